"""The parser: text + document date -> temporal expressions -> events.

Nothing in this package reads the clock; the document date is always passed in.
"""
