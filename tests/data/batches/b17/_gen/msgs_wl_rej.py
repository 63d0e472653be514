"""8 waitlist, 9 rejection."""
from lib import *

# ================================================================ WAITLIST
# W1 UCSF Neurology / Thalamus, quotes "interview invitation"
text = """Dear Maren,

Thank you for applying to the UCSF Neurology Residency Program. We received a record number of applications this year, and we regret that we are unable to extend an interview invitation to you at this time.

However, we were impressed with your application and have placed you on our interview waitlist. Should an interview spot become available, you will receive an interview invitation through Thalamus, so please keep your notifications turned on.

Thank you again for your interest in the University of California, San Francisco.

UCSF Neurology Residency Program
Department of Neurology, Weill Institute for Neurosciences
""" + thalamus_footer_text()
html = thalamus_html("Update from University of California, San Francisco - Neurology", paras(text.split("\n--\n")[0]))
add("b17-wl-thal-ucsf-neuro.eml",
    dict(kind="waitlist", program="University of California, San Francisco", platform="thalamus", specialty="Neurology"),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Application Update: University of California, San Francisco - Neurology",
    "2026-10-30 19:12:10 +0000", text, html)

# W2 Intermountain TY waitlist (later becomes invitation)
text = """Dear Maren,

Thank you for your application to the Intermountain Medical Center Transitional Year Program. Our interview days have filled, and we are not able to offer you an interview at this time. We would, however, like to place you on our waitlist. We often have openings as the season goes on, and if a spot becomes available we will email you directly.

There is nothing you need to do to remain on the waitlist.

Best regards,

Brynn Halvorsen
GME Program Coordinator – Transitional Year
Intermountain Health | Intermountain Medical Center
5121 S. Cottonwood Street, Murray, UT 84107
"""
add("b17-wl-email-intermountain-ty.eml",
    dict(kind="waitlist", program="Intermountain Medical Center", platform="email", specialty="Transitional Year",
         track="transitional"),
    "Brynn Halvorsen <Brynn.Halvorsen@imail.org>",
    "Intermountain Transitional Year – Application Status",
    "2026-10-30 11:02:33 -0600", text, cte="quoted-printable")

# W3 UCLA Radiology advanced / MyERAS Post Office
text = """You have a new message in your MyERAS Post Office.

From: David Geffen School of Medicine at UCLA Program - Radiology-Diagnostic (Advanced)
Subject: Interview Waitlist - UCLA Diagnostic Radiology

Message:
Dear Applicant,

Thank you for applying to the Diagnostic Radiology Residency Program in the Department of Radiological Sciences at the David Geffen School of Medicine at UCLA. Our committee has completed its initial review. While we cannot offer you an interview at this time, we have placed you on our alternate list. If an interview becomes available, we will send an invitation through the ERAS interview scheduler.

Sincerely,
UCLA Diagnostic Radiology Residency Program

To view this message, sign in to MyERAS: https://apps.aamc.org/myeras-web/#/landing/postoffice

Please do not reply to this email. This mailbox is not monitored.
"""
add("b17-wl-eras-ucla-radio.eml",
    dict(kind="waitlist", program="David Geffen School of Medicine at UCLA", platform="eras",
         specialty="Radiology-Diagnostic", track="advanced"),
    "MyERAS Post Office <myeras@aamc.org>",
    "MyERAS: You have a new message from David Geffen School of Medicine at UCLA Program",
    "2026-11-02 09:18:40 -0500", text)

# W4 OHSU Psychiatry / formal, opt-in form with deadline
url = "https://ohsu.ca1.qualtrics.com/jfe/form/SV_psychWaitlist2027"
text = f"""Dear Maren Okafor,

Thank you for your application to the Oregon Health & Science University Psychiatry Residency Program. This year we received more than 1,400 applications for 10 categorical positions, and we have been extremely impressed with the quality of our applicant pool.

At this time, we have filled our available interview slots. We would like to offer you a place on our interview waitlist. As cancellations occur, we extend interview invitations to waitlisted applicants on a rolling basis through mid-January.

If you wish to remain on our waitlist, please complete the brief form below by November 13 at 5:00 p.m. PST. Applicants who do not complete the form will be removed from the waitlist.

{url}

With appreciation,

Jonah Whitaker, MD
Director of Residency Training
OHSU Department of Psychiatry, 3181 SW Sam Jackson Park Road, Portland, OR 97239
"""
html = letter_html(paras(text.replace(url, f'<a href="{url}">Confirm my place on the waitlist</a>')),
                   "OHSU Department of Psychiatry &middot; Residency Training", "#5e9732")
