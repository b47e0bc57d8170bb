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
