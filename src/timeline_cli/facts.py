"""Same-fact grouping: statements from different documents that report the same happening
become one fact. Pure: no store, no clock, no printing.

    >>> from timeline_cli import facts
    >>> from timeline_cli.model import Event
    >>> events = [
    ...     Event("a1", "2024-10-24", "North Korean troops arrived in Kursk on October 24, "
    ...           "Ukrainian intelligence said.", source="kyiv.txt"),
    ...     Event("b2", "2024-10-24", "North Korean troops reached the Kursk region on Thursday.", source="wire.txt"),
    ...     Event("c3", "2024-10-24", "North Korean troops arrived in Kursk on October 24.", source="daily.txt")]
    >>> facts.group(events)                                # {event id: fact id}, every event
    {'a1': 'Fa1', 'b2': 'Fa1', 'c3': 'Fa1'}
    >>> index = facts.build(events, links=[("a1", "b2")], unlinks=["c3"])   # the user's overrides
    >>> index.fact_of
    {'a1': 'Fa1', 'b2': 'Fa1', 'c3': 'Fc3'}
    >>> [(e.a, e.b, e.kind) for e in index.explain("Fa1")]   # the evidence linking its members
    [('a1', 'b2', 'user link')]
    >>> index.sources("Fa1")                               # independent sources (wire copies count once)
    2
    >>> late = Event("e5", "2024-10-24", "North Korean troops arrived in Kursk, officials said.", source="post.txt")
    >>> facts.regroup(index, [late]).fact_of["e5"]         # one more document, incrementally
    'Fa1'

How two statements are linked (the evidence `explain` gives):

- they come from different documents (`source`; an event without a source is its own
  document): statements of one document are never compared, so never corroborate each other
  (a fact may still hold two of them, joined through statements of other documents; sources
  are counted by document);
- their dates can overlap (`when.parse_when` bounds: "../1998-08-08" overlaps 1998-08-07),
  and the dates of every member of a fact share at least one day;
- their content terms (`lang.en.facts.terms`: stop words dropped, light stems and synonyms,
  numbers kept) give an IDF-weighted Dice of at least `THRESHOLD` (a strong link), with at
  least `MIN_SHARED` shared terms (one more when neither has a date of its own, "../REPORTED"
  or an undated future "REPORTED/..", `_no_date`, or when one has
  none and the other ends `UNDATED_DAYS` before its report: a "../REPORTED" statement overlaps
  any earlier date, so the dates confirm nothing, "Forming a sting jet" on a 2023 page / the
  1987 storm's sting jet); each one's head terms (the first lower-case terms: what it
  says happened) appear in the other, unless each statement is most of the other (`RESTATED`
  of the heavier one's weight shared, neither negated: an aside moved the heads); neither names an acting subject (read from its main
  clause: "If the INS order ... is to be contested, Reno ruled" -> Reno; "In Miami-Dade
  County, elected officials went" -> none) the other does not mention unless the other hides
  its actor (a pronoun, or officials described, "Government officials had threatened":
  `lang.en.facts.hides_actor`; "South Africa deplored the blasts" is not the blasts); and, below `SAME_WORDS`, they do not say two different happenings
  (`lang.en.facts.happenings_said`: "the relatives fought to keep the boy" is not "the
  relatives plan to appeal"); a state holding the other's happening only in passing ("is in
  Hanoi for a state visit, where he will also attend the APEC meeting") is not it
  (`STATE_MAIN`); one main verb with two objects, neither in the other statement, is two acts
  ("Amin ruled that the audio feed be cut" / "Amin ruled a 10-minute break": `_other_object`,
  `lang.en.facts.verb_object`); and a statement that knows the other's happening only from
  reports is not it ("He spoke after reports of a sweeping victory": `_reported_only`, also
  for joining a fact on its core); nor is a comment on a happening, told in the simple present
  with its noun the subject ("The vote, the third this year, marks a new beginning ..."), a
  report of its act ("Iraq goes to the polls on Thursday": `_commentary_apart`); two results
  told in one template whose specifiers conflict ("won the men's team soft tennis gold" / "won
  the women's 200m backstroke gold": colour, sex, distance, weight class, format, discipline,
  score, seats), or a tally of results or a past result recalled and a result, are two, as
  pairs and as facts (`RESULTS_APART`, `lang.en.facts.results_apart`). Head terms are read
  from the main clause
  (`lang.en.facts.main_clause`: "Within hours of the hanging, a car bomb exploded" -> car,
  bomb). Two statements that say one happening (the same main verb, whatever the tense, voice
  or modality: "died" / "has died", "will appeal" / "plan to appeal"; on one same precise day,
  also one's main verb as the verb of a coordinated clause of the other: "died in a London
  hospital on November 23" / "fell ill on November 1, and died on November 23") and name `SAME_NAMES`
  same actors or places in their first clause (`lang.en.facts.names`; one is enough on one
  same precise day; for a death, the victim described alike counts as one, "His mother died
  ...", `lang.en.facts.actor_terms`) link as strongly as the threshold from a Dice of `HAPPENING_DICE`, with
  one shared term more than `MIN_SHARED` asks, whether their head terms meet or not
  (`_same_happening`). Two dated statements at the threshold whose head terms do not meet
  link all the same when their main verbs are one (`_same_verb`: a fronted clause or a frame
  moved the heads apart, "In 1988 Pinochet lost a plebiscite" / "After Pinochet lost a 1988
  referendum ..., he handed over power"); such a link ("same verb") is less sure and is
  applied after the weak links. A short statement with `CONTAIN` of its term weight inside a
  longer one (`CONTAIN_SHARED` terms) links as strongly as the threshold, and so does a weak
  link (`WEAK`, `DAY_SHARED` terms) of two statements dated the same one precise day; or their texts are identical sentences (a dateline, "INDEPENDENCE, Mo.", is
  no fact: `lang.en.facts.is_heading`). Two statements dated one same precise day by their
  own words link from `DAY_DICE` when every check above passes at that score and they do not
  give numbers sharing none ("one day", `_one_day_link`: the day is the evidence the words
  need not give); such links are applied last, after the phases below. A day is that evidence
  (here, for the weak same-day link and for `_same_happening`) only when the statement does not
  name it only in a clause of another happening (`_one_day_said`, `lang.en.facts.day_in_passing`:
  "has been the focus of a custody battle since he was found ... on Nov. 25" is dated by the
  rescue it mentions; it links with the rescue on its words alone).

Clustering is greedy and deterministic: strong links sorted by score (ties by their
statements' texts, dates and documents, not by ids, which hash a source's name:
`_pair_order`) merge two facts when the merged fact keeps a common day (two facts of several
statements each also need an average link of `COHESION`); then facts joined by several weak
links (score >= `WEAK`, `WEAK_SHARED` shared terms) whose scores add up to a strong one, with
an average link of `COHESION_WEAK`; then the "same verb" links; then the links made on a
coordinated clause ("clause"), only while the statement holding the clause is a fact of one
or its fact says the clause's happening (`_clause_fact`): a statement its main clause placed
stays there. Then facts are compared as wholes, on their *core*: the terms at least
`CORE_DOCS` of their documents use (`_core`), so that a long statement's extra material and a
fact split between two wordings stop mattering, while one stray statement cannot bridge:

- a lone statement joins the fact whose core holds `JOIN_SHARE` of its term weight (at least
  `JOIN_TERMS` terms), its happening (`lang.en.facts.main_verb`, else its head terms) and its
  named actor being core terms ("Slepian was the mainstay of the clinic before he was shot to
  death last Oct. 23 at his home" joins the shooting); not a statement dated long before every
  member of an undated fact ("the grandest diplomatic event since 1950s", dated 195X): it links
  on its words alone (`FAR_JOIN`, as `_far_before` rules for links);
- two facts of several statements merge when the smaller core lies `CORE_SHARE` inside the
  other and each fact's happening (its most frequent main verb) is in the other's core
  (repeated up to `CORE_ROUNDS` times: merged cores grow); not a side's standing claim with a
  fact told by no one (`_claims_apart`, as pairs: "supporters say his mother died to give him
  freedom" is not the death).

Then two-level linking (`_join_story`, from cross-document event coreference: link the
documents that tell one story, then align statements only across them): a document *tells a
fact's story* when its terms hold `STORY_SHARE` of the fact's core weight, the core holding
`STORY_NAMES` rare terms (names; "shares fell" is no story) and none of the fact's statements
coming from it. With the story fixed, one of its lone statements joins the fact on less
evidence than `JOIN_SHARE`: its date ends within `STORY_DAYS` of the fact's last common day
(a report of the day, not a later mention or consequence), it holds `STORY_TERMS` core terms
(the happening and an argument: a place, an actor, a number; or, for a fact with a date of
its own, one core term and `STORY_TERMS` terms of the fact's statements, `_argued`), names no other actor, is not
claimed by another source than all of the fact's (attributed) statements, and either
says the fact's happening (`lang.en.facts.happening`: its main verb, or the subject's
happening noun after a light verb or a copula, "The suspected car bombings occurred", "The
bomb ... was so powerful that it shook furniture"; matched against `happenings_named` given
by CORE_DOCS of the fact's documents) or names `STORY_ACTORS` of the fact's actors on the one
precise day all its dates allow (another verb for the same act: "became members" / "joined").

Last, the pieces of one big fact that outlets split differently merge (`_merge_same_day`):
two facts of several sources on the same one precise day that say the same happening and
share `STORY_NAMES` rare names ("the three joined NATO" / "the ministers of Poland and Hungary
joined the alliance at the Truman Library", both on 12 March).

Only statements compared for a link and sharing `NEAR_SHARED` terms bring two facts (or a
document and a fact) to these comparisons, so the work stays that of the links. The result depends on the set of events
only, never their order, and a fact's id is derived from its smallest member id (`fact_id`).

Speed: no all-pairs comparison. A statement is compared only with statements sharing
`MIN_SHARED` of its terms under a blocking key: (term, week) for its dates' weeks, or
(term, any date) for a term of at most `RARE_DF` documents (restatements months later). A
date wider than `WIDE_DAYS` ("1998", "../1998-08-08") is blocked on the week before its known
end or its report date. Terms in more than `MAX_DF_SHARE` of the documents, and keys shared by
more than `MAX_POSTING` statements, do not block, nor do numbers, except amounts (round
counts and sums from `AMOUNT_MIN`, not years: "5.5 million South Africans", a "$5 million
reward"), which block as any term does. The work per statement is capped whatever
the vocabulary: its blocking terms are counted rarest first up to `MAX_VISIT` posting entries,
and of the statements they meet only the `MAX_CANDIDATES` sharing the most term weight (then
the smallest ids) are compared, so doubling the input doubles the comparisons
(`FactIndex.compared`). Copies of one text (a footer on 10,000 saved pages, a wire story
re-published by many outlets) are not compared pair by pair: each is compared with a
representative, the smallest id of another document on its dates and the smallest whose dates
overlap its own (`_twin_reps`), so k copies cost k comparisons and still join as one fact
when their dates share a day (linked in id order, every pair's links made the same unions);
a fact's common days are kept as it grows (`_bounds`), and wire copies are found from each
source's rarest repeated texts (`FactIndex._wire_groups`), not from every pair of sources of
a text.

Re-publication: two sources sharing most of their statement texts (near-identical wire copy)
are one source (`sources` counts them once); their statements still group into one fact.

User control: `links` (groups of event ids, forced into one fact first, whatever the rules)
and `unlinks` (an event id: kept alone; a pair of ids: never in one fact) override the
automatic grouping; store them by event id so they survive a regroup.
"""

from __future__ import annotations

import collections
import functools
import gc
import math
from collections import Counter, defaultdict
from bisect import insort
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from math import fsum  # sums over sets: exact, so whatever order a set iterates in
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Container, Hashable, Iterable, Iterator, MutableMapping, Sequence, cast

from timeline_cli.claimant_names import claimant_key
from timeline_cli.lang.en import facts as en
from timeline_cli.model import FIELD_ORDER, Event, normalise_text
from timeline_cli.termtuple import Terms
from timeline_cli.when import parse_when

if TYPE_CHECKING:
    from timeline_cli.grouping_feed import Feed


def _count_each(counts: MutableMapping[str, int], items: Iterable[str]) -> None:
    for x in items:
        counts[x] = counts.get(x, 0) + 1


# Counter.update's own loop in C, for any dict (once per statement: its new terms' df).
_count: Callable[[MutableMapping[str, int], Iterable[str]], None] = getattr(
    collections, "_count_elements", _count_each)

__all__ = ["group", "build", "regroup", "fact_id", "FactIndex", "Evidence", "THRESHOLD", "MIN_SHARED"]

THRESHOLD = 0.4     # IDF-weighted Dice of shared terms to link two statements
WEAK = 0.25           # weaker links count when several join the same two facts
WEAK_SHARED = 4      # ... sharing at least this many terms
COHESION = 0.1      # ... and the average link between two facts merged
COHESION_WEAK = 0.1 # ... and for facts joined by weak links only
COHESION_SAMPLE = 40 # members compared on each side (the smallest ids): bounded work
SHORT_TERMS = 6      # a statement with at most this many terms is short
MIN_SHARED = 2       # shared content terms needed besides the score
# session 17 (the lead, web pages): a shared clock time and its "p.m." are one shared term, the
# hour (`lang.en.facts.hour_repeats`): a restaurant's hours "4-9 p.m.; Fri.-Sat." linked with
# "Police had not made any arrests as of around 9 p.m." of the same day on those two alone.
HOUR_ONCE = True
UNDATED_DAYS = 365   # an undated statement and one dated this long before its report need one more term
REPORTS_APART = 300  # two undated statements reported this many days apart or more do not link on words
FUTURE_DAYS = 30     # a statement dated this long after an undated future's report links on its words alone (`_far_after`)
REPORTS_NEAR = 30    # ... nor, reported more days apart than this, on no more terms than they must (`_apart_on_few_words`)
HAPPENING_DICE = 0.2 # two statements saying one happening with one same name link from this score
SAME_NAMES = 2       # ... naming this many same names (one if both are dated one same precise day)
SAME_WORDS = 0.5     # below this score, two statements saying different happenings do not link
DAY_SHARED = 4       # a weak link sharing this many terms, both dated one same precise day, is strong
DAY_BOTH_SAID = True  # the one-day bar only when both or neither read a happening (`_one_day_link`; session 15, dev14)
DAY_DICE = 0.2       # two statements dated one same precise day link from this score, every check passed (`_one_day_link`)
CONTAIN = 0.85       # a statement with this share of its term weight inside another links as strong ...
CONTAIN_SHARED = 3   # ... when they share at least this many terms
MAX_POSTING = 400    # a (term, week) shared by more statements does not block
WIDE_DAYS = 45       # dates wider than this are blocked around their known end / report date
WINDOW_DAYS = 7      # ... on this many days before it
LEAD = 3             # the first lower-case terms: what the statement says happened (lang.en.facts.head)
MAX_DF_SHARE = 0.02  # a term in more than 2% of the documents does not block (a stop word here)
COMMON_MIN_DF = 100  # ... unless in at most this many (small stores)
RARE_DF = 30         # a term in at most this many documents also blocks across any dates
                     # (restatements months later: "the car was found at Newark in December")
MAX_VISIT = 1000     # posting entries counted per statement, its rarest terms first
MAX_CANDIDATES = 50  # statements scored per statement: those sharing the most term weight
NEAR_SHARED = 2      # shared terms that bring two facts to be compared as wholes
CORE_DOCS = 2        # a fact's core: the terms at least this many of its documents use ...
CORE_DOC_SHARE = 0.3 # ... and at least this share of them
JOIN_SHARE = 0.5     # a lone statement's term weight in a fact's core for it to join
JOIN_TERMS = 3       # ... and its terms there
CORE_SHARE = 0.6     # the smaller core's weight inside the other for two facts to merge
STORY_SHARE = 0.5    # the share of a fact's core weight in a document that tells its story
STORY_TERMS = 2      # ... and the core terms a statement of it needs to join the fact
STORY_NAMES = 2      # ... a core holding this many rare terms (df <= RARE_DF): names, not "shares fell"
STORY_ACTORS = 2     # ... or naming this many of its actors on its one precise day
STORY_DAYS = 3       # ... the statement's date ending at most this many days from the fact's
CORE_ROUNDS = 5      # merged facts' cores are compared again, at most this many times
REPUBLISHED = 0.6    # share of a source's statements found verbatim in another: same wire story
STANDING = True      # a present claim is not an unclaimed statement of its content (`_standing_claim`)
SPELLED = True       # an acronym and the name spelling it out are one term (`_spelled`)
FAR_JOIN = True       # a statement dated long before an undated fact's reports joins it on its words alone (`_join_lone`)
STATE_MAIN = True     # a state holding another's happening only in passing is not it (`_state_against`)
SAME_DAY_FUTURE = True  # an undated future and a statement of its report's day, told that day: one day (`_one_day_link`; xrecall11)
MAIN_DAY = True      # a day named only in a clause of another happening is no same-day evidence (`_one_day_said`)
STORY_TEXTS = 2      # texts two documents share verbatim, with nothing else, to be more than furniture
AMOUNT_MIN = 1000    # a number blocks as a rare term from this value (`_amount`)
FIGURES = 2          # numbers each of two undated reports of other days gives, under half shared: other days' figures
DESCRIBED_ACTOR = True  # an actor both describe alike counts as a name both give (`_same_happening`)
PLACES_APART = True  # two statements whose actors are of other places, each not named by the other, are two (`_places_apart`)
SCOPE_COUNTS = True  # a dated count and an undated one of another report, of one noun, other numbers: two (`_other_scope_counts`)
OTHER_INCIDENT = True  # a statement saying it tells another incident, its counts not the other's: two (`_other_incident`)
NAMES_HAPPENINGS = True  # two statements sharing names only and saying other happenings are two, at any score
STATES_APART = True  # two states of named subjects, neither named by the other: two (`_states_apart`)
PRONOUN_LATER = True  # an undated "He ..." reported days after the other's day links from SAME_WORDS only (`_pronoun_later`)
OTHER_AMOUNTS = True  # two amounts, none shared, reported months apart: two acts (`_other_amounts`; session 15, prec8)
REACTION_LATER = True  # ... and not at all when both say one reaction (`_reaction_later`; session 15, prec8)
OTHER_REACTION = True  # a reaction and another act on its happening are two (`_other_reaction`)
OBJECT_PLACES = True  # ... and so are two whose main verbs' objects are other places (`_places_apart`)
ACTS_APART = True  # one named actor's plan and done act, each's happening not in the other: two, at any score (`_acts_apart`)
MEETINGS_APART = True  # two meetings with other people, neither naming the other's: two (`_meetings_apart`)
SPAN_COUNTS = True  # two counts of one span (a week, a month) reported on other days, no number shared: two (`_other_counts`)
TALLY_APART = True  # a tally of cases, or one case's rank, and one day's act of its own: two (`_tally_apart`; session 15, tally)
TALLY_EARLIER = True  # ... and an undated act reported before the tally (`_tally_apart`)
TALLY_PERIOD = True  # ... the tally or rank dated only by the period it counts in, up to its report ("this year"; `_tally_apart`; session 21, prec19)
FACT_INCIDENTS = True  # facts holding another incident's statement and this one's are not merged (`_incidents_apart`)
FUTURE_UNDATED = True  # an undated future ("REPORTED/..") is as undated as "../REPORTED" in every guard (`_no_date`)
HYPOTHETICAL = True  # a fronted condition with no happening in its main clause joins no fact on its core or story (`_told_aside`)
RESTATED = 0.8       # shared weight of the heavier statement from which head terms need not meet (`_restated`)
NAMED_ELSEWHERE = True  # ... and one naming nothing is not one naming what its document never writes (`_referents_apart`)
DEFINITE_CONTEXT = True  # a statement naming nothing speaks of its document's last names: other names, two (`_referents_apart`)
PASSING_OTHER = True  # ... or both say other happenings, the main clause sharing names only: two (`_passing_names`)
FACT_PASSING = True  # a lone statement whose happening every statement of a fact holds in passing only does not join it (`_held_aside`)
PASSING_NAMES = True  # the other's happening in passing only, the main clause sharing names only: two (`_passing_names`)
CAME_COPIES = True   # near-copies of one "X came after Y" sentence link on all their words (`_came_copies`; session 16, came)
CAME_COPY = 0.75     # ... each holding this share of the other's terms, Y's words read
CAME_NAMES = True    # ... and not with another name on each side (another reference: another X)
NO_HAPPENING = True  # an undated instruction, or two undated views or generalities, link on no words (`_told_no_happening`; session 17, webprec)
CUMULATIVE_APART = True  # a toll counted since a campaign began and one that is not: two (`_cumulative_apart`; session 17, webprec)
SINCE_START_APART = True  # a state dated by the "since" clause it began with, and a dated statement of no such state: two (`_since_start_apart`; session 21, prec20)
HAPPENING_ASIDE = True  # the other's happening held only as what another act is about: two (`_happening_aside`; session 17, webprec)
HEADLINE_DAYS = 2  # an attributed headline is its source's saying of its report's days: one dated more days before is another (`_headline_apart`; prec23)
VERB_IN_PASSING = True  # the other's main verb held only in a relative clause, no happening of its own read: two (`_verb_in_passing`; session 24, prec23)
OWN_TOLD = 0.5  # ... unless the other holds this share of its main clause's terms: it tells that too (`_verb_in_passing`)
NAMES_TITLES = True  # ... and when what else is shared dates a title before a name, "former" (`_names_titles_only`; session 17, webprec)
OTHER_FORECASTS = True  # two forecasts of one future day, reported on other days, other numbers: two (`_other_forecasts`; session 17, dev17)
DESCRIBED_LEADER = True  # a head of state described by no country stands for the one titled person of its document (`_described`; session 18, xrecall)
INSIDE_SAID = True   # a statement inside a longer one that says its verb among its own: heads need not meet (`_inside_said`; session 17, recall7)
THAT_ASIDE = True    # the other's happening only in a relative "that" clause, its own not there: two (`_that_aside`; session 17, prec10)
CASES_APART = True   # two counts of cases, no number shared: two counts, not one revised (`_other_case_counts`; prec10)
TALLY_FACT = True    # ... and a day's act does not join a fact of tallies (`_counted_apart`; prec10)
QUOTES_APART = True  # two quotes of other documents, no name shared, not near-verbatim: two sayings (`_quotes_apart`; session 19, prec14)
FLAT_APART = True  # a measure said flat and one said to move by a percentage: other values or periods (`_flat_apart`; session 19, prec14)
NAMING_APART = True  # a statement naming people ("were named as A, B") and one that does not: two (`_naming_apart`; session 20, prec15)
REFUSAL_APART = True  # a refusal and a demand of the same content (not itself refused): two sides' acts, two (`_refusal_apart`; session 20, prec17)
PHASES_APART = True  # one act's end, going on and resumption told by two statements: two (`_phases_apart`; session 20, prec17)
LOCATED_APART = True  # two statements set in places that cannot be the same, neither naming the other's, not near-verbatim: two (`_located_apart`; session 20, prec15)
TOTALS_APART = True  # a running total and another value of a counter, reported on other days: two states (`_other_totals`; session 19, prec14)
ACTOR_CONTEXT = True  # a statement naming its actor only takes its document's last names as its context too (`_give_context`; prec10)
OTHER_REPORTS = True  # two undated statements of other days' reports with contexts apart: two, at any score (`_template_reports`; prec10)
ANOTHER_INSTANCE = True  # one more act of a kind, exact tolls and named places apart: two (`_another_instance`; session 21, prec18)
LISTING_APART = True  # a verbless listing line (a fixture, a result) links to nothing and joins no fact (`lang.en.facts.is_listing`; session 21, prec18)
SAYING_AFTER_ACT = True  # a statement dated days after the act it tells, other exact tolls: two (`_saying_after_act`; session 21, prec18)
STAND_APART = True  # an answer withheld ("refused to take a stand on whether ...") and a statement withholding none: two (`_stand_withheld`; session 22, prec21)
POSSESSIVE_DAY_APART = True  # "trapped in Sunday's fire ... confirmed dead ... on Wednesday" and a dated statement: two (`_possessive_day_apart`; session 22, prec21)
EXPECTATIONS_APART = True  # two states expected to go on ("will remain ..."), reported weeks apart: two (`_expectations_apart`; session 22, prec21)
# a lone statement saying no happening joins a fact only on a head term of its statements (`_heads_apart`;
# prec10). Made on dev14 (0.762 -> 0.889). Off in session 17: on unseen text it split right facts (a light
# verb, "the pope made a stunning conciliatory gesture", and a fronted reported clause, "Turkey in the EU, he
# had said, would be a grave error", read as states). On again in session 18 once `_tells_act` read those as
# happenings: in the reserved AFP Dec 2006 sample it then split two facts, both rightly (a toll told "as" an
# official took office, away from his taking office; a bare "It is a breach of ..." away from a named body's
# call), and broke no right fact (session 18, lead).
HEADS_JOIN = True
# ... and a light verb with its event noun, or a reported clause fronted before its speech tag, is a
# happening told, not a state: such a statement is not held to the fact's heads (`_tells_act`; session 18, prec11)
ACT_READ = True
# a statement telling two happenings does not bridge two facts that each hold only one of them and whose
# other statements were never linked (`_chain_apart`; session 18, prec11): "Iran has insisted ..., while
# the United States ... have charged ..." is not one fact of the insistence and the charge
CHAIN_APART = True
# Session 19 (prec12): two results whose specifiers conflict ("won the men's team soft tennis gold" /
# "won the women's 200m backstroke gold"), or a tally of results or a past result recalled and a
# result, are two: as pairs, for a lone statement joining a fact, and for two facts merging
# (`_results_apart`, `lang.en.facts.results_apart`)
RESULTS_APART = True
# a comment on a happening in the simple present, its noun the subject ("The vote, the third this
# year, marks a new beginning following the US-led invasion in March 2003 ..."), is not one fact with
# a report of the happening ("Iraq goes to the polls on Thursday"), whatever the words shared; two
# comments may be one (`_commentary_apart`, `lang.en.facts.comments_on`; session 19, prec13)
COMMENTARY_APART = True
# a story join takes no statement whose actor is another than the fact's: named before its main
# verb ("Cuba appealed to world opinion ..." is not "The Miami relatives appealed that decision"),
# or a personal pronoun acting itself, resolved to its claimant ("And he dismissed as unrealistic
# plans ...", a general's, is not "Bush has effectively dismissed a report ..."), none of whose
# names any statement of the fact writes (`_story_other_actor`; session 20, prec16)
STORY_ACTOR = True
FACT_PREFIX = "F"


