package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/newsroom/timeline/timeline/content"
	"github.com/newsroom/timeline/timeline/events"
)

type sample struct {
	Name    string
	N       int
	U       uint16
	F       float64
	On      bool
	When    time.Time
	Tags    []string
	Empty   []string
	Nil     []string
	Raw     []byte
	Counts  map[string]int
	NilMap  map[string]int
	Ptr     *sample
	Arr     [2]int8
	Sum     [4]byte
	Sums    map[string][3]byte
	Article *content.Article
	Ms      []events.Mention
}

func fullSample() sample {
	loc := time.FixedZone("X", 3600)
	return sample{
		Name: "héllo\x00world", N: -42, U: 65535, F: 3.25, On: true,
		When:   time.Date(2025, 11, 30, 12, 0, 0, 5, loc),
		Tags:   []string{"a", ""},
		Empty:  []string{},
		Raw:    []byte{0, 1, 2},
		Counts: map[string]int{"x": 1, "y": -2},
		Ptr:    &sample{Name: "inner"},
		Arr:    [2]int8{-1, 1},
		Sum:    [4]byte{0, 0x7f, 0x80, 0xff},
		Sums:   map[string][3]byte{"a": {1, 200, 3}, "b": {}},
		Article: &content.Article{
			Path: "content/a.md", Slug: "a", Hash: "abc",
			Meta:      content.Meta{Title: "T", Date: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), Authors: []string{"A B"}, Events: []content.EventFix{{Sentence: "s1", Line: 4}}},
			HTML:      "<p>x</p>",
			Text:      "x",
			Sentences: []content.Sentence{{ID: "s1", Start: 0, End: 1}},
		},
		Ms: []events.Mention{{Article: "a", Sentence: "s1", Quote: "x", People: []string{"P"}}},
	}
}

func TestCodecRoundTrip(t *testing.T) {
	c, err := NewCodec[sample]()
	if err != nil {
		t.Fatal(err)
	}
	in := fullSample()
	b := c.Append(nil, &in)
	var out sample
	if err := c.Decode(b, &out); err != nil {
		t.Fatal(err)
	}
	if !out.When.Equal(in.When) {
		t.Errorf("time: got %v, want %v", out.When, in.When)
	}
	out.When, in.When = time.Time{}, time.Time{}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip differs:\n got %#v\nwant %#v", out, in)
	}
	if out.Empty == nil || out.Nil != nil {
		t.Errorf("nil and empty slices must stay apart: Empty=%#v Nil=%#v", out.Empty, out.Nil)
	}
}

// TestCodecByteArrays: an array of bytes is encoded without reflection
// per byte, in the bytes an array of other integers has (each a uvarint),
// whether it is addressable or not (a map's value); a byte's uvarint
// beyond 0xff is refused.
func TestCodecByteArrays(t *testing.T) {
	type bytes4 struct{ A [4]byte }
	type ints4 struct{ A [4]uint16 }
	type mapped struct{ M map[int][4]byte }
	cb, _ := NewCodec[bytes4]()
	ci, _ := NewCodec[ints4]()
	cm, _ := NewCodec[mapped]()
	for _, v := range [][4]byte{{}, {1, 2, 3, 4}, {0x7f, 0x80, 0xfe, 0xff}} {
		b := cb.Append(nil, &bytes4{v})
		want := ci.Append(nil, &ints4{[4]uint16{uint16(v[0]), uint16(v[1]), uint16(v[2]), uint16(v[3])}})
		if string(b) != string(want) {
			t.Errorf("%v encoded as % x, want % x (as [4]uint16)", v, b, want)
		}
		var out bytes4
		if err := cb.Decode(b, &out); err != nil || out.A != v {
			t.Errorf("%v decoded as %v, %v", v, out.A, err)
		}
		m := mapped{M: map[int][4]byte{7: v}}
		mb := cm.Append(nil, &m)
		var mout mapped
		if err := cm.Decode(mb, &mout); err != nil || mout.M[7] != v {
			t.Errorf("map value %v decoded as %v, %v", v, mout.M, err)
		}
	}
	wide := ci.Append(nil, &ints4{[4]uint16{1, 256, 3, 4}})
	var out bytes4
	if err := cb.Decode(wide, &out); err == nil {
		t.Errorf("a byte of 256 was accepted: %v", out.A)
	}
}

