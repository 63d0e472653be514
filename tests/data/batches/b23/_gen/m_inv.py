"""b23 invitations (22): Thalamus 6, ERAS 4, Interview Broker 3, program email 9."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ================================================================ Thalamus
def thal_invite(fn, date, subject, title, program_line, itype, dates, url, note, deadline=None,
                extra_rows=(), date_fmt=a3y, footer=None):
    rows = [("Program", program_line), ("Interview type", itype),
            ("Interview dates", "\n".join(date_fmt(x) for x in dates))]
    if deadline:
        rows.append(("Respond by", deadline))
    rows += list(extra_rows)
    lines = [f"Hello {FIRST},", "", f"{program_line} has invited you to interview.", ""]
    for a, b in rows:
        if "\n" in b:
            lines.append(f"{a}:")
            lines += [f"    {x}" for x in b.split("\n")]
        else:
            lines.append(f"{a}: {b}")
    lines += ["", "Message from the program:", "", note, "", "Review the invitation and choose a time:", url, ""]
    lines += [footer or ("Your spot is not reserved until you select a date and receive a confirmation. "
                         "If you cannot attend any of the listed dates, you may decline or request to join "
                         "the program's waitlist from the invitation page."), "",
              "-- ", "Thalamus | thalamusgme.com", "Please add noreply@thalamusgme.com to your safe senders list."]
    t = "\n".join(lines) + "\n"
    h = thal_html(title, f"Hello {FIRST},\n\n{program_line} has invited you to interview.", rows,
                  "Review invitation", url, note=note)
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, subject, date, domain=THAL_DOM)
    return msg


@add
def i_ucsd():
    fn = "b23-inv-thal-ucsd-rad.eml"
    date = at("2026-10-14 17:05:42", "UTC")
    ds = [d("2026-11-16"), d("2026-11-30"), d("2026-12-14"), d("2027-01-11")]
    url = "https://app.thalamusgme.com/applicant/invitations/7710-UCSDDR-27"
    dl = at("2026-10-21 23:59", "PT")
    note = ("Thank you for applying to the UC San Diego Diagnostic Radiology residency. The selection committee "
            "enjoyed reading your application and we are delighted to invite you to interview for our advanced "
            "(R1) position, which begins in July 2028 after your clinical intern year.\n\n"
            "All interviews this season are held on Zoom. The day runs 7:45 AM to about 12:30 PM Pacific and "
            "includes a readout with our residents, a session with the program director, and three faculty "
            "interviews. An optional resident-hosted virtual social takes place the evening before each "
            "interview day; details follow once you have booked.\n\n"
            "Warm regards,\nRenee Castellanos, Residency Program Coordinator\nDepartment of Radiology, UC San Diego")
    msg = thal_invite(fn, date, "Interview Invitation - UC San Diego Health Diagnostic Radiology",
                      "You're invited to interview", "UC San Diego Health - Diagnostic Radiology - Advanced (R1)",
                      "Virtual", ds, url, note, deadline=f"Wed, Oct 21, 2026, {clock(dl)} PDT")
    reg(fn, msg, L("invitation", "UC San Diego Health", "thalamus", DR, "advanced", "virtual", ds, dl, url),
        {x: a3y(x) for x in ds})


@add
def i_duke():
    fn = "b23-inv-thal-duke-derm.eml"
    date = at("2026-11-04 16:00:11", "UTC")
    ds = [d("2026-12-04"), d("2026-12-18"), d("2027-01-08")]
    url = "https://app.thalamusgme.com/applicant/invitations/2954-DUKEDERM-27"
    dl = at("2026-11-06 11:00", "ET")
    note = ("Dear Applicant,\n\nOn behalf of the Department of Dermatology at Duke, congratulations! We were "
            "impressed by your application and would like to invite you to a virtual interview for the "
            "Dermatology residency (advanced, PGY-2 start in 2028).\n\n"
            "This is the first of two invitation rounds. Please respond within 48 hours (by 11:00 AM Eastern on "
            "Friday, November 6); invitations that have not been accepted by then may be released to other "
            "applicants. Each interview day starts at 8:00 AM ET and finishes by 1:30 PM ET.\n\n"
            "Best wishes,\nDuke Dermatology Residency Leadership")
    msg = thal_invite(fn, date, "Duke University Hospital has invited you to interview",
                      "New interview invitation", "Duke University Hospital - Dermatology - Advanced",
                      "Virtual", ds, url, note, deadline="Fri, Nov 6, 2026, 11:00 AM EST")
    reg(fn, msg, L("invitation", "Duke University Hospital", "thalamus", DERM, "advanced", "virtual", ds, dl, url),
        {x: a3y(x) for x in ds})


@add
def i_uthscsa():
    fn = "b23-inv-thal-uthscsa-path.eml"
    date = at("2026-10-06 19:41:33", "UTC")
    ds = [d("2026-11-05"), d("2026-11-19"), d("2026-12-10")]
    url = "https://app.thalamusgme.com/applicant/invitations/5183-UTHSAPATH-27"
    note = ("Greetings from San Antonio!\n\nThe Pathology residency program at UT Health San Antonio (Joe R. and "
            "Teresa Lozano Long School of Medicine) is pleased to invite you to interview for an AP/CP position. "
            "Our residents train at University Hospital, the Audie L. Murphy VA Hospital and the Mays Cancer "
            "Center.\n\nInterviews are virtual and take place on Thursdays from 9:00 AM to 2:00 PM Central. "
            "Please accept an interview date within 5 days of receiving this invitation. Invitations not "
            "accepted within 5 days will expire.\n\n"
            "Questions? Email our coordinator, Yesenia Barrera, at pathres@uthscsa.edu.")
    msg = thal_invite(fn, date, "New interview invitation",
                      "You have a new interview invitation",
                      "UT Health San Antonio - Pathology-Anatomic and Clinical", "Virtual", ds, url, note,
                      date_fmt=W)
    rb = later(date, days=5)
    reg(fn, msg, L("invitation", "UT Health San Antonio", "thalamus", PATH, None, "virtual", ds, rb, url),
        {x: W(x) for x in ds})


@add
def i_chop():
    fn = "b23-inv-thal-chop-cneuro.eml"
    date = at("2026-10-21 14:30:02", "UTC")
    ds = [d("2026-11-11"), d("2026-12-02"), d("2027-01-13")]
    url = "https://app.thalamusgme.com/applicant/invitations/8420-CHOPCN-27"
    note = ("Dear Dr. Strandberg (almost!),\n\nWe are thrilled to invite you to interview with the Child "
            "Neurology Residency Program at Children\u2019s Hospital of Philadelphia. Our categorical program "
            "includes two years of pediatrics at CHOP followed by three years of neurology training here and at "
            "the Hospital of the University of Pennsylvania.\n\n"
            "This season we are offering a hybrid format: you may choose to interview in person on our main "
            "campus at 34th Street and Civic Center Boulevard or join us by Zoom. Both formats are weighted "
            "equally. Dates are offered on a first-come, first-served basis.\n\n"
            "With warm regards,\nThe CHOP Child Neurology Education Team")
    msg = thal_invite(fn, date, "\U0001F389 Interview invitation: Children's Hospital of Philadelphia",
                      "Congratulations \u2013 you're invited!",
                      "Children's Hospital of Philadelphia - Child Neurology - Categorical", "Hybrid", ds, url,
                      note, extra_rows=[("Location", "Philadelphia, PA or Zoom (your choice)")])
    reg(fn, msg, L("invitation", "Children's Hospital of Philadelphia", "thalamus", CN, "categorical", "hybrid",
                   ds, None, url), {x: a3y(x) for x in ds})


@add
def i_mahec():
    fn = "b23-inv-thal-mahec-fm.eml"
    date = at("2026-10-19 13:02:55", "UTC")
    ds = [d("2026-11-10"), d("2026-11-17"), d("2026-12-03"), d("2026-12-08")]
    url = "https://app.thalamusgme.com/applicant/invitations/1362-MAHECFM-27"
    dl = at("2026-10-30 17:00", "ET")
    note = ("Hi there! We loved getting to know you through your application and would be so glad to have "
            "you visit us in the mountains. Our interview days are in person at the MAHEC Family Health "
            "Center, 123 Hendersonville Road, Asheville, NC, from 8:00 AM to 3:00 PM.\n\n"
            "Please choose a date by 5:00 PM on October 30. Residents host an informal dinner the evening "
            "before each interview day (optional, and not part of the evaluation).\n\n"
            "Take care,\nBrooke Ammons\nResidency Coordinator, MAHEC Family Medicine Residency - Asheville")
    msg = thal_invite(fn, date, "Interview Invitation: MAHEC Family Medicine Residency",
                      "You're invited to interview",
                      "Mountain Area Health Education Center (MAHEC) - Family Medicine - Asheville",
                      "In-Person", ds, url, note, deadline="Fri, Oct 30, 2026, 5:00 PM EDT",
                      extra_rows=[("Location", "Asheville, NC")])
    reg(fn, msg, L("invitation", "Mountain Area Health Education Center", "thalamus", FM, None, "in_person", ds,
                   dl, url), {x: a3y(x) for x in ds})


@add
def i_medstar_gu():
    fn = "b23-inv-thal-medstargeorgetown-imprelim.eml"
    date = at("2026-11-09 20:17:40", "UTC")
    ds = [d("2026-12-07"), d("2026-12-21"), d("2027-01-04")]
    url = "https://app.thalamusgme.com/applicant/invitations/3307-MGUHPRELIM-27"
    dl = at("2026-11-20 23:59", "ET")
    note = ("Thank you for your interest in the Preliminary Internal Medicine program at MedStar Georgetown "
            "University Hospital. We are pleased to invite you to a virtual interview. Interviews run from "
            "12:00 to 4:30 PM Eastern on Microsoft Teams.\n\n"
            "Please note this invitation is for the Georgetown preliminary program only. MedStar Washington "
            "Hospital Center recruits for its own preliminary and categorical positions separately.\n\n"
            "Sincerely,\nInternal Medicine Residency Office\nMedStar Georgetown University Hospital\n"
            "3800 Reservoir Road NW, Washington, DC 20007")
    msg = thal_invite(fn, date, "Invitation to interview - MedStar Georgetown University Hospital",
                      "Interview invitation",
                      "MedStar Georgetown University Hospital - Internal Medicine - Preliminary", "Virtual", ds,
                      url, note, deadline="Fri, Nov 20, 2026, 11:59 PM EST")
    reg(fn, msg, L("invitation", "MedStar Georgetown University Hospital", "thalamus", IM, "preliminary",
                   "virtual", ds, dl, url), {x: a3y(x) for x in ds})


# ================================================================ ERAS Interview Scheduling
def eras_invite(fn, date, prog, spec, pid, rows, deadline, note, fmt_word, subject=None):
    t = f"""Dear {NAME} (AAMC ID: {AAMCID}),

