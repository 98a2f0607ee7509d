package render

import (
	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/internal/jsonw"
)

// appendEventJSON appends e as json.Marshal writes it, without
// reflection: timeline.json holds every event of a site
// (TestEventJSONMatchesMarshal compares the two, and fails when a field
// is added to events.Event, Date or Source and not here).
func appendEventJSON(b []byte, e *events.Event) []byte {
	b = append(b, `{"id":`...)
	b = jsonw.String(b, e.ID)
	b = append(b, `,"title":`...)
	b = jsonw.String(b, e.Title)
	b = append(b, `,"summary":`...)
	b = jsonw.String(b, e.Summary)
	b = append(b, `,"kind":`...)
	b = jsonw.String(b, e.Kind)
	b = append(b, `,"date":`...)
	b = appendDateJSON(b, &e.Date)
	if len(e.Readings) > 0 {
		b = append(b, `,"readings":[`...)
		for i := range e.Readings {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendDateJSON(b, &e.Readings[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"places":`...)
	b = appendStringsJSON(b, e.Places)
	b = append(b, `,"people":`...)
	b = appendStringsJSON(b, e.People)
	b = append(b, `,"url":`...)
	b = jsonw.String(b, e.URL)
	b = append(b, `,"sources":`...)
	if e.Sources == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range e.Sources {
			if i > 0 {
				b = append(b, ',')
			}
			s := &e.Sources[i]
			b = append(b, `{"article":`...)
			b = jsonw.String(b, s.Article)
			b = append(b, `,"title":`...)
			b = jsonw.String(b, s.Title)
			b = append(b, `,"publisher":`...)
			b = jsonw.String(b, s.Publisher)
			b = append(b, `,"published":`...)
			b = jsonw.String(b, s.Published)
			b = append(b, `,"url":`...)
			b = jsonw.String(b, s.URL)
			b = append(b, `,"original_url":`...)
			b = jsonw.String(b, s.OriginalURL)
			b = append(b, `,"quote":`...)
			b = jsonw.String(b, s.Quote)
			b = append(b, `,"expression":`...)
			b = jsonw.String(b, s.Expression)
			b = append(b, `,"value":`...)
			b = jsonw.String(b, s.Value)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendDateJSON(b []byte, d *events.Date) []byte {
	b = append(b, `{"value":`...)
	b = jsonw.String(b, d.Value)
	b = append(b, `,"start":`...)
	b = jsonw.String(b, d.Start)
	b = append(b, `,"end":`...)
	b = jsonw.String(b, d.End)
	b = append(b, `,"granularity":`...)
	b = jsonw.String(b, d.Granularity)
	if d.Approximate {
		b = append(b, `,"approximate":true`...)
	} else {
		b = append(b, `,"approximate":false`...)
	}
	b = append(b, `,"label":`...)
	b = jsonw.String(b, d.Label)
	return append(b, '}')
}

// appendStringsJSON appends list as json.Marshal writes a []string: null
// when nil.
func appendStringsJSON(b []byte, list []string) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonw.String(b, s)
	}
	return append(b, ']')
}
