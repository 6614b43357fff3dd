// Command debrief is a terminal journal for reflecting on job interviews.
package main

import (
	"context"
	"os"

	"github.com/debrief-journal/debrief/cli"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = ""

func main() {
	os.Exit(cli.Execute(context.Background(), version, os.Args[1:], cli.OSEnv()))
}
