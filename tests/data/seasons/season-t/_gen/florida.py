"""Florida: Tallahassee Memorial (IM, in person), AdventHealth Orlando (IM; her sub-internship hospital), Orlando
Health (IM, Interview Broker, PD's automatic reply), UF College of Medicine - Jacksonville (IM, ERAS), HCA Florida
North Florida Hospital (IM, declined), University of Florida in Gainesville (Neurology categorical + advanced) and
USF Health (Neurology, moved by her)."""
from kit import (D, ET, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, staff, mine, put, ics, gquote, oquote, plain_of,
                 full, wmd, wmd3, md, mdy, sl, wsl, clock)
from plat import th_invite, th_booked, th_reminder, th_message, eras, ib, IB


def tmh():
    k = "tmh-im"
    c = ("Bellamy, Kendra", "kendra.bellamy@tmh.org")
    d1, d2, d3 = D("2026-10-14"), D("2026-10-28"), D("2026-11-11")
    sig = ("Kendra Bellamy, C-TAGME\nProgram Manager, Internal Medicine Residency\n"
           "Tallahassee Memorial HealthCare | Graduate Medical Education\n1300 Miccosukee Road, Tallahassee, FL 32308\n"
           "Office 850-555-0114")
    inv = f"""Dear Zoë,

On behalf of Dr. Ngozi Ferrante and the selection committee, it is my pleasure to invite you to interview with the
Internal Medicine Residency Program at Tallahassee Memorial HealthCare. Our program is sponsored by TMH in academic
partnership with the Florida State University College of Medicine, so some of our faculty may look familiar!

This year we are back to in-person interviews. We have three Wednesdays left with openings:

  - {wmd(d1)}
  - {wmd(d2)}
  - {wmd(d3)}

The day runs from 7:30 a.m. to about 2:00 p.m. and includes morning report, a tour of the hospital and the
Internal Medicine Clinic on Surgeon's Drive, four faculty interviews and lunch with our chiefs. The evening before
each interview date our residents get together for an informal dinner downtown; it is optional, and it is not part
of the evaluation.

Please reply with your first and second choice by Friday, October 2. Spots are assigned in the order I receive
replies.

For your planning: if you match with us, PGY-1 orientation begins Monday, June 21, 2027.

Warmly,

{sig}"""
    m1 = staff("2026-09-29 10:12", "tmh-internal-medicine-interview-invitation", k, "invitation", c,
               "Internal Medicine Residency Interview Invitation – Tallahassee Memorial HealthCare", inv,
               idates=[d1, d2, d3], deadline="2026-10-02", must=["Tallahassee Memorial HealthCare"])
    body = (f"Dear Ms. Bellamy,\n\nThank you so much, I'm thrilled to be invited! My first choice would be "
            f"{wmd(d1)}, and if that's full, {wmd(d2)}.\n\nI'd love to come to the dinner the night before as "
            "well.\n\nBest,\nZoë")
    r = mine("2026-09-29 13:40", "sent-re-tmh-im-interview-invitation", k, "scheduled", c,
             "Re: Internal Medicine Residency Interview Invitation – Tallahassee Memorial HealthCare", body, irt=m1,
             quote=gquote("2026-09-29 10:12", "Bellamy, Kendra", c[1], plain_of(m1)), idates=[d1])
    conf = f"""Hi Zoë,

You are all set for {full(d1)}. Please check in at the GME office (first floor of the Fountain Building, next to
the cafeteria) by 7:20 a.m. Park in the visitor garage off Centerville Road and bring your ticket; we will validate
it.

Dinner is Tuesday at 6:30 p.m. at Madison Social on Gaines Street. Dress is casual. I'll send the chief residents'
numbers the week before.

A calendar hold is attached. Safe travels up from Orlando!

Kendra"""
    staff("2026-09-30 09:05", "re-tmh-im-interview-date-confirmed", k, "scheduled", c,
          "RE: Internal Medicine Residency Interview Invitation – Tallahassee Memorial HealthCare", conf, irt=r,
          idates=[d1], quote=oquote("2026-09-29 13:40", NAME, ADDR, "Bellamy, Kendra",
                                    "Re: Internal Medicine Residency Interview Invitation – Tallahassee Memorial "
                                    "HealthCare", body),
          cal=ics("tmh-im-20261014-hartwell", at(d1, "07:30"), 390, "TMH Internal Medicine Interview Day",
                  "Tallahassee Memorial Hospital, GME Office, 1300 Miccosukee Rd", organizer=c, mode="floating"))
    mine("2026-10-14 18:20", "sent-thank-you-tmh-internal-medicine", k, "info",
         [("Ngozi Ferrante, MD", "ngozi.ferrante@tmh.org")], "Thank you for today",
         "Dear Dr. Ferrante,\n\nThank you for a wonderful interview day. I especially appreciated sitting in on "
         "morning report and hearing how your interns run the rapid-response pager with a senior at their side. "
         "The way your residents talked about caring for patients from the rural counties around Tallahassee stayed "
         "with me on the drive home.\n\nPlease pass my thanks on to Ms. Bellamy as well; everything ran so "
         "smoothly.\n\nWith gratitude,\nZoë Hartwell", cc=[c])


