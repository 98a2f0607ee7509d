//go:build !unix

package timeline

import "os"

// readFile returns the bytes of the file name.
func readFile(name string) ([]byte, error) { return os.ReadFile(name) }
