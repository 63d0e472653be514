"""Colorado, Utah, New Mexico, Montana."""
from kit import (D, fmt, mine, put, ics, at, MT, UTC, PT, ET, gmail_quote, outlook_quote, word_html, curly, FIRST,
                 NAME, ADDR, SIG2, card, btn, rows_html, esc)
from plat import th_invite, th_booked, th_remind, th_note, eras, ib, CALENDLY, GFORMS, SIGNUP
from common import co, zone_of
import season as S


def build():
    psl()
    denver_health()
    cu()
    sjd()
    utah()
    unm()
    billings()
    swedish()


# ------------------------------------------------------------------ HCA HealthONE P/SL Transitional Year
def psl():
    c = ("Brianna Oyelaran", "brianna.oyelaran@healthonecares.com")
    d1, d2 = D("2026-10-29"), D("2026-11-10")
    inv = co("2026-10-06 10:42", "hca-healthone-psl-transitional-year-interview-invitation", "psl-ty", "invitation", c,
             "Transitional Year Interview Invitation - HCA HealthONE P/SL", f"""
Good morning Dr. Castellanos (almost!),

Thank you for applying to the Transitional Year Residency at HCA HealthONE Presbyterian/St. Luke's Medical Center. Our selection committee enjoyed reading your application and we would like to invite you to interview with us.

We host in-person interview days on our campus at 1719 East 19th Avenue in Denver. Please reply to this email with your first and second choice of the dates below:

  * {fmt(d1)}
  * {fmt(d2, 'wmd')}

Each day begins at 7:30 a.m. with breakfast in the Rose Conference Room and wraps up by 1:00 p.m. Parking is free in the Marion Street garage - just bring your ticket to the front desk for validation.

Spots are filled in the order replies come in, so please let me know at your earliest convenience.

Warm regards,

Brianna Oyelaran
Residency Program Coordinator | Transitional Year
HCA HealthONE Presbyterian/St. Luke's Medical Center
1719 E. 19th Ave., Denver, CO 80218
O: 303-555-0172
""", idates=[d1, d2], must=["Presbyterian/St. Luke's"])
    r = mine("2026-10-06 12:15", "sent-re-transitional-year-interview-invitation-psl", "psl-ty", "scheduled", c,
             "RE: Transitional Year Interview Invitation - HCA HealthONE P/SL", f"""Hi Brianna,

Thank you so much for the invitation! My first choice would be {fmt(d1, 'wmd')}, with {fmt(d2, 'wmd')} as a backup.

I'm looking forward to it.

Best,
Noor""", irt=inv, quote=gmail_quote(inv), idates=[d1])
    cal = ics("psl-ty-20261029-castellanos@healthonecares.com", at(d1, "07:30", MT), 330,
              "P/SL Transitional Year Interview Day", "Rose Conference Room, 1719 E 19th Ave, Denver CO",
              org=c, mode="tzid")
    cf = co("2026-10-07 08:55", "re-transitional-year-interview-confirmed-psl", "psl-ty", "scheduled", c,
            "RE: Transitional Year Interview Invitation - HCA HealthONE P/SL", f"""
Hi Noor,

You're confirmed for {fmt(d1)}. I've attached a calendar invite. An itinerary and the list of faculty you'll meet will come the week before.

Please note: the evening social listed on our website is for current interns only this year, so there's no need to plan for that.

See you soon!
Brianna
""", irt=r, quote=outlook_quote(r), cal=cal, idates=[d1])
    mine("2026-10-29 18:40", "sent-thank-you-psl-transitional-year", "psl-ty", "info",
         [("Brianna Oyelaran", c[1]), ("Dr. Samuel Whitcombe", "samuel.whitcombe@healthonecares.com")],
         "Thank you - TY interview today",
         """Dear Dr. Whitcombe and Brianna,

Thank you for hosting me today. Walking the floors at P/SL and hearing the interns talk about their ICU month made it very easy to picture myself there. I especially appreciated Dr. Whitcombe's candor about how the TY schedule can flex around an anesthesiology PGY-2 start.

Thank you again for a wonderful morning.

Warmly,
Noor""", sig=SIG2)


