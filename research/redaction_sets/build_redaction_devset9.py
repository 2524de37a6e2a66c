#!/usr/bin/env python3
"""Build redaction development set 9 (round 12).

Real NHS Friends and Family Test comments with invented personal details planted into them.
Written without opening the redactor or any other builder. Standard library only; deterministic.

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset9.py [--stats]
"""
import argparse
import collections
import csv
import glob
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

HIPAA_ONLY = ("DATE", "AGE_OVER_89", "TOWN")
TARGETS = collections.OrderedDict([
    ("NAME", 550), ("ADDRESS", 220), ("HOSPITAL_NUMBER", 80), ("DATE_OF_BIRTH", 60),
    ("PHONE", 50), ("EMAIL", 30), ("NHS_NUMBER", 30), ("POSTCODE", 25), ("ZIP", 10),
    ("URL", 10), ("DATE", 35), ("TOWN", 35), ("AGE_OVER_89", 20),
])
MINIMUMS = {"NAME": 520, "ADDRESS": 210, "HOSPITAL_NUMBER": 76, "DATE_OF_BIRTH": 57, "PHONE": 48,
            "EMAIL": 28, "NHS_NUMBER": 28, "POSTCODE": 24, "ZIP": 10, "URL": 10, "DATE": 33,
            "TOWN": 33, "AGE_OVER_89": 19}

# --------------------------------------------------------------------------------------------
# Invented-name material (written for this set)
# --------------------------------------------------------------------------------------------
FEMALE = """Priya Kemi Adaeze Chidinma Ngozi Abena Akosua Efua Hodan Ayaan Sahra Selam Mebrat Feven
Agnieszka Małgorzata Zofia Ioana Bianca Loredana Rūta Gintarė Inês Leonor Thaís Luana Maricel
Jhoanna Rowena Divya Lakshmi Anjali Ayesha Mehwish Saima Nusrat Tahmina Shirin Dilani Nirosha
Xiaoling Mei Yan Linh Thảo Shilan Rojin Elif Zeynep Dilek Yasmin Rana Layla Siobhán Aoife
Niamh Caoimhe Ffion Cerys Angharad Eilidh Mairead Catriona Brenda Janice Leanne Kelly Stacey
Maureen Glenys Doreen Tracey Bernice Folasade Oluwatoyin""".split()
MALE = """Gavin Tomasz Rhodri Chinedu Emeka Tunde Babajide Kwame Kofi Yaw Abdirahman Mahad Dawit
Yonas Paweł Krzysztof Bogdan Andrei Florin Mindaugas Darius João Tiago Rodrigo Thiago Jomar
Rommel Arjun Sanjay Vikram Imran Bilal Shahid Rafiq Anwar Sunil Tharindu Wei Jun Haoran Minh
Tuấn Karwan Azad Emre Mehmet Omar Khalid Tarek Cian Pádraig Eoin Dylan Gethin Iestyn Ruairidh
Calum Fraser Trevor Keith Barry Wayne Clive Desmond Neville Aled""".split()
UNISEX = "Alex Sam Jo Kit Remi Jordan Morgan Charlie Nico Ashley Kai Ren Jamie Eden Taylor".split()
WORD_F = "Hope Joy Grace Faith Rose Holly Dawn Summer Bliss Heather Pearl Ruby Amber Blossom".split()
WORD_M = "Will Mark Bill Frank Jack Drew Chase Hunter Sterling Ray Miles Rich Gene".split()
WORD_U = "Sandy Robin Pat Storm Sunny".split()
NICK = """Gaz Kaz Bev Mags Jonno Tez Bazza Lozza Babs Jules Benji Robbo Fitzy Macca Tash Kat
Dee Deb Jojo Lil Taff Jock Stevo Nikki-Jo""".split()
SURNAME = """Adeyemi Okonkwo Olawale Nwosu Eze Balogun Obi Mensah Boateng Asante Owusu Agyeman Quaye
Warsame Abdi Farah Jama Hersi Tesfaye Ghebremichael Haile Berhane Tekle Wiśniewska Kowalczyk
Zieliński Nowakowski Grabowska Popescu Dumitrescu Constantin Munteanu Kazlauskas Petrauskas
Vasiliauskas Ferreira Carvalho Gonçalves Sousa Oliveira Cavalcanti Nascimento Bautista Villanueva
Macaraeg Venkataraman Iyer Chaudhary Krishnan Qureshi Chaudhry Malik Butt Hossain Uddin Miah
Chowdhury Jayawardena Wickramasinghe Perera Fernando Zhang Liu Cheung Huang Leung Nguyen Tran
Pham Vu Dang Hawrami Zebari Yıldız Demir Kaya Aydın Çelik Haddad Khalil Nasser Mahmoud Fitzgerald
McGillicuddy Hennessy Pritchard Llewellyn Vaughan Prosser MacAulay MacIver Matheson Higgins
Thornton Ashworth Pickering Bagshaw Entwistle Cartwright Holroyd Sowerby Dobson Ridley""".split()
SURNAME_WORD = "Bishop Fox Baker Cook Wood Marsh Hill Field Brook Rice Church Page Lamb Moon Sparrow Swift".split()
SURNAME_ODD = ["O'Neill-Achebe", "O'Sullivan", "D'Arcy", "Ó Briain", "Ní Bhriain", "Mac an tSaoir",
               "ap Rhys", "Okoro-Lewis", "Ashby-Osei", "Al-Khatib", "El-Amin", "McDonagh-Reilly",
               "Dela Cruz", "de Souza", "van der Berg", "Venkataraman-Hughes", "St John",
               "Mbeki-Forde", "NicLeòid", "Ben-Haim"]
MIDDLE = "Grace Olu Marie Anne James Tomás Ifeoma Kwabena Mae Rhys Catrin Jean Ali Thi Van".split()

