#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset28.jsonl.

Held-out development set for the personal-data redactor: 500 real NHS Friends
and Family Test comments (The-Strategy-Unit/pxtextmining, commit
ba6c0a2f10ca9bb3b964b72afe6047b463095c75, MIT, copyright NHS England; Care
Opinion data in it CC BY-NC-SA 4.0) with invented personal details planted in
them.  Every planted detail is invented: phones only in drama/fiction ranges,
e-mails only at example.* domains, NHS numbers in the 999 test range with a
valid modulus-11 check digit.

Standard library only; deterministic (one random.Random(20260028); nothing
depends on set or dict hash order).

Usage:
    python research/redaction_sets/build_redaction_devset28.py [--out PATH] [--stats]
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 20260028
N_RECORDS = 500
N_EMPTY = 25          # records with no planted entity (~5%)
N_DECOYS = 60         # decoy sentences (name/place words used as ordinary words)

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path("/work/shared/data/nhs_fft")
OUT_PATH = ROOT / "evaluation" / "data" / "redaction_devset28.jsonl"
EVAL_DATA = ROOT / "evaluation" / "data"
EXCLUDE_SETS = ["redaction_testset.jsonl", "redaction_testset_v2.jsonl",
                "redaction_devset5.jsonl"]

TARGETS = {
    "NAME": 430, "TOWN": 220, "ADDRESS": 80, "DATE": 60, "AGE_OVER_89": 40,
    "PHONE": 30, "EMAIL": 20, "POSTCODE": 30, "HOSPITAL_NUMBER": 60,
    "NHS_NUMBER": 25, "ZIP": 15,
}
TYPE_ORDER = list(TARGETS)
HIPAA_ONLY = {"TOWN", "DATE", "AGE_OVER_89"}


def profiles_for(etype: str) -> list[str]:
    if etype in HIPAA_ONLY:
        return ["hipaa_safe_harbor"]
    return ["standard", "hipaa_safe_harbor"]


