#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset17.jsonl.

A de-identification development set made from real NHS Friends and Family Test
comments (/work/shared/data/nhs_fft/, attribution: The-Strategy-Unit/pxtextmining,
MIT, copyright NHS England; Care Opinion parts CC BY-NC-SA 4.0) into which
invented personal details are planted, either written into the writer's own
sentence or in an added sentence in the voice of a patient or relative.

Written by an agent that never read the redactor or the other redaction sets.
Standard library only; all randomness comes from one random.Random(20210017).

Usage:
    .venv/bin/python research/redaction_sets/build_redaction_devset17.py [--stats]
"""

import argparse
import collections
import csv
import glob
import json
import os
import random
import re
import sys

SEED = 20210017
N_RECORDS = 500
N_PLACE_DECOY = 70
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FFT_DIR = "/work/shared/data/nhs_fft"
OUT = os.path.join(ROOT, "evaluation", "data", "redaction_devset17.jsonl")

P_HIPAA = ["hipaa_safe_harbor"]
P_BOTH = ["standard", "hipaa_safe_harbor"]
PROFILES = {
    "TOWN": P_HIPAA, "DATE": P_HIPAA, "AGE_OVER_89": P_HIPAA,
    "ADDRESS": P_BOTH, "NAME": P_BOTH, "PHONE": P_BOTH, "EMAIL": P_BOTH,
    "POSTCODE": P_BOTH, "ZIP": P_BOTH, "HOSPITAL_NUMBER": P_BOTH, "NHS_NUMBER": P_BOTH,
}

# --------------------------------------------------------------------------
# Pools (all invented combinations; place names are real places)
# --------------------------------------------------------------------------

ENGLAND = """Leeds Wakefield Harrogate Skipton Darlington Hartlepool Middlesbrough
Stockton-on-Tees Northallerton Whitby Scarborough Bishop_Auckland Consett Hexham Morpeth
Ashington Blyth Cramlington Gateshead Sunderland Durham Peterlee Seaham Kettering Corby
Wellingborough Northampton Daventry Towcester Brackley Rushden Oundle Market_Harborough
Bedford Luton Milton_Keynes Norwich Ipswich Bury_St_Edmunds Kendal Penrith Barrow-in-Furness
Ulverston Keswick Bridlington Beverley Goole Grimsby Scunthorpe Louth Skegness Spalding
Stamford Grantham Newark Mansfield Worksop Chesterfield Matlock Buxton Macclesfield Crewe
Nantwich Stoke-on-Trent Leek Stafford Lichfield Tamworth Nuneaton Rugby Leamington_Spa
Stratford-upon-Avon Evesham Kidderminster Bromsgrove Redditch Hereford Ludlow Shrewsbury
Oswestry Telford Truro Penzance Bodmin Barnstaple Exeter Taunton Yeovil Weymouth Dorchester
Salisbury Swindon Chippenham Cheltenham Gloucester Stroud Basingstoke Guildford Woking
Crawley Horsham Eastbourne Hastings Maidstone Canterbury Margate Folkestone Southend-on-Sea
Chelmsford Colchester Harlow Stevenage Hitchin Watford St_Albans Banbury Bicester Aylesbury
High_Wycombe Slough Wigan Oldham Rochdale Stockport Warrington St_Helens Southport Blackpool
Lancaster Morecambe Burnley Accrington Halifax Huddersfield Dewsbury Batley Keighley Ilkley
Otley Pontefract Castleford Selby Ripon Thirsk Malton Pickering Guisborough Redcar Saltburn
Stokesley Yarm Billingham Thornaby Spennymoor Newton_Aycliffe Shildon Ferryhill Stanley
Gravesend Dartford Bognor_Regis Chichester Worthing Littlehampton Andover Winchester
Newcastle_upon_Tyne South_Shields North_Shields Whitley_Bay Tynemouth Jarrow Washington
Doncaster Rotherham Barnsley Sheffield Hull Lincoln Boston Wisbech King's_Lynn Great_Yarmouth
Lowestoft Cromer Thetford Huntingdon St_Neots Peterborough Leicester Loughborough
Coventry Wolverhampton Walsall Dudley Bradford Preston Bolton Oldbury Birmingham Manchester
Liverpool Bristol Plymouth Torquay Bournemouth Poole Southampton Portsmouth Brighton Nottingham
Derby Carlisle Workington Whitehaven Cockermouth Alnwick Berwick-upon-Tweed Haltwhistle""".split()

VILLAGES = """Great_Ayton Sedgefield Wolsingham Stanhope Middleton-in-Teesdale Much_Wenlock
Chipping_Campden Bourton-on-the-Water Long_Buckby Earls_Barton Irthlingborough Raunds Thrapston
Brixworth Moulton Cottingham Hornsea Staithes Sandsend Amble Rothbury Wooler Belford Seahouses
Bamburgh Allendale Corbridge Ponteland Chopwell Tow_Law Trimdon Wingate Easington_Colliery Horden
Blackhall_Colliery Thornley Wheatley_Hill Hutton_Rudby Osmotherley Goathland Runswick_Bay
Kirkbymoorside Helmsley Hovingham Bainbridge Hawes Reeth Grassington Kettlewell Settle
Ravenglass Ambleside Grasmere Coniston Hawkshead Alston Kirkby_Stephen Appleby-in-Westmorland
Weldon Geddington Rothwell Desborough Wollaston Bozeat Harlestone Kislingbury Bugbrooke
Woodford_Halse Byfield Kings_Sutton Aynho Finedon Burton_Latimer Ringstead Gretton Cottingham
Lamport Pitsford Guilsborough West_Haddon Crick Yelvertoft Clipston Sibbertoft
Ebchester Satley Lanchester Esh_Winning Cornsay Witton-le-Wear Hamsterley Cockfield Staindrop
Gainford Piercebridge Heighington Hurworth Middleton_St_George Croft-on-Tees Kirklevington""".split()

SCOTLAND = """Inverness Kirkcaldy Dumfries Oban Peebles Stranraer Elgin Fort_William Perth Stirling
Dundee Aberdeen Paisley Kilmarnock Ayr Hawick Galashiels Kelso Arbroath Montrose Forfar
Dunfermline Livingston Falkirk Thurso Portree Lerwick Kirkwall Motherwell Greenock""".split()

WALES = """Wrexham Aberystwyth Llandudno Bangor Carmarthen Merthyr_Tydfil Brecon Pwllheli Swansea
Newport Caerphilly Pontypridd Bridgend Llanelli Haverfordwest Tenby Welshpool Newtown Rhyl
Prestatyn Holyhead Dolgellau Machynlleth Abergavenny Monmouth Ebbw_Vale Porthmadog Ruthin
Denbigh Llangollen""".split()

NIRELAND = """Omagh Enniskillen Ballymena Coleraine Newry Lisburn Craigavon Strabane Belfast Derry
Londonderry Armagh Portadown Lurgan Bangor Larne Antrim Dungannon Cookstown Magherafelt
Limavady Ballycastle Downpatrick Newtownards Banbridge Portrush""".split()

IRELAND = """Galway Athlone Letterkenny Dundalk Tralee Ennis Mullingar Sligo Castlebar Kilkenny
Waterford Wexford Carlow Clonmel Tullamore Portlaoise Navan Drogheda Killarney Bantry
Clonakilty Westport Ballina Longford Cavan Monaghan Limerick Cork Dublin Naas""".split()

US = [("Tulsa", "Oklahoma", "OK", "741"), ("Sacramento", "California", "CA", "958"),
      ("Albuquerque", "New Mexico", "NM", "871"), ("Pittsburgh", "Pennsylvania", "PA", "152"),
      ("Raleigh", "North Carolina", "NC", "276"), ("Boise", "Idaho", "ID", "837"),
      ("Omaha", "Nebraska", "NE", "681"), ("Columbus", "Ohio", "OH", "432"),
      ("Milwaukee", "Wisconsin", "WI", "532"), ("Portland", "Oregon", "OR", "972"),
      ("Savannah", "Georgia", "GA", "314"), ("Louisville", "Kentucky", "KY", "402"),
      ("Spokane", "Washington", "WA", "992"), ("Tucson", "Arizona", "AZ", "857"),
      ("Des Moines", "Iowa", "IA", "503"), ("Baltimore", "Maryland", "MD", "212"),
      ("Chicago", "Illinois", "IL", "606"), ("Boston", "Massachusetts", "MA", "021"),
      ("San Antonio", "Texas", "TX", "782"), ("Minneapolis", "Minnesota", "MN", "554"),
      ("Burlington", "Vermont", "VT", "054"), ("Asheville", "North Carolina", "NC", "288"),
      ("Fresno", "California", "CA", "937"), ("Knoxville", "Tennessee", "TN", "379"),
      ("Rochester", "New York", "NY", "146"), ("Cleveland", "Ohio", "OH", "441"),
      ("St. Louis", "Missouri", "MO", "631"), ("Anchorage", "Alaska", "AK", "995"),
      ("Honolulu", "Hawaii", "HI", "968"), ("Charleston", "South Carolina", "SC", "294")]
US_AREA = ["212", "312", "415", "617", "206", "503", "614", "412", "919", "402", "520", "907",
           "808", "843", "865", "585", "216", "314", "612", "210"]

ABROAD = """Karachi Lahore Islamabad Mirpur Sylhet Dhaka Mumbai Delhi Chennai Kolkata Amritsar
Ludhiana Lagos Abuja Accra Kumasi Nairobi Mombasa Kampala Harare Manila Cebu Kraków Gdańsk
Wrocław Bucharest Cluj-Napoca Vilnius Riga Lisbon Porto Madrid Málaga Alicante Benidorm Tenerife
Lanzarote Rome Naples Milan Florence Athens Thessaloniki Istanbul Antalya Berlin Hamburg Munich
Amsterdam Rotterdam Brussels Lyon Marseille Toulouse Kingston Bridgetown Port_of_Spain Toronto
Vancouver Melbourne Perth Brisbane Auckland Johannesburg Cape_Town Hong_Kong Kuala_Lumpur""".split()


TOWN_COUNTY_PAIRS = [
    ("England", "Ludlow", "Shropshire"), ("England", "Oswestry", "Shropshire"),
    ("England", "Whitby", "North Yorkshire"), ("England", "Thirsk", "North Yorkshire"),
    ("England", "Skipton", "North Yorkshire"), ("England", "Consett", "County Durham"),
    ("England", "Spennymoor", "Co Durham"), ("England", "Hexham", "Northumberland"),
    ("England", "Alnwick", "Northumberland"), ("England", "Kendal", "Cumbria"),
    ("England", "Penrith", "Cumbria"), ("England", "Cromer", "Norfolk"),
    ("England", "Thetford", "Norfolk"), ("England", "Lowestoft", "Suffolk"),
    ("England", "Corby", "Northamptonshire"), ("England", "Daventry", "Northants"),
    ("England", "Louth", "Lincolnshire"), ("England", "Skegness", "Lincolnshire"),
    ("England", "Matlock", "Derbyshire"), ("England", "Bodmin", "Cornwall"),
    ("England", "Penzance", "Cornwall"), ("England", "Taunton", "Somerset"),
    ("England", "Weymouth", "Dorset"), ("England", "Chippenham", "Wiltshire"),
    ("England", "Beverley", "East Yorkshire"), ("England", "Redcar", "Teesside"),
    ("England", "Burnley", "Lancashire"), ("England", "Margate", "Kent"),
    ("England", "Colchester", "Essex"), ("England", "Barnstaple", "Devon"),
    ("England", "Leek", "Staffordshire"), ("England", "Evesham", "Worcestershire"),
    ("village", "Staithes", "North Yorkshire"), ("village", "Wolsingham", "County Durham"),
    ("village", "Rothbury", "Northumberland"), ("village", "Brixworth", "Northamptonshire"),
    ("village", "Much Wenlock", "Shropshire"), ("village", "Grasmere", "Cumbria"),
    ("Scotland", "Kirkcaldy", "Fife"), ("Scotland", "Oban", "Argyll"),
    ("Scotland", "Elgin", "Moray"), ("Scotland", "Peebles", "the Borders"),
    ("Scotland", "Ayr", "Ayrshire"), ("Scotland", "Stranraer", "Dumfries and Galloway"),
    ("Wales", "Brecon", "Powys"), ("Wales", "Welshpool", "Powys"), ("Wales", "Pwllheli", "Gwynedd"),
    ("Wales", "Aberystwyth", "Ceredigion"), ("Wales", "Tenby", "Pembrokeshire"),
    ("Wales", "Holyhead", "Anglesey"), ("Wales", "Ruthin", "Denbighshire"),
    ("NI", "Omagh", "County Tyrone"), ("NI", "Enniskillen", "Co Fermanagh"),
    ("NI", "Ballymena", "Co. Antrim"), ("NI", "Newry", "County Down"),
    ("NI", "Armagh", "Co. Armagh"), ("NI", "Limavady", "County Londonderry"),
    ("Ireland", "Tralee", "County Kerry"), ("Ireland", "Bantry", "Co. Cork"),
    ("Ireland", "Clifden", "Co Galway"), ("Ireland", "Castlebar", "County Mayo"),
    ("Ireland", "Letterkenny", "Co. Donegal"), ("Ireland", "Ennis", "County Clare"),
    ("Ireland", "Mullingar", "Co. Westmeath"), ("Ireland", "Gorey", "County Wexford"),
]

SERVICE_PATTERNS = ["{T} A&E", "the {T} clinic", "{T}'s walk-in centre", "{T} General",
                    "{T} Community Hospital", "{T} minor injuries", "{T} health centre",
                    "the {T} hub", "{T} ambulance station", "{T} Infirmary", "the {T} dialysis unit",
                    "{T} birth centre", "{T} urgent treatment centre", "the {T} practice",
                    "{T} hospice", "{T}'s new maternity unit", "the {T} eye clinic",
                    "{T} fracture clinic", "{T} memory clinic", "the {T} surgery",
                    "{T} a and e", "{T}'s out of hours", "the {T} CMHT", "{T} Victoria Hospital",
                    "{T} X-ray department", "{T} blood clinic"]

FIRST_F = """Shona Priya Joan Margaret Aoife Siobhan Ngozi Agnieszka Fatima Bronwen Eilidh Chiara Mei
Ewa Ana Yasmin Deborah Tracey Lindsay Kerry-Ann Olena Amara Hannah Zainab Nuala Rhiannon
Bethany Maureen Sandra Wendy Chidinma Oksana Parveen Sunita Leanne Gemma Kirsty Ayesha Naomi
Ingrid Lucia Mariam Funmilayo Abimbola Rosa Iona Morag Catrin Sinead Grainne Nicola Dawn Jodie
Pauline Rukhsana Shabana Harpreet Jaspreet Thandiwe Adaeze Kateryna Magdalena Zofia Svetlana
Elif Noor Layla Aisling Niamh Moira Hilda Doreen Edna Brenda Cheryl Stacey Lorraine""".split()
FIRST_M = """Amir Oluwaseun Mohammed Tomasz Rajesh Yusuf Wei Hamish Gareth Kwame Dimitri Tariq Sipho
Ciaran Declan Dafydd Callum Fraser Ravi Arjun Imran Bilal Kofi Emeka Chinedu Piotr Marek Andrei
Stelios Luca Mateo Jamal Desmond Trevor Keith Barry Colin Derek Graham Nigel Stuart Wayne Darren
Kieran Lewis Ewan Rhodri Iwan Hywel Seamus Padraig Eoin Bartosz Vikram Sanjay Deepak Haruto
Kenji Abdul Hassan Omar Ifeanyi Babatunde Themba Lwazi Mihai Florin Jurgen Henrik Lars""".split()
SURNAMES = """Hussain Adeyemi Gallagher Iqbal Nowak Zhang Raman Kowalski Begum Llewellyn MacLeod
Mensah Ferreira Papadopoulos Byrne Okafor Kumar Demir Lin Fraser Hughes Rossi Garcia Nguyen
Mahmood Zielinska Dlamini Pritchard Thompson Armstrong Robson Dobson Heslop Bainbridge Liddle
Charlton Milburn Teasdale Featherstone Ogunleye Chaudhry Akhtar Siddiqui Patel Shah Mistry
Gill Sandhu Dhillon Kaur Singh O'Sullivan McLaughlin Fitzgerald Quinn Doherty Boyle Kavanagh
Jenkins Pryce Vaughan Rees Bevan Morgan Munro Sinclair Cameron Drummond Wallace Kerr Horvath
Kovacs Popescu Ionescu Novak Petrov Ivanova Andersson Johansson Rahman Chowdhury Uddin Islam
Mwangi Otieno Kamau Achieng Asante Boateng Owusu Eze Nwosu Obi Balogun Adebayo Tanaka Sato
Santos Reyes Cruz Bautista Mendoza Haddad Khoury Yilmaz Aydin Ozturk Wiśniewski Lewandowski
Dąbrowski Marsden Ackroyd Sutcliffe Greenwood Haworth Whittaker Entwistle Pickersgill""".split()
STAFF_ROLES = ["nurse", "paramedic", "physio", "receptionist", "midwife", "health visitor",
               "healthcare assistant", "student nurse", "support worker", "OT", "porter",
               "care coordinator", "key worker", "call handler", "technician", "driver",
               "phlebotomist", "sonographer", "pharmacist", "CPN", "crew member", "radiographer"]
RELATIVES = ["mum", "mam", "dad", "husband", "wife", "son", "daughter", "nan", "nana", "gran",
             "grandad", "partner", "brother", "sister", "auntie", "uncle", "neighbour",
             "friend", "mother-in-law", "father-in-law", "granddaughter", "grandson", "carer",
             "fiancé", "stepdad", "niece", "nephew"]
ELDERLY_REL = ["mum", "mam", "dad", "nan", "nana", "gran", "grandad", "grandma", "grandfather",
               "grandmother", "mother", "father", "husband", "wife", "aunt", "auntie", "uncle",
               "mother-in-law", "father-in-law", "great-grandmother", "neighbour"]

# place words used as person names (decoys: always NAME, never TOWN)
PLACE_FIRSTNAMES = ["Chester", "Florence", "Lincoln", "Austin", "Sydney", "Jordan", "Adelaide",
                    "Georgia", "Victoria", "Chelsea", "Brooklyn", "Devon", "Kendal", "Preston",
                    "Hudson", "Dallas", "Denver", "Phoenix", "Orlando", "Milan", "India",
                    "Madison", "Paris", "Stanley", "Lourdes", "Shelby", "Kingston", "Carolina",
                    "Skye", "Iona", "Clifton", "Marion", "Brighton", "Camden", "Dakota", "Sienna"]
PLACE_GENDER = {n: "f" for n in ["Florence", "Sydney", "Adelaide", "Georgia", "Victoria", "Chelsea",
                                  "Brooklyn", "India", "Madison", "Paris", "Lourdes", "Shelby",
                                  "Carolina", "Skye", "Iona", "Marion", "Sienna", "Dakota"]}
PLACE_GENDER.update({n: "m" for n in ["Chester", "Lincoln", "Austin", "Jordan", "Devon", "Kendal",
                                      "Preston", "Hudson", "Dallas", "Denver", "Phoenix", "Orlando",
                                      "Milan", "Stanley", "Kingston", "Clifton", "Brighton", "Camden"]})
PLACE_SURNAMES = ["Carlisle", "Wakefield", "Buxton", "Bolton", "Whitby", "Lancaster", "Hamilton",
                  "Preston", "Beverley", "Derby", "Ripon", "Selby", "Kendal", "Barnsley",
                  "Hastings", "Stafford", "Crewe", "Durham", "Morley", "Bradford", "Ashby",
                  "Sutton", "Lindsay", "Perth", "Burnley", "Rugby", "Chesterfield"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
             94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
             98: "ninety-eight", 99: "ninety-nine", 100: "one hundred", 101: "one hundred and one",
             102: "one hundred and two", 103: "a hundred and three", 104: "one hundred and four",
             105: "a hundred and five", 106: "one hundred and six", 108: "one hundred and eight",
             110: "one hundred and ten"}

STREETS = """Beech_Grove Sandringham_Road Princes_Street Mill_Lane Church_Lane High_Street
Victoria_Terrace Station_Road Park_Avenue Chapel_Row Front_Street Back_Lane Queen's_Road
Granville_Street Coronation_Avenue Elm_Close Rowan_Drive Heather_Way Linthorpe_Road
Acklam_Road Valley_Drive Westgate Eastgate Northgate Marsh_Lane Cliff_Road Moor_View
Albert_Terrace Lime_Street Cross_Street Bank_Top Greenfield_Close Larch_Crescent
Sycamore_Avenue Willow_Bank Hollybush_Lane Kingsway Windsor_Crescent Balmoral_Road
Wentworth_Gardens Fairfield_Road Laburnum_Grove Meadow_Court Orchard_Way Ash_Tree_Road
Primrose_Hill Foxglove_Close Thornfield_Road Holly_Walk Cedar_Mews St_Mary's_Close
Brookside Riverside_Walk Farrier_Lane Blacksmith's_Row Tanners_Yard""".split()
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Hill Top Farm", "The Bungalow",
               "Meadow View", "The Granary", "Orchard House", "Ty Gwyn", "Fernlea",
               "The Old School House", "Brambles", "Greenacres", "Low Farm", "Stable Cottage",
               "Windy Ridge", "Bryn Awel", "The Laurels", "Moorside Cottage", "Keepers Lodge"]
