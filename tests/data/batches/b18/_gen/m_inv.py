"""The 22 invitations of batch b18."""
from lib import *

S = "Surgery"
ENT = "Otolaryngology - Head and Neck Surgery"
IR = "Interventional Radiology - Integrated"
MP = "Internal Medicine/Pediatrics"
CN = "Child Neurology"
TY = "Transitional Year"


def msgs():
    out = []

    # 1 ---- Thalamus: UT Southwestern General Surgery (categorical) ----
    dates = ["2026-11-13", "2026-12-04", "2026-12-11", "2027-01-08"]
    url = "https://app.thalamusgme.com/applicant/invitations/3d9f1b62-8c4e-4a7f-b1d3-6e2a90c5f718"
    date = T(2026, 10, 14, 15, 2, 11, 0)
    rows = [("Program", "UT Southwestern Medical Center - Surgery (Categorical)"),
            ("Interview type", "Virtual"),
            ("Available dates", "<br>".join(shorty(d) for d in dates)),
            ("Respond by", "October 28, 2026 11:59 PM CDT")]
    text = f"""Hi Nadia,

UT Southwestern Medical Center has invited you to interview for the 2027 Match.

Program: UT Southwestern Medical Center - Surgery (Categorical)
Interview type: Virtual
Available dates:
""" + "\n".join("  - " + shorty(d) for d in dates) + f"""
Respond by: October 28, 2026 11:59 PM CDT

Message from the program:
"Congratulations! The Department of Surgery at UT Southwestern is pleased to invite you to
interview with our General Surgery residency. Interview dates are offered on a first-come,
first-served basis. Please select your date in Thalamus. - Residency Program Office"

View invitation and schedule: {url}

{THAL_FOOT_TXT}
"""
    html = thal_html("You have a new interview invitation",
                     ["Hi Nadia,", "<b>UT Southwestern Medical Center</b> has invited you to interview for the 2027 Match.",
                      "<i>&ldquo;Congratulations! The Department of Surgery at UT Southwestern is pleased to invite you to "
                      "interview with our General Surgery residency. Interview dates are offered on a first-come, "
                      "first-served basis. Please select your date in Thalamus. &ndash; Residency Program Office&rdquo;</i>"],
                     rows, "View Invitation", url)
    out.append(("b18-inv-thal-utsw-gs.eml",
                L("invitation", "UT Southwestern Medical Center", "thalamus", S, "categorical", "virtual", dates,
                  "2026-10-28T23:59:00-05:00", url),
                build(THAL_FROM, ME, "Interview Invitation – UT Southwestern Medical Center", date,
                      "<0100018f2a7c3e11-utsw-gs@email.thalamusgme.com>", text, html)))

    # 2 ---- ERAS scheduler: UAMS Otolaryngology ----
    dates = ["2026-11-30", "2026-12-07", "2027-01-11"]
    eras_url = "https://apps.aamc.org/myeras-web/#/landing/interviews"
    date = T(2026, 10, 21, 11, 5, 43, -4)
    text = f"""Dear Nadia Kowalczyk,

You have received an interview invitation through the ERAS Interview Scheduling feature.

Program: University of Arkansas for Medical Sciences (UAMS) College of Medicine Program
Program Number: 2800421081
Specialty: Otolaryngology - Head and Neck Surgery
AAMC ID: {AAMC_ID}

Interview format: In-Person
Interview dates available:
""" + "\n".join(f"    {num2(d)} ({wd(d)})  7:00 AM - 3:30 PM CT" for d in dates) + f"""

Response requested by: 11/04/2026 11:59 PM ET
Freeze Date: 11/20/2026 (after this date you may only cancel, not reschedule, through MyERAS)

To accept, decline or view this invitation, sign in to MyERAS and open the Interviews tab:
{eras_url}

Message from the program:
Thank you for your interest in Otolaryngology - Head and Neck Surgery at UAMS. All interviews
will be held in person in Little Rock. Details on the pre-interview dinner will follow.

Please do not reply to this email. This mailbox is not monitored.
Electronic Residency Application Service (ERAS) | Association of American Medical Colleges
655 K Street, NW, Suite 100, Washington, DC 20001-2399
"""
    out.append(("b18-inv-eras-uams-ent.eml",
                L("invitation", "University of Arkansas for Medical Sciences (UAMS) College of Medicine", "eras", ENT,
                  None, "in_person", dates, "2026-11-04T23:59:00-05:00", eras_url),
                build(ERAS_FROM, ME, "ERAS Interview Invitation", date,
                      "<eras.sched.2800421081.16389214.1@aamc.org>", text, text_cte="7bit")))

    # 3 ---- Interview Broker: Vanderbilt IR ----
    dates = ["2026-12-02", "2026-12-09", "2027-01-13"]
    url = "https://www.interviewbroker.com/applicant/invitations/vumc-ir-integrated/44718?token=dnVtY2lyMjc"
    date = T(2026, 10, 27, 16, 30, 5, 0)
    text = f"""Interview Invitation - Vanderbilt University Medical Center

Dear Nadia,

Vanderbilt University Medical Center - Interventional Radiology (Integrated) has invited you to
schedule an interview through Interview Broker.

Session dates (all virtual, Central Time):
""" + "\n".join(f"  * {long(d)}" for d in dates) + f"""

Please schedule within 72 hours of receiving this email. Unscheduled invitations may be
released to other applicants.

Schedule your interview: {url}

This is an automated message from Interview Broker on behalf of the program listed above.
"""
    html = ib_html("Interview Invitation", [
        "Dear Nadia,",
        "<b>Vanderbilt University Medical Center - Interventional Radiology (Integrated)</b> has invited you to schedule an interview.",
        "Please schedule <b>within 72 hours</b> of receiving this email. Unscheduled invitations may be released to other applicants."],
        [("Session dates", "<br>".join(long(d) for d in dates)), ("Format", "Virtual (Central Time)")],
        "Schedule Interview", url)
    out.append(("b18-inv-ib-vumc-ir.eml",
                L("invitation", "Vanderbilt University Medical Center", "interview_broker", IR, None, "virtual",
                  dates, plus(date, hours=72), url),
                build(IB_FROM, ME, "Interview Invitation - Vanderbilt University Medical Center", date,
                      "<ib.inv.44718.8827@interviewbroker.com>", text, html)))

    # 4 ---- Tulane Med-Peds: never says "invite"; "within three business days" ----
    dates = ["2026-11-20", "2026-12-11", "2027-01-15"]
    date = T(2026, 10, 22, 10, 14, 37, -5)
    text = f"""Hi Nadia,

Thank you for applying to the Tulane Internal Medicine-Pediatrics residency. Our faculty really
enjoyed reading your application and we would like to meet you!

Please reply to this email with your first and second choice from the days below:

  - Friday, November 20
  - Friday, December 11
  - Friday, January 15, 2027

All days run 8:00 AM - 1:00 PM Central on Zoom and include a virtual tour of Tulane Medical
Center and Children's Hospital New Orleans, where our residents train.

We ask that you get back to us within three business days so we can offer any remaining spots
to other applicants.

Warmly,
Brianne Thibodeaux
Program Coordinator, Internal Medicine-Pediatrics Residency
Tulane University School of Medicine
1430 Tulane Ave, #8045 | New Orleans, LA 70112
p 504-988-0000
"""
    html = f"""<div dir="ltr"><p>Hi Nadia,</p>
<p>Thank you for applying to the Tulane Internal Medicine-Pediatrics residency. Our faculty really enjoyed
reading your application and <b>we would like to meet you!</b></p>
<p>Please reply to this email with your first and second choice from the days below:</p>
<ul><li>Friday, November 20</li><li>Friday, December 11</li><li>Friday, January 15, 2027</li></ul>
<p>All days run 8:00 AM &ndash; 1:00 PM Central on Zoom and include a virtual tour of Tulane Medical Center and
Children&#39;s Hospital New Orleans, where our residents train.</p>
<p>We ask that you get back to us <u>within three business days</u> so we can offer any remaining spots to other applicants.</p>
<p>Warmly,<br>Brianne Thibodeaux<br>Program Coordinator, Internal Medicine-Pediatrics Residency<br>
Tulane University School of Medicine<br>1430 Tulane Ave, #8045 | New Orleans, LA 70112<br>p 504-988-0000</p></div>
"""
    out.append(("b18-inv-email-tulane-medpeds.eml",
                L("invitation", "Tulane University School of Medicine", "email", MP, None, "virtual", dates,
                  plus_business_days(date, 3)),
                build("Brianne Thibodeaux <bthibodeaux@tulane.edu>", ME,
                      "Tulane Med-Peds \u2013 interview days", date,
                      "<CAF7k2mT9tulaneMP1022@mail.gmail.com>", text, html)))

    # 5 ---- Ochsner General Surgery: PD letter, HTML table, many non-interview dates ----
    dates = ["2026-12-08", "2026-12-15", "2027-01-12"]
    url = "https://www.signupgenius.com/go/8050A4EAFAB2FA6F58-ochsnersurgery2027"
    date = T(2026, 10, 19, 9, 31, 22, -5)
    def eve(iso):  # Monday before
        return (D(iso) - dt.timedelta(days=1)).isoformat()
    trs = "".join(f"<tr><td>{long(d)}</td><td>{wd(eve(d))} evening, {md(eve(d))}: resident social (optional)</td>"
                  f"<td>Nights of {md(eve(d))}</td></tr>" for d in dates)
    html = f"""<html><body style="font-family:Georgia,serif;font-size:14px">
<p style="text-align:center"><b>OCHSNER CLINIC FOUNDATION</b><br>Department of Surgery &middot; General Surgery Residency<br>
1514 Jefferson Highway, New Orleans, LA 70121</p>
<p>October 19, 2026</p>
<p>Dear Ms. Kowalczyk,</p>
<p>On behalf of the faculty and residents of the General Surgery Residency at Ochsner Clinic Foundation, it is my
pleasure to invite you to interview for a categorical position beginning July 1, 2027. Interviews are held in person
on our main campus on Jefferson Highway.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#00467f;color:#fff"><th>Interview day</th><th>Pre-interview event</th><th>Hotel block (Ochsner rate)</th></tr>
{trs}
</table>
<p>Please reserve your interview day through our SignUpGenius page
<a href="{url}">{url}</a> <b>by 5 PM CT Friday</b>. Spots are limited to twelve applicants per day.</p>
<p>Applicants who rank us highly are welcome at our Second Look on Friday, February 5, 2027. Rank order lists are due
March 3, 2027 and Match Day is Friday, March 19, 2027.</p>
<p>We look forward to meeting you.</p>
<p>Sincerely,<br><br>Marcus J. Arceneaux, MD, FACS<br>Program Director, General Surgery Residency<br>
Ochsner Clinic Foundation</p></body></html>
"""
    text = f"""OCHSNER CLINIC FOUNDATION
Department of Surgery - General Surgery Residency
1514 Jefferson Highway, New Orleans, LA 70121

October 19, 2026

Dear Ms. Kowalczyk,

On behalf of the faculty and residents of the General Surgery Residency at Ochsner Clinic
Foundation, it is my pleasure to invite you to interview for a categorical position beginning
July 1, 2027. Interviews are held in person on our main campus on Jefferson Highway.

""" + "\n".join(f"  {long(d):<30} social {short(eve(d))} evening; hotel night of {md(eve(d))}" for d in dates) + f"""

Please reserve your interview day through our SignUpGenius page
{url} by 5 PM CT Friday. Spots are limited to twelve applicants per day.

Applicants who rank us highly are welcome at our Second Look on Friday, February 5, 2027.
Rank order lists are due March 3, 2027 and Match Day is Friday, March 19, 2027.

Sincerely,

Marcus J. Arceneaux, MD, FACS
Program Director, General Surgery Residency
Ochsner Clinic Foundation
"""
    out.append(("b18-inv-pd-ochsner-gs.eml",
                L("invitation", "Ochsner Clinic Foundation", "email", S, "categorical", "in_person", dates,
                  at("2026-10-23", 17, 0, -5), url),
                build("Ochsner General Surgery Residency <gsresidency@ochsner.org>", ME,
                      "Interview Invitation \u2013 Ochsner General Surgery", date,
                      "<BN8PR04MB6211.ochsner.gs.1019@namprd04.prod.outlook.com>", text, html,
                      text_cte="quoted-printable", html_cte="base64")))

    # 6 ---- UTHSC ENT: program only in signature; ranges "Dec 2–4; choose one" ----
    dates = ["2026-12-02", "2026-12-03", "2026-12-04", "2027-01-06", "2027-01-07", "2027-01-08"]
    date = T(2026, 11, 4, 12, 3, 15, -6)
    text = f"""Dear Nadia,

Thank you for your application. The faculty would love to spend a day with you in Memphis this
winter. We run two interview blocks; each applicant attends one day only:

    Block A:  Dec 2\u20134 (Wed\u2013Fri); choose one
    Block B:  Jan 6\u20138, 2027 (Wed\u2013Fri); choose one

Days are in person and start at 7:15 a.m. in the Hamilton Eye Institute auditorium (parking in
the Union Ave garage is validated). There is an informal dinner with the residents the evening
before each day.

Please let us know your first and second preference by noon Central on Monday, November 9.
After that we will fill remaining spaces from our alternate list.

Best regards,

Kendra Pruitt, C-TAGME
Residency Program Coordinator
Department of Otolaryngology \u2013 Head and Neck Surgery
The University of Tennessee Health Science Center
910 Madison Ave, Suite 400 | Memphis, TN 38163
"""
    out.append(("b18-inv-email-uthsc-ent.eml",
                L("invitation", "The University of Tennessee Health Science Center", "email", ENT, None,
                  "in_person", dates, at("2026-11-09", 12, 0, -6)),
                build("Kendra Pruitt <kpruitt7@uthsc.edu>", ME, "Interview days \u2013 Memphis", date,
                      "<SJ0PR08MB7733.kpruitt.1104@namprd08.prod.outlook.com>", text, text_cte="8bit")))

    # 7 ---- SLU Child Neurology: "Tuesday, the 8th", "no later than noon on 11/13" ----
    dates = ["2026-12-08", "2026-12-15", "2027-01-12"]
    date = T(2026, 11, 5, 14, 22, 10, -6)
    text = f"""Hello Nadia,

Greetings from St. Louis! I'm writing on behalf of Dr. Okonkwo and the Child Neurology selection
committee. We were impressed by your application and would be glad to have you join us for an
interview day.

Our days this season are all Tuesdays:

  December:  {nth(dates[0])} or {nth(dates[1])}
  January:   {nth(dates[2])}

Interviews are in person at SSM Health Cardinal Glennon Children's Hospital (1465 S. Grand Blvd);
you will also see SSM Health Saint Louis University Hospital, where our residents do their adult
neurology year.

Please reply with your preferred Tuesday no later than noon on 11/13 (Central). Dates are
assigned in the order replies arrive.

Kind regards,
Alicia Brandt
Residency Coordinator, Child Neurology
Saint Louis University School of Medicine
Department of Pediatrics \u00b7 1465 S. Grand Blvd \u00b7 St. Louis, MO 63104
"""
    out.append(("b18-inv-email-slu-childneuro.eml",
                L("invitation", "Saint Louis University School of Medicine", "email", CN, None, "in_person",
                  dates, at("2026-11-13", 12, 0, -6)),
                build("Alicia Brandt <alicia.brandt@health.slu.edu>", ME,
                      "SLU Child Neurology \u2013 interview day", date,
                      "<MN2PR11MB4410.abrandt.1105@namprd11.prod.outlook.com>", text, text_cte="base64")))

    # 8 ---- WashU IR: Exchange calendar hold, date ONLY in the .ics ----
    date = T(2026, 11, 9, 10, 5, 51, -6)
    text = """Dear Dr. Kowalczyk (to be!),

Good news from the Mallinckrodt Institute of Radiology. A spot has come up for you in our
Interventional Radiology - Integrated interview season, and we have reserved a tentative
interview day for you. Please see the attached calendar hold for the date and Zoom details.

Accept the hold, or let us know by Friday at 5 pm if you need a different day and we will do
our best to accommodate. If we do not hear from you, the hold will be released.

Interviews this year are fully virtual.

Thank you,
Jolene Mertz
Education Coordinator, Interventional Radiology Residency
Mallinckrodt Institute of Radiology
Washington University School of Medicine in St. Louis
510 S. Kingshighway Blvd., Campus Box 8131, St. Louis, MO 63110
"""
    cal = ics("040000008200E00074C5B7101A82E00800000000IRHOLD27", "WashU MIR IR-Integrated Residency Interview (tentative hold)",
              "20270115T073000", "20270115T130000", "Central Standard Time", "Zoom - link to follow",
              "Virtual interview day\nMallinckrodt Institute of Radiology\nWashington University School of Medicine in St. Louis",
              "Jolene Mertz:mailto:jmertz@wustl.edu")
    out.append(("b18-inv-ics-washu-ir.eml",
                L("invitation", "Washington University School of Medicine in St. Louis", "email", IR, None,
                  "virtual", ["2027-01-15"], at("2026-11-13", 17, 0, -6)),
                build("Mertz, Jolene <jmertz@wustl.edu>", ME, "Tentative hold: IR Residency Interview", date,
                      "<DM6PR02MB5533.jmertz.1109@namprd02.prod.outlook.com>", text,
                      attachments=[("invite.ics", cal, "text/calendar")],
                      headers=[("Thread-Topic", "IR Residency Interview"), ("X-MS-Has-Attach", "yes")])))

    # 9 ---- KU Med-Peds: Google Form, deadline after DST change ----
    dates = ["2026-11-19", "2026-12-03", "2026-12-17", "2027-01-14"]
    url = "https://docs.google.com/forms/d/e/1FAIpQLSdKUMedPeds2027InterviewSelect/viewform"
    date = T(2026, 10, 28, 8, 47, 19, -5)
    text = f"""Dear Nadia,

Congratulations! The Internal Medicine-Pediatrics Residency Program at the University of Kansas
School of Medicine would like to invite you to a virtual interview.

Interview dates (Microsoft Teams; 8:00 a.m.-12:30 p.m. CT):
""" + "\n".join(f"   \u2022 {wmd(d)}" for d in dates) + f"""

Please indicate your date preference using this Google Form by 5:00 pm Central on Wednesday,
November 4:
{url}

Dates fill quickly and are assigned in the order forms are received. A Teams link will be
emailed one week before your interview.

Rock Chalk,
Megan O'Rourke
Program Coordinator | Med-Peds Residency
The University of Kansas Health System / University of Kansas School of Medicine
3901 Rainbow Blvd, MS 1020 | Kansas City, KS 66160
"""
    out.append(("b18-inv-gform-ku-medpeds.eml",
                L("invitation", "University of Kansas School of Medicine", "email", MP, None, "virtual", dates,
                  at("2026-11-04", 17, 0, -6), url),
                build("Megan O\u2019Rourke <morourke3@kumc.edu>", ME,
                      "KU Med-Peds Interview Invitation \U0001F33B", date,
                      "<CAH9x8qKUmedpeds1028@mail.gmail.com>", text)))

    # 10 ---- Baylor Scott & White Temple: preliminary surgery, multi-hospital system ----
    dates = ["2026-11-19", "2026-12-10", "2027-01-07"]
    url = "https://forms.office.com/r/BSWTempleGSPrelim27"
    date = T(2026, 10, 26, 13, 18, 44, -5)
    html = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Nadia,</p>
