"""Word lists for the statement finder: the vocabulary tables read into Python, and grammar words.

Nothing here names a publisher: these are the generic English phrasings of diplomatic readouts, and
a publisher's extra phrasing (``Profile.extra_verbs``, ``Profile.topic_verbs``,
``Profile.joint_subjects``) is simply appended to them.

Vocabulary is rule tables (``languages/en/*.toml``), a row and an example per entry, read here:
reporting and topic verbs (``reporting_verbs.toml``, ``topic_verbs.toml``, ``verb_patterns.toml``),
honorifics (``honorifics.toml``, the one list the name reader, the statement finder and the gender
rule share), joint subjects (``joint_subjects.toml``), offices (``offices.toml``) and the verb groups
that decide where a statement's content starts (``verb_groups.toml``: ``TELL_VERBS``,
``BRIEF_VERBS``, ``FRAME_VERBS``/``FRAME_NOUNS``, ``COPULAR_REPORTS``, ``MANNER_PHRASES``). A row's
label ``"<words> | <tags>"`` says which list it fills.

Still Python data here, with reasons:

- Grammar words (pronouns, determiners, auxiliaries, adverbs, parentheticals, connectors,
  participle prepositions, sentence abbreviations and the irregular -ing and present forms) are the
  closed classes of English, not vocabulary a publisher varies; each is read as a set between a
  subject and its verb, where no single example sentence tests one entry on its own.
- ``DETAIL_PHRASES``, ``PERSON_NOUNS`` and ``HEADED_GROUPS`` are not tables yet: each needs a
  probe of its own that reads a whole statement, still to be written.

Verbs are written in the past tense, as readouts use them; multi-word entries keep the preposition
the verb governs ("agreed on", "looked forward to"), which the finder keeps in ``Statement.verb``.
Some publishers report in the present ("Mr Peters says"): ``present_form`` derives the third-person
present of every entry, so the lists stay written once.
Spaces in an entry match any run of whitespace.
"""

from __future__ import annotations

from ...rules import Table, load_table

__all__ = [
    "ADVERBS",
    "ATTRIBUTIVE_PATTERNS",
    "AUXILIARIES",
    "BRIEF_VERBS",
    "CONNECTORS",
    "COPULAR_REPORTS",
    "DETAIL_PHRASES",
    "DETERMINERS",
    "FRAME_NOUNS",
    "FRAME_VERBS",
    "FRONTED_SUBORDINATORS",
    "GENDERED_HONORIFICS",
    "HEADED_GROUPS",
    "HEAD_OF_STATE_TITLES",
    "HEARSAY_FRAMES",
    "HOST_NOUNS",
    "ING_FORMS",
    "JOINT_HEADS",
    "JOINT_MODIFIERS",
    "JOINT_SUBJECTS",
    "KIND_NOUNS",
    "MANNER_PHRASES",
    "NAME_HONORIFICS",
    "NAME_SUFFIXES",
    "OFFICE_KINDS",
    "OFFICE_NOUNS",
    "PARENTHETICALS",
    "PARTICIPLE_PREPOSITIONS",
    "PASSIVE_AUXILIARIES",
    "PERSON_NOUNS",
    "PLURAL_PRONOUNS",
    "POSSESSIVE_GENDERS",
    "PRONOUN_GENDERS",
    "REPORTING_PATTERNS",
    "REPORTING_VERBS",
    "ROLE_OFFICES",
    "SENTENCE_ABBREVIATIONS",
    "SINGULAR_PRONOUNS",
    "STANCE_PHRASES",
    "STYLES_IN_NAMES",
    "SUBJECT_HONORIFICS",
    "TELL_VERBS",
    "TOPIC_PATTERNS",
    "TOPIC_VERBS",
    "VISITOR_NOUNS",
    "base_form",
    "honorifics",
    "ing_form",
    "present_form",
]


def _table(filename: str) -> Table:
    # Read through ``readoutlib.languages``: the English pack imports the analysis, not the reverse.
    return load_table("readoutlib.languages", f"en/{filename}")


