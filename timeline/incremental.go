package timeline

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/newsroom/timeline/templates"
	"github.com/newsroom/timeline/timeline/cache"
	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
	"github.com/newsroom/timeline/timeline/render"
)

// CacheDirName is the folder, under a site's source folder, that holds the
// build cache. It can be deleted at any time; it should not be committed.
const CacheDirName = ".timeline-cache"

// cacheFormat names the layout of the cache's entries; change it when the
// meaning of a cached value changes without its Go type changing.
const cacheFormat = "timeline-cache-2"

// Progress reports how far a build has come, for a progress line.
type Progress struct {
	Articles int // articles read so far
	Total    int // articles to read
	Events   int // events found; 0 until merged
}

// articleRecord is what the cache keeps per article file: its parse and
// its mentions.
type articleRecord struct {
	Article  *content.Article
	Mentions []events.Mention
}

// analysed is one article file after parsing and extraction.
type analysed struct {
	path     string
	article  *content.Article
	mentions []events.Mention
	err      error
	src      []byte // the file's bytes, kept only when asked (for check)
}

// articleStage parses and extracts every content/*.md of src, using and
// filling the cache when one is given. It returns the files in name order,
// and how many were parsed and extracted anew.
func articleStage(ctx context.Context, src string, opts events.Options, st stages, store *articleCache, keepSource bool, progress func(Progress)) ([]analysed, int, error) {
	dir := filepath.Join(src, "content")
	article := func(name string, isDir bool) bool {
		return !isDir && strings.HasSuffix(name, ".md") && !strings.HasPrefix(name, ".")
	}
	var paths []string
	var infos []fs.FileInfo // with a Builder's listing: each file as it found it
	var unseen map[int]int  // paths not looked at yet, to their index in store.seen
	if store != nil && store.seen != nil && !keepSource {
		// A Builder's no-change check has just listed the folder, in
		// name order, and looked at every file (Builder.seen).
		for k, a := range store.seen {
			if article(a.entry.Name(), a.entry.IsDir()) {
				paths = append(paths, a.path)
				infos = append(infos, a.info)
				if a.info == nil {
					// Not looked at yet: the file is, just before
					// it is read, for the build's fingerprint.
					if unseen == nil {
						unseen = map[int]int{}
					}
					unseen[len(paths)-1] = k
				}
			}
		}
	} else {
		entries, err := os.ReadDir(dir)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, 0, content.Errors{{Path: dir, Err: errors.New("no such folder: the source folder must hold the articles in content/*.md")}}
		}
		if err != nil {
			return nil, 0, content.Errors{{Path: dir, Err: err}}
		}
		for _, e := range entries {
			if article(e.Name(), e.IsDir()) {
				paths = append(paths, filepath.Join(dir, e.Name()))
			}
		}
		sort.Strings(paths)
	}

	out := make([]analysed, len(paths))
	var fresh, done atomic.Int64
	// One worker per core takes the next file until none is left: a
	// goroutine per file would grow a fresh stack for each (0.4 CPU-s of a
	// 10k build).
	work := func(i int, p string) error {
		if ctx.Err() != nil {
			return nil
		}
		r := &out[i]
		r.path = p
		if k, ok := unseen[i]; ok {
			// Left nil on an error: the fingerprint's lookAt
			// tries again, and fails, and nothing is recorded.
			if fi, err := os.Lstat(p); err == nil {
				store.seen[k].info, store.seen[k].mod = fi, fi.ModTime()
			}
		}
		if st.loaded != nil {
			defer func() {
				if r.article != nil && r.err == nil {
					st.loaded(r.article, r.mentions)
				}
			}()
		}
		var fi fs.FileInfo
		if store != nil && store.stamps != nil && !keepSource {
			// A Builder's file unchanged since the last build (by
			// its size, time and inode) has the same key. The no-change
			// check has just looked at every file (Builder.seen): a
			// regular file is not looked at again.
			if infos != nil {
				fi = infos[i]
			}
			if fi == nil || !fi.Mode().IsRegular() {
				fi, _ = os.Stat(p)
			}
			if key, ok := store.unchanged(p, fi); ok {
				if rec, ok := store.get(key); ok {
					store.stamp(p, fi, key)
					r.article, r.mentions = rec.Article, rec.Mentions
					if progress != nil {
						progress(Progress{Articles: int(done.Add(1)), Total: len(paths)})
					}
					return nil
				}
			}
		}
		b, err := readFile(p)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			r.err = &content.Error{Path: p, Err: fmt.Errorf("cannot read the file: %w", err)}
			return nil
		}
		if keepSource {
			r.src = b
		}
		var key cache.Key
		var sum [sha256.Size]byte
		if st.parseSum != nil {
			sum = sha256.Sum256(b)
		}
		if store != nil {
			if st.parseSum != nil {
				key = store.keySum(p, &sum)
			} else {
				key = store.key(p, b)
			}
			store.stamp(p, fi, key)
			if rec, ok := store.get(key); ok {
				r.article, r.mentions = rec.Article, rec.Mentions
				if progress != nil {
					progress(Progress{Articles: int(done.Add(1)), Total: len(paths)})
				}
				return nil
			}
		}
		fresh.Add(1)
		if st.parseSum != nil {
			r.article, r.err = st.parseSum(p, b, sum)
		} else {
			r.article, r.err = st.parse(p, b)
		}
		if r.err == nil && r.article != nil && !r.article.Meta.Draft {
			r.mentions = st.extract(r.article, opts)
		}
		if store != nil && r.err == nil && r.article != nil {
			store.put(key, &articleRecord{Article: r.article, Mentions: r.mentions})
		}
		if progress != nil {
			progress(Progress{Articles: int(done.Add(1)), Total: len(paths)})
		}
		return nil
	}
	var g errgroup.Group
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		g.Go(func() error {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(paths) {
					return nil
				}
				work(i, paths[i])
			}
		})
	}
	g.Wait()
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	return out, int(fresh.Load()), nil
}

