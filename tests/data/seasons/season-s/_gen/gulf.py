"""Louisiana and Arkansas: LSU Health Shreveport (which trains at Ochsner LSU Health Shreveport) vs LSU Health New
Orleans vs Ochsner Clinic Foundation; Tulane; UAMS Family Medicine and Psychiatry."""
from kit import (D, CT, UTC, ET, PT, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, coord, me, mail, ics, gmail_quote,
                 outlook_quote, body_of, full, wmd, wmd3, wmdy3, md, mdy, sl, sly, wsl, hm, esc, shell, btn, table)
from plat import th_invite, th_booked, th_reminder, th_note, eras, ib, IB, SUG


def lsus_psy():
    L = "lsus-psy"
    prog = "Louisiana State University Health Sciences Center-Shreveport Program"
    d1, d2, d3 = D("2026-11-10"), D("2026-11-24"), D("2026-12-08")
    eras("2026-10-13 08:30", "myeras-interview-invitation-lsu-shreveport-psychiatry", L, "invitation",
         "ERAS Interview Invitation", [
             f"{prog} (Psychiatry) has invited you to interview.",
             f"Available interview dates: {wmdy3(d1)}; {wmdy3(d2)}; {wmdy3(d3)}.",
             "Please respond by 10/27/2026 (Freeze Date).",
             "To accept this invitation and select a date, sign in to MyERAS and open the Interviews tab."],
         idates=[d1, d2, d3], deadline="2026-10-27", must=[prog])
    eras("2026-10-13 08:52", "myeras-interview-scheduled-lsu-shreveport-psychiatry", L, "scheduled",
         "ERAS Interview Scheduled", [
             f"You have scheduled an interview with {prog} (Psychiatry).",
             f"Date: {full(d1)}", "Time: 8:00 AM Central", "Format: Virtual"], idates=[d1], must=[prog])
    c = ("Thibodeaux, Kayla", "kayla.thibodeaux@lsuhs.edu")
    txt = f"""Hi Ana,

We are looking forward to meeting you tomorrow! Here is your Zoom information for {full(d1)}:

https://lsuhsc-shreveport.zoom.us/j/91120654438  (passcode 71103)

Agenda (Central Time)
8:00  Welcome - Dr. Fontenot, Program Director
8:30  Our training sites: Ochsner LSU Health Shreveport - Academic Medical Center, Brentwood Hospital, the
      Overton Brooks VA Medical Center and our child and adolescent clinic
9:15  Interviews (Dr. Fontenot, Dr. Akhtar, Dr. Lemoine)
11:00 Resident Q&A
12:00 Closing

Many applicants ask: our residents are LSU Health Shreveport employees and the hospital is operated by
Ochsner, which is why you will see both names on our badges.

Kayla Thibodeaux
Residency Coordinator, Department of Psychiatry and Behavioral Medicine
LSU Health Sciences Center Shreveport
1501 Kings Highway, Shreveport, LA 71103
318-555-0186"""
    coord("2026-11-09 10:30", "lsu-health-shreveport-psychiatry-interview-tomorrow", L, "reminder", c,
          "Psychiatry interview tomorrow - Zoom + agenda", txt, idates=[d1],
          must=["LSU Health Sciences Center Shreveport", "Ochsner LSU Health Shreveport"])
    me("2026-11-10 16:45", "sent-thank-you-lsu-shreveport-psychiatry", L, "info", c, "Thank you - Ana Cárdenas",
       "Hi Kayla,\n\nThank you for organizing today's interview. I'd be grateful if you could pass my thanks to "
       "Dr. Fontenot, Dr. Akhtar and Dr. Lemoine. I especially enjoyed hearing about the rural telepsychiatry "
       "clinics in north Louisiana.\n\nBest regards,\nAna", sig=SIG_SHORT)


