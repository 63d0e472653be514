"""Generate batch b18: 80 .eml files + labels.toml (deterministic, standard library only)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import APPLICANT_EMAIL, APPLICANT_NAME, TZNAME, POLICY  # noqa: E402
import m_inv, m_sched, m_other  # noqa: E402

ORDER = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by", "schedule_url"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    items = m_inv.msgs() + m_sched.msgs() + m_other.msgs()
    names = [n for n, _, _ in items]
    assert len(names) == len(set(names)), "duplicate file names"
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = ["[applicant]", f"email = {q(APPLICANT_EMAIL)}", f"timezone = {q(TZNAME)}", f"name = {q(APPLICANT_NAME)}", ""]
    for name, lab, msg in sorted(items, key=lambda x: x[0]):
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=POLICY))
        lines.append(f"[{q(name)}]")
        for k in ORDER:
            if k in lab:
                v = lab[k]
                if isinstance(v, list):
                    lines.append(f"{k} = [" + ", ".join(q(x) for x in v) + "]")
                else:
                    lines.append(f"{k} = {q(v)}")
        lines.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines).rstrip("\n") + "\n")
    print(f"wrote {len(items)} messages")


if __name__ == "__main__":
    main()
