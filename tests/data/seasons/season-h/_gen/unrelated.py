"""Mail that belongs to no program (labelled `unrelated`)."""
from platforms import *

U = "unrelated"


def build():
    mk(U, "eras-application-submitted", "2026-09-02 09:14", "ERAS <noreply@aamc.org>",
       "MyERAS: Your application has been submitted",
       f"""Dear Tessa Lindqvist,

Your MyERAS application for the ERAS 2027 season has been successfully submitted and certified. You may continue to assign documents and apply to additional programs at any time.

Important dates:
- September 23, 2026: Residency programs may begin reviewing applications
- Interview invitations may arrive by email, through the ERAS Interview Scheduler, or through third-party platforms.

AAMC ID: {AAMC_ID}
https://myeras.aamc.org/

{ERAS_FOOT}""", html_auto=True, brand="AAMC | ERAS", color="#00426a")

    mk(U, "thalamus-welcome", "2026-09-09 15:30", "Thalamus <noreply@thalamusgme.com>",
       "Welcome to Thalamus – complete your applicant profile",
       """Hi Tessa,

Welcome to Thalamus! Your applicant account is linked to your ERAS application. Programs that use Thalamus will send interview invitations, waitlist updates and reminders from this address. Add noreply@thalamusgme.com to your contacts so nothing lands in spam.

Set your time zone and connect your calendar: https://app.thalamusgme.com/applicant/settings

The Thalamus Team""", html_auto=True, brand="thalamus", color="#1f2a44", hdr_tz="utc")

    mk(U, "nrmp-registration", "2026-09-16 11:02", "NRMP <support@nrmp.org>",
       "NRMP Registration Confirmation – 2027 Main Residency Match",
       f"""Dear Tessa Lindqvist,

Thank you for registering for the 2027 Main Residency Match. Your NRMP ID is {NRMP_ID}.

Key dates: rank order list entry opens at 12:00 PM ET on February 1, 2027; the rank order list certification deadline is March 3, 2027 at 9:00 PM ET; Match Day is Friday, March 19, 2027.

Please review the Match Participation Agreement, including the rules about post-interview communication.

National Resident Matching Program | 2121 K Street NW, Suite 1000 | Washington, DC 20037
https://www.nrmp.org/""", cte="7bit")

    fwd_inner = """Hi Priya,

Congratulations! We are delighted to invite you to interview with the Pediatric Residency Program at Nationwide Children’s Hospital and The Ohio State University College of Medicine.

Program: Nationwide Children's Hospital - Pediatrics (Categorical)
Specialty: Pediatrics
Interview Type: Virtual

To view available dates and schedule your interview, log in to Thalamus:
https://app.thalamusgme.com/applicant/invitations/41f8b2aa-0c5d-4b6e-9f37-71c2d9e04a58"""
    mk(U, "fwd-classmate-nch-invite", "2026-10-06 12:41",
       "Priya Raman <priya.raman.md@gmail.com>", "Fwd: Nationwide Children’s Pediatric Residency: Interview Invitation 🎉",
       "AHHH NCH just sent invites!! Did you get one too?? Check spam!!\n\nP\n\n"
       "---------- Forwarded message ---------\nFrom: Thalamus <noreply@thalamusgme.com>\n"
       "Date: Tue, Oct 6, 2026 at 12:00 PM\nSubject: Nationwide Children’s Pediatric Residency: Interview Invitation 🎉\n"
       "To: <priya.raman.md@gmail.com>\n\n" + fwd_inner, html_auto=True, sent=False, msgid_domain="mail.gmail.com")

    mk(U, "cleveland-clinic-careers-interview", "2026-10-19 16:20",
       "Cleveland Clinic Careers <careers-noreply@ccf.org>",
       "Interview Request: Clinical Research Coordinator I (Req. 118734) – Lerner Research Institute",
       f"""Dear Tessa,

Thank you for applying for the Clinical Research Coordinator I position (Req. 118734) in the Department of Quantitative Health Sciences, Lerner Research Institute, at Cleveland Clinic.

The hiring manager would like to schedule a 30-minute phone interview with you. Please choose a time on {L('2026-10-27')} or {L('2026-10-28')} using the link below:
https://clevelandclinic.wd1.myworkdayjobs.com/en-US/ClevelandClinicCareers/userHome

Thank you for your interest in a career at Cleveland Clinic.

Talent Acquisition | Cleveland Clinic
9500 Euclid Avenue | Cleveland, OH 44195""", html_auto=True, brand="Cleveland Clinic Careers", color="#007a3d")

    mk(U, "fwd-partner-beaumont-em", "2026-11-05 19:02",
       "Jonah Whitfield <jonah.whitfield88@gmail.com>", "Fwd: Interview Invitation – Corewell Health Emergency Medicine",
       "Babe look!! Royal Oak EM! Same hospital as your IM interview, maybe we can drive up together on the 19th?\n\n"
       "---------- Forwarded message ---------\nFrom: Corewell Health East EM Residency <EMResidency@corewellhealth.org>\n"
       "Date: Thu, Nov 5, 2026 at 4:30 PM\nSubject: Interview Invitation – Corewell Health Emergency Medicine\n"
       "To: <jonah.whitfield88@gmail.com>\n\n"
       "Dear Jonah,\n\nThe Emergency Medicine Residency at Corewell Health William Beaumont University Hospital (Royal Oak) "
       f"invites you to interview on {L('2026-11-19')}. Please confirm by replying to this email.\n\n"
       "Emergency Medicine Residency Program\nCorewell Health East | 3601 W. Thirteen Mile Road | Royal Oak, MI 48073",
       html_auto=True, msgid_domain="mail.gmail.com")

    mk(U, "nmpra-newsletter", "2026-11-10 12:00", "NMPRA <info@nmpra.org>",
       "NMPRA Monthly – Med-Peds interview season, program spotlights & more",
       """National Med-Peds Residents' Association – Monthly Newsletter

Interview season is in full swing! A few highlights from our member programs:

* Program spotlight: UH Rainbow Babies & Children's / University Hospitals Cleveland Med-Peds opened a young-adult transition clinic.
* Ohio State / Nationwide Children's Med-Peds residents led a statewide advocacy day.
* Indiana University Med-Peds and WVU Med-Peds will co-host a virtual "Med-Peds in Appalachia" panel on December 2.
* The University of Cincinnati / Cincinnati Children's Med-Peds program welcomed a new associate program director.

Applicant tip: send thank-you notes only if you want to; programs cannot ask for post-interview communication.

Unsubscribe: https://nmpra.org/newsletter/unsubscribe""", html_auto=True, brand="NMPRA", color="#5a2d82",
       hdr_tz=ZoneInfo("America/Chicago"))

    mk(U, "panacea-marketing", "2026-11-20 10:30", "Panacea Financial <hello@panaceafinancial.com>",
       "Congrats on interview season, future doctor 🩺 – 0% down for residents",
       """Hi Tessa,

Interview season is stressful enough. Let us handle the money side: Panacea's banking, student loan refinancing and physician mortgages are built for doctors, by doctors.

Residents: refinance now and pay $100/month during training.

Learn more: https://panaceafinancial.com/residents

Panacea Financial is a division of Primis Bank, Member FDIC.
Unsubscribe: https://panaceafinancial.com/unsubscribe""", html_auto=True, brand="Panacea Financial", color="#0f5c5c",
       cte="base64")

    mk(U, "marriott-indianapolis", "2026-11-28 13:55", "Marriott Bonvoy <reservations@marriott.com>",
       "Reservation Confirmation #84213976 – Courtyard Indianapolis at the Capitol",
       f"""Thank you for booking with us, Tessa.

Courtyard Indianapolis at the Capitol
320 N Senate Avenue, Indianapolis, IN 46204

Check-in: {L('2026-12-06')} (after 4:00 PM)
Check-out: {L('2026-12-07')} (by 12:00 PM)
1 King Bed, 1 Guest
Confirmation number: 84213976

Nearby: IU Health Methodist Hospital (1.6 mi), Riley Hospital for Children (1.2 mi), Indiana Convention Center (0.6 mi).

Manage reservation: https://www.marriott.com/reservation/lookupReservation.mi""",
       html_auto=True, brand="Marriott Bonvoy", color="#1c1c1c")

    mk(U, "enterprise-rental", "2026-11-29 08:12", "Enterprise Rent-A-Car <enterprise@email.enterprise.com>",
       "Your Enterprise Reservation Confirmation",
       f"""Hi Tessa,

Thanks for choosing Enterprise! Your reservation is confirmed.

Confirmation #: 1647728390
Pick-up: {SHY('2026-12-06')} 9:00 AM – Akron-Canton Airport (CAK), 5400 Lauby Rd, North Canton, OH 44720
Return: {SHY('2026-12-08')} 5:00 PM – same location
Vehicle: Standard SUV (Nissan Rogue or similar)

Modify or cancel: https://www.enterprise.com/en/reserve/manage.html""", html_auto=True, brand="Enterprise", color="#169a5a")

    sentq = "Hi Dr. Mahoney,\n\nDo you have 20 minutes next week to talk through my rank list? I'm deciding between Med-Peds and categorical IM.\n\nThanks,\nTessa"
    mk(U, "ooo-advisor", "2026-12-15 08:03",
       "\"Mahoney, Colleen\" <cmahoney@neomed.edu>", "Automatic reply: Rank list question",
       "I am out of the office from December 14 through January 4 with limited access to email. For urgent student "
       "affairs matters, please contact the Office of Student Affairs at 330-325-6777.\n\n"
       "Colleen Mahoney, MD\nAssistant Dean for Career Advising\nNortheast Ohio Medical University | 4209 State Route 44 | Rootstown, OH 44272",
       cte="7bit", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    mk(U, "nrmp-rol-open", "2027-02-01 12:00", "NRMP <support@nrmp.org>",
       "2027 Main Residency Match: Rank Order List Entry Is Now Open",
       f"""Dear Tessa Lindqvist (NRMP ID {NRMP_ID}),

Rank order list entry for the 2027 Main Residency Match is now open in the R3 system. Congratulations on reaching this stage of the Match!

Remember: you can rank only programs where you interviewed, and a rank order list must be certified to be used. If you are applying to PGY-2 (advanced) positions, you may attach supplemental lists of PGY-1 programs.

The rank order list certification deadline is 9:00 PM ET on Wednesday, March 3, 2027.

Log in: https://r3.nrmp.org/

National Resident Matching Program""", html_auto=True, brand="NRMP", color="#003865")
