package e2e

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestHarness checks the harness itself on a small page that does
// everything the site tests must catch: a console error, an uncaught
// exception, a request that would leave the machine (caught by the dead
// proxy, so it never does) and an accessibility violation; and that the
// :target check sees a highlighted sentence.
func TestHarness(t *testing.T) {
	axe := axeSource(t)
	b := newBrowser(t)
	site := fstest.MapFS{
		"index.html": {Data: []byte(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harness</title>
<style>:target{background:#ff0}</style></head>
<body><main><h1>Harness</h1><p><span id="s1">One.</span> <span id="s2">Two.</span></p>
<img src="http://offsite.invalid/pixel.png">
<script>console.error("planted error"); setTimeout(() => { throw new Error("planted exception") });</script>
</main></body></html>`)},
		"404.html": {Data: []byte(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><main><h1>Not found</h1></main></body></html>`)},
	}
	l, addr := listen(t)
	serve(t, l, site, "/sub/")

	b.navigate(t, addr+"/sub/#s2")
	b.settle(t)
	errs, reqs := b.rec.take()
	t.Logf("recorded errors: %q", errs)
	joined := strings.Join(errs, "\n")
	for _, want := range []string{"planted error", "planted exception"} {
		if !strings.Contains(joined, want) {
			t.Errorf("recorder missed %q; recorded:\n%s", want, joined)
		}
	}
	if got := offsite(reqs); !slices.Contains(got, "http://offsite.invalid/pixel.png") {
		t.Errorf("offsite(%q) = %q, want the offsite image", reqs, got)
	}
	if !targetHighlighted(t, b, "s2") {
		t.Error("the :target sentence s2 is not highlighted")
	}

	vs := b.axeRun(t, axe, "harness")
	var ids []string
	for _, v := range vs {
		ids = append(ids, v.ID)
	}
	if !slices.Contains(ids, "image-alt") {
		t.Errorf("axe found %q, want image-alt among them", ids)
	}

	b.navigate(t, addr+"/sub/missing/")
	errs, _ = b.rec.take()
	if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, "404") }) {
		t.Errorf("a missing page recorded %q, want a 404", errs)
	}
	if h := eval[string](t, b, `document.querySelector("h1").textContent`); h != "Not found" {
		t.Errorf("missing page shows %q, want the site's 404 page", h)
	}
}

// targetHighlighted reports whether the element with the given id is the
// document's :target and is painted differently from its unhighlighted
// siblings: its computed background or outline differs from what the same
// element computes once it is no longer the target.
func targetHighlighted(t *testing.T, b *browser, id string) bool {
	t.Helper()
	return eval[bool](t, b, `(() => {
		const el = document.getElementById(`+jsString(id)+`);
		if (!el || !el.matches(":target")) return false;
		const style = e => { const s = getComputedStyle(e); return [s.backgroundColor, s.outlineStyle, s.outlineColor, s.boxShadow, s.textDecorationLine].join("|"); };
		const clone = el.cloneNode(true);
		clone.removeAttribute("id");
		el.after(clone);
		const differs = style(el) !== style(clone);
		clone.remove();
		return differs;
	})()`)
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "<", `\u003c`)
	return `"` + r.Replace(s) + `"`
}
