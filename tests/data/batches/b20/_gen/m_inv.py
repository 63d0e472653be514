"""Invitations (22)."""
from lib import *
from platforms import *

IM, NEU, OB, DR, TY = ("Internal Medicine", "Neurology", "Obstetrics and Gynecology",
                       "Diagnostic Radiology", "Transitional Year")
FIRST = APP_NAME.split()[0]


# 1 UCSF IM — Thalamus
def inv_thal_ucsf_im():
    P = "University of California, San Francisco"
    ds = ["2026-11-05", "2026-11-12", "2026-12-03", "2026-12-10"]
    url = "https://app.thalamusgme.com/applicant/invitations/c3e1a8f2-6b47-4d90-a1f5-2e7d93b0c416"
    rows = [("Program", f"{P} - Internal Medicine (Categorical)"),
            ("Interview format", "Virtual"),
            ("Available dates", "\n".join(f"{long(d)} · 7:30 AM – 12:45 PM PT" for d in ds)),
            ("Respond by", "October 27, 2026 11:59 PM PT")]
    m = thal("inv-ucsf-im", f"Interview Invitation: {P} - Internal Medicine", utc("2026-10-13 16:02:11"),
             f"You have received an interview invitation from {P} - Internal Medicine. "
             "Select an available date in Thalamus before the response deadline. Dates are offered on a "
             "first-come, first-served basis and may fill before the deadline.\n\n"
             "Message from the program:\nThank you for applying to the UCSF Internal Medicine Residency. We were "
             "delighted by your application and look forward to getting to know you. All interview days are "
             "held virtually on Thalamus.",
             rows, "View Invitation", url)
    add("b20-inv-thal-ucsf-im.eml", m,
        L("invitation", P, "thalamus", IM, "categorical", "virtual", ds, "2026-10-27T23:59:00-07:00", url),
        {d: long(d) for d in ds})


# 2 Stanford Neurology — MyERAS
def inv_eras_stanford_neuro():
    P = "Stanford Health Care-Sponsored Stanford University"
    ds = ["2026-11-09", "2026-11-23", "2026-12-14", "2027-01-11"]
    body = f"""You have received an interview invitation in MyERAS.

Program: {P} Program
Program Number: 1800521123
Specialty: Neurology
Invitation Expires: 10/22/2026 11:59 PM ET

Message from the program:
Thank you for your interest in the Stanford Neurology Residency. We are pleased to invite you to interview with us this season. Interviews are virtual (Zoom) and run from 8:00 AM to 2:30 PM Pacific. Available dates:
  - {longny(ds[0])}
  - {longny(ds[1])}
  - {longny(ds[2])}
  - {longny(ds[3])}
Please select one date in MyERAS. A virtual resident meet-and-greet is held the evening before each interview day.

To view the invitation and select an interview date, log in to MyERAS:
{ERAS_URL}"""
    m = eras("inv-stanford-neuro", f"MyERAS: New Interview Invitation from {P} Program", et("2026-10-15 14:03:27"),
             body)
    add("b20-inv-eras-stanford-neuro.eml", m,
        L("invitation", P, "eras", NEU, None, "virtual", ds, "2026-10-22T23:59:00-04:00", ERAS_URL),
        {d: longny(d) for d in ds})


# 3 UC Davis OB/GYN — HTML only, dates only in table, "within 72 hours", never says invite
def inv_html_ucdavis_obgyn():
    P = "UC Davis Health"
    ds = ["2026-11-13", "2026-12-04", "2027-01-08"]
    url = "https://forms.gle/UCDobgynDay2027"
    rows = "\n".join(f'<tr><td style="border:1px solid #b3c7e6;padding:6px 10px">{long(d)}</td>'
                     f'<td style="border:1px solid #b3c7e6;padding:6px 10px">Virtual (Zoom)</td>'
                     f'<td style="border:1px solid #b3c7e6;padding:6px 10px">7:30 a.m. – 3:00 p.m. PT</td></tr>'
                     for d in ds)
    inner = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#022851;color:#ffbf00;padding:14px 18px;font-size:18px">
