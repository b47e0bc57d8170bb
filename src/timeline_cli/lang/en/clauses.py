"""English cues for which of a sentence's dates is the statement's own (`temporal/clauses.py`).

A date belongs to a subordinate part of the sentence, not to its main clause, when it is
* a year that premodifies a noun: "errors made during the 2019 flood response", "a 2009 analysis";
* the complement of "of" after a noun that is not itself a time word: "the flood of 2019"
  (but "the end of 2019", "the spring of 1941" are the time of the clause);
* inside a relative clause: "the crew that first crossed the ice cap in 1962", ", who was
  arrested on March 3," (up to the next comma, or the main verb that ends the subject);
* after a participle that reduces a relative clause inside the subject: "The bridge built in
  1962 has been closed".
The main clause is in the present perfect when its verb is "has/have (adverbs) (been)
participle" and the words before it are a plain subject: not a fronted adverbial ("In 2019,
the minister has ..."), no subordinator, no reporting verb, no quotation.
"""

from __future__ import annotations

import re

from .rules import _IRREGULAR_PAST  # the pack's irregular past forms (FUTURE_STATEMENT_RE)

_PARTICIPLE_IRREGULAR = (
    "made|built|held|born|written|known|seen|given|taken|done|gone|been|become|begun|brought|"
    "bought|caught|chosen|drawn|driven|eaten|fallen|felt|found|fought|frozen|grown|heard|hidden|"
    "hit|hung|kept|laid|led|left|lent|lost|meant|met|paid|put|ridden|risen|run|said|sent|set|"
    "shaken|shot|shown|shut|sold|sought|spent|spoken|stolen|stood|struck|sworn|taught|thought|"
    "thrown|told|torn|understood|withdrawn|won|worn|woken|broken|forgotten|forgiven|overthrown|"
    "undertaken|upheld|withheld|fled|slain|sunk|swept|quit|cut|dealt|spread|arisen"
)
PARTICIPLE = rf"(?:[a-z]{{2,}}ed|{_PARTICIPLE_IRREGULAR})"
PARTICIPLE_RE = re.compile(rf"^{PARTICIPLE}$")
# "has apologised", "have not yet been found", "has long since died"; the group `aux` is the
# auxiliary, `verb` the participle.
PERFECT_RE = re.compile(
    rf"\b(?P<aux>has|have)\s+(?:(?:not|never|also|already|now|just|long|since|yet|still|"
    rf"finally|again|even|only|[a-z]{{3,}}ly)\s+)*(?:been\s+)?(?P<verb>{PARTICIPLE})\b",
    re.IGNORECASE)
# ... a perfect progressive at the auxiliary ("has been using", "have long been holding"): what
# has gone on up to now, not the report day's act (`clauses._perfect_of_a_day`)
PERFECT_PROGRESSIVE_RE = re.compile(
    r"(?:has|have)\s+(?:(?:not|never|also|already|now|just|long|still|[a-z]{3,}ly)\s+)*been\s+"
    r"(?:(?:[a-z]{3,}ly)\s+)?[a-z]{2,}ing\b", re.IGNORECASE)
PERFECT_HINT_RE = re.compile(r"\b[Hh]a(?:s|ve)\b|\bHA(?:S|VE)\b")
# The first word of a fronted adverbial or subordinate clause: then what follows is no plain subject.
FRONT_WORDS = frozenset("""
in on at by during since after before until till from for through throughout within over
under as when while whereas if unless although though because once whether last this next
earlier later yesterday today tonight tomorrow recently then now so but and or yet also
according despite following amid amidst among about around between without with to of
""".split())
# ... but one of these before a figure approximates it, the subject's own ("Around 2,154 US
# soldiers have been killed", "Over 300 people have fled"; `clauses._approximates`)
APPROXIMATORS = frozenset("about around over under".split())
# Words before the main verb that make the perfect a subordinate or reported clause.
SUBORDINATORS = frozenset("""
if when while whereas unless although though because since after before until till once
whether whenever where wherever as so lest according
""".split())
RELATIVE_PRONOUNS = frozenset("who whom whose which that".split())
# A past perfect right after a relative pronoun ("Sunni Arabs who had snubbed an election in
# January"): the relative clause's time lies before the main clause's, so its date is not the
# statement's (PLUPERFECT_RELATIVE).
PLUPERFECT_RELATIVE_RE = re.compile(
    rf"\s+had\s+(?:(?:not|never|also|already|just|long|since|yet|earlier|[a-z]{{3,}}ly)\s+)*(?:been\s+)?{PARTICIPLE}\b",
    re.IGNORECASE)
