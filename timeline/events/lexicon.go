package events

// The word lists below are read-only after package initialisation.

// triggerKinds maps a lower-case word that names a happening to its kind.
var triggerKinds = map[string]string{
	// talks or a meeting
	"met": KindTalks, "meet": KindTalks, "meets": KindTalks, "meeting": KindTalks,
	"meetings": KindTalks, "talks": KindTalks, "negotiations": KindTalks,
	"negotiated": KindTalks, "discussions": KindTalks, "discussed": KindTalks,
	"summit": KindTalks, "conference": KindTalks, "hosted": KindTalks, "hosts": KindTalks,
	"host": KindTalks, "received": KindTalks, "lunch": KindTalks, "dinner": KindTalks,
	"consultations": KindTalks, "call": KindTalks, "phoned": KindTalks, "spoke": KindTalks,
	"gathered": KindTalks, "gather": KindTalks, "convened": KindTalks, "session": KindTalks,
	// a trip or visit
	"visit": KindTrip, "visits": KindTrip, "visited": KindTrip, "visiting": KindTrip,
	"trip": KindTrip, "travel": KindTrip, "travels": KindTrip, "travelled": KindTrip,
	"traveled": KindTrip, "traveling": KindTrip, "travelling": KindTrip,
	"arrived": KindTrip, "arrives": KindTrip, "arrive": KindTrip, "arrival": KindTrip,
	"flew": KindTrip, "landed": KindTrip, "toured": KindTrip, "tour": KindTrip,
	// a strike or attack
	"strike": KindStrike, "strikes": KindStrike, "struck": KindStrike,
	"attack": KindStrike, "attacks": KindStrike, "attacked": KindStrike,
	"bombing": KindStrike, "bombed": KindStrike, "shelling": KindStrike,
	"shelled": KindStrike, "killed": KindStrike, "killing": KindStrike, "explosion": KindStrike,
	"explosions": KindStrike, "blast": KindStrike, "raid": KindStrike,
	"airstrike": KindStrike, "airstrikes": KindStrike, "injured": KindStrike,
	"wounded": KindStrike, "hit": KindStrike, "barrage": KindStrike,
	// a statement
	"said": KindStatement, "says": KindStatement, "saying": KindStatement,
	"told": KindStatement, "posted": KindStatement, "wrote": KindStatement,
	"announced": KindStatement, "announces": KindStatement, "announcement": KindStatement,
	"declared": KindStatement, "stated": KindStatement, "statement": KindStatement,
	"confirmed": KindStatement, "warned": KindStatement, "criticized": KindStatement,
	"criticised": KindStatement, "called": KindStatement, "urged": KindStatement,
	"claimed": KindStatement, "tweeted": KindStatement, "insisted": KindStatement,
	"denied": KindStatement, "acknowledged": KindStatement, "pledged": KindStatement,
	"vowed": KindStatement, "praised": KindStatement, "condemned": KindStatement,
	"described": KindStatement, "rejected": KindStatement, "speech": KindStatement,
	"interview": KindStatement, "remarks": KindStatement, "addressed": KindStatement,
	"apologized": KindStatement, "apologised": KindStatement, "accused": KindStatement,
	"thanked": KindStatement, "threatened": KindStatement,
	// an agreement
	"agreed": KindAgreement, "signed": KindAgreement, "agreement": KindAgreement,
	"accord": KindAgreement, "treaty": KindAgreement, "ratified": KindAgreement,
	"approved": KindAgreement,
	// other happenings
	"elected": KindOther, "resigned": KindOther, "appointed": KindOther,
	"fired": KindOther, "dismissed": KindOther, "launched": KindOther,
	"died": KindOther, "arrested": KindOther, "voted": KindOther, "vote": KindOther,
	"election": KindOther, "sworn": KindOther, "released": KindOther,
	"sanctioned": KindOther, "imposed": KindOther, "captured": KindOther,
	"seized": KindOther, "invaded": KindOther, "evacuated": KindOther,
	"held": KindOther, "kept": KindOther, "raised": KindOther, "lowered": KindOther,
	"decided": KindOther, "ruled": KindOther, "won": KindOther,
	"lost": KindOther, "resigns": KindOther, "opened": KindOther, "closed": KindOther,
	// courts
	"sentenced": KindOther, "convicted": KindOther, "acquitted": KindOther,
	"indicted": KindOther, "jailed": KindOther, "guilty": KindOther, "pleaded": KindOther,
	"hearing": KindOther, "trial": KindOther, "verdict": KindOther,
	// protests, elections, ceremonies, contests
	"protest": KindOther, "protests": KindOther, "protested": KindOther,
	"march": KindOther, "marched": KindOther, "marches": KindOther, "rally": KindOther,
	"demonstration": KindOther, "demonstrations": KindOther, "demonstrated": KindOther,
	"runoff": KindOther, "referendum": KindOther, "conceded": KindOther,
	"inauguration": KindOther, "ceremony": KindOther, "parade": KindOther,
	"funeral": KindOther, "funerals": KindOther, "defeat": KindOther, "defeated": KindOther,
	"victory": KindOther,
	// markets and companies
	"lifted": KindOther, "hiked": KindOther, "slashed": KindOther, "cut": KindOther,
	"trimmed": KindOther, "unchanged": KindOther, "ordered": KindOther,
	"rallied": KindOther, "recall": KindOther, "recalls": KindOther, "recalling": KindOther,
	// disasters
	"earthquake": KindOther, "quake": KindOther, "tremor": KindOther, "aftershock": KindOther, "hurricane": KindOther,
	"typhoon": KindOther, "cyclone": KindOther, "tornado": KindOther, "eruption": KindOther,
	"tsunami": KindOther, "landslide": KindOther, "wildfire": KindOther, "landfall": KindOther,
	"dissolved": KindOther, "dissolves": KindOther, "collapsed": KindOther, "beat": KindOther,
	"triumph": KindOther, "dock": KindOther, "docked": KindOther, "docks": KindOther,
	"liftoff": KindOther, "launch": KindOther, "deal": KindAgreement, "beaten": KindOther,
	"began": KindOther, "begins": KindOther, "started": KindOther, "starts": KindOther, "reopen": KindOther, "reopened": KindOther,
	// accidents, failures and the response to them
	"burst": KindOther, "breached": KindOther, "flooded": KindOther, "crashed": KindOther,
	"sank": KindOther, "derailed": KindOther, "exploded": KindOther, "erupted": KindOther,
	"collided": KindOther, "collision": KindOther, "swore": KindOther, "placed": KindOther,
	"destroyed": KindOther, "damaged": KindOther, "rescued": KindOther, "deployed": KindOther,
	"inspected": KindOther, "inspection": KindOther, "examined": KindOther,
	"discovered": KindOther,
	"reopens":    KindOther,
	// escapes, captures and court rulings on appeal
	"escaped": KindOther, "upheld": KindOther, "overturned": KindOther, "surrendered": KindOther,
	"questioned": KindOther, "banned": KindOther, "aground": KindOther,
	// kidnappings and the release of hostages
	"kidnapped": KindOther, "abducted": KindOther, "freed": KindOther, // "freed" not before "up"
	// a trip told by the flight or the way back ("were flown to Lagos",
	// "before flying to Toronto", "will return to Norway")
	"flown": KindTrip, "flying": KindTrip, "fly": KindTrip, "return": KindTrip,
	// a report presented, a matter to be discussed
	"presented": KindOther, "discuss": KindTalks,
	// the founding or building of something
	"founded": KindOther, "built": KindOther, // "built" only in the passive
	"set": KindOther, // only "set up the company", "was set up in 2006", "set out from the hut"
	// rescuers who reached people, a court appearance, a takeover, a
	// departure, an attempt abandoned (see phraseTrigger for the words
	// each needs)
	"reached": KindOther, "reach": KindOther, "appear": KindOther, "appeared": KindOther,
	"take": KindOther, "abandoned": KindOther, "abandon": KindOther,
	// a purchase of a company, a plant or a stake (see phraseTrigger)
	"bought": KindOther, "acquired": KindOther,
	// thefts ("broke" only "broke into" a building, see phraseTrigger)
	"stole": KindOther, "stolen": KindOther, "theft": KindOther,
	// a trip home
	"returned": KindTrip,
	// people going back to their homes (only "returning to", "returning home")
	"returning": KindOther,
	// a labour strike (strike and struck are classified by their sentence)
	"walkout": KindStrike, "walkouts": KindStrike, "stoppage": KindStrike,
	"walked": KindStrike, // only "walked out", "walked off the job"
	// launches and their delays
	"blasted": KindOther, "scrubbed": KindOther, "postponed": KindOther,
	"office": KindOther, // only "takes office", "took office"
	"round":  KindOther, // only an election's "first round", "the second round"
	"polls":  KindOther, // only "went to the polls", "head to the polls"
	"gave":   KindOther, // only "gave way"
	"open":   KindOther, // only "will open", "to open": "the open letter" is none
	"start":  KindOther, // only "will start", "to start"
	"begin":  KindOther, // only "will begin", "to begin"
	"close":  KindOther, // only "will close", "to close"
	// the end or return of something under way (see phaseVerbs)
	"ended": KindOther, "ends": KindOther, "finished": KindOther, "concluded": KindOther,
	"resumed": KindOther, "resume": KindOther, "resumes": KindOther,
	// rounds of a contest
	"semifinal": KindOther, "semifinals": KindOther, "semi-final": KindOther, "semi-finals": KindOther,
	"quarterfinal": KindOther, "quarterfinals": KindOther, "quarter-final": KindOther, "quarter-finals": KindOther,
	// decisions, cancellations and blockades
	"decision": KindOther, "cancelled": KindOther, "canceled": KindOther, "blocked": KindOther,
	"notified": KindOther, "counted": KindOther,
	// decisions that stop or withdraw something
	"halted": KindOther, "suspended": KindOther, "dropped": KindOther, "withdrew": KindOther,
	// statements
	"asked": KindStatement, "brief": KindStatement, "briefed": KindStatement, "briefing": KindStatement,
	"reported": KindStatement, "testify": KindStatement, "testified": KindStatement,
	"dissented": KindStatement,
	// fires, arrests, charges and searches (see triggerCandidates for the
	// words each needs)
	"broke":          KindOther, // only "broke out"
	"detained":       KindOther,
	"charged":        KindOther, // only "was charged", "charged ... with"
	"found":          KindOther, // only of a body or bodies
	"recovered":      KindOther, // only of a body or bodies
	"control":        KindOther, // only "under control"
	"ceased":         KindOther, // only "ceased trading", "ceased operations"
	"administration": KindOther, // only "into administration"
	"bust":           KindOther, // only "went bust"
	"redundant":      KindOther, // only "made redundant"
	"laid":           KindOther, // only "laid off"
	"alive":          KindOther, // only "brought ... out alive", "pulled ... alive": a rescue
	"pulled":         KindOther, // only "pulled ... survivors from": a rescue
	"plucked":        KindOther, // only "plucked ... survivors from": a rescue
	"rose":           KindOther, // only of a death toll or a company's shares
	"fell":           KindOther, // only of a company's shares ("Kelvio shares fell 6%")
	"jumped":         KindOther, // likewise
	"slumped":        KindOther,
	"surged":         KindOther,
	"soared":         KindOther,
	"tumbled":        KindOther,
	"plunged":        KindOther,
	"slid":           KindOther,
	"climbed":        KindOther, // only of a death toll
	"quit":           KindOther,
	// a resignation told as "stepped down" (see phraseTrigger), a birth
	// ("was born in 1928", "Born in Wick in 1928"), a work "published"
	// and a person "unveiled" as a new appointee (see phraseTrigger)
	"stepped": KindOther, "steps": KindOther, "step": KindOther,
	"born": KindOther, "published": KindOther, "unveiled": KindOther,
	// an offer or terms accepted (see phraseTrigger)
	"accepted": KindAgreement,
	// a dismissal ("have sacked manager Paul Dacre", "was sacked on
	// November 16"; "the sacked manager" is none, see phraseTrigger)
	"sacked": KindOther,
	// a service back (see phraseTrigger)
	"restored": KindOther,
}