# ------------------------------------------------------------------ Denver Health EM + TY
def denver_health():
    c = ("Alyssa Matsuda-Greer", "alyssa.matsudagreer@dhha.org")
    d = [D("2026-11-12"), D("2026-12-02"), D("2026-12-16")]
    inv = co("2026-10-20 15:07", "denver-health-em-residency-interview-invitation", "dh-em", "invitation", c,
             "Denver Health Residency in Emergency Medicine - Interview Invitation", f"""
Dear Noor,

On behalf of Dr. Francine Abernathy and the selection committee of the Denver Health Residency in Emergency Medicine, I am delighted to invite you to interview for a PGY-1 position in our four-year program.

Several of our faculty remembered you from your sub-internship in our department this summer and spoke highly of your work in the Pod C resuscitation bay - we're glad you applied!

This year all interview days are virtual (Zoom). Please reply with the date you prefer from the list below. Dates are assigned first come, first served.

{fmt(d[0])}
{fmt(d[1])}
{fmt(d[2])}

Interview days run 8:00 a.m. to 2:00 p.m. Mountain Time. An optional virtual happy hour with residents takes place the evening before each interview date.

We look forward to meeting you (again)!

Alyssa Matsuda-Greer
Program Coordinator, Denver Health Residency in Emergency Medicine
Denver Health and Hospital Authority
777 Bannock Street, MC 0108 | Denver, CO 80204
""", idates=d, must=["Denver Health and Hospital Authority"])
    r = mine("2026-10-20 15:31", "sent-re-denver-health-em-interview-invitation", "dh-em", "scheduled", c,
             "Re: Denver Health Residency in Emergency Medicine - Interview Invitation",
             f"""Hi Alyssa,

Thank you! I would love to interview on {fmt(d[0], 'wmd')}.

Please thank Dr. Abernathy and the Pod C team for me - that month was the highlight of my year.

Noor""", irt=inv, quote=gmail_quote(inv), idates=[d[0]])
    cal = ics("DHREM-2027-1112-NC@dhha.org", at(d[0], "08:00", MT), 360, "Denver Health EM Interview Day (Zoom)",
              "https://dhha.zoom.us/j/84213377091", org=c, mode="utc")
    cf = co("2026-10-21 09:12", "re-denver-health-em-interview-confirmed", "dh-em", "scheduled", c,
            "RE: Denver Health Residency in Emergency Medicine - Interview Invitation", f"""
Hi Noor,

You are all set for {fmt(d[0])}. A calendar hold is attached; Zoom links come a couple of days before.

Alyssa
""", irt=r, quote=outlook_quote(r), cal=cal, idates=[d[0]])
    co("2026-11-10 11:20", "denver-health-em-interview-thursday-zoom-links", "dh-em", "reminder", c,
       "DHREM Interview Day - Thursday - Zoom info", f"""
Good morning applicants,

We are excited to welcome you on Thursday, {fmt(d[0], 'md')}!

Main Zoom room (8:00 a.m. MT): https://dhha.zoom.us/j/84213377091  Passcode: 777bannock
Breakout rooms will be assigned by our chiefs. Happy hour tonight is at 6:30 p.m. - same link.

Please have a backup phone number handy in case your connection drops: 303-555-0119.

Alyssa Matsuda-Greer
Denver Health Residency in Emergency Medicine
""", to=("Denver Health EM Applicants", "dhrem-applicants@dhha.org"), idates=[d[0]], must=["DHREM"])
    mine("2026-11-12 19:02", "sent-thank-you-denver-health-em", "dh-em", "info",
         ("Dr. Francine Abernathy", "francine.abernathy@dhha.org"), "Thank you",
         """Dr. Abernathy,

Thank you for today. It meant a lot to reconnect with the department where I spent my sub-I - and hearing how your interns still run the resuscitation bay with senior backup confirmed everything I saw in July.

Denver Health remains at the top of my list.

Respectfully,
Noor Castellanos""")

    # Transitional Year at Denver Health (a separate program)
    c2 = ("Marcus Feldkamp", "marcus.feldkamp@dhha.org")
    e = [D("2027-02-11"), D("2027-02-25")]
    inv2 = co("2026-12-14 13:48", "denver-health-transitional-year-interview-invite", "dh-ty", "invitation", c2,
              "Interview invitation: Denver Health Transitional Year Program", f"""
Hello Noor,

The Denver Health Transitional Year Program has reviewed your ERAS application and would like to invite you to a virtual interview. Please note that our Transitional Year is a separate program from the Denver Health emergency medicine residency and is ranked separately in the NRMP.

We are offering two remaining dates:

- {fmt(e[0])}
- {fmt(e[1])}

Please reply with your preference within one week. Interviews are 12:30-4:30 p.m. Mountain Time.

Thank you,
Marcus Feldkamp
Transitional Year Program Coordinator
Denver Health and Hospital Authority | Office of Graduate Medical Education
""", idates=e, must=["Denver Health and Hospital Authority"])
    r2 = mine("2026-12-14 21:10", "sent-re-denver-health-transitional-year-interview", "dh-ty", "scheduled", c2,
              "Re: Interview invitation: Denver Health Transitional Year Program",
              f"""Hello Marcus,

Thank you for the invitation. I'd like to schedule {fmt(e[0], 'abbr')} please.

Best regards,
Noor Castellanos""", irt=inv2, quote=gmail_quote(inv2), idates=[e[0]], sig=SIG2)
    co("2026-12-15 08:03", "re-denver-health-transitional-year-confirmed", "dh-ty", "scheduled", c2,
       "RE: Interview invitation: Denver Health Transitional Year Program",
       f"""Good morning Noor - confirmed for {fmt(e[0], 'abbr')} at 12:30 p.m. MT. Details to follow closer to the date.

Marcus
""", irt=r2, quote=outlook_quote(r2), idates=[e[0]])


