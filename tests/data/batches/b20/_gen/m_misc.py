"""Info (10) and other (8)."""
from lib import *
from platforms import *
from m_inv import IM, NEU, OB, DR, TY, FIRST


# ---------------------------------------------------------------- info
def info_email_ucsf_im():
    P = "University of California, San Francisco"
    a, b = "2026-11-18", "2027-01-06"
    text = f"""Dear Applicants,

We are delighted that you will be interviewing with the Internal Medicine Residency at the {P} this season! Our residents are hosting two optional virtual "Meet the Residents" socials, open to all invited applicants:

  • {longny(a)}, 6:00–7:30 p.m. PT
  • {long(b)}, 6:00–7:30 p.m. PT

Zoom: https://ucsf.zoom.us/j/91846203375 (no registration needed)

These socials are informal and are not part of the evaluation. Come with questions about life in San Francisco, our tracks (Primary Care, PRIME, Molecular Medicine) and anything else!

Warmly,
UCSF Internal Medicine Residency Program
{P}
"""
    body = alt(part(text), part(html_wrap(paras(text)), "html"), bnd("info-ucsf"))
    m = finish(body, A("UCSF IM Residency", "imresidency@ucsf.edu"), "UCSF IM – Meet the Residents socials",
               pac("2026-11-02 12:00:00"), mid("info-ucsf", "ucsf.edu"), to="undisclosed-recipients:;",
               senc="q")
    add("b20-info-email-ucsf-im.eml", m, L("info", P, "email", IM))


def info_email_ohsu_neuro():
    P = "Oregon Health & Science University"
    text = f"""Dear Neurology Applicants,

Thank you for applying to the Adult Neurology Residency Program at {P}. We want to let you know that all interview invitations for the 2026–2027 season have now been sent. If you have not received an invitation, we are unfortunately not able to offer you an interview this year.

We are grateful for your interest in OHSU and wish you the very best in the Match.

Sincerely,
OHSU Neurology Residency Program
{P}
"""
    m = finish(part(text), A("OHSU Neurology Residency", "neures@ohsu.edu"),
               "OHSU Neurology – 2026–2027 interview invitations complete", pac("2026-12-01 08:45:10"),
               mid("info-ohsu", "ohsu.edu"), to="undisclosed-recipients:;", senc="q")
    add("b20-info-email-ohsu-neuro.eml", m, L("info", P, "email", NEU))


def info_pd_uw_neuro():
    P = "University of Washington School of Medicine"
    text = f"""Dear Anahí,

Thank you for interviewing with us last Friday. It was a pleasure to meet you, and our faculty and residents enjoyed their conversations with you.

We would love to welcome you to Seattle for our optional in-person Second Look on {long("2027-02-05")}. You will tour Harborview Medical Center and UW Medical Center – Montlake, join residents for lunch and attend our Friday Grand Rounds. Please RSVP by {md("2027-01-22")} at https://forms.office.com/r/UWNeuroSecondLook27. Attendance is entirely optional and has no bearing on our rank list.

As a reminder, the NRMP rank order list certification deadline is {long("2027-03-03")}.

With best wishes,

Tobias Heinemann-Arce, MD
Program Director, Neurology Residency
{P}
"""
    html = html_wrap('<div style="font-family:Georgia,serif;max-width:680px">' + paras(text) + "</div>")
    body = alt(part(text), part(html, "html", "b64"), bnd("info-uw"))
    m = finish(body, A("Tobias Heinemann-Arce, MD", "neurores@uw.edu"), "Thank you from UW Neurology",
               pac("2026-12-14 17:05:40"), mid("info-uw", "uw.edu"))
    add("b20-info-pd-uw-neuro.eml", m, L("info", P, "email", NEU))


