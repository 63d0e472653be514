"""Programs in Missouri, Ohio, Michigan, Indiana and Kentucky, plus Northwestern Med-Peds."""
from kit import (CT, ET, D, NAME, FIRST, ADDR, SIG, SIG2, at, coord, full, fulln, gq, oq, ical, mail, me, shell,
                 e, clock, md)
from plat import th_invite, th_booked, th_remind, th_note, eras, ib, UTC, SUG

MP = "Internal Medicine/Pediatrics"


def nw():
    c = ("Grace Oyelowo", "grace.oyelowo@northwestern.edu")
    dd = [D("2026-11-02"), D("2026-11-16"), D("2026-12-14")]
    t = """Dear Marisol,

Congratulations! The Northwestern Internal Medicine-Pediatrics Residency
(McGaw Medical Center of Northwestern University) would like to invite you to a virtual interview. Our residents train at
Northwestern Memorial Hospital and Ann & Robert H. Lurie Children's Hospital of Chicago, with adult
continuity clinic at the Jesse Brown VA.

Please reply with your top two choices among:
 • Monday, November 2
 • Monday, November 16
 • Monday, December 14

We ask for a response within 72 hours. Note that Lurie Children's categorical Pediatrics program recruits
separately from Med-Peds.

Grace Oyelowo
Program Coordinator, Internal Medicine-Pediatrics Residency
Northwestern University Feinberg School of Medicine | McGaw Medical Center
251 E. Huron St., Galter 3-150, Chicago, IL 60611"""
    m = coord("2026-10-15 16:20", "northwestern-med-peds-interview-invitation", "nw-mp", "invitation", c,
              "Northwestern Med-Peds Interview Invitation", t, idates=dd, deadline="2026-10-18",
              must=["McGaw Medical Center of Northwestern University"])
    r = me("2026-10-15 22:03", "sent-re-northwestern-med-peds-invitation", "nw-mp", "scheduled", c,
           "Re: Northwestern Med-Peds Interview Invitation",
           "Dear Grace,\n\nThank you for the invitation! Monday, November 16 would be my first choice, with "
           "Monday, December 14 as a backup.\n\nBest regards,\nMarisol", irt=m, quote=gq("2026-10-15 16:20", *c, t),
           idates=[dd[1]])
    coord("2026-10-16 09:41", "re-northwestern-med-peds-confirmation", "nw-mp", "scheduled", c,
          "RE: Northwestern Med-Peds Interview Invitation",
          "Hi Marisol,\n\nWonderful – you are confirmed for Monday, November 16. A calendar invitation is attached "
          "and the Zoom details will follow the week before.\n\nGrace", irt=r, idates=[dd[1]],
          cal=ical("nw-medpeds-1116-haugen", at(dd[1], "08:00"), 300, "Northwestern Med-Peds Interview", "Zoom",
                   "Virtual interview day", organizer=c))
    me("2026-11-16 17:45", "sent-thank-you-northwestern-med-peds", "nw-mp", "info", c,
       "Thank you – Northwestern Med-Peds",
       "Hi Grace,\n\nThank you for organizing today. I especially enjoyed the session on the Lurie–Northwestern "
       "Memorial transition clinic.\n\nBest,\nMarisol")


def washu():
    t = """Dear Marisol Haugen,

Thank you for your interest in the Pediatric Residency Program at Washington University School of
Medicine in St. Louis and St. Louis Children's Hospital. We received many outstanding applications and,
unfortunately, we are not able to offer you an interview this season.

We wish you the best in your career.

Pediatric Residency Program
Washington University School of Medicine in St. Louis | St. Louis Children's Hospital (BJC HealthCare)"""
    coord("2026-11-10 14:00", "washu-pediatrics-application-status", "washu-peds", "rejection",
          ("WashU Pediatrics Residency", "pedsresidency@wustl.edu"), "Application status – WashU Pediatrics", t)
    prog = "Washington University/B-JH/SLCH Consortium - Internal Medicine/Pediatrics"
    dd = [D("2026-10-20"), D("2026-11-03"), D("2026-11-17")]
    th_invite("2026-10-08 12:00", "thalamus-interview-invitation", "washu-mp", prog,
              ["The WashU Med-Peds Residency (Barnes-Jewish Hospital and St. Louis Children's Hospital) is delighted "
               "to invite you to interview.", "Please select a date within 72 hours."],
              dd, url="https://app.thalamusgme.com/invite/washu-medpeds-6120", deadline="2026-10-11",
              signer="WashU Med-Peds Residency Program", must=["Barnes-Jewish Hospital"])
    th_booked("2026-10-08 12:04", "thalamus-interview-scheduled", "washu-mp", prog, dd[1], "08:00", "13:00",
              "Virtual", "Zoom", uid="th-washump-1103-mh")
    th_remind("2026-11-02 09:00", "thalamus-interview-reminder", "washu-mp", prog, dd[1], "08:00", "Virtual",
              "https://wustl.zoom.us/j/94555231877")


