"""Massachusetts: Mass General Brigham, Beth Israel Lahey Health (BIDMC, Lahey), Tufts Medical Center, Boston
Medical Center, UMass Chan / UMass Memorial, Baystate."""
from kit import (D, ET, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, abbr, abbry, coord, dslash, gquote, ics, long,
                 longn, mail, md, mdy, me, oquote, slash, slashy, clock, page, esc, button, kv, link)
from plat import TH, th_invite, th_booked, th_remind, th_msg, rc, ib, eras, SUG, PT, UTC


def mgb():
    prog = "Brigham and Women's Hospital - General Surgery (Categorical)"
    d = [D("2026-12-02"), D("2026-12-16"), D("2027-01-13")]
    th_invite("2026-11-02 11:00", "thalamus-invitation-brigham-general-surgery", "bwh-surg", prog,
              ["Thank you for your interest in the General Surgery Residency Program at Brigham and Women's Hospital. "
               "We were impressed by your application and would like to invite you to interview with us.",
               "Interviews are conducted virtually. The day consists of a welcome from Dr. Farrokhzad, five faculty "
               "interviews, and small-group sessions with current residents from the Brigham and from Brigham and "
               "Women's Faulkner Hospital."],
              d, url="https://app.thalamusgme.com/applicant/invitations/5581207", fmt="Virtual",
              extra="Spaces are limited and are offered on a first-come basis.",
              signer="The Brigham General Surgery Residency Office\nBrigham and Women's Hospital, 75 Francis Street, "
                     "Boston, MA 02115")
    th_booked("2026-11-02 11:04", "thalamus-scheduled-brigham-general-surgery", "bwh-surg", prog, d[0], "07:30",
              "13:00", "Virtual", "Zoom", uid="th-5581207-20261202", mode="tzid")
    me("2026-12-02 19:14", "sent-thank-you-brigham-surgery", "bwh-surg", "info",
       [("Brigham General Surgery Residency", "bwhgsresidency@mgb.org")], "Thank you - December 2 interview",
       "Dear Dr. Farrokhzad and the Brigham surgery team,\n\nThank you for today's interview. The residents' "
       "description of the Faulkner rotation as the place where juniors first run their own lists was exactly "
       "the kind of graduated autonomy I've been looking for, and I left with a clear sense of the program's "
       "commitment to research years without pressure to take one.\n\nThank you again,\nCamille Szabo")

    # MGH rejection (mentions "interview invitation")
    t = """Dear Camille Szabo,

Thank you for applying to the MGH General Surgery Residency Program. This year we received more than 1,400
applications for nine categorical positions.

After careful review, we regret that we are unable to extend an interview invitation to you. This decision
reflects the number of applicants rather than any shortcoming in your application, and we wish you every success
in the Match.

Please note that other Mass General Brigham programs, including the Brigham and Women's Hospital surgery
residency, recruit independently of ours.

Sincerely,

MGH Surgical Residency Program Office
MGH Department of Surgery | 55 Fruit Street, GRB-425 | Boston, MA 02114"""
    coord("2026-11-12 16:30", "mgh-general-surgery-application-status", "mgh-surg", "rejection",
          ("MGH Surgery Residency", "mghsurgeryresidency@mgb.org"), "MGH General Surgery Residency - Application Status",
          t, must=["unable to extend an interview invitation"])

    # MGB integrated OB/GYN through Thalamus
    prog2 = "Brigham and Women's Hospital/Massachusetts General Hospital - Obstetrics & Gynecology"
    od = [D("2026-11-09"), D("2026-11-30"), D("2026-12-14")]
    th_invite("2026-10-20 12:10", "thalamus-invitation-mgb-integrated-obgyn", "mgb-obgyn", prog2,
              ["Congratulations! The Mass General Brigham Integrated Residency in Obstetrics and Gynecology is "
               "delighted to invite you to interview.",
               "Our residents train at Brigham and Women's Hospital and Massachusetts General Hospital, with "
               "community rotations at Newton-Wellesley Hospital. Interview days are virtual and run from 9:00 AM to "
               "2:30 PM Eastern."],
              od, url="https://app.thalamusgme.com/applicant/invitations/5498816",
              subject="Interview Invitation - Mass General Brigham Integrated OB/GYN Residency",
              must=["Mass General Brigham Integrated Residency in Obstetrics and Gynecology"])
    th_booked("2026-10-20 12:13", "thalamus-scheduled-mgb-integrated-obgyn", "mgb-obgyn", prog2, od[0], "09:00",
              "14:30", "Virtual", "Zoom", uid="th-5498816-20261109")
    c = ("Jasmine Tavares-Holt", "jtavaresholt@mgb.org")
    t = f"""Dear Interviewees,

We're looking forward to meeting you on {long(od[0])}! Please hold the evening before for our optional resident
meet-and-greet: Sunday, November 8 from 7:00 to 8:00 PM on Zoom (link in the attached agenda - it's just our
residents, no faculty, no evaluation).

A few things people often ask:
- Where will I work? PGY-1s split their year between the Brigham and MGH, with generalist gyn at
  Newton-Wellesley Hospital and an outpatient block at Mass General Brigham Salem Hospital's women's health clinic.
- When does residency start? Orientation for the incoming class begins Monday, June 21, 2027.
- Can I see the hospitals in person? We are hosting an optional second-look day in March for applicants who
  wish to visit after rank lists are certified.

Warmly,
Jasmine Tavares-Holt
Residency Program Manager
Mass General Brigham Integrated Residency in Obstetrics and Gynecology
75 Francis Street, ASB1-3, Boston, MA 02115"""
    coord("2026-10-30 11:18", "mgb-obgyn-interview-day-faqs", "mgb-obgyn", "info", c,
          f"MGB OB/GYN - Interview day {slash(od[0])} - social and FAQs", t, to="undisclosed-recipients:;",
          idates=[od[0]], must=["Newton-Wellesley Hospital"])


