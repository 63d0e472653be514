"""Programs in Iowa, Illinois, Wisconsin and Minnesota."""
from kit import (CT, ET, D, NAME, FIRST, ADDR, ME, SIG, SIG2, at, coord, full, fulln, gq, ical, mail, md, mdy,
                 me, num, oq, short, shorty, slash, clock, shell, e, btn, table, a)
from plat import TH, th_invite, th_booked, th_remind, th_note, eras, ib, PT, UTC

P = "Pediatrics"


def iowa():
    c = ("Kelsey Brandt", "kelsey-brandt@uiowa.edu")
    d1, d2, d3 = D("2026-10-16"), D("2026-10-23"), D("2026-10-30")
    inv_t = f"""Dear Marisol,

Congratulations! On behalf of Dr. Ruth Vanderploeg and the selection committee, I'm delighted to invite you
to interview with the University of Iowa Pediatric Residency Program at
University of Iowa Stead Family Children's Hospital.

As a Carver student you are welcome to interview in person in Iowa City (our other applicants interview
virtually). Our interview days this fall are:

  - Friday, October 16
  - Friday, October 23
  - Friday, October 30

Please reply to this e-mail with your first and second choice by Monday, October 5 at noon. Days run
7:45 a.m. to 1:30 p.m. and start in the Pomerantz Family Pavilion lobby.

Please note this invitation is for our categorical Pediatrics program only. The UI Internal Medicine-
Pediatrics program sends its own invitations through ERAS.

Warmly,
Kelsey Brandt
Residency Program Coordinator | Department of Pediatrics
University of Iowa Health Care | University of Iowa Hospitals & Clinics
200 Hawkins Dr., Iowa City, IA 52242 | 319-555-0162"""
    m1 = coord("2026-10-01 10:12", "uiowa-pediatrics-interview-invitation", "iowa-peds", "invitation", c,
               "UI Pediatrics Residency – Interview Invitation", inv_t, idates=[d1, d2, d3],
               deadline="2026-10-05", must=["Stead Family Children's Hospital"])
    m2 = me("2026-10-01 21:40", "sent-re-uiowa-pediatrics-interview-invitation", "iowa-peds", "scheduled", c,
            "Re: UI Pediatrics Residency – Interview Invitation",
            "Hi Kelsey,\n\nThank you so much, I'm thrilled! My first choice would be Friday, October 23, and my "
            "second choice Friday, October 30. I'll plan to be there in person.\n\nBest,\nMarisol",
            irt=m1, quote=gq("2026-10-01 10:12", *c, inv_t), idates=[d2], sig=SIG2)
    cf = f"""Hi Marisol,

You're confirmed for Friday, October 23, 2026 (in person). A calendar hold is attached. I'll send the
itinerary and resident pairing the week of the interview.

Kelsey

Kelsey Brandt | Residency Program Coordinator
Department of Pediatrics, University of Iowa Stead Family Children's Hospital"""
    m3 = coord("2026-10-02 08:31", "re-uiowa-pediatrics-interview-confirmed", "iowa-peds", "scheduled", c,
               "RE: UI Pediatrics Residency – Interview Invitation", cf, irt=m2, idates=[d2],
               cal=ical("uihc-peds-20261023-haugen", at(d2, "07:45"), 345,
                        "UI Pediatrics Residency Interview", "Pomerantz Family Pavilion, 200 Hawkins Dr, Iowa City",
                        "In-person interview day", organizer=c))
    it = """Good morning, Marisol!

Here is your itinerary for tomorrow, Friday, October 23. Please check in at the Pomerantz Family Pavilion
lobby at 7:45 a.m.; Dr. Gaines will walk you to the conference room on level 10 of the Stead Family
Children's Hospital.

7:45   Breakfast and welcome – Dr. Vanderploeg
8:30   Interviews (Dr. Gaines, Dr. Oyelaran, Dr. Pham)
10:30  Tour: Stead Family Children's Hospital, NICU, UI Health Care–Iowa River Landing clinic
12:00  Lunch with residents (your resident buddy is Dr. Josie Kramer, PGY-2)
1:30   Wrap-up

Parking: Ramp 3 off Hawkins Drive; bring the ticket and we will validate it.

See you tomorrow!
Kelsey"""
    coord("2026-10-22 13:05", "uiowa-pediatrics-itinerary-tomorrow", "iowa-peds", "reminder", c,
          "Itinerary for tomorrow – UI Pediatrics interview day", it, idates=[d2], must=["Ramp 3"])
    me("2026-10-23 19:12", "sent-thank-you-ui-pediatrics", "iowa-peds", "info",
       [("Ruth Vanderploeg", "ruth-vanderploeg@uiowa.edu")], "Thank you – UI Pediatrics interview",
       "Dear Dr. Vanderploeg,\n\nThank you for a wonderful interview day today. Interviewing at home felt "
       "different from my virtual days – I saw the residents I have worked with on the wards in a new light, and "
       "the conversation about the Iowa River Landing continuity clinic confirmed how much I want to train "
       "here.\n\nWith gratitude,\nMarisol", cc=[c])

    # ---- Iowa Med-Peds through the ERAS scheduler + a coordinator note
    mp1 = D("2026-10-21"), D("2026-10-28"), D("2026-11-04")
    eras("2026-10-02 15:47", "myeras-new-interview-invitation", "iowa-mp", "invitation",
         "Interview Invitation – University of Iowa Hospitals & Clinics Program",
         ["You have received an interview invitation from the following program:",
          "University of Iowa Hospitals & Clinics Program - Internal Medicine/Pediatrics (Categorical)",
          "Interview dates offered: " + "; ".join(full(x) for x in mp1) + ".",
          "Schedule a date in the ERAS interview scheduler. Freeze date: October 14, 2026.",
          "Interview invitations are sent by programs; please contact the program with questions."],
         idates=list(mp1), must=["Internal Medicine/Pediatrics"])
    eras("2026-10-02 16:03", "myeras-interview-scheduled", "iowa-mp", "scheduled",
         "Interview Scheduled – University of Iowa Hospitals & Clinics Program",
         ["You have scheduled the following interview:",
          "Program: University of Iowa Hospitals & Clinics Program - Internal Medicine/Pediatrics",
          f"Date: {full(mp1[1])}", "Session: 8:00 AM - 12:30 PM (Central)",
          "If you need to cancel, you may do so in MyERAS until the freeze date."], idates=[mp1[1]])
    coord("2026-10-26 09:20", "ui-med-peds-zoom-details", "iowa-mp", "reminder",
          ("Trent Hollis", "trent-hollis@uiowa.edu"), "Med-Peds interview Wednesday – Zoom link",
          f"""Hi Marisol,

We're looking forward to Wednesday, October 28! Even though you are local, the Med-Peds day is virtual for
everyone this year. Your Zoom room: https://uiowa.zoom.us/j/95550182214 (passcode medpeds).

8:00 Welcome – Dr. Ostrowski (IM) and Dr. Lalla (Peds)
8:30 Interviews
11:00 Residents' hour (Iowa City VA, UIHC, and Stead Family Children's Hospital residents)

I know you already met our Pediatrics folks on the 23rd; this is a separate interview and they do not share
scores with us.

Trent Hollis
Program Coordinator, Internal Medicine–Pediatrics Residency
University of Iowa Hospitals & Clinics | Carver College of Medicine""", idates=[mp1[1]])