# "that" after these words opens a complement clause ("said that ..."), not a relative clause.
NOT_BEFORE_RELATIVE_THAT = frozenset("""
so such now is was are were be been being and but or than say says said know knows knew
think thinks thought believe believes believed mean means meant show shows showed suggest
suggests suggested claim claims claimed hope hopes hoped fear fears feared argue argues argued
ensure ensured insist insisted add added note noted say admit admitted warn warned found find
finds report reported reports announce announced announces confirm confirmed confirms
""".split())
AUXILIARIES = frozenset("is are was were has have had will would could can may might must shall should did does do".split())
# Adverbs that may stand between "that" and its verb ("that first crossed").
CLAUSE_ADVERBS = frozenset("first later then also once still never not already soon again just".split())
DETERMINERS = frozenset("the a an its his her their our my your this that these those".split())
# Words that, after a year, show the year is no noun's premodifier ("2019 was", "in 2019 and").
NOT_A_NOUN_AFTER_YEAR = frozenset("""
and or but nor to in on at by of for with from as than then when while after before until
since during through over under into onto upon about against among between per via the a an
is are was were be been being has have had do does did will would shall should can could may
might must saw brought began ended proved marked became remained seemed witnessed followed
there it he she they we i you this that these those which who whom whose where
""".split())
# A year premodifying a noun after a word that relates the clause to another happening names
# that happening's year, not the statement's: "following the 2003 US-led invasion", "blamed for
# the 1998 embassy bombings", "revived memories over the 1989 crackdown", "despite the 1994
# accord" (the words before the year; the noun after it must follow,
# `OTHER_HAPPENING_YEAR_AFTER_RE`). Not a time locator or a goal ("in the 2005 election", "at
# the 1996 Olympics", "went to the 2008 Games"), nor "since" / "before" (a bound of the
# statement's own time), nor "of" (a part of the happening is in its time: "their opener of the
# 2002 World Cup", "the central issue of the 1972 election").
OTHER_HAPPENING_YEAR_BEFORE_RE = re.compile(
    r"\b(?:after|following|for|over|about|against|despite|amid|like|behind)\s+"
    r"(?:the|its|their|his|her|this|that)\s+$", re.IGNORECASE)
# the noun the year premodifies: a word after it, not a verb or function word
# (`NOT_A_NOUN_AFTER_YEAR`), nor a time noun ("of the 2003 season" is a time phrase)
OTHER_HAPPENING_YEAR_AFTER_RE = re.compile(r"\s+(?P<w>[A-Za-z][\w'’-]*)")
# Session 20 (xrecall4): a thing's origin, "dating from 1984" / ", which dates back to 1950":
# the date says how old the thing before it is, not when the statement's happening is ("two
# old issues are still blocking accord: Britain's refusal to give up its annual budget rebate,
# dating from 1984 ..."; `clauses.origin_date`). Not the main verb ("The dispute dates back to
# 1950": the statement is that state).
ORIGIN_BEFORE_RE = re.compile(
    r"\b(?:dating|(?:which|that)\s+(?:dates?|dated))\s+(?:back\s+)?(?:from|to)\s+(?:the\s+)?$", re.IGNORECASE)
# Session 20 (xrecall4): a contact relative clause, a noun then a subject pronoun with no
# "that" ("Sharon quit the party he was instrumental in founding 32 years ago", "He sold the
# house he built in 1990"): a date inside it is the noun's story, not the statement's time
# (`clauses.contact_relative_date`). The clause runs from the pronoun to a comma or a clause
# word (`CONTACT_RELATIVE_ENDS`). Not after a verb that takes an object and a clause ("told the
# court he would return in 2006": a reported clause), not a time noun ("the day he arrived in
# 1990": the when of what follows).
CONTACT_RELATIVE_RE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|my|your)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?P<noun>[a-z][\w'’-]*)\s+(?P<pron>he|she|they|we|I|you)\s+(?P<verb>[a-z][\w'’-]*)")
CONTACT_RELATIVE_NOT_BEFORE = frozenset("""
tell tells told telling warn warns warned warning assure assures assured assuring remind reminds
reminded reminding inform informs informed informing notify notifies notified promise promises
promised promising convince convinces convinced persuade persuades persuaded show shows showed
shown teach teaches taught advise advises advised ask asks asked assure urge urges urged
""".split())
# words that are not the noun of a contact relative: a present or past of saying or thinking
# before a reported clause's pronoun ("officials said the leader believes he will resign")
CONTACT_RELATIVE_NOT_NOUN = frozenset("""
says believes thinks hopes fears knows expects insists claims feels admits argues warns suggests
hears adds notes denies agrees realises realizes understands maintains states reports assumes
doubts reckons predicts acknowledges concedes confirms means shows proves wishes said thought
knew felt heard found meant swore told wrote
""".split()) | frozenset(_IRREGULAR_PAST)
CONTACT_RELATIVE_ENDS = frozenset("""
and but or while whereas when after before because as since until unless where if although though
that which who
""".split())
# Nouns that, before "of DATE", make a time phrase of the clause: "the end of 2019".
TIME_NOUNS = frozenset("""
end beginning start middle spring summer autumn fall winter month months year years week weeks
day days night morning evening afternoon half quarter part course rest first last close
dawn eve turn outset height midst wake aftermath period season decade century era time
hour hours minutes weekend fortnight
""".split())
# Punctuation that closes a relative clause set off by commas, brackets or dashes.
CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]—–]|\s-\s")
SINCE_RE = re.compile(r"\bsince\b", re.IGNORECASE)
QUOTES = "\"“”«»"