def adventhealth():
    k = "aho-im"
    prog = "AdventHealth Orlando - Internal Medicine Residency"
    d1, d2, d3 = D("2026-10-20"), D("2026-11-03"), D("2026-11-24")
    th_invite("2026-10-01 14:00", "thalamus-invitation-adventhealth-orlando-internal-medicine", k, prog, [
        "We are pleased to invite you to interview for a categorical position in the Internal Medicine Residency "
        "at AdventHealth Orlando. Several of our residents remember working with you during your sub-internship "
        "on the teaching service this summer, and we would love to show you the program from the other side of "
        "the table.",
        "Interview days are hybrid: faculty interviews take place on Zoom in the morning, and applicants who are "
        "local are welcome to join an optional tour of the Orlando campus and lunch with residents in the "
        "afternoon.",
    ], [d1, d2, d3], token="a7e3c90b-aho-im", fmt="Hybrid", deadline="2026-10-05",
        signer="Courtney Alvarado\nProgram Coordinator, Internal Medicine Residency\nAdventHealth Orlando")
    th_booked("2026-10-01 14:09", "thalamus-scheduled-adventhealth-orlando-internal-medicine", k, prog, d1,
              "08:00", "13:00", "Hybrid", "Zoom (morning); 601 E. Rollins St., Orlando (optional afternoon tour)",
              uid="thl-5b1e77d2-aho-im")
    c = ("Courtney Alvarado", "courtney.alvarado@adventhealth.com")
    txt = """Good afternoon!

Looking forward to tomorrow. A few quick things for the AHO IM interview day:

• Zoom opens at 7:45. Link: https://adventhealth.zoom.us/j/93310587264 (passcode: AHimres)
• Your interviewers: Dr. Pelletier (PD), Dr. Saroya, and one of our chiefs, Dr. Kwame Boateng.
• Tour + lunch: if you're joining in person, meet me at 12:15 in the Ginsburg Tower lobby. We'll walk over to the
  GME suite for lunch. Parking is in the Ginsburg garage, level 3; I'll have validation stickers.
• If anything goes sideways with tech, text me: 407-555-0178.

Zoë, you know the building better than most of our applicants, so no excuses for getting lost 🙂

Courtney

Courtney Alvarado | Program Coordinator
Internal Medicine Residency | AdventHealth Orlando
601 E. Rollins Street, Orlando, FL 32803"""
    staff("2026-10-19 11:30", "adventhealth-orlando-im-tomorrow-zoom-and-tour", k, "reminder", c,
          "Tomorrow: AHO Internal Medicine interview day", txt, idates=[d1], must=["93310587264"])


