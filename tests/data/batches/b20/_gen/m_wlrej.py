"""Waitlists (8) and rejections (9)."""
from lib import *
from platforms import *
from m_inv import IM, NEU, OB, DR, TY, FIRST

UCI_WL_DATE = "2026-10-27 10:05:12"
UCI_WL_TEXT = f"""Dear {FIRST},

Thank you for applying to the Obstetrics and Gynecology Residency Program at UC Irvine Health. We received more than 900 applications for six positions this year, and the committee was impressed by yours.

At this time we are not able to offer you an interview, but we have placed you on our interview waitlist. Our interview season runs from late November through mid-January, and if a spot opens we will contact you by email right away.

We appreciate your interest and wish you the best this season.

Kind regards,
Kimberly Nguyen
Residency Coordinator, Department of Obstetrics & Gynecology
UC Irvine Health
333 City Blvd. West, Suite 1400, Orange, CA 92868
"""


def wl_email_uci_obgyn():
    m = finish(part(UCI_WL_TEXT), A("UCI OB/GYN Residency", "obgynres@hs.uci.edu"),
               "UC Irvine OB/GYN Interview Status - Waitlist", pac(UCI_WL_DATE), mid("wl-uci-ob", "hs.uci.edu"))
    add("b20-wl-email-uci-obgyn.eml", m, L("waitlist", "UC Irvine Health", "email", OB))


def wl_thal_olive_im():
    P = "Olive View-UCLA Medical Center"
    m = thal("wl-olive", f"Interview Invitation Update - {P}", utc("2026-10-22 21:15:07"),
             f"{P} - Internal Medicine has placed you on their interview waitlist. If an interview date becomes "
             "available, you will receive an invitation through Thalamus and an email notification.",
             [("Program", f"{P} - Internal Medicine"), ("Status", "Waitlisted")],
             outro="Message from the program: Thank you for your interest in Olive View-UCLA. We received an "
                   "extraordinary number of strong applications and have limited interview spots. We will reach "
                   "out if a spot opens.")
    add("b20-wl-thal-olive-im.eml", m, L("waitlist", P, "thalamus", IM))


def wl_eras_ohsu_rad():
    P = "Oregon Health & Science University"
    body = f"""The following program has updated the status of your interview invitation in MyERAS.

Program: {P} Program
Program Number: 4204000107
Specialty: Diagnostic Radiology - Advanced
Status: Waitlisted

Message from the program:
Thank you for applying to OHSU Diagnostic Radiology. All of our interview dates are currently full, and we have added you to our waitlist. If a date opens, an invitation will appear in MyERAS.

You can review your invitations in MyERAS:
{ERAS_URL}"""
    m = eras("wl-ohsu-rad", f"MyERAS: Interview Status Update from {P} Program", et("2026-11-12 13:55:02"), body)
    add("b20-wl-eras-ohsu-rad.eml", m, L("waitlist", P, "eras", DR, "advanced"))


def wl_email_swedish_im():
    P = "Swedish Medical Center"
    url = "https://forms.gle/SwedishIMwaitlist27"
    text = f"""Dear Anahí,

Thank you for applying to the Internal Medicine Residency at {P} (First Hill, Seattle). Our interview days are now full, but we would like to keep you on our waitlist.

If you would like to remain on the waitlist, please complete this short opt-in form by 5:00 p.m. PT on Friday, November 20:
{url}

If a spot opens we will email waitlisted applicants who opted in, in the order of our committee's review.

Best wishes,
Ingrid Solheim-Baptiste
Program Coordinator, Internal Medicine Residency
{P}
1401 Madison Street, Suite 400, Seattle, WA 98104
"""
    m = finish(part(text), A("Swedish IM Residency", "im.residency@swedish.org"),
               "Swedish Internal Medicine Residency – Waitlist", pac("2026-11-13 09:47:55"),
               mid("wl-swedish", "swedish.org"), senc="q")
    add("b20-wl-email-swedish-im.eml", m,
        L("waitlist", P, "email", IM, respond_by="2026-11-20T17:00:00-08:00", url=url))


