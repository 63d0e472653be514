"""Generate the b16 batch: .eml files + labels.toml. Standard library only.
Run from anywhere: python3 _gen/generate.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUTDIR = os.path.dirname(HERE)

import lib
import m_inv, m_wlrej, m_schrem, m_infoother

KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by", "schedule_url"]


def q(v):
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def main():
    items = m_inv.OUT + m_wlrej.OUT + m_schrem.OUT + m_infoother.OUT
    names = [f for f, _, _ in items]
    assert len(names) == len(set(names)), "duplicate file names"
    for f in os.listdir(OUTDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUTDIR, f))
    lines = ["[applicant]", f'email = "{lib.APPL_ADDR}"', 'timezone = "America/Chicago"', f'name = "{lib.APPL_NAME}"', ""]
    for fname, labels, msg in items:
        with open(os.path.join(OUTDIR, fname), "wb") as fh:
            fh.write(msg.as_bytes())
        lines.append(f'["{fname}"]')
        for k in KEYS:
            if k in labels and labels[k] not in (None, [], ""):
                lines.append(f"{k} = {q(labels[k])}")
        extra = set(labels) - set(KEYS)
        assert not extra, (fname, extra)
        lines.append("")
    with open(os.path.join(OUTDIR, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print(f"wrote {len(items)} messages")


if __name__ == "__main__":
    main()
