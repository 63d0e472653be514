"""Tennessee and Kentucky: Meharry (IM, Central time), Vanderbilt (IM regrets via Thalamus; Neurology via Calendly,
scheduled), UT College of Medicine Chattanooga (IM, unanswered), UT Graduate School of Medicine in Knoxville
(preliminary IM), UT Health Science Center in Memphis (IM booked then cancelled by her), University of Kentucky
(IM and Neurology) and University of Louisville (IM waitlist; Neurology rejection)."""
from kit import (D, ET, CT, UTC, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, staff, mine, put, ics, gquote, oquote,
                 plain_of, full, wmd, wmd3, md, mdy, sl, wsl, clock, esc, frame, kv, link)
from plat import th_invite, th_booked, th_reminder, th_message, eras, ib, IB, CALENDLY


def meharry():
    k = "meharry-im"
    c = ("Cynthia Oyelaran", "coyelaran@mmc.edu")
    d1, d2 = D("2026-12-14"), D("2027-01-04")
    sig = ("Cynthia Oyelaran\nProgram Coordinator, Internal Medicine Residency\nMeharry Medical College\n"
           "1005 Dr. D.B. Todd Jr. Blvd., Nashville, TN 37208 | (615) 555-0119")
    inv = f"""Dear Ms. Hartwell,

Greetings from Nashville! On behalf of our Program Director, I am pleased to invite you to interview for a
categorical position in the Meharry Medical College Internal Medicine Residency Program. Our residents train at
Nashville General Hospital and the Tennessee Valley Healthcare System VA.

Interviews are virtual on the following Mondays, 8:00 AM to 12:00 PM Central Time:

  • {full(d1)}
  • {full(d2)}

Kindly reply with your preferred date no later than Wednesday, November 4.

We are happy to answer any questions. (And yes, applicants sometimes ask: we are a separate institution and
program from Vanderbilt.)

Sincerely,

{sig}"""
    m = staff("2026-10-29 14:30", "meharry-internal-medicine-interview-invitation", k, "invitation", c,
              "Meharry Medical College Internal Medicine – Interview Invitation", inv, tz=CT, idates=[d1, d2],
              deadline="2026-11-04", must=["Meharry Medical College"])
    body = (f"Dear Ms. Oyelaran,\n\nThank you for the invitation. I would be honored to interview on {wmd(d1)}."
            "\n\nWarm regards,\nZoë Hartwell")
    r = mine("2026-10-30 07:50", "sent-re-meharry-im-interview-invitation", k, "scheduled", c,
             "Re: Meharry Medical College Internal Medicine – Interview Invitation", body, irt=m,
             quote=gquote("2026-10-29 14:30", "Cynthia Oyelaran", c[1], plain_of(m)), idates=[d1])
    staff("2026-10-30 11:30", "re-meharry-im-interview-confirmed", k, "scheduled", c,
          "RE: Meharry Medical College Internal Medicine – Interview Invitation",
          f"Dear Ms. Hartwell,\n\nWonderful! You are confirmed for {full(d1)}, 8:00 AM – 12:00 PM Central (9:00 AM "
          "– 1:00 PM Eastern). The calendar invitation is attached.\n\nSincerely,\nCynthia", tz=CT, irt=r,
          idates=[d1], quote=oquote("2026-10-30 07:50", NAME, ADDR, "Cynthia Oyelaran",
                                    "Re: Meharry Medical College Internal Medicine – Interview Invitation", body, tz=CT),
          cal=ics("mmc-im-interview-1214-hartwell", at(d1, "08:00", CT), 240,
                  "Meharry IM Residency Interview", "Zoom", organizer=c, mode="tzid"))
    staff("2026-12-11 10:00", "meharry-im-monday-interview-zoom-details", k, "reminder", c,
          "Monday interview – Zoom details (Meharry IM)",
          f"Good morning,\n\nWe look forward to seeing you on {wmd(d1)}! Please log in by 7:45 AM Central.\n\n"
          "Zoom: https://mmc.zoom.us/j/88410327569  Passcode: MMCIM\n\nThe day includes a welcome from the Program "
          "Director, faculty interviews, a virtual tour of Nashville General Hospital and lunch with our residents."
          f"\n\nRespectfully,\n\n{sig}", tz=CT, idates=[d1], must=["88410327569"])


