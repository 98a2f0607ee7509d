// Package cache keeps the per-article results of a build on disk, so that a
// rebuild redoes only the articles that changed.
//
// A Store maps a Key (a hash of everything a result depends on: the file's
// bytes and name, the program's version, the settings) to an encoded value.
// It lives in a single pack file, read whole when opened and extended by
// appending, because one file is much cheaper than thousands of small ones.
// Every entry carries its length and a checksum: an entry that is truncated,
// corrupt or written by another version of the program is detected and
// treated as missing, never trusted.
package cache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// Key identifies a cached value: a SHA-256 of its inputs.
type Key [32]byte

// packName is the pack file's name in the cache folder.
const packName = "articles.pack"

// magic opens every pack file.
var magic = []byte("TLPACK1\n")

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// entry layout: key (32) | length (uint32 LE) | payload | crc32c of all before (uint32 LE)
const entryOverhead = 32 + 4 + 4

// Store is an open pack. It is safe for concurrent use.
type Store struct {
	dir, version string

	mu       sync.Mutex
	entries  map[Key][]byte // every valid entry of the pack, last one wins
	sizes    map[Key]int    // bytes each key takes in the file, duplicates included
	used     map[Key]bool   // keys asked for or added since Open
	added    []Key          // keys added since Open, in order
	addedVal map[Key][]byte
	validEnd int64 // the file's length up to its last valid entry
	fileLen  int64
	rewrite  bool // the pack must be rewritten: missing, another version, or corrupt
	dropped  int  // entries found corrupt when opening
}

// Open reads the pack in dir written for version (a string naming the
// program and the layout of its values). A missing, unreadable or foreign
// pack, or one written for another version, opens empty; a corrupt or
// truncated entry and everything after it is dropped (Dropped counts it).
// Open creates nothing: Save creates dir when it must.
func Open(dir, version string) (*Store, error) {
	s := &Store{
		dir: dir, version: version,
		entries:  map[Key][]byte{},
		sizes:    map[Key]int{},
		used:     map[Key]bool{},
		addedVal: map[Key][]byte{},
	}
	b, err := os.ReadFile(filepath.Join(dir, packName))
	if err != nil {
		s.rewrite = true
		return s, nil
	}
	s.fileLen = int64(len(b))
	s.load(b)
	return s, nil
}

func (s *Store) header() []byte {
	h := append([]byte{}, magic...)
	h = binary.AppendUvarint(h, uint64(len(s.version)))
	h = append(h, s.version...)
	return binary.LittleEndian.AppendUint32(h, crc32.Checksum(h, crcTable))
}

// load indexes the entries of a pack's bytes.
func (s *Store) load(b []byte) {
	h := s.header()
	if !bytes.HasPrefix(b, h) {
		s.rewrite = true
		return
	}
	off := len(h)
	for off < len(b) {
		if len(b)-off < entryOverhead {
			s.dropped++
			break
		}
		n := int(binary.LittleEndian.Uint32(b[off+32:]))
		end := off + entryOverhead + n
		if n > len(b) || end > len(b) || end < off {
			s.dropped++
			break
		}
		sum := binary.LittleEndian.Uint32(b[end-4:])
		if crc32.Checksum(b[off:end-4], crcTable) != sum {
			s.dropped++
			break
		}
		var k Key
		copy(k[:], b[off:])
		s.entries[k] = b[off+36 : end-4 : end-4]
		s.sizes[k] += end - off
		off = end
	}
	s.validEnd = int64(off)
}

// Dropped returns how many corrupt or truncated entries Open found (at
// most one per damaged region: the rest of the file after it is not
// trusted either).
func (s *Store) Dropped() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dropped
}

// Len returns the number of valid entries read from the pack.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.entries)
}

// Get returns the value stored under k. The returned bytes must not be
// modified.
func (s *Store) Get(k Key) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.addedVal[k]; ok {
		s.used[k] = true
		return v, true
	}
	v, ok := s.entries[k]
	if ok {
		s.used[k] = true
	}
	return v, ok
}

// Restart begins another run over a Store kept open (as a long-running
// process does between builds): the entries used are counted afresh, as
// after Open, so that Save keeps only those the new run gets or puts.
func (s *Store) Restart() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.used = map[Key]bool{}
}

// Forget drops the entry under k, as when its value turned out not to
// decode: Save will not keep it.
func (s *Store) Forget(k Key) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.used, k)
	delete(s.entries, k)
	delete(s.addedVal, k)
}

