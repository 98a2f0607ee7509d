package serve

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Prefix is the URL path under which the dev server answers its own
// requests (the reload script and the event stream). A site's files under a
// folder of that name are not reachable while serving.
const Prefix = "/_timeline/"

const (
	eventsPath = Prefix + "events"
	scriptPath = Prefix + "reload.js"
)

// contentTypes gives the Content-Type of the files a site holds. The table
// is consulted before the system's MIME database so that a response does not
// depend on the machine serving it.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".htm":         "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json",
	".xml":         "application/xml",
	".rss":         "application/rss+xml",
	".atom":        "application/atom+xml",
	".svg":         "image/svg+xml",
	".ics":         "text/calendar; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".csv":         "text/csv; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".woff":        "font/woff",
	".woff2":       "font/woff2",
	".webmanifest": "application/manifest+json",
	".map":         "application/json",
	".pdf":         "application/pdf",
	".wasm":        "application/wasm",
}

// atomFeedNames are file names that hold an Atom feed although their
// extension says only XML.
var atomFeedNames = map[string]bool{"atom.xml": true, "feed.atom": true}

// ContentType returns the Content-Type a file named name is served with.
func ContentType(name string) string {
	base := path.Base(name)
	if atomFeedNames[base] {
		return "application/atom+xml"
	}
	ext := strings.ToLower(path.Ext(base))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Handler serves a built site folder for previewing it. It serves only the
// files under its folder: a path that would leave the folder (through "..",
// its percent-encoded forms, backslashes, or a symbolic link pointing
// outside) gets a 404, as does a folder without an index.html; it never
// lists a folder. HTML responses get a small script that reloads the page
// after each rebuild and, while the last rebuild failed, a banner showing its
// error; the files on disk are never changed.
//
// A Handler is safe for concurrent use. The folder may be replaced wholesale
// (renamed over) between requests, as an atomic build does: each request
// opens it afresh.
type Handler struct {
	dir string
	hub *hub

	mu         sync.Mutex
	generation uint64 // counts rebuilds; the pages carry it to detect missed reloads
	lastErr    error  // the last rebuild's error, nil after a good one
	built      bool   // whether any build succeeded, so there is a good site to show
}

// NewHandler returns a Handler serving the folder dir.
func NewHandler(dir string) *Handler {
	return &Handler{dir: dir, hub: newHub()}
}

// Rebuilt records the outcome of a rebuild and tells every open page to
// reload: err is the rebuild's error, nil when it succeeded.
func (h *Handler) Rebuilt(err error) {
	h.mu.Lock()
	h.generation++
	h.lastErr = err
	h.built = h.built || err == nil
	gen := h.generation
	h.mu.Unlock()
	h.hub.publish(gen)
}

// Close ends the open event streams, so that a server shutting down is not
// held by them. It does not stop the Handler from serving files.
func (h *Handler) Close() { h.hub.close() }

func (h *Handler) state() (uint64, bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.generation, h.built, h.lastErr
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		h.serveEvents(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		io.WriteString(w, reloadScript)
		return
	}
	name, ok := siteName(r.URL.Path)
	if !ok || strings.HasPrefix(r.URL.Path, Prefix) {
		h.notFound(w, r)
		return
	}
	h.serveFile(w, r, name)
}

// siteName maps a request's (already percent-decoded) URL path to a name
// relative to the site folder, in the slash-separated form os.Root accepts.
// It refuses any path holding a ".." or "." element, a backslash, a NUL or a
// control character, so that nothing is left to interpretation: such a path
// can only be an attempt to leave the site.
func siteName(p string) (string, bool) {
	if !strings.HasPrefix(p, "/") {
		return "", false
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c == '\\' || c < 0x20 || c == 0x7f {
			return "", false
		}
	}
	for _, elem := range strings.Split(p[1:], "/") {
		if elem == ".." || elem == "." {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean(p), "/")
	if name == "" {
		name = "."
	}
	if !fs.ValidPath(name) {
		return "", false
	}
	return name, true
}

func (h *Handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	root, err := os.OpenRoot(h.dir)
	if err != nil {
		h.notFound(w, r)
		return
	}
	defer root.Close()
	f, err := root.Open(name)
	if err != nil {
		h.notFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		h.notFound(w, r)
		return
	}
	if info.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			// Relative links in a folder's index.html need the slash.
			target := "/" + name + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		f.Close()
		name = path.Join(name, "index.html")
		if f, err = root.Open(name); err != nil {
			h.notFound(w, r)
			return
		}
		defer f.Close()
		if info, err = f.Stat(); err != nil || !info.Mode().IsRegular() {
			h.notFound(w, r)
			return
		}
	} else if !info.Mode().IsRegular() {
		h.notFound(w, r)
		return
	}
	ctype := ContentType(name)
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	if isHTML(ctype) {
		body, err := io.ReadAll(f)
		if err != nil {
			http.Error(w, "cannot read "+name, http.StatusInternalServerError)
			return
		}
		h.writeHTML(w, r, http.StatusOK, body)
		return
	}
	http.ServeContent(w, r, name, info.ModTime(), f)
}

func isHTML(ctype string) bool { return strings.HasPrefix(ctype, "text/html") }

// notFound answers 404 with the site's own 404.html when it has one.
func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	var body []byte
	if root, err := os.OpenRoot(h.dir); err == nil {
		body, _ = root.ReadFile("404.html")
		root.Close()
	}
	if body == nil {
		body = []byte("<!doctype html><title>404 Not Found</title><h1>404 Not Found</h1>")
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	h.writeHTML(w, r, http.StatusNotFound, body)
}

// writeHTML writes an HTML page with the reload script and, when the last
// rebuild failed, the error banner added at the end of its body.
func (h *Handler) writeHTML(w http.ResponseWriter, r *http.Request, status int, page []byte) {
	gen, built, lastErr := h.state()
	out := inject(page, snippet(gen, lastErr, built))
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(out)
	}
}