def _tagged(filename: str, tag: str) -> tuple[str, ...]:
    """The words of the rows of ``filename`` whose label ``"<words> | <tags>"`` carries ``tag``."""
    found: list[str] = []
    for label in _table(filename).labels():
        words, _, tags = label.partition(" | ")
        if tag in tags.split():
            found.append(words)
    return tuple(found)


def honorifics(tag: str) -> tuple[str, ...]:
    """The styles of ``languages/en/honorifics.toml`` that carry ``tag`` ("name", "subject", "m", "f").

    A row's label is ``"<style> | <tags>"``: the one honorific list of the pack, read by the name
    reader (tag "name"), the statement finder (tag "subject") and the gender rule ("m", "f").
    """
    return _tagged("honorifics.toml", tag)


#: Styles the name reader drops from a name ("Mr.", "H.E.", "Shri", "Dato'").
NAME_HONORIFICS: tuple[str, ...] = honorifics("name")

#: Styles the statement finder drops before a subject ("Mr.", "H.E.", "the Honorable", "the Rt Hon").
SUBJECT_HONORIFICS: tuple[str, ...] = honorifics("subject")

#: Styles that are also a word inside a name, between two name words ("Hassan Sheikh Mohamud").
STYLES_IN_NAMES: frozenset[str] = frozenset(honorifics("inside"))

#: Styles that tell a principal's gender wherever they precede the name ("Ms. Kovacs").
GENDERED_HONORIFICS: dict[str, str] = {style: g for g in ("m", "f") for style in honorifics(g)}


#: Subjects that mean both sides (matched whole, case-insensitively): the "subject" rows of
#: ``languages/en/joint_subjects.toml``.
JOINT_SUBJECTS: tuple[str, ...] = _tagged("joint_subjects.toml", "subject")

#: Plural nouns that, after "the", "the two", "both" or "the two <adjectives>", mean both sides
#: ("The two Foreign Ministers", "The leaders", "Both ministers"): the "head" rows.
JOINT_HEADS: tuple[str, ...] = _tagged("joint_subjects.toml", "head")

#: Words that may stand between "the" and a plural head and still mean both sides ("the foreign
#: ministers"): the "modifier" rows.
JOINT_MODIFIERS: tuple[str, ...] = _tagged("joint_subjects.toml", "modifier")


#: Offices that name a principal even written in lowercase after "the" ("The minister reaffirmed ..."):
#: the "office" rows of ``languages/en/offices.toml``.
OFFICE_NOUNS: tuple[str, ...] = _tagged("offices.toml", "office")

#: "The two heads of state" means both sides only when every principal holds one of these titles:
#: the "head-of-state" rows of ``languages/en/offices.toml``.
HEAD_OF_STATE_TITLES: tuple[str, ...] = _tagged("offices.toml", "head-of-state")

#: Role nouns that name the principal holding one of a set of offices ("The Head of State noted ..."
#: is the principal who is a president, king, emir ...): the "head-of-state" and
#: "head-of-government" rows of ``languages/en/offices.toml``.
ROLE_OFFICES: dict[str, tuple[str, ...]] = {
    "head of state": HEAD_OF_STATE_TITLES,
    "head of government": _tagged("offices.toml", "head-of-government"),
}

#: The kinds of office a role noun names the one holder of ("the top diplomat", "the envoy"): the
#: "top-diplomat" and "envoy" rows of ``languages/en/offices.toml``, by tag.
OFFICE_KINDS: dict[str, tuple[str, ...]] = {
    "top-diplomat": _tagged("offices.toml", "top-diplomat"),
    "envoy": _tagged("offices.toml", "envoy"),
}

#: Role nouns that, with no demonym, name the one principal holding an office of these kinds
#: (``OFFICE_KINDS``): "The top diplomat stressed …" on a page with one foreign minister (fam233).
KIND_NOUNS: dict[str, tuple[str, ...]] = {
    "top diplomat": ("top-diplomat",),
    "chief diplomat": ("top-diplomat",),
    "envoy": ("envoy",),
    "diplomat": ("top-diplomat", "envoy"),
}

#: Role nouns that name the side that travelled ("The visitor congratulated …"), and the side that
#: received it; any person noun after "visiting" names the visitor too ("the visiting dignitary").
VISITOR_NOUNS: tuple[str, ...] = ("visitor", "guest")
HOST_NOUNS: tuple[str, ...] = ("host",)

