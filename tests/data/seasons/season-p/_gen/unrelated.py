"""Mail about none of her programs."""
from kit import CT, ET, PT, UTC, D, NAME, FIRST, ADDR, SIG, coord, fq, full, mail, me, shell, e, btn, a
from plat import eras, th_invite, TH, TH_HDR, TH_FOOT, THC

U = "unrelated"


def build():
    eras("2026-09-02 09:40", "myeras-application-certified", U, "info", "Your MyERAS application has been submitted",
         ["Your MyERAS application was certified and submitted on September 2, 2026.",
          "Specialties: Pediatrics; Internal Medicine/Pediatrics. Programs applied to: 40.",
          "Programs will be able to download applications beginning September 23, 2026."])
    mail("2026-09-16 10:05", "nrmp-registration-confirmation", U, "info", ("NRMP", "support@nrmp.org"),
         "NRMP Main Residency Match Registration Confirmation",
         f"Dear {NAME},\n\nThank you for registering for the 2027 Main Residency Match. Your NRMP ID is N0461827."
         "\n\nImportant dates: rank order list entry opens February 1, 2027; the rank order list certification "
         "deadline is March 3, 2027 at 9:00 p.m. ET; Match Day is Friday, March 19, 2027.\n\nNational Resident "
         "Matching Program\n", tz=ET)
    h = shell(["<p>Welcome to Thalamus! Please verify your e-mail address to finish setting up your applicant "
               "account.</p>", btn("https://app.thalamusgme.com/verify?t=8c1f0e", "Verify Email", THC)],
              foot=TH_FOOT, color=THC)
    mail("2026-09-23 08:12", "thalamus-verify-your-email", U, "info", TH, "Verify your Thalamus account",
         "Welcome to Thalamus!\n\nVerify your e-mail address: https://app.thalamusgme.com/verify?t=8c1f0e\n", h,
         tz=UTC, headers=TH_HDR)
    mail("2026-10-06 07:30", "aap-somert-newsletter-october", U, "other",
         ("AAP Section on Medical Students, Residents & Fellowship Trainees", "somert@aap.org"),
         "SOMeRT Monthly: interview season survival guide",
         "SOMeRT Monthly – October 2026\n\n* Interview season survival guide: how many interviews is enough in "
         "Pediatrics? Most applicants who match attend 10-14.\n* Webinar Oct 21, 7 p.m. CT: \"Categorical vs. "
         "primary care vs. Med-Peds\" featuring program directors from Cincinnati Children's, Lurie Children's and "
         "Children's Mercy Kansas City.\n* Advocacy day recap.\n\nAmerican Academy of Pediatrics, 345 Park Blvd, "
         "Itasca, IL 60143\nUnsubscribe: https://www.aap.org/unsubscribe\n")
    # classmate forwards her own MCW invitation
    orig = ("Hello Elena,\n\nCongratulations! The MCW Pediatric Residency Program at Children's Wisconsin invites you "
            "to a virtual interview.\n\nAvailable interview dates:\n- Monday, November 2, 2026\n- Monday, November 30, "
            "2026\n\nLog in to Thalamus to select a date.\n--\nThalamus")
    mail("2026-10-06 21:18", "fwd-elena-mcw-pediatrics-invitation", U, "other",
         ("Elena Brandvold", "elena.brandvold@gmail.com"), "Fwd: Interview Invitation from Medical College of "
         "Wisconsin Affiliated Hospitals - Pediatrics",
         "Mari!! Did you get this one too?? I'm thinking Nov 2. Which day did you pick?\n\nE\n\n"
         + fq("2026-10-06 07:00", "Thalamus", "noreply@thalamusgme.com", "elena.brandvold@gmail.com",
              "Interview Invitation from Medical College of Wisconsin Affiliated Hospitals - Pediatrics", orig))
    mail("2026-10-13 12:00", "carver-match-bulletin", U, "other",
         ("Carver Student Affairs", "ccom-studentaffairs@uiowa.edu"), "Match Bulletin: interview season tips",
         "Carver College of Medicine – Match Bulletin\n\n- Mock interviews with Pediatrics faculty: Oct 14 and "
         "Oct 21, MERF 1117.\n- Reminder: notify the Dean's office if you will miss required clerkship days "
         "for interviews.\n- Alumni now at Lurie Children's, Riley and Cincinnati Children's are happy to chat.\n"
         "- Match Day ceremony: Friday, March 19, 2027.\n\nOffice of Student Affairs and Curriculum\n", tz=CT)
    mail("2026-11-18 16:42", "united-eticket-cid-cvg", U, "other", ("United Airlines", "unitedairlines@united.com"),
         "eTicket Itinerary and Receipt for Confirmation K7Q2XM",
         "Thank you for choosing United.\n\nConfirmation: K7Q2XM\nThu, Nov 19, 2026  UA 5512  Cedar Rapids (CID) "
         "11:05 AM – Chicago (ORD) 12:14 PM\nThu, Nov 19, 2026  UA 2207  Chicago (ORD) 1:20 PM – Cincinnati (CVG) "
         "3:49 PM\nSat, Nov 21, 2026  UA 2318  Cincinnati (CVG) 9:10 AM – Chicago (ORD) 9:31 AM\nSat, Nov 21, 2026  "
         "UA 5540  Chicago (ORD) 11:15 AM – Cedar Rapids (CID) 12:28 PM\n\nTraveler: HAUGEN/MARISOL\n", tz=CT)
    mail("2026-11-18 17:03", "kinley-cincinnati-reservation", U, "other",
         ("Kinley Cincinnati Downtown", "reservations@kinleyhotels.com"), "Reservation confirmed – Kinley Cincinnati",
         "Hi Marisol,\n\nYour reservation is confirmed.\nCheck-in: Thursday, November 19, 2026 (3:00 PM)\n"
         "Check-out: Saturday, November 21, 2026 (11:00 AM)\nRate: UCMP group rate, $149.00/night\n"
         "Confirmation #: 88214407\n\nKinley Cincinnati Downtown, 37 W. 7th St, Cincinnati, OH 45202\n", tz=ET)
    adv = ("Dr. Karin Solheim", "karin-solheim@uiowa.edu")
    me("2026-12-18 16:10", "sent-mid-season-update-dr-solheim", U, "other", adv, "Interview season update",
       "Dear Dr. Solheim,\n\nA quick update before the break: I've completed interviews at UIC (Peds and "
       "Med-Peds), Iowa, MCW, UMN, WashU Med-Peds, Blank, Advocate Oak Lawn, Northwestern Med-Peds, SLU, UC "
       "Med-Peds, Rush Med-Peds, Ohio State, Children's Mercy, Loyola, Cleveland Clinic, Michigan and Helen DeVos. "
       "Still coming in January: Riley, IU Med-Peds, Kentucky, UW (I moved it to January 12) and Louisville. "
       "Park Ridge cancelled on me and I'm waitlisted at Lurie, Nationwide, Mayo and UMN Med-Peds.\n\nCould we "
       "meet in January to talk about my rank list?\n\nThank you,\nMarisol")
    mail("2026-12-18 16:11", "auto-reply-dr-solheim-out-of-office", U, "other", adv,
         "Automatic reply: Interview season update",
         "I am out of the office until Monday, January 4, 2027. For urgent student matters please contact "
         "the Office of Student Affairs at 319-555-0110.\n\nKarin Solheim, MD\nClinical Professor of Pediatrics\n",
         headers=[("Auto-Submitted", "auto-replied")])
    mail("2027-01-07 10:00", "laurel-road-residency-loan-offer", U, "other",
         ("Laurel Road", "offers@email.laurelroad.com"), "Moving for residency? Plan ahead with a relocation loan",
         "Congratulations on interview season, Marisol!\n\nMatch Day is coming. A residency relocation loan can "
         "cover your move, deposit and board fees – with no payments until after residency starts.\n\n"
         "Check your rate: https://www.laurelroad.com/residency-relocation-loan/\n\nLaurel Road is a brand of "
         "KeyBank N.A. Member FDIC. Unsubscribe.\n", tz=ET)
    eras("2026-12-21 14:00", "myeras-scheduled-maintenance", U, "info", "MyERAS scheduled maintenance",
         ["MyERAS and the ERAS interview scheduler will be unavailable on Saturday, December 26, 2026 from "
          "8:00 a.m. to 2:00 p.m. ET for scheduled maintenance.",
          "Interview invitations sent during this window will be delivered once service resumes."])
    mail("2027-01-27 11:00", "thalamus-new-features", U, "info", TH, "What's new in Thalamus: travel cards and calendar sync",
         "Hi Marisol,\n\nNew this month: add travel cards to in-person interviews and sync your itinerary to Google "
         "Calendar. Questions? Visit our help center.\n\nThe Thalamus Team\n", tz=UTC, headers=TH_HDR)
    mail("2027-02-01 11:00", "nrmp-rank-order-list-open", U, "info", ("NRMP", "support@nrmp.org"),
         "Rank Order List Entry Is Now Open",
         f"Dear {NAME},\n\nRank order list entry for the 2027 Main Residency Match is now open in the R3 system. "
         "Congratulations on your interviews! You may enter and certify your list until Wednesday, March 3, 2027 "
         "at 9:00 p.m. ET.\n\nNRMP\n", tz=ET)