// phaseVerbs tell that something under way ended or went on again: the
// happening is their subject. Talks, a meeting or a visit that "ended"
// are dated by their own noun ("the talks in Oslo earlier this week
// ended"); a campaign, a count or a walkout that ended has its end as the
// happening ("Campaigning ended on Friday").
var phaseVerbs = map[string]bool{
	"ended": true, "ends": true, "finished": true, "concluded": true, "resumed": true, "resume": true, "resumes": true,
}

// periodNouns name a reporting period: "the quarter ended Sept. 30" is
// none of the happenings "ended" tells.
var periodNouns = map[string]bool{
	"quarter": true, "year": true, "months": true, "month": true, "weeks": true, "week": true,
	"period": true, "half": true, "days": true, "session": true, "term": true, "season": true,
}

// marketMoves follow a verb of a market's figures: "to close at $20",
// "closed higher".
var marketMoves = map[string]bool{
	"at": true, "up": true, "down": true, "higher": true, "lower": true, "unchanged": true, "flat": true,
}

// disasters name natural or accidental disasters: a sentence that names one
// reports it (kind other), not a strike, when it tells of people killed.
var disasters = map[string]string{
	"flood": "floods", "floods": "floods", "flooding": "floods", "floodwaters": "floods",
	"earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake", "storm": "storm", "hurricane": "hurricane",
	"typhoon": "typhoon", "cyclone": "cyclone", "tornado": "tornado", "wildfire": "wildfire",
	"wildfires": "wildfire", "fire": "fire", "landslide": "landslide", "avalanche": "avalanche",
	"eruption": "eruption", "tsunami": "tsunami", "heatwave": "heatwave", "crash": "crash",
	"derailment": "derailment", "collapse": "collapse", "aftershock": "aftershock",
}