def blank():
    c = ("Jody Ferreira", "jody.ferreira@unitypoint.org")
    link = "https://calendly.com/blankpedsresidency/interview-day"
    t = f"""Dear Dr.-to-be Haugen,

Thank you for applying to the Blank Children's Hospital Pediatric Residency. We would love to meet you!
Our program is sponsored by UnityPoint Health – Des Moines and rotates at Blank Children's Hospital and
Iowa Methodist Medical Center, with community clinics across Polk County.

Interviews are in person in Des Moines on Tuesday, October 27; Thursday, November 5; and Tuesday,
November 17. Pick a day with our Calendly page: {link}

Spots are first come, first served. Let me know if none of the dates work.

Jody Ferreira
Pediatric Residency Coordinator
Blank Children's Hospital | UnityPoint Health – Des Moines
1200 Pleasant St, Des Moines, IA 50309"""
    days = [D("2026-10-27"), D("2026-11-05"), D("2026-11-17")]
    coord("2026-10-12 11:44", "blank-childrens-pediatric-interview", "blank-peds", "invitation", c,
          "Interview Invitation – Blank Children's Pediatric Residency", t, idates=days,
          must=["UnityPoint Health – Des Moines"])
    d = days[1]
    ct = f"""Hi Marisol Haugen,

A new event has been scheduled.

Event Type: Blank Children's Pediatric Residency – In-Person Interview Day
Invitee: Marisol Haugen
Invitee Email: {ADDR}
Event Date/Time: 8:00am - 2:00pm (Central Time - US & Canada) on {full(d)}
Location: Blank Children's Hospital, 1200 Pleasant St, Des Moines, IA (Education Center, 2nd floor)

Need to make changes to this event? Cancel: https://calendly.com/cancellations/5f2a8e31  Reschedule:
https://calendly.com/reschedulings/5f2a8e31

Powered by Calendly.com"""
    h = shell([e(x) for x in ct.split("\n\n")], top="<b>Calendly</b>", color="#006bff")
    mail("2026-10-12 12:09", "calendly-new-event-blank-childrens", "blank-peds", "scheduled",
         ("Calendly", "notifications@calendly.com"),
         f"Confirmed: Blank Children's Pediatric Residency – In-Person Interview Day with Jody Ferreira on {full(d)}",
         ct, h, tz=UTC, idates=[d], reply_to=c,
         cal=ical("calendly-5f2a8e31", at(d, "08:00"), 360, "Blank Children's Pediatric Residency Interview",
                  "1200 Pleasant St, Des Moines, IA", "In-person interview day"))
    me("2026-11-05 20:30", "sent-thank-you-blank-childrens", "blank-peds", "info", c,
       "Thank you from Marisol Haugen",
       "Hi Jody,\n\nThank you for organizing such a smooth day at Blank today, and please pass my thanks to "
       "Dr. Yoder and the residents. The Iowa Methodist tour and the Polk County clinic model were highlights."
       "\n\nBest,\nMarisol")


