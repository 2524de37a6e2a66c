"""Build evaluation/data/redaction_devset2.jsonl: a redaction DEVELOPMENT set.

Real NHS Friends and Family Test comments (from /work/shared/data/nhs_fft) with invented
personal details planted into them. Every planted detail is recorded with its character span,
type and the redaction profiles that must remove it.

Independence: this generator was written WITHOUT reading the redactor, its recognizers, its
word lists or resources (cxnlp/privacy/, cxnlp/resources/), its tests, the list-building
scripts, the evaluation code (evaluation/redaction.py), the other redaction sets or their
generators. The redactor was never run on this set while it was being built. Only the format
description in evaluation/data/redaction_testset_v2.md was read. All names, numbers,
addresses and other details are invented by the random generators below (any match with a real
person is coincidence).

This is a development set: it may be read and tuned on.

Usage (from the repository root):

    .venv/bin/python research/redaction_sets/build_redaction_devset2.py \
        [--fft-dir ../shared/data/nhs_fft] [--out evaluation/data/redaction_devset2.jsonl] \
        [--seed 20270314] [--n-per-source 235]

All randomness comes from one random.Random(seed); nothing depends on set or hash order, so the
output is byte-for-byte reproducible.
"""
from __future__ import annotations

import argparse
import json
import re
import string
import sys
from collections import Counter
from pathlib import Path

import random

import pandas as pd

BOTH = ["standard", "hipaa_safe_harbor"]
HIPAA = ["hipaa_safe_harbor"]
HIPAA_ONLY = {"DATE", "AGE_OVER_89", "TOWN"}
TYPES = ["NAME", "PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "POSTCODE", "ZIP", "ADDRESS",
         "URL", "DATE_OF_BIRTH", "DATE", "AGE_OVER_89", "TOWN"]

# --------------------------------------------------------------------------------------------
# Name pools (invented combinations, many cultures)
# --------------------------------------------------------------------------------------------
FIRST = {
    "british": ["Sarah", "James", "Emma", "Oliver", "Charlotte", "Harry", "Lucy", "George", "Jane",
                "Tom", "Margaret", "Dave", "Bev", "Gareth", "Hannah", "Kev", "Jess", "Rhys",
                "Imogen", "Pauline", "Stuart", "Gemma", "Wendy", "Alfie", "Bethan", "Craig",
                "Shona", "Ewan", "Trevor", "Kirsty", "Dawn", "Callum", "Zoë", "Bernadette"],
    "irish": ["Siobhan", "Declan", "Aoife", "Niamh", "Ciaran", "Saoirse", "Padraig", "Orla",
              "Eoin", "Siobhán", "Róisín", "Cathal", "Grainne", "Seamus", "Mairead"],
    "south_asian": ["Priya", "Rahul", "Anjali", "Sanjay", "Aisha", "Imran", "Harpreet", "Gurpreet",
                    "Deepak", "Sunita", "Rajesh", "Farhana", "Nadia", "Arjun", "Kiran", "Zainab",
                    "Mohammed", "Bilal", "Shabnam", "Ravi", "Navdeep", "Meera", "Tariq"],
    "west_african": ["Olumide", "Chidi", "Ngozi", "Adaeze", "Kwame", "Ama", "Kofi", "Abena",
                     "Oluwaseun", "Folake", "Emeka", "Chiamaka", "Yaw", "Efua", "Tunde", "Funmi",
                     "Ifeoma", "Babatunde"],
    "east_european": ["Kasia", "Tomasz", "Agnieszka", "Łukasz", "Małgorzata", "Piotr", "Ewa",
                      "Andrzej", "Magda", "Bogdan", "Ionela", "Mihai", "Jana", "Petra", "Dariusz",
                      "Oksana", "Vasile", "Zofia", "Jolanta"],
    "chinese": ["Wei", "Mei", "Xiao", "Li Na", "Jun", "Ying", "Hui", "Zhen", "Lei", "Jia",
                "Ming", "Xin"],
    "arabic": ["Ahmed", "Fatima", "Omar", "Layla", "Yusuf", "Mariam", "Khalid", "Noor", "Hassan",
               "Samira", "Amira", "Karim", "Rania", "Ibrahim"],
    "caribbean": ["Marcia", "Delroy", "Winston", "Beverley", "Lloyd", "Claudette", "Desmond",
                  "Jermaine", "Shanice", "Errol", "Hyacinth", "Leroy", "Paulette", "Dwayne"],
    "other": ["José", "Renée", "Chloé", "Ayşe", "Mehmet", "Lars", "Ingrid", "Luca", "Giulia",
              "Maria", "Anna-Maria", "Jean-Paul", "Mary-Kate"],
}
SURNAME = {
    "british": ["Smith", "Jones", "Taylor", "Brown", "Hughes", "Wilson", "Robson", "Armstrong",
                "Thompson", "Walker", "Lloyd-Jones", "Fairbairn", "Pickering", "Dunn", "Heslop",
                "Whitfield", "Carr", "Milburn", "Blenkinsop", "Ashworth", "Featherstone",
                "Ramsbottom", "Hargreaves", "Spencer-Churchill", "Bell", "Marsh", "Evans"],
    "irish": ["O'Neill", "O'Sullivan", "McLaughlin", "Murphy", "Byrne", "Ní Bhriain",
              "Mac Giolla", "Fitzgerald", "Doherty", "McCarthy", "Ó Súilleabháin", "Kavanagh",
              "Donnelly"],
    "south_asian": ["Patel", "Sharma", "Kaur", "Singh", "Khan", "Begum", "Chaudhry", "Ahmed",
                    "Iyer", "Nair", "Gupta", "Rahman", "Bhattacharya", "Kumar Sharma", "Sandhu",
                    "Mistry", "Hussain"],
    "west_african": ["Okafor", "Okonkwo", "Adeyemi", "Mensah", "Osei-Bonsu", "Boateng", "Eze",
                     "Adebayo", "Nwosu", "Asante", "Oyelaran", "Chukwuemeka", "Oduya"],
    "east_european": ["Kowalski", "Kowalczyk", "Nowak", "Wiśniewska", "Zielinski", "Popescu",
                      "Ionescu", "Novák", "Dvořák", "Kaczmarek", "Lewandowska", "Shevchenko",
                      "Wójcik"],
    "chinese": ["Chen", "Wang", "Zhang", "Li", "Liu", "Huang", "Zhou", "Wu", "Lam", "Cheung",
                "Ng"],
    "arabic": ["Al-Hassan", "Haddad", "Mansour", "El-Sayed", "Abdullah", "Nasser", "Al Rashid",
               "Khalil", "Farouk", "bin Salleh"],
    "caribbean": ["Campbell", "Brown-Ebanks", "Francis", "Grant", "McKenzie", "Thomas-Clarke",
                  "Reid", "Forbes", "Bailey", "Clarke", "Gayle"],
    "other": ["de Souza", "van der Berg", "Hernández", "Rossi", "Müller", "Johansson", "Yilmaz",
              "da Silva", "Dubois", "Le Roux"],
}
CULTURES = sorted(FIRST)

ROLES = ["nurse", "sister", "doctor", "physio", "midwife", "paramedic", "porter", "receptionist",
         "HCA", "staff nurse", "health visitor", "driver", "technician", "OT", "matron",
         "student nurse", "care assistant", "surgeon", "consultant", "radiographer",
         "phlebotomist", "dentist", "pharmacist", "call handler", "social worker"]
REL_F = ["my daughter", "my wife", "my mum", "my mam", "my nan", "my sister", "my granddaughter",
         "my little girl", "my mother", "my aunt", "our daughter", "my fiancee"]
