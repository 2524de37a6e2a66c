"""Build redaction development set 5 (``evaluation/data/redaction_devset5.jsonl``).

Real NHS Friends and Family Test comments with invented personal details planted
into them by hand-written carrier sentences. Everything planted is invented; see
``evaluation/data/redaction_devset5.md``.

Written without opening anything under ``cxnlp/``, ``tests/``, ``scripts/``,
``evaluation/redaction.py`` or the other builders in this folder, and without
running the redactor. Only the ``id`` field of the other redaction sets is read,
to leave their comments out.

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset5.py

All randomness comes from one ``random.Random(seed)``; nothing depends on set or
hash order, so a rerun writes the same bytes (as long as the id lists of the
excluded sets are unchanged).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 5150613
N_RECORDS = 450
PER_PHASE = 225
OUT_DEFAULT = "evaluation/data/redaction_devset5.jsonl"
FFT_DIR_DEFAULT = "../shared/data/nhs_fft"

BOTH = ["standard", "hipaa_safe_harbor"]
HIPAA_ONLY = ["hipaa_safe_harbor"]
HIPAA_ONLY_TYPES = {"DATE", "AGE_OVER_89", "TOWN"}

TARGETS = {
    "NAME": 420,
    "ADDRESS": 110,
    "DATE_OF_BIRTH": 70,
    "HOSPITAL_NUMBER": 80,
    "PHONE": 65,
    "EMAIL": 40,
    "NHS_NUMBER": 40,
    "POSTCODE": 35,
    "ZIP": 35,
    "URL": 20,
    "DATE": 45,
    "AGE_OVER_89": 40,
    "TOWN": 60,
}
TYPE_ORDER = list(TARGETS)

# ---------------------------------------------------------------------------
# Word lists, written for this set.
# ---------------------------------------------------------------------------

FEMALE = """
Margaret Susan Julie Karen Lorraine Jackie Tracey Nicola Gemma Kirsty Leanne Chloe
Megan Bethan Ffion Siobhan Aoife Niamh Róisín Eilidh Morag Catriona Priya Anjali
Harpreet Simran Nusrat Ayesha Fatima Zainab Halima Amina Ngozi Chiamaka Folake Abena
Adwoa Yetunde Agnieszka Katarzyna Magdalena Ewa Dorota Ioana Alina Daniela Svetlana
Oksana Mei Xiu Yuki Haruka Min-ji Linh Thu Sofia Lucia Giulia Chiara Inês Beatriz
Carmen Ingrid Astrid Freya Sigrid Hannah Rebecca Sarah Claire Louise Deborah Janet
Pauline Brenda Sheila Doreen Maureen Elaine Wendy Hayley Kelly Stacey Jade Amelia
Isla Evie Maisie Orla Cerys Nia Rhiannon Kerry-Ann Marie-Claire Zoë Renée Siân
Shonagh Teagan Kayleigh Precious-Ann Bernadette Philomena Gwendolyn Olwen Parveen
Shabana Rukhsana Tahmina Lakshmi Deepa Kavita Esi Afia Wanjiru Nomvula Tendai Yasmin
""".split()

MALE = """
David Stephen Gary Wayne Darren Kevin Paul Ian Graham Trevor Colin Derek Keith
Barry Malcolm Geoff Terry Dennis Stanley Arthur Harold Albert Ernest Connor Callum
Kyle Jordan Liam Ryan Jamie Owen Rhys Dafydd Gethin Iwan Hamish Angus Fraser Ruairí
Cathal Pádraig Eoin Oisín Declan Mohammed Imran Tariq Bilal Hamza Yusuf Arjun Rohan
Vikram Sanjay Gurpreet Harjit Rajesh Chinedu Emeka Oluwaseun Tunde Kwame Kofi
Kwabena Tomasz Piotr Krzysztof Marek Andrzej Bogdan Mihai Florin Dmitri Sergei Vasyl
Wei Jian Hiroshi Takeshi Minh Thanh Mateo Luca Giorgio Marco João Tiago Diego
Javier Lars Bjørn Nils Henrik Mehmet Emre Hassan Omar Jean-Paul René Éamon Seán
Lachlan Alasdair Tadhg Cormac Eifion Gareth Huw Aled Dilwyn Nkosana Tafadzwa Abdi
Mustafa Kamran Shahid Parminder Baljit Deepak Suresh Kenji Jae-won Dariusz Radu
""".split()

# First names that are also ordinary English words.
WORD_FEMALE = """
Grace Hope Faith Joy Dawn Rose Mercy Patience Precious Blessing Charity Summer Hazel
Ivy Holly Poppy Daisy Pearl Ruby Amber Honey Crystal Star Destiny Heaven Sky Fern
Willow Autumn Clementine Sunshine Angel
""".split()
WORD_MALE = """
Will Bill Frank Pat Ray Rob Jack Mark Drew Chase Miles Reed Robin Jay Sandy Rusty
Victor Guy Earl Dean Grant Gift Sunny Jun Min Sonny Lucky Hunter Forrest Stone
""".split()

SURNAMES = (
    """
