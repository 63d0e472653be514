"""Waitlist (8), rejection (9), info (10) and other (8) mails of batch b18."""
from lib import *
from m_inv import S, ENT, IR, MP, CN, TY


def msgs():
    out = []

    # ================= waitlist =================
    # w1 Thalamus VUMC Med-Peds (subject/body say "interview invitation")
    date = T(2026, 11, 6, 17, 30, 0, 0)
    text = f"""Hi Nadia,

Update on your interview invitation status

Program: Vanderbilt University Medical Center - Internal Medicine-Pediatrics
Status: Waitlisted

Message from the program:
"Thank you for your interest in Vanderbilt Med-Peds. Although we are unable to extend an
interview invitation at this time, we have placed you on our interview waitlist. If a spot
opens, all waitlisted applicants will be notified through Thalamus at the same time."

You will be notified by email if a spot opens.

{THAL_FOOT_TXT}
"""
    html = thal_html("Update on your interview invitation status", ["Hi Nadia,",
                     "<i>&ldquo;Thank you for your interest in Vanderbilt Med-Peds. Although we are unable to extend an interview "
                     "invitation at this time, we have placed you on our interview waitlist. If a spot opens, all waitlisted "
                     "applicants will be notified through Thalamus at the same time.&rdquo;</i>"],
                     [("Program", "Vanderbilt University Medical Center - Internal Medicine-Pediatrics"), ("Status", "Waitlisted")],
                     after=["You will be notified by email if a spot opens."])
    out.append(("b18-wl-thal-vumc-medpeds.eml",
                L("waitlist", "Vanderbilt University Medical Center", "thalamus", MP),
                build(THAL_FROM, ME, "Interview invitation status update", date,
                      "<0100018f8c2e9d10-vumc-medpeds-wl@email.thalamusgme.com>", text, html)))

    # w2 UTSW ENT waitlist
    date = T(2026, 11, 12, 16, 5, 48, -6)
    text = """Dear Nadia,

Thank you for applying to the Otolaryngology - Head and Neck Surgery residency at UT Southwestern
Medical Center. We received more than 450 applications for four positions this year.

While we are not able to offer you an interview at this time, we were impressed by your
application and have placed you on our interview wait list. Should a date become available, we
will contact you by email. No action is required on your part.

With best wishes,
Otolaryngology Residency Program
Department of Otolaryngology - Head and Neck Surgery
UT Southwestern Medical Center
5323 Harry Hines Blvd., Dallas, TX 75390
"""
    out.append(("b18-wl-email-utsw-ent.eml",
                L("waitlist", "UT Southwestern Medical Center", "email", ENT),
                build("UTSW Otolaryngology Residency <ent.residency@utsouthwestern.edu>", ME,
                      "UTSW Otolaryngology \u2013 Application Update", date,
                      "<SJ2PR10MB6633.entres.1112@namprd10.prod.outlook.com>", text)))

    # w3 MyERAS Post Office: LSU New Orleans Med-Peds waitlisted
    date = T(2026, 11, 19, 14, 40, 2, -5)
    po = "https://apps.aamc.org/myeras-web/#/landing/messages"
    text = f"""Dear Nadia Kowalczyk,

You have received a new message in the MyERAS Post Office.

From: LSU Health Sciences Center - New Orleans Program
Program Number: 7002121040
Specialty: Internal Medicine/Pediatrics
Subject: Interview status

Thank you for applying to LSU Med-Peds. Your status has been updated to Waitlisted. We will
contact you through ERAS if an interview becomes available.

To view this message, sign in to MyERAS: {po}

Please do not reply to this email.
Electronic Residency Application Service (ERAS) | Association of American Medical Colleges
"""
    out.append(("b18-wl-eras-lsu-medpeds.eml",
                L("waitlist", "LSU Health Sciences Center - New Orleans", "eras", MP),
                build(ERAS_PO_FROM, ME, "New Message in MyERAS", date,
                      "<eras.po.7002121040.16389214.1@aamc.org>", text, text_cte="7bit")))

    # w4 Interview Broker BCM IR waitlist with date opt-in and deadline
    date = T(2026, 11, 13, 20, 3, 11, 0)
    url = "https://www.interviewbroker.com/applicant/waitlist/bcm-ir-integrated/51220?token=YmNtaXIyNw"
    prog = "Baylor College of Medicine - Interventional Radiology (Integrated)"
    text = f"""Waitlist - Baylor College of Medicine

Dear Nadia,

{prog} has added you to its interview waitlist.

To be considered when a spot opens, please select every session date you could attend by
November 20, 2026 at 5:00 PM Central. Applicants who do not select dates will not be contacted.

Select available dates: {url}

This is an automated message from Interview Broker on behalf of the program listed above.
"""
    html = ib_html("Waitlist", ["Dear Nadia,", f"<b>{prog}</b> has added you to its interview waitlist.",
                   "To be considered when a spot opens, please select every session date you could attend by "
                   "<b>November 20, 2026 at 5:00 PM Central</b>."], button="Select Available Dates", url=url)
    out.append(("b18-wl-ib-bcm-ir.eml",
                L("waitlist", "Baylor College of Medicine", "interview_broker", IR, None, None, None,
                  "2026-11-20T17:00:00-06:00", url),
                build(IB_FROM, ME, "Waitlist - Baylor College of Medicine", date,
                      "<ib.wl.51220.3310@interviewbroker.com>", text, html)))

    # w5 Tulane preliminary surgery waitlist
    date = T(2026, 11, 24, 11, 47, 30, -6)
    text = """Dear Applicant,

Thank you for your interest in a Preliminary position in the General Surgery Residency at Tulane
University School of Medicine. Our interview days are currently full. We have placed you on our
alternate list for preliminary interviews and will reach out by email if a space becomes
available.

Sincerely,
Tulane Surgery Residency Program
Department of Surgery, Tulane University School of Medicine
1430 Tulane Ave, SL-22, New Orleans, LA 70112
"""
    out.append(("b18-wl-email-tulane-gsprelim.eml",
                L("waitlist", "Tulane University School of Medicine", "email", S, "preliminary"),
                build("Tulane Surgery Residency <surgeryresidency@tulane.edu>", ME,
                      "Tulane General Surgery \u2013 Preliminary Position", date,
                      "<CAF7k2mTsurg1124@mail.gmail.com>", text)))

    # w6 OU Health Child Neurology waitlist; Google Form within 7 days
    date = T(2026, 12, 2, 10, 31, 27, -6)
    url = "https://forms.gle/OUChildNeuroWaitlist27"
    text = f"""Dear Nadia,

Thank you for applying to the Child Neurology Residency at the University of Oklahoma College of
Medicine. Our interview days are full, but we would like to keep you on our waitlist.

If you wish to remain on the waitlist, please complete this short Google Form with the dates you
are available within 7 days: {url}

Applicants are contacted in waitlist order as spots open.

Sincerely,
Shawna Littlebear
Program Coordinator, Child Neurology
University of Oklahoma College of Medicine | OU Health
1200 Children's Ave, Suite 12400 | Oklahoma City, OK 73104
"""
    out.append(("b18-wl-gform-ouhealth-childneuro.eml",
                L("waitlist", "University of Oklahoma College of Medicine", "email", CN, None, None, None,
                  plus(date, days=7), url),
                build("Shawna Littlebear <shawna-littlebear@ouhsc.edu>", ME, "Child Neurology \u2013 waitlist",
                      date, "<BL1PR05MB8102.slittlebear.1202@namprd05.prod.outlook.com>", text)))

    # w7 Thalamus WashU IR waitlist
    date = T(2026, 10, 20, 22, 8, 47, 0)
    prog = "Washington University School of Medicine in St. Louis - Interventional Radiology-Integrated"
    text = f"""Hi Nadia,

You have been added to a waitlist.

Program: {prog}
Status: Waitlisted

The program will contact you if an interview becomes available.

{THAL_FOOT_TXT}
"""
    html = thal_html("You have been added to a waitlist", ["Hi Nadia,"],
                     [("Program", prog), ("Status", "Waitlisted")],
                     after=["The program will contact you if an interview becomes available."])
    out.append(("b18-wl-thal-washu-ir.eml",
                L("waitlist", "Washington University School of Medicine in St. Louis", "thalamus", IR),
                build(THAL_FROM, ME, "Waitlist update", date,
                      "<0100018f5d7e0a33-washu-ir-wl@email.thalamusgme.com>", text, html)))

    # w8 Baylor University Medical Center (Dallas) TY waitlist, says "interview invitation"
    date = T(2026, 11, 3, 8, 22, 5, -6)
    text = """Dear Nadia,

Thank you for applying to the Transitional Year Residency at Baylor University Medical Center,
part of Baylor Scott & White Health, in Dallas.

We have now sent our first round of interview invitations. We are unable to offer you an
interview invitation in this round; however, you have been placed on our waitlist and we will
contact you should an interview date become available.

Kind regards,
TY Program Office
Baylor University Medical Center | 3500 Gaston Avenue | Dallas, TX 75246
"""
    out.append(("b18-wl-email-bumc-ty.eml",
                L("waitlist", "Baylor University Medical Center", "email", TY, "transitional"),
                build("BUMC Transitional Year <TYresidency@BSWHealth.org>", ME,
                      "Transitional Year \u2013 Interview Invitation Status", date,
                      "<SA1PR19MB5821.tyres.1103@namprd19.prod.outlook.com>", text)))

    # ================= rejections =================
    # r1 Thalamus BCM ENT "Interview Invitation Status"
    date = T(2026, 11, 18, 17, 0, 9, 0)
    text = f"""Hi Nadia,

Program: Baylor College of Medicine - Otolaryngology - Head and Neck Surgery
Status: Not selected for interview

Message from the program:
"Thank you for your interest in the Bobby R. Alford Department of Otolaryngology at Baylor
College of Medicine. After careful review, we regret that we are unable to offer you an
interview invitation this season. We wish you success in the Match."

{THAL_FOOT_TXT}
"""
    html = thal_html("Interview Invitation Status", ["Hi Nadia,",
                     "<i>&ldquo;Thank you for your interest in the Bobby R. Alford Department of Otolaryngology at Baylor College of "
                     "Medicine. After careful review, we regret that we are unable to offer you an interview invitation this "
                     "season. We wish you success in the Match.&rdquo;</i>"],
                     [("Program", "Baylor College of Medicine - Otolaryngology - Head and Neck Surgery"),
                      ("Status", "Not selected for interview")])
    out.append(("b18-rej-thal-bcm-ent.eml",
                L("rejection", "Baylor College of Medicine", "thalamus", ENT),
                build(THAL_FROM, ME, "Interview Invitation Status", date,
                      "<0100018fa11b7e02-bcm-ent-rej@email.thalamusgme.com>", text, html)))

    # r2 UTSW IR rejection
    date = T(2026, 11, 20, 9, 15, 0, -6)
    text = """Dear Ms. Kowalczyk,

Thank you for your application to the Integrated Interventional Radiology Residency at UT
Southwestern Medical Center. We received an exceptional number of applications this year, and
after careful consideration we regret that we are unable to offer you an interview.

We sincerely appreciate your interest and wish you every success.

Integrated IR Residency Selection Committee
Department of Radiology
UT Southwestern Medical Center
"""
    out.append(("b18-rej-email-utsw-ir.eml",
                L("rejection", "UT Southwestern Medical Center", "email", IR),
                build("UTSW Radiology Residency <radiology.residency@utsouthwestern.edu>", ME,
                      "UTSW Integrated IR Residency", date,
                      "<SJ2PR10MB6633.radres.1120@namprd10.prod.outlook.com>", text, text_cte="quoted-printable")))

    # r3 MyERAS Post Office, no subject: Houston Methodist Surgery
    date = T(2026, 11, 5, 13, 7, 44, -5)
    text = f"""Dear Nadia Kowalczyk,

You have received a new message in the MyERAS Post Office.

From: Houston Methodist Hospital (Houston) Program
Program Number: 4404821301
Specialty: Surgery

Thank you for your application to the General Surgery residency at Houston Methodist Hospital.
We regret to inform you that we are unable to offer you an interview for the 2027 Match.

To view this message, sign in to MyERAS: https://apps.aamc.org/myeras-web/#/landing/messages

Please do not reply to this email.
Electronic Residency Application Service (ERAS) | Association of American Medical Colleges
"""
    out.append(("b18-rej-eras-methodist-gs.eml",
                L("rejection", "Houston Methodist Hospital", "eras", S),
                build(ERAS_PO_FROM, ME, None, date, "<eras.po.4404821301.16389214.1@aamc.org>", text,
                      text_cte="7bit")))

    # r4 UT Health San Antonio Child Neurology
    date = T(2026, 12, 1, 15, 33, 21, -6)
    text = """Dear Nadia,

On behalf of the Child Neurology Residency at UT Health San Antonio, thank you for applying.
We regret to inform you that we will not be able to offer you an interview this season. We
appreciate the time and effort you put into your application.

Best regards,
Child Neurology Residency Program
Department of Pediatrics / Department of Neurology
The University of Texas Health Science Center at San Antonio
7703 Floyd Curl Dr., San Antonio, TX 78229
"""
    out.append(("b18-rej-email-uthscsa-childneuro.eml",
                L("rejection", "The University of Texas Health Science Center at San Antonio", "email", CN),
                build("UT Health SA Child Neurology <childneuro@uthscsa.edu>", ME,
                      "Child Neurology Application \u2013 UT Health San Antonio", date,
                      "<CO1PR19MB4977.cnres.1201@namprd19.prod.outlook.com>", text)))

    # r5 Interview Broker KU ENT
    date = T(2026, 11, 23, 15, 0, 0, 0)
    prog = "University of Kansas Medical Center - Otolaryngology"
    text = f"""Application Status Update - University of Kansas Medical Center

Dear Nadia,

{prog} has updated your application status.

We regret that we are unable to offer you an interview this year. Thank you for your interest
in our program.

This is an automated message from Interview Broker on behalf of the program listed above.
"""
    html = ib_html("Application Status Update", ["Dear Nadia,", f"<b>{prog}</b> has updated your application status.",
                   "We regret that we are unable to offer you an interview this year. Thank you for your interest in our program."])
    out.append(("b18-rej-ib-ku-ent.eml",
                L("rejection", "University of Kansas Medical Center", "interview_broker", ENT),
                build(IB_FROM, ME, "Application Status Update - University of Kansas Medical Center", date,
                      "<ib.rej.47701.1052@interviewbroker.com>", text, html)))

    # r6 UTHSC Med-Peds: reply "RE: Interview invitation?" (Outlook)
    date = T(2026, 12, 3, 11, 49, 13, -6)
    text = f"""Hi Nadia,

Thank you for checking in. Unfortunately all of our interview invitations have been extended
and our interview days are full; we will not be able to offer you an interview this cycle. We
truly appreciate your interest in Med-Peds at Le Bonheur and Regional One Health.

All the best,
Tracey Odom
Program Coordinator, Internal Medicine-Pediatrics Residency
The University of Tennessee Health Science Center
956 Court Ave, Memphis, TN 38163

From: Nadia Kowalczyk <{APPLICANT_EMAIL}>
Sent: Tuesday, December 1, 2026 9:15 PM
To: Odom, Tracey <todom2@uthsc.edu>
Subject: Interview invitation?

Dear Ms. Odom,

I wanted to ask whether interview invitations are still being extended for Med-Peds. I remain
very interested in training in Memphis.

Thank you,
Nadia Kowalczyk
"""
    out.append(("b18-rej-email-uthsc-medpeds.eml",
                L("rejection", "The University of Tennessee Health Science Center", "email", MP),
                build("Odom, Tracey <todom2@uthsc.edu>", ME, "RE: Interview invitation?", date,
                      "<SJ0PR08MB7733.todom.1203@namprd08.prod.outlook.com>", text,
                      headers=[("In-Reply-To", "<CAMn5tYk0nadia1201@mail.gmail.com>")])))

    # r7 Texas Tech Lubbock Surgery
    date = T(2026, 11, 30, 8, 5, 59, -6)
    text = """Dear Applicant,

Thank you for applying to the General Surgery Residency Program at Texas Tech University Health
Sciences Center in Lubbock. After careful review of a very competitive pool, we are unable to
offer you an interview at this time. We wish you the best in your career.

Department of Surgery
Texas Tech University Health Sciences Center
3601 4th Street, Lubbock, TX 79430
"""
    out.append(("b18-rej-email-ttuhsc-gs.eml",
                L("rejection", "Texas Tech University Health Sciences Center", "email", S),
                build("TTUHSC Surgery Residency <surgery.lubbock@ttuhsc.edu>", "undisclosed-recipients:;",
                      "TTUHSC Lubbock General Surgery Residency", date,
                      "<DM8PR13MB6011.surglbk.1130@namprd13.prod.outlook.com>", text,
                      headers=[("Delivered-To", APPLICANT_EMAIL)])))

    # r8 UTSW ENT: waitlist released at season end -> rejection
    date = T(2027, 1, 15, 16, 30, 2, -6)
    text = """Dear Nadia,

As our interview season comes to a close, we are writing to let you know that all of our
interview days have been completed and we have released our interview wait list. We will not
be able to offer you an interview this year.

Thank you again for your interest in Otolaryngology - Head and Neck Surgery at UT Southwestern
Medical Center. We wish you the very best in the Match.

Otolaryngology Residency Program
UT Southwestern Medical Center
"""
    out.append(("b18-rej-email-utsw-ent.eml",
                L("rejection", "UT Southwestern Medical Center", "email", ENT),
                build("UTSW Otolaryngology Residency <ent.residency@utsouthwestern.edu>", ME,
                      "UTSW Otolaryngology \u2013 Wait List Update", date,
                      "<SJ2PR10MB6633.entres.0115@namprd10.prod.outlook.com>", text)))

    # r9 Thalamus SLU Surgery categorical
    date = T(2026, 11, 9, 16, 45, 30, 0)
    prog = "Saint Louis University School of Medicine - Surgery (Categorical)"
    text = f"""Hi Nadia,

Program: {prog}
Status: Declined

Message from the program:
"We regret to inform you that we are unable to offer you an interview. Thank you for applying
to the SLU General Surgery Residency."

{THAL_FOOT_TXT}
"""
    html = thal_html("Application update", ["Hi Nadia,", "<i>&ldquo;We regret to inform you that we are unable to offer you "
                     "an interview. Thank you for applying to the SLU General Surgery Residency.&rdquo;</i>"],
                     [("Program", prog), ("Status", "Declined")])
    out.append(("b18-rej-thal-slu-gs.eml",
                L("rejection", "Saint Louis University School of Medicine", "thalamus", S, "categorical"),
                build(THAL_FROM, ME, "Application update", date,
                      "<0100018f7a21c6b4-slu-gs-rej@email.thalamusgme.com>", text, html)))

    # ================= info =================
    # i1 UTSW GS virtual socials (non-interview dates)
    date = T(2026, 11, 2, 12, 0, 0, -6)
    text = """Dear Applicants,

Thank you for your interest in the UT Southwestern Medical Center General Surgery Residency!
Our residents are hosting two optional virtual "Meet the Residents" evenings for all applicants
who have been offered an interview:

  - Thursday, November 12, 7:00-8:30 PM CT
  - Thursday, December 3, 7:00-8:30 PM CT

Zoom: https://utsouthwestern.zoom.us/j/98104411207 (passcode SURG27)

Attendance is optional and not part of the evaluation.

Residency Program Office, Department of Surgery
UT Southwestern Medical Center
"""
    out.append(("b18-info-email-utsw-gs.eml",
                L("info", "UT Southwestern Medical Center", "email", S),
                build("UTSW Surgery Residency <surgery.residency@utsouthwestern.edu>", "undisclosed-recipients:;",
                      "Meet the Residents \u2013 UTSW General Surgery", date,
                      "<SJ2PR10MB6633.surgres.1102@namprd10.prod.outlook.com>", text,
                      headers=[("Delivered-To", APPLICANT_EMAIL)])))

    # i2 Tulane Med-Peds open house / second look (post-interview)
    date = T(2027, 1, 20, 9, 30, 0, -6)
    html = """<div><p>Dear Med-Peds applicants,</p>
<p>Thank you for interviewing with Tulane Med-Peds this season! As promised, we are hosting an
<b>optional in-person Open House</b> for anyone who would like to see New Orleans in person:</p>
<p><b>Friday, February 12, 2027</b> &mdash; hospital tours 1&ndash;4 PM, crawfish boil with residents 5 PM.<br>
RSVP by February 1 using <a href="https://forms.gle/TulaneMPOpenHouse27">this form</a>.</p>
<p>Per NRMP policy, attendance is entirely optional and does not affect your ranking.</p>
<p>Warmly,<br>Brianne Thibodeaux<br>Program Coordinator, Internal Medicine-Pediatrics Residency<br>Tulane University School of Medicine</p></div>
"""
    out.append(("b18-info-email-tulane-medpeds.eml",
                L("info", "Tulane University School of Medicine", "email", MP),
                build("Brianne Thibodeaux <bthibodeaux@tulane.edu>", ME,
                      "Tulane Med-Peds Open House \u2013 Feb 12 \U0001F3BA", date,
                      "<CAF7k2mT9tulaneMP0120@mail.gmail.com>", html=html)))

    # i3 VUMC GME office mailing
    date = T(2026, 11, 16, 13, 0, 0, -6)
    text = """Vanderbilt University Medical Center | Graduate Medical Education

Information for 2027 Residency Applicants

Thank you for your interest in training at Vanderbilt University Medical Center. Below is
information shared with all applicants:

  * PGY-1 salary for academic year 2027-2028: $69,410 (PGY-2 $71,120)
  * Benefits: health, dental and vision from day one; 4 weeks of vacation
  * Housing: a virtual Nashville neighborhoods session is held on Thursday, January 21, 2027
  * Orientation for new house staff begins Monday, June 21, 2027; residency starts July 1, 2027

Questions? gme@vumc.org

Office of Graduate Medical Education
1211 21st Avenue South, Nashville, TN 37232
"""
    out.append(("b18-info-gme-vumc-none.eml",
                L("info", "Vanderbilt University Medical Center", "email"),
                build("VUMC Graduate Medical Education <gme@vumc.org>", ME,
                      "Information for 2027 residency applicants", date,
                      "<BL0PR08MB5510.gme.1116@namprd08.prod.outlook.com>", text)))

    # i4 NRMP ROL opening
    date = T(2027, 1, 29, 12, 0, 6, -5)
    text = """Dear Nadia Kowalczyk,

NRMP ID: N0418273

The Rank Order List Entry for the 2027 Main Residency Match opens on Monday, February 1, 2027 at
12:00 PM ET. Applicants must certify their rank order lists by 9:00 PM ET on Wednesday, March 3,
2027. Match Day is Friday, March 19, 2027.

Remember: you may only rank programs at which you interviewed. If you are participating as a
couple, both partners must certify.

Log in to the R3 system: https://r3.nrmp.org/viewLoginPage

National Resident Matching Program
2121 K Street, NW, Suite 1000, Washington, DC 20037
"""
    out.append(("b18-info-nrmp-rol-none.eml",
                L("info", None, "other"),
                build("NRMP <support@nrmp.org>", ME, "2027 Main Residency Match: Rank Order List Entry Opens February 1",
                      date, "<nrmp.rol.2027.n0418273@nrmp.org>", text)))

    # i5 Thalamus platform notice
    date = T(2026, 10, 5, 15, 0, 0, 0)
    text = f"""Hi Nadia,

Welcome to the 2026-2027 interview season on Thalamus!

  * Calendar sync: connect Google or Outlook calendars so your interviews appear automatically.
  * Notifications: turn on text alerts so you never miss an invitation or a waitlist spot.
  * Travel: compare flights and hotels for in-person interview days from your dashboard.

Open Thalamus: https://app.thalamusgme.com/applicant/dashboard

{THAL_FOOT_TXT}
"""
    html = thal_html("Welcome to interview season!", ["Hi Nadia,", "Welcome to the 2026-2027 interview season on Thalamus!",
                     "&bull; <b>Calendar sync</b>: connect Google or Outlook calendars.<br>&bull; <b>Notifications</b>: turn on text "
                     "alerts so you never miss an invitation or a waitlist spot.<br>&bull; <b>Travel</b>: compare flights and hotels."],
                     button="Open Thalamus", url="https://app.thalamusgme.com/applicant/dashboard")
    out.append(("b18-info-thal-platform-none.eml",
                L("info", None, "thalamus"),
                build(THAL_FROM, ME, "Get ready for interview season \u2728", date,
                      "<0100018e9a0b1c11-season@email.thalamusgme.com>", text, html)))

    # i6 ERAS/AAMC notice
    date = T(2026, 10, 1, 10, 0, 0, -4)
    text = """Dear ERAS 2027 Applicant,

As the interview season begins, a few reminders from the AAMC:

  - Keep your contact information current in MyERAS so programs can reach you.
  - Check the MyERAS Post Office and Interviews tab regularly; some programs send interview
    invitations and updates only through ERAS.
  - Programs may set a Freeze Date for each interview date, after which you can no longer
    reschedule in MyERAS.
  - Review the AAMC Interview Guidance and the NRMP Match Participation Agreement.

MyERAS: https://apps.aamc.org/myeras-web/

Sincerely,
ERAS Team, Association of American Medical Colleges
"""
    out.append(("b18-info-eras-aamc-none.eml",
                L("info", None, "eras"),
                build("AAMC ERAS <erasinfo@aamc.org>", ME, "ERAS 2027: Interview Season Reminders", date,
                      "<aamc.eras.2027.season.notice@aamc.org>", text)))

    # i7 Ochsner ENT: all invitations have been sent (mass mail)
    date = T(2026, 11, 30, 17, 2, 10, -6)
    text = """Dear Applicants,

Thank you for your interest in the Otolaryngology - Head and Neck Surgery residency at
Ochsner Clinic Foundation. We want to let you know that all interview invitations for the 2026-2027
cycle have now been sent. Applicants who were not invited will receive a final status
notification in ERAS.

We are grateful for the time you invested in your application.

Ochsner Otolaryngology Residency Program
1514 Jefferson Highway, New Orleans, LA 70121
"""
    out.append(("b18-info-email-ochsner-ent.eml",
                L("info", "Ochsner Clinic Foundation", "email", ENT),
                build("Ochsner ENT Residency <entresidency@ochsner.org>", "undisclosed-recipients:;",
                      "Ochsner Otolaryngology \u2013 Interview Invitations Update", date,
                      "<BN8PR04MB6211.ent.1130@namprd04.prod.outlook.com>", text,
                      headers=[("Delivered-To", APPLICANT_EMAIL)])))

    # i8 WashU IR: PGY-1 planning info to all applicants
    date = T(2026, 10, 8, 11, 15, 0, -5)
    text = """Dear IR-Integrated applicants,

Thank you for applying to the Interventional Radiology - Integrated residency at the Mallinckrodt
Institute of Radiology, Washington University School of Medicine in St. Louis.

A reminder that our IR-Integrated positions begin in PGY-2; you should also apply to and rank a
preliminary surgery or Transitional Year program for your PGY-1.

Join our optional virtual open house on Thursday, October 29 at 6 PM CT to meet faculty and
residents: https://wustl.zoom.us/j/91527730418

Interview invitations will be sent on a rolling basis through November.

IR Residency Program
Mallinckrodt Institute of Radiology
"""
    out.append(("b18-info-email-washu-ir.eml",
                L("info", "Washington University School of Medicine in St. Louis", "email", IR),
                build("MIR IR Residency <ir.residency@wustl.edu>", "undisclosed-recipients:;",
                      "IR-Integrated applicants: PGY-1 planning and open house", date,
                      "<DM6PR02MB5533.irres.1008@namprd02.prod.outlook.com>", text,
                      headers=[("Delivered-To", APPLICANT_EMAIL)])))

    # i9 UAMS Med-Peds post-interview note from PD
    date = T(2026, 12, 21, 18, 3, 0, -6)
    text = """Dear Nadia,

Thank you for spending a day with us this season. It was a pleasure getting to know you, and our
residents enjoyed your questions about the Arkansas Children's continuity clinic.

In keeping with NRMP guidance, our program will not ask about, or comment on, how applicants
plan to rank programs, and we do not send post-interview communication about ranking. Please
do not feel obligated to send thank-you notes or letters of intent.

Warm regards,

Jeremy T. Holloway, MD
Program Director, Internal Medicine-Pediatrics Residency
University of Arkansas for Medical Sciences
4301 W. Markham St., #634, Little Rock, AR 72205
"""
    out.append(("b18-info-pd-uams-medpeds.eml",
                L("info", "University of Arkansas for Medical Sciences", "email", MP),
                build("Holloway, Jeremy T <jtholloway@uams.edu>", ME, "Thank you from UAMS Med-Peds", date,
                      "<CY4PR12MB6021.jholloway.1221@namprd12.prod.outlook.com>", text)))

    # i10 OU Surgery: invitation timeline, program-wide dates (not offered to applicant)
    date = T(2026, 10, 9, 14, 20, 0, -5)
    text = """Dear General Surgery Applicant,

Thank you for applying to the General Surgery Residency at the University of Oklahoma College
of Medicine. Our review is well underway. A few details on our timeline:

  * Interview invitations will be released in two waves, on Wednesday, October 28 and
    Wednesday, November 18.
  * This season's interview days are December 4, December 11 and January 8. All are in person
    at OU Health University of Oklahoma Medical Center in Oklahoma City.
  * Applicants not selected for interview will be notified via ERAS by December 15.

Please do not contact the program regarding your status before these dates.

OU Surgery Residency Office
University of Oklahoma College of Medicine
"""
    out.append(("b18-info-email-ouhealth-gs.eml",
                L("info", "University of Oklahoma College of Medicine", "email", S),
                build("OU Surgery Residency <surgery-residency@ouhsc.edu>", "undisclosed-recipients:;",
                      "OU General Surgery \u2013 Interview Timeline", date,
                      "<BL1PR05MB8102.surgres.1009@namprd05.prod.outlook.com>", text,
                      headers=[("Delivered-To", APPLICANT_EMAIL)])))

    # ================= other =================
    # o1 partner's forwarded UTSW IM invitation
    date = T(2026, 10, 21, 19, 2, 40, -5)
    text = """Babe!! Look what came today. UTSW IM!! If you get Dallas surgery too we are set 😭

---------- Forwarded message ---------
From: Thalamus <noreply@thalamusgme.com>
Date: Wed, Oct 21, 2026 at 4:11 PM
Subject: Interview Invitation – UT Southwestern Medical Center
To: <theo.marsh.md@gmail.com>


Hi Theo,

UT Southwestern Medical Center has invited you to interview for the 2027 Match.

Program: UT Southwestern Medical Center - Internal Medicine (Categorical)
Interview type: Virtual
Available dates:
  - Tue, Dec 1, 2026
  - Tue, Dec 8, 2026
  - Tue, Jan 12, 2027
Respond by: October 26, 2026 11:59 PM CDT

View invitation and schedule: https://app.thalamusgme.com/applicant/invitations/71b0c2aa-4e95-4b38-8a0f-0f3d5e6a9c12
"""
    out.append(("b18-oth-fwd-utswpartner-im.eml",
                L("other", platform="other"),
                build("Theo Marsh <theo.marsh.md@gmail.com>", ME,
                      "Fwd: Interview Invitation \u2013 UT Southwestern Medical Center", date,
                      "<CAP2bq0TheoFwd1021@mail.gmail.com>", text)))

    # o2 classmate's forwarded Tulane ENT invitation
    date = T(2026, 11, 4, 21, 33, 8, -6)
    text = """hey Nadia - did you get this one too?? trying to figure out if Tulane sent all their ENT
invites today. I picked Dec 10 lol

-Priya

-------- Forwarded Message --------
Subject: 	Tulane Otolaryngology Interview Invitation
Date: 	Wed, 4 Nov 2026 15:02:47 -0600
From: 	Tulane Otolaryngology <entresidency@tulane.edu>
To: 	priya.venkataraman.ms4@gmail.com

Dear Priya,

The Department of Otolaryngology at Tulane University School of Medicine is pleased to invite
you to interview. Available dates: Thursday, December 10 and Thursday, January 14, 2027.
Please select your date by November 9 at 5 PM CT:
https://www.signupgenius.com/go/TulaneENT2027

Sincerely,
Tulane Otolaryngology Residency
"""
    out.append(("b18-oth-fwd-tulaneclassmate-ent.eml",
                L("other", platform="other"),
                build("Priya Venkataraman <priya.venkataraman.ms4@gmail.com>", ME,
                      "Fwd: Tulane Otolaryngology Interview Invitation", date,
                      "<5b1e0c77-priya-fwd-1104@gmail.com>", text, headers=[("User-Agent", "Mozilla Thunderbird")])))

    # o3 VUMC research job interview (same institution)
    date = T(2026, 11, 9, 14, 5, 0, -6)
    text = """Dear Nadia,

Thank you for applying to Vanderbilt University Medical Center for the position of Research
Assistant II - Department of Radiology (Req. R-48817). We would like to invite you to a phone
screen with the hiring manager.

Please choose a time using the scheduling link below:
https://vumc.wd1.myworkdayjobs.com/vumccareers/interview/R-48817

Vanderbilt University Medical Center Talent Acquisition
This is a job application for employment, unrelated to residency recruitment.
"""
    out.append(("b18-oth-email-vumc-job.eml",
                L("other", platform="other"),
                build("VUMC Talent Acquisition <vumc@myworkday.com>", ME,
                      "Interview Request: Research Assistant II - Radiology", date,
                      "<workday.vumc.R-48817.interview@myworkday.com>", text)))

    # o4 hotel confirmation (Ochsner rate)
    date = T(2026, 11, 21, 10, 11, 52, -6)
    html = """<html><body style="font-family:Arial;font-size:13px">
<h2>Reservation Confirmation</h2>
<p>Dear Nadia Kowalczyk,</p><p>Thank you for choosing the Brent House Hotel. Your reservation has been updated.</p>
<table cellpadding="4"><tr><td>Confirmation #</td><td>BH-771402</td></tr>
<tr><td>Arrival</td><td>Monday, December 14, 2026</td></tr><tr><td>Departure</td><td>Tuesday, December 15, 2026</td></tr>
<tr><td>Rate</td><td>Ochsner Interview Rate &ndash; $139.00/night</td></tr><tr><td>Room</td><td>1 King, non-smoking</td></tr></table>
<p>Brent House Hotel &middot; 1512 Jefferson Highway, New Orleans, LA 70121 &middot; (504) 835-5411</p></body></html>
"""
    out.append(("b18-oth-email-brenthouse-hotel.eml",
                L("other", platform="other"),
                build("Brent House Hotel <reservations@brenthousehotel.com>", ME,
                      "Updated reservation confirmation #BH-771402", date,
                      "<bh.771402.update@brenthousehotel.com>", html=html, html_cte="base64")))

    # o5 American Airlines flight
    date = T(2026, 11, 22, 20, 44, 3, -6)
    text = """Your trip confirmation (MCI - LIT)

Record locator: KQZWTP

Sunday, December 6, 2026
  AA 3841  Kansas City, MO (MCI) 2:05 PM -> Dallas/Fort Worth (DFW) 3:50 PM
  AA 3122  Dallas/Fort Worth (DFW) 5:10 PM -> Little Rock, AR (LIT) 6:15 PM
Monday, December 7, 2026
  AA 3355  Little Rock, AR (LIT) 6:40 PM -> Dallas/Fort Worth (DFW) 7:55 PM
  AA 5120  Dallas/Fort Worth (DFW) 9:05 PM -> Kansas City, MO (MCI) 10:45 PM

Passenger: NADIA KOWALCZYK   AAdvantage: ****7Q2

Manage your trip: https://www.aa.com/reservation/view/find-your-trip
American Airlines
"""
    out.append(("b18-oth-email-aa-flight.eml",
                L("other", platform="other"),
                build("American Airlines <no-reply@info.email.aa.com>", ME,
                      "Your trip confirmation (MCI - LIT)", date, "<aa.KQZWTP.conf@info.email.aa.com>", text)))

    # o6 Out-of-office auto-reply from BCM coordinator
    date = T(2027, 1, 3, 18, 12, 31, -6)
    text = """I am out of the office through Monday, January 4, 2027 with limited access to email. I will
respond to your message upon my return. For urgent matters, please contact
gsresidency@bcm.edu.

Carla Nguyen
Residency Program Coordinator, Baylor College of Medicine
"""
    out.append(("b18-oth-ooo-bcm-coord.eml",
                L("other", platform="other"),
                build("Nguyen, Carla <carla.nguyen@bcm.edu>", ME,
                      "Automatic reply: Withdrawal - General Surgery interview 1/14/2027", date,
                      "<BY5PR05MB7140.cnguyen.ooo.0103@namprd05.prod.outlook.com>", text,
                      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])))

    # o7 ACS newsletter naming programs
    date = T(2026, 11, 19, 7, 0, 0, -6)
    html = """<html><body style="font-family:Arial;font-size:14px">
<h2>RAS-ACS Monthly &middot; November 2026</h2>
<p><b>Interview season survival guide.</b> Residents from Baylor College of Medicine, Vanderbilt University Medical Center
and Ochsner Clinic Foundation share how they approached virtual and in-person interview days.</p>
<p><b>Clinical Congress recap.</b> Highlights from the Resident and Associate Society sessions.</p>
<p><b>Call for abstracts</b> for the 2027 Surgical Education Week closes December 1.</p>
<p style="font-size:11px;color:#777">American College of Surgeons &middot; 633 N. Saint Clair St., Chicago, IL 60611 &middot;
<a href="https://www.facs.org/unsubscribe">Unsubscribe</a></p></body></html>
"""
    out.append(("b18-oth-news-acs-surgery.eml",
                L("other", platform="other"),
                build("American College of Surgeons <ras@facs.org>", ME, "RAS-ACS Monthly: Interview season survival guide",
                      date, "<ras.monthly.202611@facs.org>", html=html)))

    # o8 marketing that talks about interview invitations
    date = T(2026, 10, 24, 9, 30, 0, -5)
    text = """Got your interview invitation? 🎉 Now ace the interview.

Hi Nadia,

Invitations are rolling in for Surgery, ENT and IR. Book a 1:1 mock interview with a former
program director this week and save 20% with code INVITE20.

  * Behavioral and "tell me about yourself" practice
  * Virtual interview lighting and audio check
  * Thank-you note templates

Book now: https://www.matchreadycoaching.com/book?utm_source=email&utm_campaign=invite20

MatchReady Coaching, 1200 Main St., Suite 400, Dallas, TX 75202
Unsubscribe: https://www.matchreadycoaching.com/unsubscribe
"""
    out.append(("b18-oth-mkt-matchready-coaching.eml",
                L("other", platform="other"),
                build("MatchReady Coaching <hello@matchreadycoaching.com>", ME,
                      "Got your interview invitation? \U0001F389 Save 20% on mock interviews", date,
                      "<mr.invite20.1024@matchreadycoaching.com>", text)))

    return out