def wl_email_creighton_im():
    P = "Creighton University School of Medicine Phoenix Regional Campus"
    text = f"""Dear Applicant,

Thank you for your interest in the Internal Medicine Residency Program at {P}. We appreciate the time and effort you put into your application.

We received a record number of applications this year. While we are unable to extend an interview invitation at this time, we were impressed with your application and have placed you on our alternate list. Should an interview date become available, we will contact you by email.

Sincerely,

The Internal Medicine Residency Selection Committee
{P}
350 W. Thomas Road, Phoenix, AZ 85013
"""
    m = finish(part(text, enc="b64"), A("Creighton Phoenix IM Residency", "phxim@creighton.edu"),
               "Interview Invitation – Creighton Phoenix Internal Medicine", az("2026-11-06 15:30:12"),
               mid("wl-creighton", "creighton.edu"), senc="q")
    add("b20-wl-email-creighton-im.eml", m, L("waitlist", P, "email", IM))


def wl_ib_uw_rad():
    P = "University of Washington"
    url = "https://www.interviewbroker.com/applicant/waitlist/uw-radiology/48207?token=dXdyYWQyMDI3"
    m = ib("wl-uw-rad", f"Waitlist Notification: {P} - Diagnostic Radiology", pac("2026-11-18 12:06:51"), P,
           "Diagnostic Radiology",
           "Thank you for applying to the University of Washington Diagnostic Radiology Residency. All interview "
           "dates are currently full, and the program has placed you on its waitlist. To be notified "
           "automatically when a date opens, please opt in below.",
           None, "Join the waitlist", url,
           "Opting in does not guarantee an interview. You may leave the waitlist at any time.")
    add("b20-wl-ib-uw-rad.eml", m, L("waitlist", P, "interview_broker", DR, url=url))


def wl_email_kpsc_im():
    P = "Kaiser Permanente Santa Clara Medical Center"
    text = f"""Hi Anahí,

Thank you for your application to the Internal Medicine Residency at {P}. Our interview spots for this season have been filled; however, the Program Director asked me to let you know that you are on our waitlist and we will reach out if a spot becomes available.

Thanks again for your interest in Kaiser Santa Clara.

Regards,
Paolo Dimaculangan
Residency Coordinator, Internal Medicine
{P}
700 Lawrence Expressway, Santa Clara, CA 95051
"""
    body = alt(part(text), part(html_wrap(paras(text)), "html"), bnd("wl-kpsc", "outlook"))
    m = finish(body, A("Dimaculangan, Paolo", "paolo.x.dimaculangan@kp.org"), "KP Santa Clara IM - Waitlist",
               pac("2026-11-09 17:02:33"), mid("wl-kpsc", "kp.org"))
    add("b20-wl-email-kpsc-im.eml", m, L("waitlist", P, "email", IM))


def wl_email_legacy_im():
    P = "Legacy Good Samaritan Medical Center"
    text = f"""Dear Anahí Villaseñor,

Thank you for applying to the Internal Medicine Residency Program at {P} in Portland, Oregon.

Our interview schedule is currently full. We have placed you on our interview wait list, and if a spot opens we will email you with the available dates.

We appreciate your interest in Legacy.

Sincerely,
Internal Medicine Residency Program
{P}
1015 NW 22nd Avenue, Portland, OR 97210
"""
    m = finish(part(text, enc="b64"), A("Legacy IM Residency", "imresidency@lhs.org"),
               "Legacy Internal Medicine Residency Application", pac("2026-10-30 10:44:20"),
               mid("wl-legacy", "lhs.org"))
    add("b20-wl-email-legacy-im.eml", m, L("waitlist", P, "email", IM))


