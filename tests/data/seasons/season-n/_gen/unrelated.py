"""Season N: mail about none of her programs (system notices, newsletters, travel, personal, adverts)."""
from zoneinfo import ZoneInfo

from kit import (ET, MT, PT, UTC, ME, ME_NAME, at, bullets, button, d, esc, link, long, mail, page, q_fwd, sent,
                 text_to_html)
import plat

CT = ZoneInfo("America/Chicago")
U = "unrelated"


def build():
    nrmp_reg()
    eras_submitted()
    thalamus_verify()
    asa_newsletter()
    school_bulletin()
    classmate_forward()
    travel()
    advisor()
    loan_ad()
    thalamus_notice()
    nrmp_rol()


def nrmp_reg():
    t = f"""Dear {ME_NAME},

Thank you for registering for the 2027 Main Residency Match. Your NRMP ID is N0427718.

Important: registering with the NRMP does not submit an application to any program. Applications are sent
through ERAS. You will use your NRMP ID when you certify your rank order list.

Review the Match Participation Agreement and the Match calendar at https://www.nrmp.org.

National Resident Matching Program
2121 K Street, NW, Suite 1000, Washington, DC 20037
"""
    mail("2026-09-02 08:00", "nrmp-registration-confirmation", U, "info",
         ("NRMP", "support@nrmp.org"), "NRMP Registration Confirmation - 2027 Main Residency Match", t,
         page([f"<p>{esc(x)}</p>" for x in t.split("\n\n")], accent="#003a70"), tz=ET, must=["N0427718"])


def eras_submitted():
    plat.eras_notice("2026-09-09 07:10", "myeras-application-submitted", U, "info",
                     "MyERAS: Your application has been certified and submitted",
                     [f"Dear {ME_NAME},", "",
                      "Your 2027 ERAS application was certified and submitted on 09/09/2026 at 09:09 AM ET.",
                      "Programs can download your application once you have applied and assigned documents to them. "
                      "You may still apply to additional programs and assign documents, but you cannot change your "
                      "certified application.", "",
                      "Programs you applied to: 41", "Specialties: Anesthesiology; Internal Medicine; Surgery; "
                      "Transitional Year"],
                     must=["certified and submitted"])


def thalamus_verify():
    t = f"""Hi {ME_NAME.split()[0]},

Welcome to Thalamus! Please verify your e-mail address to finish setting up your applicant account:
https://app.thalamusgme.com/verify?token=8c1e66b0a4

Once verified, interview invitations from programs that use Thalamus will show up on your dashboard.

The Thalamus Team
"""
    mail("2026-09-15 21:40", "thalamus-verify-your-email", U, "info", plat.TH, "Verify your email address", t,
         page([f"<p>{esc(x)}</p>" for x in t.split("\n\n")], accent="#3a34a3"), tz=UTC,
         must=["verify your e-mail address"])


def asa_newsletter():
    h = page(["<h2 style='color:#1c4b82'>Medical Student Component Update - October 2026</h2>",
              "<p><b>Interview season tips from residents.</b> Residents from UCSF, the University of Utah and "
              "Stanford share what they wish they had asked on interview day - from call structure to "
              "fellowship match lists.</p>",
              "<p><b>Virtual interviews:</b> test your lighting and audio, close other apps, and keep a list of "
              "program-specific questions nearby.</p>",
              "<p><b>ANESTHESIOLOGY 2026 recap:</b> highlights from the annual meeting, including the medical "
              "student session on advanced vs. categorical positions.</p>",
              button("https://www.asahq.org/education-and-career/medical-students", "Read more", bg="#1c4b82")],
             foot="American Society of Anesthesiologists · 1061 American Lane, Schaumburg, IL 60173 · "
                  + link("https://www.asahq.org/unsubscribe", "Unsubscribe"), accent="#1c4b82")
    t = ("Medical Student Component Update - October 2026\n\nInterview season tips from residents at UCSF, the "
         "University of Utah and Stanford.\nVirtual interview checklist.\nANESTHESIOLOGY 2026 recap.\n\n"
         "https://www.asahq.org/education-and-career/medical-students\n\nAmerican Society of Anesthesiologists, "
         "1061 American Lane, Schaumburg, IL 60173\nUnsubscribe: https://www.asahq.org/unsubscribe\n")
    mail("2026-10-05 06:00", "asa-medical-student-update-october", U, "other",
         ("ASA Medical Student Component", "communications@asahq.org"),
         "MSC Update: interview season tips + ANESTHESIOLOGY 2026 recap", t, h, tz=CT,
         headers=[("List-Unsubscribe", "<https://www.asahq.org/unsubscribe>")], must=["Medical Student Component"])


