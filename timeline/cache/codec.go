package cache

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"time"
	"unsafe"
)

// A Codec encodes values of one Go type to bytes and back. It is compiled
// once from the type by reflection and is then safe for concurrent use.
//
// It handles booleans, integers, floats, strings, slices, arrays, maps,
// pointers, structs whose fields are all exported, and time.Time; it
// refuses anything else (functions, channels, interfaces, unexported
// fields) when compiled, so that nothing is silently left out of a cached
// value. Schema describes the type's layout: a value encoded under one
// Schema must only be decoded under the same.
type Codec[T any] struct {
	c      *typeCodec
	schema string
}

// NewCodec compiles the codec for T.
func NewCodec[T any]() (*Codec[T], error) {
	t := reflect.TypeFor[T]()
	var sb strings.Builder
	c, err := compile(t, map[reflect.Type]*typeCodec{}, &sb)
	if err != nil {
		return nil, err
	}
	return &Codec[T]{c: c, schema: sb.String()}, nil
}

// Schema returns a description of the encoded layout; it changes whenever
// the type's fields do.
func (c *Codec[T]) Schema() string { return c.schema }

// Append appends the encoding of v to b.
func (c *Codec[T]) Append(b []byte, v *T) []byte {
	return c.c.encp(b, unsafe.Pointer(v))
}

// Decode decodes data into v. It fails, without panicking, on data that is
// truncated, too long or otherwise not an encoding of a T.
func (c *Codec[T]) Decode(data []byte, v *T) error {
	d := &decoder{b: data}
	c.c.dec(d, reflect.ValueOf(v).Elem())
	if d.err == nil && len(d.b) > 0 {
		d.err = errTrailing
	}
	return d.err
}

var (
	errShort    = errors.New("cache: truncated value")
	errTrailing = errors.New("cache: bytes after the value")
	errBad      = errors.New("cache: malformed value")
)

type typeCodec struct {
	enc func(b []byte, v reflect.Value) []byte
	dec func(d *decoder, v reflect.Value)
	// encp is enc of the value at p, read in place: the same bytes,
	// without a reflect.Value per field and element (see pointerEnc).
	encp func(b []byte, p unsafe.Pointer) []byte
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) varint() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.b = d.b[n:]
	return x
}

// length reads a count of items each at least min bytes long, refusing a
// count the remaining bytes cannot hold (so corrupt data cannot make us
// allocate gigabytes).
func (d *decoder) length(min int) int {
	n := d.uvarint()
	if d.err != nil {
		return 0
	}
	if min < 1 {
		min = 1
	}
	if n > uint64(len(d.b)/min) {
		d.fail(errBad)
		return 0
	}
	return int(n)
}

