"""Canonical ERAS specialty names and the shorthand that mail uses for them."""

from __future__ import annotations

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
    """The ERAS spelling of `name` if it is one (case-insensitive), else None."""
    return _BY_LOWER.get(name.strip().lower())
