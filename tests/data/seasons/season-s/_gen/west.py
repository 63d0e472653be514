"""West Texas and New Mexico: Texas Tech (Lubbock FM + Psychiatry, Amarillo, Permian Basin), Texas Tech El Paso
(Mountain time) and the University of New Mexico (FM + Psychiatry, Mountain time)."""
from kit import (D, CT, MT, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, coord, me, mail, ics, gmail_quote,
                 outlook_quote, body_of, full, wmd, wmd3, md, mdy, sl, wsl, hm)
from plat import th_invite, th_booked, th_reminder, th_note

L_FM = "ttu-lbk-fm"
L_PSY = "ttu-lbk-psy"


def lubbock_fm():
    prog = "Texas Tech University Health Sciences Center (Lubbock) - Family Medicine"
    d1, d2, d3 = D("2026-10-22"), D("2026-11-05"), D("2026-12-10")
    th_invite("2026-10-05 15:00", "thalamus-invitation-ttuhsc-lubbock-family-medicine", L_FM, prog, [
        "Congratulations! The Department of Family and Community Medicine at the Texas Tech University Health "
        "Sciences Center School of Medicine in Lubbock would like to invite you to interview for a categorical "
        "position in our Family Medicine Residency.",
        "Every interview day this season is virtual on Zoom. Expect to be with us from 8:00 AM until about 1:00 PM "
        "Central: a welcome from the program director, three one-on-one faculty interviews, a virtual tour of the "
        "Texas Tech Physicians family medicine clinic and University Medical Center, and time with our residents "
        "without faculty in the room.",
        "Dates are first come, first served. Please select a date by Saturday, October 10; invitations that have not "
        "been acted on by then will be released to applicants on our waitlist."],
        [d1, d2, d3], token="9f3c1e27-lbk-fm", deadline="2026-10-10",
        signer="Lindsey Raborn, C-TAGME\nResidency Program Coordinator, Family Medicine - Lubbock",
        must=["Texas Tech University Health Sciences Center"])
    th_booked("2026-10-05 15:06", "thalamus-confirmed-ttuhsc-lubbock-family-medicine", L_FM, prog, d1, "08:00",
              "13:00", "Virtual", "Zoom - link e-mailed by the program the week of your interview",
              uid="thl-7d2a90c1-lbk-fm")
    c = ("Raborn, Lindsey", "lindsey.raborn@ttuhsc.edu")
    txt = f"""Good morning, Ana,

Just two more days! Below are the nuts and bolts for Thursday's TTUHSC FM interview day. Please log in
about 10 minutes early so we can check your audio and video.

Zoom: https://ttuhsc.zoom.us/j/84410273365?pwd=FMLbk2026  (Meeting ID 844 1027 3365, passcode 806806)

7:50   Log in / tech check
8:00   Welcome - Dr. Voss (PD) and Dr. Amaya (APD)
8:40   Curriculum, OB and procedures, the TTP FM clinic
9:30   Faculty interviews (3 x 20 min, breakout rooms)
10:45  Video tour: clinic, UMC, the L&D floor
11:30  Residents only - ask them anything
12:30  Wrap-up with me (it's OK to ask about Lubbock rent!)

If your connection drops, text me at 806-555-0132 and we will pull you back into your room.

See you Thursday,
Lindsey

Lindsey Raborn, C-TAGME | Program Coordinator
TTUHSC Family & Community Medicine - Lubbock
3601 4th Street, STOP 8143, Lubbock, TX 79430
806-555-0132"""
    coord("2026-10-20 10:41", "ttuhsc-fm-lubbock-thursday-zoom-info", L_FM, "reminder", c,
          "TTUHSC FM Lubbock - Thursday's interview day: Zoom info + schedule", txt, idates=[d1],
          must=["TTUHSC", "844 1027 3365"])
    me("2026-10-22 16:05", "sent-thank-you-ttuhsc-fm-lubbock", L_FM, "info",
       [("Harlan Voss, MD", "harlan.voss@ttuhsc.edu")], "Thank you - Family Medicine interview today",
       "Dear Dr. Voss,\n\nThank you for making time for me today. Hearing how your residents carry their own OB "
       "panel from intern year, and how the clinic runs its diabetes group visits in Spanish, made it easy to "
       "picture myself in Lubbock. Please also thank Lindsey for running such a smooth day.\n\nI hope to see you "
       "again,\nAna", cc=[c], sig=SIG)


