"""The 22 invitations of b19."""
from lib import *  # noqa: F401,F403

NW = "McGaw Medical Center of Northwestern University"


@message
def inv_thal_northwestern_psych():
    date = "2026-10-14T19:02:11+00:00"
    ds = ["2026-11-12", "2026-11-19", "2026-12-03", "2026-12-10"]
    url = "https://app.thalamusgme.com/applicant/invitations/3d9b1f64-5a2e-4c07-b8e1-6f20a4d7c915"
    rows = [("Program", f"{NW} - Psychiatry (Categorical)"),
            ("Interview Type", "Virtual"),
            ("Available Dates", "; ".join(L(x) for x in ds)),
            ("Respond By", "October 23, 2026 at 11:59 PM CT")]
    paras = [f"Dear {APPLICANT_NAME},",
             "Congratulations! The Northwestern Psychiatry Residency Program has invited you to interview. "
             "Log in to Thalamus to view the full invitation letter from the program and to select an "
             "interview date. Dates are offered on a first-come, first-served basis until the response deadline.",
             "If you are no longer interested in this program, please decline the invitation so that the "
             "spot can be offered to another applicant."]
    m = thalamus("Interview Invitation: McGaw Medical Center of Northwestern University - Psychiatry", date,
                 "You have a new interview invitation", rows, paras, ("View Invitation", url))
    return "b19-inv-thal-northwestern-psych.eml", m, dict(
        kind="invitation", program=NW, platform="thalamus", specialty="Psychiatry", track="categorical",
        format="virtual", interview_dates=ds, respond_by="2026-10-23T23:59:00-05:00", schedule_url=url)


@message
def inv_ib_mcw_derm():
    date = "2026-11-05T09:30:00-06:00"
    ds = ["2026-12-04", "2026-12-11", "2027-01-08"]
    url = "https://www.interviewbroker.com/applicant/invitations/mcw-dermatology/83152?token=bWN3ZGVybTI3"
    table = [(L(x), "8:00 AM - 1:30 PM CST", "Open") for x in ds]
    paras = [f"Hello {APPLICANT_NAME.split()[0]},",
             "The Medical College of Wisconsin Department of Dermatology has invited you to interview for the "
             "Dermatology – Advanced (PGY-2) position for the 2027 Match. All interviews will be conducted "
             "virtually over Zoom.",
             "Interview slots are available on a first-come, first-served basis. Click the button below to "
             "choose one of the following dates:"]
    m = interview_broker("Interview Invitation - Medical College of Wisconsin Dermatology", date,
                         "Medical College of Wisconsin — Dermatology (Advanced)", paras, table,
                         ("Schedule Your Interview", url))
    return "b19-inv-ib-mcw-derm.eml", m, dict(
        kind="invitation", program="Medical College of Wisconsin", platform="interview_broker",
        specialty="Dermatology", track="advanced", format="virtual", interview_dates=ds, schedule_url=url)


@message
def inv_eras_uiowa_imprelim():
    date = "2026-10-20T14:22:47-04:00"
    ds = ["2026-11-10", "2026-12-01", "2027-01-05"]
    body = [
        "You have received an interview invitation through the ERAS Interview Scheduler.",
        "",
        "Program: University of Iowa Hospitals and Clinics Program",
        "Specialty: Internal Medicine - Preliminary",
        "ACGME Program ID: 1401811107",
        "Interview Format: Virtual",
        "",
        "Interview dates offered:",
    ] + [f"  - {L(x)}" for x in ds] + [
        "",
        "Please log in to MyERAS and schedule your interview within 5 days of this notification. After "
        "that the invitation may be withdrawn by the program.",
        "",
        f"Schedule now: {ERAS_URL}",
    ]
    m = eras("ERAS Interview Invitation - University of Iowa Hospitals and Clinics Program", date, body)
    return "b19-inv-eras-uiowa-imprelim.eml", m, dict(
        kind="invitation", program="University of Iowa Hospitals and Clinics", platform="eras",
        specialty="Internal Medicine", track="preliminary", format="virtual", interview_dates=ds,
        respond_by=plus(date, days=5), schedule_url=ERAS_URL)


@message
def inv_email_uchicago_path():
    # HTML only; never says "invite"; dates only in a table; deadline "noon on 11/6" falls after DST.
    date = "2026-10-28T16:45:09-05:00"
    ds = ["2026-11-18", "2026-12-02", "2027-01-06"]
    url = "https://forms.gle/UCPath27InterviewPick"
    rows = "".join(
        f'<tr><td style="border:1px solid #bbb;padding:6px 10px">{SY(x)}</td>'
        f'<td style="border:1px solid #bbb;padding:6px 10px">Virtual (Zoom)</td>'
        f'<td style="border:1px solid #bbb;padding:6px 10px">8:30 a.m. – 2:00 p.m. CT</td></tr>' for x in ds)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Sofia,</p>
