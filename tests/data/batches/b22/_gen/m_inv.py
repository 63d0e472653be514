"""Invitations (22): Thalamus 6, ERAS 4, Interview Broker 3, program email 9."""
from lib import *


def thal_invite(fn, date, prog, spec_line, itype, ds, url, program_msg, deadline_txt=None, subject=None,
                heading="You're invited to interview"):
    rows = [("Program", f"{prog} - {spec_line}"), ("Interview type", itype)]
    rows += [("Available dates", " | ".join(aby(x) for x in ds))]
    if deadline_txt:
        rows.append(("Respond by", deadline_txt))
    dl = f"Respond by: {deadline_txt}\n" if deadline_txt else ""
    t = f"""Hi {FIRST},

{prog} - {spec_line} has invited you to interview.

Interview type: {itype}
Available dates:
""" + "\n".join(f"  * {aby(x)}" for x in ds) + f"""
{dl}
A note from the program:
----------------------------------------
{program_msg}
----------------------------------------

View the invitation and pick a date:
{url}

Dates are held only once you confirm a time slot. If none of the dates work for you, you can decline the invitation or ask to be added to the waitlist from the same page.

The Thalamus Team
"""
    h = thal_page(heading, f"Hi {FIRST},\n\n{prog} - {spec_line} has invited you to interview.",
                  button="View invitation", url=url, rows=rows)
    h = h.replace('<table cellpadding="0" cellspacing="0"><tr>',
                  '<div style="background:#faf8fd;border-left:3px solid #3d1c6e;padding:8px 14px;margin:12px 0">'
                  + p2html(program_msg) + '</div><table cellpadding="0" cellspacing="0"><tr>', 1)
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, subject or f"Interview invitation from {prog}", date, domain=THAL_DOM)
    return msg


# ------------------------------------------------------------ 1 Utah Anesthesiology (Thalamus)
def utah_anes():
    fn = "b22-inv-thal-utah-anes.eml"
    date = at("2026-10-13 15:22:07", "UTC")
    ds = [d("2026-11-09"), d("2026-11-20"), d("2026-12-07"), d("2027-01-11")]
    url = "https://app.thalamusgme.com/applicant/interviews/invite/8842-UUANES-27"
    dl = at("2026-10-20 23:59", "MT")
    prog = "University of Utah Health"
    pm = ("Greetings from Salt Lake City! Our faculty were excited by your application, and we'd love for you to "
          "spend a virtual interview day with us for our categorical anesthesiology position (PGY-1 "
          "through CA-3). The day starts at 7:30 a.m. Mountain with a welcome from our chair and ends around "
          "1:00 p.m. after a resident-led Q&A.\n\nOur residents train at the University of Utah Hospital, the "
          "Huntsman Cancer Institute and the VA Salt Lake City, with the Spencer Fox Eccles School of Medicine "
          "just up the hill. Please pick a day by the deadline shown; unclaimed invitations are reassigned.\n\n"
          "- Kaylee Sorensen, Residency Program Coordinator")
    m = thal_invite(fn, date, prog, "Anesthesiology - Categorical (PGY-1)", "Virtual", ds, url, pm,
                deadline_txt=f"Oct 20, 2026 at {hm(dl)} MDT")
    reg(fn, m, L("invitation", prog, "thalamus", ANES, "categorical", "virtual", ds, dl, url),
        {x: aby(x) for x in ds})


# ------------------------------------------------------------ 2 Mayo Clinic Arizona Neurology (Thalamus)
def mayoaz_neuro():
    fn = "b22-inv-thal-mayoaz-neuro.eml"
    date = at("2026-10-21 16:05:52", "UTC")
    ds = [d("2026-11-12"), d("2026-12-03"), d("2027-01-07")]
    url = "https://app.thalamusgme.com/applicant/interviews/invite/3371-MCANEU-27"
    prog = "Mayo Clinic Arizona"
    pm = ("We enjoyed reading your application to Neurology at Mayo Clinic in Phoenix/Scottsdale and would "
          "like to interview you. This year our interview days are hybrid: you may join us on the Phoenix "
          "campus (5777 E. Mayo Blvd.) or take part entirely by video, and both groups meet the same faculty. "
          "Please let us know which option you prefer when you sign up.\n\n"
          "Dates are first-come, first-served. Note that Mayo Clinic's Rochester and Florida neurology programs "
          "select applicants separately; this invitation is for the Arizona program only.")
    m = thal_invite(fn, date, prog, "Neurology", "Hybrid", ds, url, pm,
                subject="Mayo Clinic Arizona - Neurology has sent you an interview invitation")
    reg(fn, m, L("invitation", prog, "thalamus", NEURO, None, "hybrid", ds, None, url),
        {x: aby(x) for x in ds})


