package timex

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("TIMEX_DUMP") == "" {
		t.Skip("set TIMEX_DUMP=1 to print the seeds' expressions")
	}
	files := map[string]string{"000": "2025-12-01", "001": "2025-12-01", "002": "2025-12-01", "003": "2025-04-18", "004": "2025-04-17"}
	ents, _ := os.ReadDir("../../../shared/seeds")
	for _, e := range ents {
		d, ok := files[e.Name()[:3]]
		if !ok {
			continue
		}
		b, _ := os.ReadFile("../../../shared/seeds/" + e.Name())
		ref, _ := time.Parse("2006-01-02", d)
		fmt.Println("==", e.Name(), d)
		for _, x := range Find(string(b), ref) {
			fmt.Printf("%-30q %-8s %-14s %-5s %s..%s %s\n", x.Text, x.Type, x.Value, x.Mod, x.Interval.Start.Format("01-02"), x.Interval.End.Format("01-02"), x.Granularity)
		}
	}
}

func TestDumpText(t *testing.T) {
	s := os.Getenv("TIMEX_TEXT")
	if s == "" {
		t.Skip("set TIMEX_TEXT (and TIMEX_REF) to print the expressions of a text")
	}
	ref, _ := time.Parse("2006-01-02", os.Getenv("TIMEX_REF"))
	for _, x := range Find(s, ref) {
		fmt.Printf("%-30q %-8s %-14s %-5s %s..%s %s\n", x.Text, x.Type, x.Value, x.Mod, x.Interval.Start.Format("2006-01-02"), x.Interval.End.Format("2006-01-02"), x.Granularity)
	}
}

func TestDumpSeedContext(t *testing.T) {
	if os.Getenv("TIMEX_CTX") == "" {
		t.Skip("set TIMEX_CTX=1")
	}
	files := map[string]string{"000": "2025-12-01", "001": "2025-12-01", "002": "2025-12-01", "003": "2025-04-18", "004": "2025-04-17"}
	ents, _ := os.ReadDir("../../../shared/seeds")
	for _, e := range ents {
		d, ok := files[e.Name()[:3]]
		if !ok {
			continue
		}
		b, _ := os.ReadFile("../../../shared/seeds/" + e.Name())
		s := string(b)
		ref, _ := time.Parse("2006-01-02", d)
		for _, x := range Find(s, ref) {
			a, z := max(0, x.Start-70), min(len(s), x.End+30)
			for a > 0 && s[a]&0xC0 == 0x80 {
				a--
			}
			for z < len(s) && s[z]&0xC0 == 0x80 {
				z++
			}
			fmt.Printf("%s %q %s %s %s | %q\n", e.Name()[:3], x.Text, x.Type, x.Value, x.Mod, s[a:x.Start]+"[["+x.Text+"]]"+s[x.End:z])
		}
	}
}