# Places: (town, county, [outward codes])
ENGLAND = [
    ("Tadcaster", "North Yorkshire", ["LS24"]), ("Keswick", "Cumbria", ["CA12"]),
    ("Ludlow", "Shropshire", ["SY8"]), ("Bridport", "Dorset", ["DT6"]),
    ("Skipton", "North Yorkshire", ["BD23"]), ("Malton", "North Yorkshire", ["YO17"]),
    ("Whitby", "North Yorkshire", ["YO21", "YO22"]), ("Hexham", "Northumberland", ["NE46"]),
    ("Morpeth", "Northumberland", ["NE61"]), ("Alnwick", "Northumberland", ["NE66"]),
    ("Bishop Auckland", "County Durham", ["DL14"]), ("Spennymoor", "County Durham", ["DL16"]),
    ("Stockton-on-Tees", "", ["TS18", "TS19"]), ("Redcar", "", ["TS10"]),
    ("Guisborough", "", ["TS14"]), ("Kettering", "Northamptonshire", ["NN15", "NN16"]),
    ("Corby", "Northamptonshire", ["NN17", "NN18"]), ("Wellingborough", "Northamptonshire", ["NN8"]),
    ("Daventry", "Northamptonshire", ["NN11"]), ("Towcester", "Northamptonshire", ["NN12"]),
    ("Rushden", "Northamptonshire", ["NN10"]), ("Market Harborough", "Leicestershire", ["LE16"]),
    ("Oakham", "Rutland", ["LE15"]), ("Stamford", "Lincolnshire", ["PE9"]),
    ("Louth", "Lincolnshire", ["LN11"]), ("Grantham", "Lincolnshire", ["NG31"]),
    ("Newark", "Nottinghamshire", ["NG24"]), ("Worksop", "Nottinghamshire", ["S80", "S81"]),
    ("Buxton", "Derbyshire", ["SK17"]), ("Matlock", "Derbyshire", ["DE4"]),
    ("Leek", "Staffordshire", ["ST13"]), ("Uttoxeter", "Staffordshire", ["ST14"]),
    ("Kidderminster", "Worcestershire", ["DY10", "DY11"]), ("Evesham", "Worcestershire", ["WR11"]),
    ("Tewkesbury", "Gloucestershire", ["GL20"]), ("Cirencester", "Gloucestershire", ["GL7"]),
    ("Frome", "Somerset", ["BA11"]), ("Street", "Somerset", ["BA16"]), ("Chard", "Somerset", ["TA20"]),
    ("Bideford", "Devon", ["EX39"]), ("Tiverton", "Devon", ["EX16"]), ("Bodmin", "Cornwall", ["PL31"]),
    ("Penzance", "Cornwall", ["TR18"]), ("Sandy", "Bedfordshire", ["SG19"]),
    ("Ware", "Hertfordshire", ["SG12"]), ("Royston", "Hertfordshire", ["SG8"]),
    ("Maldon", "Essex", ["CM9"]), ("Sudbury", "Suffolk", ["CO10"]), ("Diss", "Norfolk", ["IP22"]),
    ("Cromer", "Norfolk", ["NR27"]), ("Deal", "Kent", ["CT14"]), ("Faversham", "Kent", ["ME13"]),
    ("Rye", "East Sussex", ["TN31"]), ("Battle", "East Sussex", ["TN33"]), ("Lewes", "East Sussex", ["BN7"]),
    ("Romsey", "Hampshire", ["SO51"]), ("Andover", "Hampshire", ["SP10", "SP11"]),
    ("Devizes", "Wiltshire", ["SN10"]), ("Abingdon", "Oxfordshire", ["OX14"]),
    ("Kendal", "Cumbria", ["LA9"]), ("Ulverston", "Cumbria", ["LA12"]),
    ("Clitheroe", "Lancashire", ["BB7"]), ("Ormskirk", "Lancashire", ["L39"]),
    ("Nantwich", "Cheshire", ["CW5"]), ("Holmfirth", "West Yorkshire", ["HD9"]),
    ("Pontefract", "West Yorkshire", ["WF8"]), ("Goole", "East Riding of Yorkshire", ["DN14"]),
    ("Beverley", "East Riding of Yorkshire", ["HU17"]), ("Boston", "Lincolnshire", ["PE21"]),
    ("March", "Cambridgeshire", ["PE15"]), ("Ely", "Cambridgeshire", ["CB6", "CB7"]),
    ("Reading", "Berkshire", ["RG1", "RG2", "RG30"]), ("Newbury", "Berkshire", ["RG14"]),
    ("Stratford-upon-Avon", "Warwickshire", ["CV37"]), ("Burton upon Trent", "Staffordshire", ["DE14"]),
    ("Weston-super-Mare", "Somerset", ["BS23"]), ("Chipping Norton", "Oxfordshire", ["OX7"]),
    ("Hope", "Derbyshire", ["S33"]), ("Bury", "Greater Manchester", ["BL9"]),
]
WALES = [
    ("Aberystwyth", "Ceredigion", ["SY23"]), ("Cardigan", "Ceredigion", ["SA43"]),
    ("Machynlleth", "Powys", ["SY20"]), ("Llandeilo", "Carmarthenshire", ["SA19"]),
    ("Ammanford", "Carmarthenshire", ["SA18"]), ("Caernarfon", "Gwynedd", ["LL55"]),
    ("Pwllheli", "Gwynedd", ["LL53"]), ("Ruthin", "Denbighshire", ["LL15"]), ("Mold", "Flintshire", ["CH7"]),
    ("Abergavenny", "Monmouthshire", ["NP7"]), ("Brecon", "Powys", ["LD3"]),
    ("Merthyr Tydfil", "", ["CF47", "CF48"]), ("Porthcawl", "Bridgend", ["CF36"]),
    ("Haverfordwest", "Pembrokeshire", ["SA61", "SA62"]), ("Tenby", "Pembrokeshire", ["SA70"]),
    ("Llanelli", "Carmarthenshire", ["SA14", "SA15"]),
]
SCOTLAND = [
    ("Oban", "Argyll and Bute", ["PA34"]), ("Fort William", "Highland", ["PH33"]),
    ("Nairn", "Highland", ["IV12"]), ("Elgin", "Moray", ["IV30"]), ("Peterhead", "Aberdeenshire", ["AB42"]),
    ("Stonehaven", "Aberdeenshire", ["AB39"]), ("Montrose", "Angus", ["DD10"]), ("Arbroath", "Angus", ["DD11"]),
    ("St Andrews", "Fife", ["KY16"]), ("Kirkcaldy", "Fife", ["KY1", "KY2"]), ("Dunfermline", "Fife", ["KY11", "KY12"]),
    ("Falkirk", "", ["FK1", "FK2"]), ("Peebles", "Scottish Borders", ["EH45"]), ("Hawick", "Scottish Borders", ["TD9"]),
    ("Dumfries", "Dumfries and Galloway", ["DG1", "DG2"]), ("Stranraer", "Dumfries and Galloway", ["DG9"]),
    ("Kilmarnock", "East Ayrshire", ["KA1", "KA3"]), ("Portree", "Isle of Skye", ["IV51"]),
    ("Stornoway", "Isle of Lewis", ["HS1"]),
]
NIRELAND = [
    ("Enniskillen", "Co. Fermanagh", ["BT74"]), ("Omagh", "Co. Tyrone", ["BT78", "BT79"]),
    ("Strabane", "Co. Tyrone", ["BT82"]), ("Coleraine", "Co. Londonderry", ["BT51", "BT52"]),
    ("Limavady", "Co. Londonderry", ["BT49"]), ("Ballymena", "Co. Antrim", ["BT42", "BT43"]),
    ("Larne", "Co. Antrim", ["BT40"]), ("Newry", "Co. Down", ["BT34", "BT35"]),
    ("Banbridge", "Co. Down", ["BT32"]), ("Portadown", "Co. Armagh", ["BT62", "BT63"]),
]
LONDON = [
    ("Walthamstow", "Waltham Forest", "E17"), ("Stoke Newington", "Hackney", "N16"),
    ("Tottenham", "Haringey", "N17"), ("Brixton", "Lambeth", "SW2"), ("Streatham", "Lambeth", "SW16"),
    ("Catford", "Lewisham", "SE6"), ("Deptford", "Lewisham", "SE8"), ("Southall", "Ealing", "UB1"),
    ("Wembley", "Brent", "HA9"), ("Ilford", "Redbridge", "IG1"), ("Romford", "Havering", "RM1"),
    ("Bethnal Green", "Tower Hamlets", "E2"), ("Holloway", "Islington", "N7"),
    ("Kentish Town", "Camden", "NW5"), ("Acton", "Ealing", "W3"), ("Woolwich", "Greenwich", "SE18"),
    ("Bexleyheath", "Bexley", "DA6"), ("Edmonton", "Enfield", "N9"),
]
IRELAND = [  # town, county, Eircode routing key
    ("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"), ("Killarney", "Co. Kerry", "V93"),
    ("Castlebar", "Co. Mayo", "F23"), ("Westport", "Co. Mayo", "F28"), ("Sligo", "Co. Sligo", "F91"),
    ("Letterkenny", "Co. Donegal", "F92"), ("Navan", "Co. Meath", "C15"), ("Mullingar", "Co. Westmeath", "N91"),
    ("Kilkenny", "Co. Kilkenny", "R95"), ("Clonmel", "Co. Tipperary", "E91"), ("Wexford", "Co. Wexford", "Y35"),
    ("Dundalk", "Co. Louth", "A91"), ("Naas", "Co. Kildare", "W91"), ("Carlow", "Co. Carlow", "R93"),
]
USA = [  # city, state, ZIP prefix
    ("Duluth", "MN", "558"), ("Bozeman", "MT", "597"), ("Boise", "ID", "837"), ("Spokane", "WA", "992"),
    ("Eugene", "OR", "974"), ("Fresno", "CA", "937"), ("Tucson", "AZ", "857"), ("Amarillo", "TX", "791"),
    ("Tulsa", "OK", "741"), ("Wichita", "KS", "672"), ("Omaha", "NE", "681"), ("Des Moines", "IA", "503"),
    ("Grand Rapids", "MI", "495"), ("Dayton", "OH", "454"), ("Knoxville", "TN", "379"),
    ("Savannah", "GA", "314"), ("Raleigh", "NC", "276"), ("Albany", "NY", "122"), ("Burlington", "VT", "054"),
    ("Providence", "RI", "029"), ("Erie", "PA", "165"),
]
VILLAGES = [  # village, post town (from the lists above)
    ("Grassington", "Skipton"), ("Sleights", "Whitby"), ("Corbridge", "Hexham"), ("Bolton Percy", "Tadcaster"),
    ("Cottesmore", "Oakham"), ("Winster", "Matlock"), ("Mousehole", "Penzance"), ("Aberdaron", "Pwllheli"),
    ("Llanarmon-yn-Iâl", "Mold"), ("Kingsbarns", "St Andrews"), ("Cushendall", "Ballymena"),
    ("Kilcoo", "Newry"), ("Slaidburn", "Clitheroe"), ("Walberswick", "Sudbury"), ("Pett Level", "Rye"),
    ("Ampney Crucis", "Cirencester"), ("Holme next the Sea", "Cromer"), ("Lamplugh", "Keswick"),
]
# keep multi-word stems together
STREET_STEM = [s.replace("_", " ") for s in """Beech Larkspur Tanner's Chapel Quarry Mill Ropewalk Bramble
Kiln Ferry Orchard Cobden Tennyson Brunel Jubilee Coronation Station Sandpiper Heron Curlew Linnet
Foxhollow Harebell Blackthorn Hazel Juniper Alder Cherry_Tree Sycamore Whinmoor Moorside Fellside
Brookside Marlpit Pinfold Tithe_Barn Glebe Vicarage Priory Castle Market Wharf Canal Gladstone
Nightingale Wren Primrose Bluebell Saxon Weavers Cooper's Lime_Kiln Dairy Paddock Nettleton
Ravensworth Lowther Hartside Ellerby Copperfield""".split()]
STREET_TYPE = ["Road", "Street", "Lane", "Close", "Avenue", "Drive", "Grove", "Crescent", "Way",
               "Gardens", "Place", "Terrace", "View", "Rise", "Walk", "Mews", "Row", "Green",
               "Fold", "Chase", "Square", "Meadows", "Croft", "Garth"]
ABBR = {"Road": "Rd", "Street": "St", "Lane": "Ln", "Avenue": "Ave", "Drive": "Dr", "Crescent": "Cres",
        "Close": "Cl", "Terrace": "Terr", "Gardens": "Gdns", "Place": "Pl"}
SCOT_TYPE = ["Wynd", "Brae", "Loan", "Road", "Street", "Crescent", "Gardens", "Place", "Park"]
WELSH_STREET = ["Heol y Parc", "Ffordd yr Eglwys", "Stryd Fawr", "Lôn Goed", "Maes y Dderwen",
                "Ffordd Penrhos", "Heol Glyndŵr", "Rhodfa'r Môr", "Lôn Isaf", "Bryn Celyn"]
IRISH_ESTATE = ["Ashgrove Park", "Cnoc na Gréine", "Riverside Court", "Oakfield Lawns", "Ard Carraig",
                "Millbrook Heights", "Bóthar na Trá", "Castleview Drive", "Gleann Álainn", "Sallypark Close"]
TOWNLANDS = ["Knockbane", "Gortnaclohy", "Ballinacurra", "Cloonagh", "Derrylea", "Carrowkeel", "Rathmoyle"]
US_STREET = ["Larkspur", "Cottonwood", "Juniper Ridge", "Prairie View", "Aspen", "Bluebonnet",
             "Magnolia Bend", "Red Fox", "Old Mill", "Cedar Hollow", "Willow Creek", "Harbor"]
US_TYPE = ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pkwy", "Trl"]
HOUSE = ["Brackenlea", "Tŷ Gwyn", "Hafod Wen", "The Old Forge", "Kilnbrae", "Larchfield",
         "Sunnyside Cottage", "The Granary", "Heatherbank", "Glebe House", "Croit na Mara", "Orchard End",
         "Greenacres", "Whinfell", "Bryn Awel", "Swallowfield", "The Old Post Office", "Willowmere",
         "Hawthorn Lodge", "Ivy Cottage", "Fernlea", "Windrush"]
FARM = ["Hollins Farm", "Low Garth Farm", "Pen-y-Bryn Farm", "Blackmoss Farm", "Cragside Farm",
        "Nether Howe Farm", "Fold Head Farm"]
CARE = ["Beechcroft Nursing Home", "St Ethelreda's Care Home", "Harbourside Residential Home",
        "Thornleigh House", "Cedar Vale Care Home", "Holmlea Residential Home", "The Laurels Nursing Home",
        "Foxglove House"]
SHELTERED = ["Larkrise Court", "Ashgrove Court", "Meadowview Court", "Kestrel Court", "Wellspring Court"]
TOWN_ABROAD = ["Gdańsk", "Cluj-Napoca", "Kaunas", "Porto", "Recife", "Cebu", "Kerala", "Sylhet",
               "Kandy", "Erbil", "Izmir", "Lagos", "Kumasi", "Hargeisa", "Asmara"]
EIR_CH = "0123456789ACDEFHKNPRTVWXY"
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
       "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]