def vanderbilt():
    th_message("2026-11-20 13:00", "thalamus-message-vanderbilt-internal-medicine-application-update", "vumc-im",
               "rejection", "Vanderbilt University Medical Center - Internal Medicine",
               "Application update from Vanderbilt University Medical Center - Internal Medicine", [
                   "Thank you for your interest in the Vanderbilt Internal Medicine Residency. We have now completed "
                   "our review of applications for this cycle.",
                   "We are sorry to tell you that we are unable to offer you an interview. We had many more "
                   "outstanding applicants than interview positions, and we wish you every success.",
               ], signer="Internal Medicine Residency Program\nVanderbilt University Medical Center")
    k = "vumc-neuro"
    c = ("Marchbanks, Kelsey", "kelsey.marchbanks@vumc.org")
    d1, d2 = D("2027-01-28"), D("2027-02-11")
    inv = f"""Dear Zoë,

Thank you for applying to the Adult Neurology Residency at Vanderbilt University Medical Center. It is my pleasure
to invite you to interview with us!

Our two remaining virtual interview dates are {wmd(d1)} and {wmd(d2)}. Both run 8:00 AM – 12:30 PM Central.
Please pick your date here: https://calendly.com/vumc-neurology-residency/interview

We will also hold an optional in-person Second Look on Friday, February 26, for applicants who would like to see
Nashville and our hospitals before ranking.

Best wishes,

Kelsey Marchbanks
Education Program Manager | Neurology Residency
Vanderbilt University Medical Center
A-0118 Medical Center North, 1161 21st Avenue South, Nashville, TN 37232"""
    staff("2026-12-21 10:30", "vanderbilt-neurology-residency-interview-invitation", k, "invitation", c,
          "Vanderbilt Neurology Residency Interview Invitation", inv, tz=CT, idates=[d1, d2],
          must=["Vanderbilt University Medical Center"])
    lines = [f"Hi {NAME},", "", "Your event is confirmed.", "",
             "What: VUMC Neurology Residency Interview", f"When: 8:00am - 12:30pm (Central Time - US & Canada) "
             f"on {full(d2)}", "Who: Kelsey Marchbanks", "Where: Zoom (link will be sent by the program)", "",
             "Add to calendar: the invitation is attached.", "",
             "Cancel: https://calendly.com/cancellations/91d8e0bb-vumc-neuro",
             "Reschedule: https://calendly.com/reschedulings/91d8e0bb-vumc-neuro", "", "Powered by Calendly.com"]
    html = frame([f"<p>Hi {esc(NAME)},</p><p>Your event is confirmed.</p>",
                  kv([("What", "VUMC Neurology Residency Interview"),
                      ("When", f"8:00am - 12:30pm (Central Time - US & Canada) on {full(d2)}"),
                      ("Who", "Kelsey Marchbanks"), ("Where", "Zoom (link will be sent by the program)")])],
                 head='<b style="color:#006bff;font-size:20px">Calendly</b>', foot="Powered by Calendly.com",
                 accent="#006bff")
    put("2026-12-21 11:15", "calendly-vumc-neurology-interview-confirmed", k, "scheduled", CALENDLY,
        f"Confirmed: VUMC Neurology Residency Interview on {full(d2)}", "\n".join(lines) + "\n", html, tz=UTC,
        idates=[d2], cal=ics("91d8e0bb-vumc-neuro@calendly.com", at(d2, "08:00", CT), 270,
                             "VUMC Neurology Residency Interview", "Zoom",
                             organizer=("Kelsey Marchbanks", "kelsey.marchbanks@vumc.org"), prodid="-//Calendly//EN"))
    txt = f"""Hi Zoë,

Your interview is coming up on {full(d2)}, and I wanted to get you everything ahead of time.

Zoom: https://vumc.zoom.us/j/96632200174 (passcode VUneuro)
Agenda (Central Time):
  7:45  Log on
  8:00  Welcome – Dr. Abernathy, Program Director
  8:30  Interviews (four faculty, 20 minutes each)
  10:15 Our sites: VUMC, the Nashville VA, and Vanderbilt Stallworth Rehabilitation Hospital
  11:15 Resident lunch (we'll send a DoorDash code)

The night before (Wednesday, February 10, 6:00 PM Central) our residents are hosting a casual virtual trivia
night. Not evaluative, just fun.

Kelsey"""
    staff("2027-02-01 16:00", "vanderbilt-neurology-interview-details", k, "info", c,
          "Vanderbilt Neurology interview – details for next week", txt, tz=CT, idates=[d2],
          must=["96632200174"])


