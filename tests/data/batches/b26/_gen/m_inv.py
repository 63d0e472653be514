"""Invitations (22): Thalamus 6, ERAS 4, Interview Broker 3, program e-mail 9 (one self-forward)."""
from lib import *  # noqa: F401,F403
import lib

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ======================================================================= Thalamus
@reg
def thal_chco():
    sent = at(UTC, "2026-10-15T16:04:19")
    ds = [iv("2026-11-10"), iv("2026-11-17"), iv("2026-12-03"), iv("2026-12-15")]
    url = "https://app.thalamusgme.com/applicant/invitations/CHCO-PEDS-C-51877"
    note = (f"Congratulations! On behalf of the Pediatric Residency Program at Children's Hospital Colorado and the "
            f"University of Colorado School of Medicine, we would love to meet you. All interview days are virtual "
            f"this season and run 8:00 AM to 1:30 PM Mountain.\n\n"
            f"Residents host an optional Meet the Residents evening over Zoom from 6:00 to 7:00 PM Mountain the night "
            f"before each interview day. Our residents rotate at Children's Colorado (Anschutz Medical Campus and "
            f"Colorado Springs), Denver Health, and the newborn nursery at UCHealth University of Colorado Hospital "
            f"\u2014 please note that the UCHealth adult programs recruit separately.\n\n"
            f"Please select a date within 72 hours of receiving this invitation. After that, unclaimed invitations "
            f"may be released to applicants on our waitlist.\n\n"
            f"Dr. Maya Ortiz-Whitfield, Program Director, and the Chief Residents")
    thalamus("b26-inv-thal-chco-peds.eml",
             lab("invitation", "Children's Hospital Colorado", "thalamus", PEDS, "categorical", "virtual", ds,
                 later(sent, hours=72), url),
             sent, "Interview Invitation: Children's Hospital Colorado \u2013 Pediatrics (Categorical)",
             "You've been invited to interview!",
             "Children's Hospital Colorado has invited you to interview for their Pediatrics (Categorical) "
             "program. Choose one of the available dates below in Thalamus.",
             details=[("Program", "Children's Hospital Colorado \u2013 Pediatrics (Categorical)"),
                      ("Interview type", "Virtual"),
                      ("Available dates", "; ".join(Ws(x) for x in ds)),
                      ("Respond within", "72 hours")],
             prog_msg=note, button="View invitation", url=url)


@reg
def thal_uwneuro():
    sent = at(UTC, "2026-10-20T17:30:02")
    ds = [iv("2026-11-18"), iv("2026-12-09"), iv("2027-01-13"), iv("2027-01-27")]
    dl = at(PT, "2026-11-02T23:59")
    url = "https://app.thalamusgme.com/applicant/invitations/UWNEURO-CAT-20931"
    note = (f"Thank you for applying to the University of Washington Neurology Residency Program. Our selection "
            f"committee enjoyed reading your application and we are pleased to invite you to a virtual interview "
            f"for the categorical (PGY-1 through PGY-4) position.\n\n"
            f"Interview days are Wednesdays; please sign up by 11:59 PM Pacific on {Wl(dl)}. "
            f"Residents will host an informal virtual social on the Tuesday evening before each interview date "
            f"(5:30 PM PT), no RSVP needed.\n\n"
            f"Our residents train at Harborview Medical Center, UW Medical Center \u2013 Montlake, and VA Puget "
            f"Sound. If you also applied to Child Neurology at Seattle Children's, that match is handled by a "
            f"separate committee and you will hear from them directly.\n\n"
            f"Warmly,\nSarah Lindqvist, Program Manager, Department of Neurology, UW Medicine")
    thalamus("b26-inv-thal-uwneuro-neuro.eml",
             lab("invitation", "University of Washington", "thalamus", NEU, "categorical", "virtual", ds, dl, url),
             sent, "Invitation to interview \u2013 University of Washington Neurology",
             "New interview invitation",
             "University of Washington has invited you to interview: Neurology \u2013 Categorical.",
             details=[("Program", "University of Washington \u2013 Neurology (Categorical)"),
                      ("Format", "Virtual"), ("Dates offered", " | ".join(Wsn(x) for x in ds))],
             prog_msg=note, button="Schedule now", url=url)


@reg
def thal_ohsu():
    sent = at(UTC, "2026-10-26T20:11:45")
    ds = [iv("2026-11-19"), iv("2026-11-30"), iv("2026-12-10"), iv("2027-01-11")]
    url = "https://app.thalamusgme.com/applicant/invitations/OHSU-IMC-77310"
    note = ("Greetings from Portland! The Oregon Health & Science University Internal Medicine Residency Program "
            "is delighted to invite you to interview with us for our Categorical track.\n\n"
            "All of our interviews are virtual. You will meet with two faculty members and one of our chief "
            "residents, and you'll get a live tour of the OHSU Hospital and the VA Portland Health Care System "
            "from current residents.\n\n"
            "Please reserve a date within 5 days of receiving this message. If none of the dates work, "
            "reply to imres@ohsu.edu and we will try to help.\n\n"
            "Kind regards,\nOHSU Internal Medicine Residency | Department of Medicine\n"
            "Oregon Health & Science University, 3181 SW Sam Jackson Park Rd, Portland OR 97239")
    thalamus("b26-inv-thal-ohsu-im.eml",
             lab("invitation", "Oregon Health & Science University", "thalamus", IM, "categorical", "virtual", ds,
                 later(sent, days=5), url),
             sent, "You're invited: Internal Medicine interview at Oregon Health & Science University",
             "Interview invitation",
             "Oregon Health & Science University would like to interview you for Internal Medicine - Categorical.",
             details=[("Interview type", "Virtual"), ("Open dates", ", ".join(Wsn(x) for x in ds)),
                      ("Time zone", "Pacific Time (US & Canada)")],
             prog_msg=note, button="Choose a date", url=url)


