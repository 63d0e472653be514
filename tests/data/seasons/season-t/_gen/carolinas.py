"""South and North Carolina: MUSC (categorical IM in person via Calendly; preliminary IM via ERAS), Prisma Health
Upstate (IM via SignUpGenius; the program moves its session) and Midlands (rejection), Atrium Health Carolinas
Medical Center (IM; her away rotation) and Wake Forest Baptist (IM), Duke (IM rejection; Neurology invitation
unanswered), UNC (IM waitlist that reads like a rejection, then an offer), ECU (abbreviations only) and Cape Fear
Valley (TY via Interview Broker)."""
from kit import (D, ET, UTC, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, staff, mine, put, ics, gquote, oquote,
                 plain_of, full, wmd, wmd3, md, mdy, sl, sly, wsl, clock, esc, frame, kv, button, link)
from plat import th_invite, th_booked, th_reminder, th_message, eras, ib, IB, CALENDLY, SIGNUP


def musc_categorical():
    k = "musc-im"
    c = ("Grant, Shayla", "grantsha@musc.edu")
    d1, d2, d3 = D("2026-10-23"), D("2026-10-30"), D("2026-11-13")
    inv = f"""Dear Zoë,

Congratulations! On behalf of Dr. Harriet Oyelowo and the Department of Medicine, I am delighted to invite you to
interview for the CATEGORICAL Internal Medicine Residency at the Medical University of South Carolina.

We are hosting applicants in person in Charleston this year. Available Fridays:
    {wmd(d1)}
    {wmd(d2)}
    {wmd(d3)}

Please choose your date through our Calendly page by Friday, October 9:
https://calendly.com/musc-im-recruitment/categorical-interview-day

The interview day runs 7:30 AM – 3:00 PM and starts at Ashley River Tower. On the Thursday evening before each
interview day, our residents host a casual dinner (optional, and not part of your evaluation).

Hotel: we have a courtesy room block at the Courtyard by Marriott Charleston Historic District at a discounted rate
– mention "MUSC IM Interviews" when booking. The block releases two weeks before each date.

Please note that our Preliminary Medicine program recruits separately in the winter; if you applied to both, you
will hear about the preliminary track on its own schedule.

Best,

Shayla Grant
Residency Program Coordinator, Internal Medicine
Medical University of South Carolina
96 Jonathan Lucas Street, CSB 812, MSC 623, Charleston, SC 29425
843-555-0106"""
    staff("2026-10-02 09:30", "musc-categorical-internal-medicine-interview-invitation", k, "invitation", c,
          "MUSC Internal Medicine Residency – Categorical Interview Invitation", inv, idates=[d1, d2, d3],
          deadline="2026-10-09", must=["Medical University of South Carolina"])
    lines = [f"Hi {NAME},", "", "A new event has been scheduled.", "",
             "Event Type: MUSC IM Categorical Interview Day", "Invitee: Zoë Hartwell", f"Invitee Email: {ADDR}",
             f"Event Date/Time: 07:30am - 03:00pm (Eastern Time - US & Canada) on {full(d2)}",
             "Location: Ashley River Tower lobby, 25 Courtenay Dr, Charleston, SC 29401", "",
             "Questions: Anything we should know before your visit (dietary needs, accessibility)?",
             "Answer: No shellfish, please.", "",
             "Need to make changes to this event?",
             "Cancel: https://calendly.com/cancellations/6c1f2e9a-musc-im",
             "Reschedule: https://calendly.com/reschedulings/6c1f2e9a-musc-im", "",
             "Powered by Calendly.com"]
    html = frame(["<p>Hi " + esc(NAME) + ",</p><p>A new event has been scheduled.</p>",
                  kv([("Event Type", "MUSC IM Categorical Interview Day"), ("Invitee", "Zoë Hartwell"),
                      ("Event Date/Time", f"07:30am - 03:00pm (Eastern Time - US & Canada) on {full(d2)}"),
                      ("Location", "Ashley River Tower lobby, 25 Courtenay Dr, Charleston, SC 29401")]),
                  "<p>" + link("https://calendly.com/cancellations/6c1f2e9a-musc-im", "Cancel") + " &middot; "
                  + link("https://calendly.com/reschedulings/6c1f2e9a-musc-im", "Reschedule") + "</p>"],
                 head='<b style="color:#006bff;font-size:20px">Calendly</b>', foot="Powered by Calendly.com",
                 accent="#006bff")
    put("2026-10-02 10:02", "calendly-musc-im-categorical-interview-confirmed", k, "scheduled", CALENDLY,
        f"Confirmed: MUSC IM Categorical Interview Day with Shayla Grant on {full(d2)}", "\n".join(lines) + "\n",
        html, tz=UTC, idates=[d2],
        cal=ics("6c1f2e9a-musc-im@calendly.com", at(d2, "07:30"), 450, "MUSC IM Categorical Interview Day",
                "Ashley River Tower lobby, 25 Courtenay Dr, Charleston, SC 29401",
                organizer=("Shayla Grant", "grantsha@musc.edu"), prodid="-//Calendly//EN"),
        cal_name="invite.ics")
    txt = f"""Hi all –

We can't wait to see you in Charleston on Friday! Logistics for the MUSC IM interview day:

THURSDAY 10/29 – Resident dinner, 6:30 PM, Leon's Oyster Shop (698 King St). Casual dress. Uber/Lyft recommended;
parking on upper King is tough.

FRIDAY 10/30
7:30  Breakfast, ART lobby (Ashley River Tower, 25 Courtenay Dr)
8:00  Morning report with the chiefs
9:00  Interviews x3
11:30 Tour: ART, University Hospital, RHJ VAMC (Ralph H. Johnson VA), Rutledge Tower clinics
12:30 Lunch with residents
1:30  PD Q&A
3:00  Adjourn

Parking: Courtenay Garage; bring your ticket for validation.

Shayla"""
    staff("2026-10-28 15:00", "musc-im-friday-interview-logistics", k, "reminder", c,
          "Friday interview logistics – MUSC IM", txt, idates=[d2], to="undisclosed-recipients:;",
          must=["Ashley River Tower"])
    mine("2026-10-30 19:05", "sent-thank-you-musc-internal-medicine", k, "info",
         [("Harriet Oyelowo, MD", "oyelowoh@musc.edu")], "Thank you for today!",
         "Dear Dr. Oyelowo,\n\nThank you for a wonderful day in Charleston. I loved hearing how your interns "
         "present at morning report without slides, and the walk from ART to the VA made me realize how connected "
         "the campus is. Dinner last night with the residents was a highlight, too.\n\nI hope to see you again in "
         "the spring!\n\nZoë Hartwell", cc=[c])


