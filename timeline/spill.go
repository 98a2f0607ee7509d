package timeline

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/newsroom/timeline/timeline/content"
)

// bodySpill keeps the HTML bodies of a lean build's articles in a
// temporary file from when each article is read until its page is
// rendered: the bodies are the largest part of the articles and nothing
// between reading and rendering looks at them, so the build's peak memory
// (while events are merged) does not hold them. It is safe for concurrent
// use.
type bodySpill struct {
	mu  sync.Mutex
	f   *os.File
	w   *bufio.Writer
	n   int64
	at  map[*content.Article]span
	err error
	// removed: the file's name is gone already (see newBodySpill).
	removed bool
}

// span is where a body lies in the spill file.
type span struct{ off, n int64 }

// newBodySpill creates the spill file in dir ("" for the system's
// temporary folder). Where the system allows it (Unix), the file's name is
// removed at once, so that nothing is left behind even by a build that is
// killed.
func newBodySpill(dir string) (*bodySpill, error) {
	f, err := os.CreateTemp(dir, "timeline-bodies-")
	if err != nil {
		return nil, err
	}
	removed := os.Remove(f.Name()) == nil
	return &bodySpill{f: f, w: bufio.NewWriterSize(f, 256<<10), at: map[*content.Article]span{}, removed: removed}, nil
}

// put moves a's body into the file, leaving a.HTML empty. A body that
// cannot be written stays in memory.
func (s *bodySpill) put(a *content.Article) {
	if a.HTML == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return
	}
	if _, err := s.w.WriteString(a.HTML); err != nil {
		s.err = err
		return
	}
	s.at[a] = span{s.n, int64(len(a.HTML))}
	s.n += int64(len(a.HTML))
	a.HTML = ""
}

// restore puts every spilled body back into its article, all in one
// string read from the file.
func (s *bodySpill) restore() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.at) == 0 {
		return nil
	}
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("spilled article bodies: %w", err)
	}
	var b strings.Builder
	b.Grow(int(s.n))
	if _, err := io.Copy(&b, io.NewSectionReader(s.f, 0, s.n)); err != nil {
		return fmt.Errorf("spilled article bodies: %w", err)
	}
	if int64(b.Len()) != s.n {
		return fmt.Errorf("spilled article bodies: read %d bytes of %d", b.Len(), s.n)
	}
	all := b.String()
	for a, sp := range s.at {
		a.HTML = all[sp.off : sp.off+sp.n]
	}
	s.at = map[*content.Article]span{}
	return nil
}

// close closes and removes the spill file.
func (s *bodySpill) close() {
	s.f.Close()
	if !s.removed {
		os.Remove(s.f.Name())
	}
}
