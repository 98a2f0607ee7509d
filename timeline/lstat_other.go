//go:build !linux

package timeline

import (
	"io/fs"
	"os"
	"path/filepath"
)

// lstatEach returns a function giving what os.Lstat reports of
// dir/names[i], and one to call when done.
func lstatEach(dir string, names []string) (func(i int) (fs.FileInfo, error), func(), error) {
	return func(i int) (fs.FileInfo, error) { return os.Lstat(filepath.Join(dir, names[i])) }, func() {}, nil
}
