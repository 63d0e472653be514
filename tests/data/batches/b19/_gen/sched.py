"""The 9 scheduled, 8 reminder and 6 cancellation mails of b19."""
from lib import *  # noqa: F401,F403
from inv import ASJ, CU, NW, UH, UICCM, UMN, UNMC, UWSMPH  # noqa: F401


# ------------------------------------------------------------------ scheduled

@message
def sch_thal_northwestern_psych():
    date = "2026-10-15T02:14:09+00:00"
    day = "2026-12-03"
    rows = [("Program", f"{NW} - Psychiatry (Categorical)"),
            ("Interview Date", L(day)),
            ("Time", "8:00 AM - 2:30 PM CST"),
            ("Interview Type", "Virtual")]
    paras = [f"Hi {APPLICANT_NAME.split()[0]},",
             "Your interview has been scheduled. The program will share the virtual meeting link in Thalamus "
             "before your interview day. You can view your itinerary or make changes from your Thalamus calendar."]
    m = thalamus("Interview Confirmed: McGaw Medical Center of Northwestern University", date,
                 "Your interview is scheduled", rows, paras,
                 ("View Interview", "https://app.thalamusgme.com/applicant/calendar"))
    return "b19-sch-thal-northwestern-psych.eml", m, dict(
        kind="scheduled", program=NW, platform="thalamus", specialty="Psychiatry", track="categorical",
        format="virtual", interview_dates=[day])


@message
def sch_ib_mcw_derm():
    date = "2026-11-05T15:52:10-06:00"
    day = "2026-12-11"
    paras = [f"Dear {APPLICANT_NAME},",
             f"You are scheduled to interview with the Medical College of Wisconsin Department of Dermatology on "
             f"{L(day)}.",
             "Check-in: 7:45 AM CST. Interviews: 8:00 AM - 1:30 PM CST.",
             "Zoom: https://mcw-edu.zoom.us/j/93817264055?pwd=RGVybUludjIwMjc &middot; Meeting ID 938 1726 4055 "
             "&middot; Passcode 427719",
             "To cancel or change your interview date, log in to Interview Broker at least 72 hours before your "
             "interview."]
    m = interview_broker("Interview Scheduled - Medical College of Wisconsin Dermatology", date,
                         "Medical College of Wisconsin — Dermatology (Advanced)", paras, None,
                         ("Manage My Interviews", "https://www.interviewbroker.com/applicant/interviews"))
    return "b19-sch-ib-mcw-derm.eml", m, dict(
        kind="scheduled", program="Medical College of Wisconsin", platform="interview_broker",
        specialty="Dermatology", track="advanced", format="virtual", interview_dates=[day])


@message
def sch_eras_uiowa_imprelim():
    date = "2026-10-21T08:05:19-04:00"
    day = "2026-12-01"
    body = [
        "Your interview has been scheduled.",
        "",
        "Program: University of Iowa Hospitals and Clinics Program",
        "Specialty: Internal Medicine - Preliminary",
        "ACGME Program ID: 1401811107",
        f"Interview Date: {NUM0(day)} ({WD(day)})",
        "Interview Time: 8:00 AM - 12:00 PM (Central)",
        "Interview Format: Virtual",
        "",
        "Your status for this program in MyERAS is now Scheduled. To view details or cancel, visit the "
        "Interviews section of MyERAS.",
    ]
    m = eras("ERAS Interview Scheduled - University of Iowa Hospitals and Clinics Program", date, body)
    return "b19-sch-eras-uiowa-imprelim.eml", m, dict(
        kind="scheduled", program="University of Iowa Hospitals and Clinics", platform="eras",
        specialty="Internal Medicine", track="preliminary", format="virtual", interview_dates=[day])


