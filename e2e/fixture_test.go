package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/render"
)

// fixtureArticle makes an article whose paragraphs are lists of sentences,
// with the HTML and sentence ids the content package gives.
func fixtureArticle(slug, title, publisher, date, url string, paras ...[]string) *content.Article {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		panic(err)
	}
	a := &content.Article{Path: "content/" + slug + ".md", Slug: slug}
	a.Meta = content.Meta{Title: title, Publisher: publisher, Date: d, URL: url}
	var html, text strings.Builder
	n := 0
	for pi, para := range paras {
		if pi > 0 {
			text.WriteString("\n\n")
		}
		html.WriteString("<p>")
		for si, s := range para {
			n++
			if si > 0 {
				html.WriteString(" ")
				text.WriteString(" ")
			}
			start := text.Len()
			text.WriteString(s)
			a.Sentences = append(a.Sentences, content.Sentence{ID: fmt.Sprintf("s%d", n), Start: start, End: text.Len()})
			fmt.Fprintf(&html, `<span class="s" id="s%d">%s</span>`, n, escape(s))
		}
		html.WriteString("</p>\n")
	}
	a.HTML, a.Text = html.String(), text.String()
	return a
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

// cite returns the source of an event in sentence id of article a.
func cite(a *content.Article, id, expr, value string) events.Source {
	src := events.Source{
		Article:     a.Slug,
		Title:       a.Meta.Title,
		Publisher:   a.Meta.Publisher,
		Published:   a.Meta.Date.Format("2006-01-02"),
		URL:         "articles/" + a.Slug + "/#" + id,
		OriginalURL: a.Meta.URL,
		Expression:  expr,
		Value:       value,
	}
	for _, s := range a.Sentences {
		if s.ID == id {
			src.Quote = a.Quote(s)
		}
	}
	return src
}

func day(s string, label string) events.Date {
	return events.Date{Value: s, Start: s, End: s, Granularity: "day", Label: label}
}

// fixture is a small site about a story made up for these tests (a river
// flood), with what the seeds may lack: an approximate date, a week, a
// disagreement between sources, an event with no people, an original URL.
func fixture() ([]*content.Article, []events.Event) {
	a := fixtureArticle("levee-breach-floods-millbrook", "Levee breach floods Millbrook as river crests", "The Valley Courier", "2024-03-12", "https://courier.example/2024/03/levee-breach",
		[]string{"The Arden River broke through the Millbrook levee on Sunday, flooding more than 200 homes.", "Mayor Ines Calloway declared an emergency on Monday and asked the state for help."},
		[]string{"Engineers had warned about the levee about a month ago, according to council minutes.", "Governor Tomas Reyes will visit Millbrook on Thursday, his office said."})
	b := fixtureArticle("governor-tours-flooded-millbrook", "Governor tours flooded Millbrook, promises aid", "Riverside Daily", "2024-03-15", "",
		[]string{"Governor Tomas Reyes toured Millbrook on Thursday with Mayor Ines Calloway.", "The levee failed on Saturday night, residents said, hours before officials confirmed the breach."},
		[]string{"Repairs are expected to start the week of 8 April.", "“We will rebuild every home,” Reyes said in Millbrook."})
	c := fixtureArticle("millbrook-residents-return", "Millbrook residents return to mud and questions", "", "2024-03-20", "",
		[]string{"Residents began returning to Millbrook on Tuesday, a week after the levee broke.", "Calloway said the council would publish the engineers’ report next week."})

	evs := []events.Event{
		{
			ID: "2024-02-10-engineers-warn-about-the-levee", Title: "Engineers warn about the levee", Kind: events.KindStatement,
			Summary: "Engineers warned the Millbrook council about the levee, council minutes show.",
			Date:    events.Date{Value: "2024-02-10", Start: "2024-02-10", End: "2024-02-10", Granularity: "day", Approximate: true, Label: "around 10 February 2024"},
			Places:  []string{"Millbrook"},
			Sources: []events.Source{cite(a, "s3", "about a month ago", "2024-02-10")},
		},
		{
			ID: "2024-03-10-arden-river-breaks-the-millbrook-levee", Title: "Arden River breaks the Millbrook levee", Kind: events.KindOther,
			Summary:  "The river broke through the levee, flooding more than 200 homes.",
			Date:     day("2024-03-10", "Sunday, 10 March 2024"),
			Readings: []events.Date{day("2024-03-10", "Sunday, 10 March 2024"), day("2024-03-09", "Saturday, 9 March 2024")},
			Places:   []string{"Millbrook", "Arden River"},
			Sources:  []events.Source{cite(a, "s1", "on Sunday", "2024-03-10"), cite(b, "s2", "on Saturday night", "2024-03-09"), cite(c, "s1", "a week after the levee broke", "2024-03-12")},
		},
		{
			ID: "2024-03-11-mayor-declares-an-emergency", Title: "Mayor declares an emergency", Kind: events.KindStatement,
			Summary: "Mayor Ines Calloway declared an emergency and asked the state for help.",
			Date:    day("2024-03-11", "Monday, 11 March 2024"),
			People:  []string{"Ines Calloway"}, Places: []string{"Millbrook"},
			Sources: []events.Source{cite(a, "s2", "on Monday", "2024-03-11")},
		},
		{
			ID: "2024-03-14-governor-tours-millbrook", Title: "Governor tours Millbrook", Kind: events.KindTrip,
			Summary: "Governor Tomas Reyes toured the flooded town with the mayor and promised aid.",
			Date:    day("2024-03-14", "Thursday, 14 March 2024"),
			People:  []string{"Tomas Reyes", "Ines Calloway"}, Places: []string{"Millbrook"},
			Sources: []events.Source{cite(a, "s4", "on Thursday", "2024-03-14"), cite(b, "s1", "on Thursday", "2024-03-14"), cite(b, "s4", "", "")},
		},
		{
			ID: "2024-03-19-residents-return", Title: "Residents return", Kind: events.KindOther,
			Date:    day("2024-03-19", "Tuesday, 19 March 2024"),
			Places:  []string{"Millbrook"},
			Sources: []events.Source{cite(c, "s1", "on Tuesday", "2024-03-19")},
		},
		{
			ID: "2024-04-08-levee-repairs-begin", Title: "Levee repairs begin", Kind: events.KindOther,
			Summary: "Repairs to the levee are expected to start.",
			Date:    events.Date{Value: "2024-W15", Start: "2024-04-08", End: "2024-04-14", Granularity: "week", Label: "week of 8 April 2024"},
			Places:  []string{"Millbrook"},
			Sources: []events.Source{cite(b, "s3", "the week of 8 April", "2024-W15")},
		},
	}
	return []*content.Article{a, b, c}, evs
}

// buildFixture renders the fixture site for base into dir.
func buildFixture(t *testing.T, dir, base string) {
	t.Helper()
	arts, evs := fixture()
	for i := range evs {
		evs[i].URL = "events/" + evs[i].ID + "/"
	}
	s, err := render.NewSite(render.Config{Title: "The Millbrook flood", Description: "How the Arden River flooded Millbrook, event by event, with the reports of each.", BaseURL: base}, arts, evs)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	files, err := render.Render(ctx, s, render.NewTemplates("", templates.FS()), render.Generators())
	if err != nil {
		t.Fatal(err)
	}
	if err := render.Write(ctx, dir, files); err != nil {
		t.Fatal(err)
	}
}
