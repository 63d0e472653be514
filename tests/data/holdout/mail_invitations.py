"""Held-out invitations: every way a program or a platform offers an interview."""

from make_holdout import APPLICANT, Mail

THALAMUS = "Thalamus <noreply@thalamusgme.com>"

INVITATIONS: list[Mail] = [
    Mail(
        name="inv-01-love-to-meet.eml",
        sender='"Maria Gonzalez" <mgonzalez@lakeshorehealth.org>',
        subject="Lakeshore Internal Medicine Residency - Interview",
        date="Tue, 13 Oct 2026 09:14:00 -0400",
        unwrap=True,
        text="""
        Dear Jordan,

        Thank you for your interest in the Internal Medicine Residency Program at Lakeshore
        Regional Medical Center. Our faculty have reviewed your application with great interest,
        and we would love to meet you!

        Our interview days this season will be held virtually over Zoom. Please reply to this
        email with your first and second choice from the dates below:

          - Tuesday, November 10, 2026
          - Thursday, November 19, 2026
          - Monday, December 7, 2026

        Dates are assigned on a first-come, first-served basis, so we ask that you respond within
        72 hours of this email. Interview days run from 8:30 AM to 1:00 PM Eastern.

        We look forward to hearing from you.

        Warm regards,
        Maria Gonzalez
        Program Coordinator, Internal Medicine Residency (Categorical)
        Lakeshore Regional Medical Center
        (216) 555-0148
        """,
        labels={
            "kind": "invitation",
            "program": "Lakeshore Regional Medical Center",
            "specialty": "Internal Medicine",
            "track": "categorical",
            "platform": "email",
            "format": "virtual",
            "interview_dates": ["2026-11-10", "2026-11-19", "2026-12-07"],
            "respond_by": "2026-10-16T09:14:00-04:00",
        },
    ),
    Mail(
        name="inv-02-thalamus-selected.eml",
        sender=THALAMUS,
        subject="New interview opportunity",
        date="Fri, 16 Oct 2026 12:02:11 -0400",
        text="""
        Hi Jordan,

        You have been selected for an interview with Cedar Falls University Medical Center -
        Pediatrics (Categorical).

        Interview type: Virtual
        Available dates: Nov 17, 2026 | Dec 1, 2026 | Dec 15, 2026

        View and schedule: https://app.thalamusgme.com/applicant/interviews/invite/58213

        Please respond by October 23, 2026 at 11:59 PM EDT.

        You are receiving this email because you applied through ERAS and this program
        coordinates interviews with Thalamus.
        Thalamus | 21 Cortex Way, Santa Clara, CA
        """,
        html="""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f6f8">
        <table width="600" align="center" style="background:#fff;padding:24px">
        <tr><td><img src="https://cdn.thalamusgme.com/email/logo.png" alt="Thalamus"></td></tr>
        <tr><td><p>Hi Jordan,</p>
        <p>You have been selected for an interview with
        <strong>Cedar Falls University Medical Center - Pediatrics (Categorical)</strong>.</p>
        <table>
        <tr><td>Interview type:</td><td>Virtual</td></tr>
        <tr><td>Available dates:</td><td>Nov 17, 2026 | Dec 1, 2026 | Dec 15, 2026</td></tr>
        </table>
        <p><a href="https://app.thalamusgme.com/applicant/interviews/invite/58213"
        style="background:#1d6ae5;color:#fff;padding:12px 20px;border-radius:4px">View and schedule</a></p>
        <p>Please respond by October 23, 2026 at 11:59 PM EDT.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">You are receiving this email because you applied
        through ERAS and this program coordinates interviews with Thalamus.<br>
        Thalamus | 21 Cortex Way, Santa Clara, CA</td></tr>
        </table></body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Cedar Falls University Medical Center",
            "specialty": "Pediatrics",
            "track": "categorical",
            "platform": "thalamus",
            "format": "virtual",
            "interview_dates": ["2026-11-17", "2026-12-01", "2026-12-15"],
            "respond_by": "2026-10-23T23:59:00-04:00",
            "schedule_url": "https://app.thalamusgme.com/applicant/interviews/invite/58213",
        },
    ),
    Mail(
        name="inv-03-broker-select-date.eml",
        sender="Interview Broker <no-reply@interviewbroker.com>",
        subject="Mercy Ridge Hospital - Surgery Preliminary",
        date="Mon, 19 Oct 2026 16:45:30 -0400",
        text="""
        Dear Jordan Lee,

        The Department of Surgery at Mercy Ridge Hospital has reviewed your application for the
        Preliminary Surgery (PGY-1) position. Please select an interview date using the link below.

        https://www.interviewbroker.com/applicant/campaign/9f31c2?token=ab12

        Available sessions fill quickly. If none of the dates work for you, you may join the
        waitlist from the same page.

        This is an automated message from Interview Broker. Do not reply to this email.
        For questions, contact surgery.residency@mercyridge.org.
        """,
        labels={
            "kind": "invitation",
            "program": "Mercy Ridge Hospital",
            "specialty": "Surgery",
            "track": "preliminary",
            "platform": "interview_broker",
            "schedule_url": "https://www.interviewbroker.com/applicant/campaign/9f31c2?token=ab12",
        },
    ),
    Mail(
        name="inv-04-residencycas-offer.eml",
        sender="ResidencyCAS <residencycas@liaisoncas.com>",
        subject="Interview Offer Available",
        date="Wed, 21 Oct 2026 10:00:04 -0400",
        text="""
        Dear Jordan,

        Oak Hollow University Obstetrics & Gynecology Residency has extended an interview offer to
        you through the ResidencyCAS Interview Scheduler.

        To view the available dates and accept or decline this offer, log in to your ResidencyCAS
        account:
        https://residencycas.liaisoncas.com/applicant-ux/#/interviews

        Offer expires: 10/30/2026 11:59 PM ET

        Programs may withdraw unaccepted offers after the expiration date.

        Sincerely,
        ResidencyCAS Customer Service
        """,
        labels={
            "kind": "invitation",
            "program": "Oak Hollow University",
            "specialty": "Obstetrics and Gynecology",
            "platform": "residencycas",
            "respond_by": "2026-10-30T23:59:00-04:00",
            "schedule_url": "https://residencycas.liaisoncas.com/applicant-ux/#/interviews",
        },
    ),
    Mail(
        name="inv-05-eras-no-subject.eml",
        sender='"Northgate University Hospital via ERAS" <noreply@aamc.org>',
        subject="",
        date="Thu, 22 Oct 2026 08:31:00 -0400",
        unwrap=True,
        text="""
        Dear Applicant,

        The Anesthesiology Residency Program at Northgate University Hospital is pleased to extend
        an opportunity to interview for our advanced (PGY-2) position. Interview dates are
        available through the ERAS interview scheduling feature; please log in to MyERAS to
        choose a date at your earliest convenience.

        Program Director, Anesthesiology
        Northgate University Hospital
        """,
        labels={
            "kind": "invitation",
            "program": "Northgate University Hospital",
            "specialty": "Anesthesiology",
            "track": "advanced",
            "platform": "eras",
        },
    ),
    Mail(
        name="inv-06-newsletter-buried.eml",
        sender='"Pinecrest Dermatology" <derm-residency@pinecrest.edu>',
        subject="The Pinecrest Derm Digest | November 2026",
        date="Tue, 03 Nov 2026 07:00:00 -0500",
        html="""
        <html><head><style>td{font-family:Georgia,serif} .h{color:#5a2d82;font-size:20px}</style></head>
        <body><table width="640" align="center" cellpadding="12">
        <tr><td class="h">The Pinecrest Derm Digest</td></tr>
        <tr><td><em>News from the Pinecrest University Dermatology Residency</em></td></tr>
        <tr><td><p class="h">Faculty spotlight</p>
        <p>This month we welcome Dr. Ana Whitfield, who joins our pigmented lesion clinic from the
        West Coast. Her work on teledermoscopy in rural counties has been featured nationally.</p></td></tr>
        <tr><td><p class="h">Residents at the fall meeting</p>
        <p>Five of our residents presented posters at the regional dermatology meeting, including
        a case series on pediatric morphea and a quality project on biopsy turnaround.</p></td></tr>
        <tr><td><p class="h">Applicant corner</p>
        <p>Jordan, our selection committee has finished its first review, and we would be delighted
        to host you for one of our interview days for the Dermatology (Advanced) position:
        Friday, December 4, Friday, December 11, or Friday, January 8. All days are virtual.</p>
        <p><a href="https://click.pinecrest.edu/ls/click?upn=derm-ivd-a77">Choose your interview date</a>
        &nbsp;(please sign up within one week of this email)</p></td></tr>
        <tr><td><p class="h">Community service</p>
        <p>Our free skin check day at the Eastside library screened 140 neighbours.</p></td></tr>
        <tr><td style="font-size:10px;color:#999">Pinecrest University Department of Dermatology,
        400 College Ave. <a href="https://click.pinecrest.edu/ls/unsub?u=77">Unsubscribe</a></td></tr>
        </table></body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Pinecrest University",
            "specialty": "Dermatology",
            "track": "advanced",
            "format": "virtual",
            "interview_dates": ["2026-12-04", "2026-12-11", "2027-01-08"],
            "respond_by": "2026-11-10T07:00:00-05:00",
            "schedule_url": "https://click.pinecrest.edu/ls/click?upn=derm-ivd-a77",
        },
    ),
    Mail(
        name="inv-07-subject-update.eml",
        sender='"Riverbend EM Residency" <emresidency@riverbendhealth.org>',
        subject="Update",
        date="Mon, 26 Oct 2026 13:40:00 -0400",
        text="""
        Jordan,

        Good news -- after reviewing your application, our committee would like to meet you for a
        virtual interview with the Riverbend Health Emergency Medicine Residency. Interviews run
        on Wednesdays in November and December. Sign up for a date here:

        https://calendly.com/riverbend-em/interview-day

        We hold slots for 5 days; after that they are released to other applicants.

        Best,
        Tom Nguyen, MD
        Associate Program Director, Emergency Medicine
        """,
        labels={
            "kind": "invitation",
            "program": "Riverbend Health",
            "specialty": "Emergency Medicine",
            "format": "virtual",
            "schedule_url": "https://calendly.com/riverbend-em/interview-day",
        },
    ),
    Mail(
        name="inv-08-chatty-no-subject.eml",
        sender='"Raj Patel" <rpatel@sunnyvalech.org>',
        subject=None,
        date="Wed, 28 Oct 2026 21:17:00 -0700",
        headers={"Cc": "Karen Wu <kwu@sunnyvalech.org>"},
        text="""
        Hi Jordan!

        Raj Patel here, I'm the PD for the Family Medicine residency at Sunnyvale Community
        Hospital. Loved reading your personal statement, the rural clinic stuff especially.
        We'd really like to have you come out and spend a day with us. Interviews are in person
        here in Fresno this year. Which of these works for you?

        Nov 12 (Thu)
        Nov 19 (Thu)
        Dec 3 (Thu)

        Just hit reply and let Karen (cc'd) know.

        Raj

        Sent from my iPhone
        """,
        labels={
            "kind": "invitation",
            "program": "Sunnyvale Community Hospital",
            "specialty": "Family Medicine",
            "platform": "email",
            "format": "in_person",
            "interview_dates": ["2026-11-12", "2026-11-19", "2026-12-03"],
        },
    ),
    Mail(
        name="inv-09-thalamus-slot-opened.eml",
        sender=THALAMUS,
        subject="Interview date now available",
        date="Thu, 03 Dec 2026 15:22:41 -0500",
        text="""
        Hello Jordan,

        A new interview date has become available for Bayside University - Neurology (Advanced).
        Because you are on this program's waitlist, you can claim it now.

        Date: Friday, December 11, 2026 (Virtual)

        Open dates are offered to all waitlisted applicants at the same time and are filled on a
        first-come, first-served basis.

        Claim this date: https://app.thalamusgme.com/applicant/waitlist/claim/77102

        - The Thalamus Team
        """,
        labels={
            "kind": "invitation",
            "program": "Bayside University",
            "specialty": "Neurology",
            "track": "advanced",
            "platform": "thalamus",
            "format": "virtual",
            "interview_dates": ["2026-12-11"],
            "schedule_url": "https://app.thalamusgme.com/applicant/waitlist/claim/77102",
        },
    ),
    Mail(
        name="inv-10-slot-opened-coordinator.eml",
        sender='"Linda Okafor" <lokafor@summitvalley.org>',
        subject="Interview availability - Orthopaedic Surgery",
        date="Mon, 14 Dec 2026 11:20:00 -0500",
        unwrap=True,
        text="""
        Dear Jordan,

        I hope this message finds you well. I am writing because a spot has opened on our
        January 8 interview day and you are next on our list. If you would still like to
        interview with the Summit Valley Medical Center Orthopaedic Surgery Residency, please
        confirm within 24 hours and the date is yours. Otherwise we will move on to the next
        applicant.

        Interviews are in person at our main campus.

        Best regards,
        Linda Okafor
        Residency Program Coordinator
        """,
        labels={
            "kind": "invitation",
            "program": "Summit Valley Medical Center",
            "specialty": "Orthopaedic Surgery",
            "platform": "email",
            "format": "in_person",
            "interview_dates": ["2027-01-08"],
            "respond_by": "2026-12-15T11:20:00-05:00",
        },
    ),
    Mail(
        name="inv-11-second-round.eml",
        sender="Eastfield Psychiatry Residency <psychiatry.residency@eastfield.edu>",
        subject="Eastfield Psychiatry: second round",
        date="Wed, 09 Dec 2026 09:00:00 -0500",
        text="""
        Dear Applicant,

        We are writing to let you know that the Eastfield University Psychiatry Residency Program
        has opened a second round of interviews, and the selection committee would like you to
        take part. We will hold two additional virtual interview days on January 13 and
        January 20, 2027.

        Please use our scheduling form to reserve a place:
        https://forms.eastfield.edu/psych-interviews

        Kindly respond by December 18.

        Sincerely,
        The Eastfield Psychiatry Residency Team
        """,
        labels={
            "kind": "invitation",
            "program": "Eastfield University",
            "specialty": "Psychiatry",
            "format": "virtual",
            "interview_dates": ["2027-01-13", "2027-01-20"],
            "schedule_url": "https://forms.eastfield.edu/psych-interviews",
        },
    ),
    Mail(
        name="inv-12-mentor-forward.eml",
        sender='"Alan Brooks" <abrooks@statemed.edu>',
        subject="Fwd: Transitional Year Interview - Hollis Memorial",
        date="Tue, 27 Oct 2026 07:48:00 -0400",
        text="""
        Jordan - this landed in my inbox (I think they pulled my address off your letter).
        Looks like good news! Respond to Denise directly.

        Alan

        ---------- Forwarded message ---------
        From: Denise Carter <dcarter@hollismemorial.org>
        Date: Mon, Oct 26, 2026 at 3:12 PM
        Subject: Transitional Year Interview - Hollis Memorial
        To: Alan Brooks <abrooks@statemed.edu>

        Dear Jordan Lee,

        On behalf of the Transitional Year Program at Hollis Memorial Hospital, I am pleased to
        let you know that our committee has selected you for an interview. Our in-person
        interview days are Wednesday, December 2, Wednesday, December 9 and Wednesday,
        January 6. Please reply by November 2 with the date you prefer.

        Sincerely,
        Denise Carter
        Transitional Year Program Coordinator
        Hollis Memorial Hospital
        """,
        labels={
            "kind": "invitation",
            "program": "Hollis Memorial Hospital",
            "specialty": "Transitional Year",
            "track": "transitional",
            "format": "in_person",
            "interview_dates": ["2026-12-02", "2026-12-09", "2027-01-06"],
        },
    ),
    Mail(
        name="inv-13-cp1252-urology.eml",
        sender='"St. Agnes Urology" <urology@stagnesmc.org>',
        subject="Interview \u2013 Urology Residency at St. Agnes",
        date="Fri, 30 Oct 2026 14:05:00 -0500",
        charset="windows-1252",
        cte="quoted-printable",
        unwrap=True,
        text="""
        Dear Jordan,

        We\u2019re pleased to offer you an interview for the St. Agnes Medical Center Urology
        Residency Program (AUA Match). Our interview day is Saturday, December 5, 2026 \u2013 in
        person \u2013 and includes a resident dinner on Friday evening.

        Please confirm your attendance by replying to this e-mail no later than Friday,
        November 6 at 5:00 p.m. Central.

        With best wishes,
        Gloria Ma\u00f1ez
        Program Coordinator, Urology
        """,
        labels={
            "kind": "invitation",
            "program": "St. Agnes Medical Center",
            "specialty": "Urology",
            "platform": "email",
            "format": "in_person",
            "interview_dates": ["2026-12-05"],
            "respond_by": "2026-11-06T17:00:00-06:00",
        },
    ),
    Mail(
        name="inv-14-formal-long-surgery.eml",
        sender='"Prairie State University Surgery" <gsresidency@prairiestate.edu>',
        subject="Prairie State University General Surgery Residency",
        date="Thu, 05 Nov 2026 10:30:00 -0600",
        unwrap=True,
        text="""
        Dear Jordan Lee,

        On behalf of the Department of Surgery and our Program Director, Dr. Helen Marsh, I am
        delighted to offer you an interview for a categorical position in the General Surgery
        Residency at Prairie State University. This year we received more than 1,400
        applications for seven positions, and we are grateful that you considered us.

        Interview dates
          - Monday, November 30, 2026
          - Monday, December 14, 2026
          - Monday, January 11, 2027

        Format
        All interviews will be virtual (Zoom). A reminder email with your Zoom link and the
        schedule for the day will be sent one week before your interview. The evening before,
        our residents host an informal virtual social; attendance is optional and not evaluated.

        Scheduling
        Please schedule through Thalamus:
        https://app.thalamusgme.com/applicant/invitations/31877
        If you are unable to schedule within 5 business days, your place may be released to
        another applicant. Unfortunately, we cannot accommodate requests for dates outside those
        listed above.

        Should you need to cancel, please do so at least one week ahead so that we can offer the
        date to another applicant.

        Sincerely,
        Amanda Holt
        Residency Program Manager, Department of Surgery
        Prairie State University
        """,
        labels={
            "kind": "invitation",
            "program": "Prairie State University",
            "specialty": "Surgery",
            "track": "categorical",
            "format": "virtual",
            "interview_dates": ["2026-11-30", "2026-12-14", "2027-01-11"],
            "schedule_url": "https://app.thalamusgme.com/applicant/invitations/31877",
        },
    ),
    Mail(
        name="inv-15-im-prelim.eml",
        sender='"Westlake IM Residency" <imresidency@westlakemc.org>',
        subject="Westlake Medical Center \u2014 Preliminary Medicine",
        date="Mon, 19 Oct 2026 10:05:00 -0400",
        text="""
        Dear Jordan,

        Thank you for applying to the Preliminary Internal Medicine track at Westlake Medical
        Center. We have reviewed your application and would like to schedule an interview with
        you. Our prelim interview days are October 30, November 6 and November 13 (virtual).
        Please reply with your preferred date within 48 hours.

        Regards,
        Sam Whitaker
        Chief Residency Coordinator
        """,
        labels={
            "kind": "invitation",
            "program": "Westlake Medical Center",
            "specialty": "Internal Medicine",
            "track": "preliminary",
            "platform": "email",
            "format": "virtual",
            "interview_dates": ["2026-10-30", "2026-11-06", "2026-11-13"],
            "respond_by": "2026-10-21T10:05:00-04:00",
        },
    ),
    Mail(
        name="inv-16-thalamus-html-radiology.eml",
        sender=THALAMUS,
        subject="Action needed: Coastal Carolina Health",
        date="Tue, 10 Nov 2026 12:00:09 -0500",
        html="""
        <html><body><div style="max-width:560px;margin:auto;font-family:Arial">
        <div style="background:#0b2545;color:#fff;padding:16px">THALAMUS</div>
        <div style="padding:20px">
        <p>Dear Jordan Lee,</p>
        <p><b>Coastal Carolina Health &mdash; Diagnostic Radiology (Advanced)</b> would like you to
        interview with them this season.</p>
        <table style="border:1px solid #ddd">
        <tr><td>Interview Type</td><td>In-Person</td></tr>
        <tr><td>Location</td><td>Charleston, SC</td></tr>
        </table>
        <p style="text-align:center"><a href="https://app.thalamusgme.com/applicant/invitations/90431"
        style="background:#2e86de;color:white;padding:10px 18px">Schedule Interview</a></p>
        <p style="font-size:12px;color:#666">Interview dates are limited and may fill quickly.</p>
        </div>
        <div style="font-size:11px;color:#999;padding:12px">
        <a href="https://app.thalamusgme.com/settings/notifications">Manage notification settings</a>
        </div></div></body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Coastal Carolina Health",
            "specialty": "Radiology-Diagnostic",
            "track": "advanced",
            "platform": "thalamus",
            "format": "in_person",
            "schedule_url": "https://app.thalamusgme.com/applicant/invitations/90431",
        },
    ),
    Mail(
        name="inv-17-unfortunately-limited.eml",
        sender='"Hawthorne Anesthesiology" <anesthesia.residency@hawthorne.edu>',
        subject="Hawthorne University Anesthesiology",
        date="Wed, 21 Oct 2026 17:55:00 -0400",
        text="""
        Dear Jordan,

        We would like to invite you to interview for the Hawthorne University Anesthesiology
        Residency (categorical, 4-year) position. Unfortunately, we have a limited number of
        spots on each interview day, so we regret that we cannot guarantee your first choice.
        Please rank your preferences among the following dates: 11/9, 11/16, 12/7, 1/11.

        We are sorry that we cannot offer weekend dates.

        Kind regards,
        Department of Anesthesiology Education Office
        """,
        labels={
            "kind": "invitation",
            "program": "Hawthorne University",
            "specialty": "Anesthesiology",
            "track": "categorical",
            "platform": "email",
            "interview_dates": ["2026-11-09", "2026-11-16", "2026-12-07", "2027-01-11"],
        },
    ),
    Mail(
        name="inv-18-chosen-medpeds.eml",
        sender='"Ridgeview Med-Peds" <medpeds@ridgeviewhealth.org>',
        subject="Ridgeview Med-Peds \U0001f389",
        date="Thu, 29 Oct 2026 18:03:00 -0400",
        text="""
        Hi Jordan,

        We are so happy to let you know that you've been chosen to interview with the Ridgeview
        Health Internal Medicine-Pediatrics residency! Interviews are hybrid this year: the
        interview itself is on Zoom, and there is an optional in-person visit day for anyone who
        wants to see the hospitals.

        Grab a date here: https://ridgeviewhealth.org/medpeds/schedule?c=J7K

        Cheers,
        The Med-Peds Chiefs
        """,
        labels={
            "kind": "invitation",
            "program": "Ridgeview Health",
            "specialty": "Internal Medicine/Pediatrics",
            "platform": "email",
            "format": "hybrid",
            "schedule_url": "https://ridgeviewhealth.org/medpeds/schedule?c=J7K",
        },
    ),
    Mail(
        name="inv-19-rezrate-neurology.eml",
        sender="Rezrate <notifications@rezrate.com>",
        subject="Millbrook University Neurology: action needed",
        date="Fri, 23 Oct 2026 11:11:00 -0400",
        text="""
        Hello Jordan,

        Millbrook University Neurology Residency would like to interview you. Log in to Rezrate
        to pick an interview day before this offer expires on 11/05/2026.

        https://app.rezrate.com/applicant/offers/4471

        The Rezrate team
        """,
        labels={
            "kind": "invitation",
            "program": "Millbrook University",
            "specialty": "Neurology",
            "platform": "other",
            "schedule_url": "https://app.rezrate.com/applicant/offers/4471",
        },
    ),
    Mail(
        name="inv-20-latin1-pathology.eml",
        sender='"Jos\u00e9 Ram\u00edrez" <jramirez@valleverde.org>',
        subject="Pathology Residency \u2013 Valle Verde Medical Center",
        date="Mon, 02 Nov 2026 09:45:00 -0800",
        charset="iso-8859-1",
        cte="base64",
        text="""
        Dear Jordan,

        It is my pleasure to inform you that the Anatomic and Clinical Pathology (AP/CP)
        Residency at Valle Verde Medical Center has selected you for an interview. We hold
        interview days on November 20 and December 11, both virtual. Please reply to me to
        reserve your date.

        Saludos,
        Jos\u00e9 Ram\u00edrez
        Coordinador, Pathology Residency
        """.replace("\u2013", "-"),
        labels={
            "kind": "invitation",
            "program": "Valle Verde Medical Center",
            "specialty": "Pathology-Anatomic and Clinical",
            "platform": "email",
            "format": "virtual",
            "interview_dates": ["2026-11-20", "2026-12-11"],
        },
    ),
    Mail(
        name="inv-21-broker-em.eml",
        sender="Interview Broker <no-reply@interviewbroker.com>",
        subject="Schedule your interview",
        date="Tue, 27 Oct 2026 14:30:00 -0400",
        html="""
        <html><body>
        <p>Hello Jordan Lee,</p>
        <p>Fairhaven University Emergency Medicine Residency Program has reviewed your application
        and would like you to sign up for an interview session.</p>
        <p><a href="https://www.interviewbroker.com/applicant/signup/fairhaven-em-2027">View available
        dates and sign up</a></p>
        <p>Sessions: Thursday, November 12 | Thursday, December 3 | Thursday, December 17</p>
        <p>All sessions are held virtually.</p>
        <hr><p style="font-size:11px">Interview Broker - automated message, please do not reply.</p>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Fairhaven University",
            "specialty": "Emergency Medicine",
            "platform": "interview_broker",
            "format": "virtual",
            "interview_dates": ["2026-11-12", "2026-12-03", "2026-12-17"],
            "schedule_url": "https://www.interviewbroker.com/applicant/signup/fairhaven-em-2027",
        },
    ),
    Mail(
        name="inv-22-move-forward-pmr.eml",
        sender="Lakeside PM&R Residency <pmr@lakesiderehab.org>",
        subject="Your application - Lakeside PM&R",
        date="Fri, 06 Nov 2026 15:15:00 -0600",
        text="""
        Dear Jordan,

        We are pleased to tell you that your application has been selected to move forward to
        the interview stage for the Lakeside Rehabilitation Institute PM&R residency (advanced
        positions, PGY-2 start). Please log in to the ERAS interview scheduler to select your
        date. All of our interviews are conducted virtually.

        Respectfully,
        Lakeside Rehabilitation Institute, Graduate Medical Education
        """,
        labels={
            "kind": "invitation",
            "program": "Lakeside Rehabilitation Institute",
            "specialty": "Physical Medicine and Rehabilitation",
            "track": "advanced",
            "format": "virtual",
        },
    ),
    Mail(
        name="inv-23-terse-ir.eml",
        sender='"Kevin Marsh" <kmarsh@northshore.edu>',
        subject="IR",
        date="Sat, 14 Nov 2026 20:41:00 -0500",
        text="""
        Jordan - we'd like to offer you an interview spot for Integrated IR at Northshore
        University. We've got Dec 10 and Jan 7 left. Let me or Becky know which you prefer.

        KM
        """,
        labels={
            "kind": "invitation",
            "program": "Northshore University",
            "specialty": "Interventional Radiology - Integrated",
            "platform": "email",
            "interview_dates": ["2026-12-10", "2027-01-07"],
        },
    ),
    Mail(
        name="inv-24-plastics-join-us.eml",
        sender='"Greenfield Plastic Surgery" <plastics@greenfield.edu>',
        subject="Greenfield Plastic & Reconstructive Surgery",
        date="Mon, 16 Nov 2026 08:20:00 -0500",
        unwrap=True,
        text="""
        Dear Jordan,

        Your application stood out, and the faculty of the Integrated Plastic and
        Reconstructive Surgery Residency at Greenfield University invite you to join us for
        an interview day on Friday, January 15, 2027. The day will be held in person; if you
        are unable to travel, a virtual option is available on the same day.

        Kindly let us know whether you can attend by November 23.

        Warm regards,
        Office of the Program Director
        """,
        labels={
            "kind": "invitation",
            "program": "Greenfield University",
            "specialty": "Plastic Surgery-Integrated",
            "platform": "email",
            "format": "hybrid",
            "interview_dates": ["2027-01-15"],
        },
    ),
    Mail(
        name="inv-25-eras-status-invited.eml",
        sender="ERAS <eras-notifications@aamc.org>",
        subject="Your application status has changed",
        date="Thu, 12 Nov 2026 10:02:00 -0500",
        text="""
        Dear Jordan Lee,

        The interview status for your application to Kessler Valley Hospital - Internal
        Medicine (Preliminary) has been updated to: Invited.

        Log in to MyERAS to view the details and schedule your interview:
        https://myeras.aamc.org/

        This is an automated notification. Please do not reply.
        Association of American Medical Colleges
        """,
        labels={
            "kind": "invitation",
            "program": "Kessler Valley Hospital",
            "specialty": "Internal Medicine",
            "track": "preliminary",
            "platform": "eras",
        },
    ),
    Mail(
        name="inv-26-ent-honored.eml",
        sender='"Silverlake OHNS" <ohns.residency@silverlake.edu>',
        subject="Silverlake University Otolaryngology-Head & Neck Surgery",
        date="Wed, 18 Nov 2026 12:30:00 -0500",
        text="""
        Dear Jordan,

        We would be honored to have you join us for an interview with the Department of
        Otolaryngology - Head and Neck Surgery at Silverlake University.

        Available dates (in person):
        * Saturday, December 12
        * Saturday, January 9

        Please note that we are unable to reimburse travel, and unfortunately we cannot respond
        to update letters. Choose your date at https://silverlake.edu/ohns/interview-signup .

        Respectfully,
        Residency Selection Committee
        """,
        html="""
        <html><body>
        <p>Dear Jordan,</p>
        <p>We would be honored to have you join us for an interview with the Department of
        Otolaryngology &ndash; Head and Neck Surgery at Silverlake University.</p>
        <p>Available dates (in person):</p>
        <ul><li>Saturday, December 12</li><li>Saturday, January 9</li></ul>
        <p>Please note that we are unable to reimburse travel, and unfortunately we cannot respond
        to update letters. <a href="https://silverlake.edu/ohns/interview-signup">Choose your date</a>.</p>
        <p>Respectfully,<br>Residency Selection Committee</p>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Silverlake University",
            "specialty": "Otolaryngology - Head and Neck Surgery",
            "platform": "email",
            "format": "in_person",
            "interview_dates": ["2026-12-12", "2027-01-09"],
            "schedule_url": "https://silverlake.edu/ohns/interview-signup",
        },
    ),
    Mail(
        name="inv-27-radonc-available.eml",
        sender='"Brightwater Rad Onc" <radonc-residency@brightwater.org>',
        subject="Interview with Brightwater Radiation Oncology?",
        date="Tue, 20 Oct 2026 09:25:00 -0400",
        text="""
        Dear Jordan,

        Would you be available to interview with the Radiation Oncology residency at
        Brightwater Cancer Institute? We have openings on Tuesday, November 17 and Tuesday,
        December 8, both virtual. Please let us know your preference by Friday, October 23.

        Thank you,
        Priya Raman
        Residency Coordinator, Radiation Oncology
        """,
        labels={
            "kind": "invitation",
            "program": "Brightwater Cancer Institute",
            "specialty": "Radiation Oncology",
            "platform": "email",
            "format": "virtual",
            "interview_dates": ["2026-11-17", "2026-12-08"],
        },
    ),
    Mail(
        name="inv-28-vascular-granted.eml",
        sender='"Kingsford Vascular Surgery" <vascular@kingsford.edu>',
        subject="Kingsford University Integrated Vascular Surgery",
        date="Mon, 09 Nov 2026 16:00:00 -0500",
        text="""
        Dear Jordan,

        Congratulations! You have been granted an interview with the Kingsford University
        Integrated Vascular Surgery Residency. Interview dates are December 1 and December 15,
        in person. To claim a date, please respond within 72 hours at
        https://kingsford.edu/vascular/claim-date

        Regards,
        Vascular Surgery Residency Office
        """,
        labels={
            "kind": "invitation",
            "program": "Kingsford University",
            "specialty": "Vascular Surgery - Integrated",
            "platform": "email",
            "format": "in_person",
            "interview_dates": ["2026-12-01", "2026-12-15"],
            "respond_by": "2026-11-12T16:00:00-05:00",
            "schedule_url": "https://kingsford.edu/vascular/claim-date",
        },
    ),
    Mail(
        name="inv-29-attached-forward.eml",
        sender='"Jordan Lee" <jlee27@med.statemed.edu>',
        subject="Fwd: Child Neurology interview",
        date="Fri, 20 Nov 2026 19:02:00 -0500",
        to=APPLICANT,
        text="""
        Forwarding from my school account.
        """,
        attached_eml=(
            b"From: Brenda Hollis <bhollis@maplegrovechildrens.org>\r\n"
            b"To: Jordan Lee <jlee27@med.statemed.edu>\r\n"
            b"Subject: Child Neurology interview\r\n"
            b"Date: Fri, 20 Nov 2026 14:10:00 -0500\r\n"
            b"Message-ID: <cn-inv-77@maplegrovechildrens.org>\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n"
            b"\r\n"
            b"Dear Jordan,\r\n\r\n"
            b"Thank you for applying to the Child Neurology Residency at Maple Grove Children's\r\n"
            b"Hospital. We were impressed by your application and would like to invite you for\r\n"
            b"an interview on Monday, December 21 or Monday, January 4 (virtual).\r\n"
            b"Please reply within 48 hours to choose a date.\r\n\r\n"
            b"Brenda Hollis\r\nProgram Coordinator\r\n"
        ),
        labels={
            "kind": "invitation",
            "program": "Maple Grove Children's Hospital",
            "specialty": "Child Neurology",
            "format": "virtual",
            "interview_dates": ["2026-12-21", "2027-01-04"],
        },
    ),
]
