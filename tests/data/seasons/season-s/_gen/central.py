"""Central and South Texas: Texas A&M (her home school), Baylor Scott & White (Round Rock, Temple, Baylor University
Medical Center), the UT campuses (San Antonio, Tyler urban + rural, UTMB, McGovern, Dell, RGV) and CHRISTUS (Tyler,
Spohn, Santa Rosa)."""
from kit import (D, CT, UTC, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, coord, me, mail, ics, gmail_quote,
                 outlook_quote, body_of, full, wmd, wmd3, wmdy3, md, mdy, sl, sly, wsl, hm, esc)
from plat import th_invite, th_booked, th_reminder, th_note, eras, ib, IB, PT


def tamu_fm():
    L = "tamu-fm"
    c = ("Kubala, Jennifer", "jkubala@tamu.edu")
    sig = ("Jennifer Kubala\nProgram Coordinator | Texas A&M Family Medicine Residency\nDepartment of Primary Care "
           "and Rural Medicine\nTexas A&M University Naresh K. Vashisht College of Medicine\n2900 East 29th Street, "
           "Suite 100, Bryan, TX 77802\n979-555-0103")
    d1, d2, d3 = D("2026-10-16"), D("2026-10-30"), D("2026-11-13")
    inv = f"""Hi Ana,

I'm so pleased to send this one! Dr. Schwertner and the selection committee would like to invite you to interview
for the Texas A&M Family Medicine Residency here in Bryan.

Our remaining interview days for fourth-years are:

- Friday, October 16
- Friday, October 30
- Friday, November 13

Applicants from outside the area interview on Zoom, but since you're already in town you are welcome to come to
the Family Medicine Center in person - let me know which you prefer. We also host a small dinner for each group
at a faculty member's home the evening before (entirely optional).

Please reply by Monday, October 5 with your top two dates.

Thank you, and congratulations!

{sig}"""
    m1 = coord("2026-09-29 10:05", "texas-am-family-medicine-residency-interview-invitation", L, "invitation", c,
               "Texas A&M Family Medicine Residency - Interview Invitation", inv, idates=[d1, d2, d3],
               deadline="2026-10-05", must=["Texas A&M University Naresh K. Vashisht College of Medicine"])
    r = me("2026-09-29 18:40", "sent-re-texas-am-fm-interview-invitation", L, "scheduled", c,
           "Re: Texas A&M Family Medicine Residency - Interview Invitation",
           "Hi Jennifer,\n\nThank you so much - I've been hoping for this email! I'd love to come in person on "
           "Friday, October 16. If that's full, October 30 works too.\n\nI'll be at the dinner.\n\nAna",
           irt=m1, quote=gmail_quote("2026-09-29 10:05", "Kubala, Jennifer", c[1], body_of(m1)), idates=[d1],
           sig=SIG_SHORT)
    conf = f"""Hi Ana,

Perfect - you're confirmed for {full(d1)}, in person at the Family Medicine Center (2900 E. 29th St.). Please
arrive by 7:45 AM; we'll be done around 1:00 PM. A calendar invite is attached.

Dinner is Thursday, October 15 at 6:30 PM at Dr. Kowalski's home in College Station - I'll send the address
that week. Business casual for Friday, comfortable shoes for the clinic tour.

Jennifer"""
    coord("2026-09-30 08:15", "re-texas-am-fm-interview-confirmed", L, "scheduled", c,
          "RE: Texas A&M Family Medicine Residency - Interview Invitation", conf, irt=r, idates=[d1],
          quote=outlook_quote("2026-09-29 18:40", NAME, ADDR, "Kubala, Jennifer",
                              "Re: Texas A&M Family Medicine Residency - Interview Invitation",
                              "Hi Jennifer,\n\nThank you so much - I've been hoping for this email! I'd love to "
                              "come in person on Friday, October 16. ..."),
          cal=ics("tamu-fmr-interview-20261016-cardenas", at(d1, "07:45"), 315, "FM Residency Interview Day",
                  "Family Medicine Center, 2900 E 29th St, Bryan TX", "In-person interview day", organizer=c,
                  mode="floating"))
    me("2026-10-16 19:10", "sent-thank-you-texas-am-family-medicine", L, "info",
       [("Rhonda Schwertner, MD", "rschwertner@tamu.edu")], "Thank you for today",
       "Dear Dr. Schwertner,\n\nThank you for today, and for the dinner last night. It is strange and lovely to "
       "interview at the place where I learned to take my first history. Seeing the residents run the Friday "
       "walk-in clinic for the Brazos Valley reminded me why I chose family medicine in the first place.\n\n"
       "With gratitude,\nAna", cc=[c])


