"""Programs in Pennsylvania, New Jersey (part 1)."""
from lib import add, ics, quote, TO, ADDR
from gen_a import (THAL, ERAS, IB, thalamus_invite, thalamus_scheduled, eras_invite,
                   eras_status, ib_invite, ib_confirm)

IM, NEURO = "Internal Medicine", "Neurology"
PROGRAMS = {}


def prog(key, institution, specialty, track, invited, final_status):
    PROGRAMS[key] = dict(institution=institution, specialty=specialty, track=track,
                         invited=invited, final_status=final_status)


def build():
    # ---------------------------------------------------------------- HUP IM
    prog("hup-im", "Hospital of the University of Pennsylvania", IM, "categorical", True, "completed")
    thalamus_invite("hup-im", "2026-10-08 10:02", "thalamus-invitation",
        "Penn Internal Medicine Residency Program - Categorical",
        "Hospital of the University of Pennsylvania",
        ["Thursday, October 29, 2026", "Thursday, November 5, 2026",
         "Thursday, November 12, 2026", "Thursday, November 19, 2026",
         "Thursday, December 3, 2026"],
        "October 15, 2026 at 11:59 PM ET",
        "Dear Nora,\nOn behalf of the Penn Medicine Internal Medicine Residency Program, "
        "we are pleased to invite you to interview with us. All interviews for the 2026-2027 "
        "season will be held virtually.",
        subj="Interview Invitation from Hospital of the University of Pennsylvania")
    thalamus_scheduled("hup-im", "2026-10-08 11:40", "thalamus-scheduled",
        "Penn Internal Medicine Residency Program - Categorical",
        "Thursday, November 12, 2026, 7:45 AM - 1:30 PM EST")
    itin = """Dear Applicant,

We are looking forward to meeting you virtually on Thursday, November 12!
Below is the itinerary for the day. All times are Eastern.

  7:30 AM   Zoom waiting room opens
  7:45 AM   Welcome from Dr. Lisa Harrow and the Chief Residents
  8:30 AM   Interview block (two faculty interviews, 20 minutes each)
  10:15 AM  Program overview: tracks, ambulatory experience, Penn Presbyterian
            and Pennsylvania Hospital rotations
  11:00 AM  Morning report (observe)
  12:00 PM  Resident lunch panel
  1:30 PM   Close

Your personal Zoom link will be sent through Thalamus 24 hours before your
interview. If you have technical difficulties on the day, call our office at
(215) 662-3924.

Warmly,

Kathleen Morrow
Residency Program Coordinator
Internal Medicine Residency Program
Perelman School of Medicine at the University of Pennsylvania
100 Centrex, 3400 Spruce Street, Philadelphia, PA 19104
"""
    itin_html = "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in itin.split("\n\n")) + "</body></html>"
    add("hup-im", "2026-11-06 14:17", "penn-im-itinerary",
        "Morrow, Kathleen <Kathleen.Morrow@pennmedicine.upenn.edu>",
        "Penn IM Interview Day \u2013 Itinerary for Thursday 11/12",
        itin, itin_html, to="undisclosed-recipients:;",
        extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")])
    mine = """Dear Dr. Harrow,

Thank you so much for a wonderful interview day yesterday. I especially
enjoyed hearing about the Penn Presbyterian ward months and the primary care
track, and my conversation with Dr. Kapoor about clinical reasoning curricula
stayed with me all evening.

Best regards,
Nora Castellano
SUNY Upstate Medical University, Class of 2027"""
    add("hup-im", "2026-11-13 16:52", "re-thank-you-penn-im",
        "Harrow, Lisa M <lisa.harrow@pennmedicine.upenn.edu>",
        "RE: Thank you \u2013 Penn Internal Medicine interview",
        f"""Dear Nora,

Thank you for your kind note - it was a pleasure to meet you. Best of luck as
you finish the interview season.

Lisa

Lisa M. Harrow, MD
Program Director, Internal Medicine Residency
Hospital of the University of Pennsylvania | Penn Medicine

-----Original Message-----
From: Nora Castellano <{ADDR}>
Sent: Friday, November 13, 2026 9:03 AM
To: Harrow, Lisa M <lisa.harrow@pennmedicine.upenn.edu>
Subject: Thank you - Penn Internal Medicine interview

{mine}
""", in_reply_to="<CAF3n0ra1113penn@mail.gmail.com>")

    # ---------------------------------------------------------------- HUP Neuro
    prog("hup-neuro", "Hospital of the University of Pennsylvania", NEURO, "categorical", True, "completed")
    eras_invite("hup-neuro", "2026-10-21 13:30", "eras-invitation",
        "University of Pennsylvania Health System Program", "1804111056", "Neurology",
        ["Friday, November 6, 2026", "Friday, November 20, 2026",
         "Friday, December 4, 2026", "Friday, January 8, 2027"],
        "October 28, 2026",
        "Thank you for applying to the Penn Neurology Residency Program. We were\n"
        "impressed with your application and would like to invite you to a virtual\n"
        "interview day. Interview days run 8:00 AM - 2:00 PM ET.")
    eras_status("hup-neuro", "2026-10-22 08:12", "eras-scheduled",
        "University of Pennsylvania Health System Program", "1804111056", "Neurology",
        "Your interview has been scheduled.", "Friday, December 4, 2026")
    cal = ics("penn-neuro-20261204-castellano@pennmedicine.upenn.edu", "20261204T080000",
              "20261204T140000", "Penn Neurology Residency Virtual Interview Day",
              "Zoom (link in description)",
              "Penn Neurology Residency Program\nZoom: https://upenn.zoom.us/j/93118206417\nPasscode: PennNeuro",
              ("Penn Neurology Residency", "neurology.residency@pennmedicine.upenn.edu"))
    add("hup-neuro", "2026-11-30 10:05", "penn-neuro-interview-day",
        "Penn Neurology Residency <neurology.residency@pennmedicine.upenn.edu>",
        "Penn Neurology Residency Interview Day \u2013 Friday, December 4",
        """Hi Nora,

We're excited to (virtually) welcome you to Penn Neurology this Friday! A
calendar invitation with the Zoom link is attached. The day will include:

 - Welcome and program overview with Dr. Colin Mercer, Program Director
 - Three faculty interviews and one resident interview
 - Virtual tour of HUP, Penn Presbyterian and the Penn Neuroscience Center
 - Lunch with current residents

Please let us know by Wednesday if you need any accommodations.

Best,
Danielle Ortiz
Residency Program Coordinator
Department of Neurology | Perelman School of Medicine
University of Pennsylvania
3400 Spruce Street, 3 West Gates Building, Philadelphia, PA 19104
""", attach=[("Penn_Neurology_Interview_Dec4.ics", "text/calendar", cal)], cte="7bit")
    add("hup-neuro", "2026-12-01 19:44", "penn-neuro-social",
        "Penn Neuro Chiefs <pennneurochiefs@gmail.com>",
        "Penn Neuro resident social \U0001F9E0\U0001F355 Thursday night before your interview!",
        None, """<div dir="ltr">Hi everyone!<br><br>We&#39;re the chief residents at Penn Neurology and we&#39;d love to hang out before your interview day on Friday 12/4. Join us <b>Thursday 12/3 at 7:00 PM ET</b> for a totally informal virtual social &mdash; no faculty, nothing evaluative, just residents answering questions about Philly life.<br><br>Zoom: <a href="https://upenn.zoom.us/j/95520133809">https://upenn.zoom.us/j/95520133809</a><br><br>See you there!<br>Anjali, Marcus &amp; Tori<br>PGY-4 Chief Residents, Penn Neurology</div>""",
        to="undisclosed-recipients:;", html_cte="quoted-printable", subj_b64=True)

    # ---------------------------------------------------------------- Pennsylvania Hospital
    prog("pahosp-im", "Pennsylvania Hospital", IM, "categorical", False, "waitlisted")
    add("pahosp-im", "2026-11-02 15:26", "pah-im-waitlist",
        "PAH Internal Medicine Residency <pahimresidency@pennmedicine.upenn.edu>",
        "Pennsylvania Hospital Internal Medicine Residency \u2013 Interview Status",
        """Dear Ms. Castellano,

Thank you for your interest in the Internal Medicine Residency Program at
Pennsylvania Hospital. We received a record number of applications this year,
and although we are unable to offer you an interview at this time, we would
like to place you on our interview waitlist. Should a date become available,
we will contact you by email.

No action is needed to remain on the waitlist.

Sincerely,

Program Leadership
Internal Medicine Residency Program
Pennsylvania Hospital | Penn Medicine
800 Spruce Street, Philadelphia, PA 19107
The nation\u2019s first hospital, founded 1751
""")
    add("pahosp-im", "2026-12-14 11:09", "pah-im-waitlist-update",
        "PAH Internal Medicine Residency <pahimresidency@pennmedicine.upenn.edu>",
        "Waitlist update \u2013 Internal Medicine at Pennsylvania Hospital",
        None, """<html><body style="font-family:Georgia,serif">
<p>Dear Applicant,</p>
<p>We wanted to provide a brief update to those on our interview waitlist. Our remaining interview dates in January are currently full; however, cancellations do occur and we continue to offer open spots from the waitlist in order.</p>
<p>If you are no longer interested in interviewing with us, please reply to this email so we can remove you from the list.</p>
<p>With best wishes,<br>Internal Medicine Residency Program<br><b>Pennsylvania Hospital</b> &middot; Penn Medicine<br>800 Spruce Street, Philadelphia, PA 19107</p>
</body></html>""", to="undisclosed-recipients:;")

    # ---------------------------------------------------------------- Penn State IM
    prog("psh-im", "Penn State Health Milton S. Hershey Medical Center", IM, "categorical", True, "completed")
    ib_invite("psh-im", "2026-10-13 09:55", "interviewbroker-invitation",
        "Penn State Health Milton S. Hershey Medical Center", "Internal Medicine Residency",
        ["Tuesday, November 3, 2026", "Tuesday, November 17, 2026",
         "Tuesday, December 1, 2026", "Tuesday, January 12, 2027"],
        "Congratulations! On behalf of the Penn State Health Internal Medicine\n"
        "Residency Program and Penn State College of Medicine, we are pleased to\n"
        "invite you to a virtual interview. Please schedule within 7 days.",
        "Theresa Hoffner, C-TAGME\nProgram Coordinator, Internal Medicine Residency\n"
        "Penn State Health Milton S. Hershey Medical Center")
    ib_confirm("psh-im", "2026-10-13 12:31", "interviewbroker-confirmation",
        "Penn State Health Milton S. Hershey Medical Center", "Internal Medicine Residency",
        "Tuesday, November 17, 2026 at 8:00 AM (EST)")
    add("psh-im", "2026-11-16 13:02", "psh-im-tomorrow",
        "Hoffner, Theresa <thoffner@pennstatehealth.psu.edu>",
        "Tomorrow: Penn State Internal Medicine Virtual Interview",
        None, """<html><head><style>p{margin:0 0 10px 0}</style></head><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Good afternoon,</p>
<p>We look forward to meeting you <b>tomorrow, Tuesday, November 17</b>. Please log in to the Zoom meeting by <b>7:45 AM ET</b>:</p>
<p><a href="https://pennstatehealth.zoom.us/j/96420087745">https://pennstatehealth.zoom.us/j/96420087745</a> &nbsp; Meeting ID: 964 2008 7745</p>
<p>Your schedule:<br>8:00&ndash;8:30 Welcome &ndash; Dr. Eric Hansen, Program Director<br>8:40&ndash;10:10 Interviews (3)<br>10:15&ndash;11:00 Hershey &amp; Harrisburg life with residents<br>11:00&ndash;11:45 Tour of Hershey Medical Center (video)</p>
<p>Thank you,</p>
<p>Theresa Hoffner, C-TAGME<br>Program Coordinator | Internal Medicine Residency<br>Penn State Health Milton S. Hershey Medical Center<br>Penn State College of Medicine<br>500 University Drive, H039, Hershey, PA 17033</p>
<p style="font-size:10px;color:#777">CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended recipient(s)&hellip;</p>
</body></html>""")
    add("psh-im", "2027-01-12 10:20", "psh-im-second-look",
        "Penn State Health IM Residency <imresidency@pennstatehealth.psu.edu>",
        "Penn State IM Second Look \u2013 Saturday, January 30",
        """Dear Interviewed Applicant,

Thank you again for interviewing with the Penn State Health Internal Medicine
Residency this season. We are excited to host an OPTIONAL in-person Second
Look on Saturday, January 30, 2027 from 10:00 AM to 2:00 PM at Hershey
Medical Center (500 University Drive, Hershey, PA).

Attendance is entirely optional and is not considered in our ranking process.
RSVP here by January 22: https://forms.office.com/r/PSHimSecondLook27

Warm regards,
Internal Medicine Residency Program
Penn State Health Milton S. Hershey Medical Center
""", to="imresidency@pennstatehealth.psu.edu", cte="7bit")

    # ---------------------------------------------------------------- Penn State Neuro
    prog("psh-neuro", "Penn State Health Milton S. Hershey Medical Center", NEURO, "categorical", False, "rejected")
    add("psh-neuro", "2026-11-19 16:45", "psh-neuro-decision",
        "Neurology Residency <neurologyresidency@pennstatehealth.psu.edu>",
        "Penn State Neurology Residency Application Update",
        """Dear Nora,

Thank you for applying to the Neurology Residency Program at Penn State
Health Milton S. Hershey Medical Center. We received many outstanding
applications and, after careful review, we regret that we are unable to offer
you an interview this season.

We wish you the very best in the Match.

Sincerely,
Neurology Residency Program
Penn State Health | Penn State College of Medicine
Hershey, Pennsylvania
""", cte="7bit")

    # ---------------------------------------------------------------- Jefferson
    prog("tju-neuro", "Thomas Jefferson University Hospital", NEURO, "categorical", True, "scheduled")
    thalamus_invite("tju-neuro", "2026-12-09 09:41", "thalamus-invitation",
        "Thomas Jefferson University Hospital - Neurology (Categorical)", "Jefferson Health",
        ["Monday, January 11, 2027", "Monday, January 25, 2027"],
        "December 16, 2026 at 5:00 PM ET",
        "On behalf of the Vickie & Jack Farber Institute for Neuroscience, we are delighted "
        "to invite you to interview for our Neurology Residency Program.")
    thalamus_scheduled("tju-neuro", "2026-12-10 07:58", "thalamus-scheduled",
        "Thomas Jefferson University Hospital - Neurology (Categorical)",
        "Monday, January 11, 2027, 8:00 AM - 1:00 PM EST")
    thalamus_scheduled("tju-neuro", "2027-01-04 15:12", "thalamus-date-changed",
        "Thomas Jefferson University Hospital - Neurology (Categorical)",
        "Monday, February 8, 2027, 8:00 AM - 1:00 PM EST",
        extra="The program has moved your interview. Previous date: Monday,\nJanuary 11, 2027.\n\n",
        subj="Interview Date Changed \u2013 Thomas Jefferson University Hospital - Neurology (Categorical)")
    jeff_prev = "\n".join([
        "From: Sullivan, Brendan <Brendan.Sullivan@jefferson.edu>",
        "Sent: Monday, January 4, 2027 3:05 PM",
        "To: Neurology Residency Interviewees",
        "Subject: Jefferson Neurology \u2013 interview date change",
        "",
        "Dear Applicants,",
        "",
        "Because of a conflict with our department\u2019s site visit, we must move",
        "the Monday, January 11 interview session. We have moved you in Thalamus",
        "to Monday, February 8. If that date does not work, please reply and we",
        "will do our best to find an alternative.",
    ])
    add("tju-neuro", "2027-01-05 09:27", "re-jefferson-date-change",
        "Sullivan, Brendan <Brendan.Sullivan@jefferson.edu>",
        "RE: Jefferson Neurology \u2013 interview date change",
        f"""Hi Nora,

Thanks for confirming - you're all set for Monday, February 8. Apologies again
for the shuffle!

Brendan

Brendan Sullivan
Program Coordinator, Neurology Residency
Thomas Jefferson University Hospital | Sidney Kimmel Medical College
900 Walnut Street, Suite 200, Philadelphia, PA 19107
Jefferson Health

-----Original Message-----
From: Nora Castellano <{ADDR}>
Sent: Monday, January 4, 2027 8:14 PM
To: Sullivan, Brendan <Brendan.Sullivan@jefferson.edu>
Subject: Re: Jefferson Neurology \u2013 interview date change

Hi Brendan, February 8 works well for me. Thank you!
Nora

{jeff_prev}
""", cte="quoted-printable")

    prog("tju-im", "Thomas Jefferson University Hospital", IM, "categorical", False, "rejected")
    add("tju-im", "2026-12-01 17:03", "jefferson-im-status",
        "Jefferson Internal Medicine Residency <JeffIMResidency@jefferson.edu>",
        "Jefferson Internal Medicine Residency \u2013 Application Status",
        """Dear Nora Castellano,

Thank you for your interest in the categorical Internal Medicine Residency
Program at Thomas Jefferson University Hospital. We have completed our review
of applications and regret that we are unable to offer you an interview for
the categorical track.

We appreciate the time and effort you put into your application and wish you
every success.

Sincerely,

Internal Medicine Residency Program
Sidney Kimmel Medical College at Thomas Jefferson University
1025 Walnut Street, Philadelphia, PA 19107
""", cte="base64")

    prog("tju-prelim", "Thomas Jefferson University Hospital", IM, "preliminary", True, "completed")
    eras_invite("tju-prelim", "2026-11-10 14:00", "eras-invitation",
        "Thomas Jefferson University Program", "1404111230", "Internal Medicine - Preliminary",
        ["Tuesday, December 1, 2026", "Tuesday, December 15, 2026", "Tuesday, January 5, 2027"],
        "November 17, 2026",
        "Thank you for applying to the Preliminary Medicine track at Jefferson.\n"
        "Our preliminary interns train alongside our categorical residents at\n"
        "Thomas Jefferson University Hospital in Center City.")
    eras_status("tju-prelim", "2026-11-11 21:36", "eras-scheduled",
        "Thomas Jefferson University Program", "1404111230", "Internal Medicine - Preliminary",
        "Your interview has been scheduled.", "Tuesday, December 15, 2026")
    add("tju-prelim", "2026-12-16 12:14", "jefferson-prelim-thanks",
        "Jefferson Internal Medicine Residency <JeffIMResidency@jefferson.edu>",
        "Thank you for interviewing with Jefferson \u2013 Preliminary Medicine",
        """Dear Nora,

Thank you for interviewing with the Jefferson Internal Medicine Residency
Program \u2013 Preliminary Track yesterday. It was a pleasure getting to know
you.

As a reminder, we adhere to all NRMP policies and will not solicit any
information about how you plan to rank programs. If you have any remaining
questions, please feel free to reach out.

NRMP Program Code (Preliminary): 1573140P0

Warm regards,

Internal Medicine Residency Program
Thomas Jefferson University Hospital
Sidney Kimmel Medical College | Jefferson Health
""", """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Nora,</p>
<p>Thank you for interviewing with the Jefferson Internal Medicine Residency Program &ndash; Preliminary Track yesterday. It was a pleasure getting to know you.</p>
<p>As a reminder, we adhere to all NRMP policies and will not solicit any information about how you plan to rank programs. If you have any remaining questions, please feel free to reach out.</p>
<p>NRMP Program Code (Preliminary): <b>1573140P0</b></p>
<p>Warm regards,</p>
<p>Internal Medicine Residency Program<br>Thomas Jefferson University Hospital<br>Sidney Kimmel Medical College | Jefferson Health</p>
</body></html>""")

    # ---------------------------------------------------------------- Jefferson Abington
    prog("abington-im", "Jefferson Abington Hospital", IM, "categorical", True, "declined")
    thalamus_invite("abington-im", "2026-10-27 11:06", "thalamus-invitation",
        "Jefferson Health \u2013 Abington Internal Medicine Residency", "Jefferson Abington Hospital",
        ["Wednesday, November 18, 2026", "Wednesday, December 2, 2026",
         "Wednesday, December 16, 2026"],
        "November 6, 2026",
        "Greetings from Abington! We would be delighted to have you join us for a virtual "
        "interview with the Internal Medicine Residency Program at Abington Hospital \u2013 "
        "Jefferson Health.")
    add("abington-im", "2026-11-03 10:44", "re-abington-decline",
        "Karen DiNardo <Karen.DiNardo@jefferson.edu>",
        "RE: Interview invitation \u2013 Abington IM",
        f"""Hi Nora,

Thank you for letting us know. I've released your invitation in Thalamus so
another applicant can take the spot. Best of luck this interview season!

Karen

Karen DiNardo
Residency Coordinator, Internal Medicine
Abington Hospital \u2013 Jefferson Health
1200 Old York Road, Abington, PA 19001

From: Nora Castellano <{ADDR}>
Sent: Monday, November 2, 2026 10:10 PM
To: DiNardo, Karen <Karen.DiNardo@jefferson.edu>
Subject: Interview invitation \u2013 Abington IM

Dear Ms. DiNardo,

Thank you very much for the invitation to interview with the Abington
Internal Medicine Residency Program. After careful consideration of my
schedule, I must respectfully decline. I truly appreciate the opportunity.

Sincerely,
Nora Castellano
""")
    add("abington-im", "2026-11-03 10:47", "thalamus-declined", THAL,
        "Invitation Declined \u2013 Jefferson Health \u2013 Abington Internal Medicine Residency",
        """Hello Nora Castellano,

Your invitation from the following program has been declined:

Program: Jefferson Health \u2013 Abington Internal Medicine Residency
Organization: Jefferson Abington Hospital

This invitation can no longer be scheduled. If you believe this was done in
error, please contact the program directly.

Thalamus
""", hdr_tz="utc")

    # ---------------------------------------------------------------- Jefferson Einstein Philadelphia
    prog("einstein-phl-im", "Jefferson Einstein Philadelphia Hospital", IM, "categorical", True, "declined")
    add("einstein-phl-im", "2026-10-15 08:52", "einstein-im-invitation",
        "Einstein IM Residency <EinsteinIMResidency@jefferson.edu>",
        "Einstein Medical Center Philadelphia \u2013 Internal Medicine Interview Invitation",
        """Dear Nora,

Congratulations! The Internal Medicine Residency Program at Einstein Medical
Center Philadelphia is pleased to invite you to interview for a categorical
position. All interviews will be conducted virtually.

Please use the link below to schedule through Interview Broker. Dates fill
quickly, so we encourage you to schedule as soon as possible:

https://www.interviewbroker.com/applicant/invite/EMCP-IM-2027

We look forward to meeting you!

Sincerely,

Rachel Goldfarb
Residency Program Manager, Department of Medicine
Jefferson Einstein Philadelphia Hospital
(formerly Einstein Medical Center Philadelphia)
5501 Old York Road, Klein Building Suite 363, Philadelphia, PA 19141
""", cte="quoted-printable")
    ib_confirm("einstein-phl-im", "2026-10-16 07:30", "interviewbroker-confirmation",
        "Jefferson Einstein Philadelphia Hospital", "Internal Medicine",
        "Tuesday, December 8, 2026 at 8:30 AM (EST)")
    mine = f"""Dear Ms. Goldfarb,

I am writing to let you know that I need to cancel my interview with the
Einstein Internal Medicine program on Tuesday, December 8. I have cancelled
it in Interview Broker so that the spot can go to another applicant. Thank
you for the opportunity, and I apologize for any inconvenience.

Sincerely,
Nora Castellano
"""
    mid = add("einstein-phl-im", "2026-11-24 09:15", "sent-cancel-einstein",
        TO, "Cancelling my interview 12/8 \u2013 Einstein IM", mine,
        to="Einstein IM Residency <EinsteinIMResidency@jefferson.edu>", cte="quoted-printable",
        msgid_domain="mail.gmail.com", extra=[("X-Gmail-Labels", "Sent")])
    ib_confirm("einstein-phl-im", "2026-11-24 09:11", "interviewbroker-cancellation",
        "Jefferson Einstein Philadelphia Hospital", "Internal Medicine",
        "Tuesday, December 8, 2026 at 8:30 AM (EST)", cancelled=True)
    add("einstein-phl-im", "2026-11-24 13:48", "re-cancel-einstein",
        "Einstein IM Residency <EinsteinIMResidency@jefferson.edu>",
        "RE: Cancelling my interview 12/8 \u2013 Einstein IM",
        f"""Hi Nora,

Thank you for the notice - your interview has been cancelled. Best wishes!

Rachel Goldfarb
Residency Program Manager | Internal Medicine
Jefferson Einstein Philadelphia Hospital

On Tue, Nov 24, 2026 at 9:15 AM Nora Castellano <{ADDR}> wrote:
{quote(mine)}
""", in_reply_to=mid, cte="7bit")

    # ---------------------------------------------------------------- Rutgers RWJ Neuro
    prog("rwj-neuro", "Rutgers Robert Wood Johnson Medical School", NEURO, "categorical", False, "waitlisted")
    add("rwj-neuro", "2026-11-05 12:30", "rwj-neuro-waitlist",
        "RWJMS Neurology Residency <neuroresidency@rwjms.rutgers.edu>",
        "Rutgers RWJMS Neurology \u2013 Interview Waitlist",
        """Dear Nora,

Thank you for applying to the Neurology Residency Program at Rutgers Robert
Wood Johnson Medical School / Robert Wood Johnson University Hospital in New
Brunswick. At this time all of our interview dates have been filled. We would
like to offer you a place on our interview waitlist.

We will reach out if a spot becomes available.

Best regards,
Neurology Residency Program
Rutgers Robert Wood Johnson Medical School
125 Paterson Street, Suite 6200, New Brunswick, NJ 08901
""", cte="7bit")
    add("rwj-neuro", "2026-12-18 15:04", "rwj-neuro-waitlist-interest",
        "RWJMS Neurology Residency <neuroresidency@rwjms.rutgers.edu>",
        "RWJ Neurology waitlist \u2013 are you still interested?",
        """Dear Applicant,

As we head into the final weeks of interview season, we are confirming
interest among applicants on our waitlist. If you would still like to be
considered for a January interview date should one open, no reply is needed.
If you would like to be removed, please reply "remove".

Happy holidays,
Rutgers RWJ Neurology Residency
""", to="undisclosed-recipients:;", cte="7bit")

    # ---------------------------------------------------------------- Cooper
    prog("cooper-im", "Cooper University Health Care", IM, "categorical", False, "rejected")
    add("cooper-im", "2026-12-04 10:00", "cooper-im-decision",
        "Cooper Internal Medicine Residency <IMResidency@cooperhealth.edu>",
        "Your application to the Cooper Internal Medicine Residency Program",
        None, """<!DOCTYPE html><html><body style="margin:0;background:#f3f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Arial;font-size:14px;padding:24px">
<tr><td><img src="https://www.cooperhealth.org/sites/default/files/cooper-logo.png" alt="Cooper University Health Care" width="180"></td></tr>
<tr><td>
<p>Dear Nora Castellano,</p>
<p>Thank you for your interest in the Internal Medicine Residency Program at Cooper University Health Care and Cooper Medical School of Rowan University. We have received an overwhelming number of qualified applicants this year.</p>
<p>We regret to inform you that we are unable to extend an invitation to interview. We wish you the best of luck in your career.</p>
<p>Sincerely,<br>Internal Medicine Residency Program<br>Cooper University Hospital &middot; One Cooper Plaza, Camden, NJ 08103</p>
</td></tr></table></td></tr></table></body></html>""", html_cte="base64")


def build_nj_extra():
    # ---------------------------------------------------------------- Saint Peter's (New Brunswick)
    prog("saintpeters-im", "Saint Peter's University Hospital", IM, "categorical", False, "rejected")
    add("saintpeters-im", "2026-11-13 13:37", "saint-peters-im-waitlist",
        "Saint Peter\u2019s IM Residency <IMResidency@saintpetershcs.com>",
        "Saint Peter\u2019s University Hospital \u2013 Internal Medicine Residency",
        """Dear Dr. Castellano (to be),

Thank you for your application to the Internal Medicine Residency Program at
Saint Peter\u2019s University Hospital, a member of Saint Peter\u2019s Healthcare
System and a Rutgers Robert Wood Johnson Medical School affiliate.

Our interview calendar is currently full. We have placed you on our alternate
list and will contact you should a date become available.

Respectfully,
Department of Medicine \u2013 Graduate Medical Education
Saint Peter\u2019s University Hospital
254 Easton Avenue, New Brunswick, NJ 08901
""")
    add("saintpeters-im", "2027-01-25 10:05", "st-peters-im-alternate-release",
        "St. Peters IM Residency <IMResidency@saintpetershcs.com>",
        "St. Peter's University Hospital IM \u2013 alternate list closed",
        """Dear Applicant,

Our 2026-2027 interview season is complete, and we are closing our alternate
list. We were unable to extend an interview to you this year. Thank you for
your interest in St. Peter's, and best wishes in the Match.

Internal Medicine Residency Program
St. Peter's University Hospital | New Brunswick, NJ
""", to="undisclosed-recipients:;", cte="7bit")
