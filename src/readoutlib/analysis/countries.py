"""Country names, demonyms and international organisations → ISO 3166-1 alpha-2 / short codes.

Readouts name a side by its country far more often than by anything else ("Russian Foreign
Minister", "President of Turkey", "France's Minister", "the US side"). These tables are generic
world knowledge (no publisher's phrasing), kept as data so the other analysis modules can both look
a word up and build regular expressions from the same lists.

Organisations use their common short code ("UN", "EU", "ASEAN"); note that the African Union's
code "AU" is also Australia's ISO code, as the annotation schema prescribes.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "COUNTRY_PATTERN",
    "DEMONYM_PATTERN",
    "ORGANISATION_CODES",
    "city_of_seat",
    "country_from_demonym",
    "country_from_name",
    "is_country_word",
]

# (code, names, demonyms). Names include common short and official forms; the first name is the
# usual English one. Demonyms are the adjectives used before a title ("Japanese Foreign Minister").
_COUNTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("AF", ("Afghanistan", "Islamic Republic of Afghanistan"), ("Afghan",)),
    ("AL", ("Albania", "Republic of Albania"), ("Albanian",)),
    ("DZ", ("Algeria", "People's Democratic Republic of Algeria"), ("Algerian",)),
    ("AD", ("Andorra",), ("Andorran",)),
    ("AO", ("Angola", "Republic of Angola"), ("Angolan",)),
    ("AG", ("Antigua and Barbuda",), ("Antiguan",)),
    ("AR", ("Argentina", "Argentine Republic"), ("Argentine", "Argentinian")),
    ("AM", ("Armenia", "Republic of Armenia"), ("Armenian",)),
    ("AU", ("Australia", "Commonwealth of Australia"), ("Australian",)),
    ("AT", ("Austria", "Republic of Austria"), ("Austrian",)),
    ("AZ", ("Azerbaijan", "Republic of Azerbaijan"), ("Azerbaijani", "Azeri")),
    ("BS", ("Bahamas", "The Bahamas"), ("Bahamian",)),
    ("BH", ("Bahrain", "Kingdom of Bahrain"), ("Bahraini",)),
    ("BD", ("Bangladesh", "People's Republic of Bangladesh"), ("Bangladeshi",)),
    ("BB", ("Barbados",), ("Barbadian",)),
    ("BY", ("Belarus", "Republic of Belarus"), ("Belarusian", "Belarussian")),
    ("BE", ("Belgium", "Kingdom of Belgium"), ("Belgian",)),
    ("BZ", ("Belize",), ("Belizean",)),
    ("BJ", ("Benin", "Republic of Benin"), ("Beninese",)),
    ("BT", ("Bhutan", "Kingdom of Bhutan"), ("Bhutanese",)),
    ("BO", ("Bolivia", "Plurinational State of Bolivia"), ("Bolivian",)),
    ("BA", ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"), ("Bosnian",)),
    ("BW", ("Botswana", "Republic of Botswana"), ("Botswanan", "Motswana")),
    ("BR", ("Brazil", "Federative Republic of Brazil"), ("Brazilian",)),
    ("BN", ("Brunei", "Brunei Darussalam"), ("Bruneian",)),
    ("BG", ("Bulgaria", "Republic of Bulgaria"), ("Bulgarian",)),
    ("BF", ("Burkina Faso",), ("Burkinabe", "Burkinabè")),
    ("BI", ("Burundi", "Republic of Burundi"), ("Burundian",)),
    ("CV", ("Cabo Verde", "Cape Verde"), ("Cape Verdean", "Cabo Verdean")),
    ("KH", ("Cambodia", "Kingdom of Cambodia"), ("Cambodian",)),
    ("CM", ("Cameroon", "Republic of Cameroon"), ("Cameroonian",)),
    ("CA", ("Canada",), ("Canadian",)),
    ("CF", ("Central African Republic",), ("Central African",)),
    ("TD", ("Chad", "Republic of Chad"), ("Chadian",)),
    ("CL", ("Chile", "Republic of Chile"), ("Chilean",)),
    ("CN", ("China", "People's Republic of China", "PRC", "P.R.C."), ("Chinese",)),
    ("CO", ("Colombia", "Republic of Colombia"), ("Colombian",)),
    ("KM", ("Comoros", "Union of the Comoros"), ("Comorian",)),
    ("CG", ("Republic of the Congo", "Congo-Brazzaville", "Congo"), ("Congolese",)),
    ("CD", ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC", "DR Congo"), ()),
    ("CR", ("Costa Rica", "Republic of Costa Rica"), ("Costa Rican",)),
    ("CI", ("Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Ivory Coast"), ("Ivorian",)),
    ("HR", ("Croatia", "Republic of Croatia"), ("Croatian",)),
    ("CU", ("Cuba", "Republic of Cuba"), ("Cuban",)),
    ("CY", ("Cyprus", "Republic of Cyprus"), ("Cypriot",)),
    ("CZ", ("Czech Republic", "Czechia"), ("Czech",)),
    ("DK", ("Denmark", "Kingdom of Denmark"), ("Danish",)),
    ("DJ", ("Djibouti", "Republic of Djibouti"), ("Djiboutian",)),
    ("DM", ("Dominica", "Commonwealth of Dominica"), ("Dominican",)),
    ("DO", ("Dominican Republic",), ()),
    ("EC", ("Ecuador", "Republic of Ecuador"), ("Ecuadorian", "Ecuadorean")),
    ("EG", ("Egypt", "Arab Republic of Egypt"), ("Egyptian",)),
    ("SV", ("El Salvador", "Republic of El Salvador"), ("Salvadoran", "Salvadorian")),
    ("GQ", ("Equatorial Guinea",), ("Equatoguinean", "Equatorial Guinean")),
    ("ER", ("Eritrea", "State of Eritrea"), ("Eritrean",)),
    ("EE", ("Estonia", "Republic of Estonia"), ("Estonian",)),
    ("SZ", ("Eswatini", "Swaziland", "Kingdom of Eswatini"), ("Swazi", "Eswatini")),
    ("ET", ("Ethiopia", "Federal Democratic Republic of Ethiopia"), ("Ethiopian",)),
    ("FJ", ("Fiji", "Republic of Fiji"), ("Fijian",)),
    ("FI", ("Finland", "Republic of Finland"), ("Finnish",)),
    ("FR", ("France", "French Republic"), ("French",)),
    ("GA", ("Gabon", "Gabonese Republic"), ("Gabonese",)),
    ("GM", ("Gambia", "The Gambia", "Republic of the Gambia"), ("Gambian",)),
    ("GE", ("Georgia",), ("Georgian",)),
    ("DE", ("Germany", "Federal Republic of Germany"), ("German",)),
    ("GH", ("Ghana", "Republic of Ghana"), ("Ghanaian",)),
    ("GR", ("Greece", "Hellenic Republic"), ("Greek", "Hellenic")),
    ("GD", ("Grenada",), ("Grenadian",)),
    ("GL", ("Greenland",), ("Greenlandic",)),
    ("FO", ("Faroe Islands", "the Faroe Islands"), ("Faroese",)),
    ("PR", ("Puerto Rico",), ("Puerto Rican",)),
    ("GT", ("Guatemala", "Republic of Guatemala"), ("Guatemalan",)),
    ("GN", ("Guinea", "Republic of Guinea"), ("Guinean",)),
    ("GW", ("Guinea-Bissau", "Guinea Bissau"), ("Bissau-Guinean",)),
    ("GY", ("Guyana", "Co-operative Republic of Guyana"), ("Guyanese",)),
    ("HT", ("Haiti", "Republic of Haiti"), ("Haitian",)),
    ("VA", ("Holy See", "Vatican", "Vatican City"), ("Vatican",)),
    ("HN", ("Honduras", "Republic of Honduras"), ("Honduran",)),
    ("HK", ("Hong Kong", "Hong Kong SAR"), ()),
    ("HU", ("Hungary",), ("Hungarian",)),
    ("IS", ("Iceland",), ("Icelandic",)),
    ("IN", ("India", "Republic of India"), ("Indian",)),
    ("ID", ("Indonesia", "Republic of Indonesia"), ("Indonesian",)),
    ("IR", ("Iran", "Islamic Republic of Iran"), ("Iranian",)),
    ("IQ", ("Iraq", "Republic of Iraq"), ("Iraqi",)),
    ("IE", ("Ireland", "Republic of Ireland"), ("Irish",)),
    ("IL", ("Israel", "State of Israel"), ("Israeli",)),
    ("IT", ("Italy", "Italian Republic"), ("Italian",)),
    ("JM", ("Jamaica",), ("Jamaican",)),
    ("JP", ("Japan",), ("Japanese",)),
    ("JO", ("Jordan", "Hashemite Kingdom of Jordan"), ("Jordanian",)),
    ("KZ", ("Kazakhstan", "Republic of Kazakhstan"), ("Kazakh", "Kazakhstani")),
    ("KE", ("Kenya", "Republic of Kenya"), ("Kenyan",)),
    ("KI", ("Kiribati",), ("I-Kiribati",)),
    ("KP", ("North Korea", "Democratic People's Republic of Korea", "DPRK", "D.P.R.K."), ("North Korean",)),
    ("KR", ("South Korea", "Republic of Korea", "ROK", "Korea"), ("South Korean", "Korean")),
    ("XK", ("Kosovo",), ("Kosovar", "Kosovan")),
    ("KW", ("Kuwait", "State of Kuwait"), ("Kuwaiti",)),
    ("KG", ("Kyrgyzstan", "Kyrgyz Republic"), ("Kyrgyz",)),
    ("LA", ("Laos", "Lao PDR", "Lao People's Democratic Republic"), ("Lao", "Laotian")),
    ("LV", ("Latvia", "Republic of Latvia"), ("Latvian",)),
    ("LB", ("Lebanon", "Lebanese Republic"), ("Lebanese",)),
    ("LS", ("Lesotho", "Kingdom of Lesotho"), ("Basotho", "Mosotho")),
    ("LR", ("Liberia", "Republic of Liberia"), ("Liberian",)),
    ("LY", ("Libya", "State of Libya"), ("Libyan",)),
    ("LI", ("Liechtenstein",), ("Liechtensteiner",)),
    ("LT", ("Lithuania", "Republic of Lithuania"), ("Lithuanian",)),
    ("LU", ("Luxembourg", "Grand Duchy of Luxembourg"), ("Luxembourgish", "Luxembourger")),
    ("MO", ("Macao", "Macau", "Macao SAR"), ("Macanese",)),
    ("MG", ("Madagascar", "Republic of Madagascar"), ("Malagasy",)),
    ("MW", ("Malawi", "Republic of Malawi"), ("Malawian",)),
    ("MY", ("Malaysia",), ("Malaysian",)),
    ("MV", ("Maldives", "Republic of Maldives", "the Maldives"), ("Maldivian",)),
    ("ML", ("Mali", "Republic of Mali"), ("Malian",)),
    ("MT", ("Malta", "Republic of Malta"), ("Maltese",)),
    ("MH", ("Marshall Islands",), ("Marshallese",)),
    ("MR", ("Mauritania", "Islamic Republic of Mauritania"), ("Mauritanian",)),
    ("MU", ("Mauritius", "Republic of Mauritius"), ("Mauritian",)),
    ("MX", ("Mexico", "United Mexican States"), ("Mexican",)),
    ("FM", ("Micronesia", "Federated States of Micronesia"), ("Micronesian",)),
    ("MD", ("Moldova", "Republic of Moldova"), ("Moldovan",)),
    ("MC", ("Monaco", "Principality of Monaco"), ("Monegasque",)),
    ("MN", ("Mongolia",), ("Mongolian",)),
    ("ME", ("Montenegro",), ("Montenegrin",)),
    ("MA", ("Morocco", "Kingdom of Morocco"), ("Moroccan",)),
    ("MZ", ("Mozambique", "Republic of Mozambique"), ("Mozambican",)),
    ("MM", ("Myanmar", "Burma", "Republic of the Union of Myanmar"), ("Myanmar", "Burmese")),
    ("NA", ("Namibia", "Republic of Namibia"), ("Namibian",)),
    ("NR", ("Nauru", "Republic of Nauru"), ("Nauruan",)),
    ("NP", ("Nepal",), ("Nepali", "Nepalese")),
    ("NL", ("Netherlands", "the Netherlands", "Kingdom of the Netherlands", "Holland"), ("Dutch",)),
    ("NZ", ("New Zealand",), ("New Zealand",)),
    ("NI", ("Nicaragua", "Republic of Nicaragua"), ("Nicaraguan",)),
    ("NE", ("Niger", "Republic of the Niger"), ("Nigerien",)),
    ("NG", ("Nigeria", "Federal Republic of Nigeria"), ("Nigerian",)),
    ("MK", ("North Macedonia", "Republic of North Macedonia", "Macedonia"), ("Macedonian",)),
    ("NO", ("Norway", "Kingdom of Norway"), ("Norwegian",)),
    ("OM", ("Oman", "Sultanate of Oman"), ("Omani",)),
    ("PK", ("Pakistan", "Islamic Republic of Pakistan"), ("Pakistani",)),
    ("PW", ("Palau",), ("Palauan",)),
    ("PS", ("Palestine", "State of Palestine"), ("Palestinian",)),
    ("PA", ("Panama", "Republic of Panama"), ("Panamanian",)),
    ("PG", ("Papua New Guinea",), ("Papua New Guinean",)),
    ("PY", ("Paraguay", "Republic of Paraguay"), ("Paraguayan",)),
    ("PE", ("Peru", "Republic of Peru"), ("Peruvian",)),
    ("PH", ("Philippines", "the Philippines", "Republic of the Philippines"), ("Philippine", "Filipino")),
    ("PL", ("Poland", "Republic of Poland"), ("Polish",)),
    ("PT", ("Portugal", "Portuguese Republic"), ("Portuguese",)),
    ("QA", ("Qatar", "State of Qatar"), ("Qatari",)),
    ("RO", ("Romania",), ("Romanian",)),
    ("RU", ("Russia", "Russian Federation"), ("Russian",)),
    ("RW", ("Rwanda", "Republic of Rwanda"), ("Rwandan",)),
    ("KN", ("Saint Kitts and Nevis", "St Kitts and Nevis"), ("Kittitian",)),
    ("LC", ("Saint Lucia", "St Lucia"), ("Saint Lucian",)),
    ("VC", ("Saint Vincent and the Grenadines",), ("Vincentian",)),
    ("WS", ("Samoa", "Independent State of Samoa"), ("Samoan",)),
    ("SM", ("San Marino",), ("Sammarinese",)),
    ("ST", ("Sao Tome and Principe", "São Tomé and Príncipe"), ("Santomean",)),
    ("SA", ("Saudi Arabia", "Kingdom of Saudi Arabia"), ("Saudi", "Saudi Arabian")),
    ("SN", ("Senegal", "Republic of Senegal"), ("Senegalese",)),
    ("RS", ("Serbia", "Republic of Serbia"), ("Serbian",)),
    ("SC", ("Seychelles", "Republic of Seychelles"), ("Seychellois",)),
    ("SL", ("Sierra Leone", "Republic of Sierra Leone"), ("Sierra Leonean",)),
    ("SG", ("Singapore", "Republic of Singapore"), ("Singaporean",)),
    ("SK", ("Slovakia", "Slovak Republic"), ("Slovak",)),
    ("SI", ("Slovenia", "Republic of Slovenia"), ("Slovenian", "Slovene")),
    ("SB", ("Solomon Islands",), ("Solomon Islander",)),
    ("SO", ("Somalia", "Federal Republic of Somalia"), ("Somali",)),
    ("ZA", ("South Africa", "Republic of South Africa"), ("South African",)),
    ("SS", ("South Sudan", "Republic of South Sudan"), ("South Sudanese",)),
    ("ES", ("Spain", "Kingdom of Spain"), ("Spanish",)),
    ("LK", ("Sri Lanka", "Democratic Socialist Republic of Sri Lanka"), ("Sri Lankan",)),
    ("SD", ("Sudan", "Republic of the Sudan", "the Sudan"), ("Sudanese",)),
    ("SR", ("Suriname", "Republic of Suriname"), ("Surinamese",)),
    ("SE", ("Sweden", "Kingdom of Sweden"), ("Swedish",)),
    ("CH", ("Switzerland", "Swiss Confederation"), ("Swiss",)),
    ("SY", ("Syria", "Syrian Arab Republic"), ("Syrian",)),
    ("TW", ("Taiwan",), ("Taiwanese",)),
    ("TJ", ("Tajikistan", "Republic of Tajikistan"), ("Tajik", "Tajikistani")),
    ("TZ", ("Tanzania", "United Republic of Tanzania"), ("Tanzanian",)),
    ("TH", ("Thailand", "Kingdom of Thailand"), ("Thai",)),
    ("TL", ("Timor-Leste", "East Timor", "Democratic Republic of Timor-Leste"), ("Timorese",)),
    ("TG", ("Togo", "Togolese Republic"), ("Togolese",)),
    ("TO", ("Tonga", "Kingdom of Tonga"), ("Tongan",)),
    ("TT", ("Trinidad and Tobago",), ("Trinidadian",)),
    ("TN", ("Tunisia", "Republic of Tunisia"), ("Tunisian",)),
    ("TR", ("Turkey", "Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"), ("Turkish",)),
    ("TM", ("Turkmenistan",), ("Turkmen",)),
    ("TV", ("Tuvalu",), ("Tuvaluan",)),
    ("UG", ("Uganda", "Republic of Uganda"), ("Ugandan",)),
    ("UA", ("Ukraine",), ("Ukrainian",)),
    ("AE", ("United Arab Emirates", "UAE", "U.A.E."), ("Emirati",)),
    (
        "GB",
        (
            "United Kingdom",
            "United Kingdom of Great Britain and Northern Ireland",
            "Great Britain",
            "Britain",
            "UK",
            "U.K.",
        ),
        ("British", "Britannic", "UK", "U.K."),
    ),
    (
        "US",
        (
            "United States",
            "United States of America",
            "USA",
            "U.S.A.",
            "US",
            "U.S.",
            "America",
        ),
        ("American", "US", "U.S.", "USA"),
    ),
    ("UY", ("Uruguay", "Oriental Republic of Uruguay"), ("Uruguayan",)),
    ("UZ", ("Uzbekistan", "Republic of Uzbekistan"), ("Uzbek", "Uzbekistani")),
    ("VU", ("Vanuatu", "Republic of Vanuatu"), ("Vanuatuan", "Ni-Vanuatu")),
    ("VE", ("Venezuela", "Bolivarian Republic of Venezuela"), ("Venezuelan",)),
    (
        "VN",
        ("Viet Nam", "Vietnam", "Socialist Republic of Viet Nam", "Socialist Republic of Vietnam"),
        ("Vietnamese",),
    ),
    ("YE", ("Yemen", "Republic of Yemen"), ("Yemeni",)),
    ("ZM", ("Zambia", "Republic of Zambia"), ("Zambian",)),
    ("ZW", ("Zimbabwe", "Republic of Zimbabwe"), ("Zimbabwean",)),
)

# International organisations: (code, names, adjectives).
_ORGANISATIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("UN", ("United Nations", "UN", "U.N.", "United Nations Organization"), ("UN", "U.N.")),
    (
        "EU",
        (
            "European Union",
            "EU",
            "E.U.",
            "European Council",
            "European Commission",
            "European Parliament",
            "Council of the European Union",
        ),
        ("EU", "European Union"),
    ),
    ("ASEAN", ("Association of Southeast Asian Nations", "ASEAN"), ("ASEAN",)),
    ("AU", ("African Union", "AU", "African Union Commission"), ("African Union",)),
    ("NATO", ("North Atlantic Treaty Organization", "NATO"), ("NATO",)),
    ("OSCE", ("Organization for Security and Co-operation in Europe", "OSCE"), ("OSCE",)),
    ("OAS", ("Organization of American States", "OAS"), ("OAS",)),
    ("SCO", ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"), ("SCO",)),
    ("WHO", ("World Health Organization",), ()),
    ("WTO", ("World Trade Organization",), ()),
    ("IAEA", ("International Atomic Energy Agency", "IAEA"), ("IAEA",)),
    ("IMF", ("International Monetary Fund", "IMF"), ("IMF",)),
    ("GCC", ("Gulf Cooperation Council", "GCC"), ("GCC",)),
    ("LAS", ("League of Arab States", "Arab League"), ("Arab League",)),
    ("OIC", ("Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"), ("OIC",)),
    ("CIS", ("Commonwealth of Independent States", "CIS"), ("CIS",)),
    ("EAEU", ("Eurasian Economic Union", "EAEU"), ("EAEU",)),
    ("CSTO", ("Collective Security Treaty Organization", "CSTO"), ("CSTO",)),
    ("SAARC", ("South Asian Association for Regional Cooperation", "SAARC"), ("SAARC",)),
    ("ECOWAS", ("Economic Community of West African States", "ECOWAS"), ("ECOWAS",)),
    ("CARICOM", ("Caribbean Community", "CARICOM"), ("CARICOM",)),
    ("PIF", ("Pacific Islands Forum",), ()),
    ("WB", ("World Bank",), ("World Bank",)),
    ("ICRC", ("International Committee of the Red Cross", "ICRC"), ("ICRC",)),
    ("COE", ("Council of Europe",), ()),
)

#: Short codes of the international organisations known here.
ORGANISATION_CODES: frozenset[str] = frozenset(code for code, _, _ in _ORGANISATIONS)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    """Normalise a name for lookup: straight apostrophes, one space, no leading "the", no periods.

    Case is kept here; the lookups decide how much case matters.
    """
    text = _SPACE.sub(" ", text.translate(_APOSTROPHES)).strip(" ,;:")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("s'"):
        text = text[:-1]
    return text.replace(".", "")


def _is_acronym(text: str) -> bool:
    return text.replace(".", "").isupper() and len(text.replace(".", "")) <= 6


def _build(
    rows: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...],
    column: int,
    exact: dict[str, str],
    folded: dict[str, str],
) -> None:
    for row in rows:
        code = row[0]
        words: tuple[str, ...] = row[column]  # type: ignore[assignment]
        for word in words:
            key = _key(word)
            if _is_acronym(word):
                exact.setdefault(key, code)
            else:
                folded.setdefault(key.lower(), code)


_NAME_EXACT: dict[str, str] = {}
_NAME_FOLDED: dict[str, str] = {}
_DEMONYM_EXACT: dict[str, str] = {}
_DEMONYM_FOLDED: dict[str, str] = {}
_build(_COUNTRIES, 1, _NAME_EXACT, _NAME_FOLDED)
_build(_ORGANISATIONS, 1, _NAME_EXACT, _NAME_FOLDED)
_build(_COUNTRIES, 2, _DEMONYM_EXACT, _DEMONYM_FOLDED)
_build(_ORGANISATIONS, 2, _DEMONYM_EXACT, _DEMONYM_FOLDED)


def _lookup(text: str, exact: dict[str, str], folded: dict[str, str]) -> str | None:
    key = _key(text)
    if not key:
        return None
    # Acronyms ("US", "UN") are looked up exactly, so the pronoun "us" is not the United States.
    if key in exact:
        return exact[key]
    return folded.get(key.lower())


def country_from_demonym(word: str) -> str | None:
    """The code for a demonym or adjective ("Russian" → "RU", "US" → "US", "EU" → "EU"), or None.

    Acronyms count only in capitals, so the pronoun "us" is not the United States.
    """
    code = _lookup(word, _DEMONYM_EXACT, _DEMONYM_FOLDED)
    if code is None:
        # An adjective may also be the bare name used attributively ("Japan side", "China-Russia").
        code = _lookup(word, _NAME_EXACT, _NAME_FOLDED)
    return code


def country_from_name(name: str) -> str | None:
    """The code for a country or organisation name ("the Russian Federation" → "RU", "United Nations" → "UN").

    Leading "the", a possessive "'s" and periods are ignored ("the U.S.'s" → "US").
    """
    return _lookup(name, _NAME_EXACT, _NAME_FOLDED)


# Seats of government and state guesthouses that readouts name instead of their city ("held talks in
# the Kremlin"): the city is the event's location. World knowledge, as the country tables are.
_SEATS: dict[str, str] = {
    "kremlin": "Moscow",
    "white house": "Washington",
    "blair house": "Washington",
    "elysee palace": "Paris",
    "elysee": "Paris",
    "quai d'orsay": "Paris",
    "downing street": "London",
    "10 downing street": "London",
    "lancaster house": "London",
    "great hall of the people": "Beijing",
    "zhongnanhai": "Beijing",
    "diaoyutai state guesthouse": "Beijing",
    "diaoyutai": "Beijing",
    "hyderabad house": "New Delhi",
    "rashtrapati bhavan": "New Delhi",
    "kantei": "Tokyo",
    "akasaka palace": "Tokyo",
    "iikura guest house": "Tokyo",
    "bellevue palace": "Berlin",
    "schloss bellevue": "Berlin",
    "mariinskyi palace": "Kyiv",
    "mariinsky palace": "Kyiv",
    "casa rosada": "Buenos Aires",
    "planalto palace": "Brasília",
    "dolmabahce palace": "Istanbul",
    "aiwan-e-sadr": "Islamabad",
    "istana": "Singapore",
}


def city_of_seat(place: str) -> str | None:
    """The city of a seat of government or state guesthouse ("the Kremlin" → "Moscow"), or None."""
    decomposed = unicodedata.normalize("NFKD", _key(place))
    key = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SEATS.get(key)


def is_country_word(text: str) -> bool:
    """True when ``text`` is a country/organisation name or demonym (used to tell names from places)."""
    return country_from_demonym(text) is not None


def _alternation(words: set[str]) -> str:
    parts = sorted(words, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace("'", "['’]") for w in parts)
    # Boundaries are built in, so the pattern can be dropped into other expressions as is.
    # Every entry starts with a capital: the lookahead lets the engine skip other positions fast.
    return rf"(?<![\w.])(?=[A-ZÀ-Þ])(?:{body})(?!\w)"


def _words(column: int) -> set[str]:
    found: set[str] = set()
    for rows in (_COUNTRIES, _ORGANISATIONS):
        for row in rows:
            words: tuple[str, ...] = row[column]  # type: ignore[assignment]
            for word in words:
                found.add(word[4:] if word.startswith("the ") else word)
    return found


#: Regex source matching a demonym or attributive country word ("Russian", "U.S.", "EU").
#: Case-sensitive use is intended (compile without IGNORECASE so "us" is not "US").
DEMONYM_PATTERN: str = _alternation(_words(2))

#: Regex source matching a country or organisation name ("Russia", "the Russian Federation"
#: without "the", "United Nations"). Compile without IGNORECASE.
COUNTRY_PATTERN: str = _alternation(_words(1))


# Japanese names of countries and organisations, and the one-character abbreviations used before
# a title ("米国務長官" = US Secretary of State). Generic Japanese usage, not a publisher's.
_JAPANESE: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("US", ("米国", "アメリカ合衆国", "アメリカ"), ("米",)),
    ("GB", ("英国", "イギリス", "連合王国"), ("英",)),
    ("FR", ("フランス",), ("仏",)),
    ("DE", ("ドイツ",), ("独",)),
    ("RU", ("ロシア",), ("露",)),
    ("CN", ("中国", "中華人民共和国"), ("中",)),
    ("KR", ("韓国", "大韓民国"), ("韓",)),
    ("KP", ("北朝鮮",), ()),
    ("CA", ("カナダ",), ("加",)),
    ("AU", ("オーストラリア", "豪州"), ("豪",)),
    ("IT", ("イタリア",), ("伊",)),
    ("IN", ("インド",), ("印",)),
    ("JP", ("日本",), ("日",)),
    ("BR", ("ブラジル",), ("伯",)),
    ("ES", ("スペイン",), ("西",)),
    ("MX", ("メキシコ",), ("墨",)),
    ("NL", ("オランダ",), ("蘭",)),
    ("TR", ("トルコ",), ()),
    ("IR", ("イラン",), ()),
    ("SA", ("サウジアラビア",), ()),
    ("ID", ("インドネシア",), ()),
    ("VN", ("ベトナム",), ("越",)),
    ("PH", ("フィリピン",), ("比",)),
    ("TH", ("タイ",), ("泰",)),
    ("SG", ("シンガポール",), ()),
    ("MY", ("マレーシア",), ()),
    ("UA", ("ウクライナ",), ()),
    ("PL", ("ポーランド",), ()),
    ("BE", ("ベルギー",), ()),
    ("CH", ("スイス",), ()),
    ("SE", ("スウェーデン",), ()),
    ("NO", ("ノルウェー",), ()),
    ("FI", ("フィンランド",), ()),
    ("DK", ("デンマーク",), ()),
    ("NZ", ("ニュージーランド",), ()),
    ("EG", ("エジプト",), ()),
    ("IL", ("イスラエル",), ()),
    ("PK", ("パキスタン",), ()),
    ("BD", ("バングラデシュ",), ()),
    ("MN", ("モンゴル",), ()),
    ("TW", ("台湾",), ()),
    ("UN", ("国際連合", "国連"), ()),
    ("EU", ("欧州連合", "EU"), ()),
    ("ASEAN", ("東南アジア諸国連合", "ASEAN"), ()),
)
_JA_NAMES: dict[str, str] = {name: code for code, names, _ in _JAPANESE for name in names}
_JA_ABBREVIATIONS: dict[str, str] = {a: code for code, _, abbrs in _JAPANESE for a in abbrs}


def country_from_japanese(text: str, *, abbreviation: bool = False) -> str | None:
    """The code for a Japanese country name ("カナダ" → "CA"); with ``abbreviation``, also "米" → "US"."""
    code = _JA_NAMES.get(text)
    if code is None and abbreviation:
        code = _JA_ABBREVIATIONS.get(text)
    return code


def japanese_country_suffix(text: str) -> tuple[str, str | None]:
    """Split a trailing country name off a name: "アンナ・シュミット・ドイツ" → ("アンナ・シュミット", "DE").

    A one-character abbreviation ("米") is split only after katakana, where it cannot be part of
    a kanji name.
    """
    for name in sorted(_JA_NAMES, key=len, reverse=True):
        if text.endswith(name) and len(text) > len(name):
            return text[: -len(name)].rstrip("・ "), _JA_NAMES[name]
    if len(text) > 1 and text[-1] in _JA_ABBREVIATIONS and "\u30a0" <= text[-2] <= "\u30ff":
        return text[:-1].rstrip("・ "), _JA_ABBREVIATIONS[text[-1]]
    return text, None