def bsw_round_rock_fm():
    L = "bsw-rr-fm"
    c = ("Tran, Kimberly", "kimberly.tran@bswhealth.org")
    sig = ("Kimberly Tran, BS, C-TAGME\nFamily Medicine Residency Program Coordinator\nBaylor Scott & White Medical "
           "Center \u2013 Round Rock\n302 University Blvd., Round Rock, TX 78665\nOffice: 512-555-0154\n\n"
           "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee.")
    d1, d2, d3 = D("2026-10-20"), D("2026-11-03"), D("2026-12-01")
    inv = f"""Hi Ana,

It was such a pleasure having you with us in July - Dr. Lindqvist still brings up your admission H&Ps on the
inpatient service. I'm happy to share that our selection committee would like to invite you to interview for the
Family Medicine Residency at Baylor Scott & White Medical Center - Round Rock.

Interview days are virtual (Microsoft Teams), 8:00 AM - 12:30 PM:

  Tuesday, October 20
  Tuesday, November 3
  Tuesday, December 1

Just reply with the date you'd like and I'll send a calendar hold. If you also applied to Baylor Scott & White
programs in Temple or Dallas, those programs invite and schedule separately.

Hope to see you soon!

{sig}"""
    m1 = coord("2026-10-02 14:12", "bsw-round-rock-family-medicine-interview-invitation", L, "invitation", c,
               "Interview Invitation - BSW Round Rock Family Medicine Residency", inv, idates=[d1, d2, d3],
               must=["Baylor Scott & White Medical Center \u2013 Round Rock"])
    r = me("2026-10-02 16:30", "sent-re-bsw-round-rock-fm-interview", L, "scheduled", c,
           "Re: Interview Invitation - BSW Round Rock Family Medicine Residency",
           "Hi Kimberly!\n\nThat made my day - please tell Dr. Lindqvist hello. Tuesday, October 20 would be "
           "perfect.\n\nThank you,\nAna", irt=m1,
           quote=gmail_quote("2026-10-02 14:12", "Tran, Kimberly", c[1], body_of(m1)), idates=[d1], sig=SIG_SHORT)
    coord("2026-10-05 09:02", "re-bsw-round-rock-fm-interview-confirmed", L, "scheduled", c,
          "RE: Interview Invitation - BSW Round Rock Family Medicine Residency",
          f"Good morning Ana,\n\nYou are all set for {wmd(d1)}. The Teams link and the schedule will come the day "
          "before.\n\nThanks!\nKimberly", irt=r, idates=[d1],
          quote=outlook_quote("2026-10-02 16:30", NAME, ADDR, "Tran, Kimberly",
                              "Re: Interview Invitation - BSW Round Rock Family Medicine Residency",
                              "Hi Kimberly!\n\nThat made my day - please tell Dr. Lindqvist hello. Tuesday, October "
                              "20 would be perfect."))
    rem = """Hi Ana,

Here's your Teams link for tomorrow's interview. We can't wait to (virtually) see you again!

Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_RRFM1020%40thread.v2/0
Meeting ID: 238 114 907 552   Passcode: rR7fm2

Schedule
8:00  Welcome - Dr. Garza-Whitman, PD
8:30  Sports med, OB and the Hutto clinic - curriculum overview
9:15  Interviews (Dr. Lindqvist, Dr. Osei, Dr. Price)
10:45 Resident Q&A (no faculty)
12:00 Closing

Kimberly"""
    coord("2026-10-19 13:45", "bsw-round-rock-fm-teams-link-tomorrow", L, "reminder", c,
          "Tomorrow - Teams link for your FM interview", rem, idates=[d1], must=["238 114 907 552"])


