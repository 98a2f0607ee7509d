package feed

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"strconv"
	"time"

	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/internal/jsonw"
)

// The TimelineJS3 data format, as Knight Lab documents it
// (https://timeline.knightlab.com/docs/json-format.html): a timeline is
// {"title": slide, "events": [slide], "scale": "human"}; a slide has a
// start_date (required but on the title slide), end_date, text, group,
// display_date, unique_id and autolink; a date has a numeric year (required),
// month (1-12) and day; a text has a headline and a text, both HTML.
type (
	tlTimeline struct {
		Title  *tlSlide  `json:"title,omitempty"`
		Events []tlSlide `json:"events"`
		Scale  string    `json:"scale"`
	}
	tlSlide struct {
		StartDate   *tlDate `json:"start_date,omitempty"`
		EndDate     *tlDate `json:"end_date,omitempty"`
		DisplayDate string  `json:"display_date,omitempty"`
		Text        tlText  `json:"text"`
		Group       string  `json:"group,omitempty"`
		UniqueID    string  `json:"unique_id,omitempty"`
		Autolink    *bool   `json:"autolink,omitempty"`
	}
	tlDate struct {
		Year  int `json:"year"`
		Month int `json:"month,omitempty"`
		Day   int `json:"day,omitempty"`
	}
	tlText struct {
		Headline string `json:"headline"`
		Text     string `json:"text"`
	}
)

// TimelineJS returns evs as a Knight Lab TimelineJS3 data file: a title
// slide with the site's title and description, then one slide per event in
// the timeline's order, with unique_id the event id, group its kind, dates as
// precise as the event's granularity (a month-long event is given by year and
// month; end_date only when it differs from start_date), and display_date the
// event's date label when the date is approximate or coarser than a day.
// TimelineJS renders headline and text as HTML, so both are escaped here and
// autolink is off: the only links are the ones this function writes. See
// Files for the errors.
func TimelineJS(s Site, evs []events.Event) ([]byte, error) {
	site, es, err := prepare(s, evs)
	if err != nil {
		return nil, err
	}
	b, err := site.timelineJS(es)
	if err != nil {
		return nil, err
	}
	// json.MarshalIndent is json.Marshal then json.Indent.
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// timelineJS writes the TimelineJS file compactly, as json.Marshal writes
// a tlTimeline, one event's slide at a time (from the memo when it has
// it).
func (site *site) timelineJS(es []entry) ([]byte, error) {
	title, err := site.timelineJSTitle()
	if err != nil {
		return nil, err
	}
	if site.memo == nil {
		var out bytes.Buffer
		if err := site.timelineJSTo(&out, title, es); err != nil {
			return nil, err
		}
		return out.Bytes(), nil
	}
	parts := make([][]byte, len(es))
	size := len(title) + 64
	for i, e := range es {
		if parts[i], err = site.memo.part(i, e, partTimelineJS, site.slide); err != nil {
			return nil, err
		}
		size += len(parts[i]) + 1
	}
	// One allocation at most: the file is large (see Memo).
	b := site.memo.buffer(partTimelineJS, size)
	b = append(append(append(b, `{"title":`...), title...), `,"events":[`...)
	for i, p := range parts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, p...)
	}
	b = append(b, `],"scale":"human"}`...)
	site.memo.made(partTimelineJS, b)
	return b, nil
}

// timelineJSTitle is the JSON of the title slide.
func (site *site) timelineJSTitle() ([]byte, error) {
	return json.Marshal(&tlSlide{Text: tlText{
		Headline: html.EscapeString(site.Title),
		Text:     html.EscapeString(site.Description),
	}})
}

// timelineJSTo writes the TimelineJS file compactly to w, as
// timelineJS makes it, each event's slide as it is made; title is the
// title slide's JSON.
func (site *site) timelineJSTo(w io.Writer, title []byte, es []entry) error {
	var b bytes.Buffer
	b.WriteString(`{"title":`)
	b.Write(title)
	b.WriteString(`,"events":[`)
	if _, err := w.Write(b.Bytes()); err != nil {
		return err
	}
	var one []byte // one slide's, reused
	for i, e := range es {
		one = one[:0]
		if i > 0 {
			one = append(one, ',')
		}
		one = site.appendSlide(one, e)
		if _, err := w.Write(one); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, `],"scale":"human"}`)
	return err
}

