"""Season S: Ana Lucía Cárdenas, MS4 at the Texas A&M University Naresh K. Vashisht College of Medicine (Bryan-
College Station, TX; America/Chicago).  Family Medicine and Psychiatry (categorical), with three Transitional Year
programs as a back-up, in Texas, Oklahoma, Louisiana, Arkansas, Kansas and New Mexico.

A Transitional Year program is specialty "Transitional Year", track "categorical" (it is a complete one-year program,
not a preliminary year of another specialty), and is its own record beside the same institution's other programs.
The UT Tyler rural program (Pittsburg) and its urban program (Tyler) are two Family Medicine records of one
institution; only the key tells them apart in truth.toml."""

AS_OF = "2027-02-03T19:30:00-06:00"
FM, PSY, TY = "Family Medicine", "Psychiatry", "Transitional Year"
C = "categorical"

TAMU = "Texas A&M University Naresh K. Vashisht College of Medicine"
TTU = "Texas Tech University Health Sciences Center"
TTU_AMA = "Texas Tech University Health Sciences Center at Amarillo"
TTU_PB = "Texas Tech University Health Sciences Center Permian Basin"
TTU_EP = "Texas Tech University Health Sciences Center El Paso"
UNM = "University of New Mexico School of Medicine"
UTHSCSA = "The University of Texas Health Science Center at San Antonio"
UTT = "The University of Texas at Tyler Health Science Center"
UTMB = "The University of Texas Medical Branch at Galveston"
MCG = "McGovern Medical School at UTHealth Houston"
DELL = "Dell Medical School at The University of Texas at Austin"
UTRGV = "The University of Texas Rio Grande Valley School of Medicine"
BSW_RR = "Baylor Scott & White Medical Center \u2013 Round Rock"
BSW_T = "Baylor Scott & White Medical Center \u2013 Temple"
BUMC = "Baylor University Medical Center"
CHR_T = "CHRISTUS Mother Frances Hospital \u2013 Tyler"
CHR_S = "CHRISTUS Spohn Health System"
CHR_SR = "CHRISTUS Santa Rosa Health System"
JPS = "John Peter Smith Hospital"
MDMC = "Methodist Dallas Medical Center"
THR = "Texas Health Harris Methodist Hospital Fort Worth"
OUTU = "OU-TU School of Community Medicine"
OU = "University of Oklahoma College of Medicine"
OSU = "Oklahoma State University Center for Health Sciences"
KUW = "University of Kansas School of Medicine-Wichita"
KUMC = "University of Kansas Medical Center"
LSUS = "LSU Health Sciences Center Shreveport"
LSUNO = "LSU Health Sciences Center New Orleans"
OCH = "Ochsner Clinic Foundation"
TUL = "Tulane University School of Medicine"
UAMS = "University of Arkansas for Medical Sciences"

# key: (institution, specialty, track, invited, final_status, booked interview day at as_of or None)
PROGRAMS = {
    # ---------------------------------------------------------------- Family Medicine
    "tamu-fm": (TAMU, FM, C, True, "completed", "2026-10-16"),
    "bsw-rr-fm": (BSW_RR, FM, C, True, "completed", "2026-10-20"),
    "ttu-lbk-fm": (TTU, FM, C, True, "completed", "2026-10-22"),
    "ttu-ama-fm": (TTU_AMA, FM, C, True, "completed", "2027-01-14"),
    "ttu-pb-fm": (TTU_PB, FM, C, True, "declined", None),
    "unm-fm": (UNM, FM, C, True, "completed", "2027-01-12"),
    "uthscsa-fm": (UTHSCSA, FM, C, True, "completed", "2026-11-06"),
    "uttyler-fm": (UTT, FM, C, True, "completed", "2026-11-17"),
    "uttyler-rural-fm": (UTT, FM, C, True, "scheduled", "2027-02-09"),
    "utrgv-fm": (UTRGV, FM, C, False, "rejected", None),
    "christus-tyler-fm": (CHR_T, FM, C, True, "cancelled", None),
    "christus-spohn-fm": (CHR_S, FM, C, True, "completed", "2026-11-20"),
    "christus-sr-fm": (CHR_SR, FM, C, False, "rejected", None),
    "jps-fm": (JPS, FM, C, True, "completed", "2026-12-17"),
    "thr-fm": (THR, FM, C, True, "invited", None),
    "outu-fm": (OUTU, FM, C, True, "completed", "2026-10-29"),
    "osu-fm": (OSU, FM, C, False, "rejected", None),
    "kuw-fm": (KUW, FM, C, True, "completed", "2026-11-13"),
    "kumc-fm": (KUMC, FM, C, True, "completed", "2026-12-11"),
    "lsuno-fm": (LSUNO, FM, C, True, "completed", "2026-12-15"),
    "uams-fm": (UAMS, FM, C, True, "completed", "2026-12-08"),
    # ---------------------------------------------------------------- Psychiatry
    "ttu-lbk-psy": (TTU, PSY, C, True, "completed", "2026-11-04"),
    "ttuep-psy": (TTU_EP, PSY, C, True, "completed", "2026-12-03"),
    "unm-psy": (UNM, PSY, C, True, "completed", "2026-11-23"),
    "uthscsa-psy": (UTHSCSA, PSY, C, False, "rejected", None),
    "utmb-psy": (UTMB, PSY, C, True, "completed", "2026-11-02"),
    "mcgovern-psy": (MCG, PSY, C, True, "completed", "2026-10-27"),
    "dell-psy": (DELL, PSY, C, False, "rejected", None),
    "bsw-temple-psy": (BSW_T, PSY, C, True, "completed", "2027-01-07"),
    "ou-psy": (OU, PSY, C, True, "completed", "2026-11-19"),
    "osu-psy": (OSU, PSY, C, True, "completed", "2026-12-01"),
    "kuw-psy": (KUW, PSY, C, False, "rejected", None),
    "kumc-psy": (KUMC, PSY, C, True, "declined", None),
    "lsus-psy": (LSUS, PSY, C, True, "completed", "2026-11-10"),
    "ochsner-psy": (OCH, PSY, C, True, "scheduled", "2027-02-04"),
    "tulane-psy": (TUL, PSY, C, False, "waitlisted", None),
    "uams-psy": (UAMS, PSY, C, True, "completed", "2027-01-21"),
    # ---------------------------------------------------------------- Transitional Year
    "jps-ty": (JPS, TY, C, True, "declined", None),
    "bumc-ty": (BUMC, TY, C, True, "scheduled", "2027-02-11"),
    "mdmc-ty": (MDMC, TY, C, True, "invited", None),
}

# senders on Mountain time (their Date headers carry -0600 / -0700)
MOUNTAIN = ("salud.unm.edu", "elpaso-psych@ttuhsc.edu", "m.ybarra@ttuhsc.edu")
# a program whose only message names its institution by abbreviation alone (README)
ABBREVIATED_ONLY = {"uthscsa-psy"}
