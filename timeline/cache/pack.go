// Package cache keeps the per-article results of a build on disk, so that a
// rebuild redoes only the articles that changed.
//
// A Store maps a Key (a hash of everything a result depends on: the file's
// bytes and name, the program's version, the settings) to an encoded value.
// It lives in a single pack file, because one file is much cheaper than
// thousands of small ones. Opening a pack reads it through once to index
// its entries; values stay on disk and are read when asked for, and new
// values are written to the file as they are put, so that a Store holds
// little more than its index in memory however large the pack. Every entry
// carries its length and a checksum: an entry that is truncated, corrupt or
// written by another version of the program is detected and treated as
// missing, never trusted.
package cache

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
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

// maxEntry bounds an entry's payload: a larger length is damage.
const maxEntry = 1 << 30

// loc is where an entry's payload lies: at off, n bytes long, in the pack
// file or, when fresh, in the file being written (see packWriter).
type loc struct {
	off   int64
	n     uint32
	fresh bool
}

// Store is an open pack. It is safe for concurrent use.
type Store struct {
	dir, version string

	mu       sync.Mutex
	entries  map[Key]loc  // every valid entry of the pack, last one wins
	sizes    map[Key]int  // bytes each key takes in the pack, duplicates included
	used     map[Key]bool // keys asked for or added since Open
	added    map[Key]loc  // keys put since Open or the last Save, in w's file
	validEnd int64        // the pack's length up to its last valid entry
	fileLen  int64
	rewrite  bool // the pack must be rewritten: missing, another version, or corrupt
	dropped  int  // entries found corrupt when opening

	r    *os.File    // the pack, for reading values; nil until needed
	w    *packWriter // where Put writes; nil until the first Put
	werr error       // why Put could not write, reported by Save
}

// packWriter is the file the entries put since Open or the last Save go
// to: the pack itself, appended to after its last valid entry, or a new
// pack (tmp) that Save renames over the old. Entries are encoded straight
// into buf, which is written out once it holds writeBuf bytes: a value is
// copied once on its way to the file, not from a buffer of its own.
type packWriter struct {
	f       *os.File
	tmp     bool
	buf     []byte
	off     int64 // the file offset of the next byte written
	flushed int64 // bytes before this offset are in the file
	err     error // a failed write: the file no longer follows off
}

// writeBuf is how much a packWriter gathers before writing it to its file:
// small enough to stay in the core's cache between the encoding and the
// write (1 MB took 10 % more CPU to put a record, BenchmarkArticleCachePut),
// large enough that the system calls cost little.
const writeBuf = 128 << 10

func newPackWriter(f *os.File, tmp bool, off int64) *packWriter {
	return &packWriter{f: f, tmp: tmp, buf: make([]byte, 0, writeBuf+64<<10), off: off, flushed: off}
}

// Open indexes the pack in dir written for version (a string naming the
// program and the layout of its values). A missing, unreadable or foreign
// pack, or one written for another version, opens empty; a corrupt or
// truncated entry and everything after it is dropped (Dropped counts it).
// Open creates nothing: Put and Save create dir when they must.
func Open(dir, version string) (*Store, error) {
	s := &Store{
		dir: dir, version: version,
		entries: map[Key]loc{},
		sizes:   map[Key]int{},
		used:    map[Key]bool{},
		added:   map[Key]loc{},
	}
	f, err := os.Open(s.Path())
	if err != nil {
		s.rewrite = true
		return s, nil
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		s.rewrite = true
		return s, nil
	}
	s.fileLen = fi.Size()
	s.load(bufio.NewReaderSize(f, 1<<20))
	return s, nil
}

func (s *Store) header() []byte {
	h := append([]byte{}, magic...)
	h = binary.AppendUvarint(h, uint64(len(s.version)))
	h = append(h, s.version...)
	return binary.LittleEndian.AppendUint32(h, crc32.Checksum(h, crcTable))
}