def bilh():
    # ---------------------------------------------------------------- BIDMC categorical: waitlist -> invitation
    prog = "Beth Israel Deaconess Medical Center - General Surgery (Categorical)"
    th_msg("2026-11-10 13:00", "thalamus-waitlist-bidmc-general-surgery", "bidmc-surg", "waitlist", prog,
           "Interview waitlist - Beth Israel Deaconess Medical Center",
           ["Thank you for applying to the BIDMC General Surgery Residency. Our interview dates are currently full. "
            "We were impressed by your application and have added you to our interview waitlist.",
            "This is a pooled waitlist: when a spot opens, everyone on the list receives the same e-mail and the "
            "first applicant to claim the date in Thalamus receives it. Please keep your notifications on.",
            "We will be in touch if a space becomes available."],
           must=["pooled waitlist"])
    slot = D("2027-01-13")
    th_msg("2026-12-29 09:15", "thalamus-waitlist-spot-open-bidmc", "bidmc-surg", "invitation", prog,
           "An interview spot is available - BIDMC General Surgery",
           [f"An interview spot has opened on {long(slot)}. Because you are on the waitlist for Beth Israel "
            "Deaconess Medical Center - General Surgery (Categorical), you may claim it now.",
            "Spots are assigned to the first applicant who accepts. If the date is no longer available when you "
            "log in, you will remain on the waitlist."],
           btn=("https://app.thalamusgme.com/applicant/waitlist/70413", "Claim this date"), idates=[slot])
    th_booked("2026-12-29 09:17", "thalamus-scheduled-bidmc-general-surgery", "bidmc-surg", prog, slot, "07:00",
              "12:30", "Virtual", "Zoom", uid="th-70413-20270113",
              note="You were added to this date from the program's waitlist.")
    c = ("Ng, Hannah", "hng3@bidmc.harvard.edu")
    t = f"""Hi Camille,

Glad you could grab the 1/13 spot! Here are your links for tomorrow:

Main room (7:00 welcome, 11:45 wrap-up): https://bidmc.zoom.us/j/95550241187
Interview breakouts will open from the main room. If you get disconnected, call me at 617-555-0132.

Your interviewers: Dr. Abernathy (PD), Dr. Shuster, Dr. Iyer, and one of our chiefs, Dr. Mbeki.

The BIDMC surgery residents' happy hour (virtual) is right after, 12:00-12:30, no faculty.

Hannah

Hannah Ng | Program Coordinator, General Surgery Residency
BIDMC Dept. of Surgery | 110 Francis St, Suite 9B | Boston, MA 02215"""
    coord("2027-01-12 10:40", "bidmc-surgery-interview-links-tomorrow", "bidmc-surg", "reminder", c,
          "BIDMC Surgery - your Zoom links for tomorrow", t, idates=[slot])
    me("2027-01-13 17:02", "sent-thank-you-bidmc-surgery", "bidmc-surg", "info", [("Hannah Ng", c[1])],
       "Thank you - BIDMC Surgery",
       "Hi Hannah,\n\nThank you for making today so seamless, especially on short notice after the waitlist spot. "
       "Please pass along my thanks to Dr. Abernathy and Dr. Mbeki; I left excited about the program and its "
       "outreach work in Chinatown.\n\nBest wishes,\nCamille")

    # ---------------------------------------------------------------- BIDMC preliminary: Interview Broker, declined
    prog2 = "BIDMC Preliminary Surgery (PGY-1)"
    pd = [D("2026-12-16"), D("2027-01-07")]
    m1 = ib("2026-11-18 14:00", "interview-broker-invitation-bidmc-preliminary-surgery", "bidmc-prelim",
            "invitation", prog2, "BIDMC Preliminary Surgery - Interview Invitation",
            ["Beth Israel Deaconess Medical Center invites you to interview for a one-year preliminary position in "
             "General Surgery. Preliminary residents rotate on the same services as our categorical interns.",
             "Please select a date by Wednesday, November 25. Interviews are virtual and last about three hours."],
            rows=[("Campaign", "Preliminary Surgery 2026-2027"), ("Dates", " / ".join(long(x) for x in pd)),
                  ("Coordinator", "Marisa Quintal, mquintal@bidmc.harvard.edu")],
            btn=("https://www.interviewbroker.com/applicant/campaign/bidmc-prelim-gs-2027", "Choose a Date"),
            idates=pd, deadline="2026-11-25", reply_to=("Marisa Quintal", "mquintal@bidmc.harvard.edu"))
    q = ("Marisa Quintal", "mquintal@bidmc.harvard.edu")
    r = me("2026-11-19 08:12", "sent-declining-bidmc-preliminary-surgery", "bidmc-prelim", "cancellation", q,
           "Re: BIDMC Preliminary Surgery - Interview Invitation",
           "Dear Ms. Quintal,\n\nThank you very much for the invitation to interview for a preliminary surgery "
           "position at BIDMC. After a lot of thought I've decided to focus my remaining interview time on "
           "categorical programs, so I'm going to respectfully decline so that another applicant can have the "
           "spot.\n\nI'm grateful for the consideration.\n\nSincerely,\nCamille Szabo", irt=m1)
    coord("2026-11-19 11:26", "re-bidmc-preliminary-surgery-decline", "bidmc-prelim", "cancellation", q,
          "RE: BIDMC Preliminary Surgery - Interview Invitation",
          """Hi Camille,

Thanks for letting us know so quickly - I've released your invitation in Interview Broker. This only affects the
preliminary track; your application to our categorical program (and its waitlist) is untouched.

Best of luck this season,
Marisa

Marisa Quintal | Preliminary Surgery Program Coordinator
Beth Israel Deaconess Medical Center""", irt=r)

    # ---------------------------------------------------------------- BIDMC OB/GYN rejection
    t = """Dear Ms. Szabo,

Thank you for your interest in the Obstetrics and Gynecology Residency Program at Beth Israel Deaconess Medical
Center. Our committee has completed its review of this year's applicants.

We are sorry to tell you that we will not be able to offer you an interview this season. We know how much work
goes into an application and we wish you the very best as you take the next step in your career.

Sincerely,
The BIDMC OB/GYN Residency Selection Committee
Department of Obstetrics and Gynecology
Beth Israel Deaconess Medical Center, a member of Beth Israel Lahey Health
330 Brookline Avenue, Kirstein 3 | Boston, MA 02215"""
    coord("2026-11-12 09:05", "bidmc-obgyn-residency-application-update", "bidmc-obgyn", "rejection",
          ("BIDMC OB/GYN Residency", "obgynresidency@bidmc.harvard.edu"), "Your application to BIDMC OB/GYN", t,
          must=["will not be able to offer you an interview"])

    # ---------------------------------------------------------------- Lahey (ERAS scheduler)
    ld = [D("2026-12-09"), D("2026-12-16"), D("2027-01-06")]
    eras("2026-11-03 10:26", "myeras-interview-invitation-lahey", "lahey-surg", "invitation",
         "Interview Invitation - Lahey Hospital & Medical Center Program",
         ["You have received an interview invitation from:",
          "Lahey Hospital & Medical Center Program",
          "Specialty: Surgery (General) - Categorical",
          "Available sessions: " + "; ".join(long(x) for x in ld) + ".",
          "Please schedule your interview in the ERAS Interview Scheduler. The freeze date for this invitation is "
          "November 17, 2026; after that date you will only be able to cancel.",
          "Message from the program: We look forward to meeting you virtually. Interviews run 7:30 AM to 12:30 PM "
          "Eastern."], idates=ld, must=["Lahey Hospital & Medical Center Program"])
    eras("2026-11-03 10:40", "myeras-interview-scheduled-lahey", "lahey-surg", "scheduled",
         "Interview Scheduled - Lahey Hospital & Medical Center Program",
         ["You have scheduled an interview.", "Program: Lahey Hospital & Medical Center Program - Surgery (General)",
          f"Date: {long(ld[0])}", "Time: 7:30 AM - 12:30 PM (ET)",
          "To make changes, go to the Interview Scheduler in MyERAS."], idates=[ld[0]])
    c = ("Deirdre Flaherty", "deirdre.flaherty@lahey.org")
    t = f"""Good morning Camille,

Tomorrow is the day! Your Zoom link is https://bilh.zoom.us/j/95550907731 (passcode: Lahey1923).

For anyone new to us: Lahey Hospital & Medical Center is in Burlington, Massachusetts - about 15 miles northwest of
Boston, just off Route 128 (not the other Burlington!). We are part of Beth Israel Lahey Health; our residents also
rotate at Winchester Hospital and Beverly Hospital.

7:30 Welcome, Dr. Santangelo
8:00 Interviews
10:30 Residents' panel
12:00 Closing

Best,
Deirdre

Deirdre Flaherty | Surgical Education Coordinator
Lahey Hospital & Medical Center | 41 Mall Road | Burlington, MA 01805"""
    coord("2026-12-08 08:55", "lahey-surgery-interview-tomorrow-zoom", "lahey-surg", "reminder", c,
          "Lahey General Surgery - interview tomorrow", t, idates=[ld[0]], must=["Burlington, Massachusetts"])
    me("2026-12-09 14:22", "sent-thank-you-lahey-surgery", "lahey-surg", "info",
       [("Deirdre Flaherty", c[1])], "Thank you!",
       "Hi Deirdre,\n\nThank you for a wonderful morning (and for the Burlington joke, which my family enjoyed). "
       "I'd be grateful if you could share my thanks with Dr. Santangelo and the residents' panel.\n\nAll the "
       "best,\nCamille")


