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
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			start := time.Now()
			res, err := timeline.Build(ctx, cfg)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "built %d articles, %d events, %d pages (%d files) into %s in %v\n",
				res.Articles, res.Events, res.Pages, res.Files, res.Destination, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
}