<p>Thank you for applying to the <b>Preliminary Surgery</b> positions in the General Surgery Residency at
Baylor Scott &amp; White Medical Center &ndash; Temple. We would be delighted to host you for an interview.</p>
<p>Our preliminary interns rotate at three sites across Central Texas: Baylor Scott &amp; White Medical Center &ndash; Temple,
Baylor Scott &amp; White McLane Children&rsquo;s Medical Center, and the Central Texas Veterans Health Care System (Olin E.
Teague VA Medical Center). Interview days are held in person on the Temple campus, 2401 S. 31st Street.</p>
<table cellpadding="5" style="border:1px solid #999;border-collapse:collapse">
<tr><th style="border:1px solid #999">Date</th><th style="border:1px solid #999">Arrival</th></tr>
""" + "".join(f'<tr><td style="border:1px solid #999">{long(d)}</td><td style="border:1px solid #999">6:45 AM</td></tr>' for d in dates) + f"""
</table>
<p>Please choose a date using this Microsoft Form: <a href="{url}">{url}</a><br>
Please respond no later than Friday, October 30 at 12:00 p.m. CDT.</p>
<p>Respectfully,<br>Ramona Villarreal<br>Residency Program Coordinator, General Surgery<br>
Baylor Scott &amp; White Health &ndash; Central Texas Division<br>2401 S. 31st Street, Temple, TX 76508</p>
<p style="font-size:10px;color:#777">CONFIDENTIALITY NOTICE: This email is intended only for the person to whom it is addressed.</p>
</body></html>
"""
    text = f"""Dear Nadia,

