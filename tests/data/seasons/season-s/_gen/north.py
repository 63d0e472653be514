"""Oklahoma, Kansas and North Texas: OU-TU (Tulsa) vs OU College of Medicine (OKC) vs OSU-CHS (Tulsa); KU School of
Medicine-Wichita vs KU Medical Center (Kansas City); JPS (Family Medicine + Transitional Year), Texas Health Harris
Methodist Fort Worth, Methodist Dallas."""
from kit import (D, CT, UTC, ET, PT, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, coord, me, mail, ics, gmail_quote,
                 outlook_quote, body_of, full, wmd, wmd3, wmdy3, md, mdy, sl, sly, wsl, hm, esc, shell, btn, table)
from plat import th_invite, th_booked, th_reminder, th_note, eras, CAL, GF, TH


def outu_fm():
    L = "outu-fm"
    c = ("Harjo, Courtney", "courtney-harjo@ouhsc.edu")
    sig = ("Courtney Harjo\nResidency Coordinator, Family Medicine\nOU-TU School of Community Medicine\n"
           "The University of Oklahoma-Tulsa | 4502 E. 41st Street, Tulsa, OK 74135\n918-555-0177")
    d1, d2, d3 = D("2026-10-29"), D("2026-11-12"), D("2026-12-07")
    inv = f"""Dear Ana,

Thank you for applying to the Family Medicine Residency at the OU-TU School of Community Medicine in Tulsa.
We enjoyed reading about your work with the Brazos Valley colonias health fairs, and we would like to invite
you to interview.

Our interview days this season are virtual:

     {full(d1)}
     {full(d2)}
     {full(d3)}

Please reply with your preferred date by Monday, October 12. The day runs from 8:30 AM to 1:00 PM Central and
includes a session on our Bedlam community clinics and our Urban Underserved track.

Sincerely,

{sig}"""
    m1 = coord("2026-10-06 11:30", "ou-tu-family-medicine-interview-invitation", L, "invitation", c,
               "OU-TU Family Medicine Residency Interview Invitation", inv, idates=[d1, d2, d3],
               deadline="2026-10-12", must=["OU-TU School of Community Medicine"])
    r = me("2026-10-06 13:05", "sent-re-ou-tu-family-medicine-interview", L, "scheduled", c,
           "Re: OU-TU Family Medicine Residency Interview Invitation",
           "Dear Ms. Harjo,\n\nThank you for the invitation! I'd like to interview on Thursday, October 29, "
           "please.\n\nBest,\nAna Cárdenas", irt=m1,
           quote=gmail_quote("2026-10-06 11:30", "Harjo, Courtney", c[1], body_of(m1)), idates=[d1])
    coord("2026-10-07 08:40", "re-ou-tu-fm-interview-confirmed", L, "scheduled", c,
          "RE: OU-TU Family Medicine Residency Interview Invitation",
          f"Hi Ana,\n\nYou're confirmed for {wmd(d1)}. I've sent a calendar invitation; the Zoom link will be in "
          "the itinerary I e-mail the week of.\n\nCourtney", irt=r, idates=[d1],
          quote=outlook_quote("2026-10-06 13:05", NAME, ADDR, "Harjo, Courtney",
                              "Re: OU-TU Family Medicine Residency Interview Invitation",
                              "Dear Ms. Harjo,\n\nThank you for the invitation! I'd like to interview on Thursday, "
                              "October 29, please."),
          cal=ics("outu-fm-interview-1029-cardenas", at(d1, "08:30"), 270, "OU-TU FM Residency Interview (virtual)",
                  "Zoom - link to follow", organizer=c, mode="utc"))
    pd = ("Chebet, Wanjiru", "wanjiru-chebet@ouhsc.edu")
    ty = me("2026-10-29 15:20", "sent-thank-you-ou-tu-family-medicine", L, "info", pd,
            "Thank you - Family Medicine interview",
            "Dear Dr. Chebet,\n\nThank you for this morning. Your description of the Bedlam clinics - students, "
            "residents and faculty seeing uninsured patients side by side - is exactly the kind of medicine I want "
            "to practice, and I left the day even more excited about Tulsa.\n\nWith appreciation,\nAna Cárdenas",
            cc=[c])
    mail("2026-10-29 15:21", "automatic-reply-thank-you-ou-tu-fm", L, "other", pd,
         "Automatic reply: Thank you - Family Medicine interview",
         "I am traveling from October 29 through November 3 with limited access to e-mail. For residency matters "
         "please contact Courtney Harjo at courtney-harjo@ouhsc.edu or 918-555-0177. For urgent clinical matters "
         "call the OU Physicians Tulsa clinic at 918-555-0100.\n\nWanjiru Chebet, MD\nProgram Director, Family "
         "Medicine Residency - Tulsa\n", irt=ty, headers=[("Auto-Submitted", "auto-replied"),
                                                         ("X-MS-Exchange-Inbox-Rules-Loop", "wanjiru-chebet@ouhsc.edu")])