add("b17-wl-email-ohsu-psych.eml",
    dict(kind="waitlist", program="Oregon Health & Science University", platform="email", specialty="Psychiatry",
         respond_by=rbz("2026-11-13 17:00", PAC), schedule_url=url),
    "OHSU Psychiatry Residency <psychres@ohsu.edu>",
    "OHSU Psychiatry Residency - Interview Waitlist",
    "2026-11-04 16:20:05 -0800", text, html)

# W5 Stanford Anesthesiology / Interview Broker waitlist with deadline
url = "https://www.interviewbroker.com/applicant/waitlist/stanford-anesthesiology/77310?token=c3RhbmVzMjc"
text = f"""Dear Maren Okafor,

Stanford University - Anesthesiology has added you to its interview waitlist.

You are not currently scheduled for an interview. If space becomes available, the program may offer you an interview date through Interview Broker.

To remain on the waitlist, log in and mark the dates you would be available by Nov 20, 2026 at 5:00 PM PT:
{url}

Interview Broker
"""
html = ib_html(paras("Dear Maren Okafor,\n\n<b>Stanford University - Anesthesiology</b> has added you to its interview waitlist.\n\nYou are not currently scheduled for an interview. If space becomes available, the program may offer you an interview date through Interview Broker.\n\nTo remain on the waitlist, log in and mark the dates you would be available by <b>Nov 20, 2026 at 5:00 PM PT</b>."),
               button=("Update Waitlist Availability", url))
add("b17-wl-ib-stanford-anes.eml",
    dict(kind="waitlist", program="Stanford University", platform="interview_broker", specialty="Anesthesiology",
         respond_by=rbz("2026-11-20 17:00", PAC), schedule_url=url),
    "Interview Broker <notifications@interviewbroker.com>",
    "Waitlist Notification - Stanford University - Anesthesiology",
    "2026-11-06 21:00:47 +0000", text, html)

# W6 UNLV EM / informal
text = """Hi Maren,

Thanks so much for applying to UNLV Emergency Medicine. I wanted to reach out personally -- our interview days are completely full right now, but we put you on our waitlist. We usually get a handful of cancellations in December so hang in there. If something opens up I'll email you right away.

Thanks!
Kayla

Kayla Brennan
Residency Coordinator, Emergency Medicine
Kirk Kerkorian School of Medicine at UNLV
1701 W. Charleston Blvd., Suite 400, Las Vegas, NV 89102
"""
add("b17-wl-email-unlv-em.eml",
    dict(kind="waitlist", program="Kirk Kerkorian School of Medicine at UNLV", platform="email",
         specialty="Emergency Medicine"),
    "Kayla Brennan <kayla.brennan@unlv.edu>",
    "UNLV EM - waitlist",
    "2026-11-11 10:05:51 -0800", text)

# W7 UC Davis Neurology / Thalamus, quotes "interview invitation"
text = """Hello Maren,

University of California, Davis - Neurology has placed you on its waitlist.

Program message:
"Thank you for your application to the UC Davis Neurology Residency. We have extended all of our initial interview invitations for this cycle. You have been placed on our waitlist, and if an interview date opens we will send an interview invitation through Thalamus. We appreciate your patience and interest in our program in Sacramento."

View your application status: https://app.thalamusgme.com/applicant/applications
""" + thalamus_footer_text()
add("b17-wl-thal-ucdavis-neuro.eml",
    dict(kind="waitlist", program="University of California, Davis", platform="thalamus", specialty="Neurology"),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Waitlist update from University of California, Davis - Neurology",
    "2026-11-16 17:30:29 +0000", text, cte="quoted-printable")

# W8 UNM Anesthesiology / HTML
text = """Dear Maren,

Thank you for your interest in the University of New Mexico Anesthesiology Residency. Our interview schedule for the 2026-2027 season is currently full; however, your application stood out to the committee and we have added you to our interview waitlist.

Waitlisted applicants are contacted in order as spots open. No action is needed on your part.

Respectfully,
UNM Department of Anesthesiology & Critical Care Medicine
University of New Mexico School of Medicine, Albuquerque
"""
html = letter_html(paras(text), "UNM Anesthesiology &amp; Critical Care Medicine", "#ba0c2f")
add("b17-wl-email-unm-anes.eml",
    dict(kind="waitlist", program="University of New Mexico School of Medicine", platform="email",
         specialty="Anesthesiology"),
    "UNM Anesthesiology Residency <HSC-AnesResidency@salud.unm.edu>",
    "UNM Anesthesiology Residency — Waitlist Notification",
    "2026-11-18 14:00:09 -0700", text, html, html_cte="quoted-printable")

