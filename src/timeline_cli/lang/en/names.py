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
