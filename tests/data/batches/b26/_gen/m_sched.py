"""Scheduled (10), reminders (8), cancellations (6)."""
import datetime as dt
from lib import *  # noqa: F401,F403
import lib

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ======================================================================= scheduled
@reg
def sch_thal_chco():
    sent = at(UTC, "2026-10-16T03:12:44")
    day = iv("2026-12-03")
    st, en = at(MT, "2026-12-03T08:00"), at(MT, "2026-12-03T13:30")
    cal = ics(vcal("thal-CHCO-PEDS-C-51877-20261203@thalamusgme.com", st, en,
                   "Interview: Children's Hospital Colorado - Pediatrics", "Virtual (Zoom link in Thalamus)",
                   "Your interview with Children's Hospital Colorado.\nJoin from the Thalamus event page.",
                   "-//Thalamus//Interview Scheduler//EN", sent), "interview.ics")
    thalamus("b26-sch-thal-chco-peds.eml",
             lab("scheduled", "Children's Hospital Colorado", "thalamus", PEDS, "categorical", "virtual", [day]),
             sent, "Interview confirmed: Children's Hospital Colorado", "Your interview is confirmed",
             "You're all set! Your interview has been scheduled. A calendar invitation is attached.",
             details=[("Program", "Children's Hospital Colorado \u2013 Pediatrics (Categorical)"),
                      ("Date", Wl(day)), ("Time", "8:00 AM \u2013 1:30 PM MST"), ("Interview type", "Virtual")],
             foot="Need to make a change? You can reschedule or cancel from your Thalamus calendar, subject to the "
                  "program's policies. The optional Meet the Residents evening on Wednesday at 6:00 PM MST is "
                  "listed separately on your calendar.",
             attach=[cal])


@reg
def sch_thal_utsw():
    sent = at(UTC, "2026-10-11T02:40:10")
    day = iv("2026-12-04")
    thalamus("b26-sch-thal-utsw-psych.eml",
             lab("scheduled", "UT Southwestern Medical Center", "thalamus", PSY, "categorical", "virtual", [day]),
             sent, "Interview Scheduled \u2013 UT Southwestern Medical Center", "Interview scheduled",
             "Thanks for scheduling. Here are the details of your interview.",
             details=[("Program", "UT Southwestern Medical Center \u2013 Psychiatry (Categorical)"),
                      ("When", f"{Ws(day)} \u2022 8:30 AM \u2013 2:00 PM CST"), ("Where", "Virtual")],
             foot="The Zoom link will appear on your Thalamus itinerary 48 hours before the interview.",
             button="View itinerary", url="https://app.thalamusgme.com/applicant/calendar")


@reg
def sch_eras_ou():
    sent = at(CT, "2026-11-18T11:01:00")
    day = iv("2027-01-08")
    lib.eras("b26-sch-eras-ou-ortho.eml",
             lab("scheduled", "University of Oklahoma Health Sciences Center", "eras", ORTHO, "categorical",
                 "in_person", [day]),
             sent, "Interview Scheduled - University of Oklahoma Health Sciences Center Program",
             "Interview Scheduled",
             f"You have scheduled an interview.\n\nProgram: University of Oklahoma Health Sciences Center Program\n"
             f"Specialty: Orthopaedic Surgery - Categorical\nStatus: Scheduled",
             (["Interview Date", "Day", "Time", "Location"],
              [[sl(day), f"{day:%A}", "7:00 AM - 4:00 PM CT", "In-Person - OU Health, Oklahoma City"]]),
             "If you need to cancel, please do so through MyERAS before the freeze date.")


@reg
def sch_eras_ttep():
    sent = at(MT, "2026-10-29T18:20:00")
    day = iv("2026-12-16")
    lib.eras("b26-sch-eras-ttep-em.eml",
             lab("scheduled", "Texas Tech University Health Sciences Center El Paso", "eras", EM, None,
                 "in_person", [day]),
             sent, "Interview Scheduled", "Your interview has been scheduled",
             "Program: Texas Tech University Health Sciences Center El Paso Program\nSpecialty: Emergency Medicine\n"
             "Status: Scheduled",
             (["Date", "Day of Week", "Start (Mountain Time)", "Format"], [[sl(day), f"{day:%A}", "7:30 AM",
                                                                         "In-Person"]]),
             "Freeze Date: 12/09/2026. After the freeze date you may only cancel.")


