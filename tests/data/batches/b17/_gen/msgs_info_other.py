"""10 info, 8 other."""
from lib import *

# ================================================================ INFO
# I1 UC Davis EM / mass "all invitations have been sent"
text = """Dear Applicants,

Thank you for your interest in the UC Davis Emergency Medicine Residency Program. We want to let all applicants know that, as of today, ALL interview invitations for the 2026-2027 application cycle have been sent.

Applicants who were placed on our waitlist will be contacted directly if a spot opens. We are not able to respond to individual inquiries about application status, but we are grateful for every application we received.

Best wishes,
UC Davis Emergency Medicine Residency
Department of Emergency Medicine, University of California, Davis
4150 V Street, Suite 2100, Sacramento, CA 95817
"""
add("b17-info-email-ucdavis-em.eml",
    dict(kind="info", program="University of California, Davis", platform="email", specialty="Emergency Medicine"),
    "UC Davis EM Residency <hs-emresidency@ucdavis.edu>",
    "UC Davis EM: All interview invitations have been sent",
    "2026-11-20 12:00:41 -0800", text, to="UC Davis EM Applicants <hs-emresidency@ucdavis.edu>",
    headers=[("Precedence", "bulk")])

# I2 CU Neurology / pre-interview social info (from chiefs)
text = """Hi future colleagues!

We're the chief residents at CU Neurology, and we'd love to meet you before your interview day. Every interview day is preceded by a casual virtual social, the evening before, from 6:30–7:30 PM Mountain Time. No faculty, no evaluation – just residents, pets, and honest answers about life in Denver.

Zoom: https://cuanschutz.zoom.us/j/96610482213?pwd=Q1VOZXVyb1NvY2lhbDI3
Passcode: 8853

Also, our residents put together a "Denver survival guide" covering neighborhoods, rent, skiing and the best green chile in town: https://medschool.cuanschutz.edu/neurology/education/residency/denver-guide

See you soon!
Molly, Theo & Arjun
CU Neurology Chief Residents
University of Colorado School of Medicine – Anschutz Medical Campus
"""
add("b17-info-email-cuanschutz-neuro.eml",
    dict(kind="info", program="University of Colorado School of Medicine", platform="email", specialty="Neurology"),
    "CU Neurology Chief Residents <neurology.chiefs@cuanschutz.edu>",
    "CU Neurology – Pre-interview virtual social 🧠🏔️",
    "2026-11-03 19:04:26 -0700", text, to="Undisclosed recipients:;", cte="base64")

# I3 AAMC / ERAS platform notice
text = """Dear ERAS 2027 Applicant,

As the interview season gets underway, we want to remind you of a few important items:

  • Use the Interviews tab in MyERAS to view, accept, decline, and manage interview invitations from programs that use ERAS interview scheduling.
  • Programs may set response deadlines for invitations. Make sure your notification settings and email address in MyERAS are current.
  • The ERAS Post Office is where programs send messages to applicants. Check it regularly.
  • Scheduled maintenance: MyERAS will be unavailable Saturday, November 14, from 10:00 PM to 2:00 AM ET.

Visit the ERAS applicant resources page for FAQs and tutorials: https://students-residents.aamc.org/applying-residencies-eras/eras-applicant-resources

Sincerely,
ERAS Team
Association of American Medical Colleges
"""
add("b17-info-eras-aamc-none.eml",
    dict(kind="info", platform="eras"),
    "AAMC ERAS <eras@aamc.org>",
    "ERAS 2027: Interview Season Reminders and Scheduled Maintenance",
    "2026-11-04 11:00:00 -0500", text, eras_html("Interview Season Reminders", paras(text)),
    headers=[("List-Unsubscribe", "<https://www.aamc.org/preferences>")])

