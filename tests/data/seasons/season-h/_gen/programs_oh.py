"""Ohio programs."""
from platforms import *

IM, PEDS, MP = "Internal Medicine", "Pediatrics", "Internal Medicine/Pediatrics"

SIG_CCF_IM = """Renée Kowalczyk
Residency Program Coordinator | Internal Medicine Residency Program
Cleveland Clinic | 9500 Euclid Avenue, NA-10 | Cleveland, OH 44195
IMResidency@ccf.org | 216.444.5600"""

SIG_CCF_PEDS = """Brianna Tolliver, C-TAGME
Program Coordinator, Pediatric Residency Program
Cleveland Clinic Children’s
9500 Euclid Avenue, R3 | Cleveland, Ohio 44195"""


def build():
    # ---------------------------------------------------------------- Cleveland Clinic IM (categorical)
    th_invite("ccf-im", "thalamus-invitation", "2026-10-07 10:02",
              "Cleveland Clinic Foundation - Internal Medicine (Categorical)", IM,
              """On behalf of the Internal Medicine Residency Program at Cleveland Clinic, it is my pleasure to invite you to interview for a categorical position in our program. All interview days for the 2026-2027 season are virtual.

Each interview day begins at 8:00 AM Eastern with a welcome from our Program Director, followed by three faculty interviews, a conversation with our chief residents, and a virtual tour of the Main Campus. Please note that Cleveland Clinic Florida (Weston) and Cleveland Clinic Akron General run separate residency programs with their own application and interview process.

An optional in-person second look will be held in February after rank order lists open, and our residents will host an informal virtual happy hour the evening before each interview day.

Renée Kowalczyk
Residency Program Coordinator, Cleveland Clinic Internal Medicine""",
              "a8c41f07-5b3e-4d7b-9a0e-cc3f18e2b611", deadline="October 21, 2026",
              subject="Cleveland Clinic Internal Medicine Residency – Interview Invitation",
              reply_to="IMResidency@ccf.org", names=("Cleveland Clinic",))
    th_scheduled("ccf-im", "thalamus-scheduled", "2026-10-07 10:09",
                 "Cleveland Clinic Foundation - Internal Medicine (Categorical)", IM, "2026-12-03", "08:00", "13:15",
                 note="Zoom links will be sent by the program one week before your interview date.")
    mk("ccf-im", "ccf-im-itinerary", "2026-11-25 14:37",
       "IM Residency <IMResidency@ccf.org>",
       "Itinerary for your Cleveland Clinic IM interview on Thursday, 12/3",
       f"""Dear Tessa,

We look forward to meeting you virtually next week! Your itinerary for {L('2026-12-03')} is below. All times are Eastern Standard Time.

7:45 AM   Log in and tech check
8:00 AM   Welcome from Dr. Aaron Feldstein, Program Director
8:30 AM   Faculty interview #1 (Dr. Priscilla Oyelaran)
9:05 AM   Faculty interview #2 (Dr. Mark Benedetti)
9:40 AM   Faculty interview #3 (Dr. Hanna Sato)
10:30 AM  Chief residents' Q&A
11:30 AM  Virtual tour of Main Campus and the Sydell and Arnold Miller Family Pavilion
12:30 PM  Closing remarks

Zoom (main room): https://ccf.zoom.us/j/93184420716?pwd=Q2xldmVsYW5kSU0yNw

Residents' virtual happy hour, {L('2026-12-02')} at 7:00 PM: https://ccf.zoom.us/j/95527013388

Reminder: this interview is for our categorical Internal Medicine position at the Cleveland Clinic Main Campus. If you also applied to our preliminary year, that application is reviewed separately.

Warm regards,

{SIG_CCF_IM}""", html_auto=True, names=("Cleveland Clinic",), dates=(L('2026-12-03'),))
    mk("ccf-im", "ccf-im-thank-you", "2026-12-07 09:12",
       "\"Feldstein, Aaron\" <feldsta@ccf.org>",
       "Thank you for interviewing with Cleveland Clinic Internal Medicine",
       f"""Dear Ms. Lindqvist,

Thank you for spending the day with us on Thursday. It was a pleasure to learn about your work with the NEOMED free clinic and your interest in hospital medicine.

Consistent with NRMP policy, we will not contact you after today regarding your ranking, and you should not feel obligated to share your plans with us. If you would like to see our campus in person, we are holding optional second-look visits on {L('2027-02-12')} and {L('2027-02-19')}; these are entirely optional and have no bearing on our rank list. Sign-up: https://forms.office.com/r/CCIM2ndLook27

Our residency year begins on July 1, 2027, after Match Day on March 19, 2027.

Best wishes,

Aaron Feldstein, MD
Program Director, Internal Medicine Residency
Cleveland Clinic""", html_auto=True, names=("Cleveland Clinic",))

    # ---------------------------------------------------------------- Cleveland Clinic IM preliminary (same mailbox)
    mk("ccf-prelim", "ccf-prelim-decision", "2026-12-08 16:45",
       "IM Residency <IMResidency@ccf.org>",
       "Cleveland Clinic Internal Medicine – Preliminary Year Application",
       f"""Dear Tessa Lindqvist,

Thank you for applying to the Preliminary Year track of the Cleveland Clinic Foundation Program in Internal Medicine (NRMP code 1538140P0). We received more than 1,400 applications for 12 preliminary positions this year.

After careful review, we regret that we are unable to offer you an interview for the preliminary track. This decision does not affect any other application you may have submitted to Cleveland Clinic, including our categorical Internal Medicine track (1538140C0), which is considered by a separate committee.

We wish you every success in the Match.

Sincerely,

Preliminary Medicine Selection Committee
Internal Medicine Residency Program
Cleveland Clinic | 9500 Euclid Avenue, NA-10 | Cleveland, OH 44195""",
       cte="7bit", names=("Cleveland Clinic Foundation Program", "Preliminary Year"))

    # ---------------------------------------------------------------- Cleveland Clinic Akron General IM (declined)
    mid = ib_invite("akron-gen-im", "interviewbroker-invitation", "2026-10-20 13:30",
                    "Cleveland Clinic Akron General", "Internal Medicine Residency 2026-2027 (Categorical)",
                    """Congratulations! The Internal Medicine Residency at Akron General Medical Center, a Cleveland Clinic hospital, would like to invite you to a virtual interview. Interview days are held on Tuesdays from November through January, 8:30 AM to 12:30 PM.

Akron General is affiliated with Northeast Ohio Medical University (NEOMED). Please respond within 14 days.""",
                    "CCAG-IM-7Q2K9", reply_to="Diane Szabo <szabod@ccf.org>",
                    names=("Akron General Medical Center",))
    sent_text = """Dear Ms. Szabo,

Thank you so much for the invitation to interview with the Cleveland Clinic Akron General Internal Medicine residency. After a lot of thought, I have decided to decline the interview so that the spot can go to another applicant. I really enjoyed my sub-internship rotation in Akron and I'm grateful for the opportunity.

Best regards,
Tessa Lindqvist
MS4, Northeast Ohio Medical University
AAMC ID 17423958"""
    smid = mk("akron-gen-im", "sent-decline-akron-general", "2026-10-22 21:48", APPLICANT,
              "Akron General IM interview - declining", sent_text, to="Diane Szabo <szabod@ccf.org>",
              html_auto=True, sent=True, names=("Cleveland Clinic Akron General",))
    mk("akron-gen-im", "re-decline-akron-general", "2026-10-23 08:15",
       "\"Szabo, Diane\" <szabod@ccf.org>", "RE: Akron General IM interview - declining",
       "Hi Tessa,\n\nThank you for letting us know. I have withdrawn your invitation in Interview Broker, and you will "
       "receive a cancellation email from the system shortly (you do not need to do anything else). Good luck this season!\n\n"
       "Diane\n\nDiane Szabo\nResidency Coordinator, Internal Medicine\nCleveland Clinic Akron General\n"
       "1 Akron General Avenue | Akron, OH 44307\n330-344-6000\n\n"
       + outlook_quote("2026-10-22 21:48", "Tessa Lindqvist <tessa.lindqvist.neomed27@gmail.com>",
                       "Szabo, Diane <szabod@ccf.org>", "Akron General IM interview - declining", sent_text),
       html_auto=True, in_reply_to=smid, names=("Cleveland Clinic Akron General",))
    ib_withdrawn("akron-gen-im", "interviewbroker-withdrawn", "2026-10-23 08:21", "Cleveland Clinic Akron General",
                 "Internal Medicine Residency 2026-2027 (Categorical)")

    # ---------------------------------------------------------------- Cleveland Clinic Children's Pediatrics
    th_invite("ccf-peds", "thalamus-invitation", "2026-10-15 11:20",
              "Cleveland Clinic Children's - Pediatrics", PEDS,
              """Thank you for your interest in the Pediatric Residency Program at Cleveland Clinic Children’s. We were impressed by your application and would love to get to know you better. We are pleased to invite you to a virtual interview day.

Our interview days run from 9:00 AM to 2:00 PM Eastern. Residents host an optional virtual social the evening before.

Brianna Tolliver
Cleveland Clinic Children’s Pediatric Residency""", "5e0d7a42-0b8c-4a2f-b0a7-2f9b7d1ce7aa",
              subject="Interview Invitation – Cleveland Clinic Children’s Pediatric Residency",
              reply_to="PedsResidency@ccf.org", names=("Cleveland Clinic Children’s",))
    th_scheduled("ccf-peds", "thalamus-scheduled", "2026-10-15 11:31",
                 "Cleveland Clinic Children's - Pediatrics", PEDS, "2026-11-23", "09:00", "14:00")
    mk("ccf-peds", "ccf-peds-thanks-second-look", "2026-11-25 12:05",
       "Pediatric Residency <PedsResidency@ccf.org>",
       "Thank you from Cleveland Clinic Children’s Pediatrics 💙",
       f"""Hi Tessa,

Thank you for interviewing with us on Monday, {MDY('2026-11-23')}! We loved getting to know you.

Save the date: our optional in-person Second Look is {L('2027-02-05')} at the Cleveland Clinic Children's Hospital on Euclid Avenue (not our rehabilitation hospital on Fairhill Road). Overnight lodging on the evening of Thursday, February 4 is available for applicants traveling more than 100 miles. RSVP here: https://forms.gle/CCCPedsSecondLook2027

Happy Thanksgiving!

{SIG_CCF_PEDS}""", html_auto=True, names=("Cleveland Clinic Children’s", "Cleveland Clinic Children's"),
       dates=(MDY('2026-11-23'),))

    # ---------------------------------------------------------------- Akron Children's Pediatrics (rejected)
    mk("akron-childrens-peds", "akron-childrens-decision", "2026-11-11 15:02",
       "Pediatric Residency - Akron Children's <pedsresidency@akronchildrens.org>",
       "Akron Children’s Hospital Pediatric Residency – Application Status",
       """Dear Tessa,

Thank you for your interest in the Pediatric Residency Program at Akron Children’s Hospital and for the time you invested in your application.

We received an exceptional number of applications this year. After careful consideration, we are unable to offer you an interview invitation. We know this is disappointing, and we wish you the very best in the upcoming Match.

Sincerely,

Kelsey Ruhl
Program Coordinator, Pediatric Residency
Akron Children's Hospital | One Perkins Square | Akron, OH 44308
Affiliated with Northeast Ohio Medical University""", html_auto=True, cte="base64",
       names=("Akron Children’s Hospital", "Akron Children's Hospital"))

    # ---------------------------------------------------------------- University Hospitals Cleveland IM
    uh_prog = "Case Western Reserve University/University Hospitals Cleveland Medical Center Program"
    eras_invite("uh-im", "eras-invitation", "2026-10-14 09:30", uh_prog, "1403821076", IM,
                """Dear Applicant,

On behalf of the Internal Medicine Residency Program at University Hospitals Cleveland Medical Center and Case Western Reserve University School of Medicine, we are delighted to invite you to interview. Our interview days are virtual and run from 7:45 AM to 1:00 PM Eastern.

Please schedule through the ERAS Interview Scheduler within 7 days. Questions? Email UHIMResidency@UHhospitals.org.

Monique Hargrove
Program Manager, Internal Medicine Residency
UH Cleveland Medical Center""", subject="ERAS Interview Invitation: UH Cleveland Medical Center Internal Medicine",
                names=("University Hospitals Cleveland Medical Center",))
    eras_scheduled("uh-im", "eras-scheduled", "2026-10-14 12:44", uh_prog, "1403821076", IM,
                   "2026-11-16", "07:45", "13:00")
    mk("uh-im", "uh-im-resident-social", "2026-11-12 19:20",
       "UHCMC IM Chiefs <uhcmc.imchiefs@gmail.com>",
       "UH IM pre-interview social – Sunday 11/15 🍕",
       f"""Hi everyone!

We're so excited to host you for your interview with UH Cleveland Medical Center Internal Medicine on Monday! The night before, join current residents for a casual (no-evaluation, we promise) virtual hangout:

{L('2026-11-15')}, 7:30-8:30 PM EST
https://cwru.zoom.us/j/96142277415

Cheers,
Mira, Devon, Khalid & Lauren
Chief Medical Residents, University Hospitals Cleveland Medical Center / CWRU""",
       to="undisclosed-recipients:;", html_auto=True,
       names=("UH Cleveland Medical Center Internal Medicine",), dates=(L('2026-11-15'),))
    mk("uh-im", "re-thank-you-uh-im", "2026-11-18 17:10",
       "\"Hargrove, Monique\" <Monique.Hargrove@UHhospitals.org>",
       "RE: Thank you - UH Internal Medicine interview",
       "Hi Tessa,\n\nThank you for your kind note. I have shared it with Dr. Whitcombe and the interview team. "
       "It was a pleasure having you with us on Monday.\n\nTake care,\nMonique\n\n"
       "Monique Hargrove, C-TAGME\nProgram Manager, Internal Medicine Residency Program\n"
       "University Hospitals Cleveland Medical Center | Case Western Reserve University\n"
       "11100 Euclid Avenue, Lakeside 1200 | Cleveland, OH 44106\n\n"
       + outlook_quote("2026-11-17 20:02", "Tessa Lindqvist <tessa.lindqvist.neomed27@gmail.com>",
                       "Hargrove, Monique <Monique.Hargrove@UHhospitals.org>",
                       "Thank you - UH Internal Medicine interview",
                       "Dear Ms. Hargrove,\n\nThank you for organizing such a smooth virtual interview day on Monday. "
                       "Could you please pass my thanks along to Dr. Whitcombe and the chiefs? I especially appreciated "
                       "hearing about the Louis Stokes VA rotations.\n\nBest,\nTessa Lindqvist"),
       html_auto=True, names=("University Hospitals Cleveland Medical Center",))

    # ---------------------------------------------------------------- UH Rainbow Pediatrics (waitlisted)
    mk("uh-peds", "rainbow-peds-waitlist", "2026-10-30 16:12",
       "Rainbow Pediatric Residency <RainbowPedsResidency@UHhospitals.org>",
       "UH Rainbow Babies & Children’s Pediatrics – Interview Waitlist",
       """Dear Tessa,

Thank you for applying to the Pediatric Residency Program at UH Rainbow Babies & Children's Hospital. Our interview invitations for the first wave have been sent, and all of our current interview dates are full.

We would like to place you on our interview waitlist. If an interview spot becomes available, we will email you an invitation through Thalamus. Being on the waitlist is not a rejection, and no action is needed on your part.

Warmly,

Lauren Petkovic
Residency Program Coordinator, Pediatrics
UH Rainbow Babies and Children’s Hospital
11100 Euclid Avenue | Cleveland, OH 44106""", html_auto=True,
       names=("UH Rainbow Babies & Children's Hospital", "UH Rainbow Babies and Children’s Hospital"))
    mk("uh-peds", "rainbow-peds-waitlist-update", "2027-01-08 10:41",
       "Rainbow Pediatric Residency <RainbowPedsResidency@UHhospitals.org>",
       "Rainbow Pediatrics waitlist update",
       """Hi Tessa,

We wanted to let you know that you remain on the interview waitlist for the Case Western Reserve University/University Hospitals Cleveland Medical Center Pediatrics program (Rainbow). We have two interview days left (January 20 and January 27) and will reach out if a spot opens.

If you are no longer interested, just reply and let us know so that we can update our list.

Lauren Petkovic
UH Rainbow Babies & Children's Hospital Pediatric Residency""", cte="7bit",
       names=("Case Western Reserve University/University Hospitals Cleveland Medical Center",
              "UH Rainbow Babies & Children's Hospital"))

    # ---------------------------------------------------------------- UH Med-Peds
    eras_invite("uh-medpeds", "eras-invitation", "2026-10-08 14:00", uh_prog, "7003821061", MP,
                """Congratulations! The Combined Internal Medicine-Pediatrics Residency Program at University Hospitals Cleveland Medical Center and UH Rainbow Babies & Children's Hospital would like to invite you to interview.

Interview days are virtual, Tuesdays in October through December. Please select a date in the ERAS scheduler.

Zoë Mancuso
Program Coordinator, UH Med-Peds""", subject="ERAS Interview Invitation: UH Med-Peds",
                names=("UH Rainbow Babies & Children's Hospital",))
    eras_scheduled("uh-medpeds", "eras-scheduled", "2026-10-08 14:21", uh_prog, "7003821061", MP,
                   "2026-10-27", "08:00", "13:30")
    mk("uh-medpeds", "uh-medpeds-social", "2026-10-22 18:03",
       "=?utf-8?q?Zo=C3=AB_Mancuso?= <zoe.mancuso@UHhospitals.org>".replace("=?utf-8?q?Zo=C3=AB_Mancuso?=", "Zoë Mancuso"),
       "UH Med-Peds – Your interview day next Tuesday + social",
       f"""Hi Tessa,

We’re looking forward to your Med-Peds interview day on {L('2026-10-27')} (8:00 AM to 1:30 PM EDT). Zoom link for the day: https://cwru.zoom.us/j/98812045531

The night before, {LNY('2026-10-26')} at 7:00 PM, our residents are hosting a trivia social: https://cwru.zoom.us/j/92271938044

Please complete this short pre-interview form by Friday: https://forms.office.com/r/UHMedPeds2027

Best,
Zoë

Zoë Mancuso
Program Coordinator, Internal Medicine-Pediatrics Residency
University Hospitals Cleveland Medical Center | UH Rainbow Babies & Children’s Hospital
11100 Euclid Avenue, Mailstop RBC 6003 | Cleveland, OH 44106""", html_auto=True,
       names=("University Hospitals Cleveland Medical Center", "UH Rainbow Babies & Children’s Hospital"),
       dates=(L('2026-10-27'),))
    mk("uh-medpeds", "re-thank-you-uh-medpeds", "2026-10-29 07:55",
       "\"Achterberg, Samuel\" <Samuel.Achterberg@UHhospitals.org>", "RE: Thank you!",
       "Tessa,\n\nThank you for the thoughtful note, and for joining us Tuesday. Best of luck with the rest of "
       "interview season.\n\nSam\n\nSamuel Achterberg, MD\nProgram Director, Internal Medicine-Pediatrics Residency\n"
       "University Hospitals Cleveland Medical Center\n\n"
       + outlook_quote("2026-10-28 19:40", "Tessa Lindqvist <tessa.lindqvist.neomed27@gmail.com>",
                       "Achterberg, Samuel <Samuel.Achterberg@UHhospitals.org>", "Thank you!",
                       "Dr. Achterberg,\n\nThank you for a wonderful interview day at UH Med-Peds on Tuesday. "
                       "The transition clinic for young adults with childhood-onset conditions is exactly the kind "
                       "of work I hope to do.\n\nSincerely,\nTessa Lindqvist"),
       html_auto=True, names=("Internal Medicine-Pediatrics", "University Hospitals Cleveland Medical Center"))

    # ---------------------------------------------------------------- MetroHealth IM (Calendly + .ics-only date)
    mk("metro-im", "metrohealth-im-invitation", "2026-10-27 11:05",
       "MetroHealth IM Residency <IMResidency@metrohealth.org>",
       "Interview Invitation – MetroHealth/Case Western Reserve University Internal Medicine",
       """Dear Tessa,

Congratulations! The Internal Medicine Residency Program at The MetroHealth System, affiliated with Case Western Reserve University School of Medicine, is pleased to invite you to interview for a categorical position (Case Western Reserve University (MetroHealth) Program, ACGME 1403821081).

Please select your interview date using our Calendly page within 5 business days:
https://calendly.com/metrohealth-im-residency/2027-interview-day

Interviews are virtual and begin at 8:00 AM. You will receive a calendar invitation with the Microsoft Teams link once you have chosen a date.

Sincerely,

José Ortiz-Bauer
Residency Program Coordinator, Department of Medicine
MetroHealth Medical Center
2500 MetroHealth Drive | Cleveland, OH 44109""", html_auto=True,
       names=("MetroHealth", "Case Western Reserve University (MetroHealth) Program"))
    ics_m = ics("metro-im-" + hid("metro", n=8) + "@metrohealth.org", "MetroHealth IM Residency Interview - Tessa Lindqvist",
                "2026-12-08", "08:00", "12:30", "Microsoft Teams Meeting",
                "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MetroIM1208\nMetroHealth Medical Center Internal Medicine Residency virtual interview day.",
                ("IM Residency", "IMResidency@metrohealth.org"), stamp="20261028T144500Z")
    mk("metro-im", "metrohealth-interview-calendar", "2026-10-28 10:45",
       "\"Ortiz-Bauer, José\" <jortizbauer@metrohealth.org>",
       "Invitation: MetroHealth IM Residency Interview - Tessa Lindqvist",
       "Hi Tessa,\n\nThank you for scheduling. Please accept the attached calendar invitation, which includes the Teams "
       "link for your interview day. An itinerary will follow a few days before.\n\nJosé\n\n"
       "José Ortiz-Bauer | Residency Program Coordinator | The MetroHealth System",
       html_auto=True, attachments=[("invite.ics", "text/calendar", ics_m, "base64")],
       names=("MetroHealth",), dates=("20261208",))
    mk("metro-im", "metrohealth-im-thanks", "2026-12-09 13:30",
       "MetroHealth IM Residency <IMResidency@metrohealth.org>",
       "Thank you for interviewing at MetroHealth",
       """Dear Tessa,

Thank you for interviewing with the MetroHealth Internal Medicine Residency yesterday. We enjoyed meeting you!

If you have any further questions about the program, please reach out to our chief residents at IMChiefs@metrohealth.org.

All the best,
The MetroHealth Internal Medicine Residency Program
Case Western Reserve University at MetroHealth""", cte="7bit",
       names=("MetroHealth Internal Medicine Residency",))

    # ---------------------------------------------------------------- MetroHealth Med-Peds (rejected)
    mk("metro-medpeds", "metrohealth-medpeds-decision", "2026-11-13 17:20",
       "MetroHealth Med-Peds <MedPedsResidency@metrohealth.org>",
       "MetroHealth Med-Peds Residency Application",
       """Dear Tessa,

Thank you for your interest in the Combined Internal Medicine-Pediatrics Residency Program at MetroHealth. We received many strong applications for our four positions and, unfortunately, we are unable to extend an interview invitation to you this year.

We wish you the best of luck in the Match.

Carla Dempsey
Program Coordinator, Med-Peds Residency
MetroHealth Medical Center | The MetroHealth System | Case Western Reserve University
2500 MetroHealth Drive | Cleveland, OH 44109""", html_auto=True,
       names=("MetroHealth", "Internal Medicine-Pediatrics"))

    # ---------------------------------------------------------------- Ohio State IM
    osu_th = "The Ohio State University Wexner Medical Center - Internal Medicine"
    th_invite("osu-im", "thalamus-invitation", "2026-10-01 12:00", osu_th, IM,
              """Congratulations! On behalf of the Ohio State University Internal Medicine Residency Program, we are excited to invite you to interview with us. Interviews are virtual and take place on Mondays, Wednesdays and Fridays from October through mid-January.

Please schedule within 72 hours of receiving this invitation.

Ashley Brandt
Program Manager, Internal Medicine Residency
The Ohio State University Wexner Medical Center""", "0c61f4de-2f7d-4c28-8d4c-1e6a1fa0b903",
              subject="Ohio State IM Interview Invitation", names=("Ohio State University",))
    th_scheduled("osu-im", "thalamus-scheduled", "2026-10-01 12:04", osu_th, IM, "2026-10-23", "08:00", "13:00")
    th_reminder("osu-im", "thalamus-reminder", "2026-10-22 09:00", osu_th, "2026-10-23", "08:00",
                """Message from the program:
We're excited to host you tomorrow! Please log in to the Zoom room 10 minutes early: https://osumc.zoom.us/j/91043378290 (passcode 1870). If you have technical trouble, call the OSU IM office at 614-293-4967.""",
                subject="Reminder: Your interview is tomorrow")
    mk("osu-im", "osu-im-post-interview", "2026-10-26 15:22",
       "\"Brandt, Ashley\" <Ashley.Brandt@osumc.edu>",
       "Ohio State Internal Medicine – thank you and next steps",
       """Dear Tessa,

Thank you for interviewing with the Ohio State University Hospital Program in Internal Medicine on Friday. Below are a few resources you requested:

- Resident handbook and benefits: https://wexnermedical.osu.edu/education/residencies/internal-medicine
- Optional virtual Q&A with our categorical and primary care track residents: https://osumc.zoom.us/j/97216605543

We will not be hosting in-person second looks this year.

Kind regards,

Ashley Brandt
Program Manager | Internal Medicine Residency
The Ohio State University Wexner Medical Center
395 W. 12th Avenue, Suite 380 | Columbus, OH 43210""", html_auto=True,
       names=("Ohio State University Hospital Program", "The Ohio State University Wexner Medical Center"))

    # ---------------------------------------------------------------- Ohio State Med-Peds (with Nationwide Children's)
    osu_mp = "Ohio State University/Nationwide Children's Hospital - Internal Medicine-Pediatrics"
    th_invite("osu-medpeds", "thalamus-invitation", "2026-10-12 10:15", osu_mp, MP,
              """Dear Tessa,

The Combined Internal Medicine and Pediatrics Residency Program at The Ohio State University Wexner Medical Center and Nationwide Children’s Hospital is thrilled to invite you to interview.

Interview days are Fridays, 8:00 AM to 1:00 PM. Residents will host a pre-interview social on Thursday evenings.

Hannah Greer, Program Coordinator
OSU/NCH Med-Peds""", "2b7e11c0-8d54-4f4e-b4f0-70a9fe2d8c21",
              subject="Interview Invitation – Ohio State / Nationwide Children’s Med-Peds",
              names=("Nationwide Children’s Hospital",))
    th_scheduled("osu-medpeds", "thalamus-scheduled", "2026-10-12 10:33", osu_mp, MP, "2026-11-06", "08:00", "13:00")
    th_reminder("osu-medpeds", "thalamus-reminder", "2026-11-05 09:00", osu_mp, "2026-11-06", "08:00",
                """Message from the program:
Note that we are now on Eastern Standard Time (the clocks changed on Sunday). Join at 7:50 AM EST: https://osumc.zoom.us/j/94420716618. Your day includes a virtual tour of both University Hospital (Ohio State) and Nationwide Children's Hospital.""")

    # ---------------------------------------------------------------- Nationwide Children's Pediatrics
    nch_th = "Nationwide Children's Hospital - Pediatrics (Categorical)"
    th_invite("nch-peds", "thalamus-invitation", "2026-10-06 12:00", nch_th, PEDS,
              """Dear Tessa,

Congratulations! We are delighted to invite you to interview with the Pediatric Residency Program at Nationwide Children’s Hospital and The Ohio State University College of Medicine (Nationwide Children's Hospital/Ohio State University Program).

All interviews are virtual. Each interview day includes a welcome from our program director, three interviews, and lunch with residents. We also host optional virtual socials and an in-person open house in late January.

Residency begins July 1, 2027.

Tamika Wells
Pediatric Residency Program Manager""", "9c0e1a7d-6a52-44a3-8b3f-4f6d0b9e5c10",
              subject="Nationwide Children’s Pediatric Residency: Interview Invitation 🎉",
              names=("Nationwide Children’s Hospital", "Nationwide Children's Hospital/Ohio State University Program"))
    th_scheduled("nch-peds", "thalamus-scheduled", "2026-10-06 12:06", nch_th, PEDS, "2026-11-17", "08:30", "14:00")
    mk("nch-peds", "nch-peds-social", "2026-11-13 16:40",
       "NCH Peds Residency <PedsResidency@nationwidechildrens.org>",
       "You’re invited: NCH Peds resident social 🎈",
       f"""Hi Tessa!

The residents at Nationwide Children’s would love to hang out before your interview. Join us {L('2026-11-16')} from 7 to 8 PM EST:
https://nationwidechildrens.zoom.us/j/93517260490

This is optional and not part of the evaluation. See you there!

NCH Pediatric Chief Residents
Nationwide Children's Hospital | 700 Children's Drive | Columbus, OH 43205""", html_auto=True,
       names=("Nationwide Children’s",), dates=(L('2026-11-16'),))
    mk("nch-peds", "nch-peds-thank-you", "2026-11-19 11:02",
       "\"Wells, Tamika\" <Tamika.Wells@nationwidechildrens.org>",
       "Thank you for interviewing with NCH Pediatrics",
       """Dear Tessa,

Thank you for interviewing with the Nationwide Children's Hospital Pediatric Residency Program on Tuesday. It was a joy to have you.

If you'd like to see Columbus in person, our optional open house is Saturday, January 30, 2027 (lodging is not provided). Register: https://www.signupgenius.com/go/10C0E4CADA82BA4FCC34-nchpeds

Tamika Wells
Program Manager, Pediatric Residency
Nationwide Children’s Hospital""", html_auto=True, cte="base64",
       names=("Nationwide Children's Hospital",))

    # ---------------------------------------------------------------- OhioHealth Doctors Hospital (Ohio University) - rejected
    mk("ohiohealth-im", "ohiohealth-doctors-decision", "2026-11-04 14:10",
       "OhioHealth GME <GME@ohiohealth.com>",
       "OhioHealth Doctors Hospital Internal Medicine – Application Update",
       """Dear Tessa Lindqvist,

Thank you for applying to the Internal Medicine Residency at OhioHealth Doctors Hospital (OhioHealth/Doctors Hospital Program, ERAS 1403812247). Our program is a teaching partner of the Ohio University Heritage College of Osteopathic Medicine (OU-HCOM) through the Centers for Osteopathic Research and Education.

We are sorry to inform you that we will not be able to offer you an interview this season. We appreciate your interest in OhioHealth and wish you well in your training.

Sincerely,

Internal Medicine Residency Program
OhioHealth Doctors Hospital | 5100 West Broad Street | Columbus, OH 43228""", cte="quoted-printable",
       names=("OhioHealth Doctors Hospital", "OhioHealth/Doctors Hospital Program", "Ohio University"))

    # ---------------------------------------------------------------- University of Cincinnati IM (categorical)
    uc_prog = "University of Cincinnati Medical Center/College of Medicine Program"
    eras_invite("uc-im", "eras-invitation", "2026-10-09 08:30", uc_prog, "1403821104", IM,
                """Congratulations! The University of Cincinnati Internal Medicine Residency Program at UC Health would like to invite you to interview for our categorical track. Interview days are virtual and run from 8:00 AM to 12:30 PM.

Megan O’Rourke, UC Internal Medicine Residency""", track="Categorical",
                subject="ERAS Interview Invitation – University of Cincinnati Internal Medicine",
                names=("University of Cincinnati",))
    eras_scheduled("uc-im", "eras-scheduled", "2026-10-09 09:02", uc_prog, "1403821104", IM,
                   "2026-11-04", "08:00", "12:30", track="Categorical")
    mk("uc-im", "uc-im-zoom-details", "2026-11-02 10:30",
       "\"O'Rourke, Megan (oroukemn)\" <oroukemn@ucmail.uc.edu>",
       "UC Internal Medicine Interview Day – Wednesday, November 4",
       f"""Good morning,

We look forward to seeing you on {L('2026-11-04')} for your virtual interview with the University of Cincinnati Medical Center Internal Medicine Residency (categorical). Remember that daylight saving time ended on Sunday: all times below are Eastern Standard Time.

7:45 AM EST  Join Zoom: https://ucincinnati.zoom.us/j/92650074413
8:00 AM      Welcome from the Program Director
8:30 AM      Interviews (two faculty, one chief resident)
11:00 AM     Resident panel
12:30 PM     Adjourn

Megan O’Rourke
Program Coordinator | Internal Medicine Residency Program
University of Cincinnati College of Medicine | UC Health
231 Albert Sabin Way, ML 0557 | Cincinnati, OH 45267-0557""", html_auto=True,
       names=("University of Cincinnati Medical Center",), dates=(L('2026-11-04'),))

    # ---------------------------------------------------------------- University of Cincinnati IM preliminary
    eras_invite("uc-prelim", "eras-invitation", "2026-10-29 13:45", uc_prog, "1403821104", IM,
                """The University of Cincinnati Internal Medicine Residency Program is pleased to invite you to interview for a Preliminary Medicine position (NRMP 1467140P0). Please note that preliminary interviews are scheduled separately from categorical interviews, even if you applied to both tracks.

Megan O’Rourke, UC Internal Medicine Residency""", track="Preliminary",
                subject="ERAS Interview Invitation – University of Cincinnati Internal Medicine",
                names=("Preliminary Medicine",))
    eras_scheduled("uc-prelim", "eras-scheduled", "2026-10-30 07:58", uc_prog, "1403821104", IM,
                   "2026-11-30", "12:30", "16:00", track="Preliminary")
    mk("uc-prelim", "uc-prelim-thanks", "2026-12-02 09:44",
       "\"O'Rourke, Megan (oroukemn)\" <oroukemn@ucmail.uc.edu>",
       "Thank you – UC Preliminary Medicine interview",
       """Hi Tessa,

Thank you for interviewing with us again on Monday, this time for the preliminary year. The preliminary and categorical tracks are ranked separately, so please rank each one where it belongs on your list.

Best,
Megan

Megan O’Rourke
Program Coordinator | Internal Medicine Residency Program
University of Cincinnati College of Medicine | UC Health""", html_auto=True,
       names=("University of Cincinnati College of Medicine",))

    # ---------------------------------------------------------------- Cincinnati Children's Pediatrics
    cchmc_th = "Cincinnati Children's Hospital Medical Center - Pediatrics"
    cchmc_prog = "Cincinnati Children's Hospital Medical Center/University of Cincinnati College of Medicine Program"
    mk("cchmc-peds", "cchmc-peds-invitation", "2026-10-13 12:00",
       "Cincinnati Children's Pediatric Residency <pedsres@cchmc.org>",
       "Cincinnati Children’s Pediatric Residency Interview Invitation",
       """Dear Tessa,

On behalf of the Pediatric Residency Program at Cincinnati Children’s Hospital Medical Center, congratulations! We are excited to invite you to interview with us (Cincinnati Children's Hospital Medical Center/University of Cincinnati College of Medicine Program, NRMP 2063320C0).

Please schedule your interview through Thalamus within 48 hours. Interview days run 8:30 AM to 2:30 PM Eastern and include a virtual tour of the Burnet Campus. You will also receive an invitation to our optional “Cincinnati Night” resident social.

Please note that the University of Cincinnati Internal Medicine and Med-Peds programs send their own invitations.

Jasmine Pruitt
Residency Program Manager
Cincinnati Children's Hospital Medical Center
3333 Burnet Avenue, MLC 5018 | Cincinnati, OH 45229-3026""", html_auto=True,
       names=("Cincinnati Children’s Hospital Medical Center", cchmc_prog))
    th_scheduled("cchmc-peds", "thalamus-scheduled", "2026-10-13 12:19", cchmc_th, PEDS, "2026-12-01", "08:30", "14:30")
    th_reminder("cchmc-peds", "thalamus-reminder", "2026-11-30 09:00", cchmc_th, "2026-12-01", "08:30",
                """Message from the program:
We are so excited to host you tomorrow! Your Zoom link and interviewer names are in your Thalamus itinerary. Please have a copy of your CV handy.""",
                subject="We’re excited to host you tomorrow!")
    mk("cchmc-peds", "cchmc-peds-thank-you", "2026-12-04 10:20",
       "Cincinnati Children's Pediatric Residency <pedsres@cchmc.org>",
       "Thank you from CCHMC Peds!",
       """Dear Tessa,

Thank you for interviewing with the CCHMC Pediatric Residency Program this week. We hope you enjoyed meeting our residents and learning about Cincinnati.

Rank order lists are due March 3, 2027 and Match Day is March 19, 2027. We wish you the best through the remainder of the season.

Jasmine Pruitt
Cincinnati Children's Pediatric Residency""", cte="7bit", names=("CCHMC Pediatric Residency",))

    # ---------------------------------------------------------------- UC / Cincinnati Children's Med-Peds (waitlist -> release)
    mk("cinci-medpeds", "cincinnati-medpeds-waitlist", "2026-11-02 16:05",
       "Cincinnati Med-Peds <medpeds@uc.edu>",
       "Cincinnati Med-Peds: interview waitlist",
       """Dear Tessa,

Thank you for applying to the Cincinnati Combined Internal Medicine-Pediatrics Residency Program (University of Cincinnati Medical Center and Cincinnati Children's Hospital Medical Center). We have been impressed by this year’s applicant pool and have filled all of our interview days.

We would like to offer you a place on our interview waitlist. You do not need to reply. If a date opens, we will contact you by email.

Ethan Lowry
Program Coordinator, Cincinnati Med-Peds
University of Cincinnati College of Medicine
231 Albert Sabin Way | Cincinnati, OH 45267""", html_auto=True,
       names=("Cincinnati Combined Internal Medicine-Pediatrics Residency",))
    mk("cinci-medpeds", "cincinnati-medpeds-waitlist-release", "2027-01-29 15:30",
       "Cincinnati Med-Peds <medpeds@uc.edu>",
       "Cincinnati Med-Peds Interview Season Update",
       """Dear Tessa,

Our interview season for the University of Cincinnati/Cincinnati Children's Med-Peds program has now concluded, and we are releasing all applicants remaining on our interview waitlist. We are sorry that we were not able to offer you an interview this year.

Thank you again for your interest, and best of luck in the Match.

Ethan Lowry
Cincinnati Med-Peds""", cte="7bit",
       names=("University of Cincinnati/Cincinnati Children's Med-Peds",))
