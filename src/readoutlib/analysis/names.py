"""Person-name and title recognition in English readout text.

Readouts name their principals in a handful of shapes: a title before the name ("Chilean Foreign
Minister Ana Ruiz"), an appositive after it ("Mr. Kenji Sato, Minister for Trade of Japan,"), "the
<title>, <name>" ("the Austrian Chancellor, Eva Gruber"), the office alone ("The Prime
Minister"), a name with a country after it ("President Carlos Vega of Peru") and, on Japanese
pages, a capitalised surname first ("TANAKA Hiroshi"). This module finds those *mentions* with
a small token scanner over generic word lists (titles, honorifics, organisation words); it holds no
publisher's names. ``participants.py`` decides which mentions are principals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs

from ..budget import check
from .countries import (
    COUNTRY_PATTERN,
    DEMONYM_PATTERN,
    ORGANISATION_CODES,
    country_from_demonym,
    country_from_name,
)

__all__ = [
    "Mention",
    "Token",
    "find_mentions",
    "fold",
    "is_title_word",
    "name_runs",
    "normalise_title",
    "slug",
    "surname",
    "tokenize",
]


def _wordset(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block (keeps long word lists readable)."""
    return frozenset(text.split())


# ---------------------------------------------------------------------------------------------
# Word lists (generic English; extendable through Profile.title_words / Profile.honorifics)

#: Words that end a title: "Minister", "President", "Secretary". Singular only: "Ministers" is a group.
TITLE_HEADS: frozenset[str] = _wordset(
    """
    President Vice-President Premier Chancellor Minister Secretary Secretary-General Councilor
    Councillor Member Director Director-General Chairman Chairwoman Chair Chairperson King Queen
    Prince Princess Emir Amir Sultan Sheikh Sheikha Emperor Empress Pope Governor Ambassador Envoy
    Representative Commissioner Speaker Leader Head Chief Adviser Advisor Counsellor Counselor
    General Spokesperson Spokesman Spokeswoman Mayor Senator Congressman Congresswoman Administrator
    Coordinator Taoiseach Monarch Commander Marshal Admiral Under-Secretary Viceroy Deputy Chargé
    Consul Consul-General Premier Vice-Chairman Vice-Premier Vice-Chancellor Attorney Lord Baroness
    Baron Duke Duchess Rapporteur Registrar Co-Chair Co-Chairman PM MP FM EAM Sec HR VP SG DG
    Aide Rector CEO Prosecutor Prosecutor-General Ombudsman Officer President-Elect Premier-Elect
    Governor-Elect Minister-Designate Chancellor-Designate Minister-Counsellor
    """
)

#: Words that may stand before a head inside a title ("Foreign", "Deputy", "Federal").
TITLE_MODIFIERS: frozenset[str] = _wordset(
    """
    Foreign Prime Vice Deputy First Second Federal State Executive Senior Special Permanent Chief
    Acting Interim Defence Defense Finance Trade Home External Affairs Under Assistant Principal
    Grand Crown High National Security Supreme Royal Economy Interior Justice Health Energy Culture
    Education Environment Agriculture Commerce Industry Labour Labor Transport International
    Development Cabinet Parliamentary Regional Political Military Presidential Executive Managing
    General Personal Secretary Minister Senior Climate Economic Science Technology Digital Veterans
    Homeland Treasury Cooperation Relations Communications Information Foreign-Affairs Joint Lead
    Chief-of-Staff Press Majority Minority House Party Central Standing Bureau Politburo Committee
    Commission Council Office Trade Women Equalities
    """
)

#: Nouns of the complement of a title ("of State", "for Foreign Affairs", "of the CPC Central Committee").
COMPLEMENT_WORDS: frozenset[str] = _wordset(
    """
    Sport Sports Youth Tourism Fisheries Forestry Mines Mining Water Housing Infrastructure Rural Urban
    Family Families Children Gender Equality Human Rights Minorities Religious Heritage Arts Media
    Broadcasting Telecommunications Railways Aviation Shipping Maritime Ports Oceans Food Nutrition
    Immigration Citizenship Integration Disaster Emergency Emergencies Reconstruction Europe Trade
    Enterprise Business Competition Consumer Resources Natural Petroleum Oil Gas Power Electricity
    Budget Revenue Taxation Customs Statistics Census Elections Police Prisons Correctional Veterans
    Indigenous Aboriginal Northern Southern Eastern Western Outer Space Research Universities Schools
    Skills Training Work Pensions Levelling Communities Local Net Zero Innovation Emigration Expatriates
    Diaspora Nationals Abroad Overseas Francophonie Solidarity Reconciliation
    State Foreign Affairs Commonwealth Development Defence Defense Finance Trade Women Equalities
    Home Interior Economy Republic Kingdom Federation Commission Committee Council Office Bureau
    Central Political Security National People's Party Congress Ministry Department Government Union
    Parliament Assembly Cabinet Cooperation Europe European International Relations Economic
    Industry Energy Health Justice Education Environment Climate Culture Treasury Staff Armed Forces
    Policy Planning Presidency Presidium Standing Supreme Legislative Executive Communist Leading
    Group Affairs Commerce Investment Agriculture Science Technology Transport Tourism Labour Labor
    Employment Welfare Social Public Works Communications Information Digital Innovation Interior
    Internal External Overseas Migration Asylum Intelligence Homeland Veterans Commerce Industry
    Nations General Secretariat Organization Organisation Area Region Regions Province Pacific
    Atlantic Indo-Pacific Asia Africa America Americas Middle East Gulf Islands Island Peace Process
    Consular Protocol Senate House Representatives Duma Majlis Lords Commons Federal Emirates Crown
    Court Court Navy Army Air Force Guard Nuclear Energy Agency Bank Fund Chiefs Joint Operations
    Administration Authority Legislature Deputies Delegation Mission
    Service Services Board Management Monitoring Territory Territories Oblast Krai Okrug Highways
    Refugees Transformation Epidemiology Microbiology Healthcare Cybersecurity Activities Cyber
    Emerging Critical Technologies Financial Monetary Fiscal Confederation
    Bundestag Bundesrat Knesset Sejm Senat Storting Stortinget Riksdag Eduskunta Folketing Althing
    Rada Verkhovna Oireachtas Dáil Dail Seanad Diet Sabor Saeima Seimas Riigikogu Skupstina
    Skupština Sobranie Jirga Lok Rajya Sabha Khural Mejlis Shura Cortes Congreso Nationalrat Yuan
    """
)

#: Honorifics and courtesy forms dropped from names ("Mr.", "H.E.", "Shri", "the Rt Hon").
HONORIFICS: frozenset[str] = _wordset(
    """
    Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame H.E. HE Excellency His Her
    Their Majesty Highness Royal Honorable Honourable Honorable. Hon Hon. Rt Rt. Right Shri Sri Smt
    Smt. Shrimati Madam Madame Mme Mme. Mons Monsieur Senor Señor Herr Frau Dato Datuk Sri Dato'
    Datuk' Datin Seri Utama Setia Paduka Tun Pehin Awang Dayang Haji Hajji Hajjah Alhaji Bapak Ibu Sh
    Sh. Mx Mx. Makhdoom Amb Amb.
    """
)