@message
def sch_email_uhawaii_psych():
    date = "2026-10-22T10:30:00-10:00"
    day = "2026-11-13"
    text = f"""Aloha Sofia,

Mahalo for your quick reply! You are confirmed for our virtual interview day on
{L(day)}, 7:30 a.m. – 12:30 p.m. HST (11:30 a.m. – 4:30 p.m. Central).

Zoom link and the day's schedule will be sent the week of your interview. Please let me know if
anything changes.

A hui hou,
Leilani Kahananui
Residency Program Coordinator | Department of Psychiatry
{UH}
"""
    m = build(("Leilani Kahananui", "psychres@hawaii.edu"), "RE: Aloha from UH Psychiatry — Interview Invitation 🌺",
              date, text)
    return "b19-sch-email-uhawaii-psych.eml", m, dict(
        kind="scheduled", program=UH, platform="email", specialty="Psychiatry", format="virtual",
        interview_dates=[day])


@message
def sch_email_advocate_fm():
    # reschedule: old date quoted below; only the new day is labelled.
    date = "2026-11-05T11:20:00-06:00"
    old, new = "2026-11-17", "2026-12-15"
    prev = "2026-11-02T09:05:00-06:00"
    text = f"""Hi Sofia,

I'm sorry for the change, but because of a faculty conflict we need to move your interview from
{LN(old)} to {L(new)}. Everything else stays the same: in person at the
Lutheran General Family Health Center, 1775 Dempster Street, Park Ridge, arrival at 7:45 a.m.

Please reply to confirm the new date works for you. If it does not, let me know and I'll find an
alternative.

Thank you for your flexibility!

Rosa Delgado-Kim
Residency Coordinator, Family Medicine Residency
Advocate Lutheran General Hospital
1775 Dempster Street, Park Ridge, IL 60068

________________________________
From: Delgado-Kim, Rosa <rosa.delgado-kim@aah.org>
Sent: {outlook_sent(prev)}
To: Sofia Lindqvist-Ramos <{APPLICANT_EMAIL}>
Subject: Interview confirmation – Lutheran General Family Medicine

Hi Sofia,

You're confirmed for your interview on {L(old)}. See you in Park Ridge!

Rosa
"""
    m = build(("Delgado-Kim, Rosa", "rosa.delgado-kim@aah.org"),
              "Change of interview date – Lutheran General Family Medicine", date, text,
              text_cte="quoted-printable", extra=[("Importance", "high")])
    return "b19-sch-email-advocate-fm.eml", m, dict(
        kind="scheduled", program="Advocate Lutheran General Hospital", platform="email",
        specialty="Family Medicine", format="in_person", interview_dates=[new])


@message
def sch_ics_hennepin_imprelim():
    # the date is only in the attached invite.ics
    date = "2026-10-23T09:02:00-05:00"
    day = "2026-12-07"
    org = ("Solberg, Marit", "marit.solberg@hcmed.org")
    cal = ics("040000008200E00074C5B7101A82E00800000000B19HHIM1207", "Hennepin Healthcare IM Interview - "
              "Preliminary - Sofia Lindqvist-Ramos", f"{ICSD(day)}T080000", f"{ICSD(day)}T121500",
              "America/Chicago", "Microsoft Teams Meeting",
              "Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
              "HHIMprelim27%40thread.v2/0 Meeting ID: 284 771 903 126 Passcode: pR7xQ2",
              org, stamp="20261023T140200Z")
    text = f"""Hi Sofia,

Thank you for completing our form. Please see the attached calendar invitation for your
interview date, time and the Microsoft Teams link, and accept it so it lands on your calendar.

Your itinerary and the list of faculty you will meet will be sent a few days before.

Marit Solberg
Program Coordinator, Internal Medicine Residency
Hennepin Healthcare
701 Park Avenue, Minneapolis, MN 55415
"""
    m = build(org, "Interview Confirmation – Hennepin Healthcare IM (Preliminary)", date, text,
              attachments=[(cal.encode(), "text", "calendar", "invite.ics", {"method": "REQUEST"})])
    return "b19-sch-ics-hennepin-imprelim.eml", m, dict(
        kind="scheduled", program="Hennepin Healthcare", platform="email", specialty="Internal Medicine",
        track="preliminary", format="virtual", interview_dates=[day])


CAL_FROM = ("Calendly", "notifications@calendly.com")


