from lib import *

# ---------------------------------------------------------------- i1 Emory EM (ResidencyCAS)
def emory_em():
    fn = "b21-inv-rcas-emory-em.eml"
    date = at("2026-10-13 10:02:41")
    ds = [d("2026-11-04"), d("2026-11-18"), d("2026-12-02"), d("2026-12-16")]
    dl = at("2026-10-23 23:59")
    t = f"""Dear {FIRST},

On behalf of the Emergency Medicine Residency Program at Emory University School of Medicine, I am delighted to invite you to interview with us for the 2027 Match.

Our interview days are virtual and run from 8:00 a.m. to 1:30 p.m. Eastern. You will meet with our program leadership, four faculty interviewers and a group of our residents, and there is an optional Grady "virtual walk-through" at the end of the day. The following sessions are open for scheduling:

  - {full(ds[0])}
  - {full(ds[1])}
  - {full(ds[2])}
  - {full(ds[3])}

To accept this invitation and choose a session, please log in to the ResidencyCAS Interview Portal ({RCAS_PORTAL}) and select your preferred date by 11:59 p.m. ET on {wmd(dl)}, {dl.year}. Invitations that have not been accepted by then will be released to applicants on our waitlist. If none of the dates work, please decline in the portal rather than leaving the invitation open.

We look forward to meeting you.

Warmly,

Renata Ashworth-Bell, MD
Program Director, Emergency Medicine Residency
Emory University School of Medicine
Atlanta, Georgia

-- 
This message was sent to you through ResidencyCAS on behalf of Emory University School of Medicine - Emergency Medicine. Please do not reply to this address; contact the program directly with questions.
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Emory University School of Medicine - Emergency Medicine via ResidencyCAS", RCAS_FROM_ADDR),
          "Interview Invitation - Emory University School of Medicine Emergency Medicine Residency", date,
          extra=[("Reply-To", "emory.em.residency@emory.edu")])
    reg(fn, msg, L("invitation", "Emory University School of Medicine", "residencycas", "Emergency Medicine",
                   fmt="virtual", dates=ds, respond_by=dl, url=RCAS_PORTAL), {x: full(x) for x in ds})


# ---------------------------------------------------------------- i2 UF Jacksonville EM (Thalamus)
def ufjax_em():
    fn = "b21-inv-thal-ufjax-em.eml"
    date = at("2026-10-20 14:31:07", "UTC")
    ds = [d("2026-11-12"), d("2026-12-03"), d("2026-12-10"), d("2027-01-14")]
    url = "https://app.thalamusgme.com/applicant/invitations/UFJ-EM-7Q4K2"
    prog = "University of Florida College of Medicine Jacksonville"
    t = f"""Hi {FIRST},

Congratulations! You have received an interview invitation from {prog} - Emergency Medicine.

Message from the program:

Thank you for applying to the UF Jacksonville Emergency Medicine Residency. We were impressed with your application and would like to invite you to interview with us. All interviews are conducted virtually through Thalamus. We currently have openings on:

{sh(ds[0])} | {sh(ds[1])} | {sh(ds[2])} | {sh(ds[3])}

Please schedule within 5 days of receiving this invitation. After that, unscheduled invitations may be rescinded. Go Gators!

- Emergency Medicine Residency Program, UF College of Medicine - Jacksonville

To view your invitation and schedule your interview, log in to Thalamus:
{url}

Thalamus GME, Inc. | Boston, MA
You are receiving this email because you have an applicant account on Thalamus.
"""
    msg = alt(text(t), html(thal_html("You've been invited to interview!", t.split("To view your")[0],
                                      "Schedule Interview", url)))
    build(fn, msg, THAL_FROM, f"Interview Invitation: {prog} - Emergency Medicine", date)
    reg(fn, msg, L("invitation", prog, "thalamus", "Emergency Medicine", fmt="virtual", dates=ds,
                   respond_by=later(date, days=5), url=url), {x: sh(x) for x in ds})


# ---------------------------------------------------------------- i3 Vanderbilt Peds (HTML only, table)
def vanderbilt_peds():
    fn = "b21-inv-html-vanderbilt-peds.eml"
    date = at("2026-10-15 08:47:19", "CT")
    ds = [d("2026-11-09"), d("2026-11-16"), d("2026-11-30"), d("2026-12-07"), d("2027-01-11")]
    url = "https://vumc.co1.qualtrics.com/jfe/form/SV_3PedsResInterview27"
    rows = "\n".join(
        f'<tr><td style="padding:6px 10px;border:1px solid #ccc">{full(x)}</td>'
        f'<td style="padding:6px 10px;border:1px solid #ccc">Virtual (Zoom)</td>'
        f'<td style="padding:6px 10px;border:1px solid #ccc">{wmd(x - dt.timedelta(days=1))}, 7:00&ndash;8:30 p.m. CT</td></tr>'
        for x in ds)
    h = page(f"""<div style="max-width:640px">