def tufts():
    prog = "Tufts Medical Center - General Surgery"
    d = [D("2027-01-06"), D("2027-01-20")]
    th_invite("2026-11-24 12:00", "thalamus-invitation-tufts-general-surgery", "tufts-surg", prog,
              ["The Department of Surgery at Tufts Medical Center is pleased to invite you to interview for our "
               "categorical General Surgery residency.",
               "Tufts Medical Center is the academic hub of Tufts Medicine; our residents also train at Lowell General "
               "Hospital and MelroseWakefield Hospital."],
              d, url="https://app.thalamusgme.com/applicant/invitations/5612044", fmt="Virtual",
              subject="Tufts Medical Center General Surgery: Interview Invitation")
    th_booked("2026-11-24 12:40", "thalamus-scheduled-tufts-general-surgery", "tufts-surg", prog, d[0], "08:00",
              "13:00", "Virtual", "Zoom", uid="th-5612044-20270106")
    c = ("Tufts Surgery Residency", "surgeryresidency@tuftsmedicine.org")
    me("2026-12-17 13:25", "sent-cancelling-tufts-surgery-interview", "tufts-surg", "cancellation", c,
       "Cancelling my January 6 interview",
       "Dear Tufts Surgery Residency team,\n\nI'm writing to let you know that I need to cancel my interview on "
       "Wednesday, January 6. I've cancelled it in Thalamus as well so the date can go to someone on your "
       "waitlist. I'm sorry to do this and truly appreciate the invitation.\n\nSincerely,\nCamille Szabo")
    th_msg("2026-12-17 13:21", "thalamus-interview-cancelled-tufts", "tufts-surg", "cancellation", prog,
           "Interview cancelled - Tufts Medical Center - General Surgery",
           [f"This confirms that you cancelled your interview with Tufts Medical Center - General Surgery on "
            f"{long(d[0])}. The program has been notified.",
            "If you change your mind, contact the program directly; cancelled dates may no longer be available."],
           cal=ics("th-5612044-20270106", at(d[0], "08:00"), 300, f"Interview - {prog}", "Zoom",
           method="CANCEL", status="CANCELLED", seq=1, organizer=TH),
           cal_method="CANCEL", salutation=f"Hi {FIRST},")

    # ---------------------------------------------------------------- Tufts OB/GYN via ResidencyCAS
    prog2 = "Tufts Medical Center Obstetrics & Gynecology Residency"
    od = [D("2026-11-05"), D("2026-11-19"), D("2026-12-03")]
    rc("2026-10-20 12:07", "residencycas-interview-invitation-tufts-obgyn", "tufts-obgyn", "invitation", prog2,
       "Interview invitation from Tufts Medical Center",
       ["On behalf of our Program Director, Dr. Wen, thank you for applying. We would be pleased to have you "
        "interview with the Tufts Medical Center Obstetrics & Gynecology Residency.",
        "Interviews are held on Thursdays and are virtual. Please choose a date in ResidencyCAS within three days of "
        "this message."],
       rows=[("Interview dates", "; ".join(longn(x) for x in od)), ("Format", "Virtual")], idates=od,
       deadline="2026-10-23", btn_label="Schedule interview")
    rc("2026-10-20 12:11", "residencycas-interview-scheduled-tufts-obgyn", "tufts-obgyn", "scheduled", prog2,
       "Your interview is scheduled",
       ["Thank you for scheduling. The program will e-mail additional details closer to the date."],
       rows=[("Program", prog2), ("Interview date", long(od[1])), ("Start time", "8:00 AM ET")], idates=[od[1]],
       btn_label="View interview")
    c = ("Oyelaran, Funmi", "foyelaran@tuftsmedicine.org")
    coord("2026-11-18 12:30", "tufts-obgyn-interview-tomorrow", "tufts-obgyn", "reminder", c,
          "Tufts OB/GYN interview tomorrow!",
          f"""Hi Camille,

We are so excited to host you tomorrow, {longn(od[1])}! Please join the Zoom waiting room at 7:50 AM:
https://tuftsmedicine.zoom.us/j/95550316670

Your schedule and interviewer bios are in the attached packet (interviewers: Dr. Wen, Dr. Kaczmarek, Dr. Alvarado).

See you soon,
Funmi

Funmilayo Oyelaran | Residency Coordinator | Obstetrics & Gynecology
Tufts Medical Center | 800 Washington Street, Box 360 | Boston, MA 02111""", idates=[od[1]],
          must=["excited to host you"])