@message
def sch_cal_iowa_psych():
    date = "2026-10-30T14:02:11-05:00"
    day = "2026-11-30"
    text = f"""Hi Sofia Lindqvist-Ramos,

Your event has been scheduled.

Event Type:
2027 Psychiatry Residency Interview

Event Host:
University of Iowa Psychiatry Residency

Event Date/Time:
8:00am - {L(day)} (Central Time - US & Canada)

Location:
This is a Zoom web conference. A link will be sent by the program coordinator.

Description:
Virtual interview day with the Psychiatry Residency Program, {UICCM}.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/4f2c8a91-7d3e-4b55-a0e6-2c9d1b7f8e31
Reschedule: https://calendly.com/reschedulings/4f2c8a91-7d3e-4b55-a0e6-2c9d1b7f8e31

Powered by Calendly.com
"""
    m = build(CAL_FROM, f"Confirmed: 2027 Psychiatry Residency Interview with University of Iowa Psychiatry "
              f"Residency on {L(day)}", date, text,
              reply_to=("University of Iowa Psychiatry Residency", "psychiatry-residency@healthcare.uiowa.edu"))
    return "b19-sch-cal-iowa-psych.eml", m, dict(
        kind="scheduled", program=UICCM, platform="other", specialty="Psychiatry", format="virtual",
        interview_dates=[day])


@message
def sch_email_uchicago_path():
    # reply thread: the applicant asked for Nov 18 or Dec 2; confirmed for Dec 2 only.
    date = "2026-10-29T11:02:37-05:00"
    first, day = "2026-11-18", "2026-12-02"
    app = "2026-10-28T21:37:15-05:00"
    mine = f"""Dear Ms. Ambrose,

Thank you so much for the opportunity! I submitted the form, but just to be sure: my first choice
would be {LN(first)} if it is still available; otherwise {LN(day)} works well too.

Best regards,
Sofia"""
    text = f"""Hi Sofia,

Thanks for the note! {MD(first)} filled up overnight, so I have confirmed you for
{L(day)}, virtual, 8:30 a.m. – 2:00 p.m. CT. The Zoom link and schedule will come from our
department account about a week before.

Best,
Keisha

Keisha Ambrose
Residency Program Coordinator, Department of Pathology
University of Chicago Medicine

On {gmail_quote_date(app)} Sofia Lindqvist-Ramos <{APPLICANT_EMAIL}> wrote:
{quote_gmail(mine)}
"""
    m = build(("Ambrose, Keisha", "pathres@bsd.uchicago.edu"),
              "Re: UChicago Pathology – next steps for your application", date, text)
    return "b19-sch-email-uchicago-path.eml", m, dict(
        kind="scheduled", program="University of Chicago Medicine", platform="email",
        specialty="Pathology-Anatomic and Clinical", format="virtual", interview_dates=[day])


@message
def sch_sug_rushcopley_fm():
    date = "2026-11-09T19:40:12-06:00"
    day = "2026-12-04"
    text = f"""Hi Sofia,

Thank you for signing up! Here is a summary of your sign up.

Sign Up: Rush Copley Family Medicine Residency – 2027 Interview Days
Created by: Denise Kowalski

You signed up for:
  Date: {NUMY(day)} ({WD(day)})
  Slot: Interview Day – 7:30am - 1:00pm CST
  Location: Rush Copley Medical Center, 2000 Ogden Avenue, Aurora, IL (in person)

Need to make a change? Go to your sign up:
https://www.signupgenius.com/go/70A0B4CADA82BA4F49-rushcopleyfm2027#/

SignUpGenius - Sign Up. Do Good.
"""
    html = f"""<html><body style="font-family:Arial;font-size:14px">
<div style="background:#1aa059;color:#fff;padding:10px 16px;font-weight:bold">SignUpGenius</div>
<p>Hi Sofia,</p><p>Thank you for signing up! Here is a summary of your sign up.</p>
<p><b>Sign Up:</b> Rush Copley Family Medicine Residency – 2027 Interview Days<br><b>Created by:</b> Denise Kowalski</p>
<table cellpadding="6" style="border:1px solid #ddd"><tr><td><b>Date</b></td><td>{NUMY(day)} ({WD(day)})</td></tr>
<tr><td><b>Slot</b></td><td>Interview Day – 7:30am - 1:00pm CST</td></tr>
<tr><td><b>Location</b></td><td>Rush Copley Medical Center, 2000 Ogden Avenue, Aurora, IL (in person)</td></tr></table>
<p><a href="https://www.signupgenius.com/go/70A0B4CADA82BA4F49-rushcopleyfm2027#/">Change my sign up</a></p>
</body></html>"""
    m = build(("SignUpGenius", "noreply@signupgenius.com"), "Sign Up Confirmation: Rush Copley Family Medicine "
              "Residency – 2027 Interview Days", date, text, html, html_cte="quoted-printable")
    return "b19-sch-sug-rushcopley-fm.eml", m, dict(
        kind="scheduled", program="Rush Copley Medical Center", platform="other", specialty="Family Medicine",
        format="in_person", interview_dates=[day])