You have received an interview invitation through ERAS Interview Scheduling.

Program:   {prog}
Specialty: {spec}
Program ID: {pid}

Available interview dates:
""" + "\n".join(f"  {r[0]}   {r[1]}   {r[2]}" for r in rows) + f"""

{"Respond by: " + deadline if deadline else "Respond by: (no deadline set by the program)"}

Message from the program:
{note}

To accept this invitation and schedule a date, sign in to MyERAS and select "Interviews":
{MYERAS}

Interview dates are subject to availability and are not held until you schedule. Freeze date
rules: once a program's freeze date for an interview has passed, you can no longer reschedule
that interview through ERAS; you may only cancel.

Thank you,
ERAS Interview Scheduling
Association of American Medical Colleges
"""
    blocks = [f"Dear {NAME} (AAMC ID: {AAMCID}),",
              "You have received an interview invitation through ERAS Interview Scheduling.",
              ("table", [("Program", prog), ("Specialty", spec), ("Program ID", pid)]),
              "Available interview dates:",
              ("table", [("Date", "Format", "Time")] + list(rows)),
              ("Respond by: " + deadline) if deadline else "Respond by: (no deadline set by the program)",
              "Message from the program:\n" + note]
    h = eras_html("Interview Invitation", blocks, "Go to MyERAS Interviews", MYERAS)
    msg = alt(text(t), html(h))
    build(fn, msg, ERAS, subject or f"ERAS Interview Invitation - {prog}", date, domain=ERAS_DOM)
    return msg


@add
def i_bcm():
    fn = "b23-inv-eras-bcm-path.eml"
    date = at("2026-10-09 14:06:18", "ET")
    ds = [d("2026-11-13"), d("2026-12-04"), d("2027-01-15")]
    rows = [(sl(x) + f" ({x:%A})", "In Person", "7:30 AM - 3:00 PM CT") for x in ds]
    note = ("Congratulations! The Baylor College of Medicine Pathology & Immunology residency would like to "
            "host you in Houston. Interviews take place in the Texas Medical Center (Ben Taub Hospital and "
            "Baylor St. Luke's McNair Campus). A breakfast with residents starts the day. Please schedule by the "
            "response deadline. Contact: path-residency@bcm.edu")
    msg = eras_invite(fn, date, "Baylor College of Medicine Program", "Pathology-Anatomic and Clinical",
                      "3004821068", rows, "10/23/2026 11:59 PM ET", note, "In Person")
    reg(fn, msg, L("invitation", "Baylor College of Medicine", "eras", PATH, None, "in_person", ds,
                   at("2026-10-23 23:59", "ET"), MYERAS), {x: sl(x) + f" ({x:%A})" for x in ds})


@add
def i_scripps():
    fn = "b23-inv-eras-scrippsmercy-ty.eml"
    date = at("2026-10-20 12:30:00", "ET")
    ds = [d("2026-12-09"), d("2026-12-16"), d("2027-01-06"), d("2027-01-20")]
    rows = [(sl(x) + f" ({x:%a})", "Virtual", "8:00 AM - 12:30 PM PT") for x in ds]
    note = ("Thank you for applying to the Scripps Mercy Hospital San Diego Transitional Year. All of our "
            "interviews are virtual this year. A Zoom link will be sent by the program coordinator about one "
            "week before your interview day. We look forward to meeting you! - Transitional Year Program, "
            "Scripps Mercy Hospital, 4077 Fifth Avenue, San Diego, CA 92103")
    msg = eras_invite(fn, date, "Scripps Mercy Hospital San Diego Program", "Transitional Year", "9990521134",
                      rows, None, note, "Virtual")
    reg(fn, msg, L("invitation", "Scripps Mercy Hospital San Diego", "eras", TY, None, "virtual", ds, None, MYERAS),
        {x: sl(x) + f" ({x:%a})" for x in ds})


@add
def i_uva():
    fn = "b23-inv-eras-uva-rad.eml"
    date = at("2026-10-29 10:15:27", "ET")
    ds = [d("2026-12-01"), d("2026-12-15"), d("2027-01-12")]
    rows = [(sl(x) + f" ({x:%A})", "Virtual", "7:45 AM - 1:00 PM ET") for x in ds]
    note = ("Dear Applicant, we are pleased to invite you to interview for the Diagnostic Radiology residency at "
            "the University of Virginia (advanced positions, PGY-2 start July 2028). Interviews are conducted via "
            "Zoom. Please schedule by 5:00 PM Eastern on November 5. If none of the dates work, contact "
            "radres@uvahealth.org. - UVA Radiology and Medical Imaging")
    msg = eras_invite(fn, date, "University of Virginia Program", "Radiology-Diagnostic (Advanced)", "4205121190",
                      rows, "11/05/2026 05:00 PM ET", note, "Virtual",
                      subject="You have been invited to interview: University of Virginia Program")
    reg(fn, msg, L("invitation", "University of Virginia", "eras", DR, "advanced", "virtual", ds,
                   at("2026-11-05 17:00", "ET"), MYERAS), {x: sl(x) + f" ({x:%A})" for x in ds})


@add
def i_ecu():
    fn = "b23-inv-eras-ecu-fm.eml"
    date = at("2026-10-14 15:40:10", "ET")
    ds = [d("2026-11-06"), d("2026-12-11"), d("2027-01-22")]
    rows = [(sl(x) + f" ({x:%A})", "In Person", "8:00 AM - 2:30 PM ET") for x in ds]
    note = ("Greetings from Greenville, North Carolina! The ECU Family Medicine Residency (Brody School of "
            "Medicine at East Carolina University and ECU Health Medical Center, formerly Vidant Medical Center) "
            "invites you to interview in person. Lodging for the night before can be arranged through our "
            "office; there is an optional resident dinner the evening before each interview day. Please "
            "schedule by October 21.")
    msg = eras_invite(fn, date, "ECU Health Medical Center/East Carolina University Program", "Family Medicine",
                      "1203611078", rows, "10/21/2026 11:59 PM ET", note, "In Person")
    reg(fn, msg, L("invitation", "ECU Health Medical Center/East Carolina University", "eras", FM, None,
                   "in_person", ds, at("2026-10-21 23:59", "ET"), MYERAS), {x: sl(x) + f" ({x:%A})" for x in ds})


# ================================================================ Interview Broker
@add
def i_jhu():
    fn = "b23-inv-ib-jhu-rad.eml"
    date = at("2026-10-26 11:00:04", "ET")
    ds = [d("2026-11-19"), d("2026-12-08"), d("2027-01-14")]
    url = "https://www.interviewbroker.com/applicant/i/JHH-DR-ADV-27-4c81f0"
    seats = ["5", "7", "6"]
    t = f"""Dear Camila,

