package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestCreateFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "index.html")
	for _, c := range []struct {
		reason string
		data   []byte
	}{
		{"a new file", []byte("<p>first</p>")},
		{"an existing file is truncated, not overwritten in part", []byte("<p>2</p>")},
		{"a large file goes out whole", bytes.Repeat([]byte("x"), 3<<20)},
	} {
		size, mtime, err := createFile(p, c.data)
		if err != nil {
			t.Fatalf("%s: %v", c.reason, err)
		}
		got, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(p)
		if !bytes.Equal(got, c.data) || size != int64(len(c.data)) || size != fi.Size() || mtime != fi.ModTime().UnixNano() {
			t.Errorf("%s: file holds %d bytes, reported size %d mtime %d; stat says %d, %d",
				c.reason, len(got), size, mtime, fi.Size(), fi.ModTime().UnixNano())
		}
	}
	if _, _, err := createFile(filepath.Join(dir, "no", "such", "folder.html"), nil); err == nil {
		t.Error("a file in a missing folder was reported as written")
	}
}