// countWords follow a number ("1.1 million air fryers"): a headline drops
// them with it.
var countWords = map[string]bool{
	"hundred": true, "hundreds": true, "thousand": true, "thousands": true, "million": true,
	"millions": true, "billion": true, "billions": true, "dozen": true, "dozens": true,
	"tens": true, "scores": true,
}

// stormWords open the name of a storm ("Typhoon Tala"), each with the
// noun an article then calls it by.
var stormWords = map[string]string{
	"typhoon": "typhoon", "hurricane": "hurricane", "cyclone": "cyclone", "storm": "storm",
	"tropical": "storm",
}

// kindWeight ranks kinds when two triggers are equally near: a concrete
// happening beats a statement about it.
var kindWeight = map[string]int{
	KindStrike: 5, KindTalks: 4, KindTrip: 3, KindAgreement: 3, KindOther: 2, KindStatement: 1,
}

// talkNouns name talks in a title ("Geneva talks"); meetingNouns name a
// meeting ("Paris meeting").
var talkNouns = map[string]bool{"talks": true, "negotiations": true, "discussions": true, "consultations": true}
var meetingNouns = map[string]bool{"meeting": true, "meetings": true, "summit": true, "conference": true, "lunch": true, "dinner": true}

// strikeWeapons qualify a strike in its title ("missile strike").
var strikeWeapons = map[string]bool{
	"missile": true, "drone": true, "air": true, "rocket": true, "artillery": true,
	"bomb": true, "car": true, "suicide": true, "knife": true, "terror": true,
}

