"""Season Q: Keala Ostrander, MS4 at the University of Nevada, Reno School of Medicine (Reno, NV;
America/Los_Angeles).  Emergency Medicine (categorical, applied through ResidencyCAS) and Internal Medicine
(categorical through ERAS, plus a few preliminary IM programs as a back-up) in CA, OR, WA, NV, AZ, HI and UT."""

AS_OF = "2027-02-04T18:00:00-08:00"
EM, IM = "Emergency Medicine", "Internal Medicine"
C, P = "categorical", "preliminary"

UCD = "UC Davis Health"
BPHX = "Banner – University Medical Center Phoenix"
BTUC = "Banner – University Medical Center Tucson"
HARBOR = "Harbor-UCLA Medical Center"
CEDARS = "Cedars-Sinai Medical Center"
STAN = "Stanford Health Care"

# key: (institution, specialty, track, invited, final_status, booked interview day at the end or None)
PROGRAMS = {
    # ------------------------------------------------------------------ Emergency Medicine
    "ucsf-em": ("University of California, San Francisco", EM, C, True, "completed", "2026-11-18"),
    "fresno-em": ("UCSF Fresno", EM, C, True, "completed", "2026-12-04"),
    "ucd-em": (UCD, EM, C, True, "completed", "2026-12-02"),
    "ucla-em": ("UCLA Health", EM, C, True, "completed", "2027-01-13"),
    "harbor-em": (HARBOR, EM, C, True, "completed", "2026-11-12"),
    "lacusc-em": ("LAC+USC Medical Center", EM, C, True, "completed", "2026-12-11"),
    "uci-em": ("UCI Health", EM, C, True, "scheduled", "2027-02-05"),
    "ucsd-em": ("UC San Diego Health", EM, C, True, "declined", None),
    "ruhs-em": ("Riverside University Health System", EM, C, True, "cancelled", None),
    "stanford-em": (STAN, EM, C, True, "completed", "2026-12-09"),
    "highland-em": ("Alameda Health System – Highland Hospital", EM, C, True, "completed", "2026-12-01"),
    "kern-em": ("Kern Medical", EM, C, True, "invited", None),
    "ohsu-em": ("OHSU", EM, C, True, "completed", "2026-12-07"),
    "uw-em": ("UW", EM, C, False, "rejected", None),
    "unlv-em": ("UNLV", EM, C, True, "completed", "2027-01-05"),
    "bphx-em": (BPHX, EM, C, True, "completed", "2027-01-08"),
    "btuc-em": (BTUC, EM, C, False, "rejected", None),
    "valleywise-em": ("Valleywise Health Medical Center", EM, C, True, "completed", "2026-11-24"),
    "utah-em": ("University of Utah Health", EM, C, False, "rejected", None),
    # ------------------------------------------------------------------ Internal Medicine
    "unr-im": ("University of Nevada, Reno School of Medicine", IM, C, True, "completed", "2026-10-23"),
    "ucd-im": (UCD, IM, C, True, "completed", "2026-11-10"),
    "kpoak-im": ("Kaiser Permanente Oakland Medical Center", IM, C, True, "completed", "2026-10-29"),
    "kpsf-im": ("Kaiser Permanente San Francisco Medical Center", IM, C, True, "completed", "2027-01-07"),
    "kpsc-im": ("Kaiser Permanente Santa Clara Medical Center", IM, C, False, "rejected", None),
    "oliveview-im": ("Olive View–UCLA Medical Center", IM, C, True, "cancelled", None),
    "cedars-im": (CEDARS, IM, C, True, "completed", "2026-11-06"),
    "cedars-prelim": (CEDARS, IM, P, True, "completed", "2026-11-20"),
    "scvmc-im": ("Santa Clara Valley Medical Center", IM, C, True, "completed", "2026-11-17"),
    "stanford-im": (STAN, IM, C, False, "rejected", None),
    "bphx-im": (BPHX, IM, C, True, "completed", "2026-11-04"),
    "btuc-im": (BTUC, IM, C, False, "waitlisted", None),
    "stjoe-im": ("St. Joseph's Hospital and Medical Center", IM, C, True, "completed", "2026-12-08"),
    "provpdx-im": ("Providence Portland Medical Center", IM, C, True, "completed", "2026-11-19"),
    "provspk-im": ("Providence Sacred Heart Medical Center", IM, C, True, "invited", None),
    "uw-im": ("UW", IM, C, False, "rejected", None),
    "vm-im": ("Virginia Mason Franciscan Health", IM, C, True, "completed", "2026-11-30"),
    "imc-im": ("Intermountain Medical Center", IM, C, True, "scheduled", "2027-02-08"),
    "hawaii-im": ("University of Hawaiʻi John A. Burns School of Medicine", IM, C, True, "completed", "2026-12-03"),
    "scripps-prelim": ("Scripps Mercy Hospital San Diego", IM, P, True, "completed", "2026-12-16"),
    "harbor-prelim": (HARBOR, IM, P, True, "declined", None),
}
