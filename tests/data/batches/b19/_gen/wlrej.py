"""The 8 waitlist and 9 rejection mails of b19."""
from lib import *  # noqa: F401,F403
from inv import CU, UMN, UNMC, UWSMPH


@message
def wl_thal_rush_psych():
    date = "2026-11-04T20:10:00+00:00"
    rows = [("Program", "Rush University Medical Center - Psychiatry"), ("Status", "Waitlisted")]
    paras = [f"Dear {APPLICANT_NAME},",
             "Thank you for your interest in Rush University Medical Center. At this time all of our interview "
             "spots have been filled, and you have been added to the program's interview waitlist.",
             "If a spot becomes available, you will receive an interview invitation through Thalamus. No action "
             "is needed from you at this time."]
    m = thalamus("Interview Invitation Update - Rush University Medical Center", date,
                 "Update on your application", rows, paras)
    return "b19-wl-thal-rush-psych.eml", m, dict(
        kind="waitlist", program="Rush University Medical Center", platform="thalamus", specialty="Psychiatry")


@message
def wl_email_umn_psych():
    date = "2026-10-27T15:44:09-05:00"
    text = f"""Dear Sofia,

Thank you for applying to the Psychiatry Residency Program at the {UMN}. We
received a record number of applications this year and have already filled our first round of
interview days.

We would like to place you on our interview waitlist. We fill openings from the waitlist
throughout the season as they arise, and we will email you directly if a date becomes available.
You do not need to do anything to remain on the list.

Thank you for your patience and your interest in Minnesota.

Sincerely,
Psychiatry Residency Selection Committee
Department of Psychiatry and Behavioral Sciences
{UMN}
"""
    m = build(("UMN Psychiatry Residency", "psychres@umn.edu"), "UMN Psychiatry Residency – Application Update",
              date, text)
    return "b19-wl-email-umn-psych.eml", m, dict(
        kind="waitlist", program=UMN, platform="email", specialty="Psychiatry")


@message
def wl_ib_iowa_derm():
    date = "2026-11-13T08:15:00-06:00"
    url = "https://www.interviewbroker.com/applicant/waitlist/uiowa-dermatology/55120?token=aW93YWRlcm0"
    paras = [f"Dear {APPLICANT_NAME},",
             "The University of Iowa Department of Dermatology has filled all available interview dates. "
             "The program would like to offer you a place on its waitlist.",
             "If you wish to be considered, please join the waitlist by 11/20/2026 5:00 PM CST. When a date "
             "opens you will receive an email and can claim it through Interview Broker."]
    m = interview_broker("Waitlist Offer - University of Iowa Dermatology", date,
                         "University of Iowa — Dermatology", paras, None, ("Join Waitlist", url))
    return "b19-wl-ib-iowa-derm.eml", m, dict(
        kind="waitlist", program="University of Iowa", platform="interview_broker", specialty="Dermatology",
        respond_by="2026-11-20T17:00:00-06:00", schedule_url=url)


@message
def wl_eras_mcw_imprelim():
    date = "2026-11-16T09:41:12-05:00"
    body = [
        "You have a new message in the MyERAS Post Office.",
        "",
        "From: Medical College of Wisconsin Affiliated Hospitals Program",
        "Specialty: Internal Medicine - Preliminary (1405621100)",
        "",
        "-----",
        "Thank you for your interest in the Medical College of Wisconsin Internal Medicine Residency. "
        "Our interview schedule for preliminary positions is currently full. We have placed you on our "
        "waitlist and your interview status in MyERAS has been updated to Waitlisted. We will contact you "
        "through ERAS if an interview date becomes available.",
        "-----",
        "",
        f"View the message in MyERAS: {ERAS_URL}",
    ]
    m = eras("New MyERAS Post Office message", date, body)
    return "b19-wl-eras-mcw-imprelim.eml", m, dict(
        kind="waitlist", program="Medical College of Wisconsin Affiliated Hospitals", platform="eras",
        specialty="Internal Medicine", track="preliminary")