REL_M = ["my son", "my husband", "my dad", "my grandad", "my brother", "my grandson",
         "my little boy", "my father", "my uncle", "our son", "my fiance"]
REL_N = ["my partner", "my friend", "my carer", "my neighbour", "my child", "our youngest",
         "my grandchild", "my flatmate", "my key worker"]
FEMALE = ["Sarah", "Emma", "Charlotte", "Lucy", "Jane", "Margaret", "Bev", "Hannah", "Jess",
          "Imogen", "Pauline", "Gemma", "Wendy", "Kirsty", "Dawn", "Shona", "Aoife", "Niamh",
          "Saoirse", "Orla", "Siobhan", "Róisín", "Priya", "Anjali", "Sunita", "Farhana", "Nadia",
          "Zainab", "Meera", "Ngozi", "Adaeze", "Ama", "Abena", "Folake", "Chiamaka", "Efua",
          "Funmi", "Ifeoma", "Kasia", "Agnieszka", "Małgorzata", "Ewa", "Magda", "Ionela", "Zofia",
          "Mei", "Ying", "Fatima", "Layla", "Mariam", "Noor", "Samira", "Amira", "Rania", "Marcia",
          "Beverley", "Claudette", "Shanice", "Hyacinth", "Paulette", "Giulia", "Maria", "Chloé",
          "Renée", "Ingrid", "Zoë", "Bernadette"]
MALE = ["James", "Oliver", "Harry", "George", "Tom", "Dave", "Gareth", "Kev", "Rhys", "Stuart",
        "Alfie", "Craig", "Ewan", "Trevor", "Callum", "Declan", "Ciaran", "Padraig", "Eoin",
        "Cathal", "Seamus", "Rahul", "Sanjay", "Imran", "Deepak", "Rajesh", "Arjun", "Mohammed",
        "Bilal", "Ravi", "Tariq", "Olumide", "Chidi", "Kwame", "Kofi", "Emeka", "Yaw", "Tunde",
        "Babatunde", "Tomasz", "Łukasz", "Piotr", "Andrzej", "Bogdan", "Mihai", "Dariusz",
        "Vasile", "Wei", "Jun", "Lei", "Ming", "Ahmed", "Omar", "Yusuf", "Khalid", "Hassan",
        "Karim", "Ibrahim", "Delroy", "Winston", "Lloyd", "Desmond", "Jermaine", "Errol", "Leroy",
        "Dwayne", "José", "Luca", "Lars", "Mehmet", "Jean-Paul"]
HONORIFIC = ["Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Prof", "Mr.", "Mrs."]

# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------
UK_TOWNS = [("Northampton", "Northamptonshire", "NN"), ("Kettering", "Northamptonshire", "NN"),
            ("Wellingborough", "Northamptonshire", "NN"), ("Corby", "Northamptonshire", "NN"),
            ("Sunderland", "Tyne and Wear", "SR"), ("Gateshead", "Tyne and Wear", "NE"),
            ("Newcastle upon Tyne", "Tyne and Wear", "NE"), ("Hexham", "Northumberland", "NE"),
            ("Durham", "County Durham", "DH"), ("Darlington", "County Durham", "DL"),
            ("Middlesbrough", "North Yorkshire", "TS"), ("Hartlepool", "County Durham", "TS"),
            ("Stockton-on-Tees", "County Durham", "TS"), ("Leeds", "West Yorkshire", "LS"),
            ("Sheffield", "South Yorkshire", "S"), ("Manchester", "Greater Manchester", "M"),
            ("Leicester", "Leicestershire", "LE"), ("Birmingham", "West Midlands", "B"),
            ("Norwich", "Norfolk", "NR"), ("Exeter", "Devon", "EX"), ("Bristol", "Avon", "BS"),
            ("Cardiff", "South Glamorgan", "CF"), ("Swansea", "West Glamorgan", "SA"),
            ("Belfast", "County Antrim", "BT"), ("Glasgow", "Lanarkshire", "G"),
            ("Edinburgh", "Midlothian", "EH"), ("Carlisle", "Cumbria", "CA"),
            ("Lincoln", "Lincolnshire", "LN"), ("Ipswich", "Suffolk", "IP"),
            ("Worcester", "Worcestershire", "WR"), ("Canterbury", "Kent", "CT"),
            ("Milton Keynes", "Buckinghamshire", "MK"), ("Bedford", "Bedfordshire", "MK"),
            ("Peterborough", "Cambridgeshire", "PE"), ("Stoke-on-Trent", "Staffordshire", "ST"),
            ("Consett", "County Durham", "DH"), ("Blyth", "Northumberland", "NE"),
            ("Morpeth", "Northumberland", "NE"), ("Whitley Bay", "Tyne and Wear", "NE"),
            ("Bishop Auckland", "County Durham", "DL"), ("Daventry", "Northamptonshire", "NN"),
            ("Towcester", "Northamptonshire", "NN"), ("Rushden", "Northamptonshire", "NN"),
            ("Market Harborough", "Leicestershire", "LE"), ("Redcar", "North Yorkshire", "TS")]
# village -> (nearby town, county, postcode area)
VILLAGE_INFO = {"Little Houghton": ("Northampton", "Northamptonshire", "NN"),
                "Great Billing": ("Northampton", "Northamptonshire", "NN"),
                "Brixworth": ("Northampton", "Northamptonshire", "NN"),
                "Ponteland": ("Newcastle upon Tyne", "Northumberland", "NE"),
                "Seaton Sluice": ("Whitley Bay", "Northumberland", "NE"),
                "Shotley Bridge": ("Consett", "County Durham", "DH"),
                "Ingleby Barwick": ("Stockton-on-Tees", "North Yorkshire", "TS"),
                "Lanchester": ("Durham", "County Durham", "DH"),
                "Earls Barton": ("Wellingborough", "Northamptonshire", "NN"),
                "Long Buckby": ("Daventry", "Northamptonshire", "NN"),
                "Wylam": ("Hexham", "Northumberland", "NE"),
                "Sedgefield": ("Stockton-on-Tees", "County Durham", "TS"),
                "Moulton": ("Northampton", "Northamptonshire", "NN"),
                "Roade": ("Towcester", "Northamptonshire", "NN"),
                "Hurworth": ("Darlington", "County Durham", "DL"),
                "Corbridge": ("Hexham", "Northumberland", "NE")}
VILLAGES = list(VILLAGE_INFO)
FOREIGN_TOWNS = ["Toronto", "Dublin", "Krakow", "Lagos", "Accra", "Mumbai", "Lahore",
                 "Kingston", "Bucharest", "Cork", "Galway", "Boston", "Sydney", "Warsaw",
                 "Karachi", "Amritsar", "Hong Kong", "Dubai"]
STREET_NAMES = ["Kings", "Queen", "Church", "Mill", "Station", "Victoria", "Albert", "Park",
                "Elm", "Acacia", "Wellington", "Harcourt", "Chapel", "Rosewood", "Beechwood",
                "Meadow", "Hawthorn", "Front", "Durham", "Westgate", "Lindisfarne", "Billing",
                "Wantage", "Abington", "Kingsley", "Coronation", "Jubilee", "Heather", "Ashbourne",
                "St Mary's", "Primrose", "Oakfield", "Cherry Tree", "Fenwick", "Grainger"]
STREET_TYPES = ["Road", "Street", "Avenue", "Lane", "Close", "Crescent", "Drive", "Gardens",
                "Terrace", "Way", "Grove", "Court", "Place", "Walk", "Mews", "Rise", "View",
                "Green", "Hill", "Park", "Square", "Row", "Parade", "Chase", "Wynd", "Vale"]