def info_email_scrippsmercy_ty():
    P = "Scripps Mercy Hospital San Diego"
    a, b = "2026-11-12", "2026-12-03"
    text = f"""Hello applicants!

Want to learn more before your interview day? Join the {P} Transitional Year residents for a virtual open house:

   {longny(a)} - 5:30 to 6:30 pm PT
   {longny(b)} - 5:30 to 6:30 pm PT

Zoom: https://scrippshealth.zoom.us/j/82296401153

No RSVP needed. We'll talk about our rotations in Hillcrest and Chula Vista, elective time and life in San Diego.

Gabriela Fontaine | GME Program Coordinator, Transitional Year
{P}
"""
    m = finish(part(text, enc="7bit"), A("Fontaine, Gabriela", "fontaine.gabriela@scrippshealth.org"),
               "Scripps Mercy TY Virtual Open House", pac("2026-11-06 09:00:00"),
               mid("info-scripps", "scrippshealth.org"), to="undisclosed-recipients:;")
    add("b20-info-email-scrippsmercy-ty.eml", m, L("info", P, "email", TY))


def info_email_ucdavis_obgyn():
    P = "UC Davis Health"
    text = f"""Dear Anahí,

Thank you for spending the day with us on Friday! We hope you enjoyed meeting our residents and learning about our program and Sacramento.

Post-interview Second Look: we are hosting an optional in-person Second Look on {long("2027-01-22")} at the UC Davis Medical Center. If you would like to attend, please reply to this message by {md("2027-01-08")}.

Please don't hesitate to reach out with any questions as you prepare your rank list.

Warmly,
Jasmine Okonkwo-Reyes
Residency Program Coordinator | Obstetrics & Gynecology Residency
{P}
"""
    m = finish(part(text), A("UC Davis Health OB/GYN Residency", "hs-obgynresidency@ucdavis.edu"),
               "Thank you for interviewing with UC Davis OB/GYN", pac("2026-12-07 16:12:09"),
               mid("info-ucd", "ucdavis.edu"))
    add("b20-info-email-ucdavis-obgyn.eml", m, L("info", P, "email", OB))


def info_thal_platform_none():
    m = thal("info-thal", "New in Thalamus: Calendar sync and interview day checklist", utc("2026-10-05 15:00:00"),
             "Interview season is here! This year you can sync scheduled interviews directly to Google Calendar or "
             "Outlook, and a new checklist helps you test your audio and video before each virtual interview.",
             [("Calendar sync", "Settings → Integrations → Connect calendar"),
              ("Tech check", "Available from your dashboard 24 hours before each interview")],
             "Go to Dashboard", "https://app.thalamusgme.com/applicant/dashboard",
             "Remember: programs communicate invitations through Thalamus, ERAS or email. Always check a program's "
             "website for its process.")
    add("b20-info-thal-platform-none.eml", m, L("info", None, "thalamus"))


def info_nrmp_rol_none():
    text = f"""Dear {APP_NAME},

The Rank Order List Entry period for the 2027 Main Residency Match opens at 12:00 p.m. ET on {long("2027-02-01")}.

Important dates:
  • Rank order list certification deadline: 9:00 p.m. ET, {long("2027-03-03")}
  • Match Week begins: {long("2027-03-15")}
  • Match Day: {long("2027-03-19")}

Log in to the R3® system to create and certify your rank order list: https://r3.nrmp.org/viewLoginPage
Applicant NRMP ID: N0572194

National Resident Matching Program®
2121 K Street, NW, Suite 1000, Washington, DC 20037
"""
    m = finish(part(text), A("NRMP", "support@nrmp.org"), "2027 Main Residency Match: Rank Order List Entry Opens Soon",
               et("2027-01-27 10:00:00"), mid("info-nrmp", "nrmp.org"))
    add("b20-info-nrmp-rol-none.eml", m, L("info", None, "other"))


def info_eras_aamc_none():
    body = """Interview season is underway. A few reminders from the ERAS team:

  • Interview invitations, waitlist offers and scheduling requests sent through the MyERAS interview scheduling feature appear in your MyERAS account and in this mailbox. Some programs use other scheduling platforms; check each program's instructions.
  • Make sure your email address and phone number in MyERAS are current.
  • Use the Post Office in MyERAS to review messages from programs.

Log in to MyERAS: https://apps.aamc.org/myeras-web/"""
    m = eras("info-eras", "ERAS 2027: Interview Season Reminders", et("2026-09-24 11:00:00"), body)
    add("b20-info-eras-aamc-none.eml", m, L("info", None, "eras"))


