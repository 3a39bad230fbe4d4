"""Readouts built in code for the compare tests (the people and events are invented)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from readoutlib.languages.en.names import slug
from readoutlib.model import Event, EventKind, Participant, Readout, Source, Statement


def make_readout(
    publisher: str,
    title: str,
    people: Sequence[tuple[str, str]],
    *,
    kind: EventKind = EventKind.PHONE_CALL,
    date: dt.date | None = None,
    published: dt.date | None = None,
    said: Sequence[tuple[str, str, str]] = (),
    requested: str | None = None,
    location: str | None = None,
    date_basis: str | None = None,
) -> Readout:
    """A readout: ``people`` are (name, country); ``said`` are (speaker name or "both", verb, text)."""
    participants = tuple(
        Participant(id=slug(name), name=name, country=country, requested=name == requested)
        for name, country in people
    )
    paragraphs = []
    statements = []
    for speaker, verb, text in said:
        lead = "The two sides" if speaker == "both" else speaker
        paragraph = f"{lead} {verb} {text}"
        start = len(lead) + len(verb) + 2
        statements.append(
            Statement(
                speaker="both" if speaker == "both" else slug(speaker),
                verb=verb,
                text=text,
                paragraph=len(paragraphs),
                start=start,
                end=start + len(text),
            )
        )
        paragraphs.append(paragraph)
    return Readout(
        source=Source(url=None, publisher=publisher, adapter=publisher, language="en", published=published),
        title=title,
        event=Event(
            kind=kind, date=date, location=location, participants=participants, date_basis=date_basis
        ),
        statements=tuple(statements),
        paragraphs=tuple(paragraphs) or ("(no body)",),
    )


def load_script(path: Path, name: str) -> ModuleType:
    """A benchmark script imported as module ``name``, registered in ``sys.modules`` for its dataclasses."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