# ------------------------------------------------------------ 3 Northwestern / Shirley Ryan AbilityLab PM&R (Thalamus)
def sral_pmr():
    fn = "b22-inv-thal-shirleyryan-pmr.eml"
    date = at("2026-10-30 19:12:40", "UTC")
    ds = [d("2026-11-30"), d("2026-12-14"), d("2027-01-11")]
    url = "https://app.thalamusgme.com/applicant/interviews/invite/5127-NUPMR-27"
    dl = at("2026-11-06 23:59", "CT")
    prog = "Northwestern University McGaw Medical Center"
    pm = ("Dear applicant,\n\nOn behalf of the PM&R residency at Shirley Ryan AbilityLab (formerly the Rehabilitation "
          "Institute of Chicago), thank you for applying. We would like to invite you to interview for an advanced "
          "(PGY-2) position. Interviews are held in person at Shirley Ryan AbilityLab, 355 East Erie Street, Chicago. "
          "Breakfast is at 7:15, and we finish by 2:00 p.m. with a tour of the AbilityLab innovation centers.\n\n"
          "We hope to see you in Chicago,\nRaúl Echeverría, MD, Program Director")
    m = thal_invite(fn, date, prog, "Physical Medicine and Rehabilitation (Advanced)", "In-Person", ds, url, pm,
                deadline_txt=f"Nov 6, 2026 at {hm(dl)} CST",
                subject="Interview invitation: Physical Medicine and Rehabilitation")
    reg(fn, m, L("invitation", prog, "thalamus", PMR, "advanced", "in_person", ds, dl, url),
        {x: aby(x) for x in ds})


# ------------------------------------------------------------ 4 Iowa Orthopaedics (Thalamus, coordinated release)
def iowa_ortho():
    fn = "b22-inv-thal-iowa-ortho.eml"
    date = at("2026-11-17 17:00:04", "UTC")
    ds = [d("2026-12-04"), d("2026-12-11"), d("2027-01-08")]
    url = "https://app.thalamusgme.com/applicant/interviews/invite/2290-UIOS-27"
    opens = at("2026-11-18 12:00", "ET")
    dl = at("2026-11-20 12:00", "ET")
    prog = "University of Iowa Hospitals & Clinics"
    pm = (f"Congratulations! The Department of Orthopedics and Rehabilitation at University of Iowa Health Care "
          f"invites you to interview for our orthopaedic surgery residency.\n\n"
          f"This invitation is part of the coordinated orthopaedic surgery interview release. Following the "
          f"24-hour hold, scheduling opens {wmd(opens)} at 12:00 PM ET, and you then have 48 hours, until "
          f"{wmd(dl)} at 12:00 PM ET (11:00 AM Central), to choose a date. All interviews take place in person "
          f"in Iowa City and include a resident dinner the night before.\n\n"
          f"Go Hawks!\nOrtho Residency Office")
    m = thal_invite(fn, date, prog, "Orthopaedic Surgery", "In-Person", ds, url, pm,
                deadline_txt=f"Nov 20, 2026 at 12:00 PM ET", heading="New interview invitation")
    reg(fn, m, L("invitation", prog, "thalamus", ORTHO, None, "in_person", ds, dl, url),
        {x: aby(x) for x in ds})


# ------------------------------------------------------------ 5 WashU IM preliminary (Thalamus)
def wustl_imprelim():
    fn = "b22-inv-thal-wustl-imprelim.eml"
    date = at("2026-10-27 14:48:19", "UTC")
    ds = [d("2026-12-01"), d("2026-12-15"), d("2027-01-12")]
    url = "https://app.thalamusgme.com/applicant/interviews/invite/6604-WUIMP-27"
    prog = "Washington University/B-JH/SLCH Consortium"
    pm = ("Thanks for your interest in the Preliminary Medicine program at Barnes-Jewish Hospital and WashU "
          "Medicine. Our one-year preliminary track is designed for residents headed to advanced positions in "
          "anesthesiology, neurology, PM&R, radiology and dermatology, and we would love to talk with you about it.\n\n"
          "Interviews are virtual (Zoom) from 11:00 a.m. to 3:30 p.m. Central. Invitations remain open until "
          "every session is full, so please schedule at your earliest convenience.")
    m = thal_invite(fn, date, prog, "Internal Medicine (Preliminary)", "Virtual", ds, url, pm)
    reg(fn, m, L("invitation", prog, "thalamus", IM, "preliminary", "virtual", ds, None, url),
        {x: aby(x) for x in ds})


# ------------------------------------------------------------ 6 Dartmouth Anesthesiology (Thalamus, 72 h)
def dartmouth_anes():
    fn = "b22-inv-thal-dartmouth-anes.eml"
    date = at("2026-10-15 18:30:26", "UTC")
    ds = [d("2026-11-04"), d("2026-11-18"), d("2026-12-09"), d("2027-01-06")]
    url = "https://app.thalamusgme.com/applicant/interviews/invite/4018-DHANES-27"
    dl = shift(date, hours=72)
    prog = "Dartmouth-Hitchcock Medical Center"
    pm = ("Hello from Lebanon, New Hampshire! The Department of Anesthesiology at Dartmouth Health would be "
          "delighted to interview you for our categorical (4-year) residency. Interviews are virtual this season.\n\n"
          "Please select a date within 72 hours of receiving this invitation; after that we may offer your spot "
          "to another applicant. If you are also applying to our Transitional Year, please know that program "
          "sends its own invitations.\n\nBest,\nThe DH Anesthesiology Education Office")
    m = thal_invite(fn, date, prog, "Anesthesiology (Categorical)", "Virtual", ds, url, pm)
    reg(fn, m, L("invitation", prog, "thalamus", ANES, "categorical", "virtual", ds, dl, url),
        {x: aby(x) for x in ds})


