package gazetteer

import "testing"

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
