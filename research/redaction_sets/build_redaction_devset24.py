#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset24.jsonl.

A development set for the de-identification component: real NHS Friends and
Family Test comments (The-Strategy-Unit/pxtextmining, MIT, copyright NHS
England; Care Opinion data in it CC BY-NC-SA 4.0) with invented personal
details planted into them.  The writer never read the redactor, its tests,
its reports, or the contents/builders/cards of other redaction sets.

Deterministic: one random.Random(20260024); no set iteration order is relied
upon.  Standard library only.

    python build_redaction_devset24.py            # writes the jsonl
    python build_redaction_devset24.py --stats    # also prints counts
"""
import csv
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = "/work/shared/data/nhs_fft"
OUT = os.path.join(ROOT, "evaluation", "data", "redaction_devset24.jsonl")
EXCLUDE_FILES = ["redaction_testset.jsonl", "redaction_testset_v2.jsonl",
                 "redaction_devset5.jsonl"]
N_RECORDS = 500
SEED = 20260024

TARGETS = {"NAME": 455, "TOWN": 205, "ADDRESS": 102, "DATE": 62,
           "AGE_OVER_89": 41, "PHONE": 26, "EMAIL": 21, "POSTCODE": 26,
           "HOSPITAL_NUMBER": 36, "NHS_NUMBER": 21, "ZIP": 16}
HIPAA_ONLY = {"TOWN", "DATE", "AGE_OVER_89"}

rng = random.Random(SEED)
TALLY = Counter()  # frames planted by kind, typos (kept records only)

# --------------------------------------------------------------------------
# Source loading and selection
# --------------------------------------------------------------------------


def load_source():
    """Return list of (id, text, alt_ids) in file order; alt_ids are the
    other ids under which an excluded list may name the same row."""
    rows = []
    with open(os.path.join(DATA, "fft_phase1.csv"), encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            rows.append(("fft1:%d" % i, (r.get("feedback") or "").strip(),
                         "fft1:%s" % (r.get("row_index") or "").strip()))
    with open(os.path.join(DATA, "fft_phase2_v6framework.csv"), encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            cid = "fft2:%s" % r["Comment ID"]
            rows.append((cid, (r.get("FFT answer") or "").strip(), cid))
    return rows


def load_excluded_ids():
    ids = set()
    for name in EXCLUDE_FILES:
        with open(os.path.join(ROOT, "evaluation", "data", name), encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.add(json.loads(line)["id"])  # only the id is read
    return ids


WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
TITLE_RE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Nurse|Sister)\b\.?\s+[A-Z]")
BAD_RES = [
    re.compile(r"\d{3,}"),
    re.compile(r"\d+\s*(?:st|nd|rd|th)\b", re.I),
    re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}"),
    re.compile(r"@"),
    re.compile(r"https?:|www\.", re.I),
    re.compile(r"\b\w+\.(?:com|co|org|net|uk|gov|nhs|ac|io|info)\b", re.I),
    re.compile(r"x{3,}", re.I),
    re.compile(r"\*\*"),
    re.compile(r"[\[\]{}<>#]"),
    re.compile(r"redact", re.I),
    re.compile(r"\(\s*name\s*\)", re.I),
    TITLE_RE,
]


def sentence_initial(text, start):
    j = start - 1
    while j >= 0 and text[j] in " \t\"'(-":
        j -= 1
    return j < 0 or text[j] in ".!?\n\r"


def corpus_counts(texts):
    lower = Counter()
    midcap = Counter()
    caps_docs = Counter()
    for t in texts:
        seen_caps = set()
        for m in WORD_RE.finditer(t):
            w = m.group(0)
            lw = w.lower()
            if w == lw:
                lower[lw] += 1
            elif w[0].isupper():
                if len(w) > 1 and w.isupper():
                    seen_caps.add(w)
                elif not sentence_initial(t, m.start()):
                    midcap[lw] += 1
        for w in sorted(seen_caps):
            caps_docs[w] += 1
    return lower, midcap, caps_docs


def eligible(text, lower, midcap, caps_docs):
    if not (20 <= len(text) <= 700):
        return False
    for rx in BAD_RES:
        if rx.search(text):
            return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if sum(1 for c in letters if c.isupper()) / len(letters) > 0.40:
        return False

    def common(lw):
        return lower[lw] >= 3 and lower[lw] >= midcap[lw]

    for m in WORD_RE.finditer(text):
        w = m.group(0)
        if not w[0].isupper():
            continue
        if w in ("I", "A") or re.fullmatch(r"I'(?:m|ve|d|ll)", w):
            continue
        if len(w) > 1 and w.isupper() and len(w) <= 6 and caps_docs[w] >= 3:
            continue
        lw = w.lower()
        if common(lw):
            continue
        if lw.endswith("'s") and common(lw[:-2]):
            continue
        return False
    return True


def select_pool():
    rows = load_source()
    excluded = load_excluded_ids()
    excl_texts = set()
    for rid, text, alt in rows:
        if rid in excluded or alt in excluded:
            excl_texts.add(text)
    seen = set()
    cands = []
    all_texts = []
    for rid, text, alt in rows:
        if not text or text in seen:
            continue
        seen.add(text)
        all_texts.append(text)
        if rid in excluded or alt in excluded or text in excl_texts:
            continue
        cands.append((rid, text))
    lower, midcap, caps_docs = corpus_counts(all_texts)
    pool = [(rid, t) for rid, t in cands if eligible(t, lower, midcap, caps_docs)]
    return pool


# --------------------------------------------------------------------------
# Invented value pools
# --------------------------------------------------------------------------

FIRST = {
    "english": "Oliver Harriet Jack Charlotte Emily Sophie Lucy Daniel Thomas Hannah Rebecca Joanne Karen Stephen "
               "Lauren Bethany Nathan Callum Jodie Kirsty Leanne Wayne Darren Tracey Shelley Maureen Brenda Doreen "
               "Gladys Eileen Kenneth Derek Trevor Graham Pauline Clive Marjorie Nigel Gemma Ellie Toby Imogen",
    "scottish": "Hamish Morag Ailsa Fraser Iona Ewan Kirsteen Alasdair Catriona Lachlan Eilidh Murdo Isla Struan Euan",
    "welsh": "Rhys Cerys Bronwen Dafydd Siân Gethin Rhiannon Iolo Angharad Llinos Emrys Nia Owain Carys Gwenllian",
    "irish": "Siobhan Niamh Aoife Ciarán Declan Padraig Róisín Seamus Orla Cathal Saoirse Eoin Gráinne Tadhg Caoimhe",
    "south_asian": "Priya Aarav Sunita Rajesh Harpreet Gurpreet Anjali Imran Farzana Nusrat Arjun Deepa Sandeep Kavita "
                   "Mohinder Shabnam Tariq Ravinder Meena Vikram Ayesha Bilal Zainab Rukhsana Jaspreet Hardeep Lakshmi",
    "west_african": "Kemi Tunde Chiamaka Oluwaseun Ngozi Emeka Adaeze Kwame Akosua Kofi Abena Yaw Folake Bola Chidi "
                    "Ifeoma Segun Efua Blessing Precious Favour Godswill",
    "east_african": "Wanjiru Amani Zawadi Abebe Tigist Mekdes Habiba Juma Nyambura Kiprop Achieng Hodan Abdirahman Fadumo",
    "caribbean": "Delroy Marcia Winston Claudette Errol Paulette Leroy Desmond Hyacinth Sharlene Tyrone Carlene Lennox",
    "chinese": "Wei Xiaoling Jun Mei Hui Yan Zhen Ming Xin Ling Jiahui Haoran",
    "vietnamese": "Linh Thanh Huong Minh Trang Duc Quang Ngoc Phuong Tuan Hoa",
    "east_european": "Agnieszka Krzysztof Małgorzata Tomasz Katarzyna Wojciech Magda Piotr Zofia Grzegorz Oksana "
                     "Dmitri Ioana Bogdan Alina Mihai Jelena Dragan Lenka Andrius Rūta",
    "arabic": "Omar Fatima Yusuf Layla Khalid Amira Hassan Mariam Samir Rania Ahmed Noor Karim Hala",
    "turkish": "Emre Elif Mehmet Zeynep Burak Ayşe Selin Murat Deniz Gülsen",
    "portuguese": "João Thiago Luana Rodrigo Gonçalo Inês Vitória Leandro Bruna Fábio",
    "filipino": "Maricel Jocelyn Rowena Arnel Jericho Lorna Marivic Rodel Analyn Jomar",
    "greek": "Eleni Giorgos Dimitra Yiannis Stavros Katerina Nikos Panagiotis Androulla",
    "latin": "Alejandro Lucía Mateo Valentina Joaquín Guadalupe Diego Ximena Santiago Rocío Nicolás",
}
FIRST = {k: v.split() for k, v in FIRST.items()}
MULTI_FIRST = ["Ana Paula", "Mary Anne", "Li Na", "Jean-Paul", "Marie-Claire", "Anne-Marie", "Nur Aini"]
NICKS = ["Jonny", "Bex", "Big Dave", "Shaz", "Gaz", "Kaz", "Mo", "Dazza", "Tash", "Jules", "Robbo", "Macca",
         "Becks", "Stevie", "Kev", "Tez", "Babs", "Reenie", "Dot", "Bernie", "Chaz", "Mags", "Liv", "Jas",
         "Titch", "Little Mo", "Deano", "Sammy", "Jojo", "Pete", "Lozza", "Nobby", "Fi", "Mikey", "Ems"]
WORD_NAMES = ["Hope", "Faith", "Will", "Grace", "Rose", "Summer", "Mark", "Bill", "Frank", "Sunny", "Jordan",
              "Chelsea", "Florence", "Joy", "Patience", "Amber", "Holly", "Ivy", "Dawn", "Robin", "Pearl",
              "Ruby", "Penny", "Heather", "Hazel", "Iris", "Sky", "Angel", "Harmony", "Miracle", "Gift",
              "Sterling", "Rich", "Victoria", "Skye", "Brooke", "Hunter", "Autumn", "Destiny", "Mercy"]
MISSPELT = ["Micheal", "Cathrine", "Jenifer", "Shiobhan", "Nicolla", "Anthoney", "Sharron", "Bernadett",
            "Mohamad", "Ciaran", "Rebbecca", "Phillipa", "Jonathon", "Stephanie", "Lousie", "Gerrard",
            "Natalie", "Chrissie", "Debbra", "Vanesa"]
SURNAMES = {
    "english": "Whitfield Ashworth Pilkington Hargreaves Cartwright Fairbairn Thornton Lockwood Holroyd Pennington "
               "Sutcliffe Entwistle Bramley Cottam Kershaw Marsden Tranter Ollerenshaw Dimmock Greenhalgh",
    "scottish": "McAllister MacLeod Drummond Urquhart McKechnie Menzies MacKinnon Buchanan Lamont McGillivray Mackay",
    "welsh": "Llewellyn Pritchard Bowen Vaughan Jenkins Parry Powell Gruffydd Meredith Rees Prosser",
    "irish": "O'Sullivan O'Donoghue McNamara Gallagher Fitzgerald Brennan Byrne Kavanagh O'Rourke Mulcahy Ó Súilleabháin",
    "south_asian": "Patel Chaudhry Ramasamy Banerjee Sandhu Gill Bhattacharya Iyer Qureshi Malik Siddiqui Choudhury "
                   "Rahman Venkatesh Dhaliwal Nair Mahmood Bhatti",
    "west_african": "Okafor Adeyemi Mensah Owusu Babatunde Nwosu Oyelaran Asante Boateng Adebayo Eze Ogunleye Okonkwo",
    "east_african": "Mwangi Kamau Otieno Wanjiku Tesfaye Haile Abdi Warsame Nakato Mutua",
    "caribbean": "Brathwaite Forbes Samuels Ennis Campbell Grant McKenzie Beckford",
    "chinese": "Zhang Wong Chen Liu Huang Cheung Lam Xu Tang Ng",
    "vietnamese": "Nguyen Tran Pham Vo Dang Bui Huynh",
    "east_european": "Kowalski Wiśniewska Nowak Zieliński Kamińska Lewandowski Wójcik Szymańska Kozłowski Popescu "
                     "Ionescu Petrović Novák Horváth Kovalenko",
    "arabic": "Al-Sayed Haddad Nasser Mansour El-Amin Khalil Saleh Abboud Hamdan",
    "turkish": "Yılmaz Demir Kaya Şahin Öztürk Aydın Çelik",
    "portuguese": "Ferreira Gonçalves Rodrigues Carvalho Pereira Almeida",
    "filipino": "Bautista Reyes Mendoza Villanueva Aquino Manalo",
    "greek": "Papadopoulos Georgiou Christodoulou Constantinou Nikolaidis Papageorgiou",
    "latin": "García Fernández Martínez Rojas Morales Castillo Herrera Gutiérrez",
}
SURNAMES = {k: v.split() for k, v in SURNAMES.items()}
SURNAMES["irish"] = [s for s in SURNAMES["irish"] if s not in ("Ó", "Súilleabháin")] + ["Ó Súilleabháin", "Ní Bhriain"]
SURNAMES["portuguese"] += ["da Silva", "dos Santos"]
SURNAMES["filipino"] += ["Dela Cruz", "delos Reyes"]
HYPHEN_SN = ["Lloyd-Jones", "Hughes-Davies", "Ashby-Clarke", "Fenwick-Smythe", "Harrington-Reid", "Mensah-Bonsu",
             "Okafor-Hill", "Kaur-Sandhu", "Wright-Bello", "Taylor-Nguyen", "Carter-Obi", "Baptiste-Lowe",
             "Wynne Edwards", "Vaughan Thomas", "Owen Pritchard", "Seton-Karr", "Pryce-Morgan", "Gordon-Duff"]
ALL_FIRST = [n for k in sorted(FIRST) for n in FIRST[k]]
ALL_SUR = [n for k in sorted(SURNAMES) for n in SURNAMES[k]]

UK_TOWNS = ["Ashby-de-la-Zouch", "Stratford-upon-Avon", "Newcastle-under-Lyme", "Berwick-upon-Tweed",
            "Burton upon Trent", "Stoke-on-Trent", "Southend-on-Sea", "Henley-on-Thames", "Chapel-en-le-Frith",
            "Barrow-in-Furness", "Chester-le-Street", "Bishop's Stortford", "Market Harborough", "Kirkby Stephen",
            "Melton Mowbray", "Hebden Bridge", "Todmorden", "Skegness", "Mablethorpe", "Whitby", "Ripon", "Hexham",
            "Morpeth", "Ashington", "Cramlington", "Consett", "Peterlee", "Seaham", "Guisborough", "Redcar",
            "Hartlepool", "Darlington", "Bishop Auckland", "Spennymoor", "Wooler", "Alnwick", "Amble", "Kettering",
            "Corby", "Wellingborough", "Rushden", "Daventry", "Towcester", "Brackley", "Oundle", "Mansfield",
            "Worksop", "Retford", "Southwell", "Grantham", "Sleaford", "Louth", "Spalding", "Wisbech", "Diss",
            "Cromer", "Sheringham", "Bath", "Reading", "Wells", "Deal", "Rye", "Hope", "Bury", "Street", "Ware",
            "Hyde", "Sale", "Frome", "Looe", "Mold", "Flint", "Nelson", "Colne", "Clay Cross", "Ashbourne",
            "Matlock", "Buxton", "Bakewell", "Ilkley", "Otley", "Keswick", "Kendal", "Penrith", "Ulverston",
            "Beverley", "Stanley", "Kimberley", "Shirley", "Whitley Bay", "Morley", "Chester", "Lincoln",
            "Little Snoring", "Great Ayton", "Much Wenlock", "Long Eaton", "Westward Ho!", "Chelsea", "Florence Park"]
WELSH_GAELIC = ["Aberystwyth", "Machynlleth", "Llanelli", "Caerphilly", "Pwllheli", "Betws-y-Coed", "Llandudno",
                "Ystradgynlais", "Merthyr Tydfil", "Blaenau Ffestiniog", "Porthmadog", "Abergavenny",
                "Caernarfon", "Dolgellau", "Rhydaman", "Inverness", "Stornoway", "Kirkcaldy", "Dunfermline",
                "Auchtermuchty", "Portree", "Ullapool", "Tobermory", "Kilmarnock", "Peebles", "Galashiels",
                "Fort William", "Lochgilphead", "Dún Laoghaire", "Baile Átha Cliath", "Cill Chainnigh",
                "Port Láirge", "Steòrnabhagh", "Port Rìgh"]
IRISH_TOWNS = ["Ballymena", "Enniskillen", "Letterkenny", "Athlone", "Mullingar", "Ballina", "Clonakilty",
               "Tralee", "Dungarvan", "Portlaoise", "Navan", "Drogheda", "Castlebar", "Newry", "Omagh",
               "Coleraine", "Strabane", "Ennis", "Kinsale", "Westport"]
COUNTIES = ["Northumberland", "County Durham", "Lincolnshire", "Norfolk", "Cumbria", "Derbyshire", "Shropshire",
            "Herefordshire", "Powys", "Gwynedd", "Fife", "Argyll", "Co. Kerry", "County Mayo", "Co Antrim",
            "Co. Tyrone", "Rutland", "Cornwall", "Somerset", "North Yorkshire", "Ceredigion", "Co Donegal"]
US_CITIES = [("Tulsa", "OK", "Oklahoma"), ("Spokane", "WA", "Washington"), ("Albuquerque", "NM", "New Mexico"),
             ("Boise", "ID", "Idaho"), ("Savannah", "GA", "Georgia"), ("Syracuse", "NY", "New York"),
             ("Dayton", "OH", "Ohio"), ("Scranton", "PA", "Pennsylvania"), ("Duluth", "MN", "Minnesota"),
             ("Fresno", "CA", "California"), ("Tucson", "AZ", "Arizona"), ("Omaha", "NE", "Nebraska"),
             ("Chattanooga", "TN", "Tennessee"), ("Eugene", "OR", "Oregon"), ("Asheville", "NC", "North Carolina")]
ABROAD = ["Gdańsk", "Łódź", "Kraków", "Lagos", "Accra", "Nairobi", "Kampala", "Mumbai", "Lahore", "Sylhet",
          "Mirpur", "Chennai", "Manila", "Cebu", "Ho Chi Minh City", "Guangzhou", "Izmir", "Porto", "Coimbra",
          "São Paulo", "Thessaloniki", "Valencia", "Málaga", "Guadalajara", "Cluj-Napoca", "Montego Bay",
          "Port of Spain", "Florence", "Benidorm", "Kumasi", "Enugu", "Addis Ababa", "Hai Phong", "Limassol"]
ABROAD_COUNTRY = {"Gdańsk": "Poland", "Łódź": "Poland", "Kraków": "Poland", "Lagos": "Nigeria", "Accra": "Ghana",
                  "Nairobi": "Kenya", "Kampala": "Uganda", "Mumbai": "India", "Lahore": "Pakistan",
                  "Sylhet": "Bangladesh", "Mirpur": "Pakistan", "Chennai": "India", "Manila": "the Philippines",
                  "Cebu": "the Philippines", "Ho Chi Minh City": "Vietnam", "Guangzhou": "China", "Izmir": "Turkey",
                  "Porto": "Portugal", "Coimbra": "Portugal", "São Paulo": "Brazil", "Thessaloniki": "Greece",
                  "Valencia": "Spain", "Málaga": "Spain", "Guadalajara": "Mexico", "Cluj-Napoca": "Romania",
                  "Montego Bay": "Jamaica", "Port of Spain": "Trinidad", "Florence": "Italy", "Benidorm": "Spain",
                  "Kumasi": "Ghana", "Enugu": "Nigeria", "Addis Ababa": "Ethiopia", "Hai Phong": "Vietnam",
                  "Limassol": "Cyprus"}
COUNTRIES = ["Poland", "Nigeria", "Ghana", "Kenya", "India", "Pakistan", "Bangladesh", "the Philippines",
             "Vietnam", "China", "Turkey", "Portugal", "Brazil", "Greece", "Spain", "Jamaica", "Romania", "Italy"]

STREET_WORDS = ["Elm", "Victoria", "Station", "Mill", "Church", "Chapel", "Beech", "Hawthorn", "Coronation",
                "Albert", "Willow", "Orchard", "Park", "Moorside", "Gladstone", "Cromwell", "Linden", "Ashgrove",
                "Whinfield", "Larch", "Heathfield", "Kingsway", "Newbiggin", "Tanfield", "Bede", "Abbey"]
STREET_TYPES = [("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Close", "Cl"), ("Crescent", "Cres"),
                ("Lane", "Ln"), ("Drive", "Dr"), ("Terrace", "Terr"), ("Grove", "Gr"), ("Court", "Ct"),
                ("Gardens", "Gdns"), ("Way", "Way"), ("Walk", "Wlk")]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Brook Farm", "Lower Heath Farm", "Hollybank",
               "The Laurels", "Meadow View", "Pear Tree Cottage", "Glebe House", "Bryn Awel", "Tŷ Gwyn",
               "Old School House", "Whinney Hill Farm"]
CARE_HOMES = ["Oakwood Care Home", "Beech Lodge Nursing Home", "Sunnyside Residential Home", "The Elms Care Centre",
              "Hillcrest House", "St Anne's Hostel", "Westgate Court Care Home", "Abbeyfield House",
              "Riverside Lodge", "Greenacres Nursing Home", "Salvation Army Hostel, Booth House"]
PC_AREAS = ["NE", "DH", "SR", "TS", "DL", "LS", "NG", "LN", "PE", "NN", "LE", "CF", "SA", "LL", "EH", "KY",
            "BT", "TR", "PL", "CA", "LA", "YO", "HU", "DE", "S", "B", "M", "L", "G"]


def pick(lst):
    return lst[rng.randrange(len(lst))]


def chance(p):
    return rng.random() < p


def first_name():
    r = rng.random()
    if r < 0.58:
        origin = pick(sorted(FIRST))
        return pick(FIRST[origin])
    if r < 0.71:
        return pick(NICKS)
    if r < 0.85:
        return pick(WORD_NAMES)
    if r < 0.93:
        return pick(MISSPELT)
    return pick(MULTI_FIRST)


def surname():
    if chance(0.13):
        return pick(HYPHEN_SN)
    origin = pick(sorted(SURNAMES))
    return pick(SURNAMES[origin])


def full_name():
    r = rng.random()
    if r < 0.62:
        return first_name() + " " + surname()
    if r < 0.70:
        s = surname()
        return (s.upper() if chance(0.6) else s) + ", " + pick(ALL_FIRST)
    if r < 0.80:
        return pick(ALL_FIRST)[0] + ". " + surname()
    if r < 0.85:
        return pick(ALL_FIRST)[0] + " " + surname()
    if r < 0.92:
        return pick(ALL_FIRST) + " " + pick(ALL_FIRST) + " " + surname()
    return pick(ALL_FIRST) + " " + pick(HYPHEN_SN)


def initial_surname():
    if chance(0.5):
        return pick(ALL_FIRST)[0] + ". " + surname()
    return pick(ALL_FIRST)[0] + "." + pick(ALL_FIRST)[0] + ". " + surname()


def uk_town():
    r = rng.random()
    if r < 0.6:
        return pick(UK_TOWNS)
    if r < 0.85:
        return pick(WELSH_GAELIC)
    return pick(IRISH_TOWNS)


def postcode():
    area = pick(PC_AREAS)
    d = str(rng.randint(1, 29))
    inward = str(rng.randint(0, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
    style = rng.random()
    if style < 0.55:
        return area + d + " " + inward
    if style < 0.72:
        return (area + d + " " + inward).lower()
    if style < 0.87:
        return area + d + inward
    if style < 0.95:
        return (area + d + inward).lower()
    return area + d + "  " + inward


def eircode():
    return pick(["A65", "D02", "D15", "T12", "V94", "H91", "F23", "X91"]) + " " + \
        "".join(pick("ACDEFHKNPRTVWXY0123456789") for _ in range(4))


def street():
    full, abbr = pick(STREET_TYPES)
    t = abbr if chance(0.35) else full
    return pick(STREET_WORDS) + " " + t


def address():
    r = rng.random()
    num = str(rng.randint(1, 180))
    town = uk_town()
    if r < 0.16:
        parts = [num + " " + street(), town]
        if chance(0.5):
            parts.append(pick(COUNTIES))
        if chance(0.6):
            parts.append(postcode())
        sep = pick([", ", ", ", " ", "\n"])
        return sep.join(parts)
    if r < 0.27:
        flat = pick(["Flat %d" % rng.randint(1, 40), "flat %d%s" % (rng.randint(1, 9), pick("abc")),
                     "Apt %d" % rng.randint(1, 30), "Unit %d" % rng.randint(1, 20), "%d/%d" % (rng.randint(1, 9), rng.randint(1, 60))])
        bld = pick(["Jubilee Court", "Bamburgh House", "Kestrel Heights", "Riverside Mill", "Tower View"])
        if flat[0].isdigit():
            return flat + " " + street() + ", " + town
        return flat + ", " + bld + ", " + num + " " + street() + ", " + town + (" " + postcode() if chance(0.5) else "")
    if r < 0.37:
        return pick(HOUSE_NAMES) + ", " + pick(["Mill Lane", "Back Lane", "Moor Road", "Chapel Lane", "the Green"]) + \
            ", " + pick(["nr ", "near ", ""]) + town + (", " + pick(COUNTIES) if chance(0.6) else "")
    if r < 0.46:
        return pick(CARE_HOMES) + ", " + num + " " + street() + ", " + town + (", " + postcode() if chance(0.5) else "")
    if r < 0.50:
        return "PO Box " + str(rng.randint(10, 999)) + ", " + town + ", " + postcode()
    if r < 0.58:
        s = (num + " " + street() + " " + town + " " + postcode()).lower()
        return s
    if r < 0.64:
        return num + " " + street() + "\n" + town + "\n" + pick(COUNTIES) + "\n" + postcode()
    if r < 0.70:
        return num + " " + pick(["Main Street", "Church Road", "Strand Road", "Bóthar na Trá"]) + ", " + \
            pick(IRISH_TOWNS) + ", " + pick(COUNTIES[8:12] + ["Co. Galway", "Co Cork"]) + ", " + eircode()
    if r < 0.77:
        city, st, _ = pick(US_CITIES)
        return "%d %s %s%s, %s, %s %05d" % (rng.randint(100, 9999), pick(["Maple", "Oak", "Pine", "Cedar", "Lincoln", "Jefferson"]),
                                            pick(["Ave", "St", "Blvd", "Drive", "Road"]),
                                            pick(["", " Apt %d" % rng.randint(1, 30), " #%d" % rng.randint(1, 12)]),
                                            city, st, rng.randint(10000, 99999))
    if r < 0.81:
        return "%d %s, %s, %s %s%d%s %d%s%d" % (rng.randint(10, 999), pick(["Birchmount Rd", "Rue Sainte-Anne", "Dundas St W", "Jasper Ave"]),
                                             pick(["Scarborough", "Québec", "Halifax", "Edmonton"]), pick(["ON", "QC", "NS", "AB"]),
                                             pick("KLMNT"), rng.randint(1, 9), pick("ABCEGHJ"), rng.randint(1, 9), pick("ABCEGHJ"), rng.randint(1, 9))
    if r < 0.85:
        return "%d %s, %s %s %d" % (rng.randint(1, 200), pick(["Wattle St", "Banksia Cres", "Ocean Pde", "Jacaranda Ave"]),
                                   pick(["Fitzroy", "Toowong", "Glenelg", "Fremantle"]), pick(["VIC", "QLD", "SA", "WA"]),
                                   rng.randint(2000, 6999))
    if r < 0.91:
        return pick(["ul. Długa %d/%d, 80-%03d Gdańsk" % (rng.randint(1, 90), rng.randint(1, 20), rng.randint(100, 999)),
                     "Rua das Flores %d, 4050-%03d Porto, Portugal" % (rng.randint(1, 200), rng.randint(100, 999)),
                     "Calle Mayor %d, 3º B, 28013 Madrid" % rng.randint(1, 90),
                     "Strada Eroilor %d, Cluj-Napoca, Romania" % rng.randint(1, 90),
                     "Odos Egnatias %d, Thessaloniki %d" % (rng.randint(1, 200), rng.randint(54000, 56999))])
    if r < 0.96:
        return pick(["House %d, Street %d, F-8/3, Islamabad" % (rng.randint(1, 90), rng.randint(1, 40)),
                     "%d Gandhi Nagar, 2nd Cross, Bengaluru %d" % (rng.randint(1, 200), rng.randint(560001, 560099)),
                     "village Rampur, PO Dinanagar, dist Gurdaspur, Punjab",
                     "%d Mirpur Road, Dhanmondi, Dhaka %d" % (rng.randint(1, 99), rng.randint(1200, 1230))])
    return pick(["Plot %d, Adeola Odeku St, Victoria Island, Lagos" % rng.randint(1, 99),
                 "P.O. Box %d-00100, Nairobi, Kenya" % rng.randint(1000, 9999),
                 "House No. %d, Ring Road East, Accra" % rng.randint(1, 99),
                 "%d Bole Road, Addis Ababa" % rng.randint(10, 400)])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(d):
    if 11 <= d <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def day_ordinal():
    return ordinal(rng.randint(1, 28))


def date_value(dob=False):
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(1924, 1960) if dob else rng.randint(2019, 2024)
    r = rng.random()
    if r < 0.2:
        return "%s %s" % (ordinal(d), MONTHS[m - 1]) + (" %d" % y if chance(0.3) or dob else "")
    if r < 0.35:
        return "%s of %s" % (ordinal(d), MONTHS[m - 1]) + (" %d" % y if dob else "")
    if r < 0.47:
        return "%s %s" % (MONTHS[m - 1], ordinal(d)) + (", %d" % y if dob or chance(0.3) else "")
    if r < 0.62:
        return "%02d/%02d/%d" % (d, m, y) if chance(0.5) else "%d/%d/%02d" % (d, m, y % 100)
    if r < 0.72:
        return "%d.%d.%02d" % (d, m, y % 100)
    if r < 0.82:
        return "%d %s %d" % (d, MON3[m - 1], y) if dob or chance(0.5) else "%d %s" % (d, MON3[m - 1])
    if r < 0.9:
        return "%d-%s-%d" % (d, MON3[m - 1], y) if dob else "%s %d" % (MONTHS[m - 1], d)
    return "%d %s" % (d, MONTHS[m - 1]) + (" %d" % y if dob else "")


AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety two", 93: "ninety-three", 94: "ninety four",
             95: "ninety-five", 96: "ninety six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety nine",
             100: "a hundred", 101: "a hundred and one", 102: "one hundred and two"}


def age_value(words_ok=True):
    a = rng.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 96, 97, 98, 99, 100, 101, 102, 103, 104])
    if words_ok and a in AGE_WORDS and chance(0.25):
        return AGE_WORDS[a]
    return str(a)


def phone():
    r = rng.random()
    if r < 0.3:
        return "07700 900%03d" % rng.randint(0, 999) if chance(0.7) else "07700900%03d" % rng.randint(0, 999)
    if r < 0.45:
        return "0113 496 0%03d" % rng.randint(0, 999)
    if r < 0.6:
        return "020 7946 0%03d" % rng.randint(0, 999)
    if r < 0.75:
        return "+44 7700 900%03d" % rng.randint(0, 999) if chance(0.6) else "+44 (0)7700 900 %03d" % rng.randint(0, 999)
    if r < 0.9:
        return pick(["(%d) 555-01%02d", "%d-555-01%02d", "+1 %d 555 01%02d"]) % (rng.choice([212, 312, 415, 613, 918]), rng.randint(0, 99))
    return pick(["+61 491 570 %03d" % rng.randint(100, 159), "0491 570 %03d" % rng.randint(100, 159),
                 "+1 613 555 01%02d" % rng.randint(0, 99)])


def email():
    f = pick(ALL_FIRST).lower()
    s = pick([x for x in ALL_SUR if re.fullmatch(r"[A-Za-z]+", x)]).lower()
    local = pick([f + "." + s, f[0] + s, f + s[:3] + str(rng.randint(1, 99)), s + "_" + f, f + "-" + s,
                  f + "." + s + "1", "the" + s + "s"])
    dom = pick(["example.com", "example.org", "example.co.uk", "mail.example.com", "nhs.example.org",
                "family.example.co.uk", "example.com", "example.co.uk"])
    return local + "@" + dom


def hosp_number():
    r = rng.random()
    if r < 0.2:
        return "RX%d-%06d" % (rng.randint(1, 9), rng.randint(0, 999999))
    if r < 0.35:
        return "H%07d" % rng.randint(0, 9999999)
    if r < 0.5:
        return "%04d %03d" % (rng.randint(1000, 9999), rng.randint(0, 999))
    if r < 0.62:
        return "K/%06d" % rng.randint(0, 999999)
    if r < 0.74:
        return "%s%06d%s" % (pick(["A", "B", "M", "N"]), rng.randint(0, 999999), pick("ABCDEFGHJK"))
    if r < 0.86:
        return "%08d" % rng.randint(10000000, 99999999)
    return "NT-%d-%05d" % (rng.randint(18, 24), rng.randint(0, 99999))


def nhs_number():
    while True:
        ds = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * (10 - i) for i, d in enumerate(ds))
        c = 11 - total % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, ds)) + str(c)
        return s if chance(0.45) else "%s %s %s" % (s[:3], s[3:6], s[6:])


def nhs_valid(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 10:
        return False
    c = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def us_zip():
    return "%05d" % rng.randint(10000, 99999) if chance(0.8) else "%05d-%04d" % (rng.randint(10000, 99999), rng.randint(0, 9999))


# --------------------------------------------------------------------------
# Frames
# --------------------------------------------------------------------------
# Placeholders:
#   {fn} first name/nickname/word-name, {sn} surname, {full} full name, {is} initial+surname,
#   {list} 2-4 names, {list5} 5 names, {town} UK/Irish town, {county}, {abroad}, {uscity} US city (TOWN),
#   {state} US state (literal), {country} literal country, {addr}, {date}, {dob}, {dd} day ordinal,
#   {wd} weekday (literal), {age}, {agen} age digits only, {phone}, {email}, {pc}, {hosp}, {nhs}, {zip}
#   {rel} relative word (literal), {role} staff role (literal), {title} title (literal)
# Frame kinds: S standalone sentence anywhere; E end only (sign-off); I:<anchors> inline after anchor word.

RELS = ["mum", "dad", "nan", "nana", "grandad", "gran", "husband", "wife", "son", "daughter", "aunt", "uncle",
        "mother", "father", "partner", "nanna", "grandma", "brother", "sister", "mam"]
OLD_RELS = ["mum", "dad", "nan", "grandad", "gran", "mother", "father", "grandma", "great gran", "nana", "aunty", "mam"]
ROLES = ["nurse", "doctor", "paramedic", "receptionist", "physio", "HCA", "porter", "midwife", "consultant",
         "driver", "health visitor", "OT", "staff nurse", "student nurse", "call handler", "pharmacist"]
TITLES = ["Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Prof", "Sister", "Nurse", "Matron", "Doctor", "Professor"]

NAME_FRAMES = [
    # first names alone, no title, sentence start / mid
    "{fn} was lovely.", "{fn} was absolutely brilliant with me.", "Thanks to {fn} and {fn}.",
    "{fn} made me feel at ease from the start.", "Special thanks to {fn} on reception.",
    "Big thank you to {fn} who looked after my {rel}.", "{fn} went above and beyond.",
    "{fn} explained everything really clearly.", "I would like to thank {fn} for her patience.",
    "{fn} could not have done more for us.", "Please pass my thanks on to {fn}.",
    "{fn} you are a star!!", "shout out to {fn} x", "{fn} was a credit to the team.",
    "the driver {fn} was so kind", "{fn} and {fn} were fab", "Cheers {fn}!",
    "{fn} the student was great too.", "Would like to mention {fn} who was so reassuring.",
    "{fn} in particular was amazing.", "my nurse {fn} was the best", "{fn} held my hand the whole time.",
    "I cant thank {fn} enough", "{fn} sorted it all out in minutes.", "{fn} is a legend",
    "{fn} was rude and dismissive.", "{fn} on the front desk was very abrupt with me.",
    "I was not impressed with {fn} who didn't listen.", "{fn} kept telling me to calm down which did not help.",
    "Everyone apart from {fn} was nice.", "{fn} (the tall one) was really helpful.",
    "Ask for {fn}, she is brilliant.", "We were seen by {fn} and {fn} who were both lovely.",
    "I spoke to {fn} on the phone and she sorted it.", "Seen by {full}, very thorough.",
    "was seen by {fn} who was very good", "I asked for {fn} but she was off.",
    "Praise to {fn}!", "{fn}'s manner was so calming.", "{fn}'s care was second to none.",
    "Thank you {fn}, you made a scary day bearable.", "Many thanks to {fn} and all the team.",
    "Kudos to {fn}.", "nurse {fn} deserves a medal", "{fn} - you were brilliant.",
    "The lady who did my bloods, {fn}, was very gentle.", "{fn} rang me back the same day as promised.",
    "A mention for {fn} who brought me a cup of tea when I was upset.",
    "{fn} and the rest of the crew were great.", "Paramedics {fn} and {fn} were fantastic.",
    "The crew ({fn} and {fn}) were amazing.", "{fn}, {fn} and {fn} - thank you!",
    # surnames with and without titles
    "{title} {sn} was very professional.", "{title} {sn} explained my options clearly.",
    "I saw {title} {sn} who was excellent.", "{title} {sn} did not listen to a word I said.",
    "{sn} was brilliant.", "{sn} was brilliant with my {rel}.", "Thanks to {sn} and his team.",
    "{title} {sn}'s team were all fantastic.", "Under {title} {sn}'s team and could not fault them.",
    "Mr {sn} and his registrar were great.", "Dr {sn} - thank you.", "Sister {sn} runs a tight ship, well done.",
    "Matron {sn} came to see us which we appreciated.", "Prof {sn} took the time to explain.",
    "{sn} the surgeon was very reassuring.", "Many thanks to {title} {sn} and nurse {fn}.",
    "Consultant {full} was excellent.", "I was under {title} {full}.", "Dr {full} was very thorough.",
    # full names
    "{full} was a true professional.", "Thank you to {full} for everything.", "My physio, {full}, was great.",
    "Her badge said {fn} I think.", "The name on her badge was {full}.", "his name badge said {fn}",
    "Name of nurse: {full}.", "Staff member: {full}", "Attended by {full}.", "Complaint regarding {full}.",
    "The receptionist (name badge {fn}) was really helpful.", "{full} was the best paramedic I've met.",
    # relatives and non-staff
    "My {rel} {fn} was looked after so well.", "My {rel}, {fn}, was treated with dignity.",
    "I am writing on behalf of my {rel} {full}.", "On behalf of my {rel} {fn} - thank you.",
    "My neighbour {fn} drove me in.", "My friend {fn} came with me and was allowed to stay.",
    "The man in the next bed, {fn}, was lovely too.", "{fn} in the bed opposite kept me company.",
    "My daughter {fn} had to take time off work to bring me.", "my son {fn} rang three times",
    "Me and my husband {fn} were kept informed.", "{fn} (my {rel}) says thank you.",
    "The lady in the bay, {fn}, helped me when no one came.", "My carer {fn} had to wait outside.",
    "Our neighbour {full} found him and called 999.", "{fn}'s {rel} was also very pleased.",
    "Patient: {full}.", "Re: {full}.", "This is about my {rel}, {full}.",
    # text-speak / terse
    "{fn} wz amazin", "ty {fn} xx", "luv u {fn} lol", "{fn} n {fn} were gr8", "tx to {fn}",
    "ask 4 {fn} shes the best", "{fn} top man", "big up {fn}", "{fn} 10/10",
    # older writers
    "I should like to thank {title} {sn} and Sister {sn} most sincerely.",
    "Nurse {sn} was most attentive to my needs.", "The young man, {fn}, was a perfect gentleman.",
    "I was attended by a very pleasant young lady named {fn}.",
    # brackets, dash, colon, slashes, ampersands
    "Staff on duty: {fn} / {fn} / {fn}.", "Thanks {fn} & {fn}.", "Nurses {fn} & {fn} were lovely.",
    "Special mention: {fn}.", "Best nurse - {fn}.", "Reception staff ({fn}) were helpful.",
    "The doctor ({sn}) was fine.", "Night staff - {fn}/{fn} - very good.", "Team: {list}.",
    "Thank you to {list}.", "Thanks to all the staff especially {list}.", "{list} were all wonderful.",
    "Shout out to {list}!", "The crew {list} were amazing.", "thank u {list} x", "Staff: {list5}.",
    "Thanks to {list5} on the ward.",
]
NAME_END = [
    "- {fn}", "thanks, {fn}", "Regards, {is}", "Kind regards {full}", "From {fn} and family.",
    "{fn} x", "Many thanks, {full}", "Yours sincerely, {is}", "Love {fn} xx", "— {full}",
    "Signed {fn} ({rel})", "cheers {fn}", "From a grateful {fn}.", "Best wishes, {fn} & {fn}",
    "{full} (patient)", "Thank you, {fn} {sn}'s family.",
]
NAME_INLINE = [
    (" {fn}", "nurse nurses doctor paramedic receptionist physio midwife porter"),
    (" ({fn})", "nurse doctor paramedic receptionist staff lady man gentleman consultant physio midwife"),
    (", {fn},", "nurse doctor paramedic receptionist lady consultant physio midwife surgeon"),
    (" called {fn}", "nurse doctor paramedic receptionist lady man gentleman physio midwife"),
    (" named {fn}", "nurse doctor lady man gentleman receptionist"),
    (" {fn}", "mum dad husband wife son daughter nan grandad partner"),
    (" ({fn})", "mum dad husband wife son daughter partner"),
    (" {title} {sn}", "consultant surgeon doctor"),
    (" ({title} {sn})", "consultant surgeon doctor specialist"),
    (", {full},", "consultant surgeon doctor nurse"),
    (" especially {fn}", "staff team nurses crew"),
    (" ({fn} and {fn})", "staff team nurses crew paramedics doctors"),
    (" - {fn} -", "receptionist nurse lady"),
    (", I think her name was {fn},", "nurse lady receptionist"),
]

TOWN_FRAMES = [
    "We live in {town} so it was a long way.", "I had to travel from {town}.", "Came all the way from {town}.",
    "The ambulance took me to {town} instead of the local hospital.", "Why do we have to go to {town} for a scan?",
    "Better than the one in {town}.", "I moved here from {town} last year.", "Parking in {town} is a nightmare.",
    "We were on holiday in {town} when it happened.", "Transport from {town} was late again.",
    "Lived in {town} all my life and never had care this good.", "Had to get two buses from {town}.",
    "The service in {town} should be copied everywhere.", "I'm from {town}, {county}.",
    "We drove over from {town}, {county}.", "Sent to {town} then back to {town} - ridiculous.",
    "My {rel} lives in {town} and could not visit.", "Originally from {abroad} but lived here 20 years.",
    "My {rel} flew in from {abroad}.", "I was born in {abroad}, {country}.", "As a visitor from {abroad} I was impressed.",
    "We are visiting from {uscity}, {state}.", "Compared to the hospital back home in {uscity} this was great.",
    "{town} clinic is much closer for me.", "why cant we be seen in {town}", "travelled frm {town} 4 nothing",
    "The hospital in {town} was much better organised.", "Please open a clinic in {town}.",
    "Pick up was from {town} and the driver got lost.", "Moved to {county} last year.",
    "I live out near {town} and there are no buses.", "My {rel} used to nurse in {abroad}.",
    "Treated in {abroad} before and this was just as good.", "Had to go to {town} A&E as ours was closed.",
    "We come from {town} on the coast.", "lives in {town} {county}",
]
TOWN_INLINE = [
    (" in {town}", "hospital clinic surgery centre unit"),
    (" from {town}", "ambulance transport crew driver"),
    (" in {town}", "home"),
    (" at {town}", "hospital clinic"),
]
ADDR_FRAMES = [
    "Please send letters to {addr}.", "My address is {addr}.", "Address: {addr}", "I live at {addr}.",
    "Pick up address was {addr} and they went to the wrong one.", "New address - {addr}", "Correspondence to {addr}",
    "my new address is {addr} pls update", "They sent it to {addr} which is my old address.",
    "Mum is now at {addr}.", "Discharged to {addr}.", "Home address: {addr}.", "Please update my address to {addr}.",
    "We are at {addr} if anyone wants to visit.", "Letters keep going to {addr}.",
    "Collected from {addr} on time.", "I'm staying with my {rel} at {addr}.",
    "Dad lives at {addr}, please note.", "Contact me at {addr}.", "The ambulance went to {addr} by mistake.",
    "Write to me c/o {addr}.", "Home is {addr}",
]
DATE_FRAMES = [
    "I was seen on {date}.", "My appointment was on {date}.", "I attended on {date} and waited hours.",
    "Operation on {date} went well.", "Discharged {date}.", "We came in on the {dd} and left on the {dd}.",
    "Came in on {wd} the {dd}.", "Seen on {wd} {dd} by a lovely team.", "My {rel}'s date of birth is {dob}.",
    "DOB {dob}", "Born {dob}.", "d.o.b. {dob}", "Follow up booked for {date}.", "Admitted on {date}, home on {date}.",
    "appt was {date} and nobody turned up", "The letter said {date} but it was cancelled.",
    "Visit on {date} was fine.", "Since {date} I have heard nothing.", "Transport booked for {wd} {dd}.",
    "Date of visit: {date}", "She was born on {dob} so you can find her records.",
]
AGE_FRAMES = [
    "My {orel} is {age} and was treated with such respect.", "My {age} year old {orel} was left waiting.",
    "Being {age} I found it hard to get there.", "At {age} years of age I don't expect to wait 4 hours.",
    "She is {age} years old and very frail.", "I'm {age} and still independent.", "aged {age}",
    "My {orel} (aged {agen}) was looked after well.", "{orel} is {agen}yrs old", "He's {agen} yo and was terrified.",
    "She turned {age} last week.", "It was his {agen}th birthday on the ward.", "A {agen}-year-old with dementia should not be sent home at night.",
    "As a {agen} year old I was treated with dignity.", "At the age of {age} you expect some respect.",
    "My {orel} ({agen}) was discharged at 2am.", "Patient {agen}y/o, frail.", "She'll be {age} next birthday.",
    "Not bad for someone of {age}!", "I am a lady of {age}.", "{agen} yrs old and still going strong.",
    "hes {agen} and cant walk far", "My {orel} is nearly {age}.", "Age: {agen}", "My {orel}, who is {age}, loved the staff.",
    "me being {agen} i couldnt hear", "{orel} just celebrated her {agen}th.", "At {agen}, she deserves better.",
    "Our {orel} is {agen} y.o. and deaf.", "He is now {age} and lives alone.", "I'm {agen} this year.",
    "{orel} aged {agen}yrs", "for a {agen} yr old this was too long to wait", "I am {age} years young!",
    "My {orel} is {agen} years old, blind and diabetic.", "A frail {age}-year-old lady",
]
PHONE_FRAMES = [
    "Please call me on {phone}.", "My number is {phone}.", "Call {phone} if you need more info.",
    "mob {phone}", "Tel: {phone}", "You can reach my {rel} on {phone}.", "ring me {phone}",
    "They kept ringing {phone} which is not my number.", "Contact number {phone}.", "Ph. {phone}",
]
EMAIL_FRAMES = [
    "Email me at {email}.", "My email is {email} if you want to discuss.", "Contact: {email}",
    "Please reply to {email}.", "email {email}", "I emailed {email} and got no reply.",
    "Please send the results to {email}.",
]
PC_FRAMES = [
    "My postcode is {pc}.", "Postcode {pc} - the driver could not find it.", "We are in {pc}.",
    "post code {pc}", "Live in the {pc} area.", "The satnav took them to {pc} instead.",
    "Please note new postcode: {pc}.",
]
HOSP_FRAMES = [
    "My hospital number is {hosp}.", "Hospital no. {hosp}", "MRN {hosp}", "Unit number {hosp}.",
    "Patient ref: {hosp}", "Ref {hosp}", "Record no {hosp}.", "hosp number {hosp}", "My case number was {hosp}.",
    "Quote {hosp} when you call back.", "Booking reference {hosp}.", "({hosp})",
]
NHS_FRAMES = [
    "My NHS number is {nhs}.", "NHS no. {nhs}", "NHS number: {nhs}", "nhs no {nhs}",
    "My {rel}'s NHS number is {nhs}.", "Ref NHS {nhs}",
]
ZIP_FRAMES = [
    "We are visiting from {uscity}, {st} {zip}.", "Home address is in {uscity}, {st} {zip}.",
    "I live in {state} {zip}.", "Zip code {zip}.", "Mail to {uscity}, {st} {zip} please.",
    "Originally from {uscity} {st} {zip}.",
]

DECOYS = [
    "I will come back if I need to.", "Hope this helps.", "I hope they keep it up.",
    "Could not have a bath for a week.", "Reading the leaflet helped.", "They gave me a grace period to pay for parking.",
    "There is still a mark on my arm from the cannula.", "The staff really rose to the occasion.",
    "The doctor was frank with me which I liked.", "I have faith in the NHS again.",
    "It was a lovely sunny day and the garden was open.", "I got a bill for parking.",
    "I came in last summer too.", "The penny finally dropped about my diet.", "Patience was needed but it was worth it.",
    "It was a joy to be treated so well.", "My reading glasses were left behind.",
    "Had to deal with it myself.", "Full marks for the food.", "I will recommend them.",
    "It was a matter of will power in the end.", "Let's hope the car park gets sorted.",
    "Lots of hope for the future now.", "Did not mark the form properly.",
    "Still waiting on the bill.", "The rose garden outside was lovely.", "We had to wait in the street.",
    "Got a frank answer for once.", "Will definitely use it again.", "The long wait did not dampen my faith in them.",
    "Went home to a hot bath.", "The joy on my son's face said it all.",
]

ENTITY_PH = {"fn": "NAME", "sn": "NAME", "full": "NAME", "is": "NAME", "town": "TOWN", "county": "TOWN",
             "abroad": "TOWN", "uscity": "TOWN", "addr": "ADDRESS", "date": "DATE", "dob": "DATE",
             "dd": "DATE", "age": "AGE_OVER_89", "agen": "AGE_OVER_89", "phone": "PHONE", "email": "EMAIL",
             "pc": "POSTCODE", "hosp": "HOSPITAL_NUMBER", "nhs": "NHS_NUMBER", "zip": "ZIP"}
PH_RE = re.compile(r"\{(\w+)\}")


def frame_types(tpl):
    ts = []
    for m in PH_RE.finditer(tpl):
        k = m.group(1)
        if k in ENTITY_PH:
            ts.append(ENTITY_PH[k])
        elif k == "list":
            ts += ["NAME"] * 2
        elif k == "list5":
            ts += ["NAME"] * 5
    return ts


ALL_FRAMES = []  # (template, kind, anchors)
for t in NAME_FRAMES + TOWN_FRAMES + ADDR_FRAMES + DATE_FRAMES + AGE_FRAMES + PHONE_FRAMES + EMAIL_FRAMES + \
        PC_FRAMES + HOSP_FRAMES + NHS_FRAMES + ZIP_FRAMES:
    ALL_FRAMES.append((t, "S", ()))
for t in NAME_END:
    ALL_FRAMES.append((t, "E", ()))
for t, a in NAME_INLINE + TOWN_INLINE:
    ALL_FRAMES.append((t, "I", tuple(a.split())))


def name_list(n):
    names = []
    for _ in range(n):
        r = rng.random()
        if r < 0.7:
            names.append(first_name())
        elif r < 0.85:
            names.append(full_name())
        else:
            names.append(surname())
    style = rng.random()
    segs = []
    if style < 0.45:
        for i, nm in enumerate(names):
            if i:
                segs.append(" and " if i == n - 1 else ", ")
            segs.append(("NAME", nm))
    elif style < 0.65:
        for i, nm in enumerate(names):
            if i:
                segs.append(" & " if i == n - 1 else ", ")
            segs.append(("NAME", nm))
    elif style < 0.8:
        sep = pick(["/", " / "])
        for i, nm in enumerate(names):
            if i:
                segs.append(sep)
            segs.append(("NAME", nm))
    else:
        sep = pick([", ", " + ", ", "])
        for i, nm in enumerate(names):
            if i:
                segs.append(sep)
            segs.append(("NAME", nm))
    return segs


def instantiate(tpl, list_n=None):
    """Return list of segments (str literal or (type, value))."""
    segs = []
    pos = 0
    ctx = {"uscity": None}
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append(tpl[pos:m.start()])
        k = m.group(1)
        pos = m.end()
        if k == "fn":
            segs.append(("NAME", first_name()))
        elif k == "sn":
            segs.append(("NAME", surname()))
        elif k == "full":
            segs.append(("NAME", full_name()))
        elif k == "is":
            segs.append(("NAME", initial_surname()))
        elif k == "list":
            segs += name_list(list_n or 2)
        elif k == "list5":
            segs += name_list(5)
        elif k == "town":
            segs.append(("TOWN", uk_town()))
        elif k == "county":
            segs.append(("TOWN", pick(COUNTIES)))
        elif k == "abroad":
            ctx["abroad"] = pick(ABROAD)
            segs.append(("TOWN", ctx["abroad"]))
        elif k == "uscity":
            c = pick(US_CITIES)
            ctx["uscity"] = c
            segs.append(("TOWN", c[0]))
        elif k in ("st", "state"):
            c = ctx["uscity"] or pick(US_CITIES)
            ctx["uscity"] = c
            segs.append(c[1] if k == "st" else c[2])
        elif k == "country":
            segs.append(ABROAD_COUNTRY[ctx["abroad"]] if ctx.get("abroad") else pick(COUNTRIES))
        elif k == "addr":
            segs.append(("ADDRESS", address()))
        elif k == "date":
            segs.append(("DATE", date_value()))
        elif k == "dob":
            segs.append(("DATE", date_value(dob=True)))
        elif k == "dd":
            segs.append(("DATE", day_ordinal()))
        elif k == "wd":
            segs.append(pick(WEEKDAYS))
        elif k == "age":
            segs.append(("AGE_OVER_89", age_value()))
        elif k == "agen":
            segs.append(("AGE_OVER_89", age_value(words_ok=False)))
        elif k == "phone":
            segs.append(("PHONE", phone()))
        elif k == "email":
            segs.append(("EMAIL", email()))
        elif k == "pc":
            segs.append(("POSTCODE", postcode()))
        elif k == "hosp":
            segs.append(("HOSPITAL_NUMBER", hosp_number()))
        elif k == "nhs":
            segs.append(("NHS_NUMBER", nhs_number()))
        elif k == "zip":
            segs.append(("ZIP", us_zip()))
        elif k == "rel":
            segs.append(pick(RELS))
        elif k == "orel":
            segs.append(pick(OLD_RELS))
        elif k == "role":
            segs.append(pick(ROLES))
        elif k == "title":
            segs.append(pick(TITLES))
        else:
            raise KeyError(k)
    if pos < len(tpl):
        segs.append(tpl[pos:])
    # "{uscity}, {st} {zip}" etc: states must follow the city chosen; handled via ctx above.
    return segs


TYPO_OPS = ("swap", "drop", "double")


def typo_word(w):
    if len(w) < 3 or not w.isalpha():
        return None
    i = rng.randrange(1, len(w) - 1)
    op = pick(TYPO_OPS)
    if op == "swap":
        n = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == "drop":
        n = w[:i] + w[i + 1:]
    else:
        n = w[:i] + w[i] + w[i:]
    return n if n != w else None


def add_typo(segs):
    """Misspell one literal word directly next to a value. Returns True if done."""
    spots = []
    for i, s in enumerate(segs):
        if isinstance(s, tuple):
            if i > 0 and isinstance(segs[i - 1], str):
                spots.append((i - 1, "last"))
            if i + 1 < len(segs) and isinstance(segs[i + 1], str):
                spots.append((i + 1, "first"))
    rng.shuffle(spots)
    for idx, where in spots:
        lit = segs[idx]
        words = list(re.finditer(r"[A-Za-z]+", lit))
        if not words:
            continue
        m = words[-1] if where == "last" else words[0]
        gap = lit[m.end():] if where == "last" else lit[:m.start()]
        if gap.strip(" ,'"):
            continue  # word is not directly beside the value
        nw = typo_word(m.group(0))
        if nw:
            segs[idx] = lit[:m.start()] + nw + lit[m.end():]
            return True
    return False


def apply_case(segs, mode):
    if mode == "normal":
        return segs
    f = str.lower if mode == "lower" else str.upper
    out = []
    for s in segs:
        if isinstance(s, tuple):
            out.append((s[0], f(s[1])))
        else:
            out.append(f(s))
    return out


# --------------------------------------------------------------------------
# Planting
# --------------------------------------------------------------------------

BOUNDARY_RE = re.compile(r"[.!?]+[\"')]*\s+")


def boundaries(text):
    """Insertion points: 0, after each sentence-end + whitespace, end."""
    pts = [0]
    for m in BOUNDARY_RE.finditer(text):
        if 0 < m.end() < len(text):
            pts.append(m.end())
    pts.append(len(text))
    return pts


def anchor_points(text, anchors):
    pts = []
    for a in anchors:
        for m in re.finditer(r"\b%s\b" % re.escape(a), text, re.I):
            if m.end() < len(text) and text[m.end()] in "'’":
                continue
            pts.append(m.end())
    return sorted(set(pts))


def standalone_wrap(text, pos, segs):
    """Surround a sentence frame so it sits at a boundary."""
    segs = list(segs)
    if pos == 0:
        segs.append(" ")
    elif pos == len(text):
        tail = text.rstrip()
        if tail and tail[-1] not in ".!?":
            segs.insert(0, pick([". ", " - ", "\n", ". ", ", "]))
        else:
            segs.insert(0, pick([" ", " ", "\n", "  "]))
    else:
        segs.append(" ")
    return segs


def choose_type(remaining):
    types = sorted(remaining)
    weights = [max(remaining[t], 0) + 0.01 * TARGETS[t] for t in types]
    x = rng.random() * sum(weights)
    for t, w in zip(types, weights):
        x -= w
        if x < 0:
            return t
    return types[-1]


FRAMES_BY_TYPE = {}
for fr in ALL_FRAMES:
    for t in sorted(set(frame_types(fr[0]))):
        FRAMES_BY_TYPE.setdefault(t, []).append(fr)


def plan_record(text, n_ent, remaining, lowercase_all, decoy):
    """Return list of insertions (pos, order, segs) and entity types used."""
    inserts = []
    used = []
    tally = Counter()
    cap = n_ent
    tries = 0
    while cap > 0 and tries < 40:
        tries += 1
        t = choose_type(remaining)
        inline = [fr for fr in FRAMES_BY_TYPE[t] if fr[1] == "I" and anchor_points(text, fr[2])]
        if inline and chance(0.45):
            tpl, kind, anchors = pick(inline)
        else:
            tpl, kind, anchors = pick(FRAMES_BY_TYPE[t])
        ft = frame_types(tpl)
        list_n = None
        if "{list5}" in tpl:
            if cap != 5:
                continue
        elif "{list}" in tpl:
            base = len(ft) - 2
            if cap - base < 2:
                continue
            list_n = rng.randint(2, min(4, cap - base))
        elif len(ft) > cap or (cap == 5 and not inserts):
            continue
        if kind == "I":
            pts = anchor_points(text, anchors)
            if not pts:
                continue
            pos = pick(pts)
        elif kind == "E":
            pos = len(text)
        else:
            pos = pick(boundaries(text))
        segs = instantiate(tpl, list_n)
        if chance(0.20) and add_typo(segs):  # about 60% of tries find a word beside the value
            tally["typo"] += 1
        if lowercase_all:
            mode = "lower"
        else:
            r = rng.random()
            mode = "lower" if r < 0.25 else ("upper" if r < 0.30 else "normal")
        segs = apply_case(segs, mode)
        if kind != "I":
            segs = standalone_wrap(text, pos, segs)
        ents = [s[0] for s in segs if isinstance(s, tuple)]
        tally["frames_" + kind] += 1
        tally["case_" + mode] += 1
        tally["tpl:" + tpl] += 1
        inserts.append((pos, 1 if kind == "E" else 0, segs))
        used += ents
        cap -= len(ents)
    if decoy:
        d = pick(DECOYS)
        if lowercase_all:
            d = d.lower()
        pos = pick(boundaries(text))
        inserts.append((pos, 0, standalone_wrap(text, pos, [d])))
    return inserts, used, tally


def render(text, inserts):
    # stable order: by position, then end-only frames last, then draw order
    order = sorted(range(len(inserts)), key=lambda i: (inserts[i][0], inserts[i][1], i))
    out = []
    ents = []
    cur = 0
    length = 0
    for i in order:
        pos, _, segs = inserts[i]
        if pos > cur:
            out.append(text[cur:pos])
            length += pos - cur
            cur = pos
        for s in segs:
            if isinstance(s, tuple):
                ents.append({"start": length, "end": length + len(s[1]), "type": s[0], "value": s[1]})
                out.append(s[1])
                length += len(s[1])
            else:
                out.append(s)
                length += len(s)
    out.append(text[cur:])
    return "".join(out), ents


def leaks(new_text, ents):
    """True if a planted NAME/TOWN word also occurs outside every entity span."""
    for e in ents:
        if e["type"] not in ("NAME", "TOWN"):
            continue
        for w in re.findall(r"[^\W\d_]+", e["value"]):
            if len(w) < 2:
                continue
            for m in re.finditer(r"(?<![^\W\d_])%s(?![^\W\d_])" % re.escape(w), new_text, re.I):
                if not any(x["start"] <= m.start() and m.end() <= x["end"] for x in ents):
                    return True
    return False


def is_subsequence(small, big):
    it = iter(big)
    return all(c in it for c in small)


def count_draw():
    r = rng.random()
    if r < 0.28:
        return 1
    if r < 0.63:
        return 2
    if r < 0.86:
        return 3
    return 4


def build():
    pool = select_pool()
    rng.shuffle(pool)
    chosen = pool[:N_RECORDS]
    n = len(chosen)
    zero_idx = set(rng.sample(range(n), round(n * 0.05)))
    decoy_idx = set(rng.sample(range(n), 60))
    remaining = dict(TARGETS)
    records = []
    for i, (rid, text) in enumerate(chosen):
        n_ent = 0 if i in zero_idx else count_draw()
        if n_ent == 4 and rng.random() < 0.06:
            n_ent = 5  # a five-name staff list
        lowercase_all = not any(c.isupper() for c in text)
        for attempt in range(200):
            inserts, used, tally = plan_record(text, n_ent, remaining, lowercase_all, i in decoy_idx)
            new_text, ents = render(text, inserts)
            if len(ents) != n_ent and attempt < 150:
                continue
            if not leaks(new_text, ents):
                break
        else:
            raise RuntimeError("could not plant " + rid)
        TALLY.update(tally)
        for e in ents:
            remaining[e["type"]] -= 1
            e["profiles"] = ["hipaa_safe_harbor"] if e["type"] in HIPAA_ONLY else ["standard", "hipaa_safe_harbor"]
            assert new_text[e["start"]:e["end"]] == e["value"]
            if e["type"] == "NHS_NUMBER":
                assert nhs_valid(e["value"])
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"]
        assert is_subsequence(text, new_text)
        records.append({"id": rid, "text": new_text, "original": text,
                        "entities": [{k: e[k] for k in ("start", "end", "type", "value", "profiles")} for e in ents]})
    return records, len(pool)


def stats(records, pool_size):
    c = Counter(e["type"] for r in records for e in r["entities"])
    per = Counter(len(r["entities"]) for r in records)
    decoy_words = 0
    lines = ["records: %d" % len(records), "eligible pool: %d" % pool_size,
             "entities: %d" % sum(c.values())]
    for t in TARGETS:
        lines.append("  %-16s %4d (aim %d)" % (t, c[t], TARGETS[t]))
    lines.append("entities per record: " + ", ".join("%d: %d" % (k, per[k]) for k in sorted(per)))
    lines.append("records from phase 1 / phase 2: %d / %d" % (
        sum(r["id"].startswith("fft1:") for r in records), sum(r["id"].startswith("fft2:") for r in records)))
    lines.append("records with a decoy sentence: %d" % sum(
        any(d in r["text"] or d.lower() in r["text"] for d in DECOYS) and not any(
            d in r["original"] or d.lower() in r["original"] for d in DECOYS) for r in records))
    lines.append("records whose NAME values are all lower case: %d" % sum(
        any(e["type"] == "NAME" for e in r["entities"]) and all(
            e["value"] == e["value"].lower() for e in r["entities"] if e["type"] == "NAME") for r in records))
    lines.append("records with a NAME in capitals: %d" % sum(
        any(e["type"] == "NAME" and e["value"].isupper() and len(e["value"]) > 1 for e in r["entities"]) for r in records))
    lines.append("frames available: %d (sentence %d, sign-off %d, inline %d); decoy sentences %d" % (
        len(ALL_FRAMES), sum(k == "S" for _, k, _ in ALL_FRAMES), sum(k == "E" for _, k, _ in ALL_FRAMES),
        sum(k == "I" for _, k, _ in ALL_FRAMES), len(DECOYS)))
    lines.append("age frames: %d" % len(AGE_FRAMES))
    lines.append("frames planted: %d (sentence %d, sign-off %d, inline %d); distinct frames used: %d" % (
        TALLY["frames_S"] + TALLY["frames_E"] + TALLY["frames_I"], TALLY["frames_S"], TALLY["frames_E"],
        TALLY["frames_I"], sum(1 for k in TALLY if k.startswith("tpl:"))))
    lines.append("frame case: as written %d, lower %d, capitals %d; frames with a typo beside the value: %d" % (
        TALLY["case_normal"], TALLY["case_lower"], TALLY["case_upper"], TALLY["typo"]))
    return "\n".join(lines)


def main():
    records, pool_size = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        print(stats(records, pool_size))


if __name__ == "__main__":
    main()
