"""English page furniture that is never a statement, dated or not (`temporal/boilerplate.py`):
bylines, datelines alone on their line, "Write to ...", copyright lines, "All rights
reserved", "Sign up ...", "Follow us on ...", photo credits and captions, "Reporting by ...".

Each entry of BOILERPLATE_LINES: (pattern, example that must match); BOILERPLATE_NOT lists
sentences that must not match (statements that only look like furniture). A pattern is searched
in one sentence (white space folded), case-insensitively unless it says otherwise.
"""

from __future__ import annotations

import re

from timeline_cli.lang.en.calendar import MONTHS

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_NAME = r"(?-i:[A-Z][\w'’.-]*|[a-z]{1,3}(?= [A-Z]))"  # Jane, O'Neil, Jr., "van der" before a name
_CAP = r"(?-i:[A-Z][\w'’.-]*)"
_NOT_DATE = rf"(?!(?:{_MONTHS}|{_DAYS}|the|a|an|this|that|then|now|early|late|mid)\b)"

# An author as a reference list names one: "Ahmed AH", "Nguyen-van Tam JS", "King JC Jr".
_AUTHOR = r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3}(?: Jr)?)"

# The signature line under a post a page embeds (a tweet): "— Jane Doe (@janedoe) November 2,
# 2023". Its name, handle and day credit and date the post's line above it (temporal/embeds.py).
# (Every run bounded: "^\W*[—–-]+" let a line of dashes be split n ways, each read on: quadratic.)
EMBED_SIGNATURE = (rf"^[^\w\n(—–-]{{0,3}}(?:—|–|--?)[ \t]{{0,3}}(?P<name>[^()\n]{{0,80}}?)[ \t]{{0,3}}"
                   rf"\(@(?P<handle>\w{{1,30}})\)[ \t]{{0,3}}"
                   rf"(?P<month>{_MONTHS})\.?[ \t]{{1,3}}(?P<day>\d{{1,2}}),?[ \t]{{1,3}}(?P<year>\d{{4}})\W{{0,3}}$")
EMBED_SIGNATURE_RE = re.compile(EMBED_SIGNATURE, re.IGNORECASE | re.MULTILINE)


def embed_signature(m: re.Match) -> tuple[str, str, tuple[int, int, int]] | None:
    """(name, handle, (year, month, day)) of an EMBED_SIGNATURE_RE match."""
    month = MONTHS.get(m.group("month").lower())  # the pack's one month table
    if month is None:
        return None
    name = " ".join(m.group("name").split()) or m.group("handle")
    return name, m.group("handle"), (int(m.group("year")), month, int(m.group("day")))


# Bylines: "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Written by Jane Doe | CNN", and
# the staff labels a page shows under the name ("Jane Doe PhillyVoice Staff", "Staff Writer").
BYLINES: tuple[tuple[str, str], ...] = (
    (rf"^\W*(?:(?:written|words|story|text|photos?|reporting|additional reporting)\s+)?by\s+{_NOT_DATE}"
     rf"{_NAME}(?:[\s,;|/&]+(?:and\s+)?{_NOT_DATE}{_NAME}){{0,7}}\W*$",
     "By Jane Doe and John Roe, Reuters"),
    (rf"^\W*(?:{_CAP}[\s,|/-]+){{0,6}}(?:staff|contributing|senior|special|associate)?\s*"
     r"(?-i:(?:Staff|Contributor|Correspondent|Columnist|(?:Staff |Contributing |Senior )?(?:Writer|Reporter|Editor)))"
     r"\W*$", "Jane Doe PhillyVoice Staff"),
)
BYLINE_RE = re.compile("|".join(f"(?:{p})" for p, _ in BYLINES), re.IGNORECASE)

