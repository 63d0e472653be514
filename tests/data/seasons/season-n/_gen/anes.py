"""Season N: Anesthesiology (categorical and advanced) and the PGY-1 years (preliminary medicine, transitional)."""
from kit import (AZ, ET, MT, PT, UTC, ME, ME_NAME, at, d, ics, long, longny, mail, q_gmail, q_outlook, sent, slash,
                 text_to_html)
import plat
from surgery import coord

FIRST = "Noor"


def build():
    utah()
    colorado()
    ucsf()
    stanford()
    uw()
    ohsu()
    davis()
    banner()
    kaiser()
    mayo()
    irvine()
    ucla()
    virginia_mason()
    scripps()


# ------------------------------------------------------------------ University of Utah anesthesiology + prelim IM
def utah():
    nov12, dec10, jan7 = d("2026-11-12"), d("2026-12-10"), d("2027-01-07")
    prog = "University of Utah - Anesthesiology (Categorical)"
    plat.th_invite(
        "2026-10-07 08:30", "thalamus-invitation", "utah-anes", prog,
        ["The Department of Anesthesiology at University of Utah Health is pleased to invite you to interview for our "
         "categorical (PGY-1 through PGY-4) residency. Our residents work at University of Utah Hospital, Huntsman "
         "Cancer Institute, Primary Children's Hospital and the VA Salt Lake City Health Care System.",
         "Interview days are virtual; home students may additionally join an optional in-person tour."],
        [nov12, dec10, jan7], "https://app.thalamusgme.com/i/UU-ANES-C-19ZP",
        signer="Kendra Malouf\nResidency Program Administrator, Department of Anesthesiology\nSpencer Fox Eccles "
               "School of Medicine at the University of Utah",
        subject="Invitation to Interview - University of Utah Anesthesiology")
    plat.th_booked("2026-10-07 08:50", "thalamus-interview-confirmed", "utah-anes", prog, nov12, "8:00 AM", "1:00 PM",
                   "MST", "Virtual", "Zoom (link in Thalamus)", uid="th-uuanes-1112@thalamusgme.com",
                   start_dt=at(nov12, "08:00", MT), minutes=300)
    sent("2026-11-13 07:30", "sent-thank-you-utah-anesthesiology", "utah-anes", "info",
         [("Kendra Malouf", "kendra.malouf@hsc.utah.edu")], "Thank you - Anesthesiology interview yesterday",
         """Hi Kendra,

Thank you for coordinating yesterday's interview and the tour afterward. I'd be grateful if you could pass my
thanks to Dr. Brandvold and Dr. Kessler-Ito; our conversation about the perioperative surgical home model and the
regional anesthesia block rotation at Huntsman stayed with me all evening.

Best,""")

    jan5, jan12 = d("2027-01-05"), d("2027-01-12")
    pprog = "University of Utah - Internal Medicine (Preliminary)"
    plat.th_invite(
        "2026-11-20 09:00", "thalamus-invitation", "utah-imp", pprog,
        ["Thank you for applying to the preliminary year in Internal Medicine at the University of Utah. We would "
         "like to invite you to a virtual interview for one of our PGY-1 preliminary positions, which are designed "
         "for residents matching into advanced programs such as anesthesiology, neurology and radiology.",
         "Preliminary interviews are held on Tuesday afternoons and last about two and a half hours."],
        [jan5, jan12], "https://app.thalamusgme.com/i/UU-IM-PRELIM-4C",
        signer="Internal Medicine Residency Office\nUniversity of Utah Health, Salt Lake City",
        subject="University of Utah Internal Medicine Preliminary - Interview Invitation")
    plat.th_booked("2026-11-20 09:30", "thalamus-interview-confirmed", "utah-imp", pprog, jan5, "1:00 PM", "3:30 PM",
                   "MST", "Virtual", "Zoom", uid="th-uuimp-0105@thalamusgme.com", start_dt=at(jan5, "13:00", MT),
                   minutes=150)


