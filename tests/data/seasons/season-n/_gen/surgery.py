"""Season N: Surgery programs (categorical and preliminary)."""
from kit import (AZ, ET, MT, PT, UTC, ME, ME_NAME, at, ab, aby, d, esc, ics, long, longny, mdy, mail, q_gmail,
                 q_outlook, sent, sl, slash, text_to_html, wsl)
import plat

FIRST = "Noor"


def coord(when, slug, label, kind, frm, subject, text, tz, *, html=True, **kw):
    return mail(when, slug, label, kind, frm, subject, text, text_to_html(text) if html else None, tz=tz, **kw)


def build():
    utah()
    imc()
    ucsf()
    ucla_harbor()
    ucsd()
    uci()
    ucd()
    ohsu()
    uw()
    vm()
    cu()
    valleywise()
    banner()
    kaiser()
    riverside()


# ------------------------------------------------------------------ University of Utah (home)
def utah():
    nov5, nov19, dec10 = d("2026-11-05"), d("2026-11-19"), d("2026-12-10")
    prog = "University of Utah - General Surgery (Categorical)"
    plat.th_invite(
        "2026-10-14 09:02", "thalamus-interview-invitation", "utah-gs", prog,
        ["On behalf of the Department of Surgery at the University of Utah Spencer Fox Eccles School of Medicine, "
         "we are pleased to invite you to interview for a categorical position in our General Surgery residency.",
         "Our interview days are held in person at University of Utah Hospital. As a home applicant you are welcome "
         "to join us in person or to choose one of the virtual days; both carry equal weight in our review.",
         "Please schedule within 72 hours of receiving this invitation. Dates are first-come, first-served."],
        [nov5, nov19, dec10], "https://app.thalamusgme.com/i/UU-GS-7Q4KD2",
        signer="Annika Thorsby, Residency Program Coordinator\nGeneral Surgery Residency | University of Utah Health",
        respond_by="within 72 hours", deadline="2026-10-17", fmt="Hybrid",
        subject="University of Utah General Surgery - Interview Invitation")
    plat.th_booked("2026-10-14 09:40", "thalamus-interview-confirmed", "utah-gs", prog, nov5, "7:00 AM",
                   "3:30 PM", "MST", "In-Person", "University of Utah Hospital, 50 N Medical Dr, Salt Lake City, UT 84132",
                   uid="th-uugs-5a1d@thalamusgme.com", start_dt=at(nov5, "07:00", MT), minutes=510)
    txt = f"""Hi Noor,

We're looking forward to seeing you on Thursday, November 5 for the General Surgery interview day. A few
logistics:

* Check-in: 6:45 AM at the Department of Surgery conference room, 3rd floor, School of Medicine building
  (30 N 1900 E). Park in the visitor garage off Medical Drive; bring the ticket and we'll validate it.
* 7:00 - 7:45 Welcome and overview with Dr. Rasmussen (Program Director)
* 8:00 - 11:30 Three faculty interviews and one with our chiefs
* 11:30 - 12:30 Lunch with residents
* 12:30 - 3:00 Tour: University of Utah Hospital, Huntsman Cancer Hospital, and a short drive to the
  George E. Wahlen Department of Veterans Affairs Medical Center
* 3:30 Wrap-up

Business casual is fine for the tour portion; most applicants wear a suit for the interviews.

If anything changes, text or call me at (801) 555-0190.

Annika

Annika Thorsby
Residency Program Coordinator | General Surgery
University of Utah Health | Spencer Fox Eccles School of Medicine
30 N 1900 E, SOM 3B110, Salt Lake City, UT 84132
"""
    coord("2026-11-03 14:10", "uu-surgery-interview-day-logistics", "utah-gs", "reminder",
          ("Thorsby, Annika", "annika.thorsby@hsc.utah.edu"),
          "Thursday 11/5 interview day - arrival and schedule", txt, MT, idates=[nov5],
          must=["Huntsman Cancer Hospital", "Thursday, November 5"])
    sent("2026-11-06 08:15", "sent-thank-you-utah-gs", "utah-gs", "info",
         [("Erik Rasmussen, MD", "erik.rasmussen@hsc.utah.edu")], "Thank you - General Surgery interview",
         """Dear Dr. Rasmussen,

Thank you for yesterday's interview day. Having rotated on the acute care surgery service, I already knew how
much the residents look out for one another, but hearing the chiefs talk about the new ACS/trauma curriculum and
the Huntsman rotation made it even clearer why Utah is at the top of my list.

Please pass my thanks to Annika for organizing everything so smoothly.

Warm regards,""", cc=[("Annika Thorsby", "annika.thorsby@hsc.utah.edu")])

    # preliminary surgery, same department, different coordinator -> declined
    nov9, nov23 = d("2026-11-09"), d("2026-11-23")
    txt = f"""Dear Noor Halvorsen,

Thank you for applying to the University of Utah Preliminary Surgery program (PGY-1, NRMP code separate
from our categorical track). We would like to invite you to a virtual interview for a preliminary position.

Preliminary interviews are short (about two hours) and are held on:
    Monday, November 9, 2026  1:00 - 3:00 PM MST
    Monday, November 23, 2026  1:00 - 3:00 PM MST

Please note that this invitation is for the preliminary track only. If you are also being considered for
our categorical positions, that process is handled by Annika Thorsby and is independent of this one.

Kindly let me know which date you prefer by Friday, October 23.

Best,
Miguel Sotelo
Program Coordinator, Preliminary Surgery & Surgical Skills Lab
Department of Surgery, University of Utah
miguel.sotelo@hsc.utah.edu | 801-555-0173
"""
    inv = coord("2026-10-20 15:30", "uu-preliminary-surgery-interview-invitation", "utah-gsp", "invitation",
                ("Miguel Sotelo", "miguel.sotelo@hsc.utah.edu"),
                "Interview invitation: Preliminary Surgery PGY-1 (University of Utah)", txt, MT,
                idates=[nov9, nov23], respond_by="by Friday, October 23", deadline="2026-10-23",
                must=["Preliminary Surgery"])
    rep = sent("2026-10-21 07:50", "sent-re-utah-prelim-surgery-decline", "utah-gsp", "cancellation",
               [("Miguel Sotelo", "miguel.sotelo@hsc.utah.edu")],
               "Re: Interview invitation: Preliminary Surgery PGY-1 (University of Utah)",
               """Hi Miguel,

Thank you so much for the invitation. I already have a categorical interview scheduled with the department on
November 5, so I'd like to respectfully decline the preliminary interview and free the spot for someone else.

I really appreciate you reaching out.

Best,""", irt=inv, quote=q_gmail("2026-10-20 15:30", "Miguel Sotelo", "miguel.sotelo@hsc.utah.edu", txt))
    coord("2026-10-21 10:05", "re-utah-prelim-surgery-declined", "utah-gsp", "cancellation",
          ("Miguel Sotelo", "miguel.sotelo@hsc.utah.edu"),
          "RE: Interview invitation: Preliminary Surgery PGY-1 (University of Utah)",
          """Hi Noor,

Understood - I've released your preliminary invitation and noted it in ERAS. Good luck on the 5th!

Miguel

Miguel Sotelo | Preliminary Surgery | University of Utah Department of Surgery
""", MT, irt=rep["mid"], must=["released your preliminary invitation"])


