"""b24 invitations (22): Thalamus 6, ERAS 4, Interview Broker 3, program e-mail 9 (one self-forward)."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ============================================================== Thalamus
@add
def i_yale():
    fn = "b24-inv-thal-yale-neuro.eml"
    date = utc("2026-10-13 15:02:17")
    ds = [wd("2026-11-04"), wd("2026-11-18"), wd("2026-12-09"), wd("2027-01-06")]
    url = f"{THAL_APP}/applicant/invitations/YNHH-NEU-C-4471"
    dl = et("2026-10-20 23:59")
    note = ("Dear Talia,\n\nThank you for your interest in the Yale Neurology Residency. We were impressed by your "
            "application and would be delighted to have you visit New Haven for an in-person interview for our "
            "categorical position (PGY-1 in Internal Medicine at Yale New Haven Hospital, followed by three years "
            "of neurology).\n\n"
            "Interview days run from 7:30 a.m. until roughly 2:00 p.m. and are held at the Yale School of Medicine, "
            "333 Cedar Street. Our residents host an informal dinner downtown the evening before each interview "
            "day; it is optional and not part of the evaluation.\n\n"
            "Best,\nDenise Okafor\nResidency Program Manager, Department of Neurology")
    rows = [("Program", "Yale New Haven Hospital \u2013 Neurology \u2013 Categorical"),
            ("Interview format", "In-Person"),
            ("Available dates", "\n".join(a3y(x) for x in ds)),
            ("Respond by", f"Tue, Oct 20, 2026 11:59 PM EDT")]
    msg = thal_msg(fn, date, "You\u2019ve been invited to interview \u2013 Yale New Haven Hospital",
                   "You've been invited to interview!",
                   f"Hi {FIRST},\n\nYale New Haven Hospital would like to interview you for Neurology. Pick a date "
                   "below before the response deadline; dates are held on a first-come basis.", rows, note,
                   "Accept & schedule", url,
                   "Can't make any of these dates? Open the invitation to decline or to ask to be added to the "
                   "waitlist.")
    reg(fn, msg, L("invitation", "Yale New Haven Hospital", "thalamus", NEURO, "categorical", "in_person", ds, dl,
                   url), {x: a3y(x) for x in ds})


@add
def i_hasbro():
    fn = "b24-inv-thal-hasbro-peds.eml"
    date = utc("2026-10-20 13:30:05")
    ds = [wd("2026-11-12"), wd("2026-12-03"), wd("2026-12-17"), wd("2027-01-14")]
    url = f"{THAL_APP}/applicant/invitations/HCH-PEDS-1193"
    note = ("Congratulations! The Pediatric Residency Program at Hasbro Children\u2019s Hospital and The Warren "
            "Alpert Medical School of Brown University is excited to invite you to interview.\n\n"
            "All of our interviews will be virtual this year. Each interview day begins at 8:00 AM Eastern with a "
            "welcome from our program director and ends around 1:00 PM. A resident-led virtual \u201ccoffee chat\u201d "
            "is held the afternoon before each session.\n\n"
            "Please accept an interview date within 72 hours of this invitation. Unclaimed invitations will be "
            "released to the next applicants on our list.\n\n"
            "Warmly,\nKelsey Marchetti, MEd\nProgram Coordinator, Pediatrics\n"
            "Brown University Health (formerly Lifespan) | Providence, RI")
    rows = [("Program", "Hasbro Children's Hospital/Brown University \u2013 Pediatrics"),
            ("Interview format", "Virtual"),
            ("Available dates", "\n".join(W(x) for x in ds))]
    msg = thal_msg(fn, date, "Interview invitation: Pediatrics at Hasbro Children's Hospital",
                   "New interview invitation",
                   f"Hello {FIRST},\n\nYou have received an interview invitation in Thalamus.", rows, note,
                   "View invitation", url)
    reg(fn, msg, L("invitation", "Hasbro Children's Hospital", "thalamus", PEDS, None, "virtual", ds,
                   plus(date, hours=72), url), {x: W(x) for x in ds})


@add
def i_pennstate():
    fn = "b24-inv-thal-pennstate-anes.eml"
    date = utc("2026-10-27 17:45:40")
    ds = [wd("2026-12-04"), wd("2026-12-11"), wd("2027-01-11"), wd("2027-01-22")]
    url = f"{THAL_APP}/applicant/invitations/PSH-ANES-CAT-0827"
    dl = et("2026-11-02 17:00")
    note = ("Greetings from Hershey!\n\nOn behalf of the Department of Anesthesiology & Perioperative Medicine at "
            "Penn State Health Milton S. Hershey Medical Center, I am pleased to invite you to interview for our "
            "Categorical (PGY-1) position. We are not interviewing for the Advanced track in this invitation.\n\n"
            "Interviews are held in person. Please plan to arrive at 7:00 AM at the Hershey Medical Center main "
            "entrance (500 University Drive). Our residents host a casual get-together the evening before each "
            "interview day.\n\n"
            "Kindly select a date by 5:00 PM ET on Monday, November 2, 2026.\n\n"
            "Sincerely,\nMatthew Greaves, Residency Coordinator\nPenn State College of Medicine")
    rows = [("Program", "Penn State Health Milton S. Hershey Medical Center \u00b7 Anesthesiology \u00b7 Categorical"),
            ("Format", "In-Person"),
            ("Dates", "\n".join(a3(x) + ", " + str(x.year) for x in ds))]
    msg = thal_msg(fn, date, "Interview Invitation \u2013 Anesthesiology (Categorical)",
                   "You're invited",
                   f"Hi {FIRST},\n\nA program you applied to has sent you an interview invitation.", rows, note,
                   "Respond to invitation", url)
    reg(fn, msg, L("invitation", "Penn State Health Milton S. Hershey Medical Center", "thalamus", ANES,
                   "categorical", "in_person", ds, dl, url), {x: a3y(x) for x in ds})


@add
def i_nyuli():
    fn = "b24-inv-thal-nyuli-im.eml"
    date = utc("2026-10-06 20:11:52")
    ds = [wd("2026-10-27"), wd("2026-11-10"), wd("2026-12-01"), wd("2026-12-15")]
    url = f"{THAL_APP}/applicant/invitations/NYULI-IM-C-2216"
    note = ("Dear Applicant,\n\nThank you for applying to the Internal Medicine Residency Program at NYU Langone "
            "Hospital\u2014Long Island (formerly NYU Winthrop Hospital) in Mineola, NY. We are pleased to invite you "
            "to a virtual interview for our categorical track.\n\n"
            "Interview slots are assigned on a first-come, first-served basis, so we encourage you to schedule "
            "early. You will receive Zoom details one week before your interview day.\n\n"
            "Regards,\nOffice of Graduate Medical Education\nNYU Grossman Long Island School of Medicine")
    rows = [("Program", "NYU Langone Hospital\u2014Long Island \u2013 Internal Medicine (Categorical)"),
            ("Interview type", "Virtual"),
            ("Dates offered", "\n".join(Wmd(x) for x in ds))]
    msg = thal_msg(fn, date, "New Interview Invitation from NYU Langone Hospital\u2014Long Island",
                   "Interview invitation",
                   f"Dear {FIRST},\n\nNYU Langone Hospital\u2014Long Island has invited you to interview.", rows, note,
                   "Schedule interview", url)
    reg(fn, msg, L("invitation", "NYU Langone Hospital\u2014Long Island", "thalamus", IM, "categorical", "virtual",
                   ds, None, url), {x: Wmd(x) for x in ds})


@add
def i_mainemed():
    fn = "b24-inv-thal-mainemed-psych.eml"
    date = utc("2026-10-15 14:00:31")
    ds = [wd("2026-11-16"), wd("2026-11-30"), wd("2026-12-14"), wd("2027-01-11")]
    url = f"{THAL_APP}/applicant/invitations/MMC-PSY-0915"
    dl = et("2026-10-22 12:00")
    note = ("Hello from Portland!\n\nThe Psychiatry Residency at MaineHealth Maine Medical Center (Tufts University "
            "School of Medicine / Maine Medical Center) warmly invites you to interview in person.\n\n"
            "Interview days are Mondays. Residents host an informal dinner on the Sunday evening before your "
            "interview, and we hold an optional in-person Second Look in early February for applicants who would like "
            "to revisit.\n\n"
            "Please respond by noon Eastern on Thursday, October 22.\n\n"
            "\u2014 Jodi Letourneau, Residency Coordinator, Department of Psychiatry")
    rows = [("Program", "MaineHealth Maine Medical Center | Psychiatry"),
            ("Interview type", "In-Person"),
            ("Interview dates", "\n".join(a3y(x) for x in ds)),
            ("Response deadline", "Thu, Oct 22, 2026, 12:00 PM EDT")]
    msg = thal_msg(fn, date, "Invitation to interview: MaineHealth Maine Medical Center Psychiatry",
                   "You have a new interview invitation",
                   f"Hi {FIRST},\n\nGood news \u2014 MaineHealth Maine Medical Center has invited you to interview.",
                   rows, note, "See dates & respond", url)
    reg(fn, msg, L("invitation", "MaineHealth Maine Medical Center", "thalamus", PSYCH, None, "in_person", ds, dl,
                   url), {x: a3y(x) for x in ds})


@add
def i_sinaimw():
    fn = "b24-inv-thal-sinaimw-imprelim.eml"
    date = utc("2026-11-10 16:20:09")
    ds = [wd("2026-12-04"), wd("2026-12-18"), wd("2027-01-08")]
    url = f"{THAL_APP}/applicant/invitations/MSMW-IMP-5520"
    note = ("Dear Ms. Brennan-Osei,\n\nThe Internal Medicine Residency Program at Mount Sinai Morningside and Mount "
            "Sinai West (formerly Mount Sinai St. Luke\u2019s\u2013West) would like to invite you to interview for a "
            "Preliminary Medicine position.\n\n"
            "Interviews are conducted virtually on Fridays and last about four hours. Please note this invitation is "
            "for the preliminary year only; our categorical program sends separate invitations.\n\n"
            "Please accept a date within 5 days of receiving this message.\n\n"
            "Sincerely,\nIM Residency Office \u2013 Icahn School of Medicine at Mount Sinai (Morningside/West)")
    rows = [("Program", "Mount Sinai Morningside and Mount Sinai West \u2013 Internal Medicine \u2013 Preliminary"),
            ("Interview type", "Virtual"),
            ("Dates", "\n".join(a3y(x) for x in ds))]
    msg = thal_msg(fn, date, "Interview Invitation - Preliminary Medicine", "New invitation",
                   f"Hello {FIRST},\n\nYou have a new interview invitation waiting in Thalamus.", rows, note,
                   "Open invitation", url)
    reg(fn, msg, L("invitation", "Mount Sinai Morningside and Mount Sinai West", "thalamus", IM, "preliminary",
                   "virtual", ds, plus(date, days=5), url), {x: a3y(x) for x in ds})


# ============================================================== ERAS
def eras_inv(fn, date, program, specialty_line, ds, deadline_txt, note, fmt, subject, extra_after=""):
    grid = (["Date", "Day", "Start", "Type", "Slots"],
            [[sl(x), f"{x:%A}", t, fmt, s] for x, t, s in ds])
    paras_ = (f"Dear {NAME},\n\n{program} has invited you to interview for {specialty_line}.\n\n"
              f"Program Message:\n{note}")
    after = (f"Response Deadline: {deadline_txt}\n\nTo accept, select an interview date in the ERAS Interview "
             "Scheduler. Once scheduled, you can view or change your interview until the Freeze Date set by the "
             "program." + extra_after)
    return eras_msg(fn, date, subject, "Interview Invitation", paras_, grid, after, "Go to MyERAS", MYERAS)


@add
def i_njms():
    fn = "b24-inv-eras-rutgersnjms-em.eml"
    date = et("2026-10-21 11:05:00")
    ds = [wd("2026-11-17"), wd("2026-12-02"), wd("2026-12-15"), wd("2027-01-06")]
    note = ("Congratulations! The Emergency Medicine Residency at Rutgers New Jersey Medical School and University "
            "Hospital in Newark is pleased to invite you to an in-person interview. The day begins at 8:00 AM with "
            "breakfast in the MSB lobby and concludes with a tour of our Level I trauma center. A resident social is "
            "held the evening before each interview date at a local restaurant.")
    msg = eras_inv(fn, date, "Rutgers New Jersey Medical School Program", "Emergency Medicine",
                   [(x, "8:00 AM ET", "Available") for x in ds], "10/28/2026 11:59 PM ET", note, "In-Person",
                   "Interview Invitation - Rutgers New Jersey Medical School Program")
    reg(fn, msg, L("invitation", "Rutgers New Jersey Medical School", "eras", EM, None, "in_person", ds,
                   et("2026-10-28 23:59"), MYERAS), {x: sl(x) for x in ds})


@add
def i_upstate():
    fn = "b24-inv-eras-upstate-neuro.eml"
    date = et("2026-10-29 09:30:00")
    ds = [wd("2026-11-23"), wd("2026-12-07"), wd("2027-01-04"), wd("2027-01-25")]
    note = ("Thank you for applying to the Neurology Residency at SUNY Upstate Medical University in Syracuse. We "
            "are pleased to offer you a virtual interview for our Categorical program (PGY-1 through PGY-4). "
            "Interviews run 8:30 AM - 1:30 PM ET over Zoom. Please contact neurores@upstate.edu with any "
            "questions.")
    msg = eras_inv(fn, date, "SUNY Upstate Medical University Program", "Neurology - Categorical",
                   [(x, "8:30 AM ET", "Available") for x in ds], "11/06/2026 05:00 PM ET", note, "Virtual",
                   "Interview Invitation - SUNY Upstate Medical University Program")
    reg(fn, msg, L("invitation", "SUNY Upstate Medical University", "eras", NEURO, "categorical", "virtual", ds,
                   et("2026-11-06 17:00"), MYERAS), {x: sl(x) for x in ds})


@add
def i_stlukes():
    fn = "b24-inv-eras-stlukes-ty.eml"
    date = et("2026-11-03 14:12:00")
    ds = [wd("2026-12-03"), wd("2026-12-10"), wd("2027-01-07")]
    orient = d("2027-06-21")
    note = ("We are delighted to invite you to interview with the Transitional Year Program at St. Luke's University "
            "Health Network in Bethlehem, PA. Interviews are in person at the Bethlehem Campus and begin at "
            "7:45 AM. Our PGY-1 class will begin orientation on " + W(orient) + " and rotations start July 1.")
    msg = eras_inv(fn, date, "St. Luke's University Health Network Program", "Transitional Year",
                   [(x, "7:45 AM ET", "Available") for x in ds], "11/13/2026 11:59 PM ET", note, "In-Person",
                   None,
                   extra_after="\n\nFreeze Date: 7 days before the interview date.")
    reg(fn, msg, L("invitation", "St. Luke's University Health Network", "eras", TY, None, "in_person", ds,
                   et("2026-11-13 23:59"), MYERAS), {x: sl(x) for x in ds})


@add
def i_umass():
    fn = "b24-inv-eras-umass-anes.eml"
    date = et("2026-10-16 10:00:00")
    ds = [wd("2026-11-11"), wd("2026-11-20"), wd("2026-12-09"), wd("2027-01-15")]
    note = ("On behalf of the Department of Anesthesiology and Perioperative Medicine at UMass Chan Medical School "
            "(formerly the University of Massachusetts Medical School) and UMass Memorial Medical Center, thank you "
            "for applying. We would like to invite you to a virtual interview for our Categorical Anesthesiology "
            "position. Please note that a separate invitation is sent for the Advanced (PGY-2) track.")
    msg = eras_inv(fn, date, "UMass Chan Medical School Program", "Anesthesiology - Categorical",
                   [(x, "7:30 AM ET", "Available") for x in ds], "10/23/2026 12:00 PM ET", note, "Virtual",
                   "Interview Invitation")
    reg(fn, msg, L("invitation", "UMass Chan Medical School", "eras", ANES, "categorical", "virtual", ds,
                   et("2026-10-23 12:00"), MYERAS), {x: sl(x) for x in ds})


# ============================================================== Interview Broker
@add
def i_pah():
    fn = "b24-inv-ib-pah-imprelim.eml"
    date = et("2026-10-22 13:40:00")
    ds = [wd("2026-11-24"), wd("2026-12-08"), wd("2027-01-12")]
    url = "https://www.interviewbroker.com/applicant/invite/PAH-PRELIM-27-8b51ce"
    grid = (["Interview Date", "Time (Eastern)", "Format", "Openings"],
            [[a3y(x), "9:00 AM - 1:00 PM", "Virtual (Zoom)", n] for x, n in zip(ds, ["6", "8", "8"])])
    pre = (f"Dear {FIRST} {LAST},\n\n"
           "The Internal Medicine Residency Program at Pennsylvania Hospital (Penn Medicine), the nation\u2019s first "
           "hospital, is pleased to invite you to interview for our Preliminary Medicine position (campaign: "
           "Preliminary IM 2027).\n\nThe following interview dates are available:")
    post = ("This invitation expires on 10/30/2026 at 11:59 PM Eastern. If none of these dates work for you, "
            "you may join the waitlist from the scheduling page.\n\n"
            "Pennsylvania Hospital | 800 Spruce Street, Philadelphia, PA 19107\n"
            "Questions: pahimres@pennmedicine.upenn.edu")
    msg = ib_msg(fn, date, "Interview Invitation: Pennsylvania Hospital - Preliminary Internal Medicine",
                 "You have been invited to interview", pre, grid, "Schedule My Interview", url, post)
    reg(fn, msg, L("invitation", "Pennsylvania Hospital", "interview_broker", IM, "preliminary", "virtual", ds,
                   et("2026-10-30 23:59"), url), {x: a3y(x) for x in ds})


@add
def i_bidmc():
    fn = "b24-inv-ib-bidmc-im.eml"
    date = et("2026-10-09 12:00:00")
    ds = [wd("2026-10-29"), wd("2026-11-05"), wd("2026-11-19"), wd("2026-12-10")]
    url = "https://www.interviewbroker.com/applicant/invite/BIDMC-IMCAT-27-e302a9"
    grid = (["Date", "Session", "Seats left"],
            [[f"{x:%A} {sl(x)}", "Virtual \u2013 8:00 AM to 12:30 PM ET", s] for x, s in
             zip(ds, ["4", "11", "12", "12"])])
    pre = (f"Hi {FIRST},\n\n"
           "Congratulations! On behalf of the Internal Medicine Residency Program at Beth Israel Deaconess Medical "
           "Center, a Harvard Medical School teaching hospital, we are delighted to invite you to interview for our "
           "Categorical program.\n\nPlease choose one of the sessions below within 7 days of this email:")
    post = ("Once you book, you will receive a confirmation with Zoom instructions. Beth Israel Deaconess Medical "
            "Center is part of Beth Israel Lahey Health.\n\nWith best wishes,\nThe BIDMC Internal Medicine Chief "
            "Residents and Residency Office")
    msg = ib_msg(fn, date, "Beth Israel Deaconess Medical Center - Internal Medicine Interview Invitation",
                 "Interview Invitation \u2013 Categorical Internal Medicine", pre, grid, "Pick a Date", url, post)
    reg(fn, msg, L("invitation", "Beth Israel Deaconess Medical Center", "interview_broker", IM, "categorical",
                   "virtual", ds, plus(date, days=7), url), {x: sl(x) for x in ds})


@add
def i_bmc():
    fn = "b24-inv-ib-bmc-em.eml"
    date = et("2026-11-04 15:30:00")
    ds = [wd("2026-12-07"), wd("2026-12-14"), wd("2027-01-11")]
    url = "https://www.interviewbroker.com/applicant/invite/BMC-EM-27-41d7f0"
    grid = (["Day", "Date", "Arrival", "Location"],
            [[f"{x:%A}", mdy(x), "7:30 AM", "BMC Menino Pavilion, 840 Harrison Ave"] for x in ds])
    pre = (f"Dear Talia,\n\n"
           "The Department of Emergency Medicine at Boston Medical Center and the Boston University Chobanian & "
           "Avedisian School of Medicine invites you to interview in person for our residency program.\n\n"
           "Please respond within 48 hours. A casual resident social is held the Sunday evening before each interview "
           "day in the South End; details will be in your confirmation.")
    post = "Interview dates (Eastern Time) are listed above. We look forward to meeting you!\n\nBMC EM Residency"
    msg = ib_msg(fn, date, "BMC Emergency Medicine \u2013 Invitation to Interview",
                 "Invitation to Interview", pre, grid, "Accept and Schedule", url, post)
    reg(fn, msg, L("invitation", "Boston Medical Center", "interview_broker", EM, None, "in_person", ds,
                   plus(date, hours=48), url), {x: mdy(x) for x in ds})


# ============================================================== program e-mail
@add
def i_sinai():
    fn = "b24-inv-email-sinai-neuro.eml"
    date = et("2026-10-23 16:47:00")
    ds = [wd("2026-11-10"), wd("2026-11-24"), wd("2026-12-10"), wd("2027-01-12")]
    social = wd("2026-12-02")
    url = "https://forms.gle/MSNeuroAdv27Interviews"
    rows = [[f"{x:%a}", f"{x:%B} {x.day}, {x.year}", "8:30 AM \u2013 2:00 PM ET", "Zoom"] for x in ds]
    tbl_txt = txt_table(["Day", "Date", "Time", "Where"], rows)
    body = f"""Dear Talia,