CARE_HOMES = ["Oakwood Care Home", "Beechfield Nursing Home", "Hollybank Residential Home",
              "The Willows Care Centre", "Cherry Tree Lodge", "Abbeyfield House",
              "Springfield Court Care Home", "Larchwood Nursing Home", "St Cuthbert's Care Home",
              "Meadowbank Residential Home"]
BLOCKS = ["Kestrel House", "Marlborough Court", "Quayside Lofts", "Jubilee Court",
          "Ashdown House", "Carlton Mansions", "Riverside Point", "Station Works"]

# (town, postcode area, county or None, locality list)
UK_ADDR_TOWNS = [
    ("Middlesbrough", "TS", "North Yorkshire", ["Acklam", "Linthorpe", "Marton", "Nunthorpe"]),
    ("Stockton-on-Tees", "TS", None, ["Norton", "Hartburn", "Fairfield"]),
    ("Darlington", "DL", "County Durham", ["Cockerton", "Haughton"]),
    ("Great Ayton", "TS", "North Yorkshire", []),
    ("Hartlepool", "TS", None, ["Seaton Carew", "Hart Station"]),
    ("Kettering", "NN", "Northamptonshire", ["Barton Seagrave", "Ise Lodge"]),
    ("Northampton", "NN", None, ["Duston", "Kingsthorpe", "Abington", "Weston Favell"]),
    ("Corby", "NN", "Northants", ["Weldon", "Great Oakley"]),
    ("Wellingborough", "NN", None, ["Finedon", "Earls Barton"]),
    ("Newcastle upon Tyne", "NE", None, ["Heaton", "Fenham", "Gosforth", "Jesmond"]),
    ("Hexham", "NE", "Northumberland", ["Corbridge", "Acomb"]),
    ("Durham", "DH", "Co Durham", ["Gilesgate", "Framwellgate Moor", "Sherburn"]),
    ("Sunderland", "SR", None, ["Roker", "Hendon", "Fulwell"]),
    ("Whitby", "YO", "North Yorkshire", ["Sleights", "Ruswarp"]),
    ("Scarborough", "YO", None, ["Scalby", "Eastfield"]),
    ("Leeds", "LS", None, ["Headingley", "Armley", "Chapel Allerton", "Roundhay"]),
    ("Sheffield", "S", None, ["Hillsborough", "Crookes", "Darnall"]),
    ("Bishop Auckland", "DL", "County Durham", ["Coundon", "West Auckland"]),
    ("Consett", "DH", None, ["Blackhill", "Leadgate"]),
    ("Morpeth", "NE", "Northumberland", ["Pegswood"]),
    ("Bedford", "MK", "Bedfordshire", ["Kempston", "Brickhill"]),
    ("Norwich", "NR", "Norfolk", ["Thorpe St Andrew", "Eaton"]),
    ("Kendal", "LA", "Cumbria", ["Burneside", "Oxenholme"]),
    ("Shrewsbury", "SY", "Shropshire", ["Meole Brace", "Harlescott"]),
    ("Cardiff", "CF", None, ["Canton", "Roath", "Llandaff"]),
    ("Aberystwyth", "SY", "Ceredigion", ["Penparcau"]),
    ("Inverness", "IV", None, ["Culloden", "Dalneigh"]),
    ("Kirkcaldy", "KY", "Fife", ["Dysart", "Templehall"]),
    ("Glasgow", "G", None, ["Partick", "Govan", "Shawlands"]),
    ("Truro", "TR", "Cornwall", ["Threemilestone"]),
]

# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def sp(s):
    return s.replace("_", " ")


class Ent(object):
    __slots__ = ("type", "facets")

    def __init__(self, type_, **facets):
        self.type = type_
        self.facets = facets


def P(text, ent=None):
    return [(text, ent)]


def case_of(value):
    letters = [c for c in value if c.isalpha()]
    if not letters:
        return "digits"
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "caps"
    return "title"


def nhs_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.choice([4, 6, 9])
        total = sum(x * (10 - i) for i, x in enumerate(d))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        return "".join(map(str, d + [check]))