def musc_prelim():
    k = "musc-prelim"
    d1, d2 = D("2027-01-25"), D("2027-02-08")
    eras("2026-12-18 10:00", "myeras-interview-invitation-musc-preliminary-medicine", k, "invitation",
         "Interview Invitation: Medical University of South Carolina Program", [
             "Medical University of South Carolina Program (Internal Medicine - Preliminary) has invited you to "
             "interview.",
             "Message from the program:",
             "Thank you for applying to the MUSC Preliminary Medicine program. Our preliminary interviews are "
             "virtual and last about three hours. Please schedule by Wednesday, December 23.",
             "Available dates:", f"  {full(d1)}", f"  {full(d2)}",
         ], idates=[d1, d2], deadline="2026-12-23", must=["Internal Medicine - Preliminary"])
    eras("2026-12-18 12:40", "myeras-interview-scheduled-musc-preliminary-medicine", k, "scheduled",
         "Interview Scheduled: Medical University of South Carolina Program", [
             "Your interview has been scheduled.",
             "Program: Medical University of South Carolina Program", "Specialty: Internal Medicine - Preliminary",
             f"Date: {full(d2)}", "Time: 1:00 PM - 4:00 PM ET",
         ], idates=[d2])
    c = ("Mahoney, Colleen", "mahoneyc@musc.edu")
    txt = f"""Dear Zoë,

Thank you for scheduling your Preliminary Medicine interview for {full(d2)}, 1:00 – 4:00 PM Eastern. This is a
separate interview from the categorical day you attended in October: you will meet Dr. Baptiste, our preliminary
program director, and two of our prelim residents who are headed into neurology, anesthesia and radiology.

Microsoft Teams link:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_MUSCprelim0208

Please have a copy of your CV handy; Dr. Baptiste likes to talk about the research on your application.

Kind regards,

Colleen Mahoney
Program Coordinator, Preliminary Medicine
Department of Medicine | Medical University of South Carolina"""
    staff("2027-02-01 09:20", "musc-preliminary-medicine-interview-information", k, "info", c,
          "MUSC Preliminary Medicine interview – Monday information", txt, idates=[d2],
          must=["Medical University of South Carolina"])


