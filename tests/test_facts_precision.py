"""Rules added for precision (session 9): an amount joins two statements only when their
happenings or another rare term agree. Each rule with its examples and the cases it must not
match; each must-not case fails with its rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from timeline_cli.model import make_id
from tests.test_facts import ev, groups

# Other reports using the words of the two below, yuan and U.S. dollars, so that those words
# are common as in a news store and the sums are what the two share that is rare.
YUAN = [ev(f"Police in district {k} said families of the dead found Chinese bank accounts with {k} yuan "
           f"({k} U.S. dollars) to receive each.", f"2006-{(k % 12) + 1:02d}-0{1 + k % 3}", f"filler/{k}")
        for k in range(100, 140)]

COMPENSATION = ev("Families of the dead will each receive 200,000 yuan (25,000 U.S. dollars) in compensation.",
                  "../2006-11-14", "xin/1")
FOUND = ev("The police found about 200,000 yuan (25,000 U.S. dollars) in the Chinese bank accounts of the nine.",
           "../2006-11-22", "xin/2")


def test_an_equal_sum_of_another_happening_does_not_join():
    fact_of = facts.group([COMPENSATION, FOUND] + YUAN)
    assert fact_of[COMPENSATION.id] != fact_of[FOUND.id]


def test_an_equal_sum_joins_when_the_happening_agrees():
    found_again = ev("Police found 200,000 yuan (25,000 U.S. dollars) in their bank accounts.",
                     "../2006-11-23", "xin/3")
    fact_of = facts.group([FOUND, found_again] + YUAN)
    assert fact_of[FOUND.id] == fact_of[found_again.id]


def test_an_equal_sum_joins_when_another_rare_term_agrees():
    # "compensation" is in these two reports only: the same payment, whatever the verb
    given = ev("Families of each of the dead will be given at least 200,000 yuan (25,440 U.S. dollars) "
               "in compensation.", "../2006-11-15", "xin/4")
    fact_of = facts.group([COMPENSATION, given] + YUAN)
    assert fact_of[COMPENSATION.id] == fact_of[given.id]


# A sister site's footer: one sentence on two pages of unrelated stories.
FOOTER = "We also treat our community members to special offers, promotions, and adverts from us and our partners."
MISSING = [ev("Allan Bryant, from Glenrothes, was 23 when he disappeared after leaving Styx nightclub.", "2013-11-03",
              "dailyrecord.example/allan"),
           ev("Police Scotland are set to hold a press conference about the disappearance in Fife.", "2023-11-03",
              "dailyrecord.example/allan"),
           ev(FOOTER, "../2023-11-03", "dailyrecord.example/allan")]
HOUSING = [ev("A DUP councillor has said that offensive signs erected in the Belvoir area are a sign of a community "
              "pushed to its limit.", "../2023-11-03", "belfastlive.example/dup"),
           ev("The Housing Executive contacted the PSNI as soon as it became aware of the signs.", "../2023-11-03",
              "belfastlive.example/dup"),
           ev(FOOTER, "../2023-11-03", "belfastlive.example/dup")]


def test_a_sentence_two_unrelated_pages_carry_is_furniture_not_a_fact():
    fact_of = facts.group(MISSING + HOUSING)
    assert fact_of[MISSING[2].id] != fact_of[HOUSING[2].id]


def test_a_quote_republished_with_its_story_is_one_fact():
    quote = '"Hungary has come home," Foreign Minister Janos Martonyi said at the ceremony.'
    one = [ev("Poland, Hungary and the Czech Republic joined NATO at a ceremony in Independence, Missouri.",
              "1999-03-12", "apw/1"), ev(quote, "1999-03-12", "apw/1")]
    two = [ev("Madeleine Albright welcomed Poland, Hungary and the Czech Republic into the alliance in Independence.",
              "1999-03-12", "xie/2"), ev(quote, "1999-03-12", "xie/2")]
    fact_of = facts.group(one + two + MISSING + HOUSING)
    assert fact_of[one[1].id] == fact_of[two[1].id]


def test_a_flash_republished_in_the_full_report_is_one_fact():
    flash = ("Zlatko Aleksovski, extradited to The Hague to stand trial, said Tuesday he would plead not guilty "
             "to the charges against him.")
    full = [ev(flash, "1997-04-29", "afp/0399"),
            ev("He said he had read the charge list overnight after being transferred by Croatia.", "1997-04-28",
               "afp/0399")]
    fact_of = facts.group([ev(flash, "1997-04-29", "afp/0391")] + full + MISSING + HOUSING)
    assert fact_of[make_id(flash, "1997-04-29", "afp/0391")] == fact_of[full[0].id]


# A history page (reported 2009-12-19) whose statements have no date of their own: "../2009"
# allows 1985 or 1918, but says nothing of them.
TARGETED = ev("Coalition forces also began to target alleged Iranian Quds force operatives in Iraq, either arresting "
              "or killing suspected members.", "../2009-12-19", "wiki/iraq-war")
BOMBING = ev("Iraq's air force soon began strategic bombing against Iranian cities, chiefly Tehran, in 1985.", "1985",
             "wiki/iran-iraq-war")


def test_a_statement_dated_long_before_an_undated_one_does_not_link_on_a_verb_and_names():
    # one verb (began) and two names (Iraq, Iranian) link two statements below the threshold
    # (facts._same_happening) only when the dates say something
    from tests.test_facts_cores import OTHER

    fact_of = facts.group([TARGETED, BOMBING] + OTHER)
    assert fact_of[TARGETED.id] != fact_of[BOMBING.id]


def test_a_statement_dated_long_before_an_undated_one_links_on_its_words():
    from tests.test_facts_cores import OTHER

    members = "Australia, Brunei, Canada, Chile, China, Indonesia, Japan, Malaysia, Mexico, New Zealand, Peru"
    founded = ev(f"APEC, established in 1989, currently has 21 members: {members}.", "1989", "xin/1113")
    restated = ev(f"APEC currently has 21 members: {members}.", "../2005-11-16", "xin/1116")
    fact_of = facts.group([founded, restated] + OTHER)
    assert fact_of[founded.id] == fact_of[restated.id]


def test_the_same_verb_and_names_still_link_when_the_dates_agree():
    from tests.test_facts_cores import OTHER

    later = ev("Iraq's air force also began to target Iranian oil terminals, chiefly Kharg Island, in 1985.", "1985",
               "wiki/tanker-war")
    fact_of = facts.group([later, BOMBING] + OTHER)
    assert fact_of[later.id] == fact_of[BOMBING.id]


# A mention in passing: the other statement's happening only in a relative or "since" clause.
TOLL = ev("Two soldiers, one hostage and all 14 Tupac Amaru Revolutionary Movement (MRTA) hostage-takers were killed "
          "in the raid.", "../1997-04-23", "afp/0654")
TRIBUTE = ev("Taki also paid tribute to two soldiers and one hostage who died in the raid Tuesday.", "1997-04-22",
             "afp/0334")


def test_main_terms_leave_out_relative_and_since_clauses():
    from timeline_cli.lang.en.facts import main_terms

    assert "kill" not in main_terms(TRIBUTE.text) and {"taki", "tribut", "soldier"} <= main_terms(TRIBUTE.text)
    assert "begin" not in main_terms("Sanchez, a former hostage who has entered the compound periodically since "
                                     "the crisis began December 17, spoke as the hostages completed their 118th day.")
    # must not: a "when" clause often says the happening itself; a participle is no clause
    assert "shoot" in main_terms("Slepian was heating soup in his kitchen last fall when he was gunned down.")
    assert "kill" in main_terms("Two bombs exploded outside U.S. embassies in Kenya and Tanzania, killing at least 81.")


def item(event):
    return facts._item(event, None, {}, {})


def test_a_mention_in_passing_is_another_happening():
    # (below SAME_WORDS, the score asks whether two statements say two happenings: the toll's
    # "killed" is in the tribute only in its relative clause)
    assert facts._other_happening(item(TOLL), item(TRIBUTE))
    assert facts._other_happening(item(TRIBUTE), item(TOLL))


def test_the_happening_in_the_main_clause_still_links():
    from tests.test_facts_cores import OTHER

    assert not facts._other_happening(item(TOLL), item(ev("Two soldiers and all 14 rebels died in the raid.",
                                                          "../1997-04-24", "afp/0423")))
    toll_again = ev("All 14 rebels, two soldiers and one hostage died during the raid.", "../1997-04-25", "afp/0618")
    fact_of = facts.group([TOLL, toll_again] + OTHER)
    assert fact_of[TOLL.id] == fact_of[toll_again.id]


# A routine report's figures: two days' closes share their words, never their decimals.
def test_another_days_figures_are_another_happening():
    from tests.test_facts_cores import OTHER

    one = ev("The TecDAX index of technologies and science firms lost 0.65 percent to 706.71.", "../2006-11-14",
             "xin/1114")
    two = ev("The TecDAX index of technologies and science firms was down 0.29 percent to 706.31 points.",
             "../2006-11-17", "xin/1117")
    fact_of = facts.group([one, two] + OTHER)
    assert fact_of[one.id] != fact_of[two.id]


def test_figures_may_differ_within_one_days_reports_and_counts_may_differ():
    from tests.test_facts_cores import OTHER

    # the same day's close, updated; a toll revised (counts are no figures)
    early = ev("The Kuala Lumpur composite index tumbled 15.35 points to 1,059.51 at midday.", "1997-04-29", "afp/0197")
    close = ev("The Kuala Lumpur composite index tumbled 17.02 points to 1,057.84 at the close.", "1997-04-29", "afp/0301")
    first = ev("Two bombs exploded outside U.S. embassies in Kenya and Tanzania, killing at least 81 people.",
               "1998-08-07", "apw/0807")
    later = ev("The bombings outside U.S. embassies in Kenya and Tanzania killed 257 people.", "../1998-08-18", "apw/0818")
    fact_of = facts.group([early, close, first, later] + OTHER)
    assert fact_of[early.id] == fact_of[close.id]
    assert fact_of[first.id] == fact_of[later.id]
# Two statements with no date of their own tell nothing of when; reported a year apart they are
# two of a kind (a market's close, the yearly hajj), not one happening restated.
def test_two_undated_reports_a_year_apart_do_not_link():
    from tests.test_facts_cores import OTHER

    for a, b in [("Telecommunication giant Telstra lost three cents to 4.20 dollars.",
                  "Telecommunications giant Telstra slumped 4 cents to 3.88 dollars."),
                 ("About two million Moslem pilgrims have gathered at Mina to attend the annual hajj pilgrimage to Mecca.",
                  "Around two million Muslim faithful converge on Mina near Mecca to begin the annual hajj pilgrimage.")]:
        one, two = ev(a, "../2005-11-02", "xin/2005"), ev(b, "../2006-11-02", "xin/2006")
        fact_of = facts.group([one, two] + OTHER)
        assert fact_of[one.id] != fact_of[two.id], a


def test_a_state_restated_months_later_still_links():
    from tests.test_facts_cores import OTHER

    text = "He has been arrested more than a dozen times during abortion protests in seven states and Italy"
    one = ev(text + ", but has no felony convictions.", "../1999-06-07", "apw/0607")
    two = ev(text + ".", "../2000-01-24", "apw/0124")
    fact_of = facts.group([one, two] + OTHER)
    assert fact_of[one.id] == fact_of[two.id]


# The core-terms and story phases read the fact's words, not the statement's happening: a
# statement that has the fact's happening only in passing, or only as a noun it comments on,
# must not join them (`facts._told_aside`). Real statements of the Slepian killing (AQUAINT).
SPOKE = "She spoke of Slepian and other abortion providers who have been killed."
# An editorial of the Monday after: its document tells the shooting's story.
EDITORIAL = [
    ("The murder of Dr. Barnett Slepian is the latest depraved assault on the small number of courageous "
     "physicians who still risk their safety to perform legal abortions in this country.", "../1998-10-25"),
    ("Slepian was one of only three doctors who performed abortions in the Buffalo, N.Y., area, and harassment "
     "and threats against him by anti-abortion groups had become routine over the past decade.", "../1998-10-25"),
    ("But a principled commitment to provide a constitutionally protected service could not stop the assassin's "
     "bullet that tore through his kitchen window and into his back Friday night.", "1998-10-23"),
    ("His death shows again how tentative the right to abortion has become in the face of terrorism by "
     "anti-choice fanatics.", "../1998-10-25"),
]


# The killing as five outlets tell it: its core holds "kill", "abortion", "slepian".
KILLED = [ev(t, when, src) for t, when, src in [
    ("Dr. Barnett Slepian, who performed abortions, was killed by a sniper at his home in Amherst.", "1998-10-23",
     "apw/1024"),
    ("Slepian, a doctor who performed abortions in Buffalo, was killed by a sniper's bullet in his kitchen.",
     "1998-10-23", "nyt/1024"),
    ("Barnett Slepian, an abortion doctor, was killed by a sniper in the kitchen of his home.", "../1999-05-06",
     "apw/0506"),
    ("Slepian was killed by a single gunshot fired through a window of his home.", "../1999-06-07", "apw/0607"),
    ("Slepian, an abortion doctor, was killed in his kitchen by a sniper's bullet.", "../1998-11-03", "nyt/1103")]]


def _shooting_and(extra):
    from tests.test_facts_cores import OTHER

    index = facts.build(KILLED + extra + OTHER)
    return index.fact_of, index.fact_of[KILLED[0].id]


def test_a_lone_statement_naming_the_killing_in_passing_does_not_join_the_fact():
    spoke = ev(SPOKE, "../1999-10-24", "apw/1099")
    fact_of, shooting = _shooting_and([spoke])
    assert fact_of[spoke.id] != shooting


def test_the_killing_in_passing_is_read_against_every_member_s_happening():
    # "shot to death" in three outlets, "killed" in one: the core holds "kill" (death), the
    # happening all sources agree on is only "shoot"; "killed" in passing is still the fact's
    D = "1998-10-23"
    shot_dead = [ev(t, when, src) for t, when, src in [
        ("Dr. Barnett Slepian, who performed abortions, was shot to death by a sniper at his home in Amherst.", D,
         "apw/1024"),
        ("Slepian, a doctor who performed abortions in Buffalo, was shot to death in his kitchen.", D, "nyt/1024"),
        ("Barnett Slepian, an abortion doctor, was shot to death by a sniper in the kitchen of his home.",
         "../1999-05-06", "apw/0506"),
        ("Slepian, an abortion doctor, was killed in his kitchen by a sniper's bullet.", "../1998-11-03", "nyt/1103")]]
    from tests.test_facts_cores import OTHER

    spoke = ev(SPOKE, "../1999-10-24", "apw/1099")
    fact_of = facts.group(shot_dead + [spoke] + OTHER)
    assert fact_of[spoke.id] != fact_of[shot_dead[0].id]


def test_an_editorial_comment_on_the_murder_does_not_join_through_its_story():
    editorial = [ev(t, when, "nyt/1025") for t, when in EDITORIAL]
    fact_of, shooting = _shooting_and(editorial)
    assert fact_of[editorial[0].id] != shooting
    assert fact_of[editorial[3].id] != shooting


def test_a_lone_statement_saying_the_killing_still_joins_the_fact():
    # must not: the killing in its main clause, undated, a year later
    said = ev("Slepian was killed by a sniper's bullet in the kitchen of his home in Amherst.", "../1999-10-24",
              "apw/1024")
    fact_of, shooting = _shooting_and([said])
    assert fact_of[said.id] == shooting


def test_named_only_reads_a_comment_on_a_happening_noun():
    from timeline_cli.lang.en.facts import named_only

    assert named_only(EDITORIAL[0][0]) and named_only(EDITORIAL[3][0])
    for report in ["The bomb was so powerful that it shook furniture two miles away.",
                   "The bombings occurred minutes apart in Nairobi and Dar es Salaam.",
                   "The attack is blamed on Islamic militants.",
                   "Slepian was shot in the back on Friday night.", SPOKE]:
        assert not named_only(report), report


# A state (a copula, no happening: "were among the captives") is not the happening another
# statement says, however many of its words it shares (`facts._state_against`). Real AFP
# statements of the Lima hostage raid (TE3 silver, dev5).
CAPTIVES = "Twenty-four Japanese nationals, including Ambassador Morihisa Aoki, were among the captives."
SET_FREE = "Twenty-four Japanese nationals, including Ambassador Morihisa Aoki, were set free."


def test_a_state_does_not_link_with_the_happening_it_shares_its_words_with():
    from tests.test_facts_cores import OTHER

    among, freed = ev(CAPTIVES, "../1997-04-23", "afp/0654"), ev(SET_FREE, "../1997-04-23", "afp/0219")
    fact_of = facts.group([among, freed] + OTHER)
    assert fact_of[among.id] != fact_of[freed.id]


def test_a_relative_clause_after_a_copula_is_no_main_verb():
    from tests.test_facts_cores import OTHER
    from timeline_cli.lang.en.facts import is_state, main_verb

    brother = ("His own brother Pedro Fujimori was among the hostages, who were thought to have been freed "
               "safely.")
    assert main_verb(brother) == "" and is_state(brother)
    toured = ("Then Fujimori -- who ordered the operation even though his brother Pedro was among the hostages -- "
              "arrived to tour the residence and embraced the freed hostages.")
    one, two = ev(brother, "../1997-04-22", "afp/0660"), ev(toured, "../1997-04-23", "afp/0219")
    fact_of = facts.group([one, two] + OTHER)
    assert fact_of[one.id] != fact_of[two.id]


def test_the_same_state_twice_and_a_state_holding_the_happening_still_link():
    # must not: two outlets' same state; a copula whose complement holds the other's happening
    from tests.test_facts_cores import OTHER
    from timeline_cli.lang.en.facts import is_state

    among, again = ev(CAPTIVES, "../1997-04-23", "afp/0654"), ev(CAPTIVES, "../1997-04-23", "afp/0999")
    fact_of = facts.group([among, again] + OTHER)
    assert fact_of[among.id] == fact_of[again.id]
    aoki = "Japanese Ambassador Morihisa Aoki was among the hostages freed Tuesday when Peruvian troops stormed."
    assert not is_state(aoki) and not is_state(SET_FREE)
    assert not is_state("Slepian was the mainstay of Buffalo's only abortion clinic before he was shot to death.")
    freed = ev("Japanese Ambassador Morihisa Aoki and 23 other Japanese nationals were freed Tuesday.", "1997-04-22",
               "afp/0638")
    held_freed = ev("Japanese Ambassador Morihisa Aoki and 23 other Japanese nationals were among the hostages "
                    "freed Tuesday.", "1997-04-22", "afp/0700")
    fact_of = facts.group([freed, held_freed] + OTHER)
    assert fact_of[freed.id] == fact_of[held_freed.id]


def test_a_state_still_links_with_a_present_passive_and_an_if_clause_is_no_state():
    # must not: "are in" / "are based in" hold now, both; a copula in a fronted "if" clause
    # is not the main clause's (a quote republished with its attribution)
    from tests.test_facts_cores import OTHER
    from timeline_cli.lang.en.facts import is_state

    troops = "Around 27,000 of the 47,000 US troops in Japan are {} Okinawa, which accounts for 0.6 percent of its land."
    are_in, based = ev(troops.format("in"), "../1997-04-03", "afp/0403"), ev(troops.format("based in"), "../1997-04-06",
                                                                              "afp/0406")
    fact_of = facts.group([are_in, based] + OTHER)
    assert fact_of[are_in.id] == fact_of[based.id]
    assert not is_state('"If I were an average Iraqi obviously I would make the same comparison," Annan said.')


# The phases that join whole facts keep the pairwise rule: undated statements reported a
# year apart are two of a kind (`facts._reports_apart`).
HAJJ_2006 = [ev(t, when, src) for t, when, src in [
    ("About two million Moslem pilgrims gathered at Mina near Mecca for the annual hajj pilgrimage.", "../2006-12-27",
     "afp/1227"),
    ("Some two million Muslim pilgrims gathered at Mina near Mecca for the hajj.", "../2006-12-28", "apw/1228"),
    ("Two million pilgrims gathered at Mina, near Mecca, to begin the annual hajj.", "../2006-12-27", "xin/1227")]]
HAJJ_1997 = ("About two million Moslem pilgrims have gathered at Mina to attend the annual hajj pilgrimage to Mecca and "
             "Medina.")


def test_an_undated_statement_a_year_before_does_not_join_the_fact_on_its_core():
    from tests.test_facts_cores import OTHER

    lone = ev(HAJJ_1997, "../1997-04-15", "afp/0415")
    fact_of = facts.group(HAJJ_2006 + [lone] + OTHER)
    assert fact_of[HAJJ_2006[0].id] == fact_of[HAJJ_2006[2].id]
    assert fact_of[lone.id] != fact_of[HAJJ_2006[0].id]


def test_an_undated_statement_of_the_same_season_still_joins_the_fact_on_its_core():
    # must not: the same hajj, reported days later
    from tests.test_facts_cores import OTHER

    lone = ev(HAJJ_1997, "../2006-12-30", "afp/1230")
    index = facts.build(HAJJ_2006 + [lone] + OTHER)
    assert index.fact_of[lone.id] == index.fact_of[HAJJ_2006[0].id]
