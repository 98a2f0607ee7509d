//go:build unix

package timeline

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestLstatEach: lstatEach reports each kind of file as os.Lstat does
// (name, size, mode, time and inode: what the no-change check hashes),
// and a missing file as an error.
func TestLstatEach(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte("hello"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.md", filepath.Join(dir, "link.md")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	names := []string{"a.md", "sub", "link.md"}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o600); err == nil {
		names = append(names, "fifo")
	}
	lstat, done, err := lstatEach(dir, append(names, "missing.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	for i, n := range names {
		want, err := os.Lstat(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		got, err := lstat(i)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if got.Name() != want.Name() || got.Size() != want.Size() || got.Mode() != want.Mode() || !got.ModTime().Equal(want.ModTime()) || got.IsDir() != want.IsDir() || inode(got) != inode(want) {
			t.Errorf("%s: lstatEach gives %s %d %v %v %d, os.Lstat %s %d %v %v %d", n,
				got.Name(), got.Size(), got.Mode(), got.ModTime(), inode(got), want.Name(), want.Size(), want.Mode(), want.ModTime(), inode(want))
		}
	}
	if _, err := lstat(len(names)); !os.IsNotExist(err) {
		t.Errorf("a missing file: %v, want not found", err)
	}
}
