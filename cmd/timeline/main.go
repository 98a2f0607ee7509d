// Command timeline builds a static timeline site from a folder of articles.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/newsroom/timeline/timeline"
)

func main() {
	if _, err := timeline.Build(context.Background(), timeline.Config{}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