The Johns Hopkins Hospital - Russell H. Morgan Department of Radiology and Radiological Science invites you to interview for the Diagnostic Radiology residency (Advanced, PGY-2) for the 2027 Match.

Interview campaign: Diagnostic Radiology - Advanced 2027
Format: Virtual (Zoom)

Available dates:
""" + "\n".join(f"  - {a3y(x)}  (8:00 AM - 1:00 PM ET)  {s} openings" for x, s in zip(ds, seats)) + f"""

Please schedule by 11/02/2026 11:59 PM EST. After that time the invitation link is deactivated.

Schedule your interview:
{url}

If you need to decline, please use the same link so that another applicant can be invited.

Sincerely,
Radiology Residency Program
The Johns Hopkins Hospital, 1800 Orleans Street, Baltimore, MD 21287
"""
    h = ib_html("Interview Invitation",
                "Dear Camila,\n\nThe Johns Hopkins Hospital - Russell H. Morgan Department of Radiology and "
                "Radiological Science invites you to interview for the Diagnostic Radiology residency (Advanced, "
                "PGY-2) for the 2027 Match.\n\nInterview campaign: Diagnostic Radiology - Advanced 2027\n"
                "Format: Virtual (Zoom)",
                (["Date", "Time", "Openings"], [(a3y(x), "8:00 AM - 1:00 PM ET", s) for x, s in zip(ds, seats)]),
                "Schedule Interview", url,
                "Please schedule by 11/02/2026 11:59 PM EST. After that time the invitation link is deactivated.")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Interview Invitation - Johns Hopkins Diagnostic Radiology (Advanced)", date,
          domain=IB_DOM, reply_to=addr("JHH Radiology Residency", "radres@jhmi.edu"))
    reg(fn, msg, L("invitation", "The Johns Hopkins Hospital", "interview_broker", DR, "advanced", "virtual", ds,
                   at("2026-11-02 23:59", "ET"), url), {x: a3y(x) for x in ds})


@add
def i_bayview():
    fn = "b23-inv-ib-bayview-imprelim.eml"
    date = at("2026-11-11 13:15:00", "ET")
    ds = [d("2026-12-03"), d("2026-12-17"), d("2027-01-07")]
    full = d("2027-01-21")
    url = "https://www.interviewbroker.com/applicant/i/JHBMC-IMP-27-77ad2e"
    rows = [(a3y(ds[0]), "Virtual", "4 remaining"), (a3y(ds[1]), "Virtual", "2 remaining"),
            (a3y(ds[2]), "Virtual", "6 remaining"), (a3y(full), "Virtual", "FULL - waitlist only")]
    t = f"""Hello Camila Strandberg,

