"""Connecticut and Rhode Island: Yale New Haven Health (Yale, Bridgeport), UConn / Hartford HealthCare, Danbury
(Northwell, formerly Nuvance), Women & Infants."""
from kit import (D, ET, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, abbr, abbry, coord, dslash, gquote, ics, long,
                 longn, mail, md, mdy, me, oquote, slash, slashy, clock, page, esc, button, kv, fwd_outlook)
from plat import TH, th_invite, th_booked, th_remind, th_msg, rc, ib, eras, PT, UTC


def yale():
    c = ("Yale Surgery Residency", "surgery.residency@yale.edu")
    t = """Dear Camille,

Thank you for your application to the General Surgery Residency at Yale New Haven Hospital and the Yale School of
Medicine. We appreciate the time and care that went into it.

Unfortunately, we are unable to offer you an interview at this time. Because of the strength of your application,
however, we have placed you on our alternate list. Should an interview date become available, we will reach out
to you by e-mail, so please check your inbox (including spam) regularly.

We recognize that this is not the news you were hoping for, and we thank you for your patience.

Sincerely,
The Yale General Surgery Residency Program
Department of Surgery | Yale School of Medicine | Yale New Haven Hospital
330 Cedar Street, FMB 102 | New Haven, CT 06510"""
    m1 = coord("2026-11-05 17:15", "yale-general-surgery-application-status", "yale-surg", "waitlist", c,
               "Yale General Surgery Residency - Application Status", t, must=["placed you on our alternate list"])
    me("2026-12-07 07:50", "sent-letter-of-interest-yale-surgery", "yale-surg", "info", c,
       "Letter of continued interest - Camille Szabo",
       "Dear Dr. Castellanos and the Yale General Surgery selection committee,\n\nThank you for keeping me on your "
       "alternate list. I wanted to write to let you know that Yale remains one of my top choices. Since applying, "
       "I finished a surgical critical care elective and presented our acute care surgery quality project at the "
       "Vermont chapter meeting of the ACS.\n\nThe program's commitment to the Saint Raphael campus community and "
       "to resident-led global surgery work is exactly where I hope to train. If an interview date opens, I will "
       "make myself available on any day.\n\nThank you for your consideration,\nCamille Szabo")
    coord("2027-01-14 16:00", "yale-general-surgery-alternate-list-update", "yale-surg", "rejection", c,
          "Yale General Surgery Residency - Alternate List Update", """Dear Applicant,

We are writing to everyone on our alternate list to let you know that our interview season has now concluded and
all interview positions have been filled. We are therefore releasing our alternate list and will not be able to
offer additional interviews this year.

We are grateful for your interest in Yale and wish you every success in the Match.

Sincerely,
Yale General Surgery Residency Program""", to="undisclosed-recipients:;", must=["releasing our alternate list"])

    # ---------------------------------------------------------------- Yale OB/GYN via Thalamus
    prog = "Yale New Haven Hospital - Obstetrics, Gynecology & Reproductive Sciences"
    od = [D("2026-11-13"), D("2026-12-11"), D("2027-01-08")]
    th_invite("2026-10-20 12:20", "thalamus-invitation-yale-obgyn", "yale-obgyn", prog,
              ["Congratulations! The Department of Obstetrics, Gynecology & Reproductive Sciences at Yale School of "
               "Medicine and Yale New Haven Hospital invites you to interview for our residency program.",
               "Interview days are virtual and include a Grand Rounds-style program overview, four interviews and a "
               "residents' lunch. Please choose a date at your earliest convenience."],
              od, url="https://app.thalamusgme.com/applicant/invitations/5498902", fmt="Virtual",
              signer="Yale OB/GYN Residency Program", subject="Interview Invitation: Yale OB/GYN Residency")
    th_booked("2026-10-20 12:23", "thalamus-scheduled-yale-obgyn", "yale-obgyn", prog, od[1], "08:30", "14:00",
              "Virtual", "Zoom", uid="th-5498902-20261211", mode="tzid")
    c = ("Alvarez-Moreno, Gabriela", "gabriela.alvarez-moreno@yale.edu")
    coord("2026-12-01 10:25", "yale-obgyn-pre-interview-social", "yale-obgyn", "info", c,
          "Yale OB/GYN - resident social the night before your interview", f"""Hello Camille,

We hope you'll join our residents for an informal virtual social the evening before your interview: Thursday,
December 10, 7:00-8:00 PM ET. Link: https://yale.zoom.us/j/95550651244

This is not part of the interview and nothing said there is shared with the selection committee - it's simply a
chance to ask the residents about life in New Haven.

Your interview on {longn(od[1])} will begin at 8:30 AM; the full agenda will arrive the week of your interview.

Gabriela Alvarez-Moreno
Residency Program Administrator
Obstetrics, Gynecology & Reproductive Sciences | Yale School of Medicine
310 Cedar Street, FMB 337 | New Haven, CT 06510""", idates=[od[1]], must=["not part of the interview"])


