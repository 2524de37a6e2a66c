"""Build the held-out redaction test set v2 (evaluation/data/redaction_testset_v2.jsonl).

Real NHS Friends and Family Test comments with invented personal details planted into them, each
detail's exact span and the redaction profiles that must remove it recorded. The set was written
without reading the redaction/recognizer code and must never be used to tune it (see
evaluation/data/redaction_testset_v2.md).

Usage: .venv/bin/python research/redaction_sets/build_redaction_testset_v2.py
       [--fft-dir ../shared/data/nhs_fft] [--out evaluation/data/redaction_testset_v2.jsonl]
       [--seed 20261206] [--n 570]

Deterministic: the same inputs and seed give a byte-identical file (only random.Random(seed) is
used, and nothing depends on set or hash ordering).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
STD = ["standard", "hipaa_safe_harbor"]
HIPAA = ["hipaa_safe_harbor"]
PROFILES = {
    "NAME": STD, "PHONE": STD, "EMAIL": STD, "NHS_NUMBER": STD, "HOSPITAL_NUMBER": STD,
    "POSTCODE": STD, "ZIP": STD, "ADDRESS": STD, "DATE_OF_BIRTH": STD, "URL": STD, "SSN": STD,
    "DATE": HIPAA, "AGE_OVER_89": HIPAA, "TOWN": HIPAA,
}
SLOT_TYPE = {
    "N": "NAME", "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER",
    "PC": "POSTCODE", "ZIP": "ZIP", "AD": "ADDRESS", "DOB": "DATE_OF_BIRTH", "URL": "URL",
    "SSN": "SSN", "DT": "DATE", "AGE": "AGE_OVER_89", "TW": "TOWN",
}
# Minimums the brief asks for (asserted at the end) and the slightly higher targets the dealer aims at.
MINIMUMS = {
    "NAME": 250, "HOSPITAL_NUMBER": 120, "PHONE": 80, "EMAIL": 50, "NHS_NUMBER": 50, "POSTCODE": 40,
    "ZIP": 30, "ADDRESS": 80, "DATE_OF_BIRTH": 40, "URL": 30, "SSN": 20, "DATE": 80,
    "AGE_OVER_89": 40, "TOWN": 60,
}
TARGETS = {
    "NAME": 300, "HOSPITAL_NUMBER": 140, "PHONE": 92, "EMAIL": 58, "NHS_NUMBER": 56, "POSTCODE": 46,
    "ZIP": 35, "ADDRESS": 90, "DATE_OF_BIRTH": 46, "URL": 35, "SSN": 24, "DATE": 92,
    "AGE_OVER_89": 46, "TOWN": 70,
}
NAME_SUB_TARGETS = {"lower": 50, "caps": 38, "initial": 38, "poss": 38, "plain": 136}
NAME_SUB_MIN = {"lower": 40, "caps": 30, "initial": 30, "poss": 30}
ONCE = ("DATE_OF_BIRTH", "NHS_NUMBER", "SSN", "ZIP")
HOSP_SUB_MIN = {"letter": 40, "sep": 30, "nohosp": 30}

# ----------------------------------------------------------------------------------------------
# Hand-written value lists. Every value is invented; none is meant to refer to anyone.
# ----------------------------------------------------------------------------------------------
FEMALE = """Sarah Lucy Jane Margaret Brenda Pat Jean Doreen Sandra Kerry-Ann Ellie-May Anne-Marie Priya
Aisha Fatima Nusrat Harpreet Chloe Olivia Amelia Zoë Siân Niamh Aoife Siobhán Małgorzata Agnieszka
Oksana Ngozi Chidinma Adaeze Yetunde Mei Yuki Linh Leanne Tracey Julie Karen Debbie Shirley Maureen
Edna Gwen Bethan Carys Rhiannon Morag Kirsty Shona Fiona Ruby Holly Amber Rose Dawn Joy Faith
Precious Blessing Chantelle Keisha Jade Kayleigh Shannon Bernadette Philippa Harriet Imogen
Rukhsana Shabnam Parveen Kulwinder Deepa Ananya Noor Layla Yasmin Mariam Hana Ewa Katarzyna
Ileana Beatriz Inés Chiara Sofía Ingrid Astrid Eun-ji Thandiwe Abena Efua Ama Grainne Roisin""".split()  # noqa: SIM905
MALE = """John Dave Kev Gareth Tom Harold Bill Ray Stan Colin Trevor Mohammed Imran Tariq Rajesh Arjun
Kwame Chukwuemeka Oluwaseun Tomasz Piotr Jakub Dmitri Jean-Paul José Björn Seán Dafydd Rhys
Callum Hamish Lewis Jayden Tyrone Leroy Wei Hiroshi Minh Ahmed Yusuf Abdi Mustafa Kofi Kieran
Darren Wayne Craig Gary Barry Derek Keith Clive Nigel Alan Geoff Terry Fred Albert Ernie Reg
Alfie Archie Harvey Oscar Jack Liam Connor Declan Padraig Eoin Iain Fraser Ewan Gurpreet Sukhdev
Bilal Hamza Zain Faisal Omar Ravi Sanjay Vikram Emeka Tunde Segun Kojo Marek Andrzej Luca Matteo
Mateus Diego Javier Lars Sven Nikolai Hyun-woo Kenji Anh Duc Tendai Sipho Jean-Luc Pierre-Louis""".split()  # noqa: SIM905
SURNAMES = """Smith Jones Okafor Patel Khan Begum Hughes Lloyd-Jones Smith-Ebanks O'Connor McAllister
de-Souza Nguyen Kowalczyk Papadopoulos Al-Hashimi Fernández Müller Wojcik Adeyemi Babatunde Mensah
Osei Asante Chaudhry Iqbal Hussain Ahmed Rahman Sandhu Gill Kaur Singh Chen Wong Zhang Tanaka Kim
Park Ivanova Novak Horvath Kaya Yilmaz Rossi Bianchi Silva Pereira Dubois Fontaine Schmidt Fischer
Andersson Nielsen Murphy Byrne Kelly Walsh MacDonald Campbell Fraser Evans Davies Williams Thomas
Roberts Price Pritchard Llewellyn Thompson Robinson Wright Walker Wood Turner Hall Clarke Green
Baker Shaw Ellis Booth Holroyd Ackroyd Sutcliffe Hepworth Brown Taylor Wilson Johnson White Harris
Martin Jackson Lee Moore Cooper Ward Bell Hill Marsh Fox Bishop Parsons Fletcher Fairbrother
Heathcote-Drury Harvey-Smith Ffoulkes Ramsbottom Oyelaran Nwosu Eze Obi Abubakar Haddad Nasser
Farouk Cohen Levy Goldberg Kaplan Russo Costa Santos Gomez Rodriguez Hernández Ortiz Dvořák
Svensson Lindqvist O'Sullivan McLaughlin Ní-Bhriain Van-der-Merwe Oduya Achterberg Szymański
Mahmood Siddiqui Bhattacharya Krishnan Venkataraman Okonkwo Adebayo Boateng Quansah Grünewald
Øvergaard Kowalski Nowak Petrov Sokolova Demir Öztürk Ferreira Mendes Lopes Moreau Lefebvre""".split()  # noqa: SIM905
SURNAMES = [s.replace("de-Souza", "de Souza").replace("Van-der-Merwe", "van der Merwe").replace("Ní-Bhriain", "Ní Bhriain") for s in SURNAMES]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "example.nhs.uk",
                 "mail.example.nhs.uk", "patients.example-trust.nhs.uk", "uk.example.org",
                 "post.example.net", "home.example.com", "example-trust.nhs.uk", "nhs.example.org"]
EMAIL_LOCALS = ["dave1987", "mum.and.dad", "the.hughes.family", "gardeninglover62", "bluebell_44",
                "carer.support", "nanna.pat", "busy.mum3", "rovers_fan_1966", "jb.walker",
                "k-marsh", "s.k.patel", "info", "feedback.team", "tommo77", "house.of.khan",
                "ladybird.2019", "mrs.b.owen", "happy_hiker", "appointments"]

# (town, county or None, postcode outward codes)
UK_TOWNS = [
    ("Mansfield", "Nottinghamshire", ["NG18", "NG19", "NG21"]), ("Nottingham", "Nottinghamshire", ["NG1", "NG3", "NG5", "NG7"]),
    ("Newark", "Nottinghamshire", ["NG24"]), ("Worksop", "Nottinghamshire", ["S80", "S81"]),
    ("Leeds", "West Yorkshire", ["LS6", "LS7", "LS11", "LS17"]), ("Bradford", "West Yorkshire", ["BD3", "BD7", "BD9"]),
    ("Harrogate", "North Yorkshire", ["HG1", "HG2"]), ("York", "North Yorkshire", ["YO10", "YO24", "YO31"]),
    ("Middlesbrough", None, ["TS1", "TS5"]), ("Darlington", "County Durham", ["DL1", "DL3"]),
    ("Durham", "County Durham", ["DH1"]), ("Sunderland", "Tyne and Wear", ["SR2", "SR4"]),
    ("Newcastle upon Tyne", "Tyne and Wear", ["NE1", "NE4", "NE6"]), ("Gateshead", "Tyne and Wear", ["NE8", "NE9"]),
    ("Hartlepool", "County Durham", ["TS24", "TS26"]), ("Manchester", "Greater Manchester", ["M14", "M20", "M8"]),
    ("Stockport", "Greater Manchester", ["SK1", "SK4"]), ("Wigan", "Greater Manchester", ["WN1", "WN5"]),
    ("Liverpool", "Merseyside", ["L8", "L15", "L17"]), ("Birmingham", "West Midlands", ["B13", "B29", "B15"]),
    ("Coventry", "West Midlands", ["CV1", "CV5"]), ("Leicester", "Leicestershire", ["LE2", "LE3", "LE5"]),
    ("Loughborough", "Leicestershire", ["LE11"]), ("Derby", "Derbyshire", ["DE1", "DE22", "DE23"]),
    ("Chesterfield", "Derbyshire", ["S40", "S41"]), ("Sheffield", "South Yorkshire", ["S6", "S10", "S11"]),
    ("Bristol", None, ["BS3", "BS6", "BS16"]), ("Bath", "Somerset", ["BA1", "BA2"]),
    ("Cardiff", None, ["CF10", "CF14", "CF24"]), ("Swansea", None, ["SA1", "SA2"]),
    ("Exeter", "Devon", ["EX1", "EX4"]), ("Plymouth", "Devon", ["PL1", "PL4"]),
    ("Norwich", "Norfolk", ["NR1", "NR2", "NR3"]), ("Ipswich", "Suffolk", ["IP1", "IP4"]),
    ("Cambridge", "Cambridgeshire", ["CB1", "CB4"]), ("Milton Keynes", "Buckinghamshire", ["MK9", "MK10"]),
    ("Reading", "Berkshire", ["RG1", "RG30"]), ("Oxford", "Oxfordshire", ["OX1", "OX4"]),
    ("Brighton", "East Sussex", ["BN1", "BN2"]), ("Southampton", "Hampshire", ["SO14", "SO15"]),
    ("Stoke-on-Trent", "Staffordshire", ["ST1", "ST4"]), ("London", None, ["E1W", "EC1A", "W1A", "N1C", "SE15", "E17", "NW10", "SW9"]),
    ("Edinburgh", None, ["EH1", "EH6", "EH11"]), ("Glasgow", None, ["G1", "G12", "G41"]),
    ("Aberdeen", None, ["AB10", "AB24"]), ("Dundee", None, ["DD1"]), ("Inverness", None, ["IV2"]),
    ("Belfast", "County Antrim", ["BT7", "BT9"]), ("Lincoln", "Lincolnshire", ["LN1", "LN2"]),
    ("Grimsby", "Lincolnshire", ["DN31", "DN32"]), ("Hull", "East Yorkshire", ["HU3", "HU5"]),
    ("Scarborough", "North Yorkshire", ["YO11", "YO12"]), ("Weston-super-Mare", "Somerset", ["BS23"]),
    ("St Albans", "Hertfordshire", ["AL1", "AL3"]), ("Kendal", "Cumbria", ["LA9"]), ("Carlisle", "Cumbria", ["CA1", "CA2"]),
    ("Blackpool", "Lancashire", ["FY1", "FY4"]), ("Preston", "Lancashire", ["PR1", "PR2"]),
    ("Bolton", "Greater Manchester", ["BL1", "BL3"]), ("Huddersfield", "West Yorkshire", ["HD1", "HD2"]),
    ("Wakefield", "West Yorkshire", ["WF1", "WF2"]), ("Doncaster", "South Yorkshire", ["DN1", "DN4"]),
    ("Rotherham", "South Yorkshire", ["S60", "S65"]), ("Barnsley", "South Yorkshire", ["S70", "S75"]),
    ("Ashby-de-la-Zouch", "Leicestershire", ["LE65"]), ("Bishop Auckland", "County Durham", ["DL14"]),
    ("Sutton-in-Ashfield", "Nottinghamshire", ["NG17"]), ("Wrexham", None, ["LL11", "LL13"]),
    ("Aberystwyth", "Ceredigion", ["SY23"]), ("Truro", "Cornwall", ["TR1"]), ("Penzance", "Cornwall", ["TR18"]),
]
VILLAGES = ["Edwinstowe", "Ollerton", "Bramhope", "Kirkby Overblow", "Little Eaton", "Thorpe Willoughby",
            "Upper Boddington", "Great Ayton", "Ashby St Ledgers", "Nether Stowey", "Llanfair", "Balerno"]
OTHER_TOWNS = ["Skegness", "Whitby", "Ripon", "Keswick", "Grantham", "Kettering", "Corby", "Telford",
               "Shrewsbury", "Hereford", "Worcester", "Gloucester", "Cheltenham", "Swindon", "Salisbury",
               "Bournemouth", "Margate", "Canterbury", "Colchester", "Chelmsford", "Luton", "Peterborough",
               "Boston", "Rugby", "Redcar", "Stockton-on-Tees", "Consett", "Hexham", "Alnwick", "Morpeth",
               "Berwick-upon-Tweed", "Llandudno", "Bangor", "King's Lynn", "Newton Aycliffe", "Bridlington",
               "Chicago", "Houston", "San Diego", "Toronto", "Dublin", "Cork", "Lagos", "Karachi", "Warsaw",
               "Krakow", "Lisbon", "Mumbai", "Dhaka", "Kraków", "Accra", "Bucharest"]
STREETS = ["Elm Grove", "Church Lane", "Mill Lane", "Station Road", "Victoria Street", "Albert Terrace",
           "Park View", "Larch Close", "Beech Avenue", "Meadow Way", "Chapel Street", "Kings Road",
           "Queen's Drive", "Orchard Rise", "Willow Crescent", "Hawthorn Gardens", "Brook Street",
           "Granby Street", "Moorland Road", "Cemetery Road", "Sandringham Court", "Ashfield Road",
           "Manor Farm Close", "Nether Hall Lane", "Ty Gwyn Road", "Heol y Bont", "St Mary's Walk",
           "Coppice Mews", "Foxglove Way", "Railway Cottages", "Tenter Row", "Gallowgate", "Back Lane",
           "High Street", "Marlborough Rd", "Sycamore Ave", "Wharf St", "Lilac Cl", "Fern Bank",
           "Low Moor Lane", "Bridge End", "Primrose Hill Road", "Dale View Crescent"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Hillcrest", "The Bungalow", "Cherry Trees",
               "Apartment 12, Mill House", "Flat 2b", "Flat 7", "Room 4, Beech Court", "Unit 3"]
US_PLACES = [("Springfield", "IL", "Illinois", "627"), ("Austin", "TX", "Texas", "787"), ("Portland", "ME", "Maine", "041"),
             ("Portland", "OR", "Oregon", "972"), ("Denver", "CO", "Colorado", "802"), ("Columbus", "OH", "Ohio", "432"),
             ("Albany", "NY", "New York", "122"), ("Brooklyn", "NY", "New York", "112"), ("Atlanta", "GA", "Georgia", "303"),
             ("Phoenix", "AZ", "Arizona", "850"), ("Seattle", "WA", "Washington", "981"), ("Madison", "WI", "Wisconsin", "537"),
             ("Boston", "MA", "Massachusetts", "021"), ("Nashville", "TN", "Tennessee", "372"), ("Richmond", "VA", "Virginia", "232"),
             ("Tampa", "FL", "Florida", "336"), ("Raleigh", "NC", "North Carolina", "276"), ("Boise", "ID", "Idaho", "837"),
             ("Omaha", "NE", "Nebraska", "681"), ("Sacramento", "CA", "California", "958"), ("Pittsburgh", "PA", "Pennsylvania", "152")]
US_STREETS = ["Maple Ave", "Oak St", "Elm Street", "W 8th St", "Harbor View Dr", "Pine Ridge Rd", "Lincoln Blvd",
              "Main St", "Cedar Ln", "Willow Ct", "Park Avenue", "Lakeshore Dr", "Jefferson Pkwy", "N Lamar Blvd",
              "Old Mill Road", "Sunset Terrace", "E 42nd Street", "Magnolia Way"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety eight", 99: "ninety-nine",
             100: "a hundred", 101: "a hundred and one", 102: "one hundred and two"}
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

ROLE_WORDS = {"daughter", "son", "husband", "wife", "mum", "mam", "mom", "mother", "dad", "father", "nan", "nana",
              "gran", "grandma", "grandad", "grandpa", "partner", "sister", "brother", "granddaughter", "grandson",
              "carer", "friend", "niece", "nephew", "aunt", "auntie", "uncle", "baby", "girl", "boy", "lad",
              "nurse", "doctor", "dr", "paramedic", "midwife", "visitor", "physio", "receptionist", "therapist",
              "worker", "coordinator", "cpn", "handler", "driver", "consultant", "matron", "surgeon", "gp",
              "counsellor", "psychologist", "neighbour", "girlfriend", "boyfriend", "cousin", "hca", "technician",
              "student", "one", "stepdad", "stepmum", "fiance", "fiancée"}
TITLES = {"Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Nurse", "Sister", "Prof", "Professor", "Doctor", "DR", "NURSE"}


def nhs_check(d9: str) -> int | None:
    total = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def nhs_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 10 and nhs_check(d[:9]) == int(d[9])


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Values:
    """Generators for planted values; all randomness comes from one seeded Random."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.address_has_town: dict[str, bool] = {}

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    # -- names
    def first(self, g: str) -> str:
        if g == "x":
            g = self.pick("fm")
        return self.pick(FEMALE if g == "f" else MALE)

    def full(self, g: str) -> str:
        f = self.first(g)
        roll = self.r.random()
        if roll < 0.08:
            return f"{f} {self.pick('ABCDEFGHJKLMNPRSTW')}. {self.pick(SURNAMES)}"
        if roll < 0.14:
            return f"{f} {self.pick(SURNAMES)}-{self.pick(SURNAMES[:60])}"
        return f"{f} {self.pick(SURNAMES)}"

    def initial_name(self) -> str:
        a, b = self.pick("ABCDEFGHJKLMNPRSTW"), self.pick("ABCDEFGHJKLMNPRSTW")
        s = self.pick(SURNAMES)
        return self.pick([f"{a}. {s}", f"{a} {s}", f"{a}.{s}", f"{a}.{b}. {s}", f"{a}. {b}. {s}",
                          f"{a}{b} {s}", f"{a}. {s}", f"{a} {s}"])

    def name(self, style: str) -> str:
        if len(style) > 1 and style[-1] in "fmx":
            base, g = style[:-1], style[-1]
        else:
            base, g = style, "x"
        if style in ("f", "m", "x"):
            return self.first(style)
        if base == "f":      # full name  (ff, fm, fx)
            return self.full(g)
        if base == "l":      # lower-case first name (lf, lm, lx)
            return self.first(g).lower()
        if base == "lf":     # lower-case full name (lff, lfm, lfx)
            return self.full(g).lower()
        if style == "s":
            return self.pick(SURNAMES)
        if style == "ls":
            return self.pick(SURNAMES).lower()
        if style == "S":
            return self.pick(SURNAMES).upper()
        if base == "F":      # caps first (Ff, Fm, Fx)
            return self.first(g).upper()
        if base == "FF":     # caps full (FFf, FFm, FFx)
            return self.full(g).upper()
        if style == "i":
            return self.initial_name()
        if style == "I":
            return self.initial_name().upper()
        raise ValueError(style)

    # -- phones (Ofcom drama ranges, US 555-01xx / 555 area code, and invented international numbers)
    def phone(self, style: str = "") -> str:
        r = self.r
        if not style:
            style = self.pick(["mob", "mob", "land", "land", "us", "us", "intl", "intl", "ext"])
        n = r.randrange(1000)
        if style == "mob":
            return self.pick([f"07700 900{n:03d}", f"07700900{n:03d}", f"07700 900 {n:03d}", f"+44 7700 900{n:03d}",
                              f"+44 (0)7700 900{n:03d}", f"+447700900{n:03d}", f"0044 7700 900 {n:03d}",
                              f"07700-900-{n:03d}", f"07700 900{n:03d}", f"+44 7700 900 {n:03d}"])
        if style in ("land", "ext"):
            kind = r.random()
            if kind < 0.55:
                a = self.pick(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151", "0161"])
                mid = "496 0"
                out = self.pick([f"{a} {mid}{n:03d}", f"({a}) {mid}{n:03d}", f"{a} 4960{n:03d}", f"{a}4960{n:03d}",
                                 f"+44 {a[1:]} {mid}{n:03d}", f"{a}-496-0{n:03d}", f"{a} {mid}{n:03d}"])
            elif kind < 0.7:
                out = self.pick([f"020 7946 0{n:03d}", f"(020) 7946 0{n:03d}", f"+44 20 7946 0{n:03d}", f"0207 946 0{n:03d}"])
            elif kind < 0.8:
                out = self.pick([f"0191 498 0{n:03d}", f"(0191) 498 0{n:03d}"])
            elif kind < 0.9:
                out = self.pick([f"01632 960{n:03d}", f"01632 960 {n:03d}", f"(01632) 960{n:03d}"])
            else:
                out = self.pick([f"029 2018 0{n:03d}", f"028 9649 6{n:03d}", f"0808 157 0{n:03d}"])
            if style == "ext":
                e = r.randrange(10, 9999)
                out += self.pick([f" ext. {e}", f" ext {e}", f" x{e}", f" extension {e}", f" Ext: {e}"])
            return out
        if style == "us":
            ac = self.pick(["212", "312", "415", "617", "713", "206", "303", "404", "512", "615", "919"])
            nn = r.randrange(100)
            x, y = r.randrange(200, 1000), r.randrange(10000)
            return self.pick([f"({ac}) 555-01{nn:02d}", f"{ac}-555-01{nn:02d}", f"+1 {ac} 555 01{nn:02d}",
                              f"{ac}.555.01{nn:02d}", f"1-{ac}-555-01{nn:02d}", f"+1 ({ac}) 555-01{nn:02d}",
                              f"(555) {x}-{y:04d}", f"555-{x}-{y:04d}", f"+1 555 {x} {y:04d}"])
        if style == "intl":
            d = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
            return self.pick([f"+33 1 99 00 {d(2)} {d(2)}", f"+91 98765 {d(5)}", f"+353 20 910 {d(4)}",
                              f"+61 2 5550 {d(4)}", f"+49 30 {d(4)} {d(4)}", f"+48 22 {d(3)} {d(2)} {d(2)}",
                              f"+234 803 {d(3)} {d(4)}", f"+92 300 {d(7)}", f"+1 416 555 01{d(2)}",
                              f"+64 21 {d(3)} {d(4)}", f"+27 82 {d(3)} {d(4)}", f"+39 06 {d(4)} {d(4)}",
                              f"00 33 6 99 00 {d(2)} {d(2)}", f"+880 1712 {d(6)}"])
        raise ValueError(style)

    # -- e-mail
    def email(self, name: str | None = None) -> str:
        dom = self.pick(EMAIL_DOMAINS)
        if name:
            parts = [p for p in re.split(r"[\s.]+", ascii_fold(name).lower().replace("'", "")) if p]
            f, l = parts[0], parts[-1]
            if len(parts) == 1:
                l = self.pick(["x", "uk", "home", str(self.r.randrange(1, 99))])
            yy = self.r.randrange(40, 100)
            local = self.pick([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{f}.{l}+nhs", f"{f}{yy}",
                               f"{l}{f[0]}", f"{f}.{l}{yy}", f"{f}-{l}", f"{f[0]}{l}+feedback"])
        else:
            local = self.pick(EMAIL_LOCALS)
            if self.r.random() < 0.3:
                local += str(self.r.randrange(1, 999))
            if self.r.random() < 0.2:
                local += "+" + self.pick(["nhs", "health", "gp", "mum", "forms", "2023"])
        out = f"{local}@{dom}"
        if self.r.random() < 0.06:
            out = out[0].upper() + out[1:].replace("@example", "@Example")
        return out

    # -- NHS number: 40 % in the 999 test range, the rest 4/6/7-prefixed; always a valid mod-11 check
    def nhs(self) -> str:
        while True:
            if self.r.random() < 0.4:
                d9 = "999" + "".join(str(self.r.randrange(10)) for _ in range(6))
            else:
                d9 = self.pick("467") + "".join(str(self.r.randrange(10)) for _ in range(8))
            c = nhs_check(d9)
            if c is not None:
                break
        d = d9 + str(c)
        return self.pick([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d,
                          f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])

    # -- hospital / record / reference numbers
    def hosp(self, style: str) -> str:
        r = self.r
        d = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
        L = lambda k: "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
        trust = self.pick(["RTH", "RWE", "RX1", "RHQ", "RCB", "RR8", "RXF", "R0A", "RTD", "RFR"])
        if style == "hosp":
            return self.pick([f"{L(1)}{d(7)}", f"{L(2)}{d(7)}", f"{trust}{d(7)}", f"{L(2)}{d(2)} {d(5)}", f"{d(7)}",
                              f"{trust}-{d(7)}", f"{L(1)}{d(6)}", f"{d(2)} {d(3)} {d(3)}", f"{d(3)}-{d(3)}-{d(3)}",
                              f"{L(1)}/{d(6)}", f"{L(1).lower()}{d(7)}", f"{L(1)} {d(4)} {d(3)}"])
        if style == "letter":
            return self.pick([f"{L(1)}{d(7)}", f"{L(2)}{d(7)}", f"{trust}{d(7)}", f"{L(2)}{d(2)} {d(5)}",
                              f"{trust}-{d(7)}", f"{L(1)}{d(6)}", f"{L(3)}{d(6)}", f"{L(1)}{d(3)} {d(4)}"])
        if style == "mrn":
            return self.pick([f"{d(3)}-{d(3)}-{d(3)}", f"00{d(6)}", f"MR-{d(7)}", f"{d(4)}-{d(3)}-{d(2)}", f"{d(8)}",
                              f"{d(2)} {d(3)} {d(3)}", f"M{d(8)}", f"{d(3)} {d(3)} {d(3)}"])
        if style == "member":
            return self.pick([f"{L(3)}{d(9)}", f"W{d(9)}", f"{L(3)} {d(4)} {d(4)}", f"MBR-{d(5)}-{d(2)}",
                              f"{L(2)}{d(8)}", f"{L(1)}{d(3)}-{d(3)}-{d(3)}", f"{L(3)}-{d(6)}"])
        if style == "claim":
            return self.pick([f"CLM-{d(3)}-{d(7)}", f"{d(4)}-{d(5)}-{L(1)}", f"C{d(10)}", f"{L(2)}{d(9)}",
                              f"{d(3)}/{d(6)}", f"CL {d(4)} {d(4)}"])
        if style == "booking":
            return self.pick([f"TPT-{d(5)}", f"{d(1)}{L(3)}{d(2)}", f"BK/{d(4)}/{d(2)}", f"PTS {d(6)}", f"{L(2)}{d(6)}",
                              f"{L(6)}", f"{d(8)}", f"{L(3)}-{d(4)}-{L(2)}"])
        if style == "case":
            return self.pick([f"{d(2)}/{d(5)}", f"CASE-{d(5)}", f"C-{d(4)}-{d(4)}", f"{d(7)}", f"{L(2)}/{d(4)}/{d(3)}",
                              f"{d(3)} {d(4)}", f"CX{d(6)}"])
        if style == "ref":
            return self.pick([f"CX-{d(4)}-{d(4)}", f"P/{d(4)}/{d(4)}", f"COMP-{d(5)}", f"REF{d(5)}", f"{d(2)}-{d(6)}",
                              f"{L(3)}{d(5)}", f"{d(4)} {d(4)}", f"PALS/{d(5)}", f"{L(1)}{d(2)}-{d(5)}"])
        if style == "account":
            return self.pick([f"{d(8)}", f"ACC-{d(4)}-{d(4)}", f"{d(2)}-{d(4)}-{d(3)}", f"{L(2)}{d(8)}"])
        if style == "policy":
            return self.pick([f"PL-{d(7)}", f"POL {d(5)}-{d(2)}", f"{L(3)}/{d(6)}/{d(2)}", f"{d(3)}{L(1)}{d(5)}"])
        if style == "job":
            return self.pick([f"INC-{d(6)}", f"J{d(7)}", f"{d(9)}", f"{L(2)}-{d(3)}-{d(4)}", f"CAD {d(6)}"])
        if style == "id":
            return self.pick([f"{L(1)}{d(7)}", f"{d(4)}-{d(4)}", f"{L(2)}-{d(6)}", f"{d(6)}", f"ID{d(7)}",
                              f"{L(1)}{d(2)} {d(3)} {d(3)}"])
        if style == "hash":
            return self.pick([f"{d(6)}", f"{d(7)}", f"{d(4)}-{d(4)}", f"{L(1)}{d(6)}", f"{d(3)}-{d(4)}"])
        raise ValueError(style)

    # -- postcodes, ZIPs, addresses
    def inward(self) -> str:
        return f"{self.r.randrange(10)}{self.pick(INWARD_LETTERS)}{self.pick(INWARD_LETTERS)}"

    def postcode(self, outward: str | None = None, plain: bool = False) -> str:
        if outward is None:
            outward = self.pick(self.pick(UK_TOWNS)[2])
        pc = f"{outward} {self.inward()}"
        if plain:
            return pc
        roll = self.r.random()
        if roll < 0.08:
            return pc.replace(" ", "")
        if roll < 0.14:
            return pc.lower()
        return pc

    def zipcode(self, prefix: str | None = None) -> str:
        if prefix is None:
            prefix = self.pick(US_PLACES)[3]
        z = f"{prefix}{self.r.randrange(100):02d}"
        if self.r.random() < 0.3:
            z += f"-{self.r.randrange(10000):04d}"
        return z

    def house_no(self) -> str:
        n = self.r.choice([self.r.randrange(1, 40), self.r.randrange(1, 40), self.r.randrange(40, 400)])
        return f"{n}{self.pick(['', '', '', '', '', 'a', 'A', 'b'])}"

    def address(self, style: str = "") -> str:
        if not style:
            style = self.pick(["uk", "uk", "uk", "uk", "uk", "uk", "uknt", "us", "us"])
        if style == "us":
            city, st, state, zp = self.pick(US_PLACES)
            num = self.r.randrange(1, 9999)
            street = self.pick(US_STREETS)
            unit = self.pick(["", "", "", f" Apt {self.r.randrange(1, 30)}{self.pick('ABCD')}", f", Apt {self.r.randrange(1, 400)}",
                              f" Unit {self.r.randrange(1, 20)}", f" Suite {self.r.randrange(100, 900)}"])
            stw = st if self.r.random() < 0.8 else state
            z = self.zipcode(zp)
            out = self.pick([f"{num} {street}{unit}, {city}, {stw} {z}", f"{num} {street}{unit}, {city} {stw} {z}",
                             f"{num} {street}{unit}, {city}, {stw} {z}"])
            self.address_has_town[out] = True
            return out
        if style == "uknt":
            out = f"{self.house_no()} {self.pick(STREETS)}"
            if self.r.random() < 0.3:
                out = f"Flat {self.r.randrange(1, 20)}, {out}"
            self.address_has_town[out] = False
            return out
        town, county, outs = self.pick(UK_TOWNS)
        pc = self.postcode(self.pick(outs), plain=True)
        street = self.pick(STREETS)
        num = self.house_no()
        shape = self.r.randrange(10)
        if shape == 0:
            out = f"{num} {street}, {town}"
        elif shape == 1:
            out = f"{num} {street}, {town} {pc}"
        elif shape == 2 and county:
            out = f"Flat {self.r.randrange(1, 20)}, {num} {street}, {town}, {county} {pc}"
        elif shape == 3:
            out = f"{self.pick(HOUSE_NAMES)}, {street}, {self.pick(VILLAGES)}, {town} {pc}"
        elif shape == 4:
            out = f"{num} {street} {town} {pc}"
        elif shape == 5:
            out = f"{num} {street}, {town}, {pc}"
        elif shape == 6:
            out = f"{num} {street}, {town}".lower()
        elif shape == 7 and county:
            out = f"{num} {street}, {town}, {county}"
        elif shape == 8:
            out = f"{num} {street}, {self.pick(VILLAGES)}, {town}"
        else:
            out = f"{num} {street}, {town}, {pc}" if self.r.random() < 0.5 else f"{num} {street}, {town}"
        self.address_has_town[out] = True
        return out

    def address_multiline(self) -> str:
        town, _county, outs = self.pick(UK_TOWNS)
        out = f"{self.house_no()} {self.pick(STREETS)}\n{town}\n{self.postcode(self.pick(outs), plain=True)}"
        self.address_has_town[out] = True
        return out

    # -- dates
    def _ymd(self, y0: int, y1: int) -> dt.date:
        start = dt.date(y0, 1, 1).toordinal()
        return dt.date.fromordinal(self.r.randrange(start, dt.date(y1, 12, 31).toordinal() + 1))

    @staticmethod
    def ordinal(n: int) -> str:
        suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf}"

    def dob(self, style: str = "") -> str:
        y0, y1 = {"old": (1924, 1958), "baby": (2016, 2024)}.get(style, (1924, 2021))
        t = self._ymd(y0, y1)
        d, m, y = t.day, t.month, t.year
        o = self.ordinal(d)
        return self.pick([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
                          f"{d:02d}/{m:02d}/{y % 100:02d}", f"{o} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1]} {y}",
                          f"{MONTHS[m - 1]} {d}, {y}", f"{MONTHS[m - 1]} {o} {y}", f"{y}-{m:02d}-{d:02d}",
                          f"{d:02d}-{MON3[m - 1]}-{y}", f"{o} of {MONTHS[m - 1]} {y}", f"{d} {MON3[m - 1]} {y % 100:02d}",
                          f"{m:02d}/{d:02d}/{y}", f"{d}.{m}.{y % 100:02d}", f"{d} {MON3[m - 1]} {y}"])

    def date(self, style: str = "") -> str:
        t = self._ymd(2019, 2024)
        d, m, y = t.day, t.month, t.year
        o, wd, M = self.ordinal(d), WEEKDAYS[t.weekday()], MONTHS[m - 1]
        if style == "my":
            return self.pick([f"{M} {y}", f"{MON3[m - 1]} {y}", f"{M} '{y % 100:02d}", f"{M}, {y}"])
        if style == "dm":   # day and month, no year
            return self.pick([f"{o} {M}", f"{d} {M}", f"{M} {o}", f"{o} of {M}", f"{d} {MON3[m - 1]}", f"{wd} {o} {M}",
                              f"{wd} the {o} of {M}", f"{MON3[m - 1]} {d}"])
        return self.pick([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y % 100:02d}",
                          f"{wd} {d} {M} {y}", f"{o} {M} {y}", f"{d} {M} {y}", f"{M} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                          f"{d}.{m}.{y % 100:02d}", f"{d:02d}.{m:02d}.{y}", f"{wd}, {o} {M} {y}", f"{d} {MON3[m - 1]} {y}",
                          f"{d}-{m}-{y}", f"{o} {M}", f"{d} {M}", f"{o} of {M}", f"{wd} {o} {M}",
                          f"{MON3[m - 1]} {d} {y}", f"{o} of {M} {y}"])

    def age(self, words_ok: bool = True) -> str:
        n = self.r.choice(list(range(90, 100)) * 3 + list(range(100, 107)))
        if words_ok and n in NUM_WORDS and self.r.random() < 0.2:
            return NUM_WORDS[n]
        return str(n)

    def town(self, style: str = "") -> str:
        if style == "uk":
            return self.pick(UK_TOWNS)[0] if self.r.random() < 0.75 else self.pick(OTHER_TOWNS[:36])
        return self.pick(UK_TOWNS)[0] if self.r.random() < 0.6 else self.pick(OTHER_TOWNS)

    def url(self) -> str:
        r = self.r
        host = self.pick(["www.example.com", "example.org", "www.example.nhs.uk", "blog.example.net",
                          "forms.example-trust.nhs.uk", "www.example-trust.nhs.uk", "my.example.org",
                          "example.com", "photos.example.net", "www.example.org"])
        path = self.pick(["/feedback", "/my-story", "/patients/ward-12", "/blog/2023/nan-care", "/complaints#form",
                          f"/p/{r.randrange(10000, 99999)}", f"/story?id={r.randrange(1000, 9999)}",
                          "/fundraising/for-mum", "/u/sandra.k/posts/44", "/watch?v=Qx7rT2bLm0", "/pages/thank-you-nurses",
                          f"/reviews/{r.randrange(100, 999)}-ambulance", "/", "", "/contact-us.html",
                          f"/albums/{r.randrange(100, 999)}?share=true&ref=fft", "/docs/letter.pdf"])
        scheme = self.pick(["https://", "https://", "http://", "", ""])
        if not scheme and not host.startswith("www."):
            scheme = "https://"
        return f"{scheme}{host}{path}"

    def ssn(self) -> str:
        # plausible-looking but invented: area 001-899 except 666, group 01-99, serial 0001-9999
        while True:
            a = self.r.randrange(1, 900)
            if a != 666:
                break
        g, s = self.r.randrange(1, 100), self.r.randrange(1, 10000)
        return self.pick([f"{a:03d}-{g:02d}-{s:04d}"] * 4 + [f"{a:03d} {g:02d} {s:04d}"])