# ---- one event per dated happening ("in Italy on April 29 and in Western Europe on May 7")
# A coordination between two dates; the second happening starts after it.
HAPPENING_LINK_RE = re.compile(r",?\s+(?:and|but|while|whereas)(?:\s+then)?\s+|;\s*|,\s+then\s+", re.IGNORECASE)
# Words between the link and the second date that say nothing new: "on April 29 and again on
# May 7" (a list of dates for one happening) needs a content word to be two happenings.
HAPPENING_FILLER = frozenset("""
on in at by the of from again also then later once more early late mid around about
approximately nearly some another each every final finally
""".split())
# A second date that bounds the first happening ("established on 13 April and lasted until
# 25 July") is no happening of its own.
BOUND_WORDS = frozenset("until till til through to since by before after from between".split())
# Quotations, brackets and dashes between two dates: the second belongs to an aside or a quote.
ASIDE_RE = re.compile(r"[\"“”«»()\[\]—]|--|''|``")
BOUND_BEFORE_RE = re.compile(
    r"\b(?:until|till|til|through|to|since|by|before|after|from|between|as\s+late\s+as|as\s+early\s+as)\s+(?:the\s+)?$",
    re.IGNORECASE)

# A date that is the target or deadline of an act the statement only agrees, asks or sets, not
# the statement's own time (TARGET_DATE): "agreed to withdraw by June 30", "endorsed the plan to
# implement the roadmap ... by 2020" (a "by" / "until" / "before" / "no later than" date in an
# infinitive governed by a verb of agreeing, deciding, asking or planning); "set a deadline of
# March 1", "extended the deadline to March 1"; "gave them until Friday to leave"; "set Friday
# as the deadline"; "postponed until Tuesday any action" (the act moved, not the moving).
# Not "will withdraw by June 30" (the statement's own future), "had been completed by Tuesday"
# (a bound of the statement's own act), "the deadline expired on Friday".
# Each is searched on the clause before the date (from the last comma, bracket or colon).
_TARGET_GOVERNOR = (
    r"(?:agree[sd]?|agreeing|pledg(?:e[sd]?|ing)|promis(?:e[sd]?|ing)|vow(?:s|ed|ing)?|decid(?:e[sd]?|ing)|"
    r"resolv(?:e[sd]?|ing)|commit(?:s|ted|ting)?|reaffirm(?:s|ed|ing)?|endors(?:e[sd]?|ing)|adopt(?:s|ed|ing)?|"
    r"approv(?:e[sd]?|ing)|sign(?:ed|ing)|urg(?:e[sd]?|ing)|ask(?:s|ed|ing)?|order(?:s|ed|ing)?|"
    r"demand(?:s|ed|ing)?|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|propos(?:e[sd]?|ing)|vot(?:e[sd]?|ing)|"
    r"seek(?:s|ing)?|sought|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|undert(?:ake[sn]?|ook|aking)|told|"
    r"tell(?:s|ing)?|instruct(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|for))")