# ------------------------------------------------------------------ University of Colorado anesthesiology
def colorado():
    dec4, dec18, jan15 = d("2026-12-04"), d("2026-12-18"), d("2027-01-15")
    prog = "University of Colorado - Anesthesiology (Categorical)"
    plat.th_invite(
        "2026-10-22 13:00", "thalamus-invitation", "cu-anes", prog,
        ["Congratulations! The University of Colorado Department of Anesthesiology invites you to interview for "
         "our categorical residency.",
         "Residents train at UCHealth University of Colorado Hospital, Children's Hospital Colorado, Denver Health "
         "and the Rocky Mountain Regional VA Medical Center. All interviews are virtual."],
        [dec4, dec18, jan15], "https://app.thalamusgme.com/i/CU-ANES-8MM2",
        signer="CU Anesthesiology Residency Program\nUniversity of Colorado School of Medicine | Anschutz Medical Campus",
        subject="CU Anesthesiology - You're invited to interview")
    plat.th_booked("2026-10-22 13:07", "thalamus-interview-confirmed", "cu-anes", prog, dec4, "7:45 AM", "12:45 PM",
                   "MST", "Virtual", "Zoom", uid="th-cuanes-1204@thalamusgme.com", start_dt=at(dec4, "07:45", MT),
                   minutes=300)
    coord("2026-12-01 10:00", "cu-anesthesiology-interview-day-details", "cu-anes", "reminder",
          ("CU Anesthesiology Residency", "anesthesiology.residency@cuanschutz.edu"),
          "Friday 12/4 CU Anesthesiology interview - schedule & Zoom",
          """Dear Noor,

We look forward to meeting you on Friday, December 4. Here is your personal schedule (Mountain Time):

7:45 AM   Welcome from the Chair and Program Director
8:30 AM   Interview 1 - Dr. A. Whitlock
9:00 AM   Interview 2 - Dr. R. Banerjee-Cole
9:30 AM   Interview 3 - Chief residents
10:15 AM  Curriculum and OB/cardiac/peds rotations
11:30 AM  Resident panel (faculty off camera)

Zoom: https://cuanschutz.zoom.us/j/91022384715  (passcode: 1204CU)

Residents also host an optional virtual trivia night the evening before, Thursday, December 3, at 6:00 PM.

Kind regards,
Odalys Fenwick-Sato
Residency Program Manager, Department of Anesthesiology
University of Colorado Anschutz Medical Campus | Aurora, Colorado
""", MT, idates=[dec4], must=["https://cuanschutz.zoom.us/j/91022384715"])
    sent("2026-12-05 09:10", "sent-thank-you-cu-anesthesiology", "cu-anes", "info",
         [("Odalys Fenwick-Sato", "anesthesiology.residency@cuanschutz.edu")], "Thank you from Noor Halvorsen",
         """Dear Ms. Fenwick-Sato,

Thank you for yesterday's interview day. Please pass my thanks to Dr. Whitlock and Dr. Banerjee-Cole - I enjoyed
our conversations about altitude physiology research and the cardiac anesthesia experience at the University of
Colorado Hospital.

Kind regards,""", html=True)


# ------------------------------------------------------------------ UCSF anesthesia: waitlist -> offer -> completed
def ucsf():
    prog = "UCSF Anesthesia and Perioperative Care - Categorical"
    plat.th_program_msg(
        "2026-10-29 11:00", "thalamus-waitlist", "ucsf-anes", "waitlist", prog,
        "Waitlist notification - UCSF Anesthesia Residency",
        ["Thank you for applying to the Department of Anesthesia and Perioperative Care at UCSF. Our initial "
         "interview dates are full, and we have placed you on our interview waitlist. Waitlist offers are made "
         "individually by the program coordinator as spaces open."],
        signer="UCSF Anesthesia Residency Program\nUniversity of California, San Francisco",
        url="https://app.thalamusgme.com/applicant/waitlists", btn_label="View waitlist", must=["waitlist"])
    jan22 = d("2027-01-22")
    txt = """Dear Noor,

A space has opened in our Friday, January 22 interview day (7:00 AM - 12:30 PM PT, virtual), and you are next
on our waitlist. If you would like it, please reply to this e-mail by Monday, January 11 at 12:00 PM PT; after
that we will offer the spot to the next applicant.

Our residents rotate at UCSF Parnassus, Mission Bay, Zuckerberg San Francisco General and the SF VA.

Best,

Quinn Abernathy-Osei
Residency Program Coordinator
Department of Anesthesia & Perioperative Care | UCSF
521 Parnassus Ave, Box 0648, San Francisco, CA 94143
"""
    inv = coord("2027-01-08 10:15", "ucsf-anesthesia-waitlist-offer-jan-22", "ucsf-anes", "invitation",
                ("Quinn Abernathy-Osei", "anesthesia.residency@ucsf.edu"),
                "UCSF Anesthesia - interview spot available Jan 22", txt, PT,
                idates=[jan22], respond_by="by Monday, January 11 at 12:00 PM PT", deadline="2027-01-11",
                must=["Friday, January 22"])
    rep = sent("2027-01-08 11:50", "sent-re-ucsf-anesthesia-accept-jan-22", "ucsf-anes", "scheduled",
               [("Quinn Abernathy-Osei", "anesthesia.residency@ucsf.edu")],
               "Re: UCSF Anesthesia - interview spot available Jan 22",
               """Dear Quinn,

Yes, please! I would be thrilled to take the Friday, January 22 interview spot. Thank you so much for thinking
of me.

Best regards,""", irt=inv, idates=[jan22],
               quote=q_gmail("2027-01-08 10:15", "Quinn Abernathy-Osei", "anesthesia.residency@ucsf.edu", txt))
    plat.th_booked("2027-01-08 13:20", "thalamus-interview-confirmed", "ucsf-anes", prog, jan22, "7:00 AM",
                   "12:30 PM", "PST", "Virtual", "Zoom", uid="th-ucsfanes-0122@thalamusgme.com",
                   start_dt=at(jan22, "07:00", PT), minutes=330,
                   note="This interview was added to your calendar by the program from its waitlist.")
    sent("2027-01-23 09:00", "sent-thank-you-ucsf-anesthesia", "ucsf-anes", "info",
         [("Quinn Abernathy-Osei", "anesthesia.residency@ucsf.edu")], "Thank you - UCSF Anesthesia 1/22",
         """Dear Quinn,

Thank you again for offering me the waitlist spot and for a wonderful day yesterday. The discussion of the
critical care and research tracks at UCSF was fascinating. Please thank Dr. Farrow-Lindgren and Dr. Amadi for me.

Warmly,""")


