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
	for _, tc := range []struct {
		args           []string
		code           int
		stdout, stderr string
		reason         string
	}{
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
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("failed builds wrote %v", entries)
	}
}