@message
def wl_email_cu_derm():
    date = "2026-11-10T16:20:55-07:00"
    text = f"""Dear Applicant,

Thank you for your interest in the Dermatology Residency Program at the {CU}.

Although we are unable to offer you an interview invitation at this time, we were impressed with
your application and would like to place you on our alternate list. Should an interview spot
open, we will contact you by email with the available date(s).

We appreciate your patience and wish you the best this interview season.

Sincerely,

Dermatology Residency Program
{CU}
1665 Aurora Court, Aurora, CO 80045
"""
    m = build(("CU Dermatology Residency", "derm.residency@cuanschutz.edu"),
              "CU Dermatology Interview Invitation Status", date, text)
    return "b19-wl-email-cu-derm.eml", m, dict(
        kind="waitlist", program=CU, platform="email", specialty="Dermatology")


@message
def wl_email_hennepin_fm():
    date = "2026-11-02T12:03:27-06:00"
    text = """Hello,

Thank you for applying to the Hennepin Healthcare Family Medicine Residency. Our interview days
for this season are now full.

You are on our interview waitlist. Our waitlist is pooled: when a spot opens, everyone on the
list receives the same email at the same time, and the spot goes to the first person who
responds. Please watch your inbox (and spam folder) if you remain interested.

Thank you for considering our program.

Hennepin Healthcare Family Medicine Residency
Whittier Clinic | 2810 Nicollet Avenue, Minneapolis, MN 55408
"""
    m = build(("Hennepin FM Residency", "fm.residency@hcmed.org"), "Hennepin FM Residency – Waitlist", date, text,
              to=("Hennepin FM Applicants", "fm.residency@hcmed.org"))
    return "b19-wl-email-hennepin-fm.eml", m, dict(
        kind="waitlist", program="Hennepin Healthcare", platform="email", specialty="Family Medicine")


@message
def wl_thal_utah_path():
    date = "2026-11-20T18:32:14+00:00"
    rows = [("Program", "University of Utah Health - Pathology-Anatomic and Clinical"), ("Status", "Waitlist")]
    paras = [f"Dear {APPLICANT_NAME},",
             "University of Utah Health has added you to their interview waitlist. You will be notified by "
             "email if an interview date becomes available. Waitlist notifications are sent to all waitlisted "
             "applicants at the same time."]
    m = thalamus("Waitlist notification from University of Utah Health", date, "You have been waitlisted",
                 rows, paras)
    return "b19-wl-thal-utah-path.eml", m, dict(
        kind="waitlist", program="University of Utah Health", platform="thalamus",
        specialty="Pathology-Anatomic and Clinical")


@message
def wl_email_nmlakeforest_fm():
    date = "2026-11-12T14:05:00-06:00"
    url = "https://forms.gle/NMLFfmWaitlist27"
    prog = "Northwestern Medicine Lake Forest Hospital"
    text = f"""Dear Sofia,

Thank you for applying to the Northwestern McGaw Family Medicine Residency at Lake Forest. We
have now extended all of our interview invitations, and our interview days are full.

We would like to keep you on our waitlist. If you would like to remain on it, please confirm
your continued interest by completing this short form by Friday, November 20 at 11:59 p.m. CST:

{url}

Applicants who do not confirm will be removed from the waitlist.

With appreciation,
Family Medicine Residency – Lake Forest
{prog}
1475 E. Belvidere Road, Grayslake, IL 60030
"""
    html = f"""<html><body style="font-family:Arial;font-size:14px;color:#222">
<div style="background:#4e2a84;color:#fff;padding:12px 16px;font-size:17px">Northwestern Medicine</div>
<p>Dear Sofia,</p>
<p>Thank you for applying to the Northwestern McGaw Family Medicine Residency at Lake Forest. We have now extended all of our
interview invitations, and our interview days are full.</p>
<p>We would like to keep you on our waitlist. If you would like to remain on it, please confirm your continued interest by
completing <a href="{url}">this short form</a> by <b>Friday, November 20 at 11:59 p.m. CST</b>.</p>
<p>Applicants who do not confirm will be removed from the waitlist.</p>
<p>With appreciation,<br>Family Medicine Residency – Lake Forest<br>{prog}<br>1475 E. Belvidere Road, Grayslake, IL 60030</p>
</body></html>"""
    m = build(("NM Lake Forest Family Medicine", "fmresidency.lf@nm.org"), "Waitlist – please confirm your interest",
              date, text, html, html_cte="quoted-printable")
    return "b19-wl-email-nmlakeforest-fm.eml", m, dict(
        kind="waitlist", program=prog, platform="email", specialty="Family Medicine",
        respond_by="2026-11-20T23:59:00-06:00", schedule_url=url)


# ------------------------------------------------------------------ rejections

