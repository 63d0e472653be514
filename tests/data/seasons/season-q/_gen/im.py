"""Internal Medicine programs (categorical and preliminary)."""
from kit import (AZ, ET, HT, MT, PT, UTC, ADDR, D, FIRST, NAME, SIG, SIG_SHORT, at, awmd, button, clock, coord, e,
                 full, fwd, gquote, ical, link, mail, md, mdy, me, oquote, page, slash, wmd, wslash)
from plat import eras, ib, th_booked, th_invite, th_msg, th_remind

PRE = "preliminary"


# ------------------------------------------------------------------------------------ UNR (home)
def unr():
    c = ("Marisela Duarte", "mduarte@med.unr.edu")
    dd = [D("2026-10-16"), D("2026-10-23"), D("2026-11-13"), D("2026-12-11")]
    t = f"""Hi Keala,

I'm so happy to be writing this one! Dr. Castellanos and our selection committee would like to invite you to
interview with the University of Nevada, Reno School of Medicine Internal Medicine Residency Program (Reno).

Because you are one of our own students, you are welcome to interview in person at the Pennington Medical
Education Building on the UNR campus. Everyone else interviews on Zoom, so if virtual is easier with your
schedule, just say so.

Interview days this season:
{chr(10).join('    ' + wmd(x) for x in dd)}

Please reply with your top two choices by Wednesday, October 7. Days start at 7:30 a.m. and finish by about
1:00 p.m. with lunch at Renown.

Our residents rotate at Renown Regional Medical Center and the VA Sierra Nevada Health Care System (Ioannis A.
Lougaris VA Medical Center). A reminder that the Las Vegas IM program is a separate program with its own
interview process.

Warmly,
Marisela

Marisela Duarte, C-TAGME
Program Coordinator, Internal Medicine Residency – Reno
University of Nevada, Reno School of Medicine | Department of Internal Medicine
1155 Mill Street, W-11, Reno, NV 89502 | (775) 555-0142"""
    m1 = coord("2026-10-01 10:05", "unr-im-interview-invitation", "unr-im", "invitation", c,
               "Interview Invitation – UNR Med Internal Medicine Residency", t, idates=dd, deadline="2026-10-07",
               must=["Renown Regional Medical Center", "Pennington Medical Education Building"])
    r = me("2026-10-01 21:12", "sent-re-unr-im-interview-invitation", "unr-im", "scheduled", c,
           "Re: Interview Invitation – UNR Med Internal Medicine Residency",
           "Hi Marisela,\n\nThis made my whole week, thank you! I'd love to come in person. My first choice is "
           "Friday, October 23 and my second is Friday, October 16.\n\nThanks so much,\nKeala",
           irt=m1, quote=gquote("2026-10-01 10:05", *c, curly_t(t)), idates=[dd[1]], sig=SIG_SHORT)
    d = dd[1]
    cf = f"""Hi Keala,

Perfect – you're confirmed for Friday, October 23 (in person). A calendar invite is attached. Please plan to
arrive at the Pennington building by 7:20; I'll send the detailed itinerary a day or two before.

Marisela

Marisela Duarte, C-TAGME | Program Coordinator, Internal Medicine Residency – Reno
University of Nevada, Reno School of Medicine"""
    coord("2026-10-02 08:40", "re-unr-im-interview-confirmed", "unr-im", "scheduled", c,
          "RE: Interview Invitation – UNR Med Internal Medicine Residency", cf + oquote(
              "2026-10-01 21:12", NAME, ADDR, "Duarte, Marisela", "Re: Interview Invitation – UNR Med Internal "
              "Medicine Residency", "Hi Marisela,\n\nThis made my whole week, thank you! I'd love to come in person. "
              "My first choice is Friday, October 23 and my second is Friday, October 16."),
          irt=r, idates=[d],
          cal=ical("unrim-20261023-ostrander@med.unr.edu", at(d, "07:30"), 330,
                   "UNR Med IM Residency Interview (in person)",
                   "Pennington Medical Education Building, 1664 N. Virginia St, Reno, NV", "Interview day",
                   organizer=c, mode="tzid", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    it = """Good afternoon Keala,

Here is your schedule for tomorrow, Friday, October 23. Park in the Brian J. Whalen Parking Complex (we will
give you a validation sticker) and come up to the 2nd-floor conference room in Pennington.

7:30   Coffee and welcome – Dr. Owen Castellanos, Program Director
8:00   Program overview and Q&A with the chiefs
8:45   Interviews: Dr. Yazzie, Dr. Lindqvist, Dr. Farah (20 min each)
10:15  Walking tour of Renown Regional Medical Center (Tahoe Tower, ICU, resident workroom)
11:30  Lunch with current residents
12:45  Closing remarks

Business casual is fine; you will be doing some walking.

See you in the morning!
Marisela"""
    coord("2026-10-22 14:30", "unr-im-itinerary-tomorrow", "unr-im", "reminder", c,
          "Your itinerary for tomorrow – IM interview day", it, idates=[d], must=["Brian J. Whalen Parking Complex"])
    me("2026-10-23 20:05", "sent-thank-you-unr-im", "unr-im", "info",
       [("Owen Castellanos", "ocastellanos@med.unr.edu")], "Thank you for today",
       "Dear Dr. Castellanos,\n\nThank you for today. I've spent three years watching your residents from the "
       "student side at Renown and the VA, and it was a different kind of fun to hear the program described "
       "from the inside. The rural track at Carson Valley and the point-of-care ultrasound curriculum are both "
       "things I would genuinely use.\n\nI appreciate everything the department has done for me as a student."
       "\n\nWith thanks,\nKeala", cc=[c])


def curly_t(t):
    from kit import curly
    return curly(t)


# ------------------------------------------------------------------------------------ UC Davis IM
def ucd_im():
    prog = "University of California (Davis) Health Program"
    dd = [D("2026-10-27"), D("2026-11-10"), D("2026-11-17"), D("2026-12-01")]
    eras("2026-10-06 09:18", "myeras-interview-invitation-uc-davis", "ucd-im", "invitation",
         "You have an interview invitation",
         ["A program has invited you to interview through the ERAS interview scheduler.",
          f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          "Dates offered: " + " | ".join(full(x) for x in dd),
          "Please schedule by October 13, 2026. After the program's freeze date you can no longer change your "
          "selection in MyERAS; contact the program instead."],
         idates=dd, deadline="2026-10-13", must=[prog])
    d = dd[1]
    eras("2026-10-06 19:47", "myeras-interview-scheduled-uc-davis", "ucd-im", "scheduled",
         "Interview scheduled",
         ["You scheduled an interview.", f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          f"Date: {full(d)}", "Time: 7:45 AM - 12:15 PM Pacific", "Location: Virtual"],
         idates=[d], must=[prog])
    c = ("Trinh Vo", "tvo@health.ucdavis.edu")
    t = f"""Hello Keala,

We are looking forward to meeting you on Tuesday, November 10! A few things ahead of your virtual day with
the UC Davis Health Internal Medicine Residency Program:

• Optional resident social the evening before (Monday, November 9, 6:30–7:30 p.m. PT, Zoom – no
  interviewers, just residents). Link: https://ucdavis.zoom.us/j/95550443120
• Interview day: 7:45 a.m. – 12:15 p.m. PT. Your personal Zoom link and interviewer list will arrive by
  e-mail on the morning of the 10th.
• Our residents train at UC Davis Medical Center in Sacramento and at the VA Northern California Health Care
  System (Sacramento VA Medical Center at Mather).

If you also applied to other UC Davis residencies, please know that each department interviews
separately; nothing in this message applies to them.

Best,
Trinh Vo
Residency Program Manager, Internal Medicine
UC Davis Health | Department of Internal Medicine
4150 V Street, Suite 3100, Sacramento, CA 95817"""
    coord("2026-11-04 13:22", "uc-davis-im-interview-details", "ucd-im", "info", c,
          "UC Davis Internal Medicine – your interview on 11/10", t, idates=[d],
          must=["VA Northern California Health Care System"])
    me("2026-11-10 17:31", "sent-thank-you-uc-davis-im", "ucd-im", "info",
       [("Trinh Vo", "tvo@health.ucdavis.edu")], "Thank you – UC Davis IM interview",
       "Hi Trinh,\n\nThank you for running such an organized day. Could you please pass my thanks along to "
       "Dr. Mehta and Dr. Achterberg? I loved hearing about the Mather VA clinic and the rural health track. "
       "Sacramento is close to home for me and today made it feel even closer.\n\nBest,\nKeala")


# ------------------------------------------------------------------------------------ Kaiser Permanente
def kaiser():
    # Oakland: ERAS + coordinator packet
    prog = "Kaiser Permanente Northern California (Oakland) Program"
    dd = [D("2026-10-29"), D("2026-11-12"), D("2026-12-10")]
    eras("2026-10-09 11:02", "myeras-interview-invitation-kaiser-oakland", "kpoak-im", "invitation",
         "You have an interview invitation",
         ["A program has invited you to interview through the ERAS interview scheduler.",
          f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          "Dates offered: " + " | ".join(full(x) for x in dd),
          "Invitations are extended on a rolling basis and dates fill in the order they are chosen."],
         idates=dd, must=[prog])
    d = dd[0]
    eras("2026-10-09 11:26", "myeras-interview-scheduled-kaiser-oakland", "kpoak-im", "scheduled",
         "Interview scheduled",
         ["You scheduled an interview.", f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          f"Date: {full(d)}", "Time: 8:00 AM - 1:00 PM Pacific", "Location: Virtual (Microsoft Teams)"],
         idates=[d], must=[prog])
    c = ("Renata Salgado", "renata.x.salgado@kp.org")
    t = f"""Dear Ms. Ostrander,

Thank you for choosing Thursday, October 29 to interview with the Kaiser Permanente Oakland Internal Medicine
Residency. Below is everything you need for the day.

Join (Microsoft Teams): https://teams.microsoft.com/l/meetup-join/19%3ameeting_KPOakIM1029%40thread.v2
Please sign in by 7:50 a.m.

08:00  Welcome – Dr. Abigail Strand, Program Director
08:30  "A day on the wards" – chief residents
09:15  Faculty interviews (three, 20 minutes each)
11:00  Breakout rooms with residents
12:30  Q&A and close

A note we get asked about often: the Oakland and San Francisco Kaiser Permanente IM residencies are separate
programs with separate interviews and rank lists. Our residents do rotate at Kaiser Permanente Richmond
Medical Center and spend elective time in regional specialty clinics.

Kind regards,
Renata Salgado
Residency Coordinator, Internal Medicine
Kaiser Permanente Oakland Medical Center | Graduate Medical Education
3600 Broadway, Oakland, CA 94611"""
    coord("2026-10-27 15:48", "kaiser-oakland-im-interview-thursday", "kpoak-im", "reminder", c,
          "KP Oakland Internal Medicine – interview day information (10/29)", t, idates=[d],
          must=["Kaiser Permanente Richmond Medical Center"])

    # San Francisco: waitlist by coordinator, then a Thalamus waitlist release
    c2 = ("Desmond Achebe", "desmond.a.achebe@kp.org")
    t2 = """Dear Keala,

Thank you for applying to the Kaiser Permanente San Francisco Internal Medicine Residency Program. We have
been impressed by the applicant pool this year and our interview calendar filled faster than expected.

We would very much like to keep your application active, so we have added you to our interview waitlist.
If a date opens up it will be released to the waitlist through Thalamus, so please make sure notifications
from noreply@thalamusgme.com reach your inbox. There is nothing else you need to do right now.

Please note that Kaiser Permanente Oakland, Santa Clara and our other Northern California programs review
applications on their own; this message concerns Kaiser Permanente San Francisco Medical Center only.

With appreciation,
Desmond Achebe
Program Coordinator | Internal Medicine Residency
Kaiser Permanente San Francisco Medical Center
2425 Geary Blvd, San Francisco, CA 94115"""
    w = coord("2026-10-22 16:10", "kaiser-sf-im-interview-waitlist", "kpsf-im", "waitlist", c2,
              "Your application – Kaiser Permanente San Francisco Internal Medicine", t2,
              must=["Kaiser Permanente San Francisco Medical Center"])
    me("2026-11-16 07:55", "sent-letter-of-interest-kaiser-sf", "kpsf-im", "info", c2,
       "Letter of interest – Keala Ostrander (waitlist)",
       "Dear Mr. Achebe and Dr. Lau,\n\nI wanted to write to let you know that Kaiser Permanente San Francisco "
       "remains one of the programs I am most excited about. My grandmother has been a Kaiser member in the "
       "Richmond District for thirty years and I have watched what integrated primary care can do for an older "
       "patient with a lot going on. I also have family in the Bay Area, which matters to me and my partner.\n\n"
       "Since I applied I have finished my sub-internship in medicine at the VA Sierra Nevada and I am about to "
       "start an ambulatory elective in HIV medicine.\n\nIf an interview date opens, I would be delighted to "
       "take it on short notice.\n\nThank you for your consideration,\nKeala", irt=w)
    prog2 = "Kaiser Permanente San Francisco - Internal Medicine"
    d2 = D("2027-01-07")
    th_msg("2026-12-08 12:30", "thalamus-waitlist-date-available", "kpsf-im", "invitation", prog2,
           "An interview date opened: Kaiser Permanente San Francisco - Internal Medicine",
           ["Good news: an interview slot has opened and Kaiser Permanente San Francisco - Internal Medicine is "
            "offering it to applicants on its waitlist.",
            f"Open date: {full(d2)} (virtual).",
            "This waitlist is pooled: everyone on it received this message at the same moment, and the first "
            "applicant to accept in Thalamus gets the slot."],
           idates=[d2], btn=("https://app.thalamusgme.com/applicant/interviews/waitlist/kpsf-im-0107", "Accept this date"))
    th_booked("2026-12-08 12:34", "thalamus-interview-scheduled-kaiser-sf", "kpsf-im", prog2, d2, "08:00", "12:30",
              "Virtual", "Microsoft Teams (link from the program)", uid="th-kpsfim-20270107-ko",
              note="You were added to this date from the program's waitlist.")
    th_remind("2027-01-06 10:00", "thalamus-reminder-kaiser-sf", "kpsf-im", prog2, d2, "08:00", "Virtual",
              "Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_KPSFIM0107",
              extra="Dr. Lau asks that you keep your camera on during the resident breakout rooms.")

    # Santa Clara: rejection delivered through the ERAS post office
    eras("2026-11-12 14:05", "myeras-message-kaiser-santa-clara", "kpsc-im", "rejection",
         "Message from Kaiser Permanente Northern California (Santa Clara) Program",
         ["You have received the following message from Kaiser Permanente Northern California (Santa Clara) "
          "Program:",
          "“Dear Applicant, thank you for your interest in the Internal Medicine Residency at Kaiser Permanente "
          "Santa Clara Medical Center. We have completed our review of your application and regret that we are "
          "not able to offer you an interview this season. Because we received more than 3,400 applications for "
          "16 positions, many excellent candidates could not be invited. We wish you the very best in the Match. "
          "— Internal Medicine Residency Selection Committee”"],
         must=["Kaiser Permanente Santa Clara Medical Center"])


# ------------------------------------------------------------------------------------ Olive View (cancelled)
def olive_view():
    prog = "Olive View/UCLA Medical Center Program"
    dd = [D("2026-12-14"), D("2027-01-11")]
    eras("2026-10-28 08:33", "myeras-interview-invitation-olive-view", "oliveview-im", "invitation",
         "You have an interview invitation",
         ["A program has invited you to interview through the ERAS interview scheduler.",
          f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          "Dates offered: " + " | ".join(full(x) for x in dd),
          "Respond by November 4, 2026."],
         idates=dd, deadline="2026-11-04", must=[prog])
    eras("2026-10-28 12:16", "myeras-interview-scheduled-olive-view", "oliveview-im", "scheduled",
         "Interview scheduled",
         ["You scheduled an interview.", f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          f"Date: {full(dd[0])}", "Time: 8:30 AM - 1:00 PM Pacific", "Location: Virtual"],
         idates=[dd[0]], must=[prog])
    c = ("Lourdes Ybarra", "lybarra@dhs.lacounty.gov")
    body = ("Dear Ms. Ybarra,\n\nI am writing to cancel my interview with the Olive View–UCLA Internal Medicine "
            "Residency on Monday, December 14. I have also released the date in the ERAS scheduler so that "
            "another applicant can have it.\n\nThis was a hard decision. I have had the chance to interview with "
            "several programs in Los Angeles and I need to keep my December manageable with my ICU rotation. "
            "Thank you, and Dr. Ocampo, for the invitation.\n\nSincerely,\nKeala Ostrander")
    r = me("2026-12-01 18:40", "sent-cancel-olive-view-im-interview", "oliveview-im", "cancellation", c,
           "Cancelling my 12/14 interview – Keala Ostrander", body)
    coord("2026-12-02 09:14", "re-olive-view-im-cancellation", "oliveview-im", "cancellation", c,
          "RE: Cancelling my 12/14 interview – Keala Ostrander",
          """Hi Keala,

Thank you for letting us know, and for releasing the slot – someone on our waitlist was very happy this
morning. Your cancellation is processed. We wish you all the best this interview season.

Lourdes Ybarra
GME Program Coordinator, Department of Medicine
Olive View–UCLA Medical Center | Los Angeles County Department of Health Services
14445 Olive View Drive, Sylmar, CA 91342""" + oquote("2026-12-01 18:40", NAME, ADDR, "Ybarra, Lourdes",
                                                     "Cancelling my 12/14 interview – Keala Ostrander",
                                                     body.split("\n\nThis was")[0]),
          irt=r, must=["Olive View–UCLA Medical Center"])


# ------------------------------------------------------------------------------------ Cedars-Sinai (two tracks)
def cedars():
    pc = "Cedars-Sinai Medical Center — Internal Medicine Residency (Categorical)"
    pp = "Cedars-Sinai Medical Center — Internal Medicine Residency (Preliminary)"
    c = ("Imani Rhodes", "imani.rhodes@cshs.org")
    dc = [D("2026-10-30"), D("2026-11-06"), D("2026-11-13"), D("2026-12-04")]
    dp = [D("2026-11-20"), D("2026-12-18")]
    ib("2026-10-14 10:02", "interview-broker-invitation-cedars-categorical", "cedars-im", "invitation", pc,
       "Interview Invitation – Cedars-Sinai Internal Medicine (Categorical)",
       ["Congratulations! The Internal Medicine Residency Program at Cedars-Sinai Medical Center in Los Angeles "
        "invites you to a virtual interview for the Categorical track.",
        "Select one of the dates below. Spaces are limited, so please make your selection within 5 days "
        "(by Monday, October 19).",
        "Available dates: " + "; ".join(full(x) for x in dc)],
       idates=dc, deadline="2026-10-19", btn=("https://www.interviewbroker.com/applicant/cshs-im-cat-27", "Choose a Date"),
       reply_to=c)
    ib("2026-10-14 10:05", "interview-broker-invitation-cedars-preliminary", "cedars-prelim", "invitation", pp,
       "Interview Invitation – Cedars-Sinai Internal Medicine (Preliminary)",
       ["The Internal Medicine Residency Program at Cedars-Sinai Medical Center also invites you to interview for "
        "its one-year Preliminary position. Preliminary interviews are held on separate days from categorical "
        "interviews and are scheduled through this separate campaign.",
        "Available dates: " + "; ".join(full(x) for x in dp)],
       idates=dp, btn=("https://www.interviewbroker.com/applicant/cshs-im-prelim-27", "Choose a Date"), reply_to=c)
    d1, d2 = dc[1], dp[0]
    ib("2026-10-14 10:20", "interview-broker-confirmation-cedars-categorical", "cedars-im", "scheduled", pc,
       f"Interview Confirmed – {full(d1)}",
       ["Your interview is confirmed. A calendar file is attached."],
       rows=[("Program", pc), ("Date", full(d1)), ("Time", "7:30 AM – 12:30 PM (Pacific)"), ("Format", "Virtual (Zoom)")],
       idates=[d1], reply_to=c,
       cal=ical("ib-cshs-cat-1106-ko", at(d1, "07:30"), 300, "Cedars-Sinai IM (Categorical) Interview", "Zoom",
                "Link sent by the program before the interview day", mode="utc",
                prodid="-//Interview Broker//EN"))
    ib("2026-10-14 10:24", "interview-broker-confirmation-cedars-preliminary", "cedars-prelim", "scheduled", pp,
       f"Interview Confirmed – {full(d2)}",
       ["Your interview is confirmed. A calendar file is attached."],
       rows=[("Program", pp), ("Date", full(d2)), ("Time", "8:00 AM – 11:30 AM (Pacific)"), ("Format", "Virtual (Zoom)")],
       idates=[d2], reply_to=c,
       cal=ical("ib-cshs-pre-1120-ko", at(d2, "08:00"), 210, "Cedars-Sinai IM (Preliminary) Interview", "Zoom",
                "Link sent by the program before the interview day", mode="utc",
                prodid="-//Interview Broker//EN"))
    t = f"""Dear Keala,

We're excited to host you on Friday, November 6 for your categorical interview day! Here's what to expect.

Thursday, November 5, 6:00 p.m. PT – optional virtual mixer with our interns (Zoom link below; come and go
as you like).
Friday, November 6 – interview day, 7:30 a.m. to 12:30 p.m. PT. Your breakout room assignments will be
e-mailed Thursday afternoon.

Mixer link: https://cedars-sinai.zoom.us/j/95550611274

Because you are also scheduled for our preliminary interview on November 20, please know that the two days
are evaluated separately. The prelim day is shorter and you'll get a separate note about it.

Residents rotate at Cedars-Sinai Medical Center and at Cedars-Sinai Marina del Rey Hospital, and spend
ambulatory blocks at the Cedars-Sinai Medical Network clinics.

Best wishes,
Imani Rhodes
Program Coordinator, Internal Medicine Residency
Cedars-Sinai Medical Center | 8700 Beverly Blvd., Suite 4310, Los Angeles, CA 90048"""
    coord("2026-11-02 11:57", "cedars-sinai-im-what-to-expect", "cedars-im", "info", c,
          "Cedars-Sinai IM – what to expect on 11/6", t, idates=[d1],
          must=["Cedars-Sinai Marina del Rey Hospital"])
    ib("2026-11-19 09:00", "interview-broker-reminder-cedars-preliminary", "cedars-prelim", "reminder", pp,
       "Reminder: your interview is tomorrow",
       ["This is a reminder of your upcoming interview.",
        "Zoom: https://cedars-sinai.zoom.us/j/95550611899 (passcode prelim27)"],
       rows=[("Program", pp), ("Date", full(d2)), ("Time", "8:00 AM – 11:30 AM (Pacific)")],
       idates=[d2], reply_to=c)


# ------------------------------------------------------------------------------------ SCVMC / Stanford IM
def scvmc_stanford():
    prog = "Santa Clara Valley Medical Center - Internal Medicine"
    dd = [D("2026-11-03"), D("2026-11-17"), D("2026-12-15")]
    th_invite("2026-10-16 14:00", "thalamus-invitation-scvmc-im", "scvmc-im", prog,
              ["The Internal Medicine Residency at Santa Clara Valley Medical Center (SCVMC) is delighted to invite "
               "you to interview. SCVMC is the County of Santa Clara's safety-net teaching hospital in San José and "
               "a Stanford-affiliated training site; our residents are employed by the county.",
               "All interviews are virtual this year."],
              dd, url="https://app.thalamusgme.com/applicant/invitations/scvmc-im-11492",
              deadline=("2026-10-21", "Wednesday, October 21, 2026 at 5:00 PM PT"),
              signer="Ana Lucía Brennan, Program Coordinator", must=["Stanford-affiliated"])
    d = dd[1]
    th_booked("2026-10-16 18:41", "thalamus-scheduled-scvmc-im", "scvmc-im", prog, d, "08:00", "12:30", "Virtual",
              "Zoom (link to follow from the program)", uid="th-scvmcim-1117-ko", icsmode="tzid")
    c = ("Ana Lucía Brennan", "analucia.brennan@hhs.sccgov.org")
    t = """Hi Keala,

Thanks for signing up for Tuesday, November 17! I meant to attach our applicant guide, but the county
e-mail system strips PDFs going to outside addresses, so here is the link instead:
https://scvmc.sccgov.org/gme/internal-medicine/2027-applicant-guide

A common question: Stanford faculty teach on our wards and some of our residents do electives at Stanford
Hospital, but we are a separate residency with our own Match number. The Stanford IM program runs its own
interviews.

Your Zoom link will come the day before.

Best,
Ana Lucía

Ana Lucía Brennan
Program Coordinator, Internal Medicine Residency
Santa Clara Valley Medical Center | County of Santa Clara Health System
751 S. Bascom Ave., San José, CA 95128"""
    coord("2026-11-09 10:26", "scvmc-im-applicant-guide", "scvmc-im", "info", c,
          "SCVMC Internal Medicine – applicant guide and a note", t, idates=[d],
          must=["County of Santa Clara Health System"])
    t2 = """Dear Applicant,

Thank you for applying to the Stanford Internal Medicine Residency Program. We have now extended all of our
interview invitations for the 2026–2027 recruitment season.

We are sorry that we are unable to offer you an interview invitation this year. The number of outstanding
applications far exceeded our interview capacity, and our decisions are not a reflection of your potential
as a physician.

Please note that Santa Clara Valley Medical Center, the Palo Alto VA and Kaiser Permanente programs in the
region make their own interview decisions.

We wish you every success in the Match.

Stanford Internal Medicine Residency Program
Department of Medicine, Stanford University School of Medicine | Stanford Health Care
300 Pasteur Drive, Stanford, CA 94305"""
    coord("2026-11-20 17:02", "stanford-im-application-status", "stanford-im", "rejection",
          ("Stanford IM Residency", "imresidency@stanford.edu"), "Stanford Internal Medicine – application status",
          t2, html=False, bcc_hidden=True, must=["Stanford Internal Medicine Residency Program"])


# ------------------------------------------------------------------------------------ Banner (Phoenix, Tucson)
def banner_im():
    prog = "Banner - University Medical Center Phoenix - Internal Medicine"
    dd = [D("2026-10-21"), D("2026-11-04"), D("2026-11-18")]
    th_invite("2026-10-08 07:00", "thalamus-invitation-banner-phoenix-im", "bphx-im", prog,
              ["Thank you for applying to the Internal Medicine Residency at Banner - University Medical Center "
               "Phoenix. We would be pleased to meet you at one of our virtual interview days.",
               "Thank you also for signaling our program."],
              dd, url="https://app.thalamusgme.com/applicant/invitations/bumcp-im-20961",
              deadline=("2026-10-13", "Tuesday, October 13, 2026"), must=["signaling"])
    d = dd[1]
    th_booked("2026-10-08 07:09", "thalamus-scheduled-banner-phoenix-im", "bphx-im", prog, d, "08:00", "13:00",
              "Virtual", "Zoom", uid="th-bumcpim-1104-ko", tz=AZ)
    c = ("Cassidy Nez", "cassidy.nez@bannerhealth.com")
    t = f"""Good morning Keala,

We are excited to host you on Wednesday, November 4! Please note that all times are Arizona time (MST – we
don't change our clocks), so now that California has fallen back we are one hour ahead of Pacific time.

Zoom: https://arizona.zoom.us/j/95550927730 (passcode BUMCP)

8:00  Welcome from Dr. Haskell, Program Director
8:20  Program overview: Banner University Medical Center–Phoenix and the Phoenix VA (Carl T. Hayden VA
      Medical Center)
9:00  Interviews (30 minutes each, 3 faculty)
11:00 Resident panel and virtual tour
12:30 Closing

We are the University of Arizona College of Medicine – Phoenix Internal Medicine Residency; our Tucson
colleagues at Banner – University Medical Center Tucson are a separate program.

See you Wednesday,
Cassidy Nez
Program Coordinator, Internal Medicine Residency
Banner University Medical Center–Phoenix | University of Arizona College of Medicine – Phoenix
1111 E. McDowell Rd., Phoenix, AZ 85006"""
    coord("2026-11-02 09:41", "banner-phoenix-im-interview-wednesday", "bphx-im", "reminder", c,
          "Interview Day Details – Wednesday 11/4 – BUMCP Internal Medicine", t, tz=AZ, idates=[d],
          must=["Carl T. Hayden VA"])
    eras("2026-11-13 13:30", "myeras-new-message-arizona-phoenix", "bphx-im", "info",
         "You have a new message in MyERAS",
         ["You have received a new message from University of Arizona College of Medicine-Phoenix Program.",
          "To read it, sign in to MyERAS and open Messages."],
         must=["University of Arizona College of Medicine-Phoenix Program"])

    # Tucson: a waitlist that reads like a rejection, her letter, an update
    c2 = ("Internal Medicine Residency – Tucson", "IMresidency.Tucson@bannerhealth.com")
    t2 = """Dear Keala Ostrander,

Thank you for your application to the Internal Medicine Residency Program at Banner – University Medical
Center Tucson and the University of Arizona College of Medicine – Tucson.

After careful review, we are unable to offer you an interview at this time. Your application has, however,
been placed on our alternate list. If interview availability opens later in the season, we will contact
applicants on the alternate list directly by e-mail.

We appreciate your interest in our program.

Respectfully,
Internal Medicine Residency Program
Banner – University Medical Center Tucson
1501 N. Campbell Ave., Tucson, AZ 85724"""
    w = coord("2026-11-05 15:20", "banner-tucson-im-application-status", "btuc-im", "waitlist", c2,
              "Application Status – Internal Medicine Residency", t2, tz=AZ, must=["alternate list"])
    me("2026-12-10 19:25", "sent-letter-of-interest-banner-tucson-im", "btuc-im", "info", c2,
       "Re: Application Status – Internal Medicine Residency",
       "Dear Dr. Quintero and selection committee,\n\nThank you for keeping my application on your alternate "
       "list. I wanted to share that I remain very interested in training in Tucson: the Banner – UMC South "
       "rotation and the border health curriculum line up with the Spanish-language clinic I have volunteered "
       "in for three years in Reno.\n\nI would be glad to interview on any date, virtually or in person.\n\n"
       "Respectfully,\nKeala Ostrander", irt=w)
    t3 = """Dear applicants,

We wanted to give everyone on our alternate list an update. Our remaining interview days are full, and our
final interview day is Thursday, January 28. We will continue to contact alternates individually if a
cancellation occurs before then, so you remain on the list.

Thank you for your patience and your continued interest.

Internal Medicine Residency Program
Banner – University Medical Center Tucson | University of Arizona College of Medicine – Tucson"""
    coord("2027-01-14 11:45", "banner-tucson-im-alternate-list-update", "btuc-im", "waitlist", c2,
          "Alternate list update – BUMCT Internal Medicine", t3, tz=AZ, bcc_hidden=True)


# ------------------------------------------------------------------------------------ St. Joseph's Phoenix
def stjoe():
    c = ("Gabriela Montaño", "gabriela.montano@commonspirit.org")
    dd = [D("2026-11-10"), D("2026-12-08"), D("2027-01-12")]
    t = f"""Dear Keala,

On behalf of Dr. Nathaniel Osei and the Internal Medicine Residency Program at St. Joseph's Hospital and Medical
Center in Phoenix, it is my pleasure to invite you to interview with us!

We are a Dignity Health hospital (part of CommonSpirit Health) and an academic affiliate of Creighton
University School of Medicine through the Creighton University Arizona Health Education Alliance. This year
we are interviewing in person, on campus, on these Tuesdays:

  • {wmd(dd[0])}
  • {wmd(dd[1])}
  • {wmd(dd[2])}

Please select your date in Thalamus by Wednesday, October 28:
https://app.thalamusgme.com/applicant/invitations/sjhmc-im-30418

The evening before each interview day we host an informal dinner with residents (no faculty, no evaluation).
We hold a small block of rooms at the Hilton Garden Inn Phoenix Midtown for $139/night – mention "St. Joseph's
GME" when booking. Travel costs are not reimbursed.

We look forward to meeting you!

Gabriela Montaño
Residency Program Coordinator – Internal Medicine
St. Joseph's Hospital and Medical Center | Dignity Health
350 W. Thomas Rd., Phoenix, AZ 85013"""
    coord("2026-10-21 10:30", "st-josephs-phoenix-im-interview-invitation", "stjoe-im", "invitation", c,
          "Invitation to Interview – St. Joseph's Internal Medicine Residency", t, tz=AZ, idates=dd,
          deadline="2026-10-28", must=["Creighton University Arizona Health Education Alliance", "Hilton Garden Inn"])
    d = dd[1]
    th_booked("2026-10-22 06:48", "thalamus-scheduled-st-josephs-im", "stjoe-im",
              "St. Joseph's Hospital and Medical Center - Internal Medicine", d, "07:30", "14:00", "In-Person",
              "St. Joseph's Hospital and Medical Center, 350 W. Thomas Rd., Phoenix, AZ", uid="th-sjhmcim-1208-ko",
              tz=AZ)
    t2 = """Hi Keala,

Looking forward to seeing you tomorrow! A few last-minute details:

Tonight (Monday) – resident dinner at 6:30 p.m., The Henry on Camelback (4455 E. Camelback Rd.). Look for
Drs. Begay and Truong.

Tomorrow (Tuesday, December 8) – check in at 7:15 a.m. in the lobby of the Barrow Neurological Institute
building; someone will walk you to the GME suite. Visitor parking is in the Thomas Road garage; bring the ticket
and we will validate it. We finish around 2:00 p.m., so flights after 4:00 are safe.

Safe travels,
Gabriela"""
    coord("2026-12-07 08:05", "st-josephs-im-see-you-tomorrow", "stjoe-im", "reminder", c,
          "See you tomorrow! Dinner tonight + check-in details", t2, tz=AZ, idates=[d],
          must=["Barrow Neurological Institute"])
    me("2026-12-08 21:50", "sent-thank-you-st-josephs-im", "stjoe-im", "info",
       [("Nathaniel Osei", "nathaniel.osei@commonspirit.org")], "Thank you – St. Joseph's IM interview day",
       "Dear Dr. Osei,\n\nThank you for hosting me in Phoenix today. It was my first in-person interview outside "
       "Reno and it reminded me how much you learn from walking the halls: the resident workroom, the "
       "conversation with the night float interns at lunch, and seeing the Barrow stroke pathway in person.\n\n"
       "I'm grateful for the dinner last night as well – please thank Dr. Begay and Dr. Truong for me.\n\n"
       "Warm regards,\nKeala", cc=[c])


# ------------------------------------------------------------------------------------ Providence
def providence():
    c = ("Shannon McAlister", "shannon.mcalister@providence.org")
    dd = [D("2026-11-05"), D("2026-11-19"), D("2026-12-03")]
    su = "https://www.signupgenius.com/go/10C0E4AADA92FA4FF2-57330211-ppmcim"
    t = f"""Hi Keala,

Congratulations! The Internal Medicine Residency at Providence Portland Medical Center would like to invite
you to a virtual interview. Our interview days this season are Thursdays:

{chr(10).join('- ' + wmd(x) for x in dd)}

Please sign up for one day using our SignUpGenius page: {su}
Sign-up closes Friday, November 6 at noon, or when days fill.

Heads up: Providence St. Vincent Medical Center (also in Portland) has its own IM residency, and we don't
coordinate interviews – if you applied to both, you'll hear from each program separately.

Thanks, and see you soon on Zoom!
Shannon

Shannon McAlister | Residency Coordinator, Internal Medicine
Providence Portland Medical Center
5050 NE Hoyt St., Suite 540, Portland, OR 97213"""
    coord("2026-10-30 13:15", "providence-portland-im-interview-invitation", "provpdx-im", "invitation", c,
          "Providence Portland IM – Interview Invitation!", t, html=False, idates=dd, deadline="2026-11-06",
          must=["Providence St. Vincent Medical Center"])
    d = dd[1]
    st = f"""Thank you for signing up!

Keala Ostrander, you signed up for the following slot(s):

Providence Portland IM Residency – Virtual Interview Days 2026
Slot: Interview Day (8:00am - 12:00pm PT)
Date: {slash(d)} ({d:%a})

You can change your sign up here: https://www.signupgenius.com/go/10C0E4AADA92FA4FF2-57330211-ppmcim#/mysignups

Organizer: Shannon McAlister

SignUpGenius – Sign up for the good stuff."""
    h = page([e(x) for x in st.split("\n\n")],
             brand='<b style="color:#00a651;font-size:18px">SignUpGenius</b>', accent="#00a651",
             foot="SignUpGenius, 5431 Wilkinson Blvd., Charlotte, NC 28208")
    mail("2026-10-30 13:52", "signupgenius-confirmation-providence-portland", "provpdx-im", "scheduled",
         ("SignUpGenius", "DoNotReply@signupgenius.com"),
         "Sign Up Confirmation: Providence Portland IM Residency – Virtual Interview Days 2026", st, h, tz=ET,
         reply_to=c, idates=[d])
    t2 = """Hi Keala,

Tomorrow's the day! Zoom link: https://providence.zoom.us/j/95550339481 – please log on by 7:50 a.m. Pacific.

Your interviewers: Dr. Halvorsen (PD), Dr. Ibekwe (APD), and Dr. Sato (Chief Resident).

We'll finish with a virtual tour of the Providence Portland campus and the Providence Cancer Institute.

Shannon"""
    coord("2026-11-18 12:05", "providence-portland-im-zoom-tomorrow", "provpdx-im", "reminder", c,
          "Zoom link for tomorrow – Providence Portland IM", t2, html=False, idates=[d])

    # Spokane: late ERAS invitation, unanswered at as_of
    prog = "Providence Sacred Heart Medical Center Program"
    dd2 = [D("2027-02-16"), D("2027-02-18")]
    eras("2027-02-02 10:44", "myeras-interview-invitation-providence-spokane", "provspk-im", "invitation",
         "You have an interview invitation",
         ["A program has invited you to interview through the ERAS interview scheduler.",
          f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          "Dates offered: " + " | ".join(full(x) for x in dd2),
          "Program note: “We have added two final virtual interview days for the Internal Medicine Residency at "
          "Providence Sacred Heart Medical Center in Spokane, Washington. Please schedule by Monday, February 8.”"],
         idates=dd2, deadline="2027-02-08", must=[prog])


# ------------------------------------------------------------------------------------ UW IM (abbreviation only)
def uw_im():
    t = """Hello,

Thank you for applying to the UW Internal Medicine Residency Program. This year we received more than 4,600
applications for our categorical, primary care and preliminary positions.

We regret that we cannot offer you an interview. We know how much work goes into an application and we are
grateful you considered UW.

Best wishes for the Match,

UW IM Residency Program
Department of Medicine | Seattle, WA
imres@uw.edu"""
    coord("2026-11-24 16:30", "uw-im-residency-application-update", "uw-im", "rejection",
          ("UW IM Residency", "imres@uw.edu"), "UW IM Residency – application update", t, html=False,
          bcc_hidden=True, must=["UW Internal Medicine Residency Program"])


# ------------------------------------------------------------------------------------ Virginia Mason
def virginia_mason():
    prog = "Virginia Mason Medical Center Program"
    dd = [D("2026-11-16"), D("2026-11-30"), D("2026-12-14")]
    eras("2026-10-20 12:12", "myeras-interview-invitation-virginia-mason", "vm-im", "invitation",
         "You have an interview invitation",
         ["A program has invited you to interview through the ERAS interview scheduler.",
          f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          "Dates offered: " + " | ".join(full(x) for x in dd),
          "Please schedule by October 27, 2026."],
         idates=dd, deadline="2026-10-27", must=[prog])
    d = dd[1]
    eras("2026-10-20 21:03", "myeras-interview-scheduled-virginia-mason", "vm-im", "scheduled",
         "Interview scheduled",
         ["You scheduled an interview.", f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          f"Date: {full(d)}", "Time: 8:00 AM - 12:45 PM Pacific", "Location: Virtual"],
         idates=[d], must=[prog])
    c = ("Peter Okonkwo-Hale", "peter.okonkwo-hale@vmfh.org")
    t = f"""Dear Keala,

Thank you for scheduling your interview with the Internal Medicine Residency at Virginia Mason Franciscan
Health (formerly Virginia Mason Medical Center) on {wmd(d)}. Please find our program brochure attached, with
the day's agenda and information about Seattle.

A few highlights you'll hear about: our continuity clinic at the Virginia Mason Medical Center campus on First
Hill, research with the Benaroya Research Institute, and elective time at Bailey-Boushay House. We are part of
CommonSpirit Health; St. Joseph Medical Center in Tacoma has its own residencies, separate from ours.

The Zoom link will arrive from me the Friday before your interview.

Best regards,
Peter Okonkwo-Hale
Program Coordinator, Internal Medicine Residency
Virginia Mason Franciscan Health | 1100 Ninth Avenue, Seattle, WA 98101"""
    coord("2026-11-23 14:18", "virginia-mason-im-brochure-and-agenda", "vm-im", "info", c,
          "Virginia Mason IM Residency – brochure and agenda", t, idates=[d],
          must=["formerly Virginia Mason Medical Center", "Benaroya Research Institute"])
    me("2026-11-30 15:12", "sent-thank-you-virginia-mason-im", "vm-im", "info", c,
       "Thank you – Virginia Mason IM interview today",
       "Hi Peter,\n\nThank you for coordinating today's interview. (The brochure you mentioned never came "
       "through as an attachment, but the website had everything I needed.) I especially enjoyed talking "
       "with Dr. Ferris about the Bailey-Boushay elective.\n\nPlease share my thanks with the chief residents."
       "\n\nAll the best,\nKeala")


# ------------------------------------------------------------------------------------ Intermountain
def intermountain():
    prog = "Intermountain Medical Center Program"
    dd = [D("2027-02-01"), D("2027-02-08")]
    eras("2027-01-12 08:20", "myeras-interview-invitation-intermountain", "imc-im", "invitation",
         "You have an interview invitation",
         ["A program has invited you to interview through the ERAS interview scheduler.",
          f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          "Dates offered: " + " | ".join(full(x) for x in dd),
          "Please schedule by January 19, 2027."],
         idates=dd, deadline="2027-01-19", must=[prog])
    d = dd[1]
    eras("2027-01-13 07:02", "myeras-interview-scheduled-intermountain", "imc-im", "scheduled",
         "Interview scheduled",
         ["You scheduled an interview.", f"Program: {prog}", "Specialty: Internal Medicine - Categorical",
          f"Date: {full(d)}", "Time: 8:00 AM - 12:30 PM Mountain", "Location: Virtual"],
         idates=[d], must=[prog])
    c = ("Brynn Sorensen", "brynn.sorensen@imail.org")
    t = f"""Hi Keala,

We're looking forward to meeting you on Monday, February 8! Here's the plan (all times Mountain – one hour
ahead of you in Reno):

8:00   Welcome from Dr. Whitaker
8:30   Interviews (4 x 20 min)
10:30  Residents' room – no faculty allowed
11:30  Virtual tour of Intermountain Medical Center (Murray) and LDS Hospital
12:30  Done!

Zoom details will be e-mailed on Friday, February 5.

Since a few applicants have asked: our program is sponsored by Intermountain Health (formerly Intermountain
Healthcare) and is not affiliated with the University of Utah Health residency, though we share some
fellowship faculty.

Brynn Sorensen
Residency Coordinator | Internal Medicine
Intermountain Medical Center, 5121 S. Cottonwood St., Murray, UT 84107"""
    coord("2027-02-01 09:10", "intermountain-im-interview-day-plan", "imc-im", "info", c,
          "Intermountain IM – your interview day plan (Mon 2/8)", t, tz=MT, idates=[d],
          must=["formerly Intermountain Healthcare"])


# ------------------------------------------------------------------------------------ Hawaiʻi (Calendly)
def hawaii():
    c = ("Leimomi Kahananui", "leimomi.kahananui@hawaii.edu")
    dd = [D("2026-11-12"), D("2026-12-03"), D("2026-12-17")]
    cl = "https://calendly.com/uh-im-residency/virtual-interview-2027"
    t = f"""Aloha Keala,

Mahalo for applying to the University of Hawaiʻi Internal Medicine Residency Program. On behalf of our Program
Director, Dr. Kalani Fujimoto, I am happy to invite you to a virtual interview.

Interviews are on Zoom on the following Thursdays, 8:00 a.m. – 12:00 p.m. Hawaiʻi Standard Time (that is
10:00 a.m. – 2:00 p.m. Pacific):

    {wmd(dd[0])}
    {wmd(dd[1])}
    {wmd(dd[2])}

Please choose a time on our Calendly page: {cl}

Our residents train at The Queen's Medical Center, Kuakini Medical Center, Straub Benioff Medical Center and the
VA Pacific Islands Health Care System. The program is sponsored by the John A. Burns School of Medicine.

Me ka mahalo nui,
Leimomi Kahananui
Program Coordinator, Internal Medicine Residency
University of Hawaiʻi John A. Burns School of Medicine
1356 Lusitana St., 7th Floor, Honolulu, HI 96813"""
    coord("2026-10-19 09:30", "university-of-hawaii-im-interview-invitation", "hawaii-im", "invitation", c,
          "Interview Invitation – UH Internal Medicine Residency", t, tz=HT, idates=dd,
          must=["University of Hawaiʻi", "The Queen's Medical Center"])
    d = dd[1]
    ct = f"""Hi Keala,

Your UH Internal Medicine – Virtual Interview Day with Leimomi Kahananui at 8:00am (Hawaii-Aleutian Time) on
{full(d)} is scheduled.

What: UH Internal Medicine – Virtual Interview Day
When: 8:00am - 12:00pm, {full(d)} (Hawaii-Aleutian Time)
Where: Zoom – the program will e-mail your meeting link.

Questions you answered:
Preferred name: Keala
Which track(s) are you applying to? Categorical

Reschedule: https://calendly.com/reschedulings/2b7e40f1-uhim
Cancel: https://calendly.com/cancellations/2b7e40f1-uhim

Sent from Calendly"""
    h = page([e(x) for x in ct.split("\n\n")], brand='<b style="color:#006bff;font-size:18px">Calendly</b>',
             accent="#006bff")
    mail("2026-10-19 14:22", "calendly-confirmed-uh-internal-medicine", "hawaii-im", "scheduled",
         ("Calendly", "notifications@calendly.com"),
         f"Confirmed: UH Internal Medicine – Virtual Interview Day with Leimomi Kahananui on {full(d)}", ct, h, tz=UTC, reply_to=c, idates=[d],
         cal=ical("calendly-2b7e40f1-uhim", at(d, "08:00", HT), 240, "UH Internal Medicine – Virtual Interview Day",
                  "Zoom", "Virtual interview day", organizer=c, mode="utc", prodid="-//Calendly//EN"))
    t2 = """Aloha Keala,

A quick note before tomorrow. Your Zoom link: https://hawaii.zoom.us/j/95550218064 (passcode: ohana27)

Please log in by 7:50 a.m. HST (9:50 a.m. in Reno). Tomorrow's schedule:

8:00  E komo mai – welcome and program overview
8:45  Interviews
10:30 Talk story with residents
11:30 Closing with Dr. Fujimoto

A hui hou,
Leimomi"""
    coord("2026-12-02 11:40", "uh-im-zoom-link-tomorrow", "hawaii-im", "reminder", c,
          "Tomorrow – UH IM interview Zoom link", t2, tz=HT, idates=[d])
    me("2026-12-03 16:20", "sent-mahalo-uh-im", "hawaii-im", "info", c, "Mahalo – UH IM interview",
       "Aloha Leimomi,\n\nMahalo for a wonderful morning. I grew up hearing my tūtū talk about Kuakini, so it "
       "meant a lot to hear the residents describe it. Please pass my thanks to Dr. Fujimoto and the chief "
       "residents.\n\nA hui hou,\nKeala", must=["tūtū"])


# ------------------------------------------------------------------------------------ Scripps Mercy prelim
def scripps():
    prog = "Scripps Mercy Hospital San Diego - Internal Medicine (Preliminary)"
    dd = [D("2026-12-02"), D("2026-12-16"), D("2027-01-06")]
    th_invite("2026-11-09 17:00", "thalamus-invitation-scripps-mercy-prelim", "scripps-prelim", prog,
              ["Scripps Mercy Hospital San Diego invites you to interview for a one-year Preliminary Medicine "
               "position (PGY-1). Preliminary interns rotate at Scripps Mercy Hospital San Diego (Hillcrest) and "
               "Scripps Mercy Hospital Chula Vista.",
               "Please note that the Scripps Clinic/Scripps Green Hospital Internal Medicine program is a separate "
               "program."],
              dd, url="https://app.thalamusgme.com/applicant/invitations/smh-prelim-8813",
              must=["Scripps Mercy Hospital Chula Vista"])
    d = dd[1]
    th_booked("2026-11-09 20:15", "thalamus-scheduled-scripps-mercy-prelim", "scripps-prelim", prog, d, "12:30",
              "16:00", "Virtual", "Zoom", uid="th-smhprelim-1216-ko")
    th_remind("2026-12-15 12:30", "thalamus-reminder-scripps-mercy-prelim", "scripps-prelim", prog, d, "12:30",
              "Virtual", "Zoom: https://scripps.zoom.us/j/95550771020")


# ------------------------------------------------------------------------------------ Harbor-UCLA prelim (declined)
def harbor_prelim():
    prog = "Harbor-UCLA Medical Center Program"
    dd = [D("2026-12-07"), D("2027-01-04")]
    eras("2026-11-03 10:36", "myeras-interview-invitation-harbor-ucla-prelim", "harbor-prelim", "invitation",
         "You have an interview invitation",
         ["A program has invited you to interview through the ERAS interview scheduler.",
          f"Program: {prog}", "Specialty: Internal Medicine - Preliminary",
          "Dates offered: " + " | ".join(full(x) for x in dd),
          "Please schedule by November 10, 2026."],
         idates=dd, deadline="2026-11-10", must=[prog, "Internal Medicine - Preliminary"])
    c = ("Yesenia Carrillo", "ycarrillo@dhs.lacounty.gov")
    body = ("Dear Ms. Carrillo,\n\nThank you very much for the invitation to interview for a preliminary "
            "Internal Medicine position at Harbor-UCLA. After a lot of thought I am going to decline so that the "
            "spot can go to another applicant; I have enough preliminary interviews to feel comfortable.\n\n"
            "(I am still very much looking forward to my Emergency Medicine interview at Harbor on November 12 – "
            "I realize that is a different department.)\n\nThank you again,\nKeala Ostrander")
    r = me("2026-11-05 08:20", "sent-decline-harbor-ucla-prelim-im", "harbor-prelim", "cancellation", c,
           "Declining preliminary IM interview – Keala Ostrander", body)
    t = """Hi Keala,

Thank you for letting us know. I have marked your preliminary Internal Medicine invitation as declined in
ERAS. This only concerns the Department of Medicine; your Emergency Medicine interview is handled by the
Department of Emergency Medicine and is not affected.

Good luck this season!

Yesenia Carrillo
Residency Coordinator, Department of Medicine
Harbor-UCLA Medical Center
1000 W. Carson St., Box 400, Torrance, CA 90509"""
    coord("2026-11-05 10:02", "re-harbor-ucla-prelim-decline", "harbor-prelim", "cancellation", c,
          "RE: Declining preliminary IM interview – Keala Ostrander", t, irt=r, must=["Department of Medicine"])


def build():
    unr()
    ucd_im()
    kaiser()
    olive_view()
    cedars()
    scvmc_stanford()
    banner_im()
    stjoe()
    providence()
    uw_im()
    virginia_mason()
    intermountain()
    hawaii()
    scripps()
    harbor_prelim()
