"""Season N: Noor Halvorsen, MS4 at the University of Utah Spencer Fox Eccles School of Medicine (Salt Lake
City; America/Denver).  Surgery (categorical + preliminary) and Anesthesiology (categorical + advanced, with
preliminary medicine / transitional years) in California, Oregon, Washington, Colorado, Utah and Arizona."""

AS_OF = "2027-02-05T17:00:00-07:00"
S, AN, IM, TY = "Surgery", "Anesthesiology", "Internal Medicine", "Transitional Year"
C, P, A, T = "categorical", "preliminary", "advanced", "transitional"

UTAH = "University of Utah"
UCSF = "University of California, San Francisco"
UCLA = "University of California, Los Angeles"
UCSD = "University of California, San Diego"
UCI = "University of California, Irvine"
UCD = "University of California, Davis"
OHSU = "Oregon Health & Science University"
UW = "University of Washington"
VM = "Virginia Mason Medical Center"
CU = "University of Colorado"
BP = "Banner – University Medical Center Phoenix"
BT = "Banner – University Medical Center Tucson"

# key: (institution, specialty, track, invited, final_status, booked interview day or None)
PROGRAMS = {
    # ------------------------------------------------------------ Surgery, categorical
    "utah-gs": (UTAH, S, C, True, "completed", "2026-11-05"),
    "imc-gs": ("Intermountain Medical Center", S, C, True, "completed", "2026-12-03"),
    "ucsf-gs": (UCSF, S, C, False, "rejected", None),
    "ucsfeb-gs": ("UCSF East Bay", S, C, True, "completed", "2026-11-20"),
    "ucla-gs": (UCLA, S, C, False, "waitlisted", None),
    "harbor-gs": ("Harbor-UCLA Medical Center", S, C, True, "completed", "2026-12-08"),
    "ucsd-gs": (UCSD, S, C, True, "completed", "2026-12-01"),
    "uci-gs": (UCI, S, C, True, "declined", None),
    "ucd-gs": (UCD, S, C, False, "rejected", None),
    "ohsu-gs": (OHSU, S, C, True, "completed", "2026-12-15"),
    "uw-gs": (UW, S, C, False, "rejected", None),
    "vm-gs": (VM, S, C, True, "completed", "2027-01-14"),
    "cu-gs": (CU, S, C, True, "completed", "2026-11-16"),
    "valleywise-gs": ("Valleywise Health Medical Center", S, C, True, "cancelled", None),
    "bumcp-gs": (BP, S, C, True, "scheduled", "2027-02-11"),
    "bumct-gs": (BT, S, C, False, "rejected", None),
    "kpoak-gs": ("Kaiser Permanente Oakland Medical Center", S, C, True, "completed", "2027-01-06"),
    "rch-gs": ("Riverside Community Hospital", S, C, True, "invited", None),
    # ------------------------------------------------------------ Surgery, preliminary
    "utah-gsp": (UTAH, S, P, True, "declined", None),
    "ohsu-gsp": (OHSU, S, P, True, "completed", "2026-12-16"),
    "ucsd-gsp": (UCSD, S, P, True, "completed", "2027-01-21"),
    "bumct-gsp": (BT, S, P, True, "completed", "2027-01-12"),
    # ------------------------------------------------------------ Anesthesiology, categorical
    "utah-anes": (UTAH, AN, C, True, "completed", "2026-11-12"),
    "cu-anes": (CU, AN, C, True, "completed", "2026-12-04"),
    "ucsf-anes": (UCSF, AN, C, True, "completed", "2027-01-22"),
    "stanford-anes": ("Stanford Health Care", AN, C, False, "rejected", None),
    "uw-anes": (UW, AN, C, True, "completed", "2026-12-11"),
    "ohsu-anes": (OHSU, AN, C, True, "scheduled", "2027-02-10"),
    "ucd-anes": (UCD, AN, C, True, "completed", "2026-11-19"),
    "bumcp-anes": (BP, AN, C, True, "completed", "2027-01-07"),
    "bumct-anes": (BT, AN, C, False, "rejected", None),
    "kplamc-anes": ("Kaiser Permanente Los Angeles Medical Center", AN, C, True, "completed", "2026-12-17"),
    "mayoaz-anes": ("Mayo Clinic Arizona", AN, C, True, "declined", None),
    # ------------------------------------------------------------ Anesthesiology, advanced
    "uci-anes": (UCI, AN, A, True, "completed", "2027-01-13"),
    "ucla-anes": (UCLA, AN, A, True, "completed", "2026-12-14"),
    "vm-anes": (VM, AN, A, True, "completed", "2027-01-28"),
    # ------------------------------------------------------------ PGY-1 years for the advanced positions
    "utah-imp": (UTAH, IM, P, True, "completed", "2027-01-05"),
    "bumcp-imp": (BP, IM, P, True, "completed", "2027-01-19"),
    "ucd-imp": (UCD, IM, P, False, "rejected", None),
    "vm-ty": (VM, TY, T, True, "completed", "2027-01-15"),
    "scripps-ty": ("Scripps Mercy Hospital", TY, T, True, "completed", "2026-12-02"),
}