# ----------------------------------------------------------------------------------------------
# Hand-written planted sentences. Slots: {N:style} name, {PH:style} phone, {EM} / {EM:n} (built from
# the last name in the sentence), {NHS}, {HN:style}, {PC}, {ZIP}, {AD} / {AD:us} / {AD:uk} / {AD:uknt} /
# {AD:ml}, {DOB}, {URL}, {SSN}, {DT} / {DT:my} / {DT:dm}, {AGE} / {AGE:d} (digits only), {TW}.
# Name styles: f/m/x first name; ff/fm/fx full; lf/lm/lx lower-case first; lff/lfm lower full;
# s surname; ls lower surname; S caps surname; Ff/Fm/Fx caps first; FFf/FFm/FFx caps full; i initials.
# Leading '^' = only at the start of a comment, '$' = only at the end.
# ----------------------------------------------------------------------------------------------
NAME_T = {
    "plain": [
        "Dr {N:s} was very thorough and explained everything.", "Please pass my thanks on to {N:fx}.",
        "{N:f} on reception was lovely.", "Special thanks to {N:x} and {N:x} who looked after me.",
        "My husband {N:fm} was with me the whole time.", "{N:m} the driver was brilliant.",
        "Our paramedic, {N:x}, kept me calm.", "I'm writing on behalf of my mother, {N:ff}.",
        "Mr {N:s} the consultant was excellent.", "$Regards, {N:fx}", "$From {N:fx}", "$Thanks, {N:x} x",
        "$Kind regards\n{N:fx}", "$- {N:fx}, daughter of the patient", "^Re: {N:fx}.",
        "Nurse {N:x} on the night shift deserves a medal.", "Ask for Sister {N:s} if you need anything.",
        "My social worker {N:ff} sorted everything out.", "{N:fx} from the memory clinic rang me back the same day.",
        "Professor {N:s} took time to answer every question.", "Midwife {N:f} was amazing with my partner {N:f}.",
        "My care coordinator {N:x} has been a lifeline.", "Health visitor {N:f} came out twice.",
        "I was seen by {N:f}, I think she was a student nurse.", "Dr. {N:s} and Dr {N:s} were both very kind.",
        "Thank you to {N:fx} in the discharge lounge.", "{N:x} from the crisis team phoned every day.",
        "Both {N:m} and {N:f} on the crew were really kind.", "Mrs {N:s} on the front desk was helpful.",
        "Doctor {N:s} listened to me properly.", "My key worker is {N:ff} and she is fab.",
        "Could {N:x} please get a mention in the staff newsletter?", "^Feedback about my dad, {N:fm}.",
        "$Written by {N:fx} (carer)", "My wife {N:ff} filled this in for me as my eyes are bad.",
        "Huge thanks to the crew, {N:m} and {N:m}, who got me to hospital.",
        "{N:fx} in pharmacy sorted my prescription when nobody else could.",
        "My son {N:m} and his wife {N:f} were kept informed throughout.",
        "Can someone from the team call {N:fx}, my daughter, as she deals with my affairs?",
        "Sister {N:s} runs a tight ship and it shows.", "The OT, {N:f}, arranged rails for the bathroom.",
        "Staff nurse {N:ff} went above and beyond.", "$Many thanks, {N:ff} and family",
        "I asked for {N:x} again because she knows my history.", "{N:x} and {N:x} on the 111 line were patient with me.",
    ],
    "lower": [
        "my daughter {N:lf} came with me and they let her stay.", "nurse {N:lx} was lovely.",
        "My husband {N:lm} couldn't fault them.", "the driver {N:lm} helped me right to the door.",
        "Thank you paramedic {N:lx}.", "My son {N:lm} rang 111 for me.", "my mum {N:lf} was treated with dignity.",
        "My nan {N:lf} has dementia and they were so patient with her.", "midwife {N:lf} was amazing.",
        "My carer {N:lf} said it was the best service she had seen.", "physio {N:lx} gave me exercises that actually work.",
        "My partner {N:lx} was allowed to stay.", "my grandson {N:lm} was so well looked after.",
        "dr {N:ls} was really kind.", "doctor {N:ls} explained it all twice.", "me and my wife {N:lf} are grateful.",
        "health visitor {N:lf} is always on the end of the phone.", "call handler {N:lx} stayed on the phone until the crew arrived.",
        "My friend {N:lx} drove me there.", "My brother {N:lm} is autistic and they adapted everything for him.",
        "my little girl {N:lf} was scared but the nurses were great.", "receptionist {N:lf} found me a chair.",
        "my dad {N:lfm} was treated like a person not a number.", "thanks to nurse {N:lff} for everything.",
        "my cpn {N:lx} has been brilliant.", "My sister {N:lf} came with me to every appointment.",
        "my uncle {N:lm} was kept comfortable right to the end.", "matron {N:lf} sorted it out straight away.",
        "my granddaughter {N:lf} translated for me.", "My baby {N:lx} was born here and the care was fantastic.",
    ],
    "caps": [
        "THANK YOU TO DR {N:S} AND HIS TEAM.", "NURSE {N:Fx} WAS AMAZING.", "PLEASE PASS MY THANKS TO {N:FFx}.",
        "MY HUSBAND {N:Fm} SAYS THANK YOU TOO.", "{N:Fm} AND {N:Ff} ON THE CREW WERE BRILLIANT!",
        "SPECIAL MENTION TO {N:Ff} ON RECEPTION.", "DRIVER {N:Fm} WAS SO KIND.",
        "I AM WRITING ON BEHALF OF MY MUM {N:FFf}.", "DR {N:S} IS THE BEST DOCTOR I HAVE EVER HAD.",
        "$FROM {N:FFx}", "^PATIENT: {N:FFx}.", "MY DAUGHTER {N:Ff} WAS WITH ME.", "ASK FOR SISTER {N:S}.",
        "{N:Fx} FROM THE CRISIS TEAM SAVED MY LIFE.", "MR {N:S} DID MY OPERATION AND I AM SO GRATEFUL.",
        "PLEASE CALL MY SON {N:FFm}.", "THANK YOU {N:Ff} AND {N:Ff}!!", "PARAMEDIC {N:Fx} WAS FANTASTIC.",
        "I WANT TO THANK {N:FFx} PERSONALLY.", "MRS {N:S} ON THE DESK WAS VERY RUDE.",
        "NO THANKS TO DR {N:S} WHO DID NOT LISTEN.", "{N:FFx} IS A CREDIT TO THE NHS.",
    ],
    "initial": [
        "Dr {N:i} was very thorough.", "$Signed, {N:i}", "Mrs {N:i} on the desk was lovely.",
        "Thanks to {N:i} and the whole team.", "My consultant Mr {N:i} explained the options clearly.",
        "${N:i} (patient)", "The letter was signed by Dr {N:i} but I never met them.",
        "I saw {N:i}, the nurse practitioner, who was excellent.", "$Yours sincerely, {N:i}",
        "Please forward this to Ms {N:i}.", "My GP, Dr {N:i}, referred me quickly.",
        "The physio ({N:i}) was great.", "Miss {N:i} the surgeon was reassuring.",
        "^For the attention of {N:i}.", "Prof {N:i} is the best in the country.",
        "My appointment was with {N:i} and she was running late but apologised.",
    ],
    "poss": [
        "Dr {N:s}'s explanation was really clear.", "{N:x}'s kindness made all the difference.",
        "My son {N:m}'s appointment was cancelled twice.", "Nurse {N:x}'s sense of humour kept me going.",
        "{N:fx}'s team were excellent.", "my daughter {N:lf}'s school were told without our consent.",
        "It was {N:f}'s first shift and she was brilliant.", "Mr {N:s}'s clinic always runs on time.",
        "I went in for my husband {N:m}'s operation.", "Sister {N:s}’s ward is spotless.",
        "{N:m}'s driving was so smooth I nearly fell asleep.", "My wife {N:f}'s care package was sorted quickly.",
        "Dr {N:s}’s secretary never answers the phone.", "We were in {N:x}'s group on Tuesdays and it helped.",
        "my mum {N:lf}'s carers were never told.", "{N:S}'S TEAM WERE AMAZING.",
        "Please thank {N:f}'s colleagues too.", "I've been on Dr {N:i}'s list for years.",
    ],
}
PHONE_T = [
    "Please call me on {PH}.", "My number is {PH:mob} if anyone wants to discuss this.",
    "You can reach my daughter {N:f} on {PH:mob}.", "I rang {PH:land} about six times and nobody answered.",
    "Call me back on {PH} please.", "Text me on {PH:mob}.", "Home: {PH:land}, mobile: {PH:mob}.",
    "My son lives in the US, his number is {PH:us}.", "Contact my sister abroad on {PH:intl}.", "$Tel {PH}",
    "They kept ringing {PH:mob} which is my old number.", "If you need more details ring {PH:ext} and ask for {N:x}.",
    "$(mob. {PH:mob})", "My GP surgery number is {PH:land} if you want to check.", "Happy to talk, {PH}.",
    "$WhatsApp {PH:mob}", "I can be contacted at {PH:land} (evenings).", "The team called me from {PH:ext}.",
    "Please don't use {PH:land} any more, it's {PH:mob} now.", "$ph: {PH}", "My husband works away, his mobile is {PH:mob}.",
    "My mum is visiting from abroad and her phone is {PH:intl}.", "My son in Australia rang you on {PH:intl}.",
    "Please call my brother on {PH:intl}, he is my next of kin.", "Our number back home is {PH:intl}.", "My US cell is {PH:us} while I'm over there.",
    "I was told to ring {PH:ext} and it just rang out.", "best number to get me is {PH}",
    "The pharmacy on {PH:land} were more helpful than the surgery.", "My carer's number is {PH:mob}.",
    "Phone me on {PH:mob} or {PH:land} any time after 2pm.",
]
EMAIL_T = [
    "Email me at {EM}.", "My email address is {EM} if you want to follow up.", "$- {N:fx}, {EM:n}",
    "Please send the letter to {EM} as I don't get my post.", "I emailed {EM} twice and got no reply.",
    "You can contact my daughter {N:ff} at {EM:n}.", "$email: {EM}", "Reply to {EM} please.",
    "Contact me on {EM} or {PH}.", "My carer's email is {EM}.", "Send the results to {EM}, not my old address.",
    "I put my email ({EM}) on the form but nobody used it.", "Write to me at {EM} with any questions.",
    "My son {N:fm} ({EM:n}) is my next of kin.", "The appointment letter went to {EM} which I never check.",
    "I'd like a copy of my notes sent to {EM}.", "${EM}", "Email {EM} if you want to know more about what happened.",
    "My e-mail: {EM}", "Details were sent from {EM} to the ward but nobody read them.",
]
NHS_T = [
    "My NHS number is {NHS}.", "$NHS no. {NHS}", "They couldn't find me on the system even though I gave my NHS number ({NHS}).",
    "^Patient: {N:fx}, NHS number {NHS}.", "NHS#{NHS}", "For reference my nhs number is {NHS}.",
    "My husband's NHS number is {NHS} if you need to look into this.", "$NHS No: {NHS}", "{NHS} is my NHS number.",
    "Quoting NHS number {NHS}.", "Mum's NHS number: {NHS}.", "nhs {NHS}", "^NHS number - {NHS} - DOB {DOB}.",
    "I had to give my NHS number, {NHS}, three times on the phone.", "My daughter's NHS no is {NHS}.",
    "(NHS number {NHS})", "Please check NHS {NHS} as the records are wrong.",
]
HOSP_T = [
    "My hospital number is {HN:hosp}.", "$Hospital no. {HN:hosp}", "MRN {HN:mrn}", "Patient ID: {HN:id}",
    "Ref: {HN:ref}", "Complaint ref {HN:ref} still hasn't been answered.", "Booking reference {HN:booking} was lost somehow.",
    "My case number is {HN:case}.", "Account no. {HN:account}", "Policy number {HN:policy}.", "Member ID {HN:member}",
    "Claim #{HN:claim}", "Claim number {HN:claim} was rejected for no reason.", "Patient #{HN:hash}",
    "PALS ref {HN:ref}.", "^Re: {N:fx} ({HN:letter})", "${N:fx}, {HN:letter}", "My unit number is {HN:hosp}.",
    "Transport booking {HN:booking} never turned up.", "Incident number {HN:job}.", "Case ref {HN:case}.",
    "my patient number is {HN:hosp}", "The number on my wristband was {HN:letter}.",
    "Medical record number: {HN:mrn}.", "Your ref {HN:ref}, my ref {HN:ref}.", "Referral ID {HN:id}.",
    "Appointment ref {HN:booking}.", "My son's hospital number is {HN:hosp}.", "I had to quote {HN:letter} every time I rang.",
    "ID {HN:id}", "Wheelchair service order no. {HN:ref} is still outstanding.", "My insurance member number is {HN:member}.",
    "The US hospital gave me MRN {HN:mrn} and I need the records sent over.", "Job no {HN:job}",
    "Please look at case {HN:case} before you reply.", "hosp no {HN:hosp}", "My daughter's patient no. is {HN:letter}.",
    "Records are under {HN:letter}.", "PTS booking number {HN:booking}.", "Reference number {HN:ref} from my last complaint.",
    "Our policy no is {HN:policy} and they still wanted cash.", "Member # {HN:member}.",
    "The claim ({HN:claim}) has been open for three months.", "Unit no. {HN:letter}", "Hosp. No: {HN:hosp}",
    "My health insurance ID is {HN:member}.", "Account number {HN:account} was charged twice for parking.",
]
PC_T = [
    "We live in {PC}.", "My postcode is {PC} and the ambulance still went to the wrong street.",
    "The sat nav took the crew to {PC} instead.", "(postcode {PC})", "Transport couldn't find {PC} so I was late.",
    "I'm in {PC}, which apparently is outside your area.", "$post code: {PC}", "Moved to {PC} and had to re-register.",
    "Anyone living in {PC} should get the same service.", "They said {PC} wasn't covered by the team.",
    "Pick-up was from {PC}.", "my post code is {PC}", "We are at {PC}, right at the edge of the county.",
    "The letter had {PC} on it but that's not where we live any more.", "Postcode {PC} if that helps.",
    "The driver didn't know {PC} at all.", "Nobody would come out to {PC} after 6pm.",
]
ZIP_T = [
    "I'm visiting from the US, zip {ZIP}.", "My home ZIP code is {ZIP} in case the insurer asks.",
    "The billing form wanted a zip so I put {ZIP}.", "My daughter lives in the States (zip code {ZIP}).",
    "(US zip {ZIP})", "My travel insurance is registered to zip {ZIP}.", "$ZIP: {ZIP}",
    "We're over from America, zip {ZIP}, and the staff were so welcoming.", "The US address form only took my ZIP, {ZIP}.",
    "Send the bill to zip code {ZIP} please.", "I gave them my zip ({ZIP}) but it wouldn't accept it.",
    "Our ZIP is {ZIP}.",
]
ADDR_T = [
    "I live at {AD:uk}.", "My address is {AD:uk} if you need to send anything.", "Please send letters to {AD:uk}, not my old address.",
    "The ambulance went to {AD:uk} instead of our house.", "Pick up was from {AD:uk}.", "$Address: {AD:uk}",
    "${N:fx}\n{AD:ml}", "We moved to {AD:uk} in the summer.", "My mum lives at {AD:uk} on her own.",
    "Letters keep going to {AD:uk}, which we left years ago.", "The transport dropped me back at {AD:uk} without checking I could get in.",
    "Correspondence to {AD:uk} please.", "I'm staying with my daughter at {AD:us} while I recover.",
    "My home address is {AD:us}.", "We're visiting from the States, home is {AD:us}.", "They had my address as {AD:uk} which is wrong.",
    "The key safe is by the front door at {AD:uk}.", "Our house is {AD:uk}, the one with the blue door.",
    "I'm at {AD:uknt} now, not the old flat.", "Please update my address to {AD:uknt}.", "Carers come to {AD:uk} twice a day.",
    "My US address is {AD:us} for the insurance.", "The crew found {AD:uk} easily.", "Our new address: {AD:uk}",
    "Mum moved into {AD:uknt} last year and the records still show her old address.",
]
DOB_T = [
    "My date of birth is {DOB}.", "DOB {DOB}", "They had my date of birth wrong, it's {DOB}.",
    "I was born on {DOB:old} so I am not as quick as I was.", "^Patient: {N:fx}, DOB {DOB}.", "d.o.b. {DOB}",
    "My dad (born {DOB:old}) was kept waiting for hours.", "Date of birth: {DOB}", "Mum's dob is {DOB:old}.",
    "(DoB {DOB})", "^DOB: {DOB}, NHS no {NHS}.", "$born {DOB}", "My son {N:m}, date of birth {DOB}, was seen quickly.",
    "The form asked for my date of birth ({DOB}) three times.", "I'm a pensioner, born {DOB:old}.",
    "Date of Birth - {DOB}", "My husband {N:fm}, DOB {DOB:old}, is still waiting for a letter.",
    "Baby born on {DOB:baby} and the midwives were wonderful.", "They mixed me up with someone else; my DOB is {DOB}.",
]
URL_T = [
    "I found the details on {URL}.", "I've posted about this at {URL}.", "My blog about Mum's care is {URL}.",
    "See {URL} for the photos.", "The form at {URL} didn't work on my phone.", "({URL})",
    "My fundraising page for the ward: {URL}", "Our story is on {URL} if you'd like to read it.",
    "The link {URL} in the letter was broken.", "I left a review at {URL} as well.",
    "Info on {URL} was out of date.", "$More here: {URL}", "I used the online form ({URL}) to book.",
]
SSN_T = [
    "My husband is American and they asked for his social security number ({SSN}) which was odd.", "SSN {SSN}",
    "My social security number is {SSN} for the insurance claim.", "I'm a US citizen, SSN: {SSN}.",
    "They wrote down my SS# {SSN} instead of my NHS number.", "$Social Security No. {SSN}",
    "The US insurer wanted my SSN, which is {SSN}.", "My social security no is {SSN} if billing needs it.",
    "Please don't ask for my SSN ({SSN}) on an open form again.", "social security {SSN}",
]
DATE_T = [
    "I was seen on {DT}.", "My appointment was on {DT} and nobody turned up.", "We went in on {DT} and came home two days later.",
    "On {DT} my husband had a fall.", "The crew came out on {DT}.", "This is about my visit on {DT}.",
    "$Discharged {DT}.", "Since {DT} I have been waiting for a call back.", "I called 111 on {DT} at about 3am.",
    "My operation is booked for {DT}.", "Between {DT} and {DT} I phoned four times.", "$Visited {DT}.",
    "Back in {DT:my} I was referred.", "I've been under the team since {DT:my}.", "On {DT:dm} the transport was two hours late.",
    "^{DT}: first appointment.", "It was {DT:dm} and the heating on the ward was off.", "Referred {DT}, still not seen.",
    "The letter dated {DT} arrived after the appointment.", "We were admitted {DT} via A&E.",
    "Started the group on {DT:dm} and finished in {DT:my}.", "Seen {DT}.", "My son's birthday party was {DT:dm} and we missed it because of the wait.",
    "Follow up is on {DT} apparently.", "The home visit on {DT:dm} was cancelled without telling us.",
]
AGE_T = [
    "My nan is {AGE} and they treated her with such dignity.", "Not bad for someone who is {AGE}!",
    "My dad, aged {AGE}, was left on a trolley for hours.", "My {AGE:d}-year-old mum was terrified and they calmed her.",
    "She's {AGE} and still sharp as a tack.", "I am {AGE:d} years old and live alone.", "At {AGE} I didn't expect to be sent home at midnight.",
    "My great-grandmother ({AGE:d}) was looked after beautifully.", "He turned {AGE} last month.", "my husband is {AGE:d} yrs",
    "{AGE:d} years young and they still listened to me!", "A {AGE:d} year old lady should not be left in a corridor.",
    "My aunt, who will be {AGE} next month, was sent home without a care plan.", "Grandad is {AGE} and hates hospitals.",
    "I'm {AGE:d}, so getting to the clinic is hard.", "My mother-in-law is {AGE:d} and has dementia.",
    "Being {AGE} she needs a bit more time.", "Patient is {AGE:d} y/o with poor mobility.",
]
TOWN_T = [
    "We had to go all the way to {TW} for a scan.", "The hospital in {TW} was much better.", "I've recently moved from {TW}.",
    "The ambulance came from {TW} because there were none locally.", "{TW:uk} General was rammed.",
    "They sent me to the walk-in centre in {TW}.", "I was on holiday in {TW} when it happened.", "I had to get two buses to {TW}.",
    "Transport from {TW} to the clinic took two hours.", "It would be better if there was a clinic in {TW}.",
    "Compared with {TW} this service is brilliant.", "We travelled down from {TW}.", "My son drove up from {TW} to be with me.",
    "Staff at {TW} were lovely.", "Please open a hub in {TW}.", "I used to be under the team in {TW}.",
    "My family are all in {TW} so visiting was hard.", "The crew were from {TW} and didn't know the area.",
    "It took three hours to get back to {TW}.", "The service in {TW} is much quicker.",
]
COMBO_T = [
    "Please contact my daughter {N:ff} on {PH:mob} or {EM:n}.", "^Patient: {N:fx}, DOB {DOB}, NHS {NHS}.",
    "^Re: {N:fm}, hospital number {HN:hosp}, born {DOB:old}.", "I live at {AD:uk} and my number is {PH:land}.",
    "On {DT} my {AGE:d}-year-old dad was taken to {TW}.", "My mum {N:f} is {AGE} and lives alone in {TW}.",
    "${N:fx} | {EM:n} | {PH}", "I was visiting family in {TW} on {DT} when I fell.",
    "${N:ff}\n{AD:ml}\n{PH:mob}", "My husband {N:fm} (NHS {NHS}) was seen on {DT}.",
    "We came over from {TW} on {DT:dm} to see my nan, who is {AGE}.", "^Re: Mrs {N:i}, MRN {HN:mrn}, DOB {DOB}.",
    "I'm American (SSN {SSN}, zip {ZIP}) and was treated really well.", "Send letters to {AD:uk}, or email {EM}.",
    "$Contact: {N:fx}, {PH}, {PC}", "My dad {N:lm} is {AGE:d} and lives in {TW}.",
    "On {DT} Dr {N:s} told us there was nothing more to do.", "{N:fx} (ref {HN:ref}) phoned me on {DT:dm}.",
]
# Clauses attached before a sentence's full stop
PRAISE = r"(?i)\b(?:staff|nurses?|team|crews?|everyone|people|paramedics?|drivers?|helpful|kind|friendly|caring|lovely|amazing|brilliant|excellent|fantastic|great|wonderful|thank\w*|professional|supportive)\b"
EVENT = r"(?i)\b(?:came|arrived|seen|went|took|called|rang|phoned|visited|treated|attended|admitted|discharged|waited|had to wait|turned up|was sent|were sent|was taken)\b"
PLACE = r"(?i)\b(?:seen|treated|service|care|staff|clinic|hospital|ambulance|visit|appointment|ward|team|transport|centre)\b"
CARE = r"(?i)\b(?:care|help|support|service|patien\w*|time|looked after|kind|treated|listened)\b"
ANY = r"."
# Clauses attached before a sentence's full stop: (clause, what the sentence must contain)
CLAUSE_T = {
    "NAME": [(", especially {N:x}", PRAISE), (" - thank you {N:x}!", PRAISE), (", thanks to nurse {N:lx}", PRAISE),
             (" (thank you Dr {N:s})", PRAISE), (", particularly {N:fx} on the front desk", PRAISE),
             (", {N:x} in particular", PRAISE), (", and {N:x}'s team", PRAISE), (" thanks to DR {N:S}", PRAISE),
             (", especially my physio {N:lx}", PRAISE), (" - {N:x}'s idea", CARE)],
    "DATE": [(" on {DT}", EVENT), (" when I was there on {DT}", PLACE), (" ({DT})", EVENT), (" on {DT:dm}", EVENT),
             (" in {DT:my}", EVENT)],
    "TOWN": [(" at the {TW:uk} clinic", PLACE), (" in {TW}", PLACE), (", unlike {TW}", PRAISE), (" at {TW}", PLACE),
             (" here in {TW}", PLACE)],
    "AGE_OVER_89": [(" even though I'm {AGE}", EVENT), (" for my dad who is {AGE:d}", CARE), (", and I am {AGE}", CARE)],
    "HOSPITAL_NUMBER": [(" (ref {HN:ref})", ANY), (", hospital number {HN:hosp}", EVENT), (" (MRN {HN:mrn})", ANY),
                        (" - case {HN:case}", ANY)],
}