func (d *decoder) bytes(n int) []byte {
	if n > len(d.b) {
		d.fail(errShort)
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

var timeType = reflect.TypeFor[time.Time]()

// compile builds the codec of t, writing its layout to schema. seen holds
// the codecs being built, for recursive types.
func compile(t reflect.Type, seen map[reflect.Type]*typeCodec, schema *strings.Builder) (*typeCodec, error) {
	if c, ok := seen[t]; ok {
		schema.WriteString("@" + t.String())
		return c, nil
	}
	c := &typeCodec{}
	seen[t] = c
	if t == timeType {
		schema.WriteString("time")
		c.enc = appendTime
		c.dec = func(d *decoder, v reflect.Value) {
			raw := d.bytes(d.length(1))
			if d.err != nil {
				return
			}
			var tm time.Time
			if err := tm.UnmarshalBinary(raw); err != nil {
				d.fail(errBad)
				return
			}
			v.Set(reflect.ValueOf(tm))
		}
		c.encp = func(b []byte, p unsafe.Pointer) []byte { return appendTimeAt(b, (*time.Time)(p)) }
		return c, nil
	}
	switch t.Kind() {
	case reflect.Bool:
		schema.WriteString("bool")
		c.enc = func(b []byte, v reflect.Value) []byte {
			if v.Bool() {
				return append(b, 1)
			}
			return append(b, 0)
		}
		c.dec = func(d *decoder, v reflect.Value) {
			x := d.bytes(1)
			if d.err == nil {
				if x[0] > 1 {
					d.fail(errBad)
					return
				}
				v.SetBool(x[0] == 1)
			}
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		schema.WriteString("int")
		c.enc = func(b []byte, v reflect.Value) []byte { return binary.AppendVarint(b, v.Int()) }
		c.dec = func(d *decoder, v reflect.Value) {
			x := d.varint()
			if v.OverflowInt(x) {
				d.fail(errBad)
				return
			}
			v.SetInt(x)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		schema.WriteString("uint")
		c.enc = func(b []byte, v reflect.Value) []byte { return binary.AppendUvarint(b, v.Uint()) }
		c.dec = func(d *decoder, v reflect.Value) {
			x := d.uvarint()
			if v.OverflowUint(x) {
				d.fail(errBad)
				return
			}
			v.SetUint(x)
		}
	case reflect.Float32, reflect.Float64:
		schema.WriteString("float")
		c.enc = func(b []byte, v reflect.Value) []byte {
			return binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Float()))
		}
		c.dec = func(d *decoder, v reflect.Value) {
			x := d.bytes(8)
			if d.err == nil {
				v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(x)))
			}
		}
	case reflect.String:
		schema.WriteString("string")
		c.enc = func(b []byte, v reflect.Value) []byte {
			s := v.String()
			b = binary.AppendUvarint(b, uint64(len(s)))
			return append(b, s...)
		}
		c.dec = func(d *decoder, v reflect.Value) {
			x := d.bytes(d.length(1))
			if d.err == nil {
				v.SetString(string(x))
			}
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			schema.WriteString("bytes")
			c.enc = func(b []byte, v reflect.Value) []byte {
				if v.IsNil() {
					return append(b, 0)
				}
				b = binary.AppendUvarint(b, uint64(v.Len())+1)
				return append(b, v.Bytes()...)
			}
			c.dec = func(d *decoder, v reflect.Value) {
				n := d.uvarint()
				if d.err != nil || n == 0 {
					return
				}
				if n-1 > uint64(len(d.b)) {
					d.fail(errShort)
					return
				}
				x := d.bytes(int(n - 1))
				if d.err == nil {
					v.SetBytes(append([]byte{}, x...))
				}
			}
			break
		}
		schema.WriteString("[]")
		ec, err := compile(t.Elem(), seen, schema)
		if err != nil {
			return nil, err
		}
		// A nil slice is 0, a slice of n items n+1: the difference between
		// nil and empty survives (timeline.json shows null and [] apart).
		c.enc = func(b []byte, v reflect.Value) []byte {
			if v.IsNil() {
				return append(b, 0)
			}
			n := v.Len()
			b = binary.AppendUvarint(b, uint64(n)+1)
			for i := 0; i < n; i++ {
				b = ec.enc(b, v.Index(i))
			}
			return b
		}
		c.dec = func(d *decoder, v reflect.Value) {
			n := d.uvarint()
			if d.err != nil || n == 0 {
				return
			}
			if n-1 > uint64(len(d.b)) {
				d.fail(errBad)
				return
			}
			s := reflect.MakeSlice(t, int(n-1), int(n-1))
			for i := 0; i < int(n-1) && d.err == nil; i++ {
				ec.dec(d, s.Index(i))
			}
			v.Set(s)
		}
	case reflect.Array:
		fmt.Fprintf(schema, "[%d]", t.Len())
		ec, err := compile(t.Elem(), seen, schema)
		if err != nil {
			return nil, err
		}
		if t.Elem().Kind() == reflect.Uint8 {
			// Checksums and keys: each byte a uvarint, as any array's
			// elements, without reflection per byte.
			c.enc, c.dec = byteArrayEnc(t), byteArrayDec
			break
		}
		c.enc = func(b []byte, v reflect.Value) []byte {
			for i := 0; i < v.Len(); i++ {
				b = ec.enc(b, v.Index(i))
			}
			return b
		}
		c.dec = func(d *decoder, v reflect.Value) {
			for i := 0; i < v.Len() && d.err == nil; i++ {
				ec.dec(d, v.Index(i))
			}
		}
	case reflect.Map:
		schema.WriteString("map[")
		kc, err := compile(t.Key(), seen, schema)
		if err != nil {
			return nil, err
		}
		schema.WriteString("]")
		vc, err := compile(t.Elem(), seen, schema)
		if err != nil {
			return nil, err
		}
		c.enc = func(b []byte, v reflect.Value) []byte {
			if v.IsNil() {
				return append(b, 0)
			}
			n := v.Len()
			b = binary.AppendUvarint(b, uint64(n)+1)
			if n == 0 {
				return b
			}
			// Each entry copied into the same addressable values: no
			// allocation per entry, and arrays in them addressable.
			k, e := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
			it := v.MapRange()
			for it.Next() {
				k.SetIterKey(it)
				e.SetIterValue(it)
				b = kc.enc(b, k)
				b = vc.enc(b, e)
			}
			return b
		}
		c.dec = func(d *decoder, v reflect.Value) {
			n := d.uvarint()
			if d.err != nil || n == 0 {
				return
			}
			if n-1 > uint64(len(d.b)) {
				d.fail(errBad)
				return
			}
			m := reflect.MakeMapWithSize(t, int(n-1))
			for i := 0; i < int(n-1) && d.err == nil; i++ {
				k := reflect.New(t.Key()).Elem()
				kc.dec(d, k)
				e := reflect.New(t.Elem()).Elem()
				vc.dec(d, e)
				m.SetMapIndex(k, e)
			}
			v.Set(m)
		}
	case reflect.Pointer:
		schema.WriteString("*")
		ec, err := compile(t.Elem(), seen, schema)
		if err != nil {
			return nil, err
		}
		c.enc = func(b []byte, v reflect.Value) []byte {
			if v.IsNil() {
				return append(b, 0)
			}
			return ec.enc(append(b, 1), v.Elem())
		}
		c.dec = func(d *decoder, v reflect.Value) {
			flag := d.bytes(1)
			if d.err != nil || flag[0] == 0 {
				return
			}
			if flag[0] != 1 {
				d.fail(errBad)
				return
			}
			p := reflect.New(t.Elem())
			ec.dec(d, p.Elem())
			v.Set(p)
		}
	case reflect.Struct:
		fmt.Fprintf(schema, "%s{", t.String())
		type field struct {
			index int
			c     *typeCodec
			off   uintptr // the field's offset in the struct
			leaf  reflect.Kind
		}
		var fields []field
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				return nil, fmt.Errorf("cache: cannot encode %s: field %s is unexported", t, f.Name)
			}
			schema.WriteString(f.Name + " ")
			fc, err := compile(f.Type, seen, schema)
			if err != nil {
				return nil, err
			}
			schema.WriteString(";")
			fields = append(fields, field{i, fc, f.Offset, leafKind(f.Type)})
		}
		schema.WriteString("}")
		c.enc = func(b []byte, v reflect.Value) []byte {
			if !v.CanAddr() {
				for _, f := range fields {
					b = f.c.enc(b, v.Field(f.index))
				}
				return b
			}
			return c.encp(b, v.Addr().UnsafePointer())
		}
		c.encp = func(b []byte, p unsafe.Pointer) []byte {
			// Strings, integers and booleans read in place, in the
			// bytes their codecs write, without a call each.
			for _, f := range fields {
				fp := unsafe.Add(p, f.off)
				switch f.leaf {
				case reflect.String:
					s := *(*string)(fp)
					b = binary.AppendUvarint(b, uint64(len(s)))
					b = append(b, s...)
				case reflect.Int:
					b = binary.AppendVarint(b, int64(*(*int)(fp)))
				case reflect.Int64:
					b = binary.AppendVarint(b, *(*int64)(fp))
				case reflect.Int32:
					b = binary.AppendVarint(b, int64(*(*int32)(fp)))
				case reflect.Bool:
					if *(*bool)(fp) {
						b = append(b, 1)
					} else {
						b = append(b, 0)
					}
				default:
					b = f.c.encp(b, fp)
				}
			}
			return b
		}
		c.dec = func(d *decoder, v reflect.Value) {
			for _, f := range fields {
				if d.err != nil {
					return
				}
				f.c.dec(d, v.Field(f.index))
			}
		}
	default:
		return nil, fmt.Errorf("cache: cannot encode a value of type %s", t)
	}
	if c.encp == nil {
		c.encp = pointerEnc(t, c, seen)
	}
	return c, nil
}