def ou_psy():
    L = "ou-psy"
    c = ("Beck, Shawna", "shawna-beck@ouhsc.edu")
    sig = ("Shawna Beck, C-TAGME\nProgram Coordinator, Adult Psychiatry Residency\nDepartment of Psychiatry and "
           "Behavioral Sciences\nUniversity of Oklahoma College of Medicine\n920 Stanton L. Young Blvd., WP 3440, "
           "Oklahoma City, OK 73104\n405-555-0124")
    d1, d2, d3 = D("2026-11-19"), D("2026-12-10"), D("2027-01-08")
    url = "https://calendly.com/ou-psychiatry-residency/2027-interview"
    inv = f"""Dear Ms. Cárdenas,

Congratulations! The Adult Psychiatry Residency at the University of Oklahoma College of Medicine in Oklahoma
City invites you to interview for the 2027 Match.

Please reserve your date using our Calendly page within 7 days (by Monday, November 2):
{url}

Dates available: {wmd3(d1)}, {wmd3(d2)} and {wmd3(d3)}. All interviews are virtual, 8:00 AM to 12:30 PM
Central.

Our residents train at OU Health University of Oklahoma Medical Center, the Oklahoma City VA Health Care System
and Griffin Memorial Hospital in Norman. (If you also applied to psychiatry at OU-TU in Tulsa, that is a
separate program.)

Kind regards,

{sig}"""
    coord("2026-10-26 09:45", "ou-psychiatry-residency-interview-invitation", L, "invitation", c,
          "OU Psychiatry Residency - Invitation to Interview", inv, idates=[d1, d2, d3], deadline="2026-11-02",
          must=["University of Oklahoma College of Medicine", url])
    ct = f"""Hi Ana Lucía Cárdenas,

A new event has been scheduled.

Event Type:
OU Psychiatry Residency Interview Day

Invitee:
Ana Lucía Cárdenas
{ADDR}

Event Date/Time:
08:00am - 12:30pm - {full(d1)} (Central Time - US & Canada)

Location:
This is a Zoom web conference. A link will be e-mailed by the program.

Host:
OU Psychiatry Residency Program

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/8e3f1c2a-ou-psy
Reschedule: https://calendly.com/reschedulings/8e3f1c2a-ou-psy

Powered by Calendly.com
"""
    h = shell([f"<p>Hi {esc(NAME)},</p><p>A new event has been scheduled.</p>",
               table([("Event Type", "OU Psychiatry Residency Interview Day"), ("Invitee", NAME),
                      ("Event Date/Time", f"08:00am - 12:30pm - {full(d1)} (Central Time - US & Canada)"),
                      ("Location", "Zoom - link e-mailed by the program"), ("Host", "OU Psychiatry Residency Program")]),
               btn("https://calendly.com/reschedulings/8e3f1c2a-ou-psy", "Reschedule", "#006bff")],
              bottom="Powered by Calendly.com", accent="#006bff")
    mail("2026-10-26 10:02", "calendly-confirmed-ou-psychiatry-interview-day", L, "scheduled", CAL,
         f"Confirmed: OU Psychiatry Residency Interview Day on {full(d1)}", ct, h, tz=UTC, idates=[d1],
         must=["OU Psychiatry Residency Interview Day"],
         cal=ics("8e3f1c2a-ou-psy@calendly.com", at(d1, "08:00"), 270, "OU Psychiatry Residency Interview Day",
                 "Zoom", organizer=("OU Psychiatry Residency Program", c[1]), mode="utc",
                 prodid="-//Calendly//Calendly Events//EN"))
    rem = f"""Hello Ana,

We're excited to host you tomorrow! Here is the Zoom link for {wmd(d1)}:

https://ouhsc.zoom.us/j/95311820465?pwd=OUpsych27

8:00   Welcome and overview (Dr. Halvorsen, Program Director)
8:45   Interviews - Dr. Mbeki, Dr. Tallbear, Dr. Sutherland
10:30  Virtual tour of the Griffin Memorial and VA units
11:15  Lunch and chat with residents
12:15  Closing

Shawna"""
    coord("2026-11-18 13:30", "ou-psychiatry-zoom-link-tomorrow", L, "reminder", c,
          "Tomorrow - OU Psychiatry interview Zoom link", rem, idates=[d1], must=["OUpsych27"])