def lurie():
    prog = "Ann & Robert H. Lurie Children's Hospital of Chicago - Pediatrics"
    th_note("2026-10-28 13:00", "thalamus-waitlist-notification", "lurie-peds", "waitlist", prog,
            "Waitlist update from Lurie Children's Pediatric Residency",
            ["Thank you for your interest in the Pediatric Residency Program at Ann & Robert H. Lurie Children's "
             "Hospital of Chicago and Northwestern University Feinberg School of Medicine.",
             "All of our current interview dates are full, and we have placed you on our waitlist. Our waitlist is "
             "pooled: when a date opens, everyone on it is notified through Thalamus at the same time and the first "
             "applicant to accept receives the spot.",
             "You do not need to do anything right now. Please keep Thalamus notifications turned on."])
    c = ("Dana Whitlock", "dwhitlock@luriechildrens.org")
    d = D("2027-01-19")
    t = f"""Hi Marisol,

Good news – a spot has opened on our Tuesday, January 19 virtual interview day and we would like to offer it
to you from the waitlist. Because this is a late-season date we are reaching out directly instead of
releasing it to the pooled list.

Please reply by 5:00 p.m. Central on Monday, January 11 to accept. Once you accept, I will add you in
Thalamus and you will receive the confirmation there.

Just so you know: this is the Lurie Children's categorical Pediatrics program. The Northwestern Med-Peds
program (McGaw, Northwestern Memorial Hospital) is separate and does its own scheduling.

Dana Whitlock
Program Coordinator, Pediatric Residency
Ann & Robert H. Lurie Children's Hospital of Chicago
225 E. Chicago Ave., Box 16, Chicago, IL 60611"""
    m = coord("2027-01-08 14:26", "lurie-pediatrics-waitlist-spot-offer", "lurie-peds", "invitation", c,
              "Interview spot available – Lurie Children's Pediatrics", t, idates=[d], deadline="2027-01-11")
    r = me("2027-01-08 14:51", "sent-re-lurie-interview-spot", "lurie-peds", "scheduled", c,
           "Re: Interview spot available – Lurie Children's Pediatrics",
           "Hi Dana,\n\nYes, I would love to accept the Tuesday, January 19 spot. Thank you for thinking of me!"
           "\n\nMarisol", irt=m, quote=gq("2027-01-08 14:26", *c, t), idates=[d], sig=SIG2)
    th_booked("2027-01-08 16:02", "thalamus-interview-scheduled", "lurie-peds", prog, d, "08:00", "13:00",
              "Virtual", "Zoom (link sent the day before)", uid="th-lurie-0119-mh",
              note="The program added you to this date from its waitlist.")
    th_remind("2027-01-18 09:00", "thalamus-interview-reminder", "lurie-peds", prog, d, "08:00", "Virtual",
              "https://luriechildrens.zoom.us/j/92555014471")
    me("2027-01-19 18:44", "sent-thank-you-lurie-pediatrics", "lurie-peds", "info", c,
       "Thank you – Lurie Pediatrics interview",
       "Hi Dana,\n\nThank you again for offering me the spot. I really enjoyed today, especially meeting the "
       "advocacy-track residents and hearing about the Uptown and Humboldt Park continuity clinics.\n\nBest,\n"
       "Marisol")


def uchi():
    t = """Dear Marisol,

Thank you for applying to the Pediatric Residency Program at the University of Chicago Medicine Comer
Children's Hospital. We received an exceptional number of applications this year, and we regret that we are
unable to offer you an interview.

We wish you every success in the Match.

Sincerely,
Pediatric Residency Selection Committee
UChicago Medicine | Comer Children's Hospital
5721 S. Maryland Ave., Chicago, IL 60637

This message was sent from an unmonitored mailbox."""
    coord("2026-10-30 16:00", "uchicago-comer-pediatrics-application-update", "uchi-peds", "rejection",
          ("UChicago Pediatrics Residency", "peds.residency@bsd.uchicago.edu"),
          "Your application to UChicago Medicine Pediatrics", t)