ABBR_STREET = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Drive": "Dr", "Crescent": "Cres",
               "Close": "Cl", "Terrace": "Terr", "Gardens": "Gdns", "Lane": "Ln"}
HOUSE_NAMES = ["Rose Cottage", "The Old Rectory", "Ivy House", "Hillside", "Fernlea",
               "The Willows", "Orchard House", "Bramble Cottage", "Meadowview", "Stonecroft",
               "Tall Trees", "The Laurels"]
BUILDINGS = ["Harbour Court", "Victoria Mansions", "Riverside House", "Grainger Apartments",
             "Kingfisher Court", "St James Court"]
US_CITIES = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Portland", "OR"),
             ("Madison", "WI"), ("Albany", "NY"), ("Tampa", "FL"), ("Denver", "CO"),
             ("Raleigh", "NC"), ("Boise", "ID"), ("Fresno", "CA"), ("Savannah", "GA")]
US_STREETS = ["Maple Avenue", "Oak Street", "Elm Drive", "Pine Street", "Sunset Boulevard",
              "Washington Avenue", "Lakeview Road", "Cedar Lane", "Main Street", "Hillcrest Drive"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety three",
             94: "ninety-four", 95: "ninety five", 96: "ninety-six", 97: "ninety seven",
             98: "ninety-eight", 99: "ninety-nine", 100: "a hundred", 101: "one hundred and one"}


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