def slu():
    c = ("Tamika Greer", "tamika.greer@ssmhealth.com")
    dd = [D("2026-11-04"), D("2026-11-18"), D("2026-12-02")]
    t = """Hello Marisol,

On behalf of the SLU Pediatric Residency Program at SSM Health Cardinal Glennon Children's Hospital, I'm
pleased to invite you to a virtual interview. Our program is sponsored by Saint Louis University School of
Medicine; residents also rotate at SSM Health St. Mary's Hospital – St. Louis for newborn care.

Available dates: Wednesday, November 4; Wednesday, November 18; Wednesday, December 2. Please reply with
your preferred date by Friday, October 23.

Please note we are not affiliated with Mercy Children's Hospital St. Louis or Children's Mercy Kansas City,
in case you have applied there as well!

Tamika Greer
Pediatric Residency Coordinator
SSM Health Cardinal Glennon Children's Hospital | Saint Louis University School of Medicine
1465 S. Grand Blvd., St. Louis, MO 63104"""
    m = coord("2026-10-16 13:10", "slu-cardinal-glennon-pediatrics-invitation", "slu-peds", "invitation", c,
              "Interview Invitation – SLU Pediatrics / Cardinal Glennon", t, idates=dd, deadline="2026-10-23",
              must=["Mercy Children's Hospital St. Louis"])
    r = me("2026-10-16 19:55", "sent-re-slu-pediatrics-invitation", "slu-peds", "scheduled", c,
           "Re: Interview Invitation – SLU Pediatrics / Cardinal Glennon",
           "Hi Tamika,\n\nThank you for the invitation! I'd like to interview on Wednesday, November 18, please."
           "\n\nBest,\nMarisol", irt=m, quote=gq("2026-10-16 13:10", *c, t), idates=[dd[1]], sig=SIG2)
    coord("2026-10-19 08:47", "re-slu-pediatrics-confirmed", "slu-peds", "scheduled", c,
          "RE: Interview Invitation – SLU Pediatrics / Cardinal Glennon",
          "Good morning Marisol,\n\nYou're confirmed for Wednesday, November 18. I'll e-mail the Zoom link the day "
          "before.\n\nTamika", irt=r, idates=[dd[1]])
    coord("2026-11-17 14:30", "slu-pediatrics-zoom-link-tomorrow", "slu-peds", "reminder", c,
          "Tomorrow's interview – Zoom link",
          """Hi Marisol,

Here's your link for tomorrow (Wednesday, November 18): https://slu.zoom.us/j/97555611833
Please join at 7:50 a.m. Central. Dr. Ameri will start with a welcome at 8:00.

Tamika""", idates=[dd[1]])
    # SLU Med-Peds through ERAS
    mp = [D("2027-02-09"), D("2027-02-16")]
    eras("2027-01-06 10:16", "myeras-new-message", "slu-mp", "invitation", "New Message in MyERAS",
         ["You have a new interview invitation in MyERAS from:",
          "Saint Louis University School of Medicine Program - Internal Medicine/Pediatrics",
          "Offered dates: " + " or ".join(full(x) for x in mp) + ". Respond by January 13, 2027."],
         idates=mp, deadline="2027-01-13")
    eras("2027-01-06 21:40", "myeras-interview-scheduled", "slu-mp", "scheduled", "Interview Scheduled",
         ["Your interview has been scheduled:",
          "Saint Louis University School of Medicine Program - Internal Medicine/Pediatrics",
          f"{full(mp[0])}, 8:00 AM – 12:00 PM Central"], idates=[mp[0]])
    coord("2027-01-20 11:25", "slu-med-peds-interview-day-information", "slu-mp", "info",
          ("Carla Dunning", "carla.dunning@ssmhealth.com"), "SLU Med-Peds – interview day information",
          """Dear Marisol,

We are looking forward to meeting you on Tuesday, February 9! Our Med-Peds residents train at SSM Health
Saint Louis University Hospital (the new hospital opened in 2020 at Grand and Chouteau) and at SSM Health
Cardinal Glennon Children's Hospital, with VA rotations at John Cochran.

I saw you interviewed with our categorical Peds program in November – this is a separate interview with
different faculty.

Carla Dunning
Internal Medicine–Pediatrics Residency | SSM Health Saint Louis University Hospital""", idates=[mp[0]])