func TestCodecRejectsDamage(t *testing.T) {
	c, err := NewCodec[sample]()
	if err != nil {
		t.Fatal(err)
	}
	in := fullSample()
	b := c.Append(nil, &in)
	for n := 0; n < len(b); n++ {
		var out sample
		if err := c.Decode(b[:n], &out); err == nil {
			t.Fatalf("a value truncated to %d of %d bytes decoded without error", n, len(b))
		}
	}
	var out sample
	if err := c.Decode(append(b, 0), &out); err == nil {
		t.Errorf("trailing bytes accepted")
	}
}

func TestCodecRefusesWhatItCannotKeep(t *testing.T) {
	type withFunc struct{ F func() }
	type withPrivate struct{ x int }
	type withIface struct{ V any }
	if _, err := NewCodec[withFunc](); err == nil {
		t.Errorf("a func field was accepted")
	}
	if _, err := NewCodec[withPrivate](); err == nil {
		t.Errorf("an unexported field was accepted (it would be silently lost)")
	}
	if _, err := NewCodec[withIface](); err == nil {
		t.Errorf("an interface field was accepted")
	}
}

func TestCodecSchemaFollowsFields(t *testing.T) {
	type v1 struct{ A string }
	type v2 struct {
		A string
		B int
	}
	c1, _ := NewCodec[v1]()
	c2, _ := NewCodec[v2]()
	if c1.Schema() == c2.Schema() {
		t.Errorf("adding a field did not change the schema: %q", c1.Schema())
	}
}

func FuzzCodecDecode(f *testing.F) {
	c, err := NewCodec[sample]()
	if err != nil {
		f.Fatal(err)
	}
	in := fullSample()
	f.Add(c.Append(nil, &in))
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		var out sample
		_ = c.Decode(b, &out) // must not panic or allocate without bound
	})
}

func key(s string) Key { return sha256.Sum256([]byte(s)) }

func TestStoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, "v1")
	if err != nil {
		t.Fatal(err)
	}
	s.Put(key("a"), []byte("alpha"))
	s.Put(key("b"), []byte("beta"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}

	s, _ = Open(dir, "v1")
	if v, ok := s.Get(key("a")); !ok || string(v) != "alpha" {
		t.Fatalf("Get(a) = %q, %v", v, ok)
	}
	s.Get(key("b"))
	s.Put(key("c"), []byte("gamma"))
	before, _ := os.Stat(s.Path())
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(s.Path())
	if !os.SameFile(before, after) {
		t.Errorf("adding one entry rewrote the pack instead of appending")
	}

	s, _ = Open(dir, "v1")
	for k, want := range map[string]string{"a": "alpha", "b": "beta", "c": "gamma"} {
		if v, ok := s.Get(key(k)); !ok || string(v) != want {
			t.Errorf("after append, Get(%s) = %q, %v", k, v, ok)
		}
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.Stat(s.Path()); !again.ModTime().Equal(after.ModTime()) || again.Size() != after.Size() {
		t.Errorf("a Save with nothing new wrote the pack")
	}

	s, _ = Open(dir, "v2")
	if _, ok := s.Get(key("a")); ok {
		t.Errorf("an entry written by another version was trusted")
	}
}

func TestStoreDamage(t *testing.T) {
	write := func(t *testing.T) (string, int64) {
		dir := t.TempDir()
		s, _ := Open(dir, "v")
		s.Put(key("a"), []byte("alpha"))
		s.Put(key("b"), []byte("beta-beta-beta"))
		if err := s.Save(); err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(s.Path())
		return dir, fi.Size()
	}
	// A new pack holds its entries in the order they were put: the first
	// is the one that survives damage to the end of the file.
	first := "a"

	tests := []struct {
		name   string
		damage func(path string, size int64)
		keep   []string // keys still trusted
		reason string
	}{
		{"truncated", func(p string, n int64) { os.Truncate(p, n-3) }, []string{first}, "a cut-off last entry is dropped, the one before kept"},
		{"flipped", func(p string, n int64) {
			b, _ := os.ReadFile(p)
			b[n-10] ^= 0x40
			os.WriteFile(p, b, 0o644)
		}, []string{first}, "a changed byte fails the checksum"},
		{"header", func(p string, n int64) {
			b, _ := os.ReadFile(p)
			b[2] = 'X'
			os.WriteFile(p, b, 0o644)
		}, nil, "a foreign file is not read at all"},
		{"empty", func(p string, n int64) { os.Truncate(p, 0) }, nil, "an empty file"},
		{"garbage tail", func(p string, n int64) {
			f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			f.Write([]byte("garbage that is not an entry at all, long enough to look like a header......"))
			f.Close()
		}, []string{"a", "b"}, "junk after the last entry is ignored"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir, size := write(t)
			s, _ := Open(dir, "v")
			tc.damage(s.Path(), size)
			s, _ = Open(dir, "v")
			keep := map[string]bool{}
			for _, k := range tc.keep {
				keep[k] = true
			}
			for _, k := range []string{"a", "b"} {
				if _, ok := s.Get(key(k)); ok != keep[k] {
					t.Errorf("%s: Get(%s) found=%v, want %v", tc.reason, k, ok, keep[k])
				}
			}
			// Recompute what was lost, save, and the pack is whole again.
			s.Put(key("a"), []byte("alpha"))
			s.Put(key("b"), []byte("beta-beta-beta"))
			if err := s.Save(); err != nil {
				t.Fatal(err)
			}
			s, _ = Open(dir, "v")
			if s.Dropped() != 0 || s.Len() != 2 {
				t.Errorf("after saving again: %d entries, %d dropped; want 2, 0", s.Len(), s.Dropped())
			}
		})
	}
}