# ------------------------------------------------------------------ University of Colorado (4 programs)
def cu():
    # EM: Thalamus, then coordinator, then ERAS, each naming it differently
    d = [D("2026-12-03"), D("2026-12-17"), D("2027-01-14")]
    th_prog = "University of Colorado - Emergency Medicine Residency"
    th_invite("2026-10-28 14:00", "thalamus-invitation-university-of-colorado-emergency-medicine", "cu-em", th_prog,
              ["Our program is based at UCHealth University of Colorado Hospital on the Anschutz Medical Campus in "
               "Aurora, with rotations at Children's Hospital Colorado and UCHealth Memorial Hospital.",
               "Interview days are virtual. A pre-interview social with residents will be offered the evening prior."],
              d, token="cuem-8f3a2c", deadline="2026-11-04",
              signer="Dr. Rahul Venkataraman, Program Director\nUniversity of Colorado School of Medicine, "
                     "Department of Emergency Medicine")
    th_booked("2026-10-28 14:26", "thalamus-confirmed-university-of-colorado-emergency-medicine", "cu-em", th_prog,
              d[0], "08:00", 330, MT, "MT", "Virtual", "Zoom (link sent by program)", uid="th-cuem-91022")
    c = ("Jenna Whitlow", "jenna.whitlow@cuanschutz.edu")
    co("2026-11-24 16:15", "cu-em-interview-day-packet", "cu-em", "info", c,
       "Your upcoming interview - CU Emergency Medicine", f"""
Dear Noor,

We're looking forward to your interview on {fmt(d[0])}. Attached you'll find our itinerary; a few highlights:

- 7:40 a.m. MT: Zoom opens, welcome from Dr. Venkataraman
- Four 20-minute faculty interviews and one with a chief resident
- 12:15 p.m.: virtual tour of UCHealth University of Colorado Hospital and Children's Hospital Colorado
- The resident social is Wednesday evening at 7:00 p.m. (optional; no evaluations!)

Our department is part of the University of Colorado School of Medicine, and our applicants sometimes confuse us with Denver Health's residency, which is a separate program with its own interview days.

Best,
Jenna Whitlow
Residency Program Manager | Department of Emergency Medicine
University of Colorado School of Medicine | Anschutz Medical Campus
12401 E. 17th Ave., Aurora, CO 80045
""", idates=[d[0]], files=[("CU_EM_Interview_Itinerary.txt", ("text", "plain"),
                          "CU EM itinerary (virtual)\n7:40 Zoom opens\n8:00 Welcome\n8:30-10:30 Interviews\n"
                          "12:15 Virtual tour\n1:30 Close\n")])
    eras("2026-11-30 06:02", "myeras-new-message-university-of-colorado", "cu-em", "info",
         "You have a new message in MyERAS",
         ["A new message has been posted to your MyERAS account from the following program:", "",
          "University of Colorado Denver SOM Program (Emergency Medicine)", "",
          "Please sign in to MyERAS to read the message."], must=["University of Colorado Denver SOM Program"])
    co("2026-12-01 13:37", "cu-em-thursday-zoom-details", "cu-em", "reminder", c,
       "Thursday - CU EM interview Zoom", f"""
Hi all,

Quick note before Thursday: the Zoom link for the day is https://cuanschutz.zoom.us/j/95512004471 (passcode CUEM27). Your personal schedule is in the itinerary I sent last week. Tomorrow's social is at 7:00 p.m. on the same link.

CU EM is excited to meet you!

Jenna
""", to=("CU EM Applicants", "emres.applicants@cuanschutz.edu"), idates=[d[0]])
    mine("2026-12-03 17:45", "sent-thank-you-cu-em", "cu-em", "info", c, "Thank you - CU EM interview",
         """Hi Jenna,

Thank you for organizing such a smooth day. Could you please pass my thanks along to Dr. Venkataraman and the chiefs? I left very excited about Anschutz.

Best,
Noor""", sig=SIG2)

    # Anesthesiology, categorical: coordinator + Interview Broker
    a = [D("2026-12-10"), D("2027-01-14")]
    ib("2026-11-02 12:30", "interview-broker-invitation-cu-anesthesiology", "cu-anes", "invitation",
       "University of Colorado Anesthesiology Residency",
       "Interview Invitation: University of Colorado Anesthesiology Residency",
       ["The Department of Anesthesiology at the University of Colorado School of Medicine is pleased to invite "
        "you to interview for our categorical (PGY-1 through PGY-4) program.",
        "Please select one of the available interview dates using the link below. Dates are first come, first "
        "served and the invitation expires in 72 hours.",
        "All interviews are virtual this year."],
       rows=[("Available dates", f"{fmt(a[0])}; {fmt(a[1])}"), ("Time", "7:00 AM - 12:30 PM Mountain")],
       idates=a, deadline="2026-11-05",
       action=("https://www.interviewbroker.com/applicant/invite/cuanes-4471", "Choose a Date"),
       sign="Colorado Anesthesiology Residency Office\nUniversity of Colorado School of Medicine")
    cal = ics("ib-cuanes-77190@interviewbroker.com", at(a[0], "07:00", MT), 330,
              "University of Colorado Anesthesiology Interview", "Virtual (Zoom)", org=("Interview Broker",
              "notifications@interviewbroker.com"), prodid="-//Interview Broker//EN", mode="utc")
    ib("2026-11-02 13:05", "interview-broker-confirmation-cu-anesthesiology", "cu-anes", "scheduled",
       "University of Colorado Anesthesiology Residency", "Interview Confirmed: University of Colorado Anesthesiology",
       ["Your interview has been scheduled. Please add the attached event to your calendar."],
       rows=[("Date", fmt(a[0])), ("Time", "7:00 AM - 12:30 PM Mountain"), ("Format", "Virtual")],
       idates=[a[0]], cal=cal)
    c2 = ("Tamsin Ruiz-Kowalski", "tamsin.ruiz-kowalski@cuanschutz.edu")
    co("2026-12-08 10:10", "cu-anesthesiology-interview-thursday-logistics", "cu-anes", "reminder", c2,
       "CU Anesthesiology - interview logistics for Thursday", f"""
Dear Noor,

We're so excited to host you on Thursday, {fmt(a[0], 'md')}! Here is everything you'll need:

Zoom: https://cuanschutz.zoom.us/j/93016658820 (passcode: ANES)
Check-in: 6:45 a.m. Mountain

A few applicants have asked whether interviewing with CU Emergency Medicine last week affects anything here - the two departments review applications completely independently.

Best,
Tamsin Ruiz-Kowalski
Program Coordinator, Anesthesiology Residency
University of Colorado School of Medicine
""", idates=[a[0]])
    ty = mine("2026-12-10 15:20", "sent-thank-you-cu-anesthesiology", "cu-anes", "info",
              ("Dr. Helena Vasquez-Pruitt", "helena.vasquez-pruitt@cuanschutz.edu"),
              "Thank you for today's interview",
              """Dear Dr. Vasquez-Pruitt,

Thank you for our conversation this morning. Your description of the altitude physiology research in the department - and the residents' obvious pride in their cardiac month - stayed with me all afternoon.

I would be thrilled to train in Aurora.

Sincerely,
Noor Castellanos""")
    put("2026-12-10 15:21", "automatic-reply-helena-vasquez-pruitt", "cu-anes", "other",
        ("Vasquez-Pruitt, Helena", "helena.vasquez-pruitt@cuanschutz.edu"),
        "Automatic reply: Thank you for today's interview",
        "I am away at a conference through December 14 with limited access to e-mail. For urgent residency "
        "matters please contact Tamsin Ruiz-Kowalski (tamsin.ruiz-kowalski@cuanschutz.edu).\n\nHelena "
        "Vasquez-Pruitt, MD\nProgram Director, Anesthesiology Residency\nUniversity of Colorado School of "
        "Medicine\n", tz=MT, irt=ty, headers=[("Auto-Submitted", "auto-replied"),
                                                ("X-MS-Exchange-Inbox-Rules-Loop", "helena.vasquez-pruitt@cuanschutz.edu")],
        must=["University of Colorado School of Medicine"])

    # Surgery, preliminary: ERAS invitation, she declines
    s = [D("2027-01-19"), D("2027-01-27")]
    eras("2026-11-30 14:22", "myeras-interview-invitation-university-of-colorado-surgery-prelim", "cu-prelim-surg",
         "invitation", "Interview Invitation - University of Colorado Denver SOM Program",
         ["University of Colorado Denver SOM Program (Surgery - Preliminary) has invited you to interview.", "",
          "Interview dates offered:", f"  {fmt(s[0], 'abbry')}", f"  {fmt(s[1], 'abbry')}", "",
          "Message from the program:",
          "The Department of Surgery at the University of Colorado School of Medicine would be pleased to meet you "
          "for our non-designated preliminary positions. Please schedule through MyERAS.", "",
          f"Freeze Date: {fmt('2027-01-08', 'abbry')}"],
         idates=s, must=["University of Colorado School of Medicine"])
    mine("2026-12-06 20:50", "sent-decline-cu-prelim-surgery-interview", "cu-prelim-surg", "cancellation",
         ("CU Surgery Residency", "surgery.residency@cuanschutz.edu"),
         "Withdrawing - Preliminary Surgery interview invitation (Castellanos, AAMC 16833027)",
         """Dear Surgery Residency Office,

Thank you for inviting me to interview for the University of Colorado preliminary surgery positions. After a lot of thought I have decided to focus my PGY-1 applications on transitional and preliminary medicine years, so I am respectfully declining the invitation so another applicant can have the spot.

I'm grateful for the consideration.

Sincerely,
Noor Castellanos""")

    # Internal Medicine, preliminary: rejection that mentions "interview invitation"
    co("2026-11-24 07:30", "cu-internal-medicine-preliminary-application-update", "cu-prelim-im", "rejection",
       ("CU IM Residency", "imresidency@cuanschutz.edu"), "University of Colorado Internal Medicine - Application Update",
       """
Dear Applicant,

Thank you for your interest in the Preliminary Medicine track of the University of Colorado Internal Medicine Residency Program. We received a record number of applications this year, and after careful review we regret that we are not able to extend you an interview invitation.

We appreciate the time you invested in your application and wish you every success in the Match.

Sincerely,
Residency Selection Committee
Department of Medicine | University of Colorado School of Medicine
""", html=False, must=["University of Colorado School of Medicine"])


