"""Season O: mail about none of her programs."""
from kit import (ET, CT, UTC, NAME, FIRST, ADDR, ME, D, full, fulln, short, md, mail, me, fq, shell, e, a, btn,
                 table, ul, clock)
from plat import eras, th_note, TH, TH_HDR, TH_FOOT, TH_TOP
from im import co

NRMP = ("NRMP", "noreply@nrmp.org")


def build():
    eras("2026-09-02 13:14", "myeras-application-submitted", "unrelated", "info",
         "ERAS: Your application has been certified and submitted",
         [f"Dear {NAME},", "",
          "Your MyERAS application for the 2027 residency season has been certified and submitted.",
          "Specialties applied to: Internal Medicine; Internal Medicine (Preliminary); Neurology; Neurology (Advanced).",
          "Programs applied to: 41", "",
          "Programs can download applications beginning September 23, 2026. You may still apply to additional "
          "programs and assign documents, but the certified application itself can no longer be changed."])
    t = (f"Dear {NAME},\n\nThank you for registering for the 2027 Main Residency Match.\n\nNRMP ID: N2027-0418823\n"
         "AAMC ID: 17439258\nMedical school: Rutgers Robert Wood Johnson Medical School\n\n"
         "Important dates:\n  Rank order list entry opens: February 1, 2027\n"
         "  Rank order list certification deadline: March 3, 2027, 9:00 PM ET\n"
         "  Match Day: Friday, March 19, 2027\n\n"
         "If you are applying to advanced positions, remember to enter supplemental rank order lists for the "
         "PGY-1 programs you want linked to each advanced program.\n\nNational Resident Matching Program\n"
         "2121 K Street, NW, Suite 1000, Washington, DC 20037")
    mail("2026-09-15 11:20", "nrmp-registration-confirmation", "unrelated", "info", NRMP,
         "NRMP Registration Confirmation - 2027 Main Residency Match", t,
         shell([f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")], color="#005587",
               top='<b style="color:#005587">NRMP</b>'), tz=ET)
    th_note("2026-09-24 08:02", "thalamus-account-verification", "unrelated", "info", "Thalamus Account",
            "Verify your Thalamus e-mail address",
            ["Welcome to Thalamus! Your applicant account is linked to your ERAS application. Please confirm this "
             "e-mail address so programs can reach you.",
             "Interview invitations, confirmations and reminders will be sent from noreply@thalamusgme.com."],
            url="https://app.thalamusgme.com/verify?token=c4e1a9d07b", label_btn="Verify e-mail",
            greet=f"Hi {FIRST},")
    aan = ("American Academy of Neurology", "memberservices@aan.com")
    t = ("AAN Student Interest Group in Neurology (SIGN) - October 2026\n\n"
         "Interview season is here! This month:\n\n"
         "* Webinar: \"Virtual interview tips from program directors\" - Wednesday, October 28, 7:00 PM CT, with "
         "faculty from Penn, Johns Hopkins and Mayo Clinic.\n"
         "* Reminder: most neurology programs use Thalamus or the ERAS interview scheduler. Whitelist the sender "
         "addresses so invitations don't land in spam.\n"
         "* Categorical vs. advanced: if you applied to advanced neurology positions, you also need a PGY-1 "
         "(preliminary medicine or transitional year).\n\n"
         "Read more: https://www.aan.com/tools-resources/medical-students\n\n"
         "American Academy of Neurology | 201 Chicago Avenue, Minneapolis, MN 55415\n"
         "Unsubscribe: https://www.aan.com/unsubscribe?u=77120")
    mail("2026-10-14 12:00", "aan-sign-newsletter-october", "unrelated", "other", aan,
         "SIGN Update: interview season tips, webinar Oct 28", t,
         shell([f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")], color="#00487a",
               top='<b style="color:#00487a">AAN</b> Student Interest Group in Neurology'),
         tz=CT, headers=[("List-Unsubscribe", "<https://www.aan.com/unsubscribe?u=77120>")])
    osa = ("RWJMS Office of Career Advising", "careeradvising@rwjms.rutgers.edu")
    co("2026-10-19 07:30", "rwjms-match-matters-bulletin", "unrelated", "other", osa,
       "Match Matters | Week of October 19",
       "Good morning, Class of 2027!\n\nA few items for interview season:\n\n1. Mock interviews continue "
       "Thursday, October 22 in the CAB 1st-floor learning studios - sign up on the OCA page.\n2. Track every "
       "invitation, response and date in the shared Match tracker; reply to invitations promptly (many programs "
       "give 48-72 hours).\n3. Alumni panel, November 5: recent graduates now at Hackensack University Medical "
       "Center, Thomas Jefferson University Hospital and NYU Langone Hospital-Long Island.\n4. Match Day is "
       "Friday, March 19, 2027.\n\nOffice of Career Advising\nRutgers Robert Wood Johnson Medical School",
       to="rwjms-class-2027@rwjms.rutgers.edu")
    ben = ("Ben Adeyemi", "ben.adeyemi.rwj@gmail.com")
    inner = ("Dear Benjamin Adeyemi,\n\nThe Internal Medicine Residency Program at NYU Grossman School of Medicine "
             "is pleased to invite you to interview.\n\nInterview format: Virtual\nDates offered:\n"
             "  * Thursday, December 3, 2026\n  * Thursday, December 10, 2026\n\n"
             "Respond to this invitation in Thalamus:\nhttps://app.thalamusgme.com/applicant/invitations/7741902")
    mail("2026-11-06 22:14", "fwd-ben-nyu-im-invitation", "unrelated", "other", ben,
         "Fwd: NYU Grossman School of Medicine - Internal Medicine - Interview Invitation",
         "Leila!! I finally got NYU IM. Did you hear from them yet?? Want to do a practice run next week?\n\nBen\n\n"
         + fq("2026-11-06 12:00", "Thalamus", "noreply@thalamusgme.com", "ben.adeyemi.rwj@gmail.com",
              "NYU Grossman School of Medicine - Internal Medicine - Interview Invitation", inner, tz=UTC),
         tz=ET)
    me("2026-12-18 21:05", "sent-mid-season-update-advisor", "unrelated", "other",
       ("Elena Voss, MD", "vosse@rwjms.rutgers.edu"), "Interview season update",
       "Dear Dr. Voss,\n\nA quick mid-season update. So far I've interviewed at Jefferson IM, NYU Long Island, "
       "Lenox Hill, RWJ (IM and Neuro), NYU Neuro, Mount Sinai Morningside/West, Northwell Neuro, Downstate, "
       "MedStar Georgetown IM, UVA (categorical and prelim), Hackensack IM, Jefferson Neuro, GW IM, Bayview, "
       "Inova and MedStar WHC prelim. Still ahead: MedStar Georgetown Neuro (Jan 5), UMMC (Jan 7), Abington "
       "prelim, VCU Neuro in person, Penn-affiliated interviews and GW Neuro. Jefferson Einstein cancelled my "
       "date and I'm waitlisted at Sinai.\n\nDo you think 10 neurology interviews is enough, or should I reach out "
       "to a few more programs?\n\nThank you,\nLeila")
    mail("2026-12-18 21:06", "auto-reply-dr-voss-out-of-office", "unrelated", "other",
         ("Voss, Elena", "vosse@rwjms.rutgers.edu"), "Automatic reply: Interview season update",
         "I am out of the office from December 18, 2026 through January 4, 2027 with limited access to e-mail. "
         "For urgent clinical matters please page the neurology consult resident at RWJUH. For student advising "
         "questions, contact the Office of Career Advising.\n\nElena Voss, MD\nAssociate Professor of Neurology\n"
         "Rutgers Robert Wood Johnson Medical School", None, tz=ET, headers=[("Auto-Submitted", "auto-replied")])
    amt = ("Amtrak", "tickets@amtrak.com")
    t = ("Thank you for traveling with Amtrak.\n\nReservation Number: 5C2A91\n\n"
         "DEPART: Sunday, January 10, 2027 - Train 95 Northeast Regional\n"
         "  Metropark, NJ (MET) 9:41 AM -> Richmond Staples Mill Rd, VA (RVR) 3:28 PM\n\n"
         "RETURN: Monday, January 11, 2027 - Train 66 Northeast Regional\n"
         "  Richmond Staples Mill Rd, VA (RVR) 7:05 PM -> Metropark, NJ (MET) 12:58 AM (+1)\n\n"
         f"Passenger: {NAME.upper()}\nTotal: $187.00\n\nYour eTicket is attached. Download the Amtrak app to "
         "manage your trip.\n\nNational Railroad Passenger Corporation, 1 Massachusetts Ave NW, Washington, DC 20001")
    mail("2026-12-21 19:42", "amtrak-etickets-metropark-richmond", "unrelated", "other", amt,
         "Amtrak: eTicket and Receipt for Your Trip on 01/10/2027 - Reservation Number 5C2A91", t,
         shell([f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")], color="#005d8f",
               top='<b style="color:#005d8f">AMTRAK</b>'), tz=ET)
    grad = ("Graduate Richmond", "reservations@graduatehotels.com")
    t = ("Dear Leila,\n\nWe're looking forward to your stay!\n\nConfirmation #: 84419020\n"
         "Check-in: Sunday, January 10, 2027 (from 4:00 PM)\nCheck-out: Monday, January 11, 2027 (by 11:00 AM)\n"
         "Room: 1 King, Non-Smoking\nRate: Medical Interview Rate - $139.00 + tax\n\n"
         "Graduate Richmond, 301 W. Franklin Street, Richmond, VA 23220\n\nCancel up to 48 hours before arrival "
         "without penalty.")
    mail("2026-12-21 19:58", "graduate-richmond-reservation", "unrelated", "other", grad,
         "Your reservation at Graduate Richmond is confirmed", t,
         shell([f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")], color="#8a2b2b",
               top='<b style="color:#8a2b2b">GRADUATE</b> Richmond'), tz=ET)
    pan = ("Panacea Financial", "hello@panaceafinancial.com")
    t = ("Match Day is coming. Moving for residency?\n\n"
         "Our Residency Relocation Loan helps cover the deposit, movers and the months before your first "
         "paycheck - no payments until after residency.* Built by doctors, for doctors.\n\n"
         "Check your rate in minutes: https://panaceafinancial.com/relocation?utm_source=em&utm_campaign=ms4-jan\n\n"
         "*Terms apply. Panacea Financial is a division of Primis Bank, Member FDIC.\n"
         "Unsubscribe: https://panaceafinancial.com/unsubscribe")
    mail("2027-01-06 10:00", "panacea-residency-relocation-loan", "unrelated", "other", pan,
         "Leila, congratulations on your interviews - plan your move", t,
         shell([f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")], color="#1b365d"), tz=ET,
         headers=[("List-Unsubscribe", "<https://panaceafinancial.com/unsubscribe>")])
    th_note("2027-01-26 15:00", "thalamus-product-update-notes", "unrelated", "other", "Thalamus",
            "New in Thalamus: private interview notes and calendar export",
            ["You can now jot private impressions right after each interview in your Thalamus calendar; they "
             "are never shared with programs. You can also export your interview calendar to Google or Outlook.",
             "These features are available today for all applicants."],
            url="https://thalamusgme.com/blog/applicant-notes", label_btn="Learn more", greet=f"Hi {FIRST},")
    t = (f"Dear {NAME},\n\nRank order list entry for the 2027 Main Residency Match is now open in the R3 system.\n\n"
         "Certification deadline: Wednesday, March 3, 2027 at 9:00 PM ET.\n\nIf you ranked advanced (PGY-2) "
         "programs, create a supplemental rank order list of preliminary or transitional programs for each of "
         "them. Programs you interviewed with do not appear automatically; enter them by NRMP program code.\n\n"
         "Log in: https://r3.nrmp.org\n\nNational Resident Matching Program")
    mail("2027-02-01 12:01", "nrmp-rank-order-list-open", "unrelated", "info", NRMP,
         "The 2027 Main Residency Match: Rank Order List Entry is Open", t,
         shell([f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")], color="#005587",
               top='<b style="color:#005587">NRMP</b>'), tz=ET)