# ------------------------------------------------------------ ERAS shell
def eras_invite(fn, date, prog_id, prog, spec, track, itype, ds, dl, note, loc=None):
    lines = "\n".join(f"    {slash(x, True, True)} ({x:%A})" for x in ds)
    tr = f"Track:          {track}\n" if track else ""
    t = f"""MyERAS Interview Scheduler
--------------------------------------------------

Dear {NAME} (AAMC ID {AAMCID}),

You have received an interview invitation.

Program:        {prog} Program
Program ID:     {prog_id}
Specialty:      {spec}
{tr}Interview type: {itype}
Response deadline: {slash(dl, True, True)} {hm(dl, space=True)} ET

Interview dates with openings:
{lines}

Note from program:
{note}

Respond in MyERAS ({MYERAS}): open Interview Scheduler, choose a date and confirm.
If every date is full, the program's waitlist is offered on the same screen.

This mailbox is not monitored; replies are not delivered to the program.
Association of American Medical Colleges | Electronic Residency Application Service
"""
    msg = text(t, cte="7bit")
    build(fn, msg, ERAS, f"ERAS Interview Invitation - {prog} Program", date, domain=ERAS_DOM)
    return msg


def hennepin_im():
    fn = "b22-inv-eras-hennepin-im.eml"
    date = at("2026-10-08 13:04:55", "ET")
    ds = [d("2026-11-05"), d("2026-11-19"), d("2026-12-10"), d("2027-01-14")]
    dl = at("2026-10-15 23:59", "ET")
    note = ("Thank you for applying to Hennepin Healthcare (HCMC) Internal Medicine in downtown Minneapolis. "
            "We are excited to invite you to a virtual interview day for our categorical program. Days run "
            "8:00 AM - 12:30 PM Central. Please note that our preliminary medicine positions are reviewed "
            "separately and invitations for that track are sent later in the season.")
    m = eras_invite(fn, date, "1402621310", "Hennepin Healthcare", IM, "Categorical", "Virtual", ds, dl, note)
    reg(fn, m, L("invitation", "Hennepin Healthcare", "eras", IM, "categorical", "virtual", ds, dl, MYERAS),
        {x: f"{slash(x, True, True)} ({x:%A})" for x in ds})


def slu_neuro():
    fn = "b22-inv-eras-slu-neuro.eml"
    date = at("2026-10-22 16:40:12", "ET")
    ds = [d("2026-11-13"), d("2026-12-04"), d("2026-12-18"), d("2027-01-15")]
    dl = at("2026-10-29 23:59", "ET")
    note = ("Congratulations! SLU Neurology would like to meet you. Interview days are in person at SSM Health "
            "Saint Louis University Hospital (1201 S. Grand Blvd.) with a casual dinner with residents the evening "
            "before. Questions: neurology.residency@health.slu.edu")
    m = eras_invite(fn, date, "1802811074", "Saint Louis University School of Medicine", NEURO, "Categorical",
                    "In-Person", ds, dl, note)
    reg(fn, m, L("invitation", "Saint Louis University School of Medicine", "eras", NEURO, "categorical",
                 "in_person", ds, dl, MYERAS), {x: f"{slash(x, True, True)} ({x:%A})" for x in ds})


def uwmadison_pmr():
    fn = "b22-inv-eras-uwmadison-pmr.eml"
    date = at("2026-10-20 10:17:33", "ET")
    ds = [d("2026-11-10"), d("2026-12-08"), d("2027-01-05")]
    dl = at("2026-10-27 17:00", "ET")
    note = ("From the UW Health PM&R residency (University of Wisconsin School of Medicine and Public Health), "
            "we'd be happy to host you for a virtual interview for our advanced position. Zoom details follow "
            "once you schedule. -- Becca Lindqvist, Program Coordinator, Madison, WI")
    m = eras_invite(fn, date, "3405621047", "University of Wisconsin Hospitals and Clinics",
                    "Physical Medicine and Rehabilitation", "Advanced", "Virtual", ds, dl, note)
    reg(fn, m, L("invitation", "University of Wisconsin Hospitals and Clinics", "eras", PMR, "advanced",
                 "virtual", ds, dl, MYERAS), {x: f"{slash(x, True, True)} ({x:%A})" for x in ds})


def cu_imprelim():
    fn = "b22-inv-eras-cuanschutz-imprelim.eml"
    date = at("2026-11-02 11:26:48", "ET")
    ds = [d("2026-12-07"), d("2026-12-21"), d("2027-01-11")]
    dl = at("2026-11-06 23:59", "ET")
    note = ("Hi! The CU Internal Medicine Residency would like to interview you for a preliminary year position. "
            "Prelim interviews are virtual, last about three hours, and include a conversation with one of our "
            "associate program directors and two residents. We hope you can join us!")
    m = eras_invite(fn, date, "1400721098", "University of Colorado", IM, "Preliminary", "Virtual", ds, dl, note)
    reg(fn, m, L("invitation", "University of Colorado", "eras", IM, "preliminary", "virtual", ds, dl, MYERAS),
        {x: f"{slash(x, True, True)} ({x:%A})" for x in ds})