# ------------------------------------------------------------------ Intermountain Health Saint Joseph Hospital (Denver)
def sjd():
    c = ("Rosalind Achebe-Moore", "rosalind.achebemoore@imail.org")
    d = [D("2026-12-11"), D("2026-12-18")]
    inv = co("2026-11-04 09:35", "saint-joseph-hospital-prelim-medicine-interview", "sjd-prelim", "invitation", c,
             "Saint Joseph Hospital IM Residency - Preliminary Track Interview", f"""
Dear Ms. Castellanos,

Congratulations! The Internal Medicine Residency at Intermountain Health Saint Joseph Hospital in Denver would like to invite you to interview for one of our preliminary PGY-1 positions.

Please use our Calendly page to reserve a time on either {fmt(d[0], 'wmd')} or {fmt(d[1], 'wmd')}:
https://calendly.com/sjh-im-residency/prelim-interview

Interviews are in person at 1375 E. 19th Avenue (the new tower across from the old Franklin Street entrance). Lunch with our interns is included.

A reminder that we are not affiliated with the Intermountain Medical Center residency programs in Murray, Utah, which run their own interview process.

Kind regards,
Rosalind Achebe-Moore, C-TAGME
Program Coordinator, Internal Medicine Residency
Intermountain Health Saint Joseph Hospital
""", idates=d, must=["Intermountain Health Saint Joseph Hospital"])
    st = at(d[0], "08:30", MT)
    cal = ics("calendly-sjh-3d91e0", st, 240, "Prelim IM Interview - Saint Joseph Hospital",
              "1375 E 19th Ave, Denver, CO 80218", org=("Rosalind Achebe-Moore", c[1]),
              prodid="-//Calendly//Calendly//EN", mode="utc")
    txt = (f"Hi Noor Castellanos,\n\nA new event has been scheduled.\n\nEvent Type:\nPrelim IM Interview - "
           f"Saint Joseph Hospital\n\nInvitee:\nNoor Castellanos\n\nEvent Date/Time:\n08:30am - Friday, December "
           f"11, 2026 (Mountain Time - US & Canada)\n\nLocation:\n1375 E 19th Ave, Denver, CO 80218\n\n"
           "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/3d91e0\n"
           "Reschedule: https://calendly.com/reschedulings/3d91e0\n\nPowered by Calendly.com\n")
    put("2026-11-04 10:02", "calendly-confirmed-prelim-im-interview-saint-joseph", "sjd-prelim", "scheduled",
        CALENDLY, "Confirmed: Prelim IM Interview - Saint Joseph Hospital with Rosalind Achebe-Moore on Friday, December 11, 2026",
        txt, card([esc(x) for x in txt.split("\n\n")], "<b>Calendly</b>", "Powered by Calendly.com", "#006bff"),
        tz=UTC, cal=cal, idates=[d[0]], must=["Saint Joseph Hospital"])
    co("2026-12-09 14:12", "saint-joseph-prelim-interview-friday-arrival", "sjd-prelim", "reminder", c,
       "Friday interview - arrival details", f"""
Hi Noor,

Looking forward to seeing you Friday, {fmt(d[0], 'md')}! Please check in at the main lobby desk at 8:15 and ask for the IM residency office (4th floor). Visitor parking is in the garage off Downing Street; bring your ticket so I can validate it.

Rosalind
""", idates=[d[0]])


