#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset25.jsonl.

A held-out development set for the redactor: 500 real NHS Friends and Family
Test comments (The-Strategy-Unit/pxtextmining, MIT, copyright NHS England;
Care Opinion data in it CC BY-NC-SA 4.0) with invented personal details
planted into them by hand-written frames.  Written from scratch by an agent
that never read the redactor, its tests, reports, or any other set's
contents, builders or cards.

Standard library only; deterministic (one random.Random(20260025); no use of
hash ordering).  Usage:

    python build_redaction_devset25.py            # writes the jsonl
    python build_redaction_devset25.py --stats    # writes it and prints counts
"""
import csv
import json
import os
import re
import sys
from collections import Counter

import random

SEED = 20260025
N_RECORDS = 500
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA_DIR = "/work/shared/data/nhs_fft"
OUT = os.path.join(ROOT, "evaluation", "data", "redaction_devset25.jsonl")
EXCLUDE_FILES = ["redaction_testset.jsonl", "redaction_testset_v2.jsonl",
                 "redaction_devset5.jsonl"]

TARGETS = {"NAME": 420, "TOWN": 220, "ADDRESS": 80, "DATE": 60,
           "AGE_OVER_89": 40, "PHONE": 35, "EMAIL": 25, "POSTCODE": 30,
           "HOSPITAL_NUMBER": 50, "NHS_NUMBER": 25, "ZIP": 15}
HIPAA_ONLY = {"TOWN", "DATE", "AGE_OVER_89"}


def profiles(t):
    return ["hipaa_safe_harbor"] if t in HIPAA_ONLY else ["standard", "hipaa_safe_harbor"]


# ---------------------------------------------------------------------------
# corpus and selection
# ---------------------------------------------------------------------------
WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def load_corpus():
    rows1 = []
    with open(os.path.join(DATA_DIR, "fft_phase1.csv"), newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            rows1.append((i, row.get("row_index", ""), (row.get("feedback") or "").strip()))
    rows2 = []
    with open(os.path.join(DATA_DIR, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows2.append((row["Comment ID"], (row.get("FFT answer") or "").strip()))
    return rows1, rows2


def load_excluded_ids():
    ids = set()
    for name in EXCLUDE_FILES:
        with open(os.path.join(ROOT, "evaluation", "data", name), encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.add(json.loads(line)["id"])   # only the id is used
    return ids


def word_stats(texts):
    lower = Counter()
    capmid = Counter()
    caps_docs = Counter()
    for t in texts:
        seen_caps = set()
        for m in WORD_RE.finditer(t):
            w = m.group().replace("\u2019", "'")
            if w.islower():
                lower[w] += 1
            elif w[0].isupper():
                if len(w) > 1 and w.isupper():
                    seen_caps.add(w)
                elif len(w) == 1:
                    seen_caps.add(w)
                j = m.start() - 1
                while j >= 0 and t[j] in " \t\"'(\u201c\u2018-":
                    j -= 1
                if j >= 0 and t[j] not in ".!?\n\r:;":
                    capmid[w.lower()] += 1
        for w in seen_caps:
            caps_docs[w] += 1
    return lower, capmid, caps_docs


BAD_PATTERNS = [
    re.compile(r"\d{3,}"),
    re.compile(r"\d+\s*(?:st|nd|rd|th)\b", re.I),
    re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}"),
    re.compile(r"@"),
    re.compile(r"https?:|www\.|\b[\w\-]+\.(?:com|co\.uk|org|net|uk|nhs|gov|ac|io|info)\b", re.I),
    re.compile(r"xxx|\*\*|[\[\]{}<>()#]|redact|\bname removed\b|\banonymi", re.I),
    re.compile(r"\b(?:[Dd][Rr]|[Mm][Rr][Ss]?|[Mm][Ss]|[Mm]iss|MISS|[Nn]urse|NURSE|[Ss]ister|SISTER)\.?\s+[A-Z]"),
]


def eligible(text, lower, capmid, caps_docs):
    if not (20 <= len(text) <= 700):
        return False
    for p in BAD_PATTERNS:
        if p.search(text):
            return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.40:
        return False
    for m in WORD_RE.finditer(text):
        w = m.group().replace("\u2019", "'")
        if not w[0].isupper() and not any(c.isupper() for c in w):
            continue
        if w.isupper() and len(w) <= 6 and caps_docs[w] >= 3:
            continue
        lw = w.lower()
        if not (lower[lw] >= 3 and lower[lw] >= capmid[lw]):
            return False
    return True


def build_pool():
    rows1, rows2 = load_corpus()
    all_texts = [t for _, _, t in rows1] + [t for _, t in rows2]
    lower, capmid, caps_docs = word_stats(all_texts)
    excl = load_excluded_ids()
    excl_texts = set()
    ex1 = set()
    for i in excl:
        if i.startswith("fft1:"):
            ex1.add(i.split(":", 1)[1])
    for pos, rix, t in rows1:
        if str(pos) in ex1 or (rix and rix.strip() in ex1):
            excl_texts.add(t)
    for cid, t in rows2:
        if "fft2:" + cid in excl:
            excl_texts.add(t)
    cands = []
    seen = set()
    for pos, rix, t in rows1:
        cid = "fft1:%d" % pos
        cands.append((cid, t, str(pos) in ex1 or (rix and rix.strip() in ex1)))
    for c, t in rows2:
        cid = "fft2:" + c
        cands.append((cid, t, cid in excl))
    pool = []
    for cid, t, ex in cands:
        if not t or t in seen:
            continue
        seen.add(t)
        if ex or t in excl_texts:
            continue
        if eligible(t, lower, capmid, caps_docs):
            pool.append((cid, t))
    return pool


# ---------------------------------------------------------------------------
# value pools (invented; names are common given names and surnames)
# ---------------------------------------------------------------------------
FIRST = {
    "english": "Oliver George Harry Jack Charlie Thomas Amelia Olivia Emily Poppy Jessica Daniel Samuel Eleanor Harriet Barry Gary Keith Colin Brenda Maureen Sandra Trevor Derek Lorraine Beverley Wendy Stuart Clive Gillian Janet Pauline Kevin Dean Kelly Leanne Chloe Megan Ellie Zoe Lucy Abigail Reece Kieran Tyler Gemma Stacey Darren Lee Carole Graham Nigel Sharon Tracey Julie".split(),
    "scottish": "Hamish Morag Ailsa Fraser Callum Kirsty Eilidh Iain Alasdair Mhairi Catriona Ewan Lachlan Isla Fiona Gregor Struan Euan Shona".split(),
    "welsh": "Rhys Dafydd Gethin Cerys Sioned Rhiannon Bethan Gareth Iwan Ffion Llinos Aled Owain Carys Heledd Emyr Gwen Elin".split(),
    "irish": "Siobhán Niamh Aoife Ciara Saoirse Orla Róisín Padraig Ciarán Seán Eoin Cormac Declan Darragh Aisling Gráinne Caoimhe Oisín Siobhan Sinead".split(),
    "southasian": "Priya Anjali Rajesh Sanjay Deepak Sunita Harpreet Gurpreet Manjit Arjun Rohan Nisha Imran Farhana Nasreen Shabana Tariq Asif Bilal Ayesha Sadia Rukhsana Kamal Lakshmi Meena Vikram Sukhwinder Jaspreet Parminder Anil Ravi Divya Shreya Nazia Faisal Mohammed Rizwan Navdeep".split(),
    "westafrican": "Kemi Tunde Chidi Ngozi Chiamaka Emeka Obinna Adaeze Folake Yetunde Femi Bola Kwame Kofi Ama Akua Abena Yaw Kwabena Efua Olu Oluwaseun Ifeoma Nnamdi Babajide Funmilayo Mariama Fatou Ousmane Aminata Tolu Seun".split(),
    "eastafrican": "Wanjiru Njeri Kamau Otieno Achieng Amani Baraka Zawadi Tendai Chipo Tsegaye Abebe Meron Selam Hodan Abdi Faadumo Nakato Mugisha Okello".split(),
    "caribbean": "Delroy Winston Marcia Sonia Errol Leroy Desmond Paulette Claudette Marva Everton Jermaine Keisha Dwayne Andrea Hyacinth Lloyd Beverly".split(),
    "chinese": "Wei Mei Xiaoming Jing Hui Ling Yan Zhen Xin Hao Jun Ying Lei Xiulan Jiayi Zihan".split(),
    "vietnamese": "Linh Huong Minh Tuan Thao Trang Duc Quang Phuong Hanh Bao Thuy Nguyet Khanh".split(),
    "easteuropean": "Agnieszka Katarzyna Magda Małgorzata Piotr Tomasz Krzysztof Paweł Łukasz Zofia Wojciech Marek Ewa Dorota Jolanta Bartosz Ivana Milena Andrei Ioana Mihai Dragoș Oksana Olena Dmytro Jana Petra Vesna Goran Raluca Marius Inga Rasa Jurgita Kasia".split(),
    "arabic": "Fatima Aisha Omar Yusuf Khalid Layla Mariam Hassan Hussein Nour Rania Samir Zainab Amira Ibrahim Karim Hana Mustafa Salma Walid Youssef Hamza Leila".split(),
    "turkish": "Emre Elif Mehmet Ayşe Zeynep Burak Deniz Serkan Gökhan Özlem Cem Yasemin Murat Esra Hakan Selin".split(),
    "portuguese": "João Thiago Gabriela Luana Rafael Beatriz Gonçalo Inês Tiago Fernanda Leandro Vitória Rodrigo Paulo Marta".split(),
    "filipino": "Maricel Jocelyn Rowena Arnel Jomar Mylene Rodel Analyn Marites Jerome Rhea Cherry Dindo Lovely Precious Jhun".split(),
    "greek": "Eleni Dimitris Giorgos Katerina Nikos Yiannis Despina Stavros Vasiliki Christos Panagiota Kostas".split(),
    "spanish": "Alejandro Lucía Carmen Javier Sofía Mateo Valentina Diego Ximena Guadalupe Jesús Santiago Camila Rocío Pilar Iñaki Nerea Begoña".split(),
    "wordnames": "Hope Faith Will Grace Rose Summer Mark Bill Frank Sunny Jordan Chelsea Florence Joy Dawn Holly Ruby Pearl Amber Heather Ivy Daisy Skye Robin Patience Blessing Comfort Gift Destiny Brook Sydney Shannon Kerry Clare Austin Paris Devon Lincoln Chester".split(),
}
FIRST_MULTI = ["María José", "Li Na", "Anne-Marie", "Mary-Kate", "Jean-Paul", "Ah Lam", "Mohammed Ali", "Nur Aisyah", "Kwame Nana"]
NICKS = ["Jonny", "Bex", "Big Dave", "Shaz", "Gaz", "Kaz", "Mo", "Tez", "Baz", "Deano", "Jonno", "Robbo", "Tash", "Jules",
         "Mags", "Bev", "Trish", "Kath", "Sal", "Stevie", "Mick", "Del", "Mel", "Liz", "Little Steve", "Jimbo", "Benny",
         "Fi", "Rach", "Soph", "Nath", "Chaz", "Dev", "Raj", "Kemz", "Taz", "Biggsy", "Woody", "Smithy", "Sandy", "Babs"]
SURNAMES = {
    "english": "Smith Jones Taylor Brown Wilson Thompson Walker Wright Robinson Hughes Edwards Green Hall Wood Harrison Clarke Jackson Turner Hill Cooper Ward Barker Marsh Pickering Whitworth Ainsworth Sutcliffe Entwistle Ramsbottom Fairclough Higginbottom Pennington Cartwright Threlfall Heseltine Baker Cook Bell Moss Little Bird Fox Lamb Savage Hardy Stone Frost Sharp".split(),
    "scottish": "MacDonald McKenzie Campbell Stewart Fraser Murray Ross Sinclair Cameron MacLeod McIntyre Buchanan Drummond Ferguson Urquhart Menzies McAllister".split(),
    "welsh": "Evans Davies Williams Pritchard Powell Griffiths Llewellyn Prosser Bevan Vaughan Rees Morgan Parry Howells Jenkins".split(),
    "irish": "O'Brien O'Sullivan O'Connor McCarthy Murphy Kelly Byrne Doherty Gallagher Fitzgerald Quinn MacNamara O'Donoghue Kavanagh Brennan Mulligan O'Neill Ní\u00a0Bhriain".split(),
    "southasian": "Patel Shah Sharma Singh Kaur Gill Sandhu Chaudhry Khan Hussain Ahmed Begum Iqbal Malik Rahman Chowdhury Mistry Desai Iyer Nair Krishnan Reddy Bhatt Mehta Kapoor Dhillon Ghosh Banerjee Perera Fernando Jayawardena D'Souza D'Costa".split(),
    "westafrican": "Okafor Adeyemi Okonkwo Balogun Mensah Boateng Asante Owusu Adebayo Eze Nwosu Ogunleye Olawale Diallo Sesay Kamara Danso Appiah N'Diaye".split(),
    "eastafrican": "Mwangi Odhiambo Wanjiku Kiprop Mutua Tesfaye Haile Gebremedhin Warsame Abdullahi Nakamya Kariuki Ochieng".split(),
    "caribbean": "Francis Bailey Reid Henry Forbes Beckford Gayle Samuels Bennett Findlay Brathwaite".split(),
    "chinese": "Wang Zhang Chen Liu Yang Huang Zhao Zhou Chan Wong Cheung Lau Leung Tang".split(),
    "vietnamese": "Nguyen Tran Pham Hoang Phan Dang Bui Ngo Duong Truong".split(),
    "easteuropean": "Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski Mazur Krawczyk Popescu Ionescu Horvat Novák Kovalenko Shevchenko Petrov Ivanova Kazlauskas Bērziņš Dvořák Nagy".split(),
    "arabic": "Al-Sayed Haddad Nasser Mansour Khoury Abdallah El-Masri Al-Amin Saleh Farouk Rashid Hamdan Aziz".split(),
    "turkish": "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aksoy".split(),
    "portuguese": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Almeida Carvalho Gonçalves Sousa Ribeiro Barbosa".split(),
    "filipino": "Reyes Cruz Bautista Garcia Mendoza Villanueva Manalo Aquino Pascual Ramos Dimaculangan Macapagal".split(),
    "greek": "Papadopoulos Georgiou Nikolaidis Konstantinou Papadakis Christodoulou Vlachos Antoniou Karagiannis".split(),
    "spanish": "García Martínez López Hernández González Rodríguez Pérez Sánchez Ramírez Torres Flores Morales Ortiz Gutiérrez Castillo Jiménez".split(),
}
SURNAMES["irish"] = [s.replace("\u00a0", " ") for s in SURNAMES["irish"]]
DOUBLE_SURNAMES = ["Ashworth-Bell", "Hughes-Morgan", "Smith-Okafor", "Clarke-Mensah", "Patel-Jones", "Fenwick-Hall",
                   "Lloyd-Evans", "Wynne-Jones", "Harper-Scott", "Ross-Wilson", "Bennett-Ahmed", "Kowalska-Brown",
                   "Taylor-Nwosu", "García-López", "Hartley Dunn", "Price Thomas", "Moreno Silva", "Dela Cruz",
                   "Lewis-Owen", "Okoro-Davies", "Begum-Ali", "Chan-Whitfield", "Da Costa", "Van der Berg", "de Souza"]

TOWNS_UK = ("Leeds|Sheffield|Bradford|Wakefield|Harrogate|Hexham|Morpeth|Alnwick|Ashington|Blyth|Cramlington|Gateshead|"
            "Sunderland|Durham|Darlington|Stockton-on-Tees|Middlesbrough|Hartlepool|Redcar|Berwick-upon-Tweed|"
            "Stratford-upon-Avon|Newcastle-under-Lyme|Ashby-de-la-Zouch|Chapel-en-le-Frith|Barrow-in-Furness|"
            "Burton upon Trent|Kingston upon Hull|Henley-on-Thames|Bishop's Stortford|King's Lynn|Weston-super-Mare|"
            "Market Harborough|Kettering|Corby|Wellingborough|Northampton|Daventry|Towcester|Brackley|Rushden|Oundle|"
            "Raunds|Higham Ferrers|Irthlingborough|Desborough|Thrapston|Brixworth|Guisborough|Whitby|Scarborough|"
            "Malton|Thirsk|Northallerton|Ripon|Skipton|Settle|Keighley|Ilkley|Otley|Pudsey|Batley|Dewsbury|Holmfirth|"
            "Hebden Bridge|Todmorden|Ambleside|Keswick|Kendal|Penrith|Carlisle|Workington|Whitehaven|Cockermouth|"
            "Truro|Penzance|St Ives|Bodmin|Looe|Totnes|Ottery St Mary|Chipping Norton|Bourton-on-the-Water|"
            "Stow-on-the-Wold|Moreton-in-Marsh|Much Wenlock|Church Stretton|Leighton Buzzard|Saffron Walden|"
            "Sutton Coldfield|Bury St Edmunds|Great Yarmouth|Little Snoring|Norwich|Ipswich|Colchester|Chelmsford|"
            "Southend-on-Sea|Canterbury|Margate|Deal|Sandwich|Hope|Street|Wells|Bath|Reading|March|Sale|Rugby|Ware|"
            "Cheddar|Bury|Shirley|Kimberley|Stanley|Chester|Lincoln|Ashford|Consett|Seaham|Peterlee|Spennymoor|"
            "Bishop Auckland|Barnard Castle|Prudhoe|Amble|Rothbury|Wooler|Haltwhistle|Jarrow|Hebburn|Whitley Bay|"
            "Tynemouth|Washington|Houghton-le-Spring|Chester-le-Street|Billingham|Yarm|Saltburn-by-the-Sea|"
            "Loftus|Pontefract|Castleford|Goole|Selby|Tadcaster|Wetherby|Boston|Louth|Spalding|Skegness|Oakham|"
            "Uppingham|Melton Mowbray|Loughborough|Hinckley|Lutterworth|Bicester|Banbury|Brighton|Hastings|Rye|"
            "Luton|Bedford|Huntingdon|St Neots|Ely|Wisbech|Stamford|Grantham").split("|")
TOWNS_WALES = ("Aberystwyth|Machynlleth|Llanelli|Pwllheli|Caernarfon|Dolgellau|Llandudno|Betws-y-Coed|Merthyr Tydfil|"
               "Ystradgynlais|Blaenau Ffestiniog|Porthmadog|Abergavenny|Llangollen|Tregaron|Rhosllannerchrugog|"
               "Caerdydd|Abertawe|Pontypridd|Bangor|Wrexham").split("|")
TOWNS_SCOT = ("Inverness|Dingwall|Portree|Stornoway|Ullapool|Kirkcaldy|Auchtermuchty|Dunfermline|Kilmarnock|"
              "Ecclefechan|Tobermory|Fort William|Inbhir Nis|Steòrnabhagh|Peebles|Galashiels|Oban|Pitlochry|Crieff|"
              "Largs|Dundee|Paisley|Motherwell").split("|")
TOWNS_IRE = ("Ballina|Castlebar|Letterkenny|Dungarvan|Clonakilty|Ennis|Tralee|Mullingar|Athlone|Tullamore|Navan|"
             "Drogheda|Dundalk|Enniskillen|Omagh|Ballymena|Coleraine|Newry|Portrush|Baile Átha Cliath|Gaillimh|"
             "Cork|Limerick|Sligo|Kilkenny").split("|")
COUNTIES = ("Northumberland|Durham|North Yorkshire|Cumbria|Norfolk|Suffolk|Northamptonshire|Leicestershire|Derbyshire|"
            "Cornwall|Devon|Somerset|Gwynedd|Powys|Ceredigion|Pembrokeshire|Fife|Perthshire|Argyll|Kent|Essex|"
            "Rutland|Shropshire|Herefordshire|Lincolnshire|Teesside|Tyne and Wear|West Yorkshire|East Sussex|"
            "Cambridgeshire|Oxfordshire|Anglesey").split("|")
IRISH_COUNTIES = ["Mayo", "Kerry", "Donegal", "Antrim", "Tyrone", "Clare", "Galway", "Wexford", "Cavan", "Down", "Fermanagh", "Sligo"]
US_CITIES = [("Springfield", "IL", "Illinois"), ("Columbus", "OH", "Ohio"), ("Albuquerque", "NM", "New Mexico"),
             ("Boise", "ID", "Idaho"), ("Savannah", "GA", "Georgia"), ("Tulsa", "OK", "Oklahoma"),
             ("Spokane", "WA", "Washington"), ("Tucson", "AZ", "Arizona"), ("Omaha", "NE", "Nebraska"),
             ("Madison", "WI", "Wisconsin"), ("Asheville", "NC", "North Carolina"), ("Burlington", "VT", "Vermont"),
             ("Portland", "OR", "Oregon"), ("Dayton", "OH", "Ohio"), ("Fresno", "CA", "California"),
             ("Sacramento", "CA", "California"), ("Raleigh", "NC", "North Carolina"), ("Lubbock", "TX", "Texas"),
             ("El Paso", "TX", "Texas"), ("Baton Rouge", "LA", "Louisiana"), ("Des Moines", "IA", "Iowa"),
             ("Ann Arbor", "MI", "Michigan"), ("Duluth", "MN", "Minnesota"), ("Billings", "MT", "Montana"),
             ("Cheyenne", "WY", "Wyoming"), ("Chattanooga", "TN", "Tennessee"), ("Boston", "MA", "Massachusetts"),
             ("Denver", "CO", "Colorado"), ("Chicago", "IL", "Illinois"), ("Houston", "TX", "Texas"),
             ("Scranton", "PA", "Pennsylvania"), ("Buffalo", "NY", "New York")]
ABROAD = ("Lagos|Accra|Kumasi|Nairobi|Kampala|Addis Ababa|Mogadishu|Harare|Karachi|Lahore|Mirpur|Sylhet|Dhaka|Chennai|"
          "Amritsar|Jalandhar|Kochi|Colombo|Manila|Cebu|Quezon City|Hanoi|Ho Chi Minh City|Da Nang|Guangzhou|Shenzhen|"
          "Kraków|Gdańsk|Wrocław|Poznań|Łódź|Vilnius|Riga|Bucharest|Cluj-Napoca|Iași|Sofia|Thessaloniki|Heraklion|"
          "Izmir|Antalya|Porto|Braga|Funchal|São Paulo|Belo Horizonte|Valencia|Seville|Málaga|Bogotá|Medellín|"
          "Guadalajara|Cairo|Alexandria|Amman|Beirut|Aleppo|Casablanca|Tunis|Florence|Toronto|Sydney|Perth|Auckland|"
          "Vancouver|Melbourne").split("|")
COUNTRIES = ["Poland", "Nigeria", "Ghana", "Pakistan", "India", "Romania", "Portugal", "Spain", "Kenya", "the Philippines",
             "Greece", "Turkey", "Jamaica", "Bangladesh", "Vietnam", "Australia", "Canada", "Lithuania", "Brazil", "Egypt"]

STREET_NAMES = ["Elm Grove", "Mill Lane", "Station Road", "Church Street", "Victoria Terrace", "Albert Road", "Park Avenue",
                "Beech Close", "Rowan Way", "Ash Crescent", "Manor Drive", "Orchard Court", "Chapel Row", "Coronation Street",
                "Queens Road", "Kings Walk", "Hawthorn Gardens", "Meadow View", "Brook Lane", "Willow Walk", "Cedar Drive",
                "Front Street", "Back Lane", "North Road", "The Crescent", "Larch Close", "Sycamore Avenue", "Gladstone Street",
                "Milton Terrace", "Foxglove Way", "Priory Road", "Wesley Street", "Laburnum Grove", "Heather Close"]
STREET_ABBR = [("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Close", "Cl"), ("Crescent", "Cres"), ("Drive", "Dr"),
               ("Gardens", "Gdns"), ("Terrace", "Terr"), ("Lane", "Ln")]
HOUSE_NAMES = ["Rose Cottage", "Ivy House", "The Old Forge", "Holly Bank", "Lilac Cottage", "Glebe Farm", "Hill Top Farm",
               "Fern Lea", "The Bungalow", "Orchard House", "Beck Side", "Moorview", "Ty Gwyn", "Bryn Awel", "Sunnyside"]
CARE_HOMES = ["Willow Bank Care Home", "Oakfield Lodge", "Meadowcroft Nursing Home", "St Anne's Residential Home",
              "Laurel House Care Home", "The Cedars Nursing Home", "Hollins Court", "Brookside Hostel", "Riverside Lodge"]

TITLES = ["Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Sister", "Nurse", "Matron", "Dr.", "Mr.", "Mrs."]
RELS = ["mum", "dad", "nan", "grandad", "husband", "wife", "son", "daughter", "partner", "brother", "sister", "aunt",
        "uncle", "mother-in-law", "father", "mother", "gran", "granddaughter", "friend", "neighbour", "carer", "fiancé"]
ROLES = ["nurse", "doctor", "HCA", "receptionist", "physio", "paramedic", "porter", "midwife", "care assistant",
         "student nurse", "OT", "phlebotomist", "driver", "call handler", "sonographer", "pharmacist", "cleaner"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine", 100: "a hundred",
             101: "a hundred and one", 102: "one hundred and two", 103: "a hundred and three"}
ORD_WORDS = {90: "ninetieth", 91: "ninety-first", 92: "ninety-second", 93: "ninety-third", 94: "ninety-fourth",
             95: "ninety-fifth", 96: "ninety-sixth", 97: "ninety-seventh", 98: "ninety-eighth", 99: "ninety-ninth",
             100: "hundredth", 101: "hundred and first"}
AU_FICTION = ["0491 570 006", "0491 570 156", "0491 570 157", "0491 570 158", "0491 570 159", "0491 570 110",
              "0491 570 313", "0491 570 737", "0491 572 549", "0491 573 087", "0491 574 632", "0491 576 801"]
PC_AREAS = ["LS", "NE", "NN", "M", "B", "S", "DH", "SR", "TS", "YO", "HG", "BD", "WF", "HU", "DN", "LE", "CV", "PE", "IP",
            "NR", "CB", "OX", "EX", "PL", "TR", "CF", "SA", "LL", "SY", "EH", "G", "AB", "IV", "KY", "BT", "CA", "LA",
            "PR", "BB", "OL", "SK", "WA", "CH", "L", "N", "E", "SE", "SW", "W", "DL", "NG", "ST"]
PC_UNIT = "ABDEFGHJLNPQRSTUWXYZ"
HOSP_PREFIX = ["K", "J", "M", "T", "RX", "RTH", "NHF", "HN", "QE", "WH", "SJ", "RVJ", "NGH", "KGH", "A", "E", "H", "X",
               "D", "UH", "NT", "CRN", "RF", "PX", "Z"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


class Gen:
    """Value generators.  Each returns a list of (text, type-or-None)."""

    def __init__(self, rng):
        self.r = rng
        self.origins = sorted(FIRST)
        self.sorigins = sorted(SURNAMES)

    def c(self, seq):
        return self.r.choice(seq)

    # --- names
    def misspell(self, s):
        r = self.r
        if len(s) < 5 or " " in s:
            return s
        i = r.randrange(1, len(s) - 1)
        k = r.random()
        if k < 0.4 and s[i].isalpha():
            return s[:i] + s[i] + s[i:]
        if k < 0.7 and s[i].lower() in "aeiouy":
            return s[:i] + s[i + 1:]
        if s[i].isalpha() and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return s

    def first(self, nick=True):
        r = self.r
        k = r.random()
        if k < 0.12 and nick:
            v = self.c(NICKS)
        elif k < 0.24:
            v = self.c(FIRST["wordnames"])
        elif k < 0.27:
            v = self.c(FIRST_MULTI)
        else:
            v = self.c(FIRST[self.c(self.origins)])
        if r.random() < 0.04:
            v = self.misspell(v)
        return v

    def surname(self):
        r = self.r
        if r.random() < 0.1:
            v = self.c(DOUBLE_SURNAMES)
        else:
            v = self.c(SURNAMES[self.c(self.sorigins)])
        if r.random() < 0.03:
            v = self.misspell(v)
        return v

    def fullname(self):
        r = self.r
        f, s = self.first(nick=False), self.surname()
        k = r.random()
        if k < 0.6:
            return "%s %s" % (f, s)
        if k < 0.75:
            return "%s. %s" % (f[0], s)
        if k < 0.85:
            return "%s, %s" % (s.upper(), f)
        if k < 0.92:
            return "%s %s. %s" % (f, self.c("ABCDEFGHJKLMNPRSTW"), s)
        return "%s %s" % (s, f) if r.random() < 0.5 else "%s, %s" % (s, f)

    def name_list(self, lo=2, hi=5):
        r = self.r
        n = r.randint(lo, hi)
        seps = self.c([[", ", " and "], [", ", " & "], ["/", "/"], [", ", ", "], [" + ", " + "], [" & ", " & "], [", ", " n "]])
        out = []
        for i in range(n):
            if i:
                out.append((seps[1] if i == n - 1 else seps[0], None))
            v = self.first() if r.random() < 0.85 else self.fullname()
            out.append((v, "NAME"))
        return out

    # --- places
    def town(self):
        r = self.r
        k = r.random()
        if k < 0.55:
            return self.c(TOWNS_UK)
        if k < 0.65:
            return self.c(TOWNS_WALES)
        if k < 0.73:
            return self.c(TOWNS_SCOT)
        if k < 0.82:
            return self.c(TOWNS_IRE)
        if k < 0.9:
            return self.c(US_CITIES)[0]
        return self.c(ABROAD)

    def town_county(self):
        r = self.r
        if r.random() < 0.25:
            t = self.c(TOWNS_IRE[:19])
            return [(t, "TOWN"), (self.c([", Co. ", ", County ", " co ", ", co. "]), None), (self.c(IRISH_COUNTIES), "TOWN")]
        t = self.c(TOWNS_UK + TOWNS_WALES + TOWNS_SCOT)
        c = self.c(COUNTIES)
        if c == "Durham" and r.random() < 0.5:
            return [(t, "TOWN"), (", County ", None), (c, "TOWN")]
        return [(t, "TOWN"), (self.c([", ", " ", " in ", ", "]), None), (c, "TOWN")]

    def us_city_zip(self, with_zip=True):
        city, st, full = self.c(US_CITIES)
        out = [(city, "TOWN"), (", " + (st if self.r.random() < 0.7 else full), None)]
        if with_zip:
            out.append((" ", None))
            out.append((self.zip(), "ZIP"))
        return out

    def zip(self):
        z = "%05d" % self.r.randint(10010, 99850)
        if self.r.random() < 0.3:
            z += "-%04d" % self.r.randint(1000, 9999)
        return z

    def postcode(self):
        r = self.r
        a = self.c(PC_AREAS)
        if a in ("W", "E", "N", "SE", "SW") and r.random() < 0.3:
            d = "%d%s" % (r.randint(1, 9), self.c("ABCDEFHJKMPRX"))
        else:
            d = str(r.randint(1, 29 if len(a) == 2 else 99))
        inward = "%d%s%s" % (r.randint(0, 9), self.c(PC_UNIT), self.c(PC_UNIT))
        k = r.random()
        if k < 0.6:
            pc = a + d + " " + inward
        elif k < 0.8:
            pc = a + d + inward
        else:
            pc = a + d + "  " + inward
        k = r.random()
        if k < 0.2:
            pc = pc.lower()
        elif k < 0.25:
            pc = pc[0] + pc[1:].lower()
        return pc

    def eircode(self):
        r = self.r
        rk = self.c(["F26", "V92", "H91", "D02", "A94", "T12", "V94", "F91", "R95", "X91", "Y35", "N37"])
        tail = "".join(self.c("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return rk + " " + tail

    def street(self):
        r = self.r
        s = self.c(STREET_NAMES)
        if r.random() < 0.35:
            for full, ab in STREET_ABBR:
                if s.endswith(" " + full):
                    s = s[: -len(full)] + self.c([ab, ab.lower(), ab + "."])
                    break
        return s

    def address(self):
        r = self.r
        k = r.random()
        num = r.randint(1, 148)
        uk_town = self.c(TOWNS_UK + TOWNS_WALES + TOWNS_SCOT)
        pc = self.postcode()
        if k < 0.18:
            sep = self.c([", ", " ", ",\n", "\n"])
            parts = [str(num) + " " + self.street(), uk_town]
            if r.random() < 0.6:
                parts.append(pc)
            return sep.join(parts)
        if k < 0.3:
            flat = self.c(["Flat %d%s" % (r.randint(1, 12), self.c(["", "a", "b", "c"])), "flat %d" % r.randint(1, 30),
                           "Apt %d" % r.randint(1, 20), "Unit %d" % r.randint(1, 15), "%d/%d" % (r.randint(1, 9), r.randint(1, 99))])
            if flat[0].isdigit():
                return "%s %s, %s" % (flat, self.street(), uk_town)
            return "%s, %d %s, %s %s" % (flat, num, self.street(), uk_town, pc)
        if k < 0.4:
            return "%s, %s, %s, %s" % (self.c(HOUSE_NAMES), self.c(["Mill Lane", "Back Lane", "Moor Road", "Chapel Lane", "Green Lane"]),
                                       self.c(["Little Snoring", "Great Ayton", "Nether Stowey", "Upper Slaughter", "Lower Peover", "Much Hadham"]),
                                       self.c(COUNTIES))
        if k < 0.47:
            return "%s, %d %s, %s%s" % (self.c(CARE_HOMES), num, self.street(), uk_town, self.c(["", " " + pc]))
        if k < 0.5:
            return "PO Box %d, %s %s" % (r.randint(10, 999), uk_town, pc)
        if k < 0.6:
            t = self.c(TOWNS_IRE[:19])
            return "%d %s, %s, Co. %s, %s" % (num, self.c(["Main Street", "Church Road", "Bridge Street", "Parnell Square", "Mary Street"]),
                                              t, self.c(IRISH_COUNTIES), self.eircode())
        if k < 0.7:
            city, st, full = self.c(US_CITIES)
            return "%d %s %s, %s%s, %s %s" % (r.randint(100, 9899), self.c(["Maple", "Oak", "Pine", "Cedar", "Lincoln", "Washington", "Lakeview"]),
                                              self.c(["Ave", "St", "Blvd", "Dr", "Rd"]),
                                              self.c(["", "Apt %d, " % r.randint(1, 40)]), city, st, self.zip())
        if k < 0.75:
            city, prov, first = self.c([("Toronto", "ON", "M"), ("Montreal", "QC", "H"), ("Edmonton", "AB", "T"), ("Halifax", "NS", "B")])
            cpc = "%s%d%s %d%s%d" % (first, r.randint(1, 9), self.c("ABCEGHJ"), r.randint(1, 9), self.c("ABCEGHJ"), r.randint(1, 9))
            return "%d %s, %s, %s %s" % (r.randint(10, 999), self.c(["King St W", "Queen Street", "Rue Sainte-Catherine", "Jasper Ave"]),
                                         city, prov, cpc)
        if k < 0.8:
            return "%d %s, %s %s %d" % (r.randint(1, 99), self.c(["Banksia Cres", "Wattle Street", "Jacaranda Ave", "Gum Tree Rd"]),
                                        self.c(["Parramatta", "Fremantle", "Geelong", "Toowoomba"]), self.c(["NSW", "WA", "VIC", "QLD"]),
                                        r.randint(2000, 6999))
        if k < 0.88:
            return self.c([
                "ul. Długa %d/%d, %02d-%03d Gdańsk" % (r.randint(1, 80), r.randint(1, 40), r.randint(10, 99), r.randint(100, 999)),
                "Rua das Flores %d, %d-%03d Porto" % (r.randint(1, 200), r.randint(4000, 4499), r.randint(100, 999)),
                "Calle Mayor %d, %d Madrid" % (r.randint(1, 90), r.randint(28001, 28055)),
                "Hauptstraße %d, %d Berlin" % (r.randint(1, 120), r.randint(10115, 14199)),
                "Strada Mihai Eminescu %d, Cluj-Napoca" % r.randint(1, 90),
                "Odos Ermou %d, Thessaloniki %d" % (r.randint(1, 90), r.randint(54621, 54655)),
            ])
        if k < 0.95:
            return self.c([
                "House %d, Road %d, Dhanmondi, Dhaka %d" % (r.randint(1, 99), r.randint(1, 30), r.randint(1200, 1230)),
                "%d MG Road, Bengaluru %d" % (r.randint(1, 300), r.randint(560001, 560099)),
                "Flat %d, Block %s, Gulberg III, Lahore" % (r.randint(1, 40), self.c("ABCDEF")),
                "Village Chak %d, Mirpur, Azad Kashmir" % r.randint(10, 99),
                "%d Galle Road, Colombo %d" % (r.randint(1, 400), r.randint(2, 15)),
            ])
        return self.c([
            "Plot %d Adeola Odeku Street, Victoria Island, Lagos" % r.randint(1, 99),
            "%d Kenyatta Avenue, Nairobi" % r.randint(1, 200),
            "House No. %d, Ring Road East, Accra" % r.randint(1, 99),
            "%d Samora Machel Ave, Harare" % r.randint(1, 200),
            "PO Box %d, Kampala, Uganda" % r.randint(100, 9999),
        ])

    # --- dates and ages
    def day_month(self):
        m = self.r.randrange(12)
        d = self.r.randint(1, MONTH_DAYS[m])
        return d, m

    def date(self):
        r = self.r
        d, m = self.day_month()
        y = r.randint(2019, 2024)
        mon = MONTHS[m]
        f = r.randrange(16)
        return [
            "%d %s" % (d, mon), "%s %s" % (ordinal(d), mon), "%s %d" % (mon, d), "%s %s" % (mon, ordinal(d)),
            "%s of %s" % (ordinal(d), mon), "%d %s" % (d, mon[:3]), "%d/%d" % (d, m + 1), "%02d/%02d" % (d, m + 1),
            "%02d/%02d/%02d" % (d, m + 1, y % 100), "%02d.%02d.%d" % (d, m + 1, y), "%d-%d-%d" % (d, m + 1, y),
            "%s %s %d" % (ordinal(d), mon[:3], y), "%s %s" % (mon[:3], ordinal(d)), "%d %s %d" % (d, mon.lower(), y),
            "%s %d, %d" % (mon, d, y), "%d.%d.%02d" % (d, m + 1, y % 100),
        ][f]

    def dob(self):
        r = self.r
        d, m = self.day_month()
        y = r.randint(1921, 1998)
        return self.c(["%02d/%02d/%d" % (d, m + 1, y), "%s %s %d" % (ordinal(d), MONTHS[m], y), "%d.%d.%02d" % (d, m + 1, y % 100),
                       "%d %s %d" % (d, MONTHS[m][:3], y), "%02d-%02d-%d" % (d, m + 1, y)])

    def age(self):
        return str(self.r.choice([90, 90, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]))

    def age_words(self):
        return NUM_WORDS[self.r.choice(sorted(NUM_WORDS))]

    def age_ord(self):
        n = self.r.choice(sorted(ORD_WORDS))
        return ORD_WORDS[n] if self.r.random() < 0.4 else ordinal(n)

    # --- structured
    def phone(self):
        r = self.r
        x = "%03d" % r.randint(0, 999)
        y = "%02d" % r.randint(0, 99)
        f = r.randrange(18)
        if f == 17:
            return self.c(AU_FICTION) if r.random() < 0.6 else "+61 " + self.c(AU_FICTION)[1:]
        return [
            "07700 900" + x, "07700900" + x, "07700 900 " + x, "+44 7700 900" + x, "+44 (0)7700 900" + x,
            "0113 496 0" + x, "0113 4960" + x, "(0113) 496 0" + x, "020 7946 0" + x, "0207 946 0" + x,
            "+44 20 7946 0" + x, "0161 496 0" + x, "0191 498 0" + x, "555-01" + y, "(312) 555-01" + y,
            "+1 312 555 01" + y, "617.555.01" + y,
        ][f]

    def email(self, name=None):
        r = self.r
        f = self.c(FIRST["english"] + FIRST["southasian"] + FIRST["westafrican"] + FIRST["easteuropean"] + FIRST["irish"] + NICKS[:20])
        s = self.c(SURNAMES["english"] + SURNAMES["southasian"] + SURNAMES["scottish"] + SURNAMES["westafrican"])
        f = re.sub(r"[^a-z]", "", f.lower().translate(str.maketrans("áéíóúñçłśźżąęôãàèìòùöüşğıə", "aeiouncszzzaeoaaeiooousgie")))
        s = re.sub(r"[^a-z]", "", s.lower().translate(str.maketrans("áéíóúñçłśźżąęôãàèìòùöüşğıə", "aeiouncszzzaeoaaeiooousgie")))
        local = self.c(["%s.%s" % (f, s), "%s%s" % (f, s), "%s%s%d" % (f[0], s, r.randint(1, 99)), "%s_%s" % (f, s),
                        "%s%d" % (f, r.randint(50, 99)), "%s.%s%d" % (s, f[0], r.randint(1, 9)), "mrs.%s" % s,
                        "%s.family" % s, "%s-%s" % (f, s)])
        dom = self.c(["example.com", "example.org", "example.co.uk", "mail.example.com", "nhs.example.org",
                      "patients.example.co.uk", "family.example.com", "example.com", "example.co.uk"])
        return local + "@" + dom

    def hospnum(self):
        r = self.r
        p = self.c(HOSP_PREFIX)
        f = r.randrange(16)
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        chk = self.c("ABCDEFGHJKLMNPRTWXYZ")
        return [
            p + d(7), p + d(6), "%s %s %s" % (p, d(3), d(4)), "%s-%s-%s" % (d(3), d(3), d(1)), "%s/%s" % (d(2), d(5)),
            "%s.%s" % (d(4), d(3)), d(7) + chk, "%s %s %s" % (d(3), d(3), d(1) + chk), "%s%s-%s" % (p, d(6), chk),
            "%s/%s/%s" % (p, d(2), d(5)), "0" + d(8), "%s.%s.%s" % (p, d(3), d(3)), "%s-%s-%s-%s" % (p, d(2), d(4), chk),
            "%s %s%s" % (p, d(5), chk), "%s%s/%s" % (p, d(4), d(2)), "%s %s" % (d(4), d(4)),
        ][f]

    def nhs(self):
        r = self.r
        while True:
            digits = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
            tot = sum(dgt * (10 - i) for i, dgt in enumerate(digits))
            c = 11 - tot % 11
            if c == 11:
                c = 0
            if c == 10:
                continue
            s = "".join(map(str, digits)) + str(c)
            k = r.random()
            if k < 0.45:
                return s
            if k < 0.85:
                return "%s %s %s" % (s[:3], s[3:6], s[6:])
            return "%s-%s-%s" % (s[:3], s[3:6], s[6:])


# ---------------------------------------------------------------------------
# frames.  Placeholders:
#   {F} first name  {S} surname  {FN} full name  {NL} list of 2-5 names  {NL2} two names
#   {T} town  {TC} town, county  {CY} county  {AB} city abroad  {USZ} US city, ST zip  {UST} US city, state
#   {ADDR} address  {D} date  {DORD} ordinal day ("the" outside)  {DOB} date of birth
#   {A} age digits  {AW} age words  {AO} age ordinal
#   {P} phone  {E} email  {PC} postcode  {H} hospital/record number  {NHS} NHS number  {Z} zip
#   unlabelled: {TTL} title  {REL} relative  {ROLE} staff role  {WD} weekday  {CTRY} country
# ---------------------------------------------------------------------------
NAME_FRAMES = """\
Priceless thanks to {F} who looked after me.
{F} was lovely.
{F} on reception was so kind to my {REL}.
Thanks to {F} and {F}.
Special thanks to {NL} - you were all brilliant.
I would like to thank {TTL} {S} and her staff most sincerely.
{TTL} {S} was rude and dismissive and I want this recorded.
{S} was brilliant, explained everything twice.
Seen by {FN} who was very thorough.
Please pass on my thanks to {FN}.
thx 2 {F} u r a star x
big up {F} n {F}!!
luv to {F} on the desk x
{F} - excellent.
The {ROLE} ({F}) was outstanding.
Ask for {F}, she knows what she is doing.
I spoke to {F} on the phone who sorted it in minutes.
{F}'s manner was a credit to the team.
Especially {F}.
Special mention: {F}.
Staff: {NL}.
The team ({NL}) were fantastic from start to finish.
Well done {F}, {F} & {F}.
My {REL} {F} came with me and was made to feel welcome too.
My {REL} {FN} was treated with dignity.
Dr {S}'s team were very thorough.
Under Mr {S}'s team and could not fault them.
Prof {S} and his registrar {F} took time to explain.
Her badge said {F} I think.
I think her name badge said {FN}.
Sister {S} runs a tight ship!
Matron {S} came to see me personally.
Nurse {F} went above and beyond.
{F} the {ROLE} deserves a medal.
and then {F} who I think was the student came and sorted my drip out which nobody else had bothered to do all morning
My neighbour {F} drove me in and they let her wait with me.
The lady in the next bed, {F}, kept me going.
My friend {FN} recommended this service.
{F} and {F} on the night shift were angels.
A big thank you to the {ROLE}s {NL}.
- {F}
thanks, {F}
Regards, {FN}
Yours faithfully, {FN}
Kind regards {F} ({REL} of patient)
From {F} and family
Written by {F} on behalf of my {REL}.
{S} the consultant was honest with us, which we appreciated.
{S} was brilliant.
{S} was brilliant, no messing about.
I was seen by {S} who had no idea about my history.
Spoke to a {F} who said someone would ring back - nobody did.
Had to repeat myself to {F}, then {F}, then {F}.
{F} was the only one who listened.
Top marks to {F}!
{F}!!! what a star
{F} you are a diamond.
Cannot thank {F} enough.
{F}, {F} and {F} in the plaster room made it bearable.
The physio ({F} I think?) was really encouraging.
{F} at the front desk was abrupt with me.
{FN} at the front desk needs some customer service training.
I was helped by {F} and {F}, both students I believe.
thanks {F} & {F} for putting up with me lol
Mr {S}, surgeon - brilliant hands.
Miss {S} explained my options clearly.
Mrs {S} on the phone was very patient with me.
Ms {S} the dietitian was helpful.
Our thanks to {TTL} {S} and to {F} who made the tea.
Dr {S} and Dr {S} were both lovely.
My husband {F} and I were both very impressed.
I came in with {F}, my {REL}, who has dementia.
{F} (our driver) was a gentleman.
The driver was called {F} I think, lovely lad.
{F} rang me back the same day.
Please thank {F} from me: she was patient and kind.
{F}'s colleague {F} was also lovely.
We were looked after by {FN} and {FN}.
{FN}, {FN} & {F} - thank you.
Name of staff member: {FN}
Staff member who helped: {F}
Re: {FN}
Patient: {FN}
This is {F}'s {REL} writing, she can't use the computer.
I'm writing for my {REL} {F} who was in last week.
{F} my {REL} says thank you too.
Our {REL}, {F}, was so well cared for.
{F} and the girls on the ward were fab.
Would like to mention {F}, {F} and especially {F}.
Shout out to {F}!
{F} (HCA) made sure I had a drink.
(ask for {F})
{F} - reception - very friendly.
Gp - Dr {S} - very good.
Went back and saw {F} again, just as good.
I complained to {F} who did nothing.
The manager, {FN}, promised a call back that never came.
{F} says hello to everyone on the ward.
i was lucky to have {F} as my nurse
Thank you {F}.
Thank you {F} x
Thank you to {NL}.
{F}, {F}, {F}, {F} - dream team.
From all the {S} family, thank you.
{S} family
{FN} - very grateful patient.
Signed {FN}
{F} aged 7 was treated so gently by everyone.
My little boy {F} loved the stickers.
Our daughter {F} was born here and the midwives were amazing.
Baby {F} arrived safely thanks to {F} and {F}.
Me and {F} have been coming here for years.
I've seen {TTL} {S} for years and trust him completely.
Doctor {S} listened, unlike the last one.
{TTL} {S}'s clinic always runs late.
{F}'s blood taking was painless.
{F} the porter had us laughing.
Not impressed with {F} on the phone.
{F} is a credit to the NHS.
{F}/{F}/{F} on the early shift all lovely
Comments for {F}: thank you so much.
You should promote {F}.
Nothing was too much trouble for {F}.
Can't remember her name - {F} or {F}?
""".strip("\n").split("\n")

NAME_INLINE = {
    r"nurses?": [" {F}", " ({F})", ", {F},", " called {F}", " {F} and {F}", " - {F} -"],
    r"doctors?": [" ({F})", " {F}", ", Dr {S},", " - {TTL} {S}"],
    r"staff": [" (especially {F})", ", especially {F} and {F},", " ({NL})", " - {F} in particular -"],
    r"receptionists?": [" {F}", " ({F})", ", {F},", " called {F}"],
    r"the lady": [" called {F}", " ({F})", " {F}", ", {F},"],
    r"the man": [" called {F}", " ({F})"],
    r"my (?:mum|mother)": [" {F}", " ({F})", ", {FN},"],
    r"my (?:dad|father)": [" {F}", " ({F})", ", {FN},"],
    r"my (?:husband|wife|partner)": [" {F}", " ({F})"],
    r"my (?:son|daughter)": [" {F}", ", {F},"],
    r"consultant": [" Mr {S}", " ({TTL} {S})", ", {FN},"],
    r"physio(?:therapist)?s?": [" {F}", " ({F})"],
    r"paramedics?": [" ({F} and {F})", " {F}", ", {F} and {F},"],
    r"(?:GP|gp)": [" (Dr {S})", ", Dr {S},", " {TTL} {S}"],
    r"midwi(?:fe|ves)": [" {F}", " ({NL})"],
    r"team": [" ({NL})", ", especially {F},"],
    r"drivers?": [" {F}", " ({F})"],
    r"surgeon": [" {TTL} {S}", " ({FN})"],
    r"everyone": [" (esp. {F})", " - {NL} -"],
    r"thank you(?=\s*(?:[.!,]|for\b|$))": [" {F}", " to {F}", " {F} and {F}"],
    r"thanks(?=\s*(?:[.!,]|for\b|$))": [" {F}", " to {F} and {F}"],
}

TOWN_FRAMES = """\
Travelled from {T} for this appointment.
I live in {T} so the journey was long.
Had to go all the way to {T} because there were no slots locally.
Why can't this clinic be in {T}? Half of us live there.
Moved here from {T} last year and this is the best care I've had.
We were sent to {T} and then back again.
Better than the hospital in {T} by miles.
The ambulance came from {T}, an hour away.
I'm originally from {AB} and the interpreter was helpful.
My {REL} flew in from {AB} to be with me.
Back home in {AB} you would never wait this long.
Visiting from {UST} and you treated me like a local.
On holiday from {T}, you were fab.
Bus from {T} only runs every two hours.
Please open a clinic nearer {T}.
The service at {T} was far better organised.
we come from {T} way
{TC} - not exactly round the corner!
I live out at {TC} so parking matters.
Drove down from {TC} for the scan.
Live in {T}, work in {T}.
Been with this surgery since we moved to {T}.
The staff at the {T} site were lovely.
Transferred to {T} at 2am with no warning.
My daughter came up from {T} to help.
Got the train from {T} and still made it on time.
{T} is miles away for an 80 year old to get to.
Sent me to {T} for an x-ray then {T} for bloods.
Thanks from all of us in {T}.
Not everyone in {T} has a car.
It's a long way from {T} when you're in pain.
Had better care in {AB} to be honest.
Grew up in {T}, never had a problem like this.
my son lives in {T} and had to take time off work
I'm a lorry driver based in {T} so phone appointments suit me.
Clinic at {T} was cancelled twice.
The nurse from {T} who visits my mum is wonderful.
Used to be seen in {T}, this is much nicer.
The {T} team did a great job.
Came back from {AB} and was seen the same week.
Care in {TC} was just as good.
The crew had come all the way from {T}.
Relocated from {UST} and this is my first NHS experience.
{T}, {T} and now here - three hospitals in one week!
""".strip("\n").split("\n")

TOWN_INLINE = {
    r"hospital": [" in {T}", " at {T}", " ({T})"],
    r"surgery": [" in {T}", " at {T}"],
    r"clinic": [" in {T}", " at {T}", " over in {T}"],
    r"home": [" in {T}", " to {T}"],
    r"a ?& ?e": [" at {T}", " in {T}"],
    r"ambulance": [" from {T}"],
    r"appointment": [" in {T}", " at {T}"],
    r"travel(?:led)?": [" from {T}", " all the way from {T}"],
    r"village": [" ({T})"],
    r"town": [" ({T})"],
}

ADDRESS_FRAMES = """\
Please send letters to {ADDR} not my old address.
My address is {ADDR} but you keep sending letters elsewhere.
Address: {ADDR}
I have moved to {ADDR} and told you three times.
The crew found us at {ADDR} within ten minutes.
Transport picked me up from {ADDR}.
Please update my address:
{ADDR}
Pick up was {ADDR} and they were on time.
Mum lives at {ADDR} - please visit her there.
letters go to {ADDR} now
My new address is {ADDR}.
New addr {ADDR}
We are at {ADDR}, the blue door.
Dad is now in {ADDR} so the district nurses need to go there.
Any reply to {ADDR} please.
I'm staying with my daughter at {ADDR} for now.
Still getting post for the previous tenant at {ADDR}.
Home: {ADDR}
Correspondence address - {ADDR}
When I lived at {ADDR} I was with a different practice.
""".strip("\n").split("\n")

DATE_FRAMES = """\
I was seen on {D} and still have no results.
My appointment was {D} and it was cancelled on the day.
Came in on {D} with chest pain.
Discharged {D} with no medication.
On {WD} the {DORD} I waited six hours.
Seen on the {DORD} and again a week later.
Visited {D}.
Date of visit: {D}
Rang on {WD} {DORD} and nobody picked up.
DOB {DOB}
My date of birth is {DOB} and it was wrong on the letter.
born {DOB}
Operation booked for {D}, fingers crossed.
Since {D} I have been chasing this referral.
The scan on {D} was quick.
First seen {D}, follow up {D}.
My mum had her fall on {D}.
I was told to come back on the {DORD}.
apt on {D} - no one there
From {D} to {D} in a corridor.
""".strip("\n").split("\n")

DATE_INLINE = {
    r"appointment": [" on {D}", " on the {DORD}"],
    r"seen": [" on {D}", " on the {DORD}"],
    r"yesterday": [" ({D})"],
    r"today": [" ({D})"],
    r"last week": [" ({WD} {DORD})"],
}

AGE_FRAMES = """\
My mum is {A} and was treated with such respect.
At {A} years old I did not expect to be rushed out the door.
Not bad for a {A} year old!
My {A}-year-old nan was kept waiting four hours.
Dad, {A}, was looked after brilliantly.
I am {AW} and found the stairs a struggle.
She turned {A} last month and this was her first time in hospital.
He will be {A} in May.
Patient is {A} yrs old and very deaf, please speak up.
My husband (aged {A}) was treated kindly.
Grandad celebrated his {AO} birthday on the ward and the staff sang.
Age: {A}
{A} y/o female, came in by ambulance.
I'm {A} and still drive myself here.
Great-gran is {AW} years young and she loved the tea trolley.
Being {A} I can't manage the bus.
You don't expect to wait that long at {A}.
My aunt who is {A} years of age was left on a trolley.
Treated my {A}yo father with dignity.
For someone of {A} the chairs are far too low.
Mother ({A}) has dementia and they were so patient.
my nan is {A}!! and they had her sat in a corridor
Aged {A}, my dad was discharged at midnight.
The {A} yr old lady in the next bed was shouting all night.
I am in my {AO} year and have never been treated better.
As a {AW}-year-old I found the app impossible.
He's {A} next week.
She is {A} (yes, {A}!) and still sharp as a tack.
{A} years old and first time in an ambulance.
My uncle, {AW} years old, was spoken to like a child.
A lady of {A} should not be left in a gown with the door open.
My gran's {A} and she said the nurses were the best she's had.
pt aged {A}, lives alone
{AW} years of age and never been treated so well.
Dad who is {A}yrs was very frightened.
my mum, age {A}, had to wait outside in the rain
At the age of {A} she deserved better.
We celebrated her {A}th in March and now this.
Old boy of {A} here - keep up the good work.
My wife and I are {A} and {A}.
""".strip("\n").split("\n")

AGE_INLINE = {
    r"my (?:mum|mother|nan|gran)": [" ({A})", ", who is {A},", ", aged {A},", " who is {AW}"],
    r"my (?:dad|father|grandad|husband)": [" ({A})", ", aged {A},", " who is {A}"],
    r"patient": [" aged {A}", " ({A} yrs)"],
    r"elderly": [" ({A})"],
}

PHONE_FRAMES = """\
Please call me back on {P}.
My number is {P} if anyone wants to discuss this.
Ring {P} - I am in all day.
I left my number ({P}) three times and nobody rang.
Contact: {P}
tel {P}
mob: {P}
Happy to talk - {P}.
You can reach my {REL} on {P}.
The number on the letter, {P}, just rings out.
Call {P} after 6pm please.
Tel. {P} / {P}
my new mobile is {P} please update it
""".strip("\n").split("\n")

EMAIL_FRAMES = """\
Please email me at {E}.
My email is {E} if you want to follow up.
Contact me: {E}
You have my old email - it is now {E}.
email {E}
Reply to {E} please, I don't check post.
I emailed {E} and never got a reply.
Send the results to {E}.
My daughter's email is {E}, she deals with my appointments.
{FN} ({E})
""".strip("\n").split("\n")

POSTCODE_FRAMES = """\
Postcode {PC} - the app said no clinics near me.
We live in {PC} and there is no bus.
My postcode is {PC} but the ambulance went to the wrong street.
p/code {PC}
The driver couldn't find {PC} on the satnav.
Please cover {PC} - we are left out.
Live in {T} {PC} and it's a 40 minute drive.
Postcode: {PC}
{PC} area needs more GP appointments.
letters addressed to {PC} instead of my house
""".strip("\n").split("\n")

HOSP_FRAMES = """\
My hospital number is {H}.
Hospital no: {H}
hospital no. {H}
Unit no {H} - please check my notes.
MRN: {H}
MRN {H}
RXN {H}
Patient ID {H}
patient id: {H}
Case ref {H}
My K number is {H}.
CRN {H}
Record {H}
Ref: {H}
reference {H}
Booking ref {H} was not on the system.
booking reference: {H}
Account no. {H}
Claim number {H} - still waiting for the travel refund.
{H} (hospital number)
{H} is my unit number if you need it.
Hospital number:
{H}
Ref
{H}
Quote {H} if you need to find my records.
Please note my records are under {H}.
They had me under the wrong number ({H}).
Hosp no {H}, please look into this.
""".strip("\n").split("\n")

NHS_FRAMES = """\
My NHS number is {NHS}.
NHS no: {NHS}
NHS number {NHS} - please check my referral.
nhs no. {NHS}
Patient NHS number: {NHS}
My {REL}'s NHS number is {NHS} if you need it.
{NHS} (NHS number)
NHS #: {NHS}
The letter had the wrong NHS number on it, mine is {NHS}.
Quote NHS {NHS}.
""".strip("\n").split("\n")

ZIP_FRAMES = """\
I am visiting from {USZ} and you were so kind.
Mail to {USZ} please.
Our home is in {USZ}.
From {UST} {Z} originally.
Home zip {Z}.
Zip code {Z} - you asked for it on the form.
Sent the bill to {USZ} by mistake.
""".strip("\n").split("\n")

MIXED_FRAMES = """\
Please call {F} on {P}.
{FN}, {P}
Contact {F} at {E}.
{FN} - {E} - {P}
{FN}, DOB {DOB}, NHS {NHS}
Patient {FN}, hospital no {H}.
{FN}, {ADDR}
{F} from {T} says thank you.
{FN} ({A}) - lovely care.
Name: {FN}
Town: {T}
Re: {FN}, ref {H}
""".strip("\n").split("\n")

DECOYS = """\
I will be recommending you to everyone.
I hope things improve for the next person.
Had my first proper bath in weeks when I got home.
The reading on the machine kept changing.
They gave me a grace period to pay for parking.
There is still a mark on my arm from the cannula.
I have lost faith in the booking system.
My blood pressure rose while I was waiting.
The summer heat in the waiting room was unbearable.
To be frank, it was chaotic.
Sunny waiting room with plenty of seats.
The parking bill was more than my prescription.
It was a good deal better than last time.
The tea was a bit sweet but a nice touch.
Will definitely come back if I need to.
Hope you all know how appreciated you are.
The bath chair on the ward was broken.
Reading the leaflet helped me understand.
Signs are hard to read from the street.
The sale of snacks in the foyer was handy.
I could barely march up the stairs afterwards.
The nurse did a quick reading of my blood sugar.
We were told to wait in the rose garden outside.
She showed great patience with my dad.
Every penny of funding is clearly well spent.
He took the time to be frank about my options.
The lift was out so I had to walk to the third floor.
I will not be using the phone line again.
My daughter is doing a nursing degree and was impressed.
I was hoping for an earlier slot but understand why not.
The ward was kept as clean as a whistle.
There is no chance I will wait that long again.
Grace and dignity were shown to my husband.
Would be good to have somewhere to fill a water bottle.
They let me have a bath before the operation.
I left a mark in the comments book.
Bill paying at the car park is a nightmare.
A pleasant reading area for children.
Heather-covered hills outside the window made it peaceful.
The chapel was a quiet place to gather my thoughts.
Joy on the faces of the staff when my baby arrived.
Sandwich was stale.
""".strip("\n").split("\n")

FRAMESETS = {
    "NAME": NAME_FRAMES, "TOWN": TOWN_FRAMES, "ADDRESS": ADDRESS_FRAMES, "DATE": DATE_FRAMES,
    "AGE_OVER_89": AGE_FRAMES, "PHONE": PHONE_FRAMES, "EMAIL": EMAIL_FRAMES, "POSTCODE": POSTCODE_FRAMES,
    "HOSPITAL_NUMBER": HOSP_FRAMES, "NHS_NUMBER": NHS_FRAMES, "ZIP": ZIP_FRAMES,
}
INLINES = {"NAME": NAME_INLINE, "TOWN": TOWN_INLINE, "DATE": DATE_INLINE, "AGE_OVER_89": AGE_INLINE}
# frames spanning two blocks of text keep the newline; fix the few multi-line ones
for _lst in (ADDRESS_FRAMES, HOSP_FRAMES):
    _fixed = []
    for _ln in _lst:
        if _fixed and "{" not in _fixed[-1] and _fixed[-1].rstrip(":").strip() in ("Please update my address", "Hospital number", "Ref"):
            _fixed[-1] = _fixed[-1] + "\n" + _ln
        else:
            _fixed.append(_ln)
    _lst[:] = _fixed

PH_TYPES = {"F": "NAME", "S": "NAME", "FN": "NAME", "NL": "NAME", "NL2": "NAME", "T": "TOWN", "TC": "TOWN",
            "CY": "TOWN", "AB": "TOWN", "UST": "TOWN", "USZ": "ZIP", "ADDR": "ADDRESS", "D": "DATE", "DORD": "DATE",
            "DOB": "DATE", "A": "AGE_OVER_89", "AW": "AGE_OVER_89", "AO": "AGE_OVER_89", "P": "PHONE", "E": "EMAIL",
            "PC": "POSTCODE", "H": "HOSPITAL_NUMBER", "NHS": "NHS_NUMBER", "Z": "ZIP"}
PH_RE = re.compile(r"\{(\w+)\}")


def frame_types(tpl):
    return {PH_TYPES[p] for p in PH_RE.findall(tpl) if p in PH_TYPES}


def render(tpl, g):
    """Return a list of (text, type-or-None) segments."""
    segs = []
    pos = 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        p = m.group(1)
        r = g.r
        if p == "F":
            segs.append((g.first(), "NAME"))
        elif p == "S":
            segs.append((g.surname(), "NAME"))
        elif p == "FN":
            segs.append((g.fullname(), "NAME"))
        elif p == "NL":
            segs.extend(g.name_list())
        elif p == "NL2":
            segs.extend(g.name_list(2, 2))
        elif p == "T":
            segs.append((g.town(), "TOWN"))
        elif p == "TC":
            segs.extend(g.town_county())
        elif p == "CY":
            segs.append((g.c(COUNTIES), "TOWN"))
        elif p == "AB":
            segs.append((g.c(ABROAD), "TOWN"))
        elif p == "UST":
            segs.extend(g.us_city_zip(with_zip=False))
        elif p == "USZ":
            segs.extend(g.us_city_zip(with_zip=True))
        elif p == "ADDR":
            segs.append((g.address(), "ADDRESS"))
        elif p == "D":
            segs.append((g.date(), "DATE"))
        elif p == "DORD":
            segs.append((ordinal(r.randint(1, 31)), "DATE"))
        elif p == "DOB":
            segs.append((g.dob(), "DATE"))
        elif p == "A":
            segs.append((g.age(), "AGE_OVER_89"))
        elif p == "AW":
            segs.append((g.age_words() if r.random() < 0.7 else g.age(), "AGE_OVER_89"))
        elif p == "AO":
            segs.append((g.age_ord(), "AGE_OVER_89"))
        elif p == "P":
            segs.append((g.phone(), "PHONE"))
        elif p == "E":
            segs.append((g.email(), "EMAIL"))
        elif p == "PC":
            segs.append((g.postcode(), "POSTCODE"))
        elif p == "H":
            segs.append((g.hospnum(), "HOSPITAL_NUMBER"))
        elif p == "NHS":
            segs.append((g.nhs(), "NHS_NUMBER"))
        elif p == "Z":
            segs.append((g.zip(), "ZIP"))
        elif p == "TTL":
            segs.append((g.c(TITLES), None))
        elif p == "REL":
            segs.append((g.c(RELS), None))
        elif p == "ROLE":
            segs.append((g.c(ROLES), None))
        elif p == "WD":
            segs.append((g.c(WEEKDAYS), None))
        elif p == "CTRY":
            segs.append((g.c(COUNTRIES), None))
        else:
            raise ValueError(p)
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    # "{A}th" style: keep the suffix inside the age (an ordinal age)
    out = []
    for text, t in segs:
        if t is None and out and out[-1][1] == "AGE_OVER_89" and text.startswith("th") and out[-1][0].isdigit():
            out[-1] = (ordinal(int(out[-1][0])), "AGE_OVER_89")
            text = text[2:]
            if not text:
                continue
        out.append((text, t))
    # merge adjacent literals
    merged = []
    for text, t in out:
        if merged and t is None and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + text, None)
        else:
            merged.append((text, t))
    return merged


KEYS_NEAR = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "m": "n", "s": "a", "t": "r", "r": "e", "h": "j", "l": "k", "u": "y"}


def typo_word(w, r):
    if len(w) < 3:
        return w
    k = r.randrange(4)
    i = r.randrange(1, len(w) - 1)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    if k == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i]
    rep = KEYS_NEAR.get(c.lower())
    if not rep:
        return w[:i] + w[i] + w[i:]
    return w[:i] + (rep.upper() if c.isupper() else rep) + w[i + 1:]


def add_typo(segs, r):
    """Misspell a literal word next to a value; return True if done."""
    opts = []
    for i, (text, t) in enumerate(segs):
        if t is None:
            continue
        if i > 0 and segs[i - 1][1] is None:
            m = re.search(r"([A-Za-z]{3,})\W{0,3}$", segs[i - 1][0])
            if m:
                opts.append((i - 1, m.start(1), m.end(1)))
        if i + 1 < len(segs) and segs[i + 1][1] is None:
            m = re.match(r"^\W{0,3}([A-Za-z]{3,})", segs[i + 1][0])
            if m:
                opts.append((i + 1, m.start(1), m.end(1)))
    if not opts:
        return False
    j, a, b = r.choice(opts)
    text = segs[j][0]
    w = text[a:b]
    nw = typo_word(w, r)
    if nw == w:
        return False
    segs[j] = (text[:a] + nw + text[b:], None)
    return True


# ---------------------------------------------------------------------------
# planting
# ---------------------------------------------------------------------------
SENT_END = re.compile(r"[.!?]+[\"')]*\s+(?=\S)")
WORD_CHARS = r"[^\W_]"


class Record:
    def __init__(self, original):
        self.original = original
        self.text = original
        self.map = list(range(len(original) + 1))
        self.ents = []   # [start, end, type]

    def insert(self, p, segs):
        s = "".join(t for t, _ in segs)
        L = len(s)
        self.text = self.text[:p] + s + self.text[p:]
        for e in self.ents:
            if e[0] >= p:
                e[0] += L
                e[1] += L
        for i in range(len(self.map)):
            if self.map[i] >= p:
                self.map[i] += L
        q = p
        for t, typ in segs:
            if typ:
                self.ents.append([q, q + len(t), typ])
            q += len(t)
        self.ents.sort()


def boundaries(orig):
    """Original indices where a new sentence starts (excluding 0)."""
    return [m.end() for m in SENT_END.finditer(orig)]


def words_of(v):
    return [w for w in WORD_RE.findall(v) if len(w) >= 2]


def check_record(rec):
    text = rec.text
    spans = [(a, b) for a, b, _ in rec.ents]
    for a, b, t in rec.ents:
        if t not in ("NAME", "TOWN"):
            continue
        for w in words_of(text[a:b]):
            for m in re.finditer(r"(?<!%s)%s(?!%s)" % (WORD_CHARS, re.escape(w), WORD_CHARS), text, re.I):
                if not any(x <= m.start() and m.end() <= y for x, y in spans):
                    return False
    vals = [text[a:b].lower() for a, b, t in rec.ents if t in ("NAME", "TOWN")]
    if len(vals) != len(set(vals)):
        return False
    return True


def case_segs(segs, mode):
    if mode == "lower":
        return [(t.lower(), ty) for t, ty in segs]
    if mode == "upper":
        return [(t.upper(), ty) for t, ty in segs]
    return segs


def place_standalone(rec, segs, r, stats):
    orig = rec.original
    bnds = boundaries(orig)
    k = r.random()
    if bnds and k < 0.25:
        b = r.choice(bnds)
        segs = segs + [(" ", None)]
        rec.insert(rec.map[b], segs)
        stats["pos_between"] += 1
        return
    if k < 0.5:
        sep = r.choice([" ", " ", "\n", "\n\n"])
        rec.insert(rec.map[0], segs + [(sep, None)])
        stats["pos_before"] += 1
        return
    last = orig.rstrip()[-1:]
    if last in ".!?":
        sep = r.choice([" ", " ", "\n", "\n\n", "  "])
    else:
        sep = r.choice([". ", " - ", "\n", ", ", ". ", " "])
    rec.insert(len(rec.text), [(sep, None)] + segs)
    stats["pos_after"] += 1


def find_anchor(orig, inline, r):
    opts = []
    for pat in sorted(inline):
        for m in re.finditer(r"(?<!%s)(?:%s)(?!%s)" % (WORD_CHARS, pat, WORD_CHARS), orig, re.I):
            opts.append((m.end(), pat))
    if not opts:
        return None
    return r.choice(opts)


def build(stats_out=None):
    r = random.Random(SEED)
    g = Gen(r)
    pool = build_pool()
    r.shuffle(pool)
    counts = Counter()
    stats = Counter()
    used_frames = set()
    records = []
    pi = 0
    slots = list(range(N_RECORDS))
    r.shuffle(slots)
    none_slots = set(slots[:25])
    decoy_slots = set(slots[15:75])   # 60 decoys, 10 of them in records with no details
    while len(records) < N_RECORDS:
        cid, orig = pool[pi]
        pi += 1
        none_rec = len(records) in none_slots
        decoy = len(records) in decoy_slots
        budget = 0 if none_rec else r.choices([1, 2, 3, 4], [0.27, 0.36, 0.26, 0.11])[0]
        all_lower = not any(c.isupper() for c in orig)
        done = None
        for attempt in range(40):
            rec = Record(orig)
            st = Counter()
            frames_here = []
            pending = Counter()
            guard = 0
            while len(rec.ents) < budget and guard < 30:
                guard += 1
                remaining = budget - len(rec.ents)
                types = sorted(TARGETS)
                w = [TARGETS[t] * max(0.04, (TARGETS[t] - counts[t] - pending[t]) / TARGETS[t]) for t in types]
                typ = r.choices(types, w)[0]
                inline = INLINES.get(typ)
                anchor = find_anchor(orig, inline, r) if inline and r.random() < 0.55 else None
                if anchor:
                    pos, pat = anchor
                    tpl = r.choice(inline[pat])
                    key = "inline:%s:%s" % (pat, tpl)
                else:
                    cands = FRAMESETS[typ] + [m for m in MIXED_FRAMES if typ in frame_types(m)]
                    tpl = r.choice(cands)
                    key = tpl
                segs = render(tpl, g)
                n_ent = sum(1 for _, t in segs if t)
                if n_ent > remaining:
                    continue
                if r.random() < 0.15 and add_typo(segs, r):
                    st["typo_frames"] += 1
                if all_lower:
                    mode = "lower"
                else:
                    k = r.random()
                    mode = "lower" if k < 0.25 else ("upper" if k < 0.30 else "keep")
                segs = case_segs(segs, mode)
                st["case_" + mode] += 1
                if anchor:
                    if pos < len(orig) and orig[pos] in ",.;:!?":
                        pass
                    rec.insert(rec.map[pos], segs)
                    st["pos_inline"] += 1
                else:
                    place_standalone(rec, segs, r, st)
                frames_here.append(key)
                for _, t in segs:
                    if t:
                        pending[t] += 1
            if decoy:
                d = r.choice(DECOYS)
                if all_lower:
                    d = d.lower()
                place_standalone(rec, [(d, None)], r, st)
                st["decoy_records"] += 1
            if check_record(rec):
                done = (rec, st, frames_here)
                break
            stats["redraws"] += 1
        if done is None:
            stats["skipped_comments"] += 1
            continue
        rec, st, frames_here = done
        stats.update(st)
        used_frames.update(frames_here)
        ents = []
        for a, b, t in rec.ents:
            v = rec.text[a:b]
            assert rec.text[a:b] == v
            ents.append({"start": a, "end": b, "type": t, "value": v, "profiles": profiles(t)})
            counts[t] += 1
        if not ents:
            stats["records_without_details"] += 1
        records.append({"id": cid, "text": rec.text, "original": orig, "entities": ents})
    validate(records)
    lines = [json.dumps(x, ensure_ascii=False) for x in records]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    stats["pool_size"] = len(pool)
    stats["pool_used"] = pi
    stats["distinct_frames_used"] = len(used_frames)
    n_frames = sum(len(v) for v in FRAMESETS.values()) + len(MIXED_FRAMES) + sum(
        len(t) for d in INLINES.values() for t in d.values())
    stats["distinct_frames_written"] = n_frames
    stats["distinct_age_frames_written"] = len(AGE_FRAMES) + sum(len(t) for t in AGE_INLINE.values())
    return records, counts, stats


def is_subsequence(small, big):
    it = iter(big)
    return all(c in it for c in small)


def validate(records):
    ids = set()
    for rec in records:
        assert rec["id"] not in ids
        ids.add(rec["id"])
        assert is_subsequence(rec["original"], rec["text"]), rec["id"]
        last = 0
        for e in rec["entities"]:
            assert rec["text"][e["start"]:e["end"]] == e["value"], rec["id"]
            assert e["start"] >= last and e["end"] > e["start"], rec["id"]
            assert e["value"] == e["value"].strip(), (rec["id"], e["value"])
            assert e["type"] in TARGETS
            last = e["end"]


def main():
    records, counts, stats = build()
    if "--stats" in sys.argv:
        print("records: %d" % len(records))
        print("details: %d" % sum(counts.values()))
        for t in sorted(TARGETS, key=lambda x: -TARGETS[x]):
            print("  %-16s %4d (aim %d)" % (t, counts[t], TARGETS[t]))
        per = Counter(len(x["entities"]) for x in records)
        print("details per record: " + ", ".join("%d: %d" % (k, per[k]) for k in sorted(per)))
        src = Counter(x["id"].split(":")[0] for x in records)
        print("source: " + ", ".join("%s %d" % (k, src[k]) for k in sorted(src)))
        for k in sorted(stats):
            print("%s: %d" % (k, stats[k]))


if __name__ == "__main__":
    main()
