"""Season R: Camille Szabo, MS4 at the Larner College of Medicine at the University of Vermont (Burlington, VT;
America/New_York).  Surgery (categorical, plus preliminary Surgery as a back-up) and Obstetrics and Gynecology in
MA, CT, RI, VT, NH, ME, New York State outside NYC and NJ.

The specialty label uses the ERAS name "Surgery" for General Surgery; preliminary Surgery programs are
specialty "Surgery", track "preliminary", and are separate records from the same institution's categorical
program."""

AS_OF = "2027-02-04T18:00:00-05:00"
SURG, OB = "Surgery", "Obstetrics and Gynecology"
C, P = "categorical", "preliminary"

UVM = "The University of Vermont Medical Center"
DHMC = "Dartmouth Hitchcock Medical Center"
BIDMC = "Beth Israel Deaconess Medical Center"
TUFTS = "Tufts Medical Center"
UMASS = "UMass Chan Medical School"
BAY = "Baystate Medical Center"
YALE = "Yale New Haven Hospital"
UCONN = "University of Connecticut School of Medicine"
URMC = "University of Rochester Medical Center"
UB = "Jacobs School of Medicine and Biomedical Sciences at the University at Buffalo"
ALB = "Albany Medical Center"
HUMC = "Hackensack University Medical Center"

# key: (institution, specialty, track, invited, final_status, booked interview day at as_of or None)
PROGRAMS = {
    # ------------------------------------------------------------------ Surgery (categorical)
    "uvm-surg": (UVM, SURG, C, True, "completed", "2026-10-30"),
    "dhmc-surg": (DHMC, SURG, C, True, "completed", "2026-11-06"),
    "mmc-surg": ("MaineHealth Maine Medical Center", SURG, C, True, "completed", "2026-11-13"),
    "bwh-surg": ("Brigham and Women's Hospital", SURG, C, True, "completed", "2026-12-02"),
    "mgh-surg": ("Massachusetts General Hospital", SURG, C, False, "rejected", None),
    "bidmc-surg": (BIDMC, SURG, C, True, "completed", "2027-01-13"),
    "lahey-surg": ("Lahey Hospital & Medical Center", SURG, C, True, "completed", "2026-12-09"),
    "tufts-surg": (TUFTS, SURG, C, True, "cancelled", None),
    "umass-surg": (UMASS, SURG, C, True, "completed", "2026-11-20"),
    "baystate-surg": (BAY, SURG, C, True, "completed", "2026-12-15"),
    "yale-surg": (YALE, SURG, C, False, "rejected", None),
    "bridgeport-surg": ("Bridgeport Hospital", SURG, C, True, "completed", "2026-12-04"),
    "uconn-surg": (UCONN, SURG, C, True, "completed", "2027-01-08"),
    "danbury-surg": ("Danbury Hospital", SURG, C, True, "declined", None),
    "urmc-surg": (URMC, SURG, C, False, "rejected", None),
    "rrh-surg": ("Rochester General Hospital", SURG, C, True, "scheduled", "2027-02-08"),
    "ub-surg": (UB, SURG, C, True, "scheduled", "2027-02-05"),
    "upstate-surg": ("SUNY Upstate Medical University", SURG, C, True, "completed", "2026-12-10"),
    "albany-surg": (ALB, SURG, C, True, "completed", "2026-11-17"),
    "njms-surg": ("Rutgers New Jersey Medical School", SURG, C, False, "waitlisted", None),
    "hackensack-surg": (HUMC, SURG, C, True, "completed", "2026-11-23"),
    # ------------------------------------------------------------------ Surgery (preliminary)
    "bidmc-prelim": (BIDMC, SURG, P, True, "declined", None),
    "umass-prelim": (UMASS, SURG, P, False, "rejected", None),
    "albany-prelim": (ALB, SURG, P, True, "invited", None),
    # ------------------------------------------------------------------ Obstetrics and Gynecology
    "uvm-obgyn": (UVM, OB, C, True, "completed", "2026-11-16"),
    "dhmc-obgyn": (DHMC, OB, C, True, "completed", "2026-12-01"),
    "mgb-obgyn": ("Mass General Brigham", OB, C, True, "completed", "2026-11-09"),
    "bidmc-obgyn": (BIDMC, OB, C, False, "rejected", None),
    "tufts-obgyn": (TUFTS, OB, C, True, "completed", "2026-11-19"),
    "bmc-obgyn": ("Boston Medical Center", OB, C, True, "completed", "2027-01-20"),
    "baystate-obgyn": (BAY, OB, C, True, "declined", None),
    "yale-obgyn": (YALE, OB, C, True, "completed", "2026-12-11"),
    "uconn-obgyn": (UCONN, OB, C, True, "completed", "2026-12-08"),
    "wih-obgyn": ("Women & Infants Hospital of Rhode Island", OB, C, True, "completed", "2027-01-05"),
    "urmc-obgyn": (URMC, OB, C, True, "completed", "2026-11-30"),
    "ub-obgyn": (UB, OB, C, False, "rejected", None),
    "albany-obgyn": (ALB, OB, C, True, "completed", "2026-12-14"),
    "northwell-obgyn": ("North Shore University Hospital", OB, C, True, "completed", "2027-01-07"),
    "rwj-obgyn": ("Rutgers Robert Wood Johnson Medical School", OB, C, True, "completed", "2026-12-16"),
    "hackensack-obgyn": (HUMC, OB, C, False, "rejected", None),
    "jsumc-obgyn": ("Jersey Shore University Medical Center", OB, C, True, "completed", "2027-01-12"),
}