def uk_postcode(rng, area=None):
    if area is None:
        area = rng.choice(["TS", "DL", "NE", "DH", "SR", "NN", "LS", "YO", "HG", "BD", "HU",
                           "LA", "CA", "SY", "CF", "LL", "IV", "KY", "EH", "G", "BT", "M", "B",
                           "L", "S", "NR", "MK", "LE", "TR", "EX", "PL", "BS"])
    district = str(rng.randint(1, 29)) if len(area) == 2 else str(rng.randint(1, 40))
    if rng.random() < 0.08 and area in ("NE", "M", "B", "L", "G"):
        district = str(rng.randint(1, 9))
    inward = str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district + " " + inward


def postcode_variant(rng, pc):
    r = rng.random()
    if r < 0.55:
        return pc, "standard"
    if r < 0.75:
        return pc.lower(), "lower"
    if r < 0.9:
        return pc.replace(" ", ""), "nospace"
    return pc.lower().replace(" ", ""), "lower_nospace"


def eircode(rng):
    routing = rng.choice(["P85", "V92", "H91", "D08", "D15", "T12", "F94", "A92", "N37", "X91", "R93"])
    chars = "ACDEFHKNPRTVWXY0123456789"
    return routing + " " + "".join(rng.choice(chars) for _ in range(4))


# --------------------------------------------------------------------------
# Detail generators: each returns (value_in_canonical_case, facets)
# --------------------------------------------------------------------------

REGION_WEIGHTS = [("England", 48), ("village", 13), ("Scotland", 7), ("Wales", 7), ("NI", 5),
                  ("Ireland", 6), ("US", 6), ("abroad", 8)]
REGION_POOLS = {"England": ENGLAND, "village": VILLAGES, "Scotland": SCOTLAND, "Wales": WALES,
                "NI": NIRELAND, "Ireland": IRELAND, "abroad": ABROAD}


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    acc = 0
    for item, w in pairs:
        acc += w
        if x <= acc:
            return item
    return pairs[-1][0]


def pick_town(rng, region=None):
    if region is None:
        region = wchoice(rng, REGION_WEIGHTS)
    if region == "US":
        return rng.choice(US)[0], region
    return sp(rng.choice(REGION_POOLS[region])), region


def town_case(rng):
    r = rng.random()
    if r < 0.24:
        return "lower"
    if r < 0.295:
        return "caps"
    return "title"


def apply_case(s, c):
    if c == "lower":
        return s.lower()
    if c == "caps":
        return s.upper()
    return s


def person_first(rng, gender=None):
    if gender is None:
        gender = "f" if rng.random() < 0.55 else "m"
    return rng.choice(FIRST_F if gender == "f" else FIRST_M)


FEM_RE = re.compile(r"\b(she|she's|her|daughter|wife|mum|mam|mother|nan|nana|gran|granny|grandma|"
                    r"grandmother|sister|granddaughter|girl|aunt|auntie|lady|woman|niece|matron|"
                    r"fianc\u00e9e|mother-in-law)\b", re.I)
MASC_RE = re.compile(r"\b(he|he's|him|his|son|husband|father|dad|grandad|grandfather|boy|grandson|"
                     r"man|gentleman|guy|chap|lad|nephew|uncle|brother|stepdad|fianc\u00e9|father-in-law)\b", re.I)


def gender_of(text):
    f = bool(FEM_RE.search(text))
    m = bool(MASC_RE.search(text))
    if f and not m:
        return "f"
    if m and not f:
        return "m"
    return None


def make_name(rng, style=None, gender=None):
    """Return (value, form)."""
    if gender is None:
        gender = "f" if rng.random() < 0.55 else "m"
    ftitles = ["Dr", "Dr.", "Mrs", "Ms", "Miss", "Sister", "Nurse", "Prof"]
    mtitles = ["Dr", "Dr.", "Mr", "Nurse", "Prof", "Professor"]
    titles = ftitles if gender == "f" else mtitles
    if style is None:
        style = wchoice(rng, [("first", 34), ("full", 26), ("title_surname", 20),
                              ("initial_surname", 7), ("title_initials", 5), ("first_initial", 4),
                              ("title_full", 4)])
    f = person_first(rng, gender)
    s = rng.choice(SURNAMES)
    if style == "first":
        return f, style
    if style == "full":
        return f + " " + s, style
    if style == "title_surname":
        return rng.choice(titles) + " " + s, style
    if style == "initial_surname":
        return f[0] + ". " + s if rng.random() < 0.6 else f[0] + " " + s, style
    if style == "title_initials":
        g = person_first(rng)
        return rng.choice(["Dr", "Dr.", "Mr" if gender == "m" else "Mrs"]) + " " + f[0] + "." + (" " + g[0] + "." if rng.random() < 0.5 else "") + " " + s, style
    if style == "first_initial":
        return f + " " + s[0] + ".", style
    return rng.choice(["Dr", "Mrs", "Sister"] if gender == "f" else ["Dr", "Mr"]) + " " + f + " " + s, style


def make_date(rng, with_year=None):
    d = rng.randint(1, 28)
    m = rng.randint(0, 11)
    y = rng.choice([2019, 2020, 2021, 2021, 2022, 2022, 2023])
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    fmt = rng.choice(["dth_month", "d_month_y", "month_dth", "dmy_slash", "dmy_dot_short",
                      "dth_of_month", "dth", "d_mon", "iso", "dm_slash", "mon_d_y", "dth_month_y",
                      "month_d_lower", "dmy_slash_short"])
    if with_year:
        fmt = rng.choice(["d_month_y", "dmy_slash", "dth_month_y", "dmy_dot_short", "mon_d_y"])
    if fmt == "dth_month":
        v = "%d%s %s" % (d, suf, MONTHS[m])
    elif fmt == "d_month_y":
        v = "%d %s %d" % (d, MONTHS[m], y)
    elif fmt == "month_dth":
        v = "%s %d%s" % (MONTHS[m], d, suf)
    elif fmt == "dmy_slash":
        v = "%02d/%02d/%d" % (d, m + 1, y)
    elif fmt == "dmy_slash_short":
        v = "%d/%d/%02d" % (d, m + 1, y % 100)
    elif fmt == "dmy_dot_short":
        v = "%d.%d.%02d" % (d, m + 1, y % 100)
    elif fmt == "dth_of_month":
        v = "%d%s of %s" % (d, suf, MONTHS[m])
    elif fmt == "dth":
        v = "%d%s" % (d, suf)
    elif fmt == "d_mon":
        v = "%d %s" % (d, MON3[m])
    elif fmt == "iso":
        v = "%d-%02d-%02d" % (y, m + 1, d)
    elif fmt == "dm_slash":
        v = "%d/%d" % (d, m + 1)
    elif fmt == "mon_d_y":
        v = "%s %d, %d" % (MON3[m], d, y)
    elif fmt == "dth_month_y":
        v = "%d%s %s %d" % (d, suf, MONTHS[m], y)
    else:  # month_d_lower
        v = "%d%s %s" % (d, suf, MONTHS[m].lower())
    return v, fmt


def make_dob(rng):
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.randint(1926, 1990)
    fmt = rng.choice(["slash", "dot", "long"])
    if fmt == "slash":
        return "%02d/%02d/%d" % (d, m, y), "dob_slash"
    if fmt == "dot":
        return "%02d.%02d.%d" % (d, m, y), "dob_dot"
    return "%d %s %d" % (d, MONTHS[m - 1], y), "dob_long"


def make_age(rng):
    a = rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 108, 110])
    if rng.random() < 0.45 and a in NUM_WORDS:
        w = NUM_WORDS[a]
        if "-" in w and rng.random() < 0.4:
            w = w.replace("-", " ")
        return w, "words"
    return str(a), "digits"


def make_phone(rng):
    style = rng.choice(["uk_mobile", "uk_mobile_nospace", "uk_mobile_plus", "leeds", "london",
                        "london_plus0", "uk_plus_land", "us_paren", "us_dash", "us_plus1",
                        "uk_mobile_dash"])
    x = rng.randint(0, 999)
    if style == "uk_mobile":
        return "07700 900%03d" % x, style
    if style == "uk_mobile_nospace":
        return "07700900%03d" % x, style
    if style == "uk_mobile_dash":
        return "07700-900-%03d" % x, style
    if style == "uk_mobile_plus":
        return "+44 7700 900%03d" % x, style
    if style == "leeds":
        return "0113 496 0%03d" % x, style
    if style == "london":
        return "020 7946 0%03d" % x, style
    if style == "london_plus0":
        return "+44 (0)20 7946 0%03d" % x, style
    if style == "uk_plus_land":
        return "+44 113 496 0%03d" % x, style
    a = rng.choice(US_AREA)
    y = rng.randint(100, 199)
    if style == "us_paren":
        return "(%s) 555-0%d" % (a, y), style
    if style == "us_dash":
        return "%s-555-0%d" % (a, y), style
    return "+1 %s 555 0%d" % (a, y), style


def make_email(rng):
    f = person_first(rng).lower()
    s = rng.choice(SURNAMES).lower().replace("'", "").replace("ś", "s").replace("ą", "a")
    dom = rng.choice(["example.com", "example.org", "example.net", "example.co.uk"]) if rng.random() < 0.15 else \
        rng.choice(["example.com", "example.org", "example.net"])
    local = rng.choice(["%s.%s" % (f, s), "%s%s%d" % (f[0], s, rng.randint(1, 99)), "%s_%s" % (f, s),
                        "%s.%s%d" % (s, f[0], rng.randint(50, 99)), "carer.%s" % s,
                        "the%sfamily" % s, "%s%d" % (f, rng.randint(1950, 1999))])
    return local + "@" + dom, "email"


def make_hosp(rng):
    style = rng.choice(["letter7", "letter_slash6", "trust_dash", "digits8", "hn_space", "split3",
                        "prefix_digits_letter", "rx", "k_digits"])
    if style == "letter7":
        return rng.choice("MKJDRSHT") + "%07d" % rng.randint(0, 9999999), style
    if style == "letter_slash6":
        return rng.choice("DKM") + "/" + "%06d" % rng.randint(0, 999999), style
    if style == "trust_dash":
        return rng.choice(["RTD", "RVW", "RNS", "RXP", "BHT", "NGH"]) + "-" + "%07d" % rng.randint(0, 9999999), style
    if style == "digits8":
        return "%08d" % rng.randint(100000, 99999999), style
    if style == "hn_space":
        return "%s %07d" % (rng.choice(["HN", "UN", "CR"]), rng.randint(0, 9999999)), style
    if style == "split3":
        return "%s %03d %03d" % (rng.choice("JKDM"), rng.randint(0, 999), rng.randint(0, 999)), style
    if style == "prefix_digits_letter":
        return "%07d%s" % (rng.randint(0, 9999999), rng.choice("XABK")), style
    if style == "rx":
        return "RX1 %06d" % rng.randint(0, 999999), style
    return "k%07d" % rng.randint(0, 9999999), style


def make_nhs(rng):
    n = nhs_number(rng)
    r = rng.random()
    if r < 0.45:
        return n[:3] + " " + n[3:6] + " " + n[6:], "grouped_space"
    if r < 0.6:
        return n[:3] + "-" + n[3:6] + "-" + n[6:], "grouped_dash"
    return n, "plain"


def uk_address(rng):
    town, area, county, locs = rng.choice(UK_ADDR_TOWNS)
    style = wchoice(rng, [("commas", 22), ("no_commas_lower", 12), ("flat", 12), ("multiline", 14),
                          ("care_home", 10), ("house_name", 10), ("no_postcode", 10), ("caps", 5),
                          ("block", 5)])
    num = str(rng.randint(1, 180))
    if rng.random() < 0.08:
        num += rng.choice("ab")
    street = sp(rng.choice(STREETS))
    loc = rng.choice(locs) if locs and rng.random() < 0.6 else None
    pc = uk_postcode(rng, area)
    parts = [num + " " + street]
    if style == "flat":
        parts = ["Flat %d" % rng.randint(1, 24), num + " " + street]
        if rng.random() < 0.4:
            parts = ["Flat %d, %s %s" % (rng.randint(1, 24), num, street)]
            parts = [parts[0]]
    elif style == "care_home":
        parts = [rng.choice(CARE_HOMES), num + " " + street]
        if rng.random() < 0.4:
            parts.insert(0, "Room %d" % rng.randint(1, 40))
    elif style == "house_name":
        parts = [rng.choice(HOUSE_NAMES), street]
    elif style == "block":
        parts = ["Apartment %d" % rng.randint(1, 60), rng.choice(BLOCKS), num + " " + street]
    if loc:
        parts.append(loc)
    parts.append(town)
    if county and rng.random() < 0.4:
        parts.append(county)
    if style != "no_postcode":
        if rng.random() < 0.5:
            parts[-1] = parts[-1] + " " + pc
        else:
            parts.append(pc)
    if style == "multiline":
        return "\n".join(parts), "uk_multiline"
    if style == "no_commas_lower":
        return " ".join(parts).lower(), "uk_lower_no_commas"
    if style == "caps":
        return ", ".join(parts).upper(), "uk_caps"
    return ", ".join(parts), "uk_" + style