# ------------------------------------------------------------ Interview Broker
def ib_invite(fn, date, prog, spec, campaign, ds, spots, fmt_word, url, body_note, dl_txt, subject):
    rows = [(long(x), fmt_word, str(s)) for x, s in zip(ds, spots)]
    t = f"""Dear {NAME},

{prog} has invited you to interview for {spec} ({campaign}).

{body_note}

Available interview dates:
""" + "\n".join(f"  {r[0]:<34} {r[1]:<10} spots left: {r[2]}" for r in rows) + f"""

{dl_txt}

Schedule your interview: {url}

Interview Broker
"""
    h = ib_page(f"{prog} - {spec}", f"Dear {NAME},\n\n{prog} has invited you to interview for {spec} ({campaign}).\n\n"
                f"{body_note}\n\n{dl_txt}", table=(["Date", "Format", "Spots left"], rows),
                button="Schedule my interview", url=url)
    msg = alt(text(t), html(h))
    build(fn, msg, IB, subject, date, domain=IB_DOM)
    return msg


def ccf_anes():
    fn = "b22-inv-ib-clevelandclinic-anes.eml"
    date = at("2026-10-19 09:00:13", "ET")
    ds = [d("2026-11-16"), d("2026-11-17"), d("2026-12-14"), d("2027-01-19")]
    url = "https://www.interviewbroker.com/applicant/invitation/ccf-anes-adv-5d27c1"
    dl = at("2026-10-26 23:59", "ET")
    note = ("The Cleveland Clinic Anesthesiology Residency thanks you for your application to our advanced (PGY-2 start) "
            "track. All interview days are virtual and begin at 6:45 AM Eastern. Applicants invited to both our "
            "categorical and advanced tracks receive a separate invitation for each.")
    m = ib_invite(fn, date, "Cleveland Clinic", ANES, "Advanced (PGY-2)", ds, [6, 4, 7, 8], "Virtual", url, note,
                  f"This invitation expires on {slash(dl, True, True)} at 11:59 PM EDT.",
                  "Interview Invitation: Cleveland Clinic Anesthesiology - Advanced")
    reg(fn, m, L("invitation", "Cleveland Clinic", "interview_broker", ANES, "advanced", "virtual", ds, dl, url),
        {x: long(x) for x in ds})


def uhc_imprelim():
    fn = "b22-inv-ib-uhcleveland-imprelim.eml"
    date = at("2026-11-04 15:33:02", "ET")
    ds = [d("2026-12-02"), d("2026-12-16"), d("2027-01-13")]
    url = "https://www.interviewbroker.com/applicant/invitation/uhcmc-imprelim-9a40e2"
    dl = shift(date, days=5)
    note = ("University Hospitals Cleveland Medical Center and Case Western Reserve University School of Medicine "
            "invite you to a virtual interview for a preliminary internal medicine position. Please make your "
            "selection within 5 days of receiving this message. Interviews are held over Zoom, 8:00 AM to noon ET.")
    m = ib_invite(fn, date, "University Hospitals Cleveland Medical Center", IM, "Preliminary Year", ds, [9, 11, 12],
                  "Zoom", url, note, "Unused invitations are released to the waitlist after 5 days.",
                  "You've been invited to interview - UH Cleveland Medical Center Internal Medicine (Prelim)")
    reg(fn, m, L("invitation", "University Hospitals Cleveland Medical Center", "interview_broker", IM,
                 "preliminary", "virtual", ds, dl, url), {x: long(x) for x in ds})


def jefferson_ortho():
    fn = "b22-inv-ib-jefferson-ortho.eml"
    date = at("2026-11-17 12:00:31", "ET")
    ds = [d("2026-12-07"), d("2027-01-04"), d("2027-01-11")]
    url = "https://www.interviewbroker.com/applicant/invitation/tjuh-ortho-e61b08"
    opens = at("2026-11-18 12:00", "ET")
    dl = at("2026-11-20 12:00", "ET")
    note = ("The Department of Orthopaedic Surgery at Thomas Jefferson University Hospital / Rothman Orthopaedics "
            "would like to interview you. Interviews are in person at the Jefferson Center City campus "
            "in Philadelphia.\n\nIn keeping with the coordinated orthopaedic interview release, self-scheduling "
            f"opens {slash(opens, True, True)} at 12:00 PM EST, and this invitation expires {slash(dl, True, True)} "
            "at 12:00 PM EST.")
    m = ib_invite(fn, date, "Thomas Jefferson University Hospital", ORTHO, "Categorical", ds, [12, 12, 12],
                  "In person", url, note, "Please do not reply to this email; contact orthoresidency@jefferson.edu.",
                  "Interview Invitation - Thomas Jefferson University Hospital Orthopaedic Surgery")
    reg(fn, m, L("invitation", "Thomas Jefferson University Hospital", "interview_broker", ORTHO, "categorical",
                 "in_person", ds, dl, url), {x: long(x) for x in ds})


