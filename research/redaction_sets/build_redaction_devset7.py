#!/usr/bin/env python3
"""Build redaction development set 7 (round 10).

Real NHS Friends and Family Test comments with invented personal details planted into them.
Written without reading the redactor (see evaluation/data/redaction_devset7.md).

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset7.py [--stats]

Standard library only. All randomness comes from one random.Random(seed); nothing depends on
set or hash order.
"""
from __future__ import annotations

import argparse
import collections
import csv
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

BOTH = ["standard", "hipaa_safe_harbor"]
HIPAA = ["hipaa_safe_harbor"]
HIPAA_ONLY = {"DATE", "AGE_OVER_89", "TOWN"}

TARGETS = {
    "NAME": 600, "ADDRESS": 222, "HOSPITAL_NUMBER": 122, "DATE_OF_BIRTH": 82, "PHONE": 62,
    "EMAIL": 42, "NHS_NUMBER": 42, "POSTCODE": 32, "ZIP": 22, "URL": 22, "DATE": 52,
    "TOWN": 42, "AGE_OVER_89": 26,
}
MINIMUMS = {
    "NAME": 560, "ADDRESS": 200, "HOSPITAL_NUMBER": 110, "DATE_OF_BIRTH": 75, "PHONE": 55,
    "EMAIL": 36, "NHS_NUMBER": 36, "POSTCODE": 28, "ZIP": 18, "URL": 18, "DATE": 45,
    "TOWN": 36, "AGE_OVER_89": 22,
}


