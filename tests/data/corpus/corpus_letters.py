# ruff: noqa: E501  (letters are prose; long lines read better than split ones)
"""The letters of the corpus: each writes one `Case` from a program, a specialty and a seed."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from make_corpus import APPLICANT, ET, PERSONAL, Case, Program, ics, written_date

Spec = tuple[str, str]


@dataclass
class Letter:
    make: Callable[..., Case]
    copies: int
    structure: str | None = None


def sent_at(n: int, hour: int = 10) -> datetime:
    day = date(2026, 10, 1) + timedelta(days=(n * 3) % 100)
    return datetime.combine(day, time(hour % 24, (n * 7) % 60), ET)


def interview_days(sent: datetime, count: int, rng: random.Random) -> list[date]:
    days: list[date] = []
    day = sent.date() + timedelta(days=rng.randint(12, 30))
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=rng.choice([1, 2, 3, 6]))
    return days


def coordinator_sender(program: Program, coordinator: str, spec: Spec) -> tuple[str, str]:
    first, last = coordinator.split(" ", 1)
    return coordinator, f"{first[0].lower()}{last.lower().replace(chr(39), '')}@{program.domain}"


def program_sender(program: Program, spec: Spec) -> tuple[str, str]:
    slug = "".join(w[0] for w in spec[1].replace("/", " ").replace("-", " ").split()).lower()
    return f"{program.name} {spec[1]} Residency", f"{slug}residency@{program.domain}"


def labels(
    kind: str, program: str | None, spec: Spec | None, platform: str, **more: object
) -> dict[str, object]:
    out: dict[str, object] = {"kind": kind, "program": program, "platform": platform}
    out["specialty"] = spec[0] if spec else None
    out["track"] = "transitional" if spec and spec[0] == "Transitional Year" else None
    out.update(more)
    return out


def track_words(spec: Spec, rng: random.Random) -> tuple[str, str | None]:
    """(words for the letter, the track label) — only where a letter names one."""
    if spec[0] == "Transitional Year":
        return "", "transitional"
    if spec[0] in {"Internal Medicine", "Surgery"}:
        return rng.choice([("Categorical ", "categorical"), ("Preliminary ", "preliminary"), ("", None)])
    if spec[0] in {"Anesthesiology", "Neurology", "Dermatology", "Radiology-Diagnostic"}:
        return rng.choice([("Advanced ", "advanced"), ("Categorical ", "categorical"), ("", None)])
    return "", None


FORMATS = [
    ("All interviews will be conducted virtually via Zoom.", "virtual"),
    ("Interviews are held in person on our main campus.", "in_person"),
    ("Our interview day is virtual this year.", "virtual"),
    ("This season we offer a hybrid interview day: a virtual morning and an optional campus tour.", "hybrid"),
    ("", "unknown"),
]


# -- invitations --------------------------------------------------------------------------------


def inv_coordinator(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n)
    days = interview_days(sent, 3, rng)
    words, track = track_words(specialty, rng)
    fmt, fmt_label = FORMATS[n % len(FORMATS)]
    opener = rng.choice(
        [
            f"On behalf of the {specialty[1]} Residency Program at {program.name}, we are pleased to invite you to interview with us.",
            f"Thank you for your application to the {program.name} {words}{specialty[1]} Residency Program. "
            "The selection committee was impressed with your application, and we would like to invite you for an interview.",
            f"Congratulations! You have been selected to interview for a {words}position in the {program.name} {specialty[1]} residency program.",
        ]
    )
    window = rng.choice(
        [
            ("Please reply within 72 hours to secure a date.", timedelta(hours=72)),
            (
                "Kindly let us know your preferred date within 48 hours of receiving this email.",
                timedelta(hours=48),
            ),
            ("Slots are first come, first served.", None),
        ]
    )
    dates = "\n".join(f"- {written_date(d, n % 3)}" for d in days)
    body = (
        f"Dear Dr. Lee,\n\n{opener}\n\nWe have the following interview dates available:\n\n{dates}\n\n"
        f"{fmt} {window[0]} Reply to this email with your first and second choice.\n\n"
        f"Warm regards,\n{coordinator}\nProgram Coordinator\n{specialty[1]} Residency Program\n{program.name}\n"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    extra: dict[str, object] = {"format": fmt_label, "interview_dates": [d.isoformat() for d in days]}
    if window[1]:
        extra["respond_by"] = (sent + window[1]).isoformat()
    if track:
        extra["track"] = track
    subject = rng.choice(
        [
            f"Interview Invitation - {program.name} {specialty[1]}",
            f"{specialty[1]} Residency Interview Invitation",
            f"{program.name}: Invitation to Interview",
        ]
    )
    return Case(
        f"inv-coordinator-{n:03d}",
        "invitation",
        subject,
        body,
        name,
        addr,
        sent,
        labels("invitation", program.name, specialty, "email", **extra),
        structure,
    )


def inv_thalamus(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 12)
    link = f"https://app.thalamusgme.com/applicant/invitations/{7000 + n}"
    kind_line, fmt_label = rng.choice(
        [
            ("Interview Type: Virtual", "virtual"),
            ("Interview Type: In-Person", "in_person"),
            ("Interview Type: Hybrid", "hybrid"),
        ]
    )
    body = rng.choice(
        [
            f"Hello Jordan,\n\n{program.name} {specialty[1]} Residency has invited you to interview!\n\n"
            f"{kind_line}\n\nLog in to Thalamus to view available dates and schedule your interview. "
            f"Interview dates are limited and may fill quickly.\n\n{link}\n\nThe Thalamus Team",
            f"Hi Jordan Lee,\n\nGood news: you have received an interview invitation from {program.name} "
            f"({specialty[1]}).\n\n{kind_line}\n\nPlease sign in to your Thalamus account to accept the invitation and "
            f"select an interview date.\n\nView invitation: {link}\n\nQuestions about this program? Contact the program directly.",
        ]
    )
    subject = rng.choice(
        [
            "You have a new interview invitation",
            f"Interview Invitation from {program.name}",
            "New invitation on Thalamus",
        ]
    )
    return Case(
        f"inv-thalamus-{n:03d}",
        "invitation",
        subject,
        body,
        "Thalamus",
        "noreply@thalamusgme.com",
        sent,
        labels("invitation", program.name, specialty, "thalamus", format=fmt_label, schedule_url=link),
        structure,
        links=[link],
    )


def inv_eras(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 15)
    freeze = sent.date() + timedelta(days=10)
    body = (
        f"Dear Applicant,\n\n{program.name} - {specialty[1]} has extended you an invitation to interview through the ERAS "
        f"Interview Scheduler. Log in to MyERAS to view the invitation and schedule your interview.\n\n"
        f"Freeze Date: {freeze:%m/%d/%Y}\nAfter the freeze date you may only cancel an interview.\n\n"
        "Please do not reply to this message.\nERAS - Electronic Residency Application Service"
    )
    respond = datetime.combine(freeze, time(23, 59), ET)
    return Case(
        f"inv-eras-{n:03d}",
        "invitation",
        rng.choice(["ERAS Interview Invitation", "Interview Scheduler: invitation received"]),
        body,
        "MyERAS",
        "noreply@aamc.org",
        sent,
        labels("invitation", program.name, specialty, "eras", respond_by=respond.isoformat()),
        structure,
    )


def inv_broker(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 9)
    link = f"https://www.interviewbroker.com/schedule/{program.domain.split('.')[0]}/{n}"
    track_text, track = rng.choice([("Preliminary", "preliminary"), ("Categorical", "categorical")])
    spec = ("Surgery", "General Surgery") if n % 2 else ("Internal Medicine", "Internal Medicine")
    body = (
        f"Dear Jordan Lee,\n\nThe {program.name} {spec[1]} Residency ({track_text}) would like to invite you to interview "
        "for the upcoming season. Please use the link below to self-schedule your interview date. "
        f"Interviews will take place virtually.\n\nSchedule now: {link}\n\n"
        "This invitation expires in 5 days.\n\nSincerely,\nGME Office"
    )
    return Case(
        f"inv-broker-{n:03d}",
        "invitation",
        f"{program.name} Interview Invitation - {track_text}",
        body,
        "Interview Broker",
        "no-reply@interviewbroker.com",
        sent,
        labels(
            "invitation",
            program.name,
            spec,
            "interview_broker",
            track=track,
            format="virtual",
            schedule_url=link,
            respond_by=(sent + timedelta(days=5)).isoformat(),
        ),
        structure,
        links=[link],
    )


def inv_cas(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 11)
    deadline = sent.date() + timedelta(days=7)
    spec = ("Obstetrics and Gynecology", rng.choice(["Obstetrics and Gynecology", "OB/GYN", "Ob-Gyn"]))
    body = (
        f"Dear Jordan,\n\nCongratulations! {program.name} is pleased to invite you to interview for the {spec[1]} "
        f"residency program. Please respond in the ResidencyCAS interview portal by {written_date(deadline, 3)}. "
        "You can accept, decline or join the waitlist for a different date in the portal.\n\n"
        "Interviews are virtual.\n\nResidencyCAS on behalf of the program"
    )
    respond = datetime.combine(deadline, time(23, 59), ET)
    return Case(
        f"inv-cas-{n:03d}",
        "invitation",
        "Interview invitation",
        body,
        "ResidencyCAS",
        "notifications@liaisoncas.com",
        sent,
        labels(
            "invitation", program.name, spec, "residencycas", format="virtual", respond_by=respond.isoformat()
        ),
        structure,
    )


def inv_update(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 16)
    body = rng.choice(
        [
            f"Dear Jordan,\n\nThank you for applying to the {specialty[1]} residency at {program.name}. After careful review, "
            "the selection committee would like to offer you an interview. Our coordinator will send available dates "
            f"shortly; please watch your inbox.\n\nBest,\n{coordinator}\n{program.name}",
            f"Jordan,\n\nWe have completed our review of your application to {program.name} ({specialty[1]}). "
            "We are delighted to extend an invitation for you to join us for an interview day this winter.\n\n"
            f"Regards,\nThe Residency Office\n{program.name}",
        ]
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"inv-update-{n:03d}",
        "invitation",
        "An update on your application",
        body,
        name,
        addr,
        sent,
        labels("invitation", program.name, specialty, "email"),
        structure,
    )


def inv_opened(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 20)
    link = f"https://app.thalamusgme.com/applicant/waitlist/{n}"
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Hi Jordan,\n\nAn interview spot has opened for {program.name} {specialty[1]} on {written_date(day, 0)}. "
        "You are on the waitlist for this program, and slots are offered first come, first served to everyone on "
        f"the waitlist.\n\nClaim the spot: {link}\n\nThalamus"
    )
    return Case(
        f"inv-opened-{n:03d}",
        "invitation",
        "A waitlist spot is now available",
        body,
        "Thalamus",
        "noreply@thalamusgme.com",
        sent,
        labels(
            "invitation",
            program.name,
            specialty,
            "thalamus",
            interview_dates=[day.isoformat()],
            schedule_url=link,
        ),
        structure,
        links=[link],
    )


def inv_second(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 13)
    days = interview_days(sent, 2, rng)
    body = (
        f"Dear Applicant,\n\nThe {program.name} Department of {specialty[1]} is releasing a second round of interview "
        f"invitations, and we are happy to offer you an interview. Remaining dates are {written_date(days[0], 1)} and "
        f"{written_date(days[1], 1)}. Please confirm by replying no later than {written_date(days[0] - timedelta(days=5), 3)}.\n\n"
        f"Sincerely,\n{coordinator}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    respond = datetime.combine(days[0] - timedelta(days=5), time(23, 59), ET)
    return Case(
        f"inv-second-{n:03d}",
        "invitation",
        "Second round interview offer",
        body,
        name,
        addr,
        sent,
        labels(
            "invitation",
            program.name,
            specialty,
            "email",
            interview_dates=[d.isoformat() for d in days],
            respond_by=respond.isoformat(),
        ),
        structure,
    )


def inv_terse(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 18)
    days = interview_days(sent, 2, rng)
    body = (
        f"Hi Jordan,\n\nWe'd love to have you come interview with our {specialty[1]} program! Are you available on "
        f"{written_date(days[0], 2)} or {written_date(days[1], 2)}? Just let me know which works.\n\n"
        f"Thanks,\n{coordinator}\n{program.name}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"inv-terse-{n:03d}",
        "invitation",
        rng.choice(["Interview?", "Quick question re: interview dates"]),
        body,
        name,
        addr,
        sent,
        labels("invitation", program.name, specialty, "email", interview_dates=[d.isoformat() for d in days]),
        structure,
    )


# -- waitlists ----------------------------------------------------------------------------------


def wait_direct(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 14)
    body = rng.choice(
        [
            f"Dear Jordan,\n\nThank you for your interest in the {program.name} {specialty[1]} residency. At this time all "
            "of our interview dates are full. Unfortunately we are not able to offer you an interview right now; "
            "however, we have placed you on our interview waitlist. If a spot opens, we will contact you right away.\n\n"
            f"Best regards,\n{coordinator}",
            f"Dear Applicant,\n\nWe received many outstanding applications this year. Unfortunately, you have been placed on "
            f"our waitlist for the {specialty[1]} program at {program.name}. We will reach out should an interview date "
            f"become available.\n\nSincerely,\n{program.name} GME",
        ]
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"wait-direct-{n:03d}",
        "waitlist",
        rng.choice(["Interview status", "Your application"]),
        body,
        name,
        addr,
        sent,
        labels("waitlist", program.name, specialty, "email"),
        structure,
    )


def wait_thalamus(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 17)
    body = (
        f"Hello Jordan,\n\n{program.name} {specialty[1]} has added you to their interview waitlist. You'll be notified "
        "by email if an interview date opens up for you.\n\nView your status in Thalamus: "
        f"https://app.thalamusgme.com/applicant/status/{n}\n\nThe Thalamus Team"
    )
    return Case(
        f"wait-thalamus-{n:03d}",
        "waitlist",
        "Waitlist update",
        body,
        "Thalamus",
        "noreply@thalamusgme.com",
        sent,
        labels("waitlist", program.name, specialty, "thalamus"),
        structure,
    )


def wait_cas(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 10)
    spec = ("Obstetrics and Gynecology", "Obstetrics and Gynecology")
    body = (
        f"Dear Jordan Lee,\n\nYou have been waitlisted for interviews with {program.name} ({spec[1]}). This waitlist is "
        "ordered: if a date becomes available, the program will offer it to one applicant at a time with a response "
        "window.\n\nResidencyCAS"
    )
    return Case(
        f"wait-cas-{n:03d}",
        "waitlist",
        "Interview waitlist",
        body,
        "ResidencyCAS",
        "notifications@liaisoncas.com",
        sent,
        labels("waitlist", program.name, spec, "residencycas"),
        structure,
    )


def wait_alternate(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 9)
    body = (
        f"Dear Dr. Lee,\n\nWe regret that we cannot currently extend an interview invitation. You have been added to the "
        f"alternate list for {program.name}'s {specialty[1]} interviews, and we hope to be in touch.\n\n{coordinator}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"wait-alternate-{n:03d}",
        "waitlist",
        f"{program.name} {specialty[1]}",
        body,
        name,
        addr,
        sent,
        labels("waitlist", program.name, specialty, "email"),
        structure,
    )


# -- rejections ---------------------------------------------------------------------------------


def rej_unable(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 16)
    body = rng.choice(
        [
            f"Dear Jordan,\n\nThank you for applying to the {specialty[1]} Residency Program at {program.name}. After careful "
            "review, we regret to inform you that we are unable to offer you an interview this year. We wish you every "
            "success in the Match.\n\nSincerely,\nThe Selection Committee",
            f"Dear Applicant,\n\nWe received a record number of applications. Unfortunately, we will not be able to extend "
            f"you an interview invitation for the {program.name} {specialty[1]} program.\n\nBest wishes,\n{coordinator}",
        ]
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"rej-unable-{n:03d}",
        "rejection",
        rng.choice(["Application status", "Your residency application"]),
        body,
        name,
        addr,
        sent,
        labels("rejection", program.name, specialty, "email"),
        structure,
    )


def rej_forward(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 11)
    body = (
        f"Dear Jordan Lee,\n\nThank you for your interest in {program.name}. After a thorough review, we will not be "
        f"moving forward with your application to our {specialty[1]} residency this cycle. We appreciate the time you "
        "put into your application.\n\nRespectfully,\nOffice of Graduate Medical Education"
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"rej-forward-{n:03d}",
        "rejection",
        "Residency application update",
        body,
        name,
        addr,
        sent,
        labels("rejection", program.name, specialty, "email"),
        structure,
    )


def rej_eras(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 8)
    body = (
        f"Program: {program.name}\nSpecialty: {specialty[1]}\n\nThe program has decided not to extend an interview "
        "invitation to you for the current season. Thank you for your interest.\n\n"
        "This message was sent through the ERAS Post Office."
    )
    return Case(
        f"rej-eras-{n:03d}",
        "rejection",
        "",
        body,
        "ERAS Post Office",
        "erasmessages@aamc.org",
        sent,
        labels("rejection", program.name, specialty, "eras"),
        structure,
    )


def rej_congrats(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 15)
    body = (
        f"Dear Jordan,\n\nCongratulations on your many accomplishments in medical school. The {program.name} "
        f"{specialty[1]} program received over 900 applications for 8 positions, and we regret that you were not "
        "selected for an interview. We are confident you will find a great fit.\n\nKind regards,\n"
        f"{coordinator}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"rej-congrats-{n:03d}",
        "rejection",
        "Thank you for applying",
        body,
        name,
        addr,
        sent,
        labels("rejection", program.name, specialty, "email"),
        structure,
    )


def rej_filled(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 12)
    body = (
        f"Hello,\n\nAll of our interview slots have been filled for this season at {program.name}, and we are no longer "
        "considering additional applicants. Your application is no longer under consideration. We wish you the best.\n\n"
        f"{specialty[1]} Residency Program"
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"rej-filled-{n:03d}",
        "rejection",
        f"{specialty[1]} Residency",
        body,
        name,
        addr,
        sent,
        labels("rejection", program.name, specialty, "email"),
        structure,
    )


# -- scheduled ----------------------------------------------------------------------------------


def sch_thalamus(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 13)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Hi Jordan,\n\nYour interview with {program.name} {specialty[1]} is confirmed for {written_date(day, 0)} at "
        "8:00 AM ET. You can view or change your interview in Thalamus. The interview will be held virtually.\n\n"
        "The Thalamus Team"
    )
    return Case(
        f"sch-thalamus-{n:03d}",
        "scheduled",
        "Interview confirmed",
        body,
        "Thalamus",
        "noreply@thalamusgme.com",
        sent,
        labels(
            "scheduled",
            program.name,
            specialty,
            "thalamus",
            interview_dates=[day.isoformat()],
            format="virtual",
        ),
        structure,
    )


def sch_direct(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 10)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Dear Jordan,\n\nThank you for scheduling your interview with the {program.name} {specialty[1]} residency. "
        f"We look forward to meeting you on {written_date(day, 3)}. An itinerary will be sent a week before.\n\n"
        f"Best,\n{coordinator}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"sch-direct-{n:03d}",
        "scheduled",
        "Re: Interview Invitation",
        body,
        name,
        addr,
        sent,
        labels("scheduled", program.name, specialty, "email", interview_dates=[day.isoformat()]),
        structure,
    )


def sch_broker(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 19)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Dear Jordan Lee,\n\nYou have successfully scheduled an interview with {program.name} ({specialty[1]}) on "
        f"{written_date(day, 1)}. Zoom details will be emailed by the program before your interview day.\n\n"
        "Interview Broker"
    )
    return Case(
        f"sch-broker-{n:03d}",
        "scheduled",
        "Interview Scheduled",
        body,
        "Interview Broker",
        "no-reply@interviewbroker.com",
        sent,
        labels(
            "scheduled",
            program.name,
            specialty,
            "interview_broker",
            interview_dates=[day.isoformat()],
            format="virtual",
        ),
        structure,
    )


def sch_ics(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 9)
    day = interview_days(sent, 1, rng)[0]
    start = datetime.combine(day, time(9, 0), ET)
    body = (
        f"Dear Jordan,\n\nThis email confirms your interview with {program.name} {specialty[1]}. A calendar invitation "
        f"is attached; please add it to your calendar.\n\n{coordinator}\nProgram Coordinator"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"sch-ics-{n:03d}",
        "scheduled",
        "Interview confirmation",
        body,
        name,
        addr,
        sent,
        labels("scheduled", program.name, specialty, "email", interview_dates=[day.isoformat()]),
        "ics",
        ics=ics(program.name, start),
    )


# -- reminders ----------------------------------------------------------------------------------


def rem_tomorrow(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 12)
    link = f"https://zoom.us/j/9{n:04d}1234"
    body = (
        f"Hi Jordan,\n\nA friendly reminder that your interview with {program.name} {specialty[1]} is tomorrow. "
        f"Please join a few minutes early.\n\nZoom link: {link}\nMeeting ID: 9{n:04d} 1234\nPasscode: residency\n\n"
        f"See you tomorrow!\n{coordinator}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"rem-tomorrow-{n:03d}",
        "reminder",
        "Reminder: interview tomorrow",
        body,
        name,
        addr,
        sent,
        labels("reminder", program.name, specialty, "email", format="virtual", schedule_url=link),
        structure,
        links=[link],
    )


def rem_itinerary(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 15)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Dear Jordan,\n\nAttached below is the itinerary for your interview day at {program.name} on "
        f"{written_date(day, 0)}.\n\n7:30 AM Breakfast with residents\n8:30 AM Welcome from the Program Director\n"
        "9:00 AM Interviews with faculty\n12:00 PM Lunch and tour\n\nParking is available in Garage B. "
        f"Please check in at the main lobby of the hospital.\n\n{coordinator}\n{specialty[1]} Residency"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"rem-itinerary-{n:03d}",
        "reminder",
        "Interview day itinerary",
        body,
        name,
        addr,
        sent,
        labels("reminder", program.name, specialty, "email", interview_dates=[day.isoformat()]),
        structure,
    )


def rem_thalamus(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 8)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Hello Jordan,\n\nThis is a reminder about your upcoming interview with {program.name} {specialty[1]} on "
        f"{written_date(day, 0)}. Interview Type: Virtual.\n\nThe Thalamus Team"
    )
    return Case(
        f"rem-thalamus-{n:03d}",
        "reminder",
        "Upcoming interview",
        body,
        "Thalamus",
        "noreply@thalamusgme.com",
        sent,
        labels(
            "reminder",
            program.name,
            specialty,
            "thalamus",
            interview_dates=[day.isoformat()],
            format="virtual",
        ),
        structure,
    )


# -- cancellations ------------------------------------------------------------------------------


def can_reschedule(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 11)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Dear Jordan,\n\nDue to unforeseen circumstances we need to reschedule your interview on {written_date(day, 0)} "
        f"with the {program.name} {specialty[1]} program. We apologize for the inconvenience; our coordinator will "
        f"contact you with new options.\n\n{coordinator}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"can-reschedule-{n:03d}",
        "cancellation",
        "Change to your interview date",
        body,
        name,
        addr,
        sent,
        labels("cancellation", program.name, specialty, "email"),
        structure,
    )


def can_confirm(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 14)
    body = (
        f"Dear Jordan,\n\nThis email confirms your cancellation of your interview with {program.name} ({specialty[1]}). "
        "We wish you the best in the Match.\n\nGraduate Medical Education"
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"can-confirm-{n:03d}",
        "cancellation",
        "Interview cancellation",
        body,
        name,
        addr,
        sent,
        labels("cancellation", program.name, specialty, "email"),
        structure,
    )


def can_thalamus(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 18)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Hi Jordan,\n\nYour interview with {program.name} {specialty[1]} on {written_date(day, 0)} has been cancelled "
        "by the program. If you believe this is an error, please contact the program.\n\nThe Thalamus Team"
    )
    return Case(
        f"can-thalamus-{n:03d}",
        "cancellation",
        "Interview cancelled",
        body,
        "Thalamus",
        "noreply@thalamusgme.com",
        sent,
        labels("cancellation", program.name, specialty, "thalamus"),
        structure,
    )


def can_ics(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 10)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Dear Jordan,\n\nPlease remove the attached event from your calendar: the {program.name} {specialty[1]} "
        f"session below was called off by the program.\n\n{coordinator}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"can-ics-{n:03d}",
        "cancellation",
        "Calendar update",
        body,
        name,
        addr,
        sent,
        labels("cancellation", program.name, specialty, "email"),
        "ics",
        ics=ics(program.name, datetime.combine(day, time(9, 0), ET), "CANCEL"),
    )


# -- info ---------------------------------------------------------------------------------------


def info_social(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 17)
    day = interview_days(sent, 1, rng)[0]
    body = (
        f"Hi Jordan,\n\nWe would like to invite you to our virtual pre-interview social on {written_date(day, 0)} at "
        f"7 PM. It's a casual evening to meet our {specialty[1]} residents at {program.name}, no evaluation involved.\n\n"
        f"Zoom link to follow.\n{coordinator}"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    return Case(
        f"info-social-{n:03d}",
        "info",
        "You're invited: resident social",
        body,
        name,
        addr,
        sent,
        labels("info", program.name, specialty, "email"),
        structure,
    )


def info_thanks(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 19)
    body = rng.choice(
        [
            f"Dear Jordan,\n\nThank you for interviewing with the {program.name} {specialty[1]} Residency Program. It was a "
            "pleasure getting to know you, and we hope you enjoyed meeting our residents. Please reach out with any "
            "questions as you build your rank list.\n\nWarmly,\nProgram Director",
            f"Jordan,\n\nThank you for taking the time to visit {program.name} last week. Our faculty enjoyed our "
            f"conversations about your interest in {specialty[1]}. Best of luck this season!\n\n{coordinator}",
        ]
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"info-thanks-{n:03d}",
        "info",
        "Thank you",
        body,
        name,
        addr,
        sent,
        labels("info", program.name, specialty, "email"),
        structure,
    )


def info_newsletter(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 7)
    body = (
        f"{program.name} {specialty[1]} Residency Newsletter - Winter Edition\n\nResident spotlight: our chief residents "
        "share their favorite rotations. Research corner: three abstracts accepted at the national meeting. "
        "Wellness: our annual ski trip recap.\n\nYou are receiving this because you applied to our program. "
        "Unsubscribe at any time."
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"info-newsletter-{n:03d}",
        "info",
        f"{specialty[1]} Residency Newsletter",
        body,
        name,
        addr,
        sent,
        labels("info", program.name, specialty, "email"),
        structure,
    )


def info_myeras(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 13)
    link = "https://apps.aamc.org/myeras-web/#/landing"
    body = rng.choice(
        [
            f"You have a new message in MyERAS. Log in to MyERAS to view the message.\n\n{link}\n\nERAS",
            f"A program has sent you a message. You have 1 new message in your MyERAS Post Office.\nSign in: {link}",
        ]
    )
    return Case(
        f"info-myeras-{n:03d}",
        "info",
        rng.choice(["New MyERAS Message", "MyERAS notification"]),
        body,
        "MyERAS",
        "noreply@aamc.org",
        sent,
        labels("info", None, None, "eras", schedule_url=link),
        structure,
        links=[link],
    )


def info_nrmp(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 12)
    body = rng.choice(
        [
            "Congratulations on reaching Match Week! On Friday at 12:00 PM ET you can log in to the R3 system to see "
            "whether you matched. Did I match? Find out Monday.\n\nNational Resident Matching Program",
            "Reminder: the rank order list certification deadline is approaching. You must certify your rank order list "
            "in the R3 system for it to be used in the Match, whatever interview outcome you had.\n\nNRMP",
        ]
    )
    return Case(
        f"info-nrmp-{n:03d}",
        "info",
        rng.choice(["Did I Match?", "Certify your rank order list"]),
        body,
        "NRMP",
        "noreply@nrmp.org",
        sent,
        labels("info", None, None, "other"),
        structure,
    )


def info_openhouse(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 16)
    body = (
        f"Dear Applicants,\n\nJoin the {program.name} {specialty[1]} program for a virtual open house webinar with our "
        "program director and residents. Learn about our curriculum and the city.\n\nRegistration is optional.\n\n"
        f"{coordinator}"
    )
    name, addr = program_sender(program, specialty)
    return Case(
        f"info-openhouse-{n:03d}",
        "info",
        "Virtual Open House",
        body,
        name,
        addr,
        sent,
        labels("info", program.name, specialty, "email"),
        structure,
    )


# -- other --------------------------------------------------------------------------------------


def other_bank(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 6)
    body = (
        "Your monthly statement is ready.\n\nAccount ending in 4821\nStatement balance: $1,248.19\nPayment due date: "
        "December 21, 2026\n\nLog in to online banking to view your statement.\n\nFirst Harbor Bank"
    )
    return Case(
        f"other-bank-{n:03d}",
        "other",
        "Your statement is ready",
        body,
        "First Harbor Bank",
        "alerts@firstharborbank.com",
        sent,
        {"kind": "other", "program": None, "specialty": None},
        structure,
    )


def other_shop(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 21)
    body = (
        "Good news! Your order #58213 has shipped.\n\nItems: Littmann stethoscope, white coat (size M)\n"
        "Estimated delivery: Thursday.\n\nTrack your package in the app."
    )
    return Case(
        f"other-shop-{n:03d}",
        "other",
        "Your order has shipped",
        body,
        "ScrubShop",
        "orders@scrubshop.example",
        sent,
        {"kind": "other", "program": None, "specialty": None},
        structure,
    )


def other_own(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 22)
    body = (
        f"Dear {coordinator},\n\nThank you so much for the interview invitation! I would be delighted to interview on the "
        "first date you listed. Please let me know if you need anything else from me.\n\nBest,\nJordan Lee\n\n"
        f"On Tue, {coordinator} wrote:\n> We are pleased to invite you to interview with {program.name}.\n"
    )
    name, addr = coordinator_sender(program, coordinator, specialty)
    case = Case(
        f"other-own-{n:03d}",
        "other",
        "Re: Interview Invitation",
        body,
        "Jordan Lee",
        APPLICANT,
        sent,
        {"kind": "other"},
        structure,
    )
    return case


def other_personal(rng, n, program, specialty, coordinator, structure) -> Case:
    sent = sent_at(n, 20)
    body = rng.choice(
        [
            "Hey Jordan! Are we still on for dinner Friday? Sam says the new ramen place opened downtown. Let me know!",
            "Hi sweetie, just checking in. Dad and I are so proud of you. Call us this weekend.\n\nLove, Mom",
        ]
    )
    return Case(
        f"other-personal-{n:03d}",
        "other",
        rng.choice(["Friday?", "Hi"]),
        body,
        "Alex Kim",
        "alex.kim@gmail.com",
        sent,
        {"kind": "other", "program": None, "specialty": None},
        structure,
    )


LETTERS = [
    Letter(inv_coordinator, 6),
    Letter(inv_thalamus, 5),
    Letter(inv_eras, 3),
    Letter(inv_broker, 3),
    Letter(inv_cas, 3),
    Letter(inv_update, 3),
    Letter(inv_opened, 3),
    Letter(inv_second, 2),
    Letter(inv_terse, 2),
    Letter(wait_direct, 3),
    Letter(wait_thalamus, 3),
    Letter(wait_cas, 2),
    Letter(wait_alternate, 2),
    Letter(rej_unable, 3),
    Letter(rej_forward, 3),
    Letter(rej_eras, 2),
    Letter(rej_congrats, 2),
    Letter(rej_filled, 2),
    Letter(sch_thalamus, 3),
    Letter(sch_direct, 2),
    Letter(sch_broker, 2),
    Letter(sch_ics, 2),
    Letter(rem_tomorrow, 3),
    Letter(rem_itinerary, 2),
    Letter(rem_thalamus, 2),
    Letter(can_reschedule, 2),
    Letter(can_confirm, 2),
    Letter(can_thalamus, 2),
    Letter(can_ics, 1),
    Letter(info_social, 3),
    Letter(info_thanks, 3),
    Letter(info_newsletter, 2),
    Letter(info_myeras, 3),
    Letter(info_nrmp, 2),
    Letter(info_openhouse, 2),
    Letter(other_bank, 2),
    Letter(other_shop, 1),
    Letter(other_own, 2),
    Letter(other_personal, 2),
]


def HARD_CASES() -> list[Case]:  # noqa: N802 - a constant-like factory
    """Hand-written cases: forwards, encodings, the season boundary, two tracks at one institution."""
    cases: list[Case] = []
    sent = datetime(2026, 12, 18, 16, 5, tzinfo=ET)
    original = (
        "---------- Forwarded message ---------\n"
        "From: Hollis Surgery Residency <surgeryres@hollis.edu>\n"
        "Date: Fri, Dec 18, 2026 at 2:10 PM\n"
        "Subject: Interview Invitation - General Surgery\n"
        f"To: <{PERSONAL}>\n\n"
        "Dear Jordan,\n\nWe are delighted to invite you to interview for a categorical position in the General Surgery "
        "Residency at Hollis University School of Medicine. Remaining interview dates are Wednesday, January 6 and "
        "Thursday, January 14. Please respond within 48 hours.\n\nBest,\nSurgery Residency Office\n"
    )
    cases.append(
        Case(
            "hard-fwd-dec-jan-invitation",
            "invitation",
            "Fwd: Interview Invitation - General Surgery",
            "Forwarding this to my match inbox.\n\n" + original,
            "Jordan Lee",
            PERSONAL,
            sent,
            {
                "kind": "invitation",
                "program": "Hollis University School of Medicine",
                "specialty": "Surgery",
                "track": "categorical",
                "platform": "email",
                "interview_dates": ["2027-01-06", "2027-01-14"],
                "respond_by": datetime(2026, 12, 20, 14, 10, tzinfo=ET).isoformat(),
            },
            "fwd",
        )
    )
    cases.append(
        Case(
            "hard-cp1252-invitation",
            "invitation",
            "Invitation to interview \u2013 Psychiatry",
            "Dear Dr. Lee,\n\nWe\u2019re pleased to invite you to interview with the Psychiatry Residency Program "
            "at Westbrook Memorial Hospital. Our interview days are in person \u2014 please choose a date "
            "in the attached list and reply by November 20.\n\n\u201cWe look forward to meeting you.\u201d\n"
            "Kevin O\u2019Neill",
            "Kevin O'Neill",
            "koneill@westbrookmemorial.org",
            datetime(2026, 11, 9, 10, 0, tzinfo=ET),
            {
                "kind": "invitation",
                "program": "Westbrook Memorial Hospital",
                "specialty": "Psychiatry",
                "format": "in_person",
                "platform": "email",
                "respond_by": datetime(2026, 11, 20, 23, 59, tzinfo=ET).isoformat(),
            },
            "cp1252",
        )
    )
    cases.append(
        Case(
            "hard-latin1-rejection",
            "rejection",
            "Candidature - Neurology",
            "Dear Jordan,\n\nThank you for applying to the Neurology residency at H\u00f4pital Sainte-Genevi\u00e8ve "
            "University Hospital. We regret that we are unable to offer you an interview.\n\nRen\u00e9e "
            "Lef\u00e8vre, coordinatrice",
            "Ren\u00e9e Lef\u00e8vre",
            "rlefevre@sainte-genevieve.ca",
            datetime(2026, 11, 2, 9, 0, tzinfo=ET),
            {
                "kind": "rejection",
                "program": "H\u00f4pital Sainte-Genevi\u00e8ve University Hospital",
                "specialty": "Neurology",
            },
            "latin1",
        )
    )
    for track, label in (("Categorical", "categorical"), ("Preliminary", "preliminary")):
        cases.append(
            Case(
                f"hard-two-tracks-{label}",
                "invitation",
                f"Internal Medicine {track} Interview Invitation",
                f"Dear Jordan,\n\nThe Internal Medicine Residency Program at Oakmont University is pleased to "
                f"invite you to interview for our {track} track. Please select an interview date through "
                "Thalamus within 72 hours.\n\nOakmont IM Recruitment",
                "Oakmont IM Recruitment",
                "imrecruit@oakmont.edu",
                datetime(2026, 10, 20, 12, 0, tzinfo=ET),
                {
                    "kind": "invitation",
                    "program": "Oakmont University",
                    "specialty": "Internal Medicine",
                    "track": label,
                    "platform": "thalamus",
                    "respond_by": datetime(2026, 10, 23, 12, 0, tzinfo=ET).isoformat(),
                },
                "alternative",
            )
        )
    cases.append(
        Case(
            "hard-html-only-thalamus-invitation",
            "invitation",
            "Action required",
            "Hello Jordan,\n\nKingsbridge University Emergency Medicine Residency has invited you to interview.\n\n"
            "Interview Type: In-Person\n\nSchedule your interview in Thalamus before dates fill.",
            "Thalamus",
            "noreply@thalamusgme.com",
            datetime(2026, 10, 28, 12, 0, tzinfo=ET),
            {
                "kind": "invitation",
                "program": "Kingsbridge University",
                "specialty": "Emergency Medicine",
                "platform": "thalamus",
                "format": "in_person",
                "schedule_url": "https://app.thalamusgme.com/applicant/invitations/991",
            },
            "html",
            links=["https://app.thalamusgme.com/applicant/invitations/991"],
        )
    )
    cases.append(
        Case(
            "hard-weak-invitation",
            "invitation",
            "Residency - next steps",
            "Hi Jordan,\n\nThe committee reviewed your file and we would like to get an interview on the "
            "calendar with you. What does your availability look like in December?\n\nRiverbend Health System "
            "Family Medicine",
            "Riverbend FM",
            "fm@riverbendhealth.org",
            datetime(2026, 11, 12, 11, 0, tzinfo=ET),
            {
                "kind": "invitation",
                "program": "Riverbend Health System",
                "specialty": "Family Medicine",
                "needs_review": True,
            },
        )
    )
    cases.append(
        Case(
            "hard-matchinterviews-invitation",
            "invitation",
            "Interview invitation - Ophthalmology",
            "Dear applicant,\n\nEastview Hospital Ophthalmology invites you to interview. Please sign up for an "
            "interview date on MatchInterviews: https://matchinterviews.com/applicant/eastview/ophtho\n\n"
            "Eastview Hospital",
            "Eastview Ophthalmology",
            "ophtho@matchinterviews.com",
            datetime(2026, 11, 3, 10, 0, tzinfo=ET),
            {
                "kind": "invitation",
                "program": "Eastview Hospital",
                "specialty": "Ophthalmology",
                "platform": "other",
            },
            links=["https://matchinterviews.com/applicant/eastview/ophtho"],
        )
    )
    cases.append(
        Case(
            "hard-program-bank-unrelated",
            "other",
            "Fraud alert on your card",
            "Did you make this purchase? $42.10 at CAMPUS BOOKSTORE. Reply YES or NO. Your card ending 1188.",
            "Harbor Credit Union",
            "alerts@harborcu.com",
            datetime(2026, 11, 15, 22, 0, tzinfo=ET),
            {"kind": "other"},
        )
    )
    return cases


__all__ = ["LETTERS", "HARD_CASES", "APPLICANT"]