def osu_psy():
    L = "osu-psy"
    c = ("Redcorn, Jolene", "jolene.redcorn@okstate.edu")
    sig = ("Jolene Redcorn\nGME Program Coordinator - Psychiatry\nOklahoma State University Center for Health "
           "Sciences\n1111 W. 17th Street, Tulsa, OK 74107\n918-555-0193")
    d1, d2, d3 = D("2026-12-01"), D("2026-12-08"), D("2027-01-05")
    form = "https://docs.google.com/forms/d/e/1FAIpQLSe7osuPsychDates2027x/viewform"
    inv = f"""Hello Ana,

The Psychiatry Residency Program at Oklahoma State University Center for Health Sciences would like to
invite you to interview!

We interview on Tuesdays: {sly(d1)}, {sly(d2)} and {sly(d3)}. Please rank the dates that work for you in this
short Google Form by Friday, November 6 and I will place you and confirm by e-mail:

{form}

Interviews are virtual. Our residents train at the OSU Medical Center psychiatric unit, the Tulsa Center for
Behavioral Health and OSU Psychiatry Clinic. Please note that we are the OSU program - the OU-TU program in
Tulsa is a different residency.

Best,

{sig}"""
    coord("2026-11-02 14:00", "osu-chs-psychiatry-residency-interview-invitation", L, "invitation", c,
          "Interview Invitation - OSU-CHS Psychiatry Residency", inv, idates=[d1, d2, d3], deadline="2026-11-06",
          must=["Oklahoma State University Center for Health Sciences", form])
    gt = f"""Thanks for filling out OSU-CHS Psychiatry Residency - Interview Date Preference

Here's what was received.

OSU-CHS Psychiatry Residency - Interview Date Preference
Please rank the interview dates you can attend. We will confirm by e-mail.

Email *
{ADDR}

Full name (as on your ERAS application) *
Ana Lucía Cárdenas

AAMC ID *
16483027

First choice *
{sly(d1)} (Tue)

Second choice
{sly(d2)} (Tue)

Third choice
I can't attend this date

Anything we should know?
I'm on a sub-internship in Houston that week but have the day off.

Create your own Google Form
Report Abuse
"""
    h = shell([f"<p>Thanks for filling out <b>OSU-CHS Psychiatry Residency - Interview Date Preference</b></p>",
               "<p>Here's what was received.</p>",
               table([("Email", ADDR), ("Full name", NAME), ("AAMC ID", "16483027"),
                      ("First choice", f"{sly(d1)} (Tue)"), ("Second choice", f"{sly(d2)} (Tue)"),
                      ("Third choice", "I can't attend this date")])],
              bottom="Google Forms", accent="#673ab7")
    mail("2026-11-02 14:20", "google-forms-osu-chs-psychiatry-date-preference", L, "info", GF,
         "Your response to OSU-CHS Psychiatry Residency - Interview Date Preference", gt, h, tz=PT,
         must=["Interview Date Preference"])
    conf = f"""Hi Ana,

Thank you for completing the form. You are confirmed for your first choice, {full(d1)}, 8:30 AM - 1:00 PM
Central via Zoom. A calendar invitation is attached and the link will be in it.

Jolene"""
    coord("2026-11-04 10:10", "osu-chs-psychiatry-interview-confirmed", L, "scheduled", c,
          "OSU-CHS Psychiatry Interview Confirmed", conf, idates=[d1],
          cal=ics("osuchs-psy-20261201-cardenas", at(d1, "08:30"), 270, "OSU-CHS Psychiatry Residency Interview",
                  "https://okstate.zoom.us/j/94402288130", "Virtual interview", organizer=c, mode="utc"))


