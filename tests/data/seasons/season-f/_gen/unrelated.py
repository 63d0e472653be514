"""Mail about no program of the applicant's (truth: unrelated)."""
from lib import add, at, day, ET, CT, UTC, APPL, APPL_EMAIL, quote, gmail_attrib

U = None

add(U, "eras-key-dates", at("2026-09-02 10:00"),
    "AAMC ERAS <eras@aamc.org>", "ERAS 2027: Key Dates for Applicants",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<p>Dear ERAS Applicant,</p>
<p>MyERAS is open for application submission. Please keep these ERAS 2027 season dates in mind:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;">
<tr><td>September 2, 2026</td><td>Applicants may begin submitting MyERAS applications to programs</td></tr>
<tr><td>September 23, 2026</td><td>Programs may begin reviewing applications and MSPEs are released</td></tr>
<tr><td>March 2027</td><td>NRMP Match Week</td></tr></table>
<p>Remember: signals cannot be changed after your application is submitted.</p>
<p>ERAS Applicant Support | Association of American Medical Colleges</p></body></html>""")

add(U, "thalamus-finalize-account", at("2026-09-08 15:30", UTC),
    "Thalamus <notifications@thalamusgme.com>", "Finalize your Thalamus account",
    text="""Hello Camille,

Through the AAMC-Thalamus collaboration, a Thalamus account has been created for you using the email
address in your MyERAS application. Finalize your account now so you're ready when interview
invitations arrive:

https://app.thalamusgme.com/applicant/finalize?e=camille.broussard.match27%40gmail.com

Tip: connect your calendar to avoid double-booking interviews.

- The Thalamus Team
""")

add(U, "nrmp-registration", at("2026-09-16 12:00"),
    "NRMP <support@nrmp.org>", "The 2027 Main Residency Match: Registration Is Open",
    text="""Dear Applicant,

Registration for the 2027 Main Residency Match is now open in the R3 system. Register by
January 31, 2027 to avoid a late registration fee. Review the Match Participation Agreement,
including the all-in policy and communication code of conduct, before registering.

National Resident Matching Program
2121 K Street, NW, Suite 1000, Washington, DC 20037
""")

add(U, "laurel-road-offer", at("2026-09-22 11:02"),
    "Laurel Road <offers@e.laurelroad.com>", "Camille, residency is expensive \u2014 we can help",
    html="""<html><body style="font-family:Helvetica;"><h2>Interview season costs add up.</h2>
<p>Hi Camille, between travel, hotels, and moving costs, the road to residency gets pricey. Our
Residency &amp; Relocation Loan offers up to $25,000 with deferred payments during residency.</p>
<p><a href="https://www.laurelroad.com/residency-loan">Check your rate</a></p>
<p style="font-size:10px;">Laurel Road is a brand of KeyBank N.A. Member FDIC. Unsubscribe.</p></body></html>""")

add(U, "mercer-mspe-released", at("2026-09-23 09:15"),
    "Mercer SOM Student Affairs <studentaffairs@med.mercer.edu>",
    "Class of 2027: MSPEs released to ERAS",
    text="""Good morning, Class of 2027,

All MSPEs have been uploaded to ERAS and are now available to programs. Please reach out to our office
if you have any questions about interview invitations, etiquette, or scheduling conflicts with
your rotations.

Office of Student Affairs
Mercer University School of Medicine | Macon - Savannah - Columbus
""")

add(U, "eras-verify-account", at("2026-10-06 03:12", UTC),
    "ERAS Support Team <no-reply@eras-applicant-portal.help>",
    "Action Required: Verify your ERAS account to continue receiving interview invitations",
    html="""<html><body style="font-family:Arial;">
<p>Dear Applicant,</p>
<p>We detected unusual activity on your MyERAS account. To continue receiving <b>interview invitations</b>
from residency programs, you must verify your account within 24 hours.</p>
<p><a href="http://myeras-aamc.verify-login.co/session">VERIFY MY ACCOUNT</a></p>
<p>Failure to verify may result in your application being withdrawn from programs.</p>
<p>ERAS Security Team</p></body></html>""")

add(U, "sdn-forum-digest", at("2026-10-28 06:00", UTC),
    "Student Doctor Network Forums <noreply@studentdoctor.net>",
    "Daily digest: Obstetrics & Gynecology 2026-2027 Interview Invites & Discussion",
    text="""Student Doctor Network - Daily Digest

Thread: Obstetrics & Gynecology 2026-2027 Interview Invites & Discussion (14 new posts)

  gyn2be27: Wake Forest (WFBMC) II came through Thalamus a couple of weeks ago, anyone get
            the second wave?
  hookemhorns_md: Emory II today! Also USF. Has anyone heard from Ochsner?
  anon_mouse: Ochsner WL, LSU New Orleans II last week. Tulane silent.
  savannahbanana: Prisma Upstate II via Interview Broker, Greenville has a pre-social the night
            before
  throwaway_ob: Vanderbilt R today. UNC R.

Thread: Family Medicine 2026-2027 Interview Thread (22 new posts)

  fmfuture: AdventHealth Winter Park filled their October dates already.
  ruralrx: MUSC FM adding February dates per their website

View thread: https://forums.studentdoctor.net/threads/obstetrics-gynecology-2026-2027.1502331/
Unsubscribe from digests in your account preferences.
""")

fwd1_when = at("2026-11-02 16:01", CT)
add(U, "fwd-classmate-vumc", at("2026-11-03 07:58"),
    "Hannah Delacroix <hdelacroix.md@gmail.com>",
    "Fwd: VUMC OB/GYN Interview Invitation!!",
    text=f"""CAM!!! I got Vandy!! Did you get one?? Fingers crossed for you!!

---------- Forwarded message ---------
From: VUMC OB/GYN Residency <obgyn.residency@vumc.org>
Date: {fwd1_when.strftime('%a, %b')} {fwd1_when.day}, {fwd1_when.year} at 4:01 PM
Subject: VUMC OB/GYN Interview Invitation
To: <hdelacroix.md@gmail.com>


Dear Hannah,

On behalf of the Department of Obstetrics and Gynecology at Vanderbilt University Medical Center, we
are pleased to invite you to interview for our residency program. Please schedule through Thalamus
by November 9, 2026. Interview dates: December 2, December 9, January 6.

VUMC OB/GYN Residency Program | Nashville, Tennessee
""")

fwd2_when = at("2026-11-09 13:20")
add(U, "fwd-partner-emory-im", at("2026-11-10 07:44"),
    "Marcus Lindqvist <marcus.lindqvist@gmail.com>",
    "Fwd: Interview Invitation \u2013 Emory University Internal Medicine Residency",
    text=f"""Babe look - Emory IM!! If you get Emory OB we could both be in Atlanta :)