@reg
def sch_ib_uofu():
    sent = at(MT, "2026-10-12T12:02:00")
    day = iv("2026-12-03")
    st, en = at(MT, "2026-12-03T08:00"), at(MT, "2026-12-03T12:30")
    cal = ics(vcal("IB-UU-IMCAT-27-20261203-5531@interviewbroker.com", st, en,
                   "University of Utah Internal Medicine - Categorical Interview", "Zoom",
                   "Zoom: https://utah.zoom.us/j/95512300871\nCoordinator: im.residency@hsc.utah.edu",
                   "-//Interview Broker//EN", sent, organizer=("UofU IM Residency", "im.residency@hsc.utah.edu"),
                   tzid="America/Denver"), "UofU_IM_Interview.ics")
    ibroker("b26-sch-ib-uofu-im.eml",
            lab("scheduled", "University of Utah", "interview_broker", IM, "categorical", "virtual", [day]),
            sent, "Interview Confirmation: University of Utah Internal Medicine (Categorical)",
            "Your interview is scheduled",
            f"Dear {NAME},\n\nThis confirms your interview with University of Utah - Internal Medicine "
            f"(Categorical).\n\nDate: {Wl(day)}\nTime: 8:00 AM - 12:30 PM Mountain Time\n"
            "Location: Zoom - https://utah.zoom.us/j/95512300871\n\n"
            "A calendar file is attached. Please log in 10 minutes early for a tech check.",
            post="To reschedule or cancel, use the link in your original invitation at least 72 hours before your "
                 "interview.", reply_to=a("UofU Internal Medicine Residency", "im.residency@hsc.utah.edu"),
            attach=[cal])


@reg
def sch_rcas_dh():
    sent = at(UTC, "2026-10-28T13:15:22")
    day = iv("2026-12-10")
    residencycas("b26-sch-rcas-dh-em.eml",
                 lab("scheduled", "Denver Health", "residencycas", EM, None, "in_person", [day]),
                 sent, "Interview scheduled: Denver Health - Emergency Medicine", "Interview scheduled",
                 f"Dear {NAME},\n\nYour interview has been scheduled.\n\nProgram: Denver Health Residency in Emergency "
                 f"Medicine\nDate: {Wl(day)}\nTime: 7:00 AM - 2:00 PM (MT)\nType: In person\n\n"
                 "You can view or cancel this interview from the Interviews tab of your ResidencyCAS application.",
                 url=RCAS_URL, label="View my interviews")


@reg
def sch_cal_unlv():
    sent = at(UTC, "2026-10-09T04:20:31")
    day = iv("2026-12-08")
    st, en = at(PT, "2026-12-08T09:00"), at(PT, "2026-12-08T14:00")
    cal = ics(vcal("cal-7f1e0c2a-33b9-4d7e-8f0c-unlvpeds@calendly.com", st, en,
                   "Pediatrics Virtual Interview Day between Kirk Kerkorian School of Medicine at UNLV and Renata "
                   "Solberg-Achebe", "Zoom (details to follow)",
                   "Event Name: Pediatrics Virtual Interview Day\nNeed to make changes? "
                   "https://calendly.com/cancellations/7f1e0c2a", "-//Calendly//EN", sent,
                   organizer=("Ashlyn Torres-Nguyen", "ashlyn.torresnguyen@unlv.edu")), "invite.ics")
    body = (f"Hi {NAME},\n\n"
            "A new event has been scheduled.\n\n"
            "Event Type:\nPediatrics Virtual Interview Day\n\n"
            "Invitee:\n" + NAME + "\n\n"
            f"Event Date/Time:\n10:00am - 3:00pm (Mountain Time - US & Canada) on {Wl(day)}\n\n"
            "Location:\nZoom - the program will send the link\n\n"
            "Host:\nKirk Kerkorian School of Medicine at UNLV - Pediatrics Residency\n\n"
            f"Questions:\nAAMC ID: {AAMC}\nPreferred name: Renata\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7f1e0c2a\n"
            "Reschedule: https://calendly.com/reschedulings/7f1e0c2a\n\n"
            "Powered by Calendly.com")
    emit("b26-sch-cal-unlv-peds.eml",
         lab("scheduled", "Kirk Kerkorian School of Medicine at UNLV", "other", PEDS, None, "virtual", [day]),
         a("Calendly", "notifications@calendly.com"),
         f"Confirmed: Pediatrics Virtual Interview Day with Kirk Kerkorian School of Medicine at UNLV on {Wl(day)}",
         sent, body, attach=[cal])