// titleWords are words of a person's title or rank, stripped from names.
var titleWords = map[string]bool{
	"president": true, "mr": true, "mrs": true, "ms": true, "dr": true, "gen": true,
	"lt": true, "col": true, "sen": true, "rep": true, "gov": true, "secretary": true,
	"minister": true, "chancellor": true, "envoy": true, "king": true, "queen": true,
	"pope": true, "prince": true, "princess": true, "sheikh": true, "ambassador": true,
	"governor": true, "mayor": true, "senator": true, "representative": true,
	"chairman": true, "chairwoman": true, "chair": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "general": true, "admiral": true,
	"colonel": true, "commander": true, "premier": true, "judge": true, "justice": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "director": true,
	"leader": true, "chief": true, "speaker": true, "emir": true, "sultan": true,
	"president-elect": true, "vice": true, "prime": true, "foreign": true,
	"defence": true, "defense": true, "special": true, "deputy": true, "state": true,
	"secretary-general": true, "national": true, "security": true, "adviser": true,
	"advisor": true, "crown": true, "supreme": true, "retired": true, "former": true,
	"capt": true, "adm": true, "sgt": true, "maj": true, "interior": true,
	"finance": true, "trade": true, "negotiator": true, "officer": true, "head": true,
	"staff": true, "of": true, "the": true, "executive": true, "ceo": true,
}

// honorifics are titles after which a single word is a surname.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "messrs": true}