def lubbock_psy():
    c = ("Esparza, Yvette", "yvette.esparza@ttuhsc.edu")
    sig = ("Yvette Esparza\nProgram Coordinator, General Psychiatry Residency\nDepartment of Psychiatry\n"
           "Texas Tech University Health Sciences Center School of Medicine\n3601 4th Street, STOP 8103, Lubbock, "
           "Texas 79430\n(806) 555-0188")
    d1, d2, d3 = D("2026-11-04"), D("2026-11-18"), D("2026-12-02")
    inv = f"""Dear Ms. Cárdenas,

Thank you for your interest in the General Psychiatry Residency at Texas Tech University Health Sciences Center
in Lubbock. Our selection committee has reviewed your application and we would be delighted to invite you to
interview with us.

Interview days are held on Wednesdays over Zoom, 8:30 AM - 12:30 PM Central:

   {wmd(d1)}
   {wmd(d2)}
   {wmd(d3)}

Please reply to this e-mail with your first and second choice no later than Monday, October 19. Each date has
six spots and I fill them in the order replies come in.

On the Tuesday evening before each interview day our residents host an informal virtual get-together (6:30 PM).
It is optional and nobody from the selection committee attends.

One note, because we share a campus: I see you have also applied to our Family Medicine residency. That is a
separate program with its own selection committee and its own interview day, so please schedule with them
directly if they reach out.

Warm regards,

{sig}"""
    m1 = coord("2026-10-14 09:20", "ttuhsc-psychiatry-residency-interview-invitation", L_PSY, "invitation", c,
               "Interview Invitation - TTUHSC General Psychiatry Residency (Lubbock)", inv, idates=[d1, d2, d3],
               deadline="2026-10-19", must=["Texas Tech University Health Sciences Center"])
    r = me("2026-10-14 12:47", "sent-re-ttuhsc-psychiatry-interview-invitation", L_PSY, "scheduled", c,
           "RE: Interview Invitation - TTUHSC General Psychiatry Residency (Lubbock)",
           "Dear Ms. Esparza,\n\nThank you so much for the invitation! My first choice would be Wednesday, "
           "November 4, and my second Wednesday, November 18.\n\nI'll plan on the Tuesday social too.\n\nBest,\nAna",
           irt=m1, quote=gmail_quote("2026-10-14 09:20", "Esparza, Yvette", c[1], body_of(m1)), idates=[d1])
    conf = f"""Hi Ana,

You're confirmed for {full(d1)}, 8:30 AM - 12:30 PM Central, on Zoom. I've attached a calendar invitation; the
Zoom link will come from me the day before.

The resident get-together is Tuesday, November 3 at 6:30 PM (link to follow with the interview link).

Yvette"""
    coord("2026-10-15 08:55", "re-ttuhsc-psychiatry-interview-confirmed", L_PSY, "scheduled", c,
          "RE: Interview Invitation - TTUHSC General Psychiatry Residency (Lubbock)", conf, irt=r, idates=[d1],
          quote=outlook_quote("2026-10-14 12:47", NAME, ADDR, "Esparza, Yvette",
                              "RE: Interview Invitation - TTUHSC General Psychiatry Residency (Lubbock)",
                              "Dear Ms. Esparza,\n\nThank you so much for the invitation! My first choice would be "
                              "Wednesday, November 4, and my second Wednesday, November 18. ..."),
          cal=ics("040000008200E00074C5B7101A82E008-ttuhsc-psy-1104", at(d1, "08:30"), 240,
                  "Psychiatry Residency Interview - TTUHSC Lubbock", "Zoom (link to follow)",
                  "General Psychiatry Residency interview day", organizer=c, mode="tzid"))
    rem = f"""Hi Ana,

We are excited to host you tomorrow! Here is everything you need:

Interview day - {wmd(d1)}
Zoom: https://ttuhsc.zoom.us/j/91833460217  Passcode: PSYCH26
Log in by 8:20 AM Central.

8:30  Welcome - Dr. Okonkwo, Program Director
9:00  Interviews with Dr. Lafferty, Dr. Huang and a chief resident
10:30 Break
10:45 Rotations: UMC, Sunrise Canyon Hospital, the VA clinic
11:30 Lunch (on camera or off - your call) with residents
12:30 Done

Tonight's resident social: https://ttuhsc.zoom.us/j/92100457733 at 6:30 PM.

Yvette Esparza
Psychiatry Residency Coordinator | TTUHSC SOM - Lubbock"""
    coord("2026-11-03 11:10", "ttuhsc-psychiatry-interview-tomorrow", L_PSY, "reminder", c,
          "Tomorrow: Psychiatry interview day - Zoom links", rem, idates=[d1], must=["PSYCH26"])