@reg
def sch_email_imc():
    hers = at(MT, "2026-10-15T07:58:00")
    sent = at(MT, "2026-10-16T09:40:00")
    day = iv("2027-01-08")
    alt = d("2026-12-11")
    mine = (f"Hi Jordan,\n\nThank you so much for the invitation! My first choice would be {MD(day)} and my second "
            f"choice would be {MD(alt)}.\n\nBest,\nRenata")
    body = (f"Hi Renata,\n\n"
            f"You're confirmed for {Wl(day)}! Please plan to arrive at the Intermountain Medical Center Doty Education "
            f"Center (Building 6) by 7:15 AM. The resident dinner is the night before, Thursday, January 7, at "
            f"Hruska's (details to come).\n\n"
            "Parking is free in the Building 6 garage. We'll send a detailed itinerary the week before.\n\n"
            "Best,\nJordan\n\nJordan Halvorsen | Program Coordinator, Transitional Year\nIntermountain Medical "
            "Center | Intermountain Health\n\n"
            + gmail_hdr(hers, f"{NAME} <{ME}>") + "\n\n" + q(mine) + "\n")
    emit("b26-sch-email-imc-ty.eml",
         lab("scheduled", "Intermountain Medical Center", "email", TY, None, "in_person", [day]),
         a("Jordan Halvorsen", "jordan.halvorsen@imail.org"), "Re: Intermountain TY Interview Invitation", sent, body)


@reg
def sch_sug_uaphx():
    sent = at(UTC, "2026-10-06T02:11:09")
    day = iv("2026-11-18")
    body = (f"Hi {NAME},\n\n"
            "Thank you for signing up! Here are the details.\n\n"
            "Sign Up: UACOM-P Psychiatry Residency Virtual Interviews 2026-27\n"
            "Created by: Lorena Báez-Whitman\n\n"
            f"{sl(day)} ({day:%a.}) 8:30am - 1:00pm MST\n"
            "Slot: Interview Day - Applicant\n"
            "Location: Zoom\n\n"
            "Comment: University of Arizona College of Medicine \u2013 Phoenix, Department of Psychiatry\n\n"
            "You can change or swap your sign up from the sign up page.\n"
            "https://www.signupgenius.com/go/70A0C4BAEAD2CA4F94-uacomp-psych27\n\n"
            "SignUpGenius | Sign up for your next event.")
    emit("b26-sch-sug-uaphx-psych.eml",
         lab("scheduled", "University of Arizona College of Medicine \u2013 Phoenix", "other", PSY, None, "virtual",
             [day]),
         a("SignUpGenius", "DoNotReply@signupgenius.com"),
         "Confirmation: UACOM-P Psychiatry Residency Virtual Interviews 2026-27", sent, body)


