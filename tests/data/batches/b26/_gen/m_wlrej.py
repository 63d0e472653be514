"""Waitlists (8) and rejections (10)."""
from lib import *  # noqa: F401,F403
import lib

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ======================================================================= waitlists
@reg
def wl_thal_uwim():
    sent = at(UTC, "2026-10-30T19:03:27")
    thalamus("b26-wl-thal-uw-im.eml",
             lab("waitlist", "University of Washington", "thalamus", IM, "categorical"),
             sent, "Waitlist update from University of Washington", "You've been added to a waitlist",
             "University of Washington \u2013 Internal Medicine (Categorical) has placed you on their interview "
             "waitlist. This program uses an ordered waitlist: if a date opens, Thalamus will notify applicants "
             "one at a time in the order set by the program, and you will have a limited window to claim it.",
             details=[("Program", "University of Washington \u2013 Internal Medicine (Categorical)"),
                      ("Waitlist type", "Ordered")],
             prog_msg="Thank you for your interest in UW Medicine Internal Medicine. Our interview days are "
                      "currently full, but we were impressed by your application and hope to be able to offer you "
                      "a spot. No action is needed on your part.",
             button="View your dashboard", url="https://app.thalamusgme.com/applicant/dashboard")


@reg
def wl_rcas_unm():
    sent = at(UTC, "2026-11-09T22:30:00")
    residencycas("b26-wl-rcas-unm-em.eml", lab("waitlist", "University of New Mexico", "residencycas", EM),
                 sent, "Interview waitlist: University of New Mexico - Emergency Medicine",
                 "You have been added to an interview waitlist",
                 f"Dear {NAME},\n\n"
                 "University of New Mexico School of Medicine - Emergency Medicine has added you to its interview "
                 "waitlist.\n\n"
                 "Waitlist type: Pooled. When an interview slot becomes available, every applicant on the waitlist "
                 "will be notified at the same time and the slot will go to the first applicant who schedules it.\n\n"
                 "Message from the program: Thank you for applying to UNM EM. We have more outstanding applicants "
                 "than interview spots and hope to open additional slots as the season goes on.",
                 url=RCAS_URL, label="View interviews")


@reg
def wl_eras_tulane():
    sent = at(CT, "2026-11-05T14:20:00")
    lib.eras("b26-wl-eras-tulane-neuro.eml",
             lab("waitlist", "Tulane University School of Medicine", "eras", NEU, "advanced"),
             sent, "Interview status update - Tulane University School of Medicine Program",
             "Your interview status has changed",
             "Program: Tulane University School of Medicine Program\nSpecialty: Neurology (Advanced)\n"
             "New status: Waitlisted\n\n"
             "Message from the program: All of our interview dates are currently filled. We have placed you on our "
             "waitlist and will contact you through ERAS if a date becomes available. Thank you for your interest in "
             "Tulane Neurology.")


