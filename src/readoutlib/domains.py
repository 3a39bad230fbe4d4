"""The state a page's country-code domain names ("example.dz" is Algeria's), for the language packs
that give a principal the page names no state the publisher's.

Language-free: the codes are babel's two-letter territories; the domains sold to anyone (".io",
".tv", ".me" …) name no state.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from babel import Locale

__all__ = ["domain_country"]

#: Country-code domains sold to anyone, which say nothing of the publisher's state.
_GENERIC_DOMAINS = frozenset(
    {"IO", "CO", "TV", "ME", "AI", "FM", "LY", "CC", "WS", "TO", "GG", "LA", "AM", "SO", "EU"}
)


@functools.cache
def _territories() -> frozenset[str]:
    """The codes of the states babel names (a country-code domain names one of them)."""
    codes = (str(code) for code in Locale("en").territories)
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha())


def domain_country(url: str | None) -> str | None:
    """The state of the URL's country-code domain, or None (no URL, a generic domain, ".com")."""
    host = urlsplit(url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    return tld if tld in _territories() and tld not in _GENERIC_DOMAINS else None
