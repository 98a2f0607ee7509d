// Command timeline builds a static timeline site from a folder of articles.
//
// Usage:
//
//	timeline [build] [--source DIR] [--destination DIR] [--base-url URL]
//
// With no verb it builds. Each verb is a command value in its own file,
// listed once in commands below.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/newsroom/timeline/timeline/content"
)

// command is one verb of the command line.
type command struct {
	name    string
	summary string // one line for the usage text
	// run parses args (after the verb) with its own flag.FlagSet and does
	// the work. A returned errUsage means the usage was already printed.
	run func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands lists the verbs; the first is the default. Adding a verb is a
// new file defining a command value plus one line here.
func commands() []command {
	return []command{
		buildCommand(),
		serveCommand(),
		checkCommand(),
		newCommand(),
	}
}

// errUsage is returned for bad flags or arguments; it exits with status 2.
var errUsage = errors.New("usage")

// errReported is returned when the verb printed its problems itself; it
// exits with status 1 and prints nothing more.
var errReported = errors.New("reported")

func main() {
	os.Exit(runMain(os.Args[1:]))
}

// runMain runs args as the command line, stopping the work as Ctrl+C does
// on an interrupt, a termination (kill, a process manager, a container
// stop) or a hang-up (a closed terminal), so that serve removes its
// temporary folder whichever ends it.
func runMain(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	return run(ctx, args, os.Stdout, os.Stderr)
}

// run runs the command line args and returns the exit status: 0 on
// success, 1 when the work failed, 2 on a usage error. Each problem in the
// user's files is printed on its own line as "path:line: message".
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmds := commands()
	cmd := cmds[0]
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		found := false
		for _, c := range cmds {
			if c.name == args[0] {
				cmd, found = c, true
			}
		}
		if args[0] == "help" {
			usage(stdout, cmds)
			return 0
		}
		if !found {
			fmt.Fprintf(stderr, "timeline: unknown command %q\n", args[0])
			usage(stderr, cmds)
			return 2
		}
		args = args[1:]
	}
	err := cmd.run(ctx, args, stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errReported):
		return 1
	}
	var errs content.Errors
	var one *content.Error
	switch {
	case errors.As(err, &errs):
		for _, e := range errs {
			fmt.Fprintln(stderr, e)
		}
	case errors.As(err, &one):
		fmt.Fprintln(stderr, one)
	default:
		fmt.Fprintf(stderr, "timeline %s: %v\n", cmd.name, err)
	}
	return 1
}

func usage(w io.Writer, cmds []command) {
	fmt.Fprintln(w, "usage: timeline [command] [flags]\n\ncommands:")
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"timeline <command> -h\" for a command's flags; with no command, timeline builds.")
}

// newFlagSet returns a flag set for the verb that prints its errors and
// usage to stderr and returns errors instead of exiting. A flag defined
// with an empty usage string is hidden: it works but is not listed.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("timeline "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		shown := flag.NewFlagSet(fs.Name(), flag.ContinueOnError)
		shown.SetOutput(fs.Output())
		fs.VisitAll(func(f *flag.Flag) {
			if f.Usage != "" {
				shown.Var(f.Value, f.Name, f.Usage)
				shown.Lookup(f.Name).DefValue = f.DefValue
			}
		})
		fmt.Fprintf(fs.Output(), "Usage of %s:\n", fs.Name())
		shown.PrintDefaults()
	}
	return fs
}

// parseFlags parses args with fs, turning flag errors and stray arguments
// into errUsage (flag has printed the problem already).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errUsage
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	return nil
}