Congratulations! On behalf of the Department of Neurology at the Icahn School of Medicine at Mount Sinai, we are pleased to invite you to interview for our Advanced (PGY-2) Neurology position, which begins in July 2028 after a preliminary or transitional year.

All interviews will be held virtually. Please use the Google Form below to rank the dates that work for you. Dates are assigned in the order responses are received.

{tbl_txt}

Sign-up form: {url}

Kindly submit the form by Friday, October 30 at 5:00 PM ET. We also hold an optional virtual Meet the Residents evening on {Wmd(social)}, 7:00-8:30 PM, for all invited applicants.

Warm regards,

Priya Raghunathan
Residency Program Coordinator | Department of Neurology
The Mount Sinai Hospital | Icahn School of Medicine at Mount Sinai
One Gustave L. Levy Place, Box 1137, New York, NY 10029
"""
    h = page(ptags(body.split(tbl_txt)[0]) +
             table(["Day", "Date", "Time", "Where"], rows) + ptags(body.split(tbl_txt)[1]))
    msg = mail(fn, addr("Mount Sinai Neurology Residency", "neurology.residency@mountsinai.org"),
               "Mount Sinai Neurology \u2013 Interview Invitation (Advanced)", date, body, html_body=h,
               domain="mountsinai.org")
    reg(fn, msg, L("invitation", "Icahn School of Medicine at Mount Sinai", "email", NEURO, "advanced", "virtual", ds,
                   et("2026-10-30 17:00"), url), {x: mdy(x) for x in ds})


@add
def i_columbia():
    fn = "b24-inv-email-columbia-psych.eml"
    date = et("2026-11-05 09:12:00")
    ds = [wd("2026-12-04"), wd("2026-12-11"), wd("2027-01-08"), wd("2027-01-15")]
    lst = "\n".join(f"  \u2022 {Wmd(x)}" for x in ds)
    body = f"""Dear Ms. Brennan-Osei,