// articleCache is the build cache of article records, over a cache.Store.
type articleCache struct {
	dir     string
	version string // the program's version
	store   *cache.Store
	codec   *cache.Codec[articleRecord]
	context []byte // what every key depends on besides the file: version, settings

	// With a Builder: the records of the last build, decoded (mem), and
	// those of this one (next).
	mu        sync.Mutex
	mem, next map[cache.Key]*articleRecord
	// With a Builder: the key of each file of the last build by its
	// stamp (stamps), and of this one (nextStamps).
	stamps, nextStamps map[string]fileStamp
	// With a Builder: every entry of the content folder as this build's
	// no-change check found it (os.Lstat), in name order; read only.
	seen []articleTime
}

// fileStamp is what tells that a file has not changed without reading it,
// as git's index does: its size, modification time and inode, recorded
// only when the time was old enough that a later change would move it
// (see racyWindow).
type fileStamp struct {
	size, mtime int64
	ino         uint64
	mode        fs.FileMode
	key         cache.Key
}

// unchanged returns the key the file at p had in the last build, if fi
// shows it unchanged since.
func (c *articleCache) unchanged(p string, fi fs.FileInfo) (cache.Key, bool) {
	if fi == nil {
		return cache.Key{}, false
	}
	prev, ok := c.stamps[p]
	if !ok || prev.size != fi.Size() || prev.mtime != fi.ModTime().UnixNano() || prev.ino != inode(fi) || prev.mode != fi.Mode() || prev.ino == 0 {
		return cache.Key{}, false
	}
	return prev.key, true
}

// stamp notes that the file at p, as fi shows it, has key k, for the next
// build; not when its time is too recent to vouch for its bytes.
func (c *articleCache) stamp(p string, fi fs.FileInfo, k cache.Key) {
	if fi == nil || time.Since(fi.ModTime()) < racyWindow {
		return
	}
	c.mu.Lock()
	if c.nextStamps != nil {
		c.nextStamps[p] = fileStamp{size: fi.Size(), mtime: fi.ModTime().UnixNano(), ino: inode(fi), mode: fi.Mode(), key: k}
	}
	c.mu.Unlock()
}

// openArticleCache opens the cache in dir for a build with opts. The key of
// an article is the SHA-256 of the program's version, the codec's schema,
// the stages' identity, the extraction settings, the file's path and its
// bytes: any change to one of them is a miss. program is the program's
// version when the build has taken it already (see learnt), or "".
func openArticleCache(dir, stagesID, program string, opts events.Options) (*articleCache, error) {
	c, err := newArticleCache(dir, stagesID, program, opts)
	if err != nil {
		return nil, err
	}
	return c, c.open()
}

// newArticleCache is openArticleCache without opening the store. program
// is the program's version (programVersion) when the build has taken it
// already, or "".
func newArticleCache(dir, stagesID, program string, opts events.Options) (*articleCache, error) {
	codec, err := cache.NewCodec[articleRecord]()
	if err != nil {
		return nil, err
	}
	version := program
	if version == "" {
		version = programVersion(dir)
	}
	var ctx strings.Builder
	fmt.Fprintf(&ctx, "%s\x00%s\x00", version, stagesID)
	for _, m := range []map[string]string{opts.PeopleAliases, opts.PlaceAliases} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(&ctx, "%q=%q\x00", k, m[k])
		}
		ctx.WriteString("\x01")
	}
	return &articleCache{dir: dir, version: version, codec: codec, context: []byte(ctx.String())}, nil
}

