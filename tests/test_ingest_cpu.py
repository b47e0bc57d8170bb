"""Session 18 (ingestcpu): work `ingest` did more than once per statement, now done once; the
answers unchanged (the TE3 store and the grouping fingerprint are byte for byte the same)."""

from timeline_cli.lang.en import facts as en


def test_name_runs_cached_and_the_same():
    # the runs of capitalised words: a part after a hyphen counts, an aside in parentheses and
    # lower-case words break them; the first word of the text is marked
    text = "The pro-Western leaders met in Kiev (25,000 U.S. dollars) with Shanxi Province officials."
    runs = en._name_runs(text)
    assert runs == (("\x00The", "pro-Western"), ("Kiev",), ("Shanxi", "Province"))
    assert en._name_runs(text) is runs  # read once for the four readers of a statement
    assert en.name_heads(text) == {"pro-western", "kiev", "shanxi"}
    assert en.inner_names(text) == {"pro-western", "kiev", "shanxi", "provinc"}
    assert en.leading_names("Bin Laden is hiding") == {"bin", "laden"}
    # must not: a lower-case word, hyphenated or not, is no name; "U.S." inside the aside is none
    assert en._name_runs("anti-american protests in tehran") == ()
    assert "u.s" not in en.inner_names(text)


def test_names_actor_only_reads_its_actor_only_when_something_definite_follows():
    acts = "The Ministry of Agriculture has sent a team of experts to help contain the disease."
    assert en.names_actor_only(acts, en.inner_names(acts))
    # must not: nothing definite anywhere ("it"), or a name after the verb (Hubei)
    bare = "The Ministry of Agriculture has sent a team of experts to help contain it."
    assert not en.names_actor_only(bare, en.inner_names(bare))
    other = "The Ministry of Agriculture said experts would contain the disease in Hubei."
    assert not en.names_actor_only(other, en.inner_names(other))
    # "the" before the verb only is not after it: the actor is read, and nothing follows
    before = "The Ministry of Agriculture acted quickly."
    assert not en.names_actor_only(before, en.inner_names(before))


def test_lower_is_every_token_lowered():
    low = en._Lower(["The", "Police", "ARRESTED", "him"])
    assert list(low) == ["the", "police", "arrested", "him"]
    assert low[-1] == "him"


# --- Session 20 (ingestcpu2)

def _item(text: str, when: str = "2024-03-07", source: str = "a.example/1"):
    from datetime import date

    from timeline_cli import facts
    from tests.test_facts import rev

    return facts._item(rev(text, when, source, date(2024, 3, 8)), None, {}, {})


def test_happening_aside_reads_the_others_happenings_only_when_it_can_matter():
    from timeline_cli import facts

    rally = _item("Trump held a campaign rally in Hialeah on Wednesday night.", source="b.example/1")
    ads = _item("Earlier on Wednesday, the Biden campaign used the occasion of Trump's rally to announce new ads.")
    assert en.may_possess(ads.text) and facts._happening_aside(ads, rally)
    assert rally.late is not None and rally.late[2] is not None  # (read: `ads` holds a "Name's" noun)
    # must not read them: no "Name's" and no reason ("for calling") in the first, whatever the other says
    plain = _item("The campaign announced two new television ads targeting voters in Florida.")
    other = _item("Trump held a second campaign rally in Tampa on Thursday night.", source="c.example/1")
    assert not facts._happening_aside(plain, other)
    assert other.late is None or other.late[2] is None
    # ... nor when the first opens with a pronoun and gives no reason (its actor is not read)
    pronoun = _item("He used the occasion of Trump's rally to announce new ads.")
    assert not facts._happening_aside(pronoun, other)
    assert other.late is None or other.late[2] is None


def test_may_possess_is_true_wherever_a_possessed_aside_is_read():
    for text in ("The Biden campaign used the occasion of Trump's rally to announce new ads.",
                 "Lawmakers met after Smith\u2019s committee approves a budget for the schools.",
                 "Trump's rally in Hialeah drew thousands."):  # (a subject: none read, the search says maybe)
        assert en.may_possess(text)
    # must not: no capitalised owner with "'s", or a lower-case one
    for text in ("The campaign used the occasion of the rally to announce new ads.",
                 "The campaign's ads ran on Wednesday.", "Officials said the senator's aide resigned."):
        assert not en.may_possess(text)
        assert en.possessed_aside(text) == ()


def test_other_incident_and_cumulative_toll_kept_and_switched(monkeypatch):
    # kept for the last texts (asked of both statements of every pair compared), the switches
    # still read on every call: a switch turned off after a text was read turns its answer off
    another = "Another car bomb exploded near a market, killing three people."
    within = "Two policemen died in a separate incident near the border."
    toll = "At least 9,061 people have been killed in Gaza since Israel launched its assault."
    assert en.other_incident(another) and en.other_incident(within) and en.cumulative_toll(toll)
    monkeypatch.setattr(en, "ANOTHER_SUBJECT", False)
    assert not en.other_incident(another) and en.other_incident(within)
    monkeypatch.setattr(en, "OTHER_INCIDENT_IN", False)
    assert not en.other_incident(within)
    monkeypatch.setattr(en, "CUMULATIVE_TOLL", False)
    assert not en.cumulative_toll(toll)
    monkeypatch.undo()
    assert en.other_incident(another) and en.other_incident(within) and en.cumulative_toll(toll)
    assert en._other_incident.cache_info().hits and en._cumulative_toll.cache_info().hits
    # must not: one incident's own toll, a toll since an incident
    assert not en.other_incident("The incident occurred at noon.")
    assert not en.cumulative_toll("The death toll has risen to 40 since the blast on Tuesday.")


def test_results_apart_reads_the_second_only_beside_a_result():
    plain = "The ministry announced a new budget plan for schools on the fourth Monday of term."
    result = "Japan won the men's team soft tennis gold medal on the fourth Monday of term, beating Taiwan 2-1."
    misses = en._result_read.cache_info().misses
    assert not en.results_apart(plain, result)
    assert en._result_read.cache_info().misses == misses + 1  # (the result is not read: the first is none)
    # both read when the first is a result; two results of other events stay apart
    women = "Japan won the women's team soft tennis gold medal on the fourth Monday of term, beating Korea 2-0."
    assert en.results_apart(result, women)
    assert not en.results_apart(result, plain)