def cmkc():
    prog = "Children's Mercy Kansas City – Pediatrics (UMKC)"
    dd = [D("2026-11-24"), D("2026-12-03"), D("2026-12-15")]
    ib("2026-10-27 10:05", "interview-broker-invitation-childrens-mercy", "cmkc-peds", "invitation", prog,
       "Invitation to Interview – Children's Mercy Kansas City Pediatric Residency",
       ["Congratulations! The Pediatric Residency Program at Children's Mercy Kansas City, sponsored with the "
        "University of Missouri–Kansas City School of Medicine, invites you to interview.",
        "Self-schedule from the available dates below. Invitation links expire after 96 hours."],
       idates=dd, deadline="2026-10-31", button=("https://www.interviewbroker.com/s/cmkc-peds", "Select Date"),
       must=["University of Missouri–Kansas City"])
    d = dd[1]
    ib("2026-10-27 10:31", "interview-broker-confirmation-childrens-mercy", "cmkc-peds", "scheduled", prog,
       "Interview Scheduled – Children's Mercy Kansas City",
       ["You are scheduled! Please keep this e-mail for your records."], idates=[d],
       rows=[("Date", full(d)), ("Time", "7:30 AM – 12:30 PM Central"), ("Platform", "Zoom")],
       cal=ical("ib-cmkc-1203-mh", at(d, "07:30"), 300, "Children's Mercy KC Pediatrics Interview", "Zoom",
                "Virtual interview"))
    ib("2026-12-02 08:00", "interview-broker-reminder-childrens-mercy", "cmkc-peds", "reminder", prog,
       "Reminder: Your interview is tomorrow",
       [f"Your interview with Children's Mercy Kansas City is tomorrow, {full(d)}, at 7:30 AM Central.",
        "Zoom: https://childrensmercy.zoom.us/j/91555873322 (passcode CMKC27)"], idates=[d])


def cincy():
    prog = "Cincinnati Children's Hospital Medical Center - Pediatrics"
    th_note("2026-11-06 17:00", "thalamus-program-message", "cchmc-peds", "rejection", prog,
            "Message from Cincinnati Children's Pediatric Residency",
            ["Thank you for applying to the Pediatric Residency Program at Cincinnati Children's. We regret that "
             "we are unable to offer you an interview this year.",
             "Please note this decision applies only to our categorical Pediatrics program. The University of "
             "Cincinnati Internal Medicine-Pediatrics program makes its own decisions."])
    prog2 = "University of Cincinnati Medical Center - Internal Medicine/Pediatrics"
    dd = [D("2026-11-06"), D("2026-11-20"), D("2026-12-04")]
    th_invite("2026-10-19 13:00", "thalamus-interview-invitation", "uc-mp", prog2,
              ["The UC Med-Peds Residency Program is thrilled to invite you to interview! Our residents train at "
               "University of Cincinnati Medical Center (UC Health) and Cincinnati Children's Hospital Medical "
               "Center.", "This year we offer in-person interview days in Cincinnati."],
              dd, url="https://app.thalamusgme.com/invite/uc-medpeds-9053", fmt="In-Person",
              must=["UC Health"])
    d = dd[1]
    th_booked("2026-10-19 13:09", "thalamus-interview-scheduled", "uc-mp", prog2, d, "07:30", "14:00",
              "In-Person", "UC Medical Center, 234 Goodman St, Cincinnati, OH 45219", uid="th-ucmp-1120-mh", tz=ET,
              minutes=390)
    coord("2026-11-10 10:40", "uc-med-peds-in-person-day-details", "uc-mp", "info",
          ("Jenna Rutledge", "rutledjn@ucmail.uc.edu"), "UC Med-Peds in-person day – details",
          """Hi Marisol,

We can't wait to host you on Friday, November 20! Check-in is at 7:30 a.m. in the Medical Sciences
Building lobby (231 Albert Sabin Way). Lunch is at Cincinnati Children's Location A cafeteria after the
tour, and we'll walk you back to UC Medical Center for the afternoon.

Pre-interview dinner with residents: Thursday, November 19, 6:30 p.m., Taste of Belgium, Clifton.
Hotel block: Kinley Cincinnati Downtown ($149/night, code UCMP).

Jenna Rutledge
Program Coordinator, Internal Medicine-Pediatrics Residency
University of Cincinnati College of Medicine""", tz=ET, idates=[d])
    me("2026-11-20 20:02", "sent-thank-you-uc-med-peds", "uc-mp", "info", ("Jenna Rutledge", "rutledjn@ucmail.uc.edu"),
       "Thank you – UC Med-Peds", "Hi Jenna,\n\nThank you for a fantastic day in Cincinnati. The dinner last night "
       "and the Cincinnati Children's tour were highlights.\n\nBest,\nMarisol")


