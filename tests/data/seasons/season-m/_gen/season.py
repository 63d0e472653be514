"""Season M: Marisol Dunagan, MS4 at the University of South Alabama Frederick P. Whiddon College of
Medicine (Mobile, AL; America/Chicago). Obstetrics and Gynecology + Emergency Medicine in Tennessee,
Kentucky, Alabama, Georgia and Mississippi, 2026-27 Match season."""

AS_OF = "2027-02-04T18:00:00-06:00"
OB, EM = "Obstetrics and Gynecology", "Emergency Medicine"
CAT = "categorical"

# key: (institution, specialty, track, invited, final_status, booked interview day or None)
PROGRAMS = {
    # ------------------------------------------------------------ Obstetrics and Gynecology
    "usa-obgyn": ("University of South Alabama", OB, CAT, True, "completed", "2026-11-13"),
    "uab-obgyn": ("University of Alabama at Birmingham", OB, CAT, True, "completed", "2026-12-04"),
    "uabhsv-obgyn": ("UAB Huntsville Regional Medical Campus", OB, CAT, True, "completed", "2026-12-14"),
    "vumc-obgyn": ("Vanderbilt University Medical Center", OB, CAT, True, "completed", "2026-11-19"),
    "utmem-obgyn": ("University of Tennessee Health Science Center", OB, CAT, False, "rejected", None),
    "baptist-obgyn": ("Baptist Memorial Hospital for Women", OB, CAT, True, "completed", "2026-12-01"),
    "utk-obgyn": ("University of Tennessee Graduate School of Medicine", OB, CAT, True, "completed", "2026-12-16"),
    "utc-obgyn": ("University of Tennessee College of Medicine Chattanooga", OB, CAT, True, "completed", "2026-11-23"),
    "etsu-obgyn": ("East Tennessee State University", OB, CAT, True, "declined", None),
    "uk-obgyn": ("University of Kentucky", OB, CAT, True, "completed", "2027-01-06"),
    "uofl-obgyn": ("University of Louisville", OB, CAT, False, "rejected", None),
    "ummc-obgyn": ("University of Mississippi Medical Center", OB, CAT, True, "completed", "2026-11-20"),
    "emory-obgyn": ("Emory University School of Medicine", OB, CAT, False, "rejected", None),
    "msm-obgyn": ("Morehouse School of Medicine", OB, CAT, True, "completed", "2026-11-17"),
    "mcg-obgyn": ("Wellstar MCG Health", OB, CAT, True, "completed", "2026-12-02"),
    "navicent-obgyn": ("Atrium Health Navicent The Medical Center", OB, CAT, True, "completed", "2026-11-06"),
    "memorial-obgyn": ("Memorial Health University Medical Center", OB, CAT, True, "completed", "2026-12-18"),
    # ------------------------------------------------------------ Emergency Medicine
    "usa-em": ("University of South Alabama", EM, CAT, True, "completed", "2026-12-03"),
    "uab-em": ("University of Alabama at Birmingham", EM, CAT, True, "completed", "2026-12-09"),
    "uabmont-em": ("UAB Montgomery Regional Medical Campus", EM, CAT, True, "scheduled", "2027-02-10"),
    "vumc-em": ("Vanderbilt University Medical Center", EM, CAT, False, "rejected", None),
    "utmem-em": ("University of Tennessee Health Science Center", EM, CAT, True, "completed", "2026-12-17"),
    "utk-em": ("University of Tennessee Graduate School of Medicine", EM, CAT, True, "completed", "2027-01-14"),
    "utc-em": ("University of Tennessee College of Medicine Chattanooga", EM, CAT, True, "completed", "2027-01-15"),
    "uk-em": ("University of Kentucky", EM, CAT, True, "completed", "2027-01-11"),
    "uofl-em": ("University of Louisville", EM, CAT, True, "declined", None),
    "ummc-em": ("University of Mississippi Medical Center", EM, CAT, True, "completed", "2027-01-12"),
    "emory-em": ("Emory University School of Medicine", EM, CAT, False, "waitlisted", None),
    "mcg-em": ("Wellstar MCG Health", EM, CAT, True, "cancelled", None),
    "kennestone-em": ("Wellstar Kennestone Hospital", EM, CAT, True, "completed", "2026-12-10"),
    "navicent-em": ("Atrium Health Navicent The Medical Center", EM, CAT, True, "scheduled", "2027-02-09"),
    "memorial-em": ("Memorial Health University Medical Center", EM, CAT, False, "rejected", None),
    "piedatl-em": ("Piedmont Atlanta Hospital", EM, CAT, True, "invited", None),
    "piedath-em": ("Piedmont Athens Regional Medical Center", EM, CAT, False, "rejected", None),
    "ngmc-em": ("Northeast Georgia Medical Center", EM, CAT, False, "rejected", None),
}
