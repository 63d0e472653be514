"""Season U: Noor Castellanos, OMS-IV at Rocky Vista University College of Osteopathic Medicine (Parker, Colorado;
America/Denver).  Emergency Medicine (categorical) and Anesthesiology (categorical and advanced), with preliminary
Internal Medicine, preliminary Surgery and Transitional Year programs as the PGY-1 for advanced Anesthesiology, in
CO, UT, NM, AZ, NV, ID, MT, WY and NE."""

AS_OF = "2027-02-04T20:30:00-07:00"
EM, AN, IM, SU, TY = "Emergency Medicine", "Anesthesiology", "Internal Medicine", "Surgery", "Transitional Year"
C, P, A = "categorical", "preliminary", "advanced"

DH = "Denver Health and Hospital Authority"
CU = "University of Colorado School of Medicine"
PSL = "HCA HealthONE Presbyterian/St. Luke's Medical Center"
SWE = "HCA HealthONE Swedish Medical Center"
SJD = "Intermountain Health Saint Joseph Hospital"
IMC = "Intermountain Medical Center"
UU = "University of Utah School of Medicine"
UNM = "University of New Mexico School of Medicine"
UAT = "University of Arizona College of Medicine \u2013 Tucson"
BUP = "Banner \u2013 University Medical Center Phoenix"
VW = "Valleywise Health Medical Center"
HON = "HonorHealth"
SJP = "St. Joseph's Hospital and Medical Center"
MAYO = "Mayo Clinic College of Medicine and Science"
UNLV = "Kirk Kerkorian School of Medicine at UNLV"
UNR = "University of Nevada, Reno School of Medicine"
SUN = "Sunrise Health GME Consortium"
VHS = "Valley Health System"
UNMC = "University of Nebraska Medical Center"
CRE = "Creighton University School of Medicine"
BIL = "Billings Clinic"

# key: (institution, specialty, track, invited, final status, booked day at as_of or None)
PROGRAMS = {
    # Emergency Medicine
    "dh-em": (DH, EM, C, True, "completed", "2026-11-12"),
    "cu-em": (CU, EM, C, True, "completed", "2026-12-03"),
    "utah-em": (UU, EM, C, True, "completed", "2026-11-18"),
    "unm-em": (UNM, EM, C, True, "completed", "2026-12-15"),
    "uat-em": (UAT, EM, C, True, "completed", "2026-11-05"),
    "bup-em": (BUP, EM, C, True, "completed", "2027-01-07"),
    "vw-em": (VW, EM, C, True, "completed", "2026-12-08"),
    "hon-em": (HON, EM, C, True, "declined", None),
    "unlv-em": (UNLV, EM, C, True, "completed", "2027-01-12"),
    "unr-em": (UNR, EM, C, True, "cancelled", None),
    "unmc-em": (UNMC, EM, C, True, "scheduled", "2027-02-09"),
    "cre-em": (CRE, EM, C, True, "completed", "2027-01-26"),
    "sun-em": (SUN, EM, C, False, "rejected", None),
    "vhs-em": (VHS, EM, C, False, "rejected", None),
    "swe-em": (SWE, EM, C, False, "rejected", None),
    # Anesthesiology
    "cu-anes": (CU, AN, C, True, "completed", "2026-12-10"),
    "utah-anes": (UU, AN, C, True, "completed", "2027-01-08"),
    "utah-anes-adv": (UU, AN, A, True, "scheduled", "2027-02-18"),
    "unm-anes": (UNM, AN, C, True, "completed", "2026-12-17"),
    "uat-anes": (UAT, AN, C, True, "completed", "2026-12-02"),
    "bup-anes": (BUP, AN, C, True, "completed", "2027-01-06"),
    "unlv-anes": (UNLV, AN, C, True, "completed", "2027-01-13"),
    "mayo-anes": (MAYO, AN, C, True, "invited", None),
    "unmc-anes": (UNMC, AN, C, False, "rejected", None),
    # Internal Medicine, preliminary
    "sjd-prelim": (SJD, IM, P, True, "completed", "2026-12-11"),
    "imc-prelim": (IMC, IM, P, True, "completed", "2027-01-15"),
    "unm-prelim": (UNM, IM, P, True, "declined", None),
    "unmc-prelim": (UNMC, IM, P, True, "completed", "2027-01-20"),
    "unr-prelim": (UNR, IM, P, False, "waitlisted", None),
    "cu-prelim-im": (CU, IM, P, False, "rejected", None),
    "bil-prelim": (BIL, IM, P, False, "rejected", None),
    # Surgery, preliminary
    "uat-prelim-surg": (UAT, SU, P, True, "completed", "2026-11-06"),
    "cu-prelim-surg": (CU, SU, P, True, "declined", None),
    "unlv-prelim-surg": (UNLV, SU, P, True, "scheduled", "2027-02-16"),
    "utah-prelim-surg": (UU, SU, P, False, "rejected", None),
    # Transitional Year
    "psl-ty": (PSL, TY, C, True, "completed", "2026-10-29"),
    "sjp-ty": (SJP, TY, C, True, "completed", "2027-01-05"),
    "dh-ty": (DH, TY, C, True, "scheduled", "2027-02-11"),
    "vw-ty": (VW, TY, C, True, "invited", None),
}

# program whose mail names its institution only by abbreviations (README)
ABBREVIATED_ONLY = {"unmc-anes"}

# Date-header clocks by sender domain (check.py)
ZONES = {
    "thalamusgme.com": "UTC", "calendly.com": "UTC", "google.com": "America/Los_Angeles",
    "aamc.org": "America/New_York", "interviewbroker.com": "America/New_York", "nrmp.org": "America/New_York",
    "signupgenius.com": "America/New_York", "united.com": "America/Chicago", "southwest.com": "America/Chicago",
    "flyfrontier.com": "America/Denver",
    "bannerhealth.com": "America/Phoenix", "arizona.edu": "America/Phoenix", "valleywisehealth.org":
    "America/Phoenix", "honorhealth.com": "America/Phoenix", "dignityhealth.org": "America/Phoenix",
    "mayo.edu": "America/Phoenix", "marriott.com": "America/Phoenix",
    "unlv.edu": "America/Los_Angeles", "med.unr.edu": "America/Los_Angeles", "sunrisehospital.com":
    "America/Los_Angeles", "valleyhealthsystemlv.com": "America/Los_Angeles", "umcsn.com": "America/Los_Angeles",
    "hilton.com": "America/Los_Angeles",
    "unmc.edu": "America/Chicago", "nebraskamed.com": "America/Chicago", "creighton.edu": "America/Chicago",
}
DEFAULT_ZONE = "America/Denver"
