"""Season P: Marisol Haugen, MS4 at the University of Iowa Carver College of Medicine (Iowa City, IA;
America/Chicago).  Pediatrics (categorical, incl. one primary-care track labelled categorical) and
Internal Medicine/Pediatrics in IL, WI, MN, IA, MO, OH, MI, IN and KY."""

AS_OF = "2027-02-05T17:00:00-06:00"
PEDS, MP = "Pediatrics", "Internal Medicine/Pediatrics"
C = "categorical"

IOWA = "University of Iowa Hospitals & Clinics"
UIC = "University of Illinois Chicago"
RUSH = "Rush University Medical Center"
LUMC = "Loyola University Medical Center"
MCW = "Medical College of Wisconsin"
UMN = "University of Minnesota"
WASHU = "Washington University School of Medicine in St. Louis"
UK = "University of Kentucky"

# key: (institution, specialty, track, invited, final_status, booked interview day at the end or None)
PROGRAMS = {
    # ------------------------------------------------------------------ Pediatrics
    "iowa-peds": (IOWA, PEDS, C, True, "completed", "2026-10-23"),
    "blank-peds": ("Blank Children's Hospital", PEDS, C, True, "completed", "2026-11-05"),
    "lurie-peds": ("Ann & Robert H. Lurie Children's Hospital of Chicago", PEDS, C, True, "completed", "2027-01-19"),
    "uchi-peds": ("University of Chicago Medicine Comer Children's Hospital", PEDS, C, False, "rejected", None),
    "uic-peds": (UIC, PEDS, C, True, "completed", "2026-10-20"),
    "rush-peds": (RUSH, PEDS, C, True, "declined", None),
    "adv-oaklawn-peds": ("Advocate Children's Hospital - Oak Lawn", PEDS, C, True, "completed", "2026-11-11"),
    "adv-parkridge-peds": ("Advocate Children's Hospital - Park Ridge", PEDS, C, True, "cancelled", None),
    "loyola-peds": (LUMC, PEDS, C, False, "rejected", None),
    "mcw-peds": (MCW, PEDS, C, True, "completed", "2026-10-26"),
    "uw-peds": ("University of Wisconsin School of Medicine and Public Health", PEDS, C, True, "completed",
                "2027-01-12"),
    "umn-peds": (UMN, PEDS, C, True, "completed", "2026-10-30"),
    "mayo-peds": ("Mayo Clinic", PEDS, C, False, "rejected", None),
    "washu-peds": (WASHU, PEDS, C, False, "rejected", None),
    "slu-peds": ("SSM Health Cardinal Glennon Children's Hospital", PEDS, C, True, "completed", "2026-11-18"),
    "cmkc-peds": ("Children's Mercy Kansas City", PEDS, C, True, "completed", "2026-12-03"),
    "cchmc-peds": ("Cincinnati Children's Hospital Medical Center", PEDS, C, False, "rejected", None),
    "nch-peds": ("Nationwide Children's Hospital", PEDS, C, True, "scheduled", "2027-02-11"),
    "ccf-peds": ("Cleveland Clinic Children's", PEDS, C, True, "completed", "2026-12-10"),
    "mott-peds": ("University of Michigan C.S. Mott Children's Hospital", PEDS, C, False, "rejected", None),
    "devos-peds": ("Helen DeVos Children's Hospital", PEDS, C, True, "completed", "2026-12-16"),
    "riley-peds": ("Riley Hospital for Children at IU Health", PEDS, C, True, "completed", "2027-01-04"),
    "uk-peds": (UK, PEDS, C, True, "completed", "2027-01-08"),
    "uofl-peds": ("University of Louisville School of Medicine", PEDS, C, True, "completed", "2027-01-14"),
    # ------------------------------------------------------------------ Internal Medicine/Pediatrics
    "iowa-mp": (IOWA, MP, C, True, "completed", "2026-10-28"),
    "nw-mp": ("McGaw Medical Center of Northwestern University", MP, C, True, "completed", "2026-11-16"),
    "uic-mp": (UIC, MP, C, True, "completed", "2026-10-22"),
    "rush-mp": (RUSH, MP, C, True, "completed", "2026-11-23"),
    "loyola-mp": (LUMC, MP, C, True, "completed", "2026-12-07"),
    "siu-mp": ("Southern Illinois University School of Medicine", MP, C, True, "declined", None),
    "mcw-mp": (MCW, MP, C, True, "completed", "2026-11-13"),
    "umn-mp": (UMN, MP, C, False, "waitlisted", None),
    "washu-mp": (WASHU, MP, C, True, "completed", "2026-11-03"),
    "slu-mp": ("SSM Health Saint Louis University Hospital", MP, C, True, "scheduled", "2027-02-09"),
    "uc-mp": ("University of Cincinnati", MP, C, True, "completed", "2026-11-20"),
    "osu-mp": ("The Ohio State University Wexner Medical Center", MP, C, True, "completed", "2026-12-01"),
    "umich-mp": ("University of Michigan", MP, C, True, "completed", "2026-12-14"),
    "beaumont-mp": ("Corewell Health William Beaumont University Hospital", MP, C, True, "invited", None),
    "iu-mp": ("Indiana University School of Medicine", MP, C, True, "completed", "2027-01-06"),
    "uk-mp": (UK, MP, C, True, "declined", None),
}