A_FM = "ttu-ama-fm"


def amarillo_fm():
    prog = "TTUHSC at Amarillo - Family Medicine Residency"
    th_note("2026-10-21 14:30", "thalamus-waitlist-ttuhsc-amarillo-family-medicine", A_FM, "waitlist", prog,
            f"Application Update - {prog}", [
                "Thank you for your application to the Family Medicine Residency at the Texas Tech University Health "
                "Sciences Center at Amarillo. We received far more strong applications than we have interview spots.",
                "At this time every interview date is full. We have added you to our interview waitlist, which we "
                "work through in order. If a date opens for you, Thalamus will e-mail you an offer with a short "
                "window to accept.",
                "You do not need to do anything to stay on the waitlist. If you no longer wish to be considered, you "
                "can remove yourself in Thalamus at any time."],
            must=["waitlist", "Texas Tech University Health Sciences Center at Amarillo"])
    c = ("Pruitt, Darla", "darla.pruitt@ttuhsc.edu")
    sig = ("Darla Pruitt | Residency Coordinator\nDepartment of Family and Community Medicine\n"
           "Texas Tech University Health Sciences Center at Amarillo\n1400 S. Coulter St., Amarillo, TX 79106\n"
           "806-555-0171")
    me("2026-11-16 21:14", "sent-letter-of-interest-ttuhsc-amarillo-fm", A_FM, "info", c,
       "Letter of interest - Ana Cárdenas (AAMC 16483027)",
       "Dear Ms. Pruitt and Dr. Haskell,\n\nI am writing to let you know that the Family Medicine Residency at Texas "
       "Tech Amarillo remains one of the programs I most hope to train with. My grandparents farmed outside "
       "Dumas, and I want to practice full-spectrum family medicine, OB included, in the Panhandle or somewhere "
       "like it. Your rural rotations in Hereford and Dalhart and the continuity clinic's large Spanish-speaking "
       "panel are exactly what I'm looking for.\n\nSince submitting my application I have finished my family "
       "medicine sub-internship (honors) and was elected co-president of our Family Medicine Interest Group. I "
       "would be grateful for the chance to interview if a spot opens.\n\nThank you for your time,\nAna Lucía "
       "Cárdenas")
    d = D("2027-01-14")
    off = f"""Hi Ana,

Good news from Amarillo! We had a cancellation on {full(d)} and you are next on our list. The day is
virtual, 8:00 AM to 12:30 PM Central.

If you would like the spot, please reply to this e-mail by 5:00 PM this Wednesday, December 23. Once you say
yes I'll add you in Thalamus and you will get their confirmation.

We enjoyed your letter - Dr. Haskell read the Dumas part out loud at our committee meeting.

{sig}"""
    m = coord("2026-12-21 10:03", "ttuhsc-amarillo-fm-interview-spot-available", A_FM, "invitation", c,
              "Interview spot available - Family Medicine, TTUHSC Amarillo", off, idates=[d], deadline="2026-12-23",
              must=["Texas Tech University Health Sciences Center at Amarillo"])
    me("2026-12-21 10:31", "sent-re-ttuhsc-amarillo-fm-interview-spot", A_FM, "scheduled", c,
       "Re: Interview spot available - Family Medicine, TTUHSC Amarillo",
       "Hi Darla,\n\nYes, absolutely - please sign me up for Thursday, January 14. Thank you (and Dr. Haskell)!\n\n"
       "Ana", irt=m, quote=gmail_quote("2026-12-21 10:03", "Pruitt, Darla", c[1], body_of(m)), idates=[d],
       sig=SIG_SHORT)
    th_booked("2026-12-21 14:12", "thalamus-confirmed-ttuhsc-amarillo-family-medicine", A_FM, prog, d, "08:00",
              "12:30", "Virtual", "Zoom", uid="thl-aa61f0be-ama-fm",
              note="This interview was scheduled for you by the program.")
    rem = f"""Ana,

We're excited to have you with us tomorrow! Zoom link for {wmd3(d)}:
https://ttuhsc.zoom.us/j/85519042268   Passcode: ama806

Please join by 7:50 AM. Dr. Haskell kicks us off at 8:00 sharp.

Darla"""
    coord("2027-01-13 09:30", "ttuhsc-amarillo-fm-zoom-link-tomorrow", A_FM, "reminder", c,
          "Zoom link for tomorrow - TTUHSC Amarillo FM", rem, idates=[d], must=["ama806"])