It is my pleasure to invite you to interview for the Adult Psychiatry Residency Training Program at NewYork-Presbyterian/Columbia University Irving Medical Center and the New York State Psychiatric Institute.

This year we are hosting interviews in person on our Washington Heights campus. Our interview days are:

{lst}

Please reply to this email within 72 hours with your first and second choices. We will confirm your date by email and send a calendar invitation. There is an optional dinner with current residents the evening before each interview day.

We look forward to meeting you.

Sincerely,

Marisol Peña-Whitaker
Education Coordinator, Adult Psychiatry Residency
Columbia University Department of Psychiatry | NYSPI
1051 Riverside Drive, New York, NY 10032

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s).
"""
    msg = mail(fn, addr("Columbia Psychiatry Residency", "psychresidency@nyspi.columbia.edu"),
               "Columbia Psychiatry Residency Interview Invitation", date, body, domain="nyspi.columbia.edu")
    reg(fn, msg, L("invitation", "NewYork-Presbyterian/Columbia University Irving Medical Center", "email", PSYCH,
                   None, "in_person", ds, plus(date, hours=72)), {x: Wmd(x) for x in ds})


@add
def i_ctchildrens():
    fn = "b24-inv-email-ctchildrens-peds.eml"
    date = et("2026-10-19 13:25:00")
    ds = [wd("2026-11-17"), wd("2026-12-02"), wd("2026-12-08"), wd("2027-01-13")]
    url = "https://calendly.com/ctchildrens-pedsres/interview-day"
    lst = "\n".join(f"- {a3(x)}" for x in ds)
    body = f"""Hi Talia!