def sfx(d):
    if 11 <= d <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def words_2digit(n):
    if n < 10:
        return UNITS[n]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen"]
    if n < 20:
        return teens[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("-" + UNITS[u] if u else "")


def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


# --------------------------------------------------------------------------------------------
# Generators. Each returns (value, type) and may update state (last name, last town).
# --------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.last_first = None
        self.last_sur = None
        self.last_town = None
        self.last_us = None
        self.used_names = collections.Counter()

    def pick(self, seq):
        return self.r.choice(seq)

    # names ------------------------------------------------------------------------------
    def first(self, kind):
        r = self.r
        if kind == "f":
            v = self.pick(FEMALE if r.random() < 0.85 else WORD_F)
        elif kind == "m":
            v = self.pick(MALE if r.random() < 0.85 else WORD_M)
        elif kind == "u":
            v = self.pick(UNISEX + WORD_U)
        elif kind == "wf":
            v = self.pick(WORD_F)
        elif kind == "wm":
            v = self.pick(WORD_M)
        elif kind == "w":
            v = self.pick(WORD_F + WORD_M + WORD_U)
        elif kind == "k":
            v = self.pick(NICK)
        else:
            raise KeyError(kind)
        self.last_first, self.last_sur = v, None
        return v

    def surname(self, kind="s"):
        r = self.r.random()
        if kind == "sw":
            v = self.pick(SURNAME_WORD)
        elif kind == "so":
            v = self.pick(SURNAME_ODD)
        elif r < 0.12:
            v = self.pick(SURNAME_WORD)
        elif r < 0.27:
            v = self.pick(SURNAME_ODD)
        else:
            v = self.pick(SURNAME)
        return v

    def name(self, kind):
        if kind in ("f", "m", "u", "w", "wf", "wm", "k"):
            return self.first(kind)
        if kind in ("s", "sw", "so"):
            v = self.surname(kind)
            self.last_first, self.last_sur = None, v
            return v
        if kind in ("ff", "fm", "fu"):
            g = kind[1]
            fn = self.first(g)
            sn = self.surname()
            x = self.r.random()
            if x < 0.12:
                v = "%s %s. %s" % (fn, self.r.choice("ABCDEFGHJKLMNPRSTW"), sn)
            elif x < 0.22:
                v = "%s %s %s" % (fn, self.pick(MIDDLE), sn)
            else:
                v = "%s %s" % (fn, sn)
            self.last_first, self.last_sur = fn, sn
            return v
        if kind == "fi":
            sn = self.surname()
            x = self.r.random()
            L = "ABCDEFGHJKLMNPRSTVWY"
            a, b = self.r.choice(L), self.r.choice(L)
            v = self.r.choice(["%s. %s" % (a, sn), "%s.%s. %s" % (a, b, sn), "%s%s %s" % (a, b, sn),
                               "%s %s" % (a, sn), "%s.%s" % (a, sn)])
            self.last_first, self.last_sur = a, sn
            return v
        raise KeyError(kind)

    # places -----------------------------------------------------------------------------
    def postcode(self, outward):
        return "%s %d%s%s" % (outward, self.r.randint(0, 9), self.r.choice(PC_IN), self.r.choice(PC_IN))

    def eircode(self, key):
        return key + " " + "".join(self.r.choice(EIR_CH) for _ in range(4))

    def zipc(self, prefix, plus4=None):
        z = prefix + "%02d" % self.r.randint(1, 99)
        if plus4 is None:
            plus4 = self.r.random() < 0.25
        if plus4:
            z += "-%04d" % self.r.randint(1, 9999)
        return z

    def street(self, scot=False):
        t = self.pick(SCOT_TYPE if scot else STREET_TYPE)
        return "%s %s" % (self.pick(STREET_STEM), t)

    def num(self):
        n = str(self.r.choice([self.r.randint(1, 40), self.r.randint(1, 40), self.r.randint(41, 260)]))
        if self.r.random() < 0.08:
            n += self.r.choice("ABC")
        return n

    def uk_place(self, region=None):
        pool = {"en": ENGLAND, "wa": WALES, "sc": SCOTLAND, "ni": NIRELAND}
        if region is None:
            region = self.r.choice(["en"] * 6 + ["wa", "wa", "sc", "sc", "ni", "ni"])
        town, county, outs = self.pick(pool[region])
        return region, town, county, self.pick(outs)

    def address(self, kind):
        """Return one address string. kinds: uk, flat, house, partial, lines, ie, us, lon, care,
        village, near, inline (one-line uk of any kind)."""
        r = self.r
        if kind == "inline":
            kind = r.choice(["uk", "uk", "flat", "house", "lon", "care", "village", "near", "ie", "us"])
        if kind == "any":
            kind = r.choice(["uk", "uk", "uk", "flat", "flat", "house", "lon", "care", "village",
                             "near", "ie", "us", "lines", "partial"])
        region, town, county, out = self.uk_place()
        pc = self.postcode(out)
        scot = region == "sc"
        street = (self.pick(WELSH_STREET) if region == "wa" and r.random() < 0.4 else self.street(scot))
        if r.random() < 0.15:
            parts = street.rsplit(" ", 1)
            if len(parts) == 2 and parts[1] in ABBR:
                street = parts[0] + " " + ABBR[parts[1]] + r.choice(["", "."])
        num = self.num()
        cty = county if county and r.random() < 0.35 else ""
        if kind == "uk":
            bits = [num + " " + street, town] + ([cty] if cty else []) + [pc]
            style = r.random()
            if style < 0.55:
                v = ", ".join(bits)
            elif style < 0.8:
                v = " ".join(bits)
            else:
                v = "%s %s, %s %s" % (num, street, town, pc)
        elif kind == "flat":
            f = r.choice(["Flat %d" % r.randint(1, 30), "Flat %d%s" % (r.randint(1, 12), r.choice("abc")),
                          "flat %d" % r.randint(1, 20), "Apt %d" % r.randint(1, 40),
                          "Ground floor flat", "Basement flat", "Flat %d, %s floor" % (
                              r.randint(1, 30), r.choice(["2nd", "3rd", "first", "top"]))])
            mid = r.choice(["", "", r.choice(["Tannery House", "Wharfside", "Quay Buildings", "Mill Court",
                                             "Alma Chambers", "Victoria House"]) + ", "])
            v = "%s, %s%s %s, %s, %s" % (f, mid, num, street, town, pc)
            if r.random() < 0.3:
                v = v.replace(", " + pc, " " + pc)
        elif kind == "house":
            h = self.pick(HOUSE + FARM)
            v = r.choice(["%s, %s %s, %s, %s" % (h, num, street, town, pc), "%s, %s, %s" % (h, street, town),
                          "%s, %s%s" % (h, town, (", " + county) if county else ""),
                          "%s %s %s" % (h, town, pc), "%s, %s, %s" % (h, town, pc)])
        elif kind == "village":
            vil, pt = self.pick(VILLAGES)
            for region2, lst in (("en", ENGLAND), ("wa", WALES), ("sc", SCOTLAND), ("ni", NIRELAND)):
                hit = [x for x in lst if x[0] == pt]
                if hit:
                    town, county, outs = hit[0]
                    pc = self.postcode(self.pick(outs))
                    break
            else:
                pc = ""
            lead = r.choice([num + " " + street, self.pick(HOUSE), self.pick(HOUSE),
                             "%d %s" % (r.randint(1, 12), r.choice(["Church Cottages", "School Row",
                                                                     "Coastguard Cottages", "Almshouses"]))])
            v = "%s, %s, %s" % (lead, vil, pt) + (", " + pc if pc and r.random() < 0.6 else "")
        elif kind == "near":
            lead = r.choice([self.pick(HOUSE), "%d %s" % (r.randint(1, 9), r.choice(
                ["Mill Cottages", "Railway Cottages", "Forge Cottages"]))])
            v = "%s, %s %s, %s" % (lead, r.choice(["off", "nr", "near", "just off"]), street, town)
            if r.random() < 0.6:
                v += ", " + pc
        elif kind == "care":
            if r.random() < 0.6:
                v = "%s, %s, %s" % (r.choice(["Room %d" % r.randint(1, 40), "Room %d%s" % (
                    r.randint(1, 20), r.choice("AB")), "Suite %d" % r.randint(1, 9)]), self.pick(CARE), town)
                if r.random() < 0.5:
                    v += ", " + pc
            else:
                v = "%s %d, %s, %s %s, %s" % (r.choice(["Flat", "Bungalow", "No."]), r.randint(1, 40),
                                              self.pick(SHELTERED), num, street, town)
                if r.random() < 0.5:
                    v += " " + pc
        elif kind == "partial":
            v = r.choice(["%s, %s" % (street, town), "%s %s" % (street, town), "%s %s, %s" % (num, street, town)])
        elif kind == "lines":
            for _ in range(20):
                v = self.address(r.choice(["uk", "flat", "lon", "house", "village", "ie", "us"]))
                if "," in v:
                    break
            v = re.sub(r",\s*", r.choice([",\n", "\n"]), v)
        elif kind == "lon":
            dist, boro, out = self.pick(LONDON)
            pc = self.postcode(out)
            v = r.choice(["%s %s, %s, London %s" % (num, street, dist, pc),
                          "%s %s %s London %s" % (num, street, dist, pc),
                          "Flat %d, %s %s, %s, London Borough of %s, %s" % (r.randint(1, 60), num, street, dist, boro, pc),
                          "%s %s, %s, London" % (num, street, dist)])
        elif kind == "ie":
            town, county, key = self.pick(IRELAND)
            e = self.eircode(key)
            v = r.choice(["%d %s, %s, %s, %s" % (r.randint(1, 90), self.pick(IRISH_ESTATE), town, county, e),
                          "%s, %s, %s %s" % (self.pick(TOWNLANDS), town, county, e),
                          "Apt %d, %s, %s, %s" % (r.randint(1, 30), self.pick(IRISH_ESTATE), town, county),
                          "%s, %s, %s" % (self.pick(HOUSE), self.pick(TOWNLANDS), town)])
        elif kind == "us":
            city, st, pre = self.pick(USA)
            z = self.zipc(pre)
            line = "%d %s%s %s" % (r.randint(100, 19999), r.choice(["", "", "N ", "S ", "E ", "W ", "NW "]),
                                   self.pick(US_STREET), self.pick(US_TYPE))
            unit = r.choice(["", "", ", Apt %d%s" % (r.randint(1, 30), r.choice(["", "B", "C"])),
                             ", Unit %d" % r.randint(1, 20), " Suite %d" % r.randint(100, 450)])
            v = r.choice(["%s%s, %s, %s %s" % (line, unit, city, st, z), "%s%s %s %s %s" % (line, unit, city, st, z)])
        else:
            raise KeyError(kind)
        return v

    def street_town(self):
        region, town, county, out = self.uk_place()
        st = self.street(region == "sc")
        return self.r.choice(["%s in %s" % (st, town), "%s, %s" % (st, town), "%s in %s" % (st, town)])

    def town(self, kind):
        r = self.r
        if kind == "T":
            region, town, county, out = self.uk_place()
            self.last_town = (town, out)
            return town
        if kind == "Tw":
            town, county, outs = self.pick([x for x in ENGLAND if x[0] in (
                "Street", "Sandy", "Ware", "Deal", "Battle", "Rye", "Hope", "March", "Reading", "Boston",
                "Leek", "Diss", "Bury", "Ely", "Louth", "Frome")])
            self.last_town = (town, self.pick(outs))
            return town
        if kind == "Tie":
            town, county, key = self.pick(IRELAND)
            self.last_town = None
            return town
        if kind == "Tus":
            city, st, pre = self.pick(USA)
            self.last_us = pre
            return city
        if kind == "Tab":
            return self.pick(TOWN_ABROAD)
        if kind == "Tv":
            return self.pick(VILLAGES)[0]
        raise KeyError(kind)

    # numbers ----------------------------------------------------------------------------
    def hospnum(self):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))
        f = r.randint(0, 15)
        v = [lambda: "KGH-%s-%s" % (d(6), L(1)),
             lambda: "M%s %s" % (d(2), d(5)),
             lambda: "UHN/%s/%s" % (r.randint(19, 24), d(6)),
             lambda: "R%s%s" % (L(2), d(6)),
             lambda: "AE-%s" % d(7),
             lambda: "S%s" % d(8),
             lambda: "%s-%s-%s" % (d(2), d(4), L(2)),
             lambda: "ORTH/%s%s" % (d(5), L(1)),
             lambda: "W%s.%s.%s" % (d(3), d(3), L(1)),
             lambda: "EPR%s" % d(9),
             lambda: "CH%s%s" % (L(2), d(5)),
             lambda: "K%s/%s" % (d(6), d(2)),
             lambda: "PT-%s-%s" % (d(4), d(4)),
             lambda: "%s %s %s" % ("".join(r.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3)), d(3), d(4)),
             lambda: "MAT%s%s" % (d(2), d(5)),
             lambda: "%s:%s" % (L(1), d(7))][f]()
        if r.random() < 0.15:
            v = v.lower()
        return v

    def phone(self, kind="any"):
        r = self.r
        if kind == "any":
            kind = r.choice(["mob", "mob", "mob", "land", "land", "us"])
        if kind == "mob":
            x = "%03d" % r.randint(0, 999)
            return r.choice(["07700 900%s" % x, "07700900%s" % x, "07700-900-%s" % x, "0770 090 0%s" % x,
                             "+44 7700 900%s" % x, "+447700900%s" % x, "07700 900 %s" % x])
        if kind == "land":
            x = "%03d" % r.randint(0, 999)
            ac = r.choice(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151", "0161"])
            v = r.choice(["%s 496 0%s" % (ac, x), "%s 4960%s" % (ac, x), "(%s) 496 0%s" % (ac, x),
                          "020 7946 0%s" % x, "0191 498 0%s" % x, "01632 960%s" % x, "(01632) 960 %s" % x,
                          "028 9649 6%s" % x, "029 2018 0%s" % x, "+44 20 7946 0%s" % x])
            if r.random() < 0.12:
                v += r.choice([" ext. %d" % r.randint(100, 999), " x%d" % r.randint(1000, 4999), " ext %d" % r.randint(10, 99)])
            return v
        if kind == "us":
            area = r.choice(["208", "406", "509", "541", "559", "520", "806", "918", "316", "402", "515", "616"])
            x = "01%02d" % r.randint(0, 99)
            return r.choice(["(%s) 555-%s" % (area, x), "%s-555-%s" % (area, x), "+1 %s 555 %s" % (area, x),
                             "%s.555.%s" % (area, x)])
        raise KeyError(kind)

    def email(self, from_name=False):
        r = self.r
        host = r.choice(["example.com", "example.org", "example.net", "mail.example.com", "post.example.org",
                         "home.example.net", "family.example.com", "carers.example.org", "nhs.example.net"])
        if from_name and self.last_sur:
            fn = (self.last_first or "x").lower()
            sn = re.sub(r"[^a-z]", "", self.last_sur.lower().replace("ł", "l").replace("ś", "s")
                        .replace("ç", "c").replace("ó", "o").replace("í", "i").replace("ò", "o")
                        .replace("ı", "i").replace("ń", "n"))
            fn = re.sub(r"[^a-z]", "", fn.replace("ł", "l").replace("ś", "s").replace("á", "a")
                        .replace("ó", "o").replace("ū", "u").replace("ė", "e").replace("ã", "a")
                        .replace("ê", "e").replace("í", "i").replace("é", "e").replace("ả", "a")
                        .replace("ấ", "a").replace("ū", "u")) or "x"
            sn = sn or "family"
            local = r.choice(["%s.%s" % (fn, sn), "%s%s" % (fn[0], sn), "%s_%s%d" % (fn, sn, r.randint(1, 99)),
                              "%s.%s+nhs" % (fn, sn), "%s%s" % (sn, fn[0])])
        else:
            local = r.choice(["mumof3", "the.walkers", "grandpa.jim", "carer.north", "sunflower72",
                              "night.owl", "allotment.bob", "rugbynut99", "bluebird", "wheels4u", "kay_and_dave",
                              "teabreak", "dogwalker.home"])
        v = "%s@%s" % (local, host)
        if r.random() < 0.06:
            v = v.upper()
        return v

    def nhs(self):
        r = self.r
        while True:
            d9 = ("999" + "".join(str(r.randint(0, 9)) for _ in range(6))) if r.random() < 0.65 else \
                (str(r.randint(4, 7)) + "".join(str(r.randint(0, 9)) for _ in range(8)))
            c = nhs_check(d9)
            if c is not None:
                break
        n = d9 + str(c)
        return r.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                         "%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s" % (n[:3], n[3:])])

    def pc_alone(self, linked=False):
        r = self.r
        if linked and self.last_town:
            out = self.last_town[1]
        else:
            out = self.uk_place()[3]
        v = self.postcode(out)
        x = r.random()
        if x < 0.15:
            v = v.replace(" ", "")
        elif x < 0.27:
            v = v.lower()
        return v

    def zip_alone(self):
        pre = self.last_us or self.pick(USA)[2]
        return self.zipc(pre)

    def url(self):
        r = self.r
        host = r.choice(["www.example.org", "example.com", "www.example.net", "blog.example.com",
                         "fundraising.example.org", "my.example.net"])
        path = r.choice(["/ward-12-thank-you", "/leaflets/knee-exercises.pdf", "/complaints?ref=ambulance",
                         "/our-story/dad-and-the-crew", "/p/8831", "/groups/carers-north#events",
                         "/fundraiser/hospice-walk-2023", "/videos/breathing-exercises", "/maternity/feedback-form"])
        pre = r.choice(["https://", "http://", "", "https://"])
        if pre == "" and not host.startswith("www."):
            pre = ""
        return pre + host + path

    def dob(self, kind):
        r = self.r
        if kind == "o":
            y = r.randint(1925, 1948)
        elif kind == "a":
            y = r.randint(1950, 2003)
        elif kind == "c":
            y = r.randint(2008, 2022)
        else:
            y = r.randint(1928, 2020)
        m = r.randint(1, 12)
        dd = r.randint(1, 28)
        return self.fmt_date(dd, m, y, allow_words=True)

    def fmt_date(self, dd, m, y, allow_words=False):
        r = self.r
        mon = MONTHS[m - 1]
        forms = ["%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (dd, m, y), "%d.%d.%02d" % (dd, m, y % 100),
                 "%d %s %d" % (dd, mon, y), "%d%s %s %d" % (dd, sfx(dd), mon[:3], y),
                 "%s %d, %d" % (mon, dd, y), "%d-%s-%d" % (dd, mon[:3].upper(), y), "%d-%02d-%02d" % (y, m, dd),
                 "%d%s of %s %d" % (dd, sfx(dd), mon, y), "%02d.%02d.%d" % (dd, m, y),
                 "%d %s '%02d" % (dd, mon[:3], y % 100)]
        if allow_words and r.random() < 0.12:
            yy = y % 100
            yw = ("nineteen " + words_2digit(yy)) if y < 2000 else (
                "two thousand and " + words_2digit(yy) if yy < 10 or r.random() < 0.5 else "twenty " + words_2digit(yy))
            if y < 2000 and yy < 10:
                yw = "nineteen oh " + UNITS[yy] if yy else "nineteen hundred"
            return r.choice(["%s of %s %s" % (ORD[dd - 1], mon, yw), "%s %s, %s" % (mon, ORD[dd - 1], yw),
                             "%s %s %s" % (ORD[dd - 1], mon, yw)])
        return r.choice(forms)

    def date(self):
        r = self.r
        y = r.choice([2021, 2022, 2022, 2023, 2023])
        m = r.randint(1, 12)
        dd = r.randint(1, 28)
        mon = MONTHS[m - 1]
        x = r.random()
        if x < 0.45:
            return self.fmt_date(dd, m, y)
        if x < 0.6:
            return "%s %d%s %s" % (r.choice(DAYS), dd, sfx(dd), mon)
        if x < 0.7:
            return "%s %d %s" % (r.choice(DAYS_SHORT), dd, mon[:3])
        if x < 0.8:
            return "%d%s %s" % (dd, sfx(dd), mon)
        if x < 0.88:
            return "%s %d%s" % (mon, dd, sfx(dd))
        if x < 0.94:
            return "%s the %d%s" % (r.choice(DAYS), dd, sfx(dd))
        return "%s %d" % (mon, y)

    def age(self, words=False):
        r = self.r
        n = r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
        if words or r.random() < 0.2:
            if n < 100:
                return r.choice(["ninety-" + UNITS[n - 90] if n > 90 else "ninety",
                                 "ninety " + UNITS[n - 90] if n > 90 else "ninety"])
            return "a hundred and " + UNITS[n - 100] if n > 100 else "a hundred"
        return str(n)


