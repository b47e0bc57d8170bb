"""Ids people can type: a unique prefix of an event id, like git's short hashes. Pure, no CLI.

    >>> from timeline_cli.model import Event
    >>> events = [Event("052b7a3c9d1e", "2024-10-24", "Troops arrived"),
    ...           Event("9f1c04d2e8aa", "2024-11-04", "First clash")]
    >>> resolve("052b", events).text         # the one event whose id starts with 052b
    'Troops arrived'
    >>> [e.when for e in resolve_all(["9f1c", "052b"], events)]
    ['2024-11-04', '2024-10-24']

A full id always works, even one shorter than MIN_PREFIX (hand-made ids such as "e1"); a
shorter prefix is refused rather than guessed. An ambiguous prefix lists the candidates
(date and first words) so the user can type one more character; both errors exit 2, as
click's usage errors do, since the command line named no single event.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from timeline_cli.errors import TimelineError, UsageError
from timeline_cli.model import Event

__all__ = ["MIN_PREFIX", "AmbiguousId", "resolve", "resolve_all", "describe"]

MIN_PREFIX = 4
SHOWN = 10  # candidates listed in an ambiguity error


def _not_found():
    # The store's own error class, so callers catching store.EventNotFound catch this too.
    from timeline_cli.store import EventNotFound

    return EventNotFound


class AmbiguousId(UsageError):
    """A prefix that names several events; `candidates` holds them."""

    def __init__(self, message: str, hint: str = "", candidates: Sequence[Event] = ()) -> None:
        super().__init__(message, hint)
        self.candidates = tuple(candidates)

    def __reduce__(self):
        return (self.__class__, (self.message, self.hint, self.candidates))


def describe(event: Event, words: int = 8) -> str:
    """`ID  WHEN  first words of the text…`: one line naming an event for a reader (the caller
    sanitises it for the terminal; say() does)."""
    parts = event.text.split()
    text = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
    return f"{event.id}  {event.when}  {text}"


def resolve(prefix: str, events: Iterable[Event], removed: Iterable[str] = ()) -> Event:
    """The one event whose id is `prefix` or starts with it.

    Raises EventNotFound (exit 2) when none matches or the prefix is too short, AmbiguousId
    (exit 2) when several match. `removed`: ids the store remembers as removed, so that a
    removed event is named as such, with the way back."""
    prefix = prefix.strip()
    if not isinstance(events, (list, tuple)):
        events = list(events)  # (read again for a fact id below)
    matches: list[Event] = []
    for event in events:
        if event.id == prefix:
            return event
        if event.id.startswith(prefix):
            matches.append(event)
    if len(prefix) < MIN_PREFIX:
        raise _error(_not_found(), f"no event with id {prefix!r}",
                     f"type at least {MIN_PREFIX} characters of an id (`timeline show --oneline` lists them)")
    if not matches:
        gone = [i for i in removed if i == prefix or i.startswith(prefix)]
        if len(gone) == 1:
            raise _error(_not_found(), f"event {gone[0]} was removed (timeline rm)",
                         f"`timeline rm --undo {gone[0]}` brings it back")
        if _names_a_fact(prefix, events):
            # `timeline facts` lists F + one of the fact's statements' ids: given to a command
            # that takes statements (link, rm, tag, edit...), say what it is and the way on.
            raise _error(_not_found(), f"{prefix} is a fact id, not a statement id",
                         f"`timeline facts {prefix}` lists its statements and their ids")
        raise _error(_not_found(), f"no event with id {prefix!r}",
                     "check the id (`timeline show --oneline` lists them)")
    if len(matches) > 1:
        listed = "; ".join(describe(e, 5) for e in matches[:SHOWN])
        more = f" and {len(matches) - SHOWN} more" if len(matches) > SHOWN else ""
        raise AmbiguousId(f"id prefix {prefix!r} matches {len(matches)} events: {listed}{more}",
                          hint="type more characters of the id", candidates=matches)
    return matches[0]


def _names_a_fact(prefix: str, events: Iterable[Event]) -> bool:
    """Whether `prefix` reads as a fact id: F and a unique prefix of one statement's id."""
    rest = prefix[1:]
    if not prefix.startswith("F") or len(rest) < MIN_PREFIX:
        return False
    return sum(1 for e in events if e.id.startswith(rest)) == 1


def resolve_all(prefixes: Iterable[str], events: Sequence[Event], removed: Iterable[str] = ()) -> list[Event]:
    """resolve() for each prefix, in order, each event once (two prefixes of one id name it once)."""
    out: dict[str, Event] = {}
    removed = tuple(removed)
    for prefix in prefixes:
        event = resolve(prefix, events, removed)
        out.setdefault(event.id, event)
    return list(out.values())


def _error(cls, message: str, hint: str) -> TimelineError:
    error = cls(message, hint=hint)
    error.exit_code = 2  # the command line named no event: a usage error, like git's
    return error
