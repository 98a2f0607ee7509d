package timex

import "testing"

// round8SpeechCases are the rules adopted after tagging the speeches,
// interviews, briefings and quote-heavy copy of testdata/news (222-233),
// each with counter-examples, and the sentences of their self-review: the
// trigger words in another sense or another tense. A value left "" is not
// checked.
var round8SpeechCases = []formCase{
	// a reporting clause after the quotation dates its words
	{"'..., the minister told reporters late Wednesday' after a quote: the quote's 'tomorrow' is the day after Wednesday (was the day after the reference day)", "2013-10-17",
		`"We arrived here on Monday and we leave tomorrow," the minister told reporters late Wednesday.`,
		[]want{{"Monday", "DATE", "2013-10-14", "-", "", ""}, {"tomorrow", "DATE", "2013-10-17", "-", "", ""}, {"late Wednesday", "DATE", "2013-10-16", "END", "", ""}}},
	{"'..., the spokesman said on Tuesday': 'tomorrow' is Wednesday in a Wednesday paper; 'said in an interview on Friday' dates 'yesterday'", "2012-11-07",
		`"The vote will be held tomorrow," the spokesman said on Tuesday. "I saw him yesterday," she said in an interview on Friday.`,
		[]want{{"tomorrow", "DATE", "2012-11-07", "-", "", ""}, {"Tuesday", "DATE", "2012-11-06", "-", "", ""}, {"yesterday", "DATE", "2012-11-01", "-", "", ""}, {"Friday", "DATE", "2012-11-02", "-", "", ""}}},
	{"'..., said Labour's Sarah Cole on Tuesday': the subject after the verb, then the day; the next quote of hers is of that day too", "2013-06-04",
		`The minister said on Monday the cuts were fair. "They announced this yesterday," said Labour's Sarah Cole on Tuesday. "We will vote against it tomorrow."`,
		[]want{{"Monday", "DATE", "2013-06-03", "-", "", ""}, {"yesterday", "DATE", "2013-06-03", "-", "", ""}, {"Tuesday", "DATE", "2013-06-04", "-", "", ""}, {"tomorrow", "DATE", "2013-06-05", "-", "", ""}}},
	{"the written word dates its words too: 'wrote on Twitter on Friday', 'said in a letter on Monday'", "2013-06-04",
		`"I leave office tomorrow," the mayor wrote on Twitter on Friday. "We met yesterday," the bishop said in a letter on Monday.`,
		[]want{{"tomorrow", "DATE", "2013-06-01", "-", "", ""}, {"Friday", "DATE", "2013-05-31", "-", "", ""}, {"yesterday", "DATE", "2013-06-02", "-", "", ""}, {"Monday", "DATE", "2013-06-03", "-", "", ""}}},
	{"counter-example (self-review): a letter or a video to come, or one whose day is its subject's, dates no words", "2013-06-04",
		`He promised a letter on Friday. "We leave tomorrow," he said of the video on Monday.`,
		[]want{{"Friday", "DATE", "2013-06-07", "-", "", ""}, {"tomorrow", "DATE", "2013-06-05", "-", "", ""}, {"Monday", "DATE", "", "-", "", ""}}},
	{"counter-example (self-review): a lower-case noun before the day is what is said ('said the visit on Tuesday was a success')", "2013-06-05",
		`He said the visit on Tuesday was a success. "We go home tomorrow," he said.`,
		[]want{{"Tuesday", "DATE", "2013-06-04", "-", "", ""}, {"tomorrow", "DATE", "2013-06-06", "-", "", ""}}},
	{"counter-example: an undated reporting verb with no speech dated before leaves the reference day", "2012-11-07",
		`"We leave tomorrow," the minister said. "We leave tomorrow," the minister says.`,
		[]want{{"tomorrow", "DATE", "2012-11-08", "-", "", ""}, {"tomorrow", "DATE", "2012-11-08", "-", "", ""}}},
	{"counter-example (self-review): a day in a clause after the reporting verb's comma is no day of the verb", "2012-11-07",
		`"We will vote tomorrow," he said, adding that talks on Tuesday had failed.`,
		[]want{{"tomorrow", "DATE", "2012-11-08", "-", "", ""}, {"Tuesday", "DATE", "", "-", "", ""}}},
	{"counter-example (self-review): a day after the reporting verb that is no day of speaking ('on the eve of Tuesday's vote') dates nothing", "2013-10-17",
		`"We leave tomorrow," he said on the eve of Tuesday's vote.`,
		[]want{{"tomorrow", "DATE", "2013-10-18", "-", "", ""}, {"Tuesday", "DATE", "", "-", "", ""}}},
	{"counter-example (self-review): a quotation closed by its own period has no reporting clause after it", "2013-10-17",
		`"We leave tomorrow." The minister flew to Hanoi on Wednesday.`,
		[]want{{"tomorrow", "DATE", "2013-10-18", "-", "", ""}, {"Wednesday", "DATE", "2013-10-16", "-", "", ""}}},

	// a speech act dated in the sentence that opens a quotation of several sentences
	{"'Speaking at his press conference on Thursday, Kerrigan said: \"... today ... Tomorrow ...\"': the quote's second sentence is still Thursday's (was the reference day's)", "2009-10-16",
		`Speaking at his press conference on Thursday, Kerrigan said: "We train today. Tomorrow we travel."`,
		[]want{{"Thursday", "DATE", "2009-10-15", "-", "", ""}, {"today", "DATE", "2009-10-15", "-", "", ""}, {"Tomorrow", "DATE", "2009-10-16", "-", "", ""}}},
	{"counter-example: with no day of the speech the quote's words are the reference day's", "2009-10-16",
		`Kerrigan said: "We train today. Tomorrow we travel."`,
		[]want{{"today", "DATE", "2009-10-16", "-", "", ""}, {"Tomorrow", "DATE", "2009-10-17", "-", "", ""}}},

	// an undated reporting verb in the past goes on with the speech act dated last
	{"'said on Monday that ...' then '\"We start tomorrow,\" she said': the same occasion, Monday's tomorrow", "2013-06-04",
		`The minister said on Monday that the plan was ready. "We start tomorrow," she said.`,
		[]want{{"Monday", "DATE", "2013-06-03", "-", "", ""}, {"tomorrow", "DATE", "2013-06-04", "-", "", ""}}},
	{"'in a speech in Carlisle on Tuesday' then '\"Today ...,\" he told an audience' and a second quote after 'he told ... .'", "2012-11-07",
		`The prime minister promised new money in a speech in Carlisle on Tuesday. "Today we say enough," he told an audience of farmers. "Tomorrow I will meet the insurers."`,
		[]want{{"Tuesday", "DATE", "2012-11-06", "-", "", ""}, {"Today", "DATE", "2012-11-06", "-", "", ""}, {"Tomorrow", "DATE", "2012-11-07", "-", "", ""}}},
	{"'spoke to reporters on Thursday' dates the speech as 'said on Thursday' does", "2009-10-16",
		`The manager spoke to reporters on Thursday. "He trained yesterday," he said.`,
		[]want{{"Thursday", "DATE", "2009-10-15", "-", "", ""}, {"yesterday", "DATE", "2009-10-14", "-", "", ""}}},
	{"counter-example (self-review): a day of what is said ('said Tuesday's vote', 'said the election on Sunday', 'spoke about the attack on Monday') dates no speech", "2013-06-05",
		`He said Tuesday's vote was rigged. "We will protest tomorrow," he said. She said the election on Sunday was a fraud. "We march tomorrow," she said. He spoke about the attack on Monday. "We leave tomorrow," he said.`,
		[]want{{"Tuesday", "DATE", "2013-06-04", "-", "", ""}, {"tomorrow", "DATE", "2013-06-06", "-", "", ""}, {"Sunday", "DATE", "2013-06-02", "-", "", ""}, {"tomorrow", "DATE", "2013-06-06", "-", "", ""}, {"Monday", "DATE", "2013-06-03", "-", "", ""}, {"tomorrow", "DATE", "2013-06-06", "-", "", ""}}},
	{"counter-example: a day of a deed, no speech, dates no quote after it", "2013-06-04",
		`Police arrested the man on Monday. "We will charge him tomorrow," a spokesman said.`,
		[]want{{"Monday", "DATE", "2013-06-03", "-", "", ""}, {"tomorrow", "DATE", "2013-06-05", "-", "", ""}}},
	{"counter-example (self-review): 'announced' tells of news, not of words quoted; 'says' is the present", "2013-06-04",
		`The company announced the deal on Monday. "We close it tomorrow," the chief executive said. The minister said on Monday the plan was ready. "We start tomorrow," she says.`,
		[]want{{"Monday", "DATE", "2013-06-03", "-", "", ""}, {"tomorrow", "DATE", "2013-06-05", "-", "", ""}, {"Monday", "DATE", "2013-06-03", "-", "", ""}, {"tomorrow", "DATE", "2013-06-05", "-", "", ""}}},
	{"counter-example (self-review): a quote's own dated reporting clause wins over the speech dated before", "2013-06-05",
		`The minister said on Monday that the plan was ready. "We start tomorrow," she said on Tuesday.`,
		[]want{{"Monday", "DATE", "2013-06-03", "-", "", ""}, {"tomorrow", "DATE", "2013-06-05", "-", "", ""}, {"Tuesday", "DATE", "2013-06-04", "-", "", ""}}},

	{"'this morning', 'last night' in a quote go with the speech dated last", "2011-09-14",
		`Gov. Pryor said Tuesday that aid would come. "We toured the town this morning and met families last night," Pryor told reporters.`,
		[]want{{"Tuesday", "DATE", "2011-09-13", "-", "", ""}, {"this morning", "TIME", "2011-09-13TMO", "-", "", ""}, {"last night", "TIME", "2011-09-12TNI", "-", "", ""}}},
	{"counter-example: outside a dated speech 'this morning', 'last night' are the reference day's", "2011-09-14",
		`"We toured the town this morning and met families last night," Pryor told reporters.`,
		[]want{{"this morning", "TIME", "2011-09-14TMO", "-", "", ""}, {"last night", "TIME", "2011-09-13TNI", "-", "", ""}}},
	{"'Speaking to BBC Radio 5 live on Saturday' dates the speech; a day named in the quote before ('yesterday [Friday]') is no day of the next quote's words", "2015-03-02",
		`Speaking to BBC Radio 5 live on Saturday, Dunmore said talks had failed. "They turned it down yesterday [Friday]," she said. "Our door is open today and it will be open tomorrow."`,
		[]want{{"Saturday", "DATE", "2015-02-28", "-", "", ""}, {"yesterday", "DATE", "2015-02-27", "-", "", ""}, {"Friday", "DATE", "2015-02-27", "-", "", ""}, {"today", "DATE", "2015-02-28", "-", "", ""}, {"tomorrow", "DATE", "2015-03-01", "-", "", ""}}},

	{"a speech dated days before dates its own speaker's undated quotes ('she said', 'Ardent said' after 'Ardent ... said on Monday')", "2013-06-06",
		`Minister Ana Ruiz said on Monday the plant would close. "We start talks tomorrow," she said. "We start talks tomorrow," Ruiz said.`,
		[]want{{"Monday", "DATE", "2013-06-03", "-", "", ""}, {"tomorrow", "DATE", "2013-06-04", "-", "", ""}, {"tomorrow", "DATE", "2013-06-04", "-", "", ""}}},
	{"counter-example (self-review): another speaker's undated words days after the speech may be fresh: the reference day", "2013-06-06",
		`Minister Ana Ruiz said on Monday the plant would close. "We are talking to the unions today," a company spokesman said.`,
		[]want{{"Monday", "DATE", "2013-06-03", "-", "", ""}, {"today", "DATE", "2013-06-06", "-", "", ""}}},

	// the speaker's week and month
	{"'\"We closed the sale last week,\" Brooks said in an interview on Friday' in a Monday paper: the week before Friday's (was the week before the paper's)", "2016-02-29",
		`"We closed the sale last week," Brooks said in an interview on Friday.`,
		[]want{{"last week", "DATE", "2016-W07", "-", "", ""}, {"Friday", "DATE", "2016-02-26", "-", "", ""}}},
	{"counter-example: undated, 'last week' counts from the reference day; outside a quote too", "2016-02-29",
		`"We closed the sale last week," Brooks said. Brooks said in an interview on Friday that the firm closed the sale last week.`,
		[]want{{"last week", "DATE", "2016-W08", "-", "", ""}, {"Friday", "DATE", "2016-02-26", "-", "", ""}, {"last week", "DATE", "2016-W08", "-", "", ""}}},

	// a promise made in a speech
	{"'promised ... in a speech in Carlisle on Tuesday': the day of the speech, past (was the coming Tuesday); so 'pledged ... at a news conference on Friday'", "2012-11-07",
		"The prime minister promised new money over the next six years in a speech in Carlisle on Tuesday. He pledged more troops at a news conference on Friday.",
		[]want{{"the next six years", "DURATION", "P6Y", "-", "0", "0"}, {"Tuesday", "DATE", "2012-11-06", "-", "", ""}, {"Friday", "DATE", "2012-11-02", "-", "", ""}}},
	{"'vowed ... at a rally on Sunday', 'promised ... during a debate on Thursday' are past too", "2012-11-07",
		"The candidate vowed lower taxes at a rally in Ohio on Sunday. She promised more police during a televised debate on Thursday.",
		[]want{{"Sunday", "DATE", "2012-11-04", "-", "", ""}, {"Thursday", "DATE", "2012-11-01", "-", "", ""}}},
	{"counter-example (self-review): a rally, a hearing, a debate to be held is to come", "2012-11-07",
		"He promised a debate on Thursday. The party vowed to hold a rally on Sunday. The judge pledged a hearing on Friday.",
		[]want{{"Thursday", "DATE", "2012-11-08", "-", "", ""}, {"Sunday", "DATE", "2012-11-11", "-", "", ""}, {"Friday", "DATE", "2012-11-09", "-", "", ""}}},
	{"counter-example: a promise whose object has the day ('promised a vote on Tuesday'), or the day after 'to', 'that' or a verb of holding, is to come", "2012-11-07",
		"He promised a vote on Tuesday. He promised in a speech to resign on Friday. He vowed to hold a news conference on Monday.",
		[]want{{"Tuesday", "DATE", "2012-11-13", "-", "", ""}, {"Friday", "DATE", "2012-11-09", "-", "", ""}, {"Monday", "DATE", "2012-11-12", "-", "", ""}}},

	// "the last day" of a run
	{"'today is the last day we talk about it', 'Friday is the last day to apply': the final day, no stretch up to now (was P1D)", "2009-10-15",
		"Today is the last day we talk about it. Friday is the last day to apply. It was the last week when prices rose.",
		[]want{{"Today", "DATE", "2009-10-15", "-", "", ""}, {"Friday", "DATE", "2009-10-16", "-", "", ""}}},
	{"counter-example: 'over the last day', 'the last day or two', 'the last week' are the stretch up to now; 'the last year to March' a reporting year", "2009-10-15",
		"Prices fell over the last day. Rain fell in the last day or two. Sales rose in the last week. In the last year to March, sales rose.",
		[]want{{"the last day", "DURATION", "P1D", "-", "", ""}, {"the last day", "DURATION", "", "", "", ""}, {"the last week", "DATE", "2009-W41", "-", "", ""}, {"the last year", "DATE", "", "", "", ""}, {"March", "DATE", "", "", "", ""}}},

	// the future of a past speech
	{"'promised in October that a decision would be made before Christmas' in February: the Christmas after that October (was next Christmas); so 'In October, the minister said the road would reopen by Christmas' and 'would reopen in December, the minister said in October'", "2010-02-10",
		"The minister promised in October that a decision would be made before Christmas. In October, the minister said the road would reopen by Christmas. The road would reopen in December, the minister said in October.",
		[]want{{"October", "DATE", "2009-10", "-", "", ""}, {"Christmas", "DATE", "2009-12-25", "-", "", ""}, {"October", "DATE", "2009-10", "-", "", ""}, {"Christmas", "DATE", "2009-12-25", "-", "", ""}, {"December", "DATE", "2009-12", "-", "", ""}, {"October", "DATE", "2009-10", "-", "", ""}}},
	{"counter-example: a speech of this week puts the 'would' ahead; a 'would' with no speech dated, or a year alone as the frame, leaves the tense", "2010-02-10",
		"The minister said on Tuesday that the road would reopen in December. A decision would be made before Christmas.",
		[]want{{"Tuesday", "DATE", "2010-02-09", "-", "", ""}, {"December", "DATE", "2010-12", "-", "", ""}, {"Christmas", "DATE", "2010-12-25", "-", "", ""}}},
	{"counter-example (self-review): a month still under way on the day of the speech is that month; a day of another verb between ('the suspect, arrested on Monday, would appear') frames nothing", "2013-12-18",
		"Officials on Monday said the road would reopen in December. Police said the suspect, arrested on Monday, would appear in court in January.",
		[]want{{"Monday", "DATE", "2013-12-16", "-", "", ""}, {"December", "DATE", "2013-12", "-", "", ""}, {"Monday", "DATE", "2013-12-16", "-", "", ""}, {"January", "DATE", "2014-01", "-", "", ""}}},
	{"counter-example (self-review): 'had said in October' frames its 'would' as 'said' does, but a 'would' of a condition after 'if', with no verb of speech, is no report", "2010-02-10",
		"She had said in October that the road would reopen in December. In October, if the road were open, traffic would be lighter by Christmas.",
		[]want{{"October", "DATE", "2009-10", "-", "", ""}, {"December", "DATE", "2009-12", "-", "", ""}, {"October", "DATE", "2009-10", "-", "", ""}, {"Christmas", "DATE", "2010-12-25", "-", "", ""}}},

	// an editor's gloss in brackets
	{"'yesterday (Saturday)' and 'today [Monday]': the day the bracket names", "2016-04-12",
		`"The observers arrived yesterday (Saturday)," she said. "We meet them today [Monday]," he said.`,
		[]want{{"yesterday", "DATE", "2016-04-09", "-", "", ""}, {"Saturday", "DATE", "2016-04-09", "-", "", ""}, {"today", "DATE", "2016-04-11", "-", "", ""}, {"Monday", "DATE", "2016-04-11", "-", "", ""}}},
	{"counter-example: a gloss that names no weekday changes nothing", "2016-04-12",
		"The plane landed yesterday (local time) in Lima.",
		[]want{{"yesterday", "DATE", "2016-04-11", "-", "", ""}}},
}

func TestRound8Speech(t *testing.T) { runFormCases(t, round8SpeechCases, true) }