def uic():
    prog = "University of Illinois College of Medicine at Chicago - Pediatrics"
    dd = [D("2026-10-13"), D("2026-10-20"), D("2026-11-10"), D("2026-12-08")]
    th_invite("2026-09-30 13:00", "thalamus-interview-invitation", "uic-peds", prog,
              ["The Department of Pediatrics at UI Health (University of Illinois Hospital & Health Sciences "
               "System) is pleased to invite you to interview for our categorical Pediatrics residency.",
               "Our residents train at the University of Illinois Hospital, Mile Square Health Center and "
               "Advocate Illinois Masonic Medical Center's pediatric unit. Please schedule within 72 hours."],
              dd, url="https://app.thalamusgme.com/invite/uic-peds-7731", signer="Lorena Gutiérrez\nUIC Pediatrics",
              deadline="2026-10-03", must=["UI Health"])
    th_booked("2026-09-30 13:06", "thalamus-interview-scheduled", "uic-peds", prog, dd[1], "08:30", "13:30",
              "Virtual", "Zoom", uid="th-uicpeds-1020-mh")
    th_remind("2026-10-19 09:00", "thalamus-interview-reminder", "uic-peds", prog, dd[1], "08:30", "Virtual",
              "https://uic.zoom.us/j/93555120418",
              extra="Please be logged on 10 minutes early for the welcome from Dr. Mensah.")
    # UIC Med-Peds: coordinator mail with the Thalamus link, then Thalamus confirmation
    c = ("Sam Petrakis", "spetra2@uic.edu")
    md_ = [D("2026-10-22"), D("2026-11-12"), D("2026-12-03")]
    t = f"""Dear Marisol,

Congratulations – the UIC Internal Medicine–Pediatrics Residency would like to invite you to interview!
We are a small combined program (8 residents per class) at the University of Illinois Hospital, with adult
rotations at the Jesse Brown VA Medical Center and pediatric rotations at UI Health and Advocate Children's
Hospital – Oak Lawn for PICU.

Our dates: Thursday, October 22; Thursday, November 12; Thursday, December 3. All virtual.

Please use this link to select your date in Thalamus: https://app.thalamusgme.com/invite/uic-medpeds-2290

Warm regards,
Sam Petrakis
Med-Peds Program Coordinator | University of Illinois College of Medicine at Chicago
840 S. Wood St., Suite 440 CSN (MC 718), Chicago, IL 60612"""
    coord("2026-10-01 14:37", "uic-med-peds-interview-invitation", "uic-mp", "invitation", c,
          "UIC Med-Peds Interview Invitation", t, idates=md_, must=["Jesse Brown VA"])
    th_booked("2026-10-01 15:15", "thalamus-interview-scheduled", "uic-mp",
              "University of Illinois College of Medicine at Chicago - Internal Medicine/Pediatrics", md_[0],
              "09:00", "13:00", "Virtual", "Zoom", uid="th-uicmp-1022-mh")
    me("2026-10-22 17:02", "sent-thank-you-uic-med-peds", "uic-mp", "info", c, "Thank you!",
       "Hi Sam,\n\nThank you for coordinating today's Med-Peds interview. Please pass along my thanks to "
       "Dr. Abernathy; I left excited about the Jesse Brown continuity experience.\n\nAll the best,\nMarisol")


def rush():
    prog = "Rush University Medical Center - Pediatrics"
    dd = [D("2026-11-06"), D("2026-11-20"), D("2026-12-11")]
    th_invite("2026-10-22 11:00", "thalamus-interview-invitation", "rush-peds", prog,
              ["Thank you for applying to the Rush Pediatric Residency Program at Rush Children's Hospital. "
               "We are excited to invite you to interview!"], dd,
              url="https://app.thalamusgme.com/invite/rush-peds-5508", must=["Rush Children's Hospital"])
    th_note("2026-10-23 08:15", "thalamus-invitation-declined", "rush-peds", "cancellation", prog,
            "You declined an interview invitation",
            ["This confirms that you declined the interview invitation from Rush University Medical Center - "
             "Pediatrics. The program has been notified. If this was a mistake, please contact the program "
             "directly; declined invitations cannot be re-opened in Thalamus."])
    c = ("Angela Ruiz-Ochoa", "angela_ruiz-ochoa@rush.edu")
    d = D("2026-11-23")
    t = """Hello Marisol,

On behalf of the Rush Internal Medicine-Pediatrics Residency Program, I am pleased to invite you to
a virtual interview. Our residents train at Rush University Medical Center and Rush Children's Hospital,
with ambulatory Med-Peds clinic at Rush and adult rotations at Rush Oak Park Hospital.

Available date: Monday, November 23 (our final Med-Peds date this season).

Schedule in Thalamus: https://app.thalamusgme.com/invite/rush-medpeds-1164

Please note: your Rush Pediatrics and Med-Peds applications are reviewed by different committees.

Angela Ruiz-Ochoa
Program Coordinator, Internal Medicine-Pediatrics
Rush University Medical Center
1620 W. Harrison St., Chicago, IL 60612"""
    coord("2026-10-21 10:18", "rush-med-peds-interview-invitation", "rush-mp", "invitation", c,
          "Rush Med-Peds Interview Invitation", t, idates=[d])
    th_booked("2026-10-21 10:52", "thalamus-interview-scheduled", "rush-mp",
              "Rush University Medical Center - Internal Medicine/Pediatrics", d, "08:00", "12:30", "Virtual",
              "Microsoft Teams", uid="th-rushmp-1123-mh")
    th_remind("2026-11-22 10:00", "thalamus-interview-reminder", "rush-mp",
              "Rush University Medical Center - Internal Medicine/Pediatrics", d, "08:00", "Virtual",
              "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RushMedPeds1123")


