package main

// Scores are the TempEval-3 Task A figures, as percentages.
type Scores struct {
	Docs   int `json:"documents"`
	Gold   int `json:"gold"`
	System int `json:"system"`

	StrictP   float64 `json:"strict_precision"`
	StrictR   float64 `json:"strict_recall"`
	StrictF1  float64 `json:"strict_f1"`
	RelaxedP  float64 `json:"relaxed_precision"`
	RelaxedR  float64 `json:"relaxed_recall"`
	RelaxedF1 float64 `json:"relaxed_f1"`
	TypeAcc   float64 `json:"type_accuracy"`
	ValueAcc  float64 `json:"value_accuracy"`
	TypeF1    float64 `json:"type_f1"`  // relaxed F1 × type accuracy
	ValueF1   float64 `json:"value_f1"` // relaxed F1 × value accuracy
}

// Counts accumulates the matches of one or more documents.
type Counts struct {
	Docs, Gold, System           int
	StrictSys, StrictGold        int // system/gold spans with an identical partner
	RelaxedSys, RelaxedGold      int // system/gold spans with an overlapping partner
	Pairs, TypeRight, ValueRight int // relaxed one-to-one pairs and their attribute agreement
}

// Add scores one document's system spans against its gold spans: a span
// matches strictly when the extents are identical and relaxed when they
// overlap; attributes are compared over relaxed pairs, each gold span paired
// with the first overlapping system span not already paired.
func (c *Counts) Add(gold, sys []Span) {
	c.Docs++
	c.Gold += len(gold)
	c.System += len(sys)
	overlap := func(a, b Span) bool { return a.Start < b.End && b.Start < a.End }
	for _, s := range sys {
		strict, relaxed := false, false
		for _, g := range gold {
			if overlap(s, g) {
				relaxed = true
				strict = strict || (s.Start == g.Start && s.End == g.End)
			}
		}
		if strict {
			c.StrictSys++
		}
		if relaxed {
			c.RelaxedSys++
		}
	}
	used := make([]bool, len(sys))
	for _, g := range gold {
		strict, relaxed := false, false
		pair := -1
		for j, s := range sys {
			if overlap(s, g) {
				relaxed = true
				strict = strict || (s.Start == g.Start && s.End == g.End)
				if pair < 0 && !used[j] {
					pair = j
				}
			}
		}
		// Prefer the strict partner for the attribute comparison.
		for j, s := range sys {
			if !used[j] && s.Start == g.Start && s.End == g.End {
				pair = j
			}
		}
		if strict {
			c.StrictGold++
		}
		if relaxed {
			c.RelaxedGold++
		}
		if pair >= 0 {
			used[pair] = true
			c.Pairs++
			if sys[pair].Type == g.Type {
				c.TypeRight++
			}
			if sys[pair].Value == g.Value {
				c.ValueRight++
			}
		}
	}
}

// Scores turns the counts into percentages.
func (c Counts) Scores() Scores {
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	f1 := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	s := Scores{Docs: c.Docs, Gold: c.Gold, System: c.System}
	s.StrictP, s.StrictR = pct(c.StrictSys, c.System), pct(c.StrictGold, c.Gold)
	s.StrictF1 = f1(s.StrictP, s.StrictR)
	s.RelaxedP, s.RelaxedR = pct(c.RelaxedSys, c.System), pct(c.RelaxedGold, c.Gold)
	s.RelaxedF1 = f1(s.RelaxedP, s.RelaxedR)
	s.TypeAcc, s.ValueAcc = pct(c.TypeRight, c.Pairs), pct(c.ValueRight, c.Pairs)
	s.TypeF1 = s.RelaxedF1 * s.TypeAcc / 100
	s.ValueF1 = s.RelaxedF1 * s.ValueAcc / 100
	return s
}
