// Package serve previews a built site while it is being edited: it serves
// the site's folder over HTTP on the loopback interface, watches the site's
// sources, rebuilds on change and reloads the open pages.
//
// The package does not know how a site is built: Options.Rebuild does that.
// It never writes into the served folder; the reload script and the error
// banner are added to HTML responses only.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// DefaultAddr is the address Run listens on when Options gives none.
const DefaultAddr = "127.0.0.1:1313"

// Options configure Run. Dir and Rebuild are required.
type Options struct {
	// Dir is the built site's folder, the only thing served.
	Dir string

	// Rebuild builds the site into Dir. Run calls it once before serving
	// and again after each change to the watched paths, never concurrently.
	// When it fails, Dir is expected to still hold the last good site
	// (an atomic build leaves it untouched); the error is shown in the
	// terminal and on every served page until a rebuild succeeds.
	Rebuild func(ctx context.Context) error

	// Watch lists the files and folders whose changes trigger a rebuild;
	// folders are watched recursively.
	Watch []string

	// Addr is the TCP address to listen on; DefaultAddr when empty.
	// Listener, when not nil, is used instead (and closed by Run).
	Addr     string
	Listener net.Listener

	// Debounce is how long changes must settle before a rebuild;
	// DefaultDebounce when zero.
	Debounce time.Duration

	// Log receives what the terminal shows: the address, each rebuild's
	// cause and every failure. Nil discards it.
	Log io.Writer
}

// Run builds the site, serves it and rebuilds it on change until ctx is
// done, then shuts the server down gracefully. It returns nil after a
// shutdown asked for by ctx; a failed build is not an error of Run (the
// site is served with the error shown), but a server that cannot listen is.
func Run(ctx context.Context, opts Options) error {
	if opts.Dir == "" || opts.Rebuild == nil {
		return errors.New("serve: Options.Dir and Options.Rebuild are required")
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	log := opts.Log
	if log == nil {
		log = io.Discard
	}
	ln := opts.Listener
	if ln == nil {
		addr := opts.Addr
		if addr == "" {
			addr = DefaultAddr
		}
		var err error
		var lc net.ListenConfig
		if ln, err = lc.Listen(ctx, "tcp", addr); err != nil {
			if errors.Is(err, syscall.EADDRINUSE) {
				return fmt.Errorf("cannot listen on %s: the port is in use (another timeline serve?): stop that server or choose another port with --port: %w", addr, err)
			}
			return fmt.Errorf("cannot listen on %s: %w", addr, err)
		}
	}
	defer ln.Close()

	h := NewHandler(opts.Dir)
	built := false // whether a build succeeded: a last good site is served
	rebuild := func(cause string) {
		start := time.Now()
		err := opts.Rebuild(ctx)
		if ctx.Err() != nil {
			return // interrupted: neither a success nor a failure to show
		}
		switch {
		case err != nil && built:
			fmt.Fprintf(log, "Build failed%s; serving the last good build:\n%v\n", cause, err)
		case err != nil:
			fmt.Fprintf(log, "Build failed%s; nothing to serve until it is fixed:\n%v\n", cause, err)
		default:
			built = true
			fmt.Fprintf(log, "Built%s in %v.\n", cause, time.Since(start).Round(time.Millisecond))
		}
		h.Rebuilt(err)
	}
	rebuild("")

	w, err := NewWatcher(opts.Watch...)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		w.Run(ctx, opts.Debounce, func(changed []string) {
			rebuild(" after a change to " + describe(changed))
		})
	}()

	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	srv.RegisterOnShutdown(h.Close)
	fmt.Fprintf(log, "Serving %s at http://%s/ (Ctrl+C to stop)\n", opts.Dir, ln.Addr())

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		stop()
		<-watchDone
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h.Close()
	err = srv.Shutdown(shutCtx)
	<-watchDone
	if err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}

// describe names the changed paths for the terminal, briefly.
func describe(paths []string) string {
	if len(paths) == 0 {
		return "the sources"
	}
	names := make([]string, 0, 3)
	for i, p := range paths {
		if i == 3 {
			names = append(names, fmt.Sprintf("and %d more", len(paths)-3))
			break
		}
		names = append(names, filepath.Base(p))
	}
	return strings.Join(names, ", ")
}
