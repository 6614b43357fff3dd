// Command debrief is a terminal journal for reflecting on job interviews.
package main

import (
	"context"
	"os"

	"github.com/debrief-journal/debrief/cli"
)

// version is the release this source builds; a release build may set it with
// -ldflags "-X main.version=...".
var version = "0.1.0"

func main() {
	os.Exit(cli.Execute(context.Background(), version, os.Args[1:], cli.OSEnv()))
}