# ------------------------------------------------------------------ University of Utah (EM, Anes cat + adv, prelim surg) + Intermountain Medical Center
def utah():
    d = [D("2026-11-18"), D("2026-12-09")]
    prog = "University of Utah Health - Emergency Medicine"
    th_invite("2026-10-21 16:00", "thalamus-invitation-university-of-utah-emergency-medicine", "utah-em", prog,
              ["Thank you for applying to the University of Utah Emergency Medicine Residency. Our residents train "
               "at University of Utah Hospital, the region's only Level I trauma center for adults, as well as "
               "Primary Children's and the George E. Wahlen VA.",
               "All interviews this season are virtual."],
              d, token="uuem-0c77", deadline="2026-10-26",
              signer="Division of Emergency Medicine\nUniversity of Utah School of Medicine, Salt Lake City")
    th_booked("2026-10-21 16:09", "thalamus-confirmed-university-of-utah-emergency-medicine", "utah-em", prog,
              d[0], "08:00", 300, MT, "MT", "Virtual", "Zoom", uid="th-uuem-5531", mode="tzid")
    th_remind("2026-11-17 15:00", "thalamus-reminder-university-of-utah-emergency-medicine", "utah-em", prog, d[0],
              "8:00 AM", "MT", "https://utah.zoom.us/j/97120034455",
              note="The program asks you to log on 10 minutes early to test audio.")
    mine("2026-11-18 16:34", "sent-thank-you-utah-em", "utah-em", "info",
         ("Utah EM Residency", "em.residency@hsc.utah.edu"), "Thank you - interview 11/18",
         """Hello,

Thank you to everyone who made today's interview possible. I'd be grateful if you could forward my thanks to Dr. Lindqvist; our conversation about wilderness medicine and the AirMed rotation is exactly why Utah is so high on my list.

Best regards,
Noor Castellanos""")

    # Anesthesiology categorical (ERAS) and advanced (ERAS, separate program)
    c = ("Paige Thorvaldsen", "paige.thorvaldsen@hsc.utah.edu")
    a = [D("2027-01-08"), D("2027-01-22")]
    eras("2026-11-19 12:40", "myeras-interview-invitation-university-of-utah-anesthesiology", "utah-anes",
         "invitation", "Interview Invitation",
         ["You have received an interview invitation from University of Utah Health Program (Anesthesiology - "
          "Categorical).", "", "Available dates:", f"  {fmt(a[0])}", f"  {fmt(a[1])}", "",
          "Program note: Please schedule within 5 days. Our categorical and advanced positions are separate NRMP "
          "programs; this invitation is for the categorical (four-year) position only.", "",
          "Department of Anesthesiology, University of Utah School of Medicine"],
         idates=a, must=["University of Utah Health Program", "University of Utah School of Medicine"])
    eras("2026-11-19 13:02", "myeras-interview-scheduled-university-of-utah-anesthesiology", "utah-anes",
         "scheduled", "Interview Scheduled",
         ["Your interview has been scheduled.", "",
          "Program: University of Utah Health Program (Anesthesiology - Categorical)",
          f"Date: {fmt(a[0])}", "Session: 7:30 AM - 1:00 PM MT"],
         idates=[a[0]], must=["University of Utah Health Program"])
    co("2027-01-06 11:48", "utah-anesthesiology-interview-friday-schedule", "utah-anes", "reminder", c,
       "U of U Anesthesiology - Friday's schedule", f"""
Hi Noor,

We're looking forward to Friday, {fmt(a[0], 'md')}! Your Zoom link and breakout schedule are below.

Zoom: https://utah.zoom.us/j/91177402133
7:30 Welcome - Dr. Okonkwo-Bell, Program Director
8:00-10:00 Interviews (4)
10:15 Resident panel
12:00 Q&A with chiefs

Please remember that your interview is for our categorical program. If you were also invited to our advanced program, you'll receive a separate message from ERAS.

Paige Thorvaldsen
Anesthesiology Residency Coordinator
University of Utah School of Medicine | 30 N Mario Capecchi Dr, Salt Lake City, UT 84112
""", idates=[a[0]])
    mine("2027-01-08 14:05", "sent-thank-you-utah-anesthesiology", "utah-anes", "info", c,
         "Thank you!", """Hi Paige,

Thank you for such a well-run morning! I really enjoyed meeting Dr. Okonkwo-Bell and the residents. Please let me know if there's anything else I can send the committee.

Best,
Noor""", sig=SIG2)
    b = [D("2027-02-18"), D("2027-02-25")]
    eras("2027-01-20 10:15", "myeras-interview-invitation-university-of-utah-anesthesiology-advanced",
         "utah-anes-adv", "invitation", "Interview Invitation",
         ["You have received an interview invitation from University of Utah Health Program (Anesthesiology - "
          "Advanced).", "", "Available dates:", f"  {fmt(b[0])}", f"  {fmt(b[1])}", "",
          "Program note: The advanced (PGY-2 start) track is a separate program. Applicants who already "
          "interviewed for our categorical position will have a shortened session. Department of "
          "Anesthesiology, University of Utah School of Medicine."],
         idates=b, must=["University of Utah School of Medicine"])
    eras("2027-01-20 19:44", "myeras-interview-scheduled-university-of-utah-anesthesiology-advanced",
         "utah-anes-adv", "scheduled", "Interview Scheduled",
         ["Your interview has been scheduled.", "",
          "Program: University of Utah Health Program (Anesthesiology - Advanced)", f"Date: {fmt(b[0])}",
          "Session: 12:30 PM - 3:00 PM MT"], idates=[b[0]], must=["University of Utah Health Program"])
    co("2027-01-21 09:30", "utah-anesthesiology-advanced-track-note", "utah-anes-adv", "info", c,
       "Advanced track interview - quick note", f"""
Hi Noor,

I saw you scheduled the advanced-track session for {fmt(b[0], 'wmd')}. Since you already met most of our faculty on {fmt(a[0], 'num')}, your afternoon will be two interviews plus a short chat with Dr. Okonkwo-Bell. The Zoom link will come a few days before.

Paige
Department of Anesthesiology, University of Utah School of Medicine
""", idates=[b[0]])

    # Preliminary surgery: rejection, plain text
    co("2026-11-06 16:55", "university-of-utah-general-surgery-preliminary-decision", "utah-prelim-surg",
       "rejection", ("U of U Surgery Residency", "surgery.gme@hsc.utah.edu"),
       "University of Utah Preliminary Surgery - Application Status", """
Dear Noor Castellanos,

Thank you for applying to the preliminary surgery positions in the Department of Surgery at the University of Utah School of Medicine. We regret to inform you that we are unable to offer you an interview this season. Our preliminary positions are highly sought after and the decision reflects the size of our applicant pool, not the quality of your application.

With best wishes,
General Surgery Residency Program
""", html=False, must=["University of Utah School of Medicine"])

    # Intermountain Medical Center (Murray, UT) preliminary IM
    prog = "Intermountain Medical Center - Internal Medicine (Preliminary)"
    e = [D("2027-01-15"), D("2027-01-29")]
    th_invite("2026-12-01 17:00", "thalamus-invitation-intermountain-medical-center-prelim-im", "imc-prelim", prog,
              ["We are delighted to invite you to interview for a preliminary year in the Internal Medicine "
               "Residency at Intermountain Medical Center in Murray, Utah. Our preliminary interns complete the "
               "same ward, ICU and ambulatory blocks as our categorical residents."],
              e, token="imc-prelim-61b", fmt_="Virtual", deadline="2026-12-08",
              signer="Intermountain Health | Intermountain Medical Center GME\n5121 S Cottonwood St, Murray, UT 84107")
    th_booked("2026-12-02 07:41", "thalamus-confirmed-intermountain-medical-center-prelim-im", "imc-prelim", prog,
              e[0], "09:00", 240, MT, "MT", "Virtual", "Microsoft Teams", uid="th-imc-2210")
    co("2027-01-13 08:20", "imc-prelim-interview-friday-teams-link", "imc-prelim", "reminder",
       ("Kaylee Brandvold", "kaylee.brandvold@imail.org"), "IMC Prelim Interview - Friday Teams link", f"""
Good morning!

Here's your Microsoft Teams link for Friday, {fmt(e[0], 'md')} at 9:00 a.m. MT:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_IMC-prelim-0115

A few applicants have asked: the Intermountain Health Saint Joseph Hospital program in Denver is a different residency with a separate Match code, so interviewing with IMC doesn't affect your application there.

Kaylee Brandvold
Internal Medicine Residency | Intermountain Medical Center
""", idates=[e[0]])
    mine("2027-01-15 13:40", "sent-thank-you-imc-prelim", "imc-prelim", "info",
         ("Kaylee Brandvold", "kaylee.brandvold@imail.org"), "Thank you - IMC preliminary interview",
         """Hi Kaylee,

Thanks for a great morning. I'd appreciate it if you'd share my thanks with Dr. Halvorsen - I loved hearing how the prelim interns are folded into the MICU team.

Best,
Noor""", sig=SIG2)


