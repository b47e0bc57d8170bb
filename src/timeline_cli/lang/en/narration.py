"""English cues the extractor uses to follow the time a story is told in (`temporal/extract.py`)."""

from __future__ import annotations

import re

# a reporting verb before a weekday: "X happened in 1996, police said Friday" is news
REPORTED_BEFORE = re.compile(r"\b(?:said|says|say|reported|reports|told|announced|stated|quoted|added|confirmed|"
                             r"released|published|showed|declared|noted|insisted)\b[^.;]*$", re.I)
# the mention's own "until" ("they lasted until the autumn")
UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$", re.I)
# the mention's own "by" / "until": a deadline, the coming date unless a sure past verb says
# otherwise ("to pay down the loan by February", "extended loans through January")
DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through)\s+(?:the\s+)?$", re.I)
# a past perfect (or "had") near a deadline: a story of the past ("By March, prices had fallen")
PAST_PERFECT = re.compile(r"\bhad\b", re.I)
# a preposition between a verb and the yearless date it governs: "stood in January", "was
# elected on March 3" (GOVERNED_PAST: the verb's own past then binds the date)
GOVERNING_PREPOSITION = re.compile(r"\s+(?:in|on|during)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.I)
# ... or through the verb's object: "snubbed an election in January", "contested the January
# poll" (a determiner and at most two words before the preposition, or the determiner right
# before the month; GOVERNED_OBJECT)
# Session 18: or the bare noun of a fixed phrase, the past of SCHEDULED_PRESENT's "takes effect"
# ("took effect on Jan. 1", "went into effect in January", "came into force", "took office in
# January", "took place on Jan. 5"): the date is that past's, however near the coming one is
GOVERNED_OBJECT = re.compile(r"\s+(?:an?|the|its|their|his|her)(?:\s+(?!(?:that|which|who|to|and|or|but)\b)[a-z]+){0,2}\s*"
                             r"|\s+(?:into\s+)?(?:effect|force|place|office|power)\s*", re.I)
# Session 18: ... or, after a simple past (no perfect, no future or modal before it in the clause),
# a name or a bare noun phrase of up to four words with its own preposition ("killed Hariri in
# February", "assumed total control in February", "defeated Fatah in legislative elections in
# January"; not "said it will redeem 9.5 million preferred shares on Oct. 31", "once the draw has
# taken place in Leipzig on December 9")
_NOT_IN_OBJECT = (r"(?:that|which|who|whom|to|and|or|but|as|if|when|while|because|before|after|until|by|for|"
                  r"with|from|than|it|he|she|they|we|i|you|will|would|is|are|was|were|be)\b")
GOVERNED_OBJECT_WIDE = re.compile(rf"\s+(?:(?:an?|the|its|their|his|her)\s+)?(?!{_NOT_IN_OBJECT})[a-z0-9][a-z0-9'’.-]*"
                                  rf"(?:\s+(?!{_NOT_IN_OBJECT})[a-z0-9][a-z0-9'’.-]*){{0,3}}\s*", re.I)
GOVERNED_PREMODIFIER = re.compile(r"\s+(?:the|its|their|his|her)\s+", re.I)
# ... but a verb of saying, expecting or setting takes a clause or a plan, not a happening of
# its own past: "said the January vote would", "set the January 15 deadline", "expected an
# election in January" (NOT_OBJECT_GOVERNOR)
NOT_OBJECT_GOVERNOR = re.compile(r"\b(?:said|told|announced|reported|added|stated|noted|warned|predicted|expected|"
                                 r"set|scheduled|planned|proposed|called|urged|demanded|promised|pledged|agreed|"
                                 r"decided|approved|delayed|postponed|moved|fixed|named|chose|picked)$", re.I)
# Session 20 (parser21): ... or through a longer object or adjunct chain of a simple past, in
# its own clause, with no comma ("Livedoor launched an unusually aggressive takeover bid in
# February", "began the year with a five-wicket haul in the final Test against Pakistan at the
# Sydney Cricket Ground in January", "who was elected chairman for the 2006 session at the sixth
# AU summit in the Sudanese capital Khartoum in January"): the verb's own past, however near the
# coming month is to a November or December report. Where a chain opens (LONG_CHAIN_OPENER: the
# sentence, a comma, a clause word), what it may not hold (LONG_CHAIN_BLOCK: a coordination, a
# clause word, a word of planning or of what lies ahead: "accepted the offer of a pay rise
# pending wage talks in January", "agreed on a deal with talks before a meeting in January") and
# the nouns of what comes that the date may not be the head of (LONG_CHAIN_COMING_HEAD: "crude
# for delivery in January", "a meeting in January", "elections in January", "the January
# contract": these keep the soft pick).
LONG_CHAIN_OPENER = re.compile(r"[,;:\"“”]|\b(?:that|which|who|whom|whose|when|while|as|after|before|because|"
                               r"since|although|though|and|but|or|where)\b", re.I)
# ... nor a verb of waiting or aiming, whose object lies ahead ("awaited an increase in the
# foreign shareholding limit on May 1"), nor an -ed word after a determiner or an adverb, an
# adjective ("the newly launched yoga classes for free in February"), nor a copula with no
# participle after it ("was the most tangible sign yet of the change of sovereignty on July 1")
LONG_CHAIN_NOT_VERB = re.compile(r"(?:awaited|anticipated|prepared|readied|braced|eyed|targeted|sought|hoped|"
                                 r"wanted|needed|aimed|looked|waited|offered|invited|requested|asked)$", re.I)
LONG_CHAIN_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|this|these|its|their|his|her|our|[a-z]+ly)\s+$", re.I)
LONG_CHAIN_COPULA = re.compile(r"(?:was|were)$", re.I)
# (Session 21, parser22: a "by" of an agent named right before the date's preposition blocks
# nothing: "followed the seizure of power by King Gyanendra in February"; "by March" does)
LONG_CHAIN_BLOCK = re.compile(r"[,;:\"“”]|\b(?:that|which|who|whom|and|or|but|if|unless|when|while|because|before|"
                              r"after|until|till|by(?!(?:\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|"
                              r"wed|thu|fri|sat|sun|christmas|easter)[a-z]*\b)(?-i:[A-Z])[\w.'’-]*){1,3}\s*$)|than|to|pending|ahead|next|coming|upcoming|forthcoming|due|"
                              r"new|future|planned|proposed|scheduled|expected|possible|potential|likely|"
                              r"delivery|deliveries|contracts?|futures|payments?|payable|deadlines?|"
                              r"schedules?|settlement)\b", re.I)