def ohio():
    # OSU Med-Peds (ERAS)
    dd = [D("2026-11-17"), D("2026-12-01"), D("2026-12-15")]
    eras("2026-10-26 11:31", "myeras-interview-invitation", "osu-mp", "invitation",
         "Interview Invitation – Ohio State University Hospital Program",
         ["You have received an interview invitation from:",
          "Ohio State University Hospital Program - Internal Medicine/Pediatrics",
          "Dates: " + "; ".join(full(x) for x in dd),
          "Freeze date for changes: November 10, 2026."], idates=dd, must=["Ohio State University Hospital"])
    d = dd[1]
    eras("2026-10-26 12:18", "myeras-interview-scheduled", "osu-mp", "scheduled", "Interview Scheduled",
         ["Your interview has been scheduled:", "Ohio State University Hospital Program - Internal Medicine/Pediatrics",
          f"{full(d)}, 8:00 AM - 1:00 PM Eastern"], idates=[d])
    coord("2026-11-30 12:30", "osu-med-peds-tomorrow-zoom", "osu-mp", "reminder",
          ("Ohio State Med-Peds", "medpeds.residency@osumc.edu"), "See you tomorrow! OSU Med-Peds Interview Day",
          """Hi Marisol,

We'll see you tomorrow, Tuesday, December 1, at 8:00 a.m. Eastern (7:00 a.m. Central).
Zoom: https://osumc.zoom.us/j/95555004119

You'll hear from faculty at The Ohio State University Wexner Medical Center and Nationwide Children's
Hospital; continuity clinics are at OSU Outpatient Care East and Nationwide's Primary Care Network. Some
of our adult electives are at OhioHealth Riverside Methodist Hospital.

The Ohio State Med-Peds Residency Team""", tz=ET, idates=[d], must=["OhioHealth Riverside Methodist"])
    # Nationwide Children's Pediatrics: waitlist -> offer -> scheduled after as_of
    prog = "Nationwide Children's Hospital - Pediatrics"
    th_note("2026-11-02 13:00", "thalamus-waitlist-notification", "nch-peds", "waitlist", prog,
            "Nationwide Children's Pediatrics – Waitlist",
            ["Thank you for applying to the Pediatric Residency Program at Nationwide Children's Hospital and The "
             "Ohio State University College of Medicine. All current interview days are full, and we have added "
             "you to our waitlist."])
    c = ("Brianna Kessler", "brianna.kessler@nationwidechildrens.org")
    d2 = D("2027-02-11")
    t = """Dear Marisol,

We have had an opening on our Thursday, February 11 interview day and would like to offer it to you from
our waitlist. Please let me know by Friday, January 29 if you would like the spot.

Our residents rotate at Nationwide Children's main campus and in newborn nurseries at OhioHealth Riverside
Methodist and OhioHealth Grant Medical Center.

Best,
Brianna Kessler
Pediatric Residency Program Coordinator
Nationwide Children's Hospital | 700 Children's Drive, Columbus, OH 43205"""
    m = coord("2027-01-25 13:05", "nationwide-childrens-waitlist-opening", "nch-peds", "invitation", c,
              "Nationwide Children's Pediatrics – interview opening", t, tz=ET, idates=[d2], deadline="2027-01-29",
              must=["OhioHealth Grant Medical Center"])
    me("2027-01-25 13:40", "sent-re-nationwide-childrens-opening", "nch-peds", "scheduled", c,
       "Re: Nationwide Children's Pediatrics – interview opening",
       "Hi Brianna,\n\nYes please – I would be glad to take the Thursday, February 11 spot. Thank you!\n\n"
       "Marisol", irt=m, quote=gq(m["when"], *c, t, tz=ET), idates=[d2], sig=SIG2)
    th_booked("2027-01-26 08:30", "thalamus-interview-scheduled", "nch-peds", prog, d2, "08:00", "13:00",
              "Virtual", "Zoom", uid="th-nch-0211-mh", tz=ET, note="Added by the program from its waitlist.")
    # Cleveland Clinic Children's
    prog3 = "Cleveland Clinic Children's - Pediatrics"
    dd3 = [D("2026-11-12"), D("2026-12-10"), D("2027-01-07")]
    th_invite("2026-11-03 14:00", "thalamus-interview-invitation", "ccf-peds", prog3,
              ["Cleveland Clinic Children's Pediatric Residency invites you to interview. Residents train at "
               "Cleveland Clinic Children's main campus and Cleveland Clinic Children's Hospital for Rehabilitation, "
               "with community pediatrics at Cleveland Clinic Fairview Hospital and Hillcrest Hospital.",
               "Please note that Cleveland Clinic Akron General and Akron Children's Hospital are separate "
               "programs."], dd3, url="https://app.thalamusgme.com/invite/ccc-peds-4477",
              must=["Cleveland Clinic Fairview Hospital"])
    d3 = dd3[1]
    th_booked("2026-11-03 14:16", "thalamus-interview-scheduled", "ccf-peds", prog3, d3, "08:00", "13:00",
              "Virtual", "Zoom", uid="th-ccc-1210-mh", tz=ET)
    th_remind("2026-12-09 09:00", "thalamus-interview-reminder", "ccf-peds", prog3, d3, "08:00", "Virtual",
              "https://ccf.zoom.us/j/98555120064", tz=ET)
    me("2026-12-10 14:22", "sent-thank-you-cleveland-clinic-childrens", "ccf-peds", "info",
       ("Cleveland Clinic Children's Pediatric Residency", "pedsresidency@ccf.org"),
       "Thank you – Cleveland Clinic Children's",
       "Dear Dr. Hadley and team,\n\nThank you for today's interview. I enjoyed learning about the Fairview "
       "community rotation and the Hillcrest newborn nursery.\n\nSincerely,\nMarisol Haugen")