def advocate():
    prog = "Advocate Children's Hospital – Oak Lawn Pediatric Residency"
    c = ("Theresa Kowalczyk", "theresa.kowalczyk@aah.org")
    dd = [D("2026-10-19"), D("2026-11-09"), D("2026-11-30")]
    ib("2026-10-13 13:30", "interview-broker-invitation-advocate-oak-lawn", "adv-oaklawn-peds", "invitation", prog,
       "Interview Invitation: Advocate Children's Hospital – Oak Lawn",
       ["Advocate Children's Hospital – Oak Lawn (on the campus of Advocate Christ Medical Center) invites you "
        "to interview for the Pediatric Residency, Categorical track.",
        "Interviews are virtual. Please choose a date within 5 days; dates are filled in the order responses "
        "are received.",
        "Available dates: " + "; ".join(full(x) for x in dd)],
       idates=dd, deadline="2026-10-18", button=("https://www.interviewbroker.com/s/aclo-peds-2027", "Schedule Now"),
       reply_to=c, must=["Advocate Christ Medical Center"])
    old, new = dd[1], D("2026-11-11")
    ib("2026-10-13 14:02", "interview-broker-confirmation-advocate-oak-lawn", "adv-oaklawn-peds", "scheduled", prog,
       f"Interview Confirmed – {full(old)}",
       ["Your interview is scheduled. A calendar invitation is attached; the Zoom link will follow closer to "
        "the date."], idates=[old], rows=[("Program", prog), ("Date", full(old)), ("Time", "8:00 AM - 1:00 PM CT"),
                                          ("Format", "Virtual (Zoom)")],
       cal=ical("ib-aclo-1109-mh", at(old, "08:00"), 300, "Interview – Advocate Children's Oak Lawn Pediatrics",
                "Zoom", "Virtual interview"))
    mv = f"""Dear applicants,

Because of a conflict with Grand Rounds and our ACGME site visit, we need to move the Monday, November 9
interview session to Wednesday, November 11 (same schedule, 8:00 a.m.–1:00 p.m. Central). We are sorry for
the inconvenience.

Interview Broker will send an updated confirmation. If Wednesday, November 11 does not work for you,
reply to me by Friday, October 30 and I will find another date.

Theresa Kowalczyk
Pediatric Residency Coordinator
Advocate Children's Hospital – Oak Lawn | Advocate Health Care
4440 W. 95th St., Oak Lawn, IL 60453"""
    m = coord("2026-10-27 15:40", "advocate-oak-lawn-interview-date-change", "adv-oaklawn-peds", "scheduled", c,
              "Change of interview date – ACH Oak Lawn Pediatrics (Nov 9 → Nov 11)", mv, idates=[new],
              to="undisclosed-recipients:;")
    me("2026-10-27 18:05", "sent-re-advocate-oak-lawn-date-change", "adv-oaklawn-peds", "info", c,
       "Re: Change of interview date – ACH Oak Lawn Pediatrics (Nov 9 → Nov 11)",
       "Hi Theresa,\n\nNo problem at all – Wednesday, November 11 works for me. Thanks for the heads-up!\n\n"
       "Marisol", irt=m, quote=gq("2026-10-27 15:40", *c, mv), idates=[new], sig=SIG2)
    ib("2026-10-28 07:20", "interview-broker-updated-advocate-oak-lawn", "adv-oaklawn-peds", "scheduled", prog,
       f"Updated Interview Date – {full(new)}",
       [f"The program has moved your interview from {full(old)} to {full(new)}."], idates=[new],
       rows=[("Program", prog), ("New date", full(new)), ("Time", "8:00 AM - 1:00 PM CT")],
       cal=ical("ib-aclo-1109-mh", at(new, "08:00"), 300, "Interview – Advocate Children's Oak Lawn Pediatrics",
                "Zoom", "Virtual interview (moved)", seq=1))
    me("2026-11-11 16:48", "sent-thank-you-advocate-oak-lawn", "adv-oaklawn-peds", "info", c,
       "Thank you – Oak Lawn Pediatrics",
       "Dear Theresa,\n\nThank you for a great interview day at Advocate Children's – Oak Lawn. I appreciated "
       "hearing how residents split time between Oak Lawn and the Park Ridge campus for subspecialty "
       "electives.\n\nSincerely,\nMarisol")

    # Park Ridge: booked, then the program cancelled the session
    prog2 = "Advocate Children's Hospital - Park Ridge - Pediatrics"
    c2 = ("Renee Yablonski", "renee.yablonski@aah.org")
    pd = [D("2026-11-19"), D("2026-12-04")]
    th_invite("2026-10-20 12:00", "thalamus-interview-invitation", "adv-parkridge-peds", prog2,
              ["Advocate Children's Hospital – Park Ridge (formerly Advocate Lutheran General Children's "
               "Hospital) is happy to invite you to interview with our Pediatric Residency.",
               "We are a separate program from Advocate Children's Hospital – Oak Lawn; please schedule with each "
               "program individually."], pd, url="https://app.thalamusgme.com/invite/achpr-peds-3371",
              signer="Renee Yablonski, Residency Coordinator", must=["formerly Advocate Lutheran General"])
    th_booked("2026-10-20 12:24", "thalamus-interview-scheduled", "adv-parkridge-peds", prog2, pd[1], "08:30",
              "13:00", "Virtual", "Zoom", uid="th-achpr-1204-mh")
    t = """Dear Marisol,

I'm very sorry to let you know that we have had to cancel our Friday, December 4 interview session. Our
interview class is now complete, and we are not able to offer an alternative date. We know this is
disappointing and we truly appreciate your interest in Park Ridge.

Your December 4 interview will be cancelled in Thalamus; you'll receive an automated notice from them.

Best wishes this season,
Renee Yablonski
Pediatric Residency Program Coordinator
Advocate Children's Hospital – Park Ridge
1775 Dempster St., Park Ridge, IL 60068"""
    coord("2026-11-20 10:40", "advocate-park-ridge-interview-cancelled", "adv-parkridge-peds", "cancellation", c2,
          "Cancelled: December 4 interview – ACH Park Ridge Pediatrics", t)
    th_note("2026-11-20 10:52", "thalamus-interview-cancelled-by-program", "adv-parkridge-peds", "cancellation",
            prog2, "Interview cancelled by program",
            [f"Your interview on {full(pd[1])} with Advocate Children's Hospital - Park Ridge - Pediatrics has been "
             "cancelled by the program.", "No further action is required."],
            cal=ical("th-achpr-1204-mh", at(pd[1], "08:30"), 270, "Interview: " + prog2, "Zoom", "Cancelled",
                     method="CANCEL", status="CANCELLED", seq=1), cal_method="CANCEL")