_NO_CLAUSE = r"[^,;:()\[\]\"“”—–]"
TARGET_BEFORE_RE = re.compile(
    # "agreed to withdraw by", "endorsed the plan to implement ... by"
    rf"\b{_TARGET_GOVERNOR}\b{_NO_CLAUSE}{{0,80}}?\bto\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)"
    rf"[a-z]+\b{_NO_CLAUSE}{{0,160}}?\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|the\s+)?\Z"
    # "set a deadline of", "extended the deadline to", "imposed a Friday deadline" is not here
    r"|\b(?:set(?:s|ting)?|fix(?:e[sd]|ing)?|impos(?:e[sd]?|ing)|extend(?:s|ed|ing)?|mov(?:e[sd]|ing)|"
    r"push(?:e[sd]|ing)?|gave|giv(?:e[sn]?|ing)|agree[sd]?|announc(?:e[sd]?|ing))\b"
    rf"{_NO_CLAUSE}{{0,40}}?\b(?:deadline|target\s+date|cut-?off\s+date|time\s+limit|ultimatum)\s+"
    r"(?:of|for|on|at|to|until|till|as)\s+(?:the\s+)?\Z"
    # "postponed until Tuesday morning any action", "adjourned the trial to January 24"
    r"|\b(?:postpon(?:e[sd]?|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|"
    r"put(?:s|ting)?\s+off|push(?:e[sd]|ing)?\s+back)\b"
    rf"{_NO_CLAUSE}{{0,60}}?\b(?:until|till|to)\s+(?:the\s+end\s+of\s+|the\s+)?\Z"
    # "gave them until Friday", "granted the rebels until the end of June"
    r"|\b(?:gave|giv(?:e[sn]?|ing)|grant(?:s|ed|ing)?)\b"
    rf"{_NO_CLAUSE}{{0,40}}?\b(?:until|till)\s+(?:the\s+end\s+of\s+|the\s+)?\Z"
    # (session 21) the occasion an act is timed for: "The British proposals are aimed at breaking
    # a budget deadlock in time for an EU summit in Brussels next week"
    rf"|\bin\s+time\s+for\b{_NO_CLAUSE}{{0,80}}?\Z",
    re.IGNORECASE)
# The gate of TARGET_BEFORE_RE (searched on the clause before every calendar date): each of its
# alternatives ends the clause in white space after one of these words, or holds "in time for".
TARGET_TAIL_WORDS = ("by", "until", "till", "before", "than", "of", "for", "on", "at", "to", "as", "the")


def may_hold_target(clause: str) -> bool:
    """False only where TARGET_BEFORE_RE cannot match `clause` (most clauses: no long search).
    A clause with a character outside ASCII is let through: re's case folding ("ſ" for "s",
    "K" for "k") is not str.lower's, and the gate must never say no where the pattern says yes."""
    if not clause.isascii():
        return True
    low = clause.lower()
    return "time" in low or (clause[-1:].isspace() and low.rstrip().endswith(TARGET_TAIL_WORDS))


# "set Friday as the deadline for his repatriation": a setting verb right before the date, a
# deadline after it
TARGET_SET_BEFORE_RE = re.compile(r"\b(?:set(?:s|ting)?|fix(?:e[sd]|ing)?|nam(?:e[sd]|ing)|chose|choos(?:e[sn]?|ing)|"
                                  r"pick(?:s|ed|ing)?)\s+(?:the\s+)?\Z", re.IGNORECASE)
# a second date joined to a target in its clause is a target too: "achieving the goals by 2010
# for developed members and 2020 for developing members"
TARGET_JOIN_RE = re.compile(r"\b(?:and|or|to)\b", re.IGNORECASE)
TARGET_SET_AFTER_RE = re.compile(r"\s+(?:as|for)\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z]+\s+)?"
                                 r"(?:deadline|target\s+date|cut-?off|date)\b", re.IGNORECASE)

# The first verb of a sentence with no date, when it is a future ("China will announce a package
# ... at the summit", "Bush is expected to deliver a speech"): the statement is the report's
# future, from the report day on, not its past (FUTURE_STATEMENT). Only the first verb group
# counts: "Officials said the plant will close" is the saying's, "We hope the talks will help"
# the hope's (a view held now); a past participle or an "-ed" word before it ("Troops deployed
# there will") keeps the past too, but not an adjective after an article ("the elected members").
FUTURE_STATEMENT_RE = re.compile(
    r"\b(?:(?P<fut>will|shall|won't|(?:is|are|am)\s+(?:not\s+)?(?:expected|due|scheduled|set|slated|going|poised|"
    r"(?:un)?likely|about)\s+to|(?:is|are)\s+to)|"
    r"(?:is|are|am|was|were|be|been|has|have|had|would|could|might|may|can|must|should|did|does|do|says|say|"
    r"said|told|tells|hopes?|think|thinks|believes?|expects?|fears?|doubts?|wants?|don't|doesn't|didn't|"
    # (an "-ed" word after an article or possessive is an adjective: "The first task of the
    # elected members will be to appoint")
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)[a-z]{3,}ed|"
    # an irregular past first ("The announcement came just before a commission is due to")
    r"(?:" + "|".join(w for w in _IRREGULAR_PAST if w.isalpha()) + r")))\b|'ll\b",
    re.IGNORECASE)