// pointerEnc returns the encp of c, the codec of t (not a struct or a
// time), whose element codecs are in seen: slices and pointers walked in
// place, strings read in place, anything else through c.enc.
func pointerEnc(t reflect.Type, c *typeCodec, seen map[reflect.Type]*typeCodec) func(b []byte, p unsafe.Pointer) []byte {
	switch t.Kind() {
	case reflect.String:
		return func(b []byte, p unsafe.Pointer) []byte {
			s := *(*string)(p)
			b = binary.AppendUvarint(b, uint64(len(s)))
			return append(b, s...)
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			break
		}
		ec, size := seen[t.Elem()], t.Elem().Size()
		return func(b []byte, p unsafe.Pointer) []byte {
			// Every slice's header has the layout of a []byte's.
			s := *(*[]byte)(p)
			if s == nil {
				return append(b, 0)
			}
			b = binary.AppendUvarint(b, uint64(len(s))+1)
			data := unsafe.Pointer(unsafe.SliceData(s))
			for i := range len(s) {
				b = ec.encp(b, unsafe.Add(data, uintptr(i)*size))
			}
			return b
		}
	case reflect.Pointer:
		ec := seen[t.Elem()]
		return func(b []byte, p unsafe.Pointer) []byte {
			q := *(*unsafe.Pointer)(p)
			if q == nil {
				return append(b, 0)
			}
			return ec.encp(append(b, 1), q)
		}
	}
	return func(b []byte, p unsafe.Pointer) []byte { return c.enc(b, reflect.NewAt(t, p).Elem()) }
}

