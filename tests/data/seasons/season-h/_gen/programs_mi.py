"""Michigan programs."""
from platforms import *

IM, PEDS, MP = "Internal Medicine", "Pediatrics", "Internal Medicine/Pediatrics"


def build():
    # ---------------------------------------------------------------- Michigan Medicine IM (rejected; quotes "interview invitation")
    mk("umich-im", "michigan-im-decision", "2026-12-01 17:00",
       "Michigan Medicine IM Residency <IMResidencyProgram@med.umich.edu>",
       "Interview Invitation Status – University of Michigan Internal Medicine",
       """Dear Tessa,

Thank you for applying to the University of Michigan Health System Program in Internal Medicine. Our interview invitations for this season have now been sent.

We regret that we are unable to extend an interview invitation to you. This is a reflection of the extraordinary number of applications we receive, not of your qualifications.

With best wishes,

Internal Medicine Residency Program
Michigan Medicine | University of Michigan Health
1500 E. Medical Center Drive, 3116 Taubman Center | Ann Arbor, MI 48109-5368""", html_auto=True,
       names=("University of Michigan Health System Program", "Michigan Medicine"))

    # ---------------------------------------------------------------- C.S. Mott / Michigan Medicine Pediatrics
    mott_th = "University of Michigan Health System - Pediatrics"
    mk("umich-peds", "mott-peds-invitation", "2026-10-20 11:00",
       "Michigan Pediatrics Residency <peds-residency@med.umich.edu>",
       "Michigan Pediatrics Interview Invitation",
       """Dear Tessa,

We are delighted to invite you to interview with the Pediatrics Residency Program at C.S. Mott Children’s Hospital, Michigan Medicine. You will receive a separate email from Thalamus to select your date; please respond within 3 days.

Our interview days are virtual and begin at 9:00 AM Eastern. They include small-group sessions with residents and a virtual tour of Mott and Von Voigtlander Women’s Hospital.

Kristin Vanderveen
Program Coordinator, Pediatric Residency
C.S. Mott Children's Hospital | Michigan Medicine
1540 E. Hospital Drive | Ann Arbor, MI 48109""", html_auto=True,
       names=("C.S. Mott Children’s Hospital", "C.S. Mott Children's Hospital", "Michigan Medicine"))
    th_scheduled("umich-peds", "thalamus-scheduled", "2026-10-20 15:42", mott_th, PEDS, "2027-01-06", "09:00", "14:00")
    mk("umich-peds", "mott-peds-itinerary", "2027-01-04 13:15",
       "\"Vanderveen, Kristin\" <kvanderv@med.umich.edu>",
       "Mott Pediatrics interview Wednesday – itinerary",
       f"""Hi Tessa,

Happy New Year! Attached below is your itinerary for {L('2027-01-06')}.

9:00 AM EST  Welcome and program overview (Dr. Felicia Amankwah, Program Director)
9:45 AM      Interviews: Dr. Ostrowski, Dr. Lin, and Dr. Rao (chief resident)
12:00 PM     Lunch with residents (breakout rooms)
1:15 PM      Virtual tour of C.S. Mott Children's Hospital

Zoom: https://umich.zoom.us/j/95318820147

Kristin Vanderveen
Program Coordinator, Pediatric Residency | Michigan Medicine""", html_auto=True, cte="base64",
       names=("C.S. Mott Children's Hospital",), dates=(L('2027-01-06'),))

    # ---------------------------------------------------------------- Michigan State IM at UM Health-Sparrow (Lansing)
    msu_org = "University of Michigan Health-Sparrow / Michigan State University"
    msu_camp = "MSU Internal Medicine Residency – Lansing (Categorical) 2027"
    ib_invite("msu-im", "interviewbroker-invitation", "2026-11-03 10:00", msu_org, msu_camp,
              """On behalf of the Michigan State University College of Human Medicine Internal Medicine Residency in Lansing, we are pleased to invite you to interview. Our residents train at University of Michigan Health-Sparrow Lansing (formerly Sparrow Hospital).

Interviews are virtual on Thursdays, 8:00 AM to 12:00 PM.""", "MSUIM-LAN-4HX82",
              reply_to="Angela Ruiz <angela.ruiz@sparrow.org>",
              names=("Michigan State University College of Human Medicine",))
    ib_confirm("msu-im", "interviewbroker-confirmation", "2026-11-03 10:26", msu_org, msu_camp,
               "2026-12-10", "08:00", "12:00",
               """Location: Virtual (Zoom)
Zoom link: https://msu.zoom.us/j/98013572264
Meeting ID: 980 1357 2264

Please note this is the Michigan State University program in Lansing, not the University of Michigan (Ann Arbor) program.""")
    mk("msu-im", "msu-im-thanks", "2026-12-11 08:40", "Angela Ruiz <angela.ruiz@sparrow.org>",
       "Thank you - MSU IM (Lansing)",
       """Dear Tessa,

Thank you for interviewing with the Michigan State University Program in Internal Medicine yesterday. We appreciated your questions about our rural health track.

Angela Ruiz
Residency Coordinator, Internal Medicine
Michigan State University College of Human Medicine
University of Michigan Health–Sparrow | 1215 E. Michigan Avenue | Lansing, MI 48912""", cte="base64",
       names=("Michigan State University Program", "University of Michigan Health–Sparrow"))

    # ---------------------------------------------------------------- Corewell Health West (Grand Rapids) IM: waitlist -> slot -> completed
    mk("corewell-gr-im", "corewell-gr-im-waitlist", "2026-11-12 13:30",
       "Corewell Health GR Internal Medicine <IMResidencyGR@corewellhealth.org>",
       "Interview invitation waitlist – Corewell Health / MSU Internal Medicine (Grand Rapids)",
       """Dear Tessa,

Thank you for applying to the Corewell Health/Michigan State University Internal Medicine Residency in Grand Rapids (formerly Spectrum Health/MSU). At this time all of our interview dates have been filled, and we would like to place you on our waitlist.

If a slot becomes available, we will email you directly with an interview invitation. This is not a rejection.

Beth Ann Kooistra
Program Coordinator, Internal Medicine Residency
Corewell Health West | Michigan State University College of Human Medicine
100 Michigan Street NE | Grand Rapids, MI 49503""", html_auto=True,
       names=("Corewell Health/Michigan State University Internal Medicine Residency", "Spectrum Health"))
    slot_text = f"""Dear Tessa,

Good news! An interview slot has opened for {L('2027-01-12')} with the Corewell Health West Internal Medicine Residency (Butterworth Hospital, Grand Rapids). Slots from the waitlist are offered to several applicants at once and go to the first person to reply.

If you would like this date, please reply to this email as soon as possible.

Beth Ann Kooistra
Program Coordinator, Internal Medicine Residency
Corewell Health West (formerly Spectrum Health)"""
    m1 = mk("corewell-gr-im", "corewell-gr-im-slot-open", "2026-12-17 15:02",
            "\"Kooistra, Beth Ann\" <BethAnn.Kooistra@corewellhealth.org>",
            "Interview slot available – Corewell Health IM, Tuesday, January 12", slot_text, html_auto=True,
            names=("Corewell Health West",), dates=(L('2027-01-12'),))
    reply_text = ("Hi Ms. Kooistra,\n\nYes, I would love to take the January 12 interview slot. Thank you so much!\n\n"
                  "Best,\nTessa Lindqvist\n\n"
                  + gmail_quote("2026-12-17 15:02", "Kooistra, Beth Ann <BethAnn.Kooistra@corewellhealth.org>", slot_text))
    m2 = mk("corewell-gr-im", "sent-re-corewell-slot", "2026-12-17 15:09", APPLICANT,
            "Re: Interview slot available – Corewell Health IM, Tuesday, January 12", reply_text,
            to="\"Kooistra, Beth Ann\" <BethAnn.Kooistra@corewellhealth.org>", html_auto=True, sent=True,
            in_reply_to=m1, names=("Corewell Health West",))
    ics_c = ics("CHW-IM-" + hid("corewell", n=10), "Corewell Health West IM Residency Interview",
                "2027-01-12", "08:00", "12:30", "Microsoft Teams",
                "Corewell Health/Michigan State University Internal Medicine Residency virtual interview.\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_CHWIM0112",
                ("Beth Ann Kooistra", "BethAnn.Kooistra@corewellhealth.org"), stamp="20261218T143000Z", utc=True)
    mk("corewell-gr-im", "corewell-gr-im-confirmed", "2026-12-18 09:30",
       "\"Kooistra, Beth Ann\" <BethAnn.Kooistra@corewellhealth.org>",
       "RE: Interview slot available – Corewell Health IM",
       "Hi Tessa,\n\nYou're all set! The calendar invitation with the Teams link is attached. We look forward to meeting you.\n\n"
       "Beth Ann\n\nBeth Ann Kooistra | Program Coordinator, Internal Medicine Residency\nCorewell Health West | 100 Michigan Street NE | Grand Rapids, MI 49503",
       html_auto=True, in_reply_to=m2, refs=f"{m1} {m2}",
       attachments=[("Interview.ics", "text/calendar", ics_c, "7bit")],
       names=("Corewell Health West",), dates=("20270112",))

    # ---------------------------------------------------------------- Helen DeVos Children's Pediatrics (Corewell, Grand Rapids)
    hdvch_org = "Corewell Health Helen DeVos Children's Hospital"
    hdvch_camp = "Pediatric Residency (Categorical) – Spectrum Health/Michigan State University Program"
    ib_invite("corewell-gr-peds", "interviewbroker-invitation", "2026-10-23 09:15", hdvch_org, hdvch_camp,
              """Congratulations! We are excited to invite you to interview for our pediatric residency at Helen DeVos Children’s Hospital in Grand Rapids, in partnership with Michigan State University College of Human Medicine.

Interviews are virtual and run from 8:30 AM to 1:00 PM Eastern.""", "HDVCH-PED-22RM7",
              reply_to="Nicole DeJong <Nicole.DeJong@corewellhealth.org>",
              names=("Helen DeVos Children’s Hospital",))
    ib_confirm("corewell-gr-peds", "interviewbroker-confirmation", "2026-10-24 08:02", hdvch_org, hdvch_camp,
               "2026-12-11", "08:30", "13:00",
               "Zoom link: https://corewellhealth.zoom.us/j/96604410032\nA resident social will be held the evening before at 6:30 PM; the link will be emailed by the chief residents.")
    mk("corewell-gr-peds", "hdvch-peds-thanks", "2026-12-14 12:00",
       "\"DeJong, Nicole\" <Nicole.DeJong@corewellhealth.org>",
       "Thank you from Helen DeVos Children’s Hospital Pediatrics",
       """Hi Tessa,

Thank you for interviewing with us on Friday! We really enjoyed getting to know you.

Nicole DeJong
Pediatric Residency Coordinator
Corewell Health Helen DeVos Children’s Hospital
100 Michigan Street NE | Grand Rapids, MI 49503""", html_auto=True,
       names=("Helen DeVos Children’s Hospital",))

    # ---------------------------------------------------------------- Corewell Health East - Royal Oak (Beaumont) IM: reschedule
    ro_th = "Corewell Health William Beaumont University Hospital - Internal Medicine"
    th_invite("corewell-ro-im", "thalamus-invitation", "2026-10-16 13:00", ro_th, IM,
              """Dear Tessa,

Thank you for applying to the Internal Medicine Residency Program at Corewell Health William Beaumont University Hospital in Royal Oak (formerly Beaumont Hospital, Royal Oak), affiliated with the Oakland University William Beaumont School of Medicine. We are pleased to invite you for a virtual interview.

Sandra Kuzma
Medical Education Coordinator""", "77d1c0e2-3f0a-4b52-9d61-0b5a8e6c4f19",
              subject="Interview Invitation – Corewell Health East (Beaumont) Internal Medicine",
              names=("Beaumont",))
    th_scheduled("corewell-ro-im", "thalamus-scheduled", "2026-10-16 13:12", ro_th, IM, "2026-11-10", "08:00", "12:00")
    mk("corewell-ro-im", "beaumont-im-reschedule", "2026-11-03 11:25",
       "\"Kuzma, Sandra\" <Sandra.Kuzma@beaumont.org>",
       "Change of interview date – Beaumont Royal Oak Internal Medicine",
       f"""Dear Tessa,

Because of a scheduling conflict with our program director's travel, we must move the Tuesday, November 10 interview session. We have moved you to {L('2026-11-19')}, same time (8:00 AM to 12:00 PM EST). Your Thalamus itinerary has been updated. If the new date does not work for you, please reply and we will find another.

We apologize for the inconvenience.

Sandra Kuzma
Medical Education Coordinator, Internal Medicine Residency
Corewell Health William Beaumont University Hospital
3601 W. Thirteen Mile Road | Royal Oak, MI 48073
(Corewell Health East, formerly Beaumont Health)""", html_auto=True,
       names=("Corewell Health William Beaumont University Hospital",), dates=(L('2026-11-19'),))

    # ---------------------------------------------------------------- Corewell Health Dearborn? (not used)

    # ---------------------------------------------------------------- Henry Ford Hospital IM
    hfh_prog = "Henry Ford Hospital/Wayne State University Program"
    eras_invite("hfh-im", "eras-invitation", "2026-10-21 10:00", hfh_prog, "1402511133", IM,
                """Congratulations! The Internal Medicine Residency Program at Henry Ford Hospital in Detroit is pleased to invite you to interview for a categorical position. Our interviews are virtual, 7:30 AM to 12:30 PM Eastern.

Henry Ford Health Internal Medicine""", track="Categorical",
                subject="ERAS Interview Invitation", names=("Henry Ford Hospital",))
    eras_scheduled("hfh-im", "eras-scheduled", "2026-10-21 16:50", hfh_prog, "1402511133", IM,
                   "2026-12-14", "07:30", "12:30", track="Categorical")
    mk("hfh-im", "henry-ford-im-itinerary", "2026-12-10 15:15",
       "\"Latoya Simmons\" <lsimmo3@hfhs.org>",
       "Henry Ford Hospital IM – Interview Day Itinerary (Monday, 12/14)",
       f"""Good afternoon,

Your virtual interview with the Henry Ford Hospital Internal Medicine Residency is on {L('2026-12-14')}. Please log in at 7:15 AM EST:
https://henryford.zoom.us/j/91126638470

Please note this is the Detroit (Henry Ford Hospital, West Grand Boulevard) categorical program. Henry Ford Macomb Hospital and Henry Ford Jackson Hospital have separate Internal Medicine programs and separate interview days. Our program is part of Henry Ford Health + Michigan State University Health Sciences, and many residents rotate at the Detroit VA.

Thank you,

Latoya Simmons
Residency Program Coordinator, Department of Internal Medicine
Henry Ford Hospital | 2799 W. Grand Blvd., CFP-1 | Detroit, MI 48202
Henry Ford Health""", html_auto=True, names=("Henry Ford Hospital",), dates=(L('2026-12-14'),))

    # ---------------------------------------------------------------- Henry Ford Hospital IM preliminary (waitlisted)
    eras_status("hfh-prelim", "eras-waitlisted", "2026-11-20 13:05", hfh_prog, "1402511133", IM, "Waitlisted",
                """Thank you for applying to the Preliminary Internal Medicine track at Henry Ford Hospital. Our preliminary interview dates are currently full, and you have been placed on our waitlist. If a date becomes available, you will receive an interview invitation through ERAS.

Henry Ford Hospital Internal Medicine Residency""", subject="ERAS: Interview Waitlist",
                names=("Preliminary Internal Medicine", "Henry Ford Hospital"))

    # ---------------------------------------------------------------- Henry Ford Macomb IM: cancelled by program
    mac_text = """Dear Tessa,

Congratulations! The Internal Medicine Residency Program at Henry Ford Macomb Hospital in Clinton Township would like to invite you to interview. Please choose a date on our SignUpGenius page within one week:

https://www.signupgenius.com/go/10C0F48A9AE2CA4FFC16-hfmacombim

Interviews are held virtually on Wednesdays from 9:00 AM to 12:30 PM.

Gina Ferraro
GME Coordinator, Internal Medicine
Henry Ford Macomb Hospital | 15855 Nineteen Mile Road | Clinton Township, MI 48038"""
    mk("hf-macomb-im", "henry-ford-macomb-invitation", "2026-11-06 09:40",
       "\"Gina Ferraro\" <gferrar1@hfhs.org>", "Henry Ford Macomb IM Residency – Interview Invitation",
       mac_text, html_auto=True, names=("Henry Ford Macomb Hospital",))
    mk("hf-macomb-im", "henry-ford-macomb-confirmation", "2026-11-09 11:00",
       "SignUpGenius <notifications@signupgenius.com>",
       "Confirmation: Henry Ford Macomb IM Interview Days",
       f"""Hi Tessa,

Thank you for signing up! Here are the details:

Sign Up: Henry Ford Macomb IM Interview Days
Created by: Gina Ferraro

Slot: Interview – Virtual
Date: {NUM('2026-12-16')} (Wed.)
Time: 9:00am - 12:30pm EST

View or change your sign up:
https://www.signupgenius.com/go/10C0F48A9AE2CA4FFC16-hfmacombim

SignUpGenius | Sign up for anything""", html_auto=True, brand="SignUpGenius", color="#3f8f3f",
       names=("Henry Ford Macomb",), dates=(NUM('2026-12-16'),))
    mk("hf-macomb-im", "henry-ford-macomb-cancellation", "2026-12-02 16:28",
       "\"Gina Ferraro\" <gferrar1@hfhs.org>",
       "Cancellation of Internal Medicine interview – Henry Ford Macomb",
       """Dear Tessa,

We regret to inform you that the Henry Ford Macomb Internal Medicine Residency has cancelled its December 16 interview session. Because of a reduction in our PGY-1 positions for 2027, we have concluded our interview season and are unable to offer an alternative date.

We sincerely apologize for this change and wish you the very best in the Match.

Gina Ferraro
GME Coordinator, Internal Medicine
Henry Ford Macomb Hospital | Henry Ford Health""", html_auto=True,
       names=("Henry Ford Macomb",))

    # ---------------------------------------------------------------- Henry Ford Jackson (formerly Allegiance) IM: waitlist -> release
    mk("hf-jackson-im", "henry-ford-allegiance-waitlist", "2026-11-18 14:50",
       "Henry Ford Jackson IM Residency <IMResidencyJackson@hfhs.org>",
       "Interview Waitlist – Henry Ford Allegiance Health Internal Medicine",
       """Dear Tessa,

Thank you for your application to the Henry Ford Allegiance Health Program in Internal Medicine (ERAS 1402531322). Our hospital is now Henry Ford Jackson Hospital, but the program name in ERAS has not yet changed.

All of our interview days are currently full. We have placed you on our interview waitlist and will reach out if a spot becomes available.

Patricia Hollis
Residency Coordinator, Internal Medicine
Henry Ford Jackson Hospital | 205 N. East Avenue | Jackson, MI 49201""", cte="quoted-printable",
       names=("Henry Ford Allegiance Health Program", "Henry Ford Jackson Hospital"))
    mk("hf-jackson-im", "henry-ford-jackson-waitlist-release", "2027-01-22 10:10",
       "Henry Ford Jackson IM Residency <IMResidencyJackson@hfhs.org>",
       "Henry Ford Jackson Internal Medicine – waitlist closed",
       """Dear Tessa,

The Henry Ford Jackson Internal Medicine Residency has completed its final interview day for the 2026-2027 season. We are therefore closing our interview waitlist and will not be able to offer you an interview.

Thank you for your interest in our program and in Jackson. We wish you success in the Match.

Patricia Hollis
Henry Ford Jackson Hospital Internal Medicine Residency""", html_auto=True,
       names=("Henry Ford Jackson",))

    # ---------------------------------------------------------------- DMC / Wayne State IM
    dmc_th = "Wayne State University/Detroit Medical Center - Internal Medicine"
    th_invite("dmc-im", "thalamus-invitation", "2026-10-28 14:00", dmc_th, IM,
              """The Wayne State University School of Medicine Internal Medicine Residency Program at the Detroit Medical Center (DMC Harper University Hospital and DMC Detroit Receiving Hospital) would like to invite you to interview. Our virtual interview days run from 8:00 AM to 12:30 PM Eastern.

Darnell Hughes
Program Administrator, WSU Internal Medicine""", "e4a9c36b-1d2f-4e07-a8b5-35c2f9e1d7c4",
              subject="Interview Invitation: WSU/DMC Internal Medicine",
              names=("Detroit Medical Center",))
    th_scheduled("dmc-im", "thalamus-scheduled", "2026-10-29 08:47", dmc_th, IM, "2026-12-02", "08:00", "12:30")
    mk("dmc-im", "wsu-dmc-im-thanks", "2026-12-03 16:20",
       "\"Hughes, Darnell\" <dhughes@med.wayne.edu>",
       "Thank You – Wayne State / DMC Internal Medicine",
       """Dear Tessa,

Thank you for interviewing with the Wayne State University/Detroit Medical Center Internal Medicine Residency Program yesterday. It was a pleasure to have you with us.

Darnell Hughes
Program Administrator, Internal Medicine Residency
Wayne State University School of Medicine
4201 St. Antoine, UHC 5C | Detroit, MI 48201""", html_auto=True,
       names=("Wayne State University/Detroit Medical Center",))

    # ---------------------------------------------------------------- Children's Hospital of Michigan Pediatrics (rejected)
    mk("dmc-peds", "childrens-hospital-michigan-decision", "2026-11-25 12:30",
       "CHM Pediatric Residency <chmpedsresidency@dmc.org>",
       "Pediatric Residency – Children's Hospital of Michigan",
       """Dear Applicant,

Thank you for applying to the Central Michigan University/Children's Hospital of Michigan Program in Pediatrics. After reviewing your application, we regret that we are unable to offer you an interview.

We wish you the best in your career.

Pediatric Residency Program
Children's Hospital of Michigan | Detroit Medical Center
3901 Beaubien Blvd. | Detroit, MI 48201""", cte="7bit",
       names=("Children's Hospital of Michigan",))