# I4 NRMP / rank order list
text = """Dear Maren Okafor,

The Rank Order List entry for the 2027 Main Residency Match will open at 12:00 p.m. ET on Monday, February 1, 2027. The deadline to certify your rank order list is 9:00 p.m. ET on Wednesday, March 3, 2027.

Important reminders:
  • Review the 2027 Match Participation Agreement, including rules about post-interview communication.
  • If you are applying to both advanced and preliminary/transitional positions, create supplemental rank order lists for your advanced programs.
  • Match Week begins Monday, March 15, 2027. Match Day is Friday, March 19, 2027.

Log in to the R3 system: https://r3.nrmp.org

National Resident Matching Program
2121 K Street NW, Suite 1000, Washington, DC 20037
"""
add("b17-info-nrmp-rol-none.eml",
    dict(kind="info", platform="other"),
    "NRMP <support@nrmp.org>",
    "2027 Main Residency Match: Rank Order List Entry Opens February 1",
    "2027-01-20 13:00:00 -0500", text)

# I5 UW Radiology / second look
text = """Dear Applicants,

Thank you again for interviewing with the University of Washington Diagnostic Radiology Residency this season. We are pleased to invite all interviewed applicants to an optional in-person Second Look Day on Friday, February 12, 2027, at UW Medical Center – Montlake and Harborview Medical Center in Seattle.

Second Look is entirely optional and has no impact on our rank list. Participation will not be tracked or shared with the selection committee.

If you would like to attend, please RSVP by January 29: https://forms.office.com/r/UWRadSecondLook27

Best,
UW Radiology Residency Program
Department of Radiology, University of Washington School of Medicine
"""
add("b17-info-email-uwmed-radio.eml",
    dict(kind="info", program="University of Washington School of Medicine", platform="email",
         specialty="Radiology-Diagnostic"),
    "UW Radiology Residency <radres@uw.edu>",
    "UW Radiology – Optional Second Look Day, Feb 12",
    "2027-01-20 10:15:00 -0800", text, to="undisclosed-recipients:;")

# I6 University of Utah GME office / benefits
text = """Dear Residency Applicant,

Thank you for interviewing with a University of Utah Health residency program this season. The Office of Graduate Medical Education would like to share information about resident compensation and benefits for the 2027–2028 academic year:

  PGY-1 salary: $67,420
  PGY-2 salary: $69,880
  Housing stipend: $3,000 per year
  Health, dental, and vision insurance: employer-paid for residents and dependents
  Parental leave: 6 weeks paid
  Meal allowance, parking, and UTA transit pass provided

Our full benefits guide, including information about the Salt Lake City area and resident well-being resources, is attached to our website: https://medicine.utah.edu/gme/prospective-residents

Please do not reply to this message; direct questions to your program coordinator.

Office of Graduate Medical Education
University of Utah Health
"""
add("b17-info-gme-uutah-none.eml",
    dict(kind="info", program="University of Utah Health", platform="email"),
    "University of Utah Health GME <gme@hsc.utah.edu>",
    "University of Utah Health GME – Resident Salary & Benefits 2027-2028",
    "2026-12-01 09:00:12 -0700", text, to="undisclosed-recipients:;", cte="quoted-printable")

# I7 Stanford Neurology / post-interview thank-you
text = """Dear Maren,

Thank you for interviewing with the Stanford Neurology Residency Program. It was a pleasure getting to know you, and we hope you enjoyed meeting our residents and faculty.

In accordance with NRMP policies, we will not be reaching out after interviews regarding ranking, and we ask that you do not feel any obligation to send thank-you notes or letters of intent. If you have questions about the program, please feel free to contact us at any time.

Wishing you the best for the remainder of the season,

Kathleen Ng-Lambert, MD
Residency Program Director
Department of Neurology & Neurological Sciences
Stanford University School of Medicine
"""
add("b17-info-pd-stanford-neuro.eml",
    dict(kind="info", program="Stanford University School of Medicine", platform="email", specialty="Neurology"),
    "Stanford Neurology Residency <neuroresidency@stanford.edu>",
    "Thank you from Stanford Neurology",
    "2026-12-16 17:40:08 -0800", text, letter_html(paras(text), "Stanford Medicine &middot; Neurology &amp; Neurological Sciences", "#8c1515"))

