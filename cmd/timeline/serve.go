package main

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"

	"github.com/newsroom/timeline/timeline"
	"github.com/newsroom/timeline/timeline/serve"
)

// serveCommand is "timeline serve": build, serve on the loopback
// interface, rebuild on change and reload the open pages.
func serveCommand() command {
	return command{
		name:    "serve",
		summary: "build, serve on http://127.0.0.1:1313/, rebuild and reload pages on change",
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			fs := newFlagSet("serve", stderr)
			var cfg timeline.Config
			fs.StringVar(&cfg.Source, "source", ".", "the site `folder` holding content/, templates/ and timeline.toml")
			fs.StringVar(&cfg.Destination, "destination", "", "the `folder` to build into (default: a temporary folder, removed on exit, so public/ keeps the deployable build)")
			bind := fs.String("bind", "127.0.0.1", "the `address` to listen on")
			port := fs.Int("port", 1313, "the TCP `port` to listen on")
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			if cfg.Destination == "" {
				tmp, err := os.MkdirTemp("", "timeline-serve-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				cfg.Destination = filepath.Join(tmp, "site")
			}
			return serve.Run(ctx, serveOptions(cfg, net.JoinHostPort(*bind, strconv.Itoa(*port)), stderr))
		},
	}
}

// serveOptions are the dev server's options for building cfg and serving
// it at addr. The site is built for the root of a local address, whatever
// base URL it is deployed under.
func serveOptions(cfg timeline.Config, addr string, log io.Writer) serve.Options {
	cfg.BaseURL = "/"
	// The builder keeps the last build's articles, events' feed parts and
	// manifest in memory: a rebuild reads and formats only what changed.
	b := timeline.NewBuilder(cfg)
	return serve.Options{
		Dir: cfg.Destination,
		Rebuild: func(ctx context.Context) error {
			_, err := b.Build(ctx)
			return err
		},
		Watch: []string{
			filepath.Join(cfg.Source, "content"),
			filepath.Join(cfg.Source, "templates"),
			filepath.Join(cfg.Source, "timeline.toml"),
		},
		Addr: addr,
		Log:  log,
	}
}