# Replacements of generic phrases already in the comment. Each rule: (pattern, gender source, variants by kind)
PERSON_NEXT = (r"(?=[ ,](?:was|were|is|who|did|had|came|explained|made|gave|took|said|told|listened|looked|helped|"
               r"spoke|asked|rang|called|phoned|arrived|stayed|showed|treated|dealt|reassured|put|kept|could|would|"
               r"should|seemed|went|and|on|that|I|we|has|have|got|let|tried|knew|clearly|really|very|even|also|just|then)\b)")
NAME_RULES = [
    (r"\b[Tt]he nurse" + PERSON_NEXT, "pron", {
        "lower": ["nurse {N:l?}"], "plain": ["Nurse {N:?}", "the nurse, {N:?},", "Sister {N:s}"],
        "caps": ["NURSE {N:F?}"], "initial": ["Nurse {N:i}"]}),
    (r"\b[Tt]he doctor" + PERSON_NEXT, "pron", {
        "plain": ["Dr {N:s}", "Dr. {N:s}", "Doctor {N:s}", "the doctor, Dr {N:s},"], "lower": ["dr {N:ls}", "doctor {N:ls}"],
        "initial": ["Dr {N:i}"], "caps": ["DR {N:S}"]}),
    (r"\b[Tt]he driver" + PERSON_NEXT, "m", {
        "plain": ["{N:m} the driver", "the driver, {N:m},", "our driver {N:m}"], "lower": ["driver {N:lm}", "the driver {N:lm}"],
        "caps": ["DRIVER {N:Fm}"]}),
    (r"\b[Tt]he paramedic" + PERSON_NEXT, "pron", {
        "plain": ["paramedic {N:?}", "the paramedic, {N:f?},"], "lower": ["paramedic {N:l?}"]}),
    (r"\b[Tt]he (?:receptionist|lady on reception)" + PERSON_NEXT, "f", {
        "plain": ["{N:f} on reception", "the receptionist, {N:f},"], "lower": ["receptionist {N:lf}"]}),
    (r"\b[Tt]he (?:call handler|operator|call taker|person on the phone)" + PERSON_NEXT, "pron", {
        "plain": ["{N:?} on the phone", "the call handler, {N:?},"], "lower": ["call handler {N:l?}"]}),
    (r"\b[Tt]he lady on the phone" + PERSON_NEXT, "f", {"plain": ["{N:f} on the phone"], "lower": ["the lady on the phone, {N:lf},"]}),
    (r"\b[Tt]he consultant" + PERSON_NEXT, "pron", {
        "plain": ["Mr {N:s} the consultant", "the consultant, {N:f?},", "consultant {N:f?}", "Prof {N:s}"],
        "initial": ["Mr {N:i}", "the consultant, {N:i},"]}),
    (r"\b[Tt]he midwife" + PERSON_NEXT, "f", {"plain": ["{N:f} the midwife", "the midwife, {N:f},"], "lower": ["midwife {N:lf}"]}),
    (r"\b[Tt]he physio(?:therapist)?" + PERSON_NEXT, "pron", {"plain": ["{N:?} the physio"], "lower": ["physio {N:l?}"]}),
    (r"\b[Mm]y (?:care coordinator|key worker|CPN|cpn|therapist|social worker|psychologist|counsellor|support worker|health visitor)\b(?!['’])",
     "pron", {"plain": ["{0} {N:?}", "{0}, {N:f?},"], "lower": ["{0} {N:l?}"], "caps": ["{0} {N:F?}"]}),
    (r"\b[Mm]y GP\b(?!['’]s)(?! (?:surgery|practice|practise|appointment|receptionist|and)\b)(?=[ ,.!])", "pron", {"plain": ["{0}, Dr {N:s},", "{0} Dr {N:s}"], "initial": ["{0}, Dr {N:i},"]}),
    (r"\b[Mm]y (?:husband|son|dad|father|grandad|brother|grandson|uncle|nephew|boyfriend|stepdad)\b(?![-' ]*in[- ]law)(?!['’]s)(?=[ ,.!])",
     "m", {"plain": ["{0} {N:m}", "{0} {N:fm}", "{0}, {N:m},"], "lower": ["{0} {N:lm}"], "caps": ["{0} {N:Fm}"]}),
    (r"\b[Mm]y (?:wife|daughter|mum|mother|mam|nan|nana|gran|grandma|sister|granddaughter|aunt|auntie|niece|girlfriend)\b(?![-' ]*in[- ]law)(?!['’]s)(?=[ ,.!])",
     "f", {"plain": ["{0} {N:f}", "{0} {N:ff}", "{0}, {N:f},"], "lower": ["{0} {N:lf}"], "caps": ["{0} {N:Ff}"]}),
    (r"\b[Mm]y (?:husband|son|dad|father|brother|grandson|grandad)(?=['’]s\b)", "m", {"poss": ["{0} {N:m}", "{0} {N:lm}"]}),
    (r"\b[Mm]y (?:wife|daughter|mum|mother|sister|nan|granddaughter)(?=['’]s\b)", "f", {"poss": ["{0} {N:f}", "{0} {N:lf}"]}),
    (r"\b[Tt]he (?:nurse|doctor)(?=['’]s\b)", "pron", {"poss": ["Nurse {N:?}", "Dr {N:s}"]}),
    (r"\b[Mm]y (?:partner|friend|carer|baby|child|neighbour)\b(?!['’]s)(?=[ ,.!])", "pron",
     {"plain": ["{0} {N:?}"], "lower": ["{0} {N:l?}"]}),
    (r"\b[Tt]he (?:lady|woman|girl|young lady)(?= (?:who|that|on|at|in)\b)", "f",
     {"plain": ["{0}, {N:f},", "{0} ({N:f})"], "lower": ["{0}, nurse {N:lf},"]}),
    (r"\b[Tt]he (?:man|gentleman|young man|guy|chap)(?= (?:who|that|on|at|in)\b)", "m",
     {"plain": ["{0}, {N:m},", "{0} ({N:fm})"], "caps": ["{0} ({N:Fm})"]}),
    (r"\b[Aa] (?:nurse|doctor|paramedic|lady|gentleman|physio|therapist)\b(?= (?:who|came|rang|phoned|was|called|said|visited)\b)",
     "pron", {"plain": ["{0} called {N:?}", "{0} named {N:f?}"], "lower": ["{0} called {N:l?}"]}),
    (r"\b[Tt]he (?:nurses|paramedics|doctors|drivers|staff|team|crew|ambulance crew|carers)\b(?= (?:were|are|have|all|was)\b)",
     "x", {"plain": ["{0}, especially {N:x},", "{0} ({N:x} and {N:x})", "{0} ({N:fx})"],
           "lower": ["{0}, especially nurse {N:lx},"],
           "initial": ["{0}, and {N:i} in particular,"], "caps": ["{0} ({N:Fx} AND {N:Fx})"]}),
]
AGE_RULES = [
    (r"\b[Mm]y (?:nan|nana|gran|grandma|grandmother|grandad|grandpa|grandfather|mum|mother|dad|father|mam)\b(?![-' ]*in[- ]law)(?!['’]s)(?=[ ,.!])",
     ["my {AGE:d}-year-old {w}", "{0}, who is {AGE},", "{0} ({AGE:d})", "my {AGE:d} year old {w}", "{0}, aged {AGE:d},"]),
]
TOWN_RULES = [
    (r"\b(to|at|in) (?:the )?hospital\b(?! (?:staff|bed|doctor|number|appointment|transport))",
     ["{1} the hospital in {TW:uk}", "{1} {TW:uk} General", "{1} {TW:uk} hospital", "{1} the {TW:uk} Royal Infirmary"]),
    (r"\bA&E\b(?! (?:staff|department))", ["A&E in {TW:uk}", "{TW:uk} A&E", "A&E at {TW:uk}"]),
    (r"\b[Tt]he clinic\b(?! (?:staff|room|was|is))", ["the clinic in {TW:uk}", "the {TW:uk} clinic"]),
    (r"\b[Tt]he health centre\b", ["the health centre in {TW:uk}", "{TW:uk} health centre"]),
]
DATE_RULES = [
    (r"(?<=[a-z] )(?:yesterday|last week|this morning|last night)\b(?=[ ,.!])", ["on {DT}", "on {DT:dm}", "on {DT}"]),
    (r"(?<=[a-z] )last month\b(?=[ ,.!])", ["in {DT:my}"]),
    (r"\b[Mm]y (?:appointment|visit|operation|assessment|scan)\b(?=[.,!]| was| and| but| I| which)",
     ["{0} on {DT}", "{0} on {DT:dm}", "{0} ({DT})"]),
]

