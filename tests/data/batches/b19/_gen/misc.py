"""The 10 info and 8 other mails of b19."""
from lib import *  # noqa: F401,F403
from inv import NW, UICCM, UNMC, UWSMPH


# ------------------------------------------------------------------ info

@message
def info_thal_platform_none():
    date = "2026-10-07T16:00:00+00:00"
    paras = [f"Hi {APPLICANT_NAME.split()[0]},",
             "Interview season is here! A few features to help you stay organized:",
             "• Calendar sync: subscribe to your Thalamus calendar from Google Calendar, Outlook or Apple Calendar "
             "so every scheduled interview shows up automatically.",
             "• Itinerary: each program's schedule, virtual links and contacts appear in your itinerary about a "
             "week before the interview.",
             "• Notifications: add noreply@thalamusgme.com to your contacts so invitations never land in spam.",
             "• Travel: Thalamus Travel can suggest flights and lodging for in-person interviews."]
    m = thalamus("Get ready for interview season with Thalamus", date, "Tips for interview season", [], paras,
                 ("Go to Thalamus", "https://app.thalamusgme.com/applicant"))
    return "b19-info-thal-platform-none.eml", m, dict(kind="info", platform="thalamus")


@message
def info_nrmp_rol_none():
    date = "2027-01-28T10:00:00-05:00"
    text = f"""Dear {APPLICANT_NAME},

NRMP ID: {NRMP_ID}

As interview season winds down, this is a reminder that Rank Order List entry for the 2027 Main
Residency Match opens on February 1, 2027 at 12:00 p.m. ET. The rank order list certification
deadline is March 3, 2027 at 9:00 p.m. ET.

You may rank any program where you interviewed. Remember that programs may not ask you how you
plan to rank them, and you should make your rank order list based on your true preferences.

Match Week begins Monday, March 15, 2027; Match Day is Friday, March 19, 2027.

Log in to the Registration, Ranking, and Results (R3) system: https://r3.nrmp.org/

National Resident Matching Program
2121 K Street, NW, Suite 1000, Washington, DC 20037
"""
    m = build(("NRMP", "support@nrmp.org"), "2027 Main Residency Match: Rank Order List entry opens February 1",
              date, text)
    return "b19-info-nrmp-rol-none.eml", m, dict(kind="info", platform="other")


@message
def info_eras_aamc_none():
    date = "2026-10-01T11:30:00-04:00"
    body = [
        "As programs begin extending interview invitations, please keep in mind:",
        "",
        "- Keep your contact information in MyERAS current; programs use the email on your application.",
        "- Programs may use the ERAS interview scheduler, third-party platforms, or email. Check your MyERAS "
        "Post Office and the Interviews section regularly.",
        "- If you can no longer attend a scheduled interview, cancel as early as possible (at least two weeks "
        "in advance where you can) so the slot can be offered to another applicant.",
        "",
        "Visit the ERAS Applicant Help Center: https://students-residents.aamc.org/eras-tools-and-worksheets-residency-applications",
    ]
    m = eras("ERAS: Interview season reminders", date, body)
    return "b19-info-eras-aamc-none.eml", m, dict(kind="info", platform="eras")


@message
def info_email_mcw_derm():
    date = "2026-11-23T12:30:00-06:00"
    ev = "2026-12-10"
    text = f"""Hello interview applicants,

Our residents are hosting an optional virtual meet-and-greet for everyone interviewing with the
Medical College of Wisconsin Dermatology Residency this season:

  {L(ev)}, 6:30 – 8:00 p.m. Central
  Zoom: https://mcw-edu.zoom.us/j/95512830017

This is an informal evening (no faculty, not evaluated) to ask about life in Milwaukee, clinics,
call and research. Feel free to drop in for as long as you like.

Cheers,
The MCW Dermatology Residents
Medical College of Wisconsin | 8701 Watertown Plank Road, Milwaukee, WI 53226
"""
    m = build(("Agnieszka Wróbel", "awrobel@mcw.edu"), "Resident meet-and-greet for MCW Derm applicants 🎉", date,
              text, to=("MCW Dermatology Applicants", "dermresidency@mcw.edu"), text_cte="quoted-printable")
    return "b19-info-email-mcw-derm.eml", m, dict(
        kind="info", program="Medical College of Wisconsin", platform="email", specialty="Dermatology")


