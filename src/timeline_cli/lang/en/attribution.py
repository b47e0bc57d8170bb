"""Who claims a statement: "according to X", "X reported that ...", "confirmed by X", ...

`find_claimant(sentence)` returns a clean name ("Ukrainian intelligence", "The Wall Street
Journal", "the Minister of Defense of Ukraine Rustem Umyerov") or "" when the sentence names
nobody. Vocabulary lives in the tables below, lower-cased once; every pattern carries
examples and must-not-match cases that tests/test_attribution.py runs.

Order of the patterns (first that yields a name wins):
1. "according to X"
2. passive "reported / confirmed / ... by X"
3. "X said / reported / wrote ... [that]" (subject of a reporting verb; "X, citing Y, said")
4. inverted quote tag "..., said X."
5. "X, citing Y" / "with reference to X" / "citing X" / "sources of / in X"
"""

from __future__ import annotations

import re

__all__ = ["find_claimant", "REPORTING_VERBS", "LEAD_PHRASES", "PATTERN_EXAMPLES"]

# Reporting verbs (any tense/person that news text uses). Lower-cased once.
REPORTING_VERBS = frozenset(w.lower() for w in """
said says say told tells tell reported reports report wrote writes write
claimed claims claim confirmed confirms confirm announced announces announce
stated states state specified specifies specify noted notes added adds
explained explains stressed stresses emphasized emphasised emphasizes emphasises
insisted insists warned warns alleged alleges denied denies declared declares
revealed reveals disclosed discloses indicated indicates estimated estimates
informed informs assured assures asserted asserts acknowledged acknowledges
admitted admits believe believes suggested suggests publishes published
""".split())
# Reporting verbs that are often not about saying ("claimed 217 lives", "added troops"):
# they attribute only before "that", a quote or the end of a clause.
NEEDS_COMPLEMENT = frozenset(w.lower() for w in """
claim claims claimed note notes noted add adds added estimate estimates estimated
believe believes state states indicate indicates indicated suggest suggests suggested
admit admits admitted report reports publishes published insist insists insisted
""".split())
_COMPLEMENT_RE = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+that\b|\s*[\"“”'‘’:,.;!?]|\s*$")
# Verbs that take "by X" in the passive ("was confirmed by X").
PASSIVE_VERBS = frozenset(w.lower() for w in """
reported confirmed announced stated said claimed published disclosed revealed
denied alleged noted cited quoted estimated verified
""".split())
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
# Words between a subject and its verb: "X has said", "X also reported", "X later told".
_AUX = frozenset("has have had also later earlier previously then now again reportedly".split())
_NEGATIONS = frozenset("not never n't no".split())
_LOWER_STARTERS = frozenset("and but while as because although though so yet or".split())

# Bounds that keep every pattern linear on pathological input (a 1 MB "sentence").
_WINDOW = 300  # characters looked at around a verb or lead phrase (a name is at most 12 words)
_MAX_TRIES = 20  # reporting verbs / lead phrases tried per sentence
_VERB_RE = re.compile(r"\b(?P<verb>[A-Za-z]+)\b")
_CLAUSE_CUT_RE = re.compile(r"[,;:—–()\[\]“”\"]|\s-\s|\s--\s")
_ASIDE_RE = re.compile(
    r"\s*(?:citing|quoting|according to|with reference to|the|a|an|its|his|her|their)\b",
    re.IGNORECASE)
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
_NAME_STOP_RE = re.compile(
    r"\s*(?:[,;:!?—–()\"“”]|\.(?=[\"”'’]*\s*$)|''|\s-\s|\bthat\b|\bbut\b|\bwho\b|\bwhich\b|\bwhile\b|\band\s+(?:he|she|they|it)\b)",
    re.IGNORECASE,
)


def _clean(name: str) -> str:
    name = " ".join(name.split())
    name = name.strip(" \t\"'“”‘’«»()[],;:.—–-")
    name = _TEMPORAL_TAIL_RE.split(name, maxsplit=1)[0].strip()
    words = name.split()
    while words and words[0].lower() in _LOWER_STARTERS:
        words.pop(0)
    while words and words[-1].lower() in _AUX:
        words.pop()
    if not words:
        return ""
    # Descriptor + proper name: "The American newspaper The Wall Street Journal".
    if words[0].lower() == "the":
        for i in range(1, len(words) - 1):
            if words[i].lower() in MEDIA_NOUNS and words[i + 1][:1].isupper():
                rest = words[i + 1:]
                if all(x[:1].isupper() or x.lower() in ("of", "the", "and", "&") for x in rest):
                    words = rest
                break
    name = " ".join(words).strip(" ,;:.")
    low = name.lower()
    if not name or low in NOT_NAMES or all(w.lower() in NOT_NAMES | {"the", "a", "an"} for w in words):
        return ""
    if words[-1].lower().rstrip("s") in {n.rstrip("s") for n in NOT_CLAIMANTS} and not any(
            w[:1].isupper() for w in words[1:]):
        return ""
    if len(words) > 12:
        return ""
    return name


def _name_after(sentence: str, pos: int) -> str:
    """The noun phrase starting at `pos`, up to a clause stop."""
    rest = sentence[pos:pos + _WINDOW]
    m = _NAME_STOP_RE.search(rest)
    return _clean(rest[: m.start()] if m else rest)


