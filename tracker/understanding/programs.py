"""The program a message is about: the institution, as a person would write it ("Brookfield
University", not "the Brookfield University Internal Medicine Residency Program"). Mail sent through
Thalamus, ERAS or Interview Broker names it only in the body, so the body is read first: "X has
invited you", "the residency at X", "X ... Residency", then the sender's name, then a signature line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from tracker.lexicon import PERSONAL_DOMAINS, PLACE_WORDS, STATE_WORDS
from tracker.specialties import find_specialties

# What follows "General" when the word is a specialty's ("General Surgery"), not a hospital's.
_AFTER_GENERAL = r"Surgery|Surgical|Medical|Pediatrics|Preventive|Psychiatry"
_INSTITUTION = re.compile(
    r"\b(?:University|College|Hospitals?|Medical Center|Health|Healthcare|HealthCare|Clinic|Institute|"
    r"School of Medicine|Medical School|Health System|Medicine|Foundation|Permanente|Infirmary|"
    r"Medical Group|Health Sciences|Children['’]s|Mayo|Kaiser|UCSF|UCLA|NYU|MUSC|UPMC|UT\b|VA\b|"
    # "Ashgrove General", "Mass General" (not "General Surgery", "General Medical Education")
    rf"(?<=[a-z] )General\b(?! (?:{_AFTER_GENERAL})))"
    # "OhioHealth", "MetroHealth", "CoxHealth": a system's name run into one word
    r"|(?<=[a-z])Health\b",
)
# (a middle initial or two and "Jr." belong to a name: "Frederick P. Whiddon", "Monroe Carell Jr.
# Children's Hospital", "Inova L.J. Murphy Children's Hospital")
_WORD = (
    r"(?:(?:St|Mt|Ft|Ste|Jr|Sr)\.|[A-Z]\.(?:[A-Z]\.)?(?=[ \t]+[A-Z])"
    r"|[A-Z][\w'’&/+–-]*(?:(?<=/St|/Mt|/Ft)\.)?)"
)
_NAME = rf"{_WORD}(?:[ \t]+(?:{_WORD}|of|at|the|and|&|\+|for|in|de|la|du)){{0,13}}"
_NAME_RE = re.compile(_NAME)
_PERSON_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+$")
_ANOTHER_PLACE = re.compile(
    r"\b(?:separate from|not affiliated with|unaffiliated with|different (?:program|hospital) (?:from|than)|"
    r"(?:not to be |don['’]t |do not )confuse\w*|distinct from|independent of|rather than|unlike|"
    # the sites its residents rotate at: "Our residents rotate at UCSF Parnassus, Mission Bay ..."
    r"rotat(?:e|es|ing) (?:at|through|to)|rotations include|electives? (?:at|in)|"
    r"(?:training|clinical|affiliated|rotation) sites)\b",
    re.I,
)
# Said right after a name: "(McGaw, Northwestern Memorial Hospital) is separate"; "your Pediatrics date
# with Kentucky Children's Hospital is not affected" (another program of hers).
_SEPARATE_AFTER = re.compile(
    r"^\W{0,3}(?:is|are|(?:but|and|yet) (?:we|our (?:program|residency)) (?:are|is)) (?:a |an )?"
    r"(?:separate|distinct|different program|not affiliated|unaffiliated|independent|not affected|"
    r"unaffected)\b",
    re.I,
)
NAME = _NAME  # a capitalised name of up to fourteen words, for other modules' patterns
_SIGNATURE_NOISE = re.compile(
    r"\b(?:Residency|Program|Programs|Coordinator|Director|Office|Team|GME|Graduate Medical Education|"
    r"Medical Education|"
    r"Admissions|Recruitment|Department|Dept\.?|Division|Interviews?|Categorical|Preliminary|"
    r"Advanced|Integrated|Track|Applications?|No-?Reply|Noreply|Via|Thalamus|ERAS|via|Education|"
    # an event named after the program: "Cincinnati Children's Second Look"
    r"Second Look|Open House|Interview Day|Virtual Social|Resident Social)\b.*$",
)
_PERSON_TITLE = re.compile(
    r"(?:Program |Residency )?(?:Coordinator|Director|Manager|Assistant|Administrator)\b"
)
_NOT_PROGRAMS = re.compile(
    r"^(?:the )?(?:thalamus|eras|myeras|aamc|nrmp|interview broker|residencycas|liaison|zoom|dear|"
    r"calendly|doodle|google forms?|microsoft (?:forms|teams)|teams|webex|sign ?up(?:genius)?|"
    r"hello|hi|congratulations|thank you|please|we|our|your|this|national resident matching program|"
    r"electronic|electronic residency application service|association of american medical colleges|"
    r"good news|congrats|dr\.?|mr\.?|ms\.?|mrs\.?)\b|^(?:the|an?|all|we|our|you|your)$",
    re.I,
)
_TOWN = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,[ \t]*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
# Where a subject line (or a signature's line) parts: "Interview granted - Wrenfield Health Psychiatry".
_SUBJECT_PARTS = re.compile(r"\s*[:|]\s+|\s+[-–]\s+")
# Words of a subject line that say what the mail is, not whose it is.
_SUBJECT_WORDS = re.compile(
    r"\b(?:Interviews?|Invitations?|Invite|Reminders?|Updates?|Confirm\w*|Schedul\w*|Waitlist\w*|"
    r"Applications?|Status|Thank|Thanks|Day|Session|Decision|Notice|Information|Important|Action|"
    r"Required|Re|Fwd?|Your|New|Urgent|Tomorrow|Today|Next|Week)\b",
    re.I,
)
# "the Hilton Garden Inn Albany Medical Center": a hotel, however near the hospital.
_LODGING = re.compile(r"\b(?:Inn|Hotel|Suites|Motel|Marriott|Hilton|Hyatt|Sheraton|Westin|DoubleTree)\b")
# "Greystone Children's Hospital Pediatric Residency": the adjective belongs to the specialty.
_ADJECTIVES = (
    r"(?:Pediatric|Paediatric|Surgical|Psychiatric|Neurological|Neurologic|Dermatologic|Radiologic|"
    r"Orthopaedic|Orthopedic|Urologic|Obstetric|Anesthesia|Emergency|Adult)"
)
_SPECIALTY_ADJECTIVE = re.compile(rf"(?:\s+{_ADJECTIVES})+$")
_ONLY_ADJECTIVES = re.compile(rf"{_ADJECTIVES}(?:\s+{_ADJECTIVES})*")
_KIND_WORD = (
    r"(?:Hospitals?|Medicine|Medical|Center|Centre|Health|Healthcare|Clinics?|University|College|School|"
    r"System|Sciences?|Institute|Specialty|Outpatient|Ambulatory|Care|Campus|Public|of|at|and|&|the|The)"
)
_ONLY_KIND_WORDS = re.compile(rf"{_KIND_WORD}(?:\s+{_KIND_WORD})*")
# (words that name the place even without a word for what kind of place it is: "interview with
# Shirley Ryan AbilityLab")
_APPLIED_TO = re.compile(
    r"(?:applying to|apply to|interest in|application to|interview(?:ing)? with)\s", re.I
)
_PROGRAM_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "Program: X" lines
    re.compile(
        r"^[ \t]*(?:Program|Institution|Program Name|Hospital|Sponsoring Institution|Organizer)\s*:\s*"
        rf"({_NAME})",
        re.M,
    ),
    # "X (Internal Medicine) has invited you"
    re.compile(
        rf"\b({_NAME})(?:[ \t]+[-–(][^\n.]{{0,60}}?)?[ \t]+(?:has|have) "
        r"(?:invited|extended|offered|placed|added|sent|scheduled|cancell?ed|updated)"
    ),
    # "the Surgery residency at X"
    re.compile(
        r"\b(?:residency|residency program|program|programme|training program|department|fellowship)\s+"
        r"(?:at|of)\s+"
        rf"(?:the\s+)?({_NAME})"
    ),
    # ("Tessa Morgan\nResidency Coordinator" is a person and her title)
    re.compile(
        rf"\b({_NAME})\s+(?i:residency|residency program|residency training program)\b(?!\s+Match)"
        r"(?!\s+(?:Program\s+)?(?:Coordinator|Director|Manager|Assistant|Administrator)\b)"
    ),
    re.compile(
        r"\b(?:on behalf of|interview(?:ing)? (?:with|at)|welcome to|interest in|applying to|apply to|"
        rf"application (?:to|with)|visit(?:ing)?|behalf of)\s+(?:the\s+)?({_NAME})"
    ),
    re.compile(rf"\b(?:at|from)\s+(?:the\s+)?({_NAME})"),
)  # fmt: skip
# For each of `_PROGRAM_PATTERNS`: words one of which it needs (none: no test), and whether it reads
# them case-insensitively. A pattern is not run over text that lacks them all.
_PATTERN_WORDS: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("Program", "Institution", "Hospital", "Sponsoring", "Organizer"), False),
    (("has", "have"), False),
    (("residency", "program", "department", "fellowship"), False),
    (("residency",), True),
    (("behalf", "interview", "welcome", "interest", "apply", "application", "visit"), False),
    ((), False),
)


# "General Psychiatry", "General Surgery": the word belongs to the specialty ("St. Jude General IM"
# is a hospital's name and its specialty)
_GENERAL_SPECIALTY = re.compile(rf"(?:{_AFTER_GENERAL})\b")


def before_specialty(name: str, start: int) -> str:
    """What `name` says before its specialty at `start`, without a "General" of the specialty's."""
    head = name[:start].rstrip()
    if head.endswith(" General") and _GENERAL_SPECIALTY.match(name, start):
        head = head[: -len(" General")]
    return head.strip()


