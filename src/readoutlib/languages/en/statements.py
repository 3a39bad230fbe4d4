"""Statement finder: who said what in a readout, with which verb, at which offsets.

A statement is a top-level reporting clause whose subject is a principal ("Ana Lind said that ..."),
a pronoun for one ("He noted ..."), or both sides ("The two sides agreed ..."). Its text is the
reported content, from after the verb (after "that" when present) up to the next top-level
reporting clause or the end of the paragraph. The rules are written for the way readouts are
phrased, not for a general parser: a lexicon of reporting verbs (``lexicon.py``), subject phrases
resolved against the participants (names, surnames, titles, pronouns, joint subjects), and a small
notion of clause structure inside a sentence (boundaries, coordination, nested "that" clauses).
Japanese and Chinese are read by their language packs (``readoutlib.languages.ja``,
``readoutlib.languages.zh``).

Everything publisher-specific arrives through the ``Profile``; its regular expressions are compiled
once per profile (profiles are frozen and hashable).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ...analysis.countries import country_from_demonym, country_from_name
from ...analysis.profile import Profile
from ...budget import check
from ...model import BOTH, Participant, Statement
from ...rules import Gated, first_character_gate, first_letter_alternation, load_table
from ...segment import strip_dateline
from . import lexicon as lx
from .names import COMPLEMENT_WORDS as _BODY_WORDS
from .names import PARTICLES as _NAME_PARTICLES
from .names import first_honorific, is_title_word, scan_people
from .text import blended_names, fold, initials, near_spelling, split_sentences, swapped_spelling

__all__ = [
    "canonical_title",
    "clear_page_titles",
    "find_statements",
    "honorific_reading",
    "joint_reading",
    "verb_entry",
    "verb_group_reading",
    "verb_role",
]

_WINDOW = 200  # characters: how far back from a verb its subject may start
_QUOTES_AND_SPACE = " \t\n\"“”‘’'«»"
#: One side named by its country: "the Russian side", "the U.S. side", "the side of Chile" is no form here.
_SIDE = re.compile(r"(?:the\s+)?(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)\s+side")
#: The first person's subjects: the page's author, where the page names one.
_FIRST_PERSON = frozenset(("i", "we"))
_NOT_A_SUBJECT = "-"  # marker in the pronoun state: the last person subject was not a principal


def _alternation(phrases: Sequence[str]) -> str:
    """Regex source for a set of phrases, longest first, any whitespace between words (grouped by
    first letter, so the engine tries one group at a position, not every phrase)."""
    unique = sorted({" ".join(p.split()) for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return first_letter_alternation([r"\s+".join(re.escape(w) for w in p.split(" ")) for p in unique])


# An adverb of repetition between a verb and the preposition it governs ("asked again for",
# "called once more for"): the verb phrase is the entry without it.
_GOVERNED_ADVERB = r"(?:again|once\s+again|once\s+more|repeatedly)"


def _verb_alternation(phrases: Sequence[str]) -> str:
    """As :func:`_alternation`, letting an adverb of repetition stand before a verb's last word when
    that word is a preposition it governs ("asked again for" reads as "asked for")."""
    unique = sorted({" ".join(p.split()) for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    sources = []
    for phrase in unique:
        words = [re.escape(w) for w in phrase.split(" ")]
        if len(words) > 1 and f" {phrase.rsplit(' ', 1)[1]}" in _GOVERNED:
            words[-1] = rf"(?:{_GOVERNED_ADVERB}\s+)?{words[-1]}"
        sources.append(r"\s+".join(words))
    return first_letter_alternation(sources)


# --- patterns that do not depend on the profile -------------------------------------------------

# What a source's report holds before a principal's reporting verb: "that" and the principal's subject
# ("The spokesperson said that the two ministers | reiterated").
# A time or place may open the reported clause ("said that during the call Hipkins had acknowledged"), and
# lowercase words before "that" are the telling's own ("told reporters after the meeting that X
# appreciated …", en-g, AKP; "said in a statement that …": fam132), a date among them ("said on Saturday
# that X offered …", en-bn, Al Arabiya: fam223).
_SOURCE_CONTENT = re.compile(
    r"\s+(?:(?:(?:[a-z][\w’'-]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d{1,4},?)\s+){0,6}?that\s+)?(?:(?:during|in|at|after|before|on)\s+[a-z][^,;:\"“”A-Z]{0,40}?\s+(?=[A-Z]))?"
    r"[\"“]?(?P<subject>[^,;:\"“”]{1,80}?)[\s\"“”]*"
)

# The list a gerund is an item of goes on after it ("discussed A, B, maintaining C, and D").
#: What may stand between a sentence's subject and its reporting verb: "X also invited", "X warmly thanked".
_ADVERB_GAP = re.compile(r"\s*(?:(?:also|\w+ly)\s+)?")
_LIST_ITEM_AFTER = re.compile(r",\s+(?:and|or)\s")

# A weekday, a month or a day number: what "on" takes when it dates a clause.
_DATE_WORD = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|\d"
)

# An editor's bracketed subject opening a quotation ('"[Lavrov] emphasized …'): the quoted account
# is a source's, in the third person, and the bracketed name is its subject.
_BRACKETED_SUBJECT = Gated.of(re.compile(r"([\"“])\[([A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4})\](?=\s+[a-z])"))


# A parenthesis after a name and before a lowercase word ("Minister Ana Lind (a Green Party nominee)
# stated", "Lind (Green Party) said"): a note on the person, between the subject and its verb.
# An acronym ("Korea (DPRK) and pledged") is no note, nor is one before "and"/"or" (the next clause).
_NAME_NOTE = Gated.of(
    re.compile(
        r"(?<=\b[A-Z][a-z])([\w’'.-]*)(\s+\((?=[^()\n]*[a-z])[^()\n]{1,60}\))(?=\s+(?!and\b|or\b)[a-z])"
    )
)


# A first initial written against the surname ("E.Rinkevics thanked"): read as "E Rinkevics". An
# initial after another ("U.S.Secretary", "H.E.Mr") is an abbreviation's, not a name's.
_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z])\.(?=[A-Z][a-z]{2,})")


# A quotation closed with no comma before a post-posed tag naming its speaker ('… in hard times" said
# the Minister.', '…” Said Hon. Prime Minister Lind.'): the space reads as the comma the tag takes, and
# a capital on the verb as none.
_TAG_AFTER_QUOTE = re.compile(r"(?<=[^\s,.!?;:][”\"])\s([SsAa])(?=(?:aid|dded|tated)\s+(?:the\s+|[A-Z]))")


def _unbracketed(para: str) -> str:
    """``para`` with an editor's bracketed subject after a quotation mark read as plain words ('"[Lavrov]
    emphasized' -> '"Lavrov  emphasized'), a note in parentheses after a name read as blank and a first
    initial set against its surname apart ("E.Rinkevics" -> "E Rinkevics"), the paragraph's length and
    the verb's place kept."""
    para = _BRACKETED_SUBJECT.sub(lambda m: f"{m.group(1)}{m.group(2)}  ", para)
    para = _GLUED_INITIAL.sub(r"\1 ", para)
    para = _TAG_AFTER_QUOTE.sub(lambda m: "," + m.group(1).lower(), para)
    return _NAME_NOTE.sub(lambda m: m.group(1) + " " * len(m.group(2)), para)


# A bullet glyph may carry an emoji variation selector and stand against its text ("▪️Putin invited …");
# a dash or an asterisk marks a list only before a space.
_LIST_MARKER = re.compile(
    r"\s*(?:(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[*–—-])\s+|[•·▪●○◦■◆]\ufe0f?\s*)"
)

# Clause boundaries inside a sentence: where a subject may start.
# "; and agreed" after a long clause continues its subject as ", and agreed" does.
# Every boundary opens with a comma, a space, ";" or ":", which the lookahead tests first (as _LIST_SPLIT).
# A relative clause on the event ("held talks, during which they agreed", "a meeting where they
# reaffirmed") opens a subject too.
_BOUNDARY = re.compile(
    r"(?=[\s,;:])(?:,?\s+(?:and|but|while|whereas|(?:during|in|at)\s+which|where)\s+|,\s*"
    r"|[;:]\s*(?:(?:and|but)\s+)?|\s[–—]\s)"
)
_AND_BOUNDARY = re.compile(r",?\s+(?:and|but|while|whereas)\s+|;\s*(?:(?:and|but)\s+)?")
# "that" as a word. The lookbehind stands after the literal ("that" not preceded by a word character),
# the same test as before it, so the engine searches for the literal instead of trying the lookbehind
# at every position (about ten times faster over a paragraph).
_THAT = re.compile(r"that(?<![\w-]that)(?![\w-])")
_COMMA_SPACE = re.compile(r",\s+")
_THAT_NEXT = re.compile(r"\s+that\s")
_THAT_LEAD = re.compile(r"\s*(?:that\s+)?")
_NON_SPACE = re.compile(r"\S+")
#: Lowercase words that do not follow an opening subject: they go on a name or a title.
_NOT_AFTER_SUBJECT = frozenset(("and", "of", "for", "the"))
# After an abbreviation kept inside the sentence ("D.C.", "Inc."), a capitalised word may still open a
# subject: the splitter could not tell that the sentence ended there.
_SOFT_START = re.compile(r"(?<=[A-Za-z]\.)\s+(?=[A-Z])")

# What may stand between a subject and its verb: adverbs, auxiliaries, parentheticals.
_PASSIVE = frozenset(lx.PASSIVE_AUXILIARIES)
_REPORTED_TENSE = frozenset(("has", "have", "had", "will", "would"))
_PRESENT_COPULAS = frozenset(("is", "are"))
# A day written between subject and verb ("X and Y Friday agreed", news copies' style) is stripped too,
# as is "today", "yesterday" or "on Monday" there (en-h, Bangladesh's BSS: "Foreign Minister Dr AK Abdul
# Momen today sought Australian support").
_PRE_WORD = re.compile(
    r"(?:^|(?<=\s))(?P<word>"
    + _alternation(
        (*lx.ADVERBS, *lx.AUXILIARIES, *lx.PASSIVE_AUXILIARIES, *lx.STANCE_PHRASES, *lx.HEARSAY_FRAMES)
    )
    + r"|[a-z]+ly|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:earlier\s+)?today|yesterday)\s*$"
)
#: The most words a match of ``_PRE_WORD`` holds (its other forms are one word each).
_PRE_WORD_WORDS = max(
    len(p.split())
    for p in (
        *lx.ADVERBS,
        *lx.AUXILIARIES,
        *lx.PASSIVE_AUXILIARIES,
        *lx.STANCE_PHRASES,
        *lx.HEARSAY_FRAMES,
        "x",
    )
)
#: Right after a stance phrase ("was keen to "), where a reporting verb's base form may stand.
#: An adverb in "-ly" may split the infinitive ("took the opportunity to personally express"): each
#: lookbehind is of fixed width, one per adverb length, behind a cheap test for "ly "; so may "also"
#: ("used the occasion to also outline", fam223).
#: Every lookbehind below ends with a letter and a space: behind one test for that letter and space
#: (the letters the phrases, "also" and "-ly" end with), most word starts are turned away before the
#: lookbehinds are tried one by one (speed32: the "verbs" pattern is searched in every sentence).
_AFTER_STANCE = (
    f"(?<=[{''.join(map(re.escape, sorted({p[-1] for p in lx.STANCE_PHRASES} | {'o', 'y'})))}] )(?:"
    + "|".join(f"(?<={re.escape(p)} )" for p in lx.STANCE_PHRASES)
    + "|(?<=also )(?:"
    + "|".join(f"(?<={re.escape(p)} also )" for p in lx.STANCE_PHRASES)
    + ")"
    + "|(?<=ly )(?:"
    + "|".join(f"(?<={re.escape(p)} [a-z]{{{n}}}ly )" for p in lx.STANCE_PHRASES for n in range(2, 12))
    + "))"
)
#: A stance phrase right before a verb's base form, "also" or an adverb between ("took the occasion to
#: also outline"): the phrase's tense is the verb's.
_STANCE_BEFORE = re.compile(r"(?:" + _alternation(lx.STANCE_PHRASES) + r")\s+(?:(?:also|[a-z]+ly)\s+)?$")
#: The progressive's auxiliary before a reporting verb's -ing form ("Minister X is hoping that …",
#: "was urging"): the clause reports, at the participle, as "hopes" or "urged" would (en-x, Barbados GIS).
#: An adverb may stand between them ("They are also looking forward to …", en-bc, The New Paper: fam189).
_PROGRESSIVE_BEFORE = tuple(
    f"{aux} {adverb}" for aux in ("is", "are", "was", "were") for adverb in ("", "also ", "still ")
)
#: Behind one test for the letter and space they all end with, as ``_AFTER_STANCE``.
_PROGRESSIVE = (
    f"(?<=[{''.join(map(re.escape, sorted({before[-2] for before in _PROGRESSIVE_BEFORE})))}] )(?:"
    + "|".join(f"(?<=\\b{before})" for before in _PROGRESSIVE_BEFORE)
    + ")"
)
_PRE_PARENTHETICAL = re.compile(
    r",\s*(?:(?:" + _alternation(lx.PARENTHETICALS) + r")"
    r"|(?:who|whom|which|whose|where|when)\b[^,;:]*)\s*,\s*$"  # a relative clause set off by commas
)
_ADJECTIVE_BEFORE = re.compile(r"(?:^|(?<=\s))(?:" + _alternation(lx.DETERMINERS) + r")\s+$", re.IGNORECASE)
#: The most words a match of ``_ADJECTIVE_BEFORE`` holds.
_DETERMINER_LENGTH = max(len(d.split()) for d in (*lx.DETERMINERS, "x"))
# (an adverb may stand between: "endorsed unanimously by the Council", "endorsed today by"); "by" and a
# gerund is how the subject did it, no agent ("responded by stating that …", fam95)
_BY_AFTER = re.compile(r"(?:\s+(?:\w+ly|today|yesterday|earlier|again))?\s+by\b(?!\s+[a-z]+ing\b)")
# A fronted adverbial clause ("As he had relayed to Israeli leaders, …") from the sentence start to a
# verb inside it: no comma yet, and its main clause follows after a comma.
# "As Lind noted, X", "As I said earlier, X": a fronted clause whose verb has nothing after it but an
# adverb and the comma reports X.
_BARE_AS = re.compile(r"(?:\s+(?:[a-z]+ly|earlier|before|already|again|often|today|yesterday))?\s*,")
_FRONTED_CLAUSE = re.compile(
    r"\s*[\"“]?(?:" + _alternation(lx.FRONTED_SUBORDINATORS) + r")\s[^,;:“”\"]*$", re.IGNORECASE
)
# A source named after its verb at a sentence's end: "..., indicates a press release from the ministry.",
# "…”, says the Prime Minister’s declaration."
_SOURCE_AFTER = re.compile(
    r"\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:press\s+release|statement|communiqu[eé]|report|news\s+release"
    r"|declaration)\b"
    r"(?:(?!\bthat\b)[^.;!?]){0,60}[.!?]?\s*$"
)
# A time or place set off by commas between a verb and its content ("conveyed, at the beginning of the
# call, the greetings of …"): the content starts after it.
_VERB_ASIDE = re.compile(
    r",\s*(?:(?:at|in|during|on|after|before|over)\s+(?:the\s+)?[^,;:.\"“”]{1,40}"
    # the speaker's capacity: "pledged, as the new High Commissioner of X to Y, to step up"
    r"|as\s+(?:the|a|an|its|his|her|their)\s+[^,;:.\"“”]{1,70}),\s*(?!that\b)"
)
_POST_ADVERB = re.compile(
    r"(?:\s+(?:again|also|further|once\s+again|once\s+more|too|repeatedly|[a-z]+ly)(?=[\s,]))*"
)
# Adverbs inside a verb phrase of ``verb_patterns.toml`` ("was also clear however that"): not in its verb.
_INNER_ADVERBS = re.compile(r",?\s+(?:also|however|though)\b,?|\s+" + _GOVERNED_ADVERB + r"(?=\s)")
# Whose attention was drawn ("brought Soleimanpour’s attention to", "drew the attention of the IPU
# President to"): no part of the verb, which the gold writes "brought attention to" (fam206, fam213).
_ATTENTION_OWNER = re.compile(
    r"(?<=\s)(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?=attention\b)|(?<=attention)\s+of\s.*(?=\s+to$)"
)
_LEAD = re.compile(
    r"\s*(?:[,:]\s*)?"
    r"(?:(?:" + _alternation(lx.PARENTHETICALS) + r")\s*,\s*(?=that\s))?"  # "noted, however, that"
    # an adjunct of the telling before "that" or a colon ("said at the end of the meeting: …", "said in a
    # phone talk with his Turkish counterpart that …"), or the matter it concerns ("stated regarding the
    # new law that …", fam232)
    r"(?:(?:at|in|during|on|with|to|after|following|regarding|concerning)"
    r"(?:\s+(?!(?:to|that|need|importance)\b)[^\s,.;:]+){1,8}?"
    r"(?:\s+that(?:\s*,\s*|\s+)|\s*:\s*)"
    r"|that(?:\s*,\s*|\s+))?"
)
# A style written short with its full stop ("said Hon. Prime Minister Lind.", "said H.E. Mr. Lind")
# is no end of the tag's subject.
_STYLE_ABBREVIATIONS = "|".join(
    re.escape(h)
    for h in sorted({h.rstrip(".") for h in lx.SUBJECT_HONORIFICS if " " not in h}, key=len, reverse=True)
    if len(h) <= 4
)
_POSTPOSED_SUBJECT = re.compile(
    r"\s+((?:(?:" + _STYLE_ABBREVIATIONS + r")\.\s+)*[^,.;:!?]{1,60}?)\s*(?:[.,;!?]|$)"
)
# A post-posed subject before an adjunct too long for the tag above ('…, said Lind during the meeting at the
# harbour compound in downtown Northport.'): the words before the adjunct.
_POSTPOSED_BEFORE_ADJUNCT = re.compile(
    r"\s+([^,.;:!?]{1,60}?)(?=\s+(?:during|at|in|after|following|on|before|while)\s[^,;:!?]{1,160}(?:[.!?]|$))"
)
# A post-posed tag whose subject is no principal ('..., said officials.', '..., the ministry said' is the
# closing clause's): a short lowercase noun phrase ending the sentence, not a "that" or "to" clause.
_SOURCE_TAG = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?!(?:that|to|it|this|these|those|there|in|on|at|for|with|"
    r"by|as|if|whether|how|what|and|but)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}\s*(?:[.!?]|$)"
)
# A post-posed tag naming its source: a lowercase role of one to four words, then (after a comma or
# not) the source's capitalised name ('..., said spokesman Jan Kowal.', '..., said communications
# manager, Lena Holm, of the Office ...').
_NAMED_SOURCE_TAG = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?!(?:that|to|it|this|these|those|there|in|on|at|for|with|by|as|if|and|but)\b)"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3},?\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*(?:[.,;!?]|$)"
)
# A post-posed tag naming its source by a capitalised name that ends the sentence ('..., said the ISPR.',
# '..., said MINDEF.', '..., said Freedonia's Ministry of Defence in a statement.'): every word capitalised
# but the connectors of a title, an owner's "'s" and a bracketed short form allowed.
_PROPER_SOURCE_TAG = re.compile(
    r"\s+(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|\([A-Z]{2,8}\))){0,7})"
    r"(?:\s+(?:said|says))?(?:\s+(?:in|through)\s+(?:a|an|its|the)\s+(?:[a-z]+\s+){0,2}"
    r"(?:statement|release|communiqu[eé]|post))?\s*(?:[.!?]|$)"
)
# A post-posed tag naming its source by an outlet's name before a lowercase role, perhaps with where the
# role sits ('..., reported the MIA correspondent from Belgrade.', '..., said the Tass reporter.'): a source
# like '..., said officials.' when the phrase names no principal (en-ba, fam179).
_OUTLET_SOURCE_TAG = re.compile(
    r"\s+(?P<name>(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’.-]*\s+){1,2}[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
    r"(?:\s+(?:from|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s*(?:[.!?]|$)"
)
# A source's tag set off right before a participle ("…, it stated, adding …", "…, the ministry said,
# noting …"): the participle is the source's telling, and a principal's clause inside it is read on its own.
_SOURCE_ASIDE_BEFORE = re.compile(
    r",\s+(?:it|the\s+(?:statement|ministry|release|readout|office|report|spokesperson|spokesman))\s+"
    r"(?:also\s+)?(?:said|stated|added|noted|reported)\s*,\s*$"
)
# The participle a source's tag carries on, up to the subject of the principal's clause inside it.
_SOURCE_PARTICIPLE = re.compile(
    _SOURCE_ASIDE_BEFORE.pattern.removesuffix(r"\s*$")
    + r"\s*(?:adding|noting|saying|stating)\s+(?:that\s+)?(?P<subject>[^,;:\"“”]{1,80}?)(?:\s+also)?\s*$"
)
_SOURCE_PARTICIPLE_REACH = 200
_TAG_VERBS = frozenset(("said", "added", "stated", "noted", "explained", "reported", "wrote"))
# Content told before or nowhere, so the clause reports none (one table, fam176): only "it" or "this" and
# where it was told ('reported it in X.', 'announced this on the social network X.': the page's own news
# told again, fam168), or an object that only points back at what an earlier sentence reported, then
# the occasion ("[Ruiz highlighted] this following a call from …", "[relayed] this during a courtesy
# call", fam167).
_TOLD_AGAIN = re.compile(
    r"(?:it|this)\s+(?:on|in|at|via|through)\s[^.!?;:“”\"]{1,80}?\s*(?:[.!?]|$)"
    r"|(?i:this|these)\s+(?i:following|after|during|at|when|while|before)\s"
)
# A leave-taking said ("said goodbye to each other", "said farewell to the guests"): a greeting, no report;
# a participle after it is a statement of its own (CONVENTIONS' participle row; en-ba, fam179).
_LEAVE_TAKING = re.compile(r"(?i:good-?bye|farewell)\b")
# A reporting clause that closes its sentence ('"...," Kim said.', '..., he added.').
_CLOSES_SENTENCE = re.compile(r"\s*(?:[.!?]|$)")
# After a quotation the clause may go on briefly ('"...," she told reporters.', '"...," he said, adding'),
# or the next quotation opens with no full stop between ('"...," Lind said "And ..."'; fam232).
_CLOSES_QUOTED = re.compile(r"[^.!?;:“”\"]{0,160}?(?:[.!?,]|$)|\s+[“\"](?=[A-Z])")
_CLOSING_QUOTES = frozenset('”"')
#: The mark opening a quotation, by the mark closing it: single quotes only where one opens the
#: sentence ("‘…’ he added."; fam232), since "’" is an apostrophe too.
_QUOTE_OPENERS = {"”": "“", '"': '"', "’": "‘"}
_SINGLE_QUOTED = re.compile(r"[\s(]*‘[^‘’]{3,}[^\s‘’]’(?=\s)")
# A tell verb's closing clause ending on the person addressed ("…, Wang told Berg."; fam152).
_ADDRESSEE_CLOSES = re.compile(
    r"\s+(?P<who>him|her|them|[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,4})"
    # a day after the person told, a relative clause on them, or the page's source closing the
    # sentence ("…, he told Berg, who …", "…, X has told Berg yesterday, the ministry said."; fam232)
    r"(?:\s+(?:yesterday|today|on\s+[A-Z][a-z]+day))?"
    r"\s*(?:[.!?](?=\s|$)|$|,\s+who\s|,\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,4}(?:said|says|reported|reports)\s*[.!?])"
)  # words of a name, no style with full stops ("informed H.E. X of …" runs on)
_OBJECT_PRONOUNS = frozenset(("him", "her", "them"))
# Without a quotation the closing clause may end on a short adjunct of the telling ("…, Bourita said
# during a press briefing following the talks.", '…," said Lind via a post on her page.') or on a
# participle that continues the report ("…, he added, stressing …"). A "that" inside it is content.
_CLOSING_ADJUNCT = re.compile(
    r"\s+(?:during|at|in|after|following|via|through|on|before|while)\s[^.!?;:“”\"]{0,100}?"
    r"(?:[.!?]|$|,\s+(?:[A-Z][\w.-]*\s+){1,3}(?:reports|reported|says|said)\b)"
    # the circumstance of the telling: "…, the Chinese foreign minister said as he highlighted the
    # principle …" (cgtn, en-q)
    r"|\s+as\s+(?:he|she|they)\s[^.!?;:“”\"]{0,160}?(?:[.!?]|$)"
    # any participle ("highlighting", "calling for"), not a preposition in "-ing"
    r"|,\s+(?:while\s+)?(?!(?:during|following|including|regarding|concerning|according|excluding|notwithstanding)\b)"
    r"[a-z]{2,}ing\b"
    # told to the press or to reporters ("…, Zuma said to the press after his talks with X."; fam232)
    r"|\s+to\s+(?:the\s+)?(?:press|media|reporters|journalists)\b[^.!?;:“”\"]{0,100}?(?:[.!?]|$)"
)
_ADJUNCT_CUT = re.compile(r"\s+(?:during|at|in|after|following|via|through|on|before|while)\s")
#: A source quoting a principal before "saying" ("the statement quoted Lind as"): the principal.
_QUOTED_AS = re.compile(r"(?:.*\s)?quoted\s+(?P<who>.+?)\s+as", re.S)
# A short phrase opening with one of these before the comma is a fronted adverbial, not a report
# ("To that end, the ministers agreed.").
_PARENTHETICAL_SET = frozenset(lx.PARENTHETICALS)
_FRONTED = re.compile(
    r"\s*(?:to|in|at|on|for|with|as|during|after|before|from|since|against|by|under)\s", re.I
)
# A fronted phrase naming the event, with no comma after it, before the subject ("During the telephone
# talk the sides expressed ...", "During the conversation the President of the Republic expressed ...").
# So is a point of the event ("At the onset of the discussion Minister Carr offered ...") and a
# pointer back to what was said ("In this context the parties noted ..."). A principal's own event
# ("In his meeting today ...") is the event too. So is what came after it ("Following the meeting
# Foreign Secretary said:", gov.uk, en-af; "After the talks Ruiz said ...": fam94), and what came before
# it ("Ahead of a call with G7 leaders the Prime Minister and the President agreed …", gov.uk, en-x: fam132).
_FRONTED_EVENT = re.compile(
    r"(?:(?:during|in|at|throughout|after|following|ahead\s+of)\s+(?:the\s+(?:onset|outset|start|beginning|end|close|conclusion|course)"
    r"\s+of\s+)?(?:the|their|this|that|his|her|an?)\s+(?:[\w-]+\s+){0,2}?(?:conversation|talks?|"
    r"call|meeting|discussion|communication|exchange)"
    # its day ("In his meeting today the Secretary-General voiced ...")
    r"(?:\s+(?:today|yesterday|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
    r"|in\s+(?:this|that)\s+(?:context|regard|connection|respect))\s+(?P<rest>\S.*)",
    re.IGNORECASE | re.S,
)
# A surname written with a lowercase particle ("al-Hashimi", "d'Aubert", "el-Amin").
# The topic of a fronted event, before its subject ("During the talks on trade Ruiz stressed …")
_EVENT_TOPIC = re.compile(r"(?:on|of|about|regarding|concerning|with|between)\s", re.IGNORECASE)
# Demonyms of the sides before a plural office ("the Colombian and Venezuelan foreign ministers")
_DEMONYM_PAIR = re.compile(
    r"(?:[Tt]he\s+)?(?P<adjectives>[A-Z][\w'-]+(?:,\s+[A-Z][\w'-]+)*,?\s+and\s+[A-Z][\w'-]+)"
    r"\s+(?P<head>[a-z][\w\s'-]*)"
)
# An impersonal passive with its agent ("It was noted by both sides that …")
_IMPERSONAL = re.compile(r"(?<![\w-])[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?$")
_IMPERSONAL_BY = re.compile(r"\s+by\s+(?P<who>[^,.;:]{1,80}?)\s+that\s+")
# Heads that are the principals themselves: "Portuguese and Spanish officials" are their delegations
_PRINCIPAL_HEADS = frozenset(
    ("leaders", "ministers", "presidents", "premiers", "chancellors", "counterparts")
)
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}[-‐'’][A-Z]")
_VISIT_VERBS = frozenset(("called on", "called upon"))
# "called on X to act" is a demand; "called on and was hosted to lunch by" has no X: a visit; so is
# "called on X … and hoped that both sides would work together to …" (the "to" of a later clause), and
# "called on X on Thursday as part of the Bank's efforts to …" (the "to" of a purpose: en-z, The Hindu).
_CALL_TO = re.compile(
    r"(?!\s*(?:and|or|,)(?![\w-]))(?:(?!(?<![\w-])(?:that|as\s+part\s+of|in\s+an?\s+(?:effort|bid))(?![\w-]))[^.;:])*?"
    r"(?<![\w-])to\s+[a-z]"
)
# "called on Speaker X to discuss …", "called on Minister X … and discussed …": a visit whose purpose or
# next clause is a talk (fam189; fam39's purpose infinitive), never a demand that X discuss something.
_CALL_TO_TALK = re.compile(r"(?<![\w-])(?:to|and)\s+(?:also\s+)?discuss(?:es|ed)?(?![\w-])")
_GENDERED = re.compile(
    r"(?<![\w-])(?P<honorific>"
    + _alternation(tuple(lx.GENDERED_HONORIFICS))
    + r")\.?\s+(?:(?:the|H\.?E\.?)\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
)
# A courtesy style that stands for the one principal the page styles so ("His Majesty stressed").
# Searched in every paragraph, only where "majesty", "highness" or "excellency" stands (few pages).
_STYLE = Gated.of(
    re.compile(
        r"(?<![\w-])(?P<style>(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency)|H\.\s?H\.|HH(?=\s))"
        r"(?P<name>(?:\s+(?:the\s+)?[A-Z][\w'’.-]*){1,5})"
    )
)
_AGREED_WITH = re.compile(r"\s+with\s+[^,.;:]{1,60}?\s+that\s+")
_WITH_THAT = re.compile(r"\s+[^,.;:]{1,60}?\s+that\s+")  # after "agreed with": "X that Y"
# "agreed in their first phone call on Wednesday to work …": the occasion told between the verb and its
# infinitive; the content is the infinitive (fam189; en-aq and en-bb, devdiscourse).
_AGREED_IN = re.compile(r"\s+(?:in|during|at)\s+[^,.;:\"“]{3,60}?\s+(?=[\"“]?to\s+[a-z])")
# A verb that governs a preposition ("called for", "agreed on") has its object right after it.
_GOVERNED = (" to", " on", " for", " of", " with", " upon", " about", " at", " against")
# The briefing object never runs past a "that" ("told X that, to follow up on …" is no briefing on …),
# and an infinitive right after the verb is no object ("assured to continue supporting X's aspiration of
# becoming …" reports from "to continue"). A middle initial's full stop ("informed Robert B. Zoellick on
# …") is a word of the person told, not the sentence's end; so are a dotted style's ("informed H.E. X of
# his strategy …", Cambodia's Press OCM, en-am: fam144).
_DOTTED_STYLES = "|".join(re.escape(h) for h in lx.SUBJECT_HONORIFICS if h.count(".") >= 2)
_BRIEF_OBJECT = re.compile(
    rf"\s+(?!to\s)(?:(?!(?<![\w-])that(?![\w-]))(?:(?<=\s)(?:{_DOTTED_STYLES})(?=\s)"
    r"|(?<=\s)[A-Z]\.(?=\s+[A-Z])|[^.;:])){0,80}?"
    r"(?<![\w-])(?:about|on|of|regarding|concerning|that)\s+"
)
# "briefed them the state of the works": the person briefed as a pronoun, then the content as a second
# object with no preposition (a translation's double object; en-be, Hunan's provincial pages).
_BRIEF_PRONOUN = re.compile(r"\s+(?:him|her|them)\s+(?=(?:the|an?|his|her|their|its)\s)")
# The person told, and words about the telling ("told reporters after the meeting that"); a
# preposition that introduces a topic ("reminded him of the promise that") ends the search.
# A style's abbreviation ("Mr.", "Dr.") is one word of the person told: its full stop ends nothing.
_TELL_STYLE = "|".join(re.escape(h.rstrip(".")) for h in lx.SUBJECT_HONORIFICS if h.isalpha() and len(h) <= 4)
_TELL_WORD = rf"(?!(?:of|about|on|regarding|concerning|that)\s)(?:(?:{_TELL_STYLE})\.(?=\s)|[^\s,.;:]+)"
# The person told may stand before a colon and the quotation ("told Obama : “It is …”", hillpost, en-af;
# fam94): the words start inside the quotation.
# "told the Minister she was leaving …", "told Pinera it was essential …": the person told, then a clause
# with its own pronoun subject and no "that" (fam189; en-bd lr-mofa, en-u Reuters): the clause is the content.
_TELL_CLAUSE = re.compile(
    r"\s+(?:(?:him|her|them)\s+|(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}?)(?=(?:he|she|they|it|we)\s+[a-z])"
)
# "introduced his Georgian counterpart on Azerbaijan's pressures …": the person told, then the content
# (en-ap, Armenpress; fam189), as "briefed X on Y".
_INTRODUCED_TO = re.compile(
    r"\s+(?:his|her|their|the)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:counterparts?|guests?|hosts?|colleagues?|interlocutors?)\s+(?:on|about|with)\s+"
)
_TELL_OBJECT = re.compile(rf"\s+(?:{_TELL_WORD}\s+){{0,5}}?{_TELL_WORD}(?:\s*,?\s+that\s+|\s*:\s*(?=[“\"]))")
# After "agreed to" / "committed to", these words make "to" a preposition, not an infinitive marker.
_INFINITIVE_BLOCKERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "my", "your"}
    | {"all", "both", "each", "every", "any", "some", "such", "him", "them", "it"}
)
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
#: Reporting verbs whose "to" takes a noun, never an infinitive: "responded to local media inquiries"
#: reports the inquiries (its "to" stays in the verb), as "agreed to work" does not.
_NOUN_AFTER_TO = frozenset(
    (
        "responded to",
        "drew attention to",
        "pointed to",
        "paid tribute to",
        "looked ahead to",
        "looked forward to",
    )
)
_FRAME = re.compile(
    r"\s+(?:(?:the|a|an|their|his|her|its|our)\s+)?(?P<noun>"
    + _alternation(lx.FRAME_NOUNS)
    + r")(?=\s+(?:that|to)\s)"
)
_FRAME_VERBS = frozenset(lx.FRAME_VERBS)
_TOPIC_PHRASES = re.compile("|".join(f"(?:{pattern})" for pattern, _ in lx.TOPIC_PATTERNS))
_REPORT_PHRASES = re.compile("|".join(f"(?:{pattern})" for pattern in lx.REPORTING_PATTERNS))
_ATTRIBUTIVE = re.compile("|".join(f"(?:{pattern})" for pattern in lx.ATTRIBUTIVE_PATTERNS))
_GUEST_WELCOME = re.compile("|".join(f"(?:{pattern})" for pattern in lx.GUEST_WELCOMES))
_COPULAR = frozenset(lx.COPULAR_REPORTS)
_MANNER = re.compile(r"\s+(?:" + _alternation(lx.MANNER_PHRASES) + r")(?![\w-])")
_DETAIL = re.compile(r"(?:\s+(?:" + _alternation(lx.DETAIL_PHRASES) + r"))+(?=\s)")
# The person addressed before the content ("explained to the President of Finland the reasons ...").
# "explained to FM X about the outcomes": a topic preposition after the person goes with the telling.
# Also "with" ("shared with the president her plans"; fam157), and a one-word office in lowercase after
# "the", when it names a principal.
_ADDRESSEE = re.compile(
    r"\s+(?:to|with)\s+(?P<who>him|her|them|the\s+[a-z]+|(?:the\s+)?[A-Z][^,.;:]{0,60}?)"
    r"(?:\s+(?:about|on|regarding|concerning))?\s+(?=(?:the|a|an|his|her|their|its|our)\s)"
)
# The person addressed, then a time or place set off by commas ("conveyed to the President, during the
# call, the reasons ..."): the content starts after the aside.
_ADDRESSEE_BEFORE_ASIDE = re.compile(r"\s+to\s+(?P<who>him|her|them|(?:the\s+)?[A-Z][^,.;:]{0,60}?)(?=,)")
# An office written as its initials ("COAS", "NSA"), and the small words a title's initials may skip.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "on"})
# "to" and up to six capitalised words before the content: the person addressed is a prefix naming a
# principal (fam152).
_NAMED_ADDRESSEE = re.compile(r"\s+to\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})")
_CONTENT_WORD = re.compile(r"\s+(?!(?:and|or|on|about|for|of|that|in|at|to|with|by|during)\b)\w")
# A principal's name alone as a guest verb's object: capitalised words up to "and", a stop or a place.
_GUEST_VERB_SET = frozenset(lx.GUEST_VERBS)
_GUEST_OBJECT = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w.-]*)(?=\s+(?:and|to|at|in|into|on|as)\s|\s*[,.;]|\s*$)"
)
# A person welcomed by a pronoun or a common noun, then a place, "and" or a stop ("welcomed him at the door",
# "welcomed the official and commended …", "welcomed the delegation and provided …", "welcomed his Vanuatu
# counterpart to Parliament House"): a greeting whoever it names (CONVENTIONS, fam144; fam168).
# An office in lowercase is such a common noun too, with the country it serves ("welcomed the deputy prime
# minister of Sylvania and expressed …", "welcomed the ambassador and said …", "welcomed the Sylvanian
# ambassador in Freedonia, X, who …": fam189).
_GUEST_PERSON = re.compile(
    r"(?:him|her|them|(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:official|officials|delegation|delegations|guest|guests|visitor|visitors|counterpart|counterparts|envoy"
    r"|(?:" + _alternation(lx.OFFICE_NOUNS) + r")s?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?))"
    r"(?=\s+(?:and|to|at|in|into|on|as)\s|\s*[,.;]|\s*$)"
)
# "welcomed the Prime Minister, informing that …": a principal's office alone before a participle, the
# guest greeted and the participle the report (en-al, allAfrica); so before ", and <verb>ed" ("welcomed the
# Foreign Secretary, and noted that …", en-am, the Maldives' President's Office: fam144).
_GUEST_OFFICE = re.compile(
    r"the\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w.-]*)(?=\s*,\s+[a-z]+ing\s|\s*,?\s+and\s+[a-z]+\s)"
)
# "welcomed the Turkish president on his first visit to Egypt", "welcomed Sylvania's President X for
# talks at Y": a principal welcomed on a visit or for talks is the guest greeted (fam132: en-ak, Africanews;
# en-ai, the Swedish government), whatever the words that name him.
_GUEST_VISIT = re.compile(
    r"(?P<who>(?:the\s+)?[A-Z][^,.;:]{0,70}?)(?=\s+(?:on\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?visit|for\s+talks)\b)"
)
# "welcomed Sun as the Chinese new ambassador to Ghana": a person welcomed in an office (a greeting).
_GUEST_AS = re.compile(r"\s+as\s+(?P<office>[^,.;:]{1,80})")
# "was briefed by Y on Z": the agent reports, from Z on.
_PASSIVE_BY = re.compile(r"(?:\s+(?:" + _alternation(lx.DETAIL_PHRASES) + r"|[a-z]+ly))*\s+by\s+")
_TOPIC_PREPOSITION = re.compile(r"\s+(?:on|about|of|regarding|concerning)\s+")
# A sentence opening with an adverbial written without its comma ("More broadly the Secretary-General ..."),
# or with a coordinating conjunction ("And the President set out ...", gov.uk).
_LEADING_ADVERB = re.compile(
    r"(?:(?:(?:More|Most|more|most)\s+)?[A-Za-z][a-z]+ly|And|But|Yet|Thus|Hence|Therefore|Then|So)"
    r"\s+(?=(?:the|both|all)\s|they\b|[A-Z])"
)
_ROLE_OFFICES = {role: tuple(offices) for role, offices in lx.ROLE_OFFICES.items()}
# "the Head of State", "the Ukrainian Head of State" (folded).
_ROLE = re.compile(r"(?:(?P<adj>[\w'-]+)\s+)?(?P<role>" + _alternation(tuple(lx.ROLE_OFFICES)) + r")")
# "the head of our state" is the publisher's head of state: "our" is read as the role's "of".
_OF_OUR = re.compile(r"\bof\s+our\s+")
_TELL_VERBS = frozenset(lx.TELL_VERBS)
_BRIEF_VERBS = frozenset(lx.BRIEF_VERBS)