def intl_address(rng):
    kind = rng.choice(["NI", "NI", "Ireland", "Ireland", "Ireland", "US", "US", "US", "Canada",
                       "Australia", "India", "Pakistan", "Nigeria", "Kenya", "Philippines",
                       "Europe", "Europe", "Europe", "Caribbean", "Caribbean"])
    n = rng.randint(1, 150)
    if kind == "NI":
        town, code, cty = rng.choice([("Belfast", "BT9", "Co. Antrim"), ("Omagh", "BT79", "Co. Tyrone"),
                                      ("Enniskillen", "BT74", "Co. Fermanagh"), ("Ballymena", "BT43", "Co Antrim"),
                                      ("Newry", "BT35", "Co. Down"), ("Coleraine", "BT52", "Co. Londonderry"),
                                      ("Lisburn", "BT28", "Co Antrim")])
        st = rng.choice(["Lisburn Road", "Killyclogher Road", "Main Street", "Castle Street",
                         "Ormeau Road", "Dublin Road", "Church View"])
        inward = str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        county = cty + ", " if rng.random() < 0.4 else ""
        return "%d %s, %s, %s%s %s" % (n, st, town, county, code, inward), "NI"
    if kind == "Ireland":
        town, county = rng.choice([("Clonakilty", "Co. Cork"), ("Tralee", "Co. Kerry"),
                                   ("Ennis", "Co. Clare"), ("Westport", "Co. Mayo"),
                                   ("Athlone", "Co. Westmeath"), ("Letterkenny", "Co. Donegal"),
                                   ("Galway", "Co. Galway")])
        r = rng.random()
        if r < 0.4:
            return "%d Main Street, %s, %s, %s" % (n, town, county, eircode(rng)), "Ireland_eircode"
        if r < 0.7:
            return "%s, %s, %s" % (rng.choice(["Ballyroe", "Knockbrack", "Cloonee", "Gortnagross"]),
                                   town, county), "Ireland_townland"
        return "Apt %d, The Maltings, Dublin 8, D08 %s" % (rng.randint(1, 40), eircode(rng)[4:]), "Ireland_dublin"
    if kind == "US":
        city, state, ab, z = rng.choice(US)
        st = rng.choice(["Maple Avenue", "Elm St", "Oak Street", "Pine Ridge Drive", "Lakeview Blvd",
                         "W 34th Street", "Sunset Road", "Cedar Lane", "Washington Ave"])
        zipc = z + "%02d" % rng.randint(1, 99)
        apt = rng.choice(["", "", ", Apt 3B", ", Unit 12", " #4"])
        if rng.random() < 0.7:
            return "%d %s%s, %s, %s %s" % (rng.randint(100, 9999), st, apt, city, ab, zipc), "US"
        return "%d %s%s\n%s, %s %s" % (rng.randint(100, 9999), st, apt, city, state, zipc), "US_multiline"
    if kind == "Canada":
        return rng.choice(["%d Queen Street West, Toronto, ON M5H 2N2" % n,
                           "%d rue Sherbrooke Est, Montréal, QC H2K 1B9" % (n * 10),
                           "%d Jasper Avenue, Edmonton, AB T5J 3R8" % (n * 10),
                           "Unit %d, 455 Granville St, Vancouver, BC V6C 1T1" % n]), "Canada"
    if kind == "Australia":
        return rng.choice(["%d Wattle Street, Ballarat VIC 3350" % n,
                           "Unit 4/%d Beach Road, Glenelg SA 5045" % n,
                           "%d Kookaburra Close, Toowoomba QLD 4350" % n,
                           "%d Hay Street, Subiaco WA 6008" % n]), "Australia"
    if kind == "India":
        return rng.choice(["Flat %d, Sai Residency, MG Road, Pune 411001" % (n + 100),
                           "H.No. 5-9-%d, Abids, Hyderabad, Telangana 500001" % n,
                           "%d, 2nd Cross, Jayanagar 4th Block, Bengaluru 560011" % n,
                           "Village Khanpur, PO Phagwara, District Kapurthala, Punjab"]), "India"
    if kind == "Pakistan":
        return rng.choice(["House %d, Street 7, F-8/3, Islamabad" % n,
                           "House No. %d, Block C, Gulberg III, Lahore" % n,
                           "Village Dadyal, District Mirpur, Azad Kashmir",
                           "Flat %d, Clifton Block 5, Karachi" % n]), "Pakistan"
    if kind == "Nigeria":
        return rng.choice(["%d Adeola Odeku Street, Victoria Island, Lagos" % n,
                           "Plot %d, Aminu Kano Crescent, Wuse II, Abuja" % n,
                           "%d Ogui Road, Enugu, Enugu State" % n]), "Nigeria"
    if kind == "Kenya":
        return rng.choice(["P.O. Box %d-00100, Nairobi" % (n * 31),
                           "Apartment %d, Kilimani Court, Argwings Kodhek Road, Nairobi" % n,
                           "Nyali Road, Mombasa"]), "Kenya"
    if kind == "Philippines":
        return rng.choice(["%d Mabini Street, Barangay San Roque, Quezon City 1103" % n,
                           "Blk 5 Lot %d, Phase 2, Lapu-Lapu City, Cebu" % n,
                           "Purok %d, Barangay Poblacion, Tagbilaran City, Bohol" % (n % 9 + 1)]), "Philippines"
    if kind == "Europe":
        return rng.choice(["Calle Mayor %d, 3º B, 28013 Madrid" % n,
                           "Hauptstraße %d, 10827 Berlin" % n,
                           "%d rue des Lilas, 69003 Lyon" % n,
                           "ul. Długa %d/12, 80-827 Gdańsk" % n,
                           "Via Roma %d, 90133 Palermo" % n,
                           "Rua das Flores %d, 4050-265 Porto" % n,
                           "Strada Victoriei %d, Cluj-Napoca" % n,
                           "Avenida del Mar %d, 03501 Benidorm, Alicante" % n]), "Europe"
    return rng.choice(["Lot %d, Old Hope Road, Kingston 6, Jamaica" % n,
                       "%d Coral Drive, Bridgetown, Barbados" % n,
                       "%d Main Road, Chaguanas, Trinidad" % n,
                       "Mon Repos, Gros Islet, St Lucia"]), "Caribbean"


def make_address(rng):
    if rng.random() < 0.6:
        v, f = uk_address(rng)
    else:
        v, f = intl_address(rng)
    if rng.random() < 0.12 and "\n" not in v:
        v = v.lower()
        f += "+lower"
    return v, f


# --------------------------------------------------------------------------
# Sentence frames (added sentences). {X} marks the slot.
# --------------------------------------------------------------------------

TOWN_CUE = [
    "We had to drive all the way to {X} for the scan.",
    "Moved here from {X} last year and this is the best practice I've been with.",
    "I was visiting family near {X} when I took ill.",
    "Being new to {X}, I didn't know where to go.",
    "Transport picked me up from {X} bang on time.",
    "Much better than the service we had back in {X}.",
    "Ended up being sent over to {X} because there were no beds.",
    "The crew got to us in {X} within ten minutes, which is good going.",
    "I'm in {X} most weekends so it's handy having this nearby.",
    "My son drove up from {X} to sit with me.",
    "The bus from {X} only runs every two hours so please think about appointment times.",
    "We live just outside {X} and the ambulance still found us in the fog.",
    "Had to go to {X} for my bloods as there was nothing closer.",
    "Staff even rang ahead to the team in {X} for me.",
    "I got discharged to my daughter's in {X}.",
    "It took 40 minutes to get home to {X} afterwards.",
    "Please open a clinic nearer {X}.",
    "Having worked in hospitals around {X} myself I know how hard they work.",
    "Took mum into {X} for her hip and the transport was spot on.",
    "I come over from {X} twice a week for dialysis.",
    "We were on our way back from {X} when my husband collapsed.",
    "Nobody from {X} should have to wait this long.",
    "The physio came all the way out to {X} to see me.",
    "Grew up in {X} and never had care this good.",
    "Got moved to the ward in {X} on the second night.",
    "We were holidaying in {X} and they treated us like locals.",
    "I'd rather travel to {X} than wait another six weeks here.",
    "The driver knew every back road between here and {X}.",
    "Would be good if there were evening slots for those of us commuting from {X}.",
    "They said the nearest bed was in {X}, miles from my family.",
    "Even my friends in {X} have heard how good this team is.",
    "Stuck in traffic outside {X} for an hour, but the crew kept me calm.",
    "I was referred on to {X} and heard nothing for months.",
    "Couldn't have asked for more, even compared with my old GP in {X}.",
    "I'm originally from {X} so the accent made me feel at home.",
    "The call handler stayed on the line until the ambulance reached {X}.",
]
TOWN_NOCUE = [
    "{X} is lucky to have you.",
    "Just wish {X} had its own minor injuries unit.",
    "{X} folk are well looked after by this team.",
    "Compared to {X}, this place is spotless.",
    "{X}, never again, but this team was brilliant.",
    "Honestly {X} could learn a thing or two from you lot.",
    "Going to tell everyone {X} way about you.",
    "Nowhere round {X} does it better.",
    "{X} born and bred and never had a bad word to say about this service.",
    "Moving to {X} next month, I'll miss you all.",
    "If {X} ever gets a service like this I'll be amazed.",
    "Thank you from all of us up {X} way.",
]
TOWN_SERVICE = [
    "Was sent to {X} first but they had no X-ray.",
    "{X} could learn a lot from you.",
    "Better than {X} any day.",
    "I used to go to {X} but this is far quicker.",
    "The waiting time at {X} was over six hours last time.",
    "They transferred me from {X} without any fuss.",
    "After a bad experience at {X} this restored my faith.",
    "The staff at {X} were rushed off their feet but still kind.",
    "My GP referred me to {X} and I was seen within the week.",
    "Why does everyone get sent to {X} now?",
    "Please pass this on to {X} too, they were part of it.",
    "Had my first appointment at {X} and felt listened to.",
]
TOWN_POSS = [
    "{X}'s finest, the lot of them.",
    "The best thing about {X}'s hospital is the people in it.",
    "{X}'s ambulance crews are a credit.",
    "I've lived in {X}'s old town all my life and this is the best care I've had.",
    "You are a credit to {X}'s health service.",
    "{X}'s roads are a nightmare but the driver got me there on time.",
]
TOWN_SIGNOFF = [
    "Thank you all. - A grateful patient, {X}",
    "From a very happy family in {X}.",
    "Many thanks from {X}.",
    "Regards, a {X} resident.",
    "Best wishes from all of us in {X}",
    "Sent with love from {X} x",
    "A satisfied customer from {X}.",
    "Thanks again, from {X}!",
]
TOWN_VILLAGE = [
    "I live out in {X}, a tiny village, and worried the ambulance wouldn't find us.",
    "Living in a small place like {X}, there isn't much support nearby.",
    "The community nurse comes out to {X} every Tuesday without fail.",
    "There's no bus from {X} so the patient transport is a lifeline.",
    "Our little village of {X} is lucky to have such a good surgery.",
    "It's a long way from {X} but worth the trip.",
]
TOWN_ABROAD = [
    "I was on holiday in {X} last year and the care there was nowhere near this.",
    "My daughter flew over from {X} to be with me.",
    "Even the hospitals in {X} aren't this good, and I should know.",
    "I'm used to the system in {X} so this was all new to me.",
    "Family back in {X} couldn't believe how quickly I was seen.",
    "My husband rang from {X} and the nurse took time to explain everything to him.",
    "I trained as a nurse in {X} and I can tell good care when I see it.",
    "Just back from {X} and came straight here with my chest.",
]
TOWN_LIST2 = [
    "We've tried {X1} and {X2} and this was by far the best.",
    "Buses between {X1} and {X2} don't line up with appointment times.",
    "I split my time between {X1} and {X2} so being able to book online helps.",
    "The crew had already been to {X1} and {X2} that night and were still smiling.",
    "Family came from {X1} and {X2} and were made welcome.",
]
TOWN_LIST3 = [
    "We've been to {X1}, {X2} and {X3} hospitals and this was by far the best.",
    "The nearest beds were in {X1}, {X2} or {X3}, all over an hour away.",
    "I've lived in {X1}, {X2} and now {X3}, and this surgery beats them all.",
    "My family are spread out over {X1}, {X2}, and {X3} so video calls really helped.",
    "Clinics in {X1}/{X2}/{X3} all had waiting lists.",
]
TOWN_COUNTY = [
    "I'm originally from {X1}, {X2}, and was made to feel at home.",
    "Visiting from {X1}, {X2} and was treated like a local.",
    "We were staying near {X1} in {X2} when it happened.",
    "Travelled down from {X1}, {X2} for this appointment and it was worth it.",
    "I now live in {X1} ({X2}) but still come back here.",
    "Moved to {X1}, {X2} last spring and miss this team.",
]

