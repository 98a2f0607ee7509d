package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/newsroom/timeline/timeline"
)

// progressLine returns a timeline.Config.Progress that keeps one updating
// line on w ("articles read, events found"), and a function that clears it.
// When quiet, or when w is not a terminal (a log, a pipe, CI), it returns
// nil and a no-op: nothing is printed.
func progressLine(w io.Writer, quiet bool) (func(timeline.Progress), func()) {
	f, ok := w.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil, func() {}
	}
	var mu sync.Mutex
	var last time.Time
	shown := false
	report := func(p timeline.Progress) {
		mu.Lock()
		defer mu.Unlock()
		// At most ten updates a second, but always the last one.
		now := time.Now()
		if now.Sub(last) < 100*time.Millisecond && p.Articles < p.Total && p.Events == 0 {
			return
		}
		last = now
		line := fmt.Sprintf("reading articles: %d/%d", p.Articles, p.Total)
		if p.Events > 0 {
			line = fmt.Sprintf("read %s, found %s; writing the site", count(p.Total, "article"), count(p.Events, "event"))
		}
		fmt.Fprintf(w, "\r\033[K%s", line)
		shown = true
	}
	clear := func() {
		mu.Lock()
		defer mu.Unlock()
		if shown {
			fmt.Fprint(w, "\r\033[K")
		}
	}
	return report, clear
}
