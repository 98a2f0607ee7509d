package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	empty := t.TempDir()
	site := t.TempDir()
	os.MkdirAll(filepath.Join(site, "content"), 0o755)
	os.WriteFile(filepath.Join(site, "content", "a.md"), []byte("---\ntitle: A\ndate: 2024-01-02\n---\nThe bridge closed on Monday.\n"), 0o644)
	bad := t.TempDir()
	os.MkdirAll(filepath.Join(bad, "content"), 0o755)
	os.WriteFile(filepath.Join(bad, "content", "a.md"), []byte("---\ntitle: A\n---\nText.\n"), 0o644)
	os.WriteFile(filepath.Join(bad, "content", "b.md"), []byte("---\ndate: 2024-01-02\ntitel: B\n---\nText.\n"), 0o644)
	for _, tc := range []struct {
		args           []string
		code           int
		stdout, stderr string
		reason         string
	}{
		{[]string{"build", "--source", site}, 0, "built 1 article, ", "", "a build prints its summary"},
		{[]string{"--source", site, "--destination", filepath.Join(site, "out"), "--base-url", "https://example.org/x/"}, 0, "into " + filepath.Join(site, "out"), "", "flags without the verb"},
		{[]string{"build", "--source", bad}, 1, "", filepath.Join(bad, "content", "a.md") + ":2: missing date", "every problem is printed"},
		{[]string{"build", "--source", bad}, 1, "", filepath.Join(bad, "content", "b.md") + ":3: ", "every problem is printed, with its line"},
		{[]string{"help"}, 0, "commands:", "", "help lists the verbs"},
		{[]string{"bogus"}, 2, "", `unknown command "bogus"`, "an unknown verb is a usage error"},
		{[]string{"build", "--nope"}, 2, "", "flag provided but not defined: -nope", "an unknown flag is a usage error"},
		{[]string{"build", "extra"}, 2, "", `unexpected argument "extra"`, "stray arguments are refused"},
		{[]string{"build", "-h"}, 2, "", "-base-url", "-h prints the flags"},
		{[]string{"build", "--source", empty}, 1, "", filepath.Join(empty, "content") + ": no such folder", "problems are printed as path: message, exit 1"},
		{[]string{"--source", empty}, 1, "", filepath.Join(empty, "content") + ": no such folder", "no verb means build"},
		{[]string{"build", "--source", empty, "--destination", empty}, 1, "", "refusing to replace destination", "a dangerous destination is refused"},
		{[]string{"build", "--source", empty, "--base-url", "javascript:x"}, 1, "", "--base-url", "a bad base URL names the flag"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tc.args, &stdout, &stderr)
		if code != tc.code || !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("run %q = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q (%s)",
				tc.args, code, stdout.String(), stderr.String(), tc.code, tc.stdout, tc.stderr, tc.reason)
		}
	}
	if !strings.Contains(stdoutOf(t, "build", "--source", site), " into "+filepath.Join(site, "public")+" in ") {
		t.Error("the summary does not name the destination")
	}
	var stdout, stderr bytes.Buffer
	run(context.Background(), []string{"build", "-h"}, &stdout, &stderr)
	if strings.Contains(stderr.String(), "profile") {
		t.Errorf("build -h lists the hidden profiling flags:\n%s", stderr.String())
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("failed builds wrote %v", entries)
	}
}

func stdoutOf(t *testing.T, args ...string) string {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("run %q = %d: %s", args, code, stderr.String())
	}
	return stdout.String()
}