def loyola():
    c = ("Monica Hrabik", "mhrabik@lumc.edu")
    t = """Dear Ms. Haugen,

Thank you for your application to the Loyola University Medical Center Pediatric Residency Program.
After careful review we are unable to offer you an interview this year. Applications to our
Internal Medicine–Pediatrics program are reviewed by a separate committee and are not affected by this
decision.

We wish you the very best,
Pediatric Residency Program
Loyola University Medical Center | Loyola Medicine, a member of Trinity Health
2160 S. First Ave., Maywood, IL 60153"""
    coord("2026-11-12 15:15", "loyola-pediatrics-application-decision", "loyola-peds", "rejection", c,
          "Loyola Pediatrics Residency – Application Status", t)
    prog = "Loyola University Medical Center – Internal Medicine-Pediatrics (Categorical)"
    dd = [D("2026-12-07"), D("2027-01-11")]
    ib("2026-10-28 09:10", "interview-broker-invitation-loyola-med-peds", "loyola-mp", "invitation", prog,
       "Loyola Med-Peds: Invitation to Interview",
       ["Loyola Medicine's Internal Medicine-Pediatrics residency would like to invite you to interview. "
        "Residents rotate at Loyola University Medical Center, Edward Hines, Jr. VA Hospital and Gottlieb "
        "Memorial Hospital; Loyola Medicine is a member of Trinity Health.",
        "Please sign up within 72 hours."], idates=dd, deadline="2026-10-31",
       button=("https://www.interviewbroker.com/s/lumc-medpeds", "Choose a Date"), must=["Hines"])
    ib("2026-10-28 09:48", "interview-broker-confirmation-loyola-med-peds", "loyola-mp", "scheduled", prog,
       "Your Loyola Med-Peds interview is scheduled",
       ["Thank you for scheduling. Details are below; the Zoom information will arrive one week before."],
       idates=[dd[0]], rows=[("Date", full(dd[0])), ("Check-in", "7:45 AM Central"), ("Format", "Virtual")],
       cal=ical("ib-lumcmp-1207-mh", at(dd[0], "07:45"), 315, "Loyola Med-Peds interview", "Zoom", "Virtual"))
    me("2026-12-07 19:30", "sent-thank-you-loyola-med-peds", "loyola-mp", "info",
       ("Loyola Med-Peds Residency", "medpeds@lumc.edu"), "Thank you – Loyola Med-Peds interview",
       "Dear Dr. Castellanos and the Loyola Med-Peds team,\n\nThank you for today. The Hines VA primary care "
       "block and your residents' description of the Trinity Health transition were really helpful.\n\n"
       "Best regards,\nMarisol Haugen")


def siu():
    c = ("Brenda Lutz", "blutz42@siumed.edu")
    form = "https://docs.google.com/forms/d/e/1FAIpQLSe_siumedpeds27/viewform"
    dd = [D("2026-12-02"), D("2026-12-09"), D("2027-01-13")]
    t = f"""Dear Marisol,

Greetings from Springfield! The SIU School of Medicine Internal Medicine/Pediatrics Residency would like to
invite you to interview. Our residents train at Memorial Medical Center (Memorial Health), HSHS St. John's
Hospital and HSHS St. John's Children's Hospital.

Interview dates: Wednesday, December 2; Wednesday, December 9; Wednesday, January 13.
Please submit your preferences through this Google Form within 7 days: {form}

Brenda Lutz
Residency Coordinator, Internal Medicine/Pediatrics
Southern Illinois University School of Medicine
701 N. First St., Springfield, IL 62781"""
    m = coord("2026-11-13 13:22", "siu-med-peds-interview-invitation", "siu-mp", "invitation", c,
              "SIU Med/Peds Residency Interview Invitation", t, idates=dd, deadline="2026-11-20",
              must=["St. John's Children's Hospital"])
    me("2026-11-16 20:14", "sent-re-siu-med-peds-declining", "siu-mp", "cancellation", c,
       "Re: SIU Med/Peds Residency Interview Invitation",
       "Dear Brenda,\n\nThank you very much for the invitation. After a lot of thought I have decided to "
       "respectfully decline so that another applicant can have the spot. I am grateful for the committee's "
       "consideration.\n\nSincerely,\nMarisol Haugen", irt=m, quote=gq("2026-11-13 13:22", *c, t))
    coord("2026-11-17 08:05", "re-siu-med-peds-decline-acknowledged", "siu-mp", "cancellation", c,
          "RE: SIU Med/Peds Residency Interview Invitation",
          "Hi Marisol,\n\nThank you for letting us know. I've released your spot and removed you from our list.\n\n"
          "Best of luck!\nBrenda\n\nBrenda Lutz | SIU School of Medicine, Internal Medicine/Pediatrics",
          html=False)


