"""Indiana, Kentucky and West Virginia programs."""
from platforms import *

IM, PEDS, MP = "Internal Medicine", "Pediatrics", "Internal Medicine/Pediatrics"
IU_PROG = "Indiana University School of Medicine Program"


def build():
    # ---------------------------------------------------------------- Indiana University IM
    eras_invite("iu-im", "eras-invitation", "2026-10-13 09:00", IU_PROG, "1401711146", IM,
                """The Indiana University School of Medicine Internal Medicine Residency Program is pleased to invite you to interview. Our residents train at IU Health Methodist Hospital, IU Health University Hospital, Eskenazi Health and the Richard L. Roudebush VA Medical Center.

Interview days are virtual and start at 8:00 AM Eastern.

Rachel Sommers, IUSM Internal Medicine""", subject="ERAS Interview Invitation - IU Internal Medicine",
                names=("IU Health Methodist Hospital",))
    eras_scheduled("iu-im", "eras-scheduled", "2026-10-13 10:41", IU_PROG, "1401711146", IM,
                   "2026-11-13", "08:00", "12:45")
    mk("iu-im", "iu-im-itinerary", "2026-11-11 11:11",
       "\"Sommers, Rachel\" <rsommers@iu.edu>", "IU IM Interview Day – Friday",
       f"""Hello Tessa,

Here is your itinerary for Friday, {MDY('2026-11-13')} with the IU School of Medicine Internal Medicine Residency (Indianapolis). All times are EST.

8:00 AM  Welcome (Zoom): https://iu.zoom.us/j/98266107735
8:40 AM  Interviews
10:40 AM Tour of IU Health Methodist Hospital and Eskenazi Health (video)
11:30 AM Resident lunch

Please note: IU Health Ball Memorial Hospital in Muncie has its own Internal Medicine program and interview process.

Rachel Sommers
Program Coordinator, Internal Medicine Residency
Indiana University School of Medicine
Emerson Hall 317, 545 Barnhill Drive | Indianapolis, IN 46202""", html_auto=True,
       names=("IU School of Medicine Internal Medicine Residency", "IU Health Methodist Hospital"),
       dates=(MDY('2026-11-13'),))

    # ---------------------------------------------------------------- Riley Pediatrics
    riley_th = "Indiana University School of Medicine - Pediatrics (Riley Hospital for Children)"
    th_invite("riley-peds", "thalamus-invitation", "2026-10-19 12:00", riley_th, PEDS,
              """Congratulations! The Indiana University Pediatric Residency Program at Riley Hospital for Children at IU Health invites you to interview. This year we are offering in-person interview days at Riley in Indianapolis, 8:00 AM to 3:00 PM Eastern, with a resident dinner the night before.

Lodging: we have a courtesy hotel block for the night before your interview.

Morgan Eckert
Riley Pediatric Residency""", "3a4bd6e7-88f1-4c2a-96d3-0cbd7a21f554",
              itype="In-Person", subject="IU Pediatrics / Riley Interview Invitation",
              names=("Riley Hospital for Children at IU Health",))
    th_scheduled("riley-peds", "thalamus-scheduled", "2026-10-19 12:14", riley_th, PEDS, "2026-12-07", "08:00", "15:00",
                 itype="In-Person", location="Riley Hospital for Children, 705 Riley Hospital Drive, Indianapolis, IN 46202")
    mk("riley-peds", "riley-peds-thanks", "2026-12-09 10:05",
       "\"Eckert, Morgan\" <meckert@iu.edu>", "Thank you for visiting Riley!",
       """Dear Tessa,

Thank you for traveling to Indianapolis to interview with the IU Pediatric Residency Program at Riley Hospital for Children. We hope you enjoyed the resident dinner and your tour.

Morgan Eckert
Program Coordinator, Pediatric Residency
Riley Hospital for Children at IU Health | Indiana University School of Medicine
705 Riley Hospital Drive | Indianapolis, IN 46202""", html_auto=True,
       names=("Riley Hospital for Children",))

    # ---------------------------------------------------------------- IU Med-Peds: reschedule to after as_of
    iump_th = "Indiana University School of Medicine - Internal Medicine/Pediatrics"
    th_invite("iu-medpeds", "thalamus-invitation", "2026-11-24 12:00", iump_th, MP,
              """The IU Med-Peds Residency Program would like to invite you to interview! Our Med-Peds residents train at IU Health Methodist Hospital, Riley Hospital for Children at IU Health, and Eskenazi Health.

Caitlin Burris, IU Med-Peds Coordinator""", "c1d57e20-5a9b-4f83-a7e6-8f0e41b2d366",
              names=("IU Med-Peds",))
    th_scheduled("iu-medpeds", "thalamus-scheduled", "2026-11-24 12:20", iump_th, MP, "2027-01-21", "08:00", "13:00")
    resched = f"""Dear Tessa,

Due to a conflict with our annual Med-Peds faculty retreat, we have had to move our Thursday, January 21 interview day. Your interview has been moved to {L('2027-02-09')}, 8:00 AM to 1:00 PM EST. Thalamus has been updated with the new date.

Please reply to confirm that the new date works for you. We are sorry for the change.

Caitlin Burris
Program Coordinator, Internal Medicine-Pediatrics Residency
Indiana University School of Medicine | 705 Riley Hospital Drive, Suite 5900 | Indianapolis, IN 46202"""
    r1 = mk("iu-medpeds", "iu-medpeds-date-change", "2027-01-12 14:05",
            "\"Burris, Caitlin\" <cburris@iu.edu>", "IU Med-Peds interview – new date", resched, html_auto=True,
            names=("Indiana University School of Medicine",), dates=(L('2027-02-09'),))
    mk("iu-medpeds", "sent-re-iu-medpeds-date", "2027-01-12 18:37", APPLICANT,
       "Re: IU Med-Peds interview – new date",
       "Hi Caitlin,\n\nThe new date of Tuesday, February 9 works for me. Thank you for letting me know! I'm looking forward to meeting the IU Med-Peds team.\n\nBest,\nTessa\n\n"
       + gmail_quote("2027-01-12 14:05", "Burris, Caitlin <cburris@iu.edu>", resched),
       to="\"Burris, Caitlin\" <cburris@iu.edu>", html_auto=True, sent=True, in_reply_to=r1,
       names=("IU Med-Peds",), dates=(L('2027-02-09'),))

    # ---------------------------------------------------------------- IU Health Ball Memorial IM (Muncie)
    bm_org = "IU Health Ball Memorial Hospital"
    bm_camp = "Internal Medicine Residency – Ball Memorial Hospital Program (Categorical)"
    ib_invite("ballmem-im", "interviewbroker-invitation", "2026-11-05 14:30", bm_org, bm_camp,
              """Thank you for applying to the Internal Medicine Residency at Indiana University Health Ball Memorial Hospital in Muncie, Indiana. We are pleased to invite you to a virtual interview.""",
              "IUBMH-IM-6TN4C", reply_to="Jennifer Albright <jalbright3@iuhealth.org>",
              names=("Indiana University Health Ball Memorial Hospital",))
    ib_confirm("ballmem-im", "interviewbroker-confirmation", "2026-11-05 20:12", bm_org, bm_camp,
               "2027-01-07", "08:30", "12:30",
               "Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_IUBMHIM0107\n"
               "Contact: Jennifer Albright, 765-747-3111, 2401 W. University Avenue, Muncie, IN 47303")

    # ---------------------------------------------------------------- Ascension St. Vincent IM: withdrew after scheduling
    stv_th = "Ascension St. Vincent Hospital - Indianapolis - Internal Medicine"
    th_invite("stvincent-im", "thalamus-invitation", "2026-10-22 10:00", stv_th, IM,
              """Dear Tessa,

The Internal Medicine Residency at Ascension St. Vincent Indianapolis (St Vincent Hospital and Health Care Center Program) is excited to invite you to a virtual interview. Interview days include a morning report, meetings with faculty and a virtual tour of our 86th Street campus.

Mónica Villarreal
Internal Medicine Residency Coordinator""", "6f2e8b15-7c9d-4e31-b0a4-d35e6c7f8a02",
              subject="Ascension Saint Vincent Internal Medicine – Interview Invitation",
              names=("Ascension St. Vincent Indianapolis", "St Vincent Hospital and Health Care Center Program"))
    th_scheduled("stvincent-im", "thalamus-scheduled", "2026-10-22 10:18", stv_th, IM, "2027-01-05", "08:00", "12:00")
    wd = """Dear Ms. Villarreal,

I am writing to withdraw from my interview with the Ascension St. Vincent Internal Medicine residency on Tuesday, January 5. I have also cancelled it in Thalamus. I am very grateful for the invitation and hope the date can be offered to another applicant.

Sincerely,
Tessa Lindqvist
AAMC ID 17423958"""
    th_cancelled("stvincent-im", "thalamus-cancelled", "2026-12-21 20:09", stv_th, IM, "2027-01-05")
    w1 = mk("stvincent-im", "sent-withdraw-st-vincent", "2026-12-21 20:15", APPLICANT,
            "Withdrawing from interview – St. Vincent IM, January 5", wd,
            to="Mónica Villarreal <monica.villarreal@ascension.org>", html_auto=True, sent=True,
            names=("Ascension St. Vincent",))
    mk("stvincent-im", "re-withdraw-st-vincent", "2026-12-22 08:52",
       "Mónica Villarreal <monica.villarreal@ascension.org>",
       "RE: Withdrawing from interview – St. Vincent IM, January 5",
       "Good morning Tessa,\n\nThank you for letting us know. Your interview has been cancelled and your withdrawal is "
       "noted. We wish you all the best!\n\nMónica\n\nMónica Villarreal\nGME Coordinator, Internal Medicine Residency\n"
       "Ascension Saint Vincent Hospital – Indianapolis\n2001 W. 86th Street | Indianapolis, IN 46260\n\n"
       + outlook_quote("2026-12-21 20:15", "Tessa Lindqvist <tessa.lindqvist.neomed27@gmail.com>",
                       "Villarreal, Mónica <monica.villarreal@ascension.org>",
                       "Withdrawing from interview – St. Vincent IM, January 5", wd),
       html_auto=True, in_reply_to=w1, cte="base64", names=("Ascension Saint Vincent Hospital",))

    # ---------------------------------------------------------------- University of Kentucky IM (waitlisted)
    uk_th = "University of Kentucky College of Medicine - Internal Medicine"
    th_waitlist("uk-im", "thalamus-waitlist", "2026-11-19 12:00", uk_th, IM,
                """Thank you for your interest in the UK HealthCare Internal Medicine Residency Program. All of our interview dates have been filled. The program has added you to their interview waitlist. If a date opens, you will receive an interview invitation from Thalamus.""",
                subject="Interview Invitation Waitlist", names=("UK HealthCare",))
    mk("uk-im", "uk-im-waitlist-update", "2027-01-15 11:45",
       "\"Caudill, Whitney\" <whitney.caudill@uky.edu>", "UK Internal Medicine Waitlist",
       """Dear Tessa,

You remain on the waitlist for the University of Kentucky Internal Medicine Residency. We have a final interview day on January 28; if a spot opens, you will receive an invitation through Thalamus.

To help us manage the waitlist, please complete this one-question survey so we know whether you are still interested:
https://uky.az1.qualtrics.com/jfe/form/SV_3eUKIMwaitlist27

Whitney Caudill
Residency Program Coordinator, Department of Internal Medicine
University of Kentucky College of Medicine | UK HealthCare Albert B. Chandler Hospital
800 Rose Street, MN 614 | Lexington, KY 40536""", html_auto=True,
       names=("University of Kentucky Internal Medicine Residency", "UK HealthCare Albert B. Chandler Hospital"))

    # ---------------------------------------------------------------- UK Med-Peds (rejected)
    mk("uk-medpeds", "uk-medpeds-decision", "2026-12-04 16:00",
       "UK Med-Peds <medpeds@uky.edu>", "University of Kentucky Med-Peds Application",
       """Dear Tessa,

Thank you for applying to the University of Kentucky Combined Internal Medicine-Pediatrics Residency (Kentucky Children's Hospital and UK HealthCare Albert B. Chandler Hospital). We regret that we are unable to offer you an interview this season.

Best wishes,
UK Med-Peds Residency Program
University of Kentucky College of Medicine""", cte="7bit",
       names=("University of Kentucky Combined Internal Medicine-Pediatrics Residency",))

    # ---------------------------------------------------------------- University of Louisville IM (invited late, unanswered)
    uofl_prog = "University of Louisville School of Medicine Program"
    mk("uofl-im", "eras-new-message", "2027-01-27 14:02", ERAS_FROM, "New message in MyERAS",
       "Dear Tessa Lindqvist,\n\nYou have received a new message from a program in MyERAS. Log in to view it:\n"
       "https://myeras.aamc.org/myeras-web/messages\n\nProgram: University of Louisville School of Medicine Program (1402011166)\n\n"
       + ERAS_FOOT, cte="7bit", names=(uofl_prog, "1402011166"))
    mk("uofl-im", "uofl-im-invitation", "2027-01-27 14:05",
       "UofL IM Residency <imres@louisville.edu>",
       "Interview Invitation – UofL Internal Medicine Residency",
       f"""Dear Tessa,

Congratulations! The University of Louisville Internal Medicine Residency Program would like to invite you to interview. We have a small number of spots left on our final two interview days, {L('2027-02-11')} and {L('2027-02-18')}. Please sign up through the ERAS scheduler or reply to this email within 72 hours.

Our residents train at UofL Health – UofL Hospital, the Robley Rex VA Medical Center and UofL Health – Jewish Hospital.

Keisha Barnett
Program Coordinator, Internal Medicine Residency
University of Louisville School of Medicine
550 S. Jackson Street, ACB A3 | Louisville, KY 40202""", html_auto=True,
       names=("University of Louisville Internal Medicine Residency", "UofL Health – UofL Hospital"))

    # ---------------------------------------------------------------- UofL Pediatrics (Norton Children's)
    mk("uofl-peds", "uofl-peds-invitation", "2026-10-29 10:00",
       "UofL Pediatric Residency <pedsres@louisville.edu>",
       "UofL Pediatrics Interview Invitation – Norton Children’s Hospital",
       """Dear Tessa,

Congratulations! The University of Louisville Pediatric Residency Program, based at Norton Children’s Hospital, would like to invite you to interview. Please select a date with our Google Form within 5 days:
https://forms.gle/UofLPedsInterviews2027

You will receive a calendar invitation once your date is confirmed.

Heather Nall
Program Coordinator, Pediatric Residency
University of Louisville School of Medicine | Norton Children's Hospital
231 E. Chestnut Street | Louisville, KY 40202""", html_auto=True,
       names=("Norton Children’s Hospital", "University of Louisville Pediatric Residency"))
    ics_u = ics("uofl-peds-" + hid("uofl", n=10) + "@louisville.edu", "UofL Pediatrics Residency Interview",
                "2027-01-14", "08:30", "13:30", "Zoom - https://louisville.zoom.us/j/93844107265",
                "University of Louisville Pediatric Residency (Norton Children's Hospital) virtual interview.",
                ("Heather Nall", "pedsres@louisville.edu"), stamp="20261102T150000Z")
    mk("uofl-peds", "uofl-peds-calendar", "2026-11-02 10:00",
       "Heather Nall <pedsres@louisville.edu>",
       "Updated invitation: UofL Pediatrics Residency Interview",
       "Your interview with UofL Pediatrics is confirmed. Please see the attached calendar invitation.\n\nHeather Nall\nUofL Pediatric Residency",
       cte="7bit", attachments=[("invite.ics", "text/calendar", ics_u, "base64")],
       names=("UofL Pediatrics",), dates=("20270114",))
    mk("uofl-peds", "uofl-peds-thanks", "2027-01-15 09:30",
       "UofL Pediatric Residency <pedsres@louisville.edu>", "Thank you for interviewing with UofL Pediatrics!",
       """Dear Tessa,

Thank you for interviewing with the University of Louisville Pediatric Residency yesterday. We loved having you and hope you enjoyed the virtual tour of Norton Children's Hospital.

Heather Nall
UofL Pediatric Residency | Norton Children’s Hospital""", html_auto=True,
       names=("University of Louisville Pediatric Residency",))

    # ---------------------------------------------------------------- WVU IM
    wvu_th = "West Virginia University - Internal Medicine (WVU Medicine J.W. Ruby Memorial Hospital)"
    th_invite("wvu-im", "thalamus-invitation", "2026-10-08 09:00", wvu_th, IM,
              """Congratulations! The WVU Internal Medicine Residency Program in Morgantown is pleased to invite you to interview. Interviews are virtual, 8:00 AM to 12:30 PM Eastern.

Sarah Kincaid
Program Coordinator, WVU Internal Medicine""", "b8f0d2c3-4e5a-46b7-91c8-2d3e4f5a6b70",
              subject="WVU Internal Medicine Interview Invitation", names=("WVU Internal Medicine",))
    th_scheduled("wvu-im", "thalamus-scheduled", "2026-10-08 09:26", wvu_th, IM, "2026-10-29", "08:00", "12:30")
    mk("wvu-im", "wvu-im-thanks", "2026-10-30 14:40",
       "Sarah Kincaid <sarah.kincaid@hsc.wvu.edu>", "Thank you - WVU Internal Medicine",
       """Hi Tessa,

Thank you for interviewing with the West Virginia University Program in Internal Medicine yesterday! If you have any further questions about Morgantown or J.W. Ruby Memorial Hospital, please reach out.

Sarah Kincaid
Program Coordinator, Internal Medicine Residency
WVU School of Medicine | WVU Medicine
PO Box 9168 | Morgantown, WV 26506-9168""", cte="base64",
       names=("West Virginia University Program", "J.W. Ruby Memorial Hospital"))

    # ---------------------------------------------------------------- WVU Med-Peds
    wvu_org = "WVU Medicine - Internal Medicine/Pediatrics"
    wvu_camp = "WVU Med-Peds Residency Interviews 2026-27"
    ib_invite("wvu-medpeds", "interviewbroker-invitation", "2026-10-30 10:00", wvu_org, wvu_camp,
              """The Combined Internal Medicine-Pediatrics Residency at West Virginia University (WVU Medicine Children’s and WVU Medicine J.W. Ruby Memorial Hospital) is pleased to invite you to interview.""",
              "WVU-MP-9JQ2L", reply_to="Tyler McCauley <tyler.mccauley@hsc.wvu.edu>",
              names=("WVU Medicine Children’s",))
    ib_confirm("wvu-medpeds", "interviewbroker-confirmation", "2026-11-02 07:45", wvu_org, wvu_camp,
               "2027-01-11", "08:00", "12:30",
               "Zoom: https://wvumedicine.zoom.us/j/97731182045\nPlease join 10 minutes early.")
    mk("wvu-medpeds", "wvu-medpeds-thanks", "2027-01-13 15:15",
       "Tyler McCauley <tyler.mccauley@hsc.wvu.edu>", "WVU Med-Peds – thank you!",
       """Hi Tessa,

Thank you for interviewing with WVU Med-Peds on Monday! Our residents really enjoyed meeting you.

Tyler McCauley
Program Coordinator, Internal Medicine-Pediatrics
West Virginia University School of Medicine""", cte="7bit",
       names=("WVU Med-Peds",))

    # ---------------------------------------------------------------- Marshall IM (declined in Thalamus)
    mar_th = "Marshall University Joan C. Edwards School of Medicine - Internal Medicine"
    th_invite("marshall-im", "thalamus-invitation", "2026-10-26 13:00", mar_th, IM,
              """The Internal Medicine Residency Program at Marshall University Joan C. Edwards School of Medicine (Marshall Health and Cabell Huntington Hospital, Huntington, WV) invites you to interview.""",
              "d2e3f4a5-b6c7-48d9-8e0f-1a2b3c4d5e6f", subject="Interview Invitation – Marshall IM",
              names=("Cabell Huntington Hospital",))
    th_declined("marshall-im", "thalamus-declined", "2026-10-28 21:30", mar_th, IM)

    # ---------------------------------------------------------------- Marshall Med-Peds (waitlisted)
    mk("marshall-medpeds", "marshall-medpeds-waitlist", "2026-11-09 13:00",
       "Marshall Med-Peds <medpeds@marshall.edu>", "Marshall Med-Peds – Interview Waitlist",
       """Dear Tessa,

Thank you for applying to the Marshall University School of Medicine Program in Internal Medicine-Pediatrics. Our interview days are full, and we have placed you on our waitlist. We will contact you if an interview becomes available.

Brandi Adkins
Program Coordinator, Med-Peds Residency
Marshall University Joan C. Edwards School of Medicine | Marshall Health | Cabell Huntington Hospital
1249 15th Street | Huntington, WV 25701""", html_auto=True,
       names=("Marshall University School of Medicine Program",))
    mk("marshall-medpeds", "marshall-medpeds-waitlist-update", "2027-01-06 09:20",
       "Marshall Med-Peds <medpeds@marshall.edu>", "Waitlist update – Marshall Med-Peds",
       """Dear Tessa,

We wanted to let you know that you are still on our interview waitlist for Marshall Med-Peds. Interviews continue through January 22. Thank you for your patience.

Brandi Adkins
Marshall Med-Peds""", cte="7bit", names=("Marshall Med-Peds",))

    # ---------------------------------------------------------------- CAMC / WVU Charleston IM (rejected)
    mk("camc-im", "camc-im-decision", "2026-11-24 15:45",
       "CAMC Internal Medicine Residency <imresidency@camc.org>",
       "CAMC Internal Medicine Residency – Application Decision",
       """Dear Tessa Lindqvist,

Thank you for your application to the Charleston Area Medical Center/West Virginia University (Charleston Division) Program in Internal Medicine. After careful review, we are unable to offer you an interview this year.

We wish you the best of luck.

Internal Medicine Residency Program
CAMC Health System | a Vandalia Health member
3200 MacCorkle Avenue SE | Charleston, WV 25304""", html_auto=True,
       names=("Charleston Area Medical Center/West Virginia University (Charleston Division) Program",))