def bmc():
    prog = "Boston Medical Center Obstetrics and Gynecology Residency"
    rc("2026-10-20 13:30", "residencycas-application-update-bmc-obgyn", "bmc-obgyn", "waitlist", prog,
       "Update on your application to Boston Medical Center",
       ["Thank you for applying to the Obstetrics and Gynecology Residency at Boston Medical Center. We received "
        "an extraordinary number of applications this year.",
        "We regret that we cannot offer you an interview at this time. Your application remains under active "
        "consideration, however, and you have been placed on our interview waitlist. If a space opens, we will "
        "contact you by e-mail.",
        "No action is needed from you."],
       btn_label="View application status", must=["placed on our interview waitlist"])
    c = ("Ama Owusu-Bempah", "ama.owusu-bempah@bmc.org")
    slot = D("2027-01-20")
    off = f"""Dear Camille,

Happy New Year! A space has opened on our final interview date, {long(slot)}, and we would love to offer it to
you from our waitlist.

The day is virtual and runs 8:30 AM to 1:30 PM Eastern. Please reply to this e-mail by 12:00 PM on Wednesday,
January 6 to let me know if you can accept; if I don't hear back by then I'll offer the date to the next applicant.

Best regards,
Ama Owusu-Bempah
Residency Program Coordinator | Department of Obstetrics & Gynecology
Boston Medical Center | Boston University Chobanian & Avedisian School of Medicine
771 Albany Street, Dowling 4 | Boston, MA 02118"""
    m1 = coord("2027-01-04 10:05", "bmc-obgyn-interview-spot-available", "bmc-obgyn", "invitation", c,
               "BMC OB/GYN - interview opening on 1/20", off, idates=[slot], deadline="2027-01-06",
               must=["from our waitlist"])
    r = me("2027-01-04 10:40", "sent-re-bmc-obgyn-interview-opening", "bmc-obgyn", "scheduled", c,
           "Re: BMC OB/GYN - interview opening on 1/20",
           "Dear Ms. Owusu-Bempah,\n\nYes - I would be delighted to accept the January 20 interview. Thank you so "
           "much for thinking of me!\n\nBest,\nCamille", irt=m1, quote=gquote("2027-01-04 10:05", c[0], c[1], off),
           idates=[slot])
    rc("2027-01-04 15:20", "residencycas-interview-scheduled-bmc-obgyn", "bmc-obgyn", "scheduled", prog,
       "Your interview is scheduled",
       ["Boston Medical Center has scheduled your interview. You can view the details in ResidencyCAS."],
       rows=[("Program", prog), ("Date", long(slot)), ("Time", "8:30 AM - 1:30 PM ET"), ("Format", "Virtual")],
       idates=[slot], btn_label="View interview")
    me("2027-01-20 16:15", "sent-thank-you-bmc-obgyn", "bmc-obgyn", "info", [c],
       "Thank you - BMC OB/GYN interview",
       "Dear Ms. Owusu-Bempah,\n\nThank you again for offering me a spot from the waitlist. Today confirmed why BMC "
       "was one of the programs I was most hoping to hear from: the residents' commitment to the patients of the "
       "safety-net hospital was obvious in every session.\n\nWith appreciation,\nCamille")