<b>{P}</b> &middot; Department of Obstetrics &amp; Gynecology</td></tr></table>
<p>Dear {esc(FIRST)},</p>
<p>Thank you for applying to the Obstetrics and Gynecology Residency Program at {P}. Our selection committee
truly enjoyed reading your application, and we would love to meet you and introduce you to our residents,
faculty and the Sacramento community.</p>
<p>Please choose <b>one</b> of the interview days below by completing our short scheduling form
<b>within 72 hours</b> of this message. Spots are limited on each day and are assigned in the order responses arrive.</p>
<table style="border-collapse:collapse;margin:8px 0 16px 0">
<tr style="background:#e8eef7"><th style="border:1px solid #b3c7e6;padding:6px 10px">Interview day</th>
<th style="border:1px solid #b3c7e6;padding:6px 10px">Format</th><th style="border:1px solid #b3c7e6;padding:6px 10px">Time</th></tr>
{rows}
</table>
<p><a href="{url}" style="background:#022851;color:#fff;padding:10px 16px;text-decoration:none">Choose your interview day</a></p>
<p>If none of these days work for you, reply to this email and we will do our best to help.</p>
<p>Warm regards,<br>
Jasmine Okonkwo-Reyes<br>Residency Program Coordinator<br>Obstetrics &amp; Gynecology Residency<br>{P}<br>
4860 Y Street, Suite 2500, Sacramento, CA 95817</p>"""
    body = part(html_wrap(inner, "OB/GYN Residency"), "html", "qp")
    m = finish(body, A("UC Davis Health OB/GYN Residency", "hs-obgynresidency@ucdavis.edu"),
               "UC Davis OB/GYN Residency – Interview Day Selection", pac("2026-10-19 10:14:27"),
               mid("inv-ucd-ob", "ucdavis.edu"))
    add("b20-inv-html-ucdavis-obgyn.eml", m,
        L("invitation", P, "email", OB, None, "virtual", ds, "2026-10-22T10:14:27-07:00", url),
        {d: long(d) for d in ds})


# 4 Harbor-UCLA IM — numeric dates with weekday abbreviations, Calendly link
def inv_email_harbor_im():
    P = "Harbor-UCLA Medical Center"
    ds = ["2026-11-04", "2026-11-18", "2026-12-02", "2026-12-16"]
    url = "https://calendly.com/harborucla-imres/interview-2027"
    text = f"""Dear Anahí,

Congratulations! On behalf of Program Director Dr. Renee Castillo-Park and the selection committee, I am happy to invite you to interview for the Categorical Internal Medicine Residency at {P}.

Interview days are virtual via Microsoft Teams and run 7:15 AM - 12:30 PM PT. Available Wednesdays:

   Wed {num(ds[0])}
   Wed {num(ds[1])}
   Wed {num(ds[2])}
   Wed {num(ds[3])}

Please book your day here by Friday, October 23 at 5 PM:
{url}

Once you book, I will send a calendar invitation with the Teams link. Our residents also host an optional informal "Pizza & Questions" Zoom on the Tuesday evening before each interview day.

Best,

Kevin Duarte
Program Coordinator | Department of Medicine
{P}
1000 W. Carson St., Box 400, Torrance, CA 90502
(310) 555-0187
"""
    m = finish(part(text), A("Duarte, Kevin", "kduarte@dhs.lacounty.gov"),
               "Interview Invitation - Harbor-UCLA Internal Medicine Residency", pac("2026-10-19 15:48:09"),
               mid("inv-harbor-im", "dhs.lacounty.gov"))
    add("b20-inv-email-harbor-im.eml", m,
        L("invitation", P, "email", IM, "categorical", "virtual", ds, "2026-10-23T17:00:00-07:00", url),
        {d: f"Wed {num(d)}" for d in ds})


# 5 UC Riverside IM — program only in signature, weekdays listed under months, two business days
def inv_email_ucr_im():
    P = "UC Riverside School of Medicine"
    ds = ["2026-11-17", "2026-11-19", "2026-12-08", "2026-12-10"]
    forms = {d: f"{WD(d)} {day(d)}" for d in ds}
    text = f"""Hi {FIRST},

Thank you for your application to our Internal Medicine Residency. The Program Director and selection committee would like to offer you an interview for the 2026-2027 recruitment season.

All interviews are virtual (Zoom), 8:00 AM - 1:00 PM Pacific. Open dates:

November
   {WD(ds[0])} {day(ds[0])}
   {WD(ds[1])} {day(ds[1])}
December
   {WD(ds[2])} {day(ds[2])}
   {WD(ds[3])} {day(ds[3])}

Please reply to this email with your first and second choice within two business days so we can hold your spot. After that, unclaimed offers are released to the next applicants.

Looking forward to hearing from you,

