package timeline

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// checkDestination returns dest as an absolute path with symlinks resolved
// if a build may replace it, or an error saying why not: it is the file
// system root, the source folder or a parent of it, the source's content/ or
// templates/ folder or inside them, not a folder, or a non-empty folder that
// was not written by a build (it has no timeline.json).
func checkDestination(src, dest string) (string, error) {
	s, err := resolve(src)
	if err != nil {
		return "", fmt.Errorf("source %s: %w", src, err)
	}
	d, err := resolve(dest)
	if err != nil {
		return "", fmt.Errorf("destination %s: %w", dest, err)
	}
	refuse := func(why string) (string, error) {
		return "", fmt.Errorf("refusing to replace destination %s: %s", dest, why)
	}
	switch {
	case filepath.Dir(d) == d:
		return refuse("it is the file system root")
	case d == s:
		return refuse("it is the source folder")
	case within(s, d):
		return refuse("it holds the source folder")
	}
	for _, sub := range []string{"content", "templates"} {
		if within(d, filepath.Join(s, sub)) {
			return refuse("it is the source's " + sub + "/ folder or inside it")
		}
	}
	fi, err := os.Stat(d)
	if errors.Is(err, fs.ErrNotExist) {
		return d, nil
	}
	if err != nil {
		return "", err
	}
	if !fi.IsDir() {
		return refuse("it is not a folder")
	}
	entries, err := os.ReadDir(d)
	if err != nil {
		return "", err
	}
	if len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(d, "timeline.json")); err != nil {
			return refuse("it is not empty and holds no timeline.json, so it is not a site this program built")
		}
	}
	return d, nil
}

// within reports whether path is dir or inside it; both are clean and
// absolute.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && filepath.IsLocal(rel) || rel == "."
}

// resolve makes p absolute and resolves the symlinks of its longest
// existing prefix; the rest need not exist.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for cur := abs; ; {
		r, err := filepath.EvalSymlinks(cur)
		if err == nil {
			return filepath.Join(r, rest), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}
