package events

import "testing"

func TestZZTitle(t *testing.T) {
	for _, x := range Extract(article("b", "2027-08-07", "The suspect appeared in court on Friday."), Options{}) {
		t.Logf("M %q trig=%s kind=%s subj=%q obj=%q val=%s", x.Expression, x.Trigger, x.Kind, x.Subject, x.Object, x.Timex.Value)
	}
}
