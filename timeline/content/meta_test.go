package content

import (
	"regexp"
	"testing"
)

// slugPattern is what validSlug checks, as a regular expression.
var slugPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

func TestValidSlug(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
		why  string
	}{
		{"dam-holds", true, "words and a hyphen"},
		{"a", true, "one letter"},
		{"2025-12-01-vote", true, "digits"},
		{"", false, "empty"},
		{"-dam", false, "leading hyphen"},
		{"dam-", false, "trailing hyphen"},
		{"dam--holds", false, "double hyphen"},
		{"Dam", false, "upper case"},
		{"dam_holds", false, "underscore"},
		{"dam holds", false, "space"},
		{"café", false, "non-ASCII letter"},
		{"dam\n", false, "a final new line ($ is the end of the text)"},
		{string(make([]byte, 201)), false, "over 200 bytes"},
	} {
		if got := validSlug(c.s); got != c.want {
			t.Errorf("validSlug(%q) = %v, want %v (%s)", c.s, got, c.want, c.why)
		}
	}
	long := make([]byte, 200)
	for i := range long {
		long[i] = 'a'
	}
	if !validSlug(string(long)) || validSlug(string(long)+"a") {
		t.Error("validSlug: 200 bytes are allowed, 201 are not")
	}
}

// FuzzValidSlug holds validSlug to the pattern it implements.
func FuzzValidSlug(f *testing.F) {
	for _, s := range []string{"dam-holds", "-a", "a-", "a--b", "A", "a_b", "", "é", "a\n", "0-9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := len(s) <= 200 && slugPattern.MatchString(s)
		if got := validSlug(s); got != want {
			t.Fatalf("validSlug(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}
