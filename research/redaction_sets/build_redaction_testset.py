"""Build the redaction evaluation test set: real FFT comments with invented personal details.

Real NHS Friends and Family Test comments (``fft_phase2_v6framework.csv`` column ``FFT answer``
and ``fft_phase1.csv`` column ``feedback``) of 40-400 characters are sampled across services
and both files with a fixed seed. Comments that already hold something that looks like a
person's name, a redaction marker ("XXXX", "[...]"), a long digit run, a numeric date, an e-mail
address or a link are skipped, so the only personal details in the output are the ones this
script puts there.

Into each comment 1-3 FICTITIOUS personal details are injected at natural positions: a new
sentence at the start, between two sentences or at the end, or a generic phrase rewritten to
carry a name ("the nurse" -> "nurse Priya", "my husband" -> "my husband Gareth Hughes").
Every value is invented: Ofcom drama-range phone numbers, US 555-01xx numbers, example.*
domains, NHS numbers from the 999 test range (valid modulus-11 check digit), SSNs from ranges
never issued, and made-up names, streets and reference numbers.

Each output line is ``{"id", "text", "entities": [{"start", "end", "type", "value"}],
"original"}`` with ``text[start:end] == value``. For a titled name ("Dr Okonkwo") only the
name is the entity; titles, keywords ("DOB", "MRN") and punctuation are outside the spans.

Usage (from the repository root, /work/main):
    .venv/bin/python research/redaction_sets/build_redaction_testset.py [--fft-dir ../shared/data/nhs_fft]
        [--out evaluation/data/redaction_testset.jsonl] [--seed 20240611] [--n 360]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

SEED = 20240611
N_COMMENTS = 360
MIN_LEN, MAX_LEN = 40, 400

TYPES = ("NAME", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "ADDRESS", "POSTCODE",
         "DATE_OF_BIRTH", "URL", "SSN")
# Each type other than NAME is dealt this many times; NAME takes the rest of the slots.
PER_OTHER_TYPE = 50
MIN_COUNT = {t: 30 for t in TYPES} | {"NAME": 120}
# Entities per comment: 1, 2 or 3.
K_WEIGHTS = (0.35, 0.40, 0.25)

# ----------------------------------------------------------------------------------------------
# Invented values
# ----------------------------------------------------------------------------------------------

FIRST_M = [
    "Gareth", "Tom", "Kev", "Dave", "Bernard", "Mohammed", "Chidi", "Wei", "Tomasz", "Tadhg",
    "Callum", "Wayne", "Shaun", "Raj", "Imran", "Yusuf", "Kwame", "Bogdan", "Mateusz", "Hamish",
    "Dylan", "José", "Seán", "Trevor", "Gordon", "Carl", "Norman", "Amir", "Kofi", "Marek", "Ewan",
]
FIRST_F = [
    "Priya", "Siobhan", "Aisha", "Sandra", "Margaret", "Eileen", "Fatima", "Mei", "Agnieszka",
    "Eilidh", "Ffion", "Rhiannon", "Jodie", "Leanne", "Deborah", "Pauline", "Sunita", "Zainab",
    "Ama", "Ngozi", "Ioana", "Kasia", "Morag", "Bethan", "Jolene", "Kayleigh", "Ellie-May", "Zoë",
    "Renée", "Siân", "Niamh", "Aoife", "Denise", "Lorraine", "Stacey", "Bev", "Jean", "Rashida",
    "Dorota", "Isla", "Harpreet",
]
FIRST_N = ["Oluwaseun", "Ravinder", "Li", "Anh", "Kerry", "Jordan", "Alex", "Sam"]
SURNAMES = [
    "Hughes", "Okonkwo", "Patel", "Shah", "Barker", "Ellis", "Nowak", "Kowalski", "Nguyen",
    "Chen", "O'Connor", "McAllister", "Smith-Jones", "Adeyemi", "Mensah", "Begum", "Iqbal",
    "Khan", "Thompson", "Whitfield", "Pemberton", "Fairbrother", "Llewellyn", "Da Silva",
    "MacLeod", "Fitzgerald", "Szymańska", "Abernethy", "Ramsbottom", "Oyelaran", "Hinchcliffe",
    "Dunmore", "Achterberg", "Quinlan", "Haworth", "Babatunde", "Sandhu", "Kaur", "Yilmaz",
    "Petrescu", "Gallagher", "Ferreira", "Wojcik", "Osei", "Tran", "Lindqvist", "Ashworth",
    "Blenkinsop", "Threlfall", "Ogunleye", "Mahmood", "Rossi", "Kavanagh", "Pryce", "Garside",
]
# Rare or unusual names, to test more than the names a model has seen many times.
UNUSUAL_FIRST = {
    "m": ["Peregrine", "Zebedee", "Ptolemy", "Kaveh", "Lorcan", "Ignatius", "Ozymandias"],
    "f": ["Xanthe", "Saoirse", "Temperance", "Thandiwe", "Anwen", "Marigold"],
    "n": ["Oghenekaro", "Olumide"],
}
UNUSUAL_SURNAMES = [
    "Featherstonehaugh", "Nwachukwu-Blythe", "Van der Merwe", "Przybylski", "Ó Dálaigh",
    "Cholmondeley", "Tshabalala", "Wolstenholme", "Aitchison-Moreau", "Quigley-Papadopoulos",
]
# Names that are also ordinary words; used only where they are clearly names (after a title
# or a relation, or with a surname).
WORD_NAMES = {
    "m": ["Will", "Mark", "Bill", "Frank", "Ray", "Rich"],
    "f": ["Hope", "Faith", "Grace", "Joy", "Rose", "Dawn", "Holly", "Ivy", "April", "June",
          "Patience"],
    "n": ["Pat", "Sunny", "Robin", "Sky"],
}

STREET_NAMES = [
    "Larch", "Beech", "Rowan", "Mill", "Station", "Church", "Kingfisher", "Ashbourne",
    "Hollybush", "Cranbrook", "Moorside", "Hawthorn", "Foxglove", "Bramble", "Wren", "Sycamore",
    "Chapel", "Quarry", "Orchard", "Meadowbank", "Heron", "Thistle", "Tanner's", "Blackthorn",
    "Elmfield", "Coppice", "Kestrel", "Marlowe", "Juniper", "Saxon",
]
STREET_TYPES = ["Grove", "Road", "Street", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent",
                "Court", "Terrace", "Gardens", "Place", "Mews", "Rise", "View", "Walk", "Rd", "St"]
US_STREET_NAMES = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Walnut", "Lakeview", "Sunset",
                   "Magnolia", "Hickory"]
US_STREET_TYPES = ["Avenue", "Street", "Drive", "Boulevard", "Lane", "Road", "Ave", "Blvd"]
UK_OUTWARD = ["LS6", "NE1", "M14", "B15", "S10", "NG7", "DH1", "SR2", "TS1", "YO10", "HU5",
              "BD7", "L8", "CF10", "G12", "EH3", "BS6", "E17", "N7", "SE15", "NW3", "W4", "EC1V",
              "NE29", "DL3", "LE2", "NN1", "PE1", "DE22", "S80"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # letters the inward code of a UK postcode can use
US_CITIES = [("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Denver", "CO", "802"),
             ("Portland", "OR", "972"), ("Tampa", "FL", "336"), ("Boston", "MA", "021"),
             ("Phoenix", "AZ", "850"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537")]
US_AREA_CODES = ["212", "312", "415", "617", "512", "303", "614", "206", "702", "813"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
EMAIL_DOMAINS = ["example.com", "example.org", "example.nhs.uk"]
URL_HOSTS = ["www.example-trust.nhs.uk", "example.nhs.uk", "www.example.org", "example.com",
             "forum.example.com", "www.example.com", "reviews.example.org", "example-trust.nhs.uk"]
URL_PATHS = ["/feedback", "/patient-stories", "/my-review", "/services/physiotherapy",
             "/reviews?id={n}", "/contact-us", "/complaints", "/threads/{n}", "/carers",
             "/111-online", "/blog/{n}/my-stay", "", "/patient-transport/eligibility",
             "/mental-health/crisis-support", "/stories/{n}"]


def nhs_check_digit(nine: str) -> int | None:
    """The modulus-11 check digit for the first nine digits of an NHS number (None: invalid)."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def nhs_valid(value: str) -> bool:
    digits = value.replace(" ", "")
    return (len(digits) == 10 and digits.isdigit()
            and nhs_check_digit(digits[:9]) == int(digits[9]))