// demonyms map an adjective of nationality to its country.
var demonyms = map[string]string{
	"us": "United States", "u.s": "United States", "american": "United States",
	"french": "France", "russian": "Russia", "ukrainian": "Ukraine", "british": "United Kingdom",
	"german": "Germany", "chinese": "China", "italian": "Italy", "polish": "Poland",
	"israeli": "Israel", "iranian": "Iran", "turkish": "Turkey", "indian": "India",
	"japanese": "Japan", "irish": "Ireland", "finnish": "Finland", "belarusian": "Belarus",
	"saudi": "Saudi Arabia", "qatari": "Qatar", "emirati": "United Arab Emirates",
	"hungarian": "Hungary", "spanish": "Spain", "dutch": "Netherlands", "canadian": "Canada",
	"swiss": "Switzerland", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
	"egyptian": "Egypt", "syrian": "Syria", "lebanese": "Lebanon", "palestinian": "Palestine",
	"korean": "South Korea", "brazilian": "Brazil", "mexican": "Mexico", "australian": "Australia",
	"greek": "Greece", "romanian": "Romania", "czech": "Czechia", "slovak": "Slovakia",
	"austrian": "Austria", "belgian": "Belgium", "portuguese": "Portugal", "estonian": "Estonia",
	"latvian": "Latvia", "lithuanian": "Lithuania", "moldovan": "Moldova", "georgian": "Georgia",
	"armenian": "Armenia", "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan", "pakistani": "Pakistan",
	"afghan": "Afghanistan", "iraqi": "Iraq", "jordanian": "Jordan", "kenyan": "Kenya",
	"nigerian": "Nigeria", "south": "", "north": "", "european": "", "western": "",
	"eu": "", "un": "", "nato": "",
}

// happeningNouns name a happening after the place it happened in ("the
// Geneva talks").
var happeningNouns = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "summit": true, "negotiations": true,
	"conference": true, "visit": true, "trip": true, "strike": true, "strikes": true,
	"attack": true, "attacks": true, "bombing": true, "agreement": true, "accord": true,
	"accords": true, "treaty": true, "discussions": true, "consultations": true,
}

// orgSuffixes end the names of organisations.
var orgSuffixes = map[string]bool{
	"nations": true, "states": true, "kingdom": true, "republic": true, "emirates": true,
	"department": true, "ministry": true, "council": true, "union": true,
	"organization": true, "organisation": true, "agency": true, "times": true,
	"post": true, "news": true, "fund": true, "bank": true, "party": true,
	"committee": true, "parliament": true, "assembly": true, "commission": true,
	"institute": true, "center": true, "centre": true, "army": true, "forces": true,
	"office": true, "service": true, "court": true, "congress": true, "senate": true,
	"telegraph": true, "guardian": true, "journal": true, "press": true, "group": true,
	"corporation": true, "company": true, "inc": true, "ltd": true, "association": true,
	"federation": true, "alliance": true, "coalition": true, "government": true,
	"administration": true, "command": true, "guard": true, "police": true, "network": true,
	"university": true, "disinformation": true, "review": true, "reuters": true,
	"reserve": true, "motors": true, "airlines": true, "airways": true, "holdings": true,
	"industries": true, "systems": true, "technologies": true, "pharmaceuticals": true,
	"chemicals": true, "league": true, "club": true, "exchange": true,
	"station": true, "airport": true, "stadium": true, "arena": true, "hospital": true,
	"prison": true, "board": true, "authority": true, "bureau": true, "tribunal": true,
	"inspectorate": true, "foundation": true, "mines": true, "mining": true,
}

// sportBodies open the two-word names of sports' national bodies
// ("Athletics Kenya", "Swimming Australia", "Cycling Canada").
var sportBodies = map[string]bool{
	"athletics": true, "swimming": true, "cycling": true, "cricket": true, "rugby": true,
	"tennis": true, "rowing": true, "gymnastics": true, "hockey": true, "netball": true,
	"sailing": true, "triathlon": true, "diving": true, "golf": true,
}

// labourCues in a sentence make its strike a workers' strike; militaryCues
// make it an attack.
var labourCues = map[string]bool{
	"union": true, "unions": true, "walkout": true, "walkouts": true, "stoppage": true,
	"strikers": true, "employees": true, "staff": true, "wages": true, "wage": true,
	"pay": true, "pensions": true, "pension": true, "picket": true, "pickets": true,
	"industrial": true, "employers": true, "workforce": true, "dockers": true,
	"nurses": true, "teachers": true, "doctors": true, "drivers": true, "pilots": true,
	"miners": true, "workers": true, "rail": true, "railway": true, "commuters": true, "trains": true,
}
var militaryCues = map[string]bool{
	"killed": true, "killing": true, "wounded": true, "injured": true, "troops": true,
	"military": true, "army": true, "forces": true, "shelling": true, "bombs": true,
	"missiles": true, "drones": true, "rockets": true, "casualties": true,
}