# Every future FUTURE_STATEMENT_RE reads (its "fut" group, or "'ll") matches this: a sentence
# without it is no future, and is not searched with the long pattern, which tries its "-ed"
# lookbehinds at every word (1.5% of ingest's CPU; `temporal.clauses.is_future`; the same flags:
# the same case folding). The "to" futures only with their copula ("is expected to", "are to"): a
# bare "to" is in most sentences (session 22: TE3 silver, 2 sentences in 3 passed; now 1 in 7).
# The lookahead is the alternatives' first letters: `re` then skips every other position in C
# (the same matches, in 40% of the time).
FUTURE_WORD_RE = re.compile(r"(?=[wsia'])(?:will|shall|won't|'ll|\b(?:is|are|am)\s+(?:not\s+)?(?:[a-z]+\s+)?to)",
                            re.IGNORECASE)
# Words that, before the future in its clause, make it a subordinate or subject clause's:
# "How they will do so has not been decided", "a condition before Washington will ease"
NOT_BEFORE_FUTURE = RELATIVE_PRONOUNS | SUBORDINATORS | frozenset("how what why".split())
# A source's frame before the future's clause: "According to the agreement, the DPRK will be
# able to send soldiers" is the agreement's provision, of its own earlier time
SOURCE_FRAMES = frozenset("according".split())
# "is to" after these is a copula, no future: "Our goal is to reunite Elian and his father";
# session 16: a standing policy or duty is a present too ("The basic policy of public housing is
# to provide a roof", "Officially the government's policy is to support", "The main thing is to
# stop the oil"), where the noun is the subject's head: last before the verb, or before its own
# preposition (COPULA_HEAD_FOLLOWERS; "The policy committee is to meet" is a future)
COPULA_SUBJECTS = frozenset("""
goal goals aim aims task tasks job jobs idea ideas plan plans position purpose objective objectives
priority priorities intention intentions mission role hope hopes wish point aspiration dream
policy policies strategy tradition practice custom principle responsibility duty challenge problem
thing step ambition ambitions intent desire concern focus approach function agenda vision target
""".split())
COPULA_HEAD_FOLLOWERS = frozenset("of in for on at before behind".split())

# ---- an aside of the subject on the main act's own occasion (session 19, parser19)
# A subject's aside that tells the occasion the main act happened on keeps its date, where
# SUBJECT_ASIDE would drop it: the subject came, met or spoke there, on that day ("Blair, who
# touched down Saturday in Cairo, welcomed ...", "Steinmeier, who held talks with Rice on
# Tuesday, raised ...", "The editorial, posted on Saturday, said"; a progressive: "who was also
# celebrating his first year in office on Sunday, said"). Searched on the aside from its first
# word to the date; only with a date of one day and a main verb in the past. Not "who will
# start a visit on Sunday" (the visit comes after the statement), "who hinted on Sunday",
# "who suffered a loss Friday" (another act of that day), nor an arrival late in the day
# ("Annan, who arrived here late Monday, made the remarks at a press conference": the
# acts of the visit come the next day; LATE_ARRIVAL_RE).
OCCASION_ASIDE_RE = re.compile(
    r"^(?:(?:who|which)\s+(?:(?:also|first|just|then|only|finally)\s+)?"
    r"(?:arrived|touched\s+down|landed|flew|visited|met|held\s+(?:talks|"
    r"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|summit|conference|session|"
    r"news\s+conference|press\s+conference))|chaired|attended|addressed|spoke|opened|"
    r"paid\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}visit|(?:was|were)\s+(?:also\s+)?[a-z]{3,}ing)\b"
    r"|(?:posted|published|issued|released|broadcast|aired|carried|made\s+public)\b)", re.IGNORECASE)
LATE_ARRIVAL_RE = re.compile(
    r"^(?:who|which)\s+(?:\w+\s+)?(?:arrived|touched\s+down|landed|flew)\b.*"
    r"\b(?:late|night|evening|midnight)\b", re.IGNORECASE | re.DOTALL)
# ... and a subject that is a happening, with an aside that tells when it happened, keeps the
# date whatever its length: "The last eruption, which occurred in 1993, killed nine people",
# "The championship, which began on Wednesday, drew 500 athletes", "The talks, which will take
# place Dec. 14-15, would cover" (its main verb not in the present: "The visit, which started
# Sunday, is a clear sign" says something of now).
HAPPENED_ASIDE_RE = re.compile(
    r"^which\s+(?:(?:was|were|will|is|are)\s+(?:to\s+)?)?"
    r"(?:occurred|took\s+place|take\s+place|happened|began|begin|started|start|opened|open|"
    r"kicked\s+off|kick\s+off|held)\b", re.IGNORECASE)
# The main verb's first word (after adverbs) is a past or a modal's past: the statement is an
# act of the past, on the aside's occasion; a present ("is", "seeks", "shows") is not.
MAIN_PAST_WORDS = frozenset("""
was were had did would could drew took gave came went began spoke told wrote saw became ran rose
fell got made kept left lost won
""".split())