def split_bar(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# ---------------------------------------------------------------------------------------------
# Name lists (written new for this set)
# ---------------------------------------------------------------------------------------------
FEMALE = split_bar("""
Harriet|Imogen|Gemma|Kerry|Stacey|Lorraine|Bethany|Tamsin|Hollie-Mae|Kayleigh|Marnie|Philippa|
Rosalind|Jocelyn|Verity|Bryony|Lucinda|Noreen|Maureen|Sheila|Wendy|Beverley|Tracy|Janine|
Ffion|Eleri|Catrin|Lowri|Nia|Gwenllian|Angharad|Seren|Mererid|
Aoife|Siobhán|Niamh|Gráinne|Caoimhe|Saoirse|Orlaith|Bríd|Clodagh-Rose|Éabha|
Morag|Kirsty|Eilidh|Ailsa|Mhairi|Catriona|Iona|Kenna|
Priyanka|Anjali|Harpreet|Simran|Nusrat|Farzana|Rukhsana|Shabnam|Lakshmi|Deepa|Gurpreet|Hafsa|
Mei|Jing|Xiu|Yan|Ling|Zihan|Haruka|Yuki|Aiko|Ji-woo|Seo-yeon|Thảo|Linh|Ngọc|
Agnieszka|Zofia|Katarzyna|Małgosia|Ioana|Andreea|Roxana|Ștefania|Rūta|Ieva|Oksana|Yulia|
Tereza|Jana|Zuzana|Adaeze|Chiamaka|Folasade|Yewande|Abena|Efua|Ngozi|Wanjiru|Achieng|Nomvula|
Thandiwe|Tendai|Hodan|Ifrah|Farhiya|Sagal-Amina|Shanice|Keisha|Marcia|Paulette|Yasmin|Layla|
Rania|Noor|Shirin|Mahsa|Elif|Zeynep|Çağla|Miriam|Shoshana|Yael|Chiara|Giulia|Inês|Carmen|
Sofía|Dimitra|Sigrid|Astrid|Linnea|Femke|Sanne|Anneliese|Malin|Björk|Ottilie|Esmé|Zoë|Renée
""")
MALE = split_bar("""
Callum|Declan|Gareth|Darren|Lee|Craig|Stuart|Martyn|Clive|Desmond|Graham|Neville|Trevor|
Rupert|Jolyon|Alfie|Ellis|Kieran|Reuben|Tobias|Barnaby|
Iolo|Rhodri|Gethin|Emyr|Llŷr|Cai|Osian|Tomos|
Eoin|Cathal|Donncha|Ruairí|Tadhg|Pádraig|Oisín|Fionn|
Fraser|Hamish|Struan|Murdo|Lachlan|Euan|Calum|
Tanvir|Imran|Rajesh|Kuldeep|Arjun|Sanjay|Faisal|Zubair|Harjit|Vikram|Naveed|Shahid|
Wei|Hao|Jun|Zhen|Kenji|Daisuke|Haruto|Min-jun|Hyun-woo|Quang|Dũng|Minh|
Wojciech|Krzysztof|Paweł|Łukasz|Bartosz|Mihai|Florin|Ștefan|Jurgis|Mantas|Kristaps|Taras|Bohdan|
Ondřej|Jiří|Kwabena|Kofi|Oluwatobi|Chidi|Emeka|Yaw|Otieno|Mwangi|Tafadzwa|Sipho|
Abdirahman|Liban|Abdullahi|Delroy|Winston|Errol|Leroy|Samir|Karim|Yusuf|Omar|Dariush|Kian|
Farhad|Emre|Burak|Gökhan|Eliezer|Moshe|Avi|Matteo|Lorenzo|João|Joaquim|Yiannis|Stavros|
Björn|Søren|Magnus|Joris|Jürgen|Lukas|Anders|Rémi|Benoît|Tomasz|Leon|Callan
""")
UNISEX = split_bar("Alex|Sam|Jordan|Ashley|Robin|Jamie|Charlie|Frankie|Kim|Morgan|Riley|Rowan|Sasha|Jo|Nicky|Toni|Billie")
WORD_FEMALE = split_bar("""
Hope|Joy|Faith|Grace|Rose|Amber|Ivy|Dawn|Summer|Sky|Blessing|Honey|Poppy|Daisy|Ruby|Iris|
Violet|Autumn|Star|Hazel|Heather|April|June|Brook|Precious|Patience|Willow|Melody|Jewel|Pepper
""")
WORD_MALE = split_bar("""
Will|Mark|Bill|Hunter|Rich|Jack|Bob|Sonny|Guy|Rob|Chase|Lance|Miles|Ray|Cliff|Dean|Wade|
Glen|Art|Grant|Carter|Sunny|Major|Rusty|Forrest|Stone|Bud|Duke|Pip|Colt
""")
NICK_F = split_bar("Tash|Bex|Shaz|Jen|Mags|Kaz|Lou|Fi|Sal|Nat|Becks|Ems|Lils|Lozza|Gem|Vic|Steph|Jules|Mel|Trish")
NICK_M = split_bar("Kev|Gaz|Dom|Baz|Tez|Mo|Raj|Dazza|Stevo|Robbo|Jonno|Tommo|Macca|Bri|Del|Nobby|Jimmy|Sully|Fitzy|Taff")

SURNAMES = split_bar("""
Fothergill|Ramsbottom|Hebblethwaite|Ackroyd|Pickersgill|Thwaite|Greenhalgh|Ollerenshaw|
Butterworth|Whitworth|Hargreaves|Sutcliffe|Pennington|Aldridge|Cartwright|Merriman|Fairbairn|
Trelawny|Penhaligon|Nankervis|Dobson|Haworth|Kershaw|Lumb|Priestley|Crabtree|Stansfield|
Prosser|Bevan|Pugh|Meredith|Gruffydd|Llewellyn|Vaughan|Parry|Maddocks|Pritchard|
O'Dwyer|McGettigan|Fitzgerald|Cullinane|Breathnach|Geraghty|Kinsella|Ó Súilleabháin|Mac Lochlainn|
MacAskill|McIlwraith|Urquhart|Drysdale|Menzies|Buchanan|Gillespie|Rennie|Cruickshank|
Chaudhry|Bhattacharya|Ranganathan|Siddiqui|Qureshi|Sandhu|Dhillon|Mistry|Parekh|Chowdhury|
Rahman|Iyer|Pillai|Venkatesh|Bajwa|Hussain|Akhtar|Kaur|
Zhou|Guo|Liang|Leung|Cheung|Takahashi|Nakamura|Fujita|Choi|Jeong|Trần|Nguyễn|Phạm|Đặng|
Wiśniewska|Zieliński|Grabowski|Kaczmarek|Wróbel|Dąbrowska|Popescu|Ionescu|Dumitru|
Kazlauskas|Petrauskienė|Bērziņš|Ozoliņa|Shevchenko|Bondarenko|Kovalenko|Dvořáková|Novotný|
Adebayo|Ogunbiyi|Nwachukwu|Asante|Owusu|Adeyemi|Onyekachi|Balogun|Okafor|Kamau|Njoroge|
Odhiambo|Wekesa|Mutasa|Moyo|Dlamini|Ndlovu|Farah|Hirsi|Abdi|Duale|Egal|
Campbell|Beckford|McKenzie|Gayle|Haddad|Mansour|Al-Amin|El-Sayed|Tehrani|Hosseini|Karimi|
Yıldız|Şahin|Çelik|Rosenberg|Katz|Feldman|Abramovich|Esposito|Ferreira|Papadopoulos|
Georgiou|Fernández|Lindqvist|Halvorsen|Sørensen|Johansson|Vermeulen|Schröder|Müller|
Tomlinson|Ashworth|Illsley|Quigley|Rowntree|Tattersall|Winstanley|Higginbotham|Entwhistle
""")
PARTICLE_SURNAMES = split_bar("""
van der Linde|de Souza|ter Horst|da Costa|bin Yusof|ap Iorwerth|Mac an tSaoir|al-Hashimi|
von Hagen|Le Roux|di Stefano|O'Halloran|dos Anjos|van Wyk|De Luca|Nic Giolla Bhríde|
del Castillo|St John|la Touche|ben Haim
""")
WORD_SURNAMES = split_bar("""
Baker|Bird|Wood|Love|Cook|Hill|Young|Best|Fox|Bell|Moss|Stone|Rice|Church|Swift|Noble|Wise|
Sparrow|Lamb|Frost|Snow|Small|Street|Bush|Mills|Brook|Hunt|Booth|Fisher|Marsh
""")
MIDDLE = split_bar("Anne|James|Louise|Thomas|Mae|Olu|Maria|John|Rhys|Grace|Eve|Kofi|Marie|Lee")

# ---------------------------------------------------------------------------------------------
# Place lists (written new for this set).  (town, county, [outward codes])
# ---------------------------------------------------------------------------------------------
ENGLAND = [
    ("Market Harborough", "Leicestershire", ["LE16"]), ("Bury St Edmunds", "Suffolk", ["IP32", "IP33"]),
    ("Saffron Walden", "Essex", ["CB10", "CB11"]), ("Hebden Bridge", "West Yorkshire", ["HX7"]),
    ("Skipton", "North Yorkshire", ["BD23"]), ("Whitehaven", "Cumbria", ["CA28"]),
    ("Hexham", "Northumberland", ["NE46"]), ("Morpeth", "Northumberland", ["NE61"]),
    ("Bridlington", "East Riding of Yorkshire", ["YO15", "YO16"]), ("Louth", "Lincolnshire", ["LN11"]),
    ("Grantham", "Lincolnshire", ["NG31"]), ("Newark-on-Trent", "Nottinghamshire", ["NG24"]),
    ("Ashby-de-la-Zouch", "Leicestershire", ["LE65"]), ("Stratford-upon-Avon", "Warwickshire", ["CV37"]),
    ("Leamington Spa", "Warwickshire", ["CV31", "CV32"]), ("Tewkesbury", "Gloucestershire", ["GL20"]),
    ("Ross-on-Wye", "Herefordshire", ["HR9"]), ("Ludlow", "Shropshire", ["SY8"]),
    ("Oswestry", "Shropshire", ["SY10", "SY11"]), ("Nantwich", "Cheshire", ["CW5"]),
    ("Knutsford", "Cheshire", ["WA16"]), ("Ormskirk", "Lancashire", ["L39", "L40"]),
    ("Clitheroe", "Lancashire", ["BB7"]), ("Ulverston", "Cumbria", ["LA12"]),
    ("Penrith", "Cumbria", ["CA10", "CA11"]), ("Guisborough", "North Yorkshire", ["TS14"]),
    ("Chester-le-Street", "County Durham", ["DH2", "DH3"]), ("Bishop Auckland", "County Durham", ["DL14"]),
    ("Spennymoor", "County Durham", ["DL16"]), ("Seaham", "County Durham", ["SR7"]),
    ("Peterlee", "County Durham", ["SR8"]), ("Ashington", "Northumberland", ["NE63"]),
    ("Cramlington", "Northumberland", ["NE23"]), ("Hartlepool", "County Durham", ["TS24", "TS25", "TS26"]),
    ("Redcar", "North Yorkshire", ["TS10"]), ("Northallerton", "North Yorkshire", ["DL6", "DL7"]),
    ("Pontefract", "West Yorkshire", ["WF8"]), ("Wetherby", "West Yorkshire", ["LS22"]),
    ("Otley", "West Yorkshire", ["LS21"]), ("Todmorden", "West Yorkshire", ["OL14"]),
    ("Glossop", "Derbyshire", ["SK13"]), ("Matlock", "Derbyshire", ["DE4"]),
    ("Ashbourne", "Derbyshire", ["DE6"]), ("Loughborough", "Leicestershire", ["LE11"]),
    ("Melton Mowbray", "Leicestershire", ["LE13", "LE14"]), ("Oakham", "Rutland", ["LE15"]),
    ("Spalding", "Lincolnshire", ["PE11", "PE12"]), ("King's Lynn", "Norfolk", ["PE30"]),
    ("Great Yarmouth", "Norfolk", ["NR30", "NR31"]), ("Sheringham", "Norfolk", ["NR26"]),
    ("Lowestoft", "Suffolk", ["NR32", "NR33"]), ("Sudbury", "Suffolk", ["CO10"]),
    ("Maldon", "Essex", ["CM9"]), ("Burnham-on-Crouch", "Essex", ["CM0"]),
    ("Royal Tunbridge Wells", "Kent", ["TN1", "TN2"]), ("Whitstable", "Kent", ["CT5"]),
    ("Sevenoaks", "Kent", ["TN13", "TN14"]), ("St Leonards-on-Sea", "East Sussex", ["TN37", "TN38"]),
    ("Bexhill-on-Sea", "East Sussex", ["TN39", "TN40"]), ("Haywards Heath", "West Sussex", ["RH16"]),
    ("Bognor Regis", "West Sussex", ["PO21", "PO22"]), ("Lymington", "Hampshire", ["SO41"]),
    ("Andover", "Hampshire", ["SP10", "SP11"]), ("Marlborough", "Wiltshire", ["SN8"]),
    ("Bradford-on-Avon", "Wiltshire", ["BA15"]), ("Frome", "Somerset", ["BA11"]),
    ("Bridgwater", "Somerset", ["TA6", "TA7"]), ("Minehead", "Somerset", ["TA24"]),
    ("Tiverton", "Devon", ["EX16"]), ("Newton Abbot", "Devon", ["TQ12"]),
    ("Okehampton", "Devon", ["EX20"]), ("Bodmin", "Cornwall", ["PL31"]),
    ("Falmouth", "Cornwall", ["TR11"]), ("Weston-super-Mare", "Somerset", ["BS22", "BS23"]),
    ("Chipping Norton", "Oxfordshire", ["OX7"]), ("Henley-on-Thames", "Oxfordshire", ["RG9"]),
    ("High Wycombe", "Buckinghamshire", ["HP11", "HP12", "HP13"]), ("Hemel Hempstead", "Hertfordshire", ["HP1", "HP2", "HP3"]),
    ("Hitchin", "Hertfordshire", ["SG4", "SG5"]), ("Leighton Buzzard", "Bedfordshire", ["LU7"]),
    ("Huntingdon", "Cambridgeshire", ["PE29"]), ("Wisbech", "Cambridgeshire", ["PE13", "PE14"]),
    ("Kettering", "Northamptonshire", ["NN15", "NN16"]), ("Daventry", "Northamptonshire", ["NN11"]),
    ("Bromsgrove", "Worcestershire", ["B60", "B61"]), ("Evesham", "Worcestershire", ["WR11"]),
    ("Sutton-in-Ashfield", "Nottinghamshire", ["NG17"]), ("Scunthorpe", "North Lincolnshire", ["DN15", "DN16", "DN17"]),
    ("Goole", "East Riding of Yorkshire", ["DN14"]), ("Beverley", "East Riding of Yorkshire", ["HU17"]),
    ("Barnsley", "South Yorkshire", ["S70", "S71", "S75"]), ("Rotherham", "South Yorkshire", ["S60", "S65"]),
    ("Chesterfield", "Derbyshire", ["S40", "S41"]), ("Swanage", "Dorset", ["BH19"]),
    ("Bridport", "Dorset", ["DT6"]), ("Middlesbrough", "North Yorkshire", ["TS1", "TS4", "TS5"]),
    ("Sunderland", "Tyne and Wear", ["SR2", "SR4", "SR5"]), ("Gateshead", "Tyne and Wear", ["NE8", "NE9"]),
    ("South Shields", "Tyne and Wear", ["NE33", "NE34"]), ("Newcastle upon Tyne", "Tyne and Wear", ["NE4", "NE6"]),
    ("Darlington", "County Durham", ["DL1", "DL3"]), ("Stockton-on-Tees", "County Durham", ["TS18", "TS19"]),
    ("Whitby", "North Yorkshire", ["YO21", "YO22"]), ("Scarborough", "North Yorkshire", ["YO11", "YO12"]),
    ("Walthamstow, London", "", ["E17"]), ("Peckham, London", "", ["SE15"]),
    ("Tottenham, London", "", ["N17"]), ("Ealing, London", "", ["W5"]),
    ("Kettlewell, Skipton", "North Yorkshire", ["BD23"]),
]
WALES = [
    ("Aberystwyth", "Ceredigion", ["SY23"]), ("Machynlleth", "Powys", ["SY20"]),
    ("Llandrindod Wells", "Powys", ["LD1"]), ("Brecon", "Powys", ["LD3"]),
    ("Abergavenny", "Monmouthshire", ["NP7"]), ("Merthyr Tydfil", "", ["CF47", "CF48"]),
    ("Pontypridd", "Rhondda Cynon Taf", ["CF37"]), ("Porthcawl", "Bridgend", ["CF36"]),
    ("Llanelli", "Carmarthenshire", ["SA14", "SA15"]), ("Haverfordwest", "Pembrokeshire", ["SA61", "SA62"]),
    ("Cardigan", "Ceredigion", ["SA43"]), ("Caernarfon", "Gwynedd", ["LL55"]),
    ("Pwllheli", "Gwynedd", ["LL53"]), ("Llangefni", "Ynys Môn", ["LL77"]),
    ("Holyhead", "Anglesey", ["LL65"]), ("Wrexham", "", ["LL11", "LL12", "LL13"]),
    ("Mold", "Flintshire", ["CH7"]), ("Colwyn Bay", "Conwy", ["LL28", "LL29"]),
    ("Dolgellau", "Gwynedd", ["LL40"]), ("Blaenau Ffestiniog", "Gwynedd", ["LL41"]),
    ("Ystradgynlais", "Powys", ["SA9"]), ("Ebbw Vale", "Blaenau Gwent", ["NP23"]),
]
SCOTLAND = [
    ("Kirkcaldy", "Fife", ["KY1", "KY2"]), ("St Andrews", "Fife", ["KY16"]),
    ("Dunfermline", "Fife", ["KY11", "KY12"]), ("Stirling", "", ["FK7", "FK8", "FK9"]),
    ("Falkirk", "", ["FK1", "FK2"]), ("Perth", "Perth and Kinross", ["PH1", "PH2"]),
    ("Pitlochry", "Perthshire", ["PH16"]), ("Forfar", "Angus", ["DD8"]),
    ("Arbroath", "Angus", ["DD11"]), ("Elgin", "Moray", ["IV30"]), ("Nairn", "", ["IV12"]),
    ("Fort William", "Inverness-shire", ["PH33"]), ("Dingwall", "Ross-shire", ["IV15"]),
    ("Thurso", "Caithness", ["KW14"]), ("Kirkwall", "Orkney", ["KW15"]), ("Lerwick", "Shetland", ["ZE1"]),
    ("Stornoway", "Isle of Lewis", ["HS1"]), ("Ayr", "Ayrshire", ["KA7", "KA8"]),
    ("Kilmarnock", "East Ayrshire", ["KA1", "KA3"]), ("Dumfries", "Dumfriesshire", ["DG1", "DG2"]),
    ("Stranraer", "Wigtownshire", ["DG9"]), ("Hawick", "Roxburghshire", ["TD9"]),
    ("Galashiels", "Selkirkshire", ["TD1"]), ("Motherwell", "North Lanarkshire", ["ML1"]),
    ("East Kilbride", "South Lanarkshire", ["G74", "G75"]), ("Greenock", "Inverclyde", ["PA15", "PA16"]),
    ("Livingston", "West Lothian", ["EH54"]),
]
NIRELAND = [
    ("Enniskillen", "Co. Fermanagh", ["BT74"]), ("Omagh", "Co. Tyrone", ["BT78", "BT79"]),
    ("Strabane", "Co. Tyrone", ["BT82"]), ("Cookstown", "Co Tyrone", ["BT80"]),
    ("Dungannon", "County Tyrone", ["BT70", "BT71"]), ("Armagh", "Co. Armagh", ["BT60", "BT61"]),
    ("Newry", "Co. Down", ["BT34", "BT35"]), ("Downpatrick", "Co Down", ["BT30"]),
    ("Bangor", "County Down", ["BT19", "BT20"]), ("Ballymena", "Co. Antrim", ["BT42", "BT43"]),
    ("Coleraine", "Co. Londonderry", ["BT51", "BT52"]), ("Limavady", "Co Londonderry", ["BT49"]),
    ("Portadown", "Co. Armagh", ["BT62", "BT63"]), ("Carrickfergus", "Co. Antrim", ["BT38"]),
    ("Newtownards", "Co. Down", ["BT23"]),
]
IRELAND = [  # (town, county, routing key)
    ("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"), ("Castlebar", "Co. Mayo", "F23"),
    ("Letterkenny", "Co. Donegal", "F92"), ("Mullingar", "Co. Westmeath", "N91"),
    ("Tullamore", "Co. Offaly", "R35"), ("Kilkenny", "Co. Kilkenny", "R95"), ("Wexford", "Co. Wexford", "Y35"),
    ("Dundalk", "Co. Louth", "A91"), ("Navan", "Co. Meath", "C15"), ("Clonmel", "Co. Tipperary", "E91"),
    ("Dungarvan", "Co. Waterford", "X35"), ("Cavan", "Co. Cavan", "H12"), ("Naas", "Co. Kildare", "W91"),
    ("Bray", "Co. Wicklow", "A98"), ("Carrick-on-Shannon", "Co. Leitrim", "N41"),
]
IRISH_STREETS = split_bar("""
Bóthar na Trá|Sráid an Mhuilinn|Ardán na Coille|Church View|Fair Green|Mart Lane|Ashbrook Heights|
Bridge Street Upper|Convent Hill|Friary Lane|Oldcastle Road|Cnoc na Gréine|Lios an Óir
""")
TOWNLANDS = split_bar("Knockbrack|Gortnaclohy|Drumkeeran East|Ballinvreena|Cloonfad|Lisnagry|Carrowkeel|Derrynaflan")
US_CITIES = [  # (city, state, zip3)
    ("Tacoma", "WA", "984"), ("Boise", "ID", "837"), ("Albuquerque", "NM", "871"), ("Tulsa", "OK", "741"),
    ("Omaha", "NE", "681"), ("Des Moines", "IA", "503"), ("Madison", "WI", "537"), ("Ann Arbor", "MI", "481"),
    ("Columbus", "OH", "432"), ("Louisville", "KY", "402"), ("Knoxville", "TN", "379"),
    ("Chattanooga", "TN", "374"), ("Savannah", "GA", "314"), ("Charleston", "SC", "294"),
    ("Raleigh", "NC", "276"), ("Providence", "RI", "029"), ("Burlington", "VT", "054"),
    ("Buffalo", "NY", "142"), ("Pittsburgh", "PA", "152"), ("Scranton", "PA", "185"),
    ("Gainesville", "FL", "326"), ("Tallahassee", "FL", "323"), ("San Antonio", "TX", "782"),
    ("Lubbock", "TX", "794"), ("Tucson", "AZ", "857"), ("Flagstaff", "AZ", "860"),
    ("Salt Lake City", "UT", "841"), ("Colorado Springs", "CO", "809"), ("Santa Fe", "NM", "875"),
    ("Sacramento", "CA", "958"), ("San Luis Obispo", "CA", "934"), ("Eugene", "OR", "974"),
    ("Spokane", "WA", "992"), ("Anchorage", "AK", "995"), ("St. Paul", "MN", "551"),
    ("Little Rock", "AR", "722"), ("New Orleans", "LA", "701"), ("Kansas City", "MO", "641"),
]
US_STREETS = split_bar("Cottonwood|Magnolia|Juniper|Aspen Ridge|Willow Creek|Hickory|Sycamore Hollow|Prairie View|Red Oak|Bluebonnet|Mesa Verde|Lakeshore|Chestnut|Dogwood|Larkspur|Pine Bluff")
US_TYPES = split_bar("Ave|St|Blvd|Dr|Ln|Pkwy|Ct|Way|Rd|Terrace|Circle|Avenue|Street")
ABROAD = split_bar("""
Gdańsk|Lagos|Kumasi|Mombasa|Harare|Karachi|Sylhet|Ludhiana|Kochi|Colombo|Manila|Hanoi|Shenzhen|
Busan|Osaka|Cluj-Napoca|Iași|Vilnius|Kaunas|Brno|Lviv|Porto|Thessaloniki|İzmir|Tabriz|Mosul|
Hargeisa|Montego Bay|Bulawayo|Enugu
""")
VILLAGES = [  # (village, post town, outward, county)
    ("Kirkby Malzeard", "Ripon", "HG4", "North Yorkshire"), ("Great Ayton", "Middlesbrough", "TS9", "North Yorkshire"),
    ("Appleton Roebuck", "York", "YO23", "North Yorkshire"), ("Long Preston", "Skipton", "BD23", "North Yorkshire"),
    ("Burton Bradstock", "Bridport", "DT6", "Dorset"), ("Broad Campden", "Chipping Campden", "GL55", "Gloucestershire"),
    ("Little Snoring", "Fakenham", "NR21", "Norfolk"), ("Castleton", "Hope Valley", "S33", "Derbyshire"),
    ("Eyam", "Hope Valley", "S32", "Derbyshire"), ("Low Row", "Richmond", "DL11", "North Yorkshire"),
    ("West Burton", "Leyburn", "DL8", "North Yorkshire"), ("Staithes", "Saltburn-by-the-Sea", "TS13", "North Yorkshire"),
    ("Grasmere", "Ambleside", "LA22", "Cumbria"), ("Mousehole", "Penzance", "TR19", "Cornwall"),
    ("Lacock", "Chippenham", "SN15", "Wiltshire"), ("Blakeney", "Holt", "NR25", "Norfolk"),
    ("Walberswick", "Southwold", "IP18", "Suffolk"), ("Dedham", "Colchester", "CO7", "Essex"),
    ("Finchingfield", "Braintree", "CM7", "Essex"), ("Alfriston", "Polegate", "BN26", "East Sussex"),
    ("Llanfair Caereinion", "Welshpool", "SY21", "Powys"), ("Capel Curig", "Betws-y-Coed", "LL24", "Conwy"),
    ("Kippen", "Stirling", "FK8", ""), ("Comrie", "Crieff", "PH6", "Perthshire"),
    ("Cushendall", "Ballymena", "BT44", "Co. Antrim"), ("Hutton Rudby", "Yarm", "TS15", "North Yorkshire"),
]
HOUSE_NAMES = split_bar("""
Rowan Lea|The Old Forge|Hawthorn Cottage|Ty'n y Coed|Bramble End|Fernleigh|Curlew Barn|The Granary|
Low Laithe|Ashgarth|Brackenrigg|Pear Tree House|Meadow View|Larkrise|Heatherbank|Glebe Farm|
Cnoc an Òir|An Tobar|Tŷ Capel|Westwinds|Holly Garth|The Smithy|Old School House|Keepers Lodge
""")
STREET_STEMS = split_bar("""
Tanyard|Rope Walk|Foundry|Chapel Fold|Nursery|Orchard|Copper Beech|Kingfisher|Lapwing|Whinfell|
Sandpiper|Bracken|Thornfield|Cross Keys|Maltings|Tenter|Pinfold|Gallows Hill|Brewery|Bellflower|
Cobblers|Dyers|Hollins|Moorcroft|Ferncliffe|Quarry Bank|Wharfside|Canal Side|Salters|Tannery|
Beck Side|Gasworks|Skylark|Ropery|Windmill|Coronation|Jubilee|Greenbank|Stonegate|Weavers
""")
STREET_TYPES = [("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Close", "Cl"),
                ("Drive", "Dr"), ("Way", None), ("Grove", "Gr"), ("Terrace", "Terr"), ("Crescent", "Cres"),
                ("Place", "Pl"), ("Gardens", "Gdns"), ("Row", None), ("Walk", None), ("Mews", None),
                ("Court", "Ct"), ("Rise", None), ("View", None), ("Croft", None), ("Square", "Sq"),
                ("Green", None), ("Parade", None), ("Yard", None)]
WELSH_STREETS = split_bar("Heol y Felin|Stryd Fawr|Lôn Isaf|Ffordd yr Orsaf|Maes Glas|Cae Mawr|Tan y Bryn|Bryn Eithin|Heol Tŷ Gwyn|Lôn y Wennol|Rhodfa'r Castell")
SCOTS_STREETS = split_bar("Kirk Wynd|Braeside Crescent|Loanhead Brae|Mill Vennel|Cowgate Close|Tolbooth Wynd|Burnside Loan|Harbour Brae|Shore Road|Links View")

UK_ALL = [("E", t) for t in ENGLAND] + [("W", t) for t in WALES] + [("S", t) for t in SCOTLAND] + [("N", t) for t in NIRELAND]
STANDALONE_TOWNS = [t[0] for t in ENGLAND if "," not in t[0]] + [t[0] for t in WALES] + [t[0] for t in SCOTLAND] + [t[0] for t in NIRELAND]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
             "twenty-ninth", "thirtieth", "thirty-first"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def two_digit_words(n, sep):
    if n < 10:
        return "oh " + UNITS[n] if n else "hundred"
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + (sep + UNITS[u] if u else "")


def year_words(y, sep):
    if y >= 2000:
        rest = y - 2000
        if rest == 0:
            return "two thousand"
        if rest < 10:
            return "two thousand and " + UNITS[rest]
        return "twenty " + two_digit_words(rest, sep)
    return "nineteen " + two_digit_words(y - 1900, sep)


# ---------------------------------------------------------------------------------------------
# Value generators.  Each returns (value, TYPE, meta).
# ---------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.ctx = {}
        self.addr_styles = []
        self.decks = {}

    def deck(self, key, n):
        """Deal 0..n-1 from a shuffled deck, so that every form comes up before any repeats."""
        d = self.decks.setdefault(key, [])
        if not d:
            d.extend(range(n))
            self.r.shuffle(d)
        return d.pop()

    # ---- names -------------------------------------------------------------------------------
    def first(self, g=None, word=None, nick=None):
        r = self.r
        if g is None:
            g = r.choice("fm")
        if word is None:
            word = r.random() < 0.16
        if nick is None:
            nick = (not word) and r.random() < 0.08
        if word:
            return r.choice(WORD_FEMALE if g == "f" else WORD_MALE), {"word_first": True}
        if nick:
            return r.choice(NICK_F if g == "f" else NICK_M), {"nick": True}
        pool = FEMALE if g == "f" else MALE
        if r.random() < 0.06:
            pool = UNISEX
        return r.choice(pool), {}

    def surname(self, kind=None):
        r = self.r
        x = r.random() if kind is None else None
        if kind == "word" or (x is not None and x < 0.09):
            return r.choice(WORD_SURNAMES), {"word_sur": True}
        if kind == "particle" or (x is not None and x < 0.17):
            return r.choice(PARTICLE_SURNAMES), {"particle": True}
        if kind == "double" or (x is not None and x < 0.24):
            a, b = r.sample(SURNAMES + WORD_SURNAMES[:8], 2)
            if " " in a or " " in b:
                a, b = "Harrington", b.split()[-1]
            return f"{a}-{b}", {"double": True}
        return r.choice(SURNAMES), {}

    def full(self, g=None, kind=None):
        r = self.r
        f, m1 = self.first(g, nick=False if r.random() < 0.7 else None)
        s, m2 = self.surname(kind)
        mid = ""
        x = r.random()
        if x < 0.07:
            mid = " " + r.choice("ABCDEFGHJKLMNPRSTW") + "."
        elif x < 0.11:
            mid = " " + r.choice(MIDDLE)
        meta = {**m1, **m2, "full": True}
        self.ctx["name"] = (f, s)
        return f"{f}{mid} {s}", meta

    def initials(self):
        r = self.r
        s, m = self.surname()
        a, b = r.sample("ABCDEFGHJKLMNPRSTW", 2)
        form = r.choice([f"{a}. {s}", f"{a} {s}", f"{a}.{s}", f"{a}.{b}. {s}", f"{a} {b} {s}", f"{a}{b} {s}",
                         f"{a}. {b}. {s}"])
        self.ctx["name"] = (a, s)
        return form, {**m, "initials": True}

    def name(self, code):
        r = self.r
        if code in NAME_CORES:
            core, case = code, ""
        else:
            core, case = code[:-1], code[-1]
            assert core in NAME_CORES and case in "lu", code
        lower, upper = case == "l", case == "u"
        meta = {}
        if core == "fn":
            v, meta = self.first()
        elif core == "ff":
            v, meta = self.first("f")
        elif core == "fm":
            v, meta = self.first("m")
        elif core == "fw":
            v, meta = self.first(word=True)
        elif core == "fwf":
            v, meta = self.first("f", word=True)
        elif core == "fwm":
            v, meta = self.first("m", word=True)
        elif core == "nk":
            v, meta = self.first(nick=True, word=False)
        elif core == "nkf":
            v, meta = self.first("f", nick=True, word=False)
        elif core == "nkm":
            v, meta = self.first("m", nick=True, word=False)
        elif core == "full":
            v, meta = self.full()
        elif core == "fullf":
            v, meta = self.full("f")
        elif core == "fullm":
            v, meta = self.full("m")
        elif core == "fullx":
            g = r.choice("fm")
            pool = [n for n in (FEMALE if g == "f" else MALE) if not n.isascii()] or FEMALE
            f = r.choice(pool) if r.random() < 0.6 else r.choice(FEMALE if g == "f" else MALE)
            if r.random() < 0.45:
                s = r.choice(PARTICLE_SURNAMES)
            else:
                s = r.choice([x for x in SURNAMES if not x.isascii()])
            self.ctx["name"] = (f, s)
            v, meta = f"{f} {s}", {"full": True, "intl": True}
        elif core == "fullw":
            f, m1 = self.first(word=r.random() < 0.7)
            s = r.choice(WORD_SURNAMES)
            self.ctx["name"] = (f, s)
            v, meta = f"{f} {s}", {**m1, "word_sur": True, "full": True}
        elif core == "sur":
            v, meta = self.surname()
        elif core == "surw":
            v, meta = self.surname("word")
        elif core == "ini":
            v, meta = self.initials()
        else:
            raise KeyError(code)
        if not meta.get("full") and not meta.get("initials"):
            self.ctx["name"] = (v, None)
        if lower:
            v = v.lower()
            meta = {**meta, "lower": True}
        if upper:
            v = v.upper()
            meta = {**meta, "upper": True}
        return v, "NAME", meta

    # ---- e-mail / url ------------------------------------------------------------------------
    HOSTS = ["example.com", "example.org", "example.net", "mail.example.com", "post.example.net",
             "home.example.org", "nhs.example.net", "patients.example.com"]

    @staticmethod
    def ascii_fold(s):
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if c.isascii())
        return re.sub(r"[^A-Za-z]", "", s).lower()

    def email(self, linked):
        r = self.r
        f, s = self.ctx.get("name", (None, None)) if linked else (None, None)
        if not f:
            f, _ = self.first(nick=False, word=False)
            s, _ = self.surname()
        f1 = self.ascii_fold(f) or "pat"
        s1 = self.ascii_fold(s or "") or self.ascii_fold(r.choice(SURNAMES)) or "smith"
        local = r.choice([f"{f1}.{s1}", f"{f1[0]}{s1}", f"{f1}{s1}{r.randint(1, 99)}", f"{f1}_{s1}",
                          f"{s1}.{f1[0]}", f"{f1}-{s1}", f"{f1}{r.randint(50, 99)}", f"{f1}.{s1}+nhs",
                          f"{s1}{f1[0]}{r.randint(1, 9)}"])
        v = f"{local}@{r.choice(self.HOSTS)}"
        meta = {"linked": bool(linked and self.ctx.get("name"))}
        if r.random() < 0.06:
            v = v.upper()
            meta["upper"] = True
        return v, "EMAIL", meta

    def url(self):
        r = self.r
        host = r.choice(["www.example.org", "example.com", "www.example.net", "trust.example.org",
                         "patients.example.com", "example.net", "www.example.com", "info.example.org"])
        path = r.choice(["/feedback", "/visiting", "/leaflets/knee-replacement.pdf", "/parking?site=2",
                         "/services/physio#referral", "/pals/contact-us", "/maternity/tours?week=3",
                         "/a-z/diabetes/footcare", "/appointments/change", "/menu.html", "/wards/7b",
                         "", "/covid-visiting-update", "/news/2023/new-unit", "/careers?id=4471"])
        scheme = r.choice(["https://", "https://", "http://", ""])
        if scheme == "" and not host.startswith("www.") and r.random() < 0.5:
            scheme = "https://"
        return f"{scheme}{host}{path}", "URL", {"scheme": scheme or "bare"}

    # ---- phones ------------------------------------------------------------------------------
    def phone(self, kind=None):
        r = self.r
        kind = kind or r.choice(["mob", "mob", "mob", "land", "land", "london", "us", "intl"])
        x = f"{r.randint(0, 999):03d}"
        if kind == "mob":
            v = r.choice([f"07700 900{x}", f"07700900{x}", f"07700-900-{x}", f"(07700) 900{x}",
                          f"07700 900 {x}", f"0770 090 0{x}", f"077 009 00{x}"])
        elif kind == "land":
            area = r.choice(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151", "0161"])
            y = f"{r.randint(0, 999):03d}"
            c = r.random()
            if c < 0.2:
                v = r.choice([f"01632 960{y}", f"(01632) 960 {y}", f"01632960{y}"])
            elif c < 0.3:
                v = r.choice([f"0191 498 0{y}", f"(0191) 4980{y}"])
            elif c < 0.38:
                v = f"028 9649 6{y}"
            else:
                v = r.choice([f"{area} 496 0{y}", f"({area}) 496 0{y}", f"{area}4960{y}", f"{area}-496-0{y}",
                              f"{area} 4960{y}"])
            if r.random() < 0.15:
                v += r.choice([f" ext {r.randint(100, 9999)}", f" x{r.randint(10, 999)}", f" extn. {r.randint(2, 99)}"])
        elif kind == "london":
            y = f"{r.randint(0, 999):03d}"
            v = r.choice([f"020 7946 0{y}", f"(020) 7946 0{y}", f"02079460{y}", f"020-7946-0{y}"])
        elif kind == "us":
            a = r.choice(["503", "208", "919", "412", "720", "615", "402", "555"])
            y = f"01{r.randint(0, 99):02d}"
            v = r.choice([f"({a}) 555-{y}", f"{a}-555-{y}", f"+1 {a} 555 {y}", f"{a}.555.{y}",
                          f"1-{a}-555-{y}", f"555-{y}"])
        else:
            y = f"{r.randint(0, 999):03d}"
            v = r.choice([f"+44 7700 900{x}", f"+447700900{x}", f"+44 (0)7700 900 {x}", f"0044 7700 900{x}",
                          f"+44 20 7946 0{y}", f"+44 (0)113 496 0{y}", f"+44 161 496 0{y}"])
        return v, "PHONE", {"kind": kind}

    # ---- NHS number ---------------------------------------------------------------------------
    def nhs(self):
        r = self.r
        while True:
            if r.random() < 0.6:
                d = [9, 9, 9] + [r.randint(0, 9) for _ in range(6)]
            else:
                d = [r.choice([4, 6, 7])] + [r.randint(0, 9) for _ in range(8)]
            s = sum(a * w for a, w in zip(d, range(10, 1, -1)))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c == 10:
                continue
            digits = "".join(map(str, d + [c]))
            break
        f = r.choice(["334s", "334s", "334s", "334d", "run", "run", "37", "334s2"])
        if f == "334s":
            v = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
        elif f == "334s2":
            v = f"{digits[:3]}  {digits[3:6]} {digits[6:]}".replace("  ", " ")
        elif f == "334d":
            v = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        elif f == "37":
            v = f"{digits[:3]} {digits[3:]}"
        else:
            v = digits
        return v, "NHS_NUMBER", {"range999": digits.startswith("999"), "form": f}

    # ---- hospital numbers: 18 invented formats --------------------------------------------------
    def hosp(self, lower=False):
        r = self.r
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        fmts = [
            ("RX7", lambda: f"RX{D(7)}"),
            ("L6L", lambda: f"{L(1)}{D(6)}{L(1)}"),
            ("SITE/YY/N", lambda: f"{r.choice(['WGH', 'NMH', 'RVT', 'SJH', 'BRI'])}/{r.randint(15, 24)}/{D(6)}"),
            ("4-2-3", lambda: f"{D(4)}-{D(2)}-{D(3)}"),
            ("EP8", lambda: f"EP{r.randint(19, 24)}{D(6)}"),
            ("AE-YY-5", lambda: f"AE-{r.randint(19, 24)}-{D(5)}"),
            ("L 3 3 1", lambda: f"{L(1)} {D(3)} {D(3)} {D(1)}"),
            ("LLL.3.3.1", lambda: f"{r.choice(['NTH', 'CGH', 'DRY'])}.{D(3)}.{D(3)}.{D(1)}"),
            ("T8", lambda: f"{L(1)}{D(8)}"),
            ("LL-5-L", lambda: f"{L(2)}-{D(5)}-{L(1)}"),
            ("CL/4/L", lambda: f"CL/{D(4)}/{L(1)}"),
            ("LLL 4 3", lambda: f"{r.choice(['UHT', 'MKH', 'QEH'])} {D(4)} {D(3)}"),
            ("2L1-3-3", lambda: f"{L(1)}{D(1)}{L(1)}-{D(3)}-{D(3)}"),
            ("4 4", lambda: f"{D(4)} {D(4)}"),
            ("2-3-4", lambda: f"{D(2)}-{D(3)}-{D(4)}"),
            ("ATT7", lambda: f"ATT{D(7)}"),
            ("LL2-4-1", lambda: f"{L(2)}{D(2)}-{D(4)}-{D(1)}"),
            ("HN 2 2 3", lambda: f"HN {D(2)} {D(2)} {D(3)}"),
        ]
        name, fn = fmts[self.deck("hosp", len(fmts))]
        v = fn()
        if v.isdigit() and len(v) == 10:
            v = v[:4] + " " + v[4:]
        meta = {"fmt": name}
        if (lower or r.random() < 0.12) and any(c.isalpha() for c in v):
            v = v.lower()
            meta["lower"] = True
        return v, "HOSPITAL_NUMBER", meta

    # ---- dates -------------------------------------------------------------------------------
    def rand_date(self, y0, y1):
        r = self.r
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        return y, m, d

    def fmt_date(self, y, m, d, forms, weekday_ok=False):
        r = self.r
        f = forms[self.deck(tuple(forms), len(forms))]
        yy = f"{y % 100:02d}"
        M, M3 = MONTHS[m - 1], MON3[m - 1]
        wd = DAYS[datetime.date(y, m, d).weekday()]
        out = {
            "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}",
            "d/m/yy": f"{d}/{m}/{yy}",
            "d.m.yyyy": f"{d}.{m}.{y}",
            "dd.mm.yy": f"{d:02d}.{m:02d}.{yy}",
            "dd-mm-yyyy": f"{d:02d}-{m:02d}-{y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "d Month yyyy": f"{d} {M} {y}",
            "dth Month yyyy": f"{ordinal(d)} {M} {y}",
            "dth of Month yyyy": f"{ordinal(d)} of {M} {y}",
            "dth of Month, yyyy": f"{ordinal(d)} of {M}, {y}",
            "Month dth, yyyy": f"{M} {ordinal(d)}, {y}",
            "Month d yyyy": f"{M} {d} {y}",
            "mm/dd/yyyy": f"{m:02d}/{d:02d}/{y}",
            "m/d/yy": f"{m}/{d}/{yy}",
            "d Mon yy": f"{d} {M3} {yy}",
            "d Mon 'yy": f"{d} {M3} '{yy}",
            "ddMONyyyy": f"{d:02d}{M3.upper()}{y}",
            "DD MONTH YYYY": f"{d} {M.upper()} {y}",
            "dd mm yyyy": f"{d:02d} {m:02d} {y}",
            "d-Mon-yyyy": f"{d}-{M3}-{y}",
            "words": f"{ORD_WORDS[d - 1]} of {M} {year_words(y, r.choice([' ', '-']))}",
            "words2": f"{M} the {ORD_WORDS[d - 1]}, {year_words(y, ' ')}",
            # for dates of care
            "wd dth Month": f"{wd} {ordinal(d)} {M}",
            "wd d/m": f"{wd[:3]} {d}/{m}",
            "dth Month": f"{ordinal(d)} {M}",
            "d Mon": f"{d} {M3}",
            "Month yyyy": f"{M} {y}",
            "Mon yyyy": f"{M3} {y}",
            "wd d Month yyyy": f"{wd} {d} {M} {y}",
            "Month dth": f"{M} {ordinal(d)}",
            "wd the dth": f"{wd} the {ordinal(d)}",
        }[f]
        return out, f

    DOB_FORMS = ["dd/mm/yyyy", "dd/mm/yyyy", "d/m/yy", "d.m.yyyy", "dd.mm.yy", "dd-mm-yyyy", "iso",
                 "d Month yyyy", "dth Month yyyy", "dth of Month yyyy", "dth of Month, yyyy", "Month dth, yyyy",
                 "Month d yyyy", "mm/dd/yyyy", "m/d/yy", "d Mon yy", "d Mon 'yy", "ddMONyyyy", "DD MONTH YYYY",
                 "dd mm yyyy", "d-Mon-yyyy", "words", "words2"]
    DATE_FORMS = ["dd/mm/yyyy", "d/m/yy", "dd.mm.yy", "dth Month yyyy", "d Month yyyy", "wd dth Month",
                  "wd d/m", "dth Month", "d Mon", "Month yyyy", "Mon yyyy", "wd d Month yyyy", "Month dth",
                  "wd the dth", "dth of Month yyyy", "Month dth, yyyy", "iso"]

    def dob(self, band):
        y0, y1 = {"adult": (1941, 2001), "old": (1925, 1950), "kid": (2007, 2021), "baby": (2022, 2024)}[band]
        y, m, d = self.rand_date(y0, y1)
        forms = self.DOB_FORMS
        if band in ("kid", "baby"):
            forms = [f for f in forms if not f.startswith("words")]
        v, f = self.fmt_date(y, m, d, forms)
        return v, "DATE_OF_BIRTH", {"band": band, "form": f, "year": y}

    DATE_DAY_FORMS = ["dd/mm/yyyy", "d/m/yy", "dd.mm.yy", "dth Month yyyy", "d Month yyyy", "wd dth Month",
                      "wd d/m", "dth Month", "d Mon", "wd d Month yyyy", "Month dth", "wd the dth",
                      "dth of Month yyyy", "Month dth, yyyy", "iso"]

    def date(self, day=False):
        y, m, d = self.rand_date(2019, 2024)
        v, f = self.fmt_date(y, m, d, self.DATE_DAY_FORMS if day else self.DATE_FORMS)
        return v, "DATE", {"form": f}

    def age(self, words):
        r = self.r
        n = r.randint(90, 99) if r.random() < 0.8 else r.randint(100, 106)
        if not words:
            return str(n), "AGE_OVER_89", {"words": False}
        n = r.randint(90, 101)
        if n == 100:
            v = r.choice(["one hundred", "a hundred"])
        elif n == 101:
            v = "a hundred and one"
        else:
            v = "ninety" + (r.choice(["-", " "]) + UNITS[n - 90] if n > 90 else "")
        return v, "AGE_OVER_89", {"words": True}

    # ---- towns / postcodes / zips -----------------------------------------------------------------
    def inward(self):
        r = self.r
        return f"{r.randint(0, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def town(self, kind="uk"):
        r = self.r
        if kind == "uk":
            c, t = r.choice(UK_ALL)
            while "," in t[0]:
                c, t = r.choice(UK_ALL)
            self.ctx["town"] = (t[0], r.choice(t[2]))
            return t[0], "TOWN", {"kind": "uk", "country": c}
        if kind == "us":
            c = r.choice(US_CITIES)
            self.ctx["us"] = c
            return c[0], "TOWN", {"kind": "us"}
        if kind == "ie":
            c = r.choice(IRELAND)
            return c[0], "TOWN", {"kind": "ie"}
        if kind == "vill":
            v = r.choice(VILLAGES)
            self.ctx["town"] = (v[0], v[2])
            return v[0], "TOWN", {"kind": "village"}
        v = r.choice(ABROAD)
        return v, "TOWN", {"kind": "abroad"}

    def postcode(self, linked):
        r = self.r
        if linked and self.ctx.get("town"):
            out = self.ctx["town"][1]
        else:
            out = r.choice(r.choice(UK_ALL)[1][2])
        inw = self.inward()
        f = r.random()
        if f < 0.72:
            v = f"{out} {inw}"
        elif f < 0.87:
            v = f"{out}{inw}"
        else:
            v = f"{out} {inw}".lower()
        return v, "POSTCODE", {"linked": bool(linked), "nospace": " " not in v, "lower": v == v.lower()}

    def zipc(self, linked):
        r = self.r
        c = self.ctx.get("us") if linked else None
        if not c:
            c = r.choice(US_CITIES)
        z = c[2] + f"{r.randint(1, 99):02d}"
        if r.random() < 0.25:
            z += f"-{r.randint(1, 9999):04d}"
        return z, "ZIP", {"linked": bool(linked and self.ctx.get("us"))}

    # ---- addresses ----------------------------------------------------------------------------
    def street(self, country):
        r = self.r
        if country == "W" and r.random() < 0.55:
            return r.choice(WELSH_STREETS), False
        if country == "S" and r.random() < 0.5:
            return r.choice(SCOTS_STREETS), False
        full, ab = r.choice(STREET_TYPES)
        stem = r.choice(STREET_STEMS)
        if ab and r.random() < 0.18:
            return f"{stem} {ab}{r.choice(['', '', '.'])}", True
        return f"{stem} {full}", False

    ADDR_STYLES = (["full"] * 34 + ["nocomma"] * 14 + ["lower"] * 12 + ["upper"] * 5 + ["multiline"] * 9 +
                   ["partial"] * 8 + ["house"] * 9 + ["village"] * 10 + ["flat"] * 10 + ["near"] * 7 +
                   ["pobox"] * 4 + ["ie"] * 9 + ["us"] * 14)

    def address(self, style=None, region=None):
        r = self.r
        if style is None:
            if not self.addr_styles:
                self.addr_styles = list(self.ADDR_STYLES)
                r.shuffle(self.addr_styles)
            style = self.addr_styles.pop()
        if region == "us":
            style = r.choice(["us", "us", "us_ml", "us_lower"]) if style not in ("us", "us_ml", "us_lower", "us_po") else style
        if region == "ie":
            style = "ie"
        meta = {"style": style}
        if style.startswith("us"):
            city, st, z3 = r.choice(US_CITIES)
            z = z3 + f"{r.randint(1, 99):02d}"
            if r.random() < 0.2:
                z += f"-{r.randint(1, 9999):04d}"
            num = r.randint(10, 9899)
            pre = r.choice(["", "", "", "N ", "NW ", "E ", "S "])
            line1 = f"{num} {pre}{r.choice(US_STREETS)} {r.choice(US_TYPES)}"
            if r.random() < 0.3:
                line1 += r.choice([f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Unit {r.randint(1, 300)}",
                                   f", Suite {r.randint(100, 990)}", f" #{r.randint(2, 90)}"])
                meta["unit"] = True
            if style == "us_po" or (style == "us" and r.random() < 0.08):
                line1 = f"P.O. Box {r.randint(100, 9999)}"
                meta["pobox"] = True
            if style == "us_ml" or (style == "us" and r.random() < 0.15):
                v = f"{line1}\n{city}, {st} {z}"
                meta["multiline"] = True
            else:
                v = f"{line1}, {city}, {st} {z}"
            if style == "us_lower":
                v = v.lower()
                meta["lower"] = True
            meta["country"] = "US"
            return v, "ADDRESS", meta
        if style == "ie":
            town, county, key = r.choice(IRELAND)
            eir = key + " " + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            if r.random() < 0.4:
                parts = [r.choice(TOWNLANDS), town, county]
                meta["townland"] = True
            else:
                parts = [f"{r.randint(1, 80)} {r.choice(IRISH_STREETS)}", town, county]
            if r.random() < 0.2:
                parts = [r.choice(HOUSE_NAMES[:12])] + parts
                meta["house"] = True
            if r.random() < 0.65:
                parts.append(eir)
                meta["eircode"] = True
            sep = r.choice([", ", ", ", ", ", " ", ",\n"])
            v = sep.join(parts)
            if "\n" in sep:
                meta["multiline"] = True
            if sep == " ":
                meta["nocomma"] = True
            meta["country"] = "IE"
            return v, "ADDRESS", meta
        # UK
        country, (town, county, outs) = r.choice(UK_ALL)
        meta["country"] = {"E": "England", "W": "Wales", "S": "Scotland", "N": "NI"}[country]
        if "London" in town:
            parts_town = [town.split(",")[0].strip(), "London"]
        elif "," in town:
            parts_town = [x.strip() for x in town.split(",")]
        else:
            parts_town = [town]
        pc = f"{r.choice(outs)} {self.inward()}"
        if r.random() < 0.07:
            pc = pc.replace(" ", "")
            meta["pc_nospace"] = True
        num = str(r.randint(1, 248)) + (r.choice("ab") if r.random() < 0.06 else "")
        st, ab = self.street(country)
        if ab:
            meta["abbrev"] = True
        line = f"{num} {st}"
        parts = []
        if style == "flat":
            parts.append(r.choice([f"Flat {r.randint(1, 40)}", f"Flat {r.randint(1, 9)}{r.choice('ABCD')}",
                                   f"Flat {r.randint(1, 12)}, {r.choice(['2nd', '3rd', 'Ground', 'First', '4th'])} Floor",
                                   f"Unit {r.randint(1, 30)}", f"Apartment {r.randint(1, 60)}",
                                   f"Basement flat", f"{r.randint(1, 3)}/{r.randint(1, 4)}",
                                   f"Flat {r.randint(1, 20)} {r.choice(['Kestrel', 'Alder', 'Harbour', 'Mill'])} House"]))
            meta["flat"] = True
        if style == "house":
            parts.append(r.choice(HOUSE_NAMES))
            meta["house"] = True
            if r.random() < 0.5:
                line = None
        if style == "pobox":
            line = f"PO Box {r.randint(10, 999)}"
            meta["pobox"] = True
        if style == "near":
            stem = r.choice(["Mill", "Station", "Railway", "Chapel", "Quarry", "Coastguard", "Estate"])
            vil = r.choice(VILLAGES)
            form = r.choice(["off", "nr", "near", "both"])
            pieces = [f"{r.randint(1, 12)} {stem} Cottages"]
            if form in ("off", "both"):
                pieces.append(f"off {r.choice(STREET_STEMS)} {r.choice(['Road', 'Lane'])}")
            if form in ("nr", "near", "both"):
                pieces.append(f"{'nr' if form != 'near' else 'near'} {vil[1]} {vil[2]} {self.inward()}")
            else:
                pieces.append(f"{vil[1]} {vil[2]} {self.inward()}")
            v = ", ".join(pieces)
            meta["near"] = True
            meta["country"] = {"SY": "Wales", "LL": "Wales", "FK": "Scotland", "PH": "Scotland", "BT": "NI"}.get(vil[2][:2], "England")
            return v, "ADDRESS", meta
        if line:
            parts.append(line)
        if style == "village":
            vil, ptown, out, vcounty = r.choice(VILLAGES)
            parts += [vil, ptown]
            meta["village"] = True
            meta["country"] = {"SY": "Wales", "LL": "Wales", "FK": "Scotland", "PH": "Scotland", "BT": "NI"}.get(out[:2], "England")
            if vcounty and r.random() < 0.5:
                parts.append(vcounty)
                meta["county"] = True
            parts.append(f"{out} {self.inward()}")
            meta["postcode"] = True
            return self._join_uk(parts, r.choice(["full", "full", "nocomma", "lower"]), meta)
        if style == "partial":
            if r.random() < 0.5:
                v = line
                meta["street_only"] = True
            else:
                v = f"{line}, {parts_town[0]}" if r.random() < 0.6 else f"{line} {parts_town[0]}"
            return v.rstrip("."), "ADDRESS", meta
        parts += parts_town
        if county and r.random() < 0.4:
            parts.append(county)
            meta["county"] = True
        if r.random() < 0.85 or style in ("pobox", "multiline"):
            parts.append(pc)
            meta["postcode"] = True
        return self._join_uk(parts, style, meta)

    def _join_uk(self, parts, style, meta):
        r = self.r
        if style == "nocomma":
            v = " ".join(parts)
            meta["nocomma"] = True
        elif style == "multiline":
            v = r.choice([",\n", "\n"]).join(parts)
            meta["multiline"] = True
        elif style == "lower":
            v = r.choice([", ", " "]).join(parts).lower()
            meta["lower"] = True
        elif style == "upper":
            v = r.choice([", ", " "]).join(parts).upper()
            meta["upper"] = True
        else:
            if r.random() < 0.5 and meta.get("postcode"):
                v = ", ".join(parts[:-1]) + " " + parts[-1]
            else:
                v = ", ".join(parts)
        return v, "ADDRESS", meta

    # ---- dispatcher --------------------------------------------------------------------------
    def slot(self, code):
        r = self.r
        if code in NAME_CODES:
            return self.name(code)
        if code == "email":
            return self.email(False)
        if code == "emailn":
            return self.email(True)
        if code == "url":
            return self.url()
        if code == "phone":
            return self.phone()
        if code in ("mob", "land", "london", "us", "intl"):
            return self.phone(code)
        if code == "phoneus":
            return self.phone("us")
        if code == "nhs":
            return self.nhs()
        if code == "hosp":
            return self.hosp()
        if code == "hospl":
            return self.hosp(lower=True)
        if code == "dob":
            return self.dob(r.choice(["adult"] * 5 + ["old", "kid"]))
        if code == "dobold":
            return self.dob("old")
        if code == "dobkid":
            return self.dob(r.choice(["kid", "kid", "baby"]))
        if code == "dobw":
            y, m, d = self.rand_date(1928, 1975)
            v, f = self.fmt_date(y, m, d, ["words", "words2", "dth of Month yyyy", "dth Month yyyy"])
            return v, "DATE_OF_BIRTH", {"band": "old" if y <= 1950 else "adult", "form": f, "year": y}
        if code == "date":
            return self.date()
        if code == "dated":
            return self.date(day=True)
        if code == "age":
            return self.age(False)
        if code == "agew":
            return self.age(True)
        if code == "town":
            return self.town("uk")
        if code == "townus":
            return self.town("us")
        if code == "townie":
            return self.town("ie")
        if code == "townab":
            return self.town("abroad")
        if code == "vill":
            return self.town("vill")
        if code == "pc":
            return self.postcode(False)
        if code == "pct":
            return self.postcode(True)
        if code == "zip":
            return self.zipc(False)
        if code == "zipt":
            return self.zipc(True)
        if code == "addr":
            return self.address()
        if code == "addrml":
            return self.address(r.choice(["multiline", "multiline", "multiline", "us_ml"]))
        if code == "addrus":
            return self.address(region="us")
        if code == "addrie":
            return self.address(region="ie")
        if code == "addrl":
            v, t, m = self.address(r.choice(["lower", "lower", "us_lower"]))
            return v, t, m
        if code == "addru":
            return self.address("upper")
        if code == "addrp":
            return self.address("partial")
        if code == "addrnr":
            return self.address("near")
        if code == "addrpo":
            return self.address(r.choice(["pobox", "pobox", "us_po"]))
        if code == "addrflat":
            return self.address("flat")
        if code == "addrvill":
            return self.address("village")
        if code == "addrhouse":
            return self.address("house")
        raise KeyError(code)


NAME_CORES = ["fn", "ff", "fm", "fw", "fwf", "fwm", "nk", "nkf", "nkm", "full", "fullf", "fullm", "fullx",
              "fullw", "sur", "surw", "ini"]
NAME_CODES = set(NAME_CORES) | {c + "l" for c in NAME_CORES} | {c + "u" for c in NAME_CORES}

SLOT_TYPES = {}
for _c in NAME_CODES:
    SLOT_TYPES[_c] = "NAME"
SLOT_TYPES.update({
    "email": "EMAIL", "emailn": "EMAIL", "url": "URL", "phone": "PHONE", "mob": "PHONE", "land": "PHONE",
    "london": "PHONE", "us": "PHONE", "intl": "PHONE", "phoneus": "PHONE", "nhs": "NHS_NUMBER",
    "hosp": "HOSPITAL_NUMBER", "hospl": "HOSPITAL_NUMBER", "dob": "DATE_OF_BIRTH", "dobold": "DATE_OF_BIRTH",
    "dobkid": "DATE_OF_BIRTH", "dobw": "DATE_OF_BIRTH", "date": "DATE", "age": "AGE_OVER_89",
    "agew": "AGE_OVER_89", "dated": "DATE", "town": "TOWN", "townus": "TOWN", "townie": "TOWN", "townab": "TOWN", "vill": "TOWN",
    "pc": "POSTCODE", "pct": "POSTCODE", "zip": "ZIP", "zipt": "ZIP",
    "addr": "ADDRESS", "addrml": "ADDRESS", "addrus": "ADDRESS", "addrie": "ADDRESS", "addrl": "ADDRESS",
    "addru": "ADDRESS", "addrp": "ADDRESS", "addrnr": "ADDRESS", "addrpo": "ADDRESS", "addrflat": "ADDRESS",
    "addrvill": "ADDRESS", "addrhouse": "ADDRESS",
})


# ---------------------------------------------------------------------------------------------
# Carrier sentences (written new for this set).  {code} is a slot; see Gen.slot.
# ---------------------------------------------------------------------------------------------
ANY = [
    # --- names in lower case after thanks / role / relationship words, mid-sentence ---------
    "the physio {fml} was brill, had me up and walking by day two",
    "If you need anything ask for {ffl} on ward 4, she knows everyone.",
    "thanks to {fnl} and {nkl} x",
    "big thank u to {fnl} on reception who found me a wheelchair",
    "My husband {fml} had to wait in the car the whole time because of the rules.",
    "my daughter {ffl} came in with me and they let her stay which helped loads.",
    "the hca {ffl} made me a brew at 3 in the morning bless her",
    "Paramedic {fml} kept me calm all the way in, could not fault him.",
    "nurse {ffl} and nurse {fnl} on the night shift were amazing.",
    "shout out to {fnl} in pharmacy who sorted my meds out in 10 mins",
    "my son {fml}'s carer was never told about the change of time.",
    "the doctor, dr {surl}, explained it all in plain english.",
    "cheers {fwl} and {fnl}, you lot are stars",
    "Me and my partner {fnl} were made to feel so welcome.",
    "{fnl} the receptionist was so patient with my mum",
    "I had a student nurse called {ffl} who was lovely and will go far.",
    "My mum {ffl} is hard of hearing and they wrote everything down for her.",
    "The OT {fnl} came out to the house twice to fit the rails.",
    "massive thanks to {fwfl} the midwife!!",
    "health care assistant {ffl} was kind but rushed off her feet",
    "was looked after by {fml} and then {fnl} after the shift change",
    "my wife {fwfl} was in bay 2 and the care she got was second to none.",
    "the porter {fml} had me laughing all the way to x ray",
    "i asked for {ffl} again bc she gets my sons needs",
    "our community nurse {ffl} is worth her weight in gold",
    "Speech therapist {fnl} has been really patient with dad.",
    "the lady on the phone (i think {ffl}?) said someone would ring back and nobody did",
    "thanks to the two paramedics {fml} and {fwml} who got me off the floor",
    "grandad {fml} was treated with real dignity.",
    "my little girl {fwfl} was so scared but the play worker {ffl} calmed her down",
    "special mention to {fnl} from the discharge team",
    "Thank you {fnl}, you made a horrible day a bit easier.",
    "could not have done it without my key worker {nkl}",
    "the phlebotomist {ffl} got blood first time which never happens with me",
    "She said her name was {ffl} and she was the sister in charge.",
    "ring my son {fml} if theres any problem",
    "we saw a locum, {ffl} something, who didnt seem to have read my notes",
    "my brother {fml} and his wife {ffl} visited and were treated well too",

    # --- capitals ------------------------------------------------------------------------------
    "PLEASE PASS MY THANKS TO {fnu} AND {fnu} ON THE ASSESSMENT UNIT.",
    "NOBODY TOLD MY WIFE {fullfu} WHAT WAS HAPPENING!!",
    "I WANT TO SPEAK TO DR {suru}'S MANAGER.",
    "THANK YOU {fnu} YOU ARE A STAR",
    "MY DAD {fullmu} WAS LEFT ON A TROLLEY FOR 9 HOURS.",
    "ASK {ffu} IN OUTPATIENTS, SHE WILL TELL YOU THE SAME.",
    "The driver, {fmu}, went above and beyond.",
    "{nkfu} AND {fwu} ON THE DAY UNIT ARE A CREDIT",
    "Please forward to MR {suru} as he asked for feedback.",

    # --- initials + surname -----------------------------------------------------------------
    "Letter came from {ini} in the pain clinic but nobody followed it up.",
    "The consultant, Mr {ini}, was thorough and didn't rush me.",
    "Seen by Dr {ini} who was excellent.",
    "My GP is Dr {ini} and she had already sent the referral.",
    "Prescription was signed by {ini} but the chemist couldn't read it.",
    "The discharge summary was written by {ini} (F1) and had the wrong medication on it.",
    "I was under Prof {ini} for my hip.",
    "physio letter signed {ini} said 6 weeks, its been 14",
    "DR {iniu} NEVER EVEN LOOKED AT MY LEG",

    # --- lists of 2-5 names ------------------------------------------------------------------
    "The team ({fn}, {fn}, {fn} and {fn}) were brilliant from start to finish.",
    "Thanks to {ff}, {fw}, {nk}, {fm} and {fn} on the day unit.",
    "{fn} & {fn} on the early shift were great.",
    "Night staff {fnl}, {fnl} and {fwl} deserve a medal",
    "Shoutout to {fnl} n {nkl}",
    "Special thanks to {ff}, {ff} and {fm}.",
    "Everyone was great but {fn}, {fwf} and {fn} especially.",
    "Crew were {fm} and {fullf} i think, both lovely",
    "The physios ({fnl}, {fnl}) had me on my feet in no time.",
    "Thank you {fn}, {fn}, {fn}, {fn} and {fn} - you're all amazing.",
    "Could you pass on my thanks to {full} and {full} in the fracture clinic.",
    "{fwf}, {fwf} and {fwm} on the stroke unit were wonderful with my dad.",
    "my girls {ffl} and {ffl} say thank u too",

    # --- names that are ordinary words ------------------------------------------------------
    "{fwf} on reception was an absolute joy to deal with.",
    "My wife {fwf} had her op on the day unit and was home by teatime.",
    "The nurse who looked after me was called {fwf} and she was brilliant.",
    "{fwm} the porter told jokes all the way down to the scanner.",
    "Dr {surw} was fab, listened to everything.",
    "Mr {surw}'s clinic always runs late but he's worth the wait.",
    "Ask for {fullw} on the transport desk, sorted my transport in one phone call.",
    "Our midwife {fullw} was with us for the whole labour.",
    "my son {fwml} has autism and they let him bring his ipad in which made all the difference",
    "{fwf} and {fwf} in the baby unit - thank you from the bottom of our hearts.",
    "Sister {surw} runs a tight ship and it shows.",
    "Nurse {fwf} was so gentle changing my dressing.",
    "They sent {fwm} out to fix the oxygen and he was in and out in 20 mins.",
    "I was booked in with {fullw} but saw someone else on the day.",
    "Dr {fullw} took the time to explain the scan to us.",

    # --- brackets / dash / colon ---------------------------------------------------------------
    "Staff nurse ({ff}) was a credit to the ward.",
    "Named nurse: {full}.",
    "Key worker - {full} - has been the best thing about the service.",
    "Consultant: Dr {sur} (registrar {full}).",
    "Nurse in charge that night (i think {ffl}?) ignored my buzzer for ages",
    "Care coordinator: {fn}",
    "The receptionist (name badge said {ff}) was rude to my mother.",
    "Who helped you? - {fn} and {fn} at the front desk",
    "Paramedic crew: {fm} / {ff}",
    "Therapist - {ff}, she was great.",

    # --- names followed by job titles -----------------------------------------------------------
    "{ff} the receptionist was really kind when I got upset.",
    "Dr {sur} (registrar) rang me back the same day.",
    "{fm} from pharmacy came up to explain my new tablets.",
    "{fn}, the matron, came to see me personally after I complained.",
    "{full}, ward manager, rang to apologise which I appreciated.",
    "{fn} (HCA) made sure I had a drink and something to eat.",
    "{ff} the health visitor has been a rock for me since my baby was born.",
    "{fm} the driver helped me into the house with my shopping.",
    "{fullf}, Macmillan nurse, was wonderful with us all.",
    "{ff}, advanced nurse practitioner, saw me within the hour.",

    # --- emoji / punctuation run-on -----------------------------------------------------------
    "thanks {fn}!!",
    "{fn}:) you're the best",
    "love u {fnl}😘",
    "{fn}!!! u r a star",
    "Big thanks to {fn}... honestly dont know what I'd have done",
    "Where was {ff}??? She said she'd be back and never came.",
    "{nk}!! legend",
    "Cheers {fnl}👍👍",
    "Thank you so much {ff}💕💕",
    "Thanks {fn}/{fn} x",

    # --- non-ASCII names, particles, double-barrelled --------------------------------------------
    "Dr {fullx} was the only one who listened.",
    "{fullx} on the stroke unit deserves an award.",
    "Many thanks to {fullx} and the team.",
    "The interpreter, {fullx}, made such a difference for my father.",
    "I was seen by {full} who was very professional.",
    "Dr {sur} and Dr {sur} both reviewed me before I went home.",
    "my neighbour {fullfl} brought me in and they were lovely to her too",
    "Mrs {sur} from the bereavement office was so kind.",
    "Physio {full} gave me exercises I can actually do at home.",

    # --- possessives --------------------------------------------------------------------------
    "{ff}'s patience with my mum was amazing.",
    "Without {full}'s help I wouldn't have got my wheelchair.",
    "Dr {sur}'s letter still hasn't arrived at my GP.",
    "It was {fnl}'s first day and you wouldn't have known.",
    "My husband {fm}'s tablets were left at home and they sorted a supply.",
    "{fn}’s advice about my diet has really helped.",
    "Nurse {ff}'s care on my last night was so kind.",
    "We went to {fwf}'s clinic every week for the dressings.",

    # --- mid-sentence, natural -----------------------------------------------------------------
    "I was lucky to get {fn} as my nurse again on the second visit.",
    "When {ff} came on shift everything calmed down.",
    "I told {fm} I was in pain three times before anyone came.",
    "It was {ff} who finally spotted the infection.",
    "Had a long chat with {fn} about going home and I feel much better now.",
    "My friend {fullf} recommended this clinic and I'm glad she did.",
    "They wouldn't let my carer {fnl} stay which I found upsetting.",
    "Please can someone call my sister {fullf} as she is my next of kin.",
    "The lady who did my scan, {ff}, was very reassuring.",
    "I think it was {fm} who took my bloods, he was very good.",
    "nobody could tell me where {fm} had been moved to",
    "We were met by {fn} at the door who took us straight through.",
    "{ff} rang me every week while I was waiting which meant a lot.",
    "All the staff were good, but {fn} went the extra mile.",
    "I'm writing on behalf of my mum, {fullf}, who can't write any more.",
    "My partner {fn} has dementia and they were so patient.",
    "Was told by {ff} on the phone that the appointment was cancelled, it wasn't.",
    "{fm} is a credit to the NHS.",
    "{full} should be promoted!",
    "{ff} came back after her shift to check on me.",

    # --- names + other details -----------------------------------------------------------------
    "Please contact my daughter {fullf} on {mob} with any updates.",
    "You can reach me on {phone} or email {emailn} - {full}.",
    "My son {fullm} ({hosp}) was discharged without his inhaler.",
    "Patient {full} ({hosp}) was sent home at 2am in a taxi.",
    "Patient: {full}, DOB {dob}, NHS no {nhs}.",
    "My mother {fullf}, born {dobold}, was treated with real kindness.",
    "{full} - {emailn}",
    "My wife {fullf} is {age} and was left in the corridor.",
    "My grandad {fullm} ({age}) was treated like royalty.",
    "Please send the notes for {full} to {addr}.",
    "Next of kin is my son {fullm}, {mob}.",
    "The district nurse, {ff}, gave me her number ({land}) in case anything changed.",
    "Carer: {full}, tel {phone}",
    "My aunt {fullf}, {age} years old, was discharged at midnight.",
    "My details are {full}, date of birth {dob}, hospital number {hosp}.",
    "Contact {fn} on {mob} (text is best) or {emailn}",

    # --- addresses -------------------------------------------------------------------------------
    "I live at {addr} and the ambulance went to the wrong house.",
    "They sent the letter to {addr} which is my old address.",
    "my address is {addrl} if anyone wants to write back",
    "Please update my address to {addr}.",
    "we got dropped back at {addr} after midnight with no key",
    "Transport picked me up from {addr} and took over an hour to get to clinic.",
    "Can the report go to {addr} please.",
    "Correspondence to:\n{addrml}\nplease, not my old flat.",
    "My mum lives on her own at {addr} so discharge was a real worry.",
    "Post still goes to {addr}, not the new place.",
    "I'm staying with my daughter at {addr} for now so please write there.",
    "We are visiting from {addrus} and the care was excellent.",
    "Over from {addrie} on holiday and had to use A&E.",
    "The crew came out to {addr} in the snow and never complained once.",
    "new address: {addr}",
    "Can you send stuff to {addrpo} as post goes missing at my flat",
    "The ambulance couldn't find {addrnr} - the sat nav takes you round the back.",
    "Pharmacy delivered to {addr} instead of {addr}, second time this has happened.",
    "I'm at {addrp} (the one with the blue door).",
    "My GP has me down as living at {addr} but I moved last year.",
    "Address on my notes is wrong, it should be {addr} not {addrp}.",
    "Home address: {addrml}",
    "Please post my appointment letters to {addrflat} as I have moved.",
    "the taxi took me from {addrl} to the hospital and back and was late both times",
    "Dad is at {addrvill} and the district nurses come out every day.",
    "They found us at {addrhouse} eventually, it's hard to find in the dark.",
    "Letters for me go to {addru}",
    "we are at {addr}, the house opposite the school",
    "I gave my address as {addr} three times and it was still spelled wrong on the letter.",
    "The patient transport van went to {addrp} first, which is next door.",
    "My elderly dad lives at {addr} and the wait for a visit was far too long.",
    "staying at my mams {addrl} till im better",
    "Our holiday let was {addrvill} and the minor injuries unit was only ten minutes away.",
    "We're living at {addrflat} temporarily while the house is done up.",
    "My home address is {addrus}, in case the bill needs to go anywhere.",
    "The bloods were sent to {addrie} by mistake!",
    "Please note my address is now {addr} (moved in March).",
    "If the wheelchair service could deliver to {addrhouse} that would be great.",
    "The letter said 'Dear occupier' and was addressed to {addrp}, not to me.",
    "She's now in a care home at {addr}, please update the records.",

    # --- hospital numbers, many cues ------------------------------------------------------------
    "My hospital number is {hosp}.",
    "my number is {hosp} if you need to check",
    "Please quote {hosp} if you reply.",
    "quote {hospl} when u ring",
    "Ref. {hosp}",
    "Our ref. no. {hosp}",
    "The ID on my wristband was {hosp} but the letter said something else.",
    "Episode {hosp}, if that helps find me.",
    "episode no {hospl}",
    "A&E attendance number {hosp}.",
    "A&E number: {hosp}",
    "My NHS trust ID is {hosp} not the one on the letter.",
    "clinic ref {hosp}",
    "Unit no. {hosp}",
    "MRN {hosp}",
    "hosp no {hospl}",
    "The sticker on my notes said {hosp}.",
    "the number they gave me was {hosp}",
    "case ref {hosp}",
    "PALS ref {hosp} - still no reply.",
    "Complaint number {hosp}.",
    "patient no. {hosp}",
    "Referral ref: {hosp}",
    "My booking reference was {hosp} and it didn't show on the system.",
    "my mums number is {hosp} she's in bay 3",
    "(hospital no. {hosp})",
    "{hosp} is my record number.",
    "I was registered under {hosp} and {hosp} - two records for one person!",
    "Attendance no {hosp}",
    "Wristband ID {hospl}",
    "my x-ray was under {hosp} which isn't even mine",
    "Clinic ref. {hosp} - appointment cancelled twice.",
    "Reference {hosp}, I rang 4 times.",
    "Patient ID: {hosp}",
    "my hospital no is {hospl} i think",
    "Trust ID {hosp} (my son)",

    # --- dates of birth ----------------------------------------------------------------------------
    "My date of birth is {dob} and they had it wrong on the system.",
    "dob {dob}",
    "D.O.B {dob}",
    "I was born {dob} so I'm not a spring chicken.",
    "I was born on the {dobw} and I've never been treated so well.",
    "My son (dob {dobkid}) was seen quickly.",
    "bday is {dob} for the records",
    "Date of birth: {dob}",
    "DoB - {dob}",
    "She put my dob as {dob} instead of {dob}.",
    "Mum's date of birth, which they asked for six times, is {dobold}.",
    "The twins were born {dobkid} and have been under the team ever since.",
    "Patient DOB:{dob}",
    "When they asked for my date of birth I said {dob} and she typed something else.",
    "my daughters dob is {dobkid}",
    "birth date {dob}",
    "D.O.B. {dobold}",
    "Dad was born on {dobold}, he remembers the war.",
    "My date of birth, for the third time, is {dob}.",
    "Baby born {dobkid} at 32 weeks, the neonatal staff were incredible.",

    # --- phones -------------------------------------------------------------------------------------
    "ring me on {mob}",
    "You can call me on {phone} any time after 10.",
    "Tel: {land}",
    "my number {mob} (text is best)",
    "I rang the ward on {land} for two days and nobody picked up.",
    "The number on the letter, {land}, just rings out.",
    "Call my wife on {mob} as I don't hear the phone.",
    "My US cell is {phoneus} if you need to reach me after I fly home.",
    "Mobile {intl}",
    "Please text {mob} not the landline.",
    "Home phone {london}, mobile {mob}.",
    "the physio gave me {land} to ring but it's always engaged",
    "Contact number: {phone}",
    "you can get me on {mob} or {land}",

    # --- e-mail ------------------------------------------------------------------------------------
    "email me at {email}",
    "Please reply to {email}.",
    "contact: {email}",
    "My email is {email} but they kept sending letters anyway.",
    "Results were emailed to {email} which isn't even my address.",
    "Send the leaflet to {email} please",

    # --- NHS numbers -------------------------------------------------------------------------------
    "NHS no {nhs}",
    "My NHS number is {nhs}.",
    "nhs number {nhs}",
    "NHS: {nhs}",
    "They had the wrong NHS number on my letter, mine is {nhs}.",
    "My mums NHS no. is {nhs} for reference",
    "N.H.S. number {nhs}",

    # --- postcodes ----------------------------------------------------------------------------------
    "postcode {pc}",
    "We're in {town} ({pct}) and it took 3 hours for an ambulance.",
    "my postcode is {pc} btw",
    "Post code: {pc}",
    "The sat nav sent the crew to {pc} which is miles away.",
    "I moved from {pc} to {pc} and my records didn't follow me.",
    "Our postcode ({pc}) isn't covered by the night service apparently.",
    "We live out in {vill} ({pct}) so the bus isn't an option.",

    # --- ZIPs ----------------------------------------------------------------------------------------
    "zip {zip}",
    "Back home in {townus} (zip {zipt}) now and doing well.",
    "Zip code: {zip}",
    "I'm from {townus}, zip {zipt}, and was visiting family.",
    "My insurance needs the zip, it's {zip}.",

    # --- URLs ---------------------------------------------------------------------------------------
    "I found the info on {url}",
    "The leaflet said to go to {url} but the page was down.",
    "see {url}",
    "Link on the letter ({url}) doesn't work.",
    "More info at {url} would be good if it was kept up to date.",

    # --- dates of care --------------------------------------------------------------------------------
    "I was admitted on {dated} and discharged the following week.",
    "Seen {date} in the eye clinic.",
    "My operation was on {dated} and I still haven't had a follow-up.",
    "waiting since {date} for a call back",
    "Came in on {dated} with chest pains.",
    "My appointment on {dated} was cancelled the night before.",
    "I attended A&E on {dated} and waited 11 hours.",
    "The scan on {dated} showed nothing, then on {dated} they found it.",
    "Dad went in {date} and came out {date}.",
    "Visited {date} - much better than last time.",

    # --- towns ----------------------------------------------------------------------------------------
    "I drove from {town} and there was nowhere to park.",
    "We travelled over from {town} every day for a fortnight.",
    "The hospital in {town} was much better organised.",
    "They sent me to {town} for the scan, which is an hour on two buses.",
    "My sister came down from {town} to help.",
    "I moved here from {townus} last year and the NHS has been great.",
    "I was born in {townab} and English isn't my first language, the interpreter helped.",
    "My parents came over from {townab} to be with me.",
    "Having to go to {town} for every appointment is a nightmare.",
    "We're originally from {townie} and the care here compares well.",
    "It's a long drive from {vill} but worth it.",
    "The crew from {town} station were fab.",
    "{town} General was full so we were diverted.",
    "We were on holiday in {town} when it happened.",
    "They transferred me from {town} to here by ambulance.",

    # --- ages over 89 -----------------------------------------------------------------------------------
    "My nan is {age} and was treated with respect.",
    "She's {agew} and still sharp as a tack, and the staff talked to her not me.",
    "At {age} years old my dad shouldn't be waiting 6 hours.",
    "Great grandma (aged {age}) was sent home in a taxi alone!",
    "My {age} year old grandad was looked after brilliantly.",
    "He turns {age} next month and this was his first time in hospital.",
    "mum is {agew} and they didn't rush her at all",
    "For someone who is {age} the waiting was too long.",

    # --- more initials, capitals, possessives, ages in words, places abroad -----------------
    "Mrs {ini} on the switchboard put me through to the right place.",
    "Report signed off by {ini}, consultant radiologist.",
    "{ini} (clinical lead) wrote back within a week.",
    "the letter was from a {ini} but there was no phone number on it",
    "Seen by {ini} and then {ini} in the fracture clinic.",
    "CONSULTANT: {iniu}",
    "Surgeon was Mr {ini}, anaesthetist Dr {ini}.",
    "cc {ini}, PALS",
    "WHY DID NOBODY RING MY SON {fullmu}?",
    "SPECIAL THANKS TO {fnu}, {fnu} AND {fwu}!!!",
    "MY MUMS NAME IS {fullfu} NOT {fullfu}.",
    "{fullu} - THANK YOU FOR EVERYTHING",
    "SISTER {suru} WAS THE ONLY ONE WHO LISTENED.",
    "ASK FOR {nkfu}, SHE'S BRILLIANT",
    "DR {suru} AND DR {suru} ARE A CREDIT TO THE NHS",
    "Mum says THANK YOU {fnu}",
    "{fwf}'s smile when I came round from the anaesthetic meant everything.",
    "my son {fml}'s appointment got moved three times",
    "Dr {surw}'s team were brilliant.",
    "I couldn't fault Sister {sur}'s ward.",
    "{fullm}'s operation went well thanks to the team.",
    "MR {suru}'S SECRETARY NEVER RINGS BACK",
    "{nk}'s jokes kept me going lol",
    "Grandad {fm}’s hearing aids went missing on the ward.",
    "{fn}'s and {fn}'s care was second to none.",
    "Was it {ff}'s day off? The ward fell apart without her.",
    "Dad's {agew} and they treated him like a person.",
    "she's {agew} next birthday and has never been in hospital before",
    "Grandma is {agew}, please don't leave her on a trolley.",
    "My neighbour, who is {agew}, was seen very quickly.",
    "I was born in {townab} and moved here as a child.",
    "My mum flew in from {townab} to help with the baby.",
    "When we lived in {townab} we had to pay for everything.",
    "Our farm is at {addrnr}, and the crew found it first time.",
    "Send any forms to {addrpo} please, the house post is unreliable.",
    "They kept writing to {addru} which is my ex's house.",
    "The key safe is at {addrhouse}, code is with the care agency.",
    "Is it possible to change my address from {addrp} to {addr}?",
    # --- mixed --------------------------------------------------------------------------------
    "I came from {town} on {dated} and was seen within the hour.",
    "My grandmother ({age}) was admitted on {dated} to the ward.",
    "We drove from {town} ({pct}) on {dated} for the appointment.",
    "Went in on {dated}, ref {hosp}, still waiting for results.",
    "Please send a copy to {addr} and email {email}.",
    "Ring {land} or write to {addr}.",
]

OPENERS = [
    "Re: {full}, {hosp}",
    "Name: {full}",
    "Patient: {full} (DOB {dob})",
    "FAO {full}, Patient Experience.",
    "Dear {fn},",
    "RE: MY MOTHER {fullfu} ({age}), DOB {dob}",
    "Feedback for ward staff - especially {fn} and {fn}.",
    "Attn: Sister {sur}",
    "Subject: complaint ref {hosp}",
    "My name is {full} and I was the patient.",
    "Hi, it's {nk} from bay 3.",
    "Patient name - {fulll}, nhs no {nhs}",
    "To {fn} and the team at {town}:",
    "Dear Dr {sur},",
    "This is about my dad {fullm}, born {dobold}.",
    "Parent of {fullf} here.",
    "Episode {hosp} -",
    "From: {full} <{emailn}>",
    "{full} here, writing for my husband.",
    "Name: {full}  DOB: {dob}  Hosp no: {hosp}",
    "For the attention of Mr {sur}, consultant.",
    "Regarding my son {fullm} (D.O.B {dobkid}),",
    "Patient ID {hosp} / NHS {nhs}",
    "hi its {fnl} (bed 6)",
    "Dear {fn} and {fn},",
]

SIGNOFFS = [
    "Regards, {full}",
    "- {fn} x",
    "Many thanks\n{full}",
    "Kind regards,\n{full}\n{addrml}",
    "from {fnl}",
    "Cheers, {nk}",
    "Love {ff} and family xx",
    "Thanks again - {fw} :)",
    "Yours sincerely\n{ini}",
    "{full}, {phone}",
    "Signed: {full} (patient)",
    "Written by {fnl} for my nan {ffl}, she's {age}",
    "Name: {full}\nDOB: {dob}\nHosp no: {hosp}",
    "Diolch yn fawr, {full}",
    "Go raibh maith agaibh, {full}",
    "Thanks, {fn} ({hosp})",
    "Best wishes, {fullw}",
    "FROM {fullu}, {addru}",
    "Kind regards {full}\n{emailn}",
    "{fnl} x",
    "Ta, {nk}",
    "Sent on behalf of {fullf} by her daughter {ff}",
    "Regards\n{full}\n{addrml}\nTel {phone}",
    "Thank you from the {surw} family",
    "Many thanks, {full} (mum of {fnl})",
    "Yours faithfully,\n{fullm}\n{addrml}",
    "Love from {fnl} and {fnl} and baby {fnl} xxx",
    "{full}\n{addr}\n{emailn}",
    "Best, {fn}. P.S. my number is {hosp} if you need to look me up",
    "- {full}, {town}",
    "Cheers, {fwm} (son of {full})",
    "Contact me: {email} / {mob}",
    "{ini}\n{addrml}\nRef: {hosp}",
    "Regards, {fullx}",
    "x {fwf} x",
    "Thanks, {full}, {addrus}",
    "Many thanks, {full} ({addrie})",
    "Yours, {full}\nNHS number {nhs}",
    "Love {fnl} and {fwl} xx",
    "Sincerely, {full}, {phoneus}",
]

DECOYS = [
    "Will do the survey again next time.",
    "Hope so anyway.",
    "Sister was lovely and so were the rest.",
    "Bath time on the ward was handled with real dignity.",
    "Grace period on the car park would help a lot.",
    "Hope this is useful.",
    "Will definitely recommend.",
    "Rose garden outside the unit is a lovely touch.",
    "Joy of joys, the lift was working this time!",
    "Faith restored in the system to be honest.",
    "Summer holidays made it hard to get an appointment.",
    "Sunny day so they opened the garden room which was nice.",
    "Rich tea biscuits with every cuppa, can't complain!",
    "Amber warning for snow and they still came out.",
    "Ivy all over the entrance sign, could do with a trim.",
    "Dawn is the worst time to be woken for obs.",
    "Sky was on in the day room so dad could watch the cricket.",
    "Hunter wellies needed in that car park when it rains!",
    "Best service I've had in years.",
    "Young people's service is great.",
    "Cook on the ward made me toast at 2am.",
    "Mark my card as very satisfied.",
    "Bill for the car park was a shock.",
    "Will ring back if anything changes.",
    "Grace and favour, that's how it felt when the consultant popped in.",
    "Patience is a virtue, and you need it in that waiting room.",
    "Jack of all trades, the healthcare assistants here.",
    "Love the new waiting area.",
    "Hope to never need you again, but thank you!",
    "Frank and honest conversation with the team, appreciated.",
    "Grace before meals was respected for my mother.",
    "Summer uniform looks smart.",
    "Heather on the hills outside the window was lovely to look at.",
    "Sister said I could ring anytime.",
    "Will pass on to friends.",
    "Holly and tinsel everywhere at Christmas, lovely atmosphere.",
    "Joy when we were told we could go home!",
    "Hope you keep the evening clinics.",
    "Bob's your uncle, sorted in ten minutes.",
    "Wood panelling in the chapel is beautiful.",
    "Bird feeders outside the window kept mum entertained.",
    "Baker's dozen of leaflets but nobody to explain them.",
    "Stone cold tea by the time it reached me.",
    "Miles better than last time.",
    "Major improvement in the waiting times.",
]

# ---------------------------------------------------------------------------------------------
# In-place rewrite rules: (name, pattern, [replacement templates]).  \g<n> are the groups.
# ---------------------------------------------------------------------------------------------
RULES = [
    ("thank_you", r"\b([Tt])hank you(?=\s*(?:[.!,]|for\b|x\b|$))",
     ["\\g<1>hank you {fn}", "\\g<1>hank you {fnl}", "\\g<1>hank you {fn} and {fn}", "\\g<1>hank you Dr {sur}",
      "\\g<1>hank you {fw}", "\\g<1>hank you {nk}", "\\g<1>hank you {fn}, {fnl} and {fwl}"]),
    ("staff_were", r"\b([Ss])taff (were|are|have been|was|have)\b",
     ["\\g<1>taff, especially {fn} and {fn}, \\g<2>", "\\g<1>taff ({fn}, {fn} and {fw}) \\g<2>",
      "\\g<1>taff (esp. {fnl} on nights) \\g<2>", "\\g<1>taff, {fnl} in particular, \\g<2>",
      "\\g<1>taff - {nk}, {fn}, {fwf} - \\g<2>"]),
    ("everyone", r"\b([Ee])veryone(?= (?:was|were|has|is|I|we)\b|,)",
     ["\\g<1>veryone, especially {fn},", "\\g<1>veryone (particularly {fn} and {fnl})",
      "\\g<1>veryone, but mostly {fwf},", "\\g<1>veryone incl. {ffl} and {fml}"]),
    ("plural_role", r"\b(nurses|doctors|physios|therapists|midwives|carers|paramedics|receptionists)\b",
     ["\\g<1> ({fn} and {fn})", "\\g<1> {fnl} and {fnl}", "\\g<1> ({fn}, {fw} and {nk})"]),
    ("the_team", r"\b([Tt])he team\b",
     ["\\g<1>he team ({fn}, {fn} and {fn})", "{ff} and the team"]),
    ("pronoun", r"(?:^|(?<=[.!?] ))(She|He) (was|is|has)\b",
     ["{PRON} \\g<2>", "Nurse {PRONsur} \\g<2>"]),
    ("role", r"\b(my|the|our) (physio|therapist|midwife|health visitor|counsellor|support worker|carer)\b",
     ["\\g<1> \\g<2> {fnl}", "\\g<1> \\g<2> ({fn})", "\\g<1> \\g<2>, {fn},", "\\g<1> \\g<2> {fn}"]),
]
RULE_RES = [(n, re.compile(p), reps) for n, p, reps in RULES]

SLOT_RE = re.compile(r"\{([A-Za-z]+)\}")
TITLE_RE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Nurse|Sister|Prof|Doctor)\b\.?", re.I)