NAME_STAFF = [
    "Special thanks to {X} on reception.",
    "A nurse called {X} looked after me all night.",
    "Please pass my thanks to {X} who did my bloods.",
    "{X} the physio was brilliant with my mum.",
    "The paramedic, {X}, explained everything.",
    "{X} took time to listen and never rushed me.",
    "I would like to mention {X}, who went above and beyond.",
    "Huge thanks to {X} and the team.",
    "{X} made me laugh when I was at my lowest.",
    "Ask for {X}, she's the best.",
    "Our health visitor {X} has been a godsend.",
    "Please can {X} get some recognition for this.",
    "Without {X} I don't think I'd be here.",
    "The call handler, I think her name was {X}, kept me calm.",
    "My care coordinator {X} always rings back.",
    "I saw {X} this time and she sorted everything.",
    "{X} on the night shift deserves a medal.",
    "The student, {X}, was a credit to her training.",
]
NAME_STAFF_POSS = [
    "{X}'s kindness will stay with me.",
    "{X}'s patience with my dad was amazing.",
    "Thanks to {X}'s quick thinking I'm still here.",
    "It was {X}'s first week and you'd never have known.",
]
NAME_REL = [
    "My husband {X} was allowed to stay with me.",
    "My daughter {X} rang on my behalf.",
    "I am writing this for my mum, {X}.",
    "My son {X} has autism and they were so patient with him.",
    "The crew were lovely with my wife {X}.",
    "My partner {X} wasn't allowed in because of covid.",
    "I'm {X}'s carer and I was kept informed throughout.",
    "This is on behalf of my father, {X}.",
    "Our little boy {X} wasn't scared at all.",
    "My neighbour {X} called the ambulance for me.",
    "Signed, {X} (daughter)",
    "My nan {X} said they treated her like royalty.",
    "Written by my granddaughter for me, {X}.",
]
NAME_LOWER_ROLE = [
    "nurse {x} was lovely",
    "my son {x} drove me in and they let him stay.",
    "thanks to dr {x} for sorting my tablets.",
    "my wife {x} was treated really well.",
    "physio {x} pushed me just enough.",
    "the driver {x} even carried my bags.",
    "my daughter {x} filled this in for me.",
    "big thanks to nurse {x} x",
    "my grandson {x} was very impressed.",
    "our midwife {x} was fab.",
]
NAME_PAIR = [
    "{X1} and {X2} on the night shift were fantastic.",
    "Thank you to {X1} and {X2} who came out to me.",
    "{X1} from the crisis team and {X2} from the GP practice worked together brilliantly.",
    "My sister {X1} and her husband {X2} were with me and were kept updated.",
    "Both {X1} and {X2} deserve a pay rise.",
]
NAME_DECOY = [
    "A lovely healthcare assistant called {X} stayed with me.",
    "My granddaughter {X} came in with me.",
    "Nurse {X} was so kind to my mum.",
    "My son {X} drove me in and was allowed to stay.",
    "Thank you to {X} on the reception desk.",
    "The paramedic, {X}, was calm and reassuring.",
    "{X} the physio was patient and funny.",
    "My little girl {X} was brave because of the staff.",
    "I want to thank {X}, the student nurse, for her care.",
]
NAME_DECOY_SURNAME = [
    "{X} explained the operation in plain English.",
    "Many thanks to {X} and her team.",
    "I was seen by {X} who was very thorough.",
    "{X} on the ward was an angel.",
    "{X}, the consultant, phoned me personally.",
]

DATE_FRAMES = [
    "I was seen on {X} and it was quick.",
    "My appointment on {X} was cancelled with no warning.",
    "Since the fall on {X} the team have been fantastic.",
    "The crew came out to me on {X} in the early hours.",
    "I rang on {X} and was told someone would call back.",
    "Had my operation on {X} and I'm already walking.",
    "Our baby was born on {X} and the midwives were amazing.",
    "Discharged on {X} with everything in place.",
    "Waited from {X} until the end of the month for a call back.",
    "My husband was admitted on {X}.",
    "The home visit on {X} was very reassuring.",
    "I've had no letter since {X}.",
    "Thank you for the care on {X}, it was my worst night.",
    "Next appointment is {X} and I'm not dreading it for once.",
]
DATE_PAIR = [
    "Admitted {X1}, discharged {X2}, and treated well throughout.",
    "I was booked in for {X1}, then it was moved to {X2} without a phone call.",
    "Between {X1} and {X2} nobody rang me back.",
]
DOB_FRAMES = [
    "For reference my date of birth is {X}.",
    "Mum's DOB is {X} in case you need to find her notes.",
    "(DOB {X})",
    "Patient date of birth: {X}.",
    "I was born on {X} so I remember a very different NHS.",
]
AGE_FRAMES = [
    "My mum is {X} and they treated her with such dignity.",
    "At {X} years old I didn't expect to be fussed over like this.",
    "Not bad for a man of {X}!",
    "My grandad turned {X} on the ward and they brought him a cake.",
    "I am {X} and live alone so the transport is essential.",
    "Dad is {X} now and still sharp, and they spoke to him, not over him.",
    "My aunt, aged {X}, was left on a trolley for hours.",
    "She is {X} years young and was treated with respect.",
    "Our neighbour is {X} and she was seen within the hour.",
    "I'm {X} and this is the first time I've needed an ambulance.",
    "My {X} year old nan was kept comfortable the whole time.",
    "Looking after a {X}-year-old with dementia is hard and the team really helped.",
    "When you're {X} you appreciate being listened to.",
]
PHONE_FRAMES = [
    "If anyone needs to follow this up, my number is {X}.",
    "They gave me {X} to ring but nobody ever answers.",
    "Please call my son on {X} as I'm hard of hearing.",
    "Ring me on {X} if you want to discuss this.",
    "I called {X} six times before getting through.",
    "My mobile is {X} - happy to talk.",
    "Contact number for my daughter: {X}.",
    "The number on the letter ({X}) just rings out.",
    "You can reach me on {X} any time after 5.",
]
EMAIL_FRAMES = [
    "You can email me at {X}.",
    "I sent my complaint to {X} and heard nothing.",
    "Please reply to {X} as I don't check post.",
    "My daughter's email is {X} if you need to contact the family.",
    "Happy to be contacted: {X}",
    "Letters should go to my son by email, {X}, as I'm partially sighted.",
]
POSTCODE_FRAMES = [
    "Our postcode is {X} and the sat nav still couldn't find us.",
    "Postcode {X} for anyone wondering where the crew came out to.",
    "The driver had the wrong postcode, it's {X}.",
    "I'm at {X} if you need to send anything.",
    "Please note new postcode: {X}.",
    "We're at {X}, right on the edge of the map, so thank you for coming.",
]
POSTCODE_PAIR = [
    "The booking said {X1} but my postcode is {X2}.",
]
ZIP_FRAMES = [
    "My sister flew over from {C}, {S} {X} to help me.",
    "I'm visiting from {C}, {S} {X} and was treated like family.",
    "Please send the bill to my insurer in {C}, {S} {X}.",
    "Back home in {C}, {S} {X} this would have cost thousands.",
    "Our old place was in {C}, {S} {X}.",
]
ZIP_ALONE = [
    "My son is over in {S} {X} and you still managed to get hold of him.",
    "Forms kept asking for a postcode so I put my old one from {S}, {X}.",
    "Our family in {S} {X} were kept updated by phone every day.",
]
HOSP_FRAMES = [
    "My hospital number is {X} if you want to check.",
    "Hospital number {X}.",
    "Patient unit number: {X}.",
    "MRN {X} - please look at my notes.",
    "(hosp no. {X})",
    "My mum's hospital no is {X} and it was on every letter except the one that mattered.",
    "The wristband had the wrong number on it, mine is {X}.",
    "Ref: hospital number {X}, clinic letter never arrived.",
    "Patient ID {X}.",
]
NHS_FRAMES = [
    "My NHS number is {X}.",
    "NHS no: {X}",
    "Please attach this to my record, NHS number {X}.",
    "For reference, NHS {X}.",
    "Dad's NHS number ({X}) was on the form so I don't know why they couldn't find him.",
    "NHS number - {X}",
]
ADDRESS_FRAMES = [
    "Please send letters to {X}, not my old address.",
    "The ambulance went to {X} instead of my house.",
    "Mum lives at {X} and the crew found it easily.",
    "My address is {X}.",
    "I'm staying with my sister at {X} until I'm back on my feet.",
    "Our home address is {X}, please update your records.",
    "Home: {X}.",
    "Appointment letters keep going to {X} even though I moved.",
    "The district nurse visits me at {X} every week.",
    "They collected me from {X} at 7am sharp.",
    "Any replies to {X} please.",
]
ADDRESS_ML_FRAMES = [
    "My address is:\n{X}",
    "Please write to me at\n{X}\nas the last letter never came.",
    "Address for correspondence:\n{X}",
    "Contact me at:\n{X}",
]
NAME_PHONE = [
    "Please ring my daughter {N} on {P} as she deals with my appointments.",
    "If you need me, ask for {N} on {P}.",
]

PLACE_DECOYS = [
    "Reading the discharge letter afterwards, everything made sense.",
    "I left my reading glasses at home and the nurse read everything out for me.",
    "Nice to be treated like a person rather than a number.",
    "Hope this feedback helps.",
    "The nurses helped me have a bath when I couldn't manage on my own.",
    "Bath time on the ward was done with real dignity.",
    "Nothing was a big deal to them.",
    "They even brought me a sandwich at midnight.",
    "It was a real battle to get an appointment.",
    "Battle of the phone lines every morning at 8am though.",
    "Brill service, thank you.",
    "The food was below par this time.",
    "Street lighting in the car park is terrible.",
    "There was mold around the window in the bathroom.",
    "The crook of my arm is still bruised from the cannula.",
    "Eye clinic staff were lovely too.",
    "Keep an eye on the waiting times.",
    "Don't bury the complaints in paperwork.",
    "March was a hard month for us but you got us through.",
    "Wool blankets on the trolley were a lovely touch.",
    "Cheddar sandwiches at teatime were a treat.",
    "My son hurt his knee playing rugby and they were brilliant.",
    "Don't diss the night staff, they're wonderful.",
    "Hay fever season makes the waiting room a sneezefest.",
    "The cork board in the corridor is covered in out of date leaflets.",
    "Please split the appointment into two shorter ones next time.",
    "My mobile died and the receptionist let me use the phone.",
    "Orange juice and toast after the procedure never tasted so good.",
    "I was given a jersey to keep warm on the way in.",
    "Proper china cups on the ward, lovely.",
    "Turkey dinner on Christmas Day was a nice surprise.",
    "Bakewell tart with custard on the menu, well done catering.",
    "Eccles cakes in the day room made my dad's week.",
    "Yorkshire puddings on a Sunday, what more could you want.",
    "Brussels sprouts again though!",
    "Victoria sponge for my birthday from the nurses.",
    "Jaffa cakes and a cup of tea while I waited.",
    "Champagne service on a lemonade budget.",
    "Someone knitted my baby a cardigan, I was in tears.",
    "Wellington boots are not ideal for a hospital visit but that's all I had on!",
    "Normal service resumed after a bad start.",
    "Sale of food at the kiosk stops too early.",
    "Deal with the parking please.",
    "Hull of a day but the staff made it bearable.",
    "Street parking only, which is a nightmare with a wheelchair.",
    "Wells of patience, every one of them.",
    "Crook back and all, I was made comfortable.",
    "Hope the new building is as good as the old one.",
    "Mobile phone signal on the ward is non-existent.",
    "Reading material in the waiting room is from the last decade.",
    "Chester drawers in the side room were broken.",
    "Nice one, keep it up.",
    "Par for the course with the parking, but the care was top notch.",
    "Bury me in paperwork why don't you, but the clinicians were great.",
    "Cork floors in the gym were great for my knees.",
    "Sandwich options for diabetics are poor.",
    "The orange chairs in the waiting room are falling apart.",
    "I'd been reading up online and they answered all my questions.",
    "A real battle with the phone system but worth it.",
    "Wool socks from the nurses kept my feet warm.",
    "China teapot and all, proper old-fashioned care.",
    "The hay bales outside the hospice garden were a nice touch for the kids.",
    "Nothing normal about the level of care, it was exceptional.",
    "Derby day on the telly in the day room cheered everyone up.",
    "Wick of the candle in the chapel was lit for my husband, thank you.",
    "Barking dog next door woke me but the early visit was fine.",
    "Holt the line, we'll be with you soon, said the call handler.",
]
PLACE_DECOYS = [s for s in PLACE_DECOYS if not s.startswith("Holt")]