# ------------------------------------------------------------------ Intermountain Medical Center
def imc():
    dec3, dec11, jan6 = d("2026-12-03"), d("2026-12-11"), d("2027-01-06")
    txt = f"""Dear Noor,

Congratulations! The Intermountain Health General Surgery Residency would like to invite you to interview for a
categorical PGY-1 position beginning July 2027.

Our residents train primarily at Intermountain Medical Center in Murray, with rotations at LDS Hospital,
Primary Children's Hospital and Utah Valley Hospital in Provo. (We are a separate program from the University
of Utah; our residents and theirs do share a few conferences.)

Interviews are virtual, 8:00 AM - 12:30 PM Mountain, on the following dates:
  - Thursday, December 3
  - Friday, December 11
  - Wednesday, January 6

Please reply to this e-mail with your first and second choice by Friday, October 30. We confirm dates in the
order replies are received.

Kind regards,

Brynn Okafor-Hale
GME Program Coordinator - General Surgery
Intermountain Medical Center | 5121 S Cottonwood St, Murray, UT 84107
Intermountain Health
P: 801-555-0128

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may
contain confidential information. If you received this in error, please notify the sender and delete it.
"""
    inv = coord("2026-10-27 11:20", "intermountain-general-surgery-invitation", "imc-gs", "invitation",
                ("Okafor-Hale, Brynn", "brynn.okaforhale@imail.org"),
                "Intermountain Health General Surgery Residency - Interview Invitation", txt, MT,
                idates=[dec3, dec11, jan6], respond_by="by Friday, October 30", deadline="2026-10-30",
                must=["Intermountain Medical Center", "Utah Valley Hospital"])
    rep = sent("2026-10-27 13:05", "sent-re-intermountain-gs-dates", "imc-gs", "info",
               [("Brynn Okafor-Hale", "brynn.okaforhale@imail.org")],
               "Re: Intermountain Health General Surgery Residency - Interview Invitation",
               """Dear Ms. Okafor-Hale,

Thank you for the invitation - I'm excited to learn more about the program. My first choice would be
Thursday, December 3, and my second choice Friday, December 11.

Best regards,""", irt=inv, idates=[dec3, dec11],
               quote=q_gmail("2026-10-27 11:20", "Okafor-Hale, Brynn", "brynn.okaforhale@imail.org", txt))
    cal = ics("imc-gs-20261203@imail.org", at(dec3, "08:00", MT), 270,
              "Intermountain General Surgery Virtual Interview", "Microsoft Teams (link in e-mail)",
              "Intermountain Health General Surgery Residency interview day", organizer=("Brynn Okafor-Hale",
                                                                                        "brynn.okaforhale@imail.org"),
              prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    coord("2026-10-28 09:30", "re-intermountain-gs-confirmed-dec-3", "imc-gs", "scheduled",
          ("Okafor-Hale, Brynn", "brynn.okaforhale@imail.org"),
          "RE: Intermountain Health General Surgery Residency - Interview Invitation",
          """Hi Noor,

You're confirmed for Thursday, December 3, 2026, 8:00 AM - 12:30 PM MT. A calendar hold is attached; the Teams
link and the day's schedule will follow the week before.

Brynn

Brynn Okafor-Hale | GME Program Coordinator - General Surgery
Intermountain Medical Center | Intermountain Health
""" + q_outlook("2026-10-27 13:05", ME_NAME, ME, "Okafor-Hale, Brynn",
                "Re: Intermountain Health General Surgery Residency - Interview Invitation",
                "Dear Ms. Okafor-Hale,\n\nThank you for the invitation - ... My first choice would be Thursday, "
                "December 3, and my second choice Friday, December 11.", MT),
          MT, irt=rep["mid"], cal=cal, cal_name="Intermountain_GS_Interview.ics", idates=[dec3],
          must=["Thursday, December 3, 2026"])
    sent("2026-12-04 07:45", "sent-thank-you-intermountain-gs", "imc-gs", "info",
         [("Brynn Okafor-Hale", "brynn.okaforhale@imail.org")], "Thank you from Noor Halvorsen",
         """Hi Brynn,

Thank you for a well-run virtual day yesterday. Could you please forward the note below to Dr. Lindqvist and
Dr. Aguilar-Benn?

"Thank you both for your time yesterday. I especially appreciated hearing how residents at Intermountain Medical
Center get early autonomy on the community rotations at Utah Valley. It was a great conversation."

Thanks so much,""")


# ------------------------------------------------------------------ UCSF and UCSF East Bay
def ucsf():
    coord("2026-11-06 17:45", "ucsf-surgery-application-update", "ucsf-gs", "rejection",
          ("UCSF Surgery Residency", "surgeryresidency@ucsf.edu"),
          "UCSF General Surgery Residency - Application Update",
          """Dear Noor Halvorsen,

Thank you for your interest in the General Surgery Residency Program at the University of California, San
Francisco. This year we received more than 1,400 applications for a small number of categorical positions,
and the selection committee has completed its review.

We regret that we are unable to offer you an interview this season. This decision applies to the UCSF
categorical program based at UCSF Health (Parnassus and Mission Bay), Zuckerberg San Francisco General
Hospital and the San Francisco VA. Applications to UCSF East Bay are reviewed by that program independently.

We wish you every success in the Match.

Sincerely,
Surgery Residency Selection Committee
UCSF Department of Surgery | 513 Parnassus Ave, San Francisco, CA 94143
""", PT, must=["unable to offer you an interview"])

    nov20, dec18, jan8 = d("2026-11-20"), d("2026-12-18"), d("2027-01-08")
    prog = "UCSF East Bay - General Surgery"
    plat.th_invite(
        "2026-10-23 10:00", "thalamus-invitation", "ucsfeb-gs", prog,
        ["Thank you for applying to UCSF East Bay Surgery. Our residents train at Highland Hospital (Alameda Health "
         "System) in Oakland, a Level I trauma center, with rotations at UCSF Medical Center and Kaiser "
         "Permanente Oakland and Walnut Creek.",
         "We would be delighted to have you join us for a virtual interview day. Each day begins with a program "
         "overview by our program director, followed by faculty and resident interviews and a resident social "
         "hour."],
        [nov20, dec18, jan8], "https://app.thalamusgme.com/i/UCSFEB-SURG-3HX9",
        signer="Tamsin Achebe-Ross\nProgram Coordinator, UCSF East Bay Surgery\nHighland Hospital, 1411 E 31st St, Oakland, CA",
        subject="Interview Invitation - UCSF East Bay Surgery Residency",
        must=["Highland Hospital"])
    plat.th_booked("2026-10-23 10:24", "thalamus-interview-confirmed", "ucsfeb-gs", prog, nov20, "7:30 AM", "1:00 PM",
                   "PST", "Virtual", "Zoom (link shared by the program)", uid="th-ucsfeb-88f2@thalamusgme.com",
                   start_dt=at(nov20, "07:30", PT), minutes=330)
    coord("2026-11-18 16:00", "ucsf-east-bay-interview-friday-zoom", "ucsfeb-gs", "reminder",
          ("Tamsin Achebe-Ross", "tachebe-ross@alamedahealthsystem.org"),
          "UCSF-EB Surgery interview Friday 11/20 - Zoom links + schedule",
          """Hello applicants,

We're excited to meet you this Friday, November 20! Everything runs on Pacific Time.

7:30 - 8:00   Welcome - Dr. Okonjo-Marsh, Program Director (Zoom main room)
8:00 - 10:30  Interviews (breakout rooms; you'll be moved automatically)
10:30 - 11:15 Highland Hospital virtual tour + trauma bay Q&A
11:15 - 1:00  Residents-only session (no faculty)

Main Zoom: https://ucsf.zoom.us/j/95513287741?pwd=ZWJzdXJnMjAyNg  Passcode: Highland1
Backup phone: +1 669 555 0134

Please rename yourself "First Last - Medical School" when you log in.

See you Friday,
Tamsin

Tamsin Achebe-Ross | Program Coordinator
UCSF East Bay Department of Surgery | Alameda Health System - Highland Hospital
UCSF School of Medicine East Bay
""", PT, to=[("UCSF-EB Surgery Applicants", "ucsfeb-surgery-applicants@alamedahealthsystem.org")],
          idates=[nov20], must=["https://ucsf.zoom.us/j/95513287741"])
    sent("2026-11-21 09:30", "sent-thank-you-ucsf-east-bay", "ucsfeb-gs", "info",
         [("Tamsin Achebe-Ross", "tachebe-ross@alamedahealthsystem.org")], "Thank you - UCSF East Bay interview",
         """Hi Tamsin,

Thank you for organizing yesterday's interview day - it was flawless on my end. Would you mind passing my thanks
to Dr. Okonjo-Marsh and to the residents? The Highland trauma bay tour and the residents-only hour gave me a real
feel for the program, and I'm very interested in training in Oakland.

Best,""", html=True)


# ------------------------------------------------------------------ UCLA and Harbor-UCLA
def ucla_harbor():
    coord("2026-11-10 17:20", "ucla-general-surgery-interview-waitlist", "ucla-gs", "waitlist",
          ("UCLA General Surgery Residency", "gsresidency@mednet.ucla.edu"),
          "UCLA General Surgery - Interview Status",
          """Dear Ms. Halvorsen,

Thank you for applying to the UCLA General Surgery Residency Program at the David Geffen School of Medicine at
UCLA. We were impressed by your application, but our interview days are currently full. We have placed you on our
interview waitlist and will contact you by e-mail if a position opens.

Please note that Harbor-UCLA Medical Center and Olive View-UCLA Medical Center sponsor their own, separately
accredited surgery residencies; this message concerns only the program at Ronald Reagan UCLA Medical Center.

No action is needed on your part.

Warmly,
UCLA Department of Surgery - Residency Office
University of California, Los Angeles | 10833 Le Conte Ave, CHS 72-215, Los Angeles, CA 90095
""", PT, must=["waitlist"])
    coord("2027-01-20 12:10", "ucla-gs-waitlist-update", "ucla-gs", "waitlist",
          ("UCLA General Surgery Residency", "gsresidency@mednet.ucla.edu"),
          "Update: UCLA General Surgery interview waitlist",
          """Dear Applicant,

We wanted to give you an update as our interview season comes to a close. You remain on the UCLA General
Surgery interview waitlist. Our last interview day is Friday, January 29, and we will reach out directly should a
spot become available before then.

Thank you for your patience and continued interest in UCLA.

UCLA Department of Surgery - Residency Office
David Geffen School of Medicine at UCLA
""", PT, must=["remain on the UCLA General Surgery interview waitlist"])

    dec8, dec15, jan12 = d("2026-12-08"), d("2026-12-15"), d("2027-01-12")
    plat.eras_notice(
        "2026-10-29 05:00", "eras-interview-invitation", "harbor-gs", "invitation",
        "ERAS Interview Invitation: Harbor-UCLA Medical Center Program",
        [f"Dear {ME_NAME},", "",
         "You have received an interview invitation in the ERAS Interview Scheduler.", "",
         "Program: Harbor-UCLA Medical Center Program", "Specialty: Surgery - General (Categorical)",
         "Program ID: 4400500225", "",
         "Dates offered:",
         f"  {slash(dec8)} ({dec8:%a})", f"  {slash(dec15)} ({dec15:%a})", f"  {slash(jan12)} ({jan12:%a})", "",
         "Respond by: 11/02/2026 11:59 PM ET",
         "Sessions may fill before the response deadline. Sign in to MyERAS and select Interviews to choose a date."],
        must=["Harbor-UCLA Medical Center Program"], idates=[dec8, dec15, jan12],
        respond_by="11/02/2026 11:59 PM ET", deadline="2026-11-02")
    plat.eras_notice(
        "2026-10-29 06:40", "eras-interview-scheduled", "harbor-gs", "scheduled",
        "ERAS Interview Scheduled: Harbor-UCLA Medical Center Program",
        [f"Dear {ME_NAME},", "", "Your interview has been scheduled.", "",
         "Program: Harbor-UCLA Medical Center Program", "Specialty: Surgery - General (Categorical)",
         f"Date: {slash(dec8)} ({dec8:%a})", "Time: 7:00 AM - 1:30 PM PT", "Location: Virtual", "",
         "Freeze Date: 12/01/2026. After the freeze date you may only cancel, not reschedule, from MyERAS."],
        must=["Harbor-UCLA Medical Center Program", "12/08/2026"], idates=[dec8])
    coord("2026-12-07 10:00", "harbor-ucla-surgery-interview-tomorrow", "harbor-gs", "reminder",
          ("Delgado, Marisela", "mdelgado4@dhs.lacounty.gov"),
          "Harbor-UCLA Surgery - Interview Day Tuesday 12/8 (Teams link inside)",
          """Good morning,

Thank you for scheduling your virtual interview with the Harbor-UCLA Medical Center General Surgery Residency for
tomorrow, Tuesday, December 8. Please join 10 minutes early.

Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3aharborsurg1208%40thread.v2/0
Meeting ID: 247 118 905 432   Passcode: HUMCgs

Harbor-UCLA is a Los Angeles County Department of Health Services hospital in Torrance and is affiliated with the
David Geffen School of Medicine at UCLA. Our residents also rotate at Los Angeles General Medical Center (formerly
LAC+USC Medical Center) for burn surgery and at Kaiser Permanente South Bay.

Respectfully,

Marisela Delgado
Residency Program Coordinator, Department of Surgery
Harbor-UCLA Medical Center | 1000 W Carson St, Box 25, Torrance, CA 90509
Los Angeles County Department of Health Services

This message may contain confidential information protected by state and federal law. If you are not the
intended recipient, notify the sender and destroy all copies.
""", PT, idates=[dec8], must=["Los Angeles General Medical Center"])


# ------------------------------------------------------------------ UC San Diego (categorical + preliminary)
def ucsd():
    dec1, dec15, jan12 = d("2026-12-01"), d("2026-12-15"), d("2027-01-12")
    prog = "UC San Diego Health - General Surgery Residency (Categorical)"
    plat.th_invite(
        "2026-10-21 12:00", "thalamus-invitation", "ucsd-gs", prog,
        ["Congratulations! After careful review, the UCSD General Surgery Residency Program invites you to a virtual "
         "interview. Our residents train at Jacobs Medical Center and UC San Diego Medical Center - Hillcrest, the "
         "VA San Diego Healthcare System and Rady Children's Hospital.",
         "Interview days start at 7:00 AM Pacific and end by 1:00 PM. An optional resident meet-and-greet is held on "
         "Zoom the evening before each interview date."],
        [dec1, dec15, jan12], "https://app.thalamusgme.com/i/UCSD-GS-CAT-71M0",
        signer="Rosalind Tiet, MBA\nResidency Program Manager, Division of General Surgery\nUniversity of California, San Diego",
        subject="UCSD General Surgery Interview Invitation")
    plat.th_booked("2026-10-21 12:09", "thalamus-interview-confirmed", "ucsd-gs", prog, dec1, "7:00 AM", "1:00 PM",
                   "PST", "Virtual", "Zoom", uid="th-ucsdgs-1201@thalamusgme.com", start_dt=at(dec1, "07:00", PT),
                   minutes=360)
    sent("2026-12-02 06:55", "sent-thank-you-ucsd-gs", "ucsd-gs", "info",
         [("Rosalind Tiet", "rtiet@health.ucsd.edu")], "Thank you - UCSD General Surgery",
         """Dear Ms. Tiet,

Thank you for coordinating yesterday's interview. I enjoyed meeting Dr. Varga and the residents and learning
about the global surgery pathway at UC San Diego. Please share my thanks with the team.

Sincerely,""")

    jan21 = d("2027-01-21")
    pprog = "UC San Diego Health - Surgery Preliminary (PGY-1)"
    plat.th_program_msg(
        "2026-11-18 13:00", "thalamus-waitlist", "ucsd-gsp", "waitlist", pprog,
        "You've been added to a waitlist - UC San Diego Health Preliminary Surgery",
        ["Thank you for your interest in the preliminary surgery positions at UC San Diego Health. All of our "
         "preliminary interview dates are currently filled, and the program has added you to its waitlist.",
         "This is a pooled waitlist: when a date opens, every waitlisted applicant is notified at the same time and "
         "the first to accept receives the slot. Keep Thalamus notifications turned on."],
        signer="Division of General Surgery, UC San Diego\nUniversity of California, San Diego", url="https://app.thalamusgme.com/applicant/waitlists",
        btn_label="View waitlist status", must=["waitlist"])
    plat.th_invite(
        "2027-01-04 09:15", "thalamus-waitlist-slot-available", "ucsd-gsp", pprog,
        ["Good news - an interview date has opened for the UC San Diego Health Preliminary Surgery program, and you "
         "are receiving this message because you are on the program's waitlist.",
         "Slots are claimed first come, first served. If the date is gone when you open the link, you stay on the "
         "waitlist."],
        [jan21], "https://app.thalamusgme.com/i/UCSD-GS-PRE-WL04",
        subject="Interview date available: UC San Diego Health Preliminary Surgery", intro=f"Hi {FIRST},")
    plat.th_booked("2027-01-04 09:21", "thalamus-interview-confirmed", "ucsd-gsp", pprog, jan21, "12:30 PM",
                   "3:30 PM", "PST", "Virtual", "Zoom", uid="th-ucsdpre-0121@thalamusgme.com",
                   start_dt=at(jan21, "12:30", PT), minutes=180)


# ------------------------------------------------------------------ UC Irvine surgery (booked, withdrawn)
def uci():
    dec18, jan8, jan15 = d("2026-12-18"), d("2027-01-08"), d("2027-01-15")
    prog = "UC Irvine Health - Department of Surgery"
    camp = "General Surgery Categorical 2026-2027"
    plat.ib_mail(
        "2026-11-02 10:00", "interviewbroker-invitation", "uci-gs", "invitation",
        "Interview invitation: UC Irvine General Surgery Residency", prog, camp,
        ["The General Surgery Residency at UC Irvine Health invites you to interview for a categorical position. "
         "Interviews are virtual and last about five hours; a pre-interview social with residents is held the "
         "evening before.",
         "Use the link below to choose one of the following dates. This invitation expires November 9, 2026; "
         "after that, remaining slots are offered to applicants on our waitlist."],
        rows=[("Option 1", long(dec18)), ("Option 2", long(jan8)), ("Option 3", long(jan15))],
        url="https://www.interviewbroker.com/applicant/invite/uci-gs-5f27c1", btn_label="Schedule my interview",
        signer="Haley Nakashima, Program Coordinator\nDepartment of Surgery, University of California, Irvine | 333 City Blvd West, Orange, CA",
        idates=[dec18, jan8, jan15], respond_by="November 9, 2026", deadline="2026-11-09")
    plat.ib_mail(
        "2026-11-02 10:40", "interviewbroker-confirmation", "uci-gs", "scheduled",
        "Interview scheduled: UC Irvine Health - Department of Surgery", prog, camp,
        ["Your interview has been scheduled. Details are below and a calendar file is attached."],
        rows=[("Date", long(dec18)), ("Time", "7:00 AM - 12:00 PM Pacific"), ("Format", "Virtual (Zoom)")],
        url="https://www.interviewbroker.com/applicant/interviews", btn_label="Manage my interview",
        idates=[dec18], must=[long(dec18)],
        cal=ics("ib-ucigs-1218@interviewbroker.com", at(dec18, "07:00", PT), 300, "UC Irvine General Surgery Interview",
                "Zoom", "Scheduled through Interview Broker", prodid="-//Interview Broker//EN"))
    w = sent("2026-11-30 20:10", "sent-withdraw-uci-gs", "uci-gs", "cancellation",
             [("Haley Nakashima", "hnakashi@hs.uci.edu")], "Withdrawing from 12/18 General Surgery interview",
             """Dear Ms. Nakashima,

I'm writing to let you know that I am withdrawing my application to the UC Irvine General Surgery Residency and
have cancelled my December 18 interview in Interview Broker so the slot can go to another applicant. After a lot
of reflection I am narrowing my surgery list.

Thank you for the invitation and for your help this season. (My interview with UCI Anesthesiology is a separate
matter and I hope to see that department in January.)

Sincerely,""", must=["withdrawing my application"])
    plat.ib_mail(
        "2026-11-30 20:12", "interviewbroker-cancellation", "uci-gs", "cancellation",
        "Interview cancelled: UC Irvine Health - Department of Surgery", prog, camp,
        ["Your interview has been cancelled at your request and the program has been notified. This slot has been "
         "released."], rows=[("Cancelled interview", long(dec18)), ("Cancelled by", "Applicant")],
        must=["cancelled at your request"])


# ------------------------------------------------------------------ UC Davis surgery (rejected)
def ucd():
    coord("2026-11-13 15:00", "uc-davis-general-surgery-decision", "ucd-gs", "rejection",
          ("UC Davis Surgery Residency", "hs-gensurgresidency@ucdavis.edu"),
          "UC Davis General Surgery - 2027 interview decision",
          """Dear Noor,

Thank you for your application to the General Surgery Residency at UC Davis Health in Sacramento. We sincerely
appreciate the time and effort that went into it.

After a holistic review, we will not be able to extend an interview invitation to you this year. Please note
that other UC Davis departments, including Anesthesiology and Pain Medicine and Internal Medicine, review
applications independently, and this decision has no bearing on them.

With best wishes for your career,

Program Leadership, General Surgery Residency
University of California, Davis | UC Davis Health | 2335 Stockton Blvd, Sacramento, CA 95817
""", PT, must=["not be able to extend an interview invitation"])


# ------------------------------------------------------------------ OHSU (categorical rescheduled by program; prelim)
def ohsu():
    dec10, jan7, dec15 = d("2026-12-10"), d("2027-01-07"), d("2026-12-15")
    prog = "OHSU General Surgery Residency (Categorical)"
    plat.th_invite(
        "2026-10-28 08:00", "thalamus-invitation", "ohsu-gs", prog,
        ["The Department of Surgery at Oregon Health & Science University is pleased to invite you to interview for "
         "our categorical General Surgery residency.",
         "Our residents train at OHSU Hospital on Marquam Hill, the VA Portland Health Care System across the "
         "skybridge, and Hillsboro Medical Center. Interviews are held virtually.",
         "Please accept and select a date within 5 days; after that, the invitation may be withdrawn."],
        [dec10, jan7], "https://app.thalamusgme.com/i/OHSU-GS-C-4W88",
        signer="Pilar Estévez-Moon\nResidency Coordinator, OHSU Department of Surgery",
        respond_by="within 5 days", deadline="2026-11-02", subject="OHSU Surgery - Invitation to Interview")
    plat.th_booked("2026-10-28 08:12", "thalamus-interview-confirmed", "ohsu-gs", prog, dec10, "7:30 AM", "12:30 PM",
                   "PST", "Virtual", "Zoom", uid="th-ohsugs-77a0@thalamusgme.com", start_dt=at(dec10, "07:30", PT),
                   minutes=300)
    coord("2026-11-24 10:30", "ohsu-surgery-interview-date-moved", "ohsu-gs", "scheduled",
          ("Pilar Estévez-Moon", "estevezm@ohsu.edu"),
          "IMPORTANT: OHSU Surgery interview moved from Dec 10 to Dec 15",
          """Dear Noor,

I'm sorry for the late change. Because of a departmental accreditation site visit, we have to move our
Thursday, December 10 interview session. All applicants on that day have been moved to Tuesday, December 15,
same times (7:30 AM - 12:30 PM Pacific). Thalamus will send an updated confirmation shortly.

If December 15 does not work for you, reply to me by Monday, November 30 and I'll do my best to find another
option.

My apologies for the inconvenience,

Pilar Estévez-Moon
Residency Coordinator | Department of Surgery
Oregon Health & Science University
3181 SW Sam Jackson Park Rd, L223, Portland, OR 97239
""", PT, idates=[dec15], must=["Tuesday, December 15"])
    plat.th_booked("2026-11-24 10:45", "thalamus-interview-rescheduled", "ohsu-gs", prog, dec15, "7:30 AM", "12:30 PM",
                   "PST", "Virtual", "Zoom", uid="th-ohsugs-77a0@thalamusgme.com", start_dt=at(dec15, "07:30", PT),
                   minutes=300, was=dec10,
                   note="This change was made by the program. Contact the program coordinator with any questions.")
    sent("2026-12-16 07:20", "sent-thank-you-ohsu-gs", "ohsu-gs", "info", [("Pilar Estévez-Moon", "estevezm@ohsu.edu")],
         "Thank you - OHSU Surgery interview 12/15",
         """Dear Pilar,

Thank you for making the schedule change so painless, and for a wonderful interview day yesterday. I left
excited about OHSU's rural surgery track and the residents' obvious investment in each other. Please give my
thanks to Dr. Whitcombe and Dr. Nwankwo.

Best wishes,""")

    dec16, jan13 = d("2026-12-16"), d("2027-01-13")
    pprog = "Oregon Health & Science University - Surgery"
    camp = "Preliminary Surgery PGY-1 (2027)"
    plat.ib_mail(
        "2026-11-09 12:00", "interviewbroker-invitation", "ohsu-gsp", "invitation",
        "You're invited to interview - OHSU Preliminary Surgery", pprog, camp,
        ["OHSU's Department of Surgery invites you to a brief virtual interview for a one-year preliminary surgery "
         "position. Preliminary and categorical interviews are scheduled in separate campaigns; this invitation is "
         "for the preliminary year only.", "Please select one of the available sessions."],
        rows=[("Session A", f"{long(dec16)}, 1:00 - 3:00 PM PT"), ("Session B", f"{long(jan13)}, 1:00 - 3:00 PM PT")],
        url="https://www.interviewbroker.com/applicant/invite/ohsu-prelim-9aa1", btn_label="Choose a session",
        idates=[dec16, jan13], must=["Preliminary Surgery PGY-1"])
    plat.ib_mail(
        "2026-11-09 12:30", "interviewbroker-confirmation", "ohsu-gsp", "scheduled",
        "Confirmed: OHSU Preliminary Surgery interview", pprog, camp,
        ["Thank you for scheduling. Your interview details are below."],
        rows=[("Date", long(dec16)), ("Time", "1:00 PM - 3:00 PM Pacific"), ("Format", "Virtual (Zoom)")],
        idates=[dec16], must=[long(dec16)],
        cal=ics("ib-ohsupre-1216@interviewbroker.com", at(dec16, "13:00", PT), 120, "OHSU Preliminary Surgery Interview",
                "Zoom", "Scheduled through Interview Broker", prodid="-//Interview Broker//EN"))
    plat.ib_mail(
        "2026-12-14 10:00", "interviewbroker-reminder", "ohsu-gsp", "reminder",
        "Reminder: OHSU Preliminary Surgery interview on Wednesday", pprog, camp,
        ["This is a reminder of your upcoming interview. Please join a few minutes early using the link below."],
        rows=[("Date", long(dec16)), ("Time", "1:00 PM - 3:00 PM Pacific"),
              ("Zoom", "https://ohsu.zoom.us/j/93021146577"), ("Passcode", "prelim27")],
        idates=[dec16], must=["https://ohsu.zoom.us/j/93021146577"])


# ------------------------------------------------------------------ University of Washington surgery (rejected)
def uw():
    coord("2026-11-09 16:40", "uw-surgery-application-status", "uw-gs", "rejection",
          ("UW Surgery Residency", "surgres@uw.edu"), "University of Washington General Surgery Residency",
          """Dear Applicant,

On behalf of the University of Washington Department of Surgery, thank you for applying to our General Surgery
Residency. We received a record number of exceptional applications for our categorical positions.

We are sorry to tell you that we cannot offer you an interview this cycle. Our residents rotate at UW Medical
Center - Montlake, Harborview Medical Center, VA Puget Sound and Seattle Children's, and we know many
outstanding applicants will train at programs across the country.

Best wishes for the Match,

UW Surgery Residency Office | UW Medicine | 1959 NE Pacific St, Seattle, WA 98195
""", PT, must=["cannot offer you an interview"])


# ------------------------------------------------------------------ Virginia Mason (surgery)
def vm():
    jan14, jan21 = d("2027-01-14"), d("2027-01-21")
    txt = """Dear Noor,

Thank you for your application to the General Surgery Residency at Virginia Mason Franciscan Health. We are
delighted to invite you to an in-person interview at Virginia Mason Medical Center, 1100 Ninth Avenue, Seattle.

Available dates:
   Thursday, January 14, 2027
   Thursday, January 21, 2027

Interview days run 7:00 AM - 2:00 PM, with an informal resident dinner the night before. Please reply with your
preferred date by Wednesday, November 25.

Our categorical residents also rotate at St. Joseph Medical Center in Tacoma and St. Michael Medical Center in
Silverdale, both part of Virginia Mason Franciscan Health (formerly CHI Franciscan and Virginia Mason Health
System).

Warm regards,

Colette Ferreira-Lund
General Surgery Residency Coordinator
Graduate Medical Education | Virginia Mason Franciscan Health
1100 Ninth Avenue, Mailstop H8-GME, Seattle, WA 98101
"""
    inv = coord("2026-11-19 16:00", "virginia-mason-general-surgery-interview-invitation", "vm-gs", "invitation",
                ("Colette Ferreira-Lund", "colette.ferreira-lund@virginiamason.org"),
                "Virginia Mason General Surgery - Interview Invitation", txt, PT,
                idates=[jan14, jan21], respond_by="by Wednesday, November 25", deadline="2026-11-25",
                must=["Virginia Mason Medical Center"])
    rep = sent("2026-11-19 19:30", "sent-re-virginia-mason-gs-jan-14", "vm-gs", "scheduled",
               [("Colette Ferreira-Lund", "colette.ferreira-lund@virginiamason.org")],
               "Re: Virginia Mason General Surgery - Interview Invitation",
               """Dear Ms. Ferreira-Lund,

Thank you very much! I would love to interview in person on Thursday, January 14. I'll also be in Seattle that
Friday for the Transitional Year interview, so the timing is ideal.

Best regards,""", irt=inv, idates=[jan14],
               quote=q_gmail("2026-11-19 16:00", "Colette Ferreira-Lund", "colette.ferreira-lund@virginiamason.org",
                             txt, tz=MT))
    cal = ics("vmgs-20270114@virginiamason.org", at(jan14, "07:00", PT), 420, "Virginia Mason GS Interview",
              "Virginia Mason Medical Center, 1100 Ninth Ave, Seattle WA", "General Surgery residency interview day",
              organizer=("Colette Ferreira-Lund", "colette.ferreira-lund@virginiamason.org"),
              prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    coord("2026-11-20 09:40", "re-virginia-mason-gs-confirmed", "vm-gs", "scheduled",
          ("Colette Ferreira-Lund", "colette.ferreira-lund@virginiamason.org"),
          "RE: Virginia Mason General Surgery - Interview Invitation",
          """Hi Noor,

Wonderful - you are confirmed for Thursday, January 14, 2027 at Virginia Mason Medical Center. Resident dinner is
Wednesday, January 13 at 6:30 PM (location to follow). A calendar invite is attached.

Colette
""", PT, irt=rep["mid"], cal=cal, cal_name="VM_GS_Interview_0114.ics", idates=[jan14],
          must=["Thursday, January 14, 2027"])
    sent("2027-01-16 10:00", "sent-thank-you-virginia-mason-gs", "vm-gs", "info",
         [("Colette Ferreira-Lund", "colette.ferreira-lund@virginiamason.org")], "Thank you - Virginia Mason Surgery",
         """Hi Colette,

Thank you for a terrific interview day on Thursday and for the dinner the night before. Seeing the Virginia Mason
Production System in action in the OR was a highlight. Please pass along my thanks to Dr. Haverford.

All the best,""")


# ------------------------------------------------------------------ University of Colorado surgery
def cu():
    nov16, nov30, dec14 = d("2026-11-16"), d("2026-11-30"), d("2026-12-14")
    prog = "University of Colorado - General Surgery (Categorical)"
    plat.th_invite(
        "2026-10-16 09:00", "thalamus-invitation", "cu-gs", prog,
        ["It is our pleasure to invite you to interview with the University of Colorado General Surgery Residency "
         "Program. Our residents train on the CU Anschutz Medical Campus at UCHealth University of Colorado Hospital "
         "and Children's Hospital Colorado, at Denver Health Medical Center, and at the Rocky Mountain Regional VA "
         "Medical Center.",
         "All interviews are virtual. Please accept and choose a date within 48 hours; unclaimed invitations may be "
         "reassigned."],
        [nov16, nov30, dec14], "https://app.thalamusgme.com/i/CU-GS-2D7TT",
        signer="CU Surgery Residency Office\nUniversity of Colorado School of Medicine, Aurora",
        respond_by="within 48 hours", deadline="2026-10-18")
    plat.th_booked("2026-10-16 09:15", "thalamus-interview-confirmed", "cu-gs", prog, nov16, "7:30 AM", "12:30 PM",
                   "MST", "Virtual", "Zoom", uid="th-cugs-1116@thalamusgme.com", start_dt=at(nov16, "07:30", MT),
                   minutes=300)
    coord("2026-11-09 13:00", "cu-surgery-pre-interview-social", "cu-gs", "info",
          ("Jolene Castellanos-Pryor", "jolene.castellanos-pryor@cuanschutz.edu"),
          "CU Surgery: resident social Sunday night + your interview Monday 11/16",
          """Hi Noor,

Our residents are hosting a casual virtual social for the Monday, November 16 interview group on Sunday,
November 15 at 6:30 PM MT. No faculty, no evaluation, just questions about life in Denver and Aurora.

Social link: https://zoom.us/j/97144220318
Your interview-day Zoom link will be sent from Thalamus on Monday morning.

Cheers,
Jolene

Jolene Castellanos-Pryor | Program Administrator, General Surgery Residency
University of Colorado Anschutz Medical Campus | Department of Surgery
12631 E 17th Ave, C-305, Aurora, CO 80045
""", MT, idates=[nov16], must=["Sunday, November 15"])
    sent("2026-11-17 08:30", "sent-thank-you-cu-surgery", "cu-gs", "info",
         [("Jolene Castellanos-Pryor", "jolene.castellanos-pryor@cuanschutz.edu")],
         "Thank you - CU General Surgery interview",
         """Hi Jolene,

Thank you for a great day yesterday and for Sunday's social. I came away genuinely excited about the Denver
Health trauma experience and the research years. Would you share my thanks with Dr. Pemberton and the residents?

Best,""")


# ------------------------------------------------------------------ Valleywise (booked, then cancelled by program)
def valleywise():
    jan8, jan22 = d("2027-01-08"), d("2027-01-22")
    prog = "Valleywise Health Medical Center - General Surgery"
    camp = "Categorical Surgery 2027"
    plat.ib_mail(
        "2026-11-12 08:00", "interviewbroker-invitation", "valleywise-gs", "invitation",
        "Interview Invitation - Valleywise Health General Surgery Residency", prog, camp,
        ["Congratulations! The General Surgery Residency at Valleywise Health Medical Center (formerly Maricopa "
         "Medical Center) in Phoenix invites you to a virtual interview. Valleywise Health is Maricopa County's "
         "public teaching hospital and home of the Arizona Burn Center; our program is affiliated with Creighton "
         "University School of Medicine and the University of Arizona College of Medicine - Phoenix.",
         "Please choose a date below."],
        rows=[("Date", long(jan8)), ("Date", long(jan22))],
        url="https://www.interviewbroker.com/applicant/invite/vwh-gs-0c31", btn_label="Select a date",
        idates=[jan8, jan22], must=["formerly Maricopa Medical Center"])
    plat.ib_mail(
        "2026-11-12 08:20", "interviewbroker-confirmation", "valleywise-gs", "scheduled",
        "Interview scheduled: Valleywise Health Medical Center - General Surgery", prog, camp,
        ["Your interview is confirmed."],
        rows=[("Date", long(jan8)), ("Time", "8:00 AM - 1:00 PM Arizona (MST)"), ("Format", "Virtual")],
        idates=[jan8], must=[long(jan8)])
    coord("2026-12-18 14:00", "valleywise-surgery-interview-cancelled", "valleywise-gs", "cancellation",
          ("Reyes-Whitfield, Dolores", "dolores.reyes-whitfield@valleywisehealth.org"),
          "Valleywise General Surgery - cancellation of January 8 interview",
          """Dear Noor Halvorsen,

We regret to inform you that the Valleywise Health General Surgery Residency has cancelled its Friday, January 8
interview session. We reached our planned number of interviews earlier than expected and are consolidating our
remaining days. Unfortunately, we are unable to offer you an alternative interview date.

We apologize for the inconvenience this may cause and sincerely thank you for your interest in our program.

Dolores Reyes-Whitfield
Residency Program Coordinator, Department of Surgery
Valleywise Health Medical Center | 2601 E Roosevelt St, Phoenix, AZ 85008
""", AZ, must=["unable to offer you an alternative interview date"])
    plat.ib_mail(
        "2026-12-18 14:05", "interviewbroker-cancellation", "valleywise-gs", "cancellation",
        "Interview cancelled by program: Valleywise Health Medical Center - General Surgery", prog, camp,
        ["The program has cancelled the interview listed below. If you have questions, contact the program "
         "directly."], rows=[("Cancelled interview", long(jan8)), ("Cancelled by", "Program")],
        must=["cancelled the interview"])


# ------------------------------------------------------------------ Banner (Phoenix surgery; Tucson surgery + prelim)
def banner():
    feb11, feb18 = d("2027-02-11"), d("2027-02-18")
    prog = "Banner - University Medical Center Phoenix General Surgery Residency"
    plat.th_invite(
        "2027-01-15 10:00", "thalamus-invitation", "bumcp-gs", prog,
        ["We have opened two additional interview days for our categorical General Surgery positions and would like "
         "to invite you to interview. The program is sponsored by Banner – University Medical Center Phoenix and "
         "is affiliated with the University of Arizona College of Medicine – Phoenix.",
         "Please respond by Wednesday, January 20."],
        [feb11, feb18], "https://app.thalamusgme.com/i/BUMCP-GS-LATE2",
        signer="Graduate Medical Education - Department of Surgery\nBanner – University Medical Center Phoenix, "
               "1111 E McDowell Rd, Phoenix, AZ 85006",
        respond_by="by Wednesday, January 20", deadline="2027-01-20",
        subject="Banner UMC Phoenix General Surgery - Interview Invitation",
        must=["Banner – University Medical Center Phoenix"])
    plat.th_booked("2027-01-15 10:30", "thalamus-interview-confirmed", "bumcp-gs", prog, feb11, "7:00 AM", "12:00 PM",
                   "MST (Arizona)", "Virtual", "Zoom", uid="th-bumcpgs-0211@thalamusgme.com",
                   start_dt=at(feb11, "07:00", AZ), minutes=300)

    coord("2026-11-20 16:00", "banner-tucson-surgery-application-decision", "bumct-gs", "rejection",
          ("UA Surgery Residency Tucson", "gsresidency@surgery.arizona.edu"),
          "University of Arizona General Surgery (Categorical) - application decision",
          """Dear Noor,

Thank you for applying to the categorical General Surgery Residency at the University of Arizona College of
Medicine – Tucson and Banner – University Medical Center Tucson.

We regret that we are unable to offer you an interview for a categorical position this year. Decisions for our
preliminary surgery positions are made separately and are not affected by this letter.

Respectfully,

Categorical Surgery Selection Committee
Department of Surgery | 1501 N Campbell Ave, Tucson, AZ 85724
Banner – University Medical Center Tucson | Banner – University Medical Center South
""", AZ, must=["unable to offer you an interview"])

    jan12, jan19 = d("2027-01-12"), d("2027-01-19")
    txt = """Hello Noor,

The Department of Surgery at the University of Arizona College of Medicine – Tucson invites you to interview for
a PGY-1 PRELIMINARY surgery position at Banner – University Medical Center Tucson.

Virtual interview sessions (Arizona time, 9:00 AM - 12:00 PM):
  * Tuesday, January 12
  * Tuesday, January 19

Please rank your date preferences using this Google Form by Friday, November 20:
https://docs.google.com/forms/d/e/1FAIpQLSf-UAprelim27/viewform

We'll confirm your date by e-mail after the form closes.

Thank you,

Renée Castillo-Barker
Program Coordinator, Preliminary Surgery
University of Arizona / Banner – University Medical Center Tucson
gsresidency@surgery.arizona.edu | (520) 555-0166
"""
    coord("2026-11-16 10:30", "ua-tucson-preliminary-surgery-invitation", "bumct-gsp", "invitation",
          ("Renée Castillo-Barker", "rcastillobarker@surgery.arizona.edu"),
          "Invitation - Preliminary Surgery interview (Banner UMC Tucson)", txt, AZ,
          idates=[jan12, jan19], respond_by="by Friday, November 20", deadline="2026-11-20",
          must=["PRELIMINARY surgery"])
    plat.gform("2026-11-16 11:00", "google-forms-response-ua-prelim", "bumct-gsp", "info",
               "UA Tucson Preliminary Surgery - Interview Date Preferences 2026-27",
               "Department of Surgery, University of Arizona College of Medicine – Tucson",
               [("Full name (as in ERAS)", ME_NAME), ("AAMC ID", "18530472"),
                ("First choice", "Tuesday, January 12"), ("Second choice", "Tuesday, January 19"),
                ("Are you also applying to other specialties?", "Yes - Anesthesiology (prelim year needed)")],
               idates=[jan12, jan19], must=["Tuesday, January 12"])
    coord("2026-11-23 09:00", "ua-tucson-preliminary-surgery-date-confirmed", "bumct-gsp", "scheduled",
          ("Renée Castillo-Barker", "rcastillobarker@surgery.arizona.edu"),
          "Confirmed: Preliminary Surgery interview Tuesday, January 12",
          """Hello Noor,

You have been assigned your first choice: Tuesday, January 12, 2027, 9:00 AM - 12:00 PM (Arizona time). Zoom
details will be sent the week of the interview.

Thank you,
Renée Castillo-Barker | Preliminary Surgery | Banner – University Medical Center Tucson
""", AZ, idates=[jan12], must=["Tuesday, January 12, 2027"])


# ------------------------------------------------------------------ Kaiser Permanente Oakland (she reschedules)
def kaiser():
    dec9, jan6, jan20 = d("2026-12-09"), d("2027-01-06"), d("2027-01-20")
    txt = """Hi Noor,

On behalf of the Kaiser Permanente Oakland Medical Center General Surgery Residency (Kaiser Permanente Northern
California), I am pleased to invite you to a virtual interview. Please note we are not affiliated with the
Kaiser Permanente Southern California programs in Los Angeles and San Diego.

Please self-schedule by Thursday, November 12 using our Calendly page:
https://calendly.com/kpoakland-gensurg/interview-2027

Available Wednesdays: December 9, January 6 and January 20 (8:00 AM - 1:00 PM Pacific).

Thank you,

Felicia Umberger-Tran
Residency Coordinator, General Surgery
Kaiser Permanente Oakland Medical Center | 3600 Broadway, Oakland, CA 94611
Kaiser Permanente Northern California Graduate Medical Education

NOTICE TO RECIPIENT: If you are not the intended recipient of this e-mail, you are prohibited from sharing,
copying, or otherwise using or disclosing its contents. If you have received this e-mail in error, please
notify the sender immediately by reply e-mail and permanently delete this e-mail and any attachments.
"""
    coord("2026-11-05 14:00", "kp-oakland-surgery-interview-invitation", "kpoak-gs", "invitation",
          ("Felicia Umberger-Tran", "felicia.x.umberger-tran@kp.org"),
          "KP Oakland General Surgery Residency - Interview Invitation", txt, PT, html=False,
          idates=[dec9, jan6, jan20], respond_by="by Thursday, November 12", deadline="2026-11-12",
          must=["Kaiser Permanente Oakland Medical Center"])
    host = "KP Oakland General Surgery Residency"
    plat.calendly("2026-11-05 16:00", "calendly-invitation-confirmed", "kpoak-gs", "scheduled", None, host,
                  "General Surgery Residency Interview", dec9, "8:00am", "Pacific Time - US & Canada",
                  uid="cal-kpoak-9d1f3a7e5b2c0e11aa", start_dt=at(dec9, "08:00", PT), minutes=300,
                  where="Microsoft Teams - link to follow",
                  answers=[("Medical school", "University of Utah Spencer Fox Eccles School of Medicine")],
                  must=[long(dec9)])
    plat.calendly("2026-11-30 20:30", "calendly-invitation-rescheduled", "kpoak-gs", "scheduled", None, host,
                  "General Surgery Residency Interview", jan6, "8:00am", "Pacific Time - US & Canada",
                  uid="cal-kpoak-9d1f3a7e5b2c0e11aa", start_dt=at(jan6, "08:00", PT), minutes=300,
                  where="Microsoft Teams - link to follow", was=dec9,
                  answers=[("Reason for rescheduling", "Conflict with a required sub-internship exam day")],
                  must=[long(jan6)])
    sent("2026-11-30 20:40", "sent-kp-oakland-moved-interview", "kpoak-gs", "info",
         [("Felicia Umberger-Tran", "felicia.x.umberger-tran@kp.org")], "Moved my interview to January 6",
         """Hi Felicia,

Just a heads-up that I moved my interview through Calendly from Wednesday, December 9 to Wednesday, January 6
because my sub-internship exam was scheduled for the 9th. I hope that is all right - please let me know if
anything else is needed.

Thank you,""", idates=[jan6])
    sent("2027-01-07 07:40", "sent-thank-you-kp-oakland", "kpoak-gs", "info",
         [("Felicia Umberger-Tran", "felicia.x.umberger-tran@kp.org")], "Thank you - KP Oakland Surgery",
         """Hi Felicia,

Thank you for accommodating my date change and for a wonderful interview yesterday. The residents' description
of the Oakland-Richmond-Walnut Creek rotations and the integrated practice model was very compelling. Please
thank Dr. Sandoval-Reich for me.

Warmly,""")


# ------------------------------------------------------------------ Riverside Community Hospital (HCA)
def riverside():
    coord("2026-09-30 09:15", "rch-surgery-application-received", "rch-gs", "info",
          ("HCA Healthcare GME - Riverside", "rch.gme@hcahealthcare.com"),
          "Riverside Community Hospital General Surgery - application received",
          """Dear Applicant,

Thank you for applying to the General Surgery Residency at Riverside Community Hospital, an HCA Healthcare
affiliate and a teaching site of the UC Riverside School of Medicine. Your ERAS application has been received and
will be reviewed by our selection committee.

Interview invitations are sent through Thalamus starting in October. Please add noreply@thalamusgme.com to your
safe-senders list.

HCA Healthcare | Riverside Community Hospital Graduate Medical Education
4445 Magnolia Ave, Riverside, CA 92501
""", PT, must=["Riverside Community Hospital"])
    feb22, feb24 = d("2027-02-22"), d("2027-02-24")
    plat.th_invite(
        "2027-02-03 10:00", "thalamus-invitation", "rch-gs",
        "HCA Healthcare / UCR Health GME - Riverside Community Hospital General Surgery",
        ["Thank you for your patience. A few additional interview spots have opened in our final February sessions "
         "and we would like to offer one to you.",
         "Please accept an invitation and choose a date by Monday, February 8. Interviews are virtual."],
        [feb22, feb24], "https://app.thalamusgme.com/i/RCH-GS-FEB-6K",
        signer="General Surgery Residency, Riverside Community Hospital",
        respond_by="by Monday, February 8", deadline="2027-02-08",
        subject="Interview Invitation - Riverside Community Hospital General Surgery")
