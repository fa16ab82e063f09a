"""Making values read from outside safe where they are rendered: Markdown text and links.

Every published text comes, in the end, from a raw file or the manifest, so each value is treated
as hostile. HTML is escaped by Jinja's autoescape (``pipeline.publish.templates``); Markdown has
no such switch, so its values go through ``md_text``/``md_cell``: one line (newlines collapsed,
so a value can never open a heading or a list), no raw HTML (``<``, ``>`` and ``&`` as entities)
and no Markdown syntax that could make a link, an image, emphasis or a table cell. Links are
kept only when they are ``http(s)`` or relative (``safe_href``).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

_SPACES = re.compile(r"\s+")
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # Cc but tab, newline, return
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~$])")
_MD_LINE_START = re.compile(r"^(#|[+-]|\d+[.)])(?=\s|$)")
_SAFE_SCHEMES = ("http", "https")


def one_line(value: object) -> str:
    """The value as one line: every run of whitespace (newline, tab, line separator) one space,
    format and control characters dropped."""
    text = "" if value is None else str(value)
    if text.isascii():  # ASCII has control characters (Cc) and no format ones (Cf)
        text = _ASCII_CONTROLS.sub("", text)
    else:
        text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf") or ch in "\t\n\r")
    return _SPACES.sub(" ", text).strip()


def md_text(value: object) -> str:
    """A value as literal Markdown text on one line: nothing in it is markup."""
    text = one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # a value that starts a line must not start a heading or a list
    return _MD_LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], text)


def md_cell(value: object) -> str:
    """A value for a Markdown table cell (``md_text`` escapes ``|`` already)."""
    return md_text(value)


def md_code(value: object) -> str:
    """A value as inline code: backticks cannot close the span (they are replaced), one line."""
    text = one_line(value).replace("`", "ʼ")
    return f"`{text}`" if text else ""


def safe_href(url: object) -> str | None:
    """``url`` if it is an absolute http(s) URL or a relative path, else None.

    A relative link may not start with ``//`` (another host) or hold a scheme; any whitespace or
    control character rejects the link, since browsers strip them (``java\\tscript:``)."""
    if not isinstance(url, str) or not url or url != url.strip():
        return None
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp") for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme:
        return url if parts.scheme.lower() in _SAFE_SCHEMES and parts.netloc else None
    if url.startswith("//") or url.startswith("\\") or parts.netloc:
        return None
    return url


def md_link(label: object, url: object) -> str:
    """``[label](url)`` when the URL is safe, else the label alone (as text)."""
    href = safe_href(url)
    if href is None:
        return md_text(label)
    href = href.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return f"[{md_text(label)}]({href})"
