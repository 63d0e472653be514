"""Emergency Medicine programs (categorical; applications through ResidencyCAS)."""
from kit import (AZ, ET, MT, PT, UTC, ADDR, D, FIRST, NAME, SIG, SIG_SHORT, at, awmd, clock, coord, curly, e, full,
                 gquote, ical, mail, md, mdy, me, oquote, page, slash, wmd, wslash)
from plat import RC_URL, rcas, th_booked, th_invite, th_msg, th_remind

RCI = "ResidencyCAS Interview Portal"


# ------------------------------------------------------------------------------------ UCSF (San Francisco)
def ucsf():
    prog = "University of California, San Francisco - Emergency Medicine"
    dd = [D("2026-11-04"), D("2026-11-18"), D("2026-12-09")]
    th_invite("2026-10-15 15:00", "thalamus-invitation-ucsf-em", "ucsf-em", prog,
              ["The UCSF Emergency Medicine Residency is excited to invite you to interview! Our residents train "
               "at Zuckerberg San Francisco General Hospital and Trauma Center, UCSF Helen Diller Medical Center at "
               "Parnassus Heights and UCSF Benioff Children's Hospital.",
               "Interview days are virtual and include an optional evening hangout with residents."],
              dd, url="https://app.thalamusgme.com/applicant/invitations/ucsf-em-40025",
              deadline=("2026-10-19", "Monday, October 19, 2026 at 11:59 PM PT"),
              signer="UCSF EM Residency Leadership", must=["Zuckerberg San Francisco General Hospital"])
    d = dd[1]
    th_booked("2026-10-15 15:07", "thalamus-scheduled-ucsf-em", "ucsf-em", prog, d, "08:00", "13:00", "Virtual",
              "Zoom", uid="th-ucsfem-1118-ko")
    th_remind("2026-11-17 09:00", "thalamus-reminder-ucsf-em", "ucsf-em", prog, d, "08:00", "Virtual",
              "Zoom: https://ucsf.zoom.us/j/95550140118",
              extra="The optional resident hangout is tonight at 6:00 PM PT on the same link.")
    me("2026-11-18 18:30", "sent-thank-you-ucsf-em", "ucsf-em", "info",
       [("Jolene Whitford", "jolene.whitford@ucsf.edu")], "Thank you – UCSF EM interview",
       "Hi Jolene,\n\nThank you for a smooth interview day. I'd be grateful if you could pass my thanks to "
       "Dr. Rosales and the residents who stayed late on the hangout last night. Hearing how the program "
       "approaches care for unhoused patients at ZSFG is exactly why I went into EM.\n\nBest,\nKeala")