def bsw_temple_psy():
    L = "bsw-temple-psy"
    prog = "Baylor Scott & White Medical Center - Temple | Psychiatry Residency"
    d1, d2, d3 = D("2026-12-10"), D("2027-01-07"), D("2027-01-21")
    th_invite("2026-10-27 11:00", "thalamus-invitation-bsw-temple-psychiatry", L, prog, [
        "We are pleased to invite you to interview with the Psychiatry Residency Program at Baylor Scott & White "
        "Medical Center \u2013 Temple.",
        "Interviews are held virtually on Thursdays. You will meet the program director and associate program "
        "director, interview with faculty, and spend an hour with current residents. Our residents train at the "
        "Temple medical center, the Central Texas Veterans Health Care System and our outpatient clinics in "
        "Temple and Killeen.",
        "Please schedule within 72 hours of receiving this invitation."],
        [d1, d2, d3], token="c0b3d411-bsw-t-psy", deadline="2026-10-30",
        signer="Psychiatry Residency Program\nBaylor Scott & White Medical Center \u2013 Temple\nAffiliated with "
               "the Texas A&M University School of Medicine",
        must=["Baylor Scott & White Medical Center \u2013 Temple"])
    th_booked("2026-10-27 11:20", "thalamus-confirmed-bsw-temple-psychiatry", L, prog, d1, "08:30", "13:00",
              "Virtual", "Zoom", uid="thl-e1f7b250-bswt-psy", mode="tzid")
    th_booked("2026-11-30 19:02", "thalamus-rescheduled-bsw-temple-psychiatry", L, prog, d2, "08:30", "13:00",
              "Virtual", "Zoom", uid="thl-e1f7b250-bswt-psy", was=d1, mode="tzid")
    c = ("Hollis, Bethany", "bethany.hollis@bswhealth.org")
    me("2026-11-30 19:15", "sent-moved-bsw-temple-psychiatry-interview", L, "info", c,
       "Rescheduled my psychiatry interview to January 7",
       "Dear Ms. Hollis,\n\nI wanted to let you know directly that I just moved my interview in Thalamus from "
       "Thursday, December 10 to Thursday, January 7. My sub-internship just added a mandatory simulation day "
       "on December 10 that I can't miss.\n\nThank you for understanding, and I'm looking "
       "forward to January.\n\nAna Cárdenas", idates=[d2])
    rem = f"""Good morning Ana,

Thanks again for rescheduling with us from December - we are looking forward to meeting you tomorrow,
{full(d2)}.

Zoom: https://bswhealth.zoom.us/j/81150376624   Passcode: 254psych
Please log in at 8:15 AM.

You'll interview with Dr. Abernathy (PD), Dr. Coleman-Reyes (APD) and Dr. Feld. Lunch with residents from
11:30 to 12:30.

Bethany Hollis
Residency Program Coordinator, Psychiatry
Baylor Scott & White Medical Center \u2013 Temple | 2401 S. 31st Street, Temple, TX 76508"""
    coord("2027-01-06 10:20", "bsw-temple-psychiatry-interview-tomorrow", L, "reminder", c,
          "Tomorrow: Psychiatry Residency Interview (Zoom)", rem, idates=[d2], must=["254psych"])


def bumc_ty():
    L = "bumc-ty"
    prog = "Baylor University Medical Center Program"
    d1, d2 = D("2027-02-11"), D("2027-02-12")
    eras("2027-01-14 09:40", "myeras-interview-invitation-baylor-university-medical-center-ty", L, "invitation",
         "ERAS Interview Invitation", [
             f"{prog} (Transitional Year) has invited you to interview.",
             f"Available interview dates: {wmdy3(d1)}; {wmdy3(d2)}.",
             "Please respond by 01/21/2027 (Freeze Date). After the Freeze Date you will no longer be able to "
             "schedule or change an interview date in MyERAS.",
             "To accept this invitation and select a date, sign in to MyERAS and open the Interviews tab."],
         idates=[d1, d2], deadline="2027-01-21", must=[prog, "Transitional Year"])
    eras("2027-01-14 09:55", "myeras-interview-scheduled-baylor-university-medical-center-ty", L, "scheduled",
         "ERAS Interview Scheduled", [
             f"You have scheduled an interview with {prog} (Transitional Year).",
             f"Date: {full(d1)}",
             "Time: 8:00 AM Central",
             "Format: Virtual",
             "Changes to this interview can be made in MyERAS until the Freeze Date."],
         idates=[d1], must=[prog])
    c = ("Okafor, Chidinma", "chidinma.okafor@bswhealth.org")
    txt = f"""Dear Ana,

Thank you for scheduling with the Transitional Year program at Baylor University Medical Center. I'm attaching
nothing today - everything you need is below, and the Zoom link will follow two days before your interview on
{wmd(d1)}.

A few things applicants often ask:

- The TY program is based at Baylor University Medical Center in Dallas (part of Baylor Scott & White Health).
  It is not connected to the Baylor Scott & White programs in Temple or Round Rock, and it is not Baylor
  College of Medicine in Houston.
- Our interns rotate through internal medicine, the ED, the ICU and electives of their choosing, and most go
  on to anesthesiology, radiology, dermatology, ophthalmology or PM&R.
- Orientation for the incoming class begins Monday, June 21, 2027.

If you need anything before then, just reply here.

Chidinma Okafor, MBA
Program Coordinator, Transitional Year Residency
Baylor University Medical Center | 3500 Gaston Avenue, Dallas, TX 75246
214-555-0190"""
    coord("2027-01-29 11:30", "baylor-university-medical-center-ty-interview-information", L, "info", c,
          "Your TY interview on February 11 - what to expect", txt, idates=[d1],
          must=["Baylor University Medical Center", "not connected"])