def chattanooga():
    k = "utc-im"
    c = ("Holloway, Brittany", "brittany.holloway@erlanger.org")
    d1, d2 = D("2027-02-17"), D("2027-02-22")
    inv = f"""Dear Ms. Hartwell,

Thank you for applying to the Internal Medicine Residency Program at the University of Tennessee College of
Medicine Chattanooga. Our committee would like to invite you to a virtual interview. We have a small number of
spots remaining:

    {full(d1)}
    {full(d2)}

Interviews run 8:00 AM – 12:30 PM Eastern. Please reply by Friday, February 5 so that we can hold your spot.

A note on our name: we are the Chattanooga campus of the University of Tennessee Health Science Center, and our
residents train at Erlanger Baroness Hospital. Our program is separate from the UTHSC Internal Medicine program in
Memphis and from the University of Tennessee Graduate School of Medicine in Knoxville.

Sincerely,

Brittany Holloway
Residency Program Coordinator, Internal Medicine
University of Tennessee College of Medicine Chattanooga
960 East Third Street, Suite 208, Chattanooga, TN 37403 | 423-555-0168"""
    staff("2027-02-03 11:45", "ut-chattanooga-internal-medicine-interview-invitation", k, "invitation", c,
          "Interview Invitation – UTCOMC Internal Medicine Residency", inv, idates=[d1, d2], deadline="2027-02-05",
          must=["University of Tennessee College of Medicine Chattanooga"])


def knoxville():
    k = "utk-prelim"
    d1, d2 = D("2026-12-11"), D("2027-01-15")
    eras("2026-10-16 09:00", "myeras-interview-invitation-ut-graduate-school-of-medicine-prelim", k, "invitation",
         "Interview Invitation: University of Tennessee Graduate School of Medicine Program", [
             "University of Tennessee Graduate School of Medicine Program (Internal Medicine - Preliminary) has "
             "invited you to interview.",
             "Message from the program:",
             "We are pleased to invite you to interview for our Preliminary Medicine positions in Knoxville. "
             "Please schedule by Thursday, October 22.",
             "Available dates:", f"  {full(d1)}", f"  {full(d2)}",
         ], idates=[d1, d2], deadline="2026-10-22",
         must=["University of Tennessee Graduate School of Medicine"])
    eras("2026-10-16 09:45", "myeras-interview-scheduled-ut-graduate-school-of-medicine-prelim", k, "scheduled",
         "Interview Scheduled: University of Tennessee Graduate School of Medicine Program", [
             "Your interview has been scheduled.",
             "Program: University of Tennessee Graduate School of Medicine Program",
             "Specialty: Internal Medicine - Preliminary", f"Date: {full(d1)}", "Time: 9:00 AM - 12:30 PM ET",
         ], idates=[d1])
    c = ("Cantrell, Amber", "acantrell@utmck.edu")
    staff("2026-12-10 11:10", "ut-gsm-prelim-medicine-interview-tomorrow", k, "reminder", c,
          "Tomorrow – UT GSM Prelim Medicine interview",
          "Hello Zoë,\n\nJust a reminder of your Preliminary Medicine interview tomorrow at 9:00 AM Eastern.\n\n"
          "Webex: https://utmck.webex.com/meet/prelimmed (access code 2630 477 1185)\n\nYou'll meet Dr. Barnhart "
          "and two of our current prelims. Most of our prelim class goes on to neurology, anesthesia and radiology, "
          "so you'll be in good company. We'll finish with a short video tour of UTMCK.\n\nAmber Cantrell\n"
          "Residency Coordinator, Internal Medicine | UT GSM\n1924 Alcoa Highway, Knoxville, TN 37920",
          idates=[d1], must=["2630 477 1185"])
    mine("2026-12-11 17:05", "sent-thank-you-ut-knoxville-preliminary-medicine", k, "info",
         [("Joel Barnhart, MD", "jbarnhart@utmck.edu")], "Thank you – Preliminary Medicine interview",
         "Dear Dr. Barnhart,\n\nThank you for speaking with me this morning. It was reassuring to hear from your "
         "current prelims that the year is built around what they need for their advanced programs, and your "
         "neurology elective in the spring sounds ideal.\n\nBest regards,\nZoë Hartwell", cc=[c])