class Values:
    """Draws invented values of each type from one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # names -----------------------------------------------------------------------------------
    # g: "m", "f" or None (any). Gendered slots keep "my husband ..." / "my daughter ..." natural.
    def _pool(self, pools: dict[str, list[str]], g: str | None) -> list[str]:
        if g is None:
            return [x for k in ("m", "f", "n") for x in pools[k]]
        return pools[g] + pools["n"]

    def first(self, g: str | None = None) -> str:
        if self.rng.random() < 0.08:
            return self.rng.choice(self._pool(UNUSUAL_FIRST, g))
        return self.rng.choice(self._pool({"m": FIRST_M, "f": FIRST_F, "n": FIRST_N}, g))

    def surname(self, g: str | None = None) -> str:
        return self.rng.choice(UNUSUAL_SURNAMES if self.rng.random() < 0.1 else SURNAMES)

    def full(self, g: str | None = None) -> str:
        return f"{self.first(g)} {self.surname()}"

    def unusual(self, g: str | None = None) -> str:
        return f"{self.rng.choice(self._pool(UNUSUAL_FIRST, g))} {self.rng.choice(UNUSUAL_SURNAMES)}"

    def word_first(self, g: str | None = None) -> str:
        """A name that is also a common word; only for slots where it is clearly a name."""
        return self.rng.choice(self._pool(WORD_NAMES, g))

    def word_full(self, g: str | None = None) -> str:
        return f"{self.word_first(g)} {self.surname()}"

    def any_name(self, g: str | None = None) -> str:
        """First name, full name or a common-word name (for titled or relation slots)."""
        r = self.rng.random()
        if r < 0.4:
            return self.first(g)
        if r < 0.8:
            return self.full(g)
        return self.word_first(g) if r < 0.9 else self.word_full(g)

    # numbers ---------------------------------------------------------------------------------
    def phone(self, region: str | None = None) -> str:
        rng = self.rng
        region = region or rng.choices(["uk", "uk_land", "intl", "us"], weights=(4, 3, 2, 3))[0]
        if region == "uk":
            x = self._d(3)
            return rng.choice([f"07700 900{x}", f"07700900{x}", f"07700 900 {x}"])
        if region == "uk_land":
            x = self._d(3)
            return rng.choice([f"0113 496 0{x}", f"020 7946 0{x}", f"0161 496 0{x}",
                               f"0191 498 0{x}", f"0117 496 0{x}", f"0121 496 0{x}",
                               f"0115 496 0{x}", f"01632 960{x}"])
        if region == "intl":
            x = self._d(3)
            return rng.choice([f"+44 7700 900{x}", f"+447700900{x}", f"+44 20 7946 0{x}",
                               f"+44 (0)113 496 0{x}", f"+44 (0)7700 900{x}"])
        area, x = rng.choice(US_AREA_CODES), self._d(2)
        return rng.choice([f"({area}) 555-01{x}", f"{area}-555-01{x}", f"({area}) 555-01{x}",
                           f"+1 {area}-555-01{x}"])

    def email(self, first: str | None = None, last: str | None = None) -> str:
        rng = self.rng
        first = first or self.first()
        last = last or rng.choice(SURNAMES)

        def clean(s: str) -> str:  # "Siân Ó Dálaigh" -> "sian", "odalaigh"
            s = unicodedata.normalize("NFKD", s.lower())
            return re.sub(r"[^a-z]", "", s)

        f, last_ = clean(first), clean(last)
        local = rng.choice([f"{f}.{last_}", f"{f[0]}{last_}", f"{f}_{last_}{self._d(2)}",
                            f"{f}{last_[0]}{self._d(2)}", f"{last_}.{f}", f"{f}.{last_}{self._d(4)[:2]}"])
        return f"{local}@{rng.choice(EMAIL_DOMAINS)}"

    def nhs_number(self) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            digits = "9434765919"  # the example number used in NHS documentation
        else:
            while True:
                nine = "999" + self._d(6)  # 999 numbers are reserved for testing, never issued
                check = nhs_check_digit(nine)
                if check is not None:
                    digits = nine + str(check)
                    break
        assert nhs_valid(digits)
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if rng.random() < 0.6 else digits

    def hospital_number(self) -> str:
        rng = self.rng
        return rng.choice([
            f"RX{self._d(7)}", f"00{self._d(6)}", f"K{self._d(7)}", f"A{self._d(6)}",
            f"H{self._d(8)}", f"RTD{self._d(6)}", f"{self._d(8)}", f"M{self._d(6)}X",
        ])

    def address(self, us: bool = False) -> str:
        rng = self.rng
        if us:
            return (f"{rng.randint(100, 9800)} {rng.choice(US_STREET_NAMES)} "
                    f"{rng.choice(US_STREET_TYPES)}")
        number = str(rng.randint(1, 240))
        if rng.random() < 0.1:
            number += rng.choice("ab")
        return f"{number} {rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"

    def uk_postcode(self) -> str:
        rng = self.rng
        inward = f"{rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
        sep = " " if rng.random() < 0.9 else ""
        return f"{rng.choice(UK_OUTWARD)}{sep}{inward}"

    def us_place(self) -> tuple[str, str, str]:
        """(city, state, ZIP); the ZIP is the POSTCODE entity."""
        city, state, prefix = self.rng.choice(US_CITIES)
        zip_code = prefix + self._d(2)
        if self.rng.random() < 0.15:
            zip_code += "-" + self._d(4)
        return city, state, zip_code

    def dob(self) -> str:
        rng = self.rng
        y, m, d = rng.randint(1931, 2012), rng.randint(1, 12), rng.randint(1, 28)
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return rng.choice([
            f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1]} {y}",
            f"{d}{suffix} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}-{m:02d}-{y}",
        ])

    def url(self) -> str:
        rng = self.rng
        host, path = rng.choice(URL_HOSTS), rng.choice(URL_PATHS)
        scheme = rng.choice(["https://", "http://", ""] if host.startswith("www.") else ["https://"] * 3
                            + ["http://", ""])
        return (scheme + host + path).replace("{n}", str(rng.randint(100, 9999)))

    def ssn(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.15:
            return "219-09-9999"  # the long-voided sample number from a 1938 wallet insert
        if r < 0.45:
            return f"987-65-432{rng.randint(0, 9)}"  # reserved for use in advertising
        if r < 0.6:
            return f"666-{rng.randint(10, 99)}-{self._d(4)}"  # area 666 is never issued
        # Area 900-999 with group 01-49 is neither an SSN nor an ITIN.
        return f"9{self._d(2)}-{rng.randint(10, 49):02d}-{self._d(3)}{rng.randint(1, 9)}"


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------
# A template is text with slots "{KIND}"; each slot is filled by a value generator and becomes
# one entity. Slot kinds map to entity types below. Positions: S start, M between sentences,
# E end of the comment.

SLOT_TYPE = {
    "first": "NAME", "full": "NAME", "surname": "NAME", "anyname": "NAME", "wordfirst": "NAME",
    "wordfull": "NAME", "unusual": "NAME",
    "phone": "PHONE", "ukphone": "PHONE", "usphone": "PHONE",
    "email": "EMAIL", "nhs": "NHS_NUMBER", "hosp": "HOSPITAL_NUMBER",
    "address": "ADDRESS", "usaddress": "ADDRESS", "postcode": "POSTCODE", "zip": "POSTCODE",
    "dob": "DATE_OF_BIRTH", "url": "URL", "ssn": "SSN",
}
# Non-entity slots filled alongside a US ZIP.
AUX_SLOTS = {"city", "state"}
SLOT = re.compile(r"\{(\w+)(?::([mf]))?\}")  # {kind} or {kind:g}, g the gender of a name


@dataclass(frozen=True)
class Template:
    text: str
    pos: str = "SME"


T = Template
SINGLE: dict[str, list[Template]] = {
    "NAME": [
        T("Dr {surname} was kind and took the time to explain everything."),
        T("Nurse {first} was brilliant with me."),
        T("A special thank you to {full}.", "ME"),
        T("Sister {surname} made sure I was comfortable."),
        T("{first} on reception was so helpful."),
        T("Please pass my thanks on to {first}.", "ME"),
        T("I am writing this on behalf of my mum, {full:f}.", "S"),
        T("My husband {full:m} was with me the whole time."),
        T("My son {wordfull:m} rang on my behalf.", "SM"),
        T("Thank you, {first}.", "E"),
        T("Regards, {full}", "E"),
        T("Mr {surname} the consultant was very reassuring."),
        T("Paramedic {first} kept me calm."),
        T("The physio, {first}, really listened to me."),
        T("{full} from the crisis team phoned me back the same day."),
        T("Dr. {full} explained the results clearly."),
        T("My daughter {wordfirst:f} came with me and was made to feel welcome."),
        T("Nurse {wordfirst} was lovely."),
        T("Ask for Mrs {surname} if you need to check any of this.", "ME"),
        T("My carer {first} says the same."),
        T("The lady who rang, {first:f}, was lovely."),
        T("Miss {surname}'s team were brilliant."),
        T("My name is {unusual}.", "SE"),
        T("Health visitor {full} has been a great support."),
        T("Midwife {first} was amazing."),
        T("Prof {surname} saw me in clinic."),
        T("My wife {first:f} and I were kept informed."),
        T("Our grandson {full:m} was treated too."),
        T("Dr {surname}'s manner was excellent."),
        T("{first} was so patient with my dad."),
        T("Sister {wordfull:f} runs a tight ship and it shows."),
        T("Patient: {full}.", "S"),
        T("From {full} and family.", "E"),
        T("Big thanks to {full} who sorted my transport.", "ME"),
        T("The driver, {first}, helped me up the steps."),
        T("Mrs {full:f} on the ward deserves a medal."),
        T("My brother {anyname:m} was seen the same week."),
        T("I saw {first} at my last appointment and it went really well."),
        T("Doctor {surname} listened properly."),
        T("Written by {full} for my father.", "SE"),
        T("My partner {anyname} would say the same."),
        T("My granddaughter {anyname:f} helped me fill this in.", "SE"),
    ],
    "PHONE": [
        T("Please ring me on {phone} if you want to talk about this.", "ME"),
        T("You can call me on {phone}.", "ME"),
        T("My number is {phone}."),
        T("Contact me on {phone}.", "SE"),
        T("My daughter's number is {ukphone} if I'm not in."),
        T("Happy to be contacted on {phone}.", "ME"),
        T("Text me on {ukphone} with any updates.", "ME"),
        T("We are back home in the States now, so call {usphone} if needed.", "ME"),
        T("Mobile: {phone}.", "SE"),
        T("If anyone wants to follow this up my phone is {phone}.", "ME"),
        T("They kept calling my old number instead of {phone}."),
        T("Best number to get me on is {phone}.", "ME"),
    ],
    "EMAIL": [
        T("Email me at {email} if you need more details.", "ME"),
        T("My email is {email}."),
        T("You can reach me by email: {email}.", "ME"),
        T("Please send the leaflet to {email}.", "ME"),
        T("I emailed {email} and got a reply the next day."),
        T("Contact: {email}.", "SE"),
        T("My email address is {email} if you want to follow up.", "ME"),
        T("They still send letters instead of emailing me at {email}."),
    ],
    "NHS_NUMBER": [
        T("My NHS number is {nhs}."),
        T("NHS number: {nhs}.", "SE"),
        T("For reference, my NHS number is {nhs}.", "ME"),
        T("Mum's NHS number is {nhs} in case you need it.", "ME"),
        T("NHS no. {nhs}.", "SE"),
        T("I gave my NHS number ({nhs}) three times on the phone."),
        T("My NHS number is {nhs} if you want to look at my records.", "ME"),
    ],
    "HOSPITAL_NUMBER": [
        T("My hospital number is {hosp}."),
        T("Hospital number {hosp} if you want to check my notes.", "ME"),
        T("MRN {hosp}.", "SE"),
        T("MRN: {hosp}.", "SE"),
        T("My patient number is {hosp}."),
        T("Patient ID {hosp}.", "SE"),
        T("Please quote hospital no. {hosp}.", "ME"),
        T("Unit number {hosp} for reference.", "ME"),
        T("They had my hospital number down as {hosp} which is wrong."),
    ],
    "ADDRESS": [
        T("I live at {address}."),
        T("The nurse came out to {address} every day."),
        T("Please send letters to {address}, not my old address.", "ME"),
        T("My address is {address}."),
        T("The ambulance went to {address} by mistake."),
        T("We moved to {address} last year and the letters still go to the old house."),
        T("Transport picks me up from {address}."),
        T("Home is {address} if anyone needs it.", "ME"),
    ],
    "POSTCODE": [
        T("My postcode is {postcode}."),
        T("Postcode {postcode}.", "SE"),
        T("The crew could not find {postcode} on the sat nav."),
        T("Our postcode is {postcode} and the nearest clinic is miles away."),
        T("We were visiting from {city}, {state} {zip} when this happened.", "SM"),
        T("I am from {city}, {state} {zip}, and was on holiday here."),
        T("They said {postcode} was outside their area."),
        T("Home address is in {city}, {state} {zip}.", "ME"),
    ],
    "DATE_OF_BIRTH": [
        T("DOB {dob}.", "SE"),
        T("DOB: {dob}.", "SE"),
        T("My date of birth is {dob}."),
        T("I was born on {dob} so I am not as quick as I was."),
        T("Mum, born on {dob}, was treated with respect."),
        T("D.O.B. {dob}.", "SE"),
        T("They had my date of birth wrong, it is {dob}."),
        T("Date of birth: {dob}.", "SE"),
    ],
    "URL": [
        T("I found the details on {url}."),
        T("See {url} for my full review.", "ME"),
        T("I have also posted this on {url}."),
        T("The link they gave me ({url}) did not work."),
        T("The leaflet sent me to {url}, which was useful."),
        T("More at {url}.", "E"),
        T("I booked through {url} and it was easy."),
    ],
    "SSN": [
        T("My SSN is {ssn}."),
        T("SSN {ssn} if you need it for insurance.", "ME"),
        T("Social security number: {ssn}.", "SE"),
        T("They wrote my social security number {ssn} on the form for some reason."),
        T("As a visitor from the US I was asked for my SSN, {ssn}, which seemed odd."),
        T("My US social security no. is {ssn}.", "ME"),
    ],
}
# Templates carrying two details; keyed by the sorted pair of types.
PAIR: dict[tuple[str, str], list[Template]] = {
    ("DATE_OF_BIRTH", "NAME"): [
        T("Patient: {full}, DOB {dob}.", "S"),
        T("This is about my dad {full:m}, date of birth {dob}.", "SM"),
        T("I am {full}, born on {dob}.", "SE"),
        T("My mum {anyname:f} (DOB: {dob}) was the patient.", "SM"),
    ],
    ("NAME", "NHS_NUMBER"): [
        T("Patient: {full}, NHS number {nhs}.", "S"),
        T("This is about my father, {full:m}, NHS number {nhs}.", "SM"),
        T("My wife {first:f}'s NHS number is {nhs}."),
    ],
    ("HOSPITAL_NUMBER", "NAME"): [
        T("Re: {full}, hospital number {hosp}.", "S"),
        T("My son {anyname:m}, MRN {hosp}, was seen the same day.", "SM"),
        T("Patient {full}, patient number {hosp}.", "SE"),
    ],
    ("NAME", "PHONE"): [
        T("Please contact my son {full:m} on {phone}.", "ME"),
        T("Ring my wife {first:f} on {ukphone} if I don't answer.", "ME"),
        T("{full}, {phone}.", "E"),
        T("My daughter {wordfirst:f} is on {phone} if you need her.", "ME"),
    ],
    ("EMAIL", "NAME"): [
        T("My daughter {first:f} can be contacted at {email}.", "ME"),
        T("{full} ({email})", "E"),
        T("Nurse {first} gave me an address to write to, {email}, which was so useful."),
    ],
    ("NAME", "SSN"): [
        T("I am {full}, SSN {ssn}, visiting from Ohio.", "SM"),
    ],
    ("ADDRESS", "POSTCODE"): [
        T("I live at {address}, {postcode}."),
        T("My address is {address}, {postcode}."),
        T("My address back home is {usaddress}, {city}, {state} {zip}.", "ME"),
        T("They sent the letter to {address} {postcode}, which is my old address."),
    ],
    ("NAME", "NAME"): [
        T("Thanks to {first} and {first}.", "ME"),
        T("I saw Dr {surname} and then nurse {first}."),
        T("{first} and {first} on the ward were fantastic."),
        T("My husband {first:m} and our son {wordfirst:m} were allowed to stay with me.", "SM"),
    ],
}

# Generic phrases that can carry a name, and only where the next word shows the phrase is a
# person on its own ("the nurse was", not "the nurse practitioner" or "the GP surgery").
_ROLE_TITLE = {
    "nurse": ["Nurse", "nurse", "Sister"],
    "doctor": ["Dr", "Doctor"], "GP": ["Dr"], "consultant": ["Dr", "Mr", "Mrs", "Ms", "Prof"],
    "surgeon": ["Mr", "Ms", "Dr"], "psychiatrist": ["Dr"], "psychologist": ["Dr"],
}
_ROLE_BEFORE = ["paramedic", "driver", "physio", "physiotherapist", "receptionist", "call handler",
                "health visitor", "therapist", "midwife", "carer", "porter", "dietitian",
                "podiatrist", "occupational therapist", "OT", "care coordinator", "support worker"]
_RELATIONS = {
    "husband": "m", "wife": "f", "partner": None, "mum": "f", "mother": "f", "dad": "m",
    "father": "m", "son": "m", "daughter": "f", "grandson": "m", "granddaughter": "f", "nan": "f",
    "grandad": "m", "grandmother": "f", "grandfather": "m", "brother": "m", "sister": "f",
    "aunt": "f", "uncle": "m", "friend": None, "neighbour": None, "little boy": "m",
    "little girl": "f",
}
_NEXT_OK = (
    r"(?=[.,!?;:)]|\s*$|['’]s\b|\s+(?:was|were|is|who|that|had|has|came|called|rang|said|told|"
    r"explained|listened|did|didn't|didn’t|gave|made|took|and|on|at|from|in|"
    r"there|very|really|also|then|which|when|arrived|asked|kept|helped|could|couldn't|would|"
    r"wasn't|wasn’t|for|to|with|visited|spoke|saw|seemed|put|got|knew|went|understood|always|"
    r"have|just|not|checked|looked|treated|phoned|sorted|attended|showed|took|went|will|can|"
    r"organised|arranged|referred|reassured|dealt|answered|made|who's|needed|being|after)\b)"
)
RE_TITLED = re.compile(r"\b([Tt])he (" + "|".join(_ROLE_TITLE) + r")\b" + _NEXT_OK)
RE_ROLE = re.compile(r"\b([Tt])he (" + "|".join(sorted(_ROLE_BEFORE, key=len, reverse=True))
                     + r")\b" + _NEXT_OK)
RE_RELATION = re.compile(r"\b([Mm]y|[Oo]ur|[Hh]is|[Hh]er) (" +
                         "|".join(sorted(_RELATIONS, key=len, reverse=True)) + r")\b" + _NEXT_OK)
# "the lady on the phone" -> "Priya on the phone": the name stands in for the phrase.
_PEOPLE = {"lady": "f", "woman": "f", "gentleman": "m", "man": "m", "young lady": "f",
           "young man": "m"}
RE_PERSON = re.compile(
    r"\b([Tt])he (" + "|".join(sorted(_PEOPLE, key=len, reverse=True)) + r")\b"
    r"(?=\s+(?:was|were|on|in|who|at|from|listened|spoke|explained|answered|dealt|helped|took|"
    r"kept|asked|seemed|rang|phoned|called|could|did|gave|told|said|organised|arranged)\b)")
PHRASES = (RE_TITLED, RE_ROLE, RE_RELATION, RE_PERSON)


def _replacement(m: re.Match, vals: Values) -> tuple[str, str, int]:
    """Rewrite a generic phrase to include a name: (new text, name, offset of name in it)."""
    rng = vals.rng
    cap = m.group(1)[0].isupper()
    # Keep the comment's own pronouns true: "The driver ... He was polite" takes a man's name.
    pron = re.search(r"\b(he|him|his|she|her|hers)\b", m.string[m.end():], re.IGNORECASE)
    hint = None if not pron else ("m" if pron.group(1).lower() in {"he", "him", "his"} else "f")
    if m.re is RE_TITLED:
        role = m.group(2)
        titles = [t for t in _ROLE_TITLE[role]
                  if not (hint == "m" and t in {"Sister", "Mrs", "Ms"}) and not (hint == "f" and t == "Mr")]
        title = rng.choice(titles)
        if title in {"nurse", "Nurse"}:
            title = "Nurse" if cap else "nurse"
            name = rng.choice([vals.first(hint), vals.first(hint), vals.full(hint), vals.word_first(hint)])
        elif title == "Sister":
            name = rng.choice([vals.surname(), vals.first("f"), vals.word_first("f")])
        elif title == "Doctor":
            title = "Doctor" if cap else rng.choice(["doctor", "Doctor"])
            name = vals.surname()
        else:
            g = {"Mr": "m", "Mrs": "f", "Ms": "f"}.get(title, hint)
            name = rng.choice([vals.surname(), vals.surname(), vals.full(g)])
        if title in {"Dr", "Mr", "Mrs", "Ms"} and rng.random() < 0.2:
            title += "."
        if role in {"GP", "consultant", "psychiatrist", "psychologist"} and rng.random() < 0.4:
            if cap or rng.random() < 0.5:  # "Dr Patel the consultant"
                return f"{title} {name} the {role}", name, len(title) + 1
            return f"my {role} {title} {name}", name, len(role) + len(title) + 5
        return f"{title} {name}", name, len(title) + 1
    if m.re is RE_ROLE:
        role = m.group(2)
        name = vals.first(hint) if rng.random() < 0.75 else vals.word_first(hint)
        if rng.random() < 0.5:  # "Kev the driver"
            return f"{name} the {role}", name, 0
        lead = role[0].upper() + role[1:] if cap else role  # "Physio Sam"
        return f"{lead} {name}", name, len(lead) + 1
    if m.re is RE_PERSON:
        g = _PEOPLE[m.group(2)]
        if rng.random() < 0.25:
            title = rng.choice(["Mr"] if g == "m" else ["Mrs", "Ms", "Miss"])
            name = vals.surname()
            return f"{title} {name}", name, len(title) + 1
        name = rng.choice([vals.first(g), vals.first(g), vals.word_first(g)])
        return name, name, 0
    # A relation keeps its words and gains a name: "my husband" -> "my husband Gareth Hughes".
    g = _RELATIONS[m.group(2)]
    name = rng.choice([vals.first(g), vals.full(g), vals.full(g), vals.word_first(g), vals.word_full(g)])
    head = m.group(0)
    return f"{head} {name}", name, len(head) + 1


# ----------------------------------------------------------------------------------------------
# Picking real comments
# ----------------------------------------------------------------------------------------------

# Capitalised words that are never a reason to skip a comment.
_ALWAYS_OK = {"I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll", "Ive", "Im", "Id"}
_NAMEY_WORDS = {w for ws in WORD_NAMES.values() for w in ws} | {"Jo", "Rob", "Sue", "Jack", "Dean", "Carol", "Penny", "Amber",
                                  "Ruby", "Daisy", "Heather", "Jade", "Crystal", "Victoria",
                                  "Charity", "Angel", "Chase", "Drew", "Gene", "Summer", "Lily",
                                  "Pearl", "Hunter", "Cook", "Baker", "Paige", "Reggie"}
_TITLE_THEN_CAP = re.compile(
    r"\b(?:Dr|Dr\.|Drs|Doctor|Mr|Mrs|Ms|Miss|Sister|Nurse|Prof|Matron|Nurses)\s+[A-Z]")
_SKIP = re.compile(
    r"x{3,}|\[|\]|\*|@|https?:|www\.|\.com\b|\.uk\b|\d{5,}|\d{3,}[\s-]\d{3,}|<|>|\bname[ds]?\b"
    r"|\bredact|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", re.IGNORECASE)
_CASE_ARTEFACT = re.compile(r"[a-z]I[a-z]")


def _vocabulary(texts: list[str]) -> set[str]:
    """Words seen in lower case somewhere in the corpus: ordinary words, not names."""
    vocab: set[str] = set()
    for t in texts:
        vocab.update(re.findall(r"\b[a-z][a-z'’\-]*\b", t))
    return vocab


def looks_clean(text: str, vocab: set[str]) -> bool:
    """True if the comment seems free of personal details and redaction markers of its own."""
    if _SKIP.search(text) or _CASE_ARTEFACT.search(text) or _TITLE_THEN_CAP.search(text):
        return False
    for tok in re.findall(r"\b[A-Z][A-Za-z'’\-]*", text):
        base = tok[:-2] if tok.endswith(("'s", "’s")) else tok
        if tok in _ALWAYS_OK:
            continue
        if base in _NAMEY_WORDS:
            return False
        if base.isupper() and len(base) <= 6:  # NHS, GP, A, CAMHS
            continue
        if base.lower() not in vocab:
            return False
    return True


def load_candidates(fft_dir: Path) -> list[dict]:
    p2 = pd.read_csv(fft_dir / "fft_phase2_v6framework.csv", dtype=str, keep_default_na=False)
    p1 = pd.read_csv(fft_dir / "fft_phase1.csv", dtype=str, keep_default_na=False)
    vocab = _vocabulary(p2["FFT answer"].tolist() + p1["feedback"].tolist())
    rows = []
    for _, r in p2.iterrows():
        rows.append({"id": f"fft2:{r['Comment ID']}", "text": r["FFT answer"],
                     "group": f"fft2/{r['Service type 1'].strip() or 'Unknown'}"})
    for _, r in p1.iterrows():
        rows.append({"id": f"fft1:{r['row_index']}", "text": r["feedback"],
                     "group": f"fft1/{r['organization'].strip() or 'Unknown'}"})
    seen: set[str] = set()
    out = []
    for r in rows:
        text = r["text"].strip()
        key = re.sub(r"\s+", " ", text.lower())
        if not (MIN_LEN <= len(text) <= MAX_LEN) or key in seen or not looks_clean(text, vocab):
            continue
        seen.add(key)
        out.append(r | {"text": text})
    return out


def has_phrase(text: str) -> bool:
    return any(rx.search(text) for rx in PHRASES)


def _round_robin(groups: dict[str, list[dict]], n: int) -> list[dict]:
    order = sorted(groups)
    picked: list[dict] = []
    i = 0
    while len(picked) < n and any(groups[g] for g in order):
        g = order[i % len(order)]
        if groups[g]:
            picked.append(groups[g].pop())
        i += 1
    return picked


def sample_comments(cands: list[dict], n: int, rng: random.Random) -> list[dict]:
    """Round-robin over (file, service) groups, each shuffled: varied services, both files.

    Comments with a generic phrase that can take a name ("the nurse was ...") are rare, so
    about a quarter of the sample is drawn from them first.
    """
    with_phrase: dict[str, list[dict]] = defaultdict(list)
    rest: dict[str, list[dict]] = defaultdict(list)
    for c in cands:
        (with_phrase if has_phrase(c["text"]) else rest)[c["group"]].append(c)
    for groups in (with_phrase, rest):
        for g in sorted(groups):
            rng.shuffle(groups[g])
    picked = _round_robin(with_phrase, n // 4)
    picked += _round_robin(rest, n - len(picked))
    if len(picked) < n:
        raise SystemExit(f"only {len(picked)} usable comments, need {n}")
    rng.shuffle(picked)
    return picked


# ----------------------------------------------------------------------------------------------
# Injection
# ----------------------------------------------------------------------------------------------

def fill(template: Template, vals: Values) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Fill a template's slots; returns the text and (start, end, type, value) per entity."""
    gens = {
        "first": vals.first, "full": vals.full, "surname": vals.surname, "anyname": vals.any_name,
        "wordfirst": vals.word_first, "wordfull": vals.word_full, "unusual": vals.unusual,
        "phone": lambda g: vals.phone(), "usphone": lambda g: vals.phone("us"),
        "ukphone": lambda g: vals.phone(vals.rng.choice(["uk", "uk_land"])),
        "email": lambda g: vals.email(), "nhs": lambda g: vals.nhs_number(),
        "hosp": lambda g: vals.hospital_number(), "address": lambda g: vals.address(),
        "usaddress": lambda g: vals.address(us=True), "postcode": lambda g: vals.uk_postcode(),
        "dob": lambda g: vals.dob(), "url": lambda g: vals.url(), "ssn": lambda g: vals.ssn(),
    }
    parts: list[str] = []
    ents: list[tuple[int, int, str, str]] = []
    length = pos = 0
    us: dict[str, str] = {}
    for m in SLOT.finditer(template.text):
        lit = template.text[pos:m.start()]
        parts.append(lit)
        length += len(lit)
        kind, g = m.group(1), m.group(2)
        if kind in {"city", "state", "zip"}:
            if not us:
                us = dict(zip(("city", "state", "zip"), vals.us_place()))
            value = us[kind]
        else:
            names = [v for *_, t, v in ents if t == "NAME"]
            if kind == "email" and names and " " in names[-1]:  # "Ama Osei (ama.osei@...)"
                value = vals.email(*names[-1].split(" ", 1))
            elif kind == "email" and names:
                value = vals.email(names[-1])
            else:
                value = gens[kind](g)
            for _ in range(10):  # two names in one sentence should differ
                if not any(v == value for *_, v in ents):
                    break
                value = gens[kind](g)
        if kind not in AUX_SLOTS:
            ents.append((length, length + len(value), SLOT_TYPE[kind], value))
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(template.text[pos:])
    text = "".join(parts)
    for s, e, _, v in ents:
        assert text[s:e] == v
    return text, ents


