"""Season L: Camille Aucoin (UVM Larner MS4), Psychiatry and Neurology, with preliminary Internal
Medicine years as the first year for advanced Neurology. New England, upstate New York, New Jersey,
Pennsylvania. Times in the content modules are America/New_York local."""

AS_OF = "2027-02-05T17:00:00-05:00"
PS, NE, IM = "Psychiatry", "Neurology", "Internal Medicine"
CAT, PRE, ADV = "categorical", "preliminary", "advanced"

# key: (institution, specialty, track, invited, final_status, interview day or None)
PROGRAMS = {
    # ---------------------------------------------------------------- Psychiatry
    "uvm-psych": ("University of Vermont Medical Center", PS, CAT, True, "completed", "2026-11-13"),
    "yale-psych": ("Yale School of Medicine", PS, CAT, True, "completed", "2026-12-03"),
    "mghmclean-psych": ("Massachusetts General Hospital", PS, CAT, True, "completed", "2026-11-30"),
    "bwh-psych": ("Brigham and Women's Hospital", PS, CAT, True, "completed", "2027-01-13"),
    "umass-psych": ("UMass Chan Medical School", PS, CAT, True, "completed", "2026-11-17"),
    "baystate-psych": ("Baystate Medical Center", PS, CAT, True, "completed", "2026-12-07"),
    "tufts-psych": ("Tufts Medical Center", PS, CAT, True, "completed", "2026-11-20"),
    "mainemed-psych": ("Maine Medical Center", PS, CAT, False, "rejected", None),
    "urmc-psych": ("University of Rochester Medical Center", PS, CAT, True, "completed", "2026-12-09"),
    "rrh-psych": ("Rochester Regional Health", PS, CAT, True, "declined", None),
    "upstate-psych": ("SUNY Upstate Medical University", PS, CAT, True, "completed", "2026-12-11"),
    "downstate-psych": ("SUNY Downstate Health Sciences University", PS, CAT, False, "rejected", None),
    "njms-psych": ("Rutgers New Jersey Medical School", PS, CAT, True, "completed", "2026-12-17"),
    "rwjms-psych": ("Rutgers Robert Wood Johnson Medical School", PS, CAT, False, "rejected", None),
    "penn-psych": ("Perelman School of Medicine at the University of Pennsylvania", PS, CAT, False, "waitlisted", None),
    "pennstate-psych": ("Penn State Health Milton S. Hershey Medical Center", PS, CAT, True, "completed", "2026-11-23"),
    "geisinger-psych": ("Geisinger Medical Center", PS, CAT, True, "cancelled", None),
    "albany-psych": ("Albany Medical Center", PS, CAT, True, "scheduled", "2027-02-12"),
    "dartmouth-psych": ("Dartmouth Hitchcock Medical Center", PS, CAT, True, "completed", "2026-12-16"),
    "brown-psych": ("Butler Hospital", PS, CAT, True, "invited", None),
    "upmc-psych": ("UPMC Western Psychiatric Hospital", PS, CAT, False, "rejected", None),
    # ---------------------------------------------------------------- Neurology
    "uvm-neuro": ("University of Vermont Medical Center", NE, CAT, True, "completed", "2026-12-04"),
    "yale-neuro": ("Yale School of Medicine", NE, CAT, True, "completed", "2026-12-14"),
    "mgb-neuro": ("Mass General Brigham", NE, CAT, False, "rejected", None),
    "tufts-neuro": ("Tufts Medical Center", NE, CAT, False, "rejected", None),
    "urmc-neuro": ("University of Rochester Medical Center", NE, CAT, True, "completed", "2027-01-08"),
    "upstate-neuro": ("SUNY Upstate Medical University", NE, CAT, True, "completed", "2027-01-05"),
    "albany-neuro": ("Albany Medical Center", NE, CAT, True, "completed", "2027-01-14"),
    "jefferson-neuro": ("Thomas Jefferson University Hospitals", NE, CAT, True, "completed", "2027-01-19"),
    "penn-neuro": ("Hospital of the University of Pennsylvania", NE, CAT, False, "rejected", None),
    "pennstate-neuro": ("Penn State Health Milton S. Hershey Medical Center", NE, CAT, False, "waitlisted", None),
    "temple-neuro": ("Temple University Hospital", NE, ADV, True, "completed", "2026-12-18"),
    "rwjms-neuro": ("Rutgers Robert Wood Johnson Medical School", NE, CAT, True, "completed", "2027-01-06"),
    "brown-neuro": ("Rhode Island Hospital", NE, CAT, True, "completed", "2026-12-10"),
    "dartmouth-neuro": ("Dartmouth Hitchcock Medical Center", NE, CAT, False, "rejected", None),
    "upmc-neuro": ("University of Pittsburgh Medical Center", NE, CAT, True, "scheduled", "2027-02-10"),
    # ---------------------------------------------------------------- preliminary Internal Medicine
    "jefferson-prelim": ("Thomas Jefferson University Hospitals", IM, PRE, True, "completed", "2027-01-20"),
    "bridgeport-prelim": ("Bridgeport Hospital", IM, PRE, True, "completed", "2026-12-22"),
    "lahey-prelim": ("Lahey Hospital & Medical Center", IM, PRE, True, "completed", "2026-12-21"),
    "rgh-prelim": ("Rochester General Hospital", IM, PRE, True, "completed", "2027-01-21"),
    "albany-prelim": ("Albany Medical Center", IM, PRE, False, "rejected", None),
    "stvincent-prelim": ("Saint Vincent Hospital", IM, PRE, True, "declined", None),
}
