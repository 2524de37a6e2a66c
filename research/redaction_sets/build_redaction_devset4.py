#!/usr/bin/env python
"""Build redaction development set 4 (``evaluation/data/redaction_devset4.jsonl``).

500 real NHS Friends and Family Test comments (250 per phase) with invented personal
details planted into them by hand-written carrier sentences.  Every planted detail is
labelled with its exact span, type and redaction profiles.

Written independently: nothing under ``cxnlp/``, ``tests/``, ``scripts/``,
``evaluation/redaction.py`` or the other builders in ``research/redaction_sets/`` was
opened, imported or run, and the redactor was never run on this set.  Of the other
redaction sets only the ``id`` of each line is read (to leave those comments out).

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset4.py

All randomness comes from one ``random.Random(seed)``; the output is byte-identical on
rerun.  ``check()`` validates the result before anything is written.
"""
from __future__ import annotations

import argparse
import csv
import datetime as _dt
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 20261206
N_PER_PHASE = 250

PROFILES_ALL = ["standard", "hipaa_safe_harbor"]
PROFILES_HIPAA = ["hipaa_safe_harbor"]
HIPAA_ONLY = {"DATE", "AGE_OVER_89", "TOWN"}

# Targets; check() asserts each one as a minimum.
TARGETS = {
    "NAME": 480,
    "ADDRESS": 130,
    "DATE_OF_BIRTH": 90,
    "HOSPITAL_NUMBER": 80,
    "PHONE": 70,
    "TOWN": 70,
    "DATE": 50,
    "EMAIL": 45,
    "NHS_NUMBER": 45,
    "AGE_OVER_89": 45,
    "ZIP": 40,
    "POSTCODE": 35,
    "URL": 20,
}
MIN_TOTAL = 1100

# ---------------------------------------------------------------------------
# Word lists (all written for this script)
# ---------------------------------------------------------------------------

FEMALE = """
Sarah Emma Claire Helen Joanne Kirsty Lauren Chloe Megan Hannah Gemma Lisa Tracey Janet
Pauline Brenda Maureen Sandra Shirley Lorraine Jodie Stacey Kayleigh Abigail Eleanor
Harriet Imogen Phoebe Isla Poppy Siobhan Aoife Niamh Caoimhe Róisín Orla Saoirse Gráinne
Bríd Mairéad Cerys Angharad Bethan Carys Ffion Nia Rhiannon Sioned Eleri Gwenllian Morag
Eilidh Kirsteen Ishbel Catriona Mhairi Priya Anjali Sunita Nasreen Farzana Shabana
Harpreet Gurpreet Manjit Deepika Lakshmi Rukhsana Shazia Parveen Kavita Adaeze Chiamaka
Ngozi Funmilayo Yewande Abena Akosua Efua Folake Nneka Bisola Agnieszka Katarzyna
Małgorzata Zofia Irina Oksana Ewelina Dorota Milena Jana Lenka Ioana Raluca Daiva Mei
Yan Jing Wen Xiaoling Qian Ling Fatima Aisha Mariam Layla Noor Huda Amira Rania Yasmin
Salma Marcia Sonia Paulette Hyacinth Claudette Jacqueline Merline Winsome Patsy
""".split() + ["Li Na", "Hui Min", "Xiu Ying", "Anne-Marie", "Mary-Kate"]

MALE = """
David Paul Gary Steven Darren Craig Wayne Keith Trevor Colin Dennis Barry Graham Nigel
Callum Kieran Liam Jordan Tyler Alfie Harvey Oliver Stanley Reg Ernest Clifford Ciarán
Oisín Pádraig Seán Declan Eoin Cathal Tadhg Fergal Donal Rhys Dafydd Gethin Iwan Emyr
Gareth Huw Aled Geraint Llŷr Hamish Angus Ruaridh Fraser Euan Alasdair Rajesh Sanjay
Imran Tariq Harjit Gurdeep Arjun Vikram Mohammed Faisal Zubair Amrit Sunil Kamran Bilal
Chukwuemeka Emeka Kwame Kofi Yaw Babatunde Tunde Chidi Obinna Femi Kwabena Ikenna Tomasz
Piotr Krzysztof Grzegorz Mateusz Andrei Dmitri Vasile Mihai Jakub Lukáš Marek Bogdan
Ivan Wei Jun Hao Jian Ming Tao Omar Yusuf Khalid Hassan Ibrahim Karim Samir Walid Ahmed
Mustafa Delroy Winston Errol Clive Desmond Leroy Lloyd Everton Carlton Neville
""".split() + ["Zhi Wei", "Jean-Luc", "Abdul Rahman"]

# First names that are also ordinary English words.
WORD_FEMALE = """
Grace Hope Dawn Rose Faith Joy Ruby Summer Amber Pearl Sky Violet Mercy Patience
Precious Blessing Holly Ivy Iris Daisy Heather Honey Liberty Autumn Crystal
""".split()
WORD_MALE = """
Will Jack Bill Frank Mark Sterling Victor Hunter Rich Don Grant Miles Cliff Dean Reed
Guy Rob Ray Chase Sonny
""".split()

SURNAMES = """
Smith Jones Taylor Brown Wilson Johnson Wright Robinson Thompson Walker Hughes Harrison
Clarke Marshall Pickering Hargreaves Thornton Atkinson Bainbridge Fairclough Greenhalgh
Winterbottom Ramsbottom Postlethwaite Hetherington Entwistle Ollerenshaw O'Sullivan
O'Brien McCarthy Byrne Donnelly Fitzgerald Quinlan Flanagan Mulcahy Pritchard Llewellyn
Vaughan Prosser Bowen Griffiths Price Parry Gwilym MacLeod McAllister Urquhart
Macdonald Sutherland Drummond Buchanan MacKinnon Ferguson Patel Sharma Chaudhry Sandhu
Gill Hussain Begum Iqbal Rahman Chowdhury Bhattacharya Krishnan Nair Siddiqui Dhillon
Mistry Qureshi Banerjee Okafor Adeyemi Okonkwo Mensah Asante Boateng Oyelaran Nwosu
Adebayo Ogunleye Owusu Eze Kowalski Nowak Wiśniewska Zieliński Lewandowska Popescu
Ionescu Kovács Horvat Novák Petrenko Shevchenko Dvořák Jankauskas Bērziņš Marinescu Wong
Chen Zhang Liu Huang Lau Cheung Zhou Tsang Yip Haddad Khoury Mansour Nasser Abdullah
Saleh Darwish Farouk Campbell Ebanks Bailey Forbes McKenzie Samuels Barrett Gayle
Morrison Hill Wood Green King Bird Baker Fox Banks Moon Summers Frost
""".split()

# Surnames with particles, hyphens or apostrophes.
PARTICLE_SURNAMES = [
    "van der Merwe", "van Dijk", "de Souza", "da Costa", "dos Santos", "De Luca",
    "di Stefano", "von Hagen", "le Roux", "Smith-Hughes", "Patel-Morris", "Okafor-Jones",
    "Lloyd-Evans", "Ní Dhonnchadha", "ap Gruffydd", "Ó Briain", "bin Hamid", "al-Hashimi",
    "de la Cruz", "D'Souza", "D'Arcy", "O'Neill-Watts", "Mac Giolla Phádraig", "ab Owain",
    "El-Sayed", "Al-Masri", "Al-Rashid", "Nic Aoidh", "ter Horst", "Asante-Mensah",
    "Kaur-Bains", "Babatunde-Cole", "Wong-Parry", "van den Berg", "Mc Gowan",
]

SURNAMES_ALL = SURNAMES + PARTICLE_SURNAMES

# UK towns: (town, outward codes, county or "")
UK_TOWNS = [
    ("Leeds", ["LS6", "LS11", "LS17"], "West Yorkshire"),
    ("Bradford", ["BD3", "BD9"], "West Yorkshire"),
    ("Halifax", ["HX1", "HX3"], "West Yorkshire"),
    ("Huddersfield", ["HD1", "HD4"], "West Yorkshire"),
    ("Wakefield", ["WF1", "WF2"], "West Yorkshire"),
    ("Doncaster", ["DN4", "DN5"], "South Yorkshire"),
    ("Sheffield", ["S10", "S6"], "South Yorkshire"),
    ("Rotherham", ["S60", "S65"], "South Yorkshire"),
    ("Barnsley", ["S70", "S75"], "South Yorkshire"),
    ("Harrogate", ["HG1", "HG2"], "North Yorkshire"),
    ("Scarborough", ["YO11", "YO12"], "North Yorkshire"),
    ("York", ["YO10", "YO24"], ""),
    ("Hull", ["HU5", "HU8"], "East Yorkshire"),
    ("Grimsby", ["DN32", "DN34"], "Lincolnshire"),
    ("Lincoln", ["LN2", "LN6"], "Lincolnshire"),
    ("Nottingham", ["NG7", "NG5"], ""),
    ("Mansfield", ["NG18", "NG19"], "Nottinghamshire"),
    ("Derby", ["DE22", "DE23"], ""),
    ("Chesterfield", ["S40", "S41"], "Derbyshire"),
    ("Leicester", ["LE2", "LE4"], ""),
    ("Loughborough", ["LE11"], "Leicestershire"),
    ("Northampton", ["NN3", "NN5", "NN2"], "Northamptonshire"),
    ("Kettering", ["NN15", "NN16"], "Northamptonshire"),
    ("Corby", ["NN17", "NN18"], "Northamptonshire"),
    ("Wellingborough", ["NN8"], "Northamptonshire"),
    ("Daventry", ["NN11"], "Northamptonshire"),
    ("Peterborough", ["PE1", "PE2"], "Cambridgeshire"),
    ("Cambridge", ["CB4", "CB1"], ""),
    ("Norwich", ["NR3", "NR2"], "Norfolk"),
    ("Ipswich", ["IP4", "IP1"], "Suffolk"),
    ("Colchester", ["CO4", "CO2"], "Essex"),
    ("Chelmsford", ["CM1", "CM2"], "Essex"),
    ("Luton", ["LU4", "LU2"], "Bedfordshire"),
    ("Bedford", ["MK40", "MK41"], "Bedfordshire"),
    ("Milton Keynes", ["MK9", "MK6"], ""),
    ("Oxford", ["OX4", "OX3"], ""),
    ("Reading", ["RG1", "RG30"], "Berkshire"),
    ("Swindon", ["SN2", "SN3"], "Wiltshire"),
    ("Bath", ["BA2", "BA1"], "Somerset"),
    ("Bristol", ["BS7", "BS5"], ""),
    ("Exeter", ["EX4", "EX2"], "Devon"),
    ("Plymouth", ["PL4", "PL6"], "Devon"),
    ("Truro", ["TR1"], "Cornwall"),
    ("Taunton", ["TA1", "TA2"], "Somerset"),
    ("Bournemouth", ["BH8", "BH9"], "Dorset"),
    ("Southampton", ["SO15", "SO16"], "Hampshire"),
    ("Portsmouth", ["PO4", "PO5"], "Hampshire"),
    ("Brighton", ["BN2", "BN1"], "East Sussex"),
    ("Hastings", ["TN34"], "East Sussex"),
    ("Maidstone", ["ME14", "ME15"], "Kent"),
    ("Canterbury", ["CT1", "CT2"], "Kent"),
    ("Guildford", ["GU1", "GU2"], "Surrey"),
    ("Crawley", ["RH10", "RH11"], "West Sussex"),
    ("Croydon", ["CR0"], ""),
    ("Watford", ["WD17", "WD24"], "Hertfordshire"),
    ("Stevenage", ["SG1", "SG2"], "Hertfordshire"),
    ("Birmingham", ["B13", "B29", "B44"], ""),
    ("Coventry", ["CV2", "CV6"], ""),
    ("Wolverhampton", ["WV3", "WV10"], ""),
    ("Dudley", ["DY1", "DY2"], "West Midlands"),
    ("Worcester", ["WR5", "WR4"], "Worcestershire"),
    ("Hereford", ["HR1", "HR2"], "Herefordshire"),
    ("Shrewsbury", ["SY1", "SY3"], "Shropshire"),
    ("Stoke-on-Trent", ["ST4", "ST6"], "Staffordshire"),
    ("Stafford", ["ST16", "ST17"], "Staffordshire"),
    ("Crewe", ["CW1", "CW2"], "Cheshire"),
    ("Chester", ["CH2", "CH3"], "Cheshire"),
    ("Warrington", ["WA4", "WA5"], "Cheshire"),
    ("Wigan", ["WN1", "WN3"], "Lancashire"),
    ("Bolton", ["BL1", "BL3"], "Lancashire"),
    ("Bury", ["BL9", "BL8"], "Lancashire"),
    ("Oldham", ["OL8", "OL4"], "Lancashire"),
    ("Rochdale", ["OL11", "OL16"], "Lancashire"),
    ("Stockport", ["SK4", "SK2"], "Cheshire"),
    ("Manchester", ["M20", "M14", "M8"], ""),
    ("Salford", ["M6", "M7"], ""),
    ("Liverpool", ["L15", "L4", "L18"], "Merseyside"),
    ("Birkenhead", ["CH41", "CH42"], "Merseyside"),
    ("Southport", ["PR8", "PR9"], "Merseyside"),
    ("Preston", ["PR1", "PR2"], "Lancashire"),
    ("Blackpool", ["FY1", "FY3"], "Lancashire"),
    ("Blackburn", ["BB2", "BB1"], "Lancashire"),
    ("Burnley", ["BB11", "BB10"], "Lancashire"),
    ("Lancaster", ["LA1"], "Lancashire"),
    ("Kendal", ["LA9"], "Cumbria"),
    ("Carlisle", ["CA1", "CA2"], "Cumbria"),
    ("Workington", ["CA14"], "Cumbria"),
    ("Newcastle upon Tyne", ["NE6", "NE4", "NE5"], "Tyne and Wear"),
    ("Gateshead", ["NE8", "NE9"], "Tyne and Wear"),
    ("Sunderland", ["SR4", "SR5"], "Tyne and Wear"),
    ("South Shields", ["NE33", "NE34"], "Tyne and Wear"),
    ("Durham", ["DH1"], "County Durham"),
    ("Darlington", ["DL3", "DL1"], "County Durham"),
    ("Hartlepool", ["TS24", "TS26"], "County Durham"),
    ("Middlesbrough", ["TS5", "TS4"], "North Yorkshire"),
    ("Stockton-on-Tees", ["TS18", "TS19"], "County Durham"),
    ("Redcar", ["TS10"], "North Yorkshire"),
    ("Whitby", ["YO21", "YO22"], "North Yorkshire"),
    ("Hexham", ["NE46"], "Northumberland"),
    ("Morpeth", ["NE61"], "Northumberland"),
    ("Alnwick", ["NE66"], "Northumberland"),
    ("Berwick-upon-Tweed", ["TD15"], "Northumberland"),
    ("Blyth", ["NE24"], "Northumberland"),
    ("Ashington", ["NE63"], "Northumberland"),
    ("Consett", ["DH8"], "County Durham"),
    ("Bishop Auckland", ["DL14"], "County Durham"),
    ("Peterlee", ["SR8"], "County Durham"),
    ("Seaham", ["SR7"], "County Durham"),
    ("Spennymoor", ["DL16"], "County Durham"),
    ("Newton Aycliffe", ["DL5"], "County Durham"),
    ("Cardiff", ["CF14", "CF5", "CF24"], ""),
    ("Swansea", ["SA1", "SA2"], ""),
    ("Newport", ["NP20", "NP19"], "Gwent"),
    ("Wrexham", ["LL11", "LL13"], "Clwyd"),
    ("Bangor", ["LL57"], "Gwynedd"),
    ("Aberystwyth", ["SY23"], "Ceredigion"),
    ("Carmarthen", ["SA31"], "Carmarthenshire"),
    ("Llanelli", ["SA15", "SA14"], "Carmarthenshire"),
    ("Edinburgh", ["EH6", "EH11", "EH16"], ""),
    ("Glasgow", ["G12", "G31", "G42"], ""),
    ("Aberdeen", ["AB10", "AB24"], ""),
    ("Dundee", ["DD1", "DD4"], ""),
    ("Inverness", ["IV2", "IV3"], ""),
    ("Stirling", ["FK8", "FK7"], ""),
    ("Perth", ["PH1", "PH2"], "Perthshire"),
    ("Paisley", ["PA1", "PA2"], "Renfrewshire"),
    ("Belfast", ["BT9", "BT5", "BT14"], ""),
    ("Derry", ["BT48", "BT47"], "Co. Londonderry"),
    ("Newry", ["BT35", "BT34"], "Co. Down"),
    ("Lisburn", ["BT28", "BT27"], "Co. Antrim"),
]

