"""Session 23 red team (redteam8): invisible characters, filters that drop the store's overrides,
contradicting overrides in a hand-edited store. Each test failed before its fix."""

from __future__ import annotations

import pytest

ZWSP, ZWJ, ZWNJ, WJ, BOM = "\u200b", "\u200d", "\u200c", "\u2060", "\ufeff"
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"  # a subdivision flag
FAMILY = f"\U0001f468{ZWJ}\U0001f469{ZWJ}\U0001f467"
HIDDEN = "".join(chr(0xE0000 + ord(c)) for c in "obey")  # ASCII spelt in tag characters


# ---------------------------------------------------------------- invisible characters

@pytest.mark.parametrize("args", [["show"], ["show", "--format", "rich", "--color", "never"], ["facts"]])
def test_invisible_characters_that_hide_text_are_shown(tl, args):
    """A zero-width space in a claimant name made 'Ali<ZWSP>ce' look like 'Alice' on the
    terminal; a run of tag characters carried ASCII text no one could see."""
    assert tl("add", f"2024-06-01: troops moved{HIDDEN} north", "--by", f"Ali{ZWSP}ce").exit_code == 0
    out = tl(*args).stdout
    assert ZWSP not in out and not any(0xE0000 <= ord(c) <= 0xE007F for c in out)
    assert "Ali\\u200bce" in out and "\\U000e006f" in out


@pytest.mark.parametrize("args", [["show"], ["show", "--format", "rich", "--color", "never"]])
def test_emoji_sequences_and_joined_letters_stay_intact(tl, args):
    """Tag characters of a flag and joiners inside emoji or Indic and Persian words change what
    is drawn; showing them would spoil ordinary text."""
    text = f"fans of {ENGLAND} and {FAMILY} met; \u0915\u094d{ZWJ}\u0937; \u0645\u06cc{ZWNJ}\u062e\u0648\u0627\u0647\u0645"
    assert tl("add", f"2024-06-01: {text}").exit_code == 0
    out = tl(*args).stdout
    assert ENGLAND in out and FAMILY in out and f"\u094d{ZWJ}\u0937" in out and f"\u06cc{ZWNJ}\u062e" in out


@pytest.mark.parametrize("char", [ZWJ, ZWNJ, WJ, BOM])
def test_a_joiner_or_word_joiner_inside_a_latin_name_is_shown(tl, char):
    assert tl("add", "2024-06-01: troops moved", "--by", f"Bo{char}b").exit_code == 0
    assert f"Bo\\u{ord(char):04x}b" in tl("show").stdout


@pytest.mark.parametrize("name, query", [(f"Ali{ZWSP}ce", "Alice"), ("Alice", f"Al{WJ}ice"),
                                         (f"Ali{ZWSP}ce Smith", "alice smith")])
def test_by_sees_through_invisible_characters(tl, name, query):
    """--by Alice missed the statements of 'Ali<ZWSP>ce', a name that looks the same."""
    assert tl("add", "2024-06-01: troops moved", "--by", name).exit_code == 0
    assert "troops moved" in tl("show", "--by", query).stdout


def test_an_alias_holds_through_an_invisible_character(tl):
    assert tl("add", "2024-06-01: troops moved", "--by", f"the Penta{ZWSP}gon").exit_code == 0
    assert tl("add", "2024-06-02: troops left", "--by", "Department of Defense").exit_code == 0
    assert tl("alias", "the Pentagon", "Department of Defense").exit_code == 0
    out = tl("show", "--by", "Department of Defense").stdout
    assert "troops moved" in out and "troops left" in out



# ---------------------------------------------------------------- contradicting overrides by hand

@pytest.mark.parametrize("unlink", ['["{a}", "{b}"]', '["{a}"]'])
def test_a_hand_edited_link_and_unlink_that_contradict_are_refused(tl, unlink):
    """A [[link]] and an [[unlink]] of the same statements loaded silently and the unlink won;
    `link`, `unlink` and `merge` never leave both, so only a hand edit does: say which."""
    a = tl("add", "2024-05-04: the council met in Tromso", "--source", "a.txt").stdout.strip()
    b = tl("add", "2024-05-04: the Tromso council met", "--source", "b.txt").stdout.strip()
    assert tl("show").exit_code == 0  # a snapshot of the store before the edit
    text = tl.store.read_text() + f'\n[[link]]\nids = ["{a}", "{b}"]\n\n[[unlink]]\nids = {unlink.format(a=a, b=b)}\n'
    tl.store.write_text(text)
    for args in (["show"], ["facts"], ["link", a, b]):
        result = tl(*args)
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert "unlink #1" in result.output and "link #1" in result.output and a in result.output
        assert "delete the one you did not mean" in result.output
    assert tl.store.read_text() == text


def test_an_alias_cycle_of_a_hand_edited_store_is_one_claimant_and_said_so(tl):
    """`alias` refuses a cycle, but a hand edit or a merge can leave one; it loads silently, so
    its reading is documented where aliases are: every name of it is one claimant."""
    assert tl("add", "2024-06-01: troops moved", "--by", "Alice").exit_code == 0
    assert tl("add", "2024-06-02: troops left", "--by", "Bob").exit_code == 0
    tl.store.write_text(tl.store.read_text() + '\n[[alias]]\nname = "Alice"\nclaimant = "Bob"\n'
                        '\n[[alias]]\nname = "Bob"\nclaimant = "Alice"\n')
    for who in ("Alice", "Bob"):
        assert tl("show", "--by", who).stdout.count("troops") == 2
    help_text = " ".join(tl("alias", "--help").stdout.split())
    assert "hold such a cycle" in help_text and "all its names are then read as one claimant" in help_text