def uthscsa_fm():
    L = "uthscsa-fm"
    prog = "UT Health San Antonio - Family & Community Medicine"
    d1, d2, d3 = D("2026-11-06"), D("2026-11-16"), D("2026-12-04")
    th_invite("2026-10-08 12:00", "thalamus-invitation-ut-health-san-antonio-fcm", L, prog, [
        "On behalf of the Department of Family & Community Medicine, congratulations! We are pleased to invite you "
        "to interview for the Family Medicine Residency Program at UT Health San Antonio.",
        "Interviews are virtual. You will have four interviews with faculty and residents, a session on our "
        "University Health continuity clinics, and an overview of our tracks in community health, sports "
        "medicine and maternal child health.",
        "We look forward to getting to know you."],
        [d1, d2, d3], token="54ee1d90-uthscsa-fcm",
        signer="Residency Program Office\nDepartment of Family & Community Medicine\nUT Health San Antonio",
        must=["UT Health San Antonio"])
    th_booked("2026-10-08 12:07", "thalamus-confirmed-ut-health-san-antonio-fcm", L, prog, d1, "08:00", "13:30",
              "Virtual", "Zoom", uid="thl-1c9a7f02-uthscsa-fcm")
    eras("2026-11-09 09:20", "myeras-new-message-university-of-texas-hsc-san-antonio", L, "info",
         "New Message in MyERAS", [
             "You have received a new message from University of Texas Health Science Center at San Antonio "
             "Program (Family Medicine).",
             "Sign in to MyERAS and open Messages to read it."],
         must=["University of Texas Health Science Center at San Antonio Program"])
    c = ("Villarreal, Priscilla", "villarrealp3@uthscsa.edu")
    txt = f"""Hello Ana,

We're looking forward to Friday! Your itinerary for {wmd3(d1)} is below (all times Central).

Zoom "home room": https://uthscsa.zoom.us/j/93871066120  Passcode: FCM2027

7:45  Log in
8:00  Welcome - Dr. Ramos, Program Director
8:30  Our continuity clinics at University Health and the Robert B. Green campus
9:15  Interviews 1-4 (you'll be moved between breakout rooms)
11:15 Resident panel
12:15 Lunch break
12:45 Wrap-up and questions

Last week's group said the Thursday evening social was the best part - this week's is tomorrow (Thursday,
November 5) at 6:00 PM, same Zoom link. It's optional and not part of your evaluation.

Priscilla Villarreal
Residency Coordinator, Department of Family and Community Medicine
Joe R. and Teresa Lozano Long School of Medicine
The University of Texas Health Science Center at San Antonio
7703 Floyd Curl Drive, MC 7794, San Antonio, TX 78229-3900"""
    coord("2026-11-04 15:30", "uthscsa-fcm-friday-interview-itinerary", L, "reminder", c,
          "Friday 11/6 interview - Zoom link & itinerary", txt, idates=[d1],
          must=["The University of Texas Health Science Center at San Antonio", "FCM2027"])


def uthscsa_psy():
    txt = """Dear Applicant,

Thank you for your interest in the UTHSCSA Psychiatry Residency Program and for the time you put into your
application.

This year we received more than 1,300 applications for our categorical positions. After careful review, we
regret that we are unable to extend an interview invitation to you this season. Because of the volume of
applications, we are not able to provide individual feedback.

We recognize the effort behind every application and wish you success in the Match.

Sincerely,

Psychiatry Residency Selection Committee
Dept. of Psychiatry & Behavioral Sciences | UT Health SA
psychres@uthscsa.edu"""
    mail("2026-11-12 14:45", "uthscsa-psychiatry-residency-application-status", "uthscsa-psy", "rejection",
         ("UTHSCSA Psychiatry Residency", "psychres@uthscsa.edu"), "UTHSCSA Psychiatry Residency - Application Status",
         txt + "\n", must=["UTHSCSA", "unable to extend an interview invitation"])


def ut_tyler_fm():
    L = "uttyler-fm"
    prog = "UT Tyler Health Science Center - Family Medicine Residency (Tyler)"
    d1, d2, d3 = D("2026-11-17"), D("2026-12-01"), D("2027-01-12")
    th_invite("2026-10-19 13:00", "thalamus-invitation-ut-tyler-family-medicine", L, prog, [
        "Thank you for applying to the Family Medicine Residency in Tyler. We are happy to invite you to a virtual "
        "interview.",
        "Our residents train at UT Health Tyler and our continuity clinic on the Health Science Center campus, with "
        "rotations across East Texas.",
        "Please note: our Rural Family Medicine Residency in Pittsburg participates in the Match separately and "
        "conducts its own interviews. This invitation is for the Tyler program only."],
        [d1, d2, d3], token="7aa0c35e-utt-fm",
        signer="Family Medicine Residency\nThe University of Texas at Tyler Health Science Center\nUT Tyler School "
               "of Medicine",
        must=["The University of Texas at Tyler Health Science Center", "Pittsburg"])
    th_booked("2026-10-19 13:25", "thalamus-confirmed-ut-tyler-family-medicine", L, prog, d1, "08:00", "12:30",
              "Virtual", "Zoom", uid="thl-93b0d6c8-utt-fm")
    c = ("Bui, Hannah", "hannah.bui@uttyler.edu")
    rem = f"""Hi Ana,

Quick reminder that your interview with the UT Tyler Family Medicine Residency is tomorrow, {wmd(d1)}.

Link: https://uttyler.zoom.us/j/86024477319 (passcode 903fm)
Please join by 7:45 AM. Have a copy of your CV handy - one of our faculty likes to ask about it.

We're excited to host you!

Hannah Bui
Residency Coordinator | Family Medicine - Tyler
UT Tyler School of Medicine | 11937 U.S. Hwy 271, Tyler, TX 75708"""
    coord("2026-11-16 10:05", "ut-tyler-fm-interview-tomorrow", L, "reminder", c,
          "Reminder: UT Tyler FM interview tomorrow", rem, idates=[d1], must=["903fm"])


