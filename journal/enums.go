package journal

// Stage is how far into a hiring process an interview was.
type Stage string

// The stages of a hiring process, in the order they usually come.
const (
	StageScreen    Stage = "screen"
	StageFirst     Stage = "first"
	StageSecond    Stage = "second"
	StageFinal     Stage = "final"
	StagePanel     Stage = "panel"
	StageTechnical Stage = "technical"
	StageOther     Stage = "other"
)

// Stages lists every valid stage in process order.
var Stages = []Stage{StageScreen, StageFirst, StageSecond, StageTechnical, StagePanel, StageFinal, StageOther}

// Label returns the stage as a person would say it.
func (s Stage) Label() string {
	switch s {
	case StageScreen:
		return "screening call"
	case StageFirst:
		return "first round"
	case StageSecond:
		return "second round"
	case StageFinal:
		return "final round"
	case StagePanel:
		return "panel"
	case StageTechnical:
		return "technical"
	case StageOther:
		return "other"
	}
	return string(s)
}

// Valid reports whether s is empty or one of Stages.
func (s Stage) Valid() bool { return s == "" || contains(Stages, s) }

// Format is how an interview was held.
type Format string

// The interview formats.
const (
	FormatPhone  Format = "phone"
	FormatVideo  Format = "video"
	FormatOnsite Format = "onsite"
)

// Formats lists every valid format.
var Formats = []Format{FormatPhone, FormatVideo, FormatOnsite}

// Label returns the format as a person would say it.
func (f Format) Label() string {
	if f == FormatOnsite {
		return "on-site"
	}
	return string(f)
}

// Valid reports whether f is empty or one of Formats.
func (f Format) Valid() bool { return f == "" || contains(Formats, f) }

// Status is where a hiring process stands after an interview.
type Status string

// The outcome statuses.
const (
	StatusPending    Status = "pending"
	StatusNextRound  Status = "next_round"
	StatusOffer      Status = "offer"
	StatusRejected   Status = "rejected"
	StatusNoResponse Status = "no_response"
	StatusWithdrew   Status = "withdrew"
)

// Statuses lists every valid outcome status.
var Statuses = []Status{StatusPending, StatusNextRound, StatusOffer, StatusRejected, StatusNoResponse, StatusWithdrew}

// Label returns the status as a person would say it.
func (s Status) Label() string {
	switch s {
	case StatusNextRound:
		return "next round"
	case StatusNoResponse:
		return "no response"
	case "":
		return "pending"
	}
	return string(s)
}

// Valid reports whether s is empty or one of Statuses.
func (s Status) Valid() bool { return s == "" || contains(Statuses, s) }

// Decided reports whether the company has given an answer (anything but
// pending and no response).
func (s Status) Decided() bool {
	return s != "" && s != StatusPending && s != StatusNoResponse
}

// Advanced reports whether the process went on after the interview.
func (s Status) Advanced() bool { return s == StatusNextRound || s == StatusOffer }

// ParseStatus accepts a status by its name or label ("next round",
// "next-round" and "next_round" are the same).
func ParseStatus(s string) (Status, error) {
	n := Status(NormalizeEnum(s))
	if n != "" && n.Valid() {
		return n, nil
	}
	return "", Errorf(EInvalid, "%q is not an outcome; use one of %s", s, JoinEnum(Statuses))
}

// ParseStage accepts a stage by its name.
func ParseStage(s string) (Stage, error) {
	n := Stage(NormalizeEnum(s))
	if n.Valid() {
		return n, nil
	}
	return "", Errorf(EInvalid, "%q is not a stage; use one of %s", s, JoinEnum(Stages))
}

// ParseFormat accepts a format by its name ("on-site" is onsite).
func ParseFormat(s string) (Format, error) {
	n := Format(NormalizeEnum(s))
	if n == "on_site" {
		n = FormatOnsite
	}
	if n.Valid() {
		return n, nil
	}
	return "", Errorf(EInvalid, "%q is not a format; use one of %s", s, JoinEnum(Formats))
}