DECOYS = [
    "Will you please look at the parking?", "Hope this feedback helps.", "Sister on the ward was very organised.",
    "Grace period for late arrivals would help.", "Frank discussion with the team about my options was appreciated.",
    "I was given 500mg of amoxicillin three times a day.", "They gave her 2.5 ml of Calpol.",
    "The appointment was at 10:30 but I wasn't seen until 12:15.", "The crew arrived at 3pm.",
    "Parking cost me £25 for the day.", "Prescriptions are £9.90 each now.", "We waited 4 hours in A&E.",
    "I was on Ward 12 for a week.", "I was first referred in 2021.", "My 4 year old was scared but they made him laugh.",
    "Bed 7 by the window was freezing.", "Room 3B had no working light.", "Bay 4 was noisy all night.",
    "My 89-year-old dad was treated really well.", "My mum is 85 and she was fine.", "Paracetamol 1g four times a day helped.",
    "My blood pressure was 140/90 when I left.", "I'd give them 10/10.", "The helpline should be 24/7.",
    "I've been coming here since 2019.", "Rang 999 and they came within 20 minutes.", "Rang 111 at 2am.",
    "May I say how grateful we are.", "Mark my words, this service is the best.", "The parking bill was ridiculous.",
    "Faith in the NHS restored.", "Patience is needed with the phone system.", "It took 45 minutes to get through on the phone.",
    "Level 2 outpatients was easy to find.", "Clinic 4 was running 90 minutes late.", "The 36 bus stops right outside.",
    "It was about 50 miles each way.", "She weighed 3.2kg at birth.", "I take 20mg of citalopram.", "5 stars from me.",
    "My twins are 18 months old.", "Temperature was 38.5 when they came.", "Sats were 94% which worried me.",
    "My husband is 6ft 2 and the bed was too short.", "The ambulance took 2 hours 10 minutes.",
    "It cost $150 to change my flight.", "Aged 45, I never expected to need this.", "They said it was a 1 in 4 chance.",
    "The wait was 3-4 weeks.", "Covid-19 rules made visiting hard.", "Page 2 of the leaflet was missing.",
    "Ward 3 nurses are angels.", "The dose went up from 5 mg to 7.5 mg.", "The queue was about 30 people long.",
    "The barrier charged me £4.50 for 20 minutes.", "In 2020 it was much worse.", "Victoria sponge in the cafe was lovely.",
    "Will there be a follow-up?", "The rose garden outside the unit is beautiful.", "Tuesday clinics are always quieter.",
    "Joy all round when we got the results.", "Dawn shifts must be hard for the staff.", "Bill and invoice letters were confusing.",
    "Only 2 of the 6 lifts were working.", "I'm 72 and managed fine with the stairs.", "Took 0.5mg lorazepam as advised.",
    "Check-in kiosk number 3 was broken.", "Our 16 year old was treated like an adult, which was right.",
    "Appointment letters should come 2 weeks before, not 2 days.", "Scored my pain 8/10 and nobody came.",
    "Questions 4 and 5 on this form make no sense.", "Paid £3.80 for a sandwich.", "Summer is always busy, I know.",
    "Ruby wedding anniversary spent in A&E, but the staff made it special.", "Pharmacy closes at 17:30 which is too early.",
]
DECOY_CLAUSES = [(" (Ward 12)", r"(?i)\b(?:ward|nurses?|staff)\b"), (" after waiting 4 hours", EVENT),
                 (", which cost £25", r"(?i)\b(?:park|parking|taxi|car)\b"), (" at 10:30", EVENT), (" in 2022", EVENT),
                 (" - 10/10", PRAISE), (" on bay 4", r"(?i)\b(?:ward|nurses?|bed)\b"), (" for my 7 year old", CARE),
                 (" (bed 7)", r"(?i)\b(?:ward|nurses?|staff)\b"), (" - 5 stars", PRAISE), (" within 20 minutes", EVENT)]