Thank you for applying to the Preliminary Surgery positions in the General Surgery Residency at
Baylor Scott & White Medical Center \u2013 Temple. We would be delighted to host you for an interview.

Our preliminary interns rotate at three sites across Central Texas: Baylor Scott & White Medical
Center \u2013 Temple, Baylor Scott & White McLane Children's Medical Center, and the Central Texas Veterans
Health Care System (Olin E. Teague VA Medical Center). Interview days are held in person on the
Temple campus, 2401 S. 31st Street.

""" + "\n".join(f"  {long(d)}  - arrival 6:45 AM" for d in dates) + f"""

Please choose a date using this Microsoft Form: {url}
Please respond no later than Friday, October 30 at 12:00 p.m. CDT.

Respectfully,
Ramona Villarreal
Residency Program Coordinator, General Surgery
Baylor Scott & White Health \u2013 Central Texas Division
2401 S. 31st Street, Temple, TX 76508
"""
    out.append(("b18-inv-email-bswtemple-gsprelim.eml",
                L("invitation", "Baylor Scott & White Medical Center \u2013 Temple", "email", S, "preliminary",
                  "in_person", dates, at("2026-10-30", 12, 0, -5), url),
                build("Villarreal, Ramona <Ramona.Villarreal@BSWHealth.org>", ME,
                      "Preliminary Surgery Interview \u2013 Baylor Scott & White Temple", date,
                      "<SA1PR19MB5821.rvillarreal.1026@namprd19.prod.outlook.com>", text, html)))

    # 11 ---- Thalamus: OU Health ENT ----
    dates = ["2026-12-11", "2027-01-08", "2027-01-22"]
    url = "https://app.thalamusgme.com/applicant/invitations/a7c41e90-2d5b-4f3e-9c68-1b0e7d24f5a3"
    date = T(2026, 11, 3, 19, 45, 0, 0)
    rows = [("Program", "University of Oklahoma Health Sciences Center - Otolaryngology"),
            ("Interview type", "In-Person"),
            ("Available dates", "<br>".join(long(d) for d in dates)),
            ("Respond by", "November 10, 2026 11:59 PM CST")]
    text = f"""Hi Nadia,

