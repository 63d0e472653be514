"""Platform notification templates: Thalamus, Interview Broker, ERAS (MyERAS) scheduler.

Each platform names the program its own way: Thalamus and ERAS use the ERAS/ACGME
program name ("... Program"), Interview Broker uses what the coordinator typed.
"""
import hashlib
from lib import add, day, APPL_EMAIL, ics, at

THAL = "Thalamus <notifications@thalamusgme.com>"
IB = "Interview Broker <noreply@interviewbroker.com>"
ERAS = "ERAS Interview Scheduling <erasinterviews@aamc.org>"


def _tok(*parts):
    return hashlib.md5("|".join(parts).encode()).hexdigest()[:22]


def _thal_wrap(title, inner_html):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body style="margin:0;padding:0;background:#f4f6f9;font-family:Helvetica,Arial,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f9;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #00b3a4;">
<img src="https://cdn.thalamusgme.com/email/thalamus-logo.png" alt="Thalamus" width="140" height="32"></td></tr>
<tr><td style="padding:28px 32px;color:#1f2d3d;font-size:15px;line-height:22px;">
{inner_html}
</td></tr>
<tr><td style="padding:16px 32px;color:#8492a6;font-size:11px;line-height:16px;border-top:1px solid #e5e9f2;">
You are receiving this email because you have an account on Thalamus. Questions about this program's
interview process should be directed to the program. For technical support visit
<a href="https://thalamusgme.com/support" style="color:#8492a6;">thalamusgme.com/support</a>.<br>
&copy; 2026 Thalamus GME, Inc. &middot; 2261 Market Street #4231, San Francisco, CA 94114
</td></tr></table></td></tr></table></body></html>"""


def thal_invite(key, slug, when, inst, spec, message, respond_by, dates, program_contact):
    """dates: list of 'YYYY-MM-DD'; respond_by: human string."""
    t = _tok(inst, spec, "inv")
    link = f"https://app.thalamusgme.com/applicant/invitations/{t}"
    dl = "\n".join(f"  - {day(d)}" for d in dates)
    dh = "".join(f"<li>{day(d)}</li>" for d in dates)
    text = f"""Hello Camille,

Congratulations! You have received an interview invitation.

Program: {inst} - {spec}

Message from the program:
{message}

Available interview dates:
{dl}

Please respond by: {respond_by}

Log in to Thalamus to schedule, waitlist or decline:
{link}

Questions? Contact the program directly: {program_contact}

- The Thalamus Team
"""
    mh = message.replace("\n\n", "</p><p>").replace("\n", "<br>")
    html = _thal_wrap("Interview Invitation", f"""
<p style="font-size:20px;font-weight:bold;margin:0 0 16px;">You have a new interview invitation</p>
<p>Hello Camille,</p>
<p>Congratulations! You have received an interview invitation.</p>
<table cellpadding="6" cellspacing="0" style="background:#f9fafc;border:1px solid #e5e9f2;width:100%;font-size:14px;">
<tr><td style="color:#8492a6;width:130px;">Program:</td><td><b>{inst} - {spec}</b></td></tr>
<tr><td style="color:#8492a6;">Respond by:</td><td>{respond_by}</td></tr>
</table>
<p style="margin-top:18px;"><b>Message from the program:</b></p>
<p>{mh}</p>
<p><b>Available interview dates:</b></p><ul>{dh}</ul>
<p style="text-align:center;margin:26px 0;"><a href="{link}" style="background:#00b3a4;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">Schedule Interview</a></p>
<p style="font-size:13px;color:#475669;">Questions? Contact the program directly: {program_contact}</p>
""")
    return add(key, slug, when, THAL, f"Interview Invitation: {inst} - {spec}", text, html,
               cte="quoted-printable", html_cte="quoted-printable")


def thal_scheduled(key, slug, when, inst, spec, date, time_str, location, tzid="America/New_York",
                   start=None, end=None, verb="Scheduled"):
    t = _tok(inst, spec, date, verb)
    link = f"https://app.thalamusgme.com/applicant/interviews/{t}"
    head = {"Scheduled": "Your interview has been scheduled.",
            "Rescheduled": "Your interview has been rescheduled. Your previous interview date has been released."}[verb]
    text = f"""Hello Camille,

{head}

Program: {inst} - {spec}
Date: {day(date)}
Time: {time_str}
Location: {location}

You can view your itinerary, add the interview to your calendar, or make changes to your
interview in Thalamus:
{link}

Please note that changes are subject to the program's scheduling policies.

- The Thalamus Team
"""
    html = _thal_wrap(f"Interview {verb}", f"""