def stanford():
    coord("2026-12-02 17:00", "stanford-anesthesiology-application-update", "stanford-anes", "rejection",
          ("Stanford Anesthesiology Residency", "anesresidency@stanford.edu"),
          "Stanford Anesthesiology, Perioperative and Pain Medicine - Application Status",
          """Dear Noor Halvorsen,

Thank you for your interest in the Stanford Anesthesiology Residency. We received an exceptionally strong
applicant pool this year, and we regret that we cannot offer you an interview.

We wish you the very best in the Match.

Residency Program Leadership
Department of Anesthesiology, Perioperative and Pain Medicine
Stanford University School of Medicine | Stanford Health Care
300 Pasteur Drive, Stanford, CA 94305
""", PT, must=["cannot offer you an interview"])


# ------------------------------------------------------------------ University of Washington anesthesiology
def uw():
    dec11, jan8, jan25 = d("2026-12-11"), d("2027-01-08"), d("2027-01-25")
    prog = "University of Washington - Anesthesiology & Pain Medicine (Categorical)"
    plat.th_invite(
        "2026-11-04 09:45", "thalamus-invitation", "uw-anes", prog,
        ["The University of Washington Department of Anesthesiology & Pain Medicine invites you to interview for our "
         "categorical residency. UW residents rotate through UW Medical Center - Montlake, Harborview Medical "
         "Center, Seattle Children's, VA Puget Sound and the Fred Hutchinson Cancer Center.",
         "Please select your date within five days."],
        [dec11, jan8, jan25], "https://app.thalamusgme.com/i/UW-APM-CAT-0QRA",
        signer="UW Anesthesiology Residency Office | UW Medicine, Seattle",
        respond_by="within five days", deadline="2026-11-09", subject="UW Anesthesiology - Interview Invitation")
    plat.th_booked("2026-11-04 09:58", "thalamus-interview-confirmed", "uw-anes", prog, dec11, "7:30 AM", "1:00 PM",
                   "PST", "Virtual", "Zoom", uid="th-uwanes-1211@thalamusgme.com", start_dt=at(dec11, "07:30", PT),
                   minutes=330)
    plat.th_reminder("2026-12-10 10:00", "thalamus-interview-reminder", "uw-anes", prog, dec11, "7:30 AM", "PST",
                     "https://app.thalamusgme.com/applicant/interview-day/UW-APM-1211",
                     note="Program note: please have a copy of your CV handy; several faculty like to ask about "
                          "your research.")
    sent("2026-12-12 10:15", "sent-thank-you-uw-anesthesiology", "uw-anes", "info",
         [("UW Anesthesiology Residency", "anesres@uw.edu")], "Thank you - UW Anesthesiology interview 12/11",
         """Dear Dr. Okonkwo-Larsen and the UW Anesthesiology team,

Thank you for yesterday's interview. The Harborview trauma experience and the pain medicine clinic at UWMC
Montlake were exactly the kind of training I have been looking for, and the residents were incredibly candid.

With gratitude,""")


# ------------------------------------------------------------------ OHSU anesthesiology (scheduled after as_of)
def ohsu():
    jan20, feb10 = d("2027-01-20"), d("2027-02-10")
    coord("2026-12-02 09:00", "ohsu-anesthesiology-interview-invitation-note", "ohsu-anes", "invitation",
          ("OHSU Anesthesiology Residency", "anesres@ohsu.edu"), "OHSU Anesthesiology - invitation coming via Thalamus",
          """Hello Noor,

It is my pleasure to let you know that the Department of Anesthesiology & Perioperative Medicine at OHSU would
like to interview you for a categorical position. You'll receive the formal invitation from Thalamus within the
hour; our two remaining virtual dates are Wednesday, January 20 and Wednesday, February 10.

Please watch for a message from noreply@thalamusgme.com.

Sincerely,
Darcy Pennington-Hui
Residency Program Coordinator | Anesthesiology & Perioperative Medicine
Oregon Health & Science University | 3181 SW Sam Jackson Park Rd, Portland, OR 97239
""", PT, idates=[jan20, feb10], must=["Oregon Health & Science University"])
    prog = "OHSU Anesthesiology & Perioperative Medicine"
    plat.th_invite(
        "2026-12-02 10:05", "thalamus-invitation", "ohsu-anes", prog,
        ["We are pleased to invite you to interview for the OHSU Anesthesiology residency (categorical track).",
         "Each interview day includes a program overview, four faculty interviews and a resident session."],
        [jan20, feb10], "https://app.thalamusgme.com/i/OHSU-APOM-77Z", subject="Interview Invitation - OHSU Anesthesiology")
    plat.th_booked("2026-12-03 07:30", "thalamus-interview-confirmed", "ohsu-anes", prog, feb10, "7:30 AM", "1:00 PM",
                   "PST", "Virtual", "Zoom", uid="th-ohsuanes-0210@thalamusgme.com", start_dt=at(feb10, "07:30", PT),
                   minutes=330)
    coord("2027-02-03 14:00", "ohsu-anesthesiology-feb-10-agenda", "ohsu-anes", "info",
          ("OHSU Anesthesiology Residency", "anesres@ohsu.edu"),
          "Agenda for Wednesday, February 10 + resident social on the 9th",
          """Hello February 10 applicants,

Attached below is the agenda for your interview day on Wednesday, February 10 (all times Pacific). On Tuesday,
February 9 at 6:00 PM our residents will host an optional virtual social; the Zoom link for it is
https://ohsu.zoom.us/j/96611220409.

7:30  Welcome - Program Director
8:00  Faculty interviews (4 x 20 min)
10:00 OHSU Hospital & Doernbecher Children's virtual tour
11:00 Resident session
1:00  Close

Darcy Pennington-Hui | Residency Program Coordinator
OHSU Department of Anesthesiology & Perioperative Medicine
""", PT, to=[("OHSU Anesthesiology Applicants", "anesres@ohsu.edu")], idates=[feb10],
          must=["Wednesday, February 10"])