<p>Thank you for applying to the Anatomic and Clinical Pathology residency at UChicago. Our selection
committee has now reviewed your application, and we would very much like to meet you.</p>
<p>Please select an interview date from the table below using our short
<a href="{url}">date-selection form</a> no later than <b>noon on 11/6 (Central Time)</b>. Days are
assigned in the order forms are received.</p>
<table style="border-collapse:collapse;font-size:11pt">
<tr style="background:#800000;color:#fff"><th style="padding:6px 10px">Date</th><th style="padding:6px 10px">Format</th><th style="padding:6px 10px">Time</th></tr>
{rows}
</table>
<p>Each day includes a welcome from our program director, four faculty conversations, a slide-session with
our chief residents and an informal resident hour. A separate Zoom link will be sent once your date is confirmed.</p>
<p>We look forward to getting to know you!</p>
<p>Warm regards,<br>
<b>Keisha Ambrose</b><br>
Residency Program Coordinator, Department of Pathology<br>
University of Chicago Medicine<br>
5841 S. Maryland Avenue, MC 6101 · Chicago, IL 60637<br>
773-555-0162 · pathres@bsd.uchicago.edu</p>
</body></html>"""
    m = build(("UChicago Pathology Residency", "pathres@bsd.uchicago.edu"),
              "UChicago Pathology – next steps for your application", date, html=html, html_only=True,
              html_cte="quoted-printable")
    return "b19-inv-email-uchicago-path.eml", m, dict(
        kind="invitation", program="University of Chicago Medicine", platform="email",
        specialty="Pathology-Anatomic and Clinical", format="virtual", interview_dates=ds,
        respond_by="2026-11-06T12:00:00-06:00", schedule_url=url)


@message
def inv_email_rushcopley_fm():
    # range "Dec 2–4; choose one", "within three business days", program only in the signature.
    date = "2026-11-09T10:17:33-06:00"
    ds = ["2026-12-02", "2026-12-03", "2026-12-04"]
    url = "https://www.signupgenius.com/go/70A0B4CADA82BA4F49-rushcopleyfm2027"
    text = f"""Hi Sofia,

Thanks so much for your interest in our residency! Our faculty enjoyed reading your application
and we would love to have you out to Aurora to spend a day with us.

Our December interview block is Dec 2–4; choose one. Days run 7:30 a.m. to about 1:00 p.m. and
include breakfast with the residents, a tour of the Family Medicine Center and the hospital,
and three short faculty interviews. All interviews this year are in person.

Please sign up within three business days using the SignUpGenius link below. If none of those
days work, just reply to this email and I'll see what I can do.

{url}

Free parking is available in the Visitor lot off Ogden Avenue; I'll send directions and the
day's agenda about a week before your date.

Have a great week,
Denise

Denise Kowalski
Residency Coordinator – Family Medicine
Rush Copley Medical Center
2000 Ogden Avenue | Aurora, IL 60504
P: 630-555-0119
"""
    m = build(("Denise Kowalski", "denise_kowalski@rushcopley.com"), "Family Medicine Residency – December",
              date, text, text_cte="quoted-printable")
    # three business days after Monday 10:17:33 -> Thursday 10:17:33
    return "b19-inv-email-rushcopley-fm.eml", m, dict(
        kind="invitation", program="Rush Copley Medical Center", platform="email", specialty="Family Medicine",
        format="in_person", interview_dates=ds, respond_by="2026-11-12T10:17:33-06:00", schedule_url=url)


@message
def inv_email_advocate_fm():
    # health system with several hospitals; "by 5 PM CT Friday" relative to a Tuesday header.
    date = "2026-10-27T08:41:20-05:00"
    ds = ["2026-11-17", "2026-12-01", "2026-12-15"]
    lst = "\n".join(f"  • {LN(x)}" for x in ds)
    text = f"""Dear Sofia,

On behalf of the faculty and residents of the Advocate Lutheran General Hospital Family Medicine
Residency in Park Ridge, thank you for applying. We'd be glad to welcome you for an interview day
with our program.

Please choose from the following dates:
{lst}

Interview days are held in person at the Lutheran General Family Health Center, 1775 Dempster
Street, Park Ridge. The day begins at 8:00 a.m. and ends after lunch with our residents.

Reply to this email by 5 PM CT Friday with your first and second choices, and we will confirm
your date the following week.

Best regards,

Graduate Medical Education – Resident Recruitment
Advocate Health Care | Chicago Region