Marisol Ortega
Residency Program Coordinator, Internal Medicine
{P}
Riverside, CA 92507 | (951) 555-0142
"""
    m = finish(part(text, enc="b64"), A("Ortega, Marisol", "marisol.ortega@medsch.ucr.edu"),
               "Internal Medicine Residency - Interview", pac("2026-10-20 09:41:05"),
               mid("inv-ucr-im", "medsch.ucr.edu"))
    add("b20-inv-email-ucr-im.eml", m,
        L("invitation", P, "email", IM, None, "virtual", ds, "2026-10-22T09:41:05-07:00"), forms)


# 6 UCSD Neurology — Interview Broker, no deadline
def inv_ib_ucsd_neuro():
    P = "UC San Diego Health"
    ds = ["2026-11-17", "2026-12-01", "2026-12-15", "2027-01-12"]
    url = "https://www.interviewbroker.com/applicant/invitations/ucsd-neurology/61428?token=dWNzZG5ldXJv"
    rows = [(aby(d), "Virtual", "8:00 AM - 2:00 PM PST", sl) for d, sl in zip(ds, ["3", "5", "6", "8"])]
    m = ib("inv-ucsd-neuro", f"Interview Invitation: {P} - Neurology", pac("2026-10-16 11:30:02"), P,
           "Neurology - Categorical",
           "Congratulations! You have been invited to interview with the UC San Diego Health Neurology Residency "
           "Program. Please choose one of the interview dates below. Dates are filled on a first-come, "
           "first-served basis.",
           (["Date", "Format", "Time", "Spots left"], rows), "Schedule your interview", url,
           "A note from the program: We are thrilled to get to know you! Interview day includes a "
           "welcome from our Program Director, three faculty interviews and a resident-only session.")
    add("b20-inv-ib-ucsd-neuro.eml", m,
        L("invitation", P, "interview_broker", NEU, "categorical", "virtual", ds, None, url),
        {d: aby(d) for d in ds})


# 7 UC Irvine OB/GYN — waitlist slot offered inside an Outlook reply thread
def inv_email_uci_obgyn():
    P = "UC Irvine Health"
    d = "2026-12-11"
    from m_wlrej import UCI_WL_TEXT, UCI_WL_DATE
    loi_sent = "2026-11-03 20:12:00"
    text = f"""Good afternoon {FIRST},

Thank you for your continued interest in our program and for your kind letter. We just had an opening for {longny(d)} (virtual) and would be happy to offer you that interview day.

Please reply by tomorrow at noon (Pacific) to accept. If we do not hear from you by then, we will offer the spot to the next applicant on our list.

Kind regards,
Kimberly Nguyen
Residency Coordinator, Department of Obstetrics & Gynecology
{P}
333 City Blvd. West, Suite 1400, Orange, CA 92868

________________________________
From: Anahí Villaseñor <{APP}>
Sent: {outlook_sent(loi_sent)}
To: UCI OB/GYN Residency <obgynres@hs.uci.edu>
Subject: RE: UC Irvine OB/GYN Interview Status - Waitlist

Dear Ms. Nguyen,

Thank you for the update. I wanted to let you know that UC Irvine remains one of my top choices; my family lives in Santa Ana and I would be thrilled to train in the community I grew up in. I am happy to interview on any available date, virtually or in person.

Best regards,
Anahí Villaseñor
Charles R. Drew University of Medicine and Science, MS4

________________________________
From: UCI OB/GYN Residency <obgynres@hs.uci.edu>
Sent: {outlook_sent(UCI_WL_DATE)}
To: Anahí Villaseñor <{APP}>
Subject: UC Irvine OB/GYN Interview Status - Waitlist

{UCI_WL_TEXT}"""
    m = finish(part(text), A("UCI OB/GYN Residency", "obgynres@hs.uci.edu"),
               "RE: UC Irvine OB/GYN Interview Status - Waitlist", pac("2026-11-19 15:26:40"),
               mid("inv-uci-ob", "hs.uci.edu"),
               extra=[("In-Reply-To", mid("loi-uci", "mail.gmail.com")),
                      ("References", mid("wl-uci-ob", "hs.uci.edu") + " " + mid("loi-uci", "mail.gmail.com"))])
    add("b20-inv-email-uci-obgyn.eml", m,
        L("invitation", P, "email", OB, None, "virtual", [d], "2026-11-20T12:00:00-08:00"), {d: longny(d)})


# 8 OHSU Neurology — applicant forwards her OWN invitation from her school account
def inv_fwd_ohsu_neuro():
    P = "Oregon Health & Science University"
    ds = ["2026-11-30", "2026-12-07", "2027-01-04"]
    url = "https://ohsu.qualtrics.com/jfe/form/SV_ohsuNeuroRes27"
    orig = "2026-10-30 11:02:00"
    text = f"""Forwarding to my gmail so all the interview stuff is in one place.

________________________________
From: OHSU Neurology Residency <neures@ohsu.edu>
Sent: {outlook_sent(orig)}
To: Villaseñor, Anahí <{SCHOOL}>
Subject: OHSU Neurology Residency Interview Invitation

Dear Anahí,

On behalf of the Department of Neurology at {P}, I am pleased to invite you to interview for our Adult Neurology Residency Program for the 2027 Match.