# ------------------------------------------------------------------ UC Davis anesthesiology + prelim IM
def davis():
    nov19, dec3, jan14 = d("2026-11-19"), d("2026-12-03"), d("2027-01-14")
    prog = "UC Davis Health - Anesthesiology & Pain Medicine (Categorical)"
    plat.th_invite(
        "2026-10-15 12:00", "thalamus-invitation", "ucd-anes", prog,
        ["On behalf of the Department of Anesthesiology and Pain Medicine at the University of California, Davis, I am "
         "delighted to invite you to interview for our categorical residency in Sacramento.",
         "Please note that UC Davis Internal Medicine and General Surgery run their own interview processes."],
        [nov19, dec3, jan14], "https://app.thalamusgme.com/i/UCD-APM-5RZC",
        signer="Dr. Imelda Carrasquillo, Program Director\nUC Davis Anesthesiology Residency",
        subject="UC Davis Anesthesiology - Interview Invitation")
    plat.th_booked("2026-10-15 12:10", "thalamus-interview-confirmed", "ucd-anes", prog, nov19, "8:00 AM", "1:00 PM",
                   "PST", "Virtual", "Zoom", uid="th-ucdanes-1119@thalamusgme.com", start_dt=at(nov19, "08:00", PT),
                   minutes=300)

    coord("2026-12-09 11:00", "uc-davis-im-preliminary-decision", "ucd-imp", "rejection",
          ("UC Davis Internal Medicine Residency", "hs-imresidency@ucdavis.edu"),
          "UC Davis Internal Medicine - Preliminary Year Application",
          """Dear Ms. Halvorsen,

Thank you for applying to the preliminary year of the Internal Medicine Residency at the University of
California, Davis. We have filled our preliminary interview schedule and regret that we are unable to extend an
interview invitation to you.

We wish you the best of luck in the Match.

Internal Medicine Residency Program | UC Davis Health, Sacramento
""", PT, must=["unable to extend an interview invitation"])