# ================================================================ REJECTION
# R1 UW Neurology / Thalamus, quotes "interview invitation"
text = """Hello Maren,

An update is available on your application to University of Washington - Neurology.

Program message:
"Thank you for applying to the University of Washington Neurology Residency Program. We received over 900 applications for 12 positions. After careful review, we regret that we are unable to offer you an interview invitation this year. We wish you the very best in the Match."
""" + thalamus_footer_text()
add("b17-rej-thal-uw-neuro.eml",
    dict(kind="rejection", program="University of Washington", platform="thalamus", specialty="Neurology"),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Application Update: University of Washington - Neurology",
    "2026-11-02 18:00:14 +0000", text)

# R2 Cedars Radiology advanced / MyERAS Post Office
text = """You have a new message in your MyERAS Post Office.

From: Cedars-Sinai Medical Center Program - Radiology-Diagnostic (Advanced)
Subject: Application Status

Dear Maren Okafor,

Thank you for your interest in the Cedars-Sinai Diagnostic Radiology Residency. We have completed our review of applications and are unable to offer you an interview. We appreciate the time and effort you put into your application and wish you success.

Cedars-Sinai Medical Center, Department of Imaging

Sign in to MyERAS to view: https://apps.aamc.org/myeras-web/#/landing/postoffice
"""
add("b17-rej-eras-cedars-radio.eml",
    dict(kind="rejection", program="Cedars-Sinai Medical Center", platform="eras", specialty="Radiology-Diagnostic",
         track="advanced"),
    "MyERAS Post Office <myeras@aamc.org>",
    "MyERAS: You have a new message from Cedars-Sinai Medical Center Program",
    "2026-11-05 11:11:31 -0500", text)

# R3 UCSF EM / form letter
text = """Dear Maren,

On behalf of the UCSF Emergency Medicine Residency Program at Zuckerberg San Francisco General Hospital, thank you for your application. We have now filled our interview calendar and, unfortunately, we are not able to offer you an interview this season.

This decision is not a reflection of your potential as a physician. We had an extraordinary applicant pool and a very limited number of interview slots.

We wish you the very best of luck in the Match.

Sincerely,
The Residency Leadership Team
UCSF Emergency Medicine | University of California, San Francisco
"""
add("b17-rej-email-ucsf-em.eml",
    dict(kind="rejection", program="University of California, San Francisco", platform="email",
         specialty="Emergency Medicine"),
    "UCSF EM Residency <emresidency@ucsf.edu>",
    "UCSF Emergency Medicine Residency Application",
    "2026-11-09 17:02:55 -0800", text)

# R4 Stanford Psychiatry / HTML base64
text = """Dear Maren Okafor,

Thank you for applying to the Stanford Psychiatry Residency Program. We have received an overwhelming number of outstanding applications this year. After careful consideration, we regret to inform you that we are unable to extend an invitation to interview.

We sincerely appreciate your interest in the Department of Psychiatry and Behavioral Sciences at Stanford University School of Medicine and wish you every success.

Stanford Psychiatry Residency Training Program
401 Quarry Road, Stanford, CA 94305
"""
html = letter_html(paras(text), "Stanford Medicine &middot; Psychiatry &amp; Behavioral Sciences", "#8c1515")
add("b17-rej-email-stanford-psych.eml",
    dict(kind="rejection", program="Stanford University School of Medicine", platform="email", specialty="Psychiatry"),
    "Stanford Psychiatry Residency <psychresidency@stanford.edu>",
    "Stanford Psychiatry Residency – Application Decision",
    "2026-11-12 09:44:20 -0800", text, html, cte="base64", html_cte="base64")

