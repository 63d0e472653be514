"""New York State outside NYC and New Jersey: URMC and Rochester Regional, University at Buffalo, SUNY Upstate,
Albany Med (three records), Northwell on Long Island, Rutgers NJMS and RWJ, Hackensack Meridian Health."""
from kit import (D, ET, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, abbr, abbry, coord, dslash, gquote, ics, long,
                 longn, mail, md, mdy, me, oquote, slash, slashy, clock, page, esc, button, kv, fwd_outlook, link)
from plat import TH, th_invite, th_booked, th_remind, th_msg, rc, ib, eras, CAL, PT, UTC


def rochester():
    t = """Dear Camille,

Thank you for your interest in the General Surgery Residency at the University of Rochester Medical Center. We
received a record number of applications for our categorical positions this year and had to make many difficult
decisions.

I am sorry to let you know that we are unable to offer you an interview. We are grateful that you considered
Rochester, and we wish you success in the Match and in your career.

Sincerely,
Residency Selection Committee
Department of Surgery | University of Rochester Medical Center | Strong Memorial Hospital
601 Elmwood Avenue, Box SURG | Rochester, NY 14642"""
    coord("2026-10-28 18:40", "urmc-general-surgery-application-decision", "urmc-surg", "rejection",
          ("URMC Surgery Residency", "surgery_residency@urmc.rochester.edu"),
          "URMC General Surgery Residency - application decision", t, html=False,
          must=["unable to offer you an interview"])

    # ---------------------------------------------------------------- URMC OB/GYN: coordinator + Calendly
    c = ("Whitaker, Lauren", "lauren_whitaker@urmc.rochester.edu")
    cal = "https://calendly.com/urmc-obgyn-residency/interview-day"
    od = [D("2026-11-30"), D("2026-12-07"), D("2027-01-11")]
    t = f"""Dear Camille,

Congratulations! I'm thrilled to invite you to interview with the Obstetrics & Gynecology Residency at URMC.

Interviews are virtual and take place on Mondays: {md(od[0])}, {md(od[1])}, and {mdy(od[2])}. Please
book a date through Calendly: {cal}

Spots go quickly on release day, so we recommend choosing soon. If none of the dates work, reply to this e-mail and
we'll do our best.

Lauren Whitaker
Program Coordinator | OB/GYN Residency
University of Rochester Medical Center | Strong Memorial Hospital | Highland Hospital
601 Elmwood Ave, Box 668 | Rochester, NY 14642"""
    coord("2026-10-20 12:15", "urmc-obgyn-residency-interview-invitation", "urmc-obgyn", "invitation", c,
          "URMC OB/GYN Residency - Interview Invitation", t, idates=od, must=["Highland Hospital"])
    ct = f"""Hi Camille Szabo,

A new event has been scheduled.

Event Type:
URMC OB/GYN Residency Interview Day

Invitee:
Camille Szabo

Event Date/Time:
08:00am - 01:30pm - Monday, November 30, 2026 (Eastern Time - US & Canada)

Location:
This is a Zoom web conference. A link will be sent by the program.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7b2a11de-0f55-4d8e-a3c1-5e9d27f4a810
Reschedule: https://calendly.com/reschedulings/7b2a11de-0f55-4d8e-a3c1-5e9d27f4a810

Powered by Calendly.com"""
    ch = page([f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in ct.split("\n\n")],
              header='<b style="color:#006bff;font-size:18px">Calendly</b>', accent="#006bff")
    mail("2026-10-20 12:26", "calendly-confirmed-urmc-obgyn-interview", "urmc-obgyn", "scheduled", CAL,
         "Confirmed: URMC OB/GYN Residency Interview Day with Lauren Whitaker on Monday, November 30, 2026",
         ct + "\n", ch, tz=UTC, idates=[od[0]], must=["URMC OB/GYN Residency Interview Day"],
         cal=ics("7b2a11de-0f55-4d8e-a3c1-5e9d27f4a810", at(od[0], "08:00"), 330,
                 "URMC OB/GYN Residency Interview Day", "Zoom", organizer=("Lauren Whitaker", c[1]),
                 mode="utc", prodid="-//Calendly//EN"), cal_name="invite.ics")
    me("2026-11-30 17:40", "sent-thank-you-urmc-obgyn", "urmc-obgyn", "info", [c],
       "Thank you - URMC OB/GYN",
       "Hi Lauren,\n\nThank you for coordinating today - it ran like clockwork. Please share my thanks with "
       "Dr. Falconer and the residents. URMC's split between Strong and Highland gives exactly the mix of "
       "tertiary and community care I was hoping to find.\n\nBest,\nCamille")

    # ---------------------------------------------------------------- Rochester Regional: late, after as_of
    prog = "Rochester Regional Health - General Surgery (Rochester General Hospital)"
    d = [D("2027-02-08"), D("2027-02-17")]
    th_invite("2027-01-12 16:00", "thalamus-invitation-rochester-general-surgery", "rrh-surg", prog,
              ["Thank you for applying to the General Surgery Residency at Rochester General Hospital. We are "
               "pleased to offer you an interview on one of our two remaining February dates.",
               "Interviews are virtual and run from 8:00 AM to 12:30 PM Eastern."],
              d, url="https://app.thalamusgme.com/applicant/invitations/5689125", fmt="Virtual",
              deadline="2027-01-19", extra="Please schedule by Tuesday, January 19.")
    th_booked("2027-01-12 20:44", "thalamus-scheduled-rochester-general-surgery", "rrh-surg", prog, d[0], "08:00",
              "12:30", "Virtual", "Zoom", uid="th-5689125-20270208")
    c = ("Pellegrino, Nicole", "nicole.pellegrino@rochesterregional.org")
    coord("2027-01-27 15:15", "rochester-general-surgery-interview-packet", "rrh-surg", "info", c,
          "RGH General Surgery - interview information packet", f"""Good afternoon,

Thank you for scheduling with the Rochester General Hospital General Surgery Residency. Your interview is on
{long(d[0])}. The Zoom link will come by e-mail the Friday before.

Because there are two surgery programs in Rochester, a quick orientation: we are the Rochester Regional Health
program, based at Rochester General Hospital on Portland Avenue, with rotations at Unity Hospital in Greece. We are
a separate program from the University of Rochester / Strong Memorial Hospital residency.

If you would like to see the hospital in person, we can arrange a visit after your interview; this is entirely
optional and has no bearing on ranking.

Nicole Pellegrino
Residency Program Coordinator, Department of Surgery
Rochester Regional Health | Rochester General Hospital
1425 Portland Avenue, Box 252 | Rochester, NY 14621""", to="undisclosed-recipients:;", idates=[d[0]],
          must=["Rochester General Hospital"])


