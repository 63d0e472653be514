"""Words and domains every reader of mail shares: month and weekday names, the application
platforms' domains, the personal mailboxes' and the words for places (one copy, so two readers
never disagree).

Plain data and the regular-expression alternations built from it; each reader adds its own
boundaries ("Jan." in a date, "Mon" in a list of days).
"""

from __future__ import annotations

import re

MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# The three-letter stems: what each month's abbreviation starts with ("sept" too).
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(name[:3] for name in MONTHS)
# Every way a month is written in full or cut short, the longest first so an alternation tries it first.
MONTH_SPELLINGS: tuple[str, ...] = tuple(
    sorted({*MONTHS, *MONTH_ABBREVIATIONS, "sept"}, key=lambda word: (-len(word), word))
)
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(name[:3] for name in WEEKDAYS)

# Regular-expression alternations (lower case: compile them with re.IGNORECASE, or capitalise).
MONTH_STEM = "(?:" + "|".join(MONTH_ABBREVIATIONS) + ")"
MONTH_NAME = "(?:" + "|".join(MONTH_SPELLINGS) + ")"
WEEKDAY_STEM = "(?:" + "|".join(WEEKDAY_ABBREVIATIONS) + ")"
WEEKDAY_NAME = "(?:" + "|".join(WEEKDAYS) + ")"


def month_number(word: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept." is 9); ValueError for anything else."""
    return MONTH_ABBREVIATIONS.index(word[:3].lower()) + 1


NRMP_DOMAIN = "nrmp.org"
# The other systems' sites where an applicant books an interview day.
SCHEDULING_SITES = ("rezrate.com", "matchinterviews.com", "calendly.com", "signupgenius.com")
# Sender domains and link hosts of the application systems, each platform's main domain first.
PLATFORM_DOMAINS: dict[str, tuple[str, ...]] = {
    "thalamus": ("thalamusgme.com", "thalamus.ai", "thalamusgme.org"),
    "eras": ("aamc.org", "myeras.org", "erasfellowship.aamc.org"),
    "interview_broker": ("interviewbroker.com",),
    "residencycas": ("liaisoncas.com", "residencycas.com", "liaisonedu.com"),
    "other": (NRMP_DOMAIN, *SCHEDULING_SITES, "sfmatch.org", "auanet.org"),
}

# Senders of a service on a shared domain: Google Forms' receipts of a form's answers (a sign-up
# sheet, like SignUpGenius), not Google's every mail.
PLATFORM_ADDRESSES: dict[str, str] = {"forms-receipts-noreply@google.com": "other"}

# Personal mailboxes: they name no institution, and a friend's "how did the interview go?" is no
# residency notice.
PERSONAL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "hotmail.com", "outlook.com", "live.com",
        "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com",
        "fastmail.com",
    }
)  # fmt: skip

# Where an institution is, not which one (read by program identity and by program names): a state
# (or "State") added to a name makes another institution; a city, a region or a compass point may be
# the same campus or another.
STATE_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico carolina dakota ohio
    oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia wisconsin wyoming state
""",
    )
)
PLACE_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
    rochester jacksonville scottsdale phoenix dearborn troy farmington royal oak wichita oakland
    sacramento fresno diego francisco angeles riverside irvine orlando tampa miami houston dallas
    davis clara jose barbara cruz rosa mateo bernardino monica bakersfield
    austin antonio worth seattle spokane portland boston brooklyn bronx queens manhattan harlem chicago
    detroit cleveland columbus cincinnati pittsburgh philadelphia baltimore atlanta nashville memphis
    denver aurora milwaukee madison minneapolis louis omaha tulsa albuquerque tucson vegas reno
    honolulu richmond norfolk charlotte raleigh durham greenville charleston savannah birmingham mobile
    jackson orleans baton lafayette lexington louisville indianapolis buffalo albany syracuse newark
    hartford burlington temple waco tyler lubbock galveston harlingen paso bakersfield
    stockton modesto tacoma boise anchorage york washington campus east west north south northeast
    northwest southeast southwest central downtown upstate downstate midlands lowcountry shreveport
    gainesville spartanburg kingwood springfield murfreesboro rutherford knoxville
    chattanooga lakeland pensacola tallahassee mcallen odessa amarillo edinburg lawn greater
    montgomery huntsville tuscaloosa dothan macon augusta athens hattiesburg gulfport tupelo
""",
    )
)
