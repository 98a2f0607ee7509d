// Command timexeval scores timeline/timex on TimeML data with the
// TempEval-3 Task A measures.
//
//	go run ./cmd/timexeval [-out DIR] [-json] [-v] PATH...
//
// Each PATH is a TimeML file or a folder of them (*.tml, searched
// recursively). For every document the DCT is the reference date, the TEXT
// section stripped of all tags is what the tagger sees, and the gold TIMEX3
// elements are what it is scored against. With -out, the system's TimeML
// (the same text, system TIMEX3 tags in place of the gold ones) is written
// into DIR under the same file names.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsroom/timeline/timeline/timex"
)

func main() {
	out := flag.String("out", "", "write the system TimeML files into `DIR`")
	asJSON := flag.Bool("json", false, "print the figures as JSON")
	verbose := flag.Bool("v", false, "list every disagreement with the gold standard")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: timexeval [-out DIR] [-json] [-v] PATH...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	s, err := Run(flag.Args(), *out, verboseWriter(*verbose))
	if err != nil {
		fmt.Fprintln(os.Stderr, "timexeval:", err)
		os.Exit(1)
	}
	if *asJSON {
		e := json.NewEncoder(os.Stdout)
		e.SetIndent("", "  ")
		if err := e.Encode(s); err != nil {
			fmt.Fprintln(os.Stderr, "timexeval:", err)
			os.Exit(1)
		}
		return
	}
	PrintTable(os.Stdout, s)
}

func verboseWriter(v bool) io.Writer {
	if v {
		return os.Stdout
	}
	return nil
}

// Files expands paths into the sorted list of TimeML files they name.
func Files(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (path == p || strings.HasSuffix(path, ".tml")) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return files, nil
}

// Tag runs the tagger over a document and returns its spans.
func Tag(d *Doc) []Span {
	var sys []Span
	for _, t := range timex.Find(d.Text, d.DCT) {
		sys = append(sys, Span{Start: t.Start, End: t.End, Type: string(t.Type), Value: t.Value})
	}
	return sys
}

// Run scores the files under paths, writing system TimeML into out when it
// is not empty and a line per disagreement to diff when it is not nil.
func Run(paths []string, out string, diff io.Writer) (Scores, error) {
	files, err := Files(paths)
	if err != nil {
		return Scores{}, err
	}
	if len(files) == 0 {
		return Scores{}, fmt.Errorf("no TimeML files in %s", strings.Join(paths, " "))
	}
	if out != "" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return Scores{}, err
		}
	}
	var c Counts
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return Scores{}, err
		}
		d, err := ParseTimeML(f, string(src))
		if err != nil {
			return Scores{}, err
		}
		sys := Tag(d)
		c.Add(d.Gold, sys)
		if diff != nil {
			Diff(diff, d, sys)
		}
		if out != "" {
			if err := WriteTimeML(filepath.Join(out, filepath.Base(f)), d, sys); err != nil {
				return Scores{}, err
			}
		}
	}
	return c.Scores(), nil
}

// Diff writes the gold and system spans that disagree in extent or value.
func Diff(w io.Writer, d *Doc, sys []Span) {
	seen := make([]bool, len(sys))
	for _, g := range d.Gold {
		found := false
		for j, s := range sys {
			if s.Start < g.End && g.Start < s.End {
				seen[j] = true
				found = true
				if s.Start != g.Start || s.End != g.End || s.Value != g.Value || s.Type != g.Type {
					fmt.Fprintf(w, "%s\tDIFF\t%q %s %s\t%q %s %s\t%s\n", filepath.Base(d.Name), d.Text[g.Start:g.End], g.Type, g.Value, d.Text[s.Start:s.End], s.Type, s.Value, context(d.Text, g.Start, g.End))
				}
			}
		}
		if !found {
			fmt.Fprintf(w, "%s\tMISS\t%q %s %s\t%s\n", filepath.Base(d.Name), d.Text[g.Start:g.End], g.Type, g.Value, context(d.Text, g.Start, g.End))
		}
	}
	for j, s := range sys {
		if !seen[j] {
			fmt.Fprintf(w, "%s\tFALSE\t%q %s %s\t%s\n", filepath.Base(d.Name), d.Text[s.Start:s.End], s.Type, s.Value, context(d.Text, s.Start, s.End))
		}
	}
}

func context(text string, s, e int) string {
	a, b := max(0, s-60), min(len(text), e+60)
	for a > 0 && a < len(text) && text[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	return strings.ReplaceAll(text[a:s]+"[["+text[s:e]+"]]"+text[e:b], "\n", " ")
}

// PrintTable writes the figures as a table.
func PrintTable(w io.Writer, s Scores) {
	fmt.Fprintf(w, "documents %d, gold %d, system %d\n", s.Docs, s.Gold, s.System)
	fmt.Fprintf(w, "%-8s %7s %7s %7s\n", "", "P", "R", "F1")
	fmt.Fprintf(w, "%-8s %7.2f %7.2f %7.2f\n", "strict", s.StrictP, s.StrictR, s.StrictF1)
	fmt.Fprintf(w, "%-8s %7.2f %7.2f %7.2f\n", "relaxed", s.RelaxedP, s.RelaxedR, s.RelaxedF1)
	fmt.Fprintf(w, "type  accuracy %6.2f  F1 %6.2f\n", s.TypeAcc, s.TypeF1)
	fmt.Fprintf(w, "value accuracy %6.2f  F1 %6.2f\n", s.ValueAcc, s.ValueF1)
}
