package e2e

import (
	"context"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// prefix is the sub-path the sites are served under, so that the tests
// catch a link that ignores the base URL.
const prefix = "/news/timeline/"

// TestFixtureSite drives the browser through the fixture site: a made-up
// story whose events are written by hand, rendered with the default
// templates through the render API.
func TestFixtureSite(t *testing.T) {
	axe := axeSource(t)
	b := newBrowser(t)
	l, addr := listen(t)
	dir := t.TempDir()
	buildFixture(t, dir, prefix)
	serve(t, l, os.DirFS(dir), prefix)
	readerTour(t, b, axe, addr+prefix, "fixture")
}

// readerTour walks a built site as a reader would and checks every page
// type: the timeline, an article reached through a source link, an event,
// a person, a place, the indexes of people and places, and the 404 page.
// Every page must log no error, request nothing off 127.0.0.1 and pass
// axe-core, in the light and the dark scheme.
func readerTour(t *testing.T, b *browser, axe, base, name string) {
	shots := screenshotDir(t)
	shot := func(page string) {
		t.Helper()
		b.screenshot(t, shots, name+"-"+page+"-desktop", 1280)
		b.screenshot(t, shots, name+"-"+page+"-phone", 375)
		// The narrowest phones: nothing may stick out sideways.
		b.step(t, "resizing to 320", chromedp.EmulateViewport(320, 640))
		b.settle(t)
		if wide := eval[[]string](t, b, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + "." + e.className)`); len(wide) > 0 {
			t.Errorf("%s at 320px: wider than the screen: %q", page, wide)
		}
		b.step(t, "restoring the viewport", chromedp.EmulateViewport(1280, 900))
	}
	audit := func(page string) {
		t.Helper()
		b.settle(t)
		b.axe(t, axe, page+" (light)")
		b.colorScheme(t, "dark")
		b.settle(t)
		b.axe(t, axe, page+" (dark)")
		b.colorScheme(t, "light")
		b.check(t, page, nil)
	}

	// The timeline.
	b.colorScheme(t, "light")
	b.navigate(t, base)
	b.settle(t)
	b.check(t, "timeline", nil)
	if n := eval[int](t, b, `document.querySelectorAll(".timeline .event").length`); n == 0 {
		t.Fatal("timeline: no events")
	}
	audit("timeline")
	shot("timeline")
	b.colorScheme(t, "dark")
	b.screenshot(t, shots, name+"-timeline-dark-phone", 375)
	b.colorScheme(t, "light")
	b.media(t, "print")
	b.screenshot(t, shots, name+"-timeline-print", 800)
	if shown := eval[bool](t, b, `getComputedStyle(document.querySelector("header.site nav")).display !== "none"`); shown {
		t.Error("print: the site navigation is printed")
	}
	b.media(t, "")
	b.step(t, "restoring the viewport", chromedp.EmulateViewport(1280, 900))
	keyboardFocus(t, b)

	// Every event shows a date in a <time datetime>, and its sources.
	bad := eval[[]string](t, b, `[...document.querySelectorAll(".timeline .event")].filter(li =>
		!li.querySelector("time[datetime]") || !li.querySelector(".sources a[href*='#s']")).map(li => li.id)`)
	if len(bad) > 0 {
		t.Errorf("timeline: events without a <time datetime> or a source link: %q", bad)
	}

	// Follow a source link to the cited sentence.
	href := eval[string](t, b, `document.querySelector(".timeline .event .sources a[href*='#s']").href`)
	u, err := url.Parse(href)
	if err != nil {
		t.Fatal(err)
	}
	b.step(t, "following the source link "+href,
		chromedp.Click(chromedp.CSS(".timeline .event .sources a[href*='#s']")),
		chromedp.WaitReady(chromedp.CSS("#"+u.Fragment)))
	b.settle(t)
	// A static host may answer …/index.html with a redirect to …/.
	if loc := eval[string](t, b, `location.href`); strings.Replace(loc, "/#", "/index.html#", 1) != strings.Replace(href, "/#", "/index.html#", 1) {
		t.Errorf("source link led to %s, want %s", loc, href)
	}
	if !targetHighlighted(t, b, u.Fragment) {
		t.Errorf("article: the cited sentence #%s is not the highlighted :target", u.Fragment)
	}
	audit("article")
	shot("article")

	// The event page, from the timeline.
	b.navigate(t, base)
	richest := eval[string](t, b, `(() => {
		let best = null, most = -1;
		for (const li of document.querySelectorAll(".timeline .event")) {
			const n = li.querySelectorAll(".sources li").length;
			if (n > most) { most = n; best = li; }
		}
		return "#" + CSS.escape(best.id) + " h4 a";
	})()`)
	b.step(t, "opening the event with the most sources", chromedp.Click(chromedp.CSS(richest)), chromedp.WaitReady(chromedp.CSS(".event-page")))
	if n := eval[int](t, b, `document.querySelectorAll(".quote blockquote").length`); n == 0 {
		t.Error("event page: no quotes")
	}
	jsonld := eval[string](t, b, `(() => { const s = document.querySelector('script[type="application/ld+json"]'); return s ? JSON.parse(s.textContent)["@type"] : "" })()`)
	if jsonld != "Event" {
		t.Errorf("event page: JSON-LD @type = %q, want Event", jsonld)
	}
	audit("event")
	shot("event")

	// A person, a place, the indexes, the 404 page.
	for _, pg := range []struct{ name, sel string }{
		{"person", ".who .person a"},
		{"place", ".who .place a"},
	} {
		b.navigate(t, base)
		if eval[int](t, b, `document.querySelectorAll(`+jsString(pg.sel)+`).length`) == 0 {
			t.Errorf("timeline: no link to a %s page", pg.name)
			continue
		}
		b.step(t, "opening a "+pg.name, chromedp.Click(chromedp.CSS(pg.sel)), chromedp.WaitReady(chromedp.CSS(".timeline")))
		audit(pg.name)
		shot(pg.name)
	}
	for _, pg := range []string{"people", "places"} {
		b.navigate(t, base+pg+"/")
		audit(pg + " index")
		shot(pg + "-index")
	}

	missing := base + "no-such-page/"
	b.navigate(t, missing)
	b.settle(t)
	b.check(t, "404", func(e string) bool { return strings.Contains(e, "404") && strings.Contains(e, missing) })
	if h := eval[string](t, b, `document.querySelector("h1").textContent`); h != "Page not found" {
		t.Errorf("404 page: h1 = %q", h)
	}
	// Its links lead back into the site, wherever it is served.
	b.step(t, "leaving the 404 page", chromedp.Click(chromedp.CSS("main a")), chromedp.WaitReady(chromedp.CSS(".timeline")))
	b.navigate(t, missing)
	b.axe(t, axe, "404")
	b.check(t, "404", func(e string) bool { return strings.Contains(e, "404") && strings.Contains(e, missing) })

	filterTour(t, b, base, func() { b.screenshot(t, shots, name+"-timeline-filtered-phone", 375) })
	noScript(t, b, base)
}

// keyboardFocus checks that the first Tab lands on the skip link and that
// focus is visible.
func keyboardFocus(t *testing.T, b *browser) {
	t.Helper()
	b.step(t, "pressing Tab", chromedp.KeyEvent("\t"))
	got := eval[[]string](t, b, `(() => { const e = document.activeElement; const s = getComputedStyle(e); return [e.className, s.outlineStyle, String(e.getBoundingClientRect().top >= 0)] })()`)
	if got[0] != "skip" || got[1] == "none" || got[2] != "true" {
		t.Errorf("first Tab: focus on class %q, outline %q, on screen %s; want the visible skip link with an outline", got[0], got[1], got[2])
	}
}

// filterTour filters the timeline by place, source, person and text and
// checks the events shown, the URL, and that loading the URL restores the
// view; shot takes a screenshot of the filtered timeline.
func filterTour(t *testing.T, b *browser, base string, shot func()) {
	t.Helper()
	b.navigate(t, base)
	b.settle(t)
	if eval[bool](t, b, `document.getElementById("filter").hidden`) {
		t.Fatal("filter: the form is still hidden with JavaScript on")
	}
	visible := `[...document.querySelectorAll(".timeline .event")].filter(li => li.offsetParent !== null).map(li => li.id)`
	choose := func(field, value string) {
		t.Helper()
		b.step(t, "choosing "+field+"="+value,
			chromedp.SetValue(chromedp.ID("f-"+field), value),
			chromedp.Evaluate[chromedp.Void](`document.getElementById("f-`+field+`").dispatchEvent(new Event("change", {bubbles: true}))`))
	}
	// Each select alone: the events shown are those whose data names the
	// value, and there is at least one.
	for _, f := range []struct{ field, data string }{{"place", "places"}, {"source", "sources"}, {"person", "people"}} {
		value := eval[string](t, b, `(document.querySelector("#f-`+f.field+` option:not([value=''])") || {value: ""}).value`)
		if value == "" {
			t.Errorf("filter: no %s to choose", f.field)
			continue
		}
		want := eval[[]string](t, b, `[...document.querySelectorAll(".timeline .event")].filter(li => (" " + li.dataset.`+f.data+` + " ").includes(" " + `+jsString(value)+` + " ")).map(li => li.id)`)
		choose(f.field, value)
		got := eval[[]string](t, b, visible)
		if strings.Join(got, " ") != strings.Join(want, " ") || len(got) == 0 {
			t.Errorf("filter %s=%s: visible events %q, want %q", f.field, value, got, want)
		}
		if f.field != "person" {
			choose(f.field, "")
		}
	}
	person := eval[string](t, b, `document.getElementById("f-person").value`)
	got := eval[[]string](t, b, visible)
	loc := eval[string](t, b, `location.href`)
	if !strings.Contains(loc, "person="+url.QueryEscape(person)) {
		t.Errorf("filter person=%s: URL %s does not carry it", person, loc)
	}
	status := eval[string](t, b, `document.getElementById("f-status").textContent`)
	if !strings.Contains(status, "Showing") {
		t.Errorf("filter: status %q does not say how many events show", status)
	}

	// Loading the URL restores the view.
	b.navigate(t, loc)
	b.settle(t)
	if v := eval[string](t, b, `document.getElementById("f-person").value`); v != person {
		t.Errorf("reloading %s: person filter = %q, want %q", loc, v, person)
	}
	if again := eval[[]string](t, b, visible); strings.Join(again, " ") != strings.Join(got, " ") {
		t.Errorf("reloading %s: visible events %q, want %q", loc, again, got)
	}

	shot()
	b.step(t, "restoring the viewport", chromedp.EmulateViewport(1280, 900))

	// Free text, typed as a reader types it.
	word := eval[string](t, b, `document.querySelector(".timeline .event:not([hidden]) h4").textContent.trim().split(/\s+/).pop()`)
	b.step(t, "typing "+word, chromedp.SendKeys(chromedp.ID("f-q"), word))
	b.settle(t)
	for _, id := range eval[[]string](t, b, visible) {
		if !eval[bool](t, b, `document.getElementById(`+jsString(id)+`).textContent.toLowerCase().includes(`+jsString(strings.ToLower(word))+`)`) {
			t.Errorf("filter q=%s: shows %s, which does not contain it", word, id)
		}
	}
	if loc := eval[string](t, b, `location.search`); !strings.Contains(loc, "q=") {
		t.Errorf("filter q=%s: URL query %s does not carry it", word, loc)
	}

	// Clearing shows everything again.
	b.step(t, "clearing", chromedp.Click(chromedp.CSS(`#filter button[type=reset]`)))
	b.settle(t)
	all := eval[int](t, b, `document.querySelectorAll(".timeline .event").length`)
	if n := len(eval[[]string](t, b, visible)); n != all {
		t.Errorf("after Clear: %d of %d events visible", n, all)
	}
	if s := eval[string](t, b, `location.search`); s != "" {
		t.Errorf("after Clear: URL query %q, want none", s)
	}
	b.check(t, "filter", nil)
}

// noScript loads the timeline with JavaScript off: every event shows and
// the filter form, useless without it, stays hidden.
func noScript(t *testing.T, b *browser, base string) {
	t.Helper()
	setJS := func(off bool) {
		ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
		defer cancel()
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: off}); err != nil {
			t.Fatal(err)
		}
	}
	setJS(true)
	defer setJS(false)
	b.navigate(t, base+"?person=nobody")
	count := func(sel string) int {
		t.Helper()
		ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
		defer cancel()
		// The DOM domain, not Runtime: it answers whatever the page's
		// script setting.
		ids, err := chromedp.Run(ctx, chromedp.QueryNodeIDs(chromedp.CSSAll(sel), chromedp.AtLeast(0)))
		if err != nil {
			t.Fatalf("without JavaScript: querying %s: %v", sel, err)
		}
		return len(ids)
	}
	events, hidden, form := count(".timeline .event"), count(".timeline [hidden]"), count("#filter[hidden]")
	if events == 0 || hidden != 0 || form != 1 {
		t.Errorf("without JavaScript: %d events, %d hidden parts of the timeline, %d hidden filter forms; want every event shown and the form hidden", events, hidden, form)
	}
}