#: Two-word styles whose first word alone is a common family name: "Tan Sri" is a style, "Tan" a name.
_STYLE_PAIRS: dict[str, frozenset[str]] = {"Tan": frozenset(("Sri", "Seri")), "Toh": frozenset(("Puan",))}

#: Month names that are also given names ("Jan Novak", "Theresa May"): part of a name between names.
_MONTH_NAMES_OF_PEOPLE = frozenset(("Jan", "April", "May", "June", "August"))
#: Words before a month that make it a date ("in May", "since June", "early August").
_DATE_LEAD = _wordset(
    """
    in on of since until till by from early late mid last next this during through before after
    """
)

#: Last parts of hyphenated titles: "President-Elect", "Prime Minister-Designate".
_TITLE_SUFFIXES = frozenset(("Elect", "Designate", "Delegate"))

#: Particles after which the next word is a parent's name, whatever else it can be ("bin Sultan").
_PATRONYMIC = frozenset(("bin", "ibn", "bint", "binti", "ben"))

#: Family words after which a single given name is a person ("his daughter Mira").
KINSHIP: frozenset[str] = _wordset(
    """
    daughter son wife husband brother sister mother father widow widower uncle aunt cousin
    """
)

#: Lower-case particles inside names ("al-Rashid", "bin Khalid", "van der Berg", "da Costa").
PARTICLES: frozenset[str] = _wordset(
    """
    al el ad ash as bin bint ibn abu van von der den de da di du del della dos das la le ul ur ben
    """
)

#: Capitalised words that are never part of a person's name: headline verbs and nouns, page
#: furniture, names of things ("Forum", "Initiative"), sentence-initial function words.
NOT_NAME: frozenset[str] = _wordset(
    """
    The This That These Those A An In On At By For From With Without During After Before Since Until
    Both They He She His Her Hers Their Its It We Our You Your I Today Yesterday Tomorrow Tonight
    Earlier Later Also Furthermore Moreover However Meanwhile Finally Additionally Separately
    Further Then When While As If Although Though Following According Speaking Turning Looking
    Noting Stressing Thanking Welcoming Concerning Regarding Under Over Among Between Against
    Through Within Upon Such Each Every All Some No Not Only Other Another Most More Many Several
    Here There What Which Who Whom Whose Why How Where And Or But So Yet Nor Of To Up Out Off Via
    Per Re Dear Please Thank Thanks Hello Hi Good Speaks Spoke Speak Holds Held Hold Has Had Have
    Meets Met Meet Talks Talk Talked Calls Call Called Phone Phones Telephone Telephonic
    Conversation Conversations Receives Received Visits Visit Visited Sends Sent Exchanges Exchanged
    Congratulates Congratulated Hosts Hosted Attends Attended Readout Readouts Statement Statements
    Press Release Releases Meeting Meetings Video Virtual Conference Conferences Summit Summits
    Dialogue Consultations Request Initiative Remarks Interview Briefing Transcript Address Weekly
    Message Messages Letter Letters Talks Joint Bilateral Trilateral Call Calls Videoconference
    Teleconference Discussion Discussions Discusses Discussed Welcomes Condemns Reaffirms Affirms
    Agrees Urges Says Said Stresses Notes Marks Launches Signs Signed Announces New Free Open
    Special Strategic Partnership Framework Agreement Agreements Global Coalition Forum Belt Road
    Black Sea Grain World Cup Cricket Treaty Plan Action Comprehensive Resolution Charter Security
    Council Assembly United Nations Islamic Middle East West North South Asia Pacific Atlantic Indo-
    Pacific Island Islands Peninsula Strait Gulf Ocean River Lake Mount Airport Palace House Hall
    Hotel Villa Kremlin Embassy Consulate Mission Day Week Year Era Century Thought Socialism
    Characteristics Communist Party Congress Government Ministry Department Office Bureau Agency
    Center Centre Institute University College School Foundation Fund Bank Company Corporation Group
    Shoal Shoals Reef Reefs Bay Cape Canal Valley Desert Coast Border Harbour Harbor Heights Hill Hills
    Plateau Mountains Range Basin Corridor Atoll Archipelago Sound Lagoon Falls Park Stadium Tower
    Interest Organization Organisation Union Alliance Federation Republic Kingdom Commonwealth
    Community Association Committee Commission Court Parliament Senate News Media Relations Affairs
    Program Programme Project Zone Area Region Province City County District Square Street Avenue
    Bridge Port Games Olympic Olympics Expo Festival Award Prize Protocol Accord Accords Communique
    Communiqué Declaration Memorandum Act Law Constitution Convention Standby Arrangement Facility
    Economic Trade Investment Ministerial Session Round Format Mechanism Quad Leaders Heads Reform
    Vision Strategy Policy Doctrine Team Force Forces Army Navy Guard Military Additional Advanced
    Materials Settings Home Events Contact Links Website Email E-mail Tel Fax Print Share Back Top
    Related Latest Original Article Link Printable Version Officer Information Flag Arms Anthem
    Diplomatic Submit Politics Asset Publisher Suggest Friend Click Urdu Bengali Gujarati Kannada
    Malayalam Odia Punjabi Tamil Telugu Assamese Hindi Write Comment Post Name Verification Code
    Photo Source Category Tags Tag Posted Updated Published Editor Reporter Staff Desk Wire Agency
    Times Post Daily Herald Tribune Gazette Journal Chronicle Standard Express Observer Guardian
    Telegraph Independent Mirror Star Sun Global Federal Central Regional Provincial Municipal Local
    Public Private Royal Imperial Supreme Senior Coronavirus COVID Covid Pandemic Ministers
    Presidents Secretaries Officials Delegation Delegations Spokespersons Affairs Cooperation
    Development Foreign Defence Defense Finance Interior Justice Health Energy Culture Education
    Environment Agriculture Commerce Industry Labour Labor Transport International National
    Political Standing Permanent Executive Legislative Judicial Consular Peace Process Protocol
    Excellency Majesty Highness Secretariat Presidency Cabinet Council Duma Majlis Lords Commons
    Chamber Representatives Deputies Congress Legislature Authority Administration Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun Tues Thur Thurs January
    February March April May June July August September October November December Jan Feb Mar Apr
    Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Winter Christmas Easter Ramadan Eid Diwali
    Mr Mrs Ms Dr Prof Sir Dame Shri Smt Guest Guests Counterpart Counterparts Colleague Colleagues
    Host Hosts Visitor Visitors Asian African European Arab Nordic Baltic Caribbean Balkan Eurasian
    Latin Mediterranean Scandinavian Southeast Northeast Southwest Northwest Masjid Mosque Church
    Cathedral Temple Synagogue Shrine Basilica Monastery Aides Station Travels Travel Traveled
    Travelled Celebrates Celebrate Approves Approved Takes Took Continues Continue Delivers Delivered
    Joins Joined Tours Toured Honors Honours Praises Commends Reviews Leads Opens Chairs Chaired
    Addresses Addressed Participates Participated Returns Returned Arrives Arrived Departs Departed
    Nominates Nominated Appoints Appointed Issues Issued Proclaims Declares Declared Prohibit Prohibits
    """
)