def prisma_upstate():
    k = "prisma-up-im"
    c = ("Youngblood, Heather", "heather.youngblood@prismahealth.org")
    d1, d2, d3 = D("2026-11-18"), D("2026-12-02"), D("2026-12-16")
    inv = f"""Dear Ms. Hartwell,

Thank you for applying to the Internal Medicine Residency at Prisma Health–Upstate. We are pleased to invite you to
a virtual interview with our program, based at Greenville Memorial Hospital and affiliated with the University of
South Carolina School of Medicine Greenville.

Please sign up for one of the following Wednesdays using our SignUpGenius page:
https://www.signupgenius.com/go/PHU-IM-Interviews-2027

  • {wmd(d1)}
  • {wmd(d2)}
  • {wmd(d3)}

Interviews run 8:00 AM to 12:30 PM Eastern on Zoom.

Warm regards,

Heather Youngblood
Program Coordinator | Internal Medicine Residency
Prisma Health–Upstate | 701 Grove Road, Greenville, SC 29605
864-555-0139"""
    staff("2026-10-08 13:00", "prisma-health-upstate-im-interview-invitation", k, "invitation", c,
          "Prisma Health–Upstate Internal Medicine – Interview Invitation", inv, idates=[d1, d2, d3],
          must=["Prisma Health\u2013Upstate"])
    t = [f"Hi Zoë,", "", "Thank you for signing up! Here is a copy of your sign up:", "",
         "Prisma Health–Upstate IM Residency Interview Days", "",
         f"Date: {sly(d1)} (Wed.)", "Slot: Interview Day – 8:00am - 12:30pm EST", "Quantity: 1", "",
         "You can change or swap your sign up at any time before the event:",
         "https://www.signupgenius.com/go/PHU-IM-Interviews-2027#/", "",
         "Thank you,", "SignUpGenius on behalf of Heather Youngblood", "",
         "Note: Please do not reply to this e-mail. Contact the organizer with questions."]
    html = frame(["<p>Hi Zoë,</p><p>Thank you for signing up! Here is a copy of your sign up:</p>",
                  "<p><b>Prisma Health–Upstate IM Residency Interview Days</b></p>",
                  kv([("Date", f"{sly(d1)} (Wed.)"), ("Slot", "Interview Day – 8:00am - 12:30pm EST"),
                      ("Quantity", "1")]),
                  button("https://www.signupgenius.com/go/PHU-IM-Interviews-2027#/", "Change My Sign Up",
                         "#f26b21")],
                 head='<b style="color:#f26b21;font-size:20px">SignUpGenius</b>',
                 foot="Please do not reply to this e-mail.", accent="#f26b21")
    put("2026-10-08 13:25", "signupgenius-prisma-upstate-im-interview-signup", k, "scheduled", SIGNUP,
        "Thanks for signing up! Prisma Health–Upstate IM Residency Interview Days", "\n".join(t) + "\n", html,
        reply_to=c, idates=[d1])
    new = D("2026-12-04")
    chg = f"""Good morning,

I am writing to everyone scheduled for our Wednesday, November 18 interview session. Because of an ACGME site
visit that has just been scheduled for that week, we need to move this session to Friday, December 4, 2026, same
time (8:00 AM – 12:30 PM Eastern). Nothing else about the day changes.

An updated calendar invitation is attached. If December 4 does not work for you, reply to me and I will find you
another Wednesday. We are sorry for the inconvenience and appreciate your flexibility!

Heather Youngblood
Program Coordinator | Internal Medicine Residency
Prisma Health–Upstate"""
    m = staff("2026-11-02 08:30", "prisma-upstate-im-interview-session-moved", k, "scheduled", c,
              "IMPORTANT: Interview date change – Prisma Health–Upstate IM (11/18 moving to 12/4)", chg,
              to="undisclosed-recipients:;", idates=[new],
              cal=ics("PHU-IM-20261118-session", at(new, "08:00"), 270,
                      "Prisma Health–Upstate IM Residency Interview (virtual)", "Zoom", organizer=c, seq=1,
                      mode="tzid"))
    body = ("Hi Ms. Youngblood,\n\nThanks for the heads-up. Friday 12/4 works well for me, so please keep me on "
            "that session.\n\nBest,\nZoë")
    mine("2026-11-02 12:15", "sent-re-prisma-upstate-date-change", k, "scheduled", c,
         "Re: IMPORTANT: Interview date change – Prisma Health–Upstate IM (11/18 moving to 12/4)", body, irt=m,
         quote=gquote("2026-11-02 08:30", "Youngblood, Heather", c[1], plain_of(m)), idates=[new], sig=SIG_SHORT)
    staff("2026-12-03 14:20", "prisma-upstate-im-tomorrow-zoom", k, "reminder", c,
          "Tomorrow – PH-U IM interview Zoom link",
          "Hi Zoë!\n\nSee you tomorrow morning. Zoom: https://prismahealth.zoom.us/j/84122907356 (passcode GMH2027)."
          "\n\nYou'll meet Dr. Ravenel (PD), Dr. Tso and Dr. Whitmire. After interviews, our chiefs will take you "
          "on a video tour of GMH and the Center for Family Medicine clinic where our IM residents see patients "
          "too.\n\nHeather", idates=[new], must=["84122907356"])


