//go:build unix

package timeline

import (
	"io/fs"
	"syscall"

	"golang.org/x/sys/unix"
)

// inode returns the file's inode number, or 0.
func inode(fi fs.FileInfo) uint64 {
	switch st := fi.Sys().(type) {
	case *syscall.Stat_t:
		return uint64(st.Ino)
	case *unix.Stat_t: // see lstatEach
		return uint64(st.Ino)
	}
	return 0
}