def ut_tyler_rural_fm():
    L = "uttyler-rural-fm"
    prog = "UT Tyler Rural Family Medicine Residency - Pittsburg, TX"
    d1, d2, d3 = D("2027-01-26"), D("2027-02-09"), D("2027-02-16")
    ib("2027-01-08 09:30", "interview-broker-invitation-ut-tyler-rural-fm-pittsburg", L, "invitation", prog,
       f"Invitation to Interview: {prog}", [
           "Congratulations! The Rural Family Medicine Residency in Pittsburg, Texas, a program of The University "
           "of Texas at Tyler Health Science Center, invites you to interview for a PGY-1 position.",
           "Interviews are in person in Pittsburg. Your day includes breakfast with the faculty, interviews, a tour "
           "of UT Health Pittsburg and our clinic, and lunch with our residents. This is a separate program with a "
           "separate NRMP code from our Tyler residency.",
           "Please choose your date within 7 days (by January 15, 2027). Dates are limited to four applicants each."],
       rows=[("Dates offered", f"{wmdy3(d1)} | {wmdy3(d2)} | {wmdy3(d3)}"), ("Format", "In person"),
             ("Location", "UT Health Pittsburg, 2701 US Hwy 271 N, Pittsburg, TX 75686")],
       button=("https://www.interviewbroker.com/applicant/select/utt-rural-fm-2027-q81x", "Choose My Date"),
       idates=[d1, d2, d3], deadline="2027-01-15", must=["Pittsburg"])
    ib("2027-01-09 07:45", "interview-broker-confirmation-ut-tyler-rural-fm", L, "scheduled", prog,
       f"Interview Confirmed: {prog}", [
           f"You are confirmed to interview on {full(d2)}.",
           "Arrive by 8:30 AM Central at the main entrance of UT Health Pittsburg. Free parking is in the east lot."],
       rows=[("Date", full(d2)), ("Time", "8:30 AM - 2:00 PM Central"), ("Format", "In person")],
       button=("https://www.interviewbroker.com/applicant/my-interviews", "Manage Interview"), idates=[d2],
       cal=ics("ib-utt-rural-fm-20270209-4471", at(d2, "08:30"), 330, "Interview - UT Tyler Rural FM (Pittsburg)",
               "UT Health Pittsburg, 2701 US Hwy 271 N, Pittsburg, TX 75686", "In-person residency interview",
               organizer=IB, mode="utc", prodid="-//Interview Broker//EN"))
    c = ("Mott, Sheila", "sheila.mott@uttyler.edu")
    txt = f"""Hi Ana,

We're looking forward to next Tuesday, February 9! A few practical notes for your visit to Pittsburg:

* Pittsburg is about an hour north of Tyler on US-271. If you're coming the night before, the Hampton Inn in
  Mount Pleasant is the closest chain hotel (we don't have a block, sorry!).
* Breakfast is at 8:30 in the 2nd floor conference room. Dr. Haddad and Dr. Pennington will join you.
* We'll drive out to see one of our community clinics - wear comfortable shoes.
* Lunch with the residents is at the clinic; we finish around 2:00 PM.

I know you met our Tyler faculty back in November. The rural program ranks separately, so nothing from that
day carries over - we're excited to get to know you on our own turf.

Sheila Mott
Program Coordinator | Rural Family Medicine Residency - Pittsburg
The University of Texas at Tyler Health Science Center
903-555-0128"""
    coord("2027-02-02 13:10", "ut-tyler-rural-fm-pittsburg-visit-details", L, "info", c,
          "Your Pittsburg interview day - details", txt, idates=[d2], must=["Pittsburg"])


