package serve

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestIgnored(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
		why  string
	}{
		{"levee.md", false, "an article"},
		{"2024-floods.md", false, "an article named by digits and a word"},
		{"style.css", false, "a template asset"},
		{"index.html", false, "a template"},
		{"timeline.toml", false, "the site settings"},
		{".levee.md.swp", true, "Vim's swap file"},
		{".levee.md.swx", true, "Vim's second swap file"},
		{"levee.md.swp", true, "a swap file kept beside (Vim's directory option)"},
		{"levee.md~", true, "a backup"},
		{"4913", true, "Vim's probe of whether the folder is writable"},
		{"5036", true, "Vim's next probe name"},
		{".#levee.md", true, "Emacs's lock"},
		{"#levee.md#", true, "Emacs's auto-save"},
		{"levee.md.tmp", true, "a temporary file of an atomic save"},
		{"levee.TMP", true, "temporary, in capitals"},
		{"levee.md.bak", true, "a backup copy"},
		{"levee.md___jb_tmp___", true, "JetBrains' safe write"},
		{"~$levee.md", true, "an Office lock"},
		{".DS_Store", true, "macOS folder metadata"},
		{"#", false, "a lone # is a name, not an auto-save"},
	} {
		if got := ignored(tc.name); got != tc.want {
			t.Errorf("ignored(%q) = %v, want %v (%s)", tc.name, got, tc.want, tc.why)
		}
	}
}

// TestWatcherIgnoresEditorFiles saves an article the way editors do,
// scratch files first: only the article is reported, and scratch files
// alone report nothing.
func TestWatcherIgnoresEditorFiles(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	if err := os.Mkdir(content, 0o755); err != nil {
		t.Fatal(err)
	}
	w, err := NewWatcher(content)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls := make(chan []string, 10)
	go w.Run(ctx, 30*time.Millisecond, func(changed []string) { calls <- changed })

	write := func(name string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(content, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	remove := func(name string) {
		t.Helper()
		if err := os.Remove(filepath.Join(content, name)); err != nil {
			t.Fatal(err)
		}
	}
	scratch := []string{".levee.md.swp", "4913", "levee.md~", ".#levee.md", "levee.md.tmp", "#levee.md#"}
	for _, n := range scratch {
		write(n)
	}
	for _, n := range scratch {
		remove(n)
	}
	select {
	case got := <-calls:
		t.Fatalf("scratch files alone reported %v", got)
	case <-time.After(300 * time.Millisecond):
	}

	for _, n := range scratch {
		write(n)
	}
	write("levee.md")
	select {
	case got := <-calls:
		want := []string{filepath.Join(content, "levee.md")}
		if !slices.Equal(got, want) {
			t.Errorf("reported %v, want only %v", got, want)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("saving the article reported nothing")
	}
}