// orgRoleNouns say what an organisation is; a one-word name right after
// one ("operator Isavia", "airline Jetwise") is that organisation.
var orgRoleNouns = map[string]bool{
	"operator": true, "carrier": true, "airline": true, "company": true, "firm": true, "insurer": true,
	"lender": true, "broadcaster": true, "regulator": true, "retailer": true, "manufacturer": true,
	"maker": true, "supermarket": true, "utility": true, "conglomerate": true, "startup": true,
	"giant": true, "publisher": true, "newspaper": true, "daily": true, "agency": true, "group": true,
}

// knownOrgs are single-word organisations written without a suffix.
var knownOrgs = map[string]bool{
	"reuters": true, "nato": true, "eu": true, "un": true, "cnn": true, "bbc": true,
	"afp": true, "ap": true, "opec": true, "imf": true, "who": true, "kremlin": true,
	"pentagon": true, "hamas": true, "hezbollah": true, "congress": true, "x": true,
	"telegram": true, "facebook": true, "twitter": true, "truth": true, "iaea": true,
}

// notNames are capitalised words that never name a person.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "or": true, "in": true,
	"on": true, "at": true, "as": true, "after": true, "before": true, "while": true,
	"when": true, "this": true, "that": true, "these": true, "those": true, "he": true,
	"she": true, "it": true, "they": true, "we": true, "i": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "both": true, "many": true, "some": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
	"easter": true, "christmas": true, "palm": true, "god": true, "yes": true, "no": true,
	"meanwhile": true, "however": true, "ahead": true, "along": true, "even": true,
	"what": true, "who": true, "will": true, "has": true, "is": true, "was": true,
	"more": true, "state": true, "officials": true, "images": true, "frequently": true,
	"asked": true, "questions": true, "according": true, "despite": true, "there": true,
	"during": true, "since": true, "until": true, "with": true, "without": true, "for": true,
	"from": true, "by": true, "of": true, "to": true, "if": true, "then": true, "than": true,
	"other": true, "another": true, "most": true, "all": true, "each": true, "every": true,
	"minister": true, "president": true, "secretary": true, "envoy": true, "day": true,
	"week": true, "weekend": true, "today": true, "yesterday": true, "tomorrow": true,
	"one": true, "two": true, "three": true, "first": true, "last": true, "next": true,
	"new": true, "old": true, "under": true, "over": true, "about": true, "among": true,
	"western": true, "european": true, "eastern": true, "northern": true, "southern": true,
}

// locatives are the words after which a place is where something happens.
var locatives = map[string]bool{
	"in": true, "at": true, "to": true, "into": true, "near": true, "outside": true,
	"inside": true, "toward": true, "towards": true, "across": true, "on": true,
	"visited": true, "visit": true, "visiting": true, "struck": true, "hit": true,
	"attacked": true, "reached": true, "around": true, "over": true, "within": true,
	"through": true, "throughout": true, "hitting": true, "shook": true, "rocked": true,
}

// placeNouns are the nouns after which "of X" gives a location ("the town of Sumy").
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "region": true, "province": true,
	"capital": true, "center": true, "centre": true, "outskirts": true, "port": true,
	"district": true, "suburb": true, "suburbs": true, "streets": true, "state": true,
	"coast": true, "island": true, "shores": true,
}

// clauseBreaks separate the parts of a sentence that report two happenings.
var clauseBreaks = map[string]bool{
	";": true, "while": true, "whereas": true, "but": true, "and": true, "as": true,
	"before": true, "after": true, "then": true, "—": true, "–": true,
}

// pronouns are the personal pronouns resolved to the last person named.
var pronouns = map[string]bool{"he": true, "she": true}