@reg
def thal_utsw():
    sent = at(UTC, "2026-10-09T14:22:37")
    ds = [iv("2026-11-06"), iv("2026-11-13"), iv("2026-12-04"), iv("2026-12-11")]
    url = "https://app.thalamusgme.com/applicant/invitations/UTSW-PSY-40215"
    note = ("Dear Applicant,\n\n"
            "On behalf of the Department of Psychiatry at UT Southwestern Medical Center, it is my pleasure to "
            "invite you to interview for our General Psychiatry Residency Program. Interviews are held virtually "
            "on Fridays from 8:30 AM to 2:00 PM Central.\n\n"
            "You'll learn about our clinical sites, including Parkland Health (formerly Parkland Health & "
            "Hospital System), the Dallas VA Medical Center, Children's Health Dallas and the William P. Clements "
            "Jr. University Hospital.\n\n"
            "We ask that you schedule within 7 days. Invitations not acted on after that may be withdrawn.\n\n"
            "Adam Reyes-Holloway, MD\nProgram Director, Psychiatry Residency\nUT Southwestern Medical Center")
    thalamus("b26-inv-thal-utsw-psych.eml",
             lab("invitation", "UT Southwestern Medical Center", "thalamus", PSY, "categorical", "virtual", ds,
                 later(sent, days=7), url),
             sent, "Interview invitation from UT Southwestern Medical Center",
             "Congratulations \u2014 you have a new interview invitation",
             "UT Southwestern Medical Center has invited you to interview for Psychiatry (Categorical).",
             details=[("Specialty", "Psychiatry"), ("Track", "Categorical"), ("Interview type", "Virtual"),
                      ("Dates", "\n".join(Wl(x) for x in ds).replace("\n", "; "))],
             prog_msg=note, button="Respond to invitation", url=url)


@reg
def thal_vm():
    sent = at(UTC, "2026-10-22T18:40:12")
    ds = [iv("2026-11-16"), iv("2026-12-07"), iv("2027-01-04")]
    dl = at(PT, "2026-11-04T17:00")
    orient = d("2027-06-21")
    url = "https://app.thalamusgme.com/applicant/invitations/VMFH-TY-2207"
    note = (f"Hello from Seattle! The Transitional Year Residency at Virginia Mason Franciscan Health (formerly "
            f"Virginia Mason Medical Center) would be glad to host you for an in-person interview day at our First "
            f"Hill campus, 1100 Ninth Avenue.\n\n"
            f"Please choose a date by 5:00 PM Pacific on {Wl(dl)}. The day starts at 7:15 AM with breakfast in "
            f"the Lindeman Pavilion and ends by 1:00 PM.\n\n"
            f"For planning purposes: PGY-1 orientation for the incoming class begins {Wl(orient)}.\n\n"
            f"Please note this invitation is for the TY program at the Seattle campus only, not for programs at "
            f"Virginia Mason Franciscan Health St. Joseph Medical Center in Tacoma.\n\n"
            f"Tess Marchetti\nGME Program Coordinator, Transitional Year")
    thalamus("b26-inv-thal-vm-ty.eml",
             lab("invitation", "Virginia Mason Franciscan Health", "thalamus", TY, None, "in_person", ds, dl, url),
             sent, "Interview Invitation \u2013 Transitional Year", "You've received an interview invitation",
             "Virginia Mason Franciscan Health has invited you to interview for Transitional Year.",
             details=[("Interview type", "In-Person"), ("Location", "Seattle, WA"),
                      ("Available", ", ".join(Wsn(x) for x in ds))],
             prog_msg=note, button="View invitation", url=url)


