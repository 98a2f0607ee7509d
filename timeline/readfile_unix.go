//go:build unix

package timeline

import (
	"errors"
	"io/fs"

	"golang.org/x/sys/unix"
)

// readFile returns the bytes of the file name, as os.ReadFile does.
//
// It calls open, fstat, read and close directly: os.Open adds, for each
// file, calls to register it with the runtime's poller (which refuses
// regular files) and to query its flags, and a build reads every article.
func readFile(name string) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = unix.Open(name, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return nil, &fs.PathError{Op: "read", Path: name, Err: unix.EISDIR}
	}
	// One more byte than the size, to see the end in one read when the
	// size is right.
	buf := make([]byte, 0, int(st.Size)+1)
	for {
		n, err := unix.Read(fd, buf[len(buf):cap(buf)])
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
}