// presents give the verb of a title in the present tense, as headlines do
// ("Lecornu resigns"); participles of things done to someone stay
// ("Merz elected").
var presents = map[string]string{
	"resigned": "resigns", "died": "dies", "held": "holds", "kept": "keeps",
	"raised": "raises", "lowered": "lowers", "cut": "cuts", "decided": "decides",
	"ruled": "rules", "won": "wins", "lost": "loses", "launched": "launches",
	"opened": "opens", "closed": "closes", "voted": "votes", "imposed": "imposes", "seized": "seizes", "captured": "captures",
	"invaded": "invades", "evacuated": "evacuates", "sanctioned": "sanctions",
	"agreed": "agree", "signed": "sign", "approved": "approves", "ratified": "ratifies",
	"told": "tells", "criticized": "criticizes", "criticised": "criticises", "warned": "warns",
	"urged": "urges", "praised": "praises", "condemned": "condemns", "rejected": "rejects",
	"called": "calls", "denied": "denies", "accused": "accuses", "thanked": "thanks",
	"apologized": "apologizes to", "apologised": "apologises to", "threatened": "threatens",
	"rallied": "rallies", "marched": "march", "protested": "protest", "conceded": "concedes",
	"recalling": "recalls", "recalled": "recalls", "ordered": "orders", "lifted": "lifts",
	"hiked": "hikes", "slashed": "slashes", "trimmed": "trims", "defeated": "defeats",
	"sentenced": "sentenced", "convicted": "convicted", "acquitted": "acquitted",
	"jailed": "jailed", "indicted": "indicted", "arrested": "arrested", "elected": "elected",
	"appointed": "appointed", "sworn": "sworn in", "dissolved": "dissolves", "declared": "declares",
	"reopened": "reopens", "reopen": "reopens", "postponed": "postponed", "scrubbed": "scrubbed", "beat": "beats", "beaten": "beats", "began": "begins", "started": "starts", "collapsed": "collapses", "docked": "docks",
	"burst": "bursts", "breached": "breached", "flooded": "floods", "crashed": "crashes",
	"collided": "collide", "collision": "collision", "rose": "rises", "climbed": "climbs", "fell": "falls", "jumped": "jumps", "slumped": "slumps", "surged": "surges", "soared": "soars", "tumbled": "tumbles", "plunged": "plunges", "slid": "slides", "quit": "quits", "swore": "swears in", "placed": "places",
	"stepped": "steps down", "steps": "steps down", "step": "steps down", "born": "born", "published": "published", "unveiled": "unveiled", "accepted": "accepts", "sacked": "sacked", "restored": "restores",
	"sank": "sinks", "derailed": "derails", "exploded": "explodes", "erupted": "erupts",
	"destroyed": "destroyed", "damaged": "damaged", "rescued": "rescued", "deployed": "deploys",
	"inspected": "inspects", "examined": "examined", "discovered": "discovered",
	"ended": "ends", "finished": "finishes", "concluded": "concludes", "resumed": "resumes", "resume": "resumes", "resumes": "resumes",
	"halted": "halts", "suspended": "suspends", "dismissed": "dismisses", "dropped": "drops", "withdrew": "withdraws",
	"office": "takes office", "open": "opens", "start": "starts", "begin": "begins", "close": "closes", "asked": "asks", "gave": "gives", "cancelled": "cancels", "canceled": "cancels",
	"blocked": "block", "briefed": "briefs", "notified": "notified", "counted": "counted",
	"broke": "breaks", "detained": "detained", "charged": "charged",
	"escaped": "escapes", "upheld": "upholds", "overturned": "overturns", "surrendered": "surrenders",
	"questioned": "questioned", "banned": "bans", "kidnapped": "kidnaps", "abducted": "abducts", "freed": "frees", "founded": "founds", "set": "sets", "stole": "steals", "bought": "buys", "acquired": "acquires", "abandoned": "abandons", "abandon": "abandons", "appeared": "appears in court", "appear": "appears in court", "take": "takes over", "built": "builds", "presented": "presents", "discuss": "discuss", "aground": "runs aground", "laid": "lays off",
	"control": "under control", "ceased": "ceases", "administration": "goes into administration", "bust": "goes bust",
}

// happeningNoun names, after its place, what a verb with no subject tells
// of: "Belgrade march", "Lima protest".
var happeningNoun = map[string]string{
	"march": "march", "marches": "march", "protest": "protest", "protests": "protest",
	"rally": "rally", "demonstration": "demonstration", "demonstrated": "demonstration",
	"parade": "parade", "funerals": "funerals", "funeral": "funeral",
}

// objectStops end the object of a verb in a title ("criticized Witkoff
// again").
var objectStops = map[string]bool{
	"again": true, "also": true, "later": true, "earlier": true, "repeatedly": true,
	"today": true, "yesterday": true, "overnight": true, "then": true, "still": true,
	"him": true, "her": true, "them": true, "it": true, "midnight": true, "noon": true,
	"tonight": true, "morning": true, "evening": true, "late": true, "early": true, "because": true,
	"when": true, "where": true, "whether": true, "if": true, "leaving": true,
	"unharmed": true, "unhurt": true, "uninjured": true, "safely": true,
}

