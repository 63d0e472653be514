"""Canonical ERAS specialty names and the shorthand that mail uses for them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# ERAS spellings (../shared/DOMAIN.md); these are the only values `specialty` ever takes.
SPECIALTIES: tuple[str, ...] = (
    "Anesthesiology",
    "Child Neurology",
    "Dermatology",
    "Diagnostic Radiology/Nuclear Medicine",
    "Emergency Medicine",
    "Family Medicine",
    "Internal Medicine",
    "Internal Medicine/Pediatrics",
    "Internal Medicine/Psychiatry",
    "Internal Medicine/Emergency Medicine",
    "Pediatrics/Emergency Medicine",
    "Interventional Radiology - Integrated",
    "Medical Genetics",
    "Neurological Surgery",
    "Neurology",
    "Nuclear Medicine",
    "Obstetrics and Gynecology",
    "Occupational and Environmental Medicine",
    "Ophthalmology",
    "Orthopaedic Surgery",
    "Otolaryngology - Head and Neck Surgery",
    "Pathology-Anatomic and Clinical",
    "Pediatrics",
    "Physical Medicine and Rehabilitation",
    "Plastic Surgery-Integrated",
    "Psychiatry",
    "Public Health and General Preventive Medicine",
    "Radiation Oncology",
    "Radiology-Diagnostic",
    "Surgery",
    "Thoracic Surgery - Integrated",
    "Transitional Year",
    "Urology",
    "Vascular Surgery - Integrated",
)

_BY_LOWER = {name.lower(): name for name in SPECIALTIES}


def canonical_specialty(name: str) -> str | None:
    """The ERAS spelling of `name` (case-insensitive), or of a known alias such as "OB/GYN", else None."""
    return _BY_LOWER.get(name.strip().lower()) or specialty_of(name)


# What mail says → the ERAS name. Matched case-insensitively, except the short uppercase shorthand
# in _SHORTHAND (IM, EM, FM, …), which must appear in capitals to avoid ordinary words.
ALIASES: dict[str, str] = {
    "internal medicine-pediatrics": "Internal Medicine/Pediatrics",
    "internal medicine and pediatrics": "Internal Medicine/Pediatrics",
    "internal medicine/pediatrics": "Internal Medicine/Pediatrics",
    "med-peds": "Internal Medicine/Pediatrics",
    "med peds": "Internal Medicine/Pediatrics",
    "medicine-pediatrics": "Internal Medicine/Pediatrics",
    "medicine pediatrics": "Internal Medicine/Pediatrics",
    "internal medicine/psychiatry": "Internal Medicine/Psychiatry",
    "internal medicine-psychiatry": "Internal Medicine/Psychiatry",
    "med-psych": "Internal Medicine/Psychiatry",
    "internal medicine/emergency medicine": "Internal Medicine/Emergency Medicine",
    "internal medicine-emergency medicine": "Internal Medicine/Emergency Medicine",
    "em/im": "Internal Medicine/Emergency Medicine",
    "pediatrics/emergency medicine": "Pediatrics/Emergency Medicine",
    "pediatrics-emergency medicine": "Pediatrics/Emergency Medicine",
    "internal medicine": "Internal Medicine",
    "preliminary medicine": "Internal Medicine",
    "department of medicine": "Internal Medicine",
    "general internal medicine": "Internal Medicine",
    "family medicine": "Family Medicine",
    "family practice": "Family Medicine",
    "family and community medicine": "Family Medicine",
    "emergency medicine": "Emergency Medicine",
    "pediatrics": "Pediatrics",
    "paediatrics": "Pediatrics",
    "peds": "Pediatrics",
    # (the adjective alone is any child's care: "pediatric patients", a "Pediatric Emergency Department")
    "pediatric residency": "Pediatrics",
    "obstetrics and gynecology": "Obstetrics and Gynecology",
    "obstetrics & gynecology": "Obstetrics and Gynecology",
    "obstetrics/gynecology": "Obstetrics and Gynecology",
    "obstetrics and gynaecology": "Obstetrics and Gynecology",
    # "Obstetrics, Gynecology and Reproductive Sciences", "Obstetrics, Gynecology & Women's Health"
    "obstetrics, gynecology": "Obstetrics and Gynecology",
    "ob/gyn": "Obstetrics and Gynecology",
    "ob-gyn": "Obstetrics and Gynecology",
    "obgyn": "Obstetrics and Gynecology",
    "ob gyn": "Obstetrics and Gynecology",
    "general surgery": "Surgery",
    "gen surg": "Surgery",
    "preliminary surgery": "Surgery",
    "surgery": "Surgery",
    "anesthesiology": "Anesthesiology",
    "anesthesia": "Anesthesiology",
    "anaesthesiology": "Anesthesiology",
    "anes": "Anesthesiology",
    "child neurology": "Child Neurology",
    "pediatric neurology": "Child Neurology",
    "neurology": "Neurology",
    "dermatology": "Dermatology",
    "derm": "Dermatology",
    "diagnostic radiology/nuclear medicine": "Diagnostic Radiology/Nuclear Medicine",
    "nuclear radiology": "Diagnostic Radiology/Nuclear Medicine",
    "diagnostic radiology": "Radiology-Diagnostic",
    "radiology-diagnostic": "Radiology-Diagnostic",
    "radiology": "Radiology-Diagnostic",
    "interventional radiology - integrated": "Interventional Radiology - Integrated",
    "integrated interventional radiology": "Interventional Radiology - Integrated",
    "interventional radiology": "Interventional Radiology - Integrated",
    "medical genetics": "Medical Genetics",
    "medical genetics and genomics": "Medical Genetics",
    "neurological surgery": "Neurological Surgery",
    "neurosurgery": "Neurological Surgery",
    "nsgy": "Neurological Surgery",
    "nuclear medicine": "Nuclear Medicine",
    "occupational and environmental medicine": "Occupational and Environmental Medicine",
    "occupational medicine": "Occupational and Environmental Medicine",
    "ophthalmology": "Ophthalmology",
    "orthopaedic surgery": "Orthopaedic Surgery",
    "orthopedic surgery": "Orthopaedic Surgery",
    "orthopaedics": "Orthopaedic Surgery",
    "orthopedics": "Orthopaedic Surgery",
    "ortho": "Orthopaedic Surgery",
    "otolaryngology - head and neck surgery": "Otolaryngology - Head and Neck Surgery",
    "otolaryngology-head and neck surgery": "Otolaryngology - Head and Neck Surgery",
    "otolaryngology": "Otolaryngology - Head and Neck Surgery",
    "head and neck surgery": "Otolaryngology - Head and Neck Surgery",
    "pathology-anatomic and clinical": "Pathology-Anatomic and Clinical",
    "anatomic and clinical pathology": "Pathology-Anatomic and Clinical",
    "pathology": "Pathology-Anatomic and Clinical",
    "physical medicine and rehabilitation": "Physical Medicine and Rehabilitation",
    "physical medicine & rehabilitation": "Physical Medicine and Rehabilitation",
    "pm&r": "Physical Medicine and Rehabilitation",
    "pmr": "Physical Medicine and Rehabilitation",
    "plastic surgery-integrated": "Plastic Surgery-Integrated",
    "integrated plastic surgery": "Plastic Surgery-Integrated",
    "plastic and reconstructive surgery": "Plastic Surgery-Integrated",
    "plastic surgery": "Plastic Surgery-Integrated",
    "psychiatry": "Psychiatry",
    "psych": "Psychiatry",
    "public health and general preventive medicine": "Public Health and General Preventive Medicine",
    "preventive medicine": "Public Health and General Preventive Medicine",
    "radiation oncology": "Radiation Oncology",
    "rad onc": "Radiation Oncology",
    "rad-onc": "Radiation Oncology",
    "thoracic surgery - integrated": "Thoracic Surgery - Integrated",
    "integrated thoracic surgery": "Thoracic Surgery - Integrated",
    "thoracic surgery": "Thoracic Surgery - Integrated",
    "cardiothoracic surgery": "Thoracic Surgery - Integrated",
    "transitional year": "Transitional Year",
    "vascular surgery - integrated": "Vascular Surgery - Integrated",
    "integrated vascular surgery": "Vascular Surgery - Integrated",
    "vascular surgery": "Vascular Surgery - Integrated",
    "urology": "Urology",
}

# Shorthand that is only a specialty when written in capitals (or as shown).
_SHORTHAND: dict[str, str] = {
    "IM": "Internal Medicine",
    "FM": "Family Medicine",
    "EM": "Emergency Medicine",
    "OB": "Obstetrics and Gynecology",
    "DR": "Radiology-Diagnostic",
    "IR": "Interventional Radiology - Integrated",
    "ENT": "Otolaryngology - Head and Neck Surgery",
    "TY": "Transitional Year",
    "Path": "Pathology-Anatomic and Clinical",
    "AP/CP": "Pathology-Anatomic and Clinical",
    "Neuro": "Neurology",
    "Gen Surg": "Surgery",
}

for _name in SPECIALTIES:
    ALIASES.setdefault(_name.lower(), _name)


def _alternation(names: list[str]) -> str:
    # Longest first, so "Internal Medicine/Pediatrics" wins over "Internal Medicine".
    ordered = sorted(names, key=len, reverse=True)
    # Spaces match spaces or hyphens; "and" also matches "&" ("Head & Neck Surgery").
    return "|".join(
        re.escape(n).replace(r"\ ", r"[\s-]+").replace(r"[\s-]+and[\s-]+", r"(?:[\s-]+and[\s-]+|\s*&\s*)")
        for n in ordered
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The alias and shorthand patterns, compiled on first use (commands that read no mail skip it)."""
    return (
        re.compile(rf"(?<![\w/&-])(?:{_alternation(list(ALIASES))})(?![\w/&]|-\w)", re.IGNORECASE),
        re.compile(rf"(?<![\w/&-])(?:{_alternation(list(_SHORTHAND))})(?![\w/&-])"),
    )


