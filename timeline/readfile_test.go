package timeline

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, reason string
		data         []byte
	}{
		{"empty.md", "an empty file reads as no bytes", nil},
		{"small.md", "a short article", []byte("---\ntitle: x\n---\nText.\n")},
		{"large.md", "larger than any first guess, read over several calls", bytes.Repeat([]byte("abcdefgh"), 1<<17)},
	}
	for _, c := range cases {
		p := filepath.Join(dir, c.name)
		if err := os.WriteFile(p, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(p)
		if err != nil {
			t.Fatalf("%s (%s): %v", c.name, c.reason, err)
		}
		if !bytes.Equal(got, c.data) {
			t.Errorf("%s (%s): read %d bytes, want %d", c.name, c.reason, len(got), len(c.data))
		}
	}
	if _, err := readFile(filepath.Join(dir, "missing.md")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: err %v, want fs.ErrNotExist", err)
	}
	if _, err := readFile(dir); err == nil {
		t.Errorf("a folder read as a file without an error")
	}
}