# ------------------------------------------------------------ program email
def denverhealth_im():
    fn = "b22-inv-email-denverhealth-im.eml"
    date = at("2026-10-14 09:41:18", "MT")
    ds = [d("2026-11-11"), d("2026-12-02"), d("2026-12-16"), d("2027-01-06")]
    url = "https://forms.gle/DHIMres27choose"
    dl = shift(date, hours=48)
    t = f"""Hi {FIRST},

Thank you for applying to the Denver Health Internal Medicine Residency! Our selection committee enjoyed reading your application and we'd love to have you interview for a categorical spot.

This year we are back to in-person interviews on our main campus (777 Bannock St., Denver). Our interview days are Wednesdays: {md(ds[0]).replace('November', 'Nov')}, {md(ds[1]).replace('December', 'Dec')}, {md(ds[2]).replace('December', 'Dec')} and {md(ds[3]).replace('January', 'Jan')}. Each day runs 7:30 am to about 1:30 pm and includes morning report, lunch with residents and a walk through the hospital.

Please fill out this form with your top two dates within 48 hours so we can hold a spot for you:
{url}

Parking validation and the full itinerary will go out about a week before your date. Reach out with any questions.

Take care,
Jess

Jessica Trujillo-Baca
Program Coordinator | Internal Medicine Residency
Denver Health
Office: 303-602-4418
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Denver Health IM Residency", "imresidency@dhha.org"),
          "Denver Health Internal Medicine – Interview Invitation (Categorical)", date, domain="dhha.org")
    forms = dict(zip(ds, ["Nov 11", "Dec 2", "Dec 16", "Jan 6"]))
    reg(fn, msg, L("invitation", "Denver Health", "email", IM, "categorical", "in_person", ds, dl, url), forms)


def cu_anes():
    fn = "b22-inv-email-cuanschutz-anes.eml"
    date = at("2026-10-26 14:05:09", "MT")
    x = d("2026-12-08")
    dl = at("2026-10-30 17:00", "MT")
    start = at("2026-12-08 06:45", "MT")
    end = at("2026-12-08 14:30", "MT")
    t = f"""Dear Dr.-to-be Achterberg,

Congratulations! On behalf of the Department of Anesthesiology at the University of Colorado School of Medicine, I am happy to extend you an invitation to interview for a categorical position in our residency.

Because of the number of applicants we interview, we assign interview days. We have reserved {long(x)} for you. Your day will take place in person on the Anschutz Medical Campus in Aurora, starting at 6:45 a.m. in the Anschutz Health Sciences Building, and should wrap up by 2:30 p.m. A calendar hold is attached.

Please confirm by replying to this email by Friday, October 30 at 5:00 p.m. Mountain Time. If the date does not work, let us know in your reply and we will do our best to find an alternative, although we cannot guarantee one.

We will send a detailed itinerary, parking information and the details of our resident dinner closer to your interview.

Warm regards,

Nathaniel Ostrowski, MD
Residency Program Director
Anesthesiology Residency Program | CU Anschutz
12401 E. 17th Ave, Aurora, CO 80045
"""
    cal = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{vtimezone('America/Denver')}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:{utcstamp(date)}
DESCRIPTION:HOLD - CU Anesthesiology residency interview day (in person)\\, Anschutz Health Sciences Building. Please confirm by email.
DTEND;TZID=America/Denver:{icsdt(end)}
DTSTAMP:{utcstamp(date)}
DTSTART;TZID=America/Denver:{icsdt(start)}
LOCATION:Anschutz Health Sciences Building\\, 1890 N Revere Ct\\, Aurora CO
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:HOLD: CU Anesthesiology Interview Day
TRANSP:OPAQUE
UID:cuanes-2027-hold-achterberg@cuanschutz.edu
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    cal = "\n".join(fold(l) for l in cal.split("\n"))
    msg = mixed(alt(text(t), html(page(p2html(t)))), ics(cal, "CU-Anesthesiology-Interview-Hold.ics", "PUBLISH"))
    build(fn, msg, addr("CU Anesthesiology Residency", "anesthesiology.residency@cuanschutz.edu"),
          "Interview Invitation – University of Colorado Anesthesiology (Categorical)", date, domain="cuanschutz.edu")
    reg(fn, msg, L("invitation", "University of Colorado School of Medicine", "email", ANES, "categorical",
                   "in_person", [x], dl), {x: long(x)})


def banner_im():
    fn = "b22-inv-email-bannerphx-im.eml"
    date = at("2026-11-02 10:15:44", "AZ")
    ds = [d("2026-12-03"), d("2026-12-10"), d("2027-01-07"), d("2027-01-21")]
    url = "https://calendly.com/banner-phx-imres/interview-day"
    dl = at("2026-11-06 17:00", "AZ")
    prog = "Banner \u2013 University Medical Center Phoenix"
    t = f"""Good morning {FIRST},

Thank you for applying to the Internal Medicine Residency at {prog}, the primary teaching hospital of the University of Arizona College of Medicine \u2013 Phoenix. We would like to interview you for a categorical position.