# I8 Thalamus platform info
text = """Hi Maren,

Interview season is in full swing! Here's what's new in Thalamus:

  • Calendar sync – Connect Google or Outlook calendar to automatically add scheduled interviews.
  • Travel mapping – See all of your in-person interviews on a map with suggested itineraries.
  • Waitlist alerts – Get a push notification the moment a program offers you a spot from its waitlist.

Download the Thalamus mobile app for iOS and Android to respond to invitations on the go.

Happy interviewing!
The Thalamus Team
""" + thalamus_footer_text()
add("b17-info-thal-platform-none.eml",
    dict(kind="info", platform="thalamus"),
    '"Thalamus" <hello@thalamusgme.com>',
    "New in Thalamus: Calendar sync, travel mapping & waitlist alerts",
    "2026-11-09 16:00:00 +0000", text,
    thalamus_html("New in Thalamus", paras(text.split("\n--\n")[0])),
    headers=[("List-Unsubscribe", "<https://app.thalamusgme.com/unsubscribe?u=mo27>")])

# I9 OHSU Anesthesiology / virtual open house
text = """Hello applicants!

OHSU Anesthesiology is hosting a virtual open house for all applicants on Monday, November 2, 2026 from 6:00 to 7:30 PM Pacific. Come meet our residents, learn about our tracks (including our research and global health pathways), and ask anything about living in Portland.

Register here: https://ohsu.zoom.us/webinar/register/WN_anesOpenHouse2027

This event is optional and not part of the interview process.

OHSU Department of Anesthesiology & Perioperative Medicine
Oregon Health & Science University
"""
add("b17-info-email-ohsu-anes.eml",
    dict(kind="info", program="Oregon Health & Science University", platform="email", specialty="Anesthesiology"),
    "OHSU Anesthesiology Residency <anesthesiaresidency@ohsu.edu>",
    "OHSU Anesthesiology Virtual Open House - November 2",
    "2026-10-28 12:30:55 -0700", text, to="undisclosed-recipients:;")

# I10 Denver Health EM / resident Q&A nights
text = """Hello DHREM applicants!

Our residents are hosting a series of casual Q&A nights for anyone who has applied to Denver Health Emergency Medicine. Drop in to hear about our 4-year curriculum, Denver Health's role as the Rocky Mountain Regional Trauma Center, and life in Denver.

  • Tuesday, October 27 – 7:00 PM MT – Wellness and life outside the hospital
  • Tuesday, November 10 – 7:00 PM MST – EMS, prehospital, and our Paramedic Division
  • Tuesday, December 1 – 7:00 PM MST – Fellowships and careers after residency

Zoom: https://denverhealth.zoom.us/j/92211046873

These sessions are not part of the interview and attendance is not tracked.

Denver Health Residency in Emergency Medicine
Denver Health Medical Center
"""
add("b17-info-email-denverhealth-em.eml",
    dict(kind="info", program="Denver Health Medical Center", platform="email", specialty="Emergency Medicine"),
    "DHREM <dhrem@dhha.org>",
    "Meet DHREM – Resident Q&A Nights 🏔️🚑",
    "2026-10-19 18:22:10 -0600", text, to="undisclosed-recipients:;", cte="quoted-printable")

# ================================================================ OTHER
# O1 partner's forwarded invitation
fwd = """---------- Forwarded message ---------
From: UCSF IM Residency <imresidency@ucsf.edu>
Date: Tue, Oct 20, 2026 at 11:05 AM
Subject: UCSF Internal Medicine Residency – Interview Invitation
To: Jordan Whitfield <jordan.whitfield@gmail.com>

Dear Jordan,

Congratulations! On behalf of the UCSF Internal Medicine Residency Program, we are delighted to invite you to interview for our Categorical track. Our virtual interview dates are Monday, November 30; Monday, December 7; and Monday, January 11.

Please schedule your interview through Thalamus by October 27, 2026 at 5:00 PM PT.

UCSF Internal Medicine Residency Program
University of California, San Francisco"""
text = f"""babe!!!! UCSF!!! look at this. can you check if any of these line up with your UCSD or Stanford days? we could do a Bay Area trip together

Jordan

{fwd}
"""
add("b17-oth-fwd-ucsfpartner-im.eml",
    dict(kind="other", platform="other"),
    "Jordan Whitfield <jordan.whitfield@gmail.com>",
    "Fwd: UCSF Internal Medicine Residency – Interview Invitation",
    "2026-10-20 12:31:09 -0600", text)

