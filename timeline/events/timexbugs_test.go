package events

import (
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/timex"
)

// TestTimexKnownBugs records the date tagger's readings that the blind test
// articles found wrong, for the tagger's owner. Each case is skipped while
// the bug stands; the events package guards against some of them (noted).
func TestTimexKnownBugs(t *testing.T) {
	tests := []struct {
		reason, text, ref, expr, want string // want: the start..end the expression should have
	}{