LONG_CHAIN_COMING_HEAD = re.compile(r"\b(?:meetings?|talks|sessions?|elections?|polls?|votes?|voting|ballots?|"
                                    r"referendums?|summits?|conferences?|hearings?|trials?|visits?|tours?|trips?|"
                                    r"negotiations?|games|tournaments?|championships?|launch|opening|start|"
                                    r"release|delivery|contracts?|futures|payments?|deadlines?)\s+"
                                    r"(?:in|on|during)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.I)
# Session 20: a yearless date fronted before its clause's own past verb ("In February, Iran
# stopped ...", "Iran in February stopped ...", "The company in March announced ..."): the
# verb's past binds it as GOVERNING_PREPOSITION's verb does after it, however near the coming
# February is to a December report. Only at the sentence's start (FRONTED_OPENER) or between a
# subject and its verb with no comma (FRONTED_SUBJECT: a name, or "the"/"its" and one or two
# words), never inside a noun phrase ("crude for delivery in January, rose 47 cents": the
# delivery month is the coming one).
FRONTED_OPENER = re.compile(r"(?:^|(?<=[.!?])[\s\"'“”‘’]+|\n\s*)(?:In|During|By|On)\s+(?:early\s+|mid-?\s*|late\s+)?$")
FRONTED_SUBJECT = re.compile(r"(?:\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z]+(?:\s+[a-z]+)?)"
                             r"\s+(?:in|on)\s+(?:early\s+|mid-?\s*|late\s+)?$")
# what may come between the fronted date and its verb: a comma after an opener, an adverb
FRONTED_GAP = re.compile(r",?\s+(?:[a-z]+ly\s+)?")
# ... but not a participle of the present or the future ("when the case is heard in May", "will
# be delivered on Feb. 1"), nor a condition ("If the government fell on Dec. 8, a vote would")
NOT_GOVERNED_PAST = re.compile(r"\b(?:is|are|am|be|will|would|to|being|gets?)\s+(?:not\s+)?(?:[a-z]+ly\s+)?$", re.I)
CONDITION = re.compile(r"\b(?:if|unless|should)\b", re.I)
# a present of a scheduled happening right before the yearless date it governs: "The lease
# expires in April", "the law takes effect in March", "the talks begin on Monday", "the vote is
# due in October": the coming one, however near the last one was (SCHEDULED_PRESENT). Only the
# third person -s forms of nouns-too verbs ("starts", "ends", "opens", "closes"): "a slow start
# in January", "the end in May" are no verbs. A habitual present ("reports in April") is no
# schedule, and a verb of another clause does not reach (the verb must govern the date).
SCHEDULED_PRESENT = re.compile(
    # (not an infinitive nor after "did": "had been due to expire Friday" is a past schedule)
    r"(?<!\bto\s)(?<!\bdid\s)(?<!n't\s)\b(?:(?:expires?|begins?|ends|starts|opens|closes|reopens|resumes|concludes|"
    r"(?:takes?|comes?)\s+into\s+effect|takes?\s+effect|kicks?\s+off|runs?\s+out|lapses?|matures?)"
    r"|(?:is|are)\s+(?:due|scheduled|slated|set)(?:\s+to\s+(?:expire|begin|end|start|open|close|take\s+effect))?)"
    r"(?:\s+(?:only|again|formally|officially))?(?:\s+(?:in|on))?\s+(?:early\s+|mid-?\s*|late\s+)?$"
    # session 19: a happening the statement comes ahead of is a coming one ("consolidated the
    # ruling camp ahead of the presidential election in December", written in April)
    r"|\bahead\s+of\s+(?:the|its|their|his|her|a|an|next)\s+(?:(?!(?:that|which|who|and|or|but|when)\b)[\w'’-]+\s+){0,4}"
    r"(?:in|on)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.I)
# Session 22, parser23: a present progressive of the weekday's own clause is an arrangement, the
# coming day ("A top UN envoy is traveling to Somalia on Tuesday", "The United States is pushing
# for a vote on Thursday", "Mali's parties are hitting the roads in the run-up to Sunday's
# elections"), whatever a verb further off says (ARRANGED_PROGRESSIVE). Only up to 80 characters
# of its clause between: no comma, no word opening another clause ("is heading to Russia after
# winning the NHK Trophy Friday": the winning is done), no "being" ("is being held": a passive of
# either time), no noun in -ing ("is something").
ARRANGED_PROGRESSIVE = re.compile(
    r"\b(?:is|are|am)\s+(?:not\s+)?(?:[a-z]+ly\s+)?(?!(?:being|nothing|something|anything|everything)\b)[a-z]{2,}ing\b"
    r"(?:(?![,;:()\"“”]|\b(?:that|which|who|whom|where|after|before|when|while|because|since|as|and|but|or|if|"
    r"said|says|saying|was|were|had|has|have|did|ago)\b)[^\n]){0,80}$", re.I)
# Session 20, parser21: a yearless month or season of a happening named as the next or a coming
# one ("postponed until the next National Assembly session in the fall", "ahead of the upcoming
# party congress in October", "the next round of talks in January"): the coming one, whatever
# the tense of the clause (NEXT_HAPPENING_BEFORE; the happening's noun right before the date's
# preposition, at most four words between it and "next"). Not "the next day" (a day counted
# from a date), not "next to".
NEXT_HAPPENING_BEFORE = re.compile(
    r"\b(?:next|upcoming|forthcoming|coming)\s+(?!(?:day|week|month|year|to)\b)(?:(?!(?:that|which|who|and|or|but|when|was|were|had)\b)[\w'’-]+\s+){0,4}"
    r"(?:sessions?|meetings?|summit|conference|congress|talks|elections?|polls?|vote|ballot|referendum|round|visit|trip|"
    r"tour|hearing|trial|games|championships?|tournament|season|assembly|plenum|convention|review|auction|launch)"
    r"\s+(?:in|on|during)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$", re.I)
# Session 21, parser22: a yearless month or day of the happening a comparison is made with
# ("compared with the fractious summit in June when no agreement could be found", "in stark
# contrast to their overwhelming boycott of an election in January", "results similar to those
# from elections in January", "unlike the strike in March"): the known one gone, however near the
# coming one is to the report (a comparison's base is a happening already seen). The marker opens
# the date's own phrase: no comma, no clause word, no word of planning or of what lies ahead
# between (COMPARED_HAPPENING_BEFORE): not "compared with forecasts for growth in January",
# "unlike the elections due in January", "compared with the next meeting in June". Session 24
# (parser25): the date's own "of" too ("compared to the carnage of November", "in contrast to the
# boycott of January"); in a history, the month at or before the time under discussion. Session 25
# (parser26): "as opposed to", "as against", "from a high of", "against a figure of" open one too,
# a figure's thousands ("1,600") inside; in a history a date a comparison is made with does not
# move the story ("490 in November 2008 as against 3,500 in January 2007", told of 2008).
COMPARED_HAPPENING_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|similar\s+to|in\s+(?:\w+\s+)?contrast\s+(?:to|with)|unlike|as\s+opposed\s+to|as\s+against"
    r"|(?:from|against)\s+an?\s+(?:high|peak|low|record|figure|total)\s+of)\s+"
    r"(?:(?!(?:that|which|who|whom|and|or|but|if|when|while|because|before|after|until|till|by|than|will|would|"
    r"shall|pending|ahead|next|coming|upcoming|forthcoming|due|future|planned|proposed|scheduled|expected|"
    r"possible|potential|likely|forecasts?|projected|projections?|estimated|targets?|targeted)\b)[\w'’.%$-]+(?:,\d{3})*\s+){0,8}"
    r"(?:in|on|during|of)\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$", re.I)
# what may follow a sentence's capitalised first word for it to be a verb opening the sentence
# ("Survived the exam", "Visited my aunt", "Finished it"), and not a name ("Ahmed said",
# "United Nations"): for an -ed opener, a determiner, pronoun or preposition (or an all-capital
# word: "Survived COS"); for any opener, no capitalised word after it ("Will Smith")
OPENER_OBJECT_WORDS = frozenset({
    "a", "an", "the", "my", "his", "her", "our", "their", "your", "its", "this", "that", "these",
    "those", "some", "all", "it", "me", "him", "us", "them", "you", "to", "with", "at", "in", "on",
    "by", "up", "out", "off", "for", "from", "into", "over", "through", "back", "so", "really",
})
# the start of a span of months ("from January to October", "between January and October"):
# the word before the first month (MONTH_SPAN_BEFORE) and the link between the two (MONTH_SPAN_LINK;
# "and" only after "between")
MONTH_SPAN_BEFORE = re.compile(r"\b(?P<w>from|between)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.I)
MONTH_SPAN_LINK = re.compile(r"\s*(?:(?P<and>and)|to|through|till|until|[-\u2013])\s*", re.I)
# the mention's own "since": a yearless date after it is never after the report ("since March")
SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.I)
# before a year that sets the scene of a story: "In 1941,", "on 3 March 1945", "during 1943"
SCENE_BEFORE = re.compile(r"(?:\b(?:in|on|during|by|early|late|mid|around|about|circa)[\s-]+|(?:^|[.;:!?]['\"’”]?\s+|\n\s*)|"
                           r"\b(?:night|morning|evening|afternoon|day|dawn|eve|spring|summer|autumn|fall|winter|end|"
                           r"beginning|start|middle|turn|course)\s+of\s+)$", re.I)
# words that may follow a scene-setting date ("in 1941 the army", "in May 1931 it opened")
SCENE_FOLLOWERS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our",
    "and", "but", "when", "after", "before", "as", "while", "there", "this", "these", "those",
    "to", "at", "in", "on", "by", "from", "with", "for", "during", "until", "only", "was", "were",
    "had", "also", "then", "some", "many", "most", "all", "more", "few", "alone", "both",
})
# between a yearless date and a dated one it shares the year with: "in April and June 1955",
# "between March and April 1918", "(26 June - 4 August 1952)", "in March, April and May"
COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or|to|until|till|through|[-\u2013\u2014])\s*", re.I)
# before a bare year named in passing, which does not move a story's time: "the Civil
# Constitution of the Clergy (1790)", "the Estates-General of 1614"
PASSING_BEFORE = re.compile(r"(?:\(|\b[Aa]s\s+of\s+|\b[A-Z][\w-]*\s+of\s+|\buntil\b[^.;,()]{0,40}\s)$")
# a date used as a noun's modifier names a thing, not the time a story is at: "surpassing the
# May 2007 high", "since its 1998 level", "after the 2005 election" (the word before and after)
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an|this|that)\s+$", re.I)
ATTRIBUTIVE_AFTER = re.compile(r"[ \t]+(?!and\b|or\b|to\b|when\b|as\b|with\b|until\b|through\b)[a-z][a-z-]+")
# a mention that holds both ("the 1944 level", "the 1988 period")
ATTRIBUTIVE_MENTION = re.compile(r"(?:the|its|their)\s+\S.*\s[a-z][a-z-]+", re.I)
# between a clock time and the day it is on: "at 11 a.m. on 11 November 1918", "10:57, 11 November"
TIME_ON_DAY = re.compile(
    r"\s*(?:(?:local|(?-i:[A-Z][a-z]+|[A-Z]{2,4}))\s+time\s*)?(?:\(\s*\d{1,2}:?\d\d\s+(?-i:[A-Z]{2,4})\s*\)\s*)?"  # "(0735 GMT)"
    r"(?:,\s*)?(?:on\s+(?:the\s+)?)?", re.I)  # "Baghdad time on"