def buffalo():
    # Thalamus -> coordinator -> ERAS, each naming the program differently
    prog = "University at Buffalo (SUNY) - General Surgery Categorical"
    d = [D("2027-01-15"), D("2027-01-22"), D("2027-02-05")]
    th_invite("2026-11-16 09:00", "thalamus-invitation-buffalo-general-surgery", "ub-surg", prog,
              ["We are pleased to invite you to interview for a categorical position in the University at Buffalo "
               "General Surgery Residency Program.",
               "Interview days are held virtually on Fridays. You may reschedule within Thalamus until one week "
               "before your date."],
              d, url="https://app.thalamusgme.com/applicant/invitations/5601177", fmt="Virtual",
              signer="UB General Surgery Residency")
    th_booked("2026-11-16 09:05", "thalamus-scheduled-buffalo-general-surgery", "ub-surg", prog, d[0], "07:30",
              "12:30", "Virtual", "Zoom", uid="th-5601177-2027")
    c = ("Kaminski, Barbara", "bkaminsk@buffalo.edu")
    inner = """Hi Barb - could you send this to everyone interviewing with us in January and February? Thanks! - Ravi
and Tess

Hello future colleagues!

We are this year's administrative chief residents. We wanted to say hi before your interview day and tell you
a bit about where you'd work: Buffalo General Medical Center and the Gates Vascular Institute (Kaleida Health),
Erie County Medical Center for trauma and burns, Roswell Park Comprehensive Cancer Center, the VA Western New York
Healthcare System, and John R. Oishei Children's Hospital. Wings recommendations available on request.

Ravi Desai, MD & Tess Morrissey, MD
Administrative Chief Residents"""
    coord("2026-12-02 11:40", "fw-ub-surgery-chief-residents-welcome", "ub-surg", "info", c,
          "FW: Welcome from the chiefs - UB General Surgery", f"""Good morning Camille,

Please see the note below from our chief residents. I have you down for {long(d[0])}.

Barbara Kaminski
Residency Program Coordinator
Department of Surgery, Jacobs School of Medicine and Biomedical Sciences at the University at Buffalo
Buffalo General Medical Center | 100 High Street, Suite C-316 | Buffalo, NY 14203
""", quote=fwd_outlook("2026-12-01 16:12", "Desai, Ravi", "ravidesa@buffalo.edu", "Kaminski, Barbara",
                        "Welcome from the chiefs", inner),
          idates=[d[0]], must=["Jacobs School of Medicine and Biomedical Sciences at the University at Buffalo",
                               "Erie County Medical Center"])
    th_booked("2027-01-06 19:30", "thalamus-rescheduled-buffalo-general-surgery", "ub-surg", prog, d[2], "07:30",
              "12:30", "Virtual", "Zoom", uid="th-5601177-2027", was=d[0])
    me("2027-01-06 19:45", "sent-note-ub-surgery-reschedule", "ub-surg", "info", c,
       "Rescheduled interview - Camille Szabo",
       "Dear Ms. Kaminski,\n\nI wanted to let you know that I've moved my interview in Thalamus from Friday, "
       "January 15 to Friday, February 5. My sub-I schedule changed and I'm now on nights the week of the 15th. "
       "I'm sorry for the shuffle and am still very much looking forward to meeting the program.\n\nThank you,\n"
       "Camille Szabo", idates=[d[2]])
    eras("2027-01-27 14:00", "myeras-message-from-suny-buffalo", "ub-surg", "info",
         "New message from a program: SUNY at Buffalo Graduate Medical-Dental Education Consortium Program",
         ["You have received a new message in MyERAS.",
          "From: SUNY at Buffalo Graduate Medical-Dental Education Consortium Program - Surgery-General (Categorical)",
          "Subject: Before your interview",
          "Message: Thank you for scheduling your interview on Friday, February 5, 2027. Before your interview, "
          "please complete the two-question pre-interview form on our website and test your Zoom connection. Your "
          "interview link will arrive via Thalamus the day before."],
         idates=[d[2]], must=["SUNY at Buffalo Graduate Medical-Dental Education Consortium Program"])
    th_remind("2027-02-04 09:00", "thalamus-reminder-buffalo-general-surgery", "ub-surg", prog, d[2], "07:30",
              "Virtual", "https://buffalo.zoom.us/j/95550128833")

    # ---------------------------------------------------------------- UB OB/GYN rejected through ResidencyCAS
    prog2 = "University at Buffalo Obstetrics & Gynecology Residency"
    rc("2026-11-03 17:20", "residencycas-application-decision-ub-obgyn", "ub-obgyn", "rejection", prog2,
       "Application status update - University at Buffalo OB/GYN",
       ["Thank you for applying to the University at Buffalo Obstetrics & Gynecology Residency (Jacobs School of "
        "Medicine and Biomedical Sciences at the University at Buffalo; Oishei Children's Hospital and Sisters of "
        "Charity Hospital).",
        "After careful consideration, we regret to inform you that we are unable to offer you an interview for "
        "the upcoming Match. We appreciate your interest and wish you the very best."],
       btn_label="View application status")