def fact_id(member_ids: Iterable[str]) -> str:
    """The id of the fact holding these events: the prefix and the smallest member id."""
    return FACT_PREFIX + min(member_ids)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two statements were linked: `kind` is "terms", "same verb" (terms at the threshold
    and one main verb, their head terms apart: `_same_verb`), "same text", "user link", "fact
    terms" (`a` joined `b`'s fact on its core terms, or the facts of `a` and `b` merged: `score`
    is the share of the core found in the other, `shared` the core terms met), "same day" (the
    facts of `a` and `b` say one happening on one day with the same names: `shared` is the
    happening, then the names) or "story" (`a`'s
    document tells the story of `b`'s fact: `score` is the share of the core in the document,
    `shared` the core terms `a` holds), "clause" (terms at the threshold on a coordinated
    clause of `clause`, `a` or `b`: `_clause_link`), "one day" (both dated one same precise
    day, every check passed at DAY_DICE: `_one_day_link`)."""

    a: str
    b: str
    kind: str
    score: float = 0.0
    shared: tuple[str, ...] = ()      # shared terms, rarest first
    claimant: str = ""                # the claimant both give (compared by claimant_key)
    days: tuple[date, date] | None = None  # the days both dates allow
    clause: str = ""                  # "clause": the statement whose coordinated clause linked

    def describe(self) -> str:
        parts = [f"{self.a} ~ {self.b}: {self.kind}"]
        if self.kind in ("terms", "same verb", "clause", "one day"):
            parts.append(f"score {self.score:.2f}, shared {', '.join(self.shared)}")
            if self.clause:
                parts.append(f"on a coordinated clause of {self.clause}")
        elif self.kind == "fact terms":
            parts.append(f"{self.score:.0%} in the fact's core terms: {', '.join(self.shared)}")
        elif self.kind == "same day":
            parts.append(f"two facts saying {self.shared[0]} on one day, with {', '.join(self.shared[1:])}")
        elif self.kind == "story":
            parts.append(f"its document holds {self.score:.0%} of the fact's core; it holds {', '.join(self.shared)}")
        if self.claimant:
            parts.append(f"same claimant {self.claimant}")
        if self.days:
            lo, hi = self.days  # (an open end, date.min or date.max, is left blank: "..2023-11-08")
            parts.append("dates overlap " + (f"{lo}" if lo == hi else
                                             f"{'' if lo == date.min else lo}..{'' if hi == date.max else hi}"))
        return "; ".join(parts)


@dataclass(slots=True)
class _Item:
    id: str
    doc: str
    # (first day, last day, the weeks it is blocked on, its report's day): one tuple shared
    # by every statement of the same date and report date (`_dates`, read once a batch), read
    # through `lo`, `hi`, `weeks` and `reported`: one slot, not four (24 bytes a statement
    # less at the grouping's peak)
    span: tuple[date, date, tuple[int, ...], date | None]
    terms: frozenset[str]     # kept as a termtuple.Terms (a tuple read as a frozenset)
    lead: frozenset[str]      # its head terms: what it says happened
    subject: frozenset[str]   # the named words before them: who acts
    pronoun: bool             # starts with a pronoun: its actor is named elsewhere
    # its text (`text`), or the number of the row on disk it is read from (`rows_kind`: what
    # ingest's feed makes while the events wait on disk as rows; ~80 bytes a small document
    # less at the grouping's peak, and more for a longer statement)
    written: str | int
    text_hash: int            # hash(text key): the key itself is read again for the few texts repeated
    claimant: str
    # the IDF weight of its terms (`_weight`): a float once read, until then the weights of its
    # batch's search (`_Weights`, one object for the batch): most statements of a large ingest
    # are never compared, and a float each was 24 bytes a small document at the grouping's peak
    weight: float | dict[str, float] = 0.0
    alias: dict[str, str] | None = None     # its document's {descriptor: acronym} (lang.en.facts.aliases)
    # what is read of its text only when it is compared, once (None: nothing yet): [the term
    # of its main verb ("" if none found), lang.en.facts.happening, happenings_said, `_figures`],
    # each None until read (`_late`). One slot, not four: most statements of a large ingest
    # are never compared (24 bytes a small document at the grouping's peak). A copy made by
    # `_aliased` or `_spelled` shares the list: its text and numbers are the original's.
    late: list | None = None
    context: frozenset[str] | None = None   # naming nothing of its own, the names its document gave last (`_referents_apart`)

    @property
    def lo(self) -> date:
        """Its first day."""
        return self.span[0]

    @property
    def hi(self) -> date:
        """Its last day."""
        return self.span[1]

    @property
    def weeks(self) -> tuple[int, ...]:
        """The weeks it is blocked on (kept once indexed: the tuple is shared, `span`)."""
        return self.span[2]

    @property
    def reported(self) -> date | None:
        """Its report's day (an undated one's: `_report_day`)."""
        return self.span[3]

    @property
    def text(self) -> str:
        """Its text (its main verb is read from it when needed: `_verb`)."""
        written = self.written
        return written if written.__class__ is str else self._text_at(written)  # type: ignore[arg-type]

    def _text_at(self, row: int) -> str:
        raise TypeError(f"statement {self.id}: its text is on disk, and no rows are given to read it from")


class _ReadLate:
    """A field of _Item that a statement read here (not by ingest's workers, `_item`) leaves
    None until it is first asked, then reads from its text with the other two (`lead`,
    `subject`, `pronoun`: `lang.en.facts.read_heads`): only statements compared need them,
    under half of a large batch's (~10% of the grouping's time read them all). The values are
    `read_text`'s; the slot is the field's own (no byte more a statement)."""

    __slots__ = ("slot",)

    def __init__(self, slot) -> None:
        self.slot = slot  # (the slot's own descriptor, which it replaces on the class)

    def __get__(self, item: _Item | None, kind: type | None = None):
        if item is None:
            return self
        value = self.slot.__get__(item, kind)
        if value is None:
            lead, subject, pronoun = en.read_heads(item.text, LEAD)
            item.lead, item.subject, item.pronoun = frozenset(lead) or _NONE, frozenset(subject) or _NONE, pronoun
            value = self.slot.__get__(item, kind)
        return value

    def __set__(self, item: _Item, value) -> None:
        self.slot.__set__(item, value)


class _ContextLate(_ReadLate):
    """`_Item.context`, an `_ActorLate` until first asked (`_give_context`), then what it gives."""

    __slots__ = ()

    def __get__(self, item: _Item | None, kind: type | None = None):
        if item is None:
            return self
        value = self.slot.__get__(item, kind)
        if value.__class__ is _ActorLate:
            value = value.context_of(item)
            self.slot.__set__(item, value)
        return value


for _field in ("lead", "subject", "pronoun"):
    setattr(_Item, _field, _ReadLate(getattr(_Item, _field)))
setattr(_Item, "context", _ContextLate(getattr(_Item, "context")))
_LATE: Any = None  # (a `_ReadLate` field not read yet)


def _weight(item: _Item) -> float:
    """The IDF weight of `item`'s terms: read from its batch's weights (`_Weights`, kept in
    `item.weight` by `_candidates`) the first time it is asked for, the same float as read
    then (the batch's weights of its terms do not change: a term added later weighs what
    it was missing as), and kept."""
    weight = item.weight
    if isinstance(weight, float):
        return weight
    item.weight = found = fsum(map(weight.__getitem__, item.terms))
    return found


def _replace(item: _Item, **changes) -> _Item:
    """`dataclasses.replace` of a statement keeping its weight as read of its own terms
    (`_weight`): a copy with other terms (`_aliased`, `_spelled`, `_read_whole`) weighs as
    the original ("its weight stays")."""
    if item.weight.__class__ is not float and "weight" not in changes:
        _weight(item)
    return replace(item, **changes)


# How many texts read back from disk a kind made by `rows_kind` keeps (the search compares one
# statement with each candidate in turn: each reads its text again and again).
TEXTS_CACHED = 1024


def rows_kind(rows: Callable[[int], tuple]) -> type[_Item]:
    """A kind of _Item whose `written` may be the number of a row of `rows` (model.FIELD_ORDER:
    ingest's events waiting on disk, spill.RowSpill.row), its text read from it when asked:
    the same text, held by no statement. The last TEXTS_CACHED read are kept."""
    at = FIELD_ORDER.index("text")

    def _text_at(self: _Item, row: int) -> str:
        return read(row)

    @functools.lru_cache(maxsize=TEXTS_CACHED)
    def read(row: int) -> str:
        return rows(row)[at]

    return type("_RowItem", (_Item,), {"__slots__": (), "_text_at": _text_at})


class _Members(dict[str, list[str]]):
    """{root: member ids} of the facts of two or more statements; a lone statement (most are)
    is its own root and not stored: reading it gives [root]."""

    def __missing__(self, root: str) -> list[str]:
        return [root]


# doc_items and by_text map a key to its one id as itself, or to a list of several: most
# documents of a large ingest, and most texts, have one statement (a list of one is 64 bytes).
_Ids = dict[Hashable, str | list[str]]


def _put(ids: _Ids, key: Hashable, value: str) -> None:
    have = ids.get(key)
    if have is None:
        ids[key] = value
    elif isinstance(have, str):
        ids[key] = [have, value]
    else:
        have.append(value)


def _ids(ids: _Ids, key: Hashable) -> Sequence[str]:
    have = ids.get(key, ())
    return (have,) if isinstance(have, str) else have


@dataclass(slots=True)
class _Twins:
    """The statements of one text key (`text_key`): they link through a representative, not
    pair by pair (`_twin_reps`). `dates`: (first, last) day -> [its smallest id, that one's
    document, the smallest id of another document or None] (a statement kept alone is no
    representative); `order`: those sorted by smallest id, None when to sort again."""

    key: str
    heading: bool
    ids: set[str]
    dates: dict[tuple[date, date], list]
    order: list | None = None


@dataclass
class FactIndex:
    """The grouping of a set of events, kept so that more events can be added (`regroup`)."""

    items: dict[str, _Item] = field(default_factory=dict)
    df: dict[str, int] = field(default_factory=lambda: defaultdict(int))       # term -> documents
    # doc -> its terms, for a document of several statements; a document of one statement
    # (most of a large ingest's) has none here: its terms are its statement's (`_doc_terms`;
    # an entry each was ~40 bytes a small document at the grouping's peak)
    doc_terms: dict[str, set[str] | frozenset[str]] = field(default_factory=dict)
    doc_items: _Ids = field(default_factory=dict)                          # doc -> ids (_ids)
    rare: dict[str, list[str] | str] = field(default_factory=dict)         # term -> ids, at any date (one: the id)
    weekly: dict[str, dict[int, list[str]]] = field(default_factory=dict)  # term -> week -> ids
    by_text: _Ids = field(default_factory=dict)                            # text hash -> ids (_ids)
    parent: dict[str, str] = field(default_factory=dict)                   # union-find: non-roots only
    members: _Members = field(default_factory=_Members)                    # root -> ids
    evidence: dict[str, list[Evidence]] = field(default_factory=lambda: defaultdict(list))  # root -> links
    alone: set[str] = field(default_factory=set)
    apart: set[frozenset[str]] = field(default_factory=set)
    links: list[tuple[str, ...]] = field(default_factory=list)
    scores: dict[tuple[str, str], float] = field(default_factory=dict)     # (a, b) a < b -> score >= WEAK
    compared: int = 0  # pairs of statements compared: what grouping time grows with
    # statements of one text key (of several statements), made as the search meets them:
    # text hash -> [groups of one key] (`_twins`), and id -> its group
    twins: dict[int, list[_Twins]] = field(default_factory=dict, repr=False, compare=False)
    twin_of: dict[str, _Twins] = field(default_factory=dict, repr=False, compare=False)
    # (first, last) day a fact of several statements allows: kept as facts merge (`_union`)
    bounds: dict[str, tuple[date, date]] = field(default_factory=dict, repr=False, compare=False)
    # id -> the statement read whole, for the few whose "X came after Y" `read` cut to X's words
    # (lang.en.facts.came_cut): blocked on all their words, compared whole with near-copies
    # (`_came_copies`)
    whole: dict[str, _Item] = field(default_factory=dict, repr=False, compare=False)
    # wire_groups() as of (item count): asked once per fact, it reads every text; items are
    # only ever added (_add), so the count says when it is stale
    _wire: tuple[int, dict[str, str]] | None = field(default=None, repr=False, compare=False)

    # ------------------------------------------------------------------ reading

    def _root(self, x: str) -> str:
        parent = self.parent
        while (up := parent.get(x)) is not None:
            top = parent.get(up)
            if top is None:
                return up
            parent[x] = top  # (path halving)
            x = top
        return x

    @property
    def fact_of(self) -> dict[str, str]:
        """{event id: fact id} for every event indexed (a lone statement is a fact of one)."""
        names = {root: fact_id(ids) for root, ids in self.members.items()}
        root = self._root
        return {i: names.get(r) or fact_id((r,)) for i in self.items for r in (root(i),)}

    def facts(self) -> dict[str, list[str]]:
        """{fact id: member ids, sorted}, in the order their roots were added."""
        members, parent = self.members, self.parent
        return {fact_id(ids): sorted(ids) for i in self.items if i not in parent for ids in (members[i],)}

    def groups(self) -> dict[str, list[str]]:
        """facts() of two or more statements only, in the same order: without a name and a
        list made for each lone statement first (most are: 100,000 small documents' were
        17 MiB at the peak of an ingest, only to be dropped)."""
        members, parent = self.members, self.parent
        return {fact_id(ids): sorted(ids) for i in self.items
                if i not in parent and (ids := dict.get(members, i)) is not None and len(ids) > 1}

    def _root_of_fact(self, fid: str) -> str:
        member = fid[len(FACT_PREFIX):]
        if member not in self.items or fact_id(self.members[self._root(member)]) != fid:
            raise KeyError(fid)
        return self._root(member)

    def explain(self, fid: str) -> list[Evidence]:
        """The links that made fact `fid`, in the order they were made (KeyError if unknown)."""
        return list(self.evidence.get(self._root_of_fact(fid), ()))

    def sources(self, fid: str, wire: dict[str, str] | None = None) -> int:
        """Independent sources of fact `fid`: its documents, a re-published wire story once.
        `wire`: wire_groups() already read (it reads every statement: once for many facts)."""
        ids = self.members[self._root_of_fact(fid)]
        if wire is None:
            wire = self.wire_groups()
        return len({wire.get(self.items[i].doc, self.items[i].doc) for i in ids})

    def wire_groups(self) -> dict[str, str]:
        """{source: the first source of its wire story} for sources that re-publish another's
        text: REPUBLISHED or more of the smaller one's statements verbatim in the other."""
        if self._wire is None or self._wire[0] != len(self.items):
            self._wire = (len(self.items), self._wire_groups())
        return self._wire[1]

    def _wire_groups(self) -> dict[str, str]:
        # Two sources are one wire story when they share n texts, n >= 2 and n >= REPUBLISHED
        # of the smaller one's statements; each story maps to its smallest source. Not pair by
        # pair over the sources of each text (10,000 pages sharing a footer are 50 million
        # pairs): the smaller source `a` needs `need` of its repeated texts in the other, so
        # the other holds one of its `len - need + 1` rarest (prefix filtering), and a source
        # whose repeated texts are fewer than `need` (a page sharing only its footer) has none.
        holders: list[list[str]] = []  # text number -> its sources (two or more)
        for ids in self.by_text.values():
            if isinstance(ids, str):
                continue  # a text of one statement
            texts: dict[str, set[str]] = defaultdict(set)  # (texts of one hash: the same text, but for a clash)
            for i in ids:
                texts[verbatim_key(self.items[i].text)].add(self.items[i].doc)
            holders += (sorted(docs) for docs in texts.values() if len(docs) > 1)
        repeated: dict[str, list[int]] = defaultdict(list)  # source -> its texts of several sources
        for n, docs in enumerate(holders):
            for d in docs:
                repeated[d].append(n)
        # (a source's statement count from `doc_items`, read for the few sources of repeated
        # texts only: a table of every source's count was ~50 bytes a small document at the
        # grouping's peak, its last step)
        doc_items = self.doc_items
        size = {d: 1 if isinstance(ids, str) else len(ids) for d in repeated for ids in (doc_items[d],)}
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while (up := parent.get(x, x)) != x:
                parent[x] = parent.get(up, up)  # (path halving: a root stays the smallest source)
                x = up
            return x

        joined: set[int] = set()  # texts whose sources are all one story already: no pair to find
        for a in sorted(repeated):
            own = repeated[a]
            limit = REPUBLISHED * size[a]
            need = max(2, math.ceil(limit))
            if need - 1 >= limit and need > 2:
                need -= 1  # (the smallest n with n >= limit, as compared below)
            if len(own) < need:
                continue
            have = set(own)
            rarest = [n for n in sorted(own, key=lambda n: (len(holders[n]), n))[:len(own) - need + 1]
                      if n not in joined]  # (k copies of one story: each text's sources read once)
            for b in sorted({b for n in rarest for b in holders[n]}):
                if (size[b], b) <= (size[a], a):
                    continue  # (each pair from its smaller source: `need` is that one's)
                ra, rb = root(a), root(b)
                if ra == rb:
                    continue
                n = len(have.intersection(repeated[b]))
                if n >= REPUBLISHED * min(size[a], size[b]) and n >= 2:
                    parent[max(ra, rb)] = min(ra, rb)
            for n in rarest:
                first = root(holders[n][0])
                if all(root(d) == first for d in holders[n]):
                    joined.add(n)
        return {d: root(d) for d in parent}


# ---------------------------------------------------------------------- building


def _weeks(lo: date, hi: date, reported: date | None, open_start: bool) -> tuple[int, ...]:
    if (hi - lo).days > WIDE_DAYS:
        anchor = hi if open_start and hi != date.max else reported
        if anchor is None or not (lo <= anchor <= hi):
            return ()
        return tuple(range((anchor.toordinal() - WINDOW_DAYS) // 7, anchor.toordinal() // 7 + 1))
    return tuple(range(lo.toordinal() // 7, hi.toordinal() // 7 + 1))


# What grouping reads of a statement's text: (terms, head terms, subject, starts with a
# pronoun, the text's key for "same text"). The costly part of indexing a statement, and it
# depends on the text alone: an ingest worker reads it beside the parse (ingest.py) and the
# parent's grouping takes it (`read=` of build and regroup) instead of reading it again.
TextRead = tuple[frozenset[str], frozenset[str], frozenset[str], bool, str]


def read_text(text: str) -> TextRead:
    words, lead, subject, pronoun = en.read(text, LEAD)
    return frozenset(words), frozenset(lead), frozenset(subject), pronoun, text_key(text)


def text_key(text: str) -> str:
    """What two statements with "the same text" share: a quote's own words without its speech
    tag (`lang.en.facts.quote_words`: one quote re-published, dev12)."""
    return verbatim_key(en.quote_words(text))


def verbatim_key(text: str) -> str:
    """The text itself, for the verbatim copies of a wire story (`FactIndex.wire_groups`: a
    report quoting another's speaker with its own speech tag is no copy of it)."""
    return normalise_text(en.without_links(text)).lower()


# A statement looks for its representative among this many dates of its text (`_twin_reps`).
MAX_TWIN_DATES = 64


def _twins(index: FactIndex, item: _Item) -> _Twins | None:
    """The statements of `item`'s text key, when another statement has its text hash; the
    groups of a hash are brought up to date with its statements first (each read once)."""
    bucket = index.by_text.get(item.text_hash)
    if bucket is None or isinstance(bucket, str):
        return None
    groups = index.twins.setdefault(item.text_hash, [])
    seen = sum(len(g.ids) for g in groups)
    if seen < len(bucket):
        items, alone = index.items, index.alone
        for i in bucket[seen:]:
            other = items[i]
            key = text_key(other.text)
            group = next((g for g in groups if g.key == key), None)
            if group is None:
                group = _Twins(key, en.is_heading(other.text), set(), {})
                groups.append(group)
            group.ids.add(i)
            index.twin_of[i] = group
            if i in alone:
                continue  # never merged: no representative
            span = (other.lo, other.hi)
            have = group.dates.get(span)
            if have is None:
                group.dates[span] = [i, other.doc, None]
                group.order = None
            elif i < have[0]:
                have[2] = have[0] if other.doc != have[1] else have[2]
                have[0], have[1] = i, other.doc
                group.order = None
            elif other.doc != have[1] and (have[2] is None or i < have[2]):
                have[2] = i
    return index.twin_of.get(item.id)


def _twin_reps(item: _Item, group: _Twins) -> tuple[str, ...]:
    """The statements of its text that `item` is compared with (and links to as "same
    text"): the smallest id of another document on the same dates, and the smallest id of
    another document whose dates overlap its own (looked for among MAX_TWIN_DATES dates, the
    smallest ids first). k copies of one text are k links, not k * k: linked in order of their
    ids, all copies whose dates share a day join the smallest one's fact, as they did when
    every pair was linked."""
    doc, lo, hi = item.doc, item.lo, item.hi
    reps = []
    own = group.dates.get((lo, hi))
    if own is not None:
        r = own[0] if own[1] != doc else own[2]
        if r is not None:
            reps.append(r)
    if group.order is None:
        group.order = sorted(group.dates.items(), key=lambda kv: kv[1][0])
    best = None
    for (first, last), have in islice(group.order, MAX_TWIN_DATES):
        if best is not None and have[0] > best:
            break
        if first <= hi and lo <= last:
            o = have[0] if have[1] != doc else have[2]
            if o is not None and (best is None or o < best):
                best = o
    if best is not None and best not in reps:
        reps.append(best)
    return tuple(reps)


def _item(event: Event, read: dict[str, TextRead] | None,
          dated: dict[tuple[str, date | None], tuple[date, date, tuple[int, ...], date | None]],
          claimants: dict[str, str], kind: type[_Item] = _Item, row: int = -1) -> _Item:
    """The statement as grouping reads it. `dated` and `claimants`: what a batch's events
    repeat (dates and report dates, claimant names), read once. `kind` and `row`: a kind made
    by `rows_kind` and the number of the row holding `event` there, its text read from it."""
    when = _dates(event, dated)
    claimant = _claimant(event, claimants)
    found = read.get(event.text) if read else None
    if found:
        terms, lead, subject, pronoun, key = found
        lead, subject = lead or _NONE, subject or _NONE
    else:  # (its head terms, subject and pronoun are read if it is compared: `_ReadLate`)
        terms, lead, subject, pronoun = Terms.of(frozenset(en.read_terms(event.text))), _LATE, _LATE, _LATE
        key = text_key(event.text)
    # (an empty frozenset is 216 bytes and not shared: most statements name no subject;
    # terms read here are kept as a tuple read as a set, termtuple.Terms: 96 bytes where 472
    # for 7; a caller's reads, `read`, are shared as given: the feed's are Terms already)
    return kind(event.id, event.source or "\x00" + event.id, when, terms, lead, subject,
                pronoun, event.text if row < 0 else row, hash(key), claimant)


def _dates(event: Event, dated: dict[tuple[str, date | None], tuple[date, date, tuple[int, ...], date | None]]
           ) -> tuple[date, date, tuple[int, ...], date | None]:
    """(first day, last day, weeks it is blocked on, report's day) of `event` as the grouping
    reads it: `_Item.span`, one tuple for the events of one date and report date."""
    when = dated.get((event.when, event.reported))
    if when is None:
        w = parse_when(event.when)
        when = dated[(event.when, event.reported)] = (
            w.earliest, w.latest, _weeks(w.earliest, w.latest, event.reported, w.open_start), event.reported)
    return when


def _claimant(event: Event, claimants: dict[str, str]) -> str:
    """The key of `event`'s claimant as the grouping compares it ("" for none)."""
    if not event.by:
        return ""
    return claimants.get(event.by) or claimants.setdefault(event.by, claimant_key(event.by))


def reads_as(item: _Item, event: Event, dated: dict[tuple[str, date | None], tuple[date, date, tuple[int, ...], date | None]],
             claimants: dict[str, str]) -> bool:
    """Whether `_item(event)` would be `item` (prepared before it is indexed, or after:
    its `span`): the same id, text (so the same terms), document, dates, report date and
    claimant key. The grouping of `event` is then the same with `item` as without it."""
    return (item.id == event.id and item.text == event.text and item.reported == event.reported
            and item.doc == (event.source or "\x00" + event.id)
            and item.span == _dates(event, dated)
            and item.claimant == _claimant(event, claimants))


_NONE: frozenset[str] = frozenset()


def _idf(index: FactIndex, term: str, n_docs: int) -> float:
    return math.log(1 + n_docs / max(1, index.df.get(term, 0)))


def _score(a: _Item, b: _Item, weight: dict[str, float], rare: float = 0.0,
           bar: float = THRESHOLD, read_late: bool = False) -> tuple[float, tuple[str, ...], str]:
    """IDF-weighted Dice of the two statements' terms, and the shared terms rarest first; 0
    unless they share MIN_SHARED terms, their head terms meet (see _heads_meet), and neither
    names an acting subject the other does not mention. An amount counts as shared only when
    something else agrees (`_amount_agrees`; `rare`: the weight of a term of RARE_DF documents).
    The third value says how a link was made: "" (its terms), "verb" (`_same_verb`), or the id
    of the statement whose coordinated clause made it (`_clause_link`). `bar`: the score a
    link needs (THRESHOLD; lower for two statements of one precise day, `_one_day_link`).
    `read_late` (the candidate search's): the refusals that read the texts (`_read_apart`,
    `_told_as_reports_apart`) are asked only of a pair that would link; a pair that links on
    nothing is returned with its Dice (or 0) whatever they say, where they could have made it
    0: the search keeps no link under the bar but by `_one_day_link`, whose `_score` asks them
    all (most pairs compared link on nothing: speed20)."""
    if _undated(a, b) and abs((_report_day(a) - _report_day(b)).days) > REPORTS_APART:
        return 0.0, (), ""  # undated, reported a year apart: two of a kind (a market's close, the yearly hajj)
    if a.alias is not None or b.alias is not None:
        a, b = _aliased(a, b), _aliased(b, a)
    if SPELLED:
        a, b = _spelled(b, a), _spelled(a, b)
    if DESCRIBED_LEADER:
        a, b = _described(b, a), _described(a, b)
    shared = a.terms & b.terms
    if _below_any_link(a, b, shared, weight, bar):
        return 0.0, (), ""  # (what follows only takes terms away: no link, nor a weak one, can come of it)
    if en.FRONT_SOURCE and (source := en.source_terms(a.text) | en.source_terms(b.text)):
        shared = shared - source  # (who tells it, "According to ...,": not what happened; session 14, dev11)
    if en.QUOTE_SOURCE and (tags := en.tag_terms(a.text) | en.tag_terms(b.text)):
        shared = shared - tags  # (who speaks, '..., the investigator said.': not what happened; session 15, prec8)
    if en.NAME_PIECES and not a.terms.isdisjoint(en.BODY_WORDS) and not b.terms.isdisjoint(en.BODY_WORDS) and (
            pieces := en.name_pieces(a.text, b.text, shared)):
        shared = shared - pieces  # (pieces of two bodies' names: "Movement for Democratic Change" / "Democratic Party"; prec16)
    amounts = [t for t in shared if t[0] == "#" and _amount(t)]
    if amounts and not _amount_agrees(a, b, shared, weight, rare):
        shared = shared.difference(amounts)
    # a statement with no start of its own ("../2020-01-10": undated, dated only by its report)
    # overlaps any earlier date, so the dates confirm nothing: one more shared term is asked,
    # of two undated statements and of an undated one with a dated one ("Forming a sting jet" /
    # "The UK was hit with a sting jet during the great storm of 1987")
    far = _far_before(a, b) or _far_before(b, a) or _far_after(a, b) or _far_after(b, a)
    undated = _undated(a, b) or far
    if len(shared) - (HOUR_ONCE and en.hour_repeats(shared)) < MIN_SHARED + undated:
        return 0.0, (), ""  # (the MIN_SHARED refusal, cheap: asked before the costly ones; speed15)
    if (a.hi != b.hi or _reports_of_other_days(a, b)) and _other_figures(a, b):
        return 0.0, (), ""  # another day's figures: "TecDAX lost 0.65 percent to 706.71" / "was down 0.29 percent"
    if en.is_fragment(a.text) or en.is_fragment(b.text):
        return 0.0, (), ""  # the tail of a sentence links on its same text only (prec5)
    if _other_counts(a, b) or _kinds_of_one_day(a, b, shared):
        return 0.0, (), ""  # other reports' counts, or one day's figures of other things (prec5)
    if NO_HAPPENING and _told_no_happening(a, b):
        return 0.0, (), ""  # "Then run the pip install ..." / "pip install ... works as expected" (webprec)
    # (after the refusals above, which read no heads: each only returns 0, so the order of them
    # changes no score, and the pairs they refuse no longer pay each statement's first
    # `read_heads`, the actor's reading; speed21)
    if _other_actor(a, b) or _other_actor(b, a):
        return 0.0, (), ""
    # (the MIN_SHARED and actor refusal was asked again after the first readers: `shared` and both
    # statements were as they were above, so it never refused there; speed20)
    if not read_late and _read_apart(a, b, shared, weight, rare):
        return 0.0, (), ""
    common = fsum(map(weight.__getitem__, shared))
    ranked = tuple(sorted(shared, key=lambda t: (-weight[t], t)))
    dice = 2 * common / (_weight(a) + _weight(b))
    if not read_late and _told_as_reports_apart(a, b, dice):
        return 0.0, (), ""
    # (a statement dated long before an undated one's report links on its words alone, `far`:
    # "../2009" allows 1918 but says nothing of it; a history page's "the armies began to
    # withdraw" and another war's dated retreat share a verb and a name by chance)
    contained = (not far and dice < bar and len(shared) >= CONTAIN_SHARED
                 and common >= CONTAIN * min(_weight(a), _weight(b)))
    # two statements saying one happening and naming the same actors link as strongly as the
    # threshold, whatever their other words and their head terms
    happening = (not far and dice < bar and dice >= HAPPENING_DICE and len(shared) > MIN_SHARED + undated
                 and _same_happening(a, b, shared))
    # (or one happening and its consequence, each told as the main act of one and aside in the
    # other: "Iran resumed uranium conversion ..., a move scuttling nuclear negotiations" / "EU-Iran
    # talks collapsed in August when Tehran ended its suspension of uranium conversion": xrecall3)
    crossed = (not far and dice >= HAPPENING_DICE and len(shared) > MIN_SHARED + undated and _acts_crossed(a, b))
    # (or one act on one named person, the main clause of one and aside in the other: "... was
    # highlighted in September by the Shanghai scandal, ..., which brought down Chen Liangyu" / "The
    # biggest political corruption scandal ... brought down ... Chen Liangyu in late September")
    crossed = crossed or (not far and not happening and dice >= HAPPENING_DICE and len(shared) > MIN_SHARED + undated
                          and (_patient_aside(a, b) or _patient_aside(b, a)))
    happening = happening or crossed
    if dice < bar and not contained and not happening and (dice < WEAK or len(shared) < min(WEAK_SHARED, DAY_SHARED)):
        # a coordinated clause with a subject of its own says its happening as a statement
        # would ("..., but Russia has repeatedly denied that it had any involvement" / "Russia
        # has strongly denied any role"): it links as strongly as the threshold on its own words
        if not far and dice >= HAPPENING_DICE and (by := _clause_links(a, b, shared, weight, undated)):
            if read_late and _refused_late(a, b, shared, weight, rare, dice):
                return 0.0, (), ""
            return THRESHOLD, ranked, by
        return dice, ranked, ""  # no link either way: the happenings need not be read
    # heads apart, but most words shared, both dated and one main verb: a link on the verb
    verb = not happening and not _heads_meet(a, b) and not (
        common >= RESTATED * max(_weight(a), _weight(b)) and _restated(a, b, far))
    if verb and not (dice >= bar and not _no_date(a) and not _no_date(b) and _same_verb(a, b)) and not (
            INSIDE_SAID and not far and dice >= bar and len(shared) >= CONTAIN_SHARED
            and common >= CONTAIN * min(_weight(a), _weight(b)) and _inside_said(a, b)
            and not (DEFINITE_CONTEXT and _referents_apart(a, b))):
        # (or a coordinated clause's heads meet the other's: "Kopp vanished after the shooting,
        # and the car was found abandoned at the Newark, N.J., airport" / "Kopp's car was
        # discovered at Newark, N.J., International Airport")
        if not far and not contained and (by := _clause_links(a, b, shared, weight, undated)):
            if read_late and _refused_late(a, b, shared, weight, rare, dice):
                return 0.0, (), ""
            return THRESHOLD, ranked, by
        return 0.0, (), ""
    if read_late and _refused_late(a, b, shared, weight, rare, dice):
        return 0.0, (), ""  # (asked late: a pair that may link from here)
    # (a link on the one main verb has read the happenings already: "After Pinochet lost a 1988
    # referendum ..., he handed over power" is dated by its loss, the verb both share)
    if dice < SAME_WORDS and not happening and not verb and (_other_happening(a, b) or _names_only(a, b, shared)):
        return 0.0, (), ""
    if THAT_ASIDE and dice < SAME_WORDS and not happening and not verb and (_that_aside(a, b) or _that_aside(b, a)):
        return 0.0, (), ""  # "developed symptoms ... after eating a chicken that died of bird flu" / "The boy's sister died" (prec10)
    if ACTS_APART and not happening and not verb and _acts_apart(a, b):
        return 0.0, (), ""  # "Gujral on Sunday staked claim to form ..." / "Gujral on Sunday said he would improve ..." (prec7)
    if NAMES_HAPPENINGS and not happening and not verb and _other_happening(a, b) and (
            shared <= en.capitalised_terms(a.text) | en.capitalised_terms(b.text)):
        # only names shared and other happenings, whatever the score the names' weight gives:
        # "Iraqi Prime Minister Nuri al-Maliki has already said that Saddam may be hanged" / "A
        # summit between U.S. President George W. Bush and Iraqi Prime Minister Nuri al-Maliki
        # was put off" (prec6)
        return 0.0, (), ""
    if NAMES_TITLES and not happening and not verb and _names_titles_only(a, b, shared):
        return 0.0, (), ""  # "joined by former New Jersey Gov. Chris Christie" / "former ... Christie ... receded" (webprec)
    if not happening and not verb and _names_state_act(a, b, shared):
        return 0.0, (), ""  # (whatever the score: the names' weight is the story's)
    # (whatever the words shared: the other's happening named only as the setting of one's own
    # act, or in passing, is not reported: "One of the two was first led into a building next
    # to the Japanese ambassador's residence in the assault" / "Peruvian troops stormed the
    # Japanese ambassador's residence")
    if not happening and not verb and (_in_setting(a, b) or _in_setting(b, a)):
        return 0.0, (), ""
    if PASSING_NAMES and not happening and not verb and (_passing_names(a, b, shared) or _passing_names(b, a, shared)):
        return 0.0, (), ""  # "Song came from Wantang Village ... where a bird flu outbreak was reported" / the outbreak (prec9)
    # two undated statements sharing no more terms than they must, one's happening not in the
    # other: their dates confirm nothing and their words agree on little ("some of the rebels
    # ... fired back at the troops, killing one soldier" / "All 14 rebels, two soldiers and one
    # hostage died during the assault")
    if not happening and not verb and _undated(a, b) and len(shared) <= MIN_SHARED + 1 and (
            _one_sided(a, b) or _one_sided(b, a)):
        return 0.0, (), ""
    # (whatever the words shared: a state is not the happening the other says)
    if not happening and not verb and (_state_against(a, b) or _state_against(b, a)):
        return 0.0, (), ""
    # a short restatement wholly inside a longer report of it links as strongly as the threshold;
    # so does a weak link of two statements dated the same one precise day
    same_day = len(shared) >= DAY_SHARED and _one_day_said(a, b)
    return (max(dice, bar) if crossed else bar if contained or same_day or happening or verb else dice), ranked, \
        "verb" if verb else ""


def _read_apart(a: _Item, b: _Item, shared: frozenset[str], weight: dict[str, float], rare: float) -> bool:
    """The refusals of `_score` that read the two texts (the pack's readers: asides, phases,
    counts, places, instances ...), each alone enough: one happening is not told by both. Asked
    after the cheap refusals on terms and figures; by the candidate search only for a pair that
    could link (`_score`'s `read_late`)."""
    if CUMULATIVE_APART and _cumulative_apart(a, b):
        return True  # "at least 9,061 people have been killed in Gaza since Israel launched its assault" / one strike's (webprec)
    if SINCE_START_APART and (_since_start_apart(a, b) or _since_start_apart(b, a)):
        return True  # "has been the focus of a custody battle since he was found ... on Nov. 25" / "was found ... Nov. 25" (prec20)
    if HAPPENING_ASIDE and (_happening_aside(a, b) or _happening_aside(b, a)):
        return True  # "the Biden campaign used the occasion of Trump's rally ..." / "Trump held a rally" (webprec)
    if _headline_apart(a, b) or _headline_apart(b, a):
        return True  # "Raising public awareness of bird flu ...: WHO expert" / "WHO experts said (8 days before) that ..." (prec23)
    if VERB_IN_PASSING and (_verb_in_passing(a, b) or _verb_in_passing(b, a)):
        return True  # "the boy's sister, who ... died on Oct. 17, was reported as a suspected case" / "The boy's sister died ..." (prec23)
    if OTHER_FORECASTS and _other_forecasts(a, b):
        return True  # two polls' seats "after the March 28 election", five days apart (dev17)
    if CASES_APART and _other_case_counts(a, b):
        return True  # "the ministry said three human cases had been confirmed" / "confirmed two human ... cases" (prec10)
    if PHASES_APART and _phases_apart(a, b):
        return True
    if REFUSAL_APART and (_refusal_apart(a, b) or _refusal_apart(b, a)):
        # "The ruling Islamists have refused to ... recognise Israel" / "..., demanding that they ... recognise Israel";
        # "Iran in February stopped allowing ... UN access" / "it has still been allowing ... UN inspections" (prec17)
        return True
    if NAMING_APART and _naming_apart(a, b):
        return True  # "The dead women were named as Gemma Adams ..." / "An inquest opened into the deaths of Gemma Adams ..." (prec15)
    if QUOTES_APART and _quotes_apart(a, b):
        return True  # "\"A victory would mean a lot for us\"" / "\"The Asian Games mean a lot to me\"" (prec14)
    if FLAT_APART and _flat_apart(a, b):
        return True  # "the consumer price index was flat in November" / "The core index ... was up 1.3 percent" (prec14)
    if TOTALS_APART and _other_totals(a, b):
        return True  # "bringing the number of US fatalities ... since the 2003 invasion to 2,946" / "... to 2,944", a day before (prec14)
    if OTHER_AMOUNTS and _other_amounts(a, b):
        return True  # "a reward of up to 2 million U.S. dollars" / "up to $5 million", months apart (prec8)
    if SCOPE_COUNTS and _other_scope_counts(a, b):
        return True  # "Three U.S. soldiers ... have been killed" / "four more soldiers ... were killed" (prec6)
    if OTHER_INCIDENT and _other_incident(a, b):
        return True  # "In another tragedy, 32 miners were killed" / "Six people were killed" (prec6)
    if _other_instance(a, b):
        # "Getafe v Racing Santander" (a listing: no happening told); "Shortly afterwards another car
        # bomb killed four ... in the Hadba neighbourhood" / "Five ... in the Zuhur neighbourhood";
        # "told a news conference on Sunday, four days after the raid, ..." / "Four ... late Sunday" (prec18)
        return True
    if TALLY_APART and (_tally_apart(a, b) or _tally_apart(b, a)):
        return True  # "So far, China has reported three confirmed human cases" / "confirmed two ... Wednesday" (tally)
    if RESULTS_APART and en.results_apart(a.text, b.text):
        return True  # "Japan won the men's team soft tennis gold" / "Japan's ... won the women's 200m backstroke gold" (prec12)
    if en.GENERIC_PRESENT and (_generic(a) and _said(b) or _generic(b) and _said(a)):
        return True  # "Unsafe small coal mines account for two-thirds of the total fatalities" / a day's accident (dev13)
    if STATES_APART and _states_apart(a, b):
        return True  # "Khost ... has been a hotbed of Taliban" / "Paktika has been a hotbed of Taliban" (prec6)
    if PLACES_APART and _places_apart(a, b, shared, weight, rare):
        return True  # one report of other places: "German stocks opened higher" / "Tokyo stocks ..." (prec6)
    if LOCATED_APART and _located_apart(a, b):
        return True  # "Supporters of Hamas and Fatah clashed Sunday in Gaza" / "Police shot dead two men in Nairobi on Sunday" (prec15)
    if _apart_on_few_words(a, b, shared):
        return True
    if STANDING and (_standing_claim(a, b) or _standing_claim(b, a)):
        return True
    if _other_object(a, b):
        return True  # one verb, two objects: two acts ("ruled that the audio feed be cut" / "ruled a break")
    if _reported_only(a, b, shared) or _reported_only(b, a, shared):
        return True  # one knows the other's happening from reports only ("He spoke after reports of a victory")
    if OTHER_REACTION and _other_reaction(a, b):
        return True  # "Iraq condemned ... the bombings" / "Al-Qaida ... claimed responsibility for the bombings" (dev11)
    if MEETINGS_APART and _meetings_apart(a, b):
        return True  # "expected to meet with ... Albright" / "also met with John Shattuck" (prec7)
    if COMMENTARY_APART and _commentary_apart(a, b):
        return True  # "The vote ... marks a new beginning following ..." / "Iraq goes to the polls on Thursday" (prec13)
    return False


def _told_as_reports_apart(a: _Item, b: _Item, dice: float) -> bool:
    """The refusals of `_score` that read the two as reports (a template told twice, other
    referents, a pronoun or a reaction told later), asked once their Dice is known; by the
    candidate search only for a pair that could link, as `_read_apart`."""
    if OTHER_REPORTS and _template_reports(a, b):
        return True  # "The Ministry of Agriculture has sent a team of experts to help contain the disease" x 2 (prec10)
    if DEFINITE_CONTEXT and dice < SAME_WORDS and _referents_apart(a, b):
        return True  # "It added the mine's production permit ... expired" (Luweitan's) / Nanshan's licence (prec9)
    if PRONOUN_LATER and dice < SAME_WORDS and (_pronoun_later(a, b) or _pronoun_later(b, a)):
        return True  # "He reiterated that ..." nine days after "Bashir reiterated on Sunday ..." (prec6)
    # "It strongly condemns the attacks" five days after "The Cypriot government ... condemned" (prec8)
    return REACTION_LATER and (_reaction_later(a, b) or _reaction_later(b, a))


def _refused_late(a: _Item, b: _Item, shared: frozenset[str], weight: dict[str, float], rare: float,
                  dice: float) -> bool:
    """The refusals the candidate search asks late (`_score`'s `read_late`): `_read_apart` and
    `_told_as_reports_apart`."""
    return _read_apart(a, b, shared, weight, rare) or _told_as_reports_apart(a, b, dice)


def _below_any_link(a: _Item, b: _Item, shared: frozenset[str], weight: dict[str, float], bar: float) -> bool:
    """Whether `_score` of `a` and `b` cannot come to anything its callers keep, read before
    any check: every later check only refuses or takes shared terms away, and every link,
    weak or one day's, needs the Dice of the shared terms at HAPPENING_DICE, DAY_DICE, WEAK or
    `bar` (whichever is lowest), or one's weight CONTAIN inside the other's. Most pairs met
    share a word or two of a long statement: they are let go here (speed15)."""
    try:
        common = fsum(map(weight.__getitem__, shared))
    except KeyError:
        return False
    wa, wb = _weight(a), _weight(b)
    if common >= CONTAIN * min(wa, wb) or wa + wb <= 0:
        return False
    return 2 * common / (wa + wb) < min(HAPPENING_DICE, DAY_DICE, WEAK, bar, THRESHOLD)


def _read_whole(item: _Item) -> _Item:
    """`item` with all its words read (`lang.en.facts.read`, whole): the reference clause of
    its "X came after Y" too (`FactIndex.whole`)."""
    words, lead, subject, pronoun = en.read(item.text, LEAD, whole=True)
    return _replace(item, terms=Terms.of(frozenset(words)), lead=frozenset(lead) or _NONE,
                   subject=frozenset(subject) or _NONE, pronoun=pronoun)


def _searched_terms(whole: dict[str, _Item], item: _Item) -> frozenset[str]:
    """The terms `item` is indexed and searched on: all its words when its "came after" was cut
    (`FactIndex.whole`), else its own."""
    return whole.get(item.id, item).terms if whole else item.terms


def _came_copies(index: FactIndex, a: _Item, b: _Item, weight: dict[str, float], n_docs: int) -> tuple[_Item, _Item]:
    """The two statements as they are compared, one of them cut to the X of its "X came (a
    span) after Y" (`lang.en.facts.CAME_REFERENCE`): read whole when they are near-copies of
    one sentence, each holding CAME_COPY of the other's terms, Y's words read ("The comments
    came before a meeting in Rome of the countries which will supply the force's troops ..."
    / "Their comments came before a meeting in Rome ...", two versions of one wire story; "The
    decision came after ..." / "The decision comes after ...", a day later); they link as any
    two statements do, on all their words. Otherwise as read: two statements dated by one
    reference told in other words are not one happening on Y's words ("The move came one day
    after the Boston Red Sox ... signed Japanese pitcher Daisuke Matsuzaka" / "The move comes
    less than two weeks after New York's American League East rivals Boston signed Daisuke
    Matsuzaka": two teams' moves, sharing a third of their words), nor one sentence with
    another name on each side ("... after the Red Sox signed Daisuke Matsuzaka" / "... signed
    Kei Igawa": another reference, so another X)."""
    whole = index.whole
    wa, wb = whole.get(a.id, a), whole.get(b.id, b)
    shared = len(wa.terms & wb.terms)
    if not shared or shared < CAME_COPY * max(len(wa.terms), len(wb.terms)):
        return a, b
    if CAME_NAMES and (wa.terms - wb.terms) & en.capitalised_terms(a.text) and (
            wb.terms - wa.terms) & en.capitalised_terms(b.text):
        return a, b
    for read in (wa, wb):
        for t in read.terms:
            if t not in weight:
                weight[t] = _idf(index, t, n_docs)
        if read is not a and read is not b and not _weight(read):
            read.weight = fsum(map(weight.__getitem__, read.terms))
    return wa, wb


def _restated(a: _Item, b: _Item, far: bool) -> bool:
    """(When the shared terms hold `RESTATED` of the heavier statement's term weight: each
    statement is most of the other.) One sentence told again: an aside or a relative clause
    moved the head terms, not the content ("Bin Laden is accused of masterminding the attack,
    and is on the FBI's 10 Most Wanted List" / "Bin Laden, who is accused of masterminding the
    attack, is on the FBI's 10 Most Wanted List"): their heads need not meet. Below it the heads
    decide ("White heads a team that is investigating ... the bombings which killed 224
    people" shares most of its words with a report of the bombings and is not one; a Dice of
    0.5 joined it). Not when one denies what the other says ("Kopp is not accused of the
    shooting, and is on ..." / "Kopp, who is accused of the shooting, is on ...":
    `lang.en.facts.negated`), nor for a statement dated long before the other's report (`far`:
    its words alone link it). Every other check still applies (another actor, counts, figures,
    places, objects, another happening's names)."""
    return RESTATED <= 1 and not far and en.negated(a.text) == en.negated(b.text)


def _inside_said(a: _Item, b: _Item) -> bool:
    """(When the two reach the bar and the lighter statement's terms are CONTAIN of its weight
    inside the other's.) The lighter's main verb is one the longer statement says, as its main verb or a
    coordinated one (`lang.en.facts.happenings_said`), and neither denies what the other says:
    the long sentence tells the short one's happening among its own words, and its head terms
    are its frame's ("The rifle was discovered April 8 buried one foot below the ground, about
    200 feet behind Slepian's house" / "But on April 8, investigators, wondering how the
    assailant could have emerged ..., searched the site ... and unearthed a rifle buried one
    foot below ground 200 feet behind the Slepian home"). Without the verb the short statement
    may be the long one's setting or background ("Pinochet's body lied in Santiago's Military
    School" / "A long line formed to see Pinochet's body as he lied ..."), as session 15 found
    when the head terms alone were asked. (The caller also asks that neither speak of its
    document's other names, `_referents_apart`, at any score: "Ambulances rushed to the site to
    take the injured to hospitals", after a bombing in Karachi, is not "Ambulances of the aid
    groups ... rushed to the site of the accident and started shifting the injured to local
    hospitals", after a coach fell into a river in Kashmir.)"""
    short, long = (a, b) if _weight(a) <= _weight(b) else (b, a)
    verb = _verb(short)
    if not verb or verb not in _said(long) or en.negated(a.text) != en.negated(b.text):
        return False
    # (a verb of a coordinated clause with a subject of its own, in a statement dated one day,
    # is not the statement's happening: its date is its main clause's, "Abbas called for early
    # elections ..., but Hamas rejected the move as a coup" is the call, not "Hamas rejected the
    # move, saying it was a coup"; GUIDELINES, "A statement reporting two happenings")
    return verb == _verb(long) or long.lo != long.hi or not any(
        verb in en.terms(clause) for clause in en.clauses(long.text))


def _apart_on_few_words(a: _Item, b: _Item, shared: frozenset[str]) -> bool:
    """Two undated statements reported more than REPORTS_NEAR days apart sharing no more terms
    than an undated pair must (MIN_SHARED + 1): nothing dates them together and three words meet
    by chance in text of one subject ("Check whether you already have an up to date version of
    Python installed" / "- installed Python versions still need to be managed manually", two
    months apart; "I still believe we can tackle the climate crisis" / "the only credible plan
    to tackle the climate crisis"). A state restated months later shares more ("His mother died
    in a boating accident trying to get Elian and herself to the United States" / "His mother
    and 10 others died at sea while trying to reach the United States"); so does one number
    shared ("He has used 29 aliases, Freeh said" / "The FBI says Kopp has used 29 aliases",
    seven months apart)."""
    return (_undated(a, b) and len(shared) <= MIN_SHARED + 1
            and abs((_report_day(a) - _report_day(b)).days) > REPORTS_NEAR and not any(t[0] == "#" for t in shared))


def _standing_claim(a: _Item, b: _Item) -> bool:
    """`a` is what a side of a dispute says now (claimants named as a side, `lang.en.facts.is_side`,
    with a present "say", "maintain", "argue": a standing claim, `lang.en.facts.claims_now`)
    and `b` is claimed by no one: the claim is
    the claimants' act, not the happening it tells ("Cuban exiles in Miami say the boy's
    mother died to give him freedom in the United States" / "The boy's mother and 10 other
    people died when their boat sank"). A source's present report is its happening: "The FBI
    says Kopp is wanted as a material witness" / "Kopp is being sought as a material witness"."""
    return bool(a.claimant) and not b.claimant and en.is_side(a.claimant) and en.claims_now(a.text)


def _aliased(a: _Item, b: _Item) -> _Item:
    """`a` as `b` is read beside it: where either document names an armed group by acronym
    and descriptor ("the MRTA rebels"), `a`'s acronym also stands for the descriptor `b`
    writes ("The MRTA wants ..." / "The rebels demanded ..."), in its terms, head terms and
    subject. Its weight stays: the two words count as one shared term. The same for a person
    named by title and country in either document (`lang.en.facts.titled`: "King Hussein of
    Jordan"): a statement naming the person by title and name ("King Hussein was reportedly
    carrying a message") also names the country the other describes them by ("The Jordanian
    monarch met this week with Saddam"), so neither is another actor to the other; unless it
    names the country already ("Iranian President Mahmoud Ahmadinejad vowed" gains no "Iran":
    the country would count twice)."""
    table = (b.alias if a.alias is None else a.alias if b.alias is None else {**b.alias, **a.alias}) or {}
    found = frozenset(d for d, acronym in table.items()
                      if d in b.terms and d not in a.terms and _holds(a.terms, acronym) and not _holds(b.terms, acronym)
                      and not (" " in acronym and any(table.get(t) == acronym for t in a.terms)))
    if not found:
        return a
    acronyms = {t for d in found for t in table[d].split()}
    return _replace(a, terms=a.terms | found,
                   lead=a.lead | found if acronyms & a.lead else a.lead,
                   subject=a.subject | found if acronyms & a.subject else a.subject)


def _spelled(a: _Item, b: _Item) -> _Item:
    """`b` as read beside `a`: a name `b` spells out whose initials are an acronym only `a`
    writes reads as that acronym ("The U.S. Immigration and Naturalization Service had ruled
    that Elian must be returned" / "The INS ruled last month that only Elian's father ..."),
    in its terms, head terms and subject. Its weight stays: the name counts as one shared
    term, as an alias does (`_aliased`)."""
    b = _spelled_short(a, b)
    found = en.acronyms(a.text)
    if not found:
        return b
    names = None
    for t in found:
        if t in a.terms and t not in b.terms:
            names = names if names is not None else en.spelled_out(b.text)
            name = names.get(t)
            if name and name <= b.terms and not name <= a.terms:
                b = _replace(b, terms=(b.terms - name) | {t},
                            lead=(b.lead - name) | {t} if name & b.lead else b.lead,
                            subject=(b.subject - name) | {t} if name & b.subject else b.subject)
    return b


def _spelled_short(a: _Item, b: _Item) -> _Item:
    """`b` as read beside `a`, for a two-letter acronym only `a` writes (`lang.en.facts.short_acronyms`,
    no term of its own: "The EU has steadfastly refused") and the two capitalised words `b`
    spells it with (`lang.en.facts.spelled_two`: "The European Union has rejected demands"):
    the name reads as its head word alone, in `b`'s terms, head terms and subject, and `a`
    holds that word, so neither is another actor to the other and the name counts as one
    shared term (session 20, xrecall4). Not where `a` spells the name too."""
    for acronym, name in _short_spelled(a, b):  # (`b` spells the name)
        head, rest = name[-1], frozenset(name[:-1])
        b = _replace(b, terms=b.terms - rest, lead=b.lead - rest | ({head} if rest & b.lead else frozenset()),
                     subject=b.subject - rest | ({head} if rest & b.subject else frozenset()))
    for acronym, name in _short_spelled(b, a):  # (`b` writes the acronym)
        b = _replace(b, terms=b.terms | {name[-1]})  # (`_replace`: the copy weighs as `b` did, flatmem8)
    return b


def _short_spelled(a: _Item, b: _Item) -> list[tuple[str, tuple[str, ...]]]:
    """The two-letter acronyms only `a` writes and the names only `b` spells them with (`_spelled_short`)."""
    found = en.short_acronyms(a.text)
    if not found:
        return []
    names = en.spelled_two(b.text)
    return [(acronym, name) for acronym in sorted(found) if (name := names.get(acronym))
            and acronym not in en.short_acronyms(b.text) and b.terms.issuperset(name) and not a.terms.issuperset(name)]


_DESCRIBED_KEY = "\x01"  # (a key of the alias table `_aliased` never meets: no term starts with it)


def _described_table(texts: list[str]) -> dict[str, str]:
    """The alias table's entries for `_described`: {_DESCRIBED_KEY + descriptor: "title name"}
    of `lang.en.facts.described_leaders` (none with DESCRIBED_LEADER off)."""
    if not DESCRIBED_LEADER:
        return {}
    return {_DESCRIBED_KEY + d: person for d, person in en.described_leaders(texts).items()}


def _described(other: _Item, item: _Item) -> _Item:
    """`item` as read beside `other`, when `item`'s actor is a head of state its document
    describes by their state's epithet and names once by title and name
    (`lang.en.facts.described_leaders`: "The Islamic republic's hardline leader, who has called
    for Israel to be wiped off the map, launched a fresh attack on Wednesday, dismissing the
    Holocaust as a myth", in a report naming "Iranian President Mahmoud Ahmadinejad"), and
    `other`, of another document, names that person by title and name ("Iran's hardline
    President Mahmoud Ahmadinejad launched a fresh attack against Israel on Wednesday ..."):
    `item` names the person too, their name in its terms and its subject, so neither is another
    actor to the other (`_other_actor`). Its weight stays: the name counts as one shared term,
    as an alias does (`_aliased`). Only `item`'s own document resolves its description, and
    only words of its subject; a statement giving the name without the title ("Ahmadinejad")
    is not read as the described one (one name is not the office)."""
    table = item.alias
    if not table or other.doc == item.doc:
        return item
    names = frozenset(person.split()[-1] for d, person in table.items()
                      if d[0] == _DESCRIBED_KEY and d[1:] in item.subject
                      and _holds(other.terms, person) and not _holds(item.terms, person))
    return _replace(item, terms=item.terms | names, subject=item.subject | names) if names else item


def _holds(terms: frozenset[str], name: str) -> bool:
    """`terms` hold every term of an alias's name ("mrta"; a titled person, "king hussein")."""
    return all(t in terms for t in name.split())


def _clause_links(a: _Item, b: _Item, shared: frozenset[str], weight: dict[str, float], undated: bool) -> str:
    """The id of the one whose coordinated clause links with the other (`_clause_link`), or ""."""
    if _clause_link(a, b, shared, weight, undated):
        return a.id
    return b.id if _clause_link(b, a, shared, weight, undated) else ""


def _clause_link(a: _Item, b: _Item, shared: frozenset[str], weight: dict[str, float], undated: bool) -> bool:
    """A coordinated clause of `a` with a subject and a verb of its own
    (`lang.en.facts.clauses`) and `b` pass the tests of a link as two statements would: the
    threshold on the clause's words, MIN_SHARED terms (one more undated), head terms meeting,
    no other actor, no other happening below SAME_WORDS. A statement dated one day that its
    main clause names, and the clause does not, is the main clause's happening (GUIDELINES,
    "A statement reporting two happenings"): its clause links nothing ("Abbas called Saturday
    for early elections ..., but Hamas rejected the move as a coup" is the call, not Hamas's
    answer; `_day_in_main`)."""
    for clause in en.clauses(a.text):
        if _day_in_main(a, clause):
            continue
        terms = a.terms.intersection(en.terms(clause))
        met = terms & shared
        if len(met) < MIN_SHARED + undated:
            continue
        dice = 2 * fsum(map(weight.__getitem__, met)) / (fsum(map(weight.__getitem__, terms)) + _weight(b))
        if dice < THRESHOLD:
            continue
        lead = frozenset(en.head(clause, LEAD))
        if not (lead & b.terms and b.lead & terms):
            continue
        # (the other's actor was looked for in all of `a` already, `_score`: "Kopp vanished
        # ..., and the car was found" names Kopp, the actor of "Kopp's car was discovered")
        actor = frozenset(en.subject(clause))
        if actor and not actor & b.terms and not b.pronoun:
            continue
        said, other = en.happenings_said(clause), _said(b)
        if dice < SAME_WORDS and (said or other) and (not said or b.terms.isdisjoint(said)) and (
                not other or terms.isdisjoint(other)):
            continue
        return True
    return False


def _day_in_main(item: _Item, clause: str) -> bool:
    """`item` is dated one precise day and the words before its coordinated clause `clause`
    name a day (`lang.en.facts.names_day`), the clause's none: its date, so the statement,
    is the main clause's happening."""
    if item.lo != item.hi:
        return False
    main = item.text[:item.text.rfind(clause)]
    return en.names_day(main) and not en.names_day(clause)


def _same_happening(a: _Item, b: _Item, shared: frozenset[str]) -> bool:
    """Both say one happening (`lang.en.facts.happenings_said`: main verbs, whatever the tense,
    voice or modality: "died" / "has died", "will appeal" / "plan to appeal") and name one same
    actor or place besides it (`lang.en.facts.names`): "Alexander Litvinenko, who ... became a
    British citizen ..., died in a central London hospital on November 23" / "The former spy,
    Alexander Litvinenko, died last month in London". Head terms need not meet (fronted
    phrases and asides), nor the words reach the threshold."""
    va, vb = _verb(a), _verb(b)
    if not va and not vb:
        return False
    # one's main verb is the other's main verb or the verb of one of its coordinated clauses
    # ("died in a central London hospital on November 23" / "fell ill on November 1, and died
    # on November 23")
    said = {v for v, other in ((va, b), (vb, a)) if v and v == _verb(other)}
    if not said and _one_day_said(a, b):  # (a coordinated verb: on one same precise day)
        said = {v for v, other in ((va, b), (vb, a)) if v and v in _said(other)}
    if not said:
        return False
    # (a first word is a name when the other statement writes it as one: "Russia has denied")
    na, nb = en.names(a.text), en.names(b.text)
    named = (na | en.first_name(a.text)) & (nb | en.first_name(b.text)) & (na | nb) & shared - said
    if not _same_actor(a, b, named):
        return False
    if DESCRIBED_ACTOR and said & en.TOLL:
        named |= en.actor_terms(a.text) & en.actor_terms(b.text) & shared - said
    return len(named) >= SAME_NAMES or (bool(named) and _one_day_said(a, b))


def _acts_crossed(a: _Item, b: _Item) -> bool:
    """Cause and effect told the other way round (`lang.en.facts.CROSSED_ACTS`): both main verbs
    are of the pack's act families (`ACT_FAMILIES`), other families, and each one's is named in
    the other only aside (a clause, a participle, a phrase: `acts_named`). The actors and dates
    are checked as for any pair (`_other_actor`, the blocking's overlap)."""
    fa, fb = en.act_family(_verb(a)), en.act_family(_verb(b))
    if not (fa and fb and fa != fb and fa in en.acts_named(b.text) and fb in en.acts_named(a.text)):
        return False
    # one actor: each one's named actors (before its main verb) are in the other, a part of a
    # compound name counting ("Iran resumed" / "EU-Iran talks collapsed"), and one is named at least
    # ("Syria resumed uranium conversion ..." is not Iran's act: a first word is no `subject`)
    aa, ab = en.actor_names(a.text), en.actor_names(b.text)
    return bool(aa or ab) and _actors_in(aa, b) and _actors_in(ab, a)


PATIENT_DAYS = 31  # the widest date of a statement `_patient_aside` reads


def _patient_aside(a: _Item, b: _Item) -> bool:
    """`a`'s main act is told aside in `b` (its verb or phrase, not `b`'s main verb), done to the
    same named person in both (two name terms of `lang.en.facts.act_patients` shared: a full
    name), both dated within a month, the actors each names in the other (`ACT_PATIENT`)."""
    va = _verb(a)
    if not va or va == _verb(b) or va in en.REPORTING_STEMS:
        return False
    if _no_date(a) or _no_date(b) or (a.hi - a.lo).days > PATIENT_DAYS or (b.hi - b.lo).days > PATIENT_DAYS:
        return False
    if len(en.act_patients(a.text, va) & en.act_patients(b.text, va)) < 2:
        return False
    return _actors_in(en.actor_names(a.text), b) and _actors_in(en.actor_names(b.text), a)


def _actors_in(actors: frozenset[str], other: _Item) -> bool:
    """Every actor term is among the other's terms, whole or as a part of a hyphenated term,
    or as its nationality's form (`lang.en.facts.national_forms`)."""
    parts = {p for t in other.terms if "-" in t for p in t.split("-")}
    return all(t in other.terms or any(p in other.terms or p in parts for p in t.split("-"))
               or en.national_forms(frozenset({t})) & other.terms for t in actors)


def _same_actor(a: _Item, b: _Item, named: frozenset[str]) -> bool:
    """When both name their actor (names written before the main verb, `lang.en.facts.actor_names`),
    one of the names both give is among each one's: the one happening has one actor. Names
    met only after one's verb are what is acted on ("Macedonia's president on Wednesday sent a
    letter to his French counterpart ... gaining official EU candidacy" / "Granting candidate
    status like that would send a strong political signal to the former Yugoslav republic of
    Macedonia": one sender is a president, the other a decision). An actor described, not
    named ("His mother died trying to get Elian ... to the United States"), may be anyone's."""
    aa, ab = en.actor_names(a.text), en.actor_names(b.text)
    return not aa or not ab or not (named.isdisjoint(aa) or named.isdisjoint(ab))


def _amount(term: str) -> bool:
    """A number term that is a round count or sum of at least AMOUNT_MIN, not a year: a toll,
    a sum, a head count ("#5000000", "#37000"), as rare as a name. Smaller numbers and
    decimals are left out: the day's figures of a routine report ("Losers led gainers 419 to
    389", "the Nikkei lost 152.68 points", "between 118.70 yen and 119.29 yen") meet those of
    another day's by chance."""
    if term[0] != "#" or not term[1:].isdigit():
        return False
    value = int(term[1:])
    return value >= AMOUNT_MIN and not 1800 <= value <= 2100


def _amount_agrees(a: _Item, b: _Item, shared: frozenset[str], weight: dict[str, float], rare: float) -> bool:
    """Two statements giving one amount report one happening only when their happenings agree
    (what one says happened, `lang.en.facts.happenings_said`, is in the other) or they share
    another rare term (a name, not a number, `rare` or heavier): "Families of the dead will
    each receive 200,000 yuan in compensation" is not "The police found about 200,000 yuan in
    the accounts of the nine"; equal sums of different happenings meet by chance."""
    if any(t[0] != "#" and t not in en.GENERIC and weight[t] >= rare for t in shared):
        return True
    return not b.terms.isdisjoint(_said(a)) or not a.terms.isdisjoint(_said(b))


@functools.lru_cache(maxsize=65536)
def _has_digit(text: str) -> bool:
    """A digit anywhere in `text` (asked of each statement in every pair it is compared in:
    read once a text; speed15). An ASCII text's digits are 0-9: ten scans in C, not a step a
    character (speed18)."""
    if text.isascii():
        return any(d in text for d in "0123456789")
    return any(c.isdigit() for c in text)


def _figures(item: _Item) -> frozenset[str]:
    """Its decimal figures: the decimal terms and the decimals below ten, which are no terms
    (`lang.en.facts.small_figures`: "Telstra lost three cents to 4.20 dollars" / "put on 11
    cents to 4.12 dollars", sixteen days apart, shared every term but their figures)."""
    late = _late(item)
    if late[3] is None:
        found = frozenset(t for t in item.terms if t[0] == "#" and "." in t)
        if _has_digit(item.text):
            found |= en.small_figures(item.text)
        late[3] = found or _NONE
    return late[3]


def _other_figures(a: _Item, b: _Item) -> bool:
    """Both give decimal figures (a price, an index, a rate: "706.71 points", "0.59 percent")
    and share none: a routine report's figures of another day ("The TecDAX index ... lost 0.65
    percent to 706.71" / "... was down 0.29 percent to 706.31 points", three days apart), not
    one happening told again. (Counts and sums, "killed 81" / "killed 259",
    may differ: a toll is revised.)"""
    fa = _figures(a)
    fb = _figures(b) if fa else fa
    if fa and fb and fa.isdisjoint(fb):
        return True
    # two reports of other days, dated by them only, each giving FIGURES numbers and sharing
    # fewer than half of them: a routine report's day ("Market turnover reached 2.1 billion ...
    # with 492 stocks moving up" / "... 1.4 billion ... with 489 stocks moving up", four days
    # apart; "Gainers outnumbered losers 509 to 444, with 236 stocks remaining unchanged" /
    # "Losers led gainers by 236 to 194 ...": one number met by chance)
    if _undated(a, b):
        na, nb = _numbers(a), _numbers(b)
        return min(len(na), len(nb)) >= FIGURES and 2 * len(na & nb) < min(len(na), len(nb))
    return False


def _other_counts(a: _Item, b: _Item) -> bool:
    """Two undated statements (dated by their reports only) reported on other days, each giving
    a number (years aside) and sharing none: each report's count of its own day ("The number of
    people killed in Gaza in the last three weeks is more than 8700 according to the Health
    Ministry" / "The Health Ministry in Gaza said at least 195 people were killed", eight days
    apart). A figure restated shares it ("He has used 29 aliases"; "signing Japanese pitcher
    Daisuke Matsuzaka to a six-year contract reportedly worth 52 million dollars" / "Boston
    signed Daisuke Matsuzaka to a six-year, 52-million-dollar deal", `_digits`). So are two
    statements dated by one same span wider than a day and reported on other days
    (`_reports_of_other_days`, `SPAN_COUNTS`): each report's count of the span ("The death toll
    from a colliery blast in north China last week has risen to 40 while seven people remain
    missing, rescuers confirmed on Tuesday" / "... has risen to 41 with six others still
    missing, local government sources said on Wednesday"; session 15, dev13)."""
    if not ((_undated(a, b) and _report_day(a) != _report_day(b))
            or (SPAN_COUNTS and _one_span_reported_apart(a, b))):
        return False
    na = _digits(a)
    nb = _digits(b) if na else na
    return bool(na) and bool(nb) and na.isdisjoint(nb)


def _other_amounts(a: _Item, b: _Item) -> bool:
    """Each gives a sum of money (`lang.en.facts.gives_money`) and an amount (`_amount`: AMOUNT_MIN or more), they share none
    (nor its digits, `_digits`: "52 million dollars" / "a 52-million-dollar deal"), and their
    reports are more than REPORTS_NEAR days apart: two offers, two sums, months apart ("Albright
    announced on Monday to offer a reward of up to 2 million U.S. dollars" / "the U.S. government
    is offering a reward of up to $5 million", ten months later). A toll or a sum revised within
    days is one fact told again (GUIDELINES: a different number is allowed); months apart, the
    words of one kind of act meet by the story's chance."""
    if a.reported is None or b.reported is None or abs((a.reported - b.reported).days) <= REPORTS_NEAR:
        return False
    if not (en.gives_money(a.text) and en.gives_money(b.text)):
        return False  # (two tolls months apart are one attack's, revised: "At least 74 ... were killed")
    ma = {t for t in a.terms if _amount(t)}
    mb = {t for t in b.terms if _amount(t)} if ma else ma
    if not ma or not mb or not ma.isdisjoint(mb):
        return False
    return _digits(a).isdisjoint(_digits(b))


def _told_no_happening(a: _Item, b: _Item) -> bool:
    """Statements that tell no happening, only how to do something or what holds: an instruction
    with no date of its own (`lang.en.facts.instruction`: "Then run the pip install -r
    requirements.txt to install the requirements.") links with nothing on its words, whatever
    the other says ("Once created, pip install by name or by requirements file works as
    expected."); two undated statements each giving the writer's view or what is so in general
    (`lang.en.facts.opinion`, `generally`, `is_generic`) link on no words either ("Python is, in
    general, an exceptionally flexible programming language" / "To be clear, I do think Python 3
    is generally a better language than Python 2."): two pages on one subject, not one
    happening (session 17, the saved web pages). A quote is neither (someone's words, told again
    by several outlets), nor is a generic statement with a plain one ("The bakers bake cakes for
    the village fair" / "Village bakers bake cakes every spring")."""
    if (_no_date(a) and en.instruction(a.text)) or (_no_date(b) and en.instruction(b.text)):
        return True
    if not _undated(a, b):
        return False
    ka, kb = en.no_happening(a.text), en.no_happening(b.text)
    return bool(ka or kb) and bool(ka or en.is_generic(a.text)) and bool(kb or en.is_generic(b.text))


def _cumulative_apart(a: _Item, b: _Item) -> bool:
    """One counts a toll since a campaign or a period began (`lang.en.facts.cumulative_toll`: "at
    least 9,061 people have been killed in Gaza since Israel launched its assault on the enclave")
    and the other does not: every day's dead to the report, not one strike's ("Israel has said the
    attacks killed dozens of militants, including Hamas commanders"), whatever words of the war
    both give (session 17, the saved web pages). Two counts since one start may be one."""
    return en.cumulative_toll(a.text) != en.cumulative_toll(b.text)


def _happening_aside(a: _Item, b: _Item) -> bool:
    """`b` says a happening (`_said`) of a named actor (`lang.en.facts.actor_names`, its subject),
    and `a` holds it only as what another act is about: owned by that actor's name after `a`'s
    own predicate (`lang.en.facts.possessed_aside`: "Earlier on Wednesday, the Biden campaign used
    the occasion of Trump's rally and the GOP debate to announce two new Spanish-language TV ads",
    "the campaign was focused on countering Trump's rally in Hialeah" / "Trump held a campaign
    rally in Hialeah"), or as the reason for `a`'s own act, another verb (`reason_acts`: "Cohen
    also praised Haley for calling entrepreneur Vivek Ramaswamy 'scum'" / "Haley called Ramaswamy
    'scum' for mentioning her daughter", or "She called Mr. Ramaswamy 'scum'": whoever acts, the
    reason's verb is another act's). A mention in passing, not a report of it (session 17, the
    saved web pages). `a` naming the actor as its own subject tells the happening ("Trump's rally
    in Hialeah drew thousands", "Trump held a raucous rally"), and one verb told twice with its
    reason is one act ("was arrested for stealing a car" / "was arrested on Tuesday for
    stealing")."""
    # (`b`'s happenings are read last, `_said`: only when `a` gives a reason, or a name's noun
    # owned by `b`'s actor; all of them for every pair compared was a third of the scoring)
    reasons = en.reason_acts(a.text)
    if not reasons and (a.pronoun or not en.may_possess(a.text)):
        return False
    if reasons:
        va, vb = _verb(a), _verb(b)
        if va and vb and va != vb and vb in reasons and va not in b.terms:
            return bool(_said(b))  # (whoever acts: "praised her for calling" is not "She called", another verb told)
    if a.pronoun:
        return False
    actor = en.actor_names(b.text) | b.subject
    if not actor or not actor.isdisjoint(en.actor_names(a.text) | a.subject):
        return False
    owned = [held for owner, held in en.possessed_aside(a.text) if owner in actor]
    return bool(owned) and any(not held.isdisjoint(_said(b)) for held in owned)


def _names_titles_only(a: _Item, b: _Item, shared: frozenset[str]) -> bool:
    """`NAMES_HAPPENINGS` when what is shared is names and words dating a title before a name
    (`lang.en.facts.name_titles`: "former New Jersey Gov. Chris Christie"): who, not what ("The
    three were joined by former New Jersey Gov. Chris Christie and South Carolina Sen Tim Scott"
    / "Two other candidates, former New Jersey Gov. Chris Christie and Sen. Tim Scott of South
    Carolina ... receded into the background at times"; session 17, the saved web pages)."""
    titles = en.name_titles(a.text) | en.name_titles(b.text)
    if not titles or shared.isdisjoint(titles) or not _other_happening(a, b):
        return False
    return shared - titles <= en.capitalised_terms(a.text) | en.capitalised_terms(b.text)


def _other_forecasts(a: _Item, b: _Item) -> bool:
    """Both name a forecast (`lang.en.facts.forecast`: a survey, an opinion poll, a projection),
    both are dated wholly after their reports (by the happening forecast: "The survey found Kadima
    was on course to emerge as the largest party with 39 seats after the March 28 election" /
    "The latest survey ... found that Kadima is on course to win 41 of the 120 Knesset seats in
    the March 28 election", five days apart), they are reported on other days, and each gives
    numbers, none shared (their dates' days and years aside): two forecasts made on two days,
    not one told again. A forecast re-published shares its numbers; one of the same day may be
    the same survey told with other figures of it."""
    if a.reported is None or b.reported is None or a.reported == b.reported:
        return False
    if _no_date(a) or _no_date(b) or a.lo <= a.reported or b.lo <= b.reported:
        return False
    if not (en.forecast(a.text) and en.forecast(b.text)):
        return False
    days = {str(d.day).strip("0") for d in (a.lo, a.hi, b.lo, b.hi)}
    na = _digits(a) - days
    nb = _digits(b) - days if na else na
    return bool(na) and bool(nb) and na.isdisjoint(nb)


def _other_case_counts(a: _Item, b: _Item) -> bool:
    """Both count cases, infections or outbreaks (`lang.en.facts.case_counts`) and share no
    number: a count of cases is what its statement says, so another number is another count
    (another day's tally, another scope), not one happening's toll revised ("Earlier Wednesday,
    the ministry said three human cases had been confirmed" / "China's Ministry of Health
    confirmed two human bird flu cases in the country Wednesday"). A toll of victims may differ
    and stay one fact (GUIDELINES): it counts people, not cases."""
    if not (_has_digit(a.text) or "case" in a.text or "outbreak" in a.text or "infection" in a.text):
        return False
    ca = en.case_counts(a.text)
    cb = en.case_counts(b.text) if ca else ca
    return bool(ca) and bool(cb) and ca.isdisjoint(cb)


def _quotes_apart(a: _Item, b: _Item) -> bool:
    """Both are direct quotes (`lang.en.facts.is_quote`) of other documents that share no name
    (`lang.en.facts.quote_names`, their speech tags' included) and are not near-verbatim
    (`lang.en.facts.near_verbatim`): two speakers' words on two occasions, met on words any
    game's quote has ("\"A victory would mean a lot for us,\" he said" / "\"The Asian Games mean
    a lot to me,\" Tanaka said"; "\"You have to work hard on your luck and that is what we did
    today\"" / "\"This was a victory for hard work\""; session 19, prec14). One quote re-published
    keeps its words, and two reports of one speaker name him."""
    if a.doc == b.doc or not ((en.is_quote(a.text) or en.bare_quote(a.text))
                              and (en.is_quote(b.text) or en.bare_quote(b.text))):
        return False  # (a quote in marks, or a speaker's own words closed by a tag, "This was a victory ..., he said": prec15)
    return en.quote_names(a.text).isdisjoint(en.quote_names(b.text)) and not en.near_verbatim(a.text, b.text)


def _flat_apart(a: _Item, b: _Item) -> bool:
    """One says a measure was flat or unchanged, the other that it moved by a percentage
    (`lang.en.facts.flat_or_moved`: "the consumer price index was flat in November, including
    the core index" / "The core index ... was up 1.3 percent"): one measure's other values or
    periods, two facts (session 19, prec14). Two statements both saying one of them may be one."""
    ka = en.flat_or_moved(a.text)
    return bool(ka) and en.flat_or_moved(b.text) not in ("", ka)


def _other_totals(a: _Item, b: _Item) -> bool:
    """One brings a running total to a value (`lang.en.facts.running_total`: "two more troops were
    killed in action, bringing the number of US fatalities in Iraq since the 2003 invasion to
    2,946"), the other gives a value of a counter (`lang.en.facts.counter_value`: "The latest
    deaths bring the number ... since the March 2003 invasion to 2,944", "The US death toll in
    Iraq has now reached 2,947"), no value shared, and they are reported on other days: each
    total is the counter's state on its own day, two facts (session 19, prec14). The same total
    told again, in any words, shares its value and stays; two values of one report day may be one
    toll revised."""
    if a.reported is None or b.reported is None or a.reported == b.reported:
        return False
    if not (_has_digit(a.text) and _has_digit(b.text)):
        return False
    ra, rb = en.running_total(a.text), en.running_total(b.text)
    if not (ra or rb):
        return False
    va, vb = ra | en.counter_value(a.text), rb | en.counter_value(b.text)
    return bool(va) and bool(vb) and va.isdisjoint(vb)


def _one_span_reported_apart(a: _Item, b: _Item) -> bool:
    """Both dated by one same span of their own, wider than a day ("last week": not by their
    reports only), reported on other days (`_reports_of_other_days`), and both say a count's
    new value as their main verb (`lang.en.facts.COUNT_VERBS`: "has risen to 40"; not "The mine
    accident is the country's deadliest so far this year, bringing the number of miners killed
    in 2006 in Poland to 43", a rank restated with its count revised)."""
    return (not _no_date(a) and not _no_date(b) and (a.lo, a.hi) == (b.lo, b.hi) and _verb(a) in en.COUNT_VERBS
            and _verb(b) in en.COUNT_VERBS and _reports_of_other_days(a, b))


def _other_scope_counts(a: _Item, b: _Item) -> bool:
    """One has a date of its own and the other none (dated by its report only), they are
    reported on other days at most REPORTS_NEAR apart, and their subjects count one noun with
    other numbers (`lang.en.facts.subject_count`) and one main verb: another incident or another
    scope, not a toll revised
    ("Three U.S. soldiers, including two marines, have been killed in Iraq's western province
    of Anbar, the U.S. military said on Monday" / "Before that, four more soldiers ... were
    killed in Iraq's western Anbar province", ten days later; "As many as 4,397 patients ...
    have been admitted to hospitals across Pakistan till Monday evening" / "A total of 559
    patients were admitted to different hospitals of Islamabad and Rawalpindi"). Two tolls of
    one day revise each other and stay ("Twenty-five people have been confirmed dead" /
    "Twenty-four people were confirmed dead ... early Monday", one report day), as do counts of
    two dated statements (their dates say whether they meet)."""
    if _no_date(a) == _no_date(b) or a.reported is None or b.reported is None:
        return False
    if a.reported == b.reported or abs((a.reported - b.reported).days) > REPORTS_NEAR:
        return False  # (a toll told again a year on is the happening's, recounted: "Eleven people ... died in the blast")
    ca = en.subject_count(a.text)
    if ca is None:
        return False
    cb = en.subject_count(b.text)
    return cb is not None and ca[1] == cb[1] and ca[0] != cb[0] and _same_verb(a, b)


def _period_to_report(item: _Item) -> bool:
    """Dated by a span of more than a day that holds its report's day ("this year", "so far this
    month" read in a report of that year or month): the period a tally or a rank counts in. Open
    ends ("../REPORTED", "since ...") are no such period."""
    return (item.reported is not None and date.min < item.lo < item.hi < date.max
            and item.lo <= item.reported <= item.hi)


def _tally_apart(a: _Item, b: _Item) -> bool:
    """`a` counts several cases or incidents to its report's day ("So far, China has reported
    three confirmed human cases of bird flu") or ranks one case among them ("She was the second
    human case of bird flu in the province"; `lang.en.facts.tally`), with no date of its own;
    `b` is no such statement and is dated by one precise day of its own ("China's Ministry of
    Health confirmed two human bird flu cases in the country Wednesday"): the tally counts that
    day's cases among others, it is not that day's act (session 15, tally). One incident's toll
    told "so far" is no tally (it counts victims: "The death toll has risen to 40 so far").
    A tally or rank dated only by the period it counts in, a span of more than a day that runs
    over its report's day ("It is the largest mine accident in Poland this year", dated the
    year; `TALLY_PERIOD`, session 21, prec19), has no date of its own either: the period is the
    tally's, not the act's."""
    if not (_no_date(a) or TALLY_PERIOD and _period_to_report(a)):
        return False
    if _no_date(b):  # (undated too: an act reported before the tally, "Twenty-five people have been confirmed dead")
        if not (TALLY_EARLIER and b.reported is not None and a.reported is not None and b.reported < a.reported):
            return False
    elif b.lo != b.hi:
        return False
    kind = en.tally(a.text)
    return bool(kind) and en.tally(b.text) != kind


def _generic(item: _Item) -> bool:
    """A generic statement with no date of its own (`lang.en.facts.is_generic`: "Unsafe small coal
    mines account for two-thirds of the total fatalities in mine accidents, government figures
    show"): what is so of a kind. It does not link with a statement saying a happening that is
    read (`_said`: a report of one happening) on the words of the kind (accident, coal, mine, kill; session 15,
    dev13); with another present statement it may ("The bakers bake cakes for the village fair" /
    "Village bakers bake cakes every spring"). A dated one ("Democrats retook control ... in last
    week's elections") is a happening."""
    return _no_date(item) and en.is_generic(item.text)


def _other_incident(a: _Item, b: _Item) -> bool:
    """One says it tells another incident than its report's (`lang.en.facts.other_incident`:
    "In an earlier incident, ...", "In another tragedy, ...", "Before that, four more soldiers
    ..."), both give counts (`lang.en.facts.counts`, words included) and they share none: the
    other incident's toll is not this one's ("In another tragedy, 32 miners were killed and 28
    injured in a colliery gas explosion" / "Six people were killed and one was injured in a
    traffic accident"; "In an earlier incident, the death toll of a suicide bomb attack ... rose
    to 35, with up to 60 others wounded" / "Two people were killed and five others wounded when
    two roadside bombs went off"). Told again in another report, with its counts, it links."""
    if not (en.other_incident(a.text) or en.other_incident(b.text)):
        return False
    ca = en.counts(a.text)
    cb = en.counts(b.text) if ca else ca
    return bool(ca) and bool(cb) and ca.isdisjoint(cb)


def _another_instance(a: _Item, b: _Item) -> bool:
    """One tells one more act of a kind (`lang.en.facts.another_instance`: "Shortly afterwards
    another car bomb killed four people and wounded seven when it exploded outside a government
    office in the Hadba neighbourhood"), both give exact counts and share none, and each names a
    place it is set at (`lang.en.facts.place_names`, in the gazetteer or not) that the other never
    names: two acts of one kind ("Five people were killed and 19 wounded when a car bomb exploded
    in a marketplace in the Zuhur neighbourhood"; session 21, prec18). One place named by both
    (a later report naming it more precisely: "in the Hadba neighbourhood of Mosul" / "in Mosul"),
    or one count shared, keeps them one: a toll revised in a later report is told of one place."""
    if not (en.another_instance(a.text) or en.another_instance(b.text)):
        return False
    ca = en.counts(a.text)
    cb = en.counts(b.text) if ca else ca
    if not ca or not cb or not ca.isdisjoint(cb):
        return False
    pa = en.place_names(a.text)
    pb = en.place_names(b.text) if pa else pa
    return bool(pa) and bool(pb) and pa.isdisjoint(en.capitalised_terms(b.text)) \
        and pb.isdisjoint(en.capitalised_terms(a.text))


def _other_instance(a: _Item, b: _Item) -> bool:
    """The pairs `_score` refuses as two instances of a kind (`_another_instance`,
    `_saying_after_act`), either way round, or with a verbless listing line (`LISTING_APART`), an
    answer withheld and a statement that does not withhold it (`_stand_withheld`), two
    expectations of a state written weeks apart (`_expectations_apart`), a warning and a thing
    told as done (`_warning_apart`), a day's happening named by another day's possessive
    (`_possessive_day_apart`):
    asked of a lone statement joining a fact and of two facts merging, as `_other_incident` is."""
    if LISTING_APART and (en.is_listing(a.text) or en.is_listing(b.text)):
        return True  # (and a verbless listing line joins no fact: `_score` links it to nothing)
    return (ANOTHER_INSTANCE and _another_instance(a, b)) or (
        SAYING_AFTER_ACT and (_saying_after_act(a, b) or _saying_after_act(b, a))) or (
        STAND_APART and _stand_withheld(a, b)) or (EXPECTATIONS_APART and _expectations_apart(a, b)) or (
        _warning_apart(a, b) or _warning_apart(b, a)) or (
        POSSESSIVE_DAY_APART and (_possessive_day_apart(a, b) or _possessive_day_apart(b, a)))


def _stand_withheld(a: _Item, b: _Item) -> bool:
    """One withholds an answer (`lang.en.facts.withholds`: "She refused to take a stand on whether
    Britain should give up its annual rebate"), the other does not: the question's words are no
    happening the first reports ("Britain's refusal to give up its annual budget rebate" is
    another fact; session 22, prec21). Two answers withheld are read on their words."""
    return en.withholds(a.text) is not en.withholds(b.text)


def _possessive_day_apart(a: _Item, b: _Item) -> bool:
    """`a` names a happening by its weekday's possessive after a preposition and another day
    besides (`lang.en.facts.possessive_weekdays`: "All 34 miners trapped in Sunday's coal mine fire
    ... were confirmed dead after rescuers recovered eight more bodies on Wednesday"), and is dated
    that one weekday: its date is the named happening's, what it tells is of its other day; `b` has
    a date of its own and names no such pair ("A fatal fire occurred in the Nanshan Coal Mine ...
    on Nov. 12, claiming 34 lives"): two (session 22, prec21). Dated its other day ("As of 2:00
    p.m. Monday, the death toll rose to 68 in Sunday's coal mine blast"), or against an undated
    `b`, it is read on its words."""
    if a.lo != a.hi or _no_date(b):
        return False  # (cheap: asked of every pair scored)
    days = en.possessive_weekdays(a.text)
    return a.lo.weekday() in days and not en.possessive_weekdays(b.text)


def _warning_apart(a: _Item, b: _Item) -> bool:
    """`a` warns of something (`lang.en.facts.warns`: "Analysts said the accidents were a warning of
    a possible surge of coal mine disasters as the demand for black coal rises in winter") and `b`
    tells something done, leaving nothing to come (`lang.en.facts.conjectural`: "Surging demand for
    winter coal has spurred production but also caused a string of deadly accidents"): the feared
    thing is not the done one, whatever words they share (`lang.en.facts.WARNING_APART`; session
    22, prec21). Two warnings are read on their words."""
    return en.warns(a.text) and not en.conjectural(b.text)


def _expectations_apart(a: _Item, b: _Item) -> bool:
    """Both say a state is expected to go on (`lang.en.facts.expected_state`: "will remain in the
    United States pending the appeal" / "will remain in the United States for at least two more
    weeks"), reported more than REPORTS_NEAR days apart: each says what was expected when it was
    written, for its own term: two (session 22, prec21). Restated within weeks, they are read on
    their words."""
    if a.reported is None or b.reported is None or abs((a.reported - b.reported).days) <= REPORTS_NEAR:
        return False
    return en.expected_state(a.text) and en.expected_state(b.text)


def _saying_after_act(a: _Item, b: _Item) -> bool:
    """`a` tells how long after another happening its date is (`lang.en.facts.after_act`: "The
    governor told a news conference on Sunday, four days after the raid, that \"we have killed 30
    militants\""): the dead it counts are that happening's, of another day than its date. When
    both count dead or hurt (`lang.en.facts.TOLL`) with exact counts, none shared (the words
    "four days" left out), and `b` tells no such lag of its own, the two are two acts however
    their dates meet ("Four insurgents were killed in a clash late Sunday"; session 21, prec18).
    A count shared keeps them one; a toll's new value is no lag (`after_act`)."""
    rest = en.after_act(a.text)
    if not rest or en.after_act(b.text) or a.terms.isdisjoint(en.TOLL) or b.terms.isdisjoint(en.TOLL):
        return False
    ca = en.counts(rest)
    cb = en.counts(b.text) if ca else ca
    return bool(ca) and bool(cb) and ca.isdisjoint(cb)


def _incident_below(a: _Item, b: _Item) -> bool:
    """One says it tells another incident than its report's (`lang.en.facts.other_incident`):
    it links on a strong score only, as a quote does (`_quote_below`), not by weak links adding
    up or on one day's lower bar: what it shares weakly with its report's other statements is
    the kind of incident ("In another tragedy, 32 miners were killed and 28 injured in a colliery
    gas explosion at Changyuan Coal Mine" / "The blast took place at 1:50 p.m. Saturday when 32
    miners were working in the shaft of the Yuanhua Coal Mine")."""
    return en.other_incident(a.text) or en.other_incident(b.text)


def _digits(item: _Item) -> frozenset[str]:
    """Its numbers (`_numbers`) by their significant digits: "52 million dollars" and "a
    52-million-dollar deal" (read 52) are one figure."""
    return frozenset(t[1:].replace(".", "").strip("0") for t in _numbers(item))


def _kinds_of_one_day(a: _Item, b: _Item, shared: frozenset[str]) -> bool:
    """Both dated one same precise day, each giving decimal figures (`_figures`) and sharing
    none, and no name shared (`lang.en.facts.names`): one day's figures of two things of a kind
    ("The shares prices in Singapore closed further higher on Thursday with the benchmark
    Strait Times Index (STI) rising 7 points to close at 2,261.5 points" / "Share prices on the
    Taiwan Stock Exchange closed lower Thursday, with the weighted index moved down 25.26 points
    to close at 6,020.94"). A figure of one named thing revised that day shares the name, and a
    happening's revised figures share its other numbers ("A strong earthquake of magnitude 6.8
    struck the island on Monday, killing 12 people" / "The strong earthquake of magnitude 7.1
    that struck the island on Monday killed 12 people")."""
    if not _on_one_day(a, b):
        return False
    fa = _figures(a)
    fb = _figures(b) if fa else fa
    if not (fa and fb and fa.isdisjoint(fb)) or not _digits(a).isdisjoint(_digits(b)):
        return False
    return shared.isdisjoint(en.names(a.text) & en.names(b.text))


def _reports_of_other_days(a: _Item, b: _Item) -> bool:
    """Both are dated by one same span wider than a day (a month, a year: "crude for delivery
    in January", "A year ago, 30-year mortgages averaged 5.72 percent") and reported on other
    days: the span is what the figures are about, the day they were read is the report's. Two
    reports of one precise day may revise its figures (a quake's magnitude, a result): not
    these; nor a span ending more than UNDATED_DAYS before a report, history told again with
    its figure disputed ("received about 4.5 percent" / "only 8.5 percent of the vote" in
    Turkey's December 1995 election, told in April 1997)."""
    if a.lo == a.hi or b.lo == b.hi or a.reported is None or b.reported is None or a.reported == b.reported:
        return False
    return (a.reported - a.hi).days <= UNDATED_DAYS and (b.reported - b.hi).days <= UNDATED_DAYS


def _numbers(item: _Item) -> frozenset[str]:
    """Its number terms but years (1800-2100)."""
    return frozenset(t for t in item.terms if t[0] == "#" and not (t[1:].isdigit() and 1800 <= int(t[1:]) <= 2100))


def _far_before(a: _Item, b: _Item) -> bool:
    """`a` has no date of its own and `b` ends more than UNDATED_DAYS before `a`'s report."""
    return _no_date(a) and not _no_date(b) and (_report_day(a) - b.hi).days > UNDATED_DAYS


def _far_after(a: _Item, b: _Item) -> bool:
    """`a` is an undated future ("REPORTED/..", `_no_date`) and `b` has a date of its own
    starting more than FUTURE_DAYS after `a`'s report: the future told nothing of when, and a
    dated statement weeks on may be another happening of its kind or a later day of a state
    ("Juan and Elian Gonzalez will remain in the United States pending the appeal", 24 April /
    "Elian Gonzalez will remain in the United States for at least two more weeks even after a
    federal appeals court Thursday refused ...", 1 June): it links on its words alone, as one
    dated long before an undated report does (`_far_before`). An announced act done days later
    keeps its links ("China will announce a package at the summit" / "announced ... Saturday")."""
    return (FUTURE_UNDATED and a.hi == date.max and a.lo == a.reported and not _no_date(b)
            and (b.lo - a.lo).days > FUTURE_DAYS)


def _other_happening(a: _Item, b: _Item) -> bool:
    """What one says happened (`lang.en.facts.happenings_said`: the main verb, the subject's
    happening nouns, the verbs of coordinated clauses) is not in the other, nor the other's
    (if it is read) in it: "the relatives have fought to keep the boy" is not "the relatives
    plan to appeal"; "the father was interviewed" is not "the father lives in Cuba" (present
    tenses are not read)."""
    ha, hb = _said(a), _said(b)
    if not ha and not hb:
        return False
    if _in_passing(a, hb) or _in_passing(b, ha):
        return True
    return (not ha or b.terms.isdisjoint(ha)) and (not hb or a.terms.isdisjoint(hb))


def _names_only(a: _Item, b: _Item, shared: frozenset[str]) -> bool:
    """Neither says a happening that is read (present tenses and copulas: states) and all they
    share but one word is names: who and where agree, what is said of them is not shown to
    ("And Iraq still has thousands of Americans and other Westerners under its control in Iraq
    and Kuwait" is not "Iraq now controls 20 percent of the world's oil reserves with its
    conquest of Kuwait"; the story's names carry most of the weight of its every statement)."""
    if _said(a) or _said(b):
        return False
    return len(shared - _named(a.text, b.text)) <= 1


NAMES_OTHER = 4      # at most one shared term in this many not a name (`_names_state_act`)


def _names_state_act(a: _Item, b: _Item, shared: frozenset[str]) -> bool:
    """One says a happening that is read and the other none (a present tense, a state) nor
    holds it, and nearly all they share is names (`_named`: at most one shared term in
    NAMES_OTHER not one), whatever the score the names' weight gives: "He said that ASEAN --
    which groups Brunei, Indonesia, Malaysia, the Philippines, Singapore, Thailand and Vietnam --
    was committed to its decision taken last year to admit Burma" is not "ASEAN groups Brunei,
    Indonesia, ...". Two happenings read may be one told with other verbs ("held talks with
    Nong Duc Manh" / "talked with Nong Duc Manh"): not these; nor a happening the other holds
    in passing, nor one the reader misses after a modal (`lang.en.facts.has_modal`: "will
    co-chair the meeting" / "..., who co-chaired the meeting with Tang, said his country hopes
    ..."), nor two statements dated one same precise day by their words ("The
    World Cup finals get underway in Munich on June 9 when hosts Germany meet Costa Rica" /
    "Germany host minnows Costa Rica in the opening World Cup match on June 9"), nor a statement
    dated long before an undated one's report, which links on its words alone (`_far_before`:
    "APEC, established in 1989, currently has 21 members: ..." / "APEC currently has 21
    members: ...")."""
    said_a, said_b = _said(a), _said(b)
    if bool(said_a) == bool(said_b) or _on_one_day(a, b) or _far_before(a, b) or _far_before(b, a):
        return False
    if not (b.terms.isdisjoint(said_a) and a.terms.isdisjoint(said_b)):
        return False
    if en.has_modal(b.text if said_a else a.text):
        return False
    return NAMES_OTHER * len(shared - _named(a.text, b.text)) <= len(shared)


def _named(*texts: str) -> frozenset[str]:
    """The names of these statements' first clauses, a first word included (`lang.en.facts`)."""
    return frozenset().union(*(en.names(t) | en.first_name(t) for t in texts))


def _state_against(a: _Item, b: _Item) -> bool:
    """`a` says a state (`lang.en.facts.is_state`: a copula, no happening) and `b` a happening
    `a` does not hold: "Twenty-four Japanese nationals, including Ambassador Morihisa Aoki,
    were among the captives" is not "... were set free", though all but the predicate is
    shared (a copula is no happening). A present passive holds now, as a state does: "US
    troops are in Okinawa" / "are based in Okinawa" (`lang.en.facts.said_now`)."""
    said = _said(b)
    held = en.main_terms(a.text) if STATE_MAIN else a.terms  # (what it mentions in passing is not its own)
    return bool(said) and held.isdisjoint(said) and en.is_state(a.text) and not en.said_now(b.text)


def _commentary_apart(a: _Item, b: _Item) -> bool:
    """One statement comments on a happening (`lang.en.facts.comments_on`: "The vote, the third
    this year, marks a new beginning following the US-led invasion in March 2003 ...", "The move
    comes as ...", "The ruling is a blow to ...") and the other reports an act
    (`lang.en.facts.reports_act`, a main verb and no copula: "Iraq goes to the polls on Thursday",
    "More than 15.5 million Iraqis were called to the polls Thursday", "The vote took place
    peacefully"): what is said of the happening is not the happening, whatever the words they
    share (the happening's noun, its background). Two comments may be one ("... marks a new
    beginning ..." / "... marks a new start ..."), and so may a comment and a copula said of the
    happening in another tense or by a pronoun ("The mine accident is the country's deadliest so
    far this year" / "The explosion was the largest mine accident in Poland this year") or a
    present the reader does not read (the same comment in other words)."""
    ca, cb = en.comments_on(a.text), en.comments_on(b.text)
    return ca != cb and en.reports_act(b.text if ca else a.text)


def _in_passing(item: _Item, said: tuple[str, ...]) -> bool:
    """The other statement's happening (`said`, read from its main clause) is in `item` only
    in a relative or subordinate clause (`lang.en.facts.main_terms`): a mention in passing, not
    the happening ("Taki also paid tribute to two soldiers and one hostage who died in the
    raid" is not "Two soldiers, one hostage and all 14 rebels were killed in the raid")."""
    return bool(said) and not item.terms.isdisjoint(said) and en.main_terms(item.text).isdisjoint(said)


def _headline_apart(a: _Item, b: _Item) -> bool:
    """`a` is an attributed headline with no date of its own (`lang.en.facts.attributed_headline`:
    "Raising public awareness of bird flu need eliminate misunderstanding: WHO expert", reported
    on 25 Nov) and `b` is dated wholly more than HEADLINE_DAYS before `a`'s report ("Experts of the
    World Health Organization (WHO) said Thursday that public awareness of the deadly bird flu
    virus is crucial", 17 Nov): the headline tells its report's news, the source's words of that
    day, not a saying days before, whatever words the two share (session 24, dev14)."""
    return (_no_date(a) and not _no_date(b) and b.hi != date.max
            and (_report_day(a) - b.hi).days > HEADLINE_DAYS and en.attributed_headline(a.text))


def _verb_in_passing(a: _Item, b: _Item) -> bool:
    """`a` reads no happening of its own (`_said`: a report's frame, a present tense, a copula)
    and holds `b`'s main verb (`_verb`) only in a relative or subordinate clause (`_in_passing`):
    "Meanwhile, the boy's 12-year-old sister, who had similar symptoms as her brother and died on
    Oct. 17, was reported as a suspected human case" tells the report of a case, the death in
    passing; it is not "The boy's sister died of pneumonia-like symptoms last month and was
    suspected to have contracted bird flu", whatever else of `b`'s a coordinated clause says (a
    statement of two happenings is its main verb's, the first). `_in_passing` asks that none of
    `b`'s happenings be in `a`'s main clause; this, for `a` telling no happening, its main verb's
    only (session 24, dev14). Not when `a`'s main clause is not read (a present frame: "He and
    others who oppose the boy's return to Cuba say that Elian's mother died to give the boy
    freedom"), nor when `b` holds at least OWN_TOLD of its terms (`b` tells it too, coordinated:
    "Bin Laden, who is accused of masterminding the attack, is on the FBI's 10 Most Wanted List" /
    "Bin Laden is accused of masterminding the attack, and is on the FBI's 10 Most Wanted List";
    "The group, which will also interview British Prime Minister Tony Blair ..., is expected to
    make recommendations on the government's Iraq policy, probably next month" / "The group would
    also interview ... Blair ..., and was expected to make recommendations on the government's
    Iraq policy next month")."""
    verb = _verb(b)
    if not verb or _said(a) or _verb(a):
        return False
    own = en.main_terms(a.text)
    return bool(own) and len(own & b.terms) < OWN_TOLD * len(own) and _in_passing(a, (verb,))


def _passing_names(a: _Item, b: _Item, shared: frozenset[str]) -> bool:
    """`b`'s happening is in `a` only in passing (`_in_passing`: a relative clause, "where"
    after a name), and what `a`'s main clause shares with `b` is names only (who and where,
    `lang.en.facts.capitalised_terms`): `a` says something else of the place or people the
    other's happening is set in, at any score ("Song came from Wantang Village in Xiangtan
    County where a bird flu outbreak was reported" is not "A bird flu outbreak was reported in
    Wantang Village, Xiangtan County on October 18"; session 16, prec9). So, `PASSING_OTHER`, when
    both happenings are read and `b`'s is not in `a` at all, the rest of what is shared told in
    passing ("The experts will visit the Hunan Provincial Children's Hospital where the sister and
    brother were treated" is not "Both brother and sister were sent to the Hunan Provincial
    Children's Hospital"). Not when the main
    clauses share more than names: "Bin Laden, who is accused of masterminding the attack, is on
    the FBI's 10 Most Wanted List" / "Bin Laden is accused of masterminding the attack, and is
    on the FBI's 10 Most Wanted List" (the list is what both say); nor when the main clause shares
    nothing (it was not read: "He and others who oppose the boy's return to Cuba say that
    Elian's mother died to give the boy freedom"), nor when it shares its subject (who acts, not
    where: "Kopp, who is accused of the shooting, is on the FBI's Most Wanted List" / "Kopp is
    accused of the shooting, and is on the FBI's Most Wanted List")."""
    if not (_in_passing(a, _said(b)) or (PASSING_OTHER and _said(a) and _said(b) and a.terms.isdisjoint(_said(b)))) \
            or not b.terms.isdisjoint(_said(a)):
        return False  # (its own happening in the other: "Chan has since stepped aside while ..." / "Chan stepped aside")
    met = shared & en.main_terms(a.text)  # (none: the main clause is not read, "He and others who oppose ... say that")
    return bool(met) and met <= en.capitalised_terms(a.text) | en.capitalised_terms(b.text) and met.isdisjoint(en.leading_names(a.text))


def _that_aside(a: _Item, b: _Item) -> bool:
    """`b`'s happening (`_said`) is in `a` only in a relative "that" clause after `a`'s main
    verb (`lang.en.facts.without_relative_that`: a restrictive clause, no comma closes it, so
    `_in_passing` does not read it), and `a`'s own happening is read and not in `b`: "A nine
    year old boy and his sister developed symptoms of pneumonia ... after eating a chicken that
    died of bird flu" is not "The boy's sister died of pneumonia-like symptoms last month"."""
    said, own = _said(b), _said(a)
    if not said or not own or not b.terms.isdisjoint(own) or a.terms.isdisjoint(said):
        return False
    return en.main_terms(en.without_relative_that(a.text)).isdisjoint(said)


def _one_sided(a: _Item, b: _Item) -> bool:
    """Both happenings are read and `a`'s is not in `b`."""
    said = _said(a)
    return bool(said) and bool(_said(b)) and b.terms.isdisjoint(said)


def _in_setting(a: _Item, b: _Item) -> bool:
    """`a`'s happening is not in `b`, and `b`'s is in `a` only as its setting ("in the assault")
    or in passing (a relative clause; `lang.en.facts.own_terms`): "One of the two was first led
    into a building ... in the assault" is not "Peruvian troops stormed the Japanese
    ambassador's residence"; "Taki also paid tribute to two soldiers and one hostage who died
    in the raid" is not the toll. A toll set in a happening is that happening's ("at least four
    people were killed in an explosion" / "The bombs went off")."""
    said, other = _said(a), _said(b)
    if en.TOLL.intersection(said):  # (the dead and hurt of a happening belong to it: "were killed in an explosion")
        return False
    return (bool(said) and bool(other) and b.terms.isdisjoint(said) and not a.terms.isdisjoint(other)
            and en.own_terms(a.text).isdisjoint(other))


def _other_actor(a: _Item, b: _Item) -> bool:
    """`a` names an actor `b` never mentions, and `b` does not hide its actor behind a pronoun:
    "South Africa deplored the blasts" is not the blasts."""
    return bool(a.subject) and not a.subject & b.terms and not b.pronoun and not (
        en.national_forms(a.subject) & b.terms)  # ("The Chinese government" / "China": session 14, dev11)


def _places_apart(a: _Item, b: _Item, shared: frozenset[str], weight: dict[str, float], rare: float) -> bool:
    """Both name a place among their actors (the names before the main verb,
    `lang.en.facts.actor_names`, as countries: `lang.en.facts.places`, a city or a people's
    adjective standing for its country), and neither's is among the other's places: one kind
    of report about two places ("German stocks opened higher Wednesday on the Frankfurt market"
    / "Tokyo stocks opened sharply higher ... Wednesday"; "Vietnam's stock market index ...
    rose 16.47 points" / "The benchmark Korea Composite Stock Price Index (KOSPI) rose 9.66
    points"). A place one names as the other's actor's is one ("Tokyo stocks" / "Japanese
    shares fell on the Tokyo Stock Exchange"), and so is an actor the other mentions anywhere
    ("Israeli troops raided Beit Hanoun" / "Palestinians said Israeli troops ..."). Two
    naming one rare name, not a place (`rare`: a term of RARE_DF documents; a name in both), may tell one
    happening from two places ("Khaled Meshaal arrived in ... Cairo" / "Hamas spokesman in
    Damascus confirmed the visit, saying Meshaal has arrived Cairo")."""
    pa = en.places(en.actor_names(a.text))
    pb = en.places(en.actor_names(b.text)) if pa else pa
    if not pb and OBJECT_PLACES:  # (or in the role of what is acted on: "accused Iran of" / "accused Syria of")
        pa = en.object_places(a.text)
        pb = en.object_places(b.text) if pa else pa
    if not pa or not pb or not pa.isdisjoint(en.places(b.terms)) or not pb.isdisjoint(en.places(a.terms)):
        return False
    named = shared & _named(a.text) & _named(b.text)  # (a name in both: "stocks" is not "Stock Exchange")
    return not any(weight[t] >= rare and not en.places((t,)) for t in named)


def _located_apart(a: _Item, b: _Item) -> bool:
    """Both set their happening in a place (`lang.en.facts.located_places`: a country or a city of
    one, after a preposition of place), the places are of other countries, neither names the
    other's anywhere (`lang.en.facts.named_places`), and the two are not near-verbatim
    (`lang.en.facts.near_verbatim`): two happenings of one day met on words any killing or clash
    has ("Supporters of Hamas and Fatah clashed Sunday in Gaza City, killing two people" / "Police
    shot dead two men in Nairobi on Sunday"; session 20, prec15). A happening told from two places
    names the one it took place in in both ("arrived in Cairo" / "a spokesman in Damascus said he
    arrived in Cairo"). A lone statement joining a fact is held to it when the fact never names
    its place (a statement naming none is set where its document's story is: `_located_places`,
    prec17) (`_located_apart_fact`: the twin embassy bombings of Kenya and Tanzania take "The
    bomb outside the U.S. Embassy in Tanzania ..."), and two facts merging when neither names the
    other's places (`_facts_located_apart`)."""
    pa = _located_places(a)
    if not pa:
        return False
    pb = _located_places(b)
    if not pb or not pa.isdisjoint(_named_places(b)) or not pb.isdisjoint(_named_places(a)):
        return False
    return not en.near_verbatim(a.text, b.text)


def _refusal_apart(a: _Item, b: _Item) -> bool:
    """`a` refuses (`lang.en.facts.refuses`, its main clause: "The ruling Islamists have refused to
    agree to renounce violence, recognise Israel and accept past peace deals") and `b` demands
    (`lang.en.facts.demands`: "..., demanding that they renounce violence, recognise Israel and
    accept past peace deals") with no refusal in it: two sides' opposite acts, met on the demanded
    content word for word (session 20, prec17). Two refusals, or a demand told with its refusal
    ("Hamas rejected the Quartet's demands"), may be one."""
    return en.refuses(a.text) and not en.refuses(b.text, anywhere=True) and en.demands(b.text)


def _phases_apart(a: _Item, b: _Item) -> bool:
    """Both tell a phase of their act (`lang.en.facts.act_phase`), and other ones: its end ("Iran in
    February stopped allowing extensive UN access to its atomic sites"), its going on ("it has still
    been allowing regular UN inspections of its atomic sites") or its resumption are two facts, met
    on the act's own words (session 20, prec17). A statement telling no phase may join either;
    xrecall3's cause and effect ("ended its suspension of" / "resumed") tell none and one."""
    pa = en.act_phase(a.text)
    if not pa:
        return False
    pb = en.act_phase(b.text)
    return bool(pb) and pa != pb


def _naming_apart(a: _Item, b: _Item) -> bool:
    """One names people as someone (`lang.en.facts.names_people`: "The dead women were named as
    Gemma Adams, 25, and Tania Nicol, 19"), the other does not: a naming tells who they are, not
    the happening it meets on their names ("An inquest opened on Monday into the deaths of Gemma
    Adams and Tania Nicol"; session 20, prec15). Two namings may be one."""
    return en.names_people(a.text) != en.names_people(b.text)


def _located_apart_fact(item: _Item, members: list[_Item]) -> bool:
    """`_located_apart` of a lone statement and a fact (its first COHESION_SAMPLE statements): set
    apart from one of them, and its place named by none (a fact of two places' happenings, "the
    embassy bombings in Kenya and Tanzania", takes a statement of either)."""
    own = _located_places(item)
    if not own or any(not own.isdisjoint(_named_places(m)) for m in members):
        return False
    return any(_located_apart(item, m) for m in members)


def _states_apart(a: _Item, b: _Item) -> bool:
    """Both say a state (`lang.en.facts.is_state`) of a named subject
    (`lang.en.facts.state_subject`), and neither's subject is named in the other: one thing
    said of two ("Khost, a mountainous region, has been a hotbed of Taliban and other
    militants" / "Paktika has been a hotbed of Taliban and other militants")."""
    sa = en.state_subject(a.text)
    if not sa:
        return False
    sb = en.state_subject(b.text)
    return bool(sb) and b.terms.isdisjoint(sa) and a.terms.isdisjoint(sb)


def _pronoun_later(a: _Item, b: _Item) -> bool:
    """`a` starts with a pronoun (its actor named elsewhere in its report), has no date of its
    own and is reported more than STORY_DAYS after `b`'s one precise day: its report's news, of an
    actor its words do not name, not `b`'s happening told again ("He reiterated that the
    Sudanese government would only accept a UN presence within the AU Mission in Darfur", nine
    days after "Sudanese President Omer al-Bashir reiterated on Sunday his country's refusal
    ..."). It links on most of its words only (SAME_WORDS). (A span is history a later report
    may tell again: "He has been arrested more than a dozen times" / "Kopp had been arrested in
    several states since 1990"; a quote's "I" is its speaker: "\"I am pleased to announce that
    President Mobutu and Mr. Kabila have agreed to face-to-face talks,\" he said".)"""
    return (a.pronoun and _no_date(a) and b.lo == b.hi and a.reported is not None
            and (a.reported - b.hi).days > STORY_DAYS and not en.is_quote(a.text))


def _reaction_later(a: _Item, b: _Item) -> bool:
    """`_pronoun_later`, and both say one reaction (`lang.en.facts.REACTIONS`: condemn, welcome,
    claim responsibility) in their main terms: each actor's reaction is a fact of its own
    (GUIDELINES, "another actor, same act"), and a pronoun's actor, named earlier in its
    report days later, is not known to be the other's ("It strongly condemns the ``terrorist
    bomb attacks''", five days after "The Cypriot government Saturday strongly condemned two
    terrorist bomb attacks in Kenya and Tanzania"), whatever words they share."""
    if not _pronoun_later(a, b):
        return False
    return not en.REACTIONS.isdisjoint(en.main_terms(a.text) & en.main_terms(b.text))


def _same_verb(a: _Item, b: _Item) -> bool:
    """Both main verbs are read and are one (`lang.en.facts.main_verb`): with most of their
    words shared, what they say happened is the same even when a fronted clause or a frame
    moves their head terms apart ("In 1988 Pinochet lost a plebiscite" / "After Pinochet lost a
    1988 referendum ..., he handed over power"; "Pinochet said he held 'no grudge'" / "his wife
    read a message saying that the former dictator held 'no grudge'")."""
    va = _verb(a)
    return bool(va) and va == _verb(b)


def _reported_only(a: _Item, b: _Item, shared: frozenset[str]) -> bool:
    """Every term `a` shares with `b` but at most one is in what `a` knows from reports
    (`lang.en.facts.reported_terms`), and `b` is no report of reports itself: "He spoke after
    reports of a sweeping victory for the main religious Shiite coalition, the United Iraqi
    Alliance" is not "residents were already celebrating the victory of the ... United Iraqi
    Alliance" (the lead's reading of AFP December 2005)."""
    reported = en.reported_terms(a.text)
    return bool(reported) and not en.reported_terms(b.text) and len(shared - reported) <= 1


def _other_object(a: _Item, b: _Item) -> bool:
    """Both say one main verb, each with an object (`lang.en.facts.verb_object`), and neither
    object is in the other statement: the same actor doing one kind of act to two things
    ("Judge Amin ruled that the audio feed to journalists be cut" / "Amin ruled a 10-minute
    break"; "Erakat 'strongly condemned' the attack" / "Erakat condemned the decision")."""
    va = _verb(a)
    if not va or va != _verb(b):
        return False
    oa, ob = en.verb_object(a.text), en.verb_object(b.text)
    return bool(oa) and bool(ob) and b.terms.isdisjoint(oa) and a.terms.isdisjoint(ob)


def _other_reaction(a: _Item, b: _Item) -> bool:
    """Both main verbs are read and differ, one is a reaction (`lang.en.facts.REACTIONS`: condemn,
    claim responsibility, welcome), and neither verb is in the other statement: a reaction to a
    happening and another act on it, whatever they share of the happening ("Iraq condemned on
    Thursday the three suicide bombing attacks on three hotels ... which killed at least 57" /
    "Al-Qaida branch in Iraq claimed responsibility for the suicide bombings on three Amman
    hotels, which killed 57 people": 0.63)."""
    va, vb = _verb(a), _verb(b)
    if not va or not vb or va == vb or (va not in en.REACTIONS and vb not in en.REACTIONS):
        return False
    return va not in b.terms and vb not in a.terms


def _acts_apart(a: _Item, b: _Item) -> bool:
    """One named actor (`lang.en.facts.actor_names`, a name both give), each one's happening
    (`_said`) not in the other, and one says it as a plan ("will", "would": `lang.en.facts.future_main`)
    and the other as done: two acts of the actor, whatever the words their story gives both
    ("United Front coalition leader Inder Kumar Gujral on Sunday staked claim to form India's new
    government" / "... Gujral on Sunday said he would improve India's relations with Pakistan
    after forming his new government"). Two of one tense may be one act told in other verbs
    ("Kopp is being sought as a material witness" / "Kopp is wanted as a material witness")."""
    ha, hb = _said(a), _said(b)
    if not ha or not hb or not b.terms.isdisjoint(ha) or not a.terms.isdisjoint(hb):
        return False
    if en.future_main(a.text) == en.future_main(b.text):
        return False
    na = en.actor_names(a.text)
    return bool(na) and not na.isdisjoint(en.actor_names(b.text))


def _meetings_apart(a: _Item, b: _Item) -> bool:
    """Both name whom a meeting was with (`lang.en.facts.met_names`: "met with John Shattuck",
    "talks with ... Bashkim Fino", a run's last word), and neither's people are anywhere in the
    other statement: two meetings sharing their actor and the words of meeting ("The Dalai Lama
    was also expected to meet with Secretary of State Madeleine Albright" / "the Dalai Lama also
    met with John Shattuck, assistant secretary of state ..."). One meeting told from its two
    sides names each side in both ("Prodi flew into southern Albania for talks with his Albanian
    counterpart Bashkim Fino" / "Fino, speaking after a meeting with his Italian counterpart
    Romano Prodi, ...") and stays."""
    ma = en.met_names(a.text)
    if not ma:
        return False
    mb = en.met_names(b.text)
    return bool(mb) and b.terms.isdisjoint(ma) and a.terms.isdisjoint(mb)


def _on_one_day(a: _Item, b: _Item) -> bool:
    """Both are dated one same precise day."""
    return a.lo == a.hi == b.lo == b.hi


def _undated(a: _Item, b: _Item) -> bool:
    """Neither has a date of its own (`_no_date`: "on or before" its report, or an undated
    future "on or after" it)."""
    return _no_date(a) and _no_date(b)


def _no_date(item: _Item) -> bool:
    """It has no date of its own, only its report's, in either direction: "../REPORTED" (`lo`
    is date.min: what happened by the report) or "REPORTED/.." (`hi` is date.max and `lo` its
    report: an undated future, "China will announce a package at the summit"). An open end
    from another day than the report ("since 1990") is a date of its own; so is one whose
    report is not known."""
    return item.lo == date.min or (FUTURE_UNDATED and item.hi == date.max and item.lo == item.reported)


def _report_day(item: _Item) -> date:
    """The day an undated statement (`_no_date`) is dated by: its report, the end of
    "../REPORTED" and the start of "REPORTED/.."; of a dated statement, its last day."""
    return item.lo if FUTURE_UNDATED and item.hi == date.max and item.lo == item.reported else item.hi


def _one_day_link(a: _Item, b: _Item, weight: dict[str, float], rare: float) -> bool:
    """Both are dated one same precise day by their own words, and pass every check of a link
    (`_score`: head terms meeting, no other actor, no other happening, nothing only in passing
    or as a setting, no state against a happening) at DAY_DICE instead of THRESHOLD: the day
    they share is evidence the words need not give ("Chile's former strongman Augusto Pinochet
    was reported to be gravely ill Sunday, after a massive heart attack" / "He was in serious
    condition at the Military Hospital after heart surgery in Santiago Sunday"). Not when both
    give numbers and share none, or decimal figures and share none: one day's items of a kind
    ("In New York Stock Exchange composite trading Friday, Aetna closed at $60, down 50 cents" /
    "... Conseco closed at $19.50, down 25 cents"). An undated future told on the other's day,
    that day's report of it told the same day, shares that day too (`_future_of_its_day`)."""
    if not (_one_day_said(a, b) or (SAME_DAY_FUTURE and (_future_of_its_day(a, b) or _future_of_its_day(b, a)))):
        return False
    if DAY_BOTH_SAID and bool(_happens(a)) != bool(_happens(b)):
        return False
    na, nb = _numbers(a), _numbers(b)
    if (na and nb and na.isdisjoint(nb)) or _other_figures(a, b):
        return False
    return _score(a, b, weight, rare, DAY_DICE)[0] >= DAY_DICE


def _future_of_its_day(a: _Item, b: _Item) -> bool:
    """`a` is an undated future (`_no_date`'s "REPORTED/..", made where a sentence with no date
    of its own opens on a future: "The Bush-Abdullah II meeting will proceed as scheduled") and
    `b` is dated its report's very day by its own words, told that same day ("King Abdullah II on
    Wednesday held talks with ... Bush", Xinhua 29 Nov 2006, dev19): the first day of `a`'s open
    date is the day `b` names, and both were written on it, so a happening done that day is the
    likeliest one the future tells (`SAME_DAY_FUTURE`). Not a report of another day (the future
    has happened, or not, by then), a day after the report (its date has a start of its own: `b`
    says "Thursday"), nor a day `b` names only in passing (`_one_day_said`). An undated past
    ("../REPORTED") names no day: any before its report."""
    return (a.hi == date.max and a.lo == a.reported and b.lo == b.hi == a.lo and b.reported == a.reported
            and not (MAIN_DAY and en.day_in_passing(b.text)))


def _quote_below(a: _Item, b: _Item) -> bool:
    """One of them is a direct quote (`lang.en.facts.is_quote`: it opens with a quotation
    mark): a speaker's words are told again as they were said, so a quote links on a strong
    score only, not by weak links adding up or on one day's lower bar. What it shares weakly
    with another statement is its speaker and the story's words ("\"We must restore a decent
    life, otherwise there can't be public order ...,\" Vranitzky said" / "\"Albania has need of
    aid, of restoring public order ...,\" Vranitzky said"; "\"Today's charges should make one
    thing clear: No one is above the law,\" Levy said" / "None of the ... buyers were charged or
    named Wednesday, Levy said")."""
    return en.is_quote(a.text) or en.is_quote(b.text)


def _since_start_apart(a: _Item, b: _Item) -> bool:
    """a names its day only in a "since" clause of another happening (`lang.en.facts.day_since`):
    it tells a state that began then, dated by the happening it only mentions ("Elian has been
    the focus of an international custody battle since he was found on an inner tube ... on Nov.
    25"); b gives a date of its own (`_no_date`) in no such clause: what it tells is its date's
    ("Elian ... was found clinging to an inner tube Nov. 25", "Rescued on Nov. 25 by fishermen
    ..., Elian has become the subject of an international custody battle"). Their dates agree
    because one mentions the other's happening: two, whatever words the mention shares. Two
    states since one start may be one ("has been ... since he was found on Nov. 25" / "has
    lived with relatives since he was rescued on Nov. 25"), and an undated statement of the
    state ("He has been staying with relatives in Miami") is read on its words."""
    return en.day_since(a.text) and not _no_date(b) and not en.day_since(b.text)


def _one_day_said(a: _Item, b: _Item) -> bool:
    """Both are dated one same precise day, and that day is evidence of one happening: neither
    names its day only in a clause that mentions another happening (`lang.en.facts.day_in_passing`:
    "after being found ... last Thanksgiving", "since he was found ... on Nov. 25"). Such a
    statement's date is the mentioned happening's (the statement date falls back to a
    subordinate clause's when the main clause has none, `temporal.clauses`), so the day it
    shares with a report of that happening shows a mention, not a restatement ("The boy was
    placed in his care after being found clinging to an inner tube ... last Thanksgiving" /
    "Elian ... was found clinging to an inner tube Nov. 25"): it links on its words alone."""
    if not _on_one_day(a, b):
        return False
    return not MAIN_DAY or not (en.day_in_passing(a.text) or en.day_in_passing(b.text))


def _heads_meet(a: _Item, b: _Item) -> bool:
    """Each one's head terms (what it says happened) appear in the other; an incident named by
    a general word takes its "when" clause's happening as head terms too ("The accident
    occurred ... when a methane gas explosion ...": `lang.en.facts.when_happening`)."""
    if a.lead & b.terms and b.lead & a.terms:
        return True
    if not en.OCCURRED_WHEN and not en.CAUSED_BY:
        return False
    # (and a happening told as the subject's cause: "The toxic spill resulted from a blast ...",
    # `lang.en.facts.cause_happening`; xrecall6)
    return bool((a.lead | en.when_happening(a.text) | en.cause_happening(a.text)) & b.terms
                and (b.lead | en.when_happening(b.text) | en.cause_happening(b.text)) & a.terms)


def _overlap(a: _Item, b: _Item) -> tuple[date, date] | None:
    lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
    return (lo, hi) if lo <= hi else None


def _add(index: FactIndex, events: Sequence[Event], read: dict[str, TextRead] | None = None,
         fed: Feed | None = None) -> list[_Item]:
    new = []
    df, doc_terms, items = index.df, index.doc_terms, index.items
    dated: dict[tuple[str, date | None], tuple[date, date, tuple[int, ...], date | None]] = {}
    claimants: dict[str, str] = {}
    # document -> its statements taken from `fed` (counted below): one as itself, several in
    # a list (most documents of a large ingest have one: a list each was ~70 bytes a document
    # at the grouping's peak)
    prepared: dict[str, _Item | list[_Item]] = {}
    read_here: set[str] = set()  # the documents of statements read here (not taken from `fed`)
    doc_items = index.doc_items
    # (events read from disk one at a time give their order by id without being read:
    # store.Transaction.park)
    by_id = getattr(events, "by_id", None)
    for event in by_id() if by_id is not None else sorted(events, key=lambda e: e.id):
        if event.id in items:
            continue
        # (prepared from the same event as its document arrived, when `fed` holds it)
        ready = fed.take(event) if fed is not None else None
        if ready is not None:
            items[ready.id] = item = ready  # (its id, not the event's: a copy when read from disk)
            have_taken = prepared.get(item.doc)
            if have_taken is None:
                one = doc_items.get(item.doc)
                if isinstance(one, str) and item.doc not in doc_terms:
                    doc_terms[item.doc] = items[one].terms  # (counted before: its one statement's)
                prepared[item.doc] = item
            elif isinstance(have_taken, list):
                have_taken.append(item)
            else:
                prepared[item.doc] = [have_taken, item]
        else:
            item = items[event.id] = _item(event, read, dated, claimants)
            read_here.add(item.doc)
            have = doc_terms.get(item.doc)
            if have is None and item.doc not in prepared:
                one = doc_items.get(item.doc)  # (a document of one statement, counted: its terms)
                if isinstance(one, str):
                    have = doc_terms[item.doc] = items[one].terms
            fresh = item.terms if have is None else item.terms - have
            _count(df, fresh)  # (df: documents per term)
            if have is None:
                if item.doc in prepared:  # (its statements from `fed` are counted below)
                    doc_terms[item.doc] = item.terms
            elif fresh:
                if not isinstance(have, set):  # (a statement's terms, shared: termtuple.Terms)
                    doc_terms[item.doc] = have = set(have)
                have |= fresh
        _put(index.doc_items, item.doc, item.id)
        _put(index.by_text, item.text_hash, item.id)
        new.append(item)
    stories = _place_documents(index, new, events) if DEFINITE_CONTEXT and en.DEFINITE_CONTEXT else {}
    for doc, taken in prepared.items():
        _count_document(index, doc, taken if isinstance(taken, list) else [taken])
    # Each document `new` touches, once (no set of them all: ~50 bytes a document at the peak)
    for doc in prepared:
        _alias_document(index, doc, stories.get(doc))
    for doc in sorted(read_here.difference(prepared)):
        _alias_document(index, doc, stories.get(doc))
    return new


def _place_documents(index: FactIndex, new: list[_Item], events: Sequence[Event]) -> dict[str, str]:
    """`_give_context` for each document of two or more of the `new` statements, their places
    read from the events after the statements are made (a list and a place per statement kept
    while they were made were ~100 bytes a small document at the grouping's peak; a document of
    one statement, most of a large ingest's, needs none). Returns each such document's story place
    (`lang.en.facts.story_place`, read in the document's order: `LOCATED_APART`, prec17)."""
    doc_items = index.doc_items
    want = {item.id: item for item in new if not isinstance(doc_items.get(item.doc), str)}
    stories: dict[str, str] = {}
    if len(want) < 2:
        return stories
    column = getattr(events, "column", None)  # (events on disk: spill.SpilledEvents reads rows alone)
    if column is not None:
        pairs: Iterable[tuple[str, "tuple[int, int] | None"]] = zip((events.id(i) for i in range(len(events))), column("span"))  # type: ignore[attr-defined]  # (SpilledEvents)
    else:
        pairs = ((e.id, e.span) for e in events)
    placed: dict[str, list[tuple[int, _Item]]] = {}  # document -> (its place, statement)
    for ident, span in pairs:
        item = want.get(ident)
        if item is not None:
            placed.setdefault(item.doc, []).append((span[0] if span else -1, item))
    for doc, found in placed.items():
        _give_context(found)
        if LOCATED_APART and len(found) > 1 and all(at >= 0 for at, _ in found):
            found.sort(key=lambda p: (p[0], p[1].id))
            stories[doc] = en.story_place([item.text for _, item in found])
    return stories


def _give_context(placed: list[tuple[int, _Item]]) -> None:
    """Give each statement of a document that names nothing of its own and speaks of something
    definite (`lang.en.facts.names_nothing`: "It added the mine's production permit and safety
    license have both expired") the names of the last statement before it that names something
    (`lang.en.facts.name_heads`: "A third gas blast on Sunday hit Luweitan Colliery in Linfen
    city ..." -> luweitan, linfen, north, shanxi): what its definite words refer to. The
    document's order is its statements' places (`Event.span`); without them, nothing is given."""
    if len(placed) < 2 or any(at < 0 for at, _ in placed):
        return
    placed.sort(key=lambda p: (p[0], p[1].id))
    names: frozenset[str] = frozenset().union(*(en.inner_names(item.text) for _, item in placed))
    last: frozenset[str] = frozenset()
    context: _Context | None = None  # (made for the last names only when a statement takes them)
    maybe: _ActorLate | None = None  # (the same, for statements that may name their actor only)
    for _, item in placed:
        heads = en.name_heads(item.text, names)
        # (naming its actor only, what it acts on is the document's too: `ACTOR_CONTEXT`; whether
        # it does is read when it is compared, `_ActorLate`)
        if ACTOR_CONTEXT and heads and last:  # (its names are still the last for what follows)
            if maybe is None:
                maybe = _ActorLate(last, names)
            item.context = maybe  # type: ignore[assignment]  # (read as its context when asked: `_ContextLate`)
        if heads:
            last, context, maybe = heads, None, None
        elif last and en.names_nothing(item.text, names, heads):
            if context is None:
                context = _Context(last)
                context.doc = names
            item.context = context


class _Context(frozenset[str]):
    """The names a statement naming nothing refers to (`_give_context`), and (`doc`) every name
    its document writes (`lang.en.facts.inner_names`): one object for the statements that share it."""

    doc: frozenset[str] = frozenset()


class _ActorContext(frozenset[str]):
    """The names a statement naming its actor only acts on (`ACTOR_CONTEXT`, `_give_context`):
    read by `_template_reports` only, every other rule sees no context."""

    doc: frozenset[str] = frozenset()


class _ActorLate:
    """The context of a statement naming names after its document's `last` ones, until it is
    read whether it names its actor only (`lang.en.facts.names_actor_only`: then `_ActorContext`,
    else None). Read when the statement's context is first asked (`_Item.context`): most
    statements are never compared, and the read (its main verb) was half of `_give_context`'s
    time. One object for the statements that share `last`; so is the `_ActorContext` it gives."""

    __slots__ = ("last", "names", "made")

    def __init__(self, last: frozenset[str], names: frozenset[str]) -> None:
        self.last, self.names = last, names  # (`names`: every name its document writes)
        self.made: _ActorContext | None = None

    def context_of(self, item: _Item) -> _ActorContext | None:
        """`item`'s context: `_ActorContext` of the last names when it names its actor only."""
        text, names = item.text, self.names
        if not en.names_actor_only(text, names, en.name_heads(text, names)):
            return None
        if self.made is None:
            self.made = _ActorContext(self.last)
            self.made.doc = names
        return self.made


def _template_reports(a: _Item, b: _Item) -> bool:
    """Both name their actor only and act on what their documents named last (`_ActorContext`),
    neither has a date of its own, their reports are of other days, and those names share none:
    at any score, one fixed sentence of two reports told of other things (`OTHER_REPORTS`: "The
    Ministry of Agriculture has sent a team of experts to help contain the disease, and local
    veterinary departments have culled the poultry near the affected area", after Inner
    Mongolia's and Hubei's outbreaks / "... sent teams of experts to help control the disease
    ...", after Xinjiang's, Ningxia's and Yunnan's, two days on). Not statements naming nothing
    (`_Context`: "He chose that moment to hang himself ..." told again; below SAME_WORDS only,
    `_referents_apart`), nor two whose referents either document names anywhere (`doc`): one
    story's actor told of in other paragraphs ("Anti-abortion protester James Kopp is being
    sought as a material witness in the shooting" / "The FBI says Kopp is wanted as a material
    witness in the case", both reports naming Slepian and Amherst)."""
    ca, cb = a.context, b.context
    return (isinstance(ca, _ActorContext) and isinstance(cb, _ActorContext) and _undated(a, b)
            and _report_day(a) != _report_day(b) and ca.isdisjoint(cb.doc) and cb.isdisjoint(ca.doc))


def _referents_apart(a: _Item, b: _Item) -> bool:
    """One names nothing of its own and its document's last names (`_Item.context`,
    `_give_context`) share none with the other's names (its own `lang.en.facts.name_heads`, or
    its context too): the definite words speak of another thing ("It added the mine's
    production permit and safety license have both expired", after "... hit Luweitan Colliery
    in Linfen city", is not "The production licence of the village-run Nanshan Coal mine expired
    at the end of last year"; "Three managers responsible for the blast have been arrested",
    after "... gas blast in Yuanhua Coal Mine in Jixi", is not "Police have detained the mine
    owner", after "Luweitan colliery is designed to produce ..."; session 16, prec9). Against a
    statement naming things of its own (`NAMED_ELSEWHERE`): when none of its names (its first word
    aside) is the context nor written anywhere in the first one's document (`_Context.doc`): "It
    added the mine's ..." (a document never naming Nanshan) is not "The production licence of the
    Nanshan Coal Mine expired". The document matters: "Buried a foot beneath the ground, the weapon
    was unearthed ..." follows another name than Slepian's, but its document names him, and it is
    "The rifle was discovered April 8 ... behind Slepian's house"."""
    if isinstance(a.context, _ActorContext) or isinstance(b.context, _ActorContext):
        a, b = (a if not isinstance(a.context, _ActorContext) else _replace(a, context=None),
                b if not isinstance(b.context, _ActorContext) else _replace(b, context=None))
    if a.context is not None and b.context is not None:
        return a.context.isdisjoint(b.context)
    if not NAMED_ELSEWHERE:
        return False
    if a.context is None:
        a, b = b, a
    if a.context is None:
        return False
    own = en.name_heads(b.text, frozenset())  # (its first word aside: "Police arrested ..." names no one)
    doc: frozenset[str] = getattr(a.context, "doc", frozenset())
    return bool(own) and own.isdisjoint(a.context) and own.isdisjoint(doc)


def _alias_document(index: FactIndex, doc: str, story: str | None = None) -> None:
    """Give each statement of `doc` its document's aliases (`lang.en.facts.aliases`: "the
    MRTA rebels" -> rebel is mrta), read from all its statements, and its story's place (`story`,
    read by `_place_documents` in the document's order; None: the one it had, if any)."""
    items = index.items
    ids = _ids(index.doc_items, doc)
    texts = [items[i].text for i in ids]
    table: dict[str, str] | None = {**en.titled(texts), **en.aliases(texts), **_described_table(texts)} or None
    if story is None:
        had = items[ids[0]].alias if ids else None
        story = had.story if isinstance(had, _DocTable) else ""
    if LOCATED_APART and story:
        table = _DocTable(table or {})  # (its story's place rides on the document's table: no slot more a statement)
        table.story = story
        table.named = en.named_places(frozenset().union(*(items[i].terms for i in ids)))
    for i in ids:
        items[i].alias = table


class _DocTable(dict[str, str]):
    """A document's aliases (`_alias_document`) and (`story`) the country its story is set in
    (`lang.en.facts.story_place`), read by `_located_places` for a statement naming no place."""

    story: str = ""
    named: frozenset[str] = frozenset()  # the countries the document names anywhere


def _located_places(item: _Item) -> frozenset[str]:
    """The countries `item` sets itself in (`lang.en.facts.located_places`), or, naming no place
    anywhere (`lang.en.facts.named_places`), its document's story's (`_DocTable.story`; session 20, prec17)."""
    own = en.located_places(item.text)
    if own or not isinstance(item.alias, _DocTable) or not item.alias.story or en.named_places(item.terms):
        return own  # (naming a place anywhere, "flowing past Harbin", it has one of its own)
    return frozenset((item.alias.story,))


def _named_places(item: _Item) -> frozenset[str]:
    """The countries `item` names (`lang.en.facts.named_places`); set where its story is
    (`_located_places`), those its document names anywhere too (`_DocTable.named`): the story's
    place is no more than its document says ("The pollution slick is flowing past Harbin", of a
    report naming Russia, is not apart from a statement set "in Russia"; session 20, prec17)."""
    own = en.named_places(item.terms)
    if own or not isinstance(item.alias, _DocTable) or not item.alias.story or en.located_places(item.text):
        return own
    return item.alias.named | {item.alias.story}


def _doc_terms(index: FactIndex, doc: str) -> set[str] | frozenset[str]:
    """The terms of `doc`'s statements indexed (KeyError if none): a document of one
    statement keeps no entry in `index.doc_terms`, its terms are its statement's."""
    have = index.doc_terms.get(doc)
    if have is None:
        one = index.doc_items[doc]
        if not isinstance(one, str):
            raise AssertionError(f"{doc}: several statements and no terms")  # (never: _add keeps them)
        have = index.items[one].terms
    return have


def _count_document(index: FactIndex, doc: str, taken: list[_Item]) -> None:
    """Count a document's statements prepared by a feed into its terms and the documents per
    term (df) at once, their terms united first: the counts _add makes statement by
    statement, in less work (a one-statement document's terms are its statement's set)."""
    terms = taken[0].terms if len(taken) == 1 else frozenset().union(*(item.terms for item in taken))
    doc_terms = index.doc_terms
    have = doc_terms.get(doc)
    fresh = terms if have is None else terms - have
    _count(index.df, fresh)
    if have is None:
        if len(taken) > 1:  # (a document of one statement keeps no entry: `_doc_terms`)
            doc_terms[doc] = terms
    elif fresh:
        if not isinstance(have, set):
            doc_terms[doc] = have = set(have)
        have |= fresh


class _Weights(dict[str, float]):
    """{term: its IDF weight} for a batch's search (`_candidates`): a term of at most one
    document, not kept, weighs `once` (`_idf` of a document count of 0 or 1: the same float)."""

    __slots__ = ("once",)

    def __init__(self, once: float) -> None:
        super().__init__()
        self.once = once

    def __missing__(self, term: str) -> float:
        return self.once


_Route = list[str] | dict[int, list[str]]   # a rare term's posting (two or more), or a weekly one's by week
_Blocks = dict[str, list[str] | dict[int, list[str]]]  # the routes searched: postings of one left out


def _route_of(index: FactIndex, t: str, common: float) -> str:
    """How term `t` blocks in a batch (the document counts do not change while it is
    compared): "rare", its posting across any date; "weekly", its postings by week; or ""
    (generic words, numbers and terms as common as stop words do not block)."""
    if t in en.GENERIC or (t[0] == "#" and not _amount(t)):
        return ""  # (days and years link nothing on their own: the dates are compared)
    df = index.df.get(t, 0)
    if df > common:
        return ""  # as common as a stop word here: links nothing on its own
    return "rare" if df <= RARE_DF else "weekly"


def _routes(index: FactIndex, terms: Iterable[str], common: float) -> dict[str, _Route]:
    """The postings the batch's terms are searched on (`_route_of`), read once per term for
    a whole batch: a weekly term's postings by week, a rare term's posting across any date
    when it is a list (of two or more). `terms`: the batch's, a term as often as met. A rare
    term of one statement or none yet (most are: a name or an amount said once) has no entry
    here: `_candidates` reads its id from `index.rare` (an entry each was ~40 bytes a small
    document at the grouping's peak)."""
    rare, weekly, df = index.rare, index.weekly, index.df
    routes: dict[str, _Route] = {}
    for t in terms:
        if t in routes or df.get(t, 0) > common:
            continue  # (a term of more documents than `common` blocks on nothing: `_route_of`, read without it)
        how = _route_of(index, t, common)
        if how == "weekly":
            route = weekly.get(t)
            if route is None:
                weekly[t] = route = {}
            routes[t] = route
        elif how:
            posting = rare.get(t)
            if isinstance(posting, list):
                routes[t] = posting
    return routes


def _candidates(index: FactIndex, new: list[_Item], processes: int = 1) -> tuple[list[tuple[float, str, str, Evidence]],
                                                                                 list[tuple[str, str]]]:
    """Scored links between each new statement and the indexed ones sharing at least
    MIN_SHARED of its blocking terms (in the same weeks, or rare terms at any date), and the
    pairs compared whose dates overlap and who share NEAR_SHARED terms, linked or not (their
    facts are compared as wholes)."""
    n_docs = len(index.doc_items)
    common = max(COMMON_MIN_DF, MAX_DF_SHARE * n_docs)
    df_of = index.df
    # The batch's terms, each once, as the keys of their weights (no set of them beside it:
    # most terms of a large batch are met in one document, ~40 bytes each at the peak); (_idf,
    # inlined: read once per document count, one float for the terms of each: 24 bytes less)
    whole = index.whole
    cut = [_read_whole(item) for item in new if CAME_COPIES and en.came_cut(item.text)]
    for read in cut:
        whole[read.id] = read
    # A term of one document (most of a large batch's: a name or an amount said once) is
    # weighed without an entry (`_Weights`: ~40 bytes each at the grouping's peak).
    weight = _Weights(math.log(1 + n_docs / 1))
    by_df: dict[int, float] = {}
    for t in chain.from_iterable(item.terms for item in chain(new, cut)):
        df = df_of.get(t, 0)
        if df > 1 and t not in weight:
            w = by_df.get(df)
            if w is None:
                w = by_df[df] = math.log(1 + n_docs / max(1, df))
            weight[t] = w
    # (each statement's weight read from them when it is first compared, `_weight`: the same
    # float, made for the few compared only)
    for item in chain(new, cut):
        item.weight = weight
    routes = _routes(index, chain.from_iterable(item.terms for item in chain(new, cut)), common)
    # (every statement indexed is new, as in a store's first grouping: the index's own table
    # says which are, where a set of their ids took ~40 bytes a statement at the peak)
    new_ids: Container[str] = index.items if len(new) == len(index.items) else {item.id for item in new}
    rare = index.rare
    for item in new:  # index first so new statements also meet each other
        weeks, own = item.weeks, item.id
        for t in _searched_terms(whole, item):
            route = routes.get(t)
            if route is None:
                # (a term of more than RARE_DF documents has a route when it blocks, `_routes`: so
                # one without is no rare term, known from its count without `_route_of`; 77k of
                # the 110k routeless terms of a 20k store, speed22)
                if df_of.get(t, 0) > RARE_DF or _route_of(index, t, common) != "rare":
                    continue
                # a rare term's first statement (its id), or its second (a list now, searched)
                one = rare.get(t)
                if one is None:
                    rare[t] = own
                elif isinstance(one, list):  # (not met: `_routes` holds a list)
                    routes[t] = one
                    one.append(own)
                else:
                    routes[t] = rare[t] = [one, own]
            elif isinstance(route, list):
                route.append(own)
            else:
                for w in weeks:
                    posting = route.get(w)
                    if posting is None:
                        route[w] = [own]
                    else:
                        posting.append(own)
    # (no posting of one among them: a rare term's one statement is kept as its id, in `rare`
    # only, not a list of one; 100,000 small documents' numbers held 12 MiB of lists)
    blocks: _Blocks = routes
    del routes
    if processes > 1 and len(new) >= SPLIT_FROM:
        from timeline_cli.factsplit import search_in_parts

        out, near = search_in_parts(index, new, processes, lambda part: _search(index, part, new_ids, blocks, weight, n_docs))
    else:
        out, near, _done = _search(index, new, new_ids, blocks, weight, n_docs)
    # Best first; ties (many links are clamped to THRESHOLD) in an order read from the
    # statements themselves, not their ids: an id hashes the source's name, so ids ordered
    # the ties by chance and one document more, or one renamed, could regroup others
    # (`_content_order`).
    items = index.items
    out.sort(key=lambda c: (-c[0], _pair_order(items[c[1]], items[c[2]])))
    return out, near


def _content_order(item: _Item) -> tuple:
    """A statement's place among ties: its text, its dates, its document, and its id last
    (two statements of one document with one text and date are interchangeable)."""
    return item.text, item.lo, item.hi, item.doc, item.id


def _pair_order(a: _Item, b: _Item) -> tuple:
    """The order of a link among links of one score: the pair's statements by content
    (`_content_order`), the earlier first."""
    ka, kb = _content_order(a), _content_order(b)
    return (ka, kb) if ka <= kb else (kb, ka)


# The candidate search of this many new statements or more may be cut in parts, each (but the
# first) searched in a forked copy of the process (factsplit.py): the same links, sooner.
SPLIT_FROM = 4000


def _search(index: FactIndex, new: Sequence[_Item], new_ids: Container[str], routes: _Blocks,
            weight: dict[str, float], n_docs: int) -> tuple[list[tuple[float, str, str, Evidence]],
                                                              list[tuple[str, str]], set[tuple[str, str]]]:
    """_candidates' search for the statements `new` (all of the batch `new_ids`, or a part):
    the links found (unsorted), the pairs near, and the pairs of new statements compared."""
    out = []
    near: list[tuple[str, str]] = []
    done: set[tuple[str, str]] = set()
    items, by_text, whole = index.items, index.by_text, index.whole
    rare = math.log(1 + n_docs / RARE_DF) if RARE_DF > 0 else math.inf  # (_idf of a term of RARE_DF documents)
    lowest = min(THRESHOLD, WEAK, DAY_DICE)  # the lowest score any link below is kept at (most pairs score 0)
    for item in new:
        # Two shared terms only link short statements (Dice >= THRESHOLD needs it): cheaper
        # than scoring every pair of long statements that share two words of the story.
        # (A statement cut to the X of its "X came after Y" is blocked on all its words: its
        # near-copies are met, `_came_copies`.)
        terms = _searched_terms(whole, item)
        met, if_short = _hits(_blocking(item, routes, terms), len(terms) > SHORT_TERMS)
        same: Sequence[str] = ()
        twins = _twins(index, item) if not isinstance(by_text.get(item.text_hash), str) else None
        if twins is not None and len(twins.ids) > 1 and not en.is_heading(item.text):
            # its copies are met through their representatives only (`_twin_reps`)
            copies = twins.ids
            met = {o for o in met if o not in copies}
            if_short = {o for o in if_short if o not in copies}
            same = _twin_reps(item, twins)
            met.update(same)
        # (another document's: the statement itself, always met, is of its own)
        doc, lo, hi = item.doc, item.lo, item.hi
        # (its days read from `span` as `lo` and `hi` give them, without a property call each)
        meeting = [o for o in met if (other := items[o]).doc != doc and (sp := other.span)[0] <= hi and lo <= sp[1]]
        if if_short:
            meeting += [o for o in if_short if len((other := items[o]).terms) <= SHORT_TERMS and
                        other.doc != doc and (sp := other.span)[0] <= hi and lo <= sp[1]]
        if len(meeting) > MAX_CANDIDATES:
            meeting = _best(index, item, meeting, weight, n_docs, same)
        own = item.id
        for other_id in meeting:
            pair = (own, other_id) if own < other_id else (other_id, own)  # (the link's ids, in order)
            if other_id in new_ids:  # each new pair once, from whichever side kept it
                if pair in done:
                    continue
                done.add(pair)
            index.compared += 1
            other = items[other_id]
            # (`_overlap` read from the spans: every statement met shares a day with it, above)
            sp = other.span
            days = (lo if lo > sp[0] else sp[0], hi if hi < sp[1] else sp[1])
            if days[0] > days[1]:
                continue
            a, b = pair
            if other_id in same:
                index.scores[pair] = 1.0
                out.append((1.0, a, b, Evidence(a, b, "same text", 1.0, claimant=_one_claimant(item, other), days=days)))
                continue
            if other_id not in new_ids:  # (the new ones' terms are weighed above)
                for t in other.terms:
                    if t not in weight:
                        weight[t] = _idf(index, t, n_docs)
            one, two = item, other
            if whole and (item.id in whole or other_id in whole):
                one, two = _came_copies(index, item, other, weight, n_docs)
            if len(one.terms & two.terms) >= NEAR_SHARED:
                near.append(pair)
            score, shared, how = _score(one, two, weight, rare, read_late=True)
            if score < lowest:
                continue  # (no link of any kind: the quote and incident reads below need not be made)
            if score < THRESHOLD and (_quote_below(one, two) or (OTHER_INCIDENT and _incident_below(one, two))):
                continue
            if score >= THRESHOLD or (score >= WEAK and len(shared) >= WEAK_SHARED):
                index.scores[pair] = score
                kind = "terms" if not how else "same verb" if how == "verb" else "clause"
                out.append((score, a, b, Evidence(a, b, kind, round(score, 3), shared[:8], _one_claimant(item, other),
                                                  days, how if kind == "clause" else "")))
            elif score >= DAY_DICE and _one_day_link(one, two, weight, rare):
                index.scores[pair] = score
                out.append((score, a, b, Evidence(a, b, "one day", round(score, 3), shared[:8], _one_claimant(item, other),
                                                  days)))
    return out, near, done


def _one_claimant(a: _Item, b: _Item) -> str:
    """The claimant two statements share ("" for none): read for a link only (most pairs compared
    are not one)."""
    return a.claimant if a.claimant and a.claimant == b.claimant else ""


def _blocking(item: _Item, routes: _Blocks, terms: Iterable[str]) -> list[tuple[int, str, list[str], list[list[str]] | None]]:
    """The postings of the statement's blocking terms (`terms`: its own, or all its words when
    its "came after" was cut, `FactIndex.whole`) that can bring candidates: (size, term, the
    posting, None), or (size, term, its first week's posting, every week's) for a term
    blocked on several weeks; postings of one (itself) or of more than MAX_POSTING left out."""
    sized: list[tuple[int, str, list[str], list[list[str]] | None]] = []
    weeks = item.weeks
    for t in terms:
        route = routes.get(t)
        if route is None:
            continue
        if isinstance(route, list):
            size = len(route)
            if 1 < size <= MAX_POSTING:
                sized.append((size, t, route, None))
        elif len(weeks) == 1:
            posting = route[weeks[0]]
            if 1 < len(posting) <= MAX_POSTING:
                sized.append((len(posting), t, posting, None))
        elif weeks:
            lists = [p for w in weeks if 1 < len(p := route[w]) <= MAX_POSTING]
            if len(lists) == 1:
                sized.append((len(lists[0]), t, lists[0], None))
            elif lists:
                sized.append((sum(map(len, lists)), t, lists[0], lists))
    return sized


def _hits(sized: list[tuple[int, str, list[str], list[list[str]] | None]], long: bool) -> tuple[set[str], set[str]]:
    """The statements sharing MIN_SHARED of these blocking terms (`_blocking`), and apart
    those sharing no more when `long` (candidates only if they are short), counted over the
    rarest terms first (shortest postings, then the term) until MAX_VISIT ids were counted:
    a statement whose terms are all common in its weeks (a small vocabulary) costs a bounded
    amount, and the candidates it meets are those sharing its heaviest terms."""
    sized.sort()  # (terms differ: the postings are never compared)
    # Counted as sets (each step in C), not a Counter read back id by id: `once`, `twice`,
    # `thrice` hold the ids met in at least one, two, three of the terms so far.
    once: set[str] = set()
    twice: set[str] = set()
    thrice: set[str] = set()
    visited = 0
    last = len(sized) - 1
    # (one pass: a term is counted while the ids counted stay within MAX_VISIT, the first always)
    for at, (size, _term, posting, lists) in enumerate(sized):
        if visited + size > MAX_VISIT and visited:
            break
        visited += size
        met: Iterable[str] = posting if lists is None else set().union(*lists)  # once per term
        # met before and by this term: those twice already are met thrice (twice lies in
        # once, so twice & both is twice & met, without a second pass over the posting)
        if once:
            both = once.intersection(met)
            if both:
                if long and twice:
                    thrice |= twice & both
                twice |= both
        # (the last term counted: its ids met once are met by no later term, not kept)
        if at < last and visited + sized[at + 1][0] <= MAX_VISIT:
            once.update(met)
    if long:
        twice -= thrice
        return thrice, twice
    return twice, thrice  # (thrice is empty)


def _best(index: FactIndex, item: _Item, meeting: list[str], weight: dict[str, float], n_docs: int,
          same: Sequence[str]) -> list[str]:
    """The MAX_CANDIDATES statements sharing the most term weight with `item` (then the
    smallest ids), and any with the same text: the work per statement stays bounded."""
    whole = index.whole
    terms = _searched_terms(whole, item)

    def shared(other_id: str) -> float:
        shared = terms & (index.items[other_id] if not whole else whole.get(other_id) or index.items[other_id]).terms
        for t in shared:
            if t not in weight:
                weight[t] = _idf(index, t, n_docs)
        return fsum(map(weight.__getitem__, shared))

    ranked = sorted(meeting, key=lambda o: (-shared(o), o))
    kept = ranked[:MAX_CANDIDATES]
    return kept + [o for o in ranked[MAX_CANDIDATES:] if o in same]


def _mergeable(index: FactIndex, ra: str, rb: str, cohesion: float = 0.0) -> bool:
    ma, mb = index.members[ra], index.members[rb]
    if index.alone and index.alone & (set(ma) | set(mb)):
        return False
    (la, ha), (lb, hb) = _bounds(index, ra), _bounds(index, rb)
    if max(la, lb) > min(ha, hb):
        return False
    if index.apart and any(frozenset((x, y)) in index.apart for x in ma for y in mb):
        return False
    return cohesion <= 0 or _cohesion(index, ma, mb) >= cohesion


def _chain_apart(index: FactIndex, ra: str, rb: str, links: Sequence[Evidence]) -> bool:
    """The facts at `ra` and `rb` would be joined only through one statement that tells two
    happenings (`_said`: "Iran has insisted that its nuclear program is ... designed to meet
    domestic energy needs, while the United States ... have charged it is a cover for ..."):
    every link between them is the bridge's, the bridge's own fact holds one of its happenings
    and not the other, the other fact the other and not the first, one side telling its
    happening as one (`_said`: not only a word of a passing clause, "a boat wreck that killed his
    mother"), and no statement of the one was ever linked to one of the other (`index.scores`,
    the first COHESION_SAMPLE of each): two facts, not one (`CHAIN_APART`). A happening's dead
    and hurt (`lang.en.facts.TOLL`: "killed 10 people and wounded about 70") are one happening's
    toll, whatever facts hold each: kept."""
    if not CHAIN_APART:
        return False
    for bridge in dict.fromkeys((links[0].a, links[0].b)):
        if not all(bridge in (e.a, e.b) for e in links):
            continue
        own, other = (ra, rb) if index._root(bridge) == ra else (rb, ra)
        if _chain_through(index, bridge, own, other):
            return True
    return False


def _chain_through(index: FactIndex, bridge: str, own: str, other: str) -> bool:
    """`_chain_apart` for one bridge statement in the fact at `own`."""
    said = _said(index.items[bridge])
    if len(said) < 2:
        return False
    mine = [m for m in index.members[own] if m != bridge][:COHESION_SAMPLE]
    theirs = [m for m in index.members[other] if m != bridge][:COHESION_SAMPLE]
    if not mine or not theirs:
        return False
    items = index.items

    def held(ids: list[str], term: str) -> bool:
        return any(term in items[m].terms for m in ids)

    def told(ids: list[str], term: str) -> bool:
        return any(term in _said(items[m]) for m in ids)

    split = any(held(mine, h1) and not held(theirs, h1) and held(theirs, h2) and not held(mine, h2)
                and (told(mine, h1) or told(theirs, h2)) for h1 in said for h2 in said
                if h1 != h2 and not (h1 in en.TOLL and h2 in en.TOLL))
    if not split:
        return False
    scores = index.scores
    return not any(((x, y) if x < y else (y, x)) in scores for x in mine for y in theirs)


def _reports_apart(index: FactIndex, ra: str, rb: str) -> bool:
    """No statement of either fact has a date of its own and their reports lie more than
    REPORTS_APART days apart: the pairwise rule of `_score` (two of a kind, a year apart),
    kept by the phases that join whole facts ("Chinese President Hu Jintao and Premier Wen
    Jiabao are to meet with President Bush", November 2005, is not the meetings of November
    2006 chaired by Wen)."""
    items = index.items
    a = [items[i] for i in index.members[ra]]
    b = [items[i] for i in index.members[rb]]
    if not all(map(_no_date, a)) or not all(map(_no_date, b)):
        return False
    first_a, last_a = min(map(_report_day, a)), max(map(_report_day, a))
    first_b, last_b = min(map(_report_day, b)), max(map(_report_day, b))
    return max((first_b - last_a).days, (first_a - last_b).days) > REPORTS_APART


def _cohesion(index: FactIndex, ma: list[str], mb: list[str]) -> float:
    """Average link score between two facts over their pairs of different documents (a pair
    never scored counts 0): one bridge between two big facts does not merge them."""
    total, pairs = 0.0, 0
    items, scores, twin_of = index.items, index.scores, index.twin_of
    for x in ma[:COHESION_SAMPLE]:
        item = items[x]
        for y in mb[:COHESION_SAMPLE]:
            other = items[y]
            if other.doc != item.doc:
                pairs += 1
                score = scores.get((x, y) if x < y else (y, x))
                if score is None:  # two copies of one text not linked to each other: as if linked
                    # (read here when the search that met them ran in another process: factsplit.py)
                    group = twin_of.get(x) or _twins(index, item)
                    score = 1.0 if (group is not None and group is twin_of.get(y) and not group.heading
                                    and _overlap(item, other)) else 0.0
                total += score
    return total / pairs if pairs else 1.0


def _bounds(index: FactIndex, root: str) -> tuple[date, date]:
    """(first, last) day every member of the fact allows (first > last: none)."""
    have = index.bounds.get(root)
    if have is not None:
        return have
    ids = index.members[root]
    if len(ids) == 1:
        item = index.items[ids[0]]
        return item.lo, item.hi
    items = [index.items[i] for i in ids]
    have = index.bounds[root] = (max(i.lo for i in items), min(i.hi for i in items))
    return have


def _union(index: FactIndex, ra: str, rb: str, evidence: Evidence) -> None:
    keep, gone = sorted((ra, rb))
    (la, ha), (lb, hb) = _bounds(index, keep), _bounds(index, gone)
    index.bounds.pop(gone, None)
    index.bounds[keep] = (max(la, lb), min(ha, hb))
    index.parent[gone] = keep
    members = index.members
    kept, moved = members[keep], members.pop(gone, [gone])
    if keep in members and len(moved) * 8 < len(kept):
        for i in moved:  # (a copy joining a big fact: no copy of the fact)
            insort(kept, i)
    else:
        members[keep] = sorted(kept + moved)
    found = index.evidence.pop(keep, [])
    found += index.evidence.pop(gone, [])
    found.append(evidence)
    index.evidence[keep] = found


def _apply_links(index: FactIndex, links: Iterable[Sequence[str]]) -> None:
    for ids in sorted(tuple(sorted(set(g))) for g in links):
        present = [i for i in ids if i in index.items]
        for other in present[1:]:
            ra, rb = index._root(present[0]), index._root(other)
            if ra != rb:
                _union(index, ra, rb, Evidence(present[0], other, "user link"))


def _strong(index: FactIndex, a: str, b: str, evidence: Evidence) -> None:
    """Merge the facts of a strong link, if their dates and cohesion allow."""
    ra, rb = index._root(a), index._root(b)
    if ra == rb:
        return
    both_big = len(index.members[ra]) > 1 and len(index.members[rb]) > 1
    if _mergeable(index, ra, rb, COHESION if both_big else 0.0) and not _chain_apart(index, ra, rb, (evidence,)) and not (
            RESULTS_APART and _results_facts_apart(index, ra, rb)):
        _union(index, ra, rb, evidence)


# Session 19 (xrecall2): two facts of one day saying one happening of one story are two acts when
# each statement of one names an actor the other's never mention (`_other_actor`, either way):
# "Andre Agassi withdrew from the Masters Cup ... on Monday" / "Rafael Nadal pulled out of the Masters
# Cup on Monday" (two players' withdrawals, one happening word since `lang.en.facts.PHRASAL_VERBS`).
SAME_DAY_ACTORS = True


def _actors_facts_apart(index: FactIndex, ra: str, rb: str) -> bool:
    """Every statement of one fact (COHESION_SAMPLE members each side) and every one of the other name
    actors apart (`_other_actor` either way): two actors' acts, not one fact split by outlets."""
    items, members = index.items, index.members
    return all(_other_actor(items[x], items[y]) or _other_actor(items[y], items[x])
               for x in members[ra][:COHESION_SAMPLE] for y in members[rb][:COHESION_SAMPLE])


def _results_facts_apart(index: FactIndex, ra: str, rb: str) -> bool:
    """A statement of one fact and one of the other are two results (`lang.en.facts.results_apart`:
    other specifiers, or a tally or a past result and a result), COHESION_SAMPLE members each
    side: a link between two other members, or a chain through a third statement, does not join
    the men's 50m pistol to the men's double trap team gold (prec12). Two lone statements were
    compared by `_score` already."""
    items, members = index.items, index.members
    ma, mb = members[ra], members[rb]
    if len(ma) == 1 and len(mb) == 1:
        return False
    return any(en.results_apart(items[x].text, items[y].text) for x in ma[:COHESION_SAMPLE] for y in mb[:COHESION_SAMPLE])


def _furniture(index: FactIndex, candidates: Sequence[tuple[float, str, str, Evidence]]) -> set[tuple[str, str]]:
    """The "same text" links between two documents that share nothing else, of a text that
    names no one (`lang.en.facts.names`, `first_name`): fewer than STORY_TEXTS texts, less
    than REPUBLISHED of the smaller one's statements, no other link between them and fewer
    than STORY_NAMES names in both documents. A sentence that two unrelated pages both carry is the publisher's
    furniture ("We also treat our community members to special offers, promotions, and
    adverts from us and our partners." on two sister sites), not two sources agreeing; a
    re-published quote or wire story comes with the rest of its story (or is all of it: a
    one-sentence flash and the full report after it)."""
    doc = {i: index.items[i].doc for _s, a, b, e in candidates if e.kind == "same text" for i in (a, b)}
    if not doc:
        return set()
    texts: dict[tuple[str, str], set[int]] = defaultdict(set)
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    story = set()
    items = index.items
    for _score, a, b, evidence in candidates:
        da, db = items[a].doc, items[b].doc
        key = (da, db) if da < db else (db, da)
        if evidence.kind == "same text":
            texts[key].add(items[a].text_hash)
            pairs[key].append((a, b))
        else:
            story.add(key)
    named: dict[str, frozenset[str]] = {}

    def names(d: str) -> frozenset[str]:
        if d not in named:
            named[d] = frozenset().union(*(en.names(items[i].text) for i in _ids(index.doc_items, d)))
        return named[d]

    out = set()
    for key, found in pairs.items():
        n = len(texts[key])
        if key in story or n >= STORY_TEXTS:
            continue
        if n >= REPUBLISHED * min(len(_ids(index.doc_items, d)) for d in key):
            continue  # (all of a short document: a flash and the full report after it)
        text = items[found[0][0]].text
        if en.names(text) or en.first_name(text):
            continue  # it names its actor: a restatement ("Slepian, 52, was shot with a rifle.")
        if len((names(key[0]) & names(key[1])) - en.GENERIC) < STORY_NAMES:
            out.update(found)
    return out


def _merge(index: FactIndex, candidates: list[tuple[float, str, str, Evidence]],
           near: Sequence[tuple[str, str]] = ()) -> None:
    """Strong links first, best first; then facts joined by several weak links whose scores
    add up to a strong one (a short restatement of a fact echoes several of its members);
    then facts compared as wholes on their core terms (`near`: pairs that bring them to it)."""
    weak: list[tuple[str, str, Evidence]] = []
    on_verb: list[tuple[str, str, Evidence]] = []
    on_clause: list[tuple[str, str, Evidence]] = []
    furniture = _furniture(index, candidates)
    on_day: list[tuple[str, str, Evidence]] = []
    for score, a, b, evidence in candidates:
        if furniture and (a, b) in furniture:
            continue
        if evidence.kind == "one day":
            on_day.append((a, b, evidence))
        elif score < THRESHOLD:
            weak.append((a, b, evidence))
        elif evidence.kind == "same verb":
            on_verb.append((a, b, evidence))
        elif evidence.kind == "clause":
            on_clause.append((a, b, evidence))
        else:
            _strong(index, a, b, evidence)
    while weak:
        between: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
        for a, b, evidence in weak:
            ra, rb = sorted((index._root(a), index._root(b)))
            if ra != rb:
                between[(ra, rb)].append(evidence)
        joins = sorted(((-sum(e.score for e in links), pair, links) for pair, links in between.items()
                        if len(links) >= 2 and sum(e.score for e in links) >= THRESHOLD))
        merged = False
        for _total, (ra, rb), links in joins:
            if index._root(ra) == ra and index._root(rb) == rb and _mergeable(index, ra, rb, COHESION_WEAK) and (
                    not _chain_apart(index, ra, rb, links)) and not (RESULTS_APART and _results_facts_apart(index, ra, rb)):
                for evidence in links[:-1]:
                    index.evidence[ra].append(evidence)
                _union(index, ra, rb, links[-1])
                merged = True
        if not merged:
            break
    for a, b, evidence in on_verb:  # (less sure than links whose head terms meet: after them)
        _strong(index, a, b, evidence)
    # (after them, and only while the statement is the clause's: `_clause_fact`)
    for a, b, evidence in on_clause:
        if _clause_fact(index, evidence.clause):
            _strong(index, a, b, evidence)
    members = index.members
    root = index._root
    near = [(a, b) for a, b in near if len(members[root(a)]) > 1 or len(members[root(b)]) > 1]
    if near:  # (two lone statements: neither phase below joins them)
        _join_lone(index, near)
        _join_story(index, near)
        changed = None
        for _round in range(CORE_ROUNDS):
            changed = _merge_cores(index, near, changed)
            if not changed:
                break
        _merge_same_day(index, near)
    # (the least sure links, after every other phase: a lone statement or a fact they would
    # bring cannot then draw others on its core; `_one_day_link`)
    for a, b, evidence in on_day:
        _strong(index, a, b, evidence)


def _clause_fact(index: FactIndex, x: str) -> bool:
    """A link made on a coordinated clause of `x` may join `x`'s fact: `x` is a fact of one
    (its main clause placed it nowhere), or another statement of its fact says what one of its
    clauses says (`_said`: the fact is the clause's happening, "Kopp vanished after the
    shooting, and the car was found abandoned at the Newark airport" beside "His car ... was
    found abandoned at the Newark airport"). A statement that its main clause placed in a fact
    stays the main clause's, and its clause does not bridge that fact to another (GUIDELINES,
    "A statement reporting two happenings")."""
    ids = index.members[index._root(x)]
    if len(ids) == 1:
        return True
    verbs = {v for clause in en.clauses(index.items[x].text) if (v := en.main_verb(clause))}
    return any(not verbs.isdisjoint(_said(index.items[i])) for i in ids if i != x)


def _core(index: FactIndex, root: str) -> frozenset[str]:
    """The terms at least CORE_DOCS (and CORE_DOC_SHARE) of the fact's documents use: what its
    sources agree it is about (empty for a fact of one document)."""
    per_doc: dict[str, set[str]] = defaultdict(set)
    for i in index.members[root]:
        item = index.items[i]
        per_doc[item.doc].update(item.terms)
    if len(per_doc) < CORE_DOCS:
        return frozenset()
    count: Counter[str] = Counter()
    for terms in per_doc.values():
        count.update(terms)
    need = max(CORE_DOCS, CORE_DOC_SHARE * len(per_doc))
    return frozenset(t for t, n in count.items() if n >= need)


def _late(item: _Item) -> list:
    """`item.late`, made when first asked."""
    late = item.late
    if late is None:
        late = item.late = [None, None, None, None]
    return late


def _verb(item: _Item) -> str:
    """The term of the statement's main verb ("" if none is found), read once."""
    late = _late(item)
    if late[0] is None:
        late[0] = en.main_verb(item.text)
    return late[0]


def _happening(item: _Item) -> frozenset[str]:
    """What a statement says happened: its main verb and its subject's happening nouns
    (`lang.en.facts.happening`), else its head terms."""
    return frozenset(_happens(item)) or item.lead


def _said(item: _Item) -> tuple[str, ...]:
    late = _late(item)
    if late[2] is None:
        late[2] = en.happenings_said(item.text)
    return late[2]


def _happens(item: _Item) -> tuple[str, ...]:
    late = _late(item)
    if late[1] is None:
        late[1] = en.happening(item.text)
    return late[1]


def _fact_verbs(index: FactIndex, root: str) -> set[str]:
    """The most frequent main verbs of a fact's statements (ties all kept)."""
    count = Counter(filter(None, (_verb(index.items[i]) for i in index.members[root])))
    top = max(count.values(), default=0)
    return {v for v, n in count.items() if n == top}


def _weights(index: FactIndex, terms: Iterable[str]) -> dict[str, float]:
    n_docs = len(index.doc_items)
    return {t: _idf(index, t, n_docs) for t in terms}


def _join_lone(index: FactIndex, near: Sequence[tuple[str, str]]) -> None:
    """Each lone statement joins the fact whose core holds JOIN_SHARE of its term weight, its
    happening and its named actor: a long statement is not penalised for its extra material,
    and a fact of one document's wording cannot draw it (the core needs CORE_DOCS sources)."""
    others: dict[str, set[str]] = defaultdict(set)
    for a, b in near:
        others[a].add(b)
        others[b].add(a)
    cores: dict[str, frozenset[str]] = {}
    docs: dict[str, set[str]] = {}
    happenings: dict[str, tuple[str, ...]] = {}
    joins = []
    for x in sorted(others):
        item = index.items[x]
        if len(item.terms) < JOIN_TERMS or len(index.members[index._root(x)]) > 1:
            continue
        weight = _weights(index, item.terms)
        total = fsum(weight.values())
        best: tuple[float, str, tuple[str, ...]] | None = None
        for root in sorted({index._root(o) for o in others[x]}):
            if len(index.members[root]) < 2:
                continue
            if root not in cores:
                cores[root] = _core(index, root)
                docs[root] = {index.items[m].doc for m in index.members[root]}
            if item.doc in docs[root]:
                continue
            core = cores[root]
            inside = item.terms & core
            if len(inside) < JOIN_TERMS or not _happening(item) & core:
                continue
            if root not in happenings:
                happenings[root] = _members_said(index, root)
            if _told_aside(item, happenings[root]):
                continue  # "She spoke of Slepian and other abortion providers who have been killed"
            if FACT_PASSING and _held_aside(index, item, root):
                continue  # "There was an outbreak ... in his village" / "... culled after bird flu outbreaks were reported" (prec9)
            if HEADS_JOIN and _heads_apart(index, item, root):
                continue  # "The first victim of the province was ..." / "The two confirmed cases involve ... Province" (prec10)
            if _lone_names_only(index, item, inside, root):
                continue  # a state meeting the fact on names and one word
            if len(inside - en.reported_terms(item.text)) <= 1:
                continue  # the fact's happening known from reports: "He spoke after reports of a victory"
            if item.subject and not item.subject & core and not item.pronoun:
                continue  # another actor: "Cuba condemned the bombings" is not the bombings
            if _other_named_actor(index, item, core):
                continue
            if OTHER_INCIDENT and any(_other_incident(item, m) for m in _sample(index, root)):
                continue  # another incident's toll: "In another tragedy, 32 miners were killed" / "eight Polish miners" (prec6)
            if any(_other_instance(item, m) for m in _sample(index, root)):
                continue  # another car bomb's toll and place, or a toll told days after its act (prec18)
            if TALLY_APART and any(_tally_apart(item, m) for m in _sample(index, root)):
                continue  # a tally or a case's rank: not one day's act ("She was the second human case"; tally)
            if _counted_apart(index, item, root):
                continue  # "the ministry said three human cases had been confirmed" / "So far, China has reported three ..." (prec10)
            if RESULTS_APART and any(en.results_apart(item.text, m.text) for m in _sample(index, root)):
                continue  # another result, a tally of results or a past one recalled (prec12)
            if QUOTES_APART and any(_quotes_apart(item, m) for m in _sample(index, root)):
                continue  # another game's quote on words any quote has (prec14)
            if REFUSAL_APART and any(_refusal_apart(item, m) or _refusal_apart(m, item) for m in _sample(index, root)):
                continue  # a refusal is not the demand it refuses, their content word for word (prec17)
            if PHASES_APART and any(_phases_apart(item, m) for m in _sample(index, root)):
                continue  # the act going on is not its end, nor its end its resumption (prec17)
            if NAMING_APART and any(_naming_apart(item, m) for m in _sample(index, root)):
                continue  # "The victims were named as ..." is not the inquest into their deaths (prec15)
            if LOCATED_APART and _located_apart_fact(item, list(_sample(index, root))):
                continue  # another place's killing of the same day (prec15)
            if DEFINITE_CONTEXT and item.context is not None and any(
                    _referents_apart(item, m) for m in _sample(index, root)):
                continue  # "Police have detained the mine owner" (Luweitan's) / "Three managers ... arrested" (Yuanhua's; prec9)
            if FAR_JOIN and all(_far_before(index.items[m], item) or _far_after(index.items[m], item)
                                for m in index.members[root]):
                continue  # dated long before every undated member's report: its words alone decide
            share = fsum(map(weight.__getitem__, inside)) / total
            if share >= JOIN_SHARE and (best is None or share > best[0]):
                best = (share, root, tuple(sorted(inside, key=lambda t: (-weight[t], t))))
        if best:
            joins.append((x, best))
    for x, (share, fact, met) in joins:
        ra, rb = index._root(fact), index._root(x)
        if ra != rb and _mergeable(index, ra, rb) and not _reports_apart(index, ra, rb):
            _union(index, ra, rb, Evidence(x, fact, "fact terms", round(share, 3), met[:8]))


def _sample(index: FactIndex, root: str) -> Iterator[_Item]:
    """The statements of the fact at `root` a lone statement is compared with: its first
    COHESION_SAMPLE members (the smallest ids), bounded work for a big fact."""
    return (index.items[m] for m in index.members[root][:COHESION_SAMPLE])


def _heads_apart(index: FactIndex, item: _Item, root: str) -> bool:
    """The lone statement says no happening that is read (a copula, a state: its head terms
    stand for it, `_happening`), and it holds no head term nor happening of any statement of the
    fact (the first COHESION_SAMPLE): it met the core on words of its setting, not on what the
    fact is about ("The first victim of the province was a
    24-year-old woman farmer surnamed Zhou in Zongyang County, who died on Nov. 10" is not "The
    two confirmed cases involve a nine-year-old boy in Xiangtan County of Hunan Province ... and
    a 24-year-old woman farmer in Zongyang County of Anhui Province": "province" is a place)."""
    if _happens(item) or _tells_act(item):
        return False
    members = list(_sample(index, root))
    return all(item.terms.isdisjoint(m.lead) and item.terms.isdisjoint(_happens(m)) for m in members)


def _tells_act(item: _Item) -> bool:
    """The statement tells a happening `_happens` does not read (`ACT_READ`): a light verb and
    its event noun ("the pope made a stunning conciliatory gesture", "gave a speech",
    `lang.en.facts.light_act`) or a reported clause fronted before its speech tag ("Turkey's
    place is in the EU, Ratzinger said in 2004": a saying, `lang.en.facts.fronted_report`).
    No state, so `_heads_apart` does not hold it to the fact's head terms."""
    return ACT_READ and (bool(en.light_act(item.text)) or en.fronted_report(item.text))


def _counted_apart(index: FactIndex, item: _Item, root: str) -> bool:
    """A lone statement does not join a fact (on its core or its story) whose statements (the
    first COHESION_SAMPLE) are all running tallies its day's act is not (`_tally_apart`, the
    other way round from the lone tally, `TALLY_FACT`: "Earlier Wednesday, the ministry said
    three human cases had been confirmed" is not "So far, China has reported three confirmed
    human cases of bird flu", nine days on), nor a fact one of whose statements counts cases by
    other numbers (`_other_case_counts`, `CASES_APART`), as the pairwise score rules."""
    members = list(_sample(index, root))
    if TALLY_FACT and TALLY_APART and all(_tally_apart(m, item) for m in members):
        return True
    if TOTALS_APART and any(_other_totals(item, m) for m in members):
        return True  # another day's value of a running total (prec14)
    return CASES_APART and any(_other_case_counts(item, m) for m in members)


def _lone_names_only(index: FactIndex, item: _Item, inside: frozenset[str], root: str) -> bool:
    """`_names_only` for a lone statement and a fact's core: it says no happening that is read
    and all its terms in the core but one are names of it or of the fact's statements ("And
    Iraq still has thousands of Americans ... under its control in Iraq and Kuwait" does not
    join the oil reserves fact on kuwait, iraq, control). The fact's names are read from its
    COHESION_SAMPLE first members: bounded work for a big fact."""
    if _said(item):
        return False
    texts = (m.text for m in _sample(index, root))
    return len(inside - _named(item.text, *texts)) <= 1


def _members_said(index: FactIndex, root: str) -> tuple[str, ...]:
    """What any statement of the fact says happened (`_happens`), sorted: "shot" and "killed"."""
    return tuple(sorted({t for i in index.members[root] for t in _happens(index.items[i])}))


def _other_named_actor(index: FactIndex, item: _Item, core: frozenset[str]) -> bool:
    """The statement's subject names someone by rare terms (a name: RARE_DF documents or
    fewer, not `lang.en.facts.GENERIC`) none of which is in the fact's core: its title words
    may be ("Chinese Vice Premier Zeng Peiyan is expected to meet ..." is not a meeting of
    "Premier Wen Jiabao")."""
    rare = [t for t in item.subject if t[0] != "#" and t not in en.GENERIC and index.df.get(t, 0) <= RARE_DF]
    return bool(rare) and core.isdisjoint(rare)


def _actor_of(index: FactIndex, item: _Item) -> frozenset[str]:
    """Who acts in the statement, as terms: the names before its main verb
    (`lang.en.facts.actor_names`), or, its main verb's subject a personal pronoun
    (`lang.en.facts.pronoun_actor`), its claimant's rare terms (a name: RARE_DF documents or
    fewer, not `lang.en.facts.GENERIC`) when its text writes none of them (the pronoun is the
    speaker its report named before: "And he dismissed as unrealistic plans ..., arguing that
    ...", claimed by a retired general). A capitalised first word counts only as a place ("Cuba
    appealed ...") or before another name: "Suspected bombs exploded" names no one. Empty when
    unknown."""
    named = en.actor_names(item.text)
    first = en.first_name(item.text)
    if first and first <= named and not en.places(first) and not first <= en.names(item.text):
        named = named - first
    if named or not item.claimant or not en.pronoun_actor(item.text):
        return named
    claimant = frozenset(t for t in en.terms(item.claimant)
                         if t[0] != "#" and t not in en.GENERIC and index.df.get(t, 0) <= RARE_DF)
    return claimant if claimant.isdisjoint(item.terms) else frozenset()


def _story_other_actor(index: FactIndex, item: _Item, root: str) -> bool:
    """The lone statement's actor (`_actor_of`) is known, a statement of the fact (the first
    COHESION_SAMPLE) opens on the name of its own actor (`lang.en.facts.leading_names`, before its
    main verb: not "They said they would appeal the decision, announced by INS Commissioner
    Doris Meissner", whose actor is hidden), and no statement of the fact writes any of the
    lone one's actor's names (nor its country's forms, "Chinese" / "China"), nor is claimed by
    its claimant: another actor's act, which the story join, reading the fact's core in the
    document, would take for the fact's ("Cuba appealed to world opinion ... to help prevent its
    enemies in Miami from trying to block the child's return" / "The Miami relatives appealed
    that decision"; `STORY_ACTOR`)."""
    actor = _actor_of(index, item)
    if not actor:
        return False
    members = list(_sample(index, root))
    if not any(en.actor_names(m.text) & en.leading_names(m.text) for m in members):
        return False  # (no statement opens on its actor's name: "Two suspects were arrested", "They said they would appeal")
    forms = actor | en.national_forms(actor)
    return all(m.terms.isdisjoint(forms) and not (item.claimant and m.claimant == item.claimant) for m in members)


def _told_aside(item: _Item, said: tuple[str, ...]) -> bool:
    """The fact's happening (`said`: `_members_said`) is in the lone statement only in
    passing (`_in_passing`: "She spoke of Slepian and other abortion providers who have been
    killed") or only as a noun it comments on (`lang.en.facts.named_only`: "The murder of Dr.
    Barnett Slepian is the latest depraved assault on ...") or it is a hypothetical
    (`lang.en.facts.hypothetical`, `HYPOTHETICAL`: "If and when the relatives' appeal goes to
    federal court, chances of a favorable ruling are slim" is no ruling): the statement says
    another thing, and the core-terms and story phases, which read the fact's words and not
    the statement's happening, must not add it (the pairwise score has the same test,
    `_other_happening`)."""
    return _in_passing(item, said) or en.named_only(item.text) or (HYPOTHETICAL and en.hypothetical(item.text))


def _held_aside(index: FactIndex, item: _Item, root: str) -> bool:
    """The lone statement's happening (`_said`) is in each statement of the fact (the first
    COHESION_SAMPLE) only in passing (`_in_passing`): the fact says another thing set after or
    around it, and the statement is not that fact ("There was an outbreak of H5N1 bird flu in
    his village" is not "Millions of chickens ... have been culled after bird flu outbreaks were
    reported in Xinjiang, Liaoning, ..."; session 16, prec9). `_told_aside` is the other way
    round."""
    said = _said(item)
    return bool(said) and all(_in_passing(m, said) for m in _sample(index, root))


def _fact_happenings(index: FactIndex, root: str) -> set[str]:
    """What a fact's sources say happened (`lang.en.facts.happenings_named`: main verbs and
    their subjects' happening nouns): the terms that statements of CORE_DOCS of its documents
    give."""
    docs: dict[str, set[str]] = defaultdict(set)
    for i in index.members[root]:
        item = index.items[i]
        for t in en.happenings_named(item.text):
            docs[t].add(item.doc)
    return {t for t, d in docs.items() if len(d) >= CORE_DOCS}


@dataclass(frozen=True, slots=True)
class _Story:
    """What `_join_story` checks of a fact, made once per fact."""

    docs: set[str]
    core: frozenset[str]
    weight: dict[str, float]   # of the core terms
    total: float
    day: date                  # the last day its dates share
    first: date                # ... and the first
    undated: bool = False      # no statement of it has a date of its own (`_no_date`)


def _story_fact(index: FactIndex, root: str) -> _Story | None:
    """The fact as `_join_story` sees it; None if its core is too small or holds fewer than
    STORY_NAMES rare terms (a core of common words, "shares fell", is no story)."""
    core = _core(index, root)
    if len(core) < JOIN_TERMS:
        return None
    if sum(1 for t in core if t[0] != "#" and t not in en.GENERIC and index.df.get(t, 0) <= RARE_DF) < STORY_NAMES:
        return None
    weight = _weights(index, core)
    ids = index.members[root]
    return _Story({index.items[i].doc for i in ids}, core, weight, sum(weight.values()),
                  min(index.items[i].hi for i in ids), max(index.items[i].lo for i in ids),
                  all(_no_date(index.items[i]) for i in ids))


def _same_actors_same_day(item: _Item, fact: _Story) -> bool:
    """The statement names STORY_ACTORS actors, all in the fact's core, and its date is the one
    precise day the fact's dates share: another wording of the same happening ("Poland and
    Hungary became members of NATO" / "Poland and Hungary joined NATO", both that day)."""
    return (len(item.subject) >= STORY_ACTORS and item.subject <= fact.core and
            item.lo == item.hi == fact.day == fact.first)


def _other_claimant(index: FactIndex, root: str, claimant: str, claimed: dict[str, frozenset[str] | None]) -> bool:
    """Every statement of the fact is attributed (`Event.by`), none to `claimant`: a statement
    claimed by another source is that source's claim, another act. (`claimed` caches each
    fact's claimants, None when one of its statements is unattributed.)"""
    if root not in claimed:
        names = [index.items[i].claimant for i in index.members[root]]
        claimed[root] = None if not all(names) else frozenset(names)
    known = claimed[root]
    return known is not None and claimant not in known


def _argued(index: FactIndex, item: _Item, root: str, fact: _Story, terms: dict[str, frozenset[str]]) -> bool:
    """A statement holding one core term of a dated fact (its happening: checked after) holds
    STORY_TERMS terms of the fact's statements: an argument that one of them names ("Elian's
    relatives in Miami have indicated they plan to appeal" / "They said they would appeal the
    decision ... that Elian must be returned"). An undated fact (its statements dated by their
    reports only) is placed by nothing: a stray statement of the same verb would join it.
    (`terms` caches each fact's terms.)"""
    if fact.first == date.min or fact.undated:
        return False
    if root not in terms:
        terms[root] = frozenset().union(*(index.items[i].terms for i in index.members[root]))
    return len(item.terms & terms[root]) >= STORY_TERMS


def _join_story(index: FactIndex, near: Sequence[tuple[str, str]]) -> None:
    """Two-level linking: a document that tells a fact's story (its terms hold STORY_SHARE of
    the fact's core weight) may add a lone statement to the fact with less evidence than a
    lone statement needs alone (`_join_lone`), since the story is fixed: the statement's
    happening (`_happening`) is one of the fact's (`_fact_happenings`), it has STORY_TERMS
    core terms (the happening and an argument: a place, an actor, a number) and no other
    actor, and the dates allow it ("Terrorist bombings at U.S. embassies in Kenya and Tanzania
    blew apart buildings" joins the bombings). A document meets the facts its statements were
    compared with (`near`), so the work stays that of the links."""
    items, members, root = index.items, index.members, index._root
    met: dict[str, set[str]] = defaultdict(set)   # document -> facts of several statements
    for a, b in near:
        ra, rb = root(a), root(b)
        if ra != rb:
            if len(members[rb]) > 1:
                met[items[a].doc].add(rb)
            if len(members[ra]) > 1:
                met[items[b].doc].add(ra)
    stories: dict[str, _Story | None] = {}
    happenings: dict[str, set[str]] = {}
    said: dict[str, tuple[str, ...]] = {}
    argued: dict[str, frozenset[str]] = {}
    claimed: dict[str, frozenset[str] | None] = {}
    joins = []
    for doc in sorted(met):
        lone = [i for i in _ids(index.doc_items, doc) if len(members[root(i)]) == 1 and i not in index.alone]
        if not lone:
            continue
        doc_terms = _doc_terms(index, doc)
        for r in sorted(met[doc]):
            if r not in stories:
                stories[r] = _story_fact(index, r)
            fact = stories[r]
            if fact is None or doc in fact.docs:
                continue
            core, weight = fact.core, fact.weight
            story = sum(weight[t] for t in core if t in doc_terms) / fact.total
            if story < STORY_SHARE:
                continue
            for x in lone:
                item = items[x]
                if abs((item.hi - fact.day).days) > STORY_DAYS:
                    continue  # reported later (a mention, a consequence) or earlier
                inside = item.terms & core
                if len(inside) < STORY_TERMS and not (inside and _argued(index, item, r, fact, argued)):
                    continue
                if r not in happenings:
                    happenings[r] = _fact_happenings(index, r)
                if not _happening(item) & happenings[r] and not _same_actors_same_day(item, fact):
                    continue
                if r not in said:
                    said[r] = _members_said(index, r)
                if _told_aside(item, said[r]):
                    continue  # a mention in passing or a comment ("The murder of ... is the latest assault on ...")
                if item.subject and not item.subject & core and not item.pronoun:
                    continue  # another actor
                if _other_named_actor(index, item, core):
                    continue  # "Chinese Vice Premier Zeng Peiyan" is not "Premier Wen Jiabao"
                if STORY_ACTOR and _story_other_actor(index, item, r):
                    continue  # "And he [a general] dismissed ... plans" is not "Bush has ... dismissed a report" (prec16)
                if item.claimant and _other_claimant(index, r, item.claimant, claimed):
                    continue  # another source's claim ("The Islamists claimed hundreds died" / Meles: 1,000)
                if TALLY_APART and any(_tally_apart(item, items[m]) for m in members[r][:COHESION_SAMPLE]):
                    continue  # a tally of several incidents is not one of them ("two recent colliery accidents ... have killed 67")
                if _counted_apart(index, item, r):
                    continue  # one day's count of cases is not a tally, nor another count (prec10)
                if RESULTS_APART and any(en.results_apart(item.text, items[m].text) for m in members[r][:COHESION_SAMPLE]):
                    continue  # "they had not won a medal in the past 20 years" is not the day's result (prec12)
                if QUOTES_APART and any(_quotes_apart(item, items[m]) for m in members[r][:COHESION_SAMPLE]):
                    continue  # another speaker's quote on words any quote has (prec14)
                if REFUSAL_APART and any(_refusal_apart(item, items[m]) or _refusal_apart(items[m], item)
                                         for m in members[r][:COHESION_SAMPLE]):
                    continue  # a refusal is not the demand it refuses (prec17)
                if PHASES_APART and any(_phases_apart(item, items[m]) for m in members[r][:COHESION_SAMPLE]):
                    continue  # another phase of the act (prec17)
                if NAMING_APART and any(_naming_apart(item, items[m]) for m in members[r][:COHESION_SAMPLE]):
                    continue  # a naming of the people is not their happening (prec15)
                if any(_other_instance(item, items[m]) for m in members[r][:COHESION_SAMPLE]):
                    continue  # another act of the kind, or a toll told days after its act (prec18)
                if LOCATED_APART and _located_apart_fact(item, [items[m] for m in members[r][:COHESION_SAMPLE]]):
                    continue  # another place's happening of the same day (prec15)
                if DEFINITE_CONTEXT and item.context is not None and any(
                        _referents_apart(item, items[m]) for m in members[r][:COHESION_SAMPLE]):
                    continue  # its definite words speak of another thing than the fact's ("Police have detained the mine owner"; prec9)
                joins.append((-story, x, r, tuple(sorted(inside, key=lambda t: (-weight[t], t)))))
    for neg, x, target, met_terms in sorted(joins):
        ra, rb = root(target), root(x)
        if ra != rb and len(members[rb]) == 1 and _mergeable(index, ra, rb) and not _reports_apart(index, ra, rb):
            _union(index, ra, rb, Evidence(x, target, "story", round(-neg, 3), met_terms[:8]))


def _merge_cores(index: FactIndex, near: Sequence[tuple[str, str]], changed: set[str] | None) -> set[str]:
    """Merge facts of several statements whose cores agree: the smaller (of JOIN_TERMS terms
    at least) lies CORE_SHARE inside the other, and each fact's main verb is in the other's
    core (one story's "shot" and "kill" facts stay apart from its "charged" fact). Returns the
    facts merged; `changed`: those of the round before (only their pairs can meet anew)."""
    pairs = set()
    root, members = index._root, index.members
    for a, b in near:
        ra, rb = root(a), root(b)
        if ra == rb or (changed is not None and ra not in changed and rb not in changed):
            continue
        if len(members[ra]) > 1 and len(members[rb]) > 1:
            pairs.add((ra, rb) if ra < rb else (rb, ra))
    cores: dict[str, frozenset[str]] = {}
    joins = []
    for ra, rb in sorted(pairs):
        for r in (ra, rb):
            if r not in cores:
                cores[r] = _core(index, r)
        ca, cb = cores[ra], cores[rb]
        if not ca or not cb or not (_fact_verbs(index, ra) & cb and _fact_verbs(index, rb) & ca):
            continue
        weight = _weights(index, ca | cb)
        wa, wb = fsum(map(weight.__getitem__, ca)), fsum(map(weight.__getitem__, cb))
        small = ca if (wa, sorted(ca)) <= (wb, sorted(cb)) else cb
        if len(small) < JOIN_TERMS:
            continue
        share = fsum(map(weight.__getitem__, ca & cb)) / min(wa, wb)
        if share >= CORE_SHARE:
            joins.append((-share, ra, rb, tuple(sorted(ca & cb, key=lambda t: (-weight[t], t)))))
    merged = set()
    for neg, a, b, terms in sorted(joins):
        ra, rb = index._root(a), index._root(b)
        if ra != rb and _mergeable(index, ra, rb) and not _reports_apart(index, ra, rb) and not (
                STANDING and _claims_apart(index, ra, rb)) and not (FACT_INCIDENTS and _incidents_apart(index, ra, rb)) and not (
                RESULTS_APART and _results_facts_apart(index, ra, rb)):
            _union(index, ra, rb, Evidence(a, b, "fact terms", round(-neg, 3), terms[:8]))
            merged.add(index._root(ra))
    return {index._root(r) for r in merged}


def _claims_apart(index: FactIndex, ra: str, rb: str) -> bool:
    """One fact is a side's standing claim (every statement `_standing_claim` of the other's
    unclaimed ones: "Elian's relatives and other Miami supporters say his mother died to give
    him freedom") and the other holds a statement claimed by no one ("His mother and 10 others
    died at sea"): the claim is the side's act, not the happening it tells, whole facts as
    pairs (`_score`)."""
    items, members = index.items, index.members
    for x, y in ((ra, rb), (rb, ra)):
        told = [items[i] for i in members[y] if not items[i].claimant]
        if told and all(_standing_claim(items[i], told[0]) for i in members[x]):
            return True
    return False


def _one_day(index: FactIndex, root: str) -> date | None:
    """The one precise day every member of the fact allows, if its dates come to one."""
    ids = index.members[root]
    lo, hi = max(index.items[i].lo for i in ids), min(index.items[i].hi for i in ids)
    return lo if lo == hi else None


def _incidents_apart(index: FactIndex, ra: str, rb: str) -> bool:
    """A statement of one fact says it tells another incident than a statement of the other,
    their counts apart (`_other_incident`, the pairs `_score` refuses): a merge of the two
    facts, on one day (`_merge_same_day`) or on their cores (`_merge_cores`), would join what
    that pair keeps apart ("Twenty-four people were confirmed dead
    and 10 others went missing in a deadly coal mine accident early Monday" / "Also on Monday,
    the death toll in another deadly accident in this coal-rich province climbed to 35";
    session 15, dev13). COHESION_SAMPLE members each side, as `_join_lone`."""
    items, members = index.items, index.members
    if LOCATED_APART and _facts_located_apart([items[x] for x in members[ra][:COHESION_SAMPLE]],
                                              [items[y] for y in members[rb][:COHESION_SAMPLE]]):
        return True  # (and facts set in places of other countries: prec15)
    if PHASES_APART and any(_phases_apart(items[x], items[y]) for x in members[ra][:COHESION_SAMPLE]
                            for y in members[rb][:COHESION_SAMPLE]):
        return True  # (and one act's other phases: prec17)
    return any(_other_incident(items[x], items[y]) or _other_instance(items[x], items[y])
               for x in members[ra][:COHESION_SAMPLE] for y in members[rb][:COHESION_SAMPLE])


def _facts_located_apart(one: list[_Item], other: list[_Item]) -> bool:
    """Each fact sets statements in places (`lang.en.facts.located_places`) the other's statements
    never name (`lang.en.facts.named_places`): two happenings of other countries, their cores alike
    ("Police shot dead two suspected robbers in Nairobi on Sunday after a gunfight" / "Two suspected
    robbers died in a gunfight with police in Kampala on Sunday", each told by two; session 20,
    prec15), as `_located_apart` keeps their pairs apart."""
    pa = frozenset().union(*(en.located_places(m.text) for m in one))
    pb = frozenset().union(*(en.located_places(m.text) for m in other)) if pa else pa
    if not pa or not pb:
        return False
    return (pa.isdisjoint(frozenset().union(*(en.named_places(m.terms) for m in other)))
            and pb.isdisjoint(frozenset().union(*(en.named_places(m.terms) for m in one))))


def _merge_same_day(index: FactIndex, near: Sequence[tuple[str, str]]) -> None:
    """Merge the pieces of one big fact that outlets split differently: two facts of
    several sources each, on the same one precise day, saying the same happening
    (`_fact_happenings`: "the three joined NATO" / "the ministers signed the accession
    documents ... joined"), whose cores share STORY_NAMES rare terms (the same actors or
    place: one story). Two happenings of one story that day (a killing and an arrest) stay
    apart: their happenings differ."""
    root, members = index._root, index.members
    pairs = set()
    for a, b in near:
        ra, rb = root(a), root(b)
        if ra != rb and len(members[ra]) > 1 and len(members[rb]) > 1:
            pairs.add((ra, rb) if ra < rb else (rb, ra))
    seen: dict[str, tuple[date | None, frozenset[str], set[str]]] = {}

    def view(r: str) -> tuple[date | None, frozenset[str], set[str]]:
        if r not in seen:
            day = _one_day(index, r)
            core = _core(index, r) if day else frozenset()
            seen[r] = (day, core, _fact_happenings(index, r) if core else set())
        return seen[r]

    joins = []
    for ra, rb in sorted(pairs):
        (da, ca, ha), (db, cb, hb) = view(ra), view(rb)
        if da is None or da != db or not ca or not cb or not ha & hb:
            continue
        if FACT_INCIDENTS and _incidents_apart(index, ra, rb):
            continue  # ("the death toll in another deadly accident ... climbed to 35": not the day's fire)
        if RESULTS_APART and _results_facts_apart(index, ra, rb):
            continue  # one day's men's team gold and women's 200m backstroke gold, one country (prec12)
        if SAME_DAY_ACTORS and _actors_facts_apart(index, ra, rb):
            continue  # "Andre Agassi withdrew from the Masters Cup" / "Rafael Nadal pulled out of the Masters Cup"
        said = ha & hb
        names = sorted(t for t in ca & cb if t[0] != "#" and t not in en.GENERIC and t not in said and
                       index.df.get(t, 0) <= RARE_DF)
        if len(names) >= STORY_NAMES:
            joins.append((ra, rb, tuple(sorted(said)) + tuple(names), da))
    for a, b, terms, day in joins:
        ra, rb = root(a), root(b)
        if ra != rb and _mergeable(index, ra, rb):
            _union(index, ra, rb, Evidence(a, b, "same day", 1.0, terms[:8], days=(day, day)))


def build(events: Iterable[Event], *, links: Iterable[Sequence[str]] = (),
          unlinks: Iterable[str | Sequence[str]] = (), read: dict[str, TextRead] | None = None,
          fed: Feed | None = None, processes: int = 1) -> FactIndex:
    """Group `events` into facts; the index can take more events later (`regroup`).

    links: groups of event ids to put in one fact, whatever the rules say.
    unlinks: an event id to keep alone, or a pair of ids never to put in one fact
    (a link between the same ids wins).
    read: {text: read_text(text)} already read elsewhere (the rest are read here).
    fed: statements prepared as their documents arrived (grouping_feed.Feed), taken when
    the event is the one they were prepared from.
    processes: how many processes may search for candidates (a large batch only: factsplit.py).
    Neither changes the grouping."""
    index = FactIndex()
    for u in unlinks:
        if isinstance(u, str):
            index.alone.add(u)
        else:
            ids = sorted(set(u))
            index.apart.update(frozenset((x, y)) for k, x in enumerate(ids) for y in ids[k + 1:])
    index.links = [tuple(sorted(set(g))) for g in links]
    regroup(index, events if isinstance(events, Sequence) else list(events), read, fed=fed, processes=processes)
    return index


def regroup(index: FactIndex, new_events: Iterable[Event], read: dict[str, TextRead] | None = None, *,
            fed: Feed | None = None, processes: int = 1) -> FactIndex:
    """Add events (say one newly ingested document) to `index` and group them with what it
    holds; facts already made stay made. Returns `index`. Work is proportional to the new
    statements and the statements sharing their blocking keys, not to the store."""
    # The index is many small objects without cycles: the cyclic collector would walk them
    # again and again while they are made (a third of the time of a large build).
    collecting = gc.isenabled()
    gc.disable()
    try:
        # (a list as given is not copied: a copy is 8 bytes a statement at the grouping's peak)
        new = _add(index, new_events if isinstance(new_events, Sequence) else list(new_events), read, fed)
        _apply_links(index, index.links)
        _merge(index, *_candidates(index, new, processes))
    finally:
        if collecting:
            gc.enable()
    return index


def group(events: Iterable[Event], *, links: Iterable[Sequence[str]] = (),
          unlinks: Iterable[str | Sequence[str]] = ()) -> dict[str, str]:
    """{event id: fact id} for every event (see the module doc for the rules)."""
    return build(events, links=links, unlinks=unlinks).fact_of
