"""Mail about none of her programs (label "unrelated")."""
from kit import (D, ET, NAME, FIRST, ADDR, ME, SIG, at, coord, fwd_gmail, long, mail, me, page, esc, button, ics,
                 UTC, PT)
from plat import eras, rc, TH, TH_HDR, TH_FOOT, TH_ACC, CAL

U = "unrelated"


def build():
    eras("2026-09-02 09:12", "myeras-application-submitted", U, "info", "MyERAS Application Submitted",
         ["Your MyERAS application for the 2027 ERAS season was certified and submitted on September 2, 2026.",
          "Programs applied to: 27 (Surgery - Categorical: 24; Surgery - Preliminary: 3).",
          "Programs may begin reviewing applications on September 23, 2026. Remember that Obstetrics and Gynecology "
          "applications are not submitted through ERAS."])
    rc("2026-09-09 14:35", "residencycas-application-e-submitted", U, "info", "ResidencyCAS",
       "Your ResidencyCAS application has been submitted",
       ["Thank you for submitting your ResidencyCAS application for the 2026-2027 cycle.",
        "Obstetrics and Gynecology programs selected: 22. Your application will be released to programs once all "
        "required documents have been received and your MSPE is uploaded by your school."],
       greet=f"Dear {NAME},", btn_label="Check application status")
    mail("2026-09-15 10:30", "nrmp-match-registration-confirmation", U, "info", ("NRMP", "noreply@nrmp.org"),
         "2027 Main Residency Match - Registration Complete",
         f"Dear {NAME},\n\nYou have completed registration for the 2027 Main Residency Match. Your NRMP ID is "
         "N0728364. Please keep it handy; programs may ask for it.\n\nKey dates:\n- Quota change deadline for "
         "programs: January 31, 2027\n- Rank order list certification deadline: March 3, 2027, 9:00 PM ET\n- Match "
         "Day: Friday, March 19, 2027\n\nNational Resident Matching Program\n2121 K Street, NW, Suite 1000, "
         "Washington, DC 20037\n", tz=ET)
    h = page(["<p>Welcome! Confirm your e-mail address to activate your Thalamus applicant account.</p>",
              button("https://app.thalamusgme.com/verify-email?token=b61d09e4", "Confirm e-mail", TH_ACC)],
             footer=TH_FOOT, accent=TH_ACC)
    mail("2026-09-24 07:48", "thalamus-confirm-your-email", U, "info", TH, "Confirm your email address",
         "Welcome to Thalamus!\n\nConfirm your e-mail address to activate your applicant account:\n"
         "https://app.thalamusgme.com/verify-email?token=b61d09e4\n", h, tz=UTC, headers=TH_HDR)
    # mock interview through Calendly - her school, not a program
    ct = ("Hi Camille Szabo,\n\nA new event has been scheduled.\n\nEvent Type:\nMock Residency Interview (Surgery)\n\n"
          "Invitee:\nCamille Szabo\n\nEvent Date/Time:\n04:00pm - 04:45pm - Tuesday, October 13, 2026 (Eastern Time - "
          "US & Canada)\n\nLocation:\nGiven E-217, Larner College of Medicine\n\nHost:\nLarner Office of Student "
          "Affairs - Career Advising\n\nPowered by Calendly.com\n")
    mail("2026-10-05 12:18", "calendly-mock-residency-interview-larner", U, "other", CAL,
         "Confirmed: Mock Residency Interview (Surgery) on Tuesday, October 13, 2026", ct,
         page([f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in ct.split("\n\n")],
              header='<b style="color:#006bff">Calendly</b>', accent="#006bff"), tz=UTC,
         must=["Mock Residency Interview"])
    mail("2026-10-14 07:00", "acs-medical-student-news-october", U, "other",
         ("American College of Surgeons", "medstudents@facs.org"), "ACS Medical Student News: Interview season edition",
         "ACS MEDICAL STUDENT NEWS | October 2026\n\nIN THIS ISSUE\n\n1. Virtual interview etiquette: what program "
         "directors notice. Faculty from Dartmouth, Albany Medical Center and Rutgers New Jersey Medical School share "
         "their advice.\n\n2. Preliminary positions: when a prelim year makes sense. A panel with program directors "
         "from Brigham and Women's Hospital and SUNY Upstate, Wednesday, October 28 at 7:00 PM CT.\n\n3. Clinical "
         "Congress 2026 recap.\n\nAmerican College of Surgeons | 633 N. Saint Clair St. | Chicago, IL 60611\n"
         "Update your preferences: https://www.facs.org/preferences\n", tz=ET)
    fw = ("Hi Priya,\n\nCongratulations! The Department of Obstetrics, Gynecology & Reproductive Sciences at Yale "
          "School of Medicine and Yale New Haven Hospital invites you to interview for our residency program.\n\n"
          "Interview format: Virtual\n\nInterview dates you may choose from:\n  * Friday, November 13, 2026\n  * "
          "Friday, January 8, 2027\n\nSchedule your interview in Thalamus.\n----\nSent via Thalamus.")
    mail("2026-10-21 08:47", "fwd-priya-yale-obgyn-invitation", U, "other",
         ("Priya Raghunathan", "priya.raghunathan27@gmail.com"),
         "Fwd: Interview Invitation: Yale OB/GYN Residency",
         "CAMILLE. Did you get Yale too?! My dates are below - the December one was already gone by the time I "
         "logged in. Which day did you take? Please say Nov 13 so we can be Zoom buddies\n\nP\n\n"
         + fwd_gmail("2026-10-20 14:02", "Thalamus", "noreply@thalamusgme.com", "priya.raghunathan27@gmail.com",
                     "Interview Invitation: Yale OB/GYN Residency", fw), must=["Did you get Yale too"])
    amt = ("Amtrak eTicket\n\nReservation Number - 4B7C19\nNovember 16, 2026\n\nBURLINGTON, VT - ALBANY-RENSSELAER, "
           "NY (One-Way)\n\nTrain 292: Ethan Allen Express\nDepart 10:20 AM, Monday, November 16, 2026\nArrive "
           "Albany-Rensselaer 1:45 PM\n\n1 Adult\nCoach Seat: Reserved\nPassenger: CAMILLE SZABO\n\nReturn: Train 291 "
           "Ethan Allen Express, depart ALBANY-RENSSELAER 5:55 PM, Tuesday, November 17, 2026\n\nTotal Charged: "
           "$62.00\n\nPresent this eTicket at boarding. Amtrak.com\n")
    mail("2026-11-02 21:15", "amtrak-eticket-burlington-albany", U, "other",
         ("Amtrak", "etickets@amtrak.com"), "Amtrak: eTicket and Receipt for Your 11/16/2026 Trip", amt, tz=ET,
         must=["Ethan Allen Express"])
    hotel = ("Dear Camille,\n\nThank you for choosing Hilton Garden Inn Albany Medical Center. Your reservation is "
             "confirmed.\n\nConfirmation Number: 3318804512\nArrival: Monday, November 16, 2026 (check-in after 3:00 "
             "PM)\nDeparture: Tuesday, November 17, 2026 (check-out by 12:00 PM)\n1 King Bed Room, non-smoking\nRate: "
             "ALBANY MED SURG INTERVIEW / $139.00 per night\n\n62 New Scotland Avenue, Albany, NY 12208\n\nWe look "
             "forward to welcoming you.\n")
    mail("2026-11-02 21:31", "hilton-garden-inn-albany-reservation", U, "other",
         ("Hilton Garden Inn Albany Medical Center", "hiltongardeninn@res.hilton.com"),
         "Your Reservation Confirmation #3318804512", hotel, tz=ET, must=["Confirmation Number: 3318804512"])
    mail("2026-11-25 08:00", "acog-district-i-junior-fellow-bulletin", U, "other",
         ("ACOG District I", "districti@acog.org"), "District I Bulletin - Residency Application Season",
         "ACOG DISTRICT I (CT, ME, MA, NH, RI, VT) - MEDICAL STUDENT & JUNIOR FELLOW BULLETIN\n\n- Congratulations "
         "to everyone interviewing this season! Program directors from Women & Infants Hospital, Tufts Medical "
         "Center, Baystate and The University of Vermont Medical Center will host an open Q&A for applicants on "
         "Thursday, December 3 at 8:00 PM ET.\n- Annual District I meeting: save the date for October 2027 in "
         "Portland, Maine.\n- Reminder: post-interview communication guidance from APGO and CREOG is on our "
         "website.\n\nAmerican College of Obstetricians and Gynecologists, District I\n", tz=ET,
         must=["Women & Infants Hospital"])
    adv = ("Nadia Ferrante", "nadia.ferrante@uvmhealth.org")
    up = me("2026-12-18 15:45", "sent-interview-update-dr-ferrante", U, "other", adv, "Interview season update",
            "Dear Dr. Ferrante,\n\nAn update before the holidays, as promised. Surgery: done at UVM, Dartmouth, Maine "
            "Med, Albany, UMass, Hackensack, Bridgeport, the Brigham, Lahey, Upstate (they moved my date to 12/10) "
            "and Baystate; UConn in January and Buffalo in January. I cancelled Tufts and turned down Danbury and the "
            "BIDMC prelim. BIDMC (categorical), Yale and Rutgers NJMS have me on waitlists; MGH, URMC and the UMass prelim "
            "said no.\n\nOB/GYN: done at "
            "MGB, UVM, Tufts, URMC, Dartmouth, UConn, Yale, Albany and RWJ; W&I, Northwell and Jersey Shore in "
            "January. I declined Baystate OB, I'm still on BMC's waitlist, and BIDMC, "
            "Buffalo and Hackensack OB said no.\n\nI'd love your help thinking through how to rank across two "
            "specialties when we meet in January.\n\nThank you for everything,\nCamille")
    mail("2026-12-19 09:02", "re-interview-season-update-dr-ferrante", U, "other", adv,
         "Re: Interview season update",
         "Camille,\n\nThat is a terrific season - you should be proud. Enjoy the break and don't write a single "
         "thank-you note until the 27th. Let's meet the second week of January; my assistant will find a time.\n\n"
         "Nadia\n\nNadia Ferrante, MD, FACS\nAssociate Professor of Surgery | Faculty Advisor, Larner Surgery "
         "Interest Group\nThe University of Vermont Medical Center\n", irt=up)
    mail("2027-01-22 12:00", "larner-student-affairs-match-timeline", U, "other",
         ("Larner Office of Student Affairs", "larner.studentaffairs@med.uvm.edu"),
         "Class of 2027: rank list workshop and Match Week schedule",
         "Dear Class of 2027,\n\nRank list workshop: Tuesday, February 9, 12:00-1:00 PM, Hoehl Auditorium (lunch "
         "provided). Bring questions about couples matching and ranking preliminary programs.\n\nMatch Week: SOAP "
         "begins Monday, March 15; Match Day is Friday, March 19, 2027, with the ceremony at the Davis Center.\n\n"
         "Congratulations on making it through interview season!\n\nOffice of Student Affairs\nLarner College of "
         "Medicine at the University of Vermont\n", tz=ET, must=["Rank list workshop"])
    mail("2027-02-01 11:05", "nrmp-rank-order-list-entry-open", U, "info", ("NRMP", "noreply@nrmp.org"),
         "Rank Order List Entry Now Open",
         f"Dear {NAME},\n\nRank order list entry for the 2027 Main Residency Match is now open. You can enter, "
         "reorder and certify your list in the Registration, Ranking, and Results (R3) system until Wednesday, "
         "March 3, 2027, at 9:00 PM ET. If you are ranking preliminary programs, remember to enter supplemental "
         "lists.\n\nNational Resident Matching Program\n", tz=ET)