class Doc:
    """A text being edited, with entity spans kept in step with every edit."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ents: list[tuple[int, int, str, str]] = []

    def edit(self, start: int, end: int, new: str, new_ents: list[tuple[int, int, str, str]]) -> None:
        for s, e, _, _ in self.ents:
            assert e <= start or s >= end, "edit overlaps an injected entity"
        delta = len(new) - (end - start)
        self.ents = [(s + delta, e + delta, t, v) if s >= end else (s, e, t, v)
                     for s, e, t, v in self.ents]
        self.text = self.text[:start] + new + self.text[end:]
        self.ents += [(start + s, start + e, t, v) for s, e, t, v in new_ents]

    def boundaries(self) -> list[int]:
        """Offsets between two sentences (at the whitespace after . ! or ?)."""
        out = []
        for m in re.finditer(r"[.!?]+[\"')]?(?=\s+[A-Z0-9\"'(])", self.text):
            p = m.end()
            if not any(s <= p < e for s, e, _, _ in self.ents):
                out.append(p)
        return out


def inject(original: str, cards: list[str], vals: Values) -> tuple[str, list[dict]]:
    rng = vals.rng
    doc = Doc(original)
    cards = list(cards)
    # 1. Names into generic phrases ("the nurse" -> "nurse Priya"), when the comment has one.
    phrases = sorted((m for rx in PHRASES for m in rx.finditer(original)), key=lambda m: m.start())
    rng.shuffle(phrases)
    chosen: list[re.Match] = []
    while "NAME" in cards and phrases and rng.random() < (0.5 if chosen else 0.9):
        m = phrases.pop()
        if any(not (m.end() <= c.start() or m.start() >= c.end()) for c in chosen):
            continue
        chosen.append(m)
        cards.remove("NAME")
    for m in sorted(chosen, key=lambda m: m.start(), reverse=True):  # right to left
        new, name, off = _replacement(m, vals)
        assert new[off:off + len(name)] == name
        doc.edit(m.start(), m.end(), new, [(off, off + len(name), "NAME", name)])
    # 2. Group the other details into sentences, sometimes two to a sentence.
    snippets: list[Template] = []
    rest = sorted(cards)
    while rest:
        t0 = rest.pop(0)
        partner = None
        if rest and rng.random() < 0.5:
            options = [t for t in dict.fromkeys(rest) if tuple(sorted((t0, t))) in PAIR]
            if options:
                partner = rng.choice(options)
        if partner:
            rest.remove(partner)
            snippets.append(rng.choice(PAIR[tuple(sorted((t0, partner)))]))
        else:
            snippets.append(rng.choice(SINGLE[t0]))
    # 3. Place each sentence at the start, between two sentences or at the end.
    rng.shuffle(snippets)
    for tpl in snippets:
        filled, ents = fill(tpl, vals)
        places = [p for p in tpl.pos if p != "M" or doc.boundaries()]
        # Prefer the middle when there is one: it is the hardest place to look for details.
        place = rng.choices(places, weights=[2 if p == "M" else 1 for p in places])[0]
        if place == "S":
            doc.edit(0, 0, filled + " ", ents)
        elif place == "E":
            sep = " " if doc.text[-1] in ".!?" else ". "
            if doc.text[-1] in ")\"'" and doc.text[-2:-1] in ".!?":
                sep = " "
            doc.edit(len(doc.text), len(doc.text), sep + filled,
                     [(s + len(sep), e + len(sep), t, v) for s, e, t, v in ents])
        else:
            p = rng.choice(doc.boundaries())
            doc.edit(p, p, " " + filled, [(s + 1, e + 1, t, v) for s, e, t, v in ents])
    ents = sorted(doc.ents)
    for s, e, t, v in ents:
        assert doc.text[s:e] == v, (doc.text, s, e, v)
    return doc.text, [{"start": s, "end": e, "type": t, "value": v} for s, e, t, v in ents]


def deal(n: int, rng: random.Random) -> list[list[str]]:
    """Entity types per comment: 1-3 each, every non-NAME type PER_OTHER_TYPE times in all."""
    ks = rng.choices((1, 2, 3), weights=K_WEIGHTS, k=n)
    others = [t for t in TYPES if t != "NAME"]
    deck = [t for t in others for _ in range(PER_OTHER_TYPE)]
    deck += ["NAME"] * (sum(ks) - len(deck))
    assert deck.count("NAME") >= MIN_COUNT["NAME"], "too few slots for names; raise --n"
    rng.shuffle(deck)
    hands, i = [], 0
    for k in ks:
        hands.append(deck[i:i + k])
        i += k
    # A comment should not carry the same kind of non-name detail twice: swap duplicates out.
    for h in hands:
        for j, t in enumerate(h):
            if t != "NAME" and h[:j].count(t):
                for other in rng.sample(hands, len(hands)):
                    idx = next((x for x, u in enumerate(other) if u not in h and t not in other), None)
                    if idx is not None:
                        h[j], other[idx] = other[idx], t
                        break
    return hands


# ----------------------------------------------------------------------------------------------
# Checks on the values themselves (fictitious ranges only)
# ----------------------------------------------------------------------------------------------

_FICTITIOUS = {
    "PHONE": re.compile(
        r"(?:07700|\+44 7700|\+44 \(0\)7700) ?900 ?\d{3}|\+447700900\d{3}"
        r"|0(?:113|115|117|121|161) 496 0\d{3}|0191 498 0\d{3}|020 7946 0\d{3}|01632 960\d{3}"
        r"|\+44 20 7946 0\d{3}|\+44 \(0\)113 496 0\d{3}"
        r"|(?:\+1 )?(?:\(\d{3}\) |\d{3}-)555-01\d{2}"),
    "EMAIL": re.compile(r"[a-z0-9._]+@example\.(?:com|org|nhs\.uk)"),
    "SSN": re.compile(r"(?:219-09-9999|987-65-432\d|666-\d{2}-\d{4}|9\d{2}-[0-4]\d-\d{4})"),
    "URL": re.compile(r"(?:https?://)?(?:[\w-]+\.)?example(?:-trust)?\.(?:com|org|nhs\.uk)(?:/\S*)?"),
}


def check_values(records: list[dict]) -> None:
    for r in records:
        for e in r["entities"]:
            t, v = e["type"], e["value"]
            assert r["text"][e["start"]:e["end"]] == v
            if t in _FICTITIOUS:
                assert _FICTITIOUS[t].fullmatch(v), (t, v)
            if t == "NHS_NUMBER":
                assert nhs_valid(v) and (v.startswith("999") or v.replace(" ", "") == "9434765919"), v
            if t == "NAME":
                assert not re.match(r"(?i)(dr|mr|mrs|ms|miss|nurse|sister|prof|doctor)\b", v), v
            assert v == v.strip() and v[-1] not in ".,;:)", (t, v)


def build(fft_dir: Path, n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    comments = sample_comments(load_candidates(fft_dir), n, rng)
    hands = deal(n, rng)
    # Hands with a name go first to the comments that have a phrase to put it in.
    named = [h for h in hands if "NAME" in h]
    unnamed = [h for h in hands if "NAME" not in h]
    ordered = []
    for c in comments:
        pool = named if (has_phrase(c["text"]) and named) or not unnamed else unnamed
        ordered.append(pool.pop(0))
    hands = ordered
    vals = Values(rng)
    records = []
    for c, hand in zip(comments, hands):
        text, ents = inject(c["text"], hand, vals)
        assert 1 <= len(ents) <= 3
        records.append({"id": c["id"], "text": text, "entities": ents, "original": c["text"]})
    check_values(records)
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    ap.add_argument("--out", type=Path, default=Path("evaluation/data/redaction_testset.jsonl"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--n", type=int, default=N_COMMENTS, help="number of comments")
    args = ap.parse_args()
    records = build(args.fft_dir, args.n, args.seed)
    counts = Counter(e["type"] for r in records for e in r["entities"])
    for t, m in MIN_COUNT.items():
        assert counts[t] >= m, f"{t}: {counts[t]} < {m}"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sources = Counter(r["id"].split(":")[0] for r in records)
    print(f"wrote {len(records)} comments, {sum(counts.values())} entities to {args.out}")
    print("sources: " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items())))
    for t in TYPES:
        print(f"  {t:16s} {counts[t]}")


if __name__ == "__main__":
    main()