def utmb_psy():
    L = "utmb-psy"
    prog = "UTMB Health - Psychiatry Residency (Galveston)"
    d1, d2, d3 = D("2026-11-02"), D("2026-11-16"), D("2026-12-14")
    th_invite("2026-10-07 09:00", "thalamus-invitation-utmb-psychiatry", L, prog, [
        "The Department of Psychiatry & Behavioral Sciences is delighted to invite you to interview for our "
        "categorical Psychiatry Residency.",
        "All interviews will be conducted virtually on Mondays. A detailed itinerary will be e-mailed one week "
        "before your interview date."],
        [d1, d2, d3], token="e6a1b097-utmb-psy",
        signer="Department of Psychiatry & Behavioral Sciences\nThe University of Texas Medical Branch at Galveston",
        must=["The University of Texas Medical Branch at Galveston"])
    th_booked("2026-10-07 09:18", "thalamus-confirmed-utmb-psychiatry", L, prog, d1, "08:00", "13:00", "Virtual",
              "Zoom", uid="thl-0f4be1a9-utmb-psy")
    c = ("Nguyen, Tram", "trnguyen@utmb.edu")
    txt = f"""Hi Ana,

Attached below is your itinerary for next Monday ({sl(d1)}). Zoom: https://utmb.zoom.us/j/99128345067 (PW: galv26)

8:00  Welcome, Dr. Boudreaux (PD)
8:30  "A day at UTMB Psych" - residents walk you through JSH, the CMC/TDCJ Hospital Galveston service and our
      League City and Clear Lake outpatient clinics
9:30  Interviews x3
11:00 Chief residents
11:45 Lunch w/ PGY-1s
12:45 Closing

If anything changes on your end, please let me know ASAP.

Tram Nguyen | Residency Coordinator | UTMB Psychiatry
301 University Blvd, Galveston TX 77555 | 409-555-0117"""
    coord("2026-10-26 15:00", "utmb-psych-interview-itinerary", L, "info", c,
          f"UTMB Psych interview day {sl(d1)} - itinerary", txt, idates=[d1], must=["UTMB", "galv26"])


def mcgovern_psy():
    L = "mcgovern-psy"
    prog = "McGovern Medical School at UTHealth Houston - Psychiatry"
    d1, d2, d3 = D("2026-10-27"), D("2026-11-10"), D("2026-12-15")
    th_invite("2026-09-30 10:00", "thalamus-invitation-mcgovern-psychiatry", L, prog, [
        "Congratulations! The Louis A. Faillace, MD, Department of Psychiatry and Behavioral Sciences at McGovern "
        "Medical School at UTHealth Houston invites you to interview for our General Psychiatry Residency.",
        "Our residents train at the UTHealth Harris County Psychiatric Center, Harris Health's Lyndon B. Johnson "
        "Hospital, Memorial Hermann-Texas Medical Center and UT Physicians clinics.",
        "Interviews are virtual. Please schedule at your earliest convenience."],
        [d1, d2, d3], token="b2e78c41-mcg-psy", must=["McGovern Medical School at UTHealth Houston"])
    th_booked("2026-09-30 10:11", "thalamus-confirmed-mcgovern-psychiatry", L, prog, d1, "08:00", "12:00",
              "Virtual", "Zoom", uid="thl-68a3d5f0-mcg-psy")
    th_reminder("2026-10-26 08:00", "thalamus-reminder-mcgovern-psychiatry", L, prog, d1, "08:00",
                "https://uthealth.zoom.us/j/97053318841", extra="Message from the program: please have your camera "
                "on and join 10 minutes early. Dress is business casual.")
    me("2026-10-27 17:30", "sent-thank-you-mcgovern-psychiatry", L, "info",
       ("McGovern Psychiatry Residency", "psychiatry.residency@uth.tmc.edu"), "Thank you - Psychiatry interview",
       "Dear Dr. Huynh and the McGovern Psychiatry team,\n\nThank you for today's interview. I especially "
       "appreciated the residents' candor about HCPC call and how the program handled it, and Dr. Oduya's "
       "description of the first-episode psychosis clinic.\n\nI'm grateful for the chance to learn about your "
       "program.\n\nSincerely,\nAna Lucía Cárdenas")


def dell_psy():
    L = "dell-psy"
    prog = "Dell Medical School at The University of Texas at Austin - Psychiatry"
    th_note("2026-10-20 11:00", "thalamus-waitlist-dell-med-psychiatry", L, "waitlist", prog,
            "Interview Waitlist - Psychiatry Residency", [
                "Thank you for applying to the Psychiatry Residency at Dell Medical School. Our interview dates are "
                "currently full, and we have placed you on our interview waitlist.",
                "Our waitlist is pooled: when a spot opens, everyone on the waitlist receives an e-mail at the same "
                "moment and the first applicant to accept in Thalamus gets the date.",
                "We appreciate your interest in training in Austin."],
            button=("https://app.thalamusgme.com/applicant/waitlists", "View Waitlist Status"),
            must=["waitlist"])
    c = ("Dell Med Psychiatry Residency", "psychiatryresidency@austin.utexas.edu")
    me("2026-11-30 20:10", "sent-letter-of-interest-dell-med-psychiatry", L, "info", c,
       "Continued interest - Ana Cárdenas, AAMC 16483027",
       "Dear Dr. Whitaker and the selection committee,\n\nI am on your interview waitlist and wanted to share how "
       "much I would value the chance to interview at Dell Med. I grew up in Pflugerville, my mother still works "
       "at Dell Seton, and the Integrated Care Collaboration model you have built with CommUnityCare is the kind "
       "of primary-care psychiatry I hope to practice.\n\nSince applying I completed an acting internship in "
       "consultation-liaison psychiatry and presented a poster at the Texas Society of Psychiatric Physicians "
       "meeting.\n\nThank you for considering me.\n\nSincerely,\nAna Lucía Cárdenas")
    txt = """Dear Ana,

Thank you for your patience and for your kind note in November. Our interview season has now concluded and we
are releasing everyone who remained on our interview waitlist. We are sorry that we were not able to offer you
an interview this year.

We truly appreciated your interest in Austin and in the Department of Psychiatry at Dell Medical School at The
University of Texas at Austin, and we wish you every success in the Match.

Sara Delgado
Residency Program Manager, Psychiatry
Dell Medical School | The University of Texas at Austin"""
    coord("2027-01-15 16:20", "dell-med-psychiatry-waitlist-update", L, "rejection",
          ("Delgado, Sara", "sara.delgado@austin.utexas.edu"), "Psychiatry Residency Waitlist - Final Update", txt,
          must=["Dell Medical School at The University of Texas at Austin"])


