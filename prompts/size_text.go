package prompts

import "fmt"

// sizeText writes a byte count the way people read file sizes.
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func tooLargeMessage(size int) string {
	return fmt.Sprintf("the file is %s; a prompts file may be at most %s", sizeText(size), sizeText(MaxFileBytes))
}
