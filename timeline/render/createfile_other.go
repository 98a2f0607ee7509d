//go:build !unix

package render

import "os"

// createFile writes data into the file name, created or truncated, and
// returns its size and modification time (Unix nanoseconds).
func createFile(name string, data []byte) (size, mtime int64, err error) {
	if err := os.WriteFile(name, data, 0o644); err != nil {
		return 0, 0, err
	}
	fi, err := os.Stat(name)
	if err != nil {
		return 0, 0, err
	}
	return fi.Size(), fi.ModTime().UnixNano(), nil
}
