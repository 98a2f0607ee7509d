//go:build !unix

package timeline

import "io/fs"

// inode returns 0 where the system gives no inode number.
func inode(fs.FileInfo) uint64 { return 0 }
