"""English knowledge for same-fact grouping (`timeline_cli.facts`): which words of a statement
say what happened, one stem per word family, a few light synonyms. (Which claimant spellings
are one claimant is `names.claimant_key`, used through `timeline_cli.claimant_names`.)

    >>> terms("The minister apologised for the raid.")
    ('minister', 'apolog', 'raid')
    >>> terms("He offered an apology over the raid")
    ('offer', 'apolog', 'raid')

Everything here is pure and cached: grouping calls `terms` once per statement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import AbstractSet, Callable, Iterable

from .attribution import REPORTING_VERBS
from .calendar import MONTHS, WEEKDAY_WORDS
from .vocab import HOLIDAYS, NUMBER_WORDS
from .words import STOP_WORDS

__all__ = ["terms", "head", "main_clause", "source_terms", "REACTIONS", "national_forms", "names", "first_name", "actor_terms", "subject", "starts_with_pronoun", "hides_actor", "read", "main_verb", "happening", "happenings_said", "happenings_named", "clauses", "names_day", "main_terms", "own_terms", "day_in_passing", "day_since", "TOLL", "aliases", "titled", "NATIONALITIES", "HAPPENING_NOUNS", "LIGHT_VERBS", "phrase_key", "stem", "is_heading", "is_name", "GENERIC"]

# Words that appear in almost any news statement and link nothing: reporting verbs and
# the grammar words beyond the shared STOP_WORDS (which `diff` also uses).
_MORE_STOP = frozenset("""
also again already still yet now today tonight yesterday tomorrow week weeks month months year
years day days time times ago last next earlier later early late first second third
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
mr mrs ms dr us u.s one two three four five six seven eight nine ten
if because though although however both each other others such only own same many much
being get got make made take took go went come came give gave put well back even ever
saying added adding says told asked spoke speaking announced statement statements news
people official officials spokesman spokeswoman government report reports reported
here there who how why what whether per cent percent least dozens scores hundreds
almost among including include outside inside near next later eleven twelve twenty hundred thousand
him hers himself herself itself themselves ourselves yourself
""".split())

# Words that carry little on their own in news: kept as terms, but never enough to block on.
GENERIC = frozenset("""
country countries state nation world city new new president minister group part number
""".split())

# Light synonyms: one key per word family that outlets swap for each other.
ATTEND = True  # participate = attend (session 13, dev9)
ANNOUNCE_A = True  # "announced a ..." is the act of announcing, not a report's frame (session 13, dev9)
PRAISE = True  # hail = laud = trumpet = tout = praise (session 21, xrecall6)
ARMED_GROUP = True  # terrorist = guerrilla = insurgent = captor = rebel (session 23, xrecall9)
_SYNONYMS = {
    "blast": "bomb", "explos": "bomb", "explosion": "bomb", "explosive": "bomb", "explod": "bomb", "bomber": "bomb", "bombing": "bomb",
    "die": "kill", "dead": "kill", "death": "kill", "died": "kill", "slay": "kill", "slain": "kill",
    "slaying": "kill", "murder": "kill", "homicide": "kill", "assassin": "kill", "assassination": "kill",
    "shot": "shoot", "shoot": "shoot", "gunn": "shoot", "gunshot": "shoot", "sniper": "shoot", "fire": "shoot",
    "fired": "shoot", "rifl": "rifle", "weapon": "gun", "firearm": "gun",
    "wound": "injur", "hurt": "injur",
    "condemn": "condemn", "deplor": "condemn", "denounc": "condemn",
    "embassi": "embassy",
    "sorry": "apolog", "regret": "apolog",
    "american": "america", "americans": "america",
    # British and American spellings the suffix rules do not meet
    # (keys are stems: defence -> defenc -> defens, as defense -> defens)
    "defenc": "defens", "offenc": "offens", "licenc": "licens", "centr": "center",
    "cancell": "cancel",  # cancelled, cancellation (canceled: cancel; session 19, xrecall2)
    "kenyan": "kenya", "tanzanian": "tanzania", "cuban": "cuba", "iraqi": "iraq",
    # Happening paraphrase classes: one key per act that outlets word differently (phrases such
    # as "became members", "stepped down", "held talks", "taken into custody" are `_PHRASES`).
    "drown": "kill", "drowned": "kill", "perish": "kill", "fatalit": "kill",
    "accede": "join", "acced": "join", "accession": "join",
    "detain": "arrest", "detention": "arrest", "apprehend": "arrest",
    "resignation": "resign", "quit": "resign", "quitt": "resign",
    "ink": "sign", "inked": "sign", "signature": "sign",
    "met": "meet", "meeting": "meet",
    "discover": "find", "discovery": "find", "unearth": "find", "found": "find", "founded": "founded",
    "demonstr": "protest", "demonstrat": "protest", "demonstrator": "protest", "protester": "protest",
    "protestor": "protest",
    # someone missing found alive: "rescued on Nov. 25" / "was found Thanksgiving Day clinging to
    # an inner tube"
    "rescu": "find", "rescue": "find",
    # nominalisations the suffix rules do not reach: "the decision" / "decided", "the execution" /
    # "executed" (-ution: also prosecution, contribution)
    "decision": "decid", "execution": "execut", "prosecution": "prosecut", "contribution": "contribut",
    # fighting that starts: "heavy fighting began last week" / "fighting erupted December 20"
    "erupt": "begin", "eruption": "begin", "outbreak": "begin",
    # a vote of the people on one question: "lost a plebiscite" / "lost a 1988 referendum"
    "plebiscit": "referendum", "plebiscite": "referendum",
    # session 10, loose paraphrase of one act (must-not cases in `_PHRASES` and the tests):
    # forcing one's way in: "troops stormed the residence" / "the raid started" / "died during
    # the assault" (only the verb's forms: the noun "storm" is the weather, and "stormed out"
    # is leaving; "assault rifles" are weapons)
    "stormed": "raid", "storming": "raid", "assault": "raid",
    # taking a place or a power by force: "seized Mogadishu" / "captured the town"
    "seiz": "captur",
    # the armed men of a state, however named: "troops stormed" / "two soldiers died"
    "troop": "soldier",
    # session 10 (recall6): one measure that outlets name by four nouns, ships stopping a
    # country's trade: "may extend its naval quarantine to ... Aqaba" / "the naval barricade now
    # in force" / "will barricade the port"; "The embargo is meant to cripple Iraq" / "The
    # quarantine hopes to staunch the flow of Iraqi oil"
    "quarantin": "blockad", "barricad": "blockad", "embargo": "blockad",
    # an adjective of a noun names it: "naval vessels" / "the U.S. Navy"
    "naval": "navy",
    # session 12 ("para2"), general news paraphrase of one act (`tests/test_facts_para2.py`):
    # asking for something one is owed: "has demanded that the boy be returned" / "persistent in
    # seeking the boy's return" ("called for" is `_PHRASES`; "sought to agree" is trying, not asking)
    "seek": "demand",
    # an inquiry into an act, by verb or noun: "Investigators ... are looking into four other
    # sniper attacks" / "A task force ... is investigating" / "the probe widened" (the agent
    # noun "investigators" stays its own term: see GUIDELINES.md, session 12 "para2")
    "prob": "investigat",
    # session 13 (dev9): being at an event, by any verb: "48 African countries ... are to
    # participate in the two-day summit" / "41 heads of state ... attended the landmark gathering"
    # ("participants" stays its own term: who, not the act)
    **({"participat": "attend", "particip": "attend", "attendanc": "attend"} if ATTEND else {}),
}
# session 21 (xrecall6): praising in other words: "Bush on Thursday hailed Iraq's historic
# parliamentary elections as 'a major step forward'" / "Bush has trumpeted the election as a victory"
# / "lauded", "touted", "praised" ("welcomed" is a reaction of its own, REACTIONS); read by `stem`
# while PRAISE holds
_PRAISE = {"hail": "prais", "laud": "prais", "trumpet": "prais", "tout": "prais"}
# session 23 (xrecall9): one armed group that each teller names by its own word for it: "An explosion
# underneath the reception hall ... killed most of the terrorists" (a freed hostage) / "An explosion
# underneath the living room killed five or six of the rebels" (the president), "the captors were
# playing a football match" / "most of the rebels were ... playing indoor soccer" (dev5); read by
# `stem` while ARMED_GROUP holds. Not "militant": the one word a story's outlet keeps for its group
# ("Israel has stepped up raids and targeted killings of Palestinian militants", Xinhua twice), rare
# and telling, split from its restatement when it weighed as the commoner "rebel" (te3 silver).
# Not "terrorism" nor "rebellion" (the act, not the group), nor "gunmen" (any armed men).
_ARMED_GROUP = {"terrorist": "rebel", "guerrilla": "rebel", "insurgent": "rebel", "captor": "rebel"}

# Irregular past forms of news verbs -> their base, so "clung" meets "clinging" and "held"
# meets "holding" ("found" -> find, "shot" -> shoot, "met" -> meet are `_SYNONYMS`). Forms that
# are also common other words ("left", "saw", "lead") are left out.
_LEMMAS = dict(pair.split(":") for pair in """
clung:cling held:hold fled:flee sought:seek struck:strike sank:sink sunk:sink fought:fight caught:catch
bought:buy brought:bring sold:sell stood:stand won:win lost:lose fell:fall fallen:fall rose:rise risen:rise
broke:break broken:break began:begin begun:begin blew:blow blown:blow tore:tear torn:tear shook:shake
shaken:shake wrote:write written:write chose:choose chosen:choose swore:swear sworn:swear drove:drive
driven:drive flew:fly flown:fly stole:steal stolen:steal threw:throw thrown:throw withdrew:withdraw
withdrawn:withdraw overthrew:overthrow overthrown:overthrow paid:pay dug:dig sent:send spent:spend
built:build kept:keep hid:hide hidden:hide spoke:speak spoken:speak knew:know known:know sought:seek
hung:hang
""".split())

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")


# The checks of one pair of statements tokenise the same few texts again, reader after reader
# (speed19: 88k tokenisings of 19k texts in a 20k-statement build). The words of the last few
# hundred texts are kept: enough for the pair being compared, and a bound so memory stays flat.
@lru_cache(maxsize=512)
def _kept_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(text))


def _words(text: str) -> list[str]:
    """`_WORD_RE.findall(text)`: a new list each call (a caller may change its own)."""
    return list(_kept_words(text))


def _may_say(text: str, words: tuple[str, ...]) -> bool:
    """False only when a case-blind (`re.I`) pattern that needs one of the lower-case `words`
    cannot match `text`: none is in its lower-cased text (a test in C before a pattern tried at
    every place of the text). A text with a character outside ASCII is always tried: `re.I`
    also matches "ſ" for "s", "K" (Kelvin) for "k", "İ" and "ı" for "i"."""
    if not text.isascii():
        return True
    low = text.lower()
    for word in words:  # (a loop, not any() over a generator: asked of every statement, speed22)
        if word in low:
            return True
    return False
_SUFFIXES = ("ously", "ous", "ations", "ation", "ising", "izing", "ised", "ized", "ises", "izes", "ise", "ize",
             "ings", "ing", "ies", "ied", "ly", "ed", "es", "s", "y", "e")
# The suffixes by their last letter, in `_SUFFIXES`' order: `stem` tries only those a word can end
# in (most words end in none; a name's last letter is any).
_SUFFIXES_BY_LAST = {last: tuple(s for s in _SUFFIXES if s[-1] == last) for last in {s[-1] for s in _SUFFIXES}}


# A word ending in "ss" is no plural in "s": "witness" / "witnesses", "discuss" / "discussed" /
# "discusses" read as one term (the plural's "es" and the verb's "ed" leave "...ss"; "s" alone took
# one "s" more: witness -> witnes, discuss -> discus). Session 15, recall6.
KEEP_SS = True
_VERB_ENDINGS = frozenset({"ed", "ing"})
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: apologised, apologized, apologizes, apology -> apolog; killing -> kill.
    Not Porter: only the suffixes that separate spellings and inflections of one word."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'.-")
    if w in _LEMMAS:
        w = _LEMMAS[w]
    if w in _SYNONYMS:
        return _SYNONYMS[w]
    if PRAISE and w in _PRAISE:
        return _PRAISE[w]
    if ARMED_GROUP and w in _ARMED_GROUP:
        return _ARMED_GROUP[w]
    if len(w) > 4 and not (KEEP_SS and w.endswith("ss")):
        for suffix in _SUFFIXES_BY_LAST.get(w[-1], ()):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
            if suffix in _VERB_ENDINGS and w.endswith(suffix) and len(w) - len(suffix) == 3 and w[2] not in _VOWELS:
                w = w[:3] + "e"  # a short verb's base: ruled, ruling -> rule (as rules -> rule)
                break
    # "bombs"/"bombed" -> "bomb" after the suffix; doubled final consonant: "planned" -> "plann".
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    w = _SYNONYMS.get(w, w)
    if PRAISE:
        w = _PRAISE.get(w, w)
    if ARMED_GROUP:
        w = _ARMED_GROUP.get(w, w)
    return _NOMINALISED.get(w, w) if NOMINALISED else w


# Session 16 (dev15b): the noun of a person's or a body's act is its verb, as "resignation" /
# "resign" and "decision" / "decided" are (`_SYNONYMS`): "-al", "-ure", "-ment", "-sion" are no
# suffix the stem rules take off, so "Agassi's withdrawal" did not meet "Agassi withdrew" and
# "his departure" not "departed". As the subject of a light verb or of "came after" they are what
# the statement says happened (`_happening_nouns`), as `HAPPENING_NOUNS` are: "Agassi's withdrawal
# came just minutes after Nadal pulled out" says a withdrawal. Only nouns of one act each (not
# "settlement", "movement", "proposal": a thing as well as an act; "election" keeps its own term:
# "elected" is a choice of a person, the election the vote).
NOMINALISED = True
_NOMINALISED = {
    "withdrawal": "withdraw", "departur": "depart", "arrival": "arriv", "dismissal": "dismiss",
    "removal": "remov", "appointment": "appoint", "retirement": "retir", "suspension": "suspend",
}
# Their acts (and "resign", "decid") named by a subject: read as `HAPPENING_NOUNS` are.
_ACT_NOUNS = frozenset(_NOMINALISED.values()) | {"resign"}
# ... and of those, one's own act (no one else's done to them, as "the dismissal of Smith"): "The
# withdrawal of Andre Agassi came ..." has the actor Agassi, as "Andre Agassi's withdrawal" has.
_OWN_ACTS = frozenset("withdraw resign depart arriv retir".split())


def _act_of(tokens: list[str]) -> int:
    """The index of the name after "The (one or two words) <own act noun> of" opening `tokens`
    (`_OWN_ACTS`), else 0."""
    if len(tokens) < 4 or tokens[0].lower() != "the":
        return 0
    for at in (1, 2, 3):
        if at + 2 < len(tokens) and tokens[at + 1].lower() == "of" and tokens[at + 2][0].isupper():
            return at + 2 if _term(tokens[at]) in _OWN_ACTS and _act_noun(tokens[at]) else 0
        if not tokens[at][0].islower():
            return 0
    return 0



# A nationality adjective (or the noun of its people) and its country: "The Jordanian monarch" /
# "King Hussein of Jordan" (`titled`). Not synonyms: read as one term everywhere, "Ethiopian
# troops" / "Ethiopia refused" joined two happenings of one day on `dev4` (0.938 -> 0.842).
# (Adjectives the suffix rules already meet, "German" / "Germany", are not repeated; words that
# are mostly something else, "Georgian", "Indian", are left out.)
NATIONALITIES = dict(pair.split(":") for pair in """
afghan:afghanistan albanian:albania algerian:algeria argentine:argentina argentinian:argentina
armenian:armenia australian:australia austrian:austria bangladeshi:bangladesh belgian:belgium
bolivian:bolivia brazilian:brazil british:britain briton:britain bulgarian:bulgaria burmese:burma
cambodian:cambodia canadian:canada chilean:chile chinese:china colombian:colombia congolese:congo
croatian:croatia danish:denmark dutch:netherlands egyptian:egypt ethiopian:ethiopia
filipino:philippines finnish:finland french:france greek:greece haitian:haiti hungarian:hungary
indonesian:indonesia iranian:iran irish:ireland israeli:israel italian:italy japanese:japan
jordanian:jordan korean:korea kuwaiti:kuwait lebanese:lebanon libyan:libya malaysian:malaysia
mexican:mexico moroccan:morocco nigerian:nigeria norwegian:norway pakistani:pakistan
palestinian:palestine peruvian:peru polish:poland portuguese:portugal romanian:romania
russian:russia rwandan:rwanda serb:serbia serbian:serbia somali:somalia spanish:spain
sudanese:sudan swedish:sweden swiss:switzerland syrian:syria taiwanese:taiwan thai:thailand
turkish:turkey ugandan:uganda ukrainian:ukraine venezuelan:venezuela vietnamese:vietnam
yemeni:yemen zimbabwean:zimbabwe iraqi:iraq kenyan:kenya tanzanian:tanzania cuban:cuba
""".split())


def _number(token: str) -> str:
    return token.replace(",", "").rstrip(".")


@lru_cache(maxsize=65536)
def head(text: str, n: int = 2) -> tuple[str, ...]:
    """The first `n` terms written in lower case of the main clause (`main_clause`), after the
    term of a participle opening the sentence ("Rescued on Nov. 25 by fishermen, ..."): in a news
    sentence, mostly the verb and its object after a named subject ("South Africa *deplored*
    Friday the bomb *blasts*"). Two statements about one happening share them; a statement
    that mentions a happening in passing ("Officials ... *hoped* she would *produce* aid,
    where the blasts killed 257") does not."""
    return _head(_words(main_clause(text)), n)


# Words that open a phrase fronted before the main clause and closed by a comma ("Within hours
# of the hanging, a car bomb exploded"; "In Havana, the government gave"; "While an important
# step, the decision does not guarantee"; "Later in the day, in the calmer surroundings of the
# ranch, the president was to assemble").
_FRONT = frozenset("""
in on at within during despite following unlike like amid amidst under with without from for by over through
throughout beyond upon later earlier meanwhile elsewhere still instead
""".split())          # prepositions and adverbs: their phrase holds no auxiliary ("At least seven were ...")
_FRONT_CLAUSE = frozenset("""
while although though as when whenever after before since until once if unless because
""".split())          # subordinators: their clause has a verb of its own
_FRONT_MAX = 3        # fronted phrases skipped, one after another
# Session 14 (dev11): "According to X, ..." names the source, not what happened ("According to
# the latest information released by SEPA on Saturday, the belt of toxic pollutants ... is off
# the city of Harbin"); a fronted phrase's noun may take a "that" clause of its own, auxiliary and
# all ("For fears that a chemical plant blast ... may have caused a leakage ..., the municipality
# has announced"; "Amid concerns that ..."); and a relative clause on the fronted phrase's last
# noun ("..., which supplies water to Harbin, the municipality ...") belongs to the phrase.
FRONT_SOURCE = True
# Session 15 (recall6): a present participle's phrase opening the sentence is fronted as well
# ("Calling for a peaceful ballot, Prime Minister Ibrahim Jaafari vigorously defended his record":
# head terms vigor, defend, record, not call, peac, ballot; `_opening_ing`).
FRONT_ING = True
_FRONT_SOURCE = frozenset({"according"})
_FRONT_RELATIVE = frozenset("which who whose whom where".split())
_PHRASE_COMMA_RE = re.compile(r",(?!\d)")  # ... up to a comma, not one inside a number ("45,000 Marines")
_FRONT_CHARS = 200    # ... each closed by a comma within this many characters
# Session 15 (prec8): a fronted present participle says how or where the subject acts, not who
# does: "Speaking in Brussels later, the European Commission's spokeswoman on external affairs
# also condemned ..." (the spokeswoman acts; the subject reader had read no actor). Only with a
# preposition, a determiner or an adverb after it ("Speaking in", "Citing the", "Acting on"; not
# "Fighting continued, officials said", a gerund subject) and a subject after its comma (a
# determiner or a capitalised word). FRONT_ING (above, merged beside it) leaves out more
# participles' phrases from the main clause; this one's stricter reading is what FRONT_THE needs.
FRONT_PARTICIPLE = True
# ... and "the" before a name of two capitalised words or more after a fronted participle is the
# sentence's "The" ("..., the European Commission's spokeswoman": `_subject`): the participle's
# subject is the main clause's, so it acts. Not before one capitalised word ("In June, the
# Islamists seized Mogadishu" / "the Islamic Court Union forces in June seized the capital": one
# seizure, other names of one side), nor after another fronted phrase ("When Japan continued
# to reject the Potsdam terms, the United States then dropped atomic bombs on ... Hiroshima and
# Nagasaki" is "Atomic bombs were dropped on Hiroshima and Nagasaki in 1945", a passive naming
# no actor).
FRONT_THE = True
_PARTICIPLE_NEXT = frozenset("""
in on at to from with after before during about for by through as outside inside near
the a an his her their its this these that those
later earlier afterwards shortly briefly again also
""".split())
_PARTICIPLE_SUBJECT = frozenset("the a an his her their its this these those".split())


def _fronted_participle(text: str, m: "re.Match[str]") -> int:
    """The end of a fronted present participle's phrase opening at `m` (its comma), or -1."""
    word = m.group()
    if not FRONT_PARTICIPLE or m.start() or not word[0].isupper() or not word.endswith("ing") or len(word) < 6:
        return -1
    nxt = _WORD_RE.search(text, m.end())
    if nxt is None or nxt.group().lower() not in _PARTICIPLE_NEXT or not nxt.group()[0].islower():
        return -1
    found = _PHRASE_COMMA_RE.search(text, m.end(), m.end() + _FRONT_CHARS)
    if found is None or text.find('"', m.end(), found.start()) >= 0 or text.find("``", m.end(), found.start()) >= 0:
        return -1
    if not _AUX.isdisjoint(w.lower() for w in _WORD_RE.findall(text, m.end(), found.start())):
        return -1
    after = _WORD_RE.search(text, found.end())
    if after is None or not (after.group()[0].isupper() or after.group() in _PARTICIPLE_SUBJECT):
        return -1
    return found.start()
# A relative clause or apposition set off by commas right after the subject ("Alexander
# Litvinenko, who according to his wife became a British citizen ..., died"; "The former spy,
# Alexander Litvinenko, died"): what follows it is the main clause's verb.
_ASIDE_RE = re.compile(r"^([^,]{1,60}?),\s+(?:(?:who|which|whose|whom)\b[^,]{0,160}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?=[a-z])")
# For the main verb only (`_without_aside`): a relative clause that ends on a subordinate clause of
# its own, set off by a comma ("Kovtun, one of three Russians who met Litvinenko in London on
# November 1, shortly before the former intelligence agent fell ill, was reported ...").
_VERB_ASIDE_RE = re.compile(r"^([^,]{1,60}?),\s+(?:[^,]{0,60}?\b)?(?:who|which|whose|whom)\b[^,]{0,160}"
                            r",\s+(?:[a-z]+ly\s+|(?:\w+\s+)?(?:minutes|hours|days|weeks|months|years)\s+)?"
                            r"(?:before|after|since|until|when|while)\b[^,]{0,120},\s+(?=[a-z])")


# Session 20 (prec15): a comparison set off by commas after the subject ("Iran, like Hamas, refuses to
# recognize Israel"; "Hong Kong's future government, unlike the US Congress, will have no say";
# "Czechs, like their European counterparts in the United Kingdom and France, are high spenders";
# "Iran, as Hamas does, refuses ..."; "Klein, along with five other designees, was named") puts
# another beside the subject without making it the subject: the statement is about Iran, and a
# statement of Hamas's refusal is another subject's (`facts._other_actor`). The main clause, its
# subject and its main verb are read without it (`_main_clause`, `_without_aside`), and a lone
# capitalised word before it is the subject's name (a name stands alone before ", like"), not a
# sentence's first word.
COMPARISON_ASIDE = True
_COMPARISON_RE = re.compile(r"^([^,]{1,60}?),\s+(?:(?:just\s+|much\s+)?(?:like|unlike)|along\s+with|together\s+with|"
                            r"as\s+[^,]{1,40}?\s+(?:does|did|do|has|have|had|is|are|was|were)(?=,))\b[^,]{0,100}?,\s+(?=[a-z])")


def _without_comparison(text: str) -> tuple[str, bool]:
    """`text` without a comparison set off by commas after its subject (`COMPARISON_ASIDE`), and
    whether one was cut."""
    if COMPARISON_ASIDE and ", " in text and (m := _COMPARISON_RE.match(text)) is not None:
        return m.group(1) + " " + text[m.end():], True
    return text, False


_NEGATING = frozenset("not never no none nobody nothing neither nor".split())


def negated(text: str) -> bool:
    """The main clause (`main_clause`) holds a negation: "Our troops have not entered any
    town" says the opposite of "They have fully entered the town"."""
    return any(t.lower() in _NEGATING or t.lower().endswith(("n't", "n\u2019t")) for t in _words(main_clause(text)))


def main_clause(text: str) -> str:
    """The text from its main clause on: fronted phrases (a preposition or subordinator up to
    their comma; not a participle, which often says the dated happening: "Rescued on Nov. 25
    by fishermen, Elian has become the subject of a custody battle") and
    a relative clause or a name in apposition after the subject are left out, as they hold
    no head terms ("Within hours of Saddam's dawn hanging in Baghdad, a car bomb exploded" ->
    "a car bomb exploded"). The text itself if nothing is fronted."""
    return _main_clause(text)[0]


# Session 19 (dev19): a wire dateline opening a statement ("JERUSALEM, Nov. 26 (Xinhua) -- A
# ceasefire between Israel and Palestinian militant factions went into effect ...") says where and
# when the report was filed, not who acted: its place and agency were read as the subject (so the
# statement named an actor, "Jerusalem", that a report of the same ceasefire never mentions) and
# its main verb was not found. The main clause, its subject, heads and main verb are read after
# it; its words stay terms. Only a place in capitals, a date and an agency in brackets before a
# dash ("WASHINGTON, August 8 (Xinhua) --"): not "KOBE - A total of ..." nor a heading.
DATELINE = True
_DATELINE_RE = re.compile(r"[A-Z][A-Z.'\- ]{2,}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?, "
                          r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?) \([A-Z][A-Za-z]+\) ?--+ *")


def without_dateline(text: str) -> str:
    """The text after a wire dateline that opens it (`DATELINE`), else the text itself."""
    if DATELINE and text[:1].isupper() and (m := _DATELINE_RE.match(text)) is not None and m.end() < len(text):
        return text[m.end():]
    return text


# Keyed by a whole statement: each worker reads every text once (no hit in an ingest), and
# 65,536 entries held one text and clause a document, ~220 bytes, up to 65,536 documents
# (issue 17 item 4). The grouping asks again for the statements it is comparing now.
@lru_cache(maxsize=4096)
def _main_clause(text: str) -> tuple[str, bool]:
    """`main_clause`, and whether a fronted phrase was left out (the main clause's first word
    is then capitalised only if it is a name: "If the INS order ... is to be contested, Reno
    ruled correctly"). A wire dateline is no part of it (`without_dateline`)."""
    text = without_dateline(text)
    start = 0
    for _ in range(_FRONT_MAX):
        m = _WORD_RE.search(text, start)
        if m is None:
            break
        word = m.group().lower()
        if (participle := _fronted_participle(text, m)) >= 0:
            start = participle + 1
            continue
        relative = FRONT_SOURCE and start > 0 and word in _FRONT_RELATIVE  # (on the fronted phrase's noun)
        participle = FRONT_ING and start == 0 and _opening_ing(text, m)
        if word not in _FRONT and word not in _FRONT_CLAUSE and not relative and not (
                FRONT_SOURCE and word in _FRONT_SOURCE) and not participle:
            break
        found = _PHRASE_COMMA_RE.search(text, m.end(), m.end() + _FRONT_CHARS)
        comma = found.start() if found else -1
        if comma < 0 or text.find('"', m.end(), comma) >= 0 or text.find("``", m.end(), comma) >= 0:
            break
        if (word in _FRONT or word in _FRONT_SOURCE or participle) and not _AUX.isdisjoint(_before_that(text, m.end(), comma)):
            break  # "At least seven were reported dead ..., and": no fronted phrase
        start = comma + 1
        if FRONT_LIST and word in _FRONT:
            start = _front_list_end(text, start)
    rest = text[start:].lstrip()
    rest, compared = _without_comparison(rest)
    if compared:
        return rest, True  # ("Iran, like Hamas, refuses": Iran is a name, the subject)
    aside = _ASIDE_RE.match(rest)
    if aside:
        return aside.group(1) + " " + rest[aside.end():], start > 0
    if SUBJECT_WHO:
        cut = _without_subject_relative(rest)
        if cut is not rest:
            return cut, start > 0
    return (rest if start else text), start > 0


# Session 16 (dev15b): a fronted phrase holding a list goes on past its first comma: "With all the
# embarrassments of backhand errors, weak returns and slow paces, Federer just repeated his sluggish
# form" has the main clause "Federer just repeated ..." (head terms repeat, sluggish, form; the
# subject Federer), not "weak returns and slow paces, Federer ...". Only a segment that continues a
# list (`_list_goes_on`: lower-case, "and" / "or" within a few words) and holds no verb (no
# auxiliary, reporting verb or past form), closed by a comma: "In Havana, police and soldiers
# arrested dozens" keeps its main clause.
FRONT_LIST = True


def _front_list_end(text: str, start: int) -> int:
    """The start of the main clause after a fronted phrase's comma at `start - 1`, past the rest of
    a list the phrase holds (`FRONT_LIST`); `start` if none."""
    found = _PHRASE_COMMA_RE.search(text, start, start + _FRONT_CHARS)
    if found is None:
        return start
    tokens = _words(text[start:found.start()])
    if not _list_goes_on(tokens) or any(
            t.lower() in _AUX or t.lower() in _FRAME or _past(t.lower(), "") for t in tokens):
        return start
    return found.start() + 1


@lru_cache(maxsize=65536)
def source_terms(text: str) -> frozenset[str]:
    """The terms only an opening "According to ...," phrase holds (`FRONT_SOURCE`): who tells,
    not what happened. Two statements sharing only their sources' words ("According to several
    ex-hostages held ... by the Tupac Amaru (MRTA) revolutionary movement, at least two rebels
    were executed" / "all 14 Tupac Amaru Revolutionary Movement (MRTA) hostage-takers were
    killed") do not share a happening."""
    if not FRONT_SOURCE:
        return frozenset()
    m = _WORD_RE.search(text)
    if m is None or m.group().lower() not in _FRONT_SOURCE:
        return frozenset()
    clause, fronted = _main_clause(text)
    if not fronted:
        return frozenset()
    cut = text.rfind(clause[:40]) if clause[:40] else -1
    if cut <= m.end():
        return frozenset()
    return frozenset(_terms(_words(text[:cut]))) - frozenset(_terms(_words(clause)))


def _before_that(text: str, start: int, end: int) -> list[str]:
    """The lower-case words of text[start:end], up to a "that" opening a clause of their noun
    (`FRONT_SOURCE`: "For fears that ... may have caused" -> for, fears); all of them without it."""
    words = [w.lower() for w in _WORD_RE.findall(text, start, end)]
    if FRONT_SOURCE and "that" in words[1:_THAT_AT + 1]:  # (the opening word is not among them)
        return words[:words.index("that", 1)]
    return words


_THAT_AT = 3  # ... "that" at most this many words after the opening one ("Amid growing fears that"; not "On
              # Monday the court ruled that the men were guilty, and")


def _opening_ing(text: str, m: re.Match[str]) -> bool:
    """`FRONT_ING`: the sentence's first word `m` is a present participle opening a phrase closed
    by a comma ("Calling for a peaceful ballot, Prime Minister Ibrahim Jaafari vigorously defended
    ..."; "Speaking in Strasbourg ..., he said"): not a fronted word already read ("According",
    "During", "Following"), not a name ("Beijing unveiled", a dateline's "BEIJING"), and the phrase
    up to its comma is no subject with its own verb: the next word is in lower case ("Outgoing
    Iraqi Prime Minister ... defended" is an adjective before a name) and no word before the comma
    is an auxiliary or a past form, nor the next one a present in -s ("Fighting erupted early
    Wednesday, hours after ..."; "Presiding judge ... then ruled ..., how the woman, sitting";
    "Fighting continues in the north, officials said")."""
    token = m.group()
    word = token.lower()
    if (len(word) <= 5 or not word.endswith("ing") or not token[0].isupper() or not token[1:].islower()
            or word in _FRONT or word in _FRONT_SOURCE or word in _FRONT_CLAUSE or token in text[m.end():]):
        return False
    found = _PHRASE_COMMA_RE.search(text, m.end(), m.end() + _FRONT_CHARS)
    nxt = _WORD_RE.search(text, m.end())
    if found is None or nxt is None or not nxt.group()[0].islower():
        return False
    words = [w.lower() for w in _WORD_RE.findall(text, m.end(), found.start())]
    return not any(_past(w, "") or w in _AUX for w in words) and not (
        words and len(words[0]) > 3 and words[0].endswith("s"))


def _head(tokens: list[str], n: int) -> tuple[str, ...]:
    out: list[str] = []
    phrased = {} if _PHRASE_TOKENS.isdisjoint(tokens) else {
        k: v for i, j, key in _phrases(tokens) for k, v in ((i, key),) + (() if key in _PHRASE_KEEPS_LAST else ((j, ""),))}
    if COUNT_VALUE and not _COUNT_VALUE_VERBS.keys().isdisjoint(tokens):
        phrased.update(dict.fromkeys(_count_value_at(tokens), _COUNT_VALUE_KEY))
    if _opening_participle(tokens):  # (one head term more: the participle's)
        key = _term(tokens[0])
        if key:
            out.append(key)
            n += 1
    if PREDICATE_RELATIVE and (key := _predicate_verb(tokens)):  # (and the predicate's relative clause's verb)
        out.append(key)
        n += 1
    for at, token in enumerate(tokens):
        if not token[0].islower():
            continue
        key = phrased[at] if at in phrased else _term(token)
        if key and key not in out:
            out.append(key)
            if len(out) == n:
                break
    return tuple(out)


def _opening_participle(tokens: list[str]) -> bool:
    """The sentence opens on a past participle, capitalised only as its first word, before a
    lower-case word that is no auxiliary or reporting verb ("Rescued on Nov. 25 by fishermen
    ..., Elian has become"; "Found clinging to an inner tube ..."): it says the happening, a
    head term as any lower-case word ("Ahmed said", "United States": a name)."""
    if len(tokens) < 2 or not tokens[1][0].islower():
        return False
    nxt = tokens[1].lower()
    return nxt not in _AUX and nxt not in _FRAME and not _past(nxt, "") and _past(tokens[0].lower(), "")


@lru_cache(maxsize=65536)
def subject(text: str) -> tuple[str, ...]:
    """The named words of the main clause (`main_clause`) before its first lower-case word: who
    acts ("South Africa deplored", "The Cuban government condemned" -> cuba; "Secretary of
    State Madeleine Albright headed"). A fronted phrase names no actor ("In Miami-Dade County,
    elected officials went as far as to say" -> none). A lone capitalised first word of the
    sentence is left out: it may be a name ("Albright announced") or only the start of the
    sentence ("Suspected bombs"); after a fronted phrase it is a name ("If the INS order ... is
    to be contested, Reno ruled correctly" -> reno). Names before a reporting verb are the
    claimant, no actor, when the clause they report says a happening ("FBI Director Louis
    Freeh said the government is offering a reward": none; "Foreign Minister Don McKinnon said
    that the bombings show ...": a reaction, his). Dates are no actor ("The Aug. 7 bombings"),
    and the first lower-case word ends the name, even a grammar word ("At least 74, including
    eight Americans, were killed": no actor)."""
    clause, fronted = _main_clause(text)
    return _subject(_words(_without_appositive(clause)), fronted, _participle_first(text, fronted))


def _without_appositive(clause: str) -> str:
    """The clause without a title set off by commas between a speaker's name and the reporting
    verb (`APPOSITIVE_CLAIMANT`): "Wang Liqun, deputy director ..., had promised that" -> "Wang
    Liqun had promised that"."""
    if APPOSITIVE_CLAIMANT and "," in clause and (m := _APPOSITIVE_FRAME_RE.match(clause)):
        return m.group(1) + " " + m.group(2)
    return clause


def _claimant_after_aux(tokens: list[str], at: int) -> bool:
    """tokens[at:] open on auxiliaries or adverbs, then a reporting verb with a clause that says a
    happening, or a promise "that" (`PROMISE_THAT`): "had promised Tuesday that ...", "has said
    Kopp is wanted"."""
    low = _Lower(tokens)
    k, n = at, len(tokens)
    while k < n and (low[k] in _AUX or low[k] in _BETWEEN or low[k].endswith("ly")):
        k += 1
    if k >= n:
        return False
    return _promises_that(low, k, n) or (low[k] in _FRAME and bool(_main_verb(tokens[k + 1:])[0]))


# Session 16 (dev15): a title set off by commas between a speaker's name and the reporting verb
# ("Wang Liqun, deputy director for the event ..., had promised Tuesday that ...", "Brad Drewett,
# the vice president of ATP, said ...") leaves the name the claimant, as "Wang Liqun said" is
# (`subject`); only when a reporting verb or a promise follows the closing comma (auxiliaries
# and adverbs between), so "Kopp, a suspect in the shooting, was arrested" is unchanged.
APPOSITIVE_CLAIMANT = True
_APPOSITIVE_FRAME_RE = re.compile(
    r"^((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+[a-z][^;]*?,\s+"
    r"((?:(?:" + "|".join(sorted(_AUX_WORDS := ("has", "have", "had", "was", "is", "also", "later", "then", "earlier",
                                                "again", "once")))
    + r")\s+)*(?:" + "|".join(sorted(("said", "says", "told", "added", "announced", "stated", "reported", "claimed",
                                      "confirmed", "indicated", "promised", "pledged", "vowed", "assured",
                                      "guaranteed")))
    + r")\b.*)$", re.S)


def _participle_first(text: str, fronted: bool) -> bool:
    """The text opens on a fronted participle's phrase (`_fronted_participle`, `FRONT_THE`)."""
    first = _WORD_RE.search(text) if FRONT_THE and fronted else None
    return first is not None and _fronted_participle(text, first) >= 0


# Lower-case words inside a name ("Secretary of State", "Osama bin Laden").
_NAME_JOINERS = frozenset("of and de du da des la le van von bin al el".split())
# Capitalised words of dates.
_DATE_WORDS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split()) | frozenset(
    "january february march april may june july august september october november december".split()) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split())


# A lower-case title between an organisation's name and a person's ("US Senate Foreign Relations
# Committee chairman Richard Lugar warned" / "US Senator Richard Lugar warned"): the subject is
# the person, not the organisation, whose words the other report need not hold (session 14,
# recall5, dev10). A closed list; the name after it is two capitalised words or more.
TITLE_NAME = True
# offices a person is named by, shared by the subject's titles here and met_names' skip words
_OFFICE_TITLES = frozenset("""
president vice-president minister secretary senator ambassador envoy leader chief governor premier chairman
""".split())
_NAME_TITLES = _OFFICE_TITLES | frozenset("""
chairwoman chair spokesman spokeswoman director commander judge prosecutor mayor
""".split())


def _titled_name(tokens: list[str], at: int) -> bool:
    """tokens[at:] open on a person's name: two capitalised words, no date word, before a
    lower-case word."""
    name = 0
    for token in tokens[at:]:
        if not token[0].isupper() or token.lower().rstrip(".") in _DATE_WORDS:
            break
        name += 1
    return name >= 2 and at + name < len(tokens)


# Session 19 (dev19): a person named through another's possessive ("U.S. President George W. Bush's
# national security adviser Stephen Hadley has expressed serious doubts about ...") is the actor,
# not the possessor: Bush was read as the subject, so the statement joined a fact of Bush's visit to
# Jordan as a statement of its story (`facts._join_story`: "no other actor"). Only a person's
# possessive (not a country's: "Iran's hardline President Mahmoud Ahmadinejad" stays Iran's), then
# at most three lower-case words ending on a role of a person (`_POSSESSED_ROLES`), then a name of
# two capitalised words.
POSSESSOR_APART = True
_POSSESSED_ROLES = _NAME_TITLES | frozenset("""
adviser advisor aide aides assistant deputy envoy lawyer attorney wife husband son daughter brother
sister mother father widow
""".split())


def _possessed_person(tokens: list[str], at: int) -> int:
    """The index of the name a person's possessive before tokens[at] possesses
    (`POSSESSOR_APART`), else 0."""
    owner = tokens[at - 1] if at else ""
    if not owner.endswith(("'s", "’s")) or not owner[0].isupper() or places((_term(owner),)):
        return 0
    for j in range(at, min(at + 3, len(tokens))):
        if not tokens[j][0].islower():
            return 0
        if tokens[j].lower() in _POSSESSED_ROLES and _titled_name(tokens, j + 1):
            return j + 1
    return 0


def _subject(tokens: list[str], named_first: bool = False, the_name: bool = False) -> tuple[str, ...]:
    """`subject` of these words; `named_first`: they follow a fronted phrase (`_main_clause`),
    so a capitalised first word is a name; `the_name`: a fronted participle's (`FRONT_THE`), so
    "the" before a name of two capitalised words is the name's."""
    if NOMINALISED and (of := _act_of(tokens)):
        return _subject(tokens[of:], True)
    out: list[str] = []
    first = not named_first
    lone_first = False
    for at, token in enumerate(tokens):
        low = token.lower().rstrip(".")
        if token[0].islower():
            if (the_name and at == 0 and low == "the" and len(tokens) > 2
                    and tokens[1][0].isupper() and tokens[2][0].isupper()):
                continue  # ("Speaking in Brussels later, the European Commission's spokeswoman": as "The ...")
            if low in _NAME_JOINERS and out:
                continue
            if TITLE_NAME and low in _NAME_TITLES and out and at + 1 < len(tokens) and _titled_name(tokens, at + 1):
                first = lone_first = False  # "Senate Foreign Relations Committee chairman Richard Lugar": Lugar too
                continue
            if POSSESSOR_APART and out and (after := _possessed_person(tokens, at)):
                return _subject(tokens[after:], True)  # "Bush's national security adviser Stephen Hadley": Hadley
            if low in _FRAME and _main_verb(tokens[at + 1:])[0]:
                return ()  # "The FBI says Kopp is wanted": who says it, not who acts
            if PROMISE_THAT and out and _claimant_after_aux(tokens, at):
                return ()  # "Wang Liqun had promised Tuesday that fans will be compensated": who promises (dev15)
            if _described_claimant(tokens, at):
                return ()  # "State Department officials said that visas had been approved": theirs
            break
        if token[0].isdigit() or low in _DATE_WORDS:
            first = False
            continue
        key = _term(token)
        if key:
            out.append(key)
            lone_first = first
        first = False
    if len(out) == 1 and lone_first:
        return ()
    return tuple(dict.fromkeys(out))


# Words that describe who speaks ("State Department officials said", "an INS spokeswoman said"):
# the names before them are the claimant's, as a name before "said" is (`_described_claimant`).
_SPEAKERS = frozenset("""
official officials spokesman spokeswoman spokesmen spokeswomen spokesperson source sources authorities
lawyer lawyers attorney attorneys aide aides diplomat diplomats
""".split())


# Words that may stand before a described official actor ("Government officials", "federal
# authorities", "U.S. officials", "Immigration officials"): no name of their own.
_DESCRIBED_BY = frozenset("""
the government federal state local senior top u.s us immigration justice police military defense defence
security foreign health border customs
""".split())


def hides_actor(text: str) -> bool:
    """The statement starts with a pronoun (`starts_with_pronoun`) or its main clause opens on
    an official actor described, not named ("Government officials had threatened to revoke the
    boy's parole"): either hides the named actor ("INS had threatened to revoke Elian's
    parole"), so that a name it lacks is no other actor. Not a described speaker ("Officials
    said DNA test results showed ...": who says it, not who acts)."""
    return read(text)[3]


def _described_actor(tokens: list[str]) -> bool:
    """The words open on an official actor described (`hides_actor`)."""
    for at, token in enumerate(tokens[:3]):
        low = token.lower()
        if low in _SPEAKERS:
            k = at + 1
            while k < len(tokens) and tokens[k].lower() in _AUX:
                k += 1
            # ("Officials said DNA test results showed ...": who says it, not who acts)
            return k < len(tokens) and tokens[k].lower() not in _FRAME
        if low not in _DESCRIBED_BY:
            return False
    return False


def _described_claimant(tokens: list[str], at: int) -> bool:
    """The lower-case word at `at` describes a speaker (`_SPEAKERS`) and a reporting verb follows
    it (a "that" or an auxiliary between) whose clause says a happening: the names before it are
    who says it, not who acts ("Late Monday, U.S. State Department officials said that travel
    visas had been approved" has no actor of its own; "State Department officials met the
    delegation" has)."""
    if tokens[at].lower() not in _SPEAKERS:
        return False
    k = at + 1
    while k < len(tokens) and tokens[k].lower() in _AUX:
        k += 1
    return k < len(tokens) and tokens[k].lower() in _FRAME and bool(_main_verb(tokens[k + 1:])[0])


_PRONOUNS = frozenset("he she they it we i his her their its this these those".split())


def starts_with_pronoun(text: str) -> bool:
    """'He was charged Thursday...': the actor is named elsewhere, so a missing name proves nothing."""
    m = _WORD_RE.search(text)
    return m is not None and m.group().lower() in _PRONOUNS


# A credit line: who helped write the report, not what it reports ("--- Andy Pasztor
# contributed to this article.", "Additional reporting by Steve Gorman; Editing by ...").
_CREDIT_RE = re.compile(r"\bcontributed(?:\s+reporting)?\s+to\s+(?:this|the)\s+(?:article|report|story)\b"
                        r"|^\W*(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]ritten|[Ee]dited|[Ee]diting)\s+by\s+[A-Z]")


def is_credit(text: str) -> bool:
    """A newspaper's credit line (`_CREDIT_RE`): page furniture, no fact; two outlets' credit
    lines share "contributed" and "article" and a first name by chance."""
    # (each match holds "contributed" or "by": a scan in C first, the pattern tried at every
    # place of most statements was a tenth of reading their terms)
    return ("contributed" in text or "by" in text) and _CREDIT_RE.search(text) is not None


def read(text: str, n: int = 3, whole: bool = False) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]:
    """`(terms(text), head(text, n), subject(text), hides_actor(text))` from one pass
    over the words: what grouping reads of each statement (`main_verb` is read apart, only
    for the few statements whose facts are compared as wholes). A credit line (`is_credit`)
    has no terms: it links with nothing on its words. `whole`: the reference clause of "X
    came after Y" is read too (`CAME_REFERENCE` cuts it; `came_cut` says when it does)."""
    if is_credit(text):
        return (), (), (), False
    text = _as_read(text, whole)
    tokens = _words(text)
    return (_read_terms(text, tokens), *_read_heads(text, tokens, n))


def read_terms(text: str) -> tuple[str, ...]:
    """`read(text)[0]` alone: the terms, without the head terms, subject and hidden actor that
    only a statement compared with another needs (`read_heads`, read then)."""
    if is_credit(text):
        return ()
    text = _as_read(text, False)
    return _read_terms(text, _words(text))


def read_heads(text: str, n: int = 3) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """`read(text, n)[1:]` alone: (head terms, subject, hides its actor)."""
    if is_credit(text):
        return (), (), False
    text = _as_read(text, False)
    return _read_heads(text, _words(text), n)


def _as_read(text: str, whole: bool) -> str:
    """The text `read` reads: without links, and without the reference clause of "X came
    after Y" unless `whole`."""
    if "://" in text or "www." in text:
        text = _URL_RE.sub(" ", text)
    if CAME_REFERENCE and not whole and _came_hint(text):
        text = without_reference(text)
    return _names_apart(text)


def _read_terms(text: str, tokens: list[str]) -> tuple[str, ...]:
    """`read`'s terms of the text (`_as_read`) and its words `tokens`."""
    if CLOCK_TIME and _CLOCK_HINT_RE.search(text):
        return _terms(_words(without_clock_times(text))) + clock_terms(text)
    return _terms(tokens)


def _read_heads(text: str, tokens: list[str], n: int) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """`read`'s head terms, subject and hidden actor of the text (`_as_read`) and its words."""
    clause, fronted = _main_clause(text)
    main = tokens if clause is text else _words(clause)
    hidden = bool(tokens) and tokens[0].lower() in _PRONOUNS or _described_actor(main)
    bare = _without_appositive(clause)
    speaker = main if bare is clause else _words(bare)
    return _head(main, n), _subject(speaker, fronted, _participle_first(text, fronted)), hidden


class _Terms(dict):
    """token -> its term ("" for none), read as `_term(token)`: a lookup in C for a token met
    before. Words are kept (a vocabulary repeats), up to WORDS of them; numbers only up to
    NUMBERS, the first met (years, days): most of an archive's are met once (counts, sums,
    codes), and 100,000 small documents' numbers held 15 MiB in what was one table of both."""

    __slots__ = ("numbers",)
    WORDS = 1 << 18
    NUMBERS = 4096

    def __init__(self) -> None:
        super().__init__()
        self.numbers = 0

    def __missing__(self, token: str) -> str:
        if token[0].isdigit():
            key = _number_key(token, 1)
            if self.numbers < self.NUMBERS:
                self.numbers += 1
                self[token] = key
            return key
        key = _word_term(token)
        if len(self) - self.numbers < self.WORDS:
            self[token] = key
        return key

    def clear(self) -> None:
        super().clear()
        self.numbers = 0


# Session 19 (dev19): a word written with and without its hyphen is one term: "A ceasefire ... went
# into effect in the Gaza Strip on Sunday" / "officially began the cease-fire at 6 a.m. on Sunday"
# (two Xinhua reports of one day: in a whole archive the two met on no rarer term and were never
# compared); "re-election" / "reelection", "pull-out" / "pullout". Only a hyphen between two
# lower-case letters ("Cease-fire" too), not a name's ("al-Maliki", "Al-Aqsa", "Franco-German"
# keep theirs).
SOLID_HYPHEN = True
_HYPHEN_RE = re.compile(r"(?<=[a-z])-(?=[a-z])")


# Session 22 (xrecall8): an act done again is the act, as outlets word it: "the key Rafah crossing
# ... will be re-opened as of Nov. 25" / "The Rafah border crossing is slated to open on Nov. 25" /
# "the two sides will reopen the crossing on Nov. 25" (three Xinhua reports of one opening, dev20);
# "urged Tehran to re-suspend" / "to re- suspend" (two Xinhua reports, dev17: the broken hyphen
# read "suspend"). A closed list of verbs (read after `SOLID_HYPHEN`: "re-opened" is "reopened"),
# not every "re": "resign", "report", "return", "release", "record" are other words, and a rare
# "re-" word of one background sentence told twice ("re-based on Sept. 6, 2004") is better evidence
# than its common base.
AGAIN = True
_AGAIN = {"reopen": "open", "reelect": "elect", "reelection": "election", "resuspend": "suspend",
          "reimpos": "impos"}


def _word_term(token: str) -> str:
    if SOLID_HYPHEN and "-" in token:
        token = _HYPHEN_RE.sub("", token)
    low = token.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if low in STOP_WORDS or low in _MORE_STOP or len(low) < 3 or (JUDGING and low in _JUDGING):
        return ""
    if CONTRACTIONS and "'" in low and _contracted_stop(low):
        return ""
    key = stem(low)
    if AGAIN and key in _AGAIN:
        key = _AGAIN[key]
    return "" if key in _MORE_STOP or len(key) < 3 else key


# Session 19 (xrecall2): a state acting through its forces or its government is the state: "Israeli
# forces withdrew from Gaza" / "The Israel Defense Forces pulled out troops", "the Israelis" (its
# people, the plural noun) / "Israel": the nationality adjective (`NATIONALITIES`) right before a
# word of the state's arms or government, or its people's plural noun, is the country's term (as
# "Iraqi" / "Iraq" already were, `_SYNONYMS`; giving both terms, the adjective's and the country's,
# cost dev4 and dev11 precision). Not every adjective: "Chinese workers" / "China", "a
# Canadian task force" / "Canada" are people and bodies of the country, not the state acting, and
# joined two happenings apart (dev13's mine blasts) as every adjective did (dev4, session 13).
DEMONYMS = True
_STATE_AGENTS = frozenset("""
forces force troops soldiers army military navy naval air government cabinet regime
""".split())


def _demonym_at(tokens: list[str], i: int) -> bool:
    """tokens[i] (a nationality's term) is its state acting (`DEMONYMS`)."""
    token = tokens[i]
    if not token[0].isupper():
        return False
    if i + 1 < len(tokens) and tokens[i + 1].lower() in _STATE_AGENTS:
        return True
    if COORDINATED_DEMONYMS and _coordinated_demonym(tokens, i):
        return True
    # the people's plural noun after "the": its side ("the Israelis"), not some of its people ("one of
    # three Russians who met Litvinenko": individuals, dev3)
    return (len(token) > 4 and token.endswith("s") and not token.endswith("ss") and i > 0
            and tokens[i - 1].lower() == "the")


# Session 25 (xrecall11): nationality adjectives coordinated before one word of the states' arms
# are each its state acting, as the last one is: "Egyptian and Moroccan troops are already there"
# / "Egypt, Syria, Morocco and Bangladesh also committed ground troops" (AP, 15 and 16 Aug 1990,
# dev6: "Egyptian" stayed the adjective, so the pair shared two terms, too few undated). A list's
# commas are no tokens ("British, French and Italian forces"). Not adjectives before another noun
# ("Egyptian and Moroccan workers": people of the countries), nor one adjective whose noun comes
# between ("Egyptian officials and Moroccan troops": the officials are not the state's arms).
COORDINATED_DEMONYMS = True
_NATIONALITIES_JOINED = frozenset(("and", "or"))  # (words joining nationality adjectives)


def _coordinated_demonym(tokens: list[str], i: int) -> bool:
    """tokens[i] opens (or continues) a run of capitalised nationality adjectives whose last two
    are joined by "and" / "or" and stand right before a word of the state's arms (`_STATE_AGENTS`)."""
    j = i + 1
    while j < len(tokens) and tokens[j][0].isupper() and _term(tokens[j]) in _COUNTRY_OF:
        j += 1  # (the list's items, its commas not tokens)
    return (j + 2 < len(tokens) and tokens[j].lower() in _NATIONALITIES_JOINED and tokens[j + 1][0].isupper()
            and _term(tokens[j + 1]) in _COUNTRY_OF and tokens[j + 2].lower() in _STATE_AGENTS)


# Session 25 (xrecall11): a capital named as the party that acts or is acted on is also its state, as
# news writes it: "the IAEA ... urged Tehran to re-suspend" / "found Iran in non-compliance" (dev17),
# "when Tehran ended its suspension", "accused Moscow of involvement", "rejected by Tehran". Only
# as an actor: the subject of a verb read right after it (an auxiliary, a reporting verb, a past
# form), the object of a verb of pressing a party (`_PRESSED`), or a passive's agent ("by
# Tehran"). A capital as a place is the city only ("in Tehran", "talks in Moscow", "visited
# Beijing", "flew from Moscow to London"): as its state's term everywhere it cost dev6 and dev8 precision
# (xrecall9). A closed list of capitals whose state's term the pack has (`NATIONALITIES`); not
# Washington (the United States has no one term: xrecall9), nor a capital shared by a name
# ("Tripoli", "Georgetown").
CAPITAL_ACTOR = True
_CAPITAL_OF = {stem(city): stem(state) for city, state in (pair.split(":") for pair in """
tehran:iran beijing:china moscow:russia baghdad:iraq havana:cuba damascus:syria tokyo:japan
kabul:afghanistan islamabad:pakistan ankara:turkey cairo:egypt amman:jordan kiev:ukraine kyiv:ukraine
caracas:venezuela khartoum:sudan beirut:lebanon london:britain paris:france
""".split())}
_PRESSED = frozenset(stem(w) for w in """
urge urged urges urging accuse accused accuses accusing warn warned warns warning press pressed presses
pressing pressure pressured pressuring blame blamed blames criticise criticised criticize criticized
condemn condemned condemns threaten threatened threatens ask asked asks call called calls told tell
tells invite invited invites sanction sanctioned
""".split())


_SUBJECT_BEFORE = frozenset("and but or that after before when while as since because if until once though although".split())
_BE = frozenset("is are was were be been being".split())


def _capital_subject(tokens: list[str], i: int) -> bool:
    """The word after tokens[i] is a verb it is the subject of: an auxiliary, a reporting verb, a
    past form; a form of "be" only before a past form ("Tehran was urged", not "Beijing is a city")."""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if not after or not after[0].islower():
        return False
    if after in _BE:
        return i + 2 < len(tokens) and _past_form(tokens[i + 2])
    return after in _AUX or after in _FRAME or _past_form(after)


def _capital_acts(tokens: list[str], i: int) -> bool:
    """tokens[i] (a capital of `_CAPITAL_OF`) is its state acting or acted on (`CAPITAL_ACTOR`)."""
    if not tokens[i][0].isupper() or (i + 1 < len(tokens) and tokens[i + 1][0].isupper()):
        return False  # (a word of a longer name: "the Tehran Times", "by Tehran University")
    before = tokens[i - 1].lower() if i else ""
    if _capital_subject(tokens, i) and (not before or before in _SUBJECT_BEFORE):
        # its subject, opening the sentence or a clause: "Tehran has rejected", "after Tehran
        # suspended", "Moscow said" (not "the meeting in Moscow ended", nor "who hosts the talks
        # in central Beirut, said": a comma is no token)
        return True
    if before == "by":
        return True  # a passive's agent: "rejected by Tehran"
    if before == "on" and i > 1:
        before = tokens[i - 2].lower()  # ("called on Tehran to")
    return bool(before) and stem(before) in _PRESSED  # its object: "urged Tehran to", "accused Moscow of"


# Session 16 (dev15b): an adjective judging how well something was done is the writer's view, not
# what happened: "The sluggish Ljubicic ... returned the serve from Nalbandian" (17 Nov) and
# "Federer just repeated his sluggish form shown in Nalbandian's match" (15 Nov) are two matches
# that shared "sluggish" as evidence. They give no term (as the reporting verbs do not). Only
# words that judge a performance and name nothing (not "deadly", "heavy", "stunning": "stunned").
JUDGING = True
_JUDGING = frozenset("""
sluggish lacklustre lackluster listless brilliant superb impressive unimpressive dismal dazzling woeful
sloppy splendid magnificent disappointing masterful mediocre flawless
""".split())

_TERMS = _Terms()
_term: Callable[[str], str] = _TERMS.__getitem__


@lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str, ...]:
    """The statement's content terms, stemmed, in order of first appearance, each once.
    Numbers are kept as written without separators ("1,700" -> "1700"): a shared toll or
    amount links statements as well as a shared name does."""
    if "://" in text or "www." in text:
        text = _URL_RE.sub(" ", text)
    text = _names_apart(text)
    if CLOCK_TIME and _CLOCK_HINT_RE.search(text):
        return _terms(_words(without_clock_times(text))) + clock_terms(text)
    return _terms(_words(text))


# Session 22 (xrecall8): two names joined by a hyphen are the two names: "The Bush-Abdullah II
# meeting will proceed as scheduled" / "King Abdullah II ... held talks with visiting U.S. President
# George W. Bush" (dev19), "the key Rafah crossing on the Gaza-Egypt border" / "Rafah Crossing on
# the borders between Gaza and Egypt" (dev20), "the Bosnia-Herzegovina border" / "Bosnia": one
# outlet's compound was one term ("bush-abdullah") that met neither name. Only
# between two capitalised words, the first of three letters or more: "Al-Qaida" is one name
# written "al-Qaida" too, and "EU-Turkey Customs Union" names one treaty ("U.S.-led", "al-Maliki",
# "Dar-es-Salaam" keep their hyphen as well; `SOLID_HYPHEN` reads the lower-case ones).
NAMES_HYPHENED = True
_NAMES_HYPHEN_RE = re.compile(r"\b([A-Z][A-Za-z]{2,})-(?=[A-Z][a-z])")


def _names_apart(text: str) -> str:
    """The text with the hyphen between two capitalised names made a space (`NAMES_HYPHENED`),
    as `read` and `terms` read it: its terms, head and subject ("The Bush-Abdullah II meeting" has
    the subject Bush and Abdullah)."""
    return _NAMES_HYPHEN_RE.sub(r"\1 ", text) if NAMES_HYPHENED and "-" in text else text


# session 15 (dev13b): a clock time is no count. "at around 6:40 p.m." was read as the numbers 6
# and 40 ("#40"), and numbers feed the count vetoes (`facts._other_counts`, `_other_figures`, the
# one-day link's numbers): the hour and minutes met a toll of 24 as another count. A clock time is
# hours:minutes (0-23, 00-59, not a part of a longer h:mm:ss race time or a chain of colons), or an
# hour with or without minutes before a.m./p.m./o'clock ("10 a.m.", "9.30 pm", "6 o'clock"); it
# gives one term of its own, no number: "@" and the time on 24 hours ("6:40 p.m." -> "@18:40",
# "9 a.m." -> "@9:00"), so that two reports giving one deadline or one hour still share it ("until
# 9 a.m. Tuesday" / "until 9 a.m. EST Tuesday", which shared "a.m" before).
CLOCK_TIME = True
_CLOCK_HINT_RE = re.compile(r"\d[:.]\d\d|\d\s*(?:[ap]\.?m\b|o'clock)", re.I)
_CLOCK_RE = re.compile(r"(?<![\d:.,])(?:"
                       r"([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*(?:([ap])\.m\.?|([ap])m\b|o'clock\b)"
                       r"|([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d))", re.I)


def without_clock_times(text: str) -> str:
    """The text with its clock times' numbers taken out (`_CLOCK_RE`, `CLOCK_TIME`): "a.m."
    and "p.m." stay words, as before."""
    return _CLOCK_RE.sub(_clock_words, text)


# session 17 (the lead, web pages): the words of a clock time's half day ("p.m." -> "p.m") say
# the hour its "@21:00" term says (`clock_terms`); shared beside it they are no second term.
CLOCK_WORD_TERMS = frozenset({"a.m", "p.m", "o'clock"})


def hour_repeats(shared: AbstractSet[str]) -> int:
    """How many of the shared terms say again a shared clock time's hour ("p.m" beside "@21:00")."""
    words = shared & CLOCK_WORD_TERMS if shared else shared
    return len(words) if words and any(t[0] == "@" for t in shared) else 0


def _clock_words(m: re.Match) -> str:
    return " " + m[0][m.end(2 if m[2] else 1) - m.start():] if m[1] else " "


def clock_terms(text: str) -> tuple[str, ...]:
    """The terms of the text's clock times (`_CLOCK_RE`, `CLOCK_TIME`), each once, in order."""
    out: list[str] = []
    for m in _CLOCK_RE.finditer(text):
        hour, minutes, half = (int(m[1]), m[2] or "00", (m[3] or m[4] or "").lower()) if m[1] else (int(m[5]), m[6], "")
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        term = f"@{hour}:{minutes}"
        if term not in out:
            out.append(term)
    return tuple(out)


def without_links(text: str) -> str:
    """The text with its links taken out (`_URL_RE`): two posts of one text with two short
    links ("( Reverse Ring Macro ) We are... http://t.co/MbQF1Tst8e" / "... http://t.co/sL9YyTAZm6")
    are the same text."""
    if "://" in text or "www." in text:
        return " ".join(_URL_RE.sub(" ", text).split())
    return text


# A link's scheme, host and path ("http://t.co/MbQF1Tst8e"): no words of the statement, and the
# same host in every tweet of a store ("http", "t.co" made two shared terms of any two).
_URL_RE = re.compile(r"(?:https?://|www\.)\S*", re.I)


# "close to" is near or nearly, not the verb close, unless an auxiliary or "to" makes it one
# ("officials close to the court are hoping ..." shared "clos" with "Polls closed on Thursday";
# "will close to traffic" stays; session 13, dev10).
CLOSE_TO = True
_CLOSE = frozenset({"close", "Close"})


# session 15 (dev13b): a count's value said with any verb of a count's new value is one happening
# term: "The death toll stood at 35 on Monday" / "the death toll ... climbed to 35" / "has risen to
# 35" / "reached 35" say the count is 35; the verbs shared nothing ("stand" / "climb") and a short
# report of the count fell under the bar against a longer one. Read only before a number (digits
# or a number word), after "at" for "stand", "to" for the verbs of a rise, nothing for "reach";
# not "rose to power", "climbed to the summit", "rose by 5", "stood at the gate", "rose 26 percent".
COUNT_VALUE = True
_COUNT_VALUE_KEY = "count-value"
_COUNT_VALUE_VERBS = {
    **dict.fromkeys("stand stands stood standing".split(), "at"),
    **dict.fromkeys("rise rises rose risen rising climb climbs climbed climbing increase increases increased increasing "
                    "jump jumps jumped jumping grow grows grew grown growing".split(), "to"),
    **dict.fromkeys("reach reaches reached reaching".split(), ""),
}


def _count_value_at(tokens: list[str]) -> list[int]:
    """Where a verb of a count's value stands before its number (`COUNT_VALUE`)."""
    out = []
    for i, token in enumerate(tokens[:-1]):
        prep = _COUNT_VALUE_VERBS.get(token)
        if prep is None:
            continue
        j = i + 1
        if prep:
            if tokens[j].lower() != prep or j + 1 >= len(tokens):
                continue
            j += 1
        if tokens[j][0].isdigit() or (tokens[j].lower() in NUMBER_WORDS and not (
                AGREE_DEAL and tokens[j].lower() in _ARTICLES)):
            out.append(i)  # (not "reached an agreement": an article is no count, `AGREE_DEAL`)
    return out


def _terms(tokens: list[str]) -> tuple[str, ...]:
    keys = list(map(_term, tokens))  # cached per token: the loop runs in C
    if COUNT_VALUE and not _COUNT_VALUE_VERBS.keys().isdisjoint(tokens):
        for i in _count_value_at(tokens):
            keys[i] = _COUNT_VALUE_KEY
    if CLOSE_TO and not _CLOSE.isdisjoint(tokens):
        for i, token in enumerate(tokens[:-1]):
            if token in _CLOSE and tokens[i + 1].lower() == "to" and not (
                    i and (tokens[i - 1].lower() in _AUX or tokens[i - 1].lower() in _MODAL or tokens[i - 1].lower() == "to")):
                keys[i] = ""
    if not _PHRASE_TOKENS.isdisjoint(tokens):
        for i, j, key in _phrases(tokens):
            keys[i], keys[j] = key, keys[j] if key in _PHRASE_KEEPS_LAST else ""
    if DEMONYMS and not _COUNTRY_OF.keys().isdisjoint(keys):  # (the scan in C first: most statements have none)
        for i, key in enumerate(keys):
            if key in _COUNTRY_OF and _demonym_at(tokens, i):
                keys[i] = _COUNTRY_OF[key]
    if CAPITAL_ACTOR and not _CAPITAL_OF.keys().isdisjoint(keys):
        # (the state's term beside the city's, after the words' own: "Beijing unveiled the
        # mascots" is also the host city's act, told by "the Beijing Olympic mascots")
        keys = keys + [_CAPITAL_OF[key] for i, key in enumerate(keys)
                       if key in _CAPITAL_OF and _capital_acts(tokens, i)]
    if not _SCALE_TOKENS.isdisjoint(tokens):
        for i, token in enumerate(tokens[:-1]):
            scale = _SCALES.get(tokens[i + 1].lower())
            if scale and token[0].isdigit():
                keys[i] = _number_key(token, scale)
    return tuple(dict.fromkeys(filter(None, keys)))


# "claimed" frames a report ("the group claimed that it had shot down a plane"), but claiming
# responsibility (or credit) for a happening is an act of its own: "Al-Qaida in Iraq claimed
# responsibility for the three suicide bombings" is not the bombings (its main verb was read in
# "which killed 57 people and wounded over 100"), nor Iraq condemning them (session 14, dev11).
CLAIM_RESPONSIBILITY = True
_CLAIM = frozenset("claim claims claimed claiming".split())
_RESPONSIBILITY = frozenset("responsibility credit".split())
_CLAIM_KEY = "claim-responsibilit"


# Reactions: acts whose object is another happening ("Iraq condemned ... the three suicide bombing
# attacks", "Al-Qaida ... claimed responsibility for the suicide bombings", "welcomed the
# ruling"). A reaction and a statement of another main verb share that happening's words, the
# toll and the place however many, and are two facts (`facts._other_reaction`; the hard case "the
# object of every reaction"; session 14, dev11).
REACTIONS = frozenset({"condemn", _CLAIM_KEY, "welcom"})


# Multi-word happenings, read as one paraphrase-class key (see `_SYNONYMS`): (first words,
# words allowed between, at most how many, last words, key). "Poland became a full member of
# NATO" is "joined NATO"; "became the first member to ..." is not (the gap is no adjective).
ANY_WORD = frozenset({"*"})  # a phrase's gap of any words but `_GAP_STOP`'s, up to its last word
_GAP_STOP = frozenset("to into and or but nor not that which who from of".split())
_PHRASES: tuple[tuple[frozenset[str], frozenset[str], int, frozenset[str], str], ...] = (
    (frozenset("become became becomes becoming".split()), frozenset("a full full-fledged fully-fledged formal "
     "official new".split()), 2, frozenset("member members membership".split()), "join"),
    (frozenset("step steps stepped stepping".split()), frozenset(), 0, frozenset({"down"}), "resign"),
    (frozenset("hold holds held holding".split()), frozenset("further more new direct formal private "
     "secret several".split()), 2, frozenset({"talks"}), "meet"),
    (frozenset("take takes took taken taking".split()), frozenset({"into"}), 1, frozenset({"custody"}), "arrest"),
    # "called for early elections" is a demand; "called them the real occupiers" names, and
    # "called on Tuesday" / "called the meeting" is neither: only "call ... for" is the demand
    (frozenset("call calls called calling".split()), frozenset("again also on today yesterday monday tuesday "
     "wednesday thursday friday saturday sunday".split()), 2, frozenset({"for"}), "demand"),
    # session 10: a grave state of health, however worded ("gravely ill" / "in serious
    # condition" / "critically ill"); "critical" alone ("critical of the plan") is not it
    (frozenset("gravely seriously critically".split()), frozenset(), 0, frozenset({"ill"}), "gravely-ill"),
    (frozenset("serious critical grave".split()), frozenset("but stable".split()), 2,
     frozenset("condition conditions".split()), "gravely-ill"),
    # not the raid class: leaving in anger, a sports run, weapons, a crime
    (frozenset("stormed storming".split()), frozenset(), 0, frozenset("out off home back past".split()), "storm"),
    (frozenset("assault".split()), frozenset(), 0, frozenset("rifle rifles weapon weapons".split()), "rifle"),
    (frozenset("sexual sexually indecent".split()), frozenset(), 0,
     frozenset("assault assaults assaulted assaulting".split()), "sexual-assault"),
    # session 12 ("para2"): the `_SYNONYMS` classes in other words; `ANY_WORD` allows any word
    # between but `_GAP_STOP`'s ("do not want to go back" is no return)
    # wanting someone back is wanting their return: "lives in Cuba and wants Elian back" / "has
    # demanded that the boy be returned" / "persistent in seeking the boy's return"
    (frozenset("want wants wanted wanting".split()), ANY_WORD, 2, frozenset({"back"}), "return"),
    # "seek to" is trying ("Western countries have sought to agree the sanctions"), not asking
    (frozenset("seek seeks sought seeking".split()), frozenset(), 0, frozenset({"to"}), "seek"),
    (frozenset("look looks looked looking".split()), frozenset(), 0, frozenset({"into"}), "investigat"),
    # asking for something: "planned to apply for American visas" / "Cuba had asked for 28 visas"
    # / "requested visas"
    (frozenset("ask asks asked asking apply applies applied applying".split()), frozenset(), 0,
     frozenset({"for"}), "request"),
) + (
    # session 13 (dev9): announcing *a* thing is an act ("Hu announced a package of measures" /
    # "China will announce a package"), where "announced" alone frames a report (a stop word)
    ((frozenset("announce announces announced announcing".split()), frozenset(), 0, frozenset({"a", "an"}),
      "announc"),) if ANNOUNCE_A else ())
# session 14 (dev12): a government's fall told from the side of those who made it: "The Congress
# brought down the United Front minority coalition Friday" / "The Front's previous minority
# government fell" / "The government ... was voted out of office"; "brought down" and "voted out"
# only with "down" / "out" right after the verb. ("toppled" = "fell" was tried: "launched their
# offensive ... to topple Mobutu" is a purpose, and the rebels' half of Zaire told twice split.)
FALL = True
if FALL:
    _PHRASES += ((frozenset("bring brings brought bringing".split()), frozenset(), 0, frozenset({"down"}), "fall"),
                 (frozenset("vote votes voted voting".split()), frozenset(), 0, frozenset({"out"}), "fall"))
if CLAIM_RESPONSIBILITY:  # session 14 (dev11): claiming responsibility is an act, not a report's frame
    _PHRASES += ((_CLAIM, frozenset("again also formally officially today yesterday monday tuesday wednesday "
                  "thursday friday saturday sunday".split()), 2, _RESPONSIBILITY, _CLAIM_KEY),)
# Session 15 (dev14): leaving hospital is being discharged from it ("Her brother ... left hospital on
# November 12" / "He was discharged from hospital on Nov. 12 after recovery"); only with "hospital"
# right after the verb or after "the" (not "left for hospital", "left the boy in hospital").
LEFT_HOSPITAL = True
if LEFT_HOSPITAL:
    _PHRASES += ((frozenset("leave leaves left leaving".split()), frozenset({"the"}), 1, frozenset({"hospital"}),
                  "discharg"),)
# Session 17 (dev17): winning a vote, however told: "X was (unexpectedly) elected (new) leader of the
# party", "X emerged as the winner of the leadership election", "X won the vote" are one act ("won"
# is "win" already, `_LEMMAS`). "elected" only before an office ("elected officials", "the newly
# elected Labor Party leader ... reiterated", "voters elected a new parliament" are not it);
# "emerged" only before "winner" or "victorious" ("emerged from the talks" is not it).
WON_VOTE = True
_WIN_KEY = "win"
_ELECTED_TO = frozenset("""
leader leaders president chairman chairwoman chair prime premier mayor governor speaker head chief
secretary-general chancellor
""".split())
_PHRASES += ((frozenset({"elected"}), frozenset("new as the a its their his her party's".split()), 2, _ELECTED_TO,
              _WIN_KEY),
             (frozenset("emerge emerges emerged emerging".split()), frozenset("as the a clear overall outright".split()),
              3, frozenset("winner winners victor victorious".split()), _WIN_KEY))
# Session 18 (xrecall): voting told as going to the polls: "Iraq goes to the polls on Thursday to
# elect its first full-term parliament" / "More than 15.5 million Iraqis were called to the polls
# Thursday" / "Voters went to the polls in large numbers" / "Iraqis flooded polling stations" /
# "queued up to cast their ballots" are the vote ("voted" is "vote" already). "the polls" only
# right after "to the" ("the polls showed" is a survey; "called the polls rigged" is no vote), "polling" only right after the verb or
# "the" ("flooded the polling stations"; "stormed out of a polling station" is not it).
VOTED = True
_VOTE_KEY = "vote"
_TO_THE_POLLS = frozenset({"polls"})
# (VOTED is read where the phrases are, `_phrases` and `_main_verb_word`: a test switches it.)
_PHRASES += ((frozenset("go goes went going gone head heads headed heading called return returns returned "
                        "returning".split()), frozenset({"to", "the"}), 2, _TO_THE_POLLS, _VOTE_KEY),
             (frozenset("flood floods flooded flooding throng thronged thronging pack packed crowd crowded "
                        "jam jammed".split()), frozenset({"the"}), 1, frozenset({"polling"}), _VOTE_KEY),
             (frozenset("cast casts casting".split()), frozenset("their his her a its".split()), 1,
              frozenset("ballot ballots vote votes".split()), _VOTE_KEY))
_VOTE_GO = frozenset("go goes went head heads".split())
# Session 19 (dev19): a measure starting told as its taking effect: "A ceasefire ... went into effect
# in the Gaza Strip on Sunday" / "Israel and the Palestinian factions ... officially began the
# cease-fire at 6 a.m. on Sunday" / "a fragile truce took effect ... on November 26" / "the treaty
# came (entered) into force": one act, the beginning ("fighting erupted" is "begin" already). Only
# the verb right before "effect" ("took effect", not "took effective control", "had an effect on",
# "side effects", "to good effect") or before "into effect" / "into force" ("is in effect" is a state).
TAKES_EFFECT = True
_BEGIN_KEY = "begin"
_EFFECT_VERBS = frozenset("take takes took taken taking go goes went gone going come comes came coming".split())


def _takes_effect(low: "_Lower", i: int, n: int) -> bool:
    """low[i] is the verb of "took effect" / "went (came) into effect (force)" (`TAKES_EFFECT`), read
    by `_main_verb_word` as the present and irregular forms are nowhere else; not after a determiner."""
    if not TAKES_EFFECT or i == 0 or low[i - 1] in _DETERMINERS or i + 1 >= n:
        return False
    if low[i].startswith("t"):
        return low[i + 1] == "effect"
    return low[i + 1] == "into" and i + 2 < n and low[i + 2] in ("effect", "force")


_PHRASES += ((frozenset("take takes took taken taking".split()), frozenset(), 0, frozenset({"effect"}), _BEGIN_KEY),
             (frozenset("go goes went gone going come comes came coming".split()), frozenset({"into"}), 1,
              frozenset({"effect", "force"}), _BEGIN_KEY),
             (frozenset("enter enters entered entering".split()), frozenset({"into"}), 1, frozenset({"force"}), _BEGIN_KEY))


# Session 24 (xrecall10): living somewhere told as staying there: "Castro has suggested that Elian
# and his relatives stay at the residence of Cuba's chief diplomat in Washington" / "Castro has said
# they would live in the home of a Cuban diplomat in the Washington area" (NYT, 30 Mar and 3 Apr
# 2000, dev7): one act, where to dwell. Only the verb right before "in" / "at" (the place follows):
# "live ammunition", "live television", "the living room", "earn a living in", "lost their lives in
# the attack" (the noun), "live with it", "lived for years" are not it.
DWELL = True
_STAY_KEY = stem("stay")
_PHRASES += ((frozenset("live lived living".split()), frozenset(), 0, frozenset({"in", "at"}), _STAY_KEY),)


# Session 24 (xrecall10): giving something up is surrendering it: "Britain's refusal to surrender
# its long-cherished rebate" (AFP, 5 Dec 2005) / "Britain's refusal to give up its annual budget
# rebate" (AFP, 14 Dec, dev20). A term of the act only (a `_PHRASES` key, read after "to" too, as
# the refusal's object): not "give up on" (abandon), "gave up two goals" (a count: conceded), "gave
# up smoking" (quit), nor "given up for dead".
GIVE_UP = True
_SURRENDER_KEY = stem("surrender")
_GIVE_UP_REFUSED = frozenset("on for smoking drinking hope hopes".split())
_PHRASES += ((frozenset("give gives gave given giving".split()), frozenset(), 0, frozenset({"up"}), _SURRENDER_KEY),)


def _gives_up(tokens: list[str], j: int) -> bool:
    """The "give up" whose particle is tokens[j] is surrendering a thing (`GIVE_UP`)."""
    after = tokens[j + 1].lower() if j + 1 < len(tokens) else ""
    return GIVE_UP and not (after in _GIVE_UP_REFUSED or after[:1].isdigit() or after in NUMBER_WORDS)


# Session 19 (xrecall2): a phrasal verb is read as its one-word meaning: "The Israel Defense Forces
# pulled out troops from the Gaza Strip" / "Israeli forces withdrew from Gaza", "the summit was
# called off" / "cancelled", "put off until Thursday" / "postponed", "set up a commission" /
# "established", "rebels took over the town" / "seized", "carried out the attack" / "conducted",
# "turned down the offer" / "rejected" ("stepped down" / "resign" and "went into effect" / "began"
# were read before). Only the particle right after the verb ("pulled troops out" is not read), and
# what follows the particle decides against the meaning: "pulled out a gun" (an object taken out),
# "was pulled out of the rubble" (a person moved, the passive), "carried out of the building", "put
# off by the noise", "set up a meeting" (arranged, not founded), "took over as chairman" / "took
# over from X" (succeeded, not seized), "turned down the street".
PHRASAL_VERBS = True
_PULL_KEY, _CANCEL_KEY, _POSTPONE_KEY = stem("withdraw"), stem("cancel"), stem("postpone")
_ESTABLISH_KEY, _SEIZE_KEY, _CONDUCT_KEY, _REJECT_KEY = stem("establish"), stem("seize"), stem("conduct"), stem("reject")
_PHRASAL: tuple[tuple[str, str, str, frozenset[str], bool], ...] = (
    # (the verb's forms, its particle, the key, words refused right after the particle, passive refused)
    ("pull pulls pulled pulling", "out", _PULL_KEY, frozenset("a an some one gun guns knife knives pistol "
     "pistols revolver weapon weapons wallet card cards phone".split()), True),
    ("call calls called calling", "off", _CANCEL_KEY, frozenset(), False),
    ("put puts putting", "off", _POSTPONE_KEY, frozenset({"by"}), False),
    ("set sets setting", "up", _ESTABLISH_KEY, frozenset("meeting meetings talks interview interviews appointment call "
     "calls date match game shop camp".split()), False),
    ("take takes took taken taking", "over", _SEIZE_KEY, frozenset("as from presidency leadership chairmanship "
     "helm command office duties role reins post job".split()), False),
    ("carry carries carried carrying", "out", _CONDUCT_KEY, frozenset({"of"}), False),
    ("turn turns turned turning", "down", _REJECT_KEY, frozenset("street road lane alley path corridor volume "
     "heat".split()), False),
)
_PHRASAL_KEYS = frozenset(key for _v, _p, key, _n, _pa in _PHRASAL)
# Session 21 (xrecall6): an agreement told as a light verb and its noun is the act of agreeing:
# "Israel and the Palestinians reached an agreement on Tuesday" / "Israel and the Palestinians agreed
# on Tuesday to reopen the crossing" / "the two sides struck a deal" / "clinched (sealed, hammered
# out) a compromise". "reached an agreement" was read as a count's value ("reached 35",
# `COUNT_VALUE`: the article "an" is one of NUMBER_WORDS), and "struck" as the light verb of a quake.
# Only the verbs' finite and participle forms, the noun right after them or after a determiner and
# up to two adjectives of `_DEAL_BETWEEN` ("reached a tentative peace agreement"); the noun itself
# keeps its term elsewhere ("Under the agreement, the crossing will reopen" names a thing).
# Not "signed an agreement" (the signing, an act of its own), "reached the agreed site" (no noun),
# "reached the city after the agreement" (no word of `_DEAL_BETWEEN`).
AGREE_DEAL = True
_AGREE_KEY = stem("agreed")
_ARTICLES = frozenset("a an".split())
_DEAL_BETWEEN = frozenset("""
a an the their its his her this new final formal tentative preliminary broad landmark historic comprehensive
peace trade ceasefire cease-fire border nuclear interim last-minute key out draft
""".split())
_DEAL_NOUNS = frozenset("agreement agreements deal deals accord accords compromise settlement consensus".split())
if AGREE_DEAL:
    _PHRASES += ((frozenset("reach reaches reached reaching strike strikes struck striking clinch clinches clinched "
                            "clinching seal seals sealed sealing hammer hammers hammered hammering".split()),
                  _DEAL_BETWEEN, 3, _DEAL_NOUNS, _AGREE_KEY),)
_PHRASAL_REFUSED = {key: (refused, passive) for _v, _p, key, refused, passive in _PHRASAL}
_SPAN_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years decade decades".split())
_PHRASAL_DETERMINERS = frozenset("a an the his her their its this that another new".split())
# The forms `_main_verb_word` reads nowhere else ("took", "put" are light words of no term).
_PHRASAL_LIGHT = frozenset("put puts take takes took taken".split())
# Words opening a clause the phrasal verb is then told in, as a reference, a relative or a condition:
# its own words are kept there ("after Nadal pulled out" is not Nadal's withdrawal told again).
_PHRASAL_SUBORDINATE = frozenset("who whom whose which where when after before since as while because until if "
                                 "unless".split())
_PASSIVE_BEFORE = frozenset("is are was were be been being get gets got gotten getting".split())
_PHRASES += tuple((frozenset(verbs.split()), frozenset(), 0, frozenset({particle}), key)
                  for verbs, particle, key, _refused, _passive in _PHRASAL)


def _phrasal_refused(tokens: list[str], i: int, j: int, key: str) -> bool:
    """The phrasal verb at tokens[i] (particle at j) is not its one-word meaning (`PHRASAL_VERBS`):
    off, a refused word right after the particle, or a passive where one is refused."""
    if not PHRASAL_VERBS:
        return True
    refused, passive = _PHRASAL_REFUSED[key]
    if i > 0 and tokens[i - 1].lower() == "to":
        return True  # (the base form after "to": a plan, a demand, a condition, "failed to pull out within a week")
    if any(t.lower() in _PHRASAL_SUBORDINATE for t in tokens[:i]):
        return True  # (a reference told in passing: "Agassi's withdrawal came just minutes after Nadal pulled out")
    after = [t.lower() for t in tokens[j + 1:j + 3]]
    if key == _SEIZE_KEY and after and (after[0][0].isdigit() or after[0] in NUMBER_WORDS or (
            after[1:] and after[1] in _SPAN_UNITS)):
        return True  # (a span: "the trial took over a year", "took over 200 days")
    if after and (after[0] in refused or (after[0] in _PHRASAL_DETERMINERS and after[1:] and after[1] in refused)):
        return True  # (the word after the particle, or after its determiner: "set up a meeting")
    if passive:
        k = i - 1
        while k >= 0 and tokens[k].lower() in _BETWEEN:
            k -= 1
        return k >= 0 and tokens[k].lower() in _PASSIVE_BEFORE
    return False


def _phrasal_at(tokens: list[str], i: int) -> str:
    """The key of a `_PHRASAL` verb at tokens[i], "" if none is read there."""
    before = min(i, 3)
    return next((key for k, _j, key in _phrases(tokens[i - before:i + _PHRASE_SPAN])
                 if k == before and key in _PHRASAL_KEYS), "")


def _goes_to_the_polls(low: "_Lower", i: int, n: int) -> bool:
    """low[i] ("go", "goes", "went", "head(s)") is the verb of "... to the polls" (`VOTED`): a
    present or irregular form `_main_verb_word` reads only here; not after a determiner."""
    return (VOTED and 0 < i and i + 3 < n and low[i + 1] == "to" and low[i + 2] == "the" and low[i + 3] == "polls"
            and low[i - 1] not in _DETERMINERS)


# Session 20 (xrecall3): cause and effect told the other way round. Two outlets tell one happening
# and its consequence, each from the other's side: "Iran resumed uranium conversion activities ... in
# early August, a move scuttling nuclear negotiations with the EU" / "EU-Iran talks collapsed in August
# when Tehran ended its suspension of uranium conversion". Each one's main act is in the other, but in
# a clause or an aside, and in other words: a small table of act families (`ACT_FAMILIES`: scuttled
# talks are talks collapsed, a restart is a resumption) and "ended (lifted) its suspension of" read as
# a resumption there. `facts._acts_crossed` links two such statements when both main acts are of the table,
# differ, and each is the other's act told aside (`acts_named`).
CROSSED_ACTS = True
_RESUME_KEY = stem("resume")
_COLLAPSE_KEY = stem("collapse")
ACT_FAMILIES: dict[str, str] = {
    _COLLAPSE_KEY: _COLLAPSE_KEY, stem("scuttle"): _COLLAPSE_KEY, stem("derail"): _COLLAPSE_KEY,
    _RESUME_KEY: _RESUME_KEY, stem("resumption"): _RESUME_KEY, stem("restart"): _RESUME_KEY,
}
# (read only here, not as a phrase of the terms and heads: there it made "Syria resumed uranium
# conversion ..." meet the collapse's heads, whatever its actor)
_SUSPENSION_ENDED_RE = re.compile(r"\b(?:end|ends|ended|ending|lift|lifts|lifted|lifting)\s+(?:(?:its|the|their|his|her|a)\s+)?"
                                  r"suspension\b", re.I)


def act_family(term: str) -> str:
    """The family of an act's term (`ACT_FAMILIES`, `CROSSED_ACTS`), "" if it has none."""
    return ACT_FAMILIES.get(term, "") if CROSSED_ACTS else ""


def acts_named(text: str) -> frozenset[str]:
    """The act families (`ACT_FAMILIES`) the text names anywhere, as a verb, a participle, a noun or
    a phrase ("a move scuttling negotiations", "when Tehran ended its suspension of ...")."""
    if not CROSSED_ACTS:
        return frozenset()
    named = frozenset(f for t in terms(text) if (f := ACT_FAMILIES.get(t)))
    return named | {_RESUME_KEY} if _SUSPENSION_ENDED_RE.search(text) else named


# Session 20 (prec17): the phases of one act. "Iran in February stopped allowing extensive UN access to
# its atomic sites" (its end) and "Up until now it has still been allowing regular UN inspections of
# its atomic sites" (its going on) share the act's words and object, but are two facts; so are its
# halt and its resumption ("Iran resumed uranium enrichment" / "Iran suspended uranium enrichment").
# `act_phase` reads the phase its main clause (up to its first comma) gives the act: "end" (stopped,
# cease, quit + V-ing; halted or suspended + anything), "on" ("still" + V-ing, continues +
# V-ing or to), "resume" (resumed + anything; finite forms and participles). Only the verb forms: "suspension", "resumption" and
# xrecall3's "ended its suspension of" (a resumption told as the end of a halt, joined with the
# resumption's consequence by `CROSSED_ACTS`) give none.
ACT_PHASES = True
_PHASE_RE = re.compile(
    r"\b(?:(?P<end>(?:stopped|stops|stopping|ceased|ceases|ceasing|quit|quits|quitting)\s+(?=[a-z]+ing\b)"
    r"|(?:halted|halts|halting|suspended|suspends|suspending)\b)"
    r"|(?P<on>still\s+(?:been\s+)?(?=[a-z]+ing\b)(?!being\b|missing\b)"
    r"|(?:continues|continued|continuing)\s+(?:to\s+[a-z]|[a-z]+ing\b))"
    r"|(?P<resume>resumed|resumes|resuming)\b)", re.I)
# (finite forms and participles only: a bare form is another's act asked or planned, "urges Tehran to
# fully suspend activities", "in a bid to resume negotiations", "rebuffed demands he halt settlement
# activity"; "still missing" is a toll's count, not an act going on)


# Session 22 (prec21): a vote's phases. "Polls closed on Thursday in Iraq's historic general election"
# (the vote's end) and "Iraqis turned out in droves Thursday in a landmark poll" (the voting going on)
# share the election's words and day, but are two facts, as an act's end and its going on are above.
# `POLL_PHASES` reads, when `_PHASE_RE` finds none, polls or polling stations that opened ("start") or
# closed ("end"), and voters turning out, casting ballots, going or flocking to the polls ("on"). Not
# "voted": "the assembly voted to suspend the talks" is an act of its own, no phase of a poll.
POLL_PHASES = True
_POLL_PHASE_RE = re.compile(
    r"\b(?:polls|polling\s+(?:stations|booths|centres|centers)|voting)\s+(?:have\s+|had\s+)?"
    r"(?:(?P<start>opened|open)|(?P<end>closed|close))\b"
    r"|\b(?P<on>(?:turned|turning|turn)\s+out\b(?!\s+(?:to\s+be|that)\b)|(?:cast|casting)\s+(?:their\s+)?(?:ballots|votes)\b"
    r"|(?:went|go|going|flocked|flocking|streamed|streaming)\s+to\s+the\s+polls\b)", re.I)
# (not "turned out to be" / "it turned out that": what something proved to be)
# One of these is in every match of `_PHASE_RE`, of `_POLL_PHASE_RE` (`_may_say`).
_PHASE_WORDS = ("stop", "ceas", "quit", "halt", "suspend", "still", "continu", "resum")
_POLL_PHASE_WORDS = ("poll", "voting", "turn", "cast")


# Session 20 (prec17): a refusal and the demand it refuses. "The ruling Islamists have refused to agree
# to renounce violence, recognise Israel and accept past peace deals" and "The EU and the US froze direct
# aid ..., demanding that Hamas renounce violence, recognise Israel and accept past peace deals" share the
# demanded content word for word, but are two sides' opposite acts: two facts. The lone join (`fact
# terms`) read only the words and the main verb, and the refusal's main verb is read in its complement
# ("renounce"), so no actor or act check held. `refuses` reads a refusal verb in the main clause (up
# to its first comma), `demands` a demand's verb anywhere (`facts.REFUSAL_APART`).
REFUSAL_APART = True
_REFUSAL_RE = re.compile(r"\b(?:refused|refuses|refusing|rejected|rejects|rejecting|declined|declines)\b", re.I)
_REFUSAL_WORDS = ("refus", "reject", "declin")  # (one is in every match: `_may_say`)
_DEMAND_RE = re.compile(r"\b(?:demanded|demanding|urged|urges|urging)\b", re.I)
# (not "insisted that": a claim, "Iran has insisted that its nuclear programme is merely ...")


def refuses(text: str, anywhere: bool = False) -> bool:
    """A refusal's verb in the main clause up to its first comma, short fronted phrases skipped
    (`REFUSAL_APART`; `anywhere`: in the text). Not in an apposition: "The United States accuses
    Iran of developing nuclear weapons secretly, a charge rejected by Tehran".

        >>> refuses("The ruling Islamists have refused to agree to renounce violence.")
        True
    """
    if not REFUSAL_APART or not _may_say(text, _REFUSAL_WORDS):
        return False  # (the main clause's words are the text's: none there, none in it)
    if anywhere:
        return _REFUSAL_RE.search(text) is not None
    return _REFUSAL_RE.search(_first_chunk(text)) is not None


def demands(text: str) -> bool:
    """A demand's verb anywhere ("has demanded that", "demanding that", "urged"; `REFUSAL_APART`)."""
    return REFUSAL_APART and _DEMAND_RE.search(text) is not None


# Session 22 (prec21): a stand withheld. "She refused to take a stand on whether Britain should give
# up its annual rebate" tells that someone would not answer a question; the question's words ("give up
# its annual rebate") are no happening it reports, and "Britain's refusal to give up its annual budget
# rebate" is another fact however many of them it shares. `withholds` reads, in the main clause (up
# to its first comma), a refusal or a "not" followed by a verb of answering: comment, say, take a
# stand / position / side, confirm, deny, speculate, elaborate, disclose, reveal, be drawn.
STAND_WITHHELD = True
_WITHHOLDS_RE = re.compile(
    r"\b(?:refused|refuses|refusing|declined|declines|declining|would\s+not|wouldn't|did\s+not|didn't)\s+to\s+"
    r"|\b(?:would\s+not|wouldn't|did\s+not|didn't|could\s+not|couldn't)\s+", re.I)
_ANSWER_RE = re.compile(
    r"(?:comment|say|tell|take\s+(?:a\s+|any\s+)?(?:stand|position|side)|confirm|deny|speculate|elaborate|"
    r"disclose|reveal|be\s+drawn|specify|identify)\b", re.I)
# (not "refused to give up": a refusal of the act itself, `REFUSAL_APART`'s; not "declined to
# attend": an act not done is told, not an answer withheld)
_ANSWERED_RE = re.compile(r"\bbut\s+(?:\w+\s+){0,2}(?:said|says|added|told|stressed|noted)\b", re.I)
# ("Kong did not say how long the negotiation would last, but said that ...": an answer given too)


@lru_cache(maxsize=65536)
def withholds(text: str) -> bool:
    """The main clause up to its first comma (short fronted phrases skipped) withholds an answer:
    a refusal, or a "not", then a verb of answering (`STAND_WITHHELD`), and no "but said" gives
    one after it.

        >>> withholds("She refused to take a stand on whether Britain should give up its rebate.")
        True
        >>> withholds("Britain refused to give up its annual rebate.")
        False
        >>> withholds("Kong did not say how long the talks would last, but said that phases could help.")
        False
    """
    if not STAND_WITHHELD:
        return False
    chunk = _first_chunk(text)
    return any(_ANSWER_RE.match(chunk, m.end()) for m in _WITHHOLDS_RE.finditer(chunk)) and not _ANSWERED_RE.search(text)


# Session 22 (prec21): a state expected to last. "Juan and Elian Gonzalez will remain in the United
# States pending the appeal" (24 April) and "Elian Gonzalez will remain in the United States for at
# least two more weeks even after a federal appeals court Thursday refused ..." (1 June) each say what
# was expected as its report was written, each for its own term: two facts, however alike their words.
# `expected_state` reads, in the main clause up to its first comma, a future or an expectation
# ("will", "would", "is expected to", "is likely to", "shall") of a state going on: remain, stay,
# continue, be kept, be held (`facts.EXPECTATIONS_APART` asks their reports to be weeks apart).
EXPECTED_STATE = True
_EXPECTED_STATE_RE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:expected|likely|set)\s+to)\s+(?:still\s+|probably\s+|likely\s+)?"
    r"(?:remain|stay|continue|be\s+kept|be\s+held)\b", re.I)
# (not "remained": a state told as it was, the report's own; not "will resume": another phase)


@lru_cache(maxsize=65536)
def expected_state(text: str) -> bool:
    """The main clause up to its first comma (short fronted phrases skipped) says a state is
    expected to go on (`EXPECTED_STATE`).

        >>> expected_state("Juan and Elian Gonzalez will remain in the United States pending the appeal.")
        True
        >>> expected_state("Elian remained in Miami with his relatives.")
        False
    """
    return EXPECTED_STATE and _EXPECTED_STATE_RE.search(_first_chunk(text)) is not None


# Session 22 (prec21): a warning of what may come. "Analysts said the accidents were a warning of a
# possible surge of coal mine disasters as the demand for black coal rises in winter" foresees; "Surging
# demand for winter coal has spurred production but also caused a string of deadly accidents" tells
# what was done. They share the words of the feared thing, not a happening: two facts. `warns` reads
# a warning in the main clause (up to its first comma): "warned of / that / against", "a warning of
# / that"; `conjectural` any word that leaves a thing to come or not ("could", "may", "will",
# "possible", "risk", "fear", a warning, a threat in any form: "is threatening to switch off gas
# supplies ... on Monday" is the same warning told again, not a thing done): such a statement is
# not told as done (`facts.WARNING_APART`).
WARNING_APART = True
_WARNS_RE = re.compile(r"\b(?:warn|warns|warned|warning|warnings|cautioned)\s+(?:of|that|against)\b", re.I)
_WARNING_ASIDE_RE = re.compile(r"\b(?:after|before|since|following|when|because|until|while|although|though)\b", re.I)
# (a warning in a clause of another happening is told in passing: "The blast came two days after
# inspectors warned of a gas leak")
_CONJECTURAL_RE = re.compile(
    r"\b(?:could|may|might|would|will|shall|possible|possibly|potential|potentially|likely|risk|risks|"
    r"fear|fears|feared|warn|warns|warned|warning|warnings|threat|threats|threaten|threatens|threatened|threatening|"
    r"ultimatum|expected|forecast|predicted)\b", re.I)


@lru_cache(maxsize=65536)
def warns(text: str) -> bool:
    """The main clause up to its first comma (short fronted phrases skipped) warns of something,
    not in a clause of another happening ("after inspectors warned of"; `WARNING_APART`).

        >>> warns("Analysts said the accidents were a warning of a possible surge of mine disasters.")
        True
        >>> warns("The blast came two days after inspectors warned of a gas leak.")
        False
    """
    if not WARNING_APART:
        return False
    chunk = _first_chunk(text)
    m = _WARNS_RE.search(chunk)
    return m is not None and _WARNING_ASIDE_RE.search(chunk, 0, m.start()) is None


@lru_cache(maxsize=65536)
def conjectural(text: str) -> bool:
    """Some word of the text leaves a thing to come or not: a modal, a future, a possibility, a
    risk, a fear, a warning (`WARNING_APART`: such a statement is not told as done)."""
    return _CONJECTURAL_RE.search(text) is not None


_PHASE_FRONT = 4  # the most words of a fronted phrase before the main clause's comma


@lru_cache(maxsize=65536)
def _first_chunk(text: str) -> str:
    """The main clause (`main_clause`) up to its first comma, short fronted phrases skipped
    ("However,", "Up until now,")."""
    chunks = main_clause(text).split(",")
    while len(chunks) > 1 and len(chunks[0].split()) <= _PHASE_FRONT:
        del chunks[0]
    return chunks[0]


@lru_cache(maxsize=65536)
def act_phase(text: str) -> str:
    """The phase of its act the main clause (up to its first comma, short fronted phrases skipped) tells (`ACT_PHASES`): "end",
    "on", "resume", a poll's "start" (`POLL_PHASES`), or "" for none.

        >>> act_phase("Iran in February stopped allowing extensive UN access to its atomic sites.")
        'end'
        >>> act_phase("However, up until now it has still been allowing regular UN inspections.")
        'on'
        >>> act_phase("EU-Iran talks collapsed when Tehran ended its suspension of uranium conversion.")
        ''
        >>> act_phase("Polls closed on Thursday in Iraq's general election.")
        'end'
    """
    if not ACT_PHASES or not _may_say(text, _PHASE_WORDS + _POLL_PHASE_WORDS if POLL_PHASES else _PHASE_WORDS):
        return ""  # (the main clause's words are the text's: none there, none in it)
    chunk = _first_chunk(text)
    m = _PHASE_RE.search(chunk) or (_POLL_PHASE_RE.search(chunk) if POLL_PHASES else None)
    return (m.lastgroup or "") if m else ""


# Session 20 (xrecall3): one act on one named person, told as the main clause of one statement and
# aside in the other: "The misappropriation of social security funds was highlighted in September by
# the Shanghai scandal, ..., which brought down Chen Liangyu, secretary of ..." / "The biggest political
# corruption scandal in more than a decade brought down Shanghai's top Communist Party official Chen
# Liangyu in late September". `act_patients` reads the names of what an act is done to: the capitalised
# words right after the verb (or its phrase), up to a comma or a preposition; `facts._patient_aside`
# asks two names of them in both (a person's full name, not a place's one word).
ACT_PATIENT = True
_PATIENT_STOP_RE = re.compile(r"[,;:.()\"“”]|\s(?:in|on|at|for|with|after|before|since|during|when|as|and|but|"
                              r"or|to|from|by|over|amid|while|who|which|that)\s", re.I)
_PATIENT_REACH = 80  # characters after the verb read for its patient
# (a saying's "told Chen Liangyu" is who hears it, not who the act is done to)
REPORTING_STEMS = frozenset(stem(w) for w in """
said say told tell reported announced claimed confirmed warned urged asked added noted stated insisted denied
accused thanked praised called met meet visited congratulated phoned received hosted quoted cited
""".split())


def act_patients(text: str, key: str) -> frozenset[str]:
    """The name terms of what the act `key` (a main-verb key: a stem or a phrase's key) is done to,
    wherever the text names the act (`ACT_PATIENT`): the capitalised words right after it, up to a
    comma, a stop or a preposition ("brought down Shanghai's top Communist Party official Chen Liangyu
    in late September" -> shanghai, communist, part, chen, liangyu). Empty when off or not found."""
    if not ACT_PATIENT or not key:
        return frozenset()
    spans = [m.span() for m in _WORD_RE.finditer(text)]
    tokens = [text[i:j] for i, j in spans]
    ends = [spans[j][1] for _i, j, k in _phrases(tokens) if k == key]
    ends += [spans[i][1] for i, t in enumerate(tokens) if t[0].islower() and stem(t.lower()) == key]
    out: set[str] = set()
    for end in ends:
        after = text[end:end + _PATIENT_REACH]
        stop = _PATIENT_STOP_RE.search(after)
        words = (after[:stop.start()] if stop else after).split()
        caps = [w for w in words if w[0].isupper()]
        if caps:
            out.update(terms(" ".join(caps)))
    return frozenset(out)


# Phrases whose last word is the place or thing the act is about, kept as a term of its own
# ("left hospital": "hospital", as in "discharged from hospital"); other phrases' last words are
# particles ("down", "for", "into") or the act itself ("members", "talks"); a vote won keeps the
# office ("was elected president": win, presid; the verb's object, `verb_object`, stays in its terms).
_PHRASE_KEEPS_LAST = frozenset({"discharg", _WIN_KEY})
_PHRASE_TOKENS = frozenset(w for first, *_rest in _PHRASES for f in first for w in (f, f.title()))


_Phrase = tuple[frozenset[str], frozenset[str], int, frozenset[str], str]
# (the `_PHRASES` read, its phrases by first word): `_phrases_by_first`
_phrase_index: tuple[tuple[_Phrase, ...], dict[str, tuple[_Phrase, ...]]] = ((), {})


def _phrases_by_first() -> dict[str, tuple[_Phrase, ...]]:
    """`_PHRASES` by first word, each word's in `_PHRASES`' order: a token tries only the phrases
    it can begin, not all ~40 (speed22: most of `_phrases`' time); made again when `_PHRASES` is
    another tuple (a test's)."""
    global _phrase_index
    if _phrase_index[0] is not _PHRASES:
        index: dict[str, list[_Phrase]] = {}
        for phrase in _PHRASES:
            for word in phrase[0]:
                index.setdefault(word, []).append(phrase)
        _phrase_index = (_PHRASES, {word: tuple(phrases) for word, phrases in index.items()})
    return _phrase_index[1]


def _phrases(tokens: list[str]) -> list[tuple[int, int, str]]:
    """(first index, last index, key) of each `_PHRASES` phrase in the tokens."""
    out = []
    by_first = _phrases_by_first()
    for i, token in enumerate(tokens):
        if token not in _PHRASE_TOKENS:
            continue
        for first, between, gap, last, key in by_first.get(token.lower(), ()):
            if (key == _WIN_KEY and not WON_VOTE) or (key == _VOTE_KEY and not VOTED) or (
                    key == _BEGIN_KEY and not TAKES_EFFECT) or (key == _AGREE_KEY and not AGREE_DEAL) or (
                    key == _STAY_KEY and not _dwells(tokens, i)):
                continue
            j = i + 1
            while j < len(tokens) and j - i - 1 < gap and _gap_word(tokens[j].lower(), between, last):
                j += 1
            if j < len(tokens) and tokens[j].lower() in last and not (
                    key == "announc" and j + 1 < len(tokens) and tokens[j + 1].lower() in _ANNOUNCE_WHEN) and not (
                    key == _VOTE_KEY and last is _TO_THE_POLLS and [t.lower() for t in tokens[j - 2:j]] != ["to", "the"]) and not (
                    key in _PHRASAL_KEYS and _phrasal_refused(tokens, i, j, key)) and not (
                    key == _SURRENDER_KEY and not _gives_up(tokens, j)):
                out.append((i, j, key))
    return out


def _dwells(tokens: list[str], i: int) -> bool:
    """tokens[i] ("live", "lived", "living") is the verb of living somewhere (`DWELL`): not after a
    determiner ("the living room", "earn a living in")."""
    return DWELL and (i == 0 or tokens[i - 1].lower() not in _DETERMINERS)


def _gap_word(low: str, between: frozenset[str], last: frozenset[str]) -> bool:
    """May `low` stand between a phrase's first and last words (`_PHRASES`)?"""
    if between is ANY_WORD:
        return low not in last and low not in _GAP_STOP
    return low in between


_PHRASE_SPAN = 2 + max(gap for _first, _between, gap, _last, _key in _PHRASES)


def phrase_key(text: str) -> tuple[str, ...]:
    """The paraphrase-class keys of the text's multi-word happenings ("stepped down" -> resign)."""
    return tuple(key for _i, _j, key in _phrases(_words(text)))


_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9}
_SCALE_TOKENS = frozenset(w for s in _SCALES for w in (s, s.title(), s.upper()))


def _number_key(token: str, scale: int) -> str:
    """The term of a number written in digits, times `scale` (a following "thousand"/
    "million"/"billion"): "1,700" -> "#1700", "5" million -> "#5000000", "1.5" billion ->
    "#1500000000"; "" below 10 (a lone digit links nothing) or if unreadable. Spelled
    numbers stay words: "twelve" is a stop word, as "one" to "ten" are."""
    try:
        value = float(_number(token)) * scale
    except ValueError:
        return ""
    if value < 10:
        return ""
    return "#" + (str(int(value)) if value == int(value) else str(value))


_SMALL_FIGURE_RE = re.compile(r"(?<![\w.])(\d\.\d+)(?![\w.]|\.\d)(?!\s+(?:thousand|million|billion|trillion)\b)", re.I)


@lru_cache(maxsize=65536)
def small_figures(text: str) -> frozenset[str]:
    """The decimals below ten the text gives ("lost three cents to 4.20 dollars", "rose 0.59
    percent", "decreased to 5.53 percent from 5.60 percent"), as number terms ("#4.2"): no terms
    (`_number_key`: a lone digit links nothing), but a routine report's figures of its day all
    the same; one followed by a scale word is an amount ("6.15 billion") and is a term already."""
    out = set()
    if CLOCK_TIME and _CLOCK_HINT_RE.search(text):
        text = without_clock_times(text)  # (a clock time is no figure: "at 9.30 pm")
    for token in _SMALL_FIGURE_RE.findall(text):
        value = float(token)
        out.add("#" + (str(int(value)) if value == int(value) else str(value)))
    return frozenset(out)


def is_heading(text: str) -> bool:
    """No word in lower case: a dateline or a heading ("INDEPENDENCE, Mo.", "NAIROBI, Kenya
    (AP)"), not a sentence: two outlets writing the same one report no common fact."""
    return not any(t[0].islower() for t in _words(without_links(text)))  # ("April 2014. http://t.co/...")


_QUOTE_OPEN = ('"', "``", "\u201c", "\u2018", "'")  # straight, TeX-style and curly opening quotes


def is_quote(text: str) -> bool:
    """The statement opens with a quotation mark: a speaker's own words ('"Pick a profession,
    they're probably represented in this case," said Levy.'), not a report that quotes in
    passing ('Levy said the ring was "built on secrecy"')."""
    return text.lstrip().startswith(_QUOTE_OPEN)


# session 14 (dev12): a quote re-published with or without its speech tag is one text ('"There
# are no pre-conditions."' / '"There are no pre-conditions," he added.': a speaker's words told
# again by two reports, `facts.text_key`); the tag is a pronoun or a name of up to four words, or
# "the" and up to two words ("the president"), and a speech verb, closing the statement
QUOTE_TAG = True
_QUOTE_TAG_RE = re.compile(r"""[,.!?]\s*(?:''|["\u201d\u2019'])\s+(?:he|she|they|we|i|it|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"""
                           r"""|the\s+\w+(?:\s+\w+)?)\s+(?:said|says|added|adds|told\s+(?:AFP|reporters|journalists))\s*\.$""")
_QUOTE_END = " .,;:!?\"'\u201d\u2019"


def quote_words(text: str) -> str:
    """A quote's own words: the statement without a closing speech tag and without its last
    stop and quotation marks (`QUOTE_TAG`); any other statement as it is."""
    if not QUOTE_TAG or not is_quote(text):
        return text
    m = _QUOTE_TAG_RE.search(text)
    return (text[:m.start()] if m else text).rstrip(_QUOTE_END)


# Session 19 (prec14): a sports quote names no happening of its own ("a victory would mean a lot for
# us", "you have to work hard on your luck and that is what we did today") and shares with another
# game's quote only such words (mean, lot, work, hard, victory): two outlets re-publishing one quote
# give it near-verbatim or name one speaker or one team. `quote_names` are the names a quote and
# its tag write with a capital where no sentence starts ("I" aside); `near_verbatim` says whether
# two quotes' own words (`quote_words`) are mostly the same (QUOTE_SHARE of the shorter's words).
QUOTE_SHARE = 0.8
_CAPITAL_RE = re.compile(r"\b[A-Z][\w'\u2019-]*")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:][\"'\u201d\u2019]?\s+)[\"'`\u201c\u2018(]*$")


def quote_names(text: str) -> frozenset[str]:
    """The names a quote writes with a capital inside a sentence, its speech tag's included.

        >>> sorted(quote_names('"The Asian Games mean a lot to me," Tanaka said.'))
        ['asian', 'game', 'tanaka']
        >>> sorted(quote_names('"A victory would mean a lot for us. I know it," he said.'))
        []
    """
    text = text.strip()
    return frozenset(filter(None, (_term(m.group()) for m in _CAPITAL_RE.finditer(text)
                                   if m.group() != "I" and not m.group().startswith(("I'", "I\u2019"))
                                   and not _SENTENCE_START_RE.search(text, max(0, m.start() - 6), m.start()))))


def near_verbatim(a: str, b: str) -> bool:
    """Two quotes' own words (`quote_words`) mostly the same: QUOTE_SHARE of the shorter's words.

        >>> near_verbatim('"We played well today," he said.', '"We played very well today," Kim said.')
        True
    """
    wa = {w.lower() for w in _words(_quoted_part(a))}
    wb = {w.lower() for w in _words(_quoted_part(b))}
    return bool(wa) and bool(wb) and len(wa & wb) >= QUOTE_SHARE * min(len(wa), len(wb))


# Session 20 (the lead): a quote re-told with a speech tag QUOTE_TAG does not know ('"Leave my
# daughter out of your voice," Haley shot back.' / '... ," she told Ramaswamy.') keeps its own
# words: near_verbatim compares what stands inside the marks, from the opening one to the last
# closing one, whatever tag follows. (text_key's copies keep `quote_words`: this is only the
# comparison of two quotes' words.)
QUOTED_PART = True
_QUOTE_CLOSE_RE = re.compile(r"""["\u201d]|''""")


def _quoted_part(text: str) -> str:
    """A quote's words inside its marks (`QUOTED_PART`), else `quote_words`.

        >>> _quoted_part('"Leave my daughter out of your voice," Haley shot back.')
        'Leave my daughter out of your voice,'
    """
    if not QUOTED_PART or not is_quote(text):
        return quote_words(text)
    body = text.lstrip()
    opening = next(mark for mark in _QUOTE_OPEN if body.startswith(mark))
    last = None
    for last in _QUOTE_CLOSE_RE.finditer(body, len(opening)):
        pass
    return body[len(opening):last.start()] if last is not None else quote_words(text)


# Session 20 (prec15): a speaker's own words told without quotation marks, closed by a speech tag
# ("This was a victory for hard work, he said."; "We have to improve our defence, the coach told
# reporters."), are a quote as much as one in marks: two of them from other documents met on words
# any game's quote has. Read as a quote for `facts._quotes_apart` only (`bare_quote`), and only
# when the words before the tag are a speaker's own: a first or second person ("we", "our", "I",
# "you") or an opening "This/That" with a copula ("This was indicative of ..., he said"). A
# report in reported speech ("All workers had returned to work Monday, he said") stays a report.
BARE_QUOTE = True
_BARE_TAG_RE = re.compile(r""",\s+(?:he|she|they|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}|the\s+\w+(?:\s+\w+)?)"""
                          r"""\s+(?:said|says|added|adds|told\s+(?:AFP|reporters|journalists|the\s+\w+))\s*\.$""")
_OWN_WORDS = frozenset("i'm i've i'd i'll we we're we've we'd we'll us our ours me my you you're your".split())
_OWN_OPENING_RE = re.compile(r"^(?:This|That)\s+(?:is|was|will|would|has|had|must|should)\b")
_QUOTE_MARKS = ('"', "``", "''", "\u201c", "\u201d")


def bare_quote(text: str) -> bool:
    """A speaker's own words with no quotation marks, closed by a speech tag (`BARE_QUOTE`).

        >>> bare_quote("This was a victory for hard work, he said.")
        True
        >>> bare_quote("All workers had returned to work Monday, he said.")
        False
    """
    if not BARE_QUOTE or any(mark in text for mark in _QUOTE_MARKS):
        return False
    text = text.strip()
    m = _BARE_TAG_RE.search(text)
    if m is None:
        return False
    words = text[:m.start()]
    # (as written: "US troops" is no "us"; a capital only opening the sentence, or "I")
    return bool(_OWN_OPENING_RE.match(words)) or any(
        (w if i or not w[1:].islower() else w.lower()).replace("\u2019", "'") in _OWN_WORDS or w == "I" or w.startswith(("I'", "I\u2019"))
        for i, w in enumerate(_words(words)))


# Session 20 (prec15): a statement naming people ("The dead women were named as Gemma Adams, 25, and
# Tania Nicol, 19"; "The other two were identified as Rawad Jassem Mohammed Abed and Safaa Mohammed
# Ali"; "Police named the two men as ...") tells who they are, not the happening they were part of:
# it meets an inquest into their deaths or the killing itself on their names only (`names_people`,
# `facts._naming_apart`).
NAMING = True
_NAMING_RE = re.compile(r"\b(?:(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:named|identified)"
                        r"|(?:named|identified)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:victims?|dead|men|women|man|woman|"
                        r"boys?|girls?|soldiers?|pair|two|three|four|five|six|seven|eight|nine|ten))\s+as\s+"
                        r"((?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)(?:,|\s+and\b)")
_NAMING_NOT = _NAME_TITLES | frozenset("executive officer captain coach manager head member".split())  # (an appointment)


def names_people(text: str) -> bool:
    """The statement names people as someone (`NAMING`): "The victims were named as A, B and C".

        >>> names_people("The dead women were named as Gemma Adams, 25, and Tania Nicol, 19.")
        True
        >>> names_people("Smith was named as Chief Executive Officer, the company said.")
        False
    """
    if not NAMING or ("named" not in text and "identified" not in text):
        return False
    m = _NAMING_RE.search(text)
    return m is not None and _NAMING_NOT.isdisjoint(w.lower() for w in m.group(1).split())


# Session 15 (prec8): a quote's closing speech tag names who speaks, not what happened, as an
# opening "According to X," does (`source_terms`): "``She may have been with Kopp sometime after
# the murder,'' the investigator said." shares "investigator" with "Investigators have been
# searching for Kopp since shortly after the Oct. 23 slaying" only as its speaker
# (`tag_terms`; a TeX-style closing '' ends a quote too).
QUOTE_SOURCE = True


@lru_cache(maxsize=65536)
def tag_terms(text: str) -> frozenset[str]:
    """The terms only a quote's closing speech tag holds (`QUOTE_TAG`'s tag: "..., the
    investigator said."): its speaker, not what happened; empty for a statement that is no
    quote or has no such tag."""
    if not QUOTE_SOURCE or not is_quote(text):
        return frozenset()
    m = _QUOTE_TAG_RE.search(text)
    if m is None:
        return frozenset()
    return frozenset(_terms(_words(text[m.start():]))) - frozenset(_terms(_words(text[:m.start()])))


# Session 15 (prec8): a sum of money, as a currency sign before a number or a currency's name
# after one ("$5 million", "2 million U.S. dollars", "200,000 yuan"): two sums offered months
# apart are two offers (`facts._other_amounts`), where two tolls are one attack's, revised.
_MONEY_RE = re.compile(r"[$€£¥]\s?\d|\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?"
                       r"(?:\s+[A-Z][\w.]*)?\s+(?:dollars?|euros?|pounds?(?!\s+of)|yuan|yen|rupees?|francs?|rubles?|"
                       r"roubles?|marks|pesos?|shekels?|dinars?)\b", re.I)


# Session 17 (dev17): a forecast names what makes it: a survey, an opinion poll, a projection, a
# forecast ("The survey found Kadima was on course to emerge as the largest party with 39 seats
# after the March 28 election"). "poll" only in the singular or after "opinion": "the polls" and
# "went to the polls" are the vote itself.
FORECAST = True
_FORECAST_RE = re.compile(r"\b(?:surveys?|(?:opinion\s+)polls?|poll|forecasts?|projections?)\b", re.I)


def forecast(text: str) -> bool:
    """The text names a forecast (`_FORECAST_RE`): a survey, a poll, a projection."""
    return FORECAST and _FORECAST_RE.search(text) is not None


def gives_money(text: str) -> bool:
    """The text gives a sum of money (`_MONEY_RE`)."""
    return _MONEY_RE.search(text) is not None


def is_fragment(text: str) -> bool:
    """The statement opens on a word in lower case ("of import when running on Python 3.",
    "commands and code paths and start making code work with Python 3."): the tail of a sentence
    the reader split (a wrapped line, a cell), not one of its own. A brand written in lower
    case with a capital inside ("iPhone", "eBay") opens a sentence."""
    m = _WORD_RE.search(text)
    return m is not None and m.start() == len(text) - len(text.lstrip()) and m.group()[0].islower() \
        and m.group() == m.group().lower()


@lru_cache(maxsize=65536)
def names(text: str) -> frozenset[str]:
    """The terms of the capitalised words of the first clause (names of actors and places,
    up to a relative or subordinate word: "The former spy, Alexander Litvinenko, died last
    month in London after ..." -> alexander, litvinenko, london; "Three times, doctors whose
    names ... were killed, most recently when Dr. Barnett Slepian was shot" -> none). The
    first word counts only when a name follows it ("Alexander Litvinenko, who ..."); dates
    are no name."""
    tokens = _words(text)
    out = set()
    for i, t in enumerate(tokens):
        low = t.lower()
        if i and low in _CLAUSE_ENDS:
            break
        if not t[0].isupper() or low.rstrip(".") in _DATE_WORDS:
            continue
        if i == 0 and not (len(tokens) > 1 and tokens[1][0].isupper()):
            continue
        key = _term(t)
        if DEMONYMS and key in _COUNTRY_OF and _demonym_at(tokens, i):
            key = _COUNTRY_OF[key]  # ("Israeli forces withdrew": Israel acts, as its terms say)
        if key:
            out.add(key)
    return frozenset(out)


def first_name(text: str) -> frozenset[str]:
    """The term of a capitalised first word that `names` leaves out (it may be a name, "Russia
    has denied", or only the start of the sentence, "Suspected bombs")."""
    m = _WORD_RE.search(text)
    key = _term(m.group()) if m and m.group()[0].isupper() and m.group().lower() not in _DATE_WORDS else ""
    return frozenset((key,)) if key else frozenset()


@lru_cache(maxsize=65536)
def actor_names(text: str) -> frozenset[str]:
    """The names (`names`, a first word included) written before the statement's main verb
    (`main_verb`): who or what acts, not whom or what it acts on ("Macedonia's president on
    Wednesday sent a letter" -> macedonia; "Granting candidate status like that would send a
    strong political signal to the former Yugoslav republic of Macedonia" -> none). None when
    no main verb is read."""
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if not verb:
        return frozenset()
    before = " ".join(tokens[:at])
    return names(before) | first_name(before)


@lru_cache(maxsize=65536)
def actor_terms(text: str) -> frozenset[str]:
    """The terms of the lower-case words written before the statement's main verb (`main_verb`),
    up to a relative or subordinate word as `names`: who or what acts, described, not named
    ("His mother died trying to smuggle Elian" -> mother; "The boy's mother and 10 other people
    died" -> boy, mother; "Three doctors whose patients knew Alexander Litvinenko died" ->
    doctor). None when no main verb is read."""
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    out = set()
    for i, token in enumerate(tokens[:at] if verb else ()):
        if i and token.lower() in _CLAUSE_ENDS:
            break
        if token[0].islower() or token.lower().endswith("'s"):
            key = _term(token)
            if key and key not in GENERIC:
                out.add(key)
    return frozenset(out)


def is_name(token: str, first: bool) -> bool:
    """A capitalised word that is not the first of its sentence: a likely name (actor, place)."""
    return not first and token[:1].isupper() and token.lower() not in STOP_WORDS


# ---------------------------------------------------------------------- the main verb

# Auxiliaries: the verb that follows them is the happening ("was shot", "has been charged",
# "will join"); alone they are a copula ("was the mainstay"), no happening.
_AUX = frozenset("is are was were be been being has have had will would shall should can could may might must "
                 "did does do".split())
# Words between an auxiliary and its verb.
_BETWEEN = frozenset("not never also still just already reportedly allegedly then later been being "
                     "n't".split())
# Reporting frames: the fact is the clause they report, not the saying ("X said Friday she
# would visit" -> visit; "..., officials said" -> the verb before).
_FRAME = frozenset("say says said tell tells told report reports reported add adds added announce "
                   "announced announces state stated states claim claimed believe believed think thought "
                   "quote quoted according indicate indicated indicates confirm confirms confirmed".split())
# Verbs and adjectives of intention, plan and expectation: the happening is the verb of their
# "to" clause, whatever the tense or modality ("they plan to appeal" / "they will appeal"; "Bush
# is expected to deliver a speech", "was due to announce", "was to assemble" -> deliver,
# announce, assemble).
_CONTROL = frozenset("""
plan plans planned planning intend intends intended vow vows vowed threaten threatens threatened decide
decides decided agree agrees agreed hope hopes hoped want wants wanted promise promises promised seek seeks
try tries tried refuse refuses refused prepare prepares prepared pledge pledges pledged aim aims aimed
expect expects expected due set scheduled going about likely unlikely ready able unable supposed poised
""".split())
# Past forms of common news verbs that do not end in -ed.
_IRREGULAR = frozenset("""
shot struck hit found fled left held met sent took taken gave given went gone came come led fell fallen rose
risen won lost blew blown tore torn shook shaken broke broken began begun bought sold brought caught fought
kept ran seen saw spoke spoken stood paid sought thrown threw hid hidden dug made set cut beat beaten stole
stolen flew flown drove driven wrote written chose chosen swore sworn slain slew knew known sank sunk bore
borne withdrew withdrawn undertook overthrew overthrown died became thought split
""".split()) | frozenset(_LEMMAS)
# Words that make the next -ed word an adjective or noun ("the wounded", "a suspected bomb").
_DETERMINERS = frozenset("the a an this that these those his her their its our my your some any no "
                         "of by for with in on at to from".split())
_RELATIVE = frozenset("who whom whose which where when".split())
_NEGATION = frozenset("not never n't".split())
_NEGATED = 3  # words before a reporting frame a negation makes it no report ("did not yet say")
# Nouns that name a happening (as stems): as the subject of a statement they are what it
# reports, whatever its verb says of them ("the bombings occurred", "the bomb shook furniture").
HAPPENING_NOUNS = frozenset(stem(w) for w in """
bombing attack killing shooting raid crash strike arrest assault ambush riot earthquake quake flood
storm accident collision coup election vote summit ceremony visit trial verdict fire massacre hijacking
kidnapping invasion
""".split())
# Session 15 (dev14): an outbreak (of a disease, of fighting) is a happening its statement may only
# name: "A bird flu outbreak was reported in Wantang Village ... on October 18 and in Tianchang on
# October 20" (no main verb read: "was reported" frames a report) says the outbreak, as "A bird flu
# outbreak took place in the city on October 20" does. (Its term is "begin", the class of
# "erupt" and "outbreak".)
OUTBREAK_NOUN = True
if OUTBREAK_NOUN:
    HAPPENING_NOUNS |= frozenset({stem("outbreak")})
# Verbs that say only that their subject happened.
LIGHT_VERBS = frozenset("occurred occur occurs happened happen happens took went blew ripped struck tore".split())
_CLAUSE_ENDS = _RELATIVE | frozenset("after before since as while because until".split())
# What is "held" besides talks (`_LIGHT_NOUNS`): an event named by its noun, so that two events
# held on one day in one place are two happenings ("Hu held a welcoming banquet at the Great Hall"
# is not "a grand welcoming ceremony was held at the Great Hall"), and "held" alone, the most
# common verb of diplomatic news, joins nothing. Each noun is its own happening (its stem).
HELD = True
_HELD = tuple((nouns, stem(nouns.split()[0])) for nouns in (
    "banquet banquets", "ceremony ceremonies", "reception receptions", "dinner dinners", "luncheon",
    "conference conferences", "rally rallies", "funeral", "election elections", "referendum", "parade",
    "celebration celebrations", "exercise exercises", "drill drills", "gala", "concert", "festival",
    "exhibition", "seminar", "forum", "summit", "session", "vote", "hearing", "consultations",
    "negotiations", "discussions", "dialogue", "briefing"))
_HOLD = frozenset("hold holds held holding".split())
_HOLD_GAP = 5  # words between "held" and its event, none of them a preposition or a conjunction
_HOLD_STOP = _GAP_STOP | frozenset("at in on for with by during after before as over under against".split())
# Light verbs and the happenings they name as a noun: "made an appeal" is "appealed", "the
# decision was made" is "decided", "gave a warning" is "warned", "filed an appeal" is
# "appealed". The verb says nothing of its own (its term is a stop word or any act's); the
# noun, right after it (a determiner or adjective between) or right before its auxiliary
# (the passive), is what happened. Only these pairs: "made a fortune", "gave birth", "took
# office" stay what they were.
_LIGHT_NOUNS: dict[str, dict[str, str]] = {
    light: {noun: key for nouns, key in table for noun in nouns.split()}
    for lights, table in (
        ("make makes made making", (("decision decisions", "decid"), ("appeal appeals plea pleas", "appeal"),
                                    ("announcement", "announc"), ("apology", "apolog"), ("offer", "offer"),
                                    ("visit", "visit"), ("request", "request"), ("arrest arrests", "arrest"))),
        ("take takes took taken taking", (("decision decisions", "decid"),)),
        ("give gives gave given giving", (("warning warnings", "warn"), ("order orders", "order"),
                                          ("approval", "approv"))),
        ("issue issues issued issuing", (("warning warnings", "warn"), ("order orders", "order"),
                                         ("apology", "apolog"), ("appeal appeals", "appeal"))),
        ("file files filed filing lodge lodged", (("appeal appeals", "appeal"),)),
        ("hold holds held holding", (("talks", "meet"), ("meeting meetings", "meet")) + (_HELD if HELD else ())),
        ("launch launches launched launching", (("appeal appeals", "appeal"),)),
    )
    for light in lights.split()
}
# Words between a light verb and its noun ("made a formal appeal", "gave a stern warning").
_LIGHT_BETWEEN = frozenset("a an the their his her its this another new formal final urgent fresh stern "
                           "strong public further court legal".split())


# Session 24 (prec23, dev14): a headline attributing a claim to its source after a colon, its claim
# read with no verb ("Raising public awareness of bird flu need eliminate misunderstanding: WHO
# expert"; "China to reduce slick impact on downstream Russia: FM spokesman") tells that source's
# words of its report's news, not a saying of days before. The source is a few words opening with a
# capital; a sentence whose first part has a main verb read is no headline ("Only one official was
# ratified in his post: Tourism Minister Rodolfo Elizondo.").
HEADLINE_SAYING = True
_HEADLINE_RE = re.compile(r"^(?P<claim>[^:\n]{15,200}):\s*[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\.?\s*$")


def attributed_headline(text: str) -> bool:
    """`text` is a headline "CLAIM: SOURCE" whose claim has no main verb read (`HEADLINE_SAYING`)."""
    if not HEADLINE_SAYING or ":" not in text or (m := _HEADLINE_RE.match(text.strip())) is None:
        return False
    return not main_verb(m.group("claim"))


@lru_cache(maxsize=65536)
def main_verb(text: str) -> str:
    """The term of the statement's main verb (what it says happened), or "" if none is found:
    "Slepian, 52, an obstetrician, was shot through the window" -> shoot; "The bombings on
    Aug. 7 killed 259 people" -> kill; "Albright said Friday she would visit Nairobi" ->
    visit (the reported clause, not the frame); "The suspected bombings occurred ..." ->
    occur (an -ed word after a determiner is no verb); a relative clause ("who was
    wounded,") is skipped. Rule-based: auxiliaries, -ed forms and a closed list of
    irregular past forms; present tenses ("condemns") are not read."""
    return _main_verb(_words(_without_aside(text)))[0]


# The object of a main verb: the words after it up to a preposition, a conjunction or a comma
# (`verb_object`). Two statements of one verb whose objects differ say two acts ("Judge Amin
# ruled that the audio feed ... be cut" / "Amin ruled a 10-minute break"; "Erakat 'strongly
# condemned' the attack" / "Erakat condemned the decision"; session 13, dev10).
OBJECT = True
_OBJECT_SKIP = frozenset("that the a an this these those his her their its our my your some any "
                         "also again then later several many few dozens hundreds thousands more at least "
                         "one two three four five six seven eight nine ten eleven twelve".split()) | _BETWEEN
_OBJECT_STOP = _GAP_STOP | frozenset("at in on for with by during after before as over under against "
                                     "while because if when where until than".split())
_OBJECT_WORDS = 3     # words of the object read, at most
_OBJECT_RE = re.compile(r"[,;:()]|--|\s[-–—]\s")


@lru_cache(maxsize=65536)
def verb_object(text: str) -> frozenset[str]:
    """The terms of the main verb's object (`main_verb`): after the verb, past "that", a
    determiner, an adverb or a number, up to `_OBJECT_WORDS` words before a preposition, a
    conjunction or a comma: "ruled that the audio feed to journalists ... be cut" -> audio,
    feed; "ruled a 10-minute break" -> minut, break; "condemned the decision, calling ..." ->
    decid. Empty when no verb is read or a preposition follows it ("died in a London
    hospital", "was charged with murder": no object), and when the object is a name or a
    participle ("accused Fatah loyalists of ...", "died trying to ..."): a name may be one actor
    told in other words ("accused the presidential guard of ..."); a count's nouns are skipped
    ("kidnapped several people" / "kidnapped seven foreign workers": one kidnapping)."""
    if not OBJECT:
        return frozenset()
    plain = _without_aside(text)
    tokens = _words(plain)
    verb, at = _main_verb(tokens)
    if not verb or at >= len(tokens):
        return frozenset()
    if verb == _CLAIM_KEY:  # the object of a claim of responsibility is what it is for: "claimed responsibility for the blasts"
        at = next((k for k in range(at + 1, min(len(tokens), at + 6)) if tokens[k].lower() == "for"), len(tokens))
        if at >= len(tokens):
            return frozenset()
    # the text after the verb, cut at the first comma, quote or dash
    pos = 0
    for k in range(at + 1):
        pos = plain.find(tokens[k], pos) + len(tokens[k])
    rest = _words(_OBJECT_RE.split(plain[pos:], 1)[0])
    kept: list[str] = []
    for token in rest:
        low = token.lower()
        if not kept and (low in _OBJECT_SKIP or low.endswith("ly") or token[0].isdigit()):
            continue
        if low in _OBJECT_STOP or len(kept) == _OBJECT_WORDS:
            break
        if not kept and (token[0].isupper() or low.endswith("ing")):
            return frozenset()  # a name ("accused Fatah loyalists", other words for one actor) or a participle
        kept.append(token)
    return frozenset(_terms(kept))


_FUTURE = frozenset("will would shall 'll".split())
_PLAN_TO = frozenset("expected due set scheduled planned plans plan planning going intends intend "
                     "intended".split())  # ("are expected to discuss"; not "is to": "the aim ... is to prevent" is a state)


@lru_cache(maxsize=65536)
def future_main(text: str) -> bool:
    """The main verb (`main_verb`) is said with "will", "would" or "shall" before it, or
    "expected / due / set / going ... to", an adverb or "not" between at most: a plan or an
    intention ("said he would improve India's relations with Pakistan", "are expected to
    discuss Cyprus"), not a done act.

        >>> future_main("Gujral said he would improve relations with Pakistan.")
        True
        >>> future_main("Gujral staked claim to form the government.")
        False
    """
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if not verb:
        return False
    for k in range(at - 1, max(-1, at - 4), -1):
        low = tokens[k].lower()
        if low in _FUTURE or (low == "to" and k > 0 and tokens[k - 1].lower() in _PLAN_TO):
            return True
        if not (low in _BETWEEN or low.endswith("ly") or low in ("be", "have")):
            return False
    return False


def _without_aside(text: str) -> str:
    """The text without a fronted condition (`_without_condition`) and without a relative
    clause set off by commas after its subject that ends on a subordinate clause of its own
    (`_VERB_ASIDE_RE`): their verbs are not the main verb. (Simpler relative clauses are
    skipped by `_main_verb_word` itself.)"""
    text = _without_comparison(_without_condition(_without_dash_aside(without_dateline(text))))[0]
    aside = _VERB_ASIDE_RE.match(text) or _participle_aside(text)
    return aside.group(1) + " " + text[aside.end():] if aside else text


# Session 25 (prec24, dev): words set off between two dashes ("--", "—", a spaced "-" or "–", and
# AQUAINT NYT's " _ ") are an aside: "Based on physical evidence _ including a rifle found in April
# buried near the doctor's house _ officials said they had decided to issue a warrant" says the
# warrant; the rifle's finding is told in passing, as evidence, and its "found" was read as the
# statement's happening (it joined "Investigators said Friday they found a rifle buried near his
# home", the find itself). The aside is left out of the main verb's reading (`_without_aside`) and
# of the main clause's terms (`main_terms`, `own_terms`). Only a pair of one kind of dash with
# words on both sides, the aside holding a verb (not a name in apposition: "a fourth aircraft
# carrier -- the John F. Kennedy -- could head for the Middle East", dev6's link); a single dash
# ("have named a suspect -- anti-abortion activist James Kopp") says what the sentence is about.
DASH_ASIDE = True
_DASH_RE = re.compile(r"(?<!\d)\s(?:_|-|–)\s(?!\d)|\s?(?:--|—)\s?")  # (not a score's "2 - 1")
_DASH_ASIDE_CHARS = 200  # the longest aside, in characters


def _without_dash_aside(text: str) -> str:
    """The text without its first aside between two dashes of one kind (`DASH_ASIDE`)."""
    if not DASH_ASIDE or not ("--" in text or "—" in text or " _ " in text or " - " in text or " – " in text):
        return text  # (a dash of every kind `_DASH_RE` matches: most texts have none, told in C)
    marks = list(_DASH_RE.finditer(text))
    for first, second in zip(marks, marks[1:]):
        if (first.group().strip() == second.group().strip() and second.start() - first.end() <= _DASH_ASIDE_CHARS
                and text[:first.start()].strip() and text[second.end():].strip(" .\"'")
                and _holds_verb(text[first.end():second.start()])):
            return text[:first.start()] + " " + text[second.end():]
    return text


def _holds_verb(aside: str) -> bool:
    """The aside holds a verb (an auxiliary or a past form): a name in apposition ("a fourth
    carrier -- the John F. Kennedy -- could head for the Gulf") is the noun's referent, not an aside."""
    low = [w.lower() for w in _words(aside)]
    return any(w in _AUX or _past(w, low[k - 1] if k else "") for k, w in enumerate(low))


# Session 23 (prec22, dev12): a past participle opening a phrase set off by commas right after the
# subject ("Prime Minister Inder Kumar Gujral, sworn into office earlier in the day, told a
# committee that ..."; "The man, arrested on Monday, was charged") says what the subject underwent,
# told in passing to place it, not what the statement reports: its verb is not the main verb (the
# statement says the telling, the charge), nor its words the main clause's (`main_terms`). The same
# holds after a noun the opening words end on ("The vote will be a key step in returning Eastern
# Slavonia, captured by Serbs in 1991, to Croatian control" tells the vote, the capture in
# passing). Only when a lower-case word other than a conjunction follows the closing comma (the
# main clause goes on: "Police arrived, stormed the building, and freed the hostages" is a series
# of verbs, and the opening words' own verb is read first anyway).
PARTICIPLE_ASIDE = True
_PARTICIPLE_ASIDE_RE = re.compile(r"^([^,]{1,60}?),\s+(?:[a-z]+ly\s+)?([a-z]+)\b[^,]{0,120},\s+(?=([a-z]+)\b)(?!(?:and|or|but|then|nor)\b)")


def _participle_aside(text: str) -> "re.Match[str] | None":
    """The match of a past participle's phrase after the subject (`PARTICIPLE_ASIDE`), or None."""
    if not PARTICIPLE_ASIDE or (m := _PARTICIPLE_ASIDE_RE.match(text)) is None:
        return None
    if not _past(m.group(2), ""):
        return None
    # Only where the verb after the phrase is one the main-verb reader reads (a past form, an
    # auxiliary, a reporting verb it reads through): "Israel, widely considered the region's sole nuclear power, considers Iran its
    # arch-foe because of statements that ... should be wiped off the map" would else be read for
    # a verb inside the noun's clause (wipe), a present tense not being read.
    after = m.group(3)
    return m if after in _AUX or after in _FRAME or _past(after, "") else None


def _without_participle_aside(text: str) -> str:
    """The text without a past participle's phrase after its subject (`PARTICIPLE_ASIDE`): its
    words are told in passing, not in the main clause (`main_terms`)."""
    aside = _participle_aside(text)
    return aside.group(1) + " " + text[aside.end():] if aside else text


# A condition says what would follow if something happened, not that it did (`_without_condition`,
# `_condition_cut`): "If the family refused, INS had threatened to revoke Elian's parole" reports
# the threat, not a refusal; "had threatened to revoke the boy's parole if his great-uncle ... did
# not sign a document" is not the great-uncle's not signing.
_CONDITION = frozenset("if unless".split())
_CONDITION_RE = re.compile(r"\b(?:if|unless)\b")


def _without_condition(text: str) -> str:
    """The text after a fronted "If ..." / "Unless ..." clause closed by a comma (within
    `_FRONT_CHARS`, no quote opened in it), or the text itself."""
    m = _WORD_RE.match(text.lstrip())
    if m is None or m.group().lower() not in _CONDITION:
        return text
    text = text.lstrip()
    comma = text.find(",", m.end(), m.end() + _FRONT_CHARS)
    if comma < 0 or text.find('"', m.end(), comma) >= 0 or text.find("``", m.end(), comma) >= 0:
        return text
    return text[comma + 1:].lstrip()


def _condition_cut(clause: str) -> str:
    """A main clause without the condition that follows it ("... threatened to revoke the boy's
    parole if his great-uncle, Lazaro Gonzalez, did not sign ..." -> "... the boy's parole"): the
    condition runs to the end, whatever commas an apposition puts in it."""
    m = _CONDITION_RE.search(clause, 1)
    return clause[:m.start()] if m else clause


@lru_cache(maxsize=65536)
def hypothetical(text: str) -> bool:
    """A fronted condition ("If ...", "If and when ...", "Unless ...", closed by a comma:
    `_without_condition`) whose main clause says nothing happened: no main verb is read (a
    state or a present: "If and when the relatives' appeal goes to federal court, chances of a
    favorable ruling are slim"; "If convicted, Kopp faces life in prison") or a modal stands
    before it ("If the talks fail, the rebels will resume fighting"; "..., the relatives would
    appeal"). What would follow, not a happening. A past main clause reports one ("If the
    family refused, INS had threatened to revoke Elian's parole"; "If the INS order ... is to
    be contested, Reno ruled correctly that ...")."""
    main = _without_condition(text)
    if main == text:
        return False
    tokens = _words(main)
    verb, at = _main_verb(tokens)
    return not verb or any(t.lower() in _WOULD for t in tokens[:at])


_BE = frozenset("is are was were be been being".split())  # a copula proper ("has 21 members" is held, not a state)


@lru_cache(maxsize=65536)
def is_state(text: str) -> bool:
    """The statement's main clause is a copula and says no happening (no main verb is read and
    its subject names none): "Twenty-four Japanese nationals, including Ambassador Morihisa
    Aoki, were among the captives"; "His own brother Pedro Fujimori was among the hostages,
    who were thought to have been freed safely". A state, not something that happened."""
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if verb:
        return False
    copula = _copula(tokens, at)
    if copula == at or tokens[copula].lower() not in _BE:
        return False
    # (the copula of a fronted "if" or "when" clause is not the main clause's: "If I were an
    # average Iraqi obviously I would make the same comparison")
    return _FRONT_CLAUSE.isdisjoint(t.lower() for t in tokens[:copula]) and not happening(text)


@lru_cache(maxsize=65536)
def said_now(text: str) -> bool:
    """The main verb is a present passive or progressive ("Around 27,000 of the 47,000 US
    troops in Japan are based in Okinawa"): what holds now, as a state does, not a happening
    to set against one (`is_state`)."""
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if not verb:
        return False
    k = at - 1
    while k >= 0 and tokens[k].lower() in _BETWEEN:
        k -= 1
    return k >= 0 and tokens[k].lower() in _PRESENT_COPULA


@lru_cache(maxsize=65536)
def happening(text: str) -> tuple[str, ...]:
    """What the statement says happened: its main verb's term, or, when that verb only says
    that its subject happened (`LIGHT_VERBS`: "The suspected car *bombings* occurred", "The
    *bombs* went off"), the happening nouns of the subject (`HAPPENING_NOUNS`); () if none is
    found. A happening named elsewhere ("The doctor's wife was in the kitchen when the
    shooting occurred", "The bombings have frightened away travelers") is not it."""
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    copula = _copula(tokens, at)
    if copula < at:  # "The bomb was so powerful that it shook furniture": about the bomb
        nouns = _happening_nouns(tokens[:copula])
        if nouns or not verb:
            return nouns
    if CAUSED_BY and verb and (cause := _cause_at(tokens, at)):
        return cause  # ("The toxic spill resulted from a blast": the blast)
    if verb and (tokens[at].lower() not in LIGHT_VERBS or verb == _BEGIN_KEY or verb in _PHRASAL_KEYS or (
            AGREE_DEAL and verb == _AGREE_KEY)):
        return (verb,)  # ("took effect": the subject's beginning, `TAKES_EFFECT`)
    if not verb:  # ("went off", "took place": stop words) the subject ends the first clause
        at = next((i for i, t in enumerate(tokens) if t.lower() in _CLAUSE_ENDS), len(tokens))
    nouns = _happening_nouns(tokens[:at])
    if OCCURRED_WHEN and (when := _occurred_when(tokens, at, nouns)):
        return tuple(dict.fromkeys(nouns + tuple(k for k in map(_term, tokens[:at]) if k in GENERIC_INCIDENTS) + when))
    return nouns


# session 15 (dev13b): an incident named by a general word ("accident", "incident", "disaster",
# "tragedy") that a light verb says happened, then a "when" clause saying what it was: "The
# accident occurred on Tuesday night when a methane gas explosion ... shook the ... coal mine" says
# the explosion (`happening` gives both nouns; `when_happening` gives the clause's for the head
# terms, `facts._heads_meet`), as "were killed in a methane gas explosion" does; not "The accident
# occurred at around 6:40 p.m." (no clause), "The accident occurred when the driver fell asleep"
# (no happening noun in it), nor "The explosion occurred when ..." (a noun of its own kind).
OCCURRED_WHEN = True
GENERIC_INCIDENTS = frozenset(stem(w) for w in "accident incident disaster tragedy".split())
_WHEN_SPAN = 8  # words of the "when" clause read for its happening nouns


def _occurred_when(tokens: list[str], at: int, nouns: tuple[str, ...]) -> tuple[str, ...]:
    """The happening nouns of the "when" clause after a subject (`tokens[:at]`) naming its incident
    by a general word only (`nouns`: its happening nouns, all general), else ()."""
    if not set(nouns) <= GENERIC_INCIDENTS or all(_term(t) not in GENERIC_INCIDENTS for t in tokens[:at]):
        return ()
    for i in range(at, len(tokens)):
        if tokens[i].lower() == "when":
            return tuple(k for k in _happening_nouns(tokens[i + 1:i + 1 + _WHEN_SPAN]) if k not in GENERIC_INCIDENTS)
    return ()


# Session 21 (xrecall6): a happening told as the cause of what the subject names: "The 80-km-long
# toxic spill resulted from a blast at an upstream ... chemical plant on Nov. 13" / "The disaster was
# caused by a chemical plant explosion in Jilin province" / "The blast took place at noon in a
# workshop of the No. 101 Chemical Plant" say the blast, as "The accident occurred when a methane gas
# explosion ..." does (`OCCURRED_WHEN`): the subject is the effect (a spill, a disaster, a fire), the
# happening is the noun of the "from" / "by" phrase (`cause_happening`: the happening nouns of its
# first CAUSE_SPAN words, up to a clause word or a comma; read as head terms by `facts._heads_meet`,
# and as the statement's happening by `happening`). Only these verbs with their preposition right
# after them (an adverb between), each told of its subject: "resulted in" (the effect follows),
# "caused a fire" (the subject is the cause, read as before), "was hit by a car bomb" (another verb),
# "caused by" after a noun ("damage caused by the blast was ...": a reduced relative, not the main
# verb) are not it. And "took place" is a light verb as "occurred" is: its subject is what happened
# (`_took_place`; the main verb was read in a later participle: "The blast took place at noon in a
# workshop ... based in Jilin City" was "base").
CAUSED_BY = True
_CAUSE_PREPOSITION = {"resulted": "from", "results": "from", "result": "from", "stemmed": "from", "stems": "from",
                      "caused": "by", "triggered": "by", "sparked": "by"}
_CAUSE_SPAN = 6  # words of the "from" / "by" phrase read for its happening nouns
_CAUSE_STOP = _CLAUSE_ENDS | frozenset("that and but or".split())
_PLACE_TAKEN = frozenset("took take takes taken taking".split())


def _took_place(low: "_Lower", i: int, n: int) -> bool:
    """low[i] is the verb of "took place" (`CAUSED_BY`): not after a determiner ("the take")."""
    return CAUSED_BY and i + 1 < n and low[i + 1] == "place" and low[i] in _PLACE_TAKEN and (
        i == 0 or low[i - 1] not in _DETERMINERS)


def _cause_at(tokens: list[str], at: int) -> tuple[str, ...]:
    """The happening nouns of the "from" / "by" phrase after the main verb at `at` when it tells the
    subject's cause (`CAUSED_BY`), else ()."""
    n = len(tokens)
    if not CAUSED_BY or at >= n:
        return ()
    prep = _CAUSE_PREPOSITION.get(tokens[at].lower())
    if prep is None:
        return ()
    j = at + 1
    while j < n and tokens[j].lower().endswith("ly") and tokens[j].lower() != "only":
        j += 1
    if j >= n or tokens[j].lower() != prep:
        return ()
    if prep == "by":  # a passive of the main clause: "was (largely) caused by", not "damage caused by"
        k = at - 1
        while k >= 0 and (tokens[k].lower() in _BETWEEN or tokens[k].lower().endswith("ly")):
            k -= 1
        if k < 0 or tokens[k].lower() not in _BE:
            return ()
    end = next((k for k in range(j + 1, min(n, j + 1 + _CAUSE_SPAN)) if tokens[k].lower() in _CAUSE_STOP), min(n, j + 1 + _CAUSE_SPAN))
    return _happening_nouns(tokens[j + 1:end])


@lru_cache(maxsize=65536)
def cause_happening(text: str) -> frozenset[str]:
    """The happening nouns a statement tells as its subject's cause (`CAUSED_BY`: "The toxic spill
    resulted from a blast ..." -> the blast's term), else nothing."""
    if not CAUSED_BY or (" by " not in text and " from " not in text):
        return frozenset()
    clause = _without_aside(text).split(",")[0]
    tokens = _words(clause)
    verb, at = _main_verb(tokens)
    return frozenset(_cause_at(tokens, at)) if verb else frozenset()


@lru_cache(maxsize=65536)
def when_happening(text: str) -> frozenset[str]:
    """The happening nouns an incident named by a general word takes from its "when" clause
    (`OCCURRED_WHEN`, read as `happening` reads a light verb's subject), else nothing."""
    if not OCCURRED_WHEN or "when" not in text:
        return frozenset()
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if _copula(tokens, at) < at or (verb and tokens[at].lower() not in LIGHT_VERBS):
        return frozenset()
    if not verb:
        at = next((i for i, t in enumerate(tokens) if t.lower() in _CLAUSE_ENDS), len(tokens))
    return frozenset(_occurred_when(tokens, at, _happening_nouns(tokens[:at])))


# A present copula: what follows it is said of the subject now ("The murder ... is the latest
# depraved assault"), a comment on a happening, not a report of it.
_PRESENT_COPULA = frozenset("is are".split())


@lru_cache(maxsize=65536)
def named_only(text: str) -> bool:
    """The statement names its happening only as a noun (`happening` gives the subject's
    happening nouns) and says nothing happened: its copula is in the present ("The murder of
    Dr. Barnett Slepian is the latest depraved assault on ...") or no main verb is read (a
    present tense: "His death shows again how tentative the right ... has become"). An
    editorial's comment on a happening, not a report of it; a past copula or a light verb
    reports it ("The bomb was so powerful that it shook furniture", "The bombs went off")."""
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if not verb:
        return bool(happening(text))
    copula = _copula(tokens, at)
    return copula < at and tokens[copula].lower() in _PRESENT_COPULA and bool(_happening_nouns(tokens[:copula]))


# Session 19 (prec13): a comment on a happening, told in the simple present with the happening's
# noun as its subject ("The vote, the third this year, marks a new beginning following the US-led
# invasion in March 2003 ...", "The election represents a turning point", "The visit is seen as a
# sign of warming ties", "The move comes as ...", "The ruling is a blow to ...") is what a writer
# says of the happening, not a report of it: it is not one fact with the happening's reports
# (`facts._commentary_apart`), though it is one with the same comment from another outlet. Not a
# past ("The vote was held on Thursday", "The vote took place peacefully": reports), a plan or a
# progressive ("The vote is due on Thursday", "The vote is being held under tight security"),
# nor a present placing the happening on its day ("The election is on Thursday").
COMMENTARY = True
_COMMENT_DETERMINERS = frozenset("the this that these those its their today's".split())
# nouns of happenings commented on besides `HAPPENING_NOUNS` (an act or a decision: "The move comes as")
_COMMENTED_NOUNS = frozenset(stem(w) for w in """
deal agreement accord ruling decision move meeting talks announcement referendum polls
""".split())
_COMMENT_VERBS = frozenset("""
mark marks represent represents signal signals come comes follow follows reflect reflects underline
underlines underscore underscores highlight highlights mean means constitute constitutes
""".split())
# after a present copula: not a comment but the happening's plan, course or day
_COPULA_NOT = _PLAN_TO | frozenset("to being held slated underway on at in from under over".split())
# Session 20 (xrecall4): a passive of duty after the copula is the happening's plan, as "is due
# to" and "is set to" are, not a comment on it ("The WTO meeting in Hong Kong, which opens later
# Tuesday, is tasked with keeping on track the faltering four-year-old Doha Round"; "The panel is
# charged with drafting ...", "The summit is supposed to settle ..."). Not a comment's passive of
# judgement ("The visit is seen as a sign of warming ties").
DUTY_PLAN = True
_DUTY = frozenset("tasked charged mandated supposed".split())
_COMMENT_SUBJECT = 10  # words before the verb, at most
_COMMENT_ADVERBS = frozenset("yet now also still".split())  # skipped after a copula, as -ly adverbs are
_COMMENT_FRAME = 5  # words of a speaker before a reporting verb, at most ("Analysts say the vote marks ...")
_COMMENT_STOP = frozenset("of for in on by with between to at over against from".split())
_COMMENT_APPOSITIVE_RE = re.compile(r"^([^,;]{1,80}?),\s+[^,;]{1,100}?,\s+(?=[a-z])")


@lru_cache(maxsize=65536)
def comments_on(text: str) -> bool:
    """The statement comments on a happening (`COMMENTARY`): its main clause's subject is a
    happening named by its noun after a determiner ("The vote", "This week's election", "The
    election for a 275-member parliament"; an appositive after it is skipped), and its verb a
    present of comment (`_COMMENT_VERBS`: "marks", "represents", "comes") or a present copula
    not of a plan, a course or a day ("is seen as", "is a blow"; not "is due", "is being held",
    "is on Thursday"). A comment reported is one ("Analysts say the vote marks ...")."""
    if not COMMENTARY:
        return False
    clause = main_clause(text)
    words = clause.split()
    for i in range(1, min(len(words), _COMMENT_FRAME + 1)):  # (the reported clause: "Analysts say the vote marks ...")
        if words[i].lower() in _FRAME:
            clause = " ".join(words[i + 2 if i + 1 < len(words) and words[i + 1].lower() == "that" else i + 1:])
            break
        if words[i].lower() in _AUX or words[i].lower() in _COMMENT_VERBS or words[i].endswith(","):
            break
    m = _COMMENT_APPOSITIVE_RE.match(clause)
    if m:
        clause = m.group(1) + " " + clause[m.end():]
    tokens = _words(clause)
    if not tokens or (tokens[0].lower() not in _COMMENT_DETERMINERS and not tokens[0].lower().endswith("day's")):
        return False
    at = next((i for i, t in enumerate(tokens[:_COMMENT_SUBJECT + 1]) if t.lower() in _COMMENT_VERBS
               or t.lower() in _PRESENT_COPULA), -1)
    if at < 2:
        return False
    subject = [t.lower() for t in tokens[:at]]
    end = next((i for i, w in enumerate(subject) if w in _COMMENT_STOP), len(subject))
    head = subject[end - 1]
    if stem(head) not in HAPPENING_NOUNS and stem(head) not in _COMMENTED_NOUNS:
        return False
    if any(w in _AUX or w in _RELATIVE or w in _FRAME or w == "that" for w in subject):
        return False  # (a clause in the subject: "The one that decides for him is me")
    if tokens[at].lower() in _PRESENT_COPULA:
        j = at + 1
        while j < len(tokens) and (tokens[j].lower() in _BETWEEN or tokens[j].lower() in _COMMENT_ADVERBS
                                   or tokens[j].lower().endswith("ly")):
            if tokens[j].lower() == "being":
                return False  # (a progressive passive: "the polls are being organised by the UN")
            j += 1
        if j >= len(tokens) or tokens[j].lower() in _COPULA_NOT or tokens[j].lower().endswith("ing") or (
                DUTY_PLAN and tokens[j].lower() in _DUTY):
            return False  # ("the flooding is clearly taking its toll", "The verdicts are yet to come")
    return True



@lru_cache(maxsize=65536)
def reports_act(text: str) -> bool:
    """The main clause says an act or a happening took place: a main verb is read and no copula
    comes before it ("Iraq goes to the polls on Thursday", "Iraqis flooded polling stations"),
    or a light verb says its subject happened ("The vote took place peacefully"). Not a copula
    ("The explosion was the largest mine accident in Poland this year", "it is the largest
    mine accident": said of a happening, as a comment is, `comments_on`)."""
    clause = main_clause(text)  # (a fronted source is no act: "According to reports, it is the largest ...")
    tokens = _words(_without_aside(clause))
    verb, at = _main_verb(tokens)
    if _copula(tokens, at) < at:
        return False
    return bool(verb) or (not LIGHT_VERBS.isdisjoint(t.lower() for t in tokens) and bool(happening(clause)))

_COORDINATORS = frozenset("and but ; while".split())


@lru_cache(maxsize=65536)
def happenings_said(text: str) -> tuple[str, ...]:
    """`happening(text)` and the main verbs of its coordinated clauses: "Kopp vanished after
    the shooting, and the car was found abandoned at Newark" -> vanish, find (a statement may
    report two happenings; it says each of them)."""
    text = without_dateline(text)
    tokens = _words(text)
    out = list(happening(text))
    cuts = [i for i, t in enumerate(tokens) if t.lower() in _COORDINATORS] + [len(tokens)]
    for k, j in zip(cuts, cuts[1:]):
        verb, _at = _main_verb(tokens[k + 1:j])
        if verb and (not LIST_PASSING or verb in main_terms(text)):  # (read only for a coordinated verb)
            # (a coordinated verb inside a clause `main_terms` leaves out is that clause's: "was
            # found ... after his mother, stepfather and others died" says no death)
            out.append(verb)
    return tuple(dict.fromkeys(out))


# A coordinated clause with a subject of its own: a coordinator after a comma (or a semicolon),
# then a subject (a name, or a determiner or pronoun and its words) and its verb within a few
# words ("..., but Russia has repeatedly denied that ..."; "...; the car was found ...").
_CLAUSE_RE = re.compile(r"(?:,\s+(?:but|and|while)|;)\s+(?=(?:[A-Z][\w.'’-]*|the|a|an|his|her|their|its|he|she|"
                        r"they|it)\b)")
_CLAUSE_MIN = 4       # words of a clause, at least (else a list's last item: "..., and Tanzania")
_CLAUSE_SUBJECT = 5   # words before its verb, at most


@lru_cache(maxsize=65536)
def clauses(text: str) -> tuple[str, ...]:
    """The coordinated clauses of a statement that have a subject and a main verb of their own:
    each says a happening as a statement of its own would ("Several of his friends have blamed
    the Kremlin for the murder, but Russia has repeatedly denied that it had any involvement"
    -> "Russia has repeatedly denied that it had any involvement"). A list's items ("killed 12
    in Nairobi, and Dar es Salaam") and a verb phrase sharing the first subject ("..., and
    said they would file") are none."""
    out = []
    for m in _CLAUSE_RE.finditer(text):
        rest = text[m.end():]
        tokens = _words(rest)
        if len(tokens) < _CLAUSE_MIN:
            continue
        verb, at = _main_verb(tokens)
        if tokens[0].lower() in _AUX:
            continue
        if verb and 0 < at <= _CLAUSE_SUBJECT:
            out.append(rest)
        elif not verb and m.group().startswith(";") and _predicate(tokens):
            # a semicolon joins two sentences: the clause after it is one, whatever its verb's
            # tense ("Foodstuffs are among the goods being blocked; Iraq imports about
            # three-quarters of its food": a present tense is not read)
            out.append(rest)
    return tuple(out)


def _predicate(tokens: list[str]) -> bool:
    """The first lower-case word after the clause's first word, within `_CLAUSE_SUBJECT`, is
    no preposition or determiner: a verb's place ("Iraq imports ..."), not a list's next item
    ("Mary Jones, 32, of York")."""
    word = next((t for t in tokens[1:_CLAUSE_SUBJECT + 1] if t[0].islower()), "")
    return bool(word) and word not in _DETERMINERS


# Words naming one day: a weekday, or the day of the report.
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
_MONTH_WORDS = _DATE_WORDS - _DAY_WORDS
_DAY_RE = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?")


def names_day(text: str) -> bool:
    """The words name one day: a weekday, "today", "yesterday", "tonight", or a month and
    its day ("called Saturday for early elections", "on Dec. 16"); a year or a month alone
    ("in 1951", "in December") names none."""
    tokens = _words(text)
    for i, t in enumerate(tokens):
        low = t.lower().rstrip(".")
        if low in _DAY_WORDS:
            return True
        if low in _MONTH_WORDS and t[0].isupper() and i + 1 < len(tokens) and _DAY_RE.fullmatch(tokens[i + 1]):
            return True
    return False


@lru_cache(maxsize=65536)
def happenings_named(text: str) -> tuple[str, ...]:
    """`happening(text)` and the happening nouns of the subject of its main verb, whatever the
    verb: "The bombings on Aug. 7 killed 259 people" -> kill, bomb (what a fact's sources
    name; a statement joins on what it says happened, `happening`). The subject ends at a
    copula or a subordinate word ("Rudolph has been on the run since the bombing": no noun)."""
    tokens = _words(text)
    _verb, at = _main_verb(tokens)
    at = min(_copula(tokens, at), next((i for i, t in enumerate(tokens[:at]) if t.lower() in _CLAUSE_ENDS), at))
    return tuple(dict.fromkeys(happening(text) + _happening_nouns(tokens[:at])))


# Words opening a clause that only mentions a happening: a relative clause about a person or a
# thing, a "since" of a standing state. ("when", "after", "while" clauses often say the dated
# happening itself: "was heating soup in his kitchen when he was gunned down".)
_PASSING = frozenset("who whom whose which since".split())
# ", where" after a place opens a relative clause too: "President Hu is in Hanoi for a state visit,
# where he will also attend the APEC leaders' meeting" is the visit; the meeting is mentioned.
# (Only after a comma, as a segment's first word: "the place where he died" is not cut.)
WHERE_PASSING = True
# ... and so does "where" right after a name, comma or not: a proper name needs no restrictive
# clause, so what follows is said of the place in passing ("Song came from Wantang Village in
# Xiangtan County where a bird flu outbreak was reported": where Song came from; "will visit the
# Hunan Provincial Children's Hospital where the sister and brother were treated": the visit).
# Not after a common noun ("visited the place where he died": that clause says which place), nor
# a first word ("Where ...") (session 16, prec9).
WHERE_NAMED = True
_SEGMENT_RE = re.compile(r"[,;:()]|--|\s[-–—]\s")
# Words opening a time clause that mentions another happening when a subject or a determiner
# follows ("was found clinging to an inner tube ... after his mother ... died", "exhorted
# citizens to keep rallying, after the boy's relatives said ...", "following a boat wreck"),
# not when a gerund does: "ruled Chile for 17 years after seizing power in a 1973 military
# coup" is its subject's own dated act (`_passing_at`).
_TIME_PASSING = frozenset("after before following".split())


# Session 15 (prec8): a purpose clause after the object says what the act is for, another
# happening its subject does not do: "Reno lifted the deadline to give Elian's relatives in
# Miami a chance to fight in federal court" is not the relatives fighting; "in order to", "so
# as to", and "to" + give / allow / enable / let / help after a noun (not after a verb of
# intending: "agreed to help", `_CONTROL`; nor an auxiliary: "is to give").
PURPOSE = True
_PURPOSE_VERBS = frozenset("give allow enable let help permit".split())


def _purpose_at(tokens: list[str], i: int) -> bool:
    """tokens[i] opens a purpose clause (`PURPOSE`)."""
    if not PURPOSE or i == 0 or i + 2 >= len(tokens):
        return False
    low, nxt = tokens[i].lower(), tokens[i + 1].lower()
    if low in ("in", "so") and nxt in ("order", "as") and tokens[i + 2].lower() == "to":
        return True
    if low != "to" or nxt not in _PURPOSE_VERBS:
        return False
    before = tokens[i - 1].lower()
    return before.isalpha() and before not in _CONTROL and before not in _AUX and before not in _GAP_STOP and not (
        before.endswith("ed") or before in _IRREGULAR)


# Session 17 (prec10): "that" right after a common noun and right before a past verb or an
# auxiliary, after the main verb, opens a relative clause, as "which" does: "developed symptoms
# ... after eating a chicken that died of bird flu" says no death. Not after a verb of saying or
# any verb form ("said that was wrong": a pronoun), a word of degree ("so ... that"), an
# auxiliary or a preposition; not before a subject ("reported that the boy died", "so powerful
# that it shook furniture": a complement); not before the main verb (it has no closing comma:
# "48 African countries that have diplomatic relations with China are to participate"); and not
# after a happening noun or a phrase opened by one: "stormed the residence in a surprise
# operation that killed one hostage", "the bold attack on the mansion that freed 71 hostages"
# tell the act's own toll and outcome (GUIDELINES: the toll belongs to the attack).
THAT_RELATIVE = True
_THAT_AUX = frozenset("was were is are has have had will would".split())
_THAT_NOT_AFTER = frozenset("so such now fact given provided except".split())
_THAT_ACT_NOUNS = frozenset(stem(w) for w in "operation operations explosion explosions blast blasts incident "
                            "disaster mission offensive attacks raids fires".split())
_THAT_ACT_SPAN = 4  # words before "that" an act noun makes the clause the act's own
_THAT_END_RE = re.compile(r"[,;:()]|--|\s[-–—]\s")


def _that_relative_at(tokens: list[str], i: int) -> bool:
    """tokens[i] is a relative "that" (`THAT_RELATIVE`), the main verb not read here."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i].lower() != "that":
        return False
    before, nxt = tokens[i - 1], tokens[i + 1].lower()
    if not (before.isalpha() and before.islower()) or before in _FRAME or before in _AUX or before in _CONTROL \
            or before in _GAP_STOP or before in _DETERMINERS or before in _THAT_NOT_AFTER \
            or before.endswith(("ed", "ly")) or before in _IRREGULAR:
        return False
    if not (nxt in _THAT_AUX or (nxt.isalpha() and nxt.islower() and (
            (nxt.endswith("ed") and len(nxt) > 4) or nxt in _IRREGULAR))):
        return False
    acts = HAPPENING_NOUNS | _THAT_ACT_NOUNS
    return not any(stem(t.lower()) in acts for t in tokens[max(0, i - _THAT_ACT_SPAN):i])


@lru_cache(maxsize=65536)
def without_relative_that(text: str) -> str:
    """The main clause (`main_clause`) without its relative "that" clauses after the main verb
    (`THAT_RELATIVE`), each from "that" to the next comma or the end; the clause itself when
    there is none."""
    clause = main_clause(text)
    if not THAT_RELATIVE or "that" not in clause:
        return clause
    spans = [m.span() for m in _WORD_RE.finditer(clause)]
    tokens = [clause[a:b] for a, b in spans]
    _verb, at = _main_verb(tokens)
    out, last = [], 0
    for i in range(at + 1, len(tokens)):
        if spans[i][0] >= last and _that_relative_at(tokens, i):
            end = _THAT_END_RE.search(clause, spans[i][1])
            out.append(clause[last:spans[i][0]])
            last = end.start() if end else len(clause)
    return clause if not out else "".join(out) + clause[last:]


def _passing_at(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] opens a clause `main_terms` leaves out (`_PASSING`, `_TIME_PASSING`,
    a purpose clause: `_purpose_at`)."""
    low = tokens[i].lower()
    if low in _PASSING or (WHERE_PASSING and low == "where" and i == 0):
        return True
    if WHERE_NAMED and low == "where" and i > 1 and tokens[i - 1][:1].isupper():
        return True  # (after a name: "... in Xiangtan County where a bird flu outbreak was reported")
    if _purpose_at(tokens, i):
        return True
    if low not in _TIME_PASSING or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if BARE_SUBJECT and nxt[:1].islower() and i + 2 < len(tokens) and _bare_subject(nxt.lower(), tokens[i + 2].lower()):
        return True  # ("the day before authorities issued a material witness warrant")
    if BARE_COMPOUND and nxt[:1].islower() and _compound_subject(tokens, i + 1):
        return True  # ("... have been culled after bird flu outbreaks were reported in Xinjiang")
    return nxt.lower() in _DETERMINERS or nxt.lower() in _PRONOUNS or (nxt[:1].isupper() and not nxt.endswith("ing"))


# Session 15 (prec8): a time clause's subject may be a bare plural noun ("He was last seen Nov.
# 3, the day before authorities issued a material witness warrant", "after police found the
# car"): a noun, then a past form or an auxiliary, opens the clause as a determiner does. Not a
# gerund ("after seizing power"), nor a noun phrase ("after heart surgery in Santiago").
BARE_SUBJECT = True


# Session 16 (prec9): ... and so may a bare compound noun of two or three words ("have been
# culled after bird flu outbreaks were reported", "after peace talks were suspended"): lower-case
# words, none a stop word, a verb form or an adverb, then an auxiliary after its plural (-s) head.
# Not "after heart surgery in Santiago" (no verb), nor a past form after it ("before dawn prayers
# began": prec8 reads no clause there, a noun and a noun).
BARE_COMPOUND = True


def _compound_subject(tokens: list[str], at: int) -> bool:
    """tokens[at:] open with a bare compound noun (two or three words) and its verb."""
    for k in (2, 3):
        if at + k >= len(tokens):
            return False
        words = [t.lower() for t in tokens[at:at + k]]
        if not all(t.isalpha() and t.islower() for t in tokens[at:at + k]):
            return False
        if any(w in _GAP_STOP or w in _AUX or w in _FRAME or w in _DETERMINERS or w in _PRONOUNS or w.endswith(("ing", "ly"))
               or _past(w, "") for w in words):
            return False
        head, verb = words[-1], tokens[at + k].lower()
        if head.endswith("s") and not head.endswith(("ss", "us", "is")) and verb in _AUX and _bare_subject(head, verb):
            return True
    return False


def _bare_subject(noun: str, verb: str) -> bool:
    """`noun verb` after "after / before / following" is a clause's subject and verb."""
    if noun in _GAP_STOP or noun in _AUX or noun in _FRAME or noun.endswith("ing") or _past(noun, ""):
        return False
    return verb in _AUX or _past(verb, noun)


# A happening known only from reports, as the time of the statement's own act: "He spoke after
# reports of a sweeping victory for the ... United Iraqi Alliance" (Hafez speaking; the victory
# is reported, not told: `reported_terms`; session 13, dev10, the lead's reading of AFP
# December 2005).
REPORTED = True
_REPORTED_RE = re.compile(r"\b(?:after|amid|following|despite)\s+(?:\w+\s+)?(?:reports?|rumou?rs?|news|word|claims"
                          r"|allegations|speculation)\s+(?:of|that)\b", re.I)


@lru_cache(maxsize=65536)
def reported_terms(text: str) -> frozenset[str]:
    """The terms after "after / amid / following / despite (...) reports of / that" to the
    sentence's end (`_REPORTED_RE`): a happening the statement knows from reports, not its own;
    empty when there is none or the phrase opens the sentence ("After reports of shooting,
    police sealed off the area": the fronted phrase sets the scene of what follows)."""
    if not REPORTED:
        return frozenset()
    found = _REPORTED_RE.search(text)
    if found is None or not text[:found.start()].strip():
        return frozenset()
    return frozenset(_terms(_words(text[found.end():])))


# Session 15 (prec8): a passing clause whose subject is a list runs past the list's commas
# ("was found clinging to an inner tube ... after his mother, stepfather and others died in a
# failed attempt"): a segment after the cut that goes on with the list (a lower-case word, then
# "and" / "or" within `_LIST_AT` words, before any verb) is the same clause, left out too.
LIST_PASSING = True
_LIST_AT = 3
_LIST_JOIN = frozenset("and or".split())


def _list_goes_on(tokens: list[str]) -> bool:
    """A segment after a comma continues a list ("stepfather and others died ..."): its first
    word is lower-case and no grammar word, and "and" / "or" comes within `_LIST_AT` words,
    none of them an auxiliary, a reporting verb or a past form before it."""
    if not LIST_PASSING or len(tokens) < 2 or not tokens[0][0].islower():
        return False
    low = tokens[0].lower()
    if low in _GAP_STOP or low in _DETERMINERS or low in _AUX or low in _PRONOUNS or _past(low, ""):
        return False
    for j in range(1, min(len(tokens), _LIST_AT + 1)):
        w = tokens[j].lower()
        if w in _LIST_JOIN:
            return True
        if w in _AUX or w in _FRAME or _past(w, tokens[j - 1].lower()):
            return False
    return False


@lru_cache(maxsize=65536)
def main_terms(text: str) -> frozenset[str]:
    """The terms of the main clause (`main_clause`) outside its relative clauses and "since"
    clauses (`_PASSING`), each taken from its first word to the next comma or the end: what
    the statement says, without what it mentions in passing ("Taki also paid
    tribute to two soldiers and one hostage who died in the raid" -> no "die"; "Sanchez, a
    former hostage who has entered the compound since the crisis began December 17, spoke"
    -> no "begin"). A condition after the main clause ("... if his great-uncle did not sign",
    `_condition_cut`) and a relative clause inside the subject (`_without_subject_relative`)
    are left out too; not the verb of a predicate noun's relative clause when it is the main verb
    (`PREDICATE_RELATIVE`: "was a woman ..., who died on Nov. 10" -> die)."""
    kept: list[str] = []
    cut = False  # (the previous segment ended in a clause left out)
    for segment in _SEGMENT_RE.split(_condition_cut(main_clause(_without_subject_relative(_without_participle_aside(_without_dash_aside(text)))))):
        tokens = _words(segment)
        if cut and _list_goes_on(tokens):
            continue  # (the left-out clause's subject is a list: "after his mother, stepfather and others died")
        cut = False
        for i, token in enumerate(tokens):
            if (i or kept) and _passing_at(tokens, i):
                cut = True
                break
            kept.append(token)
    if PREDICATE_RELATIVE and (verb := _predicate_verb(_words(_without_aside(text)))):
        return frozenset(_terms(kept)) | {verb}  # (a predicate's relative clause says the happening)
    return frozenset(_terms(kept))


# The happenings that count a happening's dead and hurt ("were killed in an explosion"): they
# belong to the happening they are set in (GUIDELINES: the toll belongs to the attack).
TOLL = frozenset({"kill", "injur"})
# Prepositions that make a happening noun the setting of another act: "was led into a building
# ... in the assault", "fired back during the raid"; and adjectives between them and the noun.
_SETTING = frozenset("in during amid".split())
_SETTING_ADJ = frozenset("surprise bold daring dawn daylight military police army deadly failed brief".split())


@lru_cache(maxsize=65536)
def own_terms(text: str) -> frozenset[str]:
    """`main_terms` without what sets the scene: a happening noun after "in", "during" or "amid"
    (with its determiner and adjectives). What is left is what the statement itself reports
    ("One of the two was first led into a building ... in the assault" -> no "raid"). (A
    participle clause, ", killing one soldier", is not cut: "Suspected bombs exploded ...,
    killing dozens of people" is the bombing's toll.)"""
    kept: list[str] = []
    cut = False
    for segment in _SEGMENT_RE.split(_condition_cut(main_clause(_without_subject_relative(_without_participle_aside(_without_dash_aside(text)))))):
        tokens = _words(segment)
        if cut and _list_goes_on(tokens):
            continue  # (as in `main_terms`)
        cut = False
        i = 0
        while i < len(tokens):
            token = tokens[i]
            low = token.lower()
            if (i or kept) and _passing_at(tokens, i):
                cut = True
                break
            if low in _SETTING:
                j = i + 1
                while j < len(tokens) and (tokens[j].lower() in _LIGHT_BETWEEN or tokens[j].lower() in _SETTING_ADJ):
                    j += 1
                if j < len(tokens) and j > i + 1 and stem(tokens[j]) in HAPPENING_NOUNS:
                    i = j + 1
                    continue
            kept.append(token)
            i += 1
    return frozenset(_terms(kept))


# Words opening a clause whose day is another happening's when the clause has a verb of its own
# (`_clause_verb`): a time clause before or after the statement's own happening ("was placed in
# his care after being found ... last Thanksgiving"), a "since" of a standing state ("has been
# the focus of a custody battle since he was found ... on Nov. 25"). Not "when", "as",
# "while" (the same time), nor "until" (a bound of the statement's own happening: "extended its
# deadline until 9 a.m. Tuesday"); nor a noun phrase, whose day may be either's ("was in
# serious condition ... after heart surgery in Santiago Sunday").
_DAY_PASSING = frozenset("after before following since".split())
# Holidays named as a day ("last Thanksgiving"), first words of `vocab.HOLIDAYS`.
_HOLIDAY_WORDS = frozenset(k.split()[0].strip("'") for k in HOLIDAYS if k.split()[0] != "the") | {"fourth"}
_HOLIDAY_DAY = frozenset("independence veterans boxing memorial labor election mother's father's".split())


def _clause_verb(tokens: list[str], start: int, end: int) -> bool:
    """tokens[start:end], after a subordinator, hold a verb: a gerund first ("after being
    found", "since leaving"), an auxiliary or a past form ("since he was found", "after his
    mother died")."""
    if start < end and tokens[start].lower().endswith("ing") and tokens[start][0].islower():
        return True
    for j in range(start, end):
        low = tokens[j].lower()
        if low in _AUX or _past(low, tokens[j - 1].lower() if j else ""):
            return True
    return False


def _names_day_at(tokens: list[str], i: int) -> bool:
    """tokens[i] names one day: a weekday, "today", "yesterday", "tonight", a month and its day
    or a day and its month ("Nov. 25", "25 November"), a holiday ("Thanksgiving", "Christmas
    Day"; "Labor Day" with its "Day")."""
    t = tokens[i]
    low = t.lower().rstrip(".")
    if low.endswith(("'s", "’s")):
        low = low[:-2]  # "Monday's attack"
    if low in _DAY_WORDS:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if low in _MONTH_WORDS and t[0].isupper():
        return bool(_DAY_RE.fullmatch(nxt)) or (i > 0 and bool(_DAY_RE.fullmatch(tokens[i - 1])))
    if t[0].isupper() and low in _HOLIDAY_WORDS:
        return low not in _HOLIDAY_DAY or nxt.lower() == "day"
    return False


# Session 22 (prec21): a day as the possessive of a happening named after a preposition ("All 34
# miners trapped in Sunday's coal mine fire ... were confirmed dead after rescuers recovered eight more
# bodies on Wednesday") dates that happening, named in passing; when the text names another day too,
# what it tells is of that other day (the count confirmed on Wednesday), whatever date was read of
# it. `possessive_weekdays` reads both; `facts.POSSESSIVE_DAY_APART` keeps such a statement, when it
# is dated the possessive's weekday (the date read is the named happening's, not its own: "As of 2:00
# p.m. Monday, the death toll rose to 68 in Sunday's coal mine blast" is dated Monday, its own), from
# a statement with a date of its own ("A fatal fire occurred in the Nanshan Coal Mine ... on Nov. 12,
# claiming 34 lives"). "Ten people were hurt in Sunday's blast" (no other day) is the blast's toll.
POSSESSIVE_DAY = True
_POSSESSIVE_AFTER = frozenset("in after since following during from of by at".split())
_WEEKDAY_INDEX = {name: k % 7 for k, name in enumerate(WEEKDAY_WORDS[:7])}


@lru_cache(maxsize=65536)
def possessive_weekdays(text: str) -> frozenset[int]:
    """The weekdays (Monday 0, as `date.weekday`) named as the possessive of a happening after a
    preposition ("in Sunday's fire"), when another day is named that is not such a possessive nor
    a saying's ("on Wednesday", not "said on Monday"); else none (`POSSESSIVE_DAY`).

        >>> sorted(possessive_weekdays("Miners trapped in Sunday's fire were confirmed dead on Wednesday."))
        [6]
        >>> sorted(possessive_weekdays("Ten people were hurt in Sunday's blast."))
        []
        >>> sorted(possessive_weekdays("Police said on Monday that ten people were hurt in Sunday's blast."))
        []
    """
    if not POSSESSIVE_DAY:
        return frozenset()
    tokens = _words(text)
    aside: set[int] = set()
    other = False
    for i, token in enumerate(tokens):
        if not _names_day_at(tokens, i):
            continue
        if token.endswith(("'s", "\u2019s")) and i and tokens[i - 1].lower() in _POSSESSIVE_AFTER:
            if (low := token[:-2].lower()) in _WEEKDAY_INDEX:
                aside.add(_WEEKDAY_INDEX[low])
        elif not (i and tokens[i - 1].endswith(("'s", "\u2019s"))) and REPORTING_VERBS.isdisjoint(
                t.lower() for t in tokens[max(0, i - 2):i]):
            other = True  # (not the month of "Nov. 12's", nor a saying's day: "said on Monday that ...")
    return frozenset(aside) if other else frozenset()


WHERE_ASIDE = True  # ", where voting ended Sunday," is a clause of another happening (session 14, prec7)


# Session 15 (recall6): a relative clause inside the subject ends at the main verb
# (`_without_subject_relative`), so a day after that verb is the main clause's: "An abortion foe
# who is the subject of an international manhunt was charged with murder Thursday" reports a
# Thursday charge; the "who" read as opening a clause of another happening up to the next comma.
PASSING_SUBJECT = True


@lru_cache(maxsize=65536)
def day_in_passing(text: str) -> bool:
    """The text names a day (`_names_day_at`) and every day it names is in a clause that only
    mentions another happening: after a relative pronoun, or in a clause opened by "after",
    "before", "following" or "since" with a verb before the day (`_DAY_PASSING`,
    `_clause_verb`: a gerund's too, "after being found ... last Thanksgiving"), up to the next
    comma, or in such a clause fronted. Its date, if
    the statement has that day, is the mentioned happening's, not its main clause's: "Elian has
    been the focus of an international custody battle since he was found ... on Nov. 25" is
    no report of the 25th. A fronted participle keeps its day ("Rescued on Nov. 25 by
    fishermen ..., Elian has become the subject of a custody battle" tells the rescue), and so
    does a fronted phrase ("On Nov. 25, ..."). False when no day is named: the date was read
    elsewhere, so nothing is known of its clause."""
    return bool(_day_openers(text))


def _day_openers(text: str) -> tuple[str, ...]:
    """The words opening the clauses of another happening that hold every day the text names
    (`day_in_passing`), in order; () when a day is its main clause's or none is named."""
    openers: list[str] = []
    if PASSING_SUBJECT and (cut := _without_subject_relative(text)) is not text and names_day(cut):
        text = cut  # (a day inside the subject's clause stays in passing: "A man who was arrested Monday appeared")
    for segment in _SEGMENT_RE.split(text):
        tokens = _words(segment)
        opened = -1  # the index of the word opening a clause of another happening, if any
        for i, token in enumerate(tokens):
            low = token.lower()
            if opened < 0 and (low in _RELATIVE - {"when", "where"} or low in _DAY_PASSING
                               or (WHERE_ASIDE and i == 0 and low == "where")) and not (
                    low == "following" and i and tokens[i - 1].lower() in _DETERMINERS):
                opened = i  # ("the following day" is a day of its own)
            if _names_day_at(tokens, i):
                if opened < 0 or (tokens[opened].lower() in _DAY_PASSING and not _clause_verb(tokens, opened + 1, i)):
                    return ()
                openers.append(tokens[opened].lower())
    return tuple(openers)


# Session 21 (prec20): a day named only in a "since" clause with a verb of its own ("Elian has
# been the focus of an international custody battle since he was found ... on Nov. 25") is the
# start of the state the main clause tells: the statement is dated by the happening it starts
# from, which it only mentions (`facts.SINCE_START_APART`). The main clause before the "since" is
# a state ("has been", "have remained": `_STATE_PERFECT`); a saying is not ("Since the decision was
# announced Wednesday, they have said they will appeal" reports what was said, dated by its start).
SINCE_START = True
_STATE_PERFECT = frozenset("been remained".split())


@lru_cache(maxsize=65536)
def day_since(text: str) -> bool:
    """Every day the text names is in a "since" clause of another happening (`day_in_passing`):
    the day a standing state began.

        >>> day_since("Elian has been the focus of a custody battle since he was found on an inner tube on Nov. 25.")
        True
        >>> day_since("He was placed in his care after being found on an inner tube last Thanksgiving.")
        False
        >>> day_since("Elian has lived in Miami since Nov. 25.")
        False
        >>> day_since("Since the decision was announced Wednesday, they have said they will appeal it.")
        False
    """
    if not SINCE_START or "since" not in text.lower() or set(_day_openers(text)) != {"since"}:
        return False  # (no "since" anywhere: no clause it opens, and `_day_openers` is not read; speed16)
    tokens = [t.lower() for t in _words(text)]
    at = tokens.index("since")
    return not _STATE_PERFECT.isdisjoint(tokens[:at])


# Session 15 (dev14): an adjective of quality made from a happening's stem says what a thing can do,
# not that it happened: "public awareness of the deadly bird flu virus is crucial" reads no killing
# (its stem gave the term of "kill"). The noun it qualifies still counts: "a deadly blast" -> blast.
QUALITY_ADJ = True
_QUALITY_ADJ = frozenset("deadly".split())


def _happening_nouns(tokens: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for t, k in zip(tokens, map(_term, tokens))
                               if (k in HAPPENING_NOUNS or (NOMINALISED and k in _ACT_NOUNS and _act_noun(t)))
                               and not (QUALITY_ADJ and t.lower() in _QUALITY_ADJ)))


def _act_noun(token: str) -> bool:
    """A subject's word of `_ACT_NOUNS` is their noun, not a participle ("the troops withdrawn")."""
    low = token.lower()
    return not (low.endswith("ed") or low.endswith("ing") or low in _IRREGULAR)


def _copula(tokens: list[str], end: int) -> int:
    """The index of the first auxiliary before `end` that no verb follows (a copula: "was so
    powerful", "is the mainstay"), before any relative or subordinate word; `end` if none."""
    for i in range(end):
        w = tokens[i].lower()
        if w in _CLAUSE_ENDS or w in _FRAME:
            return end
        if w in _AUX:
            j = i + 1
            while j < len(tokens) and tokens[j].lower() in _BETWEEN:
                j += 1
            return end if j < len(tokens) and _verb_after(w, tokens[j].lower()) else i
    return end


def _main_verb(tokens: list[str]) -> tuple[str, int]:
    """The main verb's term and its index ("", len(tokens) if none is found); a verb starting a
    `_PHRASES` phrase gives the phrase's key ("became members" -> join)."""
    return _main_verb_kept(tuple(tokens))


# The words of one statement are read for their main verb by several readers in turn (its
# actor, its subject, `names_actor_only`, its happening): the last few are kept (speed15; a
# few, not one a text: the key holds the words).
@lru_cache(maxsize=2048)
def _main_verb_kept(tokens: tuple[str, ...]) -> tuple[str, int]:
    return _main_verb_read(list(tokens))


def _main_verb_read(tokens: list[str]) -> tuple[str, int]:
    verb, at = _main_verb_word(tokens)
    if verb and tokens[at] in _PHRASE_TOKENS:
        before = min(at, 3)  # (the words before it: a phrasal verb's passive, `_phrasal_refused`)
        for i, _j, key in _phrases(tokens[at - before:at + _PHRASE_SPAN]):
            if i == before:
                return key, at
    if verb and COUNT_VALUE and tokens[at] in _COUNT_VALUE_VERBS and _count_value_at(tokens[at:at + 3]) == [0]:
        return _COUNT_VALUE_KEY, at  # ("stood at 35" / "climbed to 35": the count's value)
    return verb, at


def _light_noun(tokens: list[str], low: "_Lower", at: int, n: int) -> str:
    """The happening a light verb at `at` names as a noun (`_LIGHT_NOUNS`): its object ("made
    an urgent appeal" -> appeal) or, after an auxiliary, its passive subject ("the decision was
    made" -> decid); "" if none."""
    table = _LIGHT_NOUNS.get(low[at])
    if table is None:
        return ""
    j = at + 1
    while j < n and j - at <= 3 and low[j] in _LIGHT_BETWEEN:
        j += 1
    if j < n and low[j] in table:
        return table[low[j]]
    if HELD and low[at] in _HOLD:  # ("held here Saturday a welcoming banquet": any words, no preposition)
        j = next((j for j in range(at + 1, min(n, at + 1 + _HOLD_GAP)) if low[j] in _HOLD_STOP or low[j] in table), n)
        if j < n and low[j] in table:
            return table[low[j]]
    k = at - 1
    while k >= 0 and low[k] in _BETWEEN:
        k -= 1
    if k >= 1 and low[k] in _AUX and low[k - 1] in table:
        return table[low[k - 1]]
    return ""


# Session 15 (dev14): a participle that gives a person's name ("Her brother surnamed He, left hospital
# on November 12", "a 35-year-old female farmer surnamed Xu ... developed fever", "a man named John
# Smith was arrested") is no main verb: the name follows it, capitalised. Only "surnamed" and
# "nicknamed", which are never a sentence's verb: "named" is ("The president named Smith
# ambassador" cannot be told from "a man named John Smith" by the words around it).
NAMING_PARTICIPLE = True
_NAMING_ALWAYS = frozenset("surnamed nicknamed".split())


def _naming_participle(tokens: list[str], low: "_Lower", i: int, n: int) -> bool:
    """tokens[i] is a participle giving a name (`NAMING_PARTICIPLE`)."""
    if not NAMING_PARTICIPLE or i == 0 or i + 1 >= n or not tokens[i + 1][:1].isupper():
        return False
    return low[i] in _NAMING_ALWAYS


# Session 21 (mainverb): a past participle after a determiner and an -ly adverb modifies the noun
# that follows, as one right after the determiner does (`_past`): "the hastily planned trip was
# cancelled" -> cancel, "a newly elected president took office" -> took; not without the
# determiner ("Police quickly arrested him", "He hastily planned the trip", "This effectively led to
# his dictatorship", "These uniformly failed": the verb), nor after a
# noun in -ly ("The family refused", "the assembly passed", "the rally ended": the verb).
ADVERB_PARTICIPLE = True
_ADVERB_DETERMINERS = frozenset("the a an his her their its our my your no".split())  # (not "this", "some": pronouns too)
_LY_NOUNS = frozenset("family assembly rally ally supply reply july italy monopoly anomaly butterfly belly bully "
                      "jelly lily holly homily elderly".split())


def _before_adverb(low: "_Lower", i: int) -> str:
    """The word that decides whether low[i], a past form, is an adjective (`_past`): the word
    before it, or, past an -ly adverb (`ADVERB_PARTICIPLE`), a determiner before that adverb."""
    if i == 0:
        return ""
    before = low[i - 1]
    if (ADVERB_PARTICIPLE and i >= 2 and len(before) > 3 and before.endswith("ly") and before not in _LY_NOUNS
            and (low[i - 2] in _ADVERB_DETERMINERS or low[i - 2].endswith(("'s", "\u2019s")))):
        return low[i - 2]
    return before


# Session 21 (mainverb, dev14): a copula whose predicate noun carries a relative clause ("The first
# victim of the province was a 24-year-old woman farmer ..., who died on Nov. 10") says its
# happening in that clause: the statement tells the woman's death, as "The woman died on November
# 10" does. When no other verb is read, the main verb is the relative clause's verb after a copula
# ("was", "is", "were", "are" with no verb after it) whose predicate is a new person ("a", "an":
# not "The Blue Line was the withdrawal line for Israeli troops who left", "Wilson was under
# pressure from ... Roosevelt, who denounced", "was the first in six weeks for Federer, who has
# clinched", "was a retaliatory move by rebels ... who had suffered", "was a big blow to her fans,
# who have held": a person in a phrase other than a place's "in"/"at", told in passing; nor across a
# reporting verb: "There are a zillion viewpoints," said Johnson, who has advanced degrees") and
# "who"; not "which", whose noun is as often
# one inside a phrase of the predicate ("is the second credit under an assistance announced
# following the October 8 earthquake which killed more than 73,000 people": no killing said), nor
# a relative clause on the subject, before the copula ("The woman, who died on Nov. 10, was a
# farmer": no verb), nor one whose own verb is a copula ("was a woman who was 24"), nor one on a
# class the subject is one of ("He was one of three doctors who performed abortions in the Buffalo
# area", "among those who"): that names the class, a state its statements share whatever their
# dates (dev's pair). The verb is a head term (`_head`) and a main-clause term (`main_terms`): the
# happening said, not one in passing.
PREDICATE_RELATIVE = True
_COPULAS = frozenset("is are was were".split())
_NEW_PERSON = frozenset("a an".split())  # (the predicate's first word)
_PLACE_PREPS = frozenset("in at".split())  # (the only prepositions between it and "who": a place)
_PREDICATE_RELATIVES = frozenset(("who",))


def _relative_verb(tokens: list[str], low: "_Lower", j: int, n: int) -> tuple[str, int] | None:
    """The term and index of the verb of the relative clause from `j` (`PREDICATE_RELATIVE`): its
    first word a past form, or an auxiliary and the verb after it; None if it starts otherwise."""
    k = _skip_between(low, j, n)
    if k < n and low[k] in _AUX:
        k2 = _skip_between(low, k + 1, n)
        return (_term(tokens[k2]), k2) if k2 < n and _past(low[k2], "") else None
    return (_term(tokens[k]), k) if k < n and tokens[k][:1].islower() and _past(low[k], "") else None


def _predicate_verb(tokens: list[str]) -> str:
    """The term of the main verb when it is a predicate noun's relative clause's
    (`PREDICATE_RELATIVE`): what the statement says happened, a head term as a main clause's verb
    is ("The first victim ... was a woman ..., who died on Nov. 10" -> die); "" otherwise."""
    if _PREDICATE_RELATIVES.isdisjoint(t.lower() for t in tokens) or _COPULAS.isdisjoint(t.lower() for t in tokens):
        return ""
    verb, at = _main_verb_word(tokens)
    k = at - 1
    while k > 0 and (tokens[k].lower() in _BETWEEN or tokens[k].lower() in _AUX):
        k -= 1
    return verb if verb and k > 0 and tokens[k].lower() in _PREDICATE_RELATIVES else ""


def _main_verb_word(tokens: list[str]) -> tuple[str, int]:
    low = _Lower(tokens)
    i, n = 0, len(tokens)
    held: tuple[str, int] | None = None  # a reduced relative's participle, if no later verb is read
    predicate: tuple[str, int] | None = None  # a predicate noun's relative clause's verb (`PREDICATE_RELATIVE`)
    copula = -1  # the index of a copula read (`PREDICATE_RELATIVE`)
    while i < n:
        w = low[i]
        if w in _CAME and i > 0 and _came_after(low, i, n):
            return "", n  # ("Agassi's withdrawal came just minutes after Nadal pulled out": not the pulling out)
        if w in _NAMING_ALWAYS and _naming_participle(tokens, low, i, n):  # (a set test first: most words are none)
            i += 2  # (the participle and the name's first word)
            continue
        if w in _VOTE_GO and _goes_to_the_polls(low, i, n):
            return _VOTE_KEY, i  # ("Iraq goes to the polls": a present or irregular form the rest does not read)
        if w in _EFFECT_VERBS and _takes_effect(low, i, n):
            return _BEGIN_KEY, i  # ("A ceasefire ... went into effect", "took effect": irregular forms, as above)
        if w in _PLACE_TAKEN and _took_place(low, i, n):
            return "", n  # ("The blast took place at noon ... based in": the subject happened, as for "occurred")
        if w in _PHRASAL_LIGHT and PHRASAL_VERBS and i > 0 and low[i - 1] not in _DETERMINERS:
            key = _phrasal_at(tokens, i)
            if key:
                return key, i  # ("Rebels took over the town", "was put off until Thursday": light forms, as above)
        if w in _FRAME and any(low[k] in _NEGATION for k in range(max(0, i - _NEGATED), i)):
            return "", n  # a report not made says no happening: "has not yet confirmed that he will meet"
        if (w in _RELATIVE and i > 0) or (w == "that" and _subject_relative(tokens, low, i)):
            if PREDICATE_RELATIVE and copula >= 0 and predicate is None and w in _PREDICATE_RELATIVES and all(
                    low[k] not in _FRAME and (low[k] not in _DETERMINERS or low[k] in _PLACE_PREPS) for k in range(copula + 2, i)):
                predicate = _relative_verb(tokens, low, i + 1, n)
            i = _relative_coordinated(low, _past_verb(low, i + 1, n), n)  # the relative clause's own verb is not the main one
            continue
        if w in _AUX:
            j = _skip_between(low, i + 1, n)
            if j + 1 < n and low[j] == "to" and tokens[j + 1][0].islower():
                j += 1  # "was to assemble"
            elif j < n and low[j] in _CONTROL:
                j = _infinitive(tokens, low, j, n)  # "is expected to deliver", "was due to announce"
            if j < n and _frames_that(low, j, n):
                i = j + 1
                continue
            if j < n and (_verb_after(w, low[j]) or low[j - 1] == "to"):
                if low[j] in _FRAME and any(low[k] in _NEGATION for k in range(i + 1, j)):
                    return "", n  # "did not say he would resign": no happening
                key = _BEGIN_KEY if low[j] in _EFFECT_VERBS and _takes_effect(low, j, n) else (
                    "announc") if _announces_a(low, j, n) else _CLAIM_KEY if _claims_responsibility(low, j, n) else "" if (
                    low[j] in _FRAME and low[j - 1] != "to") else (_light_noun(tokens, low, j, n) or _term(tokens[j]))
                if key:
                    return key, j
                i = j + 1
                continue
            if copula < 0 and w in _COPULAS and j < n and low[j] in _NEW_PERSON:
                copula = j - 1
        elif w in _THAT_FRAMING and _frames_that(low, i, n):
            pass  # "Experts estimated that ... pollutants ... flew into the Songhua River": the clause's verb
        elif tokens[i][0].islower() and (w not in _FRAME or _announces_a(low, i, n) or _claims_responsibility(low, i, n)) and (
                w in _CONTROL and _infinitive(tokens, low, i, n) != i or _past_form(w) and _past(w, _before_adverb(low, i))):
            if _agent_participle(tokens, low, i, n):
                if not held:
                    held = (_term(tokens[i]), i)
                i += 2  # (a reduced relative: "the event jointly held by the ITF, ..., had promised")
                continue
            i = _infinitive(tokens, low, i, n)  # "they plan to appeal", "vowed to appeal"
            key = "announc" if _announces_a(low, i, n) else _CLAIM_KEY if _claims_responsibility(low, i, n) else (
                _light_noun(tokens, low, i, n) or _term(tokens[i]))
            if key:
                return key, i
        i += 1
    return held if held else predicate if predicate else ("", n)


# Session 16 (dev15): "X came (a span) after Y" dates X by Y; Y is a reference told in passing, not
# what the statement says happened: "Agassi's withdrawal came just minutes after Spanish teenager
# Rafael Nadal pulled out" says the withdrawal (its subject; `happening` then reads the subject's
# happening nouns, as for "occurred"), not Nadal's pulling out; "The mourning period ... came after
# all 23 miners trapped ... were confirmed dead" is no confirmation. Only "came/comes/come" with
# "after", "before", "amid" or "as" at most five span words later ("just", "minutes", "two days",
# "shortly", "a week"); "He came to Shanghai after the final" (a place between) keeps reading on.
CAME_AFTER = True
_CAME = frozenset("came comes come".split())
_CAME_SPAN = frozenset("just only barely shortly soon less than more a an one two three four five six seven eight "
                       "nine ten few several hours hour minutes minute days day weeks week months month years year "
                       "moments moment".split())
_CAME_REFERENCE = frozenset("after before amid as".split())


def _came_after(low: "_Lower", i: int, n: int) -> bool:
    """low[i] is "came" and a reference clause follows it (`CAME_AFTER`)."""
    if not CAME_AFTER:
        return False
    k = i + 1
    while k < n and k - i <= 5 and (low[k] in _CAME_SPAN or low[k][:1].isdigit()):
        k += 1
    return k < n and low[k] in _CAME_REFERENCE


# Session 16 (dev15b): the reference clause of "X came (a span) after Y" gives no terms to link on
# (`CAME_AFTER` reads X's happening; this reads X's words): Y is told in passing to date X, so two
# statements dated by one reference ("The move came one day after the Boston Red Sox ... signed
# Japanese pitcher Daisuke Matsuzaka" / "The move comes less than two weeks after ... Boston signed
# Daisuke Matsuzaka": two teams' moves) are not one happening on Y's words, and neither is X with
# Y's own reports. The terms, head terms and subject are read from the words before "came" (the span
# and Y are left out): "The withdrawal of Agassi came after Nadal pulled out" keeps agassi and
# withdrawal; a subject that names nothing of its own ("The move", "The decision", "This", "It")
# is left with one term or none, below every link's bar (MIN_SHARED, JOIN_TERMS, STORY_TERMS).
# Only when "came" is the main verb: no verb is read before it ("He said the talks, which began
# Monday, came after ..." reads its subject; "Police arrested him when he came after dark" does not
# cut: "arrested" is read first).
CAME_REFERENCE = True
_CAME_HINT_RE = re.compile(r"\bcome?s?\b|\bcame\b", re.I)
_CAME_WORDS = ("com", "cam")  # (one is in every match: `_may_say`)


def _came_hint(text: str) -> bool:
    """A "come" / "came" in the text (`_CAME_HINT_RE`; "com" or "cam" in it first, in C)."""
    return _may_say(text, _CAME_WORDS) and _CAME_HINT_RE.search(text) is not None


def came_cut(text: str) -> bool:
    """`read` leaves out the reference clause of the statement's "X came (a span) after Y"
    (`CAME_REFERENCE`): its terms are X's words only, `read(text, whole=True)` gives all."""
    if not CAME_REFERENCE or not _came_hint(text) or is_credit(text):
        return False
    if "://" in text or "www." in text:
        text = _URL_RE.sub(" ", text)
    return len(without_reference(text)) < len(text)


@lru_cache(maxsize=65536)
def without_reference(text: str) -> str:
    """The text up to the "came" of its "X came (a span) after Y" (`CAME_REFERENCE`), or `text`."""
    tokens = _words(text)
    low = _Lower(tokens)
    n = len(tokens)
    for i in range(1, n):
        if low[i] in _CAME and _came_after(low, i, n):
            if _main_verb_word(tokens[:i]) != ("", i):
                return text  # another verb is the main one
            at = 0
            for _ in range(i + 1):
                at = _WORD_RE.search(text, at).end()  # type: ignore[union-attr]
            return text[:at - len(tokens[i])]
    return text


# Session 16 (dev15): a past participle right after a noun (an adverb allowed between) and
# followed by "by" and its agent is a reduced passive relative, not the main verb: "Wang Liqun,
# deputy director for the event jointly held by the International Tennis Federation ..., had
# promised Tuesday that ..." -> promise; "Two hostages held by rebels were freed" -> free. The
# participle stays the verb when no later verb is read ("The summit, organized by the UN."); not
# a count's "by" ("Prices rose by 5 percent"), nor after a pronoun, a name, "to" or the first word
# ("He stopped by the office", "Kopp passed by the house"): an active verb there.
AGENT_PARTICIPLE = True
_AGENT_NOT = frozenset("about around nearly almost some more less over far up just only half a an one two three four "
                        "five six seven eight nine ten dozen dozens hundreds thousands".split())
_AGENT_SUBJECTS = frozenset("i you he she it we they who which that this there".split())


def _agent_participle(tokens: list[str], low: "_Lower", i: int, n: int) -> bool:
    """tokens[i], a past form, is a reduced passive relative (`AGENT_PARTICIPLE`)."""
    if not AGENT_PARTICIPLE or i + 2 >= n or low[i + 1] != "by" or tokens[i + 2][0].isdigit() or low[i + 2] in _AGENT_NOT:
        return False
    k = i - 1
    while k >= 0 and low[k].endswith("ly") and low[k] not in ("only",):
        k -= 1
    return k >= 1 and tokens[k][0].islower() and low[k] not in _AGENT_SUBJECTS and low[k] not in _AUX and low[k] != "to"


# "announce" frames a report ("Jiang Yu announced here Tuesday", "announced that ..."), but
# announcing *a* thing is an act of its own, the commonest of diplomatic news ("Hu announced a
# package of measures", "China will announce a package of ... projects"): the main verb
# (`ANNOUNCE_A`, and the "announc" phrase of `_PHRASES` for its term).
_ANNOUNCE = frozenset("announce announces announced announcing".split())


_ANNOUNCE_WHEN = frozenset("few day week month year couple fortnight while".split())  # "announced a month ago"


def _announces_a(low: "_Lower", j: int, n: int) -> bool:
    """The word at `j` is "announce(d)" and an indefinite article follows: "announced a package";
    not a time ("announced a few days ago that ...", "nominations announced a month ago")."""
    return (ANNOUNCE_A and low[j] in _ANNOUNCE and j + 1 < n and low[j + 1] in ("a", "an")
            and not (j + 2 < n and low[j + 2] in _ANNOUNCE_WHEN))


# Session 14 (dev11): verbs of finding out that frame the clause after their "that" as "said" does:
# "Experts estimated that around 100 tons of pollutants containing benzene flew into the Songhua
# River" says the pollutants flowed ("our observation showed pollutants ... had flown into the
# Songhua River"); "estimated the damage at ..." keeps its verb.
THAT_FRAME = True
_THAT_FRAME = frozenset("estimate estimates estimated show shows showed shown".split())


def _frames_that(low: "_Lower", j: int, n: int) -> bool:
    """The word at `j` is a `_THAT_FRAME` verb and "that" follows it (`THAT_FRAME`), or a
    promise's (`_promises_that`)."""
    return (THAT_FRAME and low[j] in _THAT_FRAME and j + 1 < n and low[j + 1] == "that") or _promises_that(low, j, n)


# Session 16 (dev15): a promise that something will happen reports it as "said" does: "Wang Liqun
# ... had promised Tuesday that tennis fans will be compensated" says the compensation, as "Tennis
# fans will be compensated ..., said senior officials ... on Tuesday" does, and the one who
# promises is the claimant, not the actor (`subject`). Only with "that" after the verb (a day
# word, "here" or an adverb between): "promised to help" keeps its "to" clause (`_CONTROL`),
# "promised reforms" and "assured the fans that" (an object first) keep the verb.
PROMISE_THAT = True
_PROMISE_THAT = frozenset("promise promises promised pledge pledges pledged vow vows vowed assure assures "
                          "assured guarantee guarantees guaranteed".split())
_PROMISE_GAP = frozenset("here there on again also repeatedly publicly".split())


# The words `_frames_that` can be true of: `_main_verb_word` tests each word against them first.
_THAT_FRAMING = _THAT_FRAME | _PROMISE_THAT


def _promises_that(low: "_Lower", j: int, n: int) -> bool:
    """The word at `j` is a verb of promise and "that" follows it (`PROMISE_THAT`)."""
    if not PROMISE_THAT or low[j] not in _PROMISE_THAT:
        return False
    k = j + 1
    while k < n and k - j <= 3 and (low[k] in _DATE_WORDS or low[k] in _PROMISE_GAP or low[k].endswith("ly")):
        k += 1
    return k < n and low[k] == "that"


def _claims_responsibility(low: "_Lower", j: int, n: int) -> bool:
    """The word at `j` is "claim(ed)" and "responsibility" or "credit" follows it, after at
    most two day words or adverbs (`CLAIM_RESPONSIBILITY`): the act, not a frame."""
    if not CLAIM_RESPONSIBILITY or low[j] not in _CLAIM:
        return False
    for k in range(j + 1, min(n, j + 4)):
        if low[k] in _RESPONSIBILITY:
            return True
        if low[k] not in _CLAIM_BETWEEN:
            return False
    return False


_CLAIM_BETWEEN = frozenset("again also formally officially today yesterday monday tuesday wednesday thursday "
                           "friday saturday sunday on".split())


def _subject_relative(tokens: list[str], low: "_Lower", i: int) -> bool:
    """The "that" at `i` opens a relative clause inside the subject, before any verb: a noun
    before it (a lower-case word, no preposition or determiner), a subject after it (a name, a
    determiner, a pronoun), and no reporting verb, auxiliary or past form before it ("Visas for
    the entourage of more than 20 teachers, classmates and others that Castro wants to
    accompany the family were not yet approved" -> approv, not accompany). After a verb it is
    the reported clause ("officials said earlier this week that ..."); "In that attack" is a
    determiner."""
    if i == 0 or i + 1 >= len(tokens) or not tokens[i - 1][0].islower():
        return False
    before, after = low[i - 1], tokens[i + 1]
    if before in _FRONT or before in _FRONT_CLAUSE or before in _DETERMINERS or before in _CONDITION or (
            before in _OBJECTS or before.endswith("ing")):
        return False  # ("a message saying that the former dictator held", "I am telling you that I saw")
    if SUBJECT_THAT and after.lower() in _AUX and i + 2 < len(tokens) and low[i + 2] != "to" and (
            _verb_after(after.lower(), low[_skip_between(low, i + 2, len(tokens))])):
        pass  # its own subject: "The coaches of the 32 nations that have qualified for the 2006 World Cup will ..."
    elif not (after[0].isupper() or after.lower() in _DETERMINERS or after.lower() in _PRONOUNS):
        return False
    # (a pronoun is a whole subject: "They complain that Washington's subsidies would ...": a verb)
    return not any(low[k] in _FRAME or low[k] in _AUX or low[k] in _CONTROL or low[k] in _SUBJECT_PRONOUNS
                   or _past(low[k], low[k - 1] if k else "") for k in range(i))


# A "that" whose own subject it is, an auxiliary and its verb after it, opens a relative clause
# too ("A team that has qualified for the World Cup finals must be prepared" -> prepar, not
# qualif: the coaches "of the 32 nations that have qualified" at Friday's draw had joined Zico's
# words "after the World Cup draw there" as one happening, qualifying; session 13, dev10, the
# lead's reading of AFP December 2005).
SUBJECT_THAT = True
_OBJECTS = _PRONOUNS | frozenset("you me him us them".split())
_SUBJECT_PRONOUNS = frozenset("he she they we i you it".split())


def _without_subject_relative(text: str) -> str:
    """The text without a relative clause inside its subject (`_subject_relative`), from its
    "that" to the main verb's auxiliaries: what the subject is said to want or do there is
    mentioned in passing ("Visas for the entourage ... that Castro wants to accompany the family
    were not yet approved" has no "accompany" of its own)."""
    who = SUBJECT_WHO and (" who " in text or " which " in text)
    if " that " not in text and not who:
        return text
    found = list(_WORD_RE.finditer(text))
    tokens = [m.group() for m in found]
    low = _Lower(tokens)
    i = next((i for i, t in enumerate(tokens) if t.lower() == "that" and _subject_relative(tokens, low, i)
              or who and t in _WHO and _subject_who(tokens, low, i)), -1)
    if i < 0:
        return text
    verb, at = _main_verb(tokens)
    if not verb or at <= i:
        return text
    while at - 1 > i and (low[at - 1] in _AUX or low[at - 1] in _BETWEEN):
        at -= 1
    if low[i] in _WHO and (at < _past_verb(low, i + 1, len(tokens)) or "," in text[:found[at].start()] or any(
            low[k] in _CLAUSE_ENDS for k in range(i + 1, at)) or all(
            low[k] in _AUX or low[k] in _BETWEEN or low[k].endswith("ly") for k in range(i + 1, at))):
        return text  # a comma or a clause of its own: the verb read may be the clause's ("who has entered ... since the crisis began")
    return text[:found[i].start()] + text[found[at].start():]


# "who" / "which" opening a relative clause inside the subject, no commas around it: "An abortion
# foe who is the subject of a nationwide manhunt was charged Thursday" says a charge (its head terms
# charg, kill; not abortion, foe, subject), as "James Kopp, who is the subject of ..., was charged"
# does (`_ASIDE_RE`; session 14, recall5, dev).
SUBJECT_WHO = True
_WHO = frozenset("who which".split())
_WHO_AT = 8  # words of the subject before the "who", at most


def _subject_who(tokens: list[str], low: "_Lower", i: int) -> bool:
    """The "who" / "which" at `i` opens a relative clause inside the subject: a noun or a name
    before it, no verb (reporting verb, auxiliary, past form, word of intention) nor pronoun
    subject before it, and at most _WHO_AT words before it."""
    if i == 0 or i > _WHO_AT:
        return False
    before = low[i - 1]
    if before in _FRONT or before in _FRONT_CLAUSE or before in _DETERMINERS or before in _CONDITION or (
            before in _OBJECTS or before in _NAME_JOINERS):
        return False
    return not any(low[k] in _FRAME or low[k] in _AUX or low[k] in _CONTROL or low[k] in _SUBJECT_PRONOUNS
                   or _past(low[k], low[k - 1] if k else "") for k in range(i))


def _infinitive(tokens: list[str], low: "_Lower", j: int, n: int) -> int:
    """The index of the verb of the "to" clause after the word of intention at `j` ("plan to
    appeal" -> appeal), or `j`."""
    while j + 2 < n and low[j] in _CONTROL and low[j + 1] == "to" and tokens[j + 2][0].islower():
        j += 2
    return j


class _Lower(list[str]):
    """tokens[i].lower() for each token, all lowered at once (in C): asked one at a time
    (a dict filling itself), the 52,000 main-verb reads of TE3 silver's ingest cost 700,000
    Python calls, more than lowering every token."""

    def __init__(self, tokens: list[str]) -> None:
        super().__init__(map(str.lower, tokens))


def _skip_between(low: _Lower, j: int, n: int) -> int:
    while j < n and low[j] in _BETWEEN:
        j += 1
    return j


def _verb_after(aux: str, word: str) -> bool:
    """`word` after the auxiliary `aux` is a verb: a past form ("was shot"), an -ing form ("was
    heating"), or any word after a modal ("will join"); else `aux` is a copula ("was the")."""
    return _past(word, "") or (len(word) > 5 and word.endswith("ing")) or (aux in _MODAL and word.isalpha())


# Session 21 (mainverb): a relative clause's auxiliary may stand apart from its verb by a short
# phrase of time or place ("The agency, which has for years monitored the river, said on Monday
# ..." -> said, not monitor; "who had in the past criticized"): the past form within three words
# after a preposition right after a perfect's auxiliary ("has", "have", "had") is the clause's
# verb, skipped with it. Not when the auxiliary is the clause's own verb ("which has a population
# of two million, announced"), nor a copula and its phrase ("which was in session, approved"), nor
# an auxiliary not right after the relative word: the main clause's ("Pastoral communities, which
# rely heavily on natural resources, have over centuries developed a way of life" -> develop).
AUX_PHRASE = True
_AUX_PHRASE_AUX = frozenset("has have had".split())
_AUX_PHRASE_PREPS = frozenset("for in since over during at on throughout after before until".split())
_AUX_PHRASE_WORDS = 3


def _aux_phrase_verb(low: _Lower, k: int, n: int) -> int:
    """The index of the past form after the phrase at `k` that follows an auxiliary (`AUX_PHRASE`),
    or -1."""
    if not AUX_PHRASE or k >= n or low[k] not in _AUX_PHRASE_PREPS:
        return -1
    for m in range(k + 1, min(n, k + 2 + _AUX_PHRASE_WORDS)):
        if low[m] in _AUX or low[m] in _RELATIVE or low[m] in _FRAME:
            return -1
        if m > k + 1 and _past(low[m], ""):
            return m
    return -1


def _past_verb(low: _Lower, j: int, n: int) -> int:
    """The index after the first verb from `j` on (an auxiliary with its verb, or a past form),
    and after the "to" clause it governs (`_to_clause`)."""
    first = j
    while j < n:
        if low[j] in _AUX:
            k = _skip_between(low, j + 1, n)
            if (j == first and k < n and low[j] in _AUX_PHRASE_AUX and not _verb_after(low[j], low[k])
                    and (m := _aux_phrase_verb(low, k, n)) >= 0):
                return _to_clause(low, m + 1, n)
            return _to_clause(low, k + 1 if k < n and _verb_after(low[j], low[k]) else j + 1, n)
        if _past(low[j], low[j - 1]):
            return _to_clause(low, j + 1, n)
        j += 1
    return j


# Session 24 (prec23, dev14): a relative clause may coordinate two verbs ("the boy's sister, who had
# similar symptoms as her brother and died on Oct. 17, was reported as a suspected human case";
# "The soldier, who was wounded in May and flown home, died on Friday"): its second verb is the
# clause's too, not the main verb, when a verb of the main clause still follows it. Only an "and"
# before any other verb after the clause's first (else the main verb came first: "The troops, who
# arrived on Monday, stormed the town and freed the hostages"), within `_RELATIVE_SPAN` words, and
# only when an auxiliary or a past form follows the second verb ("The man who was arrested on
# Monday and charged with theft" has no other: the reader keeps what it read before).
RELATIVE_COORDINATED = True
_RELATIVE_SPAN = 12  # words from the clause's first verb to its "and", at most


def _relative_coordinated(low: _Lower, j: int, n: int) -> int:
    """The index after a relative clause's coordinated second verb when the clause's first verb
    ends before `j` and a main clause's verb follows (`RELATIVE_COORDINATED`), else `j`."""
    if not RELATIVE_COORDINATED:
        return j
    for k in range(j, min(n, j + _RELATIVE_SPAN)):
        w = low[k]
        if w in _AUX or w in _RELATIVE or w == "that" or (k > 0 and _past(w, low[k - 1])):
            return j  # (another verb or clause first)
        if w == "and":
            v = _skip_between(low, k + 1, n)
            if v >= n or not (low[v] in _AUX or _past(low[v], "")):
                return j
            after = _past_verb(low, v, n)
            later = any(low[x] in _AUX or _past(low[x], low[x - 1]) for x in range(after, n))
            return after if later else j
    return j


def _to_clause(low: _Lower, j: int, n: int) -> int:
    """The index after the "to" clause at `j` (its auxiliaries and verb), or `j`: a relative
    clause's verb governs it ("the hostages, who were thought to have been freed safely": not
    the main verb)."""
    if j + 1 < n and low[j] == "to":
        k = j + 1
        while k < n and (low[k] in _AUX or low[k] in _BETWEEN):
            k += 1
        return min(k + 1, n)
    return j


_MODAL = frozenset("will would shall should can could may might must did does do".split())
_WOULD = _MODAL - {"did", "does", "do"}  # a modal proper: what will, would or may be (`hypothetical`)


def has_modal(text: str) -> bool:
    """A modal or "do" auxiliary in the text ("will co-chair", "could be sent"): an act to come
    or one may be, which the main verb may not read ("co-chair"), not a present state."""
    return any(t.lower() in _MODAL for t in _words(text))


def _past(word: str, before: str) -> bool:
    """A past form (-ed, or an irregular one) not made an adjective by the word before it."""
    if before in _DETERMINERS or before.endswith(("'s", "’s")):
        return False  # "the suspected bombings", "the boy's divorced father"
    return _past_form(word)


def _past_form(word: str) -> bool:
    """-ed, or an irregular past form: `_past` without the word before (a test that needs no
    look back, for the main-verb reader's every word)."""
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR


# An armed group named by its acronym and by a descriptor: a document that writes the two
# together ("the MRTA rebels", "Tupac Amaru Revolutionary Movement (MRTA) hostage-takers")
# tells that, in it, "the rebels" are the MRTA (`aliases`).
_DESCRIPTORS = frozenset("""
rebel rebels guerrilla guerrillas insurgent insurgents militant militants separatist separatists
fighter fighters militia militias militiamen hostage-taker hostage-takers kidnapper kidnappers
captor captors commando commandos
""".split())
_ACRONYM_RE = re.compile(r"\b([A-Z]{2,6})\)?\s+([a-z][a-z-]+)\b")


def aliases(texts: Iterable[str]) -> dict[str, str]:
    """{descriptor term: acronym term} of one document's statements: an acronym written right
    before a descriptor of an armed group ("MRTA guerrillas", "(MRTA) rebels"). A descriptor
    written after two acronyms ("MRTA rebels", "ELN rebels") names neither.

        >>> aliases(["The bodies of the MRTA guerrillas remained.", "Tupac Amaru (MRTA) hostage-takers"])
        {'hostagetaker': 'mrta', 'rebel': 'mrta'}
    """
    found: dict[str, set[str]] = {}
    for text in texts:
        if "(" not in text and not _CAPS_RE.search(text):
            continue
        for m in _ACRONYM_RE.finditer(text):
            if m.group(2) in _DESCRIPTORS:
                found.setdefault(_term(m.group(2)), set()).add(_term(m.group(1)))
    return {d: next(iter(a)) for d, a in sorted(found.items()) if d and len(a) == 1 and all(a)}



# Titles a person is named by with a country (`titled`).
_TITLES = "King Queen Prince Princess Emir Sultan Shah Emperor Empress President Premier Chancellor"
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_TITLED_RE = re.compile(rf"\b(?P<title>{'|'.join(_TITLES.split())})\s+(?P<name>{_NAME})")
_TITLE_STARTS = ("King", "Queen", "Prince", "Emir", "Sultan", "Shah", "Emp", "Pre", "Chancellor")  # (of each title)


def _titled_names(text: str) -> Iterable[re.Match[str]]:
    """The matches of `_TITLED_RE` in the text: none when no title's first letters are in it (a
    test in C first; read by `titled` and `described_leaders` of every statement of a document)."""
    if not any(start in text for start in _TITLE_STARTS):
        return ()
    return _TITLED_RE.finditer(text)
# what stands before the title ("Jordan's King Hussein", "Egyptian President Hosni Mubarak") or
# after the name ("King Hussein of Jordan")
_COUNTRY_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)(?:'s)?\s+$")
_COUNTRY_AFTER_RE = re.compile(rf"\s+of\s+({_NAME})")
_COUNTRY_OF = {stem(adjective): stem(country) for adjective, country in NATIONALITIES.items()}  # (terms)
_ADJECTIVES_OF: dict[str, frozenset[str]] = {}  # country term -> its adjectives' ("britain" -> british, briton)
for _adjective, _country in _COUNTRY_OF.items():
    _ADJECTIVES_OF[_country] = _ADJECTIVES_OF.get(_country, frozenset()) | {_adjective}


# Session 18 (xrecall): a statement opening on a description of a head of state by
# its state's epithet, not its country's name ("The Islamic republic's hardline leader, who has
# called for Israel to be wiped off the map, launched a fresh attack on Wednesday ...": a
# capitalised epithet before "republic's", "kingdom's", "state's" ...) speaks of the one person its
# document names by title and name ("Iranian President Mahmoud Ahmadinejad"): another report
# naming that person ("Iran's hardline President Mahmoud Ahmadinejad launched a fresh attack")
# is not another actor to it (`facts._described`, `facts.DESCRIBED_LEADER`). The office noun
# must fit the person's title ("leader", "ruler" and "strongman" fit any); a description by a
# country or nationality is `titled`'s ("The Jordanian monarch"), and one by no state is not a
# head of state's ("The Tory leader" is a party's); a description followed by a
# name names its own person ("The Iranian leader Ahmadinejad"); a document naming two titled
# people resolves none.
_DESCRIBED_RE = re.compile(
    r"^The\s+(?P<names>(?:[A-Z][a-z]+\s+)+)(?:[a-z-]+\s+){0,2}?"
    r"(?:republic|kingdom|state|emirate|nation|country|regime)'s\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<office>leader|ruler|strongman|president|premier|monarch)\b(?!\s+[A-Z])")
_DESCRIBED_FITS = {"president": frozenset({"president"}), "premier": frozenset({"premier"}),
                   "monarch": frozenset(t.lower() for t in "King Queen Emir Sultan Shah Emperor Empress".split())}


def described_leaders(texts: Iterable[str]) -> dict[str, str]:
    """{descriptor term: "title name" terms} of one document's statements: the capitalised
    words of a statement's opening description of a head of state ("The Islamic republic's
    hardline leader ...") stand for the one person the document names by title and name.

        >>> described_leaders(["Iranian President Mahmoud Ahmadinejad spoke.",
        ...                    "The Islamic republic's hardline leader launched a fresh attack."])
        {'islamic': 'president ahmadinejad'}
    """
    texts = list(texts)
    people = {(m.group("title").lower(), _term(m.group("title")) + " " + _term(m.group("name").split()[-1]))
              for text in texts for m in _titled_names(text)}
    if len(people) != 1:
        return {}
    (title, person), = people
    found: dict[str, str] = {}
    for text in texts:
        m = _DESCRIBED_RE.match(text)
        if not m or title not in _DESCRIBED_FITS.get(m.group("office"), frozenset([title])):
            continue
        words = [t for w in m.group("names").split() if (t := _term(w))]
        if not words or any(t in _COUNTRY_OF or t in _ADJECTIVES_OF or t in person.split() for t in words):
            continue
        for t in words:
            found[t] = person
    return found


# Session 14 (dev11): a subject's nationality adjective names its country's actor as the country's
# name does ("The Chinese government on Saturday informed the United Nations Environment Program"
# / "China on Saturday informed the United Nations Environment Program"): the other-actor check
# (`facts._other_actor`) finds either in the other statement.
NATIONAL_ACTOR = True


def national_forms(terms: frozenset[str]) -> frozenset[str]:
    """The terms with the country of each nationality adjective and the adjective of each country
    among them (`NATIONALITIES`): {chines} -> {chines, china}."""
    if not NATIONAL_ACTOR:
        return terms
    more = {_COUNTRY_OF[t] for t in terms if t in _COUNTRY_OF}.union(*(_ADJECTIVES_OF.get(t, ()) for t in terms))
    return terms | frozenset(more) if more else terms


def titled(texts: Iterable[str]) -> dict[str, str]:
    """{country term: "title name" terms} of one document's statements: a person named by title,
    name and country ("King Hussein of Jordan", "Jordan's King Hussein", "Egyptian President
    Hosni Mubarak"), so that a statement naming the person ("King Hussein was reportedly
    carrying a message") also stands for the country's title holder another document describes
    ("The Jordanian monarch met this week with Saddam"). The country and its nationality
    adjective (`NATIONALITIES`) are both keys; a country with two titled people in the document
    names neither ("King Hussein" and "Crown Prince Hassan").

        >>> titled(["Also today, King Hussein of Jordan arrived in Washington."])
        {'jordan': 'king hussein', 'jordanian': 'king hussein'}
    """
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in _titled_names(text):
            after = _COUNTRY_AFTER_RE.match(text, m.end())
            before = _COUNTRY_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            for place in (after.group(1) if after else "", before.group(1) if before else ""):
                word = _term(place.split()[-1]) if place else ""
                country = _COUNTRY_OF.get(word, word)
                if country not in _ADJECTIVES_OF:
                    continue  # ("Iraq's Saddam Hussein": no title; "Also President Bush": no country)
                person = _term(m.group("title")) + " " + _term(m.group("name").split()[-1])
                for key in (country, *sorted(_ADJECTIVES_OF[country])):
                    found.setdefault(key, set()).add(person)
    return {k: next(iter(v)) for k, v in sorted(found.items()) if len(v) == 1}

_CAPS_RE = re.compile(r"[A-Z]{2}")

# An acronym of three to six capitals and a capitalised name whose initials spell it ("INS" /
# "the Immigration and Naturalization Service"; "FBI" / "Federal Bureau of Investigation"):
# one body named two ways (`acronyms`, `spelled_out`). Two-letter ones are left out ("US" is
# a stop word, "AP" a credit).
_CAPS_WORD_RE = re.compile(r"\b[A-Z]{3,6}\b")
_NAME_RUN_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:and|of|for|on)\s+)?[A-Z][a-z]+){2,}")
_RUN_JOINERS = frozenset("and of for on".split())


@lru_cache(maxsize=65536)
def acronyms(text: str) -> frozenset[str]:
    """The terms of the acronyms the text writes ("The INS ruled" -> ins)."""
    return frozenset(t for w in _CAPS_WORD_RE.findall(text) if (t := _word_term(w)))


@lru_cache(maxsize=65536)
def spelled_out(text: str) -> dict[str, frozenset[str]]:
    """{acronym term: the terms of the name} for each run of three or more capitalised words
    (joined by and / of / for / on) whose initials spell an acronym, from any of its words on:
    "The Immigration and Naturalization Service has ruled" -> {"ins": {immigr, naturaliz,
    servic}, ...}.

        >>> sorted(spelled_out("The Federal Bureau of Investigation said")["fbi"])
        ['bureau', 'federal', 'investig']
    """
    out: dict[str, frozenset[str]] = {}
    for m in _NAME_RUN_RE.finditer(text):
        words = [w for w in m.group().split() if w not in _RUN_JOINERS]
        for i in range(len(words)):
            for j in range(i + 3, min(len(words), i + 6) + 1):
                key = _word_term("".join(w[0] for w in words[i:j]))
                name = frozenset(t for w in words[i:j] if (t := _word_term(w)))
                if key and len(name) >= 3:
                    out.setdefault(key, name)
    return out


# Session 20 (xrecall4): a two-letter acronym and the two capitalised words spelling it ("EU" /
# "the European Union", "UN" / "the United Nations"): one body named two ways, as the longer
# ones are (`short_acronyms`, `spelled_two`; `facts._spelled`). Read only in capitals, in a
# sentence not written in capitals (a headline's "TELL US" is the pronoun), not after a figure
# ("10 AM"), and not the words and credits below ("IT" of a capitals run, "AM", "AP").
SHORT_ACRONYMS = True
_SHORT_CAPS_RE = re.compile(r"(?<![\w.&-])([A-Z]{2})(?![\w&-]|\.\w)")
_SHORT_NOT = frozenset("AM PM AP AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF OH OK ON OR SO TO UP WE".split())
_TWO_NAME_RE = re.compile(r"\b(?=([A-Z][a-z]{2,})\s+([A-Z][a-z]{2,})\b)")  # (overlapping: "The European Union")


@lru_cache(maxsize=65536)
def short_acronyms(text: str) -> frozenset[str]:
    """The two-letter acronyms the text writes in capitals ("The EU has refused" -> {"EU"}):
    none where the text is mostly capitals, after a figure, or of `_SHORT_NOT`.

        >>> sorted(short_acronyms("The EU and the UN met at 10 AM."))
        ['EU', 'UN']
    """
    if not SHORT_ACRONYMS or not _CAPS_RE.search(text):
        return frozenset()
    found = frozenset(m.group(1) for m in _SHORT_CAPS_RE.finditer(text)
                      if m.group(1) not in _SHORT_NOT and not re.search(r"\d\s*$", text[:m.start()]))
    if not found:
        return found  # (the letters are not counted: speed16)
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) * 2 > len(letters):
        return frozenset()  # (a headline in capitals: "LET US ...")
    return found


@lru_cache(maxsize=65536)
def spelled_two(text: str) -> dict[str, tuple[str, ...]]:
    """{two-letter acronym: the terms of the two capitalised words spelling it, the head last}
    ("the European Union has rejected" -> {"EU": ("europ", "union")}).

        >>> spelled_two("The United Nations said")["UN"]
        ('unit', 'nation')
    """
    out: dict[str, tuple[str, ...]] = {}
    if not SHORT_ACRONYMS:
        return out
    for m in _TWO_NAME_RE.finditer(text):
        terms = tuple(t for w in m.groups() if (t := _word_term(w)))
        if len(terms) == 2:
            out.setdefault(m.group(1)[0] + m.group(2)[0], terms)
    return out


# Reporting verbs in the present tense: what a side says and goes on saying ("Cuban exiles in
# Miami say ...", "the Cuban government maintains ...").
_FRAME_NOW = frozenset("say says maintain maintains argue argues insist insists contend contends".split())
_FRAME_PAST = frozenset("said told reported added announced stated claimed maintained argued insisted "
                        "contended".split())


@lru_cache(maxsize=65536)
def claims_now(text: str) -> bool:
    """The text's first reporting verb is in the present tense ("Elian's relatives and other
    Miami supporters say his mother died to give him freedom"; not "..., Freeh said")."""
    for token in _words(text):
        low = token.lower()
        if low in _FRAME_NOW:
            return True
        if low in _FRAME_PAST:
            return False
    return False


# Words naming a side of a dispute rather than a source of news: what such claimants say is
# their case ("Critics say ...", "Cuban exiles in Miami say ...", "He and others who oppose
# ... say ..."), where "officials", "police" or "The FBI" saying it report a happening.
_SIDES = frozenset("""
others supporters opponents critics exiles advocates activists backers detractors proponents foes
sympathizers sympathisers skeptics sceptics defenders
""".split())


def is_side(claimant: str) -> bool:
    """The claimant (as `claimant_names.claimant_key` gives it) names a side (`_SIDES`)."""
    return not _SIDES.isdisjoint(claimant.split())


# ---------------------------------------------------------------------- session 13, prec6

# A contraction of a grammar word ("don't", "we're", "I'm", "they've", "won't") is a grammar
# word: two unrelated quotes linked on "we're", "don't" and "think" (XIN Nov 2006).
CONTRACTIONS = True
_CONTRACTED = frozenset("n't 're 've 'll 'm 'd".split())
_CONTRACTED_BASES = frozenset("wo ca sha ai let".split())


def _contracted_stop(low: str) -> bool:
    """A contraction whose base is a stop word: "don't" (do), "we're" (we), "won't" (wo)."""
    for ending in _CONTRACTED:
        if low.endswith(ending):
            base = low[:-len(ending)]
            return base in STOP_WORDS or base in _CONTRACTED_BASES
    return False


# Countries the nationality table leaves out (their adjective meets them by the suffix rules,
# "German" / "Germany", or is mostly something else, "Indian"), and cities a report names for
# their country's market, government or people ("Tokyo stocks", "Seoul said"): each a place
# whose key is its country's (`places`).
_MORE_COUNTRIES = """
germany india georgia singapore america korea vietnam japan china russia iran iraq israel
philippines netherlands zealand switzerland thailand taiwan indonesia malaysia pakistan
""".split()
_CITY_COUNTRY = dict(pair.split(":") for pair in """
tokyo:japan osaka:japan seoul:korea pyongyang:korea frankfurt:germany berlin:germany
jakarta:indonesia manila:philippines bangkok:thailand hanoi:vietnam kuala:malaysia lumpur:malaysia
taipei:taiwan beijing:china shanghai:china shenzhen:china mumbai:india bombay:india
delhi:india karachi:pakistan islamabad:pakistan sydney:australia canberra:australia
wellington:zealand london:britain paris:france madrid:spain rome:italy milan:italy
moscow:russia tehran:iran baghdad:iraq damascus:syria beirut:lebanon cairo:egypt
ankara:turkey istanbul:turkey athens:greece zurich:switzerland amsterdam:netherlands
brussels:belgium vienna:austria stockholm:sweden oslo:norway helsinki:finland
copenhagen:denmark lisbon:portugal warsaw:poland budapest:hungary prague:czech
ottawa:canada toronto:canada brasilia:brazil nairobi:kenya lagos:nigeria
johannesburg:africa kabul:afghanistan riyadh:saudi dhaka:bangladesh colombo:lanka
""".split())
_PLACE_OF = {**{stem(c): stem(c) for c in _MORE_COUNTRIES},
             **{stem(c): stem(c) for c in NATIONALITIES.values()},
             **{stem(a): stem(c) for a, c in NATIONALITIES.items()},
             **{stem(city): stem(c) for city, c in _CITY_COUNTRY.items()}}


def places(terms: Iterable[str]) -> frozenset[str]:
    """The countries these terms name, as a country, its people's adjective or a city of it
    (terms): "Tokyo stocks" and "Japanese shares" are both Japan's.

        >>> sorted(places(terms("Tokyo stocks rose on optimism about the Japanese economy")))
        ['japan']
    """
    return frozenset(_PLACE_OF[t] for t in terms if t in _PLACE_OF)


# Session 20 (prec15): where a statement says its happening took place, as a country or a city the
# gazetteer above knows ("Police shot dead two men in Nairobi on Sunday" -> kenya; "Supporters of
# Hamas and Fatah clashed Sunday in Gaza City" -> palestine): the capitalised words after a
# preposition of place. Only a country's or a city's name, not a people's adjective ("in Israeli
# custody" is no place). Two statements of places that cannot be the same, neither naming the
# other's, tell two happenings (`facts._located_apart`).
LOCATED = True
_LOCATIVE = frozenset("in at near outside inside across throughout".split())
_LOCATIVE_SKIP = frozenset("""
north south east west northern southern eastern western central northeastern northwestern southeastern
southwestern north-east north-west south-east south-west city town village province region district capital
port of
""".split())  # (a direction or a kind of place before its name, "the southern port city of Basra")
_MORE_CITIES = dict(pair.split(":") for pair in """
gaza:palestine ramallah:palestine nablus:palestine jenin:palestine hebron:palestine
mogadishu:somalia khartoum:sudan darfur:sudan kandahar:afghanistan basra:iraq mosul:iraq
tirana:albania algiers:algeria yerevan:armenia dhaka:bangladesh sofia:bulgaria rangoon:burma
yangon:burma phnom:cambodia santiago:chile bogota:colombia kinshasa:congo zagreb:croatia
addis:ethiopia dublin:ireland amman:jordan rabat:morocco abuja:nigeria lima:peru
bucharest:romania kigali:rwanda belgrade:serbia kampala:uganda kiev:ukraine kyiv:ukraine
caracas:venezuela sanaa:yemen harare:zimbabwe havana:cuba geneva:switzerland bern:switzerland
dar-es-salaam:tanzania kathmandu:nepal nepal:nepal laos:laos vientiane:laos
""".split())
_LOCATION_OF = {**{stem(c): stem(c) for c in _MORE_COUNTRIES},
                **{stem(c): stem(c) for c in NATIONALITIES.values()},
                **{stem(city): stem(c) for city, c in _CITY_COUNTRY.items()},
                **{stem(city): stem(c) for city, c in _MORE_CITIES.items()}}
# (the names as written: "American" stems as "America" does, but "near the American embassy" is no place)
_LOCATION_NAMES = frozenset(_MORE_COUNTRIES) | frozenset(NATIONALITIES.values()) | frozenset(_CITY_COUNTRY) | frozenset(_MORE_CITIES)

# Session 22 (prec21): a visit is set in the place it visits, named as the verb's object with no
# preposition ("Hu will visit Laos from Nov. 19 to 20" is in Laos, not at the Hanoi summit of the
# same days). Only the finite verb forms, lower-case: "Visiting Lao Prime Minister ..." and "the
# visiting Laos delegation" name a visitor from the place, "a visit by" no place.
VISITED_PLACE = True
_VISIT_VERBS = frozenset("visit visits visited".split())


_NAMED_PLACE_OF = {**_PLACE_OF, **_LOCATION_OF}


def named_places(terms: Iterable[str]) -> frozenset[str]:
    """The countries these terms name anywhere (`places`, and the cities `located_places` knows)."""
    return frozenset(_NAMED_PLACE_OF[t] for t in terms if t in _NAMED_PLACE_OF)


@lru_cache(maxsize=65536)
def located_places(text: str) -> frozenset[str]:
    """The countries of the places a statement sets itself in: a country's or a city's name
    among the capitalised words right after a preposition of place (`LOCATED`) or a visit's
    verb (`VISITED_PLACE`: the place it visits).

        >>> sorted(located_places("Police shot dead two men in Nairobi on Sunday."))
        ['kenya']
        >>> sorted(located_places("He was held in Israeli custody near the American embassy."))
        []
        >>> sorted(located_places("Hu will visit Laos from Nov. 19 to 20."))
        ['laos']
    """
    if not LOCATED:
        return frozenset()
    tokens = _words(without_dateline(text))
    out = set()
    visits = _VISIT_VERBS if VISITED_PLACE else frozenset()
    for i in [i for i, token in enumerate(tokens) if token.lower() in _LOCATIVE or token in visits]:
        j = i + 1
        if j < len(tokens) and tokens[j].lower() in _PLACE_OBJECT_SKIP:
            j += 1  # ("in the Gaza Strip", "in a Nairobi slum")
        while j < len(tokens) and tokens[j].lower() in _LOCATIVE_SKIP:
            j += 1  # ("in southern Afghanistan", "in the northern city of Mosul")
        while j < len(tokens) and tokens[j][:1].isupper():
            name = tokens[j].lower()
            name = name[:-2] if name.endswith(("'s", "\u2019s")) else name
            if name in _LOCATION_NAMES and (place := _LOCATION_OF.get(_term(tokens[j]))) is not None:
                out.add(place)
            j += 1
    return frozenset(out)


# Session 20 (prec17): a statement naming no place of its own is set where its story is: "A
# national electricity employee, a police colonel and a university guard were also killed in separate
# attacks, security sources said", in a report whose lede is set in Baghdad, is Iraq's, not a raid's in
# Kandahar. `story_place` reads the country its document's first STORY_LEDE statements set themselves
# in (`located_places`), when they name one country and no other country is a place of as many of
# its statements (a document about two countries gives none). Read by `facts.LOCATED_APART` only,
# for a statement with no place of its own.
STORY_PLACE = True
STORY_LEDE = 3  # the first statements of a document read for its story's place


def story_place(texts: list[str]) -> str:
    """The country a document's story is set in (`STORY_PLACE`), "" if none or several.

        >>> story_place(["A car bomb exploded in Baghdad on Sunday, killing 15 people.",
        ...              "Three policemen were also killed in separate attacks, police said."])
        'iraq'
        >>> story_place(["Bombs exploded in Baghdad and in Kabul on Sunday.", "Nine people died."])
        ''
    """
    if not STORY_PLACE or not LOCATED or not texts:
        return ""
    lede = frozenset().union(*(located_places(t) for t in texts[:STORY_LEDE]))
    if len(lede) != 1:
        return ""
    (place,) = lede
    count: dict[str, int] = defaultdict(int)
    for t in texts:
        for p in located_places(t):
            count[p] += 1
    return place if all(n < count[place] for p, n in count.items() if p != place) else ""


# The count a statement's subject gives ("Three U.S. soldiers ... have been killed", "As many
# as 4,397 patients ... have been admitted", "Before that, four more soldiers ... were killed"):
# (the number, the noun counted), read before the main verb (`subject_count`).
_COUNT_SKIP = frozenset("more other u.s. us further additional".split())  # between a count and its noun
_FRONT_PHRASE_RE = re.compile(r"^(?:in|on|at|during|since|over|for|by|after|before|within|across|under)\b[^,]{0,80},", re.I)
_COUNT_DEFINITE = frozenset("the these those its their his her our".split())
_COUNT_NOUN_GAP = 2  # words (names, "more") between the count and its noun, at most
_ORDINAL_WORDS = frozenset(NUMBER_WORDS) - {"a", "an", "half a", "a couple", "a couple of", "couple of"}


def _count_value(token: str) -> float | None:
    low = token.lower()
    if low[0].isdigit():
        try:
            return float(low.replace(",", ""))
        except ValueError:
            return None
    return NUMBER_WORDS.get(low) if low in _ORDINAL_WORDS and " " not in low else None


@lru_cache(maxsize=65536)
def subject_count(text: str) -> tuple[float, str] | None:
    """The first count written before the main verb (`main_verb`) and the noun it counts, by
    its stem: "Three U.S. soldiers, including two marines, have been killed" -> (3, soldier);
    "Before that, four more soldiers ... were killed" -> (4, soldier); "A total of 559 patients
    were admitted" -> (559, patient). None for a part of a whole ("Fifteen of the 18 miners",
    "One of the rockets"), a year, or no count before the verb.

        >>> subject_count("As many as 4,397 patients have been admitted to hospitals")
        (4397.0, 'patient')
        >>> subject_count("Fifteen of the 18 miners are found dead") is None
        True
        >>> subject_count("In the two counties, a total of 322,500 birds have been culled")
        (322500.0, 'bird')
    """
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if not verb:
        return None
    start = 0
    front = _FRONT_PHRASE_RE.match(text)
    if front:  # ("In the two bird flu-hit counties, a total of 322,500 family birds ...": not the counties)
        start = len(_words(front.group()))
    for i in range(start, at):
        token = tokens[i]
        value = _count_value(token)
        if value is None or (i and tokens[i - 1].lower() in _COUNT_DEFINITE):
            continue  # ("the two counties": named before, no count)
        if token[0].isdigit() and 1800 <= value <= 2100 and "," not in token:
            return None  # a year
        for j in range(i + 1, min(at, i + 2 + _COUNT_NOUN_GAP)):
            low = tokens[j].lower()
            if low == "of":
                return None  # a part of a whole
            if low in _COUNT_SKIP or tokens[j][0].isupper():
                continue
            return (value, stem(low)) if low.isalpha() or "-" in low else None
        return None
    return None


# A statement that says it tells another incident than the one its report just told ("In an
# earlier incident, ...", "In another tragedy, ...", "Before that, four more soldiers ...").
_OTHER_INCIDENT_RE = re.compile(
    r"^(?:(?:in|during)\s+(?:another|a\s+separate|an\s+earlier|a\s+later|a\s+similar|a\s+second|an\s+unrelated|"
    r"a\s+related|a\s+previous|an\s+other)\s+(?:\w+\s+)?(?:incident|attack|tragedy|accident|case|blast|"
    r"explosion|bombing|clash|raid|development)s?\b|before\s+that\b|prior\s+to\s+that\b)", re.I)
_MORE_COUNT_RE = re.compile(r"^(?:\w+\s+){0,4}?(?:\d[\d,]*|" + "|".join(sorted(
    (w for w in NUMBER_WORDS if w.isalpha() and w not in ("a", "an", "zero")), key=len, reverse=True))
    + r")\s+more\s+[a-z]", re.I)


# ... or whose subject is one more of a kind of happening ("Another car bomb exploded ...", "The
# new clashes broke out after ...", "A second blast ..."; session 14, prec7, the AFP April 1997
# and December 2006 readings): lower-case words only between the marker and the noun, none "of"
# ("The second day of fighting" is not one more fighting), so "New York police" is no marker.
ANOTHER_SUBJECT = True
_ANOTHER_SUBJECT_RE = re.compile(
    r"^(?:(?:The|A|An)\s+(?:new|fresh|renewed|further|second|third|latest)|Another|New|Fresh|Renewed|Further)"
    r"\s+(?:(?!of\b)[a-z-]+\s+){0,2}?(?:incident|attack|clash|bomb|blast|explosion|bombing|raid|fighting|"
    r"violence|unrest|riot|shelling|ambush|shooting|gunfight|gunbattle|firefight|quake|earthquake|"
    r"aftershock|tremor|landslide|flood|outbreak|crash|suicide|killing)(?:s|es)?\b")


# A generic statement: a bare plural subject (no article, number, pronoun or quantifier before it)
# and a verb in the simple present right after it, no main verb read ("Unsafe small coal mines
# account for two-thirds of the total fatalities in mine accidents", "Chinese coal mines suffer
# frequent explosions, flooding and cave-ins"): what is so of a kind, not a happening of a day
# (session 15, dev13: `facts.GENERIC_PRESENT`). Frames and verbs of intention ("Officials say",
# "Analysts expect") are reports, not generics.
GENERIC_PRESENT = True
_GENERIC_SUBJECT = 5  # words of the subject, at most
_GENERIC_STOP = frozenset("and or but nor who which that than".split())  # (a subject going on: "Analysts and ...")
_NOT_GENERIC_FIRST = frozenset("""
all most many some few several both each every no none such other another so besides
""".split())
_GENERIC_PAST = frozenset("got put had did".split())  # (past forms _IRREGULAR does not list)


@lru_cache(maxsize=65536)
def is_generic(text: str) -> bool:
    """A bare plural subject then a verb in the simple present, no main verb read.

        >>> is_generic("Unsafe small coal mines account for two-thirds of the total fatalities.")
        True
        >>> is_generic("Officials say the mine had no licence.")
        False
        >>> is_generic("The mines account for two-thirds of the fatalities.")
        False
    """
    if not text[:1].isalpha():
        return False  # (a quote)
    tokens = _words(text)
    if len(tokens) < 3:
        return False
    first = tokens[0].lower()
    if not tokens[0].isalpha() or first in _DETERMINERS or first in _PRONOUNS or first in _NOT_GENERIC_FIRST \
            or first in _FRONT or first in _FRONT_CLAUSE or first in NUMBER_WORDS:
        return False  # (asked before the main verb is read, the costly part: speed16)
    if _main_verb(tokens)[0]:
        return False
    noun_at = 0
    for i in range(1, min(len(tokens) - 1, _GENERIC_SUBJECT + 2)):
        word = tokens[i]
        if not text.startswith(" ".join(tokens[:i + 1])):
            return False  # (a comma, a quote, an aside: "Paul Harris, chairman of ...")
        low = word.lower()
        if not word.isalpha() or not word.islower() or low in _DETERMINERS or low in _AUX or low in _BETWEEN \
                or low in _FRAME or low in _THAT_FRAME or low in _IRREGULAR or low in _GENERIC_PAST \
                or low.endswith(("ed", "ing")) or low in _GENERIC_STOP or low in _FRONT or low in _FRONT_CLAUSE \
                or low in _PRONOUNS or low in _SUBJECT_PRONOUNS:
            return False  # (a verb of another form, or no common noun phrase: "Lawrence was premier")
        if low.endswith("ly"):
            continue  # (an adverb before the verb: "Insurgents frequently target")
        after_adverb = tokens[i - 1].lower().endswith("ly")
        noun = tokens[noun_at]
        if noun_at != 1 and noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and not low.endswith("s") \
                and low not in _CONTROL and low not in _MODAL and low not in _RELATIVE \
                and not tokens[i + 1][0].isupper():
            # (a name then an -s word is a verb as often as a noun, "Telerate provides information": a
            # bare plural stands first or after two modifiers or more; a name after the verb is no
            # object of a present verb: "Wales centre Gavin Henson")
            return True
        if i > _GENERIC_SUBJECT or after_adverb:
            return False  # (the word after an adverb is the verb: "India currently exports merchandise")
        noun_at = i
    return False


# Verbs saying a count's new value ("the death toll ... has risen to 40", "climbed to 35", "stood
# at 35", "reached"): a statement whose main verb is one of these reports the count itself, as
# of its report (session 15, dev13: `facts.SPAN_COUNTS`), as terms (`stem`).
COUNT_VERBS = frozenset(stem(w) for w in "rise rose risen climb increase reach jump grow grew stand stood".split()) | {
    _COUNT_VALUE_KEY}


# ... or names, anywhere, the incident it tells as another one ("Also on Monday, the death toll in
# another deadly accident in this coal-rich province climbed to 35", "Wednesday also saw the death
# toll climb to 41 in another coal mine tragedy"; session 15, dev13: a report of one mine fire
# closing on another mine's toll): "in" and a marker, up to three lower-case words, none "of",
# then an incident noun ("fears of another attack" and "to prevent another tragedy" say no
# incident; "in another city" names no incident).
OTHER_INCIDENT_IN = True
_OTHER_INCIDENT_IN_RE = re.compile(
    r"\b[Ii]n\s+(?:another|a\s+separate|an\s+unrelated|an\s+other)\s+(?:(?!of\b)[a-z-]+\s+){0,3}?"
    r"(?:incident|attack|tragedy|accident|disaster|blast|explosion|bombing|clash|raid)s?\b")
_INCIDENT_IN_WORDS = ("other", "separate", "unrelated")  # (one is in every match of `_OTHER_INCIDENT_IN_RE`)


def other_incident(text: str) -> bool:
    """It opens saying it tells another incident than its report's ("In an earlier incident,
    the death toll of a suicide bomb attack ... rose to 35", "In another tragedy, 32 miners were
    killed", "Before that, four more soldiers ... were killed", "Two more soldiers died"), or
    its subject is one more happening of a kind (`ANOTHER_SUBJECT`: "Another car bomb
    exploded", "The new clashes broke out").

        >>> other_incident("In a separate incident, a roadside bomb killed two policemen.")
        True
        >>> other_incident("Another car bomb exploded near a market, killing three people.")
        True
        >>> other_incident("The incident occurred at noon.")
        False
        >>> other_incident("The new government was sworn in on Monday.")
        False
    """
    return _other_incident(text, ANOTHER_SUBJECT, OTHER_INCIDENT_IN)


@lru_cache(maxsize=2048)
def _other_incident(text: str, another: bool, within: bool) -> bool:
    # (kept with its switches: the scoring asks it of both statements of every pair compared,
    # 25,000 times for 5,800 texts in TE3's ingest)
    return bool(_OTHER_INCIDENT_RE.match(text) or _MORE_COUNT_RE.match(text)
                or (another and _ANOTHER_SUBJECT_RE.match(text))
                or (within and any(word in text for word in _INCIDENT_IN_WORDS)
                    and _OTHER_INCIDENT_IN_RE.search(text)))  # (a word of its, in C first; the pattern is case-sensitive there)


# Session 21 (prec18): one more act of a kind, told anywhere in its sentence with the act's verb
# right after it ("Shortly afterwards another car bomb killed four people and wounded seven when it
# exploded ... in the Hadba neighbourhood", "Police said a second blast went off ..."), where
# `ANOTHER_SUBJECT` reads it only as the first words. Read by `facts.ANOTHER_INSTANCE` with the
# named places of each (`place_names`) and their exact tolls (`counts`). Not "fears of another
# attack", "to prevent another tragedy" (no act's verb after it), not "the second day of fighting".
ANOTHER_INSTANCE = True
_ANOTHER_INSTANCE_RE = re.compile(
    r"\b(?:[Aa]nother|[Aa]\s+(?:second|third|fresh|further))\s+(?:(?!of\b)[a-z-]+\s+){0,2}?"
    r"(?:bomb|blast|explosion|bombing|attack|raid|clash|ambush|shooting|shelling|strike|rocket|mortar|bomber|"
    r"gunman|gunmen)(?:s|es)?\s+(?:(?:also|then|later|again|reportedly)\s+)?"
    r"(?:killed|exploded|went\s+off|struck|hit|wounded|injured|ripped|tore|blew|claimed|left\s+\w+\s+dead)\b")


@lru_cache(maxsize=65536)
def another_instance(text: str) -> bool:
    """One more act of a kind, its verb right after it (`ANOTHER_INSTANCE`).

        >>> another_instance("Shortly afterwards another car bomb killed four people in the Hadba district.")
        True
        >>> another_instance("Officials fear another attack on the capital.")
        False
        >>> another_instance("A car bomb killed five people in a market.")
        False
    """
    return ANOTHER_INSTANCE and _ANOTHER_INSTANCE_RE.search(text) is not None


_PLACE_KIND_OF = 2  # lower-case words between a place's name and "of" ("the Zuhur neighbourhood of Mosul")


@lru_cache(maxsize=65536)
def place_names(text: str) -> frozenset[str]:
    """The terms of the names a statement sets itself at, in a gazetteer or not: the capitalised
    words right after a preposition of place (an article, a direction or a kind of place
    between: `_LOCATIVE_SKIP`), and after "of" following them ("in the Zuhur neighbourhood of
    Mosul" -> zuhur, mosul; "in the al-Amil district"); no day or month ("in the province on Sunday").

        >>> sorted(place_names("A car bomb exploded in a marketplace in the Zuhur neighbourhood of Mosul."))
        ['mosul', 'zuhur']
        >>> sorted(place_names("Four insurgents were killed in a clash with Afghan police in the province on Sunday."))
        []
    """
    tokens = _words(without_dateline(text))
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if token.lower() not in _LOCATIVE:
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].lower() in _PLACE_OBJECT_SKIP:
            j += 1
        while j < len(tokens) and tokens[j].lower() in _LOCATIVE_SKIP:
            j += 1
        while True:
            run = j
            while j < len(tokens) and any(part[:1].isupper() for part in tokens[j].split("-")) \
                    and tokens[j].lower().rstrip(".") not in _CALENDAR:  # (a part after a hyphen: "al-Amil")
                out.add(_term(tokens[j]))
                j += 1
            if j == run:
                break
            k = j  # (a kind of place then "of" and a name: "neighbourhood of Mosul")
            while k < len(tokens) and k - j < _PLACE_KIND_OF and tokens[k].islower() and tokens[k] != "of":
                k += 1
            if k >= len(tokens) or tokens[k] != "of":
                break
            k += 1
            while k < len(tokens) and tokens[k].lower() in _LOCATIVE_SKIP:
                k += 1  # ("of western Baghdad")
            if k >= len(tokens) or not any(p[:1].isupper() for p in tokens[k].split("-")):
                break
            j = k
    return frozenset(filter(None, out))


# Session 21 (prec18): a verbless listing line, a sports fixture or result ("Atletico Madrid v
# Alaves, Getafe v Racing Santander", "Italy vs United States;", "Arsenal 2 Chelsea 1"): names,
# figures and joiners only, no word in lower case but a joiner, tells no happening: two reports'
# listings of one pairing (days apart, a league's and a cup's) are not one fact told twice
# (`facts.LISTING_APART`). Only with a pairing mark (" v ", " vs ", "versus") or two names each
# with its figure, so a headline in capitals ("Bush Signs Tax Bill") is none.
LISTING_LINE = True
_LISTING_JOINERS = frozenset("v v. vs vs. versus and at in of the de da del la le el van von".split())
_LISTING_PAIR_RE = re.compile(r"\s(?:v|vs|v\.|vs\.|versus)\s", re.I)
_LISTING_SCORE_RE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+\d+\s*[,-]?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+\d+")


@lru_cache(maxsize=65536)
def is_listing(text: str) -> bool:
    """A verbless listing line (`LISTING_LINE`).

        >>> is_listing("Atletico Madrid v Alaves, Deportivo La Coruna v Cadiz")
        True
        >>> is_listing("Arsenal 2 Chelsea 1")
        True
        >>> is_listing("Arsenal beat Chelsea 2-1 on Saturday.")
        False
        >>> is_listing("Bush Signs Tax Bill")
        False
    """
    if not LISTING_LINE:
        return False
    words = [w for w in _words(text) if w[:1].isalpha()]
    if len(words) < 2 or any(w[:1].islower() and w.lower() not in _LISTING_JOINERS for w in words):
        return False
    return _LISTING_PAIR_RE.search(text) is not None or _LISTING_SCORE_RE.search(text) is not None


# Session 21 (prec18): a statement telling how long after another happening its own date is
# ("The governor told a news conference on Sunday, four days after the raid, that 'we have killed
# 30 militants'", "a day after the attack"): what it reports of that happening is of another day
# than its date. Read by `facts.SAYING_AFTER_ACT` with the exact tolls of both statements; not a
# count's new value ("A day after the bombing, the toll rose to 35": one happening's toll revised).
SAYING_AFTER_ACT = True
_AFTER_ACT_RE = re.compile(
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a|some)\s+"
    r"(?:days?|weeks?)|the\s+day)\s+after\s+(?:the|a|an|its|their|his|this|that|last\s+\w+['’]s)\s+"
    r"(?:(?!of\b)[a-z-]+\s+){0,2}?(?:raid|attack|assault|operation|bombing|blast|explosion|offensive|clash|"
    r"ambush|strike|massacre|killing|fighting|battle|shooting)(?:s|es)?\b", re.I)
_AFTER_WORDS = ("after",)  # (in every match of `_AFTER_ACT_RE`: `_may_say`)
_COUNT_NOUN_RE = re.compile(r"\b(?:toll|tally|number|total)\b", re.I)


@lru_cache(maxsize=65536)
def after_act(text: str) -> str:
    """The statement less the words telling its date after another happening's (`SAYING_AFTER_ACT`),
    "" when it tells none or reports a count's new value.

        >>> after_act("He told reporters on Sunday, four days after the raid, that 30 militants died.")
        'He told reporters on Sunday, , that 30 militants died.'
        >>> after_act("A day after the bombing, the death toll rose to 35.")
        ''
    """
    if not SAYING_AFTER_ACT or not _may_say(text, _AFTER_WORDS) or (m := _AFTER_ACT_RE.search(text)) is None or (
            _COUNT_NOUN_RE.search(text)):
        return ""
    return text[:m.start()] + text[m.end():]


# Two meetings of one actor with other people: the names after a meeting word ("met with John
# Shattuck", "to meet with Secretary of State Madeleine Albright", "talks with ... Fino", "a
# meeting between Gore and Lee"), each run of capitalised words by its last word, titles and
# "of" inside a run kept out (`met_names`; session 14, prec7: "The Dalai Lama was also expected
# to meet with ... Albright" / "the Dalai Lama also met with John Shattuck" had linked).
MET_NAMES = True
_MEET_WORDS = frozenset("meet meets met meeting meetings talks talked conferred confer".split())
_MEET_DIRECT = frozenset("meet meets met".split())  # (a name right after: "will meet Jia Qinglin")
_MEET_LINK = frozenset("with between".split())
_MEET_SKIP = frozenset("the his her their its a an".split())
_MEET_JOIN = frozenset("and of".split())
_MEET_TITLES = _OFFICE_TITLES | frozenset("""
vice sen rep gov gen general col colonel prime chancellor king queen prince princess emir sultan pope bishop
mr mrs ms dr foreign defence defense state
""".split())
_MEET_ROLES = frozenset("counterpart counterparts leader leaders envoy officials minister president premier "
                        "secretary chief delegation host".split())  # (a role before the name: "his Albanian counterpart")
_MEET_WINDOW = 12  # words read after the meeting word, at most


@lru_cache(maxsize=65536)
def met_names(text: str) -> frozenset[str]:
    """The terms of the people a meeting word's "with" / "between" (or "meet" itself) names:
    of each run of capitalised words after it, its last word (a surname; "Secretary of State
    Madeleine Albright" -> albright), up to a comma, a stop or a lower-case word that is not
    "and", "of", an article or a possessive ("with his Albanian counterpart Bashkim Fino" ->
    fino). Empty when no such name follows a meeting word.

        >>> sorted(met_names("The Dalai Lama also met with John Shattuck, assistant secretary of state."))
        ['shattuck']
        >>> sorted(met_names("He will hold talks with President Bill Clinton and Vice President Al Gore."))
        ['clinton', 'gore']
        >>> sorted(met_names("The meeting was held in a hotel."))
        []
    """
    if not MET_NAMES:
        return frozenset()
    out: list[str] = []
    pieces = re.split(r"[,;:()]|--|\.\s", text)
    for piece in pieces:
        tokens = _words(piece)
        for i, token in enumerate(tokens):
            low = token.lower()
            if low not in _MEET_WORDS:
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].lower() in _MEET_LINK:
                j += 1
            elif low not in _MEET_DIRECT:
                continue
            run: list[str] = []
            for token2 in tokens[j:j + _MEET_WINDOW]:
                low2 = token2.lower()
                if token2[:1].isupper():
                    if low2 not in _MEET_TITLES:
                        run.append(token2)
                    continue
                if low2 in _MEET_ROLES:
                    run = []  # (what went before was the role's adjective: "his Albanian counterpart")
                    continue
                if run and low2 in _MEET_JOIN:
                    out.append(run[-1])
                    run = []
                    continue
                if not run and (low2 in _MEET_SKIP or low2 in _MEET_JOIN):
                    continue
                break
            if run:
                out.append(run[-1])
    return frozenset(filter(None, (_term(t) for t in out)))


@lru_cache(maxsize=65536)
def counts(text: str) -> frozenset[float]:
    """Every number it gives, digits or words ("two people", "4,397 patients", "Twenty-five"),
    years (1800-2100 in digits) and "a"/"an" left out: what two statements' counts are compared by."""
    out = set()
    if CLOCK_TIME and _CLOCK_HINT_RE.search(text):
        text = without_clock_times(text)  # (a clock time is no count: "at around 6:40 p.m.")
    for token in _words(text):
        value = _count_value(token)
        if value is None or (token[0].isdigit() and 1800 <= value <= 2100 and "," not in token):
            continue
        out.add(value)
    return frozenset(out)


@lru_cache(maxsize=65536)
def capitalised_terms(text: str) -> frozenset[str]:
    """The terms of every word written with a capital, a part after a hyphen included
    ("al-Maliki", "Prime Minister", a first word): what a statement names, wherever it stands."""
    return frozenset(filter(None, (_term(t) for t in _words(text)
                                   if any(part[:1].isupper() for part in t.split("-")))))


_PERFECT = frozenset("has have had".split())


@lru_cache(maxsize=65536)
def state_subject(text: str) -> frozenset[str]:
    """Of a state (`is_state`, or a perfect "has been"), the names of its subject (the capitalised words before its
    copula, a first word and an aside included: "Khost, a mountainous region, has been a hotbed
    of Taliban" -> khost); empty for any other statement."""
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if verb:
        return frozenset()
    copula = _copula(tokens, at)
    if copula == at:
        return frozenset()
    be = tokens[copula].lower()
    if be not in _BE and not (be in _PERFECT and copula + 1 < len(tokens) and tokens[copula + 1].lower() == "been"):
        return frozenset()  # ("has been a hotbed": a state as "is" is)
    if not _FRONT_CLAUSE.isdisjoint(t.lower() for t in tokens[:copula]) or happening(text):
        return frozenset()
    return frozenset(filter(None, (_term(t) for t in tokens[:copula] if t[:1].isupper())))


_PLACE_OBJECT_SKIP = frozenset("the a an".split())  # (articles before a place acted on)


@lru_cache(maxsize=65536)
def object_places(text: str) -> frozenset[str]:
    """The places (`places`) the main verb's object names right after it ("has also accused
    Iran of providing support" -> iran; "attacked Israeli positions" -> israel): who or what is
    acted on, as `actor_names` gives who acts."""
    tokens = _words(_without_aside(text))
    verb, at = _main_verb(tokens)
    if not verb:
        return frozenset()
    j = at + 1
    while j < len(tokens) and tokens[j].lower() in _PLACE_OBJECT_SKIP:
        j += 1
    found = []
    while j < len(tokens) and tokens[j][:1].isupper():
        found.append(_term(tokens[j]))
        j += 1
    return places(found)


# A running tally of several cases or incidents ("So far, China has reported three confirmed human
# cases of bird flu", "To date, 30 outbreaks have been reported"; session 15, tally): a tally
# marker and a plural noun of cases or incidents counted. One incident's toll told "so far" ("The
# death toll has risen to 40 so far") counts victims, not incidents: that incident's fact.
TALLY = True
_TALLY_RE = re.compile(r"\b(?:[Ss]o\s+far|[Tt]hus\s+far|[Tt]o\s+date|[Uu]p\s+to\s+now|[Ii]n\s+all)\b")
_TALLIED_RE = re.compile(r"\b(?:cases|outbreaks|incidents|accidents|attacks|infections|disasters|explosions|blasts)\b")
# Session 17 (prec10): the number of cases counted (infections, outbreaks) is what a statement of
# them says, not a toll revised: "the ministry said three human cases had been confirmed" is not
# "China's Ministry of Health confirmed two human bird flu cases in the country Wednesday". A
# number, then up to three lower-case words (none "of": "two of the cases" is a part), then the
# plural noun; "one suspected case" is counted too (`case_counts`).
CASE_COUNTS = True
_CASE_NOUNS = frozenset("case cases infection infections outbreak outbreaks".split())
_CASE_GAP = 3


@lru_cache(maxsize=65536)
def case_counts(text: str) -> frozenset[float]:
    """The numbers that count cases, infections or outbreaks (`CASE_COUNTS`).

        >>> sorted(case_counts("The ministry confirmed two human cases and one suspected case of H5N1 bird flu."))
        [1, 2]
        >>> sorted(case_counts("Two of the cases were fatal."))
        []
    """
    if not CASE_COUNTS:
        return frozenset()
    tokens = _words(text)
    out = set()
    for i, token in enumerate(tokens):
        if token.lower() not in _CASE_NOUNS:
            continue
        for j in range(i - 1, max(-1, i - 2 - _CASE_GAP), -1):
            value = _count_value(tokens[j])
            if value is not None and not (tokens[j][0].isdigit() and 1800 <= value <= 2100):
                if tokens[j].lower() not in ("a", "an"):
                    out.add(value)
                break
            if not tokens[j].islower() or tokens[j] in ("of", "the", "and", "or"):
                break
    return frozenset(out)


# ... and one case ranked among them ("She was the second human case of bird flu in the province",
# "It is the third accident this year"): the rank says where it stands in the tally.
_RANK_RE = re.compile(
    r"\b(?:was|is|became|becomes|marks|marked|remains)\s+(?:the|its|their|his|her|China's|the country's)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?!of\b)[a-z-]+\s+){0,3}?(?:case|victim|death|fatality|infection|accident|incident|attack|outbreak)s?\b")


# ... or counts incidents as its subject ("two recent colliery accidents, including the Jiaojiazhai
# Colliery blast, have killed at least 67 people"): a number of two or more, up to three lower-case
# words, a plural incident noun, then (after an aside in commas) a verb of a happening's toll.
_COUNTED_INCIDENTS_RE = re.compile(
    r"\b(?i:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?!of\b)[a-z-]+\s+){0,3}?"
    r"(?:accidents|incidents|attacks|blasts|explosions|disasters|outbreaks|bombings)\b"
    r"(?:,[^,]*,)?\s+(?:have|had|has)\s+(?:killed|left|claimed|caused)\b")

# Session 21 (prec19): a superlative ranks one happening among the others of a period as an
# ordinal does ("It is the largest mine accident in Poland this year", "The mine accident is the
# country's deadliest so far this year", "The explosion was the worst disaster of its kind"): a
# copula, a determiner or a possessor, a superlative of size or harm, then an incident noun (up to
# three lower-case words before it) or the period itself. Not a superlative of another kind ("is
# the largest producer of coal", "was the biggest shareholder"), nor one held in no copula ("at
# the site of the largest mine accident"). `SUPERLATIVE_RANK` off: ordinals only.
SUPERLATIVE_RANK = True
_SUPERLATIVE_RANK_RE = re.compile(
    r"\b(?:is|was|became|becomes|marks|marked|remains|remained)\s+"
    r"(?:the|its|their|the\s+(?:country|nation|region|province|state|city)['\u2019]s|[A-Z][\w-]*['\u2019]s)\s+"
    r"(?:single\s+)?(?:largest|biggest|deadliest|worst|bloodiest|heaviest|"
    r"most\s+(?:serious|deadly|severe|devastating|lethal))\s+"
    r"(?:(?:(?!of\b)[a-z-]+\s+){0,3}?(?:case|victim|death|fatality|accident|incident|attack|outbreak|disaster|"
    r"blast|explosion|bombing|tragedy|fire|flood|flooding|crash|collapse|earthquake)s?\b"
    r"|(?:so\s+far\s+)?this\s+year\b|(?:so\s+far\s+)?in\s+\d{4}\b)")


@lru_cache(maxsize=65536)
def tally(text: str) -> str:
    """"tally" when the statement counts several cases or incidents to its day (`_TALLY_RE` and a
    plural case noun), "rank" when it ranks one case among them, "" otherwise.

        >>> tally("So far, China has reported three confirmed human cases of bird flu.")
        'tally'
        >>> tally("She was the second human case of bird flu in the province.")
        'rank'
        >>> tally("The death toll has risen to 40 so far.")
        ''
        >>> tally("The ministry confirmed two human cases on Wednesday.")
        ''
    """
    if not TALLY:
        return ""
    if _RANK_RE.search(text) or SUPERLATIVE_RANK and _SUPERLATIVE_RANK_RE.search(text):
        return "rank"
    if _TALLY_RE.search(text) and _TALLIED_RE.search(text):
        return "tally"
    if _COUNTED_INCIDENTS_RE.search(text):
        return "tally"
    return ""


# Session 16 (prec9): a statement naming nothing of its own ("It added the mine's production
# permit and safety license have both expired", "Three managers responsible for the blast have
# been arrested, said local police", "Families of the dead will each receive 200,000 yuan ...")
# speaks, by its definite words, of what its document named last: its referent is that
# statement's names (`facts.DEFINITE_CONTEXT`). A name is compared by its first word, the
# specific one ("Luweitan Colliery" -> luweitan, "Shanxi Province" -> shanxi): the last words of
# a name are its kind (province, county, ministry, hospital ...) and many names share them.
DEFINITE_CONTEXT = True
_DEFINITE_RE = re.compile(r"\b(?:the|its|their)\b", re.IGNORECASE)
_PAREN_RE = re.compile(r"\([^()]*\)")
_CALENDAR = frozenset((*MONTHS, *WEEKDAY_WORDS))  # ("on Oct. 24": no name)


@lru_cache(maxsize=512)
def _name_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The runs of capitalised words (a part after a hyphen included), outside parentheses,
    broken by anything but a space; the first word of the text marked by its index 0. Kept for
    the last few texts: `facts._give_context` reads each statement of a document up to four
    times (`inner_names`, `name_heads`, `names_actor_only`, `names_nothing`)."""
    if "(" in text:
        text = _PAREN_RE.sub(lambda m: " " * len(m.group()), text)  # (an aside: "(25,000 U.S. dollars)")
    if "-" in text and _HYPHEN_CAPITAL_RE.search(text):
        return _name_runs_by_word(text)
    runs: list[list[str]] = []
    last_end = -1
    first = _WORD_RE.search(text)
    opening = first.start() if first else -1  # (the text's first word, marked)
    for m in _CAPITALISED_WORD_RE.finditer(text):
        if runs and not text[last_end:m.start(1)].strip():
            runs[-1].append(m.group(1))
        else:
            runs.append(["\x00" + m.group(1)] if m.start(1) == opening else [m.group(1)])
        last_end = m.end(1)
    return tuple(map(tuple, runs))


# The `_WORD_RE` words that open with a capital: a word's letters and its inner "'’.-" are one
# run of those characters (so a word starts right after none of them), less the run's leading
# and trailing marks. Exact only where no "-" comes before a capital ("al-Maliki", "U.S.-Iraq"):
# a word whose part after a hyphen opens with a capital is a name word too (`_name_runs_by_word`).
_CAPITALISED_WORD_RE = re.compile(r"(?<![A-Za-z'’.-])['’.-]*([A-Z][A-Za-z'’.-]*[A-Za-z]|[A-Z])")
_HYPHEN_CAPITAL_RE = re.compile(r"-[A-Z]")


def _name_runs_by_word(text: str) -> tuple[tuple[str, ...], ...]:
    """`_name_runs` of a text without parentheses, read word by word."""
    runs: list[list[str]] = []
    last_end = -1
    for k, m in enumerate(_WORD_RE.finditer(text)):
        word = m.group()
        if not (word[0].isupper() or "-" in word and any(part[:1].isupper() for part in word.split("-"))):
            last_end = -1
            continue
        if runs and last_end >= 0 and not text[last_end:m.start()].strip():
            runs[-1].append(word)
        else:
            runs.append([word] if k else ["\x00" + word])
        last_end = m.end()
    return tuple(map(tuple, runs))


def leading_names(text: str) -> frozenset[str]:
    """The terms of the run of capitalised words the statement opens with: its subject when it
    is named ("Kopp, who is accused ..." -> kopp; "Bin Laden is ..." -> bin, laden; "The experts"
    -> nothing)."""
    runs = _name_runs(text)
    if not runs or runs[0][0][0] != "\x00":
        return frozenset()
    return frozenset(filter(None, (_term(w.lstrip("\x00")) for w in runs[0])))


def inner_names(text: str) -> frozenset[str]:
    """The terms of the capitalised words after the first: what a document names wherever the
    capital is not the sentence's ("Luweitan" in "... occurred at Luweitan Colliery")."""
    return frozenset(filter(None, (_term(w) for run in _name_runs(text) for w in run if w[0] != "\x00")))


def name_heads(text: str, names: frozenset[str] | None = None) -> frozenset[str]:
    """The first word of each name of the statement (`_name_runs`), calendar words and function
    words aside (`_term` gives them none); its first word counts when `names` (a document's
    `inner_names`) holds it, or always when `names` is None ("Luweitan colliery is designed to
    produce ..." -> luweitan; "Police have detained the mine owner" -> nothing)."""
    out = set()
    for run in _name_runs(text):
        for k, word in enumerate(run):
            if word[0] == "\x00":
                term = _term(word[1:]) if word[1:].lower().rstrip(".") not in _CALENDAR else ""
                if term and (names is None or term in names):
                    out.add(term)
                    break
                continue  # ("Explosive blast that occurred in ..." is no name; the next word may be)
            if word.lower().rstrip(".") in _CALENDAR:
                continue
            if term := _term(word):
                out.add(term)
                break
    return frozenset(out)


def names_actor_only(text: str, names: frozenset[str], heads: frozenset[str] | None = None) -> bool:
    """Its only names are its actor's (`name_heads` within `actor_names`: the subject before the
    main verb) and it speaks of something definite after the verb: what it acts on is its
    document's ("The Ministry of Agriculture has sent a team of experts to help contain the
    disease, and local veterinary departments have culled the poultry near the affected area":
    which disease, which area, the report's lede said; session 17, prec10). `heads`: its
    `name_heads(text, names)` when the caller has them (not read again)."""
    if heads is None:
        heads = name_heads(text, names)
    if not heads:
        return False
    tokens = _words(text)
    low = [t.lower() for t in tokens]
    if "the" not in low and "its" not in low and "their" not in low:
        return False  # (nothing definite anywhere: its actor need not be read, a sixth of TE3's)
    if not heads <= actor_names(text):
        return False
    _verb, at = _main_verb(tokens)
    return any(t in ("the", "its", "their") for t in low[at + 1:])


def names_nothing(text: str, names: frozenset[str], heads: frozenset[str] | None = None) -> bool:
    """It names nothing of its own (`name_heads` empty, its document's `names` telling a name
    at its start) and speaks of something definite ("the", "its", "their"): its referent is
    its document's. `heads`: its `name_heads(text, names)` when the caller has them."""
    if heads is None:
        heads = name_heads(text, names)
    return not heads and bool(_DEFINITE_RE.search(text))


# Session 17 (webprec: the saved web pages of ../shared/sources/web-dev): statements that tell no
# happening at all, only how to do something or what the writer holds, which two blogs undated
# "on or before" their reports share on their words ("Then run the pip install -r requirements.txt
# to install the requirements." / "Once created, pip install by name or by requirements file works
# as expected."; "Python is, in general, an exceptionally flexible programming language" / "To be
# clear, I do think Python 3 is generally a better language than Python 2."): `facts._told_no_happening`.
#
# An instruction: the sentence opens, after at most one sequencing word ("Then", "Next",
# "First", "Simply"), with a verb in its base form and its object (a determiner or a pronoun
# right after it): "Run the installer", "Then add your key to the file", "Simply open it".
# The first word is no verb when it is a grammar word, a fronting word, a date word, a number,
# or a form that is not the base one (-ed, -ing, -s, a past form): "Meanwhile the", "Police
# said the", "Officials the world over" are no instructions.
INSTRUCTION = True
_SEQUENCE = frozenset("then next now first second third finally lastly simply just also afterwards".split())
_OBJECT_OPENERS = frozenset("the a an your this that these those it them all any each every".split())
_NOT_IMPERATIVE = frozenset("""
here there today tonight yesterday tomorrow yet so thus hence however therefore also then now only even
perhaps maybe indeed overall together otherwise besides again soon all both each every either neither
what which who whom whose where when why how whether not no nor and but or much many most more few several
almost below above whatever whoever whichever enough about among around across along against toward towards
into onto between behind beneath beside near past via per except including such week weeks month months
year years day days time times morning afternoon evening night weekend
""".split())
_SEQUENCE_RE = re.compile(r"([A-Za-z]+),?[ \t]+")
_INSTRUCTION_RE = re.compile(r"([A-Za-z]+)[ \t]+([A-Za-z]+)\b(?![-'\u2019.])")  # (the first two words, only spaces between)


@lru_cache(maxsize=65536)
def instruction(text: str) -> bool:
    """An instruction (an imperative): a base-form verb opens the sentence, after at most one
    sequencing word, and its object follows.

        >>> instruction("Then run the pip install -r requirements.txt to install the requirements.")
        True
        >>> instruction("Meanwhile the campaign announced two new ads.")
        False
        >>> instruction("Trump held a rally in Hialeah.")
        False
    """
    if not INSTRUCTION or is_quote(text):
        return False
    text = text.lstrip("-\u2022 ")  # (a list's dash or bullet: "- Slice the tomatoes")
    seq = _SEQUENCE_RE.match(text)
    if seq is not None and seq.group(1).lower() in _SEQUENCE:  # ("Then run the ...", "First, open the ...")
        m = _INSTRUCTION_RE.match(text[seq.end():])
        if m is None or not m.group(1).islower():
            return False
    elif (m := _INSTRUCTION_RE.match(text)) is None:
        return False  # (a table row, a quote mark, a label, an aside: "| | Leek |", "Rick: It was", "Biden, the")
    elif not (m.group(1)[:1].isupper() and m.group(1)[1:].islower()):
        return False  # ("KOBE - A total of ...": a dateline)
    verb, after = m.group(1), m.group(2).lower()
    low = verb.lower()
    if low in _NOT_IMPERATIVE or low in _DETERMINERS or low in _PRONOUNS or low in _AUX or low in _FRONT \
            or low in _FRONT_CLAUSE or low in _RELATIVE or low in _DATE_WORDS or low in NUMBER_WORDS \
            or low in _IRREGULAR or low in _FRAME or low.endswith(("ed", "ing", "ly")) \
            or (low.endswith("s") and not low.endswith("ss")):
        return False
    return after in _OBJECT_OPENERS


# The writer's own view: "I think", "I do think", "I believe", "In my view", "Personally," open
# the main clause (after a fronted phrase: "To be clear, I do think ..."), the statement no quote
# ("\"I think he is going to be the nominee,\" Hawley said" is someone's words, told again).
OPINION = True
_OPINION_RE = re.compile(
    r"^(?:[A-Z][^,]{0,40},\s+)?(?:I\s+(?:do\s+|really\s+|still\s+|honestly\s+|personally\s+)?"
    r"(?:think|believe|feel|suspect|guess|reckon|would\s+argue)\b|In\s+my\s+(?:view|opinion)\b|Personally,)")

# What is so in general: a marker of generality ("in general", "generally", "as a rule",
# "typically", "usually") and a present copula or verb form, no past form read: "Python is, in
# general, an exceptionally flexible programming language".
_GENERALLY_RE = re.compile(r"\b(?:[Ii]n\s+general|[Gg]enerally|[Aa]s\s+a\s+rule|[Tt]ypically|[Uu]sually)\b")
_PRESENT_RE = re.compile(r"\b(?:is|are|does|do|tends?|works?)\b")


def opinion(text: str) -> bool:
    """The writer's own view, not a quote.

        >>> opinion("To be clear, I do think Python 3 is generally a better language than Python 2.")
        True
        >>> opinion('"I think he is going to be the nominee," Hawley said.')
        False
    """
    return OPINION and not is_quote(text) and bool(_OPINION_RE.search(text.lstrip()))


def generally(text: str) -> bool:
    """What is so in general, told in the present: a marker of generality and a present form.

        >>> generally("Python is, in general, an exceptionally flexible programming language.")
        True
        >>> generally("The storm generally moved east on Tuesday.")
        False
    """
    return OPINION and not is_quote(text) and bool(_GENERALLY_RE.search(text)) and bool(_PRESENT_RE.search(text))


@lru_cache(maxsize=65536)
def no_happening(text: str) -> str:
    """"instruction", "opinion" or "general" when the statement tells no happening of its own
    (`instruction`, `opinion`, `generally`), "" otherwise."""
    if instruction(text):
        return "instruction"
    if opinion(text):
        return "opinion"
    if generally(text):
        return "general"
    return ""


# Session 17 (webprec): a toll counted since a campaign or a period began ("at least 9,061 people
# have been killed in Gaza since Israel launched its assault on the enclave", "since the war
# began", "since the start of the offensive") adds up every day's dead to its report: it is no
# one strike's toll ("Israel has said the attacks killed dozens of militants") however many words
# of the war both give (`facts._cumulative_apart`). "since" an incident ("since the blast", "since
# it struck") counts that incident's dead: no period.
CUMULATIVE_TOLL = True
_SINCE_START_RE = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b"
    r"|(?:[\w'\u2019-]+\s+){0,6}?(?:launched|began|begun|started|erupted|broke\s+out)\b"
    r"|the\s+(?:[\w'\u2019-]+\s+){0,2}?(?:war|conflict|offensive|campaign|invasion|uprising|occupation|insurgency)\b)",
    re.I)
_SINCE_WORDS = ("since",)  # (in every match of `_SINCE_START_RE`: `_may_say`)
_TOLL_WORD_RE = re.compile(r"\b(?:killed|died|dead|deaths?|wounded|injured|casualties|toll)\b", re.I)


@lru_cache(maxsize=65536)
def cumulative_toll(text: str) -> bool:
    """A toll counted since a campaign or a period began.

        >>> cumulative_toll("At least 9,061 people have been killed in Gaza since Israel launched its assault.")
        True
        >>> cumulative_toll("The death toll has risen to 40 since the blast on Tuesday.")
        False
    """
    return CUMULATIVE_TOLL and _cumulative_toll(text)


@lru_cache(maxsize=2048)
def _cumulative_toll(text: str) -> bool:
    # (kept: asked of both statements of every pair compared, as `other_incident`)
    # ("since" first: in every match of `_SINCE_START_RE`, and in few statements)
    return _may_say(text, _SINCE_WORDS) and bool(_TOLL_WORD_RE.search(text)) and bool(_SINCE_START_RE.search(text))


# Session 19 (prec14): a running total, a counter that adds up many days' incidents and is told
# with its new value ("two more troops were killed, bringing the number of US fatalities in Iraq
# since the 2003 invasion to 2,946"; "bringing the death toll in coal mine tragedies to 85 over the
# past three days"; "bringing the total number of dead or injured so far in 2005 to 775"), is a state
# of its report's day: another day's value ("... since the March 2003 invasion to 2,944", a day
# earlier; "The US death toll in Iraq has now reached 2,947") is another state, another fact
# (`facts._other_totals`). A running total is "bringing/brought ... to N" with a period or several
# incidents counted (since a start, so far, this year, in a year, over the past days, plural
# incidents); one incident's toll revised ("bringing the death toll from the blast to 12") is no
# running total (GUIDELINES: a toll of one happening may differ and stay one fact). A counter's
# value ("The US death toll in Iraq has now reached 2,947", "the total stood at 35") is compared
# with a running total only.
RUNNING_TOTAL = True
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_BRINGING_RE = re.compile(
    r"\b(?:bringing|brings|brought|bring|taking|takes|took|pushing|pushed)\s+(?:the|its|their)\s+"
    r"((?:[\w'\u2019-]+\s+){0,14}?)to\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?" + _NUM + r"\b",
    re.I)
_COUNTER_RE = re.compile(r"\b(?:number|toll|total|tally|count|figure)\b", re.I)
_PERIOD_RE = re.compile(
    r"\b(?:so\s+far|thus\s+far|to\s+date|this\s+year|since\s+(?:the\s+)?(?:[a-z]+\.?\s+)?\d{4}\b|in\s+\d{4}|(?:over|in)\s+the\s+(?:past|last)\s+"
    r"|(?:accidents|attacks|tragedies|incidents|bombings|blasts|disasters|outbreaks|cases)\b)", re.I)
_COUNTER_VALUE_RE = re.compile(
    r"\b(?:number|toll|total|tally|count)\b(?:\s+[\w'\u2019-]+){0,8}?\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?"
    r"(?:reached|risen\s+to|rose\s+to|climbed\s+to|stands\s+at|stood\s+at|is\s+now|was\s+now)\s+"
    r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?" + _NUM + r"\b", re.I)


@lru_cache(maxsize=65536)
def running_total(text: str) -> frozenset[str]:
    """The values (digits, no commas) a running total is brought to (`RUNNING_TOTAL`).

        >>> sorted(running_total("Two more troops were killed, bringing the number of US fatalities since the 2003 invasion to 2,946."))
        ['2946']
        >>> sorted(running_total("Two more injured died, bringing the death toll from the blast to 12."))
        []
    """
    if not RUNNING_TOTAL or "to" not in text:
        return frozenset()
    out = set()
    for m in _BRINGING_RE.finditer(text):
        counted = m.group(1)
        if not _COUNTER_RE.search(counted):
            continue
        if _PERIOD_RE.search(counted) or _SINCE_START_RE.search(counted) or _PERIOD_RE.search(text[m.end():]):
            out.add(m.group(2).replace(",", ""))
    return frozenset(out)


@lru_cache(maxsize=65536)
def counter_value(text: str) -> frozenset[str]:
    """The values a counter is said to stand at, running total or not ("The US death toll in Iraq
    has now reached 2,947"; `RUNNING_TOTAL`).

        >>> sorted(counter_value("The US death toll in Iraq has now reached 2,947, according to an AFP count."))
        ['2947']
        >>> sorted(counter_value("Two soldiers were killed on Monday."))
        []
    """
    if not RUNNING_TOTAL:
        return frozenset()
    return running_total(text) | {m.group(1).replace(",", "") for m in _COUNTER_VALUE_RE.finditer(text)}


# Session 17 (webprec): a happening another statement tells, held here only as what another act
# is about. Its actor's name owns it after this statement's own predicate ("the Biden campaign
# used the occasion of Trump's rally and the GOP debate to announce two new Spanish-language TV
# ads", "the campaign was focused on countering Trump's rally in Hialeah"), or it is the reason
# given for another act ("Cohen also praised Haley for calling entrepreneur Vivek Ramaswamy
# 'scum'"): `facts._happening_aside`. A name's happening opening the main clause is its subject,
# the happening itself ("Trump's rally in Hialeah drew thousands").
HAPPENING_ASIDE = True
_POSSESSIVE_RE = re.compile(r"\b([A-Z][\w.-]*)['\u2019]s\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")
_POSSESSIVE_MARKS = ("'s", "\u2019s")  # (one is in every match of `_POSSESSIVE_RE`: `may_possess`)
_REASON_RE = re.compile(r"\b(?:for|on)\s+(?:not\s+|having\s+)?([a-z]+ing)\b")  # (or its aim: "focus on beating")


@lru_cache(maxsize=65536)
def possessed_aside(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(owner, terms of what it owns) of each "Name's noun" that does not open the main clause:
    a happening held as an object or in a fronted phrase, not the subject.

        >>> possessed_aside("The Biden campaign used the occasion of Trump's rally to announce new ads.")
        (('trump', frozenset({'rall'})),)
        >>> possessed_aside("Trump's rally in Hialeah drew thousands.")
        ()
    """
    if not HAPPENING_ASIDE or "s " not in text:
        return ()
    main = main_clause(text)
    start = text.find(main) if main is not text else 0
    out = []
    for m in _POSSESSIVE_RE.finditer(text):
        if m.start() >= start and all(w.lower() in _DETERMINERS or not w.islower()
                                      for w in _words(text[start:m.start()])):
            continue  # (it opens the main clause: its subject)
        owner = _term(m.group(1))
        full = m.group(2).split()
        after = text[m.end():].split(None, 1)
        nxt = [*full[1:], after[0] if after else ""]  # (the word after each)
        words = full
        for k, word in enumerate(full):
            if word in _DETERMINERS or word in _GAP_STOP or word in _AUX or word in _FRONT_CLAUSE:
                words = full[:k]  # (the noun phrase ends: "Trump's rally to announce", "rally and the")
                break
        # (a word taking an object is the owner's noun phrase's verb, no owned noun: "after
        # Smith's committee approves a budget" owns "committee", not "approves")
        owned = frozenset(filter(None, (_term(w) for w, n in zip(words, nxt) if n.lower() not in _OBJECT_OPENERS)))
        if owner and owned:
            out.append((owner, owned))
    return tuple(out)


def may_possess(text: str) -> bool:
    """False when `possessed_aside(text)` is surely empty: no "Name's" in the text (one search,
    not the main clause read; `facts._happening_aside` asks it first)."""
    return any(mark in text for mark in _POSSESSIVE_MARKS) and _POSSESSIVE_RE.search(text) is not None


@lru_cache(maxsize=65536)
def reason_acts(text: str) -> frozenset[str]:
    """The terms of the acts given as another act's reason or aim ("praised Haley for calling
    ...", "was jailed for stealing a car", "I'm going to focus on beating Joe Biden" -> call,
    steal, beat).

        >>> sorted(reason_acts("Cohen also praised Haley for calling Ramaswamy 'scum'."))
        ['call']
    """
    if not HAPPENING_ASIDE or ("for " not in text and "on " not in text):
        return frozenset()
    out = set()
    for m in _REASON_RE.finditer(text):
        word = m.group(1)
        out.add(_term(word))
        base = word[:-3]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiouls":
            out.add(_term(base[:-1]))  # ("winning" -> win, as the main verb reads it)
    out.discard("")
    return frozenset(out)


# Session 17 (webprec): a word that dates a title, written before a name ("former New Jersey Gov.
# Chris Christie", "acting U.S. Attorney Joshua Levy", "outgoing President ..."), belongs to the
# name as its capitalised words do: two statements sharing names and such words only, saying other
# happenings, share who, not what ("The three were joined by former New Jersey Gov. Chris
# Christie and South Carolina Sen Tim Scott" / "Two other candidates, former New Jersey Gov. Chris
# Christie and Sen. Tim Scott of South Carolina ... receded into the background":
# `facts._names_titles_only`).
NAME_TITLES = True
_NAME_TITLE_RE = re.compile(r"\b(former|acting|outgoing|incumbent|retired|interim)\s+(?=[A-Z])")


def name_titles(text: str) -> frozenset[str]:
    """The terms of the words dating a title before a name.

        >>> sorted(name_titles("Two candidates, former New Jersey Gov. Chris Christie and Sen. Tim Scott, spoke."))
        ['former']
        >>> sorted(name_titles("The former governor spoke."))
        []
    """
    if not NAME_TITLES:
        return frozenset()
    return frozenset(filter(None, (_term(m.group(1)) for m in _NAME_TITLE_RE.finditer(text))))


# Session 18 (prec11): a happening told by a light verb and an event noun ("the pope made a stunning
# conciliatory gesture", "gave a speech", "paid a visit", "talks were held"): the verb says nothing of
# its own (`main_verb` reads no verb in "made" or "gave": their terms are stop words), the noun names
# the act. And a reported clause fronted before its speech tag ("Turkey's place is in the EU,
# Ratzinger said in 2004"; "Turkey in the EU, he had said, would be a grave error"): the statement
# tells a saying, whatever its clause says. Both are happenings told, not states: read by
# `facts._tells_act` for `facts.HEADS_JOIN` only (every other reading is unchanged). Only the main
# clause's: a light act in a relative or subordinate clause ("the farmer who made a speech was ...")
# is the clause's, and a light verb with another object ("made a fortune", "gave birth", "took
# office", "held a position") names no act here.
LIGHT_ACT = True
_LIGHT_ACT_VERBS = frozenset("""
make makes made making give gives gave given giving hold holds held holding take takes took taken taking
offer offers offered offering deliver delivers delivered delivering pay pays paid paying issue issues issued
issuing stage stages staged staging launch launches launched launching lodge lodges lodged file files filed
conduct conducts conducted carry carries carried carrying strike strikes struck extend extends extended
""".split())
_LIGHT_ACT_PARTICIPLES = frozenset("made given held taken offered delivered paid issued staged launched lodged "
                                   "filed conducted carried struck extended".split())
_EVENT_NOUNS = frozenset(stem(w) for w in """
gesture speech address remarks statement apology visit trip tour pilgrimage tribute call appeal plea pledge
promise vow bid attempt concession overture interview testimony appearance debut comeback announcement
declaration decision request proposal demand warning threat protest walkout strike attack offensive raid
deal agreement talks meeting conference briefing vote ruling donation toast prayer prayers sermon homily
blessing mass stopover welcome rally
""".split())
_LIGHT_GAP = 4  # words between the light verb and its noun ("made a stunning conciliatory gesture"), at most
_LIGHT_GAP_STOP = frozenset("""
in on at to from by for with of about into over after before during against that which who whom whose when
while because if and or but as than it him her them us me this there here not
""".split())
_LIGHT_PARTICLES = frozenset("out up".split())  # ("carried out a raid")
_SUBORDINATE = _RELATIVE | frozenset("that after before since while because if until as although though once".split())
_SUBORDINATE_SPAN = 4  # words before the light verb read for a relative or subordinating word
_CLAUSE_SPLIT_RE = re.compile(r"[;:()]|--|\s[-\u2013\u2014]\s")


def _main_clause_words(text: str) -> list[str]:
    """The words of the text up to its first semicolon, colon, bracket or dash."""
    return _words(_CLAUSE_SPLIT_RE.split(_without_aside(text), 1)[0])


def light_act(text: str) -> str:
    """The stem of the event noun a light verb of the main clause names as its act ("made a
    stunning conciliatory gesture" -> gestur; "talks were held" -> talk), "" if none.

        >>> light_act("The pope made a stunning conciliatory gesture in the Blue Mosque.")
        'gestur'
        >>> light_act("The farmer who made a speech was the first victim.")
        ''
    """
    return _light_act(text) if LIGHT_ACT else ""


@lru_cache(maxsize=65536)
def _light_act(text: str) -> str:
    tokens = _main_clause_words(text)
    low = [t.lower() for t in tokens]
    n = len(tokens)
    for i, w in enumerate(low):
        if w in _LIGHT_ACT_VERBS and i > 0 and tokens[i][0].islower():
            if any(low[k] in _SUBORDINATE for k in range(max(0, i - _SUBORDINATE_SPAN), i)):
                continue
            j = i + 1
            if j < n and low[j] in _LIGHT_PARTICLES:
                j += 1
            for k in range(j, min(n, j + _LIGHT_GAP + 1)):
                if low[k] in _LIGHT_GAP_STOP or tokens[k][0].isupper() or tokens[k][0].isdigit():
                    break
                if stem(low[k]) in _EVENT_NOUNS:
                    return stem(low[k])
        if w in _LIGHT_ACT_PARTICIPLES and i >= 2 and low[i - 1] in _BE | {"been"}:
            # the passive: "talks were held", "a speech has been given", "the gesture was made"
            k = i - 1
            while k > 0 and low[k] in _BE | {"has", "have", "had", "been"}:
                k -= 1
            if stem(low[k]) in _EVENT_NOUNS and not any(
                    low[m] in _SUBORDINATE for m in range(max(0, k - _SUBORDINATE_SPAN), k)):
                return stem(low[k])
    return ""


FRONTED_REPORT = True
_REPORT_TAG_VERBS = ("said|says|told|added|argued|stated|declared|wrote|insisted|warned|noted|stressed|remarked|"
                     "recalled|claimed|maintained|explained|predicted|acknowledged|conceded")
_SPEAKER = (r"(?:he|she|they|we|I|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
            r"|the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
# a clause of three words or more, a comma (a closing quotation mark may follow it), the speaker and
# a speech verb (an auxiliary before it: "he had said"), then a comma (an aside: the clause goes on),
# the end, or the saying's own time and place ("Ratzinger said in 2004.")
_FRONTED_REPORT_RE = re.compile(
    r"^\s*(?:''|``|[\"\u201c\u2018'])?(?P<clause>[^,]*?\w+\W+\w+\W+\w+[^,]*?),\s*(?:''|[\"\u201d\u2019'])?\s*"
    r"(?:" + _SPEAKER + r"\s+(?:had\s+|has\s+|have\s+)?(?:" + _REPORT_TAG_VERBS + r")"
    r"|(?:said|says|added|told)\s+" + _SPEAKER + r")\b"
    r"(?P<tail>[^,.;:!?]*)(?:[,.;:!?]|$)")
_CLAUSE_OPENERS = frozenset("if when after before since while because although though as once until unless "
                            "when where who which that".split())


def fronted_report(text: str) -> bool:
    """The statement opens with a clause its speech tag follows: it tells a saying.

        >>> fronted_report("Turkey's place is in the EU, Ratzinger said in 2004.")
        True
        >>> fronted_report("Turkey in the EU, he had said, would be a grave error.")
        True
        >>> fronted_report("After the talks ended, he said the place was calm.")
        False
    """
    return FRONTED_REPORT and _fronted_report(text)


@lru_cache(maxsize=65536)
def _fronted_report(text: str) -> bool:
    m = _FRONTED_REPORT_RE.match(text)
    if m is None:
        return False
    first = _WORD_RE.match(m.group("clause").lstrip(" '\"`\u201c\u2018"))
    return first is not None and first.group().lower() not in _CLAUSE_OPENERS and len(m.group("tail").split()) <= 6


# Session 19 (prec12): results told in one template ("<Winner> won the <competition> <discipline>
# gold medal here on <weekday>"; a party's seats, a match's score) share most of their words, the
# verb and the competition's name, and are other happenings when what they specify differs: the
# medal's colour, the men's or the women's event, the distance or weight class, a team or an
# individual event, the discipline, the score, the seats counted. A statement reads as a result
# when it has a verb of winning and a result noun (`_RESULT_VERB_RE`, `_RESULT_NOUN_RE`) or a
# score; each kind of specifier is a set read from its whole text (`result_read`), and two
# results are apart when one kind is given by both and no value is shared (`results_apart`).
# A tally of results ("now have 14 gold medals from the 20 shooting events contested so far") is
# not one of them, and a past result a quote recalls ("they had not won a medal in the past 20
# years": every verb of winning negated or pluperfect) is no result of the day.
RESULTS = True
_RESULT_VERB_RE = re.compile(
    r"\b(?:won|wins?|winning|(?:t[ao]ke[sn]?|took|taking)(?!\s+(?:place|part)\b)|claim(?:ed|s|ing)?|"
    r"clinch(?:ed|es|ing)?|captur(?:e|ed|es|ing)|grabb?(?:ed|s|ing)?|bagg?(?:ed|s|ing)?|snatch(?:ed|es|ing)?|"
    r"secur(?:e|ed|es|ing)|earn(?:ed|s|ing)?|pocket(?:ed|s|ing)?|retain(?:ed|s|ing)?|beat(?:s|ing|en)?|"
    r"defeat(?:ed|s|ing)?|edg(?:e|ed|es|ing)|triumph(?:ed|s|ing)?)\b", re.IGNORECASE)
_RESULT_NOUN_RE = re.compile(
    r"\b(?:gold|silver|bronze|golds|silvers|bronzes|medals?|titles?|crowns?|championships?|trophy|trophies|"
    r"cups?|race|seats)\b", re.IGNORECASE)
# a score is read with a word of a match's result ("a 1-0 win over", "beat Taiwan 2-1"), not
# as a span of days ("on November 4-5", "from June 22-24")
_MATCH_RE = re.compile(r"\b(?:victory|victories|win|wins|won|beat|beats|beating|beaten|defeat(?:s|ed|ing)?|"
                       r"draw|drew|edged|downed|lead|led)\b", re.IGNORECASE)
_SCORE_RE = re.compile(r"(?<![\d.,:/-])(\d{1,3})-(\d{1,3})(?![\d/-]|\.\d)")
_BEFORE_WORD_RE = re.compile(r"([A-Za-z]+)\.?\s*$")
_COLOURS = {"gold": "gold", "golds": "gold", "silver": "silver", "silvers": "silver", "bronze": "bronze",
            "bronzes": "bronze"}
_SEXES = {"men": "men", "women": "women", "mixed": "mixed", "boys": "boys", "boys'": "boys", "girls": "girls",
          "girls'": "girls"}
_FORMATS = {"team": "team", "individual": "individual", "singles": "singles", "doubles": "doubles",
            "relay": "relay", "pairs": "pairs", "synchronised": "synchronised", "synchronized": "synchronised"}
# disciplines: a closed list of the kinds of sport a result names (two words written with a
# hyphen, "double-trap": read from two words in a row)
_DISCIPLINES = frozenset(
    "tennis badminton squash swimming backstroke breaststroke butterfly freestyle medley hurdle hurdles steeplechase "
    "marathon pistol rifle trap skeet archery fencing foil epee sabre judo taekwondo karate wushu boxing "
    "wrestling weightlifting gymnastics diving rowing canoe canoeing kayak cycling sailing equestrian hockey football "
    "soccer basketball volleyball handball baseball softball cricket rugby golf chess snooker billiards bowling "
    "triathlon decathlon heptathlon javelin discus shot-put hammer pole-vault long-jump high-jump triple-jump "
    "kabaddi takraw polo slalom downhill biathlon luge bobsleigh skating curling dressage trampoline".split())
# an event's distance ("the men's 200m", "110 metres hurdles", "20km walk": whole numbers from 50 m,
# not a mark, "a leap of 7.77m"), its weight class ("the women's 75kg", "63kg category") and the
# seats counted ("won 38 out of the 120 seats": every number of the phrase)
_DIST_RE = re.compile(r"(?<![\w.,])(?<!\d[.,]\s)(\d{1,2}\s*x\s*)?(\d{1,3},\d{3}|\d{1,5})\s*-?\s*"
                      r"(m|km|metres?|meters?|kilometres?|kilometers?)\b(?!\s*(?:throw|toss|leap|jump|mark)\b)",
                      re.IGNORECASE)
_CLASS_RE = re.compile(r"(?:\b(?:men|women|boys|girls)'?s?\s+(?:[a-z]+\s+)?|-)(\d{2,3})\s*(?:kg|kilograms?)\b"
                       r"|\b(\d{2,3})\s*(?:kg|kilograms?)\s+(?:category|class|division|weight)\b",
                       re.IGNORECASE)
_SEATS_RE = re.compile(r"\b(\d[\d,]*)\s+(?:(?:out\s+)?of\s+(?:the\s+)?(\d[\d,]*)\s+)?(?:[a-z-]+\s+){0,2}?seats\b"
                       r"(?:\s+(?:out\s+)?of\s+(?:the\s+)?(\d[\d,]*))?", re.IGNORECASE)
_DIST_UNITS = {"m": 1, "metre": 1, "metres": 1, "meter": 1, "meters": 1, "km": 1000, "kilometre": 1000,
               "kilometres": 1000, "kilometer": 1000, "kilometers": 1000}
_PAST_RESULT_RE = re.compile(r"\b(?:not|never|n't|had|failed\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_RESULT_TALLY_RE = re.compile(
    r"\b(?:[Ss]o\s+far|[Tt]hus\s+far|[Tt]o\s+date|[Ii]n\s+all|now\s+(?:have|has|had)|a\s+total\s+of|tally|haul|"
    r"overall|altogether)\b")
_RESULT_COUNT_RE = re.compile(
    r"\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:medals|golds|silvers|bronzes|titles|seats|wins|victories)\b", re.IGNORECASE)
# Session 23 (prec22): a count of two or more medals ("China also won six silver", "Japan took 14
# gold", "won two medals") is a tally of results, marker or not: one result is one medal. Told of a
# country or a player, it is not one player's result of the day ("Mirza won silver, losing to
# Zheng Jie in the final"). Not an event's distance or name after a determiner ("won the 200
# freestyle gold", "the men's 4 gold": read as no count), nor one medal ("won one gold").
RESULT_MEDAL_COUNT = True
_MEDAL_COUNT_RE = re.compile(
    r"\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+|of\s+the\s+)?"
    r"(?:gold|silver|bronze|golds|silvers|bronzes|medals)\b", re.IGNORECASE)
_MEDAL_COUNT_BEFORE_RE = re.compile(r"(?:\bthe|'s|\u2019s|\bs')\s*$", re.IGNORECASE)


def _medal_counts(text: str) -> set[str]:
    """The counts of two or more medals a text gives (`RESULT_MEDAL_COUNT`), as digits."""
    out = set()
    for m in _MEDAL_COUNT_RE.finditer(text):
        if _MEDAL_COUNT_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
            continue  # ("the 200 freestyle gold": an event, not a count)
        word = m.group(1).lower()
        count = int(word) if word.isdigit() else int(NUMBER_WORDS.get(word, 0))
        if count >= 2:
            out.add(str(count))
    return out


# Session 19 (prec14): a player's figures ("finished the day with 0-85 off 27 overs", "finished with
# figures of four for 21 from four overs", "returned figures of 3-1") are that player's result in
# that match: another player's or another match's figures are another result (kind "figures",
# wickets-runs). Read with overs after them or "figures of" before, not a bare "4-21" (a score).
FIGURES = True
_FIGURE_NUM = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_FIGURES_RE = re.compile(
    r"\bfigures\s+of\s+" + _FIGURE_NUM + r"\s*(?:-|/|\s+for\s+)\s*(\d{1,3})\b"
    r"|(?<![\d.,-])" + _FIGURE_NUM + r"\s*(?:-|/|\s+for\s+)\s*(\d{1,3})\s+(?:off|from|in)\s+"
    r"(?:\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+)\s+overs?\b",
    re.IGNORECASE)


def _figures(text: str) -> set[str]:
    """A player's figures as wickets-runs ("figures of four for 21" -> "4-21"; the pack's
    NUMBER_WORDS read the words)."""
    out = set()
    for m in _FIGURES_RE.finditer(text):
        w, r = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        wickets = NUMBER_WORDS.get(w.lower())
        out.add(f"{int(wickets) if wickets is not None else w}-{r}")
    return out


# Session 19 (prec14): a measure said to be flat ("the consumer price index was flat in November,
# including the core index", "prices remained unchanged") and one said to move by a figure ("The
# core index ... was up 1.3 percent") are other values or periods of one measure: other facts
# (`facts._flat_apart`). `flat_or_moved` is "flat", "moved" or "" (both or neither).
FLAT_APART = True
_FLAT_RE = re.compile(r"\b(?:was|were|is|are|remained|stayed|held|came\s+in|ended)\s+(?:virtually\s+|essentially\s+|"
                      r"largely\s+|mostly\s+|almost\s+)?(?:flat|unchanged)\b", re.IGNORECASE)
_MOVED_RE = re.compile(r"\b(?:up|down|rose|risen|fell|fallen|increased|decreased|gained|lost|climbed|dropped|jumped|"
                       r"slipped|declined|grew|rising|falling|gaining|losing|climbing|dropping|increasing)\s+(?:by\s+)?(?:an?\s+)?(?:annual\s+|yearly\s+)?\d+(?:\.\d+)?\s*"
                       r"(?:percent|per\s+cent|%|percentage\s+points?)", re.IGNORECASE)


def flat_or_moved(text: str) -> str:
    """"flat" for a measure said flat or unchanged, "moved" for one said to move by a percentage,
    "" for both or neither (`FLAT_APART`).

        >>> flat_or_moved("The consumer price index was flat in November.")
        'flat'
        >>> flat_or_moved("The core index was up 1.3 percent from a year earlier.")
        'moved'
        >>> flat_or_moved("Prices were unchanged in May after rising 0.2 percent in April.")
        ''
    """
    if not FLAT_APART or ("flat" not in text and "unchanged" not in text and "percent" not in text and "%" not in text):
        return ""
    flat, moved = _FLAT_RE.search(text) is not None, _MOVED_RE.search(text) is not None
    return "" if flat == moved else "flat" if flat else "moved"


def result_read(text: str) -> tuple[tuple[str, frozenset[str]], ...] | None:
    """What a result statement specifies, kind by kind (colour, sex, format, discipline, dist,
    class, seats, score, and "tally" / "past" for a tally of results or a past result recalled);
    None when the statement reads as no result (`RESULTS`).

        >>> dict(result_read("Japan won the men's team soft tennis gold medal here on Sunday, beating Taiwan 2-1."))["sex"]
        frozenset({'men'})
        >>> sorted(dict(result_read("China's Liu Xiang took gold in the men's 110 metres hurdles on Tuesday.")))
        ['colour', 'discipline', 'dist', 'sex']
        >>> result_read("The company won a contract worth 5 million dollars.") is None
        True
    """
    return _result_read(text) if RESULTS else None


@lru_cache(maxsize=65536)
def _result_read(text: str) -> tuple[tuple[str, frozenset[str]], ...] | None:
    verbs = list(_RESULT_VERB_RE.finditer(text))
    scores = frozenset(_scores(text)) if _MATCH_RE.search(text) else frozenset()
    tally = _RESULT_TALLY_RE.search(text) is not None and _RESULT_COUNT_RE.search(text) is not None
    medals = _medal_counts(text) if RESULT_MEDAL_COUNT else set()
    figures = _figures(text) if FIGURES and ("over" in text or "figures" in text) else set()
    if not tally and not medals and not scores and not figures and not (verbs and _RESULT_NOUN_RE.search(text)):
        return None
    out: dict[str, set[str]] = defaultdict(set)
    tokens = [t.lower() for t in _words(text.replace("\u2019", "'"))]
    for i, t in enumerate(tokens):
        bare = t[:-2] if t.endswith("'s") else t
        if t in _COLOURS:
            out["colour"].add(_COLOURS[t])
        elif bare in _SEXES:
            out["sex"].add(_SEXES[bare])
        elif t in _FORMATS:
            out["format"].add(_FORMATS[t])
        if t in _DISCIPLINES:
            out["discipline"].add(t)
        if i and f"{tokens[i - 1]}-{t}" in _DISCIPLINES:
            out["discipline"].add(f"{tokens[i - 1]}-{t}")
    for m in _DIST_RE.finditer(text):
        value = int(m.group(2).replace(",", "")) * _DIST_UNITS[m.group(3).lower()]
        if value >= 50:
            out["dist"].add(("4x" if m.group(1) else "") + str(value))
    for m in _CLASS_RE.finditer(text):
        out["class"].add(m.group(1) or m.group(2))
    for m in _SEATS_RE.finditer(text):
        out["seats"].update(g.replace(",", "") for g in m.groups() if g)
    if scores:
        out["score"] = set(scores)
    if figures:
        out["figures"] = figures
    if tally:
        out["tally"] = {m.group(1).lower().replace(",", "") for m in _RESULT_COUNT_RE.finditer(text)}
    if medals:
        out["tally"] = out.get("tally", set()) | medals
    if verbs and all(_PAST_RESULT_RE.search(text[max(0, m.start() - 40):m.start()]) for m in verbs):
        out["past"] = {"past"}
    return tuple(sorted((k, frozenset(v)) for k, v in out.items()))


def _scores(text: str) -> Iterable[str]:
    """The scores a text gives ("2-1", read low first: "1-2"), not a span of days after a month
    ("from June 22-24", "Nov. 15-16")."""
    for m in _SCORE_RE.finditer(text):
        before = _BEFORE_WORD_RE.search(text, max(0, m.start() - 12), m.start())
        if before is None or before.group(1).lower() not in MONTHS:
            yield "-".join(sorted(m.groups(), key=int))


def results_apart(a: str, b: str) -> bool:
    """Both statements read as results (`result_read`) and they are two: a kind of specifier both
    give shares no value ("won the men's team soft tennis gold" / "won the women's 200m backstroke
    gold"), or one is a tally of results or a past result the other is not ("now have 14 gold
    medals ... so far" / "won the men's double trap team gold on Tuesday"; a tally and a result
    giving one same count are one: "altogether won 34 seats" / "took 34 seats").

        >>> results_apart("India won the women's field hockey bronze medal with a 1-0 win over South Korea.",
        ...               "India's pair combined to win gold in the tennis mixed doubles.")
        True
        >>> results_apart("Liu Xiang of China won the men's 110m hurdles gold medal on Tuesday.",
        ...               "China's Liu Xiang took gold in the men's 110 metres hurdles on Tuesday.")
        False
    """
    ra = result_read(a)
    rb = result_read(b) if ra is not None else None  # (`b` is read only beside a result)
    if ra is None or rb is None:
        return False
    da, db = dict(ra), dict(rb)
    for kind in ("tally", "past"):
        if (kind in da) != (kind in db):
            one, other = (da, db) if kind in da else (db, da)
            if kind == "tally" and one["tally"] & other.get("seats", frozenset()):
                continue  # the tally told without its marker: one count
            return True
    if any(da[k].isdisjoint(db[k]) for k in da.keys() & db.keys() if k not in ("tally", "past")):
        return True
    return RESULT_WINNERS and _winners_apart(a, da, b, db)


# ... and the winner (`RESULT_WINNERS`): the subject's names (`subject`), a country (`places`) or
# the names of people. Two results are two when each names people as its winner and neither
# names the other's anywhere ("Liu Xiang of China won the gold medal" / "Zhang Wenxiu of China won
# the gold medal"), or when one's winner is a country in a team event and the other's a person in
# no team event who is not named there (the country's statement telling team events only: "Japan won the men's team soft tennis gold" / "Japan's Reiko
# Nakamura won the ... gold"). One winner told by more or fewer names ("Kitajima" / "Japan's Kosuke
# Kitajima") is one, and a country's team told with its members named is one.
RESULT_WINNERS = True
_TEAM_FORMATS = frozenset({"team", "relay"})


def _winner(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(people, countries) named as the result's subject (stemmed terms; a lone capitalised first
    word, which `subject` leaves out, when a verb of winning follows it: "Japan won")."""
    named = frozenset(t for t in subject(text) if t not in GENERIC)
    if not named:
        words = _words(main_clause(text))
        if len(words) > 1 and words[0][:1].isupper() and _RESULT_VERB_RE.fullmatch(words[1]):
            named = frozenset(t for t in terms(words[0]) if t not in GENERIC)
    countries = places(named)
    people = frozenset(t for t in named if t not in _PLACE_OF and not t[0].isdigit())
    return people, countries


def _winners_apart(a: str, da: dict[str, frozenset[str]], b: str, db: dict[str, frozenset[str]]) -> bool:
    (pa, ca), (pb, cb) = _winner(a), _winner(b)
    ta, tb = frozenset(terms(a)), frozenset(terms(b))
    if pa and pb:
        return pa.isdisjoint(tb) and pb.isdisjoint(ta)
    for (people, told, fmt), (countries, other_people, other_fmt) in (
            ((pa, tb, da.get("format", frozenset())), (cb, pb, db.get("format", frozenset()))),
            ((pb, ta, db.get("format", frozenset())), (ca, pa, da.get("format", frozenset())))):
        if people and not other_people and countries and other_fmt and other_fmt <= _TEAM_FORMATS and not fmt & _TEAM_FORMATS:
            return people.isdisjoint(told)
    return False


# Session 20 (prec16): whose act a statement says when its subject is a personal pronoun. "And he
# dismissed as unrealistic plans for throwing more troops into Iraq, arguing that ..." (he: the
# speaker its report named before, its claimant) is that speaker's act, not "Bush has effectively
# dismissed a report ..." told in another paragraph of the same story. Only when the pronoun is
# the main verb's own subject (after an optional coordinator, "And he", "But she"; auxiliaries and
# adverbs between): in "He said the army shelled the village" the happening is the army's, told by
# him, and its actor is not the pronoun.
PRONOUN_ACTOR = True
_PERSONAL = frozenset("he she they".split())
_LEADING = frozenset("and but yet so also then".split())


def pronoun_actor(text: str) -> bool:
    """The statement's main verb (`main_verb`) has a personal pronoun as its own subject: what it
    says happened is the act of someone named elsewhere ("And he dismissed as unrealistic plans
    ...", "She has also rejected the offer"), not a happening it reports ("He said the army
    shelled the village", "They were told the talks had failed"), nor one it undergoes ("He was
    arrested on Monday").

        >>> pronoun_actor("And he dismissed as unrealistic plans for more troops, arguing that it would fail.")
        True
        >>> pronoun_actor("He said the army shelled the village on Monday.")
        False
    """
    if not PRONOUN_ACTOR:
        return False
    tokens = _words(_without_aside(text))
    low = [t.lower() for t in tokens[:2]]
    at = 1 if low and low[0] in _LEADING else 0
    if len(low) <= at or low[at] not in _PERSONAL:
        return False
    verb, i = _main_verb(tokens)
    if not verb or i <= at:
        return False
    between = [w.lower() for w in tokens[at + 1:i]]
    if any(w in _BE for w in between) and _past(tokens[i].lower(), ""):
        return False  # a passive: the pronoun is acted on ("He was arrested on Monday")
    return all(w in _AUX or w in _BETWEEN or (w.endswith("ly") and len(w) > 4) for w in between)


# Session 20 (prec16): a word shared only as a piece of two different names of bodies is no word
# shared. "The main opposition Movement for Democratic Change split over ..." (Zimbabwe) and "The
# upper house voted ..., with support from the main opposition Democratic Party, ..." (Japan)
# share "democratic" as two parties' names; "Sallah el Dein Brigades, the armed wing of ..." and
# "the al-Aqsa Martyrs Brigades, armed wing of ..." share "brigades"; "composite New York Stock
# Exchange trading" and "On the Toronto Stock Exchange" share "stock exchange". A body's name is a
# run of two capitalised words or more (joined by "of", "for", "el", "al", ...) holding a word of
# `BODY_WORDS`; two names are one when their terms are, or one's lie inside the other's ("the
# Democratic Party" / "the Democratic Party of Japan"), a people's adjective read as its country
# ("Israeli Aircraft Industries" / "Israel Aircraft Industries"). A word written outside a body's
# name in either statement is shared as before.
NAME_PIECES = True
BODY_WORDS = frozenset(stem(w) for w in """
party parties movement front brigades brigade union council committee committees exchange congress
alliance league organization organisation association commission agency ministry bank corporation
company army court assembly parliament federation coalition authority institute university church
fund board bureau department society foundation industries airlines
""".split())
_BODY_JOINERS = frozenset("of for el al de du la le bin".split())


@lru_cache(maxsize=65536)
def body_names(text: str) -> tuple[frozenset[str], ...]:
    """The terms of each name of a body the statement writes (`NAME_PIECES`): "The main
    opposition Movement for Democratic Change split" -> {movement, democratic, chang}.

        >>> [sorted(n) for n in body_names("Sallah el Dein Brigades, the armed wing of the Popular Resistance Committees, said")]
        [['brigad', 'dein', 'sallah'], ['committe', 'popular', 'resistanc']]
    """
    return tuple(named for _s, _e, named in _body_spans(text))


def _body_spans(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, terms) of each body's name (`body_names`): a run of words, capitalised or
    joiners, with nothing but a space between them."""
    out: list[tuple[int, int, frozenset[str]]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        while run and run[-1].group() in _BODY_JOINERS:
            run.pop()
        if sum(1 for m in run if m.group()[0].isupper()) >= 2:
            named = frozenset(filter(None, (_term(m.group()) for m in run)))
            if not named.isdisjoint(BODY_WORDS):
                out.append((run[0].start(), run[-1].end(), national_forms(named)))
        run.clear()

    for k, m in enumerate(_WORD_RE.finditer(text)):
        word = m.group()
        if run and text[run[-1].end():m.start()].strip():
            close()
        if word[0].isupper() and not (k == 0 and word.lower() in STOP_WORDS):
            run.append(m)
        elif run and word in _BODY_JOINERS:
            run.append(m)
        else:
            close()
    close()
    return out


def name_pieces(a: str, b: str, shared: AbstractSet[str]) -> frozenset[str]:
    """The shared terms each statement writes only inside names of bodies (`body_names`) that
    are other names: no name holding it in one is the other's name, nor inside it, nor holds it
    (`NAME_PIECES`). "democratic" of "Movement for Democratic Change" / "Democratic Party"."""
    if not NAME_PIECES:
        return frozenset()
    na = body_names(a)
    if not na:
        return frozenset()
    nb = body_names(b)
    if not nb:
        return frozenset()
    inside = shared & frozenset().union(*na) & frozenset().union(*nb)
    if not inside:
        return frozenset()
    free = frozenset(terms(_without_body_names(a))) | frozenset(terms(_without_body_names(b)))
    out = set()
    for t in inside - free:
        ha = [n for n in na if t in n]
        hb = [n for n in nb if t in n]
        if not any(x <= y or y <= x for x in ha for y in hb):
            out.add(t)
    return frozenset(out)


def _without_body_names(text: str) -> str:
    """The text with each body's name (`body_names`) blanked: the words left are those written
    outside them."""
    for start, end, _named in reversed(_body_spans(text)):
        text = text[:start] + " " + text[end:]
    return text