# --------------------------------------------------------------------------------------------
# Template filling. Placeholders: {KIND} or {lo:KIND} / {up:KIND}.
# --------------------------------------------------------------------------------------------
PH_RE = re.compile(r"\{(?:(lo|up|ti):)?([A-Za-z0-9]+)\}")
NAME_KINDS = {"f", "m", "u", "w", "wf", "wm", "k", "s", "sw", "so", "ff", "fm", "fu", "fi"}
ADDR_KINDS = {"A": "any", "Auk": "uk", "Af": "flat", "Ah": "house", "Ap": "partial", "Al": "lines",
              "Aie": "ie", "Aus": "us", "Alon": "lon", "Ac": "care", "Av": "village", "An": "near",
              "Ai": "inline"}


def fill(gen, tpl, mod_default=None):
    """Return (text, [(start, end, type, value)])."""
    out, ents, pos = [], [], 0
    cur = 0
    gen.last_us = gen.last_town = None  # linked slots only link within one sentence
    for m in PH_RE.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        mod, k = m.group(1), m.group(2)
        if k in NAME_KINDS:
            v, t = gen.name(k), "NAME"
        elif k in ADDR_KINDS:
            v, t = gen.address(ADDR_KINDS[k]), "ADDRESS"
        elif k == "Ast":
            v, t = gen.street_town(), "ADDRESS"
        elif k in ("T", "Tw", "Tie", "Tus", "Tab", "Tv"):
            v, t = gen.town(k), "TOWN"
        elif k == "H":
            v, t = gen.hospnum(), "HOSPITAL_NUMBER"
        elif k in ("DOB", "DOBo", "DOBa", "DOBc"):
            v, t = gen.dob(k[3:] or "x"), "DATE_OF_BIRTH"
        elif k in ("PH", "PHm", "PHl", "PHus"):
            v, t = gen.phone({"PH": "any", "PHm": "mob", "PHl": "land", "PHus": "us"}[k]), "PHONE"
        elif k in ("EM", "EMn"):
            v, t = gen.email(k == "EMn"), "EMAIL"
        elif k == "NHS":
            v, t = gen.nhs(), "NHS_NUMBER"
        elif k in ("PC", "PCt"):
            v, t = gen.pc_alone(k == "PCt"), "POSTCODE"
        elif k == "ZIP":
            v, t = gen.zip_alone(), "ZIP"
        elif k == "URL":
            v, t = gen.url(), "URL"
        elif k == "D":
            v, t = gen.date(), "DATE"
        elif k in ("AGE", "AGEw"):
            v, t = gen.age(k == "AGEw"), "AGE_OVER_89"
        elif k == "n":
            v, t = str(gen.r.randint(1, 32)), None
        elif k == "bay":
            v, t = gen.r.choice(["A", "B", "C", "D", "2", "3", "4", "5", "6"]), None
        else:
            raise KeyError(k)
        mod = mod or mod_default
        if t is not None and mod == "lo":
            v = v.lower()
        elif t is not None and mod == "up":
            v = v.upper()
        out.append(v)
        if t is not None:
            ents.append((cur, cur + len(v), t, v))
        cur += len(v)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), ents


def tpl_types(tpl):
    ts = []
    for m in PH_RE.finditer(tpl):
        k = m.group(2)
        if k in NAME_KINDS:
            ts.append("NAME")
        elif k in ADDR_KINDS or k == "Ast":
            ts.append("ADDRESS")
        elif k.startswith("T"):
            ts.append("TOWN")
        elif k == "H":
            ts.append("HOSPITAL_NUMBER")
        elif k.startswith("DOB"):
            ts.append("DATE_OF_BIRTH")
        elif k.startswith("PH"):
            ts.append("PHONE")
        elif k.startswith("EM"):
            ts.append("EMAIL")
        elif k == "NHS":
            ts.append("NHS_NUMBER")
        elif k.startswith("PC"):
            ts.append("POSTCODE")
        elif k == "ZIP":
            ts.append("ZIP")
        elif k == "URL":
            ts.append("URL")
        elif k == "D":
            ts.append("DATE")
        elif k.startswith("AGE"):
            ts.append("AGE_OVER_89")
    return ts