# ------------------------------------------------------------------------------------ UCSF Fresno
def fresno():
    c = ("Rosalind Tavares", "rosalind.tavares@fresno.ucsf.edu")
    dd = [D("2026-11-13"), D("2026-12-04"), D("2026-12-18")]
    t = f"""Dear Keala,

Congratulations! The Emergency Medicine Residency at UCSF Fresno would like to invite you to interview. Our
program is based at Community Regional Medical Center in downtown Fresno, the only Level I trauma center
between Sacramento and Los Angeles, and is part of the UCSF Fresno Medical Education Program.

Please note: we are a separate program from the UCSF EM residency in San Francisco, with our own interview
days and our own NRMP code.

Our virtual interview dates are:
  {wmd(dd[0])}
  {wmd(dd[1])}
  {wmd(dd[2])}

Reply to this e-mail with your preferred date (and a backup) by Wednesday, October 28.

Sincerely,
Rosalind Tavares
Residency Program Coordinator, Emergency Medicine
UCSF Fresno | Community Regional Medical Center
155 N. Fresno St., Fresno, CA 93701 | (559) 555-0176"""
    m = coord("2026-10-23 10:48", "ucsf-fresno-em-interview-invitation", "fresno-em", "invitation", c,
              "UCSF Fresno Emergency Medicine – Interview Invitation", t, idates=dd, deadline="2026-10-28",
              must=["Community Regional Medical Center"])
    d = dd[1]
    r = me("2026-10-23 12:02", "sent-re-ucsf-fresno-em-interview-invitation", "fresno-em", "scheduled", c,
           "Re: UCSF Fresno Emergency Medicine – Interview Invitation",
           "Hello Ms. Tavares,\n\nThank you so much for the invitation! I would like to interview on Friday, "
           "December 4. If that date is full, Friday, December 18 would be my backup.\n\nBest regards,\nKeala",
           irt=m, quote=gquote("2026-10-23 10:48", *c, curly(t)), idates=[d])
    t2 = """Hi Keala,

You are confirmed for Friday, December 4. I have attached a calendar invitation; the Zoom link and schedule
will come the day before.

Rosalind"""
    coord("2026-10-26 08:15", "re-ucsf-fresno-em-confirmed", "fresno-em", "scheduled", c,
          "RE: UCSF Fresno Emergency Medicine – Interview Invitation", t2, irt=r, idates=[d],
          cal=ical("ucsffresno-em-1204-ostrander", at(d, "08:00"), 300, "UCSF Fresno EM Interview (virtual)", "Zoom",
                   "Emergency Medicine interview day", organizer=c, mode="floating",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    t3 = """Hi Keala,

Tomorrow's the day! Your Zoom link is https://ucsf.zoom.us/j/95550602113 (please join at 7:45).

8:00  Welcome – Dr. Aguilar-Nunn
8:30  Faculty interviews (3)
10:15 Virtual ride-along with our helicopter team (Skylife)
11:00 Residents only
12:30 Wrap-up

See you in the morning!
Rosalind"""
    coord("2026-12-03 13:40", "ucsf-fresno-em-zoom-tomorrow", "fresno-em", "reminder", c,
          "Tomorrow: UCSF Fresno EM interview day", t3, idates=[d])


# ------------------------------------------------------------------------------------ UC Davis EM
def ucd_em():
    prog = "UC Davis Health Emergency Medicine Residency"
    dd = [D("2026-11-05"), D("2026-12-02"), D("2026-12-17")]
    rcas("2026-10-20 11:00", "residencycas-interview-invitation-uc-davis-em", "ucd-em", "invitation", prog,
         "Interview Invitation – UC Davis Health Emergency Medicine Residency",
         ["Congratulations! UC Davis Health Emergency Medicine Residency has invited you to interview.",
          "Log in to the ResidencyCAS Interview Portal to accept the invitation and reserve one of the available "
          "sessions. Invitations not accepted within 5 days will expire.",
          "Available sessions: " + "; ".join(full(x) for x in dd) + " (all virtual, 8:00 AM – 1:00 PM PT)."],
         btn=(RC_URL, "Go to Interview Portal"), idates=dd, deadline="2026-10-25")
    d = dd[1]
    rcas("2026-10-20 11:34", "residencycas-interview-confirmed-uc-davis-em", "ucd-em", "scheduled", prog,
         "Interview Confirmed – UC Davis Health Emergency Medicine Residency",
         ["Your interview has been scheduled."],
         rows=[("Program", prog), ("Date", full(d)), ("Time", "8:00 AM – 1:00 PM (Pacific Time)"),
               ("Format", "Virtual")],
         btn=(RC_URL, "View in Interview Portal"), idates=[d])
    c = ("Harper Lindgren", "hlindgren@health.ucdavis.edu")
    t = f"""Hi Keala,

We can't wait to meet you next week! A few notes for your interview with UC Davis Emergency Medicine on
Wednesday, December 2:

* Resident social: Tuesday, December 1 at 7:00 p.m. PT (Zoom – link below). Totally optional and no
  evaluations happen there.
  https://ucdavis.zoom.us/j/95550884312
* Interview-day Zoom link and your schedule will come the morning of.
* Second look: we host an optional in-person open house in Sacramento on Friday, January 29 for anyone who
  has interviewed. It has no bearing on your rank.

UC Davis Medical Center is the region's only Level I trauma center for adults and children, and our residents
also work at UC Davis Children's Hospital.

Harper Lindgren
Program Coordinator | Department of Emergency Medicine
UC Davis Health | 4150 V Street, Suite 2100, Sacramento, CA 95817"""
    coord("2026-11-25 10:10", "uc-davis-em-social-and-second-look", "ucd-em", "info", c,
          "UC Davis EM – social, interview day and second look", t, idates=[d],
          must=["UC Davis Children's Hospital"])


# ------------------------------------------------------------------------------------ UCLA (waitlist -> invite)
def ucla():
    prog = "UCLA Ronald Reagan / Olive View Emergency Medicine Residency"
    rcas("2026-10-30 13:17", "residencycas-waitlist-ucla-em", "ucla-em", "waitlist", prog,
         "Interview Waitlist – UCLA Ronald Reagan / Olive View Emergency Medicine Residency",
         ["Thank you for applying to our program. At this time all of our interview sessions are full.",
          "We have added you to our interview waitlist. If a session becomes available you will receive an e-mail "
          "from ResidencyCAS and will have 48 hours to accept it in the Interview Portal.",
          "Our waitlist is not ranked; openings are offered to waitlisted applicants at our discretion."],
         btn=(RC_URL, "View in Interview Portal"))
    c = ("Mireille Okafor", "mokafor@mednet.ucla.edu")
    me("2026-12-01 07:40", "sent-letter-of-interest-ucla-em", "ucla-em", "info", c,
       "Continued interest – Keala Ostrander (UCLA EM waitlist)",
       "Dear Ms. Okafor and Dr. Hayashi,\n\nI'm writing to say how much I would still value the chance to "
       "interview with UCLA Emergency Medicine. The combination of Ronald Reagan's quaternary referral "
       "population and Olive View's county patients is the two-hospital training I've been looking for, and "
       "your ultrasound fellowship faculty are the reason I started scanning in my second year.\n\nI have "
       "flexibility for any remaining date, including late January.\n\nThank you for your time,\nKeala Ostrander")
    d = D("2027-01-13")
    rcas("2026-12-15 09:00", "residencycas-interview-available-ucla-em", "ucla-em", "invitation", prog,
         "Interview Invitation – UCLA Ronald Reagan / Olive View Emergency Medicine Residency",
         ["An interview session has become available and the program is offering it to you.",
          f"Session: {full(d)}, 8:00 AM – 1:30 PM PT (virtual).",
          "Please accept or decline in the Interview Portal within 48 hours (by December 17, 2026 at 9:00 AM PT). "
          "If you do not respond, the session will be offered to another applicant."],
         btn=(RC_URL, "Respond Now"), idates=[d], deadline="2026-12-17")
    rcas("2026-12-15 09:21", "residencycas-interview-confirmed-ucla-em", "ucla-em", "scheduled", prog,
         "Interview Confirmed – UCLA Ronald Reagan / Olive View Emergency Medicine Residency",
         ["Your interview has been scheduled."],
         rows=[("Program", prog), ("Date", full(d)), ("Time", "8:00 AM – 1:30 PM (Pacific Time)"),
               ("Format", "Virtual")], btn=(RC_URL, "View in Interview Portal"), idates=[d])
    t = """Hello Keala,

We are so glad it worked out to have you join us on Wednesday, January 13! Here is your schedule and the link.

Zoom: https://uclahs.zoom.us/j/95550313007 (passcode: bruinEM)

7:45  Log on, tech check
8:00  Welcome – Dr. Sato Hayashi, Program Director
8:30  Interviews (3 faculty, 1 chief resident)
10:30 Olive View–UCLA Medical Center and Ronald Reagan UCLA Medical Center virtual walk-through
11:30 Lunch and "ask us anything" with residents
1:30  End

Warmly,
Mireille Okafor
Residency Program Coordinator
UCLA Health | Department of Emergency Medicine
924 Westwood Blvd., Suite 300, Los Angeles, CA 90024"""
    coord("2027-01-11 15:25", "ucla-em-interview-wednesday-schedule", "ucla-em", "reminder", c,
          "Your UCLA EM interview on Wednesday – schedule and Zoom", t, idates=[d],
          must=["Olive View–UCLA Medical Center", "Ronald Reagan UCLA Medical Center"])
    me("2027-01-13 16:44", "sent-thank-you-ucla-em", "ucla-em", "info", c, "Thank you – UCLA EM",
       "Dear Ms. Okafor,\n\nThank you for offering me the January 13 date from the waitlist and for such a "
       "well-run day. Please thank Dr. Hayashi and the residents for me; the Olive View walk-through sold me "
       "on county EM all over again.\n\nSincerely,\nKeala")


# ------------------------------------------------------------------------------------ Harbor-UCLA EM
def harbor():
    c = ("Tomasa Villegas", "tvillegas@dhs.lacounty.gov")
    dd = [D("2026-11-12"), D("2026-12-10"), D("2027-01-14")]
    t = f"""Dear Keala,

The Department of Emergency Medicine at Harbor-UCLA Medical Center is delighted to invite you to interview for
our Emergency Medicine residency!

Harbor-UCLA is a Los Angeles County Department of Health Services hospital in Torrance and a teaching hospital
of the David Geffen School of Medicine at UCLA. (We are not the UCLA Ronald Reagan/Olive View program; that is
a separate residency.)

Interview days (virtual):
 1) {wmd(dd[0])}
 2) {wmd(dd[1])}
 3) {wmd(dd[2])}

Please reply to this e-mail with your first and second choice by Friday, October 30. Dates are assigned in the
order replies are received.

All the best,
Tomasa Villegas
Residency Coordinator | Department of Emergency Medicine
Harbor-UCLA Medical Center
1000 W. Carson St., Box 21, Torrance, CA 90509"""
    m = coord("2026-10-26 09:35", "harbor-ucla-em-interview-invitation", "harbor-em", "invitation", c,
              "Harbor-UCLA Emergency Medicine Interview Invitation", t, idates=dd, deadline="2026-10-30",
              must=["David Geffen School of Medicine at UCLA"])
    d = dd[0]
    r = me("2026-10-26 10:02", "sent-re-harbor-ucla-em-invitation", "harbor-em", "scheduled", c,
           "Re: Harbor-UCLA Emergency Medicine Interview Invitation",
           "Dear Ms. Villegas,\n\nThank you! My first choice is Thursday, November 12 and my second choice is "
           "Thursday, December 10.\n\nI'm really looking forward to it.\n\nKeala Ostrander",
           irt=m, quote=gquote("2026-10-26 09:35", *c, curly(t)), idates=[d])
    t2 = """Hi Keala,

You got your first choice – you're confirmed for Thursday, November 12. The schedule and Zoom link will go out
the day before.

Tomasa"""
    coord("2026-10-27 07:58", "re-harbor-ucla-em-confirmed", "harbor-em", "scheduled", c,
          "RE: Harbor-UCLA Emergency Medicine Interview Invitation", t2, irt=r, idates=[d])
    t3 = """Good afternoon, applicants!

We're excited to host you tomorrow, Thursday, November 12. Everyone uses the same main room:
https://lacounty.zoom.us/j/95550710512 (passcode 1000Carson)

7:45  Sign on
8:00  Welcome – Dr. Benavides, Program Director
8:30  Interviews (you'll be moved into breakout rooms)
11:00 Resident panel
12:00 Finish

Please keep your phone nearby in case of technical issues: (310) 555-0129.

Tomasa Villegas
Harbor-UCLA Medical Center – Emergency Medicine"""
    coord("2026-11-11 14:10", "harbor-ucla-em-tomorrow", "harbor-em", "reminder", c,
          "Tomorrow – Harbor-UCLA EM interview day", t3, idates=[d], bcc_hidden=True)


# ------------------------------------------------------------------------------------ LAC+USC (program moves session)
def lacusc():
    c = ("Danitza Robles", "drobles@dhs.lacounty.gov")
    dd = [D("2026-11-19"), D("2026-12-10"), D("2027-01-07")]
    t = f"""Hi Keala,

Great news – LAC+USC EM would like to interview you!

Our interview days are {wmd(dd[0])}, {wmd(dd[1])} and {wmd(dd[2])}, all on Zoom. Please pick a date in
Thalamus here: https://app.thalamusgme.com/applicant/invitations/lacusc-em-51177

A lot of applicants ask about the 4-year curriculum: yes, we're still 4 years, and yes, the extra year is worth
it. Come find out why.

Go Trojans,
Danitza

Danitza Robles
Program Coordinator, LAC+USC Emergency Medicine Residency
LAC+USC Medical Center | 1200 N. State St., Los Angeles, CA 90033"""
    coord("2026-10-29 11:20", "lac-usc-em-interview-invitation", "lacusc-em", "invitation", c,
          "LAC+USC EM – Interview Invitation!", t, idates=dd, must=["LAC+USC EM"])
    prog = "LAC+USC - Emergency Medicine"
    old, new = dd[1], D("2026-12-11")
    th_booked("2026-10-29 11:43", "thalamus-scheduled-lac-usc-em", "lacusc-em", prog, old, "07:45", "13:00",
              "Virtual", "Zoom", uid="th-lacuscem-ko")
    t2 = f"""Dear applicants scheduled for {wmd(old)},

Our department has a mandatory faculty retreat that was moved onto {wmd(old)}, so we need to move that
interview session by one day to Friday, December 11. The schedule and times are unchanged (7:45 a.m. –
1:00 p.m. PT).

We have already moved everyone in Thalamus, and you will receive an updated confirmation from Thalamus
shortly. If Friday does not work for you, reply to me and I will find you another date.

We apologize for the inconvenience!

Danitza Robles
Program Coordinator, LAC+USC Emergency Medicine Residency"""
    m = coord("2026-11-20 09:05", "lac-usc-em-session-moved", "lacusc-em", "scheduled", c,
              "IMPORTANT: LAC+USC EM interview date change (12/10 → 12/11)", t2, idates=[new], bcc_hidden=True,
              must=["12/10 → 12/11"])
    th_booked("2026-11-20 09:12", "thalamus-updated-lac-usc-em", "lacusc-em", prog, new, "07:45", "13:00",
              "Virtual", "Zoom", uid="th-lacuscem-ko", was=old, note="The program changed the date of this session.")
    me("2026-11-20 12:47", "sent-re-lac-usc-em-date-change", "lacusc-em", "info", c,
       "Re: IMPORTANT: LAC+USC EM interview date change (12/10 → 12/11)",
       "Hi Danitza,\n\nNo problem at all – Friday, December 11 works for me. Thanks for the heads-up!\n\nKeala",
       irt=m, quote=gquote("2026-11-20 09:05", *c, curly(t2)), idates=[new], sig=SIG_SHORT)


# ------------------------------------------------------------------------------------ UCI (abbreviation only; after as_of)
def uci():
    c = ("Kiana Nakashima", "knakash1@hs.uci.edu")
    dd = [D("2027-01-29"), D("2027-02-05")]
    t = f"""Hi Keala,

Thank you for your interest in UCI EM! Because of strong interest this year we have added two more interview
days, and we would love for you to join us on one of them:

  {wmd(dd[0])}
  {wmd(dd[1])}

Both are virtual, 8:00 a.m. – 12:30 p.m. PT. Please reply with the date that works best by Tuesday,
January 12.

Kiana Nakashima
Residency Coordinator | UCI Emergency Medicine
UCI Health | Orange, CA"""
    m = coord("2027-01-08 13:10", "uci-em-added-interview-days", "uci-em", "invitation", c,
              "UCI EM – interview invitation (added dates)", t, idates=dd, deadline="2027-01-12",
              must=["UCI EM", "UCI Health"])
    d = dd[1]
    r = me("2027-01-08 13:36", "sent-re-uci-em-interview-invitation", "uci-em", "scheduled", c,
           "Re: UCI EM – interview invitation (added dates)",
           "Hi Kiana,\n\nThank you, I'd be thrilled to join you! Friday, February 5 would be best for me.\n\n"
           "Best,\nKeala", irt=m, quote=gquote("2027-01-08 13:10", *c, curly(t)), idates=[d], sig=SIG_SHORT)
    coord("2027-01-11 08:50", "re-uci-em-confirmed-feb-5", "uci-em", "scheduled", c,
          "RE: UCI EM – interview invitation (added dates)",
          """Hi Keala,

You're all set for Friday, February 5. Calendar invite attached; I'll send the Zoom link the day before.

Kiana""", irt=r, idates=[d],
          cal=ical("uciem-20270205-ostrander", at(d, "08:00"), 270, "UCI EM Interview (virtual)", "Zoom",
                   "UCI Emergency Medicine interview day", organizer=c, mode="tzid",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    t3 = """Hi Keala,

Looking forward to tomorrow! Here is your Zoom link: https://uci.zoom.us/j/95550405515

Please log in by 7:45 a.m. Your interviewers are Dr. Parekh, Dr. Osterhout and our chief, Dr. Lam. We'll wrap up
with a virtual tour of the UCI Medical Center ED and the new UCI Health – Irvine campus.

Kiana"""
    coord("2027-02-04 09:30", "uci-em-zoom-link-tomorrow", "uci-em", "reminder", c,
          "Tomorrow! UCI EM interview Zoom link", t3, idates=[d])


# ------------------------------------------------------------------------------------ UC San Diego (declined)
def ucsd():
    prog = "UC San Diego Health – Emergency Medicine Residency"
    dd = [D("2026-11-09"), D("2026-12-07"), D("2027-01-11")]
    rcas("2026-10-22 12:00", "residencycas-interview-invitation-uc-san-diego-em", "ucsd-em", "invitation", prog,
         "Interview Invitation – UC San Diego Health – Emergency Medicine Residency",
         ["We are pleased to invite you to interview with the UC San Diego Health Emergency Medicine Residency.",
          "Please accept the invitation and choose a session in the ResidencyCAS Interview Portal within 4 days "
          "(by October 26, 2026).",
          "Sessions: " + "; ".join(full(x) for x in dd) + ". All sessions are virtual."],
         btn=(RC_URL, "Go to Interview Portal"), idates=dd, deadline="2026-10-26")
    c = ("UCSD EM Residency", "emresidency@health.ucsd.edu")
    me("2026-10-24 10:15", "sent-ucsd-em-declining-interview", "ucsd-em", "cancellation", c,
       "Declining interview invitation – Keala Ostrander",
       "Dear UC San Diego EM Residency team,\n\nThank you for the invitation to interview. I have declined it in "
       "the ResidencyCAS portal so that the session can go to someone else; my fiancé's job makes San Diego "
       "very unlikely for us, and I didn't want to take a spot I couldn't rank highly.\n\nThank you for "
       "considering my application.\n\nSincerely,\nKeala Ostrander")
    rcas("2026-10-24 10:09", "residencycas-invitation-declined-uc-san-diego-em", "ucsd-em", "cancellation", prog,
         "Interview Invitation Declined – UC San Diego Health – Emergency Medicine Residency",
         ["This confirms that you declined the interview invitation from UC San Diego Health – Emergency "
          "Medicine Residency. The program has been notified.",
          "Declined invitations cannot be reinstated through the portal. Please contact the program directly if "
          "you declined in error."])


# ------------------------------------------------------------------------------------ RUHS (she cancels)
def ruhs():
    prog = "Riverside University Health System – Emergency Medicine Residency"
    dd = [D("2026-12-15"), D("2027-01-19")]
    rcas("2026-10-27 14:30", "residencycas-interview-invitation-ruhs-em", "ruhs-em", "invitation", prog,
         "Interview Invitation – Riverside University Health System – Emergency Medicine Residency",
         ["Riverside University Health System – Medical Center (Moreno Valley), in partnership with the UC "
          "Riverside School of Medicine, invites you to interview for its Emergency Medicine Residency.",
          "Sessions: " + "; ".join(full(x) for x in dd) + ". Virtual, 8:00 AM – 12:30 PM PT.",
          "Please accept within 5 days."],
         btn=(RC_URL, "Go to Interview Portal"), idates=dd, deadline="2026-11-01",
         must=["UC Riverside School of Medicine"])
    d = dd[0]
    rcas("2026-10-27 15:02", "residencycas-interview-confirmed-ruhs-em", "ruhs-em", "scheduled", prog,
         "Interview Confirmed – Riverside University Health System – Emergency Medicine Residency",
         ["Your interview has been scheduled."],
         rows=[("Program", prog), ("Date", full(d)), ("Time", "8:00 AM – 12:30 PM (Pacific Time)"),
               ("Format", "Virtual")], btn=(RC_URL, "View in Interview Portal"), idates=[d])
    rcas("2026-12-03 17:52", "residencycas-interview-cancelled-ruhs-em", "ruhs-em", "cancellation", prog,
         "Interview Cancelled – Riverside University Health System – Emergency Medicine Residency",
         ["Your interview scheduled for " + full(d) + " has been cancelled at your request.",
          "The program has been notified. If you would like to interview on a different date, please contact the "
          "program."])
    me("2026-12-03 18:05", "sent-ruhs-em-cancelling-interview", "ruhs-em", "cancellation",
       ("Celeste Arreola", "c.arreola@ruhealth.org"), "Cancelling my interview on December 15",
       "Dear Ms. Arreola,\n\nI'm writing to let you know that I cancelled my December 15 interview with RUHS "
       "Emergency Medicine in ResidencyCAS this evening. I've reached the number of interviews my advisor and "
       "I agreed on and wanted to free the slot with enough notice for another applicant.\n\nThank you and "
       "Dr. Ilesanmi for the invitation – I learned a lot about your program from the open house in "
       "September.\n\nSincerely,\nKeala Ostrander")


# ------------------------------------------------------------------------------------ Stanford EM (she moves)
def stanford():
    prog = "Stanford Health Care - Emergency Medicine"
    dd = [D("2026-11-23"), D("2026-12-09"), D("2027-01-04")]
    th_invite("2026-10-19 16:00", "thalamus-invitation-stanford-em", "stanford-em", prog,
              ["On behalf of the Stanford Emergency Medicine Residency, we are pleased to invite you to interview. "
               "Residents train at Stanford Hospital in Palo Alto and Lucile Packard Children's Hospital Stanford, "
               "with community and county rotations at Santa Clara Valley Medical Center and Kaiser Permanente "
               "Santa Clara Medical Center.",
               "Thank you for your signal; we read every one."],
              dd, url="https://app.thalamusgme.com/applicant/invitations/stanford-em-62208",
              deadline=("2026-10-23", "Friday, October 23, 2026"), must=["Lucile Packard Children's Hospital"])
    old, new = dd[0], dd[1]
    th_booked("2026-10-19 16:05", "thalamus-scheduled-stanford-em", "stanford-em", prog, old, "08:00", "13:00",
              "Virtual", "Zoom", uid="th-stanem-ko")
    c = ("Bettina Sørlie", "bsorlie@stanford.edu")
    q = ("Dear Ms. Sørlie,\n\nI'm scheduled to interview with Stanford EM on Monday, November 23. My ICU "
         "sub-internship call schedule just came out and I am on a 24-hour call that day that I haven't been able "
         "to swap. Thalamus shows space on Wednesday, December 9 – would it be possible to move me to that date? I'm happy to do whatever "
         "is easiest on your end.\n\nThank you very much,\nKeala Ostrander")
    r = me("2026-11-09 20:14", "sent-stanford-em-request-date-change", "stanford-em", "info", c,
           "Request to change interview date – Keala Ostrander", q, idates=[new])
    t = """Hi Keala,

Of course – I've moved you to Wednesday, December 9 in Thalamus. You should get an updated confirmation
e-mail from them shortly. Good luck with the ICU month!

Bettina

Bettina Sørlie
Residency Program Manager | Department of Emergency Medicine
Stanford University School of Medicine
900 Welch Road, Suite 350, Palo Alto, CA 94304"""
    coord("2026-11-10 08:36", "re-stanford-em-date-change", "stanford-em", "scheduled", c,
          "RE: Request to change interview date – Keala Ostrander", t + oquote(
              "2026-11-09 20:14", NAME, ADDR, "Sørlie, Bettina", "Request to change interview date – Keala Ostrander",
              q), irt=r, idates=[new], must=["Bettina Sørlie"])
    th_booked("2026-11-10 08:41", "thalamus-updated-stanford-em", "stanford-em", prog, new, "08:00", "13:00",
              "Virtual", "Zoom", uid="th-stanem-ko", was=old)
    th_remind("2026-12-08 09:00", "thalamus-reminder-stanford-em", "stanford-em", prog, new, "08:00", "Virtual",
              "Zoom: https://stanford.zoom.us/j/95550866240")


# ------------------------------------------------------------------------------------ Highland (Google Form)
def highland():
    c = ("Odalys Fuentes", "ofuentes@alamedahealthsystem.org")
    dd = [D("2026-11-17"), D("2026-12-01"), D("2026-12-15")]
    form = "https://docs.google.com/forms/d/e/1FAIpQLSe_HighlandEM2027_Interview/viewform"
    t = f"""Hello Keala,

Congratulations! On behalf of the Emergency Medicine Residency at Alameda Health System – Highland Hospital,
I'm excited to invite you to interview with us.

Our virtual interview days this season are Tuesdays: {md(dd[0])}, {md(dd[1])} and {md(dd[2])}.

To schedule, please fill out this short Google Form with your ranked date preferences by Friday,
November 6: {form}

We'll confirm your date by e-mail within a week. Highland is a county safety-net hospital in Oakland and the
region's trauma center for the East Bay; our residents also rotate at UCSF Benioff Children's Hospital
Oakland and Kaiser Permanente Oakland.

Warmly,
Odalys Fuentes
Residency Coordinator, Emergency Medicine
Alameda Health System – Highland Hospital
1411 E. 31st St., Oakland, CA 94602"""
    coord("2026-11-02 10:25", "highland-em-interview-invitation", "highland-em", "invitation", c,
          "Highland EM Interview Invitation 2026-2027", t, idates=dd, deadline="2026-11-06",
          must=["Alameda Health System – Highland Hospital"])
    d = dd[1]
    gt = f"""Thanks for filling out Highland EM – Interview Date Preference 2026-27

Here's what was received.

Full name *
Keala Ostrander

AAMC ID / ResidencyCAS ID *
17730518

First choice *
Tuesday, December 1

Second choice
Tuesday, December 15

Third choice
Tuesday, November 17

Anything we should know?
Thank you so much for the invitation!

Create your own Google Form
Google Forms: Create and analyze surveys."""
    h = page([e(x) for x in gt.split("\n\n")], brand='<b style="color:#673ab7;font-size:18px">Google Forms</b>',
             accent="#673ab7")
    mail("2026-11-02 11:48", "google-forms-highland-em-date-preference", "highland-em", "info",
         ("Google Forms", "forms-receipts-noreply@google.com"),
         "Your response to Highland EM – Interview Date Preference 2026-27", gt, h, tz=PT, idates=[d])
    t2 = """Hi Keala,

Thank you for submitting your preferences. We are happy to confirm your interview on your first-choice day,
Tuesday, December 1 (virtual, 8:00 a.m. to 1:00 p.m.). A calendar hold is attached; the Zoom link will come
the day before.

Odalys"""
    coord("2026-11-09 16:33", "highland-em-interview-confirmation", "highland-em", "scheduled", c,
          "Highland EM – Interview Confirmation", t2, idates=[d],
          cal=ical("highland-em-1201-ko", at(d, "08:00"), 300, "Highland EM Interview", "Zoom",
                   "Alameda Health System – Highland Hospital EM interview", organizer=c, mode="floating",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    t3 = """Hi Keala!

We're excited to host you tomorrow. Zoom: https://alamedahealthsystem.zoom.us/j/95550187731

Remember to bring your questions for the resident panel – it's the part everyone says they remember.

See you at 7:45 (Pacific) for sign-on,
Odalys"""
    coord("2026-11-30 12:15", "highland-em-see-you-tomorrow", "highland-em", "reminder", c,
          "Highland EM – see you tomorrow!", t3, html=False, idates=[d])


# ------------------------------------------------------------------------------------ Kern Medical (unanswered)
def kern():
    prog = "Kern Medical – Emergency Medicine Residency"
    dd = [D("2027-02-10"), D("2027-02-11")]
    rcas("2027-02-03 15:00", "residencycas-interview-invitation-kern-medical-em", "kern-em", "invitation", prog,
         "Interview Invitation – Kern Medical – Emergency Medicine Residency",
         ["Kern Medical in Bakersfield, California, invites you to interview for its Emergency Medicine Residency. "
          "We have opened two final interview sessions for this season.",
          "Sessions: " + "; ".join(full(x) for x in dd) + ". Virtual, 9:00 AM – 1:00 PM PT.",
          "Please respond in the Interview Portal by Sunday, February 7, 2027."],
         btn=(RC_URL, "Go to Interview Portal"), idates=dd, deadline="2027-02-07")


# ------------------------------------------------------------------------------------ OHSU (abbreviation only; OOO)
def ohsu():
    prog = "OHSU - Emergency Medicine"
    dd = [D("2026-11-16"), D("2026-12-07"), D("2027-01-11")]
    th_invite("2026-10-21 17:30", "thalamus-invitation-ohsu-em", "ohsu-em", prog,
              ["OHSU Emergency Medicine is pleased to invite you to interview for the 2027 residency class. "
               "All interview days are virtual and include time with residents without faculty present."],
              dd, url="https://app.thalamusgme.com/applicant/invitations/ohsu-em-70316",
              deadline=("2026-10-26", "Monday, October 26, 2026"))
    d = dd[1]
    th_booked("2026-10-21 19:02", "thalamus-scheduled-ohsu-em", "ohsu-em", prog, d, "08:30", "13:30", "Virtual",
              "Webex", uid="th-ohsuem-1207-ko", icsmode="tzid")
    c = ("Mackenzie Dale", "dalem@ohsu.edu")
    t = """Hi Keala,

Thanks for scheduling with OHSU EM! Your interview day is Monday, December 7. Here's a preview:

• Pre-interview trivia night (optional): Sunday, December 6, 6 p.m. PT on Webex
• Interview day 8:30 a.m. – 1:30 p.m. PT on Webex; the link comes Friday
• Two faculty interviews plus one with a senior resident
• Closing session with our PD and a Q&A about Portland and the Pacific Northwest

Cheers,
Mackenzie Dale
Residency Coordinator, OHSU Emergency Medicine
Portland, OR"""
    coord("2026-12-01 11:11", "ohsu-em-interview-day-preview", "ohsu-em", "info", c,
          "OHSU EM interview day preview (12/7)", t, idates=[d], must=["OHSU Emergency Medicine"])
    ty = ("Hi Mackenzie,\n\nThank you for a great interview day! I loved the trivia night and the resident "
          "session. Please pass along my thanks to Dr. Freund and the senior residents.\n\nBest,\nKeala")
    r = me("2026-12-07 17:02", "sent-thank-you-ohsu-em", "ohsu-em", "info", c, "Thank you – OHSU EM", ty)
    mail("2026-12-07 17:03", "automatic-reply-ohsu-em-coordinator", "ohsu-em", "other", c,
         "Automatic reply: Thank you – OHSU EM",
         "Thank you for your message. I am out of the office Tuesday, December 8 through Friday, December 11 "
         "with limited access to e-mail. I will respond when I return on Monday, December 14.\n\n"
         "For urgent matters regarding OHSU EM interviews, please e-mail emres@ohsu.edu.\n\nMackenzie Dale\n",
         irt=r, headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# ------------------------------------------------------------------------------------ UW EM (waitlist -> release)
def uw():
    prog = "UW Emergency Medicine Residency"
    rcas("2026-11-03 14:45", "residencycas-waitlist-uw-em", "uw-em", "waitlist", prog,
         "Interview Waitlist – UW Emergency Medicine Residency",
         ["Thank you for applying to UW Emergency Medicine. Our interview sessions are currently full, and we "
          "have placed you on our interview waitlist.",
          "If a session opens, it will be offered through the ResidencyCAS Interview Portal. Waitlisted "
          "applicants do not need to contact the program."])
    c = ("UW EM Residency", "uwemres@uw.edu")
    me("2026-12-02 21:30", "sent-letter-of-interest-uw-em", "uw-em", "info", c,
       "Letter of interest – Keala Ostrander",
       "Dear Dr. Tran and the UW EM selection committee,\n\nI know the note said waitlisted applicants don't "
       "need to write, so I'll be brief: Seattle is where my partner and I hope to build our lives, and UW EM "
       "is my top choice in the Northwest. My SLOE from my trauma elective at Renown and my work with Reno's "
       "mobile crisis team both point the same direction.\n\nIf anything opens up, I'll take "
       "it.\n\nWith gratitude,\nKeala Ostrander")
    t = """Dear applicants,

We have now completed all interviews for the 2026–2027 season. We are releasing everyone remaining on our
interview waitlist, and we will not be able to offer additional interviews this year.

Thank you for your patience and for your interest in UW EM. We wish you the best in the Match.

UW Emergency Medicine Residency
Seattle, WA"""
    coord("2027-01-12 15:00", "uw-em-waitlist-release", "uw-em", "rejection", c,
          "UW EM – interview waitlist update", t, html=False, bcc_hidden=True)


# ------------------------------------------------------------------------------------ UNLV (abbreviation only)
def unlv():
    prog = "UNLV Emergency Medicine Residency"
    dd = [D("2026-12-01"), D("2027-01-05"), D("2027-01-19")]
    rcas("2026-11-06 12:30", "residencycas-interview-invitation-unlv-em", "unlv-em", "invitation", prog,
         "Interview Invitation – UNLV Emergency Medicine Residency",
         ["The UNLV Emergency Medicine Residency in Las Vegas is excited to invite you to interview! As a Nevada "
          "applicant, thank you for thinking of us.",
          "Sessions: " + "; ".join(full(x) for x in dd) + ". Virtual, 8:00 AM – 12:30 PM PT.",
          "Please accept and choose a session within 5 days."],
         btn=(RC_URL, "Go to Interview Portal"), idates=dd, deadline="2026-11-11")
    d = dd[1]
    rcas("2026-11-06 13:05", "residencycas-interview-confirmed-unlv-em", "unlv-em", "scheduled", prog,
         "Interview Confirmed – UNLV Emergency Medicine Residency",
         ["Your interview has been scheduled."],
         rows=[("Program", prog), ("Date", full(d)), ("Time", "8:00 AM – 12:30 PM (Pacific Time)"),
               ("Format", "Virtual")], btn=(RC_URL, "View in Interview Portal"), idates=[d])
    t = """Hey Keala,

Happy New Year! We're looking forward to seeing you tomorrow. Zoom: https://unlv.zoom.us/j/95550551900

Since you're a UNR Med student, you'll probably recognize a couple of our PGY-2s – they asked me to say hi.
We'll talk about our shifts at UMC's trauma center and the new pediatric ED.

Jasmine Oduya
Program Coordinator | UNLV Emergency Medicine
Las Vegas, NV"""
    coord("2027-01-04 10:05", "unlv-em-see-you-tomorrow", "unlv-em", "reminder",
          ("Jasmine Oduya", "jasmine.oduya@unlv.edu"), "UNLV EM – tomorrow's Zoom", t, idates=[d])


# ------------------------------------------------------------------------------------ Banner EM (Phoenix, Tucson)
def banner_em():
    c = ("Trevor Yellowhorse", "trevor.yellowhorse@bannerhealth.com")
    dd = [D("2026-12-11"), D("2027-01-08"), D("2027-01-22")]
    t = f"""Dear Keala,

The Emergency Medicine Residency at Banner – University Medical Center Phoenix is pleased to invite you to
interview! We are a 3-year program with a busy, high-acuity department in central Phoenix, affiliated with the
University of Arizona College of Medicine – Phoenix.

Your invitation is waiting in the ResidencyCAS Interview Portal; please select one of these Fridays there:
{wmd(dd[0])}, {wmd(dd[1])} or {wmd(dd[2])}.

Just so there's no confusion: Banner – University Medical Center Tucson runs its own EM residency and its own
interviews, and our Internal Medicine colleagues here in Phoenix schedule separately as well.

Best regards,
Trevor Yellowhorse
Program Coordinator, Emergency Medicine Residency
Banner – University Medical Center Phoenix
1111 E. McDowell Rd., Phoenix, AZ 85006"""
    coord("2026-11-11 09:00", "banner-phoenix-em-interview-invitation", "bphx-em", "invitation", c,
          "Interview Invitation – Banner UMC Phoenix Emergency Medicine", t, tz=AZ, idates=dd,
          must=["Banner – University Medical Center Phoenix"])
    prog = "Banner University Medical Center Phoenix - Emergency Medicine"
    d = dd[1]
    rcas("2026-11-11 13:40", "residencycas-interview-confirmed-banner-phoenix-em", "bphx-em", "scheduled", prog,
         "Interview Confirmed – Banner University Medical Center Phoenix - Emergency Medicine",
         ["Your interview has been scheduled."],
         rows=[("Program", prog), ("Date", full(d)), ("Time", "8:00 AM – 1:00 PM (Arizona Time)"),
               ("Format", "Virtual")], btn=(RC_URL, "View in Interview Portal"), idates=[d])
    t2 = f"""Hi Keala,

Just a reminder that your virtual interview with Banner – University Medical Center Phoenix Emergency Medicine
is tomorrow, {wmd(d)}, starting at 8:00 a.m. Arizona time (7:00 a.m. Pacific).

Zoom: https://arizona.zoom.us/j/95550236640

Trevor"""
    coord("2027-01-07 10:20", "banner-phoenix-em-reminder-tomorrow", "bphx-em", "reminder", c,
          "Reminder – BUMCP EM interview tomorrow", t2, tz=AZ, idates=[d])

    prog2 = "Banner – University Medical Center Tucson Emergency Medicine Residency"
    rcas("2026-11-16 16:00", "residencycas-application-status-banner-tucson-em", "btuc-em", "rejection", prog2,
         "Application Update – Banner – University Medical Center Tucson Emergency Medicine Residency",
         ["Thank you for applying to the Emergency Medicine Residency at Banner – University Medical Center Tucson "
          "and the University of Arizona College of Medicine – Tucson.",
          "We have completed our review, and we are sorry to tell you that we will not be extending an interview "
          "to you this season. We received far more strong applications than we have interview positions.",
          "We wish you success in the Match."])


# ------------------------------------------------------------------------------------ Valleywise (rotated there)
def valleywise():
    c = ("Dolores Quiñones", "dolores.quinones@valleywisehealth.org")
    dd = [D("2026-11-10"), D("2026-11-24"), D("2026-12-15")]
    t = f"""Dear Keala,

It was a pleasure having you in our department for your away rotation in August – several of our faculty
mentioned you by name when your application came up! On behalf of Dr. Ruiz-Castañeda, I am happy to invite you
to interview with the Emergency Medicine Residency at Valleywise Health Medical Center (formerly Maricopa
Medical Center).

As a reminder, our residents are part of the Creighton University Arizona Health Education Alliance and rotate
at Valleywise Health Medical Center, Phoenix Children's and the Arizona Burn Center.

Interview days (virtual):
  {wmd(dd[0])}
  {wmd(dd[1])}
  {wmd(dd[2])}

Please reply with your preferred date. Since you already know us, you're welcome to skip the virtual tour
portion.

Warm regards,
Dolores Quiñones
Residency Program Coordinator | Emergency Medicine
Valleywise Health Medical Center
2601 E. Roosevelt St., Phoenix, AZ 85008"""
    m = coord("2026-10-16 08:45", "valleywise-em-interview-invitation", "valleywise-em", "invitation", c,
              "Valleywise Health Emergency Medicine – Interview Invitation", t, tz=AZ, idates=dd,
              must=["formerly Maricopa Medical Center", "Arizona Burn Center"])
    d = dd[1]
    r = me("2026-10-16 12:20", "sent-re-valleywise-em-invitation", "valleywise-em", "scheduled", c,
           "Re: Valleywise Health Emergency Medicine – Interview Invitation",
           "Dear Ms. Quiñones,\n\nThank you so much – that is so kind to hear! August in your ED was the best "
           "month of my fourth year. I would like to interview on Tuesday, November 24, please.\n\nWarmly,\nKeala",
           irt=m, quote=gquote("2026-10-16 08:45", *c, curly(t)), idates=[d])
    coord("2026-10-19 07:30", "re-valleywise-em-confirmed", "valleywise-em", "scheduled", c,
          "RE: Valleywise Health Emergency Medicine – Interview Invitation",
          """Good morning Keala,

You are confirmed for Tuesday, November 24. We'll send the Zoom link and the day's agenda the day before.

Dolores""", tz=AZ, irt=r, idates=[d])
    t2 = """Hi Keala,

See you tomorrow, Tuesday, November 24 at 8:00 a.m. Arizona time (7:00 a.m. Pacific – remember we
don't do daylight saving).

Zoom: https://valleywisehealth.zoom.us/j/95550720224

Also, save the date: our optional in-person second look is Friday, January 22, 2027 – a shift-shadow morning
and lunch with residents. It is not part of the interview and not required.

Dolores"""
    coord("2026-11-23 11:15", "valleywise-em-zoom-tomorrow", "valleywise-em", "reminder", c,
          "Tomorrow – Valleywise EM interview", t2, tz=AZ, idates=[d])
    me("2026-11-24 14:58", "sent-thank-you-valleywise-em", "valleywise-em", "info", c,
       "Thank you from Keala Ostrander",
       "Dear Ms. Quiñones,\n\nThank you for coordinating today – it felt like coming back to a familiar place. "
       "Please thank Dr. Ruiz-Castañeda for me; I'm hoping to come to the second look on January 22.\n\n"
       "Gratefully,\nKeala")


# ------------------------------------------------------------------------------------ Utah EM (rejection)
def utah():
    t = """Dear Keala,

Thank you for your interest in the University of Utah Health Emergency Medicine Residency Program.

Our interview season is now full, and we will not be able to invite you to interview this cycle. Please know
that this was a difficult process with many highly qualified applicants from across the Mountain West.

We wish you the very best in your career.

Sincerely,
Emergency Medicine Residency Program
University of Utah Health | 30 N. Mario Capecchi Dr., Salt Lake City, UT 84112"""
    coord("2026-11-19 16:20", "university-of-utah-em-application-status", "utah-em", "rejection",
          ("U of U EM Residency", "em.residency@hsc.utah.edu"), "Your application to University of Utah EM", t,
          tz=MT, html=False)


def build():
    ucsf()
    fresno()
    ucd_em()
    ucla()
    harbor()
    lacusc()
    uci()
    ucsd()
    ruhs()
    stanford()
    highland()
    kern()
    ohsu()
    uw()
    unlv()
    banner_em()
    valleywise()
    utah()