def prisma_midlands():
    k = "prisma-mid-im"
    txt = """Dear Applicant,

Thank you for applying to the Internal Medicine Residency Program at Prisma Health–Midlands / University of South
Carolina School of Medicine Columbia. We received well over two thousand applications for a small number of
positions this year.

After careful review, we regret that we are unable to extend an interview invitation to you this cycle. Please
note that the Prisma Health–Upstate program in Greenville conducts its own review and selection.

We sincerely appreciate your interest and wish you the very best in the Match.

Internal Medicine Residency Program
Prisma Health–Midlands
Two Medical Park, Suite 502, Columbia, SC 29203"""
    staff("2026-11-04 17:05", "prisma-health-midlands-im-application-status", k, "rejection",
          ("IM Residency Program - Midlands", "imresidency.midlands@prismahealth.org"),
          "Application Status – Internal Medicine Residency, Prisma Health–Midlands", txt, html=False,
          to="undisclosed-recipients:;", must=["Prisma Health\u2013Midlands"])


def atrium_cmc():
    k = "cmc-im"
    c = ("Jenna Whitacre", "jenna.whitacre@atriumhealth.org")
    d1, d2, d3 = D("2026-10-27"), D("2026-11-10"), D("2026-12-03")
    inv = f"""Hi Zoë,

I hope you've been well since August! Dr. Tillery and several of our residents still talk about your month on
Hospital Medicine Team 4 here at Carolinas Medical Center, and the selection committee is very happy to invite you
to interview for a categorical position in the Atrium Health Carolinas Medical Center Internal Medicine Residency.

We are using Interview Broker again this year. You'll receive a separate e-mail from Interview Broker with a link
to choose one of these dates:

    {wmd(d1)}
    {wmd(d2)}
    Thursday, December 3

Please schedule within five days (by Saturday, October 10). All interviews are virtual, 8:00 AM – 1:00 PM.

Heads up so there is no confusion: Atrium Health Wake Forest Baptist in Winston-Salem is part of the same health
system but runs its own residency and its own interviews.

Looking forward to seeing you again (virtually)!

Jenna Whitacre
Residency Program Coordinator | Internal Medicine
Atrium Health Carolinas Medical Center
1000 Blythe Blvd, Medical Education Building, Charlotte, NC 28203
704-555-0171"""
    staff("2026-10-05 11:40", "atrium-health-cmc-internal-medicine-interview-invitation", k, "invitation", c,
          "Interview invitation – Internal Medicine Residency, Atrium Health CMC", inv, idates=[d1, d2, d3],
          deadline="2026-10-10", must=["Atrium Health Carolinas Medical Center"])
    prog = "Atrium Health Carolinas Medical Center - Internal Medicine"
    ib("2026-10-06 08:10", "interview-broker-confirmation-atrium-cmc-internal-medicine", k, "scheduled", prog,
       "You're scheduled: Atrium Health CMC Internal Medicine interview", [
           "Thank you for scheduling your interview. The details are below and a calendar file is attached.",
       ], rows=[("Date", full(d1)), ("Time", "8:00 AM - 1:00 PM ET"), ("Format", "Virtual – Zoom")],
       idates=[d1], reply_to=c,
       cal=ics("IB-ATR-CMC-IM-88210", at(d1, "08:00"), 300, "Atrium Health CMC IM Interview", "Zoom",
               organizer=("Jenna Whitacre", "jenna.whitacre@atriumhealth.org"),
               prodid="-//Interview Broker//Scheduler//EN"))
    ib("2026-10-26 12:00", "interview-broker-reminder-atrium-cmc-internal-medicine", k, "reminder", prog,
       "Reminder: your interview is tomorrow", [
           f"This is a reminder of your interview tomorrow, {full(d1)}, 8:00 AM ET.",
           "Zoom: https://atriumhealth.zoom.us/j/99120455381 – please join 10 minutes early.",
       ], idates=[d1], reply_to=c, must=["99120455381"])
    mine("2026-10-27 18:40", "sent-thank-you-atrium-cmc-internal-medicine", k, "info",
         [("Marcus Tillery, MD", "marcus.tillery@atriumhealth.org")], "Thank you – and good to see you again",
         "Dear Dr. Tillery,\n\nIt was so nice to see you again today, even over Zoom. Interviewing with the "
         "residents I worked alongside in August felt a little surreal, in the best way. Thank you for supporting "
         "me during my sub-internship and for the chance to interview.\n\nWarmly,\nZoë")