def permian_basin_fm():
    c = ("Gallegos, Marisa", "marisa.gallegos@ttuhsc.edu")
    sig = ("Marisa Gallegos\nFamily Medicine Residency Coordinator\n"
           "Texas Tech University Health Sciences Center Permian Basin\n701 W. 5th Street, Odessa, TX 79763\n"
           "432-555-0119")
    d1, d2, d3 = D("2026-12-09"), D("2027-01-06"), D("2027-01-20")
    inv = f"""Dear Ana,

On behalf of Dr. Rutledge and the Family Medicine faculty in Odessa and Midland, I'm happy to invite you to
interview with the Family Medicine Residency at Texas Tech University Health Sciences Center Permian Basin.

We interview in person this year. You'll spend the morning at our Odessa clinic and Medical Center Hospital, have
lunch with residents, and ride out to the Midland clinic in the afternoon. Dates:

  - Wednesday, December 9
  - Wednesday, January 6
  - Wednesday, January 20

Please let me know by Friday, November 13 which date works best. We can recommend hotels near MCH; the program
reimburses one night for applicants driving more than 200 miles.

Sincerely,

{sig}"""
    m1 = coord("2026-11-05 13:25", "ttuhsc-permian-basin-fm-interview-invitation", "ttu-pb-fm", "invitation", c,
               "Family Medicine Residency Interview Invitation - TTUHSC Permian Basin", inv, idates=[d1, d2, d3],
               deadline="2026-11-13", must=["Texas Tech University Health Sciences Center Permian Basin"])
    dec = ("Dear Ms. Gallegos,\n\nThank you very much for the invitation to interview in Odessa. After a lot of "
           "thought I have decided to withdraw my application so that the date can go to another applicant; I am "
           "focusing my travel on programs closer to my family in Central Texas.\n\nI really appreciated the "
           "program's reimbursement offer, and I hope the season goes well for you all.\n\nSincerely,\nAna Cárdenas")
    r = me("2026-11-09 20:40", "sent-declining-ttuhsc-permian-basin-interview", "ttu-pb-fm", "cancellation", c,
           "RE: Family Medicine Residency Interview Invitation - TTUHSC Permian Basin", dec, irt=m1,
           quote=gmail_quote("2026-11-05 13:25", "Gallegos, Marisa", c[1], body_of(m1)))
    coord("2026-11-10 08:12", "re-ttuhsc-permian-basin-fm-withdrawal", "ttu-pb-fm", "cancellation", c,
          "RE: Family Medicine Residency Interview Invitation - TTUHSC Permian Basin",
          "Hi Ana,\n\nThank you for letting us know so quickly - I have withdrawn your invitation and released the "
          "spot. This only affects the Permian Basin program; anything you have going with other Texas Tech "
          "campuses is handled by them.\n\nBest of luck this season!\n\nMarisa", irt=r,
          quote=outlook_quote("2026-11-09 20:40", NAME, ADDR, "Gallegos, Marisa",
                              "RE: Family Medicine Residency Interview Invitation - TTUHSC Permian Basin", dec))


