package feed

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"sync"
)

// A Memo keeps, between builds of one site, the part of the calendar and
// of the TimelineJS file that each event makes, by a fingerprint of the
// event: EachMemo formats only the events that are new or changed and
// copies the others' bytes. The parts are kept for the site settings they
// were made with; other settings start afresh. A Memo holds the parts of
// the last call only, so it does not grow with a site's history. The zero
// value is an empty Memo; it is safe for concurrent use (calls are
// serialised).
//
// The calendar and the TimelineJS file that EachMemo passes to put with a
// Memo are written into the memory of the same file of the call before:
// they are valid until the next call with the Memo, when put must be done
// with them (a rebuild's files are written before the next starts). This
// spares a large site an allocation of tens of megabytes, and the garbage
// collection it brings, on every rebuild.
type Memo struct {
	mu       sync.Mutex
	settings string              // the site the parts were made for
	parts    map[partKey][]byte  // of the last call
	next     map[partKey][]byte  // of the call under way
	files    map[partKind][]byte // the files of the last call, for their memory
	Reused   int                 // parts copied by the last call, for tests
}

type partKind uint8

const (
	partICS partKind = iota
	partTimelineJS
)

type partKey struct {
	kind  partKind
	given bool // sum is the caller's fingerprint (16 bytes), not feed's
	sum   [32]byte
}

// memoRun is one call's use of a Memo; a nil *memoRun formats every part.
type memoRun struct {
	m     *Memo
	given [][16]byte       // the caller's fingerprints, or nil
	sums  map[int][32]byte // the fingerprint of each entry, by index
}

// begin starts a call over site; it returns nil for a nil Memo.
func (m *Memo) begin(site *site, given [][16]byte) *memoRun {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	settings := fmt.Sprintf("%q %q %q %q %q %d %s", site.Title, site.Description, site.BaseURL, site.Language, site.Author, site.Entries, site.base)
	if settings != m.settings {
		m.settings, m.parts = settings, nil
	}
	m.next = make(map[partKey][]byte, len(m.parts))
	m.Reused = 0
	return &memoRun{m: m, given: given, sums: map[int][32]byte{}}
}

// end keeps this call's parts for the next and lets the Memo go.
func (r *memoRun) end() {
	if r == nil {
		return
	}
	r.m.parts, r.m.next = r.m.next, nil
	r.m.mu.Unlock()
}

// buffer returns an empty slice of at least size bytes' capacity for the
// file of kind: the memory of the last call's file when it is large
// enough. With a nil *memoRun it is a new slice.
func (r *memoRun) buffer(kind partKind, size int) []byte {
	if r != nil {
		if b := r.m.files[kind]; cap(b) >= size {
			return b[:0]
		}
	}
	// Room to grow by a few events without a new allocation next time.
	return make([]byte, 0, size+size/64)
}

// made records b as the file of kind of this call, for the next call's
// buffer.
func (r *memoRun) made(kind partKind, b []byte) {
	if r == nil {
		return
	}
	if r.m.files == nil {
		r.m.files = map[partKind][]byte{}
	}
	r.m.files[kind] = b
}

// part returns the part of kind for e, the i-th entry of the call, from
// the memo or made by mk.
func (r *memoRun) part(i int, e entry, kind partKind, mk func(entry) ([]byte, error)) ([]byte, error) {
	if r == nil {
		return mk(e)
	}
	sum, ok := r.sums[i]
	if r.given != nil {
		copy(sum[:], r.given[i][:])
	} else if !ok {
		// The event as timeline.json has it is everything a part is
		// made of besides the site's settings.
		ev, err := json.Marshal(&e.Event)
		if err != nil {
			return nil, err
		}
		sum = sha256.Sum256(ev)
		r.sums[i] = sum
	}
	k := partKey{kind: kind, given: r.given != nil, sum: sum}
	if b, ok := r.m.next[k]; ok {
		return b, nil // the same event twice
	}
	if b, ok := r.m.parts[k]; ok {
		r.m.next[k] = b
		r.m.Reused++
		return b, nil
	}
	b, err := mk(e)
	if err != nil {
		return nil, err
	}
	r.m.next[k] = b
	return b, nil
}
