"""Season T: Zoë Hartwell, MS4 at the Florida State University College of Medicine (Orlando Regional Campus;
America/New_York).  Internal Medicine (categorical, plus preliminary years) and Neurology (categorical and
advanced), with Transitional Year programs as PGY-1 options for advanced Neurology, in FL, GA, SC, NC, VA, TN, AL
and KY.

A preliminary Internal Medicine program is specialty "Internal Medicine", track "preliminary", and is a separate
record from the same institution's categorical program.  Advanced Neurology is specialty "Neurology", track
"advanced".  A Transitional Year is its own specialty, track "categorical"."""

AS_OF = "2027-02-04T21:15:00-05:00"
IM, NEU, TY = "Internal Medicine", "Neurology", "Transitional Year"
C, P, A = "categorical", "preliminary", "advanced"

TMH = "Tallahassee Memorial HealthCare"
AHO = "AdventHealth Orlando"
OH = "Orlando Health"
UFJ = "University of Florida College of Medicine \u2013 Jacksonville"
UFG = "University of Florida College of Medicine"
HCA = "HCA Florida North Florida Hospital"
USF = "USF Health Morsani College of Medicine"
EMORY = "Emory University School of Medicine"
MSM = "Morehouse School of Medicine"
MCG = "Medical College of Georgia at Augusta University"
UAB = "University of Alabama at Birmingham"
MUSC = "Medical University of South Carolina"
PHU = "Prisma Health\u2013Upstate"
PHM = "Prisma Health\u2013Midlands"
CMC = "Atrium Health Carolinas Medical Center"
WFB = "Atrium Health Wake Forest Baptist"
DUKE = "Duke University Hospital"
UNC = "University of North Carolina School of Medicine"
ECU = "Brody School of Medicine at East Carolina University"
CFV = "Cape Fear Valley Medical Center"
VCU = "Virginia Commonwealth University Health System"
UVA = "University of Virginia School of Medicine"
CAR = "Carilion Clinic"
RIV = "Riverside Regional Medical Center"
EVMS = "Eastern Virginia Medical School at Old Dominion University"
MEH = "Meharry Medical College"
VUMC = "Vanderbilt University Medical Center"
UTC_ = "University of Tennessee College of Medicine Chattanooga"
UTK = "University of Tennessee Graduate School of Medicine"
UTHSC = "University of Tennessee Health Science Center"
UK = "University of Kentucky College of Medicine"
UOFL = "University of Louisville School of Medicine"

# key: (institution, specialty, track, invited, final_status, booked interview day at as_of or None)
PROGRAMS = {
    # ------------------------------------------------------------ Internal Medicine, categorical
    "tmh-im": (TMH, IM, C, True, "completed", "2026-10-14"),
    "aho-im": (AHO, IM, C, True, "completed", "2026-10-20"),
    "oh-im": (OH, IM, C, True, "completed", "2026-11-12"),
    "ufj-im": (UFJ, IM, C, True, "completed", "2026-11-16"),
    "hca-nfh-im": (HCA, IM, C, True, "declined", None),
    "emory-im": (EMORY, IM, C, True, "completed", "2026-12-01"),
    "msm-im": (MSM, IM, C, False, "rejected", None),
    "uab-im": (UAB, IM, C, True, "completed", "2026-11-05"),
    "musc-im": (MUSC, IM, C, True, "completed", "2026-10-30"),
    "prisma-up-im": (PHU, IM, C, True, "completed", "2026-12-04"),
    "prisma-mid-im": (PHM, IM, C, False, "rejected", None),
    "cmc-im": (CMC, IM, C, True, "completed", "2026-10-27"),
    "wfb-im": (WFB, IM, C, True, "scheduled", "2027-02-09"),
    "duke-im": (DUKE, IM, C, False, "rejected", None),
    "unc-im": (UNC, IM, C, True, "completed", "2027-01-21"),
    "ecu-im": (ECU, IM, C, False, "rejected", None),
    "vcu-im": (VCU, IM, C, True, "completed", "2026-12-09"),
    "meharry-im": (MEH, IM, C, True, "completed", "2026-12-14"),
    "vumc-im": (VUMC, IM, C, False, "rejected", None),
    "utc-im": (UTC_, IM, C, True, "invited", None),
    "uthsc-im": (UTHSC, IM, C, True, "cancelled", None),
    "uk-im": (UK, IM, C, True, "completed", "2027-01-07"),
    "uofl-im": (UOFL, IM, C, False, "waitlisted", None),
    # ------------------------------------------------------------ Internal Medicine, preliminary
    "musc-prelim": (MUSC, IM, P, True, "scheduled", "2027-02-08"),
    "utk-prelim": (UTK, IM, P, True, "completed", "2026-12-11"),
    "evms-prelim": (EVMS, IM, P, True, "declined", None),
    # ------------------------------------------------------------ Neurology
    "uab-neuro": (UAB, NEU, C, True, "completed", "2026-11-17"),
    "ufg-neuro": (UFG, NEU, C, True, "completed", "2026-11-20"),
    "ufg-neuro-adv": (UFG, NEU, A, True, "declined", None),
    "usf-neuro": (USF, NEU, C, True, "completed", "2026-12-16"),
    "vumc-neuro": (VUMC, NEU, C, True, "scheduled", "2027-02-11"),
    "duke-neuro": (DUKE, NEU, C, True, "invited", None),
    "vcu-neuro-adv": (VCU, NEU, A, True, "completed", "2027-01-08"),
    "uva-neuro-adv": (UVA, NEU, A, True, "completed", "2027-01-12"),
    "uk-neuro": (UK, NEU, C, True, "completed", "2027-01-15"),
    "uofl-neuro": (UOFL, NEU, C, False, "rejected", None),
    "mcg-neuro-adv": (MCG, NEU, A, True, "completed", "2027-01-20"),
    # ------------------------------------------------------------ Transitional Year
    "carilion-ty": (CAR, TY, C, True, "completed", "2026-12-10"),
    "riverside-ty": (RIV, TY, C, True, "completed", "2027-01-11"),
    "cfv-ty": (CFV, TY, C, True, "scheduled", "2027-02-12"),
}

# senders whose clocks are on Central time (Birmingham, Nashville, Memphis)
CENTRAL = ("uabmc.edu", "uab.edu", "mmc.edu", "vumc.org", "uthsc.edu")
# a program whose only message names its institution by abbreviations alone (README)
ABBREVIATED_ONLY = {"ecu-im"}