University of Oklahoma Health Sciences Center has invited you to interview.

Program: University of Oklahoma Health Sciences Center - Otolaryngology
Interview type: In-Person
Available dates:
""" + "\n".join("  " + long(d) for d in dates) + f"""
Respond by: November 10, 2026 11:59 PM CST

Message from the program:
"OU Health Otolaryngology is excited to invite you to Oklahoma City. Interview day includes
a tour of OU Health University of Oklahoma Medical Center and Oklahoma Children's Hospital."

Log in to Thalamus to select a date: {url}

{THAL_FOOT_TXT}
"""
    html = thal_html("You have a new interview invitation",
                     ["Hi Nadia,", "<b>University of Oklahoma Health Sciences Center</b> has invited you to interview.",
                      "<i>&ldquo;OU Health Otolaryngology is excited to invite you to Oklahoma City. Interview day includes a tour "
                      "of OU Health University of Oklahoma Medical Center and Oklahoma Children&rsquo;s Hospital.&rdquo;</i>"],
                     rows, "Select a Date", url)
    out.append(("b18-inv-thal-ouhealth-ent.eml",
                L("invitation", "University of Oklahoma Health Sciences Center", "thalamus", ENT, None, "in_person",
                  dates, "2026-11-10T23:59:00-06:00", url),
                build(THAL_FROM, ME, "New interview invitation", date,
                      "<0100018f9b1d4c22-ouhealth-ent@email.thalamusgme.com>", text, html)))

    # 12 ---- ERAS scheduler: UTMB Preliminary Surgery ----
    dates = ["2026-12-02", "2026-12-16", "2027-01-20"]
    date = T(2026, 10, 29, 9, 12, 30, -4)
    text = f"""Dear Nadia Kowalczyk,