def osu_fm():
    eras("2026-11-24 08:30", "myeras-message-oklahoma-state-university-chs-program", "osu-fm", "rejection", "", [
        "Message from: Oklahoma State University Center for Health Sciences Program (Family Medicine)",
        "Subject: (none)",
        "",
        "Dear Applicant,",
        "Thank you for your interest in the OSU-CHS Family Medicine Residency in Tulsa. We have completed our "
        "interview selection for this season, and we regret to inform you that we will not be able to offer you "
        "an interview.",
        "We wish you every success in the Match.",
        "OSU-CHS Family Medicine Residency"], must=["Oklahoma State University Center for Health Sciences"])


def kuw_fm():
    L = "kuw-fm"
    prog = "University of Kansas School of Medicine-Wichita/Ascension Via Christi Program"
    d1, d2, d3 = D("2026-11-13"), D("2026-12-04"), D("2026-12-11")
    eras("2026-10-09 10:20", "myeras-interview-invitation-ku-wichita-via-christi-fm", L, "invitation",
         "ERAS Interview Invitation", [
             f"{prog} (Family Medicine) has invited you to interview.",
             f"Available interview dates: {wmdy3(d1)}; {wmdy3(d2)}; {wmdy3(d3)}.",
             "Interview type: In Person",
             "Please respond by 10/23/2026 (Freeze Date).",
             "To accept this invitation and select a date, sign in to MyERAS and open the Interviews tab."],
         idates=[d1, d2, d3], deadline="2026-10-23", must=[prog])
    eras("2026-10-09 10:48", "myeras-interview-scheduled-ku-wichita-via-christi-fm", L, "scheduled",
         "ERAS Interview Scheduled", [
             f"You have scheduled an interview with {prog} (Family Medicine).",
             f"Date: {full(d1)}", "Time: 7:30 AM Central", "Format: In Person",
             "Location: Ascension Via Christi St. Francis, 929 N. St. Francis St., Wichita, KS 67214"],
         idates=[d1], must=[prog])
    c = ("Schmidt, Carrie", "cschmidt4@kumc.edu")
    txt = f"""Hi Ana,

We're looking forward to having you in Wichita on Friday! Some details for your trip:

Thursday, November 12 - resident dinner, 6:30 PM at River City Brewing Co. in Old Town (150 N. Mosley). Totally
optional and residents only.

Friday, {md(d1)} - interview day
- 7:30 AM: meet me at the main entrance of Ascension Via Christi St. Francis, 929 N. St. Francis St.
  (parking garage on Emporia; I'll validate)
- Breakfast with Dr. Lindgren and the chiefs
- Interviews, then a tour of the hospital and our Family Medicine Center on Grove
- Lunch with residents; done by 1:30 PM (plenty of time for an afternoon flight out of ICT)

Heads up - Google Maps sometimes sends people to Wesley Medical Center. The Wesley Family Medicine Residency is a
different program, so if you see a Wesley sign you're in the wrong place!

Carrie Schmidt
Residency Coordinator | Family Medicine Residency at Ascension Via Christi
University of Kansas School of Medicine-Wichita
1121 S. Clifton, Wichita, KS 67218 | 316-555-0151"""
    coord("2026-11-10 16:00", "ku-wichita-via-christi-fm-friday-interview-details", L, "reminder", c,
          "Friday interview in Wichita - dinner + day details", txt, idates=[d1],
          must=["University of Kansas School of Medicine-Wichita", "Wesley"])