Advocate Christ Medical Center (Oak Lawn) • Advocate Illinois Masonic Medical Center (Chicago)
Advocate Lutheran General Hospital (Park Ridge) • Advocate South Suburban Hospital (Hazel Crest)
"""
    items = "".join(f"<li>{LN(x)}</li>" for x in ds)
    html = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1b1b1b">
<p>Dear Sofia,</p>
<p>On behalf of the faculty and residents of the <b>Advocate Lutheran General Hospital Family Medicine
Residency</b> in Park Ridge, thank you for applying. We'd be glad to welcome you for an interview day with our program.</p>
<p>Please choose from the following dates:</p>
<ul>{items}</ul>
<p>Interview days are held in person at the Lutheran General Family Health Center, 1775 Dempster Street,
Park Ridge. The day begins at 8:00 a.m. and ends after lunch with our residents.</p>
<p>Reply to this email <b>by 5 PM CT Friday</b> with your first and second choices, and we will confirm your
date the following week.</p>
<p>Best regards,</p>
<p>Graduate Medical Education – Resident Recruitment<br>Advocate Health Care | Chicago Region</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:11px;color:#666">Advocate Christ Medical Center (Oak Lawn) • Advocate Illinois Masonic Medical
Center (Chicago)<br>Advocate Lutheran General Hospital (Park Ridge) • Advocate South Suburban Hospital (Hazel Crest)</p>
</body></html>"""
    m = build(("Advocate Health Care – Graduate Medical Education", "gme.recruitment@aah.org"),
              "Family Medicine Interview Day Selection", date, text, html,
              text_cte="quoted-printable", html_cte="quoted-printable")
    return "b19-inv-email-advocate-fm.eml", m, dict(
        kind="invitation", program="Advocate Lutheran General Hospital", platform="email",
        specialty="Family Medicine", format="in_person", interview_dates=ds,
        respond_by="2026-10-30T17:00:00-05:00")


@message
def inv_thal_utah_derm():
    date = "2026-11-02T22:15:40+00:00"
    ds = ["2026-12-17", "2027-01-08", "2027-01-15"]
    url = "https://app.thalamusgme.com/applicant/invitations/a07c5e23-98d1-4f3b-9e6a-1b4c8d2f7e50"
    rows = [("Program", "University of Utah Health - Dermatology (Advanced)"),
            ("Interview Type", "Virtual"),
            ("Dates", " | ".join(SY(x) for x in ds)),
            ("Respond By", "Nov 9, 2026 5:00 PM MT")]
    paras = [f"Dear {APPLICANT_NAME},",
             "University of Utah Health has invited you to interview for the Dermatology residency. Please log "
             "in to Thalamus to read the program's message and schedule your interview before the response "
             "deadline above.",
             "Tip: sync your Thalamus calendar so that your interview appears in Google Calendar or Outlook."]
    m = thalamus("You've been invited to interview with University of Utah Health", date,
                 "Interview Invitation", rows, paras, ("Schedule Interview", url))
    return "b19-inv-thal-utah-derm.eml", m, dict(
        kind="invitation", program="University of Utah Health", platform="thalamus", specialty="Dermatology",
        track="advanced", format="virtual", interview_dates=ds, respond_by="2026-11-09T17:00:00-07:00",
        schedule_url=url)


@message
def inv_email_mayo_ty():
    # "Tuesday, the 8th" dates; several Mayo campuses with their own (non-applicable) dates.
    date = "2026-11-04T13:05:52-06:00"
    ds = ["2026-12-08", "2026-12-15", "2027-01-12"]
    az, fl = "2026-12-10", "2027-01-14"
    text = f"""Dear Ms. Lindqvist-Ramos,

Mayo Clinic School of Graduate Medical Education is pleased to invite you to interview for the
Transitional Year Residency – Rochester, Minnesota, for positions beginning in 2027.

Our remaining Rochester interview sessions are {ORD(ds[0])} and {ORD(ds[1])} of December, and
{ORD(ds[2])} of January. All Rochester sessions are virtual and run from 7:45 a.m. to
12:30 p.m. Central.

Please note that Mayo Clinic also sponsors Transitional Year programs at Mayo Clinic in Arizona
(sessions on {MD(az)}) and Mayo Clinic in Florida (sessions on {MD(fl)}). This message concerns the
Rochester program only; if you applied to our other campuses you will hear from them separately.

Please reply to this message with your preferred session within 5 days. Once your session is
confirmed you will receive a Zoom link and an itinerary.

Sincerely,

Transitional Year Residency – Rochester
Mayo Clinic School of Graduate Medical Education
200 First Street SW, Rochester, MN 55905
"""
    m = build(("Mayo Clinic Transitional Year", "tyrochester@mayo.edu"),
              "Mayo Clinic Transitional Year (Rochester) — 2027 interview sessions", date, text)
    return "b19-inv-email-mayo-ty.eml", m, dict(
        kind="invitation", program="Mayo Clinic School of Graduate Medical Education", platform="email",
        specialty="Transitional Year", track="transitional", format="virtual", interview_dates=ds,
        respond_by=plus(date, days=5))


