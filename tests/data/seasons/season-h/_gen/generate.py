#!/usr/bin/env python3
"""Generate season-h: Maildir + truth.toml (deterministic).  Python 3 stdlib only."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import lib  # noqa: E402
import programs_oh, programs_mi, programs_in_ky_wv, unrelated  # noqa: E402

IM, PEDS, MP = "Internal Medicine", "Pediatrics", "Internal Medicine/Pediatrics"
AS_OF = "2027-02-06T09:00:00-05:00"

# key, institution, specialty, track, invited, final_status
PROGRAMS = [
    ("ccf-im", "Cleveland Clinic", IM, "categorical", True, "completed"),
    ("ccf-prelim", "Cleveland Clinic", IM, "preliminary", False, "rejected"),
    ("ccf-peds", "Cleveland Clinic Children's Hospital", PEDS, "categorical", True, "completed"),
    ("akron-gen-im", "Cleveland Clinic Akron General", IM, "categorical", True, "declined"),
    ("akron-childrens-peds", "Akron Children's Hospital", PEDS, "categorical", False, "rejected"),
    ("uh-im", "University Hospitals Cleveland Medical Center", IM, "categorical", True, "completed"),
    ("uh-peds", "UH Rainbow Babies & Children's Hospital", PEDS, "categorical", False, "waitlisted"),
    ("uh-medpeds", "University Hospitals Cleveland Medical Center", MP, "categorical", True, "completed"),
    ("metro-im", "MetroHealth Medical Center", IM, "categorical", True, "completed"),
    ("metro-medpeds", "MetroHealth Medical Center", MP, "categorical", False, "rejected"),
    ("osu-im", "The Ohio State University Wexner Medical Center", IM, "categorical", True, "completed"),
    ("osu-medpeds", "The Ohio State University Wexner Medical Center", MP, "categorical", True, "completed"),
    ("nch-peds", "Nationwide Children's Hospital", PEDS, "categorical", True, "completed"),
    ("ohiohealth-im", "OhioHealth Doctors Hospital", IM, "categorical", False, "rejected"),
    ("uc-im", "University of Cincinnati Medical Center", IM, "categorical", True, "completed"),
    ("uc-prelim", "University of Cincinnati Medical Center", IM, "preliminary", True, "completed"),
    ("cchmc-peds", "Cincinnati Children's Hospital Medical Center", PEDS, "categorical", True, "completed"),
    ("cinci-medpeds", "University of Cincinnati Medical Center", MP, "categorical", False, "rejected"),
    ("umich-im", "University of Michigan Health", IM, "categorical", False, "rejected"),
    ("umich-peds", "C.S. Mott Children's Hospital", PEDS, "categorical", True, "completed"),
    ("msu-im", "University of Michigan Health-Sparrow Lansing", IM, "categorical", True, "completed"),
    ("corewell-gr-im", "Corewell Health West", IM, "categorical", True, "completed"),
    ("corewell-gr-peds", "Corewell Health Helen DeVos Children's Hospital", PEDS, "categorical", True, "completed"),
    ("corewell-ro-im", "Corewell Health William Beaumont University Hospital", IM, "categorical", True, "completed"),
    ("hfh-im", "Henry Ford Hospital", IM, "categorical", True, "completed"),
    ("hfh-prelim", "Henry Ford Hospital", IM, "preliminary", False, "waitlisted"),
    ("hf-macomb-im", "Henry Ford Macomb Hospital", IM, "categorical", True, "cancelled"),
    ("hf-jackson-im", "Henry Ford Jackson Hospital", IM, "categorical", False, "rejected"),
    ("dmc-im", "Detroit Medical Center", IM, "categorical", True, "completed"),
    ("dmc-peds", "Children's Hospital of Michigan", PEDS, "categorical", False, "rejected"),
    ("iu-im", "IU Health Methodist Hospital", IM, "categorical", True, "completed"),
    ("riley-peds", "Riley Hospital for Children at IU Health", PEDS, "categorical", True, "completed"),
    ("iu-medpeds", "IU Health Methodist Hospital", MP, "categorical", True, "scheduled"),
    ("ballmem-im", "IU Health Ball Memorial Hospital", IM, "categorical", True, "completed"),
    ("stvincent-im", "Ascension St. Vincent Hospital - Indianapolis", IM, "categorical", True, "declined"),
    ("uk-im", "UK HealthCare Albert B. Chandler Hospital", IM, "categorical", False, "waitlisted"),
    ("uk-medpeds", "UK HealthCare Albert B. Chandler Hospital", MP, "categorical", False, "rejected"),
    ("uofl-im", "UofL Health - UofL Hospital", IM, "categorical", True, "invited"),
    ("uofl-peds", "Norton Children's Hospital", PEDS, "categorical", True, "completed"),
    ("wvu-im", "WVU Medicine J.W. Ruby Memorial Hospital", IM, "categorical", True, "completed"),
    ("wvu-medpeds", "WVU Medicine J.W. Ruby Memorial Hospital", MP, "categorical", True, "completed"),
    ("marshall-im", "Cabell Huntington Hospital", IM, "categorical", True, "declined"),
    ("marshall-medpeds", "Cabell Huntington Hospital", MP, "categorical", False, "waitlisted"),
    ("camc-im", "Charleston Area Medical Center", IM, "categorical", False, "rejected"),
]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    lib.MAILS.clear()
    for mod in (unrelated, programs_oh, programs_mi, programs_in_ky_wv):
        mod.build()
    mails = sorted(lib.MAILS, key=lambda m: (m.when, m.slug))
    maildir = os.path.join(ROOT, "mail")
    if os.path.isdir(maildir):
        shutil.rmtree(maildir)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(maildir, sub))
    by_label = {}
    manifest = []
    for i, m in enumerate(mails, 1):
        name = f"{int(m.when.timestamp())}.M{i:03d}P1.{m.slug}:2,S"
        with open(os.path.join(maildir, "cur", name), "wb") as f:
            f.write(m.msg.as_bytes(policy=lib.POLICY))
        by_label.setdefault(m.label, []).append(name)
        manifest.append({"file": name, "label": m.label, **m.expect})
    keys = [p[0] for p in PROGRAMS]
    for lab in by_label:
        assert lab == "unrelated" or lab in keys, lab
    for k in keys:
        assert k in by_label, f"no mail for {k}"

    out = ["# Season H - Tessa Lindqvist (NEOMED MS4): Internal Medicine (categorical + preliminary),",
           "# Pediatrics and Internal Medicine/Pediatrics in OH, MI, IN, KY, WV.",
           "# Generated by _gen/generate.py - do not edit by hand.", "", "unrelated = ["]
    out += [f"  {q(n)}," for n in by_label.get("unrelated", [])]
    out += ["]", "", "[applicant]", f"email = {q(lib.APPLICANT_EMAIL)}", f"name = {q(lib.APPLICANT_NAME)}",
            'timezone = "America/New_York"', f"as_of = {q(AS_OF)}", ""]
    counts = {}
    for key, inst, spec, track, invited, status in PROGRAMS:
        out += ["[[program]]", f"key = {q(key)}", f"institution = {q(inst)}", f"specialty = {q(spec)}",
                f"track = {q(track)}", f"invited = {'true' if invited else 'false'}",
                f"final_status = {q(status)}", "messages = ["]
        out += [f"  {q(n)}," for n in by_label[key]]
        out += ["]", ""]
        if invited:
            counts[spec] = counts.get(spec, 0) + 1
    out.append("[counts]")
    for spec in (IM, PEDS, MP):
        out.append(f"{q(spec)} = {counts.get(spec, 0)}")
    with open(os.path.join(ROOT, "truth.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"as_of": AS_OF, "messages": manifest}, f, ensure_ascii=False, indent=1)
    n_unrel = len(by_label.get("unrelated", []))
    print(f"{len(mails)} messages ({n_unrel} unrelated), {len(PROGRAMS)} programs; counts {counts}")


if __name__ == "__main__":
    main()