All interviews are virtual (Zoom) and run 7:30 a.m. to 12:30 p.m. Arizona time. Available days:

    \u2022 {wmd(ds[0])}
    \u2022 {wmd(ds[1])}
    \u2022 {wmd(ds[2])}
    \u2022 {wmd(ds[3])}

Sign up here: {url}

Please schedule by Friday, November 6 at 5:00 PM Arizona time (MST). Arizona does not observe daylight saving time, so this is 6:00 PM Central.

A quick note because we get this question a lot: Banner \u2013 University Medical Center Tucson has its own IM residency with a separate application and interview schedule. This invitation is for Phoenix.

Sincerely,
Alondra Figueroa
Residency Program Coordinator, Internal Medicine
Banner \u2013 University Medical Center Phoenix | 1111 E. McDowell Rd, Phoenix, AZ 85006
"""
    msg = text(t)
    build(fn, msg, addr("Banner UMC Phoenix IM Residency", "IMresidency.phx@bannerhealth.com"),
          f"Invitation to Interview | {prog} Internal Medicine", date, domain="bannerhealth.com")
    reg(fn, msg, L("invitation", prog, "email", IM, "categorical", "virtual", ds, dl, url), {x: wmd(x) for x in ds})


def hss_ortho():
    fn = "b22-inv-email-hss-ortho.eml"
    date = at("2026-11-17 12:00:09", "ET")
    ds = [d("2026-12-10"), d("2026-12-11"), d("2027-01-07")]
    url = "https://hss.qualtrics.com/jfe/form/SV_3HSSorthoInterview27"
    dl = at("2026-11-20 12:00", "ET")
    t = f"""Dear Ms. Achterberg,

On behalf of the Orthopaedic Surgery Residency Program at Hospital for Special Surgery, I am pleased to offer you an interview for a position in our PGY-1 class starting July 2027.

Interviews will be held in person at HSS, 535 East 70th Street, New York, NY, on the following dates:

  {long(ds[0])}
  {long(ds[1])}
  {long(ds[2])}

In accordance with the coordinated orthopaedic surgery interview offer guidelines, the scheduling link below will become active on Wednesday, November 18 at 12:00 PM ET. Please select your date by Friday, November 20 at 12:00 PM ET. Interview slots will be held for 48 hours only.

{url}

Each interview day begins at 7:00 AM and concludes after lunch with the residents at approximately 1:30 PM. An optional informal gathering with residents is held the night before; details will follow once you schedule.

We look forward to meeting you.

Sincerely,

Catherine M. Lindahl, MD
Residency Program Director
Orthopaedic Surgery | Hospital for Special Surgery
Weill Cornell Medical College
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("HSS Orthopaedic Residency", "orthoresidency@hss.edu"),
          "HSS Orthopaedic Surgery Residency Interview Invitation", date, domain="hss.edu")
    reg(fn, msg, L("invitation", "Hospital for Special Surgery", "email", ORTHO, None, "in_person", ds, dl, url),
        {x: long(x) for x in ds})


def spaulding_pmr():
    fn = "b22-inv-email-spaulding-pmr.eml"
    date = at("2026-11-05 13:47:22", "ET")
    ds = [d("2026-12-03"), d("2026-12-17"), d("2027-01-14")]
    socials = [d("2026-12-02"), d("2026-12-16"), d("2027-01-13")]
    url = "https://redcap.partners.org/redcap/surveys/?s=SRHPMR27INT"
    dl = shift(date, days=7)
    rows = "".join(
        f'<tr><td style="padding:8px;border-bottom:1px solid #dde3ea">{ab(s)}, 6:30&ndash;7:30 PM ET</td>'
        f'<td style="padding:8px;border-bottom:1px solid #dde3ea">Virtual Meet the Residents (optional)</td></tr>'
        f'<tr><td style="padding:8px;border-bottom:1px solid #dde3ea"><b>{wmd(x)}, {x.year}</b></td>'
        f'<td style="padding:8px;border-bottom:1px solid #dde3ea"><b>Interview day</b> (Zoom, 8:00 AM&ndash;1:00 PM ET)</td></tr>'
        for s, x in zip(socials, ds))
    h = f"""<div style="background:#003a70;color:#fff;padding:18px 22px;font-family:Georgia,serif;font-size:20px">
Spaulding Rehabilitation Hospital &nbsp;|&nbsp; <span style="font-size:15px">Harvard Medical School Department of Physical Medicine &amp; Rehabilitation</span></div>
<div style="padding:20px 22px;font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:640px">
<p>Dear {FIRST},</p>
<p>We loved learning about you through your application, and we are delighted to invite you to interview with the Harvard Medical School/Spaulding Rehabilitation Hospital PM&amp;R Residency Program. Our residents train across Spaulding Boston, Massachusetts General Hospital, Brigham and Women&rsquo;s Hospital and the VA Boston, all part of the Mass General Brigham system.</p>
<p>All interview days are virtual this year. The evening before each interview day, our residents host an optional, informal virtual gathering &mdash; no faculty, no evaluation.</p>
<table cellspacing="0" style="border-collapse:collapse;font-size:14px;margin:8px 0 16px">
<tr style="background:#e8eef5"><th align="left" style="padding:8px">When</th><th align="left" style="padding:8px">What</th></tr>
{rows}
</table>
<p>Please choose your interview day using our REDCap form within one week of this email:<br>
<a href="{url}" style="color:#003a70">{url}</a></p>
<p>We look forward to meeting you!</p>
<p>Warmly,<br>Margaret &ldquo;Peg&rdquo; Donnelly<br>Residency Program Manager, PM&amp;R<br>Spaulding Rehabilitation Hospital<br>
300 First Avenue, Charlestown, MA 02129 &middot; 617-952-5000</p>
</div>"""
    msg = html(page(h))
    build(fn, msg, addr("Spaulding PM&R Residency", "spauldingpmr@mgb.org"),
          "Invitation to Interview \u2013 Harvard/Spaulding PM&R Residency", date, domain="mgb.org")
    reg(fn, msg, L("invitation", "Spaulding Rehabilitation Hospital", "email", PMR, None, "virtual", ds, dl, url),
        {x: f"{wmd(x)}, {x.year}" for x in ds})


