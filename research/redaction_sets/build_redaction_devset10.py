#!/usr/bin/env python3
"""Build redaction development set 10 (round 13).

Real NHS Friends and Family Test comments with invented personal details planted into them.
Most of the weight is on addresses written the way UK patients write them, then names and
hospital numbers. Standard library only; deterministic (one random.Random(seed)).

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset10.py [--stats]
"""
from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import json
import os
import random
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_NAME = "redaction_devset10.jsonl"

BOTH = ["standard", "hipaa_safe_harbor"]
HIPAA = ["hipaa_safe_harbor"]
HIPAA_ONLY = {"DATE", "AGE_OVER_89", "TOWN"}

TARGETS = {
    "ADDRESS": 305, "NAME": 255, "HOSPITAL_NUMBER": 102, "DATE_OF_BIRTH": 30, "PHONE": 20,
    "EMAIL": 15, "NHS_NUMBER": 15, "POSTCODE": 15, "ZIP": 5, "URL": 5, "DATE": 20, "TOWN": 20,
    "AGE_OVER_89": 10,
}

# ----------------------------------------------------------------------------- names
FEMALE = """Ottilie Marisol Yewande Folasade Anouk Bronwen Siobhán Ngozi Priyanka Xiaoling Dagmara
Ileana Rūta Kalani Róisín Mairead Fenella Perpetua Tamsin Lowri Adwoa Zainab Hafsa Nusrat Shabnam
Jiayi Oksana Halyna Svetlana Beatriz Graça Leilani Jacinta Marguerite Philippa Rosalind Winifred
Edna Muriel Doreen Gwyneth Morag Kirsty Shona Ailsa Seren Elin Rukhsana Saoirse Aoibhinn Thandiwe
Chiamaka Ifeoma Nkechi Ewelina Zuzanna Raluca Andreea Yasmin Deepika Anjali Kamaljit Mehwish
Nilufar Ayaan Hodo Saba Lucía Maëlle Bernadette Glenys Pauline Janice Lorraine Tracey""".split()
MALE = """Oisín Cathal Pádraig Emeka Chidi Kwabena Yaw Abdullahi Mahamed Tesfay Yonas Wojciech
Grzegorz Mihai Darius Tomasz Rui Thiago Rodrigo Nuno Rahim Imran Sandeep Gurpreet Harjit Anil Ravi
Dinesh Wei Hao Duc Baran Serkan Emre Karim Youssef Rhodri Gethin Iwan Dafydd Callum Fraser Hamish
Ewan Alasdair Ruaridh Clive Nigel Trevor Keith Derek Barry Malcolm Reginald Cyril Kofi Obinna
Segun Jakub Ionuț Vytautas Sebastião Arnav Vikram Zubair Shahid Farhan Tuan Bilal Hüseyin Lars""".split()
UNISEX = "Alex Jordan Morgan Jamie Kit Remy Ashley Rowan Sasha Jesse Ellis Charlie".split()
WORDLIKE = """Hope Joy Grace Faith Rose Holly Will Mark Bill Frank Sandy Dawn Summer Robin Jack Pat Drew
Chase Hunter Heather Pearl Ruby Amber Ray Miles Iris Ivy Daisy Violet Hazel Sky River Rocky Sunny
Gene Carol Crystal Patience Honor Earl Misty Buck""".split()
NICK = """Bazza Shaz Trev Mags Kaz Jonno Deano Bex Jacko Tommo Smudge Gilly Sooz Hattie Mo Davo Chaz
Titch Bev Sal Gaz Lol Jax Nobby""".split()
SURNAME = """Okonkwo Adeyemi Boateng Abdi Warsame Haile Tekle Kowalczyk Wiśniewska Popescu Dumitru
Kazlauskas Ferreira Carvalho Santos Bautista Reyes Nair Pillai Chaudhry Qureshi Rahman Hossain Perera
Fernando Wong Liu Nguyen Tran Yılmaz Öztürk Haddad Khoury MacLeod MacKinnon Pryce Llewellyn
Fitzwilliam Ashworth Pickersgill Greenhalgh Thwaite Braithwaite Hargreaves Postlethwaite Oldroyd
Trelawney Penhaligon Grieve Drummond Urquhart Kerr Sutherland Gallagher Donnelly Mulholland Quigley
Doherty Kavanagh Agarwal Ramaswamy Bhattacharya Iqbal Mirza Osei Asante Danquah Eze Nwosu Obi
Jankowski Zielińska Nowak Horvat Petrov Ivanova Lindqvist Castellano Moreira Gonçalves Lam Cheung
Pham Demir Aydın Farouk Mansour Dlamini Ncube Achterberg Whitlock Cartwright Pennington Ollerenshaw""".split()
WORD_SURNAME = "Baker Fisher Shepherd Bird Hill Wood Little Young Bishop Marsh Best Snow Frost Bell Gold Winter".split()
ODD_SURNAME = """O'Sullivan O'Hare D'Souza De'Ath Mensah-Bonsu Vaughan-Thomas Lloyd-Price ap Rhys
dela Cruz van Rensburg le Roux Ní Bhriain Ó Briain Mac Giolla Bhríde St Clair di Marco""".split()
ODD_SURNAME = ["O'Sullivan", "O'Hare", "D'Souza", "De'Ath", "Mensah-Bonsu", "Vaughan-Thomas",
               "Lloyd-Price", "ap Rhys", "dela Cruz", "van Rensburg", "le Roux", "Ní Bhriain",
               "Ó Briain", "St Clair", "di Marco", "Mac an Bhaird", "Abu-Bakr", "Smith-Okafor"]