# --------------------------------------------------------------------------------------------
# Carrier sentences (written for this set). "|" separates nothing; one sentence per line.
# --------------------------------------------------------------------------------------------
ANY = r"""
When {f} came on shift everything calmed down.
{m} and the night team were wonderful.
I asked {m} twice for pain relief and he sorted it both times.
I was seen by {fi} and she explained every step.
Went with {f} to the x-ray department and she stayed with me the whole time.
{m} sat with my dad for an hour when we couldn't get there.
I spoke to {fm} on the phone and he was so patient with my mum.
We had {f} the first night and {m} the second, both brilliant.
Got {k} for my dressings this week, a proper character, made me laugh.
It was because of {f} that I finally got a diagnosis.
{f} said I could ring anytime and she meant it.
According to {m} the delay was down to a shortage of porters.
My husband {fm} was treated in bay {bay}, bed {n}, and could not fault it.
{f} in bed {n} next to me kept pressing the buzzer for me when I couldn't reach.
Please pass my thanks to {f}, {m} and {u}.
Dr. {so} took the time to draw me a little diagram.
Mr {s} operated on my knee and I can walk the dog again.
Sister {s} runs a tight ship and the ward is spotless because of it.
Nurse {w} noticed my blood sugar dropping before I did.
{w} on reception found me a wheelchair without me asking.
Dr {s}'s registrar was lovely too but I never caught her name.
{f}'s kindness to my daughter will stay with us forever.
I want to mention {m}'s patience, my father is not an easy man.
{fm} (my son) came with me and he was allowed to stay throughout.
The student nurse, {f}, deserves to qualify with top marks.
{m} the porter chatted about football all the way to theatre.
{u} the healthcare assistant brushed my hair when I couldn't lift my arms.
I was looked after by {f} and {w} on the day unit, both angels.
Ask for {f} if you ever need bloods, she never misses a vein.
My named nurse was {ff} and I felt listened to for the first time.
Our health visitor {f} has been a lifeline since the twins came.
The paramedics, {m} and {f}, kept my wife calm all the way in.
big shout out to {lo:f} on the early shift x
ta to {lo:m} n {lo:k} for sorting my mums tablets
{lo:f} was amazing with my lad he hates needles
{up:f} AND {up:m} ON THE NIGHT SHIFT ARE A CREDIT TO YOU.
I WAS LEFT FOR 6 HOURS AND ONLY {up:f} BOTHERED TO CHECK ON ME.
My carer {ff} now comes with me to every appointment and the staff talk to her as well.
My son {m} has autism and {f} on reception gave us a quiet room, thank you.
As a parent I was terrified but {f} talked me through everything while {u} held {m}'s hand.
My daughter {f} is six and now wants to be a nurse like {f}.
I had {m} on Tuesday and {f} on Thursday, two different stories, please agree one plan.
Hope {f} gets to read this.
I've known {s} since he was a junior doctor and he has not changed, still the best.
Mum calls her physio "{k}" because she can't say her real name, and she just laughs.
Thank you Dr {so} and your team on ward {n}.
Dr. {s} and Nurse {sw} were on the same page, for once.
Staff Nurse {ff} made sure I had a hot meal even though I came up late.
Special thanks to {fi} from the falls team.
{m}, {m} and {f} from the crew that night - thank you for saving my husband.
My neighbour {ff} drove me in because transport didn't turn up.
I came in with my friend {f} who speaks better English than me, and she translated.
Mrs {s} on the front desk always remembers my name.
Please, the nurse {f} she is very kind, she help me every day and explain to me slow.
In my country we do not say thank you enough, so I say it now: thank you {m}.
My English is not good but doctor {s} and {f} understand me and bring interpreter.
My wife {f} is diabetic, she was given a sandwich and nothing else for 9 hours.
My late husband {fm} was cared for here in his last days and you gave him dignity.
I'm writing this for my grandmother {ff} who is almost blind but wanted you to know.
Dictated by my father {fm} to me, his daughter: "Tell {f} she is a treasure."
Grandad says to tell {m} that he still owes him a pint.
As her carer I have to say {f} and {u} in the memory clinic are outstanding.
We were with {m} from the crisis team for two hours and he never rushed us.
{f} rang me back within the hour, which I never expected.
I told {m} about my chest pain and he took me seriously straight away.
It was {w}'s first week on the ward and you would never have known.
I didn't get on with {fi}, she spoke over me the whole time.
Honestly {k} and {k} on the minibus make the day centre run worth it.
My son {lo:m} was seen in minutes.
Thank you to {f} (ward {n}) for the cup of tea at 3am.
We called the baby {f} after the midwife who delivered her.
{f} the midwife and {f} the student were with me all night.
I can't praise {m} enough - he came back after his shift ended to check on Dad.
Shout out to {f}, {m}, {u} and {k} on the day unit.
Please tell {ff}, the occupational therapist, that the rail she fitted works perfectly.
My partner {fu} was not allowed in and I was on my own for the scan.
Without {ff} from the stroke team my mother would not be home.
I was sent from {fi} to {fi} and then back again.
The lady on the phone, {f}, stayed on the line until the ambulance got here.
My brother {fm} is deaf and nobody had arranged a signer.
Dad (aged {AGE}) was treated like royalty by {f} and {m}.
My nan {f} is {AGE} and still sharp as a tack, she says the food was awful.
At {AGE} my aunt does not deserve a trolley in a corridor.
My grandfather is {AGEw} and was discharged at midnight in his pyjamas.
Great-gran ({AGE}) had {f} for her bath and loved every minute.
{ff}, {AGE}, wants it on record that Nurse {sw} is the best.
He's {AGE} in March and this was his first time in hospital.
The crew took my mother, who is {AGEw}, and made her feel like a queen.
I am {AGE} and I can tell you this was the best care I have had in my life.
Our ward manager {ff} can be reached on {PHl} if anyone wants a reference.
Please ring my daughter {ff} on {PHm}, not me, I don't hear the phone.
The number I gave was {PHm} but it went to my old boss.
Can someone call me back on {PH}?
My husband {m} works nights so use his mobile, {PHm}, before 2pm.
If the consultant wants to talk, my landline is {PHl}.
I'm back in {Tus} now so you'll need {PHus} for me.
I left three messages on {PHl} and nobody rang back.
Text me on {PHm} please, I can't talk on the phone since the stroke.
My son {fm} - {PHm} - is my next of kin, not my ex.
You can email me at {EM} with the photos.
My daughter {ff} handles my post, her email is {EMn}.
Please send the letter to {EM} as I'm away.
I emailed {EM} three times about the parking refund.
My carer is {ff} ({EMn}), please copy her in.
The results went to {EM} which I have not used in years.
Mum's NHS number is {NHS}, it's on the letter if you need it.
They had my NHS no. as {NHS} which is not mine.
NHS number {NHS} - please check it against the ambulance sheet.
For the record my NHS number is {NHS} and my hospital number is {H}.
My hospital no. is {H} in case you want to look into it.
Unit number {H}.
The wristband said {H} but that is my sister's number.
{H} is the number on my discharge letter.
They gave me two numbers, {H} and {H}, and nobody knows which is right.
Please quote {H} when you reply.
My X-ray ref was {H} and the images never reached my GP.
Case no. {H} - I'm still waiting for a reply.
Patient ID {H}, seen by {fi}.
I was booked under {H} and the referral was under a different number.
The label on my notes said {H} ({ff}).
My MRN is {H}.
Clinic ID: {H}.
Dad's hospital number ({H}) was written on the wrong form.
They asked my date of birth four times, it is {DOBo}.
DOB {DOBa}, in case the letter gets lost again.
My son was born {DOBc} and he was treated as an adult on the form.
My mother (d.o.b. {DOBo}) was left on a trolley for 7 hours.
I gave my birthday as {DOBa} and they still brought someone else's notes.
Baby {f}, born {DOBc}, was checked over within minutes.
{ff}, date of birth {DOBo}.
They had my dob as {DOBa}, it is not, please correct.
Born {DOBo} and I have never been spoken to so rudely.
Re my daughter {f} (dob {DOBc}) - the follow-up never came.
My birth date is {DOBa}, not the year on your system.
We live on {Ast} and the ambulance still couldn't find us.
The letter was posted to {Ai} which is my old house.
Transport collected me from {Ai} right on time.
Please send any letters to {Ai} and not to my flat.
My mum lives at {Ai} on her own.
We live at {Auk} and it took 50 minutes for an ambulance.
I'm staying with my sister at {Ai} until I'm back on my feet.
The driver took me home to {Ai} and carried my bags in.
The crew came out to {Ai} twice in one week and were lovely both times.
My new address is {Ai}, please update your records.
Home is {Ah} which is hard to find, but the crew managed.
Dad is at {Ac} now and the district nurses visit him there.
You wrote to {Af} but I moved out last year.
My son is at university at {Af} and he was treated there.
I'm at {Aie} now, home to Ireland, but I wanted to say thank you.
We were on holiday from {Aus} and your staff treated us like family.
My mother's address is {Alon} and the hospital still have her at her old one.
Could the clinic write to {Av}?
We're out at {An} so the sat nav always sends people wrong.
Please forward my notes to {Ap}, I've moved in with my daughter.
My new address:
{Al}
Sent to {Ai} which is two streets away from us.
Address for letters (NOT the one on the system):
{Al}
My daughter's address, where I'm staying:
{Al}
Please send the equipment to:
{Al}
we r at {lo:Ai} btw if the nurse is coming out
pls send 2 {lo:Ai} thx
MY ADDRESS IS {up:Auk} NOT THE ONE YOU HAVE ON FILE.
My mother moved into {Ac} last month and her letters still go to {Ai}.
We've just moved to {Ast} so please update the GP.
I'm a carer for my neighbour at {Ai} and nobody told me he had been discharged.
The taxi dropped my father at {Ai}, the wrong house, at midnight.
My grandson drove me back to {Ai} because transport never came.
I live in {Ap} and the bus to clinic takes an hour.
Mum was discharged back to {Ac} without her hearing aids.
My address is {Ai} - the last three letters went elsewhere.
Post for me needs to go to {Ai} as I'm caring for my dad.
Our postcode is {PC} and the ambulance sat nav didn't know it.
Postcode {PC} for the record, not the one on your system.
I'm in {T} ({PCt}) and there's no clinic near us.
We moved from {PC} to {PC} and the appointments still go to the old one.
My daughter is in {Tw}, {PCt}, which is where I'll be staying.
I'm out in {T}, {PCt} so the district nurse is a godsend.
Family are in {Tus} (zip {ZIP}) and were kept informed by phone.
My son is over from {Tus}, zip code {ZIP}, and the insurance wants a letter.
Zip {ZIP}, the insurer says they never got your invoice.
The ambulance came from {T} as there were none nearer.
I had to go to {T} for my scan which is 40 miles away.
The hospital in {T} would not take me so I ended up here.
They sent me to {Tw} for the scan.
I travelled from {T} every week for six weeks.
i live in {lo:Tw} so its a long way in
We were visiting from {Tie} when my husband fell.
My family are from {Tab} and they could not believe how kind everyone was.
The crew from {T} station came in under ten minutes.
We're originally from {Tab} and the nurse spoke to Mum in her own language.
We are a long way out at {Tv} so thank you for coming.
{T} General was full so we were diverted.
I had my appointment on {D} and the results were ready on {D}.
Came in on {D} with a broken wrist.
We were seen {D} by the minor injuries team.
The operation was cancelled on {D} with no explanation.
I phoned on {D} and again on {D}, no answer.
My first session was {D} and I already feel better.
The ambulance was called at 2am on {D}.
Dad was discharged {D} with no transport booked.
I was admitted {D} and seen by {fi} the next morning.
I waited from {D} until the following week for a call back.
The leaflet at {URL} was more useful than the appointment.
Our fundraising page is {URL} if anyone wants to support the ward.
I wrote about the ward on my blog, {URL}.
The link on my letter ({URL}) didn't work.
{URL} has the exercises you told me about.
"""

