"""Claimants across a document (English): pronouns, descriptions and quotations.

`document_claimants(sentences)` reads a document's sentences in order with
`attribution.analyse` and returns each sentence's claimant:

- a pronoun ("he said", "she told", "they said") is the most recent claimant it can refer to:
  a person for he/she (not a plural, not a company or a news medium; "Mr." is not "she", and a
  name once called "she" stays female), a plural or a list for they; a person named as the
  subject of a later sentence without speaking ("Secretary of State Madeleine Albright
  visited ...") is nearer; "it said" is the organisation that spoke in the last three
  sentences; with none, the sentence has no claimant rather than a wrong one; a person the
  sentence itself names is not its "he" or "she" ("..., she told Ramaswamy");
- a description ("the company", "the board", "the agency", "the president", "the
  spokeswoman", "a company spokesman") is the organisation or person the document named
  earlier: a claimant with the same head noun ("An IBM spokeswoman"), a name ending in it
  ("Iraqi News Agency", "Supreme Court"), a title before a name ("President Clinton"), the
  company that spoke or was mentioned last ("Magna International Inc.") for company words and
  "company officials"; an indefinite description ("a junior minister") is someone new and
  stays as written, as does anything unresolved;
- a quotation that runs over several sentences keeps its speaker in every one of them: the
  tag found anywhere in the quotation (`"Obviously, ... no proof of life.` before `But ...,"
  said a Foreign Office spokesman.`), else the speaker of the sentence just before it (a
  quotation right after `"...," Howard said.` or after "Howard said ..." is Howard's);
- a sentence cut after a title ("The directors said if Messrs." / "Drabinsky and ...")
  continues the piece before;
- in a document without quotation marks (a broadcast transcript), a first-person sentence
  right after an attributed one is that speaker's sound bite;
- "The New York Times said in an editorial ...: ..." frames the rest of the document: every
  later sentence without its own claimant is the newspaper's.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from timeline_cli.lang.en.attribution import (
    _CLAUSE_CUT_RE, _PREPOSITIONS, _SUBORDINATORS, _ADVERBIALS, CHANNEL_HEADS, CLAIM_VERBS, PRONOUNS, SOURCE_NOUNS, Claim,
    _DAY_WORDS, _FIRST_PERSON_RE, _verbish, analyse,
)

from timeline_cli.lang.en.names import bare_surname, full_names

__all__ = ["document_claimants", "Attributor", "with_full_names"]

# Heads of a description that names a company ("the company said").
COMPANY_HEADS = frozenset("""
company firm corporation concern maker manufacturer retailer bank airline insurer carrier
chain business operator utility group provider producer supplier developer publisher
distributor lender thrift brokerage
""".split())
# Heads that stand for a company's board.
BOARD_HEADS = frozenset("board directors".split())
# Heads of a description resolved to an earlier claimant or name with the same head.
NAMED_HEADS = frozenset("""
agency newspaper paper network station magazine broadcaster daily radio television court
party union ministry department council committee commission government parliament
president chairman chairwoman minister secretary governor mayor premier chancellor
spokesman spokeswoman spokesperson prosecutor judge justice senator ambassador general
""".split())
# Roles whose holder a title names ("President Clinton" for "the president").
TITLE_HEADS = frozenset("""
president chairman chairwoman minister secretary governor mayor premier chancellor judge
justice senator ambassador general
""".split())
# "A company spokesman": a role of the company.
COMPANY_ROLES = frozenset("spokesman spokeswoman spokesperson official officer executive".split())
COMPANY_ROLE_PLURALS = frozenset("spokesmen officials officers executives".split())
MALE_TITLES = frozenset("mr mr. messrs messrs.".split())
FEMALE_NOUNS = frozenset("""
spokeswoman chairwoman businesswoman congresswoman woman mother grandmother wife daughter
sister widow actress queen princess
""".split())
MALE_NOUNS = frozenset("""
spokesman chairman businessman congressman man father grandfather husband son brother
widower actor king prince
""".split())
FEMALE_TITLES = frozenset("ms ms. mrs mrs. miss mme".split())
PERSON_TITLES = MALE_TITLES | FEMALE_TITLES | frozenset("""
dr dr. gen gen. sgt sgt. sen sen. rep rep. gov gov. prof prof. rev rev. lt lt. col col. capt capt.
president chairman minister secretary governor mayor judge justice detective
senator congressman congresswoman ambassador premier chancellor commissioner sheriff envoy
admiral
""".split())
PERSON_ROLES = frozenset("""
spokesman spokeswoman spokesperson official officer executive analyst detective lawyer
attorney prosecutor source aide adviser advisor minister president chairman chairwoman
director manager economist expert editor delegate diplomat general leader
""".split())
# The splitter may cut after these ("The directors said if Messrs." / "Drabinsky and ...").
CUT_TITLES = frozenset("mr. mrs. ms. messrs. dr. gen. sen. rep. gov. sgt. st.".split())
_COMPANY_RE = re.compile(
    r"\b(?:[A-Z][\w&'’.-]*\s+){0,4}?[A-Z][\w&'’.-]*,?\s+(?:Inc|Corp|Co|PLC|Plc|Ltd|LLC|AG|SA|NV|"
    r"Holdings|Group|Corporation|Company)\b\.?")
_CAP_RUN_RE = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")
# "For NPR news, I'm Auncil Martinez reporting.": the reporter, not a sound bite.
_SIGN_OFF_RE = re.compile(r"\bI'm\s+[A-Z]|\breporting\b")
_IT_REACH = 3  # sentences back an "it said" may reach its organisation
_LOOKBACK = 40  # sentences searched back for a name
_MAX_QUOTE = 8  # sentences a quotation may run over
_HISTORY = 12  # claimants a pronoun may reach back to
# A reply's speaker is the person just asked: 'Smith asked Doe, "...?"' then '"...," she replied'
# is Doe's, though Smith spoke last. The person asked is a capitalised run after the verb, not
# a possessive ("asked President Clinton's spokesman").
_REPLY_RE = re.compile(r"\b(?:he|she)\s+(?:replied|responded|answered|retorted)\b"
                       r"|\b(?:replied|responded|answered|retorted)\s+(?:he|she)\b")
_ASKED_RE = re.compile(r"\b(?:asked|questioned|pressed|quizzed|challenged)\s+"
                       r"([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)(?![\w'’])")
_REPLY_REACH = 2  # sentences back the question may be
# Verbs after which the fronted clause's first words are no subject ("When asked, she said").
_NOT_FRONTED_VERBS = frozenset("of in on at to for from with by and or".split())
# A fronted time or concession clause whose subject the main clause's pronoun takes up: "When
# Meghan joined the family, she said ...", "While authorities believe ..., they said ...".
_FRONTED_SUBJECT_RE = re.compile(
    r"^(?:When|While|After|As|Although|Though|Because|Once|Before|Since|Until)\s+"
    r"(?P<subject>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|[a-z]+)\s+(?:also\s+|first\s+)?"
    r"(?P<verb>[a-z]+)\b[^;:\"“”]*?,\s+(?P<pronoun>he|she|they)\s")
# The person a writer or a subject met, reached or interviewed ("I spoke with Mayor Jane Hill
# on Tuesday.", "Reporters asked the governor, Tom Reed, about ...", "Officials met Maria Lopez,
# the union leader."): a "she said" right after, with no claimant it can be, is theirs.
_MET_RE = re.compile(r"\b(?:spoke|spoken|talked|met|interviewed|reached|contacted|phoned|visited|asked|"
                     r"questioned)\s+(?:(?:with|to)\s+)?(?:(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?"
                     r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)(?![\w'’])"
                     r"(?!,?\s+(?:[a-z]+\s+){0,2}and\s+(?:then\s+)?(?:[A-Z]|the\s|his\s|her\s))")  # not one of two
# An interview's speaker labels ("Mr Malone: Groups don't always ...", "The Economist: What do
# you mean ...?"): the label is the sentence's claimant, and the answer's later sentences are
# the same speaker's until the next label (at most _MAX_ANSWER). A label counts only with a
# title, or as a person the document named in full before (the introduction names who
# speaks), and before a sentence, not a list: "Key points: ...", "England: Marcus Trescothick
# (capt), ..." and "Total Turnover: 7,510,890,000 yuan." name no speaker.
# (the pack's SPEAKER_LABEL_RE: events.is_question reads past a label too)
SPEAKER_LABEL_RE = re.compile(
    r"(?P<label>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}):[ \t]+(?=\S)")
_NOT_SPEAKERS = frozenset("""
note update updated photo photos source sources related read editor's correction warning
disclaimer summary background watch listen video image credit caption breaking exclusive opinion
analysis reporting tags topics share advertisement q a question answer step tip bonus pros cons
verdict ingredients instructions price location date time when where what why how who
""".split())
_MAX_ANSWER = 12
_NOT_INTRO = frozenset("The This That It He She They We I You A An".split())
# A sentence that introduces a quotation to come ("Hawley also offered this insight on Donald
# Trump.", "Jones had this to say:"): its subject says what follows.
_INTRO_RE = re.compile(
    r"(?:^|[,;]\s+)(?P<name>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:offered|gave|had|shared|added|put\s+it)\s+(?:this|these|the\s+following)\b"
    r"(?!\s+(?:season|year|week|weekend|month|time|morning|afternoon|evening|summer|winter|spring|autumn|fall)\b)")
_LABEL_REACH = 20  # sentences back the previous label of an interview may be
_LABEL_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof".split())
_CACHED = 4096  # claimants whose pure tests (_plural, _person_shape ...) are remembered


def _words(name: str) -> list[str]:
    return name.split()


@functools.lru_cache(maxsize=_CACHED)
def _plural(raw: str) -> bool:
    words = _words(raw)
    if not words:
        return False
    low = [w.lower() for w in words]
    if "and" in low or raw in ("they",):
        return True
    last = words[-1]
    if last.lower() in SOURCE_NOUNS and last.lower().endswith("s"):
        return True  # "Prosecutors", "officials"
    return last.islower() and last.endswith("s") and not last.endswith("ss")


@functools.lru_cache(maxsize=_CACHED)
def _is_company(name: str) -> bool:
    return bool(_COMPANY_RE.search(name)) or _description(name)[0] in COMPANY_HEADS | BOARD_HEADS


def _description(raw: str) -> tuple[str, list[str]]:
    """(head, modifiers) of a description "the company" / "A company spokesman", else ("", [])."""
    words = _words(raw)
    if len(words) == 2 and words[0].lower() == "company" and words[1].lower() in COMPANY_ROLE_PLURALS:
        return words[1].lower(), ["company"]  # "Company officials also said"
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return "", []
    rest = words[1:]
    if any(w[:1].isupper() for w in rest):
        return "", []
    return rest[-1].lower(), [w.lower() for w in rest[:-1]]


# Words before a surname that are no given name ("In Kellogg's ...", "At Compaq").
_NOT_GIVEN = _PREPOSITIONS | _SUBORDINATORS | _ADVERBIALS | frozenset("""
the a an and but or so yet that this these those his her its their our my your
""".split())


def _personish(raw: str, resolved: str, strict: bool, known=lambda word: False) -> bool:
    """Whether a claimant can be "he"/"she": a person, or a person speaking for a body."""
    verdict, word, otherwise = _person_shape(raw, resolved, strict)
    if verdict is not None:
        return verdict
    if word and known(word):
        return True  # "Har-Shefi", named in full before
    return otherwise


@functools.lru_cache(maxsize=_CACHED)
def _person_shape(raw: str, resolved: str, strict: bool) -> tuple[bool | None, str, bool]:
    """What _personish tells from the words alone (each pronoun tests the same recent
    claimants again): (the verdict, or None when it rests on whether the document named
    `word` in full before; `word`; the verdict when it did not)."""
    words = _words(raw)
    if not words or _plural(raw):
        return False, "", False
    low = [w.lower() for w in words]
    if set(low) & CHANNEL_HEADS:
        return False, "", False  # "national newspaper Business Day"
    if low[-1] in PERSON_ROLES or set(low) & PERSON_TITLES:
        return True, "", True  # "a company spokesman", "Mr. Lenz", "Sgt. Derek Glenn"
    if _is_company(resolved) or _is_company(raw) or low[0] == "the":
        return False, "", False  # "the agency", "the United States", "Reuters Holdings PLC"
    if _description(raw)[0]:
        return False, "", False
    name = raw.split(" of ")[0].split()
    caps = [w for w in name if w[:1].isupper() and w.lower() not in ("a", "an", "another")]
    if len(caps) >= 2:
        return True, "", True  # "Margalit Har-Shefi", not "a friend of Yitzhak Rabin's assassin"
    return None, words[0] if len(words) == 1 else "", not strict and len(caps) == len(name) == 1


def _body(resolved: str) -> str:
    """"An IBM spokeswoman" -> "IBM": a pronoun for a spokesperson is the body's."""
    words = _words(resolved)
    if len(words) >= 3 and words[0].lower() in ("a", "an") and words[-1].lower() in COMPANY_ROLES | {
            "source", "official"} and all(w[:1].isupper() for w in words[1:-1]):
        return " ".join(words[1:-1])
    return resolved


