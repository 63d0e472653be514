"""Helpers shared by the content modules."""
from zoneinfo import ZoneInfo
from kit import staff, MT, UTC
import season


def zone_of(addr):
    dom = addr.split("@")[1]
    for k, v in season.ZONES.items():
        if dom == k or dom.endswith("." + k):
            return UTC if v == "UTC" else ZoneInfo(v)
    return ZoneInfo(season.DEFAULT_ZONE)


def co(when, slug, label, kind, frm, subject, text, **kw):
    """A person at a program, writing on the clock of their own institution."""
    return staff(when, slug, label, kind, frm, subject, text, tz=zone_of(frm[1]), **kw)
