package serve

import (
	"bufio"
	"context"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// deadline bounds every wait for the server to react to a change. It is
// the "within a second": debounce plus a rebuild of two files.
const deadline = time.Second

// toyBuild "builds" <src>/content/*.md into <src>/public/<name>/index.html,
// atomically: it assembles the new site beside the old one and renames it
// into place. An article containing "BROKEN" fails the build, naming the
// line, and leaves public/ as it was.
func toyBuild(src string) func(context.Context) error {
	return func(ctx context.Context) error {
		files, err := filepath.Glob(filepath.Join(src, "content", "*.md"))
		if err != nil {
			return err
		}
		stage, err := os.MkdirTemp(src, ".stage-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(stage)
		var problems []string
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			for i, line := range strings.Split(string(b), "\n") {
				if strings.Contains(line, "BROKEN") {
					problems = append(problems, fmt.Sprintf("content/%s:%d: %s", filepath.Base(f), i+1, line))
				}
			}
			dir := filepath.Join(stage, strings.TrimSuffix(filepath.Base(f), ".md"))
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			page := "<!doctype html><title>t</title><main>" + html.EscapeString(string(b)) + "</main>"
			if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
				return err
			}
		}
		if len(problems) > 0 {
			return fmt.Errorf("%s", strings.Join(problems, "\n"))
		}
		if err := os.WriteFile(filepath.Join(stage, "index.html"), []byte("<p>index</p>"), 0o644); err != nil {
			return err
		}
		pub := filepath.Join(src, "public")
		old := filepath.Join(src, ".old-public")
		os.RemoveAll(old)
		if err := os.Rename(pub, old); err != nil && !os.IsNotExist(err) {
			return err
		}
		if err := os.Rename(stage, pub); err != nil {
			return err
		}
		return os.RemoveAll(old)
	}
}

// syncBuffer is a log safe to write from the server and read from the test.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type sse struct{ event, data string }

// openEvents connects to the event stream and returns its events.
func openEvents(t *testing.T, ctx context.Context, base string) <-chan sse {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", base+eventsPath, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("event stream Content-Type %q", ct)
	}
	out := make(chan sse, 16)
	go func() {
		defer resp.Body.Close()
		defer close(out)
		sc := bufio.NewScanner(resp.Body)
		var ev sse
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.event != "" {
					out <- ev
				}
				ev = sse{}
			case strings.HasPrefix(line, "event: "):
				ev.event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				ev.data = strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	return out
}

func waitEvent(t *testing.T, events <-chan sse, want string) sse {
	t.Helper()
	timeout := time.After(deadline)
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatalf("event stream closed while waiting for %q", want)
			}
			if ev.event == want {
				return ev
			}
		case <-timeout:
			t.Fatalf("no %q event within %v", want, deadline)
		}
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// write replaces a file the way editors often save: a new file renamed over
// the old one.
func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(path), ".tmp-"+filepath.Base(path))
	if err := os.WriteFile(tmp, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func TestRunRebuildsAndReloads(t *testing.T) {
	src := t.TempDir()
	writeFiles(t, src, map[string]string{
		"content/a.md":  "first version of a",
		"timeline.toml": "title = 'x'",
	})
	if err := os.Mkdir(filepath.Join(src, "templates"), 0o755); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var log syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{
			Dir:      filepath.Join(src, "public"),
			Rebuild:  toyBuild(src),
			Watch:    []string{filepath.Join(src, "content"), filepath.Join(src, "templates"), filepath.Join(src, "timeline.toml")},
			Listener: ln,
			Debounce: 20 * time.Millisecond,
			Log:      &log,
		})
	}()

	// The first answer comes once the first build is done and the watches are set.
	if status, body := get(t, base+"/a/"); status != 200 || !strings.Contains(body, "first version of a") {
		t.Fatalf("GET /a/ = %d %q", status, body)
	}
	events := openEvents(t, ctx, base)
	hello := waitEvent(t, events, "hello")

	step := func(name, path, body string) sse {
		t.Helper()
		write(t, path, body)
		ev := waitEvent(t, events, "reload")
		if ev.data == hello.data {
			t.Fatalf("%s: reload event with the old generation %s", name, ev.data)
		}
		hello = ev
		return ev
	}

	// An article changes: the page is rebuilt and open pages are told to reload.
	step("edit", filepath.Join(src, "content", "a.md"), "second version of a")
	if _, body := get(t, base+"/a/"); !strings.Contains(body, "second version of a") {
		t.Errorf("after an edit, GET /a/ = %q", body)
	}

	// A new article appears.
	step("add", filepath.Join(src, "content", "b.md"), "article b")
	if status, body := get(t, base+"/b/"); status != 200 || !strings.Contains(body, "article b") {
		t.Errorf("after adding b, GET /b/ = %d %q", status, body)
	}

	// A broken article: the error shows in the page (escaped) and in the
	// terminal, and the last good site stays served.
	step("break", filepath.Join(src, "content", "a.md"), "fine\nBROKEN <script>alert(1)</script>")
	_, body := get(t, base+"/a/")
	if !strings.Contains(body, "second version of a") {
		t.Errorf("the last good page is not served after a failed build: %q", body)
	}
	if !strings.Contains(body, "content/a.md:2: BROKEN &lt;script&gt;") || strings.Contains(body, "<script>alert") {
		t.Errorf("the build error is not shown escaped: %q", body)
	}
	if !strings.Contains(log.String(), "content/a.md:2: BROKEN <script>") {
		t.Errorf("the terminal does not show the build error: %q", log.String())
	}

	// Fixed: the banner goes away.
	step("fix", filepath.Join(src, "content", "a.md"), "third version of a")
	if _, body := get(t, base+"/a/"); strings.Contains(body, "timeline-build-error") || !strings.Contains(body, "third version") {
		t.Errorf("after the fix, GET /a/ = %q", body)
	}

	// A folder created in templates/ after the start is watched too.
	step("new folder", filepath.Join(src, "templates", "partials", "deep", "x.html"), "x")
	step("file in new folder", filepath.Join(src, "templates", "partials", "deep", "y.html"), "y")

	// timeline.toml, replaced by a rename.
	step("config", filepath.Join(src, "timeline.toml"), "title = 'y'")

	// Nothing served was written into the site.
	filepath.WalkDir(filepath.Join(src, "public"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, _ := os.ReadFile(p); strings.Contains(string(b), "_timeline") {
				t.Errorf("%s holds the reload snippet", p)
			}
		}
		return nil
	})

	// Shutting down does not wait for the open event stream.
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after its context was cancelled")
	}
}

func TestRunReportsListenError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	err = Run(context.Background(), Options{
		Dir:     t.TempDir(),
		Rebuild: func(context.Context) error { return nil },
		Addr:    ln.Addr().String(),
	})
	if err == nil {
		t.Fatal("Run on a busy port: no error")
	}
	if !strings.Contains(err.Error(), "port is in use") || !strings.Contains(err.Error(), "--port") {
		t.Errorf("error %q does not say the port is in use and how to choose another", err)
	}
}