Whitfield Ashworth Brennan Gallagher McAllister MacKenzie McLaughlin O'Sullivan
O'Donnell Fitzgerald Kavanagh Doherty Quinlan Pritchard Llewellyn Vaughan Prosser
Campbell Drummond Ferguson Sinclair Lennox Cruickshank Urquhart Patel Shah Mistry
Chauhan Parmar Sandhu Dhillon Bains Sidhu Choudhury Rahman Begum Uddin Hussain
Akhtar Qureshi Malik Siddiqui Iqbal Okonkwo Adeyemi Olawale Nwosu Mensah Owusu
Boateng Asante Danso Kowalski Nowak Wiśniewski Kamińska Lewandowski Wójcik Popescu
Ionescu Dumitru Petrov Ivanova Horvat Novák Dvořák Nguyen Tran Pham Chen Wang Zhang
Huang Tanaka Nakamura Choi Rossi Esposito Bianchi Romano Pereira Oliveira Fernández
García López Martínez Jansen Andersen Johansson Lindqvist Nordström Eriksen Yilmaz
Demir Haddad Khoury Mansour Warsame Osman Tesfaye Bekele Mwangi Otieno Achieng
Banda Phiri Moyo Ncube Cohen Goldberg Rosenthal Thornton Pickering Haworth
Ollerenshaw Sutcliffe Greenwood Hargreaves Illingworth Ramsbottom Entwistle
Cartwright Blenkinsop Featherstone Armitage Oldroyd Crowther Tindall Dobson
Atkinson Pemberton Fairbrother Lockwood Bramley Shackleton Hewitt Kendrick
Winterbottom Rowntree Patel-Hart Lloyd-Evans Hughes-Mensah Clarke-Boateng Smyth
Ellison Mahoney Trelawney Penrose Tregear Polglase Abernethy Macaulay Kaur Grewal
Anand Venkatesh Ramachandran Ogunleye Babatunde Agyeman Szymański Zielińska Baranowski
Kovačević Papadopoulos Georgiou Christodoulou Okafor Yeboah Mahmood Chaudhry Bashir
""".split()
    + [
        "van der Berg",
        "van Dijk",
        "de Vries",
        "ter Haar",
        "da Silva",
        "dos Santos",
        "Ó Briain",
        "Nic Giolla",
        "ap Rhys",
        "De'Ath",
        "al-Amin",
        "bin Yusof",
        "Mac an tSaoir",
        "van Rensburg",
        "Le Grice",
    ]
)

# Surnames that are also ordinary English words.
WORD_SURNAMES = """
Bird Fox Baker Cook Hill Wood Young Long Small Black White Green Brown Bell Moon
Lamb Stone Frost Church Cross Banks Marsh Field Hunter Fisher Mason Sharp Swift
Bond King Page Read Hart Knight Rich Gold Snow Winter Best Love Wise Shepherd
Dove Finch Crane Nash Steel Potter Hope
""".split()

TITLES = [
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Miss",
    "Prof",
    "Prof.",
    "Nurse",
    "Sister",
    "Doctor",
    "Professor",
    "Matron",
    "Sir",
    "Dame",
    "Mx",
]

# (town, county, [real outward codes])
UK_TOWNS = [
    ("Leeds", "West Yorkshire", ["LS6", "LS8", "LS11", "LS17"]),
    ("Sheffield", "South Yorkshire", ["S10", "S7", "S11"]),
    ("York", "North Yorkshire", ["YO24", "YO10", "YO31"]),
    ("Bristol", "", ["BS7", "BS3", "BS16"]),
    ("Norwich", "Norfolk", ["NR2", "NR3", "NR7"]),
    ("Exeter", "Devon", ["EX4", "EX2"]),
    ("Derby", "Derbyshire", ["DE22", "DE23"]),
    ("Lincoln", "Lincolnshire", ["LN2", "LN6"]),
    ("Hull", "East Yorkshire", ["HU5", "HU9"]),
    ("Durham", "Co. Durham", ["DH1"]),
    ("Carlisle", "Cumbria", ["CA1", "CA2"]),
    ("Preston", "Lancashire", ["PR1", "PR2"]),
    ("Bolton", "Greater Manchester", ["BL1", "BL3"]),
    ("Stockport", "Cheshire", ["SK4", "SK2"]),
    ("Shrewsbury", "Shropshire", ["SY1", "SY3"]),
    ("Hereford", "Herefordshire", ["HR1", "HR4"]),
    ("Worcester", "Worcestershire", ["WR5", "WR2"]),
    ("Gloucester", "Gloucestershire", ["GL1", "GL4"]),
    ("Swindon", "Wiltshire", ["SN1", "SN25"]),
    ("Oxford", "Oxfordshire", ["OX4", "OX3"]),
    ("Cambridge", "Cambridgeshire", ["CB1", "CB4"]),
    ("Ipswich", "Suffolk", ["IP4", "IP1"]),
    ("Colchester", "Essex", ["CO2", "CO4"]),
    ("Luton", "Bedfordshire", ["LU2", "LU4"]),
    ("Bedford", "Bedfordshire", ["MK40", "MK41"]),
    ("Northampton", "Northamptonshire", ["NN1", "NN3", "NN5"]),
    ("Kettering", "Northamptonshire", ["NN15", "NN16"]),
    ("Corby", "Northamptonshire", ["NN17", "NN18"]),
    ("Wellingborough", "Northamptonshire", ["NN8"]),
    ("Daventry", "Northamptonshire", ["NN11"]),
    ("Leicester", "Leicestershire", ["LE2", "LE3", "LE4"]),
    ("Nottingham", "Nottinghamshire", ["NG7", "NG5", "NG3"]),
    ("Mansfield", "Nottinghamshire", ["NG18", "NG19"]),
    ("Stoke-on-Trent", "Staffordshire", ["ST4", "ST6"]),
    ("Wolverhampton", "West Midlands", ["WV3", "WV10"]),
    ("Coventry", "West Midlands", ["CV1", "CV6"]),
    ("Sunderland", "Tyne and Wear", ["SR2", "SR4"]),
    ("Gateshead", "Tyne and Wear", ["NE8", "NE9"]),
    ("Newcastle upon Tyne", "Tyne and Wear", ["NE6", "NE4", "NE15"]),
    ("Middlesbrough", "North Yorkshire", ["TS1", "TS5"]),
    ("Darlington", "Co. Durham", ["DL1", "DL3"]),
    ("Hartlepool", "Co. Durham", ["TS24", "TS26"]),
    ("Scarborough", "North Yorkshire", ["YO11", "YO12"]),
    ("Harrogate", "North Yorkshire", ["HG1", "HG2"]),
    ("Bradford", "West Yorkshire", ["BD8", "BD3"]),
    ("Halifax", "West Yorkshire", ["HX1", "HX3"]),
    ("Huddersfield", "West Yorkshire", ["HD1", "HD4"]),
    ("Wakefield", "West Yorkshire", ["WF1", "WF2"]),
    ("Doncaster", "South Yorkshire", ["DN1", "DN4"]),
    ("Grimsby", "Lincolnshire", ["DN32", "DN34"]),
    ("Cardiff", "", ["CF14", "CF24"]),
    ("Swansea", "", ["SA1", "SA2"]),
    ("Wrexham", "", ["LL11", "LL13"]),
    ("Aberystwyth", "Ceredigion", ["SY23"]),
    ("Edinburgh", "", ["EH6", "EH11"]),
    ("Glasgow", "", ["G12", "G31"]),
    ("Aberdeen", "", ["AB10", "AB24"]),
    ("Inverness", "", ["IV2", "IV3"]),
    ("Belfast", "", ["BT9", "BT5"]),
    ("Plymouth", "Devon", ["PL4", "PL2"]),
    ("Truro", "Cornwall", ["TR1"]),
    ("Penzance", "Cornwall", ["TR18"]),
    ("Taunton", "Somerset", ["TA1", "TA2"]),
    ("Dorchester", "Dorset", ["DT1"]),
    ("Southampton", "Hampshire", ["SO15", "SO17"]),
    ("Portsmouth", "Hampshire", ["PO4", "PO2"]),
    ("Brighton", "East Sussex", ["BN2", "BN1"]),
    ("Hastings", "East Sussex", ["TN34"]),
    ("Canterbury", "Kent", ["CT1", "CT2"]),
    ("Maidstone", "Kent", ["ME14", "ME15"]),
    ("Guildford", "Surrey", ["GU1", "GU2"]),
    ("Watford", "Hertfordshire", ["WD17", "WD24"]),
    ("Peterborough", "Cambridgeshire", ["PE1", "PE4"]),
    ("Lowestoft", "Suffolk", ["NR32", "NR33"]),
    ("Kendal", "Cumbria", ["LA9"]),
    ("Lancaster", "Lancashire", ["LA1"]),
    ("Blackpool", "Lancashire", ["FY1", "FY4"]),
    ("Warrington", "Cheshire", ["WA1", "WA4"]),
    ("Chesterfield", "Derbyshire", ["S40", "S41"]),
    ("Skegness", "Lincolnshire", ["PE25"]),
    ("Hexham", "Northumberland", ["NE46"]),
    ("Morpeth", "Northumberland", ["NE61"]),
    ("Alnwick", "Northumberland", ["NE66"]),
    ("Consett", "Co. Durham", ["DH8"]),
    ("Peterlee", "Co. Durham", ["SR8"]),
    ("Redcar", "North Yorkshire", ["TS10"]),
    ("Stockton-on-Tees", "Co. Durham", ["TS18", "TS19"]),
    ("Northallerton", "North Yorkshire", ["DL6", "DL7"]),
    ("London", "", ["E8", "N16", "SE15", "SW9", "NW6", "W12", "E17"]),
]
UK_TOWN_INDEX = {t[0]: t for t in UK_TOWNS}

# (village, post town) -- the post town is in UK_TOWNS.
VILLAGES = [
    ("Great Ayton", "Middlesbrough"),
    ("Stokesley", "Middlesbrough"),
    ("Wolsingham", "Durham"),
    ("Ponteland", "Newcastle upon Tyne"),
    ("Brixworth", "Northampton"),
    ("Towcester", "Northampton"),
    ("Raunds", "Wellingborough"),
    ("Desborough", "Kettering"),
    ("Burton Latimer", "Kettering"),
    ("Irthlingborough", "Wellingborough"),
    ("Higham Ferrers", "Wellingborough"),
    ("Long Buckby", "Daventry"),
    ("Weldon", "Corby"),
    ("Cottingham", "Hull"),
    ("Hessle", "Hull"),
    ("Haxby", "York"),
    ("Pocklington", "York"),
    ("Guisborough", "Middlesbrough"),
    ("Sedbergh", "Kendal"),
    ("Ambleside", "Kendal"),
    ("Keswick", "Carlisle"),
    ("Crediton", "Exeter"),
    ("Mevagissey", "Truro"),
    ("St Just", "Penzance"),
    ("Llanbadarn Fawr", "Aberystwyth"),
    ("Gresford", "Wrexham"),
    ("Ruddington", "Nottingham"),
    ("Southwell", "Nottingham"),
    ("Oakham", "Leicester"),
    ("Bottesford", "Leicester"),
    ("Belper", "Derby"),
    ("Wirksworth", "Derby"),
    ("Woodhall Spa", "Lincoln"),
    ("Nettleham", "Lincoln"),
    ("Aylsham", "Norwich"),
    ("Wymondham", "Norwich"),
    ("Whickham", "Gateshead"),
    ("Houghton-le-Spring", "Sunderland"),
    ("Shotley Bridge", "Consett"),
    ("Easington", "Peterlee"),
    ("Saltburn-by-the-Sea", "Redcar"),
    ("Yarm", "Stockton-on-Tees"),
    ("Bedale", "Northallerton"),
    ("Rothbury", "Morpeth"),
    ("Haydon Bridge", "Hexham"),
    ("Craster", "Alnwick"),
]

# Places that are ordinary words: never used by the comment filter.
WORDLIKE_PLACES = {
    "reading",
    "bath",
    "hope",
    "street",
    "wells",
    "crook",
    "amble",
    "washington",
    "march",
    "deal",
}

# (city, state, three-digit ZIP prefixes)
US_CITIES = [
    ("Madison", "WI", ["537"]),
    ("Columbus", "OH", ["432"]),
    ("Denver", "CO", ["802"]),
    ("Austin", "TX", ["787"]),
    ("Portland", "OR", ["972"]),
    ("Raleigh", "NC", ["276"]),
    ("Boise", "ID", ["837"]),
    ("Tucson", "AZ", ["857"]),
    ("Albany", "NY", ["122"]),
    ("Buffalo", "NY", ["142"]),
    ("Omaha", "NE", ["681"]),
    ("Tulsa", "OK", ["741"]),
    ("Richmond", "VA", ["232"]),
    ("Savannah", "GA", ["314"]),
    ("Spokane", "WA", ["992"]),
    ("Burlington", "VT", ["054"]),
    ("Des Moines", "IA", ["503"]),
    ("Lexington", "KY", ["405"]),
    ("Knoxville", "TN", ["379"]),
    ("Ann Arbor", "MI", ["481"]),
    ("Santa Fe", "NM", ["875"]),
    ("Pittsburgh", "PA", ["152"]),
    ("Sacramento", "CA", ["958"]),
    ("Fresno", "CA", ["937"]),
    ("Reno", "NV", ["895"]),
    ("Duluth", "MN", ["558"]),
    ("Eugene", "OR", ["974"]),
    ("Charleston", "SC", ["294"]),
    ("Wichita", "KS", ["672"]),
    ("Providence", "RI", ["029"]),
]
US_AREA = [
    "608",
    "614",
    "303",
    "512",
    "503",
    "919",
    "208",
    "520",
    "518",
    "716",
    "402",
    "918",
    "804",
    "912",
    "509",
    "802",
    "515",
    "859",
    "865",
    "734",
]

ABROAD = [
    "Gdańsk",
    "Kraków",
    "Wrocław",
    "Lagos",
    "Ibadan",
    "Karachi",
    "Lahore",
    "Mirpur",
    "Sylhet",
    "Dhaka",
    "Bucharest",
    "Cluj-Napoca",
    "Accra",
    "Kumasi",
    "Harare",
    "Bulawayo",
    "Nairobi",
    "Mombasa",
    "Kingston",
    "Lisbon",
    "Porto",
    "Vilnius",
    "Kaunas",
    "Riga",
    "Cork",
    "Galway",
    "Limerick",
    "Manila",
    "Chennai",
    "Amritsar",
    "Ludhiana",
    "Kerala",
    "Hong Kong",
    "Kyiv",
    "Lviv",
    "Aleppo",
    "Mogadishu",
    "Asmara",
    "Sofia",
    "Plovdiv",
    "Toronto",
    "Perth",
    "Auckland",
    "Cape Town",
    "Durban",
    "Madrid",
    "Naples",
    "Thessaloniki",
]

STREET_STEMS = (
    """
