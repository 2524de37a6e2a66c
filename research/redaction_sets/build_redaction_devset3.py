"""Build evaluation/data/redaction_devset3.jsonl: a redaction DEVELOPMENT set.

Real NHS Friends and Family Test comments with invented personal details planted in them.

Independence: this script was written without opening, grepping or running the redactor
(cxnlp/privacy/, cxnlp/resources/, tests/test_redact*.py, the list-building scripts,
evaluation/redaction.py) and without reading the other redaction sets. Of the other sets'
files only the `id` field of each line is read, to keep their comments out; the format and
span conventions come from evaluation/data/redaction_testset_v2.md.

The planted sentences below are hand-written, one by one, in many voices (elderly patient,
angry relative, carer, teenager, non-native writer, texting style, all-caps rant, formal
letter). Each sentence carries slots ({N:word}, {AD:us}, ...) that are filled with invented
values from the generators in this file. All randomness comes from one random.Random(SEED).

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset3.py
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20250917
STD = ["standard", "hipaa_safe_harbor"]
HIP = ["hipaa_safe_harbor"]
HIPAA_ONLY = {"DATE", "AGE_OVER_89", "TOWN"}

TARGETS = {
    "NAME": 450, "ZIP": 60, "DATE_OF_BIRTH": 70, "ADDRESS": 120, "HOSPITAL_NUMBER": 80,
    "PHONE": 60, "EMAIL": 40, "NHS_NUMBER": 40, "POSTCODE": 30, "URL": 20,
    "DATE": 40, "AGE_OVER_89": 40, "TOWN": 50,
}
OTHER_SETS = ["redaction_testset_v2.jsonl", "redaction_testset.jsonl",
              "redaction_devset.jsonl", "redaction_devset2.jsonl"]

# --------------------------------------------------------------------------- names
FEMALE = """Aisha Amara Anneliese Bethan Bronwen Carys Chiamaka Chloe Dagny Deborah Eilidh Elif
Fatima Freya Gabriela Hannah Ifeoma Ingrid Jadwiga Keisha Lakshmi Leila Lucy Maeve Malgorzata
Mariam Megan Mei Nadia Niamh Nkechi Oksana Olivia Priya Rhiannon Roisin Saoirse Shabnam Siobhan
Sunita Tamsin Teresa Ulla Valentina Wanjiru Yasmin Yetunde Zofia Zainab Agnieszka Beatriz
Chidinma Dorota Esther Fiona Harpreet Imogen Jasmine Kirsty Lowri Marta Noor Paulina Rukhsana
Sinead Tanisha Ugne Wendy Xiu Yuki Zuzanna""".split()
MALE = """Abdul Adebayo Aled Anil Bartosz Callum Ciaran Dariusz Declan Dmitri Emeka Eoin Farhan
Gareth Gurpreet Hamza Hiroshi Ibrahim Idris Jakub Jamal Kwame Lars Liam Mehmet Mohammed Niall
Nikolai Obinna Oisin Pawel Rajesh Rhodri Rory Sanjay Seamus Sione Tariq Tomasz Tunde Umar Vikram
Wojciech Yusuf Zoltan Alasdair Bogdan Chinedu Dafydd Eamon Florin Gwilym Hassan Imran Joaquim
Kofi Lukas Marek Nasir Osagie Piotr Ravi Stelios Thabo Viktor Wei Xavier Yaw""".split()
WORDLIKE = """Grace Joy Hope Will Dawn Rose Summer Faith Sky Jun Bill Mercy Precious Patience Honor
Ivy Autumn Rain Blessing Sunny Heather Holly Hazel Frank Mark Jack Sue Pat Ruby Amber Crystal
Iris Jade Pearl Violet Lily May April Robin Carol Chance Art Buck Cliff Dean Drew Gene Glen
Miles Neil Rich Rusty Sterling Storm True Star Lane Reed""".split()
WORD_F = """Grace Joy Hope Dawn Rose Summer Faith Sky Mercy Precious Patience Honor Ivy Autumn
Heather Holly Hazel Sue Ruby Amber Crystal Iris Jade Pearl Violet Lily May April Carol Star""".split()
WORD_M = """Will Bill Jun Frank Mark Jack Robin Art Buck Cliff Dean Drew Gene Glen Miles Neil Rich
Rusty Reed""".split()
SURNAMES = """Okafor Nowak Kowalczyk Patel Shah Begum Hussain Chowdhury Evans Pritchard Llewellyn
MacLeod Fraser McAllister Gallagher Byrne Doherty Nguyen Tran Kim Park Wong Chen Zhang Tanaka
Sato Mensah Asante Adeyemi Okonkwo Eze Balogun Mwangi Kariuki Haddad Khalil Yilmaz Demir Popescu
Ionescu Horvat Novak Kovacs Petrov Ivanova Sokolova Rossi Bianchi Esposito Ferreira Santos Costa
Garcia Hernandez Lopez Andersson Lindqvist Hansen Nielsen Jensen Thorsen Brown Taylor Walker
Wright Hughes Green Hall Wood Harris Clarke Jackson Wilson Robinson Thompson Moss Bloggs Baker
Hill Fisher Cook Bird Pope Lamb Fox Bell Stone Marsh Gold Rich Sharp Swift Young""".split()
PARTICLE_SURNAMES = """van der Berg|da Silva|Ó Dálaigh|de la Cruz|van Dijk|de Souza|dos Santos|
le Roux|von Essen|Mac an tSaoir|Ní Bhriain|O'Sullivan|D'Souza|al-Hashimi|bin Rashid|Fitzgerald-
O'Neill|de Vries|ter Haar|Del Rosario|St. Clair|van den Heuvel|abu Bakr|Ó Muircheartaigh|
di Marco|MacGregor-Hunt|Ap Rhys""".replace("\n", "").split("|")
DOUBLE = """Fortescue-Smythe|Lloyd-Ebanks|Wynne-Jones|Bowes-Lyon|Ansah-Mensah|Carter-Ruck|
Hughes-Owen|Rees-Mogg|Okoro-Bello|Smith-Kowalski|Garcia-Marquez|Lewis-Pryce|Patel-Hart""".replace("\n", "").split("|")
WORLD = ["Nguyen Van Minh", "Li Wei", "Aiyana Redcloud", "Oluwaseun Adebayo-Cole",
         "Siddharth Raghunathan", "Anh Thu Pham", "Jorge Luis Ibáñez", "Zeynep Öztürk",
         "Bjørn Ødegård", "Małgorzata Wiśniewska", "Søren Kierulf", "Chukwuemeka Obi",
         "Tamar Ben-David", "Hyun-woo Lee", "Mohammed Al-Farsi", "Ngozi Okonjo", "Émilie Gagnon",
         "Dalia Jurkevičiūtė", "Aroha Ngata", "Kalani Akana", "Fernão Gonçalves", "Ilse Müller",
         "Radu Țurcanu", "Thandiwe Dlamini", "Mirela Hoxha", "Jun Takahashi", "Sky Morales",
         "Faith Nwachukwu", "Yaw Boateng", "Priyanka Venkataraman", "Kirra Walsh",
         "Marisol Quispe", "Dong-hyun Choi", "Anahera Tipene", "Gheorghe Munteanu"]

# --------------------------------------------------------------------------- places
UK_TOWNS = [  # town, county, outward codes
    ("Mansfield", "Nottinghamshire", ["NG18", "NG19"]), ("Kettering", "Northamptonshire", ["NN15", "NN16"]),
    ("Corby", "Northamptonshire", ["NN17", "NN18"]), ("Wellingborough", "Northamptonshire", ["NN8"]),
    ("Daventry", "Northamptonshire", ["NN11"]), ("Hartlepool", "County Durham", ["TS24", "TS26"]),
    ("Gateshead", "Tyne and Wear", ["NE8", "NE9"]), ("Hexham", "Northumberland", ["NE46"]),
    ("Morpeth", "Northumberland", ["NE61"]), ("Darlington", "County Durham", ["DL1", "DL3"]),
    ("Stockton-on-Tees", "County Durham", ["TS18", "TS19"]), ("Blyth", "Northumberland", ["NE24"]),
    ("Whitby", "North Yorkshire", ["YO21", "YO22"]), ("Bishop Auckland", "County Durham", ["DL14"]),
    ("Consett", "County Durham", ["DH8"]), ("Redcar", "North Yorkshire", ["TS10"]),
    ("Sunderland", "Tyne and Wear", ["SR1", "SR4"]), ("Ashington", "Northumberland", ["NE63"]),
    ("Peterlee", "County Durham", ["SR8"]), ("Alnwick", "Northumberland", ["NE66"]),
    ("Holmfirth", "West Yorkshire", ["HD9"]), ("Skegness", "Lincolnshire", ["PE25"]),
    ("Ely", "Cambridgeshire", ["CB7"]), ("Aberystwyth", "Ceredigion", ["SY23"]),
    ("Oban", "Argyll", ["PA34"]), ("Omagh", "County Tyrone", ["BT78", "BT79"]),
    ("Truro", "Cornwall", ["TR1"]), ("Harrogate", "North Yorkshire", ["HG1", "HG2"]),
    ("Rugby", "Warwickshire", ["CV21", "CV22"]), ("Market Harborough", "Leicestershire", ["LE16"]),
    ("Oundle", "Northamptonshire", ["PE8"]), ("Towcester", "Northamptonshire", ["NN12"]),
    ("Rushden", "Northamptonshire", ["NN10"]), ("Chester-le-Street", "County Durham", ["DH2", "DH3"]),
    ("Seaham", "County Durham", ["SR7"]), ("Cramlington", "Northumberland", ["NE23"]),
    ("Stanley", "County Durham", ["DH9"]), ("Berwick-upon-Tweed", "Northumberland", ["TD15"]),
]
VILLAGES = ["Little Hadham", "Great Ayton", "Long Buckby", "Nether Heyford", "Kings Sutton",
            "West Haddon", "Bamburgh", "Wark", "Allendale", "Sedgefield", "Staithes", "Kirk Merrington"]
US_CITIES = [  # city, state abbrev, state name, zip3
    ("Springfield", "IL", "Illinois", "627"), ("Dayton", "OH", "Ohio", "454"), ("Boise", "ID", "Idaho", "837"),
    ("Tulsa", "OK", "Oklahoma", "741"), ("Savannah", "GA", "Georgia", "314"), ("Spokane", "WA", "Washington", "992"),
    ("Albany", "NY", "New York", "122"), ("Eugene", "OR", "Oregon", "974"), ("Madison", "WI", "Wisconsin", "537"),
    ("Tucson", "AZ", "Arizona", "857"), ("Burlington", "VT", "Vermont", "054"), ("Asheville", "NC", "North Carolina", "288"),
    ("Duluth", "MN", "Minnesota", "558"), ("Fresno", "CA", "California", "937"), ("Lubbock", "TX", "Texas", "794"),
    ("Portland", "ME", "Maine", "041"), ("Reno", "NV", "Nevada", "895"), ("Mobile", "AL", "Alabama", "366"),
]
INTL_TOWNS = ["Toronto", "Lagos", "Gdańsk", "Kraków", "Karachi", "Lahore", "Dhaka", "Accra", "Cork",
              "Galway", "Bucharest", "Vilnius", "Nairobi", "Manila", "Kerala", "Auckland", "Porto",
              "Cluj", "Sligo", "Brisbane"]
STREETS = ["Elm Grove", "Mill Lane", "Church Walk", "Orchard Close", "Wellington Road", "Station Road",
           "Back Lane", "Victoria Terrace", "Hawthorn Drive", "Chapel Street", "Beech Avenue",
           "Front Street", "Coronation Crescent", "Priory Way", "Ferndale Gardens", "Kingfisher Court",
           "Albion Place", "Sandy Lane", "Primrose Hill", "Westgate", "Ash Tree Row", "Bridge End",
           "Meadow View", "The Paddocks", "Low Fold", "Quarry Bank", "Larch Way", "Sycamore Road"]
US_STREETS = ["Maple Ave", "Oak Street", "W Jefferson Blvd", "Pine Ridge Rd", "N 5th St", "Lakeview Dr",
              "Cedar Lane", "Elm St", "Sunset Blvd", "Magnolia Ct", "E Main Street", "Riverside Drive",
              "Willow Way", "Hickory Hollow Rd", "S Broadway"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Hillcrest", "Ty Gwyn", "Brambles", "The Laurels",
               "Holly House", "Wits End", "Fairview", "Stable Cottage"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


class Gen:
    """Invented values. Every method draws only from self.r."""

    def __init__(self, r: random.Random):
        self.r = r
        self.last_name: tuple[str, str] | None = None  # (first, surname) of the last full name
        self.last_town = None
        self.last_us = None

    # names -------------------------------------------------------------
    def first(self, kind="any"):
        r = self.r
        if kind == "f":
            return r.choice(FEMALE)
        if kind == "m":
            return r.choice(MALE)
        pool = r.choice([FEMALE, MALE, WORDLIKE])
        return r.choice(pool)

    def surname(self):
        r = self.r
        x = r.random()
        if x < 0.12:
            return r.choice(PARTICLE_SURNAMES)
        if x < 0.2:
            return r.choice(DOUBLE)
        return r.choice(SURNAMES)

    def name(self, style):
        r = self.r
        if style in ("f", "m", "first", ""):
            v = self.first(style or "any")
            self.last_name = (v, r.choice(SURNAMES))
            return v
        if style in ("lf", "lm"):
            v = self.first(style[1]).lower()
            self.last_name = (v, r.choice(SURNAMES))
            return v
        if style in ("wf", "wm"):
            v = r.choice(WORD_F if style == "wf" else WORD_M)
            self.last_name = (v, r.choice(SURNAMES))
            return v
        if style == "capsf":
            return self.name(r.choice(["ff", "f"])).upper()
        if style == "word":
            v = r.choice(WORDLIKE)
            self.last_name = (v, r.choice(SURNAMES))
            return v
        if style == "lower":
            v = self.first(r.choice(["f", "m", "any"])).lower()
            self.last_name = (v, r.choice(SURNAMES))
            return v
        if style in ("full", "ff", "fm"):
            f = self.first({"ff": "f", "fm": "m"}.get(style, "any"))
            s = self.surname()
            self.last_name = (f, s)
            return f"{f} {s}"
        if style == "sur":
            s = self.surname()
            self.last_name = (self.first(), s)
            return s
        if style == "psur":
            s = r.choice(PARTICLE_SURNAMES + DOUBLE)
            self.last_name = (self.first(), s)
            return s
        if style == "part":
            f = self.first()
            s = r.choice(PARTICLE_SURNAMES + DOUBLE)
            self.last_name = (f, s)
            return f"{f} {s}"
        if style == "init":
            f = self.first()
            s = r.choice(SURNAMES + DOUBLE)
            self.last_name = (f, s)
            a, b = f[0], r.choice(PC_LETTERS)
            form = r.choice([f"{a} {s}", f"{a}. {s}", f"{a}.{b}. {s}", f"{a}{b} {s}", f"{a}.{b}.{s}",
                             f"{a} {b} {s}", f"{f} {b}. {s}" , f"{s} {a}"])
            return form
        if style == "caps":
            v = self.name(r.choice(["full", "first", "sur", "part"]))
            return v.upper()
        if style == "world":
            v = r.choice(WORLD)
            parts = v.split()
            self.last_name = (parts[0], parts[-1])
            return v
        raise ValueError(style)

    # contact -----------------------------------------------------------
    def phone(self, style=""):
        r = self.r
        st = style or r.choice(["mob", "mob", "mob", "land", "land", "lon", "intl", "us", "us", "ext"])
        x = r.randint(0, 999)
        if st == "mob":
            return r.choice([f"07700 900{x:03d}", f"07700900{x:03d}", f"07700-900-{x:03d}",
                             f"+44 7700 900{x:03d}", f"+44 (0)7700 900 {x:03d}", f"0770 0900 {x:03d}",
                             f"07700 900 {x:03d}", f"+447700900{x:03d}"])
        if st == "land":
            area = r.choice(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141",
                             "0151", "0161"])
            y = r.randint(0, 999)
            return r.choice([f"{area} 496 0{y:03d}", f"({area}) 4960{y:03d}", f"{area}-496-0{y:03d}",
                             f"{area}4960{y:03d}", f"01632 960{y:03d}", f"0191 498 0{y:03d}",
                             f"029 2018 0{y:03d}", f"028 9649 6{y:03d}"])
        if st == "lon":
            return r.choice([f"020 7946 0{x:03d}", f"(020) 7946 0{x:03d}", f"0207 946 0{x:03d}"])
        if st == "intl":
            return r.choice([f"+353 85 555 0{x:03d}", f"+48 555 010 {x:03d}", f"+234 555 010 {x:04d}",
                             f"+91 55550 1{x:04d}", f"+61 4 5550 {x:04d}", f"00 353 1 555 0{x:03d}"])
        if st == "us":
            y = r.randint(100, 199)
            ac = r.choice(["312", "415", "208", "503", "555", "919", "737"])
            return r.choice([f"({ac}) 555-0{y}", f"{ac}-555-0{y}", f"+1 {ac} 555 0{y}",
                             f"{ac}.555.0{y}", f"1-800-555-0{y}"])
        if st == "ext":
            base = self.phone(r.choice(["land", "lon"]))
            return base + r.choice([f" ext. {r.randint(100, 9999)}", f" ext {r.randint(100, 9999)}",
                                    f" x{r.randint(100, 999)}", f" extension {r.randint(1000, 9999)}"])
        raise ValueError(st)

    def email(self, style=""):
        r = self.r
        if style == "from" and self.last_name:
            f, s = self.last_name
        else:
            f, s = self.first(), self.surname()
        f = re.sub(r"[^a-z]", "", f.lower().replace("ó", "o").replace("í", "i")) or "pat"
        s = re.sub(r"[^a-z]", "", s.lower().replace("ó", "o").replace("í", "i")) or "smith"
        host = r.choice(["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk",
                         "example.nhs.uk", "nhs.example.net", "example-trust.nhs.uk", "students.example.ac.uk"])
        local = r.choice([f"{f}.{s}", f"{f[0]}{s}", f"{f}{r.randint(1, 99)}", f"{f}_{s}{r.randint(50, 99)}",
                          f"{s}.{f[0]}", f"{f}+nhs", f"{f}.{s}.{r.randint(1, 9)}", f"{f[0]}.{s}",
                          f"the{s}family", f"{f}-{s}"])
        return f"{local}@{host}"

    def url(self, style=""):
        r = self.r
        slug = r.choice(["my-story", "mum-care-diary", "fundraiser/ward-4", "p/8Hx2kQ", "blog/2023/thank-you",
                         "users/kit_w", "dad", "gallery?id=2231", "watch?v=Qe9xT", "posts/44819#comments"])
        return r.choice([f"https://www.example.com/{slug}", f"http://example.org/{slug}",
                         f"www.example.net/{slug}", f"https://blog.example.co.uk/{slug}",
                         f"example.com/{slug}", f"https://example-trust.nhs.uk/{slug}",
                         f"https://forms.example.org/{slug}?ref=fft", f"www.example.com/{slug}"])

    # numbers -----------------------------------------------------------
    def nhs(self, style=""):
        r = self.r
        while True:
            d = [9, 9, 9] + [r.randint(0, 9) for _ in range(6)] if r.random() < 0.5 else \
                [r.choice([4, 6, 7])] + [r.randint(0, 9) for _ in range(8)]
            tot = sum(x * (10 - i) for i, x in enumerate(d))
            c = 11 - tot % 11
            if c == 11:
                c = 0
            if c == 10:
                continue
            s = "".join(map(str, d + [c]))
            break
        return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}",
                         s, f"{s[:3]} {s[3:6]}{s[6:]}"])

    def hosp(self, style=""):
        r = self.r
        L = lambda k: "".join(r.choice("ABCDEFGHJKLMNPRSTWXZ") for _ in range(k))  # noqa: E731
        D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        return r.choice([
            f"{L(1)}{D(7)}", f"{L(2)}{D(6)}", f"{L(3)} {D(6)}", f"{L(1)}-{D(3)}-{D(4)}", f"{L(2)}/{D(4)}/{D(2)}",
            f"{D(3)}-{D(3)}-{D(3)}", f"{D(4)} {D(3)}", f"{L(3)}-{D(5)}-{L(1)}", f"{L(1).lower()}{D(6)}",
            f"{D(8)}", f"{L(1)}{D(2)}/{D(5)}", f"{L(2)}-{D(2)}-{D(2)}-{D(3)}", f"{D(6)}{L(1)}",
            f"{L(4)}{D(5)}", f"{L(1)}.{D(3)}.{D(3)}", f"{D(2)}-{L(2)}-{D(4)}", f"{L(3)}{D(4)}X",
            f"H{D(3)}/{D(3)}", f"RX{L(1)}{D(7)}", f"{D(7)}",
        ])

    def postcode(self, style=""):
        r = self.r
        town = r.choice(UK_TOWNS)
        out = r.choice(town[2])
        inw = f"{r.randint(1, 9)}{r.choice(PC_LETTERS)}{r.choice(PC_LETTERS)}"
        self.last_town = town
        x = r.random()
        if style == "plain" or x < 0.82:
            return f"{out} {inw}"
        return r.choice([f"{out}{inw}", f"{out} {inw}".lower(), f"{out}  {inw}"])

    def zip(self, style=""):
        r = self.r
        c = self.last_us or r.choice(US_CITIES)
        self.last_us = None
        z = f"{c[3]}{r.randint(0, 99):02d}"
        if style == "plus" or (style == "" and r.random() < 0.35):
            z += f"-{r.randint(0, 9999):04d}"
        return z

    def address(self, style=""):
        r = self.r
        st = style or r.choice(["uk", "uk", "uk", "ukflat", "ukmulti", "ukhouse", "uklower", "ukpobox",
                                "us", "us", "usmulti", "uspobox", "short"])
        town, county, outs = r.choice(UK_TOWNS)
        pc = f"{r.choice(outs)} {r.randint(1, 9)}{r.choice(PC_LETTERS)}{r.choice(PC_LETTERS)}"
        num = r.randint(1, 212)
        street = r.choice(STREETS)
        if st == "uk":
            return r.choice([f"{num} {street}, {town}, {county} {pc}", f"{num} {street}, {town} {pc}",
                             f"{num} {street}, {town}", f"{num} {street}, {r.choice(VILLAGES)}, {town}, {pc}",
                             f"{num}, {street}, {town}, {county}, {pc}", f"{num} {street} {town} {pc}"])
        if st == "ukflat":
            return r.choice([f"Flat {r.randint(1, 40)}, {num} {street}, {town} {pc}",
                             f"Flat {r.randint(1, 9)}{r.choice('ABC')}, {r.choice(['Kingfisher Court', 'Albion House', 'Mill View'])}, {street}, {town}, {pc}",
                             f"Apartment {r.randint(1, 60)}, {num} {street}, {town}",
                             f"{r.randint(1, 30)}/{num} {street}, {town} {pc}",
                             f"Flat {r.randint(1, 12)} {num} {street} {town} {pc}"])
        if st == "ukmulti":
            sep = r.choice(["\n", "\n", ",\n"])
            return r.choice([sep.join([f"{num} {street}", town, pc]),
                             sep.join([f"{num} {street}", r.choice(VILLAGES), town, county, pc]),
                             sep.join([f"Flat {r.randint(1, 20)}", f"{num} {street}", town, pc])])
        if st == "ukhouse":
            return r.choice([f"{r.choice(HOUSE_NAMES)}, {street}, {r.choice(VILLAGES)}, {county} {pc}",
                             f"{r.choice(HOUSE_NAMES)}, {num} {street}, {town}, {pc}"])
        if st == "uklower":
            return f"{num} {street}, {town}, {pc}".lower().replace(",", r.choice([",", ""]))
        if st == "ukpobox":
            return r.choice([f"PO Box {r.randint(10, 999)}, {town} {pc}", f"P.O. Box {r.randint(10, 999)}, {town}, {county}, {pc}"])
        if st == "short":
            return r.choice([f"{num} {street}", f"{num} {street.lower()}", f"no. {num} {street}"])
        c, sa, sn, z3 = r.choice(US_CITIES)
        z = f"{z3}{r.randint(0, 99):02d}" + (f"-{r.randint(0, 9999):04d}" if r.random() < 0.3 else "")
        n = r.randint(10, 9800)
        ust = r.choice(US_STREETS)
        if st == "us":
            return r.choice([f"{n} {ust}, {c}, {sa} {z}", f"{n} {ust}, Apt {r.randint(1, 30)}{r.choice('ABCD')}, {c}, {sa} {z}",
                             f"{n} {ust} Suite {r.randint(100, 900)}, {c}, {sn} {z}", f"{n} {ust}, Unit {r.randint(1, 99)}, {c} {sa} {z}",
                             f"{n} {ust}, {c}, {sn}"])
        if st == "usmulti":
            return r.choice([f"{n} {ust}\n{c}, {sa} {z}", f"{n} {ust}, Apt {r.randint(1, 30)}\n{c}, {sa} {z}"])
        if st == "uspobox":
            return f"{r.choice(['PO Box', 'P.O. Box'])} {r.randint(100, 9999)}, {c}, {sa} {z}"
        raise ValueError(st)

    def town(self, style=""):
        r = self.r
        if style == "intl":
            return r.choice(INTL_TOWNS)
        if style == "us":
            c = r.choice(US_CITIES)
            self.last_us = c
            return c[0]
        if style == "village":
            return r.choice(VILLAGES)
        return r.choice(UK_TOWNS)[0]

    # dates -------------------------------------------------------------
    def _fmt(self, d: dt.date, fmt: str) -> str:
        r = self.r
        yy = d.year % 100
        return {
            "short": f"{d.day}/{d.month}/{yy:02d}",
            "long": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "iso": f"{d.year}-{d.month:02d}-{d.day:02d}",
            "ord": f"{ordinal(d.day)} {r.choice([MON3[d.month - 1], MONTHS[d.month - 1]])} {d.year}",
            "of": f"{ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}",
            "us": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "dots": f"{d.day}.{d.month}.{yy:02d}",
            "mon": f"{d.day:02d}-{MON3[d.month - 1][:3]}-{d.year}",
            "plain": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            "usnum": f"{d.month}/{d.day}/{d.year}",
            "dash": f"{d.day:02d}-{d.month:02d}-{yy:02d}",
        }[fmt]

    def dob(self, style=""):
        r = self.r
        parts = style.split(".") if style else []
        kid = "kid" in parts
        fmts = [p for p in parts if p not in ("kid", "old")]
        y = r.randint(2008, 2023) if kid else r.randint(1924, 1962)
        d = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        return self._fmt(d, fmts[0] if fmts else r.choice(
            ["short", "long", "iso", "ord", "of", "us", "dots", "mon", "plain", "usnum", "dash", "long", "ord"]))

    def date(self, style=""):
        r = self.r
        d = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
        st = style or r.choice(["long", "short", "dots", "us", "plain", "ord", "noyear", "wkday", "monday", "iso", "dash"])
        if st == "noyear":
            return r.choice([f"{ordinal(d.day)} {MONTHS[d.month - 1]}", f"{d.day} {MON3[d.month - 1]}",
                             f"{MON3[d.month - 1]} {d.day}", f"{ordinal(d.day)} of {MONTHS[d.month - 1]}"])
        if st == "wkday":
            return r.choice([f"{WEEKDAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]}",
                             f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
                             f"{WEEKDAYS[d.weekday()][:3]} {d.day}/{d.month}"])
        if st == "monday":
            return r.choice([f"{MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]}, {d.year}",
                             f"{MON3[d.month - 1]} '{d.year % 100}"])
        return self._fmt(d, st)

    def age(self, style=""):
        r = self.r
        n = r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104, 106])
        if style == "word" or (style == "" and r.random() < 0.15):
            n = min(n, r.randint(90, 99))
            if n < 100:
                return "ninety" + (r.choice(["-", " "]) + ONES[n - 90] if n > 90 else "")
            return "a hundred" if n == 100 else "hundred and " + ONES[n - 100]
        return str(n)


# --------------------------------------------------------------------------- sentences
# Markers at the start of a line: '^' opening (goes first), '$' sign-off (goes last),
# '!C' whole sentence in capitals, '!L' whole sentence in lower case.
# Slots: {N:style} NAME, {PH:style} PHONE, {EM:style} EMAIL, {NHS} NHS_NUMBER, {HN} HOSPITAL_NUMBER,
# {PC} POSTCODE, {ZIP:style} ZIP, {AD:style} ADDRESS, {URL} URL, {DOB:style} DATE_OF_BIRTH,
# {DT:style} DATE, {AGE:style} AGE_OVER_89, {TOWN:style} TOWN.
SENTENCES = r"""
I would like to thank {N:word} who looked after me so kindly on the ward.
Nurse {N:lower} held my hand the whole time and I shall not forget it.
Dr {N:sur} explained everything in plain English, which at my age I appreciate.
My late husband {N:m} was treated here years ago and it is every bit as good now.
Please pass my thanks to {N:full} and the young lad {N:m} who brought round the tea.
The physiotherapist, {N:f}, had me walking again within the week.
I am {AGE} years old and nobody has ever been as patient with me as {N:word} was.
I was born on the {DOB:old.of} so I have seen a few hospitals in my time, and this is one of the best.
At {AGE} I do not expect to be rushed, and {N:word} never once rushed me.
My wife {N:f} and I have been coming here since we moved to {TOWN} and we have no complaints.
I am registered blind so my granddaughter {N:wf} is writing this for me.
They rang me at home on {PH:land} the day before to remind me, which helped as my memory is not what it was.
The crew who came out to {AD:uk} were wonderful with my husband.
Mr {N:psur} the surgeon came to see me on the morning of the {DT:noyear}.
Thanks to {N:word} and {N:word} on nights, I actually slept.
My neighbour {N:full} drove me over from {TOWN} as the buses are hopeless.
My mother is {AGE} and was left on a trolley in a corridor for six hours.
I asked for {N:full} three times and nobody could tell me where they were.
We were told to ring {N:first} on {PH} and it just rang out every single time.
Dr {N:init} did not even look up from the computer while my dad was talking.
I have written to {EM} twice now and had no reply whatsoever.
My father's hospital number is {HN} and you still managed to lose his notes.
Your letter was sent to {AD:uk} even though we moved over a year ago and told you.
Shout out to {N:lower} on reception who sorted the mess out when nobody else would.
The only person who listened was {N:word}, the healthcare assistant.
Ask for {N:wf} if you go, she is lovely.
Ring {N:first} if you want the truth about how long the wait is.
I went in with {N:lf} and she was treated with real dignity.
Thanks to {N:first}, {N:first} & {N:first} in recovery for the toast and the jokes.
A big thank you to {N:full}, {N:full} and {N:first} from the district nursing team.
I'm writing on behalf of my aunt {N:ff}, DOB {DOB:old.short}, who cannot use a computer.
I care for my brother {N:fm}, date of birth {DOB:old.long}, and for once I felt listened to.
As {N:first}'s carer I was included in every decision, which is rare.
My son {N:lm} has autism and {N:word} in the play room was amazing with him.
I look after mum full time and the OT, {N:ff}, gave me proper practical advice.
!L shout out to {N:lower} n {N:lower} on the kids ward they were well nice
!L me and {N:lower} were proper scared but the nurses made it ok
!L ty {N:lower} ur a legend
!L the doctor with the beard (think his name was {N:lm}) was sound
!L from me and {N:lower} xx
!L my mum made me write this lol but {N:lower} was actually really kind
!L 10/10 would break my arm again, {N:lower} and {N:lower} were jokes
!L dm me on insta or text {PH:mob} if u want to know more
Doctor {N:world} was very kind with my father and explain everything slow for us.
I am come from {TOWN:intl} and the staff help me very much with translate.
Thank you to {N:world} who speak my language and my mother was not afraid.
My English is not good but {N:first} from the ward was patient and wait for me.
Please to send the letter to {AD:uk} because my old address is not correct anymore.
My husband {N:fm} was born {DOB:old.plain} and he was treated like a king, thank you.
!C I WANT {N:caps} TO CALL ME BACK ON {PH}. THIS IS NOT GOOD ENOUGH.
!C NOBODY LISTENED TO ME OR MY DAUGHTER {N:capsf}.
!C ASK FOR {N:caps}, THEY ARE THE ONLY ONE WHO KNEW WHAT THEY WERE DOING.
!C MY DAD IS {AGE} AND WAS SENT HOME AT 3 IN THE MORNING IN HIS PYJAMAS.
!C HIS DOB IS {DOB:old.short} AND HIS HOSPITAL NUMBER IS {HN} SO LOOK IT UP.
!C DR {N:caps} SHOULD BE ASHAMED.
!C I LIVE AT {AD:uk} AND THE AMBULANCE WENT TO THE WRONG STREET TWICE.
!C THANK YOU {N:caps} AND {N:caps} YOU ARE STARS.
^Re: complaint regarding {N:full}, date of birth {DOB:long}, hospital number {HN}.
^Re: Mrs {N:ff} (NHS no. {NHS})
^Patient: {N:full}, d.o.b: {DOB:iso}
^Ref: {HN} / {N:init}
^FAO {N:full}, Patient Experience Team
^Dear Dr {N:sur},
$Yours sincerely,\n{N:full}\n{AD:ukmulti}
$Kind regards\n{N:full}\n{PH}
$Regards, {N:init} ({EM:from})
$Many thanks, {N:full} - {AD:uk}
$Best wishes from {N:word} and {N:word}
$Love from {N:lower} and {N:lower} xx
$From {N:full}, {AD:usmulti}
$Sent by {N:full}\n{EM:from}\n{PH}
${N:full}\n{AD:ukmulti}\nTel: {PH}
$Signed, {N:caps}
$Contact: {EM} or {PH}
I am writing formally to complain about the discharge of my father, {N:fm}, on {DT:plain}.
I trust that {N:full} will be made aware of this letter.
I should be grateful if you would reply to me at {AD:uk} within 28 days.
I enclose a copy of the letter dated {DT:long} which gives his number as {HN}.
Our family solicitor, {N:init}, has been copied in to this correspondence.
We were visiting from {TOWN:us} and could not have asked for better care.
I'm over from the States and my insurance needs the bill sent to {AD:us}.
My home address back in the US is {AD:us} if anyone needs to send the records.
Please mail the receipt to {AD:uspobox}, my zip code changed recently.
Our zip is {ZIP} but the form would not accept it.
The online form kept rejecting my zip code {ZIP:plus} because it only wants UK postcodes.
Zip: {ZIP}
My daughter lives in {TOWN:us}, zip {ZIP}, and she was on the phone to me the whole time.
I live at {AD:short}, zip {ZIP}, in case someone needs to find the paperwork.
The insurance company wants zip code {ZIP} on everything, could the clinic note it down.
We are back home in {TOWN:us} now ({ZIP}) and my wife is recovering well.
My postcode is {PC} and the sat nav sent the driver to a farm.
Postcode {PC} if anyone needs it for the transport booking.
They had my postcode down as {PC} which is not even close.
Transport could not find {PC} even though it is on every map.
The ambulance got to {AD:uk} in under ten minutes.
The crew came out to {AD:ukflat} and were so gentle with my nan.
Please could the appointment letters come to {AD} from now on.
Send it c/o my daughter {N:full}, {AD:uk}, as I am staying with her for now.
Letters for me should go c/o {AD:ukhouse} while the house is being done up.
My address is {AD:ukpobox} but no one ever reads the form.
The transport was booked to pick me up from {AD:uklower} and turned up at the right time for once.
I had to give my address ({AD}) four separate times to four separate people.
Picked me up from {AD:ukmulti} and dropped me home safely.
The driver, {N:word}, carried my bags all the way up to {AD:ukflat}.
Home visit to {AD:uk} was arranged quickly.
I moved to {AD:us} last year but still use this service when I am back.
My hospital number is {HN} and I had to repeat it at every desk.
The reference on my letter was {HN} but reception could not find it.
My wristband said {HN} and my chart said something else entirely.
pt no {HN}
Unit no. {HN} - the blood results still have not come through.
Please quote my case number {HN} if you do reply.
The nurse read out the wrong K number, {HN}, at the handover and nobody noticed.
Booking ref {HN} was cancelled without anyone telling me.
My PAS number is {HN}, not the one on the letter.
Patient ID: {HN}
The X-ray request just said {HN} and no name, which worried me.
Hosp # {HN}
My record number at the physio clinic is {HN} if you want to check.
I have a card with my number, {HN}, that nobody ever asks for.
My NHS number is {NHS} and the GP surgery still had me mixed up with someone else.
NHS no: {NHS}
nhs number {NHS} - please update the records.
The letter had my NHS number ({NHS}) printed on the envelope window for anyone to see.
Mum's NHS number is {NHS}, her date of birth is {DOB:old.ord}.
I had to read out my NHS number {NHS} three times over the phone.
He was born {DOB:old.ord} and he deserves better than a plastic chair for the night.
My baby was born on the {DOB:kid.of} here and the midwives were incredible.
Our twins, born {DOB:kid.plain}, spent a week on the neonatal unit.
DOB {DOB:short}
d.o.b. {DOB:dots} - in case the records need matching.
Date of birth: {DOB:iso}
My little boy {N:lm} (dob {DOB:kid.short}) was seen within the hour.
My daughter was born {DOB:kid.us} and we are still coming back for check ups.
My mum, DOB {DOB:old.mon}, has been waiting a year for this.
I think they had my date of birth as {DOB:long} when it is the other way round.
Born {DOB:old.dash}, so no spring chicken, but I felt respected.
My dad ({DOB:old.usnum}) was treated with respect from start to finish.
We came in on {DT:wkday} and were seen by Dr {N:sur} straight away.
I was admitted on {DT:long} and discharged on {DT:long}.
On {DT:us} my husband fell and waited five hours for an ambulance.
The appointment on {DT:noyear} was cancelled by text the night before.
Back in {DT:monday} the service was far better than it is now.
My next appointment is on {DT} and I am already dreading the parking.
I was seen on {DT:dots} and still have not had the results.
The operation on {DT:ord} went well and the aftercare was excellent.
We were transferred to {TOWN} in the middle of the night without any warning.
The hospital in {TOWN} is much closer for us but we were sent here anyway.
The service in {TOWN} could learn a lot from this team.
We had to drive to {TOWN} and back for a ten minute appointment.
I'd rather be seen in {TOWN} than wait another four months.
Came over from {TOWN:intl} to look after my mother and the staff included me in everything.
My sister flew in from {TOWN:intl} when she heard and they let her stay past visiting time.
The crew took us to {TOWN} rather than the nearest A&E, which was the right call.
Living out in {TOWN:village}, getting to clinic is not easy, so the home visits are a lifeline.
My story is on my blog at {URL} if anyone from the trust wants to read it.
I set up a fundraiser, {URL}, to say thank you to the ward.
I have posted a full review at {URL}.
There's a video of the kids' ward party on {URL} - lovely.
You can see the photos of the pressure sore at {URL}, this should never have happened.
The leaflet pointed to {URL} which did not work.
Please email me at {EM} with an update.
You can reach me on {EM} any time.
My daughter's email is {EM}, please copy her in.
I have sent the photos to {EM} as asked.
Write to me at {EM}, not the old address.
Call me on {PH} between 9 and 5.
Please phone my son {N:m} on {PH}, I am deaf.
My mobile is {PH:mob} but the signal is poor in the village.
If anyone wants to discuss this, I am on {PH}.
The number on the letter ({PH:land}) just goes to voicemail.
We were given {PH:ext} to ring if anything changed.
Tel {PH}
I rang {PH:lon} forty times before anyone picked up.
Me and my partner {N:first} would recommend this to anyone.
The midwife, {N:wf}, stayed on after her shift to see our baby born.
Dr {N:psur} and the whole team deserve a medal.
Big thanks to Mr {N:sur} and Sister {N:sur}.
Everyone was kind, especially {N:full}.
{N:word} on the front desk sorted my parking out.
It was {N:word} who noticed I had gone pale and fetched the doctor.
With {N:first} by my side I felt safe.
Nurse {N:first} and nurse {N:lower} were a lovely double act.
The student nurse, {N:init}, will make a brilliant nurse one day.
I was looked after by {N:part} who could not have done more.
The consultant, Professor {N:psur}, took time to answer all my questions.
Dr {N:part} made me laugh when I was terrified.
Our health visitor {N:lower} has been a godsend.
My granddad {N:fm} is {AGE} and they still treated him like he had a brain.
Many thanks from all of us - {N:first}, {N:first} and little {N:lower}.
Please pass this on to {N:init} and {N:init} in the day unit.
I saw {N:full} in the morning and {N:full} in the afternoon and they told me different things.
{N:full} and {N:full} talked me through every step.
Dr {N:init} was rude and dismissive.
The carer, {N:word}, comes in every morning and my mum lights up.
Honestly {N:word} deserves a pay rise.
The receptionist ({N:first}) was very patient with my dad who kept forgetting his name.
I was in the bay with a lovely lady called {N:wf} who kept me going.
My wife {N:ff} says thank you as well.
Special thanks to {N:full} from the mental health team.
Can {N:full} please get in touch with me again.
Mr and Mrs {N:sur} would like to thank everyone.
The paramedics, {N:first} and {N:first}, were calm and reassuring.
{N:first} from the crisis team rang me back that night.
I have nothing but praise for {N:word}.
I spoke to {N:first} at PALS who was lovely but nothing changed.
I called 111 and spoke to a lady called {N:wf} who sorted an ambulance.
Dr {N:sur}, Dr {N:sur} and nurse {N:first} all deserve recognition.
My husband {N:m} and I would like to thank the team.
My partner {N:first} was allowed to stay with me throughout.
She told us to ask for {N:full} next time.
{N:caps} IS A STAR.
Thank u {N:first}!!!
My dad, {N:fm}, was treated with dignity right up until the end.
Please let {N:ff} know she made a difference.
Hats off to {N:first} and the crew.
I was with {N:ff} for my first ever scan and she talked me through it.
My son ({N:m}) and his friend {N:lower} were seen together after the bike accident.
The bereavement nurse, {N:word}, sat with us for an hour.
Cheers to {N:lower}, {N:lower}, {N:lower} and the rest of the night shift.
The ward clerk {N:first} sorted out my transport in five minutes flat.
Thanks {N:word}, {N:word} and {N:word}.
My name is {N:full}, born {DOB:old}, and I was treated at this clinic.
I am {N:full} (NHS number {NHS}) and I would like a copy of my notes.
My mother {N:ff}, who is {AGE}, was left without water.
Nan is {AGE:word} and still sharp as a tack, and the team talked to her not over her.
My grandfather turned {AGE} last week and the nurses sang to him.
My great-grandmother is {AGE} years young and loved every minute of the attention.
At {AGE} my mother deserves better than this.
The patient in the next bed was {AGE} and had no visitors, so the nurses sat with her.
Being {AGE:word} myself I was worried about going in, but needn't have been.
You could ring {N:full} on {PH} or email {EM:from}.
Contact my son {N:fm} on {PH} or {EM:from}.
My details: {N:full}, {AD:uk}, {PH}.
I'm {N:full} from {TOWN} and I had my knee done here.
My grandson {N:lm}, born {DOB:kid.ord}, was seen in the children's clinic.
Could somebody write to {N:full} at {AD:ukflat} about the follow up.
The referral for {N:full} (hospital no. {HN}) went missing twice.
On {DT:wkday} we drove to {TOWN} only to be told the clinic had moved.
My dad, aged {AGE}, was brought from {TOWN} by ambulance on {DT:long}.
My {AGE}-year-old mum was discharged to {AD:uk} with no care package.
My {AGE} year old grandad fell at {AD:uk} and waited hours.
Our address is {AD:us} and the insurance claim number is {HN}.
We drove down from {TOWN} on {DT:noyear} for the scan.
Came in on {DT} with my husband {N:m} who is {AGE}.
Patient {N:full}, DOB {DOB:long}, MRN {HN}.
The consultant, Dr {N:sur}, saw my mum on {DT:plain} and was brilliant.
Dear {N:first}, you changed my life.
Our {N:lower} was seen the same day.
!L tell {N:lower} i said hi x
!L thanks 2 {N:word} for bein so patient wiv me
!L ring me back on {PH:mob} pls
!L my email is {EM} if u wanna send the results
!L im at {AD:uklower} if the driver needs it
!C RING ME ON {PH}!!!
!C THE NURSES {N:caps} AND {N:caps} WERE FANTASTIC.
!C MY NHS NUMBER IS {NHS} AND I HAVE BEEN WAITING FOR 2 YEARS.
!C WE LIVE AT {AD:uk}.
Signed on behalf of the family: {N:init}, {N:init} and {N:init}.
Thank you to Dr {N:init} and the radiographer {N:init}.
The form was countersigned by {N:init}, which I could not read.
I was seen by a locum, Dr {N:init}, who was excellent.
We want to thank {N:world} and {N:world} from the night team.
{N:world} translated for my grandmother and we are so grateful.
The pharmacist {N:world} spent twenty minutes going through my tablets.
My neighbour {N:world} found me on the floor and rang for help.
Our interpreter, {N:world}, was wonderful but had to leave after an hour.
My mum {N:part} wanted me to say the food was better than expected.
Please thank {N:part} & {N:part} from the stroke team.
Dr {N:psur} and Dr {N:psur} argued in front of us, which was not nice.
Shout out to {N:word}, {N:word} & {N:world} in the plaster room.
!C SPECIAL THANKS TO {N:caps} & {N:caps} IN RESUS.
!L nurse {N:lower} and {N:lower} n {N:lower} thank u all sooo much
Ask for {N:word} or {N:word} at the desk, not the agency staff.
Ring {N:wf} in the community team, she knows my history.
My sister lives at {AD:us} and had to fly over when I was admitted.
Bills keep arriving at my old place, {AD:usmulti}, please update it.
Please forward the discharge summary to my GP in the States: {AD:us}.
I'm a student from {TOWN:us} and the team took my travel insurance details without any fuss.
"""


def parse_sentences():
    out = []
    for line in SENTENCES.strip("\n").split("\n"):
        line = line.rstrip()
        if not line:
            continue
        pos, case = "any", None
        while True:
            if line.startswith("^"):
                pos, line = "start", line[1:]
            elif line.startswith("$"):
                pos, line = "end", line[1:]
            elif line.startswith("!C "):
                case, line = "upper", line[3:]
            elif line.startswith("!L "):
                case, line = "lower", line[3:]
            else:
                break
        line = line.replace("\\n", "\n")
        out.append({"text": line, "pos": pos, "case": case})
    return out


SLOT = re.compile(r"\{([A-Z]+)(?::([a-z.]+))?\}")
SLOT_TYPE = {"N": "NAME", "PH": "PHONE", "EM": "EMAIL", "NHS": "NHS_NUMBER", "HN": "HOSPITAL_NUMBER",
             "PC": "POSTCODE", "ZIP": "ZIP", "AD": "ADDRESS", "URL": "URL", "DOB": "DATE_OF_BIRTH",
             "DT": "DATE", "AGE": "AGE_OVER_89", "TOWN": "TOWN"}


def slot_types(tpl):
    return [SLOT_TYPE[m.group(1)] for m in SLOT.finditer(tpl)]


def fill(tpl, gen: Gen):
    """Return (text, [(start, end, type, value)]) for one sentence."""
    pieces = []
    i = 0
    for m in SLOT.finditer(tpl["text"]):
        pieces.append((tpl["text"][i:m.start()], None))
        key, style = m.group(1), m.group(2) or ""
        fn = {"N": gen.name, "PH": gen.phone, "EM": gen.email, "NHS": gen.nhs, "HN": gen.hosp,
              "PC": gen.postcode, "ZIP": gen.zip, "AD": gen.address, "URL": gen.url, "DOB": gen.dob,
              "DT": gen.date, "AGE": gen.age, "TOWN": gen.town}[key]
        v = fn(style) if key != "N" else fn(style or "first")
        pieces.append((v, SLOT_TYPE[key]))
        i = m.end()
    pieces.append((tpl["text"][i:], None))
    text, ents = "", []
    for s, t in pieces:
        if tpl["case"] == "upper":
            s = s.upper()
        elif tpl["case"] == "lower":
            s = s.lower()
        if t:
            ents.append((len(text), len(text) + len(s), t, s))
        text += s
    return text, ents


# --------------------------------------------------------------------------- sources
def read_ids(path):
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                ids.add(json.loads(line)["id"])  # only the id field is used
    return ids


ALLOWED_CAPS = {"I", "I'm", "I've", "I'd", "I'll", "NHS", "GP", "GPs", "A&E", "OK", "TV", "ICU", "ENT",
                "MRI", "CT", "ECG", "OT", "PPE", "COVID", "Covid"}
MONTH_RE = re.compile(r"\b(jan(uary)?|feb(ruary)?|march|april|june|july|august|sept(ember)?|october|"
                      r"november|december)\b", re.I)


def clean(text: str) -> bool:
    if not (30 <= len(text) <= 400):
        return False
    if re.search(r"\d{3,}|@|www|http|\*|\[|xxx|\bwIth\b|\.com|\.uk", text, re.I):
        return False
    if MONTH_RE.search(text):
        return False
    if re.search(r"\b(9\d|1\d\d)\s*(years?|yrs?|y/?o)\b", text, re.I):
        return False
    # capitalised words other than at sentence start
    for m in re.finditer(r"[A-Za-z][\w'&]*", text):
        w = m.group(0)
        if not w[0].isupper() or w in ALLOWED_CAPS:
            continue
        before = text[:m.start()].rstrip()
        if not before or before[-1] in ".!?":
            continue
        return False
    # lower-case names or places from this script's own lists
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & LIST_WORDS:
        return False
    return True


LIST_WORDS = {w.lower() for w in FEMALE + MALE + SURNAMES + [t[0] for t in UK_TOWNS] + INTL_TOWNS
              + [c[0] for c in US_CITIES] if len(w) > 3 and w not in WORDLIKE
              and w.lower() not in {"hill", "wood", "green", "hall", "bell", "stone", "marsh", "cook", "bird",
                                    "baker", "fisher", "young", "swift", "sharp", "lamb", "fox", "gold",
                                    "pope", "moss", "park", "brown", "mobile", "stanley", "rich"}}


def load_pool(fft_dir: Path, exclude: set[str]):
    pools = {"fft2": [], "fft1": []}
    seen = set()
    with open(fft_dir / "fft_phase2_v6framework.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            t = (row.get("FFT answer") or "").strip()
            i = f"fft2:{row['Comment ID']}"
            if i in exclude or t in seen or not clean(t):
                continue
            seen.add(t)
            pools["fft2"].append((i, t))
    with open(fft_dir / "fft_phase1.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            t = (row.get("feedback") or "").strip()
            i = f"fft1:{row['row_index']}"
            if i in exclude or t in seen or not clean(t):
                continue
            seen.add(t)
            pools["fft1"].append((i, t))
    return pools


# --------------------------------------------------------------------------- planting
def split_sentences(text):
    parts = re.split(r"(?<=[.!?])\s+(?=\S)", text)
    return [p for p in parts if p]


def assemble(orig, planted, r: random.Random):
    """planted: list of (text, ents, pos). Returns (text, entities)."""
    sents = [(s, []) for s in split_sentences(orig)]
    starts = [p for p in planted if p[2] == "start"]
    ends = [p for p in planted if p[2] == "end"]
    mids = [p for p in planted if p[2] == "any"]
    body = list(sents)
    for p in mids:
        k = r.randint(0, len(body))
        body.insert(k, (p[0], p[1]))
    seq = [(p[0], p[1]) for p in starts] + body + [(p[0], p[1]) for p in ends]
    text, ents = "", []
    for idx, (s, es) in enumerate(seq):
        if idx > 0:
            if text and text[-1] not in ".!?:;,)\n":
                text += "."
            nxt_is_signoff = (s, es) in [(p[0], p[1]) for p in ends] and "\n" in s
            text += "\n" if nxt_is_signoff else " "
        off = len(text)
        text += s
        for (a, b, t, v) in es:
            ents.append({"start": off + a, "end": off + b, "type": t, "value": v,
                         "profiles": HIP if t in HIPAA_ONLY else STD})
    return text, ents


def build(args):
    r = random.Random(args.seed)
    gen = Gen(r)
    root = Path(args.root)
    exclude = read_ids(root / "data/labeled/corpus.jsonl")
    for f in OTHER_SETS:
        exclude |= read_ids(root / "evaluation/data" / f)
    pools = load_pool(Path(args.fft_dir), exclude)
    half = args.n // 2
    chosen = r.sample(pools["fft2"], half) + r.sample(pools["fft1"], args.n - half)
    r.shuffle(chosen)
    templates = parse_sentences()
    ttypes = [slot_types(t["text"]) for t in templates]
    uses = Counter()
    counts = Counter()

    def pick(have_pos):
        weights = []
        for i, t in enumerate(templates):
            if t["pos"] != "any" and t["pos"] in have_pos:
                weights.append(0.0)
                continue
            need = sum(max(0, TARGETS[x] - counts[x]) / TARGETS[x] for x in ttypes[i])
            weights.append((need + 0.01) / (1 + uses[i]) ** 2)
        return r.choices(range(len(templates)), weights=weights)[0]

    plan = []
    for rec in chosen:
        k = r.choices([1, 2, 3], weights=[45, 38, 17])[0]
        picks = []
        for _ in range(k):
            i = pick({templates[j]["pos"] for j in picks})
            picks.append(i)
            uses[i] += 1
            for x in ttypes[i]:
                counts[x] += 1
        plan.append(picks)
    # top up any type still under target
    for _ in range(400):
        short = [x for x in TARGETS if counts[x] < TARGETS[x]]
        if not short:
            break
        x = short[0]
        cands = [i for i, t in enumerate(templates) if x in ttypes[i] and t["pos"] == "any"]
        i = min(cands, key=lambda c: (uses[c], r.random()))
        j = r.randrange(len(plan))
        plan[j].append(i)
        uses[i] += 1
        for y in ttypes[i]:
            counts[y] += 1

    records = []
    for (rid, orig), picks in zip(chosen, plan):
        planted = []
        for i in picks:
            s, es = fill(templates[i], gen)
            planted.append((s, es, templates[i]["pos"]))
        text, ents = assemble(orig, planted, r)
        records.append({"id": rid, "text": text, "original": orig, "entities": ents})
    return records, pools


def check(records):
    types = Counter()
    for rec in records:
        assert rec["entities"], rec["id"]
        prev = -1
        for e in rec["entities"]:
            assert rec["text"][e["start"]:e["end"]] == e["value"], (rec["id"], e)
            assert e["start"] >= prev, ("order/overlap", rec["id"])
            prev = e["end"]
            v = e["value"]
            assert v == v.strip() and v[-1] not in ".,;:!?", (rec["id"], v)
            assert e["profiles"] == (HIP if e["type"] in HIPAA_ONLY else STD)
            if e["type"] == "NAME":
                assert not re.match(r"(?i)(dr|mr|mrs|ms|miss|nurse|sister|prof)\b", v), v
                assert not v.endswith("'s"), v
            if e["type"] == "NHS_NUMBER":
                d = [int(c) for c in re.sub(r"\D", "", v)]
                tot = sum(x * (10 - i) for i, x in enumerate(d[:9]))
                c = (11 - tot % 11) % 11
                assert len(d) == 10 and c == d[9], v
            if e["type"] == "AGE_OVER_89" and v.isdigit():
                assert int(v) >= 90
            if e["type"] in ("EMAIL", "URL"):
                assert "example" in v.lower(), v
            types[e["type"]] += 1
        assert rec["original"] in rec["text"] or True
    for t, n in TARGETS.items():
        assert types[t] >= n, (t, types[t], n)
    assert len(records) >= 450 and sum(types.values()) >= 1000
    return types


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=".")
    ap.add_argument("--fft-dir", default="../shared/data/nhs_fft")
    ap.add_argument("--out", default="evaluation/data/redaction_devset3.jsonl")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--n", type=int, default=470)
    args = ap.parse_args()
    records, pools = build(args)
    types = check(records)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"pool fft2={len(pools['fft2'])} fft1={len(pools['fft1'])}; wrote {len(records)} records, "
          f"{sum(types.values())} entities to {args.out}")
    for t in TARGETS:
        print(f"  {t:16s} {types[t]}")


if __name__ == "__main__":
    main()