# ---------------------------------------------------------------- filter keeps what reads its events

def test_filter_keeps_the_aliases_links_and_unlinks_of_what_it_keeps(tl, tmp_path):
    """`filter --by` through an alias made a store in which the same --by found nothing, and
    whose `facts` no longer held the user's links and unlinks: the tables were dropped."""
    a = tl("add", "2024-05-04: the council met in Tromso", "--source", "a.txt", "--by", "the mayor").stdout.strip()
    b = tl("add", "2024-05-04: the Tromso council met", "--source", "b.txt", "--by", "Mayor of Tromso").stdout.strip()
    c = tl("add", "2024-05-04: a council meeting in Tromso", "--source", "c.txt").stdout.strip()
    d = tl("add", "2024-05-05: a ferry sank", "--source", "d.txt").stdout.strip()
    e = tl("add", "2024-05-05: the ferry sank", "--source", "e.txt").stdout.strip()
    assert tl("alias", "the mayor", "Mayor of Tromso").exit_code == 0
    assert tl("link", a, b, c).exit_code == 0 and tl("unlink", d, e).exit_code == 0
    new = tmp_path / "new.toml"
    assert tl("filter", "--since", "2024-05-04", "--grep", "council|ferry", "--until", "2024-05-05",
              "--source", ".txt", "-o", str(new)).exit_code == 0
    before = tl("facts", "--format", "json").stdout
    assert tl("facts", "--format", "json", "--store", str(new)).stdout == before
    assert tl("show", "--by", "the mayor", "--store", str(new)).stdout == tl("show", "--by", "the mayor").stdout
    # a link of three whose third statement is left out still joins the other two
    assert tl("filter", "--by", "Mayor of Tromso", "-o", str(new)).exit_code == 0
    assert tl("show", "--by", "the mayor", "--store", str(new)).stdout.count("council") == 2
    text = new.read_text()
    assert f'[[link]]\nids = ["{min(a, b)}", "{max(a, b)}"]' in text and c not in text and "[[unlink]]" not in text


# ---------------------------------------------------------------- add: the date before the colon

@pytest.mark.parametrize("text, says", [
    ("3/6/2024: talks began", "ambiguous: day and month order differ"),
    ("99999-01-01: talks began", "only years -9999 to 9999"),
    ("2024-10-08/2024-10-01: talks began", "the interval ends before it starts"),
    ("2024-10-08/2024-10-01 talks began", "the interval ends before it starts"),
])
def test_add_says_why_the_date_that_starts_the_text_cannot_be_read(tl, text, says):
    """"3/6/2024: ..." said "no date in", though the reader knew the date was ambiguous; a
    backwards interval at the start was read as its first day, the rest ("/2024-10-01: ...")
    kept as the statement."""
    result = tl("add", text)
    assert result.exit_code != 0 and says in result.output and "Traceback" not in result.output
    assert "no date in" not in result.output
    assert not tl.store.exists() or "talks" not in tl.store.read_text()


def test_add_still_says_no_date_for_a_label_before_the_colon(tl):
    result = tl("add", "Meeting: talks began")
    assert result.exit_code != 0 and "no date in" in result.output


def test_by_of_invisible_characters_alone_is_refused(tl):
    """Read as seen, --by <ZWSP> is blank and would match every claimant."""
    assert tl("add", "2024-06-01: troops moved", "--by", "Alice").exit_code == 0
    result = tl("show", "--by", ZWSP)
    assert result.exit_code != 0 and "only invisible characters" in result.output and "troops" not in result.output


@pytest.mark.parametrize("name, claimant", [(ZWSP, "Alice"), (f"Ali{ZWSP}ce", "Alice")])
def test_an_alias_of_an_invisible_name_or_of_the_same_name_seen_is_refused(tl, name, claimant):
    assert tl("add", "2024-06-01: troops moved", "--by", "Alice").exit_code == 0
    result = tl("alias", name, claimant)
    assert result.exit_code != 0 and "two different, non-empty names" in result.output
    assert "[[alias]]" not in tl.store.read_text()


def test_export_toml_is_the_store_filter_writes(tl, tmp_path):
    a = tl("add", "2024-05-04: the council met", "--source", "a.txt", "--by", "the mayor").stdout.strip()
    b = tl("add", "2024-05-04: the council met in Tromso", "--source", "b.txt").stdout.strip()
    assert tl("alias", "the mayor", "Mayor of Tromso").exit_code == 0 and tl("link", a, b).exit_code == 0
    filtered, exported = tmp_path / "f.toml", tmp_path / "e.toml"
    assert tl("filter", "--grep", "council", "-o", str(filtered)).exit_code == 0
    assert tl("export", "--format", "toml", "--grep", "council", "-o", str(exported)).exit_code == 0
    assert exported.read_text() == filtered.read_text() and "[[alias]]" in exported.read_text()