def info_email_bannerphx_obgyn():
    P = "Banner–University Medical Center Phoenix"
    a, b = "2026-11-12", "2026-12-10"
    text = f"""Hello future colleagues!

The OB/GYN residents at {P} are hosting virtual meet-and-greets for applicants who have received an interview invitation:

  {longny(a)}, 6:00 p.m. Arizona time
  {longny(b)}, 6:00 p.m. Arizona time

Join here: https://bannerhealth.zoom.us/j/97022615480

Come hang out, ask about call schedules, Phoenix living, and our family planning and MIGS experience. No need to RSVP.

Cheers,
The OB/GYN Resident Recruitment Committee
{P}
"""
    m = finish(part(text), A("Banner Phoenix OB/GYN Residents", "phx.obgyn.residency@bannerhealth.com"),
               "Banner Phoenix OB/GYN – Resident Meet & Greets 🌵", az("2026-11-02 13:00:00"),
               mid("info-bphx", "bannerhealth.com"), to="undisclosed-recipients:;")
    add("b20-info-email-bannerphx-obgyn.eml", m, L("info", P, "email", OB))


def info_gme_kpnc_none():
    P = "Kaiser Permanente Northern California"
    d = "2026-11-18"
    text = f"""Dear Applicant,

Thank you for your interest in Graduate Medical Education at {P}. Our GME office is hosting a virtual information session on benefits, salary, housing stipends and living in the Bay Area for all applicants to our residency programs:

   {long(d)}, 5:00–6:00 p.m. PT
   Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_KPNCgmeInfo27%40thread.v2/0

A recording will be posted on our website afterward.

Kaiser Permanente Northern California · Graduate Medical Education
Residency programs at: Oakland Medical Center · San Francisco Medical Center · Santa Clara Medical Center · Sacramento Medical Center · Vallejo Medical Center · Fremont Medical Center · Napa-Solano · Modesto
"""
    m = finish(part(text), A("KP Northern California GME", "nca-gme-recruitment@kp.org"),
               "KPNC GME Applicant Info Session – Benefits & Bay Area Living", pac("2026-11-09 08:00:00"),
               mid("info-kpnc", "kp.org"), to="undisclosed-recipients:;", senc="q")
    add("b20-info-gme-kpnc-none.eml", m, L("info", P, "email"))


# ---------------------------------------------------------------- other
def oth_fwd_partner_fm():
    fw = "2026-10-24 20:15:44"
    orig = "2026-10-24 18:02:00"
    ds = ["2026-11-17", "2026-12-01", "2026-12-15"]
    text = f"""Babe look!! Fontana came through 🎉 Can you help me pick a date tonight? I want one that doesn't clash with your December interviews.

---------- Forwarded message ---------
From: Thalamus <no-reply@thalamusgme.com>
Date: {gmail_on(orig)}
Subject: Interview Invitation: Kaiser Permanente Fontana Medical Center - Family Medicine
To: Tomás Herrera <tomas.herrera.do27@gmail.com>


Hi Tomás,

You have received an interview invitation from Kaiser Permanente Fontana Medical Center - Family Medicine. Select an available date in Thalamus before the response deadline.

Program: Kaiser Permanente Fontana Medical Center - Family Medicine
Interview format: Virtual
Available dates: {long(ds[0])}; {long(ds[1])}; {long(ds[2])}
Respond by: November 2, 2026 11:59 PM PT

View Invitation: https://app.thalamusgme.com/applicant/invitations/5c0e8b12-7d43-4a91-b6f2-0e9d3c7a1f58

— The Thalamus Team
"""
    m = finish(part(text), A("Tomás Herrera", "tomas.herrera.do27@gmail.com"),
               "Fwd: Interview Invitation: Kaiser Permanente Fontana Medical Center - Family Medicine",
               pac(fw), mid("oth-partner", "mail.gmail.com"))
    add("b20-oth-fwd-partner-fm.eml", m, L("other", None, "other"))