BOILERPLATE_LINES: tuple[tuple[str, str], ...] = (
    *BYLINES,
    (r"^\W*(?:reporting|additional reporting|writing|editing|compiled|produced|research) by\b.{0,200}"
     r"(?:;|$)", "Reporting by Jane Doe; Editing by John Roe"),
    # datelines alone: "Published: 3 November 2023", "Updated 10:42 AM EST, Thu November 2, 2023"
    (rf"^\W*+(?!.*https?:)(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|created|uploaded)|"
     rf"date(?:d)?|last modified)(?:\s+on)?\s*:?\s*(?:\d|{_DAYS}|{_MONTHS})[\w\s,:./+-]{{0,60}}$",
     "Updated 10:42 AM EST, Thu November 2, 2023"),
    (rf"^\W*(?:(?:{_DAYS})\.?,?\s+)?(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
     rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
     r"(?:\s*(?:,|at|-|\|)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?\W*$",
     "Thu, November 2, 2023 at 10:42 am"),
    (r"^\W*write to\s.{0,120}$", "Write to Jane Doe at jane.doe@example.com"),
    (r"^\W*(?:copyright\b|©|\(c\)\s*\d{4})", "Copyright 2013 Example Media Inc."),
    (r"\bcopyright\s*(?:©\s*)?(?:\(c\)\s*)?(?:\d{4}|©)", "Text copyright 2013 Example Media."),
    (r"©\s*\d{4}", "Example Media © 2013"),
    (r"\ball rights reserved\b", "All Rights Reserved."),
    (r"^\W*sign\s+up(?:\s+(?:now|today|here|free))?\s+(?:for|to)\b", "Sign up for our morning newsletter."),
    (r"\bsign(?:ing)?\s+up\s+(?:for|to)\s+(?:our|the)\s+(?:\w+\s+){0,3}(?:newsletter|briefing|email|alerts?)\b",
     "Get the news first: sign up for the daily briefing newsletter."),
    # an embedded post's signature line (EMBED_SIGNATURE): furniture itself, it credits and
    # dates the post above it (temporal/embeds.py)
    (EMBED_SIGNATURE, "— Jonathan Eilbeck (@JonathanEilbeck) November 2, 2023"),
    (r"\bfollow\s+(?:us|me|him|her|them|[\w@.]+)\s+on\s+(?:twitter|x|facebook|instagram|linkedin|"
     r"tiktok|threads|bluesky|mastodon|youtube|telegram|whatsapp)\b", "Follow us on Twitter."),
    (r"^\W*follow\s+us\b", "Follow us for more."),
    # a credit is names only: "Photo: Jane Doe/Reuters" ("Photo: Cycled to Drury Lane today." is a post)
    (rf"^\W*(?:photo|photograph|picture|image|illustration|video|graphic|caption|credit)s?"
     rf"(?:\s+(?:credit|courtesy))?\s*(?::|by\b|courtesy\b)\s*(?!(?:today|yesterday|tonight)\b){_CAP}"
     rf"(?:[\s/,&|;:-]+(?:{_CAP}|via|for|and|of))"
     r"{0,8}\W*$", "Photo: Jane Doe/Reuters"),
    (r"^\W*caption\s*:", "Caption: The harbour at dawn."),
    (r"(?:\(|\[)\s*(?:ap\s+|afp\s+|reuters\s+)?(?:photo|photograph|picture|image|credit)s?\b[^)\]]{0,80}[)\]]\W*$",
     "Firefighters at the scene on Friday (Photo: Jane Doe/AP)"),
    (r"\b(?:getty images|shutterstock|ap photo|afp via getty|epa-efe|alamy|pa wire|pa images)\b",
     "A view of the harbour in 2019. Jane Doe/Getty Images"),
    (r"^\W*(?:image|photo) source\b", "Image source, Getty Images"),
    # calls to action: "Subscribe to our weekly newsletter Lab Notes.", "Want more health
    # stories in your inbox?", "Click here to read more.", "Download our app."
    (r"^\W*subscribe\s+(?:now\s+|today\s+)?(?:to|for)\s+.{0,80}\b(?:newsletter|podcast|channel|"
     r"briefing|digest|alerts?|updates|edition)\b", "Subscribe to Salon's weekly newsletter Lab Notes."),
    (r"\bin(?:to)?\s+your\s+inbox\W*$", "Want more health and science stories in your inbox?"),
    (r"\bnever\s+miss\s+(?:our|another)\s+(?:\w+\s+){0,2}(?:stories|story|news|updates?|headlines|issues?)\b"
     r"|\bfree\s+sign[\s-]?up\W*$",
     "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up"),
    (r"^\W*(?:click|tap)\s+here\b", "Click here to read the full report."),
    (r"^\W*(?:download|get)\s+(?:our|the)\s+(?:free\s+)?(?:\w+\s+)?app\b", "Download our free app."),
    (r"^\W*(?:share|listen to|print)\s+this\s+(?:article|story|page)\W*$", "Share this article"),
    (r"^\W*advertisement\W*$", "Advertisement"),
    # teaser lists a page's text keeps: "Don't miss...", "Ferry strike ends [INSIGHT]"
    (r"^\W*(?:don[’']?t miss|related(?:\s+(?:articles?|stories|coverage|content))?|more on this story|"
     r"most (?:read|popular)|recommended(?: for you)?|read more|trending(?: now)?)\W*$", "Don't miss..."),
    (r"\s\[(?-i:[A-Z]{3,})\]\W*$", "Ferry strike ends after a deal in 2019 [INSIGHT]"),
    # a "recent posts" list: a bulleted headline in title case, then its date
    (rf"^[^\w\n]{{0,3}}[-•*·]\s+(?:(?-i:[A-Z0-9][\w'’:,.?!-]*|[a-z]{{1,4}})\s+){{2,25}}[-–—|]\s+"
     rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}})\W*$",
     "- Movie Theaters In San Francisco Refuse To Open Over Concessions Ban - October 9, 2020"),
    # a wire agency's notice and a publisher's permission line, printed under every story
    (r"\bmay not be published,?\s+broadcast\b", "This material may not be published, broadcast, rewritten or redistributed."),
    (r"^\W*(?:used|reprinted|excerpted)\s+(?:with|by)\s+(?:the\s+|kind\s+)?permission\b",
     "Used with permission of Little, Brown and Company, New York."),
    # a page built by scripts, saved without them: its notice is all the text there is
    (r"^\W*(?:(?:you\s+(?:need|have)\s+to|please)\s+)?(?:enable|turn\s+on)\s+javascript\b",
     "You need to enable JavaScript to run this app."),
    (r"\b(?:doesn[’']?t|does\s+not|won[’']?t|will\s+not)\s+work\s+(?:properly\s+)?without\s+javascript\b",
     "We're sorry but civ2-blog-frontend doesn't work properly without JavaScript enabled."),
    # a reference list's entries (journal pages, reports): citations, never statements. Authors
    # as "Surname INITIALS" ("Ahmed AH ,Nicholson KG ,et al ."; "Ramasamy SN et al. Allopurinol
    # ..."), a journal's year;volume:pages ("1995;123:518-27", "2014;349:g5114"), a DOI, a
    # book's year and page ("Springer; 1980. p. 263-267."), a link's "Google Scholar"
    (rf"^\W*{_AUTHOR}\s*,\s*(?:{_AUTHOR}\s*,\s*)*(?:et\s+al\b|{_AUTHOR}\s*[.,])",
     "Ahmed AH ,Nicholson KG ,Nguyen-van Tam JS ,et al ."),
    (rf"^\W*{_AUTHOR}\s*,?\s*et\s+al\b", "Ramasamy SN et al. Allopurinol hypersensitivity: a review, 1950-2012."),
    (r"\b(?:1[6-9]|20)\d\d;\d+(?:\(\d+\))?:[a-z]?\d+", "Proc Natl Acad Sci U S A. 1996;93:3043-7."),
    (r"\bdoi:\s*10\.\d", "2008;142:615-35. doi:10.1016/j.jeconom.2007.05.001"),
    (r"\b(?:1[6-9]|20)\d\d\.\s*pp?\.\s*\d+", "Springer; 1980. p. 263-267."),
    (r"(?:crossref|google\s+scholar|pubmed)\W*$", "1999;131:430-3 LinkGoogle Scholar"),
    # a site's own notices to the reader
    (r"\b(?:read|see|review|view)\s+our\s+(?:privacy|cookie)\s+(?:policy|notice|statement)\b",
     "If you're curious, you can read our Privacy Notice."),
)

