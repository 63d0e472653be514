"""Program identity: whether two spellings name one institution.

Mail spells one program many ways ("UPMC", "UPMC Medical Education", "University of Pittsburgh
Medical Center"), and the same words can name different places ("Mayo Clinic" and "Mayo Clinic
Arizona", "University of Washington" and "Washington University in St. Louis"). `relation` weighs
the evidence two names and their senders' domains give and answers SAME, DIFFERENT or UNSURE;
callers merge only on SAME and ask the user about UNSURE.

Names are compared as their *core*: Unicode quotes and dashes folded, "St." read as "Saint", "&" as
"and", abbreviations expanded ("UT" is "University of Texas"), and the words that say what kind of
place it is dropped ("Hospital", "School of Medicine", "Medical Center", "Health", "GME"). Pure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from tracker.lexicon import PERSONAL_DOMAINS, PLACE_WORDS, PLATFORM_DOMAINS, STATE_WORDS
from tracker.specialties import find_specialties
from tracker.understanding.programs import (
    NAME,
    NAMED_FOR_ITS_FIELD,
    before_specialty,
    clean_program,
    with_comma_campus,
)


class Relation(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    UNSURE = "unsure"


# Words that say what kind of place an institution is, not which one.
_GENERIC = frozenset(
    re.findall(
        r"\S+",
        """
    hospital hospitals medical center centre centers health healthcare system systems school
    medicine residency residencies program programs gme graduate education department dept the and at
    in for office affiliated network physicians faculty services inc llc campus campuses
""",
    )
)
# Multi-word phrases dropped before single words (so "College of Medicine" leaves no stray "of").
# A health system's or a common hospital word alone names no one institution ("Advocate", "Mercy").
_NOT_DISTINCTIVE = frozenset(
    re.findall(
        r"\S+",
        """
    university college saint mount children childrens womens women memorial general regional community county
    baptist methodist presbyterian mercy christ lutheran kaiser permanente advocate providence
    ascension trinity sinai corewell beaumont hca ohiohealth intermountain atrium prisma novant
    adventhealth sutter dignity banner sanford essentia geisinger northwell medstar allegheny
    cleveland henry ford valley city state national american international clinic clinics foundation
    institute
""",
    )
)
_GENERIC_PHRASES = (
    "graduate medical education",
    "medical education",
    "school of medicine",
    "college of medicine",
    "medical school",
    "department of medicine",
    "residency program",
    "health system",
    "health care",
    "health sciences center",
    "medical center",
)
_ABBREVIATIONS = {
    "st": "saint",
    "mt": "mount",
    "ut": "university of texas",
    "uc": "university of california",
    "univ": "university",
    "u": "university",
    "ctr": "center",
    "hosp": "hospital",
    "med": "medical",
    "intl": "international",
}
# Well-known short names that no rule derives (initials of an abbreviation, a nickname). Data, not
# code: an institution missing here is still matched by its full name, and `tracker merge` teaches
# the rest for good.
KNOWN_ALIASES: dict[str, str] = {
    "utsw": "university of texas southwestern",
    "ut southwestern": "university of texas southwestern",
    "michigan medicine": "university of michigan",
    "penn": "university of pennsylvania",
    "penn medicine": "university of pennsylvania",
    "upenn": "university of pennsylvania",
    "hup": "university of pennsylvania",
    "mgh": "massachusetts general",
    "mass general": "massachusetts general",
    "chop": "children's hospital of philadelphia",
    "cchmc": "cincinnati children's hospital",
    "cincinnati children's": "cincinnati children's hospital",
    "nyu langone": "new york university",
    "nyu": "new york university",
    "wustl": "washington university in st. louis",
    "washu": "washington university in st. louis",
    "uw": "university of washington",
    "uw health": "university of wisconsin",
    "uva": "university of virginia",
    "gw": "george washington university",
    "unc": "university of north carolina",
    "unc health": "university of north carolina",
    "hcmc": "hennepin county medical center",
    "chp": "children's hospital of pittsburgh",
    "rwj": "robert wood johnson",
    "rwjms": "robert wood johnson",
    "njms": "new jersey medical school",
    "nch": "nationwide children's hospital",
    "ucsf": "university of california san francisco",
    "ucla": "university of california los angeles",
    "ucsd": "university of california san diego",
    "gwu": "george washington university",
    "uva health": "university of virginia",
    "uw medicine": "university of washington",
    "jhu": "johns hopkins",
    "hopkins": "johns hopkins",
    "bwh": "brigham and women's",
    "mcw": "medical college of wisconsin",
    "lac+usc": "los angeles county usc",
    "lac usc": "los angeles county usc",
    # a school named for its donor, not its university
    "dell medical school": "university of texas at austin",
    "dell med": "university of texas at austin",
}
# A state (or "State") added to a name makes another institution: "Mayo Clinic Arizona", "Penn
# State", "Michigan State". A city or a compass point may be the same campus ("Washington University
# in St. Louis") or another ("Beaumont Dearborn"): only the sender's domain can say it is the same.
_STATES = STATE_WORDS
_CITIES = PLACE_WORDS
_CONNECTIVES = frozenset({"of", "the", "and", "at", "in", "for", "&"})

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_PARENTHESES = re.compile(r"\(([^)]*)\)")
_IN_PLACE = re.compile(r"\s(?:in|at)\s+((?:[a-z.']+\s?){1,3})$")
_WORD = re.compile(r"[a-z0-9+]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Name:
    """A program's name as identity reads it."""

    text: str
    core: tuple[str, ...]  # the distinctive words, in order
    initials: frozenset[str]  # the acronyms the full name can be written as
    acronym: str | None  # the name itself, when it is one word in capitals ("OHSU")
    qualifier: tuple[str, ...]  # a place in parentheses: "(Temple)"

    @property
    def key(self) -> str:
        """A stable key for the institution, for the user's merge and keep-apart decisions."""
        return " ".join(self.core + self.qualifier) or self.text.lower()


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    text = text.replace("&", " and ").replace("+", " + ")
    return re.sub(r"\s+", " ", text).strip()