# ---- a date of another happening, named in a noun phrase, that the statement is measured by
# (session 19, parser19)
# A "since" after a superlative, an ordinal, "first" / "only" or a running count makes its date
# the base of a comparison, not the statement's time: "the highest level since its launch in
# 1999", "the first visit by a Chinese leader since the country claimed independence in 1993",
# "the 13th such attack since the blast that killed Hariri in February", "the overall toll since
# the start of the uprising in September 2000". Searched on the sentence before the date, within
# one clause (no comma, colon or bracket after the "since").
# Session 20 (parser20) widened the words before the "since" to any running count or rank: a
# count noun ("the number of US fatalities in Iraq since the 2003 invasion", "a total of 15,000
# medical personnel ... since the dispatch of its first team in 1963"), a quantity in figures
# ("more than 1,700 people have been killed since the violence reemerged in January 2004",
# "hundreds of suspects since"), a word ordinal ("the fifth since Koizumi took office in 2001")
# and any superlative after a determiner ("the bloodiest gunbattle ... since", not the words of
# NOT_SUPERLATIVE). A figure inside the phrase ("33.4 million", "2,946") does not end it. Not a
# figure that is a year, a day ("the 11 hostages": after "the", a group, not a count), a share
# or a rate ("rose 80 percent since January": the change's own time), a frequency ("at least
# three times since") or a duration ("for 22 years since").
NOT_SUPERLATIVE = """
west east test rest nest chest guest quest request protest interest forest contest arrest conquest
harvest inquest behest manifest crest pest vest zest jest digest honest modest earnest unrest
midwest southwest northwest bequest tempest
""".split()
_COUNT_FIGURE = (
    r"(?P<fig>(?<![\w$.,-])(?<!\bthe\s)(?!(?:1[5-9]|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?"
    r"(?:\s+(?:million|billion|thousand|hundred))?"
    r"(?=\s+(?!(?:percent|pct|per|times|points?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
    r"decades?|a\.m|p\.m|and|or|to|in|on|of|at|and|gmt|am|pm)\b)[a-z])"
    r"|(?<!\bthe\s)\b(?:hundreds|thousands|dozens|millions|tens\s+of\s+thousands)\s+of\b)")
COMPARISON_SINCE_RE = re.compile(
    r"(?:(?<!\bat\s)\b(?:first|only|most|least)|\b(?:record|toll|tally|(?<!\ba\s)number|total|count|highest|lowest|"
    r"biggest|largest|"
    r"smallest|worst|best|greatest|strongest|weakest|longest|shortest|deadliest|heaviest|sharpest|"
    r"steepest|fastest|slowest|highest-level|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))"
    r"|\b(?:the|its|their|his|her|our|[a-z]+['’]s)\s+(?:\w+\s+)?(?!(?:" + "|".join(NOT_SUPERLATIVE) + r")\b)"
    r"[a-z]{2,}est"
    r"|" + _COUNT_FIGURE + r")\b(?:[^,;:()\[\]\"“”.]|(?<=\d)[.,](?=\d)){0,80}?\bsince\b"
    r"(?P<tail>[^,;:()\[\]\"“”]{0,80})$"
    r"|\bnot\s+(?:been\s+)?seen\s+since\b(?P<tail2>[^,;:()\[\]\"“”]{0,80})$", re.IGNORECASE)
# Every match of COMPARISON_SINCE_RE consumes the word "since" (both branches): a window
# without it (most dates' two hundred characters before them) is not searched with the long
# pattern, whose lookbehinds ran at every place (2% of ingest's CPU). The same flags: the same
# case folding, so the same dates pass (`temporal.clauses._comparison_base`).
COMPARISON_SINCE_WORD_RE = re.compile(r"since", re.IGNORECASE)
# ... but not a copula perfect's "since" ("has been a sales agent for the world's biggest
# breeder of insects since 1992": the state's start), searched before the superlative, when
# more than two words stand between it and "since" ("has been at its worst since the March
# 2003 invasion" compares; "has been widely acclaimed as the largest meeting ... since" is a
# passive)
# A fronted "Since DATE," before a running count counts the count from DATE too: "Since 2003,
# the number of British troops killed in Iraq has increased to 121", "Since the beginning of
# this year, 30 police have been killed" (the count within the main clause's first words)
FRONT_SINCE_RE = re.compile(r"^\W*(?:ever\s+)?since\b(?P<tail>[^,;:()\[\]\"“”]{0,80})$", re.IGNORECASE)
COUNT_AFTER_FRONT_SINCE_RE = re.compile(
    r"(?:[^;:()\[\]\"“”.]|(?<=\d)[.,](?=\d)){0,80}?(?:\b(?:(?<!\ba\s)number|total|toll|tally)\b|" + _COUNT_FIGURE + ")",
    re.IGNORECASE)