Thank you so much for applying to the Pediatric Residency Program at Connecticut Children's and the UConn School of Medicine. Our selection committee loved reading your application, and we would be thrilled to have you join us for an in-person interview day in Hartford.

Interview days available:
{lst}

Please grab a spot through Calendly within one week of this email:
{url}

The evening before each interview day, our residents host a pizza dinner at a spot near the hospital (totally optional, totally fun). Parking validation and breakfast are provided on the interview day.

Can't wait to meet you,

Brianna Kowalczyk
Residency Program Coordinator, Pediatrics
Connecticut Children's | 282 Washington Street, Hartford, CT 06106
"""
    msg = mail(fn, addr("Connecticut Children's Pediatric Residency", "pedsresidency@connecticutchildrens.org"),
               "Interview Invitation \u2013 Connecticut Children\u2019s Pediatric Residency", date, body,
               domain="connecticutchildrens.org")
    reg(fn, msg, L("invitation", "Connecticut Children's", "email", PEDS, None, "in_person", ds,
                   plus(date, days=7), url), {x: a3(x) for x in ds})


@add
def i_jeffeinstein():
    fn = "b24-inv-email-jeffeinstein-em.eml"
    date = et("2026-10-28 10:02:00")
    ds = [wd("2026-11-19"), wd("2026-12-03"), wd("2026-12-17"), wd("2027-01-07")]
    url = "https://www.signupgenius.com/go/10C0E48ADA92BA1FBC34-jeinsteinem27"
    rows = [[sl_short(x), f"{x:%A}", "7:30 AM \u2013 1:30 PM", "In person"] for x in ds]
    intro = (f"Dear Talia,\n\nOn behalf of the Department of Emergency Medicine at Jefferson Einstein Philadelphia "
             "Hospital (formerly Einstein Medical Center Philadelphia), I am excited to invite you to interview "
             "for our residency program. Our interview days will be held in person at our campus on Old York Road.")
    after = (f"To reserve your interview date, please use our SignUpGenius page:\n{url}\n\n"
             "Please sign up by 11:59 PM on Wednesday, November 4. After this date any remaining spots will be "
             "offered to applicants on our waitlist. A virtual residents' happy hour is held the Tuesday night before "
             "each interview day.\n\n"
             "Best regards,\nShanice Abernathy\nProgram Coordinator, Emergency Medicine Residency\n"
             "Jefferson Einstein Philadelphia Hospital | Jefferson Health\n5501 Old York Road, Philadelphia, PA 19141")
    body = intro + "\n\n" + txt_table(["Date", "Day", "Time", "Format"], rows) + "\n\n" + after + "\n"
    h = page(ptags(intro) + table(["Date", "Day", "Time", "Format"], rows) + ptags(after))
    msg = mail(fn, addr("Shanice Abernathy", "shanice.abernathy@jefferson.edu"),
               "Einstein EM Interview Invitation \u2013 Class of 2030", date, body, html_body=h,
               domain="jefferson.edu")
    reg(fn, msg, L("invitation", "Jefferson Einstein Philadelphia Hospital", "email", EM, None, "in_person", ds,
                   et("2026-11-04 23:59"), url), {x: sl_short(x) for x in ds})


@add
def i_montefiore():
    fn = "b24-inv-email-montefiore-impc.eml"
    date = et("2026-10-30 17:20:00")
    ds = [wd("2026-11-16"), wd("2026-12-02"), wd("2026-12-14"), wd("2027-01-06")]
    url = "https://montefiore.az1.qualtrics.com/jfe/form/SV_PCSMinterview27"
    body = f"""Dear Talia,