def oth_fwd_classmate_obgyn():
    fw = "2026-10-29 21:02:18"
    orig = "2026-10-29 14:40:00"
    ds = ["2026-11-20", "2026-12-11"]
    text = f"""Did you get this one too?? I thought Stanford OB only took like 4 people from outside. Calling you tomorrow!

Priya

---------- Forwarded message ---------
From: Stanford OB/GYN Residency <obgynresidency@stanford.edu>
Date: {gmail_on(orig)}
Subject: Stanford Obstetrics & Gynecology Residency - Interview Invitation
To: <priya.raghunathan@cdrewu.edu>


Dear Priya,

Congratulations! We are pleased to invite you to interview with the Obstetrics & Gynecology Residency Program at Stanford University School of Medicine. Our virtual interview dates are {longny(ds[0])} and {longny(ds[1])}. Please select a date at https://forms.gle/StanfordOBGYN27 within 72 hours.

Sincerely,
Stanford OB/GYN Residency Program
"""
    m = finish(part(text), A("Priya Raghunathan", "priya.raghunathan@cdrewu.edu"),
               "Fwd: Stanford Obstetrics & Gynecology Residency - Interview Invitation", pac(fw),
               mid("oth-classmate", "cdrewu.edu"))
    add("b20-oth-fwd-classmate-obgyn.eml", m, L("other", None, "other"))


def oth_ooo_providence_im():
    text = """Thank you for your email. I am out of the office with limited access to email and will return on Monday, November 30.

For urgent matters regarding the Internal Medicine Residency, please contact the GME office at (503) 555-0164.

Siobhan Kalani
Internal Medicine Residency Coordinator
Providence Portland Medical Center
"""
    m = finish(part(text, enc="7bit"), A("Kalani, Siobhan", "siobhan.kalani@providence.org"),
               "Automatic reply: Question about the December interview day", pac("2026-11-23 10:15:02"),
               mid("oth-ooo", "providence.org"),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("In-Reply-To", mid("ask-prov", "mail.gmail.com"))])
    add("b20-oth-ooo-providence-im.eml", m, L("other", None, "other"))


def oth_email_southwest_flight():
    out, back = "2026-12-17", "2026-12-18"
    text = f"""Southwest Airlines

You're going to Las Vegas!

Confirmation #: 8KQ2ZT
Passenger: ANAHI VILLASENOR
Rapid Rewards #: 61184720335

DEPARTING FLIGHT  {aby(out)}
  Flight 2183  Los Angeles (LAX) 6:40 PM  ->  Las Vegas (LAS) 7:55 PM
  Fare: Wanna Get Away

RETURNING FLIGHT  {aby(back)}
  Flight 1467  Las Vegas (LAS) 6:05 PM  ->  Los Angeles (LAX) 7:15 PM
  Fare: Wanna Get Away

Total: $148.96

Check in 24 hours before departure at southwest.com or in the Southwest app.
Southwest Airlines Co. | P.O. Box 36647, Dallas, TX 75235
"""
    body = alt(part(text), part(html_wrap("<pre>" + esc(text) + "</pre>"), "html"), bnd("oth-swa"))
    m = finish(body, A("Southwest Airlines", "SouthwestAirlines@ifly.southwest.com"),
               f"Your trip confirmation (LAX - LAS) - 8KQ2ZT", pac("2026-11-11 21:44:09"),
               mid("oth-swa", "ifly.southwest.com"))
    add("b20-oth-email-southwest-flight.eml", m, L("other", None, "other"))


def oth_email_ucsf_job():
    d = "2026-11-16"
    text = f"""Hi Anahí,

Thank you for applying to the Clinical Research Coordinator II position (Req #89012) in the Memory and Aging Center at UCSF. Dr. Lindgren would like to invite you to a 45-minute interview with the lab on {long(d)}, at 10:00 a.m. PT via Zoom.

Please confirm your availability by replying to this email. This is a one-year gap-year research position starting July 2027; we understand you are also applying to residency.

Best regards,
Farah Haddad
Lab Manager, Lindgren Lab
UCSF Weill Institute for Neurosciences
"""
    m = finish(part(text), A("Haddad, Farah", "farah.haddad@ucsf.edu"),
               "Interview invitation - Clinical Research Coordinator II (Req #89012)", pac("2026-11-06 14:02:55"),
               mid("oth-ucsfjob", "ucsf.edu"))
    add("b20-oth-email-ucsf-job.eml", m, L("other", None, "other"))