# --------------------------------------------------------------------------
# Unit realisation
# --------------------------------------------------------------------------


def render(template, slots):
    """template with {X}/{X1}/... ; slots maps key -> list of pieces."""
    pieces = []
    pos = 0
    for m in re.finditer(r"\{([A-Za-z0-9]+)\}", template):
        if m.start() > pos:
            pieces.append((template[pos:m.start()], None))
        pieces.extend(slots[m.group(1)])
        pos = m.end()
    if pos < len(template):
        pieces.append((template[pos:], None))
    return pieces


def ent_piece(value, type_, **facets):
    return [(value, Ent(type_, **facets))]


def town_slot(rng, frame, region=None, allow_service=True):
    t, region = pick_town(rng, region)
    c = town_case(rng)
    return ent_piece(apply_case(t, c), "TOWN", frame=frame, region=region)


def service_slot(rng):
    region = wchoice(rng, [("England", 60), ("village", 8), ("Scotland", 8), ("Wales", 10),
                           ("NI", 7), ("Ireland", 7)])
    t, region = pick_town(rng, region)
    c = town_case(rng)
    pat = rng.choice(SERVICE_PATTERNS)
    if c == "lower":
        pat = pat.lower().replace("{t}", "{T}")
    elif c == "caps":
        pat = pat.upper().replace("{T}", "{T}")
    pre, post = pat.split("{T}")
    out = []
    if pre:
        out.append((pre, None))
    out.append((apply_case(t, c), Ent("TOWN", frame="service", region=region)))
    out.append((post, None))
    return out


def name_slot(rng, role, style=None, gender=None):
    v, form = make_name(rng, style, gender)
    r = rng.random()
    if r < 0.07:
        v = v.upper()
    elif r < 0.1 and form in ("first", "full"):
        v = v.lower()
    return ent_piece(v, "NAME", form=form, role=role)


def realize_added(rng, unit, lower_record):
    """Return (pieces, kind) for an added sentence implementing unit."""
    u = unit
    if u == "town":
        frame = wchoice(rng, [("cue", 42), ("nocue", 12), ("service", 20), ("possessive", 6),
                              ("signoff", 7), ("village", 7), ("abroad", 6)])
        if frame == "cue":
            tpl = rng.choice(TOWN_CUE)
            slot = town_slot(rng, "cue")
        elif frame == "nocue":
            tpl = rng.choice(TOWN_NOCUE)
            slot = town_slot(rng, "nocue")
        elif frame == "service":
            tpl = rng.choice(TOWN_SERVICE)
            slot = service_slot(rng)
        elif frame == "possessive":
            tpl = rng.choice(TOWN_POSS)
            slot = town_slot(rng, "possessive", region=rng.choice(["England", "England", "Wales", "Scotland", "NI"]))
        elif frame == "signoff":
            tpl = rng.choice(TOWN_SIGNOFF)
            slot = town_slot(rng, "signoff")
        elif frame == "village":
            tpl = rng.choice(TOWN_VILLAGE)
            slot = town_slot(rng, "village", region="village")
        else:
            tpl = rng.choice(TOWN_ABROAD)
            slot = town_slot(rng, "abroad", region=rng.choice(["abroad", "abroad", "US", "Ireland"]))
        return render(tpl, {"X": slot}), "town"
    if u == "town_list":
        if rng.random() < 0.55:
            tpl = rng.choice(TOWN_LIST3)
            n = 3
        else:
            tpl = rng.choice(TOWN_LIST2)
            n = 2
        region = rng.choice(["England", "England", "village", "Scotland", "Wales", "NI", "Ireland"])
        c = town_case(rng)
        seen = set()
        slots = {}
        for i in range(1, n + 1):
            while True:
                t, reg = pick_town(rng, region if rng.random() < 0.7 else None)
                if t not in seen:
                    seen.add(t)
                    break
            slots["X%d" % i] = ent_piece(apply_case(t, c), "TOWN", frame="list", region=reg)
        return render(tpl, slots), "town_list"
    if u == "town_county":
        reg, t, county = rng.choice(TOWN_COUNTY_PAIRS)
        c = town_case(rng)
        lead = ""
        if county.startswith("the "):
            lead, county = "the ", county[4:]
        slots = {"X1": ent_piece(apply_case(t, c), "TOWN", frame="town_of_county", region=reg),
                 "X2": ([(apply_case(lead, c), None)] if lead else []) +
                 ent_piece(apply_case(county, c), "TOWN", frame="county", region=reg)}
        return render(rng.choice(TOWN_COUNTY), slots), "town_county"
    if u == "name":
        kind = wchoice(rng, [("staff", 45), ("staff_poss", 8), ("rel", 32), ("lower_role", 15)])
        if kind == "staff":
            tpl = rng.choice(NAME_STAFF)
            style = None
            if re.search(r"called|name was|student|Ask for|health visitor|coordinator", tpl):
                style = rng.choice(["first", "first", "full"])
            g = gender_of(tpl.replace("{X}", ""))
            return render(tpl, {"X": name_slot(rng, "staff", style, g)}), "name"
        if kind == "staff_poss":
            tpl = rng.choice(NAME_STAFF_POSS)
            return render(tpl, {"X": name_slot(rng, "staff_possessive", style=rng.choice(["first", "full", "title_surname"]))}), "name"
        if kind == "rel":
            tpl = rng.choice(NAME_REL)
            g = gender_of(tpl.replace("{X}", "").replace("for me", "").replace(" me", " "))
            if "granddaughter for me" in tpl:
                g = None
            return render(tpl, {"X": name_slot(rng, "relative", rng.choice(["first", "first", "full", "full", "first_initial"]), g)}), "name"
        tpl = rng.choice(NAME_LOWER_ROLE)
        style = "surname" if "dr {x}" in tpl else "first"
        v = rng.choice(SURNAMES).lower() if style == "surname" else person_first(rng, gender_of(tpl)).lower()
        if "dr {x}" in tpl:
            return render(tpl, {"x": ent_piece(v, "NAME", form="surname_lower", role="staff")}), "name"
        return render(tpl, {"x": ent_piece(v, "NAME", form="first_lower", role="after_role_word")}), "name"
    if u == "name_pair":
        tpl = rng.choice(NAME_PAIR)
        g1, g2 = ("f", "m") if "her husband" in tpl else (None, None)
        return render(tpl, {"X1": name_slot(rng, "pair", "first" if rng.random() < 0.6 else "full", g1),
                            "X2": name_slot(rng, "pair", "first" if rng.random() < 0.6 else "full", g2)}), "name_pair"
    if u == "name_decoy":
        if rng.random() < 0.6:
            tpl = rng.choice(NAME_DECOY)
            g = gender_of(tpl.replace("{X}", "").replace("my mum", ""))
            cands = [n for n in PLACE_FIRSTNAMES if g is None or PLACE_GENDER[n] == g]
            v = rng.choice(cands)
            if rng.random() < 0.3:
                v = v + " " + rng.choice(SURNAMES)
            form = "place_word_first"
        else:
            tpl = rng.choice(NAME_DECOY_SURNAME)
            g = gender_of(tpl.replace("{X}", ""))
            v = rng.choice(["Dr", "Mrs", "Sister", "Ms"] if g == "f" else ["Dr", "Mr", "Mrs", "Dr", "Ms"]) + " " + rng.choice(PLACE_SURNAMES)
            form = "place_word_surname"
        return render(tpl, {"X": ent_piece(v, "NAME", form=form, role="decoy")}), "name_decoy"
    if u == "date":
        r = rng.random()
        if r < 0.12:
            v, f = make_dob(rng)
            return render(rng.choice(DOB_FRAMES), {"X": ent_piece(v, "DATE", form=f)}), "date"
        if r < 0.22:
            v1, f1 = make_date(rng)
            v2, f2 = make_date(rng)
            return render(rng.choice(DATE_PAIR), {"X1": ent_piece(v1, "DATE", form=f1),
                                                  "X2": ent_piece(v2, "DATE", form=f2)}), "date_pair"
        v, f = make_date(rng)
        return render(rng.choice(DATE_FRAMES), {"X": ent_piece(v, "DATE", form=f)}), "date"
    if u == "age":
        v, f = make_age(rng)
        tpl = rng.choice(AGE_FRAMES)
        if "{X}-year-old" in tpl and f == "words":
            v = v.replace(" ", "-")
        return render(tpl, {"X": ent_piece(v, "AGE_OVER_89", form=f)}), "age"
    if u == "phone":
        v, f = make_phone(rng)
        return render(rng.choice(PHONE_FRAMES), {"X": ent_piece(v, "PHONE", form=f)}), "phone"
    if u == "email":
        v, f = make_email(rng)
        return render(rng.choice(EMAIL_FRAMES), {"X": ent_piece(v, "EMAIL", form=f)}), "email"
    if u == "postcode":
        if rng.random() < 0.12:
            a, fa = postcode_variant(rng, uk_postcode(rng))
            b, fb = postcode_variant(rng, uk_postcode(rng))
            return render(rng.choice(POSTCODE_PAIR), {"X1": ent_piece(a, "POSTCODE", form=fa),
                                                      "X2": ent_piece(b, "POSTCODE", form=fb)}), "postcode"
        v, f = postcode_variant(rng, uk_postcode(rng))
        return render(rng.choice(POSTCODE_FRAMES), {"X": ent_piece(v, "POSTCODE", form=f)}), "postcode"
    if u == "zip":
        city, state, ab, z = rng.choice(US)
        zipc = z + "%02d" % rng.randint(1, 99)
        if rng.random() < 0.15:
            return render(rng.choice(ZIP_ALONE), {"S": [(state, None)],
                                                  "X": ent_piece(zipc, "ZIP", form="after_state_only")}), "zip"
        st = state if rng.random() < 0.5 else ab
        return render(rng.choice(ZIP_FRAMES), {
            "C": ent_piece(city, "TOWN", frame="us_city_state", region="US"),
            "S": [(st, None)],
            "X": ent_piece(zipc, "ZIP", form="after_state")}), "zip"
    if u == "hosp":
        v, f = make_hosp(rng)
        return render(rng.choice(HOSP_FRAMES), {"X": ent_piece(v, "HOSPITAL_NUMBER", form=f)}), "hosp"
    if u == "nhs":
        v, f = make_nhs(rng)
        return render(rng.choice(NHS_FRAMES), {"X": ent_piece(v, "NHS_NUMBER", form=f)}), "nhs"
    if u == "name_phone":
        v, f = make_phone(rng)
        return render(rng.choice(NAME_PHONE), {"N": name_slot(rng, "relative", "first"),
                                                "P": ent_piece(v, "PHONE", form=f)}), "name_phone"
    if u == "address":
        v, f = make_address(rng)
        if "\n" in v:
            tpl = rng.choice(ADDRESS_ML_FRAMES)
        else:
            tpl = rng.choice(ADDRESS_FRAMES)
        return render(tpl, {"X": ent_piece(v, "ADDRESS", form=f)}), "address"
    raise ValueError(u)


def sentence_case(rng, pieces, lower_record):
    """Sometimes lower-case or upper-case a whole added sentence."""
    ents = [e for _, e in pieces if e is not None]
    mode = None
    if lower_record:
        mode = "lower"
    else:
        vals = [t for t, e in pieces if e is not None]
        if any(case_of(v) == "caps" for v in vals) and rng.random() < 0.5:
            mode = "upper"
        elif any(case_of(v) == "lower" for v in vals) and rng.random() < 0.45:
            mode = "lower"
        elif rng.random() < 0.03:
            mode = "upper"
    if mode == "lower":
        return [(t.lower(), e) for t, e in pieces]
    if mode == "upper":
        # keep e-mail addresses in lower case (people rarely shout them)
        return [(t if (e is not None and e.type == "EMAIL") else t.upper(), e) for t, e in pieces]
    return pieces


# --------------------------------------------------------------------------
# In-sentence insertion into the writer's own words
# --------------------------------------------------------------------------

NEXT_OK = set("""was were is are and but so today yesterday last for with i we they it because when
on as after before had has have which who that very again where this from until too,""".split())


NAME_NEXT_OK = NEXT_OK | set("""who said came explained did took made gave listened helped spoke told rang
called let kept got went could would should didn't never always really also even just looked sorted
stayed arrived asked answered treated showed knew""".split())


def next_name_ok(text, end):
    rest = text[end:]
    if rest.startswith("'s") or rest.startswith("\u2019s"):
        return True
    if rest == "" or re.match(r"[.,!?;:)\-\n]", rest):
        return True
    m = re.match(r" +([A-Za-z']+)", rest)
    return bool(m and m.group(1).lower() in NAME_NEXT_OK)