def _own_words(name: str) -> list[str]:
    """The capitalised words of a name that say which place it is, not what kind of place."""
    return [w for w in re.findall(r"[A-Z][\w'’.-]*", name) if not _ONLY_KIND_WORDS.fullmatch(w)]


def clean_program(candidate: str, two_letters: bool = False) -> str | None:
    """A program name as a person writes it: no specialty, no "Residency Program", no "the".
    `two_letters`: the candidate is a field's value ("Program: GW Emergency Medicine"), where two
    capitals name the program; elsewhere "UC" or "UW" is too short to say which one."""
    # "PROGRAM     Kestrel Point Medical Center": a field's name in capitals before its value
    candidate = re.sub(r"^\s*(?:PROGRAM|INSTITUTION|HOSPITAL|SPONSOR)\s{2,}", "", candidate)
    parts = re.split(r"\s+[-–|:,(]\s*|\s*[–—]\s*|\s*\n", candidate.strip(), maxsplit=1)
    name = parts[0]
    campus = _campus(candidate.strip()[len(name) :])
    # "Dr. Felix Amador and the Cresthaven Medical Center EM Residency": a person and the place
    joined = re.split(r"\s+(?:and|&)\s+the\s+", name, maxsplit=1)
    if len(joined) == 2 and _INSTITUTION.search(joined[1]) and not _INSTITUTION.search(joined[0]):
        name = joined[1]
    # "Pinecrest University Health in Lake Arden": the place it is in is no part of its name
    located = re.match(r"(.+?)\s+in\s+(?=[A-Z])", name)
    # ("Kern Medical in Bakersfield, California": a town, and its state, after a name of two words)
    town = located and re.fullmatch(_TOWN, name[located.end() :]) and " " in located.group(1)
    # (but a school of medicine's city is part of its name: "Washington University School of
    # Medicine in St. Louis"; a university's is where it is: "SUNY Upstate Medical University in
    # Syracuse")
    proper = located and located.group(1).endswith("School of Medicine")
    if located and (_INSTITUTION.search(located.group(1)) or town) and not proper:
        name = located.group(1)
    # "Internal Medicine at Mount Sinai": the institution follows the specialty.
    leading = re.match(r"^(?:the\s+)?(?:[\w/&-]+\s+){0,4}?(?:at|of)\s+(?:the\s+)?(?=[A-Z])", name)
    if leading and find_specialties(leading.group(0)):
        name = name[leading.end() :]
    noise = _SIGNATURE_NOISE.search(name)
    if noise and _PERSON_TITLE.match(noise.group(0)):
        return None  # "Kevin O'Neill, Program Coordinator": a person, not a program
    if noise:
        # "Mayo Clinic School of Graduate Medical Education": the school of an office names nothing
        name = name[: noise.start()].strip()
        name = re.sub(r"\s+(?:School|College|Department|Division|Office)\s+of$", "", name)
    for mention in reversed(find_specialties(name)):
        # "Hospital for Special Surgery", "Mallinckrodt Institute of Radiology": a place named for
        # its field, the specialty ending the name after "of" or "for"
        field_named = NAMED_FOR_ITS_FIELD.search(name[: mention.start])
        if mention.start > 0 and mention.end == len(name) and field_named:
            break
        if mention.start > 0:
            name = before_specialty(name, mention.start)
        elif mention.end == len(name) or re.match(r"\s*(?:&|and)\s", name[mention.end :]):
            return None  # (a department: "Anesthesiology & Perioperative Medicine")
    # "Rhode Island Hospital and The Miriam Hospital", "Temple University Hospital and the Lewis Katz
    # School of Medicine": two institutions, each with a name of its own; the first is the program's
    # (not "Hospitals and Clinics", "Hospital and Medical Center": one institution's kinds)
    both = re.split(r"\s+(?:and|&)\s+(?=(?:[Tt]he\s+)?[A-Z])", name, maxsplit=1)
    if len(both) == 2 and all(_INSTITUTION.search(part) and _own_words(part) for part in both):
        name = both[0]
    # "Cleveland Clinic Main Campus": where, not which
    name = re.sub(r"\s+(?:Main|North|South|East|West|Downtown)\s+Campus$", "", name)
    if _ONLY_ADJECTIVES.fullmatch(name):
        return None  # "Pediatric Residency Coordinator": a specialty's adjective names no institution
    name = _SPECIALTY_ADJECTIVE.sub("", name)
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = re.sub(r"(?:\s+(?:of|at|the|and|&|for|in|de|la|du|'s))+$", "", name).strip(" .,'’-&")
    # "St. Luke's", "Cincinnati Children's", "Brigham and Women's": the possessive is the name's
    if not re.match(r"(?:St\.?|Saint|Mt\.?|Mount)\s+\S+$", name) and not re.search(
        r"\b(?:Children|Women|Men)['’]s$", name
    ):
        name = re.sub(r"['’]s$", "", name)
    if _ONLY_KIND_WORDS.fullmatch(name):
        return None  # "Hospital Medicine", "Medical Center": what kind of place, not which
    if any(m.start == 0 and m.end == len(name) for m in find_specialties(name)):
        return None  # "your Family Medicine interview on December 17 in any way": a specialty alone
    short = len(name) < 3 and not (two_letters and re.fullmatch(r"[A-Z]{2}", name))
    # (each name a slash joins may be long: "Rutgers Robert Wood Johnson Medical School/Robert Wood
    # Johnson University Hospital"); an initial is no word of its own ("Frederick P. Whiddon")
    too_long = any(len(re.findall(r"\w{2,}", part)) > 9 for part in name.split("/"))
    if short or _NOT_PROGRAMS.match(name) or too_long or _STREET.search(name) or _LODGING.search(name):
        return None
    if not re.search(r"[A-Z]", name):
        return None
    # "Banner – University Medical Center Phoenix": a system's name, a dash, then its hospital.
    dashed = re.search(rf"(?<!\w){re.escape(name)}[ \t]+[–-][ \t]+({_NAME})", candidate)
    hospital_after = dashed and re.match(r"(?:University|Medical Center|Hospital|Regional)\b", dashed[1])
    if dashed and hospital_after and " " not in name and not _INSTITUTION.search(name):
        hospital = clean_program(dashed.group(1))
        return f"{name} – {hospital}" if hospital else name
    # "MedStar Health – Washington Hospital Center": a health system's name, then its hospital's
    hospital = clean_program(dashed.group(1)) if dashed and _A_SYSTEM.search(name) else None
    if hospital and _INSTITUTION.search(hospital) and _own_words(hospital):
        return f"{name} – {hospital}"
    if campus and campus.strip(" –()").lower() not in name.lower():
        return name + campus
    return name


