"""Programs in Maryland, DC, Delaware."""
from lib import add, ics, quote, TO, ADDR
from gen_a import (THAL, ERAS, IB, thalamus_invite, thalamus_scheduled, eras_invite,
                   eras_status, ib_invite, ib_confirm)
from gen_b import prog, IM, NEURO


def build():
    # ---------------------------------------------------------------- Johns Hopkins Neuro
    prog("jhh-neuro", "The Johns Hopkins Hospital", NEURO, "categorical", True, "completed")
    add("jhh-neuro", "2026-10-06 08:31", "hopkins-neuro-invitation",
        "Johns Hopkins Neurology Residency <neuroresidency@jhmi.edu>",
        "Johns Hopkins Neurology Residency Interview Invitation",
        """Dear Ms. Castellano,

On behalf of the Department of Neurology at Johns Hopkins, it is my pleasure
to invite you to interview for a position in our Adult Neurology Residency
Program. Interviews will be held virtually on the following dates:

    Friday, October 30, 2026
    Friday, November 13, 2026
    Friday, November 20, 2026
    Friday, December 11, 2026

You will receive a separate invitation through Thalamus to select your date.
Please schedule within one week of this email.

We look forward to getting to know you.

Sincerely,

Marisol Vega
Residency Program Manager
Department of Neurology
Johns Hopkins University School of Medicine
600 N. Wolfe Street, Meyer 6-113, Baltimore, MD 21287
""", cte="7bit")
    thalamus_scheduled("jhh-neuro", "2026-10-06 12:09", "thalamus-scheduled",
        "Johns Hopkins University - Neurology Residency",
        "Friday, November 20, 2026, 8:00 AM - 2:30 PM EST")
    cal = ics("JHNeuro-IVD-20261120-0412@jhmi.edu", "20261120T080000", "20261120T143000",
              "Johns Hopkins Neurology Residency Interview Day",
              "Virtual - Zoom",
              "Join Zoom Meeting https://jhjhm.zoom.us/j/97766120455\nSchedule attached.",
              ("Vega, Marisol", "neuroresidency@jhmi.edu"))
    add("jhh-neuro", "2026-11-16 11:22", "hopkins-neuro-itinerary",
        "Vega, Marisol <neuroresidency@jhmi.edu>",
        "Johns Hopkins Neurology Interview Day \u2013 Itinerary (11/20)",
        """Dear Nora,

Attached please find the calendar invitation for your interview day this
Friday, 11/20. Your individual interview schedule:

  8:00   Welcome - Program Director and Chief Residents
  8:45   Interview: Dr. J. Okafor (Neuroimmunology)
  9:15   Interview: Dr. S. Lindqvist (Stroke)
  9:45   Interview: Dr. R. Amari (Epilepsy)
  10:30  Virtual tour: The Johns Hopkins Hospital & Johns Hopkins Bayview
  11:30  Lunch with residents
  12:30  Grand Rounds (optional)

Best,
Marisol

Marisol Vega | Residency Program Manager
Johns Hopkins Department of Neurology
""", attach=[("Hopkins_Neurology_Interview.ics", "text/calendar", cal)])
    mine = """Dear Dr. Carrow,

Thank you for a terrific interview day on Friday. I left excited about the
clinical volume at Hopkins and Bayview and the research mentorship you
described.

Warmly,
Nora"""
    add("jhh-neuro", "2026-11-23 07:58", "re-thank-you-hopkins-neuro",
        "Daniel Carrow <dcarrow1@jhmi.edu>",
        "Re: Thank you!",
        f"""Nora,

Thanks so much for the note. We enjoyed meeting you too.

Dan

--
Daniel Carrow, MD
Residency Program Director, Neurology
The Johns Hopkins Hospital
Sent from my iPhone

> On Nov 21, 2026, at 10:40 AM, Nora Castellano <{ADDR}> wrote:
>
{quote(mine)}
""", in_reply_to="<CAF3n0ra1121jhneuro@mail.gmail.com>", cte="7bit")

    # ---------------------------------------------------------------- Hopkins IM (Osler)
    prog("jhh-im", "The Johns Hopkins Hospital", IM, "categorical", False, "rejected")
    add("jhh-im", "2026-11-11 17:30", "osler-decision",
        "Osler Medical Residency <oslerresidency@jhmi.edu>",
        "Osler Medical Residency \u2013 Application Decision",
        """Dear Nora Castellano,

Thank you for applying to the Osler Medical Residency Program at The Johns
Hopkins Hospital. We have received applications from many exceptional
candidates, and we regret that we are unable to offer you an interview.

With best wishes for your career,

Osler Medical Residency Program
Department of Medicine, Johns Hopkins University School of Medicine
1830 E. Monument Street, Baltimore, MD 21287
""", cte="quoted-printable")

    # ---------------------------------------------------------------- Hopkins Bayview IM
    prog("bayview-im", "Johns Hopkins Bayview Medical Center", IM, "categorical", True, "completed")
    eras_invite("bayview-im", "2026-10-20 09:00", "eras-invitation",
        "Johns Hopkins Bayview Medical Center/Johns Hopkins University Program", "1402311130",
        "Internal Medicine",
        ["Wednesday, November 4, 2026", "Wednesday, November 18, 2026",
         "Wednesday, December 2, 2026", "Wednesday, January 6, 2027"],
        "October 27, 2026",
        "Congratulations! We are pleased to invite you to interview with the\n"
        "Johns Hopkins Bayview Internal Medicine Residency Program.")
    add("bayview-im", "2026-10-20 09:45", "bayview-welcome",
        "Bayview IM Residency <bayviewimresidency@jh.edu>",
        "Welcome! Johns Hopkins Bayview Internal Medicine \u2013 interview information",
        None, """<html><body style="font-family:Calibri,Arial;font-size:11pt;color:#002d72">
<p>Dear Applicant,</p>
<p>We&rsquo;re so glad you&rsquo;ll be considering <b>Johns Hopkins Bayview</b>! You should have received your interview invitation through the ERAS Interview Scheduling tool. A few things to know:</p>
<ul><li>All interview days are virtual and begin at 8:00 AM ET.</li>
<li>There is an optional resident-hosted &ldquo;Bayview After Hours&rdquo; social the evening before each interview day.</li>
<li>Bayview is a separate residency program from the Osler Medical Residency at The Johns Hopkins Hospital, with its own match number (NRMP 1212140C0).</li></ul>
<p>All the best,</p>
<p>Keisha Barnes<br>Program Coordinator, Internal Medicine Residency<br>Johns Hopkins Bayview Medical Center<br>4940 Eastern Avenue, Baltimore, MD 21224</p>
</body></html>""", to="undisclosed-recipients:;")
    eras_status("bayview-im", "2026-10-21 01:14", "eras-scheduled",
        "Johns Hopkins Bayview Medical Center/Johns Hopkins University Program", "1402311130",
        "Internal Medicine", "Your interview has been scheduled.", "Wednesday, December 2, 2026")
    add("bayview-im", "2026-12-03 15:33", "bayview-thank-you",
        "Barnes, Keisha <kbarnes22@jh.edu>",
        "Thank you from Hopkins Bayview Internal Medicine!",
        """Hi Nora,

Thank you for spending the day with us yesterday! Attached to this email is
nothing but good wishes :) - and a reminder that our residents are always
happy to talk. Feel free to reach out to any of our chiefs at
bayviewchiefs@jh.edu.

Keisha Barnes
Program Coordinator | Internal Medicine Residency
Johns Hopkins Bayview Medical Center
""", cte="7bit")

    # ---------------------------------------------------------------- UMMC IM
    prog("ummc-im", "University of Maryland Medical Center", IM, "categorical", True, "completed")
    thalamus_invite("ummc-im", "2026-10-09 13:15", "thalamus-invitation",
        "University of Maryland Medical Center \u2013 Internal Medicine Residency (Categorical)",
        "University of Maryland Medical System",
        ["Monday, November 9, 2026", "Monday, November 30, 2026",
         "Monday, December 14, 2026", "Monday, January 11, 2027"],
        "October 16, 2026",
        "The University of Maryland School of Medicine Internal Medicine Residency Program "
        "would like to invite you to interview. Interviews are virtual.")
    thalamus_scheduled("ummc-im", "2026-10-10 10:03", "thalamus-scheduled",
        "University of Maryland Medical Center \u2013 Internal Medicine Residency (Categorical)",
        "Monday, November 9, 2026, 8:00 AM - 12:30 PM EST")
    add("ummc-im", "2026-10-29 16:40", "thalamus-rescheduled", THAL,
        "Interview Rescheduled \u2013 University of Maryland Medical Center \u2013 Internal Medicine Residency (Categorical)",
        """Hello Nora Castellano,

Your interview has been rescheduled.

Program: University of Maryland Medical Center \u2013 Internal Medicine Residency (Categorical)
Previous date: Monday, November 9, 2026
New date: Monday, December 14, 2026, 8:00 AM - 12:30 PM EST
Format: Virtual

View My Interviews: https://app.thalamusgme.com/applicant/interviews

Thalamus
""", hdr_tz="utc")
    cal = ics("040000008200E00074C5B7101A82E0080000000030F1AD8C-UMMCIM-1214", "20261214T080000",
              "20261214T123000", "UMSOM Internal Medicine Residency Interview",
              "Microsoft Teams Meeting",
              "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_UMMCIM1214",
              ("Internal Medicine Residency", "imresidency@som.umaryland.edu"))
    add("ummc-im", "2026-12-08 09:12", "umd-im-reminder",
        "Internal Medicine Residency <imresidency@som.umaryland.edu>",
        "UMMC Internal Medicine Interview \u2013 Monday 12/14",
        """Good morning Nora,

This is a reminder that your interview with the University of Maryland
Internal Medicine Residency Program is next Monday, December 14. A Teams
invitation is attached. Please join by 7:50 AM.

Thank you,

Internal Medicine Residency Program
University of Maryland School of Medicine | Department of Medicine
University of Maryland Medical Center
22 S. Greene Street, N3E09, Baltimore, MD 21201
""", """<html><body style="font-family:Aptos,Calibri,sans-serif"><p>Good morning Nora,</p>
<p>This is a reminder that your interview with the University of Maryland Internal Medicine Residency Program is next <b>Monday, December 14</b>. A Teams invitation is attached. Please join by 7:50 AM.</p>
<p>Thank you,</p><p>Internal Medicine Residency Program<br>University of Maryland School of Medicine | Department of Medicine<br>University of Maryland Medical Center<br>22 S. Greene Street, N3E09, Baltimore, MD 21201</p></body></html>""",
        attach=[("invite.ics", "text/calendar", cal)])

    # ---------------------------------------------------------------- UMMC Neuro
    prog("ummc-neuro", "University of Maryland Medical Center", NEURO, "categorical", False, "rejected")
    add("ummc-neuro", "2026-11-30 14:26", "umd-neuro-status",
        "UM Neurology Residency <neurologyresidency@som.umaryland.edu>",
        "University of Maryland Neurology Residency \u2013 application status",
        """Dear Applicant,

Thank you for your application to the Neurology Residency Program at the
University of Maryland Medical Center. Our interview schedule is now full, and
we are unable to offer you an interview this year.

We wish you success in the Match.

Department of Neurology
University of Maryland School of Medicine
110 S. Paca Street, 3rd Floor, Baltimore, MD 21201
""", to="Nora Castellano <nora.castellano.match27@gmail.com>", cte="7bit")

    # ---------------------------------------------------------------- UMMC Midtown
    prog("midtown-im", "University of Maryland Medical Center Midtown Campus", IM, "categorical", True, "declined")
    inv = """Dear Nora,

Thank you for applying to the Internal Medicine Residency Program at the
University of Maryland Medical Center Midtown Campus. We are delighted to
invite you for a virtual interview. Please reply to this email with your
first and second choice among the following dates:

  Thursday, November 19, 2026
  Tuesday, December 1, 2026
  Thursday, December 10, 2026

Midtown is a community-based program in the heart of Baltimore, affiliated
with the University of Maryland School of Medicine.

Kind regards,

Tamara Whitlock
Program Coordinator, Internal Medicine Residency
University of Maryland Medical Center Midtown Campus
827 Linden Avenue, Baltimore, MD 21201
"""
    mid = add("midtown-im", "2026-11-02 11:20", "midtown-im-invitation",
        "Whitlock, Tamara <TWhitlock@umm.edu>",
        "Interview Invitation \u2013 UMMC Midtown Campus Internal Medicine Residency", inv,
        cte="quoted-printable")
    add("midtown-im", "2026-11-09 10:02", "re-midtown-decline",
        "Whitlock, Tamara <TWhitlock@umm.edu>",
        "RE: Interview Invitation \u2013 UMMC Midtown Campus Internal Medicine Residency",
        f"""Hi Nora,

Thank you for letting us know, and we're sorry you won't be able to join us.
We wish you all the best this season!

Tamara

From: Nora Castellano <{ADDR}>
Sent: Sunday, November 8, 2026 6:22 PM
To: Whitlock, Tamara <TWhitlock@umm.edu>
Subject: Re: Interview Invitation \u2013 UMMC Midtown Campus Internal Medicine Residency

Dear Ms. Whitlock,

Thank you so much for the invitation. Unfortunately I will not be able to
accept an interview, and I want to release the spot for another applicant.

Best,
Nora

From: Whitlock, Tamara <TWhitlock@umm.edu>
Sent: Monday, November 2, 2026 11:20 AM
To: Nora Castellano <{ADDR}>
Subject: Interview Invitation \u2013 UMMC Midtown Campus Internal Medicine Residency

{inv}""", in_reply_to=mid)

    # ---------------------------------------------------------------- MedStar Georgetown Neuro (advanced)
    prog("georgetown-neuro", "MedStar Georgetown University Hospital", NEURO, "advanced", True, "completed")
    eras_invite("georgetown-neuro", "2026-10-23 15:00", "eras-invitation",
        "MedStar Georgetown University Hospital Program", "1801021038", "Neurology (Advanced)",
        ["Thursday, November 12, 2026", "Thursday, December 10, 2026", "Thursday, January 14, 2027"],
        "October 30, 2026",
        "The Georgetown University Neurology Residency Program is pleased to invite\n"
        "you to interview for a PGY-2 (advanced) position.")
    eras_status("georgetown-neuro", "2026-10-24 11:47", "eras-scheduled",
        "MedStar Georgetown University Hospital Program", "1801021038", "Neurology (Advanced)",
        "Your interview has been scheduled.", "Thursday, December 10, 2026")
    chiefs = """Hi all,

Here's the schedule for Thursday's interview day. Zoom links for each
breakout will be sent by the coordinator the morning of.

  7:45  Log on / tech check
  8:00  Welcome - Chair and Program Director
  8:30  Interviews (4 x 20 min)
  10:30 Resident Q&A (no faculty)
  11:30 Virtual walk through Pasquerilla Healthcare Center & MedStar
        Washington Hospital Center stroke unit

See you Thursday!
The GU Neuro Chiefs"""
    add("georgetown-neuro", "2026-12-07 13:05", "fw-georgetown-neuro-schedule",
        "Loretta Simms <Loretta.A.Simms@medstar.net>",
        "FW: Georgetown Neurology Interview Day 12/10 \u2013 schedule",
        f"""Good afternoon,

Please see the schedule below from our chief residents for Thursday,
December 10. Looking forward to seeing you!

Loretta Simms
Residency Program Coordinator | Department of Neurology
MedStar Georgetown University Hospital | Georgetown University Medical Center
3800 Reservoir Road NW, 7 PHC, Washington, DC 20007

From: GU Neurology Chiefs <guneurochiefs@georgetown.edu>
Sent: Monday, December 7, 2026 11:52 AM
To: Simms, Loretta A <Loretta.A.Simms@medstar.net>
Subject: Georgetown Neurology Interview Day 12/10 - schedule

{chiefs}
""", to="undisclosed-recipients:;", cte="quoted-printable")

    # ---------------------------------------------------------------- MedStar Washington Hospital Center IM
    prog("whc-im", "MedStar Washington Hospital Center", IM, "categorical", True, "completed")
    add("whc-im", "2026-11-09 16:10", "mwhc-im-waitlist",
        "MWHC Internal Medicine Residency <MWHC.IMResidency@medstar.net>",
        "MedStar Washington Hospital Center/Georgetown University IM \u2013 Waitlist Notification",
        None, """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Nora Castellano,</p>
<p>Thank you for your application to the <b>MedStar Washington Hospital Center/Georgetown University Internal Medicine Residency Program</b>. Our interview days are currently full. We have placed you on our waitlist and will notify you through Thalamus if a position becomes available.</p>
<p>Sincerely,<br>Internal Medicine Residency Program<br>MedStar Washington Hospital Center<br>110 Irving Street NW, Room 2A-38, Washington, DC 20010</p>
<p style="font-size:11px;color:#666">MedStar Health is a not-for-profit health system dedicated to caring for people in Maryland and the Washington, D.C., region.</p>
</body></html>""")
    thalamus_invite("whc-im", "2026-12-21 10:30", "thalamus-invitation",
        "MedStar Health \u2013 Washington Hospital Center Internal Medicine (Categorical)",
        "MedStar Washington Hospital Center",
        ["Thursday, January 21, 2027"], "December 28, 2026",
        "Good news \u2014 an interview spot has opened and we are pleased to offer it to you "
        "from our waitlist!")
    thalamus_scheduled("whc-im", "2026-12-21 18:02", "thalamus-scheduled",
        "MedStar Health \u2013 Washington Hospital Center Internal Medicine (Categorical)",
        "Thursday, January 21, 2027, 7:30 AM - 12:30 PM EST")
    add("whc-im", "2027-01-19 12:44", "mwhc-im-reminder",
        "Andrea Pruitt <Andrea.Pruitt@medstar.net>",
        "MWHC IM interview day this Thursday \u2013 what to expect",
        """Hello Nora,

We are looking forward to your interview with the MedStar Washington
Hospital Center/Georgetown University Internal Medicine Residency Program
this Thursday, January 21! You will receive your Zoom link via Thalamus.

Please have a copy of your CV handy; your interviewers will have your ERAS
application.

Andrea Pruitt
Program Coordinator, Internal Medicine Residency
MedStar Washington Hospital Center
""", cte="7bit")

    # ---------------------------------------------------------------- GW IM
    prog("gwu-im", "George Washington University Hospital", IM, "categorical", False, "rejected")
    add("gwu-im", "2026-12-09 09:30", "gw-im-decision",
        "GW Internal Medicine Residency <gwimresidency@mfa.gwu.edu>",
        "GW Internal Medicine Residency \u2013 Interview Decision",
        None, """<html><body><p>Dear Nora,</p><p>Thank you for applying to the Internal Medicine Residency Program at The George Washington University. After careful review we are unable to offer you an interview. We received over 5,000 applications for 33 categorical positions.</p><p>We wish you well.</p><p>Internal Medicine Residency Program<br>The George Washington University School of Medicine &amp; Health Sciences<br>George Washington University Hospital, 2150 Pennsylvania Avenue NW, Washington, DC 20037</p></body></html>""")

    # ---------------------------------------------------------------- MedStar Union Memorial IM
    prog("union-memorial-im", "MedStar Union Memorial Hospital", IM, "categorical", False, "rejected")
    add("union-memorial-im", "2026-11-25 11:15", "union-memorial-decision",
        "Union Memorial IM Residency <UMH.IMResidency@medstar.net>",
        "MedStar Union Memorial Hospital Internal Medicine \u2013 Application Update",
        """Dear Applicant,

Thank you for your interest in the Internal Medicine Residency Program at
MedStar Union Memorial Hospital in Baltimore. Unfortunately, we are not able
to offer you an interview at this time.

Best regards,
Internal Medicine Residency Program
MedStar Union Memorial Hospital
201 E. University Parkway, Baltimore, MD 21218
""", cte="7bit")

    # ---------------------------------------------------------------- ChristianaCare IM
    prog("christiana-im", "ChristianaCare", IM, "categorical", True, "completed")
    add("christiana-im", "2026-10-14 14:50", "christianacare-im-invitation",
        "ChristianaCare IM Residency <IMResidency@christianacare.org>",
        "ChristianaCare Internal Medicine Residency \u2014 Interview Invitation",
        """Dear Nora,

Congratulations! We are thrilled to invite you to interview with the
Internal Medicine Residency Program at ChristianaCare. Please watch for an
invitation from Thalamus to select your interview date.

Interview days are virtual and include a morning report, a session with our
Program Director, and three interviews with faculty and chief residents.

We look forward to meeting you!

Warmly,

Jenna Kowalczyk
Residency Program Coordinator, Department of Medicine
ChristianaCare | Christiana Hospital
4755 Ogletown-Stanton Road, Newark, DE 19718
""", cte="quoted-printable")
    thalamus_scheduled("christiana-im", "2026-10-15 08:37", "thalamus-scheduled",
        "Christiana Care Health Services \u2013 Internal Medicine",
        "Monday, November 30, 2026, 8:00 AM - 1:00 PM EST")
    add("christiana-im", "2026-12-01 10:18", "christianacare-thank-you",
        "ChristianaCare IM Residency <IMResidency@christianacare.org>",
        "Thank you for interviewing at ChristianaCare!",
        """Dear Nora,

Thank you for interviewing with the ChristianaCare Internal Medicine
Residency yesterday! We hope you enjoyed meeting our residents.

Our residents are hosting a virtual "Delaware Happy Hour" on Thursday,
December 17 at 7 PM for all interviewed applicants:
https://christianacare.zoom.us/j/91144002318

All the best,
Christiana Care Internal Medicine Residency
Newark & Wilmington, Delaware
""", """<html><body style="font-family:Arial"><p>Dear Nora,</p><p>Thank you for interviewing with the ChristianaCare Internal Medicine Residency yesterday! We hope you enjoyed meeting our residents.</p><p>Our residents are hosting a virtual &ldquo;Delaware Happy Hour&rdquo; on <b>Thursday, December 17 at 7 PM</b> for all interviewed applicants: <a href="https://christianacare.zoom.us/j/91144002318">join here</a></p><p>All the best,<br>Christiana Care Internal Medicine Residency<br>Newark &amp; Wilmington, Delaware</p></body></html>""",
        html_cte="base64")