# ------------------------------------------------------------------ reminders

@message
def rem_thal_northwestern_psych():
    date = "2026-12-02T15:00:00+00:00"
    day = "2026-12-03"
    rows = [("Program", f"{NW} - Psychiatry (Categorical)"),
            ("Interview Date", L(day)),
            ("Time", "8:00 AM - 2:30 PM CST"),
            ("Interview Type", "Virtual")]
    paras = [f"Hi {APPLICANT_NAME.split()[0]},",
             "This is a reminder that your interview is tomorrow. Your virtual interview links are available in "
             "your Thalamus itinerary. Please join 10 minutes early to test your audio and video."]
    m = thalamus("Reminder: Interview tomorrow with McGaw Medical Center of Northwestern University", date,
                 "Your interview is tomorrow", rows, paras,
                 ("Open Itinerary", "https://app.thalamusgme.com/applicant/calendar"))
    return "b19-rem-thal-northwestern-psych.eml", m, dict(
        kind="reminder", program=NW, platform="thalamus", specialty="Psychiatry", track="categorical",
        format="virtual", interview_dates=[day])


@message
def rem_zoom_mcw_derm():
    date = "2026-12-08T13:12:40-06:00"
    day = "2026-12-11"
    text = f"""Dear Sofia,

We are so excited to host you on {L(day)} for your virtual interview with the
Medical College of Wisconsin Department of Dermatology!

Schedule (all times Central):
  7:45 – 8:00   Log in and technology check
  8:00 – 8:30   Welcome from Dr. Sokolowski, Program Director
  8:30 – 11:30  Faculty interviews (breakout rooms)
  11:30 – 1:30  Lunch chat with residents

Zoom: https://mcw-edu.zoom.us/j/93817264055?pwd=RGVybUludjIwMjc
Meeting ID: 938 1726 4055
Passcode: 427719

If you have any trouble connecting on the day, call or text me at 414-555-0137.

See you Friday!
Agnieszka Wróbel
Residency Program Coordinator, Dermatology
Medical College of Wisconsin | 8701 Watertown Plank Road, Milwaukee, WI 53226
"""
    m = build(("Agnieszka Wróbel", "awrobel@mcw.edu"), "Zoom details for Friday – MCW Dermatology interview", date,
              text, text_cte="quoted-printable")
    return "b19-rem-zoom-mcw-derm.eml", m, dict(
        kind="reminder", program="Medical College of Wisconsin", platform="email", specialty="Dermatology",
        format="virtual", interview_dates=[day])


