"""A twelfth held-out batch (b12-*), written before reading the rules, the net or the earlier
batches' mail (only the first lines of mail_batch11.py, for the format), and measured once on
first sight. Its angle is structure more than phrasing: an invitation as an HTML newsletter with
many links and a footer; a program's reply quoting the applicant's own question; a rejection
("we have filled all our dates") above a quoted earlier invitation; a calendar (.ics) invitation
with a one-line body; one letter offering two tracks; a Thalamus marketing mail that is no
invitation; the applicant's own sent reply to an invitation; a coordinator's auto-reply; a
scheduling confirmation that repeats the invitation below it."""

from make_holdout import Mail

BATCH12: list[Mail] = [
    # --- invitations -------------------------------------------------------------------------
    Mail(
        name="b12-inv-html-newsletter-links.eml",
        sender='"Ravenscroft Neurology Residency" <neuro.residency@ravenscrofthealth.org>',
        subject="The Ravenscroft Neuro Bulletin - December",
        date="Tue, 01 Dec 2026 07:02:00 -0500",
        html="""
        <html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
        <table width="640" align="center" cellpadding="0" cellspacing="0">
          <tr><td style="background:#1d3557;padding:12px">
            <a href="https://ravenscrofthealth.org/neurology"><img
              src="https://ravenscrofthealth.org/img/neuro-banner.png" alt="Ravenscroft Neurology"></a>
          </td></tr>
          <tr><td style="padding:8px;font-size:12px">
            <a href="https://ravenscrofthealth.org/neurology/curriculum">Curriculum</a> |
            <a href="https://ravenscrofthealth.org/neurology/residents">Our residents</a> |
            <a href="https://ravenscrofthealth.org/neurology/research">Research</a> |
            <a href="https://ravenscrofthealth.org/neurology/life">Life in Ravenscroft</a>
          </td></tr>
          <tr><td style="padding:16px">
            <h2>Hello Jordan,</h2>
            <p>Our stroke team just opened the new thrombectomy suite, PGY-3 Lina Park won the
            regional case-report prize, and the residents' winter retreat is booked for February.</p>
            <h3 style="color:#e63946">A note for you</h3>
            <p>Our selection committee has finished reading this year's files and would like you
            to join us for one of our recruitment days: Thursday, January 7; Thursday, January 14;
            or Thursday, January 21 (all virtual). Choose the day that suits you below; places on
            each day are limited.</p>
            <p><a href="https://ravenscrofthealth.org/neurology/recruit/choose?t=8f2ac1"
              style="background:#e63946;color:#fff;padding:10px 18px;text-decoration:none">
              Choose my day</a></p>
            <h3>From the blog</h3>
            <ul>
              <li><a href="https://ravenscrofthealth.org/blog/epilepsy-monitoring">Inside the
                epilepsy monitoring unit</a></li>
              <li><a href="https://ravenscrofthealth.org/blog/night-float">What night float is
                really like</a></li>
              <li><a href="https://ravenscrofthealth.org/blog/food-guide">A resident's food guide to
                the river district</a></li>
            </ul>
          </td></tr>
          <tr><td style="padding:12px;font-size:11px;color:#777">
            Ravenscroft Health &middot; Department of Neurology &middot; 400 Quarry Road,
            Ravenscroft, OH 44101<br>
            <a href="https://facebook.com/ravenscroftneuro">Facebook</a> &middot;
            <a href="https://twitter.com/ravenscroftneuro">X</a> &middot;
            <a href="https://instagram.com/ravenscroftneuro">Instagram</a><br>
            You are receiving this because you applied to Ravenscroft Neurology.
            <a href="https://ravenscrofthealth.org/email/unsubscribe?u=3381">Unsubscribe</a> |
            <a href="https://ravenscrofthealth.org/email/preferences">Manage preferences</a>
          </td></tr>
        </table>
        </body></html>
        """,
        labels={"kind": "invitation", "program": "Ravenscroft Neurology", "specialty": "Neurology"},
    ),
    Mail(
        name="b12-inv-reply-quoting-question.eml",
        sender='"Priya Natarajan" <pnatarajan@kestrelvalleymed.org>',
        subject="RE: Question about my application",
        date="Wed, 02 Dec 2026 14:12:00 -0500",
        headers={
            "In-Reply-To": "<jl-question-1130@gmail.com>",
            "References": "<jl-question-1130@gmail.com>",
        },
        text="""
        Hi Jordan,

        No need to apologise for asking! As it happens the committee went through the remaining
        files yesterday afternoon, and we'd be glad to have you with us on Wednesday, January 13
        or Wednesday, January 20. Both days are in person here at Kestrel Valley. Just reply with
        the one you prefer and I'll send the itinerary.

        Best,
        Priya Natarajan
        Residency Program Coordinator, Family Medicine
        Kestrel Valley Medical Center

        -----Original Message-----
        From: Jordan Lee <jordan.lee.match2027@gmail.com>
        Sent: Monday, November 30, 2026 9:40 PM
        To: Priya Natarajan <pnatarajan@kestrelvalleymed.org>
        Subject: Question about my application

        Dear Ms. Natarajan,

        I applied to Kestrel Valley Family Medicine in September and wanted to ask whether my
        application is still under consideration. I understand completely if you are not able to
        offer me an interview this year; I would just be grateful to know either way.

        Thank you for your time,
        Jordan Lee
        """,
        labels={
            "kind": "invitation",
            "program": "Kestrel Valley Medical Center",
            "specialty": "Family Medicine",
        },
    ),
    Mail(
        name="b12-inv-ics-one-line.eml",
        sender='"Thornbury Surgery Residency" <surgeryresidency@thornburyhealth.org>',
        subject="Thornbury General Surgery - January 8",
        date="Thu, 03 Dec 2026 10:20:00 -0500",
        text="""
        Please accept the attached if this date works for you; otherwise reply and we'll find another.
        """,
        ics="""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Thornbury Health//Residency//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tbs-2027-0108-jlee@thornburyhealth.org
        DTSTAMP:20261203T152000Z
        DTSTART:20270108T130000Z
        DTEND:20270108T210000Z
        SUMMARY:Thornbury General Surgery Residency - Interview Day (Jordan Lee)
        LOCATION:Thornbury Health, Education Pavilion, Room 210
        ORGANIZER;CN=Thornbury Surgery Residency:mailto:surgeryresidency@thornburyhealth.org
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=Jordan Lee:mailto:jordan.lee.match2027@gmail.com
        STATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """,
        labels={"kind": "invitation", "specialty": "Surgery"},
    ),
    Mail(
        name="b12-inv-two-tracks.eml",
        sender='"Internal Medicine Residency" <imresidency@bellhavenuniv.edu>',
        subject="Bellhaven University Internal Medicine - categorical and preliminary",
        date="Fri, 04 Dec 2026 09:00:00 -0500",
        text="""
        Dear Jordan Lee,

        Thank you for applying to both of our Internal Medicine tracks at Bellhaven University.
        The selection committee would like to meet you for each of them, and because the two
        tracks interview separately, there are two sets of dates:

          Categorical track: Tuesday, January 5; Tuesday, January 12; Tuesday, January 26
          Preliminary track: Friday, January 8; Friday, January 22

        You are welcome to take one date from each list, or only the track you are still
        considering. Please make your selections in Thalamus within 72 hours; unclaimed places
        are released to other applicants after that.

        Sincerely,
        Office of Graduate Medical Education - Internal Medicine
        Bellhaven University
        """,
        labels={
            "kind": "invitation",
            "program": "Bellhaven University",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="b12-inv-thalamus-dates-shared.eml",
        sender='"Thalamus" <noreply@thalamusgme.com>',
        subject="New activity on your Thalamus account",
        date="Fri, 04 Dec 2026 12:31:00 -0500",
        text="""
        Hi Jordan,

        Corwin Lake Medical Center - Psychiatry has shared its interview calendar with you.

        Log in to Thalamus to view the available dates and reserve yours before they fill.

        View calendar: https://app.thalamusgme.com/applicant/calendar/77120

        Thalamus
        The interview scheduling platform for GME
        """,
        labels={
            "kind": "invitation",
            "program": "Corwin Lake Medical Center",
            "specialty": "Psychiatry",
        },
    ),
    Mail(
        name="b12-inv-mentor-forward.eml",
        sender='"Helen Okafor, MD" <hokafor@stbrigidmed.edu>',
        subject="Fwd: Harlow Peds",
        date="Sat, 05 Dec 2026 08:15:00 -0500",
        text="""
        Jordan,

        See below from Sam Reeve at Harlow. Write to Denise today; those dates will not last.

        Helen

        ---------- Forwarded message ---------
        From: Samuel Reeve <sreeve@harlowchildrens.org>
        Date: Fri, Dec 4, 2026 at 6:02 PM
        Subject: Harlow Peds
        To: Helen Okafor <hokafor@stbrigidmed.edu>

        Helen,

        Thanks for the call about your student. We read Jordan's file again this week and we'd
        be happy to see Jordan on the 11th or the 18th of January. Could you have Jordan get in
        touch with Denise Varga (dvarga@harlowchildrens.org) to arrange it?

        Sam
        Samuel Reeve, MD
        Program Director, Pediatrics Residency
        Harlow Children's Hospital
        """,
        labels={
            "kind": "invitation",
            "program": "Harlow Children's Hospital",
            "specialty": "Pediatrics",
        },
    ),
    Mail(
        name="b12-inv-non-us-allotted.eml",
        sender='"PG Selection Cell" <pgselection@sundarammedical.org>',
        subject="Intimation regarding interview - Anaesthesiology",
        date="Sat, 05 Dec 2026 23:48:00 -0500",
        text="""
        Dear Candidate,

        With reference to your application for the Anaesthesiology residency programme at
        Sundaram Medical Institute (US campus), we wish to intimate that an interview slot has
        been allotted to you on 12th January 2027 at 10:00 hrs EST through video conference.

        Kindly revert with your confirmation at the earliest. In case the allotted slot is not
        convenient, you may request one of the alternate slots on 19th or 26th January 2027.

        Regards,
        PG Selection Cell
        Sundaram Medical Institute
        """,
        labels={
            "kind": "invitation",
            "program": "Sundaram Medical Institute",
            "specialty": "Anesthesiology",
        },
    ),
    Mail(
        name="b12-inv-broker-spots-added.eml",
        sender='"Interview Broker" <notifications@interviewbroker.com>',
        subject="Update from Pinecrest Regional: Emergency Medicine",
        date="Mon, 07 Dec 2026 16:05:00 -0500",
        text="""
        Hello Jordan,

        Pinecrest Regional Emergency Medicine has added 4 new spots to its interview campaign
        on Monday, January 25. You are receiving this because you are on the program's
        alternate list.

        Spots are given first come, first served; when they are taken, this notice expires.

        Claim a spot: https://www.interviewbroker.com/applicant/campaign/pr-em-27?src=pool

        Interview Broker
        """,
        labels={
            "kind": "invitation",
            "program": "Pinecrest Regional",
            "specialty": "Emergency Medicine",
        },
    ),
    Mail(
        name="b12-inv-very-short-pd.eml",
        sender='"Kofi Boateng" <kboateng@marshfieldortho.org>',
        subject="Ortho",
        date="Mon, 07 Dec 2026 21:40:00 -0500",
        text="""
        Jordan, we'd love to get you out here. Jan 6 work?

        KB
        """,
        labels={"kind": "invitation", "specialty": "Orthopaedic Surgery"},
    ),
    # --- scheduled / reminder / cancellation ---------------------------------------------------
    Mail(
        name="b12-sch-confirmation-repeats-invite.eml",
        sender='"Thalamus" <noreply@thalamusgme.com>',
        subject="Confirmation: Westmere University - Diagnostic Radiology",
        date="Tue, 08 Dec 2026 10:11:00 -0500",
        text="""
        Hi Jordan,

        You have signed up for an interview date.

        Program: Westmere University - Diagnostic Radiology
        Date: Wednesday, January 20, 2027
        Format: Virtual

        You can change or cancel this date in Thalamus until January 13.

        ----- Your invitation -----
        Dear Jordan,
        On behalf of the Diagnostic Radiology residency at Westmere University, we are pleased
        to invite you to interview with us this season. Please select one of the available dates
        in Thalamus within five days of this message.
        ---------------------------

        Thalamus
        """,
        labels={
            "kind": "scheduled",
            "program": "Westmere University",
            "specialty": "Radiology-Diagnostic",
        },
    ),
    Mail(
        name="b12-rem-tomorrow-lobby.eml",
        sender='"Amy Castellanos" <acastellanos@dunmoorhealth.org>',
        subject="Tomorrow at Dunmoor",
        date="Tue, 12 Jan 2027 15:30:00 -0500",
        text="""
        Hi Jordan,

        Looking forward to tomorrow! Park in garage C (the validation ticket is at the front
        desk) and come to the second-floor lobby of the Baird Building by 7:15. Breakfast with
        the chief residents starts at 7:30, and you'll be done by 2.

        Amy Castellanos
        Program Coordinator, Obstetrics and Gynecology
        Dunmoor Health
        """,
        labels={"kind": "reminder", "program": "Dunmoor Health"},
    ),
    Mail(
        name="b12-can-ice-storm.eml",
        sender='"Urology Residency" <urology@gilcrestmed.org>',
        subject="Friday interview session postponed",
        date="Wed, 13 Jan 2027 17:45:00 -0500",
        text="""
        Dear applicants,

        With the ice storm forecast for Friday, we have postponed this Friday's in-person
        interview session for everyone's safety. It will not go ahead on Friday. Each of you will
        receive a link tomorrow to choose a replacement date in late January.

        We are sorry for the disruption to your travel plans.

        Gilcrest Medical Center Urology Residency
        """,
        labels={"kind": "cancellation", "program": "Gilcrest Medical Center"},
    ),
    # --- waitlists ---------------------------------------------------------------------------
    Mail(
        name="b12-wl-reserve-roster.eml",
        sender='"Pathology Residency" <pathresidency@oakmontuniv.edu>',
        subject="Your application - Oakmont Pathology",
        date="Wed, 02 Dec 2026 13:00:00 -0500",
        text="""
        Dear Jordan,

        Every one of our interview days is at capacity for now. We have added your name to our
        reserve roster, and we will email you as soon as a seat opens on any of them.

        Thank you for your patience,
        Oakmont University Pathology Residency
        """,
        labels={"kind": "waitlist", "program": "Oakmont University"},
    ),
    Mail(
        name="b12-wl-pd-file-on-desk.eml",
        sender='"Rafael Duarte, MD" <rduarte@silverbirchhospital.org>',
        subject="Silver Birch EM",
        date="Thu, 03 Dec 2026 19:20:00 -0500",
        text="""
        Dear Jordan,

        I wish I could offer you a day right now. We are badly oversubscribed this year, and
        the days we have are spoken for. I am keeping your file on my desk, and if anything
        shifts in the next few weeks you will hear from me before anyone else.

        Rafael Duarte, MD
        Program Director, Emergency Medicine
        Silver Birch Hospital
        """,
        labels={"kind": "waitlist", "program": "Silver Birch Hospital"},
    ),
    Mail(
        name="b12-wl-residencycas-alternate.eml",
        sender='"ResidencyCAS" <noreply@residencycas.org>',
        subject="Interview status update",
        date="Fri, 04 Dec 2026 08:30:00 -0500",
        text="""
        Jordan Lee,

        Your interview status with Greywater Medical Center - Obstetrics and Gynecology has
        changed to: Alternate.

        Programs move applicants from Alternate to Invited as dates become available. Sign in to
        your ResidencyCAS account for details.

        The ResidencyCAS Team
        """,
        labels={"kind": "waitlist", "program": "Greywater Medical Center"},
    ),
    Mail(
        name="b12-wl-hold-list.eml",
        sender='"Lucy Whitcombe" <l.whitcombe@ashgrovegeneral.org>',
        subject="Ashgrove Transitional Year",
        date="Sun, 06 Dec 2026 11:00:00 -0500",
        text="""
        Dear Jordan,

        Thank you for your interest in the Transitional Year programme at Ashgrove General. Our
        interview diary is full at present, but we have put you on our hold list, and should
        anyone withdraw we shall contact you straight away.

        Kind regards,
        Lucy Whitcombe
        Programme Administrator
        """,
        labels={"kind": "waitlist", "program": "Ashgrove General"},
    ),
    # --- rejections --------------------------------------------------------------------------
    Mail(
        name="b12-rej-filled-above-quoted-invite.eml",
        sender='"Marcus Bell" <mbell@quarryhillmed.org>',
        subject="Re: Interview invitation - Quarry Hill Internal Medicine",
        date="Tue, 08 Dec 2026 09:05:00 -0500",
        headers={
            "In-Reply-To": "<jl-reply-1207@gmail.com>",
            "References": "<qh-invite-1201@quarryhillmed.org> <jl-reply-1207@gmail.com>",
        },
        text="""
        Hi Jordan,

        I'm so sorry. By the time your reply reached us we had filled all our dates, and we do
        not have an interview to offer you this season. I wish you the very best with the rest
        of the cycle.

        Marcus

        On Tue, Dec 1, 2026 at 10:00 AM Marcus Bell <mbell@quarryhillmed.org> wrote:
        > Dear Jordan,
        >
        > We are delighted to invite you to interview with the Internal Medicine residency at
        > Quarry Hill Medical Center. Please reply with your preferred date: January 6, 13 or
        > 20. Interviews are assigned in the order replies arrive.
        >
        > Marcus Bell
        > Program Coordinator
        """,
        labels={"kind": "rejection", "program": "Quarry Hill Medical Center"},
    ),
    Mail(
        name="b12-rej-pursue-other-applicants.eml",
        sender='"Dermatology Residency" <dermresidency@lanfordclinic.org>',
        subject="Lanford Clinic Dermatology application",
        date="Wed, 09 Dec 2026 10:00:00 -0500",
        text="""
        Dear Jordan Lee,

        Thank you for applying to the Lanford Clinic Dermatology Residency. After careful review,
        the committee has decided to pursue other applicants for its interview days this year.
        We know this is disappointing news and we wish you success in your career.

        Sincerely,
        Lanford Clinic Dermatology Residency
        """,
        labels={"kind": "rejection", "program": "Lanford Clinic"},
    ),
    Mail(
        name="b12-rej-including-you.eml",
        sender='"Plastic Surgery Residency" <plastics@merrivalehealth.org>',
        subject="Merrivale Plastic Surgery",
        date="Thu, 10 Dec 2026 15:20:00 -0500",
        text="""
        Dear Jordan,

        This year we received more than 900 applications for two positions. That means we
        cannot interview many outstanding applicants, including you this year. This is no
        reflection on the quality of your application.

        With best wishes,
        Merrivale Health Plastic Surgery
        """,
        labels={"kind": "rejection", "program": "Merrivale Health"},
    ),
    Mail(
        name="b12-rej-eras-decision.eml",
        sender='"ERAS" <myeras-noreply@aamc.org>',
        subject=None,
        date="Fri, 11 Dec 2026 08:00:00 -0500",
        text="""
        Message from: Fenwick Memorial Hospital - Neurology

        Dear Applicant,

        The program has completed its review and has made a final decision: you will not receive
        an interview invitation from Fenwick Memorial Hospital for the 2027 cycle.

        This message was sent through the ERAS Post Office.
        """,
        labels={"kind": "rejection", "program": "Fenwick Memorial Hospital"},
    ),
    # --- info --------------------------------------------------------------------------------
    Mail(
        name="b12-info-thalamus-marketing.eml",
        sender='"Thalamus" <news@thalamusgme.com>',
        subject="Programs are inviting applicants right now",
        date="Mon, 30 Nov 2026 12:00:00 -0500",
        html="""
        <html><body>
        <h1>Interview season is in full swing</h1>
        <p>Programs across every specialty are inviting applicants now. Log in to see whether
        any program has sent you an invitation, and turn on text alerts so you never miss one.</p>
        <p><a href="https://app.thalamusgme.com/login">Log in to Thalamus</a></p>
        <p>New this season: calendar sync, travel cost estimates and the interview map.</p>
        <p style="font-size:11px">Thalamus, 2 Embarcadero Center, San Francisco, CA.
        <a href="https://thalamusgme.com/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b12-info-coordinator-autoreply.eml",
        sender='"Nadia Petrova" <npetrova@hollisterhealth.org>',
        subject="Automatic reply: Interview date question",
        date="Tue, 08 Dec 2026 16:40:00 -0500",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        text="""
        Thank you for your message. I am out of the office until Monday, December 14, with
        limited access to email. For anything about interview invitations or scheduling, please
        write to residency@hollisterhealth.org and a colleague will help you.

        Nadia Petrova
        Residency Coordinator, Hollister Health Internal Medicine
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b12-info-invites-go-out.eml",
        sender='"General Surgery Residency" <gsresidency@brackenridge.edu>',
        subject="An update on our interview timeline",
        date="Thu, 26 Nov 2026 10:00:00 -0500",
        text="""
        Dear Applicants,

        Thank you for your patience. Our committee is still reviewing applications, and our
        first round of interview invitations will go out the week of December 7. If you do not
        hear from us then, your application is still active: we invite in three rounds.

        Please do not call the office about your status; we will write to every applicant.

        Brackenridge General Surgery Residency
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b12-info-advising-tips.eml",
        sender='"Office of Student Affairs" <studentaffairs@stbrigidmed.edu>',
        subject="Five things to do when an interview invitation arrives",
        date="Wed, 02 Dec 2026 07:30:00 -0500",
        text="""
        Dear fourth-year students,

        Invitations are arriving daily now. When one reaches you:

        1. Respond within hours, not days: popular dates fill first.
        2. Check the platform (Thalamus, ERAS, Interview Broker) and your spam folder.
        3. Keep one spreadsheet of every program, date and deadline.
        4. If you are waitlisted, reply once to say you are still interested.
        5. Never cancel inside two weeks except in an emergency.

        Drop-in advising is every Thursday at noon.

        Office of Student Affairs
        """,
        labels={"kind": "info"},
    ),
    # --- other -------------------------------------------------------------------------------
    Mail(
        name="b12-oth-own-sent-reply.eml",
        sender="Jordan Lee <jordan.lee.match2027@gmail.com>",
        to='"Priya Natarajan" <pnatarajan@kestrelvalleymed.org>',
        subject="Re: Question about my application",
        date="Wed, 02 Dec 2026 15:01:00 -0500",
        headers={
            "In-Reply-To": "<b12-inv-reply-quoting-question.holdout@kestrelvalleymed.org>",
        },
        text="""
        Dear Ms. Natarajan,

        Thank you so much for the invitation! I would love to come on Wednesday, January 13.

        Best regards,
        Jordan Lee

        On Wed, Dec 2, 2026 at 2:12 PM Priya Natarajan wrote:
        > Hi Jordan,
        > we'd be glad to have you with us on Wednesday, January 13 or Wednesday, January 20.
        > Both days are in person here at Kestrel Valley. Just reply with the one you prefer
        > and I'll send the itinerary.
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b12-oth-grocery-delivery.eml",
        sender='"FreshCart" <orders@freshcart.com>',
        subject="Your delivery window is confirmed",
        date="Sat, 05 Dec 2026 09:12:00 -0500",
        text="""
        Hi Jordan,

        Your order #44120 will arrive Sunday between 10 and 11 AM. We'll text you when your
        shopper is on the way. Need to change something? Edit your order until 8 PM tonight.

        FreshCart
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b12-oth-friend-invite.eml",
        sender='"Sam Ortiz" <sam.ortiz88@yahoo.com>',
        subject="game night?",
        date="Thu, 10 Dec 2026 20:10:00 -0500",
        text="""
        hey! we're doing board games at mine on the 19th, you in? bring the interview stories,
        everyone wants to hear them lol
        """,
        labels={"kind": "other"},
    ),
]