def el_paso_psy():
    c = ("Ybarra, Mónica", "m.ybarra@ttuhsc.edu")
    sig = ("Mónica Ybarra, C-TAGME\nResidency Program Coordinator\nDepartment of Psychiatry\nPaul L. Foster "
           "School of Medicine\nTexas Tech University Health Sciences Center El Paso\n4800 Alberta Avenue, El Paso, "
           "TX 79905\n(915) 555-0162")
    d1, d2, d3 = D("2026-11-19"), D("2026-12-03"), D("2027-01-07")
    inv = f"""Dear Ana Lucía,

Greetings from the Borderland! The Psychiatry Residency Program at Texas Tech University Health Sciences Center
El Paso is pleased to invite you to a virtual interview.

Available Thursdays:
• {full(d1)}
• {full(d2)}
• {full(d3)}

All times are Mountain Time. The day runs 8:30 a.m. - 1:00 p.m. MT (9:30 a.m. - 2:00 p.m. Central). You will
meet Dr. Saucedo, our Program Director, interview with three faculty members, and hear about our training sites:
University Medical Center of El Paso, El Paso Psychiatric Center, and William Beaumont Army Medical Center.

Please reply with your preferred date by Wednesday, November 4. ¡Esperamos conocerte!

{sig}"""
    m1 = coord("2026-10-28 10:40", "ttuhsc-el-paso-psychiatry-interview-invitation", "ttuep-psy", "invitation", c,
               "TTUHSC El Paso Psychiatry Residency - Interview Invitation", inv, tz=MT, idates=[d1, d2, d3],
               deadline="2026-11-04", must=["Texas Tech University Health Sciences Center El Paso", "Mountain Time"])
    r = me("2026-10-28 13:02", "sent-re-ttuhsc-el-paso-psychiatry-interview", "ttuep-psy", "scheduled", c,
           "Re: TTUHSC El Paso Psychiatry Residency - Interview Invitation",
           "Hola Mónica,\n\n¡Muchas gracias! I would love Thursday, December 3. I've noted that the day starts at "
           "8:30 Mountain, 9:30 my time.\n\nAna", irt=m1,
           quote=gmail_quote("2026-10-28 10:40", "Ybarra, Mónica", c[1], body_of(m1)), idates=[d2],
           sig=SIG_SHORT)
    conf = f"""Ana,

Perfecto - you are scheduled for {full(d2)}. The calendar invite is attached (it's in Mountain Time, so your
calendar should show 9:30 a.m. Central). Zoom details will follow the day before.

Mónica"""
    coord("2026-10-29 09:15", "re-ttuhsc-el-paso-psychiatry-confirmed", "ttuep-psy", "scheduled", c,
          "RE: TTUHSC El Paso Psychiatry Residency - Interview Invitation", conf, tz=MT, irt=r, idates=[d2],
          cal=ics("ttuhscep-psy-2026-1203-cardenas", at(d2, "08:30", MT), 270,
                  "Psychiatry Residency Virtual Interview - TTUHSC El Paso", "Zoom",
                  "Virtual interview day (Mountain Time)", organizer=c, mode="tzid"))
    rem = f"""Hi Ana,

See you (virtually) tomorrow! A quick reminder that we start at 8:30 a.m. MST - that's 9:30 a.m. for you in
College Station.

Zoom: https://ttuhscep.zoom.us/j/97718350246?pwd=EPpsych
Meeting ID: 977 1835 0246

Your interviewers: Dr. Saucedo, Dr. Whitfield-Ortiz, Dr. Kamara. Residents will join for lunch at 11:45.

Mónica Ybarra | TTUHSC El Paso Psychiatry"""
    coord("2026-12-02 14:20", "ttuhsc-el-paso-psychiatry-interview-tomorrow", "ttuep-psy", "reminder", c,
          "Tomorrow's interview - Zoom details", rem, tz=MT, idates=[d2], must=["977 1835 0246"])


