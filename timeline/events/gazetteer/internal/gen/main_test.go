package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

func field(tag int, s string) []byte {
	b := binary.AppendUvarint(nil, uint64(tag<<3|2))
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func TestReadCities(t *testing.T) {
	var msg []byte
	msg = append(msg, binary.AppendUvarint(nil, 1<<3|0)...) // cityId (zigzag varint)
	msg = binary.AppendUvarint(msg, 10)
	msg = append(msg, field(2, "Genève")...)
	msg = append(msg, field(3, "CH")...)
	msg = append(msg, field(7, "PPLA")...)
	msg = append(msg, binary.AppendUvarint(nil, 9<<3|0)...)
	msg = binary.AppendUvarint(msg, 183981)
	data := binary.AppendUvarint(nil, uint64(len(msg)))
	data = append(data, msg...)
	path := filepath.Join(t.TempDir(), "cities.pbf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cs, err := readCities(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0] != (city{name: "Genève", country: "CH", feature: "PPLA", pop: 183981}) {
		t.Errorf("readCities = %+v", cs)
	}
	if err := os.WriteFile(path, data[:len(data)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readCities(path); err == nil {
		t.Error("a truncated file gave no error")
	}
}