You have received an interview invitation through the ERAS Interview Scheduling feature.

Program: University of Texas Medical Branch Hospitals Program
Program Number: 4404821166
Specialty: Surgery
Track: Preliminary
AAMC ID: {AAMC_ID}

Interview format: Virtual
Interview dates available:
""" + "\n".join(f"    {num2(d)}  {wd(d)}" for d in dates) + f"""

Response requested by: 11/06/2026 05:00 PM ET

To accept, decline or view this invitation, sign in to MyERAS and open the Interviews tab:
{eras_url}

Please do not reply to this email. This mailbox is not monitored.
Electronic Residency Application Service (ERAS) | Association of American Medical Colleges
"""
    out.append(("b18-inv-eras-utmb-gsprelim.eml",
                L("invitation", "University of Texas Medical Branch Hospitals", "eras", S, "preliminary", "virtual",
                  dates, "2026-11-06T17:00:00-05:00", eras_url),
                build(ERAS_FROM, ME, "ERAS Interview Invitation", date,
                      "<eras.sched.4404821166.16389214.1@aamc.org>", text, text_cte="7bit")))

    # 13 ---- JPS TY: Gmail reply thread, the invitation is in the reply; within 48 hours ----
    dates = ["2026-12-01", "2026-12-15", "2027-01-19"]
    date = T(2026, 11, 10, 16, 41, 8, -6)
    orig = """Dear Ms. Salazar,

I hope you are well. I applied to the JPS Transitional Year program in September and wanted to
reiterate my strong interest. I am applying in Interventional Radiology and hope to complete my
intern year in Fort Worth. Please let me know if any further materials would be helpful.

Thank you,
Nadia Kowalczyk
AAMC ID 16389214"""
    text = f"""Hi Nadia,

Thanks for reaching out, and good timing! We'd be happy to have you interview with our
Transitional Year program. Our remaining in-person days are Tuesdays 12/1, 12/15 and 1/19.
Let me know which one works within 48 hours and I'll lock it in. Interviews are on the JPS
main campus, 1500 S. Main St., Fort Worth.

Thanks!
Yesenia Salazar
Transitional Year Program Coordinator
JPS Health Network | Graduate Medical Education
1500 S. Main St. | Fort Worth, TX 76104

On Mon, Nov 9, 2026 at 8:02 PM Nadia Kowalczyk <{APPLICANT_EMAIL}> wrote:
{gmail_quote(orig)}
"""
    out.append(("b18-inv-email-jps-ty.eml",
                L("invitation", "JPS Health Network", "email", TY, "transitional", "in_person", dates,
                  plus(date, hours=48)),
                build("Yesenia Salazar <ysalazar@jpshealth.org>", ME,
                      "Re: Transitional Year application - letter of interest", date,
                      "<CAJ3pQ7z9JPStyReply1110@mail.gmail.com>", text,
                      headers=[("In-Reply-To", "<CAMn5tYk0nadia1109@mail.gmail.com>"),
                               ("References", "<CAMn5tYk0nadia1109@mail.gmail.com>")])))

    # 14 ---- TTUHSC El Paso Surgery: Mountain time, plain-text table ----
    dates = ["2026-12-14", "2027-01-04", "2027-01-25"]
    date = T(2026, 11, 12, 11, 2, 33, -7)
    tbl = "\n".join(f"| {num2(d)} | {wd(d):<9} | Virtual (Zoom) | 7:30 AM - 12:30 PM MT |" for d in dates)
    text = f"""Dear Applicant,