We are delighted to invite you to interview with the Primary Care and Social Medicine (PCSM) Internal Medicine residency program at Montefiore Medical Center / Albert Einstein College of Medicine in the Bronx. Please note that this invitation is for the Primary Care track only; our Categorical (University and Wakefield) program invites applicants separately.

Interviews are held in person at our Comprehensive Health Care Center in the South Bronx. Available dates:

{W(ds[0])}
{W(ds[1])}
{W(ds[2])}
{W(ds[3])}

Please indicate your preferred date through our scheduling form by noon on Thursday, November 5:
{url}

Residents host a pre-interview social the evening before each date. For applicants choosing the first date, a calendar hold for the social on Sunday, November 15 is attached; your interview date itself will be confirmed separately.

In solidarity,
The PCSM Residency Team
Montefiore Medical Center | Department of Medicine
"""
    st = et("2026-11-15 18:30")
    ical = ics(event("pcsm-social-nov15@montefiore.org", st, plus(st, hours=2), "PCSM pre-interview social (optional)",
                     "Bronx, NY", "Optional social for invited applicants", "-//Montefiore//PCSM//EN",
                     method="PUBLISH", local=True), "PCSM_social.ics", method="PUBLISH")
    msg = mail(fn, addr("PCSM Residency", "pcsm@montefiore.org"),
               "Interview Invitation: Montefiore PCSM Internal Medicine", date, body, attach=[ical],
               domain="montefiore.org")
    reg(fn, msg, L("invitation", "Montefiore Medical Center", "email", IM, "primary_care", "in_person", ds,
                   et("2026-11-05 12:00"), url), {x: W(x) for x in ds})


@add
def i_upmcchildrens():
    fn = "b24-inv-email-upmcchildrens-peds.eml"
    date = et("2026-11-09 11:30:00")
    ds = [wd("2026-12-01"), wd("2026-12-11"), wd("2027-01-05"), wd("2027-01-15")]
    url = "https://upmc.co1.qualtrics.com/jfe/form/SV_CHPpedsinterview27"
    body = f"""Dear Talia Brennan-Osei,