OPEN = r"""
Re: {ff}, hospital number {H}
To whom it may concern, re: my mother {ff}, DOB {DOBo}
RE: COMPLAINT - {up:ff} - NHS NO {NHS}
Patient: {fm} ({DOBa})
Dear Dr {s},
Dear Sister {s},
Dear {f} and all on ward {n},
FAO {ff}, Patient Experience Team
Hiya {k}!!
Morning {w},
Hi {f} & {m},
Dear Sir or Madam, I am writing on behalf of my father, {ff}, who is {AGE}.
Our ref: {H} / {fi}
Written by {f} for her nan, who can't see the form:
To Mr {sw} and the fracture clinic team,
From {ff}, {Ai}
Re: {ff} ({H})
Dear all at {T} Community Hospital,
"""

SIGN = [
    "Kind regards,\n{ff}",
    "Yours faithfully,\n{fi}\n{Al}",
    "Many thanks, {ff} ({PHm})",
    "Regards, {fi}",
    "Cheers {k}",
    "- {f} x",
    "lots of love {lo:f} n {lo:m} xx",
    "from {ff} and family",
    "Yours sincerely\n{ff}\n{Ai}\n{PHl}",
    "Thanks again, {f} (mum of {m})",
    "God bless you all, {ff}, aged {AGE}",
    "Diolch yn fawr, {ff}",
    "Go raibh míle maith agat, {ff}, {Aie}",
    "{ff}\n{EMn}",
    "Signed {fi} on behalf of {ff}",
    "thanku {lo:k} 😊",
    "Best wishes,\n{ff}\n{Ai}\n{PHm}",
    "From {ff} (carer for {fm})",
    "x {f}",
    "Warm regards,\n{fi}, {Aus}\n{PHus}",
    "Ta very much, {k}",
    "{up:ff}\n{up:Ai}",
    "With gratitude, {ff} and {fm}",
    "Love from {f}, {m} and baby {u}",
    "Mrs {ff} (dictated to her granddaughter {f})",
    "sent from my phone - {lo:ff}, {lo:Ai}",
    "Obrigada, {ff}",
    "Dziękuję, {ff}, {Ap}",
]

DECOY = r"""
Will ring the ward if the wound gets worse.
Grace period on the car park machines is far too short.
Rose garden by the entrance was a lovely spot to sit.
Frank conversation with the consultant was exactly what I needed.
Summer on that ward is unbearable without fans.
Hope I don't need you again but I know you're there.
Mark on my arm from the cannula has nearly gone.
Bill for the parking was more than the bus fare.
Holly wreath on the nurses' station was a nice touch at Christmas.
Dawn chorus outside the window woke me at 4 every morning.
Chase up my letter please, it's been weeks.
Pat on the back for the whole department.
Joy of joys, the tea trolley came round twice.
Faith in the NHS restored.
Drew a little map for me to find the clinic, which helped.
Sterling work all round.
Robin on the windowsill kept my mum entertained for days.
Sandy floors in the entrance, someone needs a mop.
Bliss after three weeks of pain.
Jack of all trades, that man on reception.
Hunter wellies are not ideal for the hospital car park in the snow.
Reading the leaflet before I came in helped a lot.
Faith, hope and a good cup of tea got me through.
Dawn till dusk on a trolley is no joke.
Grace under pressure from every member of staff.
Will definitely recommend to friends.
Summer holidays meant the children's clinic was packed.
Mark my words, this service is the best in the county.
Rose-tinted I am not, but this was excellent.
Frank and honest answers, no jargon.
Holly bushes by the door need cutting back, they catch your coat.
Bill of health: clean, thank God.
Pat answers from the reception staff, nothing more.
Hunter green walls could do with a lick of paint.
"""


def lines(block):
    return [ln for ln in block.strip("\n").split("\n")]


def parse_sign(block):
    """Sign-offs are separated by starting lines; a line that starts a new sign-off is one that
    begins with a letter/sign-off word and the previous block is complete. We mark blocks by
    blank-line-free grouping rules: lines starting with '{' or a digit or '(' continue a block."""
    out = []
    for ln in block.strip("\n").split("\n"):
        if out and (ln.startswith("{") and not ln.startswith("{lo:") and not ln.startswith("{up:")):
            out[-1] += "\n" + ln
        else:
            out.append(ln)
    return out


def parse_any(block):
    out = []
    for ln in block.strip("\n").split("\n"):
        if out and out[-1].endswith(":") and ln.startswith("{"):
            out[-1] += "\n" + ln
        else:
            out.append(ln)
    return out


# --------------------------------------------------------------------------------------------
# In-place rules on the original comment (pure insertions)
# --------------------------------------------------------------------------------------------
FEM_REL = "mum|mother|wife|daughter|nan|nana|gran|granny|sister|partner|aunt|niece|granddaughter|little girl"
MAL_REL = "dad|father|husband|son|grandad|grandson|brother|uncle|nephew|little boy"
OLD_REL = {"mum", "mother", "nan", "nana", "gran", "granny", "aunt", "dad", "father", "grandad", "uncle"}
ROLE = ("nurse|doctor|physio|physiotherapist|driver|receptionist|consultant|therapist|paramedic|midwife|"
        "health visitor|surgeon|counsellor|practitioner|psychologist|GP|dentist|care coordinator|"
        "support worker|lady|man|gentleman|young man|young lady|girl|lad|woman|chap|radiographer|podiatrist")
FEM_ROLE = {"lady", "young lady", "girl", "woman"}
MAL_ROLE = {"man", "gentleman", "young man", "lad", "chap"}
DOC_ROLE = {"doctor", "consultant", "surgeon", "GP"}
VERBS = ("was|is|who|were|has|had|did|explained|listened|made|took|gave|came|helped|on|at|that|seemed|"
         "could|would|asked|told|kept|really|always|dealt")

RULES = [
    ("thanks", re.compile(r"\b(?:[Tt]hank you|[Tt]hanks|THANK YOU|[Tt]hankyou|[Tt]hank-you)"
                          r"(?=\s*(?:$|[.!,]|for\b|so\b|very\b|x\b)|!)")),
    ("group", re.compile(r"\b(?:[Tt]he|[Aa]ll the|[Aa]ll|[Oo]ur) (staff|nurses|team|crew|doctors|paramedics|carers|"
                         r"drivers|physios|midwives|ambulance crew|receptionists|staff members)(?= (?:were|are|was|have|all)\b)")),
    ("role", re.compile(r"\b(?:[Tt]he|[Mm]y|[Oo]ur|[Aa]) (" + ROLE + r")(?= (?:" + VERBS + r")\b)")),
    ("family", re.compile(r"\b(?:[Mm]y|[Oo]ur) (" + FEM_REL + "|" + MAL_REL + r")(?=(?:'s| (?:was|is|had|has|who|and|needed|felt|got|went|were)\b))")),
    ("seen", re.compile(r"\b(?:I was|[Ww]e were|[Hh]e was|[Ss]he was|[Mm]um was|[Dd]ad was|[Ww]as) seen(?=\s+(?:quickly|promptly|straight away|on time|very|within|fairly|really|immediately|fast)\b|[.,!]|$)")),
    ("ambulance", re.compile(r"\b(?:[Tt]he|[Aa]n) (ambulance|ambulances)(?= (?:came|arrived|was|were|got|took|turned)\b)")),
    ("hospital", re.compile(r"\b(?:to|at|in) (?:the )?(hospital|A&E|A & E)(?=[.,!]|\s+(?:and|but|so|for|where|quickly|as|with)\b|$)")),
    ("home", re.compile(r"\b(?:took|take|taking|got|get|getting|brought|bring|drove|dropped|sent|send) (?:me|us|him|her|mum|dad|my mum|my dad) home(?=[.,!]|\s+(?:and|safely|quickly|after|on|in|again)\b|$)")),
    ("appt", re.compile(r"\b(?:[Mm]y|[Tt]he|[Oo]ur|[Hh]is|[Hh]er) (appointment|visit|operation|scan|procedure|assessment|first session|session|first appointment)(?= (?:was|went|ran|is)\b)")),
    ("people", re.compile(r"\b(staff|nurses|doctors|crew|paramedics|drivers|receptionists?|physio|therapist|"
                          r"carers|midwives|driver|nurse|doctor|consultant|team)\b(?=[.!,]|$|\s+(?:were|was|are|is)\b)")),
    ("travel", re.compile(r"\b(transport|ambulance|taxi|lift home|hospital car)\b(?=[.!,]|$)")),
    ("event", re.compile(r"\b(appointment|appointments|visit|treatment|operation|scan|session|admission|discharge)\b(?=[.!,]|$)")),
    ("place", re.compile(r"\b(?:at|to|in) the (clinic|centre|unit|surgery|health centre|hospital|practice)\b(?=[.,!]|\s+(?:and|but|was|were|is|for)\b|$)")),
    ("praise", re.compile(r"\b(?:good|great|excellent|brilliant|lovely|amazing|kind|friendly|helpful|caring|perfect|"
                          r"fantastic|wonderful|professional|nice|polite|efficient)(?=[.!]*\s*$)")),
    ("everyone", re.compile(r"\b(everyone|everybody|all the staff|all staff|all of you|the whole team)(?=[.!]|$)")),
]


RULE_CAP = {"praise": 55, "people": 60, "event": 25, "travel": 15, "place": 15}