# Subject phrases.
# "A, together with B," and "A along with B" coordinate as "A and B" do.
# Every separator opens with a space, a comma or "&": the lookahead says so first, so that the engine
# does not try the four alternatives at every letter of a phrase (about 3.5 times faster a split).
_LIST_SPLIT = re.compile(
    r"(?=[\s,&])(?:\s*,?\s+(?:together|along|jointly)\s+with\s+|\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
)


#: What joins the members of a list of people: two names with only a comma between them are no list.
_COORDINATOR = re.compile(r"\band\b|&|\bwith\b")
#: ``_LIST_SPLIT`` keeping its separators (parts at even indexes, separators at odd ones).
_LIST_SPLIT_KEPT = re.compile(f"({_LIST_SPLIT.pattern})")


def _list_parts(phrase: str) -> list[str]:
    """The non-empty parts of a coordinated phrase ("X, Y and Z"); ``[phrase]`` when nothing coordinates.

    Every separator holds a comma, "and", "&" or "with": a phrase with none of them is one part,
    told without running the pattern (whose leading spaces it would try at every position).
    """
    if "," not in phrase and "and" not in phrase and "&" not in phrase and "with" not in phrase:
        return [phrase] if phrase else []
    return [p for p in _LIST_SPLIT.split(phrase) if p]


