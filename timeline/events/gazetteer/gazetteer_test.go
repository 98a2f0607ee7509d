package gazetteer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct {
		reason, name   string
		want, kind, in string
	}{
		{"a capital", "Paris", "Paris", City, ""},
		{"English exonym of a local name", "Geneva", "Geneva", City, ""},
		{"a US state is a region", "Florida", "Florida", Region, ""},
		{"a country wins over a US state", "Georgia", "Georgia", Country, ""},
		{"a venue with its city", "Elysée Palace", "Élysée Palace", Venue, "Paris"},
		{"diacritics ignored", "Elysee Palace", "Élysée Palace", Venue, "Paris"},
		{"case ignored", "the kremlin"[4:], "Kremlin", Venue, "Moscow"},
		{"Oval Office", "Oval Office", "Oval Office", Venue, "Washington"},
		{"a mid-sized city", "Sumy", "Sumy", City, ""},
		{"country alias", "Britain", "United Kingdom", Country, ""},
	}
	for _, tt := range tests {
		p, ok := g.Lookup(tt.name)
		if !ok || p.Name != tt.want || p.Kind != tt.kind || p.In != tt.in {
			t.Errorf("%s: Lookup(%q) = %+v, %v; want %s %s in %q", tt.reason, tt.name, p, ok, tt.want, tt.kind, tt.in)
		}
	}
	for _, name := range []string{"Witkoff", "Monday", "Talks"} {
		if p, ok := g.Lookup(name); ok {
			t.Errorf("Lookup(%q) = %+v, want none", name, p)
		}
	}
}

// TestKeyFastPath checks that a name Key returns unchanged is exactly one
// that Key's full normalisation leaves as it is.
func TestKeyFastPath(t *testing.T) {
	cases := []struct {
		name, want, reason string
	}{
		{"new york", "new york", "already normal: returned as is"},
		{"New York", "new york", "upper case is lowered"},
		{" new york", "new york", "a leading space goes"},
		{"new york ", "new york", "a trailing space goes"},
		{"new  york", "new york", "a double space is one"},
		{"new\tyork", "new york", "a tab is a space"},
		{"são paulo", "sao paulo", "a diacritic is folded"},
		{"", "", "empty stays empty"},
		{"o'brien", "o'brien", "an ASCII apostrophe stays"},
	}
	for _, c := range cases {
		if got := Key(c.name); got != c.want {
			t.Errorf("Key(%q) = %q, want %q (%s)", c.name, got, c.want, c.reason)
		}
		if isKey(c.name) != (c.name == c.want) {
			t.Errorf("isKey(%q) = %v, want %v (%s)", c.name, isKey(c.name), c.name == c.want, c.reason)
		}
	}
}

// FuzzKeyBuilder checks that a KeyBuilder fed a name in two pieces gives
// exactly Key of the whole name, and that LookupKey finds what Lookup does.
func FuzzKeyBuilder(f *testing.F) {
	for _, s := range []string{"New York", " São  Paulo ", "Élysée\tPalace", "o’Brien", "", "ß", "\xff", "new york", "a  b", "x "} {
		f.Add(s, 3)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, name string, cut int) {
		if cut < 0 || cut > len(name) {
			cut = len(name) / 2
		}
		for cut > 0 && cut < len(name) && !utf8.RuneStart(name[cut]) {
			cut-- // pieces are whole strings: cut between runes
		}
		var k KeyBuilder
		k.WriteString("junk")
		k.Reset()
		k.WriteString(name[:cut])
		k.WriteString(name[cut:])
		want := Key(name)
		if got := string(k.Bytes()); got != want && utf8.ValidString(name) {
			t.Fatalf("KeyBuilder(%q | %q) = %q, Key = %q", name[:cut], name[cut:], got, want)
		}
		// WriteKeyWord is WriteString for a piece Key keeps as it is.
		var w KeyBuilder
		w.WriteString(name[:cut])
		rest := name[cut:]
		kept := true
		for i := 0; i < len(rest); i++ {
			kept = kept && rest[i] < utf8.RuneSelf && keyKeeps[rest[i]]
		}
		if kept {
			k.Reset()
			k.WriteString(name[:cut])
			k.WriteString(rest)
			w.WriteKeyWord(rest)
			if string(w.Bytes()) != string(k.Bytes()) {
				t.Fatalf("WriteKeyWord(%q) after %q = %q, WriteString gives %q", rest, name[:cut], w.Bytes(), k.Bytes())
			}
		}
		if utf8.ValidString(name) {
			p1, ok1 := g.Lookup(name)
			p2, ok2 := g.LookupKey(k.Bytes())
			if p1 != p2 || ok1 != ok2 {
				t.Fatalf("LookupKey(%q) = %v %v, Lookup = %v %v", name, p2, ok2, p1, ok1)
			}
		}
	})
}

// TestLookupKeyFindsEveryName checks that the Bloom filter in front of
// LookupKey and LookupKeyString turns no name of the gazetteer away.
func TestLookupKeyFindsEveryName(t *testing.T) {
	g := Default()
	for key, want := range g.byKey {
		if got, ok := g.LookupKey([]byte(key)); !ok || got != want {
			t.Errorf("LookupKey(%q) = %+v, %v; want %+v", key, got, ok, want)
		}
		if got, ok := g.LookupKeyString(key); !ok || got != want {
			t.Errorf("LookupKeyString(%q) = %+v, %v; want %+v", key, got, ok, want)
		}
	}
}

// TestLookupKeyMissing checks that LookupKey and LookupKeyString find
// nothing for keys that are not in the gazetteer, as the map says.
func TestLookupKeyMissing(t *testing.T) {
	g := Default()
	n := 0
	for key := range g.byKey {
		for _, k := range []string{key + "x", "x" + key, key + " " + key, strings.ToUpper(key)} {
			want, wantOK := g.byKey[k]
			if got, ok := g.LookupKey([]byte(k)); ok != wantOK || got != want {
				t.Errorf("LookupKey(%q) = %+v, %v; want %+v, %v", k, got, ok, want, wantOK)
			}
			if got, ok := g.LookupKeyString(k); ok != wantOK || got != want {
				t.Errorf("LookupKeyString(%q) = %+v, %v; want %+v, %v", k, got, ok, want, wantOK)
			}
		}
		if n++; n == 2000 {
			break
		}
	}
}
