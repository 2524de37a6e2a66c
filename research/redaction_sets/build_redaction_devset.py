"""Build the redaction DEVELOPMENT set: real FFT comments with invented personal details.

Unlike the frozen v2 test set, this set may be read and tuned on. Real NHS Friends and Family
Test comments (``fft_phase2_v6framework.csv`` column ``FFT answer``, id ``fft2:<Comment ID>``;
``fft_phase1.csv`` column ``feedback``, id ``fft1:<row_index>``) of 40-400 characters are drawn
with a fixed seed, leaving out every id in ``data/labeled/corpus.jsonl``, in the old test set and
in the frozen v2 test set (only the ids of the v2 set are read, nothing else from it). Comments
that already hold a digit, a redaction marker ("XXXX", "[...]"), an "@" or a link are skipped.

Into each comment 1-3 sentences carrying FICTITIOUS details are inserted at sentence boundaries.
The phrasings and values below are hand-written for variety: names in every form (full, first
alone, lower case after a relationship or role word, capitals, initials with and without dots,
possessives, hyphens, lists, sign-offs; British, Irish, Scottish, Welsh, South Asian, African,
Caribbean, Eastern European, Chinese, Vietnamese, Middle Eastern), UK and US addresses of every
shape (flats, house names, abbreviations, partial postcodes, PO boxes, ZIP+4), hospital numbers,
MRNs and references in many formats, dates of birth in many formats, ZIP codes, and, for the
``hipaa_safe_harbor`` profile only, ages over 89, dates and towns named on their own.

Each output line is ``{"id", "text", "entities": [{"start", "end", "type", "value", "profiles"}],
"original"}`` with ``text[start:end] == value``; titles, cue words and punctuation stay outside
the spans.

Usage (from the repository root):
    .venv/bin/python research/redaction_sets/build_redaction_devset.py [--fft-dir ../shared/data/nhs_fft]
        [--out evaluation/data/redaction_devset.jsonl]
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

import pandas as pd

SEED = 424242
N_COMMENTS = 440
MIN_LEN, MAX_LEN = 40, 400
BOTH = ["standard", "hipaa_safe_harbor"]
HIPAA = ["hipaa_safe_harbor"]
HIPAA_TYPES = {"DATE", "AGE_OVER_89", "TOWN"}

# --- Names ------------------------------------------------------------------------------------

FIRST = [
    # English / Welsh / Scottish / Irish
    "Gemma", "Craig", "Stuart", "Lynne", "Joanne", "Darren", "Kirsty", "Gillian", "Fraser", "Ailsa",
    "Catriona", "Rhys", "Gethin", "Cerys", "Dafydd", "Eleri", "Siobhán", "Ciarán", "Orla", "Pádraig",
    "Niall", "Caoimhe", "Róisín", "Declan", "Aoibhinn", "Fionnuala", "Eamon", "Bronagh", "Shona",
    "Lachlan", "Mhairi", "Struan", "Eilidh", "Morven", "Hayley", "Nathan", "Kieran", "Bethany",
    "Chelsea", "Toby", "Imogen", "Harriet", "Rupert", "Beverley", "Malcolm", "Yvonne", "Glenys",
    # South Asian
    "Priyanka", "Sanjay", "Rajesh", "Anjali", "Gurpreet", "Harjit", "Manpreet", "Farhana", "Nasreen",
    "Shabana", "Tariq", "Zubair", "Asif", "Rukhsana", "Deepak", "Lakshmi", "Arjun", "Kavita", "Nadia",
    "Sadia", "Jaswinder", "Parminder", "Mohinder", "Shreya", "Vikram", "Imtiaz",
    # African / Caribbean
    "Chiamaka", "Obinna", "Adaeze", "Tunde", "Folake", "Yaw", "Akosua", "Kwabena", "Nkechi", "Emeka",
    "Thabo", "Zanele", "Wanjiru", "Otieno", "Abimbola", "Ifeoma", "Femi", "Delroy", "Marcia", "Winston",
    "Chukwudi", "Adwoa", "Sipho", "Amara", "Tendai",
    # Eastern European
    "Katarzyna", "Małgorzata", "Piotr", "Grzegorz", "Zbigniew", "Ewa", "Jolanta", "Andrzej", "Vasile",
    "Mihaela", "Florin", "Iuliana", "Tatiana", "Dmitri", "Oksana", "Jurgis", "Rasa", "Aurelija",
    "Miroslav", "Zdenka", "Bogdana", "Lucian",
    # Chinese / Vietnamese / East Asian
    "Xiaoming", "Jing", "Wei", "Ying", "Hui", "Zhen", "Minh", "Thuy", "Hoa", "Linh", "Jun", "Hana",
    # Middle Eastern / other
    "Yasmin", "Omar", "Layla", "Karim", "Samira", "Hassan", "Reza", "Leila", "Dariusz", "Ahmet",
    "Elif", "Mehmet", "Nour",
]
HYPH_FIRST = ["Mary-Kate", "Anne-Marie", "Lily-Mae", "Jean-Paul", "Ellie-Rose", "Sarah-Jane", "Lee-Ann",
              "Mary-Beth", "Kerry-Ann", "Jo-Anne"]
SURNAME = [
    "Hargreaves", "Ackroyd", "Pickering", "Braithwaite", "Sutcliffe", "Entwistle", "Cartwright",
    "Whittaker", "Fothergill", "Bainbridge", "Holloway", "Postlethwaite", "Ormerod", "Mottram",
    "O'Sullivan", "O'Donnell", "McGuinness", "Ní Bhriain", "Fitzpatrick", "Mulcahy", "Ó Briain",
    "MacDonald", "McKenzie", "Urquhart", "Farquharson", "Menzies", "Drummond", "MacKinnon",
    "ap Rhys", "Prosser", "Pritchard", "Bevan", "Vaughan-Thomas",
    "Chaudhry", "Siddiqui", "Bhattacharya", "Ramachandran", "Gill", "Dhillon", "Sidhu", "Qureshi",
    "Rahman", "Chowdhury", "Mistry", "Venkatesh", "Malhotra", "Parekh",
    "Okafor", "Nwosu", "Adebayo", "Oyelowo", "Asante", "Boateng", "Owusu", "Mutua", "Kamau",
    "Dlamini", "Nkosi", "Adeleke", "Okoro", "Campbell-Brown", "Bailey", "Grant",
    "Wiśniewski", "Kowalczyk", "Zielińska", "Nowakowski", "Popescu", "Ionescu", "Dumitru",
    "Petrauskas", "Kazlauskienė", "Horvath", "Novák", "Kovalenko", "Ivanova",
    "Zhang", "Wang", "Liu", "Huang", "Xu", "Nguyen", "Pham", "Tran", "Le", "Lam", "Ng",
    "Haddad", "Karimi", "Hosseini", "Al-Rashid", "Demir", "Aydın", "El-Sayed",
    "Smith-Jones", "Heathcote-Drury", "Lloyd-Evans", "Van den Berg", "De Souza", "da Costa",
]
WORD_FIRST = ["Grace", "Faith", "Joy", "Hope", "Will", "Mark", "Rose", "Dawn", "Holly", "Jack", "Bill", "Pat",
              "Ray", "Sandy", "Summer", "Ruby", "Amber", "April", "Robin", "Victor", "Ivy", "Hazel"]
LOWER_FIRST = ["lucy", "jamie", "sophie", "ben", "ellie", "kyle", "chloe", "liam", "megan", "ryan", "aisha",
               "priya", "olek", "ciara", "callum", "zainab", "tomasz", "ama", "jess", "danny", "gemma", "kev",
               "shauna", "molly", "harvey", "jo", "mo", "sue", "dave", "tash", "becca", "abdul", "bronwen"]


class Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def first(self) -> str:
        r = self.rng.random()
        return self.rng.choice(HYPH_FIRST) if r < 0.08 else self.rng.choice(FIRST)

    def sur(self) -> str:
        return self.rng.choice(SURNAME)

    def full(self) -> str:
        return f"{self.first()} {self.sur()}"

    def any(self) -> str:
        return self.full() if self.rng.random() < 0.5 else self.first()

    def caps(self) -> str:
        return self.any().upper()

    def initials(self) -> str:
        r = self.rng
        f = self.first()[0]
        form = r.choice(["{f}. {s}", "{f}.{g}. {s}", "{f} {s}", "{f}{g} {s}", "{f}.{s}", "{s}, {f}."])
        return form.format(f=f, g=r.choice("ABCDEGHJKLMNPRST"), s=self.sur())

    def word(self) -> str:
        return self.rng.choice(WORD_FIRST)

    def lower(self) -> str:
        r = self.rng.random()
        return self.rng.choice(LOWER_FIRST) if r < 0.7 else self.rng.choice(FIRST).lower()

    def lower_full(self) -> str:
        return f"{self.lower()} {self.sur().lower()}"


# --- Places and addresses ---------------------------------------------------------------------

UK_TOWNS = [  # (town, county, postcode area+district)
    ("Loughborough", "Leicestershire", "LE11"), ("Bingley", "West Yorkshire", "BD16"),
    ("Great Ayton", "North Yorkshire", "TS9"), ("Keighley", "West Yorkshire", "BD21"),
    ("Hexham", "Northumberland", "NE46"), ("Ashby-de-la-Zouch", "Leicestershire", "LE65"),
    ("Stoke-on-Trent", "Staffordshire", "ST4"), ("Bishop Auckland", "County Durham", "DL14"),
    ("Market Harborough", "Leicestershire", "LE16"), ("Sutton-in-Ashfield", "Nottinghamshire", "NG17"),
    ("Kirkby Stephen", "Cumbria", "CA17"), ("Todmorden", "West Yorkshire", "OL14"),
    ("Whitley Bay", "Tyne and Wear", "NE26"), ("Chester-le-Street", "County Durham", "DH3"),
    ("Cleethorpes", "Lincolnshire", "DN35"), ("Ilkeston", "Derbyshire", "DE7"),
    ("Newton Aycliffe", "County Durham", "DL5"), ("Morpeth", "Northumberland", "NE61"),
    ("Kettering", "Northamptonshire", "NN16"), ("Wellingborough", "Northants", "NN8"),
    ("Mansfield", "Notts", "NG18"), ("Skipton", "North Yorkshire", "BD23"),
    ("Stockton-on-Tees", "Cleveland", "TS18"), ("Penrith", "Cumbria", "CA11"),
    ("Dumfries", "Dumfries and Galloway", "DG1"), ("Kirkcaldy", "Fife", "KY1"),
    ("Aberystwyth", "Ceredigion", "SY23"), ("Llanelli", "Carmarthenshire", "SA15"),
    ("Enniskillen", "Co. Fermanagh", "BT74"), ("Newry", "County Down", "BT34"),
    ("Hebden Bridge", "West Yorkshire", "HX7"), ("Saltburn-by-the-Sea", "North Yorkshire", "TS12"),
    ("Bury St Edmunds", "Suffolk", "IP33"), ("Melton Mowbray", "Leics", "LE13"),
    ("Ashington", "Northumberland", "NE63"), ("Redcar", "North Yorkshire", "TS10"),
    ("Worksop", "Nottinghamshire", "S80"), ("Gateshead", "Tyne & Wear", "NE8"),
    ("Wakefield", "W Yorks", "WF1"), ("Barnsley", "South Yorkshire", "S70"),
]
UK_STREETS = ["Ashby Road", "High St", "Mill Lane", "Station Rd", "Church Street", "Victoria Terrace",
              "Beechwood Avenue", "Primrose Hill", "Coronation St", "Albert Road", "The Green", "Windsor Crescent",
              "Kingsway", "Moor Lane", "Acorn Close", "Burnside Drive", "Queen's Parade", "St Mary's Walk",
              "Farrier's Way", "Orchard Gardens", "Main Street", "Cliff Road", "Nightingale Court", "Brook View",
              "Larkspur Mews", "Cemetery Road", "Castle Wynd", "Marsh Lane", "Elmtree Grove", "Park Avenue"]
HOUSE_NAMES = ["Rose Cottage", "The Old Vicarage", "Ivy House", "Meadow View", "2 Holly Cottages",
               "The Bungalow", "Willow Barn", "Hillside Farm", "Orchard House", "The Laurels"]
VILLAGE_STREETS = ["Mill Lane", "Back Lane", "Church Walk", "School Road", "Green Lane", "Front Street"]
US_PLACES = [("Dayton", "OH", "Ohio", "454"), ("Springfield", "IL", "Illinois", "627"),
             ("Tulsa", "OK", "Oklahoma", "741"), ("Fresno", "CA", "California", "937"),
             ("Albany", "NY", "New York", "122"), ("Savannah", "GA", "Georgia", "314"),
             ("Boise", "ID", "Idaho", "837"), ("Spokane", "WA", "Washington", "992"),
             ("Knoxville", "TN", "Tennessee", "379"), ("Lansing", "MI", "Michigan", "489"),
             ("Des Moines", "IA", "Iowa", "503"), ("El Paso", "TX", "Texas", "799"),
             ("Baton Rouge", "LA", "Louisiana", "708"), ("St. Louis", "MO", "Missouri", "631"),
             ("Fort Wayne", "IN", "Indiana", "468"), ("Burlington", "VT", "Vermont", "054")]
US_STREETS = ["N. Elm St", "Maple Ave", "W 34th Street", "Oak Ridge Dr", "S. Main St", "Lakeshore Blvd",
              "Pine Hollow Rd", "E. Washington Street", "Sycamore Ln", "Old Mill Road", "NW 5th Ave",
              "Cherry Tree Ct", "Highway 61", "Route 9", "Magnolia Blvd"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


class Places:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def postcode(self, district: str) -> str:
        r = self.rng
        code = f"{district} {r.randint(1, 9)}{r.choice(INWARD)}{r.choice(INWARD)}"
        return code if r.random() < 0.85 else code.replace(" ", "")

    def uk_address(self) -> str:
        r = self.rng
        town, county, district = r.choice(UK_TOWNS)
        pc = self.postcode(district)
        shape = r.randrange(10)
        num = str(r.randint(1, 240)) + (r.choice("ab") if r.random() < 0.1 else "")
        street = r.choice(UK_STREETS)
        if shape == 0:
            return f"Flat {r.randint(1, 12)}{r.choice(['', 'b', 'a'])}, {num} {street}, {town}, {county} {pc}"
        if shape == 1:
            return f"{num} {street}, {town} {district}"
        if shape == 2:
            return f"{r.choice(HOUSE_NAMES)}, {r.choice(VILLAGE_STREETS)}, {town}, {county}"
        if shape == 3:
            return f"{num} {street}, {town}, {pc}"
        if shape == 4:
            return f"{num} {street} {town} {pc}"
        if shape == 5:
            return f"{num}, {street}, {town}, {county}, {pc.upper()}"
        if shape == 6:
            return f"{num} {street.lower()}, {town.lower()} {pc.lower()}"
        if shape == 7:
            return f"{num} {street}, {town}"
        if shape == 8:
            return f"{r.choice(HOUSE_NAMES)}, {town} {pc}"
        return f"{num.upper()} {street.upper()}, {town.upper()}, {pc.upper()}"

    def us_address(self) -> str:
        r = self.rng
        city, st, state, z3 = r.choice(US_PLACES)
        zipc = z3 + self.d(2) + (("-" + self.d(4)) if r.random() < 0.35 else "")
        num = str(r.randint(10, 9999))
        street = r.choice(US_STREETS)
        shape = r.randrange(7)
        if shape == 0:
            return f"{num} {street}, Apt {r.randint(1, 30)}{r.choice(['', 'B'])}, {city}, {st} {zipc}"
        if shape == 1:
            return f"PO Box {r.randint(2, 9999)}, {city}, {st} {zipc}"
        if shape == 2:
            return f"{num} {street}, {city}, {state} {zipc}"
        if shape == 3:
            return f"{num} {street} {city} {st} {zipc}"
        if shape == 4:
            return f"{num} {street}, Suite {r.randint(100, 450)}, {city}, {st}. {zipc}"
        if shape == 5:
            return f"P.O. Box {r.randint(2, 999)}, {city} {st} {zipc}"
        return f"{num} {street}, {city}, {st}"

    def zipcode(self) -> str:
        r = self.rng
        z = r.choice(US_PLACES)[3] + self.d(2)
        return z + ("-" + self.d(4) if r.random() < 0.4 else "")

    def town(self) -> str:
        r = self.rng
        if r.random() < 0.7:
            return r.choice(UK_TOWNS)[0]
        return r.choice(US_PLACES)[0]


# --- Identifiers, dates, ages -----------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Values:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))

    def hospital_number(self) -> str:
        r, d, L = self.rng, self.d, self.letters
        return r.choice([
            f"{L(1)}{d(7)}", f"{L(2)}{d(6)}", f"{d(7)}", f"{d(3)} {d(3)} {d(1)}", f"{d(8)}", f"{L(1)}{d(6)}{L(1)}",
            f"{L(3)}-{d(6)}", f"{L(1)}-{d(4)}-{d(3)}", f"{d(2)}/{d(5)}", f"{L(2)} {d(3)} {d(3)}", f"{L(1)}{d(5)}",
            f"{d(4)}-{d(4)}", f"{L(1).lower()}{d(6)}", f"{d(6)}", f"{L(2)}/{d(4)}/{d(2)}", f"MRN{d(7)}",
            f"{d(2)}-{d(6)}-{L(1)}", f"{L(4)}{d(5)}",
        ])

    def dob(self) -> str:
        r = self.rng
        y = r.randint(1925, 2012)
        m = r.randint(1, 12)
        day = r.randint(1, 28)
        mon = MONTHS[m - 1]
        yy = f"{y % 100:02d}"
        return r.choice([
            f"{day:02d}.{m:02d}.{yy}", f"{ordinal(day)} {mon[:3]} '{yy}", f"{y}-{m:02d}-{day:02d}",
            f"{day}/{m}/{y}", f"{day:02d}/{m:02d}/{yy}", f"{day} {mon} {y}", f"{ordinal(day)} of {mon} {y}",
            f"{mon} {day}, {y}", f"{mon[:3]} {ordinal(day)} {y}", f"{day:02d}-{m:02d}-{y}", f"{day}.{m}.{y}",
            f"{day:02d} {mon[:3].upper()} {y}", f"{day}{mon[:3].lower()}{yy}", f"{m}/{day}/{yy}",
            f"{ordinal(day)} {mon}, {y}", f"{day} {mon[:3]}. {y}", f"{day:02d}{m:02d}{y}",
            f"{day}-{mon[:3]}-{yy}",
        ])

    def date(self) -> str:
        r = self.rng
        day, m = r.randint(1, 28), r.randint(1, 12)
        mon = MONTHS[m - 1]
        y = r.choice([2021, 2022, 2023, 2024])
        return r.choice([
            f"{day}/{m}/{y}", f"{day:02d}.{m:02d}.{y % 100:02d}", f"{ordinal(day)} {mon}", f"{mon} {ordinal(day)}",
            f"{day} {mon[:3]}", f"{mon} {y}", f"{ordinal(day)} of {mon}", f"{day}-{m:02d}-{y}",
            f"{mon[:3]} {day}", f"{y}-{m:02d}-{day:02d}", f"{day} {mon} {y}",
        ])

    def age(self) -> str:
        r = self.rng
        if r.random() < 0.65:
            return str(r.randint(90, 104))
        return r.choice(["ninety", "ninety-one", "ninety two", "ninety-three", "ninety four", "ninety-five",
                         "ninety-six", "ninety seven", "ninety-eight", "ninety-nine", "a hundred",
                         "one hundred and two", "Ninety-one", "Ninety"])

    def phone(self) -> str:
        x = self.d(3)
        return self.rng.choice([f"07700 900{x}", f"0113 496 0{x}", f"+44 7700 900{x}", f"020 7946 0{x}",
                                f"(212) 555-01{x[:2]}"])

    def nhs(self) -> str:
        while True:
            nine = "999" + self.d(6)
            total = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
            check = 11 - total % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = nine + str(check)
                return self.rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


# --- Templates --------------------------------------------------------------------------------
# "{TYPE.kind}" marks a detail; everything else is plain text.

TEMPLATES: dict[str, list[str]] = {
    "NAME": [
        "Thanks to {NAME.full} for everything.", "Special thanks to {NAME.first} on the ward.",
        "Please pass my thanks to {NAME.first} and {NAME.first}.", "Ask for {NAME.first}, she is brilliant.",
        "I spoke to {NAME.full} on the phone.", "I spoke with {NAME.first} at the front desk.",
        "{NAME.first} was amazing with my dad.", "{NAME.full} went above and beyond.",
        "{NAME.first}, {NAME.first} and {NAME.first} were all lovely.",
        "The staff ({NAME.first}, {NAME.first} and {NAME.first}) made us welcome.",
        "Regards, {NAME.full}", "Kind regards, {NAME.full}", "Many thanks, {NAME.first}",
        "Thanks, {NAME.initials}", "From {NAME.full} (patient)", "Signed {NAME.initials}",
        "Dr {NAME.sur} explained everything.", "Dr. {NAME.sur} was very patient with me.",
        "Nurse {NAME.first} was so kind.", "Staff nurse {NAME.full} deserves a medal.",
        "My son {NAME.lower} was seen quickly.", "my daughter {NAME.lower} loved the play room.",
        "my husband {NAME.lower_full} was looked after well.", "our mum {NAME.lower} felt safe.",
        "nurse {NAME.lower} was fab.", "dr {NAME.lower_sur} was rude to my wife.",
        "thanks to {NAME.lower} and {NAME.lower} on reception.", "thank you {NAME.lower}!",
        "{NAME.caps} WAS BRILLIANT.", "THANK YOU {NAME.caps} AND {NAME.caps}.", "DR {NAME.caps_sur} WAS GREAT.",
        "{NAME.initials} was the consultant.", "I was seen by {NAME.initials}.",
        "{NAME.first}'s patience was incredible.", "{NAME.full}'s advice helped a lot.",
        "Without {NAME.first}'s help I would have given up.", "Mrs {NAME.sur} on reception was kind.",
        "Mr {NAME.sur}'s team were great.", "The physio, {NAME.first}, really listened.",
        "{NAME.first} the paramedic kept me calm.", "{NAME.first} on reception sorted it out.",
        "My mum {NAME.word} was well cared for.", "Nurse {NAME.word} was a star.", "Thanks to {NAME.word} {NAME.sur}.",
        "A big shout out to {NAME.full}.", "Credit to {NAME.first} and the team.",
        "Please thank {NAME.first} for me.", "Can you tell {NAME.first} I said thanks.",
        "I was looked after by {NAME.full}.", "Student nurse {NAME.first} was a credit to you.",
        "{NAME.first} from the crisis team rang me back.", "Health visitor {NAME.full} came out twice.",
        "Dr {NAME.initials} was thorough.", "Prof {NAME.sur} knew exactly what to do.",
        "Midwife {NAME.first} {NAME.sur} delivered our baby.", "Sister {NAME.sur} runs a tight ship.",
        "The doctor ({NAME.full}) was excellent.", "Please could {NAME.first} call me back.",
        "Our carer {NAME.first} comes every morning.", "Me and my partner {NAME.first} were grateful.",
        "{NAME.first} and {NAME.first} in x-ray were lovely.", "HCA {NAME.first} made me a cuppa.",
        "Patient: {NAME.full}", "Name: {NAME.full}", "My name is {NAME.full}.", "I am {NAME.full}'s mother.",
        "Consultant {NAME.full} was honest with us.", "Shout out to {NAME.hyph}!", "{NAME.hyph} was wonderful.",
        "Well done {NAME.first}!", "Cheers {NAME.first}.", "Thanks again {NAME.first}, you were a star.",
        "I saw {NAME.full} who was great.", "Phoned and got {NAME.first}, who was helpful.",
        "It was {NAME.first} who noticed the problem.", "{NAME.sur} the surgeon was brilliant.",
    ],
    "ADDRESS": [
        "I live at {ADDRESS.uk}.", "My address is {ADDRESS.uk}.", "Please write to me at {ADDRESS.uk}.",
        "Letters keep going to {ADDRESS.uk} but I moved.", "The ambulance went to {ADDRESS.uk} by mistake.",
        "Address: {ADDRESS.uk}", "We are at {ADDRESS.uk} if you need to visit.",
        "Send the results to {ADDRESS.uk}.", "({ADDRESS.uk})", "My new address is {ADDRESS.uk}, please update it.",
        "I live at {ADDRESS.us}.", "My address is {ADDRESS.us}.", "Mail the bill to {ADDRESS.us}.",
        "Address on file is wrong, it should be {ADDRESS.us}.", "We moved to {ADDRESS.us} last year.",
        "{ADDRESS.uk} is my home address.", "Home: {ADDRESS.us}",
    ],
    "HOSPITAL_NUMBER": [
        "My hospital number is {HOSPITAL_NUMBER.v}.", "Hospital no. {HOSPITAL_NUMBER.v}", "MRN: {HOSPITAL_NUMBER.v}",
        "MRN {HOSPITAL_NUMBER.v} if you need it.", "(hosp no {HOSPITAL_NUMBER.v})", "Patient ID {HOSPITAL_NUMBER.v}.",
        "my patient number is {HOSPITAL_NUMBER.v}", "K number {HOSPITAL_NUMBER.v}.", "Unit no: {HOSPITAL_NUMBER.v}",
        "Ref: {HOSPITAL_NUMBER.v}", "Case ref {HOSPITAL_NUMBER.v}.", "Medical record number {HOSPITAL_NUMBER.v}.",
        "My records are under {HOSPITAL_NUMBER.v}.", "Hospital ID - {HOSPITAL_NUMBER.v}",
        "RE: patient {HOSPITAL_NUMBER.v}", "my hosp number {HOSPITAL_NUMBER.v}",
        "The number on my wristband was {HOSPITAL_NUMBER.v}.", "Quote {HOSPITAL_NUMBER.v} when you reply.",
        "Hospital number: {HOSPITAL_NUMBER.v}", "My reference is {HOSPITAL_NUMBER.v}.",
        "Complaint ref {HOSPITAL_NUMBER.v}.", "PALS reference {HOSPITAL_NUMBER.v}.", "Med rec no. {HOSPITAL_NUMBER.v}",
        "MRN#{HOSPITAL_NUMBER.v}", "hospital num {HOSPITAL_NUMBER.v}", "Patient no {HOSPITAL_NUMBER.v}",
        "RXH number {HOSPITAL_NUMBER.v}.", "my notes (ref {HOSPITAL_NUMBER.v}) were lost.",
        "Your letter ref {HOSPITAL_NUMBER.v} had the wrong date.",
    ],
    "DATE_OF_BIRTH": [
        "DOB {DATE_OF_BIRTH.v}", "d.o.b {DATE_OF_BIRTH.v}", "My mum was born {DATE_OF_BIRTH.v}.",
        "Date of birth: {DATE_OF_BIRTH.v}.", "(DOB: {DATE_OF_BIRTH.v})", "D.O.B. {DATE_OF_BIRTH.v}",
        "I was born on {DATE_OF_BIRTH.v}.", "born {DATE_OF_BIRTH.v}", "dob - {DATE_OF_BIRTH.v}",
        "My date of birth is {DATE_OF_BIRTH.v} and it was wrong on the letter.",
        "Patient DOB {DATE_OF_BIRTH.v}.", "b. {DATE_OF_BIRTH.v}", "DoB {DATE_OF_BIRTH.v}",
        "Birth date {DATE_OF_BIRTH.v}.", "my birthday is {DATE_OF_BIRTH.v}", "Dad (born {DATE_OF_BIRTH.v}) was seen.",
        "DOB.{DATE_OF_BIRTH.v}", "date of birth {DATE_OF_BIRTH.v}", "They had my DOB as {DATE_OF_BIRTH.v}.",
        "d/o/b {DATE_OF_BIRTH.v}",
    ],
    "ZIP": [
        "My zip is {ZIP.v}.", "Zip code {ZIP.v}", "ZIP: {ZIP.v}", "zipcode {ZIP.v}", "(zip {ZIP.v})",
        "We live in the {ZIP.v} zip code.", "Postal code {ZIP.v}.", "I'm in {ZIP.state} {ZIP.v}.",
        "zip code is {ZIP.v} if that helps.", "ZIP+4 {ZIP.v}", "Our ZIP is {ZIP.v}.", "We are in zip {ZIP.v}.",
        "Zip Code: {ZIP.v}.",
    ],
    "POSTCODE": [
        "My postcode is {POSTCODE.v}.", "Post code {POSTCODE.v}", "I live in {POSTCODE.v}.",
        "They said {POSTCODE.v} is not in their area.", "postcode: {POSTCODE.v}",
    ],
    "PHONE": ["Call me on {PHONE.v}.", "My number is {PHONE.v}.", "Tel: {PHONE.v}", "ring {PHONE.v} please"],
    "NHS_NUMBER": ["NHS number {NHS_NUMBER.v}.", "NHS no. {NHS_NUMBER.v}", "My NHS number is {NHS_NUMBER.v}."],
    "EMAIL": ["Email me at {EMAIL.v}.", "Contact: {EMAIL.v}"],
    "AGE_OVER_89": [
        "My nan is {AGE_OVER_89.v}.", "She is {AGE_OVER_89.v} years old.", "My {AGE_OVER_89.v}-year-old dad was left waiting.",
        "Mum, who is {AGE_OVER_89.v}, was frightened.", "My grandad ({AGE_OVER_89.v}) was treated well.",
        "At {AGE_OVER_89.v} years of age he deserves better.", "Dad turned {AGE_OVER_89.v} on the ward.",
        "A {AGE_OVER_89.v} year old should not wait 8 hours.", "I am {AGE_OVER_89.v} and live alone.",
        "He's {AGE_OVER_89.v} yrs old.", "aged {AGE_OVER_89.v}", "My aunt is now {AGE_OVER_89.v} and still sharp.",
        "my {AGE_OVER_89.v} yr old mother", "Not bad for {AGE_OVER_89.v}!", "She will be {AGE_OVER_89.v} next month.",
        "My father, aged {AGE_OVER_89.v}, fell.", "I'm {AGE_OVER_89.v} years young.",
    ],
    "DATE": [
        "I was seen on {DATE.v}.", "My appointment on {DATE.v} was cancelled.", "Admitted {DATE.v}.",
        "We came in on {DATE.v} and left the next day.", "Discharged on {DATE.v}.", "Since {DATE.v} nobody has called.",
        "Visit date: {DATE.v}", "The operation was {DATE.v}.", "My scan ({DATE.v}) was quick.",
        "Seen by the team {DATE.v}.", "I waited from {DATE.v} for a reply.",
    ],
    "TOWN": [
        "I live in {TOWN.v}.", "We travelled from {TOWN.v}.", "The clinic in {TOWN.v} is better.",
        "Moved here from {TOWN.v} last year.", "I had to go to {TOWN.v} for the scan.",
        "{TOWN.v} hospital was much quicker.", "Near {TOWN.v}.", "The bus from {TOWN.v} takes an hour.",
        "I am originally from {TOWN.v}.", "I was sent to {TOWN.v} instead.",
    ],
}
# How many details of each type the set aims at (NAME takes what is left).
QUOTA = {"ADDRESS": 140, "HOSPITAL_NUMBER": 100, "DATE_OF_BIRTH": 100, "ZIP": 60, "POSTCODE": 20, "PHONE": 12,
         "NHS_NUMBER": 10, "EMAIL": 8, "AGE_OVER_89": 60, "DATE": 50, "TOWN": 55}
K_WEIGHTS = (0.15, 0.45, 0.40)


class Filler:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names, self.places, self.values = Names(rng), Places(rng), Values(rng)

    def fill(self, kind: str, sub: str) -> str:
        n, p, v, r = self.names, self.places, self.values, self.rng
        if kind == "NAME":
            return {
                "full": n.full, "first": n.first, "sur": n.sur, "initials": n.initials, "word": n.word,
                "lower": n.lower, "lower_full": n.lower_full, "lower_sur": lambda: n.sur().lower(),
                "caps": n.caps, "caps_sur": lambda: n.sur().upper(), "hyph": lambda: r.choice(HYPH_FIRST),
            }[sub]()
        if kind == "ADDRESS":
            return p.uk_address() if sub == "uk" else p.us_address()
        if kind == "ZIP":
            return p.zipcode()
        if kind == "POSTCODE":
            return p.postcode(r.choice(UK_TOWNS)[2])
        if kind == "TOWN":
            return p.town()
        if kind == "EMAIL":
            return f"{n.first().lower()}.{r.choice(['k', 'b', 'm'])}{v.d(2)}@example.com"
        return {"HOSPITAL_NUMBER": v.hospital_number, "DATE_OF_BIRTH": v.dob, "AGE_OVER_89": v.age,
                "DATE": v.date, "PHONE": v.phone, "NHS_NUMBER": v.nhs}[kind]()


SIGN_OFFS = ("Regards", "Kind regards", "Many thanks", "Thanks, ", "Signed", "From ")
_SLOT = re.compile(r"\{(\w+)\.(\w+)\}")


def render(template: str, filler: Filler) -> tuple[str, list[tuple[int, int, str, str]]]:
    out, ents, pos = "", [], 0
    state = None
    for m in _SLOT.finditer(template):
        out += template[pos:m.start()]
        kind, sub = m.groups()
        if kind == "ZIP" and sub == "state":
            state = filler.rng.choice(US_PLACES)
            out += filler.rng.choice([state[1], state[2]])
        else:
            value = filler.fill(kind, sub)
            if kind == "ZIP" and state is not None:
                value = state[3] + value[3:]
            ents.append((len(out), len(out) + len(value), kind, value))
            out += value
        pos = m.end()
    out += template[pos:]
    return out, ents


_BAD = re.compile(r"\d|x{3,}|\[|@|https?:|www\.", re.I)


def load_pool(fft_dir: Path, root: Path) -> pd.DataFrame:
    p2 = pd.read_csv(fft_dir / "fft_phase2_v6framework.csv", dtype=str)
    p1 = pd.read_csv(fft_dir / "fft_phase1.csv", dtype=str)
    a = pd.DataFrame({"id": "fft2:" + p2["Comment ID"].astype(str), "text": p2["FFT answer"]})
    b = pd.DataFrame({"id": "fft1:" + p1["row_index"].astype(str), "text": p1["feedback"]})
    pool = pd.concat([a, b], ignore_index=True).dropna()
    pool["text"] = pool["text"].astype(str).str.strip()
    exclude: set[str] = set()
    for path in ("data/labeled/corpus.jsonl", "evaluation/data/redaction_testset.jsonl",
                 "evaluation/data/redaction_testset_v2.jsonl"):
        with open(root / path, encoding="utf-8") as fh:
            exclude |= {json.loads(line)["id"] for line in fh if line.strip()}  # ids only
    pool = pool[~pool["id"].isin(exclude)]
    pool = pool[pool["text"].str.len().between(MIN_LEN, MAX_LEN)]
    pool = pool[~pool["text"].str.contains(_BAD)]
    return pool.drop_duplicates("id").drop_duplicates("text").sort_values("id").reset_index(drop=True)


def build(fft_dir: Path, root: Path) -> list[dict]:
    rng = random.Random(SEED)
    pool = load_pool(fft_dir, root)
    rows = pool.sample(N_COMMENTS, random_state=SEED).to_dict("records")
    ks = [rng.choices((1, 2, 3), weights=K_WEIGHTS)[0] for _ in rows]
    slots = [t for t, q in QUOTA.items() for _ in range(q)]
    slots += ["NAME"] * (sum(ks) - len(slots))
    rng.shuffle(slots)
    filler = Filler(rng)
    out = []
    it = iter(slots)
    for row, k in zip(rows, ks):
        sentences = re.split(r"(?<=[.!?])\s+", row["text"])
        inserts: list[tuple[int, str, list]] = []
        for _ in range(k):
            kind = next(it)
            template = rng.choice(TEMPLATES[kind])
            text, ents = render(template, filler)
            at = rng.randint(0, len(sentences))
            if template.startswith(SIGN_OFFS):
                at = len(sentences) + 1  # a sign-off closes the comment
            elif not text.endswith((".", "!", "?", ")")):
                text += "."
            inserts.append((at, text, ents))
        pieces: list[tuple[str, list]] = [(s, []) for s in sentences]
        for at, text, ents in sorted(inserts, key=lambda x: -x[0]):
            pieces.insert(at, (text, ents))
        full, entities = "", []
        for text, ents in pieces:
            if full:
                full += " "
            for s, e, kind, value in ents:
                entities.append({"start": len(full) + s, "end": len(full) + e, "type": kind, "value": value,
                                 "profiles": HIPAA if kind in HIPAA_TYPES else BOTH})
            full += text
        for e in entities:
            assert full[e["start"]:e["end"]] == e["value"], e
        out.append({"id": row["id"], "text": full, "entities": entities, "original": row["text"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = Path(__file__).resolve().parents[2]
    ap.add_argument("--fft-dir", type=Path, default=root.parent / "shared" / "data" / "nhs_fft")
    ap.add_argument("--out", type=Path, default=root / "evaluation" / "data" / "redaction_devset.jsonl")
    args = ap.parse_args()
    records = build(args.fft_dir, root)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = Counter(e["type"] for r in records for e in r["entities"])
    print(f"{len(records)} comments, {sum(counts.values())} details: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