def bridgeport():
    c = ("Petrakis, Eleni", "eleni.petrakis@bpthosp.org")
    d = [D("2026-12-04"), D("2026-12-18")]
    t = f"""Dear Ms. Szabo,

Thank you for applying to the General Surgery Residency at Bridgeport Hospital. On behalf of our Program Director,
Dr. Harold Vreeland, I am happy to invite you to a virtual interview.

We have two interview dates remaining:
  - {long(d[0])}
  - {long(d[1])}

Please reply to this message with the date you prefer.

Some applicants ask how we relate to Yale: Bridgeport Hospital is a member of Yale New Haven Health, and our
residents spend selected rotations at Yale New Haven Hospital (transplant, pediatric surgery), but we are an
independent program with our own Match number and our own interview process.

Regards,
Eleni Petrakis
Surgical Residency Coordinator
Bridgeport Hospital | Yale New Haven Health
267 Grant Street | Bridgeport, CT 06610 | 203-555-0175"""
    m1 = coord("2026-11-09 14:15", "bridgeport-hospital-surgery-interview-invitation", "bridgeport-surg",
               "invitation", c, "General Surgery Residency Interview Invitation - Bridgeport Hospital", t, idates=d,
               must=["Bridgeport Hospital", "member of Yale New Haven Health"])
    r = me("2026-11-09 16:02", "sent-re-bridgeport-surgery-interview", "bridgeport-surg", "scheduled", c,
           "Re: General Surgery Residency Interview Invitation - Bridgeport Hospital",
           "Dear Ms. Petrakis,\n\nThank you so much for the invitation! I would like to interview on Friday, "
           "December 4, if that date is still open.\n\nBest regards,\nCamille Szabo", irt=m1,
           quote=gquote("2026-11-09 14:15", c[0], c[1], t), idates=[d[0]])
    coord("2026-11-10 08:20", "re-bridgeport-surgery-interview-confirmed", "bridgeport-surg", "scheduled", c,
          "RE: General Surgery Residency Interview Invitation - Bridgeport Hospital", f"""Good morning,

You are confirmed for {long(d[0])}. The calendar invitation attached contains the Microsoft Teams link. Please
join at 7:45 AM.

Regards,
Eleni""", irt=r, idates=[d[0]],
          cal=ics("040000008200E00074C5B7101A82E0080000000071B2E9C0BPT1204SZABO", at(d[0], "07:45"), 315,
                  "Bridgeport Hospital General Surgery Interview - C. Szabo", "Microsoft Teams Meeting",
                  "Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_BPT1204",
                  organizer=c, mode="tzid", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))


