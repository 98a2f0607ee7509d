package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/newsroom/timeline/timeline"
)

// Memory a build needs, by the number of articles: its live heap peaks
// at about 14 KiB an article on a generated site of 10,000 articles (while
// the events are merged: every article's mentions and quoted sentences,
// the merge's items, clusters and events) and 9 KiB on one of 100,000,
// over a small base. The limit leaves room above that peak so that the
// collector does not run much more often near it: under 17 KiB an article
// (and a peak of 17 KiB) the collector ran without pause through the
// merge of 10,000 (seven to ten cycles); under 21 KiB it runs once there,
// or not at all. The build's resident memory is about the limit (the
// collector lets the heap grow to it): 254 MB on 10,000 articles.
//
// A rebuild over a site built before (a manifest of its output in the
// cache) renders the pages that changed and the site-wide files into
// memory, to compare them with the files in place (see render.Update): its
// live heap peaks at about 25 KiB an article on 10,000, so it gets a limit
// above that. Under the lower limit the collector would run without pause
// near the peak: one added article cost 4.3-5.0 CPU-s instead of 2.8-3.2,
// for 40 MB more resident memory (348 against 310 MB).
//
// Past 20,000 articles each further article gets 24 KiB: the collector's
// work grows with the live heap, and a tight limit makes it run often on a
// large one. A 100,000-article build took 33 s under a 2.4 GiB limit
// against 37-38 s under 1.7 GiB (17 KiB an article), for 2.2 against
// 1.7-2.0 GB resident.
//
// Under the limit, the collector also waits for the heap to grow to five
// times what is live (GOGC=400) rather than twice: the limit, not GOGC,
// bounds the build's peak memory, and the collections it spares are those
// of the article stage, while the live heap grows from nothing, each of
// which marks all of it. A cold 10,000-article build ran 8-9 collections
// instead of 22-24 (15-16 at GOGC=200), which marked 264-400 MB in all
// (the live heap summed over them) instead of 465-558 at GOGC=200, at the
// same peak (254 MB resident). One of 100,000 ran 11 collections instead
// of 28 (2.4 GB marked instead of 8.1), its heap growing to the limit
// (2.38 GB resident against 2.36).
const (
	buildGCPercent    = 400
	limitBase         = 32 << 20
	limitPerArticle   = 21 << 10
	rebuildPerArticle = 30 << 10
	largeSite         = 20000
	largePerArticle   = 24 << 10
)

// limitMemory sets a soft memory limit for a build of the site in src,
// unless the GOMEMLIMIT environment variable sets one, and the collector's
// target buildGCPercent, unless GOGC sets one; it returns a function that
// restores the limit and target before them.
//
// The limit is a backstop: the garbage collector otherwise lets the heap
// grow to twice what is live before collecting, so a build's peak memory
// would be twice its peak live heap. With the limit, it collects sooner
// when the heap nears the build's expected need (limitBase plus
// limitPerArticle an article), which costs little CPU because the heap is
// near its peak only briefly. It never stops the heap from growing past
// the limit when the site needs it: the garbage collector then simply
// works harder.
//
// The articles are counted on another goroutine, while the build starts
// (the heap of its first milliseconds is far below any limit); restore
// waits for it.
func limitMemory(src string) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	// Only under the limit: without it the heap could grow to five
	// times its live peak.
	setPercent := os.Getenv("GOGC") == ""
	percent := 0
	if setPercent {
		percent = debug.SetGCPercent(buildGCPercent)
	}
	prev := make(chan int64, 1)
	go func() { prev <- debug.SetMemoryLimit(memoryLimit(src)) }()
	return func() {
		debug.SetMemoryLimit(<-prev)
		if setPercent {
			debug.SetGCPercent(percent)
		}
	}
}

// memoryLimit is the limit limitMemory sets for a build of the site in src.
func memoryLimit(src string) int64 {
	n := 0
	// Names only, unsorted: cheap beside even a build with nothing to do.
	if d, err := os.Open(filepath.Join(src, "content")); err == nil {
		names, _ := d.Readdirnames(-1)
		d.Close()
		for _, name := range names {
			if strings.HasSuffix(name, ".md") {
				n++
			}
		}
	}
	per := int64(limitPerArticle)
	if timeline.HasManifest(timeline.Config{Source: src}) {
		per = rebuildPerArticle
	}
	limit := int64(limitBase) + int64(min(n, largeSite))*per
	if n > largeSite {
		limit += int64(n-largeSite) * max(per, largePerArticle)
	}
	return limit
}
