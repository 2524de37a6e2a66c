#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset26.jsonl (redaction development set 26).

500 real NHS Friends and Family Test comments (The-Strategy-Unit/pxtextmining,
commit ba6c0a2f10ca9bb3b964b72afe6047b463095c75, MIT, copyright NHS England;
Care Opinion data in it CC BY-NC-SA 4.0) with invented personal details
*inserted* into them (never substituted), so the stripped real comment is a
subsequence of every record's text.  Every planted detail is invented: phones
only in drama/fiction ranges, e-mails only at example domains, NHS numbers
that pass the modulus-11 check.

Standard library only and deterministic: one random.Random(20260026), no
reliance on set or dict hash order.  Written by an independent writer after
round 29; the frames below were written from scratch for this set.

    python3 research/redaction_sets/build_redaction_devset26.py           # write
    python3 research/redaction_sets/build_redaction_devset26.py --stats   # counts
"""

import argparse
import csv
import json
import os
import random
import re
import unicodedata
from collections import Counter

SEED = 20260026
N_RECORDS = 500
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA_DIR = "/work/shared/data/nhs_fft"
OUT = os.path.join(ROOT, "evaluation", "data", "redaction_devset26.jsonl")
EXCLUDE_SETS = ["redaction_testset.jsonl", "redaction_testset_v2.jsonl",
                "redaction_devset5.jsonl"]

HIPAA_ONLY = ("TOWN", "DATE", "AGE_OVER_89")
TYPES = ["NAME", "TOWN", "ADDRESS", "DATE", "AGE_OVER_89", "PHONE", "EMAIL",
         "POSTCODE", "HOSPITAL_NUMBER", "NHS_NUMBER", "ZIP"]
AIMS = {"NAME": 430, "TOWN": 220, "ADDRESS": 80, "DATE": 60, "AGE_OVER_89": 40,
        "PHONE": 30, "EMAIL": 20, "POSTCODE": 30, "HOSPITAL_NUMBER": 60,
        "NHS_NUMBER": 25, "ZIP": 15}


def profiles(etype):
    if etype in HIPAA_ONLY:
        return ["hipaa_safe_harbor"]
    return ["standard", "hipaa_safe_harbor"]


# ---------------------------------------------------------------------------
# Invented name material (pools are lists, so order is fixed)
# ---------------------------------------------------------------------------

# given names by origin: (women's names, men's names)
GIVEN = {
    "english": (["Gemma", "Kirsty", "Stacey", "Joanne", "Leanne", "Maureen", "Beverley",
                 "Elaine", "Tracey", "Debbie", "Jodie", "Shirley", "Poppy", "Lorraine",
                 "Glenys", "Kayleigh"],
                ["Darren", "Wayne", "Trevor", "Nigel", "Harvey", "Keith", "Craig",
                 "Bernard", "Reece", "Clive"]),
    "scottish": (["Eilidh", "Ailsa", "Iona", "Morag", "Mhairi", "Catriona", "Kenna"],
                 ["Callum", "Fraser", "Hamish", "Lachlan", "Struan", "Ewan", "Ruaridh"]),
    "welsh": (["Rhiannon", "Cerys", "Bethan", "Ffion", "Eluned", "Llinos", "Siân",
               "Gwenllian"],
              ["Dafydd", "Gethin", "Iwan", "Aled", "Owain", "Rhodri"]),
    "irish": (["Aoife", "Siobhán", "Niamh", "Caoimhe", "Saoirse", "Róisín", "Fionnuala",
               "Clodagh", "Órla", "Máire", "Bríd"],
              ["Pádraig", "Eoin", "Oisín", "Ciarán", "Seán", "Tadhg", "Cathal"]),
    "south_asian": (["Priya", "Anjali", "Nusrat", "Farzana", "Deepa", "Shabana",
                     "Rukhsana", "Pooja", "Zainab", "Harpreet"],
                    ["Sukhjinder", "Rajesh", "Imran", "Sanjay", "Gurpreet", "Arjun",
                     "Ravinder", "Tahir", "Balwinder", "Vikram"]),
    "west_african": (["Chidinma", "Ngozi", "Folake", "Temitope", "Akosua", "Efua",
                      "Abena", "Ifeoma", "Adaeze", "Yetunde", "Funmilayo"],
                     ["Oluwaseun", "Adebayo", "Chukwuemeka", "Kwabena", "Yaw", "Kofi",
                      "Nnamdi", "Babatunde", "Kwame", "Obinna"]),
    "east_african": (["Wanjiru", "Achieng", "Nyambura", "Amina", "Hodan", "Faadumo",
                      "Ayaan", "Ubah", "Tsion", "Deqa"],
                     ["Kiprop", "Abdirahman", "Mulugeta", "Abebe", "Otieno", "Liban"]),
    "caribbean": (["Marcia", "Claudette", "Lorna", "Hyacinth", "Shanice", "Paulette"],
                  ["Delroy", "Winston", "Desmond", "Errol", "Carlton", "Jermaine",
                   "Leroy", "Everton"]),
    "chinese": (["Xiaoling", "Mei", "Jiahui", "Lingling", "Yuxuan"],
                ["Wei", "Haoran", "Zhiwei", "Ming", "Jun"]),
    "vietnamese": (["Thảo", "Hương", "Linh", "Phương", "Hạnh", "Trang"],
                   ["Minh", "Tuấn", "Quang", "Đức", "Bảo"]),
    "eastern_european": (["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Dorota",
                          "Jolanta", "Mihaela", "Oksana", "Svetlana", "Tereza"],
                         ["Krzysztof", "Wojciech", "Tomasz", "Łukasz", "Piotr", "Paweł",
                          "Grzegorz", "Andrius", "Ionuț", "Vasile", "Dmytro"]),
    "arabic": (["Fatima", "Layla", "Rania", "Mariam", "Samira", "Noor", "Yasmin", "Huda"],
               ["Mohammed", "Youssef", "Omar", "Khalid", "Hassan", "Tariq", "Bilal",
                "Hamza"]),
    "turkish": (["Elif", "Ayşe", "Zeynep", "Özlem", "Selin", "Hatice"],
                ["Emre", "Mehmet", "Burak", "Gökhan", "Murat", "Kerem"]),
    "lusophone": (["Gabriela", "Fernanda", "Inês", "Larissa", "Conceição", "Beatriz",
                   "Mariana"],
                  ["João", "Thiago", "Luís", "Rafael", "Gonçalo"]),
    "filipino": (["Maricel", "Rowena", "Marilou", "Marites", "Analyn", "Lovely"],
                 ["Jhun", "Rodel", "Arnel", "Jun-Jun", "Jomar"]),
    "greek": (["Eleni", "Katerina", "Vasiliki", "Despina"],
              ["Georgios", "Dimitris", "Yiannis", "Nikos", "Panagiotis", "Stavros"]),
    "hispanic": (["Lucía", "Guadalupe", "Ximena", "María José", "Rocío", "Valentina",
                  "Camila", "Begoña"],
                 ["Alejandro", "Javier", "José", "Santiago"]),
    "nepali": (["Sushila", "Sabina", "Sarita", "Laxmi", "Rojina"],
               ["Bishnu", "Pemba", "Anish", "Binod", "Dipendra", "Prakash", "Ngima"]),
}
GIVEN_ORIGINS = sorted(GIVEN)

# names that are also ordinary words: (women's, men's)
WORD_NAMES = (["Hope", "Grace", "Joy", "Faith", "Dawn", "Rose", "Summer", "Amber", "Ivy",
               "Precious", "Blessing", "Patience", "Comfort", "Mercy", "Hazel", "Penny",
               "Holly", "Ruby", "Destiny", "Honour", "Goodness", "Sky"],
              ["Will", "Jack", "Mark", "Bill", "Gift", "Robin", "Sterling", "Chance",
               "Sunny", "Victory"])

NICKNAMES = (["Bex", "Kaz", "Shaz", "Kel", "Mags", "Jools", "Bev", "Dot", "Trish", "Tash",
              "Babs", "Fi", "Little Jen", "Bisi", "Shiv", "Tilly",
              "Gosia"],
             ["Gaz", "Daz", "Jonno", "Macca", "Tommo", "Ste", "Del", "Mo", "Robbo", "Sully",
              "Lenny", "Nige", "Big Dave", "Kojo", "Ollie", "Kwesi", "Deano",
              "Wojtek", "Tomek", "Siggy"])

TYPO_NAMES = (["Jenifer", "Rebbecca", "Stephenie", "Cathrine", "Jaquline", "Katheryn",
               "Sharron", "Kirsti", "Bernadett", "Shioban", "Nicola-Jane", "Chrissy",
               "Jayne", "Aleksandra", "Gillain", "Phillipa", "Margret"],
              ["Micheal", "Muhammed", "Mohamad", "Anthoney", "Darran", "Jonathon",
               "Steven-John"])

# surnames written in a woman's form; only used with women's given names
FEMALE_SURNAMES = ["Wiśniewska", "Lewandowska", "Nikolaidou", "Ní Bhriain",
                   "Ní Dhonnchadha", "Ní Bhriain-Walsh", "Kowalska", "Kaur", "Begum"]

SURNAME = {
    "english": ["Whitworth", "Pickering", "Hargreaves", "Ramsbottom", "Thwaite",
                "Cartwright", "Fairclough", "Ackroyd", "Tomlinson", "Entwistle",
                "Sutcliffe", "Pennington", "Greenhalgh", "Barraclough", "Kershaw",
                "Nuttall", "Bellamy", "Gascoigne", "Dobbs", "Heseltine"],
    "scottish": ["MacLeod", "McAllister", "Drummond", "Buchanan", "Urquhart",
                 "Menzies", "Sinclair", "MacKinnon", "Cruickshank", "Lamont"],
    "welsh": ["Pritchard", "Llewellyn", "Prosser", "Bowen", "Gwilym", "Parry",
              "Vaughan", "ap Rhys", "Griffiths", "Rees"],
    "irish": ["Ó Súilleabháin", "O'Donoghue", "Ó Ceallaigh",
              "Fitzgerald", "Mulcahy", "Quinlan", "McGuinness",
              "Mac Giolla Phádraig", "Ó Briain"],
    "south_asian": ["Sandhu", "Chaudhry", "Raghunathan", "Bhattacharya", "Siddiqui",
                    "Mistry", "Iqbal", "Dhillon", "Malhotra", "Choudhury", "Rahman",
                    "Nair", "Krishnan"],
    "west_african": ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Oyelaran", "Nwosu",
                     "Asante", "Owusu", "Okafor", "Ogunleye", "Agyeman", "Ibekwe",
                     "Danso", "Adewale"],
    "east_african": ["Warsame", "Abdi", "Farah", "Hirsi", "Odhiambo", "Kamau",
                     "Wanjiku", "Mwangi", "Tesfaye", "Gebremedhin"],
    "caribbean": ["Beckford", "Samuels", "McKenzie", "Forbes", "Campbell",
                  "Thompson-Reid", "Bailey", "Gayle", "Wilmot"],
    "chinese": ["Wong", "Chen", "Liu", "Zhao", "Huang", "Lau", "Cheung", "Xu", "Tang"],
    "vietnamese": ["Nguyễn", "Trần", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"],
    "eastern_european": ["Kowalczyk", "Nowak", "Zieliński", "Wójcik",
                         "Kamiński", "Popescu", "Ionescu", "Petrauskas",
                         "Horváth", "Shevchenko", "Kovalenko"],
    "arabic": ["Al-Masri", "Haddad", "Khalil", "El-Sayed", "Mansour", "Al-Farsi",
               "Nasser", "Saleh", "Abboud", "Darwish"],
    "turkish": ["Yılmaz", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Kaya", "Arslan"],
    "lusophone": ["Ferreira", "Gonçalves", "Pereira", "Rodrigues", "Carvalho", "Sousa",
                  "Magalhães", "Araújo"],
    "filipino": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza",
                 "Manalo", "Macaraeg", "Dimaculangan"],
    "greek": ["Papadopoulos", "Georgiou", "Konstantinidis",
              "Christodoulou", "Pappas", "Antoniou"],
    "hispanic": ["García", "Fernández", "Hernández", "Ramírez", "Gutiérrez", "Castillo",
                 "Morales", "Vargas", "Ortega"],
    "nepali": ["Gurung", "Tamang", "Shrestha", "Thapa", "Magar", "Sherpa", "Limbu",
               "Adhikari"],
}
WORD_SURNAMES = ["Wood", "Hill", "Fox", "Bird", "Moss", "Steel", "Bell", "Knight",
                 "Marsh", "Fields", "Sparrow", "Lamb", "Gates", "Brook"]
DOUBLE_SURNAMES = ["Fox-Lowther", "Lloyd-Jones", "Mensah-Bonsu", "Hamilton-Fraser",
                   "Carter-Oduya", "Smith-Wainwright", "Okoro-Fielding",
                   "Reid-Macaulay", "Pérez-Gómez", "Ashworth-Kaur", "Nowak-Fletcher"]
# whole names written in the order their owners use
NATIVE_ORDER = (["Nguyễn Thị Lan", "Li Xiaoling", "Chen Jiahui", "Wong Ka Yan",
                 "Horváth Eszter"],
                ["Trần Văn Hùng", "Phạm Minh Tuấn", "Zhang Wei", "Lau Chi Ming",
                 "Tamang Pemba"])


# ---------------------------------------------------------------------------
# Invented place material
# ---------------------------------------------------------------------------

UK_TOWNS = ["Wellingborough", "Corby", "Daventry", "Towcester", "Rushden", "Brackley",
            "Oundle", "Raunds", "Thrapston", "Irthlingborough", "Desborough", "Peterlee",
            "Seaham", "Hartlepool", "Consett", "Spennymoor", "Ashington", "Blyth",
            "Hexham", "Whitley Bay", "Jarrow", "Hebburn", "Redcar", "Guisborough",
            "Stockton-on-Tees", "Billingham", "Darlington", "Shildon", "Ferryhill",
            "Houghton-le-Spring", "Newton Aycliffe", "Barnard Castle",
            "Chester-le-Street", "Bishop Auckland", "Whickham", "Gateshead", "Morpeth",
            "Alnwick", "Amble", "Prudhoe", "Haltwhistle", "Milton Keynes",
            "Market Harborough", "Stoke-on-Trent", "Weston-super-Mare",
            "Ashby-de-la-Zouch", "Bury St Edmunds", "Tunbridge Wells", "Kirkby Stephen",
            "Much Wenlock", "Chipping Norton", "Saffron Walden", "Long Buckby",
            "Great Yarmouth", "Leighton Buzzard", "Moreton-in-Marsh", "Burnham-on-Sea",
            "Market Deeping", "Higham Ferrers", "Earls Barton", "Newport Pagnell",
            "Stony Stratford", "Skegness", "Mablethorpe", "Scunthorpe", "Grantham",
            "Great Ayton", "Sedgefield", "Crook", "Easington Colliery", "Horden",
            "Blackhall Rocks", "Wingate", "Shotley Bridge", "Cramlington", "Bedlington",
            "Kingston upon Hull", "Newcastle upon Tyne", "Sutton-in-Ashfield"]
WORD_TOWNS = ["Reading", "Bath", "March", "Sale", "Deal", "Street", "Battle", "Ware",
              "Settle", "Wells", "Stone", "Flint", "Mold", "Sandwich", "Hope", "Bury",
              "Rugby", "Wool", "Hull", "Washington", "Stanley"]
CELTIC_TOWNS = ["Aberystwyth", "Llandudno", "Caerphilly", "Merthyr Tydfil",
                "Ystradgynlais", "Pwllheli", "Betws-y-Coed", "Porthmadog",
                "Blaenau Ffestiniog", "Llanelli", "Machynlleth", "Tonypandy",
                "Abergavenny", "Ammanford", "Kirkcaldy", "Auchtermuchty", "Dunfermline",
                "Stornoway", "Inverurie", "Milngavie", "Kirkintilloch", "Oban",
                "Peterhead", "Galashiels", "Fort William", "Dumfries", "Ullapool",
                "Cumbernauld", "Arbroath", "Dún Laoghaire", "Ballina", "Letterkenny",
                "Enniskillen", "Cobh", "Clonakilty", "Portadown", "Newry", "Dungannon",
                "Carrickfergus", "Tralee", "Athlone", "Mullingar", "Ballymena",
                "Cill Airne", "An Daingean", "Béal Átha na Sluaighe"]
COUNTIES = ["Northamptonshire", "County Durham", "Co. Kerry", "Fife", "Cornwall",
            "Lincolnshire", "Gwynedd", "Co Antrim", "North Yorkshire", "Rutland",
            "Northumberland", "Tyne and Wear", "Powys", "Aberdeenshire", "Co. Donegal",
            "Leicestershire", "Cumbria", "Pembrokeshire", "Norfolk", "Ceredigion",
            "Co. Mayo", "Argyll and Bute", "Herefordshire", "Co Fermanagh"]
US_CITIES = [("Tulsa", "Oklahoma", "OK"), ("Boise", "Idaho", "ID"),
             ("Savannah", "Georgia", "GA"), ("Albuquerque", "New Mexico", "NM"),
             ("Dayton", "Ohio", "OH"), ("Fresno", "California", "CA"),
             ("Spokane", "Washington", "WA"), ("Duluth", "Minnesota", "MN"),
             ("Scranton", "Pennsylvania", "PA"), ("Tallahassee", "Florida", "FL"),
             ("Buffalo", "New York", "NY"), ("Mobile", "Alabama", "AL"),
             ("Eugene", "Oregon", "OR"), ("Providence", "Rhode Island", "RI"),
             ("Lubbock", "Texas", "TX"), ("Akron", "Ohio", "OH"),
             ("Asheville", "North Carolina", "NC"), ("Flagstaff", "Arizona", "AZ"),
             ("Bangor", "Maine", "ME"), ("Cedar Rapids", "Iowa", "IA"),
             ("Green Bay", "Wisconsin", "WI"), ("Baton Rouge", "Louisiana", "LA")]
ABROAD = ["Lagos", "Kraków", "Manila", "Accra", "Lahore", "Mogadishu", "Porto",
          "Thessaloniki", "Ho Chi Minh City", "Kathmandu", "Izmir", "Guadalajara",
          "Nairobi", "Kumasi", "Gdańsk", "Cluj-Napoca", "Kochi", "Sylhet", "Mirpur",
          "Hargeisa", "Pokhara", "Cebu City", "Marrakech", "São Paulo", "Benidorm",
          "Málaga", "Limassol", "Dubrovnik", "Enugu", "Ludhiana", "Kaunas",
          "Bydgoszcz", "Iași", "Trabzon", "Hải Phòng", "Guangzhou", "Valparaíso",
          "Mombasa", "Addis Ababa", "Tromsø"]
IRISH_COUNTIES = ["Kerry", "Mayo", "Donegal", "Clare", "Galway", "Cork", "Sligo",
                  "Wexford", "Tipperary", "Leitrim"]
IRISH_TOWNS_PLAIN = ["Ballina", "Letterkenny", "Cobh", "Clonakilty", "Tralee",
                     "Athlone", "Mullingar", "Ennistymon", "Castlebar", "Dungarvan",
                     "Kilrush", "Bantry"]

STREETS = ["Carr Lane", "Cowpen Road", "Front Street", "Station Road", "Beech Grove",
           "Hollybush Close", "Tanners Row", "Coronation Terrace", "Mill Lane",
           "Windermere Avenue", "Ravensworth Terrace", "Sandringham Drive",
           "Kestrel Way", "Orchard Gardens", "Pit Row", "Chapel Street", "Glebe Crescent",
           "The Paddocks", "Lark Rise", "Wheatsheaf Close", "Colliery Row",
           "Ormesby Bank", "Cuthbert Street", "Oakfield Road", "Bramley Court",
           "Nene View", "Harrowden Lane", "Spinney Hill Road", "Acacia Walk",
           "St Aidan's Close", "Vicarage Gardens", "Ropery Lane", "Dene Crescent",
           "Fenwick Avenue", "Pinfold Lane", "Old Vicarage Lane", "Kingfisher Rise"]
BUILDINGS = ["Tanfield House", "Regent Court", "Marlowe Mansions", "Quayside Lofts",
             "Beaumont Heights", "Linden Court", "Harbour View", "Sycamore House"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Hawthorn Barn", "Ty Gwyn", "Fairview",
               "Sunnyside", "Bramble Lodge", "The Granary", "Meadow End", "Tŷ Hen",
               "Corrie Lodge", "Stable Cottage"]
CARE_HOMES = ["Willowbrook Care Home", "Heatherlea Nursing Home",
              "The Laurels Residential Home", "Aldergrove House", "Ashgrove Lodge",
              "Beechcroft Care Centre", "Moorside Court Nursing Home",
              "Fernlea Residential Care", "The Hollies Care Home"]
FARMS = ["Low Hagg Farm", "Blackthorn Farm", "High Stobbs Farm", "Nether Farm",
         "Glebe Farm", "Whinny Hill Farm", "Tyddyn Uchaf"]
LANES = ["Moor Lane", "Back Lane", "Gated Road", "Pasture Lane", "Dyke Road", "Ffordd y Bryn"]
WELSH_STREETS = ["Heol y Felin", "Stryd Fawr", "Ffordd Glasfryn", "Heol Llanelli",
                 "Maes y Deri"]
SCOT_STREETS = ["Dalmally Street", "Crathie Drive", "Kelvinhaugh Road", "Strathblane Gardens"]
PC_AREAS = ["NN", "NE", "DH", "SR", "TS", "DL", "LE", "MK", "PE", "CF", "LL", "EH", "G",
            "BT", "SA", "KY", "IV", "DG", "B", "M", "LS", "S", "HU", "CA", "NR", "SY",
            "AB", "LN", "DN", "YO"]
PC_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
US_STREETS = ["Maple", "Oak Ridge", "Sycamore", "Lakeview", "Willow Bend", "Elm",
              "Cottonwood", "Pecan Grove", "Birch Hollow", "Juniper"]
US_SUFFIX = ["Street", "St", "Avenue", "Ave", "Drive", "Dr", "Lane", "Court", "Blvd", "Road"]


# ---------------------------------------------------------------------------
# Generators.  Each returns a string; the caller records it as one entity.
# ---------------------------------------------------------------------------

class Gen:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    # -- names --------------------------------------------------------------
    def gender(self, gender):
        if gender is None:
            return self.r.randrange(2)
        return {"f": 0, "m": 1}[gender]

    def given(self, gender=None):
        gi = self.gender(gender)
        x = self.r.random()
        if x < 0.08:
            return self.pick(NICKNAMES[gi])
        if x < 0.13:
            return self.pick(TYPO_NAMES[gi])
        if x < 0.20:
            return self.pick(WORD_NAMES[gi])
        return self.pick(GIVEN[self.pick(GIVEN_ORIGINS)][gi])

    def word_name(self, gender=None):
        return self.pick(WORD_NAMES[self.gender(gender)])

    def nickname(self, gender=None):
        return self.pick(NICKNAMES[self.gender(gender)])

    def surname(self, female=False):
        x = self.r.random()
        if female and x < 0.06:
            return self.pick(FEMALE_SURNAMES)
        if x < 0.14:
            return self.pick(DOUBLE_SURNAMES)
        if x < 0.21:
            return self.pick(WORD_SURNAMES)
        return self.pick(SURNAME[self.pick(GIVEN_ORIGINS)])

    def full(self, gender=None):
        gi = self.gender(gender)
        fem = gi == 0
        x = self.r.random()
        if x < 0.06:
            return self.pick(NATIVE_ORDER[gi])
        if x < 0.14:
            return self.pick(GIVEN[self.pick(GIVEN_ORIGINS)][gi])[0] + ". " + self.surname(fem)
        if x < 0.20:
            g = self.pick(GIVEN[self.pick(GIVEN_ORIGINS)][gi])
            return g + " " + self.pick("ABCDEFGHJKLMNPRSTW") + ". " + self.surname(fem)
        if x < 0.60:
            o = self.pick(GIVEN_ORIGINS)
            sur = self.pick(SURNAME[o]) if self.r.random() < 0.85 else self.surname(fem)
            return self.pick(GIVEN[o][gi]) + " " + sur
        return self.given("f" if fem else "m") + " " + self.surname(fem)

    def initials(self):
        a = self.pick("ABCDEFGHJKLMNPRSTW")
        b = self.pick("ABCDEFGHJKLMNPRSTW")
        return self.pick([a + b, a + "." + b + ".", a + "." + b, a + " " + b,
                          a + b + self.pick("BDGHKMNPRSTW")])

    # -- places -------------------------------------------------------------
    def town_uk(self):
        return self.pick(UK_TOWNS)

    def town_word(self):
        return self.pick(WORD_TOWNS)

    def town_celtic(self):
        return self.pick(CELTIC_TOWNS)

    def county(self):
        return self.pick(COUNTIES)

    def town_abroad(self):
        return self.pick(ABROAD)

    def town_any(self):
        x = self.r.random()
        if x < 0.50:
            return self.town_uk()
        if x < 0.62:
            return self.town_word()
        if x < 0.82:
            return self.town_celtic()
        if x < 0.90:
            return self.county()
        return self.town_abroad()

    def us_city(self):
        return self.pick(US_CITIES)

    # -- addresses ----------------------------------------------------------
    def postcode(self, plain=False):
        area = self.pick(PC_AREAS)
        r = self.r
        if len(area) == 1:
            district = str(r.randint(1, 40))
        else:
            district = str(r.randint(1, 29))
        if r.random() < 0.08 and len(area) == 2:
            district = str(r.randint(1, 9)) + self.pick("ABEHMNPRVWXY")
        inward = str(r.randint(0, 9)) + self.pick(PC_INWARD) + self.pick(PC_INWARD)
        pc = area + district + " " + inward
        if plain:
            return pc
        x = r.random()
        if x < 0.55:
            return pc
        if x < 0.72:
            return pc.lower()
        if x < 0.84:
            return area + district + inward
        if x < 0.90:
            return (area + district + inward).lower()
        if x < 0.95:
            return area + district + "  " + inward
        return area.capitalize() + district + " " + inward.lower()

    def house_no(self):
        x = self.r.random()
        n = str(self.r.randint(1, 180))
        if x < 0.1:
            n += self.pick("abAB")
        return n

    def address_uk(self, sep=", "):
        r = self.r
        kind = r.randrange(9)
        town = self.town_uk() if r.random() < 0.75 else self.town_word()
        pc = self.postcode(plain=r.random() < 0.7)
        if kind == 0:
            parts = [self.house_no() + " " + self.pick(STREETS), town, pc]
        elif kind == 1:
            parts = [self.house_no() + " " + self.pick(STREETS), town, self.county(), pc]
        elif kind == 2:
            parts = ["Flat " + str(r.randint(1, 40)), self.pick(BUILDINGS),
                     self.pick(STREETS), town, pc]
        elif kind == 3:
            parts = [self.house_no() + " " + self.pick(STREETS), town]
        elif kind == 4:
            parts = [self.pick(HOUSE_NAMES), self.pick(LANES), town, self.county() + " " + pc]
        elif kind == 5:
            parts = [self.pick(CARE_HOMES), self.house_no() + " " + self.pick(STREETS), town, pc]
        elif kind == 6:
            parts = [self.pick(FARMS), self.pick(LANES), "near " + town, pc]
        elif kind == 7:
            parts = [str(r.randint(1, 60)) + " " + self.pick(WELSH_STREETS),
                     self.pick(CELTIC_TOWNS[:14]), pc]
        else:
            parts = ["Flat " + str(r.randint(0, 3)) + "/" + str(r.randint(1, 2)),
                     str(r.randint(2, 120)) + " " + self.pick(SCOT_STREETS),
                     self.pick(CELTIC_TOWNS[14:29]) + " " + pc]
        if sep == ", " and r.random() < 0.25 and parts[-1] == pc:
            return ", ".join(parts[:-1]) + " " + pc
        return sep.join(parts)

    def care_home(self):
        return self.pick(CARE_HOMES) + ", " + self.pick(STREETS) + ", " + self.town_uk() + \
            (" " + self.postcode(plain=True) if self.r.random() < 0.5 else "")

    def eircode(self):
        r = self.r
        key = self.pick(["A65", "D02", "D6W", "T12", "V92", "H91", "F26", "P81", "X35", "R95"])
        tail = self.pick("ACDEFHKNPRTVWXY") + str(r.randint(0, 9)) + \
            self.pick("ACDEFHKNPRTVWXY") + str(r.randint(0, 9))
        return key + " " + tail

    def address_ie(self):
        r = self.r
        first = (str(r.randint(1, 90)) + " " + self.pick(["Main Street", "Church Road",
                                                          "Bóthar na Trá", "Ashfield Park",
                                                          "Sráid an Mhuilinn"])
                 if r.random() < 0.7 else self.pick(HOUSE_NAMES))
        return ", ".join([first, self.pick(IRISH_TOWNS_PLAIN),
                          "Co. " + self.pick(IRISH_COUNTIES), self.eircode()])

    def zip5(self):
        return "%05d" % self.r.randint(1001, 99950)

    def zipcode(self):
        z = self.zip5()
        if self.r.random() < 0.4:
            z += "-%04d" % self.r.randint(1, 9999)
        return z

    def address_us(self):
        r = self.r
        city, _state, st = self.us_city()
        line = str(r.randint(10, 9800)) + " " + self.pick(US_STREETS) + " " + self.pick(US_SUFFIX)
        if r.random() < 0.35:
            line += ", " + self.pick(["Apt", "Apt.", "Unit", "Suite"]) + " " + \
                str(r.randint(1, 40)) + self.pick(["", "B", "C"])
        return line + ", " + city + ", " + st + " " + self.zipcode()

    def address_other(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return "%d Wattle Street, Ballarat VIC %d" % (r.randint(2, 90), r.randint(3350, 3356))
        if k == 1:
            return "ul. Ogrodowa %d/%d, %02d-%03d Bydgoszcz" % (
                r.randint(1, 60), r.randint(1, 20), r.randint(80, 89), r.randint(100, 999))
        if k == 2:
            return "Blk %d Lot %d, Sampaguita St., Barangay San Isidro, Cebu City" % (
                r.randint(1, 20), r.randint(1, 40))
        if k == 3:
            return "%d Olumide Close, Ikeja, Lagos" % r.randint(2, 40)
        return "Rua das Flores %d, 4050-%03d Porto" % (r.randint(10, 200), r.randint(100, 999))

    # -- dates and ages -----------------------------------------------------
    MONTHS = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]
    MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct",
            "Nov", "Dec"]

    @staticmethod
    def ordinal(n):
        if 10 <= n % 100 <= 20:
            suf = "th"
        else:
            suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return "%d%s" % (n, suf)

    def date(self, dob=False):
        r = self.r
        y = r.randint(1926, 1988) if dob else r.randint(2019, 2024)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        M = self.MONTHS[m - 1]
        M3 = self.MON3[m - 1]
        yy = "%02d" % (y % 100)
        if dob:
            forms = ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y),
                     "%d.%d.%s" % (d, m, yy), "%02d-%02d-%d" % (d, m, y),
                     "%s %s %d" % (self.ordinal(d), M, y), "%d %s %d" % (d, M, y),
                     "%d %s %d" % (d, M3, y), "%02d/%02d/%s" % (d, m, yy),
                     "%s %s %d" % (M, self.ordinal(d), y)]
        else:
            forms = ["%s %s" % (self.ordinal(d), M), "%d %s %d" % (d, M, y),
                     "%s %s" % (M, self.ordinal(d)), "%s %d" % (M.lower(), d),
                     "%s of %s" % (self.ordinal(d), M), "%02d/%02d/%d" % (d, m, y),
                     "%d/%d/%s" % (d, m, yy), "%02d.%02d.%s" % (d, m, yy),
                     "%d-%02d-%02d" % (y, m, d), "%s %s" % (M3, self.ordinal(d)),
                     "%d %s '%s" % (d, M3, yy), "%s %s" % (M3.lower(), self.ordinal(d)),
                     "%s of %s %d" % (self.ordinal(d), M.lower(), y),
                     "%s %d, %d" % (M, d, y), "%d/%d" % (d, m),
                     "%s %s" % (self.DAY_WORDS[d - 1], M.lower())]
        return self.pick(forms)

    DAY_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                 "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                 "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                 "nineteenth", "twentieth", "twenty-first", "twenty second",
                 "twenty-third", "twenty fourth", "twenty-fifth", "twenty-sixth",
                 "twenty seventh", "twenty-eighth"]
    UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    UNIT_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                "eighth", "ninth"]

    def age(self):
        return str(self.r.randint(90, 105))

    def age_words(self):
        n = self.r.randint(90, 105)
        if n < 100:
            u = self.UNITS[n - 90]
            if not u:
                return "ninety"
            return "ninety" + self.pick(["-", " "]) + u
        if n == 100:
            return self.pick(["one hundred", "a hundred"])
        return self.pick(["one hundred and ", "a hundred and "]) + self.UNITS[n - 100]

    def age_ordinal(self):
        n = self.r.randint(90, 105)
        if self.r.random() < 0.55:
            return self.ordinal(n)
        if n < 100:
            u = self.UNIT_ORD[n - 90]
            return "ninetieth" if not u else "ninety-" + u
        if n == 100:
            return "hundredth"
        return "hundred and " + self.UNIT_ORD[n - 100]

    # -- numbers --------------------------------------------------------------
    def phone_uk(self):
        r = self.r
        x = r.random()
        t = "%03d" % r.randint(0, 999)
        if x < 0.45:
            return self.pick(["07700 900" + t, "07700900" + t, "07700 900 " + t,
                              "+44 7700 900" + t, "+447700900" + t, "07700-900-" + t,
                              "+44 (0)7700 900" + t, "07700 90 0" + t])
        code = self.pick(["0113 496", "0161 496", "0117 496"])
        if x < 0.85:
            a, b = code.split(" ")
            return self.pick([code + " 0" + t, a + " 4960" + t, "(" + a + ") 496 0" + t,
                              a + "-496-0" + t, "+44 " + a[1:] + " 496 0" + t])
        return self.pick(["020 7946 0" + t, "(020) 7946 0" + t, "0207 946 0" + t,
                          "+44 20 7946 0" + t])

    def phone_us(self):
        r = self.r
        ac = str(r.randint(201, 989))
        t = "%02d" % r.randint(0, 99)
        return self.pick(["(" + ac + ") 555-01" + t, ac + "-555-01" + t,
                          "+1 " + ac + " 555 01" + t, ac + ".555.01" + t, "555-01" + t])

    def phone_au(self):
        r = self.r
        d = str(r.randint(0, 9))
        t = "%03d" % r.randint(0, 999)
        return self.pick(["0491 57" + d + " " + t, "+61 491 57" + d + " " + t,
                          "049157" + d + t])

    def email(self):
        r = self.r
        g = ascii_fold(self.pick(GIVEN[self.pick(GIVEN_ORIGINS)][r.randrange(2)]))
        g = g.lower().replace(" ", "").replace("-", "")
        s = ascii_fold(self.pick(SURNAME[self.pick(GIVEN_ORIGINS)])).lower()
        s = re.sub(r"[^a-z]", "", s)
        local = self.pick([g + "." + s, g + s + str(r.randint(1, 99)), g[0] + "." + s,
                           g + "_" + s, g + "." + s + "+nhs", s + "." + g + "+hospital",
                           g + "." + g[0] + "." + s, "mum.of." + self.pick(["two", "three", "4"]),
                           g + "." + s + "+complaints", s + g[0], g + "-" + s,
                           g.capitalize() + "." + s.capitalize()])
        dom = self.pick(["example.com", "example.org", "example.net", "example.co.uk",
                         "mail.example.com", "post.example.co.uk", "uk.example.net",
                         "home.example.org", "example.com", "example.co.uk"])
        return local + "@" + dom

    def nhs(self):
        r = self.r
        while True:
            d = [r.randint(1 if i == 0 else 0, 9) for i in range(9)]
            total = sum(d[i] * (10 - i) for i in range(9))
            chk = 11 - total % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            s = "".join(map(str, d)) + str(chk)
            break
        return self.pick([s, s, s[:3] + " " + s[3:6] + " " + s[6:],
                          s[:3] + " " + s[3:6] + " " + s[6:], s[:3] + "-" + s[3:6] + "-" + s[6:]])

    def hosp(self):
        r = self.r

        def dg(n):
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        def L(n=1):
            return "".join(self.pick("ABCDEFGHJKLMNPRSTWZ") for _ in range(n))

        fmts = [
            lambda: L(2) + dg(7),                                  # NH4471920
            lambda: L() + dg(6) + L(),                             # K448192J
            lambda: dg(3) + " " + dg(3) + " " + dg(3),             # 448 192 771
            lambda: L() + "/" + dg(5) + "/" + dg(1),               # H/55321/7
            lambda: dg(4) + "-" + dg(5) + "-" + L(),               # 0034-77192-B
            lambda: L(3).lower() + dg(7),                          # rnh0047712
            lambda: dg(3) + "." + dg(3) + "." + dg(1),             # 882.401.3
            lambda: L() + dg(7) + L(),                             # D4471920X
            lambda: dg(11),                                        # 10045817201
            lambda: L(2) + "-" + dg(4) + "-" + dg(2),              # PT-7729-41
            lambda: L(3) + " " + dg(2) + " " + dg(2) + " " + dg(3),  # KGH 77 31 904
            lambda: dg(5) + L(),                                   # 55720X
            lambda: L(2) + dg(6) + "/" + dg(1),                    # CX778201/2
            lambda: L() + " " + dg(2) + " " + dg(3) + " " + dg(3) + " " + L(),  # M 00 123 456 K
            lambda: dg(2) + "-" + dg(6),                           # 12-448917
            lambda: L() + dg(2) + "-" + dg(3) + "-" + dg(3),       # E00-557-182
            lambda: L(2) + "/" + L(3) + "/" + dg(7),               # NE/PTS/0045521
            lambda: L() + dg(4) + "-" + dg(4),                     # Z9910-2377
            lambda: dg(7) + L(),                                   # 4471920K
            lambda: L(2).lower() + "-" + dg(2) + "-" + dg(5),      # hx-20-77419
            lambda: dg(12),                                        # 600412778903
            lambda: L() + "." + dg(6),                             # J.449127
            lambda: dg(6),                                         # 448917
            lambda: L(1).lower() + dg(8),                          # m04471920
        ]
        return self.pick(fmts)()


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# Frames, written for this set.  One per line: "<pos>-<style>|<template>".
#   pos   a = at a sentence boundary (start, between sentences, or end)
#         s = at the start only, e = at the end only,
#         i = inline, straight after a staff-role word of the real comment
#   style (after the dash) none = as written (slots get their own case),
#         l = all lower case, u = all capitals
# Slots: NAME {G} given, {F} full, {S} surname, {I} initials, {W} word-name,
#   {K} nickname; TOWN {T} any, {TU} UK, {TW} word-town, {TC} Welsh/Scottish/Irish,
#   {CO} county, {TA} abroad, {TUS} US city (the state after it is not marked);
#   ADDRESS {A} UK, {AM} UK over lines, {ACH} care home, {AIE} Irish, {AUS} US,
#   {AO} other; DATE {D}, {DOB}; AGE_OVER_89 {AG} digits, {AGW} words,
#   {AGO} ordinal; PHONE {P} UK, {PUS}, {PAU}; EMAIL {E}; POSTCODE {PC};
#   HOSPITAL_NUMBER {H}; NHS_NUMBER {NHS}; ZIP {Z}; {CZ} "City, ST zip" (TOWN+ZIP).
#   "\n" in a template is a line break.
# ---------------------------------------------------------------------------

FRAMES = r"""
a-|Thank you to {GF} on the ward, she went above and beyond.
a-|Special thanks to {F} who looked after my dad through the night.
a-|{G} the HCA was amazing with my mum.
a-|I was looked after by {G} and {G}, both were lovely.
a-|Big thank you to {G}, {G} and {G} on the early shift.
a-|Sister {S} runs a tight ship and it shows.
a-|Matron {S} came down and sorted it all out within the hour.
a-|The registrar, Dr {S}, explained everything in plain English.
a-|{G} on reception always has a smile for everyone.
a-|The lady on reception ({GF} I think) was so patient with me.
a-|Physio {G} got me walking again when I thought I never would.
a-|The porter {G} had me in stitches all the way down to x-ray.
a-|Our student nurse {G} is a credit to the profession.
a-|{G} the ODP held my hand while I went under.
a-|Mr {S} and his team have changed my life.
a-|Please pass on my thanks to {F}, the ward clerk, who chased up my letters.
a-|{G} sorted it all out in five minutes flat.
a-|{G} and {G} from the crew were brilliant.
a-|Me and {G} can't thank you enough.
a-|Couldn't have got through it without {G}.
a-|The HCA {GF} brought me tea and toast in the middle of the night, bless her.
a-|Nurse {G} is an angel.
a-|Dr {S} was thorough and kind.
a-|Shout out to {G} in the plaster room!
a-|The paramedic ({G}) kept my husband calm the whole way.
a-|Huge thanks to the crew, {G} and {G}, who got to us in no time.
a-|My OT {G} has been a godsend.
a-|{F}, my CPN, is the only one who actually listens.
a-|Our health visitor {G} is fantastic.
a-|The midwife who delivered our son, {G}, was unbelievable.
a-|{G} the healthcare assistant deserves a pay rise.
a-|Had a lovely chat with {G} while waiting for the doctor.
a-|Sister {S} and staff nurse {G} deserve a medal.
a-|The consultant, {F}, took time to go through my scan with me.
a-|Dr {S}'s bedside manner could do with some work.
a-|Thank you {G}!!
a-|Thanks {G} x
a-|{G}, you are a star.
a-|God bless {G} and all the team.
a-|Cannot praise {G} enough.
a-|I'd like to mention {FF} who went out of her way to find my glasses.
a-|{G} from the discharge team rang me every day to check on me.
a-|{G} at the front desk was rude and dismissive.
a-|The receptionist, {GF}, rolled her eyes at me when I asked a question.
a-|Dr {S} didn't even look up from the computer.
a-|{F} told me there was nothing wrong and sent me home, two days later I was back in.
a-|I asked {G} three times for pain relief and it never came.
a-|A nurse called {G} was very abrupt with my mother.
a-|When I complained to {GF} on the desk she just shrugged.
a-|Nobody apart from {G} bothered to introduce themselves.
a-|{S} (the charge nurse) was the only one who knew what was going on.
a-|The letter from Dr {S} says I was "non-compliant", which is simply untrue.
a-|The letter said "{F} did not attend" - I was sat in the waiting room the whole time!
a-|Your reply, signed by {F}, Patient Experience Lead, did not answer a single one of my questions.
a-|I was told by {G} on the phone that someone would call back. No one did.
a-|The ward manager {F} promised a meeting and then went on leave.
a-|Quote from my discharge letter: "Mr {S} was seen and reassured." I was not reassured.
a-|"We apologise for any distress caused" - {F}, Complaints Team. That's it, that's the whole reply.
a-|I was seen by a locum, Dr {S}, who had clearly not read my notes.
a-|The dentist {G} was gentle and explained every step.
a-|{GF} in pharmacy went and found my tablets herself.
a-|Our key worker {G} is the reason my son is still here.
a-|{G} the cleaner kept the bay spotless and always stopped for a chat.
a-|The tea lady, {GF}, knew how everyone liked their brew.
a-|{G} (bank nurse) was the best of the lot.
a-|Healthcare assistant {F} did my dressings beautifully.
a-|Ask for {FF} (senior sister), she will sort you out.
a-|Best nurse - {G}.
a-|{GF} - what a woman.
a-|Who helped me: {F}.
a-|Staff member: {G}. Service: excellent.
a-|Nurse: {G}
a-|It was {S}'s team that saved my leg.
a-|{G}'s kindness will stay with me for ever.
a-|Thanks to {I} for the lift home.
a-|Dr {I} was very thorough.
a-|{I} on the front desk was so helpful.
a-|My thanks to staff nurse {I} and the night team.
a-|The nurse in charge (initials {I} on the board) ignored the buzzer all night.
a-|Thank you to Dr {FM} and his junior doctor {G} for being so honest.
a-|Dr {S} (the anaesthetist) made me laugh right before the op.
a-|{G} our physio is tough but fair.
a-|The surgeon Mr {S} came back after his shift to check on me.
a-|Professor {S} is world class and so down to earth.
a-|{G} from the stroke team visited twice a day.
a-|{G}, the specialist nurse, answered every email within a day.
a-|Our community nurse {GF} has been coming for two years and she's like family now.
a-|The sonographer {G} was so gentle when we got the bad news.
a-|{G} in the eye clinic spotted something the optician missed.
a-|A special mention to {GF} who stayed an hour past her shift with us.
a-|{G} was very professional.
a-|{G} made me feel safe.
a-|{G} listened.
a-|Please give {G} a pay rise.
a-|Tell {G} I'm doing well now.
a-|{F} should be nurse of the year.
a-|{F} deserves a promotion, honestly.
a-|If it wasn't for {G} I'd have walked out.
a-|{G} spotted my sepsis when nobody else did.
a-|{G} made the whole thing bearable.
a-|I'll never forget {GF}, she sang to me in recovery.
a-|{GF} and her student {G} were run off their feet but never once snapped.
a-|The night staff, especially {G}, were wonderful.
a-|{G} was lovely but clearly overworked.
a-|Apart from {G}, nobody told us anything.
a-|I would like to complain about {F}.
a-|Dr {S} was condescending and spoke to my wife instead of me.
a-|I hope {GF} gets the recognition she deserves.
a-|{G}, who I believe is a student, was more helpful than the qualified staff.
a-|The call handler {G} stayed on the line until the crew arrived.
a-|Call handler {F} talked me through CPR on my husband.
a-|The driver, {G}, helped me to my front door and even put my bag inside.
a-|Transport driver {G} is always on time and so cheerful.
a-|Our usual driver {G} was off and the replacement was late.
a-|{G} and {G} from patient transport were first class.
a-|The ambulance crew ({G} and {G}) were calm and reassuring.
a-|{G} from the crisis team rang back within ten minutes.
a-|Paramedic {F} was the calmest person I have ever met.
a-|The technician, {G}, explained what every wire was for.
a-|My care coordinator, {GF}, has left and nobody has replaced her.
a-|{G} the psychologist helped me more than ten years of tablets did.
a-|{G} at the memory clinic was patient with my dad's questions.
a-|Speech therapist {G} got my mum eating again.
a-|{G} from podiatry is a miracle worker.
a-|Occupational therapist {F} arranged all the rails before I got home.
a-|The pharmacist, {G}, caught a mistake on my prescription.
a-|The porter - {G}? - was lovely.
a-|The doctor (Dr {S}?) was very kind.
a-|The nurse who did my bloods ({G}) barely hurt at all.
a-|The receptionist - {G} - was fab.
a-|{G} the domestic brought me extra blankets.
a-|Our registrar {F} was honest with us about the prognosis.
a-|Thanks to {G}, {G}, {G} and {G}.
a-|Thanks to everyone - {G}, {G}, {G}, the lot of you.
a-|{G} & {G} on nights were fab.
a-|{G}/{G}/{G} on bay four were brilliant.
a-|Nurses {G}, {G} and {G} were brilliant, also {G} the HCA.
a-|Thanks to Dr {S}, Dr {S}, Sister {S} and all on the unit.
a-|A special mention to {G} (physio), {G} (OT) and {G} (dietitian).
a-|Thank you {G}, {G}, {G}, {G}, {G} and anyone I've forgotten.
a-|Staff: {G}, {G}, {G} - all superb.
a-|Special thanks to: {G}, {G} & {F}.
a-|Every one of them was brilliant, but {G} and {G} stood out.
a-|Particular thanks to {F} and {F} in the day unit.
a-|Thank you to {G}, {G} and the student nurse whose name I didn't catch.
a-|Well done {G}, {G}, {G}.
a-|{G}, {G} and {G} (sorry if I spelt that wrong) were amazing.
a-|My husband {GM} was treated with dignity.
a-|My mum ({GF}) is {AG} and was treated like a person, not a number.
a-|I'm writing this on behalf of my dad, {FM}, who can't use a computer.
a-|My wife {GF} and I are very grateful.
a-|Our daughter {GF} was scared but the staff made her laugh.
a-|My son {GM} has autism and they adapted everything for him.
a-|My neighbour {G} drove me in as the ambulance was delayed.
a-|My friend {GF} came with me and they let her stay.
a-|Nan ({GF}) loved the tea lady.
a-|{G}, my partner, wasn't allowed in, which was hard.
a-|My brother-in-law {FM} had the same experience last year.
a-|My sister {GF} says thank you too.
a-|Grandad {GM} is home now and doing well.
a-|Auntie {GF} was the one who rang the ambulance.
a-|The patient is my father, {FM}.
a-|Patient: {F}
a-|Patient name - {F}
a-|My name is {F} and I was admitted last week.
a-|I am {G}'s carer.
a-|{G}'s mum here, just wanted to say thanks.
a-|My lad {GM} was in for his tonsils.
a-|Our little girl {GF} had her first operation.
a-|I'm {FM}'s next of kin and nobody told me he'd been moved.
a-|My carer {G} from the agency came too.
a-|My hubby {GM} says the food was better than mine!
a-|My mother-in-law, {FF}, was made to wait on a trolley.
a-|{GF} (my daughter) filled this in for me as my eyes are bad.
a-|My wife, {FF}, is disabled and nobody helped her off the bus.
a-|I brought my mum {GF} in and they were brilliant with her dementia.
a-|My twins {G} and {G} were both seen together which helped.
a-|My foster son {GM} felt listened to for the first time.
a-|Me and my partner {G} are first time parents and the midwives were ace.
a-|We lost our baby {G} and the bereavement midwife was so gentle.
a-|My best friend {GF} had her baby here in the spring and recommended you.
a-|My uncle {FM} was treated for his heart.
a-|My stepdad {GM} wants to say thanks as well.
a-|{G} and me have been married fifty years and this is the first time we've been apart.
a-|The patient, {FM}, has learning disabilities and the staff were patient with him.
a-|Our son {GM} is non-verbal and nobody tried to communicate with him.
a-|Writing for my granddad {GM} who is too poorly to write.
a-|My neighbour {F} found me on the floor and rang for help.
a-|I went in with my cousin {G} who has severe anxiety.
a-|This feedback is from {GF}, age nine, and her mum.
a-|My daughter-in-law {GF} works there and she was right about how good it is.
a-|{G} and {G} (my parents) were both in at the same time.
a-|{G} (patient) and {GF} (wife) - thank you for everything.
a-|My wee boy {GM} loved the play room.
a-|Our gran {GF} was fussed over like royalty.
a-|My mam {GF} hasn't stopped talking about the nurses.
a-|Me dad {GM} says ta very much.
a-|Our {G} was in for a week with a chest infection.
s-|Dear {G},
s-|Re: my mum, {FF}.
s-|To {G} and the team -
s-|FAO {F}, Ward Manager:
s-|Hi {G}!
s-|{G} here.
s-|Attn: Dr {S}
s-|Feedback for {G}:
s-|Regarding patient {F}:
s-|Ref. my father {FM}
s-|Dear Mr {S},\n
s-|To whom it may concern, and to {G} in particular,
s-|{F} - feedback -
a-|I should like to express my sincere gratitude to Sister {S} and her staff.
a-|My late husband {FM} was cared for on the same ward many years ago.
a-|The young lady, {GF}, was most courteous.
a-|Dr {S} is a true gentleman of the old school.
a-|May I say how very impressed I was with Nurse {S}.
a-|I would be obliged if you could pass my thanks to Mr {S}.
a-|Please thank the ambulance men, {GM} and {GM}, for their kindness.
a-|I wish to commend the conduct of Staff Nurse {S}.
a-|It is a great credit to Matron {S} that her ward is so well run.
a-|The doctor, a Dr {S}, was most attentive.
a-|A young man named {GM} pushed my wheelchair and chatted all the way.
a-|Mrs {S} on the telephone could not have been more helpful.
a-|I have written separately to Mr {S} to thank him.
a-|I am a retired nurse myself and Sister {S} reminded me of the old days.
a-|{W} on reception was a ray of sunshine.
a-|Nurse {W} made all the difference.
a-|Thank you to {W} and {G} who sat with my dad.
a-|{W} the HCA went above and beyond.
a-|Ask for {WF}, she's the best.
a-|{WF} in outpatients is a lovely girl.
a-|My granddaughter {WF} came with me.
a-|Dr {WS} was brilliant.
a-|Our midwife {WF} was amazing.
a-|{W} and {W} on the ward were both lovely.
a-|{K} on nights is a legend.
a-|Big thanks to {K} and {K} in the kitchen.
a-|{K} the porter is a proper character.
a-|Tell {K} thanks for the brew.
a-|The staff, esp. {K}, were ace.
a-|My mate {K} drove me in.
a-|(Thanks again {G})
a-|(shout out to {G} and {G}!)
a-|(my daughter {GF} wrote this for me)
a-|P.S. {G} you are a diamond.
a-|PS - thank you {G}
a-|Thanks {G}!!!!!
a-|Thank you {F}.
a-|{G} {G} {G} - you were all amazing.
a-|Can you let {GF} know how much she helped.
a-|Whoever {GF} is, give her a medal.
a-|{G} was there for me, end of.
a-|Lovely people, especially {G} and {F}.
a-|Only {GF} knew what she was doing.
a-|{G} was wonderful with my mum, who is {AGW}.
e-|\nRegards, {F}
e-|\n\nKind regards\n{F}
e-| - {G} x x
e-| from {G} and family
e-|\nMany thanks, {GF} ({G}'s wife)
e-| Love from {G} xxx
e-|\nThanks again\n{G} & {G}
e-| Yours sincerely, {F}.
e-| cheers {G}
e-|\n{FF} (daughter)
e-| - {I}
e-| Signed, a very grateful {G}.
e-|\nFrom all the {S} family
e-|\n-- {F}, on behalf of my mum
e-| ta {G} x
e-|\nYours faithfully\n{F}
e-| Best wishes, {G} and {G}.
e-| God bless you all, {G}.
e-|\n- {FM}, son of patient
e-| Thank you from {G}, {G} and the kids.
e-|\n{G} x
e-| {FM} (patient's husband)
e-| ~ {G}
e-|\nBW\n{I}
e-|\n{F}\n(on behalf of {F})
e-| - sent from {G}'s phone
e-| xx {G} xx
s-|Dear {G},\n
s-|Re: {F}.
s-|Hi {G} and co,
s-|{G} here - 
s-|My name is {F}. 
s-|FAO {G}:
s-|For the attention of {F}.
s-|Patient: {F}\n
s-|To Sister {S} - 
a-l|thanks to {GF} shes a legend
a-l|{G} was class
a-l|me n {G} was made up with the care
a-l|ask for {GF} shes the best
a-l|tell {G} i said ta
a-l|{G} n {G} on nights r stars
a-l|big up {G} in x ray lol
a-l|luv {G} x
a-l|dr {S} never listens tbh
a-l|{G} the hca was lush
a-l|thank u {G} for everything
a-l|my nan {GF} was treated well
a-l|nurse {G} gave me sum toast at like 4am
a-l|{GF} said shed ring back never did
a-l|shout out {G} and {G}
a-l|cheers {G} mate
a-l|the physio {G} is sound
a-l|omg {G} u r a star
a-l|{G} sorted my meds out in 2 mins
a-l|{G} and {G} was well nice
a-l|me and my missus {GF} say ta
a-l|my fella {GM} come with me
a-l|nurse {S} was rude tho
a-l|{F} was the best nurse i had
a-l|dr {S} and dr {S} sound as
a-l|hca {G} is the one
a-l|ty {G} xx
a-l|{G} ur amazing dont change
a-l|wish i cud remember all there names but {G} and {G} stood out
a-l|respect to {G} on the desk
a-l|{G} the receptionist has an attitude problem
a-l|the lad {GM} on transport was a laugh
a-l|{G}s mam here everyone was brill
a-l|me bf {GM} was allowed to stay
a-l|my gran {GF} loved it
a-u|THANK YOU {G} AND {G}!!!
a-u|{G} IS A STAR
a-u|DR {S} NEVER LISTENED
a-u|ASK FOR {G}
a-u|BIG THANKS TO {F}
i-| {G}
i-| ({G})
i-|, {G},
i-| called {G}
i-| named {G}
i-| {F}
i-| - {G} -
i-| (I think her name was {GF})
i-| {G} I think
i-| ({S})
i-| who was called {G}
i-| [{G}]
i-|, {G} I believe,
i-| (sorry, forgot the surname but first name {G})
i-| ({G} & {G})
i-| {F} I think
i-| {W}
i-| ({K})
i-| {S}
i-| (called {G}?)
a-|We live out in {T} so the journey is a long one.
a-|The ambulance came all the way from {T}.
a-|I had to get two buses from {TU}.
a-|Moved up from {TU} last year and this is the best care I've had.
a-|We were visiting family in {T} when my wife took ill.
a-|Why can't I be seen in {TU} instead of travelling?
a-|Transport picked me up from {T} and dropped me at the wrong entrance.
a-|The clinic in {TU} is much better run than this one.
a-|I'm originally from {TA} and the care here is excellent.
a-|Born in {TC}, lived here forty years.
a-|My daughter drove down from {TC} to be with me.
a-|We're on holiday from {TUS} and your staff were amazing.
a-|We flew in from {TA} and didn't know how the NHS worked.
a-|The staff treated me better than the hospital back home in {TA}.
a-|Waited four hours for an ambulance to {TU}.
a-l|came from {T} on the bus took ages
a-l|{TU} to here is miles
a-|There's nothing like this service in {CO}.
a-|Everyone in {CO} should know about this team.
a-|We're in rural {CO} and the crew still found us.
a-|I travel in from {TW} every week for this.
a-|Out in {TW} there's no bus after six.
a-|Seen at the health centre in {TU}, quick and easy.
a-|The {TU} team are brilliant.
a-|Got sent to {TU} and then back to {TU} - ridiculous.
a-|The driver got lost between {TU} and {TU}.
a-|My son lives in {TA} and I wanted him to be able to speak to the doctors.
a-|Originally from {TC} but I've been in {TU} for years.
a-|The nearest hospital to {TU} is still an hour away.
a-|Patients from {TU} shouldn't have to go to {TU} for a blood test.
a-|My cousin is a nurse in {TUS} and she said you did everything right.
a-|We're over from {TUS} and the care was first class - no bill either!
a-|Over from {TC} for a wedding when I fell.
a-|I was born and raised in {TW}.
a-|Left {TU} at seven in the morning and didn't get home till gone nine at night.
a-|Please open a clinic in {TU}, there's nothing for young people there.
a-|The crew had come from {TU} because there was nobody closer.
a-|I'm a lorry driver from {TA} and was taken ill on the motorway.
a-|My husband is from {TA} and his English isn't great, but they got an interpreter.
a-|We've just moved from {CO} and were worried about the change, but no need.
a-|We drove down from {TC} overnight when we got the call.
a-|Used to live in {TW} where the service was far worse.
a-|The physio at {TU} was better than the one here.
a-|In {TU} you wait three weeks for the same thing.
a-|The staff at the {TU} site are lovely but the building is tired.
a-|Moved from {TA} six years ago and still can't get over how good the NHS is.
a-|Mum was transferred from {TU} to {TU} in the middle of the night.
a-|Anyone from {TW} - go here rather than the walk-in centre.
a-|I was on a walking holiday near {TC} when I broke my ankle.
a-|My son flew back from {TA} to see his dad.
a-|They gave me a lift home to {TU}, which they didn't have to do.
a-|I live in {CO} and have to drive over an hour to get here.
a-|Shame the service doesn't cover {TU} as well.
a-|My daughter is studying in {TUS} and I was on the phone to her the whole time.
a-|Having lived in {TA} I can tell you the NHS is still the best.
a-|Had to get a taxi from {TU} which cost a fortune.
a-|We go to {TW} every summer and I'd rather be there than in here!
a-l|we r from {TU} and the crew was quick
a-l|live in {TW} tbh its a trek
a-l|dropped off at {TU} not {TU} wtf
a-l|moved here from {TA} last yr
a-u|WHY DO I HAVE TO TRAVEL TO {TU}
a-|Took three hours to get from {TU} - the roads were closed.
a-|Even my GP in {TU} said this is the team to see.
a-|Our family is spread between {TU}, {TC} and {TA}, so video calls were a godsend.
a-|Back home in {TA} you would pay for all this.
a-|Mum grew up in {TC} and loved that one of the nurses had the same accent.
a-|I commute from {TW} and the evening clinic suits me.
a-|Please send the letters to {A}, not my old house.
a-|The ambulance went to the wrong house - we're at {A}.
a-|My mother lives at {ACH} and the staff there called you.
a-|Address for correspondence: {A}
a-|I was picked up from {A} at ten and didn't arrive till two.
a-|I've moved, my new address is {A}.
a-|You can write to me at:\n{AM}
e-|\nreply to:\n{AM}
a-l|pick me up from {A} next time not the back door
a-|The crew found us at {A} even though the sat nav was wrong.
a-|Dad is at {ACH}, please note for the next transport.
a-|I live at {A} and my neighbour saw everything.
a-|We're at {AIE} - over for the summer.
a-|Home address: {AUS}
a-|We're visiting from the States, home address {AUS}.
a-|My forwarding address is {AO}.
a-|Letters kept going to {A} even though I told them twice I'd moved.
a-|The transport booked for {A} went to a completely different road.
a-|Please update my address to {A}.
a-|I'm now living with my daughter at {A}.
a-|My mum has gone into {ACH} and your records still have her old address.
a-|Collected from {A}, the driver was so patient with my walking frame.
a-|The district nurse visits me at {A} every other day.
a-|Can the transport come to the side gate at {A}?
a-|It's {A} - the one with the green door.
a-|Send any paperwork to my son at {A}.
a-|Please stop sending letters to {A}, my mother passed away last year.
a-|The crew took twenty minutes to find {A} as it's not on the maps.
a-|Our address is {AIE} but we're registered with a GP here.
a-|Patient lives at {ACH}.
a-|Discharged to {ACH} with no notice to the home.
e-|\n{F}\n{AM}
a-|If you need anything sent, it's {AUS}.
a-|My address abroad is {AO}.
a-l|address is {A}
a-l|my new addy {A}
a-|Address:\n{AM}
a-|The taxi was sent to {A} instead of the hospital.
a-|We're at {A}, the farm at the end of the track.
a-u|PLEASE UPDATE MY ADDRESS TO {A}
a-|I was admitted on {D} and discharged the next day.
a-|My appointment on {D} was cancelled without notice.
a-|Seen on {D} by the eye clinic.
a-|I've been waiting for a call back since {D}.
a-|DOB {DOB}
a-|(date of birth {DOB})
a-|The ambulance was called at half six on {D}.
a-|Went in on {D}, still no results.
a-l|rang on {D} still no answer
a-|My operation is booked for {D}, fingers crossed.
a-|The letter dated {D} says I missed an appointment I never got told about.
a-|From {D} to {D} I was in and out of the unit.
a-|Born {DOB}, so not a spring chicken!
a-|It was our wedding anniversary on {D} and the nurses brought us a cake.
a-|I had my knee done on {D} and I'm walking without a stick already.
a-|My scan on {D} was moved three times.
a-|D.O.B. {DOB}
a-|Date of birth: {DOB}
a-|dob - {DOB}
a-|My dad's birthday is {DOB} and they remembered it on the ward.
a-|Visit on {D}: excellent.
a-|Last seen {D}, nothing since.
a-|Attended A&E on {D} with chest pains.
a-|The crew came out on {D} and again on {D}.
a-|My little one was born on {D} on the delivery suite.
a-|I was told on {D} that someone would ring within a week.
a-l|op was on {D} n still in pain
a-|Please note I'm away from {D} so can't attend then.
a-|On {D} the heating on the ward broke and we froze.
a-|Admitted {D}, discharged {D}.
a-|Patient DOB: {DOB}
a-|Booked for {D} but nobody turned up.
a-|My nan is {AG} and sharp as a tack.
a-|At {AG} I didn't expect to be treated so well.
a-|Dad, aged {AG}, waited five hours on a trolley.
a-|She turned {AG} on the ward and the nurses sang to her.
a-|My grandmother celebrated her {AGO} birthday with you.
a-|Not bad for {AGW}!
a-|I'm {AGW} years young.
a-|A {AG} year old should not be left on the floor for four hours.
a-|My {AG}-year-old mum was treated with respect.
a-|He's {AGW} and they still spoke to him, not over him.
a-|Mum's {AGO} is next month and she's home for it.
a-l|my gran is {AG} and they were so good with her
a-|At the grand old age of {AGW}, I have seen a lot of hospitals.
a-|I am {AG} years of age and have never been treated so kindly.
a-|My father is {AG}, deaf and partially sighted, and they took their time with him.
a-|Grandma ({AG}) was discharged at midnight in her nightie.
a-|My aunt, who is {AGW}, was left without water all afternoon.
a-|I'm {AG} and live alone so the follow-up call meant a lot.
a-|He'll be {AG} in the summer and is fitter than me!
a-|My great-grandad is {AGW} and he said it was the best hospital he'd been in.
a-|Imagine leaving a {AG} year old lady in a corridor.
a-|Mam is {AG} and still does her own shopping, so she wanted to be home quick.
a-|Our neighbour, {AG} last birthday, was brought in by the crew.
a-|For a woman of {AG} the care was exemplary.
a-l|my nana is {AGW} and the crew was lovely with her
a-|We had a party for his {AGO} on the ward.
a-|Please remember that a patient aged {AG} needs help to eat.
a-|Dad's {AGO} birthday was spent on the ward but the staff made it special.
a-|We were all there for my nan's {AGO} and the nurses joined in.
a-l|my grandad had his {AGO} in here and they got him a cake
a-|Please ring me on {P} if you want to discuss this.
a-|My number is {P} and I never got a call back.
a-|Call my daughter on {P}, she deals with my appointments.
a-|Contact: {P}
a-l|txt me on {P}
a-|Mobile {P} (evenings are best).
a-|I tried ringing {P} for two days and nobody picked up.
a-|If you need my son, he's in the US on {PUS}.
a-|My sister in Australia is on {PAU} if you need to speak to her.
a-|Landline {P}, mobile {P}.
e-|\n{F}\nTel: {P}
a-|Phone me: {P}.
a-|Best number to reach me is {P}.
a-|Tel. {P}
a-|You've got my old number on file, the new one is {P}.
a-l|ring us on {P} if u need owt
a-|My US cell is {PUS}.
a-|Call {P} and ask for {G}.
a-|My husband's number is {P}, please use that.
a-|Ph: {P}
a-|You can email me at {E}.
a-|Please reply to {E}, I'd like a response this time.
a-|My email is {E} if anyone wants to follow this up.
a-l|email me {E}
a-|I sent three emails to {E} and never got a reply.
e-|\n{F} | {E}
a-|Email: {E}
a-|Please send the report to {E} rather than by post.
a-|Contact me on {E} or {P}.
a-|Get in touch at {E}.
a-|My son's email is {E}, he manages things for me.
a-l|my email {E}
a-|Postcode is {PC} for the transport.
a-|The sat nav took the driver to {PC} instead of ours.
a-|We're at {PC}, the last house on the lane.
a-l|postcode {PC}
a-|The crew couldn't find {PC} as it's a new build.
a-|Why is {PC} not covered by your service?
a-|Our postcode ({PC}) confuses every sat nav.
a-|I'm in {PC} which is apparently "out of area".
a-|Post code: {PC}
a-|They sent the ambulance to {PC} - that's the other side of town.
a-l|pc {PC}
a-|Put {PC} in the sat nav and it takes you into a field.
a-|Patient postcode {PC}.
a-|My hospital number is {H}.
a-|Hosp no {H}
a-|Unit no: {H}.
a-|MRN {H} - please check my notes.
a-|Patient number {H}.
a-|Case no. {H}
a-|Record number: {H}
a-|Ref {H}
a-|Reference: {H}
a-|Booking ref {H} was cancelled without anybody telling me.
a-|Account number {H}
a-|Claim no {H}
a-|ID {H}
a-|#{H}
a-|my number is {H} if you want to look me up
a-|{H} is my hospital number.
a-|({H} - hosp no)
a-|Hospital no:\n{H}
a-|Hosptial number {H}
a-|hosp numbr {H}
a-|Refrence {H}
a-|patinet no. {H}
a-|Your ref: {H}. Our ref: {H}.
a-l|my hosp no is {H}
a-|Please quote {H} when you reply.
a-|Patient ID {H}, transport booking {H}.
a-|The letter had the wrong number on it ({H}) - mine is {H}.
a-|Complaint reference {H}
a-|Unit number\n{H}
a-|I gave my number ({H}) three times at the desk.
a-|Hosp. No. - {H}
a-|{H} (my hospital no.)
a-|The reference on my letter is {H}.
a-|Booking reference: {H}
a-|My patient ID number is {H} if that helps.
a-|Case number {H} - still not resolved.
a-|MRN: {H}
a-|Pt no {H}
a-|Hopsital No {H}
a-|{H} - that's my case number.
a-|Transport ref {H}
a-|Job number {H} on the crew's sheet.
a-|Your system had me down as {H} but that's my husband's number.
a-|Hospital Number\n{H}
a-|record no {H} (sorry if wrong)
a-|Ur ref {H}
a-l|ref no {H}
a-|Reference number on the text message: {H}
a-|My NHS number is {NHS}.
a-|NHS no. {NHS}
a-|nhs number {NHS} if you need to check
a-|(NHS No: {NHS})
a-|{NHS} is my NHS number, they kept getting it wrong.
a-|NHS num - {NHS}
a-l|my nhs no {NHS}
a-|NHS Number: {NHS}
a-|My mum's NHS number is {NHS}.
a-|N.H.S. no {NHS}
a-|Please check NHS number {NHS} - the records are mixed up.
a-|NHS no:\n{NHS}
a-|The NHS number on the letter ({NHS}) is not mine.
a-|ZIP code {Z} if you need to send anything to the States.
a-|Zip: {Z}
a-|We're from {CZ}.
a-|Mail anything to my son's place in {CZ}.
a-|The insurance company wanted my ZIP ({Z}) even though I'm covered here.
a-|Home is {CZ}, but we were on vacation.
a-|My zip code is {Z}.
a-l|zip {Z}
a-|Please bill my travel insurer, we're in {CZ}.
a-|My dad {FM}, {AG}, from {TU}, was treated brilliantly.
a-|{F}, DOB {DOB}, hospital number {H}.
a-|Patient: {F}\nDOB: {DOB}\nNHS no: {NHS}
a-|My mum {GF} lives at {ACH} and is {AG}.
a-|Please contact {G} on {P} or at {E}.
a-|{G} from the {TU} crew was great.
a-|We drove from {TU} on {D} for my appointment with Dr {S}.
a-|My husband {GM} ({AG}) was taken from {A} by ambulance.
a-|{G} and {G} came out from {TU} to us.
a-|Nurse {G} rang me on {P} the next day to check on me.
a-|My daughter {GF} lives in {TA} and wants updates on {E}.
a-|Name: {F}\nHosp no: {H}
a-|{F} - NHS {NHS} - ward transfer never happened.
a-|Thank you to {G} who drove me home to {TU}.
a-|Dr {S} in {TU} referred me and I was seen within a fortnight.
a-|Not many people get to {AG}, I know I'm lucky.
a-|Mum ({GF}, {AGW}) was treated so kindly.
a-|{G} from {TC} made me feel at home.
a-|My son {GM} flew in from {TUS} when he heard.
a-|Ask {GF} at {ACH} - she'll tell you how good you were.
a-|Write to {F}, {A}.
a-|{F}\n{A}\n{P}
a-|The crew, {G} and {G}, came from {TU} on {D}.
a-|My ref is {H} and my postcode is {PC}.
a-|Nana {GF} turned {AG} on {D}.
a-|{G} rang from {P} to say the transport was cancelled.
a-|Contact {F} on {P}.
a-|I live in {TU} ({PC}).
a-|We came down from {TC} - our son {GM} was born here.
a-|{F}, {A}, NHS number {NHS}.
a-|My carer {G} can be reached on {P}.
a-|Collected by {G} from {TU} at seven.
a-|My late wife {FF} was {AG} when she passed away here.
a-|Visiting my grandad {GM} from {TA}.
a-|{GF}'s email is {E} - she's my next of kin.
a-|Patient {FF} (hospital number {H}) was sent home without her medication.
a-|From {F}, {TU}.
a-|Thanks {G} and {G} from {F} in {TU}
a-l|{G} from {TU} was lush
a-|Dear {G}, it was lovely to meet you on {D}.
a-|My husband {FM} and I travelled from {TW} for the appointment.
a-|{GF} and her colleague {G} were based at the {TU} clinic.
a-|Our address is {A}, phone {P}.
a-|Please ring {GF} on {PAU} - she's my daughter in Australia.
a-|{F}, {AG}, of {ACH}.
a-|Transport from {A} to the clinic and back: no problems, driver {G}.
a-|My uncle {GM} is over from {TUS} and was taken ill.
"""

DECOYS = r"""
I will be recommending you to everyone I know.
Hope to never need you again, but glad you were there.
She handled a difficult situation with such grace.
The reading on the machine was high so they sent me straight through.
The nurses helped me have a bath, which I hadn't managed in weeks.
They didn't march us out of the door, they took their time.
It's not a car boot sale, stop charging so much for parking.
You may want to look at the waiting times.
It was a sunny day and they wheeled me outside for some fresh air.
The bill for parking was more than my taxi.
We got the all clear in the end, what a joy.
I have faith in the team now.
Got there at dawn and still waited hours.
Mark my words, I'll be back with a box of chocolates.
The rose garden outside the unit is lovely.
To be frank, the food was awful.
They have the patience of a saint, every single one of them.
Summer is the worst time to be stuck on a hot ward.
Reading the leaflet first helped a lot.
A hot bath and a cup of tea afterwards, lovely.
The physio said I may be walking by the weekend.
Don't march in and ask the same questions the last person asked.
It was a battle to get seen at all.
They settle you in nicely.
Chance would be a fine thing, getting a parking space.
The gift shop was shut.
Such a blessing to have this service.
Have mercy on the poor receptionists, they get it in the neck.
Precious little information was given.
Holly and tinsel all over the ward at Christmas cheered me up.
I'd have a penny for every time I was told five more minutes.
The sky was dark by the time the ambulance arrived.
Sage advice from the pharmacist.
A robin on the windowsill made my mum's day.
A grace period on the parking would help.
The will to carry on came back thanks to this service.
Hope springs eternal.
There's a sale of cakes in the foyer on Fridays which is nice.
Had a bath and felt human again.
I may have been grumpy but they were kind.
Sunny disposition on the front desk.
My blood pressure reading was taken every hour.
Will ring again if needed.
We hope you keep up the good work.
They said the March appointments were all gone, so I waited.
Will definitely come back if I need to.
May I say thank you to everyone.
The baby's bath time lesson was really useful.
Couldn't deal with the noise at night.
Parking on the street was the only option.
Just hope they sort the car park out.
Reading between the lines, they are short staffed.
I will say the food has improved.
We were told we may have to wait, and we did.
A sunny room with a view made such a difference.
Grace and kindness from start to finish.
Ruby wedding anniversary spent in A&E, not ideal.
The ward was as warm as a sauna, frankly.
Hope you get more staff soon.
The bath chair was broken for a week.
Will you please fix the vending machine.
"""

SLOT_TYPES = {
    "G": ["NAME"], "GF": ["NAME"], "GM": ["NAME"], "F": ["NAME"], "FF": ["NAME"],
    "FM": ["NAME"], "S": ["NAME"], "I": ["NAME"], "W": ["NAME"], "WF": ["NAME"],
    "WM": ["NAME"], "K": ["NAME"], "KF": ["NAME"], "KM": ["NAME"], "WS": ["NAME"],
    "T": ["TOWN"], "TU": ["TOWN"], "TW": ["TOWN"], "TC": ["TOWN"], "CO": ["TOWN"],
    "TA": ["TOWN"], "TUS": ["TOWN"],
    "A": ["ADDRESS"], "AM": ["ADDRESS"], "ACH": ["ADDRESS"], "AIE": ["ADDRESS"],
    "AUS": ["ADDRESS"], "AO": ["ADDRESS"],
    "D": ["DATE"], "DOB": ["DATE"],
    "AG": ["AGE_OVER_89"], "AGW": ["AGE_OVER_89"], "AGO": ["AGE_OVER_89"],
    "P": ["PHONE"], "PUS": ["PHONE"], "PAU": ["PHONE"],
    "E": ["EMAIL"], "PC": ["POSTCODE"], "H": ["HOSPITAL_NUMBER"], "NHS": ["NHS_NUMBER"],
    "Z": ["ZIP"], "CZ": ["TOWN", "ZIP"],
}
SLOT_RE = re.compile(r"\{([A-Z]+)\}")
GENDER_OF = {"G": None, "GF": "f", "GM": "m", "F": None, "FF": "f", "FM": "m",
             "W": None, "WF": "f", "WM": "m", "K": None, "KF": "f", "KM": "m"}


def parse_frames(block):
    frames = []
    for line in block.split("\n"):
        if not line.strip():
            continue
        head, tmpl = line.split("|", 1)
        assert head in ("a-", "a-l", "a-u", "s-", "e-", "i-"), line
        pos, style = head[0], (head[2] if len(head) == 3 else "-")
        tmpl = tmpl.replace("\\n", "\n")
        slots = SLOT_RE.findall(tmpl)
        for sl in slots:
            assert sl in SLOT_TYPES, (sl, line)
        types = Counter()
        for sl in slots:
            for t in SLOT_TYPES[sl]:
                types[t] += 1
        frames.append({"n": len(frames), "pos": pos, "style": style, "tmpl": tmpl,
                       "slots": slots, "types": types, "size": sum(types.values())})
    return frames


def case_of(rng, etype):
    x = rng.random()
    if etype == "NAME":
        return "as" if x < 0.72 else ("lower" if x < 0.94 else "upper")
    if etype in ("TOWN", "ADDRESS"):
        return "as" if x < 0.84 else ("lower" if x < 0.98 else "upper")
    if etype == "DATE":
        return "as" if x < 0.88 else "lower"
    if etype == "EMAIL":
        return "as" if x < 0.92 else "upper_first"
    return "as"


def apply_case(s, how):
    if how == "lower":
        return s.lower()
    if how == "upper":
        return s.upper()
    if how == "upper_first":
        return s[:1].upper() + s[1:]
    return s


def render_slot(g, code):
    """Return a list of (text, type-or-None) segments for one slot."""
    r = g.r
    if code in ("G", "GF", "GM"):
        return [(g.given(GENDER_OF[code]), "NAME")]
    if code in ("F", "FF", "FM"):
        return [(g.full(GENDER_OF[code]), "NAME")]
    if code == "S":
        return [(g.surname(), "NAME")]
    if code == "I":
        return [(g.initials(), "NAME")]
    if code in ("W", "WF", "WM"):
        return [(g.word_name(GENDER_OF[code]), "NAME")]
    if code == "WS":
        return [(g.word_name() + " " + g.surname(), "NAME")]
    if code in ("K", "KF", "KM"):
        return [(g.nickname(GENDER_OF[code]), "NAME")]
    if code == "T":
        return [(g.town_any(), "TOWN")]
    if code == "TU":
        return [(g.town_uk() if r.random() < 0.85 else g.town_word(), "TOWN")]
    if code == "TW":
        return [(g.town_word(), "TOWN")]
    if code == "TC":
        return [(g.town_celtic(), "TOWN")]
    if code == "CO":
        return [(g.county(), "TOWN")]
    if code == "TA":
        return [(g.town_abroad(), "TOWN")]
    if code == "TUS":
        city, state, st = g.us_city()
        tail = g.pick([", " + state, ", " + st, " " + state, ", " + st])
        return [(city, "TOWN"), (tail, None)]
    if code == "CZ":
        city, state, st = g.us_city()
        return [(city, "TOWN"), (g.pick([", " + st + " ", " " + st + " ", ", " + st + ", "]), None),
                (g.zipcode(), "ZIP")]
    if code == "A":
        return [(g.address_uk(), "ADDRESS")]
    if code == "AM":
        return [(g.address_uk(sep="\n"), "ADDRESS")]
    if code == "ACH":
        return [(g.care_home(), "ADDRESS")]
    if code == "AIE":
        return [(g.address_ie(), "ADDRESS")]
    if code == "AUS":
        return [(g.address_us(), "ADDRESS")]
    if code == "AO":
        return [(g.address_other(), "ADDRESS")]
    if code == "D":
        return [(g.date(), "DATE")]
    if code == "DOB":
        return [(g.date(dob=True), "DATE")]
    if code == "AG":
        return [(g.age(), "AGE_OVER_89")]
    if code == "AGW":
        return [(g.age_words(), "AGE_OVER_89")]
    if code == "AGO":
        return [(g.age_ordinal(), "AGE_OVER_89")]
    if code == "P":
        return [(g.phone_uk(), "PHONE")]
    if code == "PUS":
        return [(g.phone_us(), "PHONE")]
    if code == "PAU":
        return [(g.phone_au(), "PHONE")]
    if code == "E":
        return [(g.email(), "EMAIL")]
    if code == "PC":
        return [(g.postcode(), "POSTCODE")]
    if code == "H":
        return [(g.hosp(), "HOSPITAL_NUMBER")]
    if code == "NHS":
        return [(g.nhs(), "NHS_NUMBER")]
    if code == "Z":
        return [(g.zipcode(), "ZIP")]
    raise KeyError(code)


def render_frame(g, frame, gender=None):
    """Render a frame; gender ("f"/"m") fixes the sex of its ungendered names."""
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(frame["tmpl"]):
        if m.start() > pos:
            segs.append((frame["tmpl"][pos:m.start()], None))
        code = m.group(1)
        if gender and code in ("G", "F", "W", "K"):
            code = code + gender.upper()
        for text, et in render_slot(g, code):
            if code == "I":
                pass  # initials keep their capitals
            elif et is not None and not (et == "TOWN" and text in WORD_TOWNS):
                # a town that is also a word keeps its capital unless the
                # whole frame is written in lower case
                text = apply_case(text, case_of(g.r, et))
            segs.append((text, et))
        pos = m.end()
    if pos < len(frame["tmpl"]):
        segs.append((frame["tmpl"][pos:], None))
    if frame["style"] == "l":
        segs = [(t.lower(), et) for t, et in segs]
    elif frame["style"] == "u":
        segs = [(t.upper(), et) for t, et in segs]
    return segs


# ---------------------------------------------------------------------------
# Reading and selecting the real comments
# ---------------------------------------------------------------------------

def read_comments():
    rows = []
    p1 = os.path.join(DATA_DIR, "fft_phase1.csv")
    with open(p1, encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            rows.append({"id": "fft1:%d" % i, "raw": r["feedback"] or "",
                         "pos": i, "row_index": (r.get("row_index") or "").strip()})
    p2 = os.path.join(DATA_DIR, "fft_phase2_v6framework.csv")
    with open(p2, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            rows.append({"id": "fft2:" + r["Comment ID"], "raw": r["FFT answer"] or "",
                         "pos": None, "row_index": None})
    return rows


def excluded_ids():
    ids = []
    for name in EXCLUDE_SETS:
        with open(os.path.join(ROOT, "evaluation", "data", name), encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.append(json.loads(line)["id"])
    return ids


TOKEN_RE = re.compile(r"[^\W\d_]+")
EXTRA_NAMES = ["sarah", "john", "mary", "david", "paul", "michael", "james", "peter",
               "susan", "linda", "karen", "lisa", "michelle", "tracey", "sharon", "julie",
               "claire", "emma", "lucy", "katie", "rachel", "helen", "angela", "andrea",
               "natasha", "chris", "christopher", "steve", "stephen", "richard", "robert",
               "william", "thomas", "daniel", "matthew", "matt", "andrew", "andy", "anne",
               "jane", "jo", "joanne", "nicky", "nicola", "vicky", "victoria", "jen",
               "jenny", "jennifer", "alex", "sam", "tina", "faye", "fay", "catherine",
               "kate", "yvonne", "scott", "marie", "lesley", "gaynor", "dianne", "diane",
               "zoe", "louise", "lynn", "mandy", "kerry", "phil", "darren", "jan",
               "vanessa", "karen", "kayleigh", "jenna", "rita", "suzanne", "adrian",
               "hayley", "megan", "roger", "tony", "ian", "simon", "mike", "dave",
               "gary", "kevin", "lee", "carl", "neil", "alan", "brian", "colin",
               "graham", "martin", "barry", "sue", "pat", "pam", "bev", "liz", "beth",
               "amy", "laura", "sophie", "jess", "jessica", "chloe", "charlotte",
               "hannah", "amanda", "donna", "wendy", "gill", "jackie", "carol", "debbie",
               "sandra", "pauline", "margaret", "jean", "joan", "sheila", "brenda",
               "kath", "kathy", "ben", "tom", "tim", "nick", "rob", "bob", "jim",
               "jimmy", "joe", "george", "harry", "jack", "charlie", "mohammed",
               "ahmed", "ali", "patel", "smith", "jones", "taylor", "brown", "williams",
               "wilson", "johnson", "davies", "evans", "thomas", "roberts", "walker",
               "wright", "robinson", "thompson", "hughes", "edwards", "green", "hall",
               "wood", "jackson", "clarke", "lewis", "harris", "scott", "turner",
               "schofield", "scofield", "nixon", "kingsley", "highbury", "millbrook",
               "durham", "newcastle", "sunderland", "nottingham", "northampton",
               "kettering", "leicester", "mansfield", "loughborough", "bassetlaw",
               "rampton", "cramlington", "melton", "southwell", "glenfield", "angus"]
MANUAL_WORDY = ["will", "hope", "grace", "joy", "faith", "dawn", "rose", "sunny",
                "summer", "jack", "mark", "bill", "amber", "ivy", "precious", "blessing",
                "patience", "comfort", "mercy", "gift", "hazel", "robin", "penny", "sky",
                "victory", "holly", "ruby", "destiny", "chance", "honour", "sterling",
                "goodness", "lovely", "reading", "bath", "march", "sale", "deal",
                "street", "battle", "ware", "settle", "wells", "stone", "flint", "mold",
                "sandwich", "bury", "rugby", "wool", "hull", "may", "june", "april",
                "wood", "hill", "fox", "bird", "moss", "steel", "bell", "knight",
                "marsh", "fields", "sparrow", "lamb", "gates", "brook", "green", "hall",
                "brown", "mobile", "buffalo", "providence", "washington", "stanley",
                "pat", "sue", "bob", "rob", "bev", "jo", "gill", "kath", "tim", "nick",
                "ben", "tom", "jan", "dot", "mo", "del", "fi", "kel", "mags", "lee",
                "bay", "green", "eugene", "scott", "faye", "fay", "jen"]
START_OK = ["will", "may", "hope", "reading", "chance", "summer", "street", "deal",
            "battle", "settle", "bill", "mark"]
CAP_WHITELIST = ["i", "nhs", "gp", "gps", "a", "e", "ok", "tv", "tvs", "covid", "cpn",
                 "cpns", "ot", "ots", "cbt", "camhs", "cahms", "hca", "hcas", "mri", "ct",
                 "ppe", "uti", "copd", "adhd", "ptsd", "asap", "mh", "mdt", "icu", "itu",
                 "ecg", "ae", "dr", "drs", "x", "monday", "tuesday", "wednesday",
                 "thursday", "friday", "saturday", "sunday", "january", "february",
                 "april", "june", "july", "august", "september", "october", "november",
                 "december", "christmas", "english", "british", "easter", "asd", "ocd",
                 "bpd", "dbt", "emdr", "pts", "ms", "ed", "ent", "ipad", "wifi", "wi",
                 "fi", "uk", "ve", "ll", "re", "m", "d", "s", "t", "ect", "cmht"]
TITLE_CAP_RE = re.compile(r"\b(?i:mr|mrs|ms|miss|dr|doctor|nurse|sister|prof|professor|"
                          r"matron|sr|staff nurse)\.?\s+[A-Z]")
TITLE_ANY_RE = re.compile(r"(?i)\b(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]")
DROP_RES = [
    re.compile(r"\d{3,}"),
    re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}"),
    re.compile(r"(?i)\d+\s*(?:st|nd|rd|th)\b"),
    re.compile(r"@"),
    re.compile(r"(?i)https?://|www\.|\.(?:com|co\.uk|org|net|uk)\b"),
    re.compile(r"(?i)x{3,}|\*{2,}|[\[\]{}<>()#]"),
    re.compile(r"\b(?:NAME|REDACTED|PERSON|REMOVED|ANONYMISED|ANONYMIZED)\b"),
]


def lexicon_tokens():
    entries = []
    for o in GIVEN_ORIGINS:
        entries += GIVEN[o][0] + GIVEN[o][1]
        entries += SURNAME[o]
    for pair in (WORD_NAMES, NICKNAMES, TYPO_NAMES, NATIVE_ORDER):
        entries += pair[0] + pair[1]
    entries += WORD_SURNAMES + DOUBLE_SURNAMES + FEMALE_SURNAMES
    entries += UK_TOWNS + WORD_TOWNS + CELTIC_TOWNS + COUNTIES + ABROAD
    entries += [c for c, _s, _a in US_CITIES] + IRISH_TOWNS_PLAIN + IRISH_COUNTIES
    entries += EXTRA_NAMES
    return entries


def build_filters(all_texts):
    low_count = Counter()
    for t in all_texts:
        for w in TOKEN_RE.findall(t):
            if w == w.lower():
                low_count[w] += 1
    wordy = set(MANUAL_WORDY)
    strict = set()
    for entry in lexicon_tokens():
        toks = TOKEN_RE.findall(entry)
        for tok in toks:
            for form in sorted({tok.lower(), ascii_fold(tok).lower()}):
                if len(form) < 2:
                    continue
                if form in wordy or low_count[form] >= 3:
                    if len(toks) == 1:
                        wordy.add(form)
                else:
                    strict.add(form)
    return low_count, strict, wordy


def keep_comment(t, low_count, strict, wordy):
    if not (20 <= len(t) <= 700):
        return False
    for rx in DROP_RES:
        if rx.search(t):
            return False
    if TITLE_CAP_RE.search(t) or TITLE_ANY_RE.search(t):
        return False
    letters = [c for c in t if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return False
    for m in TOKEN_RE.finditer(t):
        w = m.group(0)
        lw = w.lower()
        if lw in strict or ascii_fold(lw) in strict:
            return False
        if w[0].isupper():
            before = t[:m.start()].rstrip()
            start = (not before) or before[-1] in ".!?:;\n\"-"
            if lw in wordy and not (start and lw in START_OK):
                return False
            if lw not in CAP_WHITELIST and low_count[lw] < 3:
                return False
    return True


def select(rng):
    rows = read_comments()
    excl = excluded_ids()
    excl_set = set(excl)
    excl_p1 = set(i.split(":", 1)[1] for i in excl if i.startswith("fft1:"))
    excluded_rows = []
    for r in rows:
        if r["id"] in excl_set:
            excluded_rows.append(r)
        elif r["pos"] is not None and (str(r["pos"]) in excl_p1 or r["row_index"] in excl_p1):
            excluded_rows.append(r)
    excl_texts = set(r["raw"].strip() for r in excluded_rows)
    excluded_ids_all = set(r["id"] for r in excluded_rows)
    low_count, strict, wordy = build_filters([r["raw"] for r in rows])
    seen = set()
    pool = []
    counts = Counter()
    for r in rows:
        t = r["raw"].strip()
        if not t:
            counts["empty"] += 1
            continue
        if t in seen:
            counts["duplicate"] += 1
            continue
        seen.add(t)
        if r["id"] in excluded_ids_all or t in excl_texts:
            counts["excluded"] += 1
            continue
        if not (20 <= len(t) <= 700):
            counts["length"] += 1
            continue
        if not keep_comment(t, low_count, strict, wordy):
            counts["may_hold_details"] += 1
            continue
        pool.append({"id": r["id"], "original": t})
    counts["pool"] = len(pool)
    counts["rows"] = len(rows)
    chosen = rng.sample(pool, N_RECORDS)
    return chosen, counts


# ---------------------------------------------------------------------------
# Planting
# ---------------------------------------------------------------------------

ROLE_RE = re.compile(r"(?i)\b(?:nurse|doctor|paramedic|driver|receptionist|physio|"
                     r"physiotherapist|consultant|midwife|carer|porter|surgeon|therapist|"
                     r"psychiatrist|pharmacist|radiographer|health visitor|care coordinator|"
                     r"social worker|dentist|counsellor|key worker|support worker|"
                     r"psychologist|technician|call handler|practitioner|lady|gentleman|"
                     r"young man|man|girl|guy|chap|lad|operator|call taker|agent|advisor|"
                     r"adviser|clinician|crew member|cleaner|assistant|staff member|"
                     r"worker|specialist)\b")
ROLE_NEXT_BAD = set(["practitioner", "practitioners", "specialist", "station", "led",
                     "manager", "team", "staff", "surgery", "practice", "appointment",
                     "appointments", "service", "services", "call", "visits", "visit",
                     "assistant", "assistants", "associate", "unit", "clinic", "referral",
                     "receptionist", "review", "rounds", "round", "prescribing",
                     "consultation", "s", "in", "of", "lead", "training", "trainee",
                     "education", "input", "support", "students", "student", "time"])
ROLE_PREV_OK = set(["the", "my", "our", "this", "that", "one", "lovely", "kind", "nice", "a", "an",
                    "very", "helpful", "polite", "caring", "excellent", "amazing", "gentle",
                    "friendly", "rude", "young", "male", "female", "student", "senior",
                    "your", "his", "her", "first", "second", "other", "last", "community",
                    "district", "specialist", "staff", "new", "main", "lead", "great",
                    "fantastic", "brilliant", "wonderful", "named", "particular", "mental",
                    "ambulance", "transport"])


def boundaries(text):
    out = []
    for m in re.finditer(r"(?<=[.!?])\s+|\n+", text):
        p = m.end()
        if 0 < p < len(text):
            out.append(p)
    return sorted(set(out))


def role_positions(text):
    out = []
    for m in ROLE_RE.finditer(text):
        before = TOKEN_RE.findall(text[:m.start()])
        if not before or before[-1].lower() not in ROLE_PREV_OK:
            continue
        after = TOKEN_RE.findall(text[m.end():m.end() + 30])
        if after and after[0].lower() in ROLE_NEXT_BAD:
            continue
        if m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] in "'’"):
            continue
        out.append(m.end())
    return out


def plan_ks(rng, n):
    ks = [0] * 25 + [1] * 150 + [2] * 165 + [3] * 110 + [4] * 50
    assert len(ks) == n
    rng.shuffle(ks)
    return ks


def choose_frames(rng, frames, usage, placed, k, original):
    chosen = []
    n = 0
    have_s = have_e = False
    roles = role_positions(original)
    n_inline = 0
    pending = Counter()
    blocked = set()
    while n < k:
        remaining = k - n
        deficits = {t: AIMS[t] - placed[t] - pending[t] for t in TYPES}
        cand_types = [t for t in TYPES if deficits[t] > 0 and t not in blocked]
        if not cand_types:
            break
        if roles and n_inline == 0 and deficits["NAME"] > 0 and rng.random() < 0.8:
            # a name straight after a staff role of the real comment
            inl = [f for f in frames if f["pos"] == "i" and f["size"] <= remaining
                   and deficits["NAME"] >= f["size"]]
            if inl:
                least = min(usage[f["n"]] for f in inl)
                best = [f for f in inl if usage[f["n"]] == least]
                f = best[rng.randrange(len(best))]
                usage[f["n"]] += 1
                chosen.append(f)
                n += f["size"]
                pending.update(f["types"])
                n_inline += 1
                continue
        weights = [deficits[t] / AIMS[t] for t in cand_types]
        x = rng.random() * sum(weights)
        acc = 0.0
        t_pick = cand_types[-1]
        for t, w in zip(cand_types, weights):
            acc += w
            if x < acc:
                t_pick = t
                break
        cands = []
        for f in frames:
            if f["types"][t_pick] == 0 or f["size"] > remaining:
                continue
            if f["pos"] == "s" and have_s:
                continue
            if f["pos"] == "e" and have_e:
                continue
            if f["pos"] == "i" and n_inline >= min(1, len(roles)):
                continue
            if any(deficits[u] < c for u, c in f["types"].items()):
                continue
            cands.append(f)
        if not cands:
            blocked.add(t_pick)
            continue
        least = min(usage[f["n"]] for f in cands)
        best = [f for f in cands if usage[f["n"]] == least]
        f = best[rng.randrange(len(best))]
        usage[f["n"]] += 1
        chosen.append(f)
        n += f["size"]
        pending.update(f["types"])
        if f["pos"] == "s":
            have_s = True
        elif f["pos"] == "e":
            have_e = True
        elif f["pos"] == "i":
            n_inline += 1
    if k > 0 and not chosen:
        # quotas spent: one single-name frame rather than a record with none
        cands = [f for f in frames if f["size"] == 1 and f["types"]["NAME"] == 1
                 and f["pos"] in "ae"]
        least = min(usage[f["n"]] for f in cands)
        best = [f for f in cands if usage[f["n"]] == least]
        f = best[rng.randrange(len(best))]
        usage[f["n"]] += 1
        chosen.append(f)
        pending.update(f["types"])
    placed.update(pending)
    return chosen, roles


def assemble(rng, g, original, chosen, roles, decoys):
    """Insert rendered frames and decoys into the original; return text, entities."""
    ops = []  # (pos, rank, seq, segments)
    bnd = boundaries(original)
    role_pool = list(roles)
    rng.shuffle(role_pool)
    seq = 0

    def after(last):
        # what follows a frame put before real text: nothing after a line
        # break, a full stop or a line break after a bare word or number
        if last.endswith((" ", "\n")):
            return ""
        if last[-1:].isalnum():
            return g.pick([". ", "\n", ". ", " - "])
        return g.pick([" ", " ", " ", "\n"])

    items = [("frame", f) for f in chosen] + [("decoy", d) for d in decoys]
    inline_at = {}
    for kind, item in items:
        if kind == "frame" and item["pos"] == "i":
            inline_at[id(item)] = role_pool.pop()
    for kind, item in items:
        seq += 1
        if kind == "frame":
            gender = None
            if item["pos"] == "i":
                # a name put after a staff role agrees with the pronouns after it
                at = inline_at[id(item)]
                ahead = original[at:at + 120].lower()
                fem = bool(re.search(r"\b(?:she|her|hers|herself)\b", ahead))
                masc = bool(re.search(r"\b(?:he|his|him|himself)\b", ahead))
                if fem != masc:
                    gender = "f" if fem else "m"
                role = original[:at].lower()
                if re.search(r"\b(?:lady|girl)$", role):
                    gender = "f"
                elif re.search(r"\b(?:man|gentleman|guy|chap|lad)$", role):
                    gender = "m"
            segs = render_frame(g, item, gender)
            pos = item["pos"]
            style = item["style"]
        else:
            segs = [(item, None)]
            pos = "a"
            style = "-"
        first = segs[0][0]
        last = segs[-1][0]
        if pos == "s":
            ops.append((0, -1, seq, segs + [(after(last), None)]))
        elif pos == "e":
            lead = "" if first.startswith((" ", "\n")) else " "
            ops.append((len(original), 2, seq, [(lead, None)] + segs))
        elif pos == "i":
            ops.append((inline_at[id(item)], 1, seq, segs))
        else:
            x = rng.random()
            if x < 0.22 and not first.startswith("\n"):
                ops.append((0, 0, seq, segs + [(after(last), None)]))
            elif x < 0.55 and bnd and not first.startswith("\n"):
                ops.append((g.pick(bnd), 1, seq, segs + [(after(last), None)]))
            else:
                if first.startswith("\n"):
                    lead = ""
                elif style == "l":
                    lead = " "
                else:
                    lead = None  # decided below from the character before it
                ops.append((len(original), 1, seq, [(lead, None)] + segs))
    ops.sort(key=lambda o: (o[0], o[1], o[2]))
    text_parts = []
    entities = []
    cur = 0
    length = 0
    for p, _rank, _seq, segs in ops:
        chunk = original[cur:p]
        text_parts.append(chunk)
        length += len(chunk)
        cur = p
        for s, et in segs:
            if s is None:
                prev = "".join(text_parts)[-1:]
                if prev.isalnum():
                    s = g.pick([". ", " ", "\n", ". "])
                elif prev in ".!?":
                    s = g.pick([" ", " ", " ", "\n", "\n\n"])
                else:
                    s = " " if not prev.isspace() else ""
            if et is not None:
                entities.append({"start": length, "end": length + len(s), "type": et,
                                 "value": s, "profiles": profiles(et)})
            text_parts.append(s)
            length += len(s)
    text_parts.append(original[cur:])
    return "".join(text_parts), entities


def is_subsequence(small, big):
    it = iter(big)
    return all(c in it for c in small)


def validate(rec):
    text = rec["text"]
    assert rec["original"] and rec["original"] == rec["original"].strip()
    assert is_subsequence(rec["original"], text), rec["id"]
    last_end = -1
    for e in rec["entities"]:
        assert e["type"] in TYPES
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert text[e["start"]:e["end"]] == e["value"], (rec["id"], e)
        assert e["value"] == e["value"].strip() and e["value"]
        assert e["start"] >= last_end, ("overlap", rec["id"])
        last_end = e["end"]
        assert e["profiles"] == profiles(e["type"])
        if e["type"] == "NHS_NUMBER":
            d = re.sub(r"\D", "", e["value"])
            assert len(d) == 10
            total = sum(int(d[i]) * (10 - i) for i in range(9))
            chk = (11 - total % 11) % 11
            assert chk != 10 and chk == int(d[9]), e
        if e["type"] == "EMAIL":
            assert re.search(r"@(?:[a-z]+\.)?example\.(?:com|org|net|co\.uk)$", e["value"].lower()), e
        if e["type"] == "PHONE":
            digits = re.sub(r"\D", "", e["value"])
            ok = (re.search(r"7700900\d{3}$", digits) or re.search(r"(113|161|117)4960\d{3}$", digits)
                  or re.search(r"2079460\d{3}$", digits) or re.search(r"55501\d\d$", digits)
                  or re.search(r"49157\d{4}$", digits))
            assert ok, e


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    frames = parse_frames(FRAMES)
    decoys = [d.strip() for d in DECOYS.split("\n") if d.strip()]
    chosen_rows, sel_counts = select(rng)
    ks = plan_ks(rng, len(chosen_rows))
    # decoy sentences: each used once, spread over the records
    decoy_for = [[] for _ in chosen_rows]
    for d in decoys:
        decoy_for[rng.randrange(len(chosen_rows))].append(d)
    usage = [0] * len(frames)
    placed = Counter()
    records = []
    for row, k, dec in zip(chosen_rows, ks, decoy_for):
        original = row["original"]
        chosen, roles = choose_frames(rng, frames, usage, placed, k, original)
        text, ents = assemble(rng, g, original, chosen, roles, dec)
        rec = {"id": row["id"], "text": text, "original": original, "entities": ents}
        validate(rec)
        records.append(rec)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == N_RECORDS
    info = {"selection": sel_counts, "frames_written": len(frames),
            "frames_used": sum(1 for u in usage if u), "frame_uses": sum(usage),
            "decoys": len(decoys), "usage": usage, "frames": frames}
    return records, info


def stats(records, info):
    c = Counter()
    per = Counter()
    for r in records:
        for e in r["entities"]:
            c[e["type"]] += 1
        per[len(r["entities"])] += 1
    out = []
    out.append("records %d" % len(records))
    out.append("selection " + ", ".join("%s=%d" % (k, info["selection"][k])
                                        for k in sorted(info["selection"])))
    out.append("sources fft1=%d fft2=%d" % (sum(r["id"].startswith("fft1:") for r in records),
                                             sum(r["id"].startswith("fft2:") for r in records)))
    out.append("entities %d" % sum(c.values()))
    for t in TYPES:
        out.append("  %-16s %4d  (aim %d)" % (t, c[t], AIMS[t]))
    out.append("entities per record " + ", ".join("%d:%d" % (k, per[k]) for k in sorted(per)))
    fr = info["frames"]
    out.append("frames written %d (a=%d s=%d e=%d i=%d; lower %d, capitals %d), used %d, uses %d"
               % (info["frames_written"], sum(f["pos"] == "a" for f in fr),
                  sum(f["pos"] == "s" for f in fr), sum(f["pos"] == "e" for f in fr),
                  sum(f["pos"] == "i" for f in fr), sum(f["style"] == "l" for f in fr),
                  sum(f["style"] == "u" for f in fr), info["frames_used"], info["frame_uses"]))
    out.append("decoy sentences %d (no entity)" % info["decoys"])
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print counts, write nothing")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    records, info = build()
    if args.stats:
        print(stats(records, info))
        return
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), args.out))


if __name__ == "__main__":
    main()
