"""`timeline alias`: the store's claimant alias table (claimant_names.aliased)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import pass_app, store_option
from timeline_cli.sanitize import say


@click.command(help="""Say that a claimant NAME means another CLAIMANT.

Spellings of one name are folded already ("Mr Obama", "Mr. Obama", "the FAA", "The FAA");
an alias joins names that share no spelling: `timeline alias "the Pentagon" "U.S.
Department of Defense"`. Then `--by Pentagon` also finds the Department's statements, and
`timeline facts` lists them as one claimant, under CLAIMANT. The statements keep their words.

An alias the table says already (`alias A C` after `alias A B` and `alias B C`) writes
nothing and says so, as an alias said twice does: `--by` and `timeline facts` read A as C
already; to make A mean C directly, `timeline alias --remove A` first.
Said the other way round (`alias B A` after `alias A B`), the newer alias replaces the older;
an alias that would lead back to NAME through others is refused. A store edited by hand or
merged can still hold such a cycle (A means B, B means A): all its names are then read as one
claimant; `timeline alias --remove A` says which is the claimant.

Without arguments: list the aliases (NAME<TAB>CLAIMANT). --remove NAME forgets one.
""", epilog="""\b
Examples:
  timeline alias "the Pentagon" "U.S. Department of Defense"
  timeline alias
  timeline alias --remove "the Pentagon"
