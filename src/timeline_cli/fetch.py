"""Fetch a document by URL for `ingest` / `extract` (stdlib urllib only).

Bounded in every way a server can misbehave: a timeout on connecting and on each read plus an
overall deadline, a size cap enforced while streaming (a server that lies about or omits its
Content-Length is stopped at the cap), at most MAX_REDIRECTS redirects (a loop is named as
one), and a content-type check (web pages, text, PDF, e-mail). Every failure is an InputError
with one line saying what went wrong and a hint; nothing is written anywhere, so a failed
fetch leaves the store untouched.
"""

from __future__ import annotations

import time

from timeline_cli.errors import InputError

__all__ = ["fetch", "MAX_FETCH_BYTES", "TIMEOUT", "MAX_REDIRECTS", "ACCEPTED_TYPES"]

MAX_FETCH_BYTES = 50 * 1024 * 1024
TIMEOUT = 20.0          # seconds: to connect, for each read, and (x3) for the whole download
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown",
                  "application/pdf", "message/rfc822", "application/mbox")
USER_AGENT = "timeline-cli (+https://pypi.org/project/timeline-cli/)"


def _handler():
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS
        max_repeats = 1  # the same URL twice is a loop

    return Redirects()


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> tuple[bytes, str]:
    """(the body, the final URL after redirects) of `url`; InputError on any failure.
    Defaults: TIMEOUT and MAX_FETCH_BYTES (read at call time)."""
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_FETCH_BYTES if max_bytes is None else max_bytes
    import http.client
    import socket
    import urllib.error
    import urllib.request
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # (raises on a port out of range)
    except ValueError as exc:  # `https://[::1`, `http://[zz]/`, `http://host:99999/`
        raise InputError(f"cannot fetch {url}: not a valid URL ({exc})",
                         hint="give a URL like https://example.org/page") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"cannot fetch {url}: not an http(s) URL", hint="give a URL like https://example.org/page")
    opener = urllib.request.build_opener(_handler())
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1"})
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            ctype = (response.headers.get_content_type() if response.headers.get("Content-Type") else "")
            if ctype and ctype not in ACCEPTED_TYPES:
                raise InputError(f"cannot ingest {url}: it is {ctype}, not a web page, text or PDF",
                                 hint="link to the article's page or the document itself")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"cannot fetch {url}: too big ({int(length) // (1024 * 1024)} MB; "
                                 f"the limit is {max_bytes // (1024 * 1024)} MB)",
                                 hint="download it yourself and ingest the file")
            deadline = time.monotonic() + 3 * timeout
            chunks, size = [], 0
            while True:
                # read1: what one receive gives (at most 64 KB), so the deadline is checked
                # after each; read(64 KB) waited for all of it, and a server sending a byte
                # every few seconds held it past any deadline
                chunk = response.read1(1 << 16)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"cannot fetch {url}: too big (over {max_bytes // (1024 * 1024)} MB)",
                                     hint="download it yourself and ingest the file")
                if time.monotonic() > deadline:
                    raise InputError(f"cannot fetch {url}: too slow (not done in {3 * timeout:.0f} s)",
                                     hint="try again later, or download it yourself and ingest the file")
                chunks.append(chunk)
            return b"".join(chunks), final
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()  # its response, left open by urllib
        if 300 <= exc.code < 400:
            raise InputError(f"cannot fetch {url}: too many redirects or a redirect loop (HTTP {exc.code})",
                             hint=f"open it in a browser to see where it leads (at most {MAX_REDIRECTS} "
                                  "redirects are followed)") from None
        raise InputError(f"cannot fetch {url}: HTTP {exc.code} {exc.reason}",
                         hint="check the URL" if exc.code in (404, 410) else
                              "the server refused it; try again later or save the page from a browser") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.gaierror):
            what = f"cannot resolve the host {parts.hostname}"
        elif isinstance(reason, ConnectionRefusedError):
            what = "connection refused"
        elif isinstance(reason, (TimeoutError, socket.timeout)):
            what = f"timed out after {timeout:.0f} s"
        else:
            what = str(getattr(reason, "strerror", None) or reason)
        raise InputError(f"cannot fetch {url}: {what}", hint="check the URL and the network") from None
    except (TimeoutError, socket.timeout):
        raise InputError(f"cannot fetch {url}: timed out after {timeout:.0f} s",
                         hint="try again later, or download it yourself and ingest the file") from None
    except (OSError, ValueError) as exc:  # a reset connection, a broken HTTP response, a bad URL
        raise InputError(f"cannot fetch {url}: {type(exc).__name__}: {exc}".rstrip(": "),
                         hint="check the URL; try again later") from None
    except http.client.HTTPException as exc:
        raise InputError(f"cannot fetch {url}: a broken HTTP response ({type(exc).__name__})",
                         hint="try again later, or save the page from a browser") from None