_HONORIFICS = frozenset(tuple(h.lower().replace(".", "").split()) for h in lx.SUBJECT_HONORIFICS)
#: The words an honorific can start with, and "the" (which may stand before one).
_HONORIFIC_LEADS = frozenset({"the"} | {words[0] for words in _HONORIFICS if words})
_CONNECTORS = frozenset(lx.CONNECTORS)
_SINGULAR = frozenset(lx.SINGULAR_PRONOUNS)
# The end of a sentence with another one after it ("… contacts. The two …"), as _named_anew looks for
# between a statement and a later sentence.
# "The Chinese side": a principal's side as the subject of a clause.
_SIDE_SUBJECT = re.compile(r"[Tt]he\s+[A-Z][\w-]*\s+side\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=\S)")
_PERSON_NOUNS = frozenset(lx.PERSON_NOUNS)
# A possessive before its noun ("his counterparts", "her country"); not "her" as an object before a
# preposition, a conjunction or an adverb ("thanked her for", "met her and", "thanked her warmly").
_POSSESSIVE_WORD = re.compile(
    r"(?<![\w-])([Hh]is|[Hh]er)\s+(?!(?:for|to|on|in|at|and|or|that|with|about|of|as|by|from|"
    r"during|after|before|over|again|today|yesterday)\b|[a-z]+ly\b)[A-Za-z]"
)
#: The head nouns of a government body, never a person: a country's "Foreign Ministry" that fits no
#: principal's title is not that country's one principal.
_INSTITUTION_NOUNS = frozenset(("ministry", "ministries", "department", "embassy"))
_OFFICE_NOUNS = frozenset(lx.OFFICE_NOUNS)
_OFFICE_NOUN_WORDS = frozenset(n for n in (*lx.OFFICE_NOUNS, *lx.PERSON_NOUNS) if " " not in n)
# Lowercase words that may stand in an office written before a name ("Russian foreign minister X").
_OFFICE_WORDS = frozenset(
    w for noun in (*lx.OFFICE_NOUNS, *lx.PERSON_NOUNS, *lx.JOINT_HEADS) for w in noun.split()
)  # with the plural heads: "ministers Joly and Le Drian"
_PLURAL_HEADS = frozenset(h for h in lx.JOINT_HEADS if " " not in h)
_DETERMINER_WORDS = frozenset(d.lower() for d in lx.DETERMINERS)
#: Words before an office that say when or how its holder holds it ("The departing High Commissioner
#: assured …", "the newly appointed Ambassador noted …", "the Iranian acting ambassador reaffirmed …"):
#: the subject is the office's holder. Not "former", which names someone else than the holder ("the
#: former President said …").
_TENURE_WORDS = frozenset(
    (
        "new",
        "newly",
        "recently",
        "appointed",
        "accredited",
        "incoming",
        "outgoing",
        "departing",
        "acting",
        # "the visiting Ruritanian official": the holder, and the side that travelled (fam233)
        "visiting",
    )
)
#: Role nouns named by the kind of office their one holder has ("the top diplomat", "the envoy"; fam233).
_KIND_NOUNS = {noun: tuple(kinds) for noun, kinds in lx.KIND_NOUNS.items()}
#: The kinds whose office must open the holder's title: a deputy foreign minister is no top diplomat.
_OPENING_KINDS = frozenset({"top-diplomat"})
_VISITOR_NOUNS = frozenset(lx.VISITOR_NOUNS)
#: The offices of a head of state or government ("president", "prime minister", "king" …), folded.
_LEADER_OFFICES = frozenset(o for offices in lx.ROLE_OFFICES.values() for o in offices)
_HOST_NOUNS = frozenset(lx.HOST_NOUNS)
#: What tells the visitor as the principal named last before it in its sentence: "X called on Y",
#: "X visited Nairobi", "Y, who is on an official visit", "X was received by Y" (fam233).
_VISITOR_BEFORE = re.compile(
    r"\b(?:visited|called\s+(?:on|upon)|arrived\s+(?:in|at)"
    r"|paid\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|call)"
    r"|(?:is|was)\s+on\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}?visit"
    r"|(?:was|were)\s+(?:warmly\s+)?(?:received|welcomed|hosted)\s+by)\b"
)
#: What tells the visitor as the principal named right after it: "Y received X", "met visiting X".
_VISITOR_AFTER = re.compile(
    r"(?<!was )(?<!were )\b(?:received|receives|hosted|hosts|welcomed|welcomes|visiting)\s+"
)
#: A delegation received and the principal who led it, the visitor: "Y received a delegation of … led by X".
_GUEST_DELEGATION = re.compile(
    r"\b(?:received|receives|hosted|hosts|welcomed|welcomes)\s+(?:an?|the)\s+[^.;]{0,120}?\bdelegation\b"
    r"[^.;]{0,120}?\b(?:led|headed)\s+by\s+"
)
#: The words a title and a style may put between those verbs and the visitor's name.
_BEFORE_GUEST = re.compile(r"(?:(?:the|his|her|visiting|[A-Z][\w’'.-]*)\s+){0,8}")
#: How far after a subject ``_choose`` reads its clause for the other principal it names (characters).
_CLAUSE_REST = 80
#: A capitalised word that may be (part of) a principal's name.
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")
#: How many of the first paragraphs tell who travelled: the opening and the sentences right after it.
_SIDES_PARAGRAPHS = 3
#: Lowercase words a subject phrase may hold and still name a principal (``_Finder._may_name``): the
#: connectors and office words of titles and names, the lowercase offices and person nouns, the plural
#: heads and modifiers of joint subjects, the words of honorifics. A principal's own words are added
#: per page.
_PLAIN_WORDS = frozenset(
    {"the", "of", "countries", "nations", "states"}
    | _CONNECTORS
    | _OFFICE_WORDS
    | _PLURAL_HEADS
    | _SINGULAR
    | {
        w
        for phrase in (*lx.OFFICE_NOUNS, *lx.PERSON_NOUNS, *lx.JOINT_HEADS, *lx.JOINT_MODIFIERS)
        for w in phrase.split()
    }
    | {w for words in _HONORIFICS for w in words}
    | _TENURE_WORDS
)
#: Words of the subjects that take any word beside them: "the two <any> leaders", "his <any>
#: counterpart", "the <country> head of state", "the leaders of <countries>".
#: The words of ``_LIST_SPLIT``'s separators (which also hold "," and "&"), each standing alone.
_SEPARATOR_WORDS = frozenset({"and", "together", "along", "jointly"})
#: What ``_may_name`` and ``_resolve`` strip from a phrase's ends.
_SUBJECT_EDGES = ' \t\n,;:"“”‘’()[]«»'
_OPEN_SUBJECT_WORDS = frozenset({"two", "both", "head", "heads", "counterpart", "colleague"} | _PLURAL_HEADS)
# A titled person opening a sentence before a lowercase verb ("Secretary Vilsack provided").
_OPENING_PERSON = re.compile(
    r"(?:The\s+)?(?P<office>[A-Z][a-z.]+(?:\s+[A-Z][a-z]+){0,3})\s+(?P<name>[A-Z][\w'’-]+)\s+(?=[a-z])"
)
# A sentence that ends on the person it is told by ("… was mentioned at a press conference by the
# government spokesman Piotr Kowal."): a pronoun in the next sentence stands for that person.
_CLOSING_AGENT = re.compile(
    r"\bby\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|aide|adviser|advisor"
    r"|secretary|minister|ambassador|envoy|director|chief|head)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    r"\s*[.!]?[\s”\"]*$"
)
#: A source's closing attribution: "…, the press secretary said." (the next "he" is that source).
_CLOSING_SOURCE = re.compile(
    r",\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:press\s+secretary|spokes(?:man|woman|person)|official|aide)"
    r"\s+(?:said|added)\s*[.!]?[\s”\"]*$"
)
_SOURCE_PERSON = re.compile(
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:official|spokes(?:man|woman|person)|aide|advis[eo]r)"
    r"(?:\s+(?:also|further|later))?"
)
# A group of sources as a clause subject ("government sources reported", "diplomatic sources said"):
# a "they" in the next sentence stands for them, not for the sides. Not "officials": on a page of
# delegations ("U.S. and UK officials committed … They noted …") they are the sides (bulk White House).
# A quotation's source named after it, with a lowercase appositive running to the verb's comma
# ('"…," Jan Kowal, foreign policy adviser to Prime Minister X[, told NTB]').
_QUOTED_SOURCE_APPOSITIVE = re.compile(
    r"[”\"]\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+[a-z][^,;:\"“”]{0,100}$"
)
_SOURCE_GROUP = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,2}?sources(?:\s+(?:also|further|later))?")
# A relative clause that answers the one before it ("…, to which Minister Ruiz stated that …"): the
# subject after "which" reports, and is the antecedent of the next pronoun.
_ANSWERING_WHICH = re.compile(
    r"(?:to|in\s+(?:reply|response)\s+to|after|upon)\s+which\s+(?P<subject>.+)", re.S
)
# What a call or message brought, told in a relative clause: "… received a phone call from X, in which
# he congratulated …": the pronoun is the caller (the sender), named after "from".
_WHICH_BOUNDARY = re.compile(r",\s*(?:in|during)\s+which\s+")
_CALL_FROM = re.compile(
    r"(?<![\w-])(?:call|message|letter|cable)\s+(?:[\w-]+\s+){0,3}?from\s+", re.IGNORECASE
)
# An aside between a subject and its verb: ", in conversation with …," ", during the call,".
#: "Both" opening a coordinated subject ("Both the Taoiseach and the Prime Minister").
_BOTH_LIST = re.compile(r"both\s+(?=\S.*\sand\s)", re.IGNORECASE | re.S)
_ASIDE_OPEN = re.compile(r",\s+(?:in|during|at|after|on|over)\s")
#: A connective closing an aside before the verb ("…, in turn, thanked him", "…, for his part, said").
_CONNECTIVE_TAIL = re.compile(r",\s*(?:in\s+turn|in\s+return|for\s+(?:his|her|their|its)\s+part)\s*$", re.I)
#: A relative clause set off after a subject ("X, who submitted his resignation"): no part of the name.
_RELATIVE_TAIL = re.compile(r",\s+(?:who|whose)\s[^,]*$")
#: The longest subject before an aside, in words ("President of the Parliament of Montenegro, Mr X").
_ASIDE_SUBJECT_WORDS = 10
_LEADING_JUNK = re.compile(r"^[^\w“\"]+")
#: An infinitive ("to address"): a participle after it ("by raising") hangs on it, not on the clause.
_INFINITIVE = re.compile(
    r"(?<![\w-])to\s+(?!(?:the|an?|his|her|him|their|them|its|this|that|these|those|all|each|both|one|my|our|us)"
    r"(?![\w-]))[a-z]+(?![\w-])"
)
#: Verbs that announce the remarks after them ("made the following remarks. …"), and the stop or
#: colon that the remarks follow.
_FOLLOWING_VERBS = ("following remarks", "following comments", "following statement")
_FOLLOWING_STOP = re.compile(r"\s*[.:]?\s*")
_JOINT_OF = re.compile(r"(?P<head>.+?)\s+of\s+(?P<countries>.+)")
_HEAD_OF = re.compile(
    r"(?:the\s+)?head\s+of\s+the\s+(?P<adj>[\w'-]+)\s+(?P<group>" + _alternation(lx.HEADED_GROUPS) + r")"
)
_COUNTERPART = re.compile(r"(?:his|her|their|its)\s+(?:(?P<adj>[\w'-]+)\s+)?(?:counterpart|colleague)")
# "his Sylvanian counterpart Ana Ruiz": the office, then the name of the person who holds it
_COUNTERPART_NAMED = re.compile(
    r"(?:his|her|their|its)\s+(?:[\w'-]+\s+)?(?:counterpart|colleague)\s+(?P<name>[A-Z].*)", re.IGNORECASE
)
_OF = re.compile(r"\s+of\s+")
#: A subject followed by its country ("Santiago Cafiero of Argentina").
_OF_COUNTRY = re.compile(
    r"(?P<head>.+?)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)
# Spelled-out and inverted forms of the same office (languages/en/title_synonyms.toml), so that
# "the Foreign Minister" finds a "Minister for Foreign Affairs".
_TITLE_SYNONYMS = load_table("readoutlib.languages", "en/title_synonyms.toml").compiled()
#: "the two heads of state", "both heads of state", "the heads of state" (a plural after the article).
_HEADS_OF_STATE = re.compile(r"(?:the\s+)?(?:two|both)\s+heads?\s+of\s+state|the\s+heads\s+of\s+state")
_POSSESSIVE = re.compile(r"'s?$")
#: How an owner ends ("Mr Peters'", "the President's"): suffixes, tested with ``str.endswith``.
_OWNER_ENDINGS = ("'s", "’s", "s'", "s’")
_NAME_SKIP = frozenset({"jr", "sr", "ii", "iii", "iv", "the", "of", "and"})


def _folded_words(text: str) -> list[str]:
    """``fold(text).split()`` as far as lowercase ASCII words go (``_OPEN_SUBJECT_WORDS``): for ASCII
    text the words lowercased without periods, without building (and caching) the folded key; a
    backtick, which fold makes an apostrophe, is in no such word either way."""
    return text.lower().replace(".", "").split() if text.isascii() else fold(text).split()


#: A weekday standing bare between a subject and its verb, as news agencies date a lead ("X Saturday met Y").
_BARE_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")

#: A place in Title Case or capitals closed by a colon, opening a news lead ("Northport: The Minister met …").
_COLON_DATELINE = re.compile(r"[A-Z][A-Za-z’'.-]+(?:[ -][A-Z][A-Za-z’'.-]+){0,2}:\s+(?=[A-Z])")


def _hung_on(earlier: Sequence[_Found], opening: tuple[int, _Subject] | None) -> tuple[str, int] | None:
    """The speaker a hung participle reports for and where the clause it hangs on starts: the last topic
    clause before it, else the sentence's opening subject, whose clause starts where the subject ends
    ("to sources" in a fronted "according to sources" is no infinitive of that clause); else None."""
    if earlier:
        return earlier[-1].speaker, earlier[-1].clause
    if opening is not None:
        return opening[1].speaker, opening[0]
    return None


def _dated_by_weekday(words: Sequence[str], count: int) -> bool:
    """Whether the word after the first ``count`` words is a bare weekday before a lowercase verb."""
    return (
        _BARE_WEEKDAY.fullmatch(words[count]) is not None
        and count + 1 < len(words)
        and words[count + 1][:1].islower()
    )


def _lead_dateline_end(para: str, s0: int, s1: int) -> int | None:
    """Where the words after a news dateline opening the paragraph start ("NORTHPORT, May 2 (Wire) --
    The Minister met …", "Northport: The Minister met …"), or None: the sentence's subject comes after it."""
    if para[:s0].strip():
        return None
    dateline = strip_dateline(para[s0:s1])
    if dateline is not None:
        return s0 + dateline.length
    colon = _COLON_DATELINE.match(para, s0, s1)
    return colon.end() if colon is not None else None


class _Grammar(NamedTuple):
    """The verb patterns of one profile, compiled once."""

    verbs: re.Pattern[str]
    topic: frozenset[str]
    ing: Gated  # searched only in sentences holding "with"
    by_ing: re.Pattern[str]  # "by expressing ...": a participle hung on a clause that reports nothing
    joint: frozenset[str]
    joint_pattern: re.Pattern[str]
    lemmas: dict[str, str]  # a present form as written -> the lexicon's past-tense entry
    participles: dict[str, str]  # an -ing form -> the lexicon's past-tense entry
    and_ing: re.Pattern[str]  # " and underscoring …": a second participle joined to a hung one


#: Reporting verbs whose -ing form is a purpose, not a report: "while ensuring complementarity with
#: NATO", ", ensuring the devices are secure" (the past "ensured X's commitment" reports).
_NO_PARTICIPLE = frozenset({"ensured"})

#: Reporting verbs read only before their content: '"…", detailed the Minister' after a quotation is no
#: use the convention settled ("X detailed Y", benchmarks/real/CONVENTIONS.md, fam110 and fam117).
_NOT_POSTPOSED = frozenset({"detailed"})


@functools.lru_cache(maxsize=64)
def _grammar(profile: Profile) -> _Grammar:
    """Compile the lexicon plus the profile's extra phrasing (cached: profiles are hashable)."""
    reporting = (*lx.REPORTING_VERBS, *(v.lower() for v in profile.extra_verbs))
    topic = (*lx.TOPIC_VERBS, *(v.lower() for v in profile.topic_verbs))
    # Present-tense reports ("Mr Peters says") use the same verbs; the checks below read the past entry.
    lemmas = {" ".join(lx.present_form(v).split()): " ".join(v.split()) for v in reporting}
    # The base form, only right after a stance phrase ("was keen to emphasize"): elsewhere "note" and
    # "stress" are nouns.
    bases = {" ".join(lx.base_form(v).split()): " ".join(v.split()) for v in reporting}
    literal = _verb_alternation((*reporting, *lemmas, *topic, *lx.COPULAR_REPORTS))
    participles = {
        " ".join(lx.ing_form(v).split()): " ".join(v.split()) for v in reporting if v not in _NO_PARTICIPLE
    }
    # Topic phrasings first: at one position the regex takes the first alternative that matches.
    verbs = re.compile(
        rf"(?<![\w-])(?:{_TOPIC_PHRASES.pattern}|{'|'.join(lx.REPORTING_PATTERNS)}|{literal}"
        rf"|{_AFTER_STANCE}(?:{_alternation(list(bases))})"
        rf"|{_PROGRESSIVE}(?:{_alternation(list(participles))}))(?![\w-])"
        # "agreed on Monday that": the "on" of a date, not the one the verb governs ("agreed on the need")
        r"(?!(?<=\son)\s+(?:" + _DATE_WORD + r"))"
    )
    ing_forms = _alternation(list(participles))
    ing = Gated.of(
        re.compile(r"(?<![\w-])with\s+(?P<subject>[^,;:]{1,80}?)\s+(?P<verb>" + ing_forms + r")(?![\w-])")
    )
    hung = _alternation(lx.PARTICIPLE_PREPOSITIONS)
    # "by expressing ..."; ", stressing ..." after a clause that names a topic ("discussed X, stressing Y"),
    # and ", both voicing ..." after the two principals' clause (hillpost, en-af: fam94)
    # Searched in every sentence: behind a lookahead for its first characters ("," and the
    # prepositions'), the engine turns most positions away at one test (0.6 of the time).
    by_ing = re.compile(
        first_character_gate(
            r"(?:(?<![\w-])(?:" + hung + r")\s+|,\s*(?:both\s+)?)(?P<verb>" + ing_forms + r")(?![\w-])"
        )
    )
    joint = frozenset(fold(j) for j in (*lx.JOINT_SUBJECTS, *lx.PLURAL_PRONOUNS, *profile.joint_subjects))
    heads = _alternation(lx.JOINT_HEADS)
    modifiers = _alternation(lx.JOINT_MODIFIERS)
    # "the three sides" of a trilateral readout are every side, as "the two sides" are of a bilateral one;
    # "all three sides" too
    joint_pattern = re.compile(
        rf"(?:(?:the\s+|all\s+)?(?:two|three|four|both)\s+(?:[\w'-]+\s+){{0,3}}"
        rf"|the\s+(?:(?P<modifier>{modifiers})\s+){{0,2}})"
        rf"(?P<head>{heads})"
        # "the leaders of the two countries", "the leaders of the countries" (every side, as a joint
        # subject); "of Ukraine and Poland" is checked against the countries
        r"(?:\s+of\s+(?:(?:the\s+)?(?:two|three|four|both)\s+|the\s+)(?:countries|nations|states))?"
    )
    topics = frozenset(" ".join(t.split()) for t in topic)
    lemmas = {**participles, **bases, **lemmas}
    and_ing = re.compile(r"\s+and\s+(?:also\s+)?(?P<verb>" + ing_forms + r")(?![\w-])")
    return _Grammar(verbs, topics, ing, by_ing, joint, joint_pattern, lemmas, participles, and_ing)


class _Person(NamedTuple):
    """A participant prepared for matching."""

    id: str
    name: str
    key: str
    tokens: frozenset[str]
    titles: tuple[str, ...]
    country: str | None
    titled: bool


def _title_forms(written: Sequence[str]) -> tuple[str, ...]:
    """A principal's titles, folded to one spelling each, and the offices inside them."""
    titles = tuple(_canonical_title(fold(t)) for t in written)
    # A double office ("High Representative/Vice-President") is also each of its halves.
    titles += tuple(part.strip() for t in titles if "/" in t for part in t.split("/") if part.strip())
    # A portfolio listed after a comma ("Minister of Foreign Affairs, African Cooperation and
    # Moroccans Abroad") leaves the office before it: "the Foreign Minister", "the minister".
    return titles + tuple(t.split(",")[0].strip() for t in titles if ", " in t and t.split(",")[0].strip())


def _person(participant: Participant) -> _Person:
    key = fold(participant.name)
    titles = _title_forms(participant.titles)
    titled = key.startswith("the ") or key in titles or _canonical_title(key) in titles
    tokens: set[str] = set()
    if not titled:
        for token in key.replace(",", " ").split():
            tokens.add(token)
            tokens.update(part for part in token.split("-") if len(part) >= 3)
            if "・" in token:
                tokens.update(part for part in token.split("・") if part)
        tokens.update(blended_names(key.split()))
    return _Person(
        participant.id,
        participant.name,
        key,
        frozenset(t for t in tokens if len(t) >= 2 and t not in _NAME_SKIP),
        titles,
        participant.country,
        titled,
    )


# The shortest written family name matched one letter apart (near_spelling): "Abbas" is no "Abbasi".
_NEAR_NAME_MIN = 6


class _Subject(NamedTuple):
    """A resolved subject: a participant id or BOTH; ``pronoun`` when resolved through one."""

    speaker: str
    pronoun: str | None = None


class _Head(NamedTuple):
    """A clause head seen in the current sentence: where its verb ends and who its subject is."""

    end: int
    subject: _Subject | None
    real: bool = True
    present: bool | None = None  # the verb's tense, when known: coordinated verbs share it
    source: bool = False  # a top-level report whose subject is no principal ("The spokesperson said")
    topic: bool = False  # a topic verb's clause ("discussed X"): it reports no clause to run on in


def _commas(para: str, s0: int, s1: int) -> list[int]:
    """The offsets of the commas in ``para[s0:s1]`` (found by ``str.find``, not a loop over characters)."""
    found: list[int] = []
    at = para.find(",", s0, s1)
    while at != -1:
        found.append(at)
        at = para.find(",", at + 1, s1)
    return found


class _Clauses:
    """The clause heads of the current sentence, as far as coordination and nesting need them."""

    __slots__ = ("commas", "first", "last_real_end", "latest", "named", "s0", "s1", "thats")

    def __init__(self, para: str, s0: int, s1: int) -> None:
        self.s0 = s0
        self.s1 = s1
        self.first: _Head | None = None
        self.latest: _Head | None = None
        self.named: _Head | None = None  # the latest head whose subject is a principal
        self.last_real_end = s0
        self.thats = [m.start() for m in _THAT.finditer(para, s0, s1)]
        self.commas = _commas(para, s0, s1)

    @property
    def has_real(self) -> bool:
        return self.last_real_end > self.s0

    def add(self, head: _Head) -> None:
        if self.first is None:
            self.first = head
        self.latest = head
        if head.subject is not None:
            self.named = head
        if head.real:
            self.last_real_end = max(self.last_real_end, head.end)

    def that_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.thats, start)
        return index < len(self.thats) and self.thats[index] < end

    def comma_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.commas, start)
        return index < len(self.commas) and self.commas[index] < end


class _Found(NamedTuple):
    """A statement before its end is known (``stop``: only a top-level clause that ends the one before)."""

    speaker: str
    verb: str
    start: int
    clause: int
    end: int | None = None
    stop: bool = False


class _Reading(NamedTuple):
    """A reporting verb as matched: as written, its lexicon entry, present tense, topic-only."""

    written: str
    verb: str
    present: bool
    topic: bool


# A restrictive relative clause on a noun, no comma before it, its subject a few words up to the verb
# ("the summit at which leaders committed"): inside a statement's content, not a report of its own.
# Not "during which": it hangs on the talks themselves ("described the talks as cordial during which
# the two leaders discussed ..."), whose topic clause still ends the statement before it.
_RESTRICTIVE_WHICH = re.compile(r"[^\s,;]\s+(?:at|in|under|through)\s+which\s+(?:\S+\s+){1,4}$")


def _reports_nothing(para: str, s0: int, match: re.Match[str], heads: _Clauses, found: list[_Found]) -> bool:
    """Whether the verb reports nothing of a principal's: a participle, a fronted adverbial clause, or
    the page's source closing a report (marking in ``heads`` and ``found`` where a report ends)."""
    vs, ve = match.span()
    if _BY_AFTER.match(para, ve):
        return True  # a participle ("the concerns raised by")
    if (
        _FRONTED_CLAUSE.fullmatch(para, s0, vs)
        and "," in para[ve : heads.s1]
        and not _BARE_AS.match(para, ve)
    ):
        # "As he had relayed to X, Lind conveyed …": the main clause after the comma reports, and the
        # statement before ends at this sentence ("As Lind noted, X" is Lind's report of X).
        found.append(_Found("", "", s0, s0, stop=True))
        return True
    if _RESTRICTIVE_WHICH.search(para, max(s0, vs - 80), vs) and any(
        f.clause >= s0 and not f.stop for f in found
    ):
        heads.add(_Head(ve, None))  # "noted the summit at which leaders committed to X": inside the content
        return True
    if _SOURCE_AFTER.match(para, ve, heads.s1):
        heads.add(_Head(ve, None))
        comma = para.rfind(",", s0, vs)
        if comma >= 0 and not para[comma + 1 : vs].strip():
            cut = comma - 1 if para[comma - 1 : comma] in _CLOSING_QUOTES else comma
            found.append(_Found("", "", cut, cut, stop=True))  # the report it closes ends there
        return True  # "..., indicates a press release from the ministry": the page's source, no principal
    return False


#: A lowercase subject pronoun right before an "and" boundary: "he and Park" is one joint subject.
_PRONOUN_BEFORE_AND = re.compile(r"\b(?:he|she)$")


@functools.lru_cache(maxsize=64)
def _plain_and_joint_words(joint: frozenset[str]) -> frozenset[str]:
    """``_PLAIN_WORDS`` and the lowercase words of a profile's joint subjects (``_Grammar.joint``):
    worked out once per profile, not on every page."""
    return _PLAIN_WORDS | frozenset(w for subject in joint for w in subject.lower().split())


