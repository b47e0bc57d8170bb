"""English words the sentence splitter (`temporal/sentences.py`) must know."""

from __future__ import annotations

# Words that end with a period but not a sentence (lower-cased, without the period).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt ft vs v etc al cf approx dept est
gen lt col maj capt cmdr sgt cpl pvt adm brig rev hon gov sen rep pres amb supt insp
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
e.g i.e a.m p.m u.s u.k u.n e.u
inc corp ltd co bros ave blvd rd
""".split())
# Abbreviations only before a number: "No. 5", "Art. 51", "p. 12" ("he said no." ends).
NUMBER_ABBREVIATIONS = frozenset("no nos nr op vol ch pp p para art sec fig".split())
# Words after a dotted acronym that show a new sentence began ("... the U.S. The ...").
SENTENCE_OPENERS = frozenset("""
the a an this that these those there it he she they we i you his her their its our
but and so yet however meanwhile then on in at after before during since while when
""".split())