@dataclass(frozen=True)
class SpecialtyMention:
    specialty: str
    start: int
    end: int
    text: str


def specialty_of(alias: str) -> str | None:
    """The ERAS name for an alias or shorthand ("Gen Surg", "OB/GYN", "Med-Peds", "TY"), else None."""
    key = re.sub(r"[\s-]+", " ", alias.strip())
    spelled = re.sub(r"\s*&\s*", " and ", key)
    return (
        _BY_LOWER.get(alias.strip().lower())
        or ALIASES.get(alias.strip().lower())
        or ALIASES.get(key.lower())
        or ALIASES.get(spelled.lower())
        or ALIASES.get(re.sub(r"\s*&\s*", " and ", alias.strip()).lower())
        or _SHORTHAND.get(key)
    )


# The ACGME's specialty codes: the first three digits of the ten-digit program number that ERAS,
# Thalamus and the ACGME give each program ("Program ID: 4400421066" is a General Surgery program).
# Only the residencies of the Main Match; a fellowship's code names no specialty here.
_ACGME_CODES: dict[str, str] = {
    "040": "Anesthesiology",
    "080": "Dermatology",
    "110": "Emergency Medicine",
    "120": "Family Medicine",
    "130": "Medical Genetics",
    "140": "Internal Medicine",
    "160": "Neurological Surgery",
    "180": "Neurology",
    "185": "Child Neurology",
    "200": "Nuclear Medicine",
    "220": "Obstetrics and Gynecology",
    "240": "Ophthalmology",
    "260": "Orthopaedic Surgery",
    "280": "Otolaryngology - Head and Neck Surgery",
    "300": "Pathology-Anatomic and Clinical",
    "320": "Pediatrics",
    "340": "Physical Medicine and Rehabilitation",
    "362": "Plastic Surgery-Integrated",
    "380": "Public Health and General Preventive Medicine",
    "400": "Psychiatry",
    "415": "Interventional Radiology - Integrated",
    "420": "Radiology-Diagnostic",
    "430": "Radiation Oncology",
    "440": "Surgery",
    "460": "Thoracic Surgery - Integrated",
    "480": "Urology",
    "700": "Internal Medicine/Pediatrics",
    "999": "Transitional Year",
}


