"""Georgia and Alabama: Emory (IM; Thalamus, then the coordinator, then ERAS, each spelling it differently),
Morehouse (IM; waitlist that ends in a release), Medical College of Georgia (advanced Neurology; waitlist that
becomes an invitation) and UAB (Internal Medicine and Neurology, both inviting; Central time)."""
from kit import (D, ET, CT, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, staff, mine, put, ics, gquote, oquote,
                 plain_of, full, wmd, wmd3, md, mdy, sl, wsl, clock)
from plat import th_invite, th_booked, th_reminder, th_message, eras


def emory():
    k = "emory-im"
    prog = "Emory University - Internal Medicine Residency"
    d1, d2, d3 = D("2026-12-01"), D("2026-12-08"), D("2027-01-05")
    th_invite("2026-10-19 13:00", "thalamus-invitation-emory-internal-medicine", k, prog, [
        "On behalf of the J. Willis Hurst Internal Medicine Residency Program, thank you for applying. We are "
        "pleased to invite you to interview for a categorical position.",
        "Our residents care for patients at Emory University Hospital, Emory University Hospital Midtown, Grady "
        "Memorial Hospital and the Atlanta VA Medical Center. All interviews this season are virtual.",
    ], [d1, d2, d3], token="e1f70a55-emory-im", deadline="2026-10-23")
    th_booked("2026-10-20 07:48", "thalamus-scheduled-emory-internal-medicine", k, prog, d1, "09:00", "14:00",
              "Virtual", "Zoom (details from the residency office)", uid="thl-7e0c2d11-emory-im")
    c = ("Pennington, LaToya", "latoya.pennington@emory.edu")
    txt = f"""Dear Applicant,

Thank you for scheduling your interview with the J. Willis Hurst Internal Medicine Residency Program. We look
forward to meeting you on {full(d1)}. Please keep this e-mail: it contains everything you will need for the day.

PRE-INTERVIEW SOCIAL
Monday, November 30, 7:00 – 8:00 PM ET, with current residents (optional; not evaluative)
Zoom: https://zoom.us/j/95510348820

INTERVIEW DAY (all times Eastern)
8:45   Log on: https://zoom.us/j/95510348177 (passcode: HurstIM)
9:00   Welcome and program overview – Program Director
9:45   Our hospitals: Emory University Hospital, Midtown, Grady and the Atlanta VA
10:30  Interviews (two 20-minute faculty interviews in breakout rooms)
12:00  Lunch break
12:30  Resident panel
1:30   Closing remarks

We ask that you do not send thank-you notes; they are not considered in our ranking process.

Sincerely,

LaToya Pennington
Senior Program Coordinator, Recruitment
J. Willis Hurst Internal Medicine Residency Program
Emory University School of Medicine | Department of Medicine
49 Jesse Hill Jr. Drive SE, Atlanta, GA 30303"""
    staff("2026-11-24 10:15", "emory-hurst-im-interview-day-information", k, "info", c,
          "Interview Day Information – J. Willis Hurst Internal Medicine Residency", txt, idates=[d1],
          to=[("Pennington, LaToya", "latoya.pennington@emory.edu")],
          must=["Emory University School of Medicine", "95510348177"])
    mine("2026-12-01 17:30", "sent-note-to-emory-chief-resident", k, "info",
         [("Daniel Ofori, MD", "daniel.ofori@emory.edu")], "Thanks for the resident panel today",
         "Hi Dr. Ofori,\n\nI know the program asked us not to send formal thank-you notes, so this is just a quick "
         "personal one: thank you for your candor on the panel today about Grady night float. It was the most "
         "useful 20 minutes of my interview season so far.\n\nAll the best,\nZoë", sig=SIG_SHORT)
    eras("2026-12-03 08:02", "myeras-new-message-emory-university-school-of-medicine", k, "info",
         "You have a new message in MyERAS", [
             "You have received a new message from Emory University School of Medicine Program.",
             "To read the message, log in to MyERAS and go to Messages.",
         ], must=["Emory University School of Medicine Program"])