def gundersen_ty():
    fn = "b22-inv-email-gundersen-ty.eml"
    date = at("2026-10-28 08:12:37", "CT")
    ds = [d("2026-11-17"), d("2026-12-01"), d("2026-12-15"), d("2027-01-12")]
    url = "https://forms.gle/GundersenTY27Dates"
    t = f"""Hello Maren,

Thanks so much for applying to the Transitional Year program at Gundersen Lutheran Medical Center in La Crosse, Wisconsin. We'd like to invite you to come interview with us!

TY interview days (all in person):
""" + "\n".join(f"   - {x:%A} {slash(x)}" for x in ds) + f"""

Grab a date using the Google Form below. Spots are first come, first served, and the form closes automatically when a day is full:
{url}

We'll host a casual dinner with current residents the night before each interview day at a local spot on the river, and we're happy to help with hotel recommendations. Many of our TYs go on to anesthesiology, radiology and PM&R, so you'll be in good company.

Best,
Tanya Hegland
TY Program Coordinator
Medical Education | Gundersen Health System
1900 South Ave, La Crosse, WI 54601 | (608) 775-xxxx

Gundersen Health System is part of Emplify Health.
"""
    t = t.replace("(608) 775-xxxx", "(608) 775-2913")
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Gundersen Medical Education", "meded@gundersenhealth.org"),
          "TY Interview Invitation - Gundersen La Crosse", date, domain="gundersenhealth.org")
    reg(fn, msg, L("invitation", "Gundersen Health System", "email", TY, None, "in_person", ds, None, url),
        {x: f"{x:%A} {slash(x)}" for x in ds})


def umn_neuro():
    fn = "b22-inv-email-umn-neuro.eml"
    date = at("2026-10-16 16:20:03", "CT")
    ds = [d("2026-11-23"), d("2026-12-07"), d("2027-01-08")]
    soc = [d("2026-11-22"), d("2026-12-06"), d("2027-01-07")]
    dl = at("2026-10-21 17:00", "CT")
    sl = d("2027-02-12")
    t = f"""Dear Maren,

I am writing to invite you to interview for the Categorical Neurology Residency (PGY-1 through PGY-4) at the University of Minnesota Medical School. Your application stood out to our committee, particularly your research on post-stroke spasticity and your years with the student-run clinic in Omaha.

Our interview days this season are virtual and will be held on:

    {wmd(ds[0])}, {ds[0].year}
    {wmd(ds[1])}, {ds[1].year}
    {wmd(ds[2])}, {ds[2].year}

On the evening before each interview day ({wmd(soc[0])}, {wmd(soc[1])} and {wmd(soc[2])}), our residents host a relaxed virtual social from 7:00 to 8:00 p.m. Central. It is entirely optional and not part of the evaluation.

If you would like to see Minneapolis and our hospitals in person, we will hold an optional Second Look on {long(sl)}. Attendance has no influence on our rank list, which we certify before the NRMP deadline in early March.

To accept, please reply to our coordinator, Ms. Dana Vang (neurores@umn.edu), with your first and second choice of date by 5:00 p.m. Central on Wednesday, October 21. Dates are assigned in the order replies are received.

With best wishes,

Ingrid Solberg, MD, PhD
Professor and Residency Program Director
Department of Neurology
University of Minnesota Medical School
420 Delaware St SE, Minneapolis, MN 55455
"""
    h = page(p2html(t).replace("<p>Dear", '<p style="font-family:Georgia,serif">Dear', 1),
             style="font-family:Georgia, 'Times New Roman', serif;font-size:12pt")
    msg = alt(text(t), html(h, cte="b64"))
    build(fn, msg, addr("Ingrid Solberg, MD, PhD", "solbe014@umn.edu"),
          "University of Minnesota Neurology Residency \u2013 Invitation to Interview", date, domain="umn.edu",
          cc=addr("Dana Vang", "neurores@umn.edu"), reply_to="neurores@umn.edu")
    reg(fn, msg, L("invitation", "University of Minnesota Medical School", "email", NEURO, "categorical", "virtual",
                   ds, dl), {x: f"{wmd(x)}, {x.year}" for x in ds})