def orlando_health():
    k = "oh-im"
    prog = "Orlando Health - Internal Medicine Residency (Categorical)"
    d1, d2, d3 = D("2026-11-12"), D("2026-12-03"), D("2027-01-14")
    ib("2026-10-09 12:15", "interview-broker-invitation-orlando-health-internal-medicine", k, "invitation", prog,
       "Interview Invitation: Orlando Health Internal Medicine Residency", [
           "Thank you for applying to the Internal Medicine Residency at Orlando Health. The selection committee "
           "was impressed with your application, and we would like to invite you to a virtual interview.",
           "Our residents train primarily at Orlando Health Orlando Regional Medical Center, a Level One trauma "
           "center and teaching hospital in downtown Orlando, with outpatient continuity at our Downtown Internal "
           "Medicine practice.",
           "Please log in to Interview Broker and select one of the dates below. Invitations not scheduled within "
           "72 hours may be released to other applicants.",
       ], rows=[("Date options", f"{wmd3(d1)} · {wmd3(d2)} · {wmd3(D('2027-01-14'))}, 2027"),
                ("Time", "8:00 AM – 12:30 PM Eastern"), ("Format", "Virtual (Webex)"),
                ("Schedule by", "Monday, October 12, 2026")],
       action=("https://www.interviewbroker.com/applicant/invite/OH-IM-26-4471", "Choose an interview date"),
       idates=[d1, d2, d3], deadline="2026-10-12", must=["Orlando Regional Medical Center"],
       closing="Internal Medicine Residency Program\nOrlando Health")
    ib("2026-10-09 12:31", "interview-broker-confirmation-orlando-health-internal-medicine", k, "scheduled", prog,
       "Interview Confirmation: Orlando Health Internal Medicine Residency", [
           "Your interview has been scheduled. A calendar file is attached; the Webex link will be sent by the "
           "program coordinator a few days before your interview.",
           "Need to change or cancel? Use the link below; changes are allowed until 7 days before your date.",
       ], rows=[("Date", full(d1)), ("Time", "8:00 AM – 12:30 PM Eastern"), ("Format", "Virtual (Webex)")],
       action=("https://www.interviewbroker.com/applicant/schedule/OH-IM-26-4471", "Manage my interview"),
       idates=[d1], cal=ics("ib-oh-im-4471-20261112", at(d1, "08:00"), 270,
                            "Orlando Health Internal Medicine Residency Interview", "Webex (link from program)",
                            organizer=("Interview Broker", "no-reply@interviewbroker.com"),
                            prodid="-//Interview Broker//Scheduler//EN"))
    c = ("Tamika Fordham", "tamika.fordham@orlandohealth.com")
    pd = ("Raymond Okafor, MD", "raymond.okafor@orlandohealth.com")
    txt = f"""Hello Zoë,

We're looking forward to meeting you on Thursday! Here is everything you need:

Webex: https://orlandohealth.webex.com/meet/imresidency-interview  (access code 2641 118 0093)
Please join by 7:50 AM so we can do a quick audio check.

8:00  Welcome – Dr. Raymond Okafor, Program Director
8:30  "A week on wards" – chief residents
9:15  Interviews (Dr. Okafor, Dr. Linh Tran, Dr. Esposito-Grant)
11:00 Virtual walk-through of ORMC and the Downtown Internal Medicine clinic
11:45 Residents only (no faculty!)
12:30 Close

Thank you,

Tamika Fordham
Residency Program Coordinator, Internal Medicine
Orlando Health Orlando Regional Medical Center
52 W. Underwood St., MP 4, Orlando, FL 32806 | 321-555-0131"""
    staff("2026-11-10 09:48", "orlando-health-im-thursday-webex-details", k, "reminder", c,
          "Thursday's Internal Medicine interview – Webex details", txt, idates=[d1], must=["2641 118 0093"])
    ty = mine("2026-11-12 17:55", "sent-thank-you-orlando-health-internal-medicine", k, "info", pd,
              "Thank you – Internal Medicine interview",
              "Dear Dr. Okafor,\n\nThank you for this morning. Your description of the night-float redesign, and "
              "the residents' honesty about what still doesn't work, told me a lot about how the program listens. "
              "I rotated through ORMC's neuro ICU as a third-year and it was special to hear how medicine and "
              "neurology co-manage those patients.\n\nThank you again, and please thank Ms. Fordham for a seamless "
              "day.\n\nSincerely,\nZoë Hartwell", cc=[c])
    put("2026-11-12 17:56", "automatic-reply-raymond-okafor", k, "other", pd,
        "Automatic reply: Thank you – Internal Medicine interview",
        "Thank you for your message. I am out of the office from Thursday afternoon through Sunday, November 15, "
        "at the ACP Florida Chapter meeting, and will have limited access to e-mail.\n\nFor residency program matters, please contact Tamika Fordham at "
        "tamika.fordham@orlandohealth.com or 321-555-0131. If this is a patient care issue, please call the "
        "Orlando Health operator.\n\nRaymond Okafor, MD\nProgram Director, Internal Medicine Residency\n"
        "Orlando Health\n", irt=ty,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("Thread-Topic", "Thank you – Internal Medicine interview")])