def wake_forest():
    k = "wfb-im"
    prog = "Atrium Health Wake Forest Baptist - Internal Medicine"
    d1, d2, d3 = D("2027-01-26"), D("2027-02-09"), D("2027-02-16")
    th_invite("2026-12-02 14:00", "thalamus-invitation-atrium-wake-forest-internal-medicine", k, prog, [
        "Thank you for your application to the Internal Medicine Residency at Atrium Health Wake Forest Baptist "
        "and Wake Forest University School of Medicine in Winston-Salem. We would like to invite you to interview "
        "for a categorical position.",
        "Please note that Atrium Health Carolinas Medical Center in Charlotte is a separate residency with its own "
        "application and interview process.",
    ], [d1, d2, d3], token="d0e5a7c3-wfb-im", deadline="2026-12-07")
    th_booked("2026-12-03 07:55", "thalamus-scheduled-atrium-wake-forest-internal-medicine", k, prog, d2, "08:30",
              "13:00", "Virtual", "Zoom", uid="thl-a3c57e90-wfb-im")
    c = ("Dockery, Meredith", "meredith.dockery@advocatehealth.org")
    txt = f"""Dear Zoë,

We're looking forward to your interview on {full(d2)}! Attached to this message you would normally find our
applicant packet; this year it lives online instead: https://go.wfu.edu/im-applicant-packet

Schedule (Eastern):
  8:15  Log in and tech check
  8:30  Welcome – Dr. Castellano, Program Director
  9:00  Interviews (three, 20 minutes each)
 10:30  Curriculum and the Winston-Salem community
 11:30  Resident Q&A
 12:30  Optional virtual tour

Our residents are hosting a virtual social the evening before, Monday, February 8, at 6:30 PM. The Zoom link will
be sent the morning of your interview.

Best wishes,

Meredith Dockery
Program Coordinator, Internal Medicine Residency
Atrium Health Wake Forest Baptist | Medical Center Boulevard, Winston-Salem, NC 27157"""
    staff("2027-01-27 16:10", "atrium-wake-forest-im-applicant-information", k, "info", c,
          "Your upcoming interview – Atrium Health Wake Forest Baptist Internal Medicine", txt, idates=[d2],
          must=["Atrium Health Wake Forest Baptist"])