def next_ok(text, end):
    rest = text[end:]
    if rest == "" or re.match(r"[.,!?;:)\-\n]", rest):
        return True
    m = re.match(r" +([A-Za-z']+)", rest)
    return bool(m and m.group(1).lower() in NEXT_OK)


STAFF_RE = re.compile(r"\b(?:the|a|our|my|one) (nurse|doctor|paramedic|receptionist|midwife|physio|"
                      r"physiotherapist|consultant|surgeon|driver|therapist|health visitor|"
                      r"healthcare assistant|carer|GP|technician|porter|psychiatrist|psychologist|"
                      r"support worker|care coordinator|key worker|worker|call handler|lady|gentleman|"
                      r"dentist|optician|counsellor|pharmacist|OT|CPN|man|woman|girl|guy|chap|lad|"
                      r"ambulance driver|staff member|member of staff|sister|matron|student|manager|"
                      r"social worker|volunteer|radiographer|anaesthetist|registrar|specialist)\b", re.I)
REL_RE = re.compile(r"\b(?:my|our|his|her) (mum|mam|mother|dad|father|husband|wife|son|daughter|"
                    r"nan|nana|gran|granny|grandad|grandma|grandmother|grandfather|partner|brother|"
                    r"sister|aunt|auntie|uncle|friend|neighbour|baby|child|children|boy|girl)\b", re.I)
PLACE_SUFFIX_RE = re.compile(r"\b(hospital|A&E|a&e|A and E|walk[- ]in centre|health centre|"
                             r"surgery|minor injuries|clinic)\b")
PLACE_PREFIX_RE = re.compile(r"\b(?:the|The) (hospital|clinic|surgery|walk[- ]in centre|health centre|"
                             r"practice|hospice|dental practice|maternity unit|minor injuries unit)\b")
ARRIVE_RE = re.compile(r"\b(arrived|came out|turned up|got to me|got here|attended|picked me up)\b", re.I)
HOME_RE = re.compile(r"\b(at|back|me|us|him|her|them|mum|dad) home\b", re.I)
APPT_RE = re.compile(r"\b(appointment|operation|procedure|scan|admission|visit|assessment|"
                     r"discharge|review|x-ray|surgery|phone call|home visit|stay|fall|accident|"
                     r"session|consultation|injection|vaccination|jab|test|smear|check-up|checkup)\b", re.I)
WEEKDAY_RE = re.compile(r"\b(?:on|last|this|next) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
GROUP_RE = re.compile(r"\b(?:the|both|two|all the) (paramedics|crew|ambulance crew|nurses|staff|"
                      r"doctors|drivers|ambulance staff|crew members|midwives|carers|team)\b", re.I)
AREA_RE = re.compile(r"\b(?:the|this|our|my) (area|community|town|village|region)\b")


def orig_matches(segs, regex):
    """Yield (seg_index, match) over original segments."""
    out = []
    for i, (t, e, orig) in enumerate(segs):
        if e is None and orig:
            for m in regex.finditer(t):
                # never reuse a spot where something has already been written in
                if m.end() == len(t) and i < len(segs) - 1:
                    continue
                if m.start() == 0 and i > 0 and not segs[i - 1][2]:
                    continue
                out.append((i, m))
    return out


def splice(segs, i, at, new_pieces):
    t, e, orig = segs[i]
    left, right = t[:at], t[at:]
    repl = []
    if left:
        repl.append((left, None, True))
    for pt, pe in new_pieces:
        repl.append((pt, pe, False))
    if right:
        repl.append((right, None, True))
    segs[i:i + 1] = repl


def try_inline(rng, segs, unit, lower_record):
    """Try to write the unit's detail into the writer's own sentence. Return True on success."""
    def lc(v):
        return v.lower() if lower_record else v

    if unit == "town":
        cands = []
        for i, m in orig_matches(segs, PLACE_SUFFIX_RE):
            if next_ok(segs[i][0], m.end()):
                cands.append(("suffix", i, m))
        for i, m in orig_matches(segs, PLACE_PREFIX_RE):
            cands.append(("prefix", i, m))
        for i, m in orig_matches(segs, HOME_RE):
            if next_ok(segs[i][0], m.end()):
                cands.append(("home", i, m))
        for i, m in orig_matches(segs, ARRIVE_RE):
            if next_ok(segs[i][0], m.end()):
                cands.append(("arrive", i, m))
        for i, m in orig_matches(segs, APPT_RE):
            if next_ok(segs[i][0], m.end()):
                cands.append(("appt", i, m))
        for i, m in orig_matches(segs, AREA_RE):
            cands.append(("area", i, m))
        if not cands:
            return False
        how, i, m = rng.choice(cands)
        region = wchoice(rng, [("England", 60), ("village", 12), ("Scotland", 8), ("Wales", 10), ("NI", 5), ("Ireland", 5)])
        t, reg = pick_town(rng, region)
        c = "lower" if lower_record else town_case(rng)
        v = apply_case(t, c)
        if how == "suffix":
            cue = rng.choice([" in ", " in ", " at ", " in ", " up in ", " over in "])
            if c == "caps" and rng.random() < 0.5:
                cue = cue.upper()
            splice(segs, i, m.end(), [(cue, None), (v, Ent("TOWN", frame="inline_after_service", region=reg))])
        elif how == "prefix":
            at = m.start() + 4
            pieces = [(v, Ent("TOWN", frame="inline_before_service", region=reg)), (" ", None)]
            splice(segs, i, at, pieces)
        elif how == "area":
            at = m.start(1)
            splice(segs, i, at, [(v, Ent("TOWN", frame="inline_before_area", region=reg)), (" ", None)])
        elif how == "home":
            cue = " in " if m.group(1).lower() == "at" else " to "
            splice(segs, i, m.end(), [(cue, None), (v, Ent("TOWN", frame="inline_home", region=reg))])
        elif how == "arrive":
            w = m.group(1).lower()
            cue = {"arrived": " in ", "came out": " to ", "turned up": " in ", "got to me": " in ",
                   "got here": " from ", "attended": " in ", "picked me up": " from "}[w]
            splice(segs, i, m.end(), [(cue, None), (v, Ent("TOWN", frame="inline_after_verb", region=reg))])
        else:
            cue = rng.choice([" in ", " at ", " over in "])
            splice(segs, i, m.end(), [(cue, None), (v, Ent("TOWN", frame="inline_after_appointment", region=reg))])
        return True
    if unit in ("name", "name_pair"):
        groups = [(i, m) for i, m in orig_matches(segs, GROUP_RE) if next_ok(segs[i][0], m.end())]
        if groups and (unit == "name_pair" or rng.random() < 0.3):
            i, m = rng.choice(groups)
            n1, f1 = make_name(rng, rng.choice(["first", "first", "full"]))
            n2, f2 = make_name(rng, rng.choice(["first", "first", "full"]))
            if n1 == n2:
                return False
            if lower_record or rng.random() < 0.15:
                n1, n2 = n1.lower(), n2.lower()
            if unit == "name_pair":
                o, c = rng.choice([(", ", ","), (" (", ")"), (" - ", " -")])
                if not re.match(r" +[A-Za-z]", segs[i][0][m.end():]):
                    c = ""
                splice(segs, i, m.end(), [(o, None), (n1, Ent("NAME", form=f1, role="inline_group")),
                                          (rng.choice([" and ", " & "]), None),
                                          (n2, Ent("NAME", form=f2, role="inline_group")), (c, None)])
            else:
                o, c = rng.choice([(" (especially ", ")"), (", especially ", ","), (" (", ")")])
                if not re.match(r" +[A-Za-z]", segs[i][0][m.end():]) and c == ",":
                    c = ""
                splice(segs, i, m.end(), [(o, None), (n1, Ent("NAME", form=f1, role="inline_group")), (c, None)])
            return True
        if unit == "name_pair":
            return False
        cands = [("staff", i, m) for i, m in orig_matches(segs, STAFF_RE) if next_name_ok(segs[i][0], m.end())] + \
                [("rel", i, m) for i, m in orig_matches(segs, REL_RE)
                 if next_name_ok(segs[i][0], m.end()) and
                 (m.group(1).lower() not in ("children", "baby", "child", "boy", "girl") or rng.random() < 0.5)]
        if not cands:
            return False
        kind, i, m = rng.choice(cands)
        t = segs[i][0]
        role = m.group(1).lower()
        if kind == "staff" and role in ("doctor", "consultant", "surgeon", "gp", "registrar", "specialist",
                                        "anaesthetist", "psychiatrist", "dentist"):
            style = wchoice(rng, [("first", 25), ("full", 30), ("title_surname", 45)])
        elif kind == "staff":
            style = wchoice(rng, [("first", 60), ("full", 32), ("first_initial", 8)])
        else:
            style = wchoice(rng, [("first", 65), ("full", 35)])
        g = gender_of(role) or gender_of(t[m.end():m.end() + 80])
        v, form = make_name(rng, style, g)
        if form == "title_surname" and not v.startswith("Dr"):
            v = "Dr " + v.split(" ", 1)[1]
        r = rng.random()
        if lower_record or r < 0.22:
            v = v.lower()
        elif r < 0.28:
            v = v.upper()
        ent = Ent("NAME", form=form, role="inline_" + kind)
        rest = t[m.end():]
        if rest.startswith("'s") or rest.startswith("’s"):
            splice(segs, i, m.end(), [(" ", None), (v, ent)])
        elif re.match(r" +[A-Za-z]", rest) and rng.random() < 0.6:
            open_, close = rng.choice([(", ", ","), (" (", ")"), (" - ", " -")])
            splice(segs, i, m.end(), [(open_, None), (v, ent), (close, None)])
        elif rng.random() < 0.25 and m.group(0).lower().startswith("a "):
            splice(segs, i, m.end(), [(" called ", None), (v, ent)])
        else:
            splice(segs, i, m.end(), [(" ", None), (v, ent)])
        return True
    if unit == "age":
        cands = [(i, m) for i, m in orig_matches(segs, REL_RE) if m.group(1).lower() in ELDERLY_REL
                 and not re.match(r"\s*(and|&|or)\b", segs[i][0][m.end():])]
        if not cands:
            return False
        i, m = rng.choice(cands)
        v, f = make_age(rng)
        if lower_record:
            v = v.lower()
        at = m.start(1)
        style = rng.choice(["x year old", "x-year-old", "suffix"])
        rest = segs[i][0][m.end():]
        if style == "suffix" and re.match(r" +[A-Za-z]", rest):
            open_, close = rng.choice([(", aged ", ","), (", who is ", ","), (" (", ")"), (" (aged ", ")")])
            splice(segs, i, m.end(), [(open_, None), (v, Ent("AGE_OVER_89", form=f, where="inline")), (close, None)])
            return True
        if style == "x-year-old":
            splice(segs, i, at, [(v.replace(" ", "-"), Ent("AGE_OVER_89", form=f, where="inline")), ("-year-old ", None)])
        else:
            splice(segs, i, at, [(v, Ent("AGE_OVER_89", form=f, where="inline")), (" year old ", None)])
        return True
    if unit == "date":
        wk = orig_matches(segs, WEEKDAY_RE)
        if wk and rng.random() < 0.8:
            i, m = rng.choice(wk)
            v, f = make_date(rng)
            if f in ("iso", "mon_d_y", "dmy_slash", "dmy_slash_short", "dmy_dot_short", "dm_slash"):
                v = "%s" % v
                pieces = [(" (", None), (v, Ent("DATE", form=f, where="inline_after_weekday")), (")", None)]
            elif f == "dth":
                pieces = [(" the ", None), (v, Ent("DATE", form=f, where="inline_after_weekday"))]
            else:
                pieces = [(" ", None), (v, Ent("DATE", form=f, where="inline_after_weekday"))]
            if lower_record:
                pieces = [(t.lower(), e) for t, e in pieces]
            splice(segs, i, m.end(), pieces)
            return True
        cands = [(i, m) for i, m in orig_matches(segs, APPT_RE) if next_ok(segs[i][0], m.end())]
        if not cands:
            return False
        i, m = rng.choice(cands)
        v, f = make_date(rng)
        if lower_record:
            v = v.lower()
        splice(segs, i, m.end(), [(rng.choice([" on ", " on ", " on the " if f in ("dth",) else " on "]), None),
                                  (v, Ent("DATE", form=f, where="inline"))])
        return True
    if unit == "address":
        cands = [(i, m) for i, m in orig_matches(segs, HOME_RE)
                 if m.group(1).lower() != "at" and next_ok(segs[i][0], m.end())]
        if not cands:
            return False
        i, m = rng.choice(cands)
        v, f = make_address(rng)
        if "\n" in v:
            v = v.replace("\n", ", ")
            f = f.replace("multiline", "oneline")
        if lower_record:
            v = v.lower()
        splice(segs, i, m.end(), [(" to ", None), (v, Ent("ADDRESS", form=f, where="inline"))])
        return True
    return False


# --------------------------------------------------------------------------
# Source selection
# --------------------------------------------------------------------------

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’&-]*")


