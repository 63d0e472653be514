"""Waitlists (8) and rejections (10)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


UNDISCLOSED = "undisclosed-recipients:;"


# =========================================================================== waitlists
@reg
def wl_msmw_anes():
    sent = at(ET, "2026-10-23T17:40:26")
    plain = (
        "Dear Maren,\n\n"
        "Thank you for applying to the Anesthesiology Residency at Mount Sinai Morningside and Mount Sinai "
        "West (formerly Mount Sinai St. Luke\u2019s and Mount Sinai Roosevelt). This year we received more "
        "than 1,300 applications for 14 positions, and we are not able to offer you an interview date at this "
        "time.\n\n"
        "That said, the committee was genuinely impressed by your application, and we have placed you on our "
        "interview waitlist. Interview spots open up every season as applicants finalize their schedules. If a "
        "date becomes available, we will email you directly and ask you to respond within 24 hours.\n\n"
        "There is nothing you need to do in the meantime. If you would prefer to be removed from the waitlist, "
        "simply reply to this message.\n\n"
        "With best wishes,\n\n"
        "Anesthesiology Residency Program\n"
        "Mount Sinai Morningside and Mount Sinai West\n"
        "Icahn School of Medicine at Mount Sinai\n"
        "1000 Tenth Avenue, New York, NY 10019")
    emit("b27-wl-email-msmw-anes.eml",
         lab("waitlist", "Mount Sinai Morningside and Mount Sinai West", "email", ANES),
         a("MSMW Anesthesiology Residency", "msmw.anesthesiaresidency@mountsinai.org"),
         "Your application \u2013 Anesthesiology Residency, Mount Sinai Morningside and Mount Sinai West",
         sent, plain)


@reg
def wl_pennstate_surg():
    sent = at(UTC, "2026-11-03T19:02:11")
    note = (
        "Thank you for your interest in General Surgery at Penn State Health Milton S. Hershey Medical Center. "
        "Our interview days are fully booked, but we would very much like to keep your application active. "
        "We expect a few dates to open up through December.\n\n"
        "Department of Surgery, Penn State College of Medicine, Hershey, PA")
    thalamus("b27-wl-thal-pennstate-surg.eml",
             lab("waitlist", "Penn State Health Milton S. Hershey Medical Center", "thalamus", SURG, "categorical"),
             sent, "Waitlist update: Penn State Health Milton S. Hershey Medical Center",
             "You\u2019ve been added to a waitlist",
             "Penn State Health Milton S. Hershey Medical Center has added you to the waitlist for Surgery "
             "(Categorical).",
             facts=[("Waitlist type", "Pooled"), ("Status", "Waitlisted")],
             note=note,
             after="How pooled waitlists work: when an interview slot opens, everyone on the waitlist is "
                   "notified at the same time and the slot goes to the first applicant who claims it. Make sure "
                   "notifications are turned on so you don\u2019t miss an opening.")


@reg
def wl_einstein_obgyn():
    sent = at(UTC, "2026-10-21T15:04:40")
    body = (
        "Jefferson Einstein Philadelphia Hospital \u2013 Obstetrics and Gynecology has placed you on its "
        "interview waitlist.\n\n"
        "Waitlist type: Ordered. When a date becomes available, it will be offered to one applicant at a time "
        "in the order set by the program, with a limited window to accept.\n\n"
        "Message from the program:\n"
        "Thank you for applying to the OB/GYN residency at Jefferson Einstein Philadelphia Hospital (formerly "
        "Einstein Medical Center Philadelphia). Our initial interview offers have been sent, and we hope to be "
        "able to offer you a date from our waitlist as the season progresses.")
    rcas("b27-wl-rcas-einstein-obgyn.eml",
         lab("waitlist", "Jefferson Einstein Philadelphia Hospital", "residencycas", OBGYN),
         sent, "Interview waitlist: Jefferson Einstein Philadelphia Hospital", "Interview status update", body,
         RCAS_PORTAL, "View my interviews")


@reg
def wl_georgetown_neuro():
    sent = at(ET, "2026-11-09T13:15:02")
    body = (
        "The status of one of your applications has changed.\n\n"
        "Program: MedStar Georgetown University Hospital Program\nSpecialty: Neurology\n"
        "Status: Waitlisted\n\n"
        "Message from the program:\n"
        "Thank you for applying to the Neurology Residency at MedStar Georgetown University Hospital. All of "
        "our currently available interview dates have been filled. You have been placed on our waitlist, and "
        "if a date becomes available you will receive an invitation through MyERAS.")
    eras("b27-wl-eras-georgetown-neuro.eml",
         lab("waitlist", "MedStar Georgetown University Hospital", "eras", NEU),
         sent, "Application Status Update", "Interview Status Update", body)


@reg
def wl_christiana_obgyn():
    sent = at(ET, "2026-10-22T16:10:48")
    plain = (
        "Hi Maren,\n\n"
        "Thank you so much for applying to the ChristianaCare Obstetrics & Gynecology Residency Program. We "
        "had an extraordinary number of strong applicants this year, and every one of our interview slots has "
        "now been offered.\n\n"
        "We would love to keep you in mind, so we have added you to our alternate list. If a slot opens, we "
        "will send you an offer through ResidencyCAS, so please keep an eye on that inbox too. We\u2019ll be "
        "in touch either way by the middle of December.\n\n"
        "Thank you again for your interest in ChristianaCare.\n\n"
        "Kind regards,\n"
        "Alyssa DiNardo-Boateng\nProgram Coordinator, Department of Obstetrics & Gynecology\n"
        "ChristianaCare | Christiana Hospital\n4755 Ogletown-Stanton Road, Newark, DE 19718")
    emit("b27-wl-email-christiana-obgyn.eml",
         lab("waitlist", "ChristianaCare", "email", OBGYN),
         a("DiNardo-Boateng, Alyssa", "alyssa.dinardo-boateng@christianacare.org"),
         "ChristianaCare OB/GYN Residency \u2013 Application Update", sent, plain)


@reg
def wl_carilion_dr():
    sent = at(ET, "2026-11-12T10:02:15")
    body = (
        "Dear Maren,\n\n"
        "Thank you for applying to the Diagnostic Radiology Residency at Carilion Clinic (Virginia Tech "
        "Carilion School of Medicine) in Roanoke, Virginia. Our interview calendar is currently full, and you "
        "have been added to the program\u2019s waitlist for Match 2027.\n\n"
        "You do not need to take any action. If a seat becomes available, Interview Broker will email you and "
        "you will be able to claim it on a first-come basis. Being on the waitlist does not affect how your "
        "application is reviewed.")
    ibroker("b27-wl-ib-carilion-dr.eml",
            lab("waitlist", "Carilion Clinic", "interview_broker", DR),
            sent, "Waitlist notification - Carilion Clinic Diagnostic Radiology",
            "Carilion Clinic \u2013 Diagnostic Radiology: Waitlist", body,
            reply_to=a("Carilion Radiology Residency", "radiologyresidency@carilionclinic.org"))


@reg
def wl_northwell_neuro():
    sent = at(ET, "2026-11-16T12:00:09")
    plain = (
        "Dear Applicant,\n\n"
        "Thank you for your interest in the Neurology Residency at the Donald and Barbara Zucker School of "
        "Medicine at Hofstra/Northwell. We have completed our first round of interview invitations.\n\n"
        "We are writing to let you know that you are on our wait list. We anticipate some openings in January "
        "and will reach out by email if we can offer you a date. Interviews are virtual and our residents "
        "train at North Shore University Hospital in Manhasset and Long Island Jewish Medical Center in New "
        "Hyde Park.\n\n"
        "We appreciate your patience and wish you the best this interview season.\n\n"
        "Neurology Residency Program\nZucker School of Medicine at Hofstra/Northwell\n"
        "Department of Neurology, 611 Northern Boulevard, Suite 150, Great Neck, NY 11021")
    emit("b27-wl-email-northwell-neuro.eml",
         lab("waitlist", "Donald and Barbara Zucker School of Medicine at Hofstra/Northwell", "email", NEU),
         a("Northwell Neurology Residency", "neurologyresidency@northwell.edu"),
         "Neurology Residency \u2013 Zucker School of Medicine at Hofstra/Northwell", sent, plain,
         to=UNDISCLOSED, html="plain")


@reg
def wl_vcu_anes():
    sent = at(ET, "2026-11-06T09:30:55")
    plain = (
        "Dear Maren Adeyemi-Ferraro,\n\n"
        "Thank you for your application to the VCU Health Anesthesiology Residency Program.\n\n"
        "Interview status: WAITLIST\n\n"
        "All interview dates for this season have been filled. Our waitlist is not ranked; when a spot opens, "
        "the selection committee chooses from the full waitlist based on the needs of that interview day. We "
        "will contact you by phone or email if we are able to offer you an interview.\n\n"
        "Please do not send additional letters or documents; your ERAS application is all we need.\n\n"
        "VCU Health | Department of Anesthesiology | Residency Program Office\n"
        "1200 E. Broad Street, Richmond, VA 23298")
    emit("b27-wl-email-vcu-anes.eml",
         lab("waitlist", "VCU Health", "email", ANES),
         a("VCU Anesthesiology Residency", "anesthesiaresidency@vcuhealth.org"),
         "VCU Health Anesthesiology \u2013 Interview Status", sent, plain, html=None)


# =========================================================================== rejections
@reg
def rej_pennstate_anes():
    sent = at(ET, "2026-10-29T18:12:37")
    plain = (
        "Dear Applicant,\n\n"
        "Thank you for your interest in the Anesthesiology Residency Program at Penn State Health Milton S. "
        "Hershey Medical Center and Penn State College of Medicine.\n\n"
        "We received a record number of applications this year. After careful review, we regret that we are "
        "unable to extend an interview invitation to you. We have now sent all interview invitations for the "
        "2026\u20132027 season.\n\n"
        "This decision is not a reflection of your accomplishments, and we wish you every success in the "
        "Match.\n\n"
        "Sincerely,\n\n"
        "Program Director and Selection Committee\nAnesthesiology Residency Program\n"
        "Penn State Health | 500 University Drive, H187, Hershey, PA 17033")
    emit("b27-rej-email-pennstate-anes.eml",
         lab("rejection", "Penn State Health Milton S. Hershey Medical Center", "email", ANES),
         a("Penn State Health Anesthesiology Residency", "anesthesiaresidency@pennstatehealth.psu.edu"),
         "Penn State Health Anesthesiology Residency \u2013 Application Status", sent, plain, to=UNDISCLOSED)


@reg
def rej_georgetown_im():
    sent = at(UTC, "2026-10-22T21:14:09")
    note = (
        "Thank you for applying to the Internal Medicine Residency Program at MedStar Georgetown University "
        "Hospital. We received many more applications than we have interview positions, and after a thorough "
        "review we are unable to move forward with your application this year. We wish you the very best in "
        "your career.")
    thalamus("b27-rej-thal-georgetown-im.eml",
             lab("rejection", "MedStar Georgetown University Hospital", "thalamus", IM, "categorical"),
             sent, "Application update from MedStar Georgetown University Hospital",
             "Application update",
             "MedStar Georgetown University Hospital has sent you an update about your application to Internal "
             "Medicine \u2013 Categorical.",
             facts=[("Status", "Not selected for interview")], note=note)


@reg
def rej_hopkins_im():
    sent = at(ET, "2026-10-30T07:45:20")
    plain = (
        "Dear Maren,\n\n"
        "Thank you for applying to the Osler Medical Residency at The Johns Hopkins Hospital. We read every "
        "application in full, and this year we were again overwhelmed by the depth of the applicant pool.\n\n"
        "I am sorry to tell you that we are unable to offer you an interview invitation. Please note that the "
        "Internal Medicine Residency at Johns Hopkins Bayview Medical Center runs its own, independent "
        "selection process; this decision applies only to the Osler program.\n\n"
        "We wish you success in the Match and in your career.\n\n"
        "Sincerely,\n"
        "Osler Medical Residency Program\nDepartment of Medicine, The Johns Hopkins Hospital\n"
        "1800 Orleans Street, Baltimore, MD 21287")
    emit("b27-rej-email-hopkins-im.eml",
         lab("rejection", "The Johns Hopkins Hospital", "email", IM),
         a("Osler Medical Residency", "oslerresidency@jhmi.edu"),
         "Osler Medical Residency \u2013 Application Update", sent, plain, html="plain")


@reg
def rej_lenoxhill_im():
    sent = at(ET, "2026-11-18T14:30:00")
    plain = (
        "Dear Ms. Adeyemi-Ferraro,\n\n"
        "On behalf of the Internal Medicine Residency Program at Lenox Hill Hospital, thank you for the time "
        "and effort you put into your application.\n\n"
        "Our interview schedule for this recruitment season is now full, and we will not be moving forward "
        "with your application. We know this is disappointing news, and we sincerely wish you the best of "
        "luck.\n\n"
        "Respectfully,\n"
        "Internal Medicine Residency Program\nLenox Hill Hospital | Northwell Health\n"
        "Zucker School of Medicine at Hofstra/Northwell\n100 East 77th Street, New York, NY 10075")
    emit("b27-rej-email-lenoxhill-im.eml",
         lab("rejection", "Lenox Hill Hospital", "email", IM),
         a("Lenox Hill IM Residency", "lhh.imresidency@northwell.edu"),
         "Lenox Hill Hospital Internal Medicine Residency", sent, plain)


@reg
def rej_rwjms_surg():
    sent = at(ET, "2026-11-05T11:00:33")
    body = (
        "You have received a new message from a program in the MyERAS Post Office.\n\n"
        "From: Rutgers Robert Wood Johnson Medical School Program (Surgery)\n"
        "Subject: Application Status\n\n"
        "Dear Applicant,\n"
        "Thank you for applying to the General Surgery Residency at Rutgers Robert Wood Johnson Medical School "
        "in New Brunswick. Our residents train at Robert Wood Johnson University Hospital, an RWJBarnabas "
        "Health facility. After a holistic review of more than 1,100 applications, we regret that we cannot "
        "offer you an interview invitation this season. We wish you the very best in the Match.")
    eras("b27-rej-eras-rwjms-surg.eml",
         lab("rejection", "Rutgers Robert Wood Johnson Medical School", "eras", SURG),
         sent, "Message from Rutgers Robert Wood Johnson Medical School Program", "New Post Office Message",
         body, frm=MYERAS_NOTE, tail="To reply or view earlier messages, log in to MyERAS and open the Post "
                                     "Office.", signin=False)


@reg
def rej_abington_obgyn():
    sent = at(ET, "2026-10-28T09:20:14")
    plain = (
        "Dear Maren,\n\n"
        "Thank you for applying to the Obstetrics and Gynecology Residency at Jefferson Abington Hospital "
        "(formerly Abington Hospital \u2013 Jefferson Health).\n\n"
        "We have reviewed your application carefully. Unfortunately, we are not able to offer you a place on "
        "our interview schedule this year. Please know that this was a difficult decision, given the strength "
        "of our applicant pool.\n\n"
        "We wish you all the best in your training.\n\n"
        "OB/GYN Residency Program\nJefferson Abington Hospital\n1200 Old York Road, Abington, PA 19001")
    emit("b27-rej-email-abington-obgyn.eml",
         lab("rejection", "Jefferson Abington Hospital", "email", OBGYN),
         a("Abington OB/GYN Residency", "abington.obgynresidency@jefferson.edu"),
         "Jefferson Abington OB/GYN Residency \u2013 Application Update", sent, plain)


@reg
def rej_uva_dr():
    sent = at(ET, "2026-11-10T16:05:47")
    plain = (
        "Dear Ms. Adeyemi-Ferraro,\n\n"
        "Thank you for applying to the Diagnostic Radiology Residency in the Department of Radiology and "
        "Medical Imaging at the University of Virginia.\n\n"
        "We have completed our review of applications, and I regret to let you know that we are unable to "
        "extend you an interview invitation for this cycle. Our interview invitations have all been sent, and "
        "we do not maintain a waitlist.\n\n"
        "We appreciate your interest in UVA Health and wish you the very best.\n\n"
        "Sincerely,\n"
        "Diagnostic Radiology Residency Program\nUniversity of Virginia School of Medicine\n"
        "PO Box 800170, Charlottesville, VA 22908")
    emit("b27-rej-email-uva-dr.eml",
         lab("rejection", "University of Virginia", "email", DR),
         a("UVA Radiology Residency", "radiologyresidency@uvahealth.org"),
         "UVA Diagnostic Radiology \u2013 Application Update", sent, plain, html="gmail")


@reg
def rej_camc_im():
    sent = at(UTC, "2026-11-04T15:55:30")
    note = (
        "Thank you for applying to the Internal Medicine Residency at Charleston Area Medical Center (WVU "
        "Charleston Division), part of Vandalia Health. We have filled our interview calendar and will not be "
        "moving forward with your application. We wish you the best of luck this season.")
    thalamus("b27-rej-thal-camc-im.eml",
             lab("rejection", "Charleston Area Medical Center", "thalamus", IM, "categorical"),
             sent, "An update from Charleston Area Medical Center",
             "Application update",
             "Charleston Area Medical Center has updated the status of your application to Internal Medicine "
             "(Categorical).",
             facts=[("Status", "Application declined")], note=note)


@reg
def rej_cooperman_surg():
    sent = at(ET, "2026-11-12T19:48:03")
    plain = (
        "Dear Applicant,\n\n"
        "Thank you for applying to the General Surgery Residency at Cooperman Barnabas Medical Center "
        "(formerly Saint Barnabas Medical Center) in Livingston, New Jersey.\n\n"
        "We are sorry to inform you that we are unable to offer you a position on our interview schedule for "
        "the 2027 Match.\n\n"
        "Best wishes,\n"
        "Department of Surgery, Cooperman Barnabas Medical Center\nRWJBarnabas Health\n"
        "94 Old Short Hills Road, Livingston, NJ 07039")
    emit("b27-rej-email-cooperman-surg.eml",
         lab("rejection", "Cooperman Barnabas Medical Center", "email", SURG),
         a("CBMC Surgery Residency", "cbmc.surgeryresidency@rwjbh.org"),
         "General Surgery Residency Application", sent, plain, html=None, to=UNDISCLOSED)


@reg
def rej_gw_obgyn():
    sent = at(UTC, "2026-10-23T13:30:00")
    body = (
        "There has been an update to your application to George Washington University \u2013 Obstetrics and "
        "Gynecology.\n\n"
        "Status: Not offered an interview\n\n"
        "Message from the program:\n"
        "We appreciate your interest in our program. The program has released all of its interview invitations "
        "for this cycle and is unable to offer you an interview. We wish you every success.")
    rcas("b27-rej-rcas-gw-obgyn.eml",
         lab("rejection", "George Washington University", "residencycas", OBGYN),
         sent, "Application update: George Washington University", "Application status update", body,
         RCAS_PORTAL, "View application status")
