package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/newsroom/timeline/timeline"
)

// errCheckFailed makes "timeline check" exit 1 once the report is printed.
var errCheckFailed = fmt.Errorf("check: %w", errReported)

// checkCommand is "timeline check": what an editor should look at, without
// writing the site.
func checkCommand() command {
	return command{
		name:    "check",
		summary: "report the build's errors and warnings for editors, without writing the site",
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			fs := newFlagSet("check", stderr)
			var cfg timeline.Config
			fs.StringVar(&cfg.Source, "source", ".", "the site `folder` holding content/, templates/ and timeline.toml")
			fs.StringVar(&cfg.BaseURL, "base-url", "", "the `URL` the site will be served from, as for build (overrides timeline.toml)")
			asJSON := fs.Bool("json", false, "print the report as JSON on stdout, for tools")
			quiet := fs.Bool("quiet", false, "no progress line")
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			var done func()
			cfg.Progress, done = progressLine(stderr, *quiet)
			r, err := timeline.Check(ctx, cfg)
			done()
			if err != nil {
				return err
			}
			if *asJSON {
				b, err := json.MarshalIndent(r, "", "  ")
				if err != nil {
					return err
				}
				fmt.Fprintf(stdout, "%s\n", b)
			} else {
				for _, e := range r.Errors {
					fmt.Fprintln(stdout, e)
				}
				for _, w := range r.Warnings {
					fmt.Fprintln(stdout, w)
				}
				fmt.Fprintf(stdout, "%s, %s: %s, %s\n",
					count(r.Articles, "article"), count(r.Events, "event"), count(len(r.Errors), "error"), count(len(r.Warnings), "warning"))
			}
			if !r.OK() {
				return errCheckFailed
			}
			return nil
		},
	}
}