@reg
def sch_gform_ochsner():
    sent = at(UTC, "2026-10-22T01:05:47")
    day = iv("2026-12-08")
    body = ("Thanks for filling out Ochsner Internal Medicine Residency \u2013 Interview Date Selection (Match 2027)\n\n"
            "Here's what was received.\n\n"
            "Ochsner Clinic Foundation Internal Medicine Residency \u2013 Interview Date Selection (Match 2027)\n"
            "Choose one session. Sessions are first come, first served; this receipt is your confirmation.\n\n"
            f"Full name *\n{NAME}\n\n"
            f"AAMC ID *\n{AAMC}\n\n"
            f"Interview session *\nSession 2 \u2013 Tue 12/8/26 (virtual social Mon 12/7, 6:00 PM CT)\n\n"
            "Will you attend the virtual social the evening before? \nYes\n\n"
            "Create your own Google Form\nReport Abuse\n"
            "https://forms.gle/OchsnerIMcat2027dates")
    emit("b26-sch-gform-ochsner-im.eml",
         lab("scheduled", "Ochsner Clinic Foundation", "other", IM, None, "virtual", [day]),
         a("Google Forms", "forms-receipts-noreply@google.com"),
         "Ochsner Internal Medicine Residency \u2013 Interview Date Selection (Match 2027)", sent, body)


# ======================================================================= reminders
@reg
def rem_thal_uw():
    sent = at(UTC, "2026-12-07T17:00:03")
    day = iv("2026-12-09")
    thalamus("b26-rem-thal-uw-neuro.eml",
             lab("reminder", "University of Washington", "thalamus", NEU, "categorical", "virtual", [day]),
             sent, "Reminder: your interview with University of Washington is in 2 days",
             "Upcoming interview in 2 days",
             "This is a friendly reminder about your upcoming interview.",
             details=[("Program", "University of Washington \u2013 Neurology (Categorical)"),
                      ("Date", Ws(day)), ("Time", "8:00 AM \u2013 12:45 PM PST"), ("Type", "Virtual")],
             foot="Your Zoom link and the program's itinerary are available on your Thalamus calendar.",
             button="View itinerary", url="https://app.thalamusgme.com/applicant/calendar")


@reg
def rem_email_dh():
    sent = at(MT, "2026-12-07T10:15:00")
    day = iv("2026-12-10")
    body = (f"Hi {NAME.split()[0]},\n\n"
            f"We are so excited to host you this Thursday, {MD(day)}, for your in-person interview with Denver Health "
            "EM! A few logistics:\n\n"
            "- Check-in: 7:00 AM at the Pavilion C lobby, 790 Delaware St. Security will direct you to the 4th floor.\n"
            "- Dress: business casual is perfect. Comfortable shoes for the tour, including the helipad.\n"
            "- Parking: validated in the Delaware St garage.\n"
            "- Resident dinner: Wednesday at 6:30 PM at Denver Central Market (optional).\n\n"
            "See you soon!\n\n"
            "Kelsey\n\nKelsey Arguello | Program Coordinator\nDenver Health Residency in Emergency Medicine")
    emit("b26-rem-email-dh-em.eml", lab("reminder", "Denver Health", "email", EM, None, "in_person", [day]),
         a("Arguello, Kelsey", "kelsey.arguello@dhha.org"), "See you Thursday! DH EM interview day", sent, body)


@reg
def rem_email_barrow():
    sent = at(AZ, "2026-12-01T08:30:00")
    day = iv("2026-12-04")
    tour = d("2026-12-03")
    body = (f"Dear {NAME.split()[0]},\n\n"
            f"We're excited to host you for your interview on {Wl(day)}! Your Zoom interviews start at 7:45 AM "
            "Arizona time (MST). The schedule with your interviewers is attached below.\n\n"
            f"You signed up for the optional in-person tour on {Wn(tour)} at 2:00 PM. Please meet us in the "
            "main lobby of the Barrow Neurological Institute building at Saint Joseph's Hospital and Medical Center, "
            "350 W Thomas Rd. Visitor parking is in Garage 2.\n\n"
            "7:45  Welcome - Program Director\n8:15  Interview 1\n8:45  Interview 2\n9:15  Break\n"
            "9:30  Interview 3\n10:15 Resident panel\n11:00 Close\n\n"
            "Warmly,\nBarrow Neurology Residency Office\nDignity Health St. Joseph's Hospital and Medical Center")
    emit("b26-rem-email-barrow-neuro.eml",
         lab("reminder", "Barrow Neurological Institute", "email", NEU, None, "hybrid", [day]),
         a("Barrow Neurology Residency", "neurologyresidency@barrowneuro.org"),
         "Your Barrow Neurology interview this Friday", sent, body)


