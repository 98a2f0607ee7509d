package cache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
)

// blobMagic opens a file written by WriteBlob.
var blobMagic = []byte("TLBLOB1\n")

// WriteBlob writes data to path as one checksummed value for version,
// atomically (a new file renamed over the old).
func WriteBlob(path, version string, data []byte) error {
	var b bytes.Buffer
	b.Write(blobMagic)
	b.Write(binary.AppendUvarint(nil, uint64(len(version))))
	b.WriteString(version)
	b.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(data))))
	b.Write(data)
	b.Write(binary.LittleEndian.AppendUint32(nil, crc32.Checksum(b.Bytes(), crcTable)))
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".new-")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	_, werr := tmp.Write(b.Bytes())
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache: %w", err)
	}
	return nil
}

// ReadBlob returns the value WriteBlob wrote to path for version. A
// missing file, one written for another version, or one that is truncated
// or corrupt reads as not found.
func ReadBlob(path, version string) ([]byte, bool) {
	b, err := os.ReadFile(path)
	if err != nil || len(b) < 4 {
		return nil, false
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.Checksum(body, crcTable) != sum {
		return nil, false
	}
	head := append([]byte{}, blobMagic...)
	head = binary.AppendUvarint(head, uint64(len(version)))
	head = append(head, version...)
	if !bytes.HasPrefix(body, head) || len(body) < len(head)+8 {
		return nil, false
	}
	rest := body[len(head):]
	n := binary.LittleEndian.Uint64(rest)
	if n != uint64(len(rest)-8) {
		return nil, false
	}
	return rest[8:], true
}