# ------------------------------------------------------------------ Banner: Phoenix anesthesiology (ERAS), Phoenix
# prelim IM (Thalamus), Tucson anesthesiology (waitlist -> released)
def banner():
    jan7, jan14, jan28 = d("2027-01-07"), d("2027-01-14"), d("2027-01-28")
    pname = "University of Arizona College of Medicine-Phoenix/Banner University Medical Center Phoenix Program"
    plat.eras_notice(
        "2026-11-06 08:00", "eras-interview-invitation", "bumcp-anes", "invitation",
        "ERAS Interview Invitation",
        [f"Dear {ME_NAME},", "", "A program has invited you to interview using the ERAS Interview Scheduler.", "",
         f"Program: {pname}", "Specialty: Anesthesiology (Categorical)", "Program ID: 0400300111", "",
         "Interview dates:", f"  {slash(jan7)} ({jan7:%a})", f"  {slash(jan14)} ({jan14:%a})",
         f"  {slash(jan28)} ({jan28:%a})", "",
         "Respond by: 11/13/2026 11:59 PM ET", "",
         "Message from the program: We look forward to introducing you to Banner – University Medical Center "
         "Phoenix. Interviews are virtual."],
        must=["Banner University Medical Center Phoenix Program"], idates=[jan7, jan14, jan28],
        respond_by="11/13/2026 11:59 PM ET", deadline="2026-11-13")
    plat.eras_notice(
        "2026-11-06 09:30", "eras-interview-scheduled", "bumcp-anes", "scheduled", "ERAS Interview Scheduled",
        [f"Dear {ME_NAME},", "", "You have scheduled an interview.", "", f"Program: {pname}",
         "Specialty: Anesthesiology (Categorical)", f"Date: {slash(jan7)} ({jan7:%a})",
         "Time: 7:00 AM - 12:30 PM MST", "Location: Virtual", "",
         "Freeze Date: 12/31/2026"],
        must=[pname, "01/07/2027"], idates=[jan7], html_only=True)
    coord("2027-01-04 13:00", "banner-phoenix-anesthesiology-interview-thursday", "bumcp-anes", "reminder",
          ("Hollis, Marguerite", "marguerite.hollis@bannerhealth.com"),
          "Anesthesiology Interview Day - Thursday, January 7 (Zoom details)",
          """Good afternoon,

Thank you for choosing to interview with the Banner – University Medical Center Phoenix Anesthesiology
Residency. Your interview is this Thursday, January 7 at 7:00 AM Arizona time (we do not observe daylight
saving time, so that is 7:00 AM in Salt Lake City and Denver as well).

Zoom: https://bannerhealth.zoom.us/j/98877012344   Passcode: BUMCP-ANES

Our residents also rotate at Phoenix Children's and at the Banner MD Anderson Cancer Center in Gilbert.

Sincerely,

Marguerite Hollis
Residency Coordinator, Department of Anesthesiology
Banner – University Medical Center Phoenix | University of Arizona College of Medicine – Phoenix
1111 E McDowell Rd, Phoenix, AZ 85006

This e-mail may contain protected health information. Banner Health, Phoenix, Arizona.
""", AZ, idates=[jan7], must=["https://bannerhealth.zoom.us/j/98877012344"])
    sent("2027-01-08 07:10", "sent-thank-you-banner-phoenix-anesthesiology", "bumcp-anes", "info",
         [("Marguerite Hollis", "marguerite.hollis@bannerhealth.com")], "Thank you - Banner UMC Phoenix Anesthesiology",
         """Dear Ms. Hollis,

Thank you for organizing yesterday's interview. I enjoyed learning about the liver transplant anesthesia
experience at Banner – University Medical Center Phoenix. Please share my thanks with Dr. Raghunathan.

Sincerely,""")

    jan19, jan26 = d("2027-01-19"), d("2027-01-26")
    prog = "Banner – University Medical Center Phoenix – Internal Medicine (Preliminary)"
    plat.th_invite(
        "2026-12-10 09:00", "thalamus-invitation", "bumcp-imp", prog,
        ["The Internal Medicine Residency at Banner – University Medical Center Phoenix invites you to interview for "
         "a preliminary PGY-1 position. Preliminary residents complete the same inpatient curriculum as our "
         "categorical interns, with an elective block in anesthesiology or radiology."],
        [jan19, jan26], "https://app.thalamusgme.com/i/BUMCP-IM-P-3JD", subject="Banner UMC Phoenix IM Prelim - Interview")
    plat.th_booked("2026-12-10 09:20", "thalamus-interview-confirmed", "bumcp-imp", prog, jan19, "12:00 PM", "3:00 PM",
                   "MST (Arizona)", "Virtual", "Zoom", uid="th-bumcpimp-0119@thalamusgme.com",
                   start_dt=at(jan19, "12:00", AZ), minutes=180)
    sent("2027-01-20 08:00", "sent-thank-you-banner-phoenix-im-prelim", "bumcp-imp", "info",
         [("Banner UMC Phoenix IM Residency", "bumcp.imresidency@bannerhealth.com")],
         "Thank you - Preliminary Medicine interview 1/19",
         """Dear Internal Medicine Residency team,

Thank you for yesterday's preliminary-year interview. It was reassuring to hear how well your prelim interns
are integrated into the categorical class. Please pass my thanks to Dr. Fairweather-Nunez.

Best regards,""")

    coord("2026-11-13 14:00", "banner-tucson-anesthesiology-waitlist", "bumct-anes", "waitlist",
          ("UA Anesthesiology Residency", "anesresidency@anesthesiology.arizona.edu"),
          "Banner UMC Tucson Anesthesiology - interview waitlist",
          """Dear Noor,

Thank you for applying to the Anesthesiology Residency at the University of Arizona College of Medicine – Tucson
and Banner – University Medical Center Tucson. All of our interview dates are currently committed, and we have
placed you on our waitlist. We will contact you if an opening occurs.

Kind regards,
Anesthesiology Residency Program
Banner – University Medical Center Tucson | 1501 N Campbell Ave, Tucson, AZ 85724
""", AZ, must=["placed you on our waitlist"])
    coord("2027-01-27 10:00", "banner-tucson-anesthesiology-waitlist-closed", "bumct-anes", "rejection",
          ("UA Anesthesiology Residency", "anesresidency@anesthesiology.arizona.edu"),
          "Banner UMC Tucson Anesthesiology - interview season complete",
          """Dear Noor,

Our interview season has concluded, and we were not able to offer interviews to the applicants remaining on our
waitlist. We are releasing you from the waitlist and wish you the very best in the Match.

Anesthesiology Residency Program
University of Arizona College of Medicine – Tucson | Banner – University Medical Center Tucson
""", AZ, must=["releasing you from the waitlist"])