def lsuno_fm():
    L = "lsuno-fm"
    c = ("Hebert, Monique", "mhebe1@lsuhsc.edu")
    sig = ("Monique Hebert\nResidency Program Coordinator\nDepartment of Family Medicine\nLSU Health Sciences Center "
           "New Orleans School of Medicine\n2020 Gravier Street, 7th Floor, New Orleans, LA 70112\n504-555-0149")
    d1, d2, d3 = D("2026-12-15"), D("2026-12-16"), D("2027-01-11")
    sug = "https://www.signupgenius.com/go/10C0D4AAFAE2BA7FBC61-lsufm2027"
    inv = f"""Dear Ana,

Congratulations! On behalf of our Program Director, Dr. Guidry, I am pleased to invite you to interview with the
Family Medicine Residency Program at LSU Health Sciences Center New Orleans.

Please sign up for one interview date on our SignUpGenius page:
{sug}

Open dates: {wsl(d1)}, {wsl(d2)} and {wsl(d3)}. Interviews are virtual, 8:00 AM - 12:30 PM Central.

Our residents train at University Medical Center New Orleans and in our rural rotation in Bogalusa. We look
forward to showing you our program!

{sig}"""
    coord("2026-11-09 12:15", "lsu-new-orleans-family-medicine-interview-invitation", L, "invitation", c,
          "LSU Family Medicine Residency - Interview Invitation", inv, idates=[d1, d2, d3],
          must=["LSU Health Sciences Center New Orleans", sug])
    st = f"""Thank you for signing up!

Hello Ana Lucía Cárdenas,

Thank you for signing up. Here are the details:

LSU Family Medicine Residency Interview Days

Date: {sly(d1)} (Tue.)
Time: 8:00am - 12:30pm CST
Slot: Interview (virtual)

Comment: n/a

You can change or cancel your sign up at any time:
{sug}

Thank you,
Monique Hebert

SignUpGenius - Online Sign Ups
"""
    h = shell(["<p><b>Thank you for signing up!</b></p>", f"<p>Hello {esc(NAME)},</p>",
               table([("Sign Up", "LSU Family Medicine Residency Interview Days"), ("Date", f"{sly(d1)} (Tue.)"),
                      ("Time", "8:00am - 12:30pm CST"), ("Slot", "Interview (virtual)")]),
               btn(sug, "Change My Sign Up", "#ff6a2f")], bottom="SignUpGenius - Online Sign Ups", accent="#ff6a2f")
    mail("2026-11-09 12:48", "signupgenius-lsu-family-medicine-interview-days", L, "scheduled", SUG,
         "Sign Up Confirmation: LSU Family Medicine Residency Interview Days", st, h, tz=ET, idates=[d1],
         reply_to=c, must=["LSU Family Medicine Residency Interview Days"])
    txt = f"""Hi Ana,

We're excited to host you tomorrow! Your Zoom link for {wmd(d1)}:
https://lsuhsc.zoom.us/j/98812037516  (passcode: Tigers)

Please join at 7:50 AM. You'll meet with Dr. Guidry, two faculty members and one of our chief residents, and
we'll save plenty of time for the residents to answer your questions about New Orleans.

Monique"""
    coord("2026-12-14 15:00", "lsu-family-medicine-interview-tomorrow", L, "reminder", c,
          "Zoom link - LSU FM interview tomorrow", txt, idates=[d1], must=["Tigers"])


def ochsner_psy():
    L = "ochsner-psy"
    prog = "Ochsner Health - Psychiatry Residency (New Orleans)"
    d1, d2, d3 = D("2027-01-21"), D("2027-02-04"), D("2027-02-11")
    th_invite("2026-12-09 11:00", "thalamus-invitation-ochsner-psychiatry", L, prog, [
        "Thank you for your interest in the Ochsner Clinic Foundation Psychiatry Residency. We are delighted to "
        "invite you to a virtual interview.",
        "Our interview days include a program overview with Dr. Marchand, interviews with faculty and residents, "
        "and an optional evening social hosted by our residents the night before."],
        [d1, d2, d3], token="a95f02cd-och-psy", must=["Ochsner Clinic Foundation"])
    th_booked("2026-12-09 11:40", "thalamus-confirmed-ochsner-psychiatry", L, prog, d2, "08:00", "12:30", "Virtual",
              "Zoom", uid="thl-c28e5b14-och-psy", mode="tzid")
    c = ("Landry, Rachel", "rachel.landry@ochsner.org")
    txt = f"""Hello Ana,

We are one week out from your interview with the Ochsner Psychiatry Residency on {full(d2)}. A few things to
help you plan:

- Resident social: Wednesday, February 3 at 6:00 PM Central (Zoom link below). Casual, optional, no faculty.
- Interview day: log in by 7:45 AM. You'll receive your personal schedule the morning of.
- Our residents rotate at Ochsner Medical Center (Jefferson Highway), Ochsner Medical Center - Kenner and the
  Southeast Louisiana Veterans Health Care System.

Social link: https://ochsner.zoom.us/j/93314470052
Interview link: https://ochsner.zoom.us/j/93314472219

Rachel Landry
Program Coordinator | Psychiatry Residency
Ochsner Clinic Foundation | 1514 Jefferson Highway, New Orleans, LA 70121"""
    coord("2027-01-27 10:00", "ochsner-psychiatry-interview-next-week", L, "info", c,
          "Ochsner Psychiatry - your interview next week", txt, idates=[d2], must=["Ochsner Clinic Foundation"])
    th_reminder("2027-02-03 08:00", "thalamus-reminder-ochsner-psychiatry", L, prog, d2, "08:00",
                "https://ochsner.zoom.us/j/93314472219",
                extra="Message from the program: Tonight's resident social starts at 6:00 PM. See you tomorrow!")


