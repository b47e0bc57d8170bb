"""English claimant spellings that name the same claimant (`claimant_names.py` uses this).

"Mr Obama", "Mr. Obama" and "President Obama" are one person; "The FAA" and "the FAA" one
agency. `claimant_key` folds what only changes the spelling: case, a leading article,
honorifics ("Mr", "Mr.", "Dr"), and a title before a name ("President", "Sen."). It never
guesses across different names: "Barack Obama" and "Obama" keep different keys (a store's
alias table is the place for that).

CLAIMANT_KEY_EXAMPLES: (a, b) pairs that must fold to one key; CLAIMANT_KEY_DIFFERENT: pairs
that must not.
"""

from __future__ import annotations

import re

# Honorifics are dropped wherever they lead; they never name anyone on their own.
_HONORIFICS = frozenset("mr mrs ms miss messrs mme dr prof sir dame".split())
# Titles are dropped only before a capitalised name: "President Clinton" is Clinton, but
# "the President" and "Secretary of State Madeleine Albright" keep their words.
_TITLES = frozenset("""
president vice-president senator sen rep representative gov governor gen general col colonel
lt capt captain sgt adm admiral cmdr commander judge justice mayor chancellor premier minister
prime chairman chairwoman secretary ambassador rev bishop pope king queen prince princess lord
lady det detective officer chief
""".split())
_ARTICLES = frozenset(("the",))
_EDGE_PUNCT = " \t,;:!?\"'“”‘’()[]"


def _word(token: str) -> str:
    return token.casefold().rstrip(".")


def claimant_key(name: str) -> str:
    """The spelling-free key of a claimant: equal keys are the same claimant, spelt otherwise."""
    tokens = name.strip(_EDGE_PUNCT).split()
    while tokens and tokens[-1] in (".",):
        tokens.pop()
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        head = _word(tokens[0])
        if head in _ARTICLES or head in _HONORIFICS:
            tokens = tokens[1:]
            changed = True
        elif head in _TITLES and all(t[:1].isupper() for t in tokens[1:]) and _word(tokens[1]) not in _TITLES:
            tokens = tokens[1:]  # "President Bill Clinton"; not "Prime Minister ..." half-way
            changed = True
        elif head in _TITLES and head == "prime" and len(tokens) > 2 and _word(tokens[1]) == "minister" \
                and all(t[:1].isupper() for t in tokens[2:]):
            tokens = tokens[2:]
            changed = True
    key = " ".join(tokens).casefold().rstrip(".,;:")
    return re.sub(r"[’‘`]", "'", key)


CLAIMANT_KEY_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Mr Obama", "Mr. Obama"),
    ("Mr. Obama", "President Obama"),
    ("The FAA", "the FAA"),
    ("the U.S. Department of Defense", "The U.S. Department of Defense"),
    ("Dr. Jane Roe", "jane roe"),
    ("President Bill Clinton", "Bill Clinton"),
    ("Prime Minister Tony Blair", "Tony Blair"),
    ("Sen. Edward Kennedy", "Senator Edward Kennedy"),
    ("O’Neil", "O'Neil"),
)

CLAIMANT_KEY_DIFFERENT: tuple[tuple[str, str], ...] = (
    ("Barack Obama", "Obama"),               # a surname alone may be someone else
    ("the President", "President Obama"),    # a role is not a name
    ("Secretary of State Madeleine Albright", "Madeleine Albright"),  # title with "of": kept whole
    ("the Pentagon", "the U.S. Department of Defense"),  # only an alias table joins these
    ("Reuters", "the Associated Press"),
)


# ---------------------------------------------------------------- a surname, in one document
# News introduces a person once in full ("Joy Baker, an obstetrician in Georgia, ...") and then
# by surname ("Baker said"). Within one document, a claimant that is a bare surname (after
# honorifics and titles: "Mr. Lenz", "Baker") is the one full name of the document that ends
# in it; with two ("Bill Clinton", "Hillary Clinton") or none it stays as written. Across
# documents a surname is never expanded (`claimant_key`): that is the alias table's job.