# "Hospital for Special Surgery", "Mallinckrodt Institute of Radiology": what comes before the field
# a place is named for.
# (not a place's city: "Children's Hospital of Philadelphia Pediatrics")
NAMED_FOR_ITS_FIELD = re.compile(
    r"\b(?:Hospital|Institute|Center|Centre)\s+(?:of|for(?:\s+[A-Z][a-z]+)?)\s*$"
)
# "1700 Medical Center Pkwy": an address, not a name.
_STREET = re.compile(
    r"\b(?:Pkwy|Parkway|Blvd|Boulevard|Ave|Avenue|Street|Rd|Road|Drive|Dr|Ln|Lane|Hwy|Highway|Suite|"
    r"Floor|Plaza|Circle|Ct|Court|Freeway|Fwy)\.?$"
)
_CAMPUS = re.compile(
    r"(?:[ \t]+(?P<dash>[–-])[ \t]+|[ \t]*(?P<tight>[–—])[ \t]*|[ \t]+\()"
    r"(?P<words>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})(?:,[ \t]*[A-Z]{2})?(?P<close>\))?"
)
# A health system's name, which a dash may follow with one of its hospitals.
_A_SYSTEM = re.compile(r"\b(?:Health|Health System|Healthcare|HealthCare)$")
# The last word of a region's name ("Lehigh Valley", "Long Island", "East Bay", "Gulf Coast").
_REGION_NOUNS = frozenset(
    {"valley", "island", "county", "bay", "coast", "shore", "hills", "springs", "beach", "city"}
)