def morehouse():
    k = "msm-im"
    c = ("Denise Whitlock", "dwhitlock@msm.edu")
    sig = ("Denise Whitlock\nResidency Program Coordinator\nInternal Medicine Residency Program\n"
           "Morehouse School of Medicine\n720 Westview Drive SW, Atlanta, GA 30310\n404-555-0163")
    w = f"""Dear Ms. Hartwell,

Thank you for your interest in the Morehouse School of Medicine Internal Medicine Residency Program and for
sharing your story with us. Our committee enjoyed reviewing your application.

At this time, all of our interview dates have been filled. We would like to place you on our interview waitlist.
Should a position become available, we will contact you by e-mail with a date and a short window to respond.
Please keep an eye on your inbox, including your spam folder.

Our residents train at Grady Memorial Hospital and our community partners across Atlanta, and we are proud of our
mission to serve the underserved. We hope to have the chance to share more of it with you.

Respectfully,

{sig}"""
    staff("2026-10-23 16:40", "morehouse-im-interview-waitlist", k, "waitlist", c,
          "MSM Internal Medicine Residency – Interview Waitlist", w, must=["Morehouse School of Medicine"])
    mine("2026-11-09 20:10", "sent-letter-of-interest-morehouse-internal-medicine", k, "info",
         [("Leon Batiste, MD", "lbatiste@msm.edu")], "Letter of interest – Zoë Hartwell (AAMC ID 17290364)",
         "Dear Dr. Batiste,\n\nI wanted to write to let you know how much I would value the chance to interview "
         "with the Morehouse School of Medicine Internal Medicine Residency. Since my first year I have worked "
         "with a free clinic in Pine Hills that serves many uninsured Black and Haitian families, and I see your "
         "program's commitment to community health equity as the place where I could keep building that work.\n\n"
         "Since applying, I have completed my acting internship in hospital medicine and presented a poster on "
         "hypertension follow-up after ED visits at our college's Research Day.\n\nThank you for considering "
         "me. I remain on your waitlist and would gladly accept any interview date.\n\nRespectfully,\nZoë "
         "Hartwell", cc=[c])
    staff("2027-01-19 11:20", "morehouse-im-waitlist-update-season-closed", k, "rejection", c,
          "MSM Internal Medicine – Waitlist Update",
          f"""Dear Applicant,

We are writing to thank you for your patience while on the Morehouse School of Medicine Internal Medicine
Residency Program interview waitlist. Our interview season has now concluded, and we will not be extending any
additional interview invitations this cycle. With this message we are releasing all applicants who remain on our
waitlist.

We recognize how much work goes into every application, and we are grateful that you considered our program. We
wish you every success in the Match.

Sincerely,

{sig}""", html=False, to="undisclosed-recipients:;")