def load_excluded_ids():
    ids = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "evaluation", "data", "redaction_*.jsonl"))):
        m = re.search(r"redaction_devset(\d+)\.jsonl$", path)
        if m and int(m.group(1)) >= 17:
            continue  # this set and any later ones (keeps the build reproducible)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])
    return ids


def load_comments():
    rows = []
    with open(os.path.join(FFT_DIR, "fft_phase1.csv"), encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            rows.append(("fft1:%d" % i, (r.get("feedback") or "").strip(), r.get("row_index")))
    with open(os.path.join(FFT_DIR, "fft_phase2_v6framework.csv"), encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            rows.append(("fft2:%s" % r["Comment ID"], (r.get("FFT answer") or "").strip(), None))
    return rows


def build_vocab(rows):
    lower = collections.Counter()
    caps = collections.Counter()
    for _, t, _ in rows:
        seen_caps = set()
        for w in WORD_RE.findall(t):
            if w.islower():
                lower[w] += 1
            elif len(w) >= 2 and w.isupper():
                seen_caps.add(w)
        for w in seen_caps:
            caps[w] += 1
    return lower, caps


ACRONYMS = {"I", "A&E", "NHS", "GP", "GPS", "OK", "ECG", "MRI", "CT", "PTS", "ICU", "ITU", "CPN",
            "CBT", "OT", "X-RAY", "COVID", "PPE", "TV", "DVD", "CAMHS", "IAPT", "ADHD", "OCD", "PTSD",
            "MND", "MS", "COPD", "A", "IV", "B", "ASAP", "ENT", "AE", "UK"}
POOL_WORDS = set()
for _lst in (ENGLAND, VILLAGES, SCOTLAND, WALES, NIRELAND, IRELAND, ABROAD, FIRST_F, FIRST_M,
             SURNAMES, PLACE_FIRSTNAMES, PLACE_SURNAMES):
    for _w in _lst:
        for _p in sp(_w).split():
            POOL_WORDS.add(_p.lower())
for _u in US:
    POOL_WORDS.add(_u[0].lower())


def clean_comment(text, lower, caps):
    if not (20 <= len(text) <= 600):
        return False
    if re.search(r"x{3,}|X{3,}|\*\*\*|\[.*?\]|@|www|http|£", text):
        return False
    if re.search(r"\d{3,}|\d+\s*(st|nd|rd|th)\b|\d+[/.-]\d+|\b\d+\s*(yrs?|years?)\b", text, re.I):
        return False
    if re.search(r"\b9\d\b|\bninety|\bhundred|\baged? \d|\bDOB\b|date of birth|\bborn\b", text, re.I):
        return False
    if re.search(r"\b(dr|mr|mrs|ms|miss|sister|nurse|dr\.)\s+[A-Z]", text):
        return False
    if re.search(r"\b(called|named|name is|name was)\b", text, re.I):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / float(len(letters)) > 0.3:
        return False
    for w in WORD_RE.findall(text):
        lw = w.lower()
        if w[0].isupper():
            if re.match(r"I['’](m|ve|d|ll)$", w):
                continue
            if w.upper() in ACRONYMS or w.rstrip("s") in ACRONYMS:
                continue
            if w.isupper() and len(w) >= 2:
                if caps[w] >= 5 or lower[lw] >= 3:
                    continue
                return False
            base = re.sub(r"['’]s$", "", lw)
            if lower[base] >= 3 or lower[lw] >= 3:
                continue
            return False
        else:
            if lw in POOL_WORDS and lower[lw] < 30:
                return False
    return True


def split_ok_positions(text):
    """Sentence boundary positions (index where the next sentence starts)."""
    return [m.end() for m in re.finditer(r"[.!?]+[\"')]?\s+(?=[A-Za-z])", text)]


# --------------------------------------------------------------------------
# Record assembly
# --------------------------------------------------------------------------

UNIT_DECK = [("town", 300), ("town_list", 24), ("town_county", 22), ("address", 160),
             ("name", 165), ("name_pair", 9), ("name_decoy", 26), ("date", 72), ("age", 34),
             ("phone", 22), ("email", 16), ("postcode", 16), ("zip", 14), ("hosp", 18), ("nhs", 16),
             ("name_phone", 6)]
INLINE_P = {"town": 0.8, "name": 0.85, "name_pair": 0.9, "age": 0.85, "date": 0.8, "address": 0.25}


def assemble(rng, original, units, decoy_sentence):
    lower_record = original == original.lower()
    segs = [(original, None, True)]
    added = []
    placements = []
    for u in units:
        if u in INLINE_P and rng.random() < INLINE_P[u] and try_inline(rng, segs, u, lower_record):
            placements.append("inline")
            continue
        pieces, _ = realize_added(rng, u, lower_record)
        pieces = sentence_case(rng, pieces, lower_record)
        added.append(pieces)
    if decoy_sentence is not None:
        d = decoy_sentence.lower() if lower_record else decoy_sentence
        added.append([(d, None)])
    rng.shuffle(added)
    for pieces in added:
        last = pieces[-1][0].rstrip()
        tail_only = (not re.search(r"[.!?)]$", last)) or pieces[0][0].lower().startswith(
            ("thank you all. -", "from a very happy", "many thanks from", "regards,", "best wishes from",
             "sent with love", "a satisfied customer", "thanks again, from", "signed,"))
        # choose position: before / after / middle
        bounds = []
        for i, (t, e, orig) in enumerate(segs):
            if e is None and orig:
                for b in split_ok_positions(t):
                    if 0 < b < len(t):
                        bounds.append((i, b))
        r = rng.random()
        if tail_only:
            r = 1.0
        if bounds and r < 0.3:
            i, b = rng.choice(bounds)
            t = segs[i][0]
            # the boundary's whitespace already precedes; add a space after the new sentence
            new = [(p, e, False) for p, e in pieces]
            tail = " " if not pieces[-1][0].endswith("\n") else ""
            segs[i:i + 1] = [(t[:b], None, True)] + new + [(tail, None, False), (t[b:], None, True)]
            placements.append("middle")
        elif r < 0.55:
            sep = rng.choice([" ", " ", " ", "\n"])
            segs[0:0] = [(p, e, False) for p, e in pieces] + [(sep, None, False)]
            placements.append("before")
        else:
            full = "".join(s[0] for s in segs)
            if re.search(r"[.!?)]$", full):
                sep = rng.choice([" ", " ", " ", "\n", "\n\n"])
            else:
                sep = rng.choice([". ", ". ", " - ", "\n"])
            segs.append((sep, None, False))
            segs.extend((p, e, False) for p, e in pieces)
            placements.append("after")
    text = ""
    ents = []
    for t, e, _ in segs:
        if e is not None:
            ents.append((len(text), len(text) + len(t), t, e))
        text += t
    return text, ents, placements


def validate(text, ents, original, lower):
    last = 0
    for s, e, v, ent in ents:
        assert text[s:e] == v
        assert s >= last, "overlap"
        assert v == v.strip() and v
        last = e
    # no planted TOWN/NAME value may also appear unlabelled elsewhere in the text
    spans = [(s, e) for s, e, _, _ in ents]
    for s, e, v, ent in ents:
        if ent.type not in ("TOWN", "NAME"):
            continue
        for tok in [v] + [w for w in re.findall(r"[A-Za-z'’.-]+", v) if len(w) > 3 and w[0].isalpha()]:
            if tok != v and lower[tok.lower()] >= 5:
                continue
            if ent.type == "NAME" and tok in ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Sister", "Nurse", "Prof", "Professor"):
                continue
            for m in re.finditer(r"(?<![A-Za-z])" + re.escape(tok) + r"(?![A-Za-z])", text, re.I):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    return False
    return True


def build(stats=False):
    rng = random.Random(SEED)
    excluded = load_excluded_ids()
    rows = load_comments()
    # phase-1 ids: also exclude the row whose row_index column equals an excluded index,
    # and any comment whose text equals an excluded comment's text
    excl_idx = set(int(x.split(":")[1]) for x in excluded if x.startswith("fft1:"))
    excluded_texts = set()
    by_id = {}
    for i, (cid, t, rix) in enumerate(rows):
        by_id[cid] = t
    for cid in excluded:
        if cid in by_id:
            excluded_texts.add(by_id[cid].lower())
    for cid, t, rix in rows:
        if rix is not None and rix.isdigit() and int(rix) in excl_idx:
            excluded_texts.add(t.lower())
    lower, caps = build_vocab(rows)
    seen_text = set()
    pool = []
    for cid, t, rix in rows:
        if cid in excluded or t.lower() in excluded_texts:
            continue
        if t.lower() in seen_text:
            continue
        if not clean_comment(t, lower, caps):
            continue
        seen_text.add(t.lower())
        pool.append((cid, t))
    # weighted sample without replacement (longer comments a little more likely)
    keyed = []
    for cid, t in pool:
        w = min(len(t), 300) ** 0.8
        keyed.append((rng.random() ** (1.0 / w), cid, t))
    keyed.sort(reverse=True)
    chosen = [(cid, t) for _, cid, t in keyed[:N_RECORDS]]
    rng.shuffle(chosen)

    deck = []
    for u, n in UNIT_DECK:
        deck.extend([u] * n)
    rng.shuffle(deck)
    # name_decoy units go to distinct records
    assign = [[] for _ in range(N_RECORDS)]
    decoy_idx = set(rng.sample(range(N_RECORDS), N_PLACE_DECOY))
    order = list(range(N_RECORDS))
    rng.shuffle(order)
    non_decoy = [i for i in order if i not in decoy_idx]
    k = 0
    for i in non_decoy:  # at least one unit each
        assign[i].append(deck[k])
        k += 1
    # about two thirds of place-decoy records also carry a detail
    for i in [i for i in order if i in decoy_idx][: int(N_PLACE_DECOY * 0.65)]:
        assign[i].append(deck[k])
        k += 1
    while k < len(deck):
        i = rng.randrange(N_RECORDS)
        if len(assign[i]) >= 4 or (deck[k] == "name_decoy" and "name_decoy" in assign[i]):
            continue
        assign[i].append(deck[k])
        k += 1

    decoy_sentences = list(PLACE_DECOYS)
    rng.shuffle(decoy_sentences)
    records = []
    meta = []
    for idx, (cid, original) in enumerate(chosen):
        decoy = None
        if idx in decoy_idx:
            decoy = decoy_sentences[len([j for j in decoy_idx if j < idx]) % len(decoy_sentences)]
        for attempt in range(50):
            text, ents, placements = assemble(rng, original, assign[idx], decoy)
            if validate(text, ents, original, lower):
                break
        else:
            raise RuntimeError("could not build " + cid)
        rec = {"id": cid, "text": text, "original": original,
               "entities": [{"start": s, "end": e, "type": ent.type, "value": v,
                             "profiles": list(PROFILES[ent.type])} for s, e, v, ent in ents]}
        for en in rec["entities"]:
            assert rec["text"][en["start"]:en["end"]] == en["value"]
        records.append(rec)
        meta.append((ents, placements, decoy is not None, "name_decoy" in assign[idx]))

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    if stats:
        print_stats(records, meta, len(pool))


def print_stats(records, meta, pool_size):
    by_type = collections.Counter()
    facets = collections.defaultdict(collections.Counter)
    placements = collections.Counter()
    for rec, (ents, pl, is_decoy, has_name_decoy) in zip(records, meta):
        placements.update(pl)
        for s, e, v, ent in ents:
            by_type[ent.type] += 1
            facets[(ent.type, "case")][case_of(v)] += 1
            for k, val in sorted(ent.facets.items()):
                facets[(ent.type, k)][val] += 1
    print("candidate pool after filters: %d" % pool_size)
    print("records: %d" % len(records))
    print("entities: %d" % sum(by_type.values()))
    print("records with no entity: %d" % sum(1 for r in records if not r["entities"]))
    print("place-word decoy records: %d" % sum(1 for m in meta if m[2]))
    print("records with a place-word-as-name NAME: %d" % sum(1 for m in meta if m[3]))
    print("records from fft1 / fft2: %d / %d" % (sum(r["id"].startswith("fft1:") for r in records),
                                                sum(r["id"].startswith("fft2:") for r in records)))
    print("placement of details (added sentences and inline): %s" % dict(sorted(placements.items())))
    print("\nper type:")
    for t, n in sorted(by_type.items(), key=lambda x: -x[1]):
        print("  %-16s %d" % (t, n))
    print("\nper type and form:")
    for (t, k) in sorted(facets):
        c = facets[(t, k)]
        print("  %s.%s: %s" % (t, k, ", ".join("%s=%d" % (a, b) for a, b in sorted(c.items(), key=lambda x: (-x[1], x[0])))))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    build(stats=args.stats)
