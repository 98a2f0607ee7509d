package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/newsroom/timeline/timeline"
)

// buildCommand is "timeline build": build the site once.
func buildCommand() command {
	return command{
		name:    "build",
		summary: "build the site into the destination folder (the default)",
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			fs := newFlagSet("build", stderr)
			var cfg timeline.Config
			fs.StringVar(&cfg.Source, "source", ".", "the site `folder` holding content/, templates/ and timeline.toml")
			fs.StringVar(&cfg.Destination, "destination", "", "the output `folder` (default: public/ under the source)")
			fs.StringVar(&cfg.BaseURL, "base-url", "", "the `URL` the site is served from, e.g. https://example.org/news/timeline/ (overrides timeline.toml)")
			quiet := fs.Bool("quiet", false, "print only problems: no progress line, no summary")
			// Hidden: profiles for performance work (see scripts/bench).
			cpuprofile := fs.String("cpuprofile", "", "")
			memprofile := fs.String("memprofile", "", "")
			traceFile := fs.String("trace", "", "")
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			stop, err := startProfiles(*cpuprofile, *memprofile, *traceFile)
			if err != nil {
				return err
			}
			defer stop()
			start := time.Now()
			var done func()
			cfg.Progress, done = progressLine(stderr, *quiet)
			defer limitMemory(cfg.Source)()
			res, err := timeline.Build(ctx, cfg)
			done()
			if err != nil {
				return err
			}
			if *quiet {
				return nil
			}
			fmt.Fprintf(stdout, "built %s, %s, %s (%s) into %s in %v\n",
				count(res.Articles, "article"), count(res.Events, "event"), count(res.Pages, "page"), count(res.Files, "file"),
				res.Destination, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
}

// count says "1 article", "2 articles".
func count(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
