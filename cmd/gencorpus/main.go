// Command gencorpus writes a generated site for benchmarks: n articles built
// from the seed articles of a site (content/*.md), with shifted publication
// dates and invented publishers, into OUT/content/.
//
//	gencorpus -n 10000 -out /tmp/site-10k [-seeds content] [-seed 0] [-years 10]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/newsroom/timeline/timeline/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	out := flag.String("out", "", "site root to write (its content/ folder is filled); required")
	seeds := flag.String("seeds", "content", "folder of seed articles (*.md)")
	seed := flag.Uint64("seed", 0, "generator seed: the same seed gives the same corpus")
	years := flag.Int("years", 10, "years over which publication dates spread")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	err := corpus.Write(*out, *n, corpus.Options{Seed: *seed, SeedDir: *seeds, Years: *years})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