BOILERPLATE_NOT: tuple[str, ...] = (
    "By Monday the troops had left.",
    "By 2024, the plan was complete.",
    "By then the talks had failed.",
    "The court ruled the copyright claim invalid on May 3.",
    "Voters were urged to sign up before the deadline on Friday.",
    "Police said a photograph of the suspect was released on Tuesday.",
    "The minister published the report on November 2, 2023.",
    "He wrote to the council on May 3.",
    "Photo: Cycled to Drury Lane today.",
    "Sign up now and get 3 GB extra for life! http://t.co/x",
    "Dated: 21 May 2013 http://t.co/x",
    "The figures [PDF] were published on May 3.",
    "Related talks began in June.",
    "Hospital Staff walked out on Monday.",
    "The Writer was honoured in 2019.",
    "Subscribers to the plan were told on May 3 to expect higher fees.",
    "The agency said it would subscribe to the treaty in June.",
    "Thousands of spam messages landed in your inbox last week, police said.",
    "Officials click here and there, the report said in 2019.",
    "Farmers can download the app from June, the ministry said.",
    "Advertisement spending fell in 2023.",
    "The judge ruled on Monday that the report may not be published before the trial.",
    "The book was used without permission, the court found in 2021.",
    "Regulators said in May that the company's privacy policy misled users.",
    "The browser maker said in May it would enable JavaScript by default.",
    "Fans never miss a story about the club, the survey found in May.",
    "Mozilla said on Monday that the old add-ons will not work without changes.",
    "Smith et al. found in 2019 that the drug works.",
    "Smith and Jones reported the results on May 3, 2019.",
    "In 2019; 5:30 pm was the deadline.",
    "President Bush said on Tuesday that Iraq must comply.",
    "The study, published in May 2019 in the Lancet, was cited on PubMed widely, its authors said.",
    "Clinton JD, a lawyer, testified on Monday.",
    "- Police said the coastal road reopened to traffic - October 10, 2020",
)