@message
def inv_email_hennepin_imprelim():
    date = "2026-10-22T11:48:03-05:00"
    ds = ["2026-11-16", "2026-12-07", "2027-01-11"]
    url = "https://forms.office.com/r/HHIMprelim27"
    lst = "\n".join(f"    {L(x)}" for x in ds)
    text = f"""Dear Sofia,

Congratulations! On behalf of the Hennepin Healthcare Internal Medicine Residency Program, I am
pleased to invite you to interview for a Preliminary position in our program.

Interviews are held virtually on Microsoft Teams from 8:00 a.m. to 12:15 p.m. Central Time on the
following dates:

{lst}

To reserve your date, please complete the Microsoft Form below within 72 hours of receiving
this email. Dates are filled in the order responses are received.

{url}

We look forward to meeting you.

Sincerely,

Marit Solberg
Program Coordinator, Internal Medicine Residency
Hennepin Healthcare
701 Park Avenue, Minneapolis, MN 55415
"""
    m = build(("Hennepin Healthcare IM Residency", "im.residency@hcmed.org"),
              "Interview Invitation — Hennepin Healthcare Internal Medicine (Preliminary)", date, text,
              text_cte="base64")
    return "b19-inv-email-hennepin-imprelim.eml", m, dict(
        kind="invitation", program="Hennepin Healthcare", platform="email", specialty="Internal Medicine",
        track="preliminary", format="virtual", interview_dates=ds, respond_by=plus(date, hours=72),
        schedule_url=url)


UH = "University of Hawaiʻi John A. Burns School of Medicine"


@message
def inv_email_uhawaii_psych():
    date = "2026-10-21T09:12:30-10:00"
    ds = ["2026-11-13", "2026-12-11", "2027-01-15"]
    url = "https://forms.gle/UHpsych2027Aloha"
    text = f"""Aloha Sofia,

Mahalo for applying to the {UH} Psychiatry Residency Program. We are delighted to
invite you to interview with us for the 2027 Match!

Interview days (all virtual, via Zoom):
  - {L(ds[0])}
  - {L(ds[1])}
  - {L(ds[2])}

Each day runs 7:30 a.m. – 12:30 p.m. HST. Hawaiʻi does not observe daylight saving time, so for
applicants in the Central time zone the day starts at 11:30 a.m. CST.

Please submit your date preference through the Google Form below by 4:00 p.m. HST on
Friday, October 30. We will confirm by email within two business days.

{url}

A hui hou,

Leilani Kahananui
Residency Program Coordinator | Department of Psychiatry
{UH}
1356 Lusitana Street, 4th Floor, Honolulu, HI 96813
"""
    m = build(("UH Psychiatry Residency", "psychres@hawaii.edu"),
              "Aloha from UH Psychiatry — Interview Invitation 🌺", date, text, text_cte="quoted-printable")
    return "b19-inv-email-uhawaii-psych.eml", m, dict(
        kind="invitation", program=UH, platform="email", specialty="Psychiatry", format="virtual",
        interview_dates=ds, respond_by="2026-10-30T16:00:00-10:00", schedule_url=url)


UWSMPH = "University of Wisconsin School of Medicine and Public Health"


@message
def inv_fwd_uwhealth_psych():
    # the applicant forwards her OWN invitation from her school account to her gmail.
    date = "2026-10-16T07:55:14-05:00"
    orig = "2026-10-15T16:31:02-05:00"
    ds = ["2026-11-10", "2026-12-01", "2027-01-12"]
    text = f"""fwding to my gmail so everything's in one place. need to pick dates by wed!!

---------- Forwarded message ---------
From: Cheng, Mai <mcheng@wisc.edu>
Date: {gmail_quote_date(orig)}
Subject: Interview Invitation - UW Psychiatry Residency
To: Sofia Lindqvist-Ramos <{SCHOOL_EMAIL}>


Dear Sofia,

On behalf of the {UWSMPH} Department of Psychiatry, I am pleased to
invite you to interview for our General Psychiatry Residency Program in Madison.

This year all of our interviews are virtual. Interview days are:

   {L(ds[0])}
   {L(ds[1])}
   {L(ds[2])}

Please reply to me by Wednesday, October 21 at 5:00 p.m. Central with your dates ranked in order
of preference. We will do our best to give you your first choice.

The evening before each interview day, our residents host an optional virtual social from
6:00-7:30 p.m. Central; details will follow with your confirmation.

Warmly,
Mai Cheng
Education Program Coordinator
Department of Psychiatry
{UWSMPH}
6001 Research Park Blvd, Madison, WI 53719
"""
    m = build((APPLICANT_NAME, SCHOOL_EMAIL), "Fwd: Interview Invitation - UW Psychiatry Residency", date,
              text)
    return "b19-inv-fwd-uwhealth-psych.eml", m, dict(
        kind="invitation", program=UWSMPH, platform="email", specialty="Psychiatry", format="virtual",
        interview_dates=ds, respond_by="2026-10-21T17:00:00-05:00")