class _Finder:
    """Walks the paragraphs of one readout, keeping the pronoun state between sentences."""

    def __init__(
        self, participants: Sequence[Participant], profile: Profile, author: str | None = None
    ) -> None:
        self.grammar = _grammar(profile)
        self.author = author
        self.people = [_person(p) for p in participants]
        self.home = profile.home_country
        self.home_titles = frozenset(fold(t).removeprefix("the ") for t in profile.home_titles)
        self.last_single: str | None = None
        #: The principal who travelled to the other, and the one who received him (``_learn_sides``).
        self.visitor: str | None = None
        self.host: str | None = None
        #: The body's text, for the offices it writes before a name (``_untitled_leader``).
        self.text = ""
        #: The words after the subject being read, up to its clause's end (``_subject``).
        self.clause_rest = ""
        self.genders: dict[str, str] = {}
        self.styles: dict[str, str] = {}
        self.pronoun_source = False
        #: A group of sources was the last plural subject: "they" stands for them (see ``_SOURCE_GROUP``).
        self.they_source = False
        self.they_read = False
        self.warnings: list[str] = []
        self.paragraph = 0
        #: The paragraph where a one-principal page's "participants" last spoke: its "they" are they.
        self.guests_paragraph = -1
        # ``_single`` by phrase, antecedent and paragraph: the candidates of one opening and the
        # subjects before its verbs share parts ("On Monday" of "On Monday, X met"). It reads nothing
        # else that changes, and a warning it gave stands in the paragraph's warnings already.
        self.singles: dict[tuple[str, str | None, int, str], _Subject | None] = {}
        # Every word of the principals' names, and the principals a word spells one letter apart
        # (``_by_near_name``), by word: asked again for the same words in sentence after sentence.
        self.name_tokens = frozenset(t for p in self.people for t in p.tokens)
        self.near_names: dict[str, list[_Person]] = {}
        #: ``_scored_titles`` by a title phrase's acronym, title, title without "of <country>" and country.
        self.title_scores: dict[tuple[str, str, str | None, str | None], list[tuple[int, _Person]]] = {}
        # The lowercase words a subject may hold on this page: the generic ones, the principals' names
        # and titles, the publisher's joint subjects.
        own = (w for p in self.people for text in (p.key, *p.titles, *p.tokens) for w in text.lower().split())
        self.plain_words = _plain_and_joint_words(self.grammar.joint) | frozenset(own)
        # The principals' titles in lowercase ("deputy prime minister"), which name them written so too.
        self.own_titles = frozenset(" ".join(t.lower().split()) for p in participants for t in p.titles)

    def _learn_genders(self, paragraphs: Sequence[str]) -> None:
        """Principals' genders from the honorifics before their names ("Ms. Kovacs", "Mr Harper")."""
        seen: dict[str, set[str]] = {}
        for para in paragraphs:
            for match in _GENDERED.finditer(para):
                words = {_POSSESSIVE.sub("", fold(w)) for w in match.group("name").split()}
                hits = [p.id for p in self.people if words & p.tokens]
                if len(hits) == 1:
                    seen.setdefault(hits[0], set()).add(lx.GENDERED_HONORIFICS[match.group("honorific")])
        self.genders = {who: next(iter(kinds)) for who, kinds in seen.items() if len(kinds) == 1}
        owned = self._possessive_genders(paragraphs)
        for who, kinds in owned.items():
            if who not in seen and len(kinds) == 1:
                self.genders[who] = next(iter(kinds))

    def _possessive_genders(self, paragraphs: Sequence[str]) -> dict[str, set[str]]:
        """Genders told by a possessive in a sentence naming one principal and no other ("X held talks
        with his counterparts"; fam172): read only where no honorific tells it. "her" before a
        preposition or an adverb ("thanked her for", "thanked her warmly") is an object, no owner."""
        seen: dict[str, set[str]] = {}
        # a sentence's possessive stands in its paragraph too: a paragraph with none is not split
        for para in filter(_POSSESSIVE_WORD.search, paragraphs):
            for *_, sentence in split_sentences(para):
                kinds = {
                    lx.POSSESSIVE_GENDERS[m.group(1).lower()] for m in _POSSESSIVE_WORD.finditer(sentence)
                }
                if not kinds:
                    continue
                ends = _name_ends(sentence)
                hits = [p for p in self.people if {end for _, end in ends} & p.tokens]
                # the one principal named is the sentence's subject, the name opening it ("According
                # to X, her decision …" is someone else's)
                if len(hits) == 1 and ends[0][0] == 0 and ends[0][1] in hits[0].tokens:
                    seen.setdefault(hits[0].id, set()).update(kinds)
        return seen

    def _learn_styles(self, paragraphs: Sequence[str]) -> None:
        """The principal each courtesy style stands for: the one whose name follows it on the page
        ("His Majesty King Abdullah II" makes a later "His Majesty stressed" the King's)."""
        seen: dict[str, set[str]] = {}
        title_words = {w for p in self.people for t in p.titles for w in t.split()}
        for para in paragraphs:
            for match in _STYLE.finditer(para):
                words = {_POSSESSIVE.sub("", fold(w)) for w in match.group("name").split()}
                hits = {p.id for p in self.people if words & p.tokens}
                if not hits and words & title_words:
                    continue  # "His Majesty the Sultan": a title, read as a subject already
                # another person styled so ("His Majesty King Carl", no principal) makes it ambiguous
                for style in _style_forms(match.group("style")):
                    seen.setdefault(style, set()).update(hits or {""})
        self.styles = {style: ids.pop() for style, ids in seen.items() if len(ids) == 1 and "" not in ids}

    def _learn_sides(self, paragraphs: Sequence[str]) -> None:
        """The visitor and the host, where the opening paragraphs tell one principal as the one who
        travelled ("X called on Y", "Y received X", "visiting X") and say nothing else (fam233): "the
        visitor", "the guest" and "the visiting dignitary" are then the visitor; "the host" is the one
        principal of another country, none where two received him."""
        visitors: set[str] = set()
        for para in paragraphs:
            for *_, sentence in split_sentences(para):
                visitors.update(self._visitors_in(sentence))
        if len(visitors) != 1 or len(self.people) < 2:
            return
        self.visitor = visitors.pop()
        country = next(p.country for p in self.people if p.id == self.visitor)
        hosts = [
            p.id for p in self.people if p.id != self.visitor and (p.country != country or country is None)
        ]
        self.host = hosts[0] if len(hosts) == 1 else None

    def _visitors_in(self, sentence: str) -> set[str]:
        """The principals one sentence tells as visitors (``_VISITOR_BEFORE``, ``_VISITOR_AFTER``)."""
        named = self._named_at(sentence)
        found: set[str] = set()
        for match in _VISITOR_BEFORE.finditer(sentence):
            before = [who for at, who in named if at < match.start()]
            if before:
                found.add(before[-1])
        for match in itertools.chain(_VISITOR_AFTER.finditer(sentence), _GUEST_DELEGATION.finditer(sentence)):
            guest = _BEFORE_GUEST.match(sentence, match.end())
            reach = guest.end() if guest is not None else match.end()
            after = [who for at, who in named if match.end() <= at <= reach]
            if after:
                found.add(after[0])
        return found

    def _named_at(self, sentence: str) -> list[tuple[int, str]]:
        """Where each principal's name words stand in a sentence, in order (a word of one name only)."""
        named: list[tuple[int, str]] = []
        for word in _NAME_WORD.finditer(sentence):
            folded = _POSSESSIVE.sub("", fold(word.group()))
            hits = {p.id for p in self.people if folded in p.tokens}
            if len(hits) == 1:
                named.append((word.start(), hits.pop()))
        return named

    # --- results ---------------------------------------------------------------------------------

    def run(
        self, paragraphs: Sequence[str], announcers: Sequence[tuple[int, str]] = ()
    ) -> tuple[tuple[Statement, ...], tuple[str, ...]]:
        statements: list[Statement] = []
        if not self.people:
            return (), ()
        self._learn_genders(paragraphs)
        self._learn_styles(paragraphs)
        self._learn_sides(paragraphs[:_SIDES_PARAGRAPHS])
        self.text = "\n".join(paragraphs)
        announced: _Found | None = None
        lines = dict(announcers)
        for index, para in enumerate(paragraphs):
            self.paragraph = index
            if index in lines:
                # an attribution line left out of the body announces the quotation opening this one
                announced = _colon_report(lines[index], self._english(_unbracketed(lines[index])))
            found = self._english(_unbracketed(para))
            finished = _finish(para, index, found)
            if announced is not None:
                finished = _quotation_below(para, index, announced, finished)
            announced = _colon_report(para, found)
            statements.extend(finished)
        return tuple(statements), tuple(dict.fromkeys(self.warnings))

    def _warn(self, text: str) -> None:
        self.warnings.append(text)

    # --- English ---------------------------------------------------------------------------------

    def _english(self, para: str) -> list[_Found]:
        marker = _LIST_MARKER.match(para)
        found: list[_Found] = []
        for s0, s1, _ in split_sentences(para, marker.end() if marker else 0):
            check()
            self._sentence(para, s0, s1, found)
        return found

    def _sentence(self, para: str, s0: int, s1: int, found: list[_Found]) -> None:
        # The opening subject is read in every sentence, verb or none: it carries the pronouns'
        # antecedent to the next sentences, and resolving it may warn.
        carried, self.they_read = self.they_source, False
        opening = self._opening_subject(para, s0, s1)
        if opening is not None:
            self._track(opening[1])
        elif _other_person_opens(para, s0, s1):
            self.last_single = _NOT_A_SUBJECT  # "Secretary Vilsack provided X. He described": not a principal
        before = len(found)
        verbs = self.grammar.verbs.finditer(para, s0, s1)
        first = next(verbs, None)
        if first is not None:
            # The clause heads (its "that"s and commas) only where a verb reads them: a third of the
            # sentences hold no reporting verb.
            heads = _Clauses(para, s0, s1)
            if opening is not None:
                heads.add(_Head(opening[0], opening[1], real=False))
            for match in itertools.chain((first,), verbs):
                self._verb(para, s0, match, heads, found)
        self._hung_participle(para, (s0, s1), opening, found, before=before)
        if carried and not self.they_read:
            self.they_source = False  # the sources' "they" reaches one sentence on, or as far as it goes on
        if self.pronoun_source:
            self.pronoun_source = False
            self.last_single = _NOT_A_SUBJECT
        elif len(found) == before and opening is None:
            agent = _CLOSING_AGENT.search(para, s0, s1)
            if agent is not None and self._resolve(agent.group("name")) is None:
                self.last_single = _NOT_A_SUBJECT  # "He" next is the agent, no principal
        elif _CLOSING_SOURCE.search(para, s0, s1):
            # "…, the press secretary said." then "During the call, he said, …": the source
            self.last_single = _NOT_A_SUBJECT
        for match in self.grammar.ing.finditer(para, s0, s1):
            subject = self._resolve(match.group("subject"))
            if subject is None:
                continue
            self._track(subject)
            start, verb = self._participle_content(para, match)
            found.append(_Found(subject.speaker, verb, start, match.start()))

    def _participle_content(self, para: str, match: re.Match[str]) -> tuple[int, str]:
        """Content and verb of a participial report, read as its past-tense entry reads.

        "with X informing Y about Z" starts at Z as "informed Y about Z" does; the verb stays as
        written ("informing").
        """
        written = " ".join(match.group("verb").split())
        lemma = self.grammar.participles.get(written, written)
        start, reported = self._content(para, match.end("verb"), lemma)
        return start, _as_written(reported, lemma, written)

    def _hung_participle(
        self,
        para: str,
        span: tuple[int, int],
        opening: tuple[int, _Subject] | None,
        found: list[_Found],
        *,
        before: int,
    ) -> None:
        """'They concluded the call by expressing X', 'They discussed Y, stressing X': the statement,
        at X, of the principal whose clause the participle hangs on (the last topic clause before it,
        else the sentence's opening subject).

        Only where no report comes before it in the sentence: a participle hung on a reporting
        clause ("welcomed X while noting Y", "welcomed X, noting Y") is part of that statement, and so
        is one set off right after the subject ("Lind, noting X, said Y"). A gerund in a list of
        topics ("discussed A, B, maintaining C, and D") reports nothing.
        """
        match = self.grammar.by_ing.search(para, *span)
        if match is None:
            return
        earlier = [f for f in found[before:] if f.clause < match.start()]
        if any(not f.stop for f in earlier):
            return
        if _set_off_after(para, opening, match.start()):
            return  # "Lind, while noting X, said Y": set off after the subject, as ", noting" (fam232)
        if para.startswith(",", match.start()):
            if opening is not None and not para[opening[0] : match.start()].strip(" ,"):
                return
            if _LIST_ITEM_AFTER.search(para, match.end(), span[1]) and "," in para[span[0] : match.start()]:
                return
        hung = _hung_on(earlier, opening)
        if hung is None or _SOURCE_ASIDE_BEFORE.search(para, span[0], match.start() + 1):
            return  # "…, it stated, adding the duo agreed …": the source's participle, not a principal's
        speaker, hung_on = hung
        if not para.startswith(",", match.start()) and _INFINITIVE.search(para, hung_on, match.start()):
            return  # "the need to address X by raising Y": how to address it, inside the infinitive
        start, verb = self._participle_content(para, match)
        if match.group("verb").lower() in _GUEST_VERB_SET and self._guest_only(para, start):
            return  # "opened the meeting by welcoming X and the delegation": a greeting, no report
        # ", both voicing …": the two principals together, whoever the clause's subject named first
        joint = para[match.start() : match.start("verb")].rstrip().endswith("both")
        who = BOTH if joint else speaker
        found.append(_Found(who, verb, start, match.start()))
        self._joined_participle(para, (start, span[1]), who, found)

    def _joined_participle(self, para: str, span: tuple[int, int], speaker: str, found: list[_Found]) -> None:
        """'…, highlighting X and underscoring Y': a reporting participle joined to a hung one by "and"
        is a second statement of the same speaker (fam132, en-ai)."""
        second = self.grammar.and_ing.search(para, *span)
        if second is not None:
            start, verb = self._participle_content(para, second)
            found.append(_Found(speaker, verb, start, second.start()))

    def _verb(self, para: str, s0: int, match: re.Match[str], heads: _Clauses, found: list[_Found]) -> None:
        """Read one reporting verb: find its subject and, when that is a principal, its statement."""
        vs, ve = match.span()
        reading = self._reading(para, match)
        w0 = max(s0, vs - _WINDOW)  # a subject is short: never look further back than this
        if _adjective_before(para, w0, vs) or _ATTRIBUTIVE.match(para, vs):
            return  # an adjective ("the agreed plan", "security and shared prosperity")
        # the progressive's "is"/"was" ("is hoping") is no passive, as the copula's ("was clear") is not
        linking = reading.verb in _COPULAR or reading.written in self.grammar.participles
        pre_end, passive, perfect = _strip_before_verb(para, w0, vs, copular=linking)
        if passive and self._agent_report(para, s0, match, reading, heads=heads, found=found):
            return
        if _reports_nothing(para, s0, match, heads, found):
            return
        if passive or (perfect and self._perfect_is_content(para, s0, pre_end, found)):
            # "It was agreed" has no agent; "The two sides have agreed" after a statement is its content.
            heads.add(_Head(ve, None))
            return
        closing = (
            None if reading.topic else self._closing_clause(para, s0, pre_end, ve, found, verb=reading.verb)
        )
        if closing is not None:
            if closing[0] is None:
                heads.add(_Head(ve, None, source=True))
                return
            self._track(closing[0])
            heads.add(_Head(ve, closing[0], present=reading.present))
            report = closing[1]
            # "The two agreed to X, PM Abiy tweeted.": a report inside the closing clause's content is nested.
            found[:] = [f for f in found if not (report.start <= f.clause < (report.end or report.start))]
            found.append(report._replace(verb=reading.written))
            return
        subject, clause = self._aside_subject(para, s0, pre_end, match.start()) or self._subject(
            para, s0, pre_end, heads
        )
        if subject is None:
            resolved = self._subject_elsewhere(para, (s0, pre_end), match, reading, heads=heads, found=found)
            if resolved is None:
                return
            subject, clause = resolved
        self._report(para, match, reading, (subject, clause), heads=heads, found=found)

    def _perfect_is_content(self, para: str, s0: int, pre_end: int, found: list[_Found]) -> bool:
        """Whether a perfect-tense verb after a statement is that statement's content: not when a
        principal is named anew, nor when it is coordinated with a perfect report (fam223)."""
        return (
            bool(found)
            and not self._named_anew(para, s0, pre_end, found)
            and not _perfect_coordinated(para, s0, pre_end, found)
        )

    def _named_anew(self, para: str, s0: int, pre_end: int, found: list[_Found]) -> bool:
        """True when a perfect-tense report opens a sentence of its own with one principal named as
        its subject ("… stressed X. President Y has agreed to …"): a report of its own, not the content
        of the statement before, as "The two sides have maintained …" after "X said that …" is, and as
        anything is in a speech that runs on over several sentences (a transcript's "The President of
        Belarus has mentioned this as well")."""
        if any(f.clause >= s0 for f in found) or _SENTENCE_END.search(para, found[-1].clause, s0):
            return False
        phrase = para[s0:pre_end].strip()
        if not phrase[:1].isupper() or fold(phrase) in _SINGULAR or fold(phrase) in lx.PLURAL_PRONOUNS:
            return False
        subject = self._resolve(phrase)
        return subject is not None and subject.speaker != BOTH

    def _reading(self, para: str, match: re.Match[str]) -> _Reading:
        """The verb as written, its lexicon entry, its tense, and whether it only names a topic."""
        # written without the adverbs a verb phrase holds ("was also clear however" -> "was clear")
        written = _INNER_ADVERBS.sub("", " ".join(match.group().split()))
        if "attention" in written:
            written = _ATTENTION_OWNER.sub("", written)
        verb = self.grammar.lemmas.get(written, written)
        topic = _topic_only(self.grammar, para, match, written, verb)
        if verb in _VISIT_VERBS and not _calls_to_act(para, match.end()):
            topic = True  # "called on President X" is a courtesy call; "called on X to act" a report
        # a copular report ("is confident that") has its copula's tense
        present = verb != written or written.split(maxsplit=1)[0].lower() in _PRESENT_COPULAS
        if present and (stance := _STANCE_BEFORE.search(para, max(0, match.start() - 40), match.start())):
            # "used the occasion to outline": the base form has the stance phrase's tense (fam223)
            present = stance.group().startswith("take")
        return _Reading(written, verb, present, topic)

    def _subject_elsewhere(
        self,
        para: str,
        span: tuple[int, int],
        match: re.Match[str],
        reading: _Reading,
        *,
        heads: _Clauses,
        found: list[_Found],
    ) -> tuple[_Subject, int] | None:
        """A subject that is not the phrase before the verb: after it ('"...," said Lind'), an
        appositive, the subject of the clause the verb is coordinated with ("..., and stressed"), or
        a principal's clause inside a source's report ("The spokesperson said that Lind stressed")."""
        s0, pre_end = span
        vs, ve = match.span()
        near = _nearest_boundary(para, s0, pre_end, vs)
        phrase = para[max(near[1], pre_end - _WINDOW) : pre_end].strip(_QUOTES_AND_SPACE)
        if phrase:
            return self._phrase_subject(para, span, match, reading, (near, phrase), heads=heads)
        postposed = self._postposed(
            para, s0, near, ve, reading.topic or reading.verb in _NOT_POSTPOSED, found=found
        )
        if postposed is not None:
            # another principal's report inside the quotation ('“Ruiz shared X. I thanked her,” said Berg')
            # is nested in it
            quoted = range(postposed.start, postposed.end or postposed.start)
            found[:] = [f for f in found if f.speaker == postposed.speaker or f.clause not in quoted]
            _close_or_add(found, postposed._replace(verb=reading.written))
            return None
        if self._source_tagged(para, s0, near, ve, reading.verb):
            heads.add(_Head(ve, None, source=True))
            return None
        appositive = self._appositive(para, s0, near, heads)
        if appositive is not None:
            return appositive
        if heads.latest is None and _set_off_subject(para, s0, near):
            # "The spokesman for the Presidency, Counselor X, said (that) the two sides …": the first
            # verb of the sentence, after an appositive naming no principal, is that source's report.
            heads.add(_Head(ve, None, source=not reading.topic))
            return None
        return self._source_coordinated(para, near, heads) or self._coordinated(
            para, near, ve, reading.present, heads
        )

    def _source_coordinated(
        self, para: str, near: tuple[int, int], heads: _Clauses
    ) -> tuple[_Subject, int] | None:
        """'The spokesman said X called Y on Sunday and stressed Z': a verb coordinated inside a source's
        report shares the subject of the clause that report opens, when a principal opens it (fam132's
        principal inside a source's report, told by a second verb; fam232)."""
        head = heads.latest
        if head is None or not head.source or head.end >= near[0] or not _AND_BOUNDARY.fullmatch(para, *near):
            return None
        if para[: head.end].rsplit(maxsplit=1)[-1].lower() not in _TAG_VERBS:
            return None  # only a source's telling ("said"), not an unknown subject's act ("welcomed X and …")
        lead = _THAT_LEAD.match(para, head.end)
        opening = self._opening_subject(para, lead.end() if lead else head.end, near[0])
        if opening is None or opening[1].pronoun is not None or opening[1].speaker == BOTH:
            return None  # "said they stand ready …, and emphasised": the source's own second verb
        return opening[1], near[0]

    def _phrase_subject(
        self,
        para: str,
        span: tuple[int, int],
        match: re.Match[str],
        reading: _Reading,
        before: tuple[tuple[int, int], str],
        *,
        heads: _Clauses,
    ) -> tuple[_Subject, int] | None:
        """The subject when a phrase that names no principal stands between the last boundary and the
        verb: a pointer-back adverbial after "and" (the coordinated clause's), a relative clause's
        antecedent, a principal inside a source's report, or none (a nested verb, an unknown subject)."""
        s0, pre_end = span
        vs, ve = match.span()
        near, phrase = before
        last = heads.last_real_end
        if _coordinated_adverbial(para, near, phrase, para[pre_end:vs]):
            return self._coordinated(para, near, ve, reading.present, heads)
        relative = self._relative_subject(para, (s0, pre_end), near, phrase, heads=heads)
        if relative is not None:
            return relative
        if self.last_single == _NOT_A_SUBJECT and fold(phrase) in _SINGULAR:
            self.pronoun_source = True  # "He" is the source last named: so is the next "he"
        inside = self._inside_source(para, pre_end, heads)
        if inside is not None:
            return inside
        if near[1] <= last and heads.has_real:
            if heads.that_between(last, vs) or heads.comma_between(last, vs):
                heads.add(_Head(ve, None))  # a verb inside a "that" clause: nested
            return None  # otherwise a participle inside the object ("the concerns raised")
        self._unresolved(phrase)
        heads.add(_Head(ve, None, source=not reading.topic))
        return None

    def _source_tagged(self, para: str, s0: int, near: tuple[int, int], ve: int, verb: str) -> bool:
        """Whether the verb is a source's, no principal's report: "..., said officials." (a tag after a
        comma) or '"…," Jan Kowal, adviser to X, told NTB.' (``_quoted_source``)."""
        if (
            para[near[0] : near[1]].strip() == ","
            and verb in _TAG_VERBS
            and (
                _SOURCE_TAG.match(para, ve)
                or self._named_source_tag(para, ve)
                or self._proper_source_tag(para, ve)
                or self._outlet_source_tag(para, ve)
            )
        ):
            return True
        return self._quoted_source(para, s0, near)

    def _quoted_source(self, para: str, s0: int, near: tuple[int, int]) -> bool:
        """'"…," Jan Kowal, foreign policy adviser to Prime Minister X, told NTB.': the quotation's
        source is the name before a lowercase appositive, who is no principal; the verb after the
        appositive is that source's, never a principal's coordinated with the clause before."""
        if not para[near[0] : near[1]].strip().startswith(","):
            return False
        match = _QUOTED_SOURCE_APPOSITIVE.search(para, s0, near[0])
        return match is not None and self._resolve(match.group("name")) is None

    def _proper_source_tag(self, para: str, ve: int) -> bool:
        """'..., said the ISPR.', '..., said Freedonia's Ministry of Defence in a statement.': a
        post-posed tag whose capitalised source, ending the sentence, is no principal."""
        match = _PROPER_SOURCE_TAG.match(para, ve)
        return match is not None and self._resolve(match.group("name")) is None

    def _outlet_source_tag(self, para: str, ve: int) -> bool:
        """'..., reported the MIA correspondent from Belgrade.': a post-posed tag whose source is an
        outlet's role (``_OUTLET_SOURCE_TAG``) that names no principal."""
        match = _OUTLET_SOURCE_TAG.match(para, ve)
        return match is not None and self._resolve(match.group("name")) is None

    def _named_source_tag(self, para: str, ve: int) -> bool:
        """'..., said spokesman Jan Kowal.', '..., said the press secretary, Jan Kowal, of the Office': a
        post-posed tag naming its source by a lowercase role and a name that is no principal's."""
        match = _NAMED_SOURCE_TAG.match(para, ve)
        return match is not None and self._resolve(match.group("name")) is None

    def _aside_subject(self, para: str, s0: int, pre_end: int, vs: int) -> tuple[_Subject, int] | None:
        """'Truss, in conversation with Macron and the Prime Minister of Poland Mateusz Morawiecki,
        agreed': a prepositional aside set off by commas between a principal and the verb; the subject
        is the principal before it, not the last name inside it."""
        if "," not in para[max(s0, pre_end - 2) : vs]:
            return None
        aside = _ASIDE_OPEN.search(para, s0, pre_end)
        if aside is None:
            return None
        # a connective closing the aside ("…, in turn, thanked him") belongs to the clause, not the aside
        inside = _CONNECTIVE_TAIL.sub("", para[aside.end() : pre_end].rstrip(" ,"))
        if not self._aside_ends(inside):
            return None
        phrase = _LEADING_JUNK.sub("", para[s0 : aside.start()])
        # the principal before a relative clause of his own ("X, who submitted his resignation, in …")
        named = _RELATIVE_TAIL.sub("", phrase)
        subject = self._resolve(named) if named and len(named.split()) <= _ASIDE_SUBJECT_WORDS else None
        if subject is None:
            return None
        self._track(subject)
        return subject, aside.start() - len(phrase)

    def _aside_ends(self, aside: str) -> bool:
        """Whether an aside runs whole to the verb: no comma in it, or only the one before a principal
        named in apposition at its end ("with the Minister of Foreign Affairs, Mr Tomas Berg")."""
        if "," not in aside:
            return True
        head, _, last = aside.rpartition(",")
        return "," not in head and self._single(last.strip()) is not None

    def _relative_subject(
        self, para: str, span: tuple[int, int], near: tuple[int, int], phrase: str, *, heads: _Clauses
    ) -> tuple[_Subject, int] | None:
        """The principal a relative clause's verb reports for: the name before a bare "who"
        ("Muhyiddin who received a call from the Emir said …"), the one a ", who" follows ("… a
        call from Secretary of State Antony Blinken, who reaffirmed X"), or the one after an
        answering "to which" ("…, to which Minister Ruiz stated")."""
        s0, pre_end = span
        answer = _ANSWERING_WHICH.fullmatch(phrase)
        if answer is not None:
            subject = self._resolve(answer.group("subject"))
            if subject is None:
                return None
            self._track(subject)
            return subject, pre_end - len(phrase)
        if fold(phrase) in ("he", "she") and _WHICH_BOUNDARY.fullmatch(para, *near):
            caller = self._caller(para, s0, near[0])
            if caller is not None:
                return caller, near[1]
        head, who, _ = phrase.partition(" who ")
        restrictive = self._resolve(head) if who and len(head.split()) <= 4 else None
        if restrictive is not None and restrictive.speaker != BOTH:
            return restrictive, pre_end - len(phrase)
        if fold(phrase) == "who" and para[near[0] : near[1]].strip() == ",":
            antecedent = self._antecedent(para, s0, near[0])
            if antecedent is not None:
                return antecedent, near[1]
        return self._bare_who(para, span, phrase, heads)

    def _bare_who(
        self, para: str, span: tuple[int, int], phrase: str, heads: _Clauses
    ) -> tuple[_Subject, int] | None:
        """A bare "who" after a longer clause, no comma before it ("… talked with German Chancellor
        Angela Merkel who wished Radev success"): the principal the words before "who" end on, as after
        ", who"; not inside a reported "that" clause."""
        s0, pre_end = span
        if not phrase.endswith(" who"):
            return None
        if heads.has_real and heads.that_between(heads.last_real_end, pre_end):
            return None
        who = pre_end - len(" who")
        if para[who - 1 : who] in (",", ";") or not para[who - 1 : who].isalpha():
            return None
        antecedent = self._antecedent(para, s0, who)
        return (antecedent, pre_end - len("who")) if antecedent is not None else None

    def _caller(self, para: str, s0: int, comma: int) -> _Subject | None:
        """The one principal named after the last "call from" ("message from") before ``comma``: the
        first of the comma-set phrases after "from" that names one ("his brother, President Mahmoud
        Abbas, President of …")."""
        calls = list(_CALL_FROM.finditer(para, s0, comma))
        if not calls:
            return None
        for part in para[calls[-1].end() : comma].split(","):
            subject = self._resolve(part) if len(part.split()) <= 6 else None
            if subject is not None and subject.speaker != BOTH:
                return subject
        return None

    def _antecedent(self, para: str, s0: int, comma: int) -> _Subject | None:
        """The one principal a phrase ending at ``comma`` ends on ("… from US Secretary of State Antony
        Blinken"), read from its last words; None when those words name no one principal."""
        words = para[max(s0, comma - 80) : comma].split()
        for size in range(min(len(words), 7), 0, -1):
            tail = " ".join(words[-size:])
            # "the US president": "the" before a capital opens the phrase too ("the president" alone names
            # no one principal when both are presidents)
            if not tail[:1].isupper() and not (tail.startswith("the ") and tail[4:5].isupper()):
                continue
            subject = self._resolve(tail)
            if subject is not None and subject.speaker != BOTH:
                return subject
        return None

    def _inside_source(self, para: str, pre_end: int, heads: _Clauses) -> tuple[_Subject, int] | None:
        """'A ministry statement said (that) Lind described X': the principal's clause right inside the
        report of a source that is no principal is the principal's statement (a principal's own report
        keeps what it reports nested)."""
        head = heads.latest
        if head is None or not head.source or head.end >= pre_end:
            return self._source_participle(para, pre_end)
        match = _SOURCE_CONTENT.fullmatch(para, head.end, pre_end)
        if match is None:
            return self._source_participle(para, pre_end)
        subject = self._resolve(match.group("subject"))
        return None if subject is None else (subject, match.start("subject"))

    def _source_participle(self, para: str, pre_end: int) -> tuple[_Subject, int] | None:
        """'…, it stated, adding the duo also agreed on X': the principal's clause inside the participle
        a source's tag carries on (fam132's source report, told by "adding" rather than "said")."""
        match = _SOURCE_PARTICIPLE.search(para, max(0, pre_end - _SOURCE_PARTICIPLE_REACH), pre_end)
        if match is None:
            return None
        subject = self._resolve(match.group("subject"))
        return None if subject is None else (subject, match.start("subject"))

    @staticmethod
    def _coordinated(
        para: str, near: tuple[int, int], ve: int, present: bool, heads: _Clauses
    ) -> tuple[_Subject, int] | None:
        """The subject a coordinated verb shares: ", and stressed" continues the sentence's main
        clause (or, when that clause's subject is no principal, the last clause that had one);
        " and stressed" the nearest."""
        if heads.latest is None or heads.first is None:
            return None
        head = heads.latest
        if any(mark in para[near[0] : near[1]] for mark in ",;"):
            head = heads.first if heads.first.subject is not None else heads.named or heads.first
        elif _reframed(para, ve, heads):
            head = heads.named or head
        subject = head.subject
        tense = head.present
        if tense is None and heads.named is not None and heads.named.subject == subject:
            tense = heads.named.present  # an opening subject's head has no tense: its verb's has
        if tense is not None and tense != present and not head.topic:
            # "said Kenya values X and thanks Y": a verb of another tense than the head's
            # continues the reported clause, not the report; after a topic verb no reported clause
            # runs ("They discussed X and look forward to Y", en-ac's DoD readout).
            subject = None
        if subject is None:
            heads.add(_Head(ve, None))
            return None
        return subject, near[0]

    def _report(
        self,
        para: str,
        match: re.Match[str],
        reading: _Reading,
        who: tuple[_Subject, int],
        *,
        heads: _Clauses,
        found: list[_Found],
    ) -> None:
        """Record a principal's clause: its statement, or for a topic verb the end of the one before."""
        subject, clause = who
        ve = match.end()
        self._track(subject)
        heads.add(_Head(ve, subject, present=reading.present, topic=reading.topic))
        if reading.present and self._continues_past_report(para, subject.speaker, clause, found):
            return
        if subject.pronoun is not None and _runs_on_in_the_present(
            para, reading, clause, found, subject.speaker
        ):
            return
        if reading.topic:
            # A principal's topic clause is top-level too: the statement before it ends there.
            found.append(_Found(subject.speaker, reading.written, clause, clause, stop=True))
            return
        start, reported = self._content(para, ve, reading.verb)
        # "announced this on Facebook" (fam168) or "relayed this during a courtesy call" (fam167): the content
        # is told before or nowhere; this reports none
        # or a leave-taking ("said goodbye to each other", fam179): no report either
        told_again = any(p.match(para, start) is not None for p in (_TOLD_AGAIN, _LEAVE_TAKING))
        if told_again or self._welcomes_guest(para, match.start(), reading.verb, start):
            # "Ruiz welcomed Berg and ...": the guest welcomed is the meeting; it still ends the clause before
            found.append(_Found(subject.speaker, reading.written, clause, clause, stop=True))
            return
        verb = _as_written(reported, reading.verb, reading.written)
        if subject.pronoun is not None:
            self._warn(f"speaker of paragraph {self.paragraph} resolved by pronoun {subject.pronoun!r}")
        found.append(_Found(subject.speaker, verb, start, clause))

    def _continues_past_report(self, para: str, speaker: str, clause: int, found: list[_Found]) -> bool:
        """Whether a present-tense clause of ``speaker``'s side ("The Chinese side appreciates …")
        continues their past-tense report in an earlier sentence of the paragraph: a ministry's
        translation running on in the present after "X expressed that …" is still X's indirect speech.
        A principal named in the present ("The Secretary-General calls on …") reports anew."""
        ends = [m.end() for m in _SENTENCE_END.finditer(para, 0, clause)]
        if not ends or not any(_SIDE_SUBJECT.match(para, at) for at in (clause, ends[-1])):
            return False  # a side's clause in a sentence after the first
        return any(
            f.speaker == speaker and not f.stop and f.start < ends[-1] and f.verb not in self.grammar.lemmas
            for f in found
        )

    def _welcomes_guest(self, para: str, at: int, verb: str, start: int) -> bool:
        """Whether the verb at ``at`` welcomes a guest rather than reports: a guest welcomed to a place
        (the meeting itself in the lead, a greeting below it: CONVENTIONS, fam144), or a principal's
        bare name anywhere."""
        if _GUEST_WELCOME.match(para, at) is not None:
            return True
        return verb in _GUEST_VERB_SET and self._guest_only(para, start)

    def _guest_only(self, para: str, start: int) -> bool:
        """Whether the object at ``start`` is only a principal's name (the guest of "welcomed")."""
        if _GUEST_PERSON.match(para, start) is not None:
            return True
        guest = (
            _GUEST_OBJECT.match(para, start)
            or _GUEST_OFFICE.match(para, start)
            or _GUEST_VISIT.match(para, start)
        )
        if guest is None or country_from_name(guest.group("who")) is not None:
            return False  # "welcomed Sylvania and ...": a country welcomed is content
        return self._resolve(guest.group("who")) is not None or _welcomed_in_office(para, guest.end())

    def _passive_agent(
        self, para: str, s0: int, match: re.Match[str], verb: str, *, heads: _Clauses, found: list[_Found]
    ) -> bool:
        """'X was briefed (in detail) by Y on Z' is Y's statement from Z; True when it was one."""
        vs, ve = match.span()
        by = _PASSIVE_BY.match(para, ve) if verb in _BRIEF_VERBS else None
        if by is None:
            return False
        # The agent is the longest phrase before a topic preposition that names a principal
        # ("by Secretary of State Pompeo on ...", not "by Secretary" before "of State").
        limit = min(len(para), by.end() + 80)
        for preposition in reversed(list(_TOPIC_PREPOSITION.finditer(para, by.end(), limit))):
            subject = self._resolve(para[by.end() : preposition.start()])
            if subject is not None:
                self._track(subject)
                heads.add(_Head(ve, subject))
                clause = _nearest_boundary(para, s0, vs, vs)[0]
                found.append(_Found(subject.speaker, verb, preposition.end(), clause))
                return True
        return False

    def _agent_report(
        self,
        para: str,
        s0: int,
        match: re.Match[str],
        reading: _Reading,
        *,
        heads: _Clauses,
        found: list[_Found],
    ) -> bool:
        """A passive told with its agent ("was briefed by Y on Z", "It was noted by Y that Z")."""
        return self._passive_agent(
            para, s0, match, reading.verb, heads=heads, found=found
        ) or self._impersonal_agent(para, s0, match, reading.written, heads=heads, found=found)

    def _impersonal_agent(
        self, para: str, s0: int, match: re.Match[str], verb: str, *, heads: _Clauses, found: list[_Found]
    ) -> bool:
        """'It was noted by both sides that Z' is the agent's statement from Z; True when it was one."""
        vs, ve = match.span()
        if _IMPERSONAL.search(para, s0, vs) is None:
            return False
        by = _IMPERSONAL_BY.match(para, ve)
        subject = self._resolve(by.group("who")) if by is not None else None
        if by is None or subject is None:
            return False
        self._track(subject)
        heads.add(_Head(ve, subject))
        found.append(_Found(subject.speaker, verb, by.end(), _nearest_boundary(para, s0, vs, vs)[0]))
        return True

    def _subject(self, para: str, s0: int, pre_end: int, heads: _Clauses) -> tuple[_Subject | None, int]:
        """The longest phrase from a clause boundary to ``pre_end`` that names a principal."""
        # what the clause says after its subject, for ``_choose``: the one it names there is no subject
        self.clause_rest = para[pre_end : pre_end + _CLAUSE_REST]
        try:
            return self._subject_read(para, s0, pre_end, heads)
        finally:
            self.clause_rest = ""

    def _subject_read(self, para: str, s0: int, pre_end: int, heads: _Clauses) -> tuple[_Subject | None, int]:
        first_real = not heads.has_real
        unknown_list = False
        for start, end, kind in _subject_starts(para, s0, pre_end):
            if end >= pre_end:
                continue
            plain_comma = kind != "start" and not first_real and not _AND_BOUNDARY.fullmatch(kind)
            if plain_comma and heads.that_between(heads.last_real_end, start):
                continue  # after a comma inside an earlier clause's content ("said that ..., X agreed")
            if kind == " and " and _PRONOUN_BEFORE_AND.search(para, s0, start):
                # "… as he and Park agreed": the pronoun's conjunct alone is no clause's subject
                continue
            if unknown_list and " and " in f"{kind} ":
                # "The President, Secretary Vilsack, and Attorney General Garland explained": a list
                # naming someone who is no principal is not its last member alone.
                continue
            subject = self._resolve(para[end:pre_end])
            # Only a list that opens the sentence: "between France and Russia, and X" is no subject list.
            if subject is None and kind == "start" and _people_list(para[end:pre_end]):
                unknown_list = True
            if subject is not None:
                return subject, (s0 if first_real else start)
            lowercase = self._lowercase_pronoun(para, (s0, start, end, pre_end), kind, heads)
            if lowercase is not None:
                return lowercase
        return None, s0

    def _lowercase_pronoun(
        self, para: str, spans: tuple[int, int, int, int], kind: str, heads: _Clauses
    ) -> tuple[_Subject, int] | None:
        """A lowercase "he"/"she" as the subject: after a fronted adverbial at the sentence's first
        clause ("On trade, he said"), or opening a clause of its own after ", and" (``_pronoun_clause``)."""
        s0, start, end, pre_end = spans
        first_real = not heads.has_real
        if (
            first_real
            and "," in kind
            and (_fronted(para, s0, start) or _FRONTED_PARTICIPIAL.fullmatch(para, s0, start))
        ):
            subject = self._fronted_pronoun(para[end:pre_end])
            if subject is not None:
                return subject, s0
        if _pronoun_clause(kind, heads, start):
            subject = self._fronted_pronoun(para[end:pre_end])
            if subject is not None:
                return subject, start
        return None

    def _fronted_pronoun(self, phrase: str) -> _Subject | None:
        """A lowercase "he"/"she" after a fronted adverbial ("On trade, he said") opens the sentence."""
        word = phrase.strip()
        return self._pronoun(word.capitalize()) if word in _SINGULAR else None

    def _appositive(
        self, para: str, s0: int, near: tuple[int, int], heads: _Clauses
    ) -> tuple[_Subject, int] | None:
        """A subject followed by an appositive ("The Foreign Minister of Australia, Ms. Lind, said")."""
        if not para[near[0] : near[1]].strip().startswith(","):
            return None
        if heads.has_real and near[0] <= heads.last_real_end:
            return None
        subject, clause = self._subject(para, s0, near[0], heads)
        if subject is None:
            return None
        return subject, clause

    def _postposed(
        self, para: str, s0: int, near: tuple[int, int], ve: int, topic: bool, *, found: Sequence[_Found]
    ) -> _Found | None:
        """'"...," said Lind.': the content is the sentence up to the comma before the verb."""
        if topic or "," not in para[near[0] : near[1]]:
            return None
        match = _POSTPOSED_SUBJECT.match(para, ve)
        around = set(para[near[0] - 1 : near[1] + 1])
        quoted = bool(_CLOSING_QUOTES & around)
        # '…, said Lind during the meeting at …': unquoted (no single closing quote either), the verb right
        # after a bare comma; not '…, and congratulated the President on …'
        bare = para[near[0] : near[1]].strip() == "," and not quoted and "’" not in around
        if match is None and bare:
            match = _POSTPOSED_BEFORE_ADJUNCT.match(para, ve)
        if match is None:
            return None
        subject = self._resolve(match.group(1))
        if subject is None and (quoted or bare):
            # '"…," said Lind via a post on her page', '…, said Lind during the meeting at X.': the
            # subject before the adjunct
            cut = _ADJUNCT_CUT.search(match.group(1))
            subject = self._resolve(match.group(1)[: cut.start()]) if cut is not None else None
        if subject is None:
            return None
        self._track(subject)
        # another principal's clause inside the quotation is the quoted speaker's words, not a bound
        start = _reported_start(para, s0, found_before=[f for f in found if f.speaker == subject.speaker])
        return _Found(subject.speaker, "", start, start, near[0])

    def _closing_clause(
        self, para: str, s0: int, pre_end: int, ve: int, found: Sequence[_Found], *, verb: str = ""
    ) -> tuple[_Subject | None, _Found] | None:
        """'"...," Kim said.' and '..., he added.': the report is the sentence before the comma.

        A reporting clause "<subject> <verb>" that closes its sentence after a comma reports what
        precedes it, from the start of the sentence (or of a quotation opened in an earlier sentence);
        a tell verb may end on the principal addressed ("..., Wang told Berg."; fam152).
        The subject is None where the tag's source tells what the person did (``_tells_of_speaker``).
        """
        comma = para.rfind(",", s0, pre_end)
        # a quotation closed after its last comma, with no comma of its own ('“…, …” Ruto stated')
        closed = max(para.rfind("”", s0, pre_end), _single_quote_close(para, s0, pre_end))
        if comma < 0 or closed > comma + 1:
            return self._after_quotation(para, s0, pre_end, ve, found)
        quoted = para[comma - 1 : comma] in _CLOSING_QUOTES or para[comma + 1 : comma + 2] in _CLOSING_QUOTES
        if not self._clause_closes(para, ve, quoted=quoted, verb=verb):
            return None
        phrase = para[comma + 1 : pre_end].strip(_QUOTES_AND_SPACE)
        quoted_as = _QUOTED_AS.fullmatch(phrase)
        if quoted_as is not None:
            phrase = quoted_as.group("who")  # '"...," the statement quoted Lind as saying.'
        if not phrase or len(phrase.split()) > 10:
            return None
        # Inside the sentence the pronoun is lowercase ("..., he added"), unlike at a sentence start.
        subject = self._pronoun(phrase.title()) if fold(phrase) in _SINGULAR else self._resolve(phrase)
        if subject is None or _quotation_reported(para, s0, found, subject.speaker):
            return None
        start = _reported_start(para, s0, found_before=found)
        reported = para[start:comma].strip(_QUOTES_AND_SPACE)
        if not reported or (not quoted and len(reported.split()) <= 5 and _FRONTED.match(reported)):
            return None
        if self._own_subject_reports(para, start, comma, quoted=quoted, subject=subject):
            return None
        found_here = _Found(subject.speaker, "", start, start, comma)
        if subject.pronoun is None and _tells_of_speaker(phrase, reported, subject.speaker):
            return None, found_here  # a source's account of what the person did: no report of theirs
        return subject, found_here

    def _clause_closes(self, para: str, ve: int, *, quoted: bool, verb: str) -> bool:
        """Whether a closing clause ends its sentence after its verb: at once, after a quotation's short
        tail, on a short adjunct of the telling, or (a tell verb) on the principal addressed."""
        if (_CLOSES_QUOTED if quoted else _CLOSES_SENTENCE).match(para, ve) is not None:
            return True
        return _adjunct_closes(para, ve) or (verb in _TELL_VERBS and self._addressee_closes(para, ve))

    def _addressee_closes(self, para: str, ve: int) -> bool:
        """After a tell verb: the principal addressed ("him", a name or title) and the sentence's end."""
        match = _ADDRESSEE_CLOSES.match(para, ve)
        return match is not None and (
            match.group("who") in _OBJECT_PRONOUNS or self._resolve(match.group("who")) is not None
        )

    def _own_subject_reports(
        self, para: str, start: int, end: int, *, quoted: bool, subject: _Subject
    ) -> bool:
        """True when an unquoted report closed by a pronoun's tag opens on a principal of its own: "X also
        invited Y to visit, he added." is X's invitation, at "invited"; the tag only says who relayed it
        (issue #8, en-af, a spokesman relaying his minister's invitation)."""
        opening = None if quoted or subject.pronoun is None else self._opening_subject(para, start, end)
        if opening is None:
            return False
        verb = self.grammar.verbs.search(para, opening[0], end)
        return verb is not None and _ADVERB_GAP.fullmatch(para, opening[0], verb.start()) is not None

    def _after_quotation(
        self, para: str, s0: int, pre_end: int, ve: int, found: Sequence[_Found]
    ) -> tuple[_Subject, _Found] | None:
        """'“…” Ruto stated': a quotation closed with no comma, then "<subject> <verb>" ending the sentence
        (the splitter may have ended a sentence at the quotation's full stop: it is looked for before)."""
        inner = max(para.rfind("”", s0, pre_end), _single_quote_close(para, s0, pre_end))
        close = inner if inner >= 0 else len(para[:s0].rstrip()) - 1
        if close < 0 or para[close] not in _QUOTE_OPENERS or _CLOSES_SENTENCE.match(para, ve) is None:
            return None
        phrase = para[close + 1 : pre_end].strip(_QUOTES_AND_SPACE)
        if not phrase or len(phrase.split()) > 6:
            return None
        subject = self._pronoun(phrase.title()) if fold(phrase) in _SINGULAR else self._resolve(phrase)
        start = para.rfind(_QUOTE_OPENERS[para[close]], 0, close)
        if subject is None or start < 0 or any(start <= f.start < ve for f in found):
            return None
        return subject, _Found(subject.speaker, "", start, start, close)

    def _opening_subject(self, para: str, s0: int, s1: int) -> tuple[int, _Subject] | None:
        """The principal opening the sentence (after any fronted adverbial), followed by a lowercase verb."""
        starts = [s0] + [b.end() for b in _COMMA_SPACE.finditer(para, s0, min(s1, s0 + 160))]
        lead = _lead_dateline_end(para, s0, s1)
        if lead is not None:
            starts.insert(1, lead)
        for begin in starts:
            window = para[begin : min(s1, begin + 120)]
            # A subject is read from at most the first nine words, so ten are all the loop needs.
            words = window.split(maxsplit=10)[:10]
            # A candidate of ``count`` words is followed by a lowercase word that is no connector, or by
            # a bare weekday dating the clause ("X Saturday met Y").
            counts = [
                count
                for count in range(min(len(words) - 1, 9), 0, -1)
                if (words[count][:1].islower() and words[count] not in _NOT_AFTER_SUBJECT)
                or _dated_by_weekday(words, count)
            ]
            if not counts:
                continue
            # The candidates of ``lowest`` to ``highest`` words are ones _may_name rejects: not tried.
            lowest, highest = self._rejected_lengths(words)
            ends: list[int] = []
            for count in counts:
                if lowest <= count <= highest:
                    continue
                if words[count - 1].replace("’", "'").endswith(("'", "'s")):
                    continue  # "Secretary Harper's visit ..." is not Harper as subject
                # "NORTHPORT – Foreign ministers of …": one word after a dateline is a name or none
                if begin == lead and count == 1 and not any(fold(words[0]) in p.tokens for p in self.people):
                    continue
                if not ends:  # where the words end, worked out for the first candidate tried only
                    ends = [m.end() for m in itertools.islice(_NON_SPACE.finditer(window), 10)]
                phrase = window[: ends[count - 1]]
                if not self._may_name(phrase):
                    continue
                subject = self._resolve(phrase)
                if subject is not None:
                    return begin + ends[count - 1], subject
        return None

    def _rejected_lengths(self, words: Sequence[str]) -> tuple[int, int]:
        """For the phrases made of the first words of ``words`` (as ``_opening_subject`` tries them,
        longest first), the shortest and the longest count of words for which ``_may_name`` is
        False for certain: told by one pass over the words, not by one call per phrase.

        A phrase holding a plain lowercase word outside ``plain_words`` (see ``_may_name``) before
        any separator of ``_LIST_SPLIT`` (a comma, "&", "and", "together"/"along"/"jointly" with)
        has that word in its first list part; unless it also holds a word that may fold into one of
        ``_OPEN_SUBJECT_WORDS`` (or a word not in ASCII, whose folding is not worked out here),
        ``_may_name`` rejects it. ``(1, 0)``, an empty range, when no length is rejected for certain.
        """
        plain = self.plain_words
        blocked = -1
        for index, word in enumerate(words):
            if "," in word or "&" in word or word in _SEPARATOR_WORDS:
                break
            if word.isascii() and word.isalpha() and word.islower() and word not in plain:
                blocked = index
                break
        if blocked < 0:
            return 1, 0
        highest = len(words)
        for index, word in enumerate(words):
            folded = word.strip(_SUBJECT_EDGES).lower().replace(".", "")
            if not word.isascii() or folded in _OPEN_SUBJECT_WORDS:
                highest = index  # a phrase of more words than this holds it
                break
        return blocked + 1, highest

    def _may_name(self, phrase: str) -> bool:
        """False when ``_resolve(phrase)`` (without ``countries``) is None for certain, and warns nothing.

        Every way ``_resolve`` names a principal reads each lowercase word of the phrase as a
        connector, an office or person noun, a plural head, an honorific, a word of a principal's name
        or title or of a joint subject (``plain_words``), except the subjects that take any word in
        a slot of their own (``_takes_any_word``: "the two visiting leaders", "his Ruritanian
        counterpart"). A plain lowercase word outside those ("spoke", "discussed") in the phrase's
        first list part makes that part, and so the phrase, name no one unless the phrase or that
        part is such a subject; no part before it was read, so no warning is lost. Most candidates
        of an opening subject hold one.
        """
        raw = phrase.strip(_SUBJECT_EDGES)
        parts = _list_parts(raw)
        if not parts:
            return True
        first = parts[0]
        plain = self.plain_words
        if all(
            word in plain or not (word.isascii() and word.isalpha() and word.islower())
            for word in first.split()
        ):
            return True
        if _OPEN_SUBJECT_WORDS.isdisjoint(_folded_words(raw)):
            return False
        # A lone part that is not the phrase (a separator at its edge, "& X") is read whole by _single.
        return (len(parts) == 1 and first != raw) or self._takes_any_word(raw, first)

    def _takes_any_word(self, raw: str, first: str) -> bool:
        """True when a phrase (``raw``, its first list part ``first``) has the form of a subject that
        takes any word: each test below is one ``_resolve`` (or ``_single`` of ``first``, or
        ``_office_holders`` of ``first``) makes before it reads the phrase's other words, and the
        only ones where a lowercase word outside ``plain_words`` may stand."""
        key = fold(raw)
        if (
            _HEADS_OF_STATE.fullmatch(key)
            or key in self.grammar.joint
            or self.grammar.joint_pattern.fullmatch(key)
        ):
            return True
        if "of" in key and _JOINT_OF.fullmatch(key):
            return True  # "the leaders of <countries>"
        tokens = _strip_honorifics(first.strip(_SUBJECT_EDGES).split())
        part_key = fold(" ".join(tokens))
        if (
            _ROLE.fullmatch(part_key.removeprefix("the "))
            or _COUNTERPART.fullmatch(part_key)
            or _HEAD_OF.fullmatch(part_key)
        ):
            return True  # "the <adjective> head of state", "his <adjective> counterpart"
        words = fold(first).removeprefix("the ").split()
        return bool(words) and words[-1] in _PLURAL_HEADS  # a plural office ("<any> ministers")

    def _content(self, para: str, pos: int, verb: str) -> tuple[int, str]:
        """Where the reported content starts after a verb, and the verb as it is reported."""
        content = _content(para, pos, verb, lambda who: self._resolve(who) is not None)
        return content.start, content.verb

    # --- subjects --------------------------------------------------------------------------------

    def _track(self, subject: _Subject) -> None:
        if subject.speaker != BOTH:
            self.last_single = subject.speaker

    def _unresolved(self, phrase: str) -> None:
        """A clause subject that is no principal: forget the pronoun antecedent; warn on a lone title."""
        tokens = phrase.split()
        folded = fold(phrase.strip(_QUOTES_AND_SPACE))
        if _SOURCE_GROUP.fullmatch(folded) or (self.they_source and folded in lx.PLURAL_PRONOUNS):
            self.they_source = self.they_read = True
            return
        if _SOURCE_PERSON.fullmatch(folded):
            # "The official also revealed …": the source, and the antecedent of the next "he"
            self.last_single = _NOT_A_SUBJECT
            self.pronoun_source = True
            return
        if not tokens or len(tokens) > 8 or not all(_title_like(t) for t in tokens):
            return
        if country_from_name(phrase) is not None or fold(phrase) in ("it", "we", "i", "you"):
            return
        if not any(t[:1].isupper() for t in tokens):
            return
        self.last_single = _NOT_A_SUBJECT
        if tokens[0].lower() == "the":
            self._warn(f"paragraph {self.paragraph}: subject {phrase!r} matches no participant")

    def _resolve(self, phrase: str) -> _Subject | None:
        """The principal(s) a subject phrase names, or None when it names none.

        A country, or a list of them ("France and the United Kingdom reaffirmed"), names no principal:
        a country is no speaker (benchmarks/real/CONVENTIONS.md, "Statements"; fam54).
        """
        raw = phrase.strip(_SUBJECT_EDGES)
        if not raw or len(raw) > 180 or len(raw.split()) > 24:
            return None
        if phrase.rstrip(' \t\n,;:"“”()[]').endswith(_OWNER_ENDINGS):
            return None  # "Mr Peters' notes", "the President's remarks": an owner, not a subject
        fronted = _FRONTED_EVENT.match(raw)
        if fronted is not None:
            # "During the conversation the President expressed": the phrase after the event is the subject
            return self._resolve(fronted.group("rest")) or self._after_event_topic(fronted.group("rest"))
        key = fold(raw)
        if key in _SINGULAR:
            return self._pronoun(raw)
        if key in _FIRST_PERSON and self.author is not None and raw[:1].isupper():
            # "I reiterated ...", "We condemned ..." on the page of the one who tells it
            return _Subject(self.author)
        side = self._side(key)
        if side is not None:
            return self._of_demonym(side)
        if _HEADS_OF_STATE.fullmatch(key):
            # Checked before the profile's joint subjects: when the principals are not heads of state
            # (a premier meeting a president), "the two heads of state" are other people.
            return self._heads_of_state()
        if key in self.grammar.joint or self.grammar.joint_pattern.fullmatch(key):
            return None if self._not_the_sides(key) else _Subject(BOTH)
        if key == "participants" and len(self.people) < 2:
            self.guests_paragraph = self.paragraph  # "Participants expressed …, and they shared …"
        return self._of_or_named(key, raw)

    def _after_event_topic(self, rest: str) -> _Subject | None:
        """The subject after a fronted event's own topic ("During the discussion on the issues of the
        agenda the sides expressed …", TASS): the longest tail after a lowercase word that names a
        principal, so that no name is split ("with Minister Tomas Berg welcomed" names nobody)."""
        if _EVENT_TOPIC.match(rest) is None:
            return None
        words = rest.split()
        for i in range(2, len(words)):
            if words[i - 1][:1].islower() and (words[i][:1].isupper() or words[i].lower() in ("the", "both")):
                subject = self._resolve(" ".join(words[i:]))
                if subject is not None:
                    return subject
        return None

    def _of_or_named(self, key: str, raw: str) -> _Subject | None:
        """The rest of ``_resolve``: a plural head with "of", a country (no speaker), or a name or title."""
        splits = _joint_splits(key, self.grammar.joint_pattern) if "of" in key else []
        if splits:
            return self._joint_of(splits, raw)
        pair = self._demonym_pair(raw)
        if pair is not None:
            return pair
        if country_from_name(raw) is not None:
            # "Norway appreciates …": no principal, not even one whose title names it ("Ambassador to Norway")
            return None
        return self._named(raw)

    def _joint_of(self, splits: Sequence[str], raw: str) -> _Subject | None:
        """A plural head with "of": "The leaders of Ukraine and Poland", the sides named by their
        countries (after any "of" closing a joint head, "The Ministers of Foreign Affairs of Estonia and
        Chile"); "The Ministers of Foreign Affairs", the plural of an office the principals hold."""
        for countries in splits:
            sides = self._countries_subject(_LIST_SPLIT.split(countries))
            if sides is not None:
                return sides
        return self._plural_office(raw)

    def _not_the_sides(self, key: str) -> bool:
        """True when a plural subject stands for others than the sides: the sources last named
        ("…, sources reported. They said that …") or a one-principal page's guests."""
        if self.they_source and key in lx.PLURAL_PRONOUNS:
            return True
        return self._guests(key)

    def _guests(self, key: str) -> bool:
        """True when "the participants" speak on a page of one principal: the guests of a roundtable
        she convened, not both sides ("The participants thanked the Vice President", bulk White
        House), nor is "they" in the paragraph where they spoke; on a page of two principals or more
        they are its sides (en-l, Armenia's MFA)."""
        if len(self.people) >= 2:
            return False
        if key in lx.PLURAL_PRONOUNS:
            return self.guests_paragraph == self.paragraph  # "they", in the participants' paragraph
        plural = self.grammar.joint_pattern.fullmatch(key)
        if plural is None or plural.group("head") != "participants":
            return False
        self.guests_paragraph = self.paragraph
        return True

    def _side(self, key: str) -> str | None:
        """The country word of "the Russian side" (a folded subject), where one side is named so.

        "The Russian side noted ...": that country's one principal speaks (GOLD_SCHEMA: a side speaks
        through its principal), on a page whose principals are of two countries or more.
        """
        side = _SIDE.fullmatch(key) if key.endswith("side") else None
        if (
            side is not None
            and side.group("who") not in ("both", "each", "other", "one")
            and len({p.country for p in self.people if p.country}) > 1
        ):
            return side.group("who")
        return None

    def _heads_of_state(self) -> _Subject | None:
        """Both sides, when every principal is a head of state; else None (other people).

        A principal whose title the page never gives is no evidence either way ("President Ana Ruiz
        … with Tomas Berg"): every title the page does give must be a head of state's."""
        titled = [p for p in self.people if p.titles]
        heads = all(any(h in t for t in p.titles for h in lx.HEAD_OF_STATE_TITLES) for p in titled)
        return _Subject(BOTH) if heads and titled and len(self.people) > 1 else None

    def _named(self, raw: str) -> _Subject | None:
        """The principal(s) named by a phrase: one name or title, or a list of them."""
        both = _BOTH_LIST.match(raw)
        if both is not None:
            # "Both the Taoiseach and the Prime Minister": the list after "both", when it names two sides
            listed = self._named(raw[both.end() :])
            return listed if listed is not None and listed.speaker == BOTH else None
        parts = _list_parts(raw)
        if len(parts) > 1:
            listed = self._list_subject(parts)
            if listed is None and len(parts) == 2 and "," not in raw and _second_office(parts[1]):
                return self._double_office(parts[0], parts[1])
            if listed is not None and listed.speaker == BOTH and self._apposition(raw):
                return None  # "her counterpart, Tomas Berg, Ana Ruiz said": an apposition, not both sides
            return listed
        return self._single(raw) or self._plural_office(raw)

    def _apposition(self, raw: str) -> bool:
        """True when a list's speaker changes only at bare commas with no "and" before them
        ("counterpart, Tomas Berg, Ana Ruiz, Minister of Foreign Affairs and Trade"): names in
        apposition, no "and" joining two people. "Wang, Lavrov and Jaishankar" changes speaker at its
        "and" too; "Thongloun and his counterpart, Prime Minister Phuc" has its "and" before the change."""
        pieces = _LIST_SPLIT_KEPT.split(raw)
        previous: str | None = None
        joined = changed = False
        for index in range(0, len(pieces), 2):
            joined = joined or (index > 0 and _COORDINATOR.search(pieces[index - 1]) is not None)
            single = self._single(pieces[index]) if pieces[index] else None
            if single is None:
                continue
            if previous is not None and single.speaker != previous:
                if joined:
                    return False
                changed = True
            previous = single.speaker
        return changed

    def _double_office(self, first: str, second: str) -> _Subject | None:
        """'Turkmenistan's deputy prime minister and minister of foreign affairs': one person's two
        offices, the principal the first names; unless the second is another principal's title and
        no country ties the two ("the foreign minister and deputy prime minister" may be two people)."""
        subject = self._single(first)
        if subject is None or subject.speaker == BOTH:
            return None
        words = first.replace("’", "'").split()
        lead = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
        tied = country_from_demonym(lead) or (_POSSESSIVE.search(lead) and country_from_name(lead))
        office = _canonical_title(fold(second))
        if not tied and any(p.id != subject.speaker and office in p.titles for p in self.people):
            return None
        return subject

    def _list_subject(self, parts: list[str]) -> _Subject | None:
        """A coordinated subject ("Ministers Joly and Le Drian"): one principal, or both sides.

        Besides names and titles, a part may be a plural office standing for the principals who hold
        it ("the Deputy Secretary and vice foreign ministers").
        """
        speakers: list[str] = []
        pronoun = None
        plural = False
        for part in parts:
            single = self._single(part)
            if single is not None and single.speaker != BOTH:
                speakers.append(single.speaker)
                pronoun = pronoun or single.pronoun
                continue
            group = self._office_holders(part)
            if single is not None or not group:
                return None
            speakers.extend(group)
            plural = True
        if len(set(speakers)) > 1:
            return _Subject(BOTH)
        # A plural office with only one principal in the list is a misread, not that principal.
        return None if plural else _Subject(speakers[0], pronoun)

    def _office_holders(self, part: str) -> list[str]:
        """The principals a plural office names ("vice foreign ministers", "ministers of foreign
        affairs"): every holder of the office."""
        words = fold(part).removeprefix("the ").split()
        # the plural is the last word, or the one before the portfolio's "of"
        at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
        if at < 0 or words[at] not in _PLURAL_HEADS:
            return []
        plural = words[at]
        singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        office = _canonical_title(" ".join([*words[:at], singular, *words[at + 1 :]]))
        return [p.id for p in self.people if any(_title_score(t, office, None) for t in p.titles)]

    def _plural_office(self, raw: str) -> _Subject | None:
        """'The Ministers of Foreign Affairs welcomed …': a plural office every principal holds is both
        sides (with one holder only it is others too, and names no one)."""
        if " of " not in raw or len(self.people) < 2:
            return None
        holders = set(self._office_holders(raw))
        return _Subject(BOTH) if len(holders) == len(self.people) else None

    def _countries_subject(self, parts: list[str]) -> _Subject | None:
        """Countries as the sides ("France and the United Kingdom reiterated"): each has one principal."""
        speakers: set[str] = set()
        for part in filter(None, parts):
            code = country_from_name(part.strip())
            pool = [p.id for p in self.people if code is not None and p.country == code]
            if len(pool) != 1:
                return None
            speakers.update(pool)
        return _Subject(BOTH) if len(speakers) > 1 else None

    def _pronoun(self, word: str) -> _Subject | None:
        if word[:1].islower():
            return None  # a lowercase "he" at a clause boundary is inside reported speech
        if self.last_single == _NOT_A_SUBJECT:
            return None
        speaker = self.last_single or self.people[0].id
        gender = lx.PRONOUN_GENDERS.get(word.lower())
        if gender is not None and self.genders.get(speaker, gender) != gender:
            # "Mr. Harper thanked Ms. Kovacs. She noted ...": the pronoun names the other principal.
            others = [
                p.id for p in self.people if p.id != speaker and self.genders.get(p.id, gender) == gender
            ]
            if len(others) == 1:
                speaker = others[0]
        return _Subject(speaker, word)

    def _single(self, raw: str) -> _Subject | None:
        """One name or title as a principal (remembered: see ``singles``)."""
        key = (raw, self.last_single, self.paragraph, self.clause_rest)
        if key in self.singles:
            return self.singles[key]
        found = self.singles[key] = self._single_read(raw)
        return found

    def _single_read(self, raw: str) -> _Subject | None:
        raw = _name_after_counterpart(raw)
        found = self._plain_single(raw)
        if found is not None or " of " not in raw:
            return found
        of_country = _OF_COUNTRY.fullmatch(raw.strip(_SUBJECT_EDGES))
        code = country_from_name(of_country.group("country")) if of_country is not None else None
        if of_country is None or code is None:
            return None
        # "Santiago Cafiero of Argentina": the person, when the country is theirs (or unknown)
        head = self._plain_single(of_country.group("head"))
        owner = next((p for p in self.people if head is not None and p.id == head.speaker), None)
        return head if owner is not None and owner.country in (code, None) else None

    def _plain_single(self, raw: str) -> _Subject | None:
        tokens = _strip_honorifics(raw.strip(_SUBJECT_EDGES).split())
        if not tokens:
            return None
        key = fold(" ".join(tokens))
        if key in _SINGULAR:
            return self._pronoun(tokens[0])
        if key in self.styles:
            return _Subject(self.styles[key])
        bare = key.removeprefix("the ")
        for person in self.people:
            if bare == person.key.removeprefix("the "):
                return _Subject(person.id)
        by_role = self._visiting(bare) or self._ministry_head(bare, raw)
        if by_role is not None:
            return by_role
        role = _ROLE.fullmatch(_OF_OUR.sub("of ", bare))
        if role is not None:
            return self._role_holder(role.group("role"), role.group("adj"), raw)
        counterpart = _COUNTERPART.fullmatch(key)
        if counterpart is not None:
            return self._counterpart(counterpart.group("adj"))
        head_of = _HEAD_OF.fullmatch(key)
        if head_of is not None:
            return self._head_of(head_of.group("adj"), head_of.group("group"))
        if tokens[0].lower() == "the":
            tokens = tokens[1:]
        # "the departing High Commissioner", "the Iranian acting ambassador": the office's holder
        tokens = [t for i, t in enumerate(tokens) if not _tenure_word(t) or i == len(tokens) - 1]
        if not tokens:
            return None
        return self._by_name_or_office(tokens, raw)

    def _ministry_head(self, bare: str, raw: str) -> _Subject | None:
        """ "the head of the Ukrainian Defense Ministry": the minister of the office title_synonyms.toml
        rewrites it to (fam233); None for any other phrase."""
        if not bare.startswith("head of "):
            return None
        office = _canonical_title(bare)
        if office.startswith("head of "):
            return None
        return self._by_title([w if w in _CONNECTORS else w.capitalize() for w in office.split()], raw)

    def _visiting(self, bare: str) -> _Subject | None:
        """ "The visiting dignitary", "the visiting official": a person noun after "visiting" is the
        visitor (fam233); None for any other phrase, read on without "visiting" ("the visiting
        Ruritanian official" is Ruritania's principal)."""
        words = bare.split()
        if "visiting" not in words:
            return None
        rest = " ".join(w for w in words if w != "visiting")
        if rest in _PERSON_NOUNS and rest not in _HOST_NOUNS:
            return _Subject(self.visitor) if self.visitor else None
        return None

    def _by_name_or_office(self, tokens: list[str], raw: str) -> _Subject | None:
        """The principal a name, a title or a title's initials names."""
        by_name = self._by_name(tokens, raw)
        if by_name is not None:
            return by_name
        return self._by_title(tokens, raw) or self._by_acronym(tokens) or self._by_near_name(tokens)

    def _by_near_name(self, tokens: list[str]) -> _Subject | None:
        """The one principal whose family name the subject's last word spells one letter apart
        ("Talal Chaudhry" for Talal Chaudhary, "Zelenskyy" for Zelensky) or with two neighbouring letters
        swapped ("Mr. Meiklejohn" for Meikeljohn; fam233): a page's own variant or typo.
        Only a long word no principal's name holds as written, and the words before it are titles or
        that principal's own name words."""
        last = _POSSESSIVE.sub("", fold(tokens[-1]))
        if len(last) < _NEAR_NAME_MIN or not _name_like(tokens[-1]):
            return None
        if last in self.name_tokens:
            return None
        pool = self.near_names.get(last)
        if pool is None:
            pool = [
                p
                for p in self.people
                if not p.titled and any(near_spelling(last, t) or swapped_spelling(last, t) for t in p.tokens)
            ]
            self.near_names[last] = pool
        if len(pool) != 1:
            return None
        person = pool[0]
        if not all(is_title_word(t) or t in _OFFICE_WORDS or fold(t) in person.tokens for t in tokens[:-1]):
            return None
        return _Subject(person.id)

    def _by_acronym(self, tokens: list[str]) -> _Subject | None:
        """An office written as its initials ("COAS thanked" for the Chief of Army Staff; fam152), or as the
        body it heads before the office, either in initials ("the Forum SG", "the TSC President" for a
        President of the Transitional Sovereignty Council; fam157): the one principal with such a title;
        a country's short name ("The US welcomed", "the US President") is none."""
        if not tokens or not any(_ACRONYM.fullmatch(t) for t in tokens):
            return None
        if any(_ACRONYM.fullmatch(t) and country_from_name(t) for t in tokens):
            return None
        if len(tokens) == 1:
            pool = {p.id for p in self.people for t in p.titles if tokens[0].lower() in _initials(t)}
        elif len(tokens) == 2:
            pool = {p.id for p in self.people for t in p.titles if _body_then_office(tokens, t)}
        else:
            return None
        return _Subject(pool.pop()) if len(pool) == 1 else None

    def _role_holder(self, role: str, adjective: str | None, raw: str) -> _Subject | None:
        """The principal holding one of a role's offices ("The Head of State"); the publisher's own first.

        With a demonym ("the Ukrainian Head of State") it is that country's one principal.
        """
        if adjective is not None:
            return self._of_demonym(adjective)
        offices = _ROLE_OFFICES[role]
        pool = [p for p in self.people if any(f" {o} " in f" {t} " for t in p.titles for o in offices)]
        if len(pool) > 1:
            pool = [p for p in pool if p.country == self.home] or pool
        if not pool:
            return self._untitled_role(raw)
        return self._choose(pool, raw)

    def _head_of(self, adjective: str, group: str) -> _Subject | None:
        """ "The head of the Lao delegation" is the only principal of that country; "the head of the Lao
        state / government" is its one principal holding a head-of-state (-government) office, or titled
        only "Leader" or not at all: a Lao foreign minister is no head of its government."""
        code = country_from_demonym(adjective) or country_from_name(adjective)
        pool = [p for p in self.people if code and p.country == code]
        offices = _ROLE_OFFICES.get(f"head of {group}")
        if offices is not None:
            pool = [p for p in pool if _may_hold(p.titles, offices)]
        return _Subject(pool[0].id) if len(pool) == 1 else None

    def _demonym_pair(self, raw: str) -> _Subject | None:
        """ "The Colombian and Venezuelan foreign ministers": the sides' demonyms before a plural office
        they hold; "Portuguese and Spanish officials" are their delegations, no principal."""
        demonyms = _DEMONYM_PAIR.fullmatch(raw)
        if demonyms is None:
            return None
        head = fold(demonyms.group("head"))
        if head.split()[-1] not in _PRINCIPAL_HEADS or not self.grammar.joint_pattern.fullmatch(
            "the " + head
        ):
            return None
        return self._demonym_sides(demonyms.group("adjectives"))

    def _demonym_sides(self, adjectives: str) -> _Subject | None:
        """ "The Colombian and Venezuelan foreign ministers": each demonym one principal, both sides."""
        speakers = set()
        for adjective in _LIST_SPLIT.split(adjectives):
            subject = self._of_demonym(adjective.strip()) if adjective.strip() else None
            if subject is None:
                return None
            speakers.add(subject.speaker)
        return _Subject(BOTH) if len(speakers) > 1 else None

    def _of_demonym(self, adjective: str) -> _Subject | None:
        """The one principal of the country a demonym or country name gives, if there is one."""
        code = country_from_demonym(adjective) or country_from_name(adjective)
        country = [p for p in self.people if code is not None and p.country == code]
        return _Subject(country[0].id) if len(country) == 1 else None

    def _untitled_role(self, raw: str) -> _Subject | None:
        """A role no principal's title holds: on a page that gives no principal a title ("the heads of
        Kyrgyzstan and Uzbekistan"), "The head of state" goes on about the principal last named alone,
        as "He" would (warned as one)."""
        if any(p.titles for p in self.people) or self.last_single in (None, _NOT_A_SUBJECT):
            return None
        return _Subject(self.last_single, raw)

    def _by_name(self, tokens: list[str], raw: str) -> _Subject | None:
        best: list[tuple[int, _Person]] = []
        # each word from the last, as a name's words are compared: whether it may be one, and its key
        words = [
            (_name_like(t), t in _NAME_PARTICLES, _POSSESSIVE.sub("", fold(t))) for t in reversed(tokens)
        ]
        for person in self.people:
            if person.titled:
                continue
            run = 0
            for name_like, particle, key in words:
                # a lowercase particle of the name counts inside it, before a name word ("von der Leyen")
                named = name_like or (run > 0 and particle)
                if named and key in person.tokens:
                    run += 1
                else:
                    break
            if run == 0:
                continue
            if all(_title_like(t) or t in _OFFICE_WORDS for t in tokens[: len(tokens) - run]):
                best.append((run, person))
        if not best:
            return None
        top = max(run for run, _ in best)
        return self._choose([p for run, p in best if run == top], raw)

    def _by_title(self, tokens: list[str], raw: str) -> _Subject | None:
        """The principal a title phrase names ("the Australian Foreign Minister", "EAM", "the minister")."""
        tokens = _capitalise_office(
            _demonym_first(tokens), after_the=fold(raw).startswith("the "), own=self.own_titles
        )
        # Every word is part of a title, except a closing role noun ("the Turkish leader").
        role = tokens[-1].lower() in _PERSON_NOUNS
        if not all(_title_like(t) for t in (tokens[:-1] if role else tokens)):
            return None
        phrase = _title_phrase(tokens)
        if phrase.title in _PERSON_NOUNS or (phrase.reduced and phrase.reduced in _PERSON_NOUNS):
            if phrase.country is None:
                return self._by_role_noun(phrase.title)
            return self._only_of(phrase.country)
        if not phrase.tokens[0][:1].isupper():
            return None
        scored = self._scored_titles(phrase)
        if not scored:
            return self._untitled(phrase)
        if len(scored) > 1 and phrase.country is None and self.home:
            # A bare title is the publisher's own official; the other side gets a demonym
            # ("the Foreign Minister" vs "the Australian Foreign Minister").
            home = [p for score, p in scored if p.country == self.home and score >= 2]
            if len(home) == 1:
                return _Subject(home[0].id)
        top = max(score for score, _ in scored)
        return self._choose([p for score, p in scored if score == top], raw)

    def _by_role_noun(self, noun: str) -> _Subject | None:
        """A role noun with no country (fam233): "the visitor" / "the guest" / "the host" is that side's
        one principal; "the top diplomat", "the envoy", "the diplomat" the one principal who holds an
        office of that kind (``offices.toml``); None where none or two fit."""
        if noun in _VISITOR_NOUNS:
            return _Subject(self.visitor) if self.visitor else None
        if noun in _HOST_NOUNS:
            return _Subject(self.host) if self.host else None
        kinds = _KIND_NOUNS.get(noun, ())
        pool = [p.id for p in self.people if any(_holds_kind(t, kind) for t in p.titles for kind in kinds)]
        return _Subject(pool[0]) if len(pool) == 1 else None

    def _scored_titles(self, phrase: _TitlePhrase) -> list[tuple[int, _Person]]:
        """Each principal (of the phrase's country, if it names one) whose title the phrase matches
        (remembered by what the scores read: a page gives the same titles in sentence after sentence)."""
        tokens = phrase.tokens
        acronym = tokens[0].replace(".", "") if len(tokens) == 1 and tokens[0].isupper() else ""
        key = (acronym, phrase.title, phrase.reduced, phrase.country)
        scored = self.title_scores.get(key)
        if scored is None:
            scored = self.title_scores[key] = self._score_titles(phrase, acronym)
        return scored

    def _score_titles(self, phrase: _TitlePhrase, acronym: str) -> list[tuple[int, _Person]]:
        scored: list[tuple[int, _Person]] = []
        for person in self.people:
            if phrase.country is not None and person.country != phrase.country:
                continue
            names = list(person.titles)
            if person.titled:
                names.append(person.key.removeprefix("the "))
            score = max((_title_score(t, phrase.title, phrase.reduced) for t in names), default=0)
            if not score and 2 <= len(acronym.replace("/", "")) <= 6 and _abbreviates(acronym, names):
                score = 3  # "EAM" for External Affairs Minister, "PM" for Prime Minister
            if not score and _spells_out(phrase.title, person.titles):
                score = 2  # "the Foreign Minister" for a principal the page titles only "FM"
            if score:
                scored.append((score, person))
        return scored

    def _untitled(self, phrase: _TitlePhrase) -> _Subject | None:
        """A title no principal's titles match: a country's only principal, or the publisher's own."""
        if _ends_on_a_name(phrase.tokens):
            return None  # "Russian Press Secretary Jan Kowal": another person, named, of that country
        if phrase.tokens[-1].lower() in _INSTITUTION_NOUNS:
            return None  # "Portugal's Foreign Ministry said": a body's account, not its minister's words
        if (
            len(phrase.tokens) == 1
            and _OUTLET_INITIALS.fullmatch(phrase.tokens[0])
            and not is_title_word(phrase.tokens[0])
        ):
            return None  # "Ruritania's RBC reported X as saying": a broadcaster's initials
        if phrase.country is not None:
            # "The President of <Country>" or "the Lao minister" for a principal of that country
            # whose titles the page never spelled out.
            # So is one whose title the phrase spells out more fully ("the Serbian Foreign Minister"
            # for a principal the page calls "Minister").
            pool = [p for p in self.people if p.country == phrase.country]
            if len(pool) == 1 and (
                not pool[0].titles or any(phrase.title.endswith(f" {t}") for t in pool[0].titles)
            ):
                return _Subject(pool[0].id)
        if phrase.title in self.home_titles and self.home:
            return self._only_of(self.home)
        return self._untitled_leader(phrase.title)

    def _untitled_leader(self, title: str) -> _Subject | None:
        """ "The President" where no principal's title matches: the one principal the page gives no
        title at all, who alone may hold it (fam233, issue #8: en-bm, Taiwan News, "The president also
        expressed her gratitude …" of a President the page names only "Tsai Ing-wen"). Only a head of
        state's or government's office; none where two principals are untitled."""
        if title not in _LEADER_OFFICES:
            return None
        untitled = [p for p in self.people if not p.titles and not p.titled]
        if len(untitled) != 1 or not untitled[0].tokens:
            return None
        # the page itself must write the office before the name once ("joined President Tsai"): a
        # principal it never so titles is no evidence ("Mr Putin" for an unlisted Prime Minister's words)
        names = "|".join(re.escape(t) for t in untitled[0].tokens)
        office = r"\s+".join(re.escape(w) for w in title.split())
        # only capitalised words between, a style or a given name ("President Dr. Ana Ruiz"), no "and"
        between = r"(?:[A-Z][\w.'’-]*\s+){0,3}?"
        titled = re.search(rf"(?<![\w-])(?i:{office})\s+{between}(?i:{names})(?![\w-])", self.text)
        return _Subject(untitled[0].id) if titled else None

    def _only_of(self, country: str | None) -> _Subject | None:
        """The one principal of ``country``; None when it has none or several."""
        pool = [p for p in self.people if country and p.country == country]
        return _Subject(pool[0].id) if len(pool) == 1 else None

    def _choose(self, winners: Sequence[_Person], raw: str) -> _Subject:
        """The first of equally good candidates, with a warning naming them when there are several; never
        one the clause names after its verb ("His Highness the Amir thanked Qatar's Amir Sheikh Tamim"
        between two Amirs; fam233)."""
        if len(winners) > 1:
            # "His Highness the Amir thanked Qatar's Amir Sheikh Tamim": the one the clause names after
            # its verb is no subject of it
            named = {_POSSESSIVE.sub("", fold(w)) for w in _NAME_WORD.findall(self.clause_rest)}
            pool = [p for p in winners if not p.tokens & named] or list(winners)
            chosen = pool[0]
            self._warn(
                f"paragraph {self.paragraph}: subject {raw!r} could be any of "
                f"{', '.join(p.name for p in winners)}; chose {chosen.name}"
            )
            return _Subject(chosen.id)
        return _Subject(winners[0].id)

    def _counterpart(self, adjective: str | None) -> _Subject | None:
        if adjective:
            code = country_from_demonym(adjective)
            pool = [p for p in self.people if code and p.country == code]
            if len(pool) == 1:
                return _Subject(pool[0].id)
        others = [p for p in self.people if p.id != self.last_single]
        if len(self.people) == 2 and len(others) == 1:
            return _Subject(others[0].id)
        return None