Our interview days are virtual and will be held on:

    {longny(ds[0])}
    {longny(ds[1])}
    {longny(ds[2])}

Please submit your date preferences through the link below by 5:00 p.m. Pacific on Friday, November 6:
{url}

Each interview day starts at 8:00 a.m. Pacific with a welcome from our Program Director and ends with a resident panel around 1:30 p.m. Details and Zoom links will follow once your date is confirmed.

We look forward to meeting you!

Warmly,
Hannah Bjornstad
Residency Program Manager, Department of Neurology
{P}
3181 SW Sam Jackson Park Road, Portland, OR 97239
"""
    m = finish(part(text), A("Villaseñor, Anahí", SCHOOL), "Fwd: OHSU Neurology Residency Interview Invitation",
               pac("2026-10-30 12:20:45"), mid("inv-ohsu-fwd", "cdrewu.edu"))
    add("b20-inv-fwd-ohsu-neuro.eml", m,
        L("invitation", P, "email", NEU, None, "virtual", ds, "2026-11-06T17:00:00-08:00", url),
        {d: longny(d) for d in ds})


# 9 UW Neurology — program director letter with socials, second look, rank list deadline, July 1
def inv_pd_uw_neuro():
    P = "University of Washington School of Medicine"
    ds = ["2026-11-20", "2026-12-11", "2027-01-15"]
    url = "https://forms.office.com/r/UWNeuroRes27"
    socials = ["2026-11-19", "2026-12-10", "2027-01-14"]
    text = f"""{P}
Department of Neurology · Neurology Residency Program
1959 NE Pacific St, Box 356465, Seattle, WA 98195

October 28, 2026

Dear {APP_NAME},

It is my pleasure to invite you to interview with the University of Washington Neurology Residency Program. Your application stood out to our committee, and we are excited for the chance to get to know you.

Interview days (virtual, 7:45 a.m. - 1:30 p.m. Pacific):
  • {long(ds[0])}
  • {long(ds[1])}
  • {long(ds[2])}

Please tell us your preferred interview day using our scheduling form by 11:59 p.m. Pacific on Monday, November 9:
{url}

Other dates to keep in mind:
  • Virtual resident socials: the Thursday evening before each interview day ({md(socials[0])}, {md(socials[1])} and {md(socials[2])}), 6:00 p.m. Pacific. Optional and not evaluative.
  • In-person Second Look in Seattle for interviewed applicants: {long("2027-02-05")}.
  • NRMP rank order list certification deadline: {long("2027-03-03")}.
  • Match Day: {long("2027-03-19")}.
  • Residency start (orientation begins the week before): {long("2027-07-01")}.

We follow the NRMP's Match Participation Agreement and will not ask about your ranking plans. If you have any questions, please contact our program manager, Lena Oyelaran-Frost, at neurores@uw.edu.

With warm regards,

Tobias Heinemann-Arce, MD
Program Director, Neurology Residency
{P}
"""
    html = html_wrap('<div style="max-width:680px;font-family:Georgia,serif">'
                     '<div style="color:#4b2e83;font-size:22px;font-weight:bold">W</div>' + paras(text) + "</div>",
                     "UW Neurology")
    body = alt(part(text), part(html, "html", "b64"), bnd("inv-uw-neuro"))
    m = finish(body, A("UW Neurology Residency", "neurores@uw.edu"),
               "UW Neurology Residency – Interview Invitation (2027 Match)", pac("2026-10-28 16:40:19"),
               mid("inv-uw-neuro", "uw.edu"), senc="q")
    add("b20-inv-pd-uw-neuro.eml", m,
        L("invitation", P, "email", NEU, None, "virtual", ds, "2026-11-09T23:59:00-08:00", url),
        {d: long(d) for d in ds})


# 10 Kaiser Oakland IM — system sender + hospital footer, "Tuesday the 1st ..." dates
def inv_email_kpoak_im():
    P = "Kaiser Permanente Oakland Medical Center"
    ds = ["2026-12-01", "2026-12-08", "2026-12-15"]
    forms = {d: f"{WD(d)} the {ordn(day(d))}" for d in ds}
    text = f"""Dear {FIRST},

Thank you for applying to the Categorical Internal Medicine Residency at {P}. We enjoyed learning about you and would be glad to have you join us for a virtual interview day this season.

We interview on {forms[ds[0]]}, {forms[ds[1]]}, or {forms[ds[2]]} of December. Each day runs from 8:00 a.m. to 12:30 p.m. PT on Zoom and includes interviews with faculty and chief residents plus a resident Q&A.

To accept, simply reply to this email with your first and second choice by 12:00 p.m. PT on Monday, November 2. Interview spots are confirmed in the order replies are received.

