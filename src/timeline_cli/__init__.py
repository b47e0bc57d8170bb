"""timeline: turn dated statements in text into a trustworthy timeline of facts."""

__version__ = "0.1.0"
