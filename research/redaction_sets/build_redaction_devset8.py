#!/usr/bin/env python3
"""Build redaction development set 8 (written for round 11).

Real NHS Friends and Family Test comments with invented personal details
planted into them.  Every planted detail is recorded with its exact span,
type and the redaction profiles that must remove it.

Standard library only.  All randomness comes from one random.Random(seed);
nothing depends on set or hash order.

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset8.py [--stats]

This builder was written without opening the redactor, its tests, its scripts
or any other builder.  From the other redaction sets and from
data/labeled/corpus.jsonl it reads only the ``id`` field.
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
import unicodedata

STD = ["standard", "hipaa_safe_harbor"]
HIPAA = ["hipaa_safe_harbor"]
HIPAA_ONLY = {"DATE", "AGE_OVER_89", "TOWN"}

TARGETS = {
    "ADDRESS": 320, "NAME": 450, "HOSPITAL_NUMBER": 110, "DATE_OF_BIRTH": 70,
    "PHONE": 50, "EMAIL": 35, "NHS_NUMBER": 35, "POSTCODE": 30, "ZIP": 15,
    "URL": 15, "DATE": 40, "TOWN": 40, "AGE_OVER_89": 25,
}
MINIMUMS = {
    "ADDRESS": 300, "NAME": 420, "HOSPITAL_NUMBER": 105, "DATE_OF_BIRTH": 65,
    "PHONE": 48, "EMAIL": 33, "NHS_NUMBER": 33, "POSTCODE": 28, "ZIP": 14,
    "URL": 14, "DATE": 38, "TOWN": 38, "AGE_OVER_89": 24,
}

# ---------------------------------------------------------------------------
# Name lists (written for this set)
# ---------------------------------------------------------------------------
FEMALE = """Bethan Ffion Catrin Gwenllian Nia Morag Isla Eilidh Kirsty Shona Aoife Niamh Róisín Gráinne
Orla Clodagh Agnieszka Małgorzata Zofia Ioana Andreea Rūta Inês Joana Folake Adaeze Ngozi Chioma
Abena Efua Akosua Hodan Ayaan Nasreen Shabana Bushra Manpreet Jaswinder Hetal Krupa Kavitha
Meenakshi Sharmin Rumana Mei Xiaoling Thuy Ngoc Maricel Rowena Marcia Claudette Elif Zeynep Rojda
Leyla Samira Noor Eleni Despina Giulia Chiara Sushila Pema Tendai Rudo Selam Oksana Halyna Brenda
Pauline Janet Lorraine Maureen Elsie Doreen Kayleigh Chelsea Jade Courtney Siân Tegan Keeley Harriet
Philippa Imogen Freya Esme Aisling Yetunde Funmi Olga Svetlana Beata Dorota Wanjiru Nyambura Hannelore
Ingrid Carmel Bernadette Sinéad Lakshmi Anjali Parveen Farzana Yasmeen Gulnara Dilnoza Tamsin Jocasta
Valerie Glenys Mavis Edna Winifred Hyacinth Precious Marlene Yvonne Beverley""".split()
MALE = """Rhodri Gethin Iwan Dafydd Hamish Callum Fraser Ruaridh Cathal Dónal Pádraig Eoin Tomasz Paweł
Grzegorz Bogdan Mihai Darius Tiago Rui Babatunde Olumide Chinedu Emeka Kwabena Kofi Abdirahman Mahad
Imran Waqas Asif Rizwan Jatinder Kuldip Nilesh Jignesh Senthil Karthik Shahid Anwar Wei Jian Minh Huy
Ramil Delroy Errol Emre Murat Baran Hassan Yannis Stavros Matteo Gianni Bishal Tinashe Farai Dawit Taras
Mykola Derek Keith Clive Malcolm Ronald Stanley Albert Wayne Dean Ryan Liam Kyle Ollie Rupert Hugo
Seamus Declan Gareth Aled Euan Lachlan Vytautas Andrius Sergiu Florin Olusegun Obinna Kwame Yaw
Mustafa Bilal Harjit Ravinder Dinesh Arjun Sandeep Tuan Long Joaquim Nuno Ahmet Kemal Cormac Ciarán
Neville Cyril Horace Norman Reginald Leonard Barrington Lloyd Tyrone Jermaine""".split()
UNISEX = """Sam Robin Kerry Frankie Jo Lee Kit Sasha Remi Nico Ashley Riley Rowan Quinn Eden Jude Toni
Billie Hayden Ellis Taylor Sidney Alexis""".split()
WORD_F = """Hope Grace Joy Faith Honey Sky Hazel Holly Ivy Poppy Pearl Ruby Amber Dawn Summer Autumn Iris
Olive Willow Star Blossom Heather Fern Jasmine Crystal Storm Blessing Patience Mercy Charity Marigold
May April June Rose Bliss""".split()
WORD_M = """Will Jack Mark Bill Frank Rich Guy Bob Ray Drew Hunter Miles Reed Rusty Sonny Cliff Dale Glen
Grant Wade Chase Colt Forrest Pat King Duke Rocky Don Art Jay Basil Victor Earl Hal""".split()
NICK_F = """Shazza Mags Bev Trish Deb Kaz Jules Fliss Bea Abs Tilly Lulu Kezza Hols Soph Mads Lexi Jas Nat
Babs Steph Gemma-Lou""".split()
NICK_M = """Tezza Del Sully Robbo Gav Stevie Macca Nobby Chaz Dex Pip Ted Fozzy Woody Jonesy Titch Biggsy
Deano Mikey Sparky Coops Taz Dazza Wills Vik Bal Mo""".split()
SURNAMES = """Thorne Hargreaves Ogunleye Adeyemi Nwosu Okonjo Boateng Asamoah Warsame Farah Chaudhry Akhtar
Bibi Sandhu Gill Dhaliwal Patel Mistry Solanki Pillai Raman Krishnan Chowdhury Uddin Chen Zhao Lam
Nguyen Pham Santos Reyes Bautista Campbell Thompson McPherson Sutherland MacLeod Gallagher O'Sullivan
Kavanagh Doherty Quinn Jones Davies Morgan Griffiths Kowalczyk Nowicki Wiśniewski Popescu Ionescu
Kazlauskas Ferreira Oliveira Yılmaz Demir Papadopoulos Rossi Esposito Gurung Tamang Moyo Chikwanha
Tesfaye Haile Kovalenko Shevchenko Whitworth Ashworth Brierley Cartwright Fenwick Dobson Pickering
Okoro Eze Adebayo Owusu Appiah Mohamed Ali Iqbal Mahmood Rana Bhatt Desai Nair Menon Subramanian Islam
Miah Wong Tran Mendoza Francis Grant Henry Clarke Lewis Robertson Stewart Ferguson Kerr
Lennon McGuinness Brennan Flanagan Evans Pugh Prosser Vaughan Szymańska Zając Lungu
Rusu Petrauskienė Costa Sousa Öztürk Aslan Georgiou Conti Romano Thapa Rai Ndlovu Mutasa Gebremedhin
Bondarenko Tkachenko Ackroyd Sowerby Haworth Illingworth Entwistle Ramsbottom Higginbotham Kershaw
Oyelowo Mbatha Achterberg Lindqvist Haddad Khoury Mansour Jafari Karimi Novák Horváth""".split()
SUR_WORD = """Baker Bird Fox Wood Hill Stone Brook Field Rice Cook Fish Bell Swan Lamb Salt Frost Moon Sharp
Strong Bishop King Knight Parsons Wise Gold Price Love Hope Steel Small Young Good Mann Page Church
Castle Street Ward""".split()
SUR_PART = """van der Berg|de Souza|da Silva|bin Ahmad|al-Farsi|ter Horst|O'Connell|D'Souza|Mac an tSaoir|
van Rooyen|de la Cruz|Fitzgerald-Ahmed|Lloyd-Owen|Smith-Okafor|Ward-Nkemelu|Hughes-Banerjee|
Bailey-Osei|Kaur-Bassi|Scott-Mwangi|Rees-Mogilny|Armstrong-Tan|Price-Adjei|del Rosario|ap Rhys|
Ó Briain|McAllister-Quayle|Nic Giolla|Abu-Bakr|Ní Dhomhnaill|Dela Cruz""".replace("\n", "").split("|")
MIDDLE = """Anne Louise Marie Jane Mae Elizabeth Rose James John Michael David Owen Patrick Kwame Singh Kaur
Lee Joy Ann Bernard Thomas""".split()
TITLES_F = ["Mrs", "Ms", "Miss", "Dr", "Dr.", "Sister", "Nurse", "Prof", "Doctor", "Matron", "Staff Nurse", "Mrs."]
TITLES_M = ["Mr", "Mr.", "Dr", "Dr.", "Nurse", "Prof.", "Doctor", "Charge Nurse", "Professor"]

# ---------------------------------------------------------------------------
# Places (written for this set).  (town, county, [outward codes])
# ---------------------------------------------------------------------------
ENGLAND = [
    ("Reading", "Berkshire", ["RG1", "RG30", "RG2"]), ("Bath", "Somerset", ["BA1", "BA2"]),
    ("March", "Cambridgeshire", ["PE15"]), ("Street", "Somerset", ["BA16"]),
    ("Sandy", "Bedfordshire", ["SG19"]), ("Hope", "Derbyshire", ["S33"]),
    ("Ware", "Hertfordshire", ["SG12"]), ("Wool", "Dorset", ["BH20"]), ("Lewes", "East Sussex", ["BN7"]),
    ("Ely", "Cambridgeshire", ["CB6", "CB7"]), ("Diss", "Norfolk", ["IP22"]), ("Eye", "Suffolk", ["IP23"]),
    ("Ryde", "Isle of Wight", ["PO33"]), ("Deal", "Kent", ["CT14"]), ("Looe", "Cornwall", ["PL13"]),
    ("Bury", "Greater Manchester", ["BL9", "BL8"]), ("Wells", "Somerset", ["BA5"]),
    ("Battle", "East Sussex", ["TN33"]), ("Rugby", "Warwickshire", ["CV21", "CV22"]),
    ("Leek", "Staffordshire", ["ST13"]), ("Stanley", "County Durham", ["DH9"]),
    ("Nelson", "Lancashire", ["BB9"]), ("Leigh", "Greater Manchester", ["WN7"]),
    ("Boston", "Lincolnshire", ["PE21"]), ("Crook", "County Durham", ["DL15"]), ("Rye", "East Sussex", ["TN31"]),
    ("Ross-on-Wye", "Herefordshire", ["HR9"]), ("Stoke-on-Trent", "Staffordshire", ["ST4", "ST6"]),
    ("Barrow-in-Furness", "Cumbria", ["LA14"]), ("Market Harborough", "Leicestershire", ["LE16"]),
    ("Kirkby Lonsdale", "Cumbria", ["LA6"]), ("Stratford-upon-Avon", "Warwickshire", ["CV37"]),
    ("Melton Mowbray", "Leicestershire", ["LE13"]), ("Burnham-on-Sea", "Somerset", ["TA8"]),
    ("Bishop's Stortford", "Hertfordshire", ["CM23"]), ("King's Lynn", "Norfolk", ["PE30"]),
    ("Newcastle-under-Lyme", "Staffordshire", ["ST5"]), ("Ashby-de-la-Zouch", "Leicestershire", ["LE65"]),
    ("Sutton Coldfield", "West Midlands", ["B73", "B74"]), ("Hebden Bridge", "West Yorkshire", ["HX7"]),
    ("Todmorden", "West Yorkshire", ["OL14"]), ("Whitby", "North Yorkshire", ["YO21", "YO22"]),
    ("Skegness", "Lincolnshire", ["PE25"]), ("Grantham", "Lincolnshire", ["NG31"]),
    ("Corby", "Northamptonshire", ["NN17", "NN18"]), ("Kettering", "Northamptonshire", ["NN15", "NN16"]),
    ("Wellingborough", "Northamptonshire", ["NN8"]), ("Daventry", "Northamptonshire", ["NN11"]),
    ("Rushden", "Northamptonshire", ["NN10"]), ("Redcar", "North Yorkshire", ["TS10"]),
    ("Hartlepool", "County Durham", ["TS24", "TS26"]), ("Consett", "County Durham", ["DH8"]),
    ("Bishop Auckland", "County Durham", ["DL14"]), ("Hexham", "Northumberland", ["NE46"]),
    ("Morpeth", "Northumberland", ["NE61"]), ("Alnwick", "Northumberland", ["NE66"]),
    ("Berwick-upon-Tweed", "Northumberland", ["TD15"]), ("Whitley Bay", "Tyne and Wear", ["NE26"]),
    ("South Shields", "Tyne and Wear", ["NE33", "NE34"]), ("Jarrow", "Tyne and Wear", ["NE32"]),
    ("Penrith", "Cumbria", ["CA11"]), ("Workington", "Cumbria", ["CA14"]), ("Clitheroe", "Lancashire", ["BB7"]),
    ("Bacup", "Lancashire", ["OL13"]), ("Wigan", "Greater Manchester", ["WN1", "WN5"]),
    ("Stockport", "Greater Manchester", ["SK2", "SK4"]), ("Macclesfield", "Cheshire", ["SK10", "SK11"]),
    ("Nantwich", "Cheshire", ["CW5"]), ("Ludlow", "Shropshire", ["SY8"]), ("Oswestry", "Shropshire", ["SY11"]),
    ("Bridgnorth", "Shropshire", ["WV16"]), ("Leominster", "Herefordshire", ["HR6"]),
    ("Evesham", "Worcestershire", ["WR11"]), ("Tewkesbury", "Gloucestershire", ["GL20"]),
    ("Stroud", "Gloucestershire", ["GL5"]), ("Cirencester", "Gloucestershire", ["GL7"]),
    ("Chippenham", "Wiltshire", ["SN14", "SN15"]), ("Devizes", "Wiltshire", ["SN10"]),
    ("Frome", "Somerset", ["BA11"]), ("Yeovil", "Somerset", ["BA20", "BA21"]), ("Chard", "Somerset", ["TA20"]),
    ("Bridgwater", "Somerset", ["TA6"]), ("Minehead", "Somerset", ["TA24"]), ("Barnstaple", "Devon", ["EX31", "EX32"]),
    ("Tiverton", "Devon", ["EX16"]), ("Newton Abbot", "Devon", ["TQ12"]), ("Totnes", "Devon", ["TQ9"]),
    ("Truro", "Cornwall", ["TR1"]), ("Penzance", "Cornwall", ["TR18"]), ("Bodmin", "Cornwall", ["PL31"]),
    ("Bridport", "Dorset", ["DT6"]), ("Blandford Forum", "Dorset", ["DT11"]), ("Romsey", "Hampshire", ["SO51"]),
    ("Andover", "Hampshire", ["SP10", "SP11"]), ("Petersfield", "Hampshire", ["GU31", "GU32"]),
    ("Horsham", "West Sussex", ["RH12", "RH13"]), ("Hastings", "East Sussex", ["TN34", "TN35"]),
    ("Faversham", "Kent", ["ME13"]), ("Sittingbourne", "Kent", ["ME10"]), ("Gravesend", "Kent", ["DA11", "DA12"]),
    ("Tonbridge", "Kent", ["TN9", "TN10"]), ("Margate", "Kent", ["CT9"]), ("Braintree", "Essex", ["CM7"]),
    ("Clacton-on-Sea", "Essex", ["CO15"]), ("Sudbury", "Suffolk", ["CO10"]), ("Lowestoft", "Suffolk", ["NR32", "NR33"]),
    ("Great Yarmouth", "Norfolk", ["NR30", "NR31"]), ("Cromer", "Norfolk", ["NR27"]), ("Thetford", "Norfolk", ["IP24"]),
    ("Wisbech", "Cambridgeshire", ["PE13"]), ("Spalding", "Lincolnshire", ["PE11"]), ("Stamford", "Lincolnshire", ["PE9"]),
    ("Loughborough", "Leicestershire", ["LE11"]), ("Hinckley", "Leicestershire", ["LE10"]),
    ("Mansfield", "Nottinghamshire", ["NG18", "NG19"]), ("Worksop", "Nottinghamshire", ["S80", "S81"]),
    ("Chesterfield", "Derbyshire", ["S40", "S41"]), ("Buxton", "Derbyshire", ["SK17"]), ("Matlock", "Derbyshire", ["DE4"]),
    ("Long Eaton", "Derbyshire", ["NG10"]), ("Retford", "Nottinghamshire", ["DN22"]),
    ("Gainsborough", "Lincolnshire", ["DN21"]), ("Selby", "North Yorkshire", ["YO8"]),
    ("Beverley", "East Riding of Yorkshire", ["HU17"]), ("Bridlington", "East Riding of Yorkshire", ["YO15", "YO16"]),
    ("Pontefract", "West Yorkshire", ["WF8"]), ("Castleford", "West Yorkshire", ["WF10"]),
    ("Dewsbury", "West Yorkshire", ["WF12", "WF13"]), ("Keighley", "West Yorkshire", ["BD21", "BD22"]),
    ("Skipton", "North Yorkshire", ["BD23"]), ("Ripon", "North Yorkshire", ["HG4"]), ("Thirsk", "North Yorkshire", ["YO7"]),
    ("Northallerton", "North Yorkshire", ["DL6", "DL7"]), ("Barnard Castle", "County Durham", ["DL12"]),
    ("Hitchin", "Hertfordshire", ["SG4", "SG5"]), ("Letchworth Garden City", "Hertfordshire", ["SG6"]),
    ("Tring", "Hertfordshire", ["HP23"]), ("High Wycombe", "Buckinghamshire", ["HP11", "HP13"]),
    ("Marlow", "Buckinghamshire", ["SL7"]), ("Maidenhead", "Berkshire", ["SL6"]), ("Wokingham", "Berkshire", ["RG40", "RG41"]),
    ("Newbury", "Berkshire", ["RG14"]), ("Didcot", "Oxfordshire", ["OX11"]), ("Abingdon", "Oxfordshire", ["OX14"]),
    ("Banbury", "Oxfordshire", ["OX16"]), ("Bicester", "Oxfordshire", ["OX26"]), ("Witney", "Oxfordshire", ["OX28"]),
    ("Leamington Spa", "Warwickshire", ["CV31", "CV32"]), ("Nuneaton", "Warwickshire", ["CV10", "CV11"]),
    ("Tamworth", "Staffordshire", ["B77", "B79"]), ("Lichfield", "Staffordshire", ["WS13", "WS14"]),
    ("Kidderminster", "Worcestershire", ["DY10", "DY11"]), ("Redditch", "Worcestershire", ["B97", "B98"]),
    ("Telford", "Shropshire", ["TF2", "TF3"]), ("Sandbach", "Cheshire", ["CW11"]), ("Congleton", "Cheshire", ["CW12"]),
    ("Widnes", "Cheshire", ["WA8"]), ("Ormskirk", "Lancashire", ["L39"]), ("Southport", "Merseyside", ["PR8", "PR9"]),
    ("Chorley", "Lancashire", ["PR6", "PR7"]), ("Accrington", "Lancashire", ["BB5"]), ("Ulverston", "Cumbria", ["LA12"]),
    ("Kendal", "Cumbria", ["LA9"]), ("Keswick", "Cumbria", ["CA12"]), ("Whitehaven", "Cumbria", ["CA28"]),
    ("Blyth", "Northumberland", ["NE24"]), ("Peterlee", "County Durham", ["SR8"]),
    ("Chester-le-Street", "County Durham", ["DH2", "DH3"]), ("Spennymoor", "County Durham", ["DL16"]),
    ("Newton Aycliffe", "County Durham", ["DL5"]), ("Yarm", "North Yorkshire", ["TS15"]),
    ("Stokesley", "North Yorkshire", ["TS9"]), ("Much Wenlock", "Shropshire", ["TF13"]),
]
WORD_TOWNS = ["Reading", "Bath", "March", "Street", "Sandy", "Hope", "Ware", "Wool", "Lewes", "Deal",
              "Battle", "Rugby", "Leek", "Stanley", "Nelson", "Leigh", "Boston", "Crook", "Rye", "Wells",
              "Eye", "Diss", "Bury", "Looe", "Ely", "Ryde"]
LONDON = [
    ("Walthamstow", "Waltham Forest", ["E17"]), ("Leyton", "Waltham Forest", ["E10"]), ("Forest Gate", "Newham", ["E7"]),
    ("Plaistow", "Newham", ["E13"]), ("East Ham", "Newham", ["E6"]), ("Bow", "Tower Hamlets", ["E3"]),
    ("Poplar", "Tower Hamlets", ["E14"]), ("Dalston", "Hackney", ["E8"]), ("Stoke Newington", "Hackney", ["N16"]),
    ("Tottenham", "Haringey", ["N17"]), ("Wood Green", "Haringey", ["N22"]), ("Edmonton", "Enfield", ["N9", "N18"]),
    ("Holloway", "Islington", ["N7"]), ("Archway", "Islington", ["N19"]), ("Kentish Town", "Camden", ["NW5"]),
    ("Kilburn", "Brent", ["NW6"]), ("Harlesden", "Brent", ["NW10"]), ("Hendon", "Barnet", ["NW4"]),
    ("Brixton", "Lambeth", ["SW2", "SW9"]), ("Streatham", "Lambeth", ["SW16"]), ("Tooting", "Wandsworth", ["SW17"]),
    ("Balham", "Wandsworth", ["SW12"]), ("Battersea", "Wandsworth", ["SW11"]), ("Peckham", "Southwark", ["SE15"]),
    ("Camberwell", "Southwark", ["SE5"]), ("Catford", "Lewisham", ["SE6"]), ("Deptford", "Lewisham", ["SE8"]),
    ("Woolwich", "Greenwich", ["SE18"]), ("Eltham", "Greenwich", ["SE9"]), ("Sydenham", "Lewisham", ["SE26"]),
    ("Penge", "Bromley", ["SE20"]), ("Acton", "Ealing", ["W3"]), ("Shepherd's Bush", "Hammersmith and Fulham", ["W12"]),
    ("Southall", "Ealing", ["UB1", "UB2"]), ("Hounslow", "Hounslow", ["TW3"]), ("Ilford", "Redbridge", ["IG1"]),
    ("Barking", "Barking and Dagenham", ["IG11"]), ("Dagenham", "Barking and Dagenham", ["RM9", "RM10"]),
    ("Wembley", "Brent", ["HA0", "HA9"]), ("Edgware", "Barnet", ["HA8"]), ("Mitcham", "Merton", ["CR4"]),
    ("Tulse Hill", "Lambeth", ["SE27"]), ("Muswell Hill", "Haringey", ["N10"]), ("Finchley", "Barnet", ["N3", "N12"]),
    ("Hornsey", "Haringey", ["N8"]), ("Willesden", "Brent", ["NW10"]),
]
WALES = [
    ("Aberystwyth", "Ceredigion", ["SY23"]), ("Bangor", "Gwynedd", ["LL57"]), ("Caernarfon", "Gwynedd", ["LL55"]),
    ("Pwllheli", "Gwynedd", ["LL53"]), ("Llandudno", "Conwy", ["LL30"]), ("Rhyl", "Denbighshire", ["LL18"]),
    ("Wrexham", "Wrexham", ["LL11", "LL13"]), ("Mold", "Flintshire", ["CH7"]), ("Brecon", "Powys", ["LD3"]),
    ("Llandrindod Wells", "Powys", ["LD1"]), ("Newtown", "Powys", ["SY16"]), ("Welshpool", "Powys", ["SY21"]),
    ("Carmarthen", "Carmarthenshire", ["SA31"]), ("Llanelli", "Carmarthenshire", ["SA14", "SA15"]),
    ("Cardigan", "Ceredigion", ["SA43"]), ("Tenby", "Pembrokeshire", ["SA70"]), ("Pembroke Dock", "Pembrokeshire", ["SA72"]),
    ("Fishguard", "Pembrokeshire", ["SA65"]), ("Neath", "Neath Port Talbot", ["SA10", "SA11"]),
    ("Port Talbot", "Neath Port Talbot", ["SA12", "SA13"]), ("Bridgend", "Bridgend", ["CF31"]),
    ("Barry", "Vale of Glamorgan", ["CF62", "CF63"]), ("Penarth", "Vale of Glamorgan", ["CF64"]),
    ("Pontypridd", "Rhondda Cynon Taf", ["CF37"]), ("Merthyr Tydfil", "Merthyr Tydfil", ["CF47", "CF48"]),
    ("Aberdare", "Rhondda Cynon Taf", ["CF44"]), ("Caerphilly", "Caerphilly", ["CF83"]),
    ("Ebbw Vale", "Blaenau Gwent", ["NP23"]), ("Abergavenny", "Monmouthshire", ["NP7"]),
    ("Chepstow", "Monmouthshire", ["NP16"]), ("Cwmbran", "Torfaen", ["NP44"]),
    ("Blaenau Ffestiniog", "Gwynedd", ["LL41"]), ("Holyhead", "Ynys Môn", ["LL65"]), ("Llangefni", "Anglesey", ["LL77"]),
    ("Hay-on-Wye", "Powys", ["HR3"]),
]
SCOTLAND = [
    ("Paisley", "Renfrewshire", ["PA1", "PA2"]), ("Hamilton", "South Lanarkshire", ["ML3"]),
    ("Airdrie", "North Lanarkshire", ["ML6"]), ("Coatbridge", "North Lanarkshire", ["ML5"]),
    ("Falkirk", "Falkirk", ["FK1", "FK2"]), ("Stirling", "Stirlingshire", ["FK7", "FK8"]), ("Perth", "Perthshire", ["PH1", "PH2"]),
    ("Dundee", "Angus", ["DD3", "DD4"]), ("Arbroath", "Angus", ["DD11"]), ("Montrose", "Angus", ["DD10"]),
    ("Forfar", "Angus", ["DD8"]), ("Aberdeen", "Aberdeenshire", ["AB11", "AB24"]), ("Peterhead", "Aberdeenshire", ["AB42"]),
    ("Fraserburgh", "Aberdeenshire", ["AB43"]), ("Elgin", "Moray", ["IV30"]), ("Inverness", "Highland", ["IV2", "IV3"]),
    ("Dingwall", "Ross-shire", ["IV15"]), ("Wick", "Caithness", ["KW1"]), ("Thurso", "Caithness", ["KW14"]),
    ("Kirkwall", "Orkney", ["KW15"]), ("Lerwick", "Shetland", ["ZE1"]), ("Stornoway", "Isle of Lewis", ["HS1"]),
    ("Portree", "Isle of Skye", ["IV51"]), ("Oban", "Argyll", ["PA34"]), ("Dunoon", "Argyll and Bute", ["PA23"]),
    ("Ayr", "Ayrshire", ["KA7", "KA8"]), ("Irvine", "North Ayrshire", ["KA11", "KA12"]), ("Largs", "North Ayrshire", ["KA30"]),
    ("Dumfries", "Dumfriesshire", ["DG1", "DG2"]), ("Stranraer", "Wigtownshire", ["DG9"]), ("Hawick", "Roxburghshire", ["TD9"]),
    ("Galashiels", "Selkirkshire", ["TD1"]), ("Peebles", "Peeblesshire", ["EH45"]), ("Livingston", "West Lothian", ["EH54"]),
    ("Dunfermline", "Fife", ["KY11", "KY12"]), ("Kirkcaldy", "Fife", ["KY1", "KY2"]), ("St Andrews", "Fife", ["KY16"]),
    ("Glenrothes", "Fife", ["KY6", "KY7"]), ("Musselburgh", "East Lothian", ["EH21"]), ("Dalkeith", "Midlothian", ["EH22"]),
    ("Greenock", "Inverclyde", ["PA15", "PA16"]), ("Dumbarton", "Dunbartonshire", ["G82"]), ("Cumbernauld", "North Lanarkshire", ["G67"]),
    ("Glasgow", "Lanarkshire", ["G31", "G42", "G51", "G20"]), ("Edinburgh", "Midlothian", ["EH6", "EH11", "EH15", "EH7"]),
]
NI = [
    ("Belfast", "Co. Antrim", ["BT5", "BT9", "BT12", "BT14"]), ("Lisburn", "Co. Antrim", ["BT27", "BT28"]),
    ("Newry", "Co. Down", ["BT34", "BT35"]), ("Armagh", "Co. Armagh", ["BT60", "BT61"]),
    ("Enniskillen", "Co. Fermanagh", ["BT74"]), ("Omagh", "Co. Tyrone", ["BT78", "BT79"]), ("Strabane", "Co. Tyrone", ["BT82"]),
    ("Coleraine", "Co. Londonderry", ["BT51", "BT52"]), ("Derry", "Co. Londonderry", ["BT47", "BT48"]),
    ("Ballymena", "Co. Antrim", ["BT42", "BT43"]), ("Larne", "Co. Antrim", ["BT40"]), ("Carrickfergus", "Co. Antrim", ["BT38"]),
    ("Bangor", "Co. Down", ["BT19", "BT20"]), ("Newtownards", "Co. Down", ["BT23"]), ("Downpatrick", "Co. Down", ["BT30"]),
    ("Banbridge", "Co. Down", ["BT32"]), ("Portadown", "Co. Armagh", ["BT62"]), ("Lurgan", "Co. Armagh", ["BT66", "BT67"]),
    ("Dungannon", "Co. Tyrone", ["BT70", "BT71"]), ("Cookstown", "Co. Tyrone", ["BT80"]), ("Magherafelt", "Co. Londonderry", ["BT45"]),
    ("Ballycastle", "Co. Antrim", ["BT54"]), ("Portrush", "Co. Antrim", ["BT56"]),
]
IRELAND = [
    ("Dublin 6W", "", ["D6W"]), ("Dublin 8", "", ["D08"]), ("Dublin 15", "", ["D15"]), ("Cork", "Co. Cork", ["T12", "T23"]),
    ("Galway", "Co. Galway", ["H91"]), ("Limerick", "Co. Limerick", ["V94"]), ("Waterford", "Co. Waterford", ["X91"]),
    ("Kilkenny", "Co. Kilkenny", ["R95"]), ("Sligo", "Co. Sligo", ["F91"]), ("Letterkenny", "Co. Donegal", ["F92"]),
    ("Athlone", "Co. Westmeath", ["N37"]), ("Tralee", "Co. Kerry", ["V92"]), ("Killarney", "Co. Kerry", ["V93"]),
    ("Ennis", "Co. Clare", ["V95"]), ("Drogheda", "Co. Louth", ["A92"]), ("Dundalk", "Co. Louth", ["A91"]),
    ("Mullingar", "Co. Westmeath", ["N91"]), ("Wexford", "Co. Wexford", ["Y35"]), ("Carlow", "Co. Carlow", ["R93"]),
    ("Tullamore", "Co. Offaly", ["R35"]), ("Portlaoise", "Co. Laois", ["R32"]), ("Castlebar", "Co. Mayo", ["F23"]),
    ("Westport", "Co. Mayo", ["F28"]), ("Clonmel", "Co. Tipperary", ["E91"]), ("Bray", "Co. Wicklow", ["A98"]),
    ("Swords", "Co. Dublin", ["K67"]), ("Balbriggan", "Co. Dublin", ["K32"]),
]
US = [
    ("Tulsa", "OK", "741"), ("Omaha", "NE", "681"), ("Spokane", "WA", "992"), ("Albuquerque", "NM", "871"),
    ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Columbus", "OH", "432"), ("Louisville", "KY", "402"),
    ("Knoxville", "TN", "379"), ("Savannah", "GA", "314"), ("Charleston", "SC", "294"), ("Raleigh", "NC", "276"),
    ("Richmond", "VA", "232"), ("Baltimore", "MD", "212"), ("Providence", "RI", "029"), ("Hartford", "CT", "061"),
    ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Buffalo", "NY", "142"), ("Rochester", "NY", "146"),
    ("Duluth", "MN", "558"), ("Fargo", "ND", "581"), ("Billings", "MT", "591"), ("Cheyenne", "WY", "820"),
    ("Reno", "NV", "895"), ("Fresno", "CA", "937"), ("Bakersfield", "CA", "933"), ("Lubbock", "TX", "794"),
    ("El Paso", "TX", "799"), ("Little Rock", "AR", "722"), ("Mobile", "AL", "366"), ("Pensacola", "FL", "325"),
    ("Gainesville", "FL", "326"), ("Wichita", "KS", "672"), ("Springfield", "IL", "627"), ("Ann Arbor", "MI", "481"),
    ("Grand Rapids", "MI", "495"), ("Erie", "PA", "165"), ("Scranton", "PA", "185"), ("Syracuse", "NY", "132"),
    ("Honolulu", "HI", "968"), ("Boise", "ID", "837"), ("Asheville", "NC", "288"),
]
ABROAD = ["Gdańsk", "Timișoara", "Kaunas", "Braga", "Lagos", "Kumasi", "Mirpur", "Sylhet", "Ludhiana", "Kochi",
          "Hargeisa", "Izmir", "Thessaloniki", "Palermo", "Pokhara", "Bulawayo", "Asmara", "Lviv", "Cebu",
          "Kingston", "Port of Spain", "Hai Phong"]
VILLAGES = [  # (village, post town, outward)
    ("Little Snoring", "Fakenham", "NR21"), ("Long Itchington", "Southam", "CV47"), ("Nether Wallop", "Stockbridge", "SO20"),
    ("Great Ayton", "Middlesbrough", "TS9"), ("Upper Slaughter", "Cheltenham", "GL54"), ("Barton-le-Clay", "Bedford", "MK45"),
    ("Shipton-under-Wychwood", "Chipping Norton", "OX7"), ("Sutton-on-the-Forest", "York", "YO61"),
    ("Ide Hill", "Sevenoaks", "TN14"), ("Cheddleton", "Leek", "ST13"), ("Mousehole", "Penzance", "TR19"),
    ("Ugley", "Bishop's Stortford", "CM22"), ("Castleton", "Hope Valley", "S33"), ("Bolton-by-Bowland", "Clitheroe", "BB7"),
    ("Stoke Gabriel", "Totnes", "TQ9"), ("Tong", "Shifnal", "TF11"), ("Ashwell", "Baldock", "SG7"),
    ("Kirkby Malzeard", "Ripon", "HG4"), ("Llanfihangel-y-Creuddyn", "Aberystwyth", "SY23"), ("Aberdaron", "Pwllheli", "LL53"),
    ("Crail", "Anstruther", "KY10"), ("Comrie", "Crieff", "PH6"), ("Glenarm", "Ballymena", "BT44"),
    ("Dunmore East", "Waterford", "X91"), ("Wool Bridge", "Wareham", "BH20"), ("West Hope", "Church Stretton", "SY6"),
]
ST_STEMS = """Tanner's Cobbler Kiln Saltings Brewer's Weaver's Ostler Chandler Glover Malthouse Granary Tithe Barn
Pound Lime Kiln Sandpit Furze Gorse Heather Bracken Foxglove Celandine Cowslip Meadowsweet Teasel Campion
Sorrel Hornbeam Rowan Whitebeam Spindle Blackthorn Cromwell Tennyson Brunel Nightingale Fleming Jubilee
Coronation Victoria Trafalgar Wellington Gladstone Beaconsfield Ridgeway Hillside Brookside Riverside Quarry
Mill Church Chapel School Station Forge Smithy Orchard Paddock Vicarage Rectory Manor Abbey Priory Castle
Harbour Beacon Moor Fell Beck Tor Combe Lapwing Kestrel Curlew Plover Osprey Heron Otter Badger Hawthorn
Elderberry Bramble Damson Medlar Quince Cedar Larch Alder Juniper Poplar Sycamore Acorn Becket Wolsey
Dunstan Caxton Chaucer Shelley Elgar Ruskin Darwin Faraday Stephenson Telford Arkwright Wedgwood""".split()
ST_STEMS = [s.replace("_", " ") for s in ST_STEMS]
ST_STEMS += ["Tithe Barn", "Lime Kiln", "Old School", "Long Acre", "Nine Elms", "Bishop's Walk", "St Hilda's",
             "St Brannoc", "Well Head", "Low Moor", "Upper Green", "Chapel Hill", "Saxon Fields"]
ST_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way", "Grove", "Gardens", "Terrace",
            "Place", "Court", "Rise", "Row", "Walk", "Mews", "View", "Hill", "Green", "Square", "Parade", "Chase",
            "Fold", "Gate", "Garth", "Meadows", "Lea", "Bank", "Side"]
ST_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Close": "Cl", "Crescent": "Cres", "Drive": "Dr",
           "Gardens": "Gdns", "Terrace": "Terr", "Place": "Pl", "Court": "Ct", "Lane": "Ln", "Square": "Sq"}
SCOT_STREETS = ["Braehead", "Kirkgate", "Wellbrae", "Burnside", "Mossgiel", "Glenview", "Craigie", "Strathmore",
                "Drumsheugh", "Whinhill", "Auchinleck", "Cairnbank", "Loaningdale", "Bankhead", "Corsehill"]
SCOT_TYPES = ["Wynd", "Brae", "Loan", "Gardens", "Terrace", "Place", "Crescent", "Road", "Street", "Avenue", "Vennel", "Drive"]
WELSH_STREETS = ["Heol y Felin", "Ffordd Glyndŵr", "Stryd Fawr", "Lôn Eithin", "Maes y Dderwen", "Cae Mawr",
                 "Bryn Teg", "Rhodfa'r Môr", "Tan y Bryn", "Pen y Graig", "Ffordd yr Orsaf", "Llys Derwen",
                 "Clos Caradog", "Heol Llanelli", "Maes Glas", "Lôn Cefn", "Stryd y Castell"]
IRISH_STREETS = ["Bóthar na Trá", "Páirc an Choill", "Ard na Gréine", "Cnoc na Sí", "Sráid an Mhuilinn",
                 "Castle View", "Church Hill", "The Crescent", "Bridge Street", "Abbeyfield Park", "Cluain Rí",
                 "Ashgrove Lawn", "Oakwood Heights", "Glenview Drive"]
TOWNLANDS = ["Derrylin Upper", "Carrowkeel", "Ballinaclash", "Knockmore", "Tullyvin", "Drumcondra East",
             "Gortnahoe", "Cloonfad"]
US_STREETS = ["Larkspur", "Sycamore", "Hawthorne", "Bluebonnet", "Cottonwood", "Juniper", "Magnolia", "Pecan",
              "Ridgeview", "Lakeshore", "Prairie Rose", "Aspen Hollow", "Quail Run", "Old Mill", "Briarcliff",
              "Chestnut Hill", "Red Oak", "Sunset Ridge", "Willow Bend", "Timberline"]
US_TYPES = ["St", "Ave", "Blvd", "Dr", "Ln", "Ct", "Pkwy", "Way", "Trail", "Pike", "Road", "Circle", "Place"]
HOUSE_NAMES = ["The Old Forge", "Wren's Nest", "Lark Rise", "Hillcrest", "Tŷ Coch", "Bryn Awel", "Greystones",
               "Applegarth", "The Hollies", "Badger's Sett", "Kiln House", "Orchard End", "Well Cottage",
               "Pear Tree Cottage", "Four Winds", "Tanglewood", "The Bothy", "Craigview", "Lochside Cottage",
               "Corner Cottage", "The Old Chapel", "Ashgrove", "Mill House", "Swallowfield", "Penrhiw",
               "Ty'n y Coed", "The Old Post Office", "Rosebank", "Fernlea", "Hawthorn Lodge", "Blackthorn Barn",
               "Toll House", "The Smithy", "Keeper's Cottage", "Drumlin House", "Glebe End"]
FARM_NAMES = ["Lower Heathfield Farm", "Coldharbour Farm", "Hollins Farm", "Brockhurst Farm", "Blackberry Hill Farm",
              "Home Farm Cottages", "Windyridge Farm", "Gwaun Farm", "Moss Side Farm", "Hazelrigg Farm",
              "Nether Bield Farm", "Tregarthen Farm", "Castlehill Farm", "Drumnacross Farm", "Upper Cwm Farm",
              "Sheepwash Farm", "Owlet Hall Farm"]
CARE_HOMES = ["Willowbank House Care Home", "The Larches Nursing Home", "Ashdene Residential Home",
              "St Brannock's Lodge", "Meadowview Care Centre", "Hawthorn Grange", "Elmhurst Court Care Home",
              "Birchfield Nursing Home", "Greenacres Residential Care", "The Cedars Care Home",
              "Kingfisher Court", "Abbeyfield House", "Laurel Bank Care Home", "Primrose Lodge",
              "Riverside View Nursing Home", "Heatherbrae Care Home", "Bryn Celyn Care Home"]
SHELTERED = ["Kingfisher Court", "Jubilee House", "Mayfield Court", "Heron Lodge", "St Aidan's Close",
             "Swan Court", "Cherry Tree Court", "Beech House"]


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i").replace("'", "").replace("’", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.meta = collections.Counter()   # features, for the card
        self.ctx = {}

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    # ---- names
    def first(self, g):
        r = self.r.random()
        if g == "f":
            if r < 0.72:
                return self.c(FEMALE)
            if r < 0.87:
                return self.c(WORD_F)
            return self.c(UNISEX)
        if g == "m":
            if r < 0.72:
                return self.c(MALE)
            if r < 0.87:
                return self.c(WORD_M)
            return self.c(UNISEX)
        return self.first(self.c("fm"))

    def surname(self):
        r = self.r.random()
        if r < 0.72:
            return self.c(SURNAMES)
        if r < 0.86:
            return self.c(SUR_WORD)
        return self.c(SUR_PART)

    def full(self, g):
        f = self.first(g)
        s = self.surname()
        self.ctx["person"] = (f, s)
        if self.p(0.12):
            if self.p(0.5):
                return "%s %s %s" % (f, self.c(MIDDLE), s)
            return "%s %s. %s" % (f, self.c("ABCDEFGHJKLMNPRSTW"), s)
        return "%s %s" % (f, s)

    def initials(self):
        s = self.surname()
        a, b = self.c("ABCDEFGHJKLMNPRSTW"), self.c("ABCDEFGHJKLMNPRSTW")
        f = self.c(["%s. %s", "%s %s", "%s.%s", "%s%s %s", "%s.%s. %s", "%s.%s.%s"])
        n = f.count("%s")
        if n == 2:
            v = f % (a, s)
        else:
            v = f % (a, b, s)
        self.ctx["person"] = (a, s)
        return v

    def name(self, key):
        if key == "F":
            v = self.first("f")
        elif key == "M":
            v = self.first("m")
        elif key == "A":
            v = self.first("a")
        elif key == "WF":
            v = self.c(WORD_F)
        elif key == "WM":
            v = self.c(WORD_M)
        elif key == "KF":
            v = self.c(NICK_F)
        elif key == "KM":
            v = self.c(NICK_M)
        elif key == "K":
            v = self.c(NICK_F + NICK_M)
        elif key == "S":
            v = self.surname()
        elif key == "SW":
            v = self.c(SUR_WORD)
        elif key == "FF":
            v = self.full("f")
        elif key == "FM":
            v = self.full("m")
        elif key == "FA":
            v = self.full(self.c("fm"))
        elif key == "I":
            v = self.initials()
        else:
            raise KeyError(key)
        if key not in ("FF", "FM", "FA", "I"):
            self.ctx["person"] = (v, v)
        self.meta["name_words_%d" % min(3, len(v.split()))] += 1
        if any(ord(ch) > 127 for ch in v):
            self.meta["name_nonascii"] += 1
        if v in WORD_F or v in WORD_M or v in SUR_WORD:
            self.meta["name_wordlike"] += 1
        if v in NICK_F or v in NICK_M:
            self.meta["name_nick"] += 1
        return v

    # ---- postcodes
    def inward(self):
        return "%d%s%s" % (self.r.randint(0, 9), self.c("ABDEFGHJLNPQRSTUWXYZ"), self.c("ABDEFGHJLNPQRSTUWXYZ"))

    def postcode(self, outs=None, space=None):
        out = self.c(outs) if outs else self.c(self.c(ENGLAND + WALES + SCOTLAND + NI + LONDON)[2])
        if space is None:
            space = not self.p(0.15)
        return out + (" " if space else "") + self.inward()

    def eircode(self, key):
        al = "ACDEFHKNPRTVWXY0123456789"
        tail = self.c("ACDEFHKNPRTVWXY") + "".join(self.c(al) for _ in range(3))
        return key + " " + tail

    def zipc(self, prefix=None, plus4=None):
        prefix = prefix or self.c(US)[2]
        z = prefix + "%02d" % self.r.randint(1, 99)
        if plus4 is None:
            plus4 = self.p(0.3)
        if plus4:
            z += "-%04d" % self.r.randint(1, 9999)
        return z

    # ---- addresses
    def num(self):
        r = self.r.random()
        if r < 0.7:
            n = str(self.r.randint(1, 98))
        elif r < 0.9:
            n = str(self.r.randint(99, 340))
        else:
            n = str(self.r.randint(1, 60)) + self.c("abcAB")
        return n

    def uk_street(self, abbr_ok=True):
        st = self.c(ST_STEMS) + " " + self.c(ST_TYPES)
        if abbr_ok and self.p(0.12):
            last = st.split()[-1]
            if last in ST_ABBR:
                st = st[: -len(last)] + ST_ABBR[last] + self.c(["", "."])
                self.meta["addr_abbrev"] += 1
        return st

    def region_pick(self, region):
        if region == "eng":
            return self.c(ENGLAND)
        if region == "lon":
            return self.c(LONDON)
        if region == "wal":
            return self.c(WALES)
        if region == "sco":
            return self.c(SCOTLAND)
        if region == "ni":
            return self.c(NI)
        if region == "wt":
            name = self.c(WORD_TOWNS)
            for t in ENGLAND:
                if t[0] == name:
                    return t
        raise KeyError(region)

    def street_for(self, region):
        if region == "wal" and self.p(0.5):
            return self.c(WELSH_STREETS)
        if region == "sco" and self.p(0.6):
            return self.c(SCOT_STREETS) + " " + self.c(SCOT_TYPES)
        return self.uk_street()

    def addr_uk(self, region=None, kind=None):
        """Return a list of address lines (joined later)."""
        if region is None:
            region = self.r.choices(["eng", "lon", "wal", "sco", "ni", "wt"], [40, 14, 12, 13, 10, 11])[0]
        self.meta["addr_region_" + {"wt": "eng"}.get(region, region)] += 1
        town, county, outs = self.region_pick(region)
        self.ctx["town"] = (town, outs)
        if kind is None:
            kind = self.r.choices(["plain", "flat", "house", "farm", "village", "nostreetnum", "off"],
                                  [46, 14, 9, 6, 8, 10, 7])[0]
        self.meta["addr_kind_" + kind] += 1
        lines = []
        street = self.street_for(region)
        if kind == "flat":
            if region == "sco" and town in ("Edinburgh", "Glasgow", "Dundee", "Aberdeen") and self.p(0.7):
                if town == "Edinburgh":
                    flat = self.c(["%dF%d" % (self.r.randint(1, 4), self.r.randint(1, 3)),
                                   ("%dF%d" % (self.r.randint(1, 4), self.r.randint(1, 3))).lower()])
                else:
                    flat = self.c(["Flat %d/%d" % (self.r.randint(0, 3), self.r.randint(1, 3)),
                                   "%d/%d" % (self.r.randint(0, 3), self.r.randint(1, 2))])
            else:
                flat = self.c(["Flat %d" % self.r.randint(1, 40), "Flat %s" % self.c("ABCDEF"),
                               "Flat %d, %s floor" % (self.r.randint(1, 30), self.c(["1st", "2nd", "3rd", "4th", "ground", "top"])),
                               "Basement Flat", "Top Floor Flat", "Apartment %d" % self.r.randint(1, 90),
                               "Flat %d%s" % (self.r.randint(1, 12), self.c("abc"))])
            lines.append(flat)
            if self.p(0.35):
                lines.append(self.c(["Jubilee House", "Kestrel Court", "Ropewalk House", "Arkwright Mill",
                                     "Quayside Buildings", "Victoria Mansions", "The Maltings", "Beacon Heights"]))
                lines.append(self.num() + " " + street if self.p(0.4) else street)
            else:
                lines.append(self.num() + " " + street)
        elif kind == "house":
            lines.append(self.c(HOUSE_NAMES))
            if self.p(0.5):
                lines.append(street)
        elif kind == "farm":
            lines.append(self.c(FARM_NAMES))
        elif kind == "village":
            v, pt, o = self.c(VILLAGES)
            self.ctx["town"] = (pt, [o])
            lines.append(self.num() + " " + street if self.p(0.6) else self.c(HOUSE_NAMES))
            lines.append(v)
            lines.append(pt)
            if self.p(0.6):
                lines.append(o + " " + self.inward())
            return lines
        elif kind == "nostreetnum":
            lines.append(street)
        elif kind == "off":
            lines.append(self.c([self.num() + " " + self.c(["Chapel Cottages", "Mill Cottages", "Quarry Row",
                                                            "Coastguard Cottages", "Railway Terrace", "Almshouses"]),
                                 self.c(HOUSE_NAMES)]))
            lines.append(self.c(["off ", "off ", "nr ", "near "]) + street)
        else:
            lines.append(self.num() + " " + street)
        if region == "lon":
            lines.append(town)
            pc = self.postcode(outs)
            if self.p(0.25):
                lines.append(self.c(["London Borough of ", ""]) + county)
            lines.append("London " + pc if self.p(0.85) else "London")
            self.meta["addr_pc"] += 1
            return lines
        lines.append(town)
        if kind in ("house", "farm") and self.p(0.6):
            if self.p(0.5):
                lines.append(county)
            self.meta["addr_no_pc"] += 1
            return lines
        if self.p(0.35) and county != town:
            lines.append(county)
            self.meta["addr_county"] += 1
        if kind != "nostreetnum" or self.p(0.5):
            lines.append(self.postcode(outs))
            self.meta["addr_pc"] += 1
        return lines

    def addr_ie(self):
        self.meta["addr_region_ie"] += 1
        town, county, keys = self.c(IRELAND)
        self.ctx["town"] = (town, None)
        lines = []
        if self.p(0.25):
            lines.append(self.c(TOWNLANDS))
        elif self.p(0.3):
            lines.append("Apt %d, %s" % (self.r.randint(1, 40), self.c(["The Old Distillery", "Harbour Point", "Millrace Court"])))
            lines.append(self.c(IRISH_STREETS))
        else:
            lines.append(self.num() + " " + self.c(IRISH_STREETS))
        lines.append(town)
        if county and self.p(0.7):
            lines.append(county)
        if self.p(0.8):
            lines.append(self.eircode(self.c(keys)))
        return lines

    def addr_us(self):
        self.meta["addr_region_us"] += 1
        city, st, pre = self.c(US)
        self.ctx["uscity"] = (city, pre)
        self.ctx["town"] = (city, None)
        lines = []
        if self.p(0.1):
            lines.append("PO Box %d" % self.r.randint(20, 9999))
        else:
            n = str(self.r.randint(100, 19999))
            d = self.c(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
            street = "%s %s%s %s" % (n, d, self.c(US_STREETS), self.c(US_TYPES))
            if self.p(0.3):
                street += self.c([", Apt %d%s" % (self.r.randint(1, 40), self.c(["", "B", "C"])),
                                  " Unit %d" % self.r.randint(1, 90), ", Suite %d" % self.r.randint(100, 450),
                                  " #%d" % self.r.randint(2, 300)])
            lines.append(street)
        lines.append(city)
        lines.append(st + " " + self.zipc(pre))
        return lines

    def addr_care(self):
        self.meta["addr_kind_care"] += 1
        region = self.r.choices(["eng", "wal", "sco", "ni", "lon", "wt"], [45, 12, 12, 8, 10, 13])[0]
        self.meta["addr_region_" + {"wt": "eng"}.get(region, region)] += 1
        town, county, outs = self.region_pick(region)
        self.ctx["town"] = (town, outs)
        lines = []
        if self.p(0.5):
            home = self.c(CARE_HOMES)
            room = self.c(["Room %d" % self.r.randint(1, 60), "Room %d%s" % (self.r.randint(1, 30), self.c("AB")),
                           "Bedroom %d" % self.r.randint(1, 40), "Suite %d" % self.r.randint(1, 12), ""])
            if room:
                lines.append(room)
            lines.append(home)
        else:
            lines.append(self.c(["Flat %d" % self.r.randint(1, 48), "Bungalow %d" % self.r.randint(1, 20),
                                 "No. %d" % self.r.randint(1, 36)]))
            lines.append(self.c(SHELTERED))
        if self.p(0.7):
            lines.append(self.num() + " " + self.uk_street(abbr_ok=False))
        lines.append(town)
        if region == "lon":
            lines.append("London " + self.postcode(outs))
        elif self.p(0.6):
            lines.append(self.postcode(outs))
        return lines

    def address(self, key, mod=""):
        if key == "AD":
            key = self.r.choices(["AUK", "AIE", "AUS", "ACARE"], [76, 8, 10, 6])[0]
        if key == "AUK":
            lines = self.addr_uk()
        elif key == "AENG":
            lines = self.addr_uk("eng")
        elif key == "ALON":
            lines = self.addr_uk("lon")
        elif key == "AWAL":
            lines = self.addr_uk("wal")
        elif key == "ASCO":
            lines = self.addr_uk("sco")
        elif key == "ANI":
            lines = self.addr_uk("ni")
        elif key == "AWT":
            lines = self.addr_uk("wt", self.c(["plain", "plain", "flat", "nostreetnum", "house"]))
        elif key == "AFLAT":
            lines = self.addr_uk(self.c(["eng", "lon", "sco", "sco", "wal", "ni"]), "flat")
        elif key == "AHOUSE":
            lines = self.addr_uk(self.c(["eng", "eng", "wal", "sco", "ni", "wt"]), self.c(["house", "farm"]))
        elif key == "APART":
            self.meta["addr_partial"] += 1
            region = self.c(["eng", "eng", "lon", "wal", "sco", "ni", "wt"])
            self.meta["addr_region_" + {"wt": "eng"}.get(region, region)] += 1
            town, county, outs = self.region_pick(region)
            self.ctx["town"] = (town, outs)
            street = self.street_for(region)
            form = self.c(["st_town", "st_town", "num_st", "st_town_county"])
            if form == "num_st":
                lines = [self.num() + " " + street]
            elif form == "st_town_county" and region != "lon":
                lines = [street, town, county]
            else:
                lines = [street, town]
        elif key == "AIE":
            lines = self.addr_ie()
        elif key == "AUS":
            lines = self.addr_us()
        elif key == "ACARE":
            lines = self.addr_care()
        else:
            raise KeyError(key)
        # layout
        if "m" in mod:
            sep = "\n" if self.p(0.8) else ",\n"
            self.meta["addr_multiline"] += 1
        elif "n" in mod or self.p(0.13):
            sep = " "
            self.meta["addr_nocomma"] += 1
        else:
            sep = ", "
        v = sep.join(lines)
        v = v.rstrip(".")
        if "l" in mod or ("u" not in mod and self.p(0.1)):
            v = v.lower()
            self.meta["addr_lower"] += 1
        elif "u" in mod or self.p(0.06):
            v = v.upper()
            self.meta["addr_upper"] += 1
        if sep == " " and self.p(0.3):
            # postcode run together
            v = re.sub(r"\b([A-Za-z]{1,2}\d[A-Za-z\d]?) (\d[A-Za-z]{2})$", r"\1\2", v)
        return v

    # ---- hospital numbers
    def hosp(self):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        fmts = [
            lambda: "%s-%s-%s-%s" % (L(1), d(3), d(4), L(1)),               # K-204-7781-Q
            lambda: "RWH.%s" % d(7),                                         # RWH.0048213
            lambda: "PX %s %s %s %s" % (d(2), d(2), d(2), L(1)),             # PX 44 81 09 T
            lambda: "%s-%s-%s" % (d(4), L(1), d(4)),                         # 0071-B-9935
            lambda: "NHT#%s" % d(7),                                         # NHT#5573104
            lambda: "%s%s %s" % (L(1), d(4), d(4)),                          # W8831 4402
            lambda: "20%s/ED/%s" % (r.choice(["19", "20", "21", "22", "23"]), d(5)),  # 2021/ED/03317
            lambda: "TRK-%s%s%s-%s%s" % (d(1), L(1), d(1), d(2), L(1)),      # TRK-7Q2-19X
            lambda: "BCH_%s" % d(8),                                         # BCH_44871920
            lambda: "ED%s-%s" % (d(2), d(5)),                                # ED26-00841
            lambda: "%s %s %s%s" % (d(4), d(3), d(1), L(1)),                 # 3309 112 7S
            lambda: "NW-%s-%s" % (r.choice(["ORT", "CAR", "NEU", "GYN", "RES"]), d(5)),  # NW-ORT-66102
            lambda: "%s%s-%s-%s-%s" % (L(1), d(1), d(2), d(2), d(2)),         # X7-55-02-13
            lambda: "P/%s/%s/%s" % (d(4), d(3), L(1)),                       # P/2291/448/C
            lambda: "%s.%s.%s" % (d(3), d(3), d(3)),                         # 551.902.778
            lambda: "CW %s-%s" % (d(4), d(1)),                               # CW 8801-6
            lambda: "%s%s%s%s" % (L(1), d(2), L(1), d(4)),                   # T44G7720
            lambda: "QM%s" % d(7),                                           # QM0918273
            lambda: "%s %s/%s" % (L(3), d(3), d(4)),                         # DGH 118/4402
            lambda: "%s:%s" % (L(2), d(8)),                                  # RT:00419932
        ]
        i = r.randrange(len(fmts))
        v = fmts[i]()
        self.meta["hn_fmt_%02d" % i] += 1
        if r.random() < 0.18:
            v = v.lower()
            self.meta["hn_lower"] += 1
        return v

    # ---- dates of birth
    MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    ORD_W = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
    TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    def ordinal(self, n):
        sfx = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return "%d%s" % (n, sfx)

    def yr_words(self, y):
        hi = "nineteen" if y < 2000 else "two thousand"
        lo = y % 100
        if y >= 2000:
            return "two thousand and " + self.num_words(lo) if lo else "two thousand"
        if lo < 10:
            return hi + " oh " + self.UNITS[lo]
        return hi + " " + self.num_words(lo)

    def num_words(self, n):
        teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                 "eighteen", "nineteen"]
        if n < 10:
            return self.UNITS[n]
        if n < 20:
            return teens[n - 10]
        t, u = divmod(n, 10)
        return self.TENS[t] + (("-" if self.p(0.5) else " ") + self.UNITS[u] if u else "")

    def date_fmt(self, y, m, d, allow_words=True):
        M = self.MONTHS[m - 1]
        forms = [
            lambda: "%02d/%02d/%d" % (d, m, y),
            lambda: "%d/%d/%02d" % (d, m, y % 100),
            lambda: "%d-%d-%d" % (d, m, y),
            lambda: "%02d.%02d.%02d" % (d, m, y % 100),
            lambda: "%s %s %d" % (self.ordinal(d), self.MON3[m - 1], y),
            lambda: "%d %s %d" % (d, M, y),
            lambda: "%s of %s %d" % (self.ordinal(d), M, y),
            lambda: "%d-%02d-%02d" % (y, m, d),
            lambda: "%s %d %d" % (self.c(["Sept", "Sep"]) if m == 9 else self.MON3[m - 1], d, y),
            lambda: "%s %d, %d" % (M, d, y),
            lambda: "%d/%s/%d" % (d, self.MON3[m - 1], y),
            lambda: "%s %s '%02d" % (self.ordinal(d), self.MON3[m - 1], y % 100),
            lambda: "%02d %02d %02d" % (d, m, y % 100),
            lambda: "%02d%02d%02d" % (d, m, y % 100),
            lambda: "%d.%d.%d" % (d, m, y),
            lambda: "%d %s %d" % (d, M.upper(), y),
            lambda: "%d/%d/%d" % (m, d, y) if d > 12 else "%s %d %d" % (M, d, y),
        ]
        if allow_words and self.p(0.1):
            self.meta["date_words"] += 1
            return self.c(["%s of %s %s" % (self.ORD_W[d - 1], M, self.yr_words(y)),
                           "%s the %s, %s" % (M, self.ORD_W[d - 1], self.yr_words(y)),
                           "%s %s %s" % (self.ORD_W[d - 1], M, self.yr_words(y))])
        return self.c(forms)()

    def dob(self, kind="any"):
        if kind == "any":
            kind = self.r.choices(["adult", "old", "child", "baby"], [55, 22, 15, 8])[0]
        y = {"adult": (1940, 2003), "old": (1924, 1945), "child": (2008, 2020), "baby": (2021, 2024)}[kind]
        y = self.r.randint(*y)
        self.meta["dob_" + kind] += 1
        return self.date_fmt(y, self.r.randint(1, 12), self.r.randint(1, 28))

    def care_date(self):
        r = self.r
        y = r.randint(2019, 2024)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        wd = self.c(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
        wd3 = self.c(["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"])
        M = self.MONTHS[m - 1]
        forms = [
            "%s %s" % (wd, self.ordinal(d)), "%s the %s" % (wd, self.ordinal(d)), "%s %d %s" % (wd, d, M),
            "%s %s %s" % (wd3, self.ordinal(d), self.MON3[m - 1]), "%d/%d" % (d, m), "%02d/%02d/%d" % (d, m, y),
            "%s %d" % (M, y), "%s of %s" % (self.ordinal(d), M), "%d %s" % (d, self.MON3[m - 1]),
            "%s %s" % (M, self.ordinal(d)), "%d.%d.%02d" % (d, m, y % 100), "%s %d, %d" % (M, d, y),
            "%s %d %s %d" % (wd, d, M, y), "%s %s" % (self.ordinal(d), M), "%s/%s" % (self.MON3[m - 1], str(y)[2:]),
        ]
        return self.c(forms)

    # ---- contact details
    def phone(self, kind="any"):
        r = self.r
        if kind == "any":
            kind = r.choices(["mob", "land", "lon", "intl", "us"], [36, 28, 14, 10, 12])[0]
        self.meta["phone_" + kind] += 1
        x3 = "%03d" % r.randint(0, 999)
        if kind == "mob":
            return self.c(["07700 900%s" % x3, "07700900%s" % x3, "07700 900 %s" % x3, "077009 00%s" % x3,
                           "07700-900-%s" % x3, "0770 0900 %s" % x3])
        if kind == "land":
            area = self.c(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151", "0161"])
            forms = ["%s 496 0%s" % (area, x3), "%s4960%s" % (area, x3), "(%s) 496 0%s" % (area, x3),
                     "01632 960%s" % x3, "01632960%s" % x3, "(01632) 960 %s" % x3, "0191 498 0%s" % x3,
                     "028 9649 6%s" % x3, "029 2018 0%s" % x3, "%s 4960%s ext. %d" % (area, x3, r.randint(10, 999)),
                     "01632 960%s x%d" % (x3, r.randint(100, 9999))]
            return self.c(forms)
        if kind == "lon":
            return self.c(["020 7946 0%s" % x3, "0207 946 0%s" % x3, "02079460%s" % x3, "(020) 7946 0%s" % x3])
        if kind == "intl":
            return self.c(["+44 7700 900%s" % x3, "+44 (0) 7700 900 %s" % x3, "0044 113 496 0%s" % x3,
                           "+44 20 7946 0%s" % x3, "+447700900%s" % x3, "00 44 161 496 0%s" % x3,
                           "+1 (%d) 555-01%02d" % (self.c([212, 503, 617, 919, 773]), r.randint(0, 99))])
        n2 = "%02d" % r.randint(0, 99)
        ac = self.c(["412", "505", "608", "801", "907", "414", "316", "208"])
        return self.c(["%s-555-01%s" % (ac, n2), "(%s) 555-01%s" % (ac, n2), "%s.555.01%s" % (ac, n2),
                       "1 %s 555 01%s" % (ac, n2), "555-01%s" % n2])

    def email(self, linked=False):
        r = self.r
        dom = self.c(["example.com", "example.org", "example.net"])
        if self.p(0.35):
            dom = self.c(["mail.", "post.", "inbox.", "nhs.", "home.", "family.", "web."]) + dom
        if linked and "person" in self.ctx:
            f, s = self.ctx["person"]
            f = re.sub(r"[^a-z0-9]", "", fold(f).lower())
            s = re.sub(r"[^a-z0-9\-]", "", fold(s).lower().replace(" ", ""))
            if f == s:
                s = str(r.randint(1, 99))
            local = self.c(["%s.%s" % (f, s), "%s%s" % (f[0], s), "%s_%s%d" % (f, s, r.randint(1, 99)),
                            "%s.%s+nhs" % (f, s), "%s%s" % (s, f[:1]), "%s-%s" % (f, s)])
            self.meta["email_linked"] += 1
        else:
            a = self.c(["nanna", "grumpy.gramps", "the.wards", "bluebell", "tyne.fan", "poppyseed", "hillwalker",
                        "carer.account", "dragonfly", "boxofbirds", "yorkie.lass", "teatime", "allotment.man",
                        "mumof4", "sunflower", "lochview", "quiz.queen", "bikeshed", "caravanclub", "kelpie"])
            local = self.c(["%s%d" % (a, r.randint(1, 1999)), a, "%s_%d" % (a, r.randint(10, 99)), a + ".uk"])
        v = local + "@" + dom
        if self.p(0.05):
            v = v.upper()
        return v

    def nhs(self):
        while True:
            if self.p(0.55):
                ds = [9, 9, 9] + [self.r.randint(0, 9) for _ in range(6)]
            else:
                ds = [self.r.randint(4, 7)] + [self.r.randint(0, 9) for _ in range(8)]
            s = sum(d * (10 - i) for i, d in enumerate(ds))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c == 10:
                continue
            ds.append(c)
            t = "".join(map(str, ds))
            f = self.r.choices([0, 1, 2, 3], [45, 30, 10, 15])[0]
            if f == 0:
                return "%s %s %s" % (t[:3], t[3:6], t[6:])
            if f == 1:
                return t
            if f == 2:
                return "%s-%s-%s" % (t[:3], t[3:6], t[6:])
            return "%s %s" % (t[:3], t[3:])

    def url(self):
        dom = self.c(["example.com", "example.org", "example.net"])
        sub = self.c(["www.", "", "patients.", "my.", "feedback.", "ward7.", "carers."])
        path = self.c(["/appointments/rebook", "/leaflets/hip-replacement.pdf", "/feedback?form=fft&site=3",
                       "/visiting", "/parking#disabled", "/maternity/birth-plan", "/ward/12/info", "/myrecord/login",
                       "/pals/contact-us", "/transport/eligibility", "/physio/exercises?wk=2", "/cafe-menu",
                       "/complaints/form-b", "/blog/our-new-ward", "/i/GrX72q"])
        scheme = self.r.choices(["https://", "http://", ""], [60, 15, 25])[0]
        if scheme == "" and sub == "":
            sub = "www."
        self.meta["url_" + (scheme or "bare")] += 1
        return scheme + sub + dom + path

    def age(self, words=False):
        n = self.r.randint(90, 104)
        if words:
            self.meta["age_words"] += 1
            if n >= 100:
                return "a hundred" + ("" if n == 100 else " and " + self.UNITS[n - 100])
            return "ninety" + ("" if n == 90 else self.c(["-", " "]) + self.UNITS[n - 90])
        return str(n)

    def town(self, key):
        if key == "T":
            t = self.c(ENGLAND + WALES + SCOTLAND + NI)
            self.ctx["town"] = (t[0], t[2])
            self.meta["town_uk"] += 1
            return t[0]
        if key == "TW":
            t = self.c(WORD_TOWNS)
            for e in ENGLAND:
                if e[0] == t:
                    self.ctx["town"] = (t, e[2])
            self.meta["town_uk"] += 1
            self.meta["town_wordlike"] += 1
            return t
        if key == "TV":
            v = self.c(VILLAGES)
            self.meta["town_village"] += 1
            return v[0]
        if key == "TUS":
            c = self.c(US)
            self.ctx["uscity"] = (c[0], c[2])
            self.meta["town_us"] += 1
            return c[0]
        if key == "TIE":
            self.meta["town_ie"] += 1
            return self.c([t[0] for t in IRELAND if not t[0].startswith("Dublin ")])
        if key == "TAB":
            self.meta["town_abroad"] += 1
            return self.c(ABROAD)
        raise KeyError(key)

    # ---- slot dispatcher
    def slot(self, key, mod):
        if key in ("F", "M", "A", "WF", "WM", "KF", "KM", "K", "S", "SW", "FF", "FM", "FA", "I"):
            t, v = "NAME", self.name(key)
        elif key in ("AD", "AUK", "AENG", "ALON", "AWAL", "ASCO", "ANI", "AWT", "AFLAT", "AHOUSE", "APART",
                     "AIE", "AUS", "ACARE"):
            return "ADDRESS", self.address(key, mod)
        elif key == "H":
            t, v = "HOSPITAL_NUMBER", self.hosp()
        elif key in ("DOB", "DOBO", "DOBC", "DOBB", "DOBA"):
            t, v = "DATE_OF_BIRTH", self.dob({"DOB": "any", "DOBO": "old", "DOBC": "child", "DOBB": "baby", "DOBA": "adult"}[key])
        elif key in ("P", "PM", "PL", "PUS", "PI"):
            t, v = "PHONE", self.phone({"P": "any", "PM": "mob", "PL": "land", "PUS": "us", "PI": "intl"}[key])
        elif key == "E":
            t, v = "EMAIL", self.email(False)
        elif key == "EN":
            t, v = "EMAIL", self.email(True)
        elif key == "N":
            t, v = "NHS_NUMBER", self.nhs()
        elif key == "PC":
            t, v = "POSTCODE", self.postcode()
            self.meta["pc_free"] += 1
        elif key == "PCT":
            town = self.ctx.get("town")
            outs = town[1] if town and town[1] else None
            t, v = "POSTCODE", self.postcode(outs)
            self.meta["pc_matched" if outs else "pc_free"] += 1
        elif key == "Z":
            t, v = "ZIP", self.zipc()
        elif key == "ZC":
            c = self.ctx.get("uscity")
            t, v = "ZIP", self.zipc(c[1] if c else None)
            self.meta["zip_matched"] += 1
        elif key == "U":
            t, v = "URL", self.url()
        elif key == "DT":
            t, v = "DATE", self.care_date()
        elif key in ("T", "TW", "TV", "TUS", "TIE", "TAB"):
            t, v = "TOWN", self.town(key)
        elif key == "AG":
            t, v = "AGE_OVER_89", self.age(False)
        elif key == "AGW":
            t, v = "AGE_OVER_89", self.age(True)
        else:
            raise KeyError(key)
        if "l" in mod:
            v = v.lower()
            self.meta["%s_lower" % t] += 1
        elif "u" in mod:
            v = v.upper()
            self.meta["%s_upper" % t] += 1
        return t, v


SLOT_RE = re.compile(r"\{([A-Z]+)(?:\|([a-z]+))?\}")


def render(gen, template):
    """Template -> list of (text, type-or-None)."""
    gen.ctx = {}
    pieces = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            pieces.append((template[pos:m.start()], None))
        t, v = gen.slot(m.group(1), m.group(2) or "")
        pieces.append((v, t))
        pos = m.end()
    if pos < len(template):
        pieces.append((template[pos:], None))
    return pieces


def slot_types(template):
    out = []
    for m in SLOT_RE.finditer(template):
        k = m.group(1)
        if k in ("F", "M", "A", "WF", "WM", "KF", "KM", "K", "S", "SW", "FF", "FM", "FA", "I"):
            out.append("NAME")
        elif k.startswith("A") and k not in ("AG", "AGW"):
            out.append("ADDRESS")
        elif k == "H":
            out.append("HOSPITAL_NUMBER")
        elif k.startswith("DOB"):
            out.append("DATE_OF_BIRTH")
        elif k.startswith("P") and k not in ("PC", "PCT"):
            out.append("PHONE")
        elif k in ("E", "EN"):
            out.append("EMAIL")
        elif k == "N":
            out.append("NHS_NUMBER")
        elif k in ("PC", "PCT"):
            out.append("POSTCODE")
        elif k in ("Z", "ZC"):
            out.append("ZIP")
        elif k == "U":
            out.append("URL")
        elif k == "DT":
            out.append("DATE")
        elif k.startswith("T"):
            out.append("TOWN")
        elif k in ("AG", "AGW"):
            out.append("AGE_OVER_89")
    return out


# ---------------------------------------------------------------------------
# Carrier sentences (written for this set).  Slots: {KEY} or {KEY|mods};
# mods: l = lower case, u = upper case, m = over several lines, n = no commas.
# ---------------------------------------------------------------------------
ANY = [
    # ---- names: staff, lower case, capitals, lists, possessives, word-names
    "Special mention to {F} on the front desk who calmed me right down.",
    "{M} the porter had me laughing all the way to x-ray.",
    "huge thanks to {F|l} and {M|l} on nights x",
    "Nurse {S} explained everything twice without once making me feel stupid.",
    "Dr {S}'s manner was cold and dismissive, I felt like a nuisance.",
    "The physio ({A}) pushed me just enough.",
    "I would like to commend Staff Nurse {FF} for her patience with my father.",
    "my son {M|l} was terrified but the play lady made it into a game",
    "The HCA, {F}, stayed past her shift to make sure I was settled.",
    "THANK YOU {F|u} AND {F|u} FROM BAY 4!!!",
    "Mr {S} (consultant) took the time to draw me a diagram of my knee.",
    "Shout out to {K}, {K} and {KM} - legends the lot of you.",
    "Dr {I} was very thorough.",
    "Sister {S} runs a tight ship, in the best way.",
    "{WF} on reception is an angel.",
    "The paramedic, {WM}, held my hand in the back of the ambulance the whole way.",
    "{WM} and {WF} from the crew were fantastic with Mum.",
    "i want to say a big thank u to {WF|l} the student nurse, she will be brill",
    "Our midwife {F} - what a star.",
    "The lady on the phone (I think her name was {F}) was rude and hung up on me.",
    "Driver {M} was late and did not apologise.",
    "{FF}, the ward manager, actually listened when I complained.",
    "Thank you to the whole team, especially {F}, {F}, {M} and {A}.",
    "My husband {M|l} was not allowed to stay even though I was frightened.",
    "My wife, {F}, has dementia and nobody read the note on her file.",
    "Dad ({FM}) was treated with dignity at the end and we will never forget that.",
    "My daughter {F}'s cast was put on too tight and had to be redone.",
    "My partner {A} drove me in and was told to wait in the car for four hours.",
    "The registrar, Dr {S}, was honest with us, which I appreciated.",
    "{M} from pharmacy sorted my tablets out in ten minutes flat.",
    "Can I just say {S} on the ward is wasted as a nurse - should be running the place.",
    "Mum keeps asking for \"that lovely {WF}\" so please pass this on!",
    "my mum {F|l} is 81 and was left in a corridor",
    "Please tell {F} on Ward 12 that I'm walking again.",
    "Dr. {FM} and Dr. {FF} both saw me and told me different things.",
    "{KM} the driver is a diamond.",
    "Big up {KM} and {KF} :)",
    "Ask for {WF} - she knows everything about the clinic.",
    "The doctor — {S} I think — didn't examine me at all.",
    "Occupational therapist: {FF}. Brilliant.",
    "Re the nurse who did my bloods ({F}): please thank her.",
    "Sorry {M}, I was a grumpy patient!",
    "My grandson {M}'s appointment was moved three times.",
    "{FM}'s team in fracture clinic deserve a medal.",
    "The care co-ordinator {FA} has not returned a single call.",
    "I was seen by {A} (nurse practitioner), who was excellent.",
    "Prof. {S} and his students were respectful and asked permission first.",
    "my carer {F|l} came with me and they let her stay which helped",
    "Our health visitor {F} has been a godsend with the twins.",
    "{F} and {F} on the stroke unit treated Dad like their own grandad.",
    "Doctors {S} and {S} disagreed in front of me which was unsettling.",
    "My key worker is {FA} and she is the only one who rings back.",
    "Both {WM} and {WF} (the two nurses on the late shift) were kind.",
    "I'm writing for my neighbour {FF} who has no family and can't write any more.",
    "My brother-in-law {FM} had his hip done on the same ward and had the opposite experience.",
    "the speech therapist {F|l} was brilliant with my husband",
    "Dr {S|u} IS THE BEST DOCTOR I HAVE EVER HAD",
    "MY NAN {F|u} WAS LEFT IN HER OWN MESS FOR 3 HOURS",
    "{F}!!! you made my day x",
    "thanku {K|l} 😊",
    "Sending love to {F} and {F} 💐",
    "Gracias to nurse {F} - she speak Spanish with my mother and this help very much.",
    "Thank you very much to doctor {S}, he is explaining good for me and my wife.",
    "My father ({M}) do not speak English and no one get interpreter.",
    "the young lad {M|l} who brought the teas was a ray of sunshine",
    "Dr {I}'s letter was full of mistakes.",
    "My son, {FM}, has autism and the staff adapted everything for him.",
    "Patient: {FA}.",
    "Name - {FA}",
    "(my name is {FA} if you need to follow up)",
    "Pls pass on to {F} in the discharge lounge — she is wonderful.",
    "A nurse called {WF|l} looked after me and she was lovely.",
    "Paramedics {F} and {M}: thank you for getting me breathing again.",
    "The crew ({A} & {A}) were calm and kind.",
    "I'd like {S} on the renal unit to know she changed my mind about dialysis.",
    "Great support from {FA} at the memory clinic.",
    "My twins, {A} and {A}, were born here and the care was superb.",
    "Goodbye and thank you, {F}.",
    "It was {M}'s first day and he was brilliant.",
    "my wife {F|l} & i cant thank u enough",
    "Radiographer {F} and her colleague {M} were gentle and quick.",
    "Our little one {A} wasn't scared at all thanks to the staff.",
    "She (Dr {S}) said I'd be seen in a week - that was two months ago.",
    "Dr {SW} and Nurse {SW} are a credit to the NHS.",
    "Mr {SW}'s clinic always runs an hour late.",
    "We called our baby {WF} after the midwife, that's how much she meant to us.",
    "Tell {WM} from the night shift he still owes me a game of cards!",
    "{KF} and the girls on the day unit - you know who you are x",
    "My stepdad {M} was the one who had the operation, I'm writing for him.",
    "Uncle {M} says thank you (he can't use a phone).",
    "{FF} (daughter) writing on behalf of my mother.",
    "The junior doctor - {A} - was out of her depth and didn't ask for help.",
    "i asked for {F|l} by name cos she knows my history",
    "Please don't let {S} anywhere near my mum again.",
    "A massive thank you to Dr {S}, Dr {S} and all of the team on Ward 6.",
    "Mr {FM} is my surgeon and I trust him completely.",
    # ---- addresses
    "The transport was meant to collect me from {AD} but went to the wrong house.",
    "They collected me from {AD} at 7am sharp, lovely lads.",
    "The letter went to {AD}, which is my old flat, so I never got it.",
    "Please forward any further letters to {AD}.",
    "I'm at {AD} now, not the old address.",
    "We're now in {AD} since the move.",
    "Transport to {AD} took over two hours.",
    "Home address: {AD}",
    "home address - {AD|l}",
    "My address is {AD} and has been for 11 years, yet the hospital keeps using my mother's.",
    "Please note my new address:\n{AD|m}",
    "Correspondence to:\n{AD|m}",
    "they sent the ambulance to {AD} instead of my sons house",
    "Can you update my details to {AD} please",
    "i live at {AD|l} if u need to send the form again",
    "WHY DID THE APPOINTMENT LETTER GO TO {AD|u}?? I MOVED YEARS AGO",
    "Mum is in {ACARE} now, so please write to her there.",
    "My father resides at {ACARE}; the staff there were not told he had been discharged.",
    "I am writing on behalf of my aunt, of {AD}, who is unable to write herself.",
    "Post for me goes c/o {FA}, {AD}.",
    "Please send it c/o {AHOUSE} as I am staying with family.",
    "The driver could not find {AHOUSE}, which is understandable as it is down a farm track.",
    "We live at {AHOUSE} - sat nav takes you the wrong way so ring first.",
    "The district nurse came out to {AD} three times a day.",
    "The paramedics came to {AD} within twenty minutes.",
    "I was picked up from my daughter's, {AD}, and taken home after.",
    "From {AD} to the hospital is forty miles and there is no bus.",
    "Patient transport dropped me at {AD} but I live at {AD}.",
    "Our new place is {APART} (still getting used to the stairs!)",
    "it's {APART|l}, the one with the blue door",
    "I gave them my address ({AD}) three times and it was still wrong on the letter.",
    "Address on file should read {AD} not {AD}.",
    "They had me down as living at {AD}. I have never lived there.",
    "Please stop sending letters to {AD}, my mother passed away last year.",
    "The hospital car took me home to {AD}.",
    "The pharmacy delivered to {AD} by mistake, luckily my neighbour brought it round.",
    "we r at {AD|l} btw",
    "im at me nans now {AD|l}",
    "I now live with my son at {AD} and the hospital has not updated this.",
    "We were visiting from {AUS} on holiday and everyone was so kind.",
    "Coming over from {AIE} for treatment was worth every mile.",
    "My sister drove down from {ASCO} to be with me.",
    "The ambulance went to {ANI} first and they had to ring to find us.",
    "Forwarding address while my house is repaired: {AD}",
    "Until further notice I am staying at {AD}.",
    "Kindly address all correspondence to the undersigned at {AD}.",
    "Physio at home was brilliant - they came to {AD} every Tuesday.",
    "Address: {AD}",
    "addr {AD|l}",
    "As I have stated previously, my residence is {AD}.",
    "I care for my brother who lives at {AD} and I was not told he was being sent home.",
    "Pls send all post to {AD} as I cant get to my old house",
    "The district nurses have been visiting Mum at {AD} and they are all angels.",
    "They dropped me at the end of {APART} instead of at my door.",
    "We're in {AFLAT} - there's no lift so the crew had to carry me down.",
    "I reside in {AFLAT} and the stair chair was a godsend.",
    "Lives at {AD}.",
    "Pick-up address was {AD}, drop-off was the main entrance.",
    "my wife was taken from {AD} to A&E",
    "Residential address for the patient:\n{AD|m}",
    "I'm the next of kin, my address is {AD}.",
    "My son's address, {AD}, is where I stay at weekends.",
    "Letters keep going to {AD} - that's 15 years out of date!",
    "you can write to me at {AD}. thank you",
    "Moved to {AD} in the summer.",
    "We have relocated from {AD} to {AD}, please amend.",
    "I am living in {AD} since two years, please to send letter there.",
    "My English is not so good. Address is {AD}, flat is on top.",
    "Please, the letters for me must go {AD}, not to old house.",
    "Deliver to: {AD}",
    "Ambulance for me came to {AD} quick quick, thank you very much.",
    "Nan has moved into sheltered housing, {ACARE}, and she loves it.",
    "I look after my father at his home, {AHOUSE}, and the carers are not turning up.",
    "the hospice at home team came to {AD|l} every day at the end",
    "Return journey to {AD} was the worst part.",
    "I'm up at {AHOUSE} (no signal, so please write).",
    "After discharge I went to my daughter's: {AD}.",
    "Our GP surgery sent the referral to {AD}, my previous address.",
    "My address hasn't changed - {AD} - so I don't know why the letter went astray.",
    "Written reply to {AD} please, I do not use email.",
    "Dad's flat: {AFLAT}. Buzzer doesn't work so ring first.",
    "It was a long way to come from {AD|n}",
    "Living at {AD|n} now",
    "The wheelchair service delivered to {AWT} instead of to me.",
    "I'm in {AWT} these days.",
    "We've moved to {ALON} and need the clinic transferred.",
    "Originally from {ALON}, so I know what a busy A&E looks like!",
    "My daughter lives at {ALON} and she was put down as next of kin with the wrong address.",
    "Please send my hearing aid batteries to {AWAL}.",
    "Mae fy nghyfeiriad wedi newid: {AWAL}. (My address has changed.)",
    "I'm staying at my sister's in {ASCO|n} till I'm back on my feet.",
    "Ambulance picked Gran up from {ACARE} and she was back by teatime.",
    "The care home is {ACARE|m}",
    "My mother is a resident at {ACARE} and was sent home at 2am with no one told.",
    "Appointment letters to {AIE} please - I'm back in Ireland now.",
    "Back home now at {AUS}, but I wanted to thank the team.",
    "Bills from the private ward went to {AUS|u} for some reason.",
    "Stayed at {ANI} after the op with my cousin.",
    "Home: {ANI|l}",
    "I'm c/o my daughter at {AD} till further notice.",
    "I moved in with my partner at {APART}.",
    "Pick up was from {APART}, which is a narrow road, but the driver managed.",
    "My dads at {AFLAT|l} and the lift is always broke",
    "taxi to {AD|l} took ages",
    "The nurse came to {AHOUSE|n} and couldn't get up the lane in the snow.",
    "FORWARD MY NOTES TO {AD|u} PLEASE",
    "We're now in {AD}, please update your records.",
    "Collect from: {AD}",
    "please forward to {AD|l}",
    # ---- hospital numbers
    "My unit number is {H}.",
    "{H} is my unit number.",
    "Hosp. no. {H}",
    "hosp no {H|l}",
    "The hospital number on my letter is {H} but the one on my wristband was {H}.",
    "Patient ref: {H}",
    "Please quote {H} when contacting me.",
    "Clinic number {H}, in case you want to check.",
    "My casualty card number was {H}.",
    "ED number - {H}",
    "The number on my bracelet was {H}, if that helps you find me.",
    "{H} - that's the number on her wristband.",
    "The reference they gave me was {H}.",
    "Outpatient no. {H}",
    "my trust number {H|l}",
    "Appointment ref {H} (cancelled twice).",
    "Record no: {H}",
    "I was booked under two numbers, {H} and {H}, which is probably why my results went missing.",
    "Numbers for me and my husband: {H} / {H}.",
    "{H} (hospital no.)",
    "My son's hospital number is {H} and they still got his name wrong.",
    "Ref {H}.",
    "Case no. {H}",
    "Your ref: {H}",
    "For your records: {H}.",
    "my number is {H|l} i think",
    "They kept asking for my K number which is {H}.",
    "Theatre list ref {H}.",
    "The label on the sample pot said {H}, which is not my number.",
    "Hospital ID: {H}",
    "Patient number {H} (Mum).",
    "RE: complaint {H}",
    "The sticker said {H}.",
    "Quote {H} if you ring.",
    "My old hospital number ({H}) should have been merged with the new one ({H}).",
    "{H} is the number on the discharge summary.",
    "Her unit no. is {H} - please check the notes.",
    "Chart number {H}",
    "patient id {H}",
    "Episode ref: {H}",
    # ---- dates of birth
    "My date of birth is {DOB}, not what's on the letter.",
    "DOB: {DOB}",
    "dob {DOB}",
    "D.o.B. {DOB}",
    "(born {DOB})",
    "Date of Birth - {DOB}",
    "They had my birthday as {DOB} which is my wife's!",
    "Mum was born on {DOBO} and still does the crossword every day.",
    "My son (d.o.b. {DOBC}) was seen in the children's A&E.",
    "Baby's DOB {DOBB}.",
    "He is a war baby, born {DOBO}, and deserves better.",
    "When I was asked my date of birth for the fifth time I said {DOB} again.",
    "birthdate {DOB}",
    "My daughter, date of birth {DOBC}, was with me.",
    "bday {DOBA}",
    "date of birth {DOBO|u}",
    "Patient's DOB is {DOB} - please correct your records.",
    # ---- phones
    "Ring me on {P} if there's a cancellation.",
    "My mobile is {PM}.",
    "Landline {PL} (please leave a message)",
    "call me {PM} anytime",
    "You can reach my daughter on {PM}, she deals with all my appointments.",
    "The number they have is wrong - it should be {P}.",
    "Tel: {PL}",
    "tel {PM}",
    "If no answer try {PL} or my son on {PM}.",
    "From abroad I can be reached on {PI}.",
    "Please phone {PUS} - I'm in the US now.",
    "Contact number for me: {P}",
    "my number is {PM} pls text dont call",
    "Phone {P}.",
    # ---- emails
    "Email me at {E}.",
    "{FA} - {EN}",
    "You can contact me by email: {EN}",
    "Please reply to {E}, I don't check post.",
    "My daughter's email is {E} - she helps me with this.",
    "email {E} if you need more info",
    "Contact {FF} on {EN}.",
    "The confirmation went to {E} which is an old address.",
    "My email changed to {E}.",
    "e-mail: {E}",
    # ---- NHS numbers
    "My NHS number is {N}.",
    "NHS no. {N}",
    "nhs number {N}",
    "NHS Number - {N}",
    "My mum's NHS number is {N} and the ward still had the wrong notes.",
    "{N} (NHS number)",
    "They wrote my NHS number down as {N} on the form.",
    "NHS#{N}",
    "Patient NHS no: {N}",
    "Son's NHS number: {N}",
    # ---- postcodes
    "Postcode {PC} by the way.",
    "My postcode is {PC} and the driver went to the wrong village.",
    "postcode {PC|l}",
    "We're in {T} ({PCT}).",
    "They sent me to {T} when my postcode is {PCT}.",
    "I moved from {PC} to {PC} so please update.",
    "Our postcode ({PC}) doesn't come up on sat navs.",
    "New postcode: {PC}",
    "The transport booking has my old postcode, {PC}.",
    "I'm out in the sticks, {PC}, so a home visit helped.",
    # ---- zips
    "Back home in {TUS} (zip {ZC}) now.",
    "My US zip code is {Z} for the billing form.",
    "I'm from {TUS}, zip {ZC}, and was visiting family.",
    "Zip: {Z}",
    "Insurance asked for my zip which is {Z}.",
    # ---- urls
    "The leaflet said to look at {U} but the page doesn't exist.",
    "Info here: {U}",
    "I found the visiting times at {U}.",
    "Your website ({U}) is impossible to use on a phone.",
    "The link on the text, {U}, didn't work.",
    "I booked through {U} and it was easy.",
    "see {U}",
    "The physio gave me exercises at {U}.",
    # ---- dates of care
    "I was admitted on {DT} with chest pains.",
    "My appointment on {DT} was cancelled with no notice.",
    "Came in {DT}, left three days later.",
    "Seen {DT} in the eye clinic.",
    "The operation on {DT} went well.",
    "I waited in A&E from 6pm on {DT} until the next morning.",
    "On {DT} the ambulance was four hours late.",
    "We came in the {DT}, about teatime.",
    "The scan was booked for {DT} but nobody told me.",
    "visited {DT}",
    "My second jab was {DT}.",
    "Discharged {DT}.",
    # ---- towns
    "I came all the way from {T} for this appointment.",
    "The ambulance had to come from {T} because there were none nearer.",
    "The hospital in {T} was much better organised.",
    "I live out near {TV} so getting in is hard.",
    "My parents came over from {TAB} to help.",
    "We drove back to {T} the same night.",
    "I had to get two buses from {TW}.",
    "They sent me to {TW} for the scan, which is miles away.",
    "The crew from {T} station were wonderful.",
    "{T} General was full so we were diverted.",
    "I was born in {TAB} and my English is not perfect, sorry.",
    "We were on holiday from {TIE}.",
    "My daughter lives in {TUS} and flew over.",
    "i live in {TW|l} so its a trek",
    "It's a long drive from {TV}.",
    "Having to go to {T} for bloods is ridiculous when there's a clinic in town.",
    # ---- ages
    "My mother is {AG} and was left on a trolley overnight.",
    "Dad ({AG}) was treated like a person, not a number.",
    "At {AG} she deserves better than this.",
    "My grandad is {AGW} and sharp as a tack.",
    "Nan, who is {AGW}, was so impressed.",
    "My {AG} year old aunt was sent home alone.",
    "She's {AGW} next birthday.",
    "I am {AG}, and I have never been treated so well.",
    "He's {AG}yo and they still expected him to use the app!",
    "Great-grandma (aged {AG}) was kept comfortable.",
    "A lady of {AG} should not be waiting 6 hours.",
    # ---- mixed
    "Patient: {FA}, DOB {DOB}, NHS no {N}.",
    "{FA} ({DOB}) - hospital number {H}",
    "Mum ({FF}, {AG}) lives at {ACARE}.",
    "Next of kin: {FA}, {PM}",
    "My husband {FM} (DOB {DOBO}) was discharged without his medication.",
    "Contact: {FA}, {AD}, tel {P}",
    "Re: {FA}, {H}",
    "Son {FM}, date of birth {DOBC}, NHS number {N}.",
    "Please contact my carer {FF} on {PM} or {EN}.",
    "I'm {FA}, {AG} years young, from {T}.",
]

OPENERS = [
    "Dear Dr {S},",
    "Dear Sir/Madam,\nRe: {FA}, {AD}",
    "Hi {K}",
    "Dear {F},",
    "To whom it may concern - patient {FA}, DOB {DOB}.",
    "Re: my mum {FA} ({H})",
    "FAO Sister {S}:",
    "Good morning {F},",
    "Dear Mr {S} and team,",
    "Hello Dr. {I},",
    "RE: {FA|u}",
    "Dear Ms {S}",
    "Hiya {KF}!!",
    "For the attention of {FA}, Patient Experience Team.",
    "Subject: complaint on behalf of {FA}",
    "Dear Matron {S},",
    "Dear {WF} and all at the unit,",
    "Hey {WM},",
    "Dear Prof {S}",
    "Patient name: {FA}\nAddress: {AD}",
    "From: {FA}, {AD}",
    "Re. {FA} - unit no. {H}",
    "Dear Dr {S} (cc Dr {S}),",
    "Hi {F} and {F},",
    "Dear colleagues in Ward 9 and Dr {S},",
]

SIGNOFFS = [
    "Yours sincerely,\n{FA}\n{AD|m}",
    "Regards\n{FA}\n{AD}\n{P}",
    "from {FA|l} {AD|l}",
    "Thanks, {F} ({APART})",
    "Yours faithfully\n{I}",
    "Kind regards,\n{FA}",
    "- {F} x",
    "Cheers, {KM}",
    "Love {F} and family xx",
    "{FA}\n{AD|m}\n{P}",
    "Many thanks\n{FF} (daughter)\n{E}",
    "Best wishes, {FM}, {AD}",
    "Thank you.\n{FA}\n{AD|m}\nTel: {PL}",
    "signed {FA|l}",
    "Yours,\n{I}\n{AHOUSE|m}",
    "x {KF}",
    "From {F}, {M} and the kids",
    "Regards, {FA} (son of {FA})",
    "{FA|u}\n{AD|um}",
    "Sent on behalf of {FA} by {FA}, carer, {AD}",
    "THANK YOU ALL FROM {FA|u} AND FAMILY",
    "With gratitude,\n{FF}\nc/o {ACARE|m}",
    "God bless you all - {F}, aged {AG}",
    "Warmest regards\n{FA}\n{ANI|m}",
    "Diolch yn fawr iawn,\n{FA}\n{AWAL|m}",
    "Ta very much, {K} :)",
    "Sincerely,\n{FA}\n{AUS|m}\n{PUS}",
    "Is mise le meas,\n{FA}\n{AIE|m}",
    "Best,\n{FA}\n{ASCO|m}",
    "Yours in frustration,\n{FA}, {ALON}",
    "- {FA} ({E})",
    "{FA} (patient), {AFLAT}",
    "Regards {I}, {AD}",
    "from {F|l} @ {APART|l}",
    "Thanks again, {FA}\n{AD|m}",
]

# Decoys: an ordinary capitalised word that is NOT a name or a place here.
DECOYS = [
    "Will ring the ward if anything changes.",
    "Hope to not be back any time soon!",
    "Grace under pressure is the only way to describe the night staff.",
    "Sister was run off her feet but still smiled.",
    "Matron came round twice, which was reassuring.",
    "Bath time was done with real care and dignity.",
    "Reading the leaflet beforehand helped a lot.",
    "March is when the clinic usually opens its bookings, I was told.",
    "Street parking is impossible near the hospital.",
    "Deal with the parking machines, they never work.",
    "Battle to get through on the phone every single time.",
    "Joy of joys, the car park barrier was up!",
    "Faith restored in the NHS.",
    "Mark my words, this ward is the best in the country.",
    "Bill for the TV was extortionate.",
    "Frank conversation with the consultant, which I needed.",
    "Rich tea biscuits at 3am never tasted so good.",
    "Sandy floors in the corridor, someone needs to mop.",
    "Summer heat on the ward was unbearable with no fans.",
    "Dawn is not the time to be woken for bloods.",
    "Amber warning on the A&E board all night.",
    "Ruby wedding anniversary spent in hospital, but the nurses made it special.",
    "Holly and tinsel everywhere at Christmas, very cheerful.",
    "Hazel eyes, kind smile - that's all I remember of the nurse.",
    "Sky News was blaring in the day room all afternoon.",
    "Jack of all trades, the porters here.",
    "Ray of sunshine, the lady with the tea trolley.",
    "Guy in the next bed snored all night.",
    "Chase up the referral myself? I shouldn't have to.",
    "Grant me one wish: a hospital bed that doesn't squeak.",
    "King-size thanks to everyone.",
    "Major improvement since last year.",
    "Rose garden outside the window was lovely to look at.",
    "Ivy growing on the old block looks nice but the windows leak.",
    "Olive oil spread on toast was a nice touch.",
    "Honey and lemon drinks for my throat were a kindness.",
    "Patience is needed, but it's worth it.",
    "Mercy, the chairs in outpatients are hard!",
    "Star service.",
    "Baker's dozen of forms to fill in before they saw me.",
    "Cook on the ward does a mean shepherd's pie.",
    "Young people's unit was calm and bright.",
    "Church bells outside at 8am woke the whole bay.",
    "Castle view from the window cheered me up.",
    "Street lights in the car park were all out.",
    "Wells of patience, every one of the nurses.",
]

# In-place insertions (pure insertions, so the original is kept in order).
INPLACE = [
    # (regex, template inserted after match.end(), tag)
    (re.compile(r"\b(Thank you|Thanks|thank you|thanks)(?= (for|so|very|to all|all|again)\b|[.!,])"), " {A}", "thanks"),
    (re.compile(r"\b(the|The|all the|All the) (nurses|staff|team|crew|paramedics|doctors|ambulance crew)(?= (were|was|are|have|who)\b)"),
     " ({A} and {A})", "staff"),
    (re.compile(r"\b[Mm]y (mum|mother|wife|daughter|nan|gran|sister)(?= (was|is|had|has|and)\b)"), " {F}", "rel_f"),
    (re.compile(r"\b[Mm]y (dad|father|husband|son|grandad|brother)(?= (was|is|had|has|and)\b)"), " {M}", "rel_m"),
]


# ---------------------------------------------------------------------------
# Source comments
# ---------------------------------------------------------------------------
TITLE_WORDS = ("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Miss", "Nurse", "Sister", "Prof", "Prof.",
               "Doctor", "Matron", "Professor")
MONTH_RE = re.compile(r"\b(January|February|March|April|June|July|August|September|October|November|December|"
                      r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


def load_excluded(root, own_out):
    files = sorted(glob.glob(os.path.join(root, "evaluation", "data", "redaction_*.jsonl")))
    files = [f for f in files if os.path.abspath(f) != os.path.abspath(own_out)]
    files.append(os.path.join(root, "data", "labeled", "corpus.jsonl"))
    ids, per_file = set(), []
    for f in files:
        n = 0
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])   # only the id is kept
                    n += 1
        per_file.append((os.path.relpath(f, root), n))
    return ids, per_file


def load_sources(fft_dir):
    p2, p1 = [], []
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            p2.append(("fft2:" + row["Comment ID"], (row["FFT answer"] or "").strip()))
    with open(os.path.join(fft_dir, "fft_phase1.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            p1.append(("fft1:" + row["row_index"], (row["feedback"] or "").strip()))
    return p2, p1


def lower_vocab(texts):
    v = set()
    for t in texts:
        for w in re.findall(r"[A-Za-z]+", t):
            if w.islower():
                v.add(w)
    return v


WORDNAME_SET = set(WORD_F + WORD_M + SUR_WORD + WORD_TOWNS + ["Sandy", "Will", "May"])


PLACE_NAMES = sorted(set([x[0] for x in ENGLAND + LONDON + WALES + SCOTLAND + NI + IRELAND + US] +
                        [x[1] for x in ENGLAND + LONDON + WALES + SCOTLAND + NI + IRELAND if x[1]] +
                        [v[0] for v in VILLAGES] + [v[1] for v in VILLAGES] + ABROAD))
PLACE_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in PLACE_NAMES) + r")\b")


def reject_reason(t, vocab):
    if len(t) < 12 or len(t) > 480:
        return "length"
    if re.search(r"wIth|InformatIon|[a-z]I", t):
        return "case artefact"
    if re.search(r"[*@#|\[\]{}<>]|www|https?:|\.com|\.co\.uk|\.org|xxx|redact|\bref\b", t, re.I):
        return "markers, brackets or links"
    if re.search(r"\d{3,}", t):
        return "run of digits"
    if re.search(r"\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}", t):
        return "numeric date"
    if re.search(r"\b(ninety|hundred)\b|\b(9\d|1\d\d)\b", t, re.I):
        return "age-like number"
    if MONTH_RE.search(t):
        return "month name"
    toks = list(re.finditer(r"[A-Za-zÀ-ÿ'’]+\.?", t))
    for i, m in enumerate(toks):
        w = m.group(0).rstrip(".")
        if w in TITLE_WORDS and i + 1 < len(toks) and toks[i + 1].group(0)[:1].isupper():
            return "title + capital"
    for m in re.finditer(r"[A-Za-z]+", t):
        w = m.group(0)
        if len(w) > 1 and w[0].isupper() and w.lower() not in vocab:
            return "capitalised word never written in lower case"
    if PLACE_RE.search(t):
        return "a place name from this script's lists"
    for m in re.finditer(r"[A-Z][a-z]+", t):
        w = m.group(0)
        if w not in WORDNAME_SET:
            continue
        before = t[:m.start()].rstrip()
        after = t[m.end():m.end() + 8]
        sentence_start = (before == "" or before[-1] in ".!?\n")
        if not sentence_start:
            return "word-name or word-town in mid-sentence"
        if re.match(r"(,| and\b| was\b| is\b| were\b| has\b| had\b| did\b| said\b)", after):
            return "word-name used as a name"
    return None


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
ABBREV = {"dr", "mr", "mrs", "ms", "st", "no", "eg", "ie", "etc", "approx", "prof", "vs", "nr"}


def boundaries(t):
    out = []
    depth = 0
    for i, ch in enumerate(t):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if i == 0 or i >= len(t) - 1:
            continue
        if ch == " " and t[i - 1] in ".!?" and depth == 0 and t[i + 1].isalpha():
            wm = re.search(r"([A-Za-z.]+)[.!?]+$", t[:i])
            if wm:
                w = wm.group(1).replace(".", "").lower()
                if w in ABBREV or len(w) == 1:
                    continue
            out.append(i)
    return out


def ends_open(pieces):
    """True when the last visible character is a letter or digit."""
    txt = "".join(p[0] for p in pieces).rstrip()
    return bool(txt) and txt[-1].isalnum()


class Record:
    def __init__(self, rid, original, phase):
        self.id = rid
        self.original = original
        self.phase = phase
        self.opener = None
        self.signoff = None
        self.sentences = []      # (pieces, kind) kind: any/decoy
        self.inplace = []        # (offset, pieces, tag)
        self.n_ent = 0

    def add_count(self, pieces):
        self.n_ent += sum(1 for p in pieces if p[1])


def build_text(rec, rng, stats):
    """Return (text, entities, orig_check)."""
    out = []   # (text, type-or-None, is_orig)

    def emit(pieces, orig=False):
        for txt, typ in pieces:
            if txt:
                out.append((txt, typ, orig))

    def last_is_entity():
        for txt, typ, _ in reversed(out):
            if txt.strip():
                return typ is not None and txt == txt.rstrip()
        return False

    def close_sentence(force=False):
        """Add a full stop after planted text that needs one."""
        if not out:
            return
        if ends_open([(o[0], o[1]) for o in out[-3:]]):
            if force or last_is_entity() or rng.random() < 0.9:
                out.append((".", None, False))
                stats["added_full_stop"] += 1

    def joiner():
        return "\n" if rng.random() < 0.1 else " "

    # original with in-place insertions, split at sentence boundaries for mid insertions
    orig = rec.original
    bnds = boundaries(orig)
    start, mid, end = [], collections.defaultdict(list), []
    for pieces, kind in rec.sentences:
        r = rng.random()
        if r < 0.27:
            start.append(pieces)
            stats["pos_start"] += 1
        elif r < 0.62 and bnds:
            b = rng.choice(bnds)
            mid[b].append(pieces)
            stats["pos_mid"] += 1
        else:
            end.append(pieces)
            stats["pos_end"] += 1
    if rec.opener:
        emit(rec.opener)
        if out[-1][0][-1:] in ",:" or ends_open(rec.opener) or "\n" in "".join(p[0] for p in rec.opener):
            out.append(("\n", None, False))
        else:
            out.append((joiner(), None, False))
    for pieces in start:
        emit(pieces)
        close_sentence()
        out.append((joiner(), None, False))
    # original text, with in-place insertions and mid sentences
    cuts = sorted(set([0, len(orig)] + list(mid.keys()) + [o for o, _, _ in rec.inplace]))
    ins_at = {o: p for o, p, _ in rec.inplace}
    for a, b in zip(cuts, cuts[1:]):
        if a in ins_at:
            emit(ins_at[a])
        if a in mid:
            for pieces in mid[a]:
                out.append((" ", None, False))
                emit(pieces)
                close_sentence()
        out.append((orig[a:b], None, True))
    if len(orig) in ins_at:
        emit(ins_at[len(orig)])
    if end:
        if ends_open([(orig, None)]) and rng.random() < 0.85:
            out.append((".", None, False))
            stats["added_full_stop_after_original"] += 1
        for i, pieces in enumerate(end):
            out.append((joiner(), None, False))
            emit(pieces)
            if i < len(end) - 1 or rec.signoff:
                close_sentence()
    if rec.signoff:
        if "\n" in "".join(p[0] for p in rec.signoff) or rng.random() < 0.7:
            out.append(("\n" if rng.random() < 0.8 else "\n\n", None, False))
        else:
            if ends_open([(out[-1][0], None)]):
                out.append((".", None, False))
            out.append((" ", None, False))
        emit(rec.signoff)
    text, ents, pos, origcheck = "", [], 0, ""
    for txt, typ, is_orig in out:
        if typ:
            ents.append({"start": pos, "end": pos + len(txt), "type": typ, "value": txt,
                         "profiles": HIPAA if typ in HIPAA_ONLY else STD})
        if is_orig:
            origcheck += txt
        text += txt
        pos += len(txt)
    return text, ents, origcheck


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------
def nhs_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 10:
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def phone_ok(v):
    core = re.sub(r"\s*(ext\.|x)\s*\d+$", "", v).replace("(0)", "")
    d = re.sub(r"\D", "", core)
    if d.startswith("0044"):
        d = "0" + d[4:]
    elif core.startswith("+44"):
        d = "0" + d[2:]
    uk = [r"07700900\d{3}", r"01\d\d4960\d{3}", r"01632960\d{3}", r"01914980\d{3}", r"02896496\d{3}",
          r"02920180\d{3}", r"02079460\d{3}"]
    if any(re.fullmatch(p, d) for p in uk):
        return True
    if d.startswith("1") and len(d) == 11:
        d = d[1:]
    return bool(re.fullmatch(r"(\d{3})?55501\d\d", d))


def check(records, excluded, sources):
    seen = set()
    totals = collections.Counter()
    for r in records:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
        assert r["id"] not in excluded, r["id"]
        assert sources[r["id"]] == r["original"], r["id"]
        ents = r["entities"]
        assert ents, r["id"]
        last_end = 0
        prev = None
        for e in ents:
            t, v = e["type"], e["value"]
            assert r["text"][e["start"]:e["end"]] == v, (r["id"], e)
            assert e["start"] >= last_end, (r["id"], e)
            assert v == v.strip() and v, (r["id"], v)
            assert v[-1].isalnum(), (r["id"], v)
            assert e["profiles"] == (HIPAA if t in HIPAA_ONLY else STD)
            if prev and prev["type"] == t:
                gap = r["text"][prev["end"]:e["start"]]
                assert gap.strip() != "", (r["id"], prev["value"], v)
            if t == "NAME":
                assert v.split()[0].rstrip(".") not in [x.rstrip(".") for x in TITLE_WORDS], v
                assert not re.search(r"['’]s$", v), v
            elif t == "NHS_NUMBER":
                assert nhs_ok(v), v
            elif t == "AGE_OVER_89":
                assert (v.isdigit() and int(v) >= 90) or "ninety" in v or "hundred" in v, v
            elif t in ("EMAIL", "URL"):
                host = v.split("@")[-1] if t == "EMAIL" else re.sub(r"^https?://", "", v).split("/")[0]
                assert re.search(r"(^|\.)example\.(com|org|net)$", host.lower()), v
            elif t == "PHONE":
                assert phone_ok(v), v
            elif t == "POSTCODE":
                assert re.match(r"^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$", v), v
            elif t == "ZIP":
                assert re.match(r"^\d{5}(-\d{4})?$", v), v
            elif t == "HOSPITAL_NUMBER":
                assert not re.match(r"^\d{10}$", v) and not re.match(r"^\d{3}-\d{2}-\d{4}$", v), v
            elif t in ("DATE", "DATE_OF_BIRTH"):
                assert not re.match(r"(?i)^(on|the|born|dob)\b", v), v
            totals[t] += 1
            last_end = e["end"]
            prev = e
        # planted text removed gives back the original
    for t, m in MINIMUMS.items():
        assert totals[t] >= m, (t, totals[t], m)
    assert sum(totals.values()) >= 1200
    assert len(records) >= 500
    return totals


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=8011237)
    ap.add_argument("--n2", type=int, default=170, help="phase 2 comments")
    ap.add_argument("--n1", type=int, default=360, help="phase 1 comments")
    ap.add_argument("--fft-dir", default="../shared/data/nhs_fft")
    ap.add_argument("--out", default="evaluation/data/redaction_devset8.jsonl")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    root = os.getcwd()
    rng = random.Random(a.seed)
    gen = Gen(rng)
    stats = collections.Counter()

    excluded, per_file = load_excluded(root, a.out)
    p2, p1 = load_sources(a.fft_dir)
    sources = {}
    for rid, t in p2 + p1:
        sources.setdefault(rid, t)
    vocab = lower_vocab([t for _, t in p2 + p1])
    pools = {}
    reasons = collections.Counter()
    for name, src in (("p2", p2), ("p1", p1)):
        seen_txt, pool = set(), []
        for rid, t in src:
            if rid in excluded or not t:
                continue
            key = t.lower()
            if key in seen_txt:
                continue
            seen_txt.add(key)
            why = reject_reason(t, vocab)
            if why:
                reasons[why] += 1
                continue
            pool.append((rid, t))
        pools[name] = pool
    # no id may appear twice in the source files
    counts = collections.Counter(rid for rid, _ in p2 + p1)
    pools = {k: [x for x in v if counts[x[0]] == 1] for k, v in pools.items()}

    # sampling: about a quarter of the phase 1 draw from comments an in-place rule can extend
    def can_inplace(t):
        return any(rx.search(t) for rx, _, _ in INPLACE)
    chosen = []
    p2pool = list(pools["p2"])
    rng.shuffle(p2pool)
    chosen += [(rid, t, 2) for rid, t in p2pool[:a.n2]]
    p1pool = list(pools["p1"])
    rng.shuffle(p1pool)
    with_rule = [x for x in p1pool if can_inplace(x[1])]
    k = min(len(with_rule), a.n1 // 4)
    first = with_rule[:k]
    first_ids = set(x[0] for x in first)
    rest = [x for x in p1pool if x[0] not in first_ids]
    chosen += [(rid, t, 1) for rid, t in first + rest[:a.n1 - k]]
    assert len(chosen) == a.n2 + a.n1, (len(chosen), len(pools["p2"]), len(pools["p1"]))
    recs = [Record(rid, t, ph) for rid, t, ph in chosen]
    rng.shuffle(recs)

    totals = collections.Counter()

    def count(pieces):
        for _, t in pieces:
            if t:
                totals[t] += 1

    # in-place insertions
    inplace_used = collections.Counter()
    for rec in recs:
        if inplace_used.total() >= 45 if hasattr(collections.Counter, "total") else sum(inplace_used.values()) >= 45:
            break
        for rx, tpl, tag in INPLACE:
            m = rx.search(rec.original)
            if m and inplace_used[tag] < 14 and rng.random() < 0.8:
                pieces = render(gen, tpl)
                rec.inplace.append((m.end(), pieces, tag))
                rec.add_count(pieces)
                count(pieces)
                inplace_used[tag] += 1
                break

    # carrier instances: every sentence once, then by type deficit
    instances = []   # (kind, template, pieces)
    for tpl in OPENERS:
        instances.append(("open", tpl, render(gen, tpl)))
    for tpl in SIGNOFFS:
        instances.append(("sign", tpl, render(gen, tpl)))
    order = list(ANY)
    rng.shuffle(order)
    for tpl in order:
        instances.append(("any", tpl, render(gen, tpl)))
    for _, _, pcs in instances:
        count(pcs)
    by_type = collections.defaultdict(list)
    for tpl in ANY:
        for t in set(slot_types(tpl)):
            by_type[t].append(tpl)
    for t in by_type:
        by_type[t].sort()
    extra_open = {t: [x for x in OPENERS + SIGNOFFS if t in slot_types(x)] for t in TARGETS}
    while True:
        gaps = sorted(((totals[t] / TARGETS[t], t) for t in sorted(TARGETS) if totals[t] < TARGETS[t]))
        if not gaps:
            break
        t = gaps[0][1]
        if t == "ADDRESS" and rng.random() < 0.1:
            tpl = rng.choice(extra_open[t])
            kind = "open" if tpl in OPENERS else "sign"
        else:
            cands = by_type[t]
            # prefer sentences that carry the wanted type alone
            single = [c for c in cands if len(slot_types(c)) == 1]
            tpl = rng.choice(single if single and rng.random() < 0.75 else cands)
            kind = "any"
        pcs = render(gen, tpl)
        instances.append((kind, tpl, pcs))
        count(pcs)

    # allocation: each instance to the record with the fewest details so far
    keys = {r.id: rng.random() for r in recs}
    opens = [x for x in instances if x[0] != "any"]
    anys = [x for x in instances if x[0] == "any"]
    rng.shuffle(anys)
    for kind, tpl, pcs in opens + anys:
        n = sum(1 for p in pcs if p[1])
        cands = sorted(recs, key=lambda r: (r.n_ent, keys[r.id]))
        placed = False
        for r in cands:
            if r.n_ent + n > 8:
                continue
            if kind == "open" and r.opener:
                continue
            if kind == "sign" and r.signoff:
                continue
            if kind == "any" and len(r.sentences) >= 4:
                continue
            types = set(p[1] for p in pcs if p[1])
            if kind == "any" and types & {"DATE_OF_BIRTH", "NHS_NUMBER", "ZIP"}:
                have = set(p[1] for s, _ in r.sentences for p in s if p[1])
                if types & have & {"DATE_OF_BIRTH", "NHS_NUMBER", "ZIP"}:
                    continue
            if kind == "open":
                r.opener = pcs
            elif kind == "sign":
                r.signoff = pcs
            else:
                r.sentences.append((pcs, "any"))
            r.add_count(pcs)
            placed = True
            break
        assert placed, tpl
        stats["use_" + kind] += 1

    # decoys: about a fifth of the records
    dorder = list(DECOYS)
    rng.shuffle(dorder)
    n_decoy = round(len(recs) * 0.21)
    drecs = rng.sample(recs, n_decoy)
    for i, r in enumerate(drecs):
        r.sentences.append(([(dorder[i % len(dorder)], None)], "decoy"))
    stats["decoy_records"] = n_decoy
    stats["decoy_sentences_used"] = min(n_decoy, len(dorder))
    assert n_decoy >= len(dorder)

    # ordering of sentences inside a record is random
    out = []
    for r in recs:
        rng.shuffle(r.sentences)
        text, ents, origcheck = build_text(r, rng, stats)
        assert origcheck == r.original, r.id
        out.append({"id": r.id, "text": text, "original": r.original, "entities": ents})
    totals = check(out, excluded, sources)

    data = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    sha = hashlib.sha256(data.encode("utf-8")).hexdigest()

    print("wrote %s: %d records, %d entities, sha256 %s" % (a.out, len(out), sum(totals.values()), sha))
    if a.stats:
        print("excluded ids:", len(excluded))
        for f, n in per_file:
            print("  %s %d" % (f, n))
        print("pool sizes: p2 %d, p1 %d" % (len(pools["p2"]), len(pools["p1"])))
        print("reject reasons:", dict(sorted(reasons.items(), key=lambda x: -x[1])))
        print("phase:", collections.Counter(r.phase for r in recs))
        print("inplace:", dict(inplace_used))
        print("types:", dict(sorted(totals.items(), key=lambda x: -x[1])))
        std = sum(v for k, v in totals.items() if k not in HIPAA_ONLY)
        print("standard:", std, "hipaa:", sum(totals.values()))
        print("entities per record:", sorted(collections.Counter(len(o["entities"]) for o in out).items()))
        lens = sorted(len(o["original"]) for o in out)
        print("original length: min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
        print("stats:", dict(sorted(stats.items())))
        print("meta:", dict(sorted(gen.meta.items())))
        tpl_uses = collections.Counter(t for _, t, _ in instances)
        print("templates: any %d used %d; openers %d; signoffs %d; all used: %s" % (
            len(ANY), sum(1 for t in ANY if tpl_uses[t]), len(OPENERS), len(SIGNOFFS),
            all(tpl_uses[t] for t in ANY + OPENERS + SIGNOFFS)))


if __name__ == "__main__":
    main()