You are invited to interview with Johns Hopkins Bayview Medical Center, Department of Medicine - Preliminary Internal Medicine (PGY-1).

Please note: this invitation is from our Bayview campus program (4940 Eastern Avenue). It is separate from the Osler Medical Residency at The Johns Hopkins Hospital.

Interview dates (scheduling is first come, first served):
""" + "\n".join(f"  {a:<22} {b:<8} {c}" for a, b, c in rows) + f"""

All interviews are held on Zoom from 9:00 AM to 1:00 PM Eastern.

Click below to choose a date:
{url}

Warm regards,
Preliminary Medicine Program Office
Johns Hopkins Bayview Medical Center
"""
    h = ib_html("You're invited: Preliminary Internal Medicine",
                "Hello Camila Strandberg,\n\nYou are invited to interview with Johns Hopkins Bayview Medical "
                "Center, Department of Medicine - Preliminary Internal Medicine (PGY-1).\n\nPlease note: this "
                "invitation is from our Bayview campus program (4940 Eastern Avenue). It is separate from the "
                "Osler Medical Residency at The Johns Hopkins Hospital.",
                (["Interview date", "Format", "Availability"], rows), "Choose a date", url,
                "All interviews are held on Zoom from 9:00 AM to 1:00 PM Eastern. Scheduling is first come, "
                "first served.")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Johns Hopkins Bayview Medical Center - Interview Invitation", date, domain=IB_DOM)
    reg(fn, msg, L("invitation", "Johns Hopkins Bayview Medical Center", "interview_broker", IM, "preliminary",
                   "virtual", ds, None, url), {x: a3y(x) for x in ds})


@add
def i_utsw_cn():
    fn = "b23-inv-ib-utsw-cneuro.eml"
    date = at("2026-10-15 10:00:00", "ET")
    ds = [d("2026-11-09"), d("2026-12-11"), d("2027-01-11")]
    url = "https://www.interviewbroker.com/applicant/i/UTSW-CN-27-a90b13"
    exp = at("2026-10-19 23:59", "CT")
    t = f"""Dear Ms. Strandberg,