@reg
def thal_barrow():
    sent = at(UTC, "2026-10-14T22:15:50")
    ds = [iv("2026-11-20"), iv("2026-12-04"), iv("2027-01-08")]
    dl = at(AZ, "2026-10-23T17:00")
    url = "https://app.thalamusgme.com/applicant/invitations/BNI-NEURO-31904"
    note = (f"Dear Dr. Solberg-Achebe (to be!),\n\n"
            f"We are thrilled to invite you to interview with the Neurology Residency Program at Barrow Neurological "
            f"Institute at St. Joseph's Hospital and Medical Center, a Dignity Health facility, in Phoenix, Arizona "
            f"(academic affiliate: Creighton University School of Medicine \u2013 Phoenix).\n\n"
            f"Our format is hybrid: the formal interviews take place on Zoom, and applicants who wish may join an "
            f"optional in-person tour of the Barrow campus the afternoon before their interview date. The tour has "
            f"no bearing on ranking.\n\n"
            f"Please accept a date no later than {Wn(dl)} at 5:00 PM Arizona time (MST \u2013 Arizona does not "
            f"observe daylight saving time).\n\n"
            f"Our positions are categorical (PGY-1 preliminary medicine year included).\n\n"
            f"Barrow Neurology Residency Office \u2022 350 W Thomas Rd, Phoenix AZ 85013")
    thalamus("b26-inv-thal-barrow-neuro.eml",
             lab("invitation", "Barrow Neurological Institute", "thalamus", NEU, "categorical", "hybrid", ds, dl, url),
             sent, "Interview invitation: Barrow Neurological Institute \u2013 Neurology",
             "New invitation to interview",
             "Barrow Neurological Institute at St. Joseph's Hospital and Medical Center has invited you to "
             "interview for Neurology (Categorical).",
             details=[("Interview type", "Hybrid"), ("Dates", " / ".join(Ws(x) for x in ds))],
             prog_msg=note, button="Accept or decline", url=url)


# ======================================================================= ERAS
@reg
def eras_ou():
    sent = at(CT, "2026-11-17T11:00:00")
    ds = [iv("2026-12-11"), iv("2026-12-18"), iv("2027-01-08"), iv("2027-01-15")]
    opens = later(sent, hours=24)
    dl = later(sent, hours=72)
    grid = (["Interview Date", "Day", "Format", "Check-in"],
            [[sl(x), f"{x:%A}", "In-Person", "7:00 AM CT"] for x in ds])
    pre = (f"Program: University of Oklahoma Health Sciences Center Program\n"
           f"Specialty: Orthopaedic Surgery\nTrack: Categorical\nApplicant: {NAME} (AAMC ID {AAMC})\n\n"
           f"The Department of Orthopaedic Surgery & Rehabilitation at the University of Oklahoma College of "
           f"Medicine invites you to interview in person in Oklahoma City.\n\n"
           f"This invitation is part of the coordinated orthopaedic release. Per the AOA/CORD interview guidelines, "
           f"scheduling opens 24 hours after release ({Wn(opens)} at 11:00 AM CT) and you must then accept a "
           f"date within 48 hours, i.e. by {Wl(dl)} at 11:00 AM CT. Invitations not accepted by then will lapse.")
    post = ("An optional resident-hosted dinner is held the evening before each interview date. Our residents "
            "rotate at OU Health University of Oklahoma Medical Center, Oklahoma Children's Hospital OU Health and "
            "the Oklahoma City VA Health Care System.\n\n"
            "Response Deadline: " + sl(dl) + " 11:00 AM CT")
    lib.eras("b26-inv-eras-ou-ortho.eml",
             lab("invitation", "University of Oklahoma Health Sciences Center", "eras", ORTHO, "categorical",
                 "in_person", ds, dl, MYERAS),
             sent, "Interview Invitation - University of Oklahoma Health Sciences Center Program",
             "You have been invited to interview", pre, grid, post)


