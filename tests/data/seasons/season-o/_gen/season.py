"""Season O: Leila Marchetti, MS4 at Rutgers Robert Wood Johnson Medical School (New Brunswick, NJ;
America/New_York).  Internal Medicine (categorical + preliminary) and Neurology (categorical + advanced) in
NY, NJ, PA, MD, DC and VA."""

AS_OF = "2027-02-04T18:00:00-05:00"
IM, NEU = "Internal Medicine", "Neurology"
C, P, A = "categorical", "preliminary", "advanced"

RWJ = "Rutgers Robert Wood Johnson Medical School"
NYU = "NYU Grossman School of Medicine"
ISMMS = "Icahn School of Medicine at Mount Sinai"
HUMC = "Hackensack University Medical Center"
TJUH = "Thomas Jefferson University Hospital"
HUP = "Hospital of the University of Pennsylvania"
JHH = "Johns Hopkins Hospital"
MGUH = "MedStar Georgetown University Hospital"
MWHC = "MedStar Washington Hospital Center"
GWU = "George Washington University"
VCU = "Virginia Commonwealth University"
UVA = "University of Virginia"
INOVA = "Inova Fairfax Medical Campus"

# key: (institution, specialty, track, invited, final_status, booked interview day at the end or None)
PROGRAMS = {
    # ---------------------------------------------------------------- Internal Medicine, categorical
    "rwj-im": (RWJ, IM, C, True, "completed", "2026-11-10"),
    "njms-im": ("Rutgers New Jersey Medical School", IM, C, False, "rejected", None),
    "nyu-im": (NYU, IM, C, False, "rejected", None),
    "nyuli-im": ("NYU Langone Hospital—Long Island", IM, C, True, "completed", "2026-10-29"),
    "lenox-im": ("Lenox Hill Hospital", IM, C, True, "completed", "2026-11-09"),
    "siuh-im": ("Staten Island University Hospital", IM, C, True, "declined", None),
    "msh-im": (ISMMS, IM, C, False, "waitlisted", None),
    "msmw-im": ("Mount Sinai Morningside and Mount Sinai West", IM, C, True, "completed", "2026-11-17"),
    "downstate-im": ("SUNY Downstate Health Sciences University", IM, C, True, "completed", "2026-11-20"),
    "humc-im": (HUMC, IM, C, True, "completed", "2026-12-03"),
    "jsumc-im": ("Jersey Shore University Medical Center", IM, C, True, "scheduled", "2027-02-09"),
    "tju-im": (TJUH, IM, C, True, "completed", "2026-11-02"),
    "einstein-im": ("Jefferson Einstein Philadelphia Hospital", IM, C, True, "cancelled", None),
    "penn-im": (HUP, IM, C, False, "rejected", None),
    "pah-im": ("Pennsylvania Hospital", IM, C, True, "completed", "2027-01-12"),
    "jhh-im": (JHH, IM, C, False, "rejected", None),
    "bayview-im": ("Johns Hopkins Bayview Medical Center", IM, C, True, "completed", "2026-12-10"),
    "umd-im": ("University of Maryland Medical Center", IM, C, True, "completed", "2027-01-07"),
    "medgu-im": (MGUH, IM, C, True, "completed", "2026-11-30"),
    "mwhc-im": (MWHC, IM, C, True, "invited", None),
    "gwu-im": (GWU, IM, C, True, "completed", "2026-12-09"),
    "vcu-im": (VCU, IM, C, False, "rejected", None),
    "uva-im": (UVA, IM, C, True, "completed", "2026-12-01"),
    "inova-im": (INOVA, IM, C, True, "completed", "2026-12-14"),
    # ---------------------------------------------------------------- Internal Medicine, preliminary
    "msh-imp": (ISMMS, IM, P, True, "declined", None),
    "mwhc-imp": (MWHC, IM, P, True, "completed", "2026-12-15"),
    "uva-imp": (UVA, IM, P, True, "completed", "2026-12-02"),
    "abington-imp": ("Jefferson Abington Hospital", IM, P, True, "completed", "2027-01-08"),
    "inova-imp": (INOVA, IM, P, True, "declined", None),
    # ---------------------------------------------------------------- Neurology, categorical
    "rwj-neuro": (RWJ, NEU, C, True, "completed", "2026-11-13"),
    "nyu-neuro": (NYU, NEU, C, True, "completed", "2026-11-16"),
    "msh-neuro": (ISMMS, NEU, C, False, "rejected", None),
    "nw-neuro": ("Donald and Barbara Zucker School of Medicine at Hofstra/Northwell", NEU, C, True, "completed",
                 "2026-11-19"),
    "humc-neuro": (HUMC, NEU, C, True, "scheduled", "2027-02-11"),
    "penn-neuro": (HUP, NEU, C, True, "completed", "2027-01-13"),
    "tju-neuro": (TJUH, NEU, C, True, "completed", "2026-12-08"),
    "jhh-neuro": (JHH, NEU, C, False, "rejected", None),
    "vcu-neuro": (VCU, NEU, C, True, "completed", "2027-01-11"),
    # ---------------------------------------------------------------- Neurology, advanced (PGY-2 start)
    "gwu-neuro": (GWU, NEU, A, True, "completed", "2027-01-14"),
    "medgu-neuro": (MGUH, NEU, A, True, "completed", "2027-01-05"),
    "uva-neuro": (UVA, NEU, A, True, "scheduled", "2027-02-10"),
}
