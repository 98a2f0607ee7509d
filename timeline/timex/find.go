package timex

import "time"

func find(text string, ref time.Time) []Timex {
	return newTagger(text, ref).run()
}