def school_bulletin():
    t = """MS4 MATCH CORNER - Office of Student Affairs
Spencer Fox Eccles School of Medicine at the University of Utah

Hi Class of 2027,

* Mock interviews: faculty volunteers from Surgery, Anesthesiology and Internal Medicine are holding mock
  interviews on Wednesday, October 28 (4-7 PM, HSEB 2100). Sign up in the Box folder.
* Thalamus/ERAS: check spam folders weekly. Several of you have missed invitations that landed in Promotions.
* Dual applicants: if you are applying to two specialties, meet with your advisor before rank list season.
* Alumni spotlight: Class of 2026 grads are now interns at Intermountain Medical Center, Denver Health, OHSU
  and Harbor-UCLA - reach out if you want to connect.

Match Day is Friday, March 19, 2027.

Office of Student Affairs | University of Utah Health
"""
    mail("2026-10-19 08:00", "som-ms4-match-corner", U, "other",
         ("SOM Student Affairs", "som.studentaffairs@hsc.utah.edu"), "MS4 Match Corner: mock interviews, ERAS tips",
         t, text_to_html(t), tz=MT, to=[("SOM Class of 2027", "som-class2027@lists.utah.edu")],
         must=["Wednesday, October 28"])


def classmate_forward():
    dec7, jan11 = d("2026-12-07"), d("2027-01-11")
    inner = f"""Dear Jonah Perlmutter,

The Department of Surgery at the University of Washington invites you to interview for a categorical position
in our General Surgery Residency.

Interview type: Virtual
Available interview dates:
   - {long(dec7)}
   - {long(jan11)}

Log in to Thalamus to accept this invitation and reserve a date:
https://app.thalamusgme.com/i/UW-SURG-CAT-JP11

---
This invitation was sent through Thalamus on behalf of University of Washington - General Surgery (Categorical).
"""
    t = ("Noor!! UW surgery just came through for me. Did you get one too? Forwarding so you can see the dates - "
         "I'm probably taking the Dec 7 one.\n\nJonah\n\n"
         + q_fwd("2026-11-11 10:02", "Thalamus", "noreply@thalamusgme.com", "jperlmutter.md@gmail.com",
                 "Interview Invitation from University of Washington - General Surgery (Categorical)", inner, MT))
    mail("2026-11-11 12:20", "fwd-jonah-uw-surgery-invitation", U, "other",
         ("Jonah Perlmutter", "jperlmutter.md@gmail.com"),
         "Fwd: Interview Invitation from University of Washington - General Surgery (Categorical)", t, tz=MT,
         must=["Did you get one too?"])


def travel():
    jan13, jan15 = d("2027-01-13"), d("2027-01-15")
    t = f"""Thanks for booking with Alaska Airlines, {ME_NAME.split()[0]}!

Confirmation code: QZKTRV

Wed, Jan 13   AS 609   Salt Lake City (SLC) 11:05 AM  ->  Seattle (SEA) 12:12 PM
Fri, Jan 15   AS 612   Seattle (SEA) 5:40 PM  ->  Salt Lake City (SLC) 8:41 PM

Passenger: {ME_NAME.upper()}   Mileage Plan: 219 448 301
Total charged: $247.60

Manage your trip: https://www.alaskaair.com/booking/reservation-lookup
Alaska Airlines, Inc. · P.O. Box 68900, Seattle, WA 98168
"""
    mail("2026-12-21 18:30", "alaska-airlines-confirmation-slc-sea", U, "other",
         ("Alaska Airlines", "alaskaair@ifly.alaskaair.com"), "Your confirmation receipt: QZKTRV", t,
         page([f"<pre style='font-family:inherit'>{esc(t)}</pre>"], accent="#01426a"), tz=PT, must=["QZKTRV"])
    t = f"""Dear Noor Halvorsen,

Your reservation is confirmed.

Hyatt Regency Seattle - 808 Howell Street, Seattle, WA 98101
Check-in: Wednesday, January 13, 2027 (4:00 PM)
Check-out: Friday, January 15, 2027 (12:00 PM)
Room: 1 King Bed, Standard Rate - 2 nights
Confirmation #: 58190334

World of Hyatt | https://www.hyatt.com
"""
    mail("2026-12-22 09:45", "hyatt-regency-seattle-reservation", U, "other",
         ("Hyatt Regency Seattle", "reservations@hyatt.com"), "Reservation Confirmation #58190334 - Hyatt Regency Seattle",
         t, text_to_html(t), tz=PT, must=["58190334"])


