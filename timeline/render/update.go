package render

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/zeebo/xxh3"
	"golang.org/x/sync/errgroup"
)

// FileState is what a build knows of one file it left in a site folder.
type FileState struct {
	Size    int64
	ModTime int64 // nanoseconds since 1970, as the file system reports it
	Sum     Sum   // of the file's bytes
	Inputs  Sum   // fingerprint of the page's inputs (see Memo); zero when not memoized
}

// Manifest lists the files a build left in its destination folder. It lets
// the next build verify that the folder is as it was left, and rewrite only
// the files whose bytes change.
type Manifest struct {
	Dest  string // the folder, absolute
	Files map[string]FileState
}

// ErrStale is returned by Verify and Update when the destination is not as
// the manifest says (a file was edited, removed or replaced by hand, or the
// layout changed so that a file would take a folder's place): the caller
// must write the site whole.
var ErrStale = errors.New("render: the destination differs from the last build's manifest")

// Verify checks that every file of m is in m.Dest with the size and
// modification time it was left with. It does not notice files added to the
// folder by hand.
func (m *Manifest) Verify() error {
	return m.VerifyWith(max(2, runtime.GOMAXPROCS(0)))
}

// VerifyWith is Verify looking at the files on workers goroutines (at
// least one): a check run in the background while the build works takes
// fewer of its processors.
func (m *Manifest) VerifyWith(workers int) error {
	workers = max(1, workers)
	if m == nil || m.Dest == "" || len(m.Files) == 0 {
		return ErrStale
	}
	dir, err := openSiteDir(m.Dest)
	if err != nil {
		return ErrStale
	}
	defer dir.close()
	paths := make([]string, 0, len(m.Files))
	for p := range m.Files {
		paths = append(paths, p)
	}
	var bad atomic.Bool
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(paths) && !bad.Load(); i += workers {
				st := m.Files[paths[i]]
				regular, size, mtime, err := dir.statAt(paths[i])
				if err != nil || !regular || size != st.Size || mtime != st.ModTime {
					bad.Store(true)
					return
				}
			}
		})
	}
	wg.Wait()
	if bad.Load() {
		return ErrStale
	}
	return nil
}

// ManifestOf returns the manifest of dest after files were written there
// whole (by Write), reading each file's time from the folder.
func ManifestOf(dest string, files []File, inputs map[string]Sum) (*Manifest, error) {
	dest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	m := &Manifest{Dest: dest, Files: make(map[string]FileState, len(files))}
	for _, f := range files {
		fi, err := os.Lstat(filepath.Join(dest, filepath.FromSlash(f.Path)))
		if err != nil {
			return nil, err
		}
		m.Files[f.Path] = FileState{Size: fi.Size(), ModTime: fi.ModTime().UnixNano(), Sum: sumOf(f.Data), Inputs: inputs[f.Path]}
	}
	return m, nil
}

// sumsOf returns the Sum of each file's Data (zero for nil Data), hashed
// on every processor: a site's largest files (timeline.json, the feeds)
// are tens of megabytes.
func sumsOf(files []File) []Sum {
	sums := make([]Sum, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				if files[i].Data != nil {
					sums[i] = sumOf(files[i].Data)
				}
			}
		})
	}
	wg.Wait()
	return sums
}

// sumOf returns the change-detecting Sum of b: XXH3's 128-bit hash. It is
// not cryptographic; it tells the bytes a build wrote (or the inputs a
// page was made of) from changed ones, where a collision by chance is
// about 2^-64 likely among 2^32 files, and nobody gains by forging one: a
// file edited to collide is still caught by its size and time (Verify).
func sumOf(b []byte) Sum { return Sum(xxh3.Hash128(b).Bytes()) }

// journal is the plan of an update, written before any file of the
// destination is touched, so that an update cut short is completed by the
// next one (see Recover).
type journal struct {
	Stage   string      `json:"stage"`   // the folder holding the new files
	Renames [][2]string `json:"renames"` // staged file name, destination path
	Deletes []string    `json:"deletes"` // destination paths to remove
}

func journalPath(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".journal")
}