@message
def info_email_uchicago_path():
    date = "2026-12-04T15:05:00-06:00"
    visit = "2027-01-29"
    text = f"""Dear Sofia,

Thank you for spending the day with us on Wednesday. We enjoyed getting to know you and hope you
had a chance to see what makes our department special.

A few notes as the season continues:
  - We will host an optional in-person visit day for interviewed applicants on {L(visit)}.
    Attendance has no effect on our rank list. RSVP details will follow in January.
  - Per the NRMP Match Communication Code of Conduct, we will not ask about your ranking plans,
    and we ask that you not feel obliged to send post-interview communication.

With best wishes,

Keisha Ambrose
Residency Program Coordinator, Department of Pathology
University of Chicago Medicine
"""
    m = build(("UChicago Pathology Residency", "pathres@bsd.uchicago.edu"), "Thank you for interviewing with "
              "UChicago Pathology", date, text)
    return "b19-info-email-uchicago-path.eml", m, dict(
        kind="info", program="University of Chicago Medicine", platform="email",
        specialty="Pathology-Anatomic and Clinical")


@message
def info_email_uwhealth_fm():
    date = "2026-10-05T12:00:00-05:00"
    qa = ["2026-10-13", "2026-10-27"]
    text = f"""Dear Family Medicine applicant,

Thank you for applying to the {UWSMPH} Family Medicine
Residency! Our department trains residents at several sites: Madison (Belleville, Northeast,
Verona and Wingra clinics), our rural Baraboo track, and Wausau (Aspirus). Each site has its own
NRMP code, so be sure your ERAS application lists every site you are interested in.

We are reviewing applications now and will send interview invitations on a rolling basis through
mid-November. In the meantime, join one of our virtual applicant Q&A nights:

  {L(qa[0])}, 7:00 p.m. Central
  {L(qa[1])}, 7:00 p.m. Central
  Zoom: https://uwmadison.zoom.us/j/97013354821

Best wishes,
Residency Recruitment Team
Department of Family Medicine and Community Health
{UWSMPH}
"""
    m = build(("UW Family Medicine Residency", "fmresidency@fammed.wisc.edu"),
              "Welcome from UW Family Medicine – applicant Q&A nights", date, text,
              to=("UW DFMCH Applicants", "fmresidency@fammed.wisc.edu"))
    return "b19-info-email-uwhealth-fm.eml", m, dict(
        kind="info", program=UWSMPH, platform="email", specialty="Family Medicine")


@message
def info_email_iowa_psych():
    date = "2026-11-20T09:00:00-06:00"
    text = f"""Dear Applicants,

Thank you for your interest in the Psychiatry Residency Program at the {UICCM}.
We want to let everyone know that all interview invitations for the 2027 Match have now been
sent. If you have not received an invitation, we are unfortunately unable to offer you an
interview this year.

For those interviewing with us: please watch for your Zoom details one week before your day.

Thank you,
Psychiatry Residency Program
{UICCM}
"""
    m = build(("University of Iowa Psychiatry Residency", "psychiatry-residency@healthcare.uiowa.edu"),
              "University of Iowa Psychiatry – interview invitation update", date, text,
              to=("Psychiatry Applicants 2027", "psychiatry-residency@healthcare.uiowa.edu"))
    return "b19-info-email-iowa-psych.eml", m, dict(
        kind="info", program=UICCM, platform="email", specialty="Psychiatry")


@message
def info_gme_unmc_none():
    date = "2026-10-19T08:00:00-05:00"
    text = f"""Welcome, residency applicants!

The Office of Graduate Medical Education at the {UNMC} and Nebraska Medicine
has put together a few resources for your interview season:

  * Applicant hub: https://www.unmc.edu/gme/applicants/
  * Discounted lodging: several Omaha hotels near campus offer an applicant rate; mention "UNMC
    Interview" when booking.
  * Parking: visitor parking is available in the Lied Transplant Center garage; bring your ticket to
    your program's check-in for validation.
  * Benefits and salary information for 2027–2028 residents is posted on the applicant hub.

Individual programs will contact you directly about interviews.

Office of Graduate Medical Education
{UNMC} | 986585 Nebraska Medical Center, Omaha, NE 68198
"""
    m = build(("UNMC Graduate Medical Education", "gme@unmc.edu"), "UNMC GME: resources for your interview season",
              date, text, to=("UNMC Residency Applicants", "gme@unmc.edu"))
    return "b19-info-gme-unmc-none.eml", m, dict(kind="info", program=UNMC, platform="email")