# ------------------------------------------------------------------ Kaiser Permanente LAMC anesthesiology
def kaiser():
    dec17, jan21 = d("2026-12-17"), d("2027-01-21")
    txt = """Dear Ms. Halvorsen,

Thank you for applying to the Anesthesiology Residency at Kaiser Permanente Los Angeles Medical Center (KP LAMC,
Southern California Permanente Medical Group). We are pleased to invite you to a virtual interview.

Please choose one of the following Thursdays and reply by Monday, November 9:
  - Thursday, December 17, 2026
  - Thursday, January 21, 2027

Note: KP LAMC is part of Kaiser Permanente Southern California and is not affiliated with the KP Northern
California residencies in Oakland, San Francisco or Santa Clara.

Sincerely,

Giselle Marchetti-Obi
Residency Coordinator, Department of Anesthesiology
Kaiser Permanente Los Angeles Medical Center | 4867 Sunset Blvd, Los Angeles, CA 90027
"""
    inv = coord("2026-11-03 12:00", "kp-lamc-anesthesiology-interview-invitation", "kplamc-anes", "invitation",
                ("Giselle Marchetti-Obi", "giselle.x.marchetti-obi@kp.org"),
                "KP LAMC Anesthesiology Residency - Invitation to Interview", txt, PT,
                idates=[dec17, jan21], respond_by="reply by Monday, November 9", deadline="2026-11-09",
                must=["Kaiser Permanente Los Angeles Medical Center"])
    rep = sent("2026-11-03 18:00", "sent-re-kp-lamc-anesthesiology-dec-17", "kplamc-anes", "scheduled",
               [("Giselle Marchetti-Obi", "giselle.x.marchetti-obi@kp.org")],
               "Re: KP LAMC Anesthesiology Residency - Invitation to Interview",
               """Dear Ms. Marchetti-Obi,

Thank you for the invitation! I would like to interview on Thursday, December 17, 2026.

Best regards,""", irt=inv, idates=[dec17],
               quote=q_gmail("2026-11-03 12:00", "Giselle Marchetti-Obi", "giselle.x.marchetti-obi@kp.org", txt))
    coord("2026-11-04 09:00", "re-kp-lamc-anesthesiology-confirmed", "kplamc-anes", "scheduled",
          ("Giselle Marchetti-Obi", "giselle.x.marchetti-obi@kp.org"),
          "RE: KP LAMC Anesthesiology Residency - Invitation to Interview",
          """Hi Noor,

You are confirmed for Thursday, December 17, 2026, 8:00 AM - 1:00 PM Pacific. The WebEx link will arrive a week
before.

Giselle
""" + q_outlook("2026-11-03 18:00", ME_NAME, ME, "Marchetti-Obi, Giselle X",
                "Re: KP LAMC Anesthesiology Residency - Invitation to Interview",
                "Thank you for the invitation! I would like to interview on Thursday, December 17, 2026.", PT),
          PT, irt=rep["mid"], idates=[dec17], must=["Thursday, December 17, 2026"])
    sent("2026-12-18 08:20", "sent-thank-you-kp-lamc-anesthesiology", "kplamc-anes", "info",
         [("Giselle Marchetti-Obi", "giselle.x.marchetti-obi@kp.org")], "Thank you - KP LAMC Anesthesiology",
         """Hi Giselle,

Thank you for a great interview day yesterday at KP LAMC. The residents' enthusiasm for the cardiac and
neuroanesthesia rotations was contagious. Please thank Dr. Yoon-Castellano for me.

Best,""")


# ------------------------------------------------------------------ Mayo Clinic Arizona (declined)
def mayo():
    dec7, jan11 = d("2026-12-07"), d("2027-01-11")
    prog = "Mayo Clinic Arizona - Anesthesiology (Categorical)"
    plat.th_invite(
        "2026-11-11 09:30", "thalamus-invitation", "mayoaz-anes", prog,
        ["The Anesthesiology Residency at Mayo Clinic in Arizona (Phoenix) invites you to interview. Our program is "
         "part of the Mayo Clinic College of Medicine and Science, and residents train at Mayo Clinic Hospital in "
         "Phoenix with selected rotations at Phoenix Children's.",
         "Kindly respond within 5 days of this invitation."],
        [dec7, jan11], "https://app.thalamusgme.com/i/MCA-ANES-2YV", respond_by="within 5 days", deadline="2026-11-16",
        subject="Mayo Clinic Arizona Anesthesiology - Interview Invitation")
    plat.th_declined("2026-11-12 21:00", "thalamus-invitation-declined", "mayoaz-anes", prog)
    sent("2026-11-12 21:05", "sent-decline-mayo-arizona-anesthesiology", "mayoaz-anes", "cancellation",
         [("Mayo Clinic Arizona Anesthesiology", "anesthesiologyresidencyaz@mayo.edu")],
         "Declining interview invitation - Noor Halvorsen",
         """Dear Program Coordinator,

Thank you very much for the invitation to interview with the Mayo Clinic Arizona Anesthesiology Residency. After
careful thought about my interview schedule, I have declined the invitation in Thalamus so that another applicant
can have the spot.

I'm grateful for your consideration.

Sincerely,""", must=["declined the invitation"])


# ------------------------------------------------------------------ UC Irvine anesthesiology (advanced)
def irvine():
    jan13, jan27 = d("2027-01-13"), d("2027-01-27")
    prog = "UC Irvine Health - Anesthesiology & Perioperative Care"
    camp = "Advanced (PGY-2) Anesthesiology - Match 2027"
    plat.ib_mail(
        "2026-11-18 09:00", "interviewbroker-invitation", "uci-anes", "invitation",
        "Invitation to interview: UCI Anesthesiology (Advanced)", prog, camp,
        ["The Department of Anesthesiology & Perioperative Care at the University of California, Irvine invites you "
         "to interview for an advanced position beginning PGY-2 in July 2028. (Categorical positions are "
         "scheduled through a separate campaign.)",
         "Select an interview date below. Dates fill quickly."],
        rows=[("Available", long(jan13)), ("Available", long(jan27))],
        url="https://www.interviewbroker.com/applicant/invite/uci-anes-adv-31b8", btn_label="Schedule interview",
        idates=[jan13, jan27], must=["Advanced (PGY-2)"])
    plat.ib_mail(
        "2026-11-18 09:25", "interviewbroker-confirmation", "uci-anes", "scheduled",
        "Interview scheduled: UC Irvine Health - Anesthesiology & Perioperative Care", prog, camp,
        ["You are scheduled. A calendar invitation is attached."],
        rows=[("Date", long(jan13)), ("Time", "7:00 AM - 12:00 PM Pacific"), ("Format", "Virtual (Zoom)")],
        idates=[jan13], must=[long(jan13)],
        cal=ics("ib-ucianes-0113@interviewbroker.com", at(jan13, "07:00", PT), 300, "UCI Anesthesiology Interview",
                "Zoom", "Scheduled through Interview Broker", prodid="-//Interview Broker//EN"))
    sent("2027-01-14 06:30", "sent-thank-you-uci-anesthesiology", "uci-anes", "info",
         [("UCI Anesthesiology Residency", "anesthesiaresidency@hs.uci.edu")], "Thank you - UCI Anesthesiology",
         """Dear UCI Anesthesiology team,

Thank you for yesterday's interview for the advanced position. I appreciated the chance to talk with residents
about UCI Medical Center's trauma volume and the point-of-care ultrasound curriculum.

Sincerely,""")