""")
@click.argument("name", required=False)
@click.argument("claimant", required=False)
@click.option("--remove", "remove", metavar="NAME", default=None, help="Forget the alias of NAME.")
@store_option
@pass_app
def alias(app, name, claimant, remove):
    import sys

    from timeline_cli.claimant_names import visible
    from timeline_cli.errors import UsageError
    from timeline_cli.fields import FieldError, single_line
    from timeline_cli.sanitize import for_terminal, safe_line

    if remove is not None:
        if name is not None:
            raise UsageError("--remove takes the name alone", hint='timeline alias --remove "the Pentagon"')
        with app.transaction(create=False) as txn:
            aliases = dict(txn.memory.aliases)
            if aliases.pop(remove, None) is None:
                raise UsageError(f"no alias named {_shown(remove)}", hint="`timeline alias` lists them")
            txn.remember(aliases=aliases)
        say(f"forgot the alias {_shown(remove)}")
        return
    if name is None:
        from timeline_cli.store import Store

        out = for_terminal(sys.stdout, None)
        aliases = Store(app.store_path, cache=True).memory().aliases
        if not aliases:
            say('no aliases yet: `timeline alias "the Pentagon" "U.S. Department of Defense"` adds one')
        for key, value in sorted(aliases.items()):
            out.write(f"{safe_line(key)}\t{safe_line(value)}\n")
        return
    if claimant is None:
        raise UsageError("an alias needs a NAME and the CLAIMANT it means",
                         hint='timeline alias "the Pentagon" "U.S. Department of Defense"')
    try:
        name, claimant = single_line("name", name).strip(), single_line("claimant", claimant).strip()
    except FieldError as exc:
        raise UsageError(f"{exc.field}: {exc.problem}", hint="give a one-line name") from None
    # a name of invisible characters alone, or one that differs only by them, names nothing new
    if not visible(name).strip() or not visible(claimant).strip() or visible(name) == visible(claimant):
        raise UsageError("an alias needs two different, non-empty names",
                         hint='timeline alias "the Pentagon" "U.S. Department of Defense"')
    _refuse_one_spelling(name, claimant)
    with app.transaction(create=False) as txn:
        through = _meant_already(txn.memory.aliases, name, claimant)
        if through is not None:  # said again (a script run twice), or a chain says it: nothing to write
            say(f"{_shown(name)} means {_shown(claimant)} already"
                + (f", through {', '.join(_shown(n) for n in through)}" if through else ""))
            return
        aliases, replaced = _without_cycle(dict(txn.memory.aliases), name, claimant)
        txn.remember(aliases={**aliases, name: claimant})
    say(f"{_shown(name)} now means {_shown(claimant)}"
        + (f" (instead of {_shown(replaced)} meaning {_shown(name)})" if replaced else ""))


_SHOWN = 60


def _refuse_one_spelling(name: str, claimant: str) -> None:
    """`alias Alice alice` was stored and changed nothing: `--by` and `timeline facts` read two
    spellings of one name (case, "the", titles: the language pack's claimant_key) as one
    claimant already. Refused with the reason, so the user does not believe it did something."""
    from timeline_cli.claimant_names import claimant_key
    from timeline_cli.errors import UsageError

    if claimant_key(name) == claimant_key(claimant):
        raise UsageError(f"{_shown(name)} and {_shown(claimant)} are one claimant already: --by and "
                         "`timeline facts` match spellings that differ only in case, \"the\" or a title",
                         hint="an alias joins names that share no spelling, e.g. "
                              'timeline alias "the Pentagon" "U.S. Department of Defense"')


def _meant_already(aliases: dict[str, str], name: str, claimant: str) -> list[str] | None:
    """The names between NAME and CLAIMANT when the table makes NAME mean CLAIMANT already
    ([] for the alias itself, ["B"] for A -> B -> C when asked `alias A C`), else None.
    Shortening a chain changed the table but not what --by or `timeline facts` read: it is
    answered as an alias said twice is, with nothing written."""
    from timeline_cli.claimant_names import aliased, claimant_key

    if aliases.get(name) == claimant:
        return []
    by_key = {claimant_key(n): c for n, c in aliases.items()}
    if claimant_key(name) not in by_key:
        return None  # NAME means nothing yet: a new alias (a cycle is _without_cycle's)
    key = aliased(aliases)
    if key(name) != key(claimant):
        return None
    path: list[str] = []
    k, target = claimant_key(name), claimant_key(claimant)
    while k in by_key and len(path) <= len(by_key):
        step = by_key[k]
        if claimant_key(step) == target:
            return path
        path.append(step)
        k = claimant_key(step)
    return None  # both end in one cycle, CLAIMANT not on NAME's way: the alias says which is meant


def _shown(name: str) -> str:
    """NAME quoted for a message, cut to its first characters and its length when long: a
    100 KB name (pasted by mistake) is stored whole but not echoed back whole."""
    if len(name) <= _SHOWN:
        return repr(name)
    return f"{name[:_SHOWN]!r}... ({len(name):,} characters)"


def _without_cycle(aliases: dict[str, str], name: str, claimant: str) -> tuple[dict[str, str], str]:
    """The alias table to which NAME -> CLAIMANT can be added, and the name of the alias it
    replaces ("" if none). Said the other way round ("A" means "B", then "B" means "A"), the
    newer alias replaces the older: the user chose the other spelling as the claimant. An
    alias that would lead back to NAME through others (A -> B -> C, then C -> A) is refused:
    which name is the claimant is the user's to say, by removing one first."""
    from timeline_cli.claimant_names import claimant_key
    from timeline_cli.errors import UsageError

    start = claimant_key(name)
    by_key = {claimant_key(n): (n, c) for n, c in aliases.items() if n != name}
    chain = [claimant]
    k = claimant_key(claimant)
    seen = {k}
    first = ""
    while k in by_key:
        n, c = by_key[k]
        first = first or n
        k = claimant_key(c)
        if k == start:
            if len(chain) == 1:  # the same alias the other way round: replace it
                del aliases[n]
                return aliases, n
            names = [_shown(x) for x in [name, *chain, c]]
            which = (f'`timeline alias --remove "{first}"`' if len(first) <= _SHOWN
                     else "`timeline alias` lists them")  # a 100 KB name is no command to copy
            if len(names) > 6:  # one line, however long the chain
                names[3:-2] = [f"... ({len(names) - 5} more)"]
            raise UsageError(f"{_shown(name)} would mean itself: {' -> '.join(names)}",
                             hint=f"remove one of those aliases first ({which}), or give a claimant outside the chain")
        if k in seen:
            break
        seen.add(k)
        chain.append(c)
    return aliases, ""
