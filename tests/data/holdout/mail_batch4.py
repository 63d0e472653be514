"""A fourth held-out batch (b4-*), mostly invitations, written after the third round of fixes and
measured on first sight."""

from make_holdout import Mail

BATCH4: list[Mail] = [
    Mail(
        name="b4-inv-we-want-you.eml",
        sender='"Sable Ridge FM" <fm@sableridge.org>',
        subject="Sable Ridge Family Medicine",
        date="Mon, 26 Oct 2026 09:00:00 -0400",
        text="""
        Jordan,

        Short and sweet: we want you on our interview list! Interview days at Sable Ridge
        Hospital are Tuesdays, Nov 17 through Jan 12. Reply to grab a Tuesday.

        Sable Ridge Family Medicine Residency
        """,
        labels={"kind": "invitation", "program": "Sable Ridge Hospital", "specialty": "Family Medicine"},
    ),
    Mail(
        name="b4-inv-extend-invite.eml",
        sender='"Oakvale Anesthesia" <anesres@oakvale.edu>',
        subject="Oakvale University Anesthesiology",
        date="Tue, 27 Oct 2026 09:00:00 -0400",
        text="""
        Dear Jordan,

        Our selection committee is pleased to extend you an invite for a virtual interview day
        with the Oakvale University Department of Anesthesiology.

        Best regards,
        Residency Coordinator
        """,
        labels={"kind": "invitation", "program": "Oakvale University", "specialty": "Anesthesiology"},
    ),
    Mail(
        name="b4-inv-save-your-spot.eml",
        sender='"Birchwood IM" <im@birchwoodmc.org>',
        subject="Birchwood Medical Center IM - save your spot",
        date="Wed, 28 Oct 2026 12:00:00 -0400",
        text="""
        Hi Jordan,

        Birchwood Medical Center Internal Medicine is excited to have you interview with us!
        Save your spot on one of our interview days using the link below:
        https://birchwoodmc.org/im/interview-days

        The Birchwood IM Team
        """,
        labels={
            "kind": "invitation",
            "program": "Birchwood Medical Center",
            "specialty": "Internal Medicine",
            "schedule_url": "https://birchwoodmc.org/im/interview-days",
        },
    ),
    Mail(
        name="b4-inv-opportunity.eml",
        sender='"Glen Arbor Surgery" <surgery@glenarbor.edu>',
        subject="Interview opportunity",
        date="Thu, 29 Oct 2026 14:00:00 -0400",
        text="""
        Dear Jordan,

        We would like to provide you the opportunity to visit with us virtually for an
        interview at Glen Arbor University's General Surgery residency.

        Glen Arbor Surgery Education
        """,
        labels={"kind": "invitation", "program": "Glen Arbor University", "specialty": "Surgery"},
    ),
    Mail(
        name="b4-inv-thalamus-ready.eml",
        sender="Thalamus <noreply@thalamusgme.com>",
        subject="Interview available to schedule",
        date="Fri, 30 Oct 2026 12:00:00 -0400",
        text="""
        Hi Jordan,

        Marsh Creek Health - Pediatrics has made interview dates available to you. Pick a date
        before they fill up: https://app.thalamusgme.com/applicant/invitations/73120
        """,
        labels={
            "kind": "invitation",
            "program": "Marsh Creek Health",
            "specialty": "Pediatrics",
            "platform": "thalamus",
            "schedule_url": "https://app.thalamusgme.com/applicant/invitations/73120",
        },
    ),
    Mail(
        name="b4-inv-congratulations-only.eml",
        sender='"Oakvale Psychiatry" <psych@oakvale.edu>',
        subject="Congratulations!",
        date="Mon, 02 Nov 2026 10:00:00 -0500",
        text="""
        Congratulations, Jordan! Oakvale University Psychiatry has reserved an interview slot
        for you. Choose your date within 72 hours at https://oakvale.edu/psych/dates
        """,
        labels={
            "kind": "invitation",
            "program": "Oakvale University",
            "specialty": "Psychiatry",
            "schedule_url": "https://oakvale.edu/psych/dates",
            "respond_by": "2026-11-05T10:00:00-05:00",
        },
    ),
    Mail(
        name="b4-inv-come-see-us.eml",
        sender='"Dr. Amir Haddad" <ahaddad@birchwoodmc.org>',
        subject="Birchwood Ortho",
        date="Tue, 03 Nov 2026 21:00:00 -0500",
        text="""
        Jordan, you came highly recommended by Dr. Brooks. Come see us for an interview - our
        coordinator will send dates. Amir Haddad, MD, Orthopaedic Surgery PD, Birchwood Medical Center
        """,
        labels={
            "kind": "invitation",
            "program": "Birchwood Medical Center",
            "specialty": "Orthopaedic Surgery",
        },
    ),
    Mail(
        name="b4-inv-residencycas-portal.eml",
        sender="ResidencyCAS <residencycas@liaisoncas.com>",
        subject="New Interview",
        date="Wed, 04 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        You have a new interview request from Sable Ridge Hospital Obstetrics and Gynecology.
        Log in to ResidencyCAS to schedule.
        """,
        labels={
            "kind": "invitation",
            "program": "Sable Ridge Hospital",
            "specialty": "Obstetrics and Gynecology",
            "platform": "residencycas",
        },
    ),
    Mail(
        name="b4-inv-prelim-surgery-formal.eml",
        sender='"Glen Arbor Surgery" <surgery@glenarbor.edu>',
        subject="Preliminary Surgery Interview Invitation",
        date="Thu, 05 Nov 2026 09:00:00 -0500",
        text="""
        Dear Applicant,

        The Department of Surgery at Glen Arbor University is pleased to inform you that you have
        been granted an interview for a preliminary position. Please access the Interview Broker
        site to schedule.
        """,
        labels={
            "kind": "invitation",
            "program": "Glen Arbor University",
            "specialty": "Surgery",
            "track": "preliminary",
        },
    ),
    Mail(
        name="b4-inv-ty-hybrid.eml",
        sender='"Marsh Creek TY" <ty@marshcreekhealth.org>',
        subject="Transitional Year at Marsh Creek Health",
        date="Fri, 06 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        Your application to our Transitional Year program impressed us, and we'd like you to
        visit for an interview (in person or virtual, your choice). Please send us your
        availability for December.
        """,
        labels={
            "kind": "invitation",
            "program": "Marsh Creek Health",
            "specialty": "Transitional Year",
            "track": "transitional",
            "format": "hybrid",
        },
    ),
    Mail(
        name="b4-wl-still-considered.eml",
        sender='"Birchwood Derm" <derm@birchwoodmc.org>',
        subject="Birchwood Dermatology",
        date="Mon, 09 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        Our interview days are currently full. You remain on our list of alternates, and we
        will email you if a date opens.
        """,
        labels={"kind": "waitlist", "program": "Birchwood", "specialty": "Dermatology"},
    ),
    Mail(
        name="b4-rej-unable-to-accommodate.eml",
        sender='"Oakvale Radiology" <rad@oakvale.edu>',
        subject="Oakvale University Radiology",
        date="Tue, 10 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        We received a record number of applications. Regrettably, we are unable to include you in
        this year's interview schedule. We wish you success.
        """,
        labels={"kind": "rejection", "program": "Oakvale University", "specialty": "Radiology-Diagnostic"},
    ),
    Mail(
        name="b4-info-interview-faq.eml",
        sender='"Sable Ridge FM" <fm@sableridge.org>',
        subject="Interview day FAQ",
        date="Mon, 05 Oct 2026 09:00:00 -0400",
        text="""
        Hello applicants,

        Our interview season FAQ is live on our website. It covers what the interview day looks
        like, how we select applicants to interview, and our virtual format.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b4-sch-thalamus-rsvp.eml",
        sender="Thalamus <noreply@thalamusgme.com>",
        subject="Scheduled: Marsh Creek Health - Pediatrics",
        date="Fri, 30 Oct 2026 12:30:00 -0400",
        text="""
        You're scheduled! Marsh Creek Health - Pediatrics, Thursday, December 10, 2026 (Virtual).
        """,
        labels={"kind": "scheduled", "program": "Marsh Creek Health", "interview_dates": ["2026-12-10"]},
    ),
]