# Words that stand before a name without being a given name: function words ("When Baker
# arrived"), days and months, and the capitalised words of a title that `_TITLES` lacks
# ("Secretary of State James Baker", "FBI agent Bernard Tolbert", "Other Bush").
_NOT_GIVEN = frozenset("""
a an the in on at by for from to with of as and but or nor so yet if when while after before
since until because though although where whereas once unless then also only even still
this that these those his her their its our my your he she they we it i other another
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow
is are was were would could should does did do has have had why how what who whom
state foreign defense defence interior finance trade tourism health justice cabinet police
district deputy attorney director commissioner superintendent surgeon agent spokesman
spokeswoman spokesperson secretary-general former acting new chief head minister's affairs
""".split())
# a name word after its capital: "ohn", "'Neil", "." of an initial
_NAME_TAIL = r"(?:[a-z]+(?:-[A-Z]?[a-z]+|['’][A-Z][a-z]+)*|\.)"
_NAME_WORD = rf"(?:[A-Z]{_NAME_TAIL})"  # not "Iraq's"
# compiled once: re.fullmatch(pattern, ...) looks its pattern up in re's cache at every call
_NAME_WORD_RE = re.compile(_NAME_WORD)
_INITIAL_RE = re.compile(r"[A-Z]\.")


def bare_surname(claimant: str) -> str | None:
    """The surname a claimant consists of, honorifics and titles aside ("Mr. Lenz" -> "Lenz",
    "Baker" -> "Baker"), or None ("Joy Baker", "the FAA", "NATO", "he")."""
    tokens = claimant.strip(_EDGE_PUNCT).split()
    while len(tokens) > 1 and (_word(tokens[0]) in _HONORIFICS or _word(tokens[0]) in _TITLES):
        tokens = tokens[1:]
    if len(tokens) != 1:
        return None
    word = tokens[0].rstrip(".,;:")
    if not _NAME_WORD_RE.fullmatch(word) or word.endswith(".") or _word(word) in _NOT_GIVEN:
        return None
    if _word(word) in _HONORIFICS or _word(word) in _TITLES:
        return None
    return word


def _given(words: list[str]) -> list[str]:
    """The given names and initials just before a surname: the words of `words`, read back
    from its end, up to the first that cannot be one ("President Lawrence" -> ["Lawrence"],
    "a buoyant Gen. Norman" -> ["Norman"], "Secretary of State James" -> ["James"])."""
    out: list[str] = []
    for word in reversed(words[-3:]):
        low = _word(word)
        if (not _NAME_WORD_RE.fullmatch(word) or low in _NOT_GIVEN or low in _HONORIFICS
                or low in _TITLES or low.removesuffix("s") in _TITLES):  # "Presidents Leonid Kuchma"
            break
        out.append(word)
    out.reverse()
    return out if _has_name(out) else []


def _has_name(given: list[str]) -> bool:
    """Whether given names hold more than initials: "C. Clark" alone is no full name;
    "Frank C. Clark" and "J. Edgar Hoover" are."""
    return any(not _INITIAL_RE.fullmatch(w) for w in given)


def _no_place(given: list[str]) -> list[str]:
    """`given` without its first word, the run's first: after a title and "of" or "for" ("U.S.
    Attorney for Massachusetts Joshua Levy", "Minister of Education Margaret Spellings") that
    word names the office's place or domain, not the person; initials alone are no name."""
    rest = given[1:]
    return rest if _has_name(rest) else []


# A capitalised title word and "of"/"for" just before a run of names: "Attorney for ", "President of ".
_TITLE_OF_RE = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+(?:of|for)\s+$")
# Up to this many surnames, a sentence is first tested for holding one (bounded: a document
# of many people stays linear).
_FEW = 8
# (?<![\w.’']) before the first capital, written after it: a pattern that starts with a
# character class is only tried at those characters (most of a sentence is skipped in C).
_RUN_RE = re.compile(rf"[A-Z](?<![\w.’'][A-Z]){_NAME_TAIL}(?:\s+{_NAME_WORD})+")


def full_names(surnames: set[str], claimants: list[str], sentences: list[str]) -> dict[str, list[str]]:
    """For each of `surnames`, the distinct full names (given names and surname, no titles)
    ending in it that a document names, in its claimants or its text; a name contained in a
    longer one ("Marie Thoma" in "Dr. Marie E. Thoma") is the same person. One pass over the
    text, whatever the number of surnames."""
    table = FullNames(surnames)
    for claimant in claimants:
        table.note_claimant(claimant)
    for sentence in sentences:
        table.note_sentence(sentence)
    return {surname: table.names(surname) for surname in surnames}


