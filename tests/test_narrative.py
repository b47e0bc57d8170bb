"""Anaphoric time in narrative text (histories, biographies, long-form reporting).

In a text narrating the past, "two years later", "that summer", "the next day", "the end of the
month", "by then" and a bare "the autumn" right after an explicit year refer to the time the
text is talking about (the last explicit or already-resolved date), not to the document date.
Deictic expressions ("yesterday", "last week", "two days ago", "this year", "next month") stay
anchored to the document date (in a history told end to end they count from the story:
test_history_time.py), and so does future-tense talk ("by the end of the year" in a plan). A "next day" after a reference coarser than a day cannot be a known day: the value keeps
the known part and leaves the rest unspecified (TimeML `1943-XX-XX`), as TimeBank/AQUAINT
annotators do ("that same day." -> `1998-10-XX`).

Each case: (id, paragraph, expected [(surface, type, value[, mod])], must-not-match surfaces).
Surfaces are looked up in order of appearance; a must-not-match surface must overlap no
expression. All paragraphs are written for this suite; the document date is 2024-11-06
unless the id says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal.extract import extract

DCT = date(2024, 11, 6)

CASES = [
    ("brief-example",
     "In 1941, the army crossed the river. Two years later, it returned. That summer, the harvest "
     "failed. The next day, the general resigned. On 3 March 1945 the city fell; by the end of the "
     "month the front had moved west. In the spring of 1946, talks began, and they lasted until the autumn.",
     [("1941", "DATE", "1941"), ("Two years later", "DATE", "1943"), ("That summer", "DATE", "1943-SU"),
      ("The next day", "DATE", "1943-XX-XX"), ("3 March 1945", "DATE", "1945-03-03"),
      ("the end of the month", "DATE", "1945-03", "END"), ("the spring of 1946", "DATE", "1946-SP"),
      ("the autumn", "DATE", "1946-FA")], []),
    ("bio-years-later",
     "She was born in Lyon in 1872. Three years later, the family moved to Paris. In 1890 she entered "
     "the conservatory; the following year she won its first prize.",
     [("1872", "DATE", "1872"), ("Three years later", "DATE", "1875"), ("1890", "DATE", "1890"),
      ("the following year", "DATE", "1891")], []),
    ("week-later-from-day",
     "The treaty was signed on 14 June 1919. A week later, the delegates went home.",
     [("14 June 1919", "DATE", "1919-06-14"), ("A week later", "DATE", "1919-06-21")], []),
    ("months-later-from-month",
     "The company was founded in March 1998. Two months later it hired its first engineer.",
     [("March 1998", "DATE", "1998-03"), ("Two months later", "DATE", "1998-05")], []),
    ("months-later-from-day",
     "Italy declared war on Austria on 23 May 1915. Fifteen months later Italy declared war on "
     "Germany. The treaty was signed on 14 June 1919. A month earlier, the delegates had argued.",
     [("Fifteen months later", "DATE", "1916-08"), ("A month earlier", "DATE", "1919-05")], []),
    ("that-day",
     "The storm reached the coast on 29 August 2005. That day, the levees failed.",
     [("That day", "DATE", "2005-08-29")], []),
    ("the-same-year",
     "He published his first novel in 1925. The same year, he married a painter.",
     [("The same year", "DATE", "1925")], []),
    ("later-that-month",
     "In July 1969 the crew landed on the Moon. Later that month, they were welcomed in New York.",
     [("July 1969", "DATE", "1969-07"), ("Later that month", "DATE", "1969-07")], []),
    ("earlier-that-year",
     "The war broke out in September 1939. Earlier that year, the army had been mobilised.",
     [("Earlier that year", "DATE", "1939")], []),
    ("bare-month-after-year",
     "In 1962 the crisis deepened. In October, ships massed off the coast.",
     [("1962", "DATE", "1962"), ("October", "DATE", "1962-10")], []),
    ("bare-season-same-sentence",
     "Napoleon returned from exile in 1815 and was defeated in the summer.",
     [("1815", "DATE", "1815"), ("the summer", "DATE", "1815-SU")], []),
    ("end-of-year-past",
     "The factory opened in May 1931. By the end of the year it employed 400 people.",
     [("May 1931", "DATE", "1931-05"), ("the end of the year", "DATE", "1931", "END")], []),
    ("middle-of-month",
     "The siege began on 12 September 1683. By the middle of the month, supplies had run out.",
     [("12 September 1683", "DATE", "1683-09-12"), ("the middle of the month", "DATE", "1683-09", "MID")], []),
    ("beginning-of-year",
     "The reform was passed in 1861. At the beginning of the year, riots had broken out.",
     [("the beginning of the year", "DATE", "1861", "START")], []),
    ("the-day-before",
     "The bridge collapsed on 7 November 1940. The day before, engineers had warned of the wind.",
     [("7 November 1940", "DATE", "1940-11-07"), ("The day before", "DATE", "1940-11-06")], []),
    ("the-day-after",
     "Voters went to the polls on 4 July 1950, and the results came the day after.",
     [("4 July 1950", "DATE", "1950-07-04"), ("the day after", "DATE", "1950-07-05")], []),
    ("by-then",
     "The war ended in 1945. By then, the old regime had collapsed.",
     [("1945", "DATE", "1945"), ("then", "DATE", "1945")], []),
    ("at-the-time",
     "He moved to Berlin in 1933. At the time, few foreigners lived there.",
     [("1933", "DATE", "1933"), ("the time", "DATE", "PAST_REF")], []),
    ("the-previous-year",
     "The harvest of 1816 failed. The previous year, a volcano had erupted.",
     [("1816", "DATE", "1816"), ("The previous year", "DATE", "1815")], []),
    ("the-following-month",
     "The strike began on 3 May 1926; the following month the miners stood alone.",
     [("3 May 1926", "DATE", "1926-05-03"), ("the following month", "DATE", "1926-06")], []),
    ("the-following-week",
     "The ship sank on 15 April 1912. The following week, the inquiry opened.",
     [("The following week", "DATE", "1912-W17")], []),
    ("years-earlier",
     "The dam was completed in 1936. Four years earlier, work had begun.",
     [("1936", "DATE", "1936"), ("Four years earlier", "DATE", "1932")], []),
    ("years-before-adverb",
     "The fire of 1871 destroyed the centre. Two years before, the population had doubled.",
     [("1871", "DATE", "1871"), ("Two years before", "DATE", "1869")], []),
    ("chain-days",
     "Fighting resumed on 2 February 1943. Two days later, the garrison surrendered. The following "
     "morning, prisoners were marched east.",
     [("2 February 1943", "DATE", "1943-02-02"), ("Two days later", "DATE", "1943-02-04"),
      ("The following morning", "TIME", "1943-02-05TMO")], []),
    ("next-day-after-month",
     "In March 1945 the bridge fell. The next day the army crossed it.",
     [("March 1945", "DATE", "1945-03"), ("The next day", "DATE", "1945-03-XX")], []),
    ("next-year-after-month",
     "The museum closed in August 1939. It reopened the next year.",
     [("August 1939", "DATE", "1939-08"), ("the next year", "DATE", "1940")], []),
    ("that-morning",
     "The ceasefire began on 11 November 1918. That morning, the guns fell silent.",
     [("That morning", "TIME", "1918-11-11TMO")], []),
    ("that-winter",
     "The drought of 1930 ruined the farms; that winter, families left for the cities.",
     [("1930", "DATE", "1930"), ("that winter", "DATE", "1930-WI")], []),
    ("the-same-day",
     "The armistice was signed on 11 November 1918, and the emperor fled the same day.",
     [("11 November 1918", "DATE", "1918-11-11"), ("the same day", "DATE", "1918-11-11")], []),
    ("following-season",
     "The company went public in 1999. In early 2001 the bubble burst, and by the spring the firm had "
     "laid off half its staff. The following autumn, it was sold.",
     [("early 2001", "DATE", "2001", "START"), ("the spring", "DATE", "2001-SP"),
      ("The following autumn", "DATE", "2001-FA")], []),
    ("following-spring-after-winter",
     "Famine spread through the winter of 1932. The following spring, the first convoys arrived.",
     [("the winter of 1932", "DATE", "1932-WI"), ("The following spring", "DATE", "1933-SP")], []),
    ("night-of-then-bare-day",
     "On the night of 14 April 1912, the ship struck an iceberg. The next morning, a rescue ship "
     "arrived. On 18 April it reached New York, and the inquiry opened the following month.",
     [("14 April 1912", "DATE", "1912-04-14"), ("The next morning", "TIME", "1912-04-15TMO"),
      ("18 April", "DATE", "1912-04-18"), ("the following month", "DATE", "1912-05")], []),
    ("decade-later-and-end-of-decade",
     "On March 31, 1889, the tower opened. Early the next year the lift was repaired. A decade "
     "later, the city nearly pulled it down; by the end of the decade it had become a radio mast.",
     [("March 31, 1889", "DATE", "1889-03-31"), ("Early the next year", "DATE", "1890", "START"),
      ("A decade later", "DATE", "1900"), ("the end of the decade", "DATE", "190", "END")], []),
    ("that-month-name-and-holiday",
     "He stepped down in June 1999. That December, he gave a farewell speech; on Christmas Day he "
     "was back in his village.",
     [("June 1999", "DATE", "1999-06"), ("That December", "DATE", "1999-12"),
      ("Christmas Day", "DATE", "1999-12-25")], []),
    ("indefinite-weekday-keeps-story",
     "He filed his last dispatch on a Friday in October 1974, and the paper closed the following spring.",
     [("October 1974", "DATE", "1974-10"), ("the following spring", "DATE", "1975-SP")], []),
    ("weekday-after-story-day",
     "On 3 March 1945 the city fell. On Monday, the army crossed the river, and by Friday it had "
     "reached the coast.",
     [("Monday", "DATE", "1945-03-05"), ("Friday", "DATE", "1945-03-09")], []),
    ("medieval-year",
     "In 1066 William landed at Pevensey. On 14 October, his army met Harold's near Hastings. By "
     "Christmas, he had been crowned.",
     [("1066", "DATE", "1066"), ("14 October", "DATE", "1066-10-14"), ("Christmas", "DATE", "1066-12-25")], []),
    ("month-of-that-year",
     "The war ended in 1918. Prices rose for years; by 1923 they doubled every few days. In November "
     "of that year, the currency was replaced.",
     [("1923", "DATE", "1923"), ("November of that year", "DATE", "1923-11")], []),
    ("season-three-sentences-on",
     "The uprising began in the spring of 1848. Within weeks it had spread to Vienna. In the autumn "
     "the army returned, and by the end of October the city had fallen. The next year, the emperor abdicated.",
     [("the spring of 1848", "DATE", "1848-SP"), ("the autumn", "DATE", "1848-FA"),
      ("the end of October", "DATE", "1848-10", "END"), ("The next year", "DATE", "1849")], []),
    ("news-weekday-after-history",
     "The rebels first struck in April 1996. On 9 January 2005 they signed a truce, security sources said Friday.",
     [("April 1996", "DATE", "1996-04"), ("9 January 2005", "DATE", "2005-01-09"), ("Friday", "DATE", "2024-11-01")], []),
    ("following-month-name",
     "She arrived in New York in the fall of 1961; that winter she signed her first contract. The "
     "album came out the following March.",
     [("the fall of 1961", "DATE", "1961-FA"), ("that winter", "DATE", "1961-WI"),
      ("the following March", "DATE", "1962-03")], []),
    ("morning-keeps-story",
     "The fire broke out on 2 September 1666. By the morning, it had reached the river. On Tuesday, "
     "the wind dropped. Four days later, the fire was out.",
     [("the morning", "TIME", "1666-09-02TMO"), ("Tuesday", "DATE", "1666-09-07"),
      ("Four days later", "DATE", "1666-09-11")], []),
    ("recent-story-then-deixis",
     "When the factory closed in March 2023, 400 workers lost their jobs. Two months later, the "
     "council voted to buy the site. By the end of the year, a developer had signed on. Last week, "
     "the first tenants moved in.",
     [("March 2023", "DATE", "2023-03"), ("Two months later", "DATE", "2023-05"),
      ("the end of the year", "DATE", "2023", "END"), ("Last week", "DATE", "2024-W44")], []),
    ("then-before-a-title",
     "The rebellion began in 1960. He was arrested by then Colonel Mobutu and held for a year.",
     [("1960", "DATE", "1960")], ["then"]),
    # ---- deixis stays with the document date
    ("deictic-after-history",
     "In 1990 he founded the firm. He said yesterday that he would retire next month.",
     [("1990", "DATE", "1990"), ("yesterday", "DATE", "2024-11-05"), ("next month", "DATE", "2024-12")], []),
    ("ago-after-history",
     "The bridge opened in 1932. Two days ago it was closed for repairs.",
     [("1932", "DATE", "1932"), ("Two days ago", "DATE", "2024-11-04")], []),
    ("this-year-after-history",
     "The club was founded in 1888, and this year it celebrates with a parade.",
     [("1888", "DATE", "1888"), ("this year", "DATE", "2024")], []),
    ("news-next-day",
     "Police arrested the suspect on Monday. The next day he was charged.",
     [("Monday", "DATE", "2024-11-04"), ("The next day", "DATE", "2024-11-05")], []),
    ("future-end-of-year",
     "The law passed in 2019. The ministry will publish the rules by the end of the year.",
     [("2019", "DATE", "2019"), ("the end of the year", "DATE", "2024", "END")], []),
    ("news-deixis-keeps-bare-month",
     "The minister said on Tuesday that talks first failed in 1998. In March, a new round will start.",
     [("Tuesday", "DATE", "2024-11-05"), ("1998", "DATE", "1998"), ("March", "DATE", "2025-03")], []),
    ("news-deixis-past-month",
     "Police said on Monday that the suspect, born in 1971, had left the country. In October, he was "
     "seen in Lisbon.",
     [("Monday", "DATE", "2024-11-04"), ("1971", "DATE", "1971"), ("October", "DATE", "2024-10")], []),
    ("future-bare-month",
     "The museum opened in 1931. It will reopen in March after repairs.",
     [("1931", "DATE", "1931"), ("March", "DATE", "2025-03")], []),
    ("since-year-then-month",
     "Inflation has risen since 2019, and in March the central bank raised rates again.",
     [("2019", "DATE", "2019"), ("March", "DATE", "2024-03")], []),
    ("later-without-reference",
     "Three days later the rain stopped.",
     [("Three days", "DURATION", "P3D")], ["later"]),
    ("hours-later-stay-duration",
     "The fire started on 2 September 1666. Four hours later, the bakery was gone.",
     [("2 September 1666", "DATE", "1666-09-02"), ("Four hours", "DURATION", "PT4H")], []),
    ("range-later-stays-duration",
     "The army left the port in 1941. The troops arrived two or three days later.",
     [("1941", "DATE", "1941"), ("three days", "DURATION", "P3D")], ["later"]),
    ("years-after-event",
     "The city was rebuilt in 1950, ten years after the fire.",
     [("1950", "DATE", "1950"), ("ten years", "DURATION", "P10Y")], []),
    # ---- must not match
    ("no-bare-later",
     "Later, he became a painter. He later moved to Rome and then to Naples.",
     [], ["Later", "later", "then"]),
    ("no-anaphor-without-reference",
     "That day will come, he promised. Then he left the hall.",
     [], ["That day", "Then"]),
    ("no-day-after-event",
     "They met the day after the funeral.",
     [], ["the day after"]),
    ("no-time-of-event",
     "At the time of its founding the club had twelve members.",
     [], ["the time"]),
]


def _check(paragraph, expected, negatives):
    found = extract(paragraph, DCT)
    used: set[int] = set()
    problems = []
    for exp in expected:
        surface, typ, value = exp[:3]
        hits = [i for i, t in enumerate(found) if t.text == surface and i not in used]
        if not hits:
            problems.append(f"{surface!r} not found")
            continue
        i = hits[0]
        used.add(i)
        t = found[i]
        if (t.type, t.value) != (typ, value):
            problems.append(f"{surface!r}: got {t.type} {t.value}, want {typ} {value}")
        if len(exp) > 3 and t.mod != exp[3]:
            problems.append(f"{surface!r}: mod {t.mod!r}, want {exp[3]!r}")
        assert paragraph[t.start:t.end] == t.text
    pos = 0
    for neg in negatives:
        a = paragraph.index(neg, pos if neg in paragraph[pos:] else 0)
        b = a + len(neg)
        pos = b
        bad = [t for t in found if t.start < b and t.end > a]
        if bad:
            problems.append(f"{neg!r} must not match; got {[(t.text, t.value) for t in bad]}")
    return found, problems


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
    paragraphs = [c[1] for c in CASES]
    assert len(paragraphs) == len(set(paragraphs))


@pytest.mark.parametrize(("paragraph", "expected", "negatives"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_narrative(paragraph, expected, negatives):
    found, problems = _check(paragraph, expected, negatives)
    assert not problems, f"{problems}; all: {[(t.text, t.type, t.value, t.mod) for t in found]}"
