#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset16.jsonl (development set for round 21).

Real NHS Friends and Family Test comments (shared/data/nhs_fft, MIT, copyright NHS England;
Care Opinion parts CC BY-NC-SA 4.0) with invented personal details planted in them, either
written into the writer's own sentence or in an added sentence in the voice of a patient or
relative.  Every planted detail is recorded as a character span.

Deterministic: standard library only, all randomness from one ``random.Random(SEED)``.

    .venv/bin/python research/redaction_sets/build_redaction_devset16.py [--stats]

Span conventions (see the data card evaluation/data/redaction_devset16.md):
  * TOWN: the place name only; a possessive 's stays outside; in "town, county" the county is
    its own TOWN entity.  States and countries are never labelled.
  * ADDRESS: a whole written address (house/flat, street, locality, town, county,
    postcode/ZIP/Eircode, US state) is one entity, also over several lines.
  * NAME: the name tokens only; titles (Dr, Mrs, Sister ...) and roles/relations (nurse,
    my son ...) stay outside; a possessive 's stays outside.
  * DATE: the date expression only ("on the 3rd" -> "3rd"; "Tuesday 14th March" whole).
  * AGE_OVER_89: the number only ("94-year-old" -> "94"; "ninety-four" whole).
  * structured numbers: the number only, the cue word ("MRN", "ref", "NHS number") outside.