def find_sentence_starts(text: str, ents) -> list[int]:
    out = []
    for m in re.finditer(r"[.!?]+[\"')]*\s+(?=[A-Z\"'])|\n+(?=\S)", text):
        p = m.end()
        before = text[:m.start() + 1]
        if re.search(r"(?:\b[A-Za-z]\.|\b(?:etc|Dr|Mr|Mrs|Ms|St|approx|no|vs)\.)$", before, re.IGNORECASE):
            continue                                            # "i.e. We", "P.S. I", "Dr. Smith"
        if before.count("(") > before.count(")"):
            continue                                            # inside brackets
        if 0 < p < len(text) and not any(e[0] <= p < e[1] or e[0] < p <= e[1] for e in ents):
            out.append(p)
    return out


def find_sentence_ends(text: str, ents) -> list[int]:
    out = [m.start() for m in re.finditer(r"(?<=[A-Za-z0-9)])[.!?](?=\s|$)", text)]
    if text and text[-1].isalnum():
        out.append(len(text))
    return [p for p in out if not any(e[0] < p < e[1] or e[1] == p for e in ents)]


class Builder:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.v = Values(self.r)
        self.count: Counter = Counter()
        self.name_sub: Counter = Counter()
        self.mech: Counter = Counter()         # how details were planted: sentence / clause / replacement
        self.original = ""
        self.head_end, self.tail = 0, None     # per record: end of an opening line, start of a sign-off

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    # -- render a template into (text, entities)
    def render(self, tpl: str, gender: str = "x", groups: tuple = ()) -> tuple[str, list[tuple[int, int, str]]]:
        out, ents, last_name, pos = [], [], None, 0
        bare = re.sub(r"\{[^}]*\}", "", tpl)
        caps = bare.isupper() and sum(c.isalpha() for c in bare) >= 6   # an all-capitals sentence
        cursor = 0
        for m in re.finditer(r"\{(\d|[A-Z]+)(?::([A-Za-z?]+))?\}", tpl):
            lit = tpl[pos:m.start()]
            out.append(lit)
            cursor += len(lit)
            kind, style = m.group(1), (m.group(2) or "")
            if kind.isdigit():
                val = groups[int(kind)]
                out.append(val)
                cursor += len(val)
                pos = m.end()
                continue
            style = style.replace("?", gender)
            if kind == "N":
                val = self.v.name(style or "x")
                last_name = val
            elif kind == "PH":
                val = self.v.phone(style)
            elif kind == "EM":
                val = self.v.email(last_name if style == "n" else None)
            elif kind == "NHS":
                val = self.v.nhs()
            elif kind == "HN":
                val = self.v.hosp(style or "hosp")
            elif kind == "PC":
                val = self.v.postcode()
            elif kind == "ZIP":
                val = self.v.zipcode()
            elif kind == "AD":
                val = self.v.address_multiline() if style == "ml" else self.v.address(style)
            elif kind == "DOB":
                val = self.v.dob(style)
            elif kind == "URL":
                val = self.v.url()
            elif kind == "SSN":
                val = self.v.ssn()
            elif kind == "DT":
                val = self.v.date(style)
            elif kind == "AGE":
                val = self.v.age(words_ok=(style != "d"))
            elif kind == "TW":
                val = self.v.town(style)
            else:
                raise ValueError(kind)
            if caps or (style and style[0] in "SFI" and kind == "N"):
                val = val.upper()
            ents.append((cursor, cursor + len(val), SLOT_TYPE[kind]))
            out.append(val)
            cursor += len(val)
            pos = m.end()
        out.append(tpl[pos:])
        return "".join(out), ents

    def splice(self, text, ents, pos, piece, piece_ents, delete=0):
        assert not any(s < pos + delete and e > pos for s, e, _ in ents), "splice over an entity"
        shift = len(piece) - delete
        if self.tail is not None and pos <= self.tail:
            self.tail += shift
        if pos < self.head_end:
            self.head_end += shift
        new = [(s + shift, e + shift, t) if s >= pos + delete else (s, e, t) for s, e, t in ents]
        new += [(s + pos, e + pos, t) for s, e, t in piece_ents]
        return text[:pos] + piece + text[pos + delete:], sorted(new)

    def insert_sentence(self, text, ents, tpl, gender="x"):
        """Insert a planted sentence at the start, between two sentences or at the end.

        An opening ('^', e.g. "Re: ...") stays first and a sign-off ('$', e.g. "Regards, ...") stays last:
        later sentences go after the opening and before the sign-off."""
        where = "any"
        if tpl.startswith("^"):
            where, tpl = "start", tpl[1:]
        elif tpl.startswith("$"):
            where, tpl = "end", tpl[1:]
        fixed = where
        piece, pents = self.render(tpl, gender)
        self.mech["sentence"] += 1
        tail = len(text) if self.tail is None else self.tail
        starts = [p for p in find_sentence_starts(text, ents) if self.head_end < p < tail]
        if where == "any":
            opts = ["start", "end", "end"] + (["mid", "mid", "mid"] if starts else [])
            where = self.pick(opts)
        self.mech["at_" + where] += 1
        if where != "end" and piece[-1] not in ".!?":
            piece += "."
        if where == "start":
            out = self.splice(text, ents, self.head_end, piece + " ", pents)
            if fixed == "start":
                self.head_end += len(piece) + 1
            return out
        if where == "mid":
            return self.splice(text, ents, self.pick(starts), piece + " ", pents)
        if self.tail is not None:        # before the sign-off
            if piece[-1] not in ".!?":
                piece += "."
            return self.splice(text, ents, self.tail, " " + piece, [(s + 1, e + 1, t) for s, e, t in pents])
        sep = " "
        if text and text[-1].isalnum():
            sep = ". "
        if fixed == "end" and (piece.startswith(("Regards", "Kind regards", "Thanks,", "Many thanks", "Yours", "-", "FROM",
                                                  "Written", "Signed"))
                               or "\n" in piece or self.r.random() < 0.3):
            sep = ("." if text[-1].isalnum() else "") + "\n"
        out = self.splice(text, ents, len(text), sep + piece, [(s + len(sep), e + len(sep), t) for s, e, t in pents])
        if fixed == "end":
            self.tail = len(out[0]) - len(piece) - len(sep) + (1 if sep.startswith(".") else 0)
        return out

    def insert_clause(self, text, ents, tpl, need=r"."):
        tail = len(text) if self.tail is None else self.tail
        ends = []
        for p in find_sentence_ends(text, ents):
            if not self.head_end <= p <= tail:
                continue
            begin = max([m.end() for m in re.finditer(r"[.!?\n]\s*", text[:p])] + [0])
            sentence = text[begin:p].strip()
            if re.search(need, sentence) and sentence in self.original and not any(begin <= e0 < p for e0, _, _ in ents):
                ends.append(p)
        if not ends:
            return None
        piece, pents = self.render(tpl)
        self.mech["clause"] += 1
        return self.splice(text, ents, self.pick(ends), piece, pents)

    def apply_rule(self, text, ents, rules, want_kind=None):
        """Replace a generic phrase; returns (text, ents) or None."""
        cands = []
        for pat, gsrc, variants in rules:
            for m in re.finditer(pat, text):
                if any(s < m.end() + 3 and e > m.start() for s, e, _ in ents):
                    continue
                vs = variants if isinstance(variants, list) else variants.get(want_kind, [])
                if vs:
                    cands.append((m, gsrc, vs))
        if not cands:
            return None
        m, gsrc, vs = self.pick(cands)
        tpl = self.pick(vs)
        g = gsrc
        if gsrc == "pron":
            after = text[m.end():m.end() + 120].lower()
            he = re.search(r"\b(he|his|him)\b", after)
            she = re.search(r"\b(she|her)\b", after)
            g = "m" if he and (not she or he.start() < she.start()) else "f" if she else "x"
        groups = (m.group(0), *(m.groups()))
        if "{w}" in tpl:
            tpl = tpl.replace("{w}", m.group(0).split()[-1])
        piece, pents = self.render(tpl, g, groups)
        self.mech["replacement"] += 1
        if m.group(0)[0].isupper() and piece[0].islower():
            piece = piece[0].upper() + piece[1:]
        if tpl.startswith("my ") and m.group(0)[0] == "M":
            piece = "M" + piece[1:]
        if piece.endswith(",") and text[m.end():m.end() + 1] in ("", ",", ".", "!", "?", ";", ":"):
            piece = piece[:-1]
        return self.splice(text, ents, m.start(), piece, pents, delete=len(m.group(0)))

    # -- classification of names, used for the sub-quotas
    @staticmethod
    def name_kinds(text, s, e) -> list[str]:
        v = text[s:e]
        kinds = []
        if v.isupper() and sum(c.isalpha() for c in v) > 1:
            kinds.append("caps")
        if re.match(r"^[A-Z]\.? ?(?:[A-Z]\.? ?)?[A-Z][a-zA-Z'’\-]", v) and re.match(r"^[A-Z](?:\.|\s|[A-Z][ .])", v):
            kinds.append("initial")
        if text[e:e + 2] in ("'s", "’s", "'S") or (text[e:e + 1] in ("'", "’") and not text[e + 1:e + 2].isalpha()):
            kinds.append("poss")
        prev = re.findall(r"[A-Za-z]+", text[max(0, s - 25):s])
        if v[0].islower() and prev and prev[-1].lower() in ROLE_WORDS:
            kinds.append("lower")
        return kinds or ["plain"]

    def hosp_kinds(self, text, s, e) -> list[str]:
        v, kinds = text[s:e], []
        if v[0].isalpha():
            kinds.append("letter")
        if re.search(r"[\s\-/.]", v):
            kinds.append("sep")
        if "hosp" not in text[max(0, s - 40):s].lower():
            kinds.append("nohosp")
        return kinds

    def tally(self, text, ents):
        for s, e, t in ents:
            self.count[t] += 1
            if t == "NAME":
                for k in self.name_kinds(text, s, e):
                    self.name_sub[k] += 1

    def deficit_pick(self, targets: dict, counts: Counter) -> str:
        keys = list(targets)
        w = [max(0.0, targets[k] - counts[k]) + 0.5 for k in keys]
        x = self.r.random() * sum(w)
        for k, wk in zip(keys, w):
            x -= wk
            if x <= 0:
                return k
        return keys[-1]

    def opportunities(self, text, ents) -> list[str]:
        fams = []
        for fam, rules in (("NAME", [x[0] for x in NAME_RULES]), ("AGE_OVER_89", [x[0] for x in AGE_RULES]),
                           ("TOWN", [x[0] for x in TOWN_RULES]), ("DATE", [x[0] for x in DATE_RULES])):
            for pat in rules:
                if any(not any(s < m.end() + 3 and e > m.start() for s, e, _ in ents) for m in re.finditer(pat, text)):
                    fams.append(fam)
                    break
        return fams

    def try_rule(self, text, ents, fam):
        if fam == "NAME":
            kinds = []
            for pat, _, variants in NAME_RULES:
                if re.search(pat, text):
                    kinds += [k for k in variants if k not in kinds]
            sub = self.deficit_pick({k: NAME_SUB_TARGETS[k] for k in NAME_SUB_TARGETS if k in kinds}, self.name_sub)
            return self.apply_rule(text, ents, NAME_RULES, sub)
        rules = {"AGE_OVER_89": AGE_RULES, "TOWN": TOWN_RULES, "DATE": DATE_RULES}[fam]
        return self.apply_rule(text, ents, [(p, "x", v) for p, v in rules])

    def plant_one(self, text, ents, used: set, prefer_rule: bool = False):
        """One planting action chosen by the remaining need per type."""
        r = self.r
        if prefer_rule and r.random() < 0.85:
            fams = self.opportunities(text, ents)
            if fams:
                fam = self.deficit_pick({f: TARGETS[f] for f in fams}, self.count)
                got = self.try_rule(text, ents, fam)
                if got:
                    return got
        if r.random() < 0.1:
            tpl = self.pick([t for t in COMBO_T if t not in used and self.placeable(t)])
            used.add(tpl)
            return self.insert_sentence(text, ents, tpl)
        t = self.deficit_pick(TARGETS, self.count)
        for _ in range(6):   # one date of birth / NHS number / SSN / ZIP per comment
            if t not in ONCE or t not in {e[2] for e in ents}:
                break
            t = self.deficit_pick(TARGETS, self.count)
        if t == "NAME":
            sub = self.deficit_pick(NAME_SUB_TARGETS, self.name_sub)
            if r.random() < 0.55:
                got = self.apply_rule(text, ents, NAME_RULES, sub)
                if got:
                    return got
            if r.random() < 0.12 and sub in ("plain", "lower", "caps", "poss"):
                cl = [c for c in CLAUSE_T["NAME"] if self.name_kinds_tpl(c[0]) == sub]
                if cl:
                    got = self.insert_clause(text, ents, *self.pick(cl))
                    if got:
                        return got
            pool = [x for x in NAME_T[sub] if x not in used and self.placeable(x)]
            tpl = self.pick(pool)
            used.add(tpl)
            return self.insert_sentence(text, ents, tpl)
        if t == "AGE_OVER_89" and r.random() < 0.45:
            got = self.apply_rule(text, ents, [(p, "x", v) for p, v in AGE_RULES])
            if got:
                return got
        if t == "TOWN" and r.random() < 0.45:
            got = self.apply_rule(text, ents, [(p, "x", v) for p, v in TOWN_RULES])
            if got:
                return got
        if t == "DATE" and r.random() < 0.4:
            got = self.apply_rule(text, ents, [(p, "x", v) for p, v in DATE_RULES])
            if got:
                return got
        if t in CLAUSE_T and t != "NAME" and r.random() < 0.25:
            got = self.insert_clause(text, ents, *self.pick(CLAUSE_T[t]))
            if got:
                return got
        pools = {"PHONE": PHONE_T, "EMAIL": EMAIL_T, "NHS_NUMBER": NHS_T, "HOSPITAL_NUMBER": HOSP_T, "POSTCODE": PC_T,
                 "ZIP": ZIP_T, "ADDRESS": ADDR_T, "DATE_OF_BIRTH": DOB_T, "URL": URL_T, "SSN": SSN_T, "DATE": DATE_T,
                 "AGE_OVER_89": AGE_T, "TOWN": TOWN_T}
        pool = [x for x in pools[t] if x not in used and self.placeable(x)] or [x for x in pools[t] if self.placeable(x)]
        tpl = self.pick(pool)
        used.add(tpl)
        return self.insert_sentence(text, ents, tpl)

    def placeable(self, tpl: str) -> bool:
        return not ((tpl.startswith("^") and self.head_end) or (tpl.startswith("$") and self.tail is not None))

    def name_kinds_tpl(self, tpl: str) -> str:
        text, ents = self.render(tpl)
        return self.name_kinds(text, *ents[0][:2])[0]