Larkspur Foxglove Sandpiper Tannery Wheelwright Kiln Ropery Colliery Chantry Heron
Kingfisher Weavers Cobblers Saddlers Furnace Pinfold Glebe Vicarage Meadowsweet
Thistle Bracken Harebell Cowslip Rowan Alder Hawthorn Juniper Linden Blackthorn
Whinfell Fellside Ashgrove Elmtree Oakfield Beechwood Willowbank Damson Quince
Medlar Sorrel Teasel Campion Lapwing Curlew Redshank Ferryman Lamplighter Maltings
Brewery Tollgate Turnpike Nightingale Skylark Wagtail Bluebell Primrose Celandine
""".split()
    + [
        "Quarry Bank",
        "Copper Beech",
        "Mill Race",
        "Lime Kiln",
        "Gorse Hill",
        "Cherry Tree",
        "Plum Tree",
        "Top o' th' Hill",
        "St Aidan's",
        "Bishop's Mead",
        "Cae Glas",
        "Heol y Nant",
        "Mafeking",
        "Ladysmith",
        "Jubilee",
    ]
)
STREET_TYPES = [
    "Close",
    "Way",
    "Drive",
    "Road",
    "Lane",
    "Avenue",
    "Row",
    "Terrace",
    "Street",
    "Rise",
    "Garth",
    "Walk",
    "Mews",
    "View",
    "Crescent",
    "Grove",
    "Court",
    "Gardens",
    "Place",
    "Bank",
    "Road",
    "Street",
    "Lane",
]
HOUSE_NAMES = [
    "Rose Cottage",
    "The Old Forge",
    "Hillcrest",
    "Ty Gwyn",
    "Brambledown",
    "Willow Lodge",
    "The Laurels",
    "Fernlea",
    "Meadow View",
    "Orchard House",
    "The Granary",
    "Windyridge",
    "Holmlea",
    "Sunnyside",
    "The Old Chapel",
    "Bwthyn Bach",
    "Lilac Cottage",
    "Greystones",
    "The Nook",
    "Pear Tree Cottage",
]
US_STEMS = [
    "Maple",
    "Sycamore",
    "Ridgeview",
    "Cedar Hollow",
    "Prairie Wind",
    "Old Mill",
    "Birch Bark",
    "Whippoorwill",
    "Cottonwood",
    "Bluebonnet",
    "Magnolia",
    "Pecan",
    "Tamarack",
    "Aspen Glen",
    "Quail Run",
    "Foxhound",
    "Lakeshore",
    "Timber Ridge",
    "Hickory",
    "Dogwood",
    "Sassafras",
    "Chickadee",
    "Buckeye",
    "Red Fox",
]
US_TYPES = [
    "St",
    "Ave",
    "Rd",
    "Dr",
    "Ln",
    "Ct",
    "Blvd",
    "Way",
    "Pl",
    "Terrace",
    "Circle",
    "Pkwy",
    "Street",
    "Avenue",
    "Drive",
]

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MON3 = [m[:3] for m in MONTHS]
MON_ALT = {8: "Sept"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

EXAMPLE_HOSTS = ("example.com", "example.org", "example.net")

# ---------------------------------------------------------------------------
# Value generators.
# ---------------------------------------------------------------------------


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def nhs_check_ok(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
HN_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
AGE_WORDS = [
    "ninety",
    "ninety-one",
    "ninety-two",
    "ninety-three",
    "ninety-four",
    "ninety-five",
    "ninety-six",
    "ninety-seven",
    "ninety-eight",
    "ninety-nine",
]


class Gen:
    """All invented values, drawn from one random.Random."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.ctx: dict = {}

    # -- names ------------------------------------------------------------
    def first(self, gender: str, wordlike: bool | None = None) -> str:
        r = self.r
        if wordlike is None:
            wordlike = r.random() < 0.22
        if gender == "f":
            return r.choice(WORD_FEMALE if wordlike else FEMALE)
        return r.choice(WORD_MALE if wordlike else MALE)

    def surname(self) -> str:
        r = self.r
        return r.choice(WORD_SURNAMES) if r.random() < 0.18 else r.choice(SURNAMES)

    def name(self, style: str) -> tuple[str, str]:
        r = self.r
        base = style[:1] or "X"
        mods = style[1:]
        gender = "f" if "f" in mods else "m" if "m" in mods else r.choice("fm")
        lower = "_" in mods
        upper = "^" in mods
        if base == "X":
            base = r.choices("FNIMW", [30, 32, 13, 6, 12])[0]
            if not lower and not upper:
                roll = r.random()
                lower = roll < 0.14
                upper = 0.14 <= roll < 0.19
        first = self.first(gender, True if base == "W" else None)
        sur = self.surname()
        self.ctx["name"] = (first, sur)
        if base in ("F", "W"):
            val = first
            kind = "first"
        elif base == "S":
            val = sur
            kind = "surname"
        elif base == "N":
            val = f"{first} {sur}"
            kind = "full"
        elif base == "I":
            f0 = ascii_fold(first)[0].upper()
            f1 = r.choice(HN_LETTERS)
            val = r.choice(
                [
                    f"{f0} {sur}",
                    f"{f0}. {sur}",
                    f"{f0}.{f1}. {sur}",
                    f"{f0}{f1} {sur}",
                    f"{f0}. {f1}. {sur}",
                    f"{f0}.{sur}",
                ]
            )
            kind = "initials"
        elif base == "M":
            mid = self.first(gender, False)
            m0 = ascii_fold(mid)[0].upper()
            val = r.choice([f"{first} {m0}. {sur}", f"{first} {m0} {sur}", f"{first} {mid} {sur}"])
            kind = "middle"
        else:
            raise ValueError(style)
        if lower:
            val = val.lower()
        elif upper:
            val = val.upper()
        return val, kind

    # -- postcodes, zips ---------------------------------------------------
    def inward(self) -> str:
        r = self.r
        return f"{r.randint(1, 9)}{r.choice(INWARD_LETTERS)}{r.choice(INWARD_LETTERS)}"

    def postcode_for(self, town: str) -> str:
        outs = UK_TOWN_INDEX[town][2]
        return f"{self.r.choice(outs)} {self.inward()}"

    def postcode(self, style: str) -> tuple[str, str]:
        r = self.r
        town = r.choice(UK_TOWNS)[0]
        pc = self.postcode_for(town)
        kind = "plain"
        if style == "odd" or (style == "" and r.random() < 0.15):
            kind = r.choice(["nospace", "lower", "double"])
            if kind == "nospace":
                pc = pc.replace(" ", "")
            elif kind == "lower":
                pc = pc.lower()
            else:
                pc = pc.replace(" ", "  ")
        return pc, kind

    def zip_for(self, city) -> str:
        r = self.r
        z = r.choice(city[2]) + f"{r.randint(1, 99):02d}"
        return z

    def zipcode(self, style: str) -> tuple[str, str]:
        r = self.r
        city = self.ctx.get("us_city") or r.choice(US_CITIES)  # match a city named just before
        z = self.zip_for(city)
        plus4 = style == "9" or (style == "" and r.random() < 0.35)
        if plus4:
            z += f"-{r.randint(1, 9999):04d}"
        return z, "zip+4" if plus4 else "zip5"

    # -- addresses ----------------------------------------------------------
    def street(self) -> str:
        return f"{self.r.choice(STREET_STEMS)} {self.r.choice(STREET_TYPES)}"

    def address(self, style: str) -> tuple[str, str]:
        r = self.r
        if style in ("", "any"):
            style = r.choices(
                ["uk", "ukf", "ukh", "ukv", "ukml", "us", "usml", "short", "lc"],
                [22, 12, 6, 10, 10, 12, 5, 8, 5],
            )[0]
        if style in ("us", "usml", "uspo"):
            city = r.choice(US_CITIES)
            z = self.zip_for(city)
            if r.random() < 0.3:
                z += f"-{r.randint(1, 9999):04d}"
            tail = f"{city[0]}, {city[1]} {z}"
            if style == "uspo":
                box = r.choice(["PO Box", "P.O. Box", "P O Box"])
                lines = [f"{box} {r.randint(10, 9999)}", tail]
            else:
                line1 = f"{r.randint(12, 9899)} {r.choice(US_STEMS)} {r.choice(US_TYPES)}"
                lines = [line1]
                if r.random() < 0.4:
                    lines.append(
                        r.choice(
                            [
                                f"Apt {r.randint(1, 40)}{r.choice('ABCD')}",
                                f"Unit {r.randint(2, 300)}",
                                f"Suite {r.randint(100, 900)}",
                                f"Apt. {r.randint(1, 28)}",
                            ]
                        )
                    )
                lines.append(tail)
            sep = "\n" if style == "usml" else ", "
            return sep.join(lines), style
        town, county, _ = r.choice(UK_TOWNS)
        village = None
        if style == "ukv":
            village, town = r.choice(VILLAGES)
            county = UK_TOWN_INDEX[town][1]
        pc = self.postcode_for(town)
        if style == "po":
            lines = [f"{r.choice(['PO Box', 'P.O. Box'])} {r.randint(10, 9999)}", f"{town} {pc}"]
            return ", ".join(lines), "po"
        parts = []
        if style == "ukf" or (style in ("ukml", "lc", "uc") and r.random() < 0.3):
            parts.append(
                r.choice(
                    [
                        f"Flat {r.randint(1, 40)}",
                        f"Flat {r.randint(1, 12)}{r.choice('ABCD')}",
                        f"Apartment {r.randint(1, 60)}",
                        f"flat {r.randint(1, 9)}",
                    ]
                )
            )
            if r.random() < 0.4:
                parts.append(
                    r.choice(
                        [
                            "Mill Court",
                            "Riverside House",
                            "Jubilee Mansions",
                            "Priory Heights",
                            "Beacon View",
                            "Harbour Lofts",
                        ]
                    )
                )
        if style == "ukh":
            parts.append(r.choice(HOUSE_NAMES))
            if r.random() < 0.5:
                parts.append(self.street())
            else:
                parts.append(f"{r.randint(1, 120)} {self.street()}")
        else:
            parts.append(f"{r.randint(1, 240)} {self.street()}")
        if style == "short":
            val = parts[-1]
            if r.random() < 0.25:
                val = val.lower()
            return val, "short"
        if village:
            parts.append(village)
        parts.append(town)
        if county and r.random() < 0.45:
            parts.append(f"{county} {pc}" if r.random() < 0.5 else county)
            if not parts[-1].endswith(pc):
                parts.append(pc)
        else:
            if r.random() < 0.5:
                parts[-1] = f"{parts[-1]} {pc}"
            else:
                parts.append(pc)
        if style == "ukml":
            val = "\n".join(parts)
        else:
            val = ", ".join(parts)
            if style == "lc" and r.random() < 0.5:
                val = " ".join(parts)
        if style == "lc":
            val = val.lower()
        elif style == "uc":
            val = val.upper()
        return val, style

    # -- dates --------------------------------------------------------------
    def _date(self, y0: int, y1: int) -> dt.date:
        r = self.r
        start = dt.date(y0, 1, 1).toordinal()
        end = dt.date(y1, 12, 31).toordinal()
        return dt.date.fromordinal(r.randint(start, end))

    def dob(self, style: str) -> tuple[str, str]:
        r = self.r
        child = "c" in style
        if child:
            d = self._date(2009, 2023)
        elif "o" in style:  # old enough to remember the years before the NHS
            d = self._date(1926, 1942)
        else:
            d = self._date(1926, 1962)
        D, M, Y = d.day, d.month, d.year
        yy = Y % 100
        if "w" in style:
            opts = [
                f"{ordinal(D)} {MONTHS[M - 1]} {Y}",
                f"{ordinal(D)} of {MONTHS[M - 1]}, {Y}",
                f"{D} {MONTHS[M - 1]} {Y}",
                f"{ordinal(D)} of {MONTHS[M - 1]} {Y}",
                f"{D} {MON3[M - 1]} {Y}",
            ]
        elif "us" in style:
            opts = [
                f"{M}/{D}/{Y}",
                f"{M:02d}/{D:02d}/{Y}",
                f"{MONTHS[M - 1]} {D}, {Y}",
                f"{MON3[M - 1]} {D}, {Y}",
                f"{M}-{D}-{yy:02d}",
            ]
        elif "n" in style:
            opts = [
                f"{D}/{M}/{yy:02d}",
                f"{D:02d}/{M:02d}/{Y}",
                f"{D}.{M}.{yy:02d}",
                f"{D:02d}.{M:02d}.{Y}",
                f"{D}-{M}-{Y}",
                f"{Y}-{M:02d}-{D:02d}",
            ]
        else:
            opts = [
                f"{D}/{M}/{yy:02d}",
                f"{D:02d}/{M:02d}/{Y}",
                f"{Y}-{M:02d}-{D:02d}",
                f"{ordinal(D)} {MON3[M - 1]} {Y}",
                f"{D} {MONTHS[M - 1]} {Y}",
                f"{D:02d}-{MON3[M - 1]}-{Y}",
                f"{D}.{M}.{yy:02d}",
                f"{MONTHS[M - 1]} {D}, {Y}",
                f"{D:02d}/{M:02d}/{yy:02d}",
                f"{D} {MON3[M - 1]} {yy:02d}",
            ]
        return r.choice(opts), ("child" if child else "adult")

    def date(self, style: str) -> tuple[str, str]:
        r = self.r
        d = self._date(2019, 2023)
        D, M, Y = d.day, d.month, d.year
        wd = WEEKDAYS[d.weekday()]
        mon_short = MON_ALT.get(M - 1, MON3[M - 1]) if r.random() < 0.5 else MON3[M - 1]
        if style == "wd":
            opts = [
                f"{wd} {ordinal(D)} {MONTHS[M - 1]}",
                f"{wd[:3]} {D} {MON3[M - 1]}",
                f"{wd} {D} {MONTHS[M - 1]} {Y}",
                f"{wd[:3]} {D}/{M}",
                f"{wd} the {ordinal(D)} of {MONTHS[M - 1]}",
                f"{wd}, {MONTHS[M - 1]} {D}",
            ]
        elif style == "num":
            opts = [
                f"{D:02d}/{M:02d}/{Y}",
                f"{D}/{M}/{Y % 100:02d}",
                f"{D:02d}.{M:02d}.{Y % 100:02d}",
                f"{Y}-{M:02d}-{D:02d}",
                f"{D}-{M}-{Y}",
            ]
        elif style == "short":
            opts = [
                f"{D} {mon_short}",
                f"{mon_short} {D}",
                f"{ordinal(D)} {MONTHS[M - 1]}",
                f"{MONTHS[M - 1]} {ordinal(D)}",
                f"{ordinal(D)} of {MONTHS[M - 1]}",
            ]
        elif style == "month":
            opts = [f"{MONTHS[M - 1]} {Y}", f"{MONTHS[M - 1]}, {Y}", f"{MON3[M - 1]} {Y}"]
        else:
            opts = [
                f"{wd} {ordinal(D)} {MONTHS[M - 1]}",
                f"{D:02d}/{M:02d}/{Y}",
                f"{MONTHS[M - 1]} {D}, {Y}",
                f"{D} {mon_short}",
                f"{mon_short} {D}",
                f"{MONTHS[M - 1]}, {Y}",
                f"{wd[:3]} {D}/{M}",
                f"{ordinal(D)} {MONTHS[M - 1]} {Y}",
                f"{D}.{M}.{Y % 100:02d}",
                f"{ordinal(D)} {MONTHS[M - 1]}",
            ]
        return r.choice(opts), style or "any"

    def age(self, style: str) -> tuple[str, str]:
        r = self.r
        if style == "w" or (style == "" and r.random() < 0.18):
            n = r.randint(90, 100)
            if n == 100:
                return r.choice(["a hundred", "one hundred"]), "words"
            w = AGE_WORDS[n - 90]
            if r.random() < 0.4:
                w = w.replace("-", " ")
            return w, "words"
        n = r.choices([r.randint(90, 99), r.randint(100, 106)], [85, 15])[0]
        return str(n), "digits"

    # -- numbers --------------------------------------------------------------
    def nhs(self, style: str) -> tuple[str, str]:
        r = self.r
        while True:
            if r.random() < 0.5:
                digits = "999" + "".join(str(r.randint(0, 9)) for _ in range(6))
            else:
                digits = r.choice("467") + "".join(str(r.randint(0, 9)) for _ in range(8))
            total = sum(int(d) * (10 - i) for i, d in enumerate(digits))
            c = 11 - total % 11
            if c == 11:
                c = 0
            if c == 10:
                continue
            n = digits + str(c)
            break
        fmt = r.choices(["sp", "dash", "run", "3-7"], [50, 15, 25, 10])[0]
        if fmt == "sp":
            v = f"{n[:3]} {n[3:6]} {n[6:]}"
        elif fmt == "dash":
            v = f"{n[:3]}-{n[3:6]}-{n[6:]}"
        elif fmt == "run":
            v = n
        else:
            v = f"{n[:3]} {n[3:]}"
        return v, fmt

    def hospital_number(self, style: str) -> tuple[str, str]:
        r = self.r

        def L():
            return r.choice(HN_LETTERS)

        def d(k):
            return "".join(str(r.randint(0, 9)) for _ in range(k))

        f = r.randrange(12)
        v = [
            lambda: f"{L()}{d(7)}",
            lambda: f"{L()}{L()}{L()}-{d(2)}-{d(4)}",
            lambda: f"{L()}/{d(6)}/{L()}",
            lambda: f"{d(4)} {d(4)}",
            lambda: f"{L()}{L()}{d(4)}-{d(2)}",
            lambda: f"{L()}{d(1)}-{d(3)}-{d(3)}",
            lambda: f"{L()}/{r.randint(19, 23)}/{d(5)}",
            lambda: f"{L()}{L()}-{d(7)}",
            lambda: f"{L()}{L()}{d(2)} {d(2)} {d(4)}",
            lambda: f"{d(6)}{L()}{L()}",
            lambda: f"{d(3)}.{d(3)}.{d(2)}",
            lambda: f"{L()}{L()}{L()}{d(6)}",
        ][f]()
        return v, f"fmt{f}"

    def phone(self, style: str) -> tuple[str, str]:
        r = self.r

        def d(k):
            return "".join(str(r.randint(0, 9)) for _ in range(k))

        if style in ("", "any"):
            style = r.choices(["mob", "land", "lon", "intl", "us", "ext"], [34, 26, 10, 10, 12, 8])[0]
        if style == "mob":
            t = d(3)
            v = r.choice(
                [
                    f"07700 900{t}",
                    f"07700900{t}",
                    f"07700-900-{t}",
                    f"07700 900 {t}",
                    f"077009 00{t}",
                    f"(07700) 900{t}",
                ]
            )
        elif style in ("land", "ext"):
            area, mid = r.choice(
                [
                    ("0113", "496 0"),
                    ("0114", "496 0"),
                    ("0115", "496 0"),
                    ("0116", "496 0"),
                    ("0117", "496 0"),
                    ("0118", "496 0"),
                    ("0121", "496 0"),
                    ("0131", "496 0"),
                    ("0141", "496 0"),
                    ("0151", "496 0"),
                    ("0161", "496 0"),
                    ("0191", "498 0"),
                    ("01632", "960"),
                    ("029", "2018 0"),
                    ("028", "9649 6"),
                ]
            )
            rest = d(3)
            if area == "01632":
                v = r.choice(
                    [f"01632 960{rest}", f"(01632) 960{rest}", f"01632 960 {rest}", f"01632960{rest}"]
                )
            else:
                v = r.choice(
                    [
                        f"{area} {mid}{rest}",
                        f"({area}) {mid}{rest}",
                        f"{area}{mid.replace(' ', '')}{rest}",
                        f"{area}-{mid}{rest}",
                    ]
                )
            if style == "ext":
                v += r.choice(
                    [f" ext. {d(4)}", f" ext {d(3)}", f" x{d(4)}", f" extension {d(3)}", f" Ext: {d(4)}"]
                )
        elif style == "lon":
            t = d(3)
            v = r.choice(
                [f"020 7946 0{t}", f"0207 946 0{t}", f"(020) 7946 0{t}", f"0207946 0{t}", f"+44 20 7946 0{t}"]
            )
        elif style == "intl":
            t = d(3)
            v = r.choice(
                [
                    f"+44 7700 900{t}",
                    f"+44 (0)7700 900{t}",
                    f"0044 7700 900{t}",
                    f"+447700900{t}",
                    f"+44 (0)113 496 0{t}",
                    f"+44 191 498 0{t}",
                    f"+44 20 7946 0{t}",
                ]
            )
        elif style == "us":
            a = r.choice(US_AREA)
            t = f"01{d(2)}"
            v = r.choice(
                [
                    f"({a}) 555-{t}",
                    f"{a}-555-{t}",
                    f"{a}.555.{t}",
                    f"+1 {a} 555 {t}",
                    f"555-{t}",
                    f"1-{a}-555-{t}",
                ]
            )
        else:
            raise ValueError(style)
        return v, style

    def email(self, style: str) -> tuple[str, str]:
        r = self.r
        if style == "name" and "name" in self.ctx:
            first, sur = self.ctx["name"]
        else:
            first, sur = self.first(r.choice("fm"), False), self.surname()
        f = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(sur).lower())
        local = r.choice(
            [
                f"{f}.{s}",
                f"{f}_{s}",
                f"{f[0]}.{s}",
                f"{f}{s}{r.randint(1, 99)}",
                f"{s}.{f}",
                f"{f}{r.randint(50, 99)}",
                f"{f}.{s}+nhs",
                f"{f[0]}{s}",
                f"the.{s}s",
                f"{f}-{s}",
                f"{f}.{s}{r.randint(1950, 1999)}",
            ]
        )
        host = r.choice(
            [
                "example.com",
                "example.org",
                "example.net",
                "mail.example.com",
                "post.example.org",
                "inbox.example.net",
                "family.example.com",
                "example.com",
                "example.org",
            ]
        )
        v = f"{local}@{host}"
        if r.random() < 0.08:
            v = v.upper() if r.random() < 0.5 else v
        return v, "from-name" if style == "name" else "plain"

    def url(self, style: str) -> tuple[str, str]:
        r = self.r
        host = r.choice(
            [
                "www.example.com",
                "example.org",
                "www.example.net",
                "patients.example.org",
                "example.com",
                "help.example.net",
            ]
        )
        path = r.choice(
            [
                "/feedback",
                "/leaflets/hip-replacement.pdf",
                "/reviews/ward-7?id=" + str(r.randint(100, 9999)),
                "/services/podiatry",
                "/my-story/2022",
                "/mental-health/self-referral",
                "/contact#phone",
                "/ambulance/pts/eligibility",
                "/blog/thank-you-nhs",
                "/groups/carers-support",
                "/docs/discharge_info_v2.pdf",
                "/p/" + str(r.randint(1000, 99999)),
                "/watch?v=x" + str(r.randint(100, 999)) + "Qz",
                "/forum/topic/" + str(r.randint(10, 9000)),
            ]
        )
        scheme = r.choices(["https://", "http://", ""], [55, 15, 30])[0]
        if scheme == "" and host in EXAMPLE_HOSTS and r.random() < 0.5:
            host = "www." + host
        return f"{scheme}{host}{path}", scheme.rstrip(":/") or "bare"

    def town(self, style: str) -> tuple[str, str]:
        r = self.r
        if style in ("", "any"):
            style = r.choices(["uk", "vil", "us", "ab"], [50, 20, 12, 18])[0]
        if style == "uk":
            return r.choice(UK_TOWNS)[0], "uk"
        if style == "vil":
            return r.choice(VILLAGES)[0], "village"
        if style == "us":
            city = r.choice(US_CITIES)
            self.ctx["us_city"] = city
            return city[0], "us"
        return r.choice(ABROAD), "abroad"