class Gen:
    """Snippet generators. A snippet is a list of (text, type-or-None) segments plus a placement:
    'start', 'end' or 'any' (a sentence of its own) or 'inline' (handled separately)."""

    def __init__(self, rng: random.Random):
        self.r = rng

    # ---- helpers -----------------------------------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def first(self, culture=None):
        return self.c(FIRST[culture or self.c(CULTURES)])

    def surname(self, culture=None):
        return self.c(SURNAME[culture or self.c(CULTURES)])

    def full(self):
        cu = self.c(CULTURES)
        if self.r.random() < 0.12:  # mixed-heritage / married names
            return f"{self.first(cu)} {self.surname()}"
        return f"{self.first(cu)} {self.surname(cu)}"

    def initials(self):
        sn = self.surname()
        k = self.r.random()
        a, b = self.c("ABCDEFGHJKLMNPRSTW"), self.c("ABCDEFGHJKLMNPRSTW")
        if k < 0.3:
            body = f"{a}. {sn}"
        elif k < 0.5:
            body = f"{a} {sn}"
        elif k < 0.65:
            body = f"{a}.{b}. {sn}"
        elif k < 0.8:
            body = f"{a}{b} {sn}"
        elif k < 0.9:
            body = f"{a}.{sn}"
        else:
            body = f"{a}. {b}. {sn}"
        if self.r.random() < 0.6:
            body = f"{self.c(HONORIFIC)} {body}"
        return body

    def relation_and_name(self):
        """A relationship or role word with a first name that fits it."""
        k = self.r.random()
        if k < 0.35:
            return self.c(REL_F), self.c(FEMALE)
        if k < 0.7:
            return self.c(REL_M), self.c(MALE)
        return self.c(REL_N + ["nurse", "sister", "physio", "the driver", "the paramedic",
                               "doctor", "midwife", "health visitor"]), self.first()

    def honorific_surname(self):
        return f"{self.c(HONORIFIC)} {self.surname()}"

    def any_name(self):
        k = self.r.random()
        if k < 0.35:
            return self.first()
        if k < 0.7:
            return self.full()
        if k < 0.85:
            return self.honorific_surname()
        return self.initials()

    # ---- NAME ----------------------------------------------------------------------------
    def name_snippet(self):
        r = self.r
        kind = r.choices(["role_cap", "rel_lower", "caps", "initials", "possessive", "start",
                          "list", "signoff", "self", "honorific", "full_mid", "role_lower"],
                         weights=[9, 10, 10, 7, 10, 8, 5, 7, 5, 7, 6, 6])[0]
        N = "NAME"
        if kind == "role_cap":
            role = self.c(["Nurse", "Sister", "Physio", "Midwife", "Paramedic", "Staff Nurse",
                           "Matron", "Porter", "HCA", "Receptionist", "Health Visitor"])
            name = self.first() if r.random() < 0.7 else self.full()
            t = self.c(["{r} {n} was absolutely lovely.", "A special thank you to {r} {n}.",
                        "{r} {n} went above and beyond for us.",
                        "Please pass on my thanks to {r} {n} who looked after me.",
                        "I would like to mention {r} {n}, nothing was too much trouble.",
                        "{r} {n} explained everything clearly."])
            return self.fill(t, {"r": (role, None), "n": (name, N)}), "any"
        if kind == "rel_lower":
            rel, name = self.relation_and_name()
            name = name.lower() if r.random() < 0.8 else f"{name} {self.surname()}".lower()
            t = self.c(["{r} {n} was with me the whole time.", "{r} {n} was very impressed.",
                        "i came with {r} {n} and we were seen quickly.",
                        "{r} {n} said the same thing.", "thanks to {r} {n} for the lift home",
                        "{r} {n} could not fault it.", "when {r} {n} rang they were really helpful",
                        "{r} {n} was brilliant with me"])
            s = self.fill(t, {"r": (rel, None), "n": (name, N)})
            return self.cap_first(s), "any"
        if kind == "caps":
            k = r.random()
            if k < 0.35:
                name = f"{self.c(['DR', 'SISTER', 'NURSE', 'MRS', 'MR', 'DOCTOR'])} {self.surname().upper()}"
                segs_name = name.split(" ", 1)
                if segs_name[0] in ("SISTER", "NURSE", "DOCTOR"):
                    t = self.c(["THANK YOU TO {r} {n}!!", "ASK FOR {r} {n}, SHE IS AMAZING.",
                                "{r} {n} WAS FANTASTIC.", "WELL DONE {r} {n} AND TEAM."])
                    return self.fill(t, {"r": (segs_name[0], None), "n": (segs_name[1], N)}), "any"
                t = self.c(["THANK YOU TO {n}!!", "{n} WAS FANTASTIC.", "SPECIAL THANKS TO {n}.",
                            "{n} SAVED MY LIFE."])
                return self.fill(t, {"n": (name, N)}), "any"
            if k < 0.7:
                a, b = self.first().upper(), self.first().upper()
                t = self.c(["THE CREW ({a} AND {b}) WERE BRILLIANT.",
                            "{a} AND {b} WERE SO KIND.", "THANKS TO {a} AND {b}."])
                return self.fill(t, {"a": (a, N), "b": (b, N)}), "any"
            name = self.full().upper()
            t = self.c(["{n} WAS EXCELLENT.", "MY NAME IS {n}.", "PLEASE THANK {n} FROM ME."])
            return self.fill(t, {"n": (name, N)}), "any"
        if kind == "initials":
            name = self.initials()
            t = self.c(["{n} was very thorough.", "I was seen by {n} who was excellent.",
                        "Consultant {n} took time to explain.", "Thanks to {n} and the team.",
                        "Letter signed by {n} never arrived."])
            return self.fill(t, {"n": (name, N)}), "any"
        if kind == "possessive":
            k = r.random()
            if k < 0.4:
                name = self.first()
            elif k < 0.7:
                name = self.honorific_surname()
            elif k < 0.85:
                name = self.full()
            else:
                rel, name = self.relation_and_name()
                name = name.lower()
                t = self.c(["{r} {n}'s appointment was moved twice.",
                            "{r} {n}'s care was excellent."])
                return self.cap_first_segs(self.fill(t, {"r": (rel, None), "n": (name, N)})), "any"
            apos = "’" if r.random() < 0.2 else "'"
            t = self.c(["{n}" + apos + "s kindness made all the difference.",
                        "I was on {n}" + apos + "s list for weeks.",
                        "Without {n}" + apos + "s help I would have given up.",
                        "{n}" + apos + "s team were great."])
            return self.fill(t, {"n": (name, N)}), "any"
        if kind == "start":
            name = self.first() if r.random() < 0.65 else self.full()
            t = self.c(["{n} was brilliant.", "{n} on reception was very helpful.",
                        "{n} made us feel welcome.", "{n} couldn't do enough for us.",
                        "{n} from the ambulance crew was so reassuring.",
                        "{n} kept me informed all the way."])
            return self.fill(t, {"n": (name, N)}), "any"
        if kind == "list":
            n = r.choice([2, 3, 3, 4])
            names = [self.first() for _ in range(n)]
            segs = [("Thanks to ", None)] if r.random() < 0.5 else [("Special mention to ", None)]
            for i, nm in enumerate(names):
                segs.append((nm, N))
                if i < n - 2:
                    segs.append((", ", None))
                elif i == n - 2:
                    segs.append((self.c([" and ", " & ", ", and "]), None))
            segs.append((self.c([".", "!", " for everything.", " on ward 5."]), None))
            return segs, "any"
        if kind == "signoff":
            k = r.random()
            if k < 0.35:
                pre = self.c(["Thanks, ", "Regards, ", "Kind regards\n", "Many thanks - ",
                              "From ", "Signed ", "Best wishes, "])
                return [(pre, None), (self.full() if r.random() < 0.7 else self.initials(), N)], "last"
            if k < 0.6:
                return [("- ", None), (self.first(), N),
                        (self.c([" (patient's wife)", " (daughter)", "", " x", " and family"]), None)], "last"
            if k < 0.8:
                a, b = self.first(), self.first()
                return [(self.c(["Love from ", "Thank you from ", "From "]), None), (a, N),
                        (" and ", None), (b, N)], "last"
            return [(f"{self.c(['Mr', 'Mrs', 'Ms', 'Mr and Mrs'])} {self.surname()}", N),
                    (self.c([" (patient)", "", " - very grateful"]), None)], "last"
        if kind == "self":
            name = self.full() if r.random() < 0.7 else self.first()
            t = self.c(["My name is {n} and I was a patient on the ward.", "I'm {n}.",
                        "This is {n} writing on behalf of my mum.",
                        "Patient: {n}.", "Re: {n} - ", "Feedback from {n}:"])
            where = "start" if t.startswith(("Re:", "Feedback from", "Patient:")) else "any"
            return self.fill(t, {"n": (name, N)}), where
        if kind == "honorific":
            name = self.honorific_surname() if r.random() < 0.6 else \
                f"{self.c(['Dr', 'Mr', 'Dr.'])} {self.full()}"
            t = self.c(["{n} was very professional.", "We saw {n} in clinic.",
                        "I cannot thank {n} enough.", "{n} and his team were superb.",
                        "{n} and her team were superb.", "Please ask for {n} if you can."])
            return self.fill(t, {"n": (name, N)}), "any"
        if kind == "full_mid":
            name = self.full()
            t = self.c(["I was looked after by {n} who was fab.",
                        "The lady on the phone, {n}, was very patient.",
                        "My GP referred me to {n} and I was seen within a week.",
                        "A big thank you to {n}!",
                        "I want to complain about {n} who was rude."])
            return self.fill(t, {"n": (name, N)}), "any"
        # role_lower
        role = self.c(ROLES)
        name = self.first().lower() if r.random() < 0.6 else self.first()
        t = self.c(["the {r} {n} was lovely.", "{r} {n} was kind and caring.",
                    "i was seen by {r} {n} who sorted everything.",
                    "big thanks to {r} {n}."])
        return self.cap_first_segs(self.fill(t, {"r": (role, None), "n": (name, N)})), "any"

    def inline_name(self, plural):
        """Names to insert after a role word found in the comment."""
        r = self.r
        if plural:
            n = r.choice([2, 2, 3])
            names = [self.first() for _ in range(n)]
            if r.random() < 0.2:
                names = [x.lower() for x in names]
            segs = [(" (", None)] if r.random() < 0.6 else [(", ", None)]
            for i, nm in enumerate(names):
                segs.append((nm, "NAME"))
                if i < n - 2:
                    segs.append((", ", None))
                elif i == n - 2:
                    segs.append((" and ", None))
            segs.append((")" if segs[0][0] == " (" else ",", None))
            return segs
        k = r.random()
        nm = self.first() if k < 0.6 else (self.full() if k < 0.85 else self.first().lower())
        style = r.random()
        if style < 0.4:
            return [(" (", None), (nm, "NAME"), (")", None)]
        if style < 0.7:
            return [(" ", None), (nm, "NAME")]
        return [(", ", None), (nm, "NAME"), (",", None)]

    # ---- PHONE ---------------------------------------------------------------------------
    def phone_value(self):
        r, d = self.r, self.digits
        k = r.choices(["ukmob", "uklan", "us", "intl", "ext"], weights=[36, 28, 12, 16, 8])[0]
        if k == "ukmob":
            rest = "7" + str(r.randint(4, 9)) + d(8)
            f = r.randint(0, 9)
            return [f"0{rest[:4]} {rest[4:]}", f"0{rest}", f"0{rest[:4]}-{rest[4:7]}-{rest[7:]}",
                    f"+44 {rest[:4]} {rest[4:]}", f"+44{rest}", f"+44 (0){rest[:4]} {rest[4:]}",
                    f"0{rest[:4]} {rest[4:7]} {rest[7:]}", f"0044 {rest[:4]} {rest[4:]}",
                    f"(0{rest[:4]}) {rest[4:]}", f"+44-{rest[:4]}-{rest[4:]}"][f]
        if k == "uklan":
            f = r.randint(0, 8)
            area = self.c(["0191", "0161", "0113", "0114", "0116", "0121", "0131", "0141",
                           "0117", "0118"])
            a5 = self.c(["01604", "01536", "01933", "01670", "01434", "01325", "01642", "01207",
                         "01388", "01327"])
            if f == 0:
                return f"{area} {d(3)} {d(4)}"
            if f == 1:
                return f"{a5} {d(6)}"
            if f == 2:
                return f"({a5}) {d(6)}"
            if f == 3:
                return f"020 {r.choice('378')}{d(3)} {d(4)}"
            if f == 4:
                return f"+44 20 {r.choice('378')}{d(3)} {d(4)}"
            if f == 5:
                return f"{area}-{d(3)}-{d(4)}"
            if f == 6:
                return f"+44 (0){area[1:]} {d(3)} {d(4)}"
            if f == 7:
                return f"{a5}{d(6)}"
            return f"+44 {a5[1:]} {d(6)}"
        if k == "us":
            f = r.randint(0, 4)
            x = d(4)
            return [f"(555) {d(3)}-{x}", f"555-{d(3)}-{x}", f"+1 555 {d(3)} {x}",
                    f"1-800-555-{x}", f"555.{d(3)}.{x}"][f]
        if k == "intl":
            f = r.randint(0, 7)
            return [f"+353 8{r.randint(3, 9)} {d(3)} {d(4)}", f"+91 9{d(4)} {d(5)}",
                    f"+48 5{d(2)} {d(3)} {d(3)}", f"+234 80{d(1)} {d(3)} {d(4)}",
                    f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+92 300 {d(7)}",
                    f"+40 72{d(1)} {d(3)} {d(3)}", f"00353 1 {d(3)} {d(4)}"][f]
        base = self.c([f"0191 {d(3)} {d(4)}", f"01604 {d(6)}", f"(555) {d(3)}-{d(4)}",
                       f"0300 {d(3)} {d(4)}"])
        return base + self.c([f" ext {d(4)}", f" ext. {d(3)}", f" x{d(3)}", f" extension {d(4)}",
                              f" (ext {d(4)})"])

    def phone_snippet(self):
        v = self.phone_value()
        t = self.c(["Please call me on {v} to discuss.", "My number is {v}.",
                    "You can reach me on {v} any time.", "Tel: {v}", "mob {v}",
                    "Ring my daughter on {v} if you need more info.",
                    "I rang {v} four times and nobody answered.",
                    "contact number {v} (evenings best)", "If anyone wants to talk ring {v}",
                    "Phone: {v}", "Text me on {v} please.", "The number on the letter ({v}) is wrong.",
                    "call me back on {v} thanks", "my new number is {v} as the old one is on my notes",
                    "My husband's mobile is {v}."])
        where = "end" if t.startswith(("Tel:", "mob", "Phone:", "call me back")) else "any"
        return self.fill(t, {"v": (v, "PHONE")}), where

    # ---- EMAIL ---------------------------------------------------------------------------
    def email_value(self):
        r = self.r
        fn = re.sub(r"[^a-z]", "", self.first().lower().encode("ascii", "ignore").decode()) or "sam"
        sn = re.sub(r"[^a-z]", "", self.surname().lower().encode("ascii", "ignore").decode()) or "lee"
        user = self.c([f"{fn}.{sn}", f"{fn}{sn}{r.randint(1, 99)}", f"{fn[0]}.{sn}",
                       f"{fn}_{sn}", f"{fn}+nhs", f"{fn}.{sn}+feedback", f"{sn}{fn[0]}",
                       f"{fn}{r.randint(1950, 2005)}", f"{fn}.{sn}.{r.randint(2, 9)}",
                       f"the{sn}family", f"{fn}-{sn}"])
        dom = self.c(["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com",
                      "nhs.net", "icloud.com", "live.co.uk", "sky.com", "mail.example.org",
                      "students.leeds.ac.uk", "nhft.nhs.uk", "email.virginmedia.com",
                      "protonmail.com", "talktalk.net", "ntlworld.com", "wp.pl", "yahoo.in",
                      "northumbria-healthcare.nhs.uk"])
        v = f"{user}@{dom}"
        return v.upper() if r.random() < 0.05 else v

    def email_snippet(self):
        v = self.email_value()
        t = self.c(["Please email me at {v}.", "My email is {v}", "email: {v}",
                    "I sent my complaint to {v} and heard nothing.", "Contact {v} for more details.",
                    "You can email my son on {v}", "({v})", "Reply to {v} please.",
                    "I emailed {v} twice.", "e-mail {v}"])
        where = "end" if t.startswith(("email:", "(", "e-mail")) else "any"
        return self.fill(t, {"v": (v, "EMAIL")}), where

    # ---- NHS number --------------------------------------------------------------------------
    def nhs_digits(self):
        while True:
            ds = [self.r.randint(0, 9) for _ in range(9)]
            if ds[0] == 0:
                continue
            s = sum(dg * (10 - i) for i, dg in enumerate(ds))
            chk = 11 - s % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            return "".join(map(str, ds)) + str(chk)

    def nhs_snippet(self):
        n = self.nhs_digits()
        v = self.r.choices([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n],
                           weights=[45, 25, 30])[0]
        t = self.c(["NHS no {v}", "NHS number: {v}", "My NHS number is {v}.", "NHS No. {v}",
                    "(NHS {v})", "nhs num {v}", "NHS#: {v}", "my nhs number {v} in case you need it",
                    "Patient NHS number {v} - please look into this.",
                    "Quote NHS number {v} when you reply.", "NHS Number - {v}"])
        where = "end" if t.startswith(("NHS no", "NHS#", "(NHS", "nhs num", "NHS Number -")) else "any"
        return self.fill(t, {"v": (v, "NHS_NUMBER")}), where

    # ---- HOSPITAL_NUMBER -----------------------------------------------------------------
    def hosp_value(self, digits_only):
        r, d = self.r, self.digits
        if digits_only:
            return self.c([d(7), d(8), d(6), f"{d(3)} {d(4)}", f"{d(3)}-{d(3)}-{d(3)}",
                           f"{d(4)}/{d(2)}", d(10) if r.random() < 0.2 else d(9)])
        pre = self.c(["RX", "H", "K", "MRN", "RTH", "M", "J", "RNS", "BK", "CL", "PTS", "A",
                      "NN", "MR", "RJ", "INC", "CAS", "REF", "X", "RH1"])
        sep = self.c(["", "", "-", " ", "/"])
        body = self.c([d(7), d(6), d(8), f"{d(3)}{sep or '-'}{d(4)}", f"{d(4)}/{d(2)}",
                       f"{d(5)}{self.c('ABCDEFGHJK')}"])
        v = f"{pre}{sep}{body}"
        return v.lower() if r.random() < 0.06 else v

    def hosp_snippet(self):
        r = self.r
        cue = self.c(["hospital number", "hosp no", "Hospital No.", "patient ID", "Patient Id:",
                      "MRN", "MRN:", "ref", "Ref:", "reference", "reference number", "case no.",
                      "Case number", "record #", "Record no", "booking ref", "Booking reference",
                      "claim", "claim number", "member ID", "membership no", "policy",
                      "policy number", "account", "account no.", "complaint ref", "PALS ref",
                      "incident number", "job number", "unit number", "clinic ref", "#"])
        digits_only = r.random() < 0.45
        v = self.hosp_value(digits_only)
        sep = "" if cue.endswith(":") or cue == "#" else self.c([" ", " ", ": ", " - "])
        if cue == "#":
            sep = "" if r.random() < 0.5 else " "
        t = self.c(["My {c}{s}{v}.", "{C}{s}{v}", "Please quote {c}{s}{v} when you reply.",
                    "I was given {c}{s}{v} but nobody could find my records.",
                    "(my {c}{s}{v})", "This was under {c}{s}{v}.",
                    "Still waiting to hear about {c}{s}{v}.",
                    "They wrote the wrong {c} on my letter, it should be {v}."])
        segs = []
        if "{C}" in t:
            t = t.replace("{C}", cue[0].upper() + cue[1:] + "{s}")
            return [(cue[0].upper() + cue[1:] + sep, None), (v, "HOSPITAL_NUMBER")], "end"
        if "it should be" in t:
            return self.fill(t, {"c": (cue.rstrip(":# ") or "number", None),
                                 "v": (v, "HOSPITAL_NUMBER")}), "any"
        return self.fill(t.replace("{c}{s}", "{c}"),
                         {"c": (cue + sep, None), "v": (v, "HOSPITAL_NUMBER")}), "any"

    # ---- URL ------------------------------------------------------------------------------
    def url_value(self):
        r, d = self.r, self.digits
        scheme = self.c(["https://", "https://www.", "http://", "www.", "https://"])
        host = self.c(["nhft.nhs.uk", "example-trust.nhs.uk", "facebook.com", "gofundme.com",
                       "myblog.co.uk", "bit.ly", "youtube.com", "careopinion.org.uk",
                       "patientstories.org", "tinyurl.com", "medium.com", "instagram.com",
                       "justgiving.com", "sites.google.com"])
        path = self.c([f"/feedback?id={d(6)}", f"/groups/{d(9)}", f"/f/help-for-{self.first().lower().encode('ascii','ignore').decode() or 'mum'}",
                       f"/{''.join(r.choice(string.ascii_letters) for _ in range(7))}",
                       f"/posts/2022/{r.randint(1, 12):02d}/my-stay", f"/watch?v={''.join(r.choice(string.ascii_letters + string.digits) for _ in range(11))}",
                       f"/opinions/{d(6)}#response", f"/fundraising/{self.surname().lower().encode('ascii','ignore').decode().replace(' ', '-') or 'x'}-{d(3)}",
                       "", f"/view/patient-{d(4)}/home?ref=fft&lang=en", f"/p/{d(5)}/"])
        if scheme == "www." and host.startswith(("bit.ly", "tinyurl")):
            scheme = "https://"
        return scheme + host + path

    def url_snippet(self):
        v = self.url_value()
        t = self.c(["I wrote about my experience here: {v}", "See {v} for the photos.",
                    "My review is at {v} if you want the full story.",
                    "We are raising money for the unit at {v}", "link: {v}",
                    "The page {v} did not work on my phone.", "({v})"])
        where = "end" if t.startswith(("link:", "(")) or t.endswith("{v}") else "any"
        return self.fill(t, {"v": (v, "URL")}), where

    # ---- POSTCODE / ZIP ----------------------------------------------------------------------
    def postcode(self, area=None):
        r = self.r
        area = area or self.c([t[2] for t in UK_TOWNS] + ["SW1A", "EC1V", "W1D", "N", "E", "SE"])
        L = "ABDEFGHJLNPQRSTUWXYZ"
        if area in ("SW1A", "EC1V", "W1D"):
            outward = area
        elif len(area) == 1:
            outward = f"{area}{r.randint(1, 20)}" if r.random() < 0.8 else f"{area}{r.randint(1, 9)}{self.c('ABCDEFGHJKPSTUW')}"
        else:
            outward = f"{area}{r.randint(1, 22)}"
        inward = f"{r.randint(0, 9)}{self.c(L)}{self.c(L)}"
        return outward, inward

    def postcode_snippet(self):
        r = self.r
        o, i = self.postcode()
        k = r.random()
        v = f"{o} {i}" if k < 0.8 else (f"{o}{i}" if k < 0.9 else f"{o} {i}".lower())
        t = self.c(["I live in {v} and the ambulance took ages to find me.", "Postcode {v}",
                    "My postcode is {v}.", "They had my postcode down as {v} which is wrong.",
                    "(postcode {v})", "Pick up from {v} was late again.",
                    "I'm in the {v} area so it is a long way to travel.", "post code: {v}",
                    "We moved to {v} last year."])
        where = "end" if t.startswith(("Postcode", "(postcode", "post code")) else "any"
        return self.fill(t, {"v": (v, "POSTCODE")}), where

    def zip_value(self):
        z = f"{self.r.randint(1, 99):02d}{self.digits(3)}"
        return z if self.r.random() < 0.65 else f"{z}-{self.digits(4)}"

    def zip_snippet(self):
        v = self.zip_value()
        t = self.c(["I was visiting from the States (zip {v}).", "My ZIP code is {v}.",
                    "Please send the bill to my US address, zip {v}.", "ZIP: {v}",
                    "We live in zip code {v} and were on holiday here.",
                    "Insurance needs the zip, it's {v}."])
        where = "end" if t.startswith("ZIP:") else "any"
        return self.fill(t, {"v": (v, "ZIP")}), where

    # ---- ADDRESS -------------------------------------------------------------------------
    def street(self):
        st = self.c(STREET_TYPES)
        name = self.c(STREET_NAMES)
        if st in ABBR_STREET and self.r.random() < 0.2:
            st = ABBR_STREET[st]
        return f"{name} {st}"

    def address_value(self):
        r = self.r
        town, county, area = self.c(UK_TOWNS)
        o, i = self.postcode(area)
        pc = f"{o} {i}" if r.random() < 0.9 else f"{o}{i}"
        k = r.choices(["house", "flat", "named", "village", "us", "short"], weights=[34, 16, 12, 12, 12, 14])[0]
        if k == "us":
            city, stt = self.c(US_CITIES)
            apt = self.c(["", f", Apt {r.randint(1, 20)}{self.c('ABCD')}", f", Unit {r.randint(1, 40)}",
                          f", Suite {r.randint(100, 900)}", f" #{r.randint(2, 30)}"])
            return f"{r.randint(10, 9999)} {self.c(US_STREETS)}{apt}, {city}, {stt} {self.zip_value()}"
        parts = []
        if k == "house":
            parts = [f"{r.randint(1, 240)}{self.c(['', '', '', 'a', 'A', 'b'])} {self.street()}", town]
            if r.random() < 0.4:
                parts.append(county)
            if r.random() < 0.75:
                parts.append(pc)
        elif k == "flat":
            pre = self.c([f"Flat {r.randint(1, 30)}", f"Flat {r.randint(1, 9)}{self.c('ABC')}",
                          f"Apartment {r.randint(1, 60)}", f"{r.randint(1, 12)}/{r.randint(1, 4)}"])
            if pre.count("/"):
                parts = [f"{pre} {self.street()}", town, pc]
            elif r.random() < 0.4:
                parts = [pre, self.c(BUILDINGS), f"{r.randint(1, 90)} {self.street()}", town, pc]
            else:
                parts = [pre, f"{r.randint(1, 90)} {self.street()}", town, pc]
        elif k == "named":
            vil = self.c(VILLAGES)
            town, county, area = VILLAGE_INFO[vil]
            o, i = self.postcode(area)
            pc = f"{o} {i}"
            parts = [self.c(HOUSE_NAMES), self.street(), vil, county, pc]
            if r.random() < 0.3:
                parts.remove(county)
        elif k == "village":
            vil = self.c(VILLAGES)
            town, county, area = VILLAGE_INFO[vil]
            o, i = self.postcode(area)
            pc = f"{o} {i}" if r.random() < 0.9 else f"{o}{i}"
            parts = [f"{r.randint(1, 80)} {self.street()}", vil, town, pc]
        else:
            parts = [f"{r.randint(1, 150)} {self.street()}", town]
            if r.random() < 0.5:
                parts[-1] = f"{town} {pc}"
        sep = self.c([", ", ", ", ", ", ",", " "]) if k != "short" else ", "
        if r.random() < 0.08:
            sep = "\n"
        v = sep.join(parts)
        if r.random() < 0.1:
            v = v.lower()
        return v

    def address_snippet(self):
        v = self.address_value()
        t = self.c(["I live at {v}.", "Please send any letters to {v} not my old address.",
                    "Address: {v}", "The ambulance went to {v} instead of my house.",
                    "Pick up was from {v} and the driver was early.",
                    "My address is {v}", "They had me registered at {v}, which is years out of date.",
                    "Home address - {v}", "We were collected from {v} at 7am.",
                    "You can write to me at {v}."])
        where = "end" if t.startswith(("Address:", "Home address", "My address is")) else "any"
        return self.fill(t, {"v": (v, "ADDRESS")}), where

    # ---- dates ----------------------------------------------------------------------------
    def date_value(self, y0, y1, birth):
        r = self.r
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        dd = r.randint(1, 28)
        f = r.randint(0, 11)
        if f == 0:
            return f"{dd:02d}/{m:02d}/{y}"
        if f == 1:
            return f"{dd}/{m}/{str(y)[2:]}"
        if f == 2:
            return f"{y}-{m:02d}-{dd:02d}"
        if f == 3:
            return f"{m:02d}/{dd:02d}/{y}"
        if f == 4:
            return f"{dd}.{m}.{y}"
        if f == 5:
            return f"{ordinal(dd)} {MONTHS[m - 1]} {y}"
        if f == 6:
            return f"{MONTHS[m - 1]} {dd}, {y}"
        if f == 7:
            return f"{dd} {MON3[m - 1]} {y}"
        if f == 8:
            return f"{dd}-{m:02d}-{str(y)[2:]}"
        if f == 9:
            return f"{ordinal(dd)} of {MONTHS[m - 1]} {y}"
        if f == 10:
            return f"{dd:02d}.{m:02d}.{str(y)[2:]}" if not birth else f"{dd} {MONTHS[m - 1]} {y}"
        return f"{dd}-{MON3[m - 1]}-{y}"

    def dob_snippet(self):
        v = self.date_value(1928, 2019, True)
        t = self.c(["DOB {v}", "d.o.b. {v}", "Date of birth: {v}", "I was born on {v}.",
                    "(dob {v})", "My son (born {v}) was seen quickly.", "D.O.B: {v}",
                    "Patient DOB - {v}", "my mum, date of birth {v}, was left waiting",
                    "born {v}"])
        where = "end" if t.startswith(("DOB", "d.o.b", "Date of birth", "(dob", "D.O.B", "Patient DOB", "born ")) else "any"
        return self.cap_first_segs(self.fill(t, {"v": (v, "DATE_OF_BIRTH")})), where

    def date_snippet(self):
        r = self.r
        k = r.random()
        if k < 0.6:
            v = self.date_value(2019, 2023, False)
        elif k < 0.8:
            v = f"{self.c(DAYS)} {ordinal(r.randint(1, 28))} {self.c(MONTHS)}"
        elif k < 0.9:
            v = f"{ordinal(r.randint(1, 28))} {self.c(MONTHS)}"
        else:
            v = f"{self.c(MON3)} {r.randint(1, 28)}"
        t = self.c(["I came in on {v} and was seen quickly.", "My appointment on {v} was cancelled.",
                    "Seen on {v}.", "I was admitted on {v} and discharged two days later.",
                    "The ambulance was booked for {v} but never came.",
                    "Visited A&E on {v}", "since {v} I have heard nothing",
                    "My operation was on {v}."])
        return self.cap_first_segs(self.fill(t, {"v": (v, "DATE")})), "any"

    def age_snippet(self):
        r = self.r
        a = r.choices(list(range(90, 107)), weights=[8, 8, 8, 8, 7, 7, 7, 6, 6, 5, 5, 3, 2, 2, 1, 1, 1])[0]
        words = r.random() < 0.35 and a in NUM_WORDS
        v = NUM_WORDS[a] if words else str(a)
        t = self.c(["My {v} year old mum was treated with dignity.", "My dad is {v} and was left on a trolley.",
                    "she is aged {v} and very frail", "My nan (aged {v}) was looked after so well.",
                    "For a {v}-year-old he was treated brilliantly.", "I am {v} and still drive myself here.",
                    "My grandmother, who is {v}, waited five hours.",
                    "He turned {v} on the ward and staff brought a cake."])
        return self.cap_first_segs(self.fill(t, {"v": (v, "AGE_OVER_89")})), "any"

    def town_snippet(self):
        r = self.r
        v = self.c([t[0] for t in UK_TOWNS] * 2 + FOREIGN_TOWNS + VILLAGES[:6])
        t = self.c(["The hospital in {v} was much better.", "We had to drive all the way from {v}.",
                    "I was taken to {v} instead of the nearest hospital.", "{v} General was full.",
                    "I came over from {v} to visit my mum.", "They sent me to {v} for the scan.",
                    "The crew from {v} were lovely.", "Much better than the service in {v}.",
                    "We moved to {v} last year and the GP is great."])
        return self.fill(t, {"v": (v, "TOWN")}), "any"

    # ---- utilities ----------------------------------------------------------------------------
    @staticmethod
    def fill(template, slots):
        segs = []
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            if m.start() > pos:
                segs.append((template[pos:m.start()], None))
            segs.append(slots[m.group(1)])
            pos = m.end()
        if pos < len(template):
            segs.append((template[pos:], None))
        return [s for s in segs if s[0]]

    @staticmethod
    def cap_first(segs):
        return Gen.cap_first_segs(segs)

    @staticmethod
    def cap_first_segs(segs):
        if segs and segs[0][1] is None and segs[0][0][:1].islower():
            segs = [(segs[0][0][0].upper() + segs[0][0][1:], None)] + segs[1:]
        return segs