<img src="https://www.childrenshospitalvanderbilt.org/sites/default/files/logo.png" alt="Monroe Carell Jr. Children's Hospital at Vanderbilt" width="220">
<p>Dear {FIRST},</p>
<p>Thank you for your application to the Pediatric Residency Program at Monroe Carell Jr. Children's Hospital at Vanderbilt. Our selection committee has finished reviewing your file, and <b>we would love to get to know you better!</b></p>
<p>Please choose one of the interview days below. All interview days are held on Zoom and run from 8:00 a.m. to 12:30 p.m. Central. Each day is preceded by a relaxed resident-hosted evening social the night before (optional, not evaluative).</p>
<table style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2e6c9"><th style="padding:6px 10px;border:1px solid #ccc">Interview day</th><th style="padding:6px 10px;border:1px solid #ccc">Format</th><th style="padding:6px 10px;border:1px solid #ccc">Resident social (optional)</th></tr>
{rows}
</table>
<p>To hold your spot, please submit your top choices through <a href="{url}">our scheduling form</a> within 72 hours of this email. Spots are assigned in the order responses are received.</p>
<p>We can&rsquo;t wait to show you Nashville!</p>
<p>Lauren Pettigrew<br>Residency Program Coordinator, Pediatrics<br>Monroe Carell Jr. Children's Hospital at Vanderbilt<br>2200 Children&rsquo;s Way, Nashville, TN 37232</p>
</div>""")
    msg = html(h)
    build(fn, msg, addr("Vanderbilt Pediatric Residency", "peds.residency@vumc.org"),
          "Vanderbilt Pediatrics \u2013 next steps for your application", date)
    reg(fn, msg, L("invitation", "Monroe Carell Jr. Children's Hospital at Vanderbilt", "email", "Pediatrics",
                   fmt="virtual", dates=ds, respond_by=later(date, 72), url=url), {x: full(x) for x in ds})


# ---------------------------------------------------------------- i4 Meharry Psych (signature only; weekdays under months)
MEHARRY_DATE = at("2026-10-21 15:40:12", "CT")
MEHARRY_DS = [d("2026-11-06"), d("2026-11-20"), d("2026-12-04"), d("2026-12-11")]


def meharry_body():
    ds = MEHARRY_DS
    return f"""Hi {FIRST},

Dr. Okonjo and our selection committee really enjoyed reading your application, and we'd like to have you come talk with us this season. Our remaining interview days are:

November
   Friday {ds[0].day}
   Friday {ds[1].day}

December
   Friday {ds[2].day}
   Friday {ds[3].day}

All interviews are virtual over Zoom, 8:30 to 1:00 Central. Just reply to this email with your first and second choice within two business days and I will confirm your spot and send the Zoom details.

Have a great rest of your week!

Keisha Dunmore
Residency Program Coordinator
Department of Psychiatry and Behavioral Sciences
Meharry Medical College
1005 Dr. D.B. Todd Jr. Blvd, Nashville, TN 37208
"""


def meharry_psych():
    fn = "b21-inv-email-meharry-psych.eml"
    date = MEHARRY_DATE
    ds = MEHARRY_DS
    msg = text(meharry_body(), cte="7bit")
    build(fn, msg, addr("Keisha Dunmore", "kdunmore@mmc.edu"), "Psychiatry residency - interview", date,
          msgid="<CAK7meh2026psych1021@mail.gmail.com>")
    rb = at("2026-10-23 15:40:12", "CT")   # Wed -> Fri, two business days
    reg(fn, msg, L("invitation", "Meharry Medical College", "email", "Psychiatry", fmt="virtual", dates=ds,
                   respond_by=rb), {x: f"Friday {x.day}" for x in ds})


# ---------------------------------------------------------------- i5 Atrium CMC Surgery (system sender, hospital footer, "the 4th")
def atrium_surg():
    fn = "b21-inv-email-atriumcmc-surg.eml"
    date = at("2026-10-26 11:15:03")
    ds = [d("2026-12-04"), d("2026-12-11"), d("2026-12-18")]
    dl = at("2026-11-02 17:00")
    url = "https://forms.office.com/r/AtriumCMCSurg27"
    t = f"""Dear {FIRST} Ebanks,

Thank you for your interest in the General Surgery Residency Program at Atrium Health Carolinas Medical Center. On behalf of our program director and the selection committee, it is my pleasure to invite you to interview for a categorical position in our program.

This year our interview days will be held in person in Charlotte, on three Fridays in December: the {ordinal(ds[0].day)}, the {ordinal(ds[1].day)} and the {ordinal(ds[2].day)}. Each day begins at 7:00 a.m. in the Medical Education Building at 1000 Blythe Boulevard and ends after lunch with our residents. A discounted hotel block is available; details will follow once you are scheduled.

Please indicate your preferred date using the form below no later than 5:00 p.m. Eastern on {wmd(dl)}:
{url}

If you have any questions, please reply to this message or call the residency office at 704-555-0148.

Sincerely,

Marisol Teague, C-TAGME
Program Manager, General Surgery Residency
Atrium Health Carolinas Medical Center
Charlotte, North Carolina

____________________________________________________
Atrium Health | Graduate Medical Education
Atrium Health Carolinas Medical Center · Atrium Health Wake Forest Baptist · Atrium Health Navicent · Atrium Health Floyd · Atrium Health Cabarrus · Atrium Health Pineville · Atrium Health Union · Levine Children's Hospital
This email may contain confidential information. If you received it in error, please notify the sender and delete it.
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Atrium Health GME", "gme.communications@atriumhealth.org"),
          "General Surgery Residency \u2013 Interview Invitation", date)
    reg(fn, msg, L("invitation", "Atrium Health Carolinas Medical Center", "email", "Surgery", "categorical",
                   "in_person", ds, dl, url), {x: f"the {ordinal(x.day)}" for x in ds})


