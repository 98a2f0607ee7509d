//go:build unix

package render

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// A siteDir writes (and looks at) the files of a site under one folder,
// open for the whole build: folders and files are made by their slash paths relative
// to it (mkdirat and openat on the open folder), so the system walks
// those few names, not the folder's own path again for each of a site's
// 18,000 files.
type siteDir struct {
	dir string
	fd  int
}

// openSiteDir opens the folder dir, which must exist, for writing into.
func openSiteDir(dir string) (siteDir, error) {
	for {
		fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return siteDir{fd: -1}, &fs.PathError{Op: "open", Path: dir, Err: err}
		}
		return siteDir{dir: dir, fd: fd}, nil
	}
}

// name returns the file name of rel, a slash path, under the folder.
func (d siteDir) name(rel string) string { return filepath.Join(d.dir, filepath.FromSlash(rel)) }

// mkdir makes the folder rel (a slash path) under d, and any of its
// parents missing; a folder there already is no error.
func (d siteDir) mkdir(rel string) error {
	for {
		err := unix.Mkdirat(d.fd, rel, 0o755)
		switch {
		case err == nil, errors.Is(err, unix.EEXIST):
			return nil
		case errors.Is(err, unix.EINTR):
			continue
		case errors.Is(err, unix.ENOENT) && path.Dir(rel) != ".":
			// A parent is missing too: made first, then rel (rare:
			// most folders are new under one made before).
			if err := d.mkdir(path.Dir(rel)); err != nil {
				return err
			}
			return d.mkdir(rel)
		default:
			return &fs.PathError{Op: "mkdir", Path: d.name(rel), Err: err}
		}
	}
}

// create writes data into the file rel (a slash path) under d, created or
// truncated, and returns its size and modification time (Unix
// nanoseconds) as the file system recorded them.
//
// It calls openat, write, fstat and close directly: os.OpenFile adds, for
// each file, calls to register it with the runtime's poller (which refuses
// regular files) and to query its flags, and a site of 10,000 articles
// writes some 18,000 files, where those calls cost about a second of
// system time on a virtual machine's disk.
func (d siteDir) create(rel string, data []byte) (size, mtime int64, err error) {
	var fd int
	for {
		fd, err = unix.Openat(d.fd, rel, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC|unix.O_CLOEXEC, 0o644)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err != nil {
		return 0, 0, &fs.PathError{Op: "open", Path: d.name(rel), Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		n, err = unix.Write(fd, data)
		if errors.Is(err, unix.EINTR) {
			err = nil
			continue
		}
		if n == 0 && err == nil {
			err = unix.EIO
		}
		data = data[n:]
	}
	var st unix.Stat_t
	if err == nil {
		err = unix.Fstat(fd, &st)
	}
	if cerr := unix.Close(fd); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, 0, &fs.PathError{Op: "write", Path: d.name(rel), Err: err}
	}
	return st.Size, st.Mtim.Nano(), nil
}

// open opens the file rel (a slash path) under d for writing, created or
// truncated, as os.Create does.
func (d siteDir) open(rel string) (*os.File, error) {
	return os.Create(d.name(rel))
}

// statAt returns, as os.Lstat would of the file rel (a slash path) under
// d, whether it is a regular file, its size and its modification time
// (Unix nanoseconds), allocating nothing (fstatat on the open folder). A
// manifest's folder is checked file by file this way (Verify).
func (d siteDir) statAt(rel string) (regular bool, size, mtime int64, err error) {
	var st unix.Stat_t
	for {
		err = unix.Fstatat(d.fd, rel, &st, unix.AT_SYMLINK_NOFOLLOW)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err != nil {
		return false, 0, 0, err
	}
	return st.Mode&unix.S_IFMT == unix.S_IFREG, st.Size, st.Mtim.Nano(), nil
}

func (d siteDir) close() error {
	if d.fd < 0 {
		return nil
	}
	return unix.Close(d.fd)
}