# ------------------------------------------------------------------ UCLA anesthesiology (advanced)
def ucla():
    dec14, jan11 = d("2026-12-14"), d("2027-01-11")
    prog = "UCLA Anesthesiology & Perioperative Medicine - Advanced (PGY-2)"
    plat.th_invite(
        "2026-10-30 10:00", "thalamus-invitation", "ucla-anes", prog,
        ["Thank you for your application to the advanced track of the UCLA Department of Anesthesiology & "
         "Perioperative Medicine. We are pleased to invite you to interview.",
         "Advanced residents join us in PGY-2 after a preliminary or transitional year elsewhere. Interviews are "
         "virtual and held on Mondays."],
        [dec14, jan11], "https://app.thalamusgme.com/i/UCLA-APM-ADV-K2",
        signer="Residency Program Office\nDavid Geffen School of Medicine at UCLA | University of California, Los Angeles",
        subject="UCLA Anesthesiology (Advanced) - Interview Invitation")
    plat.th_booked("2026-10-30 10:12", "thalamus-interview-confirmed", "ucla-anes", prog, dec14, "7:00 AM",
                   "12:30 PM", "PST", "Virtual", "Zoom", uid="th-uclaanes-1214@thalamusgme.com",
                   start_dt=at(dec14, "07:00", PT), minutes=330)
    coord("2026-12-10 15:00", "ucla-anesthesiology-interview-day-packet", "ucla-anes", "info",
          ("UCLA Anesthesiology Residency", "anesresidency@mednet.ucla.edu"),
          "Your UCLA Anesthesiology interview packet - Monday, December 14",
          """Dear Noor,

Attached is the information for your interview day on Monday, December 14. You will interview with three faculty
members and have lunch (virtually) with our residents. Our residents train at Ronald Reagan UCLA Medical Center,
UCLA Santa Monica Medical Center and the West Los Angeles VA; Harbor-UCLA and Olive View-UCLA run their own
anesthesiology programs and are not part of this interview.

The Zoom link will be e-mailed the morning of the interview.

Best regards,
Residency Program Office
UCLA Department of Anesthesiology & Perioperative Medicine | 757 Westwood Plaza, Los Angeles, CA 90095
""", PT, idates=[dec14], must=["Monday, December 14"])
    sent("2026-12-15 08:05", "sent-thank-you-ucla-anesthesiology", "ucla-anes", "info",
         [("UCLA Anesthesiology Residency", "anesresidency@mednet.ucla.edu")], "Thank you - UCLA Anesthesiology",
         """Dear UCLA Anesthesiology Residency Office,

Thank you for yesterday's interview day. I especially enjoyed meeting Dr. Halloran-Park and hearing about the
advanced track's research block. Please share my appreciation with the residents as well.

Sincerely,""")