def load_comments(fft_dir: Path) -> list[tuple[str, str]]:
    a = pd.read_csv(fft_dir / "fft_phase2_v6framework.csv")
    b = pd.read_csv(fft_dir / "fft_phase1.csv")
    rows = [("fft2:" + str(i), t) for i, t in zip(a["Comment ID"], a["FFT answer"])]
    rows += [("fft1:" + str(int(i)), t) for i, t in zip(b["row_index"], b["feedback"])]
    return [(i, str(t).strip()) for i, t in rows if isinstance(t, str) and t.strip()]


def looks_clean(text: str, lower_vocab: Counter) -> bool:
    """Skip comments that may already hold personal details or would blur the measurement."""
    if re.search(r"(?:^|\s)\*+(?:\s|,|\.|$)", text):   # '*' where a name was removed
        return False
    if re.search(r"X{3,}|\[|\]|redact|@|http|www\.|\.com|\.uk|\d{4,}|\d+[/.-]\d+[/.-]\d+", text, re.IGNORECASE):
        return False
    if re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d(st|nd|rd|th)?\s+(of\s+)?"
                 r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", text, re.IGNORECASE):
        return False
    if re.search(r"[a-z]I[a-z]|[a-z]I\b", text):          # the 'wIth' / 'explaIned' case artefact
        return False
    if re.search(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Nurse|Sister|Dr\.)\s+[A-Z]", text):
        return False
    for w in re.findall(r"\b[A-Z][a-z][a-zA-Z'-]*\b", text):
        if lower_vocab[w.lower()] < 2:                      # capitalised word never written in lower case: likely a name/place
            return False
    return not re.search(r"\b(?:9\d|1[01]\d)\s*(?:years?|yrs?|y/o)\b|\baged? (?:9\d|1[01]\d)\b", text, re.IGNORECASE)


