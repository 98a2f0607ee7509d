package content_test

import (
	"fmt"

	"github.com/newsroom/timeline/timeline/content"
)

func ExampleParse() {
	src := []byte(`---
title: "Storm closes the harbour"
date: 2024-02-09
publisher: "Example Gazette"
authors: ["A. Writer"]
---

The harbour closed on *Friday*. It reopened the next day.

## Background

- Ferries stayed in port.
`)
	a, err := content.Parse("content/storm.md", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Slug, a.Meta.Date.Format("2006-01-02"), a.Meta.Title)
	fmt.Print(a.HTML)
	for _, s := range a.Sentences {
		fmt.Printf("%s: %s\n", s.ID, a.Quote(s))
	}

	_, err = content.Parse("content/bad.md", []byte("---\ntitle: x\ndat: 2024-02-09\n---\nText.\n"))
	fmt.Println(err)
	// Output:
	// storm 2024-02-09 Storm closes the harbour
	// <p><span class="s" id="s1">The harbour closed on <em>Friday</em>.</span> <span class="s" id="s2">It reopened the next day.</span></p>
	// <h2>Background</h2>
	// <ul>
	// <li><span class="s" id="s3">Ferries stayed in port.</span></li>
	// </ul>
	// s1: The harbour closed on Friday.
	// s2: It reopened the next day.
	// s3: Ferries stayed in port.
	// content/bad.md:2: missing date: every article needs its publication date, e.g. date: 2025-12-01
	// content/bad.md:3: unknown frontmatter key "dat" (did you mean "date"?)
}