# R5 Utah Anesthesiology / Interview Broker
text = """Dear Maren Okafor,

University of Utah - Anesthesiology has updated the status of your application.

Status: Not selected for interview

Message from the program:
Thank you for your interest in University of Utah Anesthesiology. We regret that we cannot offer you an interview this cycle. Best wishes for a successful Match.

Interview Broker
"""
html = ib_html(paras(text))
add("b17-rej-ib-uutah-anes.eml",
    dict(kind="rejection", program="University of Utah", platform="interview_broker", specialty="Anesthesiology"),
    "Interview Broker <notifications@interviewbroker.com>",
    "Application Status Update - University of Utah - Anesthesiology",
    "2026-11-17 23:15:02 +0000", text, html)

# R6 UCSD EM / waitlist released at season end
text = """Dear Applicant,

Thank you for your patience as a member of the UC San Diego Emergency Medicine Residency interview waitlist.

We have now completed our final interview day of the 2026–2027 season and have no further interview dates available. As a result, we are releasing our waitlist, and we will not be able to offer you an interview this year.

We know how much work goes into each application and we are grateful for your interest in UC San Diego. We wish you the very best in the Match.

Warmly,
UCSD EM Residency Leadership
Department of Emergency Medicine, University of California, San Diego
"""
add("b17-rej-email-ucsd-em.eml",
    dict(kind="rejection", program="University of California, San Diego", platform="email",
         specialty="Emergency Medicine"),
    "UCSD Emergency Medicine Residency <emresidency@health.ucsd.edu>",
    "UC San Diego EM Residency – Waitlist Update",
    "2027-01-15 10:30:26 -0800", text, to="undisclosed-recipients:;", cte="quoted-printable")

# R7 KP San Diego EM / short
text = """Hi Maren,

Thank you for applying to the Kaiser Permanente San Diego Emergency Medicine Residency. Unfortunately we are unable to offer you an interview this year. We wish you all the best in your career.

KPSD EM Residency
Kaiser Permanente San Diego Medical Center
"""
add("b17-rej-email-kpsd-em.eml",
    dict(kind="rejection", program="Kaiser Permanente San Diego Medical Center", platform="email",
         specialty="Emergency Medicine"),
    "KPSD EM Residency <sd-em-residency@kp.org>",
    "KPSD EM Application",
    "2026-11-19 16:47:38 -0800", text)

# R8 Providence Sacred Heart TY / Thalamus HTML
text = """Hello Maren,

Providence Sacred Heart Medical Center - Transitional Year has sent you an update.

"Thank you for your application to the Providence Sacred Heart Transitional Year Program in Spokane, Washington. We regret to inform you that we are unable to offer you an interview invitation for the upcoming year. We wish you success in the Match."
""" + thalamus_footer_text()
html = thalamus_html("Application Update", paras(text.split("\n--\n")[0]))
add("b17-rej-thal-sacredheart-ty.eml",
    dict(kind="rejection", program="Providence Sacred Heart Medical Center", platform="thalamus",
         specialty="Transitional Year", track="transitional"),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Application Update: Providence Sacred Heart Medical Center - Transitional Year",
    "2026-11-20 20:02:44 +0000", text, html)

# R9 UCLA PM&R / quotes interview invitation
text = """Dear Maren Okafor,

Thank you for your application to the UCLA Physical Medicine & Rehabilitation Residency Program. Due to the high volume of qualified applicants and the limited number of interview spots, we are unable to extend you an interview invitation for the 2027 Match.

We truly appreciate your interest in our program and wish you the best of luck.

Sincerely,
Program Director and Selection Committee
UCLA PM&R Residency Program
David Geffen School of Medicine at UCLA

On Fri, Nov 20, 2026 at 4:12 PM Maren Okafor <maren.okafor.match27@gmail.com> wrote:
> Dear UCLA PM&R Residency Team,
>
> I hope this message finds you well. I wanted to reiterate my strong interest in
> UCLA PM&R and ask whether interview invitations are still being extended, as I
> have not yet heard about the status of my application.
>
> Thank you for your time,
> Maren Okafor
> AAMC ID 16204837
"""
add("b17-rej-email-ucla-pmr.eml",
    dict(kind="rejection", program="David Geffen School of Medicine at UCLA", platform="email",
         specialty="Physical Medicine and Rehabilitation"),
    "UCLA PM&R Residency <pmrresidency@mednet.ucla.edu>",
    "RE: UCLA PM&R Residency Interview Invitation Status",
    "2026-11-23 13:08:15 -0800", text,
    in_reply_to="<CAJ7x2Kq8HcNz1wE@mail.gmail.com>")