def kuw_psy():
    txt = """Dear Ms. Cárdenas,

Thank you for your application to the Psychiatry Residency Program at the University of Kansas School of
Medicine-Wichita.

We have now filled our interview schedule and, unfortunately, we are not able to offer you an interview this
year. Please know that this decision is specific to the Wichita program; psychiatry residency applications to
KU in Kansas City are reviewed by that program independently.

We wish you the very best in your career.

Tanya Ramirez
Program Coordinator, Psychiatry Residency
Department of Psychiatry & Behavioral Sciences
University of Kansas School of Medicine-Wichita"""
    coord("2026-10-30 11:15", "ku-wichita-psychiatry-interview-decision", "kuw-psy", "rejection",
          ("Ramirez, Tanya", "tramirez2@kumc.edu"), "KU School of Medicine-Wichita Psychiatry Residency - Interview "
          "Decision", txt, must=["University of Kansas School of Medicine-Wichita"])


def kumc_fm():
    L = "kumc-fm"
    c = ("Oyler, Brenda", "boyler@kumc.edu")
    sig = ("Brenda Oyler\nResidency Program Coordinator\nDepartment of Family Medicine and Community Health\n"
           "University of Kansas Medical Center\n3901 Rainbow Blvd., Mail Stop 4010, Kansas City, KS 66160\n"
           "913-555-0136")
    d1, d2, d3 = D("2026-12-04"), D("2026-12-18"), D("2027-01-08")
    dn = D("2026-12-11")
    inv = f"""Dear Ana,

On behalf of the Family Medicine Residency at the University of Kansas Medical Center, thank you for applying.
We are pleased to invite you to interview!

We have three virtual interview dates remaining:
  * Friday, December 4
  * Friday, December 18
  * Friday, January 8

Reply to me with your choice and I will send a calendar hold. Interview days run 8:00 AM to noon Central.

Sincerely,

{sig}"""
    m1 = coord("2026-10-15 13:40", "kumc-family-medicine-interview-invitation", L, "invitation", c,
               "Interview Invitation - University of Kansas Family Medicine Residency", inv, idates=[d1, d2, d3],
               must=["University of Kansas Medical Center"])
    r = me("2026-10-15 20:12", "sent-re-kumc-family-medicine-interview-invitation", L, "scheduled", c,
           "Re: Interview Invitation - University of Kansas Family Medicine Residency",
           "Dear Ms. Oyler,\n\nThank you! I would like Friday, December 4, please.\n\nAna Cárdenas", irt=m1,
           quote=gmail_quote("2026-10-15 13:40", "Oyler, Brenda", c[1], body_of(m1)), idates=[d1], sig=SIG_SHORT)
    coord("2026-10-16 09:30", "re-kumc-fm-interview-confirmed", L, "scheduled", c,
          "RE: Interview Invitation - University of Kansas Family Medicine Residency",
          f"Hi Ana,\n\nDone - you're on our {wmd(d1)} interview day. Calendar hold attached.\n\nBrenda", irt=r,
          idates=[d1],
          cal=ics("kumc-fmch-int-20261204-c12", at(d1, "08:00"), 240, "KU Family Medicine Residency Interview",
                  "Zoom", organizer=c, mode="tzid"))
    mv = f"""Dear applicants,

We need to move our Friday, December 4 interview session to Friday, December 11 because a KUMC GME site visit
has been scheduled for that week. Same times (8:00 AM - noon CT), same Zoom format. An updated calendar invitation
is attached - please delete the old one.

If December 11 does not work for you, reply and I'll find you another date. We are very sorry for the
inconvenience.

Brenda Oyler | KU FMCH Residency | KUMC"""
    coord("2026-11-19 16:45", "kumc-fm-interview-date-change-dec-4-to-dec-11", L, "scheduled", c,
          "IMPORTANT: KU FM interview date change (12/4 -> 12/11)", mv, to="undisclosed-recipients:;", idates=[dn],
          must=["KUMC"],
          cal=ics("kumc-fmch-int-20261204-c12", at(dn, "08:00"), 240, "KU Family Medicine Residency Interview "
                  "(MOVED)", "Zoom", organizer=c, mode="tzid", seq=1))
    me("2026-11-19 18:03", "sent-re-kumc-fm-interview-date-change", L, "info", c,
       "Re: IMPORTANT: KU FM interview date change (12/4 -> 12/11)",
       "Hi Brenda,\n\nNo problem at all - December 11 works for me. I've updated my calendar.\n\nThanks,\nAna",
       idates=[dn], sig=SIG_SHORT)