// open opens the cache's store.
func (c *articleCache) open() error {
	store, err := cache.Open(c.dir, cacheFormat+"\n"+c.version+"\n"+c.codec.Schema())
	c.store = store
	return err
}

func (c *articleCache) key(path string, src []byte) cache.Key {
	h := sha256.New()
	h.Write(c.context)
	fmt.Fprintf(h, "%d:%s", len(path), path)
	h.Write(src)
	var k cache.Key
	h.Sum(k[:0])
	return k
}

// keySum is key for a file whose bytes' SHA-256 is sum: the file is not
// read again. Its keys differ from key's (a build uses one or the other
// throughout, by its stages).
func (c *articleCache) keySum(path string, sum *[sha256.Size]byte) cache.Key {
	h := sha256.New()
	h.Write(c.context)
	fmt.Fprintf(h, "%d:%s\x00sha256:", len(path), path)
	h.Write(sum[:])
	var k cache.Key
	h.Sum(k[:0])
	return k
}

// get returns the record under k. A record that does not decode (written
// by a damaged or foreign cache) is forgotten and reported missing.
func (c *articleCache) get(k cache.Key) (*articleRecord, bool) {
	c.mu.Lock()
	rec, ok := c.mem[k]
	c.mu.Unlock()
	if ok {
		// Kept decoded from the last build; the store still counts it
		// as used, so that it keeps it (without reading it again).
		if c.store.Keep(k) {
			c.keep(k, rec)
			return rec, true
		}
	}
	b, ok := c.store.Get(k)
	if !ok {
		return nil, false
	}
	rec = new(articleRecord)
	if err := c.codec.Decode(b, rec); err != nil || rec.Article == nil {
		c.store.Forget(k)
		return nil, false
	}
	c.keep(k, rec)
	return rec, true
}

// put notes rec as the record under k, encoded straight into the store's
// write buffer: the store writes it to its file and keeps no copy, so the
// cache adds nothing to the build's peak memory and no work to its end.
func (c *articleCache) put(k cache.Key, rec *articleRecord) {
	c.store.PutFunc(k, func(b []byte) []byte { return c.codec.Append(b, rec) })
	c.keep(k, rec)
}

// keep notes rec as one of this build's records, for a Builder's next.
func (c *articleCache) keep(k cache.Key, rec *articleRecord) {
	c.mu.Lock()
	if c.next != nil {
		c.next[k] = rec
	}
	c.mu.Unlock()
}