def mcw():
    prog = "Medical College of Wisconsin Affiliated Hospitals - Pediatrics"
    dd = [D("2026-10-26"), D("2026-11-02"), D("2026-11-30")]
    th_invite("2026-10-05 12:00", "thalamus-interview-invitation", "mcw-peds", prog,
              ["Congratulations! The MCW Pediatric Residency Program at Children's Wisconsin (formerly Children's "
               "Hospital of Wisconsin) invites you to a virtual interview.",
               "Please schedule within 48 hours of receiving this invitation; after that we may release "
               "dates to other applicants."],
              dd, url="https://app.thalamusgme.com/invite/mcw-peds-4410", deadline="2026-10-07",
              must=["formerly Children's Hospital of Wisconsin"])
    th_booked("2026-10-05 12:11", "thalamus-interview-scheduled", "mcw-peds", prog, dd[0], "08:00", "12:45",
              "Virtual", "Zoom", uid="th-mcwpeds-1026-mh")
    th_remind("2026-10-25 09:00", "thalamus-interview-reminder", "mcw-peds", prog, dd[0], "08:00", "Virtual",
              "https://mcw-edu.zoom.us/j/96555410207")
    c = ("Katie Lindahl", "klindahl@mcw.edu")
    md_ = [D("2026-11-13"), D("2026-12-11")]
    t = f"""Dear Marisol,

The Medical College of Wisconsin Internal Medicine-Pediatrics Residency is excited to invite you to
interview! Our residents care for adults at Froedtert Hospital and the Zablocki VA Medical Center and for
children at Children's Wisconsin – all on the Milwaukee Regional Medical Center campus.

Available virtual dates: Friday, November 13 and Friday, December 11.
Schedule here: https://app.thalamusgme.com/invite/mcw-medpeds-0937

Katie Lindahl
Program Coordinator | MCW Med-Peds
Froedtert & the Medical College of Wisconsin | 8701 Watertown Plank Rd, Milwaukee, WI 53226"""
    coord("2026-10-09 10:55", "mcw-med-peds-interview-invitation", "mcw-mp", "invitation", c,
          "MCW Med-Peds – Invitation to Interview", t, idates=md_, must=["Zablocki VA"])
    th_booked("2026-10-09 11:20", "thalamus-interview-scheduled", "mcw-mp",
              "Medical College of Wisconsin Affiliated Hospitals - Internal Medicine/Pediatrics", md_[0], "08:30",
              "13:00", "Virtual", "Zoom", uid="th-mcwmp-1113-mh")
    me("2026-11-13 15:36", "sent-thank-you-mcw-med-peds", "mcw-mp", "info", c, "Thank you – MCW Med-Peds",
       "Hi Katie,\n\nThank you for a thoughtful interview day. I loved hearing about the Froedtert–Children's "
       "Wisconsin transition clinic.\n\nWarmly,\nMarisol")


def uw():
    c = ("Heather Baumgartner", "hbaumgartner@pediatrics.wisc.edu")
    prog = "University of Wisconsin Hospitals and Clinics - Pediatrics"
    dd = [D("2026-11-19"), D("2026-12-09"), D("2027-01-12")]
    t = """Dear Marisol,

Thank you for applying to the UW Pediatrics Residency Program! We are pleased to invite you to interview.
Our residents train at UW Health American Family Children's Hospital in Madison, with community rotations
at SSM Health St. Mary's Hospital – Madison and UnityPoint Health – Meriter.

Please select a date through Thalamus (https://app.thalamusgme.com/invite/uw-peds-8816). Dates offered:
Thursday, November 19; Wednesday, December 9; Tuesday, January 12.

On Wisconsin!
Heather Baumgartner
Residency Program Coordinator, Department of Pediatrics
University of Wisconsin School of Medicine and Public Health"""
    coord("2026-10-29 09:34", "uw-pediatrics-interview-invitation", "uw-peds", "invitation", c,
          "UW Pediatrics Interview Invitation", t, idates=dd, must=["American Family Children's Hospital"])
    th_booked("2026-10-29 10:02", "thalamus-interview-scheduled", "uw-peds", prog, dd[1], "08:00", "12:30",
              "Virtual", "Zoom", uid="th-uwpeds-mh")
    th_booked("2026-11-30 21:14", "thalamus-interview-rescheduled", "uw-peds", prog, dd[2], "08:00", "12:30",
              "Virtual", "Zoom", uid="th-uwpeds-mh", was=dd[1], note="You changed this interview date.")
    me("2026-11-30 21:25", "sent-uw-pediatrics-moved-my-interview", "uw-peds", "info", c,
       "Moved my UW Pediatrics interview to January 12",
       "Hi Heather,\n\nI wanted to let you know that I moved my interview from Wednesday, December 9 to "
       "Tuesday, January 12 in Thalamus, because of a conflict with my sub-internship call schedule. I hope that "
       "is okay, and I'm very much looking forward to it.\n\nThank you,\nMarisol", idates=[dd[2]])
    coord("2026-12-01 08:12", "re-uw-pediatrics-moved-interview", "uw-peds", "info", c,
          "RE: Moved my UW Pediatrics interview to January 12",
          "Hi Marisol,\n\nNo problem at all – I see you on the January 12 list. See you then!\n\nHeather",
          idates=[dd[2]], html=False)
    me("2027-01-12 18:20", "sent-thank-you-uw-pediatrics", "uw-peds", "info", c, "Thank you – UW Pediatrics",
       "Hi Heather,\n\nThanks so much for today and for accommodating my date change. The AFCH tour video and "
       "the residents' Madison tips were great.\n\nMarisol")
    auto = """Thank you for your message. I am out of the office through Monday, January 18, with limited
access to e-mail. For urgent matters please contact uwpedsres@pediatrics.wisc.edu.

Heather Baumgartner | UW Pediatrics Residency"""
    mail("2027-01-12 18:21", "automatic-reply-heather-baumgartner", "uw-peds", "other", c,
         "Automatic reply: Thank you – UW Pediatrics", auto, headers=[("Auto-Submitted", "auto-replied"),
                                                                        ("X-Auto-Response-Suppress", "All")])