def kumc_psy():
    L = "kumc-psy"
    prog = "University of Kansas Medical Center - Psychiatry"
    d1, d2 = D("2027-01-13"), D("2027-01-27")
    th_invite("2026-11-11 12:00", "thalamus-invitation-kumc-psychiatry", L, prog, [
        "The Department of Psychiatry and Behavioral Sciences at the University of Kansas Medical Center is pleased "
        "to invite you to interview for our Psychiatry Residency in Kansas City.",
        "Interviews are virtual and run from 8:00 AM to 1:00 PM Central. You will meet our program leadership, "
        "faculty interviewers and residents, and learn about our training sites at The University of Kansas Health "
        "System, the Kansas City VA Medical Center and Children's Mercy Kansas City."],
        [d1, d2], token="f41d9a63-kumc-psy")
    th_note("2026-11-23 09:15", "thalamus-invitation-declined-kumc-psychiatry", L, "cancellation", prog,
            f"Invitation Declined - {prog}", [
                f"You have declined your interview invitation from {prog}. The program has been notified.",
                "If you declined by mistake, please contact the program directly. Declined invitations cannot be "
                "restored in Thalamus."])


def jps_fm():
    L = "jps-fm"
    prog = "JPS Health Network - Family Medicine Residency"
    d1, d2, d3 = D("2026-12-10"), D("2026-12-17"), D("2027-01-07")
    th_invite("2026-10-30 15:00", "thalamus-invitation-jps-family-medicine", L, prog, [
        "Congratulations! You are invited to interview with the Family Medicine Residency at John Peter Smith "
        "Hospital, the flagship of JPS Health Network in Fort Worth.",
        "We are one of the largest family medicine residencies in the country, with full-spectrum training in "
        "obstetrics, inpatient medicine, sports medicine and our network of community health centers across "
        "Tarrant County.",
        "Interviews are virtual. Please schedule within 5 days."],
        [d1, d2, d3], token="0d8b5c17-jps-fm", deadline="2026-11-04", must=["John Peter Smith Hospital"])
    th_booked("2026-10-30 15:03", "thalamus-confirmed-jps-family-medicine", L, prog, d2, "08:00", "13:00", "Virtual",
              "Zoom", uid="thl-4a0e7c92-jps-fm")
    c = ("Castillo, Andrea", "acastillo@jpshealth.org")
    txt = f"""Hi Ana,

We're so excited to host you tomorrow at JPS! Below is your link and schedule for {wsl(d2)}.

Zoom: https://jpshealth.zoom.us/j/88813307262   Passcode: FMjps1500

7:45   Sign in
8:00   Welcome from Dr. Adeyemi, PD
8:30   JPS FMR 101: the four tracks, the OB experience, our Health Centers
9:15   Interviews (3) and a chat with a chief
11:30  Residents' lunch session
12:45  Closing

Please keep your phone nearby in case we need to reach you - 817-555-0160.

Andrea Castillo
JPS FM Residency | 1500 S. Main St. | Fort Worth, TX 76104"""
    coord("2026-12-16 13:00", "jps-fmr-interview-tomorrow-zoom", L, "reminder", c,
          "JPS FMR - Interview tomorrow (Zoom + schedule)", txt, idates=[d2], must=["JPS", "FMjps1500"])
    me("2026-12-17 17:45", "sent-thank-you-jps-family-medicine", L, "info", c, "Thank you for today!",
       "Hi Andrea,\n\nThank you for running such a warm interview day - and for rescuing me when my Zoom froze! "
       "Please pass my thanks along to Dr. Adeyemi and the residents. I came away really impressed by the OB "
       "experience and by how much the residents seemed to like each other.\n\nAll the best,\nAna", sig=SIG_SHORT)