def michigan():
    # Michigan Med-Peds (ERAS + coordinator)
    dd = [D("2026-11-30"), D("2026-12-14"), D("2027-01-11")]
    eras("2026-11-04 09:02", "myeras-new-message", "umich-mp", "invitation", "You have a new message",
         ["A program has sent you a new message in MyERAS. Log in to view it and to respond.",
          "From: University of Michigan Health System Program - Internal Medicine/Pediatrics"],
         must=["University of Michigan Health System Program"])
    eras("2026-11-04 11:47", "myeras-interview-scheduled", "umich-mp", "scheduled", "Interview Scheduled",
         ["Your interview has been scheduled:",
          "University of Michigan Health System Program - Internal Medicine/Pediatrics",
          f"{full(dd[1])} (8:00 AM - 12:30 PM Eastern)"], idates=[dd[1]])
    c = ("Lauren Szymanski", "lszymans@med.umich.edu")
    coord("2026-12-08 10:02", "michigan-med-peds-interview-day-agenda", "umich-mp", "info", c,
          "Michigan Med-Peds – agenda for Monday",
          """Hi Marisol,

Attached is the agenda for your Monday, December 14 interview. You will meet faculty from University
Hospital, C.S. Mott Children's Hospital and the VA Ann Arbor Healthcare System. Continuity clinics are at
the Michigan Medicine Ypsilanti Health Center.

Lauren Szymanski
Program Coordinator, Internal Medicine-Pediatrics
Michigan Medicine | University of Michigan Medical School""", tz=ET, idates=[dd[1]], must=["Ypsilanti"])
    me("2026-12-14 16:50", "sent-thank-you-michigan-med-peds", "umich-mp", "info", c, "Thank you – Michigan Med-Peds",
       "Hi Lauren,\n\nThank you for a wonderful interview day. Please share my thanks with Dr. Okafor.\n\nMarisol")
    # Mott Pediatrics rejection (ERAS post office, no subject)
    eras("2026-11-20 13:00", "myeras-program-message-no-subject", "mott-peds", "rejection", "",
         ["Message from: University of Michigan Health System Program - Pediatrics",
          "Thank you for applying to the C.S. Mott Children's Hospital Pediatric Residency. We regret that we are "
          "unable to offer you an interview this year."], must=["C.S. Mott Children's Hospital"])
    # Helen DeVos (Corewell Health West)
    prog = "Helen DeVos Children's Hospital/Michigan State University - Pediatrics"
    dd2 = [D("2026-12-16"), D("2027-01-06")]
    th_invite("2026-11-05 14:30", "thalamus-interview-invitation", "devos-peds", prog,
              ["Congratulations! Helen DeVos Children's Hospital (Corewell Health West, formerly Spectrum Health) "
               "and the Michigan State University College of Human Medicine invite you to interview for our "
               "Pediatric Residency."], dd2, url="https://app.thalamusgme.com/invite/hdvch-peds-1802",
              must=["formerly Spectrum Health"])
    th_booked("2026-11-05 15:01", "thalamus-interview-scheduled", "devos-peds", prog, dd2[0], "08:00", "13:00",
              "Virtual", "Zoom", uid="th-hdvch-1216-mh", tz=ET)
    coord("2026-12-10 15:15", "helen-devos-interview-preparation", "devos-peds", "info",
          ("Megan VanderArk", "megan.vanderark@corewellhealth.org"), "Your upcoming interview – Helen DeVos Peds",
          """Hello Marisol!

We look forward to meeting you next Wednesday, December 16. Our residents rotate at Helen DeVos Children's
Hospital and Corewell Health Butterworth Hospital in Grand Rapids, with a community newborn rotation at
Trinity Health Grand Rapids (formerly Mercy Health Saint Mary's).

Megan VanderArk
Pediatric Residency Coordinator
Corewell Health West | Helen DeVos Children's Hospital""", tz=ET, idates=[dd2[0]],
          must=["Trinity Health Grand Rapids"])
    me("2026-12-16 15:40", "sent-thank-you-helen-devos", "devos-peds", "info",
       ("Megan VanderArk", "megan.vanderark@corewellhealth.org"), "Thank you – Helen DeVos Pediatrics",
       "Hi Megan,\n\nThank you for a great day – Grand Rapids is now high on my list.\n\nBest,\nMarisol")
    # Beaumont Med-Peds: late, unanswered
    prog3 = "Corewell Health William Beaumont University Hospital - Internal Medicine/Pediatrics"
    dd3 = [D("2027-02-16"), D("2027-02-18")]
    th_invite("2027-02-03 12:00", "thalamus-interview-invitation", "beaumont-mp", prog3,
              ["Corewell Health William Beaumont University Hospital in Royal Oak (formerly Beaumont Hospital, Royal "
               "Oak) would like to invite you to interview with our Internal Medicine-Pediatrics Residency.",
               "Our residents also rotate at Corewell Health Beaumont Troy Hospital. Please respond by Monday, "
               "February 8 at 12:00 PM Eastern."], dd3, url="https://app.thalamusgme.com/invite/cwbuh-medpeds-0412",
              deadline="2027-02-08", must=["formerly Beaumont Hospital, Royal Oak"])