// load indexes the entries of a pack read from r, checking each one's
// checksum, and sets validEnd.
func (s *Store) load(r *bufio.Reader) {
	h := s.header()
	got := make([]byte, len(h))
	if _, err := io.ReadFull(r, got); err != nil || !bytes.Equal(got, h) {
		s.rewrite = true
		return
	}
	off := int64(len(h))
	var head [36]byte
	var sum [4]byte
	crc := crc32.New(crcTable)
	for off < s.fileLen {
		if _, err := io.ReadFull(r, head[:]); err != nil {
			s.dropped++
			break
		}
		n := int64(binary.LittleEndian.Uint32(head[32:]))
		end := off + entryOverhead + n
		if n > maxEntry || end > s.fileLen {
			s.dropped++
			break
		}
		crc.Reset()
		crc.Write(head[:])
		if _, err := io.CopyN(crc, r, n); err != nil {
			s.dropped++
			break
		}
		if _, err := io.ReadFull(r, sum[:]); err != nil || binary.LittleEndian.Uint32(sum[:]) != crc.Sum32() {
			s.dropped++
			break
		}
		var k Key
		copy(k[:], head[:32])
		s.entries[k] = loc{off: off + 36, n: uint32(n)}
		s.sizes[k] += int(entryOverhead + n)
		off = end
	}
	s.validEnd = off
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

// Get returns the value stored under k, read from the file: a new slice
// the caller may keep. A value whose bytes no longer check out (the file
// changed under the Store) is forgotten and reported missing.
func (s *Store) Get(k Key) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.added[k]
	if !ok {
		l, ok = s.entries[k]
	}
	if !ok {
		return nil, false
	}
	v, err := s.read(k, l)
	if err != nil {
		s.forget(k)
		return nil, false
	}
	s.used[k] = true
	return v, true
}

// read reads the entry of k at l and checks it. s.mu is held.
func (s *Store) read(k Key, l loc) ([]byte, error) {
	var f *os.File
	if l.fresh {
		if s.w.flushed < l.off+int64(l.n)+4 {
			if err := s.w.flush(); err != nil {
				return nil, err
			}
		}
		f = s.w.f
	} else {
		if s.r == nil {
			r, err := os.Open(s.Path())
			if err != nil {
				return nil, err
			}
			s.r = r
		}
		f = s.r
	}
	b := make([]byte, entryOverhead+int(l.n))
	if _, err := f.ReadAt(b, l.off-36); err != nil {
		return nil, err
	}
	end := len(b) - 4
	if !bytes.Equal(b[:32], k[:]) || binary.LittleEndian.Uint32(b[32:]) != l.n || crc32.Checksum(b[:end], crcTable) != binary.LittleEndian.Uint32(b[end:]) {
		return nil, errors.New("cache: entry changed on disk")
	}
	return b[36:end:end], nil
}

// Keep marks the entry under k as used, as Get does, without reading its
// value, for a caller that holds the value already (decoded from an
// earlier Get, or put); it reports whether the Store has the entry.
func (s *Store) Keep(k Key) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.added[k]
	if !ok {
		_, ok = s.entries[k]
	}
	if ok {
		s.used[k] = true
	}
	return ok
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
	s.forget(k)
}

func (s *Store) forget(k Key) {
	delete(s.used, k)
	delete(s.entries, k)
	delete(s.added, k)
}

// Put stores v under k, writing it to the file at once (Save makes it part
// of the pack). Put does not keep v. A value that cannot be written is
// lost, and Save reports the error.
func (s *Store) Put(k Key, v []byte) {
	if len(v) > maxEntry {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.werr == nil {
			s.werr = fmt.Errorf("cache: a value of %d bytes is too large", len(v))
		}
		return
	}
	s.PutFunc(k, func(b []byte) []byte { return append(b, v...) })
}

// PutFunc is Put of the value appendValue appends to the slice it is given
// (returning the extended slice, as append does): the value is encoded
// straight into the Store's write buffer, with no copy of its own.
// appendValue must not keep or modify the slice beyond what it appends,
// and must not call the Store; it is called once, with the Store locked.
func (s *Store) PutFunc(k Key, appendValue func([]byte) []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.werr != nil {
		return
	}
	if s.w == nil {
		if s.w, s.werr = s.startWriter(s.rewrite); s.werr != nil {
			return
		}
	}
	l, err := s.w.appendFunc(k, appendValue)
	if err != nil {
		s.werr = fmt.Errorf("cache: %w", err)
		return
	}
	s.added[k] = l
	s.used[k] = true
}