Best regards,

Denise Wu-Harrington
Internal Medicine Residency Coordinator
{P}
3600 Broadway, Oakland, CA 94611

--
Kaiser Permanente Northern California · Graduate Medical Education
Residency programs at: Oakland Medical Center · San Francisco Medical Center · Santa Clara Medical Center · Sacramento Medical Center · Vallejo Medical Center · Fremont Medical Center · Napa-Solano · Modesto
This email may contain confidential information. If you received it in error, please delete it and notify the sender.
"""
    m = finish(part(text), A("KP Northern California GME", "nca-gme-recruitment@kp.org"),
               "Kaiser Oakland Internal Medicine – Interview Invitation", pac("2026-10-26 13:05:50"),
               mid("inv-kpoak-im", "kp.org"), senc="q")
    add("b20-inv-email-kpoak-im.eml", m,
        L("invitation", P, "email", IM, "categorical", "virtual", ds, "2026-11-02T12:00:00-08:00"), forms)


# 11 Cedars-Sinai Radiology (advanced) — Thalamus
def inv_thal_cedars_rad():
    P = "Cedars-Sinai Medical Center"
    ds = ["2027-01-07", "2027-01-14", "2027-01-21"]
    url = "https://app.thalamusgme.com/applicant/invitations/8f2a6d41-93c0-4b7e-a5d2-71e0c4f9b38a"
    rows = [("Program", f"{P} - Diagnostic Radiology (Advanced)"),
            ("Interview format", "Virtual"),
            ("Available dates", "\n".join(f"{long(d)} · 8:00 AM – 1:00 PM PT" for d in ds)),
            ("Respond by", "November 16, 2026 11:59 PM PT")]
    m = thal("inv-cedars-rad", f"Interview Invitation: {P} - Diagnostic Radiology",
             utc("2026-11-05 18:12:44"),
             f"You have received an interview invitation from {P} - Diagnostic Radiology. Log in to Thalamus to "
             "schedule your interview before the response deadline.",
             rows, "Schedule Interview", url,
             "Message from the program: Our advanced (R1) positions begin July 1, 2028 following your preliminary "
             "or transitional year. We look forward to meeting you!")
    add("b20-inv-thal-cedars-rad.eml", m,
        L("invitation", P, "thalamus", DR, "advanced", "virtual", ds, "2026-11-16T23:59:00-08:00", url),
        {d: long(d) for d in ds})


# 12 Scripps Mercy TY — terse, numeric dates, "within 5 days"
def inv_email_scrippsmercy_ty():
    P = "Scripps Mercy Hospital San Diego"
    ds = ["2026-12-07", "2026-12-14", "2027-01-11"]
    url = "https://forms.gle/ScrippsMercyTY27"
    text = f"""Hi {FIRST} -

We'd like to interview you for our Transitional Year program! Dates are {num(ds[0])}, {num(ds[1])} or {num(ds[2])} (all Mondays, virtual, 8 am - noon PT).

Grab a date here within 5 days: {url}

Thanks!
Gabriela

Gabriela Fontaine | GME Program Coordinator, Transitional Year
{P} | 4077 Fifth Avenue, San Diego, CA 92103
"""
    m = finish(part(text), A("Fontaine, Gabriela", "fontaine.gabriela@scrippshealth.org"),
               "Scripps Mercy TY interview", pac("2026-11-04 13:22:10"), mid("inv-scripps-ty", "scrippshealth.org"))
    add("b20-inv-email-scrippsmercy-ty.eml", m,
        L("invitation", P, "email", TY, "transitional", "virtual", ds, "2026-11-09T13:22:10-08:00", url),
        {d: num(d) for d in ds})


# 13 Banner Phoenix OB/GYN — MyERAS
def inv_eras_bannerphx_obgyn():
    P = "Banner-University Medical Center Phoenix"
    ds = ["2026-11-16", "2026-12-07", "2027-01-11"]
    body = f"""You have received an interview invitation in MyERAS.

Program: {P} Program
Program Number: 2200311201
Specialty: Obstetrics and Gynecology
Interview Type: Virtual
Invitation Expires: 10/30/2026 11:59 PM ET

Available interview dates:
  {long(ds[0])}
  {long(ds[1])}
  {long(ds[2])}

Message from the program:
Thank you for applying to the Banner-University Medical Center Phoenix Obstetrics and Gynecology Residency. We would love to host you for an interview day. All times are Arizona time (MST).