# --- helpers ---------------------------------------------------------------------------------------


def _joint_splits(key: str, joint: re.Pattern[str]) -> list[str]:
    """What may follow the "of" closing a joint head ("the leaders of | Ukraine and Poland"), for each
    "of" from the left whose head is joint, since a head may hold one ("the ministers of | foreign
    affairs of estonia", "the ministers of foreign affairs of | estonia and chile")."""
    splits: list[str] = []
    at = key.find(" of ")
    while at >= 0:
        if joint.fullmatch(key[:at]):
            splits.append(key[at + 4 :])
        at = key.find(" of ", at + 4)
    return splits


def _calls_to_act(para: str, end: int) -> bool:
    """True when "called on" (ending at ``end``) asks someone to act: an infinitive follows its object,
    and no talk of the visit ("to discuss", "and discussed") comes first."""
    demand = _CALL_TO.match(para, end)
    return demand is not None and _CALL_TO_TALK.search(para, end, demand.end() + 12) is None


def _name_after_counterpart(raw: str) -> str:
    """'his Sylvanian counterpart Ana Ruiz' -> 'Ana Ruiz': the name decides, not the office before it."""
    named = _COUNTERPART_NAMED.fullmatch(raw.strip(_SUBJECT_EDGES))
    return named.group("name") if named is not None and named.group("name")[:1].isupper() else raw