@message
def inv_email_loyola_imprelim():
    # a waitlist slot opens, offered in a reply thread; "until tomorrow at noon (Central)".
    date = "2026-12-08T14:26:51-06:00"
    ds = ["2026-12-17"]
    app_date = "2026-12-07T21:03:40-06:00"
    wl_date = "2026-10-30T10:12:00-05:00"
    quoted_wl = f"""Dear Applicant,

Thank you for your application to the Loyola University Medical Center Internal Medicine Residency
Program (Preliminary track). Our interview days are currently full, and we have placed you on our
interview waitlist. We will contact you directly should a spot become available.

Patricia Nuñez"""
    quoted_app = f"""Dear Ms. Nuñez,

I hope you are doing well. I wanted to let you know that I remain very interested in the
preliminary medicine program at Loyola, and I'm still hoping for the chance to interview.
Please let me know if anything opens up on the waitlist.

Best,
Sofia Lindqvist-Ramos
AAMC ID {AAMC_ID}

On {gmail_quote_date(wl_date)} Nuñez, Patricia <patricia.nunez@luhs.org> wrote:
{quote_gmail(quoted_wl)}"""
    text = f"""Hi Sofia,

Good timing, we just had a cancellation for {LN(ds[0])}. Would you like that spot? It is a
virtual day on Zoom (8:00 a.m. – 12:30 p.m. CT), same format described in our earlier email.

I can hold it for you until tomorrow at noon (Central). After that I'll need to offer it to the
next applicant on our list, so please reply either way.

Thanks!
Patricia

Patricia Nuñez
Residency Program Coordinator | Internal Medicine
Loyola University Medical Center
2160 S. First Avenue, Maywood, IL 60153

On {gmail_quote_date(app_date)} Sofia Lindqvist-Ramos <{APPLICANT_EMAIL}> wrote:
{quote_gmail(quoted_app)}
"""
    m = build(("Patricia Nuñez", "patricia.nunez@luhs.org"),
              "RE: Preliminary Medicine waitlist – still interested", date, text, text_cte="quoted-printable",
              in_reply_to="<CAF7e1q9Lx02Sofia.prelim@mail.gmail.com>")
    return "b19-inv-email-loyola-imprelim.eml", m, dict(
        kind="invitation", program="Loyola University Medical Center", platform="email",
        specialty="Internal Medicine", track="preliminary", format="virtual", interview_dates=ds,
        respond_by="2026-12-09T12:00:00-06:00")


@message
def inv_eras_northwestern_derm():
    date = "2026-11-12T12:00:31-05:00"
    ds = ["2026-12-10", "2027-01-07"]
    body = [
        "A program has invited you to interview.",
        "",
        f"Program: {NW} Program",
        "Specialty: Dermatology (Advanced)",
        "Program Number: 0801621055",
        "",
        "Available interview dates:",
    ] + [f"  {NUM0(x)} ({WD(x)}) - Virtual" for x in ds] + [
        "",
        "Response requested by: 11/19/2026 11:59 PM ET",
        "",
        "To accept the invitation and choose a date, or to decline, go to the Interviews section of MyERAS:",
        ERAS_URL,
    ]
    m = eras("Action required: interview invitation in MyERAS", date, body)
    return "b19-inv-eras-northwestern-derm.eml", m, dict(
        kind="invitation", program=NW, platform="eras", specialty="Dermatology", track="advanced",
        format="virtual", interview_dates=ds, respond_by="2026-11-19T23:59:00-05:00", schedule_url=ERAS_URL)


@message
def inv_ib_umn_fm():
    date = "2026-10-19T16:03:00-05:00"
    ds = ["2026-11-06", "2026-11-13", "2026-11-20", "2026-12-04"]
    url = "https://www.interviewbroker.com/applicant/invitations/umn-fm-smileys/40977?token=dW1uc21pbGV5cw"
    table = [(SY(x), "7:45 AM - 12:30 PM CT", "Available") for x in ds]
    paras = [f"Dear {APPLICANT_NAME},",
             "Congratulations! You have been invited to interview with the University of Minnesota Medical "
             "School Family Medicine Residency – Smiley's Program (Minneapolis). Interviews are virtual.",
             "The Department of Family Medicine and Community Health sponsors several residency programs "
             "(Methodist Hospital, North Memorial, St. John's Hospital, St. Joseph's Hospital, Mankato and "
             "Smiley's). If you applied to more than one, you will receive a separate invitation from each "
             "program.",
             "This invitation expires 10/28/2026 11:59 PM CDT."]
    m = interview_broker("Invitation to Interview: University of Minnesota Medical School - Family Medicine",
                         date, "University of Minnesota Medical School — Family Medicine (Smiley's)", paras,
                         table, ("Accept and Schedule", url))
    return "b19-inv-ib-umn-fm.eml", m, dict(
        kind="invitation", program="University of Minnesota Medical School", platform="interview_broker",
        specialty="Family Medicine", format="virtual", interview_dates=ds,
        respond_by="2026-10-28T23:59:00-05:00", schedule_url=url)


CU = "University of Colorado School of Medicine"