# (not "a number of", a vague quantity: "has published a number of collections since the 1980s")
# ... and a figure's count no state: after a state's "been" before the "since" ("the trial of
# another 11 members has been underway since December", "had been holding 72 hostages since
# December 17": the state's start, as "has lived in Paris since 2019"); a passive counts ("1,700
# people have been killed since")
COUNT_SINCE_STATE_RE = re.compile(rf"\bbeen\s+(?!(?:\w+ly\s+)?{PARTICIPLE}\b)", re.IGNORECASE)
COMPARISON_SINCE_PERFECT_RE = re.compile(rf"\bha(?:s|ve)\s+been\s+(?!(?:\w+ly\s+)?(?:{PARTICIPLE}|\w+ing)\b)",
                                         re.IGNORECASE)
# A date in a noun phrase governed by a word that relates the statement to another happening
# ("marks a new beginning following the US-led invasion in March 2003", "is a slight increase
# over its outlook issued in November", "is the final meeting before the Ministerial Meeting
# on Nov. 15-16", "the reason behind the joint military maneuvers in October"): with a main
# verb in the simple present (`clauses.present_main`) it is that happening's time, not the
# statement's. A past main verb keeps the date: what came right after a happening is dated by
# it often enough ("were freed following a military operation in May").
# (session 21: the relating word may be the present main verb itself: "The election follows a
# lightning drive to oust Saddam in April 2003", "The summit precedes the ministerial meeting on
# Nov. 15")
RELATED_HAPPENING_BEFORE_RE = re.compile(
    r"\b(?:after|following|follows|precedes|before|over|behind|despite|amid|ahead\s+of)\s+"
    r"(?:(?:(?:the|its|their|his|her|this|that|a|an)\s+)?[^,;:()\[\]\"“”]{0,60}?\s(?:in|on|of|from)\s+(?:the\s+)?"
    r"|(?P<pre>(?:the|its|their|his|her|this|that|a|an)\s+)?)$", re.IGNORECASE)
# after a premodifying date (`pre` above, or none), the happening's noun or a possessive
# ("following the October 8 earthquake", "following Wednesday's explosion"; not "before
# Friday", a bound of the statement's own time)
RELATED_PREMODIFIED_AFTER_RE = re.compile(r"['’]s\b|\s+(?P<w>[A-Za-z][\w'’-]*)")
# a simple-present main verb: a copula, or a verb in -s before a determiner ("marks a new start")
PRESENT_COPULAS = frozenset("is are remains remain seems seem".split())
# ... no present where a copula leads a future or a progressive ("is due to go", "is expected
# to be issued", "are flying over New York today"): the statement's own occasion
NOT_PRESENT_AFTER_COPULA = frozenset("to due expected set scheduled likely about going".split())

# ---- the base of a figure's comparison (session 20, parser20)
# A year-ago date that a figure is compared with ("up 18% from $1.69 billion a year earlier",
# "compared with a loss of $195 million in the 1988 period", "rose 5% from a year ago") is the
# base, not the statement's time: the statement tells the current figure (the quarter's, the
# nine months', the report's). After "compared with/to" anything; after "from", "than",
# "versus" a figure or nothing ("from Lebanon last year" is a place, not a base; "more than
# 10,000 students came last year" is a quantity, not a comparison). Not a year-ago
# date the statement is about ("In the year-earlier period, the company had net of").
COMPARED_BASE_BEFORE_RE = re.compile(
    r"\bcompared\s+(?:with|to)\s+(?:[^;:()\[\]\"“”.]|(?<=\d)[.,](?=\d)){0,80}$"
    r"|(?:\bfrom|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\brather\s)\bthan|\bversus)\s+"
    r"(?:(?:about|nearly|some|almost|roughly|around|only|just)\s+)?"
    r"(?:(?:[A-Z]{0,2}[$#£€]\s?)?\d(?:[^;:()\[\]\"“”.]|(?<=\d)[.,](?=\d)){0,80}?\s+)?(?:in\s+)?$", re.IGNORECASE)
COMPARED_BASE_RE = re.compile(
    r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|year[- ](?:earlier|ago)|last\s+year|the\s+\d{4}\s+(?:period|quarter)"
    r"|the\s+(?:same|comparable|corresponding|year-earlier|year-ago|previous)\s+(?:period|quarter|year)"
    r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?)", re.IGNORECASE)