def indiana():
    c = ("Whitney Oakes", "wnoakes@iu.edu")
    dd = [D("2026-12-07"), D("2027-01-04"), D("2027-01-15")]
    t = """Dear Marisol,

It is my pleasure to invite you to interview with the Indiana University Pediatric Residency Program at
Riley Hospital for Children at IU Health. Our residents also train at Eskenazi Health and IU Health
Methodist Hospital's newborn nursery.

Dates (virtual): Monday, December 7; Monday, January 4; Friday, January 15.
Reply to this e-mail with your choice; we'll confirm within two business days.

Whitney Oakes
IU Peds Residency Coordinator | Indiana University School of Medicine, Department of Pediatrics
705 Riley Hospital Dr., Indianapolis, IN 46202"""
    m = coord("2026-11-09 09:50", "iu-pediatrics-riley-interview-invitation", "riley-peds", "invitation", c,
              "IU Pediatrics (Riley) – Interview Invitation", t, tz=ET, idates=dd, must=["Eskenazi Health"])
    r = me("2026-11-09 12:33", "sent-re-iu-pediatrics-riley-invitation", "riley-peds", "scheduled", c,
           "Re: IU Pediatrics (Riley) – Interview Invitation",
           "Dear Whitney,\n\nThank you! I would like Monday, January 4, please.\n\nBest regards,\nMarisol",
           irt=m, quote=gq(m["when"], *c, t, tz=ET), idates=[dd[1]])
    coord("2026-11-10 10:05", "re-iu-pediatrics-interview-confirmed", "riley-peds", "scheduled", c,
          "RE: IU Pediatrics (Riley) – Interview Invitation",
          "Hi Marisol – confirmed for Monday, January 4, 2027, 8:00 a.m. Eastern (7:00 Central). Zoom link to follow.\n\n"
          "Whitney", tz=ET, irt=r, idates=[dd[1]])
    me("2027-01-04 13:25", "sent-thank-you-riley-pediatrics", "riley-peds", "info", c, "Thank you – IU Peds",
       "Hi Whitney,\n\nThank you for today's interview with IU Pediatrics – the Riley residents were so welcoming."
       "\n\nMarisol")
    # IU Med-Peds: SignUpGenius
    c2 = ("IU Med-Peds Residency", "medpeds@iu.edu")
    t2 = """Hi Marisol,

The IU Internal Medicine-Pediatrics Residency would love to interview you! Adult rotations are at IU Health
Methodist Hospital, Eskenazi Health and the Richard L. Roudebush VA; pediatric rotations are at Riley.

Please sign up for one of our virtual days on SignUpGenius:
https://www.signupgenius.com/go/IUMedPeds2027

Dates: Wednesday, December 2; Wednesday, January 6; Wednesday, January 20.

IU Med-Peds Residency Program"""
    dd2 = [D("2026-12-02"), D("2027-01-06"), D("2027-01-20")]
    coord("2026-11-10 13:12", "iu-med-peds-interview-invitation", "iu-mp", "invitation", c2,
          "IU Med-Peds – Interview Invitation", t2, tz=ET, idates=dd2, must=["Roudebush VA"])
    d = dd2[1]
    st = f"""Thank you for signing up!

You signed up for the following slot(s) on "IU Med-Peds Interviews 2026-27":

{full(d)}  8:00am - 12:30pm EST   Interview Day (Virtual)

Comment: Marisol Haugen, University of Iowa

Change your sign up: https://www.signupgenius.com/go/IUMedPeds2027#/

SignUpGenius | Sign-up created by IU Med-Peds Residency"""
    mail("2026-11-10 15:45", "signupgenius-confirmation-iu-med-peds", "iu-mp", "scheduled", SUG,
         "Confirmation: IU Med-Peds Interviews 2026-27", st, shell([e(x) for x in st.split("\n\n")],
                                                                    top="<b>SignUpGenius</b>", color="#f7941d"),
         tz=ET, idates=[d], reply_to=c2)
    coord("2027-01-05 11:00", "iu-med-peds-zoom-tomorrow", "iu-mp", "reminder", c2,
          "IU Med-Peds interview tomorrow – Zoom", "Hi Marisol,\n\nLooking forward to tomorrow, Wednesday, January 6! "
          "Zoom: https://iu.zoom.us/j/93555770051\n\nIU Med-Peds", tz=ET, idates=[d])