# ------------------------------------------------------------------ Virginia Mason: anesthesiology (advanced) + TY
def virginia_mason():
    jan28, feb4 = d("2027-01-28"), d("2027-02-04")
    prog = "Virginia Mason Franciscan Health - Anesthesiology (Advanced)"
    plat.th_invite(
        "2026-12-09 14:00", "thalamus-invitation", "vm-anes", prog,
        ["The Anesthesiology Residency at Virginia Mason Medical Center in Seattle invites you to a virtual "
         "interview for an advanced (PGY-2 start) position.",
         "Virginia Mason Medical Center is the flagship of Virginia Mason Franciscan Health, formed in 2021 when "
         "Virginia Mason Health System and CHI Franciscan came together."],
        [jan28, feb4], "https://app.thalamusgme.com/i/VMFH-ANES-ADV-9T",
        signer="GME Office - Anesthesiology | Virginia Mason Franciscan Health",
        subject="Interview Invitation: Virginia Mason Anesthesiology")
    plat.th_booked("2026-12-09 14:10", "thalamus-interview-confirmed", "vm-anes", prog, jan28, "7:30 AM", "12:30 PM",
                   "PST", "Virtual", "Zoom", uid="th-vmanes-0128@thalamusgme.com", start_dt=at(jan28, "07:30", PT),
                   minutes=300)
    coord("2027-01-25 11:00", "virginia-mason-anesthesiology-interview-thursday", "vm-anes", "reminder",
          ("Linnea Haugstad", "linnea.haugstad@virginiamason.org"),
          "VM Anesthesiology - interview Thursday 1/28, Zoom + agenda",
          """Hi Noor,

Just a note ahead of your virtual interview with Virginia Mason Anesthesiology on Thursday, January 28. Please
log in at 7:20 AM Pacific.

Zoom: https://vmfh.zoom.us/j/92233107781  Passcode: VMANES

(If you also interviewed with our General Surgery or Transitional Year programs, those were separate
processes; this day is for the anesthesiology advanced position only.)

Linnea Haugstad
Residency Coordinator, Anesthesiology | Virginia Mason Medical Center
Virginia Mason Franciscan Health | 1100 Ninth Avenue, Seattle, WA 98101
""", PT, idates=[jan28], must=["https://vmfh.zoom.us/j/92233107781"])

    jan15, jan29 = d("2027-01-15"), d("2027-01-29")
    coord("2026-11-23 12:00", "virginia-mason-transitional-year-invitation", "vm-ty", "invitation",
          ("Virginia Mason TY Program", "gme.transitional@virginiamason.org"),
          "Transitional Year Interview Invitation - Virginia Mason",
          """Dear Noor Halvorsen,

Congratulations! The Transitional Year Program at Virginia Mason Medical Center would like to invite you to
interview. Our TY residents rotate through internal medicine, surgery, emergency medicine and anesthesiology,
which makes the year a natural fit for applicants heading into advanced anesthesiology positions.

We interview on two Fridays, Friday, January 15 and Friday, January 29, in person in Seattle (virtual available
on request). Please reserve a time slot on our SignUpGenius page:
https://www.signupgenius.com/go/10C0A4DAEAB2FA5FCC16-interview

Best,
Transitional Year Program | Graduate Medical Education
Virginia Mason Franciscan Health, Seattle
""", PT, idates=[jan15, jan29], must=["Transitional Year Program"])
    plat.signup("2026-11-23 13:05", "signupgenius-confirmation", "vm-ty", "scheduled",
                "Virginia Mason TY Interviews 2026-27", "Virginia Mason TY Program", jan15,
                "8:00am - 12:00pm (PT) - In person", "Virginia Mason Medical Center, Lindeman Pavilion, Seattle",
                must=["Virginia Mason TY Interviews"])
    sent("2027-01-16 10:20", "sent-thank-you-virginia-mason-ty", "vm-ty", "info",
         [("Virginia Mason TY Program", "gme.transitional@virginiamason.org")], "Thank you - Transitional Year interview",
         """Dear Dr. Marquez-Holt and the TY team,

Thank you for Friday's interview. Two days at Virginia Mason this week (surgery on Thursday, TY on Friday) left me
with a really clear sense of the culture, and the TY anesthesia elective is exactly what I would want before an
advanced anesthesiology position.

Warm regards,""")


# ------------------------------------------------------------------ Scripps Mercy TY
def scripps():
    dec2, dec9 = d("2026-12-02"), d("2026-12-09")
    txt = """Dear Noor,

Thank you for applying to the Transitional Year Residency at Scripps Mercy Hospital San Diego. We are pleased to
invite you to a virtual interview! (Please note we are separate from the Scripps Clinic / Scripps Green Hospital
programs in La Jolla.)

Interview days (8:00 AM - 12:00 PM Pacific):
- Wednesday, December 2
- Wednesday, December 9

Please reply with your preferred date by Friday, October 30.

All the best,

Araceli Montoya-Kerr
Program Coordinator, Transitional Year
Scripps Mercy Hospital | 4077 Fifth Avenue, MER-35, San Diego, CA 92103
Scripps Health
"""
    inv = coord("2026-10-26 13:00", "scripps-mercy-ty-interview-invitation", "scripps-ty", "invitation",
                ("Montoya-Kerr, Araceli", "montoya-kerr.araceli@scrippshealth.org"),
                "Scripps Mercy TY - Interview Invitation", txt, PT, idates=[dec2, dec9],
                respond_by="by Friday, October 30", deadline="2026-10-30", must=["Scripps Mercy Hospital"])
    rep = sent("2026-10-26 20:00", "sent-re-scripps-mercy-ty-dec-2", "scripps-ty", "scheduled",
               [("Araceli Montoya-Kerr", "montoya-kerr.araceli@scrippshealth.org")],
               "Re: Scripps Mercy TY - Interview Invitation",
               """Hi Ms. Montoya-Kerr,

Thank you so much for the invitation. I'd like to interview on Wednesday, December 2, please.

Best,""", irt=inv, idates=[dec2],
               quote=q_gmail("2026-10-26 13:00", "Montoya-Kerr, Araceli", "montoya-kerr.araceli@scrippshealth.org",
                             txt))
    coord("2026-10-27 08:30", "re-scripps-mercy-ty-confirmed", "scripps-ty", "scheduled",
          ("Montoya-Kerr, Araceli", "montoya-kerr.araceli@scrippshealth.org"),
          "RE: Scripps Mercy TY - Interview Invitation",
          """Hi Noor,

Perfect - you're confirmed for Wednesday, December 2 from 8:00 AM to 12:00 PM Pacific. The Zoom link will come
the week of your interview.

Araceli
""", PT, irt=rep["mid"], idates=[dec2], must=["Wednesday, December 2"])
    sent("2026-12-03 07:15", "sent-thank-you-scripps-mercy-ty", "scripps-ty", "info",
         [("Araceli Montoya-Kerr", "montoya-kerr.araceli@scrippshealth.org")], "Thank you - Scripps Mercy TY",
         """Hi Araceli,

Thank you for a lovely interview morning yesterday. Please pass my thanks to Dr. Lindahl and the TY residents -
the Hillcrest community and the anesthesia elective block really stood out.

All the best,""")