@reg
def rem_ib_uofu():
    sent = at(MT, "2026-12-01T09:00:00")
    day = iv("2026-12-03")
    ibroker("b26-rem-ib-uofu-im.eml",
            lab("reminder", "University of Utah", "interview_broker", IM, "categorical", "virtual", [day]),
            sent, "Reminder: Interview with University of Utah Internal Medicine", "Interview Reminder",
            f"Dear {NAME},\n\nThis is a reminder of your upcoming interview with University of Utah - Internal "
            f"Medicine (Categorical).\n\nDate: {x_fmt(day)}\nTime: 8:00 AM - 12:30 PM Mountain Time\n"
            "Zoom: https://utah.zoom.us/j/95512300871\n\nWe look forward to meeting you!",
            reply_to=a("UofU Internal Medicine Residency", "im.residency@hsc.utah.edu"))


def x_fmt(x):
    return f"{x:%A} {sl(x)}"


@reg
def rem_email_chco():
    sent = at(MT, "2026-11-30T14:20:00")
    day = iv("2026-12-03")
    mtr = d("2026-12-02")
    body = (f"Hi {NAME.split()[0]},\n\n"
            f"We are excited to host you for your virtual interview with Children's Colorado Pediatrics on Thursday, "
            f"{MD(day)}! Here's what to expect:\n\n"
            f"\u2022 {Wn(mtr)}, 6:00\u20137:00 PM MT: Meet the Residents (optional, casual!)\n"
            f"\u2022 {Wn(day)}, 7:45 AM MT: log in to the Zoom waiting room\n"
            "\u2022 8:00 AM \u2013 1:30 PM: welcome, faculty interviews, resident breakout rooms\n\n"
            "Zoom: https://ucdenver.zoom.us/j/93100774552\n\n"
            "Reach me by text at 720-555-0187 on the day of if you have any tech issues.\n\n"
            "Cheers,\nEmma Sokolowski\nPediatric Residency Coordinator | Children's Colorado\n"
            "University of Colorado School of Medicine")
    emit("b26-rem-email-chco-peds.eml",
         lab("reminder", "Children's Colorado", "email", PEDS, None, "virtual", [day]),
         a("Sokolowski, Emma", "emma.sokolowski@childrenscolorado.org"), "Interview Thursday - Welcome!", sent, body)


@reg
def rem_email_ohsu():
    sent = at(PT, "2026-12-07T12:00:00")
    day = iv("2026-12-10")
    body = (f"Dear {NAME},\n\n"
            f"Thank you for choosing to interview with OHSU IM. We look forward to seeing you (virtually) on "
            f"{Wn(day)}.\n\n"
            "Your day will run from 7:30 AM to 12:30 PM Pacific (8:30 AM to 1:30 PM Mountain). Please join the "
            "main Zoom room at 7:20 AM: https://ohsu.zoom.us/j/96644102318\n\n"
            "Your interviewers are Dr. Halpern-Quist (APD) and Dr. Nwosu (Hospital Medicine).\n\n"
            "OHSU Internal Medicine Residency\nimres@ohsu.edu")
    emit("b26-rem-email-ohsu-im.eml", lab("reminder", "OHSU", "email", IM, None, "virtual", [day]),
         a("OHSU IM Residency", "imres@ohsu.edu"), "OHSU IM Interview - Thursday", sent, body)


