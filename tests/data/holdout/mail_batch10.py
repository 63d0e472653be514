"""A tenth held-out batch (b10-*), written before reading the rules, the net or the earlier
batches' mail (only the first lines of mail_batch9.py, for the format), and measured once on
first sight: invitations in program-director, coordinator, platform, forwarded, reply-thread,
newsletter and non-US wording, a pooled 'a date opened up' notice, waitlists and rejections in
other words, mail that talks about invitations without being one, and everyday mail."""

from make_holdout import Mail

BATCH10: list[Mail] = [
    # --- invitations -------------------------------------------------------------------------
    Mail(
        name="b10-inv-pd-spend-a-day.eml",
        sender='"Marguerite Olsen, MD" <molsen@harrowfieldfm.org>',
        subject="From the Harrowfield FM program director",
        date="Mon, 09 Nov 2026 07:48:00 -0500",
        text="""
        Jordan,

        I finished reading your file last night, and your longitudinal clinic work in Tulsa is
        exactly the kind of thing our residents do here. I would very much like you to spend a
        day with us this winter so we can get to know each other properly.

        Our recruitment days are Thursday, December 3 and Thursday, December 10 (both in person,
        8 AM to 3 PM, lunch with the residents included). Reply to Deb Sorensen, our program
        coordinator (dsorensen@harrowfieldfm.org), with the one you prefer and she will send you
        the details.

        All the best,
        Marguerite Olsen, MD
        Program Director
        Harrowfield Family Medicine Residency
        """,
        labels={
            "kind": "invitation",
            "program": "Harrowfield",
            "specialty": "Family Medicine",
        },
    ),
    Mail(
        name="b10-inv-coordinator-long.eml",
        sender='"Psychiatry Residency Office" <psychres@stillwatermed.org>',
        subject="Stillwater Medical Center Psychiatry - your applicant day",
        date="Tue, 10 Nov 2026 13:05:00 -0500",
        unwrap=True,
        text="""
        Hi Jordan!

        My name is Carla Nguyen and I coordinate recruitment for the Stillwater Medical Center
        Psychiatry Residency. Dr. Abernathy and the selection committee have asked me to get you
        on the calendar for one of our applicant days, and I'm thrilled to be the one to tell
        you!

        Here is how our days work this year. Every applicant day is virtual and runs from 9:30
        AM to 2:30 PM Central. The morning opens with a welcome from Dr. Abernathy and our chief
        residents, followed by an overview of the curriculum (our PGY-1 year is split between
        inpatient psychiatry, consult-liaison, neurology and primary care), and then three
        one-on-one conversations with faculty, each about twenty minutes. After a break there is
        a resident panel with no faculty present, where you can ask anything you like about
        call, wellness, moonlighting or life in Stillwater. We close with a short Q&A about
        benefits and the research track.

        The evening before each day we host an optional, informal virtual social with the
        residents; it is truly optional and not part of the evaluation.

        Openings remain on the following dates:

          - Wednesday, December 2
          - Wednesday, December 16
          - Wednesday, January 6

        To claim one, just write back with your first and second choice. Dates are assigned in
        the order replies arrive, and we ask that you let us know within five days so that we
        can offer unclaimed places to others.

        If you need an accommodation of any kind, or none of these dates work because of
        another commitment, tell me and I'll do my best to help.

        Looking forward to hearing from you,

        Carla Nguyen
        Residency Program Coordinator, Department of Psychiatry
        Stillwater Medical Center
        (405) 555-0183
        """,
        labels={
            "kind": "invitation",
            "program": "Stillwater Medical Center",
            "specialty": "Psychiatry",
        },
    ),
    Mail(
        name="b10-inv-thalamus-request.eml",
        sender='"Thalamus" <noreply@thalamusgme.com>',
        subject="New interview request",
        date="Wed, 11 Nov 2026 12:00:14 -0500",
        text="""
        Hello Jordan,

        Northgate University Hospital - Neurology (Categorical) has sent you an interview request.

        Log in to Thalamus to view the available dates and register for the one that suits you.
        Sessions are held first-come, first-served.

        https://app.thalamusgme.com/applicant/requests/99142

        Thalamus
        Please do not reply to this automated message.
        """,
        labels={
            "kind": "invitation",
            "program": "Northgate University Hospital",
            "specialty": "Neurology",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="b10-inv-eras-scheduling.eml",
        sender='"ERAS Scheduling" <erasscheduler@aamc.org>',
        subject="Scheduling opportunity available",
        date="Thu, 12 Nov 2026 16:41:00 -0500",
        text="""
        Dear Applicant,

        A program has made a scheduling opportunity available to you.

        Program: Riverbend Medical Center - Anesthesiology (Advanced)
        Freeze date: 11/19/2026

        Sign in to MyERAS and open the Interview Scheduling page to choose a date. After the
        freeze date you will only be able to cancel.

        This is an automated notification from the ERAS Scheduling Service.
        """,
        labels={
            "kind": "invitation",
            "program": "Riverbend Medical Center",
            "specialty": "Anesthesiology",
            "platform": "eras",
        },
    ),
    Mail(
        name="b10-inv-broker-html-only.eml",
        sender='"Interview Broker" <notifications@interviewbroker.com>',
        subject="Brookhaven Health: choose your session",
        date="Fri, 13 Nov 2026 09:00:03 -0500",
        html="""
        <html><body>
        <div style="max-width:560px;margin:auto;font-family:Helvetica">
        <img src="https://interviewbroker.com/static/logo.png" alt="Interview Broker">
        <p>Jordan Lee,</p>
        <p><b>Brookhaven Health Internal Medicine &ndash; Preliminary</b> has opened
        self-scheduling for you for the 2026&ndash;2027 recruitment season.</p>
        <table cellpadding="6">
        <tr><td>Sessions</td><td>Dec 8 &middot; Dec 15 &middot; Jan 12</td></tr>
        <tr><td>Format</td><td>Virtual</td></tr>
        </table>
        <p><a href="https://interviewbroker.com/s/7Kq2Lm" style="background:#1d6fb8;color:#fff;
        padding:10px 18px;text-decoration:none">Pick a session</a></p>
        <p style="font-size:11px;color:#888">Sent on behalf of the program by Interview Broker.</p>
        </div>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Brookhaven Health",
            "specialty": "Internal Medicine",
            "track": "preliminary",
            "platform": "interview_broker",
        },
    ),
    Mail(
        name="b10-inv-very-short.eml",
        sender='"Kim Albright" <kalbright@millbrookwomens.org>',
        subject="Millbrook OB/GYN",
        date="Fri, 13 Nov 2026 17:22:00 -0500",
        text="""
        Jordan - Dec 1, 8 or 15 for your visit with us? Let me know which.
        Kim

        Sent from my iPhone
        """,
        labels={"kind": "invitation", "specialty": "Obstetrics and Gynecology"},
    ),
    Mail(
        name="b10-inv-mentor-forward.eml",
        sender='"Dr. Paul Whitcomb" <pwhitcomb@okstate-med.edu>',
        subject="Fwd: Crestview Ortho",
        date="Sat, 14 Nov 2026 08:10:00 -0600",
        text="""
        Jordan -- Sally Tran at Crestview wrote to me about you (below). They want you out there.
        Answer her today; ortho days go in minutes.

        Paul

        ---------- Forwarded message ---------
        From: Sally Tran <stran@crestviewortho.org>
        Date: Fri, Nov 13, 2026 at 6:02 PM
        Subject: Crestview Ortho
        To: Paul Whitcomb <pwhitcomb@okstate-med.edu>

        Paul, thanks for the call about Jordan Lee. The committee agreed and we would be keen to
        see Jordan at one of our January sessions (Jan 8 or Jan 22). I sent the formal note
        through Thalamus as well, but wanted you to hear it from me. Could you make sure it
        doesn't get lost?

        Sally Tran, MD
        Program Director, Orthopaedic Surgery
        Crestview Medical Center
        """,
        labels={
            "kind": "invitation",
            "program": "Crestview Medical Center",
            "specialty": "Orthopaedic Surgery",
        },
    ),
    Mail(
        name="b10-inv-reply-thread.eml",
        sender='"Dana Pruitt" <dpruitt@lowellvalleyhealth.org>',
        subject="Re: Application status - Jordan Lee (Pediatrics)",
        date="Mon, 16 Nov 2026 10:31:00 -0500",
        headers={
            "In-Reply-To": "<CAjl-status-0412@mail.gmail.com>",
            "References": "<CAjl-status-0412@mail.gmail.com>",
        },
        text="""
        Hi Jordan,

        Good timing - the committee met on Friday and cleared you for our applicant day. Do you
        want Thursday, January 7 or Thursday, January 14? Either works on our side.

        Dana

        Dana Pruitt | Pediatric Residency Coordinator | Lowell Valley Health

        On Sun, Nov 15, 2026 at 9:12 PM Jordan Lee <jordan.lee.match2027@gmail.com> wrote:
        > Dear Ms. Pruitt,
        >
        > I hope you are well. I wanted to check on the status of my application to the
        > Lowell Valley Health Pediatrics Residency, as I remain very interested in the program.
        >
        > Thank you for your time,
        > Jordan Lee
        """,
        labels={
            "kind": "invitation",
            "program": "Lowell Valley Health",
            "specialty": "Pediatrics",
        },
    ),
    Mail(
        name="b10-inv-newsletter-status.eml",
        sender='"Harbor Point Radiology" <radiology.education@harborpointhealth.org>',
        subject="The Reading Room - November applicant bulletin",
        date="Tue, 17 Nov 2026 11:00:00 -0500",
        text="""
        THE READING ROOM
        Harbor Point Health Diagnostic Radiology Residency - Applicant Bulletin, November

        IN THIS ISSUE
        1. A note from the chair
        2. Your application
        3. Resident spotlight: Dr. Ines Calder, PGY-3
        4. Life in Harbor Point

        1. A NOTE FROM THE CHAIR
        Thank you for your interest in our program. This year we received more than 700
        applications for 8 positions, and our faculty have been reading every one.

        2. YOUR APPLICATION
        Jordan, you are among the candidates we would like to meet this season. Please use the
        link below to choose one of our remaining virtual days (December 9 or January 13)
        by November 24:
        https://harborpointhealth.org/radiology/applicants/select?id=JL2027

        3. RESIDENT SPOTLIGHT
        Dr. Calder tells us about her research on low-dose CT protocols and why she picked
        Harbor Point for its breast imaging rotation.

        4. LIFE IN HARBOR POINT
        The harbor walk re-opens in spring, and our residents' favourite coffee shop just
        moved across the street from the hospital.

        To stop receiving the bulletin, reply with UNSUBSCRIBE.
        """,
        labels={
            "kind": "invitation",
            "program": "Harbor Point Health",
            "specialty": "Radiology-Diagnostic",
        },
    ),
    Mail(
        name="b10-inv-non-us-programme.eml",
        sender='"Medical Education Office" <meded@kingsbridge-general.org>',
        subject="Internal Medicine Programme - Application 2027/0381",
        date="Wed, 18 Nov 2026 04:15:00 -0500",
        text="""
        Dear Dr Lee,

        Re: Internal Medicine Residency Programme, Kingsbridge General Hospital

        Further to your application, we write to advise that the selection panel would welcome
        the opportunity of meeting you. The panels will sit on the mornings of Monday 7 December
        and Monday 14 December 2026 and will be conducted by video link.

        Kindly confirm by return which morning you are able to attend, quoting your application
        reference. Should neither date be convenient, please advise us and we shall endeavour to
        make alternative arrangements.

        Yours sincerely,

        Mrs G. Hargreaves
        Programme Administrator, Medical Education Office
        Kingsbridge General Hospital
        """,
        labels={
            "kind": "invitation",
            "program": "Kingsbridge General Hospital",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="b10-inv-pooled-opened-up.eml",
        sender='"Wren Dermatology Residency" <dermres@wrenuniversity.edu>',
        subject="Jan 12 - one opening",
        date="Thu, 19 Nov 2026 15:37:00 -0500",
        to="undisclosed-recipients:;",
        text="""
        Hello all,

        A date opened up: we've had a withdrawal and Tuesday, January 12 now has one seat
        available. As before, this note goes to everyone on our alternate list at the same time
        and the seat goes to the first person who replies. If it's already taken when you write,
        you stay on the list for anything that frees up later.

        Wren University Dermatology
        """,
        labels={
            "kind": "invitation",
            "program": "Wren University",
            "specialty": "Dermatology",
        },
    ),
    # --- waitlists ---------------------------------------------------------------------------
    Mail(
        name="b10-wl-active-consideration.eml",
        sender='"Emergency Medicine Residency" <emresidency@sablecreek.org>',
        subject="Sable Creek EM - your application",
        date="Mon, 16 Nov 2026 14:20:00 -0500",
        text="""
        Dear Jordan,

        Thank you for applying to Sable Creek Emergency Medicine. Our interview calendar is
        fully committed at the moment, but your application remains under active consideration,
        and we will reach out to you directly should a day free up later in the season.

        There is nothing you need to do in the meantime.

        Sincerely,
        Sable Creek Emergency Medicine Residency
        """,
        labels={"kind": "waitlist", "program": "Sable Creek", "specialty": "Emergency Medicine"},
    ),
    Mail(
        name="b10-wl-thalamus-interest-list.eml",
        sender='"Thalamus" <noreply@thalamusgme.com>',
        subject="You've been added to an interest list",
        date="Tue, 17 Nov 2026 12:00:09 -0500",
        text="""
        Hello Jordan,

        Eastmoor Medical College - General Surgery (Categorical) has added you to its interest
        list. You will be notified by email if dates become available for you.

        No action is needed right now.

        Thalamus
        """,
        labels={
            "kind": "waitlist",
            "program": "Eastmoor Medical College",
            "specialty": "Surgery",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="b10-wl-queue-number.eml",
        sender='"Urology Residency Coordinator" <urology.gme@bellhavenhealth.org>',
        subject="Bellhaven Urology interview days",
        date="Wed, 18 Nov 2026 09:44:00 -0500",
        text="""
        Dear Jordan,

        All of our interview days for this cycle are now spoken for. You are currently number 7
        in our queue, and as applicants decline we will move down the queue in order and write
        to the next person with a 24-hour window to accept.

        Best regards,
        Lorraine Becket
        Urology Residency Coordinator, Bellhaven Health
        """,
        labels={"kind": "waitlist", "program": "Bellhaven Health", "specialty": "Urology"},
    ),
    Mail(
        name="b10-wl-pd-near-the-top.eml",
        sender='"Theo Marchetti" <tmarchetti@glenrockmed.org>',
        subject="Glenrock IM",
        date="Thu, 19 Nov 2026 20:15:00 -0500",
        text="""
        Hi Jordan,

        I wanted to write personally. We couldn't fit you into the first round of interview days
        - we had far more strong applicants than seats - but I've asked our coordinator to keep
        your name near the top in case anyone drops out. I'd genuinely like to meet you if it
        works out.

        Theo Marchetti
        Program Director, Internal Medicine, Glenrock Medical Center
        """,
        labels={
            "kind": "waitlist",
            "program": "Glenrock Medical Center",
            "specialty": "Internal Medicine",
        },
    ),
    # --- rejections --------------------------------------------------------------------------
    Mail(
        name="b10-rej-not-among-them.eml",
        sender='"Neurology Residency Program" <neuro.residency@copperhill.edu>',
        subject="Copper Hill University Neurology - interview selections",
        date="Fri, 20 Nov 2026 16:00:00 -0500",
        text="""
        Dear Jordan Lee,

        We have now completed our interview selections for the 2027 Match, and I am sorry to
        say that your application was not among them. The applicant pool was exceptionally
        strong this year.

        We wish you every success in the Match.

        Sincerely,
        The Copper Hill University Neurology Residency Program
        """,
        labels={"kind": "rejection", "program": "Copper Hill University", "specialty": "Neurology"},
    ),
    Mail(
        name="b10-rej-roster-not-including.eml",
        sender='"Surgery Education" <surgeryed@pinemarsh.org>',
        subject="Pine Marsh General Surgery",
        date="Mon, 23 Nov 2026 10:12:00 -0500",
        text="""
        Dear Applicant,

        Our interview roster for the categorical general surgery program has been finalized,
        and we will not be including you in this year's interview process. We appreciate the
        time you put into your application.

        Pine Marsh Regional Hospital, Department of Surgery
        """,
        labels={"kind": "rejection", "program": "Pine Marsh Regional Hospital", "specialty": "Surgery"},
    ),
    Mail(
        name="b10-rej-residencycas-status.eml",
        sender='"ResidencyCAS" <noreply@liaisoncas.com>',
        subject="Application status update",
        date="Tue, 24 Nov 2026 08:30:00 -0500",
        text="""
        Hi Jordan,

        The status of your application to Fairmont University - Obstetrics and Gynecology has
        changed.

        New status: Not Selected for Interview

        Log in to ResidencyCAS to view your applications.
        """,
        labels={
            "kind": "rejection",
            "program": "Fairmont University",
            "specialty": "Obstetrics and Gynecology",
            "platform": "residencycas",
        },
    ),
    Mail(
        name="b10-rej-not-progress.eml",
        sender='"Programme Office" <pgme@ashdown-university.org>',
        subject="Psychiatry Residency - outcome of shortlisting",
        date="Wed, 25 Nov 2026 05:40:00 -0500",
        text="""
        Dear Dr Lee,

        Thank you for your application to the Ashdown University Psychiatry Residency Programme.
        Regrettably, we are not in a position to progress your application to the interview
        stage on this occasion. We received a very large number of applications of high quality.

        We wish you well with your future career.

        Kind regards,
        Postgraduate Medical Education Office, Ashdown University
        """,
        labels={"kind": "rejection", "program": "Ashdown University", "specialty": "Psychiatry"},
    ),
    # --- scheduled / reminder / cancellation -------------------------------------------------
    Mail(
        name="b10-sch-locked-in.eml",
        sender='"Deb Sorensen" <dsorensen@harrowfieldfm.org>',
        subject="Re: Recruitment day",
        date="Tue, 10 Nov 2026 11:02:00 -0500",
        text="""
        Hi Jordan,

        Perfect - you're locked in for Thursday, December 10. I'll send parking and the
        day's agenda the week before.

        Deb
        Harrowfield Family Medicine Residency
        """,
        labels={
            "kind": "scheduled",
            "program": "Harrowfield",
            "specialty": "Family Medicine",
        },
    ),
    Mail(
        name="b10-rem-this-wednesday.eml",
        sender='"Psychiatry Residency Office" <psychres@stillwatermed.org>',
        subject="See you Wednesday!",
        date="Mon, 30 Nov 2026 09:00:00 -0600",
        text="""
        Hi Jordan,

        Just a quick note before your applicant day with us this Wednesday, December 2. Your
        Zoom link is below; please log on by 9:15 AM Central so we can check audio.

        https://stillwatermed.zoom.us/j/8812340077

        The schedule and your faculty conversation partners are attached.

        Carla Nguyen
        Stillwater Medical Center Psychiatry
        """,
        labels={
            "kind": "reminder",
            "program": "Stillwater Medical Center",
            "specialty": "Psychiatry",
        },
    ),
    Mail(
        name="b10-can-called-off.eml",
        sender='"Anesthesiology Education" <anesthesia.res@riverbendmc.org>',
        subject="December 9 applicant day",
        date="Tue, 01 Dec 2026 14:50:00 -0500",
        text="""
        Dear Jordan,

        Because of an unexpected conflict for several of our faculty, we have had to call off
        the December 9 applicant day you signed up for. We are very sorry for the inconvenience.
        You will receive a separate note through ERAS to pick a replacement date.

        Riverbend Medical Center Anesthesiology
        """,
        labels={
            "kind": "cancellation",
            "program": "Riverbend Medical Center",
            "specialty": "Anesthesiology",
        },
    ),
    # --- info --------------------------------------------------------------------------------
    Mail(
        name="b10-info-invites-next-week.eml",
        sender='"Alder Bay Pediatrics" <pedsresidency@alderbay.org>',
        subject="Update from Alder Bay Pediatrics",
        date="Mon, 02 Nov 2026 12:00:00 -0500",
        text="""
        Dear Applicants,

        Thank you for your patience. Our committee has finished its first review, and we expect
        interview invitations to go out next week, during the week of November 9. We review on
        a rolling basis, and every applicant will hear from us one way or the other by
        December 15. Please don't email to ask about your status before then.

        Alder Bay Pediatrics Residency
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b10-info-tips-responding.eml",
        sender='"Office of Student Affairs" <studentaffairs@okstate-med.edu>',
        subject="5 tips for responding to interview invitations",
        date="Wed, 04 Nov 2026 08:00:00 -0600",
        text="""
        Dear MS4s,

        Interview season is here! A few reminders from our office:

        1. Check your email and the Thalamus app several times a day: many programs invite
           more applicants than they have slots, and dates fill within hours.
        2. Accept an invitation quickly, then rearrange later if you must - it is easier to
           cancel than to find a slot.
        3. Cancel at least two weeks before an interview date you no longer need.
        4. Keep a spreadsheet of every invitation, waitlist and rejection.
        5. Come see us if you have fewer than 10 invitations by December 1.

        Office of Student Affairs
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b10-info-thanks-for-visiting.eml",
        sender='"Harrowfield Family Medicine" <fmresidency@harrowfieldfm.org>',
        subject="Thank you for visiting Harrowfield",
        date="Fri, 11 Dec 2026 16:30:00 -0500",
        text="""
        Dear Jordan,

        Thank you for spending the day with us yesterday. Our residents enjoyed meeting you,
        and we hope you got a good sense of our program and the community. Per NRMP policy, we
        will not contact you about your rank position. If any questions come up, please reach
        out.

        Harrowfield Family Medicine Residency
        """,
        labels={
            "kind": "info",
            "program": "Harrowfield",
            "specialty": "Family Medicine",
        },
    ),
    # --- unrelated everyday mail -------------------------------------------------------------
    Mail(
        name="b10-oth-friend-dinner.eml",
        sender='"Sam Okafor" <sam.okafor88@gmail.com>',
        subject="dinner sat?",
        date="Thu, 12 Nov 2026 19:03:00 -0500",
        text="""
        hey! how did the interview on tuesday go?? want to grab dinner saturday to celebrate /
        commiserate? thinking the thai place around 7. let me know

        s
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b10-oth-rent-reminder.eml",
        sender='"Maple Court Apartments" <noreply@maplecourt-residents.com>',
        subject="Your December rent is due soon",
        date="Fri, 27 Nov 2026 07:00:00 -0500",
        text="""
        Hi Jordan,

        This is a reminder that your rent of $1,240.00 for Unit 3B is due on December 1. You can
        pay online through the resident portal; payments after December 5 incur a late fee.

        Maple Court Apartments
        """,
        labels={"kind": "other"},
    ),
]