@message
def inv_email_cu_path():
    # never says "invite"; plain-text table; program only in the signature; MST deadline after DST.
    date = "2026-10-29T10:40:18-06:00"
    ds = ["2026-11-20", "2026-12-11", "2027-01-08"]
    url = "https://ucdenver.co1.qualtrics.com/jfe/form/SV_cuPathRes27Dates"
    spots = ["5", "3", "6"]
    rows = "\n".join(f"  {SY(x):<22} Virtual    {s}" for x, s in zip(ds, spots))
    text = f"""Dear Sofia,

The Department of Pathology is pleased to let you know that your application has been selected
to move forward to an interview day with our faculty and residents.

  Date                   Format     Spots left
  ---------------------- ---------- ----------
{rows}

Please choose a date using the Qualtrics link below by 5 p.m. MST on Wednesday, November 4.
Spots are confirmed in the order we receive them.

  {url}

Interview days start at 8:00 a.m. Mountain and finish by 1:00 p.m.; the last hour is with our
residents only. If you have any questions, reply to this email.

Best,

Gabriela Ortiz-Whitfield
Residency Program Manager
Department of Pathology
{CU}
12631 E. 17th Avenue, Aurora, CO 80045
"""
    m = build(("Pathology Residency Program", "pathology.residency@cuanschutz.edu"),
              "Your application to CU Pathology", date, text, text_cte="quoted-printable")
    return "b19-inv-email-cu-path.eml", m, dict(
        kind="invitation", program=CU, platform="email", specialty="Pathology-Anatomic and Clinical",
        format="virtual", interview_dates=ds, respond_by="2026-11-04T17:00:00-07:00", schedule_url=url)


UNMC = "University of Nebraska Medical Center"


@message
def inv_thal_unmc_path():
    date = "2026-10-26T17:20:05+00:00"
    ds = ["2026-12-07", "2026-12-14"]
    url = "https://app.thalamusgme.com/applicant/invitations/58e2d0b7-c1a4-4f6e-a3d9-9b7f0e21c684"
    rows = [("Program", f"{UNMC} - Pathology-Anatomic and Clinical"),
            ("Interview Type", "In-Person"),
            ("Location", "Durham Research Center, 985900 Nebraska Medical Center, Omaha, NE"),
            ("Interview Dates", ", ".join(LN(x) for x in ds))]
    paras = [f"Dear {APPLICANT_NAME},",
             "You have been invited to interview with University of Nebraska Medical Center. Interview dates are "
             "first come, first served. An optional resident dinner is held the evening before each "
             "interview day; RSVP details are in the program's message.",
             "Log in to Thalamus to read the full invitation and to schedule."]
    m = thalamus("New Interview Invitation - University of Nebraska Medical Center", date,
                 "You have a new interview invitation", rows, paras, ("View Invitation", url))
    return "b19-inv-thal-unmc-path.eml", m, dict(
        kind="invitation", program=UNMC, platform="thalamus", specialty="Pathology-Anatomic and Clinical",
        format="in_person", interview_dates=ds, schedule_url=url)


UIC = "University of Illinois College of Medicine at Chicago"


@message
def inv_pd_uic_psych():
    # letter with socials, second look, lodging, July 1 start, Match Day: only the three days count.
    date = "2026-11-03T15:12:44-06:00"
    ds = ["2026-12-02", "2026-12-09", "2027-01-13"]
    socials = ["2026-12-01", "2026-12-08", "2027-01-12"]
    url = "https://calendly.com/uic-psychiatry-residency/interview-day-2027"
    text = f"""Dear Sofia,

It is my pleasure to invite you to interview with the Psychiatry Residency Program at the
{UIC}. Your application stood out to our committee, and we are
excited to introduce you to our residents, faculty and the city we serve.

INTERVIEW DAYS (in person, Neuropsychiatric Institute, 912 S. Wood Street, Chicago)
  * {L(ds[0])}
  * {L(ds[1])}
  * {L(ds[2])}

The evening before each interview day ({MD(socials[0])}, {MD(socials[1])} and {MD(socials[2])}) our residents
host an informal dinner in Little Italy, 6:30-8:30 p.m. Attendance is optional and not part of
the evaluation.

For out-of-town applicants we hold a room block at the Chicago Marriott at Medical District/UIC
for the night before your interview (one night, group code UICPSY27).

Please reserve your interview day with our Calendly page within 7 days of this email:
{url}

Other dates for your calendar:
  * Optional Second Look: {L('2027-02-05')}
  * NRMP rank order list deadline: {MDY('2027-03-03')}
  * Match Day: {L('2027-03-19')}
  * Residency start: July 1, 2027

I look forward to meeting you.

Sincerely,

Anand Ravikumar, MD
Program Director, Psychiatry Residency
Department of Psychiatry
{UIC}
"""
    html_items = "".join(f"<li>{L(x)}</li>" for x in ds)
    html = f"""<html><body style="font-family:Georgia,serif;font-size:15px;color:#111">
<div style="border-bottom:4px solid #001e62;padding-bottom:8px;margin-bottom:16px"><span style="color:#d50032;font-weight:bold">UIC</span>
<span style="color:#001e62"> Department of Psychiatry</span></div>
<p>Dear Sofia,</p>
<p>It is my pleasure to invite you to interview with the Psychiatry Residency Program at the {UIC}.
Your application stood out to our committee, and we are excited to introduce you to our residents, faculty and the city we serve.</p>
<h3 style="color:#001e62">Interview days</h3>
<p>In person, Neuropsychiatric Institute, 912 S. Wood Street, Chicago</p>
<ul>{html_items}</ul>
<p>The evening before each interview day ({MD(socials[0])}, {MD(socials[1])} and {MD(socials[2])}) our residents host an
informal dinner in Little Italy, 6:30&ndash;8:30 p.m. Attendance is optional and not part of the evaluation.</p>
<p>For out-of-town applicants we hold a room block at the Chicago Marriott at Medical District/UIC for the night before
your interview (one night, group code UICPSY27).</p>
<p>Please reserve your interview day with our <a href="{url}">Calendly page</a> within 7 days of this email.</p>
<h3 style="color:#001e62">Other dates for your calendar</h3>
<ul><li>Optional Second Look: {L('2027-02-05')}</li><li>NRMP rank order list deadline: {MDY('2027-03-03')}</li>
<li>Match Day: {L('2027-03-19')}</li><li>Residency start: July 1, 2027</li></ul>
<p>I look forward to meeting you.</p>
<p>Sincerely,<br><br>Anand Ravikumar, MD<br>Program Director, Psychiatry Residency<br>Department of Psychiatry<br>{UIC}</p>
</body></html>"""
    m = build(("UIC Psychiatry Residency", "uicpsychresidency@uic.edu"),
              "Interview Invitation – UIC Psychiatry Residency (2027 Match)", date, text, html,
              html_cte="base64")
    return "b19-inv-pd-uic-psych.eml", m, dict(
        kind="invitation", program=UIC, platform="email", specialty="Psychiatry", format="in_person",
        interview_dates=ds, respond_by=plus(date, days=7), schedule_url=url)