DECOYS = ["I was on ward 7.", "Waited 3 hours in bay 4.", "Rang 111 first.", "My BP was 140/90.",
          "Gave it 10/10.", "Seen at 10:30.", "The 24/7 line was engaged.", "Bed 12 was cold.",
          "5 stars.", "Took 2 x 500mg paracetamol.", "Level 2 car park was full.",
          "Called 999 at 3am.", "Room 6 was spotless.", "Second time in 12 months.",
          "Covid-19 rules were explained.", "Took the number 21 bus.", "Waited 45 mins.",
          "Paid £4.50 for parking.", "Scored 9 out of 10."]

ROLE_RE = re.compile(r"\b(nurses|nurse|doctors|doctor|paramedics|paramedic|drivers|driver|"
                     r"receptionists|receptionist|crew|physio|midwife|midwives|consultant|"
                     r"surgeon|staff member|staff|lady|gentleman|man|team|carers|carer)\b",
                     re.IGNORECASE)
PLURAL = {"nurses", "doctors", "paramedics", "drivers", "receptionists", "crew", "midwives",
          "staff", "team", "carers"}


def load_comments(fft_dir: Path, exclude_ids: set, rng: random.Random, n_per_source: int):
    a = pd.read_csv(fft_dir / "fft_phase2_v6framework.csv")
    b = pd.read_csv(fft_dir / "fft_phase1.csv")
    first_names = {f for v in FIRST.values() for f in v} | {
        "John", "Paul", "Peter", "David", "Michael", "Steve", "Chris", "Mark", "Sue", "Karen",
        "Julie", "Linda", "Helen", "Claire", "Lisa", "Rachel", "Mike", "Andy", "Ian", "Gary",
        "Grace", "Rose", "Joy", "Faith", "Hope", "Will", "Bill", "Jack", "Amber", "Holly", "Frank",
        "Sandy", "Robin", "Pat", "Ray", "Max", "Mo", "Sunny", "Jo", "Sam", "Alex", "Ash", "Ben",
        "Dan", "Nick", "Rob", "Tony", "Kate", "Amy", "Emily", "Sophie", "Lily", "Ruby"}
    name_re = re.compile(r"\b(" + "|".join(sorted(map(re.escape, first_names))) + r")\b")
    title_re = re.compile(r"\b(Dr|Mr|Mrs|Ms|Miss|Nurse|Sister|Doctor)\.? [A-Z][a-z]")
    risky_re = re.compile(r"\d{5,}|@|www|http|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")

    # Words that are only ever written capitalised across both files are almost all names of
    # people, places or wards ("Natasha", "Schofield", "Durham", "Grange"). Comments holding one
    # are left out, so that the originals carry no real, unlabelled personal detail.
    lower_vocab = set()
    for t in list(a["FFT answer"]) + list(b["feedback"]):
        if isinstance(t, str):
            lower_vocab.update(w for w in re.findall(r"[A-Za-z]+", t) if w.islower())
    month_re = re.compile(r"\b(" + "|".join(MONTHS[:4] + MONTHS[5:] + DAYS) + r")\b|\d\s*May\b|May\s*\d",
                          re.IGNORECASE)

    def has_proper(text):
        for w in re.findall(r"\b[A-Za-z]+\b", text):
            if w[0].isupper() and w.lower() not in lower_vocab and (len(w) > 1 and w[1:].islower()):
                return True
            if w.isupper() and len(w) >= 3 and w.title() in first_names:
                return True
        return False

    def ok(text):
        return (30 <= len(text) <= 400 and not name_re.search(text) and not title_re.search(text)
                and not risky_re.search(text) and not has_proper(text) and not month_re.search(text))

    out = []
    seen = set()
    for df, col, mk in [(a, "FFT answer", lambda row: f"fft2:{row['Comment ID']}"),
                        (b, "feedback", lambda row: f"fft1:{int(row['row_index'])}")]:
        cands = []
        for _, row in df.iterrows():
            t = row[col]
            if not isinstance(t, str):
                continue
            t = t.strip()
            cid = mk(row)
            if cid in exclude_ids or not ok(t) or t.lower() in seen:
                continue
            seen.add(t.lower())
            cands.append((cid, t))
        cands.sort()
        out.extend(rng.sample(cands, n_per_source))
    return out