#: Verbs that introduce reported content when their subject is a principal: the labels of the rule
#: table ``languages/en/reporting_verbs.toml`` (one row, with its example, per verb).
REPORTING_VERBS: tuple[str, ...] = _table("reporting_verbs.toml").labels()

_VERB_PATTERNS = _table("verb_patterns.toml").rows

#: Reporting verbs whose wording varies, as regular-expression sources ("spoke highly of"): the
#: "report" rows of ``languages/en/verb_patterns.toml``.
REPORTING_PATTERNS: tuple[str, ...] = tuple(row.pattern for row in _VERB_PATTERNS if row.label == "report")

#: A host's welcome of a guest, as regular-expression sources matched at the verb ("welcomed
#: President X to Lima", "extended a warm welcome today to Y"): in the lead it is the meeting itself,
#: no report. The "guest" rows of ``languages/en/verb_patterns.toml``.
GUEST_WELCOMES: tuple[str, ...] = tuple(row.pattern for row in _VERB_PATTERNS if row.label == "guest")

#: A reporting verb's form used as an adjective before the noun it qualifies ("economic security and
#: shared prosperity"), as regular-expression sources matched at the verb: the "attributive" rows of
#: ``languages/en/verb_patterns.toml``. Such a word is no verb at all.
ATTRIBUTIVE_PATTERNS: tuple[str, ...] = tuple(
    row.pattern for row in _VERB_PATTERNS if row.label == "attributive"
)

#: Verbs that only name a topic; they never start a statement, but a reporting verb coordinated with
#: them shares their subject ("The leaders discussed X and condemned Y"): the labels of
#: ``languages/en/topic_verbs.toml``.
TOPIC_VERBS: tuple[str, ...] = _table("topic_verbs.toml").labels()

#: Phrasings of a reporting verb that only name a topic, as regular-expression sources, each with an
#: example: sharing views *on* something is exchanging them, while "shared the view that ..." (a frame,
#: below) reports content. Tried before the reporting verbs, so the longer topic reading wins. The
#: "topic" rows of ``languages/en/verb_patterns.toml``.
TOPIC_PATTERNS: tuple[tuple[str, str], ...] = tuple(
    (row.pattern, row.example) for row in _VERB_PATTERNS if row.label == "topic"
)

#: Reports made with an adjective after a copula ("Minister Joly was pleased to hear that ..."): the
#: copula is no passive here, and the verb is the phrase without it ("pleased to hear"). Not "pleased
#: to welcome": welcoming a visitor is an act, not a report. The "copular" rows of
#: ``languages/en/verb_groups.toml``.
COPULAR_REPORTS: tuple[str, ...] = _tagged("verb_groups.toml", "copular")

#: Manner phrases right after a reporting verb that the verb keeps ("noted with appreciation that ..."):
#: the "manner" rows of ``languages/en/verb_groups.toml``.
MANNER_PHRASES: tuple[str, ...] = _tagged("verb_groups.toml", "manner")

#: Adverbial phrases between a reporting verb and its content that are not content ("explained in
#: detail the reasons ...").
DETAIL_PHRASES: tuple[str, ...] = ("in detail", "in some detail", "in great detail", "at length", "in depth")

#: Verbs whose object, when it is only a principal's name, is the guest met and no content ("Ruiz
#: welcomed Berg and appreciated ..."): the welcome is the meeting itself (issue #8, en-k).
GUEST_VERBS: tuple[str, ...] = ("welcomed", "greeted", "welcoming", "greeting")

#: Prepositions that hang a participial report on a clause that reports nothing ("They concluded the
#: call by expressing their shared desire ..."): the participle is the clause subject's statement.
PARTICIPLE_PREPOSITIONS: tuple[str, ...] = ("by", "while", "before", "after")

#: Verbs whose content follows the person addressed and a "that" ("assured him that ..."): the
#: "tell" rows of ``languages/en/verb_groups.toml``.
TELL_VERBS: tuple[str, ...] = _tagged("verb_groups.toml", "tell")

