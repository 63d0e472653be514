"""Held-out waitlists, rejections, confirmations, reminders, cancellations, notices and unrelated mail."""

from make_holdout import APPLICANT, Mail

THALAMUS = "Thalamus <noreply@thalamusgme.com>"

WAITLISTS: list[Mail] = [
    Mail(
        name="wl-01-regret-then-waitlist.eml",
        sender='"Maple Grove Child Neurology" <childneuro@maplegrovechildrens.org>',
        subject="Child Neurology Residency application",
        date="Mon, 02 Nov 2026 11:00:00 -0500",
        unwrap=True,
        text="""
        Dear Jordan,

        Thank you for your application to the Child Neurology Residency at Maple Grove
        Children's Hospital. We regret that we are unable to offer you an interview at this
        time. However, your application was very strong, and we have placed you on our
        interview waitlist. Should a date become available, we will contact you by email.

        With kind regards,
        Child Neurology Residency Selection Committee
        """,
        labels={
            "kind": "waitlist",
            "program": "Maple Grove Children's Hospital",
            "specialty": "Child Neurology",
        },
    ),
    Mail(
        name="wl-02-thalamus-added.eml",
        sender=THALAMUS,
        subject="Waitlist update",
        date="Tue, 03 Nov 2026 12:00:00 -0500",
        text="""
        Hi Jordan,

        You have been added to the waitlist for Ashford University - Family Medicine.
        If an interview date opens up, you will be notified by email and in your Thalamus
        dashboard.

        View your waitlists: https://app.thalamusgme.com/applicant/waitlists

        The Thalamus Team
        """,
        labels={
            "kind": "waitlist",
            "program": "Ashford University",
            "specialty": "Family Medicine",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="wl-03-alternate-list.eml",
        sender='"Brookhaven Psychiatry" <psychres@brookhavenhealth.org>',
        subject="Brookhaven Psychiatry Residency",
        date="Thu, 05 Nov 2026 14:20:00 -0500",
        text="""
        Dear Jordan,

        Thank you for your interest in the Brookhaven Health Psychiatry Residency. Unfortunately,
        all of our interview dates are currently full. We would like to keep you on our alternate
        list, and we will reach out if a spot becomes available.

        Sincerely,
        Psychiatry Residency Program
        """,
        labels={
            "kind": "waitlist",
            "program": "Brookhaven Health",
            "specialty": "Psychiatry",
        },
    ),
    Mail(
        name="wl-04-residencycas-waitlisted.eml",
        sender="ResidencyCAS <residencycas@liaisoncas.com>",
        subject="Interview Status Update",
        date="Fri, 06 Nov 2026 09:30:00 -0500",
        text="""
        Dear Jordan,

        Your interview status with Sterling Hills Medical Center Obstetrics and Gynecology has
        been updated to Waitlisted. You will be notified if an interview becomes available.

        Log in to ResidencyCAS to view your interview status:
        https://residencycas.liaisoncas.com/applicant-ux/#/interviews

        ResidencyCAS Customer Service
        """,
        labels={
            "kind": "waitlist",
            "program": "Sterling Hills Medical Center",
            "specialty": "Obstetrics and Gynecology",
            "platform": "residencycas",
        },
    ),
    Mail(
        name="wl-05-update-short.eml",
        sender='"Fox River IM" <im.residency@foxriverhospital.org>',
        subject="Update",
        date="Wed, 11 Nov 2026 16:45:00 -0500",
        text="""
        Dear Applicant,

        Our interview days for the Fox River Hospital Internal Medicine Residency have filled
        quickly this year. You remain under active consideration, and we have placed you on a
        wait list. We will be in touch if a date opens.

        Fox River Hospital Internal Medicine
        """,
        labels={
            "kind": "waitlist",
            "program": "Fox River Hospital",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="wl-06-html-sorry.eml",
        sender='"Harbor Point EM" <em@harborpointmc.org>',
        subject="Harbor Point Emergency Medicine",
        date="Fri, 13 Nov 2026 10:10:00 -0500",
        html="""
        <html><body style="font-family:Verdana">
        <h2 style="color:#003b5c">Harbor Point Medical Center &bull; Emergency Medicine</h2>
        <p>Hi Jordan,</p>
        <p>We're sorry &mdash; we don't have an interview spot for you right now. Our applicant pool
        was exceptional and our dates filled faster than ever.</p>
        <p>We've added you to our waitlist, and we'll email you right away if a spot opens up.
        There is nothing you need to do in the meantime.</p>
        <p>Sorry again, and thank you for thinking of Harbor Point.</p>
        <p>&mdash; Harbor Point EM Residency</p>
        </body></html>
        """,
        labels={
            "kind": "waitlist",
            "program": "Harbor Point Medical Center",
            "specialty": "Emergency Medicine",
        },
    ),
    Mail(
        name="wl-07-ordered-number.eml",
        sender='"Crestwood Orthopaedics" <orthores@crestwood.edu>',
        subject="Crestwood Orthopaedic Surgery interview waitlist",
        date="Tue, 24 Nov 2026 13:00:00 -0500",
        text="""
        Dear Jordan,

        Thank you for your continued interest in Crestwood University Orthopaedic Surgery. You
        are currently number 4 on our waitlist for the December interview dates. Waitlisted
        applicants are contacted one at a time, in order, and have 12 hours to respond.

        Best regards,
        Crestwood Orthopaedic Surgery Residency
        """,
        labels={
            "kind": "waitlist",
            "program": "Crestwood University",
            "specialty": "Orthopaedic Surgery",
        },
    ),
    Mail(
        name="wl-08-on-hold.eml",
        sender='"Kingsport Surgery Residency" <surgeryres@kingsporthealth.org>',
        subject="Application status",
        date="Mon, 26 Oct 2026 12:00:00 -0400",
        text="""
        Dear Jordan,

        We have reviewed your application to the Kingsport Health General Surgery Residency and
        have placed it on hold for further consideration as interview spots become available.
        We expect to make further decisions by mid-December.

        General Surgery Residency Program
        """,
        labels={
            "kind": "waitlist",
            "program": "Kingsport Health",
            "specialty": "Surgery",
        },
    ),
]

REJECTIONS: list[Mail] = [
    Mail(
        name="rej-01-congratulate.eml",
        sender='"Oceanview Dermatology" <dermres@oceanview.edu>',
        subject="Oceanview University Dermatology Residency",
        date="Mon, 16 Nov 2026 17:00:00 -0500",
        unwrap=True,
        text="""
        Dear Jordan,

        Congratulations on all that you have accomplished to reach this point. The committee was
        impressed by the depth of our applicant pool this year. After careful consideration, we
        are not able to extend an interview invitation to you this year.

        We wish you every success in the Match and in your career.

        Sincerely,
        Oceanview University Dermatology Residency
        """,
        labels={
            "kind": "rejection",
            "program": "Oceanview University",
            "specialty": "Dermatology",
        },
    ),
    Mail(
        name="rej-02-not-moving-forward.eml",
        sender='"Greystone Pediatrics" <peds@greystonechildrens.org>',
        subject="Your application to Greystone Pediatrics",
        date="Thu, 22 Oct 2026 10:00:00 -0400",
        text="""
        Dear Jordan Lee,

        Thank you for applying to the Pediatrics Residency at Greystone Children's Hospital.
        We have completed our review and will not be moving forward with your application at
        this time. We appreciate the effort you put into it and wish you the best.

        Greystone Children's Hospital Pediatric Residency
        """,
        labels={
            "kind": "rejection",
            "program": "Greystone Children's Hospital",
            "specialty": "Pediatrics",
        },
    ),
    Mail(
        name="rej-03-no-spot-on-schedule.eml",
        sender='"Lindenwood Surgery" <surgery.residency@lindenwood.edu>',
        subject="Lindenwood University Surgery Residency - Application Decision",
        date="Tue, 17 Nov 2026 08:15:00 -0500",
        text="""
        Dear Jordan,

        The committee has completed its review of applications for categorical positions in
        the Lindenwood University General Surgery Residency. We are sorry to tell you that we
        are unable to offer you a spot on our interview schedule this season.

        We know how much work goes into an application and we thank you for considering us.

        Respectfully,
        Surgical Education Office
        """,
        labels={
            "kind": "rejection",
            "program": "Lindenwood University",
            "specialty": "Surgery",
            "track": "categorical",
        },
    ),
    Mail(
        name="rej-04-eras-no-subject.eml",
        sender='"Copper Canyon Medical Center via ERAS" <noreply@aamc.org>',
        subject="",
        date="Fri, 20 Nov 2026 09:09:00 -0500",
        text="""
        Thank you for applying to the Family Medicine Residency at Copper Canyon Medical Center.
        Due to the high volume of applications, we are unable to invite you for an interview.
        We wish you the best of luck.
        """,
        labels={
            "kind": "rejection",
            "program": "Copper Canyon Medical Center",
            "specialty": "Family Medicine",
            "platform": "eras",
        },
    ),
    Mail(
        name="rej-05-schedule-complete.eml",
        sender='"Ashby Neurology" <neuro.residency@ashbyhealth.org>',
        subject="Ashby Neurology Residency",
        date="Wed, 02 Dec 2026 11:30:00 -0500",
        text="""
        Dear Applicant,

        Our interview schedule for the Ashby Health Neurology Residency is now complete, and we
        will not be able to interview you this season. We received many outstanding
        applications and regret that we could not interview everyone.

        Ashby Health Neurology
        """,
        labels={
            "kind": "rejection",
            "program": "Ashby Health",
            "specialty": "Neurology",
        },
    ),
    Mail(
        name="rej-06-thalamus-not-selected.eml",
        sender=THALAMUS,
        subject="Application status update",
        date="Mon, 30 Nov 2026 12:00:00 -0500",
        text="""
        Hi Jordan,

        Lindale University Medical Center - Internal Medicine has updated your application
        status: Not selected for interview.

        We know this isn't the news you were hoping for. Keep an eye on your dashboard for
        updates from your other programs: https://app.thalamusgme.com/applicant/dashboard

        The Thalamus Team
        """,
        labels={
            "kind": "rejection",
            "program": "Lindale University Medical Center",
            "specialty": "Internal Medicine",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="rej-07-chatty.eml",
        sender='"Mike Donovan" <mdonovan@westridgeem.org>',
        subject="Westridge EM",
        date="Sat, 05 Dec 2026 10:12:00 -0500",
        text="""
        Hi Jordan,

        Just wanted to let you know personally that we won't be able to bring you in for an
        interview this year at Westridge Emergency Medicine. Super competitive pool, and it was
        a tough call. Best of luck in the Match - I'm sure you'll land somewhere great.

        Mike Donovan, MD
        Program Director
        """,
        labels={
            "kind": "rejection",
            "program": "Westridge",
            "specialty": "Emergency Medicine",
        },
    ),
    Mail(
        name="rej-08-residencycas-declined.eml",
        sender="ResidencyCAS <residencycas@liaisoncas.com>",
        subject="Application Status Update",
        date="Tue, 08 Dec 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        The program Brightmoor University Obstetrics and Gynecology has declined your
        application. Your application status is now: Not Invited.

        You can review all of your application statuses in ResidencyCAS.

        ResidencyCAS Customer Service
        """,
        labels={
            "kind": "rejection",
            "program": "Brightmoor University",
            "specialty": "Obstetrics and Gynecology",
            "platform": "residencycas",
        },
    ),
]

SCHEDULED: list[Mail] = [
    Mail(
        name="sch-01-thalamus-confirmed.eml",
        sender=THALAMUS,
        subject="Interview confirmed",
        date="Fri, 16 Oct 2026 12:20:00 -0400",
        text="""
        Hi Jordan,

        Thank you for accepting the interview invitation from Cedar Falls University Medical
        Center - Pediatrics (Categorical). You are scheduled for:

        Tuesday, December 1, 2026 - Virtual

        You can view or change your interview in Thalamus:
        https://app.thalamusgme.com/applicant/interviews/58213
        """,
        labels={
            "kind": "scheduled",
            "program": "Cedar Falls University Medical Center",
            "specialty": "Pediatrics",
            "platform": "thalamus",
            "interview_dates": ["2026-12-01"],
        },
    ),
    Mail(
        name="sch-02-coordinator-thanks.eml",
        sender='"Maria Gonzalez" <mgonzalez@lakeshorehealth.org>',
        subject="RE: Lakeshore Internal Medicine Residency - Interview",
        date="Wed, 14 Oct 2026 10:02:00 -0400",
        text="""
        Hi Jordan,

        Thanks for accepting our invitation! This email confirms your interview with the
        Lakeshore Regional Medical Center Internal Medicine Residency on Thursday, November 19.
        You will receive the Zoom link and an itinerary about a week before.

        Maria
        """,
        labels={
            "kind": "scheduled",
            "program": "Lakeshore Regional Medical Center",
            "specialty": "Internal Medicine",
            "interview_dates": ["2026-11-19"],
        },
    ),
    Mail(
        name="sch-03-broker-scheduled-ics.eml",
        sender="Interview Broker <no-reply@interviewbroker.com>",
        subject="Mercy Ridge Hospital - Surgery Preliminary: scheduled",
        date="Tue, 20 Oct 2026 08:00:00 -0400",
        text="""
        Dear Jordan Lee,

        Your interview with Mercy Ridge Hospital (Surgery - Preliminary) has been scheduled.

        Date: Monday, November 23, 2026
        Time: 7:45 AM - 12:30 PM Eastern
        Zoom: https://zoom.us/j/98765432100

        A calendar file is attached. To cancel or change your date, log in to Interview Broker.
        """,
        ics="""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Interview Broker//EN
        BEGIN:VEVENT
        UID:ib-mercyridge-2211@interviewbroker.com
        DTSTART:20261123T124500Z
        DTEND:20261123T173000Z
        SUMMARY:Interview - Mercy Ridge Hospital Surgery (Preliminary)
        LOCATION:https://zoom.us/j/98765432100
        END:VEVENT
        END:VCALENDAR
        """,
        labels={
            "kind": "scheduled",
            "program": "Mercy Ridge Hospital",
            "specialty": "Surgery",
            "track": "preliminary",
            "platform": "interview_broker",
            "format": "virtual",
            "interview_dates": ["2026-11-23"],
        },
    ),
    Mail(
        name="sch-04-residencycas-accepted.eml",
        sender="ResidencyCAS <residencycas@liaisoncas.com>",
        subject="Interview Accepted",
        date="Thu, 22 Oct 2026 19:30:00 -0400",
        text="""
        Dear Jordan,

        You have accepted an interview with Oak Hollow University Obstetrics & Gynecology on
        11/20/2026. Details about your interview day will be sent by the program.

        ResidencyCAS Customer Service
        """,
        labels={
            "kind": "scheduled",
            "program": "Oak Hollow University",
            "specialty": "Obstetrics and Gynecology",
            "platform": "residencycas",
            "interview_dates": ["2026-11-20"],
        },
    ),
    Mail(
        name="sch-05-all-set.eml",
        sender='"Karen Wu" <kwu@sunnyvalech.org>',
        subject="Re:",
        date="Thu, 29 Oct 2026 09:12:00 -0700",
        text="""
        You're all set for Dec 3! I'll send the agenda and parking info closer to the date.
        Karen
        Family Medicine Residency | Sunnyvale Community Hospital

        On Wed, Oct 28, 2026 at 10:01 PM Jordan Lee <jordan.lee.match2027@gmail.com> wrote:
        > Hi Dr. Patel and Karen, thank you so much! Dec 3 would be perfect.
        """,
        labels={
            "kind": "scheduled",
            "program": "Sunnyvale Community Hospital",
            "specialty": "Family Medicine",
            "interview_dates": ["2026-12-03"],
        },
    ),
    Mail(
        name="sch-06-eras-scheduled.eml",
        sender="ERAS <eras-notifications@aamc.org>",
        subject="Interview scheduled",
        date="Fri, 23 Oct 2026 07:40:00 -0400",
        text="""
        Dear Jordan Lee,

        Your interview with Northgate University Hospital - Anesthesiology (Advanced) is
        scheduled for Wednesday, December 9, 2026.

        Log in to MyERAS to view or cancel your interview.
        """,
        labels={
            "kind": "scheduled",
            "program": "Northgate University Hospital",
            "specialty": "Anesthesiology",
            "track": "advanced",
            "platform": "eras",
            "interview_dates": ["2026-12-09"],
        },
    ),
]

REMINDERS: list[Mail] = [
    Mail(
        name="rem-01-itinerary.eml",
        sender='"Amanda Holt" <gsresidency@prairiestate.edu>',
        subject="Your interview on Monday",
        date="Fri, 27 Nov 2026 10:00:00 -0600",
        unwrap=True,
        text="""
        Dear Jordan,

        Thank you again for accepting our invitation to interview. We look forward to seeing
        you on Monday, November 30! Your itinerary is below.

          7:30 AM  Welcome from Dr. Marsh
          8:00 AM  Faculty interviews (three 20-minute sessions)
          10:00 AM Resident panel
          11:00 AM Closing remarks

        Zoom link: https://prairiestate.zoom.us/j/5551234567

        Please test your audio and video ahead of time.

        Amanda Holt, Residency Program Manager
        Prairie State University General Surgery
        """,
        labels={
            "kind": "reminder",
            "program": "Prairie State University",
            "specialty": "Surgery",
            "format": "virtual",
        },
    ),
    Mail(
        name="rem-02-thalamus-tomorrow.eml",
        sender=THALAMUS,
        subject="Your interview is tomorrow",
        date="Sun, 06 Dec 2026 09:00:00 -0500",
        text="""
        Hi Jordan,

        This is a reminder that your interview with Coastal Carolina Health - Diagnostic
        Radiology (Advanced) is tomorrow, Monday, December 7, 2026.

        Location: 100 Harbor Blvd, Charleston, SC (In-Person)

        View details: https://app.thalamusgme.com/applicant/interviews/90431
        """,
        labels={
            "kind": "reminder",
            "program": "Coastal Carolina Health",
            "specialty": "Radiology-Diagnostic",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="rem-03-zoom-link.eml",
        sender='"Bayside Neurology" <neuroresidency@baysideu.edu>',
        subject="Zoom link for Friday",
        date="Wed, 09 Dec 2026 15:00:00 -0500",
        text="""
        Dear Jordan,

        Following up on your invitation to interview with Bayside University Neurology: here is
        your Zoom link for Friday, December 11. Please log on by 8:45 AM Eastern.

        https://baysideu.zoom.us/j/81234500001?pwd=neuro

        Best,
        Bayside Neurology Residency
        """,
        labels={
            "kind": "reminder",
            "program": "Bayside University",
            "specialty": "Neurology",
            "format": "virtual",
        },
    ),
    Mail(
        name="rem-04-hotel-parking.eml",
        sender='"St. Agnes Urology" <urology@stagnesmc.org>',
        subject="Hotel block and parking for December 5",
        date="Mon, 23 Nov 2026 11:00:00 -0600",
        text="""
        Dear Jordan,

        We are looking forward to your visit on Saturday, December 5. A block of rooms is held
        at the Riverside Inn (mention "St. Agnes Urology") until November 28. On the interview
        day, please park in Garage B; we will validate your ticket. Friday's resident dinner
        starts at 6:30 PM at Luca's on Main Street.

        Gloria
        Urology Residency, St. Agnes Medical Center
        """,
        labels={
            "kind": "reminder",
            "program": "St. Agnes Medical Center",
            "specialty": "Urology",
        },
    ),
    Mail(
        name="rem-05-survey.eml",
        sender='"Denise Carter" <dcarter@hollismemorial.org>',
        subject="Before your interview day",
        date="Mon, 30 Nov 2026 09:30:00 -0500",
        text="""
        Dear Jordan,

        Before your interview on Wednesday, December 2, please complete our short pre-interview
        questionnaire: https://forms.hollismemorial.org/ty-preinterview . It takes about five
        minutes and helps us match you with faculty interviewers.

        See you Wednesday,
        Denise Carter
        Transitional Year Program, Hollis Memorial Hospital
        """,
        labels={
            "kind": "reminder",
            "program": "Hollis Memorial Hospital",
            "specialty": "Transitional Year",
        },
    ),
    Mail(
        name="rem-06-starts-soon.eml",
        sender="Interview Broker <no-reply@interviewbroker.com>",
        subject="Starting soon: Mercy Ridge Hospital",
        date="Mon, 23 Nov 2026 06:45:00 -0500",
        text="""
        Dear Jordan Lee,

        Your interview with Mercy Ridge Hospital (Surgery - Preliminary) begins in one hour.

        Join: https://zoom.us/j/98765432100
        """,
        labels={
            "kind": "reminder",
            "program": "Mercy Ridge Hospital",
            "platform": "interview_broker",
        },
    ),
]

CANCELLATIONS: list[Mail] = [
    Mail(
        name="can-01-weather.eml",
        sender='"Greenfield Plastic Surgery" <plastics@greenfield.edu>',
        subject="Change to January 15 interview day",
        date="Mon, 11 Jan 2027 13:00:00 -0500",
        text="""
        Dear Jordan,

        Due to the winter storm forecast for the end of this week, we have made the difficult
        decision to cancel in-person interviews on Friday, January 15. We would like to move you
        to a virtual interview on Friday, January 22 instead. Please reply to confirm.

        Office of the Program Director
        Greenfield University Plastic Surgery
        """,
        labels={
            "kind": "cancellation",
            "program": "Greenfield University",
            "specialty": "Plastic Surgery-Integrated",
        },
    ),
    Mail(
        name="can-02-reschedule.eml",
        sender='"Hawthorne Anesthesiology" <anesthesia.residency@hawthorne.edu>',
        subject="Change to your interview date",
        date="Mon, 02 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        Because of an unexpected conflict in our Program Director's schedule, we need to move
        your interview from Monday, November 16 to Monday, November 23. We apologize for the
        inconvenience. If the new date does not work for you, please let us know.

        Department of Anesthesiology Education Office, Hawthorne University
        """,
        labels={
            "kind": "cancellation",
            "program": "Hawthorne University",
            "specialty": "Anesthesiology",
        },
    ),
    Mail(
        name="can-03-thalamus-you-cancelled.eml",
        sender=THALAMUS,
        subject="Interview cancelled",
        date="Thu, 10 Dec 2026 21:00:00 -0500",
        text="""
        Hi Jordan,

        You cancelled your interview with Cedar Falls University Medical Center - Pediatrics
        (Categorical) on Tuesday, December 15, 2026. If this was a mistake, please contact the
        program directly.

        The Thalamus Team
        """,
        labels={
            "kind": "cancellation",
            "program": "Cedar Falls University Medical Center",
            "specialty": "Pediatrics",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="can-04-withdrawal.eml",
        sender='"Westlake IM Residency" <imresidency@westlakemc.org>',
        subject="Withdrawal confirmed",
        date="Tue, 01 Dec 2026 11:00:00 -0500",
        text="""
        Dear Jordan,

        We have received your request to withdraw your application from the Westlake Medical
        Center Preliminary Medicine program, and your withdrawal has been processed. We wish you
        all the best.

        Sam Whitaker
        """,
        labels={
            "kind": "cancellation",
            "program": "Westlake Medical Center",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="can-05-day-cancelled.eml",
        sender='"Northgate Anesthesiology" <anesthesia@northgatehospital.org>',
        subject="December 9 interview day",
        date="Mon, 23 Nov 2026 08:00:00 -0500",
        text="""
        Dear Jordan,

        We regret to inform you that we must cancel the December 9 interview day for the
        Northgate University Hospital Anesthesiology Residency. Please select a new date in the
        ERAS scheduler; we have added December 16 and January 6.

        We apologize for the short notice.
        Anesthesiology Residency Program
        """,
        labels={
            "kind": "cancellation",
            "program": "Northgate University Hospital",
            "specialty": "Anesthesiology",
        },
    ),
]

INFO: list[Mail] = [
    Mail(
        name="info-01-social.eml",
        sender='"Lakeshore IM Chiefs" <imchiefs@lakeshorehealth.org>',
        subject="Pre-interview social: virtual happy hour!",
        date="Mon, 02 Nov 2026 12:00:00 -0500",
        text="""
        Hi Jordan!

        You're invited to our pre-interview social, a virtual happy hour with our residents, on
        Wednesday, November 18 at 7:00 PM ET, the evening before your interview day. No faculty,
        no evaluation, just a chance to ask us anything.

        Join here: https://lakeshorehealth.zoom.us/j/444555666

        The Lakeshore Internal Medicine Chief Residents
        """,
        labels={
            "kind": "info",
            "program": "Lakeshore",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="info-02-enjoyed-meeting.eml",
        sender='"Cedar Falls Pediatrics" <pedsresidency@cedarfallsumc.org>',
        subject="Thank you",
        date="Wed, 02 Dec 2026 17:00:00 -0500",
        text="""
        Dear Jordan,

        We enjoyed meeting you yesterday and hope you got a good sense of our program and our
        community. In keeping with NRMP policy, we will not contact applicants about ranking
        decisions. We wish you the very best this Match season.

        Warmly,
        Cedar Falls University Medical Center Pediatric Residency
        """,
        labels={
            "kind": "info",
            "program": "Cedar Falls University Medical Center",
            "specialty": "Pediatrics",
        },
    ),
    Mail(
        name="info-03-second-look.eml",
        sender='"Riverbend EM Residency" <emresidency@riverbendhealth.org>',
        subject="Second Look Day - February 5",
        date="Mon, 11 Jan 2027 10:00:00 -0500",
        text="""
        Dear Interviewee,

        Thank you for interviewing with Riverbend Health Emergency Medicine this season! We would
        like to invite you to our optional in-person Second Look Day on Friday, February 5, 2027.
        Attendance has no bearing on our rank list.

        RSVP: https://forms.riverbendhealth.org/em-second-look

        Riverbend EM
        """,
        labels={
            "kind": "info",
            "program": "Riverbend Health",
            "specialty": "Emergency Medicine",
        },
    ),
    Mail(
        name="info-04-myeras-new-message.eml",
        sender="MyERAS <myeras-noreply@aamc.org>",
        subject="You have a new message",
        date="Thu, 15 Oct 2026 13:00:00 -0400",
        text="""
        You have received a new message in MyERAS. Log in to view it:
        https://myeras.aamc.org/messages

        Please do not reply to this email.
        """,
        labels={"kind": "info", "platform": "eras"},
    ),
    Mail(
        name="info-05-nrmp-certify.eml",
        sender="NRMP <noreply@nrmp.org>",
        subject="Reminder: certify your rank order list",
        date="Mon, 22 Feb 2027 12:00:00 -0500",
        text="""
        Dear Jordan Lee,

        The rank order list deadline for the 2027 Main Residency Match is Wednesday, March 3,
        2027 at 9:00 p.m. ET. A rank order list that is not certified will not be used in the
        Match. Log in to the R3 system to review and certify your list.

        National Resident Matching Program
        """,
        labels={"kind": "info", "program": ""},
    ),
    Mail(
        name="info-06-nrmp-results.eml",
        sender="NRMP <noreply@nrmp.org>",
        subject="2027 Main Residency Match: your results are available",
        date="Mon, 15 Mar 2027 11:00:00 -0400",
        text="""
        Dear Jordan Lee,

        Match Week is here! Congratulations on reaching this milestone. Log in to the R3 system
        to find out whether you matched. On Friday, you will learn where.

        National Resident Matching Program
        """,
        labels={"kind": "info", "program": ""},
    ),
    Mail(
        name="info-07-lor-uploaded.eml",
        sender="ERAS <eras-notifications@aamc.org>",
        subject="Letter of recommendation uploaded",
        date="Mon, 14 Sep 2026 09:00:00 -0400",
        text="""
        Dear Jordan Lee,

        A letter of recommendation from Dr. Alan Brooks has been uploaded to your MyERAS
        application. You can assign it to programs in MyERAS.

        ERAS Support
        """,
        labels={"kind": "info", "platform": "eras", "program": ""},
    ),
    Mail(
        name="info-08-application-complete.eml",
        sender="Eastfield Psychiatry Residency <psychiatry.residency@eastfield.edu>",
        subject="Application received",
        date="Thu, 01 Oct 2026 10:00:00 -0400",
        text="""
        Dear Applicant,

        Your application to the Eastfield University Psychiatry Residency is complete and under
        review. Interview invitations will be sent on a rolling basis through December. Please
        do not send additional materials unless we ask for them.

        Eastfield Psychiatry Residency
        """,
        labels={
            "kind": "info",
            "program": "Eastfield University",
            "specialty": "Psychiatry",
        },
    ),
    Mail(
        name="info-09-newsletter.eml",
        sender='"Fairhaven EM" <news@fairhavenem.org>',
        subject="Fairhaven EM News: fall edition",
        date="Wed, 14 Oct 2026 08:00:00 -0400",
        html="""
        <html><body>
        <h1>Fairhaven Emergency Medicine News</h1>
        <h3>Interview season update</h3>
        <p>We have started sending interview invitations! If you haven't heard from us yet, don't
        worry: we review applications on a rolling basis until mid-November.</p>
        <h3>Resident wellness</h3>
        <p>Our interns finished their first half-marathon as a class.</p>
        <h3>Meet the program</h3>
        <p>Join one of our open Q&amp;A sessions on Thursdays at 8 PM.</p>
        <p style="font-size:10px"><a href="https://fairhavenem.org/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """,
        labels={
            "kind": "info",
            "program": "Fairhaven",
            "specialty": "Emergency Medicine",
        },
    ),
    Mail(
        name="info-10-residencycas-maintenance.eml",
        sender="ResidencyCAS <residencycas@liaisoncas.com>",
        subject="Scheduled maintenance",
        date="Fri, 09 Oct 2026 15:00:00 -0400",
        text="""
        ResidencyCAS will be unavailable on Saturday, October 17 from 1:00 AM to 5:00 AM ET for
        scheduled maintenance. Interview scheduling will be paused during this window.

        ResidencyCAS Customer Service
        """,
        labels={"kind": "info", "platform": "residencycas", "program": ""},
    ),
    Mail(
        name="info-11-thalamus-profile.eml",
        sender=THALAMUS,
        subject="Get ready for interview season",
        date="Tue, 15 Sep 2026 10:00:00 -0400",
        text="""
        Hi Jordan,

        Complete your Thalamus profile so you are ready when programs send interview
        invitations. Add your phone number for text alerts and sync your calendar.

        Finish your profile: https://app.thalamusgme.com/applicant/profile

        The Thalamus Team
        """,
        labels={"kind": "info", "platform": "thalamus", "program": ""},
    ),
    Mail(
        name="info-12-thank-you-interviewing.eml",
        sender='"Denise Carter" <dcarter@hollismemorial.org>',
        subject="Thank you for interviewing with Hollis Memorial",
        date="Thu, 03 Dec 2026 16:00:00 -0500",
        text="""
        Dear Jordan,

        Thank you for interviewing with the Transitional Year Program at Hollis Memorial
        Hospital. It was a pleasure to host you. We will not be in further contact before the
        Match, and we wish you the best with your rank list.

        Denise Carter
        """,
        labels={
            "kind": "info",
            "program": "Hollis Memorial Hospital",
            "specialty": "Transitional Year",
        },
    ),
    Mail(
        name="info-13-open-house.eml",
        sender='"Greystone Pediatrics" <peds@greystonechildrens.org>',
        subject="You're invited: virtual open house",
        date="Wed, 23 Sep 2026 12:00:00 -0400",
        text="""
        Hello prospective applicants!

        You are invited to the Greystone Children's Hospital Pediatrics Residency virtual open
        house on Tuesday, September 29 at 6 PM ET. Meet our program leadership and residents
        and learn about our tracks. Register at https://greystonechildrens.org/peds/openhouse

        Greystone Pediatrics
        """,
        labels={
            "kind": "info",
            "program": "Greystone Children's Hospital",
            "specialty": "Pediatrics",
        },
    ),
    Mail(
        name="info-14-release-date.eml",
        sender='"Summit Valley Orthopaedics" <orthores@summitvalley.org>',
        subject="Interview release date",
        date="Mon, 09 Nov 2026 09:00:00 -0500",
        text="""
        Dear Applicants,

        Summit Valley Medical Center Orthopaedic Surgery will release interview invitations on
        Wednesday, November 18 at 12:00 PM ET through Thalamus, in line with the common release
        date. Please make sure your Thalamus notifications are turned on.

        Summit Valley Orthopaedic Surgery Residency
        """,
        labels={
            "kind": "info",
            "program": "Summit Valley Medical Center",
            "specialty": "Orthopaedic Surgery",
        },
    ),
]

OTHER: list[Mail] = [
    Mail(
        name="oth-01-bank.eml",
        sender="Harborline Bank <alerts@harborlinebank.com>",
        subject="Your November statement is ready",
        date="Tue, 01 Dec 2026 06:00:00 -0500",
        text="""
        Hi Jordan,

        Your statement for the account ending in 4821 is ready to view in online banking.
        Statement balance: $1,284.16. Payment due date: December 24, 2026.

        Harborline Bank, Member FDIC
        """,
        labels={"kind": "other", "program": ""},
    ),
    Mail(
        name="oth-02-board-review.eml",
        sender="BoardPrep Pro <deals@boardpreppro.com>",
        subject="Exclusive invitation: 30% off Step 3 prep",
        date="Thu, 19 Nov 2026 07:30:00 -0500",
        html="""
        <html><body>
        <h1>You're invited, Jordan!</h1>
        <p>As a fourth-year student in interview season, you qualify for 30% off our Step 3
        question bank. Schedule a free consultation with a tutor before November 30.</p>
        <p><a href="https://boardpreppro.com/offer/step3">Claim your offer</a></p>
        <p style="font-size:10px"><a href="https://boardpreppro.com/unsub">Unsubscribe</a></p>
        </body></html>
        """,
        labels={"kind": "other", "program": ""},
    ),
    Mail(
        name="oth-03-own-reply.eml",
        sender=APPLICANT,
        to='"Maria Gonzalez" <mgonzalez@lakeshorehealth.org>',
        subject="Re: Lakeshore Internal Medicine Residency - Interview",
        date="Tue, 13 Oct 2026 11:30:00 -0400",
        text="""
        Dear Ms. Gonzalez,

        Thank you so much for the invitation! I would love to interview on Thursday, November 19,
        with Tuesday, November 10 as my second choice.

        Best regards,
        Jordan Lee

        On Tue, Oct 13, 2026 at 9:14 AM Maria Gonzalez <mgonzalez@lakeshorehealth.org> wrote:
        > Dear Jordan,
        > Thank you for your interest in the Internal Medicine Residency Program at Lakeshore
        > Regional Medical Center. Our faculty have reviewed your application with great
        > interest, and we would love to meet you!
        > Please reply to this email with your first and second choice from the dates below.
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="oth-04-own-letter-of-interest.eml",
        sender=APPLICANT,
        to='"Crestwood Orthopaedics" <orthores@crestwood.edu>',
        subject="Letter of interest - Jordan Lee",
        date="Wed, 25 Nov 2026 20:00:00 -0500",
        text="""
        Dear Dr. Fields,

        I am writing to express my continued strong interest in the Crestwood University
        Orthopaedic Surgery Residency. I understand I am on the interview waitlist, and I would
        be thrilled to accept an interview invitation if a date becomes available.

        Sincerely,
        Jordan Lee
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="oth-05-security-alert.eml",
        sender="Google <no-reply@accounts.google.com>",
        subject="Security alert",
        date="Sat, 17 Oct 2026 22:10:00 -0400",
        text="""
        A new sign-in on Mac

        jordan.lee.match2027@gmail.com

        We noticed a new sign-in to your Google Account on a Mac device. If this was you, you
        don't need to do anything. If not, we'll help you secure your account.

        Check activity: https://myaccount.google.com/notifications
        """,
        labels={"kind": "other", "program": ""},
    ),
    Mail(
        name="oth-06-hotel.eml",
        sender="Lodgewell Hotels <reservations@lodgewell.com>",
        subject="Your reservation is confirmed",
        date="Fri, 30 Oct 2026 14:00:00 -0400",
        text="""
        Hi Jordan,

        Your stay is confirmed!
        Lodgewell Fresno Downtown
        Check-in: Wednesday, December 2, 2026
        Check-out: Thursday, December 3, 2026
        Confirmation number: LW-88213

        Manage your reservation: https://lodgewell.com/trips/LW-88213
        """,
        labels={"kind": "other", "program": ""},
    ),
    Mail(
        name="oth-07-wedding.eml",
        sender="Evite <info@mailva.evite.com>",
        subject="You're invited to Sam & Priya's wedding celebration",
        date="Sun, 11 Oct 2026 15:00:00 -0400",
        text="""
        Sam & Priya have invited you to their wedding celebration!

        Saturday, June 12, 2027, 5:00 PM
        The Orchard Barn, Hudson, NY

        Please RSVP by April 1: https://www.evite.com/event/0042SAMPRIYA

        Evite
        """,
        labels={"kind": "other", "program": ""},
    ),
    Mail(
        name="oth-08-flight.eml",
        sender="SkyWest Air <checkin@skyair.example>",
        subject="It's time to check in for your flight to Fresno",
        date="Tue, 01 Dec 2026 08:00:00 -0500",
        text="""
        Jordan, you can now check in for flight 2291 to Fresno (FAT) departing
        Wednesday, December 2 at 10:15 AM.

        Check in: https://skyair.example/checkin
        """,
        labels={"kind": "other", "program": ""},
    ),
    Mail(
        name="oth-09-linkedin.eml",
        sender="LinkedIn <messages-noreply@linkedin.com>",
        subject="Jordan, you appeared in 9 searches this week",
        date="Mon, 16 Nov 2026 04:00:00 -0500",
        text="""
        You appeared in 9 searches this week.
        See who's looking: recruiters from health systems and residency programs.
        https://www.linkedin.com/me/search-appearances
        """,
        labels={"kind": "other", "program": ""},
    ),
]

OTHERS: list[Mail] = WAITLISTS + REJECTIONS + SCHEDULED + REMINDERS + CANCELLATIONS + INFO + OTHER
