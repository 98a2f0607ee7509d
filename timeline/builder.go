package timeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"

	"github.com/newsroom/timeline/timeline/cache"
	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/feed"
	"github.com/newsroom/timeline/timeline/render"
)

// A Builder builds one site again and again, as `timeline serve` does
// after every change, keeping what the last build learnt in memory so that
// a rebuild costs about what changed:
//
//   - the build cache stays open, and the articles of the last build stay
//     decoded: only new or changed files are read from disk and extracted
//     (a file whose size, modification time and inode are those of the
//     last build, at a time old enough to vouch for its bytes, is not read
//     again, as git's index does);
//   - the calendar's and TimelineJS file's part of every event, its JSON
//     in timeline.json and its fingerprint are kept (feed.Memo,
//     render.EventJSON, render.EventSums), so that only changed events are
//     formatted and hashed;
//   - the destination's manifest stays in memory; it is still checked
//     against the folder (render.Manifest.Verify) before it is trusted;
//   - the merge's work is kept (events.Merger): only the mentions of new
//     or changed articles are merged again, with the days they reach;
//   - the templates stay parsed and checked while their files' bytes do
//     not change (see loadTemplates).
//
// The first build reads the whole site even when it is up to date, so
// that the rebuilds after it are fast. Every build's output is the same as
// Build's for the same inputs. A
// Builder is safe for concurrent use; its builds run one at a time. With
// Config.NoCache it is Build.
type Builder struct {
	cfg    Config
	st     stages
	merger events.Merger

	mu        sync.Mutex
	cache     *articleCache
	packSeen  packStat // the pack file as the last build left it
	records   map[cache.Key]*articleRecord
	stamps    map[string]fileStamp
	feeds     feed.Memo
	eventJSON render.EventJSON
	eventSums render.EventSums
	// tpl are the last build's templates, parsed and checked, while
	// their files' sum is tplSum (see loadTemplates).
	tpl    *render.Templates
	tplSum []byte

	manifest *render.Manifest // of the last build, with its path and version
	mpath    string
	mversion string
	mbuf     []byte // the last manifest's encoding, whose memory the next reuses
	// early checks manifest against the folder while the build
	// analyses its articles; write uses its answer (see verifyEarly).
	early *verification
	// seen holds every entry of the content folder as this build's
	// no-change check found it (upToDateIn), in name order, for the
	// article stage, which then does not list the folder or look at the
	// files again; nil before the check.
	seen []articleTime
}

// packStat is what tells whether another process changed the pack file.
type packStat struct {
	size, mtime int64
	ok          bool
}

func statPack(s *cache.Store) packStat {
	fi, err := os.Stat(s.Path())
	if err != nil {
		return packStat{}
	}
	return packStat{size: fi.Size(), mtime: fi.ModTime().UnixNano(), ok: true}
}

// NewBuilder returns a Builder of the site cfg describes.
func NewBuilder(cfg Config) *Builder {
	b := &Builder{cfg: cfg, st: defaultStages()}
	b.st.merge = b.merger.Merge
	// Each article's mentions as the cache keeps them: no list of every
	// mention, and an article whose list is the last build's is known
	// unchanged at once.
	b.st.mergeArticles = b.merger.MergeArticles
	return b
}

// Build builds the site as Build does.
func (b *Builder) Build(ctx context.Context) (*Result, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seen = nil
	return buildIn(ctx, b.cfg, b.st, b)
}

// warm reports whether the Builder holds a build's state.
func (b *Builder) warm() bool { return b.cache != nil }

// openCache returns the build cache of dir for a build with stagesID and
// opts, kept open from the last build when it is the same cache (same
// program, stages and settings) and no other process has changed its pack
// file since; its records are then reused without decoding. program is as
// for openArticleCache.
func (b *Builder) openCache(dir, stagesID, program string, opts events.Options) (*articleCache, error) {
	c, err := newArticleCache(dir, stagesID, program, opts)
	if err != nil {
		return nil, err
	}
	if old := b.cache; old != nil && old.dir == dir && old.version == c.version && bytes.Equal(old.context, c.context) && statPack(old.store) == b.packSeen {
		c = old
		c.store.Restart()
		c.mem, c.stamps = b.records, b.stamps
	} else if err := c.open(); err != nil {
		return nil, err
	}
	c.next, c.nextStamps = map[cache.Key]*articleRecord{}, map[string]fileStamp{}
	c.seen, b.seen = b.seen, nil
	if c.stamps == nil {
		c.stamps = map[string]fileStamp{} // stamps are taken from now on
	}
	return c, nil
}

// opened keeps c, after a build that used it and saved it.
func (b *Builder) opened(c *articleCache) {
	if c == nil {
		return
	}
	b.cache, b.records, b.stamps = c, c.next, c.nextStamps
	c.mem, c.next, c.stamps, c.nextStamps, c.seen = nil, nil, nil, nil, nil
	b.packSeen = statPack(c.store)
}

// cacheDir is the folder of the build cache for cfg and src.
func cacheDir(cfg Config, src string) string {
	if cfg.CacheDir != "" {
		return cfg.CacheDir
	}
	return filepath.Join(src, CacheDirName)
}