#: Verbs whose content follows the person addressed and a preposition ("briefed X on Y"): the "brief"
#: rows of ``languages/en/verb_groups.toml``.
BRIEF_VERBS: tuple[str, ...] = _tagged("verb_groups.toml", "brief")

#: Verbs that take a framing noun phrase before the content ("shared the view that ..."). Only
#: "shared" does: sharing a view is the report itself, while "expressed the hope that ..." is the
#: verb "expressed" with the content "the hope that ..." (the schema's "content starts after the verb").
#: The "frame-verb" rows of ``languages/en/verb_groups.toml``.
FRAME_VERBS: tuple[str, ...] = _tagged("verb_groups.toml", "frame-verb")

#: The framing nouns themselves; with a frame verb and a following "that" or "to" they join the verb:
#: the "frame-noun" rows of ``languages/en/verb_groups.toml``.
FRAME_NOUNS: tuple[str, ...] = _tagged("verb_groups.toml", "frame-noun")

#: Pronouns standing for the most recent single principal subject.
SINGULAR_PRONOUNS: tuple[str, ...] = ("he", "she")

#: The gender a singular pronoun refers to: "She" after a man's clause is the woman principal.
PRONOUN_GENDERS: dict[str, str] = {"he": "m", "she": "f"}

#: Possessives and the gender each tells of its owner ("his counterparts").
POSSESSIVE_GENDERS: dict[str, str] = {"his": "m", "her": "f"}

#: Pronouns standing for both sides.
PLURAL_PRONOUNS: tuple[str, ...] = ("they", "they both", "both of them")

#: Nouns naming a person by role; with a demonym they pick that country's principal
#: ("the Australian leader"); "his counterpart" is the other principal.
PERSON_NOUNS: tuple[str, ...] = (
    "leader",
    "counterpart",
    "colleague",
    "guest",
    "visitor",
    "dignitary",
    "host",
    "interlocutor",
    "envoy",
    "diplomat",
    "top diplomat",
    "chief diplomat",
    "representative",
    "official",
    "chief",
    # a news writer's name for a state's leader: "the Liberian Chief Executive" (issue #8, en-k)
    "chief executive",
)

#: Groups a principal may be named the head of ("the head of the Lao delegation" is the Lao principal).
#: "state" and "government" name the head of state or of government ("the head of the Lao state"):
#: that country's principal who holds such an office, when it has more than one (fam229).
HEADED_GROUPS: tuple[str, ...] = ("delegation", "side", "team", "state", "government")

#: Subordinating conjunctions that open an adverbial clause before a sentence's main clause ("As he
#: had relayed to Israeli leaders, the President conveyed …"): a verb inside such a clause is no
#: top-level report. Concessive and contrastive ones ("While", "Although") are left out: "While X
#: welcomed A, Y stressed B" reports both.
FRONTED_SUBORDINATORS: tuple[str, ...] = (
    "as",
    "just as",
    "even as",
    "when",
    "after",
    "before",
    "since",
    "once",
    "because",
    "if",
    "until",
    "unless",
)

#: Words that may stand inside a title or name phrase although not capitalised.
CONNECTORS: tuple[str, ...] = (
    "of",
    "for",
    "the",
    "and",
    "&",
    "on",
    "de",
    "du",
    "da",
    "von",
    "van",
    "al",
    "bin",
    "el",
)

#: Words between a subject and its verb that the verb ignores ("also", "once again"); any lowercase
#: word ending in "-ly" is an adverb too.
ADVERBS: tuple[str, ...] = (
    "also",
    "further",
    "first",
    "then",
    "again",
    "once again",
    "once more",
    "both",
    "all",
    "jointly",
    "together",
    "still",
    "even",
    "already",
    "long",
    "in turn",
    "later",
    "earlier",
    "subsequently",
    "separately",
    "each",
    "too",
    "in particular",
    "at the outset",
    "at the same time",
    "in addition",
    "moreover",
    "meanwhile",
    "likewise",
    "thereby",
    "repeatedly",
    # a parenthetical written without its commas, as older Asian and African wire copy prints it
    # ("Under Secretary Sherman on her part said …", "The Premier on the occasion said …", "Lavrov yet
    # again said …"): fam94
    "yet again",
    "on the occasion",
    "on his part",
    "on her part",
    "on their part",
    "on its part",
    "for his part",
    "for her part",
    "for their part",
    "for its part",
)