@message
def info_pd_northwestern_psych():
    date = "2026-12-05T10:10:00-06:00"
    text = f"""Dear Sofia,

Thank you for interviewing with the Northwestern Psychiatry Residency Program on Thursday. It was a
pleasure to meet you, and I hope the day gave you a clear picture of our residents, our training and
Chicago.

In keeping with the NRMP Match Communication Code of Conduct, we will not solicit information about
how you plan to rank programs, and no post-interview communication is expected. If you have any
questions, our chief residents are happy to talk with you.

Warm regards,

Dr. Eleanor Whitcombe-Asante
Program Director, Psychiatry Residency
{NW}
446 E. Ontario Street, Suite 7-200, Chicago, IL 60611
"""
    m = build(("Whitcombe-Asante, Eleanor", "psychiatry.residency@northwestern.edu"),
              "Thank you from Northwestern Psychiatry", date, text)
    return "b19-info-pd-northwestern-psych.eml", m, dict(
        kind="info", program=NW, platform="email", specialty="Psychiatry")


@message
def info_email_hennepin_imprelim():
    date = "2027-01-20T13:40:00-06:00"
    sl = "2027-02-12"
    text = f"""Dear Sofia,

Thank you again for interviewing with the Hennepin Healthcare Internal Medicine Residency.

We'd like to invite all interviewed applicants to an optional in-person Second Look on
{L(sl)}, 12:00–4:00 p.m., at Hennepin Healthcare, 701 Park Avenue, Minneapolis. You'll
tour the hospital, join noon conference and meet residents over dinner afterward. Attendance is
entirely optional and is not considered in our ranking.

If you'd like to come, RSVP here by February 5: https://forms.office.com/r/HHsecondlook27

Marit Solberg
Program Coordinator, Internal Medicine Residency
Hennepin Healthcare
"""
    m = build(("Solberg, Marit", "marit.solberg@hcmed.org"), "Second Look Day – Hennepin Internal Medicine", date,
              text)
    return "b19-info-email-hennepin-imprelim.eml", m, dict(
        kind="info", program="Hennepin Healthcare", platform="email", specialty="Internal Medicine")


# ------------------------------------------------------------------ other

@message
def oth_fwd_partner_im():
    date = "2026-11-02T19:48:10-06:00"
    orig = "2026-11-02T17:05:33+00:00"
    ds = ["2026-12-09", "2026-12-16", "2027-01-06"]
    text = f"""Sof!! UChicago IM just invited me 🎉 Can you check whether Dec 9 clashes with anything of
yours? I think your path day there is the 2nd so maybe we could both be in Hyde Park that week.

J

---------- Forwarded message ---------
From: Thalamus <noreply@thalamusgme.com>
Date: {gmail_quote_date(orig)}
Subject: Interview Invitation: University of Chicago Medical Center - Internal Medicine
To: Jonah Feld <jonah.feld.md@gmail.com>


You have a new interview invitation

Program: University of Chicago Medical Center - Internal Medicine (Categorical)
Interview Type: Virtual
Available Dates: {"; ".join(L(x) for x in ds)}
Respond By: November 9, 2026 at 11:59 PM CT

Dear Jonah Feld,

Congratulations! The University of Chicago Internal Medicine Residency has invited you to interview.
Log in to Thalamus to select an interview date.

View Invitation: https://app.thalamusgme.com/applicant/invitations/e2d86c13-4f9a-4b0e-9d71-0a5b3c8f2e64
"""
    m = build(("Jonah Feld", "jonah.feld.md@gmail.com"),
              "Fwd: Interview Invitation: University of Chicago Medical Center - Internal Medicine", date, text)
    return "b19-oth-fwd-partner-im.eml", m, dict(kind="other", platform="other")