# before a day named only as a comparison or a starting point: "rose 3% from Monday", "up from
# Friday's close", "compared with Tuesday's quotes", "since Tuesday", "higher than Monday's": that
# day is no story day for later clock times (COMPARED_DAY in temporal/extract.py), except inside
# a possessive's own phrase ("up from Thursday's quotes of 118.75 yen at 4 p.m. in London")
COMPARISON_BEFORE = re.compile(r"\b(?:from|since|than|compared\s+(?:with|to)|versus|vs\.?)\s+"
                               r"(?:the\s+)?(?:(?:previous|preceding|last|this)\s+)?$", re.I)
# the possessive that makes a comparison day's phrase its own ("Friday's close")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# between a day and the clock time on it: "on March 3 at 10 a.m.", "Tuesday, 7pm", "Friday at about 3 p.m.",
# "Thursday's 5 p.m. quotes" (the day's own clock time, not the report day's)
DAY_THEN_TIME = re.compile(r"(?:['’]s\b)?\s*(?:,\s*)?(?:at\s+|from\s+|around\s+|by\s+)?", re.I)
# between the ends of a range, which are two mentions ("1955-1963", "March 5-9, 1918")
RANGE_SEPARATOR = re.compile(r"\s*(?:[-\u2013\u2014]|\bthrough\b)\s*", re.I)
# between a yearless date and the bare year it is in: "on election day in 1910", "that January
# day in 2011", "July 25 of 1861"
YEAR_AFTER = re.compile(r"\s+(?:(?:day|morning|night|evening|afternoon)\s+)?(?:in|of)\s+", re.I)
# before a day it names a part of: "on the night of 10 August 1792", "early in the morning of
# 29 April 1975" (the day's TIMEX value then ends in TNI, TMO ...)
PART_OF_DAY_OF = re.compile(r"\b(?:(?:early|late)\s+(?:in\s+)?)?the\s+(?:(?:early|late)\s+)?"
                            r"(?P<pod>morning|afternoon|evening|night)\s+of\s+$", re.I)