def umn():
    prog = "University of Minnesota - Pediatrics"
    dd = [D("2026-10-30"), D("2026-11-06"), D("2026-12-04")]
    th_invite("2026-10-07 12:30", "thalamus-interview-invitation", "umn-peds", prog,
              ["The University of Minnesota Pediatric Residency Program is pleased to invite you to interview "
               "for our Primary Care track. (In NRMP and ERAS this track is listed with our categorical "
               "positions.)", "Please respond within 5 days."],
              dd, url="https://app.thalamusgme.com/invite/umn-peds-2258", deadline="2026-10-12",
              must=["Primary Care"])
    th_booked("2026-10-07 12:48", "thalamus-interview-scheduled", "umn-peds", prog, dd[0], "08:00", "13:00",
              "Virtual", "Zoom", uid="th-umnpeds-1030-mh")
    c = ("Abdi Warsame", "warsa017@umn.edu")
    coord("2026-10-27 11:00", "umn-pediatrics-interview-day-packet", "umn-peds", "info", c,
          "UMN Peds – your interview day packet",
          """Hello Marisol,

Attached and below is the packet for your Friday, October 30 interview with UMN Peds.

Our residents train at M Health Fairview Masonic Children's Hospital (formerly University of Minnesota
Masonic Children's Hospital), Hennepin Healthcare, and Children's Minnesota in Minneapolis and St. Paul.
Primary Care track residents have continuity clinic at the Broadway Family Medicine clinic and at Whittier.

Dress is business casual; cameras on, please.

Abdi Warsame
Residency Coordinator | University of Minnesota Medical School, Department of Pediatrics
2450 Riverside Ave, Minneapolis, MN 55454""", idates=[dd[0]], must=["Masonic Children's Hospital"],
          files=[("UMN-Peds-Interview-Day.txt", ("text", "plain"),
                  "UMN Pediatrics Interview Day - Fri 10/30\n7:45 log on\n8:00 welcome\n8:30-11:00 interviews\n"
                  "11:15 residents\n12:45 close\n")])
    me("2026-10-30 15:10", "sent-thank-you-umn-pediatrics", "umn-peds", "info", c, "Thank you – UMN Peds",
       "Hi Abdi,\n\nThank you for a well-run day! Please thank Dr. Lindqvist for the great conversation about "
       "the primary care track.\n\nBest,\nMarisol")
    prog2 = "University of Minnesota - Internal Medicine/Pediatrics"
    th_note("2026-10-14 14:00", "thalamus-waitlist-notification", "umn-mp", "waitlist", prog2,
            "You have been added to a waitlist",
            ["Thank you for applying to the University of Minnesota Med-Peds Residency. Our interview dates are "
             "currently full, and you have been placed on the waitlist. This waitlist is ordered: if a date "
             "opens, we will offer it to one applicant at a time with a 24-hour window to respond."])
    coord("2027-01-11 10:15", "umn-med-peds-waitlist-update", "umn-mp", "waitlist",
          ("UMN Med-Peds Residency", "medpeds@umn.edu"), "UMN Med-Peds waitlist update",
          """Dear Marisol,

We wanted to give you an update: you remain on our waitlist. Our final interview day is Friday, January
29, so there is still a chance an opening will come up. If so, you'll hear from us through Thalamus.

Thank you for your patience,
University of Minnesota Internal Medicine–Pediatrics Residency
M Health Fairview University of Minnesota Medical Center | Masonic Children's Hospital""")


def mayo():
    prog = "Mayo Clinic School of Graduate Medical Education (Rochester) - Pediatrics"
    th_note("2026-11-06 15:00", "thalamus-waitlist-notification", "mayo-peds", "waitlist", prog,
            "Waitlist: Mayo Clinic Pediatric Residency (Rochester)",
            ["Thank you for your interest in the Mayo Clinic Pediatric and Adolescent Medicine Residency in "
             "Rochester, Minnesota. Our interview days are full and we have placed you on our waitlist.",
             "If a spot becomes available we will notify you through Thalamus."])
    th_note("2027-01-15 16:00", "thalamus-program-message", "mayo-peds", "rejection", prog,
            "Message from Mayo Clinic Pediatric Residency",
            ["Our interview season has concluded and we are releasing all applicants remaining on the waitlist. "
             "We will not be able to offer you an interview this year.",
             "We are grateful for your interest in Mayo Clinic Children's Center and wish you the very best in "
             "the Match."])


def build():
    for f in (iowa, blank, lurie, uchi, uic, rush, advocate, loyola, siu, mcw, uw, umn, mayo):
        f()