#: Phrases of a speaker's wish or care before a reporting verb's base form ("was keen to emphasize
#: that …", Egypt's presidency; "took the opportunity to stress …"): stripped like an auxiliary, and the
#: base form after one of them is the verb ("emphasize"). Each ends in "to".
STANCE_PHRASES: tuple[str, ...] = (
    "was keen to",
    "were keen to",
    "was eager to",
    "were eager to",
    "took the opportunity to",
    "take the opportunity to",
    "used the opportunity to",
    # fam223 (en-bn, GhanaWeb: "used the occasion to also outline …"; en-s's "used the occasion to
    # congratulate", fam39): the occasion used is the opportunity used
    "used the occasion to",
    "took the occasion to",
    # a speaker going on to the next point (en-bm, Kazinform: "She went on to congratulate …"); "went on to
    # visit" stays none, no reporting verb
    "went on to",
    "took the time to",
    "take the time to",
)

#: Auxiliaries between a subject and its verb ("has stressed", "had agreed").
AUXILIARIES: tuple[str, ...] = ("has", "have", "had", "would", "will", "did", "do", "does")

#: A hearsay frame before a past participle ("Putin is said to have welcomed X"): the subject's report,
#: told at one remove, as the auxiliaries are stripped (fam232, en-bp, News24).
HEARSAY_FRAMES: tuple[str, ...] = tuple(
    f"{be} {heard} to have" for be in ("is", "was", "are", "were") for heard in ("said", "reported")
)

#: Auxiliaries that make the verb passive ("It was agreed", "was underscored"): no statement.
PASSIVE_AUXILIARIES: tuple[str, ...] = ("was", "were", "is", "are", "been", "being", "be", "'s")

#: Words before a verb form that make it an adjective ("the agreed framework", "their shared goal").
DETERMINERS: tuple[str, ...] = (
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "this",
    "these",
    "those",
    "newly",
    "commonly",
    "widely",
    "internationally",
    "universally",
)

#: Parenthetical phrases set off by commas between a subject and its verb ("Berg, in turn, said").
PARENTHETICALS: tuple[str, ...] = (
    "in turn",
    "for his part",
    "for her part",
    "for their part",
    "for its part",
    "for our part",
    "on his part",
    "on her part",
    "on their part",
    "on its part",
    "however",
    "also",
    "too",
    "moreover",
    "furthermore",
    "meanwhile",
    "likewise",
    "in response",
    "in return",
    "in reply",
    "in addition",
    "in particular",
    "in this regard",
    "in this context",
    "for example",
    "therefore",
    "thus",
    "again",
    "once again",
    "as well",
    "in this connection",
)

#: Abbreviations after which a period does not end a sentence (lowercase, without the final period).
SENTENCE_ABBREVIATIONS: tuple[str, ...] = (
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "prof",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "hon",
    "rt",
    "no",
    "nos",
    "vol",
    "art",
    "para",
    "fig",
    "vs",
    "inc",
    "ltd",
    "co",
    "corp",
    "dept",
    "govt",
    "amb",
    "sen",
    "rep",
    "gov",
    "pres",
    "messrs",
    "e.g",
    "i.e",
    "approx",
    "sec",
    "maj",
    "adm",
    "smt",
    "mme",
    "etc",
    # written with a stray period before the name ("the Honorable. Scott Morrison")
    "honorable",
    "honourable",
    # an Indian style written with a period ("led by Shri. <name>, Secretary …", en-y's MEA page)
    "shri",
    "sri",
    # a given name written short before the rest of the name ("President Md. <name>", "Mohd. <name>"),
    # South and Southeast Asian usage for Muhammad; "Ch." the Indian one for a family's given name
    # ("Acting Governor Ch. <name>", en-bd, fam192)
    "md",
    "mohd",
    "muhd",
    "ch",
)

#: Suffixes that close a name: they are written with a period, but a capitalised word after them
#: starts a new sentence ("... with President Ferdinand Marcos Jr. Secretary Lee then said ...").
NAME_SUFFIXES: tuple[str, ...] = ("jr", "sr")