// Update makes dest, which prev describes and Verify found intact, hold
// exactly files, touching only what changed: a file whose bytes are those
// of the last build is left alone (its time and inode too, so that sync
// tools skip it), a file listed with nil Data (kept by a Memo) must be in
// prev and is left alone, a changed or new file replaces the old one by a
// rename, and a file no longer built is removed. It returns the new
// manifest.
//
// The new files are first written into a folder beside dest and a journal
// of the renames is committed; only then is dest changed. A failure before
// the commit leaves dest as it was; an update interrupted after it is
// completed by Recover, which Update calls first. While the renames run, a
// reader of dest may see some pages new and others old.
func Update(ctx context.Context, dest string, files []File, prev *Manifest) (*Manifest, error) {
	dest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	if err := Recover(dest); err != nil {
		return nil, err
	}
	if prev == nil || prev.Dest != dest {
		return nil, ErrStale
	}
	next := &Manifest{Dest: dest, Files: make(map[string]FileState, len(files))}
	sums := sumsOf(files)
	var changed []File
	var added []string // the paths prev does not have
	for i, f := range files {
		if !fs.ValidPath(f.Path) || f.Path == "." {
			return nil, fmt.Errorf("render: output path %q is outside the site", f.Path)
		}
		old, had := prev.Files[f.Path]
		if !had {
			added = append(added, f.Path)
		}
		if f.Data == nil {
			if !had {
				return nil, ErrStale // a kept page the last build did not write
			}
			next.Files[f.Path] = old
			continue
		}
		sum := sums[i]
		if had && old.Sum == sum && old.Size == int64(len(f.Data)) {
			next.Files[f.Path] = old
			continue
		}
		next.Files[f.Path] = FileState{Size: int64(len(f.Data)), Sum: sum}
		changed = append(changed, f)
	}
	var deletes []string
	if len(prev.Files) > len(next.Files)-len(added) {
		// Some of prev's files are no longer built.
		for p := range prev.Files {
			if _, ok := next.Files[p]; !ok {
				deletes = append(deletes, p)
			}
		}
		sort.Strings(deletes)
	}
	if len(changed) == 0 && len(deletes) == 0 {
		return next, nil
	}
	if conflictAdded(prev, next, added) {
		return nil, ErrStale
	}

	// Stage the new files, flat, beside dest.
	stage, err := os.MkdirTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".new-")
	if err != nil {
		return nil, err
	}
	committed := false
	defer func() {
		if !committed {
			os.RemoveAll(stage)
		}
	}()
	j := journal{Stage: stage, Deletes: deletes}
	for i, f := range changed {
		j.Renames = append(j.Renames, [2]string{fmt.Sprint(i), f.Path})
	}
	// Written on every processor: the largest files take a while.
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, f := range changed {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(stage, j.Renames[i][0]), f.Data, 0o644)
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b, err := json.Marshal(j)
	if err != nil {
		return nil, err
	}
	tmp := journalPath(dest) + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		os.Remove(tmp)
		return nil, err
	}
	if err := os.Rename(tmp, journalPath(dest)); err != nil { // the commit
		os.Remove(tmp)
		return nil, err
	}
	committed = true
	if err := apply(dest, j); err != nil {
		return nil, err
	}
	for _, f := range changed {
		fi, err := os.Lstat(filepath.Join(dest, filepath.FromSlash(f.Path)))
		if err != nil {
			return nil, err
		}
		st := next.Files[f.Path]
		st.ModTime = fi.ModTime().UnixNano()
		next.Files[f.Path] = st
	}
	return next, nil
}

// conflict reports whether a new file would take the place of an old
// folder or an old file the place of a new folder: cases an in-place update
// does not handle. prev is a folder's (no file of it is in another's
// place), so only the files next adds can conflict; a few are checked one
// by one.
func conflict(prev, next *Manifest) bool {
	var added []string
	for p := range next.Files {
		if _, ok := prev.Files[p]; !ok {
			added = append(added, p)
		}
	}
	return conflictAdded(prev, next, added)
}

// conflictAdded is conflict knowing the files next adds to prev.
func conflictAdded(prev, next *Manifest, added []string) bool {
	if len(added) > 64 {
		return conflictAll(prev, next)
	}
	for _, p := range added {
		for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
			if _, ok := prev.Files[dir]; ok {
				return true // an old file where the new one needs a folder
			}
		}
		for q := range prev.Files {
			if len(q) > len(p) && q[len(p)] == '/' && strings.HasPrefix(q, p) {
				return true // an old folder where the new file goes
			}
		}
	}
	return false
}

// conflictAll is conflict comparing every file's folders.
func conflictAll(prev, next *Manifest) bool {
	dirs := func(m *Manifest) map[string]bool {
		d := map[string]bool{}
		for p := range m.Files {
			for dir := path.Dir(p); dir != "." && !d[dir]; dir = path.Dir(dir) {
				d[dir] = true
			}
		}
		return d
	}
	prevDirs, nextDirs := dirs(prev), dirs(next)
	for p := range next.Files {
		if prevDirs[p] {
			return true
		}
	}
	for p := range prev.Files {
		if nextDirs[p] {
			return true
		}
	}
	return false
}

// apply carries out a committed journal: it moves the staged files into
// place and removes the deleted ones (and folders left empty), then removes
// the stage and the journal. It can be run again after an interruption.
func apply(dest string, j journal) error {
	for _, r := range j.Renames {
		from := filepath.Join(j.Stage, r[0])
		to := filepath.Join(dest, filepath.FromSlash(r[1]))
		if _, err := os.Lstat(from); errors.Is(err, fs.ErrNotExist) {
			continue // moved before an interruption
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.Rename(from, to); err != nil {
			return err
		}
	}
	for _, p := range j.Deletes {
		to := filepath.Join(dest, filepath.FromSlash(p))
		if err := os.Remove(to); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		// Remove the folders the file leaves empty, up to dest.
		for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
			if os.Remove(filepath.Join(dest, filepath.FromSlash(dir))) != nil {
				break
			}
		}
	}
	if err := os.RemoveAll(j.Stage); err != nil {
		return err
	}
	return os.Remove(journalPath(dest))
}

// Recover completes an update of dest that was interrupted after its
// journal was committed. Without a journal it does nothing.
func Recover(dest string) error {
	dest, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(journalPath(dest))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var j journal
	if err := json.Unmarshal(b, &j); err != nil || !strings.HasPrefix(filepath.Base(j.Stage), "."+filepath.Base(dest)+".new-") ||
		filepath.Dir(j.Stage) != filepath.Dir(dest) {
		return fmt.Errorf("render: %s is not a journal this program wrote; remove it to build", journalPath(dest))
	}
	for _, r := range j.Renames {
		if !fs.ValidPath(r[1]) || strings.ContainsAny(r[0], `/\`) {
			return fmt.Errorf("render: %s names a path outside the site", journalPath(dest))
		}
	}
	for _, p := range j.Deletes {
		if !fs.ValidPath(p) {
			return fmt.Errorf("render: %s names a path outside the site", journalPath(dest))
		}
	}
	return apply(dest, j)
}