SLOT_RE = re.compile(r"\{(N|A|DOB|HN|PH|EM|NHS|PC|ZIP|URL|DT|AGE|TW)(?::([^}]*))?\}")
SLOT_TYPE = {
    "N": "NAME",
    "A": "ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "HN": "HOSPITAL_NUMBER",
    "PH": "PHONE",
    "EM": "EMAIL",
    "NHS": "NHS_NUMBER",
    "PC": "POSTCODE",
    "ZIP": "ZIP",
    "URL": "URL",
    "DT": "DATE",
    "AGE": "AGE_OVER_89",
    "TW": "TOWN",
}


def fill(gen: Gen, code: str, style: str) -> tuple[str, str]:
    style = style or ""
    if code != "N" and "^" in style:
        val, kind = fill(gen, code, style.replace("^", ""))
        return val.upper(), kind + "+caps"
    if code == "N":
        return gen.name(style or "X")
    if code == "A":
        return gen.address(style)
    if code == "DOB":
        return gen.dob(style)
    if code == "HN":
        return gen.hospital_number(style)
    if code == "PH":
        return gen.phone(style)
    if code == "EM":
        return gen.email(style)
    if code == "NHS":
        return gen.nhs(style)
    if code == "PC":
        return gen.postcode(style)
    if code == "ZIP":
        return gen.zipcode(style)
    if code == "URL":
        return gen.url(style)
    if code == "DT":
        return gen.date(style)
    if code == "AGE":
        return gen.age(style)
    if code == "TW":
        return gen.town(style)
    raise ValueError(code)


# ---------------------------------------------------------------------------
# Carrier sentences, each written by hand for this set.
#   "^..." goes first (an opener), "$..." goes last (a sign-off), anything else
#   goes at a random sentence boundary.
# Slots: {N:style} NAME    F first, S surname, N full, I initials, M middle
#                          initial, W word-like first, X a mix; modifiers
#                          f/m gender, _ lower case, ^ capitals
#        {A:style} ADDRESS uk ukf ukh ukv ukml us usml uspo po short lc uc any
#        {DOB:a|c|w|wo|us|n}  (c a child, o born by 1942)  {HN}  {PH:mob|land|lon|intl|us|ext}  {EM:name}
#        {NHS}  {PC:odd}  {ZIP:5|9}  {URL}  {DT:wd|num|short|month}
#        {AGE:d|w}  {TW:uk|vil|us|ab}
# ---------------------------------------------------------------------------

