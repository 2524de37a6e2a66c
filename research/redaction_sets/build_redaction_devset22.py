#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset22.jsonl.

A held-out development set for the redactor: 500 real NHS Friends and Family
Test comments (The-Strategy-Unit/pxtextmining, MIT, copyright NHS England; Care
Opinion data in it CC BY-NC-SA 4.0) with invented personal details planted
into them, weighted towards person names as patients write them.

Standard library only.  Deterministic: one random.Random(20260022); no set
iteration reaches the output.  Usage:

    python build_redaction_devset22.py            # writes the jsonl
    python build_redaction_devset22.py --stats    # writes it and prints counts
    python build_redaction_devset22.py --out PATH # write elsewhere
"""
import argparse
import csv
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 20260022
N_RECORDS = 500
N_NONE = 25          # records left untouched
N_DECOY = 60         # records with an unlabelled decoy sentence
MAX_ENTS = 5         # per record (a list of five names is the only way to 5)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA_DIR = "/work/shared/data/nhs_fft"
P1 = os.path.join(DATA_DIR, "fft_phase1.csv")
P2 = os.path.join(DATA_DIR, "fft_phase2_v6framework.csv")
EXCLUDE_FILES = [
    os.path.join(ROOT, "evaluation", "data", "redaction_testset.jsonl"),
    os.path.join(ROOT, "evaluation", "data", "redaction_testset_v2.jsonl"),
    os.path.join(ROOT, "evaluation", "data", "redaction_devset5.jsonl"),
]
OUT_DEFAULT = os.path.join(ROOT, "evaluation", "data", "redaction_devset22.jsonl")

TARGETS = {
    "NAME": 420, "TOWN": 250, "ADDRESS": 90, "DATE": 70, "AGE_OVER_89": 25,
    "PHONE": 25, "EMAIL": 20, "POSTCODE": 25, "HOSPITAL_NUMBER": 30,
    "NHS_NUMBER": 20, "ZIP": 15,
}
TYPES = list(TARGETS)
HIPAA_ONLY = {"TOWN", "DATE", "AGE_OVER_89"}

# ---------------------------------------------------------------------------
# Source and selection
# ---------------------------------------------------------------------------

WORD_RE = re.compile(r"[^\W\d_]+")


def load_corpus():
    rows = []  # dicts: id, text (stripped), alt (fft1 row_index id or None)
    with open(P1, newline="", encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f)):
            ri = (r.get("row_index") or "").strip()
            rows.append({"id": "fft1:%d" % i, "text": (r.get("feedback") or "").strip(),
                         "alt": ("fft1:" + ri) if ri else None})
    with open(P2, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({"id": "fft2:" + r["Comment ID"], "text": (r.get("FFT answer") or "").strip(),
                         "alt": None})
    return rows


def load_excluded_ids():
    ids = set()
    for path in EXCLUDE_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    ids.add(json.loads(line)["id"])
    return ids


def common_words(rows):
    """Lower-case forms that count as common words, and allowed acronyms."""
    lower = Counter()
    capmid = Counter()
    caps_docs = Counter()
    for r in rows:
        t = r["text"]
        seen_caps = set()
        for m in WORD_RE.finditer(t):
            w = m.group()
            if w.islower():
                lower[w] += 1
            elif w.isupper():
                if len(w) <= 6:
                    seen_caps.add(w)
            elif w[0].isupper():
                before = t[:m.start()]
                prefix = before.rstrip()
                mid = bool(prefix) and prefix[-1] not in ".!?:;\"'()-*\u2018\u2019\u201c\u201d" \
                    and "\n" not in before[len(prefix):]
                if mid:
                    capmid[w.lower()] += 1
        for w in seen_caps:
            caps_docs[w] += 1
    common = {w for w, n in lower.items() if n >= 3 and n >= capmid[w]}
    acronyms = {w for w, n in caps_docs.items() if n >= 3}
    return common, acronyms


BAD_PATTERNS = [
    re.compile(r"\d{3,}"),
    re.compile(r"\d+\s*(?:st|nd|rd|th)\b", re.I),
    re.compile(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\b"),
    re.compile(r"@"),
    re.compile(r"https?:|www\.|\.(?:com|co\.uk|org|net|uk|gov|nhs)\b", re.I),
    re.compile(r"x{3,}", re.I),
    re.compile(r"[*_]"),
    re.compile(r"[\[\]{}<>()#]"),
    re.compile(r"redact|\bname\]", re.I),
    re.compile(r"\b(?:dr|mr|mrs|ms|miss|nurse|sister)\b\.?\s+[A-Z]", re.I),
]


def eligible(text, common, acronyms):
    if not (20 <= len(text) <= 700):
        return False
    for p in BAD_PATTERNS:
        if p.search(text):
            return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.4 * len(letters):
        return False
    for m in WORD_RE.finditer(text):
        w = m.group()
        if w.islower():
            continue
        if w.isupper() and w in acronyms:
            continue
        if w.lower() in common:
            continue
        return False
    return True


def select_pool(rng):
    rows = load_corpus()
    excl = load_excluded_ids()
    excl_texts = set()
    for r in rows:
        if r["id"] in excl or (r["alt"] and r["alt"] in excl):
            excl_texts.add(r["text"])
    common, acronyms = common_words(rows)
    seen = set()
    pool = []
    n_excluded = 0
    for r in rows:
        t = r["text"]
        if not t or t in seen:
            continue
        seen.add(t)
        if r["id"] in excl or (r["alt"] and r["alt"] in excl) or t in excl_texts:
            n_excluded += 1
            continue
        if eligible(t, common, acronyms):
            pool.append(r)
    rng.shuffle(pool)
    return pool, n_excluded


# ---------------------------------------------------------------------------
# Value pools (invented for this set)
# ---------------------------------------------------------------------------

FIRST = {
    "english": "Margaret Dorothy Brian Keith Sharon Tracey Gemma Liam Olivia Harry Jessica Amelia Oliver "
               "Stephen Carol Pauline Derek Trevor Lauren Kirsty Darren Wayne Shirley Maureen Colin Bethany "
               "Georgia Alfie Freddie Poppy Hayley Nigel Gillian Rebecca Stacey",
    "scottish": "Hamish Morag Callum Eilidh Iona Mairi Struan Ailsa Fraser Kirsteen Euan Catriona Lachlan Isla",
    "welsh": "Dafydd Rhys Cerys Gethin Bethan Ffion Owain Angharad Iwan Carys Siân Gwenllian Llinos Emyr",
    "irish": "Aoife Niamh Ciarán Seán Siobhán Róisín Dónal Eoin Orla Pádraig Caoimhe Saoirse Oisín Clodagh",
    "south_asian": "Priya Aisha Ravi Sanjay Harpreet Gurpreet Imran Farah Nadia Deepa Arjun Anjali Rajesh "
                   "Bilal Shabana Sunita Parveen Kiran Jaswinder Rukhsana Tariq Zainab Vikram Meera",
    "west_african": "Kemi Chidi Adaeze Kwame Ama Kofi Efua Oluwaseun Tunde Ngozi Yaw Abena Folake Chinonso "
                    "Babajide Ifeoma Kojo Adwoa",
    "east_african": "Wanjiru Otieno Achieng Mwangi Abebe Tesfaye Amina Juma Nakato Mugisha Wambui Selam "
                    "Dawit Halima",
    "caribbean": "Delroy Marcia Winston Leroy Claudette Errol Lorna Desmond Hyacinth Carlton Yvonne Junior",
    "chinese": "Wei Mei Xiaoling Jun Yan Hui Jing Zhiwei Xin Ling Chun",
    "vietnamese": "Thảo Phương Minh Linh Huong Tuấn Quang Hoa Trang Duc",
    "polish_ee": "Agnieszka Katarzyna Piotr Tomasz Magda Marek Ola Małgorzata Łukasz Wojciech Zofia Jiří "
                 "Tomáš Bogdan Irina Oksana Andrei Mihaela Dorota Krzysztof",
    "arabic": "Omar Fatima Layla Yousef Noor Khalid Samira Hassan Mariam Rania Tariq Zaid",
    "turkish": "Ayşe Çağla Gökhan Şule Özlem Mehmet Emre Elif Burak Yusuf Zeynep",
    "portuguese": "Thiago Larissa Gabriela João Inês Rafael Beatriz Gonçalo Luana Rodrigo",
    "filipino": "Maricel Jocelyn Rowena Marilou Jun Ligaya Rommel Analyn Jerome Divina",
    "greek": "Eleni Giorgos Dimitris Sofia Kostas Despina Nikos Eirini Yiannis Athena",
    "spanish": "Alejandro Lucía Camila Mateo Valentina Jesús Ximena Sergio Guadalupe Diego",
    "french_etc": "Renée Chloé Zoë Noémie Anaïs Jean-Paul Hélène",
    "hyphen": "Mary-Jane Anne-Marie Lee-Ann Kerry-Ann Sarah-Louise Jo-Anne Mary-Kate Ellie-Mae",
}
SUR = {
    "english": "Smith Taylor Wilkinson Atkinson Hargreaves Whitworth Pickering Sutcliffe Bennett Hollis "
               "Cartwright Ashdown Fairbairn Greenhalgh Openshaw Dunmore Pennington Blackwood",
    "scottish": "MacDonald MacLeod McKenzie Sutherland Cameron Urquhart McAllister Drummond Lamont Buchanan",
    "welsh": "Llewellyn Pritchard Prosser Pugh Bowen Vaughan Griffiths Lloyd Meredith",
    "irish": "O'Brien O'Sullivan McCarthy Gallagher Doherty Kavanagh O'Connor O'Neill D'Arcy Ní Bhriain "
             "Mulcahy Fitzgerald McGuinness",
    "south_asian": "Patel Shah Khan Hussain Begum Chaudhry Singh Kaur Sharma Gupta Iyer Rahman Akhtar Malik "
                   "Mistry Sandhu Bhattacharya",
    "west_african": "Okafor Adeyemi Mensah Asante Owusu Nwosu Balogun Okonkwo Boateng Adebayo Eze Oyelaran",
    "east_african": "Otieno Kamau Mwangi Haile Tesfaye Nakamya Odhiambo Wanyama Abdi Kiprono",
    "caribbean": "Campbell Francis Powell Grant McFarlane Bailey Clarke Gayle Morrison Pinnock",
    "chinese": "Chen Wang Zhang Liu Huang Wong Chan Lam Zhou Ng",
    "vietnamese": "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng",
    "polish_ee": "Kowalski Nowak Wiśniewska Zielińska Lewandowski Dąbrowski Horváth Popescu Ionescu Petrov "
                 "Ivanova Kovačević Novák Szymańska",
    "arabic": "Al-Rashid Haddad El-Sayed Mansour Khoury Nasser Abdullah Saleh",
    "turkish": "Yılmaz Demir Şahin Çelik Öztürk Aydın Kaya",
    "portuguese": "Gonçalves Ferreira Oliveira Souza Carvalho Almeida Rodrigues",
    "filipino": "Santos Dela Cruz Reyes Bautista Villanueva Mendoza Aquino Garcia",
    "greek": "Papadopoulos Konstantinou Georgiou Christodoulou Nikolaidis Vlachos",
    "spanish": "García Hernández Rodríguez Pérez Núñez Jiménez Castillo Ortega",
    "french_etc": "Lefèvre Dubois Moreau Girard",
    "hyphen": "Smith-Jones Forbes-Hamilton Ashworth-Price Okafor-Williams Clarke-Adeyemi Patel-Robinson "
              "Lloyd-Evans Hughes-Parry Mensah-Brown Kowalska-Reid",
}


def _split_pool(d):
    out = {}
    for k, v in d.items():
        if k in ("filipino",):
            items = ["Dela Cruz"] + [w for w in v.replace("Dela Cruz", "").split()]
        elif k == "irish" and "Ní Bhriain" in v:
            items = ["Ní Bhriain"] + v.replace("Ní Bhriain", "").split()
        else:
            items = v.split()
        out[k] = items
    return out


FIRST = _split_pool(FIRST)
SUR = _split_pool(SUR)
ORIGINS = list(FIRST)
WORD_NAMES = ["Hope", "Faith", "Will", "Grace", "Rose", "Summer", "Mark", "Bill", "Frank", "Sunny",
              "Jordan", "Chelsea", "Florence", "Joy", "Patience", "Dawn", "Holly", "Ivy", "Jack",
              "Penny", "Sandy", "Robin", "Heather", "Amber", "Precious", "Blessing", "Chase", "Ray"]
NICKNAMES = ["Jonny", "Bex", "Big Dave", "Mags", "Gaz", "Tez", "Kaz", "Shaz", "Jules", "Fliss", "Baz",
             "Mo", "Dot", "Del", "Bobby", "Little Jo", "Steph", "Woody", "Jacko", "Nads", "Benji",
             "Rocky", "Bunny", "Chalky"]
MISSPELT = ["Micheal", "Jonathon", "Kathrine", "Stephenie", "Cloe", "Shivon", "Bethanny", "Nicolla",
            "Rebbecca", "Sharron", "Alisha", "Dwayn"]
FEMALE = set("""Margaret Dorothy Sharon Tracey Gemma Olivia Jessica Amelia Carol Pauline Lauren Kirsty Shirley
Maureen Bethany Georgia Poppy Hayley Gillian Rebecca Stacey Morag Eilidh Iona Mairi Ailsa Kirsteen Catriona Isla
Cerys Bethan Ffion Angharad Carys Siân Gwenllian Llinos Aoife Niamh Siobhán Róisín Orla Caoimhe Saoirse Clodagh
Priya Aisha Harpreet Farah Nadia Deepa Anjali Shabana Sunita Parveen Rukhsana Zainab Meera Kemi Adaeze Ama Efua
Ngozi Abena Folake Ifeoma Adwoa Wanjiru Achieng Amina Nakato Wambui Selam Halima Marcia Claudette Lorna Hyacinth
Yvonne Mei Xiaoling Thảo Phương Linh Huong Hoa Trang Agnieszka Katarzyna Magda Ola Małgorzata Zofia Irina Oksana
Mihaela Dorota Fatima Layla Noor Samira Mariam Rania Ayşe Çağla Şule Özlem Elif Zeynep Larissa Gabriela Inês
Beatriz Luana Maricel Jocelyn Rowena Marilou Ligaya Analyn Divina Eleni Sofia Despina Eirini Athena Lucía Camila
Valentina Ximena Guadalupe Renée Chloé Zoë Noémie Anaïs Hélène Mary-Jane Anne-Marie Lee-Ann Kerry-Ann
Sarah-Louise Jo-Anne Mary-Kate Ellie-Mae Hope Faith Grace Rose Summer Chelsea Florence Joy Patience Dawn Holly
Ivy Penny Heather Amber Precious Bex Mags Kaz Shaz Fliss Dot Steph Nads Kathrine Stephenie Cloe Shivon
Bethanny Nicolla Rebbecca Sharron Alisha""".split())
MALE = set("""Brian Keith Liam Harry Oliver Stephen Derek Trevor Darren Wayne Colin Alfie Freddie Nigel Hamish
Callum Struan Fraser Euan Lachlan Dafydd Rhys Gethin Owain Iwan Emyr Ciarán Seán Dónal Eoin Pádraig Oisín Ravi
Sanjay Imran Arjun Rajesh Bilal Tariq Vikram Chidi Kwame Kofi Tunde Yaw Chinonso Babajide Kojo Otieno Mwangi
Abebe Tesfaye Juma Mugisha Dawit Delroy Winston Leroy Errol Desmond Carlton Junior Wei Zhiwei Tuấn Quang Duc
Piotr Tomasz Marek Łukasz Wojciech Jiří Tomáš Bogdan Andrei Krzysztof Omar Yousef Khalid Hassan Zaid Gökhan
Mehmet Emre Burak Yusuf Thiago João Rafael Gonçalo Rodrigo Rommel Jerome Giorgos Dimitris Kostas Nikos Yiannis
Alejandro Mateo Jesús Sergio Diego Jean-Paul Will Mark Bill Frank Jack Ray Chase Jonny Gaz Tez Baz Del Woody
Jacko Benji Rocky Chalky Micheal Jonathon Dwayn""".split()) | {"Big Dave"}
FEMALE_L = sorted(FEMALE)
MALE_L = sorted(MALE)
TITLES = ["Dr", "Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Prof", "Sister", "Nurse", "Matron"]
CONS_TITLES = ["Mr", "Mr", "Miss", "Dr", "Prof", "Ms"]

UK_TOWNS = """Aberystwyth|Llandudno|Machynlleth|Caerphilly|Pontypridd|Ystradgynlais|Llanelli|Betws-y-Coed|
Bangor|Inverness|Ullapool|Portree|Stornoway|Kirkcudbright|Tobermory|Stratford-upon-Avon|
Newcastle upon Tyne|Kingston upon Hull|Berwick-upon-Tweed|Burton upon Trent|Walton-on-Thames|
Southend-on-Sea|Henley-on-Thames|Ashby-de-la-Zouch|Chester-le-Street|Stockton-on-Tees|Bolton-le-Sands|
Barrow-in-Furness|Weston-super-Mare|Sutton Coldfield|Bishop's Stortford|King's Lynn|St Albans|St Ives|
Bath|Reading|Street|Deal|Sale|Hope|Wells|Ware|Hyde|Holt|Rugby|Barking|Bury|Beverley|Shirley|Stanley|
Chester|Kendal|Whitby|Skegness|Grantham|Loughborough|Mansfield|Worksop|Chesterfield|Doncaster|Barnsley|
Rotherham|Wakefield|Halifax|Huddersfield|Keighley|Harrogate|Scarborough|Darlington|Hartlepool|Morpeth|
Hexham|Penrith|Workington|Lancaster|Blackpool|Burnley|Wigan|Oldham|Stockport|Macclesfield|Crewe|
Shrewsbury|Telford|Kidderminster|Redditch|Cheltenham|Stroud|Swindon|Salisbury|Taunton|Yeovil|Exeter|
Barnstaple|Truro|Penzance|Falmouth|Weymouth|Poole|Basingstoke|Andover|Guildford|Crawley|Hastings|
Margate|Folkestone|Maidstone|Chelmsford|Colchester|Ipswich|Lowestoft|Norwich|Thetford|Peterborough|
Wisbech|Bedford|Luton|Stevenage|Aylesbury|Banbury|Witney|Abingdon|Northampton|Kettering|Corby|
Wellingborough|Leicester|Nottingham|Derby|Lincoln|Gainsborough|Grimsby|Scunthorpe|Goole|Selby|
Ripon|Thirsk|Northallerton|Leeds|Bradford|Sheffield|York|Durham|Sunderland|Gateshead|Carlisle|
Dumfries|Stirling|Perth|Dundee|Aberdeen|Paisley|Kilmarnock|Falkirk|Motherwell|Ballymena|Enniskillen|
Newry|Omagh|Coleraine|Athlone|Clonakilty|Tralee|Letterkenny|Kilkenny|Dún Laoghaire|Mullingar|Ballina|
Westport|Killarney|Dungarvan|Ennis|Clonmel|Skibbereen|Glastonbury|Frome|Totnes|Ludlow|Hay-on-Wye|
Ross-on-Wye|Newport Pagnell|Market Harborough|Melton Mowbray|Saffron Walden"""
UK_TOWNS = [t.strip() for t in UK_TOWNS.replace("\n", "").split("|") if t.strip()]
COUNTIES = ["Yorkshire", "Lancashire", "Northumberland", "Cumbria", "Norfolk", "Suffolk", "Devon",
            "Cornwall", "Kent", "Gwynedd", "Powys", "Fife", "Kerry", "Donegal", "Galway", "Antrim",
            "Lincolnshire", "Derbyshire", "Shropshire", "Somerset", "Dorset", "Wiltshire", "Essex",
            "Herefordshire", "Ceredigion", "Pembrokeshire", "Argyll", "Tipperary", "Fermanagh",
            "Leicestershire", "Nottinghamshire", "Staffordshire"]
ABROAD = ["Lagos", "Accra", "Nairobi", "Karachi", "Lahore", "Mirpur", "Sylhet", "Dhaka", "Kraków",
          "Gdańsk", "Wrocław", "Bucharest", "Lisbon", "Porto", "São Paulo", "Manila", "Cebu", "Hanoi",
          "Ho Chi Minh City", "Kingston", "Montego Bay", "Athens", "Thessaloniki", "Madrid", "Seville",
          "Bogotá", "Istanbul", "Izmir", "Cairo", "Amman", "Guangzhou", "Hong Kong", "Shenzhen",
          "Kampala", "Addis Ababa", "Mumbai", "Amritsar", "Chennai", "Toronto", "Vancouver", "Sydney",
          "Melbourne", "Auckland", "Florence", "Valletta", "Limassol", "Riga", "Vilnius"]
US_CITIES = [("Boston", "Massachusetts", "MA"), ("Chicago", "Illinois", "IL"), ("Phoenix", "Arizona", "AZ"),
             ("Albuquerque", "New Mexico", "NM"), ("Savannah", "Georgia", "GA"), ("Tulsa", "Oklahoma", "OK"),
             ("Boise", "Idaho", "ID"), ("Omaha", "Nebraska", "NE"), ("Sacramento", "California", "CA"),
             ("Pittsburgh", "Pennsylvania", "PA"), ("Asheville", "North Carolina", "NC"),
             ("Duluth", "Minnesota", "MN"), ("Spokane", "Washington", "WA"), ("Tucson", "Arizona", "AZ"),
             ("Knoxville", "Tennessee", "TN"), ("Burlington", "Vermont", "VT"), ("Madison", "Wisconsin", "WI"),
             ("Orlando", "Florida", "FL"), ("Austin", "Texas", "TX"), ("Portland", "Oregon", "OR")]
STREETS = ["Maple Avenue", "Station Road", "Church Lane", "Victoria Street", "Mill Lane", "Park Crescent",
           "Beech Grove", "Orchard Close", "Queen's Drive", "Chapel Street", "Heol y Parc", "Ffordd Glyndŵr",
           "Greenhill Terrace", "Nelson Way", "Ash Walk", "Willow Court", "Harbour View", "Moorland Rise",
           "Brook Street", "Coronation Avenue", "St Mary's Road", "Kiln Lane", "Tannery Row", "Quarry Bank"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Hillcrest", "Bryn Teg", "Ty Gwyn", "Fernlea", "The Laurels",
               "Orchard House", "Glenview", "Meadowbank"]
CARE_HOMES = ["Beechwood Care Home", "Oaklands Nursing Home", "The Willows Residential Home",
              "Ashgrove House", "Lavender Court Care Home", "Riverside Lodge"]
PC_AREAS = ("LS M B NG S L BS CF EH G NE YO HU LE DE SW E N NW SE W BT AB PL TR EX OX CB NR IP CO CM SS "
            "ME CT TN BN PO SO BH DT SP SN GL HR WR WV DY ST CW CH WA PR BB BL OL SK HD HX BD HG DL DH "
            "SR TS CA LA FY LL SA NP LD SY KY DD PH IV KW HS PA KA DG TD ML FK").split()
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
             99: "ninety-nine", 100: "a hundred", 101: "a hundred and one", 102: "one hundred and two"}


# ---------------------------------------------------------------------------
# Value generators: each returns a list of segments (text, type or None)
# ---------------------------------------------------------------------------

def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%d%s" % (n, "th")
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.gender = None

    def fresh(self, fn):
        for _ in range(30):
            v = fn()
            if v.lower() not in self.used:
                self.used.add(v.lower())
                return v
        return v


def misspell(rng, name):
    subs = [("ph", "f"), ("ie", "y"), ("y", "ie"), ("ll", "l"), ("nn", "n"), ("tt", "t"), ("ae", "a"),
            ("ey", "y"), ("th", "t"), ("ck", "k"), ("ss", "s"), ("i", "ee")]
    rng.shuffle(subs)
    for a, b in subs:
        if a in name[1:]:
            i = name.index(a, 1)
            return name[:i] + b + name[i + len(a):]
    if len(name) >= 5:
        i = rng.randrange(1, len(name) - 2)
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name


def g_first(c, origin=None):
    rng = c.rng

    def one():
        r = rng.random()
        if origin is None and r < 0.13:
            return rng.choice(WORD_NAMES)
        if origin is None and r < 0.19:
            return rng.choice(NICKNAMES)
        if origin is None and r < 0.22:
            return rng.choice(MISSPELT)
        o = origin or rng.choice(ORIGINS)
        n = rng.choice(FIRST[o])
        if rng.random() < 0.04:
            n = misspell(rng, n)
        return n
    return c.fresh(one)


def g_first_g(c, gender):
    pool = FEMALE_L if gender == "f" else MALE_L

    def one():
        n = c.rng.choice(pool)
        if c.rng.random() < 0.04 and " " not in n:
            n = misspell(c.rng, n)
        return n
    return c.fresh(one)


def g_sur(c, origin=None):
    return c.fresh(lambda: c.rng.choice(SUR[origin or c.rng.choice(ORIGINS)]))


def seg_first(c):
    if c.gender:
        return [(g_first_g(c, c.gender), "NAME")]
    return [(g_first(c), "NAME")]


def seg_fem(c):
    return [(g_first_g(c, "f"), "NAME")]


def seg_male(c):
    return [(g_first_g(c, "m"), "NAME")]


def seg_fullg(c, gender):
    f = g_first_g(c, gender)
    s = g_sur(c)
    r = c.rng.random()
    if r < 0.8:
        return [("%s %s" % (f, s), "NAME")]
    if r < 0.9:
        return [("%s. %s" % (f[0], s), "NAME")]
    return [("%s %s" % (f, g_sur(c, "hyphen")), "NAME")]


def seg_fullf(c):
    return seg_fullg(c, "f")


def seg_fullm(c):
    return seg_fullg(c, "m")


def seg_wname(c):
    return [(c.fresh(lambda: c.rng.choice(WORD_NAMES)), "NAME")]


def seg_nick(c):
    return [(c.fresh(lambda: c.rng.choice(NICKNAMES)), "NAME")]


def seg_sur(c):
    return [(g_sur(c), "NAME")]


def seg_tsur(c):
    return [(c.rng.choice(TITLES) + " ", None), (g_sur(c), "NAME")]


def seg_dr(c):
    t = c.rng.choice(["Dr ", "Dr ", "Dr. ", "Doctor ", "Dr "])
    return [(t, None), (g_sur(c), "NAME")]


def seg_cons(c):
    return [(c.rng.choice(CONS_TITLES) + " ", None), (g_sur(c), "NAME")]


def full_name(c):
    rng = c.rng
    o = rng.choice(ORIGINS)
    so = o if rng.random() < 0.75 else rng.choice(ORIGINS)
    f = g_first(c, o if rng.random() < 0.9 else None)
    s = g_sur(c, so)
    r = rng.random()
    if r < 0.62:
        return "%s %s" % (f, s)
    if r < 0.72:
        return "%s %s %s" % (f, g_first(c, o), s)
    if r < 0.82:
        return "%s. %s" % (f[0], s)
    if r < 0.9:
        return "%s, %s" % (s.upper() if rng.random() < 0.6 else s, f)
    return "%s %s" % (f, g_sur(c, "hyphen"))


def seg_full(c):
    return [(full_name(c), "NAME")]


def seg_surcomma(c):
    o = c.rng.choice(ORIGINS)
    s = g_sur(c, o)
    return [("%s, %s" % (s.upper(), g_first(c, o)), "NAME")]


def seg_init(c):
    rng = c.rng
    s = g_sur(c)
    i1 = rng.choice("ABCDEFGHJKLMNPRSTVWY")
    r = rng.random()
    if r < 0.5:
        v = "%s. %s" % (i1, s)
    elif r < 0.7:
        v = "%s %s" % (i1, s)
    elif r < 0.85:
        v = "%s.%s. %s" % (i1, rng.choice("ABCDEFGHJKLMNPRSTW"), s)
    else:
        return [(rng.choice(["Mrs ", "Mr ", "Ms ", "Dr "]), None), ("%s. %s" % (i1, s), "NAME")]
    return [(v, "NAME")]


def _list(c, n):
    rng = c.rng
    items = []
    for _ in range(n):
        r = rng.random()
        if r < 0.8:
            items.append([(g_first(c), "NAME")])
        elif r < 0.9:
            items.append(seg_tsur(c))
        elif r < 0.95:
            items.append(seg_nick(c))
        else:
            items.append(seg_full(c))
    last = rng.choice([" and ", " and ", " & ", ", and " if n > 2 else " and ", " and "])
    out = []
    for i, it in enumerate(items):
        if i > 0:
            out.append((last if i == n - 1 else ", ", None))
        out.extend(it)
    return out


def seg_list(c):
    n = c.rng.choices([2, 3, 4, 5], [45, 32, 16, 7])[0]
    return _list(c, n)


def seg_list2(c):
    return _list(c, 2)


def seg_town(c):
    return [(c.fresh(lambda: c.rng.choice(UK_TOWNS)), "TOWN")]


def seg_town_cty(c):
    return [(c.fresh(lambda: c.rng.choice(UK_TOWNS)), "TOWN"), (", ", None),
            (c.fresh(lambda: c.rng.choice(COUNTIES)), "TOWN")]


def seg_abroad(c):
    return [(c.fresh(lambda: c.rng.choice(ABROAD)), "TOWN")]


def seg_anytown(c):
    r = c.rng.random()
    if r < 0.7:
        return seg_town(c)
    if r < 0.85:
        return seg_abroad(c)
    return seg_uscity(c)


def seg_uscity(c):
    city, state, ab = c.rng.choice(US_CITIES)
    c.used.add(city.lower())
    if c.rng.random() < 0.5:
        return [(city, "TOWN"), (", " + c.rng.choice([state, ab]), None)]
    return [(city, "TOWN")]


def g_zip(rng):
    z = "%05d" % rng.randrange(1000, 99999)
    if rng.random() < 0.25:
        z += "-%04d" % rng.randrange(0, 10000)
    return z


def seg_ziploc(c):
    city, state, ab = c.rng.choice(US_CITIES)
    c.used.add(city.lower())
    st = ab if c.rng.random() < 0.65 else state
    return [(city, "TOWN"), (", %s " % st, None), (g_zip(c.rng), "ZIP")]


def seg_zipst(c):
    city, state, ab = c.rng.choice(US_CITIES)
    st = ab if c.rng.random() < 0.5 else state
    return [(st + " ", None), (g_zip(c.rng), "ZIP")]


def g_postcode(rng, style=True):
    area = rng.choice(PC_AREAS)
    d = str(rng.randrange(1, 30 if len(area) == 2 else 20))
    if rng.random() < 0.08 and len(d) == 1:
        d += rng.choice("ABEHJKLMNPW")
    inward = str(rng.randrange(0, 10)) + rng.choice(PC_IN) + rng.choice(PC_IN)
    pc = "%s%s %s" % (area, d, inward)
    if not style:
        return pc
    r = rng.random()
    if r < 0.62:
        return pc
    if r < 0.77:
        return pc.lower()
    if r < 0.88:
        return pc.replace(" ", "")
    if r < 0.94:
        return pc.replace(" ", "  ")
    return pc[0] + pc[1:].lower()


def seg_pc(c):
    return [(g_postcode(c.rng), "POSTCODE")]


def g_eircode(rng):
    key = rng.choice(["D02", "D08", "D6W", "T12", "V94", "H91", "A96", "F92", "P31", "X91", "R95", "N37"])
    chars = "0123456789ACDEFHKNPRTVWXY"
    return key + " " + "".join(rng.choice(chars) for _ in range(4))


def g_addr(rng, region=None, multiline=False):
    if region is None:
        region = rng.choices(["uk", "ie", "us", "ca", "au", "eu", "sa", "af"],
                             [55, 9, 8, 5, 5, 8, 5, 5])[0]
    n = str(rng.randrange(1, 240))
    if region == "uk":
        town = rng.choice(UK_TOWNS)
        parts = []
        r = rng.random()
        if r < 0.2:
            parts.append("Flat %d" % rng.randrange(1, 40))
            parts.append("%s %s" % (n, rng.choice(STREETS)))
        elif r < 0.35:
            parts.append(rng.choice(HOUSE_NAMES))
            parts.append(rng.choice(STREETS))
        elif r < 0.47:
            parts.append(rng.choice(CARE_HOMES))
            parts.append("%s %s" % (n, rng.choice(STREETS)))
        else:
            parts.append("%s %s" % (n, rng.choice(STREETS)))
        parts.append(town)
        if rng.random() < 0.3:
            parts.append(rng.choice(COUNTIES))
        if rng.random() < 0.65:
            parts.append(g_postcode(rng, style=rng.random() < 0.3))
        sep = ",\n" if multiline else rng.choice([", ", ", ", " "])
        if multiline and rng.random() < 0.4:
            sep = "\n"
        return sep.join(parts)
    if region == "ie":
        town = rng.choice(["Tralee", "Athlone", "Clonakilty", "Ennis", "Westport", "Mullingar", "Dún Laoghaire"])
        cty = rng.choice(["Co. Kerry", "Co. Westmeath", "Co. Cork", "Co. Clare", "Co. Mayo", "Co. Dublin"])
        return "%s %s, %s, %s, %s" % (n, rng.choice(["Main Street", "Bóthar na Trá", "Church Road",
                                                       "Fair Green", "Castle Street"]), town, cty, g_eircode(rng))
    if region == "us":
        city, state, ab = rng.choice(US_CITIES)
        return "%d %s, %s, %s %s" % (rng.randrange(100, 9999), rng.choice(["Maple Avenue", "Oak Street",
                                      "Pine Ridge Road", "Elm Drive", "Lakeview Blvd"]), city, ab, g_zip(rng))
    if region == "ca":
        city, prov = rng.choice([("Montréal", "QC"), ("Halifax", "NS"), ("Winnipeg", "MB"), ("Calgary", "AB")])
        code = "%s%d%s %d%s%d" % (rng.choice("HBRTKM"), rng.randrange(1, 9), rng.choice("ABCEGHJKLMNPRSTVXY"),
                                   rng.randrange(0, 9), rng.choice("ABCEGHJKLMNPRSTVXY"), rng.randrange(0, 9))
        return "%s %s, %s, %s %s, Canada" % (n, rng.choice(["Rue Saint-Denis", "Spring Garden Road",
                                                            "Portage Avenue", "Elbow Drive"]), city, prov, code)
    if region == "au":
        sub, st, pc = rng.choice([("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"),
                                  ("Fremantle", "WA", "6160"), ("Paddington", "QLD", "4064")])
        return "%s %s, %s %s %s, Australia" % (n, rng.choice(["Wattle Street", "Banksia Road",
                                                             "Gum Tree Lane"]), sub, st, pc)
    if region == "eu":
        return rng.choice([
            lambda: "ul. Długa %s/%d, %02d-%03d Gdańsk, Poland" % (n, rng.randrange(1, 30), rng.randrange(80, 81),
                                                                  rng.randrange(100, 999)),
            lambda: "Calle Mayor %s, %d Madrid, Spain" % (n, rng.randrange(28001, 28055)),
            lambda: "Hauptstraße %s, %d Berlin, Germany" % (n, rng.randrange(10115, 14199)),
            lambda: "Rua das Flores %s, %d-%03d Porto, Portugal" % (n, rng.randrange(4000, 4100), rng.randrange(0, 999)),
            lambda: "Odos Ermou %s, %d Athens, Greece" % (n, rng.randrange(10551, 10564)),
            lambda: "Strada Lipscani %s, Bucharest, Romania" % n,
        ])()
    if region == "sa":
        return rng.choice([
            lambda: "House %s, Road %d, Dhanmondi, Dhaka %d, Bangladesh" % (n, rng.randrange(1, 30), rng.randrange(1205, 1230)),
            lambda: "%s MG Road, Bengaluru %d, India" % (n, rng.randrange(560001, 560100)),
            lambda: "Flat %d, Gulberg III, Lahore, Pakistan" % rng.randrange(1, 60),
            lambda: "Village Chak %d, Mirpur, Azad Kashmir" % rng.randrange(10, 300),
        ])()
    return rng.choice([
        lambda: "Plot %s, Adeola Odeku Street, Victoria Island, Lagos, Nigeria" % n,
        lambda: "%s Moi Avenue, Nairobi, Kenya" % n,
        lambda: "House %s, Ring Road East, Accra, Ghana" % n,
        lambda: "%s Kampala Road, Kampala, Uganda" % n,
    ])()


def seg_addr(c):
    return [(g_addr(c.rng), "ADDRESS")]


def seg_addr_uk(c):
    return [(g_addr(c.rng, "uk"), "ADDRESS")]


def seg_addr_ml(c):
    return [(g_addr(c.rng, "uk", multiline=True), "ADDRESS")]


def seg_addr_int(c):
    return [(g_addr(c.rng, c.rng.choice(["ie", "us", "ca", "au", "eu", "sa", "af"])), "ADDRESS")]


def g_date(rng, year=None):
    d = rng.randrange(1, 29)
    m = rng.randrange(12)
    y = year if year is not None else (rng.randrange(2019, 2024) if rng.random() < 0.3 else None)
    f = rng.randrange(9)
    if f == 0:
        s = "%s %s" % (ordinal(d), MONTHS[m])
    elif f == 1:
        s = "%d %s" % (d, MONTHS[m])
    elif f == 2:
        s = "%s %s" % (MONTHS[m], ordinal(d))
    elif f == 3:
        s = "%s of %s" % (ordinal(d), MONTHS[m])
    elif f == 4:
        s = "%s %s" % (ordinal(d), MONTHS_SHORT[m])
    elif f == 5:
        s = "%d %s" % (d, MONTHS_SHORT[m])
    elif f == 6:
        s = "%d/%d" % (d, m + 1) if y is None else "%02d/%02d" % (d, m + 1)
    elif f == 7:
        s = "%02d.%02d" % (d, m + 1)
    else:
        s = "%s %d" % (MONTHS[m], d)
    if y is not None:
        if f in (6, 7):
            s += (s[2] if len(s) > 2 else "/") + (str(y) if rng.random() < 0.6 else str(y)[2:])
        elif f in (2, 8):
            s += ", %d" % y
        else:
            s += " %d" % y
    return s


def seg_date(c):
    return [(g_date(c.rng), "DATE")]


def seg_dob(c):
    return [(g_date(c.rng, year=c.rng.randrange(1928, 2005)), "DATE")]


def seg_ord(c):
    return [(ordinal(c.rng.randrange(1, 32)), "DATE")]


def seg_wdord(c):
    rng = c.rng
    wd = rng.choice(WEEKDAYS)
    if rng.random() < 0.5:
        return [(wd + " ", None), (ordinal(rng.randrange(1, 29)), "DATE")]
    if rng.random() < 0.5:
        return [(wd + " the ", None), (ordinal(rng.randrange(1, 29)), "DATE")]
    return [(wd + " ", None), ("%s %s" % (ordinal(rng.randrange(1, 29)), rng.choice(MONTHS)), "DATE")]


def seg_age(c):
    rng = c.rng
    a = rng.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 103])
    if rng.random() < 0.35 and a in NUM_WORDS:
        w = NUM_WORDS[a]
        if rng.random() < 0.3:
            w = w.replace("-", " ")
        return [(w, "AGE_OVER_89")]
    return [(str(a), "AGE_OVER_89")]


def g_phone(rng):
    x3 = "%03d" % rng.randrange(0, 1000)
    r = rng.random()
    if r < 0.3:
        return rng.choice(["07700 900%s", "07700900%s", "07700 900 %s"]) % x3
    if r < 0.45:
        return rng.choice(["+44 7700 900%s", "+44 (0)7700 900%s", "+447700900%s"]) % x3
    if r < 0.6:
        return rng.choice(["0113 496 0%s", "0113 4960%s", "(0113) 496 0%s"]) % x3
    if r < 0.72:
        return rng.choice(["020 7946 0%s", "(020) 7946 0%s", "0207 946 0%s"]) % x3
    if r < 0.8:
        return "%s 496 0%s" % (rng.choice(["0161", "0121", "0131", "0141", "0117"]), x3)
    if r < 0.9:
        x2 = "%02d" % rng.randrange(0, 100)
        return rng.choice(["555-01%s", "(312) 555-01%s", "212-555-01%s", "+1 617 555 01%s"]) % x2
    return rng.choice(["0491 570 156", "+61 491 570 157", "(02) 5550 %04d" % rng.randrange(0, 10000),
                       "0491 570 110"])


def seg_phone(c):
    return [(g_phone(c.rng), "PHONE")]


def g_email(rng, c):
    f = rng.choice(FIRST[rng.choice(["english", "scottish", "welsh", "south_asian", "west_african",
                                     "polish_ee", "caribbean", "greek", "spanish"])])
    s = rng.choice(SUR["english"] + SUR["south_asian"] + SUR["west_african"] + SUR["scottish"])
    import unicodedata
    f = "".join(ch for ch in unicodedata.normalize("NFKD", f) if ord(ch) < 128 and (ch.isalnum() or ch == "-"))
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if ord(ch) < 128 and ch.isalnum())
    r = rng.random()
    if r < 0.3:
        local = "%s.%s" % (f.lower(), s.lower())
    elif r < 0.5:
        local = "%s%s%d" % (f[0].lower(), s.lower(), rng.randrange(1, 99))
    elif r < 0.65:
        local = "%s_%s" % (f.lower(), s.lower()[:3])
    elif r < 0.8:
        local = "%s.%s%d" % (f.lower(), s[0].lower(), rng.randrange(1940, 2005))
    else:
        local = "%s%s" % (f.capitalize(), s.capitalize())
    dom = rng.choice(["example.com", "example.org", "example.co.uk", "example.com", "mail.example.com",
                      "nhs.example.org", "patients.example.co.uk", "home.example.org"])
    return "%s@%s" % (local, dom)


def seg_email(c):
    return [(g_email(c.rng, c), "EMAIL")]


def g_hn(rng):
    d = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    L = lambda: rng.choice("ABCDEFGHJKLMNPRSTUVWXZ")
    return rng.choice([
        lambda: "H" + d(7),
        lambda: L() + L() + d(6),
        lambda: "K" + d(6) + L(),
        lambda: "%s-%s-%s" % (d(2), d(4), d(2)),
        lambda: d(8),
        lambda: "HN/%s/%s" % (d(4), d(2)),
        lambda: "0" + d(6),
        lambda: "%s%s-%s-%s-%s" % (L(), L(), d(2), d(2), d(2)),
        lambda: "RX%s%s" % (d(5), L()),
        lambda: "M%s %s" % (d(3), d(4)),
    ])()


def seg_hn(c):
    return [(g_hn(c.rng), "HOSPITAL_NUMBER")]


def g_nhs(rng):
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        if digits[0] == 0:
            continue
        total = sum(dv * (10 - i) for i, dv in enumerate(digits))
        chk = 11 - total % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        s = "".join(map(str, digits)) + str(chk)
        r = rng.random()
        if r < 0.45:
            return s
        if r < 0.9:
            return "%s %s %s" % (s[:3], s[3:6], s[6:])
        return "%s-%s-%s" % (s[:3], s[3:6], s[6:])


def seg_nhs(c):
    return [(g_nhs(c.rng), "NHS_NUMBER")]


SEGS = {
    "first": seg_first, "fem": seg_fem, "male": seg_male, "fullf": seg_fullf, "fullm": seg_fullm, "wname": seg_wname, "nick": seg_nick, "sur": seg_sur, "tsur": seg_tsur,
    "dr": seg_dr, "cons": seg_cons, "full": seg_full, "surcomma": seg_surcomma, "init": seg_init,
    "list": seg_list, "list2": seg_list2, "town": seg_town, "town_cty": seg_town_cty,
    "abroad": seg_abroad, "anytown": seg_anytown, "uscity": seg_uscity, "ziploc": seg_ziploc,
    "zipst": seg_zipst, "pc": seg_pc, "addr": seg_addr, "addr_uk": seg_addr_uk, "addr_ml": seg_addr_ml,
    "addr_int": seg_addr_int, "date": seg_date, "dob": seg_dob, "ord": seg_ord, "wdord": seg_wdord,
    "age": seg_age, "phone": seg_phone, "email": seg_email, "hn": seg_hn, "nhs": seg_nhs,
}

# ---------------------------------------------------------------------------
# Frames.  "e|" end only (sign-offs), "s|" start only; otherwise anywhere
# between sentences.  Grouped by the type they are drawn for.
# ---------------------------------------------------------------------------

FRAMES = {
    "NAME": [
        # grateful
        "{first} was lovely and explained everything.",
        "{first} on reception sorted it all out in minutes.",
        "{first} went above and beyond for my dad.",
        "A big thank you to {first} who looked after me.",
        "Please pass my thanks on to {first}.",
        "Special thanks to {list} on the ward.",
        "Thanks to {list} for making a scary day bearable.",
        "{list} were all brilliant.",
        "{list} - you are all stars.",
        "The nurses {list} were so kind to me.",
        "{tsur} was very thorough and didn't rush me.",
        "{tsur} took the time to listen.",
        "I saw {dr} who was excellent.",
        "{dr} explained the results properly for once.",
        "Everyone in {cons}'s team was professional.",
        "{cons} and the team were fantastic.",
        "Can I just say how good {cons} was, really caring.",
        "Sister {sur} runs a tight ship and it shows.",
        "Matron {sur} came to see me personally.",
        "Nurse {first} held my hand the whole time.",
        "Nurse {sur} was amazing with my little boy.",
        "Prof {sur} is a credit to the NHS.",
        "Miss {sur} did my operation and I can't fault her.",
        "The physio, {sur}, pushed me but it worked.",
        "I was seen by {sur} the physio.",
        "{full} in pharmacy was really helpful.",
        "My named nurse was {fullf} and she was great.",
        "The paramedic, {full}, was calm and reassuring.",
        "Feedback for {full}, who cared for my wife.",
        "{first}'s kindness made a horrible day bearable.",
        "Ask for {fem}, she's the best.",
        "If you get {first} you're in good hands.",
        "{nick} the porter had us all laughing.",
        "Big shout out to {nick} on nights.",
        "{first} and {first} on the night shift deserve a medal.",
        "Only {first} bothered to explain anything.",
        "{wname} was the best nurse I have had.",
        "Thanks to {wname} and {first} in recovery.",
        "{wname} on the ward made me laugh when I needed it.",
        "{wname} in the plaster room was so gentle.",
        "{sur} in the plaster room was excellent.",
        "Ask for {sur}, he knows what he's doing.",
        "The student nurse {first} will go far.",
        "Healthcare assistant {first} made sure I ate something.",
        "The cleaner, {first}, always had a smile.",
        "The ambulance crew {list2} were fantastic with my mum.",
        "{first} and the crew got me to hospital safely.",
        "{first} the driver helped me to the door.",
        "The midwives {list} were incredible.",
        "My health visitor {first} has been a rock.",
        "{first} in the discharge lounge was a star.",
        "Thank you {first}, you made my stay.",
        "Dear {first}, thank you for everything.",
        "{full} deserves a pay rise.",
        "Please thank {tsur} and everyone on the ward.",
        # angry
        "Not impressed with {first} on the desk, very rude.",
        "{tsur} did not listen to a word I said.",
        "I asked to speak to {tsur} and was ignored.",
        "Complaint about {full} - dismissive and patronising.",
        "Why did {first} tell me one thing and {first} another?",
        "I have been waiting three weeks for {dr} to call me back.",
        "Nobody, not even {tsur}, could tell me what was going on.",
        "{fem} rolled her eyes at me, totally unprofessional.",
        "The consultant {sur} was arrogant and spoke over me.",
        "I want {tsur} to know how upset we were.",
        "{first} at the front desk needs some training in manners.",
        "Tell {sur} I'm still waiting for that letter.",
        # rambling
        "Anyway I was there with my sister {fem} and we sat for hours, she had to go and move the car twice because of the parking which is another story.",
        "My husband {male} dropped me off and by the time he'd parked I'd already been called in, which was a nice surprise for once.",
        "I've been going for years, since {tsur} was in charge, and it has always been good.",
        "When I came round {first} was there with a cup of tea which I won't forget.",
        "My neighbour {fem} usually takes me but she was poorly so I got the bus, and the bus stop is a long way from the entrance for someone with my knees.",
        "I said to {first} at the time, this is the best place I've been treated, and I meant it.",
        "Me and {first} have both been under {cons} and we both say the same thing, brilliant.",
        # terse
        "{first} - brilliant.",
        "Thanks {first}.",
        "Ta {first}!",
        "{first} = star.",
        "Excellent, esp. {first}.",
        "{tsur}: excellent.",
        "Well done {list}.",
        # text-speak
        "big thanx 2 {first} n {first} x",
        "{first} ws amazin tbh",
        "shout out 2 {first} on reception!!",
        "luv u {first} xx",
        "{list} r the best",
        "cheers {first} ur a legend",
        "omg {nick} is hilarious lol",
        "{first} n {first} smashed it",
        # older writers
        "I should like to thank {tsur} and all the nurses on the ward.",
        "I wish to record my appreciation of the care given by {full}.",
        "I am writing to say how well I was looked after by {fem} and the other young ladies.",
        "My late husband {male} was treated here in the past and you were good to him then too.",
        "I am not one for computers but {first} helped me fill this in.",
        "In my day we had matrons like {tsur}, and it is nice to see one again.",
        # relatives writing for a patient
        "I am writing on behalf of my mum, {fullf}, who cannot use a computer.",
        "My dad {male} says thank you to everyone.",
        "On behalf of my nan {fem}, thank you.",
        "Our son {male} was treated with such kindness.",
        "My wife {fem} was very anxious and {first} calmed her down.",
        "My daughter {fem} loved the play area.",
        "Writing this for my father, {init}, as his eyesight is poor.",
        "s|Patient: {full}. Filled in by daughter.",
        "s|Re: {surcomma} (my father).",
        "My partner {first} and I both felt listened to.",
        "Grandad {male} wanted me to say the food was better than he expected.",
        "My brother {fullm} has learning disabilities and the staff were patient with him.",
        "Our little girl {fem} wasn't scared at all thanks to the team.",
        "Auntie {fem} was in for a week and couldn't fault it.",
        "Uncle {male} says the tea was too weak!",
        # badges
        "Her badge said {fem} I think.",
        "I didn't catch his name but his badge said {male}.",
        "The lady with the name badge {fem} was lovely.",
        "Name on the badge was {full}.",
        "Her lanyard said {fem} but everyone called her {nick}.",
        # sign-offs
        "e|- {first}",
        "e|Thanks, {first}",
        "e|Regards, {init}",
        "e|Many thanks, {full}",
        "e|From {first} and family",
        "e|Love {first} x",
        "e|Kind regards {full}",
        "e|Yours faithfully, {init}",
        "e|Signed {first}, a very happy patient",
        "e|cheers, {nick}",
        "e|thank u from {first} n {first}",
        "e|{fem} (patient's wife)",
        "e|Best wishes, {full} and family",
        # consultant's team
        "{cons}'s team kept me informed at every step.",
        "Thank you to the whole of {cons}'s firm, especially {first}.",
        "Under {cons} and the registrar, {dr}, I felt safe.",
        "{cons}, {dr} and {first} the specialist nurse all explained it well.",
        # combos
        "My grandad {male}, who is {age}, was treated like royalty.",
        "My mum {fullf}, {age}, was seen quickly.",
        "{first} from {town} was the paramedic who came.",
        "My dad {male} travelled from {town} and was seen on time.",
        "Nan ({fem}) is {age} and was so well looked after.",
        "My mother-in-law {fem} lives in {town} and the transport was on time.",
        "{full}, DOB {dob}, was my mum.",
    ],
    "TOWN": [
        "I travelled from {town} for this appointment.",
        "We drove all the way from {town} and the clinic was cancelled.",
        "Much better than the hospital in {town}.",
        "I've moved to {town} but still come here because it's so good.",
        "Why do I have to go to {town} for a scan?",
        "It took two buses from {town} to get here.",
        "We live in {town_cty} so it's a long way.",
        "The ambulance took me to {town} instead of here.",
        "Had to wait for transport back to {town} for four hours.",
        "Originally from {abroad}, I have never had such good care.",
        "My daughter flew over from {abroad} to be with me.",
        "Better than what we had back in {abroad}.",
        "I was visiting from {uscity} and you looked after me so well.",
        "The clinic at {town} is much easier to park at.",
        "Please open a clinic in {town}, the drive is too much.",
        "Transport picked me up in {town} on time.",
        "The crew came out to {town} in under ten minutes.",
        "It would help if there were appointments nearer {town}.",
        "Our GP in {town} referred us.",
        "Lived in {town} all my life and this is the best service.",
        "Came from {town} to {town} for this, worth it.",
        "from {town} - excellent service",
        "Sent to {town} then sent back again, ridiculous.",
        "the drive from {town} is a nightmare in rush hour",
        "gr8 service, better than {town} lol",
        "We are on holiday from {town} and needed help quickly.",
        "My son lives in {abroad} and was so relieved I was well looked after.",
        "Moved down from {town_cty} last year and this is my first visit.",
        "Staff from the {town} and {town} clinics were all helpful.",
        "The mobile unit in the {town} car park was handy.",
        "It's the same story in {town}, so it's not just you.",
        "lives in {town} so the bus is a pain",
        "I used to be seen in {abroad} and this was just as good.",
        "Please don't move the service to {town}.",
        "We had to go to {town_cty} for the nearest bed.",
        "Half an hour from {town} and no parking when you get here.",
        "My relatives back in {abroad} couldn't believe it was free.",
        "The bus from {town} doesn't stop anywhere near.",
        "My friend in {uscity} says you'd pay thousands for this there.",
        "Best hospital between {town} and {town}.",
        "We were passing through {town} when my husband took ill.",
        "Transferred from {town} at night with no explanation.",
        "Couldn't get a bed nearer than {town}.",
        "ambulance came from {town}, took ages",
        "Used to live in {town} and the care there was nowhere near this.",
    ],
    "ADDRESS": [
        "Please send my letters to {addr} as you keep using my old address.",
        "My new address is {addr}.",
        "Letters went to {addr} which I left two years ago.",
        "The ambulance went to {addr_uk} instead of my house.",
        "I'm now at\n{addr_ml}",
        "Can you update my records to {addr} please.",
        "Transport should collect from {addr_uk}.",
        "Mum lives at {addr_uk} if anyone needs to visit.",
        "The care home is {addr_uk} and nobody rang them.",
        "We were staying at {addr} when it happened.",
        "Any reply to {addr} please.",
        "e|Address: {addr}",
        "My son's address abroad is {addr_int} and he needs copies.",
        "Post went to {addr_uk} - not me.",
        "The home visit to {addr_uk} was on time.",
        "address {addr} is wrong on your system",
        "e|Please write to me at:\n{addr_ml}",
        "Send the bill to {addr_int}.",
        "The driver couldn't find {addr_uk} even with the satnav.",
        "My daughter lives at {addr}, please copy her in.",
    ],
    "DATE": [
        "My appointment on {date} was cancelled with no explanation.",
        "I was seen on {date} and still have no results.",
        "Since {date} I have heard nothing.",
        "I came in on {wdord} and was seen quickly.",
        "They said they would ring on the {ord} but never did.",
        "My operation is booked for {date}.",
        "I was discharged on {date} without my medication.",
        "Date of birth {dob} in case you need to find me.",
        "e|DOB: {dob}",
        "I was born on {dob} and have never been treated so well.",
        "On {date} the crew arrived within minutes.",
        "Came in {date}, out {date}.",
        "appt was {date} n they forgot me",
        "The visit on {wdord} was excellent.",
        "From {date} to {date} I was on the ward.",
        "We were told to come back on the {ord}.",
        "My birthday is {date} and the staff sang to me.",
        "Had my baby on {date} and everyone was wonderful.",
        "It's now {date} and still no letter.",
        "The scan was moved to {date} without anyone telling me.",
        "Rang on {wdord} and nobody answered.",
    ],
    "AGE_OVER_89": [
        "My nan is {age} and was treated with real dignity.",
        "At {age} years old I don't like fuss but they were kind.",
        "I am {age} and found the stairs difficult.",
        "My father, aged {age}, was left on a trolley for hours.",
        "Not bad for a {age} year old!",
        "She's {age} next month and still sharp as a tack.",
        "My grandmother is {age} years old and deserves better than this.",
        "Mum is {age}, so please speak up when you talk to her.",
        "Dad turned {age} on the ward and they made him a card.",
        "I'm {age} and this was my first time in hospital.",
        "Great care for a lady of {age}.",
        "being {age} i cant get there on the bus",
        "My aunt who is {age} was sent home at two in the morning.",
        "A {age} year old should not wait that long.",
    ],
    "PHONE": [
        "Please ring me on {phone} as nobody has called back.",
        "You have my old number, the right one is {phone}.",
        "My mobile is {phone} if you need more feedback.",
        "Call {phone} anytime.",
        "e|Tel: {phone}",
        "They rang the wrong number, mine is {phone}.",
        "My daughter's number is {phone}, she deals with everything.",
        "happy to chat, {phone}",
        "Contact me on {phone} or at home.",
        "I left my number ({phone}) three times.",
    ],
    "EMAIL": [
        "My email is {email} if you want to follow up.",
        "Please email {email} with the results.",
        "Reply to {email} please.",
        "I emailed from {email} and heard nothing.",
        "email me {email}",
        "e|Contact: {email}",
        "You can reach my son at {email}.",
        "Letters never arrive, please use {email}.",
    ],
    "POSTCODE": [
        "My postcode is {pc} and the driver still couldn't find us.",
        "The postcode on your system is {pc} but that's wrong.",
        "We're in {town}, {pc}.",
        "The satnav took the crew to {pc} which is miles away.",
        "Transport should be booked from {pc}.",
        "e|postcode {pc}",
        "Can you add a clinic near {pc}?",
        "The nearest clinic to {pc} is still an hour away.",
        "I'm at {pc}, ring the bell twice.",
        "my post code is {pc} not the one on the letter",
    ],
    "HOSPITAL_NUMBER": [
        "My hospital number is {hn} if you need to check.",
        "e|Hospital no. {hn}",
        "e|Ref: {hn}",
        "MRN {hn} - please look into this.",
        "Patient ID {hn} on the wristband was wrong.",
        "Quote {hn} when you call.",
        "My unit number is {hn}.",
        "Record number {hn} - notes went missing.",
        "Case notes ({hn}) were lost twice.",
        "my hosp number is {hn}, check it",
        "The sticker on my notes says {hn}.",
    ],
    "NHS_NUMBER": [
        "My NHS number is {nhs}.",
        "e|NHS no: {nhs}",
        "Please check my records, NHS number {nhs}.",
        "nhs number {nhs} if u need it",
        "They had the wrong NHS number for me, it should be {nhs}.",
        "My son's NHS number is {nhs} and it was on the wrong letter.",
        "e|NHS Number - {nhs}",
        "(NHS No. {nhs})",
    ],
    "ZIP": [
        "I'm visiting from {ziploc} and was treated like family.",
        "Bills should go to my home in {ziploc}.",
        "Our address back home is in {ziploc}.",
        "My insurer is in {zipst}.",
        "We live in {ziploc} and are over here for a wedding.",
        "Please post my records to my daughter in {zipst}.",
        "e|Home: {ziploc}",
        "All the way from {ziploc}!",
    ],
}

# Inside-sentence frames, keyed by anchor kind; each entry (primary type, frame)
INSIDE = {
    "person": [
        ("NAME", " {first}"), ("NAME", ", {first},"), ("NAME", " ({first})"), ("NAME", " called {first}"),
        ("NAME", " named {first}"), ("NAME", ", {tsur},"), ("NAME", " ({tsur})"), ("NAME", " {full}"),
        ("NAME", " - {first} -"), ("NAME", ", {nick},"), ("NAME", " (i think the name was {first})"),
        ("NAME", " (badge said {first})"), ("NAME", ", {wname},"), ("NAME", " {wname}"),
    ],
    "group": [
        ("NAME", ", especially {list2},"), ("NAME", " ({list})"), ("NAME", ", {list},"), ("NAME", " - {list} -"),
        ("NAME", ", particularly {first},"), ("NAME", " (shout out to {first})"),
    ],
    "relative": [
        ("NAME", " {first}"), ("NAME", ", {first},"), ("NAME", " ({full})"), ("NAME", ", {first}, who is {age},"),
        ("AGE_OVER_89", ", who is {age},"), ("AGE_OVER_89", " ({age})"), ("AGE_OVER_89", ", aged {age},"),
        ("NAME", " {first} ({age})"),
    ],
    "place": [
        ("TOWN", " in {town}"), ("TOWN", " at {town}"), ("TOWN", " in {town_cty}"), ("TOWN", " ({town})"),
    ],
    "time": [
        ("DATE", " on {date}"), ("DATE", " on the {ord}"), ("DATE", " on {wdord}"), ("DATE", " ({date})"),
    ],
}

FOLLOW = r"(?=\s*(?:[.,!;:]|(?:was|were|is|are|who|that|and|said|told|took|gave|has|had|have|did|made|came|" \
         r"looked|explained|helped|went|kept|in|on|at|for|from|with|but|so|very|really|always|also|even|never|" \
         r"just|all|could|would|can|will|listened|treated|seemed|felt|got|knew|understood|sorted|spoke|talked|" \
         r"asked|showed|put|called|rang|arrived|dealt|made|makes|make|tried|took|takes|stayed|let|wanted)\b|$))"
ANCHORS = [
    ("person", re.compile(r"\b(?:the|a|my|our|one|this|that|lovely|young)\s+(?:nurse|doctor|receptionist|lady|"
                          r"gentleman|man|midwife|physio|physiotherapist|paramedic|porter|consultant|surgeon|"
                          r"gp|health visitor|carer|cleaner|driver|therapist|pharmacist|registrar|sister|"
                          r"student|technician|radiographer|nurse practitioner)" + FOLLOW, re.I)),
    ("group", re.compile(r"(?:\b(?:the|all|your|all the|our)\s+|^|(?<=[.!?] ))(?:staff|team|nurses|doctors|paramedics|crew|midwives|"
                         r"receptionists|carers|physios)" + FOLLOW, re.I)),
    ("relative", re.compile(r"\bmy\s+(?:mum|dad|mother|father|husband|wife|son|daughter|nan|nana|gran|granny|"
                            r"grandad|grandma|grandfather|grandmother|partner|sister|brother|aunt|uncle|baby)"
                            + FOLLOW, re.I)),
    ("place", re.compile(r"\b(?:the|this|a|your|our|local)\s+(?:hospital|surgery|clinic|practice|health centre|unit|"
                         r"walk-in centre|centre|a&e|gp surgery|hospice|pharmacy|service)" + FOLLOW, re.I)),
    ("time", re.compile(r"\b(?:my|the|an|his|her|our|first|last|next|latest|recent)\s+(?:appointment|appt|operation|op|scan|"
                        r"visit|surgery|procedure|assessment|review|session|consultation|call|test)" + FOLLOW, re.I)),
]
FEM_WORDS = {"mum", "mother", "wife", "daughter", "nan", "nana", "gran", "granny", "grandma", "grandmother",
             "sister", "aunt", "lady"}
MALE_WORDS = {"dad", "father", "husband", "son", "grandad", "grandfather", "brother", "uncle", "gentleman", "man"}


def anchor_gender(text):
    w = text.lower().split()[-1]
    return "f" if w in FEM_WORDS else "m" if w in MALE_WORDS else None


ANCHOR_FOR = {"NAME": ["person", "group", "relative"], "TOWN": ["place"], "DATE": ["time"],
              "AGE_OVER_89": ["relative"]}

DECOYS = [
    "I will recommend this service to anyone.",
    "Will definitely come back if I need to.",
    "I hope the new building opens soon.",
    "Hope things improve for the staff.",
    "They gave me a bath and fresh sheets.",
    "The bath on the ward needs fixing.",
    "Reading the leaflet beforehand helped a lot.",
    "There's nothing worth reading in the waiting room.",
    "A short grace period for parking would help.",
    "There's a mark on my arm from the drip but it's fading.",
    "Mark my words, this place is the best.",
    "The parking bill was a joke.",
    "Frank advice from the doctor was welcome.",
    "To be frank, the food was awful.",
    "Sunny room with a nice view of the garden.",
    "It was a sunny day and the garden was open.",
    "Have faith in the staff, they know what they're doing.",
    "I lost faith in the system years ago.",
    "The rose garden outside is lovely.",
    "The summer heat on the ward was unbearable.",
    "It's a good deal better than last year.",
    "The shop had a sale on which was nice.",
    "Parking down the street is impossible.",
    "Jack up the heating please, it was freezing.",
    "A penny for parking would be nice, it costs a fortune.",
    "From dawn till dusk on a trolley is not good enough.",
    "The holly and ivy decorations at Christmas were lovely.",
    "I had to chase the results myself.",
    "The nurses rose to the challenge.",
    "Grace under pressure from the whole team.",
    "Will power is what got me through the physio.",
    "A ray of sunshine, that nurse.",
    "An amber warning on the roads, but the crew still came.",
    "Just a crystal clear explanation would do.",
    "The rugby was on the telly in the day room.",
    "Barking dogs in the car park kept me up.",
    "No joy getting through on the phone.",
    "My patience was tested in the waiting room.",
    "It was a real blessing to be seen so fast.",
    "Precious little information about the delay.",
    "The wells of kindness in that team never run dry.",
    "We had a hyde and seek game with the kids to pass the time.",
    "Worth reading the menu, the food was decent.",
    "I will be honest, I was nervous.",
    "The heather in the garden looked nice from the window.",
    "The robin on the window sill cheered me up.",
]


# ---------------------------------------------------------------------------
# Frame expansion, typos, case
# ---------------------------------------------------------------------------

PH_RE = re.compile(r"\{([a-z_0-9]+)\}")


def expand(tpl, c):
    segs = []
    pos = 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        segs.extend(SEGS[m.group(1)](c))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def typo_word(rng, w):
    for _ in range(10):
        k = rng.randrange(4)
        i = rng.randrange(1, len(w) - 1)
        if k == 0:
            v = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif k == 1:
            v = w[:i] + w[i + 1:]
        elif k == 2:
            v = w[:i] + w[i] + w[i:]
        else:
            vow = "aeiou"
            if w[i].lower() not in vow:
                continue
            v = w[:i] + rng.choice([x for x in vow if x != w[i].lower()]) + w[i + 1:]
        if v != w:
            return v
    return w


def add_typo(segs, rng):
    """Misspell the literal word right before or after the first value."""
    k = next(i for i, s in enumerate(segs) if s[1])
    cands = []
    if k > 0 and segs[k - 1][1] is None:
        m = list(re.finditer(r"[A-Za-z]{4,}", segs[k - 1][0]))
        if m and segs[k - 1][0][m[-1].end():].strip(" ,(-") == "":
            cands.append((k - 1, m[-1]))
    if k + 1 < len(segs) and segs[k + 1][1] is None:
        m = re.search(r"[A-Za-z]{4,}", segs[k + 1][0])
        if m and segs[k + 1][0][:m.start()].strip(" ,)-'s") == "":
            cands.append((k + 1, m))
    if not cands:
        return segs, False
    j, m = rng.choice(cands)
    t = segs[j][0]
    new = typo_word(rng, m.group())
    if new == m.group():
        return segs, False
    segs = list(segs)
    segs[j] = (t[:m.start()] + new + t[m.end():], None)
    return segs, True


def case_segs(segs, mode):
    if mode == "lower":
        return [(t.lower(), ty) for t, ty in segs]
    if mode == "upper":
        return [(t.upper(), ty) for t, ty in segs]
    return segs


# ---------------------------------------------------------------------------
# Record assembly
# ---------------------------------------------------------------------------

BOUND_RE = re.compile(r"[.!?]+[\"')]*\s+(?=\S)|\n+(?=\S)")


def pick_type(rng, counts):
    weights = []
    yields = {"NAME": 1.7, "TOWN": 1.2}
    for t in TYPES:
        rem = max(TARGETS[t] - counts[t], 0) / yields.get(t, 1.0)
        if t == "NAME":
            rem += 6
        weights.append(rem)
    return rng.choices(TYPES, weights)[0]


def frame_list(typ):
    return FRAMES[typ]


def draw(orig, rng, category, counts, mode):
    """One attempt at planting into orig; returns (record parts, info) or None."""
    c = Ctx(rng)
    prov = Counter(counts)
    if category == "none":
        nframes = 0
    elif category == "decoy":
        nframes = rng.choices([0, 1, 2], [12, 50, 38])[0]
    else:
        nframes = rng.choices([1, 2, 3, 4], [31, 40, 19, 10])[0]
    bounds = [m.end() for m in BOUND_RE.finditer(orig)]
    anchors = {}
    genders = {}
    for kind, rx in ANCHORS:
        anchors[kind] = [m.end() for m in rx.finditer(orig)]
        for m in rx.finditer(orig):
            genders[m.end()] = anchor_gender(m.group())
    used_pos = set()
    ins = []  # (pos, order, kind, segs)
    info = {"frames": [], "typos": 0, "inside": 0, "positions": Counter()}
    seq = 0
    for _ in range(nframes):
        typ = pick_type(rng, prov)
        kinds = [k for k in ANCHOR_FOR.get(typ, []) if any(p not in used_pos for p in anchors[k])]
        if kinds and rng.random() < 0.6:
            kind = rng.choice(kinds)
            opts = [(t, f) for t, f in INSIDE[kind] if t == typ] or INSIDE[kind]
            t, tpl = rng.choice(opts)
            p = rng.choice([q for q in anchors[kind] if q not in used_pos])
            used_pos.add(p)
            c.gender = genders.get(p)
            segs = expand(tpl, c)
            c.gender = None
            where = "inside"
            info["frames"].append("inside:%s:%s" % (kind, tpl))
        else:
            tpl = rng.choice(frame_list(typ))
            flag = ""
            if "|" in tpl[:2]:
                flag, tpl = tpl.split("|", 1)
            segs = expand(tpl, c)
            info["frames"].append(tpl)
            if flag == "e":
                where, p = "signoff", len(orig)
            elif flag == "s":
                where, p = "start", 0
            else:
                r = rng.random()
                if r < (0.25 if bounds else 0.4):
                    where, p = "start", 0
                elif r < 0.65 and bounds:
                    where, p = "between", rng.choice(bounds)
                else:
                    where, p = "end", len(orig)
        if rng.random() < 0.24:
            segs, did = add_typo(segs, rng)
            info["typos"] += did
        segs = case_segs(segs, mode)
        for _t, ty in segs:
            if ty:
                prov[ty] += 1
        info["positions"][where] += 1
        order = {"start": 0, "between": 1, "inside": 1, "end": 2, "signoff": 3}[where]
        ins.append((p, order, seq, where, segs))
        seq += 1
    if category == "decoy":
        d = rng.choice(DECOYS)
        d = d.lower() if mode == "lower" else d.upper() if mode == "upper" else d
        r = rng.random()
        if r < 0.3:
            where, p = "start", 0
        elif r < 0.6 and bounds:
            where, p = "between", rng.choice(bounds)
        else:
            where, p = "end", len(orig)
        order = {"start": 0, "between": 1, "end": 2}[where]
        ins.append((p, order, seq, where, [(d, None)]))
        info["decoy"] = d
    ins.sort(key=lambda x: (x[0], x[1], x[2]))
    # assemble
    out = []  # (text, type)
    cur = 0

    def last_char():
        for t, _ in reversed(out):
            if t:
                return t[-1]
        return ""
    for p, order, _s, where, segs in ins:
        if p > cur:
            out.append((orig[cur:p], None))
            cur = p
        if where in ("start", "between"):
            out.extend(segs)
            end = segs[-1][0][-1:] if segs[-1][0] else ""
            out.append((rng.choice(["\n", ". ", " "]) if end.isalnum() else " ", None))
        elif where == "inside":
            out.extend(segs)
        else:
            lc = last_char()
            if where == "signoff":
                sep = rng.choice(["\n", " ", "\n\n"]) if lc else ""
                if lc and lc.isalnum() and sep == " ":
                    sep = ". "
            else:
                sep = (" " if lc in ".!?)\n" else ". ") if lc else ""
                if lc and lc.isalnum() and mode == "lower" and rng.random() < 0.5:
                    sep = " "
            out.append((sep, None))
            out.extend(segs)
    if cur < len(orig):
        out.append((orig[cur:], None))
    text = ""
    ents = []
    for t, ty in out:
        if ty:
            ents.append({"start": len(text), "end": len(text) + len(t), "type": ty, "value": t})
        text += t
    if len(ents) > MAX_ENTS:
        return None
    # a planted NAME or TOWN word must not also occur unlabelled in the text
    spans = [(e["start"], e["end"]) for e in ents]
    for e in ents:
        if e["type"] not in ("NAME", "TOWN"):
            continue
        for tok in WORD_RE.findall(e["value"]):
            if len(tok) < 2:
                continue
            rx = re.compile(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", re.I)
            for m in rx.finditer(text):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    return None
    return text, ents, info


def profiles(t):
    return ["hipaa_safe_harbor"] if t in HIPAA_ONLY else ["standard", "hipaa_safe_harbor"]


def is_subsequence(small, big):
    it = iter(big)
    return all(ch in it for ch in small)


def build():
    rng = random.Random(SEED)
    pool, n_excluded = select_pool(rng)
    cats = ["none"] * N_NONE + ["decoy"] * N_DECOY + ["plant"] * (N_RECORDS - N_NONE - N_DECOY)
    rng.shuffle(cats)
    counts = Counter()
    records = []
    stats = {"pool": len(pool), "excluded_seen": n_excluded, "typos": 0, "inside": 0,
             "positions": Counter(), "modes": Counter(), "frames": Counter(), "redraws": 0,
             "skipped_comments": 0, "cats": Counter(), "decoy_sentences": 0}
    pi = 0
    for cat in cats:
        while True:
            row = pool[pi]
            pi += 1
            orig = row["text"]
            if not re.search(r"[A-Z]", orig):
                mode = "lower"
            else:
                r = rng.random()
                mode = "lower" if r < 0.25 else "upper" if r < 0.30 else "normal"
            res = None
            for _ in range(60):
                res = draw(orig, rng, cat, counts, mode)
                if res is not None:
                    break
                stats["redraws"] += 1
            if res is not None:
                break
            stats["skipped_comments"] += 1
        text, ents, info = res
        for e in ents:
            counts[e["type"]] += 1
            e["profiles"] = profiles(e["type"])
            assert text[e["start"]:e["end"]] == e["value"]
        assert is_subsequence(orig, text)
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"]
        if cat == "none":
            assert text == orig and not ents
        stats["typos"] += info["typos"]
        stats["positions"].update(info["positions"])
        stats["frames"].update(info["frames"])
        stats["modes"][mode] += 1
        stats["cats"][cat] += 1
        stats["decoy_sentences"] += "decoy" in info
        records.append({"id": row["id"], "text": text, "original": orig,
                        "entities": [{"start": e["start"], "end": e["end"], "type": e["type"],
                                      "value": e["value"], "profiles": e["profiles"]} for e in ents]})
    stats["counts"] = counts
    stats["comments_used"] = pi
    return records, stats


def n_template_total():
    n = sum(len(v) for v in FRAMES.values()) + sum(len(v) for v in INSIDE.values())
    return n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true", help="print counts after writing")
    ap.add_argument("--out", default=OUT_DEFAULT)
    a = ap.parse_args(argv)
    records, st = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        c = st["counts"]
        n_ents = sum(c.values())
        per_rec = Counter(len(r["entities"]) for r in records)
        src = Counter(r["id"].split(":")[0] for r in records)
        print("records: %d (fft1 %d, fft2 %d)" % (len(records), src["fft1"], src["fft2"]))
        print("eligible pool: %d comments (after exclusions, filters, de-duplication); used %d"
              % (st["pool"], st["comments_used"]))
        print("record kinds: plant %d, decoy %d, untouched %d" % (st["cats"]["plant"], st["cats"]["decoy"],
                                                                 st["cats"]["none"]))
        print("records with no entity: %d" % per_rec[0])
        print("entities: %d" % n_ents)
        for t in TYPES:
            print("  %-16s %4d  (target %d)" % (t, c[t], TARGETS[t]))
        print("entities per record: " + ", ".join("%d:%d" % (k, per_rec[k]) for k in sorted(per_rec)))
        print("case of added text (records): " + ", ".join("%s %d" % (k, st["modes"][k])
                                                        for k in ("normal", "lower", "upper")))
        print("frame positions: " + ", ".join("%s %d" % (k, st["positions"][k])
                                              for k in ("start", "between", "inside", "end", "signoff")))
        print("frames written: %d; distinct frames defined: %d; distinct frames used: %d"
              % (sum(st["frames"].values()), n_template_total(), len(st["frames"])))
        print("frames with a typo next to the value: %d" % st["typos"])
        print("decoy sentences (unlabelled): %d" % st["decoy_sentences"])
        print("planting redraws: %d; comments skipped after 60 failed draws: %d"
              % (st["redraws"], st["skipped_comments"]))
        sh = Counter()
        title_rx = re.compile(r"(?:dr|dr\.|doctor|mr|mrs|ms|miss|prof|sister|nurse|matron) $", re.I)
        words = {w.lower() for w in WORD_NAMES}
        for r in records:
            t = r["text"]
            for e in r["entities"]:
                if e["type"] != "NAME":
                    continue
                v = e["value"]
                sh["lower case"] += v == v.lower()
                sh["capitals"] += v == v.upper() and v != v.lower()
                sh["after a title"] += bool(title_rx.search(t[max(0, e["start"] - 8):e["start"]]))
                sh["several words or initials"] += " " in v or "." in v
                sh["possessive 's after"] += t[e["end"]:e["end"] + 2] in ("'s", "'S")
                sh["word-names (Hope, Will ...)"] += v.lower() in words
                sh["non-ASCII letters"] += any(ord(ch) > 127 for ch in v)
                sh["at text or sentence start"] += e["start"] == 0 or bool(
                    re.search(r"[.!?\n]\s*$", t[max(0, e["start"] - 3):e["start"]]))
        print("NAME shapes: " + ", ".join("%s %d" % kv for kv in sh.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