@message
def oth_fwd_classmate_derm():
    date = "2026-11-21T22:10:05-06:00"
    orig = "2026-11-20T16:02:00-06:00"
    ds = ["2026-12-11", "2027-01-08"]
    text = f"""Hey Sofia – here's the Loyola derm invite I mentioned, so you can see the format they use
(they want a reply with ranked dates, no scheduling link). Fingers crossed yours is still coming!!

Aisha

-------- Forwarded Message --------
Subject: 	Loyola Dermatology – Interview Invitation
Date: 	{when(orig).strftime('%a, %d %b %Y %H:%M:%S %z')}
From: 	Loyola Dermatology Residency <dermresidency@luc.edu>
To: 	Aisha Benn-Whitaker <aisha.bennwhitaker@my.rfums.org>

Dear Ms. Benn-Whitaker,

On behalf of the Division of Dermatology at Loyola University Chicago Stritch School of Medicine,
we are pleased to invite you to interview for our residency program. Interviews will be held
virtually on {L(ds[0])} and {L(ds[1])}. Please reply with your ranked date
preferences within 72 hours.

Residency Selection Committee
Division of Dermatology
"""
    m = build(("Aisha Benn-Whitaker", "aisha.bennwhitaker@gmail.com"), "Fwd: Loyola Dermatology – Interview Invitation",
              date, text, extra=[("User-Agent", "Mozilla Thunderbird")])
    return "b19-oth-fwd-classmate-derm.eml", m, dict(kind="other", platform="other")


@message
def oth_email_rush_job():
    date = "2026-11-11T10:26:00-06:00"
    day = "2026-11-19"
    text = f"""Dear Sofia,

Thank you for applying for the Clinical Research Coordinator II position (Req. 27714) in the
Department of Psychiatry and Behavioral Sciences at Rush University Medical Center.

The hiring manager would like to schedule an interview with you. We have the following time
available:

  {L(day)}, 2:00 – 2:45 p.m. CT, Microsoft Teams

Please confirm through the Workday candidate portal:
https://rush.wd1.myworkdayjobs.com/en-US/Rush_Careers/userHome

Best regards,
Talent Acquisition
Rush University System for Health
"""
    m = build(("Rush Talent Acquisition", "talent_acquisition@rush.edu"),
              "Interview request – Clinical Research Coordinator II (Req. 27714)", date, text)
    return "b19-oth-email-rush-job.eml", m, dict(kind="other", platform="other")


@message
def oth_email_united_flight():
    date = "2026-10-28T07:14:51-05:00"
    out, back = "2026-12-13", "2026-12-14"
    text = f"""Thanks for choosing United, Sofia.

Confirmation number: K7QX2M

Flight 1 of 2   UA 4412 (operated by SkyWest dba United Express)
  {WDS(out)}, {d(out).strftime('%b')} {d(out).day}, {d(out).year}
  Chicago, IL (ORD)  5:10 PM   ->   Omaha, NE (OMA)  6:42 PM
  Seat 14A, Economy (K)

Flight 2 of 2   UA 4590 (operated by SkyWest dba United Express)
  {WDS(back)}, {d(back).strftime('%b')} {d(back).day}, {d(back).year}
  Omaha, NE (OMA)  6:05 PM   ->   Chicago, IL (ORD)  7:38 PM
  Seat 11C, Economy (K)

Traveler: SOFIA LINDQVISTRAMOS   MileagePlus: XXXXX418
Total: $287.40 USD

Manage your trip: https://www.united.com/en/us/manageres/mytrips
"""
    m = build(("United Airlines", "unitedairlines@united.com"), f"eTicket Itinerary and Receipt for Confirmation K7QX2M",
              date, text, text_cte="quoted-printable")
    return "b19-oth-email-united-flight.eml", m, dict(kind="other", platform="other")