@reg
def eras_lsu():
    sent = at(CT, "2026-10-19T09:47:00")
    ds = [iv("2026-11-10"), iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(CT, "2026-10-30T23:59")
    grid = (["Date", "Weekday", "Session", "Seats"],
            [[sl(x), f"{x:%A}", "Virtual - 8:00 AM to 12:30 PM CT", "Available"] for x in ds])
    pre = (f"LSU Health Sciences Center New Orleans Program - Neurology (Advanced) has invited you to "
           f"interview. Select one of the dates below in the ERAS Interview Scheduler.\n\n"
           f"Message from the program:\n"
           f"\u201cThank you for your interest in the LSU Health New Orleans Neurology Residency. Our positions are advanced "
           f"(PGY-2 start), so you will also need a preliminary or transitional year. Interviews will be "
           f"conducted virtually over Zoom. Residents rotate at University Medical Center New Orleans, Touro "
           f"Infirmary, Ochsner LSU Health partners in Baton Rouge for outpatient blocks, and child neurology at "
           f"Manning Family Children's (formerly Children's Hospital New Orleans). This invitation is from the New "
           f"Orleans campus only; LSU Health Shreveport runs a separate program.\u201d")
    post = f"Response Deadline: {sl(dl)} 11:59 PM CT\nFreeze Date: 3 business days before each session"
    lib.eras("b26-inv-eras-lsu-neuro.eml",
             lab("invitation", "LSU Health Sciences Center New Orleans", "eras", NEU, "advanced", "virtual", ds,
                 dl, MYERAS),
             sent, "Interview Invitation - LSU Health Sciences Center New Orleans Program",
             "Interview Invitation", pre, grid, post)


@reg
def eras_uthsa():
    sent = at(CT, "2026-11-03T13:05:00")
    ds = [iv("2026-11-30"), iv("2026-12-14"), iv("2027-01-04")]
    dl = at(CT, "2026-11-13T17:00")
    grid = (["Interview Date", "Day", "Type"], [[sl(x), f"{x:%a}", "Virtual"] for x in ds])
    pre = ("University of Texas Health Science Center at San Antonio Program\n"
           "Internal Medicine - Preliminary\n\n"
           "Dear Applicant,\n"
           "Thank you for applying to the Preliminary Medicine track at UT Health San Antonio (Joe R. and Teresa "
           "Lozano Long School of Medicine). We are pleased to offer you a virtual interview. Our primary teaching "
           "hospitals are University Hospital (University Health) and the Audie L. Murphy VA Hospital. "
           "Please note that we are not affiliated with UTHealth Houston.")
    post = (f"Please respond by {sl(dl)} 05:00 PM CT. You will not be able to change your date after the freeze "
            f"date (5 days before the interview).")
    lib.eras("b26-inv-eras-uthsa-imprelim.eml",
             lab("invitation", "University of Texas Health Science Center at San Antonio", "eras", IM, "preliminary",
                 "virtual", ds, dl, MYERAS),
             sent, "Interview Invitation", "Invitation to Interview", pre, grid, post)


@reg
def eras_ttep():
    sent = at(MT, "2026-10-29T10:12:00")
    ds = [iv("2026-11-18"), iv("2026-12-02"), iv("2026-12-16"), iv("2027-01-06")]
    dl = at(MT, "2026-11-05T17:00")
    grid = (["Date", "Day of Week", "Start (Mountain Time)", "Format"],
            [[sl(x), f"{x:%A}", "7:30 AM", "In-Person"] for x in ds])
    pre = ("Texas Tech University Health Sciences Center El Paso Program | Emergency Medicine\n\n"
           "Congratulations! The Emergency Medicine Residency at Texas Tech University Health Sciences Center El "
           "Paso (Paul L. Foster School of Medicine) invites you to an in-person interview at University Medical "
           "Center of El Paso. Please note El Paso observes Mountain Time, not Central Time like our Lubbock "
           "campus.")
    post = (f"Response Deadline: {sl(dl)} 05:00 PM MT\n"
            "A pre-interview social with residents takes place the evening before each date at a local restaurant "
            "(details after scheduling).")
    lib.eras("b26-inv-eras-ttep-em.eml",
             lab("invitation", "Texas Tech University Health Sciences Center El Paso", "eras", EM, None,
                 "in_person", ds, dl, MYERAS),
             sent, "Interview Invitation - Texas Tech University Health Sciences Center El Paso Program",
             "You have a new interview invitation", pre, grid, post)


# ======================================================================= Interview Broker
UOFU_RT = a("UofU Internal Medicine Residency", "im.residency@hsc.utah.edu")


@reg
def ib_uofu_cat():
    sent = at(MT, "2026-10-12T08:31:00")
    ds = [iv("2026-11-05"), iv("2026-11-12"), iv("2026-12-03"), iv("2026-12-17"), iv("2027-01-07")]
    url = "https://www.interviewbroker.com/applicant/invite/UU-IMCAT-27-8c2f1a"
    grid = (["Date", "Session", "Time (MT)", "Spots"],
            [[f"{x:%a} {sl(x)}", "Categorical Virtual Interview", "8:00 AM - 12:30 PM", "Open"] for x in ds])
    pre = (f"Dear {NAME},\n\n"
           "The University of Utah Internal Medicine Residency Program is pleased to invite you to interview for "
           "our Categorical track. This invitation is specific to the Categorical campaign; if you also applied to "
           "our Preliminary track you will receive a separate message.\n\n"
           "Interviews are virtual. Please schedule within 7 days of this email.")
    post = ("Our residents train at University of Utah Hospital, the George E. Wahlen Department of Veterans "
            "Affairs Medical Center and Huntsman Cancer Institute.\n\nUniversity of Utah Health | Department of "
            "Internal Medicine | 30 N Mario Capecchi Dr, Salt Lake City, UT 84112")
    ibroker("b26-inv-ib-uofu-im.eml",
            lab("invitation", "University of Utah", "interview_broker", IM, "categorical", "virtual", ds,
                later(sent, days=7), url),
            sent, "Interview Invitation: University of Utah Internal Medicine (Categorical)",
            "University of Utah - Internal Medicine Categorical", pre, grid, url, "Schedule your interview", post,
            reply_to=UOFU_RT)


@reg
def ib_uofu_prelim():
    sent = at(MT, "2026-10-12T08:33:00")
    ds = [iv("2026-11-13"), iv("2026-12-04"), iv("2027-01-15")]
    dl = at(MT, "2026-10-26T23:59")
    url = "https://www.interviewbroker.com/applicant/invite/UU-IMPRE-27-41d9e0"
    grid = (["Interview date", "Time (MT)"], [[f"{MDY(x)} ({x:%a})", "12:30 PM - 4:00 PM"] for x in ds])
    pre = (f"Hello {NAME.split()[0]},\n\n"
           "Thank you for applying to the Preliminary Medicine track (PGY-1 only) at the University of Utah. "
           "We'd like to invite you to a virtual interview. Preliminary interviews are held on Friday afternoons.\n\n"
           f"This invitation expires on {sl(dl)} at 11:59 PM Mountain Time.")
    ibroker("b26-inv-ib-uofu-imprelim.eml",
            lab("invitation", "University of Utah", "interview_broker", IM, "preliminary", "virtual", ds, dl, url),
            sent, "University of Utah IM - Preliminary Track Interview Invitation",
            "Preliminary Medicine Interview Invitation", pre, grid, url, "Choose a date",
            "Applicants who schedule both Categorical and Preliminary interviews will interview separately for "
            "each.", reply_to=UOFU_RT)


@reg
def ib_bcm():
    sent = at(CT, "2026-10-07T09:15:00")
    ds = [iv("2026-11-02"), iv("2026-11-11"), iv("2026-11-23"), iv("2026-12-09"), iv("2027-01-11")]
    url = "https://www.interviewbroker.com/applicant/invite/BCM-PEDS-27-ae3310"
    grid = (["", "Date", "Format"], [[f"{i + 1}.", Wl(x), "Virtual (Zoom)"] for i, x in enumerate(ds)])
    pre = (f"Dear {NAME},\n\n"
           "Congratulations! The Baylor College of Medicine Pediatric Residency Program at Texas Children's "
           "Hospital invites you to interview for a categorical position. Please select a date below within 48 "
           "hours of receiving this email.\n\n"
           "Please note: Baylor College of Medicine is an independent institution and is not part of Baylor "
           "Scott & White Health or Baylor University Medical Center in Dallas.")
    post = ("The evening before each interview day, our residents host a virtual \u201cHouston After Dark\u201d "
            "happy hour at 6:30 PM CT.\n\nPediatric Residency Office | Baylor College of Medicine | Texas "
            "Children's Hospital, 6621 Fannin St, Houston, TX 77030")
    ibroker("b26-inv-ib-bcm-peds.eml",
            lab("invitation", "Baylor College of Medicine", "interview_broker", PEDS, "categorical", "virtual", ds,
                later(sent, hours=48), url),
            sent, "Invitation to Interview \u2013 Baylor College of Medicine Pediatrics",
            "Interview Invitation - Pediatrics (Categorical)", pre, grid, url, "Select a date", post,
            reply_to=a("BCM Pediatrics Residency", "pedsres@bcm.edu"))


# ======================================================================= program e-mail
@reg
def email_dh():
    sent = at(MT, "2026-10-27T15:48:00")
    ds = [iv("2026-11-17"), iv("2026-12-01"), iv("2026-12-10"), iv("2027-01-05"), iv("2027-01-14")]
    dl = at(MT, "2026-11-02T12:00")
    body = (f"Dear {NAME.split()[0]},\n\n"
            "Congratulations! On behalf of the Denver Health Residency in Emergency Medicine, I am delighted to "
            "invite you to interview for the Match 2027 intern class. We were impressed by your application and "
            "would love the chance to get to know you.\n\n"
            "Our interview days are in person at Denver Health Medical Center, 777 Bannock Street. "
            "Please claim one of the following dates in the ResidencyCAS interview portal:\n\n"
            + "\n".join(f"- {Wn(x)}" for x in ds) + "\n\n"
            f"Portal: {RCAS_URL}\n\n"
            f"Please respond by 12:00 PM Mountain on {Wn(dl)}. Residents host a casual dinner the night before each "
            "interview day (6:30 PM, location shared once you schedule); it is optional and not evaluative.\n\n"
            "As you know, our residents train at Denver Health, UCHealth University of Colorado Hospital, Children's "
            "Hospital Colorado and St. Anthony Hospital (Flight for Life).\n\n"
            "Warmly,\n\n"
            "Kelsey Arguello\nProgram Coordinator | Denver Health Residency in Emergency Medicine\n"
            "Denver Health and Hospital Authority | 777 Bannock St, MC 0108, Denver, CO 80204\n"
            "p: 303-555-0170\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in "
            "error, please notify the sender and delete it.")
    emit("b26-inv-email-dh-em.eml",
         lab("invitation", "Denver Health", "email", EM, None, "in_person", ds, dl, RCAS_URL),
         a("Arguello, Kelsey", "kelsey.arguello@dhha.org"), "Denver Health EM \u2013 Interview Invitation (Match 2027)",
         sent, body)


@reg
def email_uaphx():
    sent = at(AZ, "2026-10-05T10:20:00")
    ds = [iv("2026-11-04"), iv("2026-11-18"), iv("2026-12-09"), iv("2027-01-13")]
    dl = at(AZ, "2026-10-16T17:00")
    url = "https://www.signupgenius.com/go/70A0C4BAEAD2CA4F94-uacomp-psych27"
    rows = [[Wn(x), "8:30 a.m. \u2013 1:00 p.m. (AZ)", "Zoom"] for x in ds]
    head = ["Interview date", "Time", "Platform"]
    top = (f"Dear {NAME},\n\n"
           "Thank you for your application to the Psychiatry Residency Program at the University of Arizona College "
           "of Medicine \u2013 Phoenix. We are pleased to invite you to a virtual interview. (This is the Phoenix "
           "program at Banner \u2013 University Medical Center Phoenix; the Tucson campus recruits separately.)\n\n"
           "Our available interview dates are:")
    bottom = (f"Please sign up using our SignUpGenius page: {url}\n\n"
              f"Kindly reserve your spot by {Wl(dl)} at 5 p.m. Arizona time. If you are no longer interested, just "
              "reply to let us know so we can offer the spot to another applicant.\n\n"
              "Best regards,\n"
              "Lorena Báez-Whitman, C-TAGME\nResidency Program Coordinator, Department of Psychiatry\n"
              "The University of Arizona College of Medicine \u2013 Phoenix | Banner \u2013 University Medicine\n"
              "1111 E McDowell Rd, Phoenix, AZ 85006")
    plain = top + "\n\n" + tbl_text(head, rows) + "\n\n" + bottom + "\n"
    html = to_html(top).replace("</div></body>", tbl_html(head, rows) + to_html(bottom).split("11pt\">", 1)[1]
                                .rsplit("</div></body>", 1)[0] + "</div></body>")
    emit("b26-inv-email-uaphx-psych.eml",
         lab("invitation", "University of Arizona College of Medicine \u2013 Phoenix", "email", PSY, None,
             "virtual", ds, dl, url),
         a("Báez-Whitman, Lorena", "lbaezwhitman@arizona.edu"), "Interview Invitation - UACOM-P Psychiatry Residency",
         sent, plain, html)


@reg
def email_ochsner():
    sent = at(CT, "2026-10-21T11:02:00")
    ds = [iv("2026-11-12"), iv("2026-12-08"), iv("2027-01-07"), iv("2027-01-19")]
    dl = at(CT, "2026-10-28T23:59")
    url = "https://forms.gle/OchsnerIMcat2027dates"
    head = ["Session", "Interview day", "Pre-interview social (virtual)"]
    rows = [[f"Session {i + 1}", f"{x:%a} {x.month}/{x.day}/{x.year % 100}",
             f"{x.fromordinal(x.toordinal() - 1):%a} {x.month if x.day > 1 else x.month - 1}/"
             f"{x.fromordinal(x.toordinal() - 1).day}, 6:00 PM CT"] for i, x in enumerate(ds)]
    top = (f"Dear Ms. Solberg-Achebe,\n\n"
           "On behalf of Program Director Dr. Renée Fontenot and our selection committee, thank you for applying to "
           "the Ochsner Clinic Foundation Internal Medicine Residency Program (Categorical). We are pleased to invite "
           "you to a virtual interview.\n\n"
           "Our interview sessions are listed below, along with the optional virtual social the evening before each "
           "one:")
    bottom = (f"Please select your session using this form by 11:59 PM Central on {Wn(dl)}: {url}\n"
              "Sessions are first come, first served; a session disappears from the form once it is full.\n\n"
              "Please note that this invitation is from Ochsner Medical Center \u2013 New Orleans (Jefferson "
              "Highway). Ochsner LSU Health Shreveport and the University of Queensland\u2013Ochsner Clinical School "
              "are separate.\n\n"
              "Thank you,\n"
              "Danielle Thibodeaux\nGME Program Coordinator II, Internal Medicine\nOchsner Health | 1514 Jefferson "
              "Hwy, New Orleans, LA 70121\n\n"
              "The information in this message is intended for the named recipient only.")
    plain = top + "\n\n" + tbl_text(head, rows) + "\n\n" + bottom + "\n"
    html = to_html(top).replace("</div></body>", tbl_html(head, rows) + to_html(bottom).split("11pt\">", 1)[1]
                                .rsplit("</div></body>", 1)[0] + "</div></body>")
    emit("b26-inv-email-ochsner-im.eml",
         lab("invitation", "Ochsner Clinic Foundation", "email", IM, "categorical", "virtual", ds, dl, url),
         a("Danielle Thibodeaux", "danielle.thibodeaux@ochsner.org"),
         "Ochsner Internal Medicine Residency - Interview Invitation", sent, plain, html)


@reg
def email_wsu():
    sent = at(PT, "2026-10-16T14:55:00")
    ds = [iv("2026-11-09"), iv("2026-12-07"), iv("2027-01-15")]
    body = (f"Hi {NAME.split()[0]},\n\n"
            "Greetings from Spokane! I'm reaching out on behalf of the WSU Psychiatry Residency Program. Our "
            "committee would like to invite you to an in-person interview day at Providence Sacred Heart Medical "
            "Center.\n\n"
            "Please reply to this email with your first and second choice from the options below:\n\n"
            f"  Option A \u2013 {Wn(ds[0])}\n"
            f"  Option B \u2013 {Wn(ds[1])}\n"
            f"  Option C \u2013 {Wn(ds[2])}, {ds[2].year}\n\n"
            "We ask that applicants reply within one week of this message. Each day begins at 8:00 AM (Pacific) and "
            "wraps up around 3:00 PM with a tour of the Spokane Teaching Health Clinic. A second look will be offered "
            "in February for anyone who wants to come back.\n\n"
            "Just so there's no confusion: we are the Washington State University Elson S. Floyd College of Medicine "
            "program in Spokane \u2014 not the University of Washington psychiatry program in Seattle.\n\n"
            "All the best,\n"
            "Marisol Keanaaina\nProgram Administrator | Psychiatry Residency\n"
            "Washington State University Elson S. Floyd College of Medicine\n"
            "Spokane, WA 99202 | 509-555-0144")
    emit("b26-inv-email-wsu-psych.eml",
         lab("invitation", "Washington State University Elson S. Floyd College of Medicine", "email", PSY,
             None, "in_person", ds, later(sent, days=7)),
         a("Keanaaina, Marisol", "marisol.keanaaina@wsu.edu"), "WSU Psychiatry Residency Interview - Spokane", sent,
         body, html=False)


@reg
def email_uthealth():
    sent = at(CT, "2026-11-17T11:00:00")
    ds = [iv("2026-12-14"), iv("2027-01-05")]
    dl = later(sent, hours=72)
    dinner = d("2026-12-13")
    body = (f"Dear {NAME},\n\n"
            "Congratulations! The Department of Orthopaedic Surgery at UTHealth Houston McGovern Medical School "
            "would like to invite you to interview for our residency program.\n\n"
            "In accordance with the coordinated orthopaedic interview release, the ERAS scheduling window will open "
            "24 hours after this email is sent and remain open for 48 hours. Please plan on scheduling during that "
            "window; any invitation not accepted within 72 hours of this message will be released.\n\n"
            "Interview days (in person, Memorial Hermann\u2013Texas Medical Center):\n"
            f"  \u2022 {Wn(ds[0])}\n"
            f"  \u2022 {Wn(ds[1])}, {ds[1].year}\n\n"
            f"For the December date, the department will host an applicant dinner on Sunday evening, "
            f"{MD(dinner)}.\n\n"
            f"Scheduling: {MYERAS}\n\n"
            "Please note: this is UTHealth Houston (The University of Texas Health Science Center at Houston), not UT "
            "Health San Antonio.\n\n"
            "Sincerely,\n"
            "Brandon Okafor\nResidency Program Manager | Orthopaedic Surgery\n"
            "McGovern Medical School at UTHealth Houston | 6400 Fannin St, Suite 1700, Houston, TX 77030")
    emit("b26-inv-email-uthealth-ortho.eml",
         lab("invitation", "UTHealth Houston McGovern Medical School", "email", ORTHO, None, "in_person",
             ds, dl, MYERAS),
         a("Okafor, Brandon", "brandon.okafor@uth.tmc.edu"),
         "UTHealth Houston Orthopaedic Surgery Residency - Interview Invitation", sent, body)


@reg
def email_unlv():
    sent = at(PT, "2026-10-08T13:37:00")
    ds = [iv("2026-11-03"), iv("2026-11-17"), iv("2026-12-08"), iv("2027-01-12")]
    url = "https://calendly.com/kskm-peds-residency/virtual-interview"
    body = (f"Hello {NAME.split()[0]}!\n\n"
            "Thank you so much for applying to the Pediatrics Residency at the Kirk Kerkorian School of Medicine at "
            "UNLV (formerly UNLV School of Medicine). We'd love to interview you!\n\n"
            "Our interviews are 100% virtual this year and take place on Tuesdays:\n"
            + "\n".join(f"* {x:%A} {x:%m}/{x:%d}/{x.year}" for x in ds) + "\n\n"
            f"Book a time on our Calendly: {url}\n\n"
            "Spots are first come, first served. Once a date is full it will disappear from the calendar. All times "
            "are Pacific.\n\n"
            "Our residents train at University Medical Center of Southern Nevada and its Children's Hospital of "
            "Nevada at UMC, plus Sunrise Children's Hospital. (Just in case: we're not affiliated with the "
            "University of Nevada, Reno pediatric program.)\n\n"
            "See you soon,\nAshlyn Torres-Nguyen\nPediatrics Residency Coordinator\n"
            "Kirk Kerkorian School of Medicine at UNLV | 1701 W Charleston Blvd, Las Vegas, NV 89102")
    emit("b26-inv-email-unlv-peds.eml",
         lab("invitation", "Kirk Kerkorian School of Medicine at UNLV", "email", PEDS, None, "virtual", ds,
             None, url),
         a("Ashlyn Torres-Nguyen", "ashlyn.torresnguyen@unlv.edu"), "Pediatrics Residency Interview Invitation!",
         sent, body)


@reg
def email_imc():
    sent = at(MT, "2026-10-14T16:10:00")
    ds = [iv("2026-11-20"), iv("2026-12-11"), iv("2027-01-08"), iv("2027-01-22")]
    dl = at(MT, "2026-10-21T12:00")
    head = ["", "Interview Day", "Resident dinner (optional)"]
    import datetime as _dt
    rows = [[chr(65 + i), Wl(x), f"{(x - _dt.timedelta(days=1)):%a %b} {(x - _dt.timedelta(days=1)).day}, 6:00 PM"]
            for i, x in enumerate(ds)]
    top = (f"Dear {NAME},\n\n"
           "Thank you for applying to the Intermountain Medical Center Transitional Year Residency. We are pleased "
           "to invite you for an in-person interview at our Murray campus.\n\n"
           "Please reply to this email with your top two choices from the table below:")
    bottom = (f"We kindly ask for your reply by noon on {Wn(dl)}. Dates are assigned in the order replies are "
              "received. Our incoming interns begin orientation in late June 2027.\n\n"
              "Intermountain Health (formerly Intermountain Healthcare) sponsors several programs; this invitation "
              "is for the Transitional Year at Intermountain Medical Center only, not Primary Children's Hospital or "
              "the University of Utah programs.\n\n"
              "Best,\nJordan Halvorsen\nProgram Coordinator, Transitional Year\nIntermountain Medical Center | 5121 "
              "S Cottonwood St, Murray, UT 84107")
    plain = top + "\n\n" + tbl_text(head, rows) + "\n\n" + bottom + "\n"
    html = to_html(top).replace("</div></body>", tbl_html(head, rows) + to_html(bottom).split("11pt\">", 1)[1]
                                .rsplit("</div></body>", 1)[0] + "</div></body>")
    emit("b26-inv-email-imc-ty.eml",
         lab("invitation", "Intermountain Medical Center", "email", TY, None, "in_person", ds, dl),
         a("Jordan Halvorsen", "jordan.halvorsen@imail.org"), "Intermountain TY Interview Invitation", sent, plain,
         html)


@reg
def email_osuchs():
    sent = at(CT, "2026-10-23T09:02:00")
    ds = [iv("2026-11-12"), iv("2026-12-03"), iv("2027-01-07")]
    body = (f"Good morning {NAME.split()[0]},\n\n"
            "The Emergency Medicine Residency at Oklahoma State University Center for Health Sciences in Tulsa is "
            "excited to invite you to interview with us! Interviews are in person at OSU Medical Center (formerly "
            "Tulsa Regional Medical Center), 744 W 9th St.\n\n"
            "Available Thursdays:\n"
            + "\n".join(f"  - Thursday {x.month}/{x.day}" for x in ds) + "\n\n"
            "Please reply within 72 hours with your preferred date so we can hold your spot. A resident "
            "meet-and-greet will follow each interview day at a restaurant in the Tulsa Arts District.\n\n"
            "(We're often confused with the OU-TU School of Community Medicine; we are the OSU program.)\n\n"
            "Go Pokes,\nCaleb Redbird\nResidency Coordinator - Emergency Medicine\n"
            "Oklahoma State University Center for Health Sciences | OSU Medicine\n918-555-0122")
    emit("b26-inv-email-osuchs-em.eml",
         lab("invitation", "Oklahoma State University Center for Health Sciences", "email", EM, None,
             "in_person", ds, later(sent, hours=72)),
         a("Caleb Redbird", "caleb.redbird@okstate.edu"), "OSU-CHS Emergency Medicine Interview Invitation", sent,
         body)


@reg
def fwd_cu():
    orig = at(MT, "2026-10-19T08:15:00")
    sent = at(MT, "2026-10-19T19:42:00")
    ds = [iv("2026-11-12"), iv("2026-12-10"), iv("2027-01-07")]
    inner = (f"Dear {NAME},\n\n"
             "Thank you for applying to the University of Colorado Adult Neurology Residency Program (categorical, "
             "PGY-1 start). We are pleased to invite you to a virtual interview.\n\n"
             "We have three interview days this season:\n"
             f"{Wn(ds[0])}\n{Wn(ds[1])}\n{Wn(ds[2])}, {ds[2].year}\n\n"
             "Please respond within 48 hours with your preferred date and we will send the Zoom details. Residents "
             "rotate at UCHealth University of Colorado Hospital on the Anschutz Medical Campus, Denver Health and the "
             "Rocky Mountain Regional VA Medical Center. Child Neurology interviews are coordinated separately by "
             "Children's Hospital Colorado.\n\n"
             "Sincerely,\nPriya Castellanos\nResidency Program Administrator, Department of Neurology\n"
             "University of Colorado School of Medicine | Anschutz Medical Campus, Aurora, CO")
    body = ("forwarding to my gmail so it's all in one place\n\n"
            "---------- Forwarded message ---------\n"
            f"From: Castellanos, Priya <priya.castellanos@cuanschutz.edu>\n"
            f"Date: {orig:%a}, {orig:%b} {orig.day}, {orig.year} at {hm(orig)}\n"
            "Subject: CU Neurology Residency Interview Invitation\n"
            f"To: {NAME} <{SCHOOL_ME}>\n\n" + inner + "\n")
    emit("b26-inv-fwd-cu-neuro.eml",
         lab("invitation", "University of Colorado", "email", NEU, "categorical", "virtual", ds,
             later(orig, hours=48)),
         a(NAME, SCHOOL_ME), "Fwd: CU Neurology Residency Interview Invitation", sent, body)
