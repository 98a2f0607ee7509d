package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Time limits of the browser steps. Every step runs under one of them, so a
// hung browser fails the test instead of stalling the run.
const (
	startTimeout = 30 * time.Second // starting chromium and opening the tab
	stepTimeout  = 15 * time.Second // one navigation, query, script or screenshot
	axeTimeout   = 30 * time.Second // one axe.run
)

// axePath is where `npm ci --prefix e2e` puts axe-core.
const axePath = "node_modules/axe-core/axe.min.js"

// requireTool skips the test when a tool it needs is missing, or fails it
// when the environment says it runs in CI, where a skip would hide the test.
func requireTool(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...) + " (run .ci/install-browser)"
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true: %s", msg)
	}
	t.Skip(msg)
}

// chromiumPath returns the chromium binary or skips (fails in CI).
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	requireTool(t, "browser tests need Debian's chromium on the PATH")
	return ""
}

// axeSource returns axe-core's script or skips (fails in CI).
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(axePath)
	if err != nil {
		requireTool(t, "browser tests need axe-core in e2e/%s: %v", axePath, err)
	}
	return string(b)
}

// A recorder keeps what the page did that a test may fail on: console
// errors, uncaught exceptions, browser log errors, and every request. It is
// fed by the tab's event loop and read by the test, hence the mutex.
type recorder struct {
	mu       sync.Mutex
	errors   []string // console errors, exceptions, log errors, failed responses
	requests []string // every URL the page asked for, in order
}

// listen is the tab's listener (chromedp.WithListener): it runs in the
// tab's event loop, so it only records.
func (r *recorder) listen(ev any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			r.errors = append(r.errors, "console."+string(ev.Type)+": "+remoteText(ev.Args))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		r.errors = append(r.errors, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, text))
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError {
			r.errors = append(r.errors, fmt.Sprintf("log (%s) %s: %s", ev.Entry.Source, ev.Entry.URL, ev.Entry.Text))
		}
	case *network.EventRequestWillBeSent:
		r.requests = append(r.requests, ev.Request.URL)
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			r.errors = append(r.errors, fmt.Sprintf("HTTP %d for %s", ev.Response.Status, ev.Response.URL))
		}
	}
}

// remoteText renders console arguments as the console shows them, roughly.
func remoteText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a.Type == runtime.RemoteObjectTypeString:
			var s string
			if json.Unmarshal(a.Value, &s) == nil {
				parts = append(parts, s)
				continue
			}
			parts = append(parts, string(a.Value))
		case a.Description != "":
			parts = append(parts, a.Description)
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

// take returns and clears what was recorded since the last take.
func (r *recorder) take() (errs, reqs []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	errs, reqs = r.errors, r.requests
	r.errors, r.requests = nil, nil
	return errs, reqs
}

// offsite returns the requests that did not go to the loopback server:
// anything but http(s)://127.0.0.1 and data: URLs.
func offsite(reqs []string) []string {
	var bad []string
	for _, s := range reqs {
		u, err := url.Parse(s)
		if err != nil {
			bad = append(bad, s)
			continue
		}
		if u.Scheme == "data" || u.Scheme == "about" {
			continue
		}
		if (u.Scheme == "http" || u.Scheme == "https") && u.Hostname() == "127.0.0.1" {
			continue
		}
		bad = append(bad, s)
	}
	return bad
}

// A browser is one headless chromium with one tab, and what that tab did.
type browser struct {
	ctx context.Context // the tab; step contexts derive from it
	rec *recorder
}

// newBrowser starts headless chromium with a fresh profile. It is closed
// when the test ends. A dead proxy on 127.0.0.1 catches every request that
// is not for the loopback server, so none can leave the machine even if a
// page asks for one; the recorder still sees it and the test fails.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	exe := chromiumPath(t)

	// A port nothing listens on: bind it, note it, close it.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadProxy := l.Addr().String()
	l.Close()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints,AutofillServerCommunication"),
		chromedp.Flag("safebrowsing-disable-auto-update", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("proxy-server", "http://"+deadProxy),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	rec := &recorder{}
	ctx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(rec.listen))
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
	})

	// The first Do starts the browser and the tab, which then live as long
	// as the context it gets: so it gets the tab's context, and the time
	// limit cancels that context from outside.
	timer := time.AfterFunc(startTimeout, cancelTab)
	err = chromedp.Do(ctx)
	if !timer.Stop() {
		t.Fatalf("starting %s: no tab after %v", exe, startTimeout)
	}
	if err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return &browser{ctx: ctx, rec: rec}
}

