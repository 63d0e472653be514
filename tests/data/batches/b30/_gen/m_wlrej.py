"""Waitlists (8) and rejections (10)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =============================================================== waitlists
@reg
def wl_email_slu_anes():
    sent = at(CT, "2026-11-09T15:30:00")
    plain = (
        f"Dear {FIRST},\n\n"
        f"Thank you for your interest in the SLU Anesthesiology Residency. Our interview days filled more "
        f"quickly than we expected this season, and we do not have an open date to offer you right now.\n\n"
        f"We would, however, like to keep your application active on our alternate list. When a date opens, we "
        f"e-mail a small group from the list at the same time and the first person to reply gets the spot, so "
        f"it helps to check your e-mail (including spam) regularly. You don\u2019t need to do anything to stay "
        f"on the list; just let us know if you would like to be removed.\n\n"
        f"Thank you again, and best of luck this season.\n\n"
        f"Theresa Kowalski-Ibe\n"
        f"Residency Program Coordinator\n"
        f"SLU Anesthesiology | SLUCare Physician Group\n"
        f"3635 Vista Avenue, St. Louis, MO 63110")
    emit("b30-wl-email-slu-anes.eml", lab("waitlist", "SLU", "email", ANES),
         a("Kowalski-Ibe, Theresa", "theresa.kowalskiibe@health.slu.edu"), "SLU Anesthesiology - Alternate List",
         sent, plain, "outlook")


@reg
def wl_thal_aurora_im():
    sent = at(UTC, "2026-11-12T17:00:21")
    note = (
        "Dear Tessa,\n\n"
        "Thank you for applying to the Internal Medicine Residency at Aurora St. Luke\u2019s Medical Center in "
        "Milwaukee. Every one of our interview dates is currently full, but we would like to keep you in "
        "consideration and have added you to our waitlist.\n\n"
        "When a date opens, Thalamus notifies everyone on the waitlist at once, and the first applicant to "
        "accept receives the spot. Please turn on text notifications in Thalamus if you have not already.\n\n"
        "As part of Advocate Health, we work closely with our sister hospitals, but each residency keeps its "
        "own waitlist and schedule.\n\n"
        "Internal Medicine Residency Program\n"
        "Aurora St. Luke\u2019s Medical Center | 2900 W. Oklahoma Avenue, Milwaukee, WI 53215")
    thalamus("b30-wl-thal-aurora-im.eml", lab("waitlist", "Aurora St. Luke\u2019s Medical Center", "thalamus", IM),
             sent, "Waitlist update: Aurora St. Luke\u2019s Medical Center",
             "You\u2019ve been added to a waitlist",
             "Aurora St. Luke\u2019s Medical Center added you to its interview waitlist for Internal Medicine.",
             rows=[("Program", "Aurora St. Luke\u2019s Medical Center \u2013 Internal Medicine"),
                   ("Waitlist", "Pooled \u2013 all waitlisted applicants are notified when a date opens")],
             program_note=note, button="View waitlist", url="https://app.thalamusgme.com/waitlist/aurora-slmc-im")


@reg
def wl_email_butterworth_em():
    sent = at(DET, "2026-11-19T09:48:00")
    plain = (
        "Good morning,\n\n"
        "Thank you for applying to the Emergency Medicine Residency at Corewell Health Butterworth Hospital, "
        "sponsored together with Michigan State University College of Human Medicine here in Grand Rapids.\n\n"
        "Our interview days are full. You have been placed on our waitlist, which is ordered by the selection "
        "committee. As openings occur we will reach out to applicants one at a time, in order, and hold each "
        "offered date for 24 hours before moving to the next person.\n\n"
        "There is no need to reply to this message. We appreciate your interest in our program.\n\n"
        "Respectfully,\n"
        "Dominic Achterberg-Yazzie\n"
        "Program Coordinator | Emergency Medicine Residency\n"
        "Corewell Health Butterworth Hospital\n"
        "100 Michigan Street NE, Grand Rapids, MI 49503")
    emit("b30-wl-email-butterworth-em.eml",
         lab("waitlist", "Corewell Health Butterworth Hospital", "email", EM),
         a("Achterberg-Yazzie, Dominic", "dominic.achterbergyazzie@corewellhealth.org"),
         "Emergency Medicine Residency - Waitlist Status", sent, plain, "outlook",
         to="undisclosed-recipients:;")


@reg
def wl_email_northwestern_neuro():
    sent = at(CT, "2026-11-03T16:05:00")
    plain = (
        f"Dear {FIRST},\n\n"
        f"Thank you for applying to the Neurology Residency Program at McGaw Medical Center of Northwestern "
        f"University. We regret that we cannot extend an interview invitation to you at this time.\n\n"
        f"Your application stood out to our committee, however, and we have placed you on our waitlist. Each "
        f"season a number of dates open up as applicants finalize their schedules; when that happens we contact "
        f"waitlisted applicants by e-mail. There is nothing you need to do in the meantime.\n\n"
        f"Our residents train at Northwestern Memorial Hospital, the Shirley Ryan AbilityLab, Ann & Robert H. "
        f"Lurie Children\u2019s Hospital of Chicago and the Jesse Brown VA Medical Center.\n\n"
        f"Sincerely,\n"
        f"Neurology Residency Program\n"
        f"Northwestern University Feinberg School of Medicine\n"
        f"McGaw Medical Center of Northwestern University\n"
        f"710 N. Lake Shore Drive, Chicago, IL 60611")
    emit("b30-wl-email-northwestern-neuro.eml",
         lab("waitlist", "McGaw Medical Center of Northwestern University", "email", NEURO),
         a("Northwestern Neurology Residency", "neurology-residency@northwestern.edu"),
         "Your application to Northwestern Neurology", sent, plain, "web", to="undisclosed-recipients:;")


@reg
def wl_eras_iu_surg():
    sent = at(ET, "2026-11-17T14:22:36")
    body = (
        "The status of one of your applications has been updated.\n\n"
        "Program: Indiana University School of Medicine Program\n"
        "Specialty: Surgery\n"
        "Status: Waitlisted\n\n"
        "Message from the program:\n"
        "Thank you for your interest in General Surgery at Indiana University School of Medicine. Our interview "
        "dates are full at the moment. We have placed you on our waitlist and will contact you through MyERAS if "
        "a date becomes available. Our residents train at IU Health Methodist Hospital, IU Health University "
        "Hospital, Eskenazi Health and the Richard L. Roudebush VA in Indianapolis.")
    eras("b30-wl-eras-iu-surg.eml", lab("waitlist", "Indiana University School of Medicine", "eras", SURG),
         sent, "Application Status Change", "Application Status Change", body)


@reg
def wl_rcas_doctors_obgyn():
    sent = at(UTC, "2026-10-29T18:00:44")
    body = (
        f"Dear {FIRST},\n\n"
        f"Thank you for applying to the Obstetrics and Gynecology Residency at OhioHealth Doctors Hospital. We "
        f"received many outstanding applications this year and, although our interview days are full, we would "
        f"like to keep you under consideration.\n\n"
        f"Your status in the Interview Portal has been changed to Waitlisted. If a session opens, we will move "
        f"applicants from the waitlist in the order the committee has set and will notify you here and by "
        f"e-mail.\n\n"
        f"Doctors Hospital is an osteopathic teaching hospital on the west side of Columbus, affiliated with the "
        f"Ohio University Heritage College of Osteopathic Medicine. Our program is separate from the OB/GYN "
        f"residency at OhioHealth Riverside Methodist Hospital.\n\n"
        f"With appreciation,\n"
        f"OB/GYN Residency Program\n"
        f"OhioHealth Doctors Hospital")
    rcas("b30-wl-rcas-doctors-obgyn.eml", lab("waitlist", "OhioHealth Doctors Hospital", "residencycas", OBGYN),
         sent, "Interview status update \u2013 OhioHealth Doctors Hospital",
         "OhioHealth Doctors Hospital \u2013 Obstetrics and Gynecology", body,
         rows=[("Status", "Waitlisted")], button="View status")


@reg
def wl_email_beaumont_ty():
    sent = at(DET, "2026-11-06T13:17:00")
    plain = (
        "Dear Ms. Oyelowo-Brandt,\n\n"
        "Thank you for applying to the Transitional Year Residency at Corewell Health William Beaumont University "
        "Hospital. All of our interview slots have been filled.\n\n"
        "You are on our ranked waitlist. If a slot opens, we will e-mail the next applicant in order and hold the "
        "date for 24 hours; if we don\u2019t hear back within 24 hours, we will move on to the next person. "
        "Please keep an eye on your inbox, and add this address to your contacts so our message is not "
        "filtered.\n\n"
        "Best wishes for your interview season and your advanced specialty.\n\n"
        "Transitional Year Residency Office\n"
        "Corewell Health William Beaumont University Hospital\n"
        "Royal Oak, Michigan")
    emit("b30-wl-email-beaumont-ty.eml",
         lab("waitlist", "Corewell Health William Beaumont University Hospital", "email", TY),
         a("Transitional Year Residency", "ty.royaloak@corewellhealth.org"), "Transitional Year - Waitlist",
         sent, plain, None)


@reg
def wl_ib_abbott_im():
    sent = at(ET, "2026-11-10T10:31:55")
    body = (
        f"Dear {FIRST},\n\n"
        f"Abbott Northwestern Hospital \u2013 Internal Medicine has placed you on its interview waitlist.\n\n"
        f"This program uses an ordered waitlist. When a date becomes available, Interview Broker will offer it to "
        f"the next applicant on the list by e-mail; you will have 24 hours to accept before the offer passes to "
        f"the next applicant.\n\n"
        f"Message from the program: Thank you for applying to our program at Abbott Northwestern Hospital, part "
        f"of Allina Health, in Minneapolis. We are not affiliated with Northwestern University or its hospitals "
        f"in Chicago, a question we get every year!")
    ibroker("b30-wl-ib-abbott-im.eml", lab("waitlist", "Abbott Northwestern Hospital", "interview_broker", IM),
            sent, "Waitlist Notification - Abbott Northwestern Hospital", "You are on the waitlist", body,
            url="https://www.interviewbroker.com/applicant/waitlist/ANW-IM-27", button="View Waitlist Status",
            reply_to=a("ANW IM Residency", "anw.imresidency@allina.com"))


# =============================================================== rejections
@reg
def rej_email_masonic_em():
    sent = at(CT, "2026-11-04T17:10:00")
    plain = (
        f"Dear {FIRST} {LAST},\n\n"
        f"Thank you for applying to the Emergency Medicine Residency at Advocate Illinois Masonic Medical Center. "
        f"We received a large number of excellent applications, and after careful review we are unable to extend "
        f"you an interview invitation this year.\n\n"
        f"We know how much work goes into an application, and we wish you every success in the Match.\n\n"
        f"Sincerely,\n"
        f"Emergency Medicine Residency Program\n"
        f"Advocate Illinois Masonic Medical Center\n"
        f"836 W. Wellington Avenue, Chicago, IL 60657")
    emit("b30-rej-email-masonic-em.eml",
         lab("rejection", "Advocate Illinois Masonic Medical Center", "email", EM),
         a("AIMMC Emergency Medicine", "aimmc.emresidency@aah.org"), "Emergency Medicine Residency Application",
         sent, plain, "web", to="undisclosed-recipients:;")


@reg
def rej_rcas_fairview_em():
    sent = at(UTC, "2026-11-13T21:04:19")
    body = (
        "Dear Applicant,\n\n"
        "Thank you for your interest in the Emergency Medicine Residency at Cleveland Clinic Fairview Hospital. "
        "Our program received many more qualified applications than we have interview positions, and we are "
        "sorry to tell you that we will not be able to offer you an interview this season.\n\n"
        "We wish you the very best as you continue in your career.\n\n"
        "Emergency Medicine Residency\n"
        "Cleveland Clinic Fairview Hospital | 18101 Lorain Avenue, Cleveland, OH 44111")
    rcas("b30-rej-rcas-fairview-em.eml", lab("rejection", "Cleveland Clinic Fairview Hospital", "residencycas", EM),
         sent, "Update on your application", "Cleveland Clinic Fairview Hospital \u2013 Emergency Medicine", body)


@reg
def rej_thal_uchicago_im():
    sent = at(UTC, "2026-11-20T22:40:03")
    thalamus("b30-rej-thal-uchicago-im.eml", lab("rejection", "University of Chicago Medicine", "thalamus", IM),
             sent, "An update from University of Chicago Medicine", "Application update",
             "University of Chicago Medicine has updated the status of your application for Internal Medicine.",
             rows=[("Program", "University of Chicago Medicine \u2013 Internal Medicine"),
                   ("Status", "Not selected for interview")],
             program_note=(
                 "Dear Applicant,\n\n"
                 "Thank you for applying to the Internal Medicine Residency at the University of Chicago. We regret "
                 "that we are unable to offer you an interview. The decision reflects the size of this year\u2019s "
                 "applicant pool and not a judgment of your potential.\n\n"
                 "With best wishes,\nInternal Medicine Residency Program\nUniversity of Chicago Medicine"))


@reg
def rej_eras_wayne_anes():
    sent = at(ET, "2026-11-24T19:12:40")
    body = (
        "Thank you for applying to the Anesthesiology Residency Program at Wayne State University School of "
        "Medicine and the Detroit Medical Center. This year we received well over a thousand applications for a "
        "small number of positions. We have now extended all of our interview invitations for the 2026-2027 "
        "season, and we regret that we are unable to offer you an interview.\n\n"
        "We wish you success in the Match.\n\n"
        "Department of Anesthesiology\n"
        "Wayne State University School of Medicine")
    eras("b30-rej-eras-wayne-anes.eml", lab("rejection", "Wayne State University School of Medicine", "eras", ANES),
         sent, None, "Message from Wayne State University School of Medicine Program", body, portal=False,
         frm=a("ERAS Post Office", "myeras-noreply@aamc.org"))


@reg
def rej_email_uiowa_anes():
    sent = at(CT, "2026-12-01T11:02:00")
    plain = (
        f"Dear {FIRST},\n\n"
        f"On behalf of the Department of Anesthesia at University of Iowa Hospitals & Clinics, thank you for "
        f"applying to our residency. After completing our review, we are sorry to let you know that we are not "
        f"able to offer you an interview this year.\n\n"
        f"We appreciate your interest in Iowa City and in the Carver College of Medicine, and we wish you all the "
        f"best.\n\n"
        f"Kind regards,\n"
        f"Anesthesia Residency Program\n"
        f"University of Iowa Hospitals & Clinics\n"
        f"200 Hawkins Drive, Iowa City, IA 52242")
    emit("b30-rej-email-uiowa-anes.eml",
         lab("rejection", "University of Iowa Hospitals & Clinics", "email", ANES),
         a("UI Anesthesia Residency", "anesthesia-residency@healthcare.uiowa.edu"),
         "Anesthesia Residency - Application Status", sent, plain, "outlook")


@reg
def rej_email_washu_neuro():
    sent = at(CT, "2026-12-02T08:30:00")
    plain = (
        "Dear Applicant,\n\n"
        "Thank you for your interest in the WashU Neurology Residency Program. We have now sent all of our "
        "interview invitations for this cycle, and we are sorry that we are unable to include you among them.\n\n"
        "We were fortunate to receive applications from many talented students, and we wish you well in the "
        "Match and in your career.\n\n"
        "Sincerely,\n"
        "WashU Neurology Residency Program\n"
        "St. Louis, Missouri")
    emit("b30-rej-email-washu-neuro.eml", lab("rejection", "WashU", "email", NEURO),
         a("WashU Neurology Residency", "neuroresidency@wustl.edu"), "Neurology Residency Application Update",
         sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def rej_email_iu_em():
    sent = at(IN, "2026-11-16T16:45:00")
    plain = (
        f"Hi {FIRST},\n\n"
        f"Thank you so much for applying to IU Emergency Medicine. We have finished sending interview offers for "
        f"this season, and unfortunately we are not able to offer you a spot.\n\n"
        f"We know this is disappointing news. We were genuinely impressed by the applicant pool this year, and "
        f"we hope you find a great fit.\n\n"
        f"Take care,\n"
        f"IU Emergency Medicine Residency\n"
        f"IU Health Methodist Hospital & Eskenazi Health | Indianapolis")
    emit("b30-rej-email-iu-em.eml", lab("rejection", "IU", "email", EM),
         a("IU EM Residency", "iuemres@iu.edu"), "IU EM Application", sent, plain, "gmail")


@reg
def rej_rcas_stjohn_obgyn():
    sent = at(UTC, "2026-11-05T20:15:52")
    body = (
        f"Dear {FIRST},\n\n"
        f"Thank you for applying to the Obstetrics and Gynecology Residency at Henry Ford St. John Hospital "
        f"(formerly Ascension St. John Hospital) in Detroit. After a thorough review of a very strong applicant "
        f"pool, we regret that we are unable to offer you an interview invitation.\n\n"
        f"We wish you the best of luck in the Match.\n\n"
        f"OB/GYN Residency Program\n"
        f"Henry Ford St. John Hospital | 22101 Moross Road, Detroit, MI 48236")
    rcas("b30-rej-rcas-stjohn-obgyn.eml", lab("rejection", "Henry Ford St. John Hospital", "residencycas", OBGYN),
         sent, "Henry Ford St. John Hospital OB/GYN \u2013 application update",
         "Henry Ford St. John Hospital \u2013 Obstetrics and Gynecology", body)


@reg
def rej_thal_rush_imprelim():
    sent = at(UTC, "2026-12-04T15:25:37")
    thalamus("b30-rej-thal-rush-imprelim.eml",
             lab("rejection", "Rush University Medical Center", "thalamus", IM, "preliminary"),
             sent, "Rush University Medical Center: application status", "Application status updated",
             "Rush University Medical Center has updated your application status for Internal Medicine "
             "(Preliminary).",
             rows=[("Program", "Rush University Medical Center \u2013 Internal Medicine, Preliminary"),
                   ("Status", "Declined")],
             program_note=(
                 "Thank you for applying for a preliminary year in Internal Medicine at Rush. Our interview "
                 "schedule is now complete, and we are unable to offer you an interview.\n\n"
                 "We wish you every success.\n\n"
                 "Internal Medicine Residency\nRush University Medical Center, Chicago"))


@reg
def rej_email_msu_surg():
    sent = at(DET, "2026-11-30T12:55:00")
    plain = (
        f"Dear {FIRST},\n\n"
        f"Thank you for applying to the General Surgery Residency of Michigan State University College of Human "
        f"Medicine in Lansing. Our residents train at University of Michigan Health-Sparrow Lansing and McLaren "
        f"Greater Lansing.\n\n"
        f"We have completed our review of applications. Although your application was thoughtfully considered, "
        f"we are unable to extend an interview invitation to you this year.\n\n"
        f"We appreciate the time and effort you put into your application and wish you the very best.\n\n"
        f"Sincerely,\n\n"
        f"Carla Whitebird-Novak\n"
        f"Residency Coordinator, General Surgery\n"
        f"Michigan State University College of Human Medicine | Lansing Campus")
    emit("b30-rej-email-msu-surg.eml",
         lab("rejection", "Michigan State University College of Human Medicine", "email", SURG),
         a("Whitebird-Novak, Carla", "whitebi3@msu.edu"), "MSU General Surgery Residency", sent, plain, "outlook")