---------- Forwarded message ---------
From: Emory Internal Medicine Residency <imresidency@emory.edu>
Date: {fwd2_when.strftime('%a, %b')} {fwd2_when.day}, {fwd2_when.year} at 1:20 PM
Subject: Interview Invitation \u2013 Emory University Internal Medicine Residency
To: Marcus Lindqvist <marcus.lindqvist@gmail.com>


Dear Dr. Lindqvist,

Congratulations! The J. Willis Hurst Internal Medicine Residency Program at Emory University School
of Medicine invites you to interview. Please select a date in Thalamus within 7 days.

Emory University School of Medicine | Department of Medicine | Atlanta, GA
""", cte="quoted-printable")

add(U, "acog-student-newsletter", at("2026-11-18 12:00"),
    "ACOG <news@acog.org>", "ACOG Medical Student Newsletter \u2013 November 2026",
    html="""<html><body style="font-family:Georgia;font-size:14px;">
<h2 style="color:#1c3f94;">ACOG Medical Student Newsletter</h2>
<h3>Interview season: making the most of virtual days</h3>
<p>APGO and CREOG continue to recommend virtual interviews for OB/GYN. Program directors from Emory
University, the University of Alabama at Birmingham, and Atrium Health Wake Forest Baptist share tips
on asking residents the right questions.</p>
<h3>Spotlight: Advocacy in the Southeast</h3>
<p>Residents from Ochsner, LSU Health New Orleans and Tulane describe their work with Louisiana's maternal
mortality review committee.</p>
<p style="font-size:11px;">American College of Obstetricians and Gynecologists, 409 12th Street SW, Washington, DC 20024.
<a href="https://www.acog.org/unsubscribe">Unsubscribe</a></p></body></html>""")

add(U, "medschoolcoach-promo", at("2026-11-19 18:30"),
    "MedSchoolCoach <hello@medschoolcoach.com>",
    "Last chance: 20% off residency interview coaching",
    text="""Hi Camille,

Interviews coming up? Our physician advisors (including former OB/GYN and FM program directors)
offer mock interviews with detailed feedback. Use code MATCH27 for 20% off through Sunday.

https://www.medschoolcoach.com/residency-interview-prep