# ---------------------------------------------------------------- rejections
def rej_email_ucla_rad():
    P = "Ronald Reagan UCLA Medical Center"
    text = f"""Dear Applicant,

Thank you for applying to the Diagnostic Radiology Residency at {P}. We received over 1,100 applications for our advanced positions this year.

After careful review, we regret that we are unable to offer you an interview. This decision reflects the extraordinary size of our applicant pool and not a judgment of your abilities.

We wish you success in the Match.

Sincerely,
Diagnostic Radiology Residency Program
{P}
"""
    m = finish(part(text, enc="7bit"), A("UCLA Radiology Residency", "radresidency@mednet.ucla.edu"),
               "Interview Invitation – UCLA Diagnostic Radiology", pac("2026-11-11 18:30:00"),
               mid("rej-ucla-rad", "mednet.ucla.edu"), senc="q")
    add("b20-rej-email-ucla-rad.eml", m, L("rejection", P, "email", DR))


def rej_email_stanford_im():
    P = "Stanford University School of Medicine"
    text = f"""Dear Anahí,

Thank you for your interest in the Internal Medicine Residency Program at {P}. We sincerely appreciate the time you invested in your application.

We received an exceptional number of applications this season. Unfortunately, we are not able to offer you an interview this year.

We wish you the very best in your career.

Sincerely,
Internal Medicine Residency Program
{P}
"""
    body = alt(part(text), part(html_wrap(paras(text)), "html"), bnd("rej-stan-im"))
    m = finish(body, A("Stanford Internal Medicine Residency", "imresidency@stanford.edu"),
               "Stanford Internal Medicine Residency Application Update", pac("2026-10-28 17:45:12"),
               mid("rej-stan-im", "stanford.edu"))
    add("b20-rej-email-stanford-im.eml", m, L("rejection", P, "email", IM))


def rej_thal_keck_neuro():
    P = "Keck School of Medicine of USC"
    m = thal("rej-keck", f"Application Update: {P} - Neurology", utc("2026-11-03 23:10:54"),
             f"{P} - Neurology has reviewed your application. Unfortunately, the program is unable to offer you "
             "an interview at this time.",
             [("Program", f"{P} - Neurology"), ("Status", "Not selected for interview")],
             outro="We know this is not the news you were hoping for. You can continue to manage your other "
                   "invitations in Thalamus.")
    add("b20-rej-thal-keck-neuro.eml", m, L("rejection", P, "thalamus", NEU))


def rej_email_scrippsgreen_im():
    P = "Scripps Green Hospital"
    text = f"""Dear Ms. Villaseñor,

Thank you for applying to the Internal Medicine Residency at {P} in La Jolla. We have completed our review of applications, and we regret to inform you that we are unable to offer you an interview for the 2027 Match.

Please know that our decisions are difficult and reflect the limited number of interview positions available.

With best wishes,
Internal Medicine Residency Program
{P}
10666 N. Torrey Pines Road, La Jolla, CA 92037
"""
    m = finish(part(text), A("Scripps Green IM Residency", "greenim@scrippshealth.org"),
               "Scripps Green Internal Medicine – Application Status", pac("2026-11-17 08:30:12"),
               mid("rej-green", "scrippshealth.org"), senc="q")
    add("b20-rej-email-scrippsgreen-im.eml", m, L("rejection", P, "email", IM))


def rej_email_stvincent_im():
    P = "Providence St. Vincent Medical Center"
    asked = "2026-11-16 21:08:00"
    text = f"""Hi Anahí,

Thank you for reaching out. I'm sorry to say that our interview season is full and we will not be able to offer you an interview this year. We truly appreciate your interest in {P}.

Best of luck this season,
Maren Okafor
Program Coordinator, Internal Medicine Residency
{P}
9205 SW Barnes Road, Portland, OR 97225

From: Anahí Villaseñor <{APP}>
Sent: {outlook_sent(asked)}
To: Okafor, Maren <maren.okafor@providence.org>
Subject: Application status inquiry - Internal Medicine

Dear Ms. Okafor,

I hope you are well. I wanted to reiterate my strong interest in the Internal Medicine residency at Providence St. Vincent and ask whether my application is still under consideration for an interview. I have family in Beaverton and would love to train in Portland.

Thank you for your time,
Anahí Villaseñor
"""
    body = alt(part(text), part(html_wrap(paras(text)), "html"), bnd("rej-stv", "outlook"))
    m = finish(body, A("Okafor, Maren", "maren.okafor@providence.org"),
               "RE: Application status inquiry - Internal Medicine", pac("2026-11-20 12:02:44"),
               mid("rej-stv", "providence.org"), extra=[("In-Reply-To", mid("ask-stv", "mail.gmail.com"))])
    add("b20-rej-email-stvincent-im.eml", m, L("rejection", P, "email", IM))