# The first word of a city's name of two ("San Francisco", "Los Angeles", "Salt Lake City").
_CITY_FIRST_WORDS = frozenset(
    {"san", "los", "las", "santa", "el", "la", "new", "salt", "lake", "fort", "saint"}
)


def _a_place_word(word: str) -> bool:
    return word.lower() in PLACE_WORDS or word.lower() in STATE_WORDS


def _campus(rest: str) -> str | None:
    """The campus a name is followed by, as written: " – Jacksonville" (also before a specialty:
    "- Jacksonville Emergency Medicine"), " (Springfield)"; None when what follows is no place
    ("– Interview Invitation", "(PGY-1)")."""
    found = _CAMPUS.match(rest)
    if not found:
        return None
    words = found.group("words").split()
    dashed = found.group("dash") or found.group("tight")
    # (a city of two words only in parentheses, as ERAS names a campus's program: "University of
    # California (San Francisco)"; after a dash, "– New Orleans" is where one hospital is)
    first_words = frozenset() if dashed else _CITY_FIRST_WORDS
    places = list(itertools.takewhile(lambda w: _a_place_word(w) or w.lower() in first_words, words))
    while places and not _a_place_word(places[-1]):
        places.pop()  # ("San Francisco", not "San")
    # "NYU Langone Hospital—Long Island", "Jefferson Health – Lehigh Valley", "University of
    # Missouri–Kansas City": after a dash, a region's or a city's name of two or three words
    region = [i for i, w in enumerate(words[:3]) if w.lower() in _REGION_NOUNS and i > 0]
    if dashed and region and len(places) <= region[0]:
        places = words[: region[0] + 1]
    if dashed:
        # ("– Oak Lawn" is no "– Oak": what follows the place must be none, or a specialty)
        after = " ".join(words[len(places) :])
        if after and not any(m.start == 0 for m in find_specialties(after)):
            return None
        return f" – {' '.join(places)}" if places else None
    whole = found.group("close") is not None and len(places) == len(words)
    return f" ({' '.join(places)})" if whole else None