# ----------------------------------------------------------------------------- places
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
# (town, county, [outward codes]); county may be "" where the town is its own county town
ENGLAND = [
    ("Stow-on-the-Wold", "Gloucestershire", ["GL54"]), ("Bishop's Castle", "Shropshire", ["SY9"]),
    ("Ashby-de-la-Zouch", "Leicestershire", ["LE65"]), ("Newton Abbot", "Devon", ["TQ12"]),
    ("Henley-in-Arden", "Warwickshire", ["B95"]), ("Market Harborough", "Leicestershire", ["LE16"]),
    ("Bury St Edmunds", "Suffolk", ["IP33", "IP32"]), ("Leighton Buzzard", "Bedfordshire", ["LU7"]),
    ("Weston-super-Mare", "Somerset", ["BS23", "BS24"]), ("Barrow-in-Furness", "Cumbria", ["LA14"]),
    ("Berwick-upon-Tweed", "Northumberland", ["TD15"]), ("Hebden Bridge", "West Yorkshire", ["HX7"]),
    ("Kirkby Stephen", "Cumbria", ["CA17"]), ("Much Wenlock", "Shropshire", ["TF13"]),
    ("Bishop's Stortford", "Hertfordshire", ["CM23"]), ("King's Lynn", "Norfolk", ["PE30"]),
    ("Newcastle-under-Lyme", "Staffordshire", ["ST5"]), ("Chapel-en-le-Frith", "Derbyshire", ["SK23"]),
    ("Ross-on-Wye", "Herefordshire", ["HR9"]), ("Bradford-on-Avon", "Wiltshire", ["BA15"]),
    ("Moreton-in-Marsh", "Gloucestershire", ["GL56"]), ("Wotton-under-Edge", "Gloucestershire", ["GL12"]),
    ("Saffron Walden", "Essex", ["CB10", "CB11"]), ("Wells-next-the-Sea", "Norfolk", ["NR23"]),
    ("Shepton Mallet", "Somerset", ["BA4"]), ("Market Drayton", "Shropshire", ["TF9"]),
    ("Church Stretton", "Shropshire", ["SY6"]), ("Stockton-on-Tees", "Cleveland", ["TS18", "TS19"]),
    ("Guisborough", "North Yorkshire", ["TS14"]), ("Northallerton", "North Yorkshire", ["DL6", "DL7"]),
    ("Hexham", "Northumberland", ["NE46"]), ("Morpeth", "Northumberland", ["NE61"]),
    ("Alnwick", "Northumberland", ["NE66"]), ("Whitby", "North Yorkshire", ["YO21", "YO22"]),
    ("Pickering", "North Yorkshire", ["YO18"]), ("Skipton", "North Yorkshire", ["BD23"]),
    ("Ilkley", "West Yorkshire", ["LS29"]), ("Kettering", "Northamptonshire", ["NN15", "NN16"]),
    ("Oakham", "Rutland", ["LE15"]), ("Spalding", "Lincolnshire", ["PE11"]),
    ("Sleaford", "Lincolnshire", ["NG34"]), ("Louth", "Lincolnshire", ["LN11"]),
    ("Woodhall Spa", "Lincolnshire", ["LN10"]), ("Sutton Coldfield", "West Midlands", ["B73", "B74"]),
    ("Bishop Auckland", "Durham", ["DL14"]), ("Consett", "Durham", ["DH8"]),
    ("Barnard Castle", "Durham", ["DL12"]), ("Seaham", "Co Durham", ["SR7"]),
    ("Chester-le-Street", "County Durham", ["DH2", "DH3"]), ("Durham", "", ["DH1"]),
    ("Lancaster", "", ["LA1"]), ("Warwick", "", ["CV34"]), ("Carnforth", "Lancaster", ["LA5"]),
    ("Morecambe", "Lancaster", ["LA4"]), ("Kenilworth", "Warwick", ["CV8"]),
    ("Leamington Spa", "Warwick", ["CV31", "CV32"]), ("Bedford", "Bedfordshire", ["MK40", "MK41"]),
    ("Stafford", "Staffs", ["ST16", "ST17"]), ("Lincoln", "Lincolnshire", ["LN1", "LN6"]),
    ("Hereford", "Herefordshire", ["HR1", "HR4"]), ("Buckingham", "Bucks", ["MK18"]),
    ("Hertford", "Herts", ["SG13", "SG14"]), ("Cambridge", "Cambs", ["CB1", "CB4"]),
    ("Newport Pagnell", "Buckinghamshire", ["MK16"]), ("Milton Keynes", "Bucks", ["MK9", "MK12"]),
    ("Melton Mowbray", "Leicestershire", ["LE13"]), ("Burnham-on-Sea", "Somerset", ["TA8"]),
    ("Tunbridge Wells", "Kent", ["TN1", "TN4"]), ("Sittingbourne", "Kent", ["ME10"]),
    ("Bognor Regis", "West Sussex", ["PO21", "PO22"]), ("Haywards Heath", "West Sussex", ["RH16"]),
    ("Westward Ho!", "Devon", ["EX39"]), ("St Austell", "Cornwall", ["PL25"]),
    ("Lostwithiel", "Cornwall", ["PL22"]), ("Thornton-Cleveleys", "Lancashire", ["FY5"]),
]
# villages with their post town: (village, post town, county, [outward])
VILLAGES = [
    ("Great Ayton", "Middlesbrough", "North Yorkshire", ["TS9"]),
    ("Long Sutton", "Spalding", "Lincolnshire", ["PE12"]),
    ("Sutton-on-the-Forest", "York", "North Yorkshire", ["YO61"]),
    ("Little Snoring", "Fakenham", "Norfolk", ["NR21"]),
    ("Upton-upon-Severn", "Worcester", "Worcestershire", ["WR8"]),
    ("Ashton-under-Hill", "Evesham", "Worcestershire", ["WR11"]),
    ("Chipping Campden", "Chipping Campden", "Gloucestershire", ["GL55"]),
    ("Much Hadham", "Ware", "Hertfordshire", ["SG10"]),
    ("Kirkby-in-Ashfield", "Nottingham", "Notts", ["NG17"]),
    ("Bolton-le-Sands", "Carnforth", "Lancashire", ["LA5"]),
    ("Ashwell", "Baldock", "Hertfordshire", ["SG7"]),
    ("Bishop's Waltham", "Southampton", "Hampshire", ["SO32"]),
    ("Newton-le-Willows", "Warrington", "Merseyside", ["WA12"]),
    ("Barton-upon-Humber", "Barton-upon-Humber", "North Lincolnshire", ["DN18"]),
    ("Stoke Gabriel", "Totnes", "Devon", ["TQ9"]),
    ("Castle Hedingham", "Halstead", "Essex", ["CO9"]),
    ("West Auckland", "Bishop Auckland", "Durham", ["DL14"]),
    ("Sherburn in Elmet", "Leeds", "West Yorkshire", ["LS25"]),
    ("Hutton-le-Hole", "York", "North Yorkshire", ["YO62"]),
    ("Bourton-on-the-Water", "Cheltenham", "Gloucestershire", ["GL54"]),
]
SCOTLAND = [
    ("Kirkcudbright", "Kirkcudbrightshire", ["DG6"]), ("Auchtermuchty", "Fife", ["KY14"]),
    ("Newton Stewart", "Wigtownshire", ["DG8"]), ("Inverurie", "Aberdeenshire", ["AB51"]),
    ("Fort William", "Inverness-shire", ["PH33"]), ("Dunfermline", "Fife", ["KY11", "KY12"]),
    ("Portree", "Isle of Skye", ["IV51"]), ("Peebles", "Peeblesshire", ["EH45"]),
    ("Kirkintilloch", "Glasgow", ["G66"]), ("Broughty Ferry", "Dundee", ["DD5"]),
]
WALES = [
    ("Llanfair Caereinion", "Powys", ["SY21"]), ("Betws-y-Coed", "Conwy", ["LL24"]),
    ("Newcastle Emlyn", "Carmarthenshire", ["SA38"]), ("Llandrindod Wells", "Powys", ["LD1"]),
    ("Ystradgynlais", "Powys", ["SA9"]), ("Merthyr Tydfil", "Mid Glamorgan", ["CF47", "CF48"]),
    ("Pontypridd", "Rhondda Cynon Taf", ["CF37"]), ("Blaenau Ffestiniog", "Gwynedd", ["LL41"]),
]
NIRELAND = [
    ("Newtownabbey", "Co. Antrim", ["BT36", "BT37"]), ("Ballymoney", "Co. Antrim", ["BT53"]),
    ("Enniskillen", "Co. Fermanagh", ["BT74"]), ("Dungannon", "Co. Tyrone", ["BT70", "BT71"]),
    ("Newry", "Co. Down", ["BT34", "BT35"]), ("Cookstown", "Co. Tyrone", ["BT80"]),
    ("Limavady", "Co. Londonderry", ["BT49"]),
]
US = [("Albany", "NY", "122"), ("Madison", "WI", "537"), ("Boise", "ID", "837"),
      ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Tulsa", "OK", "741"),
      ("Savannah", "GA", "314"), ("Spokane", "WA", "992")]