def apply_rule(name, m, text, gen):
    """Return (pos, template) or None."""
    r = gen.r
    end = m.end()
    nxt = text[end:end + 5]
    if name == "thanks":
        up = m.group(0).isupper()
        if up:
            return end, r.choice([" {up:f}", " {up:m} AND {up:f}"])
        if nxt.startswith(" for"):
            return end, r.choice([" {f}", " {m}", ", {w},", " {k}"])
        return end, r.choice([" {f}", " {m}", " {w}", " {f} and {m}", " {k}", " to {f}, {m} and {u}", " Dr {s}"])
    if name == "group":
        return end, r.choice([" ({f} and {m})", ", especially {u} and {f},", " on ward {n} ({m}, {f} and {w})",
                              " ({k}, {f} & {m})", ", {f} in particular,", " - {f}, {m}, {u} -"])
    if name == "role":
        role = m.group(1)
        if role in DOC_ROLE:
            return end, r.choice([" (Dr {s})", ", Dr {fi},", " (Dr {so})"] + ([" Dr {s}"] if role == "GP" else []) +
                                 ([", Mr {s},", " Ms {sw}"] if role in ("consultant", "surgeon") else []))
        g = "f" if role in FEM_ROLE else "m" if role in MAL_ROLE else r.choice(["f", "m", "u", "w"])
        if m.group(0).split()[0].lower() == "a":
            return end, " ({%s})" % g
        return end, r.choice([" {%s}" % g, " ({%s})" % g, ", {%s}," % g, " {lo:%s}" % g])
    if name == "family":
        rel = m.group(1)
        g = "f" if re.fullmatch(FEM_REL, rel) else "m"
        if rel == "partner":
            g = "u"
        if nxt.startswith("'s"):
            return end, r.choice([" {%s}" % g, " {lo:%s}" % g])
        opts = [" {%s}" % g, ", {%s}," % g, " ({%s})" % g, " {lo:%s}" % g, " {f%s}" % g]
        if rel in OLD_REL:
            opts += [", who is {AGE},", " ({AGE})", " (aged {AGE})", ", {AGEw} this year,"]
        return end, r.choice(opts)
    if name == "seen":
        return end, r.choice([" by {f}", " by Dr {s}", " by {m} and {u}", " by {fi}", " by {w}"])
    if name == "ambulance":
        return end, " from {T}"
    if name == "hospital":
        return end, r.choice([" in {T}", " in {Tw}", " in {T}"])
    if name == "home":
        return end, " to {Ai}"
    if name == "appt":
        return end, r.choice([" on {D}", " ({D})", " on {D}"])
    if name == "people":
        role = m.group(1)
        sing = role in ("physio", "therapist", "driver", "nurse", "doctor", "consultant", "receptionist")
        if role in ("doctor", "consultant"):
            return end, r.choice([" (Dr {s})", ", Dr {so},", " Dr {fi}"]) if nxt[:1] not in ".!," and nxt else \
                (end, r.choice([" (Dr {s})", ", Dr {so}"]))
        if sing:
            return end, r.choice([" ({f})", " {m}", " ({u})", " {lo:f}"])
        if nxt[:1] in ".!," or not nxt:
            return end, r.choice([" ({f} and {m})", ", especially {f}", " like {w} and {k}", " on ward {n}, esp {lo:f}",
                                  " - {f}, {m} & {u}", ", {m} in particular"])
        return end, r.choice([" ({f} and {m})", " ({k}, {f} and {w})", " on ward {n} ({m} and {f})"])
    if name == "travel":
        return end, r.choice([" to {Ai}", " from {T}", " to {Ai}", " from {Ai}"])
    if name == "event":
        return end, r.choice([" on {D}", " at {T}", " with {f}", " with Dr {s}", " on {D}", " with {fi}"])
    if name == "place":
        return end, r.choice([" in {T}", " in {Tw}"])
    if name == "praise":
        return end, r.choice([", {f}", ", thanks {m}", " - {k}", ", {w}", " {f} and {m}", ", {lo:f}"])
    if name == "everyone":
        return end, r.choice([", especially {f} and {m}", " (esp. {k} on nights)", ", particularly {w}",
                              " on ward {n}, {f} and {m} most of all"])
    return None


# --------------------------------------------------------------------------------------------
# Source comments
# --------------------------------------------------------------------------------------------
MONTH_RE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                      r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


def load_sources(fft_dir):
    rows = []
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(("fft2:" + r["Comment ID"], (r["FFT answer"] or "").strip()))
    with open(os.path.join(fft_dir, "fft_phase1.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(("fft1:" + r["row_index"], (r["feedback"] or "").strip()))
    return rows


def load_excluded(out_path):
    """Only the `id` field of every other redaction set and of the labelled corpus is kept."""
    files = sorted(glob.glob(os.path.join(ROOT, "evaluation", "data", "redaction_*.jsonl")))
    files = [f for f in files if os.path.abspath(f) != os.path.abspath(out_path)]
    files.append(os.path.join(ROOT, "data", "labeled", "corpus.jsonl"))
    ex, per = set(), collections.OrderedDict()
    for f in files:
        n = 0
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ex.add(json.loads(line)["id"])
                    n += 1
        per[os.path.relpath(f, ROOT)] = n
    return ex, per


def build_wordlists():
    names = set(FEMALE + MALE + UNISEX + WORD_F + WORD_M + WORD_U + NICK + SURNAME + SURNAME_WORD)
    places = set()
    for lst in (ENGLAND, WALES, SCOTLAND, NIRELAND):
        for t, c, _ in lst:
            places.add(t)
    for t, _, _ in LONDON:
        places.add(t)
    for t, _, _ in IRELAND:
        places.add(t)
    for t, _, _ in USA:
        places.add(t)
    for v, _ in VILLAGES:
        places.add(v)
    return names, places


def clean_reason(t, lower_words, names, places):
    if re.search(r"[a-z]I[a-z]", t):
        return "case artefact"
    if not (4 <= len(t) <= 600):
        return "length"
    if re.search(r"[*@#|\[\]{}<>]|www|https?:|\.com|\.org|\.co\.uk|xxx|redact|\bref\b", t, re.I):
        return "marker"
    if re.search(r"\bdid not answer\b", t, re.I):
        return "no answer"
    if re.search(r"\d{3,}", t):
        return "digits"
    if re.search(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Nurse|Sister|Doctor|Prof)\.?\s+[A-Z]", t):
        return "title + capital"
    if MONTH_RE.search(t):
        return "month"
    if re.search(r"\b(?:9\d|1\d\d)\b|ninety|hundred", t, re.I):
        return "age-like number"
    for m in re.finditer(r"\b[A-Z][a-z]+(?:['’][a-z]+)?\b", t):
        w = m.group(0)
        if w.lower() not in lower_words:
            return "capitalised word never in lower case"
        at_start = m.start() == 0 or re.search(r"[.!?]\s*$|\n\s*$", t[:m.start()])
        if (w in names or w in places) and not at_start:
            return "name or place word mid-sentence"
    for p in places:
        if " " in p and p in t:
            return "place name"
    return None


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------
ABBREV_END = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|etc|e\.g|i\.e|vs|approx|no|No)\.|\b[A-Z]\.)$")


class Record:
    def __init__(self, rid, original):
        self.id = rid
        self.original = original
        self.ins = []  # (pos, order, text, ents(relative))
        self.n_any = 0
        self.has_open = False
        self.has_sign = False
        self.has_decoy = False
        self.types = collections.Counter()
        self.inplace_pos = set()

    def count(self):
        return sum(self.types.values())

    def add(self, pos, text, ents, order):
        self.ins.append((pos, order, text, ents))
        for e in ents:
            self.types[e[2]] += 1

    def boundaries(self):
        t = self.original
        out = []
        depth = 0
        for i, ch in enumerate(t):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            if ch in ".!?" and depth == 0:
                m = re.match(r"[.!?]*\s+(?=[A-Z])", t[i:])
                if m and i + m.end() < len(t):
                    if ABBREV_END.search(t[:i + 1]):
                        continue
                    p = i + m.end()
                    if p not in out and p not in self.inplace_pos:
                        out.append(p)
        return out

    def render(self):
        t = self.original
        self.ins_spans = []
        parts, ents = [], []
        cur = 0
        prev = 0
        for pos, order, text, es in sorted(self.ins, key=lambda x: (x[0], x[1])):
            seg = t[prev:pos]
            parts.append(seg)
            cur += len(seg)
            for (s, e, ty, v) in es:
                ents.append((cur + s, cur + e, ty, v))
            parts.append(text)
            self.ins_spans.append((cur, cur + len(text)))
            cur += len(text)
            prev = pos
        parts.append(t[prev:])
        return "".join(parts), ents