def _name_ends(sentence: str) -> list[tuple[int, str]]:
    """Each run of capitalised words in ``sentence``: the index of its first word and its last word,
    folded ("Defense Secretary Gilberto Teodoro Jr." ends on "teodoro"). A principal's token inside a
    longer name ("Sheikh Mujibur Rahman" for a principal Sheikh Hasina) names someone else."""
    ends: list[tuple[int, str]] = []
    run: list[str] = []
    for index, word in enumerate([*sentence.split(), "x"]):
        capital = word[:1].isupper()
        if capital:
            run.append(_POSSESSIVE.sub("", fold(word.strip(_SUBJECT_EDGES))))
            if word[-1:] not in ",;:":
                continue
        first = index + 1 - len(run) if capital else index - len(run)
        while run and run[-1] in _NAME_SKIP:
            run.pop()
        if run:
            ends.append((first, run[-1]))
        run = []
    return ends


def _close_or_add(found: list[_Found], postposed: _Found) -> None:
    """Add a post-posed report ('…, said Ruiz.'); unless its sentence opens with the same speaker's own
    report ('She hopes X, said Ruiz.'), which it then only ends, before its comma."""
    for index, item in enumerate(found):
        if item.speaker == postposed.speaker and item.clause == postposed.start and not item.stop:
            if item.end is None:
                found[index] = item._replace(end=postposed.end)
            return
    found.append(postposed)