@reg
def wl_ib_bsw():
    sent = at(CT, "2026-11-10T08:45:00")
    ds = [iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-19")]
    url = "https://www.interviewbroker.com/applicant/waitlist/BSWT-TY-27-9d7c44"
    grid = (["Date", "Day", "Status"], [[sl(x), f"{x:%A}", "FULL - join waitlist"] for x in ds])
    ibroker("b26-wl-ib-bsw-ty.eml",
            lab("waitlist", "Baylor Scott & White Medical Center \u2013 Temple", "interview_broker", TY, None, None,
                ds, None, url),
            sent, "Waitlist invitation - Baylor Scott & White Temple Transitional Year",
            "Transitional Year - Waitlist",
            f"Dear {NAME},\n\n"
            "Thank you for applying to the Transitional Year program at Baylor Scott & White Medical Center \u2013 "
            "Temple. All of our interview dates are currently full. You may join the waitlist for any of the dates "
            "below; if a spot opens, Interview Broker will email you and the first applicant to accept will receive "
            "it.\n\n"
            "(Baylor Scott & White Health is not affiliated with Baylor College of Medicine in Houston.)",
            grid, url, "Join the waitlist", reply_to=a("BSW Temple TY", "ty.temple@bswhealth.org"))


@reg
def wl_email_phxchildrens():
    sent = at(AZ, "2026-10-29T16:45:00")
    body = (f"Dear {NAME.split()[0]},\n\n"
            "Thank you for your application to the Phoenix Children's Pediatric Residency Program. We received more "
            "than 1,900 applications for 26 categorical positions this year.\n\n"
            "At this time, we have placed your application on our alternate list. As interview spots open up, we "
            "reach out to applicants on the alternate list by email, so please keep an eye on your inbox and spam "
            "folder. We expect to send updates through mid-December.\n\n"
            "We appreciate your interest in training with us at Phoenix Children's and our partners at Valleywise "
            "Health and Banner \u2013 University Medical Center Phoenix.\n\n"
            "Warm regards,\nPediatric Residency Program\nPhoenix Children's | 1919 E Thomas Rd, Phoenix, AZ 85016")
    emit("b26-wl-email-phxchildrens-peds.eml", lab("waitlist", "Phoenix Children's", "email", PEDS, "categorical"),
         a("Phoenix Children's Pediatric Residency", "pedsresidency@phoenixchildrens.com"),
         "Phoenix Children's Pediatric Residency - Application Update", sent, body)


@reg
def wl_email_ohsu_ortho():
    sent = at(PT, "2026-11-19T13:14:00")
    body = (f"Dear {NAME},\n\n"
            "Thank you for applying to the Orthopaedics & Rehabilitation residency at Oregon Health and Science "
            "University. Our interview invitations for this cycle have been released. While we are not able to "
            "offer you an interview date at this time, we would like to place you on our waitlist. Should a "
            "position become available, we will reach out promptly by email.\n\n"
            "Please let us know if you would prefer to be removed from the waitlist.\n\n"
            "Sincerely,\n"
            "Nadia Petrovic-Lang\nResidency Program Coordinator\n"
            "Department of Orthopaedics & Rehabilitation | OHSU | Portland, Oregon\n\n"
            "OHSU is an equal opportunity affirmative action institution.")
    emit("b26-wl-email-ohsu-ortho.eml", lab("waitlist", "Oregon Health and Science University", "email", ORTHO),
         a("Nadia Petrovic-Lang", "petrovin@ohsu.edu"), "OHSU Orthopaedic Surgery Residency \u2013 Waitlist", sent,
         body)


@reg
def wl_email_uthsa_psych():
    sent = at(CT, "2026-11-11T16:40:00")
    body = (f"Dear {NAME},\n\n"
            "Thank you for your interest in the UT Health San Antonio Psychiatry Residency Program. We have "
            "received a record number of applications this season, and unfortunately we are unable to offer you an "
            "interview at this time.\n\n"
            "However, we were impressed with your application and have placed you on our interview waitlist. If an "
            "interview date opens up, we will contact you by email with available options.\n\n"
            "With best wishes,\nPsychiatry Residency Program\n"
            "Department of Psychiatry and Behavioral Sciences | UT Health San Antonio\n"
            "7703 Floyd Curl Dr, San Antonio, TX 78229")
    emit("b26-wl-email-uthsa-psych.eml", lab("waitlist", "UT Health San Antonio", "email", PSY),
         a("UT Health SA Psychiatry Residency", "psychresidency@uthscsa.edu"), "Psychiatry Residency Application",
         sent, body, html=False)


@reg
def wl_email_valleywise():
    her = at(MT, "2026-11-20T21:14:00")
    sent = at(AZ, "2026-11-24T10:05:00")
    quoted = (f"Dear Dr. Mehta and the Valleywise EM selection committee,\n\n"
              "I wanted to reiterate my strong interest in the Emergency Medicine residency at Valleywise Health. "
              "Having grown up in Mesa, training at Arizona's safety-net hospital is exactly what I am looking for, "
              "and I would be honored to be considered for an interview.\n\n"
              f"Best regards,\n{NAME}\nUniversity of Utah Spencer Fox Eccles School of Medicine, MS4\nAAMC ID {AAMC}")
    body = (f"Hi {NAME.split()[0]},\n\n"
            "Thank you for your kind note and continued interest. Our interview days are currently full, but I have "
            "added you to our waitlist and shared your letter with Dr. Mehta. Cancellations do happen, usually in "
            "December, and we will email you right away if a spot opens.\n\n"
            "Best,\nGabriela Funmilayo\nEM Residency Coordinator\nValleywise Health Medical Center (formerly "
            "Maricopa Medical Center)\n2601 E Roosevelt St, Phoenix, AZ 85008\n\n"
            "________________________________\n"
            f"From: {NAME} <{ME}>\n"
            f"Sent: {her:%A}, {her:%B} {her.day}, {her.year} {hm(her)}\n"
            "To: EM Residency <emresidency@valleywisehealth.org>\n"
            "Subject: Letter of interest - Renata Solberg-Achebe\n\n" + quoted + "\n")
    emit("b26-wl-email-valleywise-em.eml", lab("waitlist", "Valleywise Health", "email", EM),
         a("Funmilayo, Gabriela", "gabriela.funmilayo@valleywisehealth.org"),
         "RE: Letter of interest - Renata Solberg-Achebe", sent, body)


# ======================================================================= rejections
@reg
def rej_utsw_ortho():
    sent = at(CT, "2026-11-17T11:45:00")
    body = ("Dear Applicant,\n\n"
            "Thank you for your interest in the Orthopaedic Surgery Residency Program at UT Southwestern. This year "
            "we received more than 1,100 applications for seven positions.\n\n"
            "We have now extended all of our interview invitations for the 2026-2027 recruitment season, and we "
            "regret that we are unable to offer you an interview. We wish you every success in the Match.\n\n"
            "Sincerely,\nOrthopaedic Surgery Residency Program\nUT Southwestern Medical Center, Dallas, Texas")
    emit("b26-rej-email-utsw-ortho.eml", lab("rejection", "UT Southwestern Medical Center", "email", ORTHO),
         a("UTSW Ortho Residency", "orthoresidency@utsouthwestern.edu"),
         "UT Southwestern Orthopaedic Surgery - Application Status", sent, body,
         to="undisclosed-recipients:;")


@reg
def rej_eras_ttuhsc():
    sent = at(CT, "2026-11-06T15:00:00")
    lib.eras("b26-rej-eras-ttuhsc-im.eml",
             lab("rejection", "Texas Tech University Health Sciences Center", "eras", IM, "categorical"),
             sent, None, "Message from Texas Tech University Health Sciences Center Program",
             "Program: Texas Tech University Health Sciences Center Program (Lubbock)\n"
             "Specialty: Internal Medicine - Categorical\n\n"
             f"Dear {NAME},\n\n"
             "Thank you for applying to the Internal Medicine Residency at Texas Tech University Health Sciences "
             "Center in Lubbock. After careful review, we regret that we are unable to extend an interview invitation "
             "to you this year. We appreciate your interest and wish you the best in your residency search.",
             link=False, frm=ERAS_PO)


@reg
def rej_thal_seattlechildrens():
    sent = at(UTC, "2026-11-02T23:10:09")
    thalamus("b26-rej-thal-seattlechildrens-peds.eml",
             lab("rejection", "Seattle Children's", "thalamus", PEDS, "categorical"),
             sent, "An update on your application", "Application update",
             "Seattle Children's \u2013 Pediatrics (Categorical) has updated the status of your application.",
             prog_msg="Thank you for your interest in the University of Washington Pediatric Residency Program at "
                      "Seattle Children's. We received many exceptional applications and, after careful review, we "
                      "are unable to offer you a position on our interview schedule this season. We wish you all "
                      "the best.",
             button="Go to Thalamus", url="https://app.thalamusgme.com/applicant/dashboard")


@reg
def rej_uofu_psych():
    sent = at(MT, "2026-10-29T12:00:00")
    body = (f"Dear {NAME},\n\n"
            "Thank you for applying to the University of Utah Psychiatry Residency Program at Huntsman Mental Health "
            "Institute. We know you have been part of our community as a student here, which made this decision "
            "especially difficult.\n\n"
            "Because of the number of applications and our limited interview capacity, we are unable to offer you an "
            "interview invitation this year. Please reach out to Dr. Whitehorse if you would like advice as you "
            "finish the season.\n\n"
            "Respectfully,\nPsychiatry Residency Selection Committee\nUniversity of Utah Health | Huntsman Mental "
            "Health Institute\n501 Chipeta Way, Salt Lake City, UT 84108")
    emit("b26-rej-email-uofu-psych.eml", lab("rejection", "University of Utah Health", "email", PSY),
         a("Utah Psychiatry Residency", "psychiatry.residency@hsc.utah.edu"), "Your application to Utah Psychiatry",
         sent, body)


@reg
def rej_unr_im():
    sent = at(PT, "2026-11-04T09:30:00")
    body = ("Dear Applicant,\n\n"
            "Thank you for applying to the Internal Medicine Residency Program at the University of Nevada, Reno "
            "School of Medicine. Our interview schedule is now full, and we are not able to offer you a position "
            "for an interview this season.\n\n"
            "We appreciate the time and effort you put into your application and wish you success.\n\n"
            "Kind regards,\nUNR Med Internal Medicine Residency\n1155 Mill St, Reno, NV 89502")
    emit("b26-rej-email-unr-im.eml",
         lab("rejection", "University of Nevada, Reno School of Medicine", "email", IM),
         a("UNR Med IM Residency", "imresidency@med.unr.edu"), "UNR Med Internal Medicine - Application Update",
         sent, body, html=False, to="undisclosed-recipients:;")


@reg
def rej_bcm_em():
    sent = at(CT, "2026-11-16T17:22:00")
    body = (f"Dear {NAME},\n\n"
            "On behalf of the Henry J.N. Taub Department of Emergency Medicine at Baylor College of Medicine, thank "
            "you for applying to our residency. We have completed our review and have sent all interview "
            "invitations for this season. Unfortunately, we are unable to offer you an interview.\n\n"
            "Our residents train at Ben Taub Hospital (Harris Health), Baylor St. Luke's Medical Center and Texas "
            "Children's Hospital, and we were grateful for your interest in joining them.\n\n"
            "Best wishes,\nBCM Emergency Medicine Residency")
    emit("b26-rej-email-bcm-em.eml", lab("rejection", "Baylor College of Medicine", "email", EM),
         a("BCM EM Residency", "emresidency@bcm.edu"), "BCM Emergency Medicine Residency", sent, body)


@reg
def rej_lsushv_ortho():
    sent = at(CT, "2026-11-17T15:10:00")
    body = (f"{NAME}\n\n"
            "Thank you for your application to the Orthopaedic Surgery Residency Program at LSU Health Shreveport. "
            "The selection committee has completed its review, and we regret to inform you that we will not be able "
            "to interview you for a position in our program.\n\n"
            "We wish you well in your career.\n\n"
            "Department of Orthopaedic Surgery\nLSU Health Shreveport | Ochsner LSU Health Shreveport \u2013 "
            "Academic Medical Center\n1501 Kings Hwy, Shreveport, LA 71103")
    emit("b26-rej-email-lsushv-ortho.eml", lab("rejection", "LSU Health Shreveport", "email", ORTHO),
         a("LSUHS Orthopaedics", "ortho.residency@lsuhs.edu"), "LSU Health Shreveport Orthopaedic Surgery Residency",
         sent, body)


@reg
def rej_uatucson_neuro():
    sent = at(AZ, "2026-11-13T14:00:00")
    body = (f"Dear {NAME},\n\n"
            "Thank you for your interest in the Neurology Residency Program at the University of Arizona College of "
            "Medicine \u2013 Tucson. We have now sent out all interview invitations for the upcoming Match, and we "
            "are sorry that we cannot offer you one this year.\n\n"
            "Please know this reflects the size of our applicant pool rather than the quality of your application.\n\n"
            "With appreciation,\nNeurology Residency Program\nBanner \u2013 University Medical Center Tucson | "
            "University of Arizona College of Medicine \u2013 Tucson")
    emit("b26-rej-email-uatucson-neuro.eml",
         lab("rejection", "University of Arizona College of Medicine \u2013 Tucson", "email", NEU),
         a("UA Tucson Neurology Residency", "neuroresidency@arizona.edu"), "Neurology Residency Application", sent,
         body)


@reg
def rej_thal_providence():
    sent = at(UTC, "2026-11-12T18:05:44")
    thalamus("b26-rej-thal-providence-im.eml",
             lab("rejection", "Providence Portland Medical Center", "thalamus", IM, "categorical"),
             sent, "Update from Providence Portland Medical Center", "Application status update",
             "Providence Portland Medical Center \u2013 Internal Medicine (Categorical) has sent you a message.",
             prog_msg="Thank you for applying to Providence Portland Medical Center. Our interview season is now "
                      "full and we are unable to move your application forward this year. We truly appreciate your "
                      "interest and wish you every success.",
             button="Open Thalamus", url="https://app.thalamusgme.com/applicant/dashboard")


@reg
def rej_ou_peds():
    sent = at(CT, "2026-11-18T10:30:00")
    body = (f"Dear {NAME.split()[0]},\n\n"
            "Thank you for your interest in the Pediatrics Residency Program at the University of Oklahoma College "
            "of Medicine and Oklahoma Children's Hospital OU Health (formerly The Children's Hospital at OU Medical "
            "Center). After a thorough review, we are not able to offer you an interview for the 2027 Match.\n\n"
            "We wish you all the best.\n\n"
            "Pediatric Residency Program\nUniversity of Oklahoma College of Medicine | Oklahoma City")
    emit("b26-rej-email-ou-peds.eml", lab("rejection", "University of Oklahoma College of Medicine", "email", PEDS),
         a("OU Pediatrics Residency", "peds-residency@ouhsc.edu"), "OU Pediatrics Residency Application", sent, body)
