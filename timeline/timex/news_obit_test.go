package timex

// newsObit are the news items of testdata/news (560-573) of obituaries
// and profiles: the news obituary's "died Tuesday at his home in ... He
// was 87.", the biography that follows ("born on March 3, 1926, in ...",
// "in the late 1940s", "Two years later", "the following year", "from
// 1955 to 1968", "at the age of 12", "By his early 20s"), survivors ("His
// wife of 61 years"), funerals and memorials to come ("A funeral will be
// held Saturday", "A memorial service will be held later this year"),
// tributes "on Wednesday", a death's tenth anniversary, and profiles of
// the living ("now 64", "since 2011", "These days"), written as AP, the
// New York Times, the Guardian, the Telegraph, Reuters, AFP, PTI, the BBC
// and local papers' paid death notices would, 2006-2026 on varied
// weekdays. Each was annotated by hand before the tagger was run, like
// newsArticles, and TestNewsArticles tags them; a line marked "gap" keeps
// the tagger's output and gives the hand annotation.
//
// Conventions, by TimeBank and the package doc: an age ("He was 87",
// "aged 79", "at the age of 12", "By his early 20s", "into her 80s",
// "When I'm 70") is not tagged, and neither is "the 10th anniversary" or
// a football club's "seasons"; "now" before an age is PRESENT_REF;
// "most of the 1960s" tags "the 1960s"; "His wife of 61 years" is a
// duration; "Ten years ago today" is "Ten years ago" and "today", as
// "A hundred and forty years ago tonight" (280); a paid notice's "Monday,
// 4-8 p.m." is the day and two clock times.
//
// On the first run the tagger agreed with 181 of the 193 expressions
// annotated by hand (extent, type, value, mod) and tagged two the hand
// had left out ("It feels like yesterday", the stadium "Easter Road"); of
// the 12 others, five were the hand annotation's slips against the
// package's conventions and TBAQ: "over" and "almost" stay outside the
// extent ("over 60 years", "over three decades", "almost two decades"),
// TBAQ gives "the past year" DATE with last year's value, and leaves a
// margin after "by" untagged ("predates his birth by decades": so "outlive
// its architect by centuries" is none). After the rules of
// round10_obit_test.go the tagger agrees with all 192 expressions of the
// corrected annotation and tags nothing else; no gap is left.
var newsObit = []newsArticle{
	{"560-ap-obit-jazz-pianist", "2014-03-12", "AP obituary (Wednesday): 'for more than four decades', 'died Tuesday', 'since a fall in December' (2013), 'born on March 3, 1926', 'the late 1940s', '1953. Two years later' (1955), 'from 1955 to 1968', 'In 2005 ... the following year' (2006), 'every spring until 2012', 'on Wednesday', 'His wife of 61 years', 'died in 2010', 'A funeral will be held Saturday'; ages none",
		[]want{
			{"more than four decades", "DURATION", "P40Y", "MORE_THAN", "", ""},
			{"Tuesday", "DATE", "2014-03-11", "-", "", ""},
			{"December", "DATE", "2013-12", "-", "", ""},
			{"March 3, 1926", "DATE", "1926-03-03", "-", "", ""},
			{"the late 1940s", "DATE", "194", "END", "", ""},
			{"1953", "DATE", "1953", "-", "", ""},
			{"Two years later", "DATE", "1955", "-", "", ""},
			{"1955", "DATE", "1955", "-", "", ""},
			{"1968", "DATE", "1968", "-", "", ""},
			{"2005", "DATE", "2005", "-", "", ""},
			{"the following year", "DATE", "2006", "-", "", ""},
			{"every spring", "SET", "XXXX-SP", "-", "", ""},
			{"2012", "DATE", "2012", "-", "", ""},
			{"Wednesday", "DATE", "2014-03-12", "-", "", ""},
			{"61 years", "DURATION", "P61Y", "-", "", ""},
			{"2010", "DATE", "2010", "-", "", ""},
			{"Saturday", "DATE", "2014-03-15", "-", "", ""},
		}},
	{"561-nyt-obit-architect", "2009-08-24", "NYT obituary (Monday): 'died on Saturday', 'on Nov. 14, 1917', 'in 1923, when she was 5' (age none), 'in 1941', 'World War II' (none), 'In the early 1950s', '1958', '1996', 'over the next three decades', '1989', 'into her 80s' (none), 'in 2004', 'every morning', 'by centuries', '1962', 'later this year'",
		[]want{
			{"Saturday", "DATE", "2009-08-22", "-", "", ""},
			{"Nov. 14, 1917", "DATE", "1917-11-14", "-", "", ""},
			{"1923", "DATE", "1923", "-", "", ""},
			{"1941", "DATE", "1941", "-", "", ""},
			{"the early 1950s", "DATE", "195", "START", "", ""},
			{"1958", "DATE", "1958", "-", "", ""},
			{"1996", "DATE", "1996", "-", "", ""},
			{"the next three decades", "DURATION", "P30Y", "-", "", ""},
			{"1989", "DATE", "1989", "-", "", ""},
			{"2004", "DATE", "2004", "-", "", ""},
			{"every morning", "SET", "XXXX-XX-XXTMO", "-", "", ""},
			// 'centuries' of "should outlive its architect by centuries": by hand DURATION PXCE, corrected to none: TBAQ leaves a margin after "by" untagged ("a diplomatic struggle that predates his birth by decades", NYT20000106.0007)
			{"1962", "DATE", "1962", "-", "", ""},
			{"later this year", "DATE", "2009", "-", "", ""},
		}},
	{"562-guardian-obit-poet", "2017-01-19", "Guardian 'other lives' obituary (Thursday): 'aged 79' (none), 'over half a century', 'at 15' (none), 'most of the 1960s', '1971 ... two years later' (1973), 'the miners' strike of 1984', '1992', 'the late 1990s', 'until 2008', 'the spring of 2015', 'last summer' (2016), 'until days before her death, on 9 January', '1960', '2002', 'on 4 February' (to come), the closing 'born 3 April 1937; died 9 January 2017'",
		[]want{
			{"half a century", "DURATION", "P50Y", "-", "", ""},
			{"the 1960s", "DATE", "196", "-", "", ""},
			{"1971", "DATE", "1971", "-", "", ""},
			{"two years later", "DATE", "1973", "-", "", ""},
			{"1984", "DATE", "1984", "-", "", ""},
			{"1992", "DATE", "1992", "-", "", ""},
			{"the late 1990s", "DATE", "199", "END", "", ""},
			{"2008", "DATE", "2008", "-", "", ""},
			{"the spring of 2015", "DATE", "2015-SP", "-", "", ""},
			{"last summer", "DATE", "2016-SU", "-", "", ""},
			{"days", "DURATION", "PXD", "-", "", ""},
			{"9 January", "DATE", "2017-01-09", "-", "", ""},
			{"1960", "DATE", "1960", "-", "", ""},
			{"2002", "DATE", "2002", "-", "", ""},
			{"4 February", "DATE", "2017-02-04", "-", "", ""},
			{"3 April 1937", "DATE", "1937-04-03", "-", "", ""},
			{"9 January 2017", "DATE", "2017-01-09", "-", "", ""},
		}},
	{"563-telegraph-obit-raf-pilot", "2006-10-07", "Telegraph obituary (Saturday): 'aged 88' (none), 'in 1942', 'born on July 22 1918', '1937', 'In the spring of 1942 ... Over the next four months ... on June 2' (1942), 'five hours', 'that autumn' (1942), 'the following year' (1943), 'After the war' (none), 'from 1951 to 1953', '1968', 'for the next 20 years', 'In his 80s' (none), 'every September', 'in 1946', '1999'",
		[]want{
			{"1942", "DATE", "1942", "-", "", ""},
			{"July 22 1918", "DATE", "1918-07-22", "-", "", ""},
			{"1937", "DATE", "1937", "-", "", ""},
			{"the spring of 1942", "DATE", "1942-SP", "-", "", ""},
			{"the next four months", "DURATION", "P4M", "-", "", ""},
			{"June 2", "DATE", "1942-06-02", "-", "", ""}, // 2006-06-02 on the first run, before round10_obit (the spring of 1942 told on "Over the next four months")
			{"five hours", "DURATION", "PT5H", "-", "", ""},
			{"that autumn", "DATE", "1942-FA", "-", "", ""},     // 2006-FA on the first run
			{"the following year", "DATE", "1943", "-", "", ""}, // PAST_REF on the first run
			{"1951", "DATE", "1951", "-", "", ""},
			{"1953", "DATE", "1953", "-", "", ""},
			{"1968", "DATE", "1968", "-", "", ""},
			{"the next 20 years", "DURATION", "P20Y", "-", "", ""},
			{"every September", "SET", "XXXX-09", "-", "", ""},
			{"1946", "DATE", "1946", "-", "", ""},
			{"1999", "DATE", "1999", "-", "", ""},
		}},
	{"564-reuters-obit-ceo", "2021-05-04", "Reuters obituary (Tuesday): dateline 'May 4', 'for 15 years', 'at the age of 76' (none), 'said on Tuesday', 'died on Sunday', '1971', '1994', '1999', 'over the following decade', '2009', 'from 2011 to 2017', 'the company we are today', 'until Friday', 'at 0915 GMT', 'next week'",
		[]want{
			{"May 4", "DATE", "2021-05-04", "-", "", ""},
			{"15 years", "DURATION", "P15Y", "-", "", ""},
			{"Tuesday", "DATE", "2021-05-04", "-", "", ""},
			{"Sunday", "DATE", "2021-05-02", "-", "", ""},
			{"1971", "DATE", "1971", "-", "", ""},
			{"1994", "DATE", "1994", "-", "", ""},
			{"1999", "DATE", "1999", "-", "", ""},
			{"the following decade", "DURATION", "P10Y", "-", "", ""}, // DATE 200 on the first run, before round10_obit
			{"2009", "DATE", "2009", "-", "", ""},
			{"2011", "DATE", "2011", "-", "", ""},
			{"2017", "DATE", "2017", "-", "", ""},
			{"today", "DATE", "2021-05-04", "-", "", ""},
			{"Friday", "DATE", "2021-05-07", "-", "", ""},
			{"0915 GMT", "TIME", "2021-05-04T09:15", "-", "", ""},
			{"next week", "DATE", "2021-W19", "-", "", ""},
		}},
	{"565-afp-obit-filmmaker", "2019-11-29", "AFP obituary (Friday): 'aged 84' (none), 'for three decades', 'said Friday', 'died late Thursday', 'in 1935', 'the late 1950s', 'Her 1968 debut', 'for nearly 20 years', 'in 1987', 'In the 1990s', 'in February 2006', 'on Friday', 'buried on Sunday'",
		[]want{
			{"three decades", "DURATION", "P30Y", "-", "", ""},
			{"Friday", "DATE", "2019-11-29", "-", "", ""},
			{"late Thursday", "DATE", "2019-11-28", "END", "", ""},
			{"1935", "DATE", "1935", "-", "", ""},
			{"the late 1950s", "DATE", "195", "END", "", ""},
			{"1968", "DATE", "1968", "-", "", ""},
			{"nearly 20 years", "DURATION", "P20Y", "LESS_THAN", "", ""},
			{"1987", "DATE", "1987", "-", "", ""},
			{"the 1990s", "DATE", "199", "-", "", ""},
			{"February 2006", "DATE", "2006-02", "-", "", ""},
			{"Friday", "DATE", "2019-11-29", "-", "", ""},
			{"Sunday", "DATE", "2019-12-01", "-", "", ""},
		}},
	{"566-plaindealer-paid-notice", "2012-02-05", "paid death notice (Sunday): 'Age 93' (none), 'passed away peacefully Thursday, February 2, 2012', 'Born September 8, 1918', 'for 31 years', 'retiring in 1980', '(died 1994)', 'for 52 years', 'for over 60 years', 'every Tuesday', 'until she was 90' (none), visitation 'Monday, 4-8 p.m.' (the day and two clock times), 'Mass of Christian Burial Tuesday, 10 a.m.'",
		[]want{
			{"Thursday, February 2, 2012", "DATE", "2012-02-02", "-", "", ""},
			{"September 8, 1918", "DATE", "1918-09-08", "-", "", ""},
			{"31 years", "DURATION", "P31Y", "-", "", ""},
			{"1980", "DATE", "1980", "-", "", ""},
			{"1994", "DATE", "1994", "-", "", ""},
			{"52 years", "DURATION", "P52Y", "-", "", ""},
			{"60 years", "DURATION", "P60Y", "MORE_THAN", "", ""}, // hand annotation corrected: by hand "over 60 years", but the package (doc.go, Extents) leaves "over" outside; Mod none on the first run, before round10_obit
			{"every Tuesday", "SET", "XXXX-WXX-2", "-", "", ""},
			{"Monday", "DATE", "2012-02-06", "-", "", ""},
			{"4", "TIME", "2012-02-06T16:00", "-", "", ""}, // not tagged on the first run, before round10_obit
			{"8 p.m.", "TIME", "2012-02-06T20:00", "-", "", ""},
			{"Tuesday", "DATE", "2012-02-07", "-", "", ""},       // 2012-01-31 on the first run, before round10_obit (a notice's rite to come)
			{"10 a.m.", "TIME", "2012-02-07T10:00", "-", "", ""}, // 2012-01-31T10:00 on the first run, before round10_obit
		}},
	{"567-ap-profile-lighthouse-keeper", "2018-06-20", "AP profile of a living keeper (Wednesday): 'At 64' (none), 'nearly every day since 2011', 'now 64', 'after 30 years', 'said Wednesday', 'in the 1960s', 'in 1963, at the age of 9', 'built in 1821', 'since 1958', 'each summer', 'Last year', 'This summer', 'for at least five more years', 'When I'm 70' (none), 'the lighthouse's 197th birthday' (none) 'on Saturday'",
		[]want{
			{"every day", "SET", "P1D", "", "", ""},
			{"2011", "DATE", "2011", "-", "", ""},
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"30 years", "DURATION", "P30Y", "-", "", ""},
			{"Wednesday", "DATE", "2018-06-20", "-", "", ""},
			{"the 1960s", "DATE", "196", "-", "", ""},
			{"1963", "DATE", "1963", "-", "", ""},
			{"1821", "DATE", "1821", "-", "", ""},
			{"1958", "DATE", "1958", "-", "", ""},
			{"each summer", "SET", "XXXX-SU", "-", "", ""},
			{"Last year", "DATE", "2017", "-", "", ""},
			{"This summer", "DATE", "2018-SU", "-", "", ""},
			{"at least five more years", "DURATION", "P5Y", "", "", ""},
			{"Saturday", "DATE", "2018-06-23", "-", "", ""},
		}},
	{"568-guardian-profile-chef", "2023-09-14", "Guardian profile-interview (Thursday): 'at eight' (an age, none), 'now 51', 'since 2004', 'turns 20 next year', 'for almost two decades', 'in 1972', 'at the age of four' and 'In her 20s' (none), 'the spring of 2004', 'The first three years', 'In 2008', 'the autumn of that year' (2008), 'Within a month', 'These days', 'spends Mondays', 'next month', 'early next year'",
		[]want{
			{"now", "DATE", "PRESENT_REF", "-", "", ""},
			{"2004", "DATE", "2004", "-", "", ""},
			{"next year", "DATE", "2024", "-", "", ""},
			{"two decades", "DURATION", "P20Y", "LESS_THAN", "", ""}, // hand annotation corrected: by hand "almost two decades"; the package (doc.go, Extents) leaves "almost" outside ("for almost two weeks")
			{"1972", "DATE", "1972", "-", "", ""},
			{"the spring of 2004", "DATE", "2004-SP", "-", "", ""},
			{"The first three years", "DURATION", "P3Y", "-", "", ""},
			{"2008", "DATE", "2008", "-", "", ""},
			{"the autumn of that year", "DATE", "2008-FA", "-", "", ""},
			{"a month", "DURATION", "P1M", "-", "", ""},
			{"These days", "DATE", "PRESENT_REF", "-", "", ""},
			{"Mondays", "SET", "XXXX-WXX-1", "-", "", ""},
			{"next month", "DATE", "2023-10", "-", "", ""},
			{"early next year", "DATE", "2024", "START", "", ""},
		}},
	{"569-ap-folk-singer-anniversary", "2025-04-15", "AP anniversary of a death (Tuesday): '10 years since' (headline), 'gathered Tuesday', 'the 10th anniversary' (none), 'died on April 15, 2015', 'at the age of 71' (none), 'two weeks after her final concert', 'in 1967', 'Ten years ago today', 'It feels like yesterday' (an idiom, none), 'over the past year', 'on Friday', 'this fall', 'most of the 1970s', 'between 1966 and 2012', 'on Monday', 'in 2019', 'every year'",
		[]want{
			{"10 years", "DURATION", "P10Y", "-", "", ""},
			{"Tuesday", "DATE", "2025-04-15", "-", "", ""},
			{"April 15, 2015", "DATE", "2015-04-15", "-", "", ""},
			{"two weeks", "DURATION", "P2W", "-", "", ""},
			{"1967", "DATE", "1967", "-", "", ""},
			{"Ten years ago", "DATE", "2015", "-", "", ""},
			{"today", "DATE", "2025-04-15", "-", "", ""},
			// 'yesterday' (none by hand: "It feels like yesterday" is an idiom) was DATE 2025-04-14 on the first run, before round10_obit
			{"the past year", "DATE", "2024", "-", "", ""}, // hand annotation corrected: by hand DURATION P1Y, but TBAQ gives "the past year" DATE with last year's value, as the package does
			{"Friday", "DATE", "2025-04-18", "-", "", ""},
			{"this fall", "DATE", "2025-FA", "-", "", ""},
			{"the 1970s", "DATE", "197", "-", "", ""},
			{"1966", "DATE", "1966", "-", "", ""},
			{"2012", "DATE", "2012", "-", "", ""},
			{"Monday", "DATE", "2025-04-14", "-", "", ""},
			{"2019", "DATE", "2019", "-", "", ""},
			{"every year", "SET", "P1Y", "-", "", ""},
		}},
	{"570-bbc-tributes-footballer", "2015-07-06", "BBC sport obituary (Monday): 'aged 80' and 'at the age of 80' (none), 'on Sunday morning', 'between 1955 and 1966', 'at the age of 17' (none), 'four consecutive seasons' (none), 'the early 1960s', 'for nearly 30 years', 'as recently as last month', 'a minute's applause', 'before Saturday's friendly' (to come), 'married in 1958'",
		[]want{
			{"Sunday morning", "TIME", "2015-07-05TMO", "-", "", ""},
			{"1955", "DATE", "1955", "-", "", ""},
			{"1966", "DATE", "1966", "-", "", ""},
			{"the early 1960s", "DATE", "196", "START", "", ""},
			{"nearly 30 years", "DURATION", "P30Y", "LESS_THAN", "", ""},
			// 'Easter' of "Easter Road" (none by hand: a stadium's name) was DATE 2015-04-05 on the first run, before round10_obit
			{"last month", "DATE", "2015-06", "-", "", ""},
			{"a minute", "DURATION", "PT1M", "-", "", ""},
			{"Saturday", "DATE", "2015-07-11", "-", "", ""},
			{"1958", "DATE", "1958", "-", "", ""},
		}},
	{"571-nyt-obit-scientist", "2010-12-10", "NYT obituary (Friday): '78' in the headline (none), 'died on Tuesday', 'He was 78' (none), 'born on Aug. 30, 1932', 'in 1951 ... six years later' (1957), 'in 1964 ... the next 32 years', 'In the mid-1980s', 'in 1993', 'After retiring in 1996 ... each winter ... until 2007', 'his wife of 49 years', 'A private funeral was held on Thursday', 'A memorial service will be held ... in January' (2011)",
		[]want{
			{"Tuesday", "DATE", "2010-12-07", "-", "", ""},
			{"Aug. 30, 1932", "DATE", "1932-08-30", "-", "", ""},
			{"1951", "DATE", "1951", "-", "", ""},
			{"six years later", "DATE", "1957", "-", "", ""},
			{"1964", "DATE", "1964", "-", "", ""},
			{"the next 32 years", "DURATION", "P32Y", "-", "", ""},
			{"the mid-1980s", "DATE", "198", "MID", "", ""},
			{"1993", "DATE", "1993", "-", "", ""},
			{"1996", "DATE", "1996", "-", "", ""},
			{"each winter", "SET", "XXXX-WI", "-", "", ""},
			{"2007", "DATE", "2007", "-", "", ""},
			{"49 years", "DURATION", "P49Y", "-", "", ""},
			{"Thursday", "DATE", "2010-12-09", "-", "", ""},
			{"January", "DATE", "2011-01", "-", "", ""},
		}},
	{"572-pti-obit-vocalist", "2008-03-30", "PTI obituary (Sunday): dateline 'Mar 30', 'passed away ... late last night', 'He was 86' and 'at the age of eight' (none), 'in 1921', 'in 1938', 'for over three decades', 'in 1985', 'in 1997', 'The last rites will be performed this evening', 'for the past two months', 'since December 2006'",
		[]want{
			{"Mar 30", "DATE", "2008-03-30", "-", "", ""},
			{"late last night", "TIME", "2008-03-29TNI", "END", "", ""},
			{"1921", "DATE", "1921", "-", "", ""},
			{"1938", "DATE", "1938", "-", "", ""},
			{"three decades", "DURATION", "P30Y", "MORE_THAN", "", ""}, // hand annotation corrected: by hand "over three decades", but the package leaves "over" outside; Mod none on the first run, before round10_obit
			{"1985", "DATE", "1985", "-", "", ""},
			{"1997", "DATE", "1997", "-", "", ""},
			{"this evening", "TIME", "2008-03-30TEV", "-", "", ""},
			{"the past two months", "DURATION", "P2M", "-", "", ""},
			{"December 2006", "DATE", "2006-12", "-", "", ""},
		}},
	{"573-startribune-paid-notice", "2026-01-10", "paid death notice (Saturday): 'Age 87' (none), 'died January 6, 2026', 'born ... on May 19, 1938', 'served two years', 'in 1962', 'from 1963 until his retirement in 1998', 'For 25 years', 'his wife of 54 years ... in 2016', 'at 11 a.m. Saturday, January 24', 'one hour prior', 'this summer'",
		[]want{
			{"January 6, 2026", "DATE", "2026-01-06", "-", "", ""},
			{"May 19, 1938", "DATE", "1938-05-19", "-", "", ""},
			{"two years", "DURATION", "P2Y", "-", "", ""},
			{"1962", "DATE", "1962", "-", "", ""},
			{"1963", "DATE", "1963", "-", "", ""},
			{"1998", "DATE", "1998", "-", "", ""},
			{"25 years", "DURATION", "P25Y", "-", "", ""},
			{"54 years", "DURATION", "P54Y", "-", "", ""},
			{"2016", "DATE", "2016", "-", "", ""},
			{"11 a.m. Saturday, January 24", "TIME", "2026-01-24T11:00", "-", "", ""},
			{"one hour", "DURATION", "PT1H", "-", "", ""},
			{"this summer", "DATE", "2026-SU", "-", "", ""},
		}},
}
