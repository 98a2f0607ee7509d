package render

import (
	"encoding/json"
	"sync"
)

// EventJSON keeps, between builds of one site, each event's JSON in
// timeline.json by the event's fingerprint (see Memo), so that a rebuild
// encodes only the events that are new or changed. It holds the events of
// the last build only. The zero value is ready to use; it is safe for
// concurrent use.
type EventJSON struct {
	mu   sync.Mutex
	prev map[Sum][]byte
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
			var err error
			if b, err = json.Marshal(e); err != nil {
				return nil, err
			}
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
	// One allocation: the file is large.
	buf = append(make([]byte, 0, size), buf...)
	buf = append(buf, '[')
	for i, b := range parts {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, b...)
	}
	return append(buf, ']'), nil
}
