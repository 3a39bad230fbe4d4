"""Entry points read once, for both kinds of plugin (format adapters, language packs)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from importlib import metadata

from .errors import PluginWarning

__all__ = ["by_name", "distribution_label"]


def distribution_label(ep: metadata.EntryPoint) -> str:
    """The distribution that registers ``ep`` with its version ("readoutlib-cn-mfa 0.1"), else its target."""
    dist = getattr(ep, "dist", None)
    return f"{dist.name} {dist.version}" if dist is not None else ep.value


def by_name(
    group: str, kind: str, refuse: Callable[[metadata.EntryPoint], str | None] = lambda ep: None
) -> dict[str, metadata.EntryPoint]:
    """The group's entry points by name (imports nothing); the first of two with one name is kept.

    Args:
        group: the entry-point group.
        kind: what a plugin of the group is, for messages ("format", "language").
        refuse: why an entry point may not be registered (a ``PluginWarning`` says so), or None.
    """
    found: dict[str, metadata.EntryPoint] = {}
    for ep in metadata.entry_points(group=group):
        reason = refuse(ep)
        if reason is None and ep.name in found:
            reason = f"{kind} {ep.name!r} is registered twice; keeping {found[ep.name].value}"
        if reason is not None:
            warnings.warn(reason, PluginWarning, stacklevel=4)
            continue
        found[ep.name] = ep
    return found