def uf_jax():
    k = "ufj-im"
    d1, d2, d3 = D("2026-11-16"), D("2026-11-30"), D("2026-12-07")
    eras("2026-10-13 10:00", "myeras-interview-invitation-uf-jacksonville", k, "invitation",
         "Interview Invitation: University of Florida College of Medicine Jacksonville Program", [
             "University of Florida College of Medicine Jacksonville Program (Internal Medicine - Categorical) has "
             "invited you to interview.",
             "Message from the program:",
             "Thank you for your application to our categorical Internal Medicine residency. We are excited to "
             "invite you to a virtual interview day. All sessions run 8:00 AM to 1:00 PM Eastern on Zoom. Please "
             "select a date in the ERAS interview scheduler by Friday, October 16. -- Residency Program Office, "
             "Department of Medicine, University of Florida College of Medicine \u2013 Jacksonville",
             "Available dates:",
             f"  {full(d1)}", f"  {full(d2)}", f"  {full(d3)}",
             "Freeze Date: 7 days before the selected interview date. After the Freeze Date you may cancel but not "
             "reschedule.",
         ], idates=[d1, d2, d3], deadline="2026-10-16",
         must=["University of Florida College of Medicine \u2013 Jacksonville"])
    eras("2026-10-13 10:22", "myeras-interview-scheduled-uf-jacksonville", k, "scheduled",
         "Interview Scheduled: University of Florida College of Medicine Jacksonville Program", [
             "You have scheduled an interview with the following program:",
             "Program: University of Florida College of Medicine Jacksonville Program",
             "Specialty: Internal Medicine - Categorical",
             f"Interview Date: {full(d1)}", "Time: 8:00 AM - 1:00 PM ET",
             "Status: Scheduled",
         ], idates=[d1])
    c = ("Pressley, Dana", "dana.pressley@jax.ufl.edu")
    txt = f"""Hi Zoë –

This is a reminder that your interview with UF Health Jax IM is {wmd(d1)}. We're looking forward to it!

Zoom: https://ufl.zoom.us/j/97520184630 (PW: JaxIM26)
Check-in 7:45, we start at 8:00 sharp.

You'll meet Dr. Adebayo (PD), Dr. Kessler (APD, Primary Care Track) and two faculty. Lunch hour is with our
residents from UFHJ and the Jax VA clinics; no faculty present, so ask away.

Have a great weekend,
Dana

Dana Pressley | Residency Coordinator, Internal Medicine
UFCOM-J Dept. of Medicine | 653-1 W. 8th St., Jacksonville FL 32209 | 904-555-0152"""
    staff("2026-11-13 14:05", "uf-health-jax-im-monday-interview-reminder", k, "reminder", c,
          "Reminder - Monday interview, UF Health Jax IM", txt, idates=[d1], must=["UF Health Jax"])