def sentence_boundaries(text):
    """Positions where a new sentence can be inserted (after '. ', '! ', '? ')."""
    return [m.end() for m in re.finditer(r"[.!?]+\s+(?=[A-Za-z])", text)]


def build(fft_dir: Path, corpus: Path, seed: int, n_per_source: int):
    rng = random.Random(seed)
    g = Gen(rng)
    exclude = set()
    with open(corpus) as fh:
        for line in fh:
            exclude.add(json.loads(line)["id"])
    comments = load_comments(fft_dir, exclude, rng, n_per_source)
    rng.shuffle(comments)

    # Snippet quotas (names are counted per entity; a snippet may hold several).
    quota = [("PHONE", 92, g.phone_snippet), ("EMAIL", 62, g.email_snippet),
             ("NHS_NUMBER", 60, g.nhs_snippet), ("HOSPITAL_NUMBER", 112, g.hosp_snippet),
             ("URL", 38, g.url_snippet), ("POSTCODE", 42, g.postcode_snippet),
             ("ZIP", 28, g.zip_snippet), ("DATE_OF_BIRTH", 48, g.dob_snippet),
             ("ADDRESS", 124, g.address_snippet), ("DATE", 54, g.date_snippet),
             ("AGE_OVER_89", 44, g.age_snippet), ("TOWN", 54, g.town_snippet)]
    snippets = []
    for _t, n, fn in quota:
        for _ in range(n):
            snippets.append(fn())
    name_snips = []
    name_count = 0
    while name_count < 330:  # the rest come from inline insertions after role words
        s = g.name_snippet()
        name_snips.append(s)
        name_count += sum(1 for seg in s[0] if seg[1] == "NAME")
    snippets.extend(name_snips)
    rng.shuffle(snippets)

    n_rec = len(comments)
    # every record gets at least one snippet; the rest are spread at random
    buckets = [[] for _ in range(n_rec)]
    for i, s in enumerate(snippets):
        if i < n_rec:
            buckets[i].append(s)
        else:
            buckets[rng.randrange(n_rec)].append(s)

    records = []
    inline_target = 120
    inline_done = 0
    for (cid, orig), bucket in zip(comments, buckets):
        segs = [(orig, None)]
        # inline name insertion after a role word in the comment itself
        m = ROLE_RE.search(orig)
        if m and inline_done < inline_target and rng.random() < 0.55:
            plural = m.group(1).lower() in PLURAL
            ins = g.inline_name(plural)
            segs = [(orig[:m.end()], None)] + ins + [(orig[m.end():], None)]
            inline_done += sum(1 for s in ins if s[1] == "NAME")
        starts = [s for s, w in bucket if w == "start"]
        ends = [s for s, w in bucket if w == "end"] + [s for s, w in bucket if w == "last"][:1]
        # a record takes at most one sign-off; a second one becomes an ordinary sentence
        extra_last = [s for s, w in bucket if w == "last"][1:]
        anys = [s for s, w in bucket if w == "any"] + extra_last
        for s in anys:
            choice = rng.random()
            if choice < 0.3:
                starts.append(s)
            elif choice < 0.7:
                ends.insert(0, s)
            else:
                # between sentences of the original, if there is a boundary in a plain segment
                placed = False
                for idx, (txt, typ) in enumerate(segs):
                    if typ is not None:
                        continue
                    bs = sentence_boundaries(txt)
                    if bs:
                        p = rng.choice(bs)
                        segs = segs[:idx] + [(txt[:p], None)] + s + [(" ", None), (txt[p:], None)] + segs[idx + 1:]
                        placed = True
                        break
                if not placed:
                    ends.insert(0, s)
        for s in reversed(starts):
            joiner = rng.choice([" ", " ", "\n", " "])
            if s[-1][1] is not None or s[-1][0].endswith((" ", "- ", ":")):
                joiner = " " if not s[-1][0].endswith(" ") else ""
            segs = s + [(joiner, None)] + segs
        for s in ends:
            last = "".join(t for t, _ in segs)
            if last and last[-1].isalnum():
                joiner = rng.choice([". ", ". ", " ", "\n"])
                if s[0][0].startswith(("- ",)):
                    joiner = " "
            else:
                joiner = rng.choice([" ", " ", "\n"])
            segs = segs + [(joiner, None)] + s
        # optional decoy sentence (no entity)
        if rng.random() < 0.2:
            d = rng.choice(DECOYS)
            segs = [(d + " ", None)] + segs if rng.random() < 0.5 else segs + [(" " + d, None)]
        # build text and spans
        text = ""
        ents = []
        for t, typ in segs:
            if typ is not None:
                ents.append({"start": len(text), "end": len(text) + len(t), "type": typ, "value": t,
                             "profiles": HIPAA if typ in HIPAA_ONLY else BOTH})
            text += t
        records.append({"id": cid, "text": text, "original": orig, "entities": ents})
    records.sort(key=lambda r: (r["id"].split(":")[0], r["id"]))
    return records