Thank you for applying to the Pediatric Residency Program at UPMC Children's Hospital of Pittsburgh. We are pleased to offer you a virtual interview.

Interview dates: Tuesday 12/1, Friday 12/11, Tuesday 1/5 and Friday 1/15. Each day runs 8:00 AM to 1:30 PM Eastern.

Select your date here: {url}

Please make your selection by Friday, November 13 at 5:00 PM Eastern. If none of the dates work, reply to this email and we will do our best to place you on a waitlist.

Sincerely,
Pediatric Residency Program
UPMC Children's Hospital of Pittsburgh
4401 Penn Avenue, Pittsburgh, PA 15224
"""
    msg = mail(fn, addr("CHP Pediatric Residency", "pedsresidency@chp.edu"),
               "UPMC Children's Hospital of Pittsburgh - Pediatric Residency Interview", date, body, html_body=False,
               domain="chp.edu")
    reg(fn, msg, L("invitation", "UPMC Children's Hospital of Pittsburgh", "email", PEDS, None, "virtual", ds,
                   et("2026-11-13 17:00"), url), {x: f"{x:%A} {sl_short(x)}" for x in ds})


@add
def i_dartmouth_fwd():
    fn = "b24-inv-fwd-dartmouth-anes.eml"
    sent = et("2026-10-26 08:45:00")
    date = et("2026-10-27 07:58:00")
    ds = [wd("2026-11-30"), wd("2026-12-07"), wd("2027-01-04")]
    orig = f"""Dear Talia,