// slide is the TimelineJS slide of one event, as json.Marshal writes it.
func (site *site) slide(e entry) ([]byte, error) {
	return site.appendSlide(nil, e), nil
}

// appendSlide appends the slide of e as json.Marshal writes slideOf(e)
// (TestSlideMatchesMarshal), without reflection.
func (site *site) appendSlide(b []byte, e entry) []byte {
	prec := precision(e.Date.Granularity)
	start, end := tlDateOf(e.start, prec), tlDateOf(e.end, prec)
	b = append(b, `{"start_date":`...)
	b = start.append(b)
	if end != start {
		b = append(b, `,"end_date":`...)
		b = end.append(b)
	}
	if g := e.Date.Granularity; (e.Date.Approximate || (g != "day" && g != "time")) && e.Date.Label != "" {
		b = append(b, `,"display_date":`...)
		b = jsonw.String(b, e.Date.Label)
	}
	// The headline and text are HTML, written escaped for JSON as they
	// are made.
	b = append(b, `,"text":{"headline":"`...)
	b = appendHTMLInJSON(b, e.Title)
	b = append(b, `","text":"`...)
	b = appendEventHTMLTo(b, site, e, htmlInJSON{})
	b = append(b, `"}`...)
	if g := kindLabel(e.Kind); g != "" {
		b = append(b, `,"group":`...)
		b = jsonw.String(b, g)
	}
	if e.ID != "" {
		b = append(b, `,"unique_id":`...)
		b = jsonw.String(b, e.ID)
	}
	return append(b, `,"autolink":false}`...)
}

// append appends d as json.Marshal writes it.
func (d tlDate) append(b []byte) []byte {
	b = append(b, `{"year":`...)
	b = strconv.AppendInt(b, int64(d.Year), 10)
	if d.Month != 0 {
		b = append(b, `,"month":`...)
		b = strconv.AppendInt(b, int64(d.Month), 10)
	}
	if d.Day != 0 {
		b = append(b, `,"day":`...)
		b = strconv.AppendInt(b, int64(d.Day), 10)
	}
	return append(b, '}')
}

// slideOf is the TimelineJS slide of one event: appendSlide writes its
// JSON.
func (site *site) slideOf(e entry) tlSlide {
	no := false
	prec := precision(e.Date.Granularity)
	start, end := tlDateOf(e.start, prec), tlDateOf(e.end, prec)
	slide := tlSlide{
		StartDate: &start,
		Text: tlText{
			Headline: html.EscapeString(e.Title),
			Text:     site.eventHTML(e),
		},
		Group:    kindLabel(e.Kind),
		UniqueID: e.ID,
		Autolink: &no,
	}
	if end != start {
		slide.EndDate = &end
	}
	if g := e.Date.Granularity; e.Date.Approximate || (g != "day" && g != "time") {
		slide.DisplayDate = e.Date.Label
	}
	return slide
}

// precision is the finest date part TimelineJS should be given for a
// granularity: "day", "month" or "year".
func precision(granularity string) string {
	switch granularity {
	case "month", "quarter", "season":
		return "month"
	case "year", "decade", "century":
		return "year"
	}
	return "day"
}

func tlDateOf(t time.Time, prec string) tlDate {
	d := tlDate{Year: t.Year()}
	if prec != "year" {
		d.Month = int(t.Month())
	}
	if prec == "day" {
		d.Day = t.Day()
	}
	return d
}

// kindLabel names an event's kind for the rows TimelineJS shows readers:
// "Talks and meetings", not "talks". A kind it does not know is shown as
// it is, "" as no group.
func kindLabel(kind string) string {
	switch kind {
	case events.KindTalks:
		return "Talks and meetings"
	case events.KindTrip:
		return "Trips and visits"
	case events.KindStrike:
		return "Strikes and attacks"
	case events.KindStatement:
		return "Statements"
	case events.KindAgreement:
		return "Agreements"
	case events.KindOther:
		return "Other events"
	}
	return kind
}
