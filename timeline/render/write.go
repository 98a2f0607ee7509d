package render

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// Write replaces the folder dest with a folder holding exactly files.
//
// The new site is assembled in a fresh hidden folder beside dest (so on the
// same file system) and swapped in with renames: dest is moved aside, the new
// folder moved in, and the old one removed. If anything fails before the
// swap, or ctx is cancelled, the temporary folder is removed and dest is left
// as it was. Write never touches anything outside dest and its temporary
// siblings. It assumes dest has been checked as a safe place to replace (see
// timeline.Build).
func Write(ctx context.Context, dest string, files []File) error {
	return write(ctx, dest, files, os.WriteFile)
}

// write is Write with the file writer as a parameter, for tests that make
// it fail half way.
func write(ctx context.Context, dest string, files []File, writeFile func(string, []byte, fs.FileMode) error) error {
	return replace(dest, func(tmp string) error { return writeAll(ctx, tmp, files, writeFile) })
}

// replace calls fill with a fresh empty folder beside dest (so on the same
// file system) and, if fill succeeds, swaps that folder in for dest (see
// swap). If fill fails, the folder is removed and dest left as it was.
func replace(dest string, fill func(tmp string) error) (err error) {
	dest, err = filepath.Abs(dest)
	if err != nil {
		return err
	}
	parent, base := filepath.Dir(dest), filepath.Base(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := fill(tmp); err != nil {
		return err
	}
	return swap(tmp, dest)
}

// writeAll writes files under the folder tmp.
func writeAll(ctx context.Context, tmp string, files []File, writeFile func(string, []byte, fs.FileMode) error) error {
	// Folders first, each once; then the files, in parallel.
	made := map[string]bool{}
	for _, f := range files {
		if !filepath.IsLocal(filepath.FromSlash(f.Path)) {
			return fmt.Errorf("render: output path %q is outside the site", f.Path)
		}
		d := filepath.Dir(filepath.Join(tmp, filepath.FromSlash(f.Path)))
		if !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(2 * runtime.GOMAXPROCS(0))
	for _, f := range files {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			return writeFile(filepath.Join(tmp, filepath.FromSlash(f.Path)), f.Data, 0o644)
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}

// swap moves the folder tmp to dest, replacing any folder there.
func swap(tmp, dest string) error {
	fi, err := os.Lstat(dest)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.Rename(tmp, dest)
	case err != nil:
		return err
	case !fi.IsDir():
		return fmt.Errorf("%s exists and is not a folder", dest)
	}
	old, err := os.MkdirTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".old-")
	if err != nil {
		return err
	}
	if err := os.Remove(old); err != nil {
		return err
	}
	if err := os.Rename(dest, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, dest); err != nil {
		if rerr := os.Rename(old, dest); rerr != nil {
			return fmt.Errorf("%w (and restoring %s from %s: %v)", err, dest, old, rerr)
		}
		return err
	}
	return os.RemoveAll(old)
}