def uconn():
    prog = "UConn General Surgery Residency"
    d = [D("2027-01-08"), D("2027-01-22")]
    ib("2026-11-25 10:15", "interview-broker-invitation-uconn-general-surgery", "uconn-surg", "invitation", prog,
       "Interview Invitation - UConn General Surgery Residency",
       ["The University of Connecticut School of Medicine General Surgery Residency Program is pleased to invite "
        "you to interview for a categorical position.",
        "Please log in to Interview Broker to choose from the dates below. Interviews will be held virtually."],
       rows=[("Campaign", "Categorical PGY-1, ERAS 2027"), ("Dates", " | ".join(long(x) for x in d))],
       btn=("https://www.interviewbroker.com/applicant/campaign/uconn-gs-cat-2027", "Pick a date"), idates=d,
       must=["University of Connecticut School of Medicine"])
    ib("2026-11-25 10:31", "interview-broker-confirmation-uconn-general-surgery", "uconn-surg", "scheduled", prog,
       "Interview Confirmation - UConn General Surgery Residency",
       ["Thank you! Your interview has been scheduled. Please add the attached event to your calendar."],
       rows=[("Date", long(d[0])), ("Time", "7:30 AM - 12:45 PM Eastern"), ("Format", "Virtual")], idates=[d[0]],
       cal=ics("ib-uconn-gs-2027-55107", at(d[0], "07:30"), 315, "UConn General Surgery Interview", "Virtual",
               mode="utc", prodid="-//Interview Broker//EN"))
    c = ("Dumont, Sandra", "sdumont@uchc.edu")
    coord("2027-01-04 09:30", "uconn-surgery-interview-agenda-jan-8", "uconn-surg", "info", c,
          "UConn Surgery interview day agenda - Friday 1/8", """Hi all,

Looking forward to Friday! The agenda is below; Webex links arrive Thursday.

7:30  Welcome - Dr. Kessler, PD
7:45  "A week in the life": JDH / HH / SFH / CCMC
8:30  Faculty interviews (3)
10:30 Resident-only session
11:45 Q&A with the chair
12:45 Done

Our PGY-1s rotate at JDH (UConn Health, Farmington), HH (Hartford Hospital), SFH (St. Francis) and Connecticut
Children's; chiefs run the HH trauma service.

Sandy

Sandra Dumont | Residency Coordinator, General Surgery | UConn Health | 263 Farmington Ave | Farmington, CT 06030""",
          to="undisclosed-recipients:;", idates=[D("2027-01-08")], must=["JDH"])

    # ---------------------------------------------------------------- UConn OB/GYN via ResidencyCAS
    prog2 = "University of Connecticut Obstetrics & Gynecology Residency"
    od = [D("2026-11-24"), D("2026-12-08"), D("2027-01-05")]
    rc("2026-10-20 12:52", "residencycas-interview-invitation-uconn-obgyn", "uconn-obgyn", "invitation", prog2,
       "ResidencyCAS: Interview invitation",
       ["The University of Connecticut Obstetrics & Gynecology Residency, an integrated program of UConn Health and "
        "Hartford Hospital, would like to invite you to interview.",
        "Please respond in ResidencyCAS. All interviews are virtual and take place on Tuesdays."],
       rows=[("Dates available", "; ".join(abbry(x) for x in od))], idates=od)
    rc("2026-10-21 08:10", "residencycas-interview-scheduled-uconn-obgyn", "uconn-obgyn", "scheduled", prog2,
       "ResidencyCAS: Interview scheduled",
       ["You have successfully scheduled an interview."],
       rows=[("Program", prog2), ("Date", long(od[1])), ("Time", "7:45 AM ET")], idates=[od[1]])
    c = ("Rourke, Meghan", "mrourke@uchc.edu")
    coord("2026-12-07 13:35", "uconn-obgyn-webex-link-tomorrow", "uconn-obgyn", "reminder", c,
          "Tomorrow's interview - UConn OB/GYN", f"""Dear Camille,

This is a friendly reminder of your interview with us tomorrow, {long(od[1])}. Please use this Webex link and log
in by 7:45 AM: https://uconnhealth.webex.com/meet/obgyninterviews

Our interviewers are from both sides of the program - UConn Health's John Dempsey Hospital in Farmington and
Hartford HealthCare's Hartford Hospital - plus a community faculty member from Saint Francis Hospital (Trinity
Health Of New England).

Meghan Rourke
Residency Coordinator, Department of Obstetrics & Gynecology
University of Connecticut School of Medicine | UConn Health | 263 Farmington Avenue | Farmington, CT 06030""",
          idates=[od[1]], must=["Hartford Hospital", "University of Connecticut School of Medicine"])