# ------------------------------------------------------------------ University of New Mexico (EM, Anes, prelim IM)
def unm():
    d = [D("2026-12-15"), D("2027-01-05")]
    eras("2026-11-05 11:00", "myeras-interview-invitation-unm-emergency-medicine", "unm-em", "invitation",
         "Interview Invitation",
         ["University of New Mexico School of Medicine Program (Emergency Medicine) has invited you to interview.",
          "", "Please select one of the following dates in MyERAS:", f"  {fmt(d[0])}", f"  {fmt(d[1])}", "",
          "Interviews are conducted virtually and last approximately five hours."],
         idates=d, must=["University of New Mexico School of Medicine"])
    eras("2026-11-05 11:38", "myeras-interview-scheduled-unm-emergency-medicine", "unm-em", "scheduled",
         "Interview Scheduled",
         ["Your interview has been scheduled with University of New Mexico School of Medicine Program "
          "(Emergency Medicine).", f"Date: {fmt(d[0])}"], idates=[d[0]])
    c = ("Dolores Archuleta-Finch", "darchuletafinch@salud.unm.edu")
    co("2026-12-13 15:25", "unm-em-interview-tuesday-zoom-and-schedule", "unm-em", "reminder", c,
       "UNM EM - Tuesday interview details", f"""
Hola Noor,

Just a reminder that your UNM EM interview is this Tuesday, {fmt(d[0], 'md')}.

Zoom: https://unm.zoom.us/j/96600041128 (opens 7:45 a.m. MT)
Your faculty interviewers: Dr. Baca, Dr. Strand, Dr. Nakai-Oyler

Heads up for applicants new to Albuquerque: all of our clinical work is at UNMH, the state's only Level I trauma center, and the Raymond G. Murphy VA. We do not rotate at Presbyterian Hospital, which is a separate health system.

Saludos,
Dolores
UNM Department of Emergency Medicine
""", idates=[d[0]], must=["UNM EM"])
    mine("2026-12-15 17:10", "sent-thank-you-unm-em", "unm-em", "info", c, "Gracias - UNM EM interview",
         """Hi Dolores,

Thank you for a wonderful interview day. The Lobo spirit came through even on Zoom! Please pass my thanks to Dr. Baca - I'd love to come back to New Mexico, where my family is from.

Noor""", sig=SIG2)

    a = [D("2026-12-17"), D("2027-01-07")]
    prog = "University of New Mexico - Anesthesiology"
    th_invite("2026-11-09 13:00", "thalamus-invitation-unm-anesthesiology", "unm-anes", prog,
              ["The UNM Department of Anesthesiology & Critical Care Medicine invites you to interview for a "
               "categorical position.",
               "Interview days are virtual and include an optional evening session with residents."],
              a, token="unmanes-2f", deadline="2026-11-16",
              signer="University of New Mexico School of Medicine\nDepartment of Anesthesiology & Critical Care Medicine")
    th_booked("2026-11-09 21:12", "thalamus-confirmed-unm-anesthesiology", "unm-anes", prog, a[0], "08:00", 270, MT,
              "MT", "Virtual", "Zoom", uid="th-unmanes-889")
    mine("2026-12-17 18:30", "sent-thank-you-unm-anesthesiology", "unm-anes", "info",
         ("UNM Anesthesiology Residency", "anesthesiaresidency@salud.unm.edu"), "Thank you",
         """Dear UNM Anesthesiology,

Thank you for today's interview. I was struck by the amount of regional and pediatric exposure residents get at UNMH, and by how happy the PGY-3s seemed.

Sincerely,
Noor Castellanos""")

    # prelim IM: ERAS invitation, she declines, coordinator acknowledges
    p = [D("2027-01-12"), D("2027-01-26")]
    eras("2026-11-11 09:20", "myeras-interview-invitation-unm-internal-medicine-preliminary", "unm-prelim",
         "invitation", "Interview Invitation",
         ["University of New Mexico School of Medicine Program (Internal Medicine - Preliminary) has invited "
          "you to interview.", "", "Available dates:", f"  {fmt(p[0])}", f"  {fmt(p[1])}"], idates=p,
         must=["University of New Mexico School of Medicine"])
    r = mine("2026-12-18 10:05", "sent-declining-unm-preliminary-medicine-interview", "unm-prelim", "cancellation",
             ("UNM IM Residency", "imresidency@salud.unm.edu"),
             "Declining interview - Preliminary Medicine (Noor Castellanos)",
             """Dear UNM Internal Medicine Residency,

Thank you for the invitation to interview for your preliminary medicine positions. I have decided to decline so that the spot can go to another applicant. I had a wonderful experience interviewing with UNM Emergency Medicine and Anesthesiology this month and will always be grateful for the warm welcome.

Best regards,
Noor Castellanos""")
    co("2026-12-18 13:30", "re-declining-unm-preliminary-medicine-interview", "unm-prelim", "cancellation",
       ("Estevan Lucero", "elucero2@salud.unm.edu"), "RE: Declining interview - Preliminary Medicine (Noor Castellanos)",
       """Hi Noor,

Thanks for letting us know - I've released your invitation in ERAS. Best of luck this season!

Estevan Lucero
Program Coordinator, Internal Medicine Residency
University of New Mexico School of Medicine | MSC10 5550, 1 University of New Mexico, Albuquerque, NM 87131
""", irt=r, quote=outlook_quote(r))