def umass():
    prog_e = "UMass Chan Medical School Program"
    d = [D("2026-11-20"), D("2026-12-04"), D("2026-12-18")]
    eras("2026-10-21 09:00", "myeras-interview-invitation-umass-chan", "umass-surg", "invitation",
         "Interview Invitation - UMass Chan Medical School Program",
         ["You have received an interview invitation from:", prog_e, "Specialty: Surgery (General) - Categorical",
          "Sessions offered: " + "; ".join(long(x) for x in d),
          "Please schedule through the ERAS Interview Scheduler. Freeze date: November 6, 2026."],
         idates=d, must=[prog_e])
    eras("2026-10-21 09:26", "myeras-interview-scheduled-umass-chan", "umass-surg", "scheduled",
         "Interview Scheduled - UMass Chan Medical School Program",
         ["You have scheduled an interview.", f"Program: {prog_e} - Surgery (General)", f"Date: {long(d[0])}",
          "Time: 7:00 AM - 12:30 PM (ET)"], idates=[d[0]])
    c = ("Lemieux, Danielle", "danielle.lemieux@umassmemorial.org")
    t = f"""Dear Applicants,

Thank you for choosing to interview with the UMass Chan Medical School General Surgery Residency on Friday,
November 20. Attached you'll find the itinerary and a map of the hospitals you'll hear about. (If your e-mail client
strips attachments, the same documents are on our website.)

A little orientation to our sites:
- UMass Memorial Medical Center - University Campus: trauma, transplant, surgical oncology
- UMass Memorial Medical Center - Memorial Campus: colorectal, breast, bariatrics
- UMass Memorial HealthAlliance Clinton Hospital (Leominster): community general surgery
- Marlborough Hospital: our newest community rotation, starting July 2027

Please note that the Baystate general surgery residency in Springfield is a separate program with its own
interview process, even though its faculty hold UMass Chan appointments.

See you on Zoom,
Danielle Lemieux
Program Coordinator, General Surgery Residency
UMass Chan Medical School | UMass Memorial Medical Center
55 Lake Avenue North, S3-752 | Worcester, MA 01655"""
    coord("2026-11-13 14:10", "umass-chan-surgery-interview-itinerary", "umass-surg", "info", c,
          "UMass Chan General Surgery - Interview itinerary (11/20)", t, to="undisclosed-recipients:;", idates=[d[0]],
          must=["UMass Memorial Medical Center"])
    coord("2026-11-06 15:45", "umass-chan-preliminary-surgery-update", "umass-prelim", "rejection",
          ("UMass Chan Preliminary Surgery", "surgeryprelim@umassmed.edu"),
          "Preliminary Surgery - application update", """Dear Ms. Szabo,

Thank you for applying for a preliminary (PGY-1) position in Surgery at UMass Chan Medical School. We have filled
all of our preliminary interview slots for this season and are therefore unable to offer you an interview.

This decision applies to the preliminary positions only. Applications to our categorical General Surgery program
are reviewed by a separate committee and are not affected by this message.

With best wishes for the Match,
Preliminary Surgery Selection Committee
Department of Surgery, UMass Chan Medical School - Worcester""", must=["preliminary positions only"])