BOILERPLATE_LINE_RE = re.compile("|".join(f"(?:{p})" for p, _ in BOILERPLATE_LINES), re.IGNORECASE)
# A cheap test that spares most sentences the patterns: every match holds one of these (or a digit
# line, which starts with a digit, a weekday or a month: those are tested by their pattern).
BOILERPLATE_LINE_WORDS = ("by", "staff", "contributor", "correspondent", "columnist", "writer", "reporter", "editor", "publish", "update", "post", "modif", "creat", "upload", "date",
                          "write", "copyright", "©", "(c)", "reserved", "sign", "follow", "photo", "(@",
                          "picture", "image", "illustration", "video", "graphic", "caption", "credit",
                          "getty", "shutterstock", "afp", "epa-efe", "alamy", "pa wire", "pa images",
                          "reporting", "editing", "writing", "compiled", "produced", "research", "]",
                          "subscribe", "inbox", "click", "tap", "app", "share", "listen", "print", "advertisement",
                          "broadcast", "permission", "privacy", "cookie", "javascript", "et al", "never miss")
# The gate of the patterns searched inside a sentence (those not starting with "^"): every
# match of one holds one of these. Fewer and rarer than the words above, so that most
# sentences ("by", "post" and "date" are everywhere) skip the search.
BOILERPLATE_SEARCH_WORDS = ("copyright", "©", "reserved", "sign", "follow", "photo", "picture", "image", "never miss",
                            "credit", "getty", "shutterstock", "afp", "epa-efe", "alamy", "pa wire",
                            "pa images", "]", "inbox", "broadcast", "privacy", "cookie", "javascript",
                            ";", "doi", "p.", "crossref", "scholar", "pubmed")