Thank you for applying to the Child Neurology Residency at UT Southwestern Medical Center. We are pleased to invite you to interview for a categorical position (two years of pediatrics at Children's Health / Children's Medical Center Dallas, then three years of child neurology).

Interview days are in person in Dallas:
""" + "\n".join(f"  * {W(x)}" for x in ds) + f"""

Each day begins at 7:30 AM Central in the Children's Medical Center Dallas lobby, 1935 Medical District Drive.

This invitation expires on Monday, October 19, 2026 at 11:59 PM Central.

Select your date here: {url}

Kind regards,
Child Neurology Residency Program
UT Southwestern Medical Center | Department of Pediatrics, Division of Pediatric Neurology
"""
    h = ib_html("Interview Invitation - Child Neurology",
                "Dear Ms. Strandberg,\n\nThank you for applying to the Child Neurology Residency at UT "
                "Southwestern Medical Center. We are pleased to invite you to interview for a categorical "
                "position (two years of pediatrics at Children's Health / Children's Medical Center Dallas, then "
                "three years of child neurology).",
                (["Date", "Location", "Check-in"], [(W(x), "Children's Medical Center Dallas", "7:30 AM CT")
                                                    for x in ds]),
                "Select date", url,
                "This invitation expires on Monday, October 19, 2026 at 11:59 PM Central.")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "UT Southwestern Child Neurology: Invitation to Interview", date, domain=IB_DOM)
    reg(fn, msg, L("invitation", "UT Southwestern Medical Center", "interview_broker", CN, "categorical",
                   "in_person", ds, exp, url), {x: W(x) for x in ds})


# ================================================================ program email
@add
def i_harbor():
    fn = "b23-inv-email-harborucla-fm.eml"
    date = at("2026-10-13 09:41:18", "PT")
    ds = [d("2026-11-10"), d("2026-12-01"), d("2026-12-10"), d("2027-01-12")]
    url = "https://forms.gle/HarborUCLAfm27interview"
    t = f"""Dear Camila,

Congratulations! On behalf of our program director, Dr. Anand Subramaniam, and the selection committee, I am happy to invite you to interview with the Harbor-UCLA Family Medicine Residency Program.

Harbor-UCLA Medical Center is a Los Angeles County Department of Health Services hospital in Torrance and is affiliated with the David Geffen School of Medicine at UCLA. Interview days are IN PERSON on our campus (1000 W. Carson Street, Torrance, CA 90502) from 7:30 AM to 2:00 PM.

Interview dates:
""" + "\n".join(f"   {Wmd(x)}" + (", 2027" if x.year == 2027 else "") for x in ds) + f"""

To reserve a date, please complete this Google Form within 72 hours of receiving this email:
{url}

After 72 hours, unclaimed spots will be offered to applicants on our waitlist. Parking instructions and an itinerary will be sent about one week before your interview.

Best,

Marisol Quintero
Residency Program Coordinator | Family Medicine
Harbor-UCLA Medical Center
1000 W. Carson St., Box 24 | Torrance, CA 90502
Tel (424) 306-5441 | Fax (310) 222-0123
"""
    msg = text(t)
    build(fn, msg, addr("Quintero, Marisol", "mquintero2@dhs.lacounty.gov"),
          "Harbor-UCLA Family Medicine \u2013 Interview Invitation (2027 Match)", date, domain="dhs.lacounty.gov")
    forms = {x: Wmd(x) for x in ds}
    reg(fn, msg, L("invitation", "Harbor-UCLA Medical Center", "email", FM, None, "in_person", ds,
                   later(date, hours=72), url), forms)


@add
def i_prisma_up():
    fn = "b23-inv-email-prismaupstate-fm.eml"
    date = at("2026-10-22 08:55:30", "ET")
    ds = [d("2026-11-12"), d("2026-12-03"), d("2026-12-17"), d("2027-01-07")]
    url = "https://calendly.com/prismaupstate-fmres/interview-day"
    body = f"""Dear Camila,

Thank you for applying to the Family Medicine Residency at Prisma Health\u2013Upstate in Greenville, South Carolina (formerly Greenville Health System; University of South Carolina School of Medicine Greenville). We would love for you to join us for an in-person interview day.

Available interview days (8:00 a.m. \u2013 3:00 p.m. Eastern):
\u2022 {Wmd(ds[0])}
\u2022 {Wmd(ds[1])}
\u2022 {Wmd(ds[2])}
\u2022 {W(ds[3])}

Please sign up through Calendly by 12:00 p.m. Eastern on Monday, November 2:
{url}

