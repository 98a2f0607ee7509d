//go:build unix

package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// mainEnv, when set in the environment, makes the test binary run the
// command line it holds (arguments separated by newlines) instead of the
// tests: a real process to send signals to.
const mainEnv = "TIMELINE_TEST_MAIN"

func TestMain(m *testing.M) {
	if args := os.Getenv(mainEnv); args != "" {
		os.Exit(runMain(strings.Split(args, "\n")))
	}
	os.Exit(m.Run())
}

// TestServeCleansUpOnSignals: serve builds into a temporary folder, which
// must go whether serve is stopped by Ctrl+C, by kill (SIGTERM, as process
// managers and containers stop it) or by a closed terminal (SIGHUP).
func TestServeCleansUpOnSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			site := t.TempDir()
			writeFile(t, filepath.Join(site, "content", "strike.md"), goodArticle)
			tmp := t.TempDir()
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), mainEnv+"="+strings.Join([]string{"serve", "--source", site, "--port", "0"}, "\n"), "TMPDIR="+tmp)
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			serving := make(chan bool, 1)
			go func() {
				sc := bufio.NewScanner(stderr)
				for sc.Scan() {
					if strings.HasPrefix(sc.Text(), "Serving ") {
						serving <- true
					}
				}
				close(serving)
			}()
			select {
			case ok := <-serving:
				if !ok {
					t.Fatal("serve ended before serving")
				}
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatal("serve did not start")
			}
			left, _ := filepath.Glob(filepath.Join(tmp, "timeline-serve-*"))
			if len(left) != 1 {
				t.Fatalf("serve's temporary folder: %v, want one", left)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("serve did not stop on %v", sig)
			}
			if left, _ := filepath.Glob(filepath.Join(tmp, "timeline-serve-*")); len(left) != 0 {
				t.Errorf("%v left the temporary folder %v behind", sig, left)
			}
		})
	}
}