// startWriter opens the file Put writes to: a new pack when fresh or when
// the pack cannot be appended to, else the pack itself, cut after its last
// valid entry.
func (s *Store) startWriter(fresh bool) (*packWriter, error) {
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	if !fresh && s.validEnd > 0 {
		f, err := os.OpenFile(s.Path(), os.O_RDWR, 0)
		if err == nil {
			// Cut a damaged tail, then append after the last valid entry.
			if err = f.Truncate(s.validEnd); err == nil {
				_, err = f.Seek(s.validEnd, io.SeekStart)
			}
			if err == nil {
				s.fileLen = s.validEnd
				return newPackWriter(f, false, s.validEnd), nil
			}
			f.Close()
		}
		// The pack cannot be appended to: write a new one.
		s.rewrite = true
	}
	f, err := os.CreateTemp(s.dir, "."+packName+".new-")
	if err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	w := newPackWriter(f, true, 0)
	w.buf = append(w.buf, s.header()...)
	w.off = int64(len(w.buf))
	return w, nil
}

// append writes the entry of k and v and returns where its payload lies.
func (w *packWriter) append(k Key, v []byte) (loc, error) {
	return w.appendFunc(k, func(b []byte) []byte { return append(b, v...) })
}

// appendFunc writes the entry of k whose payload appendValue appends to
// the slice it is given (and returns, as append does), and returns where
// the payload lies.
func (w *packWriter) appendFunc(k Key, appendValue func([]byte) []byte) (loc, error) {
	start := len(w.buf)
	w.buf = append(w.buf, k[:]...)
	w.buf = append(w.buf, 0, 0, 0, 0) // the payload's length, below
	w.buf = appendValue(w.buf)
	n := len(w.buf) - start - 36
	if n > maxEntry {
		w.buf = w.buf[:start]
		return loc{}, fmt.Errorf("a value of %d bytes is too large", n)
	}
	binary.LittleEndian.PutUint32(w.buf[start+32:], uint32(n))
	w.buf = binary.LittleEndian.AppendUint32(w.buf, crc32.Checksum(w.buf[start:], crcTable))
	l := loc{off: w.off + 36, n: uint32(n), fresh: true}
	w.off += int64(entryOverhead + n)
	if len(w.buf) >= writeBuf {
		if err := w.flush(); err != nil {
			return loc{}, err
		}
	}
	return l, nil
}

// flush writes what buf holds to the file. A write that failed fails
// every later flush: the file's bytes no longer follow the offsets.
func (w *packWriter) flush() error {
	if w.err != nil {
		return w.err
	}
	_, err := w.f.Write(w.buf)
	if cap(w.buf) > 4*writeBuf {
		// Grown by a very large value: not kept.
		w.buf = make([]byte, 0, writeBuf+64<<10)
	}
	w.buf = w.buf[:0]
	if err != nil {
		w.err = err
		return err
	}
	w.flushed = w.off
	return nil
}

// discard closes and, if new, removes the writer's file.
func (w *packWriter) discard() {
	w.f.Close()
	if w.tmp {
		os.Remove(w.f.Name())
	}
}