To view the invitation and schedule your interview, log in to MyERAS:
{ERAS_URL}"""
    m = eras("inv-bphx-ob", f"MyERAS: New Interview Invitation from {P} Program", et("2026-10-21 12:47:31"), body)
    add("b20-inv-eras-bannerphx-obgyn.eml", m,
        L("invitation", P, "eras", OB, None, "virtual", ds, "2026-10-30T23:59:00-04:00", ERAS_URL),
        {d: long(d) for d in ds})


# 14 Banner Tucson Radiology (advanced) — deadline in Arizona time, SignUpGenius link
def inv_email_bannertuc_rad():
    P = "Banner – University Medical Center Tucson"
    ds = ["2026-12-10", "2026-12-17", "2027-01-07"]
    url = "https://www.signupgenius.com/go/10C0D4BA9AE2DA4FBC-bumctrad27"
    text = f"""Dear Ms. Villaseñor,

Thank you for your interest in the Diagnostic Radiology Residency at {P}. We are pleased to invite you to interview for an Advanced (PGY-2) position beginning July 2028.

Our virtual interview days are Thursdays: {Mon(ds[0])} {day(ds[0])}, {Mon(ds[1])} {day(ds[1])} and {Mon(ds[2])} {day(ds[2])}. Please reserve a date on our sign-up page no later than 5:00 p.m. Arizona time (MST) on Friday, November 6:

{url}

Please note that Arizona does not observe daylight saving time; all times in our correspondence are MST.

Sincerely,

Rosa Benally
Residency Program Coordinator, Department of Medical Imaging
{P}
1501 N. Campbell Ave., Tucson, AZ 85724
"""
    m = finish(part(text), A("Benally, Rosa", "rosa.benally@bannerhealth.com"),
               "Diagnostic Radiology Interview Invitation – Banner Tucson", az("2026-11-02 08:55:13"),
               mid("inv-btuc-rad", "bannerhealth.com"), senc="q")
    add("b20-inv-email-bannertuc-rad.eml", m,
        L("invitation", P, "email", DR, "advanced", "virtual", ds, "2026-11-06T17:00:00-07:00", url),
        {d: f"{Mon(d)} {day(d)}" for d in ds})


# 15 UNM Neurology — Mountain time deadline, in person, reply by email
def inv_email_unm_neuro():
    P = "University of New Mexico School of Medicine"
    ds = ["2026-12-09", "2027-01-06"]
    text = f"""Dear Anahí,

Congratulations! The Neurology Residency Program at the {P} would like to invite you to interview for a categorical position (PGY-1 through PGY-4) in the 2027 Match.

This year we are interviewing in person at the UNM Health Sciences Center in Albuquerque on {longny(ds[0])} or {longny(ds[1])}. The day begins at 7:30 a.m. with breakfast and ends after lunch with the residents.

Please reply to this message with your preferred date by 5 p.m. Mountain Time on Friday, November 13. We will confirm by email.

Sincerely,
Carmen Trujillo
Program Coordinator, Department of Neurology
{P}
MSC10 5620, 1 University of New Mexico, Albuquerque, NM 87131
"""
    m = finish(part(text), A("Carmen Trujillo", "ctrujillo@salud.unm.edu"), "UNM Neurology Residency Interview",
               mtn("2026-11-09 10:32:18"), mid("inv-unm-neuro", "salud.unm.edu"))
    add("b20-inv-email-unm-neuro.eml", m,
        L("invitation", P, "email", NEU, "categorical", "in_person", ds, "2026-11-13T17:00:00-07:00"),
        {d: longny(d) for d in ds})


# 16 UNR IM — within 48 hours, in person
def inv_email_unr_im():
    P = "University of Nevada, Reno School of Medicine"
    ds = ["2026-11-19", "2026-12-03", "2027-01-14"]
    url = "https://forms.gle/UNRmedIMinterview27"
    text = f"""Dear Anahí Villaseñor,

On behalf of the Internal Medicine Residency Program at the {P}, I am delighted to invite you to interview for a categorical position.

Interviews are held in person at Renown Regional Medical Center in Reno on the following days:

  - {longny(ds[0])}
  - {longny(ds[1])}
  - {longny(ds[2])}, 2027

Please select your date using this form within 48 hours of receiving this email:
{url}

Interview day runs from 7:30 a.m. to 2:00 p.m. Pacific. Parking and lunch are provided.

Best regards,

Jordan Achterberg
Program Coordinator, Internal Medicine Residency
{P}
1155 Mill Street, W-11, Reno, NV 89502
"""
    m = finish(part(text), A("UNR Med IM Residency", "imresidency@med.unr.edu"),
               "Interview Invitation – UNR Med Internal Medicine Residency", pac("2026-11-03 08:05:44"),
               mid("inv-unr-im", "med.unr.edu"), senc="q")
    add("b20-inv-email-unr-im.eml", m,
        L("invitation", P, "email", IM, "categorical", "in_person", ds, "2026-11-05T08:05:44-08:00", url),
        {d: longny(d) for d in ds})


# 17 Kerkorian OB/GYN — Calendly link, in person
def inv_email_kerkorian_obgyn():
    P = "Kirk Kerkorian School of Medicine at UNLV"
    ds = ["2026-12-04", "2026-12-18", "2027-01-08"]
    url = "https://calendly.com/kksom-obgyn/interview-day"
    text = f"""Dear Anahí,

