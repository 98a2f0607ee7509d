// Package gazetteer names places: countries, first-level regions, cities and
// venues, from data embedded at build time (see README.md for the sources and
// their licences). It does no I/O at run time.
package gazetteer

//go:generate go run ./internal/gen -cities $ATC -countries $CL -regions $CRD -o places.tsv

import (
	_ "embed"
	"hash/maphash"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kinds of place.
const (
	Country = "country"
	Region  = "region"
	City    = "city"
	Venue   = "venue"
)

// Place is one named place.
type Place struct {
	Name       string // the name to show: "Geneva", "Élysée Palace", "Florida"
	Kind       string // Country, Region, City or Venue
	Country    string // the country it lies in (itself for a country)
	In         string // for a venue, the city or region it stands in
	Population int    // for a city, from GeoNames; 0 when unknown
}

// Gazetteer looks places up by name. It is immutable and safe for
// concurrent use.
type Gazetteer struct {
	byKey    map[string]Place
	maxWords int
	// filter is a Bloom filter of the keys (two bits of a hash with seed
	// each), so that LookupKey turns most names that are no place away
	// without probing byKey. It has no false negatives.
	seed   maphash.Seed
	filter []uint64
	// slots is an open-addressing table of the keys by the same hash
	// (at most half full), so that a key the filter lets through is
	// found without hashing it again: a slot holds the hash and one
	// more than the index of the key in keys and its place in places,
	// or 0 when it is empty.
	slots  []slot
	keys   []string
	places []Place
}

// A slot is one entry of Gazetteer.slots.
type slot struct {
	hash uint64
	i    int // 1 + the index in keys and places; 0 for an empty slot
}

//go:embed places.tsv
var placesTSV string

//go:embed curated.tsv
var curatedTSV string

// Default returns the gazetteer built from the embedded data. It is built
// once, on first use, and shared read-only.
func Default() *Gazetteer { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	return New(placesTSV, curatedTSV)
})

// New builds a gazetteer from places.tsv-style data (name, kind, country,
// code, population) and curated.tsv-style data (name, kind, display, in,
// country). Curated entries win over generated ones with the same name.
// Among generated entries with the same name, a country wins over a city of
// at least 500,000 people, which wins over a region, which wins over a
// smaller city; ties go to the larger population.
func New(places, curated string) *Gazetteer {
	g := &Gazetteer{byKey: make(map[string]Place)}
	for _, line := range strings.Split(places, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 5 || strings.HasPrefix(line, "#") {
			continue
		}
		pop, _ := strconv.Atoi(f[4])
		g.add(f[0], Place{Name: f[0], Kind: f[1], Country: f[2], Population: pop}, false)
	}
	for _, line := range strings.Split(curated, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 5 || strings.HasPrefix(line, "#") {
			continue
		}
		g.add(f[0], Place{Name: f[2], Kind: f[1], In: f[3], Country: f[4]}, true)
	}
	bits := 64
	for bits < 16*len(g.byKey) {
		bits *= 2
	}
	g.seed, g.filter = maphash.MakeSeed(), make([]uint64, bits/64)
	n := 8
	for n < 2*len(g.byKey) {
		n *= 2
	}
	g.slots = make([]slot, n)
	for key, p := range g.byKey {
		h := maphash.String(g.seed, key)
		a, b := g.bits(h)
		g.filter[a/64] |= 1 << (a % 64)
		g.filter[b/64] |= 1 << (b % 64)
		g.keys, g.places = append(g.keys, key), append(g.places, p)
		i := h & uint64(n-1)
		for g.slots[i].i != 0 {
			i = (i + 1) & uint64(n-1)
		}
		g.slots[i] = slot{hash: h, i: len(g.keys)}
	}
	return g
}

// maybe reports whether the filter lets a key of hash h through.
func (g *Gazetteer) maybe(h uint64) bool {
	a, b := g.bits(h)
	return g.filter[a/64]&(1<<(a%64)) != 0 && g.filter[b/64]&(1<<(b%64)) != 0
}