def mcg():
    k = "mcg-neuro-adv"
    prog = "Medical College of Georgia - Neurology Residency (Advanced)"
    th_message("2026-10-30 12:00", "thalamus-waitlist-mcg-neurology-advanced", k, "waitlist", prog,
               f"Waitlist notification – {prog}", [
                   "Thank you for applying to the Neurology Residency at the Medical College of Georgia at Augusta "
                   "University. Our interview days are currently full, and you have been added to the program's "
                   "waitlist.",
                   "If a spot opens, you will receive an e-mail from Thalamus with the available date. Waitlist "
                   "offers are sent to several applicants at once and are filled by whoever accepts first, so "
                   "please keep notifications turned on.",
               ], action=("https://app.thalamusgme.com/applicant/waitlists", "View waitlist status"),
               must=["Medical College of Georgia at Augusta University"])
    pd = ("Everett Sandoval, MD", "esandoval@augusta.edu")
    mine("2026-11-30 19:40", "sent-letter-of-interest-mcg-neurology", k, "info", pd,
         "Continued interest in MCG Neurology – Zoë Hartwell",
         "Dear Dr. Sandoval,\n\nI am on the interview waitlist for your advanced Neurology position and wanted to "
         "share my continued strong interest. My family is from Aiken, and returning to the CSRA to train at the "
         "state's only public academic neurology program would mean a great deal to me. Your department's work in "
         "teleneurology for rural Georgia hospitals is exactly the kind of practice I hope to build.\n\nSince "
         "applying, my case report on anti-NMDA receptor encephalitis was accepted at the AAN Annual Meeting.\n\n"
         "Thank you for your time and consideration.\n\nSincerely,\nZoë Hartwell")
    d1 = D("2027-01-20")
    th_invite("2027-01-06 15:30", "thalamus-waitlist-spot-open-mcg-neurology-advanced", k, prog, [
        "Good news: an interview spot has opened for the Medical College of Georgia at Augusta University "
        "Neurology Residency (Advanced). The spot below is offered to several waitlisted applicants and goes to "
        "the first to accept.",
    ], [d1], token="wl-2b6e91a0-mcg-neuro", deadline="2027-01-08",
        lead="A waitlist interview spot is available.",
        subject=f"Interview spot available – {prog}")
    th_booked("2027-01-06 16:02", "thalamus-scheduled-mcg-neurology-advanced", k, prog, d1, "08:00", "12:30",
              "Virtual", "Webex (link e-mailed by the program)", uid="thl-4d1b83e5-mcg-neuro")
    c = ("Hollis, Bernadette", "bhollis@augusta.edu")
    txt = f"""Hi Zoë,

So glad a spot opened up for you! Tomorrow, {wmd(d1)}, 8:00 AM – 12:30 PM ET.

Webex: https://augustauniversity.webex.com/meet/mcgneurology   (meeting # 2553 018 774)

Quick glossary since everyone here talks in acronyms: Wellstar MCG Health is our main teaching hospital (formerly
AU Medical Center), CNVAMC is the Charlie Norwood VA, and "the JR" is our resident workroom. MCG Neuro interviews
are with Dr. Sandoval, Dr. Pak and Dr. Lindgren.

See you tomorrow,
Bernadette Hollis
Program Coordinator, Neurology Residency
Medical College of Georgia at Augusta University
1120 15th Street, BA-3411, Augusta, GA 30912 | 706-555-0140"""
    staff("2027-01-19 10:00", "mcg-neurology-interview-tomorrow-webex", k, "reminder", c,
          "MCG Neuro interview tomorrow – Webex info", txt, idates=[d1], must=["2553 018 774"])


def uab_im():
    k = "uab-im"
    prog = "UAB Tinsley Harrison Internal Medicine Residency"
    d1, d2, d3 = D("2026-11-05"), D("2026-11-19"), D("2026-12-17")
    th_invite("2026-10-07 14:00", "thalamus-invitation-uab-tinsley-harrison-internal-medicine", k, prog, [
        "Thank you for applying to the Tinsley Harrison Internal Medicine Residency Program at the University of "
        "Alabama at Birmingham Marnix E. Heersink School of Medicine. We would be delighted to have you interview "
        "with us for a categorical position.",
        "Interviews are held virtually. Note that all times are Central.",
    ], [d1, d2, d3], token="7fa2d018-uab-im", zone="CT", deadline="2026-10-12",
        signer="Brandi Coker\nRecruitment Coordinator, Tinsley Harrison Internal Medicine Residency")
    th_booked("2026-10-07 14:25", "thalamus-scheduled-uab-tinsley-harrison-internal-medicine", k, prog, d1,
              "08:30", "13:00", "Virtual", "Zoom", uid="thl-19ab3c7d-uab-im", zone="CT", mode="tzid")
    c = ("Coker, Brandi", "bcoker@uabmc.edu")
    txt = f"""Hello Zoë,

We are looking forward to Thursday! A few details:

• Interview day: {wmd3(d1)}, 8:30 AM – 1:00 PM Central (that's 9:30 Eastern for you Floridians)
  https://uab.zoom.us/j/86203349152
• Resident social: Wednesday, November 4, 6:00 PM Central – come meet our interns, no faculty, no evaluation.
  https://uab.zoom.us/j/86203349020
• You'll hear from our chiefs about UAB Hospital, the BVAMC, TKC and our Highlands rotations.

If you have questions, just reply here.

Brandi

Brandi Coker | Recruitment Coordinator
Tinsley Harrison Internal Medicine Residency | UAB Department of Medicine
BDB 327, 1720 2nd Ave S, Birmingham, AL 35294 | 205-555-0183"""
    staff("2026-11-03 12:45", "uab-im-thursday-interview-and-wednesday-social", k, "reminder", c,
          "UAB IM interview Thursday + social Wednesday night", txt, tz=CT, idates=[d1], must=["86203349152"])
    mine("2026-11-05 15:10", "sent-thank-you-uab-internal-medicine", k, "info",
         [("Ravi Jaganathan, MD", "rjaganathan@uabmc.edu")], "Thank you – Tinsley Harrison interview",
         "Dear Dr. Jaganathan,\n\nThank you for our conversation this morning. Your description of morning report "
         "as a place where interns are expected to disagree with attendings was memorable, and the residents' "
         "stories about continuity clinic at the Kirklin Clinic made the program feel very real to me.\n\nI hope "
         "to be back in Birmingham soon.\n\nWarmly,\nZoë Hartwell")