@message
def oth_email_hilton_hotel():
    date = "2026-10-28T07:40:02-05:00"
    ci, co = "2026-12-13", "2026-12-14"
    text = f"""Dear Sofia,

Thank you for choosing Hilton Garden Inn Omaha Downtown/Old Market Area. Your reservation is confirmed.

Confirmation Number: 3398172650
Check-in:  {L(ci)} (3:00 PM)
Check-out: {L(co)} (12:00 PM)
Room: 1 King Bed, Non-Smoking
Rate: UNMC Interview Rate – $119.00 per night (plus taxes)

Hotel address: 1005 Dodge Street, Omaha, NE 68102 · +1 402-341-4400

Cancel without penalty until 11:59 PM local time one day before arrival.
Manage your reservation: https://www.hilton.com/en/book/reservation/find/
"""
    html = "<html><body style=\"font-family:Arial;font-size:14px\"><div style=\"background:#002f61;color:#fff;" \
           "padding:10px\">Hilton Garden Inn</div>" + "".join(
               f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>"
    m = build(("Hilton Garden Inn Omaha Downtown", "reservations@hilton.com"),
              f"Your reservation is confirmed – Hilton Garden Inn Omaha Downtown/Old Market Area", date, text, html,
              html_cte="base64")
    return "b19-oth-email-hilton-hotel.eml", m, dict(kind="other", platform="other")


@message
def oth_news_apa_psych():
    date = "2026-11-17T11:00:00-05:00"
    text = """APA Medical Student & Resident News | November 2026

INTERVIEW SEASON SURVIVAL GUIDE
Residents from programs across the Midwest, including Northwestern, UIC, the University of Iowa and
the University of Minnesota, share how they approached virtual interview days: what to ask about
call, psychotherapy training and wellness, and how to stay organized when invitations arrive.

ADVOCACY UPDATE
Graduate medical education funding, and what the latest Medicare rules mean for psychiatry residencies.

APA ANNUAL MEETING 2027
Registration opens in January. Medical students and residents-in-training attend at a reduced rate.

American Psychiatric Association | 800 Maine Avenue SW, Suite 900, Washington, DC 20024
Unsubscribe: https://www.psychiatry.org/unsubscribe
"""
    m = build(("American Psychiatric Association", "apa@psych.org"),
              "Interview season survival guide + APA Annual Meeting 2027", date, text,
              extra=[("List-Unsubscribe", "<https://www.psychiatry.org/unsubscribe>")])
    return "b19-oth-news-apa-psych.eml", m, dict(kind="other", platform="other")


@message
def oth_ooo_mayo_ty():
    date = "2026-11-05T07:12:44-06:00"
    text = """I am out of the office from November 5 through November 9 with limited access to email. I will
respond to your message when I return.

For urgent questions about Transitional Year interview scheduling, please contact
tyrochester@mayo.edu or call 507-555-0184.

Thank you,
Colleen Bjornstad
Program Coordinator, Transitional Year Residency – Rochester
"""
    m = build(("Bjornstad, Colleen M.", "bjornstad.colleen@mayo.edu"),
              "Automatic reply: Mayo Clinic Transitional Year (Rochester) — 2027 interview sessions", date, text,
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return "b19-oth-ooo-mayo-ty.eml", m, dict(kind="other", platform="other")


@message
def oth_news_matchprep_marketing():
    date = "2026-10-20T08:00:00-05:00"
    text = """Got your first interview invitation? 🎉

Don't walk in unprepared. MatchDay Mentors pairs you with a practicing residency faculty member for a
60-minute mock interview with written feedback, in your specialty.

This week only: 25% off with code INVITE25.

Book a session: https://www.matchdaymentors.com/mock-interview

MatchDay Mentors LLC · 220 N. Green Street, Chicago, IL 60607
You are receiving this email because you subscribed at matchdaymentors.com. Unsubscribe.
"""
    html = """<html><body style="font-family:Helvetica,Arial;font-size:15px">
<h1 style="color:#0b6e4f">Got your first interview invitation? 🎉</h1>
<p>Don't walk in unprepared. MatchDay Mentors pairs you with a practicing residency faculty member for a 60-minute
mock interview with written feedback, in your specialty.</p>
<p style="font-size:18px"><b>This week only: 25% off with code INVITE25.</b></p>
<p><a href="https://www.matchdaymentors.com/mock-interview" style="background:#0b6e4f;color:#fff;padding:10px 16px;text-decoration:none">Book a session</a></p>
<p style="font-size:11px;color:#888">MatchDay Mentors LLC · 220 N. Green Street, Chicago, IL 60607<br>
You are receiving this email because you subscribed at matchdaymentors.com. <a href="https://www.matchdaymentors.com/unsubscribe">Unsubscribe</a>.</p>
</body></html>"""
    m = build(("MatchDay Mentors", "hello@matchdaymentors.com"), "Your interview invitation is in. Now what? 🎉",
              date, text, html, html_cte="quoted-printable")
    return "b19-oth-news-matchprep-marketing.eml", m, dict(kind="other", platform="other")