def build(fft_dir: Path, seed: int, n: int) -> list[dict]:
    excl = set()
    for p in (ROOT / "data/labeled/corpus.jsonl", ROOT / "evaluation/data/redaction_testset.jsonl"):
        excl |= {json.loads(line)["id"] for line in p.open() if line.strip()}
    comments = load_comments(fft_dir)
    lower_vocab = Counter(w for _, t in comments for w in re.findall(r"\b[a-z][a-z'-]+\b", t))
    seen_text, pool = set(), {"fft1": [], "fft2": []}
    for cid, t in sorted(comments):
        if cid in excl or not 20 <= len(t) <= 600 or t.lower() in seen_text or not looks_clean(t, lower_vocab):
            continue
        seen_text.add(t.lower())
        pool[cid[:4]].append((cid, t))
    b = Builder(seed)
    # About 30 % of the comments are drawn from those with a generic phrase that can take a detail
    # ("the nurse was", "my husband", "to hospital", "my nan"), so that many details sit inside the
    # patient's own sentence rather than in an added one.
    chosen = []
    for src, k in (("fft2", n // 2), ("fft1", n - n // 2)):
        opp = [c for c in pool[src] if b.opportunities(c[1], [])]
        k_opp = min(len(opp), round(k * 0.3))
        first = b.r.sample(opp, k_opp)
        taken = {c[0] for c in first}
        chosen += first + b.r.sample([c for c in pool[src] if c[0] not in taken], k - k_opp)
    b.r.shuffle(chosen)
    records, decoy_records = [], 0
    for cid, original in chosen:
        text, ents, used = original, [], set()
        b.head_end, b.tail, b.original = 0, None, original
        k = b.pick([1] * 30 + [2] * 42 + [3] * 22 + [4] * 6)
        for i in range(k):
            text, ents = b.plant_one(text, ents, used, prefer_rule=(i == 0))
        if b.r.random() < 0.36:
            decoy_records += 1
            if b.r.random() < 0.8:
                text, ents = b.insert_sentence(text, ents, b.pick(DECOYS))
            else:
                got = b.insert_clause(text, ents, *b.pick(DECOY_CLAUSES))
                text, ents = got if got else b.insert_sentence(text, ents, b.pick(DECOYS))
        b.tally(text, ents)
        records.append({"id": cid, "text": text, "original": original,
                        "entities": [{"start": s, "end": e, "type": t, "value": text[s:e], "profiles": PROFILES[t]}
                                     for s, e, t in ents]})
    b.decoy_records = decoy_records
    check(records, b)
    return records, b


def check(records: list[dict], b: Builder) -> None:
    count, hosp = Counter(), Counter()
    for rec in records:
        text = rec["text"]
        assert rec["entities"], rec["id"]
        prev_end = -1
        for e in rec["entities"]:
            v = text[e["start"]:e["end"]]
            assert v == e["value"] and v.strip() == v and v, (rec["id"], e)
            assert e["start"] >= prev_end, ("overlap", rec["id"])
            prev_end = e["end"]
            assert not v.endswith((".", ",", ";", ":", "!", "?", "(", ")")), (rec["id"], v)
            t = e["type"]
            count[t] += 1
            if t == "NHS_NUMBER":
                assert nhs_valid(v), v
            if t == "NAME":
                assert v.split()[0] not in TITLES, v
            if t == "SSN":
                assert re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) and not v.startswith(("000", "666", "9")), v
            if t == "EMAIL":
                assert re.fullmatch(r"[\w.+\-]+@[\w.\-]*[Ee]xample[\w.\-]*", v), v
            if t == "URL":
                assert "example" in v and not v.endswith((".", ",")), v
            if t == "HOSPITAL_NUMBER":
                digits = re.sub(r"\D", "", v)
                assert len(digits) != 10 or re.search(r"[A-Za-z]", v), v
                assert not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v), v
                for k in b.hosp_kinds(text, e["start"], e["end"]):
                    hosp[k] += 1
            if t == "AGE_OVER_89":
                assert not v.isdigit() or int(v) >= 90, v
        assert text != rec["original"] and rec["original"] == rec["original"].strip()
    for t, m in MINIMUMS.items():
        assert count[t] >= m, (t, count[t], m)
    for k, m in NAME_SUB_MIN.items():
        assert b.name_sub[k] >= m, ("name", k, b.name_sub[k])
    for k, m in HOSP_SUB_MIN.items():
        assert hosp[k] >= m, ("hosp", k, hosp[k])
    addr_town = sum(b.v.address_has_town.get(e["value"], False) for r in records for e in r["entities"] if e["type"] == "ADDRESS")
    assert addr_town >= 60, addr_town
    assert len(records) >= 520 and sum(count.values()) >= 1100
    assert b.decoy_records >= 150, b.decoy_records
    b.hosp_sub, b.addr_town = hosp, addr_town


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fft-dir", type=Path, default=ROOT.parent / "shared/data/nhs_fft")
    ap.add_argument("--out", type=Path, default=ROOT / "evaluation/data/redaction_testset_v2.jsonl")
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--n", type=int, default=570)
    args = ap.parse_args()
    records, b = build(args.fft_dir, args.seed, args.n)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    args.out.write_text(data, encoding="utf-8")
    count = Counter(e["type"] for r in records for e in r["entities"])
    prof = Counter(p for r in records for e in r["entities"] for p in e["profiles"])
    print(json.dumps({"records": len(records), "entities": sum(count.values()), "per_type": dict(sorted(count.items())),
                      "per_profile": dict(prof), "name_kinds": dict(b.name_sub), "hosp_kinds": dict(b.hosp_sub),
                      "address_with_town": b.addr_town, "mechanism": dict(b.mech), "decoy_records": b.decoy_records,
                      "fft1": sum(r["id"].startswith("fft1") for r in records),
                      "sha256": hashlib.sha256(data.encode("utf-8")).hexdigest()}, indent=1))


if __name__ == "__main__":
    main()