def detect_program(
    subject: str,
    text: str,
    from_name: str = "",
    applicant_name: str = "",
    domain: str = "",
    elsewhere: str = "",
    sender: str = "",
) -> str | None:
    """The institution, found in the body (platform mail names it only there), else the sender name,
    else a name the sender's domain spells ("Orrin Valley Family Medicine" from orrinvalley.org).
    `elsewhere` (the earlier mail a reply quotes) only completes a short name ("Quarry Hill" as
    "Quarry Hill Medical Center")."""
    original = text[:5000]
    # Lines wrapped inside a paragraph are joined, so "Riverside University\nMedical Center" is one name.
    flowing = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s\-*•])", _join_unless_signed, original)

    def is_applicant(name: str) -> bool:
        """ "Jordan Lee" is the applicant, not a program ("Lee Memorial Hospital" is one)."""
        lowered = name.lower()
        return bool(applicant_name.strip()) and (
            applicant_name.strip().lower() in lowered or lowered in applicant_name.lower().split()
        )

    def hers(text: str, start: int) -> bool:
        """Whether a name follows the applicant's own on its line ("Marisol Haugen, University of
        Iowa" in a sign-up's comment): her school, not the program."""
        line = text[text.rfind("\n", 0, start) + 1 : start]
        return bool(applicant_name.strip()) and bool(
            re.search(rf"{re.escape(applicant_name.strip())}\W{{1,4}}$", line, re.I)
        )

    scored: list[tuple[int, int, str]] = []
    for rank, pattern in enumerate(_PROGRAM_PATTERNS):
        # "Program: X" lines are read line by line; everything else in flowing text.
        sources = (subject, original) if rank == 0 else (subject, flowing)
        for source in sources:
            if not _may_match(rank, source):
                continue
            for match in pattern.finditer(source):
                # "Banner – University Medical Center Phoenix ... has invited you", "Baylor Scott &
                # White (Temple) – Internal Medicine": the hospital or the campus after the name
                dashed = re.match(
                    rf"(?:[ \t]+[–-][ \t]+{_NAME}|[ \t]*[–—][ \t]*{_NAME}|[ \t]+\([^()\n]{{1,40}}\))",
                    source[match.end(1) :],
                )
                candidate = match.group(1) + (dashed.group(0) if dashed else "")
                name = clean_program(candidate, two_letters=rank == 0)
                if name and all(w.lower() in PLACE_WORDS for w in name.split()):
                    # "Baylor Scott & White – Temple Emergency Medicine": "Temple" is its campus
                    ahead = source[max(0, match.start(1) - 80) : match.start(1)]
                    system = re.search(rf"({_NAME})[ \t]+[–-][ \t]+$", ahead)
                    if system:
                        candidate = f"{system.group(1)} – {candidate}"
                        name = clean_program(candidate)
                if not name or is_applicant(name) or hers(source, match.start(1)):
                    continue
                # "at San Antonio": where, not which ("Ohio State" is a university; "University of
                # California, San Diego" is completed below)
                words = name.split()
                placed = all(_a_place_word(w) or w.lower() in _CITY_FIRST_WORDS for w in words)
                if placed and words[-1] != "State" and not source[: match.start(1)].endswith(", "):
                    continue
                if _PERSON_BEFORE.search(source[max(0, match.start(1) - 8) : match.start(1)]):
                    continue  # "on behalf of Dr. Alvarez-Quintero and the Pediatric Residency": a person
                # An institution word makes a candidate trustworthy; the loose patterns need one,
                # except "applying to X", which names the place even without one.
                has_institution = bool(_INSTITUTION.search(name))
                # (initials alone, "interviewing with DHREM", are left to the fuller names around)
                applied_to = rank == 4 and _APPLIED_TO.match(match.group(0)) and re.search(r"[a-z]", name)
                # "at Westridge Emergency Medicine": a name followed by its specialty is a program.
                at = candidate.find(name)
                named_with_specialty = at >= 0 and bool(find_specialties(candidate[at + len(name) :]))
                if rank >= 4 and not has_institution and not applied_to and not named_with_specialty:
                    continue
                if rank == 0 and not has_institution and match.group(0).lstrip().startswith("Organizer"):
                    continue  # (a scheduling page's organizer may be a person: "Organizer: Jarvis Pruitt")
                if not has_institution and _signs_off(name, original):
                    continue  # "Karen" on her own line above "Family Medicine Residency": a person
                # (an institution word, or a specialty after it, says it is a program's name: "the
                # Baylor Scott & White – Temple Emergency Medicine Residency", not a hotel's)
                loose_but_named = rank >= 4 and named_with_specialty
                score = rank - (2 if has_institution or loose_but_named or applied_to else 0)
                # The name the sender signs with ("Swedish Cherry Hill FMR") is the mail's own program,
                # not one its newsletter mentions; so is one its mailbox is named for
                # ("bayviewimresidency@" beside "the Osler Medical Residency at The Johns Hopkins Hospital").
                score -= 3 if from_name and from_name.lower().startswith(name.lower()) else 0
                score -= 2 if _named_by_sender(name, from_name, sender) else 0
                # "our program is separate from the General Surgery program at Baylor Scott & White
                # Medical Center – Temple": a place named to tell the mail's own program from it
                clause = re.split(r"[.!?;]\s", source[max(0, match.start(1) - 150) : match.start(1)])[-1]
                # ("The Northwestern Med-Peds program (McGaw, Northwestern Memorial Hospital) is separate")
                said_after = re.split(r"[.!?;]\s", source[match.end(1) : match.end(1) + 150])[0]
                if _ANOTHER_PLACE.search(clause) or _SEPARATE_AFTER.match(said_after):
                    continue
                scored.append((score, match.start(), name))
    # A signature's institution line is a candidate too, where the sender's mailbox is named for it.
    for line in signature_block(original):
        for found in _NAME_RE.finditer(line):
            name = clean_program(found.group(0))
            if name and _INSTITUTION.search(name) and _named_by_sender(name, from_name, sender):
                scored.append((0, len(original), name))  # (a loose pattern's rank, less both bonuses)
    whole = subject + "\n" + flowing + "\n" + elsewhere
    if scored:
        # (the campus of "University of California, San Diego" before "San Diego General Psychiatry")
        winner = with_comma_campus(min(scored)[2], whole)
        completed = _completed(winner, whole)
        if completed != winner:
            completed = with_comma_campus(completed, whole)
        return _in_the_subject(completed, subject)
    # "Thao (VCU EM)": a person, and in parentheses the program she writes for.
    for sender in (*re.findall(r"\(([^()]+)\)", from_name), re.sub(r"\([^()]*\)", " ", from_name)):
        name = clean_program(sender)
        # "Fairhaven EM", "Riverbend EM Residency": a sender named for a program.
        if name and (_INSTITUTION.search(name) or find_specialties(sender) or "Residency" in sender):
            return _completed(name, whole)
    # A signature line: the first name around an institution word, in the signature block first.
    # (a letter without a closing still signs at its end)
    lines = original.splitlines()
    for line in [*signature_block(original), *lines[-6:], *lines]:
        for found in _NAME_RE.finditer(line):
            if _INSTITUTION.search(found.group(0)):
                name = clean_program(found.group(0))
                theirs = not is_applicant(name or "") and not hers(line, found.start())
                # (not a program the letter tells apart from its own: "... Northwestern Memorial
                # Hospital) is separate")
                theirs = theirs and not _SEPARATE_AFTER.match(line[found.end() :])
                # (nor one it is "not affiliated with")
                before = re.split(r"[.!?;]\s", line[: found.start()])[-1]
                theirs = theirs and not _ANOTHER_PLACE.search(before)
                if name and _INSTITUTION.search(name) and theirs:
                    # "University of Florida College of Medicine - Jacksonville": its campus too
                    campus = _campus(line[found.end() :]) if name == found.group(0).strip() else None
                    return name + campus if campus else with_comma_campus(name, line)
    # Last, a part of the subject ("Interview granted - Wrenfield Health Psychiatry") naming an institution.
    for part in _SUBJECT_PARTS.split(subject):
        name = clean_program(part)
        if name and _INSTITUTION.search(name) and not is_applicant(name):
            return name
    named = _named_by_domain(subject + "\n" + original, domain, is_applicant)
    return _completed(named, whole) if named else None


