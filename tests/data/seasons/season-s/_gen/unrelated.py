"""Mail about none of her programs (label "unrelated")."""
from kit import (D, CT, ET, UTC, PT, NAME, FIRST, ADDR, ME, SIG, SCHOOL, at, coord, gmail_fwd, full, wmd, mail, me,
                 shell, esc, btn, table, ics)
from plat import eras, TH, TH_HDR, TH_FOOT, TH_ACC, CAL

U = "unrelated"


def build():
    eras("2026-09-02 08:40", "myeras-application-certified-and-submitted", U, "info",
         "MyERAS: Application Submitted", [
             "Your MyERAS application for the ERAS 2027 season has been certified and submitted to the programs "
             "you selected.",
             "Programs selected: 66 (Family Medicine: 34; Psychiatry: 28; Transitional Year: 4).",
             "Programs can begin downloading and reviewing applications on September 23, 2026. Your MSPE will be "
             "released to programs by your school."])
    mail("2026-09-14 11:00", "nrmp-2027-main-residency-match-registration", U, "info", ("NRMP", "no-reply@nrmp.org"),
         "NRMP 2027 Main Residency Match: Registration Confirmation",
         f"Dear {NAME},\n\nThank you for registering for the 2027 Main Residency Match. Your NRMP ID is "
         "N1193025.\n\nImportant dates\n  Rank Order List Certification Deadline: Wednesday, March 3, 2027, 9:00 "
         "p.m. ET\n  Match Day: Friday, March 19, 2027\n\nPlease review the Match Participation Agreement in the "
         "R3 system.\n\nNational Resident Matching Program\n2121 K Street, NW, Suite 1000, Washington, DC 20037\n",
         tz=ET)
    osa = ("medstudentaffairs@tamu.edu")
    txt = f"""Class of 2027,

Interview season is almost here. A few reminders from the Office of Student Affairs:

1. Your MSPE will be released to programs through ERAS on the national release date. You do not need to do
   anything.
2. When you receive an interview invitation, respond within 24 hours if you can - many programs fill dates
   within hours. Turn on notifications for Thalamus and for the e-mail address you used in ERAS.
3. Do not accept two interviews for the same date. If you must cancel, give the program at least two weeks'
   notice whenever possible.
4. Mock interviews with the career advising team are open now - book through the Calendly link on the
   Canvas page.
5. Please report each interview to your advisor (a quick spreadsheet is fine) so we can help if your numbers
   look thin by mid-November.

Go get 'em!

Office of Student Affairs
{SCHOOL}
8447 Riverside Parkway, Bryan, TX 77807"""
    coord("2026-09-21 09:00", "texas-am-com-student-affairs-interview-season-reminders", U, "info",
          ("Texas A&M College of Medicine Student Affairs", osa), "Class of 2027: interview season reminders", txt,
          to="com-class-2027@lists.tamu.edu", must=["interview invitation"])
    ct = """Hi Ana Lucía Cárdenas,

A new event has been scheduled.

Event Type:
Mock Residency Interview (Primary Care / Psychiatry)

Invitee:
Ana Lucía Cárdenas

Event Date/Time:
03:00pm - 03:45pm - Tuesday, October 6, 2026 (Central Time - US & Canada)

Location:
Health Professions Education Building, Room 2137 (Bryan campus)

Host:
Texas A&M COM Career Advising

Powered by Calendly.com
"""
    mail("2026-09-22 14:05", "calendly-mock-residency-interview-tamu-career-advising", U, "other", CAL,
         "Confirmed: Mock Residency Interview (Primary Care / Psychiatry) on Tuesday, October 6, 2026", ct,
         shell([esc(x) for x in ct.strip().split("\n\n")], bottom="Powered by Calendly.com", accent="#006bff"),
         tz=UTC, must=["Mock Residency Interview"])
    mail("2026-09-24 07:30", "thalamus-verify-your-email-address", U, "info", TH, "Verify your email address",
         "Welcome to Thalamus!\n\nPlease verify your e-mail address to finish setting up your applicant account:\n"
         "https://app.thalamusgme.com/verify?token=51c0e7aa93\n\nThe Thalamus Team\n",
         shell(["<p>Welcome to Thalamus!</p><p>Please verify your e-mail address to finish setting up your applicant "
                "account.</p>", btn("https://app.thalamusgme.com/verify?token=51c0e7aa93", "Verify e-mail", TH_ACC)],
               bottom=TH_FOOT, accent=TH_ACC), tz=UTC, headers=TH_HDR)
    aa = f"""Your trip confirmation

Record Locator: QHZTWM

Passenger: ANA LUCIA CARDENAS   AAdvantage #: ****8V2

Thursday, November 12, 2026
  AA 3301  College Station (CLL) 12:10 PM  ->  Dallas/Fort Worth (DFW) 1:05 PM   Operated by Envoy Air as American Eagle
  AA 3519  Dallas/Fort Worth (DFW) 2:20 PM  ->  Wichita (ICT) 3:40 PM           Operated by SkyWest as American Eagle

Friday, November 13, 2026
  AA 3602  Wichita (ICT) 5:35 PM  ->  Dallas/Fort Worth (DFW) 7:00 PM
  AA 3347  Dallas/Fort Worth (DFW) 8:15 PM  ->  College Station (CLL) 9:10 PM

Total paid: $412.80 (Visa ending 4471)

Check in 24 hours before departure at aa.com or in the American app.

American Airlines, Inc. | 1 Skyview Drive, Fort Worth, Texas 76155"""
    mail("2026-10-12 19:40", "american-airlines-trip-confirmation-cll-ict", U, "other",
         ("American Airlines", "no-reply@info.email.aa.com"), "Your trip confirmation (CLL - ICT)", aa + "\n",
         shell([f"<pre style=\"font-family:Arial\">{esc(aa)}</pre>"], accent="#0078d2"), must=["QHZTWM"])
    dr = """Thank you for choosing Drury Hotels!

Confirmation Number: 84410276

Drury Plaza Hotel Broadview Wichita
400 West Douglas Avenue, Wichita, KS 67202

Guest: Ana Cardenas
Arrival: Thursday, November 12, 2026 (check-in 3:00 PM)
Departure: Friday, November 13, 2026 (check-out 11:00 AM)
Room: 1 King Bed, Non-Smoking
Rate: $139.00 per night plus tax

Includes hot breakfast and our 5:30 Kickback with hot food and cold beverages.

Cancel by 6:00 PM local hotel time on the day of arrival to avoid a one-night charge."""
    mail("2026-10-12 19:58", "drury-plaza-broadview-wichita-reservation", U, "other",
         ("Drury Hotels", "reservations@druryhotels.com"), "Reservation Confirmation - Drury Plaza Hotel Broadview "
         "Wichita", dr + "\n", must=["84410276"])
    fw_body = """TTUHSC at Amarillo - Family Medicine Residency

Hello Tomás,

Congratulations! The Family Medicine Residency at the Texas Tech University Health Sciences Center at Amarillo
invites you to interview.

Interview type: Virtual
Available interview dates:
- Thursday, November 19, 2026
- Thursday, December 3, 2026
- Thursday, January 14, 2027

Log in to Thalamus to accept and choose a date:
https://app.thalamusgme.com/applicant/invitations/7a13bb04-ama-fm"""
    note = ("Ana!! Did you get one of these?? Amarillo just sent mine. Thinking about Dec 3 - if you got one we "
            "should pick the same day and do a watch party with Whataburger after. Fingers crossed for you.\n\nT")
    mail("2026-10-22 07:52", "fwd-tomas-ttuhsc-amarillo-fm-invitation", U, "other",
         ("Tomás Reyna", "tomas.reyna27@gmail.com"),
         "Fwd: Interview Invitation - TTUHSC at Amarillo - Family Medicine Residency",
         note + "\n\n" + gmail_fwd("2026-10-20 14:02", "Thalamus", "noreply@thalamusgme.com",
                                     "tomas.reyna27@gmail.com", "Interview Invitation - TTUHSC at Amarillo - Family "
                                     "Medicine Residency", fw_body),
         mid_domain="mail.gmail.com", must=["Amarillo just sent mine"])
    om = """Omni Corpus Christi Hotel

Your reservation is confirmed.

Confirmation #: 3Q7T19KK
Guest name: Ana L Cardenas
Check-in: Thu, Nov 19, 2026 (4:00 PM)
Check-out: Fri, Nov 20, 2026 (12:00 PM)
Room type: Traditional King, Bay View
Group: CHRISTUS SPOHN FM INTERVIEWS (code SPOHNFM)
Nightly rate: USD 129.00 + tax

900 North Shoreline Boulevard, Corpus Christi, TX 78401 | (361) 555-0190"""
    mail("2026-11-02 21:15", "omni-corpus-christi-reservation-confirmation", U, "other",
         ("Omni Hotels & Resorts", "reservations@omnihotels.com"), "Your Omni Corpus Christi Hotel Reservation",
         om + "\n", shell([f"<pre style=\"font-family:Georgia\">{esc(om)}</pre>"], accent="#003b5c"),
         must=["3Q7T19KK"])
    nl = """TAFP STUDENT & RESIDENT UPDATE | November 2026

Residency interview season is in full swing!

PROGRAM NEWS
* JPS Family Medicine welcomed its first class of rural-track residents at its Stephenville continuity site.
* Texas Tech Permian Basin opened a new clinic in Midland staffed by residents and faculty.
* CHRISTUS Spohn Family Medicine in Corpus Christi received a HRSA grant to expand behavioral health training.
* The UTMB Family Medicine residency celebrated 50 years in Galveston.

STUDENT CORNER
Fourth-year students: on Saturday, December 5 join our virtual "Ask a PD" panel with program directors from
Baylor Scott & White, UT Health San Antonio and the Texas A&M Family Medicine Residency. Register at tafp.org.

Texas Academy of Family Physicians | 12012 Technology Blvd., Suite 200, Austin, TX 78727
Unsubscribe | Update preferences"""
    mail("2026-11-11 10:00", "tafp-student-resident-update-november", U, "other",
         ("Texas Academy of Family Physicians", "news@tafp.org"), "TAFP Student & Resident Update - November 2026",
         nl + "\n", shell([f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in nl.split("\n\n")], accent="#00573f"),
         to="students@lists.tafp.org", headers=[("List-Unsubscribe", "<https://www.tafp.org/unsubscribe>")],
         must=["Ask a PD"])
    adv = ("Teresa Villanueva, MD", "tvillanueva@tamu.edu")
    upd = """Dr. Villanueva,

Here's my mid-season update, as promised.

Done (FM): Texas A&M (10/16), BSW Round Rock, Texas Tech Lubbock, OU-TU Tulsa, UT Health San Antonio, KU Wichita
(in person - great), UT Tyler, CHRISTUS Spohn (in person), UAMS, KUMC (they moved me to 12/11), LSU New Orleans,
and JPS this past Thursday.
Done (Psych): McGovern, UTMB, Texas Tech Lubbock, LSU Shreveport, OU, UNM, OSU, TTUHSC El Paso.
Coming up: BSW Temple psych on 1/7 (I moved it), UNM FM 1/12, CHRISTUS Tyler FM 1/19.
Waitlists: Texas Tech Amarillo, UAMS psych, Dell psych, Tulane psych.
Declined: Texas Tech Permian Basin, JPS TY, KUMC psych.

So 12 FM and 8 psych completed. I'm leaning FM as my first list but would love to talk about whether to keep
ranking psych. Do you have 20 minutes in early January?

Thanks for everything,
Ana"""
    m = me("2026-12-20 14:30", "sent-mid-season-update-dr-villanueva", U, "other", adv,
           "Mid-season interview update", upd, sig="Ana")
    rep = """Ana,

This is a terrific season - 20 interviews is more than enough for a strong match in either specialty. Let's
meet on January 6 at 11:30 in my office (HPEB 3rd floor). Bring your impressions notes from each interview day.

One thought: consider releasing the CHRISTUS Tyler date if you already feel good about the East Texas programs
you've seen - it's a kindness to the next applicant.

TV

Teresa Villanueva, MD
Associate Dean for Student Affairs | Professor of Psychiatry
""" + SCHOOL
    coord("2026-12-21 09:10", "re-mid-season-interview-update-dr-villanueva", U, "other", adv,
          "RE: Mid-season interview update", rep, irt=m)
    mail("2027-02-01 11:05", "nrmp-rank-order-list-entry-now-open", U, "info", ("NRMP", "no-reply@nrmp.org"),
         "2027 Main Residency Match: Rank Order List Entry Is Open",
         f"Dear {NAME},\n\nRank order list entry for the 2027 Main Residency Match is now open in the R3 system. "
         "You may enter and certify your list at any time before the deadline of Wednesday, March 3, 2027, 9:00 "
         "p.m. ET. A list is not submitted until it is certified.\n\nApplicants ranking Transitional Year or other "
         "PGY-1 programs together with advanced programs should create supplemental lists.\n\nNational Resident "
         "Matching Program\n", tz=ET)