TEMPLATES = [
    # --- an elderly patient, careful and a little formal ----------------------
    "The young lady who came out, {N:Ff}, was an absolute credit to her mother.",
    "I am {AGE:d} years of age and I have never been treated with such kindness.",
    "I was born {DOB:wo} so I can remember when there was no NHS at all, and I thank God for it.",
    "My late husband {N:Nm} was looked after on the same ward, so it meant a lot to me.",
    "Please would someone let Dr {N:S} know that my hip is much improved.",
    "The transport came to {A:short} at half past seven, which is very early for a man of {AGE}.",
    "I have no computer, so my neighbour {N:N} is typing this for me.",
    "Nurse {N:Ff} took the time to sit with me, and that is worth more than any tablet.",
    "My hearing is not good so please telephone my son on {PH:mob} rather than me.",
    "I am a widow living alone at {A:ukh} and the ambulance men found me straight away.",
    "I was sent to {TW:uk} for the scan when there is a perfectly good hospital down the road.",
    "At {AGE:d} I do not expect to be left sitting in a draughty corridor.",
    # --- an angry relative -------------------------------------------------------
    "My dad {N:Nm} was left on a trolley for eleven hours with NO water.",
    "I have rung {PH:land} over twenty times and nobody EVER picks up.",
    "Mr {N:S} didn't even look at my mother while he was talking to her.",
    "Complaint reference {HN} has STILL not been answered after three months.",
    "My mum is {AGE:d} and was discharged at midnight in her nightie. Disgraceful.",
    "They had my nan's NHS number down as {NHS} which isn't even hers!!",
    "the receptionist {N:Ff_} rolled her eyes at my brother, I saw it",
    "Dr {N:I} told us one thing and the ward told us another.",
    "My father-in-law, {N:Nm}, was given someone else's tablets. Someone else's!",
    "If anyone from management reads this, ring me on {PH:mob} and explain yourselves.",
    "WE WAITED FROM {DT:wd^} UNTIL THE FOLLOWING NIGHT FOR A BED.",
    "Sister {N:S} was the only one who actually listened to us.",
    "The letter went to {A:lc} which we left years ago, even though we told you twice.",
    "My sister {N:Ff} has learning difficulties and was spoken to like a child.",
    # --- a carer ------------------------------------------------------------------
    "I'm the main carer for {N:Nm} (DOB {DOB:n}) and I was never once asked what he's like at home.",
    "The district nurses gave us {PH:ext} but it just goes to voicemail.",
    "I care for my wife {N:Ff} who has dementia, and the memory nurse {N:Ff} has been our lifeline.",
    "Please send any letters c/o me at {A:uk}, as he can't read them any more.",
    "My brother's hospital number is {HN} - it's on every letter but nobody uses it.",
    "Community nurse {N:Ff} comes every week and the ulcer is finally healing.",
    "The OT ({N:Nf}) sorted rails and a commode within a fortnight, brilliant.",
    "I look after my {AGE:d}-year-old aunt and nobody thought to ask me about her medication.",
    "Could the team update the address to {A:ukf}, because transport still goes to the old flat.",
    "Social worker {N:N} promised to call back and never did.",
    # --- a teenager texting ---------------------------------------------------------
    "me and {N:F_} were proper scared but the paramedics were sound",
    "ngl {N:Ff_} the nurse was a legend",
    "tell {N:F_} from the ambulance ta very much x",
    "omg dr {N:S_} was soooo nice to my lil sis",
    "my mum made me write this lol but {N:Fm_} the physio is actually alright",
    "gr8 service ta to {N:F_} n {N:F_} xx",
    "bro {N:Fm_} the paramedic was so chill made it way less scary",
    "my number is {PH:mob} if u wanna ask me anything",
    "{N:F_} and {N:F_} on the kids ward were the best tbh",
    "i was at my mates at {A:short} when it happened",
    "hmu on {EM} if u need more info i guess",
    "shoutout to {N:F_} who let me charge my phone x",
    "the camhs worker {N:Ff_} actually gets it unlike the last one",
    # --- a non-native English writer ----------------------------------------------
    "Doctor {N:S} is very good man, he explain everything slowly for me.",
    "I come from {TW:ab} and in my country we wait much more long, so thank you.",
    "My husband name is {N:Nm}, he is the patient, I am writing for him because his English not so good.",
    "Please call me on {PH:mob}, I speak better than write.",
    "The nurse {N:Ff} she is like angel for my mother.",
    "We are living at {A:ukf} from last year, please change in computer.",
    "My son {N:Fm} is born {DOB:c}, he have asthma, and the doctor help very quick.",
    "Thank you to all staff, special {N:F} and {N:F}, very kind peoples.",
    "In {TW:ab} we have not ambulance so fast like this.",
    "My mother has {AGE:d} years and she is very happy with the care.",
    # --- all-caps rants ------------------------------------------------------------
    "NOBODY TOLD ME {N:F^} HAD BEEN MOVED TO ANOTHER WARD!!!",
    "ASK FOR SISTER {N:S^} SHE IS THE ONLY ONE WHO KNOWS WHAT SHE IS DOING",
    "MY ADDRESS IS {A:uc} AND THE AMBULANCE WENT TO THE WRONG TOWN",
    "DR {N:S^} SHOULD BE STRUCK OFF",
    "RING ME ON {PH:any} I AM STILL WAITING FOR AN ANSWER",
    "PLEASE GIVE {N:N^} A PAY RISE!!",
    "MY MOTHER IS {AGE:d} YEARS OLD AND WAS LEFT ON THE FLOOR FOR FOUR HOURS.",
    # --- formal complaint letters ---------------------------------------------------
    "^Re: {N:N}, DOB {DOB}, hospital no. {HN}\n\n",
    "^RE: COMPLAINT REGARDING MY FATHER {N:Nm^} (NHS NO. {NHS})\n\n",
    "^Patient: {N:N}\nD.O.B: {DOB}\nAddress: {A:uk}\n\n",
    "^From: {N:N} <{EM:name}>\nSent: {DT:wd}\nTo: Patient Experience\nSubject: feedback\n\n",
    "^Dear Sir/Madam,\n\nI am writing about my mother, {N:Nf}, who was admitted on {DT}.\n\n",
    "^To whom it may concern (ref {HN}):\n",
    "^Our ref: {HN}\nYour ref: complaint\n\n",
    "^{N:N}\n{A:ukml}\n{PH:land}\n\n",
    "^FAO Patient Advice and Liaison - re my son {N:Fm}, d.o.b. {DOB:c}\n\n",
    "^Name: {N:N}\nNHS number: {NHS}\nPostcode: {PC}\n\n",
    "^Subject: Fwd: {N:N} - discharge\n\n",
    "^Re. Mrs {N:S} (unit number {HN})\n\n",
    "^Complainant: {N:N}, {A:ukv}\n\n",
    "^Ref: {HN} / {N:I}\n\n",
    "^Attn: Dr {N:S}\n",
    "^Date: {DT:num}\nPatient: {N:N}\n\n",
    "I would be grateful if you could reply in writing to {A:ukf}.",
    "I enclose a copy of the discharge letter, which gives my date of birth as {DOB} when it is in fact {DOB}.",
    "I should add that my mother is {AGE:w} years old and profoundly deaf.",
    "The matter was raised with Ms {N:S} on {DT:wd} but no action was taken.",
    "For the avoidance of doubt, my NHS number is {NHS}.",
    "I can be contacted during office hours on {PH:ext}.",
    # --- sign-offs ------------------------------------------------------------------
    "$\n\nKind regards,\n{N:N}",
    "$\n\nYours faithfully\n\n{N:N}\n{A:ukml}",
    "$\nThanks, {N:F} ({PH:mob})",
    "$ - {N:Ff_} x",
    "$\n\nRegards\n{N:I}\nTel: {PH:land}\nEmail: {EM:name}",
    "$\n\nFrom {N:N}, {A:us}",
    "$ Love from {N:F_} and {N:F_} xx",
    "$\n\n{N:N^}\n{A:uc}",
    "$\n--\n{N:N}\n{A:po}\n{PH:any}",
    "$ Any questions my number is {PH:any}. {N:F}",
    "$\n\nYours sincerely,\n\n{N:N} (Mrs)\nNHS number: {NHS}",
    "$\n\nP.S. my email is {EM:name} if you want to reply",
    "$\n\nMany thanks\n{N:M}\n{A:usml}",
    "$\n\nBest wishes, {N:W} & family",
    "$ Cheers, {N:Fm}",
    "$\n\nThank you all,\n{N:Nf}\n(daughter of {N:N}, aged {AGE})",
    "$\n\nSigned,\n{N:N} and {N:N}\n{A:ukh}",
    "$\n\nwarm regards\n{N:Ff_}\n{EM:name}",
    "$\n\n{N:N} | {PH:intl} | {EM:name}",
    "$\n\nSent on behalf of {N:N} by their carer {N:N}.",
    "$ ~ {N:I}, {TW:uk}",
    "$\n\nKind regards\n\n{N:N}\nPatient ID {HN}",
    "$\n\nThanks again\n{N:Nm} (son)",
    "$ (left by {N:Ff} on behalf of mum, {AGE:d} next month)",
    # --- lists, bullets, line breaks ------------------------------------------------
    "People I'd like to thank:\n- {N:N}\n- {N:Ff} (night shift)\n- Dr {N:S}",
    "Staff who were amazing:\n* {N:F}\n* {N:F}\n* {N:F} on reception",
    "Thank you {N:X}, {N:X} & {N:X}!",
    "The crew ({N:N} & {N:N}) were here in under ten minutes.",
    "{N:W}, {N:W} and {N:F} on the children's ward made her week.",
    "Nurses {N:F}, {N:F}, {N:F} and {N:F} - you know who you are.",
    "Good:\n- nurse {N:Ff_}\n- the food\nBad:\n- parking\n- Dr {N:S} being rude",
    "1) {N:Nf} was kind\n2) the wait was long\n3) parking cost a fortune",
    "Both crew members, {N:N} and {N:N}, were professional from start to finish.",
    "thanks {N:F_}, {N:F_}, {N:F_} n the rest of the team x",
    "The team on the unit - {N:X}, {N:X}, {N:X} - deserve a medal.",
    # --- online reviewers -------------------------------------------------------------
    "5 stars for {N:N} in the eye clinic, absolute professional.",
    "Left a review on {URL} too because people should know.",
    "I found their advice at {URL} really helpful before the op.",
    "The link in the text ({URL}) didn't work on my phone.",
    "Update: I rang {PH:land} again and finally got through to {N:Ff}.",
    "Edit - the letter finally arrived on {DT}, three weeks after the appointment!",
    "1/5. Dr {N:S} was dismissive and I was in and out in four minutes.",
    "Would recommend asking for {N:Nf}, she really knows her stuff.",
    "Posted the same on {URL} but want the trust to see it.",
    "10/10 for {N:Fm} who drove us home after dialysis.",
    "(Reviewed after my visit on {DT:wd})",
    "Have shared this on {URL} for other parents.",
    # --- ambulance and transport ------------------------------------------------------
    "The paramedics, {N:Fm} and {N:Ff}, got my husband breathing again before the car arrived.",
    "The call handler, I think her name was {N:Ff}, stayed on the line until the crew arrived.",
    "The ambulance was sent to {A:any} instead of our house.",
    "The sat nav couldn't find {PC} so the crew rang us from the end of the road.",
    "We're in {PC} and the transport went to the other side of town.",
    "They took me to {TW:uk} instead of {TW:uk} which meant my wife couldn't visit.",
    "Patient transport picked me up from {A:ukv} at seven for a two o'clock appointment.",
    "The driver ({N:Fm}) helped me with my bags and my stick.",
    "{N:Fm_} the driver was a proper gent",
    "Whoever {N:Fm} is on the 111 line, he deserves a medal.",
    "The crew came out to {A:short} twice in one week and were lovely both times.",
    "Pick-ups from {TW:vil} are always late, it's like we don't exist out here.",
    "Collected from {A:ukf} and taken to dialysis - on time, every time.",
    "The two lads on the ambulance ({N:Fm} and {N:Fm}) even made my nan laugh.",
    "Job number {HN} if you want to check the times.",
    "Incident no. {HN} - the crew were fantastic.",
    "Transport booking ref {HN}, booked three times and cancelled three times.",
    "I live in {TW:vil} and there's no bus, so the transport service is a lifeline.",
    # --- mental health services -------------------------------------------------------
    "My care coordinator {N:N} has been consistent and that matters so much.",
    "Thank you to the counsellor, {N:Ff}. You gave me my life back.",
    "The crisis team number ({PH:any}) was the only one that answered at 3am.",
    "i've had {N:Ff_} as my worker for a year and she never judges me",
    "Please don't move {N:N} to another team, I can't start again with someone new.",
    "The group sessions with {N:Fm} and {N:Ff} are the highlight of my week.",
    "The self-referral form at {URL} was easy to fill in.",
    "I was an inpatient at the unit in {TW:uk} and it was a frightening place.",
    "My psychologist {N:I} helped me understand my panic attacks.",
    "my support worker {N:Ff_} helped me sort my benefits as well, above and beyond",
    # --- parents ---------------------------------------------------------------------
    "Our daughter {N:Ff} (born {DOB:c}) was seen quickly and treated with such care.",
    "Our son {N:Fm} was treated like a number, not a child.",
    "Our health visitor {N:N} has been amazing with the twins.",
    "My little girl {N:Wf} was so scared but the nurse let her hold the stethoscope.",
    "Baby {N:F} was born {DOB:c} and the midwives were fab from start to finish.",
    "Midwife {N:Ff} delivered our little boy and we've named him {N:Fm}.",
    "Our baby's hospital number is {HN} - could someone check why the follow-up never came?",
    "The school nurse, Mrs {N:S}, spotted it first.",
    "My son's DOB is {DOB:c} but your system says something else.",
    "Could {N:N} from the speech therapy team email me at {EM}?",
    "My daughter {N:Ff} has autism and the play specialist {N:Ff} was incredible with her.",
    # --- GP, dental, clinic visits ---------------------------------------------------
    "The dentist, Mr {N:S}, was very gentle with my teeth.",
    "Dr {N:N} is a credit to the practice.",
    "Miss {N:S} was very thorough and explained all my options.",
    "The consultant (Mr. {N:I}) was brilliant but the wait was awful.",
    "Physio {N:Fm} pushed me hard but it worked, I'm walking to the shops again.",
    "Prof {N:S} took time to explain the scan results to my wife and me.",
    "The podiatrist {N:N} has sorted my feet out after years of pain.",
    "I was seen by {N:M} in the fracture clinic, who was lovely.",
    "Dr {N:S} and Dr {N:S} disagreed in front of us, which was unsettling.",
    "The pharmacist {N:N} spotted the interaction the GP had missed.",
    "My appointment was on {DT} and was cancelled by text the night before.",
    "Op was on {DT:num} and I'm already back at work.",
    "I was seen on {DT:wd} and the results still haven't come back.",
    "My first appointment was in {DT:month} and I'm still waiting for the second.",
    "The x-ray request just said {HN} and a squiggle.",
    "My MRN is {HN} (it's on the appointment card).",
    "Unit no. {HN}",
    "Patient ID: {HN}, seen in the leg ulcer clinic.",
    "The letter had pt no {HN} on it but my name spelt wrong.",
    "Hosp # {HN}",
    "K number {HN} - please pass this to the ward manager.",
    "case no. {HN}",
    "my wristband said {HN} which isnt even my number",
    "PAS no {HN}, appointment moved four times.",
    "Referral ID {HN} was lost twice between the GP and the clinic.",
    "insurance claim number {HN} for the travel company",
    # --- contact details ---------------------------------------------------------------
    "Please ring me on {PH:mob}, I can't do emails.",
    "Call back number: {PH:land}",
    "The number on the letter ({PH:land}) just rings out.",
    "my mobile is {PH:mob} text me dont ring",
    "You can reach my husband on {PH:any} during the day.",
    "If you want to discuss this, I'm on {PH:intl}.",
    "I'm in the States most of the year - {PH:us}.",
    "Tel {PH:lon}",
    "My daughter in {TW:us} rang {PH:us} by mistake, but that's another story.",
    "Email me at {EM} please.",
    "You can reply to {EM}",
    "i emailed {EM} three times no reply",
    "contact: {EM}",
    "My daughter {N:Nf} deals with my appointments, her email is {EM:name}.",
    "I have written to {EM} and to my MP.",
    "Could {N:N} please get in touch on {EM:name} or {PH:mob}?",
    "Contact my son {N:Nm}, {PH:mob}, he has power of attorney.",
    "My NHS number is {NHS}.",
    "nhs no {NHS}",
    "NHS No: {NHS}",
    "They had the wrong NHS number on my file, it should be {NHS}.",
    "(my nhs number is {NHS} if that helps)",
    "postcode {PC:odd}",
    "Anyone in {PC} knows that road floods every winter.",
    "We moved to {PC} but the referral went to the old team.",
    "Home zip is {ZIP}.",
    "(zip code {ZIP})",
    "Zip: {ZIP}",
    "I'm a student from the US, my home zip is {ZIP:9}.",
    "Please send the bill to my parents, zip {ZIP:5}, they sort the insurance.",
    # --- addresses ---------------------------------------------------------------------
    "Please send the letter to {A:uk}, not my old address.",
    "My new address is {A:ukf} - your system still has the old one.",
    "We live at {A:ukh}, it's hard to find so tell the drivers to look for the red gate.",
    "Post goes to:\n{A:ukml}",
    "I'm staying with my daughter at {A:lc} for now",
    "Visiting from the States, my home address is {A:us}.",
    "Bills for my treatment should go to\n{A:usml}",
    "Letters can go c/o {N:N}, {A:uk}.",
    "Our address is {A:po}",
    "(we're at {A:short} for anyone from the ambulance station reading this)",
    "Patient transport keeps going to {A:short} when I moved to {A:short} in the spring.",
    "I was at my sister's, {A:ukf}, when I collapsed.",
    "hospital letter went to {A:lc} which isnt even my house",
    "Insurance mail: {A:uspo}",
    "The community team visits me at {A:ukv} every fortnight.",
    "I was taken from {A:any} to the hospital by ambulance.",
    "The food parcel came to {A:ukf} after discharge, which was a lovely touch.",
    "please update my address its {A:lc} now",
    "Our mum has moved into the care home at {A:uk}.",
    "Forwarding address while we're abroad: {A:usml}",
    # --- dates of birth ---------------------------------------------------------------
    "My mum is diabetic (DOB {DOB}) and nobody checked her sugars.",
    "Her date of birth is {DOB} but the letter had it wrong.",
    "dob {DOB:n} in case you need to look me up",
    "My son (d.o.b. {DOB:c}) waited four hours to be seen.",
    "US visitor, date of birth {DOB:us}.",
    "D.O.B. {DOB} - please correct your records, you had me down as a man.",
    "Born on the {DOB:w}, I have never had care this good.",
    "Dad was born {DOB:w} and has outlived all his doctors, ha.",
    "DOB: {DOB}",
    "I am writing for my granddaughter {N:Ff}, date of birth {DOB:c}.",
    "(dob {DOB:n})",
    "Date of birth {DOB:us}, I'm on a visa so please use my passport name.",
    # --- ages over 89 -----------------------------------------------------------------
    "My nan is {AGE} and was left on a chair for five hours.",
    "My {AGE:d}-year-old grandad was treated like royalty.",
    "Dad's {AGE:w} and still sharp as a tack, he noticed everything.",
    "For a lady of {AGE:d} she was treated with great respect.",
    "He'll be {AGE} at Christmas and this was his first time in hospital.",
    "great grandma is {AGE:w} and the paramedics had her laughing",
    "aged {AGE:d} and still driving, and the eye clinic were very fair about it",
    # --- towns ------------------------------------------------------------------------
    "The hospital in {TW:uk} was far better organised than this one.",
    "Why do we have to go all the way to {TW:uk} for a simple scan?",
    "I came over from {TW:ab} as a child and this is the best care I've ever had.",
    "We were on holiday from {TW:us} and didn't know how the NHS worked.",
    "My daughter drove up from {TW:uk} to be with me.",
    "We were diverted to {TW:uk} because there were no beds.",
    "Compared with the clinic in {TW:ab}, this was excellent.",
    "I used to live in {TW:vil} and the surgery there was much better.",
    "Being sent to {TW:uk} for every appointment costs us a fortune in petrol.",
    "my family are in {TW:ab} so having the video call was everything",
    # --- mixed, several details ------------------------------------------------------
    "Mum ({N:Nf}, {AGE:d}) was seen in {TW:uk} on {DT:wd} and sent home the same night.",
    "My grandad {N:Nm} ({AGE:d}) lives at {A:ukv} and has no phone, so call me on {PH:mob}.",
    "We drove down from {TW:uk} on {DT} to see Dr {N:S}.",
    "My wife {N:Ff} was born {DOB} and her NHS number is {NHS} in case you need it.",
    "Appointment reference {HN} for {N:N} on {DT}.",
    "Contact {N:N} at {EM:name} or on {PH:any}.",
    "We were visiting from {TW:us} (zip {ZIP}) when my son broke his arm.",
    "Our old postcode was {PC} and we're now in {PC}, please update.",
    "My father {N:Nm}, who is {AGE:w}, has been housebound in {TW:vil} since {DT:month}.",
    "Aunty {N:Ff} came all the way from {TW:ab} and was allowed to stay with us, thank you.",
    "Carer here ({N:Ff}) - client is {N:N}, {A:ukf}.",
    "Ward clerk {N:Ff} sorted out the muddle with my hospital number ({HN}) in five minutes.",
    "We were referred on {DT:num} and seen on {DT:num}, which is amazing.",
    "The lady at {A:short}, {N:Nf}, has asked me to say thank you too.",
    # --- more names, many voices -------------------------------------------------------
    "Special thanks to {N:X} and {N:X} on the night shift.",
    "dr {N:S_} was lovely explained everything twice for my dad",
    "Please pass on my thanks to Sister {N:S} and her team.",
    "My husband {N:Fm} wants to say thank you as well.",
    "Shout out to {N:Wf} on reception, she's a gem.",
    "I asked for {N:Nf} by name because she looked after me last time.",
    "THE NURSE {N:Ff^} WAS THE ONLY ONE WHO LISTENED.",
    "Dr {N:I} (I think that's how you spell it) sorted my meds out in ten minutes.",
    "Could someone tell {N:Ff} from the memory clinic that the new tablets are working.",
    "my key worker {N:F_} is the best thing thats happened to me this year",
    "We were seen by a student nurse called {N:W} who is a credit to the profession.",
    "Mrs {N:S} on the phones was very patient with my dad, who is deaf.",
    "Ask for {N:Fm} - he actually rings you back when he says he will!",
    "i want to complain about the receptionist {N:Ff_} who shouted at my son",
    "Many thanks to the whole team but especially {N:N}, who went above and beyond.",
    "My mum {N:Nf} was treated with dignity right to the end.",
    "Thanks also to the porter, {N:Fm}, who chatted to me all the way down to x-ray.",
    "Please can {N:Nf} ring me back, she knows what it's about.",
    "The lady on the front desk ({N:Ff} I think) was fab.",
    "Nurse {N:Ff} held my hand while they put the cannula in. I won't forget that.",
    "I've been under Mr {N:Im} for years and I trust him completely.",
    "My grandson {N:Fm} rang for me as I couldn't get to the phone.",
    "Staff nurse {N:N} was calm and kind when I was in a right state.",
    "We were disappointed that Dr {N:S} did not come back to see us as promised.",
    "My wife {N:Ff} and I would like to thank everyone in the eye clinic.",
    "A special mention for {N:Ff} in pharmacy, who chased my prescription three times.",
    "I'd like it noted that {N:N} was not wearing a mask.",
    "My mother-in-law, {N:Nf}, was discharged with no care package in place.",
    "I'm writing on behalf of my neighbour {N:N}, who doesn't have a computer.",
    "ive seen dr {N:S_} 3 times now and he still hasnt read my notes",
    "Thanks to Dr {N:S} and the lovely HCA {N:Ff}.",
    "My dad ({N:Nm}) was kept on a trolley overnight.",
    "Nurse {N:F} and Nurse {N:F} were run off their feet but still smiled.",
    "Mr and Mrs {N:S} send their thanks to everyone on the ward.",
    "Tell {N:Fm} from the wheelchair service the chair fits perfect now.",
    "Nobody told {N:Fm}'s mum what was going on for six hours.",
    "{N:W} and {N:W} on the evening shift are worth their weight in gold.",
    "My partner {N:Xm} stayed with me the whole time and the staff made him a brew.",
    "The healthcare assistant, {N:Wf}, brought me toast at 2am - bless her.",
    "Hats off to {N:N} who spotted my sepsis when everyone else thought it was flu.",
    "a massive thank you to {N:X} for being so patient with me",
    "I was looked after by {N:M} in the discharge lounge.",
    "Dr. {N:S^}, Dr. {N:S} and the junior doctor {N:F} - all excellent.",
    "{N:N}, you were the calm voice on the phone when I thought I was dying. Thank you.",
    "Sorry to {N:Ff} for shouting, I was in so much pain.",
    "My friend {N:F} came with me and was allowed in, which helped a lot.",
    "The interpreter, {N:N}, made sure my father understood every word.",
    "Can {N:Ff} get a star-of-the-month thing or whatever you do?",
    "Please thank {N:I} and the whole of the stroke team.",
    "we love {N:Wf_} on the dementia ward, she treats dad like her own",
    "Matron {N:S} came down herself to sort it, which I appreciated.",
    "{N:F}'s bedside manner could do with some work.",
    "If {N:N} reads this - the biscuits were for you!",
    "Me and my partner {N:F_} were impressed by how clean it was.",
    "My mam {N:Nf_} says ta for the cuppa and the chat.",
    "Dr {N:S} and nurse {N:F_} were fab, the rest not so much.",
    "The consultant, Mr {N:S}, and his registrar, Dr {N:S}, talked over my head.",
    "Chaplain {N:N} sat with us when dad passed away. Thank you.",
    "I'd just like to say {N:X} made a horrible day bearable.",
    "A student called {N:F} took my bloods - first time lucky!",
    "Thanks to the team, esp. {N:X}, {N:X} and Sister {N:S}.",
    "My brother {N:Nm} has complex needs and was seen in minutes.",
    "{N:N^} IS A STAR",
    "our lovely dentist {N:Ff_} retired, please pass on our best wishes",
    "The anaesthetist (Dr {N:M}) explained everything before I went under.",
    "I'm {N:Ff}, mum of {N:F}, and I just want to say thank you.",
    "The nurse practitioner, {N:N}, listened to every worry I had.",
    "Our neighbour {N:N} called 999 and stayed with me until the crew came.",
    "My stepdad {N:Fm_} says the food was better than mine, cheeky sod",
    "{N:Fm} from the falls team fitted the alarm and showed me how to use it.",
    "Please tell {N:N} and {N:N} they were fantastic.",
    "We asked for Dr {N:S} but were told he'd left.",
    "Big thanks to {N:W} and {N:W} in the day unit.",
    "Called 111, spoke to {N:Ff}, then the GP {N:I} rang within the hour.",
    "My wee boy {N:Fm} loved the stickers from nurse {N:F}.",
    "The reablement carers {N:F} and {N:F} came twice a day without fail.",
    "I'd rather not see Dr {N:S} again, if that can be noted.",
]