def named_before_its_specialty(subject: str, text: str, applicant_name: str = "") -> str | None:
    """A name its specialty follows in the subject or on a signature's line, with no word for what
    kind of place it is: "Interview Invitation – Kern Medical – Emergency Medicine Residency", "UW IM
    Residency – application update". The last resort, for mail that names its program no other way."""
    mine = {w.lower() for w in applicant_name.split()}
    for source in (subject, *signature_block(text[:5000])):
        parts = _SUBJECT_PARTS.split(source)
        for index, part in enumerate(parts):
            name = clean_program(part, two_letters=True)
            if not name or _SUBJECT_WORDS.search(name) or mine & {w.lower() for w in name.split()}:
                continue
            after = part[part.find(name) + len(name) :] if name in part else ""
            following = parts[index + 1] if index + 1 < len(parts) else ""
            specialty_after = any(m.start <= 1 for m in find_specialties(after)) or any(
                m.start == 0 for m in find_specialties(following)
            )
            if specialty_after and (len(name.split()) > 1 or name.isupper()):
                return name
    return None


_GENERIC_SENDER_WORDS = frozenset(
    re.findall(
        r"\S+",
        "residency residencies program programs medicine medical health hospital university school "
        "college center office education coordinator interview interviews team noreply reply",
    )
)