US_STREETS = ["Maple Ave", "N Juniper St", "Old Mill Rd", "E Sycamore Blvd", "Lakeview Dr",
              "W Hickory Ln", "Prairie Wind Ct", "S Magnolia Pkwy"]
ABROAD = ["Tenerife", "Gdańsk", "Lagos", "Kraków", "the Algarve", "Cluj-Napoca", "Sylhet", "Benidorm"]

WORD_STREETS = ["Church Street", "High Street", "The Green", "Back Lane", "The Avenue", "Main Road",
                "Main Street", "Station Road", "Mill Lane", "School Lane", "Chapel Street",
                "King Street", "Victoria Road", "Park Road", "The Crescent", "The Square",
                "Queen Street", "North Road", "Bridge Street", "Market Place", "The Parade",
                "The Close", "Water Lane", "Green Lane", "New Road", "Manor Road", "London Road",
                "West Street", "Cross Street", "The Drive", "Long Lane", "Front Street",
                "Chapel Row", "Town End", "The Hollow", "Church Walk", "Hill Top", "Low Road"]
STEMS = ["Hawthorn", "Larkspur", "Copperfield", "Fernbank", "Ravensworth", "Tollgate", "Kiln",
         "Saltmarsh", "Foxglove", "Pennywell", "Bracken", "Wheatsheaf", "Ashdown", "Cowslip",
         "Heron", "Quayside", "Sandpiper", "Brambling", "Ridgeway", "Elmtree", "Thornleigh",
         "Glebe", "Rookery", "Sheepfold", "Coronation", "Jubilee", "Tannery", "Ropewalk",
         "Pinfold", "Orchard", "Beckside", "Nightingale", "Kingfisher", "Haymarket", "Westfield",
         "Oakfield", "Millstream", "Lindisfarne", "Bluebell", "Primrose"]
TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Gardens", "Crescent",
         "Grove", "Terrace", "Place", "Walk", "Rise", "Mews", "Court", "View", "Row", "Croft"]
ABBREV = {"Road": ["Rd", "Rd.", "Raod", "rd", "RD"], "Street": ["St", "St.", "Steet", "Str", "st"],
          "Avenue": ["Ave", "Ave.", "Av", "Avenu"], "Crescent": ["Cres", "Cresc.", "Crescant"],
          "Gardens": ["Gdns", "Gdns."], "Terrace": ["Terr", "Ter."], "Lane": ["Ln", "Lnae"],
          "Drive": ["Dr", "Drv"], "Close": ["Cl", "Cl."], "Place": ["Pl"], "Court": ["Ct"]}
HOUSE_NAMES = ["The Cottage", "The Old Forge", "The Willows", "The Barn", "The Coach House",
               "The Laurels", "The Old Rectory", "The Bungalow", "The Stables", "The Orchard",
               "The Granary", "The Old School House", "The Lodge", "The Haven", "The Beeches"]
NAMED_HOUSES = ["Rose Cottage", "Bramble Cottage", "Ivy House", "Hillcrest", "Fairview",
                "Sunnyside", "Meadow View", "Tŷ Gwyn", "Glenview", "Lower Farm", "Highfield Farm"]
HOMES = ["Ashlea Court Care Home", "Fernleigh Nursing Home", "Willowbrook Lodge",
         "St Hilda's Residential Home", "Beacon View Care Centre", "Oakwood Sheltered Housing"]