// step runs actions under the step time limit.
func (b *browser) step(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression under the step time limit and
// decodes its result into T.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// navigate loads u and waits for the document to be complete.
func (b *browser) navigate(t *testing.T, u string) {
	t.Helper()
	b.step(t, "loading "+u, chromedp.Navigate(u), chromedp.WaitReady(chromedp.CSS("body")))
}

// settle waits until the page has loaded and two animation frames have
// passed, so that scripts run on load have done their work.
func (b *browser) settle(t *testing.T) {
	t.Helper()
	eval[chromedp.Void](t, b, `new Promise(r => {
		const go = () => requestAnimationFrame(() => requestAnimationFrame(() => r()));
		if (document.readyState === "complete") go(); else addEventListener("load", go, {once: true});
	})`)
}

// check fails the test for every console error and offsite request recorded
// since the last check. allowErr may excuse errors expected on this page
// (the 404 page's own status); it gets each message.
func (b *browser) check(t *testing.T, page string, allowErr func(string) bool) {
	t.Helper()
	errs, reqs := b.rec.take()
	for _, e := range errs {
		if allowErr != nil && allowErr(e) {
			continue
		}
		t.Errorf("%s: console: %s", page, e)
	}
	for _, r := range offsite(reqs) {
		t.Errorf("%s: request leaves 127.0.0.1: %s", page, r)
	}
}

// media emulates a CSS media type ("print", or "" for the screen).
func (b *browser) media(t *testing.T, typ string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: typ}); err != nil {
		t.Fatalf("emulating media %q: %v", typ, err)
	}
}

// colorScheme emulates prefers-color-scheme ("light", "dark" or "" for the
// default).
func (b *browser) colorScheme(t *testing.T, scheme string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	p := emulation.SetEmulatedMediaParams{}
	if scheme != "" {
		p.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, p); err != nil {
		t.Fatalf("emulating prefers-color-scheme %q: %v", scheme, err)
	}
}

// screenshotDir is where screenshots go: $E2E_SCREENSHOTS, or a temporary
// folder of the test.
func screenshotDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("E2E_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// screenshot saves a full-page PNG of the current page at the given width
// and logs its path. It leaves the viewport at that width.
func (b *browser) screenshot(t *testing.T, dir, name string, width int64) string {
	t.Helper()
	b.step(t, "resizing to "+fmt.Sprint(width), chromedp.EmulateViewport(width, 800))
	b.settle(t)
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
	return p
}

// axeViolation is the part of an axe-core result the tests report.
type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
		HTML    string `json:"html"`
	} `json:"nodes"`
}

// axe injects axe-core into the current page, runs it, and fails the test
// with a readable list of every violation.
func (b *browser) axe(t *testing.T, src, page string) {
	t.Helper()
	for _, v := range b.axeRun(t, src, page) {
		var b strings.Builder
		fmt.Fprintf(&b, "%s: axe %s: %s", page, v.ID, v.Help)
		for i, n := range v.Nodes {
			if i == 5 {
				fmt.Fprintf(&b, "\n\t… and %d more", len(v.Nodes)-i)
				break
			}
			fmt.Fprintf(&b, "\n\t%v %s\n\t\t%s", n.Target, n.HTML, strings.ReplaceAll(n.Summary, "\n", "\n\t\t"))
		}
		t.Error(b.String())
	}
}

// axeRun injects axe-core into the current page and returns its violations.
func (b *browser) axeRun(t *testing.T, src, page string) []axeViolation {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, axeTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
		t.Fatalf("%s: injecting axe-core: %v", page, err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](
		`axe.run(document, {resultTypes: ["violations"]}).then(r => ({violations: r.violations, passes: r.passes.length, incomplete: r.incomplete.map(i => i.id + ": " + i.nodes.map(n => n.target.join(" ") + " (" + (n.any[0] && n.any[0].message) + ")").join("; "))}))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: axe.run: %v", page, err)
	}
	var res struct {
		Violations []axeViolation
		Passes     int
		Incomplete []string
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("%s: reading axe results: %v", page, err)
	}
	t.Logf("axe %s: %d violations, %d rules passed, to review by hand: %q", page, len(res.Violations), res.Passes, res.Incomplete)
	return res.Violations
}

// serve serves the folder root over HTTP on l under the path prefix (which
// starts and ends with "/"), answering what is missing with root/404.html
// and status 404, as static hosts do. The listener comes first (see listen)
// so that a site can be built for its base URL before it is served.
func serve(t *testing.T, l net.Listener, root fs.FS, prefix string) {
	t.Helper()
	files := http.FileServerFS(root)
	mux := http.NewServeMux()
	mux.HandleFunc(prefix, func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, prefix)
		if name == "" || strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		if _, err := fs.Stat(root, name); errors.Is(err, fs.ErrNotExist) {
			notFound(w, root)
			return
		}
		http.StripPrefix(strings.TrimSuffix(prefix, "/"), files).ServeHTTP(w, r)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { notFound(w, root) })
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
}

// notFound answers with the site's 404.html, as static hosts do.
func notFound(w http.ResponseWriter, root fs.FS) {
	b, err := fs.ReadFile(root, "404.html")
	if err != nil {
		http.NotFound(w, nil)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(b)
}

// listen opens a loopback listener and returns it with its base address.
func listen(t *testing.T) (net.Listener, string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l, "http://" + l.Addr().String()
}
