//go:build !unix

package render

import (
	"os"
	"path/filepath"
)

// A statDir looks at files under one folder by their paths relative to it.
type statDir struct{ dir string }

func openStatDir(dir string) (statDir, error) {
	fi, err := os.Stat(dir)
	if err == nil && !fi.IsDir() {
		err = &os.PathError{Op: "open", Path: dir, Err: os.ErrInvalid}
	}
	return statDir{dir}, err
}

// statAt returns, as os.Lstat reports it for filepath.Join(dir, rel),
// whether the file is a regular one, its size and its modification time
// (Unix nanoseconds). rel is a slash path.
func (d statDir) statAt(rel string) (regular bool, size, mtime int64, err error) {
	fi, err := os.Lstat(filepath.Join(d.dir, filepath.FromSlash(rel)))
	if err != nil {
		return false, 0, 0, err
	}
	return fi.Mode().IsRegular(), fi.Size(), fi.ModTime().UnixNano(), nil
}

func (d statDir) close() error { return nil }