# ----------------------------------------------------------------------------- carriers
# slot names: N first name, FN full name, S surname (after a literal title), NL lower-case first,
# NK nickname, NI initial+surname, NC capitals full name, A address (one line), AL address over
# lines, AN street + town in narrative, H hospital number, D date of birth, P phone, E e-mail,
# NHS nhs number, PC postcode, Z zip, U url, DT date, T town, AGE age over 89.
# position: any / start / end
CARRIERS = [
    # addresses
    ("any", "My mum lives at {A} and the ambulance went to the wrong house twice."),
    ("any", "Please send any letters to {A}."),
    ("any", "Transport picked me up from {A} at 6am, which was far too early."),
    ("any", "The district nurse now visits my dad at {A} every morning."),
    ("any", "Our new address is {A}, please update the records."),
    ("any", "I have moved to {A} but my appointment letters still go to my old house."),
    ("any", "Address for the follow-up: {A}."),
    ("any", "Dad ({A}) waited four hours for the crew."),
    ("any", "I am staying at my daughter's, {A}, until I'm back on my feet."),
    ("any", "The driver could not find {A} and rang me three times."),
    ("any", "Can you please note my mothers address is {A} not the one on file."),
    ("any", "my address is {A} if anyone wants to write back"),
    ("any", "Letters went to {A} which is my ex partners house."),
    ("any", "We are at {A}; the sat nav always sends people to the farm next door."),
    ("any", "Home visits to {A} have been brilliant."),
    ("any", "My nan is in {A} now and the carers there were told nothing."),
    ("any", "Please correct the address to {A} - the hospital has it wrong."),
    ("any", "pick up was from {A} and drop off at the main entrance."),
    ("any", "I'm at {A} (round the back, blue door)."),
    ("any", "They discharged me to {A} without telling my family."),
    ("any", "Post to {A} please, not my work."),
    ("any", "The physio came out to {A} on time every week."),
    ("any", "Since moving to {A} I have had no letters at all."),
    ("any", "Crew came to {A} within ten minutes, fantastic."),
    ("any", "my son is at {A} with his dad on weekends so please phone before visiting"),
    ("any", "Patient address: {A}."),
    ("any", "Correspondence address - {A}."),
    ("any", "Home: {A}."),
    ("any", "Mum's new care home is {A}."),
    ("any", "Wrong address on the system, it should be {A}."),
    ("start", "Address:\n{AL}"),
    ("start", "From:\n{AL}"),
    ("start", "{AL}\n\nDear Sir or Madam,"),
    ("end", "Please reply to:\n{AL}"),
    ("end", "Yours faithfully,\n{FN}\n{AL}"),
    ("end", "Regards,\n{FN}\n{AL}"),
    ("any", "We live on {AN} and the ambulance still could not find us."),
    ("any", "I've just moved to {AN} so please tell the GP."),
    ("any", "Dad lives on {AN} now, on his own."),
    ("any", "We're on {AN}, right by the church."),
    ("any", "Please can the nurse come to {A} rather than the surgery."),
    ("any", "Delivery of the oxygen went to {A} instead of mine."),
    ("any", "Appointment letter was sent to {A} but I moved out two years ago."),
    ("any", "Taxi from {A} cost me a fortune because transport was cancelled."),
    ("any", "I care for my brother at {A}."),
    # names
    ("any", "{N} on the ward was so kind to my mum."),
    ("any", "Special thanks to {N} and {N} for sorting my tablets."),
    ("any", "Dr {S} explained everything really clearly."),
    ("any", "Nurse {S} noticed my sugar was low and acted straight away."),
    ("any", "I was seen by {NI} who was lovely."),
    ("any", "thanks to {NL} on reception x"),
    ("any", "My husband {FN} was treated with real dignity."),
    ("any", "The paramedic, {N}, kept me calm all the way in."),
    ("any", "{NK} the driver always has a joke for us."),
    ("any", "{NC} IS A CREDIT TO THE NHS."),
    ("any", "Please pass my thanks to {N}, {N} and {N}."),
    ("any", "Sister {S} runs a tight ship and it shows."),
    ("any", "We had {N} on nights and {N} on days, both excellent."),
    ("any", "Mrs {S} in the booking office sorted it within the hour."),
    ("any", "my daughter {NL} was scared but the nurse made her laugh"),
    ("any", "According to {N} the delay was down to a staffing problem."),
    ("any", "Ask for {NK}, she knows the whole family."),
    ("any", "The student nurse {N} deserves to qualify."),
    ("any", "Mr {S} did my knee and I can walk again."),
    ("any", "I spoke to {FN} on the phone and she rang me back as promised."),
    ("any", "Went with {N} to x-ray and she stayed with me."),
    ("any", "My carer {FN} came with me to every appointment."),
    ("any", "Got {NK} again for my dressings this week, brilliant."),
    ("any", "{N}'s first week on the ward and she was already excellent."),
    ("start", "Dear Dr {S},"),
    ("start", "To {FN} and the team,"),
    ("start", "Re: my father {FN}"),
    ("end", "Thanks, {N}"),
    ("end", "- {NK}"),
    ("end", "Kind regards\n{FN}"),
    ("end", "cheers {NL}"),
    ("end", "Love from {N} and {N} x"),
    # hospital numbers
    ("any", "My unit no is {H}."),
    ("any", "Hosp ref {H} if you need to look me up."),
    ("any", "reg no {H} - please check it against my name this time."),
    ("any", "A&E no: {H}."),
    ("any", "My ED number was {H} that night."),
    ("any", "EPR {H} shows the wrong allergy."),
    ("any", "RTX number {H} on the wristband."),
    ("any", "CRN {H} is on all my letters."),
    ("any", "{H} is the number on my discharge letter."),
    ("any", "Mum's hospital number ({H}) was on someone else's notes."),
    ("any", "Please quote {H} when you reply."),
    ("any", "Hospital no. {H}."),
    ("any", "Patient ID {H}, seen by {N}."),
    ("any", "The sticker on my file said {H} but my number is {H}."),
    ("any", "unit number {H}"),
    ("any", "Case ref: {H}."),
    ("any", "My MRN is {H} and I had to spell it out three times."),
    ("start", "Re: {FN}, hosp no {H}"),
    ("any", "ref {H} (my hospital number)"),
    ("any", "the number on my card is {H}, the reception had another one."),
    # other
    ("any", "DOB {D}."),
    ("any", "My date of birth is {D} and they still brought someone else's notes."),
    ("any", "Mum was born {D} and gets very confused."),
    ("start", "Re: {FN}, d.o.b. {D}"),
    ("any", "birthday {D} - they had it wrong on the letter."),
    ("any", "Please ring me on {P} if there is a cancellation."),
    ("any", "My daughter's number is {P}, she deals with everything now."),
    ("any", "tel {P}"),
    ("any", "You can email me at {E} with the results."),
    ("any", "{N} said to write to her at {E} which I have."),
    ("any", "My NHS number is {NHS}."),
    ("any", "NHS no {NHS} for my son."),
    ("any", "Our postcode is {PC} and the ambulance sat nav didn't know it."),
    ("any", "Postcode {PC} for the record."),
    ("any", "My sister is over in {T} (zip {Z}) and helps on the phone."),
    ("any", "Zip {Z}, the insurer asked for it."),
    ("any", "I wrote about it on {U} too."),
    ("any", "The leaflet sent me to {U} which didn't work."),
    ("any", "I came in on {DT} and was seen quickly."),
    ("any", "My appointment on {DT} was cancelled with no notice."),
    ("any", "I travel from {T} every week for dialysis."),
    ("any", "We came all the way from {T} for this."),
    ("any", "My mother is {AGE} and was left on a trolley."),
    ("any", "At {AGE} my grandad deserves better than this."),
    ("any", "My aunt, who is {AGE}, was treated like a queen."),
]

DECOYS = ["Will definitely come back if I need to.", "Grace under pressure from all of them.",
          "Hope this helps.", "Frank and honest answers, which I appreciate.",
          "Sterling effort from everyone.", "Mark my words, this place is the best.",
          "Joy of joys, the parking was free.", "Chase up my letter please.",
          "Faith restored in the NHS.", "Summer heat on the ward was unbearable."]