def _may_hold(titles: Sequence[str], offices: Sequence[str]) -> bool:
    """True when folded titles hold one of a role's offices, or tell no office: none, or "leader" alone."""
    if all(t == "leader" for t in titles):
        return True
    return any(f" {o} " in f" {t} " for t in titles for o in offices)


def _tells_of_speaker(source: str, reported: str, speaker: str) -> bool:
    """True when a closing tag's source that is not the person ("the Japanese Foreign Ministry")
    tells what the person did by name ("Ruiz and Sato held talks, the Japanese Foreign Ministry said"):
    a ministry's account of its minister, not the minister's words."""
    family = speaker.rsplit("-", 1)[-1]
    if speaker == BOTH or len(family) < 3 or fold(source) in _SINGULAR:
        return False
    word = re.compile(rf"\b{re.escape(family)}\b", re.IGNORECASE)
    return word.search(fold(reported)) is not None and word.search(fold(source)) is None


def _adjunct_closes(para: str, ve: int) -> bool:
    """After an unquoted closing clause's verb: a short adjunct with no "that" ends the sentence."""
    match = _CLOSING_ADJUNCT.match(para, ve)
    return match is not None and " that " not in match.group()


def _runs_on_in_the_present(
    para: str, reading: _Reading, clause: int, found: Sequence[_Found], speaker: str
) -> bool:
    """Whether a pronoun's present copular report ("He is confident that …") opens the sentence right
    after that speaker's past report ("the President said that he is delighted … He is confident that
    …"): the indirect speech running on in the present, as the page keeps it (en-ag), no new report;
    after a sentence with no report of theirs it reports anew (fam232)."""
    if not reading.present or reading.verb != reading.written:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(para, 0, clause + 1)]
    if not ends or para[ends[-1] : clause].strip():
        return False
    begin = ends[-2] if len(ends) > 1 else 0
    return any(
        f.speaker == speaker and not f.stop and begin <= f.clause < ends[-1] and f.verb in _TAG_VERBS
        for f in found
    )


def _set_off_after(para: str, opening: tuple[int, _Subject] | None, at: int) -> bool:
    """Whether a participle phrase at ``at`` follows the sentence's opening subject with only a comma
    between ("Lind, while noting X, said Y")."""
    return opening is not None and not para[opening[0] : at].strip(" ,") and para[:at].rstrip().endswith(",")


def _single_quote_close(para: str, s0: int, pre_end: int) -> int:
    """Where a quotation in single marks that opens the sentence closes, when only its tag follows
    ("‘We agreed on the quays’ he added."), else -1."""
    match = _SINGLE_QUOTED.match(para, s0, pre_end)
    return match.end() - 1 if match is not None else -1


def _reframed(para: str, ve: int, heads: _Clauses) -> bool:
    """Whether "added" coordinated by a bare "and"/"but" and opening a "that" clause of its own
    reports again for the principal whose "that" clause the nearest verb stood in: "X said that
    they discussed Y but added that Z" is X's second statement (fam232), not the discussers' verb;
    one adds to one's own words, while another verb ("… that Y regretted X and said that …") may be
    the reported person's (en-j, en-o, pk-mofa).
    Only where that nearest verb stood inside the principal's "that" clause and its own subject was
    read as no principal's clause (a nested verb records none)."""
    latest, named = heads.latest, heads.named
    if latest is None or named is None or latest.subject is not None or not named.real:
        return False
    if para[:ve].rsplit(maxsplit=1)[-1] != "added":
        return False  # "noted that Imran Khan regretted X and said that Y": the reported person's "said"
    return _THAT_NEXT.match(para, ve) is not None and heads.that_between(named.end, latest.end)


def _pronoun_clause(kind: str, heads: _Clauses, start: int) -> bool:
    """Whether a lowercase "he"/"she" after ``kind`` opens a clause of its own: after ", and" (";")
    with no "that" between it and the earlier statement ("X praised the teams, and he offered whatever
    help …") or, where the sentence reports nothing before, its start ("X gave his full support to the
    plan, and he thanked Y", fam35), or after a bare "and" ("X thanked Y for its help and he indicated
    that …", fam232); inside a reported "that" clause the pronoun is the reported person's."""
    if not _AND_BOUNDARY.fullmatch(kind):
        return False
    if not ("," in kind or ";" in kind) and kind.strip() not in ("and", "but"):
        return False
    return not heads.that_between(heads.last_real_end, start)


def _subject_starts(para: str, s0: int, pre_end: int) -> list[tuple[int, int, str]]:
    """Where a subject ending at ``pre_end`` may start: (boundary start, its end, the boundary text).

    The sentence start (kind "start") when it is near, each clause boundary, and "soft" starts: a
    capital after an abbreviation kept inside the sentence, or after a leading adverb.
    """
    w0 = max(s0, pre_end - _WINDOW)
    candidates = [(s0, s0, "start")] if s0 == w0 else []
    candidates += [(b.start(), b.end(), b.group()) for b in _BOUNDARY.finditer(para, w0, pre_end)]
    soft = [(b.start(), b.end(), "soft") for b in _SOFT_START.finditer(para, w0, pre_end)]
    leading = _LEADING_ADVERB.match(para, s0, pre_end) if s0 == w0 else None
    if leading is not None:
        soft.append((s0, leading.end(), "start"))
    dateline = strip_dateline(para[s0:pre_end]) if s0 == w0 else None
    if dateline is not None:
        # "JAKARTA - The Secretary-General praised ...": the subject starts after the dateline.
        soft.append((s0, s0 + dateline.length, "start"))
    return sorted(candidates + soft) if soft else candidates


class _Content(NamedTuple):
    """Where a statement's content starts, the verb as reported, and the verb group that decided it.

    ``group`` is a row label of ``verb_groups.toml`` (``"<words> | <group>"``) when a frame noun, a
    manner phrase, a tell verb or a brief verb decided the reading, else "".
    """

    start: int
    verb: str
    group: str


def _infinitive_after(para: str, pos: int, verb: str) -> bool:
    """Whether the "to" ending ``verb`` (at ``pos``) opens an infinitive ("agreed to work"), not a
    noun the verb governs ("agreed to the plan", "responded to local media inquiries")."""
    if not verb.endswith(" to") or verb in _NOUN_AFTER_TO:
        return False
    word = _NEXT_WORD.match(para, pos)
    following = word.group(1) if word else ""
    blocked = following.lower() in _INFINITIVE_BLOCKERS or following.endswith("ing") or _participle(following)
    return following[:1].islower() and not blocked


def _participle(word: str) -> bool:
    """A past participle qualifying the noun a verb governs ("committed to continued talks", "agreed to
    expanded trade"), never an infinitive: no base form of six letters or more ends in "-ed" but
    "-eed" ("to proceed", "to succeed")."""
    return len(word) > 5 and word.endswith("ed") and not word.endswith("eed")


def _past_adverbs(para: str, pos: int, verb: str) -> int:
    """Where the content starts after the adverbs following ``verb`` ("stressed again that"). None
    follows a verb's governed preposition: a word there qualifies the noun or gerund governed ("agreed
    on further trade", "called for strongly avoiding …")."""
    if verb.endswith(_GOVERNED):
        return pos
    return _POST_ADVERB.match(para, pos).end()  # type: ignore[union-attr]


def _content(para: str, pos: int, verb: str, is_principal: Callable[[str], bool]) -> _Content:
    """Where the reported content starts after ``verb`` (ending at ``pos``), and the verb as reported.

    ``is_principal`` says whether a phrase names a principal (an addressee the content follows).
    """
    verb, pos, group = _extended_verb(para, pos, verb)
    if _infinitive_after(para, pos, verb):
        return _Content(pos - 2, verb[:-3], group)  # an infinitive: "agreed to work" keeps "to"
    aside = _VERB_ASIDE.match(para, pos)
    pos = aside.end() if aside else pos
    pos = _past_adverbs(para, pos, verb)
    detail = _DETAIL.match(para, pos)
    pos = detail.end() if detail else pos
    if not verb.endswith(_GOVERNED) and verb not in _TELL_VERBS:
        pos = _past_addressee(para, pos, is_principal)
    after_object = _after_object(para, pos, verb, group)
    if after_object is not None:
        return after_object
    if verb.endswith(_FOLLOWING_VERBS):
        # "made the following remarks. I am grateful …": the remarks open after the stop
        stop = _FOLLOWING_STOP.match(para, pos)
        return _Content(stop.end() if stop else pos, verb, group)
    lead = _LEAD.match(para, pos)
    return _Content(lead.end() if lead else pos, verb, group)


def _after_object(para: str, pos: int, verb: str, group: str) -> _Content | None:
    """The content after the person told or briefed, the one agreed with, or the occasion of an
    agreement ("told the Minister she …", "briefed X on Y", "agreed with X that Y"); None otherwise."""
    told = _TELL_CLAUSE.match(para, pos) if verb in _TELL_VERBS else None
    if told is None and verb == "introduced":
        told = _INTRODUCED_TO.match(para, pos)
    if told is not None:
        return _Content(told.end(), verb, group or f"{verb} | tell")
    if verb in _BRIEF_VERBS:
        brief = _BRIEF_PRONOUN.match(para, pos) or _BRIEF_OBJECT.match(para, pos)
        if brief is not None:
            return _Content(brief.end(), verb, group or f"{verb} | brief")
    if verb in ("agreed", "agreed with"):
        agreed_with = (_AGREED_WITH if verb == "agreed" else _WITH_THAT).match(para, pos)
        if agreed_with is not None:
            return _Content(agreed_with.end(), "agreed", group)  # "agreed with X that Y" starts at Y
        occasion = _AGREED_IN.match(para, pos) if verb == "agreed" else None
        if occasion is not None:
            return _Content(occasion.end(), verb, group)
    if verb in _TELL_VERBS:
        tell = _TELL_OBJECT.match(para, pos)
        if tell is not None:
            return _Content(tell.end(), verb, group or f"{verb} | tell")
    return None


def _past_addressee(para: str, pos: int, is_principal: Callable[[str], bool]) -> int:
    """After "to <a principal>" standing before the content ("explained to him the reasons")."""
    addressee = _ADDRESSEE.match(para, pos)
    aside = None
    if addressee is None:
        addressee = _ADDRESSEE_BEFORE_ASIDE.match(para, pos)
        aside = _VERB_ASIDE.match(para, addressee.end()) if addressee else None
        if addressee is None or aside is None:
            return _past_named_addressee(para, pos, is_principal)
    who = addressee.group("who")
    if who in ("him", "her", "them") or is_principal(who):
        return aside.end() if aside else addressee.end()
    return _past_named_addressee(para, pos, is_principal)


def _tenure_word(token: str) -> bool:
    """A word saying how the office is held, in lowercase or capitalised at the head of the subject ("The
    Acting Afghan Foreign Minister"; fam157); not "New", which opens country names ("New Zealand")."""
    return token in _TENURE_WORDS or (token[:1].isupper() and token.lower() in _TENURE_WORDS - {"new"})


def _body_then_office(tokens: Sequence[str], title: str) -> bool:
    """Whether two words name a title "<office> of <body>" as the body then the office, each written out or
    as its initials: "Forum SG" for "Secretary General of the Pacific Islands Forum", "TSC President" for
    "President of the Transitional Sovereignty Council" (fam157)."""
    office, of, body = title.lower().partition(" of ")
    if not of:
        return False
    body = body.removeprefix("the ")
    first, second = (t.lower() for t in tokens)
    return (first in body.split() or first in _initials(body)) and (
        second == office or second in _initials(office)
    )


def _initials(title: str) -> tuple[str, str]:
    """A title's initials, of every word and of its words without the small ones ("chief of army staff":
    "coas", "cas")."""
    words = re.findall(r"[^\W\d_]+", title.lower())
    return "".join(w[0] for w in words), "".join(w[0] for w in words if w not in _ACRONYM_SMALL_WORDS)


def _past_named_addressee(para: str, pos: int, is_principal: Callable[[str], bool]) -> int:
    """After "to <capitalised words naming a principal>" before content with no article ("conveyed to
    X warm greetings", "relayed to Prime Minister X Her Majesty's wishes"; fam152): the longest run of
    capitalised words that names a principal, when a word of content follows it."""
    run = _NAMED_ADDRESSEE.match(para, pos)
    if run is None:
        return pos
    words = list(re.finditer(r"\S+", run.group("who")))
    for last in range(len(words) - 1, -1, -1):
        who = run.group("who")[: words[last].end()]
        end = run.start("who") + words[last].end()
        split_name = last + 1 < len(words) and words[last].group().lower() in _OFFICE_WORDS
        if not split_name and is_principal(who) and _CONTENT_WORD.match(para, end):
            return end  # an office before a capitalised word is its holder's title, not the whole name
    return pos


def _extended_verb(para: str, pos: int, verb: str) -> tuple[str, int, str]:
    """A verb with the frame phrase it keeps ("shared the view"), or past the manner phrase it drops.

    A manner phrase ("noted with appreciation that ...") is an adverbial: the verb drops it as it drops
    an adverb (GOLD_SCHEMA; CONVENTIONS, fam152) and the content starts after it. The third item is the
    ``verb_groups.toml`` row label of what joined or followed the verb, or "".
    """
    if verb in _FRAME_VERBS:
        frame = _FRAME.match(para, pos)
        if frame is not None:
            noun = " ".join(frame.group("noun").split())
            return f"{verb} {' '.join(frame.group().split())}", frame.end(), f"{noun} | frame-noun"
    manner = _MANNER.match(para, pos)
    if manner is not None:
        phrase = " ".join(manner.group().split())
        return verb, manner.end(), f"{phrase} | manner"
    return verb, pos, ""


def _other_person_opens(para: str, s0: int, s1: int) -> bool:
    """Whether the sentence opens with a titled person ("Secretary Vilsack provided ...", "Mr Kostin said").

    Called when no principal opens it: a pronoun in the next sentence stands for that person.
    """
    match = _OPENING_PERSON.match(para, s0, s1)
    if match is None:
        return False
    office = [w.lower().rstrip(".") for w in match.group("office").split()]
    name = match.group("name").lower()
    is_office = any(w in _OFFICE_WORDS for w in office) or (office[0],) in _HONORIFICS
    return is_office and name not in _OFFICE_WORDS and country_from_name(match.group("name")) is None


def _people_list(phrase: str) -> bool:
    """Whether a phrase is a coordinated list of names or titles ("Secretary Vilsack, and General X")."""
    parts = [p.split() for p in _LIST_SPLIT.split(phrase.strip(_QUOTES_AND_SPACE)) if p.strip()]
    return len(parts) > 1 and all(
        len(words) <= 6 and words[0][:1].isupper() and all(_title_like(w) for w in words) for words in parts
    )


# A participial clause opening the sentence before the comma ("Stating that he was impressed with the
# reforms, he said …"): its subject is the main clause's, as after a fronted adverbial (fam95; GOLD_SCHEMA's
# nested participle "Stressing …, the Prime Minister reiterated …").
_FRONTED_PARTICIPIAL = re.compile(r"\s*[A-Z][a-z]{2,}ing\s[^,;:]{1,200}?\s*")


def _fronted(para: str, s0: int, comma: int) -> bool:
    """Whether the sentence opens with a short adverbial before ``comma`` ("On trade", "In turn", "Later")."""
    if comma - s0 > 100:
        return False  # not short: and no slice of a long sentence per verb
    text = para[s0:comma].strip(_QUOTES_AND_SPACE)
    words = text.split()
    if not words or len(words) > 8:
        return False
    # "Furthermore, at the multilateral level": adverbials in a row, each set off by its comma
    return all(_fronted_part(part.strip()) for part in text.split(","))


def _fronted_part(text: str) -> bool:
    """Whether ``text`` is one short fronted adverbial ("On trade", "In turn", "Furthermore")."""
    words = text.split()
    if not words:
        return False
    if _FRONTED.match(text + " ") is not None:
        return True
    return fold(text) in _PARENTHETICAL_SET or (len(words) == 1 and text.lower().endswith("ly"))


# A pointer back between "and" and a coordinated verb, written without commas ("… and in this context
# noted …", "and at the same time stressed"): a preposition, a demonstrative or "the same", one lowercase
# word. A subject after it ("and in this context both agreed", "… the two sides agreed") is that clause's.
_POINTER_ADVERBIAL = re.compile(r"(?:in|at|on|to|for)\s+(?:this|that|these|those|the\s+same)\s+[a-z]+")


_ONLY_ADVERBS = re.compile(r"(?:\s*\b(?:also|further|again|[a-z]+ly)\b)*\s*")


def _coordinated_adverbial(para: str, near: tuple[int, int], phrase: str, stripped: str) -> bool:
    """Whether ``phrase`` between a coordinating "and" and the verb is only a pointer-back adverbial
    (fam196, en-aq's "and in this context mentioned …"): the verb then shares the clause's subject.
    ``stripped`` (the words dropped before the verb) must hold adverbs only: "both" there is a subject."""
    return (
        _AND_BOUNDARY.fullmatch(para, near[0], near[1]) is not None
        and _POINTER_ADVERBIAL.fullmatch(phrase) is not None
        and _ONLY_ADVERBS.fullmatch(stripped) is not None
    )


def _quotation_reported(para: str, s0: int, found: Sequence[_Found], speaker: str) -> bool:
    """True when the quotation a closing clause ends was opened in an earlier sentence as the content
    of the same speaker's statement ('Ruiz stated: "X. Y", Ruiz noted.'): that statement is the report."""
    head = para[:s0]
    opening = head.rfind("“")
    if opening < 0 or opening < head.rfind("”"):
        return False
    return any(f.speaker == speaker and not f.stop and opening <= f.start <= opening + 1 for f in found)


def _reported_start(para: str, s0: int, found_before: Sequence[_Found]) -> int:
    """Where a post-posed report starts: its sentence, or a quotation left open by an earlier one.

    '"We agree. Trade matters," she said.' reports both quoted sentences, unless a statement already
    found in the paragraph starts inside that quotation.
    """
    head = para[:s0]
    opening = head.rfind("“")
    if opening < head.rfind("”"):
        opening = -1
    if opening < 0 and head.count('"') % 2 == 1:
        opening = head.rfind('"')
    if opening < 0:
        opening = _open_single_quote(head)
    if opening < 0:
        opening = _first_person_run(head)
    if opening < 0 or any(opening <= f.start < s0 for f in found_before):
        return s0
    return opening


#: A closing single quote: after a word, before a space, a stop or the end ("Putin’s" has none).
_SINGLE_CLOSE = re.compile(r"(?<=\S)’(?=[\s,.;:!?]|$)")


def _open_single_quote(head: str) -> int:
    """Where a quotation in single quotes left open by an earlier sentence opens, or -1
    ("‘X. Y’, said the Prime Minister.": fam223, en-bk, EIN Presswire's copy of Lithuania's government)."""
    opening = head.rfind("‘")
    if opening < 0 or (opening and not head[opening - 1].isspace()) or _SINGLE_CLOSE.search(head, opening):
        return -1
    return opening


#: A sentence in the first person, with no quotation marks: in a third-person readout, the words of
#: the speaker a post-posed "..., said the President." names ("We're preparing. We believe ...").
_FIRST_PERSON_OPENING = re.compile(r"(?:We|I|Our|My)\b")
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")


def _first_person_run(head: str) -> int:
    """Where the unbroken run of first-person sentences that ends ``head`` starts, or -1."""
    body = head.rstrip()
    if not body:
        return -1
    run = -1
    for start in reversed([0, *(m.end() for m in _SENTENCE_GAP.finditer(body))]):
        if not _FIRST_PERSON_OPENING.match(body, start):
            break
        run = start
    return run


def _adjective_before(para: str, w0: int, vs: int) -> bool:
    """Whether a determiner stands right before the verb at ``vs`` ("the agreed plan"), searched in
    the last words before it only (every match is that many words and the spaces after them)."""
    tail = para[w0:vs].rsplit(None, _DETERMINER_LENGTH)
    start = w0 + len(tail[0]) if len(tail) > _DETERMINER_LENGTH else w0
    return _ADJECTIVE_BEFORE.search(para, start, vs) is not None


