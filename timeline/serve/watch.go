package serve

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// DefaultDebounce is how long a Watcher waits for changes to settle.
const DefaultDebounce = 100 * time.Millisecond

// A Watcher reports changes to a set of files and folders. A folder is
// watched with everything under it, including folders created after the
// Watcher was; a file is watched through its parent folder, so that a file
// replaced by renaming another over it (as many editors save) or created
// later is still seen.
type Watcher struct {
	fs    *fsnotify.Watcher
	roots []string // absolute, cleaned
}

// NewWatcher starts watching paths: when it returns, every change to them is
// seen. A path that does not exist yet is watched for its creation, but its
// parent folder must exist. The Watcher must be closed, by Close or by Run
// returning.
func NewWatcher(paths ...string) (*Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	}
	w := &Watcher{fs: fw}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			fw.Close()
			return nil, fmt.Errorf("watch %s: %w", p, err)
		}
		w.roots = append(w.roots, abs)
	}
	added := map[string]bool{}
	for _, root := range w.roots {
		parent := filepath.Dir(root)
		if !added[parent] {
			if err := fw.Add(parent); err != nil {
				fw.Close()
				return nil, fmt.Errorf("watch %s: %w", parent, err)
			}
			added[parent] = true
		}
		if info, err := os.Stat(root); err == nil && info.IsDir() {
			if err := w.addTree(root, added); err != nil {
				fw.Close()
				return nil, err
			}
		}
	}
	return w, nil
}

// addTree watches dir and every folder under it.
func (w *Watcher) addTree(dir string, added map[string]bool) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // removed while walking
			}
			return err
		}
		if !d.IsDir() || added[p] {
			return nil
		}
		if p != dir && ignored(d.Name()) {
			return filepath.SkipDir
		}
		if err := w.fs.Add(p); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return filepath.SkipDir
			}
			return fmt.Errorf("watch %s: %w", p, err)
		}
		added[p] = true
		return nil
	})
}

// Close stops watching.
func (w *Watcher) Close() error { return w.fs.Close() }

// Run calls onChange with the changed paths (sorted, absolute) once changes
// have settled: after debounce (DefaultDebounce when zero) without a new one.
// Changes made while onChange runs are reported in a later call, so a burst
// of changes costs at most two calls. A lost notification (the system's queue
// overflowed) is reported as a change to every watched path. Run returns
// when ctx is done, and closes the Watcher.
func (w *Watcher) Run(ctx context.Context, debounce time.Duration, onChange func(changed []string)) error {
	defer w.fs.Close()
	if debounce <= 0 {
		debounce = DefaultDebounce
	}
	timer := time.NewTimer(debounce)
	timer.Stop()
	changed := map[string]bool{}
	added := map[string]bool{} // folders added since the start; re-adding is harmless
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil
		case ev, ok := <-w.fs.Events:
			if !ok {
				return nil
			}
			if !w.relevant(ev) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
					clear(added)
					_ = w.addTree(ev.Name, added) // a failure here is seen as a missed change at worst
				}
			}
			changed[ev.Name] = true
			timer.Reset(debounce)
		case _, ok := <-w.fs.Errors:
			if !ok {
				return nil
			}
			for _, r := range w.roots {
				changed[r] = true
			}
			timer.Reset(debounce)
		case <-timer.C:
			paths := make([]string, 0, len(changed))
			for p := range changed {
				paths = append(paths, p)
			}
			slices.Sort(paths)
			clear(changed)
			onChange(paths)
		}
	}
}

// relevant reports whether ev concerns a watched path: a root or something
// under a root folder, other than editors' hidden and backup files, and more
// than a change of permissions.
func (w *Watcher) relevant(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod || ev.Op == 0 {
		return false
	}
	for _, root := range w.roots {
		if ev.Name == root {
			return true
		}
		rel, ok := strings.CutPrefix(ev.Name, root+string(filepath.Separator))
		if !ok {
			continue
		}
		for _, elem := range strings.Split(rel, string(filepath.Separator)) {
			if ignored(elem) {
				return false
			}
		}
		return true
	}
	return false
}

// ignored reports whether a file or folder name is an editor's or the
// system's scratch file rather than part of a site, so that saving an
// article neither triggers extra rebuilds nor names such files in the
// terminal: hidden names (Vim's .foo.md.swp, Emacs's .#foo.md lock,
// .DS_Store), backups ending in "~", Emacs's #foo.md# auto-saves, Vim's
// write probe (a name of digits alone, such as 4913), swap, temporary and
// backup extensions (.swp, .swo, .swx, .tmp, .temp, .bak, .crswap,
// .kate-swp), JetBrains' foo.md___jb_tmp___ and Office's ~$foo locks.
func ignored(name string) bool {
	if name == "" {
		return false
	}
	switch {
	case strings.HasPrefix(name, "."),
		strings.HasSuffix(name, "~"),
		strings.HasPrefix(name, "~$"),
		len(name) > 1 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"),
		strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"):
		return true
	}
	if strings.Trim(name, "0123456789") == "" {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".swp", ".swo", ".swx", ".tmp", ".temp", ".bak", ".crswap", ".kate-swp":
		return true
	}
	return false
}