WORD_NUMS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety three",
             94: "ninety-four", 95: "ninety five", 96: "ninety-six", 97: "ninety-seven",
             98: "ninety eight", 99: "ninety-nine", 100: "a hundred", 101: "one hundred and one"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORD = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.forms = Counter()
        self.last_name = None

    # ------------------------------------------------------------------ helpers
    def ch(self, xs):
        return self.r.choice(xs)

    def inward(self):
        return str(self.r.randint(0, 9)) + self.ch(INWARD_LETTERS) + self.ch(INWARD_LETTERS)

    def pc(self, outs):
        return self.ch(outs) + " " + self.inward()

    # ------------------------------------------------------------------ names
    def first(self):
        x = self.r.random()
        if x < 0.2:
            return self.ch(WORDLIKE)
        if x < 0.25:
            return self.ch(UNISEX)
        return self.ch(FEMALE if self.r.random() < 0.55 else MALE)

    def surname(self):
        x = self.r.random()
        if x < 0.12:
            return self.ch(WORD_SURNAME)
        if x < 0.25:
            return self.ch(ODD_SURNAME)
        return self.ch(SURNAME)

    def name(self, kind):
        if kind == "N":
            v = self.first()
            self.forms["NAME first"] += 1
        elif kind == "S":
            v = self.surname()
            self.forms["NAME surname after title"] += 1
        elif kind == "NL":
            v = self.first().lower()
            self.forms["NAME lower case"] += 1
        elif kind == "NK":
            v = self.ch(NICK)
            self.forms["NAME nickname"] += 1
        elif kind == "NI":
            ini = self.first()[0]
            v = self.ch([ini + ". ", ini + " ", ini + "."]) + self.surname()
            self.forms["NAME initial + surname"] += 1
        elif kind == "NC":
            v = (self.first() + " " + self.surname()).upper()
            self.forms["NAME capitals"] += 1
        else:  # FN
            if self.r.random() < 0.15:
                v = self.first() + " " + self.first() + " " + self.surname()
            else:
                v = self.first() + " " + self.surname()
            self.forms["NAME full"] += 1
        self.last_name = v
        return v

    # ------------------------------------------------------------------ addresses
    def street(self):
        if self.r.random() < 0.4:
            return self.ch(WORD_STREETS)
        return self.ch(STEMS) + " " + self.ch(TYPES)

    def number(self):
        x = self.r.random()
        n = self.r.randint(1, 148)
        if x < 0.55:
            return str(n)
        if x < 0.68:
            self.forms["ADDRESS number with letter"] += 1
            return str(n) + self.ch("abcABC")
        if x < 0.78:
            self.forms["ADDRESS number range"] += 1
            return "%d-%d" % (n, n + self.ch([1, 2, 4]))
        if x < 0.86:
            self.forms["ADDRESS unit"] += 1
            return "Unit %d%s" % (self.r.randint(1, 12), self.ch("ABCD"))
        if x < 0.94:
            self.forms["ADDRESS flat"] += 1
            return "%s %d%s, %d" % (self.ch(["Flat", "Flat", "Apt", "flat"]), self.r.randint(1, 30),
                                    self.ch(["", "", "a", "b"]), n)
        self.forms["ADDRESS no."] += 1
        return "No. %d" % n

    def misspell(self, street):
        parts = street.split(" ")
        t = parts[-1]
        if t in ABBREV and parts[0] != "The":
            self.forms["ADDRESS abbreviated/misspelt street"] += 1
            parts[-1] = self.ch(ABBREV[t])
        return " ".join(parts)

    def parts(self):
        """Return an ordered list of address lines (strings) and a region tag."""
        x = self.r.random()
        if x < 0.07:
            town, county, outs = self.ch(SCOTLAND)
            region = "Scotland"
            loc = None
        elif x < 0.14:
            town, county, outs = self.ch(WALES)
            region = "Wales"
            loc = None
        elif x < 0.2:
            town, county, outs = self.ch(NIRELAND)
            region = "Northern Ireland"
            loc = None
        elif x < 0.4:
            loc, town, county, outs = self.ch(VILLAGES)
            region = "England village"
        else:
            town, county, outs = self.ch(ENGLAND)
            region = "England"
            loc = None
        self.forms["ADDRESS " + region] += 1
        street = self.street()
        lines = []
        y = self.r.random()
        if y < 0.15:
            lines.append(self.ch(HOUSE_NAMES))
            self.forms["ADDRESS 'The' house name"] += 1
            if self.r.random() < 0.5:
                lines.append(street)
            else:
                lines.append(self.number() + " " + street)
        elif y < 0.22:
            lines.append(self.ch(NAMED_HOUSES))
            self.forms["ADDRESS house name"] += 1
            lines.append(street)
        elif y < 0.27:
            lines.append("Room %d" % self.r.randint(1, 40))
            lines.append(self.ch(HOMES))
            self.forms["ADDRESS care home"] += 1
        else:
            lines.append(self.number() + " " + street)
        if street.split(" ")[0] != "The" and self.r.random() < 0.22:
            lines[-1] = self.misspell(lines[-1])
        if loc and loc != town:
            lines.append(loc)
        lines.append(town)
        if county and self.r.random() < 0.8:
            lines.append(county)
        if self.r.random() < 0.85:
            lines.append(self.pc(outs))
        return lines

    def us_address(self):
        city, st, pre = self.ch(US)
        self.forms["ADDRESS US"] += 1
        z = pre + "%02d" % self.r.randint(0, 99)
        num = str(self.r.randint(100, 19999))
        s = self.ch(US_STREETS)
        if self.r.random() < 0.5:
            return "%s %s, %s, %s %s" % (num, s, city, st, z)
        return "%s %s Apt %d%s %s %s %s" % (num, s, self.r.randint(1, 40), self.ch("ABC"), city, st, z)

    def address(self, multiline=False):
        if not multiline and self.r.random() < 0.03:
            return self.us_address()
        lines = self.parts()
        if multiline:
            self.forms["ADDRESS over several lines"] += 1
            return "\n".join(lines)
        x = self.r.random()
        if x < 0.36:
            self.forms["ADDRESS commas"] += 1
            v = ", ".join(lines)
        elif x < 0.5:
            self.forms["ADDRESS lower case, no punctuation"] += 1
            v = " ".join(lines).lower().replace(",", "").replace(".", "").replace("'", "")
            v = re.sub(r"\s+", " ", v)
        elif x < 0.58:
            self.forms["ADDRESS no commas"] += 1
            v = " ".join(lines)
        elif x < 0.66:
            self.forms["ADDRESS slashes"] += 1
            v = self.ch([" / ", "/"]).join(lines)
        elif x < 0.73:
            self.forms["ADDRESS semicolons"] += 1
            v = "; ".join(lines)
        elif x < 0.84 and len(lines) > 2 and re.match(r"^[A-Z]{1,2}\d", lines[-1]):
            self.forms["ADDRESS postcode on next line"] += 1
            v = ", ".join(lines[:-1]) + "\n" + lines[-1]
        elif x < 0.9:
            self.forms["ADDRESS capitals"] += 1
            v = ", ".join(lines).upper() if self.r.random() < 0.5 else " ".join(lines).upper()
        else:
            self.forms["ADDRESS commas, mixed"] += 1
            v = ", ".join(lines[:-1]) + " " + lines[-1]
        return v

    def narrative_address(self):
        town, _c, _o = self.ch(ENGLAND + [(t, c, o) for t, c, o in WALES])
        street = self.street()
        self.forms["ADDRESS street + town in narrative"] += 1
        return street + self.ch([" in ", ", "]) + town

    # ------------------------------------------------------------------ numbers
    def hosp(self):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        fmts = [
            lambda: L(2) + d(1) + " " + d(3) + " " + d(3),        # RX4 882 193
            lambda: "20%d/ED/%s" % (r.randint(18, 24), d(5)),    # 2021/ED/04417
            lambda: "%s%s-%s-%s-%s" % (L(1), d(1), d(2), d(4), L(1)),  # Q7-55-2180-T
            lambda: L(3) + d(7) + L(1),                          # LTH1234567X
            lambda: "ED-%s-%s" % (d(2), d(6)),                   # ED-23-118842
            lambda: "%s0/%s/%s" % (L(1), d(3), d(3)),            # M0/448/219
            lambda: "ORTHO.%s" % d(5),                           # ORTHO.55123
            lambda: "%s %s-%s" % (L(2), d(4), d(2)),             # CX 7714-22
            lambda: "%s_%s" % (L(1), d(7)),                      # B_4471920
            lambda: "%s%s.%s.%s" % (L(1), d(1), d(5), d(1)),     # K2.99183.0
            lambda: "%s%s%s" % (L(1), d(8), L(1)),               # V44198723Q
            lambda: "OP/%s/%s" % (d(4), d(4)),                   # OP/2219/0083
            lambda: "%s-%s-%s" % (L(2), d(3), d(3)),             # HX-772-019
            lambda: "%s%s %s %s" % (L(1), d(1), d(4), d(4)),     # E1 0048 7712
            lambda: "%s#%s" % (L(3), d(6)),                      # ABC#123456
            lambda: "%s:%s/%s" % (L(2), d(4), d(2)),             # TW:8812/07
            lambda: "%s" % d(8),                                 # 8 bare digits
            lambda: "%s.%s.%s" % (d(3), d(3), L(2)),             # 114.207.QK
        ]
        i = r.randrange(len(fmts))
        v = fmts[i]()
        self.forms["HOSPITAL_NUMBER format %02d" % i] += 1
        if r.random() < 0.25 and re.search("[A-Z]", v):
            v = v.lower()
            self.forms["HOSPITAL_NUMBER lower case"] += 1
        return v

    def nhs(self):
        while True:
            if self.r.random() < 0.67:
                ds = [9, 9, 9] + [self.r.randint(0, 9) for _ in range(6)]
            else:
                ds = [self.r.randint(1, 8)] + [self.r.randint(0, 9) for _ in range(8)]
            s = sum(dd * (10 - i) for i, dd in enumerate(ds))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c == 10:
                continue
            s = "".join(map(str, ds + [c]))
            return self.ch(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:]), s])

    def dob(self):
        r = self.r
        y = r.choice([r.randint(1926, 1948), r.randint(1950, 2003), r.randint(2008, 2022)])
        m = r.randint(1, 12)
        dd = r.randint(1, 28)
        o = ORD.get(dd, "%dth" % dd)
        f = r.choice([
            "%02d/%02d/%d" % (dd, m, y), "%d.%d.%02d" % (dd, m, y % 100), "%d-%02d-%02d" % (y, m, dd),
            "%d %s %d" % (dd, MONTHS[m - 1], y), "%s %s '%02d" % (o, MONTHS[m - 1][:3], y % 100),
            "%s %d, %d" % (MONTHS[m - 1], dd, y), "%02d-%s-%d" % (dd, MONTHS[m - 1][:3].upper(), y),
            "%s of %s %d" % (o, MONTHS[m - 1], y), "%d/%d/%d" % (dd, m, y)])
        return f

    def phone(self):
        r = self.r
        x = r.randint(0, 999)
        return r.choice(["07700 900%03d" % x, "07700900%03d" % x, "+44 7700 900%03d" % x,
                         "01632 960%03d" % x, "(01632) 960 %03d" % x, "0113 496 0%03d" % x,
                         "020 7946 0%03d" % x, "0191 498 0%03d" % x, "028 9649 6%03d" % x,
                         "029 2018 0%03d" % x, "0117 496 0%03d ext %d" % (x, r.randint(10, 99))])

    def email(self):
        host = self.ch(["example.com", "example.org", "example.net", "mail.example.com",
                        "home.example.org"])
        if self.last_name and self.r.random() < 0.6:
            base = re.sub(r"[^a-z.]", "", self.last_name.lower().replace(" ", "."))
            if base.strip("."):
                return base.strip(".") + str(self.r.randint(1, 99)) + "@" + host
        return self.ch(["nanapat", "the.hendersons", "bikerdave", "carer_mum", "sunflower_77",
                        "grumpy.old.git", "mike.b"]) + "@" + host

    def postcode(self):
        town, county, outs = self.ch(ENGLAND + SCOTLAND + WALES)
        v = self.pc(outs)
        x = self.r.random()
        if x < 0.2:
            v = v.lower()
        elif x < 0.35:
            v = v.replace(" ", "")
        return v

    def url(self):
        return self.ch(["https://www.example.org/patient-stories/2023/a-long-wait",
                        "http://forum.example.com/threads/8812?page=2",
                        "example.net/my-nans-care", "https://blog.example.com/nhs-review#comments",
                        "www.example.org/carers/north-east"])

    def date(self):
        r = self.r
        m = r.randint(1, 12)
        dd = r.randint(1, 28)
        o = ORD.get(dd, "%dth" % dd)
        return r.choice(["%s %s" % (r.choice(WEEKDAYS), o), "%d %s" % (dd, MONTHS[m - 1]),
                         "%s %s" % (MONTHS[m - 1], o), "%s %d %s" % (r.choice(WEEKDAYS)[:3], dd,
                                                                     MONTHS[m - 1][:3]),
                         "%s %d" % (MONTHS[m - 1], r.randint(2020, 2023)),
                         "%d/%d/%d" % (dd, m, r.randint(2021, 2023))])

    def town(self):
        x = self.r.random()
        if x < 0.6:
            return self.ch(ENGLAND)[0]
        if x < 0.75:
            return self.ch(WALES + SCOTLAND)[0]
        if x < 0.85:
            return self.ch(US)[0]
        return self.ch(ABROAD).replace("the ", "")

    def age(self):
        a = self.r.randint(90, 101)
        return self.ch([str(a), WORD_NUMS[a]])