def tulane_psy():
    L = "tulane-psy"
    c = ("Tulane Psychiatry Residency", "psychres@tulane.edu")
    txt = """Dear Ms. Cárdenas,

Thank you for applying to the Psychiatry Residency Program at Tulane University School of Medicine.

We are unable to offer you an interview at this time. However, your application stood out to the committee,
and we have placed you on our interview alternate list. If a date becomes available we will contact you by
e-mail; we usually know by mid-January.

Please let us know if you would like to be removed from the alternate list.

Sincerely,

Residency Selection Committee
Department of Psychiatry and Behavioral Sciences
Tulane University School of Medicine
1440 Canal Street, New Orleans, LA 70112"""
    m1 = coord("2026-11-20 15:10", "tulane-psychiatry-residency-interview-status", L, "waitlist", c,
               "Tulane Psychiatry Residency - Interview Status", txt,
               must=["Tulane University School of Medicine", "alternate list"])
    me("2026-12-02 19:40", "sent-letter-of-interest-tulane-psychiatry", L, "info", c,
       "Re: Tulane Psychiatry Residency - Interview Status",
       "Dear Members of the Selection Committee,\n\nThank you for placing me on your alternate list. I want to "
       "let you know that I remain very interested in Tulane. My community psychiatry elective in New Orleans "
       "East last spring, and the way your residents talked about their patients at the Tulane-Lakeside clinic, "
       "is a big part of why I chose psychiatry.\n\nIf an interview opens, I will make any date work.\n\n"
       "Respectfully,\nAna Lucía Cárdenas", irt=m1,
       quote=gmail_quote("2026-11-20 15:10", c[0], c[1], body_of(m1)))
    txt2 = """Dear Ana,

We wanted to update everyone on our alternate list. Our interview season is nearly over - our last interview
day is Friday, February 5. You remain on our alternate list, and if a spot opens before then we will contact you
right away.

Thank you for your patience and your continued interest in Tulane.

Sincerely,
Tulane Psychiatry Residency Program"""
    coord("2027-01-22 11:05", "tulane-psychiatry-alternate-list-update", L, "waitlist", c,
          "Tulane Psychiatry - Alternate List Update", txt2, must=["alternate list"])


def uams_fm():
    L = "uams-fm"
    prog = "UAMS Family Medicine Residency - Little Rock"
    d1, d2, d3 = D("2026-12-08"), D("2026-12-09"), D("2027-01-13")
    ib("2026-11-03 13:00", "interview-broker-invitation-uams-family-medicine-little-rock", L, "invitation", prog,
       f"Interview Invitation - {prog}", [
           "The Department of Family and Preventive Medicine at the University of Arkansas for Medical Sciences "
           "invites you to interview for the Family Medicine Residency in Little Rock.",
           "Please note that this invitation is for the Little Rock program only. The UAMS regional family "
           "medicine residencies (Fayetteville, Fort Smith, Jonesboro, Texarkana and others) run their own "
           "interviews.",
           "Interviews are held on Zoom."],
       rows=[("Dates", f"{wmdy3(d1)}; {wmdy3(d2)}; {wmdy3(d3)}"), ("Time", "8:00 AM - 12:30 PM Central")],
       button=("https://www.interviewbroker.com/applicant/select/uams-fm-lr-2027-p2m5", "Pick Your Interview Date"),
       idates=[d1, d2, d3], must=["University of Arkansas for Medical Sciences"])
    ib("2026-11-03 13:12", "interview-broker-confirmation-uams-family-medicine", L, "scheduled", prog,
       f"Scheduled: {prog}", [f"Thank you! Your interview is scheduled for {full(d1)} at 8:00 AM Central.",
                              "The program will send your Zoom details before the interview."],
       idates=[d1],
       cal=ics("ib-uams-fm-20261208-3310", at(d1, "08:00"), 270, "UAMS Family Medicine Residency Interview",
               "Zoom", organizer=IB, mode="utc", prodid="-//Interview Broker//EN"))
    c = ("Tackett, Brooke", "btackett@uams.edu")
    txt = f"""Hi Ana,

Can't wait to see you tomorrow! Zoom: https://uams.zoom.us/j/92277310418  (PW: FMLR)

7:50   Sign on
8:00   Welcome - Dr. Whitlock
8:30   Life at the UAMS FMC, OB and our rural track at UAMS North Central
9:15   Interviews
11:00  Residents (ask about the Arkansas River trail!)
12:15  Wrap up

Interviewers: Dr. Whitlock, Dr. Patel-Greer, Dr. Yarbrough. We'll also talk about the ACH and CAVHS rotations.

Brooke
Brooke Tackett | UAMS FM Residency
4301 W. Markham St. #530 | Little Rock, AR 72205"""
    coord("2026-12-07 11:00", "uams-fm-zoom-info-tomorrow", L, "reminder", c, "UAMS FM - Zoom info for tomorrow",
          txt, idates=[d1], must=["UAMS", "FMLR"])
    me("2026-12-08 16:10", "sent-thank-you-uams-family-medicine", L, "info", c, "Thank you!",
       "Hi Brooke,\n\nThank you for a great interview day. Please thank Dr. Whitlock, Dr. Patel-Greer and Dr. "
       "Yarbrough for me. The residents made Little Rock sound like a place I could actually live, and the rural "
       "track conversation was really helpful.\n\nBest,\nAna", sig=SIG_SHORT)