# Villages: (village, postal town, county, outward)
UK_VILLAGES = [
    ("Great Ayton", "Middlesbrough", "North Yorkshire", "TS9"),
    ("Stokesley", "Middlesbrough", "North Yorkshire", "TS9"),
    ("Sedgefield", "Stockton-on-Tees", "County Durham", "TS21"),
    ("Wolsingham", "Bishop Auckland", "County Durham", "DL13"),
    ("Rothbury", "Morpeth", "Northumberland", "NE65"),
    ("Belford", "Belford", "Northumberland", "NE70"),
    ("Guisborough", "Guisborough", "North Yorkshire", "TS14"),
    ("Masham", "Ripon", "North Yorkshire", "HG4"),
    ("Hawes", "Hawes", "North Yorkshire", "DL8"),
    ("Burford", "Burford", "Oxfordshire", "OX18"),
    ("Chipping Norton", "Chipping Norton", "Oxfordshire", "OX7"),
    ("Much Wenlock", "Much Wenlock", "Shropshire", "TF13"),
    ("Crickhowell", "Crickhowell", "Powys", "NP8"),
    ("Pitlochry", "Pitlochry", "Perthshire", "PH16"),
    ("Holt", "Holt", "Norfolk", "NR25"),
    ("Long Buckby", "Northampton", "Northamptonshire", "NN6"),
    ("Brixworth", "Northampton", "Northamptonshire", "NN6"),
    ("Oundle", "Peterborough", "Northamptonshire", "PE8"),
    ("Towcester", "Towcester", "Northamptonshire", "NN12"),
    ("Brackley", "Brackley", "Northamptonshire", "NN13"),
    ("Rothwell", "Kettering", "Northamptonshire", "NN14"),
    ("Desborough", "Kettering", "Northamptonshire", "NN14"),
    ("Irthlingborough", "Wellingborough", "Northamptonshire", "NN9"),
    ("Kirkby Stephen", "Kirkby Stephen", "Cumbria", "CA17"),
    ("Ballater", "Ballater", "Aberdeenshire", "AB35"),
    ("Llanfair Caereinion", "Welshpool", "Powys", "SY21"),
    ("Lanchester", "Durham", "County Durham", "DH7"),
    ("Seahouses", "Seahouses", "Northumberland", "NE68"),
    ("Haltwhistle", "Haltwhistle", "Northumberland", "NE49"),
    ("Middleton-in-Teesdale", "Barnard Castle", "County Durham", "DL12"),
]

# US cities: (city, state, 3-digit ZIP prefix)
US_CITIES = [
    ("Madison", "WI", "537"), ("Columbus", "OH", "432"), ("Austin", "TX", "787"),
    ("Portland", "OR", "972"), ("Denver", "CO", "802"), ("Phoenix", "AZ", "850"),
    ("Boston", "MA", "021"), ("Seattle", "WA", "981"), ("Chicago", "IL", "606"),
    ("Atlanta", "GA", "303"), ("Nashville", "TN", "372"), ("Raleigh", "NC", "276"),
    ("Tampa", "FL", "336"), ("Albany", "NY", "122"), ("Buffalo", "NY", "142"),
    ("Pittsburgh", "PA", "152"), ("Cleveland", "OH", "441"), ("Omaha", "NE", "681"),
    ("Tucson", "AZ", "857"), ("Sacramento", "CA", "958"), ("San Diego", "CA", "921"),
    ("Minneapolis", "MN", "554"), ("Kansas City", "MO", "641"), ("Louisville", "KY", "402"),
    ("Richmond", "VA", "232"), ("Baltimore", "MD", "212"), ("Providence", "RI", "029"),
    ("Burlington", "VT", "054"), ("Boise", "ID", "837"), ("Albuquerque", "NM", "871"),
    ("Spokane", "WA", "992"), ("Savannah", "GA", "314"), ("Charleston", "SC", "294"),
    ("Des Moines", "IA", "503"), ("Little Rock", "AR", "722"), ("Ann Arbor", "MI", "481"),
]

ABROAD = """
Gdańsk|Kraków|Wrocław|Poznań|Lagos|Accra|Kumasi|Ibadan|Enugu|Karachi|Lahore|Mirpur|Sylhet|
Dhaka|Amritsar|Ludhiana|Mumbai|Chennai|Kochi|Bucharest|Cluj-Napoca|Iași|Vilnius|Riga|
Kaunas|Montego Bay|Port of Spain|Bridgetown|Hong Kong|Guangzhou|Shenzhen|Fuzhou|Cairo|
Alexandria|Baghdad|Aleppo|Damascus|Benghazi|Cork|Galway|Limerick|Dublin|Sligo|Toronto|
Sydney|Auckland|Lisbon|Porto|Madrid|Benidorm|Málaga|Alicante|Kyiv|Lviv|Brno|Košice|
Debrecen|Tallinn|Harare|Nairobi|Kampala|Manila|Kerala
""".replace("\n", "").split("|")
ABROAD = [a for a in ABROAD if a != "Kerala"]

STREET_STEMS = """
Elm Ash Beech Rowan Hawthorn Chapel Church Mill Station Albert Clarence Coronation
Jubilee Meadow Orchard Priory Abbey Moor Fell Burn Larch Cedar Willow Bracken Tanners
Ropery Foundry Colliery Railway Wesley Gladstone Nelson Cromwell Osborne Lansdowne
Granville Marlborough Wellington Tennyson Byron Shelley Kingfisher Heron Lapwing
Curlew Blackthorn Sorrel Thistle Primrose Bluebell Harebell Redwell Coldwell Stonybank
Sandpiper Fernlea Burnside Glebe Cowpen Tynedale Wansbeck Coquet Derwent Weardale
""".split()
STREET_SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Grove", "Drive",
                 "Terrace", "Gardens", "Way", "Court", "Walk", "View", "Rise", "Place", "Mews",
                 "Square", "Bank", "Row"]
STREET_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Crescent": "Cres",
               "Drive": "Dr", "Terrace": "Terr", "Gardens": "Gdns", "Close": "Cl"}
WELSH_STREETS = ["Heol y Parc", "Ffordd Las", "Heol Newydd", "Stryd y Bont", "Lôn Goed",
                 "Heol Eglwys", "Ffordd yr Orsaf"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Fellside", "Brackenhurst", "Ty Gwyn",
               "Bryn Awel", "Hillcrest", "The Laurels", "Westfield House", "Low Farm",
               "Glebe Cottage", "The Old School House", "Wren Cottage", "Lilac Cottage",
               "Greystones", "Carreg Wen", "Tigh na Mara", "Swallow Barn", "The Coach House",
               "Mill Cottage", "High Croft", "Pear Tree Cottage", "The Granary"]
US_STREETS = """
Maple Oak Pine Cedar Walnut Lincoln Jefferson Washington Franklin Lakeview Ridge Sunset
Highland Park Elm Spring Chestnut Hickory Cherry Willow Prospect Meadowbrook Fairview
Birch Sycamore Magnolia Dogwood Juniper Aspen
""".split()
US_SUFFIX = ["St", "Ave", "Blvd", "Dr", "Rd", "Ln", "Ct", "Way", "Pkwy", "Street", "Avenue",
             "Drive", "Road", "Lane", "Place"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_ALT = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WKD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
             "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
             "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
             "thirty-first"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]

TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "prof",
          "prof.", "professor", "doctor", "nurse", "sister", "sir", "dame", "rev", "matron",
          "mister", "midwife"}

EMAIL_HOSTS = ["example.com", "example.org", "example.net", "mail.example.com",
               "post.example.org", "nhs.example.net", "family.example.com", "uni.example.org"]
URL_HOSTS = ["www.example.com", "example.org", "www.example.net", "example.com",
             "care.example.org", "blog.example.net", "friends.example.com"]
EXAMPLE_HOST_RE = re.compile(r"^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$")

# Common words among the name/town lists: a comment containing them is not dropped.
WORDLIKE = {w.lower() for w in WORD_FEMALE + WORD_MALE} | {
    "smith", "taylor", "brown", "walker", "clarke", "marshall", "price", "parry", "gill",
    "hill", "wood", "green", "king", "bird", "baker", "banks", "moon", "summers", "frost",
    "bailey", "forbes", "grant", "fraser", "campbell", "young", "reading", "bury", "bath",
    "holt", "chase", "crystal", "stirling", "perth", "newport", "blyth", "hope", "nelson",
    "wellington", "church", "chapel", "station", "mill", "meadow", "orchard", "abbey",
    "moor", "fell", "burn", "willow", "cedar", "park", "spring", "ridge", "sunset", "oak",
    "pine", "cherry", "jack", "albert", "jubilee", "coronation", "priory", "walnut",
    "maple", "highland", "prospect", "fairview", "bracken", "glebe", "thistle", "primrose",
    "bluebell", "heron", "curlew", "lapwing", "kingfisher", "sorrel", "aspen", "birch",
    "juniper", "magnolia", "dogwood", "sycamore", "chestnut", "hickory", "elm", "larch",
    "rowan", "beech", "hawthorn", "blackthorn", "foundry", "railway", "ropery", "colliery",
    "tanners", "harebell", "sandpiper", "burnside", "washington", "franklin", "lincoln",
    "jefferson", "madison", "richmond", "charleston", "savannah", "phoenix", "columbus",
    "buffalo", "portland", "denver", "burlington", "providence", "cork", "kingston", "mark",
    "clive", "keith", "graham", "stanley", "lloyd", "carlton", "neville", "winston",
    "desmond", "jordan", "tyler", "harvey", "oliver", "angus", "gareth", "david", "paul",
    "steven", "ivan", "hunter", "patience", "mercy", "grace", "faith", "joy", "ruby",
    "summer", "amber", "pearl", "violet", "holly", "daisy", "heather", "honey", "liberty",
    "autumn", "iris", "ivy", "precious", "blessing", "rose", "dawn", "sky", "will", "bill",
    "frank", "sterling", "victor", "rich", "don", "miles", "cliff", "dean", "reed", "guy",
    "rob", "ray", "sonny", "wayne", "derby", "chester", "lancaster", "durham", "york",
    "darlington", "hull", "redcar", "wigan", "bolton", "crewe", "luton", "mansfield",
    "fox", "great", "much", "little", "long", "upon", "city", "rock", "port", "bay",
    "south", "north", "bishop", "newton", "milton", "lake",
}

# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------

INITIALS = "ABCDEFGHJKLMNPRSTW"
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def nhs_check_digit(nine: str):
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def nhs_valid(digits: str) -> bool:
    if not re.fullmatch(r"\d{10}", digits):
        return False
    cd = nhs_check_digit(digits[:9])
    return cd is not None and cd == int(digits[9])