def template_kind(t: str) -> str:
    return "open" if t.startswith("^") else "sign" if t.startswith("$") else "mid"


def template_body(t: str) -> str:
    if t[:1] in "^$":
        t = t[1:]
    return t


def template_types(t: str) -> Counter:
    return Counter(SLOT_TYPE[m.group(1)] for m in SLOT_RE.finditer(t))


def render(gen: Gen, t: str) -> tuple[str, list[dict]]:
    """Fill a template's slots; return its text and entities relative to it."""
    body = template_body(t)
    if t.startswith("$") and not body.startswith("\n"):
        body = body.lstrip(" ")
    gen.ctx = {}
    out = []
    ents = []
    pos = 0
    length = 0
    for m in SLOT_RE.finditer(body):
        lit = body[pos : m.start()]
        out.append(lit)
        length += len(lit)
        val, kind = fill(gen, m.group(1), m.group(2))
        ents.append(
            {
                "start": length,
                "end": length + len(val),
                "type": SLOT_TYPE[m.group(1)],
                "value": val,
                "_kind": kind,
            }
        )
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), ents


# ---------------------------------------------------------------------------
# Source comments.
# ---------------------------------------------------------------------------

OK_CAPS = {"I", "NHS", "GP", "A&E", "OK", "TV", "ICU", "ENT", "MRI", "CT", "ECG", "OT", "PPE", "COVID"}
MONTH_RE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
)
WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’&-]*(?:['’&-][^\W\d_]+)*")


def list_words() -> tuple[set, list]:
    """Lower-case words (> 3 letters) from the name and place lists, minus word-like ones."""
    singles, phrases = set(), []
    wordlike = {w.lower() for w in WORD_FEMALE + WORD_MALE + WORD_SURNAMES} | WORDLIKE_PLACES
    pool = FEMALE + MALE + SURNAMES + [t[0] for t in UK_TOWNS] + [v[0] for v in VILLAGES]
    pool += [c[0] for c in US_CITIES] + ABROAD
    for w in pool:
        lw = w.lower()
        if " " in lw:
            phrases.append(lw)
        elif len(lw) > 3 and lw not in wordlike:
            singles.add(lw)
    return singles, sorted(set(phrases))


LIST_SINGLES, LIST_PHRASES = list_words()


WORDLIKE_NAME_RE = re.compile(
    r"\b(?:" + "|".join(sorted(set(WORD_FEMALE + WORD_MALE))) + r")\b[,)]?\s+(?:is|was|has|had|did|does|"
    r"helps|helped|made|makes|came|took|gave|listened|explained|always|really|never|and|from|"
    r"on|at|in|my|our|were|went|got|spoke|showed|kept|looked)\b"
)


def is_clean(t: str, lower_vocab: set) -> bool:
    if not 30 <= len(t) <= 400:
        return False
    if re.search(r"\d{3}", t):
        return False
    low = t.lower()
    for bad in ("@", "www", "http", ".com", ".uk", "*", "[", "xxx"):
        if bad in low:
            return False
    if MONTH_RE.search(low):
        return False
    if WORDLIKE_NAME_RE.search(t):  # "Mark is still helping me", "Angel was very kind"
        return False
    if re.search(r"\b9\d\b", t) or "ninety" in low or "hundred" in low:
        return False
    for m in WORD_RE.finditer(t):
        w = m.group()
        if w[0].isupper():
            before = t[: m.start()].rstrip(" \t\"'(")
            if before and before[-1] not in ".!?\n" and w not in OK_CAPS:
                return False
            # a capitalised word the FFT files never write in lower case is
            # probably a name or a place, even at the start of a sentence
            if w not in OK_CAPS and w.lower().replace("’", "'") not in lower_vocab:
                return False
        lw = w.lower().replace("’", "'")
        if lw in LIST_SINGLES:
            return False
    for ph in LIST_PHRASES:
        if re.search(r"(?<!\w)" + re.escape(ph) + r"(?!\w)", low):
            return False
    return True


def excluded_ids(out_path: str) -> tuple[set, list]:
    """Ids of every other redaction set and of the labelled corpus (only the id is read)."""
    ids = set()
    files = []
    own = os.path.abspath(out_path)
    for f in sorted(glob.glob("evaluation/data/redaction_*.jsonl")) + ["data/labeled/corpus.jsonl"]:
        if os.path.abspath(f) == own or os.path.basename(f) == os.path.basename(OUT_DEFAULT):
            continue
        n = 0
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.add(json.loads(line)["id"])
                    n += 1
        files.append((f, n))
    return ids, files


def load_pool(fft_dir: str, excl: set) -> dict:
    """Clean comments at odd (0-based) data-row positions of each CSV."""
    lower_vocab = set()
    for fname, col in (("fft_phase2_v6framework.csv", "FFT answer"), ("fft_phase1.csv", "feedback")):
        with open(os.path.join(fft_dir, fname), encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for m in WORD_RE.finditer(row.get(col) or ""):
                    w = m.group()
                    if w == w.lower():
                        lower_vocab.add(w.replace("’", "'"))
    pools = {}
    for phase, fname, col in (
        ("fft2", "fft_phase2_v6framework.csv", "FFT answer"),
        ("fft1", "fft_phase1.csv", "feedback"),
    ):
        seen = set()
        rows = []
        with open(os.path.join(fft_dir, fname), encoding="utf-8", newline="") as fh:
            for pos, row in enumerate(csv.DictReader(fh)):
                if pos % 2 == 0:
                    continue
                rid = f"fft2:{row['Comment ID']}" if phase == "fft2" else f"fft1:{int(row['row_index'])}"
                text = (row.get(col) or "").strip()
                if not text or rid in excl or text in seen:
                    continue
                seen.add(text)
                if is_clean(text, lower_vocab):
                    rows.append((rid, text))
        pools[phase] = rows
    return pools


# ---------------------------------------------------------------------------
# Planting.
# ---------------------------------------------------------------------------

ABBREV = {"dr", "mr", "mrs", "ms", "st", "no", "e.g", "i.e", "approx", "prof", "vs"}
ONE_PER_RECORD = {"DATE_OF_BIRTH", "NHS_NUMBER", "ZIP"}


def boundaries(t: str) -> list[int]:
    out = []
    depth = 0
    for i, ch in enumerate(t):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch in ".!?" and i + 1 < len(t) and t[i + 1].isspace() and depth == 0:
            if i + 2 < len(t) and t[i + 2 :].strip() == "":
                continue
            word = re.search(r"([\w.]+)$", t[:i])
            if word and word.group(1).lower() in ABBREV:
                continue
            if t[i + 1 :].lstrip()[:1] in ".!?":
                continue
            out.append(i + 1)
    return out


def compatible(rec: dict, ti: int, tinfo: list[dict], max_sent: int = 4) -> bool:
    if ti in rec["tids"] or len(rec["tids"]) >= max_sent:
        return False
    kind = tinfo[ti]["kind"]
    kinds = [tinfo[x]["kind"] for x in rec["tids"]]
    if kind != "mid" and kind in kinds:
        return False
    have = set()
    for x in rec["tids"]:
        have |= set(tinfo[x]["types"])
    if have & ONE_PER_RECORD & set(tinfo[ti]["types"]):
        return False
    return True


def select(rng: random.Random, records: list[dict], tinfo: list[dict]) -> None:
    counts = Counter()
    uses = Counter()

    def add(rec, ti):
        rec["tids"].append(ti)
        counts.update(tinfo[ti]["types"])
        uses[ti] += 1

    # A: every template once, spread over the records.
    order = list(range(len(tinfo)))
    rng.shuffle(order)
    rec_order = list(range(len(records)))
    rng.shuffle(rec_order)
    k = 0
    for ti in order:
        for step in range(len(records)):
            rec = records[rec_order[(k + step) % len(records)]]
            if len(rec["tids"]) < 2 and compatible(rec, ti, tinfo):
                add(rec, ti)
                k = k + step + 1
                break

    # B: give each record 1-3 sentences, led by how far each type is below target.
    def score(ti):
        s = 0.0
        for typ, c in tinfo[ti]["types"].items():
            if counts[typ] >= TARGETS[typ]:
                s -= c
            else:
                s += min(c, TARGETS[typ] - counts[typ]) * (TARGETS[typ] - counts[typ]) / TARGETS[typ]
        return s - 0.35 * uses[ti]

    for idx in rec_order:
        rec = records[idx]
        want = rng.choices([1, 2, 3], [45, 38, 17])[0]
        while len(rec["tids"]) < want:
            cands = [ti for ti in range(len(tinfo)) if compatible(rec, ti, tinfo)]
            cands.sort(key=lambda ti: (-score(ti), ti))
            add(rec, rng.choice(cands[:8]))

    # C: top up until every type meets its target.
    while True:
        short = [(counts[t] / TARGETS[t], t) for t in TYPE_ORDER if counts[t] < TARGETS[t]]
        if not short:
            break
        typ = min(short)[1]
        cands = [ti for ti in range(len(tinfo)) if tinfo[ti]["kind"] == "mid" and typ in tinfo[ti]["types"]]

        def over(ti):
            return sum(c for t, c in tinfo[ti]["types"].items() if counts[t] >= TARGETS[t])

        cands.sort(key=lambda ti: (over(ti), uses[ti], sum(tinfo[ti]["types"].values()), ti))
        ti = rng.choice(cands[:6])
        for _ in range(1000):
            rec = records[rng.randrange(len(records))]
            if compatible(rec, ti, tinfo):
                add(rec, ti)
                break
        else:
            raise RuntimeError(f"no record takes template {ti}")


def assemble(rng: random.Random, gen: Gen, rec: dict, tinfo: list[dict]) -> dict:
    orig = rec["original"]
    bounds = [0] + boundaries(orig) + [len(orig)]
    inserts = []  # (position, rank, seq, template index)
    for seq, ti in enumerate(rec["tids"]):
        kind = tinfo[ti]["kind"]
        if kind == "open":
            inserts.append((0, 0, seq, ti))
        elif kind == "sign":
            inserts.append((len(orig), 2, seq, ti))
        else:
            inserts.append((rng.choice(bounds), 1, seq, ti))
    inserts.sort()
    rendered = {seq: render(gen, tinfo[ti]["text"]) for _, _, seq, ti in sorted(inserts, key=lambda x: x[2])}

    out = ""
    ents = []
    planted = []
    last_planted = False

    def add_planted(s, es):
        nonlocal out, last_planted
        if out and not s.startswith("\n"):
            if out[-1].isalnum():
                out += "."
            if not out[-1].isspace():
                out += " "
        base = len(out)
        out += s
        planted.append((base, len(out)))
        for e in es:
            e = dict(e)
            e["start"] += base
            e["end"] += base
            ents.append(e)
        last_planted = True

    def add_orig(seg):
        nonlocal out, last_planted
        if not seg:
            return
        if out and last_planted:
            if out[-1].isalnum():
                out += "."
            if not out[-1].isspace() and not seg[0].isspace():
                out += " "
        out += seg
        last_planted = False

    cur = 0
    for pos, _, seq, _ti in inserts:
        add_orig(orig[cur:pos])
        cur = max(cur, pos)
        s, es = rendered[seq]
        add_planted(s, es)
    add_orig(orig[cur:])
    out = out.rstrip()
    entities = []
    for e in ents:
        d = {
            "start": e["start"],
            "end": e["end"],
            "type": e["type"],
            "value": e["value"],
            "profiles": HIPAA_ONLY if e["type"] in HIPAA_ONLY_TYPES else BOTH,
        }
        entities.append((d, e["_kind"]))
    entities.sort(key=lambda x: x[0]["start"])
    return {
        "id": rec["id"],
        "text": out,
        "original": orig,
        "entities": [d for d, _ in entities],
        "_kinds": [k for _, k in entities],
        "_planted": planted,
    }


# ---------------------------------------------------------------------------
# Checks.
# ---------------------------------------------------------------------------

TRIM_PUNCT = set(".,;:!?'\"()[]{}-–—/\\")


def check(records: list[dict]) -> Counter:
    counts = Counter()
    title_re = re.compile(r"^(?:" + "|".join(re.escape(t) for t in TITLES) + r")\b", re.I)
    ids = set()
    for rec in records:
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
        text = rec["text"]
        assert rec["entities"], rec["id"]
        assert rec["original"] == rec["original"].strip()
        assert 30 <= len(rec["original"]) <= 400
        prev_end = -1
        for e in rec["entities"]:
            s, t, typ, v = e["start"], e["end"], e["type"], e["value"]
            assert text[s:t] == v, (rec["id"], e)
            assert s >= prev_end, ("overlap/order", rec["id"], e)
            prev_end = t
            assert v == v.strip() and v, (rec["id"], v)
            assert v[-1] not in TRIM_PUNCT, (rec["id"], v)
            assert v[0] not in TRIM_PUNCT or (typ == "PHONE" and v[0] in "+("), (rec["id"], v)
            want = HIPAA_ONLY if typ in HIPAA_ONLY_TYPES else BOTH
            assert e["profiles"] == want, (rec["id"], e)
            assert list(e) == ["start", "end", "type", "value", "profiles"]
            if typ == "NAME":
                assert not title_re.match(v), v
                assert not re.search(r"['’]s$", v), v
            elif typ == "NHS_NUMBER":
                assert nhs_check_ok(re.sub(r"[ -]", "", v)), v
            elif typ == "AGE_OVER_89":
                if v.isdigit():
                    assert 90 <= int(v) <= 110, v
                else:
                    assert v.lower() in {w for w in AGE_WORDS} | {w.replace("-", " ") for w in AGE_WORDS} | {
                        "a hundred",
                        "one hundred",
                    }, v
            elif typ == "EMAIL":
                host = v.lower().rsplit("@", 1)[1]
                assert any(host == h or host.endswith("." + h) for h in EXAMPLE_HOSTS), v
            elif typ == "URL":
                host = re.sub(r"^https?://", "", v.lower()).split("/")[0].split("?")[0].split("#")[0]
                assert any(host == h or host.endswith("." + h) for h in EXAMPLE_HOSTS), v
            elif typ == "PHONE":
                digits = re.sub(r"\D", "", v.split(" ext")[0].split(" x")[0].split(" Ext")[0])
                ok = (
                    "7700900" in digits
                    or "4960" in digits
                    or "4980" in digits
                    or "1632960" in digits
                    or "79460" in digits
                    or "20180" in digits
                    or "96496" in digits
                    or "5550" in digits
                )
                assert ok, v
            elif typ == "POSTCODE":
                assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}\s{0,2}\d[A-Za-z]{2}", v), v
            elif typ == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
            elif typ == "HOSPITAL_NUMBER":
                assert not (re.fullmatch(r"[\d ]+", v) and len(re.sub(r"\D", "", v)) == 10), v
            counts[typ] += 1
        # outside the planted sentences the text is the original, give or take
        # the full stops and spaces added at the joins
        rest, cur = [], 0
        for a, b in rec["_planted"]:
            assert not SLOT_RE.search(text[a:b]) and "{" not in text[a:b], rec["id"]
            rest.append(text[cur:a])
            cur = b
        rest.append(text[cur:])
        squash = lambda x: re.sub(r"[\s.]", "", x)  # noqa: E731
        assert squash("".join(rest)) == squash(rec["original"]), rec["id"]
        ents = [(e["start"], e["end"]) for e in rec["entities"]]
        assert all(any(a <= s and t <= b for a, b in rec["_planted"]) for s, t in ents), rec["id"]
    for typ, n in TARGETS.items():
        assert counts[typ] >= n, (typ, counts[typ], n)
    assert sum(counts.values()) >= 1000
    assert len(records) == N_RECORDS
    return counts


# ---------------------------------------------------------------------------
# Main.
# ---------------------------------------------------------------------------


def build(seed: int, n: int, fft_dir: str, out_path: str) -> tuple[list[dict], dict]:
    rng = random.Random(seed)
    excl, files = excluded_ids(out_path)
    pools = load_pool(fft_dir, excl)
    n2 = min(PER_PHASE, len(pools["fft2"]))
    pick2 = rng.sample(pools["fft2"], n2)
    pick1 = rng.sample(pools["fft1"], n - n2)
    records = [{"id": rid, "original": text, "tids": []} for rid, text in pick2 + pick1]
    tinfo = [{"text": t, "kind": template_kind(t), "types": template_types(t)} for t in TEMPLATES]
    select(rng, records, tinfo)
    gen = Gen(rng)
    built = [assemble(rng, gen, rec, tinfo) for rec in records]
    info = {
        "excluded_files": files,
        "pool_sizes": {k: len(v) for k, v in pools.items()},
        "n_phase2": n2,
        "n_phase1": n - n2,
        "tinfo": tinfo,
        "records": records,
    }
    return built, info


def stats(built: list[dict], info: dict) -> None:
    c = Counter(e["type"] for b in built for e in b["entities"])
    print("records", len(built), "entities", sum(c.values()))
    for t in TYPE_ORDER:
        print(f"  {t:16s} {c[t]}")
    std = sum(v for t, v in c.items() if t not in HIPAA_ONLY_TYPES)
    print("standard", std, "hipaa", sum(c.values()))
    print("pools", info["pool_sizes"], "phase2", info["n_phase2"], "phase1", info["n_phase1"])
    print("excluded files", info["excluded_files"])
    per = Counter(len(b["entities"]) for b in built)
    print("entities per record", sorted(per.items()))
    lens = [len(b["original"]) for b in built]
    print("original length", min(lens), max(lens))
    used = Counter(ti for r in info["records"] for ti in r["tids"])
    print(
        "templates",
        len(info["tinfo"]),
        "used",
        len(used),
        "opener",
        sum(1 for t in info["tinfo"] if t["kind"] == "open"),
        "sign-off",
        sum(1 for t in info["tinfo"] if t["kind"] == "sign"),
    )
    print("sentences per record", sorted(Counter(len(r["tids"]) for r in info["records"]).items()))
    kinds = Counter()
    names = []
    for b in built:
        for e, k in zip(b["entities"], b["_kinds"]):
            kinds[(e["type"], k)] += 1
            if e["type"] == "NAME":
                names.append((b, e))
    for key in sorted(kinds):
        print("  ", key, kinds[key])
    wl = {w.lower() for w in WORD_FEMALE + WORD_MALE}
    nm = Counter()
    for _b, e in names:
        v = e["value"]
        first = v.split()[0].lower()
        if first in wl:
            nm["starts word-like"] += 1
        if v == v.lower():
            nm["lower"] += 1
        if v == v.upper():
            nm["caps"] += 1
        if " " in v:
            nm["multi-word"] += 1
        if re.search(r"\b[A-Z]\.|\b[A-Z]{2}\b|\b[A-Z]\b", v) and v != v.upper():
            nm["initials"] += 1
        if re.search(r"[-'’]|\b(van|der|de|da|dos|ter|ap|bin|al|Ó|Nic|Mac|Le)\b", v):
            nm["particle/hyphen/apostrophe"] += 1
        if any(ord(ch) > 127 for ch in v):
            nm["non-ascii"] += 1
    print("names", dict(nm))
    adjacent = 0
    for b in built:
        es = b["entities"]
        for a, z in zip(es, es[1:]):
            if a["type"] == z["type"] == "NAME":
                gap = b["text"][a["end"] : z["start"]]
                if re.fullmatch(r"\s*(,|&|and|n|,\s*and)?\s*", gap) and gap:
                    adjacent += 1
    print("adjacent name pairs", adjacent)
    ml = sum(1 for b in built for e in b["entities"] if e["type"] == "ADDRESS" and "\n" in e["value"])
    print("multi-line addresses", ml)
    z_in_addr = sum(
        1
        for b in built
        for e in b["entities"]
        if e["type"] == "ADDRESS" and re.search(r"\b[A-Z]{2} \d{5}(-\d{4})?$", e["value"])
    )
    print("addresses ending in a ZIP", z_in_addr)
    hn = [e["value"] for b in built for e in b["entities"] if e["type"] == "HOSPITAL_NUMBER"]
    print(
        "hospital numbers starting with a letter",
        sum(v[0].isalpha() for v in hn),
        "with a separator",
        sum(bool(re.search(r"[ ./-]", v)) for v in hn),
    )
    addr = [(b, e) for b in built for e in b["entities"] if e["type"] == "ADDRESS"]
    print(
        "addresses with flat/apartment/unit/suite/apt",
        sum(bool(re.search(r"(?i)\b(flat|apartment|unit|suite|apt)\b", e["value"])) for _, e in addr),
        "PO boxes",
        sum(bool(re.search(r"(?i)\bp\.?\s?o\.? box", e["value"])) for _, e in addr),
        "after c/o",
        sum(
            b["text"][: e["start"]].rstrip().endswith("c/o")
            or b["text"][: e["start"]]
            .rstrip(", ")
            .endswith(tuple(x["value"] for x in b["entities"] if x["type"] == "NAME"))
            and "c/o" in b["text"][max(0, e["start"] - 60) : e["start"]]
            for b, e in addr
        ),
        "lower",
        sum(e["value"] == e["value"].lower() for _, e in addr),
        "caps",
        sum(e["value"] == e["value"].upper() for _, e in addr),
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--n", type=int, default=N_RECORDS)
    ap.add_argument("--fft-dir", default=FFT_DIR_DEFAULT)
    ap.add_argument("--out", default=OUT_DEFAULT)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    built, info = build(args.seed, args.n, args.fft_dir, args.out)
    counts = check(built)
    lines = []
    for b in built:
        rec = {"id": b["id"], "text": b["text"], "original": b["original"], "entities": b["entities"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(args.out, "wb") as fh:
        fh.write(data)
    print(f"wrote {len(built)} records, {sum(counts.values())} entities to {args.out}")
    print("sha256", hashlib.sha256(data).hexdigest())
    if args.stats:
        stats(built, info)
    return 0


if __name__ == "__main__":
    sys.exit(main())