Interviews are held at the Center for Family Medicine, 877 W. Faris Road, Greenville, SC 29605. Free parking is available in the lot facing Faris Road.

We look forward to meeting you!

Tamika Rhodes, C-TAGME
Program Coordinator, Family Medicine Residency
Prisma Health\u2013Upstate | Greenville, SC
864-455-7800
"""
    msg = alt(text(body), html(outlook_html(body)))
    build(fn, msg, addr("Prisma Health FM Residency", "FMResidency@prismahealth.org"),
          "Interview Invitation \u2013 Prisma Health Family Medicine (Greenville)", date, domain="prismahealth.org")
    reg(fn, msg, L("invitation", "Prisma Health\u2013Upstate", "email", FM, None, "in_person", ds,
                   at("2026-11-02 12:00", "ET"), url),
        {ds[0]: Wmd(ds[0]), ds[1]: Wmd(ds[1]), ds[2]: Wmd(ds[2]), ds[3]: W(ds[3])})


@add
def i_ttuhscep():
    fn = "b23-inv-email-ttuhscep-fm.eml"
    date = at("2026-10-16 14:20:05", "MT")
    ds = [d("2026-11-03"), d("2026-11-17"), d("2026-12-08"), d("2027-01-12")]
    t = f"""Good afternoon Camila,

It is my pleasure to invite you to a virtual interview with the Family Medicine Residency Program at Texas Tech University Health Sciences Center El Paso (Paul L. Foster School of Medicine). Our interviews are held on Zoom on Tuesdays: November 3, November 17, December 8 and January 12. Each session runs from 8:30 AM to 12:30 PM Mountain Time.

To schedule, please reply to this email with your first and second choice of date by 5:00 PM Mountain Time on Friday, October 23. A friendly reminder that El Paso is on Mountain Time, one hour behind the rest of Texas.

We will confirm your date by email within two business days of your reply.

Respectfully,

Alejandra Montes
Program Coordinator
Department of Family and Community Medicine
TTUHSC El Paso
4801 Alberta Ave, El Paso, TX 79905
P: 915-215-5500
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Montes, Alejandra", "alejandra.montes@ttuhsc.edu"),
          "TTUHSC El Paso Family Medicine - Virtual Interview Invitation", date, domain="ttuhsc.edu")
    reg(fn, msg, L("invitation", "Texas Tech University Health Sciences Center El Paso", "email", FM, None,
                   "virtual", ds, at("2026-10-23 17:00", "MT")),
        {ds[0]: "Tuesdays: November 3", ds[1]: "November 17", ds[2]: "December 8", ds[3]: "January 12"})


@add
def i_musc():
    fn = "b23-inv-email-musc-cneuro.eml"
    date = at("2026-10-28 16:12:40", "ET")
    main, alt_day = d("2026-12-04"), d("2027-01-08")
    ds = [main, alt_day]
    start = at("2026-12-04 07:45", "ET")
    end = at("2026-12-04 15:00", "ET")
    t = f"""Dear Ms. Strandberg,

I am delighted to invite you to interview for the Child Neurology Residency at the Medical University of South Carolina. Our interviews are in person this year, and we have reserved a place for you on {W(main)}, at MUSC Shawn Jenkins Children's Hospital, 10 McClennan Banks Drive, Charleston, SC. The day runs from 7:45 AM to about 3:00 PM.

A tentative calendar hold for that day is attached. Please confirm by replying to this email (my coordinator, Ms. Gadsden, is copied) by 5:00 PM Eastern on Wednesday, November 4. If December 4 is not possible, we can offer Friday, January 8, 2027 as an alternative.

Our residents are planning an informal get-together the evening before; Ms. Gadsden will send details once you have confirmed.

I look forward to meeting you.

Sincerely,

Harriet Oyelaran-Boyd, MD
Program Director, Child Neurology Residency
Department of Neurology and Department of Pediatrics
Medical University of South Carolina
"""
    h = doc(
        '<div style="font-family:Georgia,serif;font-size:15px;max-width:620px">'
        '<p style="color:#00395a;font-size:18px;font-weight:bold;border-bottom:2px solid #a47e3c">MUSC Child Neurology</p>'
        + paras(t) + "</div>")
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{vtz("America/New_York")}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:{icsz(date)}
DTSTAMP:{icsz(date)}
DTSTART;TZID=America/New_York:{icsdt(start)}
DTEND;TZID=America/New_York:{icsdt(end)}
SUMMARY:HOLD - MUSC Child Neurology Interview Day (tentative)
LOCATION:MUSC Shawn Jenkins Children's Hospital\\, 10 McClennan Banks Dr\\, Charleston\\, SC
DESCRIPTION:Tentative hold for your Child Neurology interview. Please confirm by reply to Dr. Oyelaran-Boyd.
TRANSP:TRANSPARENT
STATUS:TENTATIVE
UID:040000008200E00074C5B7101A82E0080000000060F1C8AB23B23A01000000000000000010000000MUSCCN27
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(t), html(h, cte="b64")), ics_part(cal, "MUSC_ChildNeuro_Interview_Hold.ics", "PUBLISH"))
    build(fn, msg, addr("Oyelaran-Boyd, Harriet", "oyelaran@musc.edu"),
          "Invitation to Interview - MUSC Child Neurology Residency", date,
          cc=addr("Gadsden, Lorraine", "gadsdenl@musc.edu"), reply_to=addr("Gadsden, Lorraine", "gadsdenl@musc.edu"),
          domain="musc.edu")
    reg(fn, msg, L("invitation", "Medical University of South Carolina", "email", CN, None, "in_person", ds,
                   at("2026-11-04 17:00", "ET")), {main: W(main), alt_day: "Friday, January 8, 2027"})