def jps_ty():
    L = "jps-ty"
    prog = "John Peter Smith Hospital (Tarrant County Hospital District) Program"
    d1, d2 = D("2027-01-05"), D("2027-01-20")
    m = eras("2026-11-24 10:00", "myeras-interview-invitation-jps-transitional-year", L, "invitation",
             "ERAS Interview Invitation", [
                 f"{prog} (Transitional Year) has invited you to interview.",
                 f"Available interview dates: {wmdy3(d1)}; {wmdy3(d2)}.",
                 "Please respond by 12/08/2026 (Freeze Date).",
                 "To accept this invitation and select a date, sign in to MyERAS and open the Interviews tab."],
             idates=[d1, d2], deadline="2026-12-08", must=[prog, "Transitional Year"])
    c = ("Moreno, Gabriela", "gmoreno@jpshealth.org")
    dec = ("Dear Ms. Moreno,\n\nThank you very much for the Transitional Year interview invitation. I have decided "
           "not to pursue a transitional year and would like to decline so that another applicant can have the "
           "spot. I will also decline in MyERAS.\n\nTo be clear, I am still very much looking forward to my Family "
           "Medicine interview at JPS on December 17.\n\nThank you,\nAna Cárdenas")
    r = me("2026-11-30 21:00", "sent-declining-jps-transitional-year-interview", L, "cancellation", c,
           "Declining TY interview invitation - Ana Cárdenas", dec)
    coord("2026-12-01 08:45", "re-jps-transitional-year-decline", L, "cancellation", c,
          "RE: Declining TY interview invitation - Ana Cárdenas",
          "Good morning Ana,\n\nThank you for letting us know. I've marked the Transitional Year invitation as "
          "declined in ERAS, so there is nothing more you need to do.\n\nThis does not affect your Family Medicine "
          "interview on December 17 in any way - that is a separate program, and Andrea in FM will be in touch "
          "with your link.\n\nBest of luck,\nGabriela Moreno\nTransitional Year Program Coordinator\nJohn Peter "
          "Smith Hospital | JPS Health Network", irt=r,
          quote=outlook_quote("2026-11-30 21:00", NAME, ADDR, "Moreno, Gabriela",
                              "Declining TY interview invitation - Ana Cárdenas", dec))


def thr_fm():
    c = ("Pham, Tiffany", "tiffanypham@texashealth.org")
    d1, d2 = D("2027-02-16"), D("2027-02-18")
    txt = f"""Dear Ana,

Thank you for applying to the Family Medicine Residency Program at Texas Health Harris Methodist Hospital
Fort Worth. We have had a few late openings and our faculty would very much like to meet you.

We can offer either of these virtual interview days:

- Tuesday, February 16 (8:00 AM - 12:30 PM CT)
- Thursday, February 18 (8:00 AM - 12:30 PM CT)

Please reply by Friday, February 5 with your preference. A quick note, since people sometimes mix us up: we
are a Texas Health Resources program on the Harris Methodist campus near downtown Fort Worth. We are not
affiliated with JPS or with Methodist Health System in Dallas.

Warm regards,

Tiffany Pham
Residency Program Coordinator, Family Medicine
Texas Health Harris Methodist Hospital Fort Worth | Texas Health Resources
1301 Pennsylvania Ave., Fort Worth, TX 76104
682-555-0113"""
    coord("2027-01-28 14:20", "texas-health-fort-worth-fm-interview-invitation", "thr-fm", "invitation", c,
          "Family Medicine Residency Interview Invitation - Texas Health Fort Worth", txt, idates=[d1, d2],
          deadline="2027-02-05", must=["Texas Health Harris Methodist Hospital Fort Worth"])


def mdmc_ty():
    prog = "Methodist Dallas Medical Center Program"
    d1, d2 = D("2027-02-17"), D("2027-02-24")
    eras("2027-02-01 13:30", "myeras-interview-invitation-methodist-dallas-ty", "mdmc-ty", "invitation",
         "ERAS Interview Invitation", [
             f"{prog} (Transitional Year) has invited you to interview.",
             f"Available interview dates: {wmdy3(d1)}; {wmdy3(d2)}.",
             "Please respond by 02/08/2027 (Freeze Date).",
             "To accept this invitation and select a date, sign in to MyERAS and open the Interviews tab."],
         idates=[d1, d2], deadline="2027-02-08", must=[prog, "Transitional Year"])


def build():
    outu_fm()
    ou_psy()
    osu_psy()
    osu_fm()
    kuw_fm()
    kuw_psy()
    kumc_fm()
    kumc_psy()
    jps_fm()
    jps_ty()
    thr_fm()
    mdmc_ty()
