"""Waitlists (8) and rejections (10)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =============================================================== waitlists
@reg
def wl_thal_uw_psych():
    sent = at(UTC, "2026-11-12T22:14:51")
    note = (
        "Dear Kalena,\n\n"
        "Thank you for applying to the University of Washington Psychiatry Residency \u2013 Spokane Track. We "
        "received far more strong applications for our Spokane positions than we have interview slots, and every "
        "date is currently spoken for.\n\n"
        "We would like to keep you on our interview waitlist. When an applicant cancels, Thalamus will e-mail "
        "everyone on the list at the same time, and the first person to claim the opening receives it. If you "
        "would rather not stay on the list, you can remove yourself at any time.\n\n"
        "Residents on the Spokane Track complete their training in Spokane with Providence Sacred Heart Medical "
        "Center, the Mann-Grandstaff VA and community partners; PGY-1 includes some time in Seattle.\n\n"
        "UW Psychiatry Residency Program\nDepartment of Psychiatry & Behavioral Sciences\nUniversity of Washington")
    thalamus("b29-wl-thal-uw-psych.eml",
             lab("waitlist", "University of Washington", "thalamus", PSY),
             sent, "You have been added to a waitlist \u2013 University of Washington",
             "You\u2019re on the waitlist",
             "University of Washington has added you to its interview waitlist for Psychiatry (Spokane Track). "
             "This is a pooled waitlist: when a date opens, everyone on the list is notified and the first to "
             "accept it gets the spot.",
             rows=[("Program", "University of Washington \u2013 Psychiatry, Spokane Track"),
                   ("Waitlist type", "Pooled")],
             program_note=note, button="Manage waitlist", url="https://app.thalamusgme.com/waitlists/uw-psych-spokane")


@reg
def wl_email_chla_cneuro():
    sent = at(PT, "2026-11-03T16:22:00")
    plain = (
        "Dear Kalena,\n\n"
        "Thank you for your interest in the CHLA Child Neurology Residency. This year we received a record number "
        "of applications for a small number of positions, and our interview calendar is full.\n\n"
        "We were impressed by your application and would like to offer you a place on our interview wait list. "
        "If a spot opens up, we will contact applicants on the list by e-mail in the order of the committee\u2019s "
        "ranking and will ask for a reply within 24 hours, so please keep an eye on your inbox.\n\n"
        "If you would prefer to be removed from the wait list, just let me know.\n\n"
        "Best regards,\n\n"
        "Veronika Ashby-Tolentino\n"
        "Program Coordinator, Child Neurology\n"
        "CHLA | Neurology Division\n"
        "4650 Sunset Blvd., MS #82, Los Angeles, CA 90027")
    emit("b29-wl-email-chla-cneuro.eml", lab("waitlist", "CHLA", "email", CNEURO),
         a("Ashby-Tolentino, Veronika", "vashbytolentino@chla.usc.edu"), "CHLA Child Neurology \u2013 Wait List",
         sent, plain, "outlook")


@reg
def wl_email_bcho_peds():
    sent = at(PT, "2026-10-28T10:03:00")
    plain = (
        "Dear Kalena,\n\n"
        "Thank you for applying to the Pediatric Residency Program at UCSF Benioff Children\u2019s Hospital Oakland. "
        "We regret that we are not able to offer you an interview at this time.\n\n"
        "That said, we were genuinely impressed with your application, and we have placed you on our alternate "
        "list. Interview dates do open up over the course of the season, and when one does we reach out to "
        "applicants on the alternate list directly. There is nothing you need to do to stay on it.\n\n"
        "Please note that we are a separate program from the UCSF Pediatric Residency in San Francisco; an "
        "interview invitation from one program does not affect your status with the other.\n\n"
        "With appreciation,\n"
        "The Pediatric Residency Program\n"
        "UCSF Benioff Children\u2019s Hospital Oakland\n"
        "747 52nd Street, Oakland, CA 94609")
    emit("b29-wl-email-bcho-peds.eml",
         lab("waitlist", "UCSF Benioff Children\u2019s Hospital Oakland", "email", PEDS),
         a("BCHO Pediatric Residency", "pedsresidency.oakland@ucsf.edu"), "Your application \u2013 Pediatrics",
         sent, plain, "web", to="undisclosed-recipients:;")


@reg
def wl_eras_unr_psych():
    sent = at(ET, "2026-11-16T18:30:27")
    body = (
        "The status of one of your applications has changed.\n\n"
        "Program: University of Nevada, Reno School of Medicine Program\n"
        "Specialty: Psychiatry\n"
        "New status: Waitlisted\n\n"
        "Message from the program:\n"
        "Thank you for applying to the UNR Med Psychiatry Residency in Reno. All of our interview dates are "
        "currently filled, but we have added you to our waitlist and will reach out through MyERAS if a date "
        "becomes available. Our program is based in Reno at Renown Regional Medical Center and the VA Sierra "
        "Nevada Health Care System; we are not affiliated with the psychiatry program in Las Vegas.")
    eras("b29-wl-eras-unr-psych.eml", lab("waitlist", "University of Nevada, Reno School of Medicine", "eras", PSY),
         sent, "Application Status Update", "Application Status Update", body)


@reg
def wl_email_mcgoodsam_fm():
    sent = at(PT, "2026-11-18T14:47:00")
    plain = (
        "Hi Kalena,\n\n"
        "Thanks so much for applying to the Family Medicine Residency at MultiCare Good Samaritan Hospital in "
        "Puyallup. Our interview days are fully booked for the season, but we really liked your application and "
        "would love to keep you in mind.\n\n"
        "You are on our waitlist. If you are still interested, you don\u2019t need to do anything; if a date opens "
        "we\u2019ll e-mail you and hold it for 48 hours.\n\n"
        "Hope the rest of your interview season goes smoothly!\n\n"
        "Kind regards,\n"
        "Tevita Langford\n"
        "Residency Coordinator\n"
        "Good Samaritan Family Medicine Residency\n"
        "MultiCare Good Samaritan Hospital | 407 14th Ave SE, Puyallup, WA 98372")
    emit("b29-wl-email-mcgoodsam-fm.eml", lab("waitlist", "MultiCare Good Samaritan Hospital", "email", FM),
         a("Tevita Langford", "tevita.langford@multicare.org"), "Good Sam FM Residency - waitlist", sent, plain,
         "outlook")


@reg
def wl_email_kpfontana_fm():
    sent = at(PT, "2026-11-05T09:18:00")
    plain = (
        "Dear Applicant,\n\n"
        "Thank you for your interest in the Kaiser Permanente Fontana Medical Center Family Medicine Residency "
        "Program. After a careful review, we have placed your application on our interview waitlist.\n\n"
        "Being on the waitlist means we would be glad to interview you if space allows. We expect a number of "
        "openings between now and mid-January, and we will contact waitlisted applicants by e-mail as they occur. "
        "Please note that each Kaiser Permanente Southern California family medicine program (Fontana, Los "
        "Angeles, Orange County, Riverside, San Diego, Woodland Hills) selects its applicants independently.\n\n"
        "Sincerely,\n\n"
        "Family Medicine Residency Program\n"
        "Kaiser Permanente Fontana Medical Center\n"
        "9961 Sierra Avenue, Fontana, CA 92335")
    emit("b29-wl-email-kpfontana-fm.eml", lab("waitlist", "Kaiser Permanente Fontana Medical Center", "email", FM),
         a("KP Fontana FM Residency", "fontana-fmresidency@kp.org"),
         "Kaiser Permanente Fontana Family Medicine - Application Update", sent, plain, "web",
         to="undisclosed-recipients:;")


@reg
def wl_ib_lomalinda_path():
    sent = at(PT, "2026-11-10T12:02:17")
    body = (
        "Dear Kalena,\n\n"
        "The Pathology Residency Program at Loma Linda University Health has added you to the waitlist for its "
        "2026\u201327 interview season.\n\n"
        "When a date becomes available, Interview Broker will send you an e-mail and a text message (if you have "
        "enabled text alerts). Openings are offered to waitlisted applicants in the order the program has set; "
        "you will have 24 hours to accept an offered date before it moves to the next applicant.")
    ibroker("b29-wl-ib-lomalinda-path.eml", lab("waitlist", "Loma Linda University Health", "interview_broker", PATH),
            sent, "Waitlist Notification - Loma Linda University Health Pathology",
            "Loma Linda University Health \u2013 Pathology (AP/CP)", body,
            url="https://www.interviewbroker.com/applicant/waitlist/LLUH-PATH-2027",
            button="View waitlist status",
            after="Department of Pathology and Human Anatomy, Loma Linda University Health, 11234 Anderson Street, "
                  "Loma Linda, CA 92354")


@reg
def wl_email_stmary_ty():
    sent = at(PT, "2026-12-01T11:36:00")
    plain = (
        "Dear Ms. Ostrowski-Reyes,\n\n"
        "Thank you for applying to the Transitional Year Program at St. Mary Medical Center in Long Beach, a "
        "Dignity Health hospital. We have filled our interview schedule for this season.\n\n"
        "Your application remains under consideration, and we have placed you on our ALTERNATE LIST for "
        "interviews. The list is not ranked; if a date opens, we will look at the applicants on the list "
        "at that time and reach out.\n\n"
        "Thank you again for considering St. Mary.\n\n"
        "Graduate Medical Education\n"
        "St. Mary Medical Center | Dignity Health\n"
        "1050 Linden Avenue, Long Beach, CA 90813")
    emit("b29-wl-email-stmary-ty.eml", lab("waitlist", "St. Mary Medical Center", "email", TY),
         a("SMMC GME Office", "smmc.gme@commonspirit.org"), "St. Mary Medical Center TY - Interview Status",
         sent, plain, None)


# =============================================================== rejections
@reg
def rej_email_kpwh_fm():
    sent = at(PT, "2026-11-20T15:00:00")
    plain = (
        "Dear Kalena Ostrowski-Reyes,\n\n"
        "Thank you for applying to the Family Medicine Residency at Kaiser Permanente Woodland Hills Medical "
        "Center. We received more than 1,400 applications for ten positions this year.\n\n"
        "We have now sent all of our interview invitations for the 2027 Match, and we are sorry to tell you that "
        "we are unable to offer you an interview this season. This decision is not a reflection of your "
        "potential as a family physician.\n\n"
        "We wish you every success in the Match.\n\n"
        "Sincerely,\n"
        "Program Director and Selection Committee\n"
        "Family Medicine Residency Program\n"
        "Kaiser Permanente Woodland Hills Medical Center\n"
        "5601 De Soto Avenue, Woodland Hills, CA 91367")
    emit("b29-rej-email-kpwh-fm.eml", lab("rejection", "Kaiser Permanente Woodland Hills Medical Center", "email", FM),
         a("KPWH Family Medicine Residency", "wh-fmresidency@kp.org"), "Application Update - KPWH Family Medicine",
         sent, plain, "web", to="undisclosed-recipients:;")


@reg
def rej_thal_ucla_psych():
    sent = at(UTC, "2026-11-24T01:12:40")
    note = (
        "Dear Applicant,\n\n"
        "Thank you for your interest in the UCLA Psychiatry Residency Training Program at the Jane and Terry Semel "
        "Institute for Neuroscience and Human Behavior. We were fortunate to receive applications from many "
        "outstanding candidates. After careful review, we are unable to offer you a place in this year\u2019s "
        "interview season.\n\n"
        "We know how much effort goes into an application, and we are grateful you considered us. Best wishes as "
        "you continue your journey.\n\n"
        "UCLA Psychiatry Residency Training Program")
    thalamus("b29-rej-thal-ucla-psych.eml", lab("rejection", "University of California, Los Angeles", "thalamus", PSY),
             sent, "An update on your application to University of California, Los Angeles",
             "Application update",
             "University of California, Los Angeles has updated the status of your application to Psychiatry.",
             rows=[("Program", "University of California, Los Angeles \u2013 Psychiatry"), ("Status", "Declined")],
             program_note=note)


@reg
def rej_email_cityofhope_radonc():
    sent = at(PT, "2026-12-04T13:30:00")
    plain = (
        "Dear Ms. Ostrowski-Reyes,\n\n"
        "On behalf of the Department of Radiation Oncology at City of Hope, thank you for applying to our "
        "residency program.\n\n"
        "Our interview invitations for this cycle have all been extended, and we regret that we are not able to "
        "invite you to interview. We recognize the time and care that went into your application and wish you "
        "the very best in your career in radiation oncology.\n\n"
        "Warm regards,\n\n"
        "Residency Program in Radiation Oncology\n"
        "City of Hope\n"
        "1500 East Duarte Road, Duarte, CA 91010")
    emit("b29-rej-email-cityofhope-radonc.eml", lab("rejection", "City of Hope", "email", RADONC),
         a("City of Hope Radiation Oncology Residency", "radonc-residency@coh.org"),
         "City of Hope Radiation Oncology Residency", sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def rej_eras_uci_path():
    sent = at(ET, "2026-11-30T17:45:00")
    body = (
        "You have a new message from a program in the ERAS Post Office.\n\n"
        "From: University of California (Irvine) Program - Pathology-Anatomic and Clinical\n\n"
        "Dear Applicant,\n\n"
        "Thank you for your application to the Pathology Residency Program at the University of California, "
        "Irvine. We have completed our review and have extended all of our interview invitations for the "
        "season. Unfortunately, we are not able to offer you an interview.\n\n"
        "We appreciate your interest in UCI Health and wish you the best of luck in the Match.\n\n"
        "UC Irvine Department of Pathology & Laboratory Medicine")
    eras("b29-rej-eras-uci-path.eml", lab("rejection", "University of California, Irvine", "eras", PATH),
         sent, None, "New Message", body, frm=a("ERAS Post Office", "myeras-noreply@aamc.org"))


@reg
def rej_email_provstpeter_fm():
    sent = at(PT, "2026-12-10T09:05:00")
    plain = (
        "Dear Kalena,\n\n"
        "Thank you for your interest in the Providence St. Peter Family Medicine Residency in Olympia. Our "
        "committee has finished reviewing applications, and we will not be able to offer you an interview for "
        "the 2027 Match.\n\n"
        "We know this isn\u2019t the news you were hoping for. We wish you the very best, and we hope our paths "
        "cross in Washington family medicine someday.\n\n"
        "Warmly,\n"
        "Providence St. Peter Family Medicine Residency\n"
        "Providence St. Peter Hospital\n"
        "525 Lilly Road NE, Olympia, WA 98506")
    emit("b29-rej-email-provstpeter-fm.eml", lab("rejection", "Providence St. Peter Hospital", "email", FM),
         a("PSPH Family Medicine Residency", "psp.fmresidency@providence.org"),
         "Providence St. Peter FM Residency: Application Status", sent, plain, "outlook")


@reg
def rej_email_sutterrosa_fm():
    sent = at(PT, "2026-12-02T16:10:00")
    plain = (
        "Hello Kalena,\n\n"
        "Thank you for applying to the Sutter Santa Rosa Family Medicine Residency Program. We are writing to let "
        "you know that our interview invitation process for this season is now complete. Unfortunately, we are "
        "unable to invite you to interview.\n\n"
        "Our program is small, and we are only able to interview a very limited number of the many excellent "
        "applicants who apply. We appreciate your interest in Sutter Santa Rosa Regional Hospital and in family "
        "medicine in Sonoma County.\n\n"
        "All the best,\n"
        "Sutter Santa Rosa Family Medicine Residency\n"
        "Sutter Santa Rosa Regional Hospital | Sutter Health\n"
        "3324 Chanate Road, Santa Rosa, CA 95404")
    emit("b29-rej-email-sutterrosa-fm.eml", lab("rejection", "Sutter Santa Rosa Regional Hospital", "email", FM),
         a("Santa Rosa FM Residency", "srfmr@sutterhealth.org"), "Sutter Santa Rosa FMR - application update", sent,
         plain, "outlook", to="undisclosed-recipients:;")


@reg
def rej_email_uhawaii_peds():
    sent = at(HT, "2026-11-25T10:40:00")
    plain = (
        "Aloha Kalena,\n\n"
        "Mahalo for applying to the University of Hawai\u02bbi Pediatrics Residency Program at Kapi\u02bbolani Medical "
        "Center for Women & Children. We received applications from many talented students this year, and after "
        "much deliberation we are sorry to share that we are not able to offer you an interview.\n\n"
        "Please know how much we appreciate your interest in caring for the keiki of Hawai\u02bbi. We wish you "
        "the very best in the Match.\n\n"
        "Me ka ha\u02bbaha\u02bba,\n"
        "Pediatrics Residency Program\n"
        "University of Hawai\u02bbi John A. Burns School of Medicine\n"
        "1319 Punahou Street, 7th Floor, Honolulu, HI 96826")
    emit("b29-rej-email-uhawaii-peds.eml", lab("rejection", "University of Hawai\u02bbi", "email", PEDS),
         a("UH Pediatrics Residency", "uhpeds@hawaii.edu"), "UH Pediatrics Residency Application", sent, plain,
         "gmail")


@reg
def rej_thal_cpmc_imprelim():
    sent = at(UTC, "2026-12-08T19:55:03")
    note = (
        "Thank you for applying for a preliminary year in Internal Medicine at California Pacific Medical Center. "
        "Our preliminary class is small, and our interview season is now full. We are sorry that we cannot offer "
        "you an interview, and we wish you success with your advanced program.\n\n"
        "Internal Medicine Residency Program\nCalifornia Pacific Medical Center | Sutter Health\n"
        "2333 Buchanan Street, San Francisco, CA 94115")
    thalamus("b29-rej-thal-cpmc-imprelim.eml",
             lab("rejection", "California Pacific Medical Center", "thalamus", IM, "preliminary"),
             sent, "Application update: California Pacific Medical Center",
             "Update on your application",
             "California Pacific Medical Center has updated your application for Internal Medicine (Preliminary).",
             rows=[("Program", "California Pacific Medical Center \u2013 Internal Medicine, Preliminary"),
                   ("Status", "Not selected for interview")],
             program_note=note)


@reg
def rej_email_ucsd_cneuro():
    sent = at(PT, "2026-11-17T11:25:00")
    plain = (
        "Dear Kalena,\n\n"
        "Thank you for applying to the Child Neurology Residency Program at the University of California San "
        "Diego, based at Rady Children\u2019s Hospital-San Diego.\n\n"
        "We have now extended all interview invitations for the 2026\u201327 season. We are sorry to let you "
        "know that we are not able to offer you an interview, and we will not be maintaining a waitlist this "
        "year.\n\n"
        "We wish you success in the Match and in your career in child neurology.\n\n"
        "Sincerely,\n"
        "Child Neurology Residency Program\n"
        "Departments of Neurosciences and Pediatrics\n"
        "University of California San Diego\n"
        "3020 Children\u2019s Way, MC 5009, San Diego, CA 92123")
    emit("b29-rej-email-ucsd-cneuro.eml", lab("rejection", "University of California San Diego", "email", CNEURO),
         a("UCSD Child Neurology Residency", "childneuroresidency@health.ucsd.edu"),
         "UC San Diego Child Neurology Residency Application", sent, plain, "outlook")


@reg
def rej_email_ucsf_radonc():
    sent = at(PT, "2026-12-15T08:20:00")
    plain = (
        "Dear Applicant,\n\n"
        "Thank you for applying to the UCSF Radiation Oncology Residency Program. We received many strong "
        "applications this year, and after careful consideration we are unable to offer you an interview.\n\n"
        "We appreciate your interest in UCSF and wish you the best in the Match and beyond.\n\n"
        "UCSF Radiation Oncology Residency Program\n"
        "1825 4th Street, Suite L1101, San Francisco, CA 94158")
    emit("b29-rej-email-ucsf-radonc.eml", lab("rejection", "UCSF", "email", RADONC),
         a("UCSF Rad Onc Residency", "radoncresidency@ucsf.edu"), "UCSF Radiation Oncology", sent, plain, None,
         to="undisclosed-recipients:;")