// auxiliaries open a clause: a statement verb followed by one reports what
// happened at another time ("said inflation had eased in May").
var auxiliaries = map[string]bool{
	"had": true, "has": true, "have": true, "was": true, "were": true, "is": true,
	"are": true, "would": true, "will": true, "could": true, "should": true,
	"might": true, "may": true, "did": true, "does": true, "do": true, "can": true,
}

// prepositions end the object of a trigger verb.
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "with": true,
	"by": true, "after": true, "before": true, "of": true, "into": true, "over": true,
	"as": true, "and": true, "but": true, "that": true, "while": true, "amid": true,
	"near": true, "outside": true, "during": true, "between": true, "among": true,
}

// frames group the words news uses for one kind of happening, so that two
// articles telling it in different words ("lifted off", "blasted off",
// "the launch"; "won", "victory", "was elected") are seen to tell the same
// thing. A frame is a weak signal: merging still asks for the same day and
// the same place, people or story. Words that mean something else without
// "off" ("lifted" rates, "blasted" critics) are in offFrames.
var frames = map[string]string{
	"launch": "@launch", "launched": "@launch", "launches": "@launch", "liftoff": "@launch",
	// a contest and its result: an election day is its winner's victory
	"won": "@contest", "wins": "@contest", "victory": "@contest", "triumph": "@contest", "elected": "@contest",
	"beat": "@contest", "beaten": "@contest", "defeat": "@contest", "defeated": "@contest", "election": "@contest", "vote": "@contest",
	"runoff": "@contest", "referendum": "@contest", "poll": "@contest", "round": "@contest", "polls": "@contest", "semifinal": "@contest", "semifinals": "@contest", "semi-final": "@contest", "semi-finals": "@contest",
	"conceded": "@concede", "concedes": "@concede", "concession": "@concede",
	"walkout": "@walkout", "walkouts": "@walkout", "stoppage": "@walkout", "walked": "@walkout",
	"recall": "@recall", "recalls": "@recall", "recalled": "@recall", "recalling": "@recall",
	"convicted": "@verdict", "guilty": "@verdict", "verdict": "@verdict", "acquitted": "@verdict",
	"sentenced": "@sentence", "jailed": "@sentence",
	"postponed": "@postpone", "scrubbed": "@postpone", "delayed": "@postpone",
	"sworn": "@office", "swore": "@office", "inauguration": "@office", "office": "@office",
	"began": "@begin", "begins": "@begin", "begin": "@begin", "start": "@begin", "started": "@begin", "starts": "@begin",
	"reopen": "@reopen", "reopened": "@reopen", "reopens": "@reopen",
	"ended": "@end", "ends": "@end", "finished": "@end", "concluded": "@end",
	"resumed": "@resume", "resume": "@resume", "resumes": "@resume",
	"cancelled": "@cancel", "canceled": "@cancel", "blocked": "@block",
	"landfall": "@storm", "typhoon": "@storm", "hurricane": "@storm", "cyclone": "@storm",
	"earthquake": "@quake", "quake": "@quake", "tremor": "@quake",
	"arrested": "@arrest", "detained": "@arrest",
	"charged": "@charge", "indicted": "@charge",
	"found": "@bodies", "recovered": "@bodies",
	"control": "@control", "broke": "@outbreak",
	"explosion": "@explosion", "explosions": "@explosion", "blast": "@explosion", "blasts": "@explosion", "exploded": "@explosion",
	"ceased": "@shutdown", "administration": "@shutdown", "bust": "@shutdown",
	"erupted": "@eruption", "eruption": "@eruption",
	"collided": "@collision", "collision": "@collision",
	"redundant": "@layoffs", "laid": "@layoffs",
	"rescued": "@rescue", "alive": "@rescue",
	"resigned": "@resign", "quit": "@resign",
	"evacuated": "@evacuate",
	"kidnapped": "@abduct", "abducted": "@abduct", "kidnapping": "@abduct", "abduction": "@abduct", "seized": "@abduct",
	"freed": "@release", "released": "@release",
	"stole": "@theft", "stolen": "@theft", "theft": "@theft",
	"reached": "@rescue", "reach": "@rescue", "abandoned": "@abandon", "abandon": "@abandon",
	"appear": "@court", "appeared": "@court",
}

// offFrames are frames of a verb only when "off" follows it.
var offFrames = map[string]string{"lifted": "@launch", "blasted": "@launch", "called": "@postpone"}