def uab_neuro():
    k = "uab-neuro"
    c = ("Pruitt, Ashleigh", "apruitt@uabmc.edu")
    d1, d2, d3 = D("2026-11-17"), D("2026-12-08"), D("2027-01-12")
    sig = ("Ashleigh Pruitt, MHA\nResidency Program Manager | Department of Neurology\n"
           "University of Alabama at Birmingham\nSparks Center 350, 1720 7th Avenue South, Birmingham, AL 35233\n"
           "P: 205-555-0118")
    inv = f"""Dear Ms. Hartwell,

Congratulations! The UAB Department of Neurology is pleased to invite you to interview for a categorical position
in our Adult Neurology Residency Program. Interviews are virtual and held on Tuesdays from 8:00 AM to 12:30 PM
Central:

    {full(d1)}
    {full(d2)}
    {full(d3)}

Please reply to this e-mail with your preferred date by Monday, October 19. Dates are filled in the order replies
are received.

If you have also applied to UAB's Tinsley Harrison Internal Medicine program, please know that its interview
invitations and selection are entirely separate from ours.

We look forward to hearing from you.

{sig}"""
    m1 = staff("2026-10-14 11:05", "uab-neurology-residency-interview-invitation", k, "invitation", c,
               "UAB Neurology Residency – Interview Invitation", inv, tz=CT, idates=[d1, d2, d3],
               deadline="2026-10-19", must=["University of Alabama at Birmingham"])
    body = f"Hi Ms. Pruitt,\n\nThank you! I would love to interview on {wmd(d1)}.\n\nBest regards,\nZoë Hartwell"
    r = mine("2026-10-14 12:30", "sent-re-uab-neurology-interview-invitation", k, "scheduled", c,
             "Re: UAB Neurology Residency – Interview Invitation", body, irt=m1,
             quote=gquote("2026-10-14 11:05", "Pruitt, Ashleigh", c[1], plain_of(m1), tz=ET), idates=[d1])
    staff("2026-10-15 10:10", "re-uab-neurology-interview-confirmed", k, "scheduled", c,
          "RE: UAB Neurology Residency – Interview Invitation",
          f"Dear Zoë,\n\nYou are confirmed for {full(d1)}, 8:00 AM – 12:30 PM Central. The calendar invitation "
          "is attached; Zoom details will follow the day before.\n\nThank you,\nAshleigh", tz=CT, irt=r,
          idates=[d1], quote=oquote("2026-10-14 12:30", NAME, ADDR, "Pruitt, Ashleigh",
                                    "Re: UAB Neurology Residency – Interview Invitation", body, tz=CT),
          cal=ics("040000008200E00074C5B7101A82E00800000000uabneuro1117", at(d1, "08:00", CT), 270,
                  "UAB Neurology Residency Interview", "Zoom", organizer=c, mode="tzid"))
    staff("2026-11-16 16:00", "uab-neurology-interview-tomorrow-zoom", k, "reminder", c,
          "Tomorrow: UAB Neurology interview (Zoom link)",
          f"Hi Zoë,\n\nSee you tomorrow! We start at 8:00 AM Central (9:00 AM Eastern).\n\n"
          "https://uab.zoom.us/j/81377460925?pwd=UABneuro\n\nSchedule: welcome from Dr. Morrissette, then "
          "interviews with Dr. Hale, Dr. Oduya and one of our chief residents, a virtual walk through UAB "
          "Hospital's neuro ICU and the stroke unit, and lunch with residents.\n\nAshleigh", tz=CT, idates=[d1],
          must=["81377460925"])


def build():
    emory()
    morehouse()
    mcg()
    uab_im()
    uab_neuro()