def hca_gainesville():
    k = "hca-nfh-im"
    c = ("Rachel Dunaway", "rachel.dunaway@hcahealthcare.com")
    d1, d2, d3 = D("2026-11-10"), D("2026-12-02"), D("2026-12-08")
    inv = f"""Dear Dr. (to be) Hartwell,

Congratulations! The Internal Medicine Residency Program at HCA Florida North Florida Hospital in Gainesville
would like to invite you to a virtual interview.

A quick note since we hear this question often: we are a community-based program within HCA Healthcare's North
Florida Division. We are not part of UF Health Shands, although we are just a few miles across town and share the
same great college-town lifestyle.

Our remaining interview dates are:

{full(d1)}
{full(d2)}
{full(d3)}

Interviews run from 9:00 AM to 1:00 PM ET on Microsoft Teams. Reply to this message with your preferred date and I
will send a calendar invitation.

Best regards,

Rachel Dunaway
GME Program Coordinator – Internal Medicine
HCA Florida North Florida Hospital
6500 W. Newberry Road, Gainesville, FL 32605
(352) 555-0190"""
    m1 = staff("2026-10-22 15:30", "hca-florida-north-florida-im-interview-invitation", k, "invitation", c,
               "Interview Invitation – Internal Medicine Residency, HCA Florida North Florida Hospital", inv,
               font="Aptos", idates=[d1, d2, d3], must=["HCA Florida North Florida Hospital"])
    body = ("Dear Ms. Dunaway,\n\nThank you very much for the invitation to interview with the Internal Medicine "
            "residency at HCA Florida North Florida Hospital. After a lot of thought about my schedule this fall, I "
            "have decided to respectfully decline so that the spot can go to another applicant.\n\nI appreciate "
            "the committee's time in reviewing my application and wish the program a great season.\n\nSincerely,"
            "\nZoë Hartwell")
    r = mine("2026-10-26 08:40", "sent-declining-hca-north-florida-im-interview", k, "cancellation", c,
             "Re: Interview Invitation – Internal Medicine Residency, HCA Florida North Florida Hospital", body,
             irt=m1, quote=gquote("2026-10-22 15:30", "Rachel Dunaway", c[1], plain_of(m1)))
    staff("2026-10-26 13:10", "re-hca-north-florida-im-decline-acknowledged", k, "cancellation", c,
          "RE: Interview Invitation – Internal Medicine Residency, HCA Florida North Florida Hospital",
          "Hi Zoë,\n\nThank you for letting me know so quickly. I have released your invitation and noted your "
          "withdrawal from our interview list. Best of luck this interview season!\n\nRachel", irt=r, font="Aptos",
          quote=oquote("2026-10-26 08:40", NAME, ADDR, "Rachel Dunaway",
                       "Re: Interview Invitation – Internal Medicine Residency, HCA Florida North Florida Hospital",
                       body))