def uams_psy():
    L = "uams-psy"
    c = ("Pettit, Lauren", "lpettit@uams.edu")
    sig = ("Lauren Pettit\nProgram Coordinator, General Psychiatry Residency\nDepartment of Psychiatry\nUniversity "
           "of Arkansas for Medical Sciences\n4301 W. Markham St. #589, Little Rock, AR 72205\n501-555-0167")
    txt = f"""Dear Ana,

Thank you for applying to the General Psychiatry Residency at the University of Arkansas for Medical Sciences.

We regret that we are unable to offer you an interview at this time. Our interview days filled very quickly
this year. However, we would like to place you on our waitlist, and we will reach out if a date opens.

If you would prefer not to remain on the waitlist, simply reply and let me know.

{sig}"""
    coord("2026-11-06 10:25", "uams-psychiatry-residency-application-update", L, "waitlist", c,
          "UAMS Psychiatry Residency - Application Update", txt, must=["University of Arkansas for Medical Sciences",
                                                                       "waitlist"])
    me("2026-11-24 20:30", "sent-letter-of-interest-uams-psychiatry", L, "info", c,
       "Letter of interest - UAMS Psychiatry (Ana Cárdenas, AAMC 16483027)",
       "Dear Ms. Pettit and Dr. Gresham,\n\nI'm writing to say how much I hope to interview with the UAMS "
       "psychiatry program. Your residents' work with the Arkansas psychiatric access line for rural primary "
       "care physicians is exactly the bridge between family medicine and psychiatry I have been trying to build "
       "in my own training.\n\nThank you for keeping me on your waitlist.\n\nSincerely,\nAna Lucía Cárdenas")
    d = D("2027-01-21")
    off = f"""Dear Ana,

Happy New Year! A spot has opened on our {full(d)} virtual interview day, and we would love for you to
take it. Please reply by Thursday, January 7 to let me know if you can join us.

{sig}"""
    m = coord("2027-01-05 09:15", "uams-psychiatry-interview-date-available", L, "invitation", c,
              "UAMS Psychiatry - Interview Date Available", off, idates=[d], deadline="2027-01-07",
              must=["University of Arkansas for Medical Sciences"])
    r = me("2027-01-05 09:48", "sent-re-uams-psychiatry-interview-date", L, "scheduled", c,
           "Re: UAMS Psychiatry - Interview Date Available",
           "Dear Ms. Pettit,\n\nHappy New Year to you too - and yes, I would be delighted to interview on Thursday, "
           "January 21. Thank you so much!\n\nAna", irt=m,
           quote=gmail_quote("2027-01-05 09:15", "Pettit, Lauren", c[1], body_of(m)), idates=[d])
    coord("2027-01-06 08:30", "re-uams-psychiatry-interview-confirmed", L, "scheduled", c,
          "RE: UAMS Psychiatry - Interview Date Available",
          f"Wonderful! You're confirmed for {wmd(d)}, 8:30 AM - 1:00 PM Central. The invitation attached has the "
          "Zoom link.\n\nLauren", irt=r, idates=[d],
          cal=ics("uams-psych-int-20270121-cardenas", at(d, "08:30"), 270, "UAMS Psychiatry Residency Interview",
                  "https://uams.zoom.us/j/95566101874", organizer=c, mode="tzid"))


def build():
    lsus_psy()
    lsuno_fm()
    ochsner_psy()
    tulane_psy()
    uams_fm()
    uams_psy()
