//go:build unix

package render

import (
	"errors"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// A statDir looks at files under one folder by their paths relative to it
// (fstatat on the open folder): a site's files are looked up from the
// folder, not from the root of the file system, and nothing is allocated
// per file. A folder of a manifest is checked file by file (Verify).
type statDir struct{ fd int }

// openStatDir opens the folder dir for statAt.
func openStatDir(dir string) (statDir, error) {
	for {
		fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return statDir{-1}, os.NewSyscallError("open", err)
		}
		return statDir{fd}, nil
	}
}

// statAt returns, as os.Lstat would of filepath.Join(dir, rel), whether the
// file is a regular one, its size and its modification time (Unix
// nanoseconds). rel is a slash path.
func (d statDir) statAt(rel string) (regular bool, size, mtime int64, err error) {
	var st unix.Stat_t
	for {
		err = unix.Fstatat(d.fd, filepath.FromSlash(rel), &st, unix.AT_SYMLINK_NOFOLLOW)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err != nil {
		return false, 0, 0, err
	}
	return st.Mode&unix.S_IFMT == unix.S_IFREG, st.Size, st.Mtim.Nano(), nil
}

func (d statDir) close() error {
	if d.fd < 0 {
		return nil
	}
	return unix.Close(d.fd)
}
