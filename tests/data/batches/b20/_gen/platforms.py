"""Platform templates: Thalamus, MyERAS, Interview Broker, Calendly, SignUpGenius."""
import hashlib
from lib import *


def h(tag, n=20):
    return hashlib.md5(tag.encode()).hexdigest()[:n]


def mid(tag, host):
    return f"<{h(tag)}@{host}>"


def bnd(tag, style="part"):
    if style == "gmail":
        return "000000000000" + h(tag, 16)
    if style == "outlook":
        return "_000_" + h(tag, 24) + "_"
    return "----=_Part_" + str(int(h(tag, 6), 16)) + "_" + h(tag + "x", 10)


# ------------------------------------------------------------------ Thalamus
THAL_FROM = A("Thalamus", "no-reply@thalamusgme.com")
THAL_FOOT = ("You are receiving this email because you have an applicant account on Thalamus.\n"
             "Manage notification preferences: https://app.thalamusgme.com/applicant/settings/notifications\n"
             "© 2026 Thalamus · Built for GME")


def thal(tag, subject, date, intro, rows, button=None, url=None, outro=""):
    """rows: list of (label, value) shown as a detail table."""
    t = ["Thalamus", "", f"Hi {APP_NAME.split()[0]},", "", intro.strip(), ""]
    for k, v in rows:
        t.append(f"{k}: {v}")
    t.append("")
    if button:
        t += [f"{button}: {url}", ""]
    if outro:
        t += [outro.strip(), ""]
    t += ["— The Thalamus Team", "", "--", THAL_FOOT]
    text = "\n".join(t) + "\n"
    rws = "\n".join(f'<tr><td style="padding:6px 12px;color:#6b6b80;white-space:nowrap">{esc(k)}</td>'
                    f'<td style="padding:6px 12px">{esc(v).replace(chr(10), "<br>")}</td></tr>' for k, v in rows)
    btn = (f'<p style="margin:24px 0"><a href="{url}" style="background:#5b3fd1;color:#fff;padding:12px 22px;'
           f'border-radius:6px;text-decoration:none;font-weight:bold">{esc(button)}</a></p>') if button else ""
    html = html_wrap(
        '<div style="max-width:600px;margin:0 auto">\n'
        '<div style="background:#5b3fd1;color:#fff;padding:16px 20px;font-size:20px;font-weight:bold">Thalamus</div>\n'
        f'<div style="padding:20px"><p>Hi {esc(APP_NAME.split()[0])},</p>\n{paras(intro)}\n'
        f'<table style="border-collapse:collapse;margin:12px 0">{rws}</table>\n{btn}\n'
        + (paras(outro) if outro else "") +
        '<p>— The Thalamus Team</p></div>\n'
        f'<div style="font-size:11px;color:#888;padding:12px 20px">{paras(THAL_FOOT)}</div></div>', subject)
    return finish(alt(part(text), part(html, "html"), bnd(tag)), THAL_FROM, subject, date,
                  mid(tag, "thalamusgme.com"))


# ------------------------------------------------------------------ MyERAS
ERAS_FROM = A("AAMC ERAS", "myeras-noreply@aamc.org")
ERAS_URL = "https://apps.aamc.org/myeras-web/#/landing/interviews"
ERAS_FOOT = ("This is an automated message from the Electronic Residency Application Service (ERAS®). "
             "Please do not reply to this email.\n"
             "Association of American Medical Colleges · 655 K Street, NW, Suite 100 · Washington, DC 20001-2399\n"
             "Privacy Policy: https://www.aamc.org/privacy")


def eras(tag, subject, date, body, enc="qp"):
    text = f"Dear {APP_NAME},\n\n{body.strip()}\n\nSincerely,\nERAS Team\n\n--\n{ERAS_FOOT}\n"
    html = html_wrap('<div style="max-width:640px">\n<div style="border-bottom:3px solid #00467f;padding:8px 0;'
                     'font-size:18px;color:#00467f;font-weight:bold">MyERAS</div>\n' + paras(text) + "</div>",
                     subject)
    return finish(alt(part(text, enc=enc), part(html, "html", enc=enc), bnd(tag)), ERAS_FROM, subject, date,
                  mid(tag, "aamc.org"))


# ------------------------------------------------------------------ Interview Broker
IB_FROM = A("Interview Broker", "noreply@interviewbroker.com")
IB_FOOT = ("Interview Broker · Scheduling for graduate medical education\n"
           "You received this message because a program invited you through Interview Broker. "
           "Questions about dates? Contact the program directly.")


def ib(tag, subject, date, program, spec, intro, table=None, button=None, url=None, outro=""):
    t = [f"{program}", f"{spec}", "", f"Dear {APP_NAME},", "", intro.strip(), ""]
    if table:
        hdr_, rows = table
        t.append("  |  ".join(hdr_))
        for r in rows:
            t.append("  |  ".join(r))
        t.append("")
    if button:
        t += [f"{button}:", url, ""]
    if outro:
        t += [outro.strip(), ""]
    t += ["--", IB_FOOT]
    text = "\n".join(t) + "\n"
    tbl = ""
    if table:
        hdr_, rows = table
        tbl = ('<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc;margin:10px 0">'
               '<tr style="background:#1f4e79;color:#fff">' + "".join(f"<th>{esc(x)}</th>" for x in hdr_) + "</tr>"
               + "".join("<tr>" + "".join(f'<td style="border:1px solid #ccc">{esc(x)}</td>' for x in r) + "</tr>"
                         for r in rows) + "</table>")
    btn = (f'<p><a href="{url}" style="background:#2e8b57;color:#fff;padding:10px 18px;text-decoration:none">'
           f'{esc(button)}</a></p>') if button else ""
    html = html_wrap(f'<h2 style="color:#1f4e79;margin-bottom:0">{esc(program)}</h2><div>{esc(spec)}</div>\n'
                     f'<p>Dear {esc(APP_NAME)},</p>\n{paras(intro)}\n{tbl}\n{btn}\n'
                     + (paras(outro) if outro else "") +
                     f'<hr><div style="font-size:11px;color:#777">{paras(IB_FOOT)}</div>', subject)
    return finish(alt(part(text), part(html, "html"), bnd(tag)), IB_FROM, subject, date,
                  mid(tag, "interviewbroker.com"))


# ------------------------------------------------------------------ Calendly
CAL_FROM = A("Calendly", "notifications@calendly.com")


def calendly(tag, subject, date, text, html_inner):
    return finish(alt(part(text), part(html_wrap(html_inner, subject), "html"), bnd(tag)),
                  CAL_FROM, subject, date, mid(tag, "calendly.com"))