def validate(records):
    ids = set()
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["entities"], r["id"]
        prev = -1
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["value"], (r["id"], e)
            assert e["start"] >= prev, (r["id"], e)
            assert e["value"] == e["value"].strip() and e["value"], (r["id"], e)
            assert e["type"] in TYPES, e
            assert e["profiles"] == (HIPAA if e["type"] in HIPAA_ONLY else BOTH)
            prev = e["end"]
        assert 30 <= len(r["original"]) <= 400


def main():
    root = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser()
    ap.add_argument("--fft-dir", type=Path, default=root.parent / "shared" / "data" / "nhs_fft")
    ap.add_argument("--corpus", type=Path, default=root / "data" / "labeled" / "corpus.jsonl")
    ap.add_argument("--out", type=Path, default=root / "evaluation" / "data" / "redaction_devset2.jsonl")
    ap.add_argument("--seed", type=int, default=20270314)
    ap.add_argument("--n-per-source", type=int, default=235)
    args = ap.parse_args()
    assert args.seed != 20261206
    records = build(args.fft_dir, args.corpus, args.seed, args.n_per_source)
    validate(records)
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter(e["type"] for r in records for e in r["entities"])
    print(f"{len(records)} records, {sum(c.values())} entities", file=sys.stderr)
    for t in TYPES:
        print(f"  {t:16s} {c[t]}", file=sys.stderr)


if __name__ == "__main__":
    main()
