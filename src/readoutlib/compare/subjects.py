"""Subjects of diplomatic talk that readouts name in different words, one row each.

Two accounts of one call rarely share their wording: one side "outlined the sanctions", the other
"would respond with strong economic and other measures". A row names a subject, the phrasings that
mark it (a regular expression, case-insensitive, matched as whole words) and an example that a
parametrised test checks. A statement that matches a row gains the subject as one more content word.
"""

from __future__ import annotations

import re

__all__ = ["SUBJECTS", "subjects_of", "without_subjects"]

#: (subject, phrasings, example). General diplomatic vocabulary, not any one publisher's.
SUBJECTS: tuple[tuple[str, str, str], ...] = (
    (
        "deterrence",
        r"sanction\w*|economic (?:and other )?measures|(?:swift and )?severe costs|"
        r"respond (?:\w+ )?decisively|respond swiftly|decisive action|deter\w*",
        "would respond with strong economic and other measures",
    ),
    (
        "diplomacy",
        # diplomats and diplomatic missions are the embassy subject, not diplomacy
        r"diplomacy|diplomatic(?! missions?| presence| staff| corps)|dialogue|negotiat\w+|"
        r"consultations?|talks",
        "a return to diplomacy",
    ),
    ("sovereignty", r"sovereign\w*|territorial integrity|independence", "Ukraine's territorial integrity"),
    (
        "escalation",
        r"(?:de-)?escalat\w+|tensions?|military build-?up|troops|forces",
        "urged Russia to de-escalate tensions",
    ),
    (
        "peace process",
        r"peace\w*|settlement|conflict resolution|Minsk|Normandy|ceasefire",
        "the implementation of the Minsk Agreements",
    ),
    (
        "assistance",
        r"assistance|aid|budget\w* support|budgetary|financial support|macroeconomic|financial stability",
        "$500 million in direct budgetary aid",
    ),
    ("security guarantees", r"guarantees?|guaranties", "legally binding guarantees"),
    ("embassy", r"embass\w+|diplomatic presence|diplomatic missions?", "the U.S. Embassy in Kyiv"),
    ("energy", r"energy|gas|pipeline|Nord Stream", "the Nord Stream 2 project"),
    ("cyber", r"cyber\w*|ransomware|information security", "a separate dialogue on ransomware"),
    (
        "defence",
        r"weapons?|defen[cs]e\w*|military assistance|security assistance|armed forces",
        "lethal defensive weapons",
    ),
    (
        "follow-up",
        r"follow up|follow-up|instruct\w*|tasked|representatives|teams",
        "tasked their teams to follow up",
    ),
    (
        "contact",
        r"(?:stay|remain|keep) in (?:close |regular |close and regular )?(?:touch|contact)|"
        r"close (?:touch|contact)|speak again|meet(?:ing)? again",
        "the leaders agreed to stay in close touch",
    ),
    (
        "climate",
        r"climate\w*|net zero|carbon\w*|emissions?|deforestation|fossil fuels?|COP ?\d*|green technology",
        "commit net zero by 2060",
    ),
    (
        "health",
        r"COVID(?:-19)?|coronavirus|pandemic|vaccin\w*|global health|health security",
        "vaccine rollouts",
    ),
    (
        "northern ireland",
        r"Northern Ireland|Good Friday|Belfast|Northern Ireland Protocol",
        "protecting the Belfast (Good Friday) Agreement",
    ),
    (
        "relationship",
        r"special relationship|relationship|relations|alliance|partnership|closest ally|ties",
        "the enduring strength of the Special Relationship",
    ),
    (
        "nuclear",
        r"nuclear\w*|denucleari\w+|JCPOA|Joint Comprehensive Plan of Action|non-proliferation",
        "the Iran Nuclear Deal",
    ),
    (
        "missiles",
        r"ballistic missiles?|missiles?|ICBMs?|missile launch\w*",
        "the DPRK's ballistic missile launch",
    ),
    ("afghanistan", r"Afghan\w*|Taliban|Kabul", "the recognition of the Taliban"),
    (
        "indo-pacific",
        r"Indo-Pacific|East China Sea|South China Sea|Taiwan Strait",
        "a free and open Indo-Pacific",
    ),
    (
        "gratitude",
        r"thank\w*|gratitude|grateful|appreciat\w*|paid tribute|pays? tribute|commend\w*",
        "expressed his deep gratitude for Japan's support",
    ),
    ("congratulations", r"congratulat\w*|election victory", "congratulated the Prime Minister"),
    ("summit", r"summits?|G7|G20|NATO Summit|General Assembly", "the upcoming G20 Summit in Indonesia"),
    (
        "economy",
        r"trade|economic (?:growth|partnership|cooperation|recovery)|econom(?:y|ies)|investment|"
        r"supply chains?|Atlantic Declaration",
        "the Atlantic Declaration on economic partnership",
    ),
    (
        "humanitarian",
        r"humanitarian|food|grain|refugees?|medicine|civilians?",
        "provide humanitarian assistance to the Ukrainian people",
    ),
)

_COMPILED = tuple(
    (subject, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)) for subject, pattern, _ in SUBJECTS
)


def subjects_of(text: str) -> frozenset[str]:
    """The subjects a text touches, as words that cannot clash with real ones ("#peace-process")."""
    return frozenset("#" + subject.replace(" ", "-") for subject, rx in _COMPILED if rx.search(text))


def without_subjects(text: str) -> str:
    """The text with every phrasing of a subject cut out, so a subject and its own words count once."""
    for _subject, rx in _COMPILED:
        text = rx.sub(" ", text)
    return text