@message
def rej_thal_uwhealth_derm():
    date = "2026-11-19T23:04:51+00:00"
    prog = "University of Wisconsin Hospitals and Clinics"
    rows = [("Program", f"{prog} - Dermatology"), ("Status", "Not selected for interview")]
    paras = [f"Dear {APPLICANT_NAME},",
             "Thank you for your interest in our Dermatology residency program. We received many outstanding "
             "applications this year. After careful review, we regret that we are unable to extend an interview "
             "invitation to you this cycle.",
             "We wish you every success in the Match."]
    m = thalamus("Interview Invitation Status - University of Wisconsin Hospitals and Clinics", date,
                 "Application update", rows, paras)
    return "b19-rej-thal-uwhealth-derm.eml", m, dict(
        kind="rejection", program=prog, platform="thalamus", specialty="Dermatology")


@message
def rej_email_loyola_derm():
    date = "2026-11-24T17:31:00-06:00"
    prog = "Loyola University Chicago Stritch School of Medicine"
    text = f"""Dear Ms. Lindqvist-Ramos,

On behalf of the Division of Dermatology at {prog}, thank you for
applying to our residency program.

We received over 600 applications for three positions. The selection committee has completed its
review, and we regret to inform you that we are unable to offer you an interview this year.

We appreciate your interest and wish you the very best in your career.

Respectfully,

Residency Selection Committee
Division of Dermatology
{prog}
2160 S. First Avenue, Maywood, IL 60153
"""
    m = build(("Loyola Dermatology Residency", "dermresidency@luc.edu"), "Loyola Dermatology Residency Application",
              date, text)
    return "b19-rej-email-loyola-derm.eml", m, dict(
        kind="rejection", program=prog, platform="email", specialty="Dermatology")


@message
def rej_eras_uchicago_imprelim():
    date = "2026-12-01T10:02:44-05:00"
    body = [
        "You have a new message in the MyERAS Post Office.",
        "",
        "From: University of Chicago Medical Center Program",
        "Specialty: Internal Medicine - Preliminary (1401621108)",
        "Subject: (no subject)",
        "",
        "-----",
        "Thank you for applying to the preliminary year in Internal Medicine at the University of Chicago. "
        "We regret that we are unable to offer you an interview. We wish you success in the Match.",
        "-----",
        "",
        f"Log in to MyERAS to view your messages: {ERAS_URL.replace('interviews', 'messages')}",
    ]
    m = eras("", date, body)
    return "b19-rej-eras-uchicago-imprelim.eml", m, dict(
        kind="rejection", program="University of Chicago Medical Center", platform="eras",
        specialty="Internal Medicine", track="preliminary")


@message
def rej_email_unmc_psych():
    date = "2026-11-06T11:18:37-06:00"
    text = f"""Dear Sofia,

Thank you for your interest in the Psychiatry Residency Training Program at the {UNMC}.

Our selection committee has carefully reviewed your application. Unfortunately, we will not be
able to offer you an interview for the 2027 Match. This decision reflects the very large number of
qualified applicants rather than any shortcoming in your application.

We wish you the best of luck in the Match and in your career.

Sincerely,

Psychiatry Residency Training Program
{UNMC} | 985575 Nebraska Medical Center, Omaha, NE 68198
"""
    html = "<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + \
        "<img src=\"https://www.unmc.edu/_images/unmc-logo.png\" alt=\"UNMC\" width=\"120\"></body></html>"
    m = build(("UNMC Psychiatry Residency", "psychresidency@unmc.edu"),
              "UNMC Psychiatry Residency – 2027 Application", date, text, html, text_cte="base64",
              html_cte="base64")
    return "b19-rej-email-unmc-psych.eml", m, dict(
        kind="rejection", program=UNMC, platform="email", specialty="Psychiatry")


@message
def rej_ib_mayo_path():
    date = "2026-11-23T13:00:00-06:00"
    prog = "Mayo Clinic College of Medicine and Science"
    paras = [f"Dear {APPLICANT_NAME},",
             "Thank you for applying to the Anatomic and Clinical Pathology Residency at Mayo Clinic in Rochester, "
             "Minnesota. After careful consideration, the program is unable to offer you an interview for this "
             "recruitment season.",
             "The program thanks you for your interest and wishes you well in the Match."]
    m = interview_broker("Application Status - Mayo Clinic College of Medicine and Science", date,
                         f"{prog} — Pathology (AP/CP), Rochester", paras)
    return "b19-rej-ib-mayo-path.eml", m, dict(
        kind="rejection", program=prog, platform="interview_broker", specialty="Pathology-Anatomic and Clinical")