# ---------------------------------------------------------------- i6 UAB prelim surgery (no weekdays, 48 h)
UAB_DS = [d("2026-12-08"), d("2026-12-15"), d("2027-01-05")]


def uab_surgprelim():
    fn = "b21-inv-email-uab-surgprelim.eml"
    date = at("2026-11-03 13:22:45", "CT")
    ds = UAB_DS
    t = f"""Good afternoon,

Thank you for applying to the Preliminary General Surgery positions at UAB. After reviewing your application, we would like to offer you an interview.

We currently have openings on December {ordinal(ds[0].day)}, December {ordinal(ds[1].day)}, and January {ordinal(ds[2].day)}. Interviews are virtual on Microsoft Teams and last about three hours (8:00-11:00 a.m. Central), including a virtual tour and time with our current preliminary interns.

Please let us know which date you prefer within 48 hours of this email. Reply directly to this message with your first and second choice and we will send a calendar invitation.

Best regards,

Tamika Hollins
Surgical Education Coordinator
Department of Surgery
University of Alabama at Birmingham
Kracke Building 1922 7th Ave S, Birmingham, AL 35233
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Hollins, Tamika", "thollins@uabmc.edu"),
          "UAB Preliminary Surgery Interview", date)
    forms = {ds[0]: f"December {ordinal(ds[0].day)}", ds[1]: f"December {ordinal(ds[1].day)}",
             ds[2]: f"January {ordinal(ds[2].day)}"}
    reg(fn, msg, L("invitation", "University of Alabama at Birmingham", "email", "Surgery", "preliminary",
                   "virtual", ds, later(date, 48)), forms)


# ---------------------------------------------------------------- i7 MUSC Psych (terse, numeric, 48 h across DST)
MUSC_DS = [d("2026-11-30"), d("2026-12-07"), d("2027-01-04")]
MUSC_DATE = at("2026-10-30 16:05:33")


def musc_psych():
    fn = "b21-inv-email-musc-psych.eml"
    ds = MUSC_DS
    url = "https://calendly.com/musc-psych-residency/interview-day"
    t = f"""Hi Tomás -

MUSC Psychiatry would love to interview you! Open dates: {num(ds[0])}, {num(ds[1])}, {num(ds[2])} (all Mondays, virtual).

Sign up here: {url}
Please grab a spot within 48 hrs so we can release unclaimed slots.

Thanks!
Ann

Ann Marie Cortland
Residency Coordinator, Adult Psychiatry
Medical University of South Carolina | Department of Psychiatry and Behavioral Sciences
67 President St, Charleston, SC 29425

Sent from my iPhone
"""
    msg = text(t)
    build(fn, msg, addr("Cortland, Ann Marie", "cortland@musc.edu"), "MUSC Psych interview!", MUSC_DATE)
    reg(fn, msg, L("invitation", "Medical University of South Carolina", "email", "Psychiatry", fmt="virtual",
                   dates=ds, respond_by=later(MUSC_DATE, 48, "ET"), url=url), {x: num(x) for x in ds})


# ---------------------------------------------------------------- i8 ECU FM (numeric with year; end of business Friday)
ECU_DS = [d("2026-11-20"), d("2026-12-04"), d("2027-01-14")]


def ecu_fm():
    fn = "b21-inv-email-ecu-fm.eml"
    date = at("2026-10-27 09:40:58")
    ds = ECU_DS
    url = "https://forms.gle/EcuFmInterview2027"
    lines = "\n".join(f"    {num(x, True, True)} ({wd(x)})" for x in ds)
    t = f"""Dear Tomás,

Greetings from Greenville! The faculty of the ECU Family Medicine Residency Program have reviewed your application and we are pleased to invite you to interview with us.

Interviews are held in person at the ECU Family Medicine Center, 101 Heart Drive, Greenville, NC 27834. Available dates:

{lines}

Please complete the scheduling form below by end of business Friday to reserve a date. Interview days fill quickly, so we encourage you to respond as soon as you can.

{url}

We look forward to meeting you!

Respectfully,

Dana Whitlock
Residency Program Coordinator
Department of Family Medicine
Brody School of Medicine at East Carolina University
252-555-0173
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Whitlock, Dana", "whitlockd@ecu.edu"),
          "ECU Family Medicine Residency Interview Invitation", date)
    reg(fn, msg, L("invitation", "Brody School of Medicine at East Carolina University", "email", "Family Medicine",
                   fmt="in_person", dates=ds, respond_by=at("2026-10-30 17:00"), url=url),
        {x: num(x, True, True) for x in ds})


