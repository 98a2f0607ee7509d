package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestSiteDirCreate(t *testing.T) {
	dir := t.TempDir()
	d, err := openSiteDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.close()
	p := filepath.Join(dir, "index.html")
	for _, c := range []struct {
		reason string
		data   []byte
	}{
		{"a new file", []byte("<p>first</p>")},
		{"an existing file is truncated, not overwritten in part", []byte("<p>2</p>")},
		{"a large file goes out whole", bytes.Repeat([]byte("x"), 3<<20)},
	} {
		size, mtime, err := d.create("index.html", c.data)
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
	if _, _, err := d.create("no/such/folder.html", nil); err == nil {
		t.Error("a file in a missing folder was reported as written")
	}
}

func TestSiteDirMkdir(t *testing.T) {
	dir := t.TempDir()
	d, err := openSiteDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.close()
	for _, c := range []struct {
		reason, rel string
	}{
		{"a folder under the root", "articles"},
		{"a folder under one made before", "articles/x"},
		{"a folder there already", "articles/x"},
		{"a folder whose parents are missing", "a/b/c"},
	} {
		if err := d.mkdir(c.rel); err != nil {
			t.Fatalf("%s: %v", c.reason, err)
		}
		if fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(c.rel))); err != nil || !fi.IsDir() {
			t.Errorf("%s: %s is not a folder (%v, %v)", c.reason, c.rel, fi, err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "file"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := d.mkdir("file/sub"); err == nil {
		t.Error("a folder under a file was reported as made")
	}
}
