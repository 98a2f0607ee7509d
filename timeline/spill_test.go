package timeline

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/newsroom/timeline/timeline/content"
)

// TestBodySpill: bodies put from several goroutines leave memory and come
// back whole, each to its own article; close removes the file.
func TestBodySpill(t *testing.T) {
	s, err := newBodySpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	arts := make([]*content.Article, 300)
	var wg sync.WaitGroup
	for i := range arts {
		arts[i] = &content.Article{Slug: fmt.Sprint(i), HTML: fmt.Sprintf("<p>body %d %s</p>", i, make([]byte, i*37))}
		if i%10 == 0 {
			arts[i].HTML = "" // an empty body stays empty
		}
	}
	want := make([]string, len(arts))
	for i, a := range arts {
		want[i] = a.HTML
	}
	for _, a := range arts {
		wg.Add(1)
		go func() { defer wg.Done(); s.put(a) }()
	}
	wg.Wait()
	for i, a := range arts {
		if a.HTML != "" {
			t.Fatalf("article %d kept its body after put", i)
		}
	}
	if err := s.restore(); err != nil {
		t.Fatal(err)
	}
	for i, a := range arts {
		if a.HTML != want[i] {
			t.Errorf("article %d: body %q after restore, want %q", i, a.HTML, want[i])
		}
	}
	name := s.f.Name()
	s.close()
	if _, err := os.Stat(name); err == nil {
		t.Errorf("close left the spill file %s", name)
	}
}