def utrgv_fm():
    txt = """Dear Ms. Cárdenas,

Thank you for applying to the Family Medicine Residency Program of The University of Texas Rio Grande Valley
School of Medicine at Knapp Medical Center in Weslaco.

We have completed our review and have filled all of our interview dates. Unfortunately we are unable to offer
you an interview for the 2027 Match.

We wish you the very best.

Residency Selection Committee
UTRGV Family Medicine Residency - Weslaco
fmresidency@utrgv.edu | 956-555-0108"""
    coord("2026-12-04 09:30", "utrgv-family-medicine-application-decision", "utrgv-fm", "rejection",
          ("UTRGV FM Residency", "fmresidency@utrgv.edu"), "Application Decision - UTRGV Family Medicine Residency",
          txt, html=False, must=["The University of Texas Rio Grande Valley School of Medicine"])


def christus_tyler_fm():
    L = "christus-tyler-fm"
    prog = "CHRISTUS Mother Frances Hospital - Tyler | Family Medicine Residency"
    d1, d2, d3 = D("2027-01-19"), D("2027-01-21"), D("2027-01-26")
    ib("2026-11-18 12:00", "interview-broker-invitation-christus-tyler-family-medicine", L, "invitation", prog,
       "You're invited to interview - CHRISTUS Tyler Family Medicine", [
           "Thank you for applying to the Family Medicine Residency at CHRISTUS Mother Frances Hospital \u2013 "
           "Tyler. We would be honored to have you interview with us.",
           "Interviews are virtual. Please select one of the dates below; each date is capped at eight applicants."],
       rows=[("Interview dates", f"{wmdy3(d1)}; {wmdy3(d2)}; {wmdy3(d3)}"), ("Format", "Virtual (Zoom)"),
             ("Time", "8:00 AM - 12:00 PM Central")],
       button=("https://www.interviewbroker.com/applicant/select/ctmf-fm-2027-b7k2", "Schedule Interview"),
       idates=[d1, d2, d3], sign="CHRISTUS Mother Frances Hospital \u2013 Tyler\nFamily Medicine Residency Program",
       must=["CHRISTUS Mother Frances Hospital \u2013 Tyler"])
    ib("2026-11-18 12:20", "interview-broker-confirmation-christus-tyler-family-medicine", L, "scheduled", prog,
       "Interview Confirmation - CHRISTUS Tyler Family Medicine", [
           f"Your interview is confirmed for {full(d1)}, 8:00 AM - 12:00 PM Central, via Zoom.",
           "Your Zoom link will be sent by the program coordinator a few days before your interview."],
       idates=[d1],
       cal=ics("ib-ctmf-fm-20270119-2093", at(d1, "08:00"), 240, "CHRISTUS Tyler FM Residency Interview", "Zoom",
               "Virtual residency interview", organizer=IB, mode="utc", prodid="-//Interview Broker//EN"))
    ib("2026-12-28 17:05", "interview-broker-cancelled-christus-tyler-family-medicine", L, "cancellation", prog,
       "Interview Cancelled - CHRISTUS Tyler Family Medicine", [
           f"You have cancelled your interview scheduled for {full(d1)}.",
           "The program has been notified. If this was a mistake, contact the program directly; your original date "
           "may no longer be available."],
       cal=ics("ib-ctmf-fm-20270119-2093", at(d1, "08:00"), 240, "CHRISTUS Tyler FM Residency Interview", "Zoom",
               "Cancelled", organizer=IB, mode="utc", method="CANCEL", status="CANCELLED", seq=1,
               prodid="-//Interview Broker//EN"), must=["cancelled"])
    me("2026-12-28 17:20", "sent-cancelling-christus-tyler-fm-interview", L, "cancellation",
       ("Whitley, Dana", "dana.whitley@christushealth.org"), "Cancelling my January 19 interview",
       "Dear Ms. Whitley,\n\nI just cancelled my interview for Tuesday, January 19 through Interview Broker and "
       "wanted to write to you personally as well. After finishing most of my interviews I have a clear picture "
       "of where I plan to rank, and it isn't fair to hold a date another applicant could use.\n\nThank you for "
       "the invitation and for your kindness, and I'm sorry for any inconvenience over the holidays.\n\n"
       "Sincerely,\nAna Cárdenas")