SLOT_TYPE = {"N": "NAME", "FN": "NAME", "S": "NAME", "NL": "NAME", "NK": "NAME", "NI": "NAME",
             "NC": "NAME", "A": "ADDRESS", "AL": "ADDRESS", "AN": "ADDRESS", "H": "HOSPITAL_NUMBER",
             "D": "DATE_OF_BIRTH", "P": "PHONE", "E": "EMAIL", "NHS": "NHS_NUMBER",
             "PC": "POSTCODE", "Z": "ZIP", "U": "URL", "DT": "DATE", "T": "TOWN",
             "AGE": "AGE_OVER_89"}
SLOT_RE = re.compile(r"\{(\w+)\}")


def fill(gen: Gen, tpl: str):
    """Fill a carrier. Returns (text, [(start, end, type, value)])."""
    out, ents, pos = [], [], 0
    gen.last_name = None
    for m in SLOT_RE.finditer(tpl):
        out.append(tpl[pos:m.start()])
        k = m.group(1)
        t = SLOT_TYPE[k]
        if t == "NAME":
            v = gen.name(k)
        elif k == "A":
            v = gen.address()
        elif k == "AL":
            v = gen.address(multiline=True)
        elif k == "AN":
            v = gen.narrative_address()
        elif k == "H":
            v = gen.hosp()
        elif k == "D":
            v = gen.dob()
        elif k == "P":
            v = gen.phone()
        elif k == "E":
            v = gen.email()
        elif k == "NHS":
            v = gen.nhs()
        elif k == "PC":
            v = gen.postcode()
        elif k == "Z":
            city = ents[-1][3] if ents and ents[-1][2] == "TOWN" else None
            pre = dict((c, p) for c, s, p in US).get(city, gen.ch(US)[2])
            v = pre + "%02d" % gen.r.randint(0, 99)
            if gen.r.random() < 0.3:
                v += "-%04d" % gen.r.randint(0, 9999)
        elif k == "U":
            v = gen.url()
        elif k == "DT":
            v = gen.date()
        elif k == "T":
            v = gen.ch(US)[0] if "zip" in tpl else gen.town()
        elif k == "AGE":
            v = gen.age()
        else:
            raise KeyError(k)
        start = sum(len(x) for x in out)
        out.append(v)
        ents.append((start, start + len(v), t, v))
        pos = m.end()
    out.append(tpl[pos:])
    text = "".join(out)
    # a slot at the very start of a sentence in lower case stays as written
    return text, ents