class FullNames:
    """The full names a document gives each surname, noted a sentence at a time. With
    `surnames` None every word that may be a surname is kept (a document read as a stream,
    whose claimants are known only at its end): the table grows with the names the
    document uses, not with its length."""

    def __init__(self, surnames: set[str] | None = None) -> None:
        self.only = surnames
        self.found: dict[str, dict[tuple[str, ...], str]] = {}

    def note_claimant(self, claimant: str) -> None:
        # read as a sentence is: "Acting U.S. Attorney for the District of Massachusetts Joshua
        # Levy" names Joshua Levy (split whole, it gave "Massachusetts Joshua Levy")
        words = claimant.strip(_EDGE_PUNCT).split()
        if any(w in ("of", "for") for w in words):
            self.note_sentence(" ".join(words))
        else:
            self._note(words)

    def note_sentence(self, sentence: str) -> None:
        only = self.only
        if only is not None and len(only) <= _FEW and not any(map(sentence.__contains__, only)):
            return  # none of the few surnames: no run to note (most sentences; the search is costly)
        for m in _RUN_RE.finditer(sentence):
            after_title = _TITLE_OF_RE.search(sentence, max(0, m.start() - 40), m.start()) is not None
            self._note(m.group().split(), after_title)

    def _note(self, words: list[str], after_title: bool = False) -> None:
        # every word of a run may be the surname of the words before it ("Fidel Castro Ruz")
        only = self.only
        for i in range(1, len(words)):
            surname = words[i].rstrip(".,;:")
            if only is not None and surname not in only:
                continue
            if only is None and (surname.endswith(".") or not _NAME_WORD_RE.fullmatch(surname)):
                continue  # never what bare_surname gives
            given = _given(words[max(0, i - 3):i])  # (it reads three words at most: no copy of a long run)
            if after_title and given and i - len(given) == 0:
                given = _no_place(given)
            if given:
                self.found.setdefault(surname, {}).setdefault(tuple(_word(w) for w in given),
                                                              " ".join([*given, surname]))

    def names(self, surname: str) -> list[str]:
        names = self.found.get(surname, {})
        keys = list(names)
        return [names[k] for k in keys if not any(k != o and set(k) < set(o) for o in keys)]


SURNAME_EXAMPLES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # (claimant, the document's sentences, the claimant it becomes)
    ("Baker", ("Joy Baker, an obstetrician based in Georgia, told Salon the unit matters.",),
     "Joy Baker"),
    ("Mr. Lenz", ("Peter Lenz said the deal was off.",), "Peter Lenz"),
    ("Thoma", ("While she cautioned, Dr. Marie E. Thoma said so.", "Marie Thoma agreed."),
     "Marie E. Thoma"),
    ("Albright", ("U.S. Secretary of State Madeleine Albright arrived.",), "Madeleine Albright"),
    ("Kuchma", ("Presidents Leonid Kuchma and Boris Yeltsin met.",), "Leonid Kuchma"),
    ("Clark", ("District Attorney Frank C. Clark spoke.",), "Frank C. Clark"),
    # after a title and "of"/"for", the run's first words are the office's place
    ("Levy", ("Business was booming, acting U.S. Attorney for Massachusetts Joshua Levy said.",), "Joshua Levy"),
    ("Macron", ("President of France Emmanuel J. Macron spoke.",), "Emmanuel J. Macron"),
    ("Moeller", ("Danish Minister of Foreign Affairs Per Stig Moeller spoke.",), "Per Stig Moeller"),
    ("Powell", ("Former Chief of Staff Colin Powell spoke.",), "Colin Powell"),
    ("Watson", ("A friend of Mary Jane Watson spoke.",), "Mary Jane Watson"),  # no title: both given names
)
SURNAME_KEPT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Clinton", ("Bill Clinton spoke.", "Hillary Clinton spoke too.")),  # two people
    ("Baker", ("When Baker arrived, the talks began.",)),  # no given name in the text
    ("Joy Baker", ("Joy Baker spoke.",)),  # already a full name
    ("NATO", ("Secretary General NATO",)),  # an acronym is no surname
    ("Reuters", ("The Reuters report said so.",)),
    ("Bush", ("Saddam repeatedly called Bush a liar.", "Other Bush aides agreed.")),
    ("Police", ("Puerto Rico Police said so.",)),  # a title word is no surname
    ("President Biden", ("Is Biden's posturing an election year risk?",)),  # a question's verb is no name
)