<p style="font-size:20px;font-weight:bold;margin:0 0 16px;">Interview {verb}</p>
<p>Hello Camille,</p><p>{head}</p>
<table cellpadding="6" cellspacing="0" style="background:#f9fafc;border:1px solid #e5e9f2;width:100%;font-size:14px;">
<tr><td style="color:#8492a6;width:100px;">Program:</td><td><b>{inst} - {spec}</b></td></tr>
<tr><td style="color:#8492a6;">Date:</td><td>{day(date)}</td></tr>
<tr><td style="color:#8492a6;">Time:</td><td>{time_str}</td></tr>
<tr><td style="color:#8492a6;">Location:</td><td>{location}</td></tr></table>
<p style="text-align:center;margin:26px 0;"><a href="{link}" style="background:#00b3a4;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">View Interview</a></p>
""")
    attach = ()
    if start is not None:
        cal = ics(f"{t}@thalamusgme.com", f"Interview: {inst} - {spec}", start, end, location,
                  f"Interview with {inst} - {spec}. Details: {link}",
                  ("Thalamus", "notifications@thalamusgme.com"), tzid=tzid)
        attach = (("interview.ics", "calendar", cal, {"method": "REQUEST"}),)
    return add(key, slug, when, THAL, f"Interview {verb}: {inst} - {spec}", text, html,
               cte="quoted-printable", html_cte="quoted-printable", attach=attach)


def thal_simple(key, slug, when, subject, inst, spec, lines_text, title):
    text = "Hello Camille,\n\n" + lines_text + f"\n\nProgram: {inst} - {spec}\n\n- The Thalamus Team\n"
    html = _thal_wrap(title, f"""
<p style="font-size:20px;font-weight:bold;margin:0 0 16px;">{title}</p>
<p>Hello Camille,</p><p>{lines_text.replace(chr(10)+chr(10), '</p><p>')}</p>
<p><b>Program:</b> {inst} - {spec}</p>""")
    return add(key, slug, when, THAL, subject, text, html, cte="quoted-printable", html_cte="quoted-printable")


def ib_invite(key, slug, when, prog_label, coordinator, message, dates, deadline):
    t = _tok(prog_label, "ib")
    link = f"https://www.interviewbroker.com/applicant/invite/{t}"
    dl = "".join(f"<tr><td style='padding:4px 12px;border:1px solid #ccc;'>{day(d)}</td><td style='padding:4px 12px;border:1px solid #ccc;'>Virtual (Zoom)</td></tr>" for d in dates)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<div style="background:#1d4f91;color:#fff;padding:14px 18px;font-size:18px;">Interview Broker</div>
<div style="padding:18px;">
<p>Dear Camille Broussard,</p>
<p>You have been invited to interview with <b>{prog_label}</b>.</p>
<p>{message.replace(chr(10)+chr(10), '</p><p>').replace(chr(10), '<br>')}</p>
<table style="border-collapse:collapse;margin:10px 0;"><tr><th style="padding:4px 12px;border:1px solid #ccc;background:#eef2f8;">Date</th><th style="padding:4px 12px;border:1px solid #ccc;background:#eef2f8;">Format</th></tr>{dl}</table>
<p>Please select an interview date by <b>{deadline}</b>. Dates are assigned on a first-come, first-served basis.</p>
<p><a href="{link}" style="display:inline-block;background:#f28c28;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px;">Select Interview Date</a></p>
<p>Sent on behalf of {coordinator}</p>
<hr style="border:none;border-top:1px solid #ddd;">
<p style="font-size:11px;color:#777;">Interview Broker &bull; Please do not reply to this email. Contact the program coordinator with questions.</p>
</div></body></html>"""
    return add(key, slug, when, IB, f"Interview Invitation - {prog_label}", html=html, html_cte="base64")


def ib_confirm(key, slug, when, prog_label, date, time_str, verb="Confirmed", note=""):
    text = f"""Interview Broker
-----------------
Dear Camille Broussard,

Your interview has been {verb.lower()}.

Program:   {prog_label}
Date:      {day(date)}
Time:      {time_str}
{note}
To view or change your interview, log in at https://www.interviewbroker.com/applicant

Please do not reply to this message.
"""
    return add(key, slug, when, IB, f"Interview {verb} - {prog_label} - {day(date, 'md')}", text)


def eras_invite(key, slug, when, prog, spec, dates, freeze, note):
    dl = "\n".join(f"   {day(d)}  (AM)" for d in dates)
    text = f"""Dear Camille Broussard (AAMC ID: 16284731),

You have received an interview invitation from the following program:

   Program Name: {prog}
   Specialty: {spec}

Available interview dates:
{dl}

Response Freeze Date: {freeze}

Message from the program:
{note}

To schedule, waitlist, or decline this invitation, sign in to MyERAS and select
Interviews > Invitations.

   https://myeras.aamc.org

This is an automated message from the Electronic Residency Application Service (ERAS(R)).
Please do not reply to this email. Contact the program directly with questions about your
interview.

Association of American Medical Colleges | 655 K Street, NW, Suite 100 | Washington, DC 20001-2399
"""
    return add(key, slug, when, ERAS, f"ERAS Interview Invitation - {prog}", text)


def eras_status(key, slug, when, prog, spec, status, date, time_str):
    text = f"""Dear Camille Broussard (AAMC ID: 16284731),

Your interview status has been updated.

   Program Name: {prog}
   Specialty: {spec}
   Interview Status: {status}
   Interview Date: {day(date, 'md')}  {time_str}

Sign in to MyERAS and select Interviews to view details or add a note.

   https://myeras.aamc.org

This is an automated message from the Electronic Residency Application Service (ERAS(R)).
Please do not reply to this email.
"""
    return add(key, slug, when, ERAS, f"ERAS Interview {status} - {prog}", text)
