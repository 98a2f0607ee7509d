//go:build !unix

package render

import (
	"os"
	"path/filepath"
)

// A siteDir writes (and looks at) the files of a site under one folder, by their slash
// paths relative to it.
type siteDir struct{ dir string }

// openSiteDir opens the folder dir, which must exist, for writing into.
func openSiteDir(dir string) (siteDir, error) {
	fi, err := os.Stat(dir)
	if err == nil && !fi.IsDir() {
		err = &os.PathError{Op: "open", Path: dir, Err: os.ErrInvalid}
	}
	return siteDir{dir}, err
}

// name returns the file name of rel, a slash path, under the folder.
func (d siteDir) name(rel string) string { return filepath.Join(d.dir, filepath.FromSlash(rel)) }

// mkdir makes the folder rel (a slash path) under d, and any of its
// parents missing; a folder there already is no error.
func (d siteDir) mkdir(rel string) error { return os.MkdirAll(d.name(rel), 0o755) }

// create writes data into the file rel (a slash path) under d, created or
// truncated, and returns its size and modification time (Unix
// nanoseconds).
func (d siteDir) create(rel string, data []byte) (size, mtime int64, err error) {
	name := d.name(rel)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		return 0, 0, err
	}
	fi, err := os.Stat(name)
	if err != nil {
		return 0, 0, err
	}
	return fi.Size(), fi.ModTime().UnixNano(), nil
}

// open opens the file rel (a slash path) under d for writing, created or
// truncated, as os.Create does.
func (d siteDir) open(rel string) (*os.File, error) { return os.Create(d.name(rel)) }

// statAt returns, as os.Lstat reports it for the file rel (a slash path)
// under d, whether it is a regular file, its size and its modification
// time (Unix nanoseconds).
func (d siteDir) statAt(rel string) (regular bool, size, mtime int64, err error) {
	fi, err := os.Lstat(d.name(rel))
	if err != nil {
		return false, 0, 0, err
	}
	return fi.Mode().IsRegular(), fi.Size(), fi.ModTime().UnixNano(), nil
}

func (d siteDir) close() error { return nil }