def billings():
    co("2026-12-14 12:00", "billings-clinic-preliminary-medicine-application", "bil-prelim", "rejection",
       ("Billings Clinic GME", "gme@billingsclinic.org"), "Your application to Billings Clinic Internal Medicine", """
Dear Noor,

Thank you for applying for a preliminary year with the Billings Clinic Internal Medicine Residency in Billings, Montana. Our interview schedule is now full, and we are sorry that we cannot offer you an interview this year.

We appreciate your interest in rural and frontier medicine and wish you the very best.

Graduate Medical Education
Billings Clinic | 2800 10th Avenue North, Billings, MT 59101
""", must=["Billings Clinic"])


def swedish():
    co("2026-12-01 09:40", "hca-healthone-swedish-em-application-update", "swe-em", "rejection",
       ("Swedish EM Residency", "swedish.emresidency@healthonecares.com"),
       "HCA HealthONE Swedish Emergency Medicine - application status", """
Dear Noor,

Thank you for your interest in the Emergency Medicine Residency at HCA HealthONE Swedish Medical Center in Englewood. After holistic review of a very competitive pool, we are unable to offer you a position on our interview schedule.

Please know this decision was difficult. We wish you the best of luck in the Match.

Emergency Medicine Residency Program
HCA HealthONE Swedish Medical Center | 501 E. Hampden Ave., Englewood, CO 80113
""", must=["HCA HealthONE Swedish Medical Center"])