def _named_by_sender(name: str, from_name: str, sender: str) -> bool:
    """Whether the sender's name or mailbox spells a distinctive word of `name` ("Bayview IM
    Residency", bayviewimresidency@jh.edu for "Johns Hopkins Bayview Medical Center")."""
    said = (from_name + " " + sender.split("@")[0]).lower()
    words = [w for w in re.findall(r"[a-z]{4,}", name.lower()) if w not in _GENERIC_SENDER_WORDS]
    return any(word in said for word in words)


def signature_block(text: str) -> list[str]:
    """The lines that sign a letter: those after its last closing ("Best regards,", "Sincerely,",
    a "--" line), at most eight; none when the letter has no closing."""
    lines = [line.strip() for line in text.splitlines()]
    closings = [index for index, line in enumerate(lines) if _CLOSING.match(line) or line in {"--", "—"}]
    return [line for line in lines[closings[-1] + 1 :] if line][:8] if closings else []


def _named_by_domain(text: str, domain: str, is_applicant: Callable[[str], bool]) -> str | None:
    """A name in the mail that the sender's domain spells out: "Dunmore" in "Dunmore Pathology" from
    dunmorepath.org, "Orrin Valley" from orrinvalley.org. No institution word needed: the domain
    vouches for it. Personal mailboxes (gmail.com ...) vouch for nothing."""
    label = domain.lower().split(".")[0]
    if len(label) < 4 or domain.lower() in PERSONAL_DOMAINS:
        return None
    for found in _NAME_RE.finditer(text):
        if label[:4] not in found.group(0).lower().replace(" ", ""):
            continue  # cheap: the name must spell the domain's start
        name = clean_program(found.group(0))
        squashed = re.sub(r"[^a-z0-9]", "", (name or "").lower())
        if name and len(squashed) >= 4 and label.startswith(squashed) and not is_applicant(name):
            return name
    return None


def _may_match(rank: int, text: str) -> bool:
    """Whether `text` has a word the `rank`-th program pattern needs (non-ASCII text is always read:
    IGNORECASE folds letters such as "ı" to "i")."""
    words, folded = _PATTERN_WORDS[rank]
    if not words:
        return True
    if folded:
        if not text.isascii():
            return True
        text = text.lower()
    return any(word in text for word in words)


def _signs_off(name: str, text: str) -> bool:
    """A one-word name alone on its line ("Karen", "Gloria"): someone signing a letter."""
    return " " not in name and bool(re.search(rf"^[ \t]*{re.escape(name)}[ \t]*$", text, re.M))


def _in_the_subject(name: str, subject: str) -> str:
    """ "Mayo Clinic" as the subject names it more fully: "Thank you - Mayo Clinic Arizona General
    Surgery" says which Mayo Clinic."""
    for match in re.finditer(rf"\b{re.escape(name)}(?:[ \t]+{_WORD}){{1,5}}", subject):
        # (up to the specialty: "University of Michigan Obstetrics & Gynecology" adds nothing)
        specialty = find_specialties(subject[match.start() + len(name) :])
        end = match.start() + len(name) + specialty[0].start if specialty else match.end()
        longer = clean_program(subject[match.start() : min(end, match.end())])
        if longer and longer.startswith(name + " ") and not find_specialties(longer[len(name) :]):
            return longer
    return name


# "University of California, Davis", "University of Nevada, Reno": a state university's campus after
# a comma is part of its name (a name never runs over a comma otherwise: "Iowa, Kansas and Utah").
_STATE_UNIVERSITY = re.compile(r"(?:The )?University of [A-Z][a-z]+(?: [A-Z][a-z]+)?")
_NOT_A_CAMPUS = re.compile(
    r"(?:Dr|Mr|Ms|Mrs|Department|Division|School|College|University|Hospitals?|Program|Residency|Our|We|"
    r"The|Thank|Please|Sincerely|Best|Inc|Health|Medicine|Medical|Office|Graduate)\b"
)