Thank you for applying to the Obstetrics and Gynecology Residency at the {P}. We are excited to invite you to an in-person interview day in Las Vegas!

Interview dates (8:00 a.m. - 3:00 p.m. PT):
   {longny(ds[0])}
   {longny(ds[1])}
   {long(ds[2])}

Please book your interview day on Calendly. The scheduling link will close at 11:59 p.m. PT on Friday, November 20:
{url}

Interviews take place at our Shadow Lane campus, 1701 W. Charleston Blvd., Las Vegas, NV 89102. A list of nearby hotels with discounted rates will be sent with your confirmation.

Sincerely,

Brianna Kealoha
Residency Program Coordinator, Department of Obstetrics and Gynecology
{P}
"""
    m = finish(part(text), A("KSOM OB/GYN Residency", "obgyn.residency@unlv.edu"),
               "OB/GYN Residency Interview Invitation – Kirk Kerkorian School of Medicine at UNLV",
               pac("2026-11-10 14:17:36"), mid("inv-kk-ob", "unlv.edu"), senc="q")
    add("b20-inv-email-kerkorian-obgyn.eml", m,
        L("invitation", P, "email", OB, None, "in_person", ds, "2026-11-20T23:59:00-08:00", url),
        {ds[0]: longny(ds[0]), ds[1]: longny(ds[1]), ds[2]: long(ds[2])})


# 18 Virginia Mason Franciscan TY — Thalamus, in person
def inv_thal_vmf_ty():
    P = "Virginia Mason Franciscan Health"
    ds = ["2026-11-10", "2026-12-08", "2027-01-12"]
    url = "https://app.thalamusgme.com/applicant/invitations/1d9c7e35-f08a-4b62-9c4e-3a5b8d21e7f9"
    rows = [("Program", f"{P} - Transitional Year"),
            ("Interview format", "In-Person (Seattle, WA)"),
            ("Available dates", "\n".join(f"{long(d)} · 8:00 AM – 1:30 PM PT" for d in ds)),
            ("Respond by", "November 2, 2026 5:00 PM PT")]
    m = thal("inv-vmf-ty", f"Interview Invitation: {P} - Transitional Year", utc("2026-10-22 17:40:03"),
             f"You have received an interview invitation from {P} - Transitional Year. Log in to Thalamus to "
             "schedule your interview.",
             rows, "View Invitation", url)
    add("b20-inv-thal-vmf-ty.eml", m,
        L("invitation", P, "thalamus", TY, "transitional", "in_person", ds, "2026-11-02T17:00:00-08:00", url),
        {d: long(d) for d in ds})


# 19 Highland prelim IM — "Thursday the 10th ..." dates, SignUpGenius, no deadline
def inv_email_highland_imprelim():
    P = "Alameda Health System – Highland Hospital"
    ds = ["2026-12-10", "2026-12-17", "2027-01-07"]
    forms = {d: f"{WD(d)} the {ordn(day(d))}" for d in ds}
    url = "https://www.signupgenius.com/go/60B0C4CAEAB2FA3FF2-highlandprelim"
    text = f"""Hello {FIRST},

Thanks for applying to the Preliminary Internal Medicine program at {P}! The selection committee would like to meet you.

We have virtual interview sessions on {forms[ds[0]]} or {forms[ds[1]]} of December, or {forms[ds[2]]} of January (8:30 a.m. - 12:30 p.m. PT, Zoom). Sign up for one session here:

{url}

Slots are first come, first served. If none of these work, let me know and I'll add you to our alternate list.

Take care,
Mai Vang
Program Coordinator, Internal Medicine Residency
{P}
1411 East 31st Street, Oakland, CA 94602
"""
    m = finish(part(text), A("Mai Vang", "mvang@alamedahealthsystem.org"),
               "Highland Prelim IM – interview sign-up", pac("2026-11-12 11:02:29"),
               mid("inv-highland", "alamedahealthsystem.org"))
    add("b20-inv-email-highland-imprelim.eml", m,
        L("invitation", P, "email", IM, "preliminary", "virtual", ds, None, url), forms)


# 20 HonorHealth TY — Microsoft Forms, numeric dates with year, 48 hours, Arizona time
def inv_email_honorhealth_ty():
    P = "HonorHealth"
    ds = ["2026-11-20", "2026-12-04", "2027-01-15"]
    url = "https://forms.office.com/r/HonorHealthTY27"
    text = f"""Good morning Anahí,

