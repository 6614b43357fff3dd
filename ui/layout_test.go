package ui

import (
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const uiPath = "github.com/debrief-journal/debrief/ui"

// screenPackages lists the packages under ui/ that hold a screen: every
// one but kit and the internal ones.
func screenPackages(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "kit" || e.Name() == "internal" || e.Name() == "testdata" {
			continue
		}
		if files, _ := filepath.Glob(filepath.Join(e.Name(), "*.go")); len(files) > 0 {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestScreensImportNoOtherScreen keeps the screens apart: a screen package
// may import ui/kit and ui/internal, never another screen or the root.
func TestScreensImportNoOtherScreen(t *testing.T) {
	screens := screenPackages(t)
	if len(screens) == 0 {
		t.Fatal("no screen packages found")
	}
	for _, s := range screens {
		pkg, err := build.ImportDir(s, 0)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		imports := slices.Concat(pkg.Imports, pkg.TestImports)
		for _, imp := range imports {
			if imp == uiPath {
				t.Errorf("ui/%s imports the root package ui", s)
			}
			rest, ok := strings.CutPrefix(imp, uiPath+"/")
			if !ok {
				continue
			}
			top, _, _ := strings.Cut(rest, "/")
			if top != "kit" && top != "internal" && top != s {
				t.Errorf("ui/%s imports the screen ui/%s", s, top)
			}
		}
	}
}

// TestKitImportsNoScreen keeps ui/kit below every screen.
func TestKitImportsNoScreen(t *testing.T) {
	pkg, err := build.ImportDir("kit", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		if strings.HasPrefix(imp, uiPath) {
			t.Errorf("ui/kit imports %s", imp)
		}
	}
}