@message
def rej_email_umn_psych():
    # the waitlist is released at the end of the season: a rejection.
    date = "2027-01-15T16:45:00-06:00"
    text = f"""Dear Sofia,

Our interview season for the 2027 Match has now concluded. Because no further interview dates
will be offered, we are releasing all applicants who remain on our interview waitlist.

We are sorry that we were not able to meet with you this year, and we thank you for your patience
and your interest in our program. We wish you every success in the Match.

Sincerely,
Psychiatry Residency Selection Committee
Department of Psychiatry and Behavioral Sciences
{UMN}
"""
    m = build(("UMN Psychiatry Residency", "psychres@umn.edu"), "UMN Psychiatry Residency – Waitlist Update",
              date, text)
    return "b19-rej-email-umn-psych.eml", m, dict(
        kind="rejection", program=UMN, platform="email", specialty="Psychiatry")


@message
def rej_email_cu_fm():
    # Outlook reply to the applicant's letter of interest, which is quoted.
    date = "2026-11-30T09:14:06-07:00"
    app_date = "2026-11-25T20:41:00-06:00"
    text = f"""Dear Sofia,

Thank you for your kind note and for your continued interest in the CU Family Medicine Residency.
We very much appreciate you reaching out.

Unfortunately, our interview schedule is now full, and we are unable to extend an interview
invitation to you this cycle. We wish you all the best in the Match.

Warm regards,
Hannah Brightwater
Program Coordinator | CU Family Medicine Residency
Department of Family Medicine, {CU}
12631 E. 17th Avenue, Aurora, CO 80045

From: Sofia Lindqvist-Ramos <{APPLICANT_EMAIL}>
Sent: {outlook_sent(app_date)}
To: FM Residency <fm.residency@cuanschutz.edu>
Subject: Letter of Interest – Sofia Lindqvist-Ramos (AAMC ID {AAMC_ID})

Dear Dr. Alvarado and selection committee,

I am writing to express my strong interest in the CU Family Medicine Residency. My partner and I
hope to settle in Denver, and your program's commitment to community health at the Westside and
AF Williams clinics fits exactly what I am looking for. I would be grateful for the opportunity
to interview.

Sincerely,
Sofia Lindqvist-Ramos
AAMC ID {AAMC_ID}
"""
    m = build(("CU Family Medicine Residency", "fm.residency@cuanschutz.edu"),
              f"RE: Letter of Interest – Sofia Lindqvist-Ramos (AAMC ID {AAMC_ID})", date, text,
              text_cte="quoted-printable", extra=[("Thread-Topic", "Letter of Interest"),
                                                  ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")])
    return "b19-rej-email-cu-fm.eml", m, dict(
        kind="rejection", program=CU, platform="email", specialty="Family Medicine")


@message
def rej_email_rush_derm():
    date = "2026-11-20T08:02:10-06:00"
    text = """Dear Applicant,

Thank you for applying to the Rush University Medical Center Dermatology Residency Program.
We regret that we are unable to offer you an interview. We wish you the best of luck.

Rush Dermatology Residency Program
1653 W. Congress Parkway, Chicago, IL 60612
"""
    m = build(("Rush Dermatology", "dermatology_residency@rush.edu"), "Rush Dermatology – Application Status",
              date, text, to=("Undisclosed recipients", "dermatology_residency@rush.edu"))
    return "b19-rej-email-rush-derm.eml", m, dict(
        kind="rejection", program="Rush University Medical Center", platform="email", specialty="Dermatology")


@message
def rej_thal_utah_fm():
    date = "2026-11-03T21:47:30+00:00"
    rows = [("Program", "University of Utah Health - Family Medicine"), ("Status", "Declined by program")]
    paras = [f"Dear {APPLICANT_NAME},",
             "Thank you for applying to the University of Utah Family Medicine Residency. After reviewing a "
             "highly competitive applicant pool, we are unable to offer you an interview this year. We "
             "appreciate your interest in our program and wish you the best."]
    m = thalamus("Update on your application to University of Utah Health", date, "Application update", rows,
                 paras)
    return "b19-rej-thal-utah-fm.eml", m, dict(
        kind="rejection", program="University of Utah Health", platform="thalamus", specialty="Family Medicine")