def memphis():
    k = "uthsc-im"
    prog = "University of Tennessee Health Science Center - Internal Medicine (Memphis)"
    d1, d2 = D("2027-01-13"), D("2027-01-27")
    ib("2026-11-24 12:00", "interview-broker-invitation-uthsc-memphis-internal-medicine", k, "invitation", prog,
       "UTHSC Internal Medicine Residency – Interview Invitation", [
           "Congratulations! The Internal Medicine Residency Program at the University of Tennessee Health Science "
           "Center in Memphis invites you to interview for a categorical position.",
           "Our residents train at Regional One Health, Methodist University Hospital and the Lt. Col. Luke "
           "Weathers, Jr. VA Medical Center. All times below are Central.",
       ], rows=[("Dates", f"{wmd3(d1)}, 2027 or {wmd3(d2)}, 2027"), ("Time", "8:00 AM – 12:30 PM CT"),
                ("Please schedule by", "Sunday, November 29, 2026")],
       action=("https://www.interviewbroker.com/applicant/invite/UTHSC-IM-5170", "Select a date"),
       idates=[d1, d2], deadline="2026-11-29", must=["University of Tennessee Health Science Center"])
    ib("2026-11-24 12:20", "interview-broker-confirmation-uthsc-memphis-internal-medicine", k, "scheduled", prog,
       "UTHSC Internal Medicine – Interview Confirmed", [
           "Your interview has been scheduled. A calendar file is attached.",
       ], rows=[("Date", full(d1)), ("Time", "8:00 AM – 12:30 PM CT"), ("Format", "Virtual")], idates=[d1],
       cal=ics("IB-UTHSC-IM-5170-20270113", at(d1, "08:00", CT), 270, "UTHSC Internal Medicine Interview",
               "Virtual", organizer=("Interview Broker", "no-reply@interviewbroker.com"),
               prodid="-//Interview Broker//Scheduler//EN"))
    ib("2026-12-30 10:05", "interview-broker-cancellation-uthsc-memphis-internal-medicine", k, "cancellation",
       prog, "UTHSC Internal Medicine – Interview Cancelled", [
           f"Your interview on {full(d1)} has been cancelled at your request. The program has been notified.",
           "If this was a mistake, contact the program coordinator directly; cancelled slots may be offered to "
           "other applicants right away.",
       ], cal=ics("IB-UTHSC-IM-5170-20270113", at(d1, "08:00", CT), 270, "UTHSC Internal Medicine Interview",
                  "Virtual", method="CANCEL", seq=1, organizer=("Interview Broker", "no-reply@interviewbroker.com"),
                  prodid="-//Interview Broker//Scheduler//EN"))
    mine("2026-12-30 10:12", "sent-cancelling-uthsc-internal-medicine-interview", k, "cancellation",
         [("Regina Threadgill", "rthreadg@uthsc.edu")], "Cancelling my January 13 interview – Zoë Hartwell",
         "Dear Ms. Threadgill,\n\nI wanted to let you know personally that I have cancelled my Internal Medicine "
         "interview scheduled for January 13 in Interview Broker. I have had to make some difficult decisions about "
         "how many interviews I can give my full attention in January, and I would rather the spot go to someone "
         "who can.\n\nThank you very much for the invitation, and I apologize for any inconvenience.\n\nSincerely,"
         "\nZoë Hartwell")