# ---------------------------------------------------------------- i9 Mayo Clinic Florida Surgery (range, deadline in CT, hybrid)
def mayo_surg():
    fn = "b21-inv-email-mayo-surg.eml"
    date = at("2026-11-06 10:10:29", "CT")
    ds = [d("2027-01-12"), d("2027-01-13"), d("2027-01-14")]
    dl = at("2026-11-12 12:00", "CT")
    url = "https://calendly.com/mayoflsurg-residency/interview-day"
    rng = "January 12\u201314"
    t = f"""Dear Mr. Ebanks,

Thank you for applying to the categorical General Surgery Residency at Mayo Clinic Florida. It is my pleasure to extend to you an invitation to interview.

This year we are interviewing over three consecutive days, {rng}, 2027 (Tuesday through Thursday); you will be scheduled for one of those days. Our interview day is hybrid: you may join us in person on our Jacksonville campus (4500 San Pablo Road South) or participate virtually by Zoom. The interviews themselves are identical in either format and the choice has no bearing on your evaluation.

Please use the link below to select your day and format no later than 12:00 p.m. (noon) Central Time on {wmd(dl)}:

{url}

Our GME office in Rochester supports scheduling for all three Mayo Clinic campuses; please contact us at the address below with any questions.

With best regards,

Gretchen Solberg
Education Program Coordinator, General Surgery Residency - Florida
Mayo Clinic School of Graduate Medical Education
"""
    msg = alt(text(t), html(page(p2html(t), "Georgia, serif")))
    build(fn, msg, addr("Solberg, Gretchen M.", "solberg.gretchen@mayo.edu"),
          "Mayo Clinic Florida General Surgery \u2013 Interview Invitation", date)
    reg(fn, msg, L("invitation", "Mayo Clinic Florida", "email", "Surgery", "categorical", "hybrid", ds, dl, url),
        {x: rng for x in ds})


# ---------------------------------------------------------------- i10 USA Health Peds (deadline CST)
USA_DS = [d("2026-12-01"), d("2026-12-08"), d("2027-01-12")]


def usa_peds():
    fn = "b21-inv-email-usahealth-peds.eml"
    date = at("2026-11-09 08:30:16", "CT")
    ds = USA_DS
    dl = at("2026-11-13 17:00", "CT")
    url = "https://www.signupgenius.com/go/10C0F4AADAB2AA7FA7-usapeds27"
    t = f"""Dear Tomás,

Congratulations! The Pediatric Residency Program at USA Health is pleased to invite you to interview for a PGY-1 categorical position.

Our virtual interview days will be held on:
  * {wmd(ds[0])}
  * {wmd(ds[1])}
  * {wmd(ds[2])}, {ds[2].year}

Each day starts with a welcome from our program director at 8:00 a.m. Central and concludes by 1:00 p.m. Please sign up for one date through SignUpGenius:
{url}

Kindly complete your sign-up by 5:00 p.m. Central (CST) on {wmd(dl)}. After that time any remaining spots will be offered to other applicants.

We look forward to introducing you to USA Health Children's & Women's Hospital and to Mobile!

Rhonda Sellers, C-TAGME
Program Coordinator, Pediatric Residency
University of South Alabama Frederick P. Whiddon College of Medicine
1601 Center Street, Mobile, AL 36604
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Sellers, Rhonda", "rsellers@health.southalabama.edu"),
          "Interview Invitation - USA Health Pediatric Residency", date)
    reg(fn, msg, L("invitation", "University of South Alabama Frederick P. Whiddon College of Medicine", "email",
                   "Pediatrics", "categorical", "virtual", ds, dl, url),
        {ds[0]: wmd(ds[0]), ds[1]: wmd(ds[1]), ds[2]: wmd(ds[2])})


# ---------------------------------------------------------------- i11 Inova Peds (waitlist -> invitation, Outlook thread)
def inova_peds():
    fn = "b21-inv-email-inova-peds.eml"
    date = at("2026-12-14 14:05:51")
    offer = d("2027-01-06")
    wl_date = at("2026-11-10 09:30:00")
    loi_date = at("2026-12-01 20:14:00")
    wl_ds = [d("2026-12-09"), d("2027-01-06"), d("2027-01-13")]
    t = f"""Hi Tomás,

Good news! A spot has opened on our interview day on {full(offer)}, and we would like to offer it to you. The day will be virtual and runs from 8:00 a.m. to 12:30 p.m. Eastern.

Please reply by tomorrow at noon (Eastern) to let me know whether you would like to accept. If we do not hear from you by then, we will offer the spot to the next applicant on the waitlist.

Best,
Priya Raman
Pediatric Residency Program Coordinator
Inova L.J. Murphy Children's Hospital
3300 Gallows Road, Falls Church, VA 22042

________________________________
From: Tomás Ebanks <{APPLICANT}>
Sent: {outlook_sent(loi_date)}
To: Pediatric Residency <pedsresidency@inova.org>
Subject: RE: Inova Pediatrics Interview Status - Waitlist

Dear Ms. Raman,

Thank you again for considering my application. I wanted to let you know that Inova remains one of my top choices. Growing up in Northern Virginia, I have family nearby and I am especially drawn to your advocacy curriculum. I remain very interested in interviewing should a spot become available, and I am flexible for any of the listed dates.

Best regards,
Tomás Ebanks
MS4, Mercer University School of Medicine

________________________________
From: Pediatric Residency <pedsresidency@inova.org>
Sent: {outlook_sent(wl_date)}
To: Tomás Ebanks <{APPLICANT}>
Subject: Inova Pediatrics Interview Status - Waitlist

Dear Applicant,

Thank you for your interest in the Pediatric Residency Program at Inova. We received a very large number of outstanding applications this year. At this time all of our interview dates ({md(wl_ds[0])}, {md(wl_ds[1])} and {md(wl_ds[2])}) are full, and we have placed you on our interview waitlist. We will contact you if a spot becomes available.

