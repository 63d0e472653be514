"""Write batch b26: 80 .eml files and labels.toml.  Usage: python3 _gen/gen.py"""
import os
import sys
from email.generator import BytesGenerator
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
import m_inv  # noqa: E402
import m_misc  # noqa: E402
import m_sched  # noqa: E402
import m_wlrej  # noqa: E402


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for mod in (m_inv, m_wlrej, m_sched, m_misc):
        for f in mod.ALL:
            f()
    names = [r[0] for r in lib.REG]
    assert len(names) == len(set(names)), "duplicate names"
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    zones = {}
    for fn, msg, labels, zone in lib.REG:
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\n")
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(buf.getvalue())
        zones[fn] = zone
    out = ["[applicant]", f"email = {tq(lib.ME)}", f"timezone = {tq(lib.TZNAME)}", f"name = {tq(lib.NAME)}", ""]
    for fn, msg, labels, zone in sorted(lib.REG, key=lambda r: r[0]):
        out.append(f"[{tq(fn)}]")
        for k, v in labels.items():
            out.append(f"{k} = " + ("[" + ", ".join(tq(x) for x in v) + "]" if isinstance(v, list) else tq(v)))
        out.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    with open(os.path.join(HERE, "zones.txt"), "w") as fh:
        for fn in sorted(zones):
            fh.write(f"{fn} {zones[fn]}\n")
    print(f"wrote {len(lib.REG)} messages")


if __name__ == "__main__":
    main()