#: -ing forms that do not follow from the past tense by rule.
ING_FORMS: dict[str, str] = {
    "said": "saying",
    "told": "telling",
    "spoke": "speaking",
    "made": "making",
    "set": "setting",
    "laid": "laying",
    "spelt": "spelling",
    "agreed": "agreeing",
    "concurred": "concurring",
    "extended": "extending",
}


def ing_form(verb: str) -> str:
    """The -ing form of a past-tense reporting verb phrase ("pointed out" -> "pointing out").

    Used for participial reports ("with Jon Berg reiterating that ..."); only the first word
    changes.
    """
    first, _, rest = verb.partition(" ")
    if first in ING_FORMS:
        head = ING_FORMS[first]
    elif first.endswith("ied"):
        head = first[:-3] + "ying"
    elif first.endswith("ed"):
        head = first[:-2] + "ing"
    else:
        head = first + "ing"
    return f"{head} {rest}" if rest else head


#: Third-person present forms that do not follow from the past tense by rule.
PRESENT_FORMS: dict[str, str] = {
    "said": "says",
    "told": "tells",
    "spoke": "speaks",
    "made": "makes",
    "set": "sets",
    "laid": "lays",
    "spelt": "spells",
    "sought": "seeks",
    "drew": "draws",
    "put": "puts",
    "held": "holds",
    "went": "goes",
    "added": "adds",
    "focussed": "focuses",
    "visited": "visits",
    "decided": "decides",
    "signalled": "signals",
}

# Past-tense stems that drop their final "e" before "-ed" ("noted" -> "note"): a stem ending in one
# of these takes the "e" back. Stems ending in two consonants ("stressed", "pointed") or in a vowel
# pair before the consonant ("explained", "appealed") do not.
_E_AFTER_ONE_VOWEL = "bcgkmnprstvz"
_DOUBLED = "bgmnprt"  # "committed" -> "commit", "concurred" -> "concur"; not "added", "called", "pressed"


def base_form(verb: str) -> str:
    """The base form of a past-tense reporting verb phrase ("emphasized" -> "emphasize", "pointed out"
    -> "point out"), from its third-person present: the form after "was keen to"."""
    first, _, rest = present_form(verb).partition(" ")
    if first.endswith("ies") and len(first) > 4:
        head = first[:-3] + "y"  # "replies" -> "reply"
    elif first.endswith(("sses", "shes", "ches", "xes")):
        head = first[:-2]  # "stresses" -> "stress"
    else:
        head = first[:-1] if first.endswith("s") else first  # "emphasizes" -> "emphasize"
    return f"{head} {rest}" if rest else head


def present_form(verb: str) -> str:
    """The third-person present of a past-tense reporting verb phrase ("pointed out" -> "points out").

    Used for publishers that report in the present ("Mr Peters says", "the Minister welcomes");
    only the first word changes.
    """
    first, _, rest = verb.partition(" ")
    head = PRESENT_FORMS.get(first) or _present_word(first)
    return f"{head} {rest}" if rest else head


def _present_word(word: str) -> str:
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "ies"  # "replied" -> "replies"
    if word.endswith("eed"):
        return word[:-1] + "s"  # "agreed" -> "agrees"
    if not word.endswith("ed"):
        return word + "s"
    stem = word[:-2]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in _DOUBLED:
        return stem[:-1] + "s"
    # A hissing end takes "-es" whether or not the "e" was dropped ("stresses", "raises", "focuses").
    if stem.endswith(("s", "z", "x", "sh", "ch")):
        return stem + "es"
    if stem.endswith(("v", "u", "c", "dg", "rg", "ang", "iat", "uat")):
        return stem + "es"  # "observes", "argues", "voices", "pledges", "exchanges", "appreciates"
    vowels = "aeiou"
    if (
        len(stem) >= 3
        and stem[-1] in _E_AFTER_ONE_VOWEL
        and stem[-2] in vowels
        and stem[-3] not in vowels
        and not (stem[-2] == "e" and stem[-1] in "rn")  # "offered", "considered", "opened"
    ):
        return stem + "es"  # "noted", "welcomed", "invited", "declared"
    return stem + "s"