Unsubscribe: https://www.medschoolcoach.com/unsub
""")

add(U, "delta-itinerary-msy", at("2026-12-02 20:14"),
    "Delta Air Lines <DeltaAirLines@t.delta.com>",
    "Your Flight Receipt - CAMILLE BROUSSARD 09DEC26",
    html="""<html><body style="font-family:Arial;font-size:13px;">
<p>Thank you for choosing Delta. Confirmation #: <b>HX7Q2L</b></p>
<table border="1" cellpadding="5" style="border-collapse:collapse;">
<tr><th>Date</th><th>Flight</th><th>Depart</th><th>Arrive</th></tr>
<tr><td>Wed 09DEC</td><td>DL 1473</td><td>SAV 12:05PM</td><td>ATL 1:10PM</td></tr>
<tr><td>Wed 09DEC</td><td>DL 2254</td><td>ATL 2:30PM</td><td>MSY 3:22PM</td></tr>
<tr><td>Thu 10DEC</td><td>DL 1865</td><td>MSY 5:45PM</td><td>ATL 8:25PM</td></tr>
<tr><td>Thu 10DEC</td><td>DL 2781</td><td>ATL 9:50PM</td><td>SAV 10:55PM</td></tr></table>
<p>Passenger: CAMILLE T BROUSSARD &middot; SkyMiles #91******44</p>
<p>Total: $412.60</p></body></html>""")

add(U, "brent-house-hotel", at("2026-12-02 20:40", CT),
    "Brent House Hotel <reservations@brenthousehotel.com>",
    "Reservation Confirmation \u2013 Brent House Hotel at Ochsner Medical Center",
    text="""Dear Camille Broussard,

Thank you for choosing the Brent House Hotel. Your reservation is confirmed.

Confirmation number: 48817352
Arrival: Wednesday, December 9, 2026
Departure: Thursday, December 10, 2026
Room: 1 King, Non-smoking
Rate: Medical Applicant Rate - $129.00 per night plus tax

Brent House Hotel, 1512 Jefferson Highway, New Orleans, LA 70121
Check-in 3:00 PM | Check-out 12:00 PM | Complimentary shuttle on the Ochsner campus
""")

add(U, "enterprise-msy", at("2026-12-03 08:05", CT),
    "Enterprise Rent-A-Car <enterprise@email.enterprise.com>",
    "Your Enterprise Reservation Confirmation #1288376611",
    text="""Hi Camille,

Your reservation is confirmed.

Pick-up: Louis Armstrong New Orleans Intl Airport (MSY), Wed, Dec 9, 2026 3:45 PM
Return:  Louis Armstrong New Orleans Intl Airport (MSY), Thu, Dec 10, 2026 4:30 PM
Vehicle: Economy - Nissan Versa or similar
Estimated total: $96.18

Manage reservation: https://www.enterprise.com/en/reserve/manage
""")

ooo_when = at("2027-01-05 08:30")
add(U, "auto-reply-advisor", at("2027-01-05 08:31"),
    "\"Dr. Renata Vail\" <vail_r@mercer.edu>",
    "Automatic reply: Rank list question",
    text="""Thank you for your email. I am out of the office through January 11 with limited access to
email. For urgent student matters please contact the Savannah campus Office of Student Affairs at
912-350-1700.

Renata Vail, MD
Clerkship Director, Obstetrics & Gynecology
Mercer University School of Medicine - Savannah Campus
""", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add(U, "kimpton-cardinal-winston-salem", at("2027-01-19 21:10"),
    "The Kimpton Cardinal Hotel <reservations@thecardinalhotel.com>",
    "Your stay at The Cardinal, a Kimpton Hotel \u2013 Confirmation 77301562",
    html="""<html><body style="font-family:Arial;font-size:14px;">
<p>Hi Camille,</p><p>We can't wait to welcome you to Winston-Salem!</p>
<p><b>Check-in:</b> Thursday, January 28, 2027<br><b>Check-out:</b> Friday, January 29, 2027<br>
<b>Room:</b> Standard King<br><b>Confirmation:</b> 77301562</p>
<p>The Cardinal Hotel, 51 E 4th Street, Winston-Salem, NC 27101 &middot; about 2 miles from Wake Forest Baptist Medical Center.</p>
</body></html>""")

add(U, "nrmp-rol-open", at("2027-02-01 12:00"),
    "NRMP <support@nrmp.org>", "Rank Order List Entry Is Now Open",
    text="""Dear Applicant,

Rank order list entry for the 2027 Main Residency Match is now open. The rank order list
certification deadline is 9:00 p.m. ET on Wednesday, March 3, 2027. Remember to certify your list;
an uncertified list will not be used in the Match.

National Resident Matching Program
""")
