package ui

// reportingSave passes the errors of save through report, which logs the
// unexpected ones (see Options.Report). nil stays nil.
func reportingSave(save func(string) error, report func(error) error) func(string) error {
	if save == nil || report == nil {
		return save
	}
	return func(name string) error {
		if err := save(name); err != nil {
			return report(err)
		}
		return nil
	}
}
