"""Who claims a statement: "according to X", "X reported that ...", "confirmed by X", ...

`find_claimant(sentence)` returns a clean name ("Ukrainian intelligence", "The Wall Street
Journal", "the Minister of Defense of Ukraine Rustem Umyerov") or "" when the sentence names
nobody. `analyse(sentence, in_quote)` is the same reading with what a document needs on top
(`lang/en/claimants.py`): the claimant may be a pronoun ("he") to resolve, and the quotation
marks tell whether the sentence starts or ends inside a quotation. Vocabulary lives in the
tables below, lower-cased once; every pattern carries examples and must-not-match cases that
tests/test_attribution.py runs.

The words inside quotation marks are never read for a reporting verb or a claimant (`"I must
say ..."` has no claimant; `"He was told ...," the source said` is the source). Every
candidate must be a noun phrase (`_np_ok`): no auxiliary, no finite verb, no negation, no
leading preposition, so a clause fragment ("Russia has often", "Sununu was") never wins.

Order of the patterns (first that yields a name wins):
1. "according to X" (a news medium only when no speaker is found: "X said, according to the
   Interfax news agency" is X, the agency is the channel)
2. passive "reported / confirmed / ... by X" ("X, quoted by Y, said" is X: the aside is skipped)
3. "X said / reported / wrote ... [that]": the subject of a reporting verb, past asides
   ("X, who ..., said", "X, speaking on ..., said", "X, Rank's chief executive, said"), the
   subject of a coordinated "X ... and said" / "X ..., saying ...", an inverted tag
   "..., said X, a spokesman." A sentence-final tag ("..., the sources said Monday.") is the
   outermost source and wins over an inner one; a reporting verb in a subordinate ("while X
   say ...", "as officials acknowledged") or relative clause ("who says") or a passive ("was
   informed", "was told") gives nobody.
4. inverted quote tag '"...," said X.'
5. "X, citing Y" / "with reference to X" / "citing X" / "sources of / in X"
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["find_claimant", "names_another", "analyse", "Claim", "REPORTING_VERBS", "CLAIM_VERBS", "LEAD_PHRASES",
           "PATTERN_EXAMPLES", "PRONOUNS"]

# Reporting verbs (any tense/person that news text uses). Lower-cased once. `events.is_trivial`
# reads this set too (a line with one is a statement, not a heading): the attribution's own,
# wider set is CLAIM_VERBS below.
REPORTING_VERBS = frozenset(w.lower() for w in """
said says say told tells tell reported reports report wrote writes write tweeted posted
claimed claims claim confirmed confirms confirm announced announces announce
stated states state specified specifies specify noted notes added adds
explained explains stressed stresses emphasized emphasised emphasizes emphasises
insisted insists warned warns alleged alleges denied denies declared declares
revealed reveals disclosed discloses indicated indicates estimated estimates
informed informs assured assures asserted asserts acknowledged acknowledges
admitted admits believe believes suggested suggests publishes published
""".split())
# The verbs that attribute: the reporting verbs without the mental-state "believe" (an
# attitude, not a claim), with argued, accused, described, concluded, the participles
# ("..., saying it would ...", "are warning that", "had been telling") ...
CLAIM_VERBS = (REPORTING_VERBS - {"believe", "believes", "state"}) | frozenset(w.lower() for w in """
argued argues argue contended contends maintained maintains conceded concedes
described describes accused accuses concluded concludes speculated speculates
rejected rejects dismissed dismisses
ruled forecast forecasts predicted predicts recalled recalls countered counters
complained complains cautioned cautions
saying telling warning claiming insisting adding noting arguing asserting explaining
stressing acknowledging announcing confirming denying predicting
asked asks replied replies retorted retorts quipped quips joked jokes snapped responded responds
shot fired hit continued continues
""".split())
# Reporting verbs that are often not about saying ("claimed 217 lives", "added troops"):
# they attribute only before "that", a quote, the end of a clause or a bare content clause
# ("claimed they resolved", "suggested Israel might").
NEEDS_COMPLEMENT = frozenset(w.lower() for w in """
claim claims claimed note notes noted add adds added estimate estimates estimated
believe believes state states indicate indicates indicated suggest suggests suggested
admit admits admitted report reports publishes published insist insists insisted
argued argues argue concluded concludes speculated speculates ruled
warning claiming insisting adding noting arguing maintained maintains predicted predicts
tweeted posted
""".split())
# ... or only with their own complement: "described X as ...", "accused X of ...".
COMPLEMENT_WORD = {"described": "as", "describes": "as", "accused": "of", "accuses": "of",
                   "rejected": "that", "rejects": "that", "dismissed": "that", "dismisses": "that"}
# Verbs that attribute only before a colon or a quotation ('She continued: "..."'; not "The
# fighting continued", "He continued to work").
QUOTE_LEAD_ONLY = frozenset("continued continues".split())
_QUOTE_LEAD_RE = re.compile(r"\s*[:,]\s*(?:[\"“‘`]|'(?!s\b))")
# Verbs that attribute only in a tag after a quotation ('"Where is it?" asked X').
TAG_ONLY = frozenset("""asked asks replied replies retorted retorts quipped quips joked jokes snapped
responded responds shot fired hit""".split())
# ... and right after one, its subject first ('"Not so," Haley retorted'), in at most this many words.
TAG_SUBJECT_WORDS = 4
# Tag verbs that report only with their particle: '"...," Haley shot back' ("shot the man" does not).
TAG_PARTICLE = {"shot": "back", "fired": "back", "hit": "back"}
# Participles that report for the subject of the main clause: "X called for ..., saying ...".
PARTICIPLES = frozenset("""
saying telling adding noting arguing warning insisting claiming asserting explaining stressing
acknowledging announcing confirming denying predicting
""".split())
_COMPLEMENT_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+that\b|\s*[\"“”'‘’:,.;!?]|\s*$"
    r"|\s+(?:he|she|they|it|we|i)\b"
    r"|(?:\s+[\w'’.-]+){1,4}?\s+(?:would|will|might|may|could|can|should|must|was|were|is|are|had|has|have)\b")
# Verbs that take "by X" in the passive ("was confirmed by X").
PASSIVE_VERBS = frozenset(w.lower() for w in """
reported confirmed announced stated said claimed published disclosed revealed
denied alleged noted cited quoted estimated verified
""".split())
# Participles whose agent is the source of what they modify ("a survey conducted by Gallup"):
# read only on the subject of a reporting verb ("A study led by X found that ...").
SOURCE_PARTICIPLES = frozenset("""
released issued conducted compiled led produced prepared collected gathered analyzed analysed
written authored carried
""".split())
# Verbs with which data, a study or a report states a finding ("Data ... shows that ...").
FINDING_VERBS = frozenset("""
show shows showed shown suggest suggests suggested indicate indicates indicated reveal reveals
revealed find finds found confirm confirms confirmed
""".split())
# Heads of what has a source rather than being one: its participle's agent is the claimant
# ("Data published by OpenAI shows ...": OpenAI). Compared without a plural "s".
SOURCE_DOCUMENTS = frozenset("""
data figure figures statistics number numbers estimate estimates report reports study studies
survey surveys poll polls analysis research finding findings document documents record records
paper review investigation audit assessment statement letter memo chart graph census index
result results evidence tally count footage image images video videos information
""".split())
_SOURCE_DOCUMENT_STEMS = frozenset(w.rstrip("s") for w in SOURCE_DOCUMENTS)
# Phrases that introduce the claimant after them.
LEAD_PHRASES = tuple(p.lower() for p in (
    "according to", "with reference to", "in reference to", "citing", "quoting",
    "as reported by", "as stated by", "as told by", "per",
))
# Heads that are documents, not claimants ("according to the agreement, ...").
NOT_CLAIMANTS = frozenset(w.lower() for w in """
agreement treaty plan plans law laws rules rule schedule constitution contract deal
legislation resolution order decree forecast forecasts timetable terms protocol
document documents map maps data figures statistics calculations estimates
""".split())
# Pronouns that name a claimant the document names elsewhere ("he said"): canonical form.
PRONOUNS = {"he": "he", "him": "he", "she": "she", "her": "she", "they": "they", "them": "they",
            "it": "it"}
# Pronouns and fillers that are no name.
NOT_NAMES = frozenset(w.lower() for w in """
he she it they we i you this that these those there who which one someone somebody
him her them us me everyone nobody anyone
""".split())
# "The American newspaper The Wall Street Journal" -> "The Wall Street Journal".
MEDIA_NOUNS = frozenset(w.lower() for w in """
newspaper newspapers publication outlet magazine agency broadcaster channel website
site daily weekly tabloid paper portal network station journal news
""".split())
# Heads of a medium that may only relay a speaker ("..., Israel radio reported").
CHANNEL_HEADS = MEDIA_NOUNS | frozenset("radio television tv service wire press".split())
# Lower-case heads that name a source without a capital ("detectives said", "trade sources
# say", "one highly placed source said", "parliament said").
SOURCE_NOUNS = frozenset(w.lower() for w in """
source sources official officials analyst analysts expert experts detective detectives
police investigator investigators prosecutor prosecutors lawyer lawyers attorney attorneys
parliament makers manufacturers spokesman spokeswoman spokesperson witness witnesses
resident residents authorities diplomat diplomats executive executives economist economists
observer observers scientist scientists researcher researchers doctor doctors critic critics
officer officers aide aides adviser advisers advisor advisors agent agents firefighters
rescuers organizers traders dealers bankers intelligence media reports polls poll sources
members leaders spokesmen officials authorities regulators engineers
""".split())
# Words between a subject and its verb: "X has said", "X also reported", "X later told".
_AUX = frozenset("""
has have had also later earlier previously then now again reportedly often first publicly
privately repeatedly separately subsequently since already still too meanwhile
""".split())
_BE = frozenset("is are was were be been being".split())
_AUX_MODAL = frozenset("""
is are was were be been being has have had will would can could may might shall should must
do does did
""".split())
_NEGATIONS = frozenset("not never n't no".split())
_LOWER_STARTERS = frozenset("and but while as because although though so yet or".split())
# A clause these open is subordinate: its reporting verb is not the sentence's.
_SUBORDINATORS = frozenset("""
while as when whenever because although though if since after before where whereas unless
until once whether
""".split())
_RELATIVES = frozenset("who which that whom whose".split())
_PREPOSITIONS = frozenset("""
of in on at from for with by to about into over under after before during since until
through across against among between without within near like than per via amid despite
""".split())
# Words that open a sentence adverbial, not a subject ("Meanwhile, X and Y announced").
_ADVERBIALS = frozenset("""
meanwhile however yesterday today tonight also moreover still separately earlier later
instead nevertheless nonetheless meantime furthermore indeed thus therefore besides
monday tuesday wednesday thursday friday saturday sunday last this next
""".split())
_DETERMINERS = frozenset("the a an this that these those its his her their our my your".split())
_QUANTIFIERS = frozenset("other some many several recent earlier such news press media no any".split())
# Common irregular past tenses: a word that makes a clause, not a noun phrase.
_IRREGULAR_PAST = frozenset("""
took made sent began came went gave got held kept met paid ran saw sold spent stood won
became brought bought built caught chose drew fell felt found fought grew heard knew led
lost rose sought shot struck thought threw withdrew told said wrote left hit put set
spoke broke flew drove rode swore stole wore woke froze forgot hid ate sang rang sank swam
""".split())
# Words an aside set off by commas starts with ("X, who ..., said", "X, a spokesman, said").
_ASIDE_STARTS = frozenset("""
who which whose whom where a an the his her its their meanwhile however too though also
meantime moreover nevertheless in at from of on for with once now formerly both himself
herself themselves itself then quoted cited according
""".split())

# Bounds that keep every pattern linear on pathological input (a 1 MB "sentence").
_WINDOW = 300  # characters looked at around a verb or lead phrase (a name is at most 12 words)
_MAX_TRIES = 20  # reporting verbs / lead phrases tried per sentence
_VERB_RE = re.compile(r"\b(?P<verb>[A-Za-z]+)\b")
_CLAUSE_CUT_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:—–()\[\]“”\"|]|\s-\s|\s--\s")  # not "1,500"; "|": a table's cells
_REL_RE = re.compile(r"\s+(?:who|which|that|whose|whom)\b.*$", re.IGNORECASE | re.DOTALL)
_TEMPORAL_TAIL_RE = re.compile(
    r"\s+(?:on|in|at|during|last|this|earlier|later|yesterday|today|tonight|after|before|"
    r"when|while|because|since)\b(?=\s+(?:\d|the\s+(?:morning|afternoon|evening|night|day|"
    r"week|weekend|month|year|past|coming|last|next)\b|(?:his|her|its|their|a|an)\b|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|week|month|year|morning|evening|night)\b))",
    re.IGNORECASE,
)
_TIME_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
afternoon evening night week weekend month year last this next earlier later on in at a an
the statement interview news conference briefing release late early recently
january february march april may june july august september october november december
""".split())
_TAIL_WORDS = frozenset("""
on in at during last this earlier later yesterday today tonight after before when while because since
""".split())
_DAY_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
january february march april may june july august september october november december
""".split())
_NAME_STOP_RE = re.compile(
    r"\s*(?:[,;:!?—–()\"“”]|\.(?=[\"”'’]*\s*$)|''|\s-\s|\bthat\b|\bbut\b|\bwho\b|\bwhich\b|\bwhile\b|\band\s+(?:he|she|they|it)\b)",
    re.IGNORECASE,
)
# Quotation marks: TimeBank's AP/NYT texts write ``...'' ; curly and straight quotes.
_QMARK_RE = re.compile(r"``|''|[\"“”]")
_LETTERS_RE = re.compile(r"[^\W_]")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|our|Our|my|My|us|me|I'm|I've|I'd|we're|We're|we've|We've)\b")
# "The New York Times said in an editorial on Saturday: ..." frames what follows.
FRAME_NOUNS = frozenset("editorial editorials commentary column op-ed".split())
_FRAME_RE = re.compile(
    r"\b(?:said|says|wrote|writes|argued|argues)\s+in\s+(?:an?|its|the|a\s+signed)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\b[^:]{0,80}:", re.IGNORECASE)


def _blank(text: str) -> str:
    return _LETTERS_RE.sub(" ", text)


def _mask(s: str, in_quote: bool) -> tuple[str, bool, bool]:
    """`s` with the letters inside quotation marks blanked (same length, quote marks written
    `"`), whether a quotation is still open at its end, and whether it starts inside one."""
    if not in_quote and '"' not in s and "``" not in s and "''" not in s and "“" not in s and "”" not in s:
        return s, False, False
    out: list[str] = []
    last = 0
    inside = in_quote
    starts = in_quote
    lead = len(s) - len(s.lstrip())
    for m in _QMARK_RE.finditer(s):
        a, tok = m.start(), m.group()
        seg = s[last:a]
        out.append(_blank(seg) if inside else seg)
        nxt = s[m.end()] if m.end() < len(s) else " "
        if tok in ("``", "“"):
            opening = True
        elif tok in ("''", "”"):
            # Closing, except where a sentence opens with it ("''This is my home.''", as some
            # AP copy writes its quotes).
            opening = a == lead and not inside and not nxt.isspace()
        else:
            opening = True if (a == lead and not nxt.isspace()) else not inside
        if opening and a == lead:
            # A quotation, not a quoted title: it runs on or holds a few words ("Titanic" won).
            close = _QMARK_RE.search(s, m.end())
            starts = close is None or len(s[m.end():close.start()].split()) >= 4
        inside = opening
        out.append('"' + " " * (len(tok) - 1))
        last = m.end()
    seg = s[last:]
    out.append(_blank(seg) if inside else seg)
    return "".join(out), inside, starts


_CLAUSE_WORDS = _AUX_MODAL | CLAIM_VERBS | _IRREGULAR_PAST
_NP_END_BAD = _PREPOSITIONS | _DETERMINERS | _QUANTIFIERS


def _verbish(words: list[str], i: int) -> bool:
    """Whether words[i] makes a clause: an auxiliary, a finite or irregular past verb."""
    w = words[i]
    if i > 0 and w[:1].isupper():
        return False
    low = w.lower().strip(",;:.'’\"")
    if low in CLAIM_VERBS and (i == 0 and w[:1].isupper() or i > 0 and words[i - 1].lower() in _NOUN_MARKERS):
        return False  # a noun: "Reports in Kenya", "a report issued by ..."
    if low in _CLAUSE_WORDS:
        # a noun at the end, before the verb: "Newspaper reports", "the police report"
        return not (i == len(words) - 1 and i > 0 and low in CLAIM_VERBS
                    and not low.endswith(("ed", "ing")) and low not in _IRREGULAR_PAST)
    if low.endswith("n't"):
        return True
    if low.endswith("ed") and len(low) >= 5 and "-" not in low and not low.startswith("un"):
        if i > 0 and words[i - 1].lower().endswith("ly"):
            return False
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        return not nxt or nxt in _DETERMINERS or nxt in _PREPOSITIONS or nxt in NOT_NAMES or \
            nxt.endswith("ly") or nxt in ("and", "but")
    return False


def _np_ok(name: str) -> bool:
    """Whether `name` is a noun phrase, not a clause fragment or a quote."""
    words = name.split()
    if not words or len(words) > 12:
        return False
    if words[0].lower() in _PREPOSITIONS or words[0][:1] in "\"“”'‘`":
        return False
    if len(words) > 1 and words[-1] in _NP_END_BAD:
        return False  # "Contrary to other"
    for i, w in enumerate(words):
        if w in _NEGATIONS or _verbish(words, i):
            return False
    return True


# Words in -ly that are nouns: "the business daily", "a family".
_NOT_ADVERBS = CHANNEL_HEADS | frozenset("family ally assembly supply monopoly rally italy".split())


def _strip_tail(words: list[str]) -> list[str]:
    while words and (words[-1].lower() in _AUX or (len(words) > 1 and words[-1].lower() in _DAY_WORDS) or (
            words[-1].endswith("ly") and words[-1].islower() and len(words) > 1
            and words[-1] not in _NOT_ADVERBS)):
        day = words[-1].lower() in _DAY_WORDS
        words = words[:-1]
        while day and len(words) > 1 and words[-1].lower() in ("on", "last", "this", "late", "early", "next"):
            words = words[:-1]  # "President Bush on Tuesday"
    return words


_NOT_NAMES_OR_ARTICLES = NOT_NAMES | {"the", "a", "an"}
_NOT_CLAIMANT_STEMS = frozenset(n.rstrip("s") for n in NOT_CLAIMANTS)
_ABBREVIATED = frozenset("inc corp co ltd jr sr bros plc llc cos".split())


# A time adverbial fronted with no comma is not part of the subject: "Last week the
# regulator said", "Two days later the army said", "Yesterday police said".
_FRONT_TIME_RE = re.compile(
    r"^(?:(?:early|late|earlier|later)\s+)?(?:last|this|next)\s+(?:week|weekend|month|year|"
    r"morning|afternoon|evening|night|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+"
    r"|^(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:day|week|month|year|morning|afternoon|evening)\s+"
    r"|^(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?\s+"
    r"|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|ago)\s+",
    re.IGNORECASE)


# A pronoun's contracted auxiliary ("she's", "they’ve", "he'd") is no part of the name.
_CONTRACTION_RE = re.compile(r"(?<=^he|^it)['’](?:s|d|ll)$|(?<=^she)['’](?:s|d|ll)$|(?<=^they)['’](?:ve|d|ll|re)$")


@functools.lru_cache(maxsize=4096)  # pure, and the same few names come back ("he": a tenth of the calls)
def _clean(name: str) -> str:
    name = " ".join(name.split())
    name = name.strip(" \t\"'“”‘’«»()[],;:.—–-")
    if not _TAIL_WORDS.isdisjoint(name.lower().split()):
        name = _TEMPORAL_TAIL_RE.split(name, maxsplit=1)[0].strip()
    words = name.split()
    while words and (words[0].lower() in _LOWER_STARTERS or len(words) > 1 and words[0].lower() in (
            "now", "still", "meanwhile", "instead", "also", "separately", "likewise", "however", "previously")):
        words.pop(0)
    words = _strip_tail(words)
    if not words:
        return ""
    # Descriptor + proper name: "The American newspaper The Wall Street Journal".
    if words[0].lower() == "the":
        for i in range(1, len(words) - 1):
            if words[i] in MEDIA_NOUNS and words[i + 1][:1].isupper():
                rest = words[i + 1:]
                if all(x[:1].isupper() or x.lower() in ("of", "the", "and", "&") for x in rest):
                    words = rest
                break
    name = " ".join(words).strip(" ,;:.")
    last = name.split()[-1] if name else ""
    if last and (last.lower() in _ABBREVIATED or "." in last and len(last) <= 6 and last[:1].isupper()):
        name += "."  # "Magna International Inc.", "John C. Maxwell Jr.", "the U.S."
    low = _CONTRACTION_RE.sub("", name.lower())  # "she’s now revisited ... and explained": she
    if low in PRONOUNS:
        return PRONOUNS[low]
    if not name or low in NOT_NAMES or all(w.lower() in _NOT_NAMES_OR_ARTICLES for w in words):
        return ""
    if words[-1].lower().rstrip("s") in _NOT_CLAIMANT_STEMS and not any(
            w[:1].isupper() for w in words[1:]):
        return ""
    if not _np_ok(name):
        return ""
    return name


def _name_after(sentence: str, pos: int) -> str:
    """The noun phrase starting at `pos`, up to a clause stop or a participle ("a press
    release issued after the meeting" is the press release)."""
    rest = sentence[pos:pos + _WINDOW]
    m = _NAME_STOP_RE.search(rest)
    return _clean(_before_participle(rest[: m.start()] if m else rest))


def _before_participle(text: str) -> str:
    words = text.split()
    for i in range(2, len(words)):
        w = words[i]
        prev = words[i - 1].lower()
        if w.islower() and (w.endswith("ed") and len(w) >= 5 or w in _IRREGULAR_PAST) and \
                prev[:1].isalpha() and not prev.endswith("ly") and prev not in _AUX_MODAL | _AUX:
            return " ".join(words[:i])
    return text


def _lower_subject(words: list[str]) -> bool:
    """A subject without a leading capital: "detectives", "trade sources", "republican X Y"."""
    if len(words) > 8 or words[0].lower() in _PREPOSITIONS:
        return False
    if words[0].lower() in SOURCE_NOUNS:
        return True  # "sources of the publication in Ukraine", "officials in Seoul"
    if len(words) > 6:
        return False
    if words[-1].lower().strip(",.") in SOURCE_NOUNS:
        return True
    caps = [i for i, w in enumerate(words) if w[:1].isupper()]
    return bool(caps) and caps[0] <= 3 and words[-1][:1].isupper()


_COMPANY_SUFFIX_RE = re.compile(r"\b(?:Inc|Corp|Co|PLC|Plc|Ltd|LLC|AG|SA|NV|Holdings|Group)\.?$")


_PLACE_END_RE = re.compile(r"\b(?:in|at|of|from|near)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$")
_PAREN_RE = re.compile(r"\s*\([^()]{0,80}\)")


def _proper_name(seg: str) -> bool:
    words = seg.split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and words[0].lower() not in _ADVERBIALS and all(
        w[:1].isupper() or w.lower() in ("de", "van", "von", "al", "bin", "da", "del", "la", "le")
        for w in words)


# Role words that open a title set off by commas after a name.
ROLE_WORDS = frozenset("""
minister president chairman chairwoman director secretary spokesman spokeswoman spokesperson
chief head editor professor governor mayor ambassador commander general leader manager
analyst economist founder executive deputy vice senior former acting
""".split())


_PARTICIPLE_LINKS = frozenset("in by at from on with for to as near under".split())


def _is_aside(seg: str) -> bool:
    """A phrase set off by commas between a subject and its verb."""
    words = seg.split()
    if not words:
        return False
    first = words[0].lower()
    if first in ("who", "which", "whose", "whom", "where", "quoted", "cited", "according"):
        return True
    if first in ROLE_WORDS:
        return True  # "Lee Boon Yang, Minister for Information, said"
    if first.endswith("ing") and len(first) > 4:
        return True  # "speaking on condition of anonymity", "citing two officials"
    if (first in _IRREGULAR_PAST or first.endswith("ed") and words[0].islower()) and len(words) > 1 \
            and words[1].lower() in _PARTICIPLE_LINKS and len(words) <= 8:
        return True  # "found in Intel's chip", "based in Paris", not "crashed shortly after ..."
    if words[0].isdigit():
        return True  # an age: "Margalit Har-Shefi, 22, said"
    head = _REL_RE.sub("", seg).split()
    if not head or any(_verbish(head, i) for i in range(len(head))):
        return False
    if first in _ASIDE_STARTS or first.endswith(("'s", "’s")):
        return True  # "a loyalist of ...", "Rank's chief executive", "meanwhile"
    if words[0].islower() and _np_ok(" ".join(head)):
        return True  # "senior vice-president of PLDT", "analyst at South Johore Securities"
    return len(head) <= 6 and first in _ADVERBIALS


def _segments_before(text: str) -> list[str]:
    return _CLAUSE_CUT_RE.split(text)


def _clause_subject(text: str, copula_ok: bool = True) -> str:
    """The subject a clause starts with: `text` runs from the clause start to a coordinated
    ("and said") or participial ("saying") reporting verb; leading adverbials are skipped."""
    for seg in _segments_before(text):
        words = seg.split()
        while words and words[0].lower() in _LOWER_STARTERS:
            words = words[1:]
        if not words:
            continue
        first = words[0].lower()
        if first in _PREPOSITIONS or first in _SUBORDINATORS or first in _ADVERBIALS or \
                first in _DAY_WORDS or first.endswith(("ly", "wise")):
            continue
        k = next((i for i in range(len(words)) if _verbish(words, i)), len(words))
        if k == len(words):
            # A present-tense verb before its object: "The monopolies owe the government ...",
            # "Nkurunziza appreciates China's help".
            k = next((i for i in range(1, len(words) - 1) if words[i].islower()
                      and words[i] not in _PREPOSITIONS and words[i] not in _DETERMINERS
                      and words[i] not in ("and", "or", "of") and (words[i + 1].lower() in _DETERMINERS or (
                          i == 1 and words[i].endswith("s") and words[0][:1].isupper()
                          and words[0].lower() not in _DETERMINERS))),
                     len(words))
            if k == len(words):
                k = _past_after_subject(words)
            if k == len(words) and len(words) > 6:
                return ""  # no verb seen in a long stretch: not a subject
        if k == 0:
            return ""
        if k < len(words) and words[k].lower() in _BE and not copula_ok:
            return ""
        name = _clean(" ".join(words[:k]))
        if name and (name[:1].isupper() or name in PRONOUNS.values() or _lower_subject(name.split())
                     or name.split()[0] in ("the", "a", "an") or _bare_plural(name.split())):
            return name
        return ""
    return ""


def _past_after_subject(words: list[str]) -> int:
    """Where a regular past verb follows a short noun phrase at the clause start ("A spokesperson
    for Sheffield University urged struggling students"), len(words) for none: the verb test of
    `_verbish` wants a determiner after it, which a bare object lacks."""
    for i in range(1, min(len(words), 7)):
        w = words[i]
        if w.islower() and w.isalpha() and w.endswith("ed") and len(w) >= 5 and not w.startswith("un"):
            return i if _np_ok(" ".join(words[:i])) and words[i - 1].lower() not in _NP_END_BAD else len(words)
    return len(words)


def _bare_plural(words: list[str]) -> bool:
    """A lower-case plural noun phrase of one to three words ("vice-chancellors", "local
    residents"): a clause's subject without a capital, after "But" or inside the sentence."""
    return 0 < len(words) <= 3 and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and words[-1].endswith("s") and not words[-1].endswith(("ss", "ous", "ics")) \
        and words[0] not in _DETERMINERS | _QUANTIFIERS | _ADVERBIALS | _PREPOSITIONS | NOT_NAMES \
        and not any(w.endswith("ly") for w in words)


def _tail_is_final(s: str, end: int) -> bool:
    """Nothing but a time, a manner ("in a statement") or a channel after the verb at `end`."""
    rest = s[end:end + _WINDOW].strip().rstrip(".!?\"”' ")
    if not rest:
        return True
    if re.match(r",\s*(?:according to|citing|quoting)\b", rest, re.IGNORECASE):
        return True
    words = rest.split()
    return len(words) <= 4 and all(w.lower().strip(",") in _TIME_WORDS or w[:1].isdigit()
                                   for w in words)


@dataclass
class _Cand:
    name: str
    final: bool | None  # None: not worked out yet
    channel: bool = False  # a news medium that may only relay a speaker
    start: int = 0
    end: int = 0


_QUOTED_AS_RE = re.compile(
    r"\s+(?:was|were|is|are|has been|had been)\s+quoted(?:\s+by\s+[^,;\"]{1,80}?)?\s+as\s*$")
_NOUN_MARKERS = _DETERMINERS | _QUANTIFIERS
_CUT_CHARS = ",;:—–()[]“”\"|"
_CUT_OTHERS = tuple(_CUT_CHARS.replace(",", ""))


# before a subordinator, words that make it no clause opener: "as well as", "such as", and
# the "as" of a name or role ("identified himself only as Bambang", "gave his name as David")
_NOT_OPENING = frozenset("""well such known same so just much many soon long far even only himself
herself themselves itself name identified described named listed""".split())


def _subordinate_within(words: list[str]) -> bool:
    """Does a subordinate clause open after the first word, its subject (one to four words)
    right before the verb? "She smiled as she recalled", "The mayor smiled as officials
    announced": the main clause is another. Not "The mayor as well as officials said", not the
    "as saying" of a quotation, not "... would leave if asked but said" (a coordinated verb)."""
    if words and words[-1].lower() in ("and", "but"):
        return False
    for i in range(len(words) - 1, 0, -1):
        w = words[i].lower()
        if w in _SUBORDINATORS and w not in ("whether", "where"):
            after = [x.lower() for x in words[i + 1:]]
            return (words[i - 1].lower() not in _NOT_OPENING and 1 <= len(after) <= 4
                    and after[0] != "well" and after[:2] != ["a", "result"])
    return False


def _last_cut(text: str) -> tuple[int, int]:
    """(start, end) of the last clause break in `text` (as `_CLAUSE_CUT_RE`), (-1, 0) for none."""
    i = text.rfind(",")
    while 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        i = text.rfind(",", 0, i)  # "1,500" is no break
    best = max(i, *map(text.rfind, _CUT_OTHERS))  # (the other marks' rfinds run in C: a hot spot)
    best_end = best + 1 if best >= 0 else 0
    for dash in (" - ", " -- "):
        i = text.rfind(dash)
        if i >= 0 and i + len(dash) > best_end:
            best, best_end = i, i + len(dash)
    return best, best_end


def _pop_subject(segs: list[str]) -> tuple[str, int, str]:
    """Pop comma segments from the end, over asides, up to the subject: (the subject or "",
    how many asides were skipped, the last skipped aside that reads as a description)."""
    skipped = 0
    described = ""
    while segs:
        seg = segs.pop()
        if not seg.strip():
            break
        if _is_aside(seg):
            skipped += 1
            if seg.split()[0].lower() in ("a", "an", "the") and not _REL_RE.search(seg):
                described = seg
            continue
        return seg, skipped, described
    return "", skipped, described


_QUOTING = frozenset("quoted quotes quoting cited cites citing".split())


def _subject_candidate(s: str, m: re.Match) -> _Cand | None:
    verb = m.group("verb")
    pos = m.start()
    low_s = s
    if pos and s[pos - 1] == "-":
        return None  # "self-declared"
    lo = max(0, pos - _WINDOW)
    before = s[lo:pos]
    cut_at, cut_end = _last_cut(before)
    cuts = cut_at >= 0
    chunk = before[cut_end:] if cuts else before
    cut_char = before[cut_at] if cuts else ""
    words = chunk.split()
    if "what" in chunk.lower() and _FREE_RELATIVE_RE.search(chunk):
        return None  # "what I do and say"
    # The word just before the verb: articles make it a noun ("the report", "a warning").
    if words and (words[-1].lower() in _NOUN_MARKERS and (len(words) == 1 or words[-1].islower())
                  or words[-1].lower() in _PREPOSITIONS and words[-1].lower() != "as"):
        return None  # a noun: "the report", "other reports", "news reports"
    if words and words[-1].lower() == "otherwise":
        return None  # "All games at 7 p.m. unless otherwise noted": nobody is named
    nxt = s[m.end():m.end() + 12].split()[:1]
    if nxt and nxt[0].lower() in _AUX_MODAL and not verb.endswith(("ed", "ing")) and verb not in (
            "said", "told", "wrote"):
        return None  # a noun: "Newspaper reports have said", "the claims were"
    if verb in TAG_ONLY and not (cut_char == '"' and len(words) <= TAG_SUBJECT_WORDS):
        return None  # '"Where is it?" asked X', '"Not so," she retorted'; not "Police shot ..."
    if verb in TAG_PARTICLE and not s[m.end():].lstrip().lower().startswith(TAG_PARTICLE[verb]):
        return None
    if verb in QUOTE_LEAD_ONLY and not _QUOTE_LEAD_RE.match(s, m.end()) and not (
            cut_char and cut_char in "\"”'" and 0 < len(words) <= TAG_SUBJECT_WORDS):
        return None  # "The fighting continued", "He continued to work"; not 'She continued: "..."'
    if verb in NEEDS_COMPLEMENT and not _COMPLEMENT_RE.match(s, m.end()):
        return None  # "the bombings claimed 217 lives", "Russia added five brigades"
    if verb in ("report", "reports", "reporting") and not s[m.end():].strip(" .!?\"'”"):
        return None  # a byline: "From member station KQED, Auncil Martinez reports."
    if verb in ("told", "tell", "tells") and re.match(r"\s+(?:him|her|them|me|us|you|it)\s+(?:about|of)\b",
                                                     s[m.end():m.end() + 40]):
        return None  # "told him about ...": an act, no content
    want = COMPLEMENT_WORD.get(verb)
    if want and not re.match(rf"(?:\s+[\w'’.-]+){{1,6}}?\s+{want}\b", s[m.end():m.end() + 120]):
        return None  # "described X as ...", "accused X of ..."
    final = None  # whether the tag ends the sentence: worked out only when it matters
    if words and cut_char != '"' and verb in ("said", "says"):
        tag = _closing_source_tag(s, m.end())
        if tag:
            return _Cand(tag, True)  # "the dam opened x> said officials": never the words before
    # "X was quoted as saying", "X is being quoted as telling".
    qm = _QUOTED_AS_RE.search(chunk) if "quoted" in chunk else None
    if qm:
        chunk = chunk[:qm.start()]
        words = chunk.split()
    elif words and words[-1].lower() in _BE | {"been"}:
        if not verb.endswith("ing"):
            return None  # passive: "was informed", "was told"
        while words and words[-1].lower() in _AUX_MODAL:
            words = words[:-1]
        chunk = " ".join(words)
    elif verb.endswith("ing") and not cuts and 1 <= len(words) <= 3 and words[-1].lower() not in _AUX_MODAL \
            and not any(w.lower() in _PREPOSITIONS or w.lower() in ("as", "and") for w in words):
        return None  # a participle right after the sentence's first noun modifies it: "Evidence confirming that ..."
    if verb.endswith("ing") and len(words) >= 3 and words[-1].lower() == "as":
        # "Jiji quoted Doi as telling reporters": the medium relays, the one quoted claims
        k = max((i for i, w in enumerate(words[:-1]) if w.lower() in _QUOTING), default=-1)
        if k >= 0 and k < len(words) - 2 and not (k and words[k - 1].lower() in _BE | {"been"}):
            named = words[k + 1:-1]
            cut = next((i for i, w in enumerate(named) if i and w.lower() in ("at", "in", "on", "during")), None)
            name = " ".join(named[:cut])  # "Power Secretary R.V. Shahi at the ... Summit": the person
            name = PRONOUNS.get(name.lower(), name)  # "quoted him as saying": he, resolved later
            return _Cand(name, final) if name in PRONOUNS.values() or _np_ok(name) else None
    # Participle after a comma: "Yeltsin and Kuchma called for ..., saying it would ...".
    if verb in PARTICIPLES and not words and cut_char == ",":
        name = _clause_subject(s[lo:pos], copula_ok=False)
        return _Cand(name, final) if name else None
    if words and words[-1].lower() in _RELATIVES:
        return None  # "a criminal defense attorney who says ..."
    stripped = _strip_tail(words)
    if any(w.lower().strip("'’") in _NEGATIONS or w.lower().endswith("n't") for w in stripped[-3:]):
        return None
    # Skip sentence adverbs and a leading coordinator.
    while stripped and stripped[0].lower() in ("and", "but", "so", "yet", "or"):
        stripped = stripped[1:]
    if stripped and stripped[0].lower() in _SUBORDINATORS:
        return None  # "while IBM and Compaq say ...", "as officials acknowledged"
    if _subordinate_within(stripped):
        return None  # "I flinched as I recalled the impact": the verb is the "as" clause's
    if verb.endswith("ing") and stripped and stripped[0].lower() in _PREPOSITIONS:
        return None  # "At a press conference announcing her appointment, a reporter asked"
    # "X ... and said", "X didn't indicate ..., but said": the subject of the clause.
    coords = {"and", "but"}
    if words and (words[-1].lower() in coords or (
            not stripped and any(w.lower() in coords for w in words))):
        head = [w for w in words]
        while head and head[-1].lower() in coords | _AUX:
            head = head[:-1]
        if head:
            name = _clause_subject(" ".join(head))
        else:
            name = _clause_subject(before[:cut_at]) if cuts else ""
        return _Cand(name, final) if name else None
    if not stripped:
        if not cut_char:
            return None
        walk_to = cut_at
        if cut_char in "\"“”":
            name = _inverted_name(s, m.end())
            if name:
                return _Cand(name, True)
            # 'The newspaper, quoting "secret reports," said': the quotation is an aside.
            walk_to = max(before.rfind('"', 0, cut_at), before.rfind("“", 0, cut_at))
            if walk_to <= 0:
                return None
        elif cut_char != ",":
            return None
        # "X, who lives in ..., said": walk back over the asides to the subject.
        segs = _segments_before(_PAREN_RE.sub("", before[:walk_to]))
        # `described`: the last aside skipped that could be the subject ("a detective, ...")
        subject, skipped, described = _pop_subject(segs)
        # "X, professor at Johns Hopkins in Baltimore, Maryland, and former ..., says": a state
        # after a city is still the aside.
        while subject and skipped and segs and len(subject.split()) <= 2 and _proper_name(subject) \
                and _PLACE_END_RE.search(segs[-1]):
            subject, more, _ = _pop_subject(segs)
            skipped += 1 + more
        if not subject and described and skipped >= 2:
            subject, skipped = described, skipped - 1
        if subject and segs and _proper_name(subject) and len(subject.split()) <= 3:
            # "RMS International Inc., Hasbrouk Heights, N.J., facing ..., said": places.
            back = [x.strip() for x in segs[-2:]][::-1]
            for k, prev in enumerate(back):
                if _COMPANY_SUFFIX_RE.search(prev) and _np_ok(prev):
                    if all(_proper_name(x) for x in back[:k]):
                        name = _clean(prev)
                        if name:
                            return _Cand(name, final)
                    break
        if subject and not skipped and segs and _proper_name(subject):
            prev = segs[-1].strip()
            pw = prev.split()
            if pw and _np_ok(prev) and _COMPANY_SUFFIX_RE.search(prev) and len(subject.split()) <= 3:
                name = _clean(prev)  # "HEALTHDYNE Inc., Atlanta, said": the place is an aside
                if name:
                    return _Cand(name, final)
            if pw and _np_ok(prev) and (pw[0].lower() in ("the", "a", "an") or pw[0].endswith(("'s", "’s"))):
                name = _clean(subject)  # "The mayor's spokesman, Tom Reyes, denied": the name
                if name:
                    return _Cand(name, final)
        if skipped and subject:
            sub_words = subject.split()
            if sub_words and (sub_words[0][:1].isupper() or _lower_subject(sub_words)) \
                    and sub_words[0].lower() not in _ADVERBIALS and len(sub_words) <= 8:
                name = _clean(subject)
                # "So if you want to stay healthy, ..., says X": a fronted clause is no subject
                if name and name.split()[0].lower() not in _SUBORDINATORS:
                    return _Cand(name, final)
        name = _inverted_name(s, m.end())
        return _Cand(name, True) if name else None
    chunk = " ".join(stripped)
    front = _FRONT_TIME_RE.match(chunk)
    if front and front.end() < len(chunk):
        chunk = chunk[front.end():]  # before the relative cut: "Later that day the ministry said"
    if not _RELATIVES.isdisjoint(chunk.lower().split()):
        chunk = _REL_RE.sub("", chunk)
    words = chunk.split()
    if not words:
        return None
    if _fronted_participle(words):
        # "Writing in The Mirror Linda said", "Speaking through an interpreter he added": no
        # comma closes the phrase; the subject is what ends it, or nobody.
        words = _after_fronted_phrase(words)
        if not words:
            return None
        chunk = " ".join(words)
    if words[0].lower() in ("in", "on", "at", "during", "after", "since", "before", "until", "for") \
            and len(words) > 2:
        # "In late 2003 Pakistan said", "On Friday the ministry said": the last noun phrase.
        k = next((j for j in range(len(words) - 1, 0, -1) if words[j].lower() in ("the", "a", "an") or (
            words[j][:1].isupper() and not words[j - 1][:1].isupper() and words[j].lower() not in _DAY_WORDS)), 0)
        if k and words[k - 1].lower() not in ("of", "'s"):
            words = words[k:]
            chunk = " ".join(words)

    def last_conjunct() -> _Cand | None:
        # "more planes headed from ... and senior officials say": the last conjunct.
        low_words = [w.lower() for w in words]
        if "and" in low_words:
            k = len(low_words) - 1 - low_words[::-1].index("and")
            if "by" in low_words[:k]:
                return None  # "a check organized by X and Y confirmed": the agents of a participle
            tail = words[k + 1:]
            if tail and (_lower_subject(tail) or tail[0][:1].isupper()):
                name = _clean(" ".join(tail))
                return _Cand(name, final) if name else None
        return None

    if words[0][:1].islower() and words[0].lower() not in ("the", "a", "an") \
            and words[0].lower() not in PRONOUNS:
        if not _lower_subject(words):
            return last_conjunct()
    name = _clean(chunk)
    if not name:
        return last_conjunct()
    # A list: "Sun, Hewlett-Packard and others say", "X, Berger and Y announced".
    if " and " in name and cuts:
        parts = _segments_before(before[:cut_at])
        prefix: list[str] = []
        while parts:
            seg = parts.pop().strip()
            sw = seg.split()
            if not sw or len(sw) > 6 or sw[0].lower() in _ADVERBIALS | _PREPOSITIONS | _DAY_WORDS \
                    or sw[0].lower().endswith(("ly", "wise")) \
                    or not sw[-1][:1].isupper() or not _np_ok(seg):
                break
            prefix.insert(0, seg)
        if prefix and cut_char == ",":
            name = ", ".join(prefix + [name])
    return _Cand(name, final)


# A reporting verb inside a free relative reports nothing: "I watch what I do and say", "they
# obey what you say", "whatever they said".
_FREE_RELATIVE_RE = re.compile(
    r"\bwhat(?:ever)?\s+[\w'’-]+(?:\s+(?:do|did|does|think|thinks|thought|write|wrote)\s+(?:and|or))?\s*$",
    re.IGNORECASE)


def _fronted_participle(words: list[str]) -> bool:
    """Whether the words before a verb open with a participial phrase ("Writing in ...",
    "Speaking to reporters ..."): a capitalised -ing word, then a preposition or article."""
    return len(words) > 2 and words[0][:1].isupper() and words[0].endswith("ing") and words[0][1:].islower() \
        and words[0].lower() not in _PREPOSITIONS | _ING_PREPOSITIONS and words[1].lower() in _PREPOSITIONS | _DETERMINERS


_SUBJECT_PRONOUNS = frozenset("he she they it we i".split())
# Prepositions in -ing, which open no participial phrase ("During his visit Rubin said").
_ING_PREPOSITIONS = frozenset("during according following including regarding concerning notwithstanding".split())


def _after_fronted_phrase(words: list[str]) -> list[str]:
    """The subject closing a fronted phrase: a pronoun ("... an interpreter he"), the name after
    a title that starts with "The" ("in The Mirror Linda" -> Linda: a name never starts with
    it), a name after lower-case words ("to reporters Smith"), a description after a name
    ("in Parliament the minister"); else nothing."""
    if words[-1].lower() in _SUBJECT_PRONOUNS:
        return words[-1:]
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    run = words[k:]
    if len(run) >= 3 and run[0] == "The":
        return run[-1:]
    if run and k > 2 and words[k - 1].islower() and words[k - 1] not in _PREPOSITIONS | _DETERMINERS:
        return run
    if run and k > 3 and words[k - 1] in ("the", "a", "an") and words[k - 2].islower() \
            and words[k - 2] not in _PREPOSITIONS | _DETERMINERS:
        return words[k - 1:]  # "Quoting documents they obtained the NOS said"
    if not run:  # "Speaking in Parliament the minister": an article after a name opens the subject
        k = next((j for j in range(len(words) - 1, 1, -1)
                  if words[j] in ("the", "a", "an") and words[j - 1][:1].isupper()), 0)
        return words[k:] if k else []
    return []


def _inverted_name(s: str, pos: int) -> str:
    """The name after an inverted reporting verb ('..., said Detective X, a spokesman.')."""
    rest = s[pos:pos + _WINDOW]
    m = _NAME_STOP_RE.search(rest)
    raw = rest[: m.start()] if m else rest
    after = rest[m.start():] if m else ""
    if after and not re.match(r"\s*(?:[,.!?;\"”']|''|$)", after):
        return ""  # "said that ..." / "said Friday that ..."
    if after.lstrip().startswith(",") and re.match(r",\s*(?:that|and|but)\b", after.lstrip()):
        return ""
    if any(c.isdigit() for c in raw):
        return ""
    lead = raw.split()
    while len(lead) > 1 and lead[0].lower() in _DAY_WORDS:
        lead = lead[1:]  # "said Wednesday the organizers"
    name = _clean(_before_participle(" ".join(lead)))
    if not name or name.split()[0].lower() in _TIME_WORDS - {"the", "a", "an"}:
        return ""
    if name in PRONOUNS.values():
        return name
    words = name.split()
    if words[0].lower() not in ("the", "a", "an") and not words[0][:1].isupper() \
            and not _lower_subject(words):
        return ""
    return _apposed(name, after)


def _apposed(name: str, after: str) -> str:
    """A role named by a name in apposition closing the sentence: '"...," said the head coach,
    Dwayne Killings.' -> "the head coach, Dwayne Killings" (a role alone says less who)."""
    named = _APPOSED_NAME_RE.match(after)
    if named and not any(w[:1].isupper() for w in name.split()) and named.group(1).split()[0].lower() not in (
            _DAY_WORDS | _TIME_WORDS):
        return f"{name}, {named.group(1)}"
    return name


# a name in apposition closing the sentence: ', Dwayne Killings.'
_APPOSED_NAME_RE = re.compile(r",\s*((?:[A-Z]\.|[A-Z][\w'’-]*)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){0,3})\s*[.!?]?[\"”']?\s*$")


def _is_channel(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return bool(words) and (words[-1] in CHANNEL_HEADS or "radio" in words or "agency" in words)


def _according_to(s: str, low: str) -> str:
    for phrase in ("according to", "as reported by", "as stated by", "as told by"):
        i = low.find(phrase)
        tries = 0
        while i != -1 and tries < _MAX_TRIES:
            tries += 1
            if i == 0 or not low[i - 1].isalnum():
                name = _name_after(s, i + len(phrase)) or _document_owner(s, i + len(phrase))
                if name:
                    return name
            i = low.find(phrase, i + 1)
    return ""


def _document_owner(s: str, pos: int) -> str:
    """Whose document a lead phrase names, when the document is no claimant itself: "according
    to Upjohn's estimates" -> Upjohn, "according to police estimates" -> police (not "according
    to the agreement", not "according to new figures")."""
    words = s[pos:pos + _WINDOW].split(",")[0].split()[:6]
    if len(words) < 2 or words[1].lower().strip(".;:").rstrip("s") not in _NOT_CLAIMANT_STEMS | _SOURCE_DOCUMENT_STEMS:
        return ""
    owner = words[0]
    if owner.endswith(("'s", "’s")) and owner[:1].isupper():
        return _clean(owner[:-2])
    # a plural source ("police estimates", "analysts' estimates"); "official figures" is an adjective
    owner = owner.rstrip("'’")
    return owner if owner.lower() in SOURCE_NOUNS and (owner.endswith("s") or owner.lower() == "police") else ""


_PASSIVE_RE = re.compile(r"\b(?P<verb>[A-Za-z]+)(?:\s+out)?\s+[Bb]y\s+")


def _passive(s: str, low: str) -> str:
    for tries, m in enumerate(_PASSIVE_RE.finditer(s)):
        if tries >= _MAX_TRIES:
            break
        verb = m.group("verb")
        if verb in PASSIVE_VERBS or verb in SOURCE_PARTICIPLES or verb.lower().rstrip("s") in _SOURCE_DOCUMENT_STEMS:
            if verb in ("quoted", "cited") or s[:m.start()].rstrip().endswith(","):
                continue  # "X, quoted by Y, said", "said X quoted by Y": Y is the channel
            agent = _participle_agent(s, m)  # "Data published by X shows", "A study by X found"
            if agent is not None:
                if agent:
                    return agent
                continue
            if verb not in PASSIVE_VERBS:
                continue
            name = _name_after(s, m.end())
            if name:
                return name
    return ""


def _participle_agent(s: str, m: re.Match) -> str | None:
    """The agent of a participle on the sentence's subject, when a main verb follows it:
    "Data published by OpenAI shows that ..." -> "OpenAI" (the data's source claims it; never
    "OpenAI shows"). "" when the subject is no document ("A man arrested by police said ...":
    the man's claim, which the subject reading finds) or the participle modifies something
    else ("He said data published by X shows ..."); None when no main verb follows the agent
    (then "was reported by X" reads as before)."""
    before = s[:m.start()]
    if before.split()[-1:] and before.split()[-1].lower() in _BE | {"get", "got"}:
        return None  # "The alert was announced by X": a passive, not a modifier
    rest = s[m.end():m.end() + _WINDOW]
    stop = _NAME_STOP_RE.search(rest)
    agent_text = rest[: stop.start()] if stop else rest
    verb_at = _main_verb_at(agent_text)
    if verb_at < 0:
        return None
    # The subject: "Data" of "Data published by X", or "A study" of "A study by X found".
    head_words = before.split(",")[-1].split() + [m.group("verb")] * (
        m.group("verb").lower().rstrip("s") in _SOURCE_DOCUMENT_STEMS)
    if not head_words or not _np_ok(" ".join(head_words)) \
            or head_words[-1].lower().rstrip("s") not in _SOURCE_DOCUMENT_STEMS:
        return ""
    return _clean(_COMMISSIONER_RE.split(agent_text[:verb_at], maxsplit=1)[0])


# "A paper published in Nature suggests": the journal that published a document is its source,
# as the agent of "Data published by X shows" is; a place never is ("a study published in
# Britain found"), so the name must read as a journal.
_PUBLISHED_IN_RE = re.compile(r"\b(?P<verb>published|appearing|appeared)\s+in\s+(?:the\s+journal\s+)?(?=[A-Z])")
_PUBLISHING_WORDS = frozenset("published appearing appeared".split())
_JOURNAL_WORDS = frozenset("""journal journals proceedings review reviews annals bulletin letters lancet
nature science frontiers cell bmj jama plos medicine""".split())
_JOURNAL_TAIL_RE = re.compile(r"\s+(?:journal|magazine)$")


def _journal_of(s: str) -> str:
    """The journal a document subject was published in, when a main reporting verb follows
    ("A new paper published in Frontiers in Ecology and the Environment journal suggests
    that" -> "Frontiers in Ecology and the Environment"; "according to a study published in
    The Journal of Nutrition in 2015, ..." -> "The Journal of Nutrition"), else ""."""
    m = _PUBLISHED_IN_RE.search(s)
    if not m:
        return ""
    head = s[:m.start()].split(",")[-1].split()
    if not head or head[-1].lower().rstrip("s") not in _SOURCE_DOCUMENT_STEMS:
        return ""
    rest = s[m.end():m.end() + _WINDOW]
    stop = _NAME_STOP_RE.search(rest)
    text = rest[: stop.start()] if stop else rest
    lead = head[0].lower() == "according" or "according to" in s[:m.start()].lower()
    verb_at = len(text) if lead and stop and rest[stop.start():].lstrip().startswith(",") \
        else _main_verb_at(text)
    if verb_at < 0:
        return ""
    name = _JOURNAL_TAIL_RE.sub("", _TEMPORAL_TAIL_RE.split(text[:verb_at].strip(), maxsplit=1)[0].strip())
    name = re.split(r"\s+in\s+(?=\d)", name, maxsplit=1)[0]  # "... Nutrition in 2015"
    words = name.split()
    if not words or _JOURNAL_WORDS.isdisjoint(w.lower().strip(".,") for w in words) \
            or not all(w[:1].isupper() or w in ("of", "in", "and", "the", "for", "&", "on") for w in words):
        return ""
    return name


# "A survey by MORI for The Times showed": the one who commissioned it is not its source.
_COMMISSIONER_RE = re.compile(r"\s+for\s+")


def _main_verb_at(text: str) -> int:
    """Where the first finite verb that states content ("shows", "says", "found") starts in
    `text`, or -1; not after a form of "be" (a passive: "was published in 2020") nor after an
    article, a preposition or an -ing word (a noun: "following reports that")."""
    words = text.split(" ")
    at = 0
    for i, word in enumerate(words):
        prev = words[i - 1].lower() if i else ""
        if (word in FINDING_VERBS or word in CLAIM_VERBS and word not in PARTICIPLES) and i \
                and prev not in _BE | _PREPOSITIONS | _DETERMINERS and not prev.endswith("ing"):
            return at
        at += len(word) + 1
    return -1


def _subject_verb(s: str, low: str, words: set | None = None) -> str:
    found = [m for m in _claim_verbs(s, words)[:_MAX_TRIES]  # lower-case only: "the United States"
             if not (s.startswith(" by ", m.end()) and not m.group().endswith("ing"))]  # a passive
    cands: list[_Cand] = []
    skipped: list = []

    def read(m) -> None:
        cand = _subject_candidate(s, m)
        if cand and cand.name:
            cand.start, cand.end = m.start(), m.end()
            cands.append(cand)

    for m in found:
        if cands:
            # After the first subject found, only a sentence-final or inverted tag can win.
            j = m.start() - 1
            while j >= 0 and s[j] == " ":
                j -= 1
            if not (j >= 0 and s[j] in ",\"”'" or _tail_is_final(s, m.end())):
                skipped.append(m)
                continue
        read(m)
    if not cands:
        return ""
    if len(cands) == 1 and not skipped:
        return cands[0].name
    for c in cands:
        if c.final is None:
            c.final = _tail_is_final(s, c.end)
    finals = [c for c in cands if c.final]
    pick = finals[-1] if finals else cands[0]
    if s.startswith("report", pick.start) and not s.startswith("reporting", pick.start):
        # "X said ..., Times of Zambia reported": the paper relays the speaker.
        speakers = [c for c in cands if c is not pick and c.start < pick.start
                    and s.startswith(("said", "says", "told", "added"), c.start)]
        if speakers:
            pick = speakers[-1]
    if _channel(s, pick):
        for m in skipped:
            read(m)
        cands.sort(key=lambda c: c.start)
        others = [c for c in cands if not _channel(s, c)]
        if others:
            pick = others[0]
    return pick.name


def _channel(s: str, c: _Cand) -> bool:
    """Whether candidate `c` is a news medium ("the Interfax news agency", "... agency IRNA")."""
    window = s[max(0, c.start - 80):c.end + 80].lower()
    low_name = c.name.lower()
    return _is_channel(c.name) or (low_name in window and any(
        f"{noun} {low_name}" in window or f"{low_name} {noun}" in window
        for noun in ("news agency", "agency", "newspaper", "radio", "television")))


_INVERTED_RE = re.compile(
    r"[,—–]\s*[\"”']?\s*(?P<verb>[A-Za-z]+)\s+(?P<name>[^,;.!?]+?)\s*[.!?]?[\"”']?\s*$")


# A quote closed, then the tag: '"It was a bomb," said a U.S. Embassy official, who ...'.
_QUOTE_TAG_RE = re.compile(r"(?:[,?!]\s*(?:''|[\"”’])|[\"”]\s*,|''\s*,)\s*(?P<verb>[A-Za-z]+)\s+")


class _Found:
    """A reporting verb found in a sentence (the part of `re.Match` the patterns use)."""

    __slots__ = ("verb", "at")

    def __init__(self, verb: str, at: int):
        self.verb, self.at = verb, at

    def group(self, _name: str = "verb") -> str:
        return self.verb

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.verb)


def _claim_verbs(s: str, words: set | None = None) -> list[_Found]:
    """The reporting verbs of `s` as whole lower-case words, in text order (a set test first:
    most sentences hold one or two)."""
    found: list[_Found] = []
    n = len(s)
    for verb in CLAIM_VERBS.intersection(_WORD.findall(s) if words is None else words):
        i = s.find(verb)
        while i != -1:
            j = i + len(verb)
            if (i == 0 or not s[i - 1].isalnum()) and (j == n or not s[j].isalnum()):
                found.append(_Found(verb, i))
            i = s.find(verb, j)
    found.sort(key=lambda f: f.at)
    return found


# Verbs a clause-final inverted tag uses ("..., said the spokesman.").
INVERTED_VERBS = frozenset("""
said says added adds asked asks told wrote writes reported reports noted notes explained recalled
replied insisted warned declared announced acknowledged stated concluded continued
""".split())


_SENTENCE_END_RE = re.compile(r"\s*[.!?]*[\"”'’]*\s*$")


def _closing_source_tag(s: str, pos: int) -> str:
    """An inverted tag with no comma before it that ends the sentence ("... opened on Monday
    said officials", "said police spokesman John Smith."): the source named after the verb, ""
    when what follows is no source ("said Monday", "said the plan would fail")."""
    name = _inverted_name(s, pos)
    words = name.split()
    if not words or name in PRONOUNS.values():
        return ""
    at = s.find(name, pos)
    if at < 0 or s[pos:at].strip() or not _SENTENCE_END_RE.match(s, at + len(name)):
        return ""  # "Magna said Mr. McAlpine resigned ...": the name opens a reported clause
    heads = {w.lower() for w in words}
    if not heads.isdisjoint(SOURCE_NOUNS | ROLE_WORDS) or len(words) >= 2 and _proper_name(name):
        return name
    return ""


def _inverted(s: str, low: str, words: set | None = None) -> str:
    m = _INVERTED_RE.search(s, max(0, len(s) - _WINDOW)) if (
        words is None or not INVERTED_VERBS.isdisjoint(words)) else None
    if m and m.group("verb") in INVERTED_VERBS:
        name = _clean(m.group("name"))
        parts = name.split()
        if name and (parts[0][:1].isupper() or parts[0].lower() in ("the", "a", "an")
                     or _lower_subject(parts)) and parts[0].lower() not in _DAY_WORDS \
                and "by" not in parts:
            return name
    if '"' not in s and "”" not in s and "’" not in s and "''" not in s:
        return ""
    for tries, m in enumerate(_QUOTE_TAG_RE.finditer(s)):
        if tries >= _MAX_TRIES:
            break
        if m.group("verb") in CLAIM_VERBS and m.group("verb") not in QUOTE_LEAD_ONLY:
            name = _name_after(s, m.end())
            if name:
                at = s.find(name, m.end())
                return _apposed(name, s[at + len(name):]) if at >= 0 else name
    return ""


_CITING_RE = re.compile(r"^(?P<x>[^,;]+),\s+(?:citing|quoting)\s+", re.IGNORECASE)
_SOURCES_RE = re.compile(r"\bsources\s+(?:of|in|at|from|close to)\s+", re.IGNORECASE)


def _leads(s: str, low: str) -> str:
    m = _CITING_RE.match(s)
    if m:
        name = _clean(m.group("x"))
        if name:
            return name
    for phrase in ("with reference to", "in reference to", "citing", "quoting"):
        i = low.find(phrase)
        if i != -1 and (i == 0 or not low[i - 1].isalnum()):
            name = _name_after(s, i + len(phrase))
            words = name.split()
            if name and (any(w[:1].isupper() for w in words[1:] or words)
                         or words[-1].lower() in SOURCE_NOUNS):
                return name  # a source, not "citing competitive reasons"
    m = _SOURCES_RE.search(s)
    if m:
        tail = _name_after(s, m.end())
        if tail:
            return _clean(s[m.start():m.end()] + tail)
    return ""


_PATTERNS = (_passive, _subject_verb, _inverted, _leads)

# Every pattern needs one of these words (a reporting verb, or a word of a lead phrase);
# most sentences of a long document are done with one set test instead of five patterns.
_TRIGGER_WORDS = frozenset(REPORTING_VERBS | CLAIM_VERBS | PASSIVE_VERBS | FINDING_VERBS | {
    "according", "reference", "citing", "quoting", "per", "sources"})
_WORD = re.compile(r"[a-z]+")
_LEAD_WORDS = frozenset("citing quoting reference sources".split())


@dataclass
class Claim:
    """One sentence read for a document: `name` is the claimant as written (a pronoun is
    "he"/"she"/"they"), "" for none; the rest is what the quotation marks say."""

    name: str = ""
    starts_in_quote: bool = False   # the sentence begins inside a quotation (or opens one)
    open_at_end: bool = False       # a quotation is still open when the sentence ends
    quoted: bool = False            # the sentence has quotation marks
    frame: bool = False             # "X said in an editorial ...:" frames what follows


def _read(masked: str) -> str:
    low = masked.lower()
    words = set(_WORD.findall(low))
    if _TRIGGER_WORDS.isdisjoint(words):
        return ""
    acc = _according_to(masked, low) if "according" in words or " by " in low else ""
    if " in " in low and not _PUBLISHING_WORDS.isdisjoint(words):
        journal = _journal_of(masked)
        if journal:
            return journal
    if acc and not _is_channel(acc):
        return acc
    verbs = not CLAIM_VERBS.isdisjoint(words)
    name = (" by " in low and _passive(masked, low)) or (
        verbs and (_subject_verb(masked, low, words) or _inverted(masked, low, words))) or (
        not _LEAD_WORDS.isdisjoint(words) and _leads(masked, low))
    return name or acc


def analyse(sentence: str, in_quote: bool = False, folded: bool = False) -> Claim:
    """The sentence's claimant as written and its quotation state (`in_quote`: the sentence
    starts inside a quotation that an earlier sentence opened; `folded`: its white space is
    already single spaces, as `document_events` gives it)."""
    s = sentence if folded else " ".join(sentence.split())
    masked, open_end, starts = _mask(s, in_quote)
    claim = Claim(name=_read(masked), starts_in_quote=starts, open_at_end=open_end,
                  quoted=masked is not s or in_quote)
    if claim.name and ":" in masked:
        fm = _FRAME_RE.search(masked)
        claim.frame = bool(fm and fm.group("noun").lower() in FRAME_NOUNS)
    return claim


def names_another(sentence: str) -> bool:
    """Whether the sentence is claimed by someone it names only by a pronoun ("she said", "they
    told reporters"): not the page's author, so a byline must not stand in when the document
    could not say who she is. "it" may be the author's own thing ("Specifically, it tells you
    the percent of fat"): not counted."""
    return analyse(sentence).name in _PERSON_PRONOUNS


_PERSON_PRONOUNS = frozenset(("he", "she", "they"))


def find_claimant(sentence: str) -> str:
    """Who the sentence says claims it, or "" (a bare pronoun names nobody on its own)."""
    name = analyse(sentence).name
    return "" if name in PRONOUNS.values() else name


# Examples per pattern: (sentence, expected claimant). "" = must not match.
PATTERN_EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "according to": (
        ("According to Ukrainian intelligence, 12,000 troops arrived.", "Ukrainian intelligence"),
        ("The troops arrived in October, according to the Pentagon.", "the Pentagon"),
        ("The deal was signed, according to officials on Monday.", "officials"),
        ("According to the agreement, the DPRK will send soldiers.", ""),
        ("They were sent according to plan.", ""),
        # A document with an owner: the owner ("Upjohn's estimates"); a bare document: nobody.
        ("According to Upjohn's estimates, only half of the employees will take the plan.", "Upjohn"),
        ("According to police estimates, 1,260 vehicles were torched.", "police"),
        ("According to new figures, 1,260 vehicles were torched.", ""),
        ("According to official statistics, 2 million people are addicts.", ""),
        ("According to analysts' estimates, sales fell.", "analysts"),
        ("According to the agreement's terms, the troops leave in May.", ""),
    ),
    "passive by": (
        ("This was confirmed by the Minister of Defense of Ukraine Rustem Umyerov, but he did "
         "not specify the details.", "the Minister of Defense of Ukraine Rustem Umyerov"),
        ("The attack was reported by Reuters.", "Reuters"),
        ("The bridge was built by engineers in 1990.", ""),
        # The agent of a participle on a subject that is data or a document: its source.
        ("Data published by OpenAI shows that compute doubled every 3.4 months.", "OpenAI"),
        ("A survey carried out by YouGov in May suggests that trust fell.", "YouGov"),
        ("A study by The Economist found that two-thirds of industries became more concentrated.",
         "The Economist"),
        ("He said data published by OpenAI shows that compute doubled.", ""),  # he, not "OpenAI shows"
        ("A man arrested by police said he was innocent.", ""),  # the man's claim, never police's
        ("Figures released by the ministry fell in May.", ""),
        ("The report by the committee was published in 2020.", ""),
        ("A study funded by Pfizer found that the drug works.", ""),  # a funder claims nothing
    ),
    "subject verb": (
        ("On October 24, Ukrainian intelligence reported that the first soldiers arrived.",
         "Ukrainian intelligence"),
        ("South Korean intelligence reported that troops were shipped on October 8-13.",
         "South Korean intelligence"),
        ("The American newspaper The Wall Street Journal wrote that the agreement was signed "
         "in June.", "The Wall Street Journal"),
        ("Babel sources said that they are being prepared in Khabarovsk.", "Babel sources"),
        ("The New York Times writes about this with reference to Ukrainian officials.",
         "The New York Times"),
        ("President of Ukraine Volodymyr Zelensky said in his evening address that battles began.",
         "President of Ukraine Volodymyr Zelensky"),
        ("The Ukrainian official did not elaborate, and the American official told the newspaper "
         "that many died.", "the American official"),
        ("Reuters, citing two officials, said the talks failed.", "Reuters"),
        ("But they may enter into battle in the coming days, sources of the publication in "
         "Ukraine specify.", "sources of the publication in Ukraine"),
        ("Officials who spoke on condition of anonymity said the plan changed.", "Officials"),
        ("The ministry has confirmed the strike.", "The ministry"),
        ("He said the war would end.", ""),
        ("The Ukrainian official did not specify the casualties.", ""),
        ("The report was long.", ""),
        ("North Korean soldiers suffered their first losses.", ""),
        ("In all, the bombings in Kenya and Tanzania last week claimed at least 217 lives.", ""),
        ("Russia added five brigades to the front.", ""),
        ("The group claimed in a statement that it fired the rockets.", "The group"),
        ("Families in Tanzania and the United States, Estrada said in a statement.", "Estrada"),
        # a time adverbial fronted with no comma is not part of the subject
        ("Last week the regulator said it had received three complaints.", "the regulator"),
        ("Two weeks ago the constitutional court ruled that the vote was valid.",
         "the constitutional court"),
        ("Later that day the ministry said it confirmed the strike.", "the ministry"),
        ("Yesterday police said two men were held.", "police"),
        ("Last week's report said prices rose.", "Last week's report"),
        ("Last week was calm, the mayor said.", "the mayor"),
    ),
    "inverted": (
        ("\"We will win,\" said Volodymyr Zelensky.", "Volodymyr Zelensky"),
        ("Troops moved north, said a spokesman for the army.", "a spokesman for the army"),
        ("``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi, who refused to "
         "identify himself.", "a U.S. Embassy official in Nairobi"),
        ("\"We will hold,\" said the mayor, adding that help was coming.", "the mayor"),
        ("\"We will hold,\" he said, adding that help was coming.", ""),
    ),
    "leads": (
        ("Reuters, citing two sources, on the talks in Geneva.", "Reuters"),
        ("The strike hit a depot, with reference to the General Staff.", "the General Staff"),
        ("Troops are moving, sources in the ministry.", "sources in the ministry"),
        ("The weather is cold in Kyiv.", ""),
        ("The company wouldn't elaborate, citing competitive reasons.", ""),
    ),
    # Words inside quotation marks are never read; the tag outside them is.
    "quotes": (
        ("\"It has never happened before,\" Mr. Lenz said.", "Mr. Lenz"),
        ("``Well may we say `God save the Queen,' for nothing will save the republic,'' "
         "outraged monarchist delegate David Mitchell said.",
         "outraged monarchist delegate David Mitchell"),
        ("\"He was told the handwriting was on the wall,\" the source said Monday.", "the source"),
        ("\"The reason is that some started shipping,\" said Hewlett-Packard's Mr. Archuleta.",
         "Hewlett-Packard's Mr. Archuleta"),
        ("\"Where's the bid?\" asked Pierre Panet-Raymond, an analyst.", "Pierre Panet-Raymond"),
        ("``I must say there are no unsettled problems any more.", ""),
        ("\"We were told to leave,\" one resident recalled, \"so we did.\"", "one resident"),
        # a tag verb right after the quotation, its subject first
        ("\u201cLeave my daughter out of your voice,\u201d Haley shot back.", "Haley"),
        ("\"Not so,\" the senator retorted.", "the senator"),
        ("\"Not so,\" Haley replied.", "Haley"),
        ("Police shot back at the gunmen on Tuesday.", ""),
        ("Police shot the gunman on Tuesday.", ""),
        ("The storm hit back roads on Tuesday.", ""),
        ("Haley replied to the letter on Tuesday.", ""),
    ),
    # A subject past the asides set off by commas; an apposition name after a description.
    "asides": (
        ("The mayor's spokesman, Tom Reyes, denied in May that the budget was cut.", "Tom Reyes"),
        ("Victor Miranda, who lives in the building, said the machines were removed.",
         "Victor Miranda"),
        ("Michael Gifford, Rank's chief executive, said the total wouldn't exceed $100 million.",
         "Michael Gifford"),
        ("An Iraqi official, speaking on condition of anonymity, said Ritter would not try.",
         "An Iraqi official"),
        ("``It looks as though they panicked,'' a detective, speaking on condition of anonymity, "
         "said of the robbers.", "a detective"),
        ("The minister, quoted by Reuters, said the talks failed.", "The minister"),
        ("Art Samson, senior vice-president of Philippine Long Distance Telephone Co. (PLDT), "
         "said the rates would fall.", "Art Samson"),
        ("RMS International Inc., Hasbrouk Heights, N.J., facing a cash-flow squeeze, said it is "
         "seeking other financing.", "RMS International Inc."),
        ("The men took no money from the store, said Detective Joseph Pentangelo, a Police "
         "Department spokesman.", "Detective Joseph Pentangelo"),
        ("The company, meanwhile, said the talks failed.", "The company"),
    ),
    # Lower-case and listed subjects.
    "subjects": (
        ("The men appeared in the store around 7:15 p.m., detectives said.", "detectives"),
        ("Kellogg will sell boxes for 99 cents, trade sources say.", "trade sources"),
        ("It was meant as a suggestion, one highly placed source said.", "one highly placed source"),
        ("Sun, Hewlett-Packard and others say Intel isn't wholly to blame.",
         "Sun, Hewlett-Packard and others"),
        ("Meanwhile, secretary of state Madeleine Albright, Berger and defense secretary William "
         "Cohen announced plans to travel.",
         "secretary of state Madeleine Albright, Berger and defense secretary William Cohen"),
        ("More planes headed from the United States and senior officials say Iraq can expect "
         "strikes.", "senior officials"),
        ("About 54 percent of the 1,500 registered voters argued that construction should proceed.",
         ""),
        ("Contrary to other reports, the FBI and Kenyan police said Monday that no suspect had "
         "confessed.", "the FBI and Kenyan police"),
    ),
    # Coordinated and participial reporting verbs report for the clause's subject.
    "coordination": (
        ("The United States had moved additional troops into the Gulf and said it would strike "
         "Iraq.", "The United States"),
        ("No one was hurt, but firefighters ordered the evacuation of nearby homes and said "
         "they'll monitor the ground.", "firefighters"),
        ("The directors didn't indicate the source of financing, but said MCA agreed in "
         "principle.", "The directors"),
        ("In their joint statement, Yeltsin and Kuchma called for ratification of the treaty, "
         "saying it would create a strong foundation.", "Yeltsin and Kuchma"),
        ("Mordechai was the first senior official to refer to the resolution, saying at the time "
         "it was a basis for talks.", ""),
        ("Kellogg had been telling its sales force that it intended to achieve a 50% share.",
         "Kellogg"),
        ("Officials in California are warning residents that rains will cause landslides.",
         "Officials in California"),
    ),
    # More verbs: argued, described as, accused of, quoted as saying, bare content clauses.
    "verbs": (
        ("Iraq had argued the presidential sites should be off limits.", "Iraq"),
        ("Har-Shefi described Amir as an ``original thinker.''", "Har-Shefi"),
        ("In that suit, the SEC accused Mr. Antar of engaging in a massive fraud.", "the SEC"),
        ("``We have covered the entire list,'' Yeltsin was quoted as saying by the ITAR-Tass news "
         "agency.", "Yeltsin"),
        ("Mr. Netanyahu suggested Israel might be willing to move a little.", "Mr. Netanyahu"),
        ("Yeltsin claimed they resolved even more nagging problems.", "Yeltsin"),
        ("CBS News first reported last night that the tomb may contain the remains.", "CBS News"),
        ("Newspaper reports have said Amir was infatuated with Har-Shefi.", "Newspaper reports"),
        ("The question is who will Cubans believe?", ""),
        ("That 1978 resolution calls for Israel's withdrawal from the self-declared security zone.",
         ""),
        ("A major goal of Kuchma's four-day state visit was the signing of an economic program.", ""),
        ("Protesters, however, dismissed his comments as selfish.", ""),
        ("Instead, she turned to her rabbi and told him about Amir's statements.", ""),
    ),
    # Never a clause fragment; passives and subordinate clauses give nobody.
    "fragments": (
        ("In the past, Russia has often claimed that Ukraine was undermining cooperation.", "Russia"),
        ("Former minister Anna Kovacs was informed Tuesday that her post was abolished.", ""),
        ("Sununu was told Wednesday by Bush's son that he had alienated the Cabinet.", ""),
        ("A task force began delving Thursday into the slayings, as law-enforcement officials "
         "acknowledged that they needed to work harder.", ""),
        ("Most of Compaq's decline is being attributed to a third-quarter earnings report that "
         "came in low.", ""),
        ("From member station KQED, Auncil Martinez reports.", ""),
        ("But while IBM and Compaq say the bugs will delay products, most big computer makers said "
         "the flaws don't affect them.", "most big computer makers"),
        ("\"The people who suffer are defendants,\" says Gerald Lefcourt, a criminal defense "
         "attorney who says he has turned down cases.", "Gerald Lefcourt"),
        # A fronted participial phrase without its comma: the subject that closes it.
        ("Writing in The Mirror Linda said: \"It was the hardest day.\"", "Linda"),
        ("Speaking to reporters Smith said the talks failed.", "Smith"),
        ("Writing in The New York Times the columnist argued that the law would pass.", "the columnist"),
        ("Banning the book, the board said it was obscene.", "the board"),
        ("Manning said the talks failed.", "Manning"),
        # A reporting verb inside a free relative ("what you say") reports nothing.
        ("I need to watch what I do and say.", ""),
        ("Quite often they obey to what you say.", ""),
        ("He did what he said he would do, the spokesman said.", "the spokesman"),
        # "continued" reports only before a quotation.
        ("Sarwar continued: \u201cThat humanity is what has been missing.\u201d", "Sarwar"),
        ("The fighting continued.", ""),
        ("The series continued \"The Wire\" tradition.", ""),
        ("The war continued: 12 soldiers died in May.", ""),
    ),
    # A speaker wins over the news medium that relays the words (the channel).
    "channels": (
        ("Kuchma assured Yeltsin that Ukraine would not join NATO, Yeltsin's spokesman Sergei "
         "Yastrzhembsky said, according to the Interfax news agency.",
         "Yeltsin's spokesman Sergei Yastrzhembsky"),
        ("One of President Bush's sons has informed John Sununu that he has lost support, White "
         "House and Republican sources said Monday.", "White House and Republican sources"),
        ("Foreign Ministry spokesman Mahmoud Mohammadi said that Iran condemns the attacks, the "
         "official news agency IRNA reported.", "Foreign Ministry spokesman Mahmoud Mohammadi"),
        ("The talks failed, according to the Interfax news agency.", "the Interfax news agency"),
        ("\"If we tie up, that would be the NTT group,\" said a Fuji Television senior official "
         "quoted by the business daily.", "a Fuji Television senior official"),
        ("Yogyakarta police chief Colonel A.R. Gaffar said the 24 students were arrested, the Media "
         "daily said.", "Yogyakarta police chief Colonel A.R. Gaffar"),
        ("There are loopholes in the electoral system, an international review team has said, Times "
         "of Zambia reported on Monday.", "an international review team"),
        ("\"Everybody wants to be there,\" Tergat was quoted by newspaper Kenya Times as saying.",
         "Tergat"),
        ("Singh will hold talks with Japanese Prime Minister Shinzo Abe, Kyodo News reported Tuesday.",
         "Kyodo News"),
    ),
    # Other news: leading time phrases, nouns that look like verbs, reduced relatives.
    "other news": (
        ("In late 2003 Pakistan said it had killed Hasan Mahsum.", "Pakistan"),
        ("On Friday the ministry said it would act.", "the ministry"),
        ("President Bush on Tuesday said the United States may extend its naval quarantine.",
         "President Bush"),
        ("Reports in Kenya said the components were transported by road.", "Reports in Kenya"),
        ("Also seized were several camouflage uniforms, the police report said.", "the police report"),
        ("However a report issued Wednesday by a team of international observers said the elections "
         "had been fair.", "a report issued Wednesday by a team of international observers"),
        ("Tennis fans will be given the option to buy tickets, said Wednesday the organizers.",
         "the organizers"),
        ("The leaders discussed issues relating to trade, said a press release issued after the "
         "meeting.", "a press release"),
        ("\"Ideas have become valuable assets,\" Lee Boon Yang, Minister for Information, said at the "
         "opening ceremony of the forum.", "Lee Boon Yang"),
        ("Minister Sufian Abu Zayda told the Voice of Palestine that the PNA insists on releasing all "
         "prisoners.", "Minister Sufian Abu Zayda"),
        ("But the prime minister went a step further Friday and told a television audience that he "
         "would go.", "the prime minister"),
        ("The monopolies owe the government billions of dollars in taxes, but argue that their "
         "customers owe them more.", "The monopolies"),
        ("Nkurunziza appreciates China's long-time assistance to Burundi in areas of education, "
         "public health and agriculture, saying the situation is stable.", "Nkurunziza"),
        ("Doctor James Burdick, the Professor of Transplant Surgery at Johns Hopkins University in "
         "Baltimore, Maryland, and former President of UNOS, says the policy failed.",
         "Doctor James Burdick"),
        ("A final check jointly organized by the provincial government and Chuzhou city government "
         "on Monday confirmed the city has met the standard.", ""),
        ("The warning came after pilots of the country's largest airline said they would strike.", ""),
        ("Six Palestinians had been reported as being killed in the operation.", ""),
        ("He declined to confirm or deny reports that Henri Roy is trying to put together a buy-out.",
         ""),
        ("The Antonov-74 plane, belonging to the Revolutionary Guards, crashed shortly after taking "
         "off from Mehrabad airport, said the television.", "the television"),
        ("Blair stands accused by the report of over-estimating his influence in Washington.", ""),
    ),
}