def kentucky():
    dd = [D("2026-12-11"), D("2027-01-08"), D("2027-01-22")]
    eras("2026-11-11 08:30", "myeras-interview-invitation", "uk-peds", "invitation",
         "Interview Invitation – University of Kentucky College of Medicine Program",
         ["You have received an interview invitation from:",
          "University of Kentucky College of Medicine Program - Pediatrics (Categorical)",
          "Dates: " + "; ".join(full(x) for x in dd), "Please schedule in MyERAS."], idates=dd)
    eras("2026-11-11 08:31", "myeras-interview-invitation", "uk-mp", "invitation",
         "Interview Invitation – University of Kentucky College of Medicine Program",
         ["You have received an interview invitation from:",
          "University of Kentucky College of Medicine Program - Internal Medicine/Pediatrics (Categorical)",
          "Dates: Friday, December 11, 2026; Friday, January 15, 2027", "Please schedule in MyERAS."],
         idates=[D("2026-12-11"), D("2027-01-15")], must=["Internal Medicine/Pediatrics"])
    d = dd[1]
    eras("2026-11-11 09:12", "myeras-interview-scheduled", "uk-peds", "scheduled", "Interview Scheduled",
         ["Your interview has been scheduled:",
          "University of Kentucky College of Medicine Program - Pediatrics", f"{full(d)}, 8:00 AM Eastern"],
         idates=[d])
    c = ("Ashley Combs", "ashley.combs@uky.edu")
    me("2026-11-16 09:10", "sent-uk-med-peds-declining-invitation", "uk-mp", "cancellation", c,
       "Declining UK Med-Peds interview invitation",
       "Dear Ms. Combs,\n\nThank you for the invitation to interview with the UK Internal Medicine-Pediatrics "
       "program. I have decided to focus my applications in Kentucky on categorical Pediatrics and must "
       "respectfully decline. I will keep my Pediatrics interview on January 8.\n\nSincerely,\nMarisol Haugen")
    coord("2026-11-16 11:44", "re-uk-med-peds-declined", "uk-mp", "cancellation", c,
          "RE: Declining UK Med-Peds interview invitation",
          """Hi Marisol,

Thanks for letting us know. I've withdrawn the UK Med-Peds invitation in ERAS, so you may see a status
change. Your Pediatrics date with Kentucky Children's Hospital is not affected.

Ashley Combs
Program Coordinator, Internal Medicine-Pediatrics
UK HealthCare | University of Kentucky College of Medicine, Lexington""", tz=ET)
    coord("2027-01-04 15:20", "kentucky-childrens-interview-information", "uk-peds", "info",
          ("UK Pediatrics Residency", "pedsresidency@uky.edu"), "UK Peds – interview day information",
          """Hi Marisol,

We're excited to meet you on Friday, January 8! You'll meet faculty from Kentucky Children's Hospital and
UK HealthCare's Albert B. Chandler Hospital. Zoom details will come the day before.

UK Pediatrics Residency | Kentucky Children's Hospital, Lexington""", tz=ET, idates=[d],
          must=["Kentucky Children's Hospital"])
    me("2027-01-08 15:15", "sent-thank-you-uk-pediatrics", "uk-peds", "info",
       ("UK Pediatrics Residency", "pedsresidency@uky.edu"), "Thank you – UK Pediatrics",
       "Hello,\n\nThank you for today's interview. I enjoyed learning about the Kentucky Children's rural "
       "outreach clinics.\n\nMarisol Haugen")
    # UofL (Interview Broker)
    prog = "University of Louisville – Pediatrics (Norton Children's Hospital)"
    dd2 = [D("2026-12-17"), D("2027-01-14"), D("2027-01-21")]
    ib("2026-11-12 12:40", "interview-broker-invitation-louisville", "uofl-peds", "invitation", prog,
       "UofL Pediatrics – Invitation to Interview",
       ["The University of Louisville Pediatric Residency (Norton Children's Hospital) invites you to a virtual "
        "interview.", "Please select a date within 72 hours."], idates=dd2, deadline="2026-11-15",
       button=("https://www.interviewbroker.com/s/uofl-peds", "Pick a Date"), must=["Norton Children's Hospital"])
    d2 = dd2[1]
    ib("2026-11-12 13:02", "interview-broker-confirmation-louisville", "uofl-peds", "scheduled", prog,
       "Confirmed: UofL Pediatrics Interview", ["Your interview is confirmed."], idates=[d2],
       rows=[("Date", full(d2)), ("Time", "8:30 AM – 1:00 PM Eastern"), ("Format", "Virtual")],
       cal=ical("ib-uofl-0114-mh", at(d2, "08:30", ET), 270, "UofL Pediatrics Interview", "Zoom", "Virtual"))
    ib("2027-01-13 08:00", "interview-broker-reminder-louisville", "uofl-peds", "reminder", prog,
       "Reminder: UofL Pediatrics interview tomorrow",
       [f"This is a reminder of your interview tomorrow, {full(d2)}, at 8:30 AM Eastern.",
        "Zoom: https://louisville.zoom.us/j/97555332190"], idates=[d2])
    me("2027-01-14 14:05", "sent-thank-you-uofl-pediatrics", "uofl-peds", "info",
       ("UofL Pediatrics Residency", "pedsres@louisville.edu"), "Thank you – UofL Pediatrics",
       "Dear UofL Pediatrics team,\n\nThank you for today's interview – I enjoyed hearing about Norton "
       "Children's and the Norton Children's Medical Center in Jeffersontown.\n\nSincerely,\nMarisol Haugen")


def build():
    for f in (nw, washu, slu, cmkc, cincy, ohio, michigan, indiana, kentucky):
        f()