def template_types(tpl):
    c = collections.Counter()
    for code in SLOT_RE.findall(tpl):
        if code == "PRON":
            c["NAME"] += 1
        elif code == "PRONsur":
            c["NAME"] += 1
        else:
            c[SLOT_TYPES[code]] += 1
    return c


def fill(gen, tpl, extra=None):
    """Fill the slots of a template.  Returns (text, [(start, end, type, value, meta)])."""
    gen.ctx = {}
    out, ents, last, pos = [], [], 0, 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        code = m.group(1)
        if code in ("PRON", "PRONsur"):
            g = (extra or {}).get("gender", "f")
            if code == "PRON":
                v, t, meta = gen.name("ff" if g == "f" else "fm")
            else:
                v, t, meta = gen.name("sur")
        else:
            v, t, meta = gen.slot(code)
        ents.append((pos, pos + len(v), t, v, {**meta, "code": code}))
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), ents


# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------
MONTH_RE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                      r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
MIDCAP_OK = {"I", "Thank", "Thanks", "Covid", "Christmas", "Monday", "Tuesday", "Wednesday", "Thursday",
             "Friday", "Saturday", "Sunday", "English", "British", "Please", "Very", "Great", "Good",
             "Excellent", "Mum", "Dad", "Happy", "Yes", "No", "Well", "Everything", "Everyone", "Staff"}