def upstate():
    c = ("Halloran, Bridget", "hallorab@upstate.edu")
    form = "https://forms.gle/upstateGSinterview2027"
    d = [D("2026-12-03"), D("2026-12-17")]
    t = f"""Dear Camille,

Congratulations! On behalf of Dr. Amoako and the Department of Surgery at SUNY Upstate Medical University, I am
pleased to invite you to interview for our categorical General Surgery Residency.

Our remaining interview dates are {longn(d[0])} and {long(d[1])}. Interviews are virtual.
Please request a date using this Google Form: {form}
Dates are assigned first come, first served, and I will confirm by e-mail within one business day.

Best regards,
Bridget Halloran
Residency Program Coordinator, General Surgery
SUNY Upstate Medical University | Upstate University Hospital
750 East Adams Street | Syracuse, NY 13210"""
    m1 = coord("2026-10-28 11:40", "suny-upstate-surgery-interview-invitation", "upstate-surg", "invitation", c,
               "SUNY Upstate General Surgery - Invitation to Interview", t, idates=d,
               must=["SUNY Upstate Medical University"])
    coord("2026-10-29 09:02", "suny-upstate-surgery-interview-date-confirmed", "upstate-surg", "scheduled", c,
          "RE: SUNY Upstate General Surgery - Invitation to Interview", f"""Hi Camille,

Thank you for submitting the form. You are confirmed for {long(d[0])}. Details will follow closer to the date.

Bridget""", irt=m1, idates=[d[0]])
    new = D("2026-12-10")
    mv = f"""Dear Applicants,

I'm writing to let you know that we have had to move our {md(d[0])} interview session. Our department has an
accreditation site visit that week, and we want our faculty fully present for you.

The session will now take place on {long(new)}, with the same schedule (7:30 AM - 12:30 PM). Everyone who was
scheduled for December 3 has been moved to December 10 automatically; updated calendar invitations are attached.

If December 10 does not work for you, please reply and we will do our best to find another option. We apologize
for the inconvenience.

Bridget Halloran
SUNY Upstate General Surgery Residency"""
    m3 = coord("2026-11-19 10:15", "suny-upstate-surgery-interview-session-moved", "upstate-surg", "scheduled", c,
               "Change of date: SUNY Upstate Surgery interview session", mv, to="undisclosed-recipients:;",
               idates=[new], must=["accreditation site visit"],
               cal=ics("upstate-gs-interview-1203-moved", at(new, "07:30"), 300,
                       "SUNY Upstate General Surgery Residency Interview", "Zoom", "Session moved from Dec 3",
                       organizer=c, seq=1, mode="tzid", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    me("2026-11-19 12:48", "sent-re-upstate-surgery-new-date", "upstate-surg", "info", c,
       "Re: Change of date: SUNY Upstate Surgery interview session",
       "Hi Bridget,\n\nThanks for the heads-up - Thursday, December 10 works perfectly for me. See you then!\n\n"
       "Camille", irt=m3, quote=gquote("2026-11-19 10:15", c[0], c[1], mv), idates=[new], sig=SIG_SHORT)
    coord("2026-12-09 14:00", "suny-upstate-surgery-interview-tomorrow", "upstate-surg", "reminder", c,
          "Upstate Surgery interview tomorrow - Zoom links", """Hi everyone,

Just a reminder that we'll see you tomorrow morning at 7:30! Main Zoom room: https://upstate.zoom.us/j/95550334120

Residents will be taking you on a video walk-through of Upstate University Hospital's Downtown and Community
campuses and the Syracuse VA Medical Center.

Bridget""", to="undisclosed-recipients:;", idates=[new])


def albany():
    prog = "Albany Medical Center - General Surgery (Categorical)"
    d = [D("2026-11-17"), D("2026-12-01"), D("2026-12-15")]
    ib("2026-10-19 10:00", "interview-broker-invitation-albany-med-general-surgery", "albany-surg", "invitation",
       prog, "Albany Med General Surgery - Interview Invitation",
       ["Congratulations! The Department of Surgery at Albany Medical Center invites you to interview for a "
        "categorical position in our General Surgery Residency.",
        "This year applicants may interview in person in Albany or virtually. In-person interview days include "
        "a tour of the Albany Med campus and lunch with residents."],
       rows=[("Campaign", "General Surgery Categorical 2026-27"),
             ("Dates", "; ".join(long(x) for x in d)), ("Formats", "In person or virtual")],
       btn=("https://www.interviewbroker.com/applicant/campaign/amc-gs-cat-2027", "Choose date"), idates=d)
    ib("2026-10-19 10:21", "interview-broker-confirmation-albany-med-general-surgery", "albany-surg", "scheduled", prog,
       "Confirmation: Albany Med General Surgery Interview",
       ["Your interview has been booked."],
       rows=[("Date", long(d[0])), ("Arrival", "7:15 AM"), ("Format", "In person"),
             ("Location", "Albany Medical Center, 43 New Scotland Avenue, Albany, NY 12208")], idates=[d[0]],
       cal=ics("ib-amc-gs-2027-30281", at(d[0], "07:15"), 360, "Albany Med General Surgery Interview (in person)",
               "43 New Scotland Ave, Albany NY", mode="utc", prodid="-//Interview Broker//EN"))
    c = ("O'Connell, Maureen", "oconnem@amc.edu")
    coord("2026-10-28 09:50", "albany-med-surgery-in-person-logistics", "albany-surg", "info", c,
          "Albany Med Surgery - in-person interview logistics & hotel block", f"""Hello in-person interviewees,

We are excited to welcome you to Albany! A few logistics for {long(d[0])}:

Hotel: we have a courtesy block at the Hilton Garden Inn Albany Medical Center (62 New Scotland Avenue - across
the street) for the night of Monday, November 16. Mention "Albany Med Surgery Interviews" when booking.

Resident dinner: the night before (Monday, November 16) at 6:30 PM at a restaurant on Lark Street - residents only,
casual dress.

Interview day: meet in the lobby of the Albany Medical Center main entrance at 7:15 AM. We'll finish around 1:15 PM.

Please see the attached campus map and parking brochure.

Maureen O'Connell
Residency Program Coordinator | Department of Surgery
Albany Medical Center | 43 New Scotland Avenue, MC-61 | Albany, NY 12208""", to="undisclosed-recipients:;",
          idates=[d[0]], must=["Hilton Garden Inn Albany Medical Center"])

    # ---------------------------------------------------------------- Albany prelim: invited, unanswered at as_of
    prog2 = "Albany Medical Center - Preliminary Surgery"
    pd = [D("2027-02-10"), D("2027-02-12")]
    ib("2027-02-02 11:00", "interview-broker-invitation-albany-med-preliminary-surgery", "albany-prelim",
       "invitation", prog2, "Albany Med Preliminary Surgery - Interview Invitation",
       ["Albany Medical Center is pleased to invite you to interview for a one-year Preliminary Surgery position. "
        "This is a separate campaign from our categorical General Surgery interviews.",
        "Interviews are virtual and last about two hours. Please respond by Monday, February 8 at 5:00 PM "
        "Eastern; unclaimed invitations will be released."],
       rows=[("Campaign", "Preliminary Surgery PGY-1 2026-27"), ("Dates", " / ".join(long(x) for x in pd))],
       btn=("https://www.interviewbroker.com/applicant/campaign/amc-gs-prelim-2027", "Choose date"), idates=pd,
       deadline="2027-02-08", must=["separate campaign"])

    # ---------------------------------------------------------------- Albany OB/GYN via ResidencyCAS
    prog3 = "Albany Medical Center Obstetrics and Gynecology Residency"
    od = [D("2026-11-30"), D("2026-12-14"), D("2027-01-11")]
    rc("2026-10-20 13:05", "residencycas-interview-invitation-albany-obgyn", "albany-obgyn", "invitation", prog3,
       "You're invited to interview - Albany Med OB/GYN",
       ["The Obstetrics and Gynecology Residency at Albany Medical Center invites you to interview.",
        "Interview days are virtual Mondays. Choose a date in ResidencyCAS by Friday, October 23."],
       rows=[("Dates", "; ".join(long(x) for x in od))], idates=od, deadline="2026-10-23")
    rc("2026-10-20 13:14", "residencycas-interview-scheduled-albany-obgyn", "albany-obgyn", "scheduled", prog3,
       "Interview scheduled - Albany Med OB/GYN", ["Your interview date is confirmed."],
       rows=[("Date", long(od[1])), ("Time", "8:00 AM ET"), ("Format", "Virtual")], idates=[od[1]])
    me("2026-12-14 16:30", "sent-thank-you-albany-obgyn", "albany-obgyn", "info",
       [("Albany Med OB/GYN Residency", "obgynresidency@amc.edu")], "Thank you - OB/GYN interview today",
       "Dear Dr. Marchand and the Albany Med OB/GYN team,\n\nThank you for today's interview. Having walked the "
       "halls last month for my surgery interview, it was fun to imagine the other side of the building. The "
       "residents' description of the Capital Region's rural referral network was a highlight.\n\nSincerely,\n"
       "Camille Szabo")


def northwell():
    c = ("Brennan, Kaitlyn", "kbrennan7@northwell.edu")
    d = [D("2027-01-07"), D("2027-01-14"), D("2027-01-21")]
    t = f"""Dear Camille,

Congratulations! The Department of Obstetrics & Gynecology at North Shore University Hospital and Long Island
Jewish Medical Center is pleased to invite you to interview for the Northwell Health OB/GYN Residency, Donald and
Barbara Zucker School of Medicine at Hofstra/Northwell.

Our interview days are Thursdays:
{long(d[0])}
{long(d[1])}
{long(d[2])}

Please reply with your first and second choices by Friday, October 30. Interviews are virtual, and residents rotate
primarily at North Shore University Hospital in Manhasset.

Warm regards,
Kaitlyn Brennan
Residency Program Coordinator | Obstetrics & Gynecology
North Shore University Hospital | Northwell Health
300 Community Drive | Manhasset, NY 11030"""
    m1 = coord("2026-10-27 15:45", "northwell-obgyn-interview-invitation", "northwell-obgyn", "invitation", c,
               "Northwell OB/GYN Residency - Interview Invitation", t, idates=d, deadline="2026-10-30",
               must=["North Shore University Hospital"])
    r = me("2026-10-27 20:10", "sent-re-northwell-obgyn-interview", "northwell-obgyn", "scheduled", c,
           "Re: Northwell OB/GYN Residency - Interview Invitation",
           "Dear Ms. Brennan,\n\nThank you so much! My first choice is Thursday, January 7, and second choice "
           "Thursday, January 14.\n\nWarmly,\nCamille Szabo", irt=m1, quote=gquote("2026-10-27 15:45", c[0], c[1], t),
           idates=[d[0]])
    coord("2026-10-28 10:30", "re-northwell-obgyn-interview-confirmed", "northwell-obgyn", "scheduled", c,
          "RE: Northwell OB/GYN Residency - Interview Invitation", f"""Hi Camille,

Great news - you have your first choice. You're scheduled for {long(d[0])}. I've attached a calendar invitation;
Zoom links will go out the week before.

Kaitlyn""", irt=r, idates=[d[0]],
          cal=ics("northwell-obgyn-20270107-szabo", at(d[0], "08:00"), 330, "Northwell OB/GYN Residency Interview",
                  "Zoom", organizer=c, mode="utc", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))


def rutgers():
    prog = "Rutgers New Jersey Medical School - General Surgery"
    th_msg("2026-11-20 16:00", "thalamus-waitlist-rutgers-njms-general-surgery", "njms-surg", "waitlist", prog,
           "Rutgers NJMS General Surgery - Interview Waitlist",
           ["Thank you for applying to the Rutgers New Jersey Medical School General Surgery Residency. All of our "
            "interview dates are currently full, and we have added you to our waitlist.",
            "Our waitlist is ordered. If a spot opens, Thalamus will offer it to one applicant at a time, and you "
            "will have 24 hours to accept before it passes to the next person."])
    c = ("Rutgers NJMS Surgery Residency", "njmssurgeryres@njms.rutgers.edu")
    me("2026-12-03 08:30", "sent-letter-of-interest-rutgers-njms", "njms-surg", "info", c,
       "Letter of interest - Camille Szabo (waitlist)",
       "Dear Dr. Adeyemi and the NJMS General Surgery selection committee,\n\nThank you for placing me on your "
       "interview waitlist. I wanted to share my continued strong interest in Rutgers NJMS. The trauma volume at "
       "University Hospital and the program's work in violence intervention in Newark are exactly the training I'm "
       "looking for.\n\nI would be glad to interview on any available date, virtually or in person.\n\nWith "
       "gratitude,\nCamille Szabo")
    coord("2027-01-19 11:10", "rutgers-njms-surgery-waitlist-update", "njms-surg", "waitlist",
          ("Ferreira, Ana", "af1123@njms.rutgers.edu"), "NJMS General Surgery - waitlist update", """Dear Camille,

I wanted to update you that you remain on our interview waitlist. Our final interview day is Friday, January 29,
and we will contact you through Thalamus if a spot opens before then.

Thank you for your patience and your letter of interest, which I've shared with Dr. Adeyemi.

Ana Ferreira
Program Coordinator, General Surgery Residency
Rutgers New Jersey Medical School | University Hospital
185 South Orange Avenue, G-506 | Newark, NJ 07103""", must=["remain on our interview waitlist"])

    # ---------------------------------------------------------------- RWJ OB/GYN via ResidencyCAS
    prog2 = "Rutgers Robert Wood Johnson Medical School Obstetrics, Gynecology and Reproductive Sciences Residency"
    od = [D("2026-12-02"), D("2026-12-16"), D("2027-01-13")]
    rc("2026-10-20 13:40", "residencycas-interview-invitation-rutgers-rwj-obgyn", "rwj-obgyn", "invitation", prog2,
       "Interview Invitation",
       ["We are delighted to invite you to interview with the Department of Obstetrics, Gynecology and "
        "Reproductive Sciences at Rutgers Robert Wood Johnson Medical School.",
        "Please select one of the dates below in ResidencyCAS within 72 hours."],
       rows=[("Dates", "; ".join(long(x) for x in od)), ("Format", "Virtual")], idates=od, deadline="2026-10-23")
    rc("2026-10-20 14:02", "residencycas-interview-scheduled-rutgers-rwj-obgyn", "rwj-obgyn", "scheduled", prog2,
       "Interview Confirmed", ["Your interview has been scheduled."],
       rows=[("Date", long(od[1])), ("Time", "8:00 AM - 1:00 PM ET")], idates=[od[1]])
    c = ("Liang, Vivian", "vliang@rwjms.rutgers.edu")
    coord("2026-12-15 10:20", "rutgers-rwj-obgyn-zoom-tomorrow", "rwj-obgyn", "reminder", c,
          "RWJ OB/GYN Interview - Tomorrow", f"""Dear Camille,

We look forward to meeting you tomorrow, {long(od[1])}! Please join the Zoom meeting at 7:50 AM:
https://rutgers.zoom.us/j/95550719023

A reminder about our sites: Robert Wood Johnson University Hospital in New Brunswick (RWJBarnabas Health) is our
primary hospital, with community rotations at Saint Peter's University Hospital.

Vivian Liang
Residency Coordinator, Obstetrics, Gynecology and Reproductive Sciences
Rutgers Robert Wood Johnson Medical School | 125 Paterson Street | New Brunswick, NJ 08901""", idates=[od[1]],
          must=["Robert Wood Johnson University Hospital"])


def hackensack():
    prog = "Hackensack Meridian Health - Hackensack University Medical Center - General Surgery"
    d = [D("2026-11-23"), D("2026-12-07"), D("2026-12-21")]
    th_invite("2026-10-26 13:00", "thalamus-invitation-hackensack-general-surgery", "hackensack-surg", prog,
              ["The General Surgery Residency at Hackensack University Medical Center, the academic flagship of "
               "Hackensack Meridian Health and a teaching hospital of the Hackensack Meridian School of Medicine, "
               "invites you to interview.",
               "Please select an interview date in Thalamus. Interviews are virtual."],
              d, url="https://app.thalamusgme.com/applicant/invitations/5540290", fmt="Virtual")
    th_booked("2026-10-26 13:08", "thalamus-scheduled-hackensack-general-surgery", "hackensack-surg", prog, d[0],
              "07:30", "12:30", "Virtual", "Zoom", uid="th-5540290-20261123")
    th_remind("2026-11-22 10:00", "thalamus-reminder-hackensack-general-surgery", "hackensack-surg", prog, d[0],
              "07:30", "Virtual", "https://hmh.zoom.us/j/95550238841")
    c = ("DeLuca, Gina", "gina.deluca@hmhn.org")
    me("2026-11-23 19:00", "sent-thank-you-hackensack-surgery", "hackensack-surg", "info", [c],
       "Thank you - HUMC General Surgery interview",
       "Dear Ms. DeLuca,\n\nThank you for organizing today's interview day. I enjoyed meeting Dr. Vasquez and the "
       "residents, and I was impressed by how much operative autonomy the chiefs described on the Hackensack "
       "trauma service.\n\nBest regards,\nCamille Szabo")
    mail("2026-11-23 19:01", "automatic-reply-hackensack-coordinator", "hackensack-surg", "other", c,
         "Automatic reply: Thank you - HUMC General Surgery interview",
         "Thank you for your email. I am out of the office for the Thanksgiving holiday and will return on Monday, "
         "November 30, 2026, with limited access to email. For urgent General Surgery Residency matters, please "
         "contact the Department of Surgery at 551-555-0150.\n\nGina DeLuca\nResidency Program Coordinator, "
         "General Surgery\nHackensack University Medical Center | Hackensack Meridian Health\n",
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
         must=["out of the office"])

    # ---------------------------------------------------------------- HUMC OB/GYN: rejected
    rc("2026-10-30 17:00", "residencycas-application-update-hackensack-obgyn", "hackensack-obgyn", "rejection",
       "Hackensack University Medical Center Obstetrics and Gynecology Residency",
       "Application update - Hackensack University Medical Center",
       ["Thank you for your interest in the Obstetrics and Gynecology Residency at Hackensack University Medical "
        "Center, Hackensack Meridian Health.",
        "We have completed our review and, unfortunately, we are unable to extend an invitation to interview. We "
        "wish you every success in the Match."])

    # ---------------------------------------------------------------- JSUMC OB/GYN via ResidencyCAS
    prog3 = "Jersey Shore University Medical Center Obstetrics & Gynecology Residency"
    od = [D("2026-12-08"), D("2027-01-12"), D("2027-01-19")]
    rc("2026-10-22 10:30", "residencycas-interview-invitation-jersey-shore-obgyn", "jsumc-obgyn", "invitation", prog3,
       "Invitation to interview - Jersey Shore University Medical Center",
       ["Congratulations! The Obstetrics & Gynecology Residency at Jersey Shore University Medical Center "
        "(Hackensack Meridian Health, Neptune, New Jersey) invites you to interview.",
        "Please schedule in ResidencyCAS."],
       rows=[("Dates", "; ".join(long(x) for x in od)), ("Format", "Virtual")], idates=od)
    rc("2026-10-22 18:02", "residencycas-interview-scheduled-jersey-shore-obgyn", "jsumc-obgyn", "scheduled", prog3,
       "Interview scheduled - Jersey Shore University Medical Center", ["Your interview has been scheduled."],
       rows=[("Date", long(od[1])), ("Time", "8:30 AM ET")], idates=[od[1]])
    coord("2027-01-11 13:10", "jsumc-obgyn-interview-tomorrow", "jsumc-obgyn", "reminder",
          ("Santiago, Yesenia", "yesenia.santiago@hmhn.org"), "JSUMC OB/GYN interview tomorrow", """Hello Camille,

We look forward to seeing you tomorrow morning! Please join by 8:15 AM:
https://hmh.zoom.us/j/95550880164

Yesenia Santiago
OB/GYN Residency Coordinator
Jersey Shore University Medical Center | 1945 Route 33 | Neptune, NJ 07753""", idates=[od[1]],
          must=["Jersey Shore University Medical Center"])


def build():
    rochester()
    buffalo()
    upstate()
    albany()
    northwell()
    rutgers()
    hackensack()