_ABBREVIATIONS: frozenset[str] = _wordset(
    """
    Mr Mrs Ms Dr Prof Jr Sr St Hon Rt Sec Gen Lt Col Maj Capt Sgt Adm Gov Sen Rep Amb Smt Mme Messrs
    No Nos Vol Dept Govt Inc Ltd Co Corp vs etc
    """
)

# A word: letters/digits with inner apostrophes, hyphens and (abbreviation) periods; a trailing
# apostrophe before a space is kept ("Shia'"), a trailing period is decided afterwards.
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*(?:['’](?=\s)|\.)?|[^\w\s]")
_SPACE = re.compile(r"\s+")
_COUNTRY_SPANS = re.compile(f"{COUNTRY_PATTERN}|{DEMONYM_PATTERN}")


@attrs.frozen
class Token:
    """A word or punctuation mark with its offsets in the scanned text."""

    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without a possessive ending or a trailing period ("Gruber's" → "Gruber")."""
        word = self.text
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        elif word.endswith(("s'", "s’")):
            word = word[:-1]
        return word.rstrip(".") if word.endswith(".") and word.count(".") == 1 else word

    @property
    def possessive(self) -> bool:
        """True for "Gruber's" / "Powers'"."""
        return self.text.endswith(("'s", "’s", "s'", "s’"))

    @property
    def is_word(self) -> bool:
        """True unless the token is punctuation."""
        return self.text[0].isalnum()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word and punctuation tokens with offsets.

    A period stays on a token only where it marks an abbreviation or an initial ("Mr.", "R.",
    "U.S."); a sentence's final period becomes its own token.
    """
    tokens: list[Token] = []
    for m in _WORD.finditer(text):
        word = m.group()
        start, end = m.start(), m.end()
        if not len(tokens) % 1024:
            check()
        if len(word) > 1 and word.endswith(".") and word[0].isalnum():
            stem = word[:-1]
            keep = (
                stem in _ABBREVIATIONS
                or (len(stem) == 1 and stem.isupper())
                or "." in stem
                or stem in HONORIFICS
            )
            if not keep:
                tokens.append(Token(stem, start, end - 1))
                tokens.append(Token(".", end - 1, end))
                continue
        tokens.append(Token(word, start, end))
    return tokens


@lru_cache(maxsize=65536)  # names recur through a page: each is folded once
def fold(text: str) -> str:
    """Case- and accent-folded form for comparing names ("Núñez" == "NUNEZ")."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACE.sub(" ", stripped.replace("’", "'")).strip().casefold()


def slug(text: str) -> str:
    """A lowercase id: "Ana Ruiz" → "ana-ruiz", "The Prime Minister" → "the-prime-minister".

    Names in other scripts keep their letters: "山田花子" stays, "アンナ・シュミット" → "アンナ-シュミット".
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not value or len(value) < len(re.sub(r"\W", "", text)) // 2:
        value = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", text).lower()).strip("-")
    return value or "participant"


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The folded family name: "Mark T. Lowe, Jr." → "lowe", "TANAKA Hiroshi" → "tanaka"."""
    words = [w for w in re.split(r"[\s,]+", name) if w]
    words = [w for w in words if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
    if not words:
        return ""
    # Japanese order: a surname in capitals comes first.
    for word in words:
        if len(word) > 1 and word.isupper() and word.isalpha():
            return fold(word)
    last = words[-1]
    return fold(last.split("-")[-1] if last.lower().startswith(("al-", "el-")) else last)


_TITLE_ABBREVIATIONS = {
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "Sec.": "Secretary",
    "Sec": "Secretary",
}


def normalise_title(title: str) -> str:
    """A title with abbreviations spelt out and case folded, for comparing titles across mentions."""
    words = [_TITLE_ABBREVIATIONS.get(w, w) for w in title.split()]
    return fold(" ".join(words))


# ---------------------------------------------------------------------------------------------
# Word classes


@attrs.frozen
class Lexicon:
    """The word lists in force: the generic ones plus a profile's additions."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]


@lru_cache(maxsize=64)
def lexicon(extra_titles: tuple[str, ...] = (), extra_honorifics: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon with a profile's extra title heads and honorifics (cached per profile)."""
    heads = set(TITLE_HEADS)
    modifiers = set(TITLE_MODIFIERS)
    for title in extra_titles:
        words = title.split()
        if words:
            heads.add(words[-1])
            modifiers.update(words[:-1])
    return Lexicon(frozenset(heads), frozenset(modifiers), HONORIFICS | frozenset(extra_honorifics))


def is_title_word(word: str, lex: Lexicon | None = None) -> bool:
    """True when ``word`` can be part of a title ("Minister", "Foreign", "Deputy")."""
    lex = lex or lexicon()
    return word in lex.heads or word in lex.modifiers


def _is_honorific(tok: Token, lex: Lexicon) -> bool:
    text = tok.text.replace("’", "'")
    return text in lex.honorifics or text.rstrip(".") in lex.honorifics or text.rstrip("'") in lex.honorifics


def _honorific_at(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """True when the token at ``i`` is a style, not a name: an honorific ("Dato’", "Seri", "H.E."),
    or the first word of a two-word style ("Tan" in "Tan Sri", though "Tan" alone is a family name)."""
    if _is_honorific(tokens[i], lex):
        return True
    follow = _STYLE_PAIRS.get(tokens[i].text)
    return follow is not None and i + 1 < len(tokens) and tokens[i + 1].bare in follow


def _month_name_of_person(tokens: Sequence[Token], i: int, lex: Lexicon, *, inside: bool) -> bool:
    """True when a month word is a given name or family name: "Jan" before a name ("Jan Novak",
    not after "in" or a figure), "May" after one ("Theresa May", not before a figure)."""
    tok = tokens[i]
    if tok.bare not in _MONTH_NAMES_OF_PEOPLE:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (
        nxt.text[0].isdigit() or (nxt.text == "," and i + 2 < len(tokens) and tokens[i + 2].text[0].isdigit())
    ):
        return False
    if inside:
        return True
    prev = tokens[i - 1] if i >= 1 else None
    if prev is not None and (prev.text.lower() in _DATE_LEAD or prev.text[0].isdigit()):
        return False
    return nxt is not None and not tok.possessive and _name_like(nxt, lex)


def _country_word(tok: Token) -> str | None:
    """The code when the token is a country, organisation or demonym word ("Russian", "France's")."""
    word = tok.text
    if not word[0].isupper():
        return None
    return country_from_demonym(word)


def _name_like(tok: Token, lex: Lexicon) -> bool:
    """True when a token can be part of a person's name."""
    word = tok.text
    if not word[0].isalpha():
        return False
    bare = tok.bare
    if not bare:
        return False
    if bare in NOT_NAME or bare in lex.heads or bare in lex.modifiers or bare in COMPLEMENT_WORDS:
        return False
    if _is_honorific(tok, lex):
        return False
    if "-" in bare and all(
        part in lex.heads or part in lex.modifiers or part in _TITLE_SUFFIXES for part in bare.split("-")
    ):
        # "President-Elect", "Minister-Counsellor": a title ("Amir-Abdollahian" is a name).
        return False
    return _name_word(word, bare)


@lru_cache(maxsize=8192)
def _name_word(word: str, bare: str) -> bool:
    """The context-free part of ``_name_like`` (memoised per word: it is called for every token)."""
    if bare.lower() in PARTICLES and word.islower():
        return True
    if "-" in bare and bare.split("-", maxsplit=1)[0].lower() in PARTICLES:
        return bare.split("-", 1)[1][:1].isupper()
    if "-" in bare and not all(part[:1].isupper() for part in bare.split("-") if part):
        # "Washington-based", "Good-neighborliness": a compound word, not a name.
        return False
    if not bare[0].isupper():
        return False
    if any(ch.isdigit() for ch in bare):
        return False
    if len(bare) > 5 and bare.lower().endswith(_NOUN_ENDINGS):
        # "Protection", "Championship", "Epidemiology", "Society": English nouns, never names.
        return False
    if country_from_demonym(bare) is not None or country_from_name(bare) is not None:
        return False
    if bare.endswith("s") and country_from_demonym(bare[:-1]) is not None:
        # "Armenians", "Kenyans": a people, not a person.
        return False
    # A hyphenated pair of countries ("China-Russia", "Pak-U.S.") is not a name.
    return not ("-" in bare and any(country_from_demonym(part) for part in bare.split("-")))


#: Endings of English abstract nouns that no personal name has.
_NOUN_ENDINGS = ("tion", "sion", "ness", "ism", "ship", "ogy", "ity", "ities", "iety")
#: A two-syllable given name joined by a hyphen ("Tae-yul", "Jong-un"), after a family name.
_SYLLABLE_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")
#: Second parts of ordinary hyphenated English words ("Ruiz-led", "Oslo-based").
_COMPOUND_ENDS = _wordset("based led run term level owned like wide made born style type year day long")


def _syllable_name(word: str) -> bool:
    return bool(_SYLLABLE_NAME.fullmatch(word)) and word.split("-")[1] not in _COMPOUND_ENDS


def _is_initial(tok: Token) -> bool:
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text.endswith(".")


# ---------------------------------------------------------------------------------------------
# Name runs


@attrs.frozen
class Run:
    """A run of name tokens: ``tokens[first:last]`` (``last`` exclusive) and the name as written."""

    first: int
    last: int
    name: str
    start: int
    end: int


def country_tokens(tokens: Sequence[Token], text: str) -> set[int]:
    """Indices of tokens inside a country, organisation or demonym phrase ("United States of America")."""
    found: set[int] = set()
    i = 0
    for m in _COUNTRY_SPANS.finditer(text):
        check()
        a, b = m.start(), m.end()
        while i < len(tokens) and tokens[i].end <= a:
            i += 1
        k = i
        while k < len(tokens) and tokens[k].start >= a and tokens[k].end <= b + 2:
            if tokens[k].is_word:
                # A comma after the country ("of Kenya, and") is not part of its name.
                found.add(k)
            k += 1
    return found


def name_runs(
    tokens: Sequence[Token], text: str, lex: Lexicon | None = None, countries: set[int] | None = None
) -> list[Run]:
    """Maximal runs of name-like tokens, with a ", Jr." suffix kept; no validity check yet."""
    lex = lex or lexicon()
    if countries is None:
        countries = country_tokens(tokens, text)
    runs: list[Run] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not i % 256:
            check()
        tok = tokens[i]
        starts = _name_like(tok, lex) or _month_name_of_person(tokens, i, lex, inside=False)
        if i in countries or not starts or tok.text.islower() or _honorific_at(tokens, i, lex):
            i += 1
            continue
        # All-capital words are acronyms unless they stand beside an ordinary capitalised word.
        j = i
        while j < n:
            t = tokens[j]
            if j == i or (j not in countries and _month_name_of_person(tokens, j, lex, inside=True)):
                j += 1
                if t.possessive:
                    break
                continue
            if j not in countries and _name_like(t, lex) and not _honorific_at(tokens, j, lex):
                named_next = j + 1 < n and (
                    _name_like(tokens[j + 1], lex)
                    or (t.text in _PATRONYMIC and tokens[j + 1].text[:1].isupper())
                )
                if t.text.islower() and not named_next:
                    break
                j += 1
                if t.possessive:
                    break
                continue
            if _is_initial(t) and j + 1 < n and _name_like(tokens[j + 1], lex):
                j += 1
                continue
            if j > i and j not in countries and _syllable_name(t.bare):
                # "Cho Tae-yul", "Kim Jong-un": a hyphenated given name with a lowercase syllable.
                j += 1
                continue
            if j > i and t.text[:1].isupper() and tokens[j - 1].text in _PATRONYMIC:
                # "bin Sultan", "ibn Said": after "son of", a title word is a father's name.
                j += 1
                continue
            break
        last = j
        glue = i - 2 if i >= 3 and tokens[i - 1].text == "the" else i - 1
        if (
            glue >= 1
            and tokens[glue].text in ("for", "of", "and")
            and (tokens[glue - 1].bare in lex.heads or tokens[glue - 1].bare in COMPLEMENT_WORDS)
            and last - i == 1
        ):
            # "Minister for Sport", "Foreign Affairs and Emigration", "Chairman of the Workers’
            # Party": a one-word part of a title.
            i = last
            continue
        # Suffixes: "Lowe, Jr." / "Lowe Jr."
        if last < n and tokens[last].text.rstrip(".") in ("Jr", "Sr"):
            last += 1
        elif last + 1 < n and tokens[last].text == "," and tokens[last + 1].text.rstrip(".") in ("Jr", "Sr"):
            last += 2
        words = tokens[i:last]
        caps = [w for w in words if w.bare.isupper() and len(w.bare) > 1]
        if caps and len(caps) == len([w for w in words if w.is_word]):
            # Only capitals: an acronym such as "CPC" or "ISIS", not a name.
            i = last
            continue
        name = text[tokens[i].start : tokens[last - 1].end]
        if tokens[last - 1].possessive:
            name = name[:-2] if name.endswith(("'s", "’s")) else name[:-1]
        runs.append(Run(i, last, name.strip(), tokens[i].start, tokens[i].start + len(name.strip())))
        i = last
    return runs


# ---------------------------------------------------------------------------------------------
# Mentions


@attrs.frozen
class Mention:
    """A person (or an unnamed office-holder) mentioned in a stretch of text.

    Attributes:
        name: the name as written, or None for an office named only by its title.
        titles: titles as written, in order.
        country: code from a demonym, "of <Country>" or "<Country>'s" in the mention, if any.
        start, end: character offsets of the whole mention in the scanned text.
        office: for an unnamed office-holder, the title that names it ("Prime Minister").
        first_token, last_token: token span of the mention.
    """

    name: str | None
    titles: tuple[str, ...]
    country: str | None
    start: int
    end: int
    office: str | None = None
    first_token: int = 0
    last_token: int = 0
    name_start: int = -1


#: Last words of names of organisations, buildings and places: the capitalised words before them
#: are part of that name, not a person ("Rescue Coordination Centre", "Thomas Shoal").
_ORG_WORDS = _wordset(
    """
    Centre Center Institute University College School Foundation Fund Bank Company Corporation
    Group Forum Council Committee Commission Agency Office Ministry Department Organization
    Organisation Union Alliance Association Programme Program Initiative Project Airport Palace
    Hall Hotel Shoal Shoals Reef Strait Sea Island Islands Bay Port Square Street Avenue Bridge
    Stadium Park Museum Library Hospital Authority Corridor Summit Conference Dialogue Declaration
    Agreement Treaty Doctrine Plan Strategy Award Prize Festival Games Cup Party Movement Front Day
    """
)

#: Offices that belong to one organisation whatever the text says around them.
_ORG_TITLES: tuple[tuple[str, str], ...] = (("High Representative", "EU"), ("HR/VP", "EU"))

_LEFT_GLUE = frozenset(("of", "for", "the", "and", "&", "on", "in", "/"))
#: Prepositions before a place: a name right after one is a place unless a title says otherwise.
_PLACE_PREPOSITIONS = frozenset(
    ("in", "at", "near", "into", "across", "via", "outside", "inside", "around", "throughout", "on")
)
#: Royal and religious styles that start a new title after another ("Foreign Minister Prince ...").
_STYLE_HEADS = frozenset(
    ("Prince", "Princess", "Sheikh", "Sheikha", "King", "Queen", "Emir", "Amir", "Sultan")
)
#: Heads of posts accredited "to" a country ("Ambassador to China"): the country is the post's.
_ENVOY_HEADS = frozenset(
    ("Ambassador", "Envoy", "Representative", "Consul", "Consul-General", "Chargé", "Adviser", "Advisor")
)
#: Words before a style head that make one title with it ("Crown Prince", "Grand Duke").
_STYLE_PREFIXES = frozenset(("Crown", "Grand", "Royal"))
_LEFT_STOPS = frozenset(("by", "with", "from", "to", "met", "and", "called", "between", "received"))


def _title_start(tok: Token, lex: Lexicon) -> bool:
    return tok.bare in lex.heads or tok.bare in lex.modifiers


def _has_head(tokens: Sequence[Token], lex: Lexicon) -> bool:
    return any(t.bare in lex.heads for t in tokens)


def _split_titles(tokens: Sequence[Token], text: str, lex: Lexicon) -> list[tuple[list[Token], str | None]]:
    """Split a title phrase at commas and "and" where a new title starts.

    Returns chunks of tokens, each with a country code from a leading demonym when it had one
    (the demonym itself is dropped from the chunk).
    """
    chunks: list[list[Token]] = [[]]
    for idx, tok in enumerate(tokens):
        nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
        if (
            tok.bare in _STYLE_HEADS
            and chunks[-1]
            and chunks[-1][-1].text not in ("of", "for", "the")
            and chunks[-1][-1].bare not in _STYLE_PREFIXES
        ):
            chunks.append([tok])
            continue
        if (
            tok.bare in lex.heads
            and chunks[-1]
            and any(t.text in ("of", "for") for t in chunks[-1])
            and chunks[-1][-1].text not in ("of", "for", "the", "and", "&", ",")
            and chunks[-1][-1].bare not in lex.heads
        ):
            # A head right after a complement starts another title: "Minister for Trade Senator".
            chunks.append([tok])
            continue
        if tok.text in (",", "and", "&") and nxt is not None and chunks[-1]:
            # "Commonwealth and Development Affairs" continues; "and Foreign Minister" starts anew.
            rest = tokens[idx + 1 :]
            starts_title = _title_start(nxt, lex) and _has_head(_until_complement(rest), lex)
            if starts_title and _has_head(chunks[-1], lex):
                chunks.append([])
                continue
            if tok.text == "," and nxt.text == "and":
                continue
        chunks[-1].append(tok)
    out: list[tuple[list[Token], str | None]] = []
    for raw in chunks:
        chunk = raw
        country: str | None = None
        while chunk and chunk[-1].text in (",", "and", "&", "the", "of", "for"):
            chunk = chunk[:-1]
        # Drop leading words that are not title words: articles, demonyms, organisation names
        # ("French Foreign Ministry Secretary General" → "Secretary General").
        dropped: list[Token] = []
        while chunk and not _is_title_core(chunk, lex):
            code = _country_word(chunk[0])
            if code and country is None:
                country = code
            dropped.append(chunk[0])
            chunk = chunk[1:]
        if country is None and len(dropped) > 1:
            # A country's name in several words: "the United Kingdom's Secretary", "African Union
            # Commission Chairperson" (the organisation's words before the title's modifiers).
            country = country_from_name(_chunk_text(dropped, text))
        while chunk and chunk[-1].text in (",", "and", "&", "the", "of", "for"):
            chunk = chunk[:-1]
        if chunk and _has_head(chunk, lex):
            out.append((chunk, country))
    return out


def _own_titles(
    chunks: list[tuple[list[Token], str | None]], text: str
) -> list[tuple[list[Token], str | None]]:
    """The titles that are the person's: after the last one of another country.

    "between the President of the Russian Federation, President of the Republic of Azerbaijan
    Ilham Aliyev": the first office is another person's, named without a name.
    """
    codes = [demonym or _complement_country(chunk, text)[0] for chunk, demonym in chunks]
    last = codes[-1] if codes else None
    if last is None:
        return chunks
    start = 0
    for index, code in enumerate(codes[:-1]):
        # An organisation's office beside a state's ("Chairperson of the African Union, President
        # of Senegal") is one person's double role.
        if code is not None and code != last and not {code, last} & ORGANISATION_CODES:
            start = index + 1
    return chunks[start:]


def _is_title_core(chunk: Sequence[Token], lex: Lexicon) -> bool:
    """True when the words before the complement are all title words and end in a head."""
    core = _until_complement(chunk)
    return (
        bool(core) and all(t.text == "/" or _title_start(t, lex) for t in core) and core[-1].bare in lex.heads
    )


def _until_complement(tokens: Sequence[Token]) -> list[Token]:
    """The tokens of a title before its "of"/"for"/"to"/"on" complement."""
    out: list[Token] = []
    for tok in tokens:
        if tok.text in ("of", "for", "to", "on", ",", "and"):
            break
        out.append(tok)
    return out


def _followed_by_comma(tok: Token, tokens: Sequence[Token]) -> bool:
    """True when ``tok`` is directly followed by a comma in ``tokens``."""
    for index, candidate in enumerate(tokens[:-1]):
        if candidate is tok:
            return tokens[index + 1].text == ","
    return False


def _complement_country(chunk: Sequence[Token], text: str) -> tuple[str | None, int | None]:
    """Country code of a trailing "of <Country>" in a title and the token index where it starts.

    An institution named by its country ("of the German Bundestag", "of the UAE Armed Forces")
    gives the country too, with no index: it stays part of the title.
    """
    for idx, tok in enumerate(chunk):
        if tok.text != "of":
            continue
        tail = text[chunk[idx + 1].start : chunk[-1].end] if idx + 1 < len(chunk) else ""
        code = country_from_name(tail)
        if code:
            return code, idx
    for idx, tok in enumerate(chunk[:-2]):
        if tok.text != "of":
            continue
        rest = list(chunk[idx + 2 :] if chunk[idx + 1].text == "the" else chunk[idx + 1 :])
        code = _country_word(rest[0]) if len(rest) > 1 else None
        if code and not rest[0].possessive and all(t.text[:1].isupper() for t in rest[1:]):
            return code, None
        # "Adviser to the Prime Minister of the Czech Republic on Foreign Policy": the country
        # ends where the lowercase words of the rest of the title start.
        cut = next((k for k, t in enumerate(rest) if t.text[:1].islower()), len(rest))
        if 0 < cut < len(rest):
            code = country_from_name(_chunk_text(rest[:cut], text))
            if code:
                return code, None
    return None, None


def _chunk_text(chunk: Sequence[Token], text: str) -> str:
    return text[chunk[0].start : chunk[-1].end].strip(" ,")


def _left_phrase(tokens: Sequence[Token], first: int, taken: set[int], lex: Lexicon) -> tuple[int, int]:
    """Token span ``[begin, end)`` of the title phrase (and honorifics) right before a name run.

    Walks left over title words, complement words, commas and glue words; stops at a verb or
    preposition, at another name, at a digit or at punctuation other than a comma.
    """
    end = first
    # Honorifics stand between the title and the name: "Prime Minister Shri Rhea Das".
    k = first - 1
    while k >= 0 and _honorific_at(tokens, k, lex):
        k -= 1
    begin = k + 1
    j = k
    while j >= 0:
        tok = tokens[j]
        if j in taken:
            break
        word = tok.text
        if word == ",":
            # "the Prime Minister of Norway, Jonas Berg": a comma right before the name is fine;
            # further left, a comma separates titles ("Member of ..., State Councilor").
            if j - 1 >= 0 and tokens[j - 1].is_word and tokens[j - 1].text[0].isupper():
                j -= 1
                continue
            break
        if word == "/" and j - 1 >= 0 and tokens[j - 1].text[:1].isupper():
            j -= 1
            continue
        if word == ")" and j >= 2 and tokens[j - 2].text == "(" and tokens[j - 1].bare.isupper():
            # "Secretary General of the Black Sea Economic Cooperation (BSEC) Asaf Hajiyev".
            j -= 3
            continue
        if not tok.is_word or word[0].isdigit():
            break
        if word == "to" and j - 1 >= 0 and tokens[j - 1].bare in _ENVOY_HEADS:
            # "Ambassador to China Aires Ali": the post's complement, not the person's country.
            j -= 1
            continue
        if word in _LEFT_GLUE:
            if word == "and" and not (j - 1 >= 0 and tokens[j - 1].text[:1].isupper()):
                break
            if (
                word == "and"
                and j + 1 < len(tokens)
                and (tokens[j + 1].text in ("the", "The") or _country_word(tokens[j + 1]))
            ):
                # "The Foreign Secretary and Kenyan Foreign Minister Paul Kiptoo": two people.
                break
            j -= 1
            continue
        if word[0].isupper() or "-" in word:
            if _honorific_at(tokens, j, lex) and word.lower() not in ("his", "her"):
                j -= 1
                continue
            j -= 1
            continue
        break
    begin = j + 1
    # Trim to start at the first title word or demonym (drop sentence openers such as "On").
    span = list(range(begin, k + 1))
    while span and tokens[span[0]].text in _LEFT_GLUE | {","}:
        span = span[1:]
    # Lowercase words inside a complement: "President of the Washington-based think tank Center ...".
    if span and not _has_head([tokens[i] for i in span], lex):
        ext = begin - 1
        steps = 0
        while (
            ext >= 0
            and steps < 8
            and ext not in taken
            and tokens[ext].is_word
            and tokens[ext].text not in _LEFT_STOPS
            and tokens[ext].text not in _PLACE_PREPOSITIONS
        ):
            if (
                tokens[ext].bare in lex.heads
                and ext + 1 < len(tokens)
                and tokens[ext + 1].text in ("of", "for")
            ):
                span = list(range(ext, k + 1))
                break
            ext -= 1
            steps += 1
    if not span:
        return k + 1, end
    return span[0], end


def _right_appositive(
    tokens: Sequence[Token], last: int, lex: Lexicon, runs_at: set[int], countries: set[int]
) -> tuple[list[Token], int, list[Token]]:
    """Title tokens after a name: post-nominals ("MP") and ", Title of Country," appositives.

    Returns (post-nominal tokens, index after the appositive, appositive tokens).
    """
    n = len(tokens)
    post: list[Token] = []
    i = last
    while i < n and tokens[i].text in ("MP", "MEP", "KC", "QC", "OBE", "CMG", "KCMG", "GCMG"):
        post.append(tokens[i])
        i += 1
    if not (i + 1 < n and tokens[i].text == ","):
        return post, i, []
    j = i + 1
    if tokens[j].text in ("the", "The"):
        j += 1
    # A demonym or a country's possessive may open the appositive: ", Australian Foreign
    # Minister,", ", the United Kingdom's Foreign Secretary,".
    if j + 1 < n and _country_word(tokens[j]) and _title_start(tokens[j + 1], lex):
        j += 1
    else:
        k = j
        while k < n and k in countries and not tokens[k].possessive:
            k += 1
        if k + 1 < n and k in countries and tokens[k].possessive and _title_start(tokens[k + 1], lex):
            j = k + 1
    if not (j < n and _title_start(tokens[j], lex)):
        return post, i, []
    appositive: list[Token] = []
    k = i + 1
    while k < n:
        tok = tokens[k]
        if k in runs_at and not (appositive and appositive[-1].text in ("of", "for")):
            # The next person's name: the title words just before it are theirs. A name right
            # after "of" is the complement's place ("Crown Prince of Abu Dhabi").
            while appositive and appositive[-1].text not in (",",):
                appositive.pop()
            break
        if tok.text == ",":
            nxt = tokens[k + 1] if k + 1 < n else None
            if nxt is None:
                break
            if nxt.text[:1].isupper() and (nxt.bare in COMPLEMENT_WORDS or _title_start(nxt, lex)):
                appositive.append(tok)
                k += 1
                continue
            break
        if not tok.is_word or tok.text[0].isdigit():
            break
        if tok.text[0].isupper() or tok.text in ("of", "for", "the", "and", "&"):
            appositive.append(tok)
            k += 1
            continue
        break
    while appositive and appositive[-1].text in (",", "and", "the", "of", "for"):
        appositive.pop()
    if not appositive or not _has_head(appositive, lex):
        return post, i, []
    return post, k, appositive


#: Nouns that name a person by relation, after a demonym: "her Polish counterpart Jan Novak".
_RELATION_NOUNS = frozenset(("counterpart", "colleague", "guest", "host", "visitor"))


def _counterpart_country(tokens: Sequence[Token], first: int) -> str | None:
    """The country of "<Demonym> counterpart <Name>" ("his new Polish counterpart Jan Novak" → PL)."""
    if tokens[first - 1].bare.lower() not in _RELATION_NOUNS:
        return None
    for idx in range(first - 2, max(-1, first - 5), -1):
        tok = tokens[idx]
        code = _country_word(tok)
        if code:
            return code
        if not tok.is_word or tok.text.lower() in ("and", "with", "by", "to", "of"):
            return None
    return None


def _place_of_title(tokens: Sequence[Token], run: Run, run_starts: set[int], lex: Lexicon) -> bool:
    """True for the place of "the Crown Prince of Abu Dhabi, Sheikh Omar Haddad" or "the Mayor
    of Lima, Ana Ruiz": a name after "<title> of" followed by a comma and the holder's name."""
    k = run.first - 1
    if k >= 1 and tokens[k].text == "the":
        k -= 1
    if k < 1 or tokens[k].text != "of" or tokens[k - 1].bare not in lex.heads:
        return False
    j = run.last
    if j >= len(tokens) or tokens[j].text != ",":
        return False
    j += 1
    while j < len(tokens) and (_honorific_at(tokens, j, lex) or tokens[j].bare in _STYLE_HEADS):
        j += 1
    return j in run_starts


#: Short words a Title Case headline leaves in lower case.
_HEADLINE_SMALL = _wordset("a an and as at but by for from in into of on or per the to via vs with")


def _title_case(tokens: Sequence[Token], text: str) -> bool:
    """True for a headline in Title Case: no sentence end, its words (but the small ones) capitalised."""
    if text.rstrip().endswith((".", "!", "?")):
        return False
    words = [t.text for t in tokens if t.is_word and t.text[0].isalpha() and t.text not in _HEADLINE_SMALL]
    if len(words) < 5:
        return False
    # One of its words at least is a headline's noun or verb ("Readout", "Meeting", "Takes"):
    # a list of names and titles alone is not a headline.
    return all(w[0].isupper() for w in words) and any(w in NOT_NAME for w in words)


#: Capitalised words that join the parts of a proper noun's name ("Declaration Against ...").
_PROPER_NOUN_GLUE = frozenset(("Against", "For", "Of", "To", "On", "And", "In", "At", "With"))


def _inside_proper_noun(tokens: Sequence[Token], first: int, left: Sequence[Token], titled: bool) -> bool:
    """True when the run ends a longer proper noun rather than naming a person.

    The word before it is a title's possessive ("the Speaker’s Lunch"), a capitalised word of a
    complement or a joining word ("Naval Air Station Pensacola", "Declaration Against Arbitrary
    Detention"), or a pair of countries ("the U.S.-Palau Compact Review").
    """
    if left and left[-1].possessive:
        return True
    if titled or first < 1:
        return False
    before = tokens[first - 1]
    if not before.is_word or not before.text[0].isupper():
        return False
    if before.bare in _PROPER_NOUN_GLUE:
        # Two capitalised words before it: "the Senate Mitchell Reed" is a person after a title.
        return first >= 2 and tokens[first - 2].is_word and tokens[first - 2].text[0].isupper()
    if "-" in before.bare:
        return all(country_from_demonym(p) for p in before.bare.split("-"))
    # "U.S.-Palau" comes as three tokens.
    return first >= 3 and tokens[first - 2].text == "-" and _country_word(before) is not None


def find_mentions(
    text: str,
    *,
    extra_titles: Iterable[str] = (),
    extra_honorifics: Iterable[str] = (),
    offices: bool = True,
) -> list[Mention]:
    """Every person mention in ``text`` (one sentence or a headline), in order.

    Args:
        text: the text to scan.
        extra_titles: a profile's additional titles ("External Affairs Minister").
        extra_honorifics: a profile's additional honorifics.
        offices: also report offices named without a person ("The Prime Minister").
    """
    lex = lexicon(tuple(extra_titles), tuple(extra_honorifics))
    tokens = tokenize(text)
    countries = country_tokens(tokens, text)
    runs = name_runs(tokens, text, lex, countries)
    headline_case = _title_case(tokens, text)
    mentions: list[Mention] = []
    taken: set[int] = set()
    run_starts = {r.first for r in runs}
    position = {id(t): index for index, t in enumerate(tokens)}
    for run in runs:
        taken.update(range(run.first, run.last))
    claimed: set[int] = set()
    for run in runs:
        check()
        if _place_of_title(tokens, run, run_starts, lex):
            # Its words become part of the next person's title.
            taken.difference_update(range(run.first, run.last))
            continue
        if run.first in claimed:
            # A place inside an earlier mention's appositive ("Crown Prince of Abu Dhabi").
            continue
        # _left_phrase only looks left of the run, so the run's own tokens in ``taken`` never matter.
        begin, _ = _left_phrase(tokens, run.first, taken, lex)
        # Honorifics go, but not a word of a country's name ("Sri" in "of Sri Lanka").
        left = [
            t
            for index, t in enumerate(tokens[begin : run.first], begin)
            if index in countries or not _honorific_at(tokens, index, lex)
        ]
        # "the Prime Minister of India Ana Ruiz" and "Prime Minister of India, Ana Ruiz" keep
        # "of India" in the title; "Prime Minister of India Ana Ruiz" does not.
        had_the = (bool(left) and left[0].text in ("the", "The")) or (
            bool(left) and begin >= 1 and tokens[begin - 1].text in ("the", "The", "visiting")
        )
        had_the = had_the or any(t.text == "," for t in left[-1:])
        preceded = tokens[begin - 1] if begin - 1 >= 0 else None
        honorific_before = begin < run.first and any(
            _honorific_at(tokens, index, lex) for index in range(begin, run.first)
        )
        titles: list[str] = []
        country: str | None = None
        for found, demonym in _own_titles(_split_titles(left, text, lex), text):
            chunk = found
            code, at = _complement_country(chunk, text)
            # A title set off by a comma is an appositive and keeps its country:
            # "Foreign Minister of Ruritania, Prince Ali Haddad".
            set_off = bool(chunk) and _followed_by_comma(chunk[-1], left)
            if code and at is not None and not had_the and not set_off:
                # "Federal Chancellor of Austria Eva Gruber" → "Federal Chancellor".
                chunk = chunk[:at]
            country = country or demonym or code
            if chunk:
                titles.append(_chunk_text(chunk, text))
        # A possessive country or a demonym right before the title: "Brazil's Minister Vieira".
        # A country further off ("Ruritania: High Representative ...", a headline's topic) is not his.
        if country is None:
            for idx in range(max(0, begin - 2), run.first):
                t = tokens[idx]
                if idx < begin and not (t.possessive or idx == begin - 1):
                    continue
                if not titles and idx < run.first - 1 and not t.possessive:
                    # No title: only a demonym right before the name is the person's ("After the
                    # CSTO Summit, Vladimir Putin" is not the CSTO's).
                    continue
                if idx > begin and any(x.text in ("for", "to", "on") for x in tokens[begin:idx]):
                    # "Special Representative for the DPRK Sung Kim": the post's remit, not his country.
                    break
                code = _country_word(t)
                if code:
                    country = code
                    break
        if country is None and begin == run.first and run.first >= 2:
            country = _counterpart_country(tokens, run.first)
        if country is None:
            # An organisation's own office: "High Representative" is the EU's.
            country = next((code for t in titles for key, code in _ORG_TITLES if t.startswith(key)), None)
        # The appositive lies right of the run, so the run's own start never matters there.
        post, _after, appositive = _right_appositive(tokens, run.last, lex, run_starts, countries)
        titles.extend(t.text for t in post)
        if appositive:
            chunks = _split_titles(appositive, text, lex)
            for index, (found, demonym) in enumerate(chunks):
                chunk = found
                code, at = _complement_country(chunk, text)
                if code and at is not None and len(chunks) > 1 and index == len(chunks) - 1:
                    # A country after several titles belongs to them all: strip it.
                    chunk = chunk[:at]
                country = country or demonym or code
                if chunk:
                    titles.append(_chunk_text(chunk, text))
        end_tok = run.last
        # "President Carlos Vega of Peru", "King Harald of Norway's visit".
        if run.last + 1 < len(tokens) and tokens[run.last].text == "of" and not appositive:
            tail = tokens[run.last + 1 : run.last + 6]
            for size in range(len(tail), 0, -1):
                piece = text[tail[0].start : tail[size - 1].end]
                code = country_from_name(piece)
                if code:
                    country = country or code
                    end_tok = run.last + 1 + size
                    break
        single = run.last - run.first == 1 or (
            run.last - run.first == 3 and tokens[run.first + 1].text == ","
        )
        if not honorific_before and run.first >= 1 and tokens[run.first - 1].text in _PLACE_PREPOSITIONS:
            # "Prime Minister of Luxembourg in Kyiv": a place, even after a title.
            continue
        last_word = tokens[run.last - 1].bare
        if (
            not titles
            and not honorific_before
            and run.last - run.first > 1
            and last_word.isupper()
            and len(last_word) > 1
        ):
            # "Defeat ISIS", "Friends of NATO": a name ending in an acronym is an organisation's or a cause's.
            continue
        following = tokens[end_tok] if end_tok < len(tokens) else None
        if following is not None and following.bare in _ORG_WORDS and not titles and not honorific_before:
            # "Rescue Coordination Centre", "Lowe Institute": part of an organisation's or a place's name.
            continue
        if single:
            before = tokens[run.first - 1] if run.first >= 1 else None
            has_title = bool(titles) and bool(left)
            kin = before is not None and before.text.lower() in KINSHIP
            if not (has_title or honorific_before or kin):
                continue
        elif preceded is not None and preceded.text.lower() in ("a", "an") and not left:
            continue
        if not left and not honorific_before and begin >= 1 and tokens[begin - 1].text in ("the", "The"):
            continue
        if not left and run.first >= 1 and tokens[run.first - 1].text in ("the", "The", "a", "an"):
            continue
        if _inside_proper_noun(tokens, run.first, left, bool(titles) or honorific_before):
            continue
        if headline_case and not titles and not honorific_before:
            # In a Title Case headline every word is capitalised: "Takes Action to Prohibit
            # Medical Bills", "Travels to Little Rock". Only a title or a style marks a person there.
            continue
        first_tok = begin if (left or honorific_before) else run.first
        if appositive:
            end_tok = max(end_tok, position[id(appositive[-1])] + 1)
        # Post-nominals ("MP") belong to the mention, so they are not read again as an office.
        end_tok = max(end_tok, run.last + len(post))
        taken.update(range(first_tok, end_tok))
        claimed.update(range(first_tok, end_tok))
        mentions.append(
            Mention(
                name=run.name,
                titles=tuple(dict.fromkeys(titles)),
                country=country,
                start=tokens[first_tok].start,
                end=tokens[end_tok - 1].end,
                first_token=first_tok,
                last_token=end_tok,
                name_start=run.start,
            )
        )
    if offices:
        mentions.extend(_office_mentions(tokens, text, lex, taken, countries))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _of_an_organisation(tokens: Sequence[Token], begin: int) -> bool:
    """True when the office at ``begin`` completes an organisation's name ("Office of the President")."""
    k = begin - 1
    if k >= 0 and tokens[k].text == "the":
        k -= 1
    return k >= 1 and tokens[k].text == "of" and tokens[k - 1].bare in _ORG_WORDS


def _office_mentions(
    tokens: Sequence[Token], text: str, lex: Lexicon, taken: set[int], countries: set[int]
) -> list[Mention]:
    """Offices named without a person: "The Prime Minister", "the President of United States of America"."""
    found: list[Mention] = []
    n = len(tokens)
    i = 0
    while i < n:
        if not i % 256:
            check()
        if i in taken or not _title_start(tokens[i], lex) or not tokens[i].text[0].isupper():
            i += 1
            continue
        begin = i
        # Take a demonym or "the" before the title.
        country: str | None = None
        if begin - 1 >= 0 and begin - 1 not in taken:
            code = _country_word(tokens[begin - 1])
            if code:
                country = code
                begin -= 1
        if begin - 1 >= 0 and tokens[begin - 1].text in ("the", "The") and begin - 1 not in taken:
            begin -= 1
        j = i
        while j < n and j not in taken and _title_start(tokens[j], lex) and tokens[j].text[0].isupper():
            if tokens[j].possessive:
                j += 1
                break
            j += 1
        head_part = tokens[i:j]
        if not head_part or head_part[-1].bare not in lex.heads:
            i = j if j > i else i + 1
            continue
        if _of_an_organisation(tokens, begin):
            # "the Office of the President", "the Administration of the Governor": a body, not a person.
            i = j
            continue
        # Part of a longer proper noun ("United Nations General Assembly") is not an office.
        before = tokens[i - 1] if i >= 1 else None
        after = tokens[j] if j < n else None
        if (
            before is not None
            and before.text[:1].isupper()
            and before.text not in ("The",)
            and i - 1 not in taken
            and not _country_word(before)
            and not _honorific_at(tokens, i - 1, lex)
        ) or (
            after is not None
            and not head_part[-1].possessive
            and after.text[:1].isupper()
            and after.bare not in NOT_NAME
            and j not in taken
        ):
            i = j
            continue
        end = j
        # Complement: "of State", "of United States of America", "for Foreign Affairs".
        if not tokens[end - 1].possessive:
            k = end
            while k + 1 < n and tokens[k].text in ("of", "for") and k not in taken:
                m = k + 1
                if m < n and tokens[m].text == "the":
                    m += 1
                start_m = m
                while (
                    m < n
                    and m not in taken
                    and tokens[m].is_word
                    and tokens[m].text[0].isupper()
                    and (tokens[m].bare in COMPLEMENT_WORDS or m in countries)
                ):
                    m += 1
                    if tokens[m - 1].possessive:
                        break
                # Allow the country name's own "of" ("United States of America").
                while m < n and m in countries:
                    m += 1
                if m == start_m:
                    break
                end = m
                k = m
        chunk = tokens[i:end]
        title = text[chunk[0].start : chunk[-1].end]
        if chunk[-1].possessive:
            title = title[:-2]
        code, _ = _complement_country(chunk, text)
        country = country or code
        had_the = tokens[begin].text in ("the", "The")
        plural = tokens[i].text.endswith("s") and tokens[i].bare not in lex.heads
        if not plural:
            found.append(
                Mention(
                    name=None,
                    titles=(title,),
                    country=country,
                    start=tokens[begin].start,
                    end=chunk[-1].end,
                    office=title,
                    first_token=begin,
                    last_token=end,
                )
            )
        _ = had_the
        i = end
    return found
