"""Every failure the core can report. The CLI catches TimelineError once (habit 1)."""

from __future__ import annotations


class TimelineError(Exception):
    """A failure the user can act on: `message` says what went wrong, `hint` how to fix it."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        # Keep the hint when the error crosses from an ingest worker process to the parent.
        return (self.__class__, (self.message, self.hint))


class DateError(TimelineError):
    """A date or EDTF value that cannot be read."""


class StoreError(TimelineError):
    """The store file is missing, malformed, locked or cannot be written."""


class StoreMissing(StoreError):
    """A read command was pointed at a store that does not exist."""


class StoreTooNew(StoreError):
    """The store was written by a newer timeline; refuse it rather than overwrite it."""


class InputError(TimelineError):
    """A document or import file that cannot be read (binary, bad encoding, too big, ...)."""


class UsageError(TimelineError):
    """Options that do not fit together; exits 2 like click's own usage errors."""

    exit_code = 2