// Snippet returns the HTML added to a served page: the reload script, marked
// with the build generation the page was served at, and, when buildErr is
// not nil, a banner showing it. The error's text is escaped.
func Snippet(generation uint64, buildErr error) []byte {
	return snippet(generation, buildErr, true)
}

// snippet is Snippet; built says whether an earlier build succeeded, so
// that the banner does not promise a last good build when there is none.
func snippet(generation uint64, buildErr error, built bool) []byte {
	var b bytes.Buffer
	if buildErr != nil {
		headline := "The last rebuild failed; this is the last good build."
		if !built {
			headline = "The build failed: there is no site to show until it is fixed."
		}
		b.WriteString(`<div id="timeline-build-error" role="alert" style="position:fixed;z-index:2147483647;inset:0 0 auto 0;max-height:60vh;overflow:auto;margin:0;padding:1em 1.5em;background:#fff0f0;color:#600;border-bottom:3px solid #c00;font:14px/1.4 ui-monospace,monospace;text-align:left">`)
		b.WriteString(`<strong>` + headline + `</strong><pre style="white-space:pre-wrap;margin:.5em 0 0">`)
		b.WriteString(html.EscapeString(buildErr.Error()))
		b.WriteString(`</pre></div>`)
	}
	fmt.Fprintf(&b, `<script src="%s" data-generation="%d"></script>`, scriptPath, generation)
	return b.Bytes()
}

// inject inserts snippet before the page's closing body tag, or at its end
// when the tag was left out (minified pages omit it).
func inject(page, snippet []byte) []byte {
	at := len(page)
	lower := bytes.ToLower(page)
	if i := bytes.LastIndex(lower, []byte("</body")); i >= 0 {
		at = i
	} else if i := bytes.LastIndex(lower, []byte("</html")); i >= 0 {
		at = i
	}
	out := make([]byte, 0, len(page)+len(snippet))
	out = append(out, page[:at]...)
	out = append(out, snippet...)
	return append(out, page[at:]...)
}

// reloadScript listens to the event stream and reloads the page when the
// site was rebuilt after the page was served, including after a reconnect
// (the server restarted, or a rebuild finished before the stream opened).
const reloadScript = `(function(){
var s=document.currentScript,g=s?s.getAttribute("data-generation"):null;
if(!window.EventSource)return;
var es=new EventSource("` + eventsPath + `");
function check(e){if(g!==null&&e.data!==g){es.close();location.reload();}}
es.addEventListener("hello",check);
es.addEventListener("reload",check);
})();
`

// serveEvents streams server-sent events: "hello" with the current build
// generation when the stream opens, then "reload" with the new generation
// after each rebuild, and a comment every so often to keep proxies from
// closing an idle stream.
func (h *Handler) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	sub, cancel := h.hub.subscribe()
	defer cancel()
	hdr := w.Header()
	hdr.Set("Content-Type", "text/event-stream")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("Connection", "keep-alive")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	gen, _, _ := h.state()
	fmt.Fprintf(w, "retry: 1000\nevent: hello\ndata: %d\n\n", gen)
	flusher.Flush()
	keepAlive := time.NewTicker(15 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-h.hub.done:
			return
		case <-keepAlive.C:
			io.WriteString(w, ": keep-alive\n\n")
		case gen := <-sub:
			fmt.Fprintf(w, "event: reload\ndata: %d\n\n", gen)
		}
		flusher.Flush()
	}
}

// hub fans a rebuild's generation out to the open event streams.
type hub struct {
	mu        sync.Mutex
	subs      map[chan uint64]struct{}
	done      chan struct{}
	closeOnce sync.Once
}

func newHub() *hub {
	return &hub{subs: make(map[chan uint64]struct{}), done: make(chan struct{})}
}

func (h *hub) subscribe() (<-chan uint64, func()) {
	c := make(chan uint64, 1)
	h.mu.Lock()
	h.subs[c] = struct{}{}
	h.mu.Unlock()
	return c, func() {
		h.mu.Lock()
		delete(h.subs, c)
		h.mu.Unlock()
	}
}

// publish hands gen to every subscriber without blocking: a subscriber that
// has not yet taken the previous generation gets the newer one instead.
func (h *hub) publish(gen uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.subs {
		select {
		case c <- gen:
		default:
			select {
			case <-c:
			default:
			}
			c <- gen
		}
	}
}

func (h *hub) close() { h.closeOnce.Do(func() { close(h.done) }) }