Thank you for your application to the Dartmouth Health Anesthesiology Residency. I am happy to invite you to interview for our Categorical position (Clinical Base Year + CA-1 to CA-3) at Dartmouth-Hitchcock Medical Center in Lebanon, New Hampshire.

We are offering in-person interviews on the following Mondays:
  * {W(ds[0])}
  * {W(ds[1])}
  * {W(ds[2])}

Please respond within 48 hours of this email with your preferred date. We will send the itinerary and hotel block information once you are scheduled (the Hanover Inn holds rooms for our applicants).

Best regards,

Caroline Thibodeau
Residency Program Coordinator | Department of Anesthesiology
Dartmouth Health | Dartmouth-Hitchcock Medical Center
One Medical Center Drive, Lebanon, NH 03756
"""
    body = f"""Fwd to my gmail so I don't lose this - reply from here.

---------- Forwarded message ---------
From: Anesthesiology Residency <anesthesiology.residency@hitchcock.org>
Sent: {outlook_sent(sent)}
To: Brennan-Osei, Talia <{SCHOOL_ADDR}>
Subject: Dartmouth Anesthesiology Residency - Interview Invitation

{orig}"""
    msg = mail(fn, addr(NAME, SCHOOL_ADDR), "Fwd: Dartmouth Anesthesiology Residency - Interview Invitation", date,
               body, html_body=False, domain="quinnipiac.edu")
    reg(fn, msg, L("invitation", "Dartmouth-Hitchcock Medical Center", "email", ANES, "categorical", "in_person", ds,
                   plus(sent, hours=48)), {x: W(x) for x in ds})


@add
def i_cbmc():
    fn = "b24-inv-email-cbmc-im.eml"
    date = et("2026-10-14 15:55:00")
    ds = [wd("2026-11-04"), wd("2026-11-18"), wd("2026-12-09")]
    body = f"""Good afternoon Dr. (to be!) Brennan-Osei,