func TestStoreCompacts(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir, "v")
	big := make([]byte, 600<<10)
	s.Put(key("old1"), big)
	s.Put(key("old2"), big)
	s.Put(key("keep"), []byte("k"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s, _ = Open(dir, "v")
	s.Get(key("keep"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(s.Path())
	if fi.Size() > 1<<10 {
		t.Errorf("pack of one small live entry is %d bytes: unused entries were not dropped", fi.Size())
	}
	s, _ = Open(dir, "v")
	if _, ok := s.Get(key("keep")); !ok {
		t.Errorf("the used entry was lost in compaction")
	}
}

// TestStoreRestart: a Store kept open across runs (a long-running
// process's builds) counts the entries used afresh after Restart, so that
// a run's Save drops what only earlier runs used, as a new Open would.
func TestStoreRestart(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, "v1")
	if err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 2<<20) // enough dead bytes to make Save compact
	s.Put(key("old"), big)
	s.Put(key("kept"), []byte("kept"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s.Restart()
	if _, ok := s.Get(key("kept")); !ok {
		t.Fatal("an entry saved by the last run is missing after Restart")
	}
	s.Put(key("new"), []byte("new"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s2, _ := Open(dir, "v1")
	for k, want := range map[string]bool{"old": false, "kept": true, "new": true} {
		if _, ok := s2.Get(key(k)); ok != want {
			t.Errorf("after Restart and Save, entry %q present = %v, want %v", k, ok, want)
		}
	}
}

// TestStoreKeep: Keep counts an entry as used, as Get does, without
// reading it, so that Save keeps it; it reports a missing entry.
func TestStoreKeep(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir, "v")
	big := make([]byte, 2<<20) // enough dead bytes to make Save compact
	s.Put(key("old"), big)
	s.Put(key("kept"), []byte("kept"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s.Restart()
	if !s.Keep(key("kept")) {
		t.Fatal("Keep reports a saved entry missing")
	}
	if s.Keep(key("never")) {
		t.Fatal("Keep reports an entry never put")
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s2, _ := Open(dir, "v")
	for k, want := range map[string]bool{"old": false, "kept": true} {
		if _, ok := s2.Get(key(k)); ok != want {
			t.Errorf("after Keep and Save, entry %q present = %v, want %v", k, ok, want)
		}
	}
}

// TestStorePutStreams: Put writes each entry to the file at once, readable
// before Save; a run that never saves leaves the pack as it was (a new pack
// is never renamed in, entries appended to a sound one are whole or cut off
// as damage), and Close removes a new pack that was not saved.
func TestStorePutStreams(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir, "v")
	s.Put(key("a"), []byte("alpha"))
	if v, ok := s.Get(key("a")); !ok || string(v) != "alpha" {
		t.Fatalf("Get before Save = %q, %v; want the value just put", v, ok)
	}
	if _, err := os.Stat(s.Path()); err == nil {
		t.Errorf("the pack exists before the first Save of a new cache")
	}
	s.Close()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("Close left %d files in the cache folder, want none", len(left))
	}

	s, _ = Open(dir, "v")
	s.Put(key("a"), []byte("alpha"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	saved, _ := os.ReadFile(s.Path())

	// A run that appends and dies before Save, half way through an entry.
	s, _ = Open(dir, "v")
	s.Get(key("a"))
	s.Put(key("b"), []byte("beta"))
	s.Put(key("c"), make([]byte, 4<<20)) // more than the write buffer
	fi, _ := os.Stat(s.Path())
	if fi.Size() <= int64(len(saved)) {
		t.Errorf("pack is %d bytes after a large Put, want more than %d: not written at once", fi.Size(), len(saved))
	}
	os.Truncate(s.Path(), fi.Size()-100)
	s2, _ := Open(dir, "v")
	if v, ok := s2.Get(key("a")); !ok || string(v) != "alpha" {
		t.Errorf("after an interrupted append, Get(a) = %q, %v; want the saved value", v, ok)
	}
	if _, ok := s2.Get(key("c")); ok {
		t.Errorf("a truncated entry was trusted")
	}
	if s2.Dropped() != 1 {
		t.Errorf("Dropped = %d, want 1 (the cut-off entry)", s2.Dropped())
	}
	s2.Put(key("d"), []byte("delta"))
	if err := s2.Save(); err != nil {
		t.Fatal(err)
	}
	s3, _ := Open(dir, "v")
	for k, want := range map[string]bool{"a": true, "b": true, "c": false, "d": true} {
		if _, ok := s3.Get(key(k)); ok != want {
			t.Errorf("after saving past the damage, %s present = %v, want %v", k, ok, want)
		}
	}
	if s3.Dropped() != 0 {
		t.Errorf("the damaged tail was not cut off: Dropped = %d", s3.Dropped())
	}
}

// TestStoreValueChangedOnDisk: a value whose bytes change after Open is not
// returned, since Get reads it from the file then.
func TestStoreValueChangedOnDisk(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir, "v")
	s.Put(key("a"), []byte("alpha"))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s, _ = Open(dir, "v")
	b, _ := os.ReadFile(s.Path())
	b[len(b)-6] ^= 1 // inside the value
	os.WriteFile(s.Path(), b, 0o600)
	if v, ok := s.Get(key("a")); ok {
		t.Errorf("Get = %q after the file changed, want missing", v)
	}
}

// timeBytes is how times were encoded before appendTime, and must still
// be: the uvarint of the length of MarshalBinary's bytes, then the bytes.
func timeBytes(tm time.Time) []byte {
	tb, _ := tm.MarshalBinary()
	return append(binary.AppendUvarint(nil, uint64(len(tb))), tb...)
}

// TestCodecTimeBytes: times are encoded in the same bytes as by
// MarshalBinary after its length, in every form of zone, and read back
// equal, with their offset.
func TestCodecTimeBytes(t *testing.T) {
	type when struct{ T time.Time }
	c, err := NewCodec[when]()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		t    time.Time
	}{
		{"the zero time", time.Time{}},
		{"UTC", time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"nanoseconds", time.Date(2025, 12, 1, 13, 4, 5, 123456789, time.UTC)},
		{"a zone ahead", time.Date(2024, 2, 29, 23, 59, 59, 0, time.FixedZone("X", 5*3600+30*60))},
		{"a zone behind", time.Date(1999, 1, 1, 0, 0, 0, 0, time.FixedZone("Y", -8*3600))},
		{"an offset in seconds (version 2 of the layout)", time.Date(1900, 1, 1, 0, 0, 0, 0, time.FixedZone("LMT", 1172))},
		{"local time", time.Date(2020, 6, 1, 12, 0, 0, 0, time.Local)},
		{"a monotonic reading (not kept)", time.Now()},
		{"far before the epoch", time.Date(-4000, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"an offset too large for MarshalBinary (written as no bytes, refused)", time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("Z", 600*3600))},
	} {
		in := when{tc.t}
		got := c.Append([]byte("prefix"), &in)
		if want := append([]byte("prefix"), timeBytes(tc.t)...); !bytes.Equal(got, want) {
			t.Errorf("%s: encoded % x, want % x", tc.name, got, want)
			continue
		}
		var out when
		err := c.Decode(got[len("prefix"):], &out)
		if _, merr := tc.t.MarshalBinary(); merr != nil {
			if err == nil {
				t.Errorf("%s: a time MarshalBinary refuses decoded without error", tc.name)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		_, o1 := out.T.Zone()
		_, o2 := tc.t.Zone()
		if !out.T.Equal(tc.t) || o1 != o2 {
			t.Errorf("%s: read back %v, want %v", tc.name, out.T, tc.t)
		}
	}
}

// FuzzCodecTime: any time, in any fixed zone, is encoded as MarshalBinary
// after its length.
func FuzzCodecTime(f *testing.F) {
	type when struct{ T time.Time }
	c, err := NewCodec[when]()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(int64(0), int64(0), 0)
	f.Add(int64(1764547200), int64(999999999), 3600)
	f.Add(int64(-62135596800), int64(1), -1172)
	f.Fuzz(func(t *testing.T, sec, nsec int64, offset int) {
		tm := time.Unix(sec, nsec).In(time.FixedZone("F", offset))
		in := when{tm}
		if got, want := c.Append(nil, &in), timeBytes(tm); !bytes.Equal(got, want) {
			t.Fatalf("%v: encoded % x, want % x", tm, got, want)
		}
	})
}

// leaves has a field of each kind a struct's encoder writes in place, and
// of kinds next to them that it leaves to their codecs.
type leaves struct {
	S    string
	I    int
	I64  int64
	I32  int32
	I8   int8
	On   bool
	Kind kindName
	U    uint32
	In   struct {
		S string
		N int
	}
	P     *leaves
	Ss    []string
	Items []item
	Raw   []byte
	M     map[string]int
}

type item struct {
	S string
	T time.Time
	A [2]int8
}

type kindName string

// TestCodecFieldsInPlace: a struct read in place (addressable, as Append
// gives) encodes in the same bytes as through reflection per field (a
// value that is not addressable).
func TestCodecFieldsInPlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		enc  func() ([]byte, []byte)
	}{
		{"every kind of field, nested", func() ([]byte, []byte) {
			c, _ := NewCodec[leaves]()
			in := leaves{S: "é", I: -3, I64: 1 << 40, I32: -1 << 31, I8: -128, On: true, Kind: "k", U: 7, P: &leaves{S: "inner", I: 1, Ss: []string{}},
				Ss: []string{"a", ""}, Items: []item{{S: "i", T: time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC), A: [2]int8{-1, 1}}, {}},
				Raw: []byte{0, 1}, M: map[string]int{"one": 1}}
			in.In.S, in.In.N = "x", 300
			return c.Append(nil, &in), c.c.enc(nil, reflect.ValueOf(in))
		}},
		{"a cached article and its mentions (maps of one entry: their order is the same)", func() ([]byte, []byte) {
			type record struct {
				A  *content.Article
				Ms []events.Mention
			}
			c, _ := NewCodec[record]()
			in := record{
				A: &content.Article{Path: "content/a.md", Slug: "a", HTML: "<p>x</p>", Text: "x",
					Meta:      content.Meta{Title: "T", Date: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)},
					Sentences: []content.Sentence{{ID: "s1", Start: 0, End: 1}}},
				Ms: []events.Mention{{Article: "a", Sentence: "s1", Quote: "x", Index: 3, Editor: true,
					People: []string{"P"}, Countries: map[string]string{"P": "France"}}},
			}
			return c.Append(nil, &in), c.c.enc(nil, reflect.ValueOf(in))
		}},
	} {
		inPlace, reflected := tc.enc()
		if !bytes.Equal(inPlace, reflected) {
			t.Errorf("%s: in place % x, by reflection % x", tc.name, inPlace, reflected)
		}
	}
}

// FuzzCodecFieldsInPlace: any values of the fields read in place encode
// as by reflection, and read back equal.
func FuzzCodecFieldsInPlace(f *testing.F) {
	c, err := NewCodec[leaves]()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("", 0, int64(0), int32(0), int8(0), false, "", uint32(0))
	f.Add("a\x00b", -1, int64(-1<<63), int32(1<<31-1), int8(127), true, "kind", uint32(1<<32-1))
	f.Fuzz(func(t *testing.T, s string, i int, i64 int64, i32 int32, i8 int8, on bool, kind string, u uint32) {
		in := leaves{S: s, I: i, I64: i64, I32: i32, I8: i8, On: on, Kind: kindName(kind), U: u}
		in.In.S, in.In.N = kind, -i
		in.P = &leaves{S: s, I: int(i32), On: !on, Ss: []string{kind}, Items: []item{}}
		if on {
			in.Ss = []string{s, kind}
			in.Items = []item{{S: s, T: time.Unix(i64%(1<<40), int64(i32)).UTC(), A: [2]int8{i8, -i8}}}
			in.Raw = []byte(s)
			in.M = map[string]int{kind: i}
		}
		got := c.Append(nil, &in)
		if want := c.c.enc(nil, reflect.ValueOf(in)); !bytes.Equal(got, want) {
			t.Fatalf("in place % x, by reflection % x", got, want)
		}
		var out leaves
		if err := c.Decode(got, &out); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(out, in) {
			t.Fatalf("read back %#v, want %#v", out, in)
		}
	})
}