def with_comma_campus(name: str, text: str) -> str:
    """ "University of California" as the mail writes it with its campus: "University of California,
    Irvine" (so UC Irvine and UC Davis stay two places); "Reno School of Medicine" written after
    "University of Nevada," is "University of Nevada, Reno School of Medicine"."""
    if _STATE_UNIVERSITY.fullmatch(name):
        for match in re.finditer(rf"\b{re.escape(name)},[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*)", text):
            words = match.group(1).split()
            if _NOT_A_CAMPUS.match(words[0]) or any(s.start == 0 for s in find_specialties(match.group(1))):
                continue
            if re.match(r",[ \t]*(?:[A-Z]{2}\b|[A-Z][a-z]+[ \t]+\d{5})", text[match.end() :]):
                continue  # "University of New Mexico, Albuquerque, NM 87131": an address
            # the campus: its first word, and the place words after it ("San Diego", "Los Angeles")
            campus = [words[0], *itertools.takewhile(lambda w: w.lower() in PLACE_WORDS, words[1:])]
            return f"{name}, {' '.join(campus)}"
        return name
    found = re.search(rf"({_STATE_UNIVERSITY.pattern}),[ \t]+{re.escape(name)}\b", text)
    return f"{found.group(1)}, {name}" if found else name


# Up to three capitalised words right before a name, on its line: "Johns " before "Hopkins University"
# (read in the few characters before it, so a line's end further back never matches).
_NAME_WORDS_BEFORE = re.compile(r"(?:(?<=[ \t\n])|\A)((?:[A-Z][\w'’.-]*[ \t]+){1,3})\Z")


def _completed(name: str, text: str) -> str:
    """ "Summit Valley" as the mail names it in full elsewhere: "Summit Valley Medical Center"."""
    if _INSTITUTION.search(name):
        return name
    for match in re.finditer(rf"\b{re.escape(name)}(?:[ \t]+(?:{_WORD}|of|the|and|&)){{1,6}}", text):
        longer = clean_program(match.group(0))
        if longer and longer.startswith(name) and longer != name and _INSTITUTION.search(longer):
            # with the words of its name before it: "Johns Hopkins University" for "Hopkins"
            before = _NAME_WORDS_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
            said = before.group(1) if before else ""
            # (not a specialty's heading run into it: "Internal Medicine Cedar Hollow ...")
            if said and not _NOT_PROGRAMS.match(said) and not find_specialties(said) and not re.search(
                rf"\b{_ADJECTIVES}\b", said
            ):
                whole = clean_program(said + match.group(0))
                if whole and whole.endswith(longer) and whole != longer:
                    return whole
            return longer
    return name


# A line that ends a letter's closing ("Best regards,") or a person's title ("Program Director").
_CLOSING = re.compile(
    r"^[ \t]*(?:(?:with )?(?:best|kind|warm|warmest|many)?[ \t]*(?:regards|wishes|thanks)|sincerely|"
    r"yours(?: sincerely| truly)?|warmly|cheers|best|thank you|respectfully|(?:with )?(?:our )?apologies|"
    r"all the best|(?:best of|good) luck|take care|see you soon|(?:with )?gratitude|go \w+!?),?[ \t]*$",
    re.I,
)
_ENDS_WITH_TITLE = re.compile(
    r"\b(?:Coordinator|Director|Manager|Assistant|Administrator|Chair|Chief|MD|DO|PhD|MPH|FACP|FAAP)"
    r"\.?[ \t]*$"
)


def _join_unless_signed(match: re.Match[str]) -> str:
    """Join a wrapped line to the next, but not a signature's lines: a one-word line ("Corinne" signs
    above "Marlow Health"), a short name after a closing ("Best regards," / "Lorraine Becket"), a
    person's title ("Program Director"), or a heading in capitals ("THE READING ROOM")."""
    text = match.string
    start = text.rfind("\n", 0, match.start()) + 1
    line = text[start : match.start()]
    words = line.split()
    if len(words) == 1 or _ENDS_WITH_TITLE.search(line) or (line.isupper() and len(words) <= 6):
        return "\n"
    previous = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    # A short line opening a block is a name over its signature ("Amy Kessler" / "UPMC ..."); a
    # wrapped paragraph's first line runs near the full width.
    opens_block = start == 0 or not previous.strip()
    if len(words) <= 4 and (_CLOSING.match(previous) or opens_block):
        return "\n"
    # Below a closing ("With apologies," / name / title / program / school), every line is its own.
    above = text[max(0, start - 400) : start].splitlines()[-8:]
    return "\n" if any(_CLOSING.match(line) for line in above) else " "