def pitt_anes_fwd():
    fn = "b22-inv-fwd-pitt-anes.eml"
    orig = at("2026-10-23 11:02:54", "ET")
    date = at("2026-10-23 10:31:10", "CT")
    ds = [d("2026-11-20"), d("2026-12-11"), d("2027-01-08"), d("2027-01-22")]
    url = "https://upmc.co1.qualtrics.com/jfe/form/SV_UPMCanes27interview"
    dl = shift(orig, hours=72)
    inner = f"""Dear Maren,

We have finished reviewing your application to the Anesthesiology Residency Program at the University of Pittsburgh Medical Center (UPMC), and we would be delighted to interview you for one of our categorical positions.

Interview days are virtual and begin at 7:00 AM Eastern. The following dates are currently available:

 \u2022 {long(ds[0])}
 \u2022 {long(ds[1])}
 \u2022 {long(ds[2])}
 \u2022 {long(ds[3])}

Please register for your preferred date within 72 hours of this message using the link below. Invitations not acted on within that window may be offered to other applicants.

{url}

Kind regards,
Hollis Brandt
Residency Program Coordinator
Department of Anesthesiology & Perioperative Medicine
UPMC | University of Pittsburgh School of Medicine
"""
    hdrs = (f"From: UPMC Anesthesiology Residency <anesresidency@upmc.edu>\n"
            f"Sent: {outlook_sent(inzone(orig, 'CT'))}\n"
            f"To: Achterberg, Maren <{SCHOOL}>\n"
            f"Subject: UPMC Anesthesiology \u2013 Interview Invitation (Categorical)")
    t = ("fwd to match inbox -- 72 hrs, so pick a date by Monday!!\n\nMaren Achterberg\nCreighton University School "
         "of Medicine | Class of 2027\n\n________________________________\n" + hdrs + "\n\n" + inner)
    h = ('<div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:12pt">fwd to match inbox -- 72 hrs, so pick '
         'a date by Monday!!</div><div style="font-size:12pt"><br>Maren Achterberg<br>Creighton University School of '
         'Medicine | Class of 2027</div><hr style="display:inline-block;width:98%" tabindex="-1">'
         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
         + esc(hdrs).replace("\n", "<br>\n").replace("From:", "<b>From:</b>").replace("Sent:", "<b>Sent:</b>")
         .replace("To:", "<b>To:</b>").replace("Subject:", "<b>Subject:</b>") + '</font><div>&nbsp;</div></div>'
         + p2html(inner))
    msg = alt(text(t), html(page(h)))
    build(fn, msg, addr("Achterberg, Maren", SCHOOL), "FW: UPMC Anesthesiology \u2013 Interview Invitation (Categorical)",
          date, domain="SA1PR04MB8765.namprd04.prod.outlook.com")
    reg(fn, msg, L("invitation", "University of Pittsburgh Medical Center", "email", ANES, "categorical", "virtual",
                   ds, dl, url), {x: long(x) for x in ds})


def rochester_im():
    fn = "b22-inv-email-rochester-im.eml"
    date = at("2026-10-19 16:55:40", "ET")
    ds = [d("2026-12-01"), d("2026-12-08"), d("2026-12-17"), d("2027-01-12")]
    dl = at("2026-10-23 12:00", "ET")
    t = f"""Hi Maren,

I hope your fall is going well! I'm writing from the Internal Medicine Residency Program at the University of Rochester Medical Center (Strong Memorial Hospital). The program would like to invite you to interview for the categorical track.

Our remaining virtual interview dates are:

   {ds[0]:%a} {slash(ds[0])}
   {ds[1]:%a} {slash(ds[1])}
   {ds[2]:%a} {slash(ds[2])}
   {ds[3]:%a} {slash(ds[3])}

Just reply to this email with your top two choices by Friday at noon (ET) and I'll confirm your date. We don't use a scheduling platform, so replies are handled in the order I get them.

Have a good week,
Laura

Laura Brandolini
Program Administrator, Internal Medicine Residency
University of Rochester Medical Center
601 Elmwood Ave, Box MED, Rochester, NY 14642
585-275-xxxx
"""
    t = t.replace("585-275-xxxx", "585-275-6120")
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Brandolini, Laura", "Laura_Brandolini@URMC.Rochester.edu"),
          "Interview invitation - URMC Internal Medicine Residency", date, domain="urmc.rochester.edu")
    reg(fn, msg, L("invitation", "University of Rochester Medical Center", "email", IM, "categorical", "virtual",
                   ds, dl), {x: f"{x:%a} {slash(x)}" for x in ds})


ALL = [utah_anes, mayoaz_neuro, sral_pmr, iowa_ortho, wustl_imprelim, dartmouth_anes,
       hennepin_im, slu_neuro, uwmadison_pmr, cu_imprelim,
       ccf_anes, uhc_imprelim, jefferson_ortho,
       denverhealth_im, cu_anes, banner_im, hss_ortho, spaulding_pmr, gundersen_ty, umn_neuro, pitt_anes_fwd,
       rochester_im]