def _words(text: str) -> list[str]:
    words = []
    for word in _WORD.findall(text):
        # "Women's" and "Womens" are one spelling; "St. Joseph's" and "St. Joseph" two hospitals.
        word = word.replace("'", "")
        words.extend(_ABBREVIATIONS.get(word, word).split())
    return words


def _strip_generic(words: list[str]) -> list[str]:
    text = " " + " ".join(words) + " "
    for phrase in _GENERIC_PHRASES:
        text = text.replace(f" {phrase} ", " ")
    said = text.split()
    # (but "Medical University of South Carolina" is not the University of South Carolina, nor the
    # "Medical College of Georgia" a college of Georgia)
    kept = [
        w
        for i, w in enumerate(said)
        if (w not in _GENERIC or w == "medical" and said[i + 1 : i + 2] in (["university"], ["college"]))
        and w != "+"
    ]
    while kept and kept[-1] in _CONNECTIVES:
        kept.pop()
    while kept and kept[0] in _CONNECTIVES:
        kept.pop(0)
    return kept


def _initials(words: list[str]) -> frozenset[str]:
    significant = [w for w in words if w not in _CONNECTIVES and w != "+"]
    forms = {"".join(w[0] for w in significant)}
    forms.add("".join(w[0] for w in words if w != "+"))
    return frozenset(f for f in forms if len(f) >= 2)