@functools.lru_cache(maxsize=_CACHED)
def _gender_ok(pronoun: str, raw: str) -> bool:
    low = {w.lower() for w in _words(raw)}
    if pronoun == "she" and low & MALE_TITLES:
        return False
    if pronoun == "he" and low & FEMALE_TITLES:
        return False
    if pronoun == "he" and low & FEMALE_NOUNS:
        return False
    if pronoun == "she" and low & MALE_NOUNS:
        return False
    return True


def _names_board(resolved: str) -> bool:
    words = _words(resolved)
    return words[-1].lower() in BOARD_HEADS and any(w[:1].isupper() for w in words[1:])


def _naming_words(resolved: str) -> frozenset[str]:
    """The lower-cased words a description's head may match in `resolved` (none without a
    capitalised word after its first: "the company spokesman" names nobody)."""
    words = _words(resolved)
    if not any(w[:1].isupper() for w in words[1:]):
        return frozenset()
    return frozenset(w.lower() for w in words)


_LEAD_WORDS = frozenset("the a an one".split())  # capitalised only as a claimant's first word


def _named_in(person: str, sentence: str) -> bool:
    """Whether `sentence` names `person` (by surname): then its "he"/"she" is someone else
    ("'Leave her out of it,' she told Ramaswamy" is not Ramaswamy's)."""
    words = person.split(" of ")[0].split()
    if not words or not words[-1][:1].isupper() or (len(words) == 1 and words[0].lower() in _LEAD_WORDS):
        return False  # "the official", "a Taiwan presidential spokesman": no name to find
    key = words[-1].rstrip(".,")
    # the surname alone, not inside a longer name ("the Norodom Ranariddh Party"), and not
    # speaking itself ('Annan said: "... much worse," he said' is Annan twice over)
    for end in _word_ends(key, sentence):
        after = sentence[end:end + 20].split()[:1]
        if not (after and after[0].strip(",.:;").lower() in CLAIM_VERBS):
            return True
    return False


