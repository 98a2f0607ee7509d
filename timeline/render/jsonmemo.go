package render

import (
	"io"
	"sync"

	"github.com/newsroom/timeline/timeline/events"
)

// EventJSON keeps, between builds of one site, each event's JSON in
// timeline.json by the event's fingerprint (see Memo), so that a rebuild
// encodes only the events that are new or changed. It holds the events of
// the last build only. The zero value is ready to use; it is safe for
// concurrent use.
//
// timeline.json is written into the memory of the last build's: its bytes
// are valid until the next build with the EventJSON (a Builder's files are
// written before the next build starts). This spares a large site an
// allocation of tens of megabytes, and the garbage collection it brings,
// on every rebuild.
type EventJSON struct {
	mu   sync.Mutex
	prev map[Sum][]byte
	file []byte // the last timeline.json, for its memory
}

// timelineEvents writes the events of s as timeline.json's "events" array
// holds them (json.Marshal of each, comma-separated), reusing the JSON of
// the events m's fingerprints show unchanged when m keeps an EventJSON.
func timelineEvents(buf []byte, s *Site, m *Memo) ([]byte, error) {
	var keep *EventJSON
	if m != nil && m.codec != nil {
		keep = m.EventJSON
	}
	var next map[Sum][]byte
	if keep != nil {
		keep.mu.Lock()
		defer keep.mu.Unlock()
		next = make(map[Sum][]byte, len(s.Events))
	}
	parts := make([][]byte, len(s.Events))
	size := len(buf) + 2
	for i, e := range s.Events {
		var b []byte
		var fp Sum
		if keep != nil {
			fp = m.event(e)
			b = keep.prev[fp]
		}
		if b == nil {
			b = appendEventJSON(nil, e)
		}
		if next != nil {
			next[fp] = b
		}
		parts[i] = b
		size += len(b) + 1
	}
	if keep != nil {
		keep.prev = next
	}
	// One allocation at most: the file is large. The caller appends
	// the document's end.
	size++
	var out []byte
	if keep != nil && cap(keep.file) >= size {
		out = keep.file[:0]
	} else {
		// Room to grow by a few events without a new allocation next time.
		out = make([]byte, 0, size+size/64)
	}
	out = append(out, buf...)
	out = append(out, '[')
	for i, b := range parts {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, b...)
	}
	out = append(out, ']')
	if keep != nil {
		keep.file = out
	}
	return out, nil
}

// writeEvents writes evs to w as timeline.json's "events" array holds
// them, json.Marshal of each comma-separated in brackets, and the
// document's end, one event at a time: the events' JSON is never held
// whole.
func writeEvents(w io.Writer, evs []*events.Event) error {
	one := []byte{'['}
	for i, e := range evs {
		if i > 0 {
			one = append(one, ',')
		}
		one = appendEventJSON(one, e)
		if _, err := w.Write(one); err != nil {
			return err
		}
		one = one[:0]
	}
	one = append(one, "]}"...)
	_, err := w.Write(one)
	return err
}