// writeCacheTag marks dir as a cache for backup tools and git
// (https://bford.info/cachedir/), once.
func writeCacheTag(dir string) {
	tag := filepath.Join(dir, "CACHEDIR.TAG")
	if _, err := os.Stat(tag); err == nil {
		return
	}
	os.WriteFile(tag, []byte("Signature: 8a477f597d28d172789f06886806bc55\n# The build cache of timeline; safe to delete.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".gitignore"), []byte("*\n"), 0o644)
}

// programVersion names the program that computes cached values: its module
// versions from the build information, and, for a development build (no
// version, possibly changed code), a hash of the executable itself, kept in
// dir by the executable's size and time so that it is computed once.
func programVersion(dir string) string {
	v, _ := programVersionMemo(dir)
	return v
}

// programVersionMemo is programVersion also returning a function that
// writes the executable's memo in dir when it could not be written (dir
// did not exist yet: a first build), for once dir is made.
func programVersionMemo(dir string) (version string, remember func()) {
	remember = func() {}
	var b strings.Builder
	b.WriteString(runtime.Version())
	info, ok := debug.ReadBuildInfo()
	devel := true
	if ok {
		fmt.Fprintf(&b, " %s@%s", info.Main.Path, info.Main.Version)
		devel = info.Main.Version == "" || info.Main.Version == "(devel)"
		for _, d := range info.Deps {
			fmt.Fprintf(&b, " %s@%s", d.Path, d.Version)
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision", "vcs.modified", "-tags", "-ldflags":
				fmt.Fprintf(&b, " %s=%s", s.Key, s.Value)
			}
		}
	}
	if devel {
		var sum string
		sum, remember = executableHash(dir)
		fmt.Fprintf(&b, " exe=%s", sum)
	}
	return b.String(), remember
}

// executableHash returns the SHA-256 of the running executable, remembered
// in dir/exe.sum against its path, size and modification time. It returns
// "unknown" when the executable cannot be read: the cache then still
// depends on everything else. When the memo cannot be written, remember
// tries again (after dir is made).
func executableHash(dir string) (sum string, remember func()) {
	remember = func() {}
	exe, err := os.Executable()
	if err != nil {
		return "unknown", remember
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return "unknown", remember
	}
	stamp := exe + "\x00" + strconv.FormatInt(fi.Size(), 10) + "\x00" + strconv.FormatInt(fi.ModTime().UnixNano(), 10)
	memo := filepath.Join(dir, "exe.sum")
	if b, err := os.ReadFile(memo); err == nil {
		if s, sum, ok := strings.Cut(string(b), "\n"); ok && s == stamp && len(sum) == 64 {
			return sum, remember
		}
	}
	f, err := os.Open(exe)
	if err != nil {
		return "unknown", remember
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, bufio.NewReaderSize(f, 1<<20)); err != nil {
		return "unknown", remember
	}
	sum = hex.EncodeToString(h.Sum(nil))
	if os.WriteFile(memo, []byte(stamp+"\n"+sum), 0o644) != nil {
		remember = func() { os.WriteFile(memo, []byte(stamp+"\n"+sum), 0o644) }
	}
	return sum, remember
}

// write renders the site into its destination and returns the files and
// how many of them were left as the last build wrote them.
//
// With a build cache, the destination's manifest from the last build (kept
// in the cache) is checked against the folder; when the folder is intact,
// the pages whose inputs did not change are not rendered again and only
// the files whose bytes changed are replaced, in place (render.Update).
// Otherwise the site is written whole and swapped in (render.Write).
func (a *analysis) write(ctx context.Context) ([]render.File, int, error) {
	var early *verification
	if b := a.builder; b != nil && b.early != nil {
		early, b.early = b.early, nil
		<-early.done
	}
	if err := render.Recover(a.realDest); err != nil {
		return nil, 0, err
	}
	if a.cache == nil {
		files, _, err := a.renderTo(ctx, nil)
		return files, 0, err
	}
	codec, mpath, mversion, err := manifestStore(a.cache.dir, a.realDest, a.cache.version)
	if err != nil {
		return nil, 0, err
	}
	b := a.builder
	var prev *render.Manifest
	if b != nil && b.manifest != nil && b.mpath == mpath && b.mversion == mversion {
		// The manifest as the last build saved it; Verify still checks
		// it against the folder.
		prev = b.manifest
	} else {
		prev = loadManifest(codec, mpath, mversion, a.realDest)
	}
	salt, err := a.salt()
	if err != nil {
		return nil, 0, err
	}
	newMemo := func(previous map[string]render.Sum) *render.Memo {
		memo := render.NewMemo(salt, previous)
		if b != nil {
			memo.Feeds, memo.EventJSON, memo.EventSums = &b.feeds, &b.eventJSON, &b.eventSums
		}
		return memo
	}
	// save records each page's fingerprint in m and saves it. After an
	// Update (rendered not nil), only the files rendered need it: a page
	// kept has the last build's state, whose fingerprint is this one's.
	save := func(m *render.Manifest, memo *render.Memo, rendered []render.File) {
		if b != nil {
			b.manifest = nil
		}
		if os.MkdirAll(a.cache.dir, 0o755) != nil {
			return
		}
		if rendered != nil {
			for _, f := range rendered {
				if st, ok := m.Files[f.Path]; ok && f.Data != nil {
					st.Inputs = memo.Current[f.Path]
					m.Files[f.Path] = st
				}
			}
		} else {
			for p, st := range m.Files {
				st.Inputs = memo.Current[p]
				m.Files[p] = st
			}
		}
		// A manifest that cannot be saved makes the next build a full one.
		var buf []byte
		if b != nil {
			buf = b.mbuf[:0] // the last manifest's encoding, for its memory
		}
		buf = codec.Append(buf, m)
		if b != nil {
			b.mbuf = buf
		}
		if cache.WriteBlob(mpath, mversion, buf) == nil && b != nil {
			b.manifest, b.mpath, b.mversion = m, mpath, mversion
		}
	}

	if prev != nil {
		// The folder is checked against the manifest while the pages
		// are rendered (the check is mostly waiting for the file
		// system); the render is used only once it passed.
		verified := make(chan error, 1)
		if early != nil && early.recovered == nil && early.m == prev && early.dest == a.realDest {
			verified <- early.verified
		} else {
			go func() { verified <- prev.Verify() }()
		}
		previous := make(map[string]render.Sum, len(prev.Files))
		for p, st := range prev.Files {
			if st.Inputs != (render.Sum{}) {
				previous[p] = st.Inputs
			}
		}
		memo := newMemo(previous)
		files, err := a.renderMemo(ctx, memo)
		verr := <-verified
		if err != nil {
			return nil, 0, err
		}
		var next *render.Manifest
		err = render.ErrStale // the folder is not as the manifest says
		if verr == nil {
			next, err = render.Update(ctx, a.realDest, files, prev)
		}
		switch {
		case err == nil:
			save(next, memo, files)
			unchanged := 0
			for _, f := range files {
				if st, ok := prev.Files[f.Path]; ok && next.Files[f.Path].ModTime == st.ModTime {
					unchanged++
				}
			}
			return files, unchanged, nil
		case !errors.Is(err, render.ErrStale):
			return nil, 0, err
		}
	}
	// A whole build; its pages' fingerprints are recorded for the next.
	os.Remove(mpath)
	// Written straight into the new folder as the pages are made: the
	// site is never held in memory whole.
	if b != nil {
		b.manifest = nil
	}
	memo := newMemo(nil)
	files, m, err := a.renderTo(ctx, memo)
	if err != nil {
		return nil, 0, err
	}
	save(m, memo, nil)
	return files, 0, nil
}

// verification is a check of a manifest against its folder, begun before
// the build that needs it (see verifyEarly).
type verification struct {
	dest      string
	m         *render.Manifest
	done      chan struct{} // closed when recovered and verified are set
	recovered error         // of render.Recover(dest), run first
	verified  error         // of m.Verify(), after Recover
}

// verifyEarly completes an interrupted update of dest (render.Recover) and
// then checks m against the folder, in the background: the check is mostly
// waiting for the file system, and the analysis of the articles before
// the pages are rendered leaves a core idle. The folder is not written
// before the build's write stage, which waits for the answer and runs
// Recover again (a no-op after a successful one); an answer whose Recover
// failed, or that is of another manifest or folder, is not used.
func verifyEarly(dest string, m *render.Manifest) *verification {
	v := &verification{dest: dest, m: m, done: make(chan struct{})}
	go func() {
		defer close(v.done)
		if v.recovered = render.Recover(dest); v.recovered == nil {
			// One goroutine: the check has until the pages are
			// rendered, and the analysis beside it wants every core.
			v.verified = m.VerifyWith(1)
		}
	}()
	return v
}

// salt is what every page depends on besides its own data: the program,
// every template and asset, and the site's settings.
func (a *analysis) salt() ([]byte, error) {
	h := sha256.New()
	// fmt prints maps sorted by key, so Params hash the same every time.
	fmt.Fprintf(h, "%s\x00%q\x00%q\x00%q\x00%q\x00%#v\x00", a.cache.version, a.settings.Title, a.settings.Description, a.settings.Language, a.settings.BaseURL, a.settings.Params)
	if a.tplSum == nil {
		sum, err := templatesSum(render.NewTemplates(filepath.Join(a.src, "templates"), templates.FS()))
		if err != nil {
			return nil, err
		}
		a.tplSum = sum
	}
	h.Write(a.tplSum)
	return h.Sum(nil), nil
}

// templatesSum returns the SHA-256 of the names and bytes of every file of
// t (the site's own and the built-in ones it does not override), and of
// whether the site has a templates folder: the templates' part of a
// page's inputs.
func templatesSum(t *render.Templates) ([]byte, error) {
	h := sha256.New()
	names, err := t.Files(".")
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(h, "own=%t\x00", t.Own())
	for _, n := range names {
		b, err := t.ReadFile(n)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(h, "%d:%s%d:", len(n), n, len(b))
		h.Write(b)
	}
	return h.Sum(nil), nil
}

// loadTemplates returns the site's templates and the problems Check finds
// in them, with the sum of their files (see templatesSum), or nil when
// the files cannot be read. A Builder (b not nil) keeps the templates,
// parsed, from one build to the next while their files do not change.
func loadTemplates(src string, b *Builder) (*render.Templates, []byte, error) {
	tpl := render.NewTemplates(filepath.Join(src, "templates"), templates.FS())
	sum, serr := templatesSum(tpl)
	if b != nil && serr == nil && b.tpl != nil && bytes.Equal(b.tplSum, sum) {
		return b.tpl, sum, nil
	}
	err := tpl.Check()
	if b != nil {
		b.tpl, b.tplSum = nil, nil
		if err == nil && serr == nil {
			b.tpl, b.tplSum = tpl, sum
		}
	}
	return tpl, sum, err
}

// manifestStore returns the codec, file and version of the manifest of the
// destination realDest in the cache folder dir.
func manifestStore(dir, realDest, version string) (*cache.Codec[render.Manifest], string, string, error) {
	codec, err := cache.NewCodec[render.Manifest]()
	if err != nil {
		return nil, "", "", err
	}
	sum := sha256.Sum256([]byte(realDest))
	mpath := filepath.Join(dir, manifestPrefix+hex.EncodeToString(sum[:8])+manifestSuffix)
	return codec, mpath, cacheFormat + "\n" + version + "\n" + codec.Schema(), nil
}

// HasManifest reports whether the build cache of cfg holds the manifest of
// an earlier build's output: a build of cfg will then most likely render
// what changed into memory and update the output in place (see
// render.Update), rather than write a new output folder. It looks for
// the file only, cheaply, and does not read it.
func HasManifest(cfg Config) bool {
	src := cfg.Source
	if src == "" {
		src = "."
	}
	names, err := filepath.Glob(filepath.Join(cacheDir(cfg, src), manifestPrefix+"*"+manifestSuffix))
	return err == nil && len(names) > 0
}

const manifestPrefix, manifestSuffix = "output-", ".manifest"

// loadManifest reads the manifest of realDest, or returns nil.
func loadManifest(codec *cache.Codec[render.Manifest], mpath, mversion, realDest string) *render.Manifest {
	b, ok := cache.ReadBlob(mpath, mversion)
	if !ok {
		return nil
	}
	var m render.Manifest
	if codec.Decode(b, &m) != nil || m.Dest != realDest {
		return nil
	}
	return &m
}

// stamp is what a build records so that the next can be skipped when
// nothing it reads has changed.
type stamp struct {
	Inputs [32]byte
	Result Result
	// Racy are the articles changed so shortly before the build that their
	// time cannot vouch for their bytes (a change in the same tick of the
	// file system's clock keeps the time): the fast path trusts them only
	// when their bytes still hash to Sum, as git does for racily clean files.
	Racy []racyFile
}

// racyFile is an article whose time was too recent to vouch for its bytes.
type racyFile struct {
	Path string
	Sum  [32]byte
}

// racyFiles hashes the articles modified within racyWindow before now.
func racyFiles(arts []articleTime, now time.Time) ([]racyFile, error) {
	var out []racyFile
	for _, a := range arts {
		if now.Sub(a.mod) >= racyWindow {
			continue
		}
		b, err := os.ReadFile(a.path)
		if err != nil {
			return nil, err
		}
		out = append(out, racyFile{Path: a.path, Sum: sha256.Sum256(b)})
	}
	return out, nil
}

// stillRacyClean reports whether every racy article still has the bytes
// the last build hashed.
func stillRacyClean(racy []racyFile) bool {
	for _, r := range racy {
		b, err := os.ReadFile(r.Path)
		if err != nil || sha256.Sum256(b) != r.Sum {
			return false
		}
	}
	return true
}

// articleTime is an article file and its modification time.
type articleTime struct {
	path  string
	mod   time.Time
	info  fs.FileInfo // as os.Lstat reports it; nil until looked at
	entry fs.DirEntry // as the listing of content/ reports it
}

// upToDate is the no-change fast path. It fingerprints everything a build
// reads (the program, the settings, the site's templates, and the name,
// size, time and inode of every article file) and, when the fingerprint is
// the one the last successful build into realDest recorded and the
// destination is intact (render.Manifest.Verify), returns that build's
// result. Otherwise it returns nil and the fingerprint to record after a
// successful build, which it does with record.
func upToDate(cfg Config, src, realDest, stagesID string) (res *Result, record func(*Result)) {
	res, record, _ = upToDateIn(cfg, src, realDest, stagesID, nil)
	return res, record
}

// learnt is what the no-change check learnt before the build read
// anything, for the build that follows it (see analyzeIn).
type learnt struct {
	// program is the program's version (programVersion); "" when not
	// taken.
	program string
	// seen is every file of content/, in name order, as the check found
	// it; nil when it did not look. Files with no info are not looked at
	// yet: the build looks at each before it reads it (see articleStage),
	// or calls lookAt first.
	seen []articleTime
	// lookAt, when not nil, looks at the files of seen not looked at yet.
	lookAt func()
}

// upToDateIn is upToDate leaving in bld, when not nil, what it learnt of
// each article file (Builder.seen), for the build that follows. It also
// returns what it learnt for a build without a Builder.
func upToDateIn(cfg Config, src, realDest, stagesID string, bld *Builder) (res *Result, record func(*Result), l learnt) {
	record = func(*Result) {}
	if stagesID == "" || cfg.NoCache {
		return nil, record, l
	}
	dir := cfg.CacheDir
	if dir == "" {
		dir = filepath.Join(src, CacheDirName)
	}
	// The program's version (for a development build, a hash of the
	// executable: tens of milliseconds on a cold cache) is taken while the
	// inputs are looked at; the fingerprint needs it only at its end.
	type programMemo struct {
		version  string
		remember func()
	}
	versionc := make(chan programMemo, 1)
	go func() {
		v, remember := programVersionMemo(dir)
		versionc <- programMemo{v, remember}
	}()
	var version string
	remember := func() {}
	now := time.Now()
	sum := sha256.Sum256([]byte(realDest))
	spath := filepath.Join(dir, "build-"+hex.EncodeToString(sum[:8])+".stamp")
	if _, err := os.Lstat(spath); bld == nil && errors.Is(err, fs.ErrNotExist) {
		// No stamp: the build cannot be up to date. Its articles are
		// looked at by the build itself, each just before it reads it
		// (see articleStage), and the fingerprint recorded is made of
		// what it saw.
		f, err := startFingerprint(cfg, src, realDest)
		pm := <-versionc
		if err != nil {
			return nil, record, l
		}
		arts := f.listed()
		var early error // of a lookAt before the build
		l = learnt{program: pm.version, seen: arts, lookAt: func() { early = f.lookAt(arts) }}
		record = recorder(dir, spath, pm.version, now, pm.remember, func() ([32]byte, []articleTime, error) {
			if early != nil {
				return [32]byte{}, nil, early
			}
			if err := f.lookAt(arts); err != nil {
				return [32]byte{}, nil, err
			}
			return f.finish(arts, func() string { return pm.version + "\x00" + stagesID }), arts, nil
		})
		return nil, record, l
	}
	fp, arts, err := inputsFingerprint(cfg, src, realDest, func() string {
		pm := <-versionc
		version, remember = pm.version, pm.remember
		return version + "\x00" + stagesID
	})
	if err != nil {
		<-versionc
		return nil, record, l
	}
	l = learnt{program: version, seen: arts}
	if bld != nil {
		bld.seen = arts
	}
	codec, sversion, err := stampFormat(version)
	if err != nil {
		return nil, record, l
	}
	record = recorder(dir, spath, version, now, remember, func() ([32]byte, []articleTime, error) { return fp, arts, nil })
	b, ok := cache.ReadBlob(spath, sversion)
	if !ok {
		return nil, record, l
	}
	var last stamp
	if codec.Decode(b, &last) != nil || last.Inputs != fp || !stillRacyClean(last.Racy) {
		return nil, record, l
	}
	mcodec, mpath, mversion, err := manifestStore(dir, realDest, version)
	if err != nil {
		return nil, record, l
	}
	if m := loadManifest(mcodec, mpath, mversion, realDest); m == nil || m.Verify() != nil {
		return nil, record, l
	}
	if len(last.Racy) > 0 {
		// The articles too recent to vouch for themselves at the last
		// build have just been hashed again and still match. Those now
		// older than racyWindow can vouch for themselves from here on (a
		// later change moves their time): the stamp is written again
		// without them, as git refreshes its index, or every later
		// no-change build would hash them again (a site generated or
		// checked out just before its first build: all of its articles).
		record(&last.Result)
	}
	r := last.Result
	r.Extracted, r.Unchanged = 0, r.Files
	return &r, record, l
}

// recorder returns the function that records a successful build's stamp
// in spath: the fingerprint of its inputs (taken with inputs) and its
// result. now is when the inputs began to be looked at.
func recorder(dir, spath, version string, now time.Time, remember func(), inputs func() ([32]byte, []articleTime, error)) func(*Result) {
	return func(r *Result) {
		codec, sversion, err := stampFormat(version)
		if err != nil {
			return
		}
		fp, arts, err := inputs()
		if err != nil {
			os.Remove(spath)
			return
		}
		if os.MkdirAll(dir, 0o755) != nil {
			return
		}
		remember()
		racy, err := racyFiles(arts, now)
		if err != nil {
			os.Remove(spath)
			return
		}
		_ = cache.WriteBlob(spath, sversion, codec.Append(nil, &stamp{Inputs: fp, Result: *r, Racy: racy}))
	}
}

// stampFormat returns the codec of a stamp and the version its blob is
// written with by the program of the given version.
func stampFormat(version string) (*cache.Codec[stamp], string, error) {
	codec, err := cache.NewCodec[stamp]()
	if err != nil {
		return nil, "", err
	}
	return codec, cacheFormat + "\n" + version + "\n" + codec.Schema(), nil
}

// racyWindow is how recent an article's modification time may be for the
// no-change fast path to trust it (as git treats "racily clean" files).
const racyWindow = 2 * time.Second

// appendArticleStamp appends what inputsFingerprint hashes of an article
// file: the bytes of fmt's "art %q %d %d %d %v\x00" of its name, size,
// time, inode and mode, written without fmt (10,000 files a build).
func appendArticleStamp(b []byte, name string, size, mtime int64, ino uint64, mode fs.FileMode) []byte {
	b = strconv.AppendQuote(append(b, "art "...), name)
	b = strconv.AppendInt(append(b, ' '), size, 10)
	b = strconv.AppendInt(append(b, ' '), mtime, 10)
	b = strconv.AppendUint(append(b, ' '), ino, 10)
	return append(append(append(b, ' '), mode.String()...), 0)
}

// inputsFingerprint hashes what a build reads, cheaply: file names and
// their size, time and inode rather than their bytes for the articles
// (a changed file gets a new time), bytes for the settings and templates.
// It also returns every article's path and modification time.
//
// The program's name (program) is asked for last, once every input has
// been looked at, and only when all could be: it may be computed
// meanwhile.
func inputsFingerprint(cfg Config, src, realDest string, program func() string) ([32]byte, []articleTime, error) {
	f, err := startFingerprint(cfg, src, realDest)
	if err != nil {
		return [32]byte{}, nil, err
	}
	arts := f.listed()
	if err := f.lookAt(arts); err != nil {
		return [32]byte{}, nil, err
	}
	return f.finish(arts, program), arts, nil
}

// fingerprint is inputsFingerprint in steps: the settings and templates
// hashed and content/ listed (startFingerprint), every file of it looked
// at (lookAt, or by the build itself before it reads the file; see
// articleTime), then the whole hashed (finish).
type fingerprint struct {
	h       hash.Hash
	cdir    string
	entries []fs.DirEntry // of content/, in name order
}

// startFingerprint hashes the settings and templates and lists content/.
func startFingerprint(cfg Config, src, realDest string) (*fingerprint, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%q\x00%q\x00", cfg.BaseURL, realDest)
	if b, err := os.ReadFile(filepath.Join(src, siteConfigFile)); err == nil {
		fmt.Fprintf(h, "toml %d:", len(b))
		h.Write(b)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	tdir := filepath.Join(src, "templates")
	err := filepath.WalkDir(tdir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == tdir && errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "tmpl %q %d:", p, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return nil, err
	}
	cdir := filepath.Join(src, "content")
	entries, err := os.ReadDir(cdir)
	if err != nil {
		return nil, err
	}
	return &fingerprint{h: h, cdir: cdir, entries: entries}, nil
}

// listed returns the files of content/, in name order, not looked at yet.
func (f *fingerprint) listed() []articleTime {
	arts := make([]articleTime, len(f.entries))
	for i, e := range f.entries {
		arts[i] = articleTime{path: filepath.Join(f.cdir, e.Name()), entry: e}
	}
	return arts
}

// lookAt looks at each file of arts not looked at yet (os.Lstat).
func (f *fingerprint) lookAt(arts []articleTime) error {
	var todo []int
	var names []string
	for i := range arts {
		if arts[i].info == nil {
			todo = append(todo, i)
			names = append(names, arts[i].entry.Name())
		}
	}
	if len(todo) == 0 {
		return nil
	}
	lstat, done, err := lstatEach(f.cdir, names)
	if err != nil {
		return err
	}
	defer done()
	// The files are stat'ed by as many workers as there are cores (it is
	// mostly waiting for the system).
	errs := make([]error, len(todo))
	var wg sync.WaitGroup
	workers := max(1, min(runtime.GOMAXPROCS(0), len(todo)/512))
	for w := range workers {
		wg.Go(func() {
			for j := w; j < len(todo); j += workers {
				var fi fs.FileInfo
				if fi, errs[j] = lstat(j); fi != nil {
					arts[todo[j]].info, arts[todo[j]].mod = fi, fi.ModTime()
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// finish hashes every file of arts, all looked at, in name order, then the
// program's name.
func (f *fingerprint) finish(arts []articleTime, program func() string) [32]byte {
	var line []byte
	for _, a := range arts {
		fi := a.info
		line = appendArticleStamp(line[:0], a.entry.Name(), fi.Size(), fi.ModTime().UnixNano(), inode(fi), fi.Mode())
		f.h.Write(line)
	}
	fmt.Fprintf(f.h, "program %q\x00", program())
	var out [32]byte
	f.h.Sum(out[:0])
	return out
}