def uf_gainesville():
    k = "ufg-neuro"
    prog = "University of Florida - Neurology Residency (Categorical)"
    d1, d2, d3 = D("2026-11-20"), D("2026-12-04"), D("2027-01-08")
    th_invite("2026-10-15 16:00", "thalamus-invitation-uf-neurology-categorical", k, prog, [
        "Thank you for applying to the Department of Neurology at the University of Florida College of Medicine in "
        "Gainesville. We are delighted to invite you to interview for our categorical (PGY-1 through PGY-4) "
        "Neurology residency.",
        "Each interview day includes a welcome from our program director, four faculty interviews, a virtual tour "
        "of UF Health Shands Hospital and the Norman Fixel Institute for Neurological Diseases, and a resident "
        "panel.",
    ], [d1, d2, d3], token="0c8814fe-ufneuro-cat", deadline="2026-10-19",
        extra="Please note: our Advanced (PGY-2) positions are a separate NRMP program with a separate invitation "
              "process.",
        signer="Tara Whitfield-Gomes\nResidency Program Coordinator, UF Neurology")
    th_booked("2026-10-15 16:20", "thalamus-scheduled-uf-neurology-categorical", k, prog, d1, "08:00", "13:30",
              "Virtual", "Zoom (link sent by program)", uid="thl-c3f0aa19-ufneuro")
    c = ("Whitfield-Gomes,Tara", "twhitfieldgomes@neurology.ufl.edu")
    txt = f"""Hi Zoë,

Tomorrow is the day! Please join at 7:50 AM:
https://ufl.zoom.us/j/92846015577?pwd=UFNeuro

Your faculty interviewers are Dr. Vanterpool, Dr. Ishikawa, Dr. Obuya and Dr. Marchetti. Between interviews you'll
have the video tour (Shands, the Fixel Institute, our outpatient clinics at the Malcom Randall VA).

Tonight at 6:00 PM a few of our residents are hosting an informal virtual hangout, link here:
https://ufl.zoom.us/j/92846015900. Totally optional!

Go Gators,
Tara

Tara Whitfield-Gomes
UF Neurology Residency Coordinator
1149 Newell Dr., Gainesville, FL 32611 | 352-555-0127"""
    staff("2026-11-19 12:30", "uf-neurology-interview-tomorrow", k, "reminder", c,
          "UF Neuro interview tomorrow + tonight's resident hangout", txt, idates=[d1], must=["92846015577"])
    mine("2026-11-20 16:45", "sent-thank-you-uf-neurology", k, "info",
         [("Lydia Vanterpool, MD", "lvanterpool@neurology.ufl.edu")], "Thank you – UF Neurology interview",
         "Dear Dr. Vanterpool,\n\nThank you for having me today. I left our conversation about the stroke "
         "telemedicine network reaching the rural counties of North Central Florida genuinely excited – that is "
         "exactly the kind of work I hope to do.\n\nI'm grateful to you, the faculty and the residents for such a "
         "warm day.\n\nBest regards,\nZoë", sig=SIG)


def uf_gainesville_advanced():
    k = "ufg-neuro-adv"
    d1, d2 = D("2026-12-04"), D("2027-01-08")
    eras("2026-10-28 11:00", "myeras-interview-invitation-university-of-florida-neurology-advanced", k,
         "invitation", "Interview Invitation: University of Florida College of Medicine Program", [
             "University of Florida College of Medicine Program (Neurology - Advanced) has invited you to "
             "interview.",
             "Message from the program:",
             "We are pleased to invite you to interview for an Advanced (PGY-2) position in Neurology at the "
             "University of Florida College of Medicine. Please schedule by Monday, November 2.",
             "Available dates:", f"  {full(d1)}", f"  {full(d2)}",
         ], idates=[d1, d2], deadline="2026-11-02", must=["University of Florida College of Medicine"])
    c = ("Fennimore, Grace", "gfennimore@neurology.ufl.edu")
    body = ("Dear Ms. Fennimore,\n\nThank you for the invitation to interview for UF Neurology's advanced (PGY-2) "
            "track. I have decided to focus on categorical Neurology positions this season, so I am respectfully "
            "declining this invitation and have released it in MyERAS so another applicant can have the spot.\n\n"
            "I am still very much looking forward to my categorical interview with the department later this "
            "month.\n\nThank you,\nZoë Hartwell\nAAMC ID 17290364")
    r = mine("2026-10-29 09:15", "sent-declining-uf-neurology-advanced-interview", k, "cancellation", c,
             "Declining advanced Neurology interview (AAMC ID 17290364)", body, sig=None)
    staff("2026-10-30 10:40", "re-uf-neurology-advanced-interview-declined", k, "cancellation", c,
          "RE: Declining advanced Neurology interview (AAMC ID 17290364)",
          f"Hi Zoë,\n\nReceived, thank you for letting us know. I've marked your advanced invitation as declined. "
          f"This does not affect your categorical interview on Friday, November 20 – Tara has you on her list for "
          f"that day.\n\nBest,\nGrace Fennimore\nProgram Assistant, Neurology Residency\nUniversity of Florida "
          f"College of Medicine", irt=r,
          quote=oquote("2026-10-29 09:15", NAME, ADDR, "Fennimore, Grace",
                       "Declining advanced Neurology interview (AAMC ID 17290364)", body))