The General Surgery Residency at Texas Tech University Health Sciences Center El Paso invites
you to a virtual interview for a categorical PGY-1 position.

+------------+-----------+----------------+-----------------------+
| Date       | Day       | Format         | Time                  |
+------------+-----------+----------------+-----------------------+
{tbl}
+------------+-----------+----------------+-----------------------+

Please reply to this message with your preferred date by 5 PM MT on Tuesday, November 17.
Please note that El Paso is in the Mountain time zone.

Our residents train at University Medical Center of El Paso, the region's only Level I trauma
center, and at William Beaumont Army Medical Center.

Sincerely,
Office of Surgical Education
Department of Surgery, Paul L. Foster School of Medicine
Texas Tech University Health Sciences Center El Paso
4800 Alberta Ave., El Paso, TX 79905
"""
    out.append(("b18-inv-email-ttuhscep-gs.eml",
                L("invitation", "Texas Tech University Health Sciences Center El Paso", "email", S, "categorical",
                  "virtual", dates, at("2026-11-17", 17, 0, -7)),
                build("TTUHSC El Paso Surgery Residency <surgery.residency@ttuhsc.edu>",
                      f"undisclosed-recipients:;", "Interview Invitation - General Surgery", date,
                      "<SN4PR13MB5302.elpaso.surg.1112@namprd13.prod.outlook.com>", text,
                      headers=[("Delivered-To", APPLICANT_EMAIL)])))

    # 15 ---- LSU New Orleans ENT: coordinator mail with Calendly link, no deadline ----
    dates = ["2026-12-03", "2026-12-17", "2027-01-07"]
    url = "https://calendly.com/lsuhno-ent/residency-interview-2027"
    date = T(2026, 11, 2, 9, 0, 4, -6)
    text = f"""Dear Nadia,

On behalf of the Department of Otolaryngology - Head and Neck Surgery at LSU Health New Orleans,
I am pleased to invite you to interview for our residency program.

Interview days will be virtual on Thursday, December 3; Thursday, December 17; and Thursday,
January 7, 2027. Please self-schedule through Calendly:

    {url}

Scheduling is first come, first served. Once you book, Calendly will send you a confirmation
and a Zoom link.

Best,
Danielle Fontenot
Residency Program Coordinator
Department of Otolaryngology - Head and Neck Surgery
LSU Health New Orleans School of Medicine
533 Bolivar St., 5th Floor, New Orleans, LA 70112
"""
    out.append(("b18-inv-cal-lsu-ent.eml",
                L("invitation", "LSU Health New Orleans", "email", ENT, None, "virtual", dates, None, url),
                build("Danielle Fontenot <dfonte@lsuhsc.edu>", ME,
                      "LSU Otolaryngology Residency Interview Invitation", date,
                      "<CY8PR11MB7012.dfonte.1102@namprd11.prod.outlook.com>", text, text_cte="7bit")))

    # 16 ---- UTHealth Houston Child Neurology: "next steps", Qualtrics, deadline right after DST ----
    dates = ["2026-12-09", "2027-01-06", "2027-01-20"]
    url = "https://uthealth.az1.qualtrics.com/jfe/form/SV_ChildNeuroInterview27"
    date = T(2026, 10, 27, 15, 50, 12, -5)
    html = f"""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Nadia,</p>
<p>The selection committee of the Child Neurology Residency at McGovern Medical School at UTHealth Houston has
reviewed your application, and we would be delighted to have you join us for a virtual interview day.</p>
<p>Please tell us which day suits you best:</p>
<ol><li>{long(dates[0])}</li><li>{long(dates[1])}</li><li>{long(dates[2])}</li></ol>
<p>Select your date here: <a href="{url}">Child Neurology interview date selection</a><br>
Kindly submit by Monday 11/2 at 9 a.m. Central.</p>
<p>Our residents train at Children&rsquo;s Memorial Hermann Hospital and Memorial Hermann&ndash;Texas Medical Center.</p>
<p>Best wishes,<br>Gabriela Ochoa, MBA<br>Program Coordinator | Child Neurology Residency<br>
Department of Pediatrics, McGovern Medical School<br>6431 Fannin St., Houston, TX 77030</p></div>
"""
    text = f"""Dear Nadia,

The selection committee of the Child Neurology Residency at McGovern Medical School at UTHealth
Houston has reviewed your application, and we would be delighted to have you join us for a
virtual interview day.

Please tell us which day suits you best:
  1. {long(dates[0])}
  2. {long(dates[1])}
  3. {long(dates[2])}

Select your date here: {url}
Kindly submit by Monday 11/2 at 9 a.m. Central.

Our residents train at Children's Memorial Hermann Hospital and Memorial Hermann-Texas Medical Center.