Sincerely,
Inova Pediatric Residency Program
"""
    msg = text(t)
    build(fn, msg, addr("Raman, Priya", "priya.raman@inova.org"),
          "RE: Inova Pediatrics Interview Status - Waitlist", date,
          extra=[("Thread-Topic", "Inova Pediatrics Interview Status - Waitlist"),
                 ("In-Reply-To", "<BN8PR07MB6ac1loi@namprd07.prod.outlook.com>")])
    reg(fn, msg, L("invitation", "Inova L.J. Murphy Children's Hospital", "email", "Pediatrics", fmt="virtual",
                   dates=[offer], respond_by=at("2026-12-15 12:00")), {offer: full(offer)})


# ---------------------------------------------------------------- i12 MCG Psych (self-forward from school account)
def mcg_psych():
    fn = "b21-inv-fwd-mcg-psych.eml"
    orig = at("2026-10-19 09:03:00")
    date = at("2026-10-19 12:47:20")
    ds = [d("2026-11-16"), d("2026-11-30"), d("2026-12-14"), d("2027-01-11")]
    dl = at("2026-10-23 23:59")
    url = "https://forms.office.com/r/MCGPsych2027"
    t = f"""Forwarding to my match email so everything is in one place.

________________________________
From: MCG Psychiatry Residency <psychresidency@augusta.edu>
Sent: {outlook_sent(orig)}
To: Ebanks, Tomás <{SCHOOL}>
Subject: Interview Invitation - Psychiatry Residency, Medical College of Georgia

Dear Tomás,

Thank you for applying to the Psychiatry Residency Program at the Medical College of Georgia at Augusta University. We are pleased to invite you to interview with us for the 2027 Match.

All interviews will be conducted virtually. Please choose one of the following dates:

- {wmd(ds[0])}
- {wmd(ds[1])}
- {wmd(ds[2])}
- {wmd(ds[3])}, {ds[3].year}

Please submit your choice using this form by {wmd(dl)} at 11:59 p.m. ET:
{url}

Note: you applied with your school email address; all further correspondence will be sent to the ERAS email on file.

Sincerely,
Jolene Partridge
Program Coordinator, Psychiatry Residency
Medical College of Georgia at Augusta University
997 St. Sebastian Way, Augusta, GA 30912
"""
    msg = text(t)
    build(fn, msg, addr("Ebanks, Tomás", SCHOOL),
          "FW: Interview Invitation - Psychiatry Residency, Medical College of Georgia", date)
    reg(fn, msg, L("invitation", "Medical College of Georgia at Augusta University", "email", "Psychiatry",
                   fmt="virtual", dates=ds, respond_by=dl, url=url), {x: wmd(x) for x in ds})


# ---------------------------------------------------------------- i13 Duke Psych PD letter (socials, second look, ROL, July 1)
DUKE_DS = [d("2026-11-06"), d("2026-11-20"), d("2026-12-11")]


def duke_psych():
    fn = "b21-inv-pd-duke-psych.eml"
    date = at("2026-10-08 12:00:04")
    ds = DUKE_DS
    dl = at("2026-10-16 17:00")
    url = "https://duke.qualtrics.com/jfe/form/SV_DukePsychInterview27"
    sl = d("2027-02-05")
    t = f"""Dear Mr. Ebanks,

On behalf of the Department of Psychiatry and Behavioral Sciences at Duke University School of Medicine, I am delighted to invite you to interview for our General Psychiatry Residency Program.

We are returning to in-person interviews in Durham this year. Interview days will be held on:

    {full(ds[0])}
    {full(ds[1])}
    {full(ds[2])}

On the evening before each interview day ({wmd(ds[0] - dt.timedelta(days=1))}, {wmd(ds[1] - dt.timedelta(days=1))} and {wmd(ds[2] - dt.timedelta(days=1))}) our residents host an informal dinner in downtown Durham. The dinner is optional and is not part of the evaluation.

Please select your interview date through our scheduling form by 5:00 p.m. ET on {wmd(dl)}, {dl.year}:
{url}

A few other dates for your calendar:
  - Second Look (optional, in person): {full(sl)}
  - NRMP Rank Order List certification deadline: Wednesday, March 3, 2027
  - Match Day: Friday, March 19, 2027
  - Residency begins July 1, 2027 (orientation the last two weeks of June)

We very much look forward to meeting you.

Sincerely,

Harriet O. Mbeki, MD
Program Director, General Psychiatry Residency
Duke University School of Medicine
"""
    hb = page(p2html(t), "Garamond, Georgia, serif")
    msg = alt(text(t, cte="qp"), html(hb, "b64"))
    build(fn, msg, addr("Duke Psychiatry Residency", "psychiatry.residency@duke.edu"),
          "Invitation to Interview \u2013 Duke General Psychiatry Residency", date)
    reg(fn, msg, L("invitation", "Duke University School of Medicine", "email", "Psychiatry", fmt="in_person",
                   dates=ds, respond_by=dl, url=url), {x: full(x) for x in ds})


# ---------------------------------------------------------------- i14 UNC FM (ERAS)
UNC_DS = [d("2026-11-10"), d("2026-11-17"), d("2026-12-01"), d("2026-12-15")]


def eras_invite(fn, date, prog, pid, spec, ds, dl, body, fmt, track=None):
    dates = "\n".join(f"  {full(x)}" for x in ds)
    t = f"""Dear Tomás Ebanks,

You have received an interview invitation from the following program:

Program: {prog} Program
Program ID: {pid}
Specialty: {spec}

Message from the program:
{body}

Available interview dates:
{dates}

Please respond to this invitation by {num(dl.date(), True, True)} {dl.hour % 12 or 12}:{dl.minute:02d} {'AM' if dl.hour < 12 else 'PM'} Eastern Time. To accept or decline and to select an interview date, sign in to MyERAS and go to the Interviews page:
{MYERAS}

Please do not reply to this email. This mailbox is not monitored. For questions about the interview, contact the program directly.

ERAS - Electronic Residency Application Service
Association of American Medical Colleges
655 K Street, NW, Suite 100, Washington, DC 20001-2399
"""
    return t, {x: full(x) for x in ds}


def unc_fm():
    fn = "b21-inv-eras-unc-fm.eml"
    date = at("2026-10-22 16:20:11")
    dl = at("2026-10-30 23:59")
    ds = UNC_DS
    body = ("Thank you for applying to the UNC Family Medicine Residency. We are pleased to invite you to a virtual "
            "interview day on Zoom. Interview days begin at 8:00 AM and end by 2:00 PM Eastern. We look forward to "
            "meeting you! - UNC Family Medicine Residency Team")
    t, forms = eras_invite(fn, date, "University of North Carolina Hospitals", "1203621107", "Family Medicine",
                           ds, dl, body, "virtual")
    msg = text(t, cte="7bit" if t.isascii() else "qp")
    build(fn, msg, ERAS_FROM, "Interview Invitation - University of North Carolina Hospitals Program", date)
    reg(fn, msg, L("invitation", "University of North Carolina Hospitals", "eras", "Family Medicine", fmt="virtual",
                   dates=ds, respond_by=dl, url=MYERAS), forms)


# ---------------------------------------------------------------- i15 VCU Surgery (ERAS)
VCU_DS = [d("2026-11-19"), d("2026-12-03"), d("2027-01-07")]


def vcu_surg():
    fn = "b21-inv-eras-vcu-surg.eml"
    date = at("2026-10-28 08:05:40")
    dl = at("2026-11-04 17:00")
    ds = VCU_DS
    body = ("On behalf of the VCU Department of Surgery, we are pleased to invite you to interview for a "
            "Categorical General Surgery position. Interviews will be virtual. A virtual social with our residents "
            "is held the evening before each interview date (optional). - Surgery Residency Office, VCU Health")
    t, forms = eras_invite(fn, date, "Virginia Commonwealth University Health System", "4405111084", "Surgery",
                           ds, dl, body, "virtual")
    msg = text(t, cte="7bit")
    build(fn, msg, ERAS_FROM, "Interview Invitation - Virginia Commonwealth University Health System Program", date)
    reg(fn, msg, L("invitation", "Virginia Commonwealth University Health System", "eras", "Surgery", "categorical",
                   "virtual", ds, dl, MYERAS), forms)


# ---------------------------------------------------------------- i16 University of Maryland Psych (Interview Broker)
UMD_DS = [d("2026-12-01"), d("2026-12-08"), d("2026-12-16"), d("2027-01-12")]


def umd_psych():
    fn = "b21-inv-ib-umd-psych.eml"
    date = at("2026-10-30 11:41:02")
    ds = UMD_DS
    dl = at("2026-11-06 23:59")
    url = "https://www.interviewbroker.com/applicant/invite/umdpsych-8f31c2a7"
    spots = [3, 5, 2, 6]
    tl = "\n".join(f"  {full(x)}   8:00 AM - 1:00 PM EST   Spots left: {s}" for x, s in zip(ds, spots))
    t = f"""Hello Tomás Ebanks,

You have been invited to interview at University of Maryland Medical Center - Psychiatry.

Message from the program:
Thank you for your application to the University of Maryland/Sheppard Pratt Psychiatry Residency. We would be delighted to have you interview with us. All interview days are virtual (Zoom links are sent one week before your date).

Available interview dates:
{tl}

To schedule your interview, click the link below:
{url}

This invitation expires on {num(dl.date(), True, True)} at 11:59 PM EST. Dates are first come, first served.

Thank you,
Interview Broker
"""
    rows = "".join(f"<tr><td>{full(x)}</td><td>8:00 AM - 1:00 PM EST</td><td>{s}</td></tr>" for x, s in zip(ds, spots))
    h = page(f"""<p>Hello Tomás Ebanks,</p>
<p>You have been invited to interview at <b>University of Maryland Medical Center - Psychiatry</b>.</p>
<p><i>Message from the program:</i><br>Thank you for your application to the University of Maryland/Sheppard Pratt Psychiatry Residency. We would be delighted to have you interview with us. All interview days are virtual (Zoom links are sent one week before your date).</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Date</th><th>Time</th><th>Spots left</th></tr>{rows}</table>
<p><a href="{url}" style="background:#1f6fb2;color:#fff;padding:10px 18px;text-decoration:none">Schedule Interview</a></p>
<p>This invitation expires on {num(dl.date(), True, True)} at 11:59 PM EST. Dates are first come, first served.</p>
<p>Thank you,<br>Interview Broker</p>""")
    msg = alt(text(t), html(h))
    build(fn, msg, IB_FROM, "Interview Invitation: University of Maryland Medical Center - Psychiatry", date)
    reg(fn, msg, L("invitation", "University of Maryland Medical Center", "interview_broker", "Psychiatry",
                   fmt="virtual", dates=ds, respond_by=at("2026-11-06 23:59"), url=url), {x: full(x) for x in ds})


# ---------------------------------------------------------------- i17 Carilion Psych (Thalamus, no deadline)
CAR_DS = [d("2026-11-11"), d("2026-12-02"), d("2027-01-13")]
CAR = "Carilion Clinic-Virginia Tech Carilion School of Medicine"


def carilion_psych():
    fn = "b21-inv-thal-carilion-psych.eml"
    date = at("2026-10-16 17:52:38", "UTC")
    ds = CAR_DS
    url = "https://app.thalamusgme.com/applicant/invitations/CAR-PSY-2N8W5"
    t = f"""Hi {FIRST},