def num_words(n: int, hyphen: bool = True) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        return TENS[t] + ("-" if hyphen else " ") + UNITS[u]
    if n < 200:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else " and " + num_words(rest, hyphen))
    raise ValueError(n)


WORD_NUM = {}
for _n in range(0, 200):
    WORD_NUM[num_words(_n, True)] = _n
    WORD_NUM[num_words(_n, False)] = _n
WORD_NUM["a hundred"] = 100


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def year_words(y: int) -> str:
    hi, lo = divmod(y, 100)
    head = num_words(hi)
    if lo == 0:
        return head + " hundred"
    if lo < 10:
        return head + " oh " + UNITS[lo]
    return head + " " + num_words(lo, hyphen=(y % 2 == 0))


class Gen:
    """All value generators, sharing one random.Random."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.last_person = None  # (first, surname) of the last generated name

    # -- names -------------------------------------------------------------
    def first(self, gender: str, wordlike_p: float = 0.15) -> str:
        r = self.r
        g = gender if gender in "fm" else r.choice("fm")
        if r.random() < wordlike_p:
            return r.choice(WORD_FEMALE if g == "f" else WORD_MALE)
        return r.choice(FEMALE if g == "f" else MALE)

    def surname(self, particle_p: float = 0.18) -> str:
        r = self.r
        if r.random() < particle_p:
            return r.choice(PARTICLE_SURNAMES)
        return r.choice(SURNAMES)

    def initials_name(self) -> str:
        r = self.r
        first = self.first(r.choice("fm"), 0.1)
        sur = self.surname(0.15)
        a = strip_accents(first)[0].upper()
        b = r.choice(INITIALS)
        form = r.randrange(8)
        self.last_person = (first, sur)
        if form == 0:
            return f"{a} {sur}"
        if form == 1:
            return f"{a}.{b}. {sur}"
        if form == 2:
            return f"{a}{b} {sur}"
        if form == 3:
            return f"{first} {b}. {sur}"
        if form == 4:
            return f"{a}. {sur}"
        if form == 5:
            return f"{a}. {b}. {sur}"
        if form == 6:
            return f"{sur} {a}{b}"
        return f"{first} {b} {sur}"

    # -- addresses -----------------------------------------------------------
    def inward(self) -> str:
        r = self.r
        return f"{r.randrange(1, 10)}{r.choice(PC_LETTERS)}{r.choice(PC_LETTERS)}"

    def postcode(self, outward=None, style: str = "plain") -> str:
        r = self.r
        if outward is None:
            outward = r.choice(r.choice(UK_TOWNS)[1])
        inw = self.inward()
        if style == "nospace":
            return outward + inw
        if style == "lower":
            return (outward + " " + inw).lower()
        if style == "double":
            return outward + "  " + inw
        return outward + " " + inw

    def street(self, abbrev: bool = False) -> str:
        r = self.r
        if r.random() < 0.06:
            return r.choice(WELSH_STREETS)
        suf = r.choice(STREET_SUFFIX)
        if abbrev and suf in STREET_ABBR:
            suf = STREET_ABBR[suf]
        return f"{r.choice(STREET_STEMS)} {suf}"

    def uk_address(self, flat=None, house=None, village=None, county=None, postcode=True,
                   sep=", ", case=None, abbrev=None) -> str:
        r = self.r
        if flat is None:
            flat = r.random() < 0.22
        if house is None:
            house = r.random() < 0.15
        if village is None:
            village = r.random() < 0.2
        if abbrev is None:
            abbrev = r.random() < 0.25
        lines = []
        if village:
            vil, town, cty, outward = r.choice(UK_VILLAGES)
            if county is None:
                county = r.random() < 0.6
            county_name = cty
        else:
            town, outs, cty = r.choice(UK_TOWNS)
            outward = r.choice(outs)
            vil = None
            if county is None:
                county = bool(cty) and r.random() < 0.35
            county_name = cty
        if flat:
            fl = r.choice(["Flat {n}", "Flat {n}{l}", "Apartment {n}", "Flat {n}",
                           "{n}{lc}", "Unit {n}", "Flat {n}/{m}"])
            fl = fl.format(n=r.randrange(1, 40), l=r.choice("ABCD"), lc=r.choice("abc"),
                           m=r.randrange(1, 9))
            if re.fullmatch(r"\d+[abc]", fl):
                lines.append(f"{fl} {self.street(abbrev)}")
            else:
                lines.append(fl)
                if r.random() < 0.35:
                    lines.append(f"{r.choice(['Wansbeck', 'Coquet', 'Victoria', 'Tyne', 'Jubilee', 'Riverside', 'Mill'])} {r.choice(['House', 'Court', 'Lodge', 'Point'])}")
                    lines.append(f"{r.randrange(1, 300)} {self.street(abbrev)}")
                else:
                    lines.append(f"{r.randrange(1, 300)} {self.street(abbrev)}")
        elif house:
            lines.append(r.choice(HOUSE_NAMES))
            if r.random() < 0.6:
                lines.append(self.street(abbrev))
        else:
            lines.append(f"{r.randrange(1, 300)} {self.street(abbrev)}")
        if vil and vil != town:
            lines.append(vil)
        pc = f"{outward} {self.inward()}" if postcode else None
        if county and county_name:
            lines.append(town)
            last = county_name
        else:
            last = town
        if pc:
            if sep == "\n" and r.random() < 0.6:
                lines.append(last)
                lines.append(pc)
            elif sep == "\n":
                lines.append(f"{last} {pc}")
            else:
                lines.append(last + r.choice([" ", " ", ", "]) + pc)
        else:
            lines.append(last)
        if sep == "\n":
            text = "\n".join(lines)
        else:
            text = sep.join(lines)
        if case == "lower":
            text = text.lower()
        elif case == "upper":
            text = text.upper()
        return text

    def us_address(self, sep=", ", unit=None, po=False) -> str:
        r = self.r
        city, st, pre = r.choice(US_CITIES)
        z = self.zipcode(pre, plus4_p=0.2)
        num = r.choice([r.randrange(10, 99), r.randrange(100, 999), r.randrange(1000, 9999),
                        r.randrange(10000, 29999)])
        dirn = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        street = f"{num} {dirn}{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
        if unit is None:
            unit = r.random() < 0.4
        parts = [street]
        if po or r.random() < 0.1:
            parts = [f"PO Box {r.randrange(100, 9999)}"]
        elif unit:
            parts.append(r.choice(["Apt {n}", "Apt. {n}{l}", "Unit {n}", "Suite {n}00",
                                   "#{n}", "Apt {n}{l}"]).format(n=r.randrange(1, 40),
                                                                  l=r.choice("ABCD")))
        if sep == "\n":
            if len(parts) == 2 and r.random() < 0.5:
                parts = [parts[0] + ", " + parts[1]]
            return "\n".join(parts + [f"{city}, {st} {z}"])
        joiner = ", " if r.random() < 0.8 else " "
        return joiner.join(parts) + f", {city}, {st} {z}"

    def zipcode(self, prefix=None, plus4_p=0.45) -> str:
        r = self.r
        if prefix is None:
            prefix = r.choice(US_CITIES)[2]
        z = prefix + f"{r.randrange(0, 100):02d}"
        if r.random() < plus4_p:
            z += f"-{r.randrange(1, 10000):04d}"
        return z

    # -- dates ---------------------------------------------------------------
    def rand_date(self, y0: int, y1: int) -> _dt.date:
        r = self.r
        start = _dt.date(y0, 1, 1).toordinal()
        end = _dt.date(y1, 12, 31).toordinal()
        return _dt.date.fromordinal(r.randrange(start, end + 1))

    def fmt_date(self, d: _dt.date, style: str) -> str:
        yy = f"{d.year % 100:02d}"
        wd = WEEKDAYS[d.weekday()]
        f = {
            "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dmy_slash_short": f"{d.day}/{d.month}/{yy}",
            "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "dmy_dot_short": f"{d.day}.{d.month}.{yy}",
            "dmy_dash_yy": f"{d.day:02d}-{d.month:02d}-{yy}",
            "dmy_space": f"{d.day:02d} {d.month:02d} {d.year}",
            "iso": f"{d.year}-{d.month:02d}-{d.day:02d}",
            "d_month_y": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            "dth_month_y": f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
            "dth_of_month_y": f"{ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
            "dth_of_month_comma_y": f"{ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}",
            "ordw_of_month_y": f"{ORD_WORDS[d.day - 1]} of {MONTHS[d.month - 1]} {d.year}",
            "ordw_month_yw": f"{ORD_WORDS[d.day - 1]} of {MONTHS[d.month - 1]} {year_words(d.year)}",
            "dth_of_month_apos": f"{ordinal(d.day)} of {MONTHS[d.month - 1]} '{yy}",
            "d_mon_y": f"{d.day} {MON3[d.month - 1]} {d.year}",
            "d_mon_yy": f"{d.day} {MON_ALT[d.month - 1]} {yy}",
            "dd_mon_yyyy_dash": f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}",
            "month_d_y": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "mon_d_y": f"{MON3[d.month - 1]} {d.day} {d.year}",
            "month_dth_y": f"{MONTHS[d.month - 1]} {ordinal(d.day)} {d.year}",
            "us_slash": f"{d.month}/{d.day}/{d.year}",
            "us_slash_pad": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "us_dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
            "us_short": f"{d.month}/{d.day}/{yy}",
            "month_y": f"{MONTHS[d.month - 1]} {d.year}",
            "month_comma_y": f"{MONTHS[d.month - 1]}, {d.year}",
            # dates of events without a year
            "wd_dth_month": f"{wd} {ordinal(d.day)} {MONTHS[d.month - 1]}",
            "wd_d_month": f"{wd} {d.day} {MONTHS[d.month - 1]}",
            "wd_the_dth": f"{wd} the {ordinal(d.day)}",
            "wd_the_dth_of_month": f"{wd} the {ordinal(d.day)} of {MONTHS[d.month - 1]}",
            "d_mon": f"{d.day} {MON_ALT[d.month - 1]}",
            "mon_d": f"{MON_ALT[d.month - 1]} {d.day}",
            "wkd_dm": f"{WKD3[d.weekday()]} {d.day}/{d.month}",
            "dth_of_month": f"{ordinal(d.day)} of {MONTHS[d.month - 1]}",
            "dth_month": f"{ordinal(d.day)} {MONTHS[d.month - 1]}",
            "month_dth": f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
            "dm_slash": f"{d.day}/{d.month}",
            "wkd_d_mon_y": f"{WKD3[d.weekday()]} {d.day} {MON3[d.month - 1]} {d.year}",
            "wd_d_month_y": f"{wd} {d.day} {MONTHS[d.month - 1]} {d.year}",
            "wd_comma_month_d": f"{wd}, {MONTHS[d.month - 1]} {d.day}",
        }
        return f[style]

    DOB_UK_NUM = ["dmy_slash", "dmy_slash_short", "dmy_dot", "dmy_dot_short", "dmy_dash_yy",
                  "dmy_space", "iso"]
    DOB_WORDS = ["d_month_y", "dth_month_y", "dth_of_month_y", "dth_of_month_comma_y",
                 "ordw_of_month_y", "ordw_month_yw", "dth_of_month_apos", "d_mon_y",
                 "d_mon_yy", "dd_mon_yyyy_dash", "month_y", "month_dth_y"]
    DOB_US = ["us_slash", "us_slash_pad", "us_dash", "us_short", "month_d_y", "mon_d_y"]
    DATE_STYLES = ["wd_dth_month", "wd_d_month", "wd_the_dth", "wd_the_dth_of_month",
                   "d_mon", "mon_d", "wkd_dm", "dth_of_month", "dth_month", "month_dth",
                   "dm_slash", "wkd_d_mon_y", "wd_d_month_y", "dmy_slash", "dmy_dot_short",
                   "dmy_slash_short", "iso", "d_month_y", "month_d_y", "month_comma_y",
                   "month_y", "dth_month_y"]
    DATE_US = ["us_slash", "us_short", "month_d_y", "month_dth", "wd_comma_month_d"]

    def dob(self, kind: str) -> str:
        r = self.r
        if kind == "kid":
            d = self.rand_date(2008, 2023)
            style = r.choice(self.DOB_UK_NUM + ["d_month_y", "dth_month_y", "d_mon_y"])
        else:
            d = self.rand_date(1919, 1962) if r.random() < 0.85 else self.rand_date(1963, 2001)
            if kind == "num":
                style = r.choice(self.DOB_UK_NUM)
            elif kind == "words":
                style = r.choice(self.DOB_WORDS)
            elif kind == "us":
                style = r.choice(self.DOB_US)
            else:
                style = r.choice(self.DOB_UK_NUM + self.DOB_WORDS + ["us_slash"])
        return self.fmt_date(d, style)

    def date(self, kind: str = "uk") -> str:
        r = self.r
        d = self.rand_date(2019, 2024)
        style = r.choice(self.DATE_US if kind == "us" else self.DATE_STYLES)
        return self.fmt_date(d, style)

    # -- numbers -------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def nhs(self) -> str:
        r = self.r
        while True:
            if r.random() < 0.5:
                nine = "999" + self.digits(6)
            else:
                nine = r.choice("467") + self.digits(8)
            cd = nhs_check_digit(nine)
            if cd is not None:
                break
        s = nine + str(cd)
        form = r.randrange(6)
        if form == 0:
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        if form == 1:
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"
        if form == 2:
            return s
        if form == 3:
            return f"{s[:3]} {s[3:]}"
        if form == 4:
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        return f"{s[:3]}/{s[3:6]}/{s[6:]}"

    def hosp(self, lower: bool = False) -> str:
        r = self.r
        L = lambda k: "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(k))  # noqa: E731
        D = self.digits
        forms = [
            lambda: f"{L(1)}{D(7)}",
            lambda: f"{L(3)}{D(7)}",
            lambda: f"{L(1)}-{D(6)}",
            lambda: f"{L(2)}/{D(2)}/{D(6)}",
            lambda: f"{D(4)} {D(4)}",
            lambda: f"{L(1)}{D(6)}{L(1)}",
            lambda: f"{D(2)}/{D(5)}",
            lambda: f"{L(2)} {D(2)} {D(2)} {D(2)}",
            lambda: f"{L(2)}-{D(2)}-{D(4)}-{L(1)}",
            lambda: f"{L(2)} {D(7)}",
            lambda: f"{L(3)}.{D(3)}.{D(3)}",
            lambda: f"{D(7)}{L(1)}",
            lambda: f"{D(3)}-{D(3)}-{D(3)}",
            lambda: f"{L(1)}/{D(6)}/{L(1)}",
            lambda: f"{L(1)}{D(1)}{L(1)}{D(4)}",
            lambda: f"{L(1)}-{D(3)}-{D(3)}",
            lambda: f"{L(3)}-{D(4)}-{D(2)}",
            lambda: f"{D(8)}",
            lambda: f"{L(4)}{D(5)}",
            lambda: f"{L(2)}{D(4)}/{D(2)}",
        ]
        v = r.choice(forms)()
        while "NHS" in v:
            v = r.choice(forms)()
        if lower or r.random() < 0.08:
            v = v.lower()
        return v

    def mobile(self) -> str:
        r = self.r
        x = f"{r.randrange(0, 1000):03d}"
        return r.choice([
            f"07700 900{x}", f"07700900{x}", f"07700 900 {x}", f"+44 7700 900{x}",
            f"+44 (0)7700 900{x}", f"0770 090 0{x}", f"07700-900-{x}", f"+447700900{x}",
            f"07700-900{x}",
        ])

    def landline(self) -> str:
        r = self.r
        x3 = f"{r.randrange(0, 1000):03d}"
        area = r.choice(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131",
                         "0141", "0151", "0161"])
        k = r.randrange(9)
        if k == 0:
            return r.choice([f"{area} 496 0{x3}", f"{area} 4960{x3}", f"{area}-496-0{x3}",
                             f"+44 {area[1:]} 496 0{x3}"])
        if k == 1:
            return r.choice([f"020 7946 0{x3}", f"0207 946 0{x3}", f"+44 20 7946 0{x3}",
                             f"02079460{x3}"])
        if k == 2:
            return r.choice([f"0191 498 0{x3}", f"0191 4980{x3}", f"+44 191 498 0{x3}"])
        if k == 3:
            return r.choice([f"01632 960{x3}", f"01632 960 {x3}", f"01632960{x3}"])
        if k == 4:
            return r.choice([f"029 2018 0{x3}", f"029 20180{x3}", f"+44 29 2018 0{x3}"])
        if k == 5:
            return r.choice([f"028 9649 6{x3}", f"028 9649 6{x3}"])
        if k == 6:
            return f"0808 157 0{x3}"
        return r.choice([f"{area} 496 0{x3}", f"{area} 496 0{x3}"])

    def phone(self) -> str:
        x = self.r.random()
        if x < 0.45:
            return self.mobile()
        if x < 0.85:
            return self.landline()
        return self.phone_ext()

    def phone_ext(self) -> str:
        r = self.r
        base = self.landline()
        return base + r.choice([" ext. {e}", " ext {e}", " x{e}", " extension {e}",
                                " Ext: {e}", " ext.{e}"]).format(e=r.randrange(10, 9999))

    def phone_us(self) -> str:
        r = self.r
        area = r.choice(["608", "617", "303", "512", "206", "414", "919", "503", "312", "404"])
        x = f"01{r.randrange(0, 100):02d}"
        return r.choice([f"{area}-555-{x}", f"{area}.555.{x}", f"+1 {area} 555 {x}",
                         f"+1 ({area}) 555-{x}", f"1-{area}-555-{x}", f"555-{x}",
                         f"{area} 555 {x}", f"1-800-555-{x}"])

    def phone_intl(self) -> str:
        r = self.r
        d = self.digits
        return r.choice([
            f"+61 491 570 1{d(2)}",
            f"+353 20 91{d(1)} {d(4)}",
            f"+48 512 0{d(2)} 3{d(2)}",
            f"+234 803 0{d(2)} {d(4)}",
            f"+40 72{d(1)} 0{d(2)} {d(3)}",
            f"+91 98{d(3)} 0{d(4)}",
            f"+92 300 0{d(2)} {d(4)}",
            f"+880 17{d(2)} 0{d(5)}",
            f"+370 6{d(2)} 0{d(4)}",
            f"+233 24 0{d(2)} {d(4)}",
            f"00 353 20 91{d(1)} {d(4)}",
            f"+852 5{d(3)} 0{d(3)}",
        ])

    # -- e-mail and URLs -----------------------------------------------------
    def email(self, person=None) -> str:
        r = self.r
        if person is None:
            person = (self.first(r.choice("fm"), 0.1), self.surname(0.1))
        fi, su = person
        fi = re.sub(r"[^a-z]", "", strip_accents(fi).lower()) or "pat"
        su = re.sub(r"[^a-z]", "", strip_accents(su).lower()) or "smith"
        nn = r.randrange(1, 99)
        yy = r.randrange(40, 100)
        local = r.choice([
            f"{fi}.{su}", f"{fi}{su}{nn}", f"{fi[0]}.{su}", f"{fi}_{su}", f"{su}.{fi}",
            f"{fi}{nn}", f"{fi}.{su}+nhs", f"{fi[0]}{su}{yy}", f"{fi}.{su}{yy}",
            f"{su}{fi[0]}", f"{fi}-{su}", f"the.{su}" + ("" if su.endswith("s") else "s"),
            f"{fi}{su[0]}.{nn}",
        ])
        return f"{local}@{r.choice(EMAIL_HOSTS)}"

    def url(self) -> str:
        r = self.r
        host = r.choice(URL_HOSTS)
        seg = r.choice(["feedback", "complaints", "our-story", "thank-you-ward-team",
                        "reviews/transport", "fundraiser/ward-toys", "contact", "visiting",
                        "blog/my-hip-op", "patient-stories", "directions", "appointments",
                        "support-group", "carers/help", "news/our-nan"])
        tail = r.choice(["", "", f"?id={r.randrange(10, 99999)}", f"#section-{r.randrange(1, 9)}",
                         f"/{r.randrange(2019, 2025)}", f"?ref=fft&page={r.randrange(1, 9)}",
                         ".html"])
        scheme = r.choice(["https://", "https://", "http://", ""])
        if scheme == "" and not host.startswith("www."):
            host = "www." + host if r.random() < 0.5 else host
        return f"{scheme}{host}/{seg}{tail}"

    # -- ages and places -------------------------------------------------------
    def age(self) -> str:
        r = self.r
        return str(r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
                             104, 105, 106] + [91, 92, 93, 94, 95, 96]))

    def age_words(self) -> str:
        r = self.r
        n = r.choice(list(range(90, 100)) + [100, 101, 102])
        return num_words(n, hyphen=r.random() < 0.5)

    def town_uk(self) -> str:
        r = self.r
        if r.random() < 0.15:
            return r.choice(UK_VILLAGES)[0]
        return r.choice(UK_TOWNS)[0]

    def town_us(self) -> str:
        return self.r.choice(US_CITIES)[0]

    def town_abroad(self) -> str:
        return self.r.choice(ABROAD)


# ---------------------------------------------------------------------------
# Slots: name -> (types it yields, generator)
# ---------------------------------------------------------------------------


def _name_list(g: Gen, k: int, case: str):
    r = g.r
    seen = set()
    names = []
    while len(names) < k:
        n = g.first(r.choice("fm"), 0.25)
        if r.random() < 0.15:
            n = f"{n} {g.surname(0.2)}"
        if n in seen:
            continue
        seen.add(n)
        names.append(n)
    if case == "lower":
        names = [n.lower() for n in names]
    elif case == "upper":
        names = [n.upper() for n in names]
    if case == "lower":
        seps = {2: [[" n "], [" and "], [" & "], [", "]],
                3: [[", ", " and "], [", ", " n "], [" ", " and "], [", ", ", "]],
                4: [[", ", ", ", " and "], [", ", ", ", " n "]]}[k]
    elif case == "upper":
        seps = {2: [[" AND "], [" & "]], 3: [[", ", " AND "], [", ", " & "]],
                4: [[", ", ", ", " AND "]]}[k]
    else:
        seps = {2: [[" and "], [" & "], [", "], [" and "]],
                3: [[", ", " and "], [", ", " & "], [", ", ", "], [" and ", " and "]],
                4: [[", ", ", ", " and "], [", ", ", ", " & "], [", ", ", ", ", "]]}[k]
    sep = r.choice(seps)
    out = []
    for i, n in enumerate(names):
        if i:
            out.append((sep[i - 1], None))
        out.append((n, "NAME"))
    return out


def _person(g: Gen, first, sur=None):
    g.last_person = (first, sur if sur else g.surname(0.1))


def slot_value(g: Gen, slot: str):
    """Return a list of (text, type-or-None) pieces for one slot."""
    r = g.r

    def one(v, t):
        return [(v, t)]

    # names
    if slot in ("f", "m", "n", "fl", "ml", "nl", "F", "M", "N"):
        gender = slot.lower()[0]
        v = g.first(gender)
        _person(g, v)
        if slot.islower() and len(slot) == 2:
            v = v.lower()
        elif slot.isupper():
            v = v.upper()
        return one(v, "NAME")
    if slot in ("fw", "mw", "w", "wl", "W"):
        pool = WORD_FEMALE if slot == "fw" else WORD_MALE if slot == "mw" else WORD_FEMALE + WORD_MALE
        v = r.choice(pool)
        _person(g, v)
        if slot == "wl":
            v = v.lower()
        elif slot == "W":
            v = v.upper()
        return one(v, "NAME")
    if slot in ("ff", "mf", "nf", "nfl", "NF", "pn"):
        gender = slot[0] if slot[0] in "fm" else r.choice("fm")
        fi = g.first(gender, 0.12)
        su = g.surname(1.0 if slot == "pn" else 0.18)
        g.last_person = (fi, su)
        v = f"{fi} {su}"
        if slot == "nfl":
            v = v.lower()
        elif slot == "NF":
            v = v.upper()
        return one(v, "NAME")
    if slot in ("s", "sl", "S", "ps"):
        su = g.surname(1.0 if slot == "ps" else 0.15)
        g.last_person = (g.first(r.choice("fm")), su)
        v = su.lower() if slot == "sl" else su.upper() if slot == "S" else su
        return one(v, "NAME")
    if slot == "ini":
        return one(g.initials_name(), "NAME")
    m = re.fullmatch(r"(l|L)?list([234])", slot)
    if m:
        case = "lower" if m.group(1) == "l" else "upper" if m.group(1) == "L" else None
        return _name_list(g, int(m.group(2)), case)
    # addresses
    if slot == "addr":
        return one(g.uk_address(), "ADDRESS")
    if slot == "addrl":
        return one(g.uk_address(case="lower"), "ADDRESS")
    if slot == "ADDR":
        return one(g.uk_address(case="upper"), "ADDRESS")
    if slot == "addrml":
        return one(g.uk_address(sep="\n"), "ADDRESS")
    if slot == "ADDRML":
        return one(g.uk_address(sep="\n", case="upper"), "ADDRESS")
    if slot == "addrflat":
        return one(g.uk_address(flat=True, house=False), "ADDRESS")
    if slot == "addrhouse":
        return one(g.uk_address(flat=False, house=True), "ADDRESS")
    if slot == "addrvil":
        return one(g.uk_address(flat=False, village=True, county=r.random() < 0.7), "ADDRESS")
    if slot == "addrshort":
        return one(g.uk_address(flat=False, house=False, village=False, county=False,
                                postcode=False), "ADDRESS")
    if slot == "addrus":
        return one(g.us_address(), "ADDRESS")
    if slot == "addrpo":
        if r.random() < 0.75:
            return one(g.us_address(po=True), "ADDRESS")
        town, outs, cty = r.choice(UK_TOWNS)
        return one(f"PO Box {r.randrange(10, 999)}, {town} {g.postcode(r.choice(outs))}", "ADDRESS")
    if slot == "addrusml":
        return one(g.us_address(sep="\n"), "ADDRESS")
    # dates of birth
    if slot == "dob":
        return one(g.dob("any"), "DATE_OF_BIRTH")
    if slot == "dobn":
        return one(g.dob("num"), "DATE_OF_BIRTH")
    if slot == "dobw":
        return one(g.dob("words"), "DATE_OF_BIRTH")
    if slot == "dobus":
        return one(g.dob("us"), "DATE_OF_BIRTH")
    if slot == "dobkid":
        return one(g.dob("kid"), "DATE_OF_BIRTH")
    # numbers
    if slot == "hosp":
        return one(g.hosp(), "HOSPITAL_NUMBER")
    if slot == "hospl":
        return one(g.hosp(lower=True), "HOSPITAL_NUMBER")
    if slot == "nhs":
        return one(g.nhs(), "NHS_NUMBER")
    if slot == "mob":
        return one(g.mobile(), "PHONE")
    if slot == "land":
        return one(g.landline(), "PHONE")
    if slot == "phone":
        return one(g.phone(), "PHONE")
    if slot == "phoneext":
        return one(g.phone_ext(), "PHONE")
    if slot == "phoneus":
        return one(g.phone_us(), "PHONE")
    if slot == "phoneintl":
        return one(g.phone_intl(), "PHONE")
    if slot == "email":
        return one(g.email(), "EMAIL")
    if slot == "emailn":
        return one(g.email(g.last_person), "EMAIL")
    if slot == "url":
        return one(g.url(), "URL")
    if slot == "pc":
        style = r.choice(["plain", "plain", "plain", "plain", "nospace", "lower", "double"])
        return one(g.postcode(style=style), "POSTCODE")
    if slot == "zip":
        return one(g.zipcode(), "ZIP")
    if slot == "date":
        return one(g.date("uk"), "DATE")
    if slot == "dateus":
        return one(g.date("us"), "DATE")
    if slot == "age":
        return one(g.age(), "AGE_OVER_89")
    if slot == "agew":
        return one(g.age_words(), "AGE_OVER_89")
    if slot == "town":
        return one(g.town_uk(), "TOWN")
    if slot == "TOWN":
        return one(g.town_uk().upper(), "TOWN")
    if slot == "townus":
        return one(g.town_us(), "TOWN")
    if slot == "townab":
        return one(g.town_abroad(), "TOWN")
    if slot == "vil":
        return one(r.choice(UK_VILLAGES)[0], "TOWN")
    raise KeyError(slot)


SLOT_TYPES = {}
for _s in ["f", "m", "n", "fl", "ml", "nl", "F", "M", "N", "fw", "mw", "w", "wl", "W", "ff",
           "mf", "nf", "nfl", "NF", "pn", "s", "sl", "S", "ps", "ini"]:
    SLOT_TYPES[_s] = ["NAME"]
for _k in (2, 3, 4):
    for _p in ("", "l", "L"):
        SLOT_TYPES[f"{_p}list{_k}"] = ["NAME"] * _k
for _s in ["addr", "addrl", "ADDR", "addrml", "ADDRML", "addrflat", "addrhouse", "addrvil",
           "addrshort", "addrus", "addrusml", "addrpo"]:
    SLOT_TYPES[_s] = ["ADDRESS"]
for _s in ["dob", "dobn", "dobw", "dobus", "dobkid"]:
    SLOT_TYPES[_s] = ["DATE_OF_BIRTH"]
SLOT_TYPES.update({
    "hosp": ["HOSPITAL_NUMBER"], "hospl": ["HOSPITAL_NUMBER"], "nhs": ["NHS_NUMBER"],
    "mob": ["PHONE"], "land": ["PHONE"], "phone": ["PHONE"], "phoneext": ["PHONE"],
    "phoneus": ["PHONE"], "phoneintl": ["PHONE"], "email": ["EMAIL"], "emailn": ["EMAIL"],
    "url": ["URL"], "pc": ["POSTCODE"], "zip": ["ZIP"], "date": ["DATE"], "dateus": ["DATE"],
    "age": ["AGE_OVER_89"], "agew": ["AGE_OVER_89"], "town": ["TOWN"], "TOWN": ["TOWN"],
    "townus": ["TOWN"], "townab": ["TOWN"], "vil": ["TOWN"],
})

# ---------------------------------------------------------------------------
# Carrier sentences, hand-written one by one.
#   "^" prefix: opener (goes before the comment)
#   "$" prefix: sign-off (goes after everything else)
#   otherwise: goes at a sentence boundary (start, between sentences or end)
# ---------------------------------------------------------------------------

TEMPLATES = [
    # --- plain praise, standard voice ------------------------------------
    "The nurse who stayed with me, {f}, deserves a medal.",
    "Special thanks to Dr {s} for explaining everything twice.",
    "{fw} on reception was so kind to my mum.",
    "Please pass my thanks to {list3} on the night shift.",
    "I was seen by {ini}, who was very thorough.",
    "The paramedics, {m} and {f}, kept me calm the whole way in.",
    "Can someone tell Sister {s} she made a real difference",
    "Physio {fl} had me walking again within days.",
    "A big thank you to {nf} from the discharge team.",
    "Staff nurse {ps} went above and beyond.",
    "Dr {pn} actually listened to me, which made a change.",
    "{mw} and {fw} on the evening shift were wonderful.",
    "Big shout out to {list2} who sorted my tablets out.",
    "I'd like to thank {fw}, who held my hand through the whole thing.",
    "My thanks go to the whole team, especially {nf} and {nf}.",
    "Dr {s} and Dr {s} both took time to go through the scan with us.",
    "The health care assistant, {fl}, noticed I hadn't eaten and found me a sandwich.",
    "{mw} sorted it all out in ten minutes.",
    "Without {fw} I don't think I'd have coped.",
    "{w} made all the difference.",
    "Midwife {ff} delivered our daughter and was calm the whole time.",
    "The consultant, Mr {s}, came back to see me after his clinic had finished.",
    "I was looked after by a student nurse called {f} who will go far.",
    "The driver {m} helped me up my steps and even shut the gate behind him.",
    "Ms {ps} in outpatients sorted my appointment in one call.",
    "Dr {ini} was patient with all my questions.",
    "Please could {f} in pharmacy be told how grateful we are.",
    "Everyone was lovely, but {fw} in particular.",
    "The lady on the phone, {f}, rang me back exactly when she said she would.",
    "{nf} in radiology put me at ease before the scan.",
    "Ask for {w} if you ever need help finding the clinic.",
    "{list4} - you are all stars.",
    "Thank you to {list2} and everyone else on the ward.",
    "{ff} from the falls team came out the same day.",
    "The two ambulance men, {list2}, were gentle with my wife.",
    "Mr {pn} did my knee and I can't believe how well it's healed.",
    "Professor {s} is a credit to your hospital.",
    "Can I just say {mw} the porter is the cheeriest man alive.",
    "Nurse {ff} noticed my sats dropping before anyone else did.",
    "Our district nurses, {list3}, have been coming every day for a month.",
    "Dr {f} (I didn't catch her surname) was brilliant with my son.",
    "{ini} from the respiratory team deserves a pay rise.",
    "{mf} in the plaster room had us laughing the whole time.",
    "The specialist nurse, {pn}, explained the stoma bag better than any leaflet.",
    "I saw {ff} for my mental health assessment and felt listened to for once.",
    "The call handler, {m}, stayed on the line until the crew arrived.",
    "Dr {ps} and her student {m} were both lovely.",
    "{fw} and {mw} in the day unit made a scary day bearable.",
    "Please tell Mr {s}'s secretary, {f}, thank you for chasing my results.",
    "I'd recommend {nf} to anyone needing a physio.",
    # --- angry relative ---------------------------------------------------
    "My father, {mf}, was left on a trolley for hours and nobody from Dr {s}'s team came near him.",
    "I want it noted that my mother {f} is {age} and was spoken to like a child.",
    "I have rung {land} six times and nobody answers.",
    "Dr {s} told us one thing and the nurse, {f}, told us the opposite.",
    "Why does my dad's file still say he lives at {addr} when we told you he moved?",
    "If anyone bothers to reply, my number is {mob}.",
    "The consultant ({ini}) did not even look at her.",
    "Mum is {age}, she can't be sat waiting four hours for transport!",
    "Nobody answered the phone on {phoneext} all afternoon.",
    "My brother {m} was discharged on {date} with no medication.",
    "My sister {ff} had to chase her own results.",
    "My grandad's date of birth is {dob} and you've got it wrong on every letter.",
    "This is the third time {m} has been sent home from {town} without a diagnosis.",
    "I'm sick of quoting his hospital number, {hosp}, to people who then lose it.",
    "They wrote her NHS number down as {nhs}, which isn't even hers.",
    "We were told to ring {phone} and it went straight to voicemail.",
    "My gran is {agew} and was left with no water.",
    "You sent the ambulance to {pc} instead of our house.",
    "My wife {f} ({dobn}) had a fall and waited five hours on the floor.",
    "Anyone reading this, ask for Sister {ps}, not the agency staff.",
    "Dad ({mf}) was treated like a number, not a man who worked forty years.",
    "I will be taking this further, and my solicitor {nf} has copies of everything.",
    "Who decided it was fine to send a confused {age} year old home at night?",
    "The so-called manager, {nf}, hung up on me.",
    "My son {ml} waited eleven hours and nobody even offered him a drink.",
    "I have the name of the nurse, {NF}, and I will be putting it in writing.",
    "Mum's been under Dr {s} for years and this is the first time we've been let down.",
    "Two letters went to {addrshort}, where she hasn't lived since the pandemic.",
    "I rang PALS on {land} and was told to email {email} instead, which nobody reads.",
    "My husband {m} was sent home on {date} and was back in by {date}.",
    # --- carer --------------------------------------------------------------
    "As {nfl}'s carer I was not told anything about the discharge.",
    "I care for my neighbour {f}, who is {age} and lives alone at {addr}.",
    "I'm the main carer for Mr {s} (DOB {dob}) and nobody asked for my input.",
    "The care agency ({url}) had no idea he was coming home.",
    "Carer for {nf}, NHS no. {nhs}, please update your records.",
    "Please send letters to me, {nf}, not to him, as he can't read them any more.",
    "I'm a paid carer and my client, Mrs {ps}, was treated with real dignity.",
    "Our care home is at {addr} and the crew knew exactly where to go.",
    "I support a young man, {ml}, who has autism, and the staff adapted everything for him.",
    "The home manager, {nf}, can be reached on {land}.",
    "The key safe details were passed to the crew by {f} from the agency.",
    "I look after my brother-in-law {m}, born {dobw}, and the ward let me stay with him.",
    "Mum's carers ({list2}) were included in every conversation, which was refreshing.",
    "Could the next letter for {nf} go to the care home at {addrflat}?",
    "I'm {f}'s carer and she's {age}, so please don't book her at eight in the morning.",
    "As a young carer for my mum {fl} I felt properly supported.",
    # --- teen texting -----------------------------------------------------
    "big thanks to {wl} and {wl} on the front desk",
    "me n {ml} were proper scared but the ambulance ppl were class",
    "shout out to {fl} on the childrens ward",
    "tbh {nl} the hca was a legend",
    "nurse {fl} was so nice 2 me omg",
    "{nl} u r a star",
    "me and {llist2} were in the same bay lol",
    "my mate {ml} from {town} said it was quick 4 him too",
    "hmu on {email} if u want more feedback",
    "txt me {mob} if u need to ask anything",
    "my nan {fl} is {age} n she loved it",
    "dr {sl} was ok i guess",
    "thank u {nfl} ur amazing",
    "the lad who did my bloods ({ml}) was dead funny",
    "{wl} was lush",
    "honestly {fl} and {fl} saved my life",
    "idk the name of the place but it was in {town} and it was well nice",
    "{llist3} u lot are the best",
    "ngl i cried when {fl} said bye",
    "my dob is {dobkid} so im not a kid anymore, stop talking to my mum instead of me",
    "follow our page {url} for more",
    "me and {wl} was sat there for ages",
    # --- non-native writer ------------------------------------------------
    "Doctor {s} was very kindly and explain me all things good.",
    "My name is {nf}, I am come from {townab} and my English is not so good but staff help me.",
    "Please you can call me in number {phoneintl}, I am not have email.",
    "My son {m} he have appointment on {date} but nobody was coming.",
    "I am thanking nurse {f} very much for her patient.",
    "Me and my wife {f} we are living in {addr} from three years.",
    "I born {dob} in {townab}, now I am living here long time.",
    "The interpreter {nf} was very helpful for us.",
    "My husband is {age} years and very weak, please send letter to {addr}.",
    "For answer please write to my daughter {f}, email {emailn}.",
    "In my country, in {townab}, we wait much longer, here is very good.",
    "Mister {s} from the ambulance he carry my mother very carefully.",
    "I am grateful to {list2}, they speak with me slowly.",
    "My mother is {agew} years and she not understand English, {f} translate for her.",
    "Hospital number of me is {hosp}, please check again the result.",
    "I am asking my friend {mf} to write this because he is good in English.",
    "My telephone is {mob} and my email {email}, thank you.",
    "Before I was living in {townab} and the hospital was not like this.",
    # --- formal complaint letter -----------------------------------------------
    "^Re: {nf}, date of birth {dob}, hospital number {hosp}\n",
    "^Dear Sir or Madam,\nI write regarding my late mother, Mrs {ff}, of {addr}.\n",
    "$\nYours faithfully,\n{nf}\n{addrml}",
    "$\nYours sincerely,\n\n{ini}\n{addrml}\nTel: {land}",
    "I should be grateful for a written response to {addr} within twenty working days.",
    "I enclose a copy of the letter dated {date} from Dr {s}.",
    "I would ask that this matter is logged under reference {hosp}.",
    "^FAO the Patient Experience Team\nRe: Mr {mf} (NHS number {nhs})\n",
    "I have raised this previously with Ms {s}, the ward manager, without reply.",
    "I trust you will contact me at {email} at your earliest convenience.",
    "Please note that my correct address is {addrflat} and not the one held on your system.",
    "$\nKind regards,\n{nf}\n{mob}",
    "$\nRegards\n{ini}\n{email}",
    "For the avoidance of doubt, the patient is my father, {mf}, born {dobw}.",
    "I attended on {date} with my wife, Mrs {s}, who has dementia.",
    "My late father, {mf}, was {age} when he died on the ward on {date}.",
    "I am copying this letter to my MP and to Dr {ini}, our GP.",
    "^Dear Chief Executive,\nRe: complaint ref. {hosp}, patient {nf}\n",
    "$\nYours sincerely\n{ff} (daughter of the patient)\n{addr}\n{email}",
    "I would be obliged if you would telephone me on {land} between ten and four.",
    "The events of {date} have left my family deeply distressed.",
    "I refer to my previous correspondence of {date} and to your reply signed by {nf}.",
    # --- all caps -----------------------------------------------------------
    "ASK FOR {F} ON THE FRONT DESK, SHE IS BRILLIANT.",
    "DR {S} WAS THE ONLY ONE WHO LISTENED!!",
    "MY MUM IS {age} AND WAS LEFT SAT IN A CORRIDOR!!!",
    "THANK YOU TO {Llist2} FOR EVERYTHING.",
    "RING ME ON {mob} IF YOU ACTUALLY WANT TO KNOW.",
    "I LIVE AT {ADDR} AND THE TRANSPORT WENT TO THE WRONG HOUSE.",
    "MRS {S} ON THE DAY UNIT IS AN ANGEL.",
    "NURSE {NF} SHOULD BE PROMOTED.",
    "{W} AND {W} KEPT US GOING.",
    "FROM {NF}, {TOWN}.",
    "MY HUSBANDS HOSPITAL NUMBER IS {hosp} AND HE STILL HASNT HAD A LETTER.",
    "$\nFROM {NF}\n{ADDR}",
    "{M} THE DRIVER IS A GENTLEMAN.",
    "WHY DOES IT SAY {TOWN} ON MY LETTER WHEN I LIVE NOWHERE NEAR IT?",
    "MY DAD {M} IS {age} AND DESERVES BETTER THAN THIS.",
    "$\n{NF}\n{ADDRML}",
    "THANKS {Llist3}!!!",
    "DOB {dobn} - GET IT RIGHT NEXT TIME.",
    # --- terse form-fill ---------------------------------------------------------
    "^Name: {nf}\nDOB: {dob}\nContact: {mob}\n",
    "^Patient: {nf}. Hosp no: {hosp}.",
    "^Pt: {ini} | d.o.b {dob} | NHS {nhs}\n",
    "$\nContact: {email}",
    "$\nTel {phone}",
    "$\nPostcode: {pc}",
    "$\n{nf}, {pc}",
    "Staff member: {n}.",
    "Location: {town}.",
    "Date of visit: {date}.",
    "Seen by: {ini}.",
    "Age: {age}.",
    "Zip: {zip}.",
    "NHS no: {nhs}.",
    "Ref: {hosp}.",
    "Email: {email}",
    "Address: {addr}.",
    "Carer: {nf} ({mob}).",
    "^Service user: {nfl} / {dobn}\n",
    "Next of kin - {nf}, {phone}.",
    "Completed by: {f} (granddaughter).",
    "$\nName (optional): {nf}",
    "$\nMob: {mob}\nEmail: {email}",
    "Home postcode {pc}.",
    # --- US patient -------------------------------------------------------------
    "I was visiting from {townus} and the ER back home would have charged me a fortune.",
    "My insurance member ID is {hosp}, in case you need it.",
    "You can reach me stateside at {phoneus}.",
    "My mailing address back home is {addrus}.",
    "$\nBest,\n{nf}\n{addrusml}",
    "The zip code is {zip} if you need to mail the paperwork.",
    "I'm staying with my cousin {f} in {town} until the end of the month.",
    "My date of birth is {dobus}, in case the records got it backwards.",
    "Y'all were amazing, especially {fw} in the ER.",
    "My mom in {townus} ({zip}) was worried sick until {f} called her.",
    "Back in {townus} my doctor is Dr {s}, and he'd be impressed.",
    "Send the bill to {addrus}, attention {nf}.",
    "My husband ({m}, DOB {dobus}) is a US citizen and was treated like a local.",
    "Our travel insurance claim number is {hosp}, please quote it to the insurer.",
    "I'm a nurse myself back in {townus}, and {fw} was as good as anyone I've worked with.",
    "Call my cell at {phoneus} any time after noon your time.",
    "On {dateus} I fainted in the street and a stranger called the ambulance.",
    "Please forward the records to my physician, Dr {ini}, {addrus}.",
    "I'm {age} years young and this was my first trip to England.",
    "$\nThanks a million,\n{nf}\n{phoneus}\n{email}",
    "My daughter's place is {addrus}, that's where I'll be recovering.",
    "$\nUS address:\n{addrusml}",
    "We're retired snowbirds from {townus}, normally at {addrus}.",
    "Please mail the itemized bill to {addrus}; my phone there is {phoneus}.",
    "I work at the university in {townus} and was over for a conference.",
    "My son drove down from {townus} (zip {zip}) just to sit with me.",
    "Mail reaches me at {addrpo} quicker than my street address.",
    "$\nc/o {nf}\n{addrusml}",
    "Any paperwork c/o my sister {ff}, {addr}, please.",
    "The records need to go to {addrus} - attn: medical records.",
    "My mother's mailing address is {addrpo}, she's {age} and doesn't drive.",
    "Honestly the ER in {townus} could learn a thing or two from you guys.",
    "Post for the charity goes to {addrpo}.",
    "Gotta say {mw} in triage was awesome, reminded me of my buddy back in {townus}.",
    # --- Welsh, Scottish, Irish -------------------------------------------------
    "Diolch yn fawr to {f} and all the staff in {town}.",
    "Nurse {f} was a wee gem, so she was.",
    "Himself ({ml}) was raging about the parking but the care was grand.",
    "Me mammy is {age} and she said {m} was the nicest lad she ever met.",
    "Aye, Dr {s} knew his stuff.",
    "We came all the way down from {town} and {fw} made us a cuppa.",
    "Ta very much to {ff} from {addrvil}.",
    "The girl {fl} from {townab} was lovely, we had a good chat about home.",
    "Wee {ml} was terrified but the doctor was brilliant with him.",
    "Och, {f} on the desk couldnae have been nicer.",
    "The craic was mighty with {list2} on the ward.",
    "Our {f} was born {dobw} and she still talks about the midwife, {f}.",
    "Iechyd da to {pn} and the whole tîm.",
    "Sure {mw} was a dote, he'd talk to anyone.",
    "Dr {s} from {townab} had the same accent as my granny, and it put me right at ease.",
    "Bore da from {addrvil}, and thank you to {nf}.",
    "The lassie {fl} gave my da a proper shave, he was chuffed.",
    "Mo chara {m} drove me in and waited the whole time.",
    "Ah, {fw} is a saint, a saint I tell you.",
    "I'm up in {town} now but I was born {dobw} in {townab}.",
    # --- pasted appointment letter ----------------------------------------
    "^Copied from my letter: \"Patient: {nf}  Hospital No: {hosp}  NHS No: {nhs}  Appointment: {date}\"\n",
    "$\nThis is what the letter said:\n{nf}\n{addrml}\nDate of birth: {dob}\nRef: {hosp}",
    "The letter I got (ref {hosp}) was addressed to {addr}, which is not even my house.",
    "My appointment card says {date}, consultant {ini}, but nobody was there.",
    "$\nFrom my letter - Patient: {NF} / Hosp No: {hosp} / Clinic: {town} / Date: {date}",
    "^PATIENT: {NF}   DOB: {dobn}   MRN: {hosp}\n",
    "The text message said \"{f}, your appointment is on {date}\" but it had been cancelled.",
    "^Pasting my letter so you know who I am:\n{nf}\n{addrml}\nNHS Number {nhs}\n",
    "It says at the top of my letter: Clinic Ref {hosp}, Consultant Mr {s}.",
    "My discharge letter lists my GP as Dr {ini} at {addr}, but I changed practice years ago.",
    # --- elderly ------------------------------------------------------------
    "I am {age} years old and have never been treated so kindly.",
    "My late husband {m} would have been proud of that young man, {m}.",
    "I was born {dobw}, so I remember when the hospital first opened.",
    "The young lady, {f} I think her name was, brought me a cup of tea.",
    "I live on my own at {addrhouse} and the driver found it first time.",
    "Please thank {nf} who rang me on {land} to check I was alright.",
    "At {age}, I don't like a fuss, but {fw} made me feel at home.",
    "My daughter {f} usually drives me but she lives in {town} now.",
    "I am {agew} next birthday and still do my own shopping.",
    "The driver, a nice lad called {m}, carried my bag to the door.",
    "I still write letters, so my address is {addr} if anyone wants to reply.",
    "I'm on my own since my {m} passed, and the nurses ({list2}) were like family.",
    "At my age ({agew}) you notice who takes the time, and {f} did.",
    "I have lived at {addrhouse} since before the war, and the crew still found it.",
    "I'm {age} and I've been coming to this hospital since it was a cottage hospital in {town}.",
    "The lad who took my blood, {mw}, reminded me of my grandson.",
    "Born {dob}, and still here, thanks to you all.",
    "My great-grandson {ml} helped me type this.",
    # --- DOB ------------------------------------------------------------------------
    "His date of birth is {dob}, not the one on your system.",
    "born {dobw}",
    "My dad ({dobn}) was treated with real dignity.",
    "DOB {dob}, please check your records.",
    "I'm writing about my son, d.o.b {dobkid}.",
    "My little girl (dob {dobkid}) was so brave.",
    "Mum, born {dob}, was kept comfortable to the end.",
    "date of birth - {dob}",
    "My daughter {f}, born {dobkid}, had her first stitches and didn't cry.",
    "My grandad {m} (born {dobw}) served in the navy and said the crew were as good as any sailors.",
    "Patient date of birth: {dobus}.",
    "Twins {list2}, dob {dobkid}, were both seen within the hour.",
    "My baby was born on {dobkid} on your unit and the care was second to none.",
    "For the record my birthday is {dobw}, so I was not the lady they thought I was.",
    "d.o.b. {dobn}",
    "The wristband had my date of birth as {dobn} - I'm not that old!",
    "Mother's DOB: {dob}.",
    "My nan (born {dobn}, bless her) was in her element with all the attention.",
    "The receptionist asked for my DOB three times, it's {dob}, it hasn't changed.",
    "Son: {ml}, dob {dobkid}.",
    # --- hospital and reference numbers ----------------------------------------
    "My hospital number is {hosp}.",
    "The sticker on my notes said {hosp} but the nurse called out someone else's name.",
    "wristband no {hospl}",
    "My K number is {hosp} if you need to find me.",
    "Unit no. {hosp}, in case you need to look me up.",
    "Quote ref {hosp} if you contact me.",
    "The transport booking ref was {hosp} and they still had no record of it.",
    "PAS no: {hosp}.",
    "My MRN is {hosp}, so you can check everything I've said.",
    "Incident number {hosp} was given to me on the phone.",
    "patient id {hospl} (on my letter)",
    "Job no. {hosp}.",
    "They gave me a case number ({hosp}) and nothing happened.",
    "My PALS reference is {hosp}.",
    "The X-ray form just said {hosp} with no name on it.",
    "record number {hosp}",
    "My physio referral number was {hosp} and they still lost it.",
    "Hosp # {hosp}",
    "The pharmacy ticket number, {hosp}, was never called.",
    "My maternity notes number is {hosp} if you want to check.",
    "The CAD number for the call was {hosp}.",
    "EPR ref: {hosp}.",
    # --- phones ---------------------------------------------------------------------
    "Ring me on {mob} if you want more detail.",
    "My landline is {land} as I don't do mobiles.",
    "You can call my son on {mob} or me on {land}.",
    "The number on the letter, {land}, just rings out.",
    "I'm on {phone} most evenings.",
    "The helpline, {phone}, was engaged for an hour.",
    "Call back on {phoneext} please, that's my work line.",
    "my number is {mob} text is best",
    "Contact number: {phone}.",
    "I left my number ({mob}) with reception twice.",
    "My daughter in {townab} rang on {phoneintl} and they wouldn't speak to her.",
    "For anything else call {nf} on {phone}.",
    "ring me on {mob} after six",
    "The ward's direct line is {land}, which nobody seems to know.",
    "My brother rang from abroad on {phoneintl} and the nurse took time to update him.",
    "Mobile {mob}, landline {land}.",
    "Tel: {phoneext}.",
    "My son in {townab} wants updates on {phoneintl}, he's a doctor there himself.",
    "Family abroad can reach me on {phoneintl} (WhatsApp).",
    # --- e-mail ------------------------------------------------------------------
    "Please email me at {email} for any follow-up.",
    "My daughter {f} handles things for me, her email is {emailn}.",
    "I sent a complaint to {email} and nobody replied.",
    "You can contact {nf} on {emailn} about the lost property.",
    "I tried emailing {email} but it bounced back.",
    "Updates to {email} please, I don't have a phone.",
    "The physio's email was written as {email} on my leaflet and it doesn't work.",
    "ps my email is {email}",
    "I've emailed photos of the bay to {email}.",
    "Happy to talk more, {emailn} is the best way to reach me ({nf}).",
    # --- URLs ------------------------------------------------------------------------
    "I wrote about my experience at {url} if anyone wants the full story.",
    "The leaflet sent me to {url} which didn't load.",
    "Our charity ({url}) donated the toys for the children's ward.",
    "We set up a page at {url} to thank the team.",
    "The booking page {url} kept crashing on my phone.",
    "I found the directions on {url} really helpful.",
    "My review is also up at {url}.",
    # --- NHS numbers ---------------------------------------------------------------
    "My NHS number is {nhs} if you need to look it up.",
    "nhs no {nhs}",
    "Please attach this to NHS no. {nhs}.",
    "His NHS number ({nhs}) was on the wristband but they still got his name wrong.",
    "NHS Number: {nhs}",
    "My mum's NHS number is {nhs} and she turned {age} last week.",
    "NHS # {nhs}, so you can find my notes.",
    "The GP letter had the wrong NHS number, it should be {nhs}.",
    # --- postcodes ------------------------------------------------------------------
    "We live in {pc}, which your sat nav never finds.",
    "Please send transport to {pc} next time, not the old address.",
    "postcode {pc} if that helps",
    "The crew couldn't find {pc} because the new estate isn't on the maps.",
    "Our postcode ({pc}) covers half the village so please ring first.",
    "The app wouldn't accept my postcode, {pc}.",
    # --- ZIP codes --------------------------------------------------------------------
    "zip {zip}",
    "I'm in the {zip} zip code, for your records.",
    "My zip code is {zip} but the form wouldn't take it.",
    "(home zip {zip})",
    "The insurer needs the zip, which is {zip}.",
    "Back home (zip code {zip}) we'd have paid a fortune for this.",
    "Mailing zip: {zip}.",
    "Please note my ZIP is {zip}, not a UK postcode.",
    # --- dates of events ------------------------------------------------------
    "I was admitted on {date} and discharged the next day.",
    "My appointment on {date} was cancelled by text the night before.",
    "We have been waiting since {date} for a call back.",
    "Since my operation on {date} I've had no follow up.",
    "The ambulance came for me on {date}, right on time.",
    "She was seen on {date} and again on {date}.",
    "I first raised this on {dateus} and I'm still waiting.",
    "My scan was booked for {date} and then moved without telling me.",
    "Came in {date}, out {date}, no complaints.",
    # --- ages -------------------------------------------------------------
    "I am {age} and this was my first time in hospital.",
    "My nan is {agew} and she was treated like royalty.",
    "My {age}-year-old mum was made to feel safe.",
    "He turned {age} in the ambulance, and the crew sang to him.",
    "Grandad, {age}, was brought home in record time.",
    "At {age} years of age I'm entitled to be a bit grumpy, but they were lovely.",
    "Auntie is {agew} and sharp as a tack, so please talk to her, not us.",
    "my great nan is {age} lol and she was flirting with the paramedic",
    # --- towns ------------------------------------------------------------------
    "I was taken to {town} instead of my local hospital.",
    "We drove all the way from {town} for this appointment.",
    "The {town} clinic is much better organised.",
    "I moved here from {townab} last year.",
    "I've been treated in {townus} and this was just as good.",
    "Transport from {town} to {town} took three hours.",
    "Better than {town} General, that's for sure.",
    "We were on holiday from {townab} when my son got ill.",
    "Can we have this service in {town} please, it's a long way to come.",
    "My sister drove up from {vil} to be with me.",
    "They should send the {town} crew on a course to learn from this lot.",
    "I was born and raised in {townab}, and this hospital is as good as any there.",
    "The bus from {vil} only runs twice a day so the transport service is a lifeline.",
    # --- addresses ------------------------------------------------------------------
    "I live at {addr} and the crew found it easily.",
    "Please update my address to {addrflat}.",
    "Transport picked me up from {addr} bang on time.",
    "The letter went to {addr} instead of my new flat.",
    "i live at {addrl} if u need to send stuff",
    "We're at {addrhouse}, down the lane past the farm.",
    "My mum's address is {addrvil}, it's very rural.",
    "Address is {addrshort}.",
    "Send it to {addrus}.",
    "My brother lives at {addrus} and flew over to be with me.",
    "we moved to {addrl} last year",
    "My old address was {addr} but I'm now at {addrflat}.",
    "The driver took me to {addrshort}, which is my sister's, not mine.",
    "Please collect me from {addrvil} rather than the surgery.",
    "The district nurse comes to {addrflat} every morning.",
    "Correspondence to {addr} please, as I'm staying with my daughter.",
    "My new address: {addr}.",
    "The paramedics got to {addrhouse} within twenty minutes, in the snow.",
    "Our dad lives at {addrl} and hes been forgotten about",
    # --- sign-offs with addresses --------------------------------------------------
    "$\n{nf}\n{addrml}",
    "$\nThanks again,\n{nf}\n{addrml}\n{phone}",
    "$\nMr {ini}\n{addrml}",
    "$\n-- \n{nf}\n{addrusml}\n{phoneus}",
    "$\nSent on behalf of {nf}, {addr}",
    "$\nMany thanks\n{f} and {m}\n{addrml}",
    "$\nlove from {llist3} xx",
    "$\n{fl} & {ml}\n{addrl}",
    "$\nWith gratitude,\nMrs {ps}\n{addrml}",
    "$\nP.S. My new address is {addrml}",
    # --- mixed, longer ------------------------------------------------------
    "My husband {mf} (NHS {nhs}) was treated by Dr {s} and we are very grateful.",
    "When I rang on {date}, {f} in the booking office had already sorted it.",
    "Mum ({ff}, {age}) was brought from {addr} by {m} and {m}.",
    "My partner {f} phoned {land} and was told to come straight in.",
    "We travelled from {townab} to see Dr {ps}, and it was worth every mile.",
    "Our neighbour {mf} from {vil} recommended this clinic.",
    "I'm {nf}, DOB {dob}, and I want my records to say I was treated well.",
    "{f} from {town} (my daughter) did all the talking for me.",
    "Dr {ini} referred me on {date} and I was seen within a fortnight.",
    "My son {m}, {dobkid}, hospital number {hosp}, was seen straight away.",
    "Mrs {s} in the next bed, who is {age}, was looked after beautifully too.",
    "My carer {f} ({mob}) is happy to be contacted about this.",
    "{fw}, {fw} and {mw} from the night team deserve medals.",
    "Me and my hubby {ml} drove from {town} and the parking was a nightmare.",
    "I'm writing for my aunt, {ff}, who is {agew} and lives at {addrhouse}.",
    "I was given two numbers, {hosp} and {hosp}, and neither worked on the phone line.",
    "Nurse {f}, Nurse {f} and Dr {s} all went out of their way.",
    "{ini}, {ini} and {ini} signed my notes and none of them explained anything.",
    "{ff} and her colleague {mf} came out twice in one night.",
    "Please pass this on to {pn}, who I believe is now at {town}.",
]

# ---------------------------------------------------------------------------
# Source comments
# ---------------------------------------------------------------------------

ACRONYMS = {"I", "I'm", "I've", "I'd", "I'll", "NHS", "GP", "GPs", "A&E", "OK", "TV", "ICU",
            "ENT", "MRI", "CT", "ECG", "OT", "PPE", "COVID"}
MONTH_RE = re.compile(r"\b(january|february|march|april|june|july|august|september|october|"
                      r"november|december|jan|feb|sept|oct|nov|dec)\b", re.I)
BAD_RE = re.compile(r"@|www|http|\.com|\.uk|\*|\[|xxx", re.I)
WEEKDAY_RE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def list_words():
    words = set()
    for item in (FEMALE + MALE + WORD_FEMALE + WORD_MALE + SURNAMES + PARTICLE_SURNAMES
                 + [t[0] for t in UK_TOWNS] + [v[0] for v in UK_VILLAGES]
                 + [c[0] for c in US_CITIES] + ABROAD):
        for w in re.findall(r"[^\W\d_]+", item):
            w = w.lower()
            if len(w) > 3 and w not in WORDLIKE:
                words.add(w)
    return words


LIST_WORDS = list_words()


def lower_vocab(fft_dir: str) -> Counter:
    """How often each word is written in lower case anywhere in the two FFT files."""
    low = Counter()
    for fname, col in (("fft_phase2_v6framework.csv", "FFT answer"), ("fft_phase1.csv", "feedback")):
        with open(os.path.join(fft_dir, fname), encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                for w in re.findall(r"[^\W\d_]+", row.get(col) or ""):
                    if w.islower():
                        low[w] += 1
    return low


def is_clean(t: str, low: Counter) -> bool:
    if not (30 <= len(t) <= 400):
        return False
    if re.search(r"\d{3}", t) or re.search(r"\b\d{1,2}[./-]\d{1,2}\b", t):
        return False
    if BAD_RE.search(t):
        return False
    if MONTH_RE.search(t) or re.search(r"\bMay\b", t):
        return False
    if re.search(r"\b9\d\b|ninety|hundred", t, re.I):
        return False
    if t[-1] in ",;:-(":
        return False
    if re.search(r"[a-z]I[a-z]", t):  # the "wIth" case artefact
        return False
    for m in re.finditer(r"[A-Za-z][A-Za-z'&]*", t):
        w = m.group(0)
        if not w[0].isupper() or w in ACRONYMS:
            continue
        pre = t[:m.start()].rstrip()
        if pre == "" or pre[-1] in ".!?\n":
            continue
        return False
    for w in re.findall(r"[^\W\d_]+", t):
        if w.lower() in LIST_WORDS:
            return False
        # a capitalised word (also at the start of a sentence) that the FFT files
        # (almost) never write in lower case is probably a name or a place
        if w[0].isupper() and w not in ACRONYMS and low[w.lower()] < 2:
            return False
    return True


# The sets whose comments are left out.  A fixed list (not a glob), so that the build
# does not change when another set is added next to this one later.
EXCLUDE_FILES = [
    "evaluation/data/redaction_testset.jsonl",
    "evaluation/data/redaction_testset_v2.jsonl",
    "evaluation/data/redaction_devset.jsonl",
    "evaluation/data/redaction_devset2.jsonl",
    "evaluation/data/redaction_devset3.jsonl",
    "data/labeled/corpus.jsonl",
]


def excluded_ids(root: str):
    ids = set()
    for rel in EXCLUDE_FILES:
        p = os.path.join(root, rel)
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])  # only the id is used
    return ids


def load_pools(fft_dir: str, excl: set):
    pools = {}
    low = lower_vocab(fft_dir)
    specs = [("fft2", "fft_phase2_v6framework.csv", "FFT answer", "Comment ID"),
             ("fft1", "fft_phase1.csv", "feedback", "row_index")]
    for tag, fname, col, idcol in specs:
        rows = []
        with open(os.path.join(fft_dir, fname), encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                t = (row.get(col) or "").strip()
                if t:
                    rows.append((f"{tag}:{row[idcol]}", t))
        excl_texts = {t for i, t in rows if i in excl}
        seen = set()
        pool = []
        for i, t in rows:
            if i in excl or t in excl_texts or t in seen:
                seen.add(t)
                continue
            seen.add(t)
            if is_clean(t, low):
                pool.append((i, t))
        pools[tag] = pool
    return pools


# ---------------------------------------------------------------------------
# Planting
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Za-z0-9]+)\}")


def parse_template(tpl: str):
    kind = "mid"
    if tpl.startswith("^"):
        kind, tpl = "open", tpl[1:]
    elif tpl.startswith("$"):
        kind, tpl = "sign", tpl[1:]
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            parts.append(("lit", tpl[pos:m.start()]))
        if m.group(1) not in SLOT_TYPES:
            raise KeyError(f"unknown slot {m.group(1)!r} in {tpl!r}")
        parts.append(("slot", m.group(1)))
        pos = m.end()
    if pos < len(tpl):
        parts.append(("lit", tpl[pos:]))
    types = [t for k, v in parts if k == "slot" for t in SLOT_TYPES[v]]
    return {"kind": kind, "parts": parts, "types": types, "src": tpl}


def render(g: Gen, tpl) -> list:
    g.last_person = None
    pieces = []
    used_names = set()
    for k, v in tpl["parts"]:
        if k == "lit":
            pieces.append((v, None))
            continue
        for _ in range(20):
            vals = slot_value(g, v)
            names = [x for x, t in vals if t == "NAME"]
            if not any(n.lower() in used_names for n in names):
                break
        used_names.update(n.lower() for n in names)
        pieces.extend(vals)
    return pieces


def sentence_boundaries(text: str):
    """Positions where a new sentence starts (after '.', '!', '?' or a newline)."""
    out = []
    for m in re.finditer(r"(?:[.!?]+[\"')]*[ \t]+|\n+)(?=\S)", text):
        end = m.end()
        before = text[:m.start() + 1]
        if before.count("(") > before.count(")"):
            continue
        last_word = re.search(r"(\S+)$", text[:m.start() + 1])
        if last_word and last_word.group(1).lower() in {"e.g.", "i.e.", "dr.", "mr.", "mrs.",
                                                         "ms.", "p.s.", "st.", "no."}:
            continue
        if re.match(r"[a-z]", text[end]) and text[m.start()] == ".":
            # "etc. and" / abbreviation mid-sentence: only split before a capital
            continue
        out.append(end)
    return out


def ends_sentence(s: str) -> bool:
    s = s.rstrip()
    return bool(s) and s[-1] in ".!?"


def build_record(g: Gen, rid: str, original: str, tpls: list):
    r = g.r
    openers = [t for t in tpls if t["kind"] == "open"]
    signs = [t for t in tpls if t["kind"] == "sign"]
    mids = [t for t in tpls if t["kind"] == "mid"]
    bounds = sentence_boundaries(original)
    placed = {}  # position -> list of rendered pieces
    for t in mids:
        x = r.random()
        if x < 0.22:
            pos = 0
        elif x < 0.6 or not bounds:
            pos = len(original)
        else:
            pos = r.choice(bounds)
        placed.setdefault(pos, []).append(render(g, t))
    segs = []  # (text, type)

    def add_sentence(pieces, followed):
        pieces = list(pieces)
        text = "".join(p for p, _ in pieces)
        if followed and not ends_sentence(text) and not text.endswith("\n"):
            pieces.append((".", None))
        segs.extend(pieces)

    def tail_text():
        return "".join(s for s, _ in segs)

    for t in openers:
        pieces = render(g, t)
        text = "".join(p for p, _ in pieces)
        segs.extend(pieces)
        if not text.endswith("\n"):
            segs.append((" ", None))
    cuts = sorted(p for p in placed if 0 < p < len(original))
    # sentences at the start
    for pieces in placed.get(0, []):
        add_sentence(pieces, True)
        segs.append((" ", None))
    prev = 0
    for c in cuts:
        segs.append((original[prev:c], None))
        for pieces in placed[c]:
            add_sentence(pieces, True)
            segs.append((" ", None))
        prev = c
    segs.append((original[prev:], None))
    end_list = placed.get(len(original), [])
    for j, pieces in enumerate(end_list):
        if not ends_sentence(tail_text()):
            segs.append((".", None))
        segs.append((" ", None))
        add_sentence(pieces, j < len(end_list) - 1 or bool(signs))
    for t in signs:
        pieces = render(g, t)
        first = pieces[0][0]
        if not first.startswith("\n"):
            if not ends_sentence(tail_text()):
                segs.append((".", None))
            segs.append((" ", None))
        segs.extend(pieces)
    text = ""
    ents = []
    for s, typ in segs:
        if typ:
            ents.append({"start": len(text), "end": len(text) + len(s), "type": typ,
                         "value": s,
                         "profiles": list(PROFILES_HIPAA if typ in HIPAA_ONLY else PROFILES_ALL)})
        text += s
    return {"id": rid, "text": text, "original": original, "entities": ents}


def assign_templates(rng: random.Random, n_records: int, tpls: list, max_per_record: int = 5):
    counts = Counter()
    uses = [0] * len(tpls)
    recs = [[] for _ in range(n_records)]

    def can_take(ri, ti):
        if ti in recs[ri] or len(recs[ri]) >= max_per_record:
            return False
        kind = tpls[ti]["kind"]
        if kind != "mid" and any(tpls[x]["kind"] == kind for x in recs[ri]):
            return False
        return True

    def add(ri, ti):
        recs[ri].append(ti)
        uses[ti] += 1
        counts.update(tpls[ti]["types"])

    def pick_record(ti):
        fewest = min(len(x) for i, x in enumerate(recs) if can_take(i, ti))
        cands = [i for i, x in enumerate(recs) if len(x) == fewest and can_take(i, ti)]
        return rng.choice(cands)

    # 1. every hand-written sentence is used at least once
    order = list(range(len(tpls)))
    rng.shuffle(order)
    for ti in order:
        add(pick_record(ti), ti)

    def weight(ti):
        w = 0.02
        for t in tpls[ti]["types"]:
            w += max(0, TARGETS[t] - counts[t]) / TARGETS[t]
        return w / (1 + uses[ti]) ** 1.5

    # 2. every record gets at least one sentence
    for ri in range(n_records):
        if not recs[ri]:
            cands = [ti for ti in range(len(tpls)) if can_take(ri, ti)]
            ti = rng.choices(cands, weights=[weight(x) for x in cands])[0]
            add(ri, ti)
    # 3. top up until every target is met
    while True:
        short = [t for t in sorted(TARGETS) if counts[t] < TARGETS[t]]
        if not short:
            break
        t = max(short, key=lambda x: ((TARGETS[x] - counts[x]) / TARGETS[x], x))
        cands = [ti for ti in range(len(tpls)) if t in tpls[ti]["types"]]
        ws = [1.0 / (1 + uses[ti]) ** 2 for ti in cands]
        ti = rng.choices(cands, weights=ws)[0]
        add(pick_record(ti), ti)
    return recs, uses


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

EDGE_BAD = set(" \t\n\r.,;:!?'\"()[]{}-/")


def age_value(v: str):
    if v.isdigit():
        return int(v)
    key = v.lower().strip()
    return WORD_NUM.get(key)


def check(records, n_per_phase: int = N_PER_PHASE, excl=None):
    assert len(records) == 2 * n_per_phase, len(records)
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert sum(i.startswith("fft1:") for i in ids) == n_per_phase
    assert sum(i.startswith("fft2:") for i in ids) == n_per_phase
    if excl is not None:
        assert not (set(ids) & excl), "an excluded id slipped in"
    counts = Counter()
    for rec in records:
        text, orig, ents = rec["text"], rec["original"], rec["entities"]
        assert 30 <= len(orig) <= 400 and orig == orig.strip(), rec["id"]
        assert ents, f"{rec['id']}: no entities"
        # the original survives in order (only whitespace / full stops are added)
        it = iter(text)
        assert all(ch in it for ch in orig), f"{rec['id']}: original not preserved"
        prev_end = 0
        for e in ents:
            s, t, typ, v = e["start"], e["end"], e["type"], e["value"]
            assert text[s:t] == v, (rec["id"], e)
            assert s >= prev_end, f"{rec['id']}: overlap or order"
            prev_end = t
            assert v and v[0] not in EDGE_BAD and v[-1] not in EDGE_BAD, (rec["id"], v)
            assert typ in TARGETS, typ
            want = PROFILES_HIPAA if typ in HIPAA_ONLY else PROFILES_ALL
            assert e["profiles"] == want, (rec["id"], e)
            if typ == "NAME":
                assert v.split()[0].lower() not in TITLES, (rec["id"], v)
                assert not re.search(r"['’]s$", v), (rec["id"], v)
            elif typ == "NHS_NUMBER":
                digits = re.sub(r"\D", "", v)
                assert nhs_valid(digits), (rec["id"], v)
            elif typ == "AGE_OVER_89":
                a = age_value(v)
                assert a is not None and 90 <= a <= 120, (rec["id"], v)
            elif typ == "EMAIL":
                m = re.fullmatch(r"[a-z0-9._+-]+@([a-z0-9.-]+)", v)
                assert m and EXAMPLE_HOST_RE.match(m.group(1)), (rec["id"], v)
            elif typ == "URL":
                m = re.match(r"(?:https?://)?([a-z0-9.-]+)(?:[/?#]|$)", v)
                assert m and EXAMPLE_HOST_RE.match(m.group(1)), (rec["id"], v)
            elif typ == "ZIP":
                assert re.fullmatch(r"\d{5}(?:-\d{4})?", v), (rec["id"], v)
            elif typ == "POSTCODE":
                assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}[A-Za-z]? {0,2}\d[A-Za-z]{2}", v), v
            elif typ == "PHONE":
                assert len(re.sub(r"\D", "", v)) >= 7, v
                base = re.sub(r"\s+(?:ext\.?|extension|x)\s*:?\s*\d+$", "", v, flags=re.I)
                d = re.sub(r"\D", "", base)
                uk = (v.startswith("0") and not v.startswith("00")) or v.startswith("+44")
                us = "555" in d[:6] or re.search(r"555\D?01\d\d", v)
                if uk:  # Ofcom drama ranges only
                    assert re.search(r"7700900|4960\d{3}$|79460|1914980|1632960|2920180|2896496|8081570", d), v
                elif not v.startswith(("+", "00")):
                    assert us and re.search(r"555\D?01\d\d", v), v
            elif typ == "HOSPITAL_NUMBER":
                assert not re.fullmatch(r"\d{10}", v), v
            counts[typ] += 1
        # nothing outside the spans looks like a planted detail
        outside = list(text)
        for e in ents:
            for k in range(e["start"], e["end"]):
                outside[k] = " "
        outside = "".join(outside)
        assert not re.search(r"\d{3}", outside), (rec["id"], outside)
        assert "@" not in outside and "example." not in outside, rec["id"]
        assert not MONTH_RE.search(outside), (rec["id"], outside)
        assert not re.search(r"\b9\d\b", outside), (rec["id"], outside)
    for typ, want in TARGETS.items():
        assert counts[typ] >= want, f"{typ}: {counts[typ]} < {want}"
    assert sum(counts.values()) >= MIN_TOTAL, sum(counts.values())
    return counts


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def build(seed: int, n_per_phase: int, fft_dir: str, root: str):
    rng = random.Random(seed)
    excl = excluded_ids(root)
    pools = load_pools(fft_dir, excl)
    chosen = []
    for tag in ("fft2", "fft1"):
        pool = pools[tag]
        if len(pool) < n_per_phase:
            raise SystemExit(f"{tag}: only {len(pool)} clean comments")
        chosen.extend(rng.sample(pool, n_per_phase))
    rng.shuffle(chosen)
    tpls = [parse_template(t) for t in TEMPLATES]
    assert len({t["src"] for t in tpls}) == len(tpls), "duplicate template"
    recs, uses = assign_templates(rng, len(chosen), tpls)
    g = Gen(rng)
    records = []
    for (rid, original), ti_list in zip(chosen, recs):
        records.append(build_record(g, rid, original, [tpls[i] for i in ti_list]))
    counts = check(records, n_per_phase, excl)
    info = {"pools": {k: len(v) for k, v in pools.items()}, "templates": tpls, "uses": uses}
    return records, counts, info


def dumps(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(records, counts, info):
    print("pools:", info["pools"])
    tpls = info["templates"]
    print("templates:", len(tpls), Counter(t["kind"] for t in tpls),
          "uses min/max:", min(info["uses"]), max(info["uses"]))
    total = sum(counts.values())
    std = sum(v for k, v in counts.items() if k not in HIPAA_ONLY)
    for k in TARGETS:
        print(f"  {k:16s} {counts[k]}")
    print("total", total, "standard", std)
    per = Counter(len(r["entities"]) for r in records)
    print("entities per record:", sorted(per.items()))
    lens = [len(r["original"]) for r in records]
    print("original length:", min(lens), max(lens))
    names = [e["value"] for r in records for e in r["entities"] if e["type"] == "NAME"]
    wl = {w.lower() for w in WORD_FEMALE + WORD_MALE}
    print("NAME word-like first token:", sum(n.split()[0].lower() in wl for n in names))
    print("NAME lower:", sum(n == n.lower() for n in names),
          "caps:", sum(n == n.upper() for n in names))
    print("NAME initials:", sum(bool(re.search(r"\b[A-Z]\b|\b[A-Z]\.|\b[A-Z]{2}\b", n)) and n != n.upper() for n in names))
    print("NAME particle/hyphen/apostrophe:", sum(bool(re.search(r"[-'’]|\b(van|de|da|dos|di|von|le|ap|ab|bin|al|ter|den|der|la|ní|ó|nic|mac|mc)\b", n, re.I)) for n in names))
    print("NAME multi-word:", sum(" " in n for n in names))
    adjacent = 0
    for r in records:
        es = r["entities"]
        for a, b in zip(es, es[1:]):
            if a["type"] == b["type"] == "NAME" and re.fullmatch(r"(,? and |, | & | n | AND |, )", r["text"][a["end"]:b["start"]]):
                adjacent += 1
    print("NAME adjacent list pairs:", adjacent)
    addrs = [e["value"] for r in records for e in r["entities"] if e["type"] == "ADDRESS"]
    print("ADDRESS multiline:", sum("\n" in a for a in addrs),
          "US:", sum(bool(re.search(r"\b[A-Z]{2} \d{5}", a)) for a in addrs),
          "lower:", sum(a == a.lower() for a in addrs), "upper:", sum(a == a.upper() for a in addrs),
          "flat/apt/unit:", sum(bool(re.search(r"\b(flat|apartment|apt|unit|suite|room)\b|#\d|\d+[abc] ", a, re.I)) for a in addrs),
          "house names:", sum(any(h.lower() in a.lower() for h in HOUSE_NAMES) for a in addrs),
          "with county:", sum(any(t[2] and t[2].lower() in a.lower() for t in UK_TOWNS) or any(v[2].lower() in a.lower() for v in UK_VILLAGES) for a in addrs),
          "PO box:", sum("PO Box" in a for a in addrs))
    hosp = [e["value"] for r in records for e in r["entities"] if e["type"] == "HOSPITAL_NUMBER"]
    print("HOSP letter-start:", sum(h[0].isalpha() for h in hosp),
          "separator:", sum(bool(re.search(r"[-/. ]", h)) for h in hosp),
          "lower:", sum(h != h.upper() for h in hosp))
    zips = [e["value"] for r in records for e in r["entities"] if e["type"] == "ZIP"]
    print("ZIP+4:", sum("-" in z for z in zips))
    pcs = [e["value"] for r in records for e in r["entities"] if e["type"] == "POSTCODE"]
    print("POSTCODE odd:", sum(" " not in p or p != p.upper() or "  " in p for p in pcs))
    ages = [e["value"] for r in records for e in r["entities"] if e["type"] == "AGE_OVER_89"]
    print("AGE words:", sum(not a.isdigit() for a in ages))
    nhs = [e["value"] for r in records for e in r["entities"] if e["type"] == "NHS_NUMBER"]
    print("NHS 999:", sum(re.sub(r"\D", "", n).startswith("999") for n in nhs))
    towns = [e["value"] for r in records for e in r["entities"] if e["type"] == "TOWN"]
    print("TOWN abroad:", sum(t in ABROAD for t in towns), "US:", sum(t in [c[0] for c in US_CITIES] for t in towns))


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--n", type=int, default=N_PER_PHASE, help="comments per phase")
    ap.add_argument("--fft-dir", default=os.path.join(root, "..", "shared", "data", "nhs_fft"))
    ap.add_argument("--out", default=os.path.join(root, "evaluation", "data",
                                                  "redaction_devset4.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print statistics for the card")
    args = ap.parse_args(argv)
    records, counts, info = build(args.seed, args.n, args.fft_dir, root)
    data = dumps(records)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()
    print(f"wrote {len(records)} records, {sum(counts.values())} entities -> {args.out}")
    print("sha256", digest)
    if args.stats:
        stats(records, counts, info)
    return 0


if __name__ == "__main__":
    sys.exit(main())