WORDLIKE_FIRST = set(WORD_FEMALE) | set(WORD_MALE)


def load_excluded(root, out_path):
    files = sorted(glob.glob(os.path.join(root, "evaluation", "data", "redaction_*.jsonl")))
    files = [f for f in files if os.path.abspath(f) != os.path.abspath(out_path)]
    files.append(os.path.join(root, "data", "labeled", "corpus.jsonl"))
    ex, per = set(), []
    for f in files:
        ids = set()
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.add(json.loads(line)["id"])  # only the id field is used
        per.append((os.path.relpath(f, root), len(ids)))
        ex |= ids
    return ex, per


def load_sources(fft_dir):
    rows = []
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(("fft2:" + r["Comment ID"], r["FFT answer"]))
    with open(os.path.join(fft_dir, "fft_phase1.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(("fft1:" + r["row_index"], r["feedback"]))
    return rows


def list_tokens():
    toks = set()
    pools = (FEMALE + MALE + UNISEX + NICK_F + NICK_M + SURNAMES + PARTICLE_SURNAMES + MIDDLE +
             [t[0] for t in ENGLAND + WALES + SCOTLAND + NIRELAND] + [t[0] for t in IRELAND] +
             [c[0] for c in US_CITIES] + ABROAD + [v[0] for v in VILLAGES] + [v[1] for v in VILLAGES] +
             HOUSE_NAMES + STREET_STEMS + WELSH_STREETS + SCOTS_STREETS + IRISH_STREETS + TOWNLANDS + US_STREETS)
    for p in pools:
        for w in re.findall(r"[^\W\d_]+", p):
            if len(w) > 3:
                toks.add(w.lower())
    return toks


def clean_pool(rows, excluded):
    lowcount = collections.Counter()
    for _, t in rows:
        for w in re.findall(r"[^\W\d_]+", t):
            if w == w.lower():
                lowcount[w] += 1
    ordinary = {w for w, c in lowcount.items() if c >= 3} | {w.lower() for w in WORDLIKE_FIRST} | \
               {w.lower() for w in WORD_SURNAMES}
    risky = {w for w in list_tokens() if w not in ordinary}
    reasons = collections.Counter()
    seen, pool = set(), []
    for rid, raw in rows:
        if rid in excluded:
            reasons["excluded id"] += 1
            continue
        t = raw.strip()
        if not 20 <= len(t) <= 480:
            reasons["length"] += 1
            continue
        key = t.lower()
        if key in seen:
            reasons["duplicate"] += 1
            continue
        seen.add(key)
        why = None
        if re.search(r"[a-z]I", t):
            why = "wIth artefact"
        elif re.search(r"[*@#|\[\]{}<>]|www|http|\.com|\.uk|xxx|redact|\bref\b", t, re.I):
            why = "marker or link"
        elif re.search(r"\d{3,}", t):
            why = "3+ digits"
        elif re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}", t):
            why = "numeric date"
        elif re.search(r"\b(9\d|1\d\d)\b|ninety|hundred", t, re.I):
            why = "age-like number"
        elif MONTH_RE.search(t):
            why = "month name"
        elif re.search(r"\b(Dr|Mr|Mrs|Ms|Miss|Nurse|Sister|Prof|Doctor)\.?\s+[A-Z]", t):
            why = "title + capital"
        else:
            for m in re.finditer(r"\b[^\W\d_]+", t):
                w = m.group()
                if w[0].isupper() and w.lower() not in lowcount:
                    why = "capital word never in lower case"
                    break
            if not why:
                for m in re.finditer(r"(?<=[a-z,;] )[A-Z][a-z]+", t):
                    if m.group() not in MIDCAP_OK:
                        why = "capital word mid-sentence"
                        break
            if not why:
                for m in re.finditer(r"[^\W\d_]+", t):
                    if m.group().lower() in risky:
                        why = "word from this script's lists"
                        break
            if not why:
                for m in re.finditer(r"\b[A-Z][a-z]+\b", t):
                    if m.group() in WORDLIKE_FIRST:
                        start_of_sentence = m.start() == 0 or re.search(r"[.!?]\s*$", t[:m.start()])
                        follows = t[m.end():m.end() + 8]
                        if not start_of_sentence or re.match(r"(?:'s| was| is| and| has| did| from| who)\b", follows):
                            why = "word-like first name used as a name"
                            break
        if why:
            reasons[why] += 1
            continue
        pool.append((rid, t))
    return pool, reasons


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------
ABBREV_END = re.compile(r"(?:\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|no|approx|vs|p\.s|P\.S|[A-Z])\.)$")
END_OK = re.compile(r"(?:[.!?]|\bx+|[^\x00-\x7f])$")


def boundaries(text, ents):
    pts = []
    for m in re.finditer(r"[.!?]+[)\"']*(\s+)(?=[A-Z0-9\"'(])|\n+(?=\S)", text):
        p = m.end()
        head = text[:m.start() + 1]
        if m.group(0)[0] in ".!?" and ABBREV_END.search(text[:m.start() + 1]):
            continue
        if head.count("(") > head.count(")"):
            continue
        if any(s < p < e or s < m.start() < e for s, e, *_ in ents):
            continue
        pts.append(p)
    return pts


class Record:
    def __init__(self, rid, original):
        self.id = rid
        self.original = original
        self.plan = []  # (cat, template)
        self.rule = None  # (rule name, match span, replacement template, extra)
        self.counts = collections.Counter()

    def total(self):
        return sum(self.counts.values())

    def cats(self, cat):
        return sum(1 for c, _ in self.plan if c == cat)


SINGLE_TYPES = ("DATE_OF_BIRTH", "NHS_NUMBER", "ZIP")


def can_take(rec, cat, tpl, max_ents=8):
    tc = template_types(tpl)
    if cat in ("O", "S") and rec.cats(cat):
        return False
    if rec.total() + sum(tc.values()) > max_ents:
        return False
    for t in SINGLE_TYPES:
        if tc[t] and rec.counts[t]:
            return False
    if cat == "A" and len([1 for c, _ in rec.plan if c == "A"]) >= 4:
        return False
    return True


def build(args):
    rng = random.Random(args.seed)
    gen = Gen(rng)
    out_path = os.path.abspath(args.out)
    excluded, per_file = load_excluded(ROOT, out_path)
    rows = load_sources(args.fft_dir)
    src = {rid: raw.strip() for rid, raw in rows}
    pool, reasons = clean_pool(rows, excluded)
    p2 = [x for x in pool if x[0].startswith("fft2:")]
    p1 = [x for x in pool if x[0].startswith("fft1:")]
    rng.shuffle(p2)
    rng.shuffle(p1)
    n2 = min(len(p2), args.n // 4)
    n1 = args.n - n2
    rule_hit = [x for x in p1 if any(rx.search(x[1]) for _, rx, _ in RULE_RES)]
    rule_ids = {x[0] for x in rule_hit}
    take1 = rule_hit[: n1 // 3]
    take_ids = {x[0] for x in take1}
    take1 += [x for x in p1 if x[0] not in take_ids][: n1 - len(take1)]
    chosen = p2[:n2] + take1
    rng.shuffle(chosen)
    recs = [Record(rid, t) for rid, t in chosen]
    assert len(recs) == args.n, (len(recs), len(pool))

    totals = collections.Counter()

    def add(rec, cat, tpl):
        tc = template_types(tpl)
        rec.plan.append((cat, tpl))
        rec.counts.update(tc)
        totals.update(tc)

    # 1. in-place rewrites
    for rec in recs:
        hits = [(n, rx, reps) for n, rx, reps in RULE_RES if rx.search(rec.original)]
        if not hits or rng.random() > 0.8:
            continue
        n, rx, reps = rng.choice(hits)
        m = rx.search(rec.original)
        tpl = m.expand(rng.choice(reps))
        extra = {}
        if n == "pronoun":
            extra["gender"] = "f" if m.group(1) == "She" else "m"
        rec.rule = (n, m.start(), m.end(), tpl, extra)
        tc = template_types(tpl)
        rec.counts.update(tc)
        totals.update(tc)

    # 2. every carrier sentence once, to a record with (nearly) the fewest details
    allt = [("A", t) for t in ANY] + [("O", t) for t in OPENERS] + [("S", t) for t in SIGNOFFS]
    rng.shuffle(allt)
    for cat, tpl in allt:
        ok = [r for r in recs if can_take(r, cat, tpl)]
        lo = min(r.total() for r in ok)
        cand = [r for r in ok if r.total() <= lo + 1]
        add(rng.choice(cand), cat, tpl)

    # 3. records with nothing get one sentence
    by_type = collections.defaultdict(list)
    for cat, tpl in allt:
        for t in template_types(tpl):
            by_type[t].append((cat, tpl))
    for key in by_type:
        by_type[key].sort()

    def deficit_type():
        best, bt = 0, None
        for t in sorted(TARGETS):
            d = (TARGETS[t] - totals[t]) / TARGETS[t]
            if d > best:
                best, bt = d, t
        return bt

    def pick_template(t, rec=None):
        cands = []
        for cat, tpl in by_type[t]:
            tc = template_types(tpl)
            if any(totals[x] + tc[x] > TARGETS[x] * 1.06 for x in tc if x != t):
                continue
            if rec is not None and not can_take(rec, cat, tpl):
                continue
            cands.append((cat, tpl))
        return rng.choice(cands) if cands else None

    for rec in recs:
        if rec.total() == 0:
            t = deficit_type() or "NAME"
            ch = pick_template(t, rec) or ("A", rng.choice([x for x in ANY if template_types(x)["NAME"] == 1 and sum(template_types(x).values()) == 1]))
            add(rec, *ch)

    # 4. fill to the targets
    guard = 0
    while True:
        t = deficit_type()
        if t is None:
            break
        guard += 1
        assert guard < 5000
        lo = min(r.total() for r in recs)
        order = sorted(recs, key=lambda r: (r.total(), rng.random()))
        done = False
        for rec in order[:200]:
            ch = pick_template(t, rec)
            if ch:
                add(rec, *ch)
                done = True
                break
        if not done:
            raise SystemExit(f"cannot place {t}")

    # 5. decoys: ordinary capitalised words that are not names, in about a fifth of the records
    n_decoy = round(len(recs) * 0.22)
    decoy_recs = rng.sample(range(len(recs)), n_decoy)
    for i, k in enumerate(decoy_recs):
        recs[k].plan.append(("D", DECOYS[i % len(DECOYS)]))

    # 6. assemble
    out = []
    stats = {"meta": [], "positions": collections.Counter(), "rule_uses": collections.Counter(),
             "tpl_uses": collections.Counter(), "decoys": n_decoy}
    for rec in recs:
        base, base_ents = rec.original, []
        if rec.rule:
            n, s, e, tpl, extra = rec.rule
            txt, ents = fill(gen, tpl, extra)
            base = rec.original[:s] + txt + rec.original[e:]
            base_ents = [(a + s, b + s, t, v, m) for a, b, t, v, m in ents]
            stats["rule_uses"][n] += 1
        bpts = boundaries(base, base_ents)
        inserts = []  # (pos, order, cat, tpl)
        for k, (cat, tpl) in enumerate(rec.plan):
            stats["tpl_uses"][(cat, tpl)] += 1
            if cat == "O":
                inserts.append((-1, k, cat, tpl))
            elif cat == "S":
                inserts.append((len(base) + 2, k, cat, tpl))
            else:
                choice = rng.choice(["start"] + ["mid"] * (4 if bpts else 0) + ["end", "end"])
                pos = 0 if choice == "start" else (rng.choice(bpts) if choice == "mid" else len(base) + 1)
                inserts.append((pos, k, cat, tpl))
                stats["positions"][choice] += 1
        inserts.sort()
        text, ents, cursor = "", [], 0
        kept = []  # (start, end) in text of original base material

        def copy_to(p):
            nonlocal text, cursor
            p = min(p, len(base))
            if p <= cursor:
                return
            shift = len(text) - cursor
            for a, b, t, v, m in base_ents:
                if a >= cursor and b <= p:
                    ents.append((a + shift, b + shift, t, v, m))
            kept.append((len(text), len(text) + p - cursor, cursor))
            text += base[cursor:p]
            cursor = p

        for pos, k, cat, tpl in inserts:
            filled, fents = fill(gen, tpl)
            if cat == "O":
                sep = rng.choice(["\n", "\n", " "]) if filled.endswith((".", ",", ":", "-")) else "\n"
                off = len(text)
                text += filled + sep
            elif cat == "S":
                copy_to(len(base))
                if text and text[-1].isalnum() and rng.random() < 0.8:
                    text += "."
                sep = rng.choice(["\n", "\n", " ", "\n\n"]) if "\n" not in filled else rng.choice(["\n", "\n\n"])
                text += sep
                off = len(text)
                text += filled
            elif pos > len(base):  # end
                copy_to(len(base))
                if text[-1].isalnum() and rng.random() < 0.85:
                    text += "."
                text += rng.choice([" ", " ", " ", "\n"])
                off = len(text)
                text += filled
            else:
                copy_to(pos)
                off = len(text)
                text += filled
                if not END_OK.search(filled) and rng.random() < 0.9:
                    text += "."
                text += " "
            for a, b, t, v, m in fents:
                ents.append((a + off, b + off, t, v, m))
        copy_to(len(base))
        # the base text (comment after any in-place rewrite) must come back from the kept pieces
        assert "".join(text[a:b] for a, b, _ in kept) == base, rec.id
        ents.sort(key=lambda x: (x[0], x[1]))
        rec_out = {
            "id": rec.id, "text": text, "original": rec.original,
            "entities": [{"start": a, "end": b, "type": t, "value": v,
                          "profiles": HIPAA if t in HIPAA_ONLY else BOTH} for a, b, t, v, m in ents],
        }
        stats["meta"].append([(t, v, m, text, a, b) for a, b, t, v, m in ents])
        out.append(rec_out)
    stats.update(reasons=reasons, per_file=per_file, excluded=len(excluded), pool=len(pool),
                 pool2=len(p2), pool1=len(p1), n2=n2, n1=n1, rule_ids=len(rule_ids))
    check(out, excluded, src, stats)
    return out, stats


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------
def nhs_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 10:
        return False
    s = sum(int(a) * w for a, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def phone_ok(v):
    core = re.sub(r"\s*(?:ext|extn|x)\.?\s*\d+$", "", v, flags=re.I)
    d = re.sub(r"\D", "", core.replace("(0)", ""))
    if core.lstrip().startswith(("+1", "1-")) or re.search(r"555[-. ]\d{4}$", core):
        return bool(re.search(r"55501\d\d$", d))
    if d.startswith("0044"):
        d = "0" + d[4:]
    elif d.startswith("44"):
        d = "0" + d[2:]
    ok = (re.fullmatch(r"07700900\d{3}", d) or re.fullmatch(r"01\d{2}4960\d{3}", d) or
          re.fullmatch(r"01632960\d{3}", d) or re.fullmatch(r"02079460\d{3}", d) or
          re.fullmatch(r"01914980\d{3}", d) or re.fullmatch(r"02896496\d{3}", d))
    return bool(ok)


PUNCT_END = tuple(".,;:!?()[]'\"-/")


def check(out, excluded, src, stats):
    ids = set()
    counts = collections.Counter()
    for rec in out:
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
        assert rec["id"] not in excluded, rec["id"]
        assert rec["original"] == src[rec["id"]], rec["id"]
        ents = rec["entities"]
        assert ents, rec["id"]
        prev_end, prev = -1, None
        for e in ents:
            s, t, v = e["start"], e["end"], e["value"]
            assert rec["text"][s:t] == v, (rec["id"], e)
            assert v == v.strip() and v, (rec["id"], e)
            assert not v.endswith(PUNCT_END), (rec["id"], e)
            assert s >= prev_end, (rec["id"], e)
            if prev is not None:
                gap = rec["text"][prev["end"]:s]
                # two details of one type are never separated by whitespace alone
                assert gap.strip() or prev["type"] != e["type"], (rec["id"], prev, e)
            prev = e
            prev_end = t
            typ = e["type"]
            counts[typ] += 1
            assert e["profiles"] == (HIPAA if typ in HIPAA_ONLY else BOTH)
            if typ == "NAME":
                assert not TITLE_RE.match(v), v
                assert not re.search(r"['’]s$", v), v
            elif typ == "NHS_NUMBER":
                assert nhs_ok(v), v
            elif typ == "AGE_OVER_89":
                if v.isdigit():
                    assert 90 <= int(v) <= 110, v
                else:
                    assert "ninety" in v or "hundred" in v, v
            elif typ in ("EMAIL", "URL"):
                host = v.split("@")[-1] if typ == "EMAIL" else re.sub(r"^https?://", "", v).split("/")[0].split("?")[0].split("#")[0]
                assert re.search(r"(^|\.)example\.(com|org|net)$", host.lower()), v
            elif typ == "PHONE":
                assert phone_ok(v), v
            elif typ == "POSTCODE":
                assert re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}", v.upper()), v
            elif typ == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
            elif typ == "HOSPITAL_NUMBER":
                assert not re.fullmatch(r"\d{10}", v), v
                assert not re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v), v
            elif typ in ("DATE", "DATE_OF_BIRTH"):
                assert not re.match(r"(on|the|born|dob|d\.o\.b)\b", v, re.I), v
    for t, mn in MINIMUMS.items():
        assert counts[t] >= mn, (t, counts[t], mn)
    assert sum(counts.values()) >= 1300, sum(counts.values())
    assert len(out) >= 540, len(out)
    used = stats["tpl_uses"]
    for cat, lst in (("A", ANY), ("O", OPENERS), ("S", SIGNOFFS), ("D", DECOYS)):
        for tpl in lst:
            assert used[(cat, tpl)] >= 1, (cat, tpl)
    stats["counts"] = counts


# ---------------------------------------------------------------------------------------------
# Statistics (for the data card)
# ---------------------------------------------------------------------------------------------
def print_stats(out, stats):
    c = stats["counts"]
    print("records", len(out), "phase2", sum(1 for r in out if r["id"].startswith("fft2:")),
          "phase1", sum(1 for r in out if r["id"].startswith("fft1:")))
    print("excluded ids", stats["excluded"], stats["per_file"])
    print("pool", stats["pool"], "pool2", stats["pool2"], "pool1", stats["pool1"], "rule-matching p1", stats["rule_ids"])
    print("dropped", dict(stats["reasons"]))
    print("entities", sum(c.values()), dict(sorted(c.items())))
    std = sum(v for k, v in c.items() if k not in HIPAA_ONLY)
    print("standard", std, "hipaa", sum(c.values()))
    per = collections.Counter(len(r["entities"]) for r in out)
    print("per record", dict(sorted(per.items())))
    lens = [len(r["original"]) for r in out]
    print("original len", min(lens), max(lens))
    print("positions", dict(stats["positions"]), "rules", dict(stats["rule_uses"]), "decoy records", stats["decoys"])
    print("templates", len(ANY), len(OPENERS), len(SIGNOFFS), len(DECOYS), "uses", sum(stats["tpl_uses"].values()))
    allm = [m for rec in stats["meta"] for m in rec]
    by = collections.defaultdict(list)
    for t, v, m, text, a, b in allm:
        by[t].append((v, m, text, a, b))
    # names
    N = by["NAME"]
    f = collections.Counter()
    for v, m, text, a, b in N:
        before = text[max(0, a - 12):a]
        after = text[b:b + 3]
        f["multiword"] += " " in v
        f["lower"] += v == v.lower()
        f["upper"] += v == v.upper() and v != v.lower()
        f["nonascii"] += not v.isascii()
        f["hyphen/apostrophe"] += ("-" in v or "'" in v)
        f["initials"] += bool(m.get("initials"))
        f["word_first"] += bool(m.get("word_first"))
        f["word_sur"] += bool(m.get("word_sur"))
        f["nick"] += bool(m.get("nick"))
        f["particle"] += bool(m.get("particle"))
        f["double"] += bool(m.get("double"))
        f["possessive"] += bool(re.match(r"['’][sS]\b", after))
        f["after_title"] += bool(re.search(r"\b(Dr|DR|dr|Mr|MR|Mrs|Prof|Sister|Nurse|nurse)\.? $", before))
        f["bracket/colon/dash"] += bool(re.search(r"[(:\-/] $|\($", before))
        f["emoji/punct after"] += bool(re.match(r"(!!|:\)|\?\?|\.\.\.|[^\x00-\x7f])", after))
    print("NAME", len(N), dict(f))
    A = by["ADDRESS"]
    f = collections.Counter()
    for v, m, text, a, b in A:
        f["country:" + m.get("country", "?")] += 1
        f["style:" + m["style"]] += 1
        for k in ("multiline", "lower", "upper", "nocomma", "flat", "house", "village", "county", "pobox",
                  "near", "unit", "eircode", "townland", "abbrev", "street_only", "postcode", "pc_nospace"):
            f[k] += bool(m.get(k))
        f["midsentence"] += bool(re.match(r" [a-z]", text[b:b + 2]))
        f["multiword/hyphen town"] += bool(re.search(r"-(on|upon|le|by|super|de|in)-|[A-Z][a-z]+ [A-Z][a-z]+,", v))
    print("ADDRESS", len(A), dict(sorted(f.items())))
    H = by["HOSPITAL_NUMBER"]
    f = collections.Counter(m["fmt"] for v, m, *_ in H)
    print("HOSP", len(H), len(f), dict(f), "lower", sum(1 for v, m, *_ in H if m.get("lower")),
          "letter-start", sum(1 for v, *_ in H if v[0].isalpha()),
          "separator", sum(1 for v, *_ in H if re.search(r"[ ./-]", v)))
    for t in ("DATE_OF_BIRTH", "DATE", "PHONE", "NHS_NUMBER", "POSTCODE", "ZIP", "URL", "TOWN", "AGE_OVER_89", "EMAIL"):
        f = collections.Counter()
        for v, m, *_ in by[t]:
            for k, x in m.items():
                if k != "code" and k != "year":
                    f[f"{k}={x}"] += 1
        print(t, len(by[t]), dict(sorted(f.items())))
    for t in sorted(by):
        print("  e.g.", t, [v for v, *_ in by[t][:6]])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=7100213)
    ap.add_argument("--n", type=int, default=540)
    ap.add_argument("--fft-dir", default=os.path.join(ROOT, "..", "shared", "data", "nhs_fft"))
    ap.add_argument("--out", default=os.path.join(ROOT, "evaluation", "data", "redaction_devset7.jsonl"))
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    out, stats = build(args)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    c = stats["counts"]
    print(f"wrote {len(out)} records, {sum(c.values())} entities to {args.out}")
    if args.stats:
        print_stats(out, stats)


if __name__ == "__main__":
    main()