def _is_word(text: str, i: int) -> bool:
    """Whether text[i] is a character re's \\w matches (str patterns: alphanumeric or "_")."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _word_ends(key: str, text: str) -> list[int]:
    """Where each match of rf"\\b{re.escape(key)}\\b(?!\\s+[A-Z])" in `text` ends (re.finditer's
    matches): found with str.find, as compiling that pattern for every name cost more than
    the search (most surnames are met once)."""
    out = []
    n = len(key)
    at = text.find(key)
    while at >= 0 and n:
        end = at + n
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        if (_is_word(text, at - 1) != _is_word(text, at) and _is_word(text, end - 1) != _is_word(text, end)
                and not (after > end and after < len(text) and "A" <= text[after] <= "Z")):
            out.append(end)
            at = text.find(key, end)
        else:
            at = text.find(key, at + 1)
    return out


@functools.lru_cache(maxsize=_CACHED)
def _surname(name: str) -> str:
    """The key a name's gender is remembered by: its last capitalised word before any "of"."""
    caps = [w for w in name.split(" of ")[0].split() if w[:1].isupper()]
    return caps[-1].rstrip(".,").lower() if caps else name.lower()


@functools.lru_cache(maxsize=None)
def _head_patterns(head: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A title before a name ("President Clinton"), a name ending in the head ("Iraqi News
    Agency"), a name followed by it ("the Maariv newspaper")."""
    return (re.compile(rf"\b(?i:{re.escape(head)})\s+((?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’-]+)"),
            re.compile(rf"\b((?:[A-Z][\w'’.-]*\s+){{1,4}}){re.escape(head.capitalize())}\b"),
            re.compile(rf"\b((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(head)}\b"))


class Attributor:
    """A document's claimants: feed it the sentences in order, then read `claimants()`."""

    def __init__(self) -> None:
        self.sentences: list[str] = []
        self.claims: list[Claim] = []
        self.own: list[str] = []
        self.history: list[tuple[str, str]] = []  # (resolved, as written), in text order
        self.at: list[int] = []  # the sentence of each history entry
        # the latest claimant naming each word, and the latest named board: what "the
        # spokeswoman" and "the board" look back for (walking the whole history for each was
        # quadratic in a long document of descriptions)
        self._naming: dict[str, str] = {}
        self._board = ""
        self._subject_cache: dict[int, str] = {}  # sentence -> person named as its subject
        self._known_names: dict[str, bool] = {}
        self.gender: dict[str, str] = {}  # name -> "he"/"she", from the pronouns resolved to it
        self._in_quote = False
        self._quote_len = 0
        self._speaker = ""  # the interview speaker whose answer runs on, and for how long
        self._answer_left = 0
        self._speaker_labels: set[str] = set()
        self._label_at = -10 ** 9  # the sentence of the last label

    # ---- per sentence ----------------------------------------------------------------
    def feed(self, sentence: str) -> str:
        """Read the next sentence; returns its own claimant (resolved), "" for none."""
        folded = " ".join(sentence.split()) if "  " in sentence or "\n" in sentence or "\t" in sentence or "\r" in sentence \
            else sentence
        claim = analyse(folded, self._in_quote, folded=True)
        self.sentences.append(sentence)
        self.claims.append(claim)
        self._quote_len = self._quote_len + 1 if claim.open_at_end else 0
        self._in_quote = claim.open_at_end and self._quote_len < _MAX_QUOTE
        raw = claim.name
        label = self._speaker_label(folded)
        if label:
            raw = label
        resolved = self._resolve(raw) if raw else ""
        if label:
            self._speaker, self._answer_left = resolved, _MAX_ANSWER
        elif self._answer_left:
            self._answer_left -= 1
            if not resolved and not claim.starts_in_quote:
                resolved = self._speaker  # the answer runs on
        if not resolved and not claim.quoted and ("this" in folded or "following" in folded):
            m = _INTRO_RE.search(folded)
            if m and m.group("name").split()[0] not in _NOT_INTRO:
                raw = m.group("name")
                resolved = self._resolve(raw)
        self.own.append(resolved)
        if resolved:
            self.history.append((resolved, raw))
            self.at.append(len(self.sentences) - 1)
            for word in _naming_words(resolved):
                self._naming[word] = resolved
            if _names_board(resolved):
                self._board = resolved
        return resolved

    def _speaker_label(self, sentence: str) -> str:
        """The interview speaker a sentence opens with ("Mr Malone: ..."), or ""."""
        if ":" not in sentence[:40]:
            return ""
        m = SPEAKER_LABEL_RE.match(sentence)
        if not m:
            return ""
        label = m.group("label")
        words = label.split()
        if words[0].lower() in _NOT_SPEAKERS or label.isupper():
            return ""
        # what follows is a sentence, not a list ("England: Marcus Trescothick (capt), ...")
        rest = sentence[m.end():].split()
        if len(rest) < 4 or 2 * sum(w[:1].islower() for w in rest) < len(rest):
            return ""
        self._answer_left = 0  # another label ends the answer, whoever it names
        here, before = len(self.sentences) - 1, self._label_at
        self._label_at = here
        if here - before > _LABEL_REACH:
            return ""  # one label is a heading ("China Focus: ..."); an interview has several
        if label in self._speaker_labels:
            return label
        titled = words[0].rstrip(".") in _LABEL_TITLES
        if not titled and not (2 <= len(words) <= 3 and words[0] != "The" and all(
                len(w) > 1 and not w.isupper() for w in words) and self._titled_before(words[-1])):
            return ""  # a person the document called "Mr Malone" before ("Thomas Malone")
        self._speaker_labels.add(label)
        return label

    def _titled_before(self, surname: str) -> bool:
        """Whether an earlier sentence gives `surname` a title ("Mr Malone"): a person, where
        a name merely written in full may be anything ("Sea Salt", "Research Statement")."""
        for sentence in self._earlier():
            for end in _word_ends(surname, sentence):
                before = sentence[:end - len(surname)].rstrip().rsplit(" ", 1)[-1]
                if before.rstrip(".") in _LABEL_TITLES:
                    return True
        return False

    def _subjects(self, after: int, last: int = 0) -> list[str]:
        """Persons named as the subject of an unattributed sentence after sentence `after`
        (the last `last` sentences when `after` is -1), in text order; read on demand."""
        n = len(self.sentences) - 1  # the sentence being resolved is not its own antecedent
        lo = max(after + 1, n - (last or _LOOKBACK // 4), 0)
        found = []
        for i in range(lo, n):
            if self.own[i] or self.claims[i].starts_in_quote:
                continue
            person = self._subject_cache.get(i)
            if person is None:
                person = self._subject_cache[i] = _subject_person(self.sentences[i])
            if person:
                found.append(person)
        return found

    def _resolve(self, raw: str) -> str:
        if raw in PRONOUNS.values():
            return self._pronoun(raw)
        head, mods = _description(raw)
        if head:
            if raw.split()[0].lower() == "company":
                return self._company() or raw
            return self._described(raw, head, mods) or raw
        return raw

    def _known(self, word: str) -> bool:
        """Whether the document named `word` with a given name or title before ("Margalit Har-Shefi")."""
        known = self._known_names.get(word)
        if known is None:
            known = self._known_names[word] = self._named_in_full(word)
        return known

    def _named_in_full(self, word: str) -> bool:
        for sentence in self._earlier():
            i = sentence.find(word)
            while i > 0:
                j = i + len(word)
                if sentence[i - 1] == " " and (j == len(sentence) or not sentence[j].isalnum()):
                    given = sentence[:i - 1].rsplit(" ", 1)[-1]
                    if given[:1].isupper() and given.lower().rstrip(".") not in _NOT_GIVEN:
                        return True
                i = sentence.find(word, j)
        return False

    def _pronoun(self, pronoun: str) -> str:
        found = self._antecedent(pronoun)
        if found and pronoun != "they":
            self.gender.setdefault(_surname(found), pronoun)
        return found

    def _fits(self, pronoun: str, name: str) -> bool:
        return _gender_ok(pronoun, name) and self.gender.get(_surname(name), pronoun) == pronoun

    def _antecedent(self, pronoun: str) -> str:
        # (the last entries only: zipping the whole history per pronoun grew with the document)
        recent = list(zip(self.history[-_HISTORY:], self.at[-_HISTORY:]))[::-1]
        if pronoun == "it":
            # "it said": the organisation that spoke in the last sentences, never a person.
            here = len(self.sentences) - 1
            for (resolved, raw), at in recent:
                if here - at > _IT_REACH:
                    break
                if raw in ("he", "she"):
                    continue  # a person spoke, whatever the pronoun resolved to
                if not _plural(raw) and not _personish(raw, resolved, False) and (
                        resolved[:1].isupper() or _is_company(resolved)):
                    return resolved
            return ""
        if pronoun == "they":
            for (resolved, raw), _ in recent:
                if _plural(raw) or _plural(resolved):
                    return resolved
            return self._fronted_subject(pronoun, self.sentences[-1])
        sentence = self.sentences[-1]
        asked = self._asked(pronoun) if _REPLY_RE.search(sentence) else ""
        if asked:
            return asked
        for strict in (True, False):
            for (resolved, raw), at in recent:
                if self._fits(pronoun, raw) and self._fits(pronoun, resolved) and \
                        _personish(raw, resolved, strict, self._known) and not _named_in(resolved, sentence):
                    # A person named as the subject of a later sentence is nearer.
                    later = [p for p in self._subjects(at) if self._fits(pronoun, p)]
                    return self._named(later[-1]) if later else _body(resolved)
        later = [p for p in self._subjects(-1, last=3) if self._fits(pronoun, p) and not _named_in(p, sentence)]
        return self._named(later[-1]) if later else (
            self._fronted_subject(pronoun, sentence) or self._met(pronoun, sentence))

    def _fronted_subject(self, pronoun: str, sentence: str) -> str:
        """The subject of a fronted "When/While ..." clause that `pronoun`, the main clause's
        subject, takes up (_FRONTED_SUBJECT_RE): a person for he/she, a plural source for they;
        read only when no earlier claimant can be the pronoun."""
        m = _FRONTED_SUBJECT_RE.match(sentence) if sentence[:1].isupper() else None
        if not m or m.group("pronoun") != pronoun or m.group("verb") in _NOT_FRONTED_VERBS:
            return ""
        subject = m.group("subject").rstrip(".")
        if pronoun == "they":
            low = subject.lower()
            return subject if low in SOURCE_NOUNS and (low.endswith("s") or low == "police") else ""
        if subject.lower() in PRONOUNS or subject.endswith(("'s", "’s")) or not subject[:1].isupper() \
                or not self._fits(pronoun, subject) or not _personish(subject, subject, False, self._known):
            return ""
        words = set(subject.split())
        for resolved, _raw in reversed(self.history[-_HISTORY:]):
            if words <= set(resolved.split()):
                return resolved  # "President Biden" as "U.S. President Joe Biden" spoke before
        return self._named(subject)

    def _as_named_before(self, name: str) -> str:
        """`name` as the document named the same person when they last spoke ("Doe" -> "Jane
        Doe"), else as a description resolves, else as written."""
        surname = _surname(name)
        for resolved, _raw in reversed(self.history[-_HISTORY:]):
            if _surname(resolved) == surname:
                return resolved
        return self._named(name)

    def _met(self, pronoun: str, sentence: str) -> str:
        """The one person the sentence before met, reached or interviewed (_MET_RE), when
        `pronoun` can be them and nothing nearer is: else ""."""
        n = len(self.sentences) - 1
        if n < 1 or self.own[n - 1]:
            return ""  # the sentence before has a claimant of its own: "she" is no one met there
        found = _MET_RE.findall(self.sentences[n - 1])
        if len(found) != 1:
            return ""
        name = found[0].rstrip(".")
        if name.endswith(("'s", "’s")) or not self._fits(pronoun, name) or _named_in(name, sentence) or \
                not _personish(name, name, False, self._known):
            return ""
        return self._named(name)

    def _asked(self, pronoun: str) -> str:
        """The person asked in one of the last sentences, when `pronoun` can be them."""
        n = len(self.sentences) - 1
        for i in range(n - 1, max(-1, n - 1 - _REPLY_REACH), -1):
            found = _ASKED_RE.findall(self.sentences[i])
            if not found:
                continue
            name = found[-1]
            if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 3:
                name = name[:-1]  # the sentence's full stop ("Smith asked Doe."), not "Jr."
            if name.endswith(("'s", "’s")) or not self._fits(pronoun, name) or \
                    not _personish(name, name, False, self._known):
                return ""
            return self._as_named_before(name)  # "Doe" as the document named her when she spoke
        return ""

    def _named(self, person: str) -> str:
        """A subject description ("the health minister") as the document named it earlier."""
        head, mods = _description(person)
        return (self._described(person, head, mods) or person) if head else person

    def _earlier(self):
        """Earlier sentences, the current one first, most recent first (bounded)."""
        n = len(self.sentences)
        for i in range(n - 1, max(-1, n - 1 - _LOOKBACK), -1):
            yield self.sentences[i]

    def _company(self) -> str:
        """The company mentioned last: a name with Inc./Corp./PLC ..., or its first word later."""
        for resolved, raw in self.history[-3:][::-1]:
            m = _COMPANY_RE.search(resolved)
            if m and m.group().strip(" ,") == resolved.strip(" ,"):
                return resolved  # the company that has been speaking
        earlier = list(self._earlier())
        names: dict[str, str] = {}
        for sentence in reversed(earlier):
            for m in _COMPANY_RE.finditer(sentence):
                full = m.group().strip(" ,")
                names.setdefault(re.sub(r"['’]s$", "", full.split()[0]), full)
        if not names:
            return ""
        short = re.compile(r"\b(" + "|".join(re.escape(k) for k in names) + r")\b")
        for sentence in earlier:
            found = list(short.finditer(sentence))
            if found:
                return names[found[-1].group(1)]
        return ""

    def _described(self, raw: str, head: str, mods: list[str]) -> str:
        if head in COMPANY_ROLES | COMPANY_ROLE_PLURALS and "company" in mods:
            return self._company()  # "a company spokesman", "company officials"
        if raw.split()[0].lower() != "the":
            return ""  # "a junior minister" is someone new
        if head in BOARD_HEADS:
            return self._latest_board() or self._company()
        if head in COMPANY_HEADS:
            return self._company()
        if head not in NAMED_HEADS:
            return ""
        latest = self._latest_naming(head)
        if latest:
            return latest  # "the spokeswoman" -> "An IBM spokeswoman"
        title, ending, followed = _head_patterns(head)
        for sentence in list(self._earlier())[1:]:
            if head in TITLE_HEADS:
                m = title.search(sentence)
                if m and m.group(0)[:1].isupper():
                    return m.group(0)  # "President Clinton"
            m = ending.search(sentence) or followed.search(sentence)
            if m:
                return m.group(0).strip()  # "Iraqi News Agency", "Maariv newspaper"
        return ""

    def _latest_board(self) -> str:
        """The latest claimant that is a named board ("the Magna board of directors")."""
        return self._board

    def _latest_naming(self, head: str) -> str:
        """The latest claimant with `head` among its words and a capitalised word after its first."""
        return self._naming.get(head, "")

    # ---- across sentences ------------------------------------------------------------
    def claimants(self) -> list[str]:
        """Each sentence's claimant, quotation runs and sound bites carried over."""
        claims, own = self.claims, self.own
        n = len(claims)
        out = list(own)
        i = 0
        while i < n:
            c = claims[i]
            if c.starts_in_quote or c.open_at_end:
                j = i
                while j + 1 < n and claims[j].open_at_end and j - i < _MAX_QUOTE:
                    j += 1
                run = range(i, j + 1)
                speaker = next((own[k] for k in run if own[k]), "")
                tagged = any(claims[k].name for k in run)  # a tag that named nobody we know
                if not speaker and not tagged and c.starts_in_quote and i > 0:
                    speaker = out[i - 1]
                first = i if c.starts_in_quote else i + 1
                for k in range(first, j + 1):
                    if not out[k]:
                        out[k] = speaker
                i = j + 1
                continue
            i += 1
        for i in range(1, n):
            if not out[i] and out[i - 1] and self.sentences[i - 1].split()[-1:] and \
                    self.sentences[i - 1].split()[-1].lower() in CUT_TITLES:
                out[i] = out[i - 1]  # the splitter cut after "Messrs."
        if not any(c.quoted for c in claims):
            for i in range(1, n):
                if not out[i] and out[i - 1] and _FIRST_PERSON_RE.search(self.sentences[i]) and \
                        not _SIGN_OFF_RE.search(self.sentences[i]):
                    out[i] = out[i - 1]
        for i, c in enumerate(claims):
            if c.frame and own[i]:
                for k in range(i + 1, n):
                    if not out[k]:
                        out[k] = own[i]
                break
        return out


_NAME_PREFIXES = ("el-", "al-", "ben-", "abu-", "bin-", "van-", "de-")
_NAME_LINKS = frozenset("of de al bin van von da del la le arap".split())
_CONTRACTIONS = frozenset("here's there's it's that's here there this it".split())


# Lower-case words that may stand in a description before a name ("Former premier Benjamin
# Netanyahu", "Israel's UN deputy representative Daniel Carmon").
_BEFORE_NAME = frozenset("former deputy acting vice chief senior top foreign defence defense prime "
                         "representative envoy".split())


def _described_subject(segs: list[str], words: list[str]) -> str:
    """A subject that is a description, then a name, cut off by a comma: "Former premier
    Benjamin Netanyahu, who ..., insisted"; the description needs a role word."""
    if len(segs) < 2 or not 3 <= len(words) <= 8 or not words[0][:1].isupper():
        return ""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not words[k - 1].endswith(("'s", "’s")):
        k -= 1
    lows = [w.lower() for w in words[:k]]
    if len(words) - k < 2 or k == 0 or not any(w in PERSON_ROLES or w in PERSON_TITLES or w == "representative"
                                               for w in lows):
        return ""
    if not all(w[:1].isupper() or w in _BEFORE_NAME or w in PERSON_ROLES or w in PERSON_TITLES
               for w in words[:k]):
        return ""
    return " ".join(words)


def _subject_person(sentence: str) -> str:
    """The person a sentence names as its subject ("Nhek Bunchhay, who ..., had ..."; "Another
    analyst, John C. Maxwell Jr. of ..., went ..."), or ""."""
    segs = _CLAUSE_CUT_RE.split(sentence, maxsplit=4)
    while len(segs) > 1 and len(segs[0].split()) <= 2 and segs[0].strip().lower() in _ADVERBIALS:
        segs = segs[1:]  # "However, the health minister defended ..."
    words = segs[0].split()
    if len(words) >= 2 and words[0].lower() in ("however", "meanwhile", "but", "and", "still"):
        words = words[1:]
    if len(words) >= 2 and words[0].lower() == "the":
        k = next((i for i in range(len(words)) if _verbish(words, i)), 0)
        if 2 <= k <= 4 and words[k - 1].lower() in PERSON_ROLES and all(
                w.islower() for w in words[1:k]):
            return " ".join(words[:k])  # "the health minister"
        return ""
    if not words or not words[0][:1].isupper() or words[0].lower() in _NOT_GIVEN or any(
            w.lower() in _CONTRACTIONS for w in words[:2]):
        return ""  # "Here's ABC's Jim Laurie." introduces a reporter
    if len(segs) > 1 and words[0].lower() in ("a", "an", "another") and words[-1].lower() in PERSON_ROLES:
        words = segs[1].split(" of ")[0].split()  # "Another analyst, John C. Maxwell Jr. of ..."
        segs = segs[1:]
    described = _described_subject(segs, words)
    if described:
        return described
    # The leading run of capitalised words: "U.S. Secretary of State Madeleine Albright" visited.
    name: list[str] = []
    for w in words:
        if w[:1].isupper() or (name and (w.lower() in _NAME_LINKS or w.lower().startswith(_NAME_PREFIXES))):
            name.append(w)
        else:
            break
    while name and (name[-1].lower() in _NAME_LINKS or name[-1].lower().rstrip(",") in _DAY_WORDS):
        name.pop()  # "President Bill Clinton Saturday vowed": the day is no part of him
    if len(name) < 2 or len(name) > 7 or name[-1].endswith(("'s", "’s")):
        return ""  # "U.S. President Joe Biden’s administration has boasted": the subject is no person
    text = " ".join(name).rstrip(".,")
    if _is_company(text) or any(w.lower() in CHANNEL_HEADS for w in name):
        return ""
    # A person, not a place or a body: a title or role, an initial, or an aside after the name.
    low = [w.lower() for w in name]
    if set(low) & PERSON_TITLES or set(low) & PERSON_ROLES or any(
            len(w) == 2 and w.endswith(".") for w in name[1:-1]) or (
            len(name) == len(words) and len(segs) > 1):
        return text
    return ""


def document_claimants(sentences: Sequence[str]) -> list[str]:
    """The claimant of each of a document's sentences, in order ("" for none)."""
    attributor = Attributor()
    for sentence in sentences:
        attributor.feed(sentence)
    return with_full_names(attributor.claimants(), sentences)


def with_full_names(claimants: list[str], sentences: Sequence[str]) -> list[str]:
    """Each bare-surname claimant ("Baker", "Mr. Lenz") as the one full name the document gives
    it ("Joy Baker"), when it gives exactly one (names.full_names); else as written."""
    surnames = {c: s for c in set(claimants) if c and (s := bare_surname(c))}
    if not surnames:
        return claimants
    names = full_names(set(surnames.values()), claimants, list(sentences))
    full = {claimant: names[surname][0] for claimant, surname in surnames.items() if len(names[surname]) == 1}
    return [full.get(c, c) for c in claimants] if full else claimants