def oth_news_aan_neuro():
    text = """AAN Student & Resident Section Newsletter — November 2026

IN THIS ISSUE
• Interview season survival guide: preparing for virtual interviews, thank-you notes, and second looks
• Spotlight: neurology residency programs in the West — University of Washington, OHSU, UCSF and UNM residents share their favorite parts of training
• Apply now: AAN Medical Student Summer Research Scholarship
• 2027 AAN Annual Meeting: student registration is open

Read online: https://www.aan.com/students/newsletter/2026-11

American Academy of Neurology · 201 Chicago Avenue, Minneapolis, MN 55415
Unsubscribe: https://www.aan.com/unsubscribe?u=av27
"""
    body = alt(part(text), part(html_wrap(paras(text)), "html"), bnd("oth-aan"))
    m = finish(body, A("American Academy of Neurology", "news@aan.com"),
               "Interview season tips, program spotlights and more", et("2026-11-05 10:00:00"),
               mid("oth-aan", "aan.com"), extra=[("List-Unsubscribe", "<https://www.aan.com/unsubscribe?u=av27>")])
    add("b20-oth-news-aan-neuro.eml", m, L("other", None, "other"))


def oth_phish_eras():
    text = """MyERAS Security Notice

Dear Applicant,

We detected unusual sign-in activity on your MyERAS account. To avoid suspension of your application and loss of pending interview invitations, verify your account within 24 hours:

https://myeras-verify-account.com/login?ref=interview

If you do not verify, programs will not be able to send you interview invitations.

ERAS Support Team
"""
    m = finish(part(text, enc="7bit"), A("ERAS Support", "eras-support@myeras-verify-account.com"),
               "URGENT: Verify your MyERAS account to keep your interview invitations", utc("2026-11-15 04:12:00"),
               mid("oth-phish", "myeras-verify-account.com"))
    add("b20-oth-phish-myeras-none.eml", m, L("other", None, "other"))


def oth_email_marriott_hotel():
    ci, co = "2026-12-17", "2026-12-18"
    text = f"""Reservation Confirmation

Thank you for choosing Courtyard Las Vegas Convention Center.

Guest: Anahí Villaseñor
Confirmation Number: 71938264
Check-in: {longny(ci)}, 2026 (4:00 PM)
Check-out: {longny(co)}, 2026 (11:00 AM)
Room: 1 King Bed, Guest room
Rate: KSOM interview rate, $119.00 per night

3275 Paradise Road, Las Vegas, NV 89109 · (702) 555-0120
Marriott Bonvoy · Manage your reservation at marriott.com
"""
    body = alt(part(text), part(html_wrap(paras(text)), "html"), bnd("oth-marriott"))
    m = finish(body, A("Courtyard Las Vegas Convention Center", "courtyard@res.marriott.com"),
               "Reservation Confirmation #71938264 for Courtyard Las Vegas Convention Center",
               pac("2026-11-11 21:58:30"), mid("oth-marriott", "res.marriott.com"))
    add("b20-oth-email-marriott-hotel.eml", m, L("other", None, "other"))


ALL = [info_email_ucsf_im, info_email_ohsu_neuro, info_pd_uw_neuro, info_email_scrippsmercy_ty,
       info_email_ucdavis_obgyn, info_thal_platform_none, info_nrmp_rol_none, info_eras_aamc_none,
       info_email_bannerphx_obgyn, info_gme_kpnc_none,
       oth_fwd_partner_fm, oth_fwd_classmate_obgyn, oth_ooo_providence_im, oth_email_southwest_flight,
       oth_email_ucsf_job, oth_news_aan_neuro, oth_phish_eras, oth_email_marriott_hotel]