def kentucky():
    k = "uk-im"
    prog = "University of Kentucky - Internal Medicine Residency"
    d1, d2, d3 = D("2026-12-10"), D("2027-01-07"), D("2027-01-21")
    th_invite("2026-11-16 13:00", "thalamus-invitation-university-of-kentucky-internal-medicine", k, prog, [
        "Thank you for applying to the Internal Medicine Residency Program at the University of Kentucky College of "
        "Medicine. We are happy to invite you to interview for a categorical position.",
        "Interviews are virtual. You will meet our program leadership, interview with faculty and spend time with "
        "our residents from UK HealthCare's Chandler Hospital and the Lexington VA.",
    ], [d1, d2, d3], token="c2a8e4d1-uk-im", deadline="2026-11-20",
        signer="Jessica Thornbury, Program Coordinator, UK Internal Medicine")
    th_booked("2026-11-17 08:30", "thalamus-scheduled-university-of-kentucky-internal-medicine", k, prog, d2,
              "08:00", "12:30", "Virtual", "Zoom", uid="thl-0e7f55b2-uk-im")
    c = ("Thornbury, Jessica", "jessica.thornbury@uky.edu")
    txt = f"""Hi Zoë!

We are so excited to host you on Thursday, {md(d2)}! Here is your link and the plan for the day:

https://uky.zoom.us/j/93087712460 (passcode: UKIM)

• 7:45 – log in, meet the chiefs
• 8:00 – welcome from Dr. Prewitt
• 8:30 – interviews (three)
• 10:15 – Chandler, Good Samaritan and the Lexington VA, in pictures and stories
• 11:30 – lunch with residents (send me your address and we'll have lunch delivered!)

We also host an in-person Second Look on Friday, February 26, for anyone who wants to see Lexington before rank
lists are due. More on that later.

Go Cats,
Jessica

Jessica Thornbury | Residency Program Coordinator
UK Internal Medicine | 800 Rose Street, MN 602, Lexington, KY 40536 | 859-555-0108"""
    staff("2027-01-05 14:00", "uk-im-thursday-interview-excited-to-host-you", k, "reminder", c,
          "UK IM – so excited to host you Thursday!", txt, idates=[d2], must=["93087712460"])

    k = "uk-neuro"
    e1, e2 = D("2027-01-15"), D("2027-01-29")
    eras("2026-11-25 10:00", "myeras-interview-invitation-university-of-kentucky-neurology", k, "invitation",
         "Interview Invitation: University of Kentucky College of Medicine Program", [
             "University of Kentucky College of Medicine Program (Neurology - Categorical) has invited you to "
             "interview.",
             "Message from the program:",
             "The Department of Neurology at the University of Kentucky would like to invite you to interview. Please "
             "schedule by Wednesday, December 2.",
             "Available dates:", f"  {full(e1)}", f"  {full(e2)}",
         ], idates=[e1, e2], deadline="2026-12-02", must=["University of Kentucky College of Medicine"])
    eras("2026-11-25 10:40", "myeras-interview-scheduled-university-of-kentucky-neurology", k, "scheduled",
         "Interview Scheduled: University of Kentucky College of Medicine Program", [
             "Your interview has been scheduled.",
             "Program: University of Kentucky College of Medicine Program", "Specialty: Neurology - Categorical",
             f"Date: {full(e1)}", "Time: 8:30 AM - 1:00 PM ET",
         ], idates=[e1])
    n = ("Sizemore, Rhonda", "rhonda.sizemore@uky.edu")
    staff("2027-01-14 15:00", "uk-neurology-interview-tomorrow", k, "reminder", n,
          "UK Neurology interview tomorrow",
          "Hi Zoë,\n\nA quick note before tomorrow's interview with UK Neurology. Please log on at 8:15 AM ET:\n"
          "https://uky.zoom.us/j/97710438825\n\nYou'll meet Dr. Caudill (PD), Dr. Ferreira-Lund and Dr. Mbeki, and "
          "hear about the Kentucky Neuroscience Institute (KNI) and our stroke and epilepsy programs. If you "
          "interviewed with our Internal Medicine colleagues last week, welcome back to Lexington (virtually)! Our "
          "process is separate from theirs, so feel free to ask about the PGY-1 year with us.\n\nRhonda Sizemore\n"
          "Residency Coordinator, Department of Neurology | UK HealthCare", idates=[e1], must=["97710438825"])
    mine("2027-01-15 17:40", "sent-thank-you-uk-neurology", k, "info",
         [("Wendell Caudill, MD", "wendell.caudill@uky.edu")], "Thank you – UK Neurology interview",
         "Dear Dr. Caudill,\n\nThank you for today. I especially enjoyed hearing about the outreach epilepsy clinics "
         "in eastern Kentucky, and the residents' description of their call schedule was refreshingly honest.\n\n"
         "Warm regards,\nZoë Hartwell", cc=[n])