# O2 classmate's forwarded invitation
fwd = """-------- Forwarded Message --------
Subject: Interview Invitation: University of Washington - Emergency Medicine
Date: Mon, 2 Nov 2026 17:20:44 +0000
From: Thalamus <no-reply@thalamusgme.com>
To: Priya Natarajan <pnatarajan27@gmail.com>

Hello Priya,

Congratulations! University of Washington - Emergency Medicine has invited you to interview.

Available interview dates:
  - Thursday, December 3, 2026
  - Thursday, December 17, 2026
  - Thursday, January 14, 2027

Respond by: November 9, 2026 at 11:59 PM PST
Schedule: https://app.thalamusgme.com/applicant/invitations/71af0d22-9c4b"""
text = f"""Hey Maren! Did you get one of these from UW EM yet?? They seem to be sending in waves today. If you get one let's try to pick the same day and split an Airbnb in Seattle!

- Priya

{fwd}
"""
add("b17-oth-fwd-uwclassmate-em.eml",
    dict(kind="other", platform="other"),
    "Priya Natarajan <pnatarajan27@gmail.com>",
    "Fwd: Interview Invitation: University of Washington - Emergency Medicine",
    "2026-11-02 11:02:57 -0700", text)

# O3 research assistant job interview
text = """Dear Maren,

Thank you for applying to the Research Assistant II position (Requisition #38817) with the Department of Psychiatry at the University of Colorado Anschutz Medical Campus. The hiring team would like to invite you to a 30-minute interview via Microsoft Teams.

Please use the link below to select an interview time between Monday, November 9 and Friday, November 13:
https://cu.taleo.net/careersection/schedule/interview?req=38817&c=MO27

This is a part-time, grant-funded position (0.5 FTE) supporting a clinical trial of digital cognitive behavioral therapy.

Best regards,
Hannah Liu
Talent Acquisition Partner
University of Colorado Anschutz Medical Campus – Human Resources
"""
add("b17-oth-email-cuanschutz-ra.eml",
    dict(kind="other", platform="other"),
    "CU Anschutz Talent Acquisition <cu-careers@cuanschutz.edu>",
    "Interview Request – Research Assistant II, Department of Psychiatry (Req #38817)",
    "2026-11-03 14:10:26 -0700", text)

# O4 specialty society newsletter (AAN)
text = """AAN Student & Resident Newsletter — November 2026

IN THIS ISSUE
  • Interview season survival: tips from PGY-1 neurology residents
  • "How I chose neurology": a conversation with Dr. Amara Osei
  • Apply now: 2027 AAN Annual Meeting Medical Student Scholarships (deadline December 15)
  • Neurology Match statistics: what the 2026 data tell us
  • Webinar: Navigating advanced vs. categorical neurology positions — December 2, 8 PM ET

Register for the AAN Annual Meeting, April 17–23, 2027, in Los Angeles: https://www.aan.com/events/annual-meeting

You are receiving this email because you are a Student member of the American Academy of Neurology.
Unsubscribe: https://www.aan.com/unsubscribe?e=maren.okafor.match27%40gmail.com
American Academy of Neurology, 201 Chicago Avenue, Minneapolis, MN 55415
"""
html = letter_html(paras(text), "American Academy of Neurology &middot; Student &amp; Resident News", "#00509e")
add("b17-oth-news-aan-neuro.eml",
    dict(kind="other", platform="other"),
    "American Academy of Neurology <news@aan.com>",
    "Interview season tips, Match data & scholarships | AAN Student News",
    "2026-11-12 14:00:00 -0600", text, html,
    headers=[("List-Unsubscribe", "<https://www.aan.com/unsubscribe?e=maren.okafor.match27%40gmail.com>"),
             ("Precedence", "bulk")])

