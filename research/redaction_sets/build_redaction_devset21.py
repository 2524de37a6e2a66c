#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset21.jsonl (held-out redaction development set, round 23).

Real NHS Friends and Family Test comments (pxtextmining, MIT, copyright NHS England;
Care Opinion data CC BY-NC-SA 4.0) with invented personal details planted into them.
Standard library only; deterministic (one random.Random(20260021)); `--stats` prints counts.

The writer of this builder never read the redactor, its tests, its reports, the other
redaction sets' contents, builders or cards. Only the `id` fields of four existing sets
are loaded, to exclude those comments.
"""
import argparse
import collections
import csv
import hashlib
import json
import os
import re
import random
import sys

SEED = 20260021
N_RECORDS = 500
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.environ.get("NHS_FFT_DIR", "/work/shared/data/nhs_fft")
OUT = os.path.join(REPO, "evaluation", "data", "redaction_devset21.jsonl")
EXCLUDE_FILES = ["redaction_testset.jsonl", "redaction_testset_v2.jsonl",
                 "redaction_devset5.jsonl", "redaction_devset20.jsonl"]

TARGETS = collections.OrderedDict([
    ("NAME", 420), ("TOWN", 250), ("ADDRESS", 90), ("DATE", 70), ("AGE_OVER_89", 25),
    ("PHONE", 25), ("EMAIL", 20), ("POSTCODE", 25), ("HOSPITAL_NUMBER", 30),
    ("NHS_NUMBER", 20), ("ZIP", 15)])
HIPAA_ONLY = {"TOWN", "DATE", "AGE_OVER_89"}


def profiles(t):
    return ["hipaa_safe_harbor"] if t in HIPAA_ONLY else ["standard", "hipaa_safe_harbor"]


# --------------------------------------------------------------------------------------
# Source loading and selection
# --------------------------------------------------------------------------------------

def load_rows():
    rows = []
    row_index_of = {}
    with open(os.path.join(DATA, "fft_phase1.csv"), encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            rid = "fft1:%d" % i
            rows.append((rid, (r.get("feedback") or "").strip()))
            row_index_of[rid] = (r.get("row_index") or "").strip()
    with open(os.path.join(DATA, "fft_phase2_v6framework.csv"), encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            rows.append(("fft2:%s" % r["Comment ID"].strip(), (r.get("FFT answer") or "").strip()))
    return rows, row_index_of


def load_excluded_ids():
    ids = []
    for name in EXCLUDE_FILES:
        with open(os.path.join(REPO, "evaluation", "data", name), encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.append(json.loads(line)["id"])  # only the id field is used
    return ids


TOK = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
PRONOUN_I = {"i", "i'm", "i've", "i'd", "i'll", "im", "ive"}
BAD_PATTERNS = [re.compile(p) for p in [
    r"\d{3,}",                                   # runs of 3+ digits
    r"\d+\s*(?:st|nd|rd|th)\b",                  # digit ordinals
    r"\d{1,2}\s*[/.\-]\s*\d{1,2}",               # digit dates
    r"@",
    r"(?i)https?:|www\.|\.(?:com|co|uk|org|net|gov|nhs|ac|ie)\b",
    r"(?i)xxx", r"\*\*", r"[\[\]\(\)\{\}<>]", r"#", r"(?i)redact", r"(?i)\[name\]",
    r"\b(?i:dr|mr|mrs|ms|miss|nurse|sister)\b\.?\s+[A-Z]",   # title + capitalised word
]]
SENT_END = ".!?\n:;-\""


def word_key(w):
    k = w.lower().replace("\u2019", "'")
    if k.endswith("'s"):
        k = k[:-2]
    return k.strip("'")


def build_vocab(texts):
    low = collections.Counter()
    capmid = collections.Counter()
    acro = collections.Counter()
    for t in texts:
        seen = set()
        for m in TOK.finditer(t):
            w = m.group()
            k = word_key(w)
            if w.islower():
                low[k] += 1
            elif w[0].isupper() and (len(w) == 1 or w[1:].replace("'", "").replace("\u2019", "").islower()
                                      or not w[1:].strip("'\u2019")):
                pre = t[:m.start()].rstrip()
                if pre and pre[-1] not in SENT_END:
                    capmid[k] += 1
            if w.isupper() and len(w) <= 6:
                seen.add(w)
        for w in sorted(seen):
            acro[w] += 1
    return low, capmid, acro


def eligible(t, vocab):
    low, capmid, acro = vocab
    if not (20 <= len(t) <= 700):
        return False
    for p in BAD_PATTERNS:
        if p.search(t):
            return False
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.40:
        return False
    for m in TOK.finditer(t):
        w = m.group()
        if not w[0].isupper():
            continue
        k = word_key(w)
        if k in PRONOUN_I:
            continue
        if w.isupper() and len(w.strip("'\u2019")) <= 6 and acro[w] >= 3:
            continue
        if low[k] >= 3 and low[k] >= capmid[k]:
            continue
        return False
    return True


def select_pool(rng):
    rows, row_index_of = load_rows()
    excl = load_excluded_ids()
    excl_set = set(excl)
    # Three of the older sets number phase-1 rows by the CSV's `row_index` column, the
    # newer one by DictReader position; exclude both readings of every fft1 id.
    by_row_index = {}
    for rid, _ in rows:
        ri = row_index_of.get(rid)
        if ri:
            by_row_index["fft1:" + ri] = rid
    text_of = dict(rows)
    excl_rows = set()
    for e in excl:
        if e in text_of:
            excl_rows.add(e)
        if e in by_row_index:
            excl_rows.add(by_row_index[e])
    excl_text = set(text_of[r] for r in excl_rows)
    vocab = build_vocab([t for _, t in rows])
    seen = set()
    pool = []
    info = collections.Counter()
    for rid, t in rows:
        if not t:
            info["empty"] += 1
            continue
        if t in seen:
            info["duplicate"] += 1
            continue
        seen.add(t)
        if rid in excl_rows or t in excl_text or rid in excl_set:
            info["excluded"] += 1
            continue
        if not eligible(t, vocab):
            info["ineligible"] += 1
            continue
        pool.append((rid, t))
    info["pool"] = len(pool)
    info["excluded_rows_resolved"] = len(excl_rows)
    rng.shuffle(pool)
    return pool, info


# --------------------------------------------------------------------------------------
# Value banks (all invented; combinations are random)
# --------------------------------------------------------------------------------------

def W(s):
    return [x.replace("_", " ") for x in s.split()]


FIRST = {
    "english": W("Margaret Tom Sarah Jack Emily Oliver Charlotte Harry Lucy George Sophie Daniel Rebecca "
                 "Chris Kate Gemma Wayne Lee Stacey Kelly Darren Julie Pauline Brenda Derek Keith Maureen "
                 "Sheila Trevor Kirsty Callum Jade Ellie Kieran Joanne Lisa Gary Craig Natalie Hannah Amy "
                 "Paul Steve Karen Dean Leanne Shaun Jodie Ryan Bethany Gladys Norman Elsie Wilf Ethel"),
    "scottish": W("Hamish Morag Iain Eilidh Fraser Kirsteen Alasdair Ailsa Murdo Catriona Isla Struan Lachlan Mhairi"),
    "welsh": W("Rhys Cerys Dafydd Siân Gethin Angharad Bethan Iwan Llinos Ffion Gwilym Nia Carys Elin Aled"),
    "irish": W("Siobhán Niamh Ciarán Aoife Pádraig Saoirse Declan Orla Eoin Caoimhe Róisín Oisín Fionnuala Colm Sinéad"),
    "south_asian": W("Priya Rajesh Anjali Imran Farhana Sanjay Deepa Harpreet Gurpreet Mohammed Ayesha Nadia Arjun "
                     "Sunita Kiran Rukhsana Tariq Shabnam Vikram Meera Bilal Zainab Jaspreet Amrit Dev Nusrat Shahid "
                     "Lakshmi Parveen Sandeep"),
    "west_african": W("Kemi Chidi Adebayo Funmi Kwame Ama Kofi Abena Chinwe Emeka Ngozi Yetunde Olu Femi Tunde "
                      "Folake Ifeoma Obinna Adaeze Akosua Yaw"),
    "east_african": W("Wanjiru Achieng Kibet Amani Faraji Zawadi Abebe Tigist Mekdes Yohannes Nyokabi Otieno Halima Asha"),
    "caribbean": W("Delroy Marcia Winston Claudette Desmond Errol Lorna Paulette Leroy Hyacinth Clive Norma"),
    "chinese": W("Wei Mei Xiaoling Jun Hui Yan Ling Bo Xin Jing"),
    "vietnamese": W("Minh Thao Linh Huong Tuan Phuong Nguyet Duc Hoa Quang"),
    "east_european": W("Agnieszka Katarzyna Małgorzata Wojciech Piotr Łukasz Magda Tomasz Kasia Zofia Bogdan "
                       "Oksana Andriy Ionela Mihai Dragan Jelena Vytautas Rasa Ilze Zsófia"),
    "arabic": W("Fatima Ahmed Layla Omar Yusuf Mariam Khalid Noor Samir Huda Rania Hamza"),
    "turkish": W("Emre Elif Mehmet Ayşe Burak Zeynep Deniz Hakan Özlem Cem"),
    "portuguese": W("João Inês Thiago Mariana Gonçalo Luana Rafael Beatriz Leandro Conceição"),
    "filipino": W("Maricel Jericho Rowena Jhun Marites Rhea Analyn Ronaldo Girlie Bong"),
    "greek": W("Eleni Giorgos Dimitris Katerina Yiannis Nikos Despina Stavros"),
    "spanish": W("Alejandro Lucía Javier Guadalupe Mateo Valentina Carmen José Ximena Andrés"),
    "hyphenated": W("Mary-Jane Anne-Marie Jean-Paul Lily-Mae Ellie-Mae Kai-Li Kerry-Ann Leigh-Anne Marie-Claire"),
    "accented": W("Zoë Chloë Renée Noémie Anaïs Zoé"),
}
MISSPELT = W("Cathrine Jenifer Micheal Sharron Jonathon Stephenie Debra Shivon Neeve Kieron Mohammad "
             "Muhammed Aoiffe Sheryl Rebbecca Jacqui Lindsey Phillipa Daniella Rachael")
NICK = W("Jonny Bex Big_Dave Gaz Shaz Kaz Jay Mo Abi Debs Tash Mags Nev Stevie Macca Jimmy Lizzie "
         "Bev Trev Baz Del Sal Fi Gracie Benji Little_Mo Tommo Jonesy Kev Bri Tez")
WORDNAME = W("Hope Faith Will Grace Rose Summer Mark Bill Frank Sunny Jordan Chelsea Florence Dawn Joy "
             "Patience Holly Ivy Pat Sue Rob Drew Max Ray Amber Robin Angel Heather Crystal Blessing "
             "Precious Autumn Sky Penny Victor Miles Chase Destiny Devon Lincoln Austin Sydney Paris "
             "Kendal Chester Beverley Stanley Shirley")
SURNAME = {
    "english": W("Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Roberts Robinson Wright "
                 "Thompson Walker Hughes Hall Ashworth Pickering Fenwick Armstrong Dobson Hetherington"),
    "scottish": W("MacLeod McKenzie Fraser Campbell Ross Stewart Munro Mackintosh McAllister MacDonald"),
    "welsh": W("Llewellyn Pritchard Vaughan Griffiths Prosser ap_Rhys Bowen Jenkins"),
    "irish": W("O'Brien O'Sullivan Ó_Ceallaigh McCarthy Fitzgerald Doherty Murphy Kavanagh O'Donnell "
               "Mac_Giolla O'Connor McGuinness"),
    "south_asian": W("Patel Sharma Khan Begum Singh Kaur Chaudhry Iyer Mukherjee Hussain Rahman Gill "
                     "Sandhu Desai Nair D'Souza Bhattacharya"),
    "west_african": W("Okafor Adeyemi Mensah Boateng Okonkwo Oduya Asante Eze Nwosu Owusu Balogun N'Diaye Adjei"),
    "east_african": W("Kamau Odhiambo Mwangi Wanjiku Tesfaye Haile Mohamud Kiprono"),
    "caribbean": W("Francis Grant Clarke Bailey Henry Samuels Goring"),
    "chinese": W("Chen Wong Zhang Liu Cheung Lam Huang Tsang"),
    "vietnamese": W("Nguyen Tran Pham Hoang Vu Dang"),
    "east_european": W("Kowalski Nowak Wiśniewska Zieliński Wójcik Kamińska Lewandowski Szymańska Petrov "
                       "Popescu Horvat Novák Kazlauskas Bērziņš Shevchenko Ionescu"),
    "arabic": W("Al-Sayed Haddad Mansour Nasser El-Amin Abdullah Hamdan"),
    "turkish": W("Yılmaz Demir Kaya Şahin Öztürk Aydın"),
    "portuguese": W("Silva Santos Ferreira Oliveira Costa Gonçalves Pereira"),
    "filipino": W("Reyes Dela_Cruz Bautista Mendoza Villanueva Manalo"),
    "greek": W("Papadopoulos Georgiou Nikolaidis Christodoulou Pappas"),
    "spanish": W("García Rodríguez Martínez López Hernández Fernández"),
    "apostrophe": W("O'Neill O'Hara O'Reilly D'Costa O'Callaghan D'Mello O'Keeffe"),
    "double": W("Smith-Jones Harding-Price Ashworth-Clarke Fenwick-Hale Okafor-Reid Patel-Morgan Taylor-Bryce "
                "Vaughan-Lloyd Mensah-Boateng Wright-Okoye Ross-Kerr"),
}
EAST_ASIAN_FULL = W("Chen_Jing Wong_Mei_Ling Li_Wei Zhang_Hui Liu_Yang Nguyen_Thi_Lan Tran_Van_Minh "
                    "Pham_Thu_Huong Huang_Xin Tsang_Bo")
ORIGINS = list(FIRST.keys())
SUR_ORIGINS = list(SURNAME.keys())

TITLES_SURNAME = W("Dr Dr Dr Dr. Mr Mr Mrs Ms Miss Prof Prof. Professor Sister Nurse Matron Doctor")
TITLES_FIRST = W("Nurse Nurse Sister Matron Dr Doctor")
WEEKDAYS = W("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Tues Weds Thurs")
RELS = W("mum dad nan grandad husband wife mother father gran aunt uncle")

# towns: "Town|county" where a county pairs naturally
UK_TOWNS = [x.replace("_", " ") for x in """
Wakefield|West_Yorkshire Barnsley|South_Yorkshire Hartlepool|County_Durham Middlesbrough|Teesside
Stockton-on-Tees|Teesside Darlington|County_Durham Gateshead|Tyne_and_Wear Jarrow|Tyne_and_Wear
Hexham|Northumberland Morpeth|Northumberland Ashington|Northumberland Blyth|Northumberland
Consett|County_Durham Seaham|County_Durham Peterlee|County_Durham Bishop_Auckland|County_Durham
Spennymoor|County_Durham Redcar|North_Yorkshire Guisborough|North_Yorkshire Whitby|North_Yorkshire
Scarborough|North_Yorkshire Northallerton|North_Yorkshire Kettering|Northamptonshire Corby|Northamptonshire
Wellingborough|Northamptonshire Daventry|Northamptonshire Towcester|Northamptonshire Brackley|Northamptonshire
Rushden|Northamptonshire Oundle|Northamptonshire Market_Harborough|Leicestershire
Stratford-upon-Avon|Warwickshire Newcastle_upon_Tyne Ashby-de-la-Zouch|Leicestershire
Chester-le-Street|County_Durham Southend-on-Sea|Essex Burton_upon_Trent|Staffordshire
Bradford-on-Avon|Wiltshire Kingston_upon_Hull Berwick-upon-Tweed|Northumberland Weston-super-Mare|Somerset
Barrow-in-Furness|Cumbria Stoke-on-Trent Henley-on-Thames|Oxfordshire Newton-le-Willows|Merseyside
Bolton-le-Sands|Lancashire Leamington_Spa|Warwickshire Melton_Mowbray|Leicestershire Thirsk|North_Yorkshire
Aberystwyth|Ceredigion Llandudno|Conwy Caerphilly Pontypridd Merthyr_Tydfil Llanelli|Carmarthenshire
Ystradgynlais|Powys Machynlleth|Powys Betws-y-Coed|Conwy Porthmadog|Gwynedd Blaenau_Ffestiniog|Gwynedd
Abergavenny|Monmouthshire Llangollen|Denbighshire Inverness Stornoway Kirkcaldy|Fife Dunfermline|Fife
Ullapool Portree Tobermory Kilmarnock|Ayrshire Auchterarder|Perthshire Steòrnabhagh Dùn_Èideann
Penrith|Cumbria Kendal|Cumbria Keswick|Cumbria Whitehaven|Cumbria Alnwick|Northumberland Amble|Northumberland
Reading|Berkshire Bath|Somerset Wells|Somerset Deal|Kent March|Cambridgeshire Street|Somerset
Bury|Lancashire Hope|Derbyshire Sandwich|Kent Mold|Flintshire Rugby|Warwickshire Sale|Cheshire
Ware|Hertfordshire Eye|Suffolk Looe|Cornwall Diss|Norfolk Ayr Wick Nairn Stanley|County_Durham
Ashford|Kent Chester Lincoln Beverley|East_Yorkshire Mansfield|Nottinghamshire Shirley Ripley|Derbyshire
Clare|Suffolk Cheddar|Somerset Sunderland Leeds Wigan Grimsby Skegness|Lincolnshire Truro|Cornwall
Bude|Cornwall Hereford Ludlow|Shropshire Oswestry|Shropshire Kirkby_Stephen|Cumbria
""".split()]
IE_TOWNS = [x.replace("_", " ") for x in """
Dún_Laoghaire Ennis|Co._Clare Tralee|Co._Kerry Letterkenny|Co._Donegal Clonakilty|County_Cork
Ballina|Co._Mayo Mullingar|Co._Westmeath Athlone Dundalk|Co._Louth Portlaoise|County_Laois
Enniskillen|Co._Fermanagh Omagh|County_Tyrone Cill_Chainnigh Droichead_Átha Ballymena|Co._Antrim
Carrickfergus|Co._Antrim Baile_Átha_Cliath Westport|Co._Mayo Dingle|Co._Kerry Bantry|County_Cork
""".split()]
COUNTIES = W("County_Durham Northumberland Northamptonshire North_Yorkshire Cumbria Lincolnshire Norfolk "
             "Suffolk Devon Cornwall Kent Essex Shropshire Powys Gwynedd Ceredigion Fife Argyll Rutland "
             "Herefordshire Somerset Co._Kerry Co._Mayo County_Clare Co._Donegal Co._Antrim Co._Fermanagh "
             "Ynys_Môn Sir_Gâr")
US_CITIES = [x.replace("_", " ").split("|") for x in """
Houston|Texas|TX Phoenix|Arizona|AZ Columbus|Ohio|OH Portland|Oregon|OR Springfield|Illinois|IL
Albuquerque|New_Mexico|NM Tulsa|Oklahoma|OK Boise|Idaho|ID Savannah|Georgia|GA Charlotte|North_Carolina|NC
Madison|Wisconsin|WI Raleigh|North_Carolina|NC Tucson|Arizona|AZ Omaha|Nebraska|NE Buffalo|New_York|NY
Pittsburgh|Pennsylvania|PA Duluth|Minnesota|MN Spokane|Washington|WA Dayton|Ohio|OH Fresno|California|CA
""".split()]
ABROAD = W("Lagos Accra Karachi Lahore Dhaka Mumbai Kraków Gdańsk Wrocław Bucharest Cluj-Napoca Vilnius Riga "
           "Lisbon Porto São_Paulo Manila Cebu Hanoi Guangzhou Shenzhen Nairobi Mombasa Addis_Ababa Kampala "
           "Istanbul Izmir Athens Thessaloniki Madrid Seville Bogotá Lima Montego_Bay Port_of_Spain Amman Cairo "
           "Toronto Auckland Benidorm Florence Kumasi Sylhet Mirpur Enugu")

STREETS = W("Station Church Mill Victoria Albert Queen's King_Edward Coronation Park High Front Marine "
            "Gladstone Hawthorn Beech Willow Cedar Ashgrove Burnside Colliery Chapel Orchard Meadow "
            "Westgate Fore Sandy Quarry Lime Tanners Bede Cuthbert Ellison Hollybush Gorse")
SUFFIX = W("Road Street Lane Close Avenue Crescent Terrace Drive Way Grove Gardens Court Place View Row")
BUILDINGS = W("Anson Kingsway Riverside Whitfield Mercer Carlton Brunswick Haven Lister Tower")
HOUSE_NAMES = W("Rose_Cottage The_Old_Forge Ty_Gwyn Hillcrest Brackenridge Lilac_Cottage The_Laurels "
                "Glen_View Bryn_Awel Orchard_House")
CARE_HOMES = W("Oakwood_Care_Home Beechfield_Nursing_Home Marigold_Court Hollyoaks_Residential_Home "
               "St_Aidan's_Care_Home Willow_Lodge The_Elms_Nursing_Home Ferndene_House")
AREAS = W("Gosforth Heaton Fenham Headingley Roundhay Eston Acklam Thornaby Hebburn Kingsthorpe Duston")
PC_AREAS = W("LS NE DH TS NN SR DL YO HU CA M B L S G EH CF SA BT LL SY NR IP PE LE DE NG HG BD WF HD OL "
             "PR LA TD KY IV AB DD PH W E N SE SW NW")
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = W("D02 D08 D15 V95 A65 T12 H91 F92 V92 P72 R95 N91 F28 X35")
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
MONTHS = W("January February March April May June July August September October November December")
MON_ABBR = W("Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec")
ORD_WORDS = W("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
              "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
              "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
              "twenty-seventh twenty-eighth twenty-ninth thirtieth")
AGE_WORDS = W("ninety ninety-one ninety-two ninety-three ninety-four ninety-five ninety-six ninety-seven "
              "ninety-eight ninety-nine ninety_one ninety_three ninety_six one_hundred one_hundred_and_one "
              "one_hundred_and_two")
EMAIL_FIRST = W("tom sarah bev jan priya kemi dev hamish siobhan cerys imran ngozi wei minh kasia omar elif "
                "joao maricel eleni lucia grace will pat mags trev adaeze kwame fatima piotr")
EMAIL_LAST = W("okafor smith patel kowalski mcleod oduya nguyen silva reyes haddad jones evans chen murphy "
               "ahmed kaya grant mensah pritchard begum")
EMAIL_DOMAINS = W("example.com example.com example.org example.co.uk example.co.uk mail.example.com "
                  "patients.example.org home.example.co.uk post.example.org")
HN_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def ordsuf(d):
    if 11 <= d % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


class Gen:
    """Value generators; each returns (value, subkind)."""

    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    # ---- names
    def first(self):
        r = self.r.random()
        if r < 0.06:
            return self.c(MISSPELT), "first_misspelt"
        if r < 0.13:
            return self.c(WORDNAME), "wordname"
        o = self.c(ORIGINS)
        return self.c(FIRST[o]), "first_" + o

    def surname(self):
        o = self.c(SUR_ORIGINS)
        return self.c(SURNAME[o]), "surname_" + o

    def full(self):
        r = self.r.random()
        if r < 0.08:
            return self.c(EAST_ASIAN_FULL), "full_surname_first"
        f, _ = self.first()
        s, k = self.surname()
        if self.r.random() < 0.1:
            f2, _ = self.first()
            return "%s %s %s" % (f, f2, s), "full_middle"
        return "%s %s" % (f, s), "full"

    def init(self):
        s, _ = self.surname()
        a = self.c("ABCDEFGHJKLMNPRSTW")
        b = self.c("ABCDEFGHJKLMNPRSTW")
        form = self.c(["%s. %s", "%s %s", "%s.%s", "%s.{b}. %s"])
        if "{b}" in form:
            return form.replace("{b}", b) % (a, s), "initials"
        return form % (a, s), "initials"

    def sf(self):
        s, _ = self.surname()
        f, _ = self.first()
        return "%s, %s" % (s.upper() if self.r.random() < 0.6 else s, f), "surname_comma_first"

    def any_name(self):
        r = self.r.random()
        if r < 0.45:
            return self.first()
        if r < 0.62:
            return self.full()
        if r < 0.76:
            return self.c(WORDNAME), "wordname"
        if r < 0.88:
            return self.c(NICK), "nickname"
        if r < 0.94:
            return self.init()
        return self.surname()

    def sig(self):
        r = self.r.random()
        if r < 0.45:
            return self.first()
        if r < 0.75:
            return self.full()
        if r < 0.9:
            return self.init()
        return self.c(NICK), "nickname"

    # ---- places
    def town(self, ctx):
        pool = UK_TOWNS if self.r.random() < 0.82 else IE_TOWNS
        item = self.c(pool)
        if "|" in item:
            t, cty = item.split("|")
            ctx["county"] = cty
        else:
            t = item
        return t, "town_ie" if pool is IE_TOWNS else "town_uk"

    def county(self, ctx):
        if ctx.get("county"):
            return ctx.pop("county"), "county"
        return self.c(COUNTIES), "county"

    def ust(self, ctx):
        city, state, abbr = self.c(US_CITIES)
        ctx["state"] = (state, abbr)
        return city, "city_us"

    def abroad(self):
        return self.c(ABROAD), "city_abroad"

    def place(self, ctx):
        r = self.r.random()
        if r < 0.72:
            return self.town(ctx)
        if r < 0.86:
            return self.abroad()
        return self.ust(ctx)

    # ---- structured
    def postcode(self, style=None):
        a = self.c(PC_AREAS)
        d = str(self.r.randint(1, 29 if len(a) == 2 else 9))
        if len(a) == 1 and self.r.random() < 0.15:
            d += self.c("ABCEHJKPSTUW")
        inward = str(self.r.randint(1, 9)) + self.c(PC_LETTERS) + self.c(PC_LETTERS)
        st = style or self.c(["std"] * 6 + ["nospace", "lower", "lower", "mixed", "double"])
        if st == "nospace":
            return a + d + inward, "pc_nospace"
        if st == "lower":
            return (a + d + " " + inward).lower(), "pc_lower"
        if st == "mixed":
            return a[0] + a[1:].lower() + d + " " + inward[0] + inward[1:].lower(), "pc_mixed"
        if st == "double":
            return a + d + "  " + inward, "pc_doublespace"
        return a + d + " " + inward, "pc_std"

    def eircode(self):
        return self.c(EIR_KEYS) + " " + "".join(self.c(EIR_CHARS) for _ in range(4))

    def zip(self):
        z = str(self.r.randint(10, 99)) + self.digits(3)
        if self.r.random() < 0.2:
            z += "-" + self.digits(4)
        return z, "zip"

    def phone(self):
        r = self.r.random()
        x3 = self.digits(3)
        if r < 0.3:
            v = self.c(["07700 900%s", "07700900%s", "07700 900 %s", "077009 00%s"]) % x3
        elif r < 0.45:
            v = self.c(["+44 7700 900%s", "+44 (0)7700 900%s", "+447700900%s"]) % x3
        elif r < 0.6:
            v = self.c(["0113 496 0%s", "0113 4960%s", "(0113) 496 0%s"]) % x3
        elif r < 0.72:
            v = self.c(["020 7946 0%s", "(020) 7946 0%s", "0207 946 0%s"]) % x3
        elif r < 0.8:
            v = self.c(["0191 498 0%s", "0161 496 0%s", "0117 496 0%s"]) % x3
        elif r < 0.93:
            xx = self.digits(2)
            v = self.c(["555-01%s", "(312) 555-01%s", "+1 206 555 01%s", "212-555-01%s"]) % xx
        else:
            v = self.c(["0491 570 156", "+61 491 570 159", "0491 570 110", "+61 491 571 266"])
        return v, "phone"

    def email(self):
        f = self.c(EMAIL_FIRST)
        l = self.c(EMAIL_LAST)
        form = self.r.randrange(6)
        if form == 0:
            loc = f + "." + l
        elif form == 1:
            loc = f[0] + "." + l
        elif form == 2:
            loc = f + "_" + l + str(self.r.randint(40, 99))
        elif form == 3:
            loc = f + l[0] + str(self.r.randint(1, 9))
        elif form == 4:
            loc = self.c(["nanna.", "grandad.", "the.", "mrs."]) + l
        else:
            loc = f + "." + l + "." + str(self.r.randint(60, 99))
        return loc + "@" + self.c(EMAIL_DOMAINS), "email"

    def hospnum(self):
        L = lambda: self.c(HN_LETTERS)
        form = self.r.randrange(8)
        if form == 0:
            v = L() + L() + self.digits(6)
        elif form == 1:
            v = "H" + self.digits(7)
        elif form == 2:
            v = self.digits(2) + "-" + self.digits(6)
        elif form == 3:
            v = L() + self.digits(6) + L()
        elif form == 4:
            v = self.digits(7)
        elif form == 5:
            v = "K" + self.digits(7)
        elif form == 6:
            v = L() + L() + "/" + self.digits(5) + "/" + self.digits(2)
        else:
            v = self.digits(4) + " " + self.digits(4) + L()
        return v, "hospnum"

    def nhs(self):
        while True:
            ds = [self.r.randint(3, 9)] + [self.r.randrange(10) for _ in range(8)]
            tot = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
            chk = 11 - tot % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            s = "".join(map(str, ds)) + str(chk)
            break
        st = self.r.random()
        if st < 0.4:
            return s, "nhs_plain"
        if st < 0.85:
            return s[:3] + " " + s[3:6] + " " + s[6:], "nhs_spaced"
        return s[:3] + "-" + s[3:6] + "-" + s[6:], "nhs_dashed"

    # ---- dates and ages
    def date(self):
        d = self.r.randint(1, 28)
        m = self.r.randrange(12)
        y = self.c(["2021", "2022", "2022", "2023"])
        form = self.r.randrange(16)
        M = MONTHS[m]
        if form == 0:
            v = "%d %s" % (d, M)
        elif form == 1:
            v = "%d%s %s" % (d, ordsuf(d), M)
        elif form == 2:
            v = "%d%s of %s" % (d, ordsuf(d), M)
        elif form == 3:
            v = "%s %d%s" % (M, d, ordsuf(d))
        elif form == 4:
            v = "%d %s" % (d, MON_ABBR[m])
        elif form == 5:
            v = "%d %s %s" % (d, M, y)
        elif form == 6:
            v = "%d%s %s %s" % (d, ordsuf(d), M, y)
        elif form == 7:
            v = "%02d/%02d/%s" % (d, m + 1, y)
        elif form == 8:
            v = "%d/%d/%s" % (d, m + 1, y[2:])
        elif form == 9:
            v = "%02d.%02d.%s" % (d, m + 1, y[2:])
        elif form == 10:
            v = "%s %d, %s" % (M, d, y)
        elif form == 11:
            v = "%s of %s" % (ORD_WORDS[d - 1], M)
        elif form == 12:
            v = "%d%s %s" % (d, ordsuf(d), M.lower())
        elif form == 13:
            v = "%s %d%s" % (MON_ABBR[m], d, ordsuf(d))
        elif form == 14:
            v = "%s-%02d-%02d" % (y, m + 1, d)
        else:
            v = "%d/%d" % (d, m + 1)
        return v, "date%d" % form

    def dob(self):
        d = self.r.randint(1, 28)
        m = self.r.randrange(12)
        y = self.c([str(self.r.randint(1924, 1934)), str(self.r.randint(1938, 1995))])
        form = self.r.randrange(6)
        if form == 0:
            v = "%02d/%02d/%s" % (d, m + 1, y)
        elif form == 1:
            v = "%d%s %s %s" % (d, ordsuf(d), MONTHS[m], y)
        elif form == 2:
            v = "%d %s %s" % (d, MON_ABBR[m], y)
        elif form == 3:
            v = "%d.%d.%s" % (d, m + 1, y[2:])
        elif form == 4:
            v = "%d-%02d-%s" % (d, m + 1, y)
        else:
            v = "%s %d, %s" % (MONTHS[m], d, y)
        return v, "dob%d" % form

    def ordinal(self):
        d = self.r.randint(1, 30)
        if self.r.random() < 0.2:
            return ORD_WORDS[d - 1], "ordinal_word"
        return "%d%s" % (d, ordsuf(d)), "ordinal"

    def age(self):
        if self.r.random() < 0.6:
            return str(self.r.randint(90, 104)), "age_digits"
        return self.c(AGE_WORDS), "age_words"

    def agen(self):
        return str(self.r.randint(90, 103)), "age_digits"

    # ---- addresses
    def street(self):
        return "%d %s %s" % (self.r.randint(1, 199), self.c(STREETS), self.c(SUFFIX))

    def address(self, ctx):
        r = self.r.random()
        if r < 0.55:
            return self.addr_uk(ctx), "addr_uk"
        if r < 0.65:
            return self.addr_ie(ctx), "addr_ie"
        if r < 0.73:
            return self.addr_us(), "addr_us"
        if r < 0.78:
            return self.addr_ca(), "addr_ca"
        if r < 0.83:
            return self.addr_au(), "addr_au"
        if r < 0.90:
            return self.addr_eu(), "addr_eu"
        if r < 0.95:
            return self.addr_sa(), "addr_sa"
        return self.addr_af(), "addr_af"

    def _uktown(self):
        item = self.c(UK_TOWNS)
        if "|" in item:
            return item.split("|")
        return item, ""

    def addr_uk(self, ctx):
        t, cty = self._uktown()
        pc = self.postcode(self.c(["std", "std", "std", "nospace", "lower"]))[0]
        form = self.r.randrange(9)
        if form == 0:
            return "%s, %s" % (self.street(), t)
        if form == 1:
            return "%s, %s, %s" % (self.street(), t, pc)
        if form == 2:
            return "Flat %d, %s House, %s %s, %s %s" % (self.r.randint(1, 40), self.c(BUILDINGS),
                                                       self.c(STREETS), self.c(SUFFIX), t, pc)
        tc = "%s, %s" % (t, cty) if cty else t
        if form == 3:
            return "%s, %s Lane, %s, %s" % (self.c(HOUSE_NAMES), self.c(STREETS), tc, pc)
        if form == 4:
            return "%s, %s, %s" % (self.c(CARE_HOMES), self.street(), tc)
        if form == 5:
            return "%s\n%s\n%s" % (self.street(), t, pc)
        if form == 6:
            return "%d%s %s %s, %s, %s" % (self.r.randint(1, 90), self.c("ab"), self.c(STREETS),
                                          self.c(SUFFIX), self.c(AREAS), t)
        if form == 7:
            return "%s,\n%s,\n%s,\n%s" % (self.c(CARE_HOMES), self.street(), t, pc)
        return "%s, %s %s" % (self.street(), tc, pc)

    def addr_ie(self, ctx):
        item = self.c(IE_TOWNS)
        t, cty = (item.split("|") + ["Co. Galway"])[:2]
        e = self.eircode()
        form = self.r.randrange(3)
        if form == 0:
            return "%d %s Street, %s, %s, %s" % (self.r.randint(1, 80), self.c(W("Main Bridge Church Mill Abbey")), t, cty, e)
        if form == 1:
            return "%s, %s Road, %s, %s" % (self.c(HOUSE_NAMES), self.c(STREETS), t, e)
        return "Apt %d, %s Court, %s\n%s" % (self.r.randint(1, 30), self.c(BUILDINGS), t, e)

    def addr_us(self):
        city, state, abbr = self.c(US_CITIES)
        z = self.zip()[0]
        form = self.r.randrange(3)
        if form == 0:
            return "%d %s Avenue, %s, %s %s" % (self.r.randint(100, 9999), self.c(W("Maple Oak Elm Cedar Lincoln Walnut")), city, abbr, z)
        if form == 1:
            return "Apt %d%s, %d %s Street, %s, %s %s" % (self.r.randint(1, 20), self.c("ABCD"), self.r.randint(10, 999),
                                                         self.c(W("Pine Main Market Spruce")), city, state, z)
        return "%d %s Drive\n%s, %s %s\nUSA" % (self.r.randint(100, 9999), self.c(W("Sunset Lakeview Ridge Meadow")), city, abbr, z)

    def addr_ca(self):
        pc = "%s%d%s %d%s%d" % (self.c("ABCEGHJKLMNPRSTVXY"), self.r.randint(0, 9), self.c("ABCEGHJKLMNPRSTVWXYZ"),
                                 self.r.randint(0, 9), self.c("ABCEGHJKLMNPRSTVWXYZ"), self.r.randint(0, 9))
        return self.c(["%d Rue Saint-Denis, Montréal, QC %s" % (self.r.randint(10, 999), pc),
                       "%d Whyte Ave NW, Edmonton, AB %s" % (self.r.randint(1000, 9999), pc),
                       "Unit %d, %d Dundas Street West, Toronto, Ontario %s, Canada" % (self.r.randint(1, 30), self.r.randint(10, 999), pc)])

    def addr_au(self):
        return self.c(["%d/%d Beach Road, Coogee NSW 2%s" % (self.r.randint(1, 12), self.r.randint(1, 90), self.digits(3)),
                       "%d Brunswick Street, Fitzroy VIC 3%s, Australia" % (self.r.randint(1, 300), self.digits(3)),
                       "%d Wattle Close, Toowoomba QLD 4%s" % (self.r.randint(1, 60), self.digits(3))])

    def addr_eu(self):
        return self.c(["ul. Długa %d/%d, %d-%s Gdańsk, Poland" % (self.r.randint(1, 60), self.r.randint(1, 20), self.r.randint(80, 81), self.digits(3)),
                       "Rua das Flores %d, 4050-%s Porto, Portugal" % (self.r.randint(1, 200), self.digits(3)),
                       "Calle Mayor %d, 3º B, 280%s Madrid" % (self.r.randint(1, 90), self.digits(2)),
                       "Kaiserstraße %d, 603%s Frankfurt am Main" % (self.r.randint(1, 80), self.digits(2)),
                       "Strada Florilor %d, bl. %d, Cluj-Napoca, Romania" % (self.r.randint(1, 80), self.r.randint(1, 20)),
                       "Odos Ermou %d, 105 %s Athens, Greece" % (self.r.randint(1, 90), self.digits(2))])

    def addr_sa(self):
        return self.c(["House %d, Road %d, Dhanmondi, Dhaka 12%s, Bangladesh" % (self.r.randint(1, 90), self.r.randint(1, 30), self.digits(2)),
                       "Flat %d, Sai Krupa Apartments, MG Road, Pune 411%s" % (self.r.randint(101, 504), self.digits(3)),
                       "%d-B Gulberg III, Lahore, Pakistan" % self.r.randint(1, 90),
                       "Village Dadyal, District Mirpur, Azad Kashmir",
                       "%d Zindabazar, Sylhet 3100" % self.r.randint(1, 90)])

    def addr_af(self):
        return self.c(["Plot %d, Adeola Odeku Street, Victoria Island, Lagos" % self.r.randint(1, 90),
                       "House No. %d, Osu Badu Street, Accra, Ghana" % self.r.randint(1, 90),
                       "Ngong Road, P.O. Box %d-00100, Nairobi, Kenya" % self.r.randint(100, 9999),
                       "%d Independence Avenue, Enugu" % self.r.randint(1, 90)])


# --------------------------------------------------------------------------------------
# Frames.  Placeholders: NAME {F} {NK} {WN} {FULL} {S} {INIT} {SF} {ANY} {SIG};
# TOWN {TOWN} {CTY} {UST} {ABR} {PLACE}; {ADDR}; DATE {DATE} {DOB} {ORD};
# AGE {AGE} {AGEN}; {PH} {EM} {PC} {HN} {NHS} {ZIP}.  Literal fillers (not labelled):
# {T} title before surname, {TF} title/relation before first name, {WD} weekday,
# {STATE} US state (paired with the preceding {UST}), {REL} relative word.
# Line prefix: a = anywhere (sentence boundary), e = end only (sign-offs).
# --------------------------------------------------------------------------------------

SENTENCE_FRAMES = r"""
a|{F} was lovely.
a|{F} was so lovely with my mum, nothing was too much trouble.
a|{F} on reception was so kind to me.
a|Thanks to {F} and {F}.
a|A special thank you to {F}, {F} and {F}.
a|Big thanks to {F}, {F}, {F} and {F} on the night shift.
a|{F} and {F} went above and beyond.
a|{FULL} deserves a medal.
a|Please pass my thanks on to {T} {S} and the team.
a|{T} {S} explained everything clearly and didn't rush me.
a|I can't thank {F} enough.
a|{F}'s sense of humour got me through it.
a|Everyone was great but {F} especially.
a|The paramedics, {F} and {F}, were fantastic.
a|{T} {S}'s team were brilliant from start to finish.
a|We were looked after by {F} who was an absolute star.
a|Shout out to {NK} on the desk!
a|{NK} and {NK} kept us laughing all night.
a|{WN} was our nurse and she was wonderful.
a|Thank you {WN} for looking after me.
a|I was seen by {S}, the physio, who was brilliant.
a|{INIT} (physio) was excellent.
a|My thanks to {T} {S} and {T} {S}.
a|{WN} and {F} on the early shift were a credit to you.
a|{F} explained my medication properly for the first time.
a|Can't fault {F} at all.
a|{F}, {F} and {WN} - what a team.
a|A big thank you to {FULL} and everyone on the unit.
a|I want to mention {F} who stayed late to finish my dressing.
a|{F} sat with me when I was scared and I won't forget it.
a|The physio {F} was patient and encouraging.
a|{F} in the pharmacy sorted out my prescription in minutes.
a|{WN} at the front desk made us feel welcome straight away.
a|Thank you to the lovely {F} who held my hand during the procedure.
a|Credit to {T} {S} and his registrar {F}.
a|{F} is a credit to the profession.
a|Everybody from the porter {F} to {T} {S} was kind.
a|Special mention for {F}, {F} and {F} who run the clinic.
a|{ANY} was brilliant with my little boy.
a|{ANY} was really thorough.
a|I'd like to thank {ANY} and {ANY}.
a|Honestly {F} is an angel.
a|Kudos to {NK}!
a|{F}, {F}, {F}, {F}: thank you all.
a|Thanks ever so much to {F} in theatres.
a|{F} the healthcare assistant was lovely and gentle.
a|{S} the anaesthetist put me at ease.
a|Both {F} and {WN} were fab.
a|Huge thanks to {T} {S}, {F} and {F}.
a|I was lucky to have {FULL} as my midwife.
a|My care coordinator {FULL} has been a lifeline.
a|The consultant, {T} {S}, took time to explain.
a|{TF} {F} runs a tight ship but she's fair.
a|Could you let {F} know she made a difference.
a|The whole of {T} {S}'s team, especially {F}, were wonderful.
a|{F} on the phones was calm and reassuring.
a|When I rang 111, {F} talked me through it.
a|The call handler {FULL} kept me calm until the crew arrived.
a|{F} the driver was very careful with my wheelchair.
a|{F} and {F} who brought me home were gentlemen.
a|{F} on the night shift was rude and dismissive.
a|I want it noted that {T} {S} never once looked at me.
a|Nobody listened apart from {F}.
a|The driver, {F}, didn't even help my dad out of the car.
a|{FULL} told me I was wasting their time.
a|I asked to speak to {F}'s manager but nobody came.
a|Complained to {T} {S} twice and heard nothing back.
a|If it wasn't for {F} I'd have walked out.
a|{F} on reception needs some training in manners.
a|{T} {S} was abrupt and made me feel stupid.
a|I was promised a call back from {F} and it never came.
a|{S} kept calling me by the wrong name, then had the cheek to tell me off.
a|Why does {F} get to decide who is seen first?
a|{F} was the only one who bothered to check on me.
a|The staff nurse {FULL} was excellent but the rest were stretched.
a|I had to tell {F} three times that I'm allergic to plasters.
a|My husband {F} and I have been coming here for years and {F} on reception always remembers our names.
a|Anyway my neighbour {F} drove me in because the buses are hopeless.
a|Our {REL} {F} was in for a fortnight and honestly they were marvellous with her.
a|I came with my friend {F} who had been before, and she said it's got better.
a|My daughter {F} came with me because I don't hear so well now.
a|My son {F} took the day off work to bring me and we were seen on time.
a|So I said to {F}, my husband, we will wait and see.
a|{F} - 10 out of 10.
a|{F} brill.
a|Ask for {F}.
a|Good. {F} v helpful.
a|{F} fab as always.
a|{NK} top man.
a|{F} - star.
a|thx {F} ur a star x
a|cheers {NK} xx
a|{F} n {F} wer amazin
a|shout out 2 {F} on ward 4 lol
a|big up {NK} and {F}!!
a|luv u {F} xxx
a|{F} is da best
a|ty {F} and {F} for evrything
a|I should like to thank Sister {S} and all her nurses.
a|My late husband {FULL} was cared for here some years ago.
a|I wish to record my thanks to {T} {S}.
a|I am most grateful to {T} {S} and to Nurse {F}.
a|Please convey my thanks to {FULL}, who was a great comfort.
a|Writing on behalf of my mother, {FULL}, who is {AGE}.
a|My dad {F} can't write so I'm filling this in for him.
a|My son {F} was treated by {T} {S}.
a|Our nan {F} is {AGE} and she was treated with dignity.
a|I'm filling this in for my {REL}, {FULL}, who can't see well enough.
a|This is {F}'s daughter writing for her.
a|Her badge said {F}.
a|The nurse's badge said {FULL}, I think.
a|Didn't catch his name but his badge said {F}.
a|I think the lady's name was {F} - it was on her lanyard.
a|The name on her badge was {FULL}, please thank her.
a|Her name badge said {WN}.
a|{T} {S}'s team in {TOWN} were outstanding.
a|Under {T} {S} and her team, including {F}, I felt safe.
a|{T} {S} and her registrar {FULL} were so thorough.
a|I was under {T} {S} at {TOWN} and then transferred here.
a|The nurse {F} from {TOWN} was brilliant.
a|{F} from {PLACE} was the paramedic and he was brilliant.
a|{F} (the student from {ABR}) was lovely.
a|Please contact my daughter {F} on {PH}.
a|{T} {S} at {TOWN} has my notes, hospital number {HN}.
a|My dad, {FULL} ({AGE}), from {TOWN}.
a|Name: {FULL}\nDOB: {DOB}\nNHS no: {NHS}
a|{FULL}, {ADDR}
a|For {T} {S}: my hospital number is {HN}.
a|Send any letters for {FULL} to {ADDR}.
a|Please ring {F} on {PH} as she deals with my appointments.
a|{F} emailed me from {EM} to confirm, which was handy.
a|I live in {TOWN} so the journey is a long one.
a|We had to drive all the way to {TOWN} for the scan.
a|Why can't this be done in {TOWN}?
a|The ambulance took me to {TOWN} instead of the local hospital.
a|I'm originally from {ABR} and the care here is just as good.
a|Visiting from {UST}, the staff were so helpful.
a|I moved from {TOWN}, {CTY} last year.
a|Transport from {TOWN} was late again.
a|There is nothing like this in {TOWN}.
a|The clinic in {TOWN} is much easier to get to.
a|{TOWN} to {TOWN} and back in one afternoon.
a|My daughter flew in from {ABR} to be with me.
a|My family are all in {ABR} so the staff became my family.
a|Born and bred in {TOWN}.
a|I was on holiday in {TOWN} when I was taken ill.
a|I'd rather go to {TOWN} than wait here.
a|{TOWN} is a long way to go for a blood test.
a|We live out past {TOWN} and the bus only runs twice a day.
a|The crew came all the way from {TOWN}.
a|I was sent to {TOWN} and then back to {TOWN} for the same test.
a|Parking in {TOWN} is a nightmare.
a|The minor injuries unit in {TOWN} should be open at weekends.
a|i live in {TOWN} and it took 2 buses to get there
a|We'd only just moved to {TOWN}, {CTY} and didn't know where anything was.
a|my sister came down from {TOWN} to look after me
a|They sent me to {TOWN} when {TOWN} is five minutes away.
a|From {TOWN} originally but living in {ABR} now, and this was my first time back.
a|I travel from {CTY} every week for this.
a|I'm a long way from home ({ABR}) so it meant a lot.
a|Staff at {TOWN} could learn a thing or two from this team.
a|The service in {TOWN} is nowhere near as good.
a|I was visiting my sister in {TOWN}, {CTY} when it happened.
a|We had a holiday booked in {ABR} so the quick appointment was a relief.
a|My son lives in {UST} and couldn't believe how quick it was.
a|Please send letters to {ADDR}, not my old address.
a|I have moved, my new address is {ADDR}.
a|The ambulance went to {ADDR} by mistake.
a|Can someone update my details: {ADDR}.
a|They picked me up from {ADDR} and took me home again.
a|My mum lives at {ADDR}, please send her appointments there.
a|Address: {ADDR}
a|I'm staying with my daughter at {ADDR} until I'm better.
a|Letters are still going to {ADDR} even though I told you.
a|The driver couldn't find {ADDR} and rang me twice.
a|We are at {ADDR} now, please update.
a|My address is {ADDR} if someone could call round.
a|Mum is in {ADDR} and they were very good coming out to her.
a|I'm only here for the summer, my home address is {ADDR}.
a|I was seen on {DATE}.
a|My appointment on {DATE} was cancelled at short notice.
a|Admitted {DATE}, discharged {DATE}.
a|I've been waiting since {DATE}.
a|My mum, born {DOB}, was treated with such care.
a|DOB {DOB}.
a|Came in on {WD} the {ORD} and was seen straight away.
a|Operation was on the {ORD}.
a|I rang on {DATE} and still no call back.
a|The visit on {WD} {DATE} was the best one yet.
a|Discharged on {DATE} with no letter.
a|My next appointment is {DATE}, hopefully it goes ahead.
a|We were seen by {T} {S} on {DATE}.
a|dob {DOB}
a|I had my second jab on {DATE} and it was so well organised.
a|My dad (dob {DOB}) was brought in by ambulance.
a|I was told to come back on the {ORD} but nobody had booked it.
a|Since {DATE} I've had three different nurses.
a|My mum is {AGE} and she was treated like royalty.
a|Not bad for a {AGEN}-year-old!
a|I am {AGE} years of age and live alone.
a|Dad turned {AGE} on the ward and they made him a card.
a|At {AGE} you don't expect to be kept waiting six hours.
a|She's {AGE} and still sharp as a tack.
a|I'm {AGEN} yrs old and the stairs are too much for me.
a|At {AGE} I did not expect such kindness.
a|My grandad is {AGE}, deaf and blind, and they were so patient.
a|For a lady of {AGE} the trolley was far too high.
a|Please ring me on {PH} to discuss.
a|My number is {PH} if anyone wants to talk about this.
a|Call {PH} - that's my mobile.
a|I gave my number ({PH}) but nobody called.
a|Tel: {PH}
a|mob {PH}
a|You can reach my son on {PH}.
a|My landline is {PH}, I don't do mobiles.
a|You can email me at {EM}.
a|Contact: {EM}
a|Please reply to {EM} as I'm hard of hearing.
a|My email is {EM}, I'd like a response.
a|email {EM} if you need more info
a|I live at {PC} and the transport couldn't find me.
a|Postcode is {PC} for the driver.
a|The satnav took them to {PC} instead.
a|We're in {TOWN} {PC} which is miles away.
a|My postcode ({PC}) is always coming up wrong on your system.
a|postcode {PC}
a|My hospital number is {HN}.
a|Ref: {HN}
a|Patient number {HN} - please look into this.
a|My MRN is {HN} if you need it.
a|Quote {HN} when you reply.
a|Unit no. {HN}.
a|My hosp no is {HN}, same complaint as last time.
a|The letter had someone else's number on it ({HN}) instead of mine.
a|My K number is {HN}.
a|NHS number {NHS}.
a|My NHS no is {NHS} if you want to check my records.
a|For reference my NHS number is {NHS}.
a|nhs no {NHS}
a|They had my NHS number down as {NHS}, which is wrong.
a|I'm visiting from {UST}, {STATE} {ZIP}.
a|Please send the paperwork to my home in {UST}, {STATE} {ZIP}.
a|My home ZIP is {ZIP} in {STATE}.
a|Back home in {STATE} ({ZIP}) we pay a fortune for this.
a|I'm a US citizen, ZIP code {ZIP}, and I was treated for free.
e|- {F}
e|Thanks, {F}
e|Regards, {INIT}
e|Kind regards\n{FULL}
e|From {F} and family x
e|{FULL}
e|Many thanks, {SIG}
e|Patient: {SF}
e|Signed: {FULL}
e|Love {F} x
e|cheers, {NK}
e|{F} ({REL} of patient)
e|Best wishes, {F} & {F}
e|Yours sincerely,\n{INIT}
e|Yours faithfully, {FULL}
e|{SIG} ({TOWN})
e|Thank you, {SIG}.
e|- {SIG}, {TOWN}
e|God bless you all, {F}
e|thanks again {F}
e|Regards {FULL}, {PH}
e|{F} and {WN} x
e|Thanks from {F}, aged {AGE}.
e|{INIT}
e|Completed by {SF} (daughter)
a|Seen by {INIT} who was very thorough.
a|The letter was signed {INIT}, no idea who that is.
a|Patient name {SF}, please pass this on.
a|Re: {SF} - a thank you to the ward.
a|{INIT} and {INIT} from the district nurses were a godsend.
a|Thanks to {WNS} for sorting my transport.
"""

# Inline: (group, anchor regex, templates appended right after the anchor)
ROLE_SING = r"\b(?:nurse|doctor|receptionist|physio|physiotherapist|paramedic|midwife|consultant|surgeon|carer|driver|call handler|health visitor|pharmacist|therapist|radiographer|porter|lady|gentleman|man|woman|guy|lad|girl|young man|young lady|chap|student)\b"
ROLE_PL = r"\b(?:staff|nurses|doctors|team|crew|paramedics|carers|receptionists|everyone|everybody|physios|midwives|drivers)\b"
REL_ANY = r"\bmy (?:mum|mam|mother|dad|father|husband|wife|partner|son|daughter|nan|nana|gran|granny|grandad|grandma|grandson|granddaughter|brother|sister|auntie|aunt|uncle|friend|neighbour|baby|little boy|little girl)\b"
REL_OLD = r"\bmy (?:mum|mam|mother|dad|father|nan|nana|gran|granny|grandad|grandma|great grandmother|great aunt|husband|wife)\b"
PLACE = r"\b(?:the hospital|hospital|the ward|the surgery|the clinic|the unit|a&e|A&E|the health centre|walk-in centre|minor injuries|the practice)\b"
HOME = r"\b(?:home|my house|my flat)\b"
TIME = r"\b(?:appointment|operation|visit|procedure|scan|admitted|discharged|seen|came in|arrived|assessment|x-ray|jab|vaccination|injection|surgery)\b"
PHONEA = r"\b(?:phone|rang|called|call|ringing|contact)\b"
AMB = r"\b(?:ambulance|the crew|paramedics)\b"
THANKS = r"\b(?:thank you|thanks|thankyou|thank u|cheers)\b"
HERE = r"\b(?:here|this area|round here|locally)\b"

INLINE = [
    ("role", ROLE_SING, [" {F}", ", {F},", " ({F})", " called {F}", " named {F}", " {FULL}",
                         " - {F} -", ", {F} I think,", " {WN}", " ({F} on her badge)", " {NK}",
                         " (think her name was {F})", ", {INIT},", " {FULL}, ", " {WNS}",
                         " (I think it was {F})", " that was {F}"]),
    ("group", ROLE_PL, [" ({F}, {F} and {F})", ", especially {F},", ", in particular {F} and {F},",
                        " - {F}, {F}, {F} and {F} -", " (shout out to {NK})", ", {F} and {F},",
                        " at {TOWN}", " in {TOWN}", " from {TOWN}", " ({WN}, {F} and {NK})",
                        " (esp. {F})", ", not least {T} {S},", " on {T} {S}'s ward"]),
    ("rel", REL_ANY, [" {F}", ", {F},", " ({FULL})", " {WN}", ", who lives in {TOWN},",
                      " from {TOWN}", " ({F})", " {WNS}", ", {NK},"]),
    ("relold", REL_OLD, [", who is {AGE},", " ({AGE})", ", aged {AGE},", ", {F}, who is {AGE},",
                         " (dob {DOB})", " ({AGEN} next month)", ", who's {AGE} and lives alone,",
                         " (NHS no {NHS})", " ({FULL}, {AGEN})"]),
    ("place", PLACE, [" in {TOWN}", " at {TOWN}", " in {TOWN}, {CTY},", " ({TOWN})", " up at {TOWN}",
                      " in {ABR}"]),
    ("home", HOME, [" in {TOWN}", " at {ADDR}", " ({PC})", " in {TOWN} ({PC})", " ({ADDR})",
                    " in {UST}, {STATE} {ZIP},"]),
    ("time", TIME, [" on {DATE}", " on {WD} {DATE}", " on {WD} the {ORD}", " ({DATE})", " on the {ORD}",
                    " last {WD} ({DATE})", " (ref {HN})", " ({HN})"]),
    ("phone", PHONEA, [" ({PH})", " on {PH}"]),
    ("amb", AMB, [" from {TOWN}", " from {PLACE}", " (call ref {HN})"]),
    ("thanks", THANKS, [" {F}", " {F} and {F}", " to {F}", ", {F}", " {NK}", " {WN}", " {T} {S}",
                        " {F}, {F} and {F}", " everyone at {TOWN}", " {F} and all at {TOWN}", " {FULL}",
                        " {F} x", " {F} and {WN}"]),
    ("here", HERE, [" in {TOWN}", " ({TOWN})", " in {TOWN}, {CTY},", " in sunny {TOWN}"]),
]
# words that may follow an anchor for an insertion to read naturally
FOLLOW_NOUN = set(W("was were is are and but who did could would will has have had also all very really so "
                    "said told gave came took made kept helped explained always never went just even were "
                    "looked listened got put rang sorted seemed knew treated dealt then"))
FOLLOW_VERB = set(W("and but for was were is are i we they it which where because so with when as after "
                    "before then but by"))
FOLLOW_BY_GROUP = {"role": FOLLOW_NOUN, "group": FOLLOW_NOUN, "rel": FOLLOW_NOUN, "relold": FOLLOW_NOUN,
                   "amb": FOLLOW_NOUN, "place": FOLLOW_VERB, "home": FOLLOW_VERB, "time": FOLLOW_VERB,
                   "phone": FOLLOW_VERB, "here": FOLLOW_VERB,
                   "thanks": set(W("for so very all again x"))}

DECOYS = [x.replace("_", " ") for x in """I_will_definitely_recommend_this_service_to_others.
Will_be_back_if_I_need_to.
I_hope_the_staff_know_how_much_they_are_appreciated.
Hope_you_can_sort_the_parking_out.
The_bath_on_the_ward_could_do_with_a_clean.
They_helped_me_have_a_proper_bath_for_the_first_time_in_weeks.
Reading_the_leaflet_beforehand_really_helped.
I_spent_the_wait_reading_a_book,_which_was_fine.
I_still_have_a_mark_on_my_arm_from_the_cannula.
They_gave_us_a_grace_period_on_the_parking,_which_was_kind.
Saying_grace_before_meals_was_respected,_which_meant_a_lot_to_my_dad.
It_was_a_sunny_day_and_they_let_me_sit_outside.
The_bill_for_parking_was_more_than_the_taxi.
To_be_frank,_the_food_was_not_great.
Frank_and_honest_conversation_with_the_consultant.
The_rose_garden_outside_the_unit_is_lovely.
I_rose_early_to_get_there_on_time_and_was_still_seen_late.
Faith_restored_in_the_NHS.
The_summer_heat_on_the_ward_was_unbearable.
Their_patience_with_my_dad_was_amazing.
It_was_a_joy_to_be_looked_after_by_them.
From_dawn_till_dusk_the_nurses_never_stopped.
There_was_mold_on_the_bathroom_ceiling.
We_got_a_good_deal_on_the_parking_permit.
They_march_you_from_one_waiting_room_to_another.
Parked_on_the_street_because_the_car_park_was_full.
I'd_rather_bury_my_head_in_the_sand_than_go_through_that_again.
The_sandwich_I_was_given_was_dry.
The_cheddar_sandwiches_were_actually_lovely.
I_had_an_eye_test_at_the_same_time.
The_porter_was_a_jack_of_all_trades.
Max_two_visitors_is_far_too_strict.
I_had_to_chase_my_results_three_times.
He_was_a_ray_of_sunshine_on_a_grim_ward.
We_drove_miles_to_get_here.
Sterling_work_from_everyone_on_the_night_shift.
I_was_given_a_pat_on_the_back_and_sent_home.
I_will_not_sue,_but_I_want_an_apology.
The_nurse_drew_blood_without_any_fuss.
Amber_warning_for_snow_and_the_ambulance_still_got_here.
The_holly_wreath_on_reception_was_a_nice_touch.
Carol_singers_came_round_the_ward,_lovely.
A_crystal_clear_explanation_of_the_procedure.
Please_mark_my_notes_that_I'm_allergic_to_penicillin.
I'll_give_it_full_marks.
The_derby_was_on_the_telly_in_the_day_room.
I_used_to_play_rugby_so_I_know_pain,_but_this_was_worse.
The_sale_of_hot_drinks_stops_far_too_early.
A_long_march_down_endless_corridors_to_get_to_x-ray.
Reading_between_the_lines,_they're_short_staffed.
The_hope_is_that_things_improve.
Bath_time_was_handled_with_real_dignity.
A_summer_fete_for_patients_would_be_nice.
Very_fair_and_frank_discussion_about_my_options.
Grace_under_pressure,_every_single_one_of_them.
Hope_and_patience_is_all_you_need_in_A&E.
My_daughter_was_reading_to_me_while_I_waited.
Doctor_said_it_will_mark_the_skin_for_a_bit_but_fade.
The_nurse_was_very_frank_with_me,_which_I_appreciated.
A_sunny_disposition_on_the_whole_team.
A_chelsea_bun_and_a_cuppa_from_the_volunteers_made_my_day.
Will_there_ever_be_enough_chairs_in_the_waiting_room?
I_lost_all_hope_after_the_third_cancellation.
Penny_for_your_thoughts,_as_my_nan_would_say:_it_was_fine.
Every_penny_of_my_taxes_well_spent.
The_ivy_growing_over_the_entrance_needs_cutting_back.
Don't_make_me_wait_till_the_summer_for_a_result.
Mark_my_words,_I'll_be_writing_to_my_MP.
There_was_a_sandwich_trolley_but_it_never_came_to_our_bay.""".split()]

PH_SLOT = re.compile(r"\{([A-Z]+)\}")
SLOT_TYPE = {
    "F": "NAME", "NK": "NAME", "WN": "NAME", "FULL": "NAME", "S": "NAME", "INIT": "NAME", "SF": "NAME",
    "ANY": "NAME", "SIG": "NAME", "WNS": "NAME", "TOWN": "TOWN", "CTY": "TOWN", "UST": "TOWN", "ABR": "TOWN",
    "PLACE": "TOWN", "ADDR": "ADDRESS", "DATE": "DATE", "DOB": "DATE", "ORD": "DATE", "AGE": "AGE_OVER_89",
    "AGEN": "AGE_OVER_89", "PH": "PHONE", "EM": "EMAIL", "PC": "POSTCODE", "HN": "HOSPITAL_NUMBER",
    "NHS": "NHS_NUMBER", "ZIP": "ZIP",
}
LITERAL_SLOTS = {"T", "TF", "WD", "STATE", "REL"}
CONNECTORS = set(W("and upon on le la de du des del der den van von da dos das di in the of by under super "
                   "am y co county city st saint big little ap mac o"))


class Frame:
    def __init__(self, kind, pos, template, group=None, anchor=None):
        self.kind = kind  # sentence | inline
        self.pos = pos
        self.template = template
        self.group = group
        self.anchor = anchor
        self.slots = [m.group(1) for m in PH_SLOT.finditer(template)]
        for s in self.slots:
            assert s in SLOT_TYPE or s in LITERAL_SLOTS, (s, template)
        self.types = [SLOT_TYPE[s] for s in self.slots if s in SLOT_TYPE]
        self.key = (kind, group or pos, template)


def parse_frames():
    frames = []
    for line in SENTENCE_FRAMES.strip("\n").split("\n"):
        if not line.strip():
            continue
        pos, tpl = line.split("|", 1)
        frames.append(Frame("sentence", pos, tpl.replace("\\n", "\n")))
    for group, anchor, tpls in INLINE:
        rx = re.compile(anchor, re.I)
        for t in tpls:
            frames.append(Frame("inline", "inline", t, group, rx))
    keys = [f.key for f in frames]
    assert len(keys) == len(set(keys)), [k for k, c in collections.Counter(keys).items() if c > 1]
    return frames


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------

TYPO_KEYS = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y",
             "h": "j", "l": "k", "u": "y", "d": "s", "c": "v", "k": "l", "p": "o", "g": "h", "y": "t"}


def typo(word, rng):
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if len(letters) < 3:
        return None
    op = rng.randrange(4)
    i = rng.choice(letters[1:])
    if op == 0 and i + 1 < len(word) and word[i + 1].isalpha() and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    ch = word[i].lower()
    if ch in TYPO_KEYS:
        rep = TYPO_KEYS[ch]
        return word[:i] + (rep.upper() if word[i].isupper() else rep) + word[i + 1:]
    return word[:i] + word[i + 1:]


def render(frame, gen, rng, case):
    """Return list of segments (text, type or None, subkind) and whether a typo was applied."""
    ctx = {}
    segs = []
    last = 0
    tpl = frame.template
    for m in PH_SLOT.finditer(tpl):
        if m.start() > last:
            segs.append([tpl[last:m.start()], None, None])
        s = m.group(1)
        if s == "T":
            segs.append([gen.c(TITLES_SURNAME), None, None])
        elif s == "TF":
            segs.append([gen.c(TITLES_FIRST), None, None])
        elif s == "WD":
            segs.append([gen.c(WEEKDAYS), None, None])
        elif s == "REL":
            segs.append([gen.c(RELS), None, None])
        elif s == "STATE":
            st = ctx.get("state") or gen.c(US_CITIES)[1:]
            segs.append([st[0] if rng.random() < 0.5 else st[1], None, None])
        else:
            if s == "F":
                v, k = gen.first()
            elif s == "NK":
                v, k = gen.c(NICK), "nickname"
            elif s == "WN":
                v, k = gen.c(WORDNAME), "wordname"
            elif s == "WNS":
                v, k = gen.c(WORDNAME) + " " + gen.surname()[0], "wordname_full"
            elif s == "FULL":
                v, k = gen.full()
            elif s == "S":
                v, k = gen.surname()
                k = "surname"
            elif s == "INIT":
                v, k = gen.init()
            elif s == "SF":
                v, k = gen.sf()
            elif s == "ANY":
                v, k = gen.any_name()
            elif s == "SIG":
                v, k = gen.sig()
            elif s == "TOWN":
                v, k = gen.town(ctx)
            elif s == "CTY":
                v, k = gen.county(ctx)
            elif s == "UST":
                v, k = gen.ust(ctx)
            elif s == "ABR":
                v, k = gen.abroad()
            elif s == "PLACE":
                v, k = gen.place(ctx)
            elif s == "ADDR":
                v, k = gen.address(ctx)
            elif s == "DATE":
                v, k = gen.date()
            elif s == "DOB":
                v, k = gen.dob()
            elif s == "ORD":
                v, k = gen.ordinal()
            elif s == "AGE":
                v, k = gen.age()
            elif s == "AGEN":
                v, k = gen.agen()
            elif s == "PH":
                v, k = gen.phone()
            elif s == "EM":
                v, k = gen.email()
            elif s == "PC":
                v, k = gen.postcode()
            elif s == "HN":
                v, k = gen.hospnum()
            elif s == "NHS":
                v, k = gen.nhs()
            elif s == "ZIP":
                v, k = gen.zip()
            else:
                raise KeyError(s)
            if s in ("F", "FULL", "ANY", "SIG") and k.startswith("first_"):
                k = "first"
            segs.append([v, SLOT_TYPE[s], k])
        last = m.end()
    if last < len(tpl):
        segs.append([tpl[last:], None, None])
    # possessive or single-letter glitches are fine; now a typo next to a value (~12% of frames)
    typoed = False
    if rng.random() < 0.16:
        cand = []
        for i, sg in enumerate(segs):
            if sg[1] is None:
                continue
            if i > 0 and segs[i - 1][1] is None and re.search(r"[A-Za-z]{3,}\W*$", segs[i - 1][0]):
                cand.append((i - 1, "last"))
            if i + 1 < len(segs) and segs[i + 1][1] is None and re.match(r"^\W*[A-Za-z]{3,}", segs[i + 1][0]):
                cand.append((i + 1, "first"))
        if cand:
            j, which = rng.choice(cand)
            txt = segs[j][0]
            words = list(re.finditer(r"[A-Za-z]{3,}", txt))
            wm = words[-1] if which == "last" else words[0]
            nw = typo(wm.group(), rng)
            if nw and nw != wm.group():
                segs[j][0] = txt[:wm.start()] + nw + txt[wm.end():]
                typoed = True
    for sg in segs:
        if case == "lower":
            sg[0] = sg[0].lower()
        elif case == "upper":
            sg[0] = sg[0].upper()
    return segs, typoed


def sentence_boundaries(orig):
    b = {0, len(orig)}
    for m in re.finditer(r"[.!?]+[\"')]*[ \t]+(?=\S)", orig):
        b.add(m.end())
    for m in re.finditer(r"\n\s*(?=\S)", orig):
        b.add(m.end())
    return sorted(b)


def anchor_sites(orig, frame_by_group):
    sites = {}
    for group, rx in frame_by_group.items():
        out = []
        for m in rx.finditer(orig):
            e = m.end()
            nxt = orig[e:e + 1]
            if nxt and not (nxt.isspace() or nxt in ".,!?;:"):
                continue
            if nxt.isspace():
                w = re.match(r"\s*([A-Za-z']+)", orig[e:])
                if not w or w.group(1).lower() not in FOLLOW_BY_GROUP[group]:
                    continue
            out.append(e)
        if out:
            sites[group] = out
    return sites


def word_re(tok):
    return re.compile(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", re.I)


def conflicts(text, ents):
    spans = [(e["start"], e["end"]) for e in ents]
    for e in ents:
        if e["type"] not in ("NAME", "TOWN"):
            continue
        for tok in re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", e["value"]):
            if len(tok) < 2 or tok.lower() in CONNECTORS:
                continue
            for m in word_re(tok).finditer(text):
                if not any(s <= m.start() and m.end() <= t for s, t in spans):
                    return True
    return False


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.gen = Gen(self.rng)
        self.frames = parse_frames()
        self.remaining = collections.OrderedDict(TARGETS)
        self.uses = collections.Counter()
        self.stats = collections.Counter()
        self.subkinds = collections.Counter()
        self.decoy_uses = collections.Counter()
        self.groups = collections.OrderedDict()
        for g, a, _ in INLINE:
            self.groups[g] = re.compile(a, re.I)

    def pick_type(self, rem):
        items = [(t, max(rem[t], 0)) for t in TARGETS]
        tot = sum(w for _, w in items)
        if tot <= 0:
            items = list(TARGETS.items())
            tot = sum(w for _, w in items)
        x = self.rng.random() * tot
        for t, w in items:
            x -= w
            if x < 0:
                return t
        return items[-1][0]

    def choose_frame(self, t, room, sites, used_sites, allow_end, local_rem, used_here):
        cands = []
        for f in self.frames:
            if t not in f.types or len(f.types) > room or f.key in used_here:
                continue
            if f.pos == "e" and not allow_end:
                continue
            if f.kind == "inline":
                free = [p for p in sites.get(f.group, []) if p not in used_sites]
                if not free:
                    continue
            need = collections.Counter(f.types)
            over = any(local_rem[x] - n < -1 for x, n in need.items())
            w = 1.0 / (1 + self.uses[f.key]) ** 2
            if over:
                w *= 0.05
            cands.append((f, w))
        if not cands:
            return None
        inl = [(f, w) for f, w in cands if f.kind == "inline"]
        if inl and self.rng.random() < 0.7:
            cands = inl
        tot = sum(w for _, w in cands)
        x = self.rng.random() * tot
        for f, w in cands:
            x -= w
            if x < 0:
                return f
        return cands[-1][0]

    def make(self, rid, orig, kind, k):
        for attempt in range(60):
            rec, info = self.try_make(rid, orig, kind, k)
            if rec is not None:
                for e in rec["entities"]:
                    self.remaining[e["type"]] -= 1
                for key in info["frames"]:
                    self.uses[key] += 1
                for sk in info["subkinds"]:
                    self.subkinds[sk] += 1
                for s, n in info["stats"].items():
                    self.stats[s] += n
                if info.get("decoy"):
                    self.decoy_uses[info["decoy"]] += 1
                self.stats["redraws"] += attempt
                return rec
        raise RuntimeError("could not plant %s" % rid)

    def try_make(self, rid, orig, kind, k):
        rng = self.rng
        if not any(c.isupper() for c in orig):
            case = "lower"
        else:
            x = rng.random()
            case = "lower" if x < 0.25 else ("upper" if x < 0.30 else "normal")
        bounds = sentence_boundaries(orig)
        sites = anchor_sites(orig, self.groups)
        used_sites = set()
        insertions = []  # (pos, order, segments, placement)
        info = {"frames": [], "subkinds": [], "stats": collections.Counter()}
        local_rem = collections.Counter(self.remaining)
        placed = 0
        used_bounds = collections.Counter()
        end_used = False
        guard = 0
        while placed < k and guard < 30:
            guard += 1
            t = self.pick_type(local_rem)
            f = self.choose_frame(t, k - placed, sites, used_sites, not end_used, local_rem, info["frames"])
            if f is None:
                continue
            segs, typoed = render(f, self.gen, rng, case)
            if f.kind == "inline":
                pos = rng.choice([p for p in sites[f.group] if p not in used_sites])
                used_sites.add(pos)
                nxt = orig[pos:pos + 1]
                if (not nxt or nxt in ".,!?;:") and segs[-1][1] is None:
                    segs[-1][0] = re.sub(r"(?:,| -)$", "", segs[-1][0])
                    if segs[-1][0] == "":
                        segs.pop()
                insertions.append((pos, 1, segs, "inline"))
                info["stats"]["placement_inline"] += 1
            else:
                if f.pos == "e":
                    pos, order = len(orig), 1000
                    end_used = True
                else:
                    pos = rng.choice(bounds)
                    order = 0 if pos < len(orig) else 2 + used_bounds[pos]
                    used_bounds[pos] += 1
                where = "start" if pos == 0 else ("end" if pos == len(orig) else "between")
                insertions.append((pos, order, segs, where))
                info["stats"]["placement_" + where] += 1
            if typoed:
                info["stats"]["typo_frames"] += 1
            info["stats"]["frames_" + f.kind] += 1
            info["frames"].append(f.key)
            for x in f.types:
                local_rem[x] -= 1
            placed += len(f.types)
        if kind == "decoy":
            d = self.pick_decoy()
            dseg = [[d, None, None]]
            if case == "lower":
                dseg[0][0] = d.lower()
            elif case == "upper":
                dseg[0][0] = d.upper()
            pos = rng.choice(bounds)
            insertions.append((pos, 0 if pos < len(orig) else 2 + used_bounds[pos], dseg, "decoy"))
            used_bounds[pos] += 1
            info["decoy"] = d
        text, ents = self.assemble(orig, insertions, rng)
        if conflicts(text, ents):
            return None, None
        for sg in [s for ins in insertions for s in ins[2]]:
            if sg[1]:
                info["subkinds"].append(sg[1] + ":" + sg[2])
        info["stats"]["case_" + case] += 1
        rec = {"id": rid, "text": text, "original": orig, "entities": ents}
        return rec, info

    def pick_decoy(self):
        m = min(self.decoy_uses[d] for d in DECOYS)
        cands = [d for d in DECOYS if self.decoy_uses[d] == m]
        return self.rng.choice(cands)

    def assemble(self, orig, insertions, rng):
        insertions.sort(key=lambda x: (x[0], x[1]))
        out = []
        ents = []
        cur = 0
        n = len(orig)
        by_pos = collections.OrderedDict()
        for ins in insertions:
            by_pos.setdefault(ins[0], []).append(ins)
        length = 0

        def emit(s, typ=None, sub=None):
            nonlocal length
            if typ:
                ents.append({"start": length, "end": length + len(s), "type": typ, "value": s,
                             "profiles": profiles(typ)})
            out.append(s)
            length += len(s)

        def emit_sentence(segs, trailing):
            txt = "".join(s[0] for s in segs)
            for s in segs:
                emit(s[0], s[1])
            if trailing and not re.search(r"(?:[.!?)\]\n]| x+)$", txt):
                emit(".")

        for pos in sorted(by_pos):
            if pos > cur:
                emit(orig[cur:pos])
                cur = pos
            group = by_pos[pos]
            for gi, ins in enumerate(group):
                p, order, segs, placement = ins
                if placement == "inline":
                    for s in segs:
                        emit(s[0], s[1])
                elif p == n:
                    # append after the comment (sign-offs always last)
                    body = "".join(s[0] for s in segs)
                    if re.search(r"[.!?),;:]$", "".join(out)):
                        sep = rng.choice([" ", " ", " ", "\n", "  "])
                    elif order == 1000:
                        sep = rng.choice([". ", "\n", "\n", " ", ", "])
                    else:
                        sep = rng.choice([". ", ". ", " - ", "\n", " ", ", "])
                    if order == 1000 and sep == " " and rng.random() < 0.5:
                        sep = "\n"
                    if "\n" in body and sep.strip() == "":
                        sep = "\n"
                    emit(sep)
                    emit_sentence(segs, gi < len(group) - 1)
                else:
                    emit_sentence(segs, True)
                    emit("\n" if (p > 0 and orig[p - 1] == "\n") else " ")
        if cur < n:
            emit(orig[cur:])
        text = "".join(out)
        return text, ents


def validate(rec):
    text, orig = rec["text"], rec["original"]
    it = iter(text)
    assert all(ch in it for ch in orig), rec["id"]
    prev = 0
    for e in rec["entities"]:
        assert text[e["start"]:e["end"]] == e["value"], (rec["id"], e)
        assert e["start"] >= prev, rec["id"]
        assert e["value"] == e["value"].strip() and e["value"], (rec["id"], e)
        assert e["type"] in TARGETS
        assert e["profiles"] == profiles(e["type"])
        prev = e["end"]


def build():
    b = Builder()
    pool, info = select_pool(b.rng)
    recs_src = pool[:N_RECORDS]
    idx = list(range(N_RECORDS))
    b.rng.shuffle(idx)
    kinds = {}
    for i in idx[:25]:
        kinds[i] = ("none", 0)
    for j, i in enumerate(idx[25:85]):
        kinds[i] = ("decoy", 0 if j < 30 else b.rng.choice([1, 1, 2]))
    for i in idx[85:]:
        kinds[i] = ("regular", b.rng.choices([1, 2, 3, 4], [22, 32, 27, 19])[0])
    records = []
    for i, (rid, orig) in enumerate(recs_src):
        kind, k = kinds[i]
        if kind == "none":
            rec = {"id": rid, "text": orig, "original": orig, "entities": []}
        else:
            rec = b.make(rid, orig, kind, k)
        validate(rec)
        b.stats["records_" + kind] += 1
        records.append(rec)
    return records, b, info


def write(records, path):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def print_stats(records, b, info, sha):
    tc = collections.Counter(e["type"] for r in records for e in r["entities"])
    print("records: %d" % len(records))
    print("source pool (eligible, after exclusions): %d" % info["pool"])
    print("source rows: empty %d, duplicate text %d, excluded %d, ineligible %d; excluded rows resolved %d"
          % (info["empty"], info["duplicate"], info["excluded"], info["ineligible"], info["excluded_rows_resolved"]))
    print("sources: fft1 %d, fft2 %d" % (sum(r["id"].startswith("fft1:") for r in records),
                                         sum(r["id"].startswith("fft2:") for r in records)))
    print("entities: %d" % sum(tc.values()))
    for t in TARGETS:
        print("  %-16s %4d  (target %d)" % (t, tc[t], TARGETS[t]))
    per = collections.Counter(len(r["entities"]) for r in records)
    print("entities per record: " + ", ".join("%d:%d" % (k, per[k]) for k in sorted(per)))
    print("record kinds: none %d, decoy %d (of which no entity %d), planted %d" % (
        b.stats["records_none"], b.stats["records_decoy"],
        sum(1 for r in records if not r["entities"] and r["text"] != r["original"]), b.stats["records_regular"]))
    print("case of added text (records with additions): lower %d, upper %d, as written %d" % (
        b.stats["case_lower"], b.stats["case_upper"], b.stats["case_normal"]))
    print("frames placed: %d (sentence %d, inline %d); placements start %d, between %d, end %d, inline %d" % (
        b.stats["frames_sentence"] + b.stats["frames_inline"], b.stats["frames_sentence"], b.stats["frames_inline"],
        b.stats["placement_start"], b.stats["placement_between"], b.stats["placement_end"], b.stats["placement_inline"]))
    print("frames with a typo next to a value: %d" % b.stats["typo_frames"])
    print("distinct frames defined %d, used %d; distinct decoy sentences used %d" % (
        len(b.frames), len(b.uses), len(b.decoy_uses)))
    print("redraws (planted word also unlabelled in text): %d" % b.stats["redraws"])
    sk = collections.Counter()
    for key, n in b.subkinds.items():
        t, k = key.split(":", 1)
        if t == "NAME":
            k = k if not k.startswith("surname_") else "surname"
        sk[(t, k)] += n
    print("NAME forms: " + ", ".join("%s %d" % (k, n) for (t, k), n in sorted(sk.items()) if t == "NAME"))
    print("TOWN kinds: " + ", ".join("%s %d" % (k, n) for (t, k), n in sorted(sk.items()) if t == "TOWN"))
    print("ADDRESS regions: " + ", ".join("%s %d" % (k, n) for (t, k), n in sorted(sk.items()) if t == "ADDRESS"))
    nm = [e for r in records for e in r["entities"] if e["type"] == "NAME"]
    print("NAME values: lower-case %d, all-caps %d, non-ASCII %d, with apostrophe %d, hyphenated %d" % (
        sum(e["value"].islower() for e in nm), sum(e["value"].isupper() for e in nm),
        sum(any(ord(c) > 127 for c in e["value"]) for e in nm),
        sum("'" in e["value"] for e in nm), sum("-" in e["value"] for e in nm)))
    multi = sum(1 for r in records for e in r["entities"] if "\n" in e["value"])
    print("multi-line entity values: %d" % multi)
    print("sha256: %s" % sha)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    records, b, info = build()
    sha = write(records, a.out)
    if a.stats:
        print_stats(records, b, info, sha)
    else:
        print("wrote %d records to %s (sha256 %s)" % (len(records), a.out, sha))


if __name__ == "__main__":
    main()
