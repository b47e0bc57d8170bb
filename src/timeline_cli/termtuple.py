"""A statement's terms as the same-fact grouping keeps them: a tuple of the term strings (8
bytes a term) read as a frozenset, instead of a frozenset (a hash table: 472 bytes for the 7
terms of a short statement, the largest thing a statement kept until the grouping ends).

    >>> terms = Terms.of(frozenset({"council", "met", "#12"}))
    >>> terms & frozenset({"met", "said"})     # every set operation, as a frozenset's
    frozenset({'met'})
    >>> "met" in terms, len(terms)
    (True, 3)

`Terms` has every operation and method of a frozenset, giving the same results (a frozenset
where a frozenset gives one, the left operand's type for `set_or_frozenset & terms`);
equality, hashing and `<=` are a set's, not a tuple's. Only the storage differs: a lookup
reads the few terms one by one, and an operation with another `Terms` builds a table for
one side, for the time of the operation (a statement's terms are a handful; the grouping
compares a bounded number of statements, facts.MAX_CANDIDATES). The order the terms are
kept in is that of the set they came from and means nothing, as a set's order (a str's hash
differs from one process to the next, so the grouping never reads it).
"""

from __future__ import annotations

import operator
from typing import Callable, Iterable, cast

__all__ = ["Terms"]

_SETS = (set, frozenset)


def _operator(name: str):
    """A frozenset operator (`name`: its method) and its reflection, for Terms: the result is
    the frozenset's, or the left set's type when a set or frozenset is on the left."""
    method = getattr(frozenset, name)

    def forward(self, other):
        if isinstance(other, (set, frozenset, Terms)):
            return method(frozenset(self), other)
        return NotImplemented

    def reflected(self, other):
        if isinstance(other, _SETS):
            return getattr(other, name)(self)
        return NotImplemented

    return forward, reflected


def _comparison(compare: Callable[[frozenset, frozenset], bool]):
    """A set comparison for Terms (equality, subset, superset), never a tuple's."""

    def method(self, other):
        o = self._other(other)
        return NotImplemented if o is None else compare(frozenset(self), o)

    return method


class Terms(tuple):
    """A frozenset of strings stored as a tuple (see the module doc)."""

    __slots__ = ()

    @classmethod
    def of(cls, words: Iterable[str]) -> frozenset[str]:
        """`words` (distinct) kept as a Terms, typed as the frozenset it stands for."""
        return cast("frozenset[str]", words if type(words) is cls else cls(words))

    # ------------------------------------------------------------ operators (frozenset's)

    def __and__(self, other):
        if isinstance(other, frozenset):
            return other.intersection(self)  # (reads this tuple's terms in the other's table)
        if isinstance(other, (set, Terms)):
            return frozenset(self).intersection(other)
        return NotImplemented

    def __rand__(self, other):
        if isinstance(other, _SETS):
            return other.intersection(self)
        return NotImplemented

    __or__, __ror__ = _operator("union")
    __sub__, __rsub__ = _operator("difference")
    __xor__, __rxor__ = _operator("symmetric_difference")

    # (a set's comparisons, not a tuple's order: `a <= b` is "a is a subset of b")
    def _other(self, other):
        if isinstance(other, _SETS):
            return other
        if isinstance(other, Terms):
            return frozenset(other)
        return None

    __eq__ = _comparison(operator.eq)
    __ne__ = _comparison(operator.ne)
    __le__ = _comparison(operator.le)
    __lt__ = _comparison(operator.lt)
    __ge__ = _comparison(operator.ge)
    __gt__ = _comparison(operator.gt)

    def __hash__(self):
        return hash(frozenset(self))

    def __repr__(self) -> str:
        return f"Terms({set(self)!r})" if self else "Terms()"

    # ------------------------------------------------------------ methods (frozenset's)

    def copy(self) -> frozenset[str]:
        return frozenset(self)

    def intersection(self, *others):
        if len(others) == 1 and isinstance(others[0], frozenset):
            return others[0].intersection(self)
        return frozenset(self).intersection(*others)

    def union(self, *others):
        return frozenset(self).union(*others)

    def difference(self, *others):
        return frozenset(self).difference(*others)

    def symmetric_difference(self, other):
        return frozenset(self).symmetric_difference(other)

    def isdisjoint(self, other) -> bool:
        if isinstance(other, _SETS):
            return other.isdisjoint(self)
        return frozenset(self).isdisjoint(other)

    def issubset(self, other) -> bool:
        return frozenset(self).issubset(other)

    def issuperset(self, other) -> bool:
        return frozenset(self).issuperset(other)