def duke():
    txt = """Dear Zoë Hartwell,

Thank you for your interest in the Duke Internal Medicine Residency Program at Duke University Hospital. This year
we received more than 6,000 applications for our categorical, primary care and research pathways, and each was
reviewed carefully by our selection committee.

We regret to inform you that we are unable to offer you an interview invitation this season. This decision is not
a reflection of your qualifications, and we are confident that you will find an outstanding place to train.

With best wishes for the Match,

The Duke Internal Medicine Residency Program
Duke University Hospital | DUMC Box 3182, Durham, NC 27710"""
    staff("2026-11-13 18:00", "duke-internal-medicine-residency-application-update", "duke-im", "rejection",
          ("Duke Medicine Residency", "medres@duke.edu"), "Duke Internal Medicine Residency – Application Update",
          txt, font="Arial", must=["Duke University Hospital"])
    prog = "Duke University Hospital - Neurology"
    th_invite("2027-02-02 13:00", "thalamus-invitation-duke-neurology", "duke-neuro", prog, [
        "The Duke Neurology Residency Program is pleased to invite you to interview for a categorical position. "
        "Our residents train at Duke University Hospital, Duke Regional Hospital and the Durham VA Health Care "
        "System.",
        "Interviews are virtual and include one-on-one faculty interviews, a session with our program director and "
        "a resident-led tour of the Duke Neurology clinics.",
    ], [D("2027-02-23"), D("2027-02-26")], token="f4c3b1a9-duke-neuro", deadline="2027-02-08",
        signer="Lauren Ashcraft, Residency Coordinator, Duke Neurology")


def unc():
    k = "unc-im"
    c = ("Pettigrew, Caroline", "caroline_pettigrew@med.unc.edu")
    sig = ("Caroline Pettigrew\nResidency Program Manager | Internal Medicine Residency\nDepartment of Medicine\n"
           "University of North Carolina School of Medicine\n5034 Old Clinic Building, CB# 7005, Chapel Hill, NC "
           "27599\n919-555-0124")
    w = f"""Dear Zoë,

We regret that we are unable to offer you an interview at this time. We received a record number of applications
this year and have filled our interview days.

However, your application stood out to our committee, and we have placed you on our interview waitlist. As
cancellations occur, we invite applicants from the waitlist, usually with a short turnaround, so please watch your
e-mail closely through January.

Thank you for your interest in UNC Internal Medicine.

Sincerely,

{sig}"""
    staff("2026-11-06 16:15", "unc-internal-medicine-interview-status", k, "waitlist", c,
          "UNC Internal Medicine – Interview Status", w, must=["University of North Carolina School of Medicine"])
    mine("2026-11-20 19:30", "sent-letter-of-interest-unc-internal-medicine", k, "info",
         [("Ann-Marie Kessinger, MD", "ann-marie_kessinger@med.unc.edu")],
         "Letter of interest – Zoë Hartwell, AAMC ID 17290364",
         "Dear Dr. Kessinger,\n\nThank you for keeping me on the UNC Internal Medicine interview waitlist. I'm "
         "writing to let you know that UNC remains one of my top choices. I'm hoping to pursue a career at the "
         "interface of general medicine and neurology, and your Neurohospitalist and Medicine collaboration and "
         "the NC AHEC rural rotations are a combination I haven't found elsewhere.\n\nI'm available for any "
         "interview date and can be flexible on short notice.\n\nWith gratitude,\nZoë Hartwell", cc=[c])
    d1 = D("2027-01-21")
    offer = f"""Hi Zoë,

Good news – an interview spot has opened on {full(d1)} (virtual, 8:00 AM – 12:30 PM ET). We would love to have you.

Please reply by noon on Monday, January 11 to let me know if you can take it. If I don't hear from you by then, I'll
offer the date to the next person on the list.

{sig}"""
    m = staff("2027-01-08 10:40", "unc-internal-medicine-interview-spot-opened", k, "invitation", c,
              "UNC IM – interview spot available Thursday 1/21", offer, idates=[d1], deadline="2027-01-11")
    body = ("Hi Caroline,\n\nYes, absolutely! Thank you so much. Please count me in for Thursday, January "
            "21.\n\nZoë")
    r = mine("2027-01-08 11:02", "sent-re-unc-im-interview-spot", k, "scheduled", c,
             "Re: UNC IM – interview spot available Thursday 1/21", body, irt=m,
             quote=gquote("2027-01-08 10:40", "Pettigrew, Caroline", c[1], plain_of(m)), idates=[d1],
             sig=SIG_SHORT)
    staff("2027-01-08 15:30", "re-unc-im-interview-confirmed", k, "scheduled", c,
          "RE: UNC IM – interview spot available Thursday 1/21",
          "Wonderful! You're confirmed. Calendar invite attached.\n\nThe Zoom link comes from our UNC IM inbox two "
          "days ahead. You'll interview with two faculty and one of our chiefs, then hear about UNC Medical Center, "
          "N.C. Memorial, the Hillsborough campus and our Durham VA rotations.\n\nCaroline", irt=r, idates=[d1],
          quote=oquote("2027-01-08 11:02", NAME, ADDR, "Pettigrew, Caroline",
                       "Re: UNC IM – interview spot available Thursday 1/21", body),
          cal=ics("unc-im-wl-20270121-hartwell", at(d1, "08:00"), 270, "UNC Internal Medicine Interview (Zoom)",
                  "Zoom", organizer=c))
    mine("2027-01-21 17:20", "sent-thank-you-unc-internal-medicine", k, "info",
         [("Ann-Marie Kessinger, MD", "ann-marie_kessinger@med.unc.edu")], "Thank you from Zoë Hartwell",
         "Dear Dr. Kessinger,\n\nThank you for the opportunity to interview today, and for taking a chance on me "
         "from the waitlist. Our conversation about caring for patients with both advanced liver disease and "
         "hepatic encephalopathy was one of the most interesting of my season.\n\nPlease thank Caroline for her "
         "help as well.\n\nBest,\nZoë", cc=[c])