The Internal Medicine Residency Program at Cooperman Barnabas Medical Center (formerly Saint Barnabas Medical Center) in Livingston, New Jersey, would like to invite you to interview for our Categorical Internal Medicine program.

Interviews will be held in person on the following Wednesdays:

\u2022 {Wmd(ds[0])}
\u2022 {Wmd(ds[1])}
\u2022 {Wmd(ds[2])}

Kindly reply with your preferred date by 5 PM on Tuesday, October 20. Interview days start at 8:00 AM in the Forlenza Auditorium and conclude after lunch with our residents.

Regards,
Lorraine DiFrancesco
Residency Coordinator, Department of Medicine
Cooperman Barnabas Medical Center | RWJBarnabas Health
94 Old Short Hills Road, Livingston, NJ 07039
"""
    msg = mail(fn, addr("DiFrancesco, Lorraine", "lorraine.difrancesco@rwjbh.org"),
               "IM Residency Interview Invitation - CBMC", date, body, domain="rwjbh.org")
    reg(fn, msg, L("invitation", "Cooperman Barnabas Medical Center", "email", IM, "categorical", "in_person", ds,
                   et("2026-10-20 17:00")), {x: Wmd(x) for x in ds})


@add
def i_rgh():
    fn = "b24-inv-email-rgh-ty.eml"
    date = et("2026-11-02 08:05:00")
    ds = [wd("2026-11-20"), wd("2026-12-04"), wd("2026-12-18"), wd("2027-01-08")]
    orient = d("2027-06-21")
    body = f"""Dear Talia,

Greetings from Rochester! The Transitional Year Program at Rochester General Hospital (Rochester Regional Health) is pleased to invite you for an in-person interview.

Interview Fridays: November 20, December 4, December 18 and January 8.

To schedule, simply reply to this email with your top two choices by Friday at noon (Eastern). If you match with us, PGY-1 orientation begins {W(orient)}.

Take care,
Nadia Ferrante
TY Program Coordinator
Rochester General Hospital | 1425 Portland Avenue, Rochester, NY 14621
Rochester Regional Health
"""
    msg = mail(fn, addr("Ferrante, Nadia", "nadia.ferrante@rochesterregional.org"),
               "Transitional Year Interview Invitation", date, body, domain="rochesterregional.org")
    reg(fn, msg, L("invitation", "Rochester General Hospital", "email", TY, None, "in_person", ds,
                   et("2026-11-06 12:00")), {x: md(x) for x in ds})
