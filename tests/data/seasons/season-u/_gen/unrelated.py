"""Mail about none of her programs (plus her note to her advisor and the advisor's reply)."""
from kit import D, fmt, mine, put, ics, at, MT, AZ, PT, CT, UTC, ET, gmail_quote, card, esc, btn, staff, NAME, ADDR
from plat import eras, TH, TH_H
from common import co

U = "unrelated"


def build():
    eras("2026-09-02 09:30", "myeras-application-submitted", U, "info", "Your ERAS application has been submitted",
         ["Your MyERAS application for the 2027 ERAS season was submitted and certified on "
          f"{fmt('2026-09-02', 'mdy')}.", "",
          "Programs applied to: 71 (Emergency Medicine 34; Anesthesiology - Categorical 16; Anesthesiology - "
          "Advanced 5; Internal Medicine - Preliminary 7; Surgery - Preliminary 4; Transitional Year 5)", "",
          "Programs will be able to view your application beginning September 24."])
    put("2026-09-15 12:10", "nrmp-registration-confirmation-2027-main-match", U, "info",
        ("NRMP", "support@nrmp.org"), "2027 Main Residency Match - Registration Confirmation",
        "Dear Noor Castellanos,\n\nThank you for registering for the 2027 Main Residency Match. Your NRMP ID is "
        "N2719934.\n\nKey dates:\n- Rank order list entry opens: February 1, 2027\n- Rank order list "
        "certification deadline: March 3, 2027, 9:00 p.m. ET\n- Match Day: Friday, March 19, 2027\n\n"
        "National Resident Matching Program\n", None, tz=ET)
    txt = ("Hi Noor,\n\nPlease verify your e-mail address to finish setting up your Thalamus applicant account.\n\n"
           "Verify: https://app.thalamusgme.com/a/verify?t=9c1e0b\n\nIf you didn't create an account, ignore this "
           "e-mail.\n\nThe Thalamus Team\n")
    put("2026-09-17 22:44", "thalamus-verify-email", U, "info", TH, "Verify your email address", txt,
        card([esc(x) for x in txt.split("\n\n")], "<b>Thalamus</b>", "", "#4b2e83"), tz=UTC, headers=TH_H)
    co("2026-09-21 07:00", "rvucom-student-affairs-interview-season-reminders", U, "info",
          ("RVUCOM Student Affairs", "studentaffairs@rvu.edu"), "Class of 2027: interview season reminders", """
Dear Class of 2027,

Interview invitations are beginning to arrive! A few reminders from Student Affairs:

1. Whitelist noreply@thalamusgme.com, myeras@aamc.org and notifications@interviewbroker.com so invitations don't land in spam.
2. Respond to every interview invitation within 24 hours - even if you are declining.
3. Keep a spreadsheet of programs, dates, and status. Never double-book.
4. Email Dr. Halvorsen-Reyes in Career Advising if you have fewer than 6 invitations by mid-November.

Absences for interviews during 4th-year rotations must be requested in the RVU portal at least two weeks ahead.

Go get 'em!
Office of Student Affairs
Rocky Vista University College of Osteopathic Medicine | 8401 S. Chambers Road, Parker, CO 80134
""")
    # Colorado ACEP newsletter naming programs
    co("2026-10-19 06:30", "colorado-acep-student-resident-newsletter-october", U, "info",
          ("Colorado ACEP", "news@coacep.org"), "COACEP Student & Resident Update - October 2026", """
COLORADO CHAPTER, AMERICAN COLLEGE OF EMERGENCY PHYSICIANS
Student & Resident Update | October 2026

RESIDENCY CORNER
Congratulations to the Denver Health Residency in Emergency Medicine, which celebrates its 50th class of graduates this spring, and to the University of Colorado EM Residency for the opening of its new simulation center in Aurora. HCA HealthONE Swedish welcomed its third EM intern class this summer.

Regional programs joining our spring Resident Research Forum include University of Utah, UNM, Creighton and Valleywise.

MEDICAL STUDENTS
Applying this cycle? Our mock-interview night is Tuesday, October 27, 6:00-8:00 p.m. on Zoom. Sign up at coacep.org/students.

Unsubscribe: https://coacep.org/unsubscribe
""", html=True)
    # a classmate forwards HIS OWN invitation (same program as hers, his dates)
    co("2026-10-22 21:48", "fwd-classmate-ravi-university-of-utah-em-invitation", U, "other",
       ("Ravi Deshpande-Ortiz", "ravi.deshpandeortiz@gmail.com"),
       "Fwd: Interview invitation from University of Utah Health - Emergency Medicine", f"""
Noor!! Utah finally came through for me too. Did you already book? I'm grabbing the December one so we can compare notes after. Also heard Sunrise sent a wave today - nothing for me there.

---------- Forwarded message ---------
From: Thalamus <noreply@thalamusgme.com>
Date: Thu, Oct 22, 2026 at 7:02 PM
Subject: Interview invitation from University of Utah Health - Emergency Medicine
To: <ravi.deshpandeortiz@gmail.com>

Dear Ravi,

Congratulations! University of Utah Health - Emergency Medicine would like to invite you to interview.

Interview type: Virtual
Time zone: Mountain Time

Available interview dates:
  - {fmt('2026-11-18')}
  - {fmt('2026-12-09')}

Respond by: {fmt('2026-10-27')}, 11:59 PM Mountain Time

View invitation and schedule: https://app.thalamusgme.com/a/invite/uuem-41d9
""", html=False)
    # travel: Tucson, Phoenix, Las Vegas
    co("2026-10-15 19:20", "united-confirmation-den-tus", U, "other", ("United Airlines", "unitedairlines@united.com"),
          "eTicket Itinerary and Receipt for Confirmation KJ7Q2X", f"""
Thank you for choosing United.

Confirmation Number: KJ7Q2X

Flight 1: UA 1582, Denver (DEN) to Tucson (TUS)
{fmt('2026-11-04', 'abbry')} - Depart 2:05 PM, Arrive 3:10 PM

Flight 2: UA 2210, Tucson (TUS) to Denver (DEN)
{fmt('2026-11-06', 'abbry')} - Depart 6:40 PM, Arrive 9:35 PM

Traveler: NOOR CASTELLANOS   Seat 17C / 22A
Total: $312.40
""", html=False)
    co("2026-10-15 19:40", "marriott-tucson-university-park-reservation", U, "other",
          ("Marriott Bonvoy", "reservations@res.marriott.com"), "Reservation Confirmation #88241019", f"""
Tucson Marriott University Park
880 E 2nd Street, Tucson, AZ 85719

Dear Noor,

Your reservation is confirmed.
Check-in: {fmt('2026-11-04', 'long')}
Check-out: {fmt('2026-11-06', 'long')}
1 King Bed, Non-smoking - Rate: Banner Residency Interview rate $139.00/night

We look forward to welcoming you.
""")
    co("2026-12-29 11:12", "southwest-trip-den-phx-confirmation", U, "other",
          ("Southwest Airlines", "SouthwestAirlines@ifly.southwest.com"), "You're going to Phoenix! (QX4P9L)", f"""
You're all set, Noor!

Confirmation #: QX4P9L

DEN -> PHX  {fmt('2027-01-05', 'abbry')}  Flight 2281  Departs 6:10 PM  Arrives 7:25 PM
PHX -> DEN  {fmt('2027-01-07', 'abbry')}  Flight 1477  Departs 5:50 PM  Arrives 8:55 PM

Bags fly free. Check in 24 hours before departure.
""", html=False)
    co("2026-12-29 12:30", "frontier-itinerary-den-las", U, "other",
          ("Frontier Airlines", "noreply@emails.flyfrontier.com"), "Your Frontier trip confirmation - V8MNT3", f"""
Trip confirmation V8MNT3

DEN to LAS - {fmt('2027-01-11', 'abbry')} - F9 1123 - 4:45 PM / 5:30 PM
LAS to DEN - {fmt('2027-01-13', 'abbry')} - F9 1290 - 7:15 PM / 9:58 PM

Passenger: Noor Castellanos
Bundle: The Works
""", html=False)
    # her advisor
    up = mine("2026-12-28 16:20", "sent-interview-season-update-dr-pennington", U, "info",
              ("Dr. Lorraine Pennington", "lpennington@rvu.edu"), "Interview season update",
              """Dear Dr. Pennington,

A quick mid-season update as you asked. So far I've interviewed at Denver Health, CU (EM and anesthesia), Utah EM, UNM (EM and anesthesia), UA Tucson (EM, anesthesia and the prelim surgery year), Valleywise, P/SL TY and Saint Joseph prelim. Coming up: St. Joe's Phoenix TY, Banner Phoenix EM and anesthesia, Utah anesthesia, UNLV (EM and anesthesia), IMC, UNMC and UNR.

I'm thinking of cancelling UNR EM to give myself some breathing room in January. Does that seem reasonable given where I am?

Thank you,
Noor""")
    co("2026-12-29 08:45", "re-interview-season-update-dr-pennington", U, "info",
          ("Pennington, Lorraine", "lpennington@rvu.edu"), "RE: Interview season update", """
Noor,

This is an excellent list - you are well past the point where additional EM interviews add much. Cancelling UNR is reasonable; just do it promptly and politely, at least two weeks ahead. Keep your PGY-1 options balanced between prelim and TY.

Dr. P
""", quote="\n" + gmail_quote(up))
    put("2027-02-01 10:00", "nrmp-rank-order-list-entry-open", U, "info", ("NRMP", "support@nrmp.org"),
        "Rank Order List Entry Is Now Open",
        "Dear Applicant,\n\nThe Rank Order List (ROL) entry for the 2027 Main Residency Match is now open in the "
        "R3 system. Applicants must certify their ROL by 9:00 p.m. ET on March 3, 2027.\n\nNRMP\n", None, tz=ET)
