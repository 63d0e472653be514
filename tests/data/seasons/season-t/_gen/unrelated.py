"""Mail about none of her programs: system and school notices, travel for the MUSC day, a classmate's forwarded
invitation, a chapter newsletter that names programs, and her mid-season note to her advisor with his reply."""
from kit import (D, ET, UTC, PT, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, staff, mine, put, gquote, gfwd,
                 plain_of, full, wmd, wmd3, md, mdy, sl, sly, wsl, esc, frame, kv, button, bullets, link)
from plat import eras, th_message, TH, TH_HDR, SIGNUP, th_invite

U = "unrelated"


def build():
    eras("2026-09-02 09:01", "myeras-application-submitted", U, "info", "MyERAS: Your application has been submitted", [
        "Your MyERAS application for the 2027 ERAS season has been certified and submitted.",
        "Programs applied to: 58 (Internal Medicine - Categorical 28; Internal Medicine - Preliminary 6; "
        "Neurology - Categorical 12; Neurology - Advanced 7; Transitional Year 5).",
        "Programs may begin reviewing applications on the date published in the ERAS timeline. Remember to keep "
        "your contact information current: programs use the e-mail address in your application to send interview "
        "invitations.",
    ])
    nrmp = ("NRMP", "noreply@nrmp.org")
    t = f"""Dear {NAME},

Thank you for registering for the 2027 Main Residency Match®. Your NRMP ID is N0471983.

Important dates:
  Rank order list entry opens: Monday, February 1, 2027
  Rank order list certification deadline: Wednesday, March 3, 2027, 9:00 p.m. ET
  Match Week begins: Monday, March 15, 2027
  Match Day: Friday, March 19, 2027

You do not need to take any further action now. Interview scheduling is handled by the programs and their
platforms, not by the NRMP.

National Resident Matching Program
2121 K Street, NW, Suite 1000, Washington, DC 20037"""
    put("2026-09-16 15:20", "nrmp-2027-main-match-registration-confirmed", U, "info", nrmp,
        "NRMP: 2027 Main Residency Match registration confirmed", t, None)
    osa = ("FSU COM Student Affairs", "osa@med.fsu.edu")
    staff("2026-09-21 08:00", "fsu-com-student-affairs-interview-season-tips", U, "info", osa,
          "MS4s: Interview season is here – read before your first invitation",
          """Dear Class of 2027,

Interview invitations will start arriving any day now. A few reminders from the Office of Student Affairs:

1. Respond to every interview invitation within 24 hours, even if the answer is "no, thank you." Add
   noreply@thalamusgme.com and myeras@aamc.org to your contacts so nothing lands in spam.
2. Never hold more interviews than you will attend. If you decline or cancel, do it at least two weeks ahead.
3. Keep a simple spreadsheet: program, track, date, platform, and whether you sent a thank-you.
4. Report your interview counts on the MS4 check-in survey by Friday, November 20.

Mock interviews with Dr. Ebersole and the regional campus deans are available through the end of October.

Office of Student Affairs
Florida State University College of Medicine
1115 W. Call Street, Tallahassee, FL 32306""", to="com-class-2027@lists.med.fsu.edu")
    th_body = (f"Hi {FIRST},\n\nWelcome to Thalamus! Please confirm your e-mail address so residency programs can "
               "reach you:\n\nhttps://app.thalamusgme.com/verify?token=Q2hhcnRtM2Z4\n\nIf you did not create this "
               "account, you can ignore this message.\n\n-- \nThalamus")
    put("2026-09-24 19:12", "thalamus-verify-your-email", U, "info", TH, "Verify your e-mail address for Thalamus",
        th_body, frame([f"<p>Hi {esc(FIRST)},</p><p>Welcome to Thalamus! Please confirm your e-mail address so "
                        "residency programs can reach you.</p>",
                        button("https://app.thalamusgme.com/verify?token=Q2hhcnRtM2Z4", "Verify e-mail",
                               "#3d2b8c")], head='<b style="color:#3d2b8c;font-size:22px">thalamus</b>',
                       accent="#3d2b8c"), tz=UTC, headers=TH_HDR)
    closet = D("2026-10-13")
    t = [f"Hi Zoë,", "", "Thank you for signing up! Here is a copy of your sign up:", "",
         "Orlando Campus – Interview Attire Closet & Headshots", "",
         f"Date: {sly(closet)} (Tue.)", "Slot: 12:30pm - 1:00pm – Suit fitting + LinkedIn headshot",
         "Location: Orlando Regional Campus, Room 210", "", "Thank you,",
         "SignUpGenius on behalf of FSU COM Orlando Regional Campus"]
    put("2026-10-12 21:33", "signupgenius-orlando-campus-attire-closet", U, "info", SIGNUP,
        "Thanks for signing up! Orlando Campus – Interview Attire Closet & Headshots", "\n".join(t) + "\n",
        frame(["<p>Hi Zoë,</p><p>Thank you for signing up!</p>",
               kv([("Event", "Orlando Campus – Interview Attire Closet & Headshots"),
                   ("Date", f"{sly(closet)} (Tue.)"), ("Slot", "12:30pm - 1:00pm – Suit fitting + LinkedIn headshot"),
                   ("Location", "Orlando Regional Campus, Room 210")])],
              head='<b style="color:#f26b21;font-size:20px">SignUpGenius</b>', accent="#f26b21"))
    delta = ("Delta Air Lines", "DeltaAirLines@t.delta.com")
    t = f"""Your Flight Receipt - ZOE HARTWELL  {sly(D('2026-10-29'))}

Confirmation #: HQ7TZR

Thu, Oct 29, 2026
  DL 2284  ORLANDO, FL (MCO) 3:05pm  ->  ATLANTA, GA (ATL) 4:38pm    Main Cabin (V)  Seat 24C
  DL 1519  ATLANTA, GA (ATL) 5:45pm  ->  CHARLESTON, SC (CHS) 6:52pm  Main Cabin (V)  Seat 17A

Fri, Oct 30, 2026
  DL 1762  CHARLESTON, SC (CHS) 5:55pm  ->  ATLANTA, GA (ATL) 7:14pm  Main Cabin (V)  Seat 21D
  DL 2391  ATLANTA, GA (ATL) 8:20pm  ->  ORLANDO, FL (MCO) 9:49pm    Main Cabin (V)  Seat 26B

Passenger: ZOE HARTWELL   SkyMiles #: 9142550831
Ticket #: 0062387740915   Fare: $318.60   Taxes & fees: $46.25   Total: $364.85

Check in online 24 hours before departure at delta.com or in the Fly Delta app."""
    put("2026-10-16 22:41", "delta-flight-receipt-mco-chs", U, "other", delta,
        "Your Flight Receipt - ZOE HARTWELL 29OCT26", t, None, to=("ZOE HARTWELL", ADDR))
    hotel = ("Courtyard Charleston Historic District", "reservations@marriott-res.com")
    t = f"""Dear Zoë,

Thank you for choosing Courtyard Charleston Historic District. Your reservation is confirmed.

Confirmation Number: 82746613
Check-in: Thursday, October 29, 2026 (from 4:00 PM)
Check-out: Friday, October 30, 2026 (by 12:00 PM)
Room: 1 King Bed, Guest room
Rate: MUSC IM Interviews – group rate, USD 169.00 per night, plus taxes
Guests: 1 adult

125 Calhoun Street, Charleston, SC 29401 | +1 843-555-0100

Cancel by 11:59 PM local time on Tuesday, October 27, 2026 to avoid a charge of one night's stay."""
    put("2026-10-16 22:58", "courtyard-charleston-reservation-confirmation", U, "other", hotel,
        "Reservation Confirmation #82746613 for Courtyard Charleston Historic District", t, None)
    toby = ("Tobias Lindqvist", "toby.lindqvist27@gmail.com")
    inner = f"""Hi Tobias,

University of Kentucky - Internal Medicine Residency has invited you to interview.

Thank you for applying to the Internal Medicine Residency Program at the University of Kentucky College of Medicine.
We are happy to invite you to interview for a categorical position.

Dates you can choose:
  * {full(D('2026-12-10'))}
  * {full(D('2027-01-07'))}
  * {full(D('2027-01-21'))}

Please respond by Friday, November 13, 2026 (11:59 PM Eastern Time).

Accept and pick a date: https://app.thalamusgme.com/applicant/invitations/91b0c2e7-uk-im"""
    body = ("Zo! UK just invited me for IM. Didn't you apply there too? They put a bunch of people on the same "
            "Thursdays so maybe we'd overlap. Forwarding so you can see what theirs looks like. Also how was "
            "Orlando Health today??\n\n-T\n\n" + gfwd("2026-11-10 13:02", "Thalamus", "noreply@thalamusgme.com",
                                                   "toby.lindqvist27@gmail.com",
                                                   "University of Kentucky - Internal Medicine Residency has invited "
                                                   "you to interview", inner))
    put("2026-11-12 20:14", "fwd-toby-university-of-kentucky-im-invitation", U, "other", toby,
        "Fwd: University of Kentucky - Internal Medicine Residency has invited you to interview", body, None,
        mid_domain="mail.gmail.com")
    acp = ("ACP Florida Chapter", "news@flacp.org")
    items = [
        "<b>Welcome, new chiefs.</b> Congratulations to the incoming chief residents at UF Health Shands, USF "
        "Health/Tampa General, AdventHealth Orlando, Orlando Health and Tallahassee Memorial.",
        "<b>Virtual panel: \"Life as an intern\"</b> – Saturday, December 5, 10:00 AM ET, with residents from UF "
        "Health Jacksonville, HCA Florida North Florida Hospital and Florida Atlantic University.",
        "<b>Doctor's Dilemma</b> – teams from UF, USF, Mayo Clinic Florida and the University of Miami/Jackson will "
        "compete in the spring.",
        "<b>Poster awards</b> – congratulations to the 14 students and residents honored at this fall's meeting.",
    ]
    text = ("ACP FLORIDA CHAPTER – STUDENT & RESIDENT DIGEST (November)\n\n"
            "* Welcome, new chiefs. Congratulations to the incoming chief residents at UF Health Shands, USF Health/"
            "Tampa General, AdventHealth Orlando, Orlando Health and Tallahassee Memorial.\n"
            "* Virtual panel: \"Life as an intern\" - Saturday, December 5, 10:00 AM ET, with residents from UF "
            "Health Jacksonville, HCA Florida North Florida Hospital and Florida Atlantic University.\n"
            "* Doctor's Dilemma - teams from UF, USF, Mayo Clinic Florida and the University of Miami/Jackson will "
            "compete in the spring.\n"
            "* Poster awards - congratulations to the 14 students and residents honored at this fall's meeting.\n\n"
            "You are receiving this because you are a Medical Student Member of the American College of Physicians. "
            "Unsubscribe: https://flacp.org/unsubscribe\n")
    put("2026-11-24 07:30", "acp-florida-student-resident-digest-november", U, "other", acp,
        "Student & Resident Digest: new chiefs, intern panel, Doctor's Dilemma", text,
        frame([f"<h2 style='color:#8a1538;margin:0 0 10px'>Student &amp; Resident Digest</h2>", bullets(items),
               "<p style='font-size:12px;color:#777'>You are receiving this because you are a Medical Student "
               "Member of the American College of Physicians.</p>"], accent="#8a1538"),
        to=("ACP Florida Student Members", "students@flacp.org"),
        headers=[("List-Unsubscribe", "<https://flacp.org/unsubscribe>"), ("Precedence", "bulk")])
    adv = ("Howard Ebersole, MD", "howard.ebersole@med.fsu.edu")
    upd = """Dr. Ebersole,

Quick mid-season update, as promised:

Done: TMH, AdventHealth, Atrium CMC, MUSC (in person – loved it), UAB IM + UAB Neuro, Orlando Health, UF Jax,
UF Neuro (categorical), Emory, Prisma Upstate (they moved the day on us), VCU IM, Carilion TY, UT Knoxville prelim,
Meharry, USF Neuro.

Coming up in January: UK IM and UK Neuro, VCU Neuro (advanced), Riverside TY, UVA Neuro (advanced), UTHSC
Memphis IM.

Declined: HCA North Florida, the UF advanced neuro track, EVMS prelim. Waitlisted at UofL IM and MCG Neuro;
Morehouse and UNC waitlists too. Rejections: Duke IM, Vanderbilt IM, Prisma Midlands, UofL Neuro, ECU.

I'm at 16 done, 6 booked for January, plus MUSC prelim and Wake Forest IM in February. I'm thinking about
dropping Memphis so I can do January well. Does that seem reasonable? I'd still have two prelims and two TYs
behind the advanced neuro spots.

Thank you for everything,
Zoë"""
    u = mine("2026-12-20 20:05", "sent-mid-season-update-dr-ebersole", U, "other", adv,
             "Mid-season update + a question about January", upd, sig=SIG_SHORT)
    put("2026-12-21 07:52", "re-mid-season-update-dr-ebersole", U, "other", adv,
        "Re: Mid-season update + a question about January",
        "Zoë,\n\nThis is a terrific season. Yes: 16 completed plus January is plenty for categorical IM, and "
        "your neuro numbers are solid. Cancel Memphis now rather than later so they can re-offer the slot (two "
        "weeks' notice is the courtesy). Keep writing to the programs where you're waitlisted – a short, specific "
        "note matters.\n\nEnjoy the holidays.\n\nHE\n\nHoward Ebersole, MD\nClerkship Director, Internal Medicine\n"
        "Florida State University College of Medicine – Orlando Regional Campus\n\n"
        + gquote("2026-12-20 20:05", NAME, ADDR, upd), None, irt=u)
    put("2027-02-01 12:00", "nrmp-rank-order-list-entry-open", U, "info", nrmp,
        "NRMP: Rank order list entry is now open",
        f"Dear {NAME},\n\nRank order list (ROL) entry for the 2027 Main Residency Match is now open in the R3® "
        "system. You may enter, modify and certify your list until the deadline: Wednesday, March 3, 2027, at 9:00 "
        "p.m. Eastern Time.\n\nYour list may include programs in more than one specialty. If you are ranking "
        "advanced programs, you may create supplemental lists for preliminary or transitional positions.\n\n"
        "National Resident Matching Program\n", None)