// Put stores v under k; Save writes it. The Store keeps v: the caller must
// not modify it afterwards.
func (s *Store) Put(k Key, v []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.addedVal[k]; !ok {
		s.added = append(s.added, k)
	}
	s.addedVal[k] = v
	s.used[k] = true
}

// Save writes the entries added since Open to the pack. When the pack is
// missing, damaged or mostly made of entries this run did not use, it is
// rewritten with only the entries used (a new file renamed over the old, so
// a crash leaves the old pack or the new one); otherwise the new entries
// are appended. Save with nothing added to a sound pack writes nothing.
func (s *Store) Save() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	live, dead := 0, 0
	for k, n := range s.sizes {
		if s.used[k] {
			live += entryOverhead + len(s.entries[k])
			dead += n - entryOverhead - len(s.entries[k])
		} else {
			dead += n
		}
	}
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	damaged := s.validEnd != s.fileLen
	if s.rewrite || (damaged && s.validEnd == 0) || dead > 1<<20 && dead > live {
		return s.rewritePack()
	}
	if len(s.added) == 0 && !damaged {
		return nil
	}
	n := 0
	for _, k := range s.added {
		n += entryOverhead + len(s.addedVal[k])
	}
	buf := make([]byte, 0, n) // one allocation: the pack can be large
	for _, k := range s.added {
		buf = appendEntry(buf, k, s.addedVal[k])
	}
	f, err := os.OpenFile(filepath.Join(s.dir, packName), os.O_WRONLY, 0)
	if err != nil {
		return s.rewritePack()
	}
	// Cut a damaged tail, then append after the last valid entry.
	if err := f.Truncate(s.validEnd); err != nil {
		f.Close()
		return s.rewritePack()
	}
	if _, err := f.WriteAt(buf, s.validEnd); err != nil {
		f.Close()
		return fmt.Errorf("cache: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	s.commit(buf)
	return nil
}

func appendEntry(buf []byte, k Key, v []byte) []byte {
	start := len(buf)
	buf = append(buf, k[:]...)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(v)))
	buf = append(buf, v...)
	return binary.LittleEndian.AppendUint32(buf, crc32.Checksum(buf[start:], crcTable))
}

// rewritePack writes a new pack of the used entries.
func (s *Store) rewritePack() error {
	buf := s.header()
	keys := make([]Key, 0, len(s.used))
	for k := range s.used {
		keys = append(keys, k)
	}
	// A stable order makes the pack's bytes a function of its entries.
	sortKeys(keys)
	n := len(buf)
	for _, k := range keys {
		v, ok := s.addedVal[k]
		if !ok {
			v, ok = s.entries[k]
		}
		if ok {
			n += entryOverhead + len(v)
		}
	}
	buf = slices.Grow(buf, n-len(buf)) // one allocation: the pack can be large
	for _, k := range keys {
		v, ok := s.addedVal[k]
		if !ok {
			v, ok = s.entries[k]
		}
		if ok {
			buf = appendEntry(buf, k, v)
		}
	}
	tmp, err := os.CreateTemp(s.dir, "."+packName+".new-")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	_, werr := tmp.Write(buf)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(s.dir, packName)); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache: %w", err)
	}
	s.rewrite = false
	s.entries = map[Key][]byte{}
	s.sizes = map[Key]int{}
	s.fileLen, s.validEnd = 0, 0
	s.load(buf)
	s.fileLen = int64(len(buf))
	s.added, s.addedVal = nil, map[Key][]byte{}
	return nil
}

// commit records appended bytes as part of the pack.
func (s *Store) commit(buf []byte) {
	for len(buf) > 0 {
		var k Key
		copy(k[:], buf)
		n := int(binary.LittleEndian.Uint32(buf[32:]))
		s.entries[k] = buf[36 : 36+n : 36+n]
		s.sizes[k] += entryOverhead + n
		buf = buf[entryOverhead+n:]
		s.validEnd += int64(entryOverhead + n)
	}
	s.fileLen = s.validEnd
	s.added, s.addedVal = nil, map[Key][]byte{}
}

func sortKeys(keys []Key) {
	slices.SortFunc(keys, func(a, b Key) int { return bytes.Compare(a[:], b[:]) })
}

// Path returns the pack file's path, for tests and diagnostics.
func (s *Store) Path() string { return filepath.Join(s.dir, packName) }
