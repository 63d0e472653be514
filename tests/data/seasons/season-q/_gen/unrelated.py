"""Mail about none of her programs (label 'unrelated')."""
from kit import CT, ET, PT, UTC, ADDR, D, FIRST, NAME, SIG, button, e, fwd, link, mail, me, page
from plat import ERAS, RC_URL, TH, TH_FOOT, TH_HDR, THC, eras, rcas

U = "unrelated"


def build():
    eras("2026-09-03 08:15", "myeras-application-submitted", U, "info", "MyERAS Application Submitted",
         ["Thank you. Your MyERAS application for the 2027 season has been certified and submitted.",
          "Specialties selected: Internal Medicine (Categorical); Internal Medicine (Preliminary).",
          "Programs applied to: 31. Programs may begin reviewing applications on September 23, 2026.",
          "You can assign documents and apply to additional programs at any time."])
    rc = page(["Your ResidencyCAS application has been received and verified.",
               "Specialty: Emergency Medicine. Programs designated: 27. Program signals used: 5 of 5.",
               "Applications are released to programs on October 1, 2026. Interview invitations will appear on "
               "the Interviews tab of your dashboard.", "The ResidencyCAS Team"],
              brand='<b style="color:#00677f">ResidencyCAS</b>', accent="#00677f",
              foot="Liaison International, 311 Arsenal Street, Suite 15, Watertown, MA 02472")
    mail("2026-09-10 06:40", "residencycas-application-verified", U, "info",
         ("ResidencyCAS", "notifications@liaisoncas.com"), "Your ResidencyCAS Application Has Been Verified",
         f"Dear {NAME},\n\nYour ResidencyCAS application has been received and verified.\n\nSpecialty: Emergency "
         "Medicine\nPrograms designated: 27\nProgram signals used: 5 of 5\n\nApplications are released to "
         "programs on October 1, 2026. Interview invitations will appear on the Interviews tab of your "
         f"dashboard: {RC_URL}\n\nThe ResidencyCAS Team\n", rc, tz=ET)
    mail("2026-09-15 11:20", "nrmp-main-match-registration", U, "info", ("NRMP", "noreply@nrmp.org"),
         "Welcome to the 2027 Main Residency Match",
         f"Dear {NAME},\n\nYour registration for the 2027 Main Residency Match is complete. NRMP ID: N1183064.\n\n"
         "Key dates:\n- Rank Order List entry opens: February 1, 2027\n- Rank Order List certification deadline: "
         "March 3, 2027, 9:00 p.m. ET\n- Match Week begins: March 15, 2027\n- Match Day: March 19, 2027\n\n"
         "By registering you agreed to the Match Participation Agreement.\n\nNational Resident Matching Program\n"
         "2121 K Street NW, Suite 1000, Washington, DC 20037\n", tz=ET)
    vh = page(["Welcome to Thalamus, Keala!", "Confirm your e-mail address to activate your applicant account.",
               button("https://app.thalamusgme.com/verify-email?token=q7Yh2LmR", "Confirm E-mail", THC)],
              foot=TH_FOOT, accent=THC)
    mail("2026-09-22 09:31", "thalamus-confirm-your-email", U, "info", TH, "Confirm your e-mail address",
         "Welcome to Thalamus, Keala!\n\nConfirm your e-mail address to activate your applicant account:\n"
         "https://app.thalamusgme.com/verify-email?token=q7Yh2LmR\n", vh, tz=UTC, headers=TH_HDR)
    rcas("2026-09-29 13:10", "residencycas-sloe-received", U, "info", "The ResidencyCAS Team",
         "A Standardized Letter of Evaluation Has Been Received",
         ["A Standardized Letter of Evaluation (SLOE) from Valleywise Health Medical Center, Department of "
          "Emergency Medicine, has been received and attached to your application.",
          "Remember to assign letters to each program on the Documents tab; letters are not assigned "
          "automatically."], btn=(RC_URL.replace("#/interviews", "#/documents"), "Assign Documents"))
    nl = """EMRA Match Minute · October 14, 2026

THIS WEEK IN EM RECRUITMENT
• Virtual open houses: Harbor-UCLA (Thu 10/15, 6 p.m. PT), Highland (Tue 10/20), UNLV (Thu 10/22). Register
  on the EMRA Match open-house calendar.
• Interview invites are rolling out. No universal release day this year – check your ResidencyCAS Interviews tab
  AND your spam folder.
• Program spotlight: OHSU's wilderness medicine track and Valleywise's burn center rotation.
• Reminder: CORD recommends virtual interviews for EM; in-person second looks must be optional and cannot
  affect rank.

FROM THE BOARD
Q: Is it okay to send a letter of intent before I've finished interviewing? A: Yes, but only one.

EMRA · 4950 W. Royal Lane, Irving, TX 75063 · Manage preferences / Unsubscribe"""
    mail("2026-10-14 05:00", "emra-match-minute-october-14", U, "other",
         ("EMRA Match Minute", "newsletter@emra.org"), "Match Minute: open houses this week + invite season tips",
         nl, page([e(p) for p in nl.split("\n\n")], brand="<b>EMRA</b>", accent="#e21f26"), tz=CT,
         headers=[("List-Unsubscribe", "<mailto:unsubscribe@emra.org>")])
    orig = ("Dear Marcus,\n\nCongratulations! The Emergency Medicine Residency at UCSF Fresno would like to invite "
            "you to interview. Our virtual interview dates are Friday, November 13; Friday, December 4; and "
            "Friday, December 18.\n\nReply to this e-mail with your preferred date (and a backup) by Wednesday, "
            "October 28.\n\nRosalind Tavares\nResidency Program Coordinator, Emergency Medicine\nUCSF Fresno")
    mail("2026-10-24 21:47", "fwd-marcus-ucsf-fresno-em-invite", U, "other",
         ("Marcus Deleon", "marcus.deleon.md27@gmail.com"), "Fwd: UCSF Fresno Emergency Medicine – Interview Invitation",
         "Keala!! Fresno came through for me too. I'm going for Nov 13 so we're not in the same Zoom lol. "
         "Did they give you a date yet?\n\n- M\n\n"
         + fwd("2026-10-23 10:52", "Rosalind Tavares", "rosalind.tavares@fresno.ucsf.edu",
               "marcus.deleon.md27@gmail.com", "UCSF Fresno Emergency Medicine – Interview Invitation", orig),
         )
    sw = """Your trip is booked!

Confirmation #: 4HQZ7R
Passenger: KEALA OSTRANDER

Monday, December 7, 2026
Flight 2318  Reno/Tahoe (RNO) 1:35 PM → Phoenix (PHX) 4:30 PM  Nonstop

Tuesday, December 8, 2026
Flight 1641  Phoenix (PHX) 6:10 PM → Reno/Tahoe (RNO) 7:20 PM  Nonstop

Fare: Wanna Get Away  |  Total: $238.96

Bags fly free®: first and second checked bags.
Southwest Airlines · P.O. Box 36647, Dallas, TX 75235"""
    mail("2026-11-25 20:14", "southwest-flight-reservation-rno-phx", U, "other",
         ("Southwest Airlines", "SouthwestAirlines@ifly.southwest.com"),
         "Your trip is booked! RNO to PHX (12/07) - 4HQZ7R", sw,
         page([e(p) for p in sw.split("\n\n")], brand='<b style="color:#304cb2">Southwest</b>', accent="#f9b612"),
         tz=CT)
    ht = f"""Dear Keala,

Thank you for booking with Hilton Garden Inn Phoenix Midtown. Your reservation is confirmed.

Confirmation number: 3318820456
Arrival: Monday, December 7, 2026 (check-in from 3:00 PM)
Departure: Tuesday, December 8, 2026 (check-out by 12:00 PM)
Room: 1 King Bed, non-smoking
Rate: ST JOSEPHS GME group rate – $139.00 per night plus tax

Hilton Garden Inn Phoenix Midtown
4000 N. Central Avenue, Phoenix, AZ 85012"""
    mail("2026-11-25 20:31", "hilton-garden-inn-phoenix-midtown-confirmation", U, "other",
         ("Hilton Garden Inn Phoenix Midtown", "reservations@hilton.com"),
         "Your reservation is confirmed – Hilton Garden Inn Phoenix Midtown", ht, tz=ET)
    adv = ("Priya Ranganathan", "pranganathan@med.unr.edu")
    up = me("2026-12-18 15:05", "sent-interview-season-update-dr-ranganathan", U, "other", adv,
            "Mid-season check-in",
            "Hi Dr. Ranganathan,\n\nI promised you an update before the break. EM so far: Harbor-UCLA, UCSF, "
            "Valleywise, Highland, UC Davis, UCSF Fresno, OHSU, Stanford and LAC+USC are done; UNLV and Banner "
            "Phoenix are in January, and UCLA pulled me off its waitlist for January 13! I declined UC San Diego "
            "and cancelled RUHS. Still waitlisted at UW; rejected at Utah and Banner Tucson.\n\nIM side: UNR, KP Oakland, Banner Phoenix, Cedars (both "
            "tracks), UC Davis, SCVMC, Providence Portland, Virginia Mason, Hawaiʻi, St. Joseph's and Scripps "
            "prelim are done, and KP San Francisco is January 7.\n\nI'm leaning EM with IM as my backup, but I'd "
            "love your honest read on whether my EM count is enough. Could we meet the first week of January?"
            "\n\nThank you,\nKeala")
    mail("2026-12-19 09:48", "re-mid-season-check-in-dr-ranganathan", U, "other", adv,
         "Re: Mid-season check-in",
         "Keala,\n\nThis is a great list – twelve EM interviews is comfortably above what CORD data suggest you "
         "need, so I would not add more. Let's meet Tuesday, January 5 at 4 p.m. in my office at the Pennington "
         "building.\n\nEnjoy the break.\n\nPriya\n\nPriya Ranganathan, MD\nAssistant Dean for Student Affairs | "
         "Emergency Medicine\nUniversity of Nevada, Reno School of Medicine\n\n"
         + "On Fri, Dec 18, 2026 at 3:05 PM Keala Ostrander <" + ADDR + "> wrote:\n> Hi Dr. Ranganathan,\n>\n"
         "> I promised you an update before the break. EM so far: Harbor-UCLA, UCSF, ...\n", irt=up)
    mail("2027-01-11 07:00", "unr-med-class-of-2027-match-logistics", U, "other",
         ("UNR Med Office of Student Affairs", "studentaffairs@med.unr.edu"),
         "Class of 2027: rank list workshop and Match Day logistics",
         "Class of 2027,\n\n1) Rank list workshop: Wednesday, January 27, noon, Pennington 102 (lunch provided). "
         "Bring your list of programs – we'll talk about ranking in order of true preference, couples ranking and "
         "supplemental (preliminary/transitional) lists.\n2) Rank Order List certification deadline: March 3, "
         "9:00 p.m. Eastern (6:00 p.m. Pacific).\n3) Match Day: Friday, March 19 – the celebration will be at "
         "the Joe Crowley Student Union ballroom. Family are welcome.\n\nOffice of Student Affairs\nUniversity of "
         "Nevada, Reno School of Medicine\n", bcc_hidden=True)
    mail("2027-02-01 09:00", "nrmp-rank-order-list-entry-open", U, "info", ("NRMP", "noreply@nrmp.org"),
         "Rank Order List Entry Is Open",
         f"Dear {NAME},\n\nThe Registration, Ranking, and Results (R3®) system is now open for rank order list "
         "entry for the 2027 Main Residency Match. Remember to certify your list; an uncertified list will not be "
         "used in the Match. Deadline: Wednesday, March 3, 2027 at 9:00 p.m. ET.\n\nIf you are applying to "
         "advanced and preliminary positions, you may also create supplemental rank order lists.\n\nNRMP\n",
         tz=ET)


def ME_():
    from kit import ME
    return ME