def ecu():
    txt = """Dear Applicant,

Thank you for applying to the ECU Internal Medicine Residency Program. We appreciate the time and effort you put
into your application.

After a thorough review, the committee has completed its selection of applicants to interview, and we are unable
to offer you an interview this year. We wish you the best of luck in your career.

ECU IM Residency Office
Brody SOM | ECU Health Medical Center, Greenville NC
252-555-0150"""
    staff("2026-12-09 09:00", "ecu-im-residency-application-decision", "ecu-im", "rejection",
          ("ECU IM Residency", "imresidency@ecu.edu"), "ECU IM Residency – Application Decision", txt,
          html=False, to="undisclosed-recipients:;", must=["ECU Health Medical Center"])


def cape_fear():
    k = "cfv-ty"
    prog = "Cape Fear Valley Health - Transitional Year Residency"
    d1, d2, d3 = D("2027-01-29"), D("2027-02-12"), D("2027-02-19")
    ib("2027-01-14 11:00", "interview-broker-invitation-cape-fear-valley-transitional-year", k, "invitation", prog,
       "Invitation to interview – Cape Fear Valley Transitional Year", [
           "Thank you for applying to our Transitional Year program at Cape Fear Valley Medical Center in "
           "Fayetteville, North Carolina. We are pleased to invite you to a virtual interview.",
           "Our TY residents rotate through internal medicine, emergency medicine, critical care and electives "
           "tailored to their advanced specialty, including neurology.",
       ], rows=[("Dates", f"{wmd3(d1)} / {wmd3(d2)} / {wmd3(d3)}"), ("Time", "9:00 AM – 1:00 PM Eastern"),
                ("Please schedule by", "Tuesday, January 19, 2027")],
       action=("https://www.interviewbroker.com/applicant/invite/CFV-TY-9931", "Schedule my interview"),
       idates=[d1, d2, d3], deadline="2027-01-19", must=["Cape Fear Valley Medical Center"],
       closing="Transitional Year Program Office\nCape Fear Valley Health")
    ib("2027-01-15 07:40", "interview-broker-confirmation-cape-fear-valley-transitional-year", k, "scheduled", prog,
       "Interview confirmed – Cape Fear Valley Transitional Year", [
           "Your interview is confirmed. The Zoom link will be e-mailed by the program the week of your interview.",
       ], rows=[("Date", full(d2)), ("Time", "9:00 AM – 1:00 PM Eastern"), ("Format", "Virtual")],
       idates=[d2], cal=ics("IB-CFV-TY-9931-20270212", at(d2, "09:00"), 240,
                            "Cape Fear Valley TY Interview", "Zoom",
                            organizer=("Interview Broker", "no-reply@interviewbroker.com"),
                            prodid="-//Interview Broker//Scheduler//EN"))


def build():
    musc_categorical()
    musc_prelim()
    prisma_upstate()
    prisma_midlands()
    atrium_cmc()
    wake_forest()
    duke()
    unc()
    ecu()
    cape_fear()