# A page's byline as its metadata gives it (trafilatura joins several authors with "; ",
# having split "Grant Tinsley, PhD" at the comma): credentials, placeholders and site furniture
# are no one's name, yet became the claimant of every statement of the page.
_CREDENTIALS = frozenset("""
phd ph.d md m.d rd ms msc ma ba bsc mba mph dphil dds rn np cpa esq jd llm frcp facp mrcp
""".split())
_PLACEHOLDERS = frozenset("""
unknown anonymous admin administrator staff editor editors guest author user webmaster none
null undefined n/a by contributor
""".split()) | frozenset(("staff writer", "staff reporter", "news desk", "web desk", "editorial team",
                          "editorial staff", "the editors", "guest author", "guest contributor"))
# What is left of a date the metadata cut from a byline at its digits ("CBS News February 24,
# 2020, 7:57 AM" -> "CBS News February"), and the words before it ("Jane Doe Updated"). Months
# that are surnames too ("Theresa May", "Fredric March", "April", "June", "August") are kept.
_DATE_LEFTOVERS = frozenset("""
january february september october november december jan jan. feb feb. sept sept. sep sep. oct
oct. nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday updated
published posted on at
""".split())
# Lower-case words a long organisation's name may hold ("Ministry of Foreign Affairs of Ukraine").
_NAME_JOINERS = frozenset("of and for the de la van von der du".split())
BYLINE_MAX_WORDS = 5

BYLINE_EXAMPLES = [  # (metadata author, the claimant ingest keeps)
    ("Grant Tinsley; PhD", "Grant Tinsley"),
    ("Jane Roe, M.D.", "Jane Roe"),
    ("Unknown", ""),
    ("admin", ""),
    ("Linksc Creating Search Engine Api Message", ""),
    ("Glen Owen; Brendan Carlin", "Glen Owen; Brendan Carlin"),
    ("Perry Bacon Jr", "Perry Bacon Jr"),
    ("Ministry of Foreign Affairs of Ukraine", "Ministry of Foreign Affairs of Ukraine"),
    ("Staff; Ada Lovelace", "Ada Lovelace"),
    ("Staff Writer", ""),
    ("Ada Staff", "Ada Staff"),
    ("The Washington Times https; Www Washingtontimes Com; Susan Ferrechio",
     "The Washington Times; Susan Ferrechio"),  # a web address, cut up by the metadata
    ("Jane Roe, example.com", "Jane Roe"),
    ("Wwwilliams Ada; Httpsy Bo", "Wwwilliams Ada; Httpsy Bo"),  # names that only start like one
    ("CBS News February", "CBS News"),  # "February 24, 2020, 7:57 AM" cut at its digits
    ("Jane Roe Updated Oct.", "Jane Roe"),
    ("Theresa May", "Theresa May"),  # a month that is a surname too
    ("Ada Lovelace | Monday", "Ada Lovelace"),
]


_ADDRESS_RE = re.compile(r"(?i)(?:https?|www|ftp)\b.*|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|co|uk|info|news)\b.*")


def _is_address(word: str) -> bool:
    """A web address or its pieces in a byline ("https", "www", "washingtontimes.com")."""
    return _ADDRESS_RE.fullmatch(word) is not None


def byline_names(author: str) -> str:
    """The people a byline names, "; "-joined, without credentials, placeholders ("Unknown",
    "admin") or a run of capitalised words too long to be a name (page furniture)."""
    kept: list[str] = []
    for part in author.split(";"):
        words = part.replace(",", " , ").split()
        cut = next((k for k, w in enumerate(words) if _is_address(w)), None)
        if cut is not None:
            words = words[:cut]  # "The Washington Times https://..." split by the metadata
        while words and (words[-1] in (",", "|", "-", "–", "—") or _word(words[-1]) in _CREDENTIALS
                         or words[-1].lower() in _DATE_LEFTOVERS):
            words.pop()  # "Jane Roe, M.D." -> "Jane Roe"; "CBS News February" -> "CBS News"
        name = " ".join(words).replace(" ,", ",").strip(" ,")
        if not name or name.casefold().strip(".") in _PLACEHOLDERS or _word(name) in _CREDENTIALS:
            continue
        if (len(name.split()) > BYLINE_MAX_WORDS
                and not any(w in _NAME_JOINERS for w in name.split())):
            continue
        if name not in kept:
            kept.append(name)
    return "; ".join(kept)