def rej_ib_cedars_obgyn():
    P = "Cedars-Sinai Medical Center"
    m = ib("rej-cedars-ob", f"Application Update: {P} - Obstetrics and Gynecology", pac("2026-11-04 09:20:11"),
           P, "Obstetrics and Gynecology",
           "Thank you for your interest in the Cedars-Sinai Obstetrics and Gynecology Residency Program. The "
           "program has completed its review, and we regret that we are not able to offer you an interview "
           "this season.")
    add("b20-rej-ib-cedars-obgyn.eml", m, L("rejection", P, "interview_broker", OB))


def rej_email_bannertuc_neuro():
    P = "Banner – University Medical Center Tucson"
    text = f"""Dear Anahí Villaseñor,

Thank you for applying to the Neurology Residency Program at {P}. After a thorough review of all applications, we regret to inform you that we are unable to offer you an interview this season.

We wish you every success in the Match.

Sincerely,
Neurology Residency Program
{P}
"""
    m = finish(part(text), A("Banner Tucson Neurology Residency", "tucson.neurology.residency@bannerhealth.com"),
               "Neurology Residency Application – Banner Tucson", az("2026-11-24 14:05:37"),
               mid("rej-btuc-neuro", "bannerhealth.com"), senc="q")
    add("b20-rej-email-bannertuc-neuro.eml", m, L("rejection", P, "email", NEU))


def rej_eras_unm_obgyn():
    P = "University of New Mexico"
    body = f"""The following program has updated your application status in MyERAS.

Program: {P} Program
Program Number: 2203421086
Specialty: Obstetrics and Gynecology
Status: Not Selected for Interview

Message from the program:
Thank you for your interest in the UNM Obstetrics and Gynecology Residency. We are unable to offer you an interview this year and wish you the best in the Match.

Log in to MyERAS to view your applications:
https://apps.aamc.org/myeras-web/#/landing/applications"""
    m = eras("rej-unm-ob", f"MyERAS: Application Status Update from {P} Program", et("2026-11-16 10:12:59"), body)
    add("b20-rej-eras-unm-obgyn.eml", m, L("rejection", P, "eras", OB))


def rej_email_olive_im():
    P = "Olive View-UCLA Medical Center"
    text = f"""Dear Applicants,

Thank you for your patience while on our interview waitlist. We have now completed our final interview day of the season, and we will not be able to offer additional interviews.

We are grateful for your interest in the Internal Medicine Residency at {P} and wish you the very best in the Match.

Warmly,
Internal Medicine Residency Program
{P}
14445 Olive View Drive, Sylmar, CA 91342
"""
    m = finish(part(text), A("Olive View-UCLA IM Residency", "oliveviewim@dhs.lacounty.gov"),
               "Olive View-UCLA Internal Medicine – Waitlist Update", pac("2027-01-15 16:40:22"),
               mid("rej-olive", "dhs.lacounty.gov"), to="undisclosed-recipients:;",
               senc="q")
    add("b20-rej-email-olive-im.eml", m, L("rejection", P, "email", IM))


ALL = [wl_email_uci_obgyn, wl_thal_olive_im, wl_eras_ohsu_rad, wl_email_swedish_im, wl_email_creighton_im,
       wl_ib_uw_rad, wl_email_kpsc_im, wl_email_legacy_im,
       rej_email_ucla_rad, rej_email_stanford_im, rej_thal_keck_neuro, rej_email_scrippsgreen_im,
       rej_email_stvincent_im, rej_ib_cedars_obgyn, rej_email_bannertuc_neuro, rej_eras_unm_obgyn,
       rej_email_olive_im]