@message
def rem_email_uhawaii_psych():
    date = "2026-11-10T08:45:00-10:00"
    day = "2026-11-13"
    text = f"""Aloha Sofia,

We're looking forward to meeting you this {WD(day)}, {MD(day)}!

  Time: 7:30 a.m. – 12:30 p.m. HST (11:30 a.m. – 4:30 p.m. CST)
  Zoom: https://hawaii.zoom.us/j/81726354490?pwd=UHpsyAloha27
  Meeting ID: 817 2635 4490   Passcode: aloha27

Attached to your Zoom invite is a short list of our faculty. Please join a few minutes early.

Mahalo,
Leilani Kahananui
Residency Program Coordinator | Department of Psychiatry
{UH}
"""
    m = build(("UH Psychiatry Residency", "psychres@hawaii.edu"), "Reminder: UH Psychiatry interview this Friday 🌴",
              date, text, text_cte="base64")
    return "b19-rem-email-uhawaii-psych.eml", m, dict(
        kind="reminder", program=UH, platform="email", specialty="Psychiatry", format="virtual",
        interview_dates=[day])


@message
def rem_email_mayo_ty():
    date = "2026-12-04T10:00:00-06:00"
    day = "2026-12-08"
    text = f"""Dear Ms. Lindqvist-Ramos,

This is a reminder of your upcoming virtual interview with the Transitional Year Residency –
Rochester on {L(day)}.

  7:45 a.m. CT   Welcome and program overview
  8:30 a.m. CT   Interviews with faculty (two 20-minute sessions)
  10:00 a.m. CT  Resident Q&A
  12:30 p.m. CT  Closing

Zoom: https://mayo.zoom.us/j/96142087733?pwd=TYrst2027
Passcode: 551903

Sincerely,
Transitional Year Residency – Rochester
Mayo Clinic School of Graduate Medical Education
"""
    m = build(("Mayo Clinic Transitional Year", "tyrochester@mayo.edu"), "Reminder: Transitional Year interview – "
              f"{WD(day)}, {MD(day)}", date, text)
    return "b19-rem-email-mayo-ty.eml", m, dict(
        kind="reminder", program="Mayo Clinic School of Graduate Medical Education", platform="email",
        specialty="Transitional Year", track="transitional", format="virtual", interview_dates=[day])


@message
def rem_eras_uiowa_imprelim():
    date = "2026-11-24T06:00:00-05:00"
    day = "2026-12-01"
    body = [
        "This is a reminder of your upcoming interview.",
        "",
        "Program: University of Iowa Hospitals and Clinics Program",
        "Specialty: Internal Medicine - Preliminary",
        f"Interview Date: {NUM0(day)} ({WD(day)})",
        "Interview Time: 8:00 AM - 12:00 PM (Central)",
        "Interview Format: Virtual",
        "",
        "Contact the program directly with questions about your interview day.",
    ]
    m = eras("ERAS Interview Reminder - University of Iowa Hospitals and Clinics Program", date, body)
    return "b19-rem-eras-uiowa-imprelim.eml", m, dict(
        kind="reminder", program="University of Iowa Hospitals and Clinics", platform="eras",
        specialty="Internal Medicine", track="preliminary", format="virtual", interview_dates=[day])


@message
def rem_thal_utah_derm():
    date = "2027-01-13T15:00:00+00:00"
    day = "2027-01-15"
    rows = [("Program", "University of Utah Health - Dermatology (Advanced)"),
            ("Interview Date", L(day)),
            ("Time", "8:00 AM - 1:00 PM MST"),
            ("Interview Type", "Virtual")]
    paras = [f"Hi {APPLICANT_NAME.split()[0]},",
             "Your interview with University of Utah Health is in 2 days. Review your itinerary and virtual "
             "meeting links in Thalamus."]
    m = thalamus("Upcoming interview: University of Utah Health", date, "Interview reminder", rows, paras,
                 ("Open Itinerary", "https://app.thalamusgme.com/applicant/calendar"))
    return "b19-rem-thal-utah-derm.eml", m, dict(
        kind="reminder", program="University of Utah Health", platform="thalamus", specialty="Dermatology",
        track="advanced", format="virtual", interview_dates=[day])


