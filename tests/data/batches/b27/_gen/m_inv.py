"""Invitations (22): Thalamus 6, ERAS 4, Interview Broker 3, ResidencyCAS 2, program e-mail 7 (one self-forward)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =========================================================================== Thalamus
@reg
def thal_hup():
    sent = at(UTC, "2026-10-08T13:47:22")
    ds = [iv("2026-11-05"), iv("2026-11-19"), iv("2026-12-03"), iv("2026-12-17"), iv("2027-01-07")]
    url = "https://app.thalamusgme.com/applicant/invitations/PENN-ANES-CAT-60418"
    note = (
        "Dear Maren,\n\n"
        "Congratulations! The Department of Anesthesiology and Critical Care at the Hospital of the University of "
        "Pennsylvania is delighted to invite you to interview for our categorical position (PGY-1 through CA-3). "
        "Your intern year is completed here at Penn, so there is no separate preliminary or transitional "
        "application to worry about for our program.\n\n"
        "All interviews this season are virtual. The day runs from 7:30 AM to about 1:00 PM Eastern and includes "
        "a welcome from our Chair, three one-on-one faculty interviews, and a live walk-through of our operating "
        "rooms with two of our CA-2s. On the Wednesday evening before each interview date our residents host a "
        "casual virtual happy hour (6:30 PM ET); the link will come with your itinerary.\n\n"
        "Residents train at HUP, Penn Presbyterian Medical Center, Pennsylvania Hospital, the Children\u2019s "
        "Hospital of Philadelphia, and the Corporal Michael J. Crescenz VA Medical Center.\n\n"
        "Please claim a date within 5 days of receiving this invitation. After that we may release unclaimed "
        "invitations to applicants on our waitlist.\n\n"
        "Jonah Feld-Ramirez\nResidency Program Coordinator\nDepartment of Anesthesiology and Critical Care\n"
        "Perelman School of Medicine, University of Pennsylvania\n3400 Spruce Street, 680 Dulles Building, "
        "Philadelphia, PA 19104")
    thalamus("b27-inv-thal-hup-anes.eml",
             lab("invitation", "Hospital of the University of Pennsylvania", "thalamus", ANES, "categorical",
                 "virtual", ds, plus(sent, days=5), url),
             sent, "Hospital of the University of Pennsylvania has invited you to interview",
             "You have a new interview invitation",
             "Hospital of the University of Pennsylvania has invited you to interview for Anesthesiology. Review "
             "the details below and pick the date that works best for you.",
             facts=[("Program", "Hospital of the University of Pennsylvania \u2013 Anesthesiology (Categorical)"),
                    ("Interview type", "Virtual"),
                    ("Dates", " \u00b7 ".join(abbr(x) for x in ds)),
                    ("Respond", "within 5 days")],
             note=note, cta="Select a date", url=url)


@reg
def thal_sinai():
    sent = at(UTC, "2026-10-06T14:03:10")
    ds = [iv("2026-11-09"), iv("2026-11-23"), iv("2026-12-07"), iv("2027-01-11")]
    url = "https://app.thalamusgme.com/applicant/invitations/ISMMS-ANES-C-22871"
    note = (
        "On behalf of our Program Director and the selection committee, thank you for applying. We enjoyed your "
        "application and would love to get to know you on one of our Monday virtual interview days.\n\n"
        "Each day opens at 8:00 AM ET with a program overview, followed by four interviews (two faculty, one "
        "chief resident, one subspecialty division director) and a resident-only Q&A that ends around 1:30 PM.\n\n"
        "A quick note, since we hear this question every year: this invitation is for the anesthesiology "
        "residency based at The Mount Sinai Hospital on Fifth Avenue and 100th Street. Mount Sinai Morningside "
        "and Mount Sinai West run a separate anesthesiology residency with its own application review and "
        "interview calendar.\n\n"
        "Because our dates fill quickly, please respond within 72 hours.\n\n"
        "Department of Anesthesiology, Perioperative and Pain Medicine\n"
        "Icahn School of Medicine at Mount Sinai\nOne Gustave L. Levy Place, Box 1010, New York, NY 10029")
    thalamus("b27-inv-thal-sinai-anes.eml",
             lab("invitation", "Icahn School of Medicine at Mount Sinai", "thalamus", ANES, "categorical",
                 "virtual", ds, plus(sent, hours=72), url),
             sent, "Interview Invitation \u2013 Anesthesiology, Icahn School of Medicine at Mount Sinai",
             "Congratulations! You\u2019re invited to interview",
             "Icahn School of Medicine at Mount Sinai would like to interview you for Anesthesiology "
             "(Categorical \u2013 PGY-1).",
             facts=[("Interview type", "Virtual"),
                    ("Available dates", "; ".join(fulln(x) for x in ds[:3]) + "; " + full(ds[3])),
                    ("Time zone", "Eastern Time (US & Canada)"),
                    ("Respond within", "72 hours")],
             note=note, cta="View invitation", url=url)


@reg
def thal_whc_prelim():
    sent = at(UTC, "2026-10-09T16:20:05")
    ds = [iv("2026-11-13"), iv("2026-12-04"), iv("2027-01-08")]
    url = "https://app.thalamusgme.com/applicant/invitations/MWHC-IMP-19052"
    note = (
        "Hello Maren \u2014\n\n"
        "Thank you for your interest in a preliminary year in Internal Medicine at MedStar Washington Hospital "
        "Center. Our prelim interns are headed into anesthesiology, neurology, radiology, dermatology and "
        "ophthalmology, and they do the same wards, ICU and night float blocks as our categorical interns.\n\n"
        "Preliminary interviews are virtual and take place on Friday afternoons, 12:00\u20134:30 PM Eastern. "
        "Categorical applicants are interviewed on different days, so you will only see fellow prelim "
        "candidates.\n\n"
        "Interns rotate at MedStar Washington Hospital Center and spend one elective month at MedStar "
        "Georgetown University Hospital.\n\n"
        "Please choose a date in Thalamus within 96 hours; after that the invitation may lapse.\n\n"
        "Best,\nGwendolyn Pratt-Nakamura, C-TAGME\nProgram Coordinator, Internal Medicine Residency\n"
        "MedStar Washington Hospital Center | 110 Irving Street NW | Washington, DC 20010")
    thalamus("b27-inv-thal-medstarwhc-imprelim.eml",
             lab("invitation", "MedStar Washington Hospital Center", "thalamus", IM, "preliminary", "virtual", ds,
                 plus(sent, hours=96), url),
             sent, "New interview invitation: MedStar Washington Hospital Center",
             "Interview invitation",
             "MedStar Washington Hospital Center has invited you to interview for Internal Medicine "
             "(Preliminary).",
             facts=[("Program", "MedStar Washington Hospital Center \u2013 Internal Medicine (Preliminary)"),
                    ("Format", "Virtual"),
                    ("Open dates", ", ".join(abbrn(x) for x in ds[:2]) + ", " + abbr(ds[2]))],
             note=note, cta="Schedule your interview", url=url)


@reg
def thal_morristown():
    sent = at(UTC, "2026-10-16T18:05:44")
    ds = [iv("2026-11-11"), iv("2026-12-02"), iv("2027-01-06")]
    dl = at(ET, "2026-10-23T17:00")
    url = "https://app.thalamusgme.com/applicant/invitations/MMC-GS-CAT-77120"
    note = (
        f"Dear Maren,\n\n"
        f"It was a pleasure having you on our trauma and acute care surgery service for your acting internship in "
        f"August, and the whole team was glad to see your application come through. We are pleased to invite "
        f"you to interview for a categorical position in the General Surgery Residency at Morristown Medical "
        f"Center.\n\n"
        f"Interview days are in person, on Wednesdays, at Morristown Medical Center, 100 Madison Avenue, "
        f"Morristown, NJ. We host an informal dinner with residents on the Tuesday evening before each "
        f"interview day. Our residents also rotate at Overlook Medical Center in Summit and Chilton Medical "
        f"Center in Pompton Plains, both part of Atlantic Health System.\n\n"
        f"Please accept a date no later than 5:00 PM Eastern on {full(dl.date())}.\n\n"
        f"With best regards,\nDaniel Okafor-Lindqvist, MD, FACS\nProgram Director, General Surgery\n"
        f"Morristown Medical Center | Atlantic Health System")
    thalamus("b27-inv-thal-morristown-surg.eml",
             lab("invitation", "Morristown Medical Center", "thalamus", SURG, "categorical", "in_person", ds, dl,
                 url),
             sent, "You\u2019re invited: General Surgery (Categorical) at Morristown Medical Center",
             "You\u2019ve been invited to interview",
             "Morristown Medical Center has invited you to interview for Surgery \u2013 Categorical.",
             facts=[("Interview type", "In-Person"), ("Location", "Morristown, NJ"),
                    ("Dates", " | ".join(full(x) for x in ds)),
                    ("Respond by", f"{abbr(dl.date())}, 5:00 PM EDT")],
             note=note, cta="Accept invitation", url=url)


@reg
def thal_christiana_ty():
    sent = at(UTC, "2026-10-19T15:31:02")
    ds = [iv("2026-11-17"), iv("2026-12-08"), iv("2027-01-05"), iv("2027-01-19")]
    url = "https://app.thalamusgme.com/applicant/invitations/CCHS-TY-40736"
    orient = d("2027-06-21")
    note = (
        f"Greetings from Delaware!\n\n"
        f"Thank you for applying to the ChristianaCare Transitional Year Residency. We would be happy to host "
        f"you for an in-person interview day at Christiana Hospital, 4755 Ogletown-Stanton Road, Newark, DE "
        f"19718. Days run Tuesdays from 7:45 AM to about 2:00 PM and include lunch with our TY interns and a "
        f"tour of Christiana Hospital and Wilmington Hospital.\n\n"
        f"Our TY interns will go on to anesthesiology, radiology, dermatology, PM&R and ophthalmology; most of "
        f"them do their advanced training elsewhere, and we are glad to help you coordinate around other "
        f"interviews.\n\n"
        f"For planning only: intern orientation for the incoming class starts {full(orient)}.\n\n"
        f"Please sign up within 5 days of this invitation.\n\n"
        f"Warmly,\nShanice Underwood-Kaur\nGME Coordinator, Transitional Year Program\nChristianaCare")
    thalamus("b27-inv-thal-christiana-ty.eml",
             lab("invitation", "ChristianaCare", "thalamus", TY, None, "in_person", ds, plus(sent, days=5), url),
             sent, "Interview Invitation \u2013 Transitional Year, ChristianaCare",
             "You\u2019re invited to interview",
             "ChristianaCare has invited you to interview for Transitional Year. Dates are offered on a "
             "first-come, first-served basis.",
             facts=[("Interview type", "In-Person"), ("Location", "Newark, DE"),
                    ("Dates offered", ", ".join(abbr(x) for x in ds))],
             note=note, cta="Choose your date", url=url)


@reg
def thal_jfk_neuro():
    sent = at(UTC, "2026-10-29T20:40:13")
    ds = [iv("2026-11-20"), iv("2026-12-11"), iv("2027-01-08"), iv("2027-01-22")]
    url = "https://app.thalamusgme.com/applicant/invitations/JFKUMC-NEU-C-31190"
    note = (
        "Dear Applicant,\n\n"
        "The Neurology Residency Program at JFK University Medical Center (formerly JFK Medical Center), home "
        "of the JFK Neuroscience Institute, is pleased to invite you to a virtual interview for our categorical "
        "PGY-1 position. Our program is part of Hackensack Meridian Health and our faculty teach at the "
        "Hackensack Meridian School of Medicine.\n\n"
        "Interview days are held on Fridays on Zoom, 8:15 AM to 1:00 PM Eastern. You will meet our Program "
        "Director, two faculty members, and our chief residents, and you will see our comprehensive stroke "
        "center and epilepsy monitoring unit on a live video tour.\n\n"
        "Kindly schedule within 7 days of receiving this message.\n\n"
        "Sincerely,\nNeurology Residency Program\nJFK University Medical Center\n65 James Street, Edison, NJ 08820")
    thalamus("b27-inv-thal-jfk-neuro.eml",
             lab("invitation", "JFK University Medical Center", "thalamus", NEU, "categorical", "virtual", ds,
                 plus(sent, days=7), url),
             sent, "Interview invitation from JFK University Medical Center",
             "New interview invitation",
             "JFK University Medical Center has invited you to interview: Neurology \u2013 Categorical.",
             facts=[("Specialty", "Neurology"), ("Track", "Categorical"), ("Interview type", "Virtual"),
                    ("Dates", " / ".join(abbrn(x) for x in ds))],
             note=note, cta="Respond now", url=url)


# =========================================================================== ERAS interview scheduler
def _grid(ds, start, status="Open"):
    return (["Interview Date", "Day", "Start Time", "Status"],
            [[num(x), f"{x:%A}", start, status] for x in ds])


@reg
def eras_ummc_anes():
    sent = at(ET, "2026-10-12T10:15:08")
    ds = [iv("2026-11-10"), iv("2026-11-20"), iv("2026-12-08"), iv("2027-01-08")]
    dl = at(ET, "2026-10-19T17:00")
    body = (
        "You have been invited to interview.\n\n"
        "Program: University of Maryland Medical Center Program\n"
        "Specialty: Anesthesiology\nTrack: Categorical\nInterview type: In-person\n"
        f"Please respond by: {num(dl.date())} 05:00 PM ET\n"
        "Freeze date: 7 days before the selected interview date\n\n"
        "Message from the program:\n"
        "Dear Ms. Adeyemi-Ferraro, thank you for your interest in anesthesiology training at the University of "
        "Maryland Medical Center. We would like to invite you to an in-person interview day in Baltimore. Days "
        "begin at 7:00 AM in the Department of Anesthesiology, 22 South Greene Street, and include a tour of "
        "the R Adams Cowley Shock Trauma Center. A resident-hosted dinner is held the evening before each "
        "interview date. If you have also applied to the preliminary medicine program in our Department of "
        "Medicine, please note that its interviews are scheduled separately.")
    eras("b27-inv-eras-ummc-anes.eml",
         lab("invitation", "University of Maryland Medical Center", "eras", ANES, "categorical", "in_person", ds,
             dl, MYERAS),
         sent, "Interview Invitation - University of Maryland Medical Center Program",
         "Interview Invitation", body, _grid(ds, "07:00 AM ET"),
         tail="Interview dates are held on a first-come, first-served basis. After the freeze date you may no "
              "longer reschedule through MyERAS; please contact the program directly.")


@reg
def eras_gwu_anes():
    sent = at(ET, "2026-10-15T14:02:51")
    ds = [iv("2026-11-16"), iv("2026-11-30"), iv("2026-12-14"), iv("2027-01-04")]
    dl = at(ET, "2026-10-22T23:59")
    body = (
        "A program has invited you to interview. Details appear below.\n\n"
        "Program: George Washington University Program\nSpecialty: Anesthesiology\nTrack: Advanced (PGY-2)\n"
        "Interview type: Virtual\n"
        f"Response deadline: {num(dl.date())} 11:59 PM ET\n\n"
        "Message from the program:\n"
        "Thank you for applying to the GW Anesthesiology Residency. This invitation is for our advanced "
        "position, which begins in the CA-1 year after you complete a preliminary or transitional PGY-1 "
        "elsewhere. Interviews are held on Monday mornings by Zoom and last about four hours; you will receive "
        "a detailed schedule one week in advance. Our residents train at The George Washington University "
        "Hospital in Foggy Bottom and at Children\u2019s National Hospital.\n\n"
        "Department of Anesthesiology and Critical Care Medicine, George Washington University")
    eras("b27-inv-eras-gwu-anes.eml",
         lab("invitation", "George Washington University", "eras", ANES, "advanced", "virtual", ds, dl, MYERAS),
         sent, "You have been invited to interview: George Washington University Program",
         "Interview Invitation", body,
         (["Date", "Weekday", "Session", "Availability"],
          [[num(x), f"{x:%a}", "AM (8:00 AM ET)", "Available"] for x in ds]))


@reg
def eras_njms_surg():
    sent = at(ET, "2026-10-13T08:30:40")
    ds = [iv("2026-11-20"), iv("2026-12-04"), iv("2026-12-18"), iv("2027-01-08")]
    dl = at(ET, "2026-10-20T12:00")
    body = (
        "Program: Rutgers New Jersey Medical School Program\nSpecialty: Surgery\nTrack: Categorical\n"
        "Interview type: In-person\n"
        f"Respond by: {num(dl.date())} 12:00 PM ET\n\n"
        "Program message:\n"
        "Congratulations! On behalf of the Department of Surgery at Rutgers New Jersey Medical School, we are "
        "pleased to invite you to interview for a categorical position in General Surgery. Interview days are "
        "in person in Newark and begin at 6:45 AM at University Hospital, 150 Bergen Street, with morning "
        "conference, followed by faculty interviews and lunch with the residents. Our residents rotate at "
        "University Hospital, the VA New Jersey Health Care System in East Orange, and Hackensack University "
        "Medical Center.\n\n"
        "This invitation is for the categorical track only. Preliminary positions are interviewed on separate "
        "dates.")
    eras("b27-inv-eras-njms-surg.eml",
         lab("invitation", "Rutgers New Jersey Medical School", "eras", SURG, "categorical", "in_person", ds, dl,
             MYERAS),
         sent, "Interview Invitation - Rutgers New Jersey Medical School Program (Surgery)",
         "You have a new interview invitation", body, _grid(ds, "06:45 AM ET", "Available"))


@reg
def eras_njms_prelim():
    sent = at(ET, "2026-10-15T16:45:19")
    ds = [iv("2026-11-24"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(ET, "2026-10-23T17:00")
    body = (
        "Program: Rutgers New Jersey Medical School Program\nSpecialty: Surgery\nTrack: Preliminary\n"
        "Interview type: Virtual\n"
        f"Respond by: {num(dl.date())} 05:00 PM ET\n\n"
        "Program message:\n"
        "Thank you for your application to the preliminary surgery program at Rutgers New Jersey Medical "
        "School. Preliminary interviews are virtual, held on Tuesday afternoons from 1:00 to 4:00 PM ET, and "
        "include a meeting with the Associate Program Director and two current preliminary residents.\n\n"
        "If you have also received an invitation for our categorical track, you are welcome to interview for "
        "both; the two are ranked separately in the Match.")
    eras("b27-inv-eras-njms-surgprelim.eml",
         lab("invitation", "Rutgers New Jersey Medical School", "eras", SURG, "preliminary", "virtual", ds, dl,
             MYERAS),
         sent, "Interview Invitation - Rutgers New Jersey Medical School Program (Surgery - Preliminary)",
         "You have a new interview invitation", body, _grid(ds, "01:00 PM ET", "Available"))


# =========================================================================== Interview Broker
@reg
def ib_uva_anes():
    sent = at(ET, "2026-10-14T09:00:12")
    ds = [iv("2026-11-06"), iv("2026-11-13"), iv("2026-12-11"), iv("2027-01-15")]
    dl = at(ET, "2026-10-21T12:00")
    url = "https://www.interviewbroker.com/applicant/invitation/UVA-ANES-2027-c31f7e"
    body = (
        "Dear Maren,\n\n"
        "The Department of Anesthesiology at the University of Virginia invites you to interview for the "
        "Categorical (4-year) Anesthesiology Residency, Match 2027.\n\n"
        "Our interview days are hybrid this year. On the day you choose, you may join us in person in "
        "Charlottesville at UVA Health University Medical Center, or take part by Zoom; the schedule, "
        "interviewers and evaluation are the same either way. Please let us know which you prefer when you "
        "sign up.\n\n"
        f"This invitation expires on {num(dl.date())} at 12:00 PM Eastern Time. Dates are listed below; "
        "available seats are shown when you log in.")
    ibroker("b27-inv-ib-uva-anes.eml",
            lab("invitation", "University of Virginia", "interview_broker", ANES, "categorical", "hybrid", ds, dl,
                url),
            sent, "Interview Invitation: University of Virginia - Anesthesiology",
            "University of Virginia \u2013 Anesthesiology (Categorical)", body,
            (["Interview date", "Check-in", "Format"],
             [[f"{x:%a} {num(x)}", "7:30 AM ET", "Hybrid (in person or Zoom)"] for x in ds]),
            url, "Schedule my interview",
            tail="Questions: Lauren Whitcomb-Adair, Residency Program Coordinator, Department of Anesthesiology, "
                 "University of Virginia School of Medicine, PO Box 800710, Charlottesville, VA 22908.",
            reply_to=a("Lauren Whitcomb-Adair", "lw7ad@uvahealth.org"))


@reg
def ib_bayview_im():
    sent = at(ET, "2026-10-05T11:12:37")
    ds = [iv("2026-11-04"), iv("2026-11-18"), iv("2026-12-09"), iv("2027-01-06")]
    url = "https://www.interviewbroker.com/applicant/invitation/JHBMC-IM-27-88d01b"
    body = (
        "Dear Dr. (to be) Adeyemi-Ferraro,\n\n"
        "Thank you for applying to the Internal Medicine Residency Program at Johns Hopkins Bayview Medical "
        "Center. We are delighted to invite you to a virtual interview for our categorical program.\n\n"
        "Interview days are Wednesdays, 8:00 AM to 12:45 PM Eastern, and include a morning report with our "
        "chief residents. Bayview residents spend most of their time on the Bayview campus in southeast "
        "Baltimore, with selected subspecialty rotations at The Johns Hopkins Hospital. Please note that we "
        "interview independently of the Osler Medical Residency.\n\n"
        "Please select a date within 72 hours of this email. If none of the dates work for you, reply to this "
        "message and we will do our best to accommodate you.")
    ibroker("b27-inv-ib-bayview-im.eml",
            lab("invitation", "Johns Hopkins Bayview Medical Center", "interview_broker", IM, "categorical",
                "virtual", ds, plus(sent, hours=72), url),
            sent, "Johns Hopkins Bayview Internal Medicine - Interview Invitation",
            "Johns Hopkins Bayview Medical Center \u2013 Internal Medicine (Categorical)", body,
            (["#", "Date", "Time (ET)"],
             [[str(i + 1), f"{x:%B} {x.day}, {x.year} ({x:%a})", "8:00 AM \u2013 12:45 PM"]
              for i, x in enumerate(ds)]),
            url, "View dates and schedule",
            reply_to=a("JHBMC Internal Medicine Residency", "bayviewimres@jhmi.edu"))


@reg
def ib_vcu_dr():
    sent = at(ET, "2026-10-27T13:40:02")
    ds = [iv("2026-11-17"), iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(ET, "2026-11-03T23:59")
    url = "https://www.interviewbroker.com/applicant/invitation/VCUHS-DR-2027-5e7a40"
    body = (
        "Hello Maren,\n\n"
        "On behalf of the Department of Radiology at VCU Health, it is my pleasure to invite you to interview "
        "for the Diagnostic Radiology (Advanced) position at Virginia Commonwealth University Health System. "
        "Our residents begin in the PGY-2 year after a clinical internship.\n\n"
        "All interviews are virtual this cycle. Each session starts at 8:30 AM Eastern with a welcome from the "
        "Program Director and a live read-out with our residents, then individual faculty interviews. Training "
        "sites include VCU Medical Center, Children\u2019s Hospital of Richmond at VCU, and the Central "
        f"Virginia VA Health Care System.\n\n"
        f"Please schedule by 11:59 PM Eastern on {full(dl.date())}. After that, unfilled invitations are "
        f"released.\n\n"
        f"Chandra Whitfield-Osei\nResidency Program Coordinator, Diagnostic Radiology\nVCU Health, Richmond, "
        f"Virginia")
    ibroker("b27-inv-ib-vcu-dr.eml",
            lab("invitation", "Virginia Commonwealth University Health System", "interview_broker", DR, "advanced",
                "virtual", ds, dl, url),
            sent, "Invitation to interview - VCU Health Diagnostic Radiology",
            "Virginia Commonwealth University Health System \u2013 Diagnostic Radiology (Advanced)", body,
            (["Session", "Date"], [[f"Session {i + 1}", f"{x:%A} {num(x)}"] for i, x in enumerate(ds)]),
            url, "Open my invitation")


# =========================================================================== ResidencyCAS
@reg
def rcas_jefferson():
    sent = at(UTC, "2026-10-21T15:00:27")
    ds = [iv("2026-11-16"), iv("2026-11-30"), iv("2026-12-14"), iv("2027-01-11")]
    dl = at(ET, "2026-10-23T11:00")
    body = (
        "Thomas Jefferson University Hospital \u2013 Obstetrics and Gynecology has invited you to interview.\n\n"
        "Interview format: Virtual\n"
        "Available dates:\n" + "\n".join(f"- {full(x)}" for x in ds) + "\n\n"
        f"Respond by: {mdy(dl.date())} 11:00 AM ET\n\n"
        "Message from the program:\n"
        "We\u2019re thrilled to invite you to interview with the Department of Obstetrics and Gynecology at "
        "Sidney Kimmel Medical College at Thomas Jefferson University. Interviews are virtual and run from "
        "9:00 AM to 2:00 PM ET. Our residents train at Thomas Jefferson University Hospital in Center City and "
        "at Jefferson Methodist Hospital in South Philadelphia. Please log in to ResidencyCAS to accept a date "
        "or decline the invitation.")
    rcas("b27-inv-rcas-jefferson-obgyn.eml",
         lab("invitation", "Thomas Jefferson University Hospital", "residencycas", OBGYN, None, "virtual", ds, dl,
             RCAS_PORTAL),
         sent, "Interview Invitation: Thomas Jefferson University Hospital", "You have a new interview invitation",
         body, RCAS_PORTAL, "Respond to invitation")


@reg
def rcas_inova():
    sent = at(UTC, "2026-10-21T15:00:51")
    ds = [iv("2026-11-19"), iv("2026-12-03"), iv("2027-01-07")]
    body = (
        "Inova Fairfax Medical Campus \u2013 Obstetrics and Gynecology has invited you to interview.\n\n"
        "Interview format: In person\nLocation: Inova Women\u2019s Hospital, 3300 Gallows Road, Falls Church, "
        "VA 22042\n"
        "Dates offered: " + ", ".join(f"{x:%a} {num(x)}" for x in ds) + "\n"
        "Please respond within 72 hours of receiving this invitation.\n\n"
        "Message from the program:\n"
        "Thank you for applying to our residency. Interview days begin at 7:30 AM with breakfast and a "
        "welcome from our Program Director and end after a tour of the Labor & Delivery unit and the Inova "
        "Schar Cancer Institute, at about 2:30 PM. Parking validation will be provided. We look forward to "
        "meeting you!")
    rcas("b27-inv-rcas-inova-obgyn.eml",
         lab("invitation", "Inova Fairfax Medical Campus", "residencycas", OBGYN, None, "in_person", ds,
             plus(sent, hours=72), RCAS_PORTAL),
         sent, "Interview Invitation: Inova Fairfax Medical Campus", "Interview invitation", body, RCAS_PORTAL,
         "Accept or decline")


# =========================================================================== program e-mail
@reg
def email_ummc_prelim():
    sent = at(ET, "2026-10-20T15:22:10")
    ds = [iv("2026-11-18"), iv("2026-12-16"), iv("2027-01-13")]
    dl = at(ET, "2026-10-26T12:00")
    plain = (
        "Dear Ms. Adeyemi-Ferraro,\n\n"
        "Thank you for applying to the Preliminary Internal Medicine Residency at the University of Maryland "
        "Medical Center. The selection committee was impressed with your application, and we would like to "
        "invite you to interview with us.\n\n"
        "Preliminary interviews are virtual (Zoom) and are held on the following Wednesdays:\n\n"
        + "\n".join(f"\u2022 {full(x)}" for x in ds) + "\n\n"
        "Each session runs from 12:30 to 4:30 PM Eastern. Please reply to this email with your first and second "
        f"choice by noon Eastern on {fulln(dl.date())}; dates are assigned in the order replies are received.\n\n"
        "We understand that many of our preliminary applicants are also interviewing with our Department of "
        "Anesthesiology or Department of Diagnostic Radiology and Nuclear Medicine. The two processes are "
        "independent, but if you let us know your other UMMC date we will make sure the two do not collide.\n\n"
        "Our preliminary interns rotate at the University of Maryland Medical Center, the UMMC Midtown Campus, "
        "and the Baltimore VA Medical Center.\n\n"
        "Warm regards,\n\n"
        "Tamika Brightwater-Osei\nResidency Program Coordinator, Internal Medicine\n"
        "Department of Medicine | University of Maryland School of Medicine\n"
        "22 S. Greene Street, Room N3E09 | Baltimore, MD 21201\n410-555-0186")
    emit("b27-inv-email-ummc-imprelim.eml",
         lab("invitation", "University of Maryland Medical Center", "email", IM, "preliminary", "virtual", ds, dl),
         a("Brightwater-Osei, Tamika", "tbrightwater-osei@som.umaryland.edu"),
         "University of Maryland Preliminary Medicine \u2013 Interview Invitation", sent, plain)


@reg
def email_wvu_anes():
    sent = at(ET, "2026-10-20T08:05:33")
    ds = [iv("2026-11-12"), iv("2026-12-10"), iv("2027-01-14"), iv("2027-01-21")]
    dl = at(ET, "2026-10-30T17:00")
    url = "https://www.signupgenius.com/go/10C0E4DA9AB2BA7FC1-wvuanes2027"
    plain = (
        "Hi Maren,\n\n"
        "Congratulations! The Department of Anesthesiology at West Virginia University would like to invite "
        "you to interview for our residency program for the 2027 Match.\n\n"
        "We are interviewing in person this year at J.W. Ruby Memorial Hospital in Morgantown. We offer the "
        "following Thursdays:\n\n"
        + "\n".join(f"- {fulln(x)}" for x in ds) + "\n\n"
        f"Please reserve your spot through SignUpGenius here: {url}\n\n"
        f"Sign-ups close at 5:00 PM on {full(dl.date())}. If none of these dates work, just reply and let me "
        "know.\n\n"
        "The evening before each interview day (Wednesday), our residents host a casual dinner downtown. We "
        "have a discounted block at the Courtyard by Marriott Morgantown; the booking code will be in your "
        "confirmation email. Residents also rotate at WVU Medicine Children\u2019s, which is connected to "
        "Ruby. (Just so there\u2019s no confusion, the WVU Charleston campus does not have an anesthesiology "
        "residency.)\n\n"
        "Looking forward to meeting you,\n\n"
        "Brianna Shoemaker-Tate\nProgram Coordinator | Anesthesiology Residency\nWest Virginia University "
        "School of Medicine | WVU Medicine\nPO Box 8255, 1 Medical Center Drive, Morgantown, WV 26506")
    emit("b27-inv-email-wvu-anes.eml",
         lab("invitation", "West Virginia University", "email", ANES, None, "in_person", ds, dl, url),
         a("WVU Anesthesiology Residency", "anesresidency@hsc.wvu.edu"),
         "WVU Anesthesiology Interview Invitation \u2013 Match 2027", sent, plain, html="plain")


@reg
def email_unionmem_im():
    sent = at(ET, "2026-10-13T12:48:55")
    ds = [iv("2026-11-05"), iv("2026-11-19"), iv("2026-12-10"), iv("2027-01-07")]
    dl = at(ET, "2026-10-23T23:59")
    url = "https://calendly.com/medstar-umh-im/residency-interview"
    plain = (
        "Dear Maren,\n\n"
        "Greetings from Baltimore! Thank you for applying to the categorical Internal Medicine Residency "
        "Program at MedStar Union Memorial Hospital. We are happy to invite you to a virtual interview.\n\n"
        "Interviews are held on Thursday mornings via Zoom. Available dates:\n\n"
        + "\n".join(f"\u2022 {x:%A} {num(x, year=False, pad=False)}" for x in ds) + "\n\n"
        f"You can book directly on our Calendly page: {url}\n"
        f"Please book by 11:59 PM on Friday, October 23. Slots are first come, first served.\n\n"
        "Our residents also rotate at MedStar Good Samaritan Hospital, and our program is affiliated with "
        "Georgetown University School of Medicine. Please don\u2019t hesitate to reach out with any "
        "questions.\n\n"
        "Sincerely,\n\n"
        "Rosalind Achterberg\nProgram Coordinator, Internal Medicine Residency\n"
        "MedStar Union Memorial Hospital\n201 E. University Parkway, Baltimore, MD 21218\n"
        "MedStar Health: It\u2019s how we treat people.")
    emit("b27-inv-email-unionmem-im.eml",
         lab("invitation", "MedStar Union Memorial Hospital", "email", IM, "categorical", "virtual", ds, dl, url),
         a("Union Memorial IM Residency", "umh.imresidency@medstar.net"),
         "Interview Invitation \u2013 MedStar Union Memorial Hospital Internal Medicine", sent, plain)


@reg
def email_hackensack_dr():
    sent = at(ET, "2026-10-27T10:30:04")
    ds = [iv("2026-11-18"), iv("2026-12-09"), iv("2027-01-13")]
    dl = at(ET, "2026-11-02T17:00")
    plain = (
        "Good morning,\n\n"
        "On behalf of Dr. Venkataraman and the Department of Radiology, I am pleased to invite you to interview "
        "for the Diagnostic Radiology Residency at Hackensack University Medical Center.\n\n"
        "Our interviews will be conducted virtually on the following dates:\n\n"
        + "\n".join(f"{i + 1}. {full(x)}" for i, x in enumerate(ds)) + "\n\n"
        "Each session begins at 9:00 AM and concludes by 1:30 PM (Eastern). Please reply to this email with "
        f"your first and second choice by 5:00 PM on {full(dl.date())}. We will confirm your date once we "
        "have heard from everyone.\n\n"
        "Residents train at Hackensack University Medical Center and the Joseph M. Sanzari Children\u2019s "
        "Hospital, and take part in teaching at the Hackensack Meridian School of Medicine.\n\n"
        "Kind regards,\n\n"
        "Kristen Albanese-Mbeki\nResidency Coordinator | Department of Radiology\n"
        "Hackensack University Medical Center | Hackensack Meridian Health\n"
        "30 Prospect Avenue, Hackensack, NJ 07601\n"
        "CONFIDENTIALITY NOTICE: This email may contain privileged information intended only for the "
        "recipient.")
    emit("b27-inv-email-hackensack-dr.eml",
         lab("invitation", "Hackensack University Medical Center", "email", DR, None, "virtual", ds, dl),
         a("Albanese-Mbeki, Kristen", "kristen.albanese-mbeki@hmhn.org"),
         "Hackensack University Medical Center Diagnostic Radiology \u2013 Interview Invitation", sent, plain)


@reg
def email_suny_neuro():
    sent = at(ET, "2026-11-02T09:55:41")
    ds = [iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(ET, "2026-11-06T17:00")
    plain = (
        "Dear Maren Adeyemi-Ferraro,\n\n"
        "Thank you for your application to the SUNY Downstate Neurology Residency Program. We would like to "
        "invite you to interview with us in person in Brooklyn.\n\n"
        "Interview dates (all Tuesdays):\n"
        + "\n".join(f"  {md(x)} ({x:%a})" for x in ds) + "\n\n"
        "The day starts at 8:00 AM at 450 Clarkson Avenue with breakfast and a welcome from our chair, "
        "followed by interviews, a tour of Kings County Hospital across the street, and lunch with our "
        "residents. Our residents also rotate at the Brooklyn campus of the VA NY Harbor Healthcare System.\n\n"
        f"Please reply with your preferred date by 5 PM on Friday, November 6. Dates are assigned first come, "
        "first served.\n\n"
        "Regards,\n"
        "Neurology Residency Office\nSUNY Downstate | Department of Neurology\n"
        "450 Clarkson Ave, MSC 1213, Brooklyn, NY 11203\nTel 718-555-0132")
    emit("b27-inv-email-suny-neuro.eml",
         lab("invitation", "SUNY Downstate", "email", NEU, None, "in_person", ds, dl),
         a("Downstate Neurology Residency", "neurology.residency@downstate.edu"),
         "SUNY Downstate Neurology - Interview Invitation", sent, plain, html=None)


@reg
def fwd_nypc_dr():
    orig = at(ET, "2026-11-09T09:12:30")
    sent = at(ET, "2026-11-09T20:41:07")
    ds = [iv("2026-12-10"), iv("2027-01-07"), iv("2027-01-21")]
    osubj = "Interview Invitation - NYP-Columbia Diagnostic Radiology"
    original = (
        "Dear Applicant,\n\n"
        "Thank you for applying to the NYP-Columbia Diagnostic Radiology Residency. We are pleased to invite "
        "you to a virtual interview.\n\n"
        "Interview dates:\n"
        + "\n".join(f"\u2022 {fulln(x)}" for x in ds) + "\n\n"
        "Interviews run from 8:00 AM to 12:30 PM ET and include a virtual tour of our reading rooms in the "
        "Milstein Hospital Building and at the Allen Hospital. Please reply within 48 hours with your preferred "
        "date and one alternate. (Please note that Columbia Radiology and NYP-Weill Cornell Radiology recruit "
        "separately.)\n\n"
        "Best regards,\nColumbia Radiology Residency Office\nNYP-Columbia | 622 West 168th Street, PB 1-301, "
        "New York, NY 10032")
    plain = (
        "fwd to personal so I don\u2019t lose it \u2014 reply by Wed morning!!\n\n"
        "________________________________\n"
        + outlook_hdr("Columbia Radiology Residency <radiologyresidency@cumc.columbia.edu>", orig,
                      f"Adeyemi-Ferraro, Maren <{SCHOOL_ME}>", osubj) + "\n\n" + original)
    emit("b27-inv-fwd-nypc-dr.eml",
         lab("invitation", "NYP-Columbia", "email", DR, None, "virtual", ds, plus(orig, hours=48)),
         a("Adeyemi-Ferraro, Maren", SCHOOL_ME), "FW: " + osubj, sent, plain)


@reg
def email_stluke_ty():
    sent = at(ET, "2026-10-26T11:05:18")
    ds = [iv("2026-11-23"), iv("2026-12-14"), iv("2027-01-11")]
    dl = at(ET, "2026-10-30T12:00")
    url = "https://forms.gle/SLUHNty27InterviewDays"
    plain = (
        "Dear Maren,\n\n"
        "We remember you from your neurology clerkship on our Bethlehem campus, and we are delighted to invite "
        "you to interview for the Transitional Year Residency at St. Luke's University Health Network!\n\n"
        "Interview days are in person at St. Luke's University Hospital \u2013 Bethlehem, 801 Ostrum Street, "
        "Bethlehem, PA 18015:\n\n"
        + "\n".join(f"- {fulln(x)}" for x in ds) + "\n\n"
        f"Please choose your date using this short form: {url}\n"
        "Kindly submit the form by noon on Friday, October 30.\n\n"
        "As you know, St. Luke's is also the regional campus of the Lewis Katz School of Medicine at Temple "
        "University, so some of our faculty will look familiar. The day ends with a tour of the Bethlehem and "
        "Anderson campuses.\n\n"
        "All the best,\n"
        "Renee Kowalski\nResidency Coordinator, Transitional Year\nSt. Luke's University Health Network\n"
        "801 Ostrum Street, Bethlehem, PA 18015")
    emit("b27-inv-email-stluke-ty.eml",
         lab("invitation", "St. Luke's University Health Network", "email", TY, None, "in_person", ds, dl, url),
         a("Kowalski, Renee", "renee.kowalski@sluhn.org"),
         "Transitional Year Interview Invitation \u2013 St. Luke\u2019s University Health Network", sent, plain)