def christus_spohn_fm():
    L = "christus-spohn-fm"
    prog = "CHRISTUS Spohn Family Medicine Residency - Corpus Christi"
    d1, d2, d3 = D("2026-11-20"), D("2026-12-04"), D("2026-12-18")
    ib("2026-10-23 10:15", "interview-broker-invitation-christus-spohn-family-medicine", L, "invitation", prog,
       f"Interview Invitation: {prog}", [
           "We are pleased to invite you to an in-person interview with the Family Medicine Residency Program of "
           "CHRISTUS Spohn Health System in Corpus Christi.",
           "The interview day begins at CHRISTUS Spohn Hospital Corpus Christi \u2013 Shoreline. The evening "
           "before each interview day, residents host an optional dinner downtown.",
           "A discounted room block is available at the Omni Corpus Christi Hotel for the night before your "
           "interview (code SPOHNFM)."],
       rows=[("Interview dates", f"{wmdy3(d1)} / {wmdy3(d2)} / {wmdy3(d3)}"), ("Format", "In person"),
             ("Location", "CHRISTUS Spohn Hospital Corpus Christi \u2013 Shoreline, 600 Elizabeth St.")],
       button=("https://www.interviewbroker.com/applicant/select/spohn-fm-2027-h3v9", "Select a Date"),
       idates=[d1, d2, d3], sign="CHRISTUS Spohn Health System\nFamily Medicine Residency Program",
       must=["CHRISTUS Spohn Health System"])
    ib("2026-10-23 10:40", "interview-broker-confirmation-christus-spohn-family-medicine", L, "scheduled", prog,
       f"Confirmed: {prog} Interview", [
           f"You're confirmed for an in-person interview on {full(d1)} at 7:30 AM Central.",
           "Check in at the Shoreline main lobby. The coordinator will e-mail a detailed itinerary the week of "
           "your interview."],
       rows=[("Date", full(d1)), ("Arrival", "7:30 AM"), ("Format", "In person")], idates=[d1],
       cal=ics("ib-spohn-fm-20261120-7755", at(d1, "07:30"), 360, "CHRISTUS Spohn FM Interview",
               "CHRISTUS Spohn Hospital Corpus Christi - Shoreline, 600 Elizabeth St, Corpus Christi TX",
               "In-person interview", organizer=IB, mode="utc", prodid="-//Interview Broker//EN"))
    c = ("Salinas, Veronica", "veronica.salinas@christushealth.org")
    txt = f"""Hi Ana!

We can't wait to welcome you to Corpus Christi this week. Here's the plan:

THURSDAY, November 19 - resident dinner (optional, casual)
6:30 PM at Water Street Oyster Bar, 309 N. Water St. Ask for the Spohn FM table. Residents only - no faculty,
no evaluation, just good seafood.

FRIDAY, {md(d1).upper()} - interview day
7:30 AM  Check in at the Shoreline main lobby (park in the visitor garage on Elizabeth St.; bring your ticket
         for validation)
7:45     Breakfast with Dr. Treviño, PD
8:30     Interviews
10:30    Tour: Shoreline, the Family Health Center, our Alice rural site (virtual)
12:00    Lunch with residents
1:30     Done!

My cell is 361-555-0145 if you get lost.

Veronica Salinas
Residency Coordinator | Family Medicine
CHRISTUS Spohn Health System | 2606 Hospital Blvd., Corpus Christi, TX 78405"""
    coord("2026-11-18 14:00", "christus-spohn-fm-interview-weekend-plans", L, "reminder", c,
          "Friday's interview + Thursday dinner details", txt, idates=[d1], must=["Water Street"])


def christus_sr_fm():
    txt = """Dear Ana Cárdenas,

Thank you for your interest in the CHRISTUS Santa Rosa Health System Family Medicine Residency Program at
Westover Hills.

Our interview schedule for this recruitment season is now complete. We regret that we are unable to offer you
an interview. We received many outstanding applications and our decisions were difficult.

We wish you success in your medical career.

Leticia Garza
Program Coordinator
CHRISTUS Santa Rosa Family Medicine Residency - Westover Hills
San Antonio, Texas"""
    coord("2026-12-02 16:40", "christus-santa-rosa-fm-residency-interview-status", "christus-sr-fm", "rejection",
          ("Garza, Leticia", "leticia.garza@christushealth.org"), "CHRISTUS Santa Rosa FM Residency", txt, html=False,
          must=["CHRISTUS Santa Rosa Health System"])


def build():
    tamu_fm()
    bsw_round_rock_fm()
    bsw_temple_psy()
    bumc_ty()
    uthscsa_fm()
    uthscsa_psy()
    ut_tyler_fm()
    ut_tyler_rural_fm()
    utmb_psy()
    mcgovern_psy()
    dell_psy()
    utrgv_fm()
    christus_tyler_fm()
    christus_spohn_fm()
    christus_sr_fm()
