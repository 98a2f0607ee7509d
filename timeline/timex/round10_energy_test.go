package timex

import "testing"

// round10EnergyCases are the rules adopted after tagging the energy,
// utilities and commodities items of testdata/news (420-433), each with
// counter-examples, and the sentences of their self-review: the trigger
// words in another sense or another tense. A value left "" is not
// checked.
var round10EnergyCases = []formCase{
	// a figure after "to", no day of a span
	{"'in the week ended Nov. 14 to 3.596 trillion', 'rose on Nov. 14 to 3 million barrels', 'on March 2 to 5 percent': a decimal, or a figure before a word of scale or measure, is what a quantity reached, no last day of a span (was a day '3', '5')", "2014-11-20",
		"Inventories fell in the week ended Nov. 14 to 3.596 trillion cubic feet. Output rose on Nov. 14 to 3 million barrels. The rate rose on March 2 to 5 percent.",
		[]want{{"the week", "DURATION", "P1W", "-", "0", "0"}, {"Nov. 14", "DATE", "2014-11-14", "-", "2014-11-14", "2014-11-14"}, {"Nov. 14", "DATE", "2014-11-14", "-", "", ""}, {"March 2", "DATE", "2014-03-02", "-", "", ""}}},
	{"counter-example (self-review): 'from Oct. 5 to 7', 'Nov. 14 to 18, 2015' keep the span; 'fell on Nov. 14 to 18 cents' reaches a price, the day alone", "2014-11-20",
		"The fair ran from Oct. 5 to 7. Talks ran Nov. 14 to 18, 2015. Shares fell on Nov. 14 to 18 cents.",
		[]want{{"Oct. 5 to 7", "DATE", "2014-10-05", "-", "2014-10-05", "2014-10-07"}, {"Nov. 14 to 18, 2015", "DATE", "2015-11-14", "-", "2015-11-14", "2015-11-18"}, {"Nov. 14", "DATE", "2014-11-14", "-", "2014-11-14", "2014-11-14"}}},

	// a capitalised decade word before a common noun: a name
	{"'the Forties pipeline system', 'the Fifties field': a capitalised decade word after 'the' before a common noun names a pipeline or a field, no decade (was 194, 195)", "2017-12-12",
		"Ineos said the Forties pipeline system would close. BP sold its stake in the Fifties field.",
		nil},
	{"counter-example (self-review): before a verb, a verb in -ed, a clause or in lower case the word stays a decade", "2017-12-12",
		"The Sixties were wild. The Seventies changed music. It was popular in the Thirties, when jazz ruled. He spoke for the sixties generation.",
		[]want{{"The Sixties", "DATE", "196", "-", "", ""}, {"The Seventies", "DATE", "197", "-", "", ""}, {"the Thirties", "DATE", "193", "-", "", ""}, {"the sixties", "DATE", "196", "-", "", ""}}},

	// a past verb of a plan, its day, then the infinitive
	{"'agreed on Wednesday to cut output ..., reducing production ... from January', 'decided on Tuesday to close the plant in January': the day dates the decision, what was decided is to come, the nearest January (was January 2016); 'since 2008,' inside the infinitive is past for its year only", "2016-11-30",
		"OPEC agreed on Wednesday to cut oil output for the first time since 2008, reducing production by 1.2 million barrels per day from January. The board decided on Tuesday to close the plant in January.",
		[]want{{"Wednesday", "DATE", "2016-11-30", "-", "", ""}, {"2008", "DATE", "2008", "-", "", ""}, {"per day", "SET", "P1D", "-", "", ""}, {"January", "DATE", "2017-01", "-", "", ""}, {"Tuesday", "DATE", "2016-11-29", "-", "", ""}, {"January", "DATE", "2017-01", "-", "", ""}}},
	{"counter-example (self-review): 'agreed on Tuesday to a deal struck in November' (a noun after 'to'), 'the plan they agreed on Monday went into force in March' (no infinitive) stay past; 'since 2009,' in a clause of no plan keeps its past", "2016-11-30",
		"The board agreed on Tuesday to a deal struck in November. The plan they agreed on Monday went into force in March. Prices have been the lowest since 2009, with a trough in March.",
		[]want{{"Tuesday", "DATE", "2016-11-29", "-", "", ""}, {"November", "DATE", "2016-11", "-", "", ""}, {"Monday", "DATE", "2016-11-28", "-", "", ""}, {"March", "DATE", "2016-03", "-", "", ""}, {"2009", "DATE", "2009", "-", "", ""}, {"March", "DATE", "2016-03", "-", "", ""}}},

	// "for May delivery"
	{"'crude futures for May delivery', 'Brent for May settlement', 'May futures': a capitalised May before a contract's noun is its month (was none)", "2020-04-20",
		"West Texas Intermediate crude futures for May delivery fell below zero. Brent for May settlement rose. May futures slid.",
		[]want{{"May", "DATE", "2020-05", "-", "", ""}, {"May", "DATE", "2020-05", "-", "", ""}, {"May", "DATE", "2020-05", "-", "", ""}}},
	{"counter-example (self-review): the modal before 'settle' or 'deliver' and 'delivery' after another word are no month", "2020-04-20",
		"The firms may settle for less. Delivery may slow. Shipments for Mayfair delivery rose.",
		nil},

	// a forecast raised or cut for a month
	{"'raised its Brent forecast to $95 a barrel for December', 'cut its price target for January': a forecast is of a month to come (was December 2022, January 2023)", "2023-04-03",
		"Goldman Sachs raised its Brent forecast to $95 a barrel for December. UBS cut its price target for January.",
		[]want{{"December", "DATE", "2023-12", "-", "", ""}, {"January", "DATE", "2024-01", "-", "", ""}}},
	{"counter-example (self-review): a forecast only judged ('Its forecast for December proved too high'), rates raised 'for January' (no forecast) and a forecast of a year named before keep the tense's month", "2023-04-03",
		"Its forecast for December proved too high. The bank raised rates for January. In 2019, it raised its forecast for December.",
		[]want{{"December", "DATE", "2022-12", "-", "", ""}, {"January", "DATE", "2023-01", "-", "", ""}, {"2019", "DATE", "2019", "-", "", ""}, {"December", "DATE", "2019-12", "-", "", ""}}},

	// a noun's participle after the date
	{"'shut down its plant early Friday to begin a refueling outage expected to last five weeks', 'cut the cable on Thursday during a repair expected to last days': the participle belongs to the noun, no future for the day (was the Friday, Thursday to come)", "2007-10-06",
		"Progress Energy shut down its plant early Friday to begin a refueling outage expected to last five weeks. Workers cut the cable on Thursday during a repair expected to last days.",
		[]want{{"early Friday", "DATE", "2007-10-05", "START", "", ""}, {"five weeks", "DURATION", "P5W", "-", "", ""}, {"Thursday", "DATE", "2007-10-04", "-", "", ""}, {"days", "DURATION", "PXD", "-", "", ""}}},
	{"counter-example (self-review): 'closes on Friday and is expected to reopen' (a verb after 'is'), 'begin Friday, with a vote scheduled for Monday' keep the days to come", "2007-10-06",
		"The plant closes on Friday and is expected to reopen in a month. Talks begin Friday, with a vote scheduled for Monday.",
		[]want{{"Friday", "DATE", "2007-10-12", "-", "", ""}, {"a month", "DURATION", "P1M", "-", "", ""}, {"Friday", "DATE", "2007-10-12", "-", "", ""}, {"Monday", "DATE", "2007-10-08", "-", "", ""}}},

	// self-review, second pass: the trigger words in other senses
	{"counter-example (self-review): a decade before a noun of its people, culture or economy ('The Nineties boom', 'the Sixties generation') stays a decade", "2016-04-06",
		"The Nineties boom ended. The Sixties generation is retiring.",
		[]want{{"The Nineties", "DATE", "199", "-", "", ""}, {"The Sixties", "DATE", "196", "-", "", ""}}},
	{"counter-example (self-review): 'cut their forecast for March payrolls' in April is a forecast of a month's figures, the March gone; 'agreed on Monday to testify about what happened in March' takes the nearer verb's past", "2016-04-06",
		"Economists cut their forecast for March payrolls. He agreed on Monday to testify about what happened in March.",
		[]want{{"March", "DATE", "2016-03", "-", "", ""}, {"Monday", "DATE", "2016-04-04", "-", "", ""}, {"March", "DATE", "2016-03", "-", "", ""}}},

	// a commodity's contract month (probing beyond the items)
	{"'Brent's January contract', 'Heating oil for January rose 2 cents', 'The February strip traded' after a contract was named: a commodity's contract, a market report's shorthand and a futures strip name a month current or to come (was January 2015)", "2015-11-19",
		"Brent's January contract rose 40 cents. Heating oil for January rose 2 cents. The February strip traded at $2.45 in the futures market.",
		[]want{{"January", "DATE", "2016-01", "-", "", ""}, {"January", "DATE", "2016-01", "-", "", ""}, {"February", "DATE", "2016-02", "-", "", ""}}},
	{"counter-example (self-review): a wage deal's 'January contract' with no commodity, 'Oil for January was stored' (no price's move), 'the Gaza Strip' and 'In January strip mining resumed' keep the tense's month", "2015-11-19",
		"Workers signed the January contract after a strike. The firm's January contract with the union ended. Oil for January was stored in tanks. The Gaza Strip was shelled in March. In January strip mining resumed.",
		[]want{{"January", "DATE", "2015-01", "-", "", ""}, {"January", "DATE", "2015-01", "-", "", ""}, {"January", "DATE", "2015-01", "-", "", ""}, {"March", "DATE", "2015-03", "-", "", ""}, {"January", "DATE", "2015-01", "-", "", ""}}},

	// an infinitive of taking effect after a past deed
	{"'approved new rates to take effect in January', 'filed on Friday, asking for rates to take effect in January': the effect comes after a recent deed, the nearest January (was January 2015)", "2015-11-19",
		"Regulators approved new rates to take effect in January. The utility filed its rate case on Friday, asking for rates to go into effect in January.",
		[]want{{"January", "DATE", "2016-01", "-", "", ""}, {"Friday", "DATE", "2015-11-13", "-", "", ""}, {"January", "DATE", "2016-01", "-", "", ""}}},
	{"counter-example (self-review): 'took effect in January' (no infinitive), 'are to take effect in June' (a future), and a deed dated in a year gone ('In 2012, Congress passed a law to take effect in January') keep their readings", "2015-11-19",
		"The rates took effect in January. The rules are to take effect in June. In 2012, Congress passed a law to take effect in January.",
		[]want{{"January", "DATE", "2015-01", "-", "", ""}, {"June", "DATE", "2016-06", "-", "", ""}, {"2012", "DATE", "2012", "-", "", ""}, {"January", "DATE", "2012-01", "-", "", ""}}},

	// "ahead of" a date
	{"'reached 82% on Monday, ahead of the 1 November target', 'rose ahead of Nov. 8 elections': what a recent deed is ahead of comes after it (was 1 November 2021); 'target' is the date's noun, the article outside", "2022-09-07",
		"EU gas storage reached 82% on Monday, ahead of the 1 November target. Shares rose ahead of Nov. 8 elections.",
		[]want{{"Monday", "DATE", "2022-09-05", "-", "", ""}, {"1 November", "DATE", "2022-11-01", "-", "", ""}, {"Nov. 8", "DATE", "2022-11-08", "-", "", ""}}},
	{"counter-example (self-review): a deed dated months back ('rose in February ahead of the March 3 vote'), a day just gone ('sold ahead of the Sept. 5 deadline') and a deadline told as passed without 'ahead' keep the past", "2022-09-07",
		"Prices rose in February ahead of the March 3 vote. Traders sold ahead of the Sept. 5 deadline. The deadline of 1 November passed.",
		[]want{{"February", "DATE", "2022-02", "-", "", ""}, {"March 3", "DATE", "2022-03-03", "-", "", ""}, {"Sept. 5", "DATE", "2022-09-05", "-", "", ""}, {"1 November", "DATE", "2021-11-01", "-", "", ""}}},

	// "the previous week" after a day that closes a week of figures
	{"'fell by 15 Bcf in the week ended Nov. 14, after rising 40 Bcf the previous week', 'as of Friday, November 28, 2014 ... from the previous week': the week before the one the day closes (was the week before the reference day's)", "2014-12-04",
		"Inventories fell by 15 Bcf in the week ended Nov. 14, after rising 40 Bcf the previous week. Working gas in storage was 3,432 Bcf as of Friday, November 28, 2014. This represents a net decline of 61 Bcf from the previous week.",
		[]want{{"the week", "DURATION", "P1W", "-", "", ""}, {"Nov. 14", "DATE", "2014-11-14", "-", "", ""}, {"the previous week", "DATE", "2014-W45", "-", "", ""}, {"Friday, November 28, 2014", "DATE", "2014-11-28", "-", "", ""}, {"the previous week", "DATE", "2014-W47", "-", "", ""}}},
	{"counter-example (self-review): a day named after the stretch ('On Tuesday, he said the previous week was bad') and a stretch two sentences back leave the week before the anchor's", "2014-11-20",
		"Claims fell in the week ended Nov. 14. On Tuesday, he said the previous week was bad. Elsewhere, it rained. Traffic was heavy. Sales had fallen the previous week.",
		[]want{{"the week", "DURATION", "P1W", "-", "", ""}, {"Nov. 14", "DATE", "2014-11-14", "-", "", ""}, {"Tuesday", "DATE", "2014-11-18", "-", "", ""}, {"the previous week", "DATE", "2014-W46", "-", "", ""}, {"the previous week", "DATE", "2014-W46", "-", "", ""}}},

	// a futures contract's quarter
	{"'Electricity futures for the June quarter', 'Power for second-quarter delivery', 'The Q3 contract' after futures: the quarter under way or to come, as a contract trades until its quarter ends (was 2016-Q2, 2016-Q2, 2016-Q3)", "2017-03-09",
		"Electricity futures for the June quarter have doubled since November. Power for second-quarter delivery rose. The Q3 contract rose.",
		[]want{{"the June quarter", "DATE", "2017-Q2", "-", "", ""}, {"November", "DATE", "2016-11", "-", "", ""}, {"second-quarter", "DATE", "2017-Q2", "-", "", ""}, {"Q3", "DATE", "2017-Q3", "-", "", ""}}},
	{"counter-example (self-review): 'Prices for the June quarter', a supplier's 'contract for the third quarter', 'reported fourth-quarter contract wins' after futures were named, and the quarter under way after futures ('Futures for the first quarter' in March) keep the quarter that began last", "2017-03-09",
		"Prices for the June quarter rose. Boeing won a contract for the third quarter. Futures for the first quarter rose. Halliburton reported fourth-quarter contract wins.",
		[]want{{"the June quarter", "DATE", "2016-Q2", "-", "", ""}, {"the third quarter", "DATE", "2016-Q3", "-", "", ""}, {"the first quarter", "DATE", "2017-Q1", "-", "", ""}, {"fourth-quarter", "DATE", "2016-Q4", "-", "", ""}}},
}

func TestRound10Energy(t *testing.T) { runFormCases(t, round10EnergyCases, true) }