def danbury():
    prog = "Danbury Hospital - General Surgery"
    d = [D("2026-12-07"), D("2027-01-11")]
    th_invite("2026-11-12 15:00", "thalamus-invitation-danbury-general-surgery", "danbury-surg", prog,
              ["The General Surgery Residency Program at Danbury Hospital, part of Northwell Health (formerly Nuvance "
               "Health), invites you to interview for a categorical position.",
               "Our residents also rotate at Norwalk Hospital and at Northwell's North Shore University Hospital for "
               "transplant surgery."],
              d, url="https://app.thalamusgme.com/applicant/invitations/5593310", fmt="Virtual",
              subject="Danbury Hospital General Surgery Residency - Interview Invitation",
              must=["formerly Nuvance Health"])
    th_msg("2026-11-16 20:05", "thalamus-invitation-declined-danbury", "danbury-surg", "cancellation", prog,
           "You declined an interview invitation",
           ["This confirms that you declined the interview invitation from Danbury Hospital - General Surgery. "
            "The program has been notified. No further action is needed."], salutation=f"Hi {FIRST},")


def wih():
    prog = "Women & Infants Hospital / Warren Alpert Medical School of Brown University - Obstetrics & Gynecology"
    od = [D("2026-12-17"), D("2027-01-05"), D("2027-01-14")]
    rc("2026-10-20 12:24", "residencycas-interview-invitation-women-infants", "wih-obgyn", "invitation", prog,
       "Interview invitation - Women & Infants Hospital OB/GYN Residency",
       ["On behalf of the residency selection committee, congratulations! The Obstetrics & Gynecology Residency at "
        "Women & Infants Hospital of Rhode Island and the Warren Alpert Medical School of Brown University invites "
        "you to interview.",
        "Please log in and select your preferred date. You may reschedule in ResidencyCAS until seven days before "
        "your interview, space permitting."],
       rows=[("Dates", "; ".join(long(x) for x in od)), ("Format", "Virtual")], idates=od,
       must=["Women & Infants Hospital of Rhode Island"])
    rc("2026-10-20 12:29", "residencycas-interview-scheduled-women-infants", "wih-obgyn", "scheduled", prog,
       "Interview scheduled - Women & Infants Hospital OB/GYN Residency", ["Your interview has been scheduled."],
       rows=[("Date", long(od[0])), ("Time", "8:00 AM - 1:30 PM ET")], idates=[od[0]])
    rc("2026-12-02 21:10", "residencycas-interview-rescheduled-women-infants", "wih-obgyn", "scheduled", prog,
       "Interview rescheduled - Women & Infants Hospital OB/GYN Residency",
       [f"Your interview has been rescheduled from {long(od[0])} to {long(od[1])}. Your previous time slot has been "
        "released."],
       rows=[("New date", long(od[1])), ("Time", "8:00 AM - 1:30 PM ET")], idates=[od[1]])
    c = ("Souza, Marisa", "msouza@carene.org")
    me("2026-12-02 21:24", "sent-note-women-infants-reschedule", "wih-obgyn", "info", c,
       "Interview date change - Camille Szabo",
       "Dear Ms. Souza,\n\nI wanted to let you know personally that I moved my interview from Thursday, December 17 "
       "to Tuesday, January 5 in ResidencyCAS. I'm finishing my sub-internship that week and will be on call the "
       "night before, and I wanted to be able to give the day my full attention. I hope this doesn't cause any "
       "trouble.\n\nThank you,\nCamille Szabo", idates=[od[1]])
    coord("2027-01-04 11:05", "women-infants-obgyn-interview-tomorrow", "wih-obgyn", "reminder", c,
          "Tomorrow - W&I OB/GYN interview", """Hi Camille,

No trouble at all with the change back in December - we are glad you could make January work. Tomorrow's links:

Morning session: https://brown.zoom.us/j/95550480022
Afternoon resident session: https://brown.zoom.us/j/95550480023

Please log on by 7:50 AM. We will finish by 1:30 PM.

Marisa

Marisa Souza | Residency Coordinator | Obstetrics & Gynecology
Women & Infants Hospital | 101 Dudley Street | Providence, RI 02905
A Care New England hospital""", idates=[D("2027-01-05")], must=["Women & Infants Hospital"])


def build():
    yale()
    bridgeport()
    uconn()
    danbury()
    wih()