def _subject_before(sentence: str, pos: int) -> str:
    """The subject of a verb at `pos`: text back to the last clause break, relative clauses cut."""
    before = sentence[max(0, pos - _WINDOW):pos]
    cuts = list(_CLAUSE_CUT_RE.finditer(before))
    # "Reuters, citing two officials, said": skip a ", citing ...," aside.
    chunk = before[cuts[-1].end():] if cuts else before
    if not chunk.strip() and len(cuts) >= 2 and _ASIDE_RE.match(before, cuts[-2].end()):
        # "Reuters, citing two officials, said" / "Mr. Kim, the spokesman, announced":
        # the subject is the short phrase before the aside.
        head = before[cuts[-3].end() if len(cuts) >= 3 else 0:cuts[-2].start()]
        words = head.split()
        if 0 < len(words) <= 5 and all(w[:1].isupper() or w in ("of", "the", "and", "&")
                                       for w in words):
            chunk = head
    words = chunk.split()
    if not words:
        return ""
    if any(w.lower().strip("'’") in _NEGATIONS or w.lower().endswith("n't") for w in words[-3:]):
        return ""
    chunk = _REL_RE.sub("", chunk)
    words = chunk.split()
    if words and words[0][:1].islower() and words[0].lower() not in _LOWER_STARTERS | {"the", "a", "an"}:
        # Starts mid-clause with a lower-case word ("was confirmed", "in a statement the ...").
        if words[0].lower() not in ("sources", "officials", "analysts", "experts", "witnesses",
                                    "residents", "observers", "diplomats", "authorities",
                                    "intelligence", "media", "reports", "police", "prosecutors"):
            return ""
    return _clean(chunk)


def _according_to(s: str, low: str) -> str:
    for phrase in ("according to", "as reported by", "as stated by", "as told by"):
        i = low.find(phrase)
        tries = 0
        while i != -1 and tries < _MAX_TRIES:
            tries += 1
            if i == 0 or not low[i - 1].isalnum():
                name = _name_after(s, i + len(phrase))
                if name:
                    return name
            i = low.find(phrase, i + 1)
    return ""


_PASSIVE_RE = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+[Bb]y\s+")


def _passive(s: str, low: str) -> str:
    for tries, m in enumerate(_PASSIVE_RE.finditer(s)):
        if tries >= _MAX_TRIES:
            break
        if m.group("verb") in PASSIVE_VERBS:
            name = _name_after(s, m.end())
            if name:
                return name
    return ""


def _subject_verb(s: str, low: str) -> str:
    tries = 0
    for m in _VERB_RE.finditer(s):
        verb = m.group("verb")
        if verb not in REPORTING_VERBS:  # lower-case only: "the United States" is no verb
            continue
        tries += 1
        if tries > _MAX_TRIES:
            break
        after = s[m.end():m.end() + 4]
        if after.startswith(" by "):
            continue  # passive, handled above
        if verb in NEEDS_COMPLEMENT and not _COMPLEMENT_RE.match(s, m.end()):
            continue  # "the bombings claimed 217 lives", "Russia added five brigades"
        name = _subject_before(s, m.start())
        if name:
            return name
    return ""


_INVERTED_RE = re.compile(
    r"[,—–]\s*[\"”']?\s*(?P<verb>[A-Za-z]+)\s+(?P<name>[^,;.!?]+?)\s*[.!?]?[\"”']?\s*$")


# A quote closed, then the tag: '"It was a bomb," said a U.S. Embassy official, who ...'.
_QUOTE_TAG_RE = re.compile(r"(?:,\s*(?:''|[\"”’])|[\"”]\s*,|''\s*,)\s*(?P<verb>[A-Za-z]+)\s+")


def _inverted(s: str, low: str) -> str:
    m = _INVERTED_RE.search(s, max(0, len(s) - _WINDOW))
    if m and m.group("verb") in REPORTING_VERBS:
        name = _clean(m.group("name"))
        if name:
            return name
    for tries, m in enumerate(_QUOTE_TAG_RE.finditer(s)):
        if tries >= _MAX_TRIES:
            break
        if m.group("verb") in REPORTING_VERBS:
            name = _name_after(s, m.end())
            if name:
                return name
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
            if name:
                return name
    m = _SOURCES_RE.search(s)
    if m:
        tail = _name_after(s, m.end())
        if tail:
            return _clean(s[m.start():m.end()] + tail)
    return ""


_PATTERNS = (_according_to, _passive, _subject_verb, _inverted, _leads)

# Every pattern needs one of these words (a reporting verb, or a word of a lead phrase);
# most sentences of a long document are done with one set test instead of five patterns.
_TRIGGER_WORDS = frozenset(REPORTING_VERBS | PASSIVE_VERBS | {
    "according", "reference", "citing", "quoting", "per", "sources"})
_WORD = re.compile(r"[a-z]+")


def find_claimant(sentence: str) -> str:
    """Who the sentence says claims it, or ""."""
    if _TRIGGER_WORDS.isdisjoint(_WORD.findall(sentence.lower())):
        return ""
    s = " ".join(sentence.split())
    low = s.lower()
    for pattern in _PATTERNS:
        name = pattern(s, low)
        if name:
            return name
    return ""


# Examples per pattern: (sentence, expected claimant). "" = must not match.
PATTERN_EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "according to": (
        ("According to Ukrainian intelligence, 12,000 troops arrived.", "Ukrainian intelligence"),
        ("The troops arrived in October, according to the Pentagon.", "the Pentagon"),
        ("The deal was signed, according to officials on Monday.", "officials"),
        ("According to the agreement, the DPRK will send soldiers.", ""),
        ("They were sent according to plan.", ""),
    ),
    "passive by": (
        ("This was confirmed by the Minister of Defense of Ukraine Rustem Umyerov, but he did "
         "not specify the details.", "the Minister of Defense of Ukraine Rustem Umyerov"),
        ("The attack was reported by Reuters.", "Reuters"),
        ("The bridge was built by engineers in 1990.", ""),
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
    ),
}