// find returns the index in g.keys of key, whose hash is h, or -1.
func (g *Gazetteer) find(h uint64, key string) int {
	mask := uint64(len(g.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &g.slots[i]
		if s.i == 0 {
			return -1
		}
		if s.hash == h && g.keys[s.i-1] == key {
			return s.i - 1
		}
	}
}

// findBytes is find for a key held in bytes.
func (g *Gazetteer) findBytes(h uint64, key []byte) int {
	mask := uint64(len(g.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &g.slots[i]
		if s.i == 0 {
			return -1
		}
		if s.hash == h && g.keys[s.i-1] == string(key) { // the conversion does not copy
			return s.i - 1
		}
	}
}

// bits are the two bits of the filter that hash h sets.
func (g *Gazetteer) bits(h uint64) (uint64, uint64) {
	mask := uint64(len(g.filter)*64 - 1)
	return h & mask, h >> 32 & mask
}

func rank(p Place) int {
	switch {
	case p.Kind == Country:
		return 4
	case p.Kind == City && p.Population >= 500000:
		return 3
	case p.Kind == Region:
		return 2
	}
	return 1
}

func (g *Gazetteer) add(name string, p Place, override bool) {
	key := Key(name)
	if key == "" {
		return
	}
	if old, ok := g.byKey[key]; ok && !override {
		if rank(old) > rank(p) || rank(old) == rank(p) && old.Population >= p.Population {
			return
		}
	}
	g.byKey[key] = p
	if n := len(strings.Fields(name)); n > g.maxWords {
		g.maxWords = n
	}
}

// Lookup returns the place named name, compared without regard to case or
// diacritics ("Elysee Palace" finds the Élysée Palace).
func (g *Gazetteer) Lookup(name string) (Place, bool) {
	p, ok := g.byKey[Key(name)]
	return p, ok
}

// LookupKey is Lookup for a name already normalised by Key or a
// KeyBuilder; it does not allocate.
func (g *Gazetteer) LookupKey(key []byte) (Place, bool) {
	if p := g.FindKey(key); p != nil {
		return *p, true
	}
	return Place{}, false
}

// LookupKeyString is LookupKey for a key held in a string.
func (g *Gazetteer) LookupKeyString(key string) (Place, bool) {
	if p := g.FindKeyString(key); p != nil {
		return *p, true
	}
	return Place{}, false
}

// FindKey is LookupKey that returns the gazetteer's own place, which the
// caller must not modify, or nil: no place is copied.
func (g *Gazetteer) FindKey(key []byte) *Place {
	h := maphash.Bytes(g.seed, key)
	if !g.maybe(h) {
		return nil // surely not a place
	}
	if i := g.findBytes(h, key); i >= 0 {
		return &g.places[i]
	}
	return nil
}

// FindKeyString is FindKey for a key held in a string.
func (g *Gazetteer) FindKeyString(key string) *Place {
	h := maphash.String(g.seed, key) // the hash maphash.Bytes gives
	if !g.maybe(h) {
		return nil // surely not a place
	}
	if i := g.find(h, key); i >= 0 {
		return &g.places[i]
	}
	return nil
}

// MaxWords is the number of words in the longest name.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Len is the number of names.
func (g *Gazetteer) Len() int { return len(g.byKey) }

// Key normalises a name for comparison: lower case, without diacritics,
// with single spaces.
func Key(name string) string {
	if isKey(name) {
		return name // already normal: no copy
	}
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// A KeyBuilder makes the Key of a name written piece by piece into a buffer
// it reuses, so that looking up many names allocates nothing. The zero
// value is ready to use. Writing the pieces of a name gives the Key of their
// concatenation.
type KeyBuilder struct {
	buf   []byte
	space bool // white space was written after something
}

// Reset empties the builder, keeping its buffer.
func (k *KeyBuilder) Reset() { k.buf, k.space = k.buf[:0], false }

// Bytes returns the Key of what was written. It is valid until the next
// call of a method of k.
func (k *KeyBuilder) Bytes() []byte { return k.buf }

// WriteString adds s to the name, as Key reads it.
func (k *KeyBuilder) WriteString(s string) {
	for i := 0; i < len(s); i++ { // ASCII, until the first other byte
		// A run of bytes that Key keeps as they are goes in at once.
		j := i
		for j < len(s) && keyKeeps[s[j]] {
			j++
		}
		if j > i {
			if k.space {
				k.buf = append(k.buf, ' ')
				k.space = false
			}
			k.buf = append(k.buf, s[i:j]...)
			if i = j; i == len(s) {
				return
			}
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			k.writeRunes(s[i:])
			return
		}
		switch {
		case c == ' ' || '\t' <= c && c <= '\r': // unicode.IsSpace in ASCII
			k.space = len(k.buf) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if k.space {
			k.buf = append(k.buf, ' ')
			k.space = false
		}
		k.buf = append(k.buf, c)
	}
}

// WriteKeyWord adds s, which must hold only bytes that Key keeps as they
// are (ASCII other than white space and upper-case letters): it is
// WriteString(s) without looking at each byte.
func (k *KeyBuilder) WriteKeyWord(s string) {
	if s == "" {
		return
	}
	if k.space {
		k.buf = append(k.buf, ' ')
		k.space = false
	}
	k.buf = append(k.buf, s...)
}

// keyKeeps marks the bytes that Key keeps as they are: ASCII other than
// white space and upper-case letters.
var keyKeeps = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !(c == ' ' || '\t' <= c && c <= '\r' || 'A' <= c && c <= 'Z')
	}
	return t
}()

// writeRunes is WriteString for any text.
func (k *KeyBuilder) writeRunes(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			k.space = len(k.buf) > 0
			continue
		}
		if k.space {
			k.buf = append(k.buf, ' ')
			k.space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			k.buf = append(k.buf, byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			k.buf = append(k.buf, f...)
			continue
		}
		k.buf = utf8.AppendRune(k.buf, r)
	}
}

// isKey reports whether name is already what Key makes of it: ASCII with
// no upper-case letter, and no white space but single spaces between words.
func isKey(name string) bool {
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(name)-1 || name[i+1] == ' '):
			return false
		}
	}
	return true
}

// fold maps a lower-case letter with a diacritic to its base letters.
var fold = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ā': "a", 'ą': "a", 'ă': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ě': "e", 'ę': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i",
	'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ç': "c", 'č': "c", 'ć': "c", 'ñ': "n", 'ń': "n", 'ň': "n",
	'š': "s", 'ś': "s", 'ş': "s", 'ș': "s", 'ž': "z", 'ź': "z", 'ż': "z", 'ł': "l",
	'ř': "r", 'ğ': "g", 'ț': "t", 'ţ': "t", 'ď': "d", 'đ': "d", 'ß': "ss", '’': "'", '‘': "'",
}