@reg
def rem_email_ou():
    sent = at(CT, "2027-01-04T13:30:00")
    day = iv("2027-01-08")
    dinner = d("2027-01-07")
    body = (f"Dr.-to-be Solberg-Achebe,\n\n"
            f"We're excited to host you in OKC this Friday! Your interview day is {Wl(day)}.\n\n"
            f"Applicant dinner: {Wn(dinner)}, 7:00 PM at Vast (Devon Tower, 49th floor). Business casual.\n"
            "Interview day: meet in the OU Health Presbyterian Tower lobby at 6:45 AM; shuttle leaves for the "
            "Bone & Joint Institute at 7:00 AM. Expect to finish around 4:00 PM.\n\n"
            "Hotel block: Colcord Hotel, mention \u201cOU Ortho\u201d.\n\n"
            "OU Health Orthopaedic Surgery & Rehabilitation\nResidency Office | 405-555-0156")
    emit("b26-rem-email-ou-ortho.eml", lab("reminder", "OU Health", "email", ORTHO, None, "in_person", [day]),
         a("OU Ortho Residency", "ortho-residency@ouhealth.com"), "OU Ortho interview - this Friday", sent, body)


@reg
def rem_eras_lsu():
    sent = at(CT, "2026-12-08T08:00:00")
    day = iv("2026-12-15")
    lib.eras("b26-rem-eras-lsu-neuro.eml",
             lab("reminder", "LSU Health Sciences Center New Orleans", "eras", NEU, "advanced", "virtual", [day]),
             sent, "Upcoming Interview Reminder - LSU Health Sciences Center New Orleans Program",
             "Upcoming Interview Reminder",
             "This is a reminder that you have an upcoming interview.\n\n"
             "Program: LSU Health Sciences Center New Orleans Program\nSpecialty: Neurology - Advanced",
             (["Interview Date", "Day", "Session"], [[sl(day), f"{day:%A}", "Virtual - 8:00 AM to 12:30 PM CT"]]),
             "Your freeze date has passed. If you can no longer attend, please cancel in MyERAS and contact the "
             "program.")


# ======================================================================= cancellations
@reg
def can_thal_vm():
    sent = at(UTC, "2026-11-23T21:14:08")
    day = iv("2026-12-07")
    thalamus("b26-can-thal-vm-ty.eml",
             lab("cancellation", "Virginia Mason Franciscan Health", "thalamus", TY, None, "in_person", [day]),
             sent, "Interview cancelled \u2013 Virginia Mason Franciscan Health", "Your interview was cancelled",
             "As requested, your interview has been cancelled and the program has been notified.",
             details=[("Program", "Virginia Mason Franciscan Health \u2013 Transitional Year"), ("Date", Wl(day)),
                      ("Type", "In-Person"), ("Cancelled by", "You")],
             foot="If this was a mistake, contact the program directly; the slot may already have been offered to "
                  "another applicant.")


@reg
def can_ib_uofu_prelim():
    sent = at(MT, "2026-11-06T20:30:00")
    day = iv("2026-12-04")
    ibroker("b26-can-ib-uofu-imprelim.eml",
            lab("cancellation", "University of Utah", "interview_broker", IM, "preliminary", "virtual", [day]),
            sent, "Cancellation Confirmation: University of Utah IM - Preliminary", "Interview cancelled",
            f"Dear {NAME},\n\nYou have cancelled your interview with University of Utah - Internal Medicine "
            f"(Preliminary) on {Wl(day)} (12:30 PM - 4:00 PM Mountain Time).\n\n"
            "This cancellation applies only to the Preliminary campaign. Any interview you have scheduled in another "
            "campaign with this program is not affected.",
            reply_to=a("UofU Internal Medicine Residency", "im.residency@hsc.utah.edu"))