def usf():
    k = "usf-neuro"
    prog = "USF Health - Neurology Residency"
    d1, d2, d3 = D("2026-11-11"), D("2026-12-02"), D("2026-12-16")
    th_invite("2026-10-06 15:00", "thalamus-invitation-usf-health-neurology", k, prog, [
        "Congratulations! The Department of Neurology at USF Health Morsani College of Medicine invites you to "
        "interview for a categorical position in our Neurology Residency in Tampa.",
        "Our residents train at Tampa General Hospital, the James A. Haley Veterans' Hospital and USF Health "
        "outpatient clinics. Interview days are virtual and run from 8:30 AM to 1:00 PM Eastern.",
    ], [d1, d2, d3], token="55ad02c1-usf-neuro", deadline="2026-10-09",
        signer="Marisela Quintero, Residency Program Administrator\nDepartment of Neurology, USF Health")
    th_booked("2026-10-06 15:12", "thalamus-scheduled-usf-health-neurology", k, prog, d1, "08:30", "13:00",
              "Virtual", "Microsoft Teams (link to follow)", uid="thl-88e2b640-usf-neuro")
    c = ("Quintero, Marisela", "mquintero@usf.edu")
    ask = (f"Dear Ms. Quintero,\n\nI'm scheduled to interview with USF Neurology on {wmd(d1)}, and I just learned "
           "that my school has moved our required fourth-year OSCE onto that same morning. I'm so sorry for the "
           f"trouble – would it be possible to switch to {wmd(d3)}? I see it still shows open seats in Thalamus, "
           "but I wanted to check with you before changing anything.\n\nThank you for your help,\nZoë Hartwell")
    r = mine("2026-10-26 21:05", "sent-usf-neurology-request-to-change-interview-date", k, "info", c,
             "Request to change interview date – Zoë Hartwell", ask)
    staff("2026-10-27 09:30", "re-usf-neurology-interview-date-changed", k, "scheduled", c,
          "RE: Request to change interview date – Zoë Hartwell",
          f"Good morning Zoë,\n\nNo problem at all. I've moved you in Thalamus to {full(d3)}; you should get an "
          "automatic notice with the updated calendar file shortly. The schedule for that day is the same.\n\n"
          "Best,\nMarisela\n\nMarisela Quintero | Residency Program Administrator\nDepartment of Neurology, USF "
          "Health Morsani College of Medicine\n2 Tampa General Circle, Tampa, FL 33606 | (813) 555-0147",
          irt=r, idates=[d3],
          quote=oquote("2026-10-26 21:05", NAME, ADDR, "Quintero, Marisela",
                       "Request to change interview date – Zoë Hartwell", ask))
    th_booked("2026-10-27 09:34", "thalamus-interview-date-changed-usf-health-neurology", k, prog, d3, "08:30",
              "13:00", "Virtual", "Microsoft Teams (link to follow)", uid="thl-88e2b640-usf-neuro", moved_from=d1)
    th_reminder("2026-12-15 14:00", "thalamus-reminder-usf-health-neurology", k, prog, d3, "08:30",
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_usfneuro1216",
                note="Please have your camera on and join 10 minutes early.")


def build():
    tmh()
    adventhealth()
    orlando_health()
    uf_jax()
    hca_gainesville()
    uf_gainesville()
    uf_gainesville_advanced()
    usf()
