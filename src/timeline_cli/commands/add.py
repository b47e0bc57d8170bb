"""`timeline add`: one event by hand, or one a line from stdin."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from timeline_cli.cli_options import DayDate, UserDateParam, pass_app, store_option
from timeline_cli.errors import DateError, InputError, UsageError
from timeline_cli.model import STATUSES, Event, make_id

if TYPE_CHECKING:
    from timeline_cli.when import UserDate

NO_DATE_HINT = ("give the date with --when 2024-11-04, or start the text with one: "
                "\"2024-11-04: first clash\" or \"4 Nov 2024 - first clash\"")


def build_event(text: str, *, when: str | UserDate | None, source: str, by: str, tags, reported,
                status: str, note: str) -> Event:
    """The event of TEXT; its date is WHEN (a UserDate keeps "late" as Event.mod and a time
    of day at the start of the text), else the date that starts TEXT."""
    from timeline_cli.when import UserDate, leading_date_error, split_leading_user_date

    for name, value in (("TEXT", text), ("--source", source), ("--by", by), ("--note", note),
                        *(("--tag", tag) for tag in tags)):
        _check_decoded(name, value)
    text = text.strip()
    if when is None:
        split = split_leading_user_date(text)
        if split is None:
            # "3/6/2024: ..." has a date the reader cannot take: say why, not "no date"
            bad = leading_date_error(text)
            if bad is not None:
                raise DateError(f"the date that starts the text: {bad.message}", hint=bad.hint)
            raise DateError(f"no date in {text[:60]!r}", hint=NO_DATE_HINT)
        when, text = split
    typed = when if isinstance(when, UserDate) else UserDate(when)
    mod, clock = typed.mod, typed.clock
    if clock and text:  # the store keeps days: the time of day stays in the statement
        text = f"{clock}: {text}"
    if not text:
        raise UsageError("the event has a date but no text", hint="write what happened after the date")
    # Every value as the store keeps it (timeline_cli.fields) before the id is made from them.
    from timeline_cli.fields import FieldError, normalise

    options = {"when": "--when", "text": "TEXT", "source": "--source", "by": "--by", "tags": "--tag",
               "note": "--note"}
    values = {"when": typed.edtf, "text": text, "source": source, "by": by, "tags": tags, "note": note}
    try:
        values = {name: normalise(name, value) for name, value in values.items()}
    except FieldError as exc:
        raise InputError(f"{options[exc.field]} {exc.problem}",
                         hint="pass the value on one line, without control characters") from None
    text, edtf, source = values["text"], values["when"], values["source"]
    if not text:
        raise UsageError("the event has a date but no text", hint="write what happened after the date")
    return Event(id=make_id(text, edtf, source), when=edtf, text=text, source=source, by=values["by"],
                 tags=values["tags"], reported=reported, status=status, note=values["note"], mod=mod)


def _refuse_blank_tags(tags: tuple[str, ...]) -> None:
    """`--tag "$UNSET"` added the event untagged, in silence (blank list items are dropped)."""
    from timeline_cli.fields import blank_tag

    if any(blank_tag(tag) for tag in tags):  # (a control character: build_event names it)
        raise UsageError("--tag needs a tag name", hint="name the tag, or leave --tag out")


def _check_decoded(name: str, value: str) -> None:
    """Bytes that were not UTF-8 reach Python as lone surrogates (U+DC80-U+DCFF); refuse them."""
    for offset, ch in enumerate(value):
        if "\ud800" <= ch <= "\udfff":
            byte = f"byte 0x{ord(ch) - 0xDC00:02x}" if ch >= "\udc80" else f"{ch!r}"
            raise InputError(f"{name} is not valid UTF-8 text ({byte} at character {offset})",
                             hint="pass UTF-8 text; convert it first, e.g. iconv -f latin1 -t utf-8")


def _stdin_lines():
    """(line number, date part or None, text) per statement line of stdin, decoded strictly:
    a byte that is not UTF-8 is an InputError naming the line and byte offset, whatever the
    locale (sys.stdin would raise UnicodeDecodeError, or smuggle surrogates in a C locale)."""
    import re

    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"stdin line {line} is not valid UTF-8 (bad byte 0x{data[exc.start]:02x} "
                         f"at byte offset {exc.start})",
                         hint="convert it first, e.g. iconv -f latin1 -t utf-8") from None
    for number, line in enumerate(re.split(r"\r\n|\r|\n", decoded.removeprefix("\ufeff")), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" in line:
            date_part, _, text = line.partition("\t")
            yield number, date_part.strip(), text
        else:
            yield number, None, line


class _TextMayStartWithAMinus(click.Command):
    """`timeline add "-0044-03-15: Caesar murdered"`: a TEXT that starts with a date before
    year 1 (EDTF's minus) was taken for options by click ("No such option '-0'"), and so was
    "- 2024: ..." ("No such option '- '"). An option is a minus and a letter, or two minuses:
    any other argument starting with a minus (but `-`, stdin) that is no option's value is
    TEXT, passed after `--`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        import re

        valued = {name for p in self.params if isinstance(p, click.Option) and not p.is_flag
                  and not p.count for name in p.opts}
        end = args.index("--") if "--" in args else len(args)
        moved = [i for i in range(end) if re.match(r"-[^-A-Za-z]", args[i]) and not (i and args[i - 1] in valued)]
        if moved:
            kept = [a for i, a in enumerate(args[:end]) if i not in moved]
            args = kept + ["--"] + [args[i] for i in moved] + args[end + 1:]
        return super().parse_args(ctx, args)


@click.command(cls=_TextMayStartWithAMinus, epilog="""\b
Examples:
  timeline add "2024-11-04: first clash" --by "Ukrainian MoD" --tag kursk
  timeline add "Troops shipped to Vladivostok" --when 2024-10-08/2024-10-13
  timeline add "Agreement signed" --when "Jun 2024" --source https://example.org/a
  timeline add "44 BC: Caesar murdered"
  timeline add "In the spring of 2024: the thaw"
  printf '2024-10-24\\tFirst soldiers at the front\\n' | timeline add -
""")
@click.argument("text")
@click.option("--when", type=UserDateParam(), help="The date: EDTF (2024-10-24, 2024-10, 2024-06~, "
              "2024-10-08/2024-10-13, ../2024-11-06) or '4 Nov 2024', 'Nov 2024', 'late June 2024' "
              "(June, late), 'by June 2024' (../2024-06), 'since June 2024' (2024-06/..). "
              "Default: a date at the start of TEXT.")
@click.option("--source", default="", help="Document path or URL it came from.")
@click.option("--by", default="", metavar="WHO", help="Who claims it.")
@click.option("--tag", "tags", multiple=True, metavar="TAG", help="A tag (repeatable).")
@click.option("--reported", type=DayDate(), help="When it was reported (a day).")
@click.option("--status", type=click.Choice(STATUSES), default=None, help="reported, confirmed or disputed.")
@click.option("--note", default="", help="A free-text note.")
@store_option
@pass_app
def add(app, text, when, source, by, tags, reported, status, note):
    """Add one event and print its id.

    TEXT is the statement. Without --when, TEXT must start with a date
    ("2024-11-04: first clash"). With TEXT `-`, read one event a line from stdin:
    `DATE<TAB>TEXT` or `DATE: TEXT`; options apply to every line.
    Adding the same statement twice keeps one event (same id).
    The store is created when missing.
    """
    _refuse_blank_tags(tags)
    common = dict(source=source, by=by, tags=tags, reported=reported, status=status or "", note=note)
    if text == "-":
        events = []
        for number, date_part, line_text in _stdin_lines():
            try:
                date_value = when
                if date_part is not None:
                    from timeline_cli.when import read_user_date

                    date_value = read_user_date(date_part)
                events.append(build_event(line_text, when=date_value, **common))
            except (DateError, UsageError, InputError) as exc:
                raise InputError(f"stdin line {number}: {exc.message}", hint=exc.hint) from None
    else:
        events = [build_event(text, when=when, **common)]
    added = 0
    with app.transaction() as txn:
        for event in events:
            added += txn.add(event)
    from timeline_cli.sanitize import say

    for event in events:
        say(event.id, err=False)
    if text == "-" or added < len(events):
        say(f"added {added} event(s), {len(events) - added} already in {app.store_path}")