ASJ = "Ascension Saint Joseph – Joliet"


@message
def inv_thal_ascension_fm():
    # a pending-invitation reminder: the invitation is still open and must be answered.
    date = "2026-11-10T14:00:00+00:00"
    ds = ["2026-12-08", "2026-12-15", "2027-01-12"]
    url = "https://app.thalamusgme.com/applicant/invitations/7b41c9e8-2d05-4a6f-8c13-e5f9a0b2d746"
    rows = [("Program", f"{ASJ} - Family Medicine"),
            ("Interview Type", "In-Person"),
            ("Dates Offered", "; ".join(S(x) for x in ds)),
            ("Expires", "Nov 11, 2026 at 11:59 PM CST")]
    paras = [f"Hi {APPLICANT_NAME.split()[0]},",
             f"Your invitation to interview with {ASJ} is still awaiting your response. If you do not "
             "schedule or decline before it expires, the invitation will be withdrawn automatically.",
             ]
    m = thalamus("Reminder: your invitation from Ascension Saint Joseph – Joliet expires soon", date,
                 "Pending invitation expiring in about 24 hours", rows, paras, ("Respond Now", url))
    return "b19-inv-thal-ascension-fm.eml", m, dict(
        kind="invitation", program=ASJ, platform="thalamus", specialty="Family Medicine", format="in_person",
        interview_dates=ds, respond_by="2026-11-11T23:59:00-06:00", schedule_url=url)


@message
def inv_email_uwhealth_imprelim():
    # "Mondays in December (12/7, 12/14) and January 11"; "no later than noon on 11/13"; name only in signature.
    date = "2026-11-06T09:30:00-06:00"
    ds = ["2026-12-07", "2026-12-14", "2027-01-11"]
    url = "https://forms.office.com/r/UWprelimIM2027"
    text = f"""Hi Sofia,

Thank you for applying to our preliminary medicine year. We'd love to have you interview with
us this season!

Our prelim interview days are Mondays in December (12/7, 12/14) and January 11. All prelim
interviews are virtual and run from 8:30 a.m. to noon Central. Please rank the dates that work for
you in the form below no later than noon on 11/13 (Central):

{url}

You'll get a calendar invite and Zoom link once we've assigned your day. If you're also
interviewing with a categorical program in Madison, let us know and we'll try to coordinate.

Take care,
Jenna

Jenna Holtzclaw
Residency Coordinator, Internal Medicine Residency Program
Department of Medicine
{UWSMPH}
1685 Highland Avenue, Madison, WI 53705
"""
    m = build(("UW Health Internal Medicine Residency", "imresidency@medicine.wisc.edu"),
              "Prelim IM – picking your interview day", date, text)
    return "b19-inv-email-uwhealth-imprelim.eml", m, dict(
        kind="invitation", program=UWSMPH, platform="email", specialty="Internal Medicine", track="preliminary",
        format="virtual", interview_dates=ds, respond_by="2026-11-13T12:00:00-06:00", schedule_url=url)


UICCM = "University of Iowa Carver College of Medicine"