def split_list(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


# ---------------------------------------------------------------------------
# Invented people.  Groups: (label, weight, female given, male given, surnames)
# ---------------------------------------------------------------------------
NAME_GROUPS = [
    ("english", 20,
     "Sarah, Emma, Claire, Gemma, Stacey, Kayleigh, Chloe, Jade, Maureen, Doreen, Brenda, Pauline, "
     "Tracey, Joanne, Hayley, Lauren, Bethany, Abigail, Harriet, Philippa, Georgina, Imogen, Vicky, "
     "Samantha, Deborah, Janet, Wendy, Elaine, Lorraine, Kirsty, Charlotte, Danielle",
     "Dave, Gary, Steve, Kevin, Darren, Lee, Wayne, Stuart, Nigel, Clive, Trevor, Keith, Barry, "
     "Graham, Martin, Adrian, Simon, Matthew, Oliver, Harry, Alfie, Toby, Jamie, Ashley, Dean, Carl",
     "Smith, Taylor, Brown, Wilson, Johnson, Walker, Wright, Robinson, Thompson, Harrison, "
     "Ashworth, Pickering, Coulson, Whitfield, Bramley, Hargreaves, Fairbrother, Pennington, "
     "Ellwood, Crossley, Dunmore, Lockwood, Shackleton, Atherton, Bottomley, Hebblethwaite"),
    ("wordnames", 5,
     "Grace, Hope, Joy, Faith, Dawn, Rose, Ivy, Holly, Amber, Pearl, Ruby, Summer, Sunny, Patience, "
     "Mercy, Autumn, April, June",
     "Will, Mark, Bill, Jack, Frank, Rob, Ray, Victor, Hunter, Chase, Grant, Miles, Art, Rich",
     "Fox, Bird, Hill, Wood, Cook, Baker, Moss, Field, Waters, Read, Bishop, Marsh, Hope, Rich, "
     "Young, Green, King, Hall, Wells, Sale"),
    ("scottish", 6,
     "Shona, Morag, Eilidh, Catriona, Isla, Kirsteen, Mhairi, Fiona, Ailsa, Rhona",
     "Hamish, Callum, Euan, Fraser, Ruaridh, Alasdair, Murdo, Angus, Lachlan, Gregor",
     "MacLeod, McAllister, Sutherland, Buchanan, Campbell, MacDonald, Mackintosh, Drummond, "
     "Robertson, McKenzie, Urquhart, Cruickshank"),
    ("welsh", 5,
     "Catrin, Ffion, Siân, Bethan, Nia, Cerys, Angharad, Eleri, Gwenllian, Lowri",
     "Rhys, Dafydd, Iwan, Gareth, Emyr, Geraint, Huw, Aled, Gethin, Owain",
     "Jones, Williams, Davies, Evans, Thomas, Roberts, Hughes, Lewis, Griffiths, Pritchard, "
     "Llewellyn, Prosser, ap Rhys"),
    ("irish", 6,
     "Niamh, Aoife, Siobhán, Róisín, Saoirse, Órla, Clodagh, Gráinne, Sinéad, Bríd",
     "Seán, Pádraig, Cian, Oisín, Ciarán, Tadhg, Darragh, Eoghan, Colm, Diarmuid",
     "O'Sullivan, Kavanagh, Fitzgerald, Ó Briain, Mac Cárthaigh, Ní Mhaolagáin, O'Donoghue, "
     "McGrath, Ó Súilleabháin, Byrne, Ní Dhomhnaill, Breathnach"),
    ("southasian", 10,
     "Priya, Anjali, Harpreet, Simran, Nusrat, Farzana, Sunita, Pratima, Rukhsana, Jaspreet, "
     "Meera, Shabnam, Kavita, Taslima",
     "Rajesh, Sanjay, Arjun, Gurpreet, Mohammed, Imran, Tariq, Bilal, Vikram, Sukhdev, Rahul, "
     "Asif, Kamal, Jaswinder",
     "Patel, Sharma, Gupta, Singh, Kaur, Chaudhry, Begum, Rahman, Hussain, Akhtar, Iqbal, "
     "Sandhu, Mistry, Choudhury, Bhatti, Uddin"),
    ("westafrican", 8,
     "Chidinma, Ngozi, Adaeze, Funmilayo, Abena, Akosua, Ama, Efua, Blessing, Precious, Yetunde, "
     "Chiamaka, Folake",
     "Chukwuemeka, Obinna, Oluwaseun, Tunde, Kwame, Kofi, Yaw, Kwabena, Emeka, Femi, Kelechi",
     "Okafor, Adeyemi, Okonkwo, Nwosu, Balogun, Oyelaran, Mensah, Asante, Owusu, Boateng, "
     "Acheampong, Eze, Adebayo, Ogunleye, Nnamdi-Okoro"),
    ("eastafrican", 4,
     "Wanjiru, Amani, Achieng, Nyambura, Tendai, Rudo, Hodan, Sahra, Fadumo, Ifrah",
     "Baraka, Jomo, Otieno, Tinashe, Abdirahman, Abdi, Mahad, Farhan, Kiprono",
     "Kamau, Otieno, Mwangi, Achieng, Moyo, Chikwanha, Warsame, Farah, Abdullahi, Jama, Hirsi"),
    ("caribbean", 5,
     "Shantelle, Marcia, Beverley, Claudette, Yvette, Paulette, Jacintha, Merline",
     "Delroy, Winston, Leroy, Errol, Clive, Desmond, Everton, Lloyd",
     "Campbell-Reid, Brathwaite, Clarke, Ferguson, McKenzie, Blackwood, Gayle, Forbes, Bailey"),
    ("chinese", 4,
     "Mei, Xiu Ying, Li Na, Hui Min, Yan, Jing",
     "Wei, Jun, Hao, Zhiwei, Jian, Kai Ming",
     "Wong, Chen, Li, Zhang, Liu, Huang, Cheung, Lam"),
    ("vietnamese", 3,
     "Thi Lan, Ngoc Anh, Hoa, Thu Trang, Linh",
     "Minh, Tuan, Duc, Quang, Hieu",
     "Nguyen, Tran, Pham, Le, Hoang, Vu"),
    ("polish_ee", 8,
     "Agnieszka, Małgorzata, Katarzyna, Zofia, Joanna, Ioana, Daria, Olena, Oksana, Milena, Irina",
     "Piotr, Krzysztof, Tomasz, Marek, Bogdan, Vasile, Andriy, Dmytro, Łukasz, Mihai, Jakub",
     "Kowalski, Nowak, Wiśniewska, Lewandowski, Wójcik, Popescu, Ionescu, Kovalenko, Shevchenko, "
     "Petrov, Zielińska, Dąbrowski, Horváth, Novák"),
    ("arabic_turkish", 6,
     "Aisha, Fatima, Amira, Layla, Elif, Zeynep, Ayşe, Noor, Yasmin, Rania",
     "Yusuf, Omar, Khalid, Mehmet, Emre, Burak, Karim, Hassan, Samir, Mustafa",
     "Al-Sayed, Haddad, Mansour, Khalil, Yılmaz, Demir, Şahin, Öztürk, Abdallah, El-Amin"),
    ("lusophone_hispanic", 5,
     "Mariana, Fernanda, Joana, Carmen, Lucía, Guadalupe, Inês, Valentina, Ximena",
     "João, Thiago, Rui, Rodrigo, Javier, Alejandro, Diego, Gonçalo, Mateo",
     "Silva, Santos, Ferreira, Oliveira, Costa, García, Martínez, Hernández, López, "
     "Rodríguez, Gonçalves, Peña"),
    ("filipino", 3,
     "Maricel, Jocelyn, Rowena, Marites, Lorna, Cherry Ann",
     "Jomar, Rommel, Arnel, Jericho, Dindo",
     "Reyes, Bautista, Dela Cruz, Santos, Villanueva, Mendoza, Macaraeg"),
    ("greek", 3,
     "Eleni, Despina, Katerina, Sofia, Georgia",
     "Nikos, Giorgos, Yiannis, Stavros, Kostas",
     "Papadopoulos, Georgiou, Nikolaidis, Christodoulou, Antoniou"),
    ("nepali", 3,
     "Sabina, Pratiksha, Sushma, Anjana, Bimala",
     "Bishnu, Ramesh, Prakash, Dhan, Suman",
     "Gurung, Tamang, Shrestha, Thapa, Rai, Magar"),
]

NICKNAMES = [
    ("Mags", "f"), ("Bex", "f"), ("Kaz", "f"), ("Steph", "f"), ("Liz", "f"), ("Jen", "f"),
    ("Suze", "f"), ("Deb", "f"), ("Trish", "f"), ("Kasia", "f"), ("Gosia", "f"), ("Nat", "f"),
    ("Sal", "f"), ("Bev", "f"), ("Mo", "f"), ("Lou", "f"), ("Jacqui", "f"), ("Fi", "f"),
    ("Jonny", "m"), ("Tez", "m"), ("Gaz", "m"), ("Baz", "m"), ("Raj", "m"), ("Chuks", "m"),
    ("Seun", "m"), ("Tomek", "m"), ("Ollie", "m"), ("Mo", "m"), ("Robbie", "m"), ("Ste", "m"),
    ("Del", "m"), ("Kev", "m"), ("Big Mick", "m"), ("Jimmy", "m"), ("Taff", "m"), ("Paddy", "m"),
    ("Sandy", "m"), ("Alfie", "m"), ("Tel", "m"), ("Dev", "m"),
]
TYPOS = [
    ("Sarha", "f"), ("Jenifer", "f"), ("Rebbeca", "f"), ("Cathrine", "f"), ("Gorgina", "f"),
    ("Katheryn", "f"), ("Phillipa", "f"), ("Nicolla", "f"), ("Stephenie", "f"), ("Shivon", "f"),
    ("Neeve", "f"), ("Chidimna", "f"), ("Agnieska", "f"), ("Kirstie", "f"), ("Hayly", "f"),
    ("Micheal", "m"), ("Anthoney", "m"), ("Jonathon", "m"), ("Mathew", "m"), ("Steven-", "x"),
    ("Obina", "m"), ("Chris-topher", "x"), ("Krystof", "m"), ("Graeme", "m"), ("Rhyss", "m"),
    ("Mohammad", "m"), ("Phillip", "m"), ("Dafyd", "m"), ("Shaun", "m"), ("Tomaz", "m"),
]
TYPOS = [t for t in TYPOS if t[1] in ("f", "m")]
EXTRA_DOUBLE = ["Hart-Dyson", "Ashworth-Hale", "Bennett-Okoro", "Lloyd-Jones", "Patel-Sharma",
                "Foster-Mensah", "Sinclair-Wong", "Morgan-Ní Bhriain", "Clarke-Kowalska",
                "Baptiste-Reid", "Hussain-Grant", "Owusu-Ansah"]

# ---------------------------------------------------------------------------
# Invented places.
# ---------------------------------------------------------------------------
TOWNS_UK = split_list(
    "Kettering, Wellingborough, Corby, Daventry, Towcester, Rushden, Brackley, Oundle, Thrapston, "
    "Raunds, Hexham, Morpeth, Alnwick, Consett, Seaham, Peterlee, Spennymoor, Redcar, Guisborough, "
    "Whitby, Scarborough, Skegness, Grantham, Loughborough, Hinckley, Barnsley, Rotherham, "
    "Huddersfield, Halifax, Keighley, Rochdale, Wigan, Bolton, Stockport, Crewe, Shrewsbury, Ludlow, "
    "Hereford, Gloucester, Swindon, Taunton, Exeter, Truro, Penzance, Plymouth, Bournemouth, "
    "Basingstoke, Guildford, Maidstone, Margate, Colchester, Ipswich, Norwich, Lowestoft, King's Lynn, "
    "Peterborough, Bedford, Luton, Stevenage, Watford, Slough, Banbury, Northampton, Sunderland, "
    "Durham, Gateshead, Darlington, Hartlepool, Middlesbrough, Leeds, York, Hull, Lincoln, Derby, "
    "Leicester, Coventry, Wolverhampton, Blackpool, Preston, Lancaster, Carlisle, Kendal, Workington")
TOWNS_UK_MULTI = split_list(
    "Milton Keynes, Stoke-on-Trent, Market Harborough, Bishop Auckland, Newcastle upon Tyne, "
    "Hebden Bridge, Chipping Norton, Weston-super-Mare, Ashby-de-la-Zouch, Bury St Edmunds, "
    "Kirkby Lonsdale, Barnard Castle, Higham Ferrers, Burton Latimer, Long Buckby, Great Yarmouth, "
    "Saffron Walden, Newton Aycliffe, Chester-le-Street, Houghton-le-Spring, Whitley Bay, "
    "South Shields, North Shields, Castle Donington, Sutton Coldfield, Market Rasen, Stony Stratford, "
    "West Bromwich, Newport Pagnell, Little Snoring, Much Wenlock, Brough Sowerby")
TOWNS_WORD = split_list(
    "Reading, Bath, Sale, Wells, March, Deal, Street, Battle, Hope, Rye, Ware, Diss, Bury, Cheddar, "
    "Wool, Looe")
TOWNS_WALES = split_list(
    "Aberystwyth, Llandudno, Caernarfon, Merthyr Tydfil, Ystradgynlais, Betws-y-Coed, Pwllheli, "
    "Llanelli, Bangor, Wrexham, Abergavenny, Machynlleth, Porthmadog, Ebbw Vale, Pontypridd, "
    "Tenby, Cardigan, Blaenau Ffestiniog")
TOWNS_SCOT = split_list(
    "Kirkcaldy, Inverness, Fort William, Ullapool, Auchtermuchty, Stornoway, Portree, Kilmarnock, "
    "Dumfries, Peterhead, Fraserburgh, Oban, Dunfermline, Motherwell, Paisley, Arbroath, Lerwick, "
    "Kirkwall, Newton Stewart")
TOWNS_IRL = split_list(
    "Ballina, Dún Laoghaire, Cork, Letterkenny, Enniskillen, Derry, Ballymena, Clonakilty, "
    "Portlaoise, Dundalk, Tralee, Athlone, Castlebar, Newry, Omagh, Coleraine, Carrick-on-Shannon, "
    "Béal an Mhuirthead, Cill Airne")
COUNTIES = split_list(
    "County Durham, Northamptonshire, Cumbria, North Yorkshire, Powys, Fife, Co. Mayo, Co Antrim, "
    "Lincolnshire, Norfolk, Cornwall, Northumberland, Leicestershire, Gwynedd, Aberdeenshire, "
    "Co. Kerry, East Sussex, Scottish Borders, Rutland, County Tyrone")
TOWNS_ABROAD = split_list(
    "Lagos, Abuja, Kraków, Gdańsk, Wrocław, Accra, Kumasi, Mogadishu, Hargeisa, Kathmandu, Pokhara, "
    "Manila, Cebu City, São Paulo, Belo Horizonte, Porto, Coimbra, İzmir, Ankara, Thessaloniki, "
    "Ho Chi Minh City, Hanoi, Guangzhou, Chengdu, Karachi, Lahore, Sylhet, Dhaka, Mumbai, Chennai, "
    "Port of Spain, Bucharest, Cluj-Napoca, Kyiv, Lviv, Nairobi, Mombasa, Kampala, Harare, Bogotá, "
    "Medellín, Valencia, Málaga, Athens, Limassol, Beirut, Amman, Cairo, Toronto, Melbourne, "
    "Auckland, Cape Town, Dubai, Kingston")
# (city, state name, state abbreviation, ZIP prefix)
US_CITIES = [
    ("Dayton", "Ohio", "OH", "454"), ("Tucson", "Arizona", "AZ", "857"),
    ("Boise", "Idaho", "ID", "837"), ("Savannah", "Georgia", "GA", "314"),
    ("Portland", "Oregon", "OR", "972"), ("Albany", "New York", "NY", "122"),
    ("Madison", "Wisconsin", "WI", "537"), ("Austin", "Texas", "TX", "787"),
    ("Spokane", "Washington", "WA", "992"), ("Omaha", "Nebraska", "NE", "681"),
    ("Raleigh", "North Carolina", "NC", "276"), ("Burlington", "Vermont", "VT", "054"),
    ("Flagstaff", "Arizona", "AZ", "860"), ("Orlando", "Florida", "FL", "328"),
    ("Des Moines", "Iowa", "IA", "503"), ("Baton Rouge", "Louisiana", "LA", "708"),
    ("Santa Fe", "New Mexico", "NM", "875"), ("Ann Arbor", "Michigan", "MI", "481"),
    ("Chattanooga", "Tennessee", "TN", "374"), ("San Antonio", "Texas", "TX", "782"),
    ("Buffalo", "New York", "NY", "142"), ("Eugene", "Oregon", "OR", "974"),
    ("Lexington", "Kentucky", "KY", "405"), ("Providence", "Rhode Island", "RI", "029"),
]
STREETS = split_list(
    "Acacia Road, Mill Lane, Church Street, Station Road, Victoria Terrace, Queen's Drive, "
    "Beechwood Avenue, Chapel Lane, Oakfield Close, Hawthorn Grove, Wellington Street, "
    "Brook Street, The Crescent, Larch Way, Primrose Hill, Kingsway, Albion Place, Sandy Lane, "
    "Cemetery Road, Front Street, Lon Glanrafon, Heol y Parc, Carrick Road, Main Street, "
    "St Mary's Walk, Orchard Rise, Bede Terrace, Coronation Street, Hollybush Lane, Pit Row")
STREETS_US = split_list(
    "Elm Street, Maple Avenue, Jefferson Blvd, Oak Ridge Drive, Sycamore Lane, 3rd Avenue, "
    "Lakeview Terrace, Pine Street, Magnolia Court, Harrison Road")
HOUSE_NAMES = split_list(
    "Rose Cottage, The Old Forge, Willow Barn, Fernlea, Bryn Awel, Tigh na Mara, The Laurels, "
    "Orchard House, Hillview, Glebe Farmhouse, Ty Gwyn, The Old Vicarage, Keeper's Cottage, "
    "Swallow Barn")
VILLAGES = split_list(
    "Little Snoring, Great Oakley, Nether Wallop, Ashton-under-Hill, Kirkby Thore, Llanfihangel, "
    "Barton Seagrave, Upper Benefield, Aldwincle, Cotterstock, Lower Slaughter, Ravensthorpe, "
    "Mickleton, Cwmystwyth")
CARE_HOMES = split_list(
    "Ashgrove, Meadowbank, Beech House, Willowdene, Abbeyfield, Cedar Lodge, St Anne's, "
    "Lindisfarne, Bramble Court, The Hollies")
FARMS = split_list("Low Moor Farm, Highfield Farm, Lane End Farm, Cross Keys Farm, Pen y Bryn Farm, "
                   "Hollins Farm")
PC_AREAS = split_list("NN, NE, DL, SR, TS, LE, NG, S, M, B, LS, G, EH, CF, SA, BT, YO, HU, PE, MK, "
                      "CV, OX, W, SW, E, N, LL, IV, KY, DH")
IRISH_COUNTIES = split_list("Mayo, Kerry, Donegal, Cork, Galway, Sligo, Clare, Wexford")
IRISH_TOWNS = split_list("Westport, Killarney, Dungloe, Bantry, Clifden, Tubbercurry, Ennistymon, "
                         "Gorey")

# Words the selection treats as possibly personal when they appear in a comment.
EXTRA_NAME_WORDS = split_list(
    "john, paul, peter, david, michael, james, robert, richard, chris, christopher, andrew, tony, "
    "anthony, ian, alan, brian, colin, derek, eric, fred, george, harold, jim, joe, ken, les, mick, "
    "mike, neil, nick, pete, phil, roger, ron, ronnie, stan, terry, tom, tommy, tim, "
    "mary, margaret, susan, linda, karen, julie, lisa, michelle, helen, jane, janet, jean, joan, "
    "julia, kate, katie, kelly, laura, lucy, mandy, nicola, nicky, rachel, rebecca, sharon, sophie, "
    "sue, suzanne, tina, tracy, vicky, zoe, natasha, angela, andrea, amanda, anne, anna, ann, "
    "catherine, christine, debbie, diane, donna, gill, gillian, hannah, heather, jackie, jo, jenny, "
    "jess, jessica, kim, kathryn, lesley, leanne, louise, lynn, marie, megan, melanie, natalie, "
    "rita, sandra, sally, sam, shirley, sonia, stephanie, teresa, val, yvonne, becky, ellie, "
    "emily, faye, jenna, kerry, lynda, mandy, nikki, olivia, ryan, scott, luke, jason, craig, "
    "shaun, liam, josh, adam, ben, dan, danny, daniel, jon, jonathan, josh, kieran, matt, nathan, "
    "rob, sean, tom, northampton, nottingham, leicester, newcastle, sunderland, durham, gateshead, "
    "middlesbrough, darlington, hartlepool, kettering, corby, wellingborough, mansfield, newark, "
    "loughborough, cramlington, blyth, ashington, hexham, stockton, redcar, whitby, london")


def person_words() -> set[str]:
    words = set()
    for _, _, fem, mal, sur in NAME_GROUPS:
        for item in split_list(fem) + split_list(mal) + split_list(sur):
            for w in re.findall(r"[^\W\d_]+", item):
                words.add(w.lower())
    for n, _ in NICKNAMES + TYPOS:
        for w in re.findall(r"[^\W\d_]+", n):
            words.add(w.lower())
    for lst in (TOWNS_UK, TOWNS_UK_MULTI, TOWNS_WORD, TOWNS_WALES, TOWNS_SCOT, TOWNS_IRL,
                COUNTIES, TOWNS_ABROAD, VILLAGES, IRISH_TOWNS, EXTRA_NAME_WORDS):
        for item in lst:
            for w in re.findall(r"[^\W\d_]+", item):
                if len(w) > 2:
                    words.add(w.lower())
    for c in US_CITIES:
        for w in re.findall(r"[^\W\d_]+", c[0]):
            words.add(w.lower())
    # glue words inside multi-word names that are plain English
    for w in ("upon", "the", "and", "de", "la", "le", "on", "of", "super", "under", "city",
              "port", "county", "north", "south", "east", "west", "great", "little", "long",
              "market", "castle", "new", "old", "borders", "bridge", "cape", "town", "an",
              "ap", "al", "el", "dela", "cruz", "st", "big", "much", "lower", "upper",
              "nether", "low", "high"):
        words.discard(w)
    return words


# ---------------------------------------------------------------------------
# Generators for each detail type.
# ---------------------------------------------------------------------------
def strip_accents(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.groups = [(g[0], g[1], split_list(g[2]), split_list(g[3]), split_list(g[4]))
                       for g in NAME_GROUPS]
        self.weights = [g[1] for g in self.groups]
        self.hosp_i = 0
        self.hosp_order = list(range(len(HOSP_FORMATS)))
        rng.shuffle(self.hosp_order)
        self.used_values: Counter = Counter()

    # --- names -----------------------------------------------------------
    def group(self):
        return self.rng.choices(self.groups, weights=self.weights, k=1)[0]

    def given(self, gender=None):
        g = self.group()
        gender = gender or self.rng.choice("fm")
        return self.rng.choice(g[2] if gender == "f" else g[3]), g

    def surname(self, g=None):
        if g is None or self.rng.random() < 0.1:
            g = self.group()
        return self.rng.choice(g[4])

    def name(self, variant: str) -> str:
        r = self.rng
        gender = None
        if variant[-1] in "fm" and variant not in ("nick",):
            gender = variant[-1]
            variant = variant[:-1]
        if variant == "any":
            variant = r.choices(["g", "full", "nick", "gi", "ini", "typo", "s", "dbl"],
                                weights=[38, 27, 8, 7, 7, 5, 4, 4], k=1)[0]
        if variant == "g":
            return self.given(gender)[0]
        if variant == "s":
            return self.surname()
        if variant in ("full", "caps"):
            gv, g = self.given(gender)
            out = gv + " " + self.surname(g)
            return out.upper() if variant == "caps" else out
        if variant == "ini":
            gv, g = self.given(gender)
            s = self.surname(g)
            return r.choice(["{i}. {s}", "{i} {s}", "{i}.{s}", "{i}. {j}. {s}"]).format(
                i=strip_accents(gv)[0], j=r.choice("ABCDEFGHJKLMNPRSTW"), s=s)
        if variant == "inits":
            a = strip_accents(self.given(gender)[0])[0]
            b = strip_accents(self.surname())[0]
            return r.choice(["{a}.{b}.", "{a}{b}", "{a}.{c}.{b}.", "{a} {b}"]).format(
                a=a, b=b, c=r.choice("ABCDEFGHJKLMNPRSTW"))
        if variant == "nick":
            pool = [n for n, gg in NICKNAMES if gender is None or gg == gender]
            return r.choice(pool)
        if variant == "typo":
            pool = [n for n, gg in TYPOS if gender is None or gg == gender]
            return r.choice(pool)
        if variant == "gi":
            gv, g = self.given(gender)
            s = strip_accents(self.surname(g))
            return gv + " " + s[0] + r.choice(["", "."])
        if variant == "dbl":
            gv, g = self.given(gender)
            if r.random() < 0.5:
                return gv + " " + r.choice(EXTRA_DOUBLE)
            a, b = self.surname(g), self.surname()
            while b == a:
                b = self.surname()
            return gv + " " + a + "-" + b
        raise ValueError(variant)

    # --- places ----------------------------------------------------------
    def town(self, variant: str):
        r = self.rng
        if variant == "any":
            variant = r.choices(["uk", "ukm", "word", "wal", "sco", "irl", "cty", "abr", "us"],
                                weights=[30, 14, 8, 8, 8, 8, 8, 10, 6], k=1)[0]
        if variant == "us":
            city, state, ab, _ = r.choice(US_CITIES)
            tail = r.choice([", " + state, ", " + ab, " " + ab, ""])
            return [(city, "TOWN"), (tail, None)] if tail else [(city, "TOWN")]
        pool = {"uk": TOWNS_UK, "ukm": TOWNS_UK_MULTI, "word": TOWNS_WORD, "wal": TOWNS_WALES,
                "sco": TOWNS_SCOT, "irl": TOWNS_IRL, "cty": COUNTIES, "abr": TOWNS_ABROAD}[variant]
        return [(r.choice(pool), "TOWN")]

    def postcode(self) -> str:
        r = self.rng
        area = r.choice(PC_AREAS)
        district = str(r.randint(1, 29))
        if len(area) == 1 and r.random() < 0.2:
            district = str(r.randint(1, 9)) + r.choice("ABEHJKPSTW")
        inward = str(r.randint(0, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        style = r.choices(["std", "lower", "nospace", "double", "mixed", "nospace_lower"],
                          weights=[45, 18, 14, 8, 8, 7], k=1)[0]
        out = {"std": f"{area}{district} {inward}", "lower": f"{area}{district} {inward}".lower(),
               "nospace": f"{area}{district}{inward}", "double": f"{area}{district}  {inward}",
               "mixed": f"{area[0]}{area[1:].lower()}{district} {inward.lower()}",
               "nospace_lower": f"{area}{district}{inward}".lower()}[style]
        return out

    def uk_street_line(self) -> str:
        r = self.rng
        num = str(r.randint(1, 180))
        if r.random() < 0.1:
            num += r.choice("ab")
        return num + " " + r.choice(STREETS)

    def address(self, variant: str) -> str:
        r = self.rng
        if variant == "any":
            variant = r.choices(["uk", "flat", "house", "care", "rural", "irl", "us", "abr", "ml"],
                                weights=[26, 14, 10, 10, 8, 8, 8, 8, 8], k=1)[0]
        town = r.choice(TOWNS_UK + TOWNS_UK_MULTI + TOWNS_WORD)
        pc = self.postcode()
        if variant == "uk":
            form = r.randrange(5)
            line = self.uk_street_line()
            if form == 0:
                out = f"{line}, {town}, {pc}"
            elif form == 1:
                out = f"{line}, {town} {pc}"
            elif form == 2:
                out = f"{line}, {r.choice(VILLAGES)}, {town}, {r.choice(COUNTIES)} {pc}"
            elif form == 3:
                out = f"{line} {town}"
            else:
                out = f"{line}, {town}"
        elif variant == "flat":
            unit = r.choice([f"Flat {r.randint(1, 40)}", f"flat {r.randint(1, 12)}{r.choice('abc')}",
                             f"Apartment {r.randint(1, 9)}{r.choice('ABCD')}", f"{r.randint(1, 20)}/{r.randint(1, 4)}"])
            bld = r.choice(["Holloway Court", "Jubilee House", "Priory Mews", "Tower View",
                            "Cromwell Court", "Rosebery Flats", "Anchor House"])
            if unit.count("/"):
                out = f"{unit} {r.choice(STREETS)}, {r.choice(TOWNS_SCOT)} {pc}"
            elif r.random() < 0.5:
                out = f"{unit}, {bld}, {self.uk_street_line()}, {town} {pc}"
            else:
                out = f"{unit}, {self.uk_street_line()}, {town}"
        elif variant == "house":
            out = f"{r.choice(HOUSE_NAMES)}, {r.choice(STREETS)}, {r.choice(VILLAGES)}"
            if r.random() < 0.6:
                out += ", " + pc
        elif variant == "care":
            home = r.choice(CARE_HOMES)
            kind = r.choice(["Care Home", "Nursing Home", "Residential Home", "care home"])
            if r.random() < 0.5:
                out = f"Room {r.randint(1, 60)}, {home} {kind}, {self.uk_street_line()}, {town}"
            else:
                out = f"{home} {kind}, {r.choice(STREETS)}, {town} {pc}"
        elif variant == "rural":
            out = r.choice([
                f"{r.choice(FARMS)}, {r.choice(['Moor Road', 'Fell Lane', 'the Old Drove', 'Ffordd y Mynydd'])}, {r.choice(VILLAGES)}, {r.choice(COUNTIES)} {pc}",
                f"{r.randint(1, 6)} Keeper's Cottages, {r.choice(['Hollins Estate', 'Glenmore Estate', 'Abbots Park'])}, {r.choice(VILLAGES)}",
                f"{r.choice(FARMS)}, {r.choice(VILLAGES)}, {pc}",
            ])
        elif variant == "irl":
            key = r.choice(["F28", "V93", "F94", "P75", "H91", "F91", "V95", "Y25", "D6W", "A94"])
            code = "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            eir = f"{key} {code}" if r.random() < 0.8 else f"{key}{code}"
            i = r.randrange(len(IRISH_TOWNS))
            out = r.choice([
                f"{r.randint(1, 90)} Main Street, {IRISH_TOWNS[i]}, Co. {IRISH_COUNTIES[i]}, {eir}",
                f"{r.choice(['Cnoc na Gréine', 'Ard Mhuire', 'Seaview', 'The Glebe'])}, {IRISH_TOWNS[i]}, Co {IRISH_COUNTIES[i]} {eir}",
                f"{r.randint(1, 30)} {r.choice(['Carrick Road', 'Lough Road', 'Bridge Street'])}, {r.choice(['Ballymena', 'Omagh', 'Coleraine'])} BT{r.randint(40, 82)} {r.randint(1, 9)}{r.choice('ABDHJNQRTX')}{r.choice('ELPSUWY')}",
            ])
        elif variant == "us":
            city, state, ab, pre = r.choice(US_CITIES)
            z = pre + f"{r.randint(0, 99):02d}"
            if r.random() < 0.3:
                z += f"-{r.randint(1, 9999):04d}"
            apt = r.choice(["", f", Apt {r.randint(1, 30)}", f" #{r.randint(100, 999)}", f", Unit {r.choice('ABCD')}"])
            out = f"{r.randint(10, 9999)} {r.choice(STREETS_US)}{apt}, {city}, {ab} {z}"
        elif variant == "abr":
            out = r.choice([
                f"ul. {r.choice(['Długa', 'Kwiatowa', 'Polna', 'Ogrodowa'])} {r.randint(1, 80)}/{r.randint(1, 20)}, {r.randint(10, 99)}-{r.randint(100, 999)} {r.choice(['Gdańsk', 'Kraków', 'Łódź', 'Poznań'])}",
                f"Rua das {r.choice(['Flores', 'Oliveiras', 'Gaivotas'])} {r.randint(1, 200)}, {r.randint(1000, 4999)}-{r.randint(100, 999)} {r.choice(['Porto', 'Lisboa', 'Braga'])}",
                f"Calle {r.choice(['Mayor', 'del Sol', 'de la Luna'])} {r.randint(1, 90)}, {r.randint(1, 6)}º {r.choice('ABCD')}, {r.randint(10000, 52999)} {r.choice(['Madrid', 'Málaga', 'Sevilla'])}",
                f"Plot {r.randint(1, 90)}, {r.choice(['Admiralty Way', 'Allen Avenue', 'Awolowo Road'])}, {r.choice(['Lekki', 'Ikeja', 'Ikoyi'])}, Lagos",
                f"{r.choice(['Karanfil', 'Lale', 'Gül'])} Sokak No. {r.randint(1, 60)}, {r.choice(['Kadıköy', 'Beşiktaş', 'Karşıyaka'])}, {r.choice(['İstanbul', 'İzmir'])}",
                f"{r.randint(1, 300)} {r.choice(['Nguyen Hue', 'Le Loi', 'Hai Ba Trung'])}, District {r.randint(1, 12)}, Ho Chi Minh City",
                f"House {r.randint(1, 99)}, Road {r.randint(1, 30)}, {r.choice(['Zindabazar', 'Ambarkhana', 'Dhanmondi'])}, {r.choice(['Sylhet', 'Dhaka'])}",
                f"{r.randint(1, 99)} {r.choice(['Wattle Street', 'Banksia Avenue', 'Kookaburra Close'])}, {r.choice(['Fitzroy', 'Parramatta', 'Fremantle'])} {r.choice(['VIC', 'NSW', 'WA'])} {r.randint(2000, 6999)}",
            ])
        elif variant == "ml":
            lines = [self.uk_street_line()]
            if r.random() < 0.4:
                lines.insert(0, r.choice([f"Flat {r.randint(1, 20)}", r.choice(HOUSE_NAMES)]))
            if r.random() < 0.4:
                lines.append(r.choice(VILLAGES))
            lines.append(town)
            if r.random() < 0.3:
                lines.append(r.choice(COUNTIES))
            lines.append(pc.upper() if r.random() < 0.7 else pc)
            sep = r.choice(["\n", "\n", ",\n"])
            out = sep.join(lines)
        else:
            raise ValueError(variant)
        return out

    # --- dates and ages --------------------------------------------------
    MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

    @staticmethod
    def ordinal(n: int) -> str:
        if 10 <= n % 100 <= 20:
            suf = "th"
        else:
            suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf}"

    def date(self, variant: str) -> str:
        r = self.rng
        if variant == "any":
            variant = r.choice(["w", "d", "ny", "o"])
        dob = variant == "dob"
        year = r.randint(1919, 1942) if dob else r.randint(2021, 2023)
        month = r.randint(1, 12)
        day = r.randint(1, 28)
        M = self.MONTHS[month - 1]
        m = self.MON_ABBR[month - 1]
        yy = f"{year % 100:02d}"
        if dob:
            variant = r.choice(["d", "w"])
        if variant == "w":
            return r.choice([f"{self.ordinal(day)} {M} {year}", f"{day} {M} {year}",
                             f"{M} {self.ordinal(day)}, {year}", f"{self.ordinal(day)} of {M} {year}",
                             f"{day} {m} {year}", f"{M} {day} {year}"])
        if variant == "d":
            return r.choice([f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{yy}",
                             f"{day:02d}.{month:02d}.{yy}", f"{year}-{month:02d}-{day:02d}",
                             f"{day}-{month}-{year}", f"{day}.{month}.{year}", f"{day}/{month}/{year}"])
        if variant == "ny":
            return r.choice([f"{M} {self.ordinal(day)}", f"{self.ordinal(day)} {M}", f"{day} {M.lower()}",
                             f"{m.lower()} {day}", f"{self.ordinal(day)} {m.lower()}", f"{M} {day}",
                             f"{day} {m}"])
        if variant == "o":
            return r.choice([f"{self.ordinal(day)} of {M}", f"{self.ordinal(day)} of {m.lower()}",
                             f"{self.ordinal(day)} of {M} {year}"])
        raise ValueError(variant)

    UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]

    def age(self, variant: str) -> str:
        r = self.rng
        n = r.choices(range(90, 106), weights=[9, 9, 9, 9, 8, 8, 7, 6, 5, 5, 5, 4, 3, 2, 2, 1], k=1)[0]
        if variant == "any":
            variant = r.choice(["d", "d", "w", "o"])
        if variant == "d":
            return str(n)
        if variant == "w":
            if n < 100:
                u = n - 90
                return "ninety" if u == 0 else "ninety" + r.choice(["-", " "]) + self.UNITS[u]
            if n == 100:
                return r.choice(["a hundred", "one hundred"])
            return r.choice(["one hundred and ", "a hundred and "]) + self.UNITS[n - 100]
        if variant == "o":
            if r.random() < 0.5:
                return self.ordinal(n)
            if n < 100:
                u = n - 90
                return "ninetieth" if u == 0 else "ninety-" + self.ORD_UNITS[u]
            if n == 100:
                return "hundredth"
            return "hundred and " + self.ORD_UNITS[n - 100]
        raise ValueError(variant)

    # --- contact details -------------------------------------------------
    def phone(self, variant: str) -> str:
        r = self.rng
        if variant == "any":
            variant = r.choice(["mob", "mob", "land", "land", "intl", "us", "au"])
        x3 = f"{r.randint(0, 999):03d}"
        if variant == "mob":
            return r.choice([f"07700 900{x3}", f"07700900{x3}", f"07700 900 {x3}", f"07700-900-{x3}",
                             f"077009 00{x3}"])
        if variant == "land":
            return r.choice([f"0113 496 0{x3}", f"0113 4960{x3}", f"(0113) 496 0{x3}",
                             f"020 7946 0{x3}", f"0207 946 0{x3}", f"(020) 7946 0{x3}",
                             f"0161 496 0{x3}", f"0161-496-0{x3}", f"0117 496 0{x3}",
                             f"01174960{x3}"])
        if variant == "intl":
            return r.choice([f"+44 7700 900{x3}", f"+44 (0)7700 900{x3}", f"+447700900{x3}",
                             f"+44 113 496 0{x3}", f"+44 20 7946 0{x3}", f"+44 (0)161 496 0{x3}"])
        if variant == "us":
            x2 = f"{r.randint(0, 99):02d}"
            ac = r.choice(["212", "415", "503", "312", "617", "702", "919"])
            return r.choice([f"({ac}) 555-01{x2}", f"{ac}-555-01{x2}", f"+1 {ac} 555 01{x2}",
                             f"555-01{x2}", f"1-{ac}-555-01{x2}"])
        if variant == "au":
            d = r.randint(0, 9)
            return r.choice([f"0491 57{d} {x3}", f"+61 491 57{d} {x3}", f"0491 57{d}{x3}"])
        raise ValueError(variant)

    def email(self) -> str:
        r = self.rng
        gv, g = self.given()
        s = self.surname(g)
        gv = re.sub(r"[^a-z]", "", strip_accents(gv).lower())
        s = re.sub(r"[^a-z]", "", strip_accents(s).lower())
        local = r.choice([f"{gv}.{s}", f"{gv}{s}{r.randint(1, 99)}", f"{gv[0]}{s}", f"{gv}+nhs",
                          f"{gv}_{s}", f"{gv}.{s}+clinic", f"{s}.family", f"{gv}.{s[0]}.{r.randint(60, 99)}",
                          f"the.{s}s", f"{gv}{r.randint(1940, 2005)}"])
        dom = r.choice(["example.com", "example.org", "example.net", "example.co.uk",
                        "mail.example.com", "post.example.co.uk", "uk.example.net",
                        "family.example.org"])
        out = f"{local}@{dom}"
        if r.random() < 0.08:
            out = out[0].upper() + out[1:]
        return out

    def nhs_number(self, variant: str) -> str:
        r = self.rng
        while True:
            digits = [9, 9, 9] + [r.randint(0, 9) for _ in range(6)]
            total = sum(d * (10 - i) for i, d in enumerate(digits))
            check = 11 - (total % 11)
            if check == 11:
                check = 0
            if check == 10:
                continue
            digits.append(check)
            break
        s = "".join(map(str, digits))
        if variant == "any":
            variant = r.choice(["p", "s", "s", "d"])
        if variant == "p":
            return s
        if variant == "s":
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"

    def zip_segments(self, variant: str):
        r = self.rng
        city, state, ab, pre = r.choice(US_CITIES)
        z = pre + f"{r.randint(0, 99):02d}"
        if variant == "any":
            variant = r.choice(["5", "4"])
        if variant == "4":
            return [(z + f"-{r.randint(1, 9999):04d}", "ZIP")]
        if variant == "5":
            return [(z, "ZIP")]
        if variant == "cs":
            if r.random() < 0.3:
                z += f"-{r.randint(1, 9999):04d}"
            return [(city, "TOWN"), (", " + ab + " ", None), (z, "ZIP")]
        raise ValueError(variant)

    def hospital_number(self) -> str:
        fmt = HOSP_FORMATS[self.hosp_order[self.hosp_i % len(HOSP_FORMATS)]]
        self.hosp_i += 1
        return fmt(self.rng)


def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _l(r, n, alphabet="ABCDEFGHJKLMNPRSTUWXYZ"):
    return "".join(r.choice(alphabet) for _ in range(n))


HOSP_FORMATS = [
    lambda r: _l(r, 2) + _d(r, 7),                                  # KX4471203
    lambda r: r.choice(["NGH", "KGH", "QEH", "DGH", "WGH", "UHN"]) + " " + _d(r, 6),
    lambda r: _l(r, 1) + "-" + _d(r, 4) + "-" + _d(r, 4),          # K-5520-0913
    lambda r: _l(r, 1) + "/" + _d(r, 2) + "/" + _d(r, 6),          # H/77/301982
    lambda r: _d(r, 2) + "." + _d(r, 3) + "." + _d(r, 3),          # 04.551.892
    lambda r: _d(r, 7) + _l(r, 1),                                  # 8830142T
    lambda r: _l(r, 3).lower() + _d(r, 7),                          # rxh0093312
    lambda r: _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 3),          # 71 440 993
    lambda r: _d(r, 12),                                            # 600012458831
    lambda r: _l(r, 1) + r.choice(["19", "20", "21", "22", "23"]) + "-" + _d(r, 6),
    lambda r: "M" + _d(r, 8) + "/" + _d(r, 1),                      # M00482213/7
    lambda r: _l(r, 1) + _d(r, 1) + _l(r, 1) + _d(r, 5),            # J0K44182
    lambda r: "HN-" + _d(r, 6),
    lambda r: str(r.randint(1, 9)) + _d(r, 4),                      # 40917
    lambda r: _l(r, 2) + " " + _d(r, 3) + " " + _d(r, 3),          # DW 551 207
    lambda r: _d(r, 4) + "-" + _d(r, 4) + "-" + _d(r, 1),          # 0045-7718-3
    lambda r: _l(r, 3).lower() + "-" + _d(r, 7),                    # nor-7731048
    lambda r: _l(r, 1) + " " + _d(r, 3) + " " + _d(r, 4),          # Z 994 2281
    lambda r: _d(r, 6) + "-" + _l(r, 2),                            # 448120-KB
    lambda r: _d(r, 1) + _l(r, 1) + _d(r, 6),                       # 4B221903
    lambda r: _l(r, 2).lower() + "." + _d(r, 4) + "." + _d(r, 3),   # kx.4410.228
    lambda r: "RX" + _d(r, 4) + "/" + _d(r, 4) + _l(r, 1).lower(),  # RX2210/3398k
]

# ---------------------------------------------------------------------------
# Frames.  One per line: "tags|text".  Tags: lc (slot values lower-cased),
# uc (upper-cased), s (start of comment only), e (end only), decoy.
# Slots: {N:variant} NAME, {T:variant} TOWN, {A:variant} ADDRESS, {D:variant}
# DATE, {G:variant} AGE_OVER_89, {P:variant} PHONE, {E} EMAIL, {PC} POSTCODE,
# {H} HOSPITAL_NUMBER, {NHS:variant} NHS_NUMBER, {Z:variant} ZIP (cs = "city,
# ST zip", which plants a TOWN and a ZIP).  "\n" in a frame is a line break.
# ---------------------------------------------------------------------------
FRAMES_NAME = r"""
|Special thanks to {N:gf} who looked after me on the first night.
|I was looked after by {N:fullf} and she explained everything twice without making me feel stupid.
|{N:gm} sorted it all out in about ten minutes when nobody else could.
|Me and {N:gf} (my wife) were treated with real kindness.
lc|thanks to {N:g} and {N:g} on nights they were amazing
|The healthcare assistant {N:gf} brought me tea at three in the morning and sat with me for a bit.
|Sister {N:s} runs a tight ship but a kind one.
|{N:gm} the porter had me laughing all the way down to x-ray.
|The lady on reception, {N:gf}, remembered my name from last time.
|Matron {N:fullf} came to see me personally after I complained, which I appreciated.
|The registrar ({N:fullm}) took the time to draw me a diagram.
|Big thank you to the ODP {N:g} who held my hand while I went off to sleep.
|Student nurse {N:gf} will go far, she was brilliant.
lc|physio {N:g} pushed me but i needed pushing
lc|hca {N:gf} was lovely
|The ward clerk {N:gf} chased my letters when I was getting nowhere.
|Please pass my thanks to {N:full}, {N:full} and {N:full} in the day unit.
|Thank you to {N:g}, {N:g}, {N:g} & {N:g} - you were all stars.
|{N:gf}/{N:gf}/{N:gm} on the early shift were great.
e|Regards, {N:full}
e lc|- {N:g} x x
e|From {N:gf} and family
e|Kind regards\n{N:full} (daughter)
|My dad {N:fullm} was on the ward for three weeks.
|I am writing on behalf of my mother, {N:fullf}, who is unable to write herself.
|My name is {N:full} and I was your patient in the spring.
|{N:gf}'s manner with my son was perfect.
|I'd like to mention {N:ini} who went above and beyond.
|Dr {N:s} and her team were superb.
|Dr. {N:full} explained my scan results clearly.
lc|dr {N:s} was rude and didnt listen to a word i said
|Nurse {N:typo} (sorry if I've spelt that wrong) was fantastic.
|The paramedics, {N:gm} and {N:gf}, were calm and kind.
|Our neighbour {N:full} called the ambulance and waited with us.
|My friend {N:gf} drove me in because the transport never turned up.
|{N:nick} on the desk is a legend.
|Everyone calls her {N:nickf} but she should be called a saint.
|When I asked for the consultant I was told {N:fullm} was not available for a week.
|I spoke to a {N:gf} on the phone who promised a call back that never came.
lc|some1 called {N:g} said they wud ring back never did
|Could someone please tell {N:gm} in pharmacy that he made my week.
|{N:fullf}? Not sure I have her surname right but she works on the stroke unit.
|A huge thank you to the team, especially {N:gf} and {N:gm}.
|The night staff ({N:gf}, {N:gf} and {N:gm}) never once made me feel like a nuisance.
|Doctor {N:s} was abrupt and dismissive when I asked questions.
|We were seen by {N:full}, a trainee, who was very thorough.
|Ask for {N:gf} if you need anything - she knows everyone.
|The speech therapist, {N:fullf}, got Dad swallowing again.
|Mum ({N:fullf}) says thank you to everyone on the ward.
|{N:full}: thank you for everything.
|Named nurse: {N:full}.
|My husband {N:gm} was with me the whole time and staff made sure he had a chair.
|Our daughter {N:gf} was born on the unit and the midwives were wonderful.
|It was {N:gm}'s first ever hospital stay and he was terrified, the staff made it ok.
lc|my mate {N:g} came in with me they let him stay
|Can I just say {N:gm} the driver went above and beyond.
|{N:gf} the dietitian gave me sensible advice, not a lecture.
|Sorry I didn't catch everyone's names but {N:gf} and {N:gf} stood out.
|I won't forget {N:gf}.
uc|{N:gf} WAS AN ANGEL
uc|THANK YOU {N:full} AND THE WHOLE TEAM
|Thank you {N:gf}! Thank you {N:gm}!
|Our care coordinator {N:dbl} has been a rock.
|Mrs {N:s} from the discharge team rang me every day.
|Mr {N:dblm} operated on my hip and I'm walking again.
|The chaplain, {N:gm}, sat with my wife when I couldn't be there.
|The bank nurse {N:gf} knew more than the regular staff.
|{N:gm}, the charge nurse, actually listened.
|Please thank {N:gf} (the tea lady) for the extra biscuits.
lc|shout out to {N:g} on reception n {N:g} the cleaner
|{N:gf} - the sonographer - talked me through every picture.
|The consultant {N:fullm} has been treating me for years and I trust him completely.
|I was referred by {N:fullf} at my practice.
|The GP, {N:ini}, didn't examine me at all.
|{N:gm} and his colleague were first on scene.
|The call handler, {N:gf}, kept me talking until the crew arrived.
|I'm {N:gf}'s mum and I'm writing this for her as she is only eleven.
|{N:gi} from the community team visits twice a week.
|My support worker {N:gm} is the only one who listens.
|My carer {N:gf} came with me and they made room for her.
|Our granddaughter {N:gf} filled this in for us.
|My son-in-law {N:gm} has been in and out with his chest.
|{N:full} (patient) - bay four, bed two.
|Patient name: {N:full}
s|Re: my late husband {N:fullm}
s|Re: {N:full}
|The anaesthetist {N:gm} made a joke that made me forget how scared I was.
|We saw {N:fullf} in clinic and she was thorough.
|{N:gf} and {N:gf} from the falls team were so patient with Dad.
|My key worker {N:gf} left and nobody told me.
lc|where has {N:g} gone she was the only one who got me
|It's a shame {N:gf} has moved to another ward.
|I've been under {N:fullm} since I was a teenager.
|The receptionist ({N:gf}?) was rude on the phone.
|{N:gm} in the plaster room was a gem.
|Last but not least {N:gm} who cleaned our bay, always smiling.
|Me & {N:gm} want to thank the ward staff.
|{N:nickf} and {N:nickm} on the morning shift are a double act.
|Thank you to the crew: {N:gm}, {N:gf}.
|Lovely student, {N:gf}, on placement from the university.
|The FY1 {N:gm} came back after his shift to check on me.
|{N:gf} the OT sorted my rails and a perching stool before I went home.
|Especially grateful to {N:fullf}, district nurse.
|Dr {N:ini}'s clinic always runs late.
|I had to chase {N:gf} three times for a letter.
|{N:gf}, you know who you are, thank you.
|My brother {N:gm} has learning disabilities and staff spoke to him like an adult.
|My nan {N:fullf} was treated like royalty.
|Our grandad ({N:gm}) loved the porters.
|The lady who did my bloods (I think {N:gf}) barely hurt at all.
|{N:gm} the paramedic and {N:gm} the technician were first class.
lc|me n {N:g} waited hours for nothing
lc|ta to {N:g} and {N:g} and the rest
lc|thx {N:g}
|Cheers {N:nickm}!
|The consultant's secretary, {N:fullf}, is always helpful.
|Having {N:gf} as my midwife for both pregnancies made all the difference.
|Ask {N:gm} - he will tell you we waited five hours.
|I told {N:gf} at the desk and she just shrugged.
e|Signed, {N:full} on behalf of the {N:s} family.
e|Many thanks\n{N:full}
e|With love from {N:gf}, {N:gm} and the kids x
e|Yours sincerely,\n{N:full}
e|{N:inits}
e lc|luv {N:g} xx
|Your colleague {N:gm} was very patient with my hearing.
|The palliative nurse {N:full} helped us say goodbye properly.
|Our health visitor {N:gf} is lovely and never rushes us.
|{N:gf} (HCA) noticed I wasn't eating and did something about it.
|Nurse practitioner {N:fullf} listened to me when no one else did.
|The occupational therapist ({N:gf}) was brilliant with my mum.
|{N:gm}, the security guard, was kind to my son when he was upset.
|Dr {N:s} and Dr {N:s} disagreed in front of me which was worrying.
|I had an argument with {N:gf} about visiting and, looking back, she was right.
|{N:gf} gave me her direct line so I didn't have to sit in the phone queue.
|On the phone {N:gm} was sharp with me.
|My partner {N:g} rang 111 for me.
|{N:gf} from the crisis team rang me back within the hour.
|I'm so grateful to {N:fullf}.
|Thank you so much to {N:ini} and the physio team.
|{N:gm} the pharmacist came up to explain my tablets.
|Our neighbour's lad {N:gm} drove me to A&E.
|Mum's friend {N:fullf} came every day.
|Nurse {N:gf} did my dressing so gently.
|{N:gf}!!! best nurse ever!!!
|Tell {N:gf} I said hello.
|{N:gf} is a credit to you.
|Massive thanks to {N:g} at the front desk.
|{N:full} and {N:full} from the ambulance service saved my husband's life.
|My wife {N:gf} and I would like to thank everyone.
e|(Written by {N:gf}, his daughter.)
|The crew were {N:gm} & {N:gf}.
|Not everyone was nice - {N:gf} on nights was short with me.
|The one who stood out was {N:gm}.
|{N:gf}, {N:gf}, {N:gf}: thank you.
|The orthoptist {N:gf} was patient with our little one.
|Dr {N:fullf}, thank you for not giving up on me.
|Mr {N:s}'s team were professional from start to finish.
|I'm a carer for my husband {N:gm} who has dementia.
lc|{N:g} the hca n {N:g} the nurse top people
|{N:gf} on the phones deserves a pay rise.
|A special mention for {N:gf} in the discharge lounge.
|{N:gm} (physio) and {N:gf} (OT) worked together brilliantly.
|Let down by {N:gm} who forgot to book my transport.
|My daughter {N:gf} came with me and was allowed to stay.
|Shout out to {N:nickm} the porter!
|{N:gm} saved my life, simple as that.
|Thank you Dr {N:s}.
|The student paramedic {N:gm} was calm and professional.
|{N:gf} from the wheelchair service finally sorted my cushion.
|I cannot praise {N:gf} and {N:gf} highly enough.
|{N:gm} and {N:gm} carried me down three flights of stairs.
|The lady in the canteen, {N:gf}, always had a smile.
|{N:gf} the ward sister is firm but fair.
|Honestly {N:gf} was the only nurse who talked to me like a person.
|I called and spoke to a man called {N:gm} who was very dismissive.
|Our son {N:gm} has autism and staff were brilliant with him.
|Grandma {N:fullf} would have loved you all.
|{N:gm}'s wife here - thank you for looking after him.
|My husband {N:fullm} passed away on the ward and the staff were so kind.
|Staff nurse {N:s} gave me confidence to go home.
e|Thanks {N:gf} & {N:gf} xx
lc|{N:g} wa a star
lc|mum says ta to {N:g} on the desk an the lovely porter {N:g}
|You've got a gem in {N:gf}.
|I went in on the Tuesday and {N:gf}, the nurse who admitted me, was very nice but then on the Wednesday I didn't see anyone until {N:gm} came round with the tablets and by then I was in a lot of pain.
|The letter said "Dear {N:full}, your appointment has been cancelled" and that was it, no new date.
|Your letter was addressed to Mr {N:fullf} but I am a woman.
|The reply from {N:fullm}, Service Manager, did not answer any of my questions.
|I would like to thank the young man, {N:gm}, who helped me with my coat.
|(Ask for {N:gf} - she is wonderful.)
|Nurse: {N:gf}. Doctor: {N:gm}. Both excellent.
|Thank you all - especially {N:gf}.
lc|we waited and waited then {N:g} came and said there were no beds and we would have to wait some more
|{N:caps} DESERVES A MEDAL.
|The lead nurse {N:fullf} promised to look into it. I'm still waiting.
|My grandson {N:gm} is only six and the crew let him hold the oxygen mask, he loved it.
|I'd like to say thank you to the cardiac team, in particular Dr {N:s}, Sister {N:s} and {N:gf} the specialist nurse.
|Staff like {N:gf} and {N:gm} make the NHS what it is.
lc|the physio {N:g} is brill and the other one {N:g} is ok
|Not one person introduced themselves except {N:gf}.
|"Hello my name is {N:gf}" - it makes such a difference.
|Whoever {N:gm} is on the switchboard, he needs some training.
|{N:full}, the matron, wouldn't let me see my mother.
|Thanks to {N:gi} for explaining my medication.
|{N:gm} and {N:gm} from the overnight crew - heroes.
|My sister {N:gf} and brother-in-law {N:gm} were allowed to visit together.
|The sister on the ward ({N:s}) made sure my wife got her medication on time.
|I'm {N:gm}, {N:gf}'s husband, and I want to say thank you.
|{N:nick} is a diamond.
|Listen to people like {N:gf}. She knows what she's talking about.
|I asked {N:gm} (the manager I think) why the toilets were dirty and he said it wasn't his job.
lc|{N:g} n {N:g} ur stars
|The nurse, whose name I think was {N:typof}, helped me into the shower.
|The porter {N:gm} was singing all the way down the corridor, made my day.
|The healthcare support worker {N:dbl} has the patience of a saint.
|Mum asked me to pass on her thanks to {N:gf} and "the tall one", {N:gm}.
|The volunteer, {N:fullf}, sat and did the crossword with me.
|Our physiotherapist {N:g} is the best!
|{N:gf} from podiatry has sorted my feet out after years.
|My friend {N:fullf} recommended this service to me.
|{N:gm} the driver helped me to my front door and checked I was ok.
|Please can {N:gf} be my nurse again next time.
|{N:nickm} and the lads on transport are always on time.
|Anyway, {N:gf} was fab.
|She ({N:gf}) was very patient with my questions.
|Hats off to {N:fullf}... never met a kinder person.
"""

FRAMES_TOWN = r"""
|I had to travel all the way from {T:uk} for a ten minute appointment.
|We live in {T:ukm} so the bus takes nearly two hours.
lc|from {T:uk} so its a trek
|The ambulance took me to {T:uk} instead of the local hospital.
|My daughter lives in {T:abr} and couldn't get here in time.
|We were on holiday from {T:us} and the staff were so kind to us.
|I'm originally from {T:irl} and the nurse knew my village!
|Why do I have to go to {T:uk} for a blood test?
|They moved the clinic from {T:uk} to {T:ukm} without asking anyone.
|Transport picked me up in {T:word} and dropped me home.
|It would be better if there was a clinic nearer to {T:uk}.
|I was born in {T:abr} and my English is not good but the interpreter helped.
|My son flew over from {T:abr} to be with me.
|The hospital in {T:uk} was much better organised.
|A lot of us out in {T:cty} feel forgotten.
|We moved down from {T:sco} last year.
|The crew came all the way out from {T:uk} because ours were busy.
|I go to the {T:uk} clinic on Thursdays.
lc|had to get two buses from {T:uk} to get there
|When I lived in {T:wal} the service was quicker.
|My mum is in a home near {T:uk}.
|Parking in {T:uk} is a nightmare.
|They sent me to {T:ukm} which is forty miles away.
|Friends from {T:us} couldn't believe the care was free.
|I'm a student from {T:abr} and this was my first time using the NHS.
|I was visiting family in {T:word} when it happened.
lc|we r in {T:irl} for the summer so had to ring from there
|The hub in {T:uk} is closed on weekends.
|Thank you to the team at {T:uk} community hospital.
|I was out walking near {T:sco} when I fell.
|My husband was transferred to {T:uk} and I don't drive.
|The paramedic said she used to work in {T:abr}.
|Originally from {T:abr}, I have lived here for twenty years.
|Coming from {T:uk}, {T:cty}, we had a long wait for transport.
lc|live out {T:uk} way no buses after six
|Please open a minor injuries unit in {T:uk} again.
|We were driving back from {T:wal} when my wife collapsed.
|The hospital in {T:us} charged my cousin thousands for the same thing.
|I've used services in {T:uk}, {T:ukm} and here and this was the best.
|They said the nearest bed was in {T:ukm}.
|Our grandson came down from {T:sco} to help.
|It took the ambulance an hour to get from {T:uk} to us.
|My GP in {T:uk} referred me.
|We have a caravan at {T:word} and had to come back early.
|The clinic at {T:uk} has no lift.
|She was moved to a care home in {T:cty}.
|Family in {T:abr} were kept updated by video call.
|{T:uk} hospital was rammed.
|Lived in {T:irl} before moving over here.
uc|{T:uk} NEEDS ITS OWN A&E
|I'm from {T:us} originally so I didn't know how any of this worked.
|He was working away in {T:abr} when he got the call.
|The road from {T:ukm} was closed so the crew had to go round.
|I'd been on a coach trip to {T:word}.
|My cousin's a nurse in {T:abr} and she said you did everything right.
|We'd just got back from {T:sco} via {T:uk} when he took poorly.
lc|hospital in {T:any} is way better than this one
|Why can't the scans be done in {T:uk} instead of {T:uk}?
|My parents live in {T:wal} and I live here, so it was hard to be with Mum.
|Having the clinic in {T:ukm} means I don't have to take a day off work.
|Back home in {T:abr} you would wait much longer.
|I walked from {T:uk} town centre because there were no taxis.
|Drove down from {T:cty} to visit.
|Please stop sending me to {T:uk}, I live nowhere near it.
|The ambulance station at {T:uk} was closed so they came from further away.
|{T:word} to here is a long way with a broken ankle.
|They kept saying I was in {T:uk} when I'm actually in {T:word}.
"""

FRAMES_ADDRESS = r"""
|Please send letters to my new address: {A:uk}.
|I've moved - I'm now at {A:flat} - but you still write to my old house.
|Mum lives at {A:care} and the crew were lovely with the staff there.
|The ambulance went to {A:uk} instead of our house.
|Transport picked me up from {A:rural} as arranged.
|My address is\n{A:ml}
|The address on file is wrong, it should be {A:uk}.
|We were staying at {A:irl} when the pain started.
|Our home address: {A:us}.
lc|i live at {A:uk} they couldnt find it
|The driver couldn't find {A:house}, even though it's on the map.
|Letters went to {A:abr}, where my daughter lives.
|Please update my address to {A:any}.
|The district nurses come to me at {A:flat}.
|I'm now staying with my son at {A:uk}.
|Could you send the report to my solicitor at {A:uk}?
|The appointment letter was sent to {A:uk}, which I left three years ago.
|Deliveries of my dressings go to {A:rural}.
e|{N:full}\n{A:ml}
|I'm at {A:house} - the one with the green gate.
|When they discharged me they sent me to {A:care} but I live at {A:uk}.
|Our son's address is {A:us} if you need to reach him.
e|Return address: {A:irl}
|The crew were sent to {A:flat} but the lift was broken.
|The taxi took me to {A:uk} by mistake.
|Forward any post to {A:abr}.
|Correct address: {A:any}
|We've been at {A:rural} for forty years and never had such a quick response.
lc|address is {A:flat} pls update
|Dad's now in {A:care}.
|Home address:\n{A:ml}
|Sat nav took them to {A:uk} which is the other end of the village.
"""

FRAMES_DATE = r"""
|I was admitted on {D:w} and discharged a week later.
|My appointment on {D:ny} was cancelled the day before.
|I phoned on {D:d} and was told someone would call.
|My mother (dob {D:dob}) was left on a trolley.
|Date of birth: {D:dob}
|I had my operation on {D:w}.
lc|rang on {D:ny} still waiting
|Since {D:w} I've heard nothing.
|Your system has my date of birth wrong - it's {D:dob}.
|The letter was dated {D:d} but arrived after the appointment.
|My son was born on {D:w} on your unit.
|We called 999 on {D:ny} at about two in the morning.
|On {D:ny} the crew arrived within minutes.
|My husband was discharged on {D:d} without his medication.
|My next appointment is {D:ny} and I hope it goes ahead.
|I was seen in the clinic on {D:w}.
|DOB {D:dob}.
|The fall happened on {D:ny}.
|I've been waiting since {D:d} for a scan.
|The consultant wrote to me on {D:w}.
|On the {D:o} I was told to come back in six weeks.
|Born {D:dob}, in case you need to find my notes.
|Surgery went ahead on {D:d} as planned.
|{D:ny} - rang the helpline, no answer.
|Mum passed away on {D:w} and the staff were so kind.
lc|appt was {D:d} nobody told me it moved
"""

FRAMES_AGE = r"""
|My mum is {G:d} and was treated with such dignity.
|At {G:d} years old I didn't expect to be on a trolley for nine hours.
|My {G:d} year old nan was left sitting in a wet pad.
|Dad will be {G:w} in the spring and he still talks about the nurses.
|She celebrated her {G:o} birthday on the ward and the staff made a cake.
|I am {G:w} years of age and the stairs are too much for me.
|He's {G:d} and deaf, please speak up.
lc|my nan is {G:d} and they left her in the corridor
|Aged {G:d}, she shouldn't have been sent home at midnight.
|A {G:d}-year-old should not have to wait like that.
|For a man of {G:d} he's doing remarkably well thanks to you.
|Grandad turned {G:d} last month.
|Mum, who is nearly {G:w}, was frightened.
|My aunt is {G:d} and lives alone.
|As a {G:d} year old I found the form hard to fill in.
|Auntie's {G:o} birthday was spent in A&E.
|He is {G:w} and still as sharp as a tack.
|My father ({G:d}) was sent home with no care package.
|At the grand old age of {G:w}, I have seen a lot of hospitals.
|She'll be {G:d} on Saturday.
|The oldest on the ward at {G:d}, he was treated like a king.
uc|SHE IS {G:d} YEARS OLD
|Our neighbour is {G:d} and has no family nearby.
|I am in my {G:o} year and have never been treated better.
|Mother is {G:w}.
lc|he is {G:d} for gods sake
"""

FRAMES_PHONE = r"""
|Please ring me on {P:mob} as the landline doesn't work.
|You can reach me on {P:land} during the day.
|My daughter's number is {P:mob}, please call her instead.
lc|call me {P:mob}
|Tel: {P:land}
|I've been calling {P:land} all week and nobody answers.
|If anyone wants to talk about this my number is {P:intl}.
|Contact my son in America on {P:us}.
|My sister in Australia: {P:au}.
|Mobile {P:any}
|The number on the letter ({P:land}) just rings out.
|Ph {P:mob} (text is better)
|Can someone phone me back - {P:any}.
|The number I was given, {P:land}, was engaged for an hour.
"""

FRAMES_EMAIL = r"""
|Please email me at {E} with the results.
|My email is {E} if you want to follow up.
lc|email {E}
|I emailed {E} twice and got no reply.
|You can contact my daughter on {E}.
|Email: {E}
|I sent photos to {E} as asked.
|Happy to discuss further - {E}
|Reply to {E} please, not my work address.
|The clinic gave me {E} to email but it bounced.
|My work email ({E}) is best.
"""

FRAMES_POSTCODE = r"""
|I'm in {PC}, which the sat nav never finds.
|Our postcode is {PC} but the crew went to the wrong street.
lc|postcode {PC}
|Postcode: {PC}
|They said transport doesn't cover {PC} anymore.
|Post code {PC} - please update.
|The ambulance put {PC} into the sat nav and ended up on the motorway.
|Moved to {PC} last year and still getting letters at the old one.
|Deliver to {PC}, back door.
|My post code is {PC}.
lc|pcode {PC}
|Mum's postcode is {PC}.
|The letter had my postcode as {PC} when it should be {PC}.
|We're in {PC} - the new estate.
"""

FRAMES_HOSP = r"""
|My hospital number is {H}.
|Hosp no: {H}
|Unit no. {H}
|MRN {H}
|Patient number {H} - please check my notes.
|Case no {H}
|Record number: {H}
|Ref: {H}
|Reference {H}
|Booking ref {H} was cancelled without notice.
|Account number {H}
|Claim no. {H}
|ID {H}
|#{H}
|My number is {H} if you need to look me up.
|{H} is my hospital number.
|Hospital number:\n{H}
|Hosptial nmber {H}
lc|refrence {H}
|pt no {H}
lc|hosp num {H}
|(Ref {H})
|They told me to quote {H} when I ring.
|My appointment reference was {H} but nobody could find it.
|Unit number {H}, in case it helps.
|MRN:\n{H}
|I gave them my hospital number ({H}) three times.
|The referral (ref {H}) was lost.
|{H} - that's the number on my wristband.
|Patient ID {H}
|Your ref: {H}  Our ref: {H}
|Complaint reference {H} has not been answered.
|Case number {H}.
|My wristband said {H} which is not my number.
|Booking reference: {H}
|Registration no {H}
|The case ID the PALS team gave me was {H}.
|transport booking no. {H}
|Patient no:\n{H}
|My unit nummber is {H}.
|Hospital no. is {H}
|{H} (my hosp. no.)
|Ref no. for the complaint is {H} - still no response.
"""

FRAMES_NHS = r"""
|My NHS number is {NHS:any}.
|NHS no: {NHS:s}
|NHS number {NHS:p} - please check the records have been merged.
lc|nhs no {NHS:any}
|For reference, my NHS number: {NHS:d}
|NHS No. {NHS:s}
|{NHS:any} (NHS number)
|Mum's NHS number is {NHS:s} if you need it.
|They had my NHS number as {NHS:p} which belongs to someone else.
|NHS#: {NHS:any}
|nhs number:\n{NHS:any}
"""

FRAMES_ZIP = r"""
|My son lives in {Z:cs}.
|Our zip code is {Z:5}.
|Zip: {Z:any}
|ZIP code {Z:4}
|Please send the bill to my insurer in {Z:cs}.
|We're visiting from {Z:cs}.
lc|zip {Z:any}
|Mailing ZIP {Z:4} if needed for the insurance.
|I live near {Z:cs} most of the year.
|Back home our zip is {Z:5}.
"""

FRAMES_MIXED = r"""
|My mum, {N:fullf}, is {G:d} and lives alone in {T:uk}.
e|{N:full}\n{A:ml}\nTel {P:land}
|Dad ({N:fullm}, DOB {D:dob}, NHS {NHS:s}) was moved three times in one night.
|I'm writing about {N:fullf}, hospital number {H}.
|{N:gm} drove all the way from {T:uk} to pick me up.
|My neighbour {N:gf} at {A:uk} found me on the floor.
|Contact my daughter {N:gf} on {P:mob}.
|Please write to {N:full}, {A:uk}.
|{N:gf} rang me on {D:ny} to apologise.
|My grandad {N:gm} is {G:d} and from {T:sco}.
|Patient: {N:full}  DOB: {D:dob}  Hosp no: {H}
|Our GP in {T:uk}, Dr {N:s}, referred us.
|My sister {N:gf} flew in from {T:abr}.
|Email {N:gm} at {E}.
lc|me n {N:g} r from {T:uk}
e|{N:full}, {PC}
|Ref {H}, {N:full}
|I was visiting my aunt {N:fullf} in {T:irl}.
|{N:gm} from {T:abr} works on the night shift and he is wonderful.
|On {D:w}, my husband {N:gm} collapsed at home.
|The letter to {N:full} at {A:flat} was sent to the wrong flat.
|{N:full} ({G:d}) sends her thanks.
|Please call {N:gf} on {P:any} or {E}.
|We were driving to {T:word} when {N:gm} took ill.
|Call me on {P:mob} or email {E}.
|hosp no {H} / nhs no {NHS:any}
|Patient: {N:full}, NHS number {NHS:any}.
|Contact: {N:full}, {E}
|Nan ({N:gf}) is {G:w} and the crew treated her like a queen.
|Dr {N:s} at the {T:uk} surgery rang me personally.
"""

FRAMES_DECOY = r"""
decoy|I will be recommending this service to friends.
decoy|We live in hope that things will improve.
decoy|The nurse handled a difficult situation with grace.
decoy|My blood pressure reading was high so they kept me in.
decoy|A bath would have been lovely after three days.
decoy|They just march you from one room to the next.
decoy|Nothing in the shop was on sale after six.
decoy|You may want to look at the parking charges.
decoy|Such a sunny room, it lifted my mood.
decoy|It was a real joy to be treated so well.
decoy|To be frank, the food was awful.
decoy|I got a bill for parking that was more than the taxi fare.
decoy|The cannula left a mark on my arm for a week.
decoy|I lay awake until dawn because of the noise.
decoy|I'm not going to sue anyone, I just want an apology.
decoy|She gave my hand a pat and said it would be fine.
decoy|The receptionist is a jack of all trades.
decoy|We had to chase the results three times.
decoy|We live miles from anywhere.
decoy|It restored my faith in the NHS.
decoy|The patience of the staff was amazing.
decoy|Please have mercy on visitors and open the café earlier.
decoy|The amber light on the pump kept flashing all night.
decoy|There was a holly wreath on the ward door, a nice touch.
decoy|The ivy outside the window needs cutting back.
decoy|Plenty of reading material in the day room.
decoy|Getting a GP appointment is a battle.
decoy|I'd like to bury my head in the sand but I can't.
decoy|The rose garden outside the unit is lovely.
decoy|It was a good deal quicker than last time.
decoy|I hope the new building will have more parking.
decoy|Staff did not grant my request for a side room.
decoy|Things may get better.
decoy|Will someone please fix the lift.
decoy|A sunny smile on reception goes a long way.
decoy|The pharmacist was as good as gold.
decoy|The baby had her first bath before we went home.
decoy|Some older patients struggle with reading the signs.
decoy|The reading lamp over my bed didn't work.
decoy|Is there any hope of getting an appointment sooner?
decoy|I was given a clean bill of health.
decoy|The bake sale for the ward was a great idea.
decoy|Sunny days in the garden helped my recovery.
decoy|May I say how grateful I am.
decoy|It felt like a long march from the car park.
decoy|The doctor was very frank with me, which I wanted.
decoy|By the grace of God I'm still here.
decoy|My first reading was fine but the second was not.
decoy|We had a sunny spell so they let us sit outside.
decoy|I was not allowed a bath or shower for two days.
decoy|It was against my will to stay in overnight.
decoy|There was no joy getting through on the phone.
lc decoy|will def come back if i need to
lc decoy|sunny day n they still had the heating on full
decoy|Rich or poor, everyone gets the same care here.
decoy|The wells of kindness on that ward never ran dry.
decoy|You have to deal with so many different people.
decoy|The long walk to the ward is a real march for older people.
decoy|Physio was hard work but I got there in the end - hope springs eternal.
decoy|I may be old but I'm not stupid.
decoy|Free will is all very well but I needed someone to tell me what to do.
decoy|My hearing aid battery died so reading lips was the only way.
"""

ALL_FRAME_BLOCKS = [FRAMES_NAME, FRAMES_TOWN, FRAMES_ADDRESS, FRAMES_DATE, FRAMES_AGE,
                    FRAMES_PHONE, FRAMES_EMAIL, FRAMES_POSTCODE, FRAMES_HOSP, FRAMES_NHS,
                    FRAMES_ZIP, FRAMES_MIXED, FRAMES_DECOY]

SLOT_RE = re.compile(r"\{(N|T|A|D|G|P|E|PC|H|NHS|Z)(?::([a-z0-9]+))?\}")
SLOT_TYPES = {"N": ["NAME"], "T": ["TOWN"], "A": ["ADDRESS"], "D": ["DATE"], "G": ["AGE_OVER_89"],
              "P": ["PHONE"], "E": ["EMAIL"], "PC": ["POSTCODE"], "H": ["HOSPITAL_NUMBER"],
              "NHS": ["NHS_NUMBER"], "Z": ["ZIP"]}


class Frame:
    def __init__(self, idx: int, tags: set, text: str):
        self.idx = idx
        self.tags = tags
        self.text = text.replace("\\n", "\n")
        self.types: Counter = Counter()
        for m in SLOT_RE.finditer(self.text):
            kind, var = m.group(1), m.group(2)
            if kind == "Z" and var == "cs":
                self.types.update(["TOWN", "ZIP"])
            else:
                self.types.update(SLOT_TYPES[kind])
        self.n_ent = sum(self.types.values())
        self.decoy = "decoy" in tags


def load_frames() -> list[Frame]:
    frames = []
    seen = set()
    for block in ALL_FRAME_BLOCKS:
        for line in block.strip("\n").split("\n"):
            if not line.strip():
                continue
            tags, text = line.split("|", 1)
            if text in seen:
                raise ValueError("duplicate frame: " + text)
            seen.add(text)
            frames.append(Frame(len(frames), set(tags.split()), text))
    return frames


def render_frame(frame: Frame, gen: Gen) -> tuple[str, list[tuple[int, int, str]]]:
    """Render a frame; return its text and (start, end, type) spans."""
    r = gen.rng
    lc = "lc" in frame.tags
    uc = "uc" in frame.tags
    out = []
    spans = []
    pos = 0
    cursor = 0
    for m in SLOT_RE.finditer(frame.text):
        lit = frame.text[cursor:m.start()]
        out.append(lit)
        pos += len(lit)
        cursor = m.end()
        kind, var = m.group(1), m.group(2)
        if kind == "N":
            segs = [(gen.name(var or "any"), "NAME")]
        elif kind == "T":
            segs = gen.town(var or "any")
        elif kind == "A":
            segs = [(gen.address(var or "any"), "ADDRESS")]
        elif kind == "D":
            segs = [(gen.date(var or "any"), "DATE")]
        elif kind == "G":
            segs = [(gen.age(var or "any"), "AGE_OVER_89")]
        elif kind == "P":
            segs = [(gen.phone(var or "any"), "PHONE")]
        elif kind == "E":
            segs = [(gen.email(), "EMAIL")]
        elif kind == "PC":
            segs = [(gen.postcode(), "POSTCODE")]
        elif kind == "H":
            segs = [(gen.hospital_number(), "HOSPITAL_NUMBER")]
        elif kind == "NHS":
            segs = [(gen.nhs_number(var or "any"), "NHS_NUMBER")]
        elif kind == "Z":
            segs = gen.zip_segments(var or "any")
        else:
            raise ValueError(kind)
        for val, etype in segs:
            if lc:
                val = val.lower()
            elif uc:
                val = val.upper()
            elif etype == "NAME" and r.random() < 0.10:
                val = val.lower()
            elif etype in ("TOWN", "ADDRESS") and r.random() < 0.08:
                val = val.lower()
            if etype is not None:
                spans.append((pos, pos + len(val), etype))
            out.append(val)
            pos += len(val)
    out.append(frame.text[cursor:])
    return "".join(out), spans


# ---------------------------------------------------------------------------
# Selection of real comments.
# ---------------------------------------------------------------------------
MONTH_WORDS = {"january", "february", "april", "june", "july", "august", "september", "october",
               "november", "december", "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
               "sep", "sept", "oct", "nov", "dec", "christmas", "xmas", "easter"}
TITLE_RE = re.compile(
    r"\b(?:[Mm]rs?|MRS?|[Mm]s|[Mm]iss|[Mm]x|[Dd]r|DR|[Pp]rof|[Ss]r|[Rr]ev|[Ss]t)\b\.?\s+[A-Z]"
    r"|\b(?:[Dd]octor|[Pp]rofessor|[Nn]urse|[Ss]ister|[Mm]atron|[Ff]ather|[Aa]unt(?:ie|y)?|[Uu]ncle"
    r"|[Nn]an(?:a|na)?|[Gg]randad|[Gg]randma|[Gg]ran(?:ny)?|[Cc]alled|[Nn]amed)\s+[A-Z]")
SENT_START_OK = {"will", "may", "hope"}
FOLLOW_OK = {"i", "you", "we", "they", "he", "she", "it", "there", "be", "not", "the", "this",
             "that", "to", "someone", "staff", "a", "all", "your", "everyone", "things"}


class Selector:
    def __init__(self, all_texts: list[str]):
        self.lc = Counter()
        self.mid_cap = Counter()
        for t in all_texts:
            for m in re.finditer(r"[^\W\d_][^\W\d_']*", t):
                w = m.group()
                if w.islower():
                    self.lc[w] += 1
                elif w[0].isupper() and w[1:].islower():
                    pre = t[:m.start()].rstrip()
                    if pre and pre[-1] not in ".!?\n\"'-:(":
                        self.mid_cap[w.lower()] += 1
        self.person = person_words()

    def reason(self, t: str) -> str | None:
        if not (20 <= len(t) <= 700):
            return "length"
        if re.search(r"\d{3,}", t):
            return "digits"
        if re.search(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b", t, re.I):
            return "digit_date"
        if "@" in t or re.search(r"https?:|www\.|\.com\b|\.co\.uk\b|\.org\b|\.net\b|\.nhs\.uk", t, re.I):
            return "email_url"
        if re.search(r"x{3,}|[\[\]{}<>#*_|~^]|redact|anonymi|name removed", t, re.I):
            return "redaction_mark"
        if re.search(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b", t):
            return "postcode_like"
        if re.search(r"\b9\d\b|ninet|hundred|centenar", t, re.I):
            return "age_like"
        if TITLE_RE.search(t):
            return "title_name"
        letters = [c for c in t if c.isalpha()]
        if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.5:
            return "mostly_capitals"
        tokens = list(re.finditer(r"[^\W\d_][^\W\d_']*", t))
        for k, m in enumerate(tokens):
            w = m.group()
            base = w.split("'")[0]
            low = base.lower()
            if low in MONTH_WORDS and not (low == "may"):
                return "month"
            if w == "May" or w == "MAY":
                pre = t[:m.start()].rstrip()
                if pre and pre[-1] not in ".!?\n":
                    return "month"
            if base[0].isupper() and base not in ("I", "Im"):
                if self.lc[low] < 5:
                    return "rare_capitalised"
                if low in self.person:
                    pre = t[:m.start()].rstrip()
                    at_start = (not pre) or pre[-1] in ".!?\n"
                    nxt = tokens[k + 1].group().lower() if k + 1 < len(tokens) else ""
                    if not (at_start and low in SENT_START_OK and nxt in FOLLOW_OK):
                        return "name_word_capitalised"
            elif low in self.person and self.lc[low] < 20:
                return "name_word_lower"
            elif (self.mid_cap[low] >= 2 and self.lc[low] < 20
                  and self.lc[low] * 2 <= self.mid_cap[low]):
                return "capitalised_elsewhere"
        return None


def read_sources():
    recs = []
    with open(DATA_DIR / "fft_phase1.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            recs.append({"id": f"fft1:{i}", "row_index": row["row_index"], "raw": row["feedback"] or ""})
    with open(DATA_DIR / "fft_phase2_v6framework.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            recs.append({"id": "fft2:" + row["Comment ID"], "row_index": None,
                         "raw": row["FFT answer"] or ""})
    return recs


def load_ids(path: Path) -> list[str]:
    """Only the `id` field of another set is read."""
    ids = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.append(json.loads(line)["id"])
    return ids


def norm_key(t: str) -> str:
    return re.sub(r"\s+", " ", t.strip().lower())


def select_pool(recs):
    excluded_ids = set()
    for name in EXCLUDE_SETS:
        excluded_ids.update(load_ids(EVAL_DATA / name))
    by_rowindex = {}
    for r in recs:
        if r["row_index"] is not None:
            by_rowindex.setdefault(r["row_index"], []).append(r["id"])
    blocked = set()
    for eid in sorted(excluded_ids):
        blocked.add(eid)
        if eid.startswith("fft1:"):
            for rid in by_rowindex.get(eid[5:], []):
                blocked.add(rid)
    blocked_texts = {r["raw"].strip() for r in recs if r["id"] in blocked}
    sel = Selector([r["raw"] for r in recs])
    reasons = Counter()
    pool = []
    seen = set()
    for r in recs:
        t = r["raw"].strip()
        if not t:
            reasons["empty"] += 1
            continue
        if r["id"] in blocked:
            reasons["excluded_id"] += 1
            continue
        if t in blocked_texts:
            reasons["excluded_text"] += 1
            continue
        key = norm_key(t)
        if key in seen:
            reasons["duplicate"] += 1
            continue
        seen.add(key)
        why = sel.reason(t)
        if why:
            reasons[why] += 1
            continue
        pool.append({"id": r["id"], "text": t})
    return pool, reasons, blocked


# ---------------------------------------------------------------------------
# Planning and assembly.
# ---------------------------------------------------------------------------
def plan_frames(frames: list[Frame], rng: random.Random):
    ent_frames = [f for f in frames if not f.decoy]
    uses = []
    got = Counter()
    first = ent_frames[:]
    rng.shuffle(first)
    for f in first:
        uses.append(f)
        got.update(f.types)
    use_count = Counter(f.idx for f in uses)
    while True:
        remaining = {t: TARGETS[t] - got[t] for t in TYPE_ORDER}
        need = [t for t in TYPE_ORDER if remaining[t] > 0]
        if not need:
            break
        t = max(need, key=lambda x: (remaining[x] / TARGETS[x], -TYPE_ORDER.index(x)))
        cands = [f for f in ent_frames if f.types[t] > 0 and
                 all(remaining[u] - c >= 0 for u, c in f.types.items())]
        if not cands:
            cands = [f for f in ent_frames if f.types[t] > 0]
            over = min(sum(max(0, c - remaining[u]) for u, c in f.types.items()) for f in cands)
            cands = [f for f in cands if sum(max(0, c - remaining[u]) for u, c in f.types.items()) == over]
        low = min(use_count[f.idx] for f in cands)
        cands = [f for f in cands if use_count[f.idx] == low]
        f = rng.choice(cands)
        uses.append(f)
        use_count[f.idx] += 1
        got.update(f.types)
    decoys = [f for f in frames if f.decoy]
    rng.shuffle(decoys)
    decoy_uses = (decoys * (N_DECOYS // len(decoys) + 1))[:N_DECOYS]
    return uses, decoy_uses


def pack(uses: list[Frame], n_bins: int, rng: random.Random):
    order = uses[:]
    rng.shuffle(order)
    order.sort(key=lambda f: -f.n_ent)
    bins = [[] for _ in range(n_bins)]
    load = [0] * n_bins
    for f in order:
        ok = [i for i in range(n_bins) if load[i] + f.n_ent <= 4]
        if not ok:
            raise RuntimeError("cannot pack frames into records")
        lo = min(len(bins[i]) for i in ok)
        ok2 = [i for i in ok if len(bins[i]) == lo]
        i = rng.choice(ok2)
        bins[i].append(f)
        load[i] += f.n_ent
    return bins


def boundaries(orig: str) -> list[int]:
    """Positions where a new sentence starts inside the comment."""
    out = []
    for m in re.finditer(r"[.!?]+[\"')]*[ \t]+(?=\S)|\r?\n\s*(?=\S)", orig):
        p = m.end()
        if 0 < p < len(orig):
            out.append(p)
    return out


def ends_sentence(s: str) -> bool:
    return bool(re.search(r"[.!?)\"x]\s*$", s))


def assemble(orig: str, items: list[tuple[Frame, str, list]], rng: random.Random):
    """Insert rendered frames into the comment.  Returns text and entity list."""
    bnds = boundaries(orig)
    inserts = []  # (position in orig, order, pieces[(text, spans)])
    for k, (frame, ftxt, fspans) in enumerate(items):
        lc = "lc" in frame.tags
        if "e" in frame.tags:
            where = "end"
        elif "s" in frame.tags:
            where = "start"
        else:
            x = rng.random()
            where = "end" if x < 0.45 else ("start" if x < 0.7 or not bnds else "mid")
        if where == "end":
            if "e" in frame.tags:
                sep = rng.choice(["\n", "\n", " ", "\n\n", "  "])
            else:
                sep = "END"   # chosen when the text before it is known
            tail = ""
            inserts.append((len(orig), 2 if "e" in frame.tags else 1, k, sep, ftxt, fspans, tail))
        elif where == "start":
            if lc:
                tail = rng.choice([" ", " - ", ", "])
            elif "s" in frame.tags:
                tail = rng.choice(["\n", "\n", ". ", " - "])
            elif ends_sentence(ftxt) or ftxt.endswith(":"):
                tail = rng.choice([" ", " ", "\n"])
            else:
                tail = rng.choice([". ", " - ", "\n"])
            inserts.append((0, 0 if "s" in frame.tags else 1, k, "", ftxt, fspans, tail))
        else:
            p = rng.choice(bnds)
            if lc or ends_sentence(ftxt):
                tail = " "
            else:
                tail = ". "
            inserts.append((p, 1, k, "", ftxt, fspans, tail))
    inserts.sort(key=lambda x: (x[0], x[1], x[2]))
    text = []
    ents = []
    pos = 0
    cur = 0
    for (p, _o, _k, sep, ftxt, fspans, tail) in inserts:
        seg = orig[cur:p]
        text.append(seg)
        pos += len(seg)
        cur = p
        if sep == "END":
            before = "".join(text)
            lc = ftxt == ftxt.lower()
            if ends_sentence(before) or before.endswith(","):
                sep = rng.choice([" ", " ", " ", "\n", "  "])
            elif lc:
                sep = rng.choice([" ", " ", ", ", " - "])
            else:
                sep = rng.choice([". ", ". ", " - ", "\n", ", "])
        text.append(sep)
        pos += len(sep)
        for s, e, t in fspans:
            ents.append((pos + s, pos + e, t))
        text.append(ftxt)
        pos += len(ftxt)
        text.append(tail)
        pos += len(tail)
    text.append(orig[cur:])
    return "".join(text), ents


def is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


def build():
    rng = random.Random(SEED)
    recs = read_sources()
    pool, reasons, blocked = select_pool(recs)
    frames = load_frames()
    chosen = rng.sample(pool, N_RECORDS)
    uses, decoy_uses = plan_frames(frames, rng)
    bins = pack(uses, N_RECORDS - N_EMPTY, rng)
    bins = bins + [[] for _ in range(N_EMPTY)]
    rng.shuffle(bins)
    empty_idx = [i for i, b in enumerate(bins) if not b]
    full_idx = [i for i, b in enumerate(bins) if b]
    decoy_bins = rng.sample(empty_idx, min(12, len(empty_idx)))
    decoy_bins += rng.sample(full_idx, len(decoy_uses) - len(decoy_bins))
    decoy_map = {}
    for i, f in zip(decoy_bins, decoy_uses):
        decoy_map.setdefault(i, []).append(f)
    gen = Gen(rng)
    records = []
    frame_use = Counter()
    for i, src in enumerate(chosen):
        flist = bins[i] + decoy_map.get(i, [])
        rng.shuffle(flist)
        items = []
        for f in flist:
            ftxt, fspans = render_frame(f, gen)
            items.append((f, ftxt, fspans))
            frame_use[f.idx] += 1
        text, ents = assemble(src["text"], items, rng)
        ents.sort()
        entities = []
        last_end = -1
        for s, e, t in ents:
            assert s >= last_end, (src["id"], ents)
            assert e > s
            last_end = e
            entities.append({"start": s, "end": e, "type": t, "value": text[s:e],
                             "profiles": profiles_for(t)})
        for ent in entities:
            assert text[ent["start"]:ent["end"]] == ent["value"]
            assert ent["value"] == ent["value"].strip(), ent
        assert is_subsequence(src["text"], text)
        assert len(entities) <= 4
        records.append({"id": src["id"], "text": text, "original": src["text"], "entities": entities})
    info = {"pool": len(pool), "reasons": reasons, "frames": frames, "frame_use": frame_use,
            "n_decoys": len(decoy_uses), "blocked": len(blocked)}
    return records, info


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT_PATH)
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    records, info = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.stats:
        counts = Counter(e["type"] for r in records for e in r["entities"])
        per_rec = Counter(len(r["entities"]) for r in records)
        frames = info["frames"]
        fu = info["frame_use"]
        print(f"records: {len(records)}")
        print(f"entities: {sum(counts.values())}")
        for t in TYPE_ORDER:
            print(f"  {t:16s} aim {TARGETS[t]:4d}  actual {counts[t]:4d}")
        print("entities per record: " + ", ".join(f"{k}:{per_rec[k]}" for k in sorted(per_rec)))
        print(f"decoy sentences: {info['n_decoys']}")
        print(f"frames written: {len(frames)} (entity frames {sum(1 for f in frames if not f.decoy)}, "
              f"decoy frames {sum(1 for f in frames if f.decoy)})")
        used = [f for f in frames if fu[f.idx] > 0]
        print(f"frames used: {len(used)} (entity {sum(1 for f in used if not f.decoy)}, "
              f"decoy {sum(1 for f in used if f.decoy)})")
        print(f"frame uses: {sum(fu.values())}")
        print(f"hospital-number formats: {len(HOSP_FORMATS)}")
        print(f"pool after filters: {info['pool']}; blocked ids: {info['blocked']}")
        print("dropped: " + ", ".join(f"{k}={v}" for k, v in sorted(info["reasons"].items())))
        src = Counter(r["id"].split(":")[0] for r in records)
        print("sources: " + ", ".join(f"{k}={src[k]}" for k in sorted(src)))
        # reuse by id only
        mine = {r["id"] for r in records}
        reuse = Counter()
        any_reuse = set()
        for p in sorted(EVAL_DATA.glob("redaction_*.jsonl")):
            if p.resolve() == args.out.resolve():
                continue
            ids = set(load_ids(p)) & mine
            if ids:
                reuse[p.name] = len(ids)
                any_reuse |= ids
        print(f"ids also in other sets: {len(any_reuse)} of {len(records)}")
        for k in sorted(reuse):
            print(f"  {k}: {reuse[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