Congratulations! You have received an interview invitation from {CAR} - Psychiatry.

Message from the program:

We enjoyed reviewing your application and would be glad to have you join us for a virtual interview day. Interview dates offered this season:

  {shy(ds[0])}
  {shy(ds[1])}
  {shy(ds[2])}

Spots are scheduled on a first-come, first-served basis. Our residents also host an optional virtual "Roanoke After Hours" the evening before each date.

Warm regards,
Carilion Psychiatry Residency

To view your invitation and schedule your interview, log in to Thalamus:
{url}

Thalamus GME, Inc. | Boston, MA
You are receiving this email because you have an applicant account on Thalamus.
"""
    msg = alt(text(t), html(thal_html("You've been invited to interview!", t.split("To view your")[0],
                                      "Schedule Interview", url)))
    build(fn, msg, THAL_FROM, f"Interview Invitation: {CAR} - Psychiatry", date)
    reg(fn, msg, L("invitation", CAR, "thalamus", "Psychiatry", fmt="virtual", dates=ds, url=url),
        {x: shy(x) for x in ds})


# ---------------------------------------------------------------- i18 USF EM (ResidencyCAS; "Dec 1, 8, 15"; 72 h across DST)
USF_DS = [d("2026-12-01"), d("2026-12-08"), d("2026-12-15"), d("2027-01-05")]
USF = "USF Health Morsani College of Medicine"


def usf_em():
    fn = "b21-inv-rcas-usf-em.eml"
    date = at("2026-10-29 19:12:08")
    ds = USF_DS
    t = f"""Hi {FIRST},

We loved reading your application and want to get to know you! The Emergency Medicine Residency at {USF} and Tampa General Hospital has interview sessions available on Dec 1, 8, 15 and Jan 5 (all Tuesdays). Sessions are virtual and run 9:00 a.m. - 2:00 p.m. ET.

Next steps:
1. Log in to the ResidencyCAS Interview Portal: {RCAS_PORTAL}
2. Accept the invitation under My Programs and pick a first and second choice session.
3. Please do this within 72 hours of this email; after that, open invitations are offered to the waitlist.

Can't wait to meet you.

Bryce Maddox, MD, and Lena Okafor, MD
Program Director & Associate Program Director
Emergency Medicine Residency | {USF}

--
Sent via ResidencyCAS on behalf of {USF} - Emergency Medicine.
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr(f"{USF} - Emergency Medicine via ResidencyCAS", RCAS_FROM_ADDR),
          "USF/TGH Emergency Medicine - Interview Invitation", date)
    forms = {x: "Dec 1, 8, 15" for x in ds[:3]}
    forms[ds[3]] = "Jan 5"
    reg(fn, msg, L("invitation", USF, "residencycas", "Emergency Medicine", fmt="virtual", dates=ds,
                   respond_by=later(date, 72, "ET"), url=RCAS_PORTAL), forms)


# ---------------------------------------------------------------- i19 Miami Peds (Calendly link, "Wed 11/18", deadline EST)
MIAMI_DS = [d("2026-11-18"), d("2026-12-02"), d("2026-12-09"), d("2027-01-06")]


def miami_peds():
    fn = "b21-inv-email-miami-peds.eml"
    date = at("2026-10-27 13:26:44")
    ds = MIAMI_DS
    dl = at("2026-11-02 12:00")
    url = "https://calendly.com/umiami-peds-residency/interview"
    t = f"""Hello Tomás!

On behalf of Dr. Alvarez-Quintero and the Pediatric Residency Program at Holtz Children's Hospital, thank you for your application. We are happy to let you know that you have been selected for an interview!

Virtual interview dates (8:00 a.m. - 12:30 p.m. ET):
  {wd(ds[0])[:3]} {num(ds[0])}
  {wd(ds[1])[:3]} {num(ds[1])}
  {wd(ds[2])[:3]} {num(ds[2])}
  {wd(ds[3])[:3]} {num(ds[3])}

Please reserve your date on Calendly: {url}
Sign up by Monday, November 2 at 12:00 PM EST.

¡Nos vemos pronto!

Yesenia Marrero
Program Manager, Pediatric Residency
University of Miami Miller School of Medicine | Jackson Health System
1611 NW 12th Ave, Miami, FL 33136
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Yesenia Marrero", "ymarrero@med.miami.edu"),
          "\u00a1Felicidades! UM/Jackson Pediatrics Interview", date)
    reg(fn, msg, L("invitation", "University of Miami Miller School of Medicine", "email", "Pediatrics",
                   fmt="virtual", dates=ds, respond_by=dl, url=url),
        {x: f"{wd(x)[:3]} {num(x)}" for x in ds})


# ---------------------------------------------------------------- i20 Cone Health FM (in person, 72 h)
CONE_DS = [d("2026-12-03"), d("2026-12-10"), d("2027-01-07")]


def cone_fm():
    fn = "b21-inv-email-cone-fm.eml"
    date = at("2026-11-05 15:55:00")
    ds = CONE_DS
    url = "https://forms.gle/ConeFMResidency2027"
    t = f"""Dear Tomás,