@add
def i_uthouston():
    fn = "b23-inv-email-uthouston-rad.eml"
    date = at("2026-10-29 13:47:22", "CT")
    ds = [d("2026-11-18"), d("2026-12-09"), d("2027-01-13")]
    url = "https://uthtmc.az1.qualtrics.com/jfe/form/SV_McGovernDR27int"
    t = f"""Hi Camila,

Congratulations - you have been selected to interview for the Diagnostic Radiology (advanced) residency at McGovern Medical School at UTHealth Houston (The University of Texas Health Science Center at Houston). Our residents train primarily at Memorial Hermann-Texas Medical Center and LBJ Hospital.

Interviews will be virtual. Interview dates:

    Wed 11/18
    Wed 12/9
    Wed 1/13

Please select your date using the Qualtrics link below no later than Thursday, November 5, 5:00 PM CST:
{url}

Thanks, and we look forward to meeting you!

Kendra Pham
Residency Program Coordinator
Department of Diagnostic and Interventional Imaging
McGovern Medical School at UTHealth Houston
6431 Fannin St., MSB 2.130B, Houston, TX 77030
"""
    h = doc('<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">' + paras(t) +
            '<p><img src="https://med.uth.edu/wp-content/uploads/mcgovern-logo.png" alt="McGovern Medical School" '
            'width="180"></p></div>')
    msg = alt(text(t), html(h))
    build(fn, msg, addr("Pham, Kendra H", "Kendra.H.Pham@uth.tmc.edu"),
          "Invitation to Interview: UTHealth Houston Diagnostic Radiology", date, domain="uth.tmc.edu")
    reg(fn, msg, L("invitation", "McGovern Medical School at UTHealth Houston", "email", DR, "advanced", "virtual",
                   ds, at("2026-11-05 17:00", "CT"), url), {x: f"{x:%a} {sl(x, False, False)}" for x in ds})


@add
def i_riverside():
    fn = "b23-inv-email-riverside-ty.eml"
    date = at("2026-10-26 10:05:00", "ET")
    ds = [d("2026-11-16"), d("2026-12-02"), d("2026-12-14"), d("2027-01-06")]
    t = f"""Dear Camila,

Thank you for your application to the Transitional Year Residency at Riverside Regional Medical Center in Newport News, Virginia. The selection committee would like to invite you for an in-person interview.

Our interview dates are:
  - {Wmd(ds[0])}
  - {Wmd(ds[1])}
  - {Wmd(ds[2])}
  - {Wmd(ds[3])}, 2027

Please reply with your preferred date by Friday at noon (Eastern). Dates are assigned in the order replies are received.

The interview day begins at 8:00 AM in the Graduate Medical Education suite (500 J. Clyde Morris Blvd., Newport News, VA 23601) and ends after lunch with our current interns.

Warm regards,
Denise Albrecht
GME Program Coordinator, Transitional Year
Riverside Health
(757) 594-2000
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Denise Albrecht", "denise.albrecht@rivhs.com"), "TY Interview Invitation - Riverside",
          date, domain="rivhs.com")
    reg(fn, msg, L("invitation", "Riverside Regional Medical Center", "email", TY, None, "in_person", ds,
                   at("2026-10-30 12:00", "ET")), {x: Wmd(x) for x in ds})


@add
def i_jackson():
    fn = "b23-inv-email-jackson-path.eml"
    date = at("2026-11-03 11:08:43", "ET")
    ds = [d("2026-12-01"), d("2026-12-15"), d("2027-01-19")]
    url = "https://redcap.miami.edu/surveys/?s=JMHPATH27INT"
    rows = [(d("2026-11-30"), "6:00 \u2013 7:30 PM", "Resident Virtual Social (optional)"),
            (ds[0], "8:00 AM \u2013 1:00 PM", "Interview Day (Zoom)"),
            (d("2026-12-14"), "6:00 \u2013 7:30 PM", "Resident Virtual Social (optional)"),
            (ds[1], "8:00 AM \u2013 1:00 PM", "Interview Day (Zoom)"),
            (ds[2], "8:00 AM \u2013 1:00 PM", "Interview Day (Zoom)"),
            (d("2027-02-05"), "9:00 AM \u2013 12:00 PM", "Second Look, in person (optional, after interviews)")]
    trs = "".join(f'<tr><td style="padding:6px 10px;border:1px solid #c9d3cc">{esc(W(x))}</td>'
                  f'<td style="padding:6px 10px;border:1px solid #c9d3cc">{esc(tm)} ET</td>'
                  f'<td style="padding:6px 10px;border:1px solid #c9d3cc">{esc(what)}</td></tr>' for x, tm, what in rows)
    inner = f"""<div style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;max-width:680px">