// Save makes the entries put since Open part of the pack. When the pack was
// missing, damaged or from another version, the new pack written since
// the first Put receives the used entries of the old one and is renamed
// over it (so a crash leaves the old pack or the new one); when the pack
// is mostly made of entries this run did not use, it is rewritten with
// only the entries used; otherwise the new entries were appended to it
// already. Save with nothing added to a sound pack writes nothing.
func (s *Store) Save() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.werr != nil {
		err := s.werr
		s.werr = nil
		if s.w != nil {
			s.w.discard()
			s.w = nil
		}
		s.added = map[Key]loc{}
		return err
	}
	if w := s.w; w != nil && !w.tmp {
		// Appended: the new entries are the pack's.
		s.w = nil
		err := w.flush()
		if cerr := w.f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			s.added = map[Key]loc{}
			return fmt.Errorf("cache: %w", err)
		}
		for k, l := range s.added {
			l.fresh = false
			s.entries[k] = l
			s.sizes[k] += entryOverhead + int(l.n)
		}
		s.added = map[Key]loc{}
		s.validEnd, s.fileLen = w.off, w.off
	}
	live, dead := 0, 0
	for k, n := range s.sizes {
		if _, fresh := s.added[k]; fresh {
			continue
		}
		if s.used[k] {
			live += entryOverhead + int(s.entries[k].n)
			dead += n - entryOverhead - int(s.entries[k].n)
		} else {
			dead += n
		}
	}
	if s.w == nil {
		switch {
		case s.rewrite || dead > 1<<20 && dead > live:
		case s.validEnd != s.fileLen:
			// A damaged tail and nothing new: cut it off.
			if err := os.Truncate(s.Path(), s.validEnd); err != nil {
				break
			}
			s.fileLen = s.validEnd
			return nil
		default:
			return nil
		}
		w, err := s.startWriter(true)
		if err != nil {
			return err
		}
		s.w = w
	}
	return s.finish()
}

// finish copies the used entries of the pack not put again into the new
// pack s.w and renames it over the pack. s.mu is held.
func (s *Store) finish() error {
	w := s.w
	s.w = nil
	fail := func(err error) error {
		w.discard()
		s.added = map[Key]loc{}
		return fmt.Errorf("cache: %w", err)
	}
	next := make(map[Key]loc, len(s.used))
	for k, l := range s.added {
		next[k] = loc{off: l.off, n: l.n}
	}
	// The old entries in the order of the file, which reads it forwards.
	old := make([]Key, 0, len(s.used))
	for k := range s.used {
		if _, fresh := s.added[k]; !fresh {
			if _, ok := s.entries[k]; ok {
				old = append(old, k)
			}
		}
	}
	sortByOffset(old, s.entries)
	for _, k := range old {
		v, err := s.read(k, s.entries[k])
		if err != nil {
			continue // changed on disk: not kept
		}
		l, err := w.append(k, v)
		if err != nil {
			return fail(err)
		}
		next[k] = loc{off: l.off, n: l.n}
	}
	if err := w.flush(); err != nil {
		return fail(err)
	}
	if err := w.f.Close(); err != nil {
		os.Remove(w.f.Name())
		s.added = map[Key]loc{}
		return fmt.Errorf("cache: %w", err)
	}
	if err := os.Rename(w.f.Name(), s.Path()); err != nil {
		os.Remove(w.f.Name())
		s.added = map[Key]loc{}
		return fmt.Errorf("cache: %w", err)
	}
	if s.r != nil {
		s.r.Close()
		s.r = nil
	}
	s.rewrite = false
	s.entries, s.added = next, map[Key]loc{}
	s.sizes = make(map[Key]int, len(next))
	for k, l := range next {
		s.sizes[k] = entryOverhead + int(l.n)
	}
	s.fileLen, s.validEnd = w.off, w.off
	return nil
}

// Close releases the Store's files. A Store is closed only by the end of
// its process in ordinary use; Close is for a run that will not Save (it
// removes the new pack such a run started) and for tests.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.w != nil {
		s.w.discard()
		s.w = nil
		s.added = map[Key]loc{}
	}
	if s.r != nil {
		s.r.Close()
		s.r = nil
	}
	return nil
}

// sortByOffset orders keys by where their entries lie in the pack.
func sortByOffset(keys []Key, at map[Key]loc) {
	slices.SortFunc(keys, func(a, b Key) int {
		switch oa, ob := at[a].off, at[b].off; {
		case oa < ob:
			return -1
		case oa > ob:
			return 1
		}
		return 0
	})
}

// Path returns the pack file's path, for tests and diagnostics.
func (s *Store) Path() string { return filepath.Join(s.dir, packName) }