PARTS_OF_DAY_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# the happening "five days after" counts from, up to the clause's end ("the fall of Girona",
# "Fort Sumter", "relieving the siege"): at most seven words, none a digit's
HAPPENING_PATTERN = (r"(?:(?:the|his|her|their|its|a|an)\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,6}?"
                     r"(?=\s*[,.;:!?)]|\s+(?:and|but|when|while)\b|$)")
HAPPENING = re.compile(r"\s+" + HAPPENING_PATTERN, re.I)

# Holidays a story holds its own of (STORY_HOLIDAY in temporal/extract.py): "election day" is the
# day of the election the story dated ("eight days before the British general election on May 1
# ... as election day approaches", "Tuesday's runoff ... election day was calm"); with none dated
# only "Election Day" written as a name is the US general election's (HOLIDAYS), a lowercase one
# is no fixed day (its year, when it has one: "on election day in 1910"). Per holiday: the cue
# before a dated day ("the election on May 1", "polls scheduled for Sunday") and after it ("the
# November 30 election", "Tuesday's runoff").
# (not "poll": "a poll completed on Saturday" is an opinion poll's day; only "election" takes
# words before its "on": "elections are due on 7 April")
_ELECTION_NOUN = r"(?:elections?|vote|voting|run-?offs?|ballot|referendum)"
STORY_HOLIDAYS: dict[str, tuple[re.Pattern, re.Pattern]] = {
    "election day": (
        re.compile(r"\b(?:elections?(?:\s+[\w-]+){0,3}?|vote|voting|run-?offs?|ballot|referendum)\s+(?:on|for)\s+"
                   r"(?:the\s+)?$", re.I),
        re.compile(r"(?:['’]s)?\s+(?:(?:general|presidential|parliamentary|legislative|local|municipal|national|"
                   r"regional|state|federal)\s+)?" + _ELECTION_NOUN + r"\b", re.I)),
}