def advisor():
    body = """Dear Dr. Weston-Alvarado,

I hope your holidays are going well. A quick mid-season update, as promised:

Surgery - done: Utah (11/5), CU (11/16), UCSF East Bay (11/20), UCSD (12/1), Intermountain (12/3),
Harbor-UCLA (12/8), OHSU categorical (12/15) and prelim (12/16). Coming up: KP Oakland 1/6, Banner Tucson prelim
1/12, Virginia Mason 1/14. Waitlisted at UCLA; no from UCSF, UW, UC Davis and Banner Tucson categorical. I
withdrew from UC Irvine surgery, and Valleywise cancelled my January day.

Anesthesiology - done: Utah (11/12), UC Davis (11/19), CU (12/4), UW (12/11), UCLA advanced (12/14), KP LAMC
(12/17). Coming up: Banner Phoenix 1/7, UCI advanced 1/13, VM advanced 1/28, OHSU 2/10. Waitlisted at UCSF.

Prelim/TY: Scripps Mercy TY done; Utah prelim medicine 1/5, VM TY 1/15, Banner Phoenix prelim medicine 1/19.

Do you think I have enough surgery interviews to rank surgery first? I'd love 20 minutes in January.

Thank you,"""
    r = sent("2026-12-28 19:30", "sent-mid-season-update-advisor", U, "other",
             [("Gareth Weston-Alvarado, MD", "gareth.weston-alvarado@hsc.utah.edu")], "Mid-season interview update",
             body)
    t = """Thank you for your message. I am out of the office from December 23 through January 4 with limited
access to e-mail. For urgent student matters please contact the Office of Student Affairs at
som.studentaffairs@hsc.utah.edu or 801-555-0100.

Gareth Weston-Alvarado, MD
Professor of Surgery | Faculty Advisor, Surgery Interest Group
University of Utah Health
"""
    mail("2026-12-28 19:31", "auto-reply-weston-alvarado-out-of-office", U, "other",
         ("Gareth Weston-Alvarado", "gareth.weston-alvarado@hsc.utah.edu"),
         "Automatic reply: Mid-season interview update", t, tz=MT, irt=r["mid"],
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
         must=["out of the office"])


def loan_ad():
    h = page(["<h2 style='color:#0b6e4f'>Match Day is coming. Is your move covered?</h2>",
              "<p>Residency relocation loans up to $15,000 for final-year medical students, with no payments "
              "until after you start residency. Cover interview travel, deposits and moving costs.</p>",
              button("https://www.laurelroad.com/residency-relocation-loan/?utm_source=email&utm_campaign=ms4jan",
                     "Check your rate", bg="#0b6e4f"),
              "<p style='font-size:12px;color:#666'>Laurel Road is a brand of KeyBank N.A. Member FDIC. Loans "
              "subject to credit approval. Terms and rates subject to change.</p>"],
             foot="You are receiving this e-mail because you signed up at a medical-student event. "
                  + link("https://www.laurelroad.com/unsubscribe", "Unsubscribe"), accent="#0b6e4f")
    mail("2027-01-06 07:00", "laurel-road-residency-relocation-loan", U, "other",
         ("Laurel Road", "offers@e.laurelroad.com"), "Interview season almost over? Plan your move to residency",
         None, h, tz=ET, must=["Residency relocation loans"])


def thalamus_notice():
    t = f"""Hi {ME_NAME.split()[0]},

Rank list season is almost here. Two new features are now live for applicants:

- Interview Notes: jot down impressions right after each interview day; notes are private to you.
- Calendar export: download all of your confirmed interviews as a single .ics file.

Find both under My Interviews: https://app.thalamusgme.com/applicant/interviews

The Thalamus Team
"""
    mail("2027-01-19 17:00", "thalamus-new-features-notes-export", U, "info", plat.TH,
         "New in Thalamus: private interview notes and calendar export", t,
         page([f"<p>{esc(x)}</p>" for x in t.split("\n\n")], accent="#3a34a3"), tz=UTC, must=["Interview Notes"])


def nrmp_rol():
    t = f"""Dear {ME_NAME},

Rank order list entry for the 2027 Main Residency Match is now open in the Registration, Ranking, and Results
(R3) system. The deadline to certify your rank order list is 9:00 PM ET on Wednesday, March 3, 2027.

If you are ranking advanced programs, remember to create a supplemental rank order list for each advanced
program so that you can be matched to a PGY-1 position.

NRMP | https://r3.nrmp.org
"""
    mail("2027-02-01 10:00", "nrmp-rank-order-list-entry-open", U, "info", ("NRMP", "support@nrmp.org"),
         "Rank Order List Entry Is Now Open", t, text_to_html(t), tz=ET, must=["supplemental rank order list"])