def place_sentence(rec, text, ents, where, rng, order, stats):
    """Place a planted sentence at the start, between sentences or at the end."""
    o = rec.original
    if where in ("start", "between") and re.search(r"[A-Za-z0-9]$", text):
        text += "."
        stats["full stop after a planted sentence"] += 1
    if where == "between":
        b = rec.boundaries()
        if not b:
            where = "end"
        else:
            p = rng.choice(b)
            rec.add(p, text + " ", ents, order)
            stats["between"] += 1
            return
    if where == "start":
        rec.add(0, text + " ", ents, order)
        stats["start"] += 1
        return
    # end
    lead = " "
    before = [x for x in rec.ins if x[0] == len(o) and x[1] < order]
    tail = o + "".join(x[2] for x in sorted(before, key=lambda x: x[1]))
    if re.search(r"[A-Za-z0-9]$", tail) and (before or rng.random() < 0.9):
        lead = ". "
        stats["full stop before an end sentence"] += 1
    rec.add(len(o), lead + text, [(s + len(lead), e + len(lead), ty, v) for s, e, ty, v in ents], order)
    stats["end"] += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=9120417)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--n2", type=int, default=110)
    ap.add_argument("--fft-dir", default=os.path.join(ROOT, "..", "shared", "data", "nhs_fft"))
    ap.add_argument("--out", default=os.path.join(ROOT, "evaluation", "data", "redaction_devset9.jsonl"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    gen = Gen(rng)
    stats = collections.Counter()

    excluded, per_file = load_excluded(args.out)
    rows = load_sources(args.fft_dir)
    src = dict(rows)
    idc = collections.Counter(i for i, _ in rows)
    lower_words = set(re.findall(r"[a-z][a-z'’-]+", " ".join(t for _, t in rows)))
    names, places = build_wordlists()
    seen_txt = set()
    pool2, pool1 = [], []
    reasons = collections.Counter()
    for rid, t in rows:
        if not t or idc[rid] > 1 or rid in excluded:
            continue
        why = clean_reason(t, lower_words, names, places)
        key = re.sub(r"\s+", " ", t.casefold()).strip(" .!")
        if why is None and key in seen_txt:
            why = "repeat text"
        reasons[why or "kept"] += 1
        if why:
            continue
        seen_txt.add(key)
        (pool2 if rid.startswith("fft2:") else pool1).append((rid, t))
    rng.shuffle(pool2)
    rng.shuffle(pool1)
    n2 = min(args.n2, len(pool2))
    # prefer comments that an in-place rule can extend for a third of the phase 1 draw
    n1 = args.n - n2
    can = [x for x in pool1 if any(rx.search(x[1]) for _, rx in RULES)]
    cannot = [x for x in pool1 if x not in can]
    first = can[: n1 // 2]
    rest = [x for x in pool1 if x not in first]
    can2 = [x for x in pool2 if any(rx.search(x[1]) for _, rx in RULES)]
    pool2 = can2 + [x for x in pool2 if x not in can2]
    chosen = pool2[:n2] + first + rest[: n1 - len(first)]
    assert len(chosen) == args.n, (len(chosen), len(pool1), len(pool2))
    recs = [Record(rid, t) for rid, t in chosen]
    counts = collections.Counter()
    order = [0]

    def nxt():
        order[0] += 1
        return order[0]

    # ---- in-place insertions --------------------------------------------------------------
    rule_fired = collections.Counter()
    inplace_types = collections.Counter()
    for rec in recs:
        hits = []
        for name, rx in RULES:
            for m in rx.finditer(rec.original):
                hits.append((name, m))
        rng.shuffle(hits)
        hits.sort(key=lambda h: h[0] in ('praise', 'event', 'travel'))
        done = 0
        for name, m in hits:
            if done >= 2 or rng.random() < 0.12:
                continue
            if rule_fired[name] >= RULE_CAP.get(name, 999):
                continue
            res = apply_rule(name, m, rec.original, gen)
            if res is None:
                continue
            pos, tpl = res
            if pos in rec.inplace_pos:
                continue
            typs = tpl_types(tpl)
            if any(counts[t] >= TARGETS[t] for t in typs):
                continue
            text, ents = fill(gen, tpl)
            rec.add(pos, text, ents, nxt())
            rec.inplace_pos.add(pos)
            for e in ents:
                counts[e[2]] += 1
                inplace_types[e[2]] += 1
            rule_fired[name] += 1
            done += 1

    # ---- carrier sentences ----------------------------------------------------------------
    any_t = parse_any(ANY)
    open_t = lines(OPEN)
    sign_t = list(SIGN)
    decoy_t = lines(DECOY)
    use = collections.Counter()

    def choose_rec(kind, typs):
        cands = []
        for r_ in recs:
            if kind == "open" and r_.has_open:
                continue
            if kind == "sign" and r_.has_sign:
                continue
            if kind == "any" and r_.n_any >= 3:
                continue
            if r_.count() + len(typs) > 8:
                continue
            if any(t in ("DATE_OF_BIRTH", "NHS_NUMBER", "ZIP") and r_.types[t] for t in typs):
                continue
            cands.append(r_)
        low = min(c.count() for c in cands)
        best = [c for c in cands if c.count() == low]
        return rng.choice(best)

    def plant(kind, tpl):
        typs = tpl_types(tpl)
        rec = choose_rec(kind, typs)
        text, ents = fill(gen, tpl)
        for e in ents:
            counts[e[2]] += 1
        use[(kind, tpl)] += 1
        if kind == "open":
            rec.has_open = True
            sep = " " if (text.endswith(".") and rng.random() < 0.5) else "\n"
            rec.add(0, text + sep, ents, -1)
            stats["openers"] += 1
        elif kind == "sign":
            rec.has_sign = True
            o = rec.original
            sep = " " if ("\n" not in text and rng.random() < 0.3 and re.search(r"[.!?)]$", o)) else "\n"
            lead = sep
            rec.add(len(o), lead + text, [(s + len(lead), e + len(lead), t, v) for s, e, t, v in ents], 10 ** 9)
            stats["sign-offs"] += 1
        else:
            rec.n_any += 1
            where = rng.choice(["start", "between", "end", "end", "between"])
            place_sentence(rec, text, ents, where, rng, nxt(), stats)
            stats["anywhere sentences"] += 1

    firsts = [("any", t) for t in any_t] + [("open", t) for t in open_t] + [("sign", t) for t in sign_t]
    rng.shuffle(firsts)
    for kind, tpl in firsts:
        plant(kind, tpl)
    by_type = collections.defaultdict(list)
    for kind, tpl in [("any", t) for t in any_t] + [("open", t) for t in open_t] + [("sign", t) for t in sign_t]:
        ts = tpl_types(tpl)
        for t in set(ts):
            by_type[t].append((kind, tpl, len(set(ts)) == 1))
    guard = 0
    while True:
        guard += 1
        assert guard < 5000
        gaps = [(counts[t] / TARGETS[t], t) for t in TARGETS if counts[t] < TARGETS[t]]
        if not gaps:
            break
        gaps.sort()
        t = gaps[0][1]
        opts = [x for x in by_type[t] if x[2]] or by_type[t]
        # prefer the least used
        lo = min(use[(k, tp)] for k, tp, _ in opts)
        opts = [x for x in opts if use[(x[0], x[1])] == lo]
        kind, tpl, _ = rng.choice(opts)
        if kind == "open" and all(r_.has_open for r_ in recs):
            continue
        plant(kind, tpl)

    # every record needs at least one entity
    for rec in recs:
        if rec.count() == 0:
            plant_to = rec
            tpl = rng.choice([x for x in any_t if tpl_types(x) == ["NAME"]])
            text, ents = fill(gen, tpl)
            for e in ents:
                counts[e[2]] += 1
            plant_to.n_any += 1
            place_sentence(plant_to, text, ents, "end", rng, nxt(), stats)

    # ---- decoys -----------------------------------------------------------------------------
    order_d = list(range(len(recs)))
    rng.shuffle(order_d)
    ndec = len(recs) // 4 + 6
    dq = decoy_t[:]
    rng.shuffle(dq)
    for i, ri in enumerate(order_d[:ndec]):
        rec = recs[ri]
        d = dq[i % len(dq)]
        rec.has_decoy = True
        place_sentence(rec, d, [], rng.choice(["start", "end", "between"]), rng, nxt(), stats)
        stats["decoys"] += 1

    # ---- output -----------------------------------------------------------------------------
    out = []
    for rec in recs:
        text, ents = rec.render()
        out.append({"id": rec.id, "text": text, "original": rec.original,
                    "entities": [{"start": s, "end": e, "type": t, "value": v,
                                  "profiles": ["hipaa_safe_harbor"] if t in HIPAA_ONLY else ["standard", "hipaa_safe_harbor"]}
                                 for s, e, t, v in ents]})
    check(out, rec_by_id={r.id: r for r in recs}, src=src, excluded=excluded)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(args.out, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    tc = collections.Counter(e["type"] for o in out for e in o["entities"])
    print("wrote %d records, %d entities to %s" % (len(out), sum(tc.values()), os.path.relpath(args.out, ROOT)))
    print("sha256", sha)
    if args.stats:
        print("excluded ids per file:", dict(per_file), "distinct:", len(excluded))
        print("source filter:", dict(reasons))
        print("pool sizes: phase2 %d phase1 %d; drawn phase2 %d phase1 %d" % (
            len(pool2), len(pool1), sum(o["id"].startswith("fft2") for o in out), sum(o["id"].startswith("fft1") for o in out)))
        for t in TARGETS:
            print("  %-16s %d" % (t, tc[t]))
        std = sum(v for k, v in tc.items() if k not in HIPAA_ONLY)
        print("standard %d, hipaa %d" % (std, sum(tc.values())))
        print("in-place rules fired:", dict(rule_fired), "entities:", dict(inplace_types))
        print("placement:", dict(stats))
        print("templates: any %d open %d sign %d decoy %d; unused: %d" % (
            len(any_t), len(open_t), len(sign_t), len(decoy_t),
            sum(1 for k, tp in firsts if use[(k, tp)] == 0)))
        per = collections.Counter(len(o["entities"]) for o in out)
        print("entities per record:", dict(sorted(per.items())))
        L = sorted(len(o["original"]) for o in out)
        print("original length min/median/max", L[0], L[len(L) // 2], L[-1])
        print("records with decoy", sum(r.has_decoy for r in recs))
        nm = [e["value"] for o in out for e in o["entities"] if e["type"] == "NAME"]
        print("NAME forms: one word %d, two %d, 3+ %d, lower %d, upper %d, non-ascii %d, possessive %d" % (
            sum(len(v.split()) == 1 for v in nm), sum(len(v.split()) == 2 for v in nm), sum(len(v.split()) >= 3 for v in nm),
            sum(v == v.lower() for v in nm), sum(v == v.upper() and len(v) > 1 for v in nm),
            sum(any(ord(c) > 127 for c in v) for v in nm),
            sum(o["text"][e["end"]:e["end"] + 2] in ("'s", "’s") for o in out for e in o["entities"] if e["type"] == "NAME")))
        ad = [e["value"] for o in out for e in o["entities"] if e["type"] == "ADDRESS"]
        print("ADDRESS: multiline %d, lower %d, upper %d, no comma %d, with text after %d" % (
            sum("\n" in v for v in ad), sum(v == v.lower() for v in ad), sum(v == v.upper() for v in ad),
            sum("," not in v for v in ad),
            sum(bool(re.match(r"\s*[A-Za-z]", o["text"][e["end"]:])) for o in out for e in o["entities"] if e["type"] == "ADDRESS")))
    return 0


TITLES = re.compile(r"^(?:Dr|Dr\.|Mr|Mrs|Ms|Miss|Nurse|Sister|Prof|Doctor)\b", re.I)
PHONE_OK = [re.compile(p) for p in [
    r"^(?:\+44 ?|0)7700[ -]?0?9?0?0?[ -]?\d", ]]


def phone_ok(v):
    d = re.sub(r"\D", "", v.split(" ext")[0].split(" x")[0])
    if d.startswith("44"):
        d = "0" + d[2:]
    if d.startswith("1") and len(d) == 11:
        d = d[1:]
    if re.fullmatch(r"07700900\d{3}", d):
        return True
    if re.fullmatch(r"01(?:13|14|15|16|17|18|21|31|41|51|61)4960\d{3}", d):
        return True
    if re.fullmatch(r"02079460\d{3}|01914980\d{3}|01632960\d{3}|02896496\d{3}|02920180\d{3}", d):
        return True
    if re.fullmatch(r"\d{3}55501\d\d", d):
        return True
    return False


def check(out, rec_by_id, src, excluded):
    ids = set()
    tc = collections.Counter()
    for o in out:
        assert o["id"] not in ids and o["id"] not in excluded, o["id"]
        ids.add(o["id"])
        assert o["original"] == src[o["id"]].strip()
        t = o["text"]
        ents = o["entities"]
        assert ents, o["id"]
        prev_end, prev_type = -1, None
        for e in ents:
            s, en, ty, v = e["start"], e["end"], e["type"], e["value"]
            assert t[s:en] == v, (o["id"], e)
            assert v == v.strip() and re.search(r"[\w]$", v), (o["id"], v)
            assert s >= prev_end, (o["id"], e)
            if prev_type == ty:
                assert t[prev_end:s].strip() != "", (o["id"], e)
            prev_end, prev_type = en, ty
            assert e["profiles"] == (["hipaa_safe_harbor"] if ty in HIPAA_ONLY else ["standard", "hipaa_safe_harbor"])
            tc[ty] += 1
            if ty == "NAME":
                assert not TITLES.match(v), v
                assert not v.endswith("'s") and not v.endswith("’s"), v
            if ty == "NHS_NUMBER":
                d = re.sub(r"\D", "", v)
                assert len(d) == 10 and nhs_check(d[:9]) == int(d[9]), v
            if ty == "AGE_OVER_89":
                assert (v.isdigit() and int(v) >= 90) or "ninety" in v or "hundred" in v, v
            if ty in ("EMAIL", "URL"):
                host = v.split("@")[-1] if ty == "EMAIL" else re.sub(r"^https?://", "", v).split("/")[0]
                assert re.fullmatch(r"(?:[\w-]+\.)*example\.(?:com|org|net)", host.lower()), v
            if ty == "PHONE":
                assert phone_ok(v), v
            if ty == "POSTCODE":
                assert re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}", v), v
            if ty == "ZIP":
                assert re.fullmatch(r"\d{5}(?:-\d{4})?", v), v
            if ty == "HOSPITAL_NUMBER":
                assert not re.fullmatch(r"\d{10}|\d{3}-\d{2}-\d{4}", v), v
            if ty in ("DATE", "DATE_OF_BIRTH"):
                assert not re.match(r"(?:on|the|born|dob)\b", v, re.I), v
        # removing the planted text gives back the original; every entity lies in planted text
        rec = rec_by_id[o["id"]]
        keep, prev = [], 0
        for a_, b_ in rec.ins_spans:
            keep.append(t[prev:a_])
            prev = b_
        keep.append(t[prev:])
        assert "".join(keep) == o["original"], o["id"]
        for e in ents:
            assert any(a_ <= e["start"] and e["end"] <= b_ for a_, b_ in rec.ins_spans), (o["id"], e)
    for ty, mn in MINIMUMS.items():
        assert tc[ty] >= mn, (ty, tc[ty], mn)
    assert len(out) >= 480 and sum(tc.values()) >= 1100


if __name__ == "__main__":
    sys.exit(main())