@message
def rem_email_rushcopley_fm():
    date = "2026-11-30T15:27:00-06:00"
    day = "2026-12-04"
    text = f"""Hi Sofia,

We're looking forward to seeing you on {LN(day)}! A few details for the day:

  - Arrive by 7:30 a.m. at the main entrance of Rush Copley Medical Center, 2000 Ogden Avenue,
    Aurora. Park in the Visitor lot; I'll validate your ticket.
  - Breakfast with residents 7:30–8:15, tour 8:15–9:15, interviews 9:30–11:45, lunch until 1:00.
  - Business casual is fine. Bring a copy of your CV if you'd like, but it isn't required.

My cell on the day is 630-555-0148 if you're running late.

Safe travels,
Denise

Denise Kowalski
Residency Coordinator – Family Medicine
Rush Copley Medical Center
"""
    m = build(("Denise Kowalski", "denise_kowalski@rushcopley.com"), "See you Friday! Interview day details",
              date, text)
    return "b19-rem-email-rushcopley-fm.eml", m, dict(
        kind="reminder", program="Rush Copley Medical Center", platform="email", specialty="Family Medicine",
        format="in_person", interview_dates=[day])


@message
def rem_teams_hennepin_imprelim():
    date = "2026-12-03T16:00:00-06:00"
    day = "2026-12-07"
    text = f"""Hi Sofia,

A reminder that your Hennepin Healthcare Internal Medicine (Preliminary) interview is on
{L(day)}, 8:00 a.m. – 12:15 p.m. Central.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_HHIMprelim27%40thread.v2/0>
Meeting ID: 284 771 903 126
Passcode: pR7xQ2
________________________________________________________________________________

Your itinerary is attached. Please log in by 7:50 a.m.

Marit Solberg
Program Coordinator, Internal Medicine Residency
Hennepin Healthcare
"""
    itin = (f"Hennepin Healthcare IM Preliminary Interview Itinerary\r\n{L(day)}\r\n"
            "08:00 Welcome - Program Director\r\n08:30 Interview 1\r\n09:00 Interview 2\r\n"
            "09:45 Morning report (observe)\r\n11:00 Resident panel\r\n12:15 Close\r\n")
    m = build(("Solberg, Marit", "marit.solberg@hcmed.org"), "Reminder – Hennepin IM interview Monday", date,
              text, attachments=[(itin.encode(), "text", "plain", "Itinerary.txt", None)])
    return "b19-rem-teams-hennepin-imprelim.eml", m, dict(
        kind="reminder", program="Hennepin Healthcare", platform="email", specialty="Internal Medicine",
        track="preliminary", format="virtual", interview_dates=[day])


# ------------------------------------------------------------------ cancellations

@message
def can_email_uwhealth_imprelim():
    # the applicant's own decline, acknowledged: no date.
    date = "2026-11-10T13:20:00-06:00"
    app = "2026-11-10T08:12:00-06:00"
    text = f"""Hi Sofia,

Thank you for letting us know, and congratulations on your other opportunities. I have removed you
from our preliminary interview list and released your invitation. Best of luck this season!

Jenna Holtzclaw
Residency Coordinator, Internal Medicine Residency Program
{UWSMPH}

From: Sofia Lindqvist-Ramos <{APPLICANT_EMAIL}>
Sent: {outlook_sent(app)}
To: UW Health Internal Medicine Residency <imresidency@medicine.wisc.edu>
Subject: RE: Prelim IM – picking your interview day

Dear Ms. Holtzclaw,

Thank you very much for the invitation to interview for the preliminary year. After a lot of
thought I have decided to decline, so that the spot can go to another applicant. I truly
appreciate your consideration.

Best regards,
Sofia Lindqvist-Ramos
"""
    m = build(("UW Health Internal Medicine Residency", "imresidency@medicine.wisc.edu"),
              "RE: Prelim IM – picking your interview day", date, text)
    return "b19-can-email-uwhealth-imprelim.eml", m, dict(
        kind="cancellation", program=UWSMPH, platform="email", specialty="Internal Medicine", track="preliminary")