// leafKind returns the kind of a field of type t that a struct's encoder
// writes in place (see compile), or reflect.Invalid for one its own codec
// writes.
func leafKind(t reflect.Type) reflect.Kind {
	if t == timeType {
		return reflect.Invalid
	}
	switch k := t.Kind(); k {
	case reflect.String, reflect.Int, reflect.Int64, reflect.Int32, reflect.Bool:
		return k
	}
	return reflect.Invalid
}

// appendTime appends the time.Time v as its MarshalBinary bytes after
// their length (a uvarint), without the allocations of v.Interface and
// MarshalBinary. A time MarshalBinary refuses is written as no bytes,
// which Decode refuses in turn.
func appendTime(b []byte, v reflect.Value) []byte {
	t, _ := reflect.TypeAssert[time.Time](v)
	return appendTimeAt(b, &t)
}

// appendTimeAt is appendTime of the time at t.
func appendTimeAt(b []byte, t *time.Time) []byte {
	n := len(b)
	b = append(b, 0) // the length, set below: one byte under 0x80
	b, err := t.AppendBinary(b)
	if err != nil {
		return append(b[:n], 0)
	}
	if m := len(b) - n - 1; m < 0x80 {
		b[n] = byte(m)
		return b
	}
	tb := append([]byte(nil), b[n+1:]...)
	b = binary.AppendUvarint(b[:n], uint64(len(tb)))
	return append(b, tb...)
}

// byteArrayEnc returns the encoder of arrays of type t, of bytes: each
// byte as a uvarint (one byte below 0x80, two from it), as the encoder of
// an array of any other integers writes its elements.
func byteArrayEnc(t reflect.Type) func(b []byte, v reflect.Value) []byte {
	return func(b []byte, v reflect.Value) []byte {
		if !v.CanAddr() {
			c := reflect.New(t).Elem()
			c.Set(v)
			v = c
		}
		bs := v.Bytes()
		for _, x := range bs {
			if x < 0x80 {
				b = append(b, x)
			} else {
				b = append(b, x, 1)
			}
		}
		return b
	}
}

// byteArrayDec decodes what byteArrayEnc encodes into v, an addressable
// array of bytes (decoding always writes into one).
func byteArrayDec(d *decoder, v reflect.Value) {
	bs := v.Bytes()
	for i := range bs {
		if d.err != nil {
			return
		}
		if len(d.b) > 0 && d.b[0] < 0x80 {
			bs[i] = d.b[0]
			d.b = d.b[1:]
			continue
		}
		x := d.uvarint()
		if d.err == nil && x > 0xff {
			d.fail(errBad)
			return
		}
		bs[i] = byte(x)
	}
}