Thank you for applying to the Cone Health Family Medicine Residency Program! We would be delighted to host you for an interview day in Greensboro.

Our in-person interview days this season are:
  {wmd(ds[0])}
  {wmd(ds[1])}
  {wmd(ds[2])}, {ds[2].year}

Please use the Google Form below to rank the dates that work for you within 72 hours of receiving this email, and we will confirm your day by email:
{url}

Interview days begin at 8:00 a.m. at the Cone Health Family Medicine Center, 1125 N Church St, Greensboro, NC 27401, and end around 2:30 p.m. Lunch with residents is included.

Warmly,
Beth Ann Greer
Residency Coordinator
Cone Health Family Medicine Residency
"""
    msg = alt(text(t, cte="b64"), html(page(p2html(t)), "b64"))
    build(fn, msg, addr("Greer, Beth Ann", "bethann.greer@conehealth.com"),
          "Cone Health Family Medicine Interview", date)
    reg(fn, msg, L("invitation", "Cone Health", "email", "Family Medicine", fmt="in_person", dates=ds,
                   respond_by=later(date, 72), url=url), {x: wmd(x) for x in ds})


# ---------------------------------------------------------------- i21 Prisma Upstate prelim surgery ("Fridays: Nov 20, Dec 4 and Dec 18")
def prisma_surgprelim():
    fn = "b21-inv-email-prismagvl-surgprelim.eml"
    date = at("2026-11-04 10:48:32")
    ds = [d("2026-11-20"), d("2026-12-04"), d("2026-12-18")]
    dl = at("2026-11-09 23:59")
    url = "https://prismahealth.co1.qualtrics.com/jfe/form/SV_PrelimSurgGVL27"
    t = f"""Dear Tomás,

We have completed our review of applications for the Preliminary Surgery track at Prisma Health\u2013Upstate in Greenville, and we are pleased to offer you an interview.

Virtual interview dates are Fridays: {sh(ds[0])[5:]}, {sh(ds[1])[5:]} and {sh(ds[2])[5:]}. Please indicate your preference in the Qualtrics form below by 11:59 p.m. ET on {wmd(dl)}:
{url}

The interview day includes a meeting with the program director, two faculty interviews, and a resident Q&A. Please note that our preliminary interns interview separately from categorical applicants.

Kind regards,

Courtney Vaughn
Program Coordinator, General Surgery Residency
Department of Surgery
Prisma Health\u2013Upstate | University of South Carolina School of Medicine Greenville
701 Grove Road, Greenville, SC 29605
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Vaughn, Courtney", "courtney.vaughn@prismahealth.org"),
          "Preliminary Surgery Interview \u2013 Prisma Health Greenville", date)
    forms = {x: sh(x)[5:] for x in ds}
    reg(fn, msg, L("invitation", "Prisma Health\u2013Upstate", "email", "Surgery", "preliminary", "virtual", ds, dl,
                   url), forms)


# ---------------------------------------------------------------- i22 UT Knoxville FM (SignUpGenius link, "December 3, 10 and 17")
UTK = "University of Tennessee Graduate School of Medicine"


def utk_fm():
    fn = "b21-inv-email-utk-fm.eml"
    date = at("2026-11-11 09:17:26")
    ds = [d("2026-12-03"), d("2026-12-10"), d("2026-12-17")]
    url = "https://www.signupgenius.com/go/4090C4EAFAB28A1F94-utkfm2027"
    t = f"""Hello Tomás,

Thank you for your application to the UT Family Medicine Residency in Knoxville. Our faculty would like to meet you in person! We interview on Thursdays; this season's remaining dates are December 3, 10 and 17.

Please pick the date that works best for you on SignUpGenius:
{url}

Spots are limited and are filled first come, first served. Interview days are held at the UT Family Medicine Center, 1924 Alcoa Highway, Knoxville, TN 37920, from 8:00 a.m. to 2:00 p.m. Eastern.

See you soon,

Marcy Dalton
Residency Program Coordinator
Department of Family Medicine
{UTK}
"""
    msg = text(t, cte="7bit" if t.isascii() else "qp")
    build(fn, msg, addr("Dalton, Marcy", "mdalton@utmck.edu"), "UT Family Medicine Knoxville - Interview", date)
    reg(fn, msg, L("invitation", UTK, "email", "Family Medicine", fmt="in_person", dates=ds, url=url),
        {x: "December 3, 10 and 17" for x in ds})


ALL = [emory_em, ufjax_em, vanderbilt_peds, meharry_psych, atrium_surg, uab_surgprelim, musc_psych, ecu_fm,
       mayo_surg, usa_peds, inova_peds, mcg_psych, duke_psych, unc_fm, vcu_surg, umd_psych, carilion_psych,
       usf_em, miami_peds, cone_fm, prisma_surgprelim, utk_fm]