Best wishes,
Gabriela Ochoa, MBA
Program Coordinator | Child Neurology Residency
Department of Pediatrics, McGovern Medical School
6431 Fannin St., Houston, TX 77030
"""
    out.append(("b18-inv-email-uthealth-childneuro.eml",
                L("invitation", "McGovern Medical School at UTHealth Houston", "email", CN, None, "virtual", dates,
                  at("2026-11-02", 9, 0, -6), url),
                build("Ochoa, Gabriela <Gabriela.Ochoa@uth.tmc.edu>", ME, "Child Neurology Residency \u2013 next steps",
                      date, "<PH0PR10MB5560.gochoa.1027@namprd10.prod.outlook.com>", text, html)))

    # 17 ---- Baylor College of Medicine Surgery: HTML table, Qualtrics, within 72 hours ----
    dates = ["2026-11-12", "2026-12-03", "2026-12-17", "2027-01-14"]
    url = "https://bcm.co1.qualtrics.com/jfe/form/SV_BCMGenSurg2027Interview"
    date = T(2026, 10, 16, 12, 0, 4, -5)
    trs = "".join(f"<tr><td>{wd(d)}</td><td>{md(d)}, {D(d).year}</td><td>Virtual</td></tr>" for d in dates)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Nadia Kowalczyk,</p>
<p>Congratulations! The Michael E. DeBakey Department of Surgery at Baylor College of Medicine is pleased to invite you
to interview for a <b>categorical</b> position in our General Surgery Residency Program.</p>
<table border="1" cellspacing="0" cellpadding="6"><tr><th>Day</th><th>Date</th><th>Format</th></tr>{trs}</table>
<p>Please select your interview date within 72 hours using the link below:<br>
<a href="{url}">{url}</a></p>
<p>Interview day begins with a virtual welcome at 7:00 AM CT. A Zoom link and agenda will be sent a week prior.</p>
<p>Sincerely,<br>The General Surgery Residency Program<br>Baylor College of Medicine<br>One Baylor Plaza, Houston, TX 77030</p>
</body></html>
"""
    text = f"""Dear Nadia Kowalczyk,

Congratulations! The Michael E. DeBakey Department of Surgery at Baylor College of Medicine is
pleased to invite you to interview for a categorical position in our General Surgery Residency
Program.

""" + "\n".join(f"  {wd(d):<10} {md(d)}, {D(d).year}   Virtual" for d in dates) + f"""

Please select your interview date within 72 hours using the link below:
{url}

Sincerely,
The General Surgery Residency Program
Baylor College of Medicine
One Baylor Plaza, Houston, TX 77030
"""
    out.append(("b18-inv-email-bcm-gs.eml",
                L("invitation", "Baylor College of Medicine", "email", S, "categorical", "virtual", dates,
                  plus(date, hours=72), url),
                build("BCM General Surgery Residency <gsresidency@bcm.edu>", ME,
                      "Baylor College of Medicine General Surgery \u2013 Interview Invitation", date,
                      "<BY5PR05MB7140.bcmgs.1016@namprd05.prod.outlook.com>", text, html, html_cte="base64")))

    # 18 ---- Houston Methodist IR: Outlook reply to applicant's update letter; name only in signature/display ----
    dates = ["2026-12-01", "2027-01-05"]
    date = T(2026, 11, 17, 10, 22, 45, -6)
    text = f"""Hi Nadia,

Thanks for the update and congratulations on the abstract acceptance! Dr. Kesler read your note
and we'd love to have you come meet the IR faculty. Could you do {nth(dates[0])} of December or
{nth(dates[1])} of January? Please let me know which works by 5 PM CT Thursday.

Best,
Lauren

Lauren Whitaker
Residency Program Manager | Diagnostic & Interventional Radiology
Houston Methodist Hospital
6565 Fannin St., Suite D-280 | Houston, TX 77030
houstonmethodist.org/education

________________________________
From: Nadia Kowalczyk <{APPLICANT_EMAIL}>
Sent: Sunday, November 15, 2026 7:48 PM
To: Radiology Residency <radiologyresidency@houstonmethodist.org>
Subject: Update - Interventional Radiology applicant (AAMC ID {AAMC_ID})

Dear Dr. Kesler and Ms. Whitaker,

I wanted to share a brief update to my application: my abstract on genicular artery
embolization outcomes was accepted as an oral presentation at SIR 2027. I remain very
interested in your integrated IR program.

Respectfully,
Nadia Kowalczyk
"""
    out.append(("b18-inv-email-methodist-ir.eml",
                L("invitation", "Houston Methodist Hospital", "email", IR, None, None, dates,
                  at("2026-11-19", 17, 0, -6)),
                build("Houston Methodist Radiology Residency <radiologyresidency@houstonmethodist.org>", ME,
                      "RE: Update - Interventional Radiology applicant (AAMC ID 16389214)", date,
                      "<MW4PR16MB5101.lwhitaker.1117@namprd16.prod.outlook.com>", text,
                      headers=[("In-Reply-To", "<CAMn5tYk0nadia1115@mail.gmail.com>"),
                               ("Thread-Topic", "Update - Interventional Radiology applicant (AAMC ID 16389214)")])))

    # 19 ---- Thalamus: Vanderbilt Med-Peds pooled waitlist, slot opened ----
    url = "https://app.thalamusgme.com/applicant/waitlist/5e2d8c41-97ab-4f10-b3c6-d81f0a6e7b29/claim"
    date = T(2026, 12, 18, 21, 14, 52, 0)
    slot = "2027-01-12"
    text = f"""Hi Nadia,

An interview spot has opened!

Program: Vanderbilt University Medical Center - Internal Medicine-Pediatrics
Interview date: {long(slot)}
Interview type: Virtual

You are receiving this because you are on this program's waitlist. Waitlist spots are offered
to all waitlisted applicants at the same time and go to the first applicant to claim them.

Claim this spot: {url}

{THAL_FOOT_TXT}
"""
    html = thal_html("An interview spot has opened!",
                     ["Hi Nadia,", "You are receiving this because you are on this program&rsquo;s waitlist. Waitlist spots are "
                      "offered to all waitlisted applicants at the same time and go to the first applicant to claim them."],
                     [("Program", "Vanderbilt University Medical Center - Internal Medicine-Pediatrics"),
                      ("Interview date", long(slot)), ("Interview type", "Virtual")], "Claim Spot", url)
    out.append(("b18-inv-thal-vumc-medpeds.eml",
                L("invitation", "Vanderbilt University Medical Center", "thalamus", MP, None, "virtual", [slot],
                  None, url),
                build(THAL_FROM, ME, "\u23F0 Interview spot available", date,
                      "<0100018fe41a7c90-vumc-medpeds-wl@email.thalamusgme.com>", text, html)))

    # 20 ---- LSU Health Shreveport preliminary surgery: program only in sender display name ----
    dates = ["2026-11-30", "2026-12-14", "2027-01-06"]
    date = T(2026, 11, 6, 7, 55, 26, -6)
    text = f"""Good morning Dr.-to-be Kowalczyk,

We have reviewed your application for a PGY-1 Preliminary Surgery position and would like to
schedule you for an interview.

Available days:
  Mon  11/30/2026
  Mon  12/14/2026
  Wed  01/06/2027

Interviews are virtual (Webex). Kindly confirm a date within 5 days of this email by replying
with your choice.

Regards,

Tamika Broussard
Surgery Residency Coordinator
Department of Surgery | 1501 Kings Hwy | Shreveport, LA 71103
"""
    out.append(("b18-inv-email-lsush-gsprelim.eml",
                L("invitation", "LSU Health Shreveport", "email", S, "preliminary", "virtual", dates,
                  plus(date, days=5)),
                build("LSU Health Shreveport \u2013 Surgery Residency <surgeryresidency@lsuhs.edu>", ME,
                      "PGY-1 Preliminary Surgery", date,
                      "<CH3PR03MB7720.tbroussard.1106@namprd03.prod.outlook.com>", text, text_cte="base64")))

    # 21 ---- WashU ENT: Microsoft Forms, table, happy hour distractor ----
    dates = ["2026-12-07", "2026-12-14", "2027-01-11"]
    url = "https://forms.office.com/r/WUOtoHNSInterview27"
    date = T(2026, 11, 13, 13, 30, 0, -6)
    happy = [(D(d) - dt.timedelta(days=1)).isoformat() for d in dates]
    trs = "".join(f"<tr><td>{long(d)}</td><td>In person</td><td>{short(h)}, 6:30 pm (optional)</td></tr>"
                  for d, h in zip(dates, happy))
    html = f"""<html><body style="font-family:Calibri,sans-serif">
<p>Dear Nadia,</p>
<p>It is my pleasure to invite you to interview with the Department of Otolaryngology&ndash;Head and Neck Surgery at
Washington University School of Medicine in St. Louis.</p>
<table border="1" cellpadding="5" cellspacing="0"><tr><th>Interview date</th><th>Format</th><th>Resident happy hour</th></tr>{trs}</table>
<p>Please indicate your preferred dates on this Microsoft Form no later than 11:59 p.m. CST on November 20:
<a href="{url}">{url}</a></p>
<p>Best regards,<br>Sheila McCarthy<br>Residency Program Coordinator<br>Department of Otolaryngology&ndash;Head and Neck Surgery<br>
Washington University School of Medicine in St. Louis<br>660 S. Euclid Ave., Campus Box 8115, St. Louis, MO 63110</p></body></html>
"""
    text = f"""Dear Nadia,

It is my pleasure to invite you to interview with the Department of Otolaryngology-Head and Neck
Surgery at Washington University School of Medicine in St. Louis.

Interview date                  Format     Resident happy hour
""" + "\n".join(f"{long(d):<31} In person  {short(h)}, 6:30 pm (optional)" for d, h in zip(dates, happy)) + f"""

Please indicate your preferred dates on this Microsoft Form no later than 11:59 p.m. CST on
November 20: {url}

Best regards,
Sheila McCarthy
Residency Program Coordinator
Washington University School of Medicine in St. Louis
"""
    out.append(("b18-inv-email-washu-ent.eml",
                L("invitation", "Washington University School of Medicine in St. Louis", "email", ENT, None,
                  "in_person", dates, at("2026-11-20", 23, 59, -6), url),
                build("McCarthy, Sheila <smccarthy@wustl.edu>", ME, "Interview Invitation \u2013 WashU Otolaryngology",
                      date, "<DS7PR02MB9011.smccarthy.1113@namprd02.prod.outlook.com>", text, html)))

    # 22 ---- UAMS / Arkansas Children's Child Neurology: SignUpGenius, emoji subject, "save your seat" ----
    dates = ["2026-12-07", "2026-12-14", "2027-01-11"]
    url = "https://www.signupgenius.com/go/10C0F48AEAC2CA4FF2-uamschildneuro"
    date = T(2026, 11, 16, 17, 40, 9, -6)
    text = f"""Hi Nadia!

We loved your application and hope you'll spend a day with the Child Neurology team at the
University of Arkansas for Medical Sciences and Arkansas Children's Hospital. Grab a seat for
one of our virtual days on SignUpGenius:

    {url}

  * Mon 12/7
  * Mon 12/14
  * Mon 1/11/2027

Slots close Sunday night, 11/22 at 11:59 pm Central, or when they're full, whichever comes first.

Cheers,
Holly Weathers
Child Neurology Program Coordinator
University of Arkansas for Medical Sciences | Arkansas Children's Hospital
1 Children's Way, Slot 512-15 | Little Rock, AR 72202
"""
    out.append(("b18-inv-sug-uams-childneuro.eml",
                L("invitation", "University of Arkansas for Medical Sciences", "email", CN, None, "virtual", dates,
                  at("2026-11-22", 23, 59, -6), url),
                build("Holly Weathers <hweathers@uams.edu>", ME,
                      "\U0001F9E0 Child Neurology @ Arkansas Children\u2019s \u2014 save your seat!", date,
                      "<CAKw7Rr4uamsCN1116@mail.gmail.com>", text)))

    return out