<div style="background:#005030;color:#ffffff;padding:14px 18px;font-size:18px">Department of Pathology &amp; Laboratory Medicine</div>
<div style="background:#f47321;height:4px"></div>
<p>Dear Camila Strandberg,</p>
<p>Congratulations! The Anatomic and Clinical Pathology Residency Program of the University of Miami Miller School of Medicine / Jackson Health System is pleased to invite you to a virtual interview. Our residents train at Jackson Memorial Hospital, UHealth Tower, Sylvester Comprehensive Cancer Center and the Miami VA.</p>
<p>Please review the season calendar below and register for ONE interview day through REDCap within one week of this email:</p>
<p><a href="{url}" style="color:#005030;font-weight:bold">Register for an interview day</a></p>
<table cellspacing="0" style="border-collapse:collapse;font-size:13px;margin:10px 0">
<tr style="background:#e6efe9"><th align="left" style="padding:6px 10px;border:1px solid #c9d3cc">Date</th><th align="left" style="padding:6px 10px;border:1px solid #c9d3cc">Time</th><th align="left" style="padding:6px 10px;border:1px solid #c9d3cc">Event</th></tr>
{trs}
</table>
<p>Social events are hosted by residents and are not part of the evaluation. A Zoom link and day-of schedule will be e-mailed to you once you register.</p>
<p>Sincerely,</p>
<p><b>Yolanda Batista</b><br>Residency Program Manager<br>Jackson Memorial Hospital &ndash; Department of Pathology<br>1611 NW 12th Avenue, Holtz Center East Tower 2047, Miami, FL 33136<br>305-585-6411</p>
</div>"""
    msg = html(doc(inner))
    build(fn, msg, addr("Batista, Yolanda", "ybatista@jhsmiami.org"),
          "UM/JHS Pathology Residency \u2013 Interview Invitation 2026-2027", date, domain="jhsmiami.org")
    reg(fn, msg, L("invitation", "Jackson Memorial Hospital", "email", PATH, None, "virtual", ds,
                   later(date, days=7), url), {x: W(x) for x in ds})


@add
def i_wake_fwd():
    fn = "b23-inv-fwd-wakeforest-derm.eml"
    orig = at("2026-11-04 11:00:00", "ET")
    shown = inz(orig, "PT")
    date = at("2026-11-05 21:40:12", "PT")
    ds = [d("2026-12-07"), d("2026-12-14"), d("2027-01-11")]
    url = "https://redcap.wakehealth.edu/redcap/surveys/?s=AHWFBDERM27"
    inner_txt = f"""Dear Camila,

Congratulations! The Department of Dermatology at Atrium Health Wake Forest Baptist (formerly Wake Forest Baptist Medical Center) is pleased to invite you to interview for our categorical dermatology position.

Interviews will be held in person in Winston-Salem on the following dates:

Monday, December 7
Monday, December 14
Monday, January 11

Please select a date using our REDCap survey within 48 hours of this email:
{url}

After 48 hours, unfilled invitations will be released to applicants on our alternate list. If you have questions, please contact me directly.

Sincerely,
Gwendolyn Pruitt
Residency Program Coordinator
Department of Dermatology
Atrium Health Wake Forest Baptist
4618 Country Club Road, Winston-Salem, NC 27104
336-716-7740"""
    t = f"""fwding to my gmail so I don't miss the follow-ups -- need to do the REDCap tonight!!

C.

________________________________
From: Pruitt, Gwendolyn <gpruitt@wakehealth.edu>
Sent: {outlook_hdr(shown)}
To: Strandberg, Camila <{SCHOOL}>
Subject: Interview Invitation - Dermatology Residency, Atrium Health Wake Forest Baptist

{inner_txt}
"""
    h = outlook_html(t)
    msg = alt(text(t), html(h))
    build(fn, msg, addr("Strandberg, Camila", SCHOOL),
          "FW: Interview Invitation - Dermatology Residency, Atrium Health Wake Forest Baptist", date,
          domain="namprd17.prod.outlook.com")
    reg(fn, msg, L("invitation", "Atrium Health Wake Forest Baptist", "email", DERM, "categorical", "in_person", ds,
                   later(fixed(shown), hours=48), url), {x: Wmd(x) for x in ds})


@add
def i_uf_derm():
    fn = "b23-inv-email-uf-derm.eml"
    date = at("2026-11-13 15:30:00", "ET")
    ds = [d("2026-12-11"), d("2027-01-15")]
    t = f"""Dear Ms. Strandberg,

On behalf of the Department of Dermatology at the University of Florida College of Medicine, I am pleased to invite you to interview for an advanced (PGY-2) dermatology residency position beginning July 2028.

Interviews will be held in person at UF Health Shands Hospital in Gainesville on Friday, December 11 and Friday, January 15. Please reply to this email with your preferred date within 72 hours. (Please note that UF Health Jacksonville is a separate campus and does not sponsor a dermatology residency.)

Applicants traveling from out of state may stay at the Hilton University of Florida Conference Center; a block has been reserved at a discounted rate, and details will follow once your date is confirmed.

Kind regards,

Courtney Lindqvist
Program Coordinator, Dermatology Residency
University of Florida College of Medicine
4037 NW 86th Terrace, 4th Floor, Gainesville, FL 32606
(352) 594-1500
"""
    msg = alt(text(t), html(outlook_html(t, "Calibri,sans-serif")))
    build(fn, msg, addr("Lindqvist,Courtney M", "clindqvist@dermatology.med.ufl.edu"),
          "University of Florida Dermatology \u2013 Residency Interview Invitation", date, domain="ufl.edu")
    reg(fn, msg, L("invitation", "University of Florida College of Medicine", "email", DERM, "advanced",
                   "in_person", ds, later(date, hours=72)), {x: Wmd(x) for x in ds})