@lru_cache(maxsize=4096)
def read_name(text: str) -> Name:
    """A name's core, initials and qualifier."""
    folded = _fold(text)
    aliased = folded in KNOWN_ALIASES  # (then the table says which one, not its initials: "CHP")
    folded = KNOWN_ALIASES.get(folded, folded)
    qualifier = tuple(_words(" ".join(_PARENTHESES.findall(folded))))
    bare = _PARENTHESES.sub(" ", folded)
    # "... Hospital in Columbus": the city a name ends with after "in" is where, not who.
    where = _IN_PLACE.search(bare)
    if where and not qualifier and any(w in _CITIES or w in _STATES for w in _words(where.group(1))):
        qualifier = tuple(_words(where.group(1)))
        bare = bare[: where.start()]
    bare = KNOWN_ALIASES.get(bare.strip(), bare)
    raw_words = _words(bare)
    core = _strip_generic(raw_words)
    stripped = text.strip()
    acronym = None
    if not aliased and re.fullmatch(r"[A-Z][A-Z&+/]{1,7}", stripped.split("(")[0].strip()):
        acronym = re.sub(r"[^a-z]", "", stripped.lower())
    elif not aliased and len(core) == 1 and re.search(rf"\b{re.escape(core[0].upper())}\b", stripped):
        acronym = core[0]  # "UCI Medical Center": capitals and a word for what kind of place
    # "WashU Medicine", "Hopkins Hospital": a known short name with a word for what kind of place.
    alias = KNOWN_ALIASES.get(" ".join(core))
    if alias and not qualifier and alias != bare.strip():
        known = read_name(alias)
        return Name(text, known.core, known.initials | _initials(raw_words), acronym, known.qualifier)
    return Name(
        text=text,
        core=tuple(core),
        initials=_initials(raw_words) | _initials(core),
        acronym=acronym,
        qualifier=qualifier,
    )


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words `longer` adds around a contiguous `shorter`, or None when it does not contain it."""
    n = len(shorter)
    for start in range(len(longer) - n + 1):
        if longer[start : start + n] == shorter:
            return longer[:start] + longer[start + n :]
    return None


def name_relation(a: Name, b: Name) -> Relation | None:
    """What two names alone say: SAME; DIFFERENT when one adds a place or another campus to the
    other; UNSURE for one word inside a longer name ("Penn" in "Penn State"); None when they share
    nothing, which is no evidence either way."""
    if a.qualifier and b.qualifier and a.qualifier != b.qualifier:
        return Relation.DIFFERENT
    if not a.core or not b.core:
        return None
    for one, other in ((a, b), (b, a)):
        # "Henry Ford Hospital/Wayne State University": a name joined by a slash is the one its
        # part spells ("State" there is Wayne State's, no state added to Henry Ford)
        parts = [read_name(part) for part in _SLASH.split(one.text) if part.strip()]
        joined = len(parts) > 1 and all(" " in part.text.strip() for part in parts)
        if joined and not _SLASH.search(other.text) and any(
            (part.core, part.qualifier) == (other.core, other.qualifier) for part in parts
        ):
            return Relation.SAME
    for one, other in ((a, b), (b, a)):
        if one.acronym and (one.acronym in other.initials or one.acronym == "".join(other.core)):
            return Relation.SAME
    forms = [(a.core + a.qualifier, b.core + b.qualifier)]
    # A city in parentheses or after "in" on one side only says where the other one is.
    if bool(a.qualifier) != bool(b.qualifier) and not any(w in _STATES for w in a.qualifier + b.qualifier):
        forms.append((a.core, b.core))
    capitals = bool((a.acronym and len(a.core) == 1) or (b.acronym and len(b.core) == 1))
    verdicts = [_core_relation(first, second, capitals) for first, second in forms]
    if Relation.SAME in verdicts and a.core != b.core and (_only_places(a.core) or _only_places(b.core)):
        # "Pennsylvania Hospital" within "Hospital of the University of Pennsylvania": a name that
        # is only a state or a city says where, not which (Penn's two Internal Medicine programs)
        return Relation.UNSURE
    if Relation.SAME in verdicts and a.core != b.core and _another_of_its_hospitals(a, b):
        # "Henry Ford Macomb Hospital" beside "Henry Ford Hospital": a word put inside the name,
        # before the word for what kind of place it is, names another of the system's hospitals
        return Relation.UNSURE
    if Relation.SAME in verdicts and _campuses_after_it(a, b):
        # "Texas Tech University Health Sciences Center Permian Basin" (or "at Amarillo") after the
        # whole name of the Lubbock one: words of a place after a full name name another campus
        return Relation.UNSURE
    if Relation.SAME in verdicts and a.core != b.core and _a_campus_of_its_own(a, b):
        # "University of Maryland Medical Center Midtown Campus" beside "University of Maryland
        # Medical Center": a campus the other name does not name is another hospital
        return Relation.UNSURE
    if Relation.SAME in verdicts and a.core != b.core and _a_college_beside_its_university(a, b):
        # "Baylor College of Medicine" beside "Baylor University Medical Center": a college
        # named without the university is its own institution, often another one
        return Relation.UNSURE
    if Relation.SAME in verdicts and a.core != b.core and not _a_part_matches(a, b):
        # "Michigan Medicine" is no part of "Central Michigan University/Children's Hospital of
        # Michigan", though its words are there in order across the slash
        return None
    for verdict in (Relation.SAME, Relation.DIFFERENT, Relation.UNSURE):
        if verdict in verdicts:
            return verdict
    return None


def _another_of_its_hospitals(a: Name, b: Name) -> bool:
    """Whether the longer name puts words of its own inside the shorter, before the word for what
    kind of place both are ("Henry Ford Macomb Hospital" beside "Henry Ford Hospital")."""
    shorter, longer = sorted((a, b), key=lambda name: len(name.core))
    said, within = _fold(shorter.text), _fold(longer.text)
    kind = _KIND_AT_THE_END.search(said)
    if not kind or said in within or _SLASH.search(longer.text):
        return False
    if longer.core[: len(shorter.core)] != shorter.core:
        return False
    if within.endswith(kind.group(0)):
        return True
    # "Mount Sinai Hospital" beside "Mount Sinai Morningside", "Johns Hopkins Hospital" beside "Johns
    # Hopkins Bayview Medical Center": a word of its own after the system's name, not a place
    return any(_a_word_of_its_own(word) for word in longer.core[len(shorter.core) :])


def _a_word_of_its_own(word: str) -> bool:
    """Whether a word added after a system's name names a place of its own: not what kind of place
    ("Tulane Medical Center" beside "Tulane University School of Medicine": its school; "Ochsner
    Clinic Foundation"), nor where, though "Children's" is another hospital."""
    kind = word in {"science", "sciences"} or word != "childrens" and _INSTITUTION_WORD.fullmatch(word)
    return not (kind or word in _STATES or word in _CITIES or word in _CONNECTIVES)


# What kind of campus, not where: "Main Campus", "Regional Medical Campus".
_NOT_WHERE = _GENERIC | {"main", "regional", "clinical", "academic", "primary", "teaching"}


def _a_campus_of_its_own(a: Name, b: Name) -> bool:
    """Whether one name ends in "<where> Campus" and the other does not name that place."""
    for one, other in ((a, b), (b, a)):
        said = re.search(r"((?:\w+ ){1,2})campus$", _fold(one.text))
        where = [w for w in _words(said.group(1)) if w not in _NOT_WHERE] if said else []
        if where and not set(where) <= set(other.core):
            return True
    return False


def _a_college_beside_its_university(a: Name, b: Name) -> bool:
    """Whether one name is a college (of medicine) without "University" and the other, no college,
    adds "University" to the same words."""
    for college, other in ((a, b), (b, a)):
        if (
            "college" in _words(_fold(college.text))
            and "college" not in _words(_fold(other.text))
            and "university" not in college.core
            and "university" in other.core
            and _contains(other.core, college.core) is not None
        ):
            return True
    return False


def _after_one_whole_name(a: Name, b: Name) -> tuple[str, str] | None:
    """What each name says after the whole name both begin with (one ending in what kind of place it
    is: "texas tech university health sciences center"), or None when they begin with none."""
    first, second = _fold(a.text).split(), _fold(b.text).split()
    common = 0
    while common < min(len(first), len(second)) and first[common] == second[common]:
        common += 1
    if not common or not _ENDS_AS_A_PLACE.search(" ".join(first[:common])):
        return None
    return " ".join(first[common:]), " ".join(second[common:])


# "at" or a dash between a whole name and the place after it ("... at Amarillo", "... - Permian Basin").
_BEFORE_A_PLACE = re.compile(r"^(?:at|[-–,])\s*")


def _a_campus_after_it(a: Name, b: Name) -> bool:
    """Whether the longer name is the shorter, whole (ending in what kind of place it is), with only
    a place after it: "Texas Tech University Health Sciences Center" and "... Permian Basin"."""
    rests = _after_one_whole_name(a, b)
    return rests is not None and _one_place_after(rests)


def _campuses_after_it(a: Name, b: Name) -> bool:
    """Whether a place after one whole name, or a different one after each, tells two campuses apart:
    "Texas Tech University Health Sciences Center at Amarillo" and "... Permian Basin"."""
    rests = _after_one_whole_name(a, b)
    if rests is None:
        return False
    if not all(rests):
        return _one_place_after(rests)
    places = [_BEFORE_A_PLACE.sub("", rest) for rest in rests]
    return all(places) and places[0] != places[1] and not any(_KIND_WORDS.search(place) for place in places)


def _one_place_after(rests: tuple[str, str]) -> bool:
    """Whether one name says nothing after the whole name and the other only a place."""
    if all(rests) or not any(rests):
        return False
    rest = rests[0] or rests[1]
    if rest.startswith("in "):
        return False  # "... Methodist Hospital in Columbus": where it is, not which
    rest = _BEFORE_A_PLACE.sub("", rest)
    return bool(rest) and not _KIND_WORDS.search(rest)


def _a_part_matches(a: Name, b: Name) -> bool:
    """Where one name joins two with a slash ("Case Western Reserve University/University Hospitals
    Cleveland Medical Center") and the other does not, whether the other names one of its parts."""
    for one, other in ((a, b), (b, a)):
        parts = _SLASH.split(one.text)
        if len(parts) > 1 and all(" " in part.strip() for part in parts) and not _SLASH.search(other.text):
            return any(
                name_relation(read_name(part), other) in {Relation.SAME, Relation.UNSURE} for part in parts
            )
    return True


def _only_places(core: tuple[str, ...]) -> bool:
    return all(word in _STATES or word in _CITIES or word in _CONNECTIVES for word in core)


# The words after a state that begin another institution's name ("Arkansas Children's").
_BEGINS_A_NAME = _NOT_DISTINCTIVE - {"state", "university"}


def _core_relation(
    first: tuple[str, ...], second: tuple[str, ...], acronym: bool = False
) -> Relation | None:
    """`acronym`: the shorter core is a name written in capitals ("UAB")."""
    if first == second or "".join(first) == "".join(second):
        return Relation.SAME
    if _initialled(first, second) == second or _initialled(second, first) == first:
        return Relation.SAME
    shorter, longer = sorted((first, second), key=len)
    extra = _contains(longer, shorter)
    if extra is None and len(shorter) >= 2:
        # "MedStar Georgetown/Washington Hospital Center" in "MedStar Georgetown University
        # Hospital/Washington Hospital Center": the same words in the same order, one left out.
        extra = _within(longer, shorter)
    if extra is None:
        # "St. Joseph's" and "Saint Joseph": a possessive apart, often two hospitals of one saint.
        loose = _contains(_unpossessive(longer), _unpossessive(shorter))
        return Relation.UNSURE if loose is not None else None
    # (a state after "of" names the institution: the Medical College "of Georgia")
    if any(word in _STATES and (i == 0 or extra[i - 1] != "of") for i, word in enumerate(extra)):
        # (unless the state begins another name: "UAMS Medical Center and Arkansas Children's")
        if not any(
            word in _STATES and i + 1 < len(extra) and extra[i + 1] in _BEGINS_A_NAME
            for i, word in enumerate(extra)
        ):
            return Relation.DIFFERENT
        return Relation.UNSURE
    if any(word in _CITIES for word in extra):
        return Relation.UNSURE
    if len(shorter) == 1:
        # One word inside a longer name: "Duke" is Duke University Hospital and "UAB" is UAB
        # Heersink, but "Beaumont" or "Mercy" may be any of a system's hospitals, and "Baylor"
        # (College of Medicine) is not Baylor Scott & White: a longer name that adds words of its
        # own names something more particular.
        if shorter[0] in _NOT_DISTINCTIVE or (len(shorter[0]) < 4 and not acronym):
            return Relation.UNSURE
        if not acronym and any(word not in _NOT_DISTINCTIVE | _CONNECTIVES for word in extra):
            return Relation.UNSURE
        if acronym and any(len(word) <= 3 and word not in _CONNECTIVES for word in extra):
            # "OU" beside "OU-TU School of Community Medicine": initials joined to other initials
            # name a partnership, another program
            return Relation.UNSURE
    return Relation.SAME


def _initialled(words: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """`words` with a run of them written as the initials `other` uses: "University of Florida
    Jacksonville" beside "UF Health Jacksonville" reads "uf jacksonville"; "Baylor Scott & White
    Temple" beside "BSW Temple" reads "bsw temple"."""
    short = {word for word in other if 2 <= len(word) <= 5 and word not in words}
    if not short:
        return words
    for length in range(min(6, len(words)), 1, -1):
        for start in range(len(words) - length + 1):
            run = [w for w in words[start : start + length] if w not in _CONNECTIVES]
            initials = "".join(w[0] for w in run)
            if len(run) >= 2 and initials in short and words[start] not in _CONNECTIVES:
                return (*words[:start], initials, *words[start + length :])
    return words


def _within(longer: tuple[str, ...], shorter: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words `longer` adds when it holds every word of `shorter` in order, first and last
    included, with one word between them left out; None otherwise."""
    if shorter[0] not in longer:
        return None
    start = longer.index(shorter[0])
    position, extra = start, list[str]()
    for word in shorter[1:]:
        try:
            found = longer.index(word, position + 1)
        except ValueError:
            return None
        extra.extend(longer[position + 1 : found])
        position = found
    return tuple(extra) if len(extra) == 1 else None


def _unpossessive(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word.removesuffix("s") if len(word) > 3 else word for word in words)


_INSTITUTION_WORD = re.compile(
    r"\b(?:university|college|hospitals?|medical|health|healthcare|clinic|institute|school|medicine|"
    r"foundation|permanente|infirmary|children'?s|general|center|centre)\b"
)


def names_an_institution(name: str) -> bool:
    """Whether a name reads as a hospital or a school ("Lakeshore Health", "OHSU"), not a company
    ("United") that a booking confirmation might name."""
    return bool(_INSTITUTION_WORD.search(_fold(name))) or read_name(name).acronym is not None or (
        _fold(name) in KNOWN_ALIASES
    )


_STATE_CODES = re.findall(
    r"[A-Z]{2}",
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY",
)
# "Phoenix, AZ 85013": a postal address, the surest word on where a program is.
_ADDRESS = re.compile(
    rf"\b[A-Z][A-Za-z.' -]{{1,30}},[ \t]*({'|'.join(_STATE_CODES)})[ \t]+\d{{5}}(?:-\d{{4}})?\b"
)


# "UPMC Medical Education Program - Pediatrics (3204131201)", "Program ID: 3204131201": the
# ten-digit number ERAS and the ACGME give one program (a specialty and track at one institution).
_PROGRAM_NUMBER = re.compile(r"(?:\bProgram (?:ID|No\.?|Number|Code)\s*[:#]?\s*|\(\s*)(\d{10})\b(?!\d)")


def program_number(text: str) -> str | None:
    """The program number a message gives its program; None when it gives none, or several (a
    list of programs names no one of them)."""
    found = set(_PROGRAM_NUMBER.findall(text))
    return found.pop() if len(found) == 1 else None


def places_in(text: str) -> frozenset[str]:
    """The US states of the postal addresses a message gives (its signature, an itinerary)."""
    return frozenset(_ADDRESS.findall(text))


def registered_domain(address: str) -> str | None:
    """The institution's domain of a sender ("med.umich.edu" -> "umich.edu"); None for a platform
    or a personal mailbox, which say nothing about the program."""
    domain = address.rsplit("@", 1)[-1].lower().strip(" >")
    if "." not in domain:
        return None
    parts = domain.split(".")
    base = ".".join(parts[-2:])
    if base in PERSONAL_DOMAINS or domain in PERSONAL_DOMAINS:
        return None
    platforms = (d for ds in PLATFORM_DOMAINS.values() for d in ds)
    if any(base == d or domain == d or domain.endswith("." + d) for d in platforms):
        return None
    return base


def relation(
    name: str,
    known_names: list[str],
    domain: str | None = None,
    known_domains: frozenset[str] = frozenset(),
    decisions: dict[tuple[str, str], bool] | None = None,
    places: frozenset[str] = frozenset(),
    known_places: frozenset[str] = frozenset(),
    also: tuple[str, ...] = (),
) -> Relation:
    """Whether a message naming `name`, sent from `domain` with addresses in `places`, is about the
    institution a record knows as `known_names` with mail from `known_domains` and `known_places`.
    The user's merge and keep-apart decisions win; then addresses in different states (one system's
    campuses: "Mayo Clinic" in Minnesota and in Arizona); then a place in the name that tells two
    apart; then any spelling that matches; then the sender's domain. `also` are the other names
    the message gives the program (`other_names`); of them all, the most specific count."""
    mine = most_specific([name, *also]) if also else [name]
    said = decided(mine, known_names, decisions or {})
    if said is False:
        return Relation.DIFFERENT
    if said is True:
        return Relation.SAME
    if places and known_places and not places & known_places:
        return Relation.DIFFERENT
    verdicts = [name_relation(read_name(one), read_name(known)) for one in mine for known in known_names]
    if Relation.DIFFERENT in verdicts:
        return Relation.DIFFERENT
    if _another_campus(mine, known_names):
        return Relation.UNSURE
    if Relation.SAME in verdicts:
        return Relation.SAME
    if domain and domain in known_domains:
        # (a system's domain cannot say which of its hospitals a name of a place alone is:
        # "Pennsylvania Hospital" from pennmedicine.upenn.edu is not the University's hospital; nor
        # which campus: ttuhsc.edu is Lubbock's, Amarillo's and Permian Basin's)
        placed = any(_only_places(read_name(one).core) for one in (*mine, *known_names)) or any(
            _campuses_after_it(read_name(one), read_name(known)) for one in mine for known in known_names
        )
        return Relation.SAME if Relation.UNSURE in verdicts and not placed else Relation.UNSURE
    return Relation.UNSURE if Relation.UNSURE in verdicts else Relation.DIFFERENT


def _another_campus(mine: list[str], known_names: list[str]) -> bool:
    """Whether the message names another campus than the record's, unless the record knows that very
    name: a place after one of the record's whole names ("Texas Tech University Health Sciences
    Center at Amarillo"), or a name and one of the record's that carry on one name either gives,
    each with words of its own ("TTUHSC Permian Basin" beside "TTUHSC Lubbock" and "TTUHSC")."""
    ours_read = [read_name(one) for one in mine]
    theirs_read = [read_name(known) for known in known_names]
    if any((a.core, a.qualifier) == (b.core, b.qualifier) for a in ours_read for b in theirs_read):
        return False
    if any(
        len(_fold(a.text)) > len(_fold(b.text)) and _a_campus_after_it(a, b)
        for a in ours_read
        for b in theirs_read
    ):
        return True
    ours = [name.core for name in ours_read]
    theirs = [name.core for name in theirs_read]
    stems = set(ours) | set(theirs)
    for one in ours:
        for known in theirs:
            n = 0
            while n < min(len(one), len(known)) and one[n] == known[n]:
                n += 1
            if n == 0 or n == len(one) or n == len(known) or one[:n] not in stems:
                continue
            own, other = set(one[n:]) - _CONNECTIVES, set(known[n:]) - _CONNECTIVES
            if own and other and not own & other:
                return True
    return False


def contradicts(
    name: str,
    known_names: list[str],
    decisions: dict[tuple[str, str], bool] | None = None,
    places: frozenset[str] = frozenset(),
    known_places: frozenset[str] = frozenset(),
    also: tuple[str, ...] = (),
) -> bool:
    """Whether the evidence says two institutions are different ones, not merely that their names
    share nothing: the user kept them apart, their addresses are in different states, or a name
    adds a place or another campus ("Mayo Clinic Arizona")."""
    mine = most_specific([name, *also]) if also else [name]
    if decided(mine, known_names, decisions or {}) is False:
        return True
    if places and known_places and not places & known_places:
        return True
    return any(
        name_relation(read_name(one), read_name(known)) is Relation.DIFFERENT
        for one in mine
        for known in known_names
    )


def fullest(names: list[str]) -> str:
    """The display name: the fullest spelling ("University of Pittsburgh Medical Center", not "UPMC")."""

    def weight(text: str) -> tuple[int, int, int]:
        read = read_name(text)
        return (read.acronym is None, len(read.core), len(text))

    return max(names, key=weight)


_NAMES_IN_TEXT = re.compile(NAME)
_CAPITALS = re.compile(r"[A-Z][A-Z&+/.-]{1,9}")
_KIND_AT_THE_END = re.compile(r"\b(?:hospital|medical center)$")
_ENDS_AS_A_PLACE = re.compile(
    r"\b(?:hospital|medical center|health sciences? center|university|medical school|school of medicine|"
    r"college of medicine)$"
)
_KIND_WORDS = re.compile(
    r"\b(?:hospitals?|medical|center|health|healthcare|school|college|university|clinic|children|medicine|"
    r"foundation|institute|system|program|residency|campus|gme)\b"
)
_SLASH = re.compile(r"[ \t]*/[ \t]*(?=[A-Z])")
_CUT_SHORT = re.compile(r"\s(?:of|and|the|at|for|&)\s*$")
_AT_THE = re.compile(r"\bat (?:the )?(?=[A-Z])")
_COMMA_CAMPUS = re.compile(r",[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}")
# "Join the St. Brendan's Hospital": a sentence's first word before "the" is no part of the name.
_LEADING_VERB = re.compile(r"^[A-Z][a-z]+ the (?=[A-Z])")


def spelled_in_full(program: str, text: str) -> str:
    """The fullest name `text` gives the institution it calls `program`: "Denver Health Medical
    Center" for "Denver Health", "Oregon Health & Science University" for "OHSU" (the name a person
    would file it under). Only a spelling identity holds to be the same place qualifies: "Mayo
    Clinic Arizona" never stands in for "Mayo Clinic"."""
    read = read_name(program)
    best = program
    # a name that is only a place ("Utah PM&R", "Utah Health") stands for the one university the
    # mail names it within ("University of Utah", "University of Utah Health")
    homes: list[tuple[str, Name]] = []
    placed = _only_places(read.core)
    spelled: list[str] = []  # names whose words the acronym `program` is made of
    for candidate, other in _spellings(program, read, text):
        relation = name_relation(read, other)
        if relation is Relation.SAME and _fuller(candidate, other, best):
            best = candidate
        elif read.acronym and _spells(read.acronym, candidate):
            spelled.append(candidate)
        elif (
            placed
            and relation is Relation.UNSURE
            and program in candidate
            and candidate.startswith("University of ")
        ):
            homes.append((candidate, other))
    if best == program and spelled:
        return max(spelled, key=lambda name: (len(read_name(name).core), len(name)))
    if best == program and homes:
        fullest, its = max(homes, key=lambda home: (len(home[1].core), len(home[0])))
        if all(its.core[: len(other.core)] == other.core for _, other in homes):
            return fullest
    return best


def one_of_its_places(program: str, text: str) -> str | None:
    """The one place of a system that `text` names after the system's name alone: "Atrium Health
    Carolinas Medical Center" in the signature of mail that calls itself "Atrium Health". None when
    the mail names none, or several ("Mayo Clinic Arizona", "Mayo Clinic Florida")."""
    read = read_name(program)
    places: set[str] = set()
    found: str | None = None
    for candidate, other in _spellings(program, read, text):
        carried_on = _carries_on(other, read)
        # what it adds names a hospital or a school of its own ("Carolinas Medical Center"), not a
        # part of one ("Main Campus")
        added = candidate[len(program) :] if candidate.startswith(program) else ""
        names_one = bool(_INSTITUTION_WORD.search(_fold(added)))
        if carried_on and names_one and name_relation(read, other) is Relation.UNSURE:
            places.add(" ".join(other.core))
            found = candidate
    return found if len(places) == 1 else None


def _spellings(program: str, read: Name, text: str) -> Iterator[tuple[str, Name]]:
    """The institution names in `text` that may spell `program` (a distinctive word in common, or
    its acronym's letters), each once, read."""
    if not read.core:
        return
    own = {w for w in read.core if w not in _SHARED_BY_MANY} or set(read.core)  # "Denver Health": a city
    tried = {program}
    for found in _NAMES_IN_TEXT.finditer(text):
        said = found.group(0)
        # with the campus after a comma ("University of California, San Francisco")
        campus = _COMMA_CAMPUS.match(text, found.end())
        whole = said + campus.group(0) if campus else said
        # cheapest first: a distinctive word in it, or for an acronym, the acronym's letters
        if read.acronym:
            letters = "".join(word[0] for word in whole.replace(",", " ").split()).lower()
            if not all(letter in letters for letter in read.acronym):
                continue
        elif not any(word in whole.lower() for word in own):
            continue
        text_found = _LEADING_VERB.sub("", re.sub(r"[ \t]+", " ", said))
        # (up to its specialty, even one wrapped onto the next line: "Cedars-Sinai Obstetrics and
        # Gynecology" is Cedars-Sinai's program)
        ahead = re.sub(r"\s+", " ", text_found + text[found.end() : found.end() + 40])
        specialties = [
            m
            for m in find_specialties(ahead)
            if m.start < len(text_found) and not NAMED_FOR_ITS_FIELD.search(text_found[: m.start])
        ]
        named = before_specialty(text_found, specialties[0].start) if specialties else text_found
        if (not named.strip() or _CUT_SHORT.search(named)) and specialties:
            # "Psychiatry Residency Program at the University of Utah", "Henry J.N. Taub Department of
            # Emergency Medicine at Baylor College of Medicine": the place after the specialty
            at = _AT_THE.search(text_found, specialties[0].start)
            named = text_found[at.end() :] if at else named
        named = named.split(" and the ")[0]  # two places: "... Health and the Huntsman"
        if _CUT_SHORT.search(named):
            continue  # "University of Oklahoma College of" wrapped onto the next line
        candidate = clean_program(named)
        if not candidate or candidate in tried or not names_an_institution(candidate):
            continue
        tried.add(candidate)
        candidate = with_comma_campus(candidate, text)
        other = read_name(candidate)
        # cheap first: a distinctive word in common, or the acronym's letters
        spells = read.acronym and (read.acronym in other.initials or _spells(read.acronym, candidate))
        if not (own & set(other.core)) and not spells:
            continue
        yield candidate, other


def _spells(acronym: str, name: str) -> bool:
    """Whether `acronym` is the initials of the words `name` begins with, or of those after its "at":
    "OSU" in "The Ohio State University Wexner Medical Center", "ECU" in "Brody School of Medicine
    at East Carolina University"."""
    words = [w for w in _words(_fold(name)) if w != "+"]
    starts = [0, *(i + 1 for i, w in enumerate(words) if w == "at")]
    for start in starts:
        run = [w for w in words[start:] if w not in _CONNECTIVES]
        if len(acronym) >= 2 and "".join(w[0] for w in run[: len(acronym)]) == acronym:
            return True
    return False


def _fuller(candidate: str, other: Name, best: str) -> bool:
    """Whether `candidate` names the place more fully than `best`: spelled out where `best` is an
    acronym, more distinctive words ("Johns Hopkins" for "Hopkins"), or `best` carried on ("Denver
    Health Medical Center"). A sibling of one core ("Duke University School of Medicine" beside
    "Duke University Hospital") is no fuller."""
    if _CAPITALS.fullmatch(candidate):
        return False
    known = read_name(best)
    if _CAPITALS.fullmatch(best) or (known.acronym and len(known.core) == 1):
        # spelled out letter by letter, or as the known name it stands for ("RWJ" is no short name
        # for "Children's Hospital at Robert Wood Johnson University Hospital")
        return bool(known.acronym and known.acronym in other.initials) or other.core == known.core
    # spelled out: "University of California, Davis" for "UC Davis"
    # ("Ohio State University Wexner Medical Center" for "OSU Wexner Medical Center")
    spelled_out = other.core == known.core or _initialled(other.core, known.core) == known.core
    if spelled_out and _abbreviated(best) and not _abbreviated(candidate):
        return True
    # the same words carried on, never words put before them ("Penn Medicine Lancaster General
    # Health" is the system, not "Lancaster General Hospital")
    return _carries_on(other, known) or candidate.startswith(best + " ")


def _abbreviated(name: str) -> bool:
    """Whether a word of `name` is letters in capitals ("UC Davis")."""
    return any(_CAPITALS.fullmatch(word) for word in name.split())


def _carries_on(longer: Name, shorter: Name) -> bool:
    """Whether `longer`'s distinctive words are `shorter`'s with more after them."""
    return len(longer.core) > len(shorter.core) and longer.core[: len(shorter.core)] == shorter.core


def decision_key(a: str, b: str) -> tuple[str, str]:
    """The order-free key of a merge or keep-apart decision between two names."""
    first, second = sorted((read_name(a).key, read_name(b).key))
    return first, second


def number_key(a: str, b: str) -> tuple[str, str]:
    """The order-free key of the user's decision between two program numbers ("#3204131201")."""
    first, second = sorted((f"#{a}", f"#{b}"))
    return first, second


def decided(mine: list[str], known: list[str], decisions: dict[tuple[str, str], bool]) -> bool | None:
    """The user's decision between any name of `mine` and any of `known`: keep apart (False) wins
    over merge (True); None when the user decided nothing about them."""
    said = {decisions.get(decision_key(one, other)) for one in mine if one for other in known}
    return False if False in said else True if True in said else None


# Words two names may share without saying they name one place.
_SHARED_BY_MANY = _GENERIC | _CONNECTIVES | _STATES | _CITIES | frozenset(
    re.findall(
        r"\S+",
        """
    university college saint mount children childrens womens women general regional community
    county city national american international medical clinic institute
""",
    )
)
_ALSO_CALLED = re.compile(
    r"[ \t]*\((?:(?:formerly|previously|also known as|aka|now)[ \t]+)?([^()\n]{3,80})\)"
)
_FORMERLY = re.compile(r"[^.\n]{0,120}?\((?:formerly|previously)[ \t]+([^()\n]{3,80})\)")


_NOW_CALLED = re.compile(rf"({NAME})[ \t]*\((?:formerly|previously)[ \t]+$")


def other_names(program: str, text: str, sender_name: str = "") -> list[str]:
    """The other names a message gives the program it names `program`: "X (Y)", "X (formerly Y)",
    "Y / X" or "X / Y" (a school and its hospital), and a name the program's own mailbox signs
    with ("Beaumont Royal Oak Internal Medicine Residency" beside "Corewell Health William Beaumont
    University Hospital") when it shares a word of its own with `program`. A place alone ("(Royal
    Oak)"), a person or a format in parentheses is no name."""
    found: list[str] = []
    if not program:
        return found
    # (a name wrapped over two lines is still the name)
    for match in re.finditer(r"\s+".join(map(re.escape, program.split())), text):
        after = text[match.end() : match.end() + 200]
        for said in (_ALSO_CALLED.match(after), _FORMERLY.match(after)):
            if said:
                found.append(said.group(1))
        joined = re.match(rf"[ \t]+/[ \t]+({NAME})", after)
        if joined:
            found.append(joined.group(1))
        ahead = text[max(0, match.start() - 120) : match.start()]
        for said in (re.search(rf"({NAME})[ \t]+/[ \t]+$", ahead), _NOW_CALLED.search(ahead)):
            if said:
                found.append(said.group(1))
        # "East Tennessee State University - Quillen College of Medicine": a university and its
        # school joined by a dash, each an institution's name (not "– Jacksonville", a campus)
        dashed = (
            re.match(rf"[ \t]+[-–—][ \t]+({NAME})", after),
            re.search(rf"({NAME})[ \t]+[-–—][ \t]+$", ahead),
        )
        found += [d.group(1) for d in dashed if d and _INSTITUTION_WORD.search(_fold(d.group(1)))]
    names = [name for name in map(_with_its_place, found) if name and _is_a_name(name, program)]
    if place := one_of_its_places(program, text):
        names.append(place)
    from_sender = clean_program(sender_name) if sender_name else None
    if from_sender and _shares_a_word(from_sender, program):
        names.append(from_sender)
    unique: list[str] = []
    for name in names:
        if name != program and name not in unique:
            unique.append(name)
    return unique


def _with_its_place(candidate: str) -> str | None:
    """A name as `clean_program` writes it, with the campus it ends with kept: "University of
    Arizona College of Medicine – Phoenix" is not the Tucson one."""
    name = clean_program(candidate)
    if name:
        rest = candidate.strip()[len(name) :]
        place = re.match(r"[ \t]*(?:[–-][ \t]*|\()([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b", rest)
        if place and all(w in _CITIES or w in _STATES for w in _words(_fold(place.group(1)))):
            name = f"{name} – {place.group(1)}"
    return name


def most_specific(names: list[str]) -> list[str]:
    """The names less specific than none of the others: "Mayo Clinic" goes beside "Mayo Clinic
    Arizona" from the same message, which says which Mayo Clinic it meant."""
    reads = [(name, read_name(name)) for name in names]
    kept = []
    for name, read in reads:
        wider = any(
            other is not name
            and len(other_read.core + other_read.qualifier) > len(read.core + read.qualifier)
            and _contains(other_read.core + other_read.qualifier, read.core + read.qualifier) is not None
            for other, other_read in reads
        )
        if not wider:
            kept.append(name)
    return kept or names


def _is_a_name(name: str, program: str) -> bool:
    read = read_name(name)
    words = read.core + read.qualifier
    if not words or all(word in _STATES or word in _CITIES for word in words):
        return False  # "(Royal Oak)", "(Denver, CO)"
    # Said beside the program's name, a name that shares even a city with it is another name for it.
    return names_an_institution(name) or _shares_a_word(name, program, _GENERIC) or read.acronym is not None


def _shares_a_word(name: str, program: str, common: frozenset[str] = _SHARED_BY_MANY) -> bool:
    own = {w for w in _words(_fold(name)) if w not in common and len(w) > 2}
    return bool(own & {w for w in _words(_fold(program)) if w not in common})