@message
def can_thal_unmc_path():
    date = "2026-10-27T03:15:44+00:00"
    day = "2026-12-07"
    rows = [("Program", f"{UNMC} - Pathology-Anatomic and Clinical"),
            ("Cancelled Interview", L(day)),
            ("Interview Type", "In-Person")]
    paras = [f"Hi {APPLICANT_NAME.split()[0]},",
             "Your interview has been cancelled. If you would like to choose another date, you can do so from the "
             "invitation in Thalamus while dates remain available."]
    m = thalamus("Interview Cancelled: University of Nebraska Medical Center", date, "Interview cancelled", rows,
                 paras)
    return "b19-can-thal-unmc-path.eml", m, dict(
        kind="cancellation", program=UNMC, platform="thalamus", specialty="Pathology-Anatomic and Clinical",
        format="in_person", interview_dates=[day])


@message
def can_cal_iowa_psych():
    date = "2026-11-19T21:08:00-06:00"
    day = "2026-11-30"
    text = f"""Hi Sofia Lindqvist-Ramos,

The event below has been canceled.

Event Type:
2027 Psychiatry Residency Interview

Event Host:
University of Iowa Psychiatry Residency

Event Date/Time:
8:00am - {L(day)} (Central Time - US & Canada)

Canceled by:
Sofia Lindqvist-Ramos

Reason for canceling:
Schedule conflict - I will pick another date from the program's link.

Description:
Virtual interview day with the Psychiatry Residency Program, {UICCM}.

Powered by Calendly.com
"""
    m = build(CAL_FROM, f"Canceled: 2027 Psychiatry Residency Interview with University of Iowa Psychiatry "
              f"Residency on {L(day)}", date, text)
    return "b19-can-cal-iowa-psych.eml", m, dict(
        kind="cancellation", program=UICCM, platform="other", specialty="Psychiatry", format="virtual",
        interview_dates=[day])


@message
def can_email_ascension_fm():
    # the applicant withdrew; the coordinator confirms the cancelled day.
    date = "2026-11-20T10:44:00-06:00"
    day = "2026-12-08"
    text = f"""Dear Sofia,

This confirms that we have received your withdrawal, and your interview on {L(day)} has
been cancelled. Thank you for letting us know in advance. We wish you the best of luck in the
Match!

Kind regards,
Maureen O'Malley
Residency Program Coordinator, Family Medicine
{ASJ}
333 N. Madison Street, Joliet, IL 60435
"""
    m = build(("Maureen O’Malley", "maureen.omalley@ascension.org"), "Interview withdrawal confirmed", date, text,
              text_cte="quoted-printable")
    return "b19-can-email-ascension-fm.eml", m, dict(
        kind="cancellation", program=ASJ, platform="email", specialty="Family Medicine", interview_dates=[day])


@message
def can_email_umn_derm():
    # the program cancels a day.
    date = "2026-12-18T11:30:00-06:00"
    day = "2027-01-08"
    text = f"""Dear Sofia,

We are very sorry to let you know that, due to unforeseen circumstances, we have had to cancel
our interview day on {L(day)}. We will contact you in the first week of January with
alternative options and do everything we can to still meet with you this season.

We apologize for the inconvenience.

Kind regards,
Olivia Haugen
Education Coordinator, Department of Dermatology
{UMN}
"""
    m = build(("UMN Dermatology Residency", "dermres@umn.edu"), "Cancellation of January interview day", date,
              text)
    return "b19-can-email-umn-derm.eml", m, dict(
        kind="cancellation", program=UMN, platform="email", specialty="Dermatology",
        interview_dates=[day])


@message
def can_eras_northwestern_derm():
    date = "2026-12-21T10:15:00-05:00"
    day = "2027-01-07"
    body = [
        "An interview has been cancelled.",
        "",
        f"Program: {NW} Program",
        "Specialty: Dermatology (Advanced)",
        "Program Number: 0801621055",
        f"Cancelled interview date: {NUM0(day)} ({WD(day)})",
        "Cancelled by: Program",
        "",
        "If the program offers another date, you will receive a new notification. View your interviews in "
        f"MyERAS: {ERAS_URL}",
    ]
    m = eras("ERAS Interview Cancelled", date, body)
    return "b19-can-eras-northwestern-derm.eml", m, dict(
        kind="cancellation", program=NW, platform="eras", specialty="Dermatology", track="advanced",
        interview_dates=[day])
