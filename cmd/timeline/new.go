package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/newsroom/timeline/timeline"
)

// newCommand is "timeline new": start an article.
func newCommand() command {
	return command{
		name:    "new",
		summary: `start an article: new "Headline" [--date YYYY-MM-DD] [--publisher NAME] [--url URL]`,
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			fs := newFlagSet("new", stderr)
			source := fs.String("source", ".", "the site `folder`; the article goes into its content/")
			date := fs.String("date", "", "the publication `date`, YYYY-MM-DD (default: today)")
			var d timeline.Draft
			fs.StringVar(&d.Publisher, "publisher", "", "the publisher's `name`")
			fs.StringVar(&d.URL, "url", "", "the original article's `URL`")
			fs.Usage = func() {
				fmt.Fprintln(fs.Output(), `usage: timeline new "Headline" [flags]`)
				fs.PrintDefaults()
			}
			// The headline may come before or after the flags.
			var headline []string
			for {
				if err := fs.Parse(args); err != nil {
					return errUsage
				}
				if fs.NArg() == 0 {
					break
				}
				headline = append(headline, fs.Arg(0))
				args = fs.Args()[1:]
			}
			if len(headline) != 1 {
				fmt.Fprintln(stderr, "timeline new: give the headline as one argument, in quotes")
				fs.Usage()
				return errUsage
			}
			d.Title = headline[0]
			d.Date = time.Now()
			if *date != "" {
				t, err := time.Parse(time.DateOnly, *date)
				if err != nil {
					fmt.Fprintf(stderr, "timeline new: --date %q is not a date: use YYYY-MM-DD\n", *date)
					return errUsage
				}
				d.Date = t
			}
			path, err := timeline.NewArticle(*source, d)
			if err != nil {
				return err
			}
			fmt.Fprintln(stdout, path)
			return nil
		},
	}
}