# O5 Calendly mock interview with mentor
text = """Hi Maren Okafor,

A new event has been scheduled.

Event Type:
Mock Residency Interview (45 min)

Invitee:
Maren Okafor

Event Date/Time:
05:30pm - 06:15pm (Mountain Time - US & Canada) on Thursday, October 22, 2026

Location:
Google Meet: https://meet.google.com/xqv-ffrn-ypt

Organizer:
Ellen Sato, MD – Office of Student Affairs, Career Advising

Reschedule: https://calendly.com/reschedulings/91c3e0aa-2f4e-4c80-b1b3-7de1ac61c0ff
Cancel: https://calendly.com/cancellations/91c3e0aa-2f4e-4c80-b1b3-7de1ac61c0ff

Powered by Calendly.com
"""
add("b17-oth-cal-mentor-mock.eml",
    dict(kind="other", platform="other"),
    "Calendly <notifications@calendly.com>",
    "New Event: Maren Okafor - 05:30pm Thu, Oct 22, 2026 - Mock Residency Interview (45 min)",
    "2026-10-18 03:47:12 +0000", text)

# O6 hotel confirmation
text = """Torrance Marriott Redondo Beach
3635 Fashion Way, Torrance, CA 90503

Reservation Confirmation

Dear Maren Okafor,

Thank you for booking with us. Your reservation details:

Confirmation Number: 81937422
Check-in: Wednesday, December 9, 2026 (after 4:00 PM)
Check-out: Thursday, December 10, 2026 (before 12:00 PM)
Room: 1 King Bed, City View
Rate: HUEM Group Rate – $149.00 per night plus taxes
Guests: 1 adult

Cancellation policy: cancel by 11:59 PM hotel time on December 7, 2026 to avoid a charge of one night.

Marriott Bonvoy Member #: ****4471

View or modify your reservation: https://www.marriott.com/reservation/lookupReservation.mi?confirmationNumber=81937422
"""
add("b17-oth-email-marriott-hotel.eml",
    dict(kind="other", platform="other"),
    "Marriott Bonvoy <reservations@res.marriott.com>",
    "Reservation Confirmation #81937422 for Torrance Marriott Redondo Beach",
    "2026-11-20 21:05:17 +0000", text, cte="quoted-printable")

# O7 airline itinerary
text = """Southwest Airlines — You're going to Salt Lake City!

Confirmation #: QPLMVX
Passenger: MAREN OKAFOR   Rapid Rewards #: ****8823

DEPARTING FLIGHT — Wednesday, 12/9/2026
  Flight # 1847
  DEN 6:10 PM  →  SLC 7:32 PM   Nonstop

RETURNING FLIGHT — Friday, 12/11/2026
  Flight # 2216
  SLC 8:45 AM  →  DEN 10:02 AM   Nonstop

Total cost: $187.40 (Wanna Get Away plus)
Check in 24 hours before departure: https://www.southwest.com/air/check-in/?confirmationNumber=QPLMVX
"""
add("b17-oth-email-southwest-flight.eml",
    dict(kind="other", platform="other"),
    "Southwest Airlines <SouthwestAirlines@iluv.southwest.com>",
    "Your trip is booked! (QPLMVX) | DEN-SLC | 12/09/2026",
    "2026-11-17 02:18:40 +0000", text, cte="quoted-printable")

# O8 loan refinancing marketing
text = """Hi Maren,

Residency is just around the corner. Did you know you could lower your monthly student loan payment to as little as $100/month during residency and fellowship?

Laurel Road for Doctors offers:
  • Reduced payments during training
  • Rate discounts for AMA and AMWA members
  • No application or origination fees

Check your rate in 2 minutes — it won't affect your credit score.
https://www.laurelroad.com/doctors/refinance?utm_source=email&utm_campaign=match27

Laurel Road is a brand of KeyBank N.A. Member FDIC.
Unsubscribe: https://www.laurelroad.com/unsubscribe
"""
add("b17-oth-news-laurelroad-loans.eml",
    dict(kind="other", platform="other"),
    "Laurel Road for Doctors <offers@email.laurelroad.com>",
    "Maren, match season + lower payments during residency?",
    "2026-12-03 15:30:00 +0000", text,
    headers=[("List-Unsubscribe", "<https://www.laurelroad.com/unsubscribe>"), ("Precedence", "bulk")])
