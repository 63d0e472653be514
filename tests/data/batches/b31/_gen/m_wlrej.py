"""Waitlists (8) and rejections (10)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ------------------------------------------------------------------ waitlists
@reg
def wl_thal_spaulding_pmr():
    sent = at(UTC, "2026-11-06T18:30:00")
    thalamus("b31-wl-thal-spaulding-pmr.eml",
             lab("waitlist", "Spaulding Rehabilitation Hospital", "thalamus", PMR),
             sent, "Waitlist update", "You\u2019ve been added to a waitlist",
             "Spaulding Rehabilitation Hospital has placed you on the waitlist for Physical Medicine and "
             "Rehabilitation interviews. This is a pooled waitlist: when a date opens, everyone on the list is "
             "notified at the same time and the first applicant to claim it gets the slot.",
             rows=[("Program", "Spaulding Rehabilitation Hospital \u2013 Harvard Medical School PM&R"),
                   ("Status", "Waitlisted")],
             note="Our interview days are full for now, but cancellations happen every season. Residents train at "
                  "Spaulding Boston in the Charlestown Navy Yard and rotate through Massachusetts General Hospital, "
                  "Brigham and Women\u2019s Hospital and the VA Boston Healthcare System.",
             foot="Make sure Thalamus notifications are turned on so you see an opening right away.")


@reg
def wl_email_chp_peds():
    sent = at(ET, "2026-11-03T17:05:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for applying to the Pediatric Residency Program at CHP. We received a record number of "
        "applications this year, and unfortunately we are not able to offer you an interview at this time.\n\n"
        "However, we were impressed by your application and would like to place you on our interview waitlist. "
        "If a spot opens, we will e-mail you directly with the available date. No action is needed to stay on "
        "the list; if you would like to be removed, simply reply to let us know.\n\n"
        "With appreciation,\n"
        "CHP Pediatric Residency Program\n"
        "4401 Penn Avenue, Pittsburgh, PA 15224")
    emit("b31-wl-email-chp-peds.eml", lab("waitlist", "CHP", "email", PEDS),
         a("CHP Pediatric Residency", "pedsresidency@chp.edu"), "Your application to CHP Pediatrics", sent, plain,
         "web")


@reg
def wl_eras_nypwc_psych():
    sent = at(ET, "2026-11-05T13:00:00")
    eras("b31-wl-eras-nypwc-psych.eml",
         lab("waitlist", "NewYork-Presbyterian Hospital/Weill Cornell Medical Center", "eras", PSY),
         sent, "Interview Status Update", "Your interview status has changed",
         "NewYork-Presbyterian Hospital/Weill Cornell Medical Center Program (Psychiatry) has updated your "
         "interview status to: Waitlisted.\n\n"
         "Message from the program:\n"
         "All of our interview dates are currently filled. We have added you to our waitlist and will reach out "
         "through MyERAS if a date becomes available. Interviews for Weill Cornell Psychiatry take place at the "
         "Payne Whitney Clinic on East 68th Street and at NewYork-Presbyterian Westchester in White Plains.")


@reg
def wl_email_slhn_ty():
    sent = at(ET, "2026-11-16T09:20:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for applying to the Transitional Year Residency at St. Luke's University Health Network. "
        "Our interview days for the 2026-2027 season are fully booked.\n\n"
        "You have been placed on our ranked waitlist at position 4. As openings occur, we offer them in waitlist "
        "order by e-mail; each offer is held for 24 hours before we move to the next applicant.\n\n"
        "Please keep an eye on this address (including your spam folder).\n\n"
        "Regards,\n"
        "Ellen Brodhead\n"
        "Transitional Year Program Coordinator\n"
        "St. Luke's University Health Network\n"
        "801 Ostrum Street, Bethlehem, PA 18015\n")
    emit("b31-wl-email-slhn-ty.eml", lab("waitlist", "St. Luke's University Health Network", "email", TY),
         a("Brodhead, Ellen", "ellen.brodhead@sluhn.org"), "TY Interview Waitlist", sent, plain, None)


@reg
def wl_ib_jhu_pmr():
    sent = at(ET, "2026-11-13T11:00:00")
    ibroker("b31-wl-ib-jhu-pmr.eml", lab("waitlist", "Johns Hopkins University", "interview_broker", PMR),
            sent, "Waitlist: Johns Hopkins PM&R", "Johns Hopkins University \u2013 Physical Medicine and Rehabilitation",
            f"Dear {FIRST},\n\n"
            "Thank you for your interest in the Johns Hopkins University PM&R residency. Our interview sessions "
            "are full, and you have been added to the waitlist. Waitlisted applicants are contacted one at a "
            "time, in order; if we reach you, Interview Broker will send you an e-mail with a link and a window "
            "to respond.\n\n"
            "Status: Waitlisted",
            after="Please note that this is separate from any status you may have with the Department of Neurology "
                  "or other Johns Hopkins programs.")


@reg
def wl_email_ctchildrens_peds():
    sent = at(ET, "2026-10-29T15:35:00")
    plain = (
        f"Hi {FIRST},\n\n"
        "Thank you for applying to the UConn/Connecticut Children\u2019s Pediatric Residency Program! Our "
        "interview days are currently full, but we would be glad to keep you on our waitlist.\n\n"
        "If you would like to stay on it, please click below. When a date opens, we contact waitlisted "
        "applicants in order and hold the spot for 24 hours.\n\n"
        "Stay on the waitlist: https://forms.office.com/r/CCMCpedsWL27\n\n"
        "Thanks,\n"
        "Ana Lucia Perreault\n"
        "Pediatric Residency Coordinator\n"
        "Connecticut Children\u2019s | 282 Washington Street, Hartford, CT 06106")
    emit("b31-wl-email-ctchildrens-peds.eml", lab("waitlist", "Connecticut Children\u2019s", "email", PEDS),
         a("Perreault, Ana Lucia", "aperreault@connecticutchildrens.org"), "Pediatric Residency Interview Waitlist",
         sent, plain, "outlook")


@reg
def wl_email_penn_pmr():
    sent = at(ET, "2026-11-20T10:45:00")
    plain = (
        f"Dear Applicant,\n\n"
        "We regret that we are unable to extend you an interview at this time. This decision reflects the "
        "number of applications we received and not the quality of yours.\n\n"
        "We would, however, like to keep your application active on our waitlist. If an interview date "
        "opens, we will contact you by e-mail.\n\n"
        "Department of Physical Medicine and Rehabilitation\n"
        "University of Pennsylvania Health System\n"
        "1800 Lombard Street, Philadelphia, PA 19146")
    emit("b31-wl-email-penn-pmr.eml", lab("waitlist", "University of Pennsylvania Health System", "email", PMR),
         a("Penn PM&R Residency", "pmr.residency@pennmedicine.upenn.edu"), "Penn PM&R Residency Application",
         sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def wl_email_rih_neuro():
    sent = at(ET, "2026-11-11T12:10:00")
    plain = (
        f"Hello {FIRST},\n\n"
        "Thank you for applying to the Neurology Residency at Brown University Health. All interview dates "
        "for this season are now booked, and you are on our waitlist.\n\n"
        "Our residents train at Rhode Island Hospital and The Miriam Hospital in Providence. If a spot comes "
        "up, we will write to everyone on the waitlist at once, so please answer quickly if you see an e-mail "
        "from us.\n\n"
        "Best,\n"
        "Neurology Residency Program\n"
        "Brown University Health | Rhode Island Hospital\n"
        "593 Eddy Street, APC 5, Providence, RI 02903")
    emit("b31-wl-email-rih-neuro.eml", lab("waitlist", "Brown University Health", "email", NEURO),
         a("Neurology Residency", "neurologyresidency@brownhealth.org"), "Neurology Residency - Waitlist", sent,
         plain, "outlook")


# ------------------------------------------------------------------ rejections
@reg
def rej_email_brown_psych():
    sent = at(ET, "2026-11-18T16:30:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for your interest in the Adult Psychiatry Residency Program at the Warren Alpert Medical School "
        "of Brown University. We have now sent all of our interview invitations for this season, and we are "
        "sorry that we are unable to offer you one.\n\n"
        "We wish you every success in the Match.\n\n"
        "Sincerely,\n"
        "Psychiatry Residency Training Office\n"
        "Warren Alpert Medical School of Brown University\n"
        "Butler Hospital, 345 Blackstone Boulevard, Providence, RI 02906")
    emit("b31-rej-email-brown-psych.eml", lab("rejection", "Warren Alpert Medical School of Brown University",
                                             "email", PSY),
         a("Brown Psychiatry Residency", "psychiatry_residency@brown.edu"), "Brown Psychiatry Residency", sent,
         plain, "outlook", to="undisclosed-recipients:;")


@reg
def rej_thal_sinaimw_psych():
    sent = at(UTC, "2026-11-24T20:00:00")
    thalamus("b31-rej-thal-sinaimw-psych.eml",
             lab("rejection", "Icahn School of Medicine at Mount Sinai (Morningside/West)", "thalamus", PSY),
             sent, "Update on your application", "Application update",
             "Icahn School of Medicine at Mount Sinai (Morningside/West) has sent you an update regarding your "
             "application.",
             rows=[("Program", "Icahn School of Medicine at Mount Sinai (Morningside/West) \u2013 Psychiatry"),
                   ("Status", "Not selected")],
             note="After careful review, we are unable to move forward with your application this cycle. We "
                  "appreciate the time you put into applying and wish you the very best.")


@reg
def rej_eras_umd_neuro():
    sent = at(ET, "2026-12-02T09:30:00")
    eras("b31-rej-eras-umd-neuro.eml",
         lab("rejection", "University of Maryland Medical Center", "eras", NEURO),
         sent, None, "New message from a program",
         "From: University of Maryland Medical Center Program (Neurology)\n\n"
         "Dear Applicant,\n\n"
         "Thank you for applying to the Neurology Residency at the University of Maryland Medical Center. We have "
         "completed our interview invitation process and regret that we cannot offer you an interview. Please "
         "know that this decision is not a reflection of your accomplishments.\n\n"
         "Sincerely,\nNeurology Residency Selection Committee")


@reg
def rej_email_upmcshady_fm():
    sent = at(ET, "2026-11-09T14:00:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for applying to the UPMC Shadyside Family Medicine Residency. We received many strong "
        "applications and have extended all of our interview invitations for the 2027 Match. We regret that "
        "we could not include you.\n\n"
        "We wish you well in your career.\n\n"
        "UPMC Shadyside Family Medicine Residency\n"
        "5215 Centre Avenue, Pittsburgh, PA 15232")
    emit("b31-rej-email-upmcshady-fm.eml", lab("rejection", "UPMC Shadyside", "email", FM),
         a("UPMC Shadyside FM Residency", "shadysidefm@upmc.edu"), "Re: Your application", sent, plain, "outlook")


@reg
def rej_email_yale_derm():
    sent = at(ET, "2026-11-11T21:02:00")
    plain = (
        f"Dear {NAME},\n\n"
        "On behalf of the Department of Dermatology at Yale School of Medicine, thank you for your application. "
        "We had an exceptional pool of applicants this year and, after careful review, we are unable to "
        "offer you an interview.\n\n"
        "We wish you success as you continue your training.\n\n"
        "Yale Dermatology Residency Program\n"
        "Yale School of Medicine | 333 Cedar Street, New Haven, CT 06510")
    emit("b31-rej-email-yale-derm.eml", lab("rejection", "Yale School of Medicine", "email", DERM),
         a("Yale Dermatology Residency", "dermatology.residency@yale.edu"), "Yale Dermatology Application Status",
         sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def rej_thal_bidmc_neuro():
    sent = at(UTC, "2026-11-16T15:00:00")
    thalamus("b31-rej-thal-bidmc-neuro.eml",
             lab("rejection", "Beth Israel Deaconess Medical Center", "thalamus", NEURO),
             sent, "Application status update", "Status update",
             "Beth Israel Deaconess Medical Center has updated your application status.",
             rows=[("Program", "Beth Israel Deaconess Medical Center \u2013 Neurology"), ("Status", "Declined")],
             note="Thank you for your interest in Harvard Neurology at BIDMC. We are sorry we are unable to offer "
                  "you an interview this year. Best of luck with the rest of the season.")


@reg
def rej_email_lahey_imprelim():
    sent = at(ET, "2026-11-30T10:20:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for applying to the preliminary year of the Internal Medicine Residency at Lahey Hospital & "
        "Medical Center in Burlington. Our interview invitations for preliminary positions are complete, and we "
        "regret that we cannot offer you an interview this year.\n\n"
        "Best regards,\n"
        "Internal Medicine Residency Program\n"
        "Lahey Hospital & Medical Center | Beth Israel Lahey Health\n"
        "41 Mall Road, Burlington, MA 01805")
    emit("b31-rej-email-lahey-imprelim.eml",
         lab("rejection", "Lahey Hospital & Medical Center", "email", IM, "preliminary"),
         a("Lahey IM Residency", "im.residency@lahey.org"), "Lahey Internal Medicine - Preliminary Year", sent,
         plain, "outlook")


@reg
def rej_email_bumc_neuro():
    sent = at(ET, "2026-12-07T11:15:00")
    plain = (
        f"Dear Ms. {LAST},\n\n"
        "The Boston University Medical Center Neurology Residency Program thanks you for your application. We "
        "regret to inform you that we are unable to extend an interview invitation to you this season.\n\n"
        "Respectfully,\n"
        "Neurology Residency Program\n"
        "Boston University Chobanian & Avedisian School of Medicine\n"
        "Boston Medical Center | 72 East Concord Street, Boston, MA 02118")
    emit("b31-rej-email-bumc-neuro.eml", lab("rejection", "Boston University Medical Center", "email", NEURO),
         a("BU Neurology Residency", "neuroresidency@bmc.org"), "Neurology Residency Application", sent, plain,
         "outlook")


@reg
def rej_email_jfk_pmr():
    sent = at(ET, "2026-11-25T08:45:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for considering the PM&R Residency at JFK Johnson Rehabilitation Institute, Hackensack "
        "Meridian JFK University Medical Center. Our interview schedule is now complete and we are unable to "
        "accommodate you this year.\n\n"
        "We appreciate your interest and wish you all the best.\n\n"
        "PM&R Residency Program\n"
        "Hackensack Meridian JFK University Medical Center\n"
        "65 James Street, Edison, NJ 08820")
    emit("b31-rej-email-jfk-pmr.eml",
         lab("rejection", "Hackensack Meridian JFK University Medical Center", "email", PMR),
         a("JFK Johnson PM&R Residency", "pmr.residency@hmhn.org"), "PM&R Residency - Application Decision", sent,
         plain, "outlook")


@reg
def rej_eras_stonybrook_peds():
    sent = at(ET, "2026-12-09T15:50:00")
    eras("b31-rej-eras-stonybrook-peds.eml",
         lab("rejection", "Stony Brook Medicine", "eras", PEDS),
         sent, "Application Status Update", "Application status update",
         "Stony Brook Medicine/University Hospital Program (Pediatrics) has updated your status.\n\n"
         "Message from the program:\n"
         "Thank you for applying to Stony Brook Medicine Pediatrics. Our interview season is full and we are "
         "unable to offer you a position on our schedule. We wish you the very best in the Match.")