def unm_fm():
    prog = "University of New Mexico - Family & Community Medicine"
    d1, d2, d3 = D("2027-01-12"), D("2027-01-19"), D("2027-01-26")
    th_invite("2026-11-16 16:00", "thalamus-invitation-unm-family-community-medicine", "unm-fm", prog, [
        "Thank you for applying to the UNM Family & Community Medicine Residency. We would like to invite you to "
        "interview with us this winter.",
        "Our interview days are virtual and are held on Mountain Time. Each day includes a session on our "
        "community-engaged curriculum, interviews with faculty and residents, and a look at the clinics where our "
        "residents train, from UNM Hospital to our partner sites in rural New Mexico.",
        "Please select a date at your earliest convenience; dates fill quickly."],
        [d1, d2, d3], zone="MT", token="2b77d4aa-unm-fcm",
        signer="Residency Coordinators\nDepartment of Family & Community Medicine\nUniversity of New Mexico School "
               "of Medicine, Albuquerque",
        must=["University of New Mexico School of Medicine"])
    th_booked("2026-11-16 16:09", "thalamus-confirmed-unm-family-community-medicine", "unm-fm", prog, d1, "08:00",
              "12:30", "Virtual", "Zoom (link provided by the program)", uid="thl-50c1e9d3-unm-fcm", zone="MT")
    me("2027-01-12 15:40", "sent-thank-you-unm-family-medicine", "unm-fm", "info",
       ("Christina Rael", "crael@salud.unm.edu"), "Thank you from today's FCM interview",
       "Dear Ms. Rael,\n\nThank you for a wonderful interview day. Please pass my thanks to Dr. Benally and Dr. "
       "Kowalczyk - the conversation about the Gallup and Española rotations is still in my head, and I loved "
       "hearing how the residents built the harm-reduction clinic themselves.\n\nWarmly,\nAna Cárdenas")


def unm_psy():
    c = ("Archuleta, Renee", "rarchuleta@salud.unm.edu")
    sig = ("Renee Archuleta\nResidency Program Manager\nDepartment of Psychiatry & Behavioral Sciences\n"
           "University of New Mexico School of Medicine\nMSC09 5030, 1 University of New Mexico, Albuquerque, NM "
           "87131\n505-555-0140")
    d1, d2, d3 = D("2026-11-23"), D("2026-12-07"), D("2027-01-11")
    inv = f"""Dear Ana,

I am writing on behalf of Dr. Tsosie, our Training Director, to invite you to interview with the UNM
Psychiatry Residency Program.

Interview days are on Mondays and are fully virtual:

{wmd(d1)}
{wmd(d2)}
{wmd(d3)}

Times are Mountain Time (9:00 a.m. - 2:00 p.m. MT). Please e-mail me your preferred date by Friday, October 30.

During the day you will learn about our clinical sites - UNM Hospital, the UNM Psychiatric Center, the
Raymond G. Murphy VA and our tribal and rural partners - and meet residents from all four classes.

Sincerely,

{sig}"""
    m1 = coord("2026-10-23 11:05", "unm-psychiatry-interview-invitation", "unm-psy", "invitation", c,
               "UNM Psychiatry Residency Interview Invitation", inv, tz=MT, idates=[d1, d2, d3], deadline="2026-10-30",
               must=["University of New Mexico School of Medicine"])
    me("2026-10-23 19:22", "sent-re-unm-psychiatry-interview-invitation", "unm-psy", "scheduled", c,
       "Re: UNM Psychiatry Residency Interview Invitation",
       "Dear Ms. Archuleta,\n\nThank you for the invitation - I'm thrilled! I would like Monday, November 23, if it "
       "is still open.\n\nBest regards,\nAna Cárdenas", irt=m1,
       quote=gmail_quote("2026-10-23 11:05", "Archuleta, Renee", c[1], body_of(m1)), idates=[d1])
    rem = f"""Hi Ana,

Happy Friday! Here are the details for Monday's interview ({wmd(d1)}).

Zoom: https://unm.zoom.us/j/96640221873  (passcode: Lobos)
9:00 a.m. MT sharp - that's 10:00 a.m. in Texas.

9:00   Welcome and program overview - Dr. Tsosie
9:45   Interviews (you'll be moved into breakout rooms)
11:30  Resident panel
12:30  Lunch break
1:15   Q&A with the chief residents

Because it's Thanksgiving week we finish a little early. Also, mark your calendar loosely for our optional
in-person Second Look on Friday, March 5, 2027 - it is not part of the interview and attendance has no effect
on ranking.

Renee"""
    coord("2026-11-20 15:30", "unm-psychiatry-monday-interview-details", "unm-psy", "reminder", c,
          "Monday's UNM Psychiatry interview - Zoom and schedule", rem, tz=MT, idates=[d1], must=["Lobos"])


def build():
    lubbock_fm()
    lubbock_psy()
    amarillo_fm()
    permian_basin_fm()
    el_paso_psy()
    unm_fm()
    unm_psy()
