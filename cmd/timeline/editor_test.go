package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/serve"
)

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

const goodArticle = "---\ntitle: Ferry crews walk out\ndate: 2024-05-14\n---\nFerry crews went on strike on Monday after talks over pay broke down.\n"

func TestCheckCommand(t *testing.T) {
	good := t.TempDir()
	writeFile(t, filepath.Join(good, "content", "strike.md"), goodArticle)
	bad := t.TempDir()
	writeFile(t, filepath.Join(bad, "content", "strike.md"), goodArticle)
	writeFile(t, filepath.Join(bad, "content", "broken.md"), "---\ntitle: No date\n---\nText.\n")

	tests := []struct {
		args   []string
		code   int
		stdout string
		reason string
	}{
		{[]string{"check", "--source", good}, 0, "warning: event", "warnings only: exit 0"},
		{[]string{"check", "--source", bad}, 1, "broken.md", "an article without a date is an error: exit 1"},
		{[]string{"check", "--source", good}, 0, "1 article, ", "the summary says 1 article, not 1 articles"},
		{[]string{"check", "--source", bad}, 1, ": 1 error, ", "the summary says 1 error, not 1 errors"},
		{[]string{"check", "--source", good, "--json"}, 0, `"ok": true`, "JSON for tools"},
		{[]string{"check", "--source", bad, "--json"}, 1, `"ok": false`, "JSON, with errors"},
	}
	for _, tc := range tests {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tc.args, &stdout, &stderr)
		if code != tc.code || !strings.Contains(stdout.String(), tc.stdout) {
			t.Errorf("run %q = %d\nstdout: %s\nstderr: %s\nwant %d and stdout with %q (%s)",
				tc.args, code, stdout.String(), stderr.String(), tc.code, tc.stdout, tc.reason)
		}
		if strings.Contains(strings.Join(tc.args, " "), "--json") {
			var doc struct {
				OK       bool `json:"ok"`
				Articles int  `json:"articles"`
				Errors   []struct {
					Path    string `json:"path"`
					Line    int    `json:"line"`
					Message string `json:"message"`
				} `json:"errors"`
				Warnings []struct {
					Path, Kind, Message string
				} `json:"warnings"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
				t.Errorf("run %q: stdout is not JSON: %v\n%s", tc.args, err, stdout.String())
				continue
			}
			if doc.OK != (tc.code == 0) || doc.Errors == nil || doc.Warnings == nil {
				t.Errorf("run %q: JSON %+v", tc.args, doc)
			}
			for _, e := range doc.Errors {
				if e.Path == "" || e.Message == "" {
					t.Errorf("run %q: an error without path or message: %+v", tc.args, e)
				}
			}
		}
	}
	for _, dir := range []string{good, bad} {
		if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
			t.Errorf("check wrote the site into %s", dir)
		}
	}
}

func TestNewCommand(t *testing.T) {
	src := t.TempDir()
	args := []string{"new", "--source", src, "Ferry crews walk out: \"no deal\"", "--date", "2024-05-14", "--publisher", "Island Courier"}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("run %q = %d: %s", args, code, stderr.String())
	}
	path := strings.TrimSpace(stdout.String())
	if want := filepath.Join(src, "content", "ferry-crews-walk-out-no-deal.md"); path != want {
		t.Errorf("printed %q, want %q", path, want)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`title: "Ferry crews walk out: \"no deal\""`, "date: 2024-05-14", `publisher: "Island Courier"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the new article lacks %q:\n%s", want, b)
		}
	}
	// The article it writes is valid: the site checks without errors.
	stdout.Reset()
	if code := run(context.Background(), []string{"check", "--source", src}, &stdout, &stderr); code != 0 {
		t.Errorf("check of the new article = %d:\n%s", code, stdout.String())
	}

	// Again: refused, and the file is untouched.
	os.WriteFile(path, []byte("edited"), 0o644)
	stdout.Reset()
	stderr.Reset()
	if code := run(context.Background(), args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "already exists") {
		t.Errorf("second new = %d, stderr %q; want 1 and \"already exists\"", code, stderr.String())
	}
	if b, _ := os.ReadFile(path); string(b) != "edited" {
		t.Errorf("new overwrote an existing article")
	}

	for _, bad := range [][]string{
		{"new", "--source", src},
		{"new", "--source", src, "a", "b"},
		{"new", "--source", src, "x", "--date", "14/05/2024"},
	} {
		if code := run(context.Background(), bad, &stdout, &stderr); code != 2 {
			t.Errorf("run %q = %d, want 2 (usage)", bad, code)
		}
	}
}

// TestServeRebuildsTheRealSite serves a site built by the real pipeline on
// a random loopback port, changes an article, and sees the reload event and
// the rebuilt page.
func TestServeRebuildsTheRealSite(t *testing.T) {
	src := t.TempDir()
	writeFile(t, filepath.Join(src, "content", "strike.md"), goodArticle)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := timeline.Config{Source: src, Destination: filepath.Join(t.TempDir(), "site")}
	opts := serveOptions(cfg, "", io.Discard)
	opts.Listener = ln
	done := make(chan error, 1)
	go func() { done <- serve.Run(ctx, opts) }()

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/articles/strike/"); code != 200 || !strings.Contains(body, "Ferry crews went on strike") {
		t.Fatalf("GET /articles/strike/ = %d:\n%s", code, body)
	}

	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/_timeline/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	waitFor := func(prefix string) {
		t.Helper()
		deadline := time.After(time.Second)
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					t.Fatalf("event stream closed before %q", prefix)
				}
				if strings.HasPrefix(l, prefix) {
					return
				}
			case <-deadline:
				t.Fatalf("no %q within a second", prefix)
			}
		}
	}
	waitFor("event: hello")

	writeFile(t, filepath.Join(src, "content", "strike.md"), strings.Replace(goodArticle, "broke down", "collapsed at midnight", 1))
	waitFor("event: reload")
	if _, body := get("/articles/strike/"); !strings.Contains(body, "collapsed at midnight") {
		t.Errorf("after the change, the page was not rebuilt:\n%s", body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve.Run: %v", err)
	}
}

func TestProgressLineOnlyOnATerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, tc := range []struct {
		w      io.Writer
		quiet  bool
		reason string
	}{
		{w, false, "a pipe is not a terminal"},
		{&bytes.Buffer{}, false, "a buffer is not a terminal"},
		{os.Stderr, true, "--quiet"},
	} {
		if report, _ := progressLine(tc.w, tc.quiet); report != nil {
			t.Errorf("a progress line was set up for %s", tc.reason)
		}
	}
}
