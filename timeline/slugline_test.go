package timeline

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestDuplicateSlugNamesItsLine: two articles with one slug are an error at
// the second file's line that gives the slug (its slug key, or its title
// key when the slug comes from the file name), naming the first file.
func TestDuplicateSlugNamesItsLine(t *testing.T) {
	for _, tc := range []struct {
		name, archive, want, why string
	}{
		{
			"slug key", `
-- content/a.md --
---
title: Dam holds
date: 2024-05-01
slug: dam
---
The dam held on Tuesday.
-- content/b.md --
---
title: Dam still holds
date: 2024-05-02
publisher: River Post
slug: dam
---
The dam held again on Wednesday.
`, "content/b.md:5: duplicate slug \"dam\": ", "the slug: line of the second file",
		},
		{
			"from file names", `
-- content/Dam.md --
---
date: 2024-05-01
title: Dam holds
---
The dam held on Tuesday.
-- content/dam.md --
---
date: 2024-05-02
title: Dam still holds
---
The dam held again on Wednesday.
`, "content/dam.md:3: duplicate slug \"dam\": ", "no slug key: the title line, where an editor adds one",
		},
		{
			"no title either", `
-- content/Dam.md --
---
date: 2024-05-01
---
The dam held on Tuesday.
-- content/dam.md --
---
date: 2024-05-02
---
The dam held again on Wednesday.
`, "content/dam.md:2: duplicate slug \"dam\": ", "neither key: the first line inside the frontmatter",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := writeSite(t, tc.archive)
			_, err := build(context.Background(), Config{Source: src, Destination: filepath.Join(t.TempDir(), "out"), NoCache: true}, defaultStages())
			if err == nil {
				t.Fatal("no error for a duplicate slug")
			}
			got := err.Error()
			want := filepath.Join(src, filepath.FromSlash(tc.want))
			if !strings.Contains(got, want) {
				t.Errorf("got\n%s\nwant a line starting %q (%s)", got, want, tc.why)
			}
			if !strings.Contains(got, "has it too") || strings.Count(got, "\n") != 0 {
				t.Errorf("want one error naming the first file, got\n%s", got)
			}
		})
	}
}