The {P} Transitional Year Residency Program is pleased to extend an invitation to interview. Our virtual interview dates are:

{numy(ds[0])}
{numy(ds[1])}
{numy(ds[2])}

Please complete the Microsoft Form below within 48 hours to select your date:
{url}

Interviews run 8:00 AM - 12:00 PM Arizona time.

Respectfully,
Lorena Quezada
Program Coordinator | Transitional Year Residency
{P} | 7400 E. Osborn Road, Scottsdale, AZ 85251
"""
    body = alt(part(text), part(html_wrap(paras(text), "HonorHealth TY"), "html"), bnd("inv-honor-ty", "outlook"))
    m = finish(body, A("Quezada, Lorena", "lquezada@honorhealth.com"),
               "HonorHealth Transitional Year - Interview Invitation", az("2026-10-27 09:12:30"),
               mid("inv-honor-ty", "honorhealth.com"))
    add("b20-inv-email-honorhealth-ty.eml", m,
        L("invitation", P, "email", TY, "transitional", "virtual", ds, "2026-10-29T09:12:30-07:00", url),
        {d: numy(d) for d in ds})


# 21 Loma Linda Radiology (advanced) — Interview Broker with deadline
def inv_ib_lomalinda_rad():
    P = "Loma Linda University Health"
    ds = ["2026-12-04", "2026-12-18", "2027-01-08"]
    url = "https://www.interviewbroker.com/applicant/invitations/llu-radiology/73310?token=bGx1cmFkMjc"
    rows = [(aby(d), "Virtual", "7:30 AM - 12:30 PM PST", sl) for d, sl in zip(ds, ["4", "6", "6"])]
    m = ib("inv-llu-rad", f"Interview Invitation: {P} - Diagnostic Radiology", pac("2026-11-02 10:00:41"), P,
           "Diagnostic Radiology - Advanced",
           "You have been invited to interview with Loma Linda University Health Diagnostic Radiology. Please "
           "schedule your interview by Nov 13, 2026 11:59 PM PST. After this time the invitation will expire.",
           (["Date", "Format", "Time", "Spots left"], rows), "Schedule your interview", url)
    add("b20-inv-ib-lomalinda-rad.eml", m,
        L("invitation", P, "interview_broker", DR, "advanced", "virtual", ds, "2026-11-13T23:59:00-08:00", url),
        {d: aby(d) for d in ds})


# 22 Providence Portland IM — date range, deadline in Pacific, Calendly
def inv_email_providence_im():
    P = "Providence Portland Medical Center"
    ds = ["2026-12-02", "2026-12-03", "2026-12-04"]
    url = "https://calendly.com/providence-portland-im/interview-day"
    text = f"""Dear Anahí,

Thank you for applying to the Categorical Internal Medicine Residency at {P}. We would be delighted to have you interview with us.

Our final interview week is December 2–4 (Wednesday through Friday); choose any one of the three days. Interviews are held on Zoom from 8:00 a.m. to 12:30 p.m. Pacific.

Please pick your day on our Calendly page by 8:00 a.m. Pacific on Monday, November 9:
{url}

Warm regards,
Siobhan Kalani
Internal Medicine Residency Coordinator
{P}
5050 NE Hoyt Street, Suite 540, Portland, OR 97213
"""
    m = finish(part(text), A("Kalani, Siobhan", "siobhan.kalani@providence.org"),
               "Providence Portland IM Residency – Interview Invitation", pac("2026-11-05 16:21:09"),
               mid("inv-prov-im", "providence.org"), senc="q")
    add("b20-inv-email-providence-im.eml", m,
        L("invitation", P, "email", IM, "categorical", "virtual", ds, "2026-11-09T08:00:00-08:00", url),
        {d: "December 2–4" for d in ds})


ALL = [inv_thal_ucsf_im, inv_eras_stanford_neuro, inv_html_ucdavis_obgyn, inv_email_harbor_im, inv_email_ucr_im,
       inv_ib_ucsd_neuro, inv_email_uci_obgyn, inv_fwd_ohsu_neuro, inv_pd_uw_neuro, inv_email_kpoak_im,
       inv_thal_cedars_rad, inv_email_scrippsmercy_ty, inv_eras_bannerphx_obgyn, inv_email_bannertuc_rad,
       inv_email_unm_neuro, inv_email_unr_im, inv_email_kerkorian_obgyn, inv_thal_vmf_ty,
       inv_email_highland_imprelim, inv_email_honorhealth_ty, inv_ib_lomalinda_rad, inv_email_providence_im]