def specialty_of_program_number(number: str | None) -> str | None:
    """The specialty an ACGME program number's first three digits name, else None."""
    if not number or len(number) != 10 or not number.isdigit():
        return None
    return _ACGME_CODES.get(number[:3])


def find_specialties(text: str) -> list[SpecialtyMention]:
    """Every specialty named in `text`, in order of appearance (overlaps resolved longest first)."""
    found: list[SpecialtyMention] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            name = specialty_of(match.group(0))
            start, said = match.start(), match.group(0)
            institution = _INSTITUTION_MEDICINE.match(said)
            if name == "Internal Medicine/Pediatrics" and institution and _NAME_BEFORE.search(text[:start]):
                # "Weill Cornell Medicine - Pediatrics": an institution's name, then its Pediatrics
                start, said, name = start + institution.end(), said[institution.end() :], "Pediatrics"
            if name and not any(m.start <= start < m.end for m in found):
                found.append(SpecialtyMention(name, start, start + len(said), said))
    return sorted(found, key=lambda m: m.start)


# "Medicine - Pediatrics" after a capitalised word ("Cornell Medicine", "Penn Medicine") or a school's
# "of" ("Indiana University School of Medicine - Pediatrics"): the institution's name ends in
# "Medicine" and the specialty follows a spaced dash.
_INSTITUTION_MEDICINE = re.compile(r"Medicine\s+[-–—]\s*|Medicine\s*[-–—]\s+")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b(?:School|College|Faculty|Institute) of)\s+$")