# "… has congratulated X and has acknowledged Y": a bare "and" before the auxiliary, no subject between.
_AND_BEFORE_AUXILIARY = re.compile(r"(?:,\s*|\s)and\s*$")
_PERFECT_AFTER = re.compile(r"(?<![\w-])(?:has|have)\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _perfect_coordinated(para: str, s0: int, pre_end: int, found: list[_Found]) -> bool:
    """Whether a perfect-tense verb is coordinated with the sentence's last statement, itself in the
    perfect, with no subject of its own ("Minister X has congratulated Y and has acknowledged Z"): a
    second statement of the same speaker, not the first one's content (fam223, en-bm, NZ beehive).
    "X said that ties have grown and have deepened" stays content: its first verb is no perfect."""
    last = found[-1]
    if last.clause < s0 or not _AND_BEFORE_AUXILIARY.search(para, last.start, pre_end):
        return False
    if _PERFECT_AFTER.search(para, last.start, pre_end):
        return False  # "X has said ties have grown and have deepened": the content's own perfect
    verb = last.verb.split()[0]
    return any(verb in m.group(1).split() for m in _PERFECT_AFTER.finditer(para, last.clause, last.start))


def _strip_before_verb(para: str, s0: int, vs: int, *, copular: bool = False) -> tuple[int, bool, bool]:
    """Drop adverbs, auxiliaries and parentheticals before a verb.

    Returns the end of the subject, whether the verb is passive ("It was agreed") and whether it is
    in the perfect or future ("have agreed", "will stress"), the tenses of reported speech. Before a
    copular report ("was pleased to hear") the copula is stripped like an auxiliary.
    """
    end = vs
    perfect = False
    while end > s0:
        text = para[s0:end]
        # A parenthetical ends with a comma and its spaces: a text ending otherwise is not searched.
        parenthetical = _PRE_PARENTHETICAL.search(text) if text.rstrip().endswith(",") else None
        if parenthetical is not None:
            end = s0 + parenthetical.start()
            continue
        # A match is the text's last few words: searched from there, not tried at every position.
        tail = text.rsplit(None, _PRE_WORD_WORDS)
        word = _PRE_WORD.search(text, len(tail[0]) if len(tail) > _PRE_WORD_WORDS else 0)
        if word is None:
            break
        if word.group("word") in _PASSIVE and not copular:
            return end, True, perfect
        perfect = perfect or word.group("word") in _REPORTED_TENSE
        end = s0 + word.start()
    while end > s0 and para[end - 1].isspace():
        end -= 1
    return end, False, perfect


def _set_off_subject(para: str, s0: int, near: tuple[int, int]) -> bool:
    """Whether the words before the comma that touches the verb are a subject with its appositive
    ("The spokesman, Counselor X, said"): a comma-set phrase after words that start the sentence."""
    boundary = para[near[0] : near[1]]
    if boundary.strip() != ",":
        return False
    before = para[s0 : near[0]].strip()
    return before[:1].isupper() and "," in before


def _nearest_boundary(para: str, s0: int, pre_end: int, vs: int) -> tuple[int, int]:
    """The last clause boundary before a subject ending at ``pre_end`` (verb at ``vs``)."""
    # A boundary that touches the verb ("..., and stressed") counts, unless a parenthetical set off
    # by commas was stripped between subject and verb ("X, who ..., stressed"): its comma is no boundary.
    limit = pre_end if "," in para[pre_end:vs] else vs
    near = (s0, s0)
    for boundary in _BOUNDARY.finditer(para, max(s0, pre_end - _WINDOW), limit):
        if boundary.start() <= pre_end:
            near = (boundary.start(), boundary.end())
    return near


def honorific_reading(text: str) -> str:
    """How the pack reads the style opening ``text``: ``"<style> | <tags>"`` as honorifics.toml writes it.

    The probe of ``languages/en/honorifics.toml``: "name" when the name reader drops the style,
    "subject" when the statement finder drops it before a subject, "m"/"f" when it tells a gender,
    "inside" when no reader drops it and the name reader keeps it inside a name after it.
    """
    tokens = text.split()
    dropped = tokens[: len(tokens) - len(_strip_honorifics(tokens))]
    named = first_honorific(text)
    style = named if named and len(dropped) <= 1 else " ".join(dropped).rstrip(".")
    tags = []
    if named and named == style:
        tags.append("name")
    if dropped and [t.lower().replace(".", "") for t in dropped] == style.lower().replace(".", "").split():
        tags.append("subject")
    gendered = _GENDERED.search(text)
    if gendered:
        tags.append(lx.GENDERED_HONORIFICS[gendered.group("honorific")])
    if (
        not style
        and tokens
        and any(  # a style no reader drops, which the name reader keeps inside a name
            tokens[0] in mention.name.split()[1:-1] for mention in scan_people(text).people if mention.name
        )
    ):
        style = tokens[0]
        tags.append("inside")
    return f"{style} | {' '.join(tags)}"


def _style_forms(style: str) -> tuple[str, ...]:
    """The keys a style on the page stands for as a later subject: itself, and for the initials of
    His or Her Highness ("H.H. Sheikh X …, His Highness also affirmed …", WAM) both spelled out."""
    key = fold(" ".join(style.split()))
    if key.replace(".", "").replace(" ", "") == "hh":
        return (key, "his highness", "her highness")
    return (key,)


def _style_key(token: str) -> str:
    """A word as the honorific table holds it: lowercase, no periods, a straight apostrophe ("Hon’ble")."""
    return token.lower().replace(".", "").replace("’", "'")


def _strip_honorifics(tokens: list[str]) -> list[str]:
    """Drop leading honorifics ("Mr.", "H.E.", "the Honorable") while a name or title remains."""
    if len(tokens) > 1 and _style_key(tokens[0]) not in _HONORIFIC_LEADS:
        return tokens  # most phrases: no honorific, and no "the" before one
    while len(tokens) > 1:
        low = [_style_key(t) for t in tokens[:4]]
        for skip in (0, 1) if low[0] == "the" else (0,):
            size = next((n for n in (3, 2, 1) if tuple(low[skip : skip + n]) in _HONORIFICS), 0)
            if size and len(tokens) > skip + size:
                tokens = tokens[skip + size :]
                break
        else:
            return tokens
    return tokens


def _title_like(token: str) -> bool:
    """A word that may stand in a title or a name ("Foreign", "of", "U.S.", "Australia's", "(ASEAN)")."""
    if token.startswith("(") and token.endswith(")"):
        token = token[1:-1]  # a body's acronym in its title: "Secretary-General of the Forum (FON)"
    if token[:1].isupper() or token[:1].isdigit():
        return True
    return token.lower() in _CONNECTORS


def _capitalise_office(tokens: list[str], *, after_the: bool, own: frozenset[str] = frozenset()) -> list[str]:
    """An office written in lowercase after "the" and an optional demonym, capitalised as a title.

    "The minister", "the Russian foreign minister", "the Lao top diplomat", "Hungary's foreign
    minister" name principals as surely as their capitalised spellings do; so does a principal's own
    title (``own``, lowercase) written in lowercase ("Turkmenistan's deputy prime minister"), alone or
    before "and" and a second office of the same person ("deputy prime minister and minister of
    foreign affairs").
    """
    if not tokens[-1].islower():
        return tokens  # the rest below always holds the last word, and must be lowercase: asked first
    lead = tokens[:1] if len(tokens) > 1 and tokens[0][:1].isupper() else []
    if lead and not (country_from_demonym(lead[0]) or country_from_name(lead[0])):
        return tokens
    # "(The) Turkish Parliament speaker": the body the office presides over, capitalised, between the
    # demonym and the office (fam189); the body's words say it is an office without "the".
    body = _body_words(tokens, len(lead))
    lead = tokens[: len(lead) + body]
    if not after_the and not body and not (lead and _POSSESSIVE.search(lead[0].replace("’", "'"))):
        return tokens
    rest = tokens[len(lead) :]
    if not rest or not all(t.islower() for t in rest):
        return tokens
    office = " ".join(rest)
    if office not in _OFFICE_NOUNS and office not in _PERSON_NOUNS and not _own_office(office, own):
        return tokens
    return lead + [t if t in _CONNECTORS else t.capitalize() for t in rest]


def _body_words(tokens: Sequence[str], start: int) -> int:
    """How many capitalised words from ``start`` name a body an office belongs to ("Parliament",
    "National Assembly"): title words that are no office themselves, before lowercase words."""
    count = 0
    if not start:
        return 0
    for token in tokens[start:]:
        if token.lower() in _OFFICE_NOUN_WORDS or token not in _BODY_WORDS:
            break
        count += 1
    return count if start + count < len(tokens) else 0


def _ends_on_a_name(tokens: Sequence[str]) -> bool:
    """True when a title phrase ends on two capitalised words that are no title words right after a
    title word: a person's name after the title ("Press Secretary Jan Kowal"), who is no principal
    when no name matched ("Minister of New Zealand" is a country after "of")."""
    if len(tokens) < 3 or not is_title_word(tokens[-3]):
        return False
    return all(t[:1].isupper() and not is_title_word(t.strip(",.")) for t in tokens[-2:])


def _second_office(part: str) -> bool:
    """A bare lowercase office after "and" ("minister of foreign affairs", "foreign minister"): the
    second office of the person the first part names, not another person (who would take "the")."""
    words = part.split()
    return (
        bool(words)
        and all(w.islower() for w in words)
        and words[0] not in _DETERMINER_WORDS
        and any(w in _OFFICE_NOUNS for w in words)
    )


def _own_office(office: str, own: frozenset[str]) -> bool:
    """Whether a lowercase office is a principal's title, alone or before "and" and another office, or
    the title told shorter or in other words ("state minister" for "state minister for trade"; fam157),
    or with another word for the same office ("deputy premier" for "deputy prime minister"; fam161)."""
    if office in own or _canonical_title(office) in {_canonical_title(title) for title in own}:
        return True
    return any(
        office.startswith(f"{title} and ") or _words_in_title(office, title) or _shortens(office, title)
        for title in own
    )


def _abbreviates(acronym: str, titles: Sequence[str]) -> bool:
    """Whether an acronym is a person's title ("EAM"), or a double office of two of them ("DPM/FM").

    Each part between slashes is the initials of one of the titles ("deputy prime minister",
    "foreign minister"); "HR/VP" is also the initials of "high representative/vice-president".
    """
    found = {initials(t, _CONNECTORS) for t in titles}
    return acronym in found or all(part in found for part in acronym.split("/"))


def _spells_out(title: str, acronyms: Sequence[str]) -> bool:
    """Whether a title phrase of two words or more ("foreign minister") is spelled out from one of a
    person's titles that is an acronym only ("fm", from a headline's "…: FM")."""
    if len(title.split()) < 2:
        return False
    short = initials(title, _CONNECTORS)
    return any(" " not in t and 2 <= len(t) <= 6 and t.upper() == short for t in acronyms)


def _name_like(token: str) -> bool:
    """A word that may be (part of) a name: capitalised, or a lowercase particle joined to one ("al-Amin")."""
    return token[:1].isupper() or bool(_PARTICLE_NAME.match(token))


@functools.lru_cache(maxsize=4096)  # the same titles and title phrases, sentence after sentence
def _canonical_title(title: str) -> str:
    """One spelling per office ("minister for foreign affairs" → "foreign minister"), of a folded title."""
    for pattern, office in _TITLE_SYNONYMS:
        title = pattern.sub(office, title)
    return title


def clear_page_titles() -> None:
    """Forget the canonical titles worked out on the page (with the participants stage's
    ``clear_page_caches``): a benchmark parsing the same pages again must not find them remembered."""
    _canonical_title.cache_clear()


def canonical_title(title: str) -> str:
    """The one spelling of the office a title names, folded ("Minister of Foreign Affairs" →
    "foreign minister")."""
    return _canonical_title(fold(title))


def _as_written(reported: str, lemma: str, written: str) -> str:
    """The verb as the page wrote it, after ``_content`` extended or shortened its lexicon entry.

    "shares the view" for "shared" + " the view", "agrees" for "agreed to" less " to".
    """
    if written == lemma:
        return reported
    if reported.startswith(lemma):
        return written + reported[len(lemma) :]
    if lemma.startswith(reported):
        return " ".join(written.split()[: len(reported.split())])
    return reported


#: Initials alone in capitals ("RBC", "TASS"): a broadcaster's, an agency's or a body's, unless the
#: lexicon knows them as an office ("FM", "EAM").
_OUTLET_INITIALS = re.compile(r"[A-Z]{2,6}")


class _TitlePhrase(NamedTuple):
    """A title phrase read for matching: its words without a leading country, the canonical title,
    the title without a closing "of <country>", and the country either named."""

    tokens: list[str]
    title: str
    reduced: str | None
    country: str | None


def _title_phrase(tokens: list[str]) -> _TitlePhrase:
    """Read a title phrase: "Australia's Foreign Minister", "Minister of Foreign Affairs of Ukraine"."""
    country: str | None = None
    first = tokens[0]
    if len(tokens) > 1:
        country = country_from_demonym(first) if first[:1].isupper() else None
        if country is None and re.search(r"['’]s$", first):
            country = country_from_name(first)
        if country is not None:
            tokens = tokens[1:]
        elif len(tokens) > 2 and first[:1].isupper() and tokens[1][:1].isupper():
            # a two-word demonym: "the South African President", "the Sri Lankan Foreign Minister"
            country = country_from_demonym(" ".join(tokens[:2]))
            if country is not None:
                tokens = tokens[2:]
    title = _canonical_title(fold(" ".join(tokens)))
    reduced = None
    for of in reversed(list(_OF.finditer(title))):  # "minister of foreign affairs of ukraine"
        code = country_from_name(title[of.end() :])
        if code is not None:
            country = country or code
            reduced = title[: of.start()]
            break
    return _TitlePhrase(tokens, title, reduced, country)


def _demonym_first(tokens: list[str]) -> list[str]:
    """ "top Iranian diplomat" as "Iranian top diplomat": a demonym inside a two-word person noun
    (fam233, issue #8: en-bo, Iran's MFA via Africa.com: "The top Iranian diplomat invited …")."""
    if len(tokens) != 3 or f"{tokens[0]} {tokens[2]}".lower() not in _PERSON_NOUNS:
        return tokens
    return [tokens[1], tokens[0].lower(), tokens[2]] if country_from_demonym(tokens[1]) else tokens


def _holds_kind(title: str, kind: str) -> bool:
    """Whether a folded title holds an office of a kind of ``offices.toml`` ("envoy": "special envoy for
    x"), opening it for the kinds that must ("top-diplomat": "foreign minister", not "deputy …")."""
    offices = lx.OFFICE_KINDS.get(kind, ())
    if kind in _OPENING_KINDS:
        return any(title == o or title.startswith(f"{o} ") for o in offices)
    return any(f" {o} " in f" {title} " for o in offices)


def _title_score(title: str, phrase: str, reduced: str | None) -> int:
    """How well a participant's title matches a title phrase: 3 exact, 2 prefix, 1 contained."""
    best = 0
    for candidate in (phrase, reduced):
        if not candidate:
            continue
        if title == candidate:
            best = max(best, 3 if candidate == phrase else 2)
        elif title.startswith(candidate + " "):
            best = max(best, 2)
        elif (
            _contains_title(title, candidate)
            or _shortens(candidate, title)
            or _words_in_title(candidate, title)
        ):
            best = max(best, 1)
    return best


#: The words that open a title's complement ("minister *of* foreign affairs", "state minister *for* trade").
_COMPLEMENT_WORDS = frozenset({"of", "for", "to", "at", "in", "on"})


def _words_in_title(phrase: str, title: str) -> bool:
    """True when every word of a title phrase of two words or more stands in the title, in any order, its
    last (the office's head noun) before the title's complement (fam157): "foreign minister" for
    "minister of people's power for foreign affairs" or "foreign affairs minister"; not "prime minister"
    for "minister of foreign affairs" ("prime" is no word of it)."""
    words, have = phrase.split(), title.split()
    if len(words) < 2:
        return False
    head = next((i for i, w in enumerate(have) if w in _COMPLEMENT_WORDS), len(have))
    return words[-1] in have[:head] and all(w in have for w in words)


def _welcomed_in_office(para: str, at: int) -> bool:
    """Whether the name welcomed, ending at ``at``, is welcomed "as" an office ("welcomed Sun as the
    Chinese new ambassador to Ghana, saying …", Xinhua, en-q): a greeting, so a participle after it is
    the statement (issue #8, fam39), even where the page's name for the principal is not resolved."""
    office = _GUEST_AS.match(para, at)
    return office is not None and any(w in _OFFICE_NOUN_WORDS for w in office.group("office").lower().split())


def _contains_title(title: str, phrase: str) -> bool:
    """True when the phrase stands in the title outside its "of" complement: "foreign minister" in "deputy
    foreign minister"; not "the council of europe" or "the office" in "head of the council of europe
    office", the body the principal heads, which reports as a body (issue #8, fam39: "According to
    Cristian Urse, the Council of Europe also welcomes …", en-f)."""
    at = f" {title} ".find(f" {phrase} ")
    return at >= 0 and _OF.search(title[:at]) is None


def _shortens(phrase: str, title: str) -> bool:
    """True when a phrase of two words or more is the title with words left out, from its first word
    ("vice minister" for "vice foreign minister of guatemala")."""
    words, rest = phrase.split(), iter(title.split())
    return len(words) > 1 and title.startswith(words[0] + " ") and all(w in rest for w in words)


def _colon_report(para: str, found: Sequence[_Found]) -> _Found | None:
    """A principal's report whose paragraph ends with it and a colon, reporting nothing yet: "Prime
    Minister Holness was very pleased with the meeting and said:" (the quotation is the next paragraph)."""
    if not para.rstrip().endswith(":"):
        return None
    return next((f for f in found if not f.stop and not para[f.start :].strip(_QUOTES_AND_SPACE + ":")), None)


def _quotation_below(para: str, index: int, announced: _Found, finished: list[Statement]) -> list[Statement]:
    """The statements of ``para`` with the quotation a colon report above announced, when ``para``
    opens with a quotation mark and reports nothing from its start itself."""
    start = len(para) - len(para.lstrip())
    if para[start : start + 1] not in ("“", '"') or any(s.start <= start + 1 for s in finished):
        return finished
    end = min([len(para.rstrip()), *(s.start for s in finished)])
    text = para[start:end].rstrip()
    quoted = Statement(announced.speaker, announced.verb, text, index, start, start + len(text))
    return [quoted, *finished]


# A content that opens with a conjunction: another verb of the same subject follows ("acknowledged and …").
_CONJUNCTION_OPENS = re.compile(r"(?:and|or)\s")


def _opens_content(para: str, item: _Found, other: _Found) -> bool:
    """True when ``other``'s clause is where ``item``'s content starts ("acknowledged and extended X":
    the second verb's clause opens at "and"), so that ``item`` reports nothing of its own."""
    return (
        other.clause <= item.start < other.start
        and not para[other.clause : item.start].strip()
        and _CONJUNCTION_OPENS.match(para, item.start) is not None
    )


def _finish(para: str, index: int, found: list[_Found]) -> list[Statement]:
    """Give each statement its end (the next statement's clause, or the paragraph end) and its text."""
    ordered = sorted(found, key=lambda f: (f.start, f.clause))
    clauses = sorted(f.clause for f in found)
    statements: list[Statement] = []
    seen: set[int] = set()
    # A colon closing the paragraph introduces the list below it and stays ("the following priorities:").
    last = len(para.rstrip())
    closing_colon = last > 0 and para[last - 1] == ":"
    for item in ordered:
        if item.stop or item.start in seen:
            continue
        if any(_opens_content(para, item, other) for other in found):
            continue  # "acknowledged and extended X": the first verb reports nothing of its own
        seen.add(item.start)
        end = item.end
        if end is None:
            following = bisect.bisect_right(clauses, item.start)
            end = clauses[following] if following < len(clauses) else len(para)
        end = min(end, len(para))
        trailing = ",;" if end == len(para) and closing_colon else ",;:"
        while end > item.start and (para[end - 1].isspace() or para[end - 1] in trailing):
            end -= 1
        if not para[item.start : end].strip(_QUOTES_AND_SPACE + ".!?"):
            continue  # nothing reported ("..., the two ministers agreed.")
        statements.append(Statement(item.speaker, item.verb, para[item.start : end], index, item.start, end))
    return statements


def verb_entry(sentence: str) -> str | None:
    """The lexicon entry of the first reporting or topic verb the finder reads in ``sentence``
    ("says" → "said"), or None: the probe of the verb tables."""
    grammar = _grammar(_GENERIC)
    match = grammar.verbs.search(sentence)
    if match is None:
        return None
    written = " ".join(match.group().split())
    # an adverb of repetition before the verb's preposition is no part of it ("asked again for")
    written = re.sub(r"\s+" + _GOVERNED_ADVERB + r"(?=\s)", "", written)
    return grammar.lemmas.get(written, written)


def joint_reading(sentence: str) -> str:
    """Which row of ``joint_subjects.toml`` makes the subject before the first reporting verb both sides.

    ``"<words> | subject"`` for a whole joint subject ("Both sides"), ``"<head> | head"`` or
    ``"<modifier> | modifier"`` for the plural reading ("The foreign ministers"), "" for one side.
    """
    grammar = _grammar(_GENERIC)
    verb = grammar.verbs.search(sentence)
    key = fold(sentence[: verb.start() if verb else len(sentence)].strip())
    if key in grammar.joint:
        return f"{key} | subject"
    plural = grammar.joint_pattern.fullmatch(key)
    if plural is None:
        return ""
    if plural.group("modifier"):
        return f"{plural.group('modifier')} | modifier"
    return f"{plural.group('head')} | head"


def office_reading(sentence: str) -> str:
    """How the statement finder reads the office a subject names: ``"<office> | <tags>"``.

    The probe of ``offices.toml``. The subject is the text before the first reporting verb, without
    "the": "office" when the finder capitalises it as a title ("The minister" -> "Minister"),
    "head-of-state" / "head-of-government" when a principal with that title holds the role,
    "top-diplomat" / "envoy" when "the top diplomat" / "the envoy" names its holder (``_holds_kind``).
    """
    grammar = _grammar(_GENERIC)
    verb = grammar.verbs.search(sentence)
    tokens = sentence[: verb.start() if verb else len(sentence)].split()
    after_the = bool(tokens) and tokens[0].lower() == "the"
    office = tokens[1:] if after_the else tokens
    tags = ["office"] if _capitalise_office(office, after_the=after_the) != office else []
    key = fold(" ".join(office))
    for role, offices in _ROLE_OFFICES.items():
        if any(f" {o} " in f" {key} " for o in offices):
            tags.append(role.replace(" ", "-"))
    tags.extend(kind for kind in lx.OFFICE_KINDS if _holds_kind(key, kind))
    return f"{' '.join(office)} | {' '.join(tags)}"


def verb_group_reading(sentence: str) -> str:
    """Which row of ``verb_groups.toml`` decided how the statement finder reads ``sentence``.

    The probe of ``verb_groups.toml``. The first verb the finder reads in the sentence, read as the
    finder reads it: ``"<phrase> | copular"`` when it is a report made after a copula ("was pleased to
    hear"); else, from the finder's own content reading after the verb, the frame noun or manner
    phrase that joined the verb (``"conviction | frame-noun"``, ``"with regret | manner"``), or the
    tell or brief verb whose object it skipped to reach the content (``"assured | tell"``,
    ``"briefed | brief"``); "" when no group took part. Addressees are read as principals only when
    they are pronouns: the sentence has no participants.
    """
    grammar = _grammar(_GENERIC)
    match = grammar.verbs.search(sentence)
    if match is None:
        return ""
    written = " ".join(match.group().split())
    verb = grammar.lemmas.get(written, written)
    if verb in _COPULAR:
        return f"{verb} | copular"
    return _content(sentence, match.end(), verb, lambda who: False).group


def _topic_only(grammar: _Grammar, para: str, match: re.Match[str], written: str, verb: str) -> bool:
    """Whether a matched verb only names a topic; a "report" row reading a topic verb ("considered it
    important to") reports."""
    if _TOPIC_PHRASES.fullmatch(written) is not None:
        return True
    return verb in grammar.topic and _REPORT_PHRASES.match(para, match.start()) is None


def verb_role(sentence: str) -> str | None:
    """ "topic", "report", "attributive" or "guest" for the first verb the finder reads in ``sentence``,
    or None."""
    grammar = _grammar(_GENERIC)
    match = grammar.verbs.search(sentence)
    if match is None:
        return None
    if _ATTRIBUTIVE.match(sentence, match.start()):
        return "attributive"
    if _GUEST_WELCOME.match(sentence, match.start()):
        return "guest"
    written = " ".join(match.group().split())
    verb = grammar.lemmas.get(written, written)
    return "topic" if _topic_only(grammar, sentence, match, written, verb) else "report"


_GENERIC = Profile()


def find_statements(
    paragraphs: Sequence[str],
    participants: Sequence[Participant],
    profile: Profile,
    *,
    author: str | None = None,
    announcers: Sequence[tuple[int, str]] = (),
) -> tuple[tuple[Statement, ...], tuple[str, ...]]:
    """Find the top-level reported-speech segments of a readout's body.

    Args:
        paragraphs: the body paragraphs (statement offsets index into these).
        participants: the principals; speakers are their ids, or ``"both"``.
        profile: the publisher's extra verbs, topic verbs and joint subjects.
        author: the id of the participant who tells the event in the first person ("I spoke with
            ..."), named by the headline or the page's byline: the speaker of "I" and "We".
        announcers: attribution lines left out of the body ("X said at the end of the meeting:"),
            each with the index of the paragraph below it, whose opening quotation they announce.

    Returns:
        The statements in document order, and warnings in words about what was uncertain
        (pronoun resolution, subjects that name no participant, ambiguous titles).
    """
    return _Finder(participants, profile, author).run(paragraphs, announcers)