# ---- the base of a figure's comparison a month or a week back (session 20, parser21)
# As COMPARED_BASE_RE for a month or a week: "up 1.5 percent from September", "unchanged from
# September", "declined by 0.5 percent in November from the figure for October", "up from 5.1
# percent in October", "four percentage points from last month", "compared with 37 percent in a
# previous poll in October", "Compared with the previous month, output ...". A month is a plain
# word, often a starting point or a deadline, so less is taken before it than before a year ago:
# after "compared with/to" anything; after "from"/"than"/"versus" a figure after it, or a
# figure, a share or "up"/"down"/"unchanged" right before it (not "withdrew 300 soldiers from
# Iraq in January", "no later than September", "from September to December").
MONTH_BASE_BEFORE_RE = re.compile(
    r"\bcompared\s+(?:with|to)\s+(?:[^;:()\[\]\"“”.]|(?<=\d)[.,](?=\d)){0,80}$"
    # (Session 21, parser22: "similar to", "in contrast to", "unlike" compare as "compared with" does,
    # within their own phrase: "results similar to those from elections in January", "in stark
    # contrast to their boycott of an election in January"; not "Unlike his rivals, he voted in May")
    r"|\b(?:similar\s+to|in\s+(?:\w+\s+)?contrast\s+(?:to|with)|unlike)\s+(?:[^,;:()\[\]\"“”.]|(?<=\d)[.](?=\d)){0,80}$"
    r"|(?:\d(?:%|\s*(?:percent|per\s+cent|(?:percentage\s+|basis\s+)?points?))|\bup|\bdown|\bunchanged|\bflat)"
    r"(?:\s+(?:in|on)\s+[A-Z][a-z]+\.?)?\s+(?:from|versus)\s+"
    r"(?:the\s+(?:figure|level|rate|reading|index|number|total)\s+(?:for|of|in)\s+)?(?:in\s+)?$"
    r"|(?:\bfrom|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\brather\s)(?<!\blater\s)(?<!\bearlier\s)(?<!\bsooner\s)"
    r"\bthan|\bversus)\s+(?:(?:about|nearly|some|almost|roughly|around|only|just)\s+)?"
    # (a figure, not a year: "the program from 2006 to 2010 issued last month")
    r"(?!(?:1[5-9]|20)\d\d\b(?!\s*(?:%|percent|points?|[a-z]*illion|dollars?|yuan|euros?|yen|pounds?|tons?|barrels?)))"
    r"(?:[A-Z]{0,2}[$#£€]\s?)?\d(?:[^;:()\[\]\"“”.]|(?<=\d)[.,](?=\d)){0,60}?\s+(?:in\s+)?$", re.IGNORECASE)
MONTH_BASE_RE = re.compile(
    r"(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"|last\s+(?:month|week)|the\s+(?:previous|preceding|prior)\s+(?:month|week)|(?:a|one)\s+(?:month|week)\s+(?:earlier|ago|before)"
    r"|the\s+(?:month|week)\s+before", re.IGNORECASE)
# ... and not the start of a span ("from September to December")
MONTH_BASE_NOT_AFTER_RE = re.compile(r"\s*(?:to|through|till|until|and|[-\u2013])\b", re.IGNORECASE)

# ---- an aside describing a noun after the main verb (session 19, parser19b)
# A relative clause (", who was ousted in 2003") or a reduced one (", ousted from power after
# US-led forces invaded in March 2003") set off by a comma after the main verb's object or
# complement, running to the end of the sentence, tells of that noun's own past, not of the
# statement, when the main verb is a saying (these words) or a simple present ("is wanted by
# Norwegian authorities, who have requested his extradition in connection with a collision in
# July 1992"): the statement is the report's. Not an aside on the saying's own medium or
# occasion ("said in the letter, dated Monday", OCCASION_ASIDE_RE), nor a participle after a
# quantity ("profit rose 5 percent, boosted by sales in December": the clause's own adverbial).
MAIN_SAYING_WORDS = frozenset("said says told tells added adds".split())
OBJECT_ASIDE_NOT_AFTER = frozenset("""
percent pct cents cent points point dollars dollar yen euros pounds marks francs shares tonnes
tons barrels times
""".split())
OBJECT_ASIDE_NOT_OPENERS = frozenset("dated compared".split())
# ... nor a relative clause in the future: "has chosen three partners for the pilot, which will
# run through June" tells the plan the statement is about, and its June is the statement's
OBJECT_ASIDE_FUTURE_RE = re.compile(
    r"(?:who|which|whose\s+\w+)\s+(?:will|shall|would|'ll|(?:is|are)\s+(?:not\s+)?(?:(?:expected|due|scheduled|"
    r"set|slated|going|poised)\s+)?to)\b", re.IGNORECASE)