@message
def inv_email_iowa_psych():
    date = "2026-10-30T13:47:26-05:00"
    ds = ["2026-11-16", "2026-11-30", "2026-12-14", "2027-01-11"]
    url = "https://calendly.com/uiowa-psychiatry-residency/2027-interview"
    lst = "\n".join(f"  {L(x)}" for x in ds)
    text = f"""Dear Sofia Lindqvist-Ramos,

We are happy to invite you to interview with the Psychiatry Residency Program at the
{UICCM}! Interviews this year are virtual (Zoom), 8:00 a.m. to 3:00 p.m. Central.

Available interview days:
{lst}

To schedule, please use our Calendly link:
{url}

Scheduling will close at 11:59 PM Central on Sunday, November 8. Please let us know if you are
unable to attend any of these dates.

Sincerely,
Brenda Vogt
Residency Coordinator, Department of Psychiatry
{UICCM} | University of Iowa Health Care
200 Hawkins Drive, Iowa City, IA 52242
"""
    html = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{p}</p>" for p in text.replace("\n\n", "\x00").replace("\n", "<br>").split("\x00")) \
        .replace(url, f'<a href="{url}">{url}</a>') + "</body></html>"
    m = build(("University of Iowa Psychiatry Residency", "psychiatry-residency@healthcare.uiowa.edu"),
              "University of Iowa Psychiatry - Interview Invitation", date, text, html)
    return "b19-inv-email-iowa-psych.eml", m, dict(
        kind="invitation", program=UICCM, platform="email", specialty="Psychiatry", format="virtual",
        interview_dates=ds, respond_by="2026-11-08T23:59:00-06:00", schedule_url=url)


ASF = "Ascension Saint Francis Hospital"


@message
def inv_email_stfrancis_ty():
    date = "2026-10-23T11:11:42-05:00"
    ds = ["2026-11-17", "2026-12-01", "2026-12-15"]
    url = "https://docs.google.com/forms/d/e/1FAIpQLSf3ASFEvanstonTY2027/viewform"
    rows_t = "\n".join(f"  {NUM(x)} ({WDS(x)})    Virtual – Zoom    8:00 a.m. – 12:00 p.m. CT" for x in ds)
    text = f"""Dear Sofia,

Congratulations! The Transitional Year Residency Program at {ASF} in Evanston,
Illinois, would like to invite you to interview for a PGY-1 transitional position.

  Date          Format           Time
{rows_t}

Please select your date using the Google Form within 48 hours:
{url}

After 48 hours unclaimed invitations may be released to applicants on our waitlist.

Regards,
Theresa Mulcahy
Program Coordinator, Transitional Year
{ASF} | 355 Ridge Avenue, Evanston, IL 60202
"""
    trs = "".join(f"<tr><td>{NUM(x)} ({WDS(x)})</td><td>Virtual – Zoom</td><td>8:00 a.m. – 12:00 p.m. CT</td></tr>"
                  for x in ds)
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Dear Sofia,</p>
<p>Congratulations! The Transitional Year Residency Program at {ASF} in Evanston, Illinois, would like to
invite you to interview for a PGY-1 transitional position.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date</th><th>Format</th><th>Time</th></tr>{trs}</table>
<p>Please select your date using the <a href="{url}">Google Form</a> within 48 hours.</p>
<p>After 48 hours unclaimed invitations may be released to applicants on our waitlist.</p>
<p>Regards,<br>Theresa Mulcahy<br>Program Coordinator, Transitional Year<br>{ASF} | 355 Ridge Avenue, Evanston, IL 60202</p>
</body></html>"""
    m = build(("Ascension Saint Francis TY Program", "ty.evanston@ascension.org"),
              "Transitional Year Interview Invitation – Ascension Saint Francis", date, text, html,
              text_cte="quoted-printable", html_cte="quoted-printable")
    return "b19-inv-email-stfrancis-ty.eml", m, dict(
        kind="invitation", program=ASF, platform="email", specialty="Transitional Year", track="transitional",
        format="virtual", interview_dates=ds, respond_by=plus(date, hours=48), schedule_url=url)


UMN = "University of Minnesota Medical School"


@message
def inv_email_umn_derm():
    # "Option A / Option B", reply with a letter; "within 48 hours".
    date = "2026-11-18T10:05:00-06:00"
    ds = ["2026-12-04", "2027-01-08"]
    text = f"""Dear Sofia,

Thank you for your application to the Dermatology Residency Program at the {UMN}.
The faculty would like to meet you as part of our second round of interviews for our PGY-2
(advanced) positions.

We have two interview days remaining:

   Option A: {WD(ds[0])} {NUM(ds[0])} (virtual)
   Option B: {WD(ds[1])} {NUM(ds[1])} (virtual)

Please reply to this email with "A" or "B" within 48 hours. If neither day works, let us know and we
will keep you in mind should an additional day be added.

Kind regards,

Olivia Haugen
Education Coordinator, Department of Dermatology
{UMN}
516 Delaware Street SE, Minneapolis, MN 55455
"""
    m = build(("UMN Dermatology Residency", "dermres@umn.edu"), "Dermatology Residency – Interview Day Selection",
              date, text, text_cte="base64")
    return "b19-inv-email-umn-derm.eml", m, dict(
        kind="invitation", program=UMN, platform="email", specialty="Dermatology", track="advanced",
        format="virtual", interview_dates=ds, respond_by=plus(date, hours=48))
