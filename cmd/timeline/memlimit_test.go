package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// limitMemory counts the articles on another goroutine: its restore must
// wait for it and put back the limit and GC percent from before, whatever
// the order.
func TestLimitMemoryRestores(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set: limitMemory does nothing")
	}
	src := t.TempDir()
	if err := os.Mkdir(filepath.Join(src, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.md", "b.md", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(src, "content", name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := debug.SetMemoryLimit(-1)
	percent := debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	restore := limitMemory(src)
	if os.Getenv("GOGC") == "" {
		if got := debug.SetGCPercent(-1); got != buildGCPercent {
			t.Errorf("GC percent during the build = %d, want %d", got, buildGCPercent)
		}
		debug.SetGCPercent(buildGCPercent)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore = %d, want %d", got, before)
	}
	if got := debug.SetGCPercent(-1); got != percent {
		t.Errorf("GC percent after restore = %d, want %d", got, percent)
	}
	debug.SetGCPercent(percent)
	if got, want := memoryLimit(src), int64(limitBase+2*limitPerArticle); got != want {
		t.Errorf("memoryLimit = %d, want %d (two articles)", got, want)
	}
}