def baystate():
    c = ("Kowalski, Teresa", "teresa.kowalski@baystatehealth.org")
    sug = "https://www.signupgenius.com/go/10C0E4DA9AB2BA1F5C61-baystategs2027"
    d = [D("2026-12-01"), D("2026-12-15"), D("2027-01-12")]
    t = f"""Dear Camille,

It is my pleasure to invite you to interview with the General Surgery Residency Program at Baystate Medical Center,
the western campus of UMass Chan Medical School (UMass Chan Medical School - Baystate) in Springfield,
Massachusetts.

We are offering interviews on three Tuesdays:
    {longn(d[0])}
    {longn(d[1])}
    {long(d[2])}

Please sign up for ONE date through SignUpGenius: {sug}
You can choose to interview in person or virtually; the sign-up sheet has separate slots for each.

Kind regards,
Teresa Kowalski
General Surgery Residency Coordinator
Baystate Medical Center | 759 Chestnut Street, S2574 | Springfield, MA 01199 | 413-555-0191"""
    coord("2026-11-04 13:10", "baystate-general-surgery-interview-invitation", "baystate-surg", "invitation", c,
          "Invitation to Interview - Baystate General Surgery", t, idates=d, must=["Baystate Medical Center"])
    st = f"""Thank you for signing up!

Camille Szabo, you signed up for the following slot(s) on Baystate General Surgery Residency Interviews 2026-27:

{slashy(d[1])} (Tue.)  8:00am - 2:00pm EST
Slot: In-Person Interview Day
Location: Baystate Medical Center, Chestnut Street entrance

To change your sign-up, go to: {sug}

Created by: Teresa Kowalski
Powered by SignUpGenius"""
    sh = page([f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in st.split("\n\n")],
              header='<b style="color:#2b8a3e;font-size:18px">SignUpGenius</b>', accent="#2b8a3e")
    mail("2026-11-04 13:31", "signupgenius-confirmation-baystate", "baystate-surg", "scheduled", SUG,
         "Thank you for signing up! Baystate General Surgery Residency Interviews 2026-27", st + "\n", sh, tz=ET,
         idates=[d[1]], must=["In-Person Interview Day"])
    coord("2026-12-14 11:20", "baystate-surgery-see-you-tomorrow", "baystate-surg", "reminder", c,
          "See you tomorrow - Baystate Surgery", f"""Hi Camille,

We're excited to host you tomorrow! Please come to the Chestnut Street entrance of Baystate Medical Center by
7:45 AM and ask the greeter for the Surgery Residency interviews - someone will walk you up to the Surgery
conference room on the second floor of the Daly Building.

Park in the Chestnut Street garage and bring your ticket; we'll validate.

Teresa""", idates=[d[1]])

    # ---------------------------------------------------------------- Baystate OB/GYN: invited, declined
    prog = "Baystate Medical Center Obstetrics & Gynecology Residency"
    od = [D("2026-12-03"), D("2026-12-17"), D("2027-01-14")]
    rc("2026-10-20 12:45", "residencycas-interview-invitation-baystate-obgyn", "baystate-obgyn", "invitation", prog,
       "Interview Invitation - Baystate Obstetrics & Gynecology",
       ["Congratulations! We are pleased to invite you to interview with the Obstetrics & Gynecology Residency at "
        "Baystate Medical Center (UMass Chan Medical School - Baystate).",
        "Please select an interview date in ResidencyCAS."],
       rows=[("Dates", ", ".join(abbry(x) for x in od)), ("Format", "Virtual")], idates=od)
    oc = ("Baystate OB/GYN Residency", "obgyn.residency@baystatehealth.org")
    r = me("2026-11-30 09:48", "sent-declining-baystate-obgyn-interview", "baystate-obgyn", "cancellation", oc,
           "Interview invitation - Camille Szabo (ResidencyCAS)",
           "Hello,\n\nThank you so much for the invitation to interview with the Baystate OB/GYN residency. I have "
           "decided to respectfully decline the invitation, as I've reached the number of OB/GYN interviews I can "
           "take on this season. I have also declined in ResidencyCAS.\n\nThank you for your consideration,\n"
           "Camille Szabo")
    coord("2026-11-30 14:02", "re-baystate-obgyn-decline-acknowledged", "baystate-obgyn", "cancellation",
          ("Pires, Lucia", "lucia.pires@baystatehealth.org"), "RE: Interview invitation - Camille Szabo (ResidencyCAS)",
          """Dear Camille,

Thank you for letting us know, and good luck this season. Just so there's no confusion - this only concerns the
OB/GYN residency. Teresa in General Surgery tells me you're coming to see them on December 15, and that is not
affected.

Lucia Pires
Program Coordinator, Obstetrics & Gynecology Residency
Baystate Medical Center""", irt=r)


def build():
    mgb()
    bilh()
    tufts()
    bmc()
    umass()
    baystate()