# ----------------------------------------------------------------------------- sources
def load_excluded(root, out_path):
    ids = set()
    files = sorted(glob.glob(os.path.join(root, "evaluation", "data", "redaction_*.jsonl")))
    files = [f for f in files if os.path.abspath(f) != os.path.abspath(out_path)]
    files.append(os.path.join(root, "data", "labeled", "corpus.jsonl"))
    per = {}
    for f in files:
        n = 0
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])  # only the id is used
                    n += 1
        per[os.path.basename(f)] = n
    return ids, per


# given names and places that the lower-case rule lets through (seen in the source comments)
EXTRA_NAMES = {"marie", "hinckley", "mark"}
PERSON_WORDS = set(w.lower() for w in WORDLIKE)

BAD = re.compile(r"[*@#|\[\]()<>{}]|https?:|www\.|\.com|\.org|\.co\.uk|xxx|redact|\bref\b|\d{3,}"
                 r"|\b(dr|mr|mrs|ms|miss|nurse|sister)\.? [A-Z]|did not answer|ninety|hundred"
                 r"|\b(1[0-9]{2}|9[0-9])\b", re.I)
ARTEFACT = re.compile(r"[a-z]I[a-z]")
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


def load_sources(fft_dir):
    recs = []
    with open(os.path.join(fft_dir, "fft_phase1.csv"), encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            recs.append(("fft1:" + r["row_index"], (r["feedback"] or "").strip()))
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            recs.append(("fft2:" + r["Comment ID"], (r["FFT answer"] or "").strip()))
    return recs


def clean_comments(recs, excluded):
    cnt = Counter(i for i, _ in recs)
    lower = set()
    for _, t in recs:
        lower.update(w for w in re.findall(r"[A-Za-z']+", t) if w.islower())
    planted = set(w.lower() for w in FEMALE + MALE + UNISEX + WORDLIKE + NICK + SURNAME + WORD_SURNAME)
    planted |= set(t.lower() for t, _c, _o in ENGLAND + SCOTLAND + WALES + NIRELAND)
    seen, keep = set(), []
    for i, t in recs:
        if cnt[i] != 1 or i in excluded or not (4 <= len(t) <= 600):
            continue
        if BAD.search(t) or ARTEFACT.search(t) or MONTH_RE.search(t):
            continue
        ok = True
        for m in re.finditer(r"\b([A-Z][a-z']+)\b", t):
            w = re.sub(r"'s$", "", m.group(1))
            mid = m.start() >= 2 and re.match(r"[a-z,;] ", t[m.start() - 2:m.start()])
            if re.sub(r"'s$", "", w.lower()) not in lower and w.lower() not in lower:
                ok = False
                break
            if w.lower() in EXTRA_NAMES or (w.lower() in planted and (mid or w.lower() in PERSON_WORDS)):
                ok = False
                break
        if not ok:
            continue
        k = re.sub(r"[\s.!]+$", "", re.sub(r"\s+", " ", t.lower()))
        if k in seen:
            continue
        seen.add(k)
        keep.append((i, t))
    return keep


# ----------------------------------------------------------------------------- build
def build(args):
    rng = random.Random(args.seed)
    out_path = os.path.join(ROOT, args.out)
    excluded, per = load_excluded(ROOT, out_path)
    recs = load_sources(os.path.join(ROOT, args.fft_dir) if not os.path.isabs(args.fft_dir) else args.fft_dir)
    source = dict(recs)
    pool = clean_comments(recs, excluded)
    p1 = sorted([x for x in pool if x[0].startswith("fft1:")], key=lambda x: (-len(x[1]), x[0]))
    p2 = sorted([x for x in pool if x[0].startswith("fft2:")], key=lambda x: (-len(x[1]), x[0]))
    n2 = min(args.n2, len(p2))
    n1 = args.n - n2
    if n1 > len(p1):
        raise SystemExit("too few clean phase 1 comments: %d < %d" % (len(p1), n1))
    chosen = p1[:n1] + p2[:n2]  # longest first
    rng.shuffle(chosen)

    gen = Gen(rng)
    counts = Counter()
    sentences = []
    used = Counter()
    # every carrier once, then fill the type furthest below target
    order = list(range(len(CARRIERS)))
    rng.shuffle(order)
    def add(ci):
        pos, tpl = CARRIERS[ci]
        text, ents = fill(gen, tpl)
        sentences.append((pos, text, ents))
        used[ci] += 1
        for e in ents:
            counts[e[2]] += 1
    for ci in order:
        add(ci)
    by_type = {}
    for ci, (pos, tpl) in enumerate(CARRIERS):
        ts = set(SLOT_TYPE[k] for k in SLOT_RE.findall(tpl))
        for t in ts:
            by_type.setdefault(t, []).append((len(ts), ci))
    while True:
        gaps = [(counts[t] / TARGETS[t], t) for t in sorted(TARGETS) if counts[t] < TARGETS[t]]
        if not gaps:
            break
        _, t = min(gaps)
        cands = by_type[t]
        single = [ci for n, ci in cands if n == 1]
        add(rng.choice(single if single and rng.random() < 0.85 else [ci for _, ci in cands]))

    # deal sentences to records
    rng.shuffle(sentences)
    recs_out = [{"id": i, "orig": t, "start": [], "mid": [], "end": [], "n": 0, "cnt": Counter()}
                for i, t in chosen]
    for pos, text, ents in sentences:
        types = set(e[2] for e in ents)
        cands = []
        for k, r in enumerate(recs_out):
            if pos == "start" and r["start"]:
                continue
            if pos == "end" and len([s for s in r["end"] if s[3]]) >= 1:
                continue
            if r["n"] + len(ents) > 6:
                continue
            if types & {"DATE_OF_BIRTH", "NHS_NUMBER", "ZIP"} and any(r["cnt"][t] for t in types & {"DATE_OF_BIRTH", "NHS_NUMBER", "ZIP"}):
                continue
            cands.append((r["n"], k))
        if not cands:
            raise SystemExit("no record can take: " + text)
        lo = min(c[0] for c in cands)
        k = rng.choice([c[1] for c in cands if c[0] == lo])
        r = recs_out[k]
        r["n"] += len(ents)
        for e in ents:
            r["cnt"][e[2]] += 1
        if pos == "start":
            r["start"].append((text, ents))
        elif pos == "end":
            r["end"].append((text, ents, None, True))
        else:
            x = rng.random()
            if x < 0.3:
                r["start"].append((text, ents)) if not r["start"] else r["end"].insert(0, (text, ents, None, False))
            elif x < 0.42 and re.search(r"[.!?] +[A-Z]", r["orig"]):
                r["mid"].append((text, ents))
            else:
                r["end"].insert(0, (text, ents, None, False))
    # decoys
    for r in recs_out:
        if rng.random() < 0.12:
            r["decoy"] = rng.choice(DECOYS)

    out = []
    place = Counter()
    for r in recs_out:
        segs = []  # (text, is_original, ents)
        orig = r["orig"]
        for text, ents in r["start"]:
            sep = "\n" if ("\n" in text or text[-1] not in ".!?") else " "
            segs.append((text + sep, False, ents))
            place["start"] += 1
        if r["mid"]:
            m = list(re.finditer(r"[.!?] +(?=[A-Z])", orig))
            b = rng.choice(m).end()
            segs.append((orig[:b], True, []))
            for text, ents in r["mid"]:
                segs.append((text + " ", False, ents))
                place["between sentences"] += 1
            segs.append((orig[b:], True, []))
        else:
            segs.append((orig, True, []))
        tail = []
        if r.get("decoy"):
            tail.append((r["decoy"], []))
        for text, ents, _x, signoff in r["end"]:
            tail.append((text, ents) if not signoff else ("\n" + text, ents))
        for text, ents in tail:
            prev = segs[-1][0]
            if text.startswith("\n"):
                segs.append((text, False, ents))
            else:
                sep = ". " if prev[-1:].isalnum() else " "
                if prev.endswith("\n"):
                    sep = ""
                segs.append((sep + text, False, ents))
            place["end"] += 1 if ents else 0
        text = ""
        ents_abs = []
        for s, is_orig, ents in segs:
            off = len(text)
            # offset of the sentence inside the segment (after a leading separator)
            lead = 0
            if not is_orig and ents:
                core = s.lstrip(". \n")
                lead = len(s) - len(core)
            for a, b, t, v in ents:
                ents_abs.append((off + lead + a, off + lead + b, t, v))
            text += s
        assert text == "".join(s for s, _, _ in segs), r["id"]
        # checks
        assert "".join(s for s, o, _ in segs if o) == orig
        spans_orig = []
        off = 0
        for s, o, _ in segs:
            if o:
                spans_orig.append((off, off + len(s)))
            off += len(s)
        entities = []
        for a, b, t, v in sorted(ents_abs):
            assert text[a:b] == v, (r["id"], text[a:b], v)
            assert v == v.strip() and v[-1].isalnum(), v
            assert not any(a < oe and b > os_ for os_, oe in spans_orig), r["id"]
            entities.append({"start": a, "end": b, "type": t, "value": v,
                             "profiles": HIPAA if t in HIPAA_ONLY else BOTH})
        for e1, e2 in zip(entities, entities[1:]):
            assert e1["end"] <= e2["start"]
            if e1["type"] == e2["type"]:
                assert text[e1["end"]:e2["start"]].strip() != "", r["id"]
        assert entities
        assert orig == source[r["id"]]
        out.append({"id": r["id"], "text": text, "original": orig, "entities": entities})

    # global checks
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids)) and not set(ids) & excluded
    tc = Counter(e["type"] for o in out for e in o["entities"])
    for t, n in TARGETS.items():
        assert tc[t] >= n, (t, tc[t], n)
    assert len(out) >= 400 and sum(tc.values()) >= 800
    titles = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Nurse", "Sister")
    for o in out:
        for e in o["entities"]:
            v, t = e["value"], e["type"]
            if t == "NAME":
                assert v.split(" ")[0].rstrip(".") not in titles and not v.endswith("'s")
            if t == "NHS_NUMBER":
                ds = [int(c) for c in v if c.isdigit()]
                s = sum(d * (10 - i) for i, d in enumerate(ds[:9]))
                assert len(ds) == 10 and (11 - s % 11) % 11 == ds[9]
            if t == "EMAIL":
                assert re.search(r"@([a-z]+\.)?example\.(com|org|net)$", v)
            if t == "URL":
                assert "example." in v
            if t == "PHONE":
                assert re.search(r"7700 ?900|01632|496 0|7946 0|498 0|9649 6|2018 0", v), v
            if t == "HOSPITAL_NUMBER":
                assert not re.fullmatch(r"\d{10}", v) and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)
            if t == "POSTCODE":
                assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2} ?\d[A-Za-z]{2}", v), v
            if t == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", v)
            if t in ("DATE", "DATE_OF_BIRTH"):
                assert not re.match(r"(on|the|born|dob)\b", v, re.I)
            if t == "AGE_OVER_89":
                assert v in WORD_NUMS.values() or 90 <= int(v) <= 120
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    sha = hashlib.sha256(open(out_path, "rb").read()).hexdigest()
    if args.stats:
        print("excluded files:", per, "distinct ids:", len(excluded))
        print("clean pool:", len(pool), "phase1", len(p1), "phase2", len(p2))
        print("records:", len(out), Counter(o["id"][:4] for o in out))
        print("entities:", sum(tc.values()), dict(sorted(tc.items())))
        print("per record:", sorted(Counter(len(o["entities"]) for o in out).items()))
        ls = sorted(len(o["original"]) for o in out)
        print("original length min/median/max:", ls[0], ls[len(ls) // 2], ls[-1])
        print("placement:", dict(place))
        print("carriers used:", len(used), "of", len(CARRIERS), "sentences:", len(sentences))
        print("decoys:", sum(1 for r in recs_out if r.get("decoy")))
        for k, v in sorted(gen.forms.items()):
            print("  %-45s %d" % (k, v))
    print(out_path, len(out), "records", sum(tc.values()), "entities", "sha256", sha)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=10130613)
    ap.add_argument("--n", type=int, default=420)
    ap.add_argument("--n2", type=int, default=70)
    ap.add_argument("--fft-dir", default="../shared/data/nhs_fft")
    ap.add_argument("--out", default="evaluation/data/" + OUT_NAME)
    ap.add_argument("--stats", action="store_true")
    build(ap.parse_args())


if __name__ == "__main__":
    main()