def louisville():
    k = "uofl-im"
    c = ("Gorman, Patrice", "patrice.gorman@louisville.edu")
    sig = ("Patrice Gorman\nProgram Coordinator | Internal Medicine Residency\nDepartment of Medicine\n"
           "University of Louisville School of Medicine\n530 S. Jackson Street, Louisville, KY 40202 | 502-555-0175")
    staff("2026-11-18 17:30", "uofl-internal-medicine-alternate-interview-list", k, "waitlist", c,
          "UofL Internal Medicine Residency – Alternate Interview List",
          f"""Dear Ms. Hartwell,

Thank you for applying to the Internal Medicine Residency Program at the University of Louisville School of
Medicine. Our interview dates are currently full. The selection committee would like to place you on our alternate
interview list, and we will reach out if an interview becomes available.

Our residents train at UofL Health – UofL Hospital, the Robley Rex VA Medical Center and Norton Healthcare
partner sites.

Best regards,

{sig}""", must=["University of Louisville School of Medicine"])
    mine("2026-12-07 19:00", "sent-letter-of-interest-uofl-internal-medicine", k, "info", c,
         "Letter of continued interest – Zoë Hartwell (AAMC 17290364)",
         "Dear Ms. Gorman,\n\nThank you for placing me on the UofL Internal Medicine alternate interview list. I "
         "would be grateful if you could share this note with Dr. Sewell and the selection committee.\n\nLouisville "
         "is high on my list: my partner is starting a job in the city this summer, and your program's safety-net "
         "mission at UofL Hospital and strong neurology ties through the stroke service match what I want in "
         "residency. I am available for any interview date, including on short notice.\n\nThank you,\nZoë "
         "Hartwell")
    staff("2027-01-25 10:30", "uofl-internal-medicine-alternate-list-update", k, "waitlist", c,
          "UofL IM – Alternate List Update",
          f"""Dear Applicant,

As our interview season nears its end, we wanted to let everyone on our alternate list know where things stand.
Our final interview day is Friday, February 12, and there are currently no open spots. You remain on our alternate
list, and we will contact you directly if an opening occurs.

Thank you for your patience and continued interest.

{sig}""", to="undisclosed-recipients:;")
    staff("2026-12-01 15:20", "uofl-neurology-residency-application-status", "uofl-neuro", "rejection",
          ("UofL Neurology Residency", "neuroresidency@louisville.edu"),
          "University of Louisville Neurology Residency – Application Status",
          """Dear Applicant,

Thank you for your interest in the Neurology Residency Program at the University of Louisville School of Medicine.
Our committee has completed its review, and we are unable to extend an interview invitation to you for the
2026–2027 recruitment season.

Please note that this decision applies only to the Department of Neurology and is independent of any decision by
other University of Louisville residency programs.

We wish you success in the Match.

Neurology Residency Program
University of Louisville School of Medicine
Department of Neurology | 500 S. Preston Street, Louisville, KY 40202""", html=False,
          to="undisclosed-recipients:;", must=["University of Louisville School of Medicine"])


def build():
    meharry()
    vanderbilt()
    chattanooga()
    knoxville()
    memphis()
    kentucky()
    louisville()