"""
from __future__ import annotations

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

SEED = 20210016
N_RECORDS = 520
N_DECOY_WORD = 70
N_DECOY_NAME = 25

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FFT_DIR = os.environ.get(
    "CXNLP_FFT_DIR", os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "nhs_fft"))
)
DATA_DIR = os.path.join(ROOT, "evaluation", "data")
OUT = os.path.join(DATA_DIR, "redaction_devset16.jsonl")

P_BOTH = ["standard", "hipaa_safe_harbor"]
P_HIPAA = ["hipaa_safe_harbor"]
PROFILES = {
    "TOWN": P_HIPAA,
    "DATE": P_HIPAA,
    "AGE_OVER_89": P_HIPAA,
    "ADDRESS": P_BOTH,
    "NAME": P_BOTH,
    "PHONE": P_BOTH,
    "EMAIL": P_BOTH,
    "POSTCODE": P_BOTH,
    "ZIP": P_BOTH,
    "HOSPITAL_NUMBER": P_BOTH,
    "NHS_NUMBER": P_BOTH,
}

# ---------------------------------------------------------------------------------------------
# Gazetteers (real town names; every person, street number and address below is invented)
# ---------------------------------------------------------------------------------------------
TOWNS = {
    "england": """Kettering Yeovil Huddersfield Whitby Truro Hexham Barnsley Rotherham Scunthorpe
        Grimsby Lowestoft Ipswich Norwich Bridgwater Taunton Exeter Plymouth Barnstaple Kendal
        Penrith Workington Darlington Hartlepool Middlesbrough Gateshead Sunderland Blyth Morpeth
        Ashington Alnwick Doncaster Wakefield Pontefract Keighley Skipton Harrogate Ripon
        Scarborough Bridlington Beverley Goole Selby Grantham Spalding Skegness Louth Mansfield
        Worksop Newark Chesterfield Buxton Matlock Derby Stafford Crewe Nantwich Macclesfield
        Warrington Wigan Bolton Oldham Rochdale Stockport Blackburn Burnley Blackpool Lancaster
        Morecambe Southport Ormskirk Birkenhead Shrewsbury Telford Hereford Worcester
        Kidderminster Redditch Nuneaton Banbury Bicester Oxford Swindon Salisbury Chippenham
        Trowbridge Frome Gloucester Cheltenham Stroud Hastings Eastbourne Worthing Crawley
        Horsham Guildford Woking Basingstoke Andover Winchester Southampton Portsmouth
        Bournemouth Poole Weymouth Dorchester Margate Ramsgate Folkestone Dover Canterbury
        Maidstone Tonbridge Chelmsford Colchester Basildon Luton Stevenage Watford Bedford
        Northampton Wellingborough Corby Peterborough Huntingdon Cambridge Thetford Cromer
        Leicester Loughborough Hinckley Coalville Oakham Nottingham Sheffield Leeds Bradford
        York Manchester Liverpool Birmingham Wolverhampton Walsall Dudley Coventry Bristol
        London Croydon Romford Ilford Slough Aylesbury Penzance Bodmin Newquay Torquay Tiverton
        Cramlington Consett Bishop_Auckland Stockton-on-Tees Stoke-on-Trent Burton_upon_Trent
        Leamington_Spa Weston-super-Mare Milton_Keynes Hemel_Hempstead Great_Yarmouth
        King's_Lynn Bury_St_Edmunds Southend-on-Sea Melton_Mowbray Berwick-upon-Tweed
        Sutton-in-Ashfield Kirkby-in-Ashfield Ashby-de-la-Zouch Newton_Abbot St_Austell
        Barnard_Castle Saffron_Walden Market_Harborough Long_Eaton""",
    "scotland": """Glasgow Edinburgh Aberdeen Dundee Inverness Stirling Paisley Kilmarnock Ayr
        Dumfries Galashiels Hawick Kirkcaldy Dunfermline Falkirk Livingston Motherwell Greenock
        Oban Fort_William Elgin Peterhead Fraserburgh Wick Thurso Stornoway Kirkwall Lerwick
        Arbroath Montrose St_Andrews Pitlochry Portree Dingwall Lockerbie Girvan""",
    "wales": """Cardiff Swansea Wrexham Aberystwyth Carmarthen Llanelli Haverfordwest Tenby
        Brecon Llandrindod_Wells Merthyr_Tydfil Pontypridd Bridgend Neath Rhyl Llandudno
        Caernarfon Holyhead Machynlleth Dolgellau Abergavenny Monmouth Ystradgynlais Llangollen
        Ammanford Pwllheli Welshpool Ruthin""",
    "ni": """Belfast Derry Newry Armagh Lisburn Ballymena Coleraine Enniskillen Omagh Portadown
        Craigavon Larne Downpatrick Strabane Dungannon Carrickfergus Limavady Ballymoney""",
    "ireland": """Dublin Cork Galway Limerick Waterford Kilkenny Sligo Athlone Tralee Killarney
        Drogheda Dundalk Ennis Castlebar Letterkenny Wexford Navan Mullingar Clonmel Westport
        Tullamore Carlow""",
    "us": """Chicago Houston Philadelphia San_Antonio San_Diego Seattle Denver Atlanta Miami
        Detroit Cleveland Pittsburgh Baltimore Milwaukee Minneapolis Nashville Memphis
        Louisville Albuquerque Tucson Sacramento Las_Vegas New_Orleans Omaha Des_Moines Boise
        Spokane Anchorage Honolulu Tampa Raleigh Knoxville Chattanooga Little_Rock Tulsa Wichita
        Kansas_City St._Louis Cincinnati Indianapolis Providence Hartford Scranton El_Paso
        Fresno Reno New_York Los_Angeles San_Francisco""",
    "africa": """Lagos Abuja Ibadan Kano Enugu Port_Harcourt Accra Kumasi Nairobi Mombasa Kisumu
        Kampala Entebbe Dar_es_Salaam Arusha Harare Bulawayo Lusaka Ndola Blantyre Lilongwe
        Johannesburg Durban Cape_Town Pretoria Addis_Ababa Mogadishu Hargeisa Khartoum Cairo
        Casablanca Marrakesh Tunis Dakar Freetown Kigali Gaborone""",
    "south_asia": """Mumbai Delhi Kolkata Chennai Bangalore Hyderabad Ahmedabad Pune Jaipur
        Lucknow Amritsar Jalandhar Ludhiana Chandigarh Kochi Surat Vadodara Karachi Lahore
        Islamabad Rawalpindi Faisalabad Mirpur Peshawar Multan Sialkot Gujranwala Dhaka Sylhet
        Chittagong Colombo Kandy Jaffna Kathmandu Pokhara""",
    "caribbean": """Montego_Bay Spanish_Town Port_of_Spain Bridgetown Castries Roseau
        Basseterre Nassau Port_Antonio Ocho_Rios Chaguanas Speightstown""",
    "europe": """Kraków Warsaw Gdańsk Wrocław Poznań Łódź Vilnius Kaunas Riga Bucharest
        Cluj-Napoca Iași Sofia Plovdiv Lisbon Porto Madrid Seville Málaga Valencia Barcelona
        Bilbao Rome Naples Milan Turin Palermo Bologna Lyon Marseille Toulouse Bordeaux Lille
        Berlin Hamburg Munich Cologne Düsseldorf Amsterdam Rotterdam Utrecht Brussels Antwerp
        Ghent Athens Thessaloniki Budapest Prague Brno Bratislava Zagreb Ljubljana Tallinn
        Helsinki Stockholm Gothenburg Oslo Bergen Copenhagen Aarhus Reykjavík Ankara Nicosia
        Valletta Zürich Geneva Vienna Salzburg""",
    "canada": """Toronto Vancouver Montréal Calgary Edmonton Ottawa Winnipeg Saskatoon Guelph
        Québec_City Moncton Kelowna Thunder_Bay Halifax_(Nova_Scotia)""",
    "australia": """Melbourne Brisbane Hobart Cairns Townsville Geelong Wollongong Toowoomba
        Ballarat Bendigo Launceston Canberra Alice_Springs Fremantle Auckland Christchurch""",
}
TOWNS = {k: [w.replace("_", " ") for w in v.split()] for k, v in TOWNS.items()}
TOWNS["canada"] = [t for t in TOWNS["canada"] if "(" not in t] + ["Halifax"]
UK_REGIONS = ["england", "scotland", "wales", "ni"]
REGION_WEIGHTS = [("england", 40), ("scotland", 8), ("wales", 8), ("ni", 6), ("ireland", 6),
                  ("us", 9), ("africa", 5), ("south_asia", 6), ("caribbean", 3), ("europe", 6),
                  ("canada", 2), ("australia", 2)]

VILLAGES = {
    "england": ["Great Ayton", "Thornton-le-Dale", "Much Wenlock", "Chipping Norton",
                "Stow-on-the-Wold", "Bourton-on-the-Water", "Wymondham", "Ruddington", "Wooler",
                "Rothbury", "Haltwhistle", "Bamburgh", "Seahouses", "Amble", "Belford",
                "Robin Hood's Bay", "Grassington", "Castleton", "Hathersage", "Bakewell",
                "Edwinstowe", "Southwell", "Uppingham", "Lutterworth", "Mablethorpe",
                "Sedbergh", "Kirkby Stephen", "Corbridge", "Allendale", "Stanhope"],
    "scotland": ["Aviemore", "Crieff", "Braemar", "Tobermory", "Ullapool", "Kelso",
                 "Newtonmore", "Gairloch", "Comrie", "Anstruther"],
    "wales": ["Beddgelert", "Llanberis", "Crickhowell", "Hay-on-Wye", "Rhayader",
              "Llanfairpwll", "Aberaeron", "Solva", "Bala", "Criccieth"],
}

VILLAGE_INFO = {
    "Great Ayton": ("North Yorkshire", "TS9"), "Thornton-le-Dale": ("North Yorkshire", "YO18"),
    "Much Wenlock": ("Shropshire", "TF13"), "Chipping Norton": ("Oxfordshire", "OX7"),
    "Stow-on-the-Wold": ("Gloucestershire", "GL54"), "Bourton-on-the-Water": ("Gloucestershire", "GL54"),
    "Wymondham": ("Norfolk", "NR18"), "Ruddington": ("Nottinghamshire", "NG11"),
    "Wooler": ("Northumberland", "NE71"), "Rothbury": ("Northumberland", "NE65"),
    "Haltwhistle": ("Northumberland", "NE49"), "Bamburgh": ("Northumberland", "NE69"),
    "Seahouses": ("Northumberland", "NE68"), "Amble": ("Northumberland", "NE65"),
    "Belford": ("Northumberland", "NE70"), "Robin Hood's Bay": ("North Yorkshire", "YO22"),
    "Grassington": ("North Yorkshire", "BD23"), "Castleton": ("Derbyshire", "S33"),
    "Hathersage": ("Derbyshire", "S32"), "Bakewell": ("Derbyshire", "DE45"),
    "Edwinstowe": ("Nottinghamshire", "NG21"), "Southwell": ("Nottinghamshire", "NG25"),
    "Uppingham": ("Rutland", "LE15"), "Lutterworth": ("Leicestershire", "LE17"),
    "Mablethorpe": ("Lincolnshire", "LN12"), "Sedbergh": ("Cumbria", "LA10"),
    "Kirkby Stephen": ("Cumbria", "CA17"), "Corbridge": ("Northumberland", "NE45"),
    "Allendale": ("Northumberland", "NE47"), "Stanhope": ("County Durham", "DL13"),
    "Aviemore": ("Inverness-shire", "PH22"), "Crieff": ("Perthshire", "PH7"),
    "Braemar": ("Aberdeenshire", "AB35"), "Tobermory": ("Argyll", "PA75"),
    "Ullapool": ("Ross-shire", "IV26"), "Kelso": ("Roxburghshire", "TD5"),
    "Newtonmore": ("Inverness-shire", "PH20"), "Gairloch": ("Ross-shire", "IV21"),
    "Comrie": ("Perthshire", "PH6"), "Anstruther": ("Fife", "KY10"),
    "Beddgelert": ("Gwynedd", "LL55"), "Llanberis": ("Gwynedd", "LL55"),
    "Crickhowell": ("Powys", "NP8"), "Hay-on-Wye": ("Powys", "HR3"), "Rhayader": ("Powys", "LD6"),
    "Llanfairpwll": ("Anglesey", "LL61"), "Aberaeron": ("Ceredigion", "SA46"),
    "Solva": ("Pembrokeshire", "SA62"), "Bala": ("Gwynedd", "LL23"), "Criccieth": ("Gwynedd", "LL52"),
}

TOWN_COUNTY = {
    "england": [("Whitby", "North Yorkshire"), ("Hexham", "Northumberland"), ("Truro", "Cornwall"),
                ("Yeovil", "Somerset"), ("Kettering", "Northamptonshire"),
                ("Alnwick", "Northumberland"), ("Bodmin", "Cornwall"), ("Thetford", "Norfolk"),
                ("Cromer", "Norfolk"), ("Sudbury", "Suffolk"), ("Skegness", "Lincolnshire"),
                ("Louth", "Lincolnshire"), ("Matlock", "Derbyshire"), ("Ludlow", "Shropshire"),
                ("Kendal", "Cumbria"), ("Penrith", "Cumbria"), ("Clitheroe", "Lancashire"),
                ("Tiverton", "Devon"), ("Bideford", "Devon"), ("Devizes", "Wiltshire"),
                ("Melton Mowbray", "Leicestershire"), ("Oakham", "Rutland"),
                ("Worksop", "Nottinghamshire"), ("Consett", "County Durham"),
                ("Barnard Castle", "Co. Durham"), ("Driffield", "East Yorkshire"),
                ("Bridport", "Dorset"), ("Saffron Walden", "Essex"), ("Faversham", "Kent"),
                ("Lewes", "East Sussex"), ("Petersfield", "Hampshire"),
                ("Stroud", "Gloucestershire"), ("Leominster", "Herefordshire"),
                ("Evesham", "Worcestershire"), ("Stamford", "Lincolnshire"),
                ("Wisbech", "Cambridgeshire"), ("Uttoxeter", "Staffordshire"),
                ("Nantwich", "Cheshire"), ("Haltwhistle", "Northumberland"),
                ("Hawes", "North Yorks"), ("Bicester", "Oxfordshire")],
    "scotland": [("Oban", "Argyll"), ("Pitlochry", "Perthshire"), ("Peterhead", "Aberdeenshire"),
                 ("Kirkcaldy", "Fife"), ("Girvan", "Ayrshire"), ("Thurso", "Caithness"),
                 ("Dingwall", "Ross-shire"), ("Lockerbie", "Dumfriesshire")],
    "wales": [("Tenby", "Pembrokeshire"), ("Aberystwyth", "Ceredigion"), ("Brecon", "Powys"),
              ("Welshpool", "Powys"), ("Llangefni", "Anglesey"), ("Pwllheli", "Gwynedd"),
              ("Ammanford", "Carmarthenshire"), ("Abergavenny", "Monmouthshire"),
              ("Ruthin", "Denbighshire")],
    "ni": [("Enniskillen", "Co. Fermanagh"), ("Omagh", "County Tyrone"),
           ("Ballymena", "Co Antrim"), ("Downpatrick", "County Down"),
           ("Coleraine", "Co. Londonderry"), ("Armagh", "Co. Armagh"),
           ("Newcastle", "County Down")],
    "ireland": [("Tralee", "Co. Kerry"), ("Ennis", "County Clare"), ("Castlebar", "Co Mayo"),
                ("Letterkenny", "Co. Donegal"), ("Clifden", "County Galway"),
                ("Gorey", "Co. Wexford"), ("Navan", "Co. Meath"), ("Clonmel", "Co Tipperary"),
                ("Tullamore", "Co. Offaly"), ("Bantry", "Co. Cork")],
}

# UK outward codes per town (for addresses and postcodes)
OUTWARD = {
    "england": {"Kettering": ["NN15", "NN16"], "Yeovil": ["BA20", "BA21"],
                "Huddersfield": ["HD1", "HD3", "HD5"], "Whitby": ["YO21", "YO22"],
                "Truro": ["TR1"], "Hexham": ["NE46"], "Morpeth": ["NE61"],
                "Barnsley": ["S70", "S71", "S75"], "Mansfield": ["NG18", "NG19"],
                "Worksop": ["S80", "S81"], "Newark": ["NG24"], "Loughborough": ["LE11"],
                "Leicester": ["LE2", "LE3", "LE4"], "Nottingham": ["NG5", "NG7", "NG9"],
                "Hinckley": ["LE10"], "Melton Mowbray": ["LE13"], "Oakham": ["LE15"],
                "Kendal": ["LA9"], "Penrith": ["CA11"], "Darlington": ["DL1", "DL3"],
                "Durham": ["DH1"], "Sunderland": ["SR2", "SR4"], "Ashington": ["NE63"],
                "Blyth": ["NE24"], "Alnwick": ["NE66"], "Cramlington": ["NE23"],
                "Scarborough": ["YO11", "YO12"], "Harrogate": ["HG1", "HG2"],
                "York": ["YO10", "YO24", "YO31"], "Leeds": ["LS6", "LS8", "LS11"],
                "Sheffield": ["S10", "S11"], "Bradford": ["BD3", "BD9"],
                "Grimsby": ["DN31", "DN34"], "Lincoln": ["LN1", "LN6"], "Boston": ["PE21"],
                "Peterborough": ["PE1", "PE3"], "Norwich": ["NR2", "NR5"],
                "Ipswich": ["IP1", "IP4"], "Exeter": ["EX1", "EX4"], "Plymouth": ["PL4", "PL6"],
                "Bristol": ["BS3", "BS7", "BS16"], "Bath": ["BA1", "BA2"],
                "Reading": ["RG1", "RG4"], "Oxford": ["OX3", "OX4"],
                "Cheltenham": ["GL50", "GL52"], "Shrewsbury": ["SY1", "SY3"],
                "Chester": ["CH2", "CH4"], "Stockport": ["SK3", "SK4"], "Bolton": ["BL1", "BL3"],
                "Wigan": ["WN1", "WN5"], "Preston": ["PR1", "PR2"], "Lancaster": ["LA1"],
                "Blackpool": ["FY1", "FY3"], "Hull": ["HU5", "HU8"], "Doncaster": ["DN2", "DN4"],
                "Derby": ["DE22", "DE23"], "Coventry": ["CV2", "CV5"],
                "Northampton": ["NN3", "NN5"], "Colchester": ["CO2", "CO4"],
                "Canterbury": ["CT1", "CT2"], "Southampton": ["SO15", "SO16"],
                "Portsmouth": ["PO4", "PO6"], "Taunton": ["TA1", "TA2"],
                "Barnstaple": ["EX31", "EX32"], "Penzance": ["TR18"], "Newquay": ["TR7"],
                "Skegness": ["PE25"], "Chesterfield": ["S40", "S41"], "Buxton": ["SK17"],
                "Middlesbrough": ["TS1", "TS5"], "Carlisle": ["CA1", "CA2"],
                "Rotherham": ["S60", "S65"], "Wakefield": ["WF1", "WF2"],
                "Halifax": ["HX1", "HX3"], "Grantham": ["NG31"], "Spalding": ["PE11"],
                "Bridlington": ["YO15", "YO16"], "Hartlepool": ["TS24", "TS26"],
                "Great Ayton": ["TS9"], "Bakewell": ["DE45"], "Wooler": ["NE71"],
                "Southwell": ["NG25"], "Corbridge": ["NE45"], "Uppingham": ["LE15"]},
    "scotland": {"Glasgow": ["G11", "G12", "G31", "G42"], "Edinburgh": ["EH6", "EH7", "EH11"],
                 "Aberdeen": ["AB10", "AB24"], "Dundee": ["DD1", "DD4"],
                 "Inverness": ["IV2", "IV3"], "Stirling": ["FK8"], "Paisley": ["PA1", "PA3"],
                 "Ayr": ["KA7", "KA8"], "Dumfries": ["DG1", "DG2"], "Oban": ["PA34"],
                 "Fort William": ["PH33"], "Kirkcaldy": ["KY1", "KY2"], "Elgin": ["IV30"],
                 "Peterhead": ["AB42"], "Perth": ["PH1", "PH2"], "Aviemore": ["PH22"]},
    "wales": {"Cardiff": ["CF5", "CF11", "CF24"], "Swansea": ["SA1", "SA2"],
              "Wrexham": ["LL11", "LL13"], "Aberystwyth": ["SY23"], "Carmarthen": ["SA31"],
              "Llanelli": ["SA15"], "Brecon": ["LD3"], "Bangor": ["LL57"], "Rhyl": ["LL18"],
              "Caernarfon": ["LL55"], "Llandudno": ["LL30"], "Abergavenny": ["NP7"],
              "Tenby": ["SA70"], "Bridgend": ["CF31"], "Pontypridd": ["CF37"],
              "Merthyr Tydfil": ["CF47"]},
    "ni": {"Belfast": ["BT4", "BT7", "BT9", "BT12"], "Newry": ["BT34", "BT35"],
           "Armagh": ["BT60", "BT61"], "Lisburn": ["BT27", "BT28"], "Ballymena": ["BT42", "BT43"],
           "Coleraine": ["BT51", "BT52"], "Enniskillen": ["BT74"], "Omagh": ["BT78", "BT79"],
           "Portadown": ["BT62", "BT63"], "Downpatrick": ["BT30"], "Derry": ["BT47", "BT48"],
           "Larne": ["BT40"], "Dungannon": ["BT70", "BT71"]},
}
COUNTY_OF = {}
for _reg, _pairs in TOWN_COUNTY.items():
    for _t, _c in _pairs:
        COUNTY_OF.setdefault(_t, _c)
COUNTY_OF.update({"Morpeth": "Northumberland", "Ashington": "Northumberland",
                  "Cramlington": "Northumberland", "Blyth": "Northumberland",
                  "Wooler": "Northumberland", "Corbridge": "Northumberland",
                  "Mansfield": "Nottinghamshire", "Newark": "Notts", "Southwell": "Notts",
                  "Loughborough": "Leicestershire", "Hinckley": "Leics",
                  "Scarborough": "North Yorkshire", "Harrogate": "N. Yorks",
                  "Great Ayton": "North Yorkshire", "Bakewell": "Derbyshire",
                  "Buxton": "Derbyshire", "Grantham": "Lincs", "Spalding": "Lincolnshire",
                  "Barnstaple": "Devon", "Penzance": "Cornwall", "Newquay": "Cornwall",
                  "Taunton": "Somerset", "Uppingham": "Rutland", "Bridlington": "East Yorkshire",
                  "Elgin": "Moray", "Aviemore": "Inverness-shire", "Carmarthen": "Carmarthenshire",
                  "Caernarfon": "Gwynedd", "Newry": "Co. Down", "Omagh": "Co. Tyrone",
                  "Portadown": "Co. Armagh", "Larne": "Co Antrim", "Dungannon": "Co Tyrone"})

UK_STREETS = ["Station Road", "Mill Lane", "Church Street", "Back Lane", "Victoria Terrace",
              "Queen's Road", "Beech Grove", "Moorland View", "Priory Close", "Oakfield Avenue",
              "Ashfield Crescent", "Front Street", "Chapel Row", "Meadow Way", "Hawthorn Drive",
              "Kingsway", "Low Fold", "Brunswick Place", "Sycamore Court", "Orchard Rise",
              "Elm Tree Walk", "Greenside", "Pit Row", "Harbour Street", "Cliff Road",
              "Albert Street", "Park View", "Westfield Road", "Coronation Avenue", "Bank Top",
              "North Road", "School Lane", "Windsor Gardens", "Larch Close", "Heather Bank",
              "Hollins Lane", "Manor Farm Road", "Foxglove Way", "Sandringham Drive",
              "Wellington Street", "Croft Road", "Ravensworth Terrace", "Gloucester Avenue"]
STREET_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Crescent": "Cres",
               "Drive": "Dr", "Close": "Cl", "Terrace": "Terr", "Lane": "Ln"}
SCOT_STREETS = ["Dumbarton Road", "Great Western Road", "Union Street", "Leith Walk",
                "Victoria Road", "Marchmont Crescent", "Brae Street", "Kirk Wynd",
                "Harbour Brae", "Craigie Avenue", "Glen Road", "Abbey Gardens"]
WELSH_STREETS = ["Heol y Bryn", "Ffordd Las", "Stryd Fawr", "Heol Maes", "Lôn Isaf",
                 "Maes y Dref", "Cowbridge Road East", "Bryn Road", "Heol Gwys", "Tan y Bryn"]
NI_STREETS = ["Ormeau Road", "Lisburn Road", "Antrim Road", "Cregagh Road", "Coleraine Road",
              "Main Street", "Dublin Road", "Ballynahinch Road", "Castle Street", "Glen Road"]
HOUSE_NAMES = ["Holly Cottage", "The Old Forge", "Rose Villa", "Bramble Barn", "Fernlea",
               "The Laurels", "Old School House", "Keepers Cottage", "Hillcrest", "Rowan House",
               "Briar Lodge", "The Granary", "Wren Cottage", "Orchard House"]
WELSH_HOUSE = ["Tŷ Gwyn", "Bryn Awel", "Ty Coch", "Hafod", "Cartref", "Pen y Bont"]
SCOT_HOUSE = ["Tigh na Mara", "Braeside", "Glenview", "Lochside Cottage", "Ardbeg House"]
CARE_HOMES = ["Rosewood Care Home", "Beech House Nursing Home", "Willow Lodge",
              "Meadowbank Care Centre", "Oaklands Residential Home", "Hollybank Nursing Home",
              "Larchfield Court Care Home", "Seaview Residential Home", "Elmhurst Lodge",
              "The Poplars Care Home"]

US_CITIES = [("Tulsa", "OK", "741"), ("Dayton", "OH", "454"), ("Boise", "ID", "837"),
             ("Spokane", "WA", "992"), ("Knoxville", "TN", "379"), ("Albuquerque", "NM", "871"),
             ("Omaha", "NE", "681"), ("Des Moines", "IA", "503"), ("Savannah", "GA", "314"),
             ("Tucson", "AZ", "857"), ("Fresno", "CA", "937"), ("Buffalo", "NY", "142"),
             ("Pittsburgh", "PA", "152"), ("Louisville", "KY", "402"), ("Raleigh", "NC", "276"),
             ("Wichita", "KS", "672"), ("Little Rock", "AR", "722"), ("Anchorage", "AK", "995"),
             ("Honolulu", "HI", "968"), ("Providence", "RI", "029"), ("Hartford", "CT", "061"),
             ("Chattanooga", "TN", "374"), ("Cincinnati", "OH", "452"), ("Milwaukee", "WI", "532"),
             ("Sacramento", "CA", "958"), ("Baltimore", "MD", "212"), ("Denver", "CO", "802"),
             ("Scranton", "PA", "185")]
US_STREETS = ["Maple Street", "Oak Ridge Drive", "Elm Avenue", "Cedar Lane", "Pine Street",
              "Washington Avenue", "Lakeview Drive", "Main Street", "N 3rd Street",
              "Magnolia Court", "Hickory Lane", "Willow Creek Rd", "E 14th St", "Sycamore Blvd",
              "Prairie View Dr", "Chestnut St"]

FEMALE = """Jade Bethany Kelly Sophie Chloe Amy Hannah Gemma Leanne Kirsty Nicola Claire Joanne
    Donna Tracey Sandra Brenda Irene Maureen Pauline Margaret Doreen Elsie Edna Priya Anjali
    Sunita Aisha Fatima Nadia Zainab Amara Chiamaka Ngozi Funmi Abena Akosua Wanjiru Grace
    Agnieszka Katarzyna Magdalena Oksana Ioana Siobhan Aoife Niamh Róisín Mairead Eilidh Morag
    Catriona Cerys Ffion Carys Bronwen Mei Thi Ana Lucía Marta Giulia Inês Yasmin Shabana
    Rukhsana Tamsin Poppy Freya Isla Ellie Megan Lauren Stacey Kayleigh Shelley Janet Sheila
    Bernadette Olwen Zofia Renée Hafsa Tolu Nkechi Precious Esi""".split()
MALE = """Kyle Liam Jordan Callum Connor Ryan Darren Wayne Craig Lee Gary Stuart Derek Colin
    Barry Keith Trevor Malcolm Raymond Alan Terry Ahmed Imran Bilal Tariq Rajesh Sanjay Arjun
    Vikram Harpreet Gurpreet Kwame Kofi Chinedu Emeka Tunde Oluwaseun Tendai Tatenda Mohamed
    Abdi Piotr Tomasz Marek Andrzej Mihai Florin Dragan Ciarán Padraig Declan Eoin Fergus Hamish
    Angus Rhys Dafydd Gareth Iwan Owain Marco Luca João Diego Stefan Jonas Kieran Dylan Ethan
    Harvey Alfie Archie Reggie Dennis Norman Clive Yusuf Idris Femi Kojo José""".split()
SURNAMES = """Okafor Mensah Adeyemi Owusu Nwosu Abubakar Mwangi Otieno Patel Shah Singh Kaur
    Sharma Gupta Khan Hussain Akhtar Iqbal Begum Chowdhury Rahman Nguyen Chen Wong Kowalski Nowak
    Wiśniewska Zieliński Popescu Ionescu Horvat Petrov Murphy O'Brien O'Neill McLaughlin Gallagher
    Doherty MacLeod Campbell Robertson Fraser Mackenzie Davies Evans Griffiths Pritchard Llewellyn
    Jones Williams Hughes Thomas Roberts Smith Taylor Brown Wilson Walker Wright Thompson Robinson
    Clarke Harrison Atkinson Pickering Hardcastle Ashworth Sutcliffe Heslop Armstrong Milburn
    Dodds Rossi Silva Santos Fernandes Costa García Müller Schmidt Dubois Jansen D'Souza
    Fitzgerald Ó_Súilleabháin Van_der_Merwe Oyelaran Kamara Bangura Mahmood Qureshi Bhatt
    Srinivasan Nair Menon Pillai Ferreira Novák Kovačević Lindqvist Andersen Okonjo""".split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES]
ASCII_SURNAMES = [s for s in SURNAMES if s.isascii() and " " not in s and "'" not in s]

FIXED_COUNTIES = {"Somerset", "Kent", "Derbyshire", "Dorset"}
FIXED_PLAIN_TOWNS = {"Hastings", "Darlington", "Beverley"}
FIXED_ABROAD = {"Nice", "Split", "Buffalo", "Mobile", "Cork"}

# Place words used as a person's name (decoys: labelled NAME, never TOWN)
DECOY_FEMALE = ["Florence", "Chelsea", "Sydney", "Adelaide", "Paris", "Georgia", "Brooklyn",
                "Savannah", "Madison", "Charlotte", "Shannon", "Regina", "Victoria", "Dakota",
                "Lorraine", "India", "Carolina", "Sienna", "Skye", "Aspen", "Eden", "Kendal"]
DECOY_MALE = ["Austin", "Devon", "Dallas", "Phoenix", "Denver", "Tyrone", "Orlando", "Camden",
              "Chester", "Logan", "Milan", "Hudson", "Jordan", "Lincoln"]
DECOY_FIRST = DECOY_FEMALE + DECOY_MALE
DECOY_SURNAME = ["Preston", "Bolton", "Lincoln", "Whitby", "Kendal", "Buxton", "Hastings",
                 "Stafford", "Wakefield", "Bradford", "Darlington", "Stirling", "Chester",
                 "Carlisle", "Halifax", "Kingston", "Hartley", "Fleetwood", "Ripley", "Selby",
                 "Darwin", "Sheffield", "Beverley", "Lancaster", "Newbury", "Winchester"]

# ---------------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------------


class Ent:
    __slots__ = ("value", "type", "forms")

    def __init__(self, value, etype, forms=()):
        self.value = value
        self.type = etype
        self.forms = list(forms)


class Plain:
    __slots__ = ("text", "orig")

    def __init__(self, text, orig=False):
        self.text = text
        self.orig = orig


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ABBR = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NUM_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def weekday_of(y, m, d):
    # Zeller-free: days since 2000-01-01 (a Saturday)
    days = 0
    for yy in range(2000, y):
        days += 366 if (yy % 4 == 0 and (yy % 100 != 0 or yy % 400 == 0)) else 365
    for mm in range(1, m):
        days += MDAYS[mm - 1] + (1 if mm == 2 and y % 4 == 0 else 0)
    days += d - 1
    return (5 + days) % 7  # 0 = Monday


class Gen:
    """All value generators; every random draw goes through self.r."""

    def __init__(self, rnd):
        self.r = rnd

    # -- helpers -------------------------------------------------------------------------
    def choice(self, seq):
        return self.r.choice(seq)

    def wchoice(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def region(self, kind="any"):
        if kind == "any":
            return self.wchoice(REGION_WEIGHTS)
        if kind == "uk":
            return self.wchoice([("england", 70), ("scotland", 12), ("wales", 12), ("ni", 8)])
        if kind == "abroad":
            return self.wchoice([("africa", 6), ("south_asia", 7), ("caribbean", 4),
                                 ("europe", 7), ("canada", 3), ("australia", 3), ("us", 5)])
        if kind == "home":  # British Isles
            return self.wchoice([("england", 60), ("scotland", 10), ("wales", 10), ("ni", 8),
                                 ("ireland", 8)])
        return kind

    def town(self, kind="any", tags=()):
        reg = self.region(kind)
        if reg in VILLAGES and self.r.random() < 0.12:
            return Ent(self.choice(VILLAGES[reg]), "TOWN", [f"region:{reg}", "kind:village", *tags])
        return Ent(self.choice(TOWNS[reg]), "TOWN", [f"region:{reg}", *tags])

    def date(self, kind="any"):
        r = self.r
        y = r.choice([2021, 2022, 2022, 2023])
        m = r.randint(1, 12)
        d = r.randint(1, MDAYS[m - 1])
        wd = weekday_of(y, m, d)
        if kind == "ordinal":
            return Ent(ordinal(d), "DATE", ["fmt:ordinal_alone"])
        fmts = [("slash_full", 10), ("slash_short", 8), ("dot", 5), ("dash", 4), ("iso", 3),
                ("day_month", 14), ("day_month_year", 8), ("abbrev", 7), ("weekday_day", 9),
                ("weekday_day_month", 7), ("numeric_dm", 4), ("us_month_day", 3)]
        f = self.wchoice(fmts)
        if f == "slash_full":
            v = f"{d:02d}/{m:02d}/{y}" if r.random() < 0.7 else f"{d}/{m}/{y}"
        elif f == "slash_short":
            v = f"{d}/{m}/{y % 100}" if r.random() < 0.6 else f"{d:02d}/{m:02d}/{y % 100}"
        elif f == "dot":
            v = f"{d}.{m}.{y % 100}" if r.random() < 0.5 else f"{d:02d}.{m:02d}.{y}"
        elif f == "dash":
            v = f"{d:02d}-{m:02d}-{y}" if r.random() < 0.5 else f"{d}-{m}-{y % 100}"
        elif f == "iso":
            v = f"{y}-{m:02d}-{d:02d}"
        elif f == "day_month":
            v = r.choice([f"{d} {MONTHS[m-1]}", f"{ordinal(d)} {MONTHS[m-1]}",
                          f"{ordinal(d)} of {MONTHS[m-1]}"])
        elif f == "day_month_year":
            v = r.choice([f"{d} {MONTHS[m-1]} {y}", f"{ordinal(d)} {MONTHS[m-1]} {y}",
                          f"{ordinal(d)} of {MONTHS[m-1]}, {y}"])
        elif f == "abbrev":
            v = r.choice([f"{d} {MON_ABBR[m-1]}", f"{MON_ABBR[m-1]} {ordinal(d)}",
                          f"{ordinal(d)} {MON_ABBR[m-1]}", f"{d}-{MON_ABBR[m-1]}-{y % 100}"])
        elif f == "weekday_day":
            v = r.choice([f"{WEEKDAYS[wd]} {ordinal(d)}", f"{WD_ABBR[wd]} {ordinal(d)}",
                          f"{WEEKDAYS[wd]} the {ordinal(d)}"])
        elif f == "weekday_day_month":
            v = r.choice([f"{WEEKDAYS[wd]} {ordinal(d)} {MONTHS[m-1]}",
                          f"{WD_ABBR[wd]} {d} {MON_ABBR[m-1]}",
                          f"{WEEKDAYS[wd]} {d} {MONTHS[m-1]} {y}",
                          f"{WEEKDAYS[wd]}, {MONTHS[m-1]} {ordinal(d)}"])
        elif f == "numeric_dm":
            v = f"{d}/{m}"
        else:
            v = r.choice([f"{MONTHS[m-1]} {d}", f"{MONTHS[m-1]} {ordinal(d)}",
                          f"{m}/{d}/{y}"])
        if r.random() < 0.12 and not v.isdigit():
            v = v.lower()
            f += "+lower"
        return Ent(v, "DATE", [f"fmt:{f.split('+')[0]}"])

    def age(self):
        r = self.r
        n = r.choice(list(range(90, 100)) * 3 + list(range(100, 111)))
        if r.random() < 0.62:
            return Ent(str(n), "AGE_OVER_89", ["fmt:digits"])
        if n < 100:
            tens, unit = "ninety", n - 90
            if unit == 0:
                w = tens
            else:
                w = tens + r.choice(["-", " "]) + NUM_WORDS[unit]
        else:
            rest = n - 100
            head = r.choice(["one hundred", "a hundred"])
            w = head if rest == 0 else f"{head} and {['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][rest]}"
        return Ent(w, "AGE_OVER_89", ["fmt:words"])

    def first(self, sex=None):
        sex = sex or self.r.choice("fm")
        return self.choice(FEMALE if sex == "f" else MALE)

    def name(self, kind="first", tags=(), sex=None):
        r = self.r
        if kind == "initials":
            s = self.choice(SURNAMES)
            fi = self.first(sex)[0]
            v = r.choice([f"{fi}. {s}", f"{fi} {s}", f"{fi}.{self.first()[0]}. {s}",
                          f"{self.first(sex)} {self.first()[0]}. {s}", f"{s}, {fi}."])
            return Ent(v, "NAME", ["fmt:initials", *tags])
        if kind == "first":
            v, f = self.first(sex), "first"
        elif kind == "full" and r.random() < 0.12:
            return self.name("initials", tags, sex)
        elif kind == "full":
            v, f = f"{self.first(sex)} {self.choice(SURNAMES)}", "full"
        elif kind == "surname":
            v, f = self.choice(SURNAMES), "surname"
        else:
            raise ValueError(kind)
        return Ent(v, "NAME", [f"fmt:{f}", *tags])

    def phone(self):
        r = self.r
        x3 = f"{r.randint(0, 999):03d}"
        kind = self.wchoice([("uk_mobile", 10), ("uk_geo", 10), ("london", 4), ("intl", 5),
                             ("us", 5)])
        if kind == "uk_mobile":
            v = r.choice([f"07700 900{x3}", f"07700900{x3}", f"07700 900 {x3}",
                          f"07700-900-{x3}"])
        elif kind == "uk_geo":
            code = r.choice(["0113", "0114", "0115", "0116", "0117", "0121", "0131", "0141",
                             "0151", "0161"])
            v = r.choice([f"{code} 496 0{x3}", f"({code}) 4960{x3}", f"{code}4960{x3}",
                          f"{code} 4960{x3}"])
        elif kind == "london":
            v = r.choice([f"020 7946 0{x3}", f"(020) 7946 0{x3}", f"0207 946 0{x3}",
                          f"028 9649 6{x3}", f"029 2018 0{x3}", f"0191 498 0{x3}"])
        elif kind == "intl":
            v = r.choice([f"+44 7700 900{x3}", f"+44 (0)7700 900{x3}", f"+447700900{x3}",
                          f"+44 113 496 0{x3}", f"+44 20 7946 0{x3}", f"+44 (0)161 496 0{x3}"])
        else:
            x2 = f"{r.randint(0, 99):02d}"
            area = r.choice(["212", "312", "206", "415", "617", "503", "918", "865"])
            v = r.choice([f"555-01{x2}", f"({area}) 555-01{x2}", f"+1 {area} 555 01{x2}",
                          f"{area}-555-01{x2}", f"{area}.555.01{x2}"])
        return Ent(v, "PHONE", [f"fmt:{kind}"])

    def email(self):
        r = self.r
        fn = self.first()
        while not fn.isascii():
            fn = self.first()
        sn = self.choice(ASCII_SURNAMES)
        dom = r.choice(["example.com", "example.org", "example.net", "example.com",
                        "mail.example.com", "example.co.uk"])
        local = r.choice([f"{fn.lower()}.{sn.lower()}", f"{fn[0].lower()}{sn.lower()}",
                          f"{fn.lower()}{r.randint(1, 99)}", f"{sn.lower()}.family",
                          f"{fn.lower()}_{sn.lower()}{r.randint(50, 99)}",
                          f"{fn.capitalize()}.{sn.capitalize()}"])
        return Ent(f"{local}@{dom}", "EMAIL", ["fmt:email"])

    def inward(self):
        return f"{self.r.randint(1, 9)}{self.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def postcode_for(self, reg, town):
        outs = OUTWARD.get(reg, {}).get(town)
        if not outs:
            return None
        return f"{self.choice(outs)} {self.inward()}"

    def postcode(self):
        r = self.r
        reg = self.wchoice([("england", 7), ("scotland", 1), ("wales", 1), ("ni", 1)])
        town = self.choice(sorted(OUTWARD[reg]))
        pc = self.postcode_for(reg, town)
        style = self.wchoice([("standard", 6), ("lower", 2), ("nospace", 2), ("mixed", 1)])
        if style == "lower":
            pc = pc.lower()
        elif style == "nospace":
            pc = pc.replace(" ", "")
            if r.random() < 0.5:
                pc = pc.lower()
        elif style == "mixed":
            pc = pc[0] + pc[1:].lower()
        return Ent(pc, "POSTCODE", [f"fmt:{style}", f"region:{reg}"])

    def zip_city(self):
        """US city (TOWN) + state (unlabelled) + ZIP."""
        r = self.r
        city, st, pre = self.choice(US_CITIES)
        z = f"{pre}{r.randint(0, 99):02d}"
        if r.random() < 0.25:
            z += f"-{r.randint(0, 9999):04d}"
        form = r.choice(["comma_state", "comma_state", "state_nocomma", "city_only"])
        if form == "comma_state":
            return [Ent(city, "TOWN", ["region:us"]), Plain(f", {st} "), Ent(z, "ZIP", ["fmt:" + form])]
        if form == "state_nocomma":
            return [Ent(city, "TOWN", ["region:us"]), Plain(f" {st} "), Ent(z, "ZIP", ["fmt:" + form])]
        return [Ent(city, "TOWN", ["region:us"]), Plain(" "), Ent(z, "ZIP", ["fmt:" + form])]

    def nhs_number(self):
        r = self.r
        while True:
            if r.random() < 0.4:
                digits = [9, 9, 9] + [r.randint(0, 9) for _ in range(6)]
            else:
                digits = [r.choice([4, 6, 7])] + [r.randint(0, 9) for _ in range(8)]
            s = sum(dg * (10 - i) for i, dg in enumerate(digits))
            chk = 11 - (s % 11)
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            break
        n = "".join(map(str, digits)) + str(chk)
        style = self.wchoice([("3-3-4 spaces", 6), ("plain", 4), ("3-3-4 dashes", 2)])
        if style == "3-3-4 spaces":
            v = f"{n[:3]} {n[3:6]} {n[6:]}"
        elif style == "3-3-4 dashes":
            v = f"{n[:3]}-{n[3:6]}-{n[6:]}"
        else:
            v = n
        return Ent(v, "NHS_NUMBER", [f"fmt:{style}"])

    def hosp_number(self):
        r = self.r
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        L = lambda: r.choice("ABCDEFGHJKLMNPRSTWXZ")  # noqa: E731
        fmt = r.randint(0, 13)
        v = [f"K{d(7)}", f"H/{d(6)}", f"RX1 {d(3)} {d(4)}", f"N{d(6)}{L()}", f"M{d(7)}",
             f"JR{d(6)}", f"NHFT-{d(7)}", f"{r.choice([2021, 2022, 2023])}/{d(5)}",
             f"RTF{d(8)}", f"PID-{d(4)}-{d(2)}", f"LTH{d(7)}", f"{d(7)}{L()}",
             f"S/{r.randint(19, 23)}/{d(5)}", f"{L()}{L()}{d(2)} {d(6)}"][fmt]
        return Ent(v, "HOSPITAL_NUMBER", [f"fmt:f{fmt:02d}"])

    # -- addresses ------------------------------------------------------------------------
    def _num(self):
        r = self.r
        n = r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(41, 220)])
        if r.random() < 0.08:
            n = f"{n}{r.choice('ab')}"
        return str(n)

    def _street(self, reg):
        r = self.r
        st = self.choice({"scotland": SCOT_STREETS, "wales": WELSH_STREETS,
                          "ni": NI_STREETS}.get(reg, UK_STREETS))
        if r.random() < 0.2:
            for full, ab in STREET_ABBR.items():
                if st.endswith(" " + full):
                    st = st[: -len(full)] + ab
                    break
        return st

    def address(self, multiline=False, kind="home"):
        r = self.r
        if kind == "home":
            reg = self.wchoice([("england", 62), ("scotland", 11), ("wales", 11), ("ni", 9),
                                ("ireland", 4)])
        else:
            reg = self.wchoice([("ireland", 2), ("us", 10), ("canada", 5), ("australia", 5),
                                ("nigeria", 5), ("india", 5), ("pakistan", 5), ("europe", 8),
                                ("caribbean", 6)])
        if multiline:
            reg = self.wchoice([("england", 6), ("scotland", 1), ("wales", 1), ("ni", 1),
                                ("ireland", 1)])
        if reg in ("england", "scotland", "wales", "ni"):
            v, style = self._uk_address(reg, multiline)
        else:
            v, style = getattr(self, "_addr_" + reg)(multiline)
        return Ent(v, "ADDRESS", [f"region:{reg}", f"style:{style}"])

    def _uk_address(self, reg, multiline):
        r = self.r
        town = self.choice(sorted(OUTWARD[reg]))
        pc = self.postcode_for(reg, town)
        county = COUNTY_OF.get(town)
        num, street = self._num(), self._street(reg)
        if multiline:
            lines = [f"{num} {street}", town]
            if county and r.random() < 0.4:
                lines.append(county)
            lines.append(pc)
            if r.random() < 0.3:
                lines = [f"Flat {r.randint(1, 12)}"] + lines
            sep = "\n" if r.random() < 0.8 else ",\n"
            v = sep.join(lines)
            if r.random() < 0.2:
                v = v.upper()
            return v, "multiline"
        style = self.wchoice([("commas", 10), ("commas_county", 6), ("nocommas", 5),
                              ("flat", 7), ("carehome", 3), ("housename", 5),
                              ("village_nopostcode", 3), ("nopostcode", 4), ("lower", 5)])
        if style == "commas":
            v = f"{num} {street}, {town}, {pc}" if r.random() < 0.5 else f"{num} {street}, {town} {pc}"
        elif style == "commas_county":
            c = county or {"england": "Northumberland", "scotland": "Fife", "wales": "Powys",
                           "ni": "Co. Down"}[reg]
            v = f"{num} {street}, {town}, {c} {pc}" if county else f"{num} {street}, {town} {pc}"
            if not county:
                style = "commas"
        elif style == "nocommas":
            v = f"{num} {street} {town} {pc}"
        elif style == "flat":
            if reg == "scotland" and r.random() < 0.6:
                v = f"Flat {r.randint(0, 3)}/{r.randint(1, 2)}, {num} {street}, {town} {pc}"
            else:
                v = r.choice([f"Flat {r.randint(1, 24)}, {num} {street}, {town}, {pc}",
                              f"Flat {r.randint(1, 9)}{r.choice('ABC')} {num} {street}, {town} {pc}",
                              f"Apartment {r.randint(1, 40)}, {self.choice(['Riverside Court', 'Mill House', 'The Maltings', 'Quayside Lofts'])}, {street}, {town} {pc}"])
        elif style == "carehome":
            v = f"{self.choice(CARE_HOMES)}, {num} {street}, {town}, {pc}"
            if r.random() < 0.4:
                v = f"Room {r.randint(1, 40)}, {v}"
        elif style in ("housename", "village_nopostcode"):
            vreg = reg if reg in VILLAGES else "england"
            vil = self.choice(VILLAGES[vreg])
            vcounty, vout = VILLAGE_INFO[vil]
            vpc = f"{vout} {self.inward()}"
            if style == "housename":
                hn = self.choice({"wales": WELSH_HOUSE, "scotland": SCOT_HOUSE}.get(vreg, HOUSE_NAMES))
                lane = self.choice(["Back Lane", "Church Lane", "The Green", "Moor Road",
                                    "Heol y Llan" if vreg == "wales" else "Kirk Road"])
                v = r.choice([f"{hn}, {lane}, {vil}, {vcounty} {vpc}", f"{hn}, {lane}, {vil} {vpc}",
                              f"{hn}, {lane}, {vil}, {vcounty}"])
            else:
                v = f"{num} {self._street(vreg)}, {vil}, {vcounty}"
        elif style == "nopostcode":
            v = f"{num} {street}, {town}"
        else:  # lower
            v = (f"{num} {street} {town} {pc}" if r.random() < 0.5 else f"{num} {street}, {town}, {pc}").lower()
        return v, style

    def _addr_ireland(self, multiline):
        r = self.r
        towns = [("Cork", "T12", "Co. Cork"), ("Galway", "H91", "Co. Galway"),
                 ("Limerick", "V94", "Co. Limerick"), ("Waterford", "X91", "Co. Waterford"),
                 ("Kilkenny", "R95", "Co. Kilkenny"), ("Sligo", "F91", "Co. Sligo"),
                 ("Athlone", "N37", "Co. Westmeath"), ("Tralee", "V92", "Co. Kerry"),
                 ("Drogheda", "A92", "Co. Louth"), ("Ennis", "V95", "Co. Clare"),
                 ("Castlebar", "F23", "Co. Mayo"), ("Letterkenny", "F92", "Co. Donegal"),
                 ("Wexford", "Y35", "Co. Wexford"), ("Navan", "C15", "Co. Meath")]
        chars = "ACDEFHKNPRTVWXY0123456789"
        uniq = "".join(self.choice(chars) for _ in range(4))
        if r.random() < 0.3:
            key = self.choice(["D02", "D04", "D06", "D6W", "D08", "D12", "D15", "D24"])
            v = r.choice([f"{self._num()} {self.choice(['Ranelagh Road', 'Griffith Avenue', 'Cabra Park', 'Mount Brown'])}, Dublin {key[1:].lstrip('0')}, {key} {uniq}",
                          f"Apt {r.randint(1, 60)}, {self.choice(['The Elms', 'Harbour View', 'Castle Court'])}, {self.choice(['Ballsbridge', 'Drumcondra', 'Clontarf'])}, Dublin {key} {uniq}"])
            return (v.replace(", ", "\n") if multiline else v), ("multiline" if multiline else "dublin_eircode")
        town, key, co = self.choice(towns)
        style = r.choice(["street", "townland", "apt"])
        if style == "street":
            v = f"{self._num()} {self.choice(['Main Street', 'Church Road', 'Bóthar na Trá', 'Mill Road', 'Parnell Street'])}, {town}, {co}, {key} {uniq}"
        elif style == "townland":
            v = f"{self.choice(['Ballyglass', 'Knockmore', 'Carrowkeel', 'Drumlish', 'Gortnahoe'])}, {town}, {co} {key} {uniq}"
        else:
            v = f"Apt {r.randint(1, 30)}, {self.choice(['Harbour View', 'Riverside', 'Abbey Court'])}, {town}, {co}, {key}{uniq}"
        if multiline:
            return v.replace(", ", "\n"), "multiline"
        return v, "eircode_" + style

    def _addr_us(self, multiline):
        r = self.r
        city, st, pre = self.choice(US_CITIES)
        z = f"{pre}{r.randint(0, 99):02d}"
        num = r.randint(100, 9899)
        street = self.choice(US_STREETS)
        unit = r.choice(["", "", f"Apt {r.randint(1, 30)}{r.choice('ABC')}, ", f"Unit {r.randint(2, 400)}, "])
        if multiline:
            return f"{num} {street}{', ' + unit.strip(', ') if unit else ''}\n{city}, {st} {z}", "multiline"
        v = r.choice([f"{unit}{num} {street}, {city}, {st} {z}", f"{num} {street} {unit.strip(', ')}, {city}, {st} {z}".replace("  ", " ").replace(" ,", ","),
                      f"{num} {street}, {city} {st} {z}"])
        return v, "us"

    def _addr_canada(self, multiline):
        r = self.r
        opts = [("Guelph", "ON", "N1H"), ("Toronto", "ON", "M5H"), ("Ottawa", "ON", "K1S"),
                ("Halifax", "NS", "B3H"), ("Calgary", "AB", "T2N"), ("Winnipeg", "MB", "R3T"),
                ("Saskatoon", "SK", "S7N"), ("Kelowna", "BC", "V1Y"), ("Moncton", "NB", "E1C"),
                ("Montréal", "QC", "H2X")]
        city, prov, fsa = self.choice(opts)
        ldu = f"{r.randint(0, 9)}{self.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        if prov == "QC":
            v = f"{r.randint(100, 4999)} rue {self.choice(['Saint-Denis', 'Rachel Est', 'Sherbrooke Ouest'])}, app. {r.randint(1, 12)}, {city}, QC {fsa} {ldu}"
        else:
            v = r.choice([f"{r.randint(1, 999)} {self.choice(['Maple Ave', 'Elgin St', 'Dundas Street West', 'Spring Garden Rd', 'Portage Ave', '8th Street East'])}, {city}, {prov} {fsa} {ldu}",
                          f"{r.randint(101, 2408)}-{r.randint(10, 990)} {self.choice(['Bay St', 'King Street West', 'Gordon St'])}, {city}, {prov} {fsa} {ldu}"])
        return v, "canada"

    def _addr_australia(self, multiline):
        r = self.r
        opts = [("Toowoomba", "QLD", "4350"), ("Ballarat", "VIC", "3350"), ("Geelong", "VIC", "3220"),
                ("Fremantle", "WA", "6160"), ("Hobart", "TAS", "7000"), ("Wollongong", "NSW", "2500"),
                ("Townsville", "QLD", "4810"), ("Bendigo", "VIC", "3550"), ("Cairns", "QLD", "4870")]
        city, st, pc = self.choice(opts)
        street = self.choice(["Banksia Street", "Wattle Grove", "Jacaranda Ave", "Ironbark Rd",
                              "Bottlebrush Court", "Kookaburra Cres", "Esplanade"])
        v = r.choice([f"Unit {r.randint(1, 20)}, {r.randint(1, 150)} {street}, {city} {st} {pc}",
                      f"{r.randint(1, 150)} {street}, {city} {st} {pc}",
                      f"{r.randint(1, 12)}/{r.randint(1, 150)} {street}, {city}, {st} {pc}"])
        return v, "australia"

    def _addr_nigeria(self, multiline):
        r = self.r
        v = r.choice([f"Plot {r.randint(1, 400)}, {self.choice(['Adeola Odeku Street', 'Admiralty Way', 'Bode Thomas Street'])}, {self.choice(['Victoria Island', 'Lekki Phase 1', 'Surulere'])}, Lagos",
                      f"No. {r.randint(1, 90)} {self.choice(['Okigwe Road', 'Wetheral Road', 'Douglas Road'])}, Owerri, Imo State",
                      f"{r.randint(1, 60)} {self.choice(['Awolowo Road', 'Allen Avenue', 'Opebi Road'])}, {self.choice(['Ikoyi', 'Ikeja'])}, Lagos {r.choice(['101233', '100271', '100282'])}",
                      f"House {r.randint(1, 40)}, {self.choice(['Aminu Kano Crescent', 'Gana Street', 'Ladoke Akintola Boulevard'])}, {self.choice(['Wuse II', 'Maitama', 'Garki II'])}, Abuja",
                      f"{r.randint(1, 80)} {self.choice(['Ogui Road', 'Zik Avenue', 'Chime Avenue'])}, Enugu {r.choice(['400001', '400102'])}"])
        return v, "nigeria"

    def _addr_india(self, multiline):
        r = self.r
        v = r.choice([f"Flat {r.randint(101, 904)}, {self.choice(['Shanti Apartments', 'Sai Residency', 'Green Park Towers'])}, {r.randint(1, 80)} MG Road, Bengaluru, Karnataka {r.choice(['560001', '560025'])}",
                      f"H.No. {r.randint(1, 900)}, Sector {r.randint(7, 44)}, Chandigarh {r.choice(['160022', '160036', '160047'])}",
                      f"House {r.randint(1, 300)}, Model Town, Jalandhar, Punjab {r.choice(['144003', '144001'])}",
                      f"{r.randint(1, 99)}/{r.randint(1, 20)}, {self.choice(['Nehru Nagar', 'Gandhi Colony', 'Shivaji Park'])}, {self.choice(['Pune', 'Nagpur', 'Ahmedabad'])} {r.choice(['411005', '440010', '380009'])}",
                      f"Door No. {r.randint(1, 60)}-{r.randint(1, 20)}, {self.choice(['Anna Salai', 'Mount Road', 'Beach Road'])}, {self.choice(['Chennai', 'Visakhapatnam'])} {r.choice(['600002', '530002'])}"])
        return v, "india"

    def _addr_pakistan(self, multiline):
        r = self.r
        v = r.choice([f"House {r.randint(1, 400)}, Street {r.randint(1, 60)}, F-{r.randint(6, 11)}/{r.randint(1, 4)}, Islamabad {r.choice(['44000', '44220'])}",
                      f"{r.randint(1, 99)}-{r.choice('ABCDE')} Gulberg III, Lahore {r.choice(['54660', '54000'])}",
                      f"Village {self.choice(['Dadyal', 'Chakswari', 'Khari Sharif'])}, District Mirpur, Azad Kashmir",
                      f"House No. {r.randint(1, 99)}, Mohalla {self.choice(['Islampura', 'Rehmanpura', 'Gulshan'])}, {self.choice(['Sialkot', 'Gujranwala', 'Jhelum'])}",
                      f"Flat {r.randint(1, 20)}, Block {r.randint(1, 17)}, Gulshan-e-Iqbal, Karachi {r.choice(['75300', '75290'])}"])
        return v, "pakistan"

    def _addr_europe(self, multiline):
        r = self.r
        v = r.choice([f"ul. {self.choice(['Długa', 'Floriańska', 'Piotrkowska'])} {r.randint(1, 90)}/{r.randint(1, 20)}, {r.randint(30, 94)}-{r.randint(100, 999)} {self.choice(['Kraków', 'Łódź', 'Gdańsk'])}",
                      f"{self.choice(['Hauptstraße', 'Bahnhofstraße', 'Lindenweg'])} {r.randint(1, 120)}, {r.randint(10115, 99999)} {self.choice(['Berlin', 'Leipzig', 'Köln'])}",
                      f"Rua das {self.choice(['Flores', 'Oliveiras', 'Gaivotas'])} {r.randint(1, 200)}, {r.randint(1000, 4999)}-{r.randint(100, 999)} {self.choice(['Porto', 'Lisboa', 'Braga'])}",
                      f"Calle {self.choice(['Mayor', 'Real', 'de la Paz'])} {r.randint(1, 80)}, {r.randint(1, 6)}º {r.choice('ABCD')}, {r.randint(28001, 29018)} {self.choice(['Madrid', 'Málaga'])}",
                      f"Via {self.choice(['Roma', 'Garibaldi', 'dei Mille'])} {r.randint(1, 150)}, {r.choice(['80132 Napoli', '10121 Torino', '90133 Palermo'])}",
                      f"Strada {self.choice(['Lipscani', 'Mihai Eminescu', 'Florilor'])} nr. {r.randint(1, 90)}, {self.choice(['București', 'Cluj-Napoca', 'Iași'])} {r.randint(100000, 900000)}",
                      f"{self.choice(['Laisvės al.', 'Gedimino pr.'])} {r.randint(1, 90)}-{r.randint(1, 30)}, LT-{r.randint(10000, 54999)} {self.choice(['Kaunas', 'Vilnius'])}",
                      f"{self.choice(['Keizersgracht', 'Prinsengracht', 'Oudegracht'])} {r.randint(1, 600)}, {r.randint(1011, 3584)} {self.choice(['CJ', 'BX', 'KL'])} {self.choice(['Amsterdam', 'Utrecht'])}",
                      f"{r.randint(1, 90)} rue des {self.choice(['Lilas', 'Tanneurs', 'Écoles'])}, {r.choice(['69003 Lyon', '33000 Bordeaux', '59000 Lille'])}"])
        return v, "europe"

    def _addr_caribbean(self, multiline):
        r = self.r
        v = r.choice([f"Lot {r.randint(1, 300)}, {self.choice(['Seaview Gardens', 'Duhaney Park', 'Meadowbrook'])}, Kingston {r.randint(2, 20)}",
                      f"{r.randint(1, 60)} {self.choice(['Mucurapo Road', 'Ariapita Avenue', 'Saddle Road'])}, {self.choice(['St James', 'Woodbrook', 'Maraval'])}, Port of Spain",
                      f"{self.choice(['Lodge Hill', 'Rockley New Road', 'Wildey'])}, St Michael, BB{r.randint(11000, 17999)}",
                      f"{r.randint(1, 40)} {self.choice(['Church Street', 'Barnard Street', 'Main Road'])}, {self.choice(['Mandeville', 'May Pen', 'Falmouth'])}, {self.choice(['Manchester', 'Clarendon', 'Trelawny'])} Parish",
                      f"{self.choice(['Apt 3', 'Unit 7', '12'])} {self.choice(['Bay Street', 'East Street'])}, Nassau"])
        return v, "caribbean"


# ---------------------------------------------------------------------------------------------
# Sentence frames.  {SLOT} or {SLOT:l|u|t} ; {TOWN=Value} / {NAME=Value} is a fixed value.
# ---------------------------------------------------------------------------------------------
FRAMES = {
    "town_cue": [
        "We travelled over from {TH} for this appointment and it was worth every mile.",
        "I live in {TU} so the journey is a long one, but the staff made it worth it.",
        "My daughter drove me down from {TU} and they still saw me on time.",
        "Being near {TU}, it would really help to have a clinic a bit closer to home.",
        "Mum lives on her own in {TU} now and the community team have been a lifeline.",
        "We moved to {TU} last year and this is the best care we've had.",
        "I was visiting from {T} when I was taken ill and everyone was so kind.",
        "The crew had to take me all the way to {TU} because there were no beds nearer.",
        "They could not find a bed any closer than {TU}, which was hard on my family.",
        "Came up on the train from {TH} and the signs from the station were confusing.",
        "Please open a clinic in {TU}, the bus takes over an hour each way.",
        "Staff were lovely even though I had come from as far as {T}.",
        "It's a long way from {T} but I would happily come again.",
        "My sister rang from {T} every day and the ward always gave her an update.",
        "I'm a student in {TU} and was registered with a GP there until recently.",
        "Living out in {TV}, we rely on the community nurses more than most.",
        "We were on holiday near {TH} when it happened and the care was first class.",
        "The drive home to {TU} was fine after the procedure.",
        "I work in {TU} and could only come on my day off, so the evening slot was a godsend.",
        "We're just outside {TU}, so the rapid response team got to us quickly.",
        "the paramedics came out to us in {TU:l} really fast",
        "I've just moved up from {T} and didn't know how anything worked here.",
        "We had a two hour wait for transport back to {TU}.",
        "Being a carer in {TU} is lonely and this group helped me so much.",
        "There is nothing like this service where I used to live in {T}.",
        "i live in {TU:l} and the bus service is terrible so i was late",
        "Taxis from {TU} cost a fortune, so a closer clinic would help.",
        "My mum got lost coming from {TU} because the car park signs are poor.",
        "I stayed with my aunt in {TH} while I recovered.",
        "We are from {TH} originally, so it was lovely to hear a familiar accent on the ward.",
        "Somebody said the waits in {TU} are even longer, so I count myself lucky.",
        "I commute to {TU} for work, so early appointments really suit me.",
        "Grew up in {T}, live in {TU} now, and this is the first time I've had to use the service.",
        "My partner is stationed near {TU}, so I came to appointments on my own.",
        "The physio suggested a swimming pool in {TU} which has helped my knee no end.",
        "I was diverted to {TU} as the nearer unit was full.",
        "Getting back to {TU} late at night with no buses was a worry.",
    ],
    "town_abroad": [
        "Back home in {TAB} we would never have been seen this quickly.",
        "I'm originally from {TAB} and the staff made a real effort to understand my English.",
        "My husband is from {TAB}, and the interpreter they booked was brilliant.",
        "My son flew in from {TAB} to be with me and they let him stay.",
        "Compared with when I lived in {TAB}, the care here is excellent.",
        "Having grown up in {TAB}, I was nervous of hospitals, but not any more.",
        "My grandparents still live in {TAB} and I wish they had a service like this.",
        "Dad was born in {TAB} and the chaplain even found someone who spoke his language.",
        "My brother came over from {TAB} and was shocked how good the NHS still is.",
        "The team arranged for my records to be sent from {TAB} without any fuss.",
        "We relocated from {TAB} in the spring and registering was easy.",
        "My mother flew in from {TAB} to help after the birth and was made very welcome.",
        "We'd only just arrived from {TAB} and didn't have a GP yet, but nobody made us feel like a burden.",
        "My husband's family are all in {TAB}, so being allowed to video call them meant everything.",
        "I'm a nurse myself, trained in {TAB}, and I was impressed.",
        "Back in {TAB} you pay for everything, so I'm very grateful.",
        "We were due to fly to {TAB} the next day and the team got me fit to travel.",
        "I was born in {TAB} and English is my second language - the interpreter made all the difference.",
        "my daughter is at university in {TAB:l} and rang every day",
        "My consultant back in {TAB} had said the same thing, so it was good to have it confirmed.",
        "Came back from a trip to {TAB} with a chest infection and was seen the same day.",
        "Having worked as a doctor in {TAB}, I know how hard the staff here work.",
        "My relatives in {TAB} and {TAB} were kept informed through my son.",
        "I was flown home from {TAB} and the handover to the team here was seamless.",
        "We visit family in {TAB} every summer, so thank you for fitting my jabs in.",
    ],
    "town_nocue": [
        "The {TU} clinic is always running late, but this time was different.",
        "{TU} A&E was packed but we were seen within the hour.",
        "Far better than the {TU} walk-in centre.",
        "The {TU} team were fantastic from start to finish.",
        "Nothing like the {TU} service, which kept cancelling on me.",
        "{TU} hospital could learn a lot from you.",
        "I'd rather be seen at the {TU} site as it's closer.",
        "The {TU} bus only runs twice a day, so please think about appointment times.",
        "Our {TU} GP surgery referred us really quickly.",
        "The {TU} crew were calm and kind.",
        "Much nicer than the {TU} unit I was on before.",
        "The {TU} physio group should run on Saturdays too.",
        "{TU:l} minor injuries were brilliant with my son",
        "{TU:u} WARD STAFF ARE ANGELS",
        "The {TU} midwives deserve a medal.",
        "We used to go to the {TU} surgery and it was never this organised.",
        "The {TU} office never answers the phone.",
        "Parking at the {TU} health centre is a nightmare.",
    ],
    "town_poss": [
        "{TU}'s maternity unit deserves more funding.",
        "I think {TU}'s minor injuries unit should open longer hours.",
        "{TU}'s new community hub is much better than the old building.",
        "We compared it with {TU}'s service and this was miles better.",
        "Everyone says {TU}'s A&E is the worst, but we had a good experience.",
        "{TU}'s rapid response team saved my dad's life.",
        "{TU:l}'s walk in centre sent us here and it was the right call",
    ],
    "town_list": [
        "Clinics in {TUL} all seem to have different waiting times.",
        "I've lived in {TL}, and this is the best surgery yet.",
        "Our family is spread across {TL}, so video calls with the ward really helped.",
        "We have tried services in {TUL} and nowhere listened like you did.",
        "The team covers {TUL}, which must be a huge area for so few staff.",
        "Relatives came from {TL} for the birth and nobody complained about visiting.",
        "my kids live in {TL:l} so it was good they could ring the ward",
    ],
    "town_county": [
        "I'm in {TC} so it's quite a trek to get here.",
        "We came all the way from {TC} for the specialist clinic.",
        "My parents retired to {TC} and the district nurses there are wonderful too.",
        "We were staying in a caravan near {TC} when my wife fell.",
        "Originally from {TC}, now living here, and I can honestly say this was excellent.",
        "They arranged a bed nearer to my home in {TC}.",
        "The nearest dentist taking NHS patients is in {TC}, which is ridiculous.",
        "We live out in rural {CO}, so home visits made all the difference.",
        "Nobody in {CO} seems to offer this service.",
    ],
    "town_transfer": [
        "I was transferred from {TU} to {TU} overnight and nobody told my family.",
        "They moved Mum from {TU} to {TU} without letting us know.",
        "Sent from {TU} A&E to {TU} for a scan, then back again - exhausting.",
        "The transfer from {TU} to {TU} was smooth and the crew kept me comfortable.",
        "Being shuttled between {TU} and {TU} for tests was tiring for an elderly man.",
        "Referred from {TU} to the specialist team at {TU} and seen within a fortnight.",
    ],
    "town_word": [
        "My brother drives over from {TOWN=Reading} every weekend to help.",
        "We live just outside {TOWN=Bath}, so the drive was easy.",
        "I was born in {TOWN=Sale} but moved here years ago.",
        "Her carers come out from {TOWN=Bury} each morning.",
        "My daughter lives in {TOWN=Nice} now and she was so relieved by the phone updates.",
        "We had to go all the way to {TOWN=Settle} for the blood clinic.",
        "My dad lives down in {TOWN=Battle}, near {TOWN=Hastings}, so he could not visit.",
        "We came on the train from {TOWN=March}, which took ages.",
        "We moved from {TOWN=Street} in {TOWN=Somerset} to be closer to family.",
        "We were staying in {TOWN=Deal} in {TOWN=Kent} when I was taken poorly.",
        "My cousin from {TOWN=Hope} in {TOWN=Derbyshire} recommended you.",
        "Grandma lives in {TOWN=Mold} and she'd love a service like this.",
        "We live in {TOWN=Rugby} and travel in for every appointment.",
        "My son's flat is in {TOWN=Stone}, so he drove up early.",
        "We'd been at a wedding in {TOWN=Rye} when the pain started.",
        "i travel in from {TOWN=bath} every week for this",
        "My in-laws came from {TOWN=Cork} to help with the baby.",
        "Flew back from {TOWN=Split} early because of my chest and went straight to A&E.",
        "My friend in {TOWN=Buffalo} couldn't believe we pay nothing for this.",
        "My uncle lives in {TOWN=Mobile}, Alabama and his insurance would never cover this.",
        "She's a retired teacher from {TOWN=Wool} in {TOWN=Dorset} and very particular, and she was impressed.",
        "Before we moved to {TOWN=Eye} the nearest clinic was an hour away.",
        "We live in {TOWN=Sandwich}, so coming here means two buses.",
        "I grew up in {TOWN=Reading} and never had care this good.",
        "He's in a care home in {TOWN=Wells} now.",
        "My sister took the coach up from {TOWN=Ware} to help me at home.",
        "We holidayed in {TOWN=Looe} last summer and had to use the walk-in centre there too.",
    ],
    "town_nametown": [
        "We moved from {TOWN=Chester} to be nearer my daughter.",
        "My son is at university in {TOWN=Lincoln}, so he could only visit at weekends.",
        "I used to live near {TOWN=Preston} and the care there was nowhere near this.",
        "My daughter emigrated to {TOWN=Sydney} and rang the ward every night.",
        "Our nephew came over from {TOWN=Adelaide} for the funeral and said how kind you all were.",
        "We'd just got back from {TOWN=Florence} in Italy when Dad became ill.",
        "My grandson works in {TOWN=Austin}, Texas and was amazed at the service.",
        "Moved here from {TOWN=Charlotte}, North Carolina and I'm still learning how the NHS works.",
        "We were on a cruise that stopped in {TOWN=Victoria} in Canada when I first felt unwell.",
        "My brother-in-law lives in {TOWN=Kingston} in Jamaica and sent flowers to the ward.",
        "My cousin lives in {TOWN=Paris} and can't believe the NHS still does home visits.",
        "We drove down from {TOWN=Darlington} on the day.",
        "She was moved to a nursing home in {TOWN=Beverley} near her sister.",
        "My son lives in {TOWN=Florence} and kept asking how I was doing.",
        "I'm from {TOWN=Regina} in Canada originally and the winters here are nothing!",
    ],
    "town_signoff": [
        "\n- {N}, {TH}",
        " - {NF}, {TH}",
        "\n{NF} ({TH})",
        "\nThanks again, {N} from {TH}",
        "\nThe {NS} family, {TH}",
        "\n- {N} and {N}, {TH}",
        "\n{N}, {TC}",
        " x {N:l} {TH:l}",
        "\nSigned {NI}, {TH}",
        "\nMany thanks, {NF}\n{TH}",
        "\nFrom a grateful patient in {TH}",
        "\n-- {NF}, {TAB}",
    ],
    "name_staff": [
        "Nurse {N} was so patient with me.",
        "Please pass on my thanks to {NF} on reception.",
        "Dr {NS} explained everything clearly and didn't rush me.",
        "Special mention to {N} and {N} on the night shift.",
        "The physio, {NF}, went above and beyond.",
        "{NI} (the specialist nurse) rang back the same day.",
        "{N}'s kindness made all the difference.",
        "nurse {N:l} and hca {N:l} were amazing",
        "DR {NS:u} WAS FANTASTIC",
        "Ask for {N}, brilliant with nervous patients.",
        "I was seen by a lovely paramedic called {N}.",
        "Thank you {N}!",
        "{N} from the crisis team phoned every day to check on me.",
        "Mr {NS} and his team fixed my hip and I'm walking again.",
        "Sister {NS} runs a tight ship and it shows.",
        "The healthcare assistant, {N}, made me laugh when I needed it.",
        "{NF} in the pharmacy sorted my prescription in minutes.",
        "Big thanks to {N} the driver who helped me to the door.",
        "Our midwife {N} was calm and reassuring throughout.",
        "Mrs {NS} at the front desk always has a smile.",
        "The consultant, Dr {NF}, took time to listen to my worries.",
        "Our health visitor {N:l} is a star",
        "{N} and the rest of the team at the clinic were wonderful.",
        "Can I say a huge thank you to {NF} who looked after me in recovery.",
        "A student nurse called {N} stayed with me while I was scared.",
        "Please thank {NI} who did my blood test - I didn't feel a thing!",
        "Dr. {NS} was abrupt with me, which was the only let down.",
        "Ms {NS} the dietitian gave me a plan I can actually stick to.",
        "{N:u} ON RECEPTION IS A GEM",
        "The occupational therapist {N} sorted the rails in my bathroom.",
        "Prof {NS} explained the results in plain English.",
        "I didn't catch the paramedic's name but I think it was {N}.",
    ],
    "name_relative": [
        "My husband {NRM} came with me and was made to feel welcome.",
        "my son {NRM:l} was allowed to stay with me",
        "Our daughter {NRW} was treated with such care.",
        "I'm writing on behalf of my dad, {NRFM}.",
        "{NR} (my partner) was allowed to stay overnight.",
        "My grandson {NRM} was let in to see me even though it was late.",
        "My wife {NRFW} is my carer and she was included in every decision.",
        "Mum ({NRFW}) was really well looked after.",
        "My little girl {NRW} loved the stickers!",
        "my nan {NRW:l} says thank you",
        "Our baby {NR} was born here and we couldn't have asked for better.",
        "My brother {NRM} has learning disabilities and the staff were so patient.",
        "I came with my friend {NR} who translated for me.",
        "My mother-in-law, {NRFW}, was discharged with everything in place.",
        "We lost my father {NRFM} in the hospice and they were kind to the end.",
        "My twins {NR} and {NR} were seen together, which was a relief.",
        "My carer {NR} usually comes with me but couldn't this time.",
        "MY HUSBAND {NRM:u} WAS LEFT ON A TROLLEY FOR HOURS",
        "The nurse rang my sister {NRW:l} to update her, which was kind",
        "{NR}'s dad was allowed in for the scan, which meant a lot.",
        "Our son {NRFM} has autism and they gave him a quiet room.",
        "My uncle {NRM} is deaf and they wrote everything down for him.",
    ],
    "name_self": [
        "My name is {NF} and I would be happy to talk about my experience.",
        "This is {NF}, I was the patient in bay 4 with the broken wrist.",
        "I am {NRF}'s daughter and carer.",
        "I'm {N}, the patient with the hearing aid who kept asking you to repeat things!",
        "Feedback from {NF}, patient on the stroke ward.",
        "(Written by {NI} for my mother, who can't write any more.)",
    ],
    "name_town": [
        "My daughter {NRW} came all the way from {T} to be with me.",
        "Our son {NRM} lives in {TAB} and the ward let him video call every evening.",
        "Dr {NS} from the {TU} practice referred me and the care here was seamless.",
        "My husband {NRM} and I moved to {T} to be closer to the grandchildren.",
        "{N}, the paramedic, had come out from {TU} and still arrived in ten minutes.",
        "my sister {NRW:l} drove me over from {T:l}",
        "Nurse {N}, who trained in {TAB}, was outstanding.",
        "My mum {NRFW} lives alone in {TV}, and the district nurses are her lifeline.",
    ],
    "address": [
        "Please send my letters to {A} as you keep using my old address.",
        "I live at {A} and the transport still went to the wrong house.",
        "The ambulance went to {A} instead of next door.",
        "Correspondence is still going to {A} even though I moved months ago.",
        "The district nurses came to {A} every day for three weeks.",
        "I'm staying at my daughter's, {A}, until I'm back on my feet.",
        "Our old house at {A} was much nearer the surgery.",
        "Could appointment letters go to {A} please.",
        "my address is {A:l} but the driver couldnt find it",
        "The crew found us at {A} within fifteen minutes.",
        "Mum has moved to {A}, please update her records.",
        "Please note the new address: {A}.",
        "I got a letter meant for someone at {A}, so your records need checking.",
        "Any equipment collection should be from {A}.",
        "Sat nav sent the driver to {A}, which is miles from where we actually live.",
        "We were visiting family at {A} when my husband collapsed.",
        "Home is {A} - please stop sending things to my previous flat.",
        "We've been rehoused to {A} and the new GP is much closer.",
        "The wheelchair was delivered to {A}, which is my old flat.",
        "Can the physio come out to {A} instead of me travelling in?",
    ],
    "address_abroad": [
        "My son lives at {AAB} and would like copies of the letters.",
        "We were staying with family at {AAB} when I first got ill, so some records are there.",
        "Please post the discharge summary to my daughter at {AAB}.",
        "My previous doctor was near my old home at {AAB}.",
        "Results were sent to my address abroad ({AAB}), which took weeks to reach me.",
        "My mother's address is {AAB}; she is the next of kin.",
        "Before moving here I lived at {AAB} and my old records are still there.",
        "Please send the overseas visitor invoice to {AAB}, not to the hotel.",
        "I'm only visiting - my home address is {AAB}.",
        "The travel insurers need letters sent to {AAB}.",
        "my brother lives at {AAB:l} and wants to be kept informed",
    ],
    "address_multi": [
        "My address has changed, it is now:\n{AML}\nPlease update your system.",
        "New address for letters:\n{AML}",
        "Please write to me at\n{AML}\nas I don't use email.",
        "Could the team send the leaflet to\n{AML}\nthank you.",
    ],
    "address_carehome": [
        "Mum is now at {ACH} and the handover to the home was excellent.",
        "Dad lives at {ACH}, and the staff there said the discharge notes were the best they'd seen.",
        "Transport picked Gran up from {ACH} on time for once.",
    ],
    "date": [
        "I was admitted on {D} and discharged two days later.",
        "My appointment on {D} was cancelled with no warning.",
        "Seen on {D} and the letter arrived before I even got home.",
        "My next review is on {D}, and I'm actually looking forward to it.",
        "On {D} the ward was clearly short staffed, but nobody complained.",
        "Since the {DO} I have had no call back about my results.",
        "I waited from {D} until {D} for someone to ring me.",
        "We called 999 at 2am on {D} and the crew arrived within twenty minutes.",
        "My scan was booked for {D:l} but nobody told me where to go",
        "The operation on {D} went perfectly.",
        "Discharged {D}, home and recovering well.",
        "Mum's birthday was on the {DO} and the staff made her a card.",
        "Visited {D}.",
        "I rang on {D} and again on {D} and got no answer either time.",
        "My baby was born on {D} in the birth centre.",
        "The home visit on {D} was rushed, but the one after that was fine.",
        "FIRST APPOINTMENT {D:u} - STILL WAITING FOR THE FOLLOW UP",
        "I was told on {D} that the referral had been lost.",
        "Physio started on the {DO} and I can already walk further.",
    ],
    "age": [
        "My mum is {AGE} and was treated with such dignity.",
        "At {AGE} years old, Dad was worried, but the team put him at ease.",
        "Not bad for a {AGE}-year-old, the physio said!",
        "My nan (aged {AGE}) was spoken to like a person, not a number.",
        "She turned {AGE} on the ward and the staff sang to her.",
        "Grandad, who is {AGE}, said it was the best hospital food he has had.",
        "I'm {AGE} and still living independently thanks to the district nurses.",
        "He will be {AGE} next month and wants to thank everyone.",
        "my aunt is {AGE:l} and they treated her like royalty",
        "Being {AGE}, my father finds the phone system impossible.",
        "Our neighbour, {AGE} and housebound, gets the same excellent care.",
    ],
    "name_age": [
        "My nan {NRW} is {AGE} and the nurses were so gentle with her.",
        "Dad ({NRFM}, {AGE}) was seen quickly and treated with respect.",
        "My great-grandmother {NRW} celebrated turning {AGE} just before her operation.",
    ],
    "phone": [
        "Please call me back on {PH}, I never got a reply.",
        "My mobile is {PH} if anyone wants to discuss this.",
        "You can reach my daughter on {PH} - she deals with my appointments.",
        "Tried ringing {PH} for the clinic and it just rang out.",
        "The number on the letter ({PH}) was wrong.",
        "Happy to be contacted: {PH}.",
        "ring me on {PH} if you want more detail",
        "My husband's number is {PH}; please use it if I don't answer.",
    ],
    "email": [
        "You can email me at {EM} if you want more detail.",
        "Please send the follow-up to {EM} rather than by post.",
        "Contact {EM} for any questions about this feedback.",
        "My email is {EM}",
        "I emailed {EM} twice and never heard back.",
        "My daughter ({EM}) handles my letters now.",
    ],
    "postcode": [
        "Postcode is {PC} but the sat nav took the crew to the wrong street.",
        "Our postcode {PC} isn't recognised by the booking system.",
        "We live at {PC}, which the transport service always gets wrong.",
        "postcode {PC} if that helps",
        "The app said there was no service for {PC}, which can't be right.",
        "Please note I've moved to {PC}.",
    ],
    "zip": [
        "My daughter's place is in {ZIPC}, and she wanted updates by email.",
        "I was visiting from {ZIPC} and the hospital sorted my travel insurance paperwork.",
        "Our home address in America is in {ZIPC}, so the bill confusion needs sorting.",
        "My son in {ZIPC} couldn't believe we didn't get a bill.",
    ],
    "hosp": [
        "My hospital number is {HN} if you want to look into this.",
        "Ref {HN} - still waiting for a follow-up letter.",
        "MRN {HN}. The discharge letter had the wrong medication on it.",
        "Patient ID: {HN}, in case you need to check my notes.",
        "My unit number ({HN}) was on the wristband but the letter had someone else's.",
        "hospital no {HN} please check my records",
        "Case ref: {HN}.",
        "The letter quoted reference {HN} but nobody on the phone could find it.",
    ],
    "nhs": [
        "My NHS number is {NHS} if you need to find my notes.",
        "NHS no. {NHS} - the letter had my name spelled wrong.",
        "(NHS number: {NHS})",
        "my nhs number is {NHS} please update my address",
        "They asked for my NHS number ({NHS}) three times at different desks.",
        "NHS Number {NHS}, in case you want to follow this up.",
    ],
    "town_date": [
        "I was transferred to {TU} on {D} and the crew were great.",
        "We drove up from {TH} on {D} for the appointment.",
        "On {D} I was sent home to {TU} with no transport arranged.",
    ],
}

DECOY_NAME_FRAMES = [
    "My granddaughter {DNF} came to every visit.",
    "Nurse {DN} was lovely with my mum.",
    "{DN} on reception sorted everything out.",
    "my son {DNM:l} drove me here and back",
    "The paramedic, {DN}, was calm and funny.",
    "Thank you to {DN} the student nurse.",
    "My niece {DNF} stayed with me all afternoon.",
    "The HCA called {DN} brought me a cup of tea when I was upset.",
    "Our baby {DN} was checked over so gently.",
    "{DN} in the physio team is brilliant.",
    "Dr {DS} was very thorough.",
    "Mr {DS}, the surgeon, came back to see me after the operation.",
    "Mrs {DS} on the ward made sure I ate.",
    "Sister {DS} is firm but fair, and the ward runs well because of it.",
    "My neighbour {DNFULL} brought me in.",
    "Please thank {DNFULL} in outpatients.",
    "My daughter {DNF} drove up from {TH} for the appointment.",
    "{DNF}, our midwife, moved here from {TAB} and she's fantastic.",
    "Dr {DS} from the {TU} surgery referred me.",
    "My partner {DN} has been my rock.",
    "The porter, {DN}, had us all laughing.",
    "{DN}'s calm voice got me through the scan.",
]

DECOY_WORD_SENTENCES = [
    "I left my reading glasses on the ward and a nurse found them for me.",
    "Reading the discharge letter, everything had been explained properly.",
    "Bath time was a struggle for Dad but the carers were patient.",
    "Street lighting in the car park needs fixing, it's pitch black at night.",
    "I have been feeling below par for weeks and finally someone listened.",
    "The Turkey dinner on the ward was a lovely touch.",
    "Eye drops were explained and the leaflet was clear.",
    "Hope you all know how much you are appreciated.",
    "Nice staff, nice food, nice clean ward.",
    "There was a Sale on in the hospital shop so I stocked up on puzzle books.",
    "Bury your worries and just ask them, they never mind.",
    "It took a while to settle but the night staff were kind.",
    "Settle in period was hard but staff helped.",
    "Battle with my weight has been easier with the dietitian's support.",
    "I was first referred in March and only seen now.",
    "March was a difficult month but the crisis team kept me going.",
    "A good deal of thought has gone into the new waiting area.",
    "Deal with complaints quicker please.",
    "Sandwich choice in the café was poor.",
    "The cheddar and pickle sandwiches were lovely.",
    "My kidney stone was sorted really quickly.",
    "Wool blankets on the ward would be nice in winter.",
    "Mold on the window frames in the bay needs cleaning.",
    "A hook for my coat in the cubicle would help.",
    "Rugby was on the telly in the day room which cheered my husband up.",
    "Worcester sauce on the menu would liven up the food!",
    "Yorkshire pudding with the Sunday dinner was a treat.",
    "My knitted jersey went missing in the laundry.",
    "Rye bread as an option would be welcome.",
    "I rang 999 and the call handler stayed on the line with me.",
    "We had to ring 111 three times before anyone came.",
    "Split shifts seem hard on the staff.",
    "The cork noticeboard in reception is out of date.",
    "My mobile died while I waited, a charging point would help.",
    "Orange squash was always available, which I appreciated.",
    "Brussels sprouts at dinner every day, not my favourite!",
    "Victoria sponge at the carers' coffee morning was gorgeous.",
    "Bakewell tart for pudding was a lovely surprise.",
    "Wellington boots by the door of the allotment group were handy.",
    "The Dunkirk spirit among the staff during Covid was amazing.",
    "A bath rather than a shower would have been nice.",
    "The street outside is very busy for parking.",
    "Par for the course with the NHS these days, sadly.",
    "I was in a real battle with the pain team about my medication.",
    "My mum couldn't settle on the ward at night.",
    "They made a big deal of my birthday, which was sweet.",
    "Nice to be treated like a person for once.",
    "Eye clinic was quick and efficient.",
    "Bath and shower rooms were spotless.",
    "There is always hope, and the team reminded me of that.",
    "A Chesterfield sofa in the family room made it feel homely.",
    "I forgot my cardigan and a nurse lent me a blanket.",
    "The tea in proper china cups was a nice touch.",
    "Stone cold tea again at breakfast.",
    "Hook on the back of the toilet door is broken.",
    "Cheddar cheese toastie was the highlight of my stay!",
    "Not to diss the porters, but they were slow.",
    "Sale or no sale, the shop prices are too high.",
    "Frank conversation with the consultant helped me decide.",
    "Reading material in the waiting room is years out of date.",
    "Nice one, team.",
    "Hope to see the same nurse next time.",
    "I don't want to bury my head in the sand any more.",
    "The turkey sandwich was dry.",
    "Battle of wills with my toddler over the medicine, but the nurse won!",
    "Deal or no deal, the car park charges are too high.",
    "The street food van outside was better than the canteen.",
    "Mobile signal on the ward is terrible.",
    "Reading between the lines, they were very short staffed.",
    "March the patients up and down the corridor less, please - it's tiring!",
    "Jersey Royals with the fish on Friday, very posh!",
    "Swiss roll and custard took me back to school dinners.",
    "My eye was checked and I had my reading prescription updated.",
]

# ---------------------------------------------------------------------------------------------
# Inline operations: write the detail into the writer's own sentence
# ---------------------------------------------------------------------------------------------
FOLLOW_OK = (r"(?=\s*(?:[.,!?;:)]|$|\s(?:was|is|were|are|and|but|for|i|we|they|because|so|it|"
             r"has|had|did|which|who|to|on|at|with|have|then|when|as)\b))")
ROLE_RE = re.compile(r"\b(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er) (nurse|doctor|paramedic|physio|"
                     r"physiotherapist|receptionist|midwife|consultant|surgeon|therapist|carer|"
                     r"psychiatrist|psychologist|health visitor|support worker|care coordinator|"
                     r"key worker|keyworker|counsellor|driver|technician|dentist|pharmacist|"
                     r"sister|porter|social worker|care co-ordinator|nurse practitioner)\b(?!s|')"
                     + FOLLOW_OK)
REL_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur) (mum|mother|dad|father|husband|wife|son|daughter|partner|"
                    r"nan|gran|grandad|grandma|brother|sister|aunt|uncle|baby|wee boy|grandson|"
                    r"granddaughter|friend)\b(?!s|'|-)")
OLD_REL_RE = re.compile(r"\b([Mm]y|[Oo]ur) (mum|mother|dad|father|nan|gran|grandad|grandma|"
                        r"grandfather|grandmother|aunt|uncle|mother-in-law|father-in-law)\b(?!s|'|-)")
HOSP_RE = re.compile(r"\b(the|this|your) (hospital|clinic|walk-in centre|walk in centre|surgery|"
                     r"health centre|hospice|practice|unit|ward)\b(?!s|')" + FOLLOW_OK)
AE_RE = re.compile(r"\b(A ?& ?E|a&e|A and E)\b(?! ?departments)")
HOME_RE = re.compile(r"\b(at|back) home\b(?! (?:visit|care|treatment|team|with))")
AMB_RE = re.compile(r"\bthe (ambulance|crew)\b(?!s|')" + FOLLOW_OK)
APPT_RE = re.compile(r"\b(?:[Mm]y|[Tt]he|[Oo]ur|[Hh]is|[Hh]er|[Ll]ast) (appointment|operation|procedure|"
                     r"scan|visit|assessment|review|admission|discharge|consultation|x-ray|"
                     r"injection|vaccination|jab|smear|session|home visit)\b(?!s|')" + FOLLOW_OK)


def inline_name_staff(g, m):
    e = g.name(g.r.choice(["first", "first", "full"]), tags=["role:staff"])
    if g.r.random() < 0.15:
        e.value = e.value.lower()
    k = g.r.random()
    if k < 0.45:
        return [Plain(m.group(0) + " "), e]
    if k < 0.75:
        return [Plain(m.group(0) + ", "), e, Plain(",")]
    return [Plain(m.group(0) + " ("), e, Plain(")")]


REL_SEX = {"mum": "f", "mother": "f", "dad": "m", "father": "m", "husband": "m", "wife": "f",
           "son": "m", "daughter": "f", "nan": "f", "gran": "f", "grandad": "m", "grandma": "f",
           "brother": "m", "sister": "f", "aunt": "f", "uncle": "m", "wee boy": "m",
           "grandson": "m", "granddaughter": "f"}


def inline_name_rel(g, m):
    e = g.name(g.r.choice(["first", "first", "first", "full"]), tags=["role:relative"],
               sex=REL_SEX.get(m.group(1).lower()))
    if g.r.random() < 0.3:
        e.value = e.value.lower()
    if g.r.random() < 0.7:
        return [Plain(m.group(0) + " "), e]
    return [Plain(m.group(0) + " ("), e, Plain(")")]


def inline_town_hosp(g, m):
    t = g.town("uk")
    noun = m.group(2)
    k = g.r.random()
    if noun in ("ward", "unit", "practice"):
        return [Plain(m.group(1) + " " + noun + " at "), t]
    if k < 0.4:
        return [Plain(m.group(1) + " " + noun + " in "), t]
    if k < 0.6:
        return [Plain(m.group(1) + " " + noun + " at "), t]
    return [Plain(m.group(1) + " "), t, Plain(" " + noun)]


def inline_town_ae(g, m):
    t = g.town("uk")
    if g.r.random() < 0.6 or not re.match(FOLLOW_OK, m.string[m.end():]):
        return [t, Plain(" " + m.group(0))]
    return [Plain(m.group(0) + " in "), t]


def inline_town_home(g, m):
    t = g.town("home")
    return [Plain(m.group(0) + g.r.choice([" in ", " in ", " to "]) if m.group(1) == "back" else m.group(0) + " in "), t]


def inline_town_amb(g, m):
    t = g.town("uk")
    return [Plain(m.group(0) + g.r.choice([" from ", " from ", " out of "])), t]


def inline_date(g, m):
    if g.r.random() < 0.15:
        return [Plain(m.group(0) + " on the "), g.date("ordinal")]
    return [Plain(m.group(0) + " on "), g.date()]


def inline_age(g, m):
    a = g.age()
    k = g.r.random()
    if k < 0.45:
        return [Plain(m.group(1) + " "), a, Plain("-year-old " + m.group(2))]
    if k < 0.75:
        return [Plain(m.group(0) + " ("), a, Plain(")")]
    return [Plain(m.group(0) + ", who is "), a, Plain(",")]


INLINE = {
    "name_staff": [(ROLE_RE, inline_name_staff)],
    "name_relative": [(REL_RE, inline_name_rel)],
    "town_cue": [(HOME_RE, inline_town_home), (AMB_RE, inline_town_amb)],
    "town_nocue": [(HOSP_RE, inline_town_hosp), (AE_RE, inline_town_ae)],
    "date": [(APPT_RE, inline_date)],
    "age": [(OLD_REL_RE, inline_age)],
}

# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Za-z]+)(?:=([^}:]+))?(?::([lut]))?\}")


class Builder:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.g = Gen(self.r)

    def slot(self, name, fixed, frame):
        g, r = self.g, self.r
        if fixed is not None:
            if name != "TOWN":
                raise ValueError(name)
            if fixed in FIXED_COUNTIES:
                kind = "county"
            elif fixed in FIXED_PLAIN_TOWNS:
                kind = "plain"
            elif frame == "town_nametown":
                kind = "nametown"
            else:
                kind = "wordtown"
            reg = "abroad" if fixed in FIXED_ABROAD else "england" if kind != "nametown" else "mixed"
            return [Ent(fixed, "TOWN", [f"kind:{kind}", f"region:{reg}"])]
        if name == "T":
            return [g.town("any")]
        if name == "TAB":
            return [g.town("abroad")]
        if name == "TU":
            return [g.town("uk")]
        if name == "TH":
            return [g.town("home")]
        if name == "TV":
            reg = g.choice(["england", "england", "england", "scotland", "wales"])
            return [Ent(g.choice(VILLAGES[reg]), "TOWN", [f"region:{reg}", "kind:village"])]
        if name in ("TL", "TUL"):
            n = r.choice([2, 3, 3, 4])
            reg = g.region("home") if r.random() < 0.7 else None
            if name == "TUL":
                reg = g.region("uk")
            towns, seen = [], set()
            while len(towns) < n:
                t = g.town(reg or "any")
                if t.value not in seen:
                    seen.add(t.value)
                    towns.append(t)
            out = []
            joiner = r.choice(["and", "and", "&", ",", "or"])
            for i, t in enumerate(towns):
                if i:
                    if i == n - 1 and joiner != ",":
                        out.append(Plain(f" {joiner} " if joiner != "or" else " or "))
                    else:
                        out.append(Plain(", "))
                out.append(t)
            return out
        if name in ("TC", "CO"):
            reg = g.wchoice([("england", 10), ("scotland", 2), ("wales", 2), ("ni", 2),
                             ("ireland", 2)])
            town, county = g.choice(TOWN_COUNTY[reg])
            ce = Ent(county, "TOWN", [f"region:{reg}", "kind:county"])
            if name == "CO":
                return [ce]
            sep = r.choice([", ", ", ", " ", ", "])
            return [Ent(town, "TOWN", [f"region:{reg}"]), Plain(sep), ce]
        if name in ("N", "NR", "NRM", "NRW"):
            e = g.name("first", tags=["role:" + ("staff" if name == "N" else "relative")],
                       sex={"NRM": "m", "NRW": "f"}.get(name))
            return [e]
        if name in ("NF", "NRF", "NRFM", "NRFW"):
            return [g.name("full", tags=["role:" + ("staff" if name == "NF" else "relative")],
                           sex={"NRFM": "m", "NRFW": "f"}.get(name))]
        if name == "NS":
            return [g.name("surname", tags=["role:staff"])]
        if name == "NI":
            return [g.name("initials", tags=["role:staff"])]
        if name in ("DN", "DNF", "DNM"):
            lst = {"DNF": DECOY_FEMALE, "DNM": DECOY_MALE}.get(name, DECOY_FEMALE + DECOY_MALE)
            return [Ent(g.choice(lst), "NAME", ["fmt:first", "decoy:place_name"])]
        if name == "DNFULL":
            v = f"{g.choice(DECOY_FEMALE + DECOY_MALE)} {g.choice(SURNAMES)}"
            return [Ent(v, "NAME", ["fmt:full", "decoy:place_name"])]
        if name == "DS":
            return [Ent(g.choice(DECOY_SURNAME), "NAME", ["fmt:surname", "decoy:place_name"])]
        if name == "D":
            return [g.date()]
        if name == "DO":
            return [g.date("ordinal")]
        if name == "AGE":
            return [g.age()]
        if name == "PH":
            return [g.phone()]
        if name == "EM":
            return [g.email()]
        if name == "PC":
            return [g.postcode()]
        if name == "ZIPC":
            return g.zip_city()
        if name == "HN":
            return [g.hosp_number()]
        if name == "NHS":
            return [g.nhs_number()]
        if name == "A":
            return [g.address()]
        if name == "AML":
            return [g.address(multiline=True)]
        if name == "AAB":
            return [g.address(kind="abroad")]
        if name == "ACH":
            reg = g.choice(["england", "england", "scotland", "wales", "ni"])
            town = g.choice(sorted(OUTWARD[reg]))
            pc = g.postcode_for(reg, town)
            v = r.choice([f"{g.choice(CARE_HOMES)}, {g._num()} {g._street(reg)}, {town} {pc}",
                          f"{g.choice(CARE_HOMES)}, {g._street(reg)}, {town}",
                          f"Room {r.randint(1, 40)}, {g.choice(CARE_HOMES)}, {g._street(reg)}, {town}, {pc}"])
            return [Ent(v, "ADDRESS", [f"region:{reg}", "style:carehome"])]
        raise ValueError(name)

    def render(self, template, style, frame_tag):
        parts = []
        pos = 0
        for m in SLOT_RE.finditer(template):
            if m.start() > pos:
                parts.append(Plain(template[pos:m.start()]))
            name, fixed, mod = m.group(1), m.group(2), m.group(3)
            for p in self.slot(name, fixed, frame_tag):
                if isinstance(p, Ent):
                    p.forms.append("frame:" + frame_tag)
                    if mod == "l":
                        p.value = p.value.lower()
                    elif mod == "u":
                        p.value = p.value.upper()
                    elif style == "normal" and mod is None:
                        x = self.r.random()
                        if p.type == "TOWN" and fixed is None:
                            if x < 0.22:
                                p.value = p.value.lower()
                            elif x < 0.30:
                                p.value = p.value.upper()
                        elif p.type == "NAME" and "decoy:place_name" not in p.forms:
                            if x < 0.06:
                                p.value = p.value.lower()
                            elif x < 0.11:
                                p.value = p.value.upper()
                parts.append(p)
            pos = m.end()
        if pos < len(template):
            parts.append(Plain(template[pos:]))
        if style == "lower":
            for p in parts:
                if isinstance(p, Plain):
                    p.text = p.text.lower()
                else:
                    p.value = p.value.lower()
        elif style == "upper":
            for p in parts:
                if isinstance(p, Plain):
                    p.text = p.text.upper()
                else:
                    p.value = p.value.upper()
        return parts


def text_style(orig, r):
    letters = [c for c in orig if c.isalpha()]
    ups = sum(1 for c in letters if c.isupper())
    if letters and ups == 0:
        return "lower" if r.random() < 0.75 else "normal"
    if letters and ups / len(letters) > 0.7:
        return "upper" if r.random() < 0.8 else "normal"
    x = r.random()
    return "lower" if x < 0.07 else "upper" if x < 0.1 else "normal"


MIDDLE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|(?<=[a-z]{3}[.!?])(?<!etc\.)\s+(?=[a-z])")
END_PUNCT = tuple(".!?)…\"'")


def join_parts_text(parts):
    return "".join(p.text if isinstance(p, Plain) else p.value for p in parts)


def place_snippet(parts, snippet, r, where):
    """Insert snippet (list of parts) before/after/middle of the comment parts."""
    snip_text = join_parts_text(snippet)
    if where == "before":
        sep = r.choice([" ", " ", " ", "\n"])
        if snip_text.rstrip()[-1:] not in END_PUNCT:
            sep = ". " if r.random() < 0.7 else " - "
        return snippet + [Plain(sep)] + parts
    if where == "middle":
        cands = []
        for i, p in enumerate(parts):
            if isinstance(p, Plain) and p.orig:
                for m in MIDDLE_RE.finditer(p.text):
                    cands.append((i, m.start(), m.end()))
        if cands:
            i, s, e = r.choice(cands)
            p = parts[i]
            tail = "" if snip_text.rstrip()[-1:] in END_PUNCT else "."
            return (parts[:i] + [Plain(p.text[:s], True), Plain(" ")] + snippet
                    + [Plain(tail + " "), Plain(p.text[e:], True)] + parts[i + 1:])
        where = "after"
    # after
    last = join_parts_text(parts).rstrip()
    if snip_text.startswith(("\n", " ")):
        return parts + snippet
    if last[-1:] in END_PUNCT:
        sep = r.choice([" ", " ", " ", "\n", "  "])
    else:
        sep = r.choice([". ", ". ", " - ", "\n", ", "]) if snip_text[:1].islower() else r.choice([". ", ". ", " - ", "\n"])
    return parts + [Plain(sep)] + snippet


def try_inline(parts, cat, b):
    ops = INLINE.get(cat)
    if not ops:
        return None
    cands = []
    for oi, (rx, fn) in enumerate(ops):
        for i, p in enumerate(parts):
            if isinstance(p, Plain) and p.orig:
                for m in rx.finditer(p.text):
                    cands.append((oi, i, m))
    if not cands:
        return None
    oi, i, m = b.r.choice(cands)
    fn = ops[oi][1]
    new = fn(b.g, m)
    for x in new:
        if isinstance(x, Ent):
            x.forms.append("frame:" + cat)
            x.forms.append("place:inline")
    p = parts[i]
    return parts[:i] + [Plain(p.text[:m.start()], True)] + new + [Plain(p.text[m.end():], True)] + parts[i + 1:]


# ---------------------------------------------------------------------------------------------
# Source comments
# ---------------------------------------------------------------------------------------------
ALLOWED_CAPS = set("""I I'm I've I'd I'll NHS GP GPs A&E A E OK Ok TV ICU CPN CAMHS IAPT ECG MRI
    CT OT HCA HCAs PTS ED OPD UK COVID Covid-19 X-ray X-Ray DVD PPE""".split())


def load_pool():
    excluded = set()
    for f in sorted(glob.glob(os.path.join(DATA_DIR, "redaction_*.jsonl"))):
        if os.path.abspath(f) == os.path.abspath(OUT):
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    excluded.add(str(json.loads(line)["id"]))
    rows = []
    with open(os.path.join(FFT_DIR, "fft_phase1.csv"), encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            rows.append((f"fft1:{i}", (row.get("feedback") or "").strip()))
    with open(os.path.join(FFT_DIR, "fft_phase2_v6framework.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rows.append((f"fft2:{row['Comment ID']}", (row.get("FFT answer") or "").strip()))
    excluded_texts = {re.sub(r"\s+", " ", t.lower()) for rid, t in rows if rid in excluded}

    # words that look like proper nouns in this corpus (mostly capitalised wherever they occur)
    cap_n, low_n = collections.Counter(), collections.Counter()
    for _, t in rows:
        for w in re.findall(r"[A-Za-z]+", t):
            if not w.isupper() or len(w) == 1:
                (cap_n if w[0].isupper() else low_n)[w.lower()] += 1
    gaz = set()
    for lst in TOWNS.values():
        for t in lst:
            gaz.update(t.lower().split())
    for lst in VILLAGES.values():
        for t in lst:
            gaz.update(t.lower().split())
    names = {w.lower() for w in FEMALE + MALE + SURNAMES + DECOY_FIRST + DECOY_SURNAME}
    common = set(w for w, c in low_n.items() if c >= 5)
    block = ((gaz | names) - common) | {w for w in cap_n if cap_n[w] >= 2 and low_n[w] * 4 < cap_n[w]}
    block -= {"i", "nhs", "covid", "gp", "english", "christmas"}
    month_re = re.compile(r"\b(January|February|March|April|June|July|August|September|October|"
                          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                          r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|"
                          r"Wed|Thurs?|Fri|Sat|Sun)\b", re.I)
    seen = set(excluded_texts)
    pool = []
    for rid, t in rows:
        if rid in excluded or not (20 <= len(t) <= 600):
            continue
        key = re.sub(r"\s+", " ", t.lower())
        if key in seen:
            continue
        if re.search(r"\d{3,}|\d+[/.-]\d+|@|www|http|\bxx+\b|\*|redact|\[|\bDr\b|\bMrs?\b|\bMs\b|\bMiss\b", t, re.I):
            continue
        if month_re.search(t) and re.search(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", t):
            continue
        if re.search(r"\b(9\d|1[01]\d)\b", t):
            continue
        if re.search(r"known as|\([a-z]+\) I believe", t):
            continue
        if re.search(r"\b(RVI|QMC|LRI|JCUH|NGH|QEH|NSECH|WGH|RAH|UHNT|NTGH)\b", t):
            continue
        bad = False
        for m in re.finditer(r"[A-Za-z]+", t):
            w = m.group(0)
            wl = w.lower()
            if wl in block:
                bad = True
                break
            if w[0].isupper() and not w.isupper() and w not in ALLOWED_CAPS and low_n[wl] < 2:
                bad = True  # capitalised word never written in lower case: a proper noun
                break
            if w[0].isupper() and m.start() > 0:
                before = t[:m.start()].rstrip()
                sent_start = before == "" or before[-1] in ".!?\n-:;(\"" or before.endswith("..")
                if not sent_start and w not in ALLOWED_CAPS and not w.isupper():
                    if low_n[wl] < 3 * cap_n[wl] or low_n[wl] < 5:
                        bad = True
                        break
        if bad:
            continue
        seen.add(key)
        pool.append((rid, t))
    return pool, excluded


# ---------------------------------------------------------------------------------------------
# Plan and build
# ---------------------------------------------------------------------------------------------
CATEGORY_COUNTS = [
    ("town_cue", 62), ("town_abroad", 46), ("town_nocue", 52), ("town_poss", 18), ("town_list", 14),
    ("town_county", 27), ("town_transfer", 16), ("town_word", 24), ("town_nametown", 12),
    ("town_signoff", 24), ("town_date", 8),
    ("address", 92), ("address_abroad", 46), ("address_multi", 14), ("address_carehome", 10),
    ("name_staff", 72), ("name_relative", 50), ("name_self", 8), ("name_town", 20),
    ("name_age", 5),
    ("date", 72), ("age", 27),
    ("phone", 27), ("email", 19), ("postcode", 19), ("zip", 13), ("hosp", 19), ("nhs", 19),
]
AFTER_ONLY = {"town_signoff"}
INLINE_QUOTA = [("name_staff", 26), ("name_relative", 30), ("age", 9), ("town_nocue", 30),
                ("town_cue", 14), ("date", 12)]


class Deck:
    """Frames are dealt from shuffled decks, so every frame is used before any is reused."""

    def __init__(self, rnd):
        self.r = rnd
        self.decks = {}

    def draw(self, key, items, k=1):
        out = []
        while len(out) < k:
            d = self.decks.get(key)
            if not d:
                d = list(items)
                self.r.shuffle(d)
                self.decks[key] = d
            x = d.pop()
            if x not in out:
                out.append(x)
        return out


def build():
    b = Builder(SEED)
    r = b.r
    pool, _excluded = load_pool()
    pool.sort(key=lambda x: x[0])
    # comments whose own wording lets a detail be written into the writer's sentence
    used, forced_pick = set(), []
    for cat, k in INLINE_QUOTA:
        cands = [x for x in pool if x[0] not in used
                 and any(rx.search(x[1]) for rx, _ in INLINE[cat])]
        for x in r.sample(cands, min(k, len(cands))):
            used.add(x[0])
            forced_pick.append((x, cat))
    rest = [x for x in pool if x[0] not in used]
    picked = [(x, None) for x in r.sample(rest, N_RECORDS - len(forced_pick))] + forced_pick
    r.shuffle(picked)
    chosen = [x for x, _ in picked]
    forced = [c for _, c in picked]
    n_free = N_RECORDS - len(forced_pick)
    free_kinds = ["decoy_word"] * N_DECOY_WORD + ["decoy_name"] * N_DECOY_NAME
    free_kinds += ["regular"] * (n_free - len(free_kinds))
    r.shuffle(free_kinds)
    fk = iter(free_kinds)
    kinds = ["regular" if c else next(fk) for c in forced]

    cats = []
    for c, n in CATEGORY_COUNTS:
        cats += [c] * n
    for c in forced:
        if c:
            cats.remove(c)
    r.shuffle(cats)
    regular = [i for i, k in enumerate(kinds) if k == "regular"]
    decoy_word = [i for i, k in enumerate(kinds) if k == "decoy_word"]
    assign = collections.defaultdict(list)
    # every regular record gets one snippet, the rest are dealt out (at most 4 per record)
    it = iter(cats)
    for i in regular:
        assign[i].append(forced[i] or next(it))
    extra_targets = regular * 3 + decoy_word[: N_DECOY_WORD * 2 // 5]
    for c in it:
        while True:
            i = r.choice(extra_targets)
            if len(assign[i]) < (4 if kinds[i] == "regular" else 1) and not (
                    c in AFTER_ONLY and "town_signoff" in assign[i]):
                assign[i].append(c)
                break

    deck = Deck(r)
    records = []
    for idx, (rid, orig) in enumerate(chosen):
        kind = kinds[idx]
        style = text_style(orig, r)
        parts = [Plain(orig, True)]
        snippets = []
        if kind == "decoy_word":
            k = 1 if r.random() < 0.75 else 2
            for s in deck.draw("decoy_word", DECOY_WORD_SENTENCES, k):
                snippets.append(("decoy_word", [Plain(s.lower() if style == "lower" else s.upper() if style == "upper" else s)]))
        if kind == "decoy_name":
            t = deck.draw("decoy_name", DECOY_NAME_FRAMES)[0]
            snippets.append(("decoy_name", b.render(t, style, "decoy_name")))
        cats_here = sorted(assign[idx], key=lambda c: c in AFTER_ONLY)
        for j, c in enumerate(cats_here):
            if c in INLINE and (forced[idx] == c and j == 0 or r.random() < 0.5):
                newparts = try_inline(parts, c, b)
                if newparts is not None:
                    parts = newparts
                    continue
            t = deck.draw(c, FRAMES[c])[0]
            snippets.append((c, b.render(t, style, c)))
        r.shuffle(snippets)
        snippets.sort(key=lambda s: s[0] in AFTER_ONLY)
        for c, sn in snippets:
            if c in AFTER_ONLY:
                where = "after"
            else:
                where = b.g.wchoice([("after", 5), ("before", 3), ("middle", 3)])
                if where == "middle" and not any(
                        isinstance(p, Plain) and p.orig and MIDDLE_RE.search(p.text) for p in parts):
                    where = "after"  # no sentence boundary inside the comment
            for p in sn:
                if isinstance(p, Ent):
                    p.forms.append("place:" + where)
            parts = place_snippet(parts, sn, r, where)
        # assemble
        text, ents, meta = "", [], []
        for p in parts:
            if isinstance(p, Plain):
                text += p.text
            else:
                start = len(text)
                text += p.value
                ents.append({"start": start, "end": len(text), "type": p.type, "value": p.value,
                             "profiles": list(PROFILES[p.type])})
                meta.append(p.forms)
        # checks
        last = -1
        for e in ents:
            assert text[e["start"]:e["end"]] == e["value"], (rid, e)
            assert e["start"] >= last, (rid, e)
            assert e["value"] == e["value"].strip() and e["value"], (rid, e)
            last = e["end"]
        if not ents:
            assert kind == "decoy_word", rid
        records.append({"id": rid, "text": text, "original": orig, "entities": ents,
                        "_meta": meta, "_kind": kind})
    return records, pool


def case_of(v):
    letters = [c for c in v if c.isalpha()]
    if not letters:
        return "none"
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "title"
    return "title"


def stats(records, pool):
    by_type = collections.Counter()
    forms = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    for rec in records:
        for e, fm in zip(rec["entities"], rec["_meta"]):
            t = e["type"]
            by_type[t] += 1
            axes = collections.defaultdict(list)
            for f in fm:
                a, _, v = f.partition(":")
                axes[a].append(v)
            for a, vs in axes.items():
                for v in vs:
                    forms[t][a][v] += 1
            forms[t]["case"][case_of(e["value"])] += 1
            if "\n" in e["value"]:
                forms[t]["layout"]["multiline"] += 1
    kinds = collections.Counter(r["_kind"] for r in records)
    print(f"pool of eligible comments: {len(pool)}")
    print(f"records: {len(records)}  ({dict(sorted(kinds.items()))})")
    print(f"  from fft1: {sum(r['id'].startswith('fft1:') for r in records)}, "
          f"from fft2: {sum(r['id'].startswith('fft2:') for r in records)}")
    print(f"  records with no entity: {sum(1 for r in records if not r['entities'])}")
    print(f"  entities per record: {collections.Counter(len(r['entities']) for r in records).most_common()}")
    print(f"entities: {sum(by_type.values())}")
    for t, n in by_type.most_common():
        print(f"  {t}: {n}")
    for t, _ in by_type.most_common():
        print(f"\n[{t}]")
        for a in sorted(forms[t]):
            items = ", ".join(f"{k}={v}" for k, v in sorted(forms[t][a].items(), key=lambda kv: (-kv[1], kv[0])))
            print(f"  {a}: {items}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true", help="print counts per type and form")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args(argv)
    records, pool = build()
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            out = {k: rec[k] for k in ("id", "text", "original", "entities")}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(args.out, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    print(f"wrote {len(records)} records to {os.path.relpath(args.out, ROOT)} sha256={digest}")
    if args.stats:
        stats(records, pool)
    return 0


if __name__ == "__main__":
    sys.exit(main())