@reg
def can_email_wsu():
    sent = at(PT, "2026-11-23T11:20:00")
    day = iv("2026-12-07")
    o1, o2 = iv("2026-12-11"), iv("2027-01-11")
    reply = d("2026-11-30")
    body = (f"Hi {NAME.split()[0]},\n\n"
            f"I'm so sorry to do this, but we have to cancel our interview day on Monday, December 7. Providence "
            "Sacred Heart is completing its Epic upgrade that week and our faculty have been pulled into go-live "
            "support.\n\n"
            "We'd love to still meet you! We can offer either of these replacement days:\n\n"
            f"  1) {Wn(o1)}\n  2) {Wn(o2)}, {o2.year}\n\n"
            f"Please let me know which works best by {Wn(reply)}. Again, apologies for the inconvenience.\n\n"
            "Marisol\n\nMarisol Keanaaina | Program Administrator | Psychiatry Residency\n"
            "Washington State University Elson S. Floyd College of Medicine")
    emit("b26-can-email-wsu-psych.eml",
         lab("cancellation", "Washington State University Elson S. Floyd College of Medicine", "email", PSY, None,
             "in_person", [day]),
         a("Keanaaina, Marisol", "marisol.keanaaina@wsu.edu"), "IMPORTANT: Change to your December 7 interview",
         sent, body)


@reg
def can_eras_uthsa():
    sent = at(CT, "2026-11-30T19:45:00")
    day = iv("2026-12-14")
    lib.eras("b26-can-eras-uthsa-imprelim.eml",
             lab("cancellation", "University of Texas Health Science Center at San Antonio", "eras", IM,
                 "preliminary", "virtual", [day]),
             sent, "Interview Cancelled - University of Texas Health Science Center at San Antonio Program",
             "Interview Cancellation",
             "Program: University of Texas Health Science Center at San Antonio Program\n"
             "Specialty: Internal Medicine - Preliminary\nCancelled by: Applicant",
             (["Interview Date", "Day", "Type", "Status"], [[sl(day), f"{day:%a}", "Virtual", "Cancelled"]]),
             link=False)


@reg
def can_email_osuchs():
    hers = at(MT, "2026-11-24T20:05:00")
    sent = at(CT, "2026-11-25T08:10:00")
    day = iv("2026-12-03")
    mine = (f"Dear Mr. Redbird,\n\nThank you again for the invitation to interview at OSU-CHS Emergency Medicine. "
            f"After a lot of thought, I need to withdraw from my interview on Thursday, December 3. I hope this gives "
            f"another applicant the chance to take the spot.\n\nWith gratitude,\n{NAME}")
    body = (f"Hi Renata,\n\n"
            "Thank you for letting us know, and for the advance notice. I have removed you from the December 3 "
            "schedule and released the spot. Best of luck this season!\n\n"
            "Caleb Redbird\nResidency Coordinator - Emergency Medicine\nOklahoma State University Center for Health "
            "Sciences\n\n"
            "-----Original Message-----\n"
            f"From: {NAME} <{ME}>\n"
            f"Sent: {hers:%A}, {hers:%B} {hers.day}, {hers.year} {hm(hers)}\n"
            "To: Caleb Redbird <caleb.redbird@okstate.edu>\n"
            "Subject: Interview withdrawal - December 3\n\n" + mine + "\n")
    emit("b26-can-email-osuchs-em.eml",
         lab("cancellation", "Oklahoma State University Center for Health Sciences", "email", EM, None, "in_person",
             [day]),
         a("Caleb Redbird", "caleb.redbird@okstate.edu"), "RE: Interview withdrawal - December 3", sent, body,
         html=False)


@reg
def can_email_bcm():
    sent = at(CT, "2026-11-12T16:05:00")
    day = iv("2026-11-23")
    body = (f"Dear {NAME},\n\n"
            f"Due to a scheduling error on our end, the {Wn(day)} virtual interview session was overbooked and we "
            "have had to cancel a small number of reservations, including yours. We sincerely apologize.\n\n"
            "Please use your original Interview Broker link to choose a new date from the remaining sessions "
            "(December 9 and January 11 still have openings). We will hold space for affected applicants until "
            "Monday.\n\n"
            "With apologies,\nPediatric Residency Office\nBaylor College of Medicine | Texas Children's Hospital")
    emit("b26-can-email-bcm-peds.eml",
         lab("cancellation", "Baylor College of Medicine", "email", PEDS, None, "virtual", [day]),
         a("BCM Pediatrics Residency", "pedsres@bcm.edu"), "Your interview on November 23 has been cancelled", sent,
         body)
