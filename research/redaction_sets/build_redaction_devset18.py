#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset18.jsonl.

A held-out development set for the redactor, written after round 21 by an agent
that never read the redactor, its tests, its reports, the other sets or their
cards.  Real NHS Friends and Family Test comments (The-Strategy-Unit/pxtextmining,
MIT, copyright NHS England; Care Opinion data CC BY-NC-SA 4.0) are selected,
filtered for anything that already looks like a personal detail, and invented
details are planted into them in the voice of patients and relatives.

Standard library only.  One random.Random(20260018) drives every choice, so two
runs give byte-identical output.

    python research/redaction_sets/build_redaction_devset18.py          # write
    python research/redaction_sets/build_redaction_devset18.py --stats  # write + counts
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

SEED = 20260018
SET_NUMBER = 18
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA_DIR = os.path.join(ROOT, "evaluation", "data")
OUT_PATH = os.path.join(DATA_DIR, "redaction_devset18.jsonl")
DEFAULT_SOURCE = os.path.join(os.path.dirname(ROOT), "shared", "data", "nhs_fft")

N_DETAIL_RECORDS = 486      # records that carry planted details (15 of them also hold a decoy)
N_DECOY_ONLY = 45           # decoy sentence, nothing labelled
N_DECOY_WITH_DETAILS = 15
N_PLAIN = 8                 # untouched comments, nothing labelled

# slot-token budget (a token is one planted detail; TOWN2 and ZIP give two entities)
TOKEN_BUDGET = [
    ("TOWN", 352), ("TOWN2", 26), ("NAME", 186), ("NAMEP", 26), ("DATE", 85),
    ("AGE", 32), ("ADDRESS", 152), ("PHONE", 30), ("EMAIL", 25), ("POSTCODE", 22),
    ("ZIP", 16), ("HOSPNO", 30), ("NHSNO", 25),
]
TOKEN_WEIGHT = {"TOWN2": 2, "ZIP": 2}

STANDARD = ["standard", "hipaa_safe_harbor"]
HIPAA_ONLY = ["hipaa_safe_harbor"]
PROFILES = {
    "TOWN": HIPAA_ONLY, "DATE": HIPAA_ONLY, "AGE_OVER_89": HIPAA_ONLY,
    "NAME": STANDARD, "ADDRESS": STANDARD, "PHONE": STANDARD, "EMAIL": STANDARD,
    "POSTCODE": STANDARD, "ZIP": STANDARD, "HOSPITAL_NUMBER": STANDARD,
    "NHS_NUMBER": STANDARD,
}

# ---------------------------------------------------------------------------
# Invented values
# ---------------------------------------------------------------------------

def _w(s):
    return [x.strip() for x in s.split("|") if x.strip()]

FIRST_F = _w("""Sarah|Emma|Chloe|Megan|Siobhan|Niamh|Aoife|Ciara|Sinead|Bernadette|Margaret|
Doreen|Brenda|Jean|Pauline|Kirsty|Lauren|Gemma|Stacey|Jade|Priya|Anjali|Sunita|Harpreet|
Gurpreet|Aisha|Fatima|Zainab|Ayesha|Nusrat|Farzana|Mariam|Amira|Yasmin|Noor|Chiamaka|Ngozi|
Adaeze|Funmilayo|Abena|Ama|Wanjiru|Thandiwe|Nomvula|Fadumo|Hodan|Zofia|Agnieszka|Katarzyna|
Magdalena|Ewa|Ioana|Andreea|Elena|Lucia|Giulia|Chiara|Ines|Mei|Xiu|Yuki|Hana|Min-ji|Linh|
Rosa|Carmen|Alejandra|Marisol|Keisha|Shanice|Tanisha|Rhiannon|Cerys|Eleri|Ffion|Seren|Morag|
Eilidh|Catriona|Mhairi|Oksana|Olena|Svetlana|Leah|Rivka|Esther|Bronwen|Dympna|Bridget|Trudy|
Maureen|Janice|Lorraine|Tracey|Mandy|Bev|Jo|Pam|Val|Shirley|Gladys|Edna|Mavis|Hyacinth|Precious|
Blessing|Folasade|Nkechi|Parveen|Shabana|Rukhsana|Jasbir|Kamaljit|Deepa|Lakshmi|Meera|Kavita|
Anousheh|Leila|Soraya|Dilnoza|Aigerim|Thuy|Ngoc|Sakura|Ji-woo|Lena|Annika|Ingrid|Sigrid|Marta|
Beata|Dorota|Kasia|Raluca|Bianca|Daniela|Lucija|Vesna|Tamsin|Demelza|Kerensa|Morwenna|Saoirse|
Grainne|Orla|Roisin|Caoimhe|Nuala|Kezia|Tallulah|Bethany|Kayleigh|Courtney|Chantelle|Destiny""")

FIRST_M = _w("""James|Callum|Connor|Liam|Ryan|Jamie|Kieran|Declan|Ciaran|Padraig|Seamus|Eoin|
Darragh|Gareth|Dafydd|Rhys|Iwan|Owain|Hamish|Angus|Fraser|Ruaridh|Lachlan|Ewan|Graham|Keith|
Trevor|Derek|Colin|Barry|Dennis|Raymond|Alan|Ken|Stan|Wilf|Reg|Arthur|Albert|Harold|Mohammed|
Imran|Tariq|Bilal|Hamza|Usman|Zubair|Faisal|Yusuf|Omar|Khalid|Rajesh|Sanjay|Vikram|Arjun|Harjit|
Gurdeep|Rohan|Anil|Chukwuemeka|Emeka|Oluwaseun|Tunde|Kwame|Kofi|Yaw|Jomo|Tendai|Sipho|Abdi|Mahad|
Piotr|Tomasz|Krzysztof|Marek|Andrzej|Bogdan|Florin|Mihai|Dmitri|Oleksandr|Giorgos|Luca|Matteo|
Joao|Tiago|Javier|Pierre|Klaus|Wei|Jun|Hiroshi|Takeshi|Minh|Duc|Sung-min|Desmond|Delroy|
Winston|Leroy|Marlon|Dwayne|Nathaniel|Kayden|Mason|Alfie|Archie|Freddie|Harvey|Ollie|Cyril|
Norman|Clifford|Wilfred|Ernest|Eamon|Cathal|Fergal|Tadhg|Gethin|Aled|Emrys|Euan|Murdo|Torquil|
Kenneth|Jaswinder|Balvinder|Parminder|Sukhdev|Ravi|Prakash|Deepak|Shahid|Nadeem|Asif|Waqar|
Adewale|Babatunde|Chidi|Obinna|Kweku|Kojo|Tatenda|Farai|Abdirahman|Yonas|Dawit|Mehmet|Emre|
Bartosz|Grzegorz|Vasile|Ionut|Tibor|Laszlo|Nikolai|Stavros|Paolo|Rui|Sergio|Henrik|Lars|Anders|
Hyun-woo|Kenji|Thanh|Rizwan|Zeeshan|Ashok|Dilip|Ignatius|Clement|Tobias|Jethro|Wayne|Shane|Darren""")

SURNAMES = _w("""Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Roberts|Johnson|
Lewis|Walker|Robinson|Wood|Thompson|White|Watson|Jackson|Wright|Green|Harris|Cooper|King|Lee|
Martin|Clarke|Murphy|O'Brien|O'Sullivan|McCarthy|Kennedy|Byrne|Doherty|Quinn|Gallagher|McLaughlin|
MacLeod|MacDonald|Campbell|Stewart|Robertson|Mackenzie|Sinclair|Llewellyn|Pritchard|Prothero|
Patel|Shah|Mistry|Chauhan|Sharma|Singh|Kaur|Gill|Sandhu|Dhillon|Bains|Khan|Hussain|Ahmed|Akhtar|
Iqbal|Rahman|Chowdhury|Begum|Uddin|Malik|Butt|Qureshi|Okafor|Okonkwo|Adeyemi|Adebayo|Oyelaran|
Mensah|Owusu|Asante|Boateng|Kamau|Otieno|Mwangi|Ndlovu|Moyo|Dlamini|Abdullahi|Warsame|Farah|Nowak|
Kowalski|Wisniewska|Lewandowski|Zielinski|Popescu|Ionescu|Dumitru|Petrov|Ivanova|Kovac|Horvath|
Novak|Rossi|Russo|Esposito|Ferreira|Santos|Costa|Garcia|Fernandez|Lopez|Muller|Schmidt|Dubois|
Moreau|Chen|Wang|Zhang|Liu|Wong|Tanaka|Sato|Nguyen|Tran|Pham|Kim|Park|Choi|Reyes|Cruz|Bailey|
Grant|Henry|Forbes|Mahabir|Ramdial|Cohen|Levy|Goldberg|Kaminski|O'Neill|Nicholson|Featherstonehaugh|
Smythe|Hollingsworth|Ashworth|Pemberton|Higginbottom|Ogunleye|Eze|Nwosu|D'Souza|Fernandes|Pereira|
De Souza|van der Berg|De Vries|Ni Dhomhnaill|Mac an tSaoi|ap Gwilym|Fitzgerald|Oduya|Achterberg|
Szabo|Yilmaz|Demir|Kaya|Haddad|Nasser|Karimi|Rostami|Tesfaye|Girma|Mohamud|Osei|Appiah|Agyeman""")

# words that are also places, used as people's names (always labelled NAME)
PLACE_FIRST_F = _w("Florence|Chelsea|Sydney|Savannah|Georgia|Adelaide|Victoria|Charlotte|Madison|"
                   "Eden|Skye|Iona|Kerry|Clare|Shannon|Paris|Brooklyn|Beverley|Siena|Vienna|"
                   "Valencia|Verona|Carolina|Lourdes|Alexandria|Asia")
PLACE_FIRST_M = _w("Lincoln|Jordan|Austin|Dallas|Denver|Orlando|Darwin|Clifton|Ashton|Preston|"
                   "Chester|Kendal|Stanley|Warwick|Devon|Rhodes|Milan|Cairo|Hudson|Boston|"
                   "Camden|Harlow|Lowell|Douglas")
PLACE_SURNAMES = _w("Preston|Crewe|Lincoln|Hamilton|Washington|Carlisle|Bolton|Whitby|Morley|Ashby|"
                    "Kendal|Buxton|Bradford|Chester|Darwin|Clifton|Bedford|Stafford|Howden|Selby|"
                    "Wakefield|Sutton|Hastings|Huntingdon|Lancaster|Derby|Kingston|Sheffield|"
                    "Bristow|Tring|Rugby|Warrington|Halifax|Burnley|Dover|Wells")

UK_TOWNS = _w("""Leeds|Sheffield|Manchester|Birmingham|Liverpool|Bristol|Nottingham|Leicester|
Coventry|Newcastle|Sunderland|Middlesbrough|Hartlepool|Darlington|Durham|Gateshead|Northampton|
Kettering|Corby|Wellingborough|Daventry|Towcester|Rushden|Brackley|Oundle|Peterborough|
Milton Keynes|Luton|Cambridge|Norwich|Ipswich|Colchester|Chelmsford|Southend-on-Sea|Brighton|
Eastbourne|Portsmouth|Southampton|Bournemouth|Poole|Exeter|Plymouth|Truro|Penzance|Taunton|
Swindon|Oxford|Reading|Slough|Guildford|Crawley|Maidstone|Canterbury|Margate|Hull|York|Harrogate|
Scarborough|Huddersfield|Barnsley|Doncaster|Rotherham|Grimsby|Scunthorpe|Skegness|Stoke-on-Trent|
Shrewsbury|Telford|Hereford|Worcester|Gloucester|Cheltenham|Stroud|Barrow-in-Furness|Blackpool|
Blackburn|Wigan|Stockport|Oldham|Rochdale|Chesterfield|Mansfield|Matlock|Great Snoring|
Little Snoring|Much Wenlock|Chipping Norton|Bourton-on-the-Water|Stow-on-the-Wold|
Ashby-de-la-Zouch|Chapel-en-le-Frith|Barton-le-Clay|Melton Mowbray|Market Harborough|
Newcastle upon Tyne|Kingston upon Thames|Stratford-upon-Avon|Burton upon Trent|Henley-on-Thames|
Walton-on-the-Naze|Berwick-upon-Tweed|Sutton-in-Ashfield|Mousehole|Ugley|Wool|Eye|Diss|Ware|Hope|
March|Battle|Deal|Bath|Sale|Street|Wells|Rye|Looe|Bude|Sandwich|Mold|Cheddar|Wigton|Nether Wallop|
Wetwang|Bishop's Stortford|Long Buckby|Brixworth|Earls Barton|Irthlingborough|Raunds|Thrapston|
Geddington|Weedon Bec|Flore|Yardley Hastings|Kislingbury|Roade|Silverstone|Byfield|Moulton|
Guilsborough|West Haddon|Crick|Welford|Desborough|Rothwell|Burton Latimer|Finedon|Higham Ferrers|
Irchester|Wollaston|Bozeat|Seaham|Peterlee|Consett|Chester-le-Street|Houghton-le-Spring|
Hetton-le-Hole|Bishop Auckland|Spennymoor|Ferryhill|Newton Aycliffe|Shildon|Crook|Barnard Castle|
Morpeth|Alnwick|Amble|Blyth|Ashington|Whitley Bay|Tynemouth|Jarrow|Hebburn|Guisborough|Redcar|
Saltburn-by-the-Sea|Stokesley|Yarm|Stockton-on-Tees|Billingham|Seaton Carew|Easington|Horden|
Blackhall Colliery|Aberystwyth|Llandudno|Machynlleth|Caernarfon|Porthmadog|Pwllheli|Betws-y-Coed|
Ystradgynlais|Merthyr Tydfil|Pontypridd|Abertawe|Caerdydd|Casnewydd|Wrexham|Bangor|Dolgellau|
Llanelli|Cwmbran|Aberteifi|Y Fenni|Hwlffordd|Inverness|Aberdeen|Dundee|Stirling|Glasgow|Edinburgh|
Paisley|Kilmarnock|Fort William|Portree|Stornoway|Ullapool|Tobermory|Dingwall|Kirkwall|Lerwick|Oban|
Peebles|Galashiels|Dunfermline|Kirkcaldy|Inbhir Nis|Dùn Èideann|Glaschu|Obar Dheathain|Steòrnabhagh|
Port Rìgh|An t-Òban|Belfast|Derry|Londonderry|Newry|Lisburn|Ballymena|Coleraine|Enniskillen|Omagh|
Armagh|Portrush|Strabane|Cookstown|Dungannon|Larne|Kirkby Lonsdale|Helmsley|Bakewell|Ledbury|
Uppingham|Tenby|Llandeilo|Anstruther|Ross-on-Wye|Bognor Regis|Leighton Buzzard|Saffron Walden|
Great Yarmouth|King's Lynn|Bury St Edmunds|Newport Pagnell|Leamington Spa|Tunbridge Wells|
Weston-super-Mare|Ashton-under-Lyne|Newcastle-under-Lyme|Bolton-le-Sands|Sutton Coldfield|
Hemel Hempstead|Welwyn Garden City|Royal Wootton Bassett|Brightlingsea|Mablethorpe|Louth|Spalding|
Holbeach|Sleaford|Oakham|Lutterworth|Hinckley|Coalville|Loughborough|Newark|Retford|Worksop|
Ilkeston|Belper|Glossop|Sedbergh|Appleby-in-Westmorland|Keswick|Ambleside|Whitehaven|Workington|
Maryport|Cockermouth|Penrith|Bala|Haltwhistle|Rothbury|Wooler|Bamburgh|Holy Island|Lindisfarne""")

IRISH_TOWNS = _w("""Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Sligo|Tralee|Killarney|Ennis|
Athlone|Dundalk|Drogheda|Letterkenny|Castlebar|Westport|Wexford|Carlow|Mullingar|Bray|Skibbereen|
Dingle|Clonakilty|Ballina|Baile Átha Cliath|Gaillimh|Corcaigh|Port Laoise|Nenagh|Thurles|Cavan|
Monaghan|Longford|Roscommon|Tullamore|Naas|Navan|Arklow|Kinsale|Bantry|Kenmare|Listowel|Clifden""")

COUNTIES = _w("""Northamptonshire|Leicestershire|Lincolnshire|Norfolk|Suffolk|Cornwall|Devon|Cumbria|
Northumberland|Yorkshire|North Yorkshire|East Yorkshire|Shropshire|Herefordshire|Kent|Essex|Surrey|
Somerset|Dorset|Wiltshire|Gloucestershire|Oxfordshire|Buckinghamshire|Bedfordshire|Hertfordshire|
Cambridgeshire|Rutland|Derbyshire|Staffordshire|Cheshire|Lancashire|Fife|Argyll|Powys|Gwynedd|
Ceredigion|Pembrokeshire|Anglesey|Ynys Môn|Fermanagh|Tyrone|Antrim|Kerry|Mayo|Donegal|Connemara|
Teesside|Tyneside|Wearside|Flintshire|East Sussex|West Sussex|Carmarthenshire|Aberdeenshire|Perthshire""")

TOWN_COUNTY = [
    ("Oundle", "Northamptonshire"), ("Little Snoring", "Norfolk"), ("Much Wenlock", "Shropshire"),
    ("Mousehole", "Cornwall"), ("Diss", "Norfolk"), ("Eye", "Suffolk"), ("Battle", "East Sussex"),
    ("Wool", "Dorset"), ("Hope", "Derbyshire"), ("March", "Cambridgeshire"), ("Ugley", "Essex"),
    ("Looe", "Cornwall"), ("Street", "Somerset"), ("Bude", "Cornwall"), ("Kirkby Lonsdale", "Cumbria"),
    ("Alnwick", "Northumberland"), ("Machynlleth", "Powys"), ("Tobermory", "Argyll"),
    ("Anstruther", "Fife"), ("Dingle", "Kerry"), ("Westport", "Mayo"), ("Enniskillen", "Fermanagh"),
    ("Crick", "Northamptonshire"), ("Helmsley", "North Yorkshire"), ("Wetwang", "East Yorkshire"),
    ("Sandwich", "Kent"), ("Rye", "East Sussex"), ("Cheddar", "Somerset"), ("Bakewell", "Derbyshire"),
    ("Ledbury", "Herefordshire"), ("Uppingham", "Rutland"), ("Tenby", "Pembrokeshire"),
    ("Llandeilo", "Carmarthenshire"), ("Rothbury", "Northumberland"), ("Sedbergh", "Cumbria"),
    ("Brixworth", "Northamptonshire"), ("Holbeach", "Lincolnshire"), ("Bozeat", "Northamptonshire"),
    ("Ballater", "Aberdeenshire"), ("Pitlochry", "Perthshire"), ("Ware", "Hertfordshire"),
    ("Deal", "Kent"), ("Wells", "Somerset"), ("Mold", "Flintshire"), ("Bala", "Gwynedd"),
    ("Letterkenny", "Donegal"), ("Kenmare", "Kerry"), ("Omagh", "Tyrone"),
]

US_CITIES = [  # city, state (full), state (abbrev), zip stem
    ("Portland", "Oregon", "OR", "972"), ("Austin", "Texas", "TX", "787"), ("Columbus", "Ohio", "OH", "432"),
    ("Dayton", "Ohio", "OH", "454"), ("Boise", "Idaho", "ID", "837"), ("Tulsa", "Oklahoma", "OK", "741"),
    ("Omaha", "Nebraska", "NE", "681"), ("Tucson", "Arizona", "AZ", "857"),
    ("Albuquerque", "New Mexico", "NM", "871"), ("Raleigh", "North Carolina", "NC", "276"),
    ("Savannah", "Georgia", "GA", "314"), ("Buffalo", "New York", "NY", "142"),
    ("Syracuse", "New York", "NY", "132"), ("Springfield", "Illinois", "IL", "627"),
    ("Fresno", "California", "CA", "937"), ("Sacramento", "California", "CA", "958"),
    ("Madison", "Wisconsin", "WI", "537"), ("Burlington", "Vermont", "VT", "054"),
    ("Charleston", "South Carolina", "SC", "294"), ("Louisville", "Kentucky", "KY", "402"),
    ("Spokane", "Washington", "WA", "992"), ("Des Moines", "Iowa", "IA", "503"),
    ("Pittsburgh", "Pennsylvania", "PA", "152"), ("Baltimore", "Maryland", "MD", "212"),
    ("Richmond", "Virginia", "VA", "232"), ("Milwaukee", "Wisconsin", "WI", "532"),
    ("Boston", "Massachusetts", "MA", "021"), ("Chicago", "Illinois", "IL", "606"),
    ("Houston", "Texas", "TX", "770"), ("Phoenix", "Arizona", "AZ", "850"),
    ("Denver", "Colorado", "CO", "802"), ("Nashville", "Tennessee", "TN", "372"),
    ("New Orleans", "Louisiana", "LA", "701"), ("Anchorage", "Alaska", "AK", "995"),
    ("Honolulu", "Hawaii", "HI", "968"), ("Fargo", "North Dakota", "ND", "581"),
    ("Scranton", "Pennsylvania", "PA", "185"), ("Ithaca", "New York", "NY", "148"),
    ("Lexington", "Kentucky", "KY", "405"), ("Duluth", "Minnesota", "MN", "558"),
    ("Asheville", "North Carolina", "NC", "288"), ("Tallahassee", "Florida", "FL", "323"),
    ("Worcester", "Massachusetts", "MA", "016"), ("Bangor", "Maine", "ME", "044"),
]

ABROAD = [  # city, country (country is never labelled)
    ("Kraków", "Poland"), ("Gdańsk", "Poland"), ("Wroclaw", "Poland"), ("Poznan", "Poland"),
    ("Lublin", "Poland"), ("Vilnius", "Lithuania"), ("Kaunas", "Lithuania"), ("Riga", "Latvia"),
    ("Tallinn", "Estonia"), ("Bucharest", "Romania"), ("Cluj-Napoca", "Romania"), ("Iași", "Romania"),
    ("Sofia", "Bulgaria"), ("Plovdiv", "Bulgaria"), ("Porto", "Portugal"), ("Lisbon", "Portugal"),
    ("Funchal", "Madeira"), ("Madrid", "Spain"), ("Seville", "Spain"), ("Málaga", "Spain"),
    ("Bilbao", "Spain"), ("Barcelona", "Spain"), ("Lyon", "France"), ("Marseille", "France"),
    ("Toulouse", "France"), ("Lille", "France"), ("Berlin", "Germany"), ("Hamburg", "Germany"),
    ("Munich", "Germany"), ("Cologne", "Germany"), ("Düsseldorf", "Germany"),
    ("Rotterdam", "the Netherlands"), ("Utrecht", "the Netherlands"), ("Antwerp", "Belgium"),
    ("Ghent", "Belgium"), ("Naples", "Italy"), ("Palermo", "Italy"), ("Turin", "Italy"),
    ("Bologna", "Italy"), ("Athens", "Greece"), ("Thessaloniki", "Greece"), ("Budapest", "Hungary"),
    ("Debrecen", "Hungary"), ("Prague", "the Czech Republic"), ("Brno", "the Czech Republic"),
    ("Bratislava", "Slovakia"), ("Kosice", "Slovakia"), ("Zagreb", "Croatia"), ("Split", "Croatia"),
    ("Belgrade", "Serbia"), ("Tirana", "Albania"), ("Istanbul", "Turkey"), ("Izmir", "Turkey"),
    ("Mumbai", "India"), ("Delhi", "India"), ("Kolkata", "India"), ("Chennai", "India"),
    ("Bengaluru", "India"), ("Hyderabad", "India"), ("Ahmedabad", "India"), ("Amritsar", "India"),
    ("Jalandhar", "India"), ("Ludhiana", "India"), ("Chandigarh", "India"), ("Kochi", "India"),
    ("Lahore", "Pakistan"), ("Karachi", "Pakistan"), ("Islamabad", "Pakistan"),
    ("Rawalpindi", "Pakistan"), ("Mirpur", "Pakistan"), ("Faisalabad", "Pakistan"),
    ("Sialkot", "Pakistan"), ("Dhaka", "Bangladesh"), ("Sylhet", "Bangladesh"),
    ("Chittagong", "Bangladesh"), ("Colombo", "Sri Lanka"), ("Kandy", "Sri Lanka"),
    ("Kathmandu", "Nepal"), ("Pokhara", "Nepal"), ("Lagos", "Nigeria"), ("Abuja", "Nigeria"),
    ("Ibadan", "Nigeria"), ("Port Harcourt", "Nigeria"), ("Enugu", "Nigeria"), ("Kano", "Nigeria"),
    ("Accra", "Ghana"), ("Kumasi", "Ghana"), ("Nairobi", "Kenya"), ("Mombasa", "Kenya"),
    ("Kampala", "Uganda"), ("Harare", "Zimbabwe"), ("Bulawayo", "Zimbabwe"), ("Lusaka", "Zambia"),
    ("Lilongwe", "Malawi"), ("Johannesburg", "South Africa"), ("Durban", "South Africa"),
    ("Cape Town", "South Africa"), ("Addis Ababa", "Ethiopia"), ("Mogadishu", "Somalia"),
    ("Hargeisa", "Somaliland"), ("Khartoum", "Sudan"), ("Casablanca", "Morocco"), ("Tunis", "Tunisia"),
    ("Algiers", "Algeria"), ("Dakar", "Senegal"), ("Freetown", "Sierra Leone"),
    ("Kinshasa", "the DRC"), ("Douala", "Cameroon"), ("Kingston", "Jamaica"),
    ("Montego Bay", "Jamaica"), ("Spanish Town", "Jamaica"), ("Port of Spain", "Trinidad"),
    ("San Fernando", "Trinidad"), ("Bridgetown", "Barbados"), ("Castries", "St Lucia"),
    ("Roseau", "Dominica"), ("Nassau", "the Bahamas"), ("Georgetown", "Guyana"),
    ("Port-au-Prince", "Haiti"), ("Havana", "Cuba"), ("Santo Domingo", "the Dominican Republic"),
    ("Dubai", "the UAE"), ("Abu Dhabi", "the UAE"), ("Doha", "Qatar"), ("Riyadh", "Saudi"),
    ("Jeddah", "Saudi"), ("Muscat", "Oman"), ("Amman", "Jordan"), ("Beirut", "Lebanon"),
    ("Baghdad", "Iraq"), ("Erbil", "Iraq"), ("Tehran", "Iran"), ("Shiraz", "Iran"),
    ("Damascus", "Syria"), ("Aleppo", "Syria"), ("Hong Kong", None), ("Shanghai", "China"),
    ("Beijing", "China"), ("Guangzhou", "China"), ("Shenzhen", "China"), ("Taipei", "Taiwan"),
    ("Seoul", "Korea"), ("Busan", "Korea"), ("Tokyo", "Japan"), ("Osaka", "Japan"),
    ("Manila", "the Philippines"), ("Cebu", "the Philippines"), ("Bangkok", "Thailand"),
    ("Chiang Mai", "Thailand"), ("Hanoi", "Vietnam"), ("Ho Chi Minh City", "Vietnam"),
    ("Kuala Lumpur", "Malaysia"), ("Penang", "Malaysia"), ("Jakarta", "Indonesia"),
    ("Sydney", "Australia"), ("Melbourne", "Australia"), ("Brisbane", "Australia"),
    ("Auckland", "New Zealand"), ("Toronto", "Canada"), ("Calgary", "Canada"), ("Halifax", "Canada"),
    ("Zürich", "Switzerland"), ("São Paulo", "Brazil"), ("Bogotá", "Colombia"), ("Krakow", "Poland"),
    ("Malaga", "Spain"), ("Reykjavík", "Iceland"), ("Ålesund", "Norway"), ("Göteborg", "Sweden"),
]

UK_STREETS = _w("""Albion Road|Mill Lane|Church Street|Station Road|High Street|Victoria Road|
Queens Road|Park Avenue|The Crescent|Orchard Close|Chestnut Drive|Meadow Way|Elm Grove|Beech Avenue|
Kingsley Road|St Mary's Close|Abbey Road|Sycamore Gardens|Jubilee Terrace|Nightingale Court|
Thorn Hill|Glebe Farm Road|Back Lane|Rectory Lane|Colliery Row|Front Street|Main Street|
Hawthorn Way|Larch Close|Princess Street|Cemetery Road|Bridge Street|Wharf Lane|Harcourt Way|
Mayfield Avenue|Lavender Walk|Foxglove Close|Willow Bank|Cromwell Street|Dale View|Moor Lane|
Wellington Terrace|Primrose Hill|Brookside|Green Lane|Kestrel Drive|Heron Way|Coppice Road|
Bluebell Rise|Fairfield Road|Raglan Street|Alma Terrace|Tithe Barn Lane|The Paddocks|Saxon Way""")
WELSH_STREETS = _w("Heol y Parc|Ffordd Penrhyn|Stryd Fawr|Heol Maes y Dre|Lon Las|Ffordd yr Eglwys|Stryd y Bont")
SCOT_STREETS = _w("Dumbarton Road|Great Western Road|Leith Walk|Union Street|Sraid na h-Eaglais|Wellpark Crescent|Marchmont Road")
NI_STREETS = _w("Lisburn Road|Strand Road|Antrim Road|Ormeau Road|Falls Road|Castle Street|Shore Road")
IE_STREETS = _w("Main Street|O'Connell Street|Church Road|The Mall|Bridge Street|Mary Street|Fair Green|Chapel Lane")
HOUSE_NAMES = _w("""Rose Cottage|The Old Forge|Ivy House|Hillcrest|Ty Gwyn|The Willows|Fernlea|Orchard View|
Bramble Cottage|Honeysuckle Barn|The Old School House|Glebe House|Meadow End|Sunnyside|Holly Lodge|
Tigh na Mara|Bryn Awel|The Granary|Lilac Cottage|Wren's Nest""")
CARE_HOMES = _w("""Willow Court Care Home|Beechwood Nursing Home|The Laurels Residential Home|Cedar Lodge|
Meadowbank Care Centre|St Anne's Care Home|Primrose House|Oakleigh Nursing Home|Harbour View Care Home|
The Elms Residential Home|Sunningdale House|Fairways Care Home""")
BUILDINGS = _w("Harbour Court|Regent House|Mill View|Albert Buildings|Quayside Lofts|Kingfisher House|"
               "St John's Court|The Maltings|Victoria Mansions|Foundry Wharf|Carlton Heights")

# (post town, postcode area, district range, county or None)
ADDR_UK_PLACES = [
    ("Kettering", "NN", (14, 16), "Northamptonshire"), ("Corby", "NN", (17, 18), "Northants"),
    ("Northampton", "NN", (1, 7), "Northamptonshire"), ("Wellingborough", "NN", (8, 9), None),
    ("Leeds", "LS", (1, 29), "West Yorkshire"), ("Sheffield", "S", (1, 36), None),
    ("Manchester", "M", (1, 40), None), ("Birmingham", "B", (1, 48), None),
    ("Liverpool", "L", (1, 38), "Merseyside"), ("Bristol", "BS", (1, 16), None),
    ("Nottingham", "NG", (1, 17), "Nottinghamshire"), ("Leicester", "LE", (1, 5), None),
    ("Sunderland", "SR", (1, 6), "Tyne and Wear"), ("Middlesbrough", "TS", (1, 8), None),
    ("Darlington", "DL", (1, 3), "County Durham"), ("Durham", "DH", (1, 7), None),
    ("Newcastle upon Tyne", "NE", (1, 15), None), ("Hexham", "NE", (46, 47), "Northumberland"),
    ("Peterborough", "PE", (1, 4), "Cambridgeshire"), ("Norwich", "NR", (1, 14), "Norfolk"),
    ("Ipswich", "IP", (1, 5), "Suffolk"), ("Exeter", "EX", (1, 6), "Devon"),
    ("Truro", "TR", (1, 4), "Cornwall"), ("York", "YO", (1, 32), None),
    ("Hull", "HU", (1, 10), "East Yorkshire"), ("Lincoln", "LN", (1, 6), "Lincolnshire"),
    ("Shrewsbury", "SY", (1, 5), "Shropshire"), ("Carlisle", "CA", (1, 3), "Cumbria"),
    ("Preston", "PR", (1, 5), "Lancashire"), ("Derby", "DE", (1, 24), None),
    ("Cardiff", "CF", (10, 24), None), ("Swansea", "SA", (1, 7), None),
    ("Bangor", "LL", (57, 57), "Gwynedd"), ("Aberystwyth", "SY", (23, 23), "Ceredigion"),
    ("Glasgow", "G", (1, 53), None), ("Edinburgh", "EH", (1, 17), None),
    ("Inverness", "IV", (1, 3), None), ("Aberdeen", "AB", (10, 25), None),
    ("Oxford", "OX", (1, 4), None), ("Brighton", "BN", (1, 2), "East Sussex"),
    ("Plymouth", "PL", (1, 9), "Devon"), ("Market Harborough", "LE", (16, 16), "Leicestershire"),
    ("Stockton-on-Tees", "TS", (18, 21), None), ("Bishop Auckland", "DL", (14, 14), "Co Durham"),
]
ADDR_UK_VILLAGES = [  # village, post town index into ADDR_UK_PLACES
    ("Geddington", 0), ("Weldon", 1), ("Moulton", 2), ("Earls Barton", 2), ("Finedon", 3),
    ("Horsforth", 4), ("Dore", 5), ("Didsbury", 6), ("Kings Heath", 7), ("Ruddington", 10),
    ("Houghton-le-Spring", 12), ("Great Ayton", 13), ("Sedgefield", 15), ("Ponteland", 16),
    ("Corbridge", 17), ("Little Snoring", 19), ("Mousehole", 22), ("Wetwang", 24),
    ("Much Wenlock", 26), ("Caldbeck", 27), ("Llanfairfechan", 32), ("Milngavie", 34),
    ("Drumnadrochit", 36), ("Cheddleton", 29), ("Wolvey", 11),
]
NI_PLACES = [("Belfast", "BT", (1, 17), "Antrim"), ("Derry", "BT", (47, 48), "Londonderry"),
             ("Ballycastle", "BT", (54, 54), "Antrim"), ("Enniskillen", "BT", (74, 74), "Fermanagh"),
             ("Newry", "BT", (34, 35), "Down"), ("Omagh", "BT", (78, 79), "Tyrone")]
IE_PLACES = [("Ennis", "Clare", "V95"), ("Tralee", "Kerry", "V92"), ("Galway", "Galway", "H91"),
             ("Bray", "Wicklow", "A98"), ("Mallow", "Cork", "P51"), ("Cork", "Cork", "T12"),
             ("Westport", "Mayo", "F28"), ("Letterkenny", "Donegal", "F92"), ("Sligo", "Sligo", "F91"),
             ("Kilkenny", "Kilkenny", "R95"), ("Athlone", "Westmeath", "N37"),
             ("Drogheda", "Louth", "A92"), ("Dingle", "Kerry", "V92"), ("Skibbereen", "Cork", "P81")]
IE_TOWNLANDS = _w("Knocknagree|Ballyvaughan|Cloonfad|Derrybeg|Gortahork|Kilmacthomas|Rathcoole|Annagry")
US_STREETS = _w("Maple Avenue|Oak Street|Elm St|Peachtree Rd NE|N Main St|Sunset Blvd|W 5th Street|"
                "Cedar Lane|Lakeview Drive|Jefferson Ave|Magnolia Court|Hillside Terrace|S Grand Ave")
CA_PLACES = [("Toronto", "ON", "M5H"), ("Montreal", "QC", "H3G"), ("Vancouver", "BC", "V6B"),
             ("Halifax", "NS", "B3J"), ("Calgary", "AB", "T2P"), ("Winnipeg", "MB", "R3C"),
             ("St. John's", "NL", "A1C"), ("Ottawa", "ON", "K1P")]
CA_STREETS = _w("Queen Street West|Rue Sainte-Catherine O|Water Street|Portage Avenue|Barrington Street|"
                "Granville Street|Elgin Street|17 Avenue SW")
AU_PLACES = [("Parramatta", "NSW", "2150"), ("St Kilda", "VIC", "3182"), ("Bondi", "NSW", "2026"),
             ("Fremantle", "WA", "6160"), ("Hobart", "TAS", "7000"), ("Toowong", "QLD", "4066"),
             ("Glenelg", "SA", "5045"), ("Geelong", "VIC", "3220")]
AU_STREETS = _w("Banksia Crescent|Beach Road|Ocean Street|Wattle Avenue|Jacaranda Drive|Bottlebrush Close|George Street")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_ABBR = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun", "Tue", "Wed", "Thur"]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
AGE_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
             "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine", "ninety one", "ninety two",
             "ninety three", "ninety four", "ninety five", "ninety six", "ninety seven",
             "ninety eight", "ninety nine", "one hundred", "a hundred and one", "one hundred and two"]

# ---------------------------------------------------------------------------
# Generators: each returns a list of segments (text, entity type or None)
# ---------------------------------------------------------------------------

def vcase(rng, v, p_lower=0.07, p_upper=0.03):
    r = rng.random()
    if r < p_lower:
        return v.lower()
    if r < p_lower + p_upper:
        return v.upper()
    return v


def g_first(rng, gender=None, place=False):
    if gender is None:
        gender = rng.choice("FM")
    if place:
        return rng.choice(PLACE_FIRST_F if gender == "F" else PLACE_FIRST_M)
    return rng.choice(FIRST_F if gender == "F" else FIRST_M)


def g_surname(rng, place=False):
    if place:
        return rng.choice(PLACE_SURNAMES)
    s = rng.choice(SURNAMES)
    if rng.random() < 0.05:
        s = s + "-" + rng.choice([x for x in SURNAMES if " " not in x and "'" not in x])
    return s


def s_first(rng, gender=None, place=False):
    return [(vcase(rng, g_first(rng, gender, place)), "NAME")]


def s_surname(rng, place=False):
    return [(vcase(rng, g_surname(rng, place), 0.05, 0.03), "NAME")]


def s_full(rng, gender=None, place=False):
    if place and rng.random() < 0.5:
        first, last = g_first(rng, gender, True), g_surname(rng)
    else:
        first, last = g_first(rng, gender), g_surname(rng, place)
    if rng.random() < 0.12:
        mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        first = first + " " + mid + ("." if rng.random() < 0.5 else "")
    return [(vcase(rng, first + " " + last, 0.06, 0.04), "NAME")]


def s_init(rng, gender=None, place=False):
    last = g_surname(rng, place)
    ini = rng.choice("ABCDEFGHJKLMNPRSTWY")
    r = rng.random()
    if r < 0.4:
        v = ini + ". " + last
    elif r < 0.7:
        v = ini + " " + last
    elif r < 0.85:
        v = ini + "." + rng.choice("ABCDEFGHJKLMNPRST") + ". " + last
    else:
        v = ini + rng.choice("ABCDEFGHJKLMNPRST") + " " + last
    return [(vcase(rng, v, 0.03, 0.04), "NAME")]


def g_uk_town(rng):
    r = rng.random()
    if r < 0.08:
        return rng.choice(COUNTIES)
    if r < 0.22:
        return rng.choice(IRISH_TOWNS)
    return rng.choice(UK_TOWNS)


def s_ukt(rng):
    return [(vcase(rng, g_uk_town(rng), 0.05, 0.02), "TOWN")]


def s_abr(rng, with_country=None):
    city, country = rng.choice(ABROAD)
    segs = [(vcase(rng, city, 0.04, 0.02), "TOWN")]
    if with_country is None:
        with_country = rng.random() < 0.35
    if with_country and country:
        segs.append((rng.choice([", ", " in "]) + country, None))
    return segs


def s_usc(rng):
    city, state, ab, _ = rng.choice(US_CITIES)
    return [(vcase(rng, city, 0.04, 0.02), "TOWN"), (", " + (state if rng.random() < 0.6 else ab), None)]


def s_town(rng):
    r = rng.random()
    if r < 0.58:
        return s_ukt(rng)
    if r < 0.66:
        city = rng.choice(US_CITIES)[0]
        return [(vcase(rng, city, 0.04, 0.02), "TOWN")]
    return s_abr(rng, with_country=rng.random() < 0.2)


def s_tc(rng):
    town, county = rng.choice(TOWN_COUNTY)
    sep = rng.choice([", ", ", ", " ", " in "]) if rng.random() < 0.9 else ", "
    lo = rng.random() < 0.05
    f = (lambda x: x.lower()) if lo else (lambda x: x)
    return [(f(town), "TOWN"), (sep, None), (f(county), "TOWN")]


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def _day_month(rng):
    m = rng.randrange(12)
    d = rng.randint(1, MONTH_DAYS[m])
    return d, m


def g_date(rng, year=None, fmt=None):
    d, m = _day_month(rng)
    if year is None:
        year = rng.randint(2019, 2024)
    mon = MONTHS[m]
    mab = MON_ABBR[m]
    pad = rng.random() < 0.5
    dd = ("%02d" % d) if pad else str(d)
    mm = ("%02d" % (m + 1)) if pad else str(m + 1)
    yy = "%02d" % (year % 100)
    forms = [
        "%s %s" % (ordinal(d), mon), "%d %s" % (d, mon), "%s %s" % (mon, ordinal(d)),
        "%s %d" % (mon, d), "%s of %s" % (ordinal(d), mon), "%s/%s" % (dd, mm),
        "%s/%s/%s" % (dd, mm, yy), "%s/%s/%d" % (dd, mm, year), "%d.%d.%s" % (d, m + 1, yy),
        "%s-%s-%d" % (dd, mm, year), "%s %s" % (ordinal(d), mab), "%d %s %d" % (d, mab, year),
        "%s %d, %d" % (mon, d, year), "%s %s %d" % (ordinal(d), mon, year),
        "%d-%02d-%02d" % (year, m + 1, d), "%d/%d" % (d, m + 1), "%s %d" % (mab, d),
        "%s of %s %d" % (ordinal(d), mon, year),
    ]
    weights = [10, 6, 5, 3, 5, 6, 5, 5, 2, 2, 4, 3, 2, 4, 1, 4, 2, 2]
    if fmt is not None:
        return forms[fmt]
    return rng.choices(forms, weights)[0]


def s_date(rng):
    return [(g_date(rng), "DATE")]


def s_dob(rng):
    d, m = _day_month(rng)
    year = rng.randint(1924, 1996)
    dd, mm = "%02d" % d, "%02d" % (m + 1)
    forms = ["%s/%s/%d" % (dd, mm, year), "%d/%d/%s" % (d, m + 1, "%02d" % (year % 100)),
             "%d.%d.%d" % (d, m + 1, year), "%s %s %d" % (ordinal(d), MONTHS[m], year),
             "%d %s %d" % (d, MON_ABBR[m], year), "%s %d %d" % (MONTHS[m], d, year),
             "%s of %s %d" % (ordinal(d), MONTHS[m], year), "%s-%s-%d" % (dd, mm, year)]
    return [(rng.choice(forms), "DATE")]


def s_dw(rng):
    wd = rng.choice(WEEKDAYS + WEEKDAY_ABBR)
    r = rng.random()
    d, m = _day_month(rng)
    if r < 0.35:
        return [(wd + " ", None), (ordinal(d), "DATE")]
    if r < 0.5:
        return [(wd + " the ", None), (ordinal(d), "DATE")]
    if r < 0.75:
        return [(wd + " ", None), ("%s %s" % (ordinal(d), rng.choice([MONTHS[m], MON_ABBR[m]])), "DATE")]
    if r < 0.9:
        return [(wd + " ", None), ("%d/%d" % (d, m + 1), "DATE")]
    return [(wd + " ", None), ("%d %s" % (d, MONTHS[m]), "DATE")]


def s_ord(rng):
    return [(ordinal(rng.randint(1, 31)), "DATE")]


def s_age(rng):
    if rng.random() < 0.55:
        a = rng.choices(range(90, 106), [8, 8, 8, 8, 7, 7, 6, 5, 4, 4, 3, 2, 2, 1, 1, 1])[0]
        return [(str(a), "AGE_OVER_89")]
    w = rng.choice(AGE_WORDS)
    if rng.random() < 0.15:
        w = w.capitalize()
    return [(w, "AGE_OVER_89")]


UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def g_postcode(rng, area=None, drange=None):
    if area is None:
        area, drange = rng.choice([(a, r) for _, a, r, _ in ADDR_UK_PLACES] +
                                  [("SW", (1, 20)), ("E", (1, 18)), ("N", (1, 22)), ("SE", (1, 28)),
                                   ("W", (2, 14)), ("CB", (1, 5)), ("HG", (1, 5)), ("DN", (1, 40)),
                                   ("KW", (1, 17)), ("HS", (1, 9)), ("ZE", (1, 3)), ("PO", (1, 22))])
    dist = str(rng.randint(drange[0], drange[1]))
    if area in ("SW", "W", "EC", "E") and rng.random() < 0.2:
        dist = str(rng.randint(1, 2)) + rng.choice("AHPVY")
    inward = str(rng.randint(1, 9)) + rng.choice(UNIT_LETTERS) + rng.choice(UNIT_LETTERS)
    return area + dist + " " + inward


def s_postcode(rng):
    pc = g_postcode(rng)
    r = rng.random()
    if r < 0.15:
        pc = pc.lower()
    elif r < 0.25:
        pc = pc.replace(" ", "")
    elif r < 0.30:
        pc = pc.lower().replace(" ", "")
    elif r < 0.34:
        pc = pc[0] + pc[1:].lower()
    elif r < 0.37:
        pc = pc.replace(" ", "  ")
    return [(pc, "POSTCODE")]


def g_zip(rng, stem):
    z = stem + "%02d" % rng.randint(1, 60)
    if rng.random() < 0.12:
        z += "-%04d" % rng.randint(1000, 9999)
    return z


def s_zip(rng):
    city, state, ab, stem = rng.choice(US_CITIES)
    z = g_zip(rng, stem)
    r = rng.random()
    if r < 0.7:
        st = ab if rng.random() < 0.7 else state
        return [(city, "TOWN"), (", " + st + rng.choice([" ", " ", "  "]), None), (z, "ZIP")]
    st = state if rng.random() < 0.6 else ab
    return [(st + " ", None), (z, "ZIP")]


def s_zip_state_only(rng):
    _, state, ab, stem = rng.choice(US_CITIES)
    return [((state if rng.random() < 0.6 else ab) + " ", None), (g_zip(rng, stem), "ZIP")]


def g_nhs(rng):
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        if digits[0] == 0:
            continue
        total = sum(d * (10 - i) for i, d in enumerate(digits))
        check = 11 - (total % 11)
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check)
        return s


def nhs_valid(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 10:
        return False
    total = sum(x * (10 - i) for i, x in enumerate(d[:9]))
    c = 11 - total % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def s_nhs(rng):
    s = g_nhs(rng)
    r = rng.random()
    if r < 0.4:
        v = s
    elif r < 0.8:
        v = "%s %s %s" % (s[:3], s[3:6], s[6:])
    else:
        v = "%s-%s-%s" % (s[:3], s[3:6], s[6:])
    return [(v, "NHS_NUMBER")]


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def g_hospno(rng):
    k = rng.randrange(16)
    if k == 0:
        v = _letters(rng, 1) + _digits(rng, 7)
    elif k == 1:
        v = _letters(rng, 3) + " " + _digits(rng, 6)
    elif k == 2:
        v = _letters(rng, 1) + _digits(rng, 6) + _letters(rng, 1)
    elif k == 3:
        v = _letters(rng, 2) + "-" + _digits(rng, 6)
    elif k == 4:
        v = str(rng.randint(1, 9)) + _digits(rng, 7)
    elif k == 5:
        v = _letters(rng, 2) + "/" + _digits(rng, 2) + "/" + _digits(rng, 5)
    elif k == 6:
        v = _digits(rng, 4) + "-" + _digits(rng, 4) + "-" + _letters(rng, 1)
    elif k == 7:
        v = _letters(rng, 1) + " " + _digits(rng, 2) + " " + _digits(rng, 2) + " " + _digits(rng, 3)
    elif k == 8:
        v = _digits(rng, 6) + "/" + _letters(rng, 1)
    elif k == 9:
        v = (_letters(rng, 1) + _digits(rng, 7)).lower()
    elif k == 10:
        v = _letters(rng, 1) + _digits(rng, 6)
    elif k == 11:
        v = _letters(rng, 2) + str(rng.randint(1, 9)) + _digits(rng, 6)
    elif k == 12:
        v = _letters(rng, 1) + "-" + _digits(rng, 4) + "-" + _digits(rng, 2)
    elif k == 13:
        v = _letters(rng, 3) + _digits(rng, 5) + _letters(rng, 1)
    elif k == 14:
        v = _digits(rng, 3) + " " + _digits(rng, 3) + " " + _letters(rng, 1)
    else:
        v = _letters(rng, 1) + _digits(rng, 2) + "." + _digits(rng, 3) + "." + _digits(rng, 3)
    return v


def s_hospno(rng):
    return [(g_hospno(rng), "HOSPITAL_NUMBER")]


UK_MOB = "07700 900"


def g_phone_uk(rng):
    k = rng.randrange(12)
    tail3 = "%03d" % rng.randint(0, 999)
    if k <= 3:  # mobiles
        forms = ["07700 900" + tail3, "07700900" + tail3, "+44 7700 900" + tail3, "+447700900" + tail3,
                 "07700 900 " + tail3, "0044 7700 900" + tail3, "(07700) 900" + tail3, "07700-900-" + tail3]
        return rng.choice(forms)
    geo = rng.choice(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141",
                      "0151", "0161"])
    if k <= 7:
        forms = ["%s 496 0%s" % (geo, tail3), "%s4960%s" % (geo, tail3), "(%s) 496 0%s" % (geo, tail3),
                 "+44 %s 496 0%s" % (geo[1:], tail3), "%s-496-0%s" % (geo, tail3)]
        return rng.choice(forms)
    if k == 8:
        return rng.choice(["020 7946 0" + tail3, "+44 (0)20 7946 0" + tail3, "0207 946 0" + tail3])
    if k == 9:
        return rng.choice(["0191 498 0" + tail3, "01632 960" + tail3, "01632 960 " + tail3])
    if k == 10:
        return rng.choice(["028 9649 6" + tail3, "029 2018 0" + tail3])
    return "0808 157 0" + tail3


def g_phone_us(rng):
    area = rng.choice(["212", "415", "312", "617", "503", "614", "404", "206", "713", "305", "720", "919"])
    t = "01%02d" % rng.randint(0, 99)
    forms = ["(%s) 555-%s" % (area, t), "%s-555-%s" % (area, t), "%s.555.%s" % (area, t),
             "+1 %s 555 %s" % (area, t), "1-%s-555-%s" % (area, t), "+1 (%s) 555-%s" % (area, t)]
    return rng.choice(forms)


def g_phone_intl(rng):
    k = rng.randrange(3)
    if k == 0:
        return "+61 491 570 %03d" % rng.randint(6, 159)
    if k == 1:
        return "+353 20 910 %04d" % rng.randint(0, 9999)
    return "+33 1 99 00 %02d %02d" % (rng.randint(0, 99), rng.randint(0, 99))


def s_phone(rng):
    r = rng.random()
    if r < 0.72:
        v = g_phone_uk(rng)
    elif r < 0.9:
        v = g_phone_us(rng)
    else:
        v = g_phone_intl(rng)
    return [(v, "PHONE")]


def s_phone_uk(rng):
    return [(g_phone_uk(rng), "PHONE")]


def _ascii_name(s):
    return re.sub(r"[^a-z]", "", s.lower())


def g_email(rng):
    f = _ascii_name(g_first(rng))
    l = _ascii_name(g_surname(rng))
    k = rng.randrange(10)
    if k == 0:
        local = f + "." + l
    elif k == 1:
        local = f[0] + "." + l
    elif k == 2:
        local = f + l + str(rng.randint(1, 99))
    elif k == 3:
        local = f + "_" + l
    elif k == 4:
        local = rng.choice(["mumanddad", "thefamily", "carer", "nanandgrandad", "the.house"]) + "." + l
    elif k == 5:
        local = f + str(rng.randint(1940, 2005))
    elif k == 6:
        local = l + "." + f[0]
    elif k == 7:
        local = f + "-" + l
    elif k == 8:
        local = f[0] + l
    else:
        local = f + "." + l + "." + str(rng.randint(1, 9))
    dom = rng.choice(["example.com", "example.org", "example.net", "example.co.uk", "mail.example.com",
                      "post.example.org", "home.example.net", "uk.example.com", "example.com",
                      "example.co.uk", "family.example.org", "inbox.example.co.uk"])
    v = local + "@" + dom
    if rng.random() < 0.06:
        v = local.capitalize() + "@" + dom
    return v


def s_email(rng):
    return [(g_email(rng), "EMAIL")]


def g_eircode(rng, key):
    chars = "0123456789ACDEFHKNPRTVWXY"
    return key + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))


def _join(rng, parts, allow_nl):
    r = rng.random()
    if allow_nl and r < 0.25:
        sep = rng.choice(["\n", ",\n", "\n"])
    elif r < 0.82:
        sep = ", "
    else:
        sep = " "
    return sep.join(parts)


def g_address_uk(rng, allow_nl):
    k = rng.randrange(11)
    pi = rng.randrange(len(ADDR_UK_PLACES))
    town, area, dr, county = ADDR_UK_PLACES[pi]
    pc = g_postcode(rng, area, dr)
    if rng.random() < 0.12:
        pc = pc.lower()
    n = str(rng.randint(1, 240))
    if area in ("CF", "SA", "LL", "SY") and rng.random() < 0.5:
        street = rng.choice(WELSH_STREETS)
    elif area in ("G", "EH", "IV", "AB") and rng.random() < 0.5:
        street = rng.choice(SCOT_STREETS)
    else:
        street = rng.choice(UK_STREETS)
    if k == 0:
        parts = [n + " " + street, town]
    elif k == 1:
        parts = [n + " " + street, town + " " + pc]
    elif k == 2:
        flat = rng.choice(["Flat %d" % rng.randint(1, 30), "Flat %d%s" % (rng.randint(1, 9), rng.choice("ABC")),
                           "Apartment %d" % rng.randint(1, 60), "Flat %d/%d" % (rng.randint(0, 3), rng.randint(1, 3))])
        parts = [flat, rng.choice(BUILDINGS), street, town, pc]
    elif k == 3:
        v, ti = rng.choice(ADDR_UK_VILLAGES)
        t2, a2, dr2, c2 = ADDR_UK_PLACES[ti]
        parts = [rng.choice(HOUSE_NAMES), street, v, (c2 or t2) + " " + g_postcode(rng, a2, dr2)]
    elif k == 4:
        parts = [rng.choice(CARE_HOMES), n + " " + street, town]
    elif k == 5:
        v, ti = rng.choice(ADDR_UK_VILLAGES)
        t2, a2, dr2, c2 = ADDR_UK_PLACES[ti]
        parts = [n + " " + street, v, c2 or t2]
    elif k == 6:
        parts = ["Flat %d/%d, %s %s" % (rng.randint(0, 3), rng.randint(1, 3), n, street), town, pc]
    elif k == 7:
        v, ti = rng.choice(ADDR_UK_VILLAGES)
        t2, a2, dr2, c2 = ADDR_UK_PLACES[ti]
        parts = [rng.choice(HOUSE_NAMES), v, "near " + t2] + ([c2] if c2 else [])
    elif k == 8:
        parts = [n + " " + street, town] + ([county] if county else []) + [pc]
    elif k == 9:
        parts = [rng.choice(CARE_HOMES), street, town + " " + pc]
    else:
        parts = [n + ", " + street if rng.random() < 0.3 else n + " " + street, town, pc]
    return _join(rng, parts, allow_nl)


def g_address_ni(rng, allow_nl):
    town, area, dr, county = rng.choice(NI_PLACES)
    pc = g_postcode(rng, area, dr)
    n = str(rng.randint(1, 180))
    st = rng.choice(NI_STREETS)
    if rng.random() < 0.5:
        parts = [n + " " + st, town + " " + pc]
    else:
        parts = [n + " " + st, town, "Co. " + county, pc]
    return _join(rng, parts, allow_nl)


def g_address_ie(rng, allow_nl):
    town, county, key = rng.choice(IE_PLACES)
    ec = g_eircode(rng, key)
    k = rng.randrange(4)
    if k == 0:
        parts = ["%d %s" % (rng.randint(1, 90), rng.choice(IE_STREETS)), town, "Co. " + county, ec]
    elif k == 1:
        parts = [rng.choice(HOUSE_NAMES), rng.choice(IE_TOWNLANDS), town, "Co. " + county]
    elif k == 2:
        d = rng.choice([4, 6, 7, 8, 12, 15])
        parts = ["Apartment %d" % rng.randint(1, 80), rng.choice(BUILDINGS), rng.choice(IE_STREETS),
                 "Dublin %d" % d, g_eircode(rng, "D%02d" % d)]
    else:
        parts = [rng.choice(IE_TOWNLANDS), town, "County " + county, ec]
    return _join(rng, parts, allow_nl)


def g_address_us(rng, allow_nl):
    city, state, ab, stem = rng.choice(US_CITIES)
    z = g_zip(rng, stem)
    street = "%d %s" % (rng.randint(10, 9800), rng.choice(US_STREETS))
    apt = rng.choice(["", "", "Apt %d%s" % (rng.randint(1, 12), rng.choice("ABCD")), "Suite %d" % rng.randint(100, 400), "Unit %d" % rng.randint(1, 30)])
    if allow_nl and rng.random() < 0.3:
        lines = [street + ((" " + apt) if apt else ""), "%s, %s %s" % (city, ab, z)]
        return "\n".join(lines)
    parts = [street] + ([apt] if apt else []) + [city, "%s %s" % (ab if rng.random() < 0.8 else state, z)]
    if rng.random() < 0.15:
        parts.append("USA")
    return ", ".join(parts)


def g_address_ca(rng, allow_nl):
    city, prov, fsa = rng.choice(CA_PLACES)
    pc = fsa + " " + str(rng.randint(0, 9)) + rng.choice("ABCEGHJKLMNPRSTVWXYZ") + str(rng.randint(0, 9))
    parts = ["%d %s" % (rng.randint(5, 2400), rng.choice(CA_STREETS)), "%s, %s %s" % (city, prov, pc)]
    if rng.random() < 0.3:
        parts.append("Canada")
    return _join(rng, parts, allow_nl)


def g_address_au(rng, allow_nl):
    sub, st, pc = rng.choice(AU_PLACES)
    n = rng.randint(1, 140)
    first = ("Unit %d/%d %s" % (rng.randint(1, 20), n, rng.choice(AU_STREETS))) if rng.random() < 0.35 else \
        ("%d %s" % (n, rng.choice(AU_STREETS)))
    parts = [first, "%s %s %s" % (sub, st, pc)]
    if rng.random() < 0.3:
        parts.append("Australia")
    return _join(rng, parts, allow_nl)


def g_address_in(rng, allow_nl):
    k = rng.randrange(5)
    if k == 0:
        parts = ["Flat %d" % rng.randint(101, 904), rng.choice(["Sai Krupa Apartments", "Green Park Residency", "Shanti Niketan"]),
                 rng.choice(["MG Road", "Residency Road", "Brigade Road"]), "Bengaluru", "Karnataka %d" % rng.randint(560001, 560099)]
    elif k == 1:
        parts = ["House No. %d" % rng.randint(1, 3000), "Sector %d" % rng.randint(7, 46), "Chandigarh %d" % rng.randint(160001, 160047)]
    elif k == 2:
        parts = ["%d/%d %s" % (rng.randint(1, 90), rng.randint(1, 9), rng.choice(["Park Street", "Rash Behari Avenue", "Hazra Road"])), "Kolkata %d" % rng.randint(700001, 700099)]
    elif k == 3:
        parts = ["Village %s" % rng.choice(["Dhudike", "Khatkar Kalan", "Bilga", "Rurka Kalan"]),
                 "District %s" % rng.choice(["Moga", "Jalandhar", "Hoshiarpur", "Nawanshahr"]), "Punjab %d" % rng.randint(142001, 146115)]
    else:
        parts = ["%s-%d %s" % (rng.choice("ABCDE"), rng.randint(1, 90), rng.choice(["Lajpat Nagar II", "Vasant Kunj", "Rajouri Garden"])), "New Delhi %d" % rng.randint(110001, 110096)]
    if rng.random() < 0.25:
        parts.append("India")
    return _join(rng, parts, allow_nl)


def g_address_pk(rng, allow_nl):
    k = rng.randrange(4)
    if k == 0:
        parts = ["House %d" % rng.randint(1, 90), "Street %d" % rng.randint(1, 60),
                 "%s-%d/%d" % (rng.choice("EFGI"), rng.randint(6, 11), rng.randint(1, 4)), "Islamabad"]
    elif k == 1:
        parts = ["Mohalla %s" % rng.choice(["Islampura", "Ghareebabad", "Noorpur"]), "Mirpur", "Azad Kashmir"]
    elif k == 2:
        parts = ["%d-%s %s" % (rng.randint(1, 120), rng.choice("ABCDE"), rng.choice(["Gulberg III", "Model Town", "DHA Phase 5"])), "Lahore %d" % rng.randint(54000, 54792)]
    else:
        parts = ["Flat %d" % rng.randint(1, 40), "Block %d-%s" % (rng.randint(1, 20), rng.choice("ABCD")), "Gulshan-e-Iqbal", "Karachi"]
    if rng.random() < 0.3:
        parts.append("Pakistan")
    return _join(rng, parts, allow_nl)


def g_address_ng(rng, allow_nl):
    k = rng.randrange(3)
    if k == 0:
        parts = ["%d %s" % (rng.randint(1, 80), rng.choice(["Adeola Odeku Street", "Allen Avenue", "Awolowo Road"])),
                 rng.choice(["Victoria Island", "Ikeja", "Ikoyi"]), "Lagos"]
    elif k == 1:
        parts = ["Plot %d" % rng.randint(1, 900), rng.choice(["Aminu Kano Crescent", "Gana Street"]), rng.choice(["Wuse II", "Maitama"]), "Abuja"]
    else:
        parts = ["No. %d %s" % (rng.randint(1, 60), rng.choice(["Ogui Road", "Zik Avenue"])), "Enugu", "Enugu State"]
    if rng.random() < 0.3:
        parts.append("Nigeria")
    return _join(rng, parts, allow_nl)


def g_address_eu(rng, allow_nl):
    k = rng.randrange(8)
    n = rng.randint(1, 120)
    if k == 0:
        parts = ["ul. %s %d/%d" % (rng.choice(["Długa", "Piotrkowska", "Floriańska"]), n, rng.randint(1, 20)),
                 "%02d-%03d %s" % (rng.randint(0, 99), rng.randint(0, 999), rng.choice(["Gdańsk", "Łódź", "Kraków"]))]
    elif k == 1:
        parts = ["Rua %s %d" % (rng.choice(["das Flores", "de Santa Catarina", "Augusta"]), n),
                 "%04d-%03d %s" % (rng.randint(1000, 4999), rng.randint(0, 999), rng.choice(["Porto", "Lisboa"]))]
    elif k == 2:
        parts = ["%s %d" % (rng.choice(["Hauptstraße", "Bahnhofstraße", "Lindenweg"]), n),
                 "%05d %s" % (rng.randint(10115, 99999), rng.choice(["Berlin", "Köln", "Leipzig"]))]
    elif k == 3:
        parts = ["Via %s %d" % (rng.choice(["Roma", "Garibaldi", "dei Mille"]), n),
                 "%05d %s" % (rng.randint(10, 98168), rng.choice(["Roma", "Napoli", "Bologna"]))]
    elif k == 4:
        parts = ["Calle %s %d, %dº %s" % (rng.choice(["Mayor", "de Alcalá", "Real"]), n, rng.randint(1, 8), rng.choice("ABCD")),
                 "%05d %s" % (rng.randint(28001, 46025), rng.choice(["Madrid", "Valencia", "Sevilla"]))]
    elif k == 5:
        parts = ["%d rue %s" % (n, rng.choice(["de la Paix", "Victor Hugo", "des Lilas"])),
                 "%05d %s" % (rng.randint(13001, 75020), rng.choice(["Paris", "Lyon", "Marseille"]))]
    elif k == 6:
        parts = ["Strada %s %d" % (rng.choice(["Republicii", "Mihai Eminescu", "Unirii"]), n),
                 "%s %06d" % (rng.choice(["Cluj-Napoca", "Iași", "Brașov"]), rng.randint(100000, 900000))]
    else:
        parts = ["%s %d" % (rng.choice(["Keizersgracht", "Prinsengracht", "Oudegracht"]), n),
                 "%04d %s %s" % (rng.randint(1011, 3599), _letters(rng, 2), rng.choice(["Amsterdam", "Utrecht"]))]
    return _join(rng, parts, allow_nl)


def g_address_car(rng, allow_nl):
    k = rng.randrange(3)
    if k == 0:
        parts = ["Lot %d" % rng.randint(1, 90), rng.choice(["Hope Road", "Red Hills Road", "Constant Spring Road"]),
                 "Kingston %d" % rng.randint(2, 10), "Jamaica"]
    elif k == 1:
        parts = ["%d %s" % (rng.randint(1, 90), rng.choice(["Frederick Street", "Ariapita Avenue"])), "Port of Spain", "Trinidad"]
    else:
        parts = ["Apartment %d" % rng.randint(1, 20), rng.choice(["Bay Street", "Spry Street"]), "Bridgetown",
                 "St Michael", "Barbados"]
    return _join(rng, parts, allow_nl)


def s_address(rng, where="any", allow_nl=False):
    if where == "uk":
        gens = [(g_address_uk, 10), (g_address_ni, 1)]
    elif where == "abroad":
        gens = [(g_address_ie, 2), (g_address_us, 3), (g_address_ca, 1), (g_address_au, 1), (g_address_in, 2),
                (g_address_pk, 2), (g_address_ng, 2), (g_address_eu, 3), (g_address_car, 1)]
    else:
        gens = [(g_address_uk, 22), (g_address_ni, 3), (g_address_ie, 4), (g_address_us, 4), (g_address_ca, 1),
                (g_address_au, 1), (g_address_in, 2), (g_address_pk, 2), (g_address_ng, 2), (g_address_eu, 3),
                (g_address_car, 2)]
    g = rng.choices([x for x, _ in gens], [w for _, w in gens])[0]
    v = g(rng, allow_nl)
    if rng.random() < 0.06:
        v = v.lower()
    elif rng.random() < 0.03:
        v = v.upper()
    return [(v, "ADDRESS")]

# ---------------------------------------------------------------------------
# Slots and sentence frames
# ---------------------------------------------------------------------------

SLOTS = {
    # slot: (token kind, generator(rng, place))
    "T": ("TOWN", lambda r, p: s_town(r)),
    "UKT": ("TOWN", lambda r, p: s_ukt(r)),
    "ABR": ("TOWN", lambda r, p: s_abr(r)),
    "USC": ("TOWN", lambda r, p: s_usc(r)),
    "TC": ("TOWN2", lambda r, p: s_tc(r)),
    "FN": ("NAME", lambda r, p: s_first(r, None, p)),
    "FNF": ("NAME", lambda r, p: s_first(r, "F", p)),
    "FNM": ("NAME", lambda r, p: s_first(r, "M", p)),
    "SN": ("NAME", lambda r, p: s_surname(r, p)),
    "FULL": ("NAME", lambda r, p: s_full(r, None, p)),
    "FULLF": ("NAME", lambda r, p: s_full(r, "F", p)),
    "FULLM": ("NAME", lambda r, p: s_full(r, "M", p)),
    "INIT": ("NAME", lambda r, p: s_init(r, None, p)),
    "D": ("DATE", lambda r, p: s_date(r)),
    "DW": ("DATE", lambda r, p: s_dw(r)),
    "DOB": ("DATE", lambda r, p: s_dob(r)),
    "ORD": ("DATE", lambda r, p: s_ord(r)),
    "AGE": ("AGE", lambda r, p: s_age(r)),
    "ADDR": ("ADDRESS", lambda r, p: s_address(r, "any")),
    "ADDRUK": ("ADDRESS", lambda r, p: s_address(r, "uk")),
    "ADDRAB": ("ADDRESS", lambda r, p: s_address(r, "abroad")),
    "ADDRNL": ("ADDRESS", lambda r, p: s_address(r, "any", allow_nl=True)),
    "PH": ("PHONE", lambda r, p: s_phone(r)),
    "PHUK": ("PHONE", lambda r, p: s_phone_uk(r)),
    "EM": ("EMAIL", lambda r, p: s_email(r)),
    "PC": ("POSTCODE", lambda r, p: s_postcode(r)),
    "ZIP": ("ZIP", lambda r, p: s_zip(r)),
    "ZIPST": ("ZIP", lambda r, p: s_zip_state_only(r)),
    "HN": ("HOSPNO", lambda r, p: s_hospno(r)),
    "NHS": ("NHSNO", lambda r, p: s_nhs(r)),
}
NAME_SLOTS = {"FN", "FNF", "FNM", "SN", "FULL", "FULLF", "FULLM", "INIT"}

FRAMES = [
    # --- TOWN ---
    "We moved here from {T} last year and this is the best practice we've been with.",
    "I was visiting from {T} and they still fitted me in.",
    "Much better than {UKT} A&E where we waited all night.",
    "The {UKT} hospital could learn a lot from this team.",
    "{UKT}'s maternity unit looked after me brilliantly with my first.",
    "Came all the way from {T} for this appointment and it was worth it.",
    "My daughter drove me over from {T}.",
    "Staying with family in {T} at the moment so it was a relief to be seen quickly.",
    "I'm originally from {ABR} and the staff made me feel very welcome.",
    "We were on holiday from {T} when my son was taken ill.",
    "Had to go to {UKT} for the scan which is a long way without a car.",
    "Transport picked me up in {UKT} bang on time.",
    "Please open a clinic nearer {UKT}, the bus takes over an hour.",
    "I work in {T} so evening appointments really help.",
    "My mum lives out in {UKT} on her own so the home visits mean everything.",
    "Back home in {ABR} you would pay a fortune for care like this.",
    "The crew took me to {UKT} rather than the nearest hospital and it was the right call.",
    "Was passing through {T} on the way to a wedding when it happened.",
    "Just moved up from {T}, registering was easy.",
    "Sent to {UKT} for bloods then back again, a bit of a faff.",
    "I'd rather go to {UKT} than anywhere else.",
    "Lived in {T} most of my life and never had service this good.",
    "The walk in centre at {UKT} was closed so we came here.",
    "Our grandson flew in from {ABR} to be with us.",
    "We have family over from {USC} and they couldn't believe it was free.",
    "Having lived in {USC} for years, I know how lucky we are.",
    "The physio at {UKT} is much better than the one I used to see.",
    "Please don't move the service to {UKT}, it's too far for us.",
    "The ambulance came from {UKT} as there were none closer.",
    "I was born in {ABR} and English is not my first language but they were patient with me.",
    "The {UKT} team were lovely.",
    "Going to {UKT} minor injuries was quicker than I expected.",
    "My sister came up from {T} to help after the operation.",
    "Since I moved to {T} I've struggled to get an appointment.",
    "The parking at {UKT} is a nightmare.",
    "Ended up in {UKT} General for three nights.",
    "I travel from {T} every fortnight for my injections.",
    "Our GP in {UKT} referred us and it was all sorted within weeks.",
    "I'm a student in {T} so being able to book online helped.",
    "My partner is working in {ABR} so I'm on my own with the kids.",
    "Rang from {T} because that's where I was staying.",
    "We live in {UKT} and the driver still came out to get us.",
    "The district nurses who come out to {UKT} are angels.",
    "Had my baby at {UKT} and the aftercare was great.",
    "Better than the hospital in {ABR} where I had my last op.",
    "{T} to here is a long trek but worth it.",
    "Was referred on to the specialist at {UKT}.",
    "I was on a coach trip from {T} and the paramedic was a star.",
    "My parents are in {ABR} and I wish they had something like this.",
    "Used to go to the {UKT} surgery but this is miles better.",
    "They even rang the pharmacy in {UKT} for me.",
    "Stuck in traffic coming back from {UKT} but the driver kept us chatting.",
    "It's hard getting from {UKT} to appointments when you don't drive.",
    "I've recommended you to friends in {T}.",
    "Over from {ABR} visiting my daughter and was treated like a local.",
    "The hospice in {UKT} was mentioned but nobody followed it up.",
    "We're a forces family, posted from {T} to here.",
    "I live right on the edge of {UKT} so it's handy.",
    "My son is at uni in {T} and he got the same good care there.",
    "Been shielding at my sister's in {UKT}.",
    "Can't fault the {UKT} ward staff.",
    "Nobody in {T} would have seen me that quickly.",
    "They organised a bed at {UKT} community hospital.",
    "My wife's family are all in {ABR} so having someone to talk to helped.",
    "Travelled down from {T} overnight.",
    "We were going to drive to {UKT} but the call handler sent someone straight away.",
    "From {T} originally, living here now.",
    "Only complaint is having to get two buses from {UKT}.",
    "The new clinic in {UKT} is spotless.",
    "i was in {UKT} for the day shopping when i took poorly",
    "My brother rang from {ABR} worried sick and they took the time to talk to him too.",
    "Waited ages at {UKT} last time so this was a nice surprise.",
    "After {UKT} closed its unit we have to come here.",
    "Everything was explained, unlike at {UKT}.",
    "Thank you from a very grateful family in {T}.",
    "The minibus from {UKT} was late twice but the drivers are lovely.",
    "Was told to go to {UKT} urgent care, then sent back here.",
    "My grandkids are in {USC} and I video call them from the day centre.",
    "Moved over from {ABR} two years ago and this is the first time I've felt understood by a doctor.",
    "The staff in {UKT} should get a pay rise.",
    # --- TOWN, county ---
    "We live in a small village, {TC}, so getting here isn't easy.",
    "I'm out at {TC} and the transport was always on time.",
    "My father lives in {TC} and the community nurses go out to him.",
    "Moved from {TC} in the spring.",
    "Originally from {TC}.",
    "We were on a caravan holiday near {TC} when my husband collapsed.",
    "Nothing like this where my sister lives in {TC}.",
    # --- NAME: staff ---
    "{FN} on reception was so kind to me.",
    "Special thanks to {FN} who held my hand the whole time.",
    "Dr {SN} explained everything in plain English.",
    "Nurse {FN} deserves a medal.",
    "Please pass on my thanks to {FULL}.",
    "The paramedics, {FN} and {FN}, were fantastic.",
    "{FNF} the midwife was amazing, I couldn't have done it without her.",
    "{FNM} the driver helped me in and out of the car and nothing was too much trouble.",
    "Mr {SN} did my knee and I'm walking again.",
    "Sister {FNF} runs a tight ship and it shows.",
    "I saw {INIT} who was very thorough.",
    "My key worker {FN} has been a lifeline.",
    "Shout out to {FN} in the pharmacy.",
    "{FN} from the crisis team rang me back within the hour.",
    "The HCA, {FNF}, made sure I had a cup of tea.",
    "Can't praise {FULL} enough.",
    "My physio {FN} pushed me but it worked.",
    "Dr {SN} and the team were brilliant.",
    "Ask for {FNF}, she's the best.",
    "{FULLF} was the nurse who saw me and she was lovely.",
    "The call handler {FN} stayed on the line till the crew arrived.",
    "Health visitor {FNF} is brilliant with my little one.",
    "Mrs {SN} on the phones was very polite.",
    "Thanks {FN}!",
    "{FN}'s patience with my dad was incredible.",
    "Dr {SN}'s manner could be better, he didn't look up once.",
    "Everyone was great but especially {FN} and {FN}.",
    "Our CPN {FN} always listens.",
    "I was seen by a student nurse called {FN} who was a credit to the profession.",
    "Ms {SN} the consultant took the time to answer all our questions.",
    "The lady on the desk, {FNF} I think her name was, sorted it all out.",
    "Big thank you to {FNM} who drove us home.",
    "{FULLM} is a fantastic paramedic.",
    "Prof {SN} is the only one who has ever got to the bottom of my pain.",
    "The young lad, {FNM}, who took my bloods was so gentle.",
    "{FN} at the front desk needs a raise.",
    "Dr. {SN} was a bit rushed but fair enough, it was busy.",
    "Matron {SN} came round and checked on everyone personally.",
    "When {FNF} left the team it all went downhill.",
    "The therapist, {FULL}, changed my life.",
    "Please tell {FNF} from the memory clinic that mum still talks about her.",
    "dr {SN} was brilliant with my anxiety",
    "{INIT} (physio) was excellent.",
    "Our midwife {FNF} came out on her day off.",
    "I'd like to nominate {FULL} for an award.",
    "The receptionist {FN} was rude and didn't listen.",
    "{FN} and the team on nights were so good to my mum.",
    "Staff nurse {FN} noticed something was wrong before anyone else.",
    "Can {FNF} please be my nurse every time!",
    # --- NAME: relatives and self ---
    "My husband {FNM} was looked after so well.",
    "I'm writing on behalf of my mum, {FULLF}, who can't use the computer.",
    "My son {FNM} has autism and they were really patient with him.",
    "Our daughter {FNF} was nervous but they put her at ease.",
    "My wife {FULLF} had her hip done.",
    "This is {FNM}'s mum filling this in for him.",
    "My dad, {FULLM}, passed away on the ward and the staff treated him with dignity.",
    "My nan {FNF} says thank you.",
    "Grandad {FNM} is much more settled now.",
    "Baby {FN} is doing really well thanks to you.",
    "My partner {FN} came with me and they let them stay.",
    "My name is {FULL} and I have been under this team for years.",
    "Feedback from {FULL} (patient).",
    "I'm {FN}'s carer and I felt listened to.",
    "Our little boy {FNM} loved the stickers.",
    "My brother {FNM} has learning difficulties and they spoke to him, not just me.",
    "Written by {INIT} for my aunt.",
    "From {FULL}, very happy patient.",
    "Our twins, {FN} and {FN}, were in and out within the hour.",
    "I'm {FNF}, I'm sixteen and they treated me like an adult.",
    "My mother-in-law {FULLF} wanted me to write this for her.",
    "{FNM} (my son) was scared of needles but they made it fun.",
    "My late husband {FULLM} would have wanted me to say thank you.",
    "My lodger {FN} rang for the ambulance.",
    "Signed, {FULL}",
    "My neighbour {FNF} called the ambulance for me.",
    "My girlfriend {FNF} came with me and they explained everything to both of us.",
    "Kind regards, {INIT}",
    # --- DATE ---
    "I was seen on {D} and had the results back within a week.",
    "Came in on {DW} with chest pains.",
    "My appointment on {D} was cancelled with no explanation.",
    "Mum's date of birth is {DOB} if you need to look her up.",
    "DOB {DOB}.",
    "I'm due on {D} and feel well prepared.",
    "My operation is booked for {D}.",
    "We rang on {DW} night and someone came out within the hour.",
    "Dad was admitted {D} and home by the following week.",
    "The letter said {D} but nobody told us it had been moved.",
    "My husband was born {DOB} so he's not as young as he was!",
    "Follow up booked for the {ORD}, fingers crossed.",
    "Since {D} I've been waiting for a call back.",
    "Please contact me before {D} as I'm away after that.",
    "I had my second jab on {D} and the whole thing took ten minutes.",
    "We were kept waiting on {DW} for over four hours.",
    "Born {DOB}, and still driving!",
    "The visit on the {ORD} was a lot better than the one before.",
    "date of birth {DOB}",
    "It's my mum's birthday on {D} and thanks to you she'll be home for it.",
    "Seen {DW} evening by the out of hours doctor.",
    "My little girl was born on {D} and the midwives were amazing.",
    # --- AGE ---
    "My mum is {AGE} and they treated her with such respect.",
    "Not bad for someone who's {AGE}!",
    "At {AGE} I didn't expect to be back on my feet so quickly.",
    "My grandad turned {AGE} last month and still loves his visits from the nurses.",
    "She's a {AGE} year old lady and deserves better than waiting six hours on a trolley.",
    "I am {AGE} years of age and live alone.",
    "Dad is {AGE} and very deaf so the patience shown was appreciated.",
    "Aged {AGE} and still going strong.",
    "My aunt is {AGE} next birthday and has all her marbles.",
    "How do you expect a {AGE} year old to use an app?",
    "Gran is {AGE}, nearly blind, and they still sent the letter in small print.",
    # --- ADDRESS ---
    "Please send the letters to {ADDR} as I've moved.",
    "My address is {ADDR}.",
    "The driver couldn't find {ADDR} but rang and we sorted it.",
    "We're staying at {ADDR} until the end of the month.",
    "The crew came out to {ADDR} and were so calm.",
    "Can someone update my address, it's now {ADDR}.",
    "Mum is at {ADDR} now so please visit her there.",
    "Collected from {ADDR} and home again the same day.",
    "My correspondence address while I'm abroad is {ADDRAB}.",
    "I am in {ADDRAB} for the winter, please write to me there.",
    "Old address was {ADDRUK}, still getting letters there.",
    "Home is {ADDR}.",
    "If anyone wants to write: {ADDRNL}",
    "Please post the repeat prescription to {ADDRUK}.",
    "The patient transport picked me up from {ADDRUK} every week.",
    "Usual address:\n{ADDRNL}",
    "Moved out of {ADDRUK} last month so please stop sending things there.",
    "The satnav sends everyone to the wrong end of {ADDRUK}.",
    "Dad now lives at {ADDRUK} with carers going in four times a day.",
    "Letters keep going to {ADDR} instead of my new place.",
    "Send any forms to my son at {ADDRNL} please.",
    "Address: {ADDRNL}",
    "The ambulance went to {ADDRUK} first, which is my old house.",
    "We are at {ADDRAB} until the spring.",
    # --- PHONE ---
    "Please call me back on {PH}, I never got a reply.",
    "My number is {PH} if you want to discuss.",
    "Mobile {PHUK}.",
    "You can text me on {PH}.",
    "The number I was given ({PH}) just rang out.",
    "Happy to talk more, ring {PH} after 5pm.",
    "Tel: {PH}",
    "Call my daughter on {PH} as I'm hard of hearing.",
    "I rang {PHUK} about twenty times before anyone answered.",
    # --- EMAIL ---
    "Please email me at {EM} with any updates.",
    "My email is {EM}.",
    "I sent everything to {EM} like I was told but heard nothing.",
    "Contact {EM} if you need more info.",
    "Email: {EM}",
    "The receptionist gave me {EM} to send the photos to.",
    "Still waiting for a reply to my email from {EM}.",
    # --- POSTCODE ---
    "The driver couldn't find us even with the postcode, {PC}.",
    "Our postcode is {PC} and the satnav takes you to the wrong road.",
    "We're in {PC} which is out of area apparently.",
    "Post code {PC}.",
    "Why can't people in {PC} get the same service?",
    "My postcode ({PC}) comes up as the wrong surgery on the website.",
    # --- ZIP ---
    "Sending my thanks from {ZIP}.",
    "I'm back in {ZIP} now but wanted to say thank you.",
    "Any paperwork for the insurance needs to go to {ZIPST}.",
    "Now home in {ZIP} and recovering well.",
    # --- HOSPITAL NUMBER ---
    "My hospital number is {HN}.",
    "MRN {HN}",
    "Hosp no {HN} if you need to check my notes.",
    "Ref: {HN}.",
    "Patient ID {HN}, the results still aren't on the system.",
    "(My number on the letter is {HN})",
    "{HN} - please look into why my referral went missing.",
    "The number on my wristband was {HN} and they still mixed up my notes.",
    "Unit number {HN}.",
    "My records are under {HN}.",
    "Hospital no. {HN}",
    "Reference {HN} on the complaint I made.",
    # --- NHS NUMBER ---
    "My NHS number is {NHS}.",
    "NHS no. {NHS}",
    "NHS number {NHS} in case you need it.",
    "Quote {NHS} when you ring back please.",
    "My son's NHS number: {NHS}.",
    "Dad's NHS number is {NHS} - his medication list is still wrong.",
    # --- multi-slot ---
    "{FNF} came from {UKT} to see my dad and she was lovely.",
    "My mum {FNF} is {AGE} and lives at {ADDR}.",
    "Dr {SN} at {UKT} referred me on {D}.",
    "I'm {FULL}, NHS number {NHS}, and I want to say thanks.",
    "Please call {FNF} on {PH}, she's my daughter and handles my appointments.",
    "We were admitted on {D} from {T}.",
    "My husband {FNM} ({AGE}) was discharged home to {ADDR}.",
    "Email {EM} or phone {PH}.",
    "Name: {FULL}\nHospital no: {HN}",
    "My dad, {AGE}, was taken to {UKT} by ambulance.",
    "On {D} my daughter {FNF} was seen at {UKT} A&E.",
    "I'm staying at {ADDR} until {D}.",
    "From {FULL}, {T}.",
    "{FNM} and {FNF} from {UKT} say thank you.",
    "{FULL}, DOB {DOB}, NHS no {NHS}.",
    "My nan, {FULLF}, is {AGE} and lives in {UKT}.",
    "Ring {PHUK} or write to {ADDRUK}.",
    "I moved from {T} to {UKT} and the transfer of my notes was seamless.",
    "Our son {FNM} was born at {UKT} on {D}.",
    "Patient: {FULL}, hospital number {HN}.",
]

# sentences that use a place or given name as an ordinary word (nothing labelled)
DECOYS = [
    "Reading the letter again, I still don't understand why it was cancelled.",
    "Bath time on the ward was a real treat for mum.",
    "We had to wait till March for the next appointment.",
    "It was a battle to get through on the phone.",
    "Will definitely be coming back.",
    "Hope to see the same nurse next time.",
    "She handled it all with grace.",
    "The mark on my arm from the cannula has gone already.",
    "The bill for parking was more than the prescription!",
    "To be frank, I expected worse.",
    "A ray of sunshine in a hard week.",
    "My temperature rose overnight and they acted fast.",
    "It's a big deal for me to come out of the house.",
    "A joy to deal with from start to finish.",
    "Not a penny has been spent on the waiting room in years.",
    "The receptionist was an absolute angel.",
    "The nurse drew blood first time, which never happens with me.",
    "Patience of a saint, that nurse.",
    "There was an amber warning for snow and the driver still came.",
    "Crystal clear instructions for afterwards.",
    "Summer is always busier, I get that.",
    "Dawn was breaking by the time we got home.",
    "I have faith in this team.",
    "Carol singers came round the ward which was lovely.",
    "A pat on the back to everyone.",
    "The robin outside the window kept me company.",
    "Ivy growing over the entrance sign means you can't read it.",
    "Sunny waiting room and comfy chairs.",
    "Eye drops were explained properly this time.",
    "Rye bread at breakfast would be nice, not just white.",
    "Mold on the bathroom ceiling needs sorting.",
    "The sandwich at lunch was stale.",
    "Cheddar sandwiches every single day got a bit boring.",
    "Watching the rugby on the ward telly helped pass the time.",
    "It was the local derby so A&E was full of football fans.",
    "The cork board in the waiting area is full of out of date leaflets.",
    "Wool blankets would be warmer than the thin ones.",
    "Street parking only, which is hard with a wheelchair.",
    "Deal with the phones and it would be perfect.",
    "Bury the old booking system please, the app is so much better.",
    "Frank conversation with the consultant was what I needed.",
    "May I say how grateful I am.",
    "Reading glasses were left at home so the nurse read the form to me.",
    "I'm not wearing rose tinted glasses, it really was that good.",
    "It felt like falling off a cliff after discharge.",
    "The guy on the front desk was helpful.",
    "We brought in a Victoria sponge for the staff as a thank you.",
    "A Chelsea bun from the cafe was the highlight of my day.",
    "The Bakewell tart in the canteen is lush.",
    "Eccles cakes on the tea trolley, what more could you want.",
    "Yorkshire puddings with the Sunday dinner were a lovely surprise.",
    "Brussels sprouts every day is a bit much.",
    "Had to wear wellington boots to get across the car park.",
    "Bring a cardigan, the waiting room is freezing.",
    "The Dundee cake my wife brought in went down well with the nurses.",
    "I was grinning like a Cheshire cat when they said I could go home.",
    "Having a bath at home is impossible now, so the hoist assessment was a godsend.",
    "We were told to come back by March at the latest.",
    "Grace period on the car park would help visitors.",
    "I hope you all know how much you are appreciated.",
    "Will you please fix the heating in the waiting room.",
    "The holly wreath on reception was a nice touch.",
    "The jersey they gave me after my clothes were cut off was so kind.",
]

# ---------------------------------------------------------------------------
# Anchors: details written into the comment itself at a natural spot
# (the comment's own words are never changed; text is only inserted)
# ---------------------------------------------------------------------------

FEMALE_REL = {"mum", "mother", "mam", "mom", "wife", "daughter", "nan", "nana", "nanna", "gran", "granny",
              "grandma", "grandmother", "sister", "aunt", "auntie", "girl", "little girl", "granddaughter",
              "niece", "fiancee", "mother-in-law", "lady", "girlfriend"}
MALE_REL = {"dad", "father", "husband", "son", "grandad", "grandfather", "brother", "uncle", "boy",
            "little boy", "grandson", "nephew", "fiance", "father-in-law", "gentleman", "guy", "boyfriend"}
ELDER_REL = {"mum", "mother", "mam", "mom", "dad", "father", "husband", "wife", "nan", "nana", "nanna", "gran",
             "granny", "grandad", "grandma", "grandmother", "grandfather", "aunt", "auntie", "uncle",
             "mother-in-law", "father-in-law", "neighbour"}

_REL = ("mum|mother|mam|mom|dad|father|husband|wife|son|daughter|partner|nan|nana|nanna|gran|granny|grandad|"
        "grandma|grandmother|grandfather|brother|sister|aunt|auntie|uncle|baby|little boy|little girl|boy|girl|"
        "friend|neighbour|grandson|granddaughter|niece|nephew|fiance|fiancee|mother-in-law|father-in-law|"
        "girlfriend|boyfriend")
_WD = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# kind: token kind filled; gender: None, "rel" (from matched word); where: before/after the group
ANCHORS = [
    dict(id="staff", kind="NAME", where="after",
         pat=r"\b(?:the|a|my|our|this|one|lovely|other)\s+(?P<a>nurse|receptionist|paramedic|midwife|physio|"
             r"physiotherapist|therapist|counsellor|health visitor|call handler|driver|porter|pharmacist|lady|"
             r"gentleman|guy|student nurse|hca|care assistant|support worker|key worker|social worker|technician|"
             r"radiographer|volunteer|crew member|advisor|call taker|operator|dentist|carer)\b",
         tpl=[" {FN}", " ({FN})", ", {FN},", " called {FN}", " named {FN}", " - {FN} -", " {FULL}"]),
    dict(id="doctor", kind="NAME", where="after",
         pat=r"\b(?:the|a|my|our|this|lovely)\s+(?P<a>doctor|consultant|surgeon|gp|registrar|anaesthetist|"
             r"psychiatrist|psychologist|dr)\b",
         tpl=[" (Dr {SN})", ", Dr {SN},", " - Dr {SN} -", " {FULL}", " ({INIT})", " Dr {SN}"]),
    dict(id="relname", kind="NAME", where="after",
         pat=r"\b(?:my|our|his|her)\s+(?P<a>" + _REL + r")\b",
         tpl=[" {FN}", ", {FN},", " ({FN})", " {FULL}"]),
    dict(id="relage", kind="AGE", where="after",
         pat=r"\b(?:my|our|his|her)\s+(?P<a>" + _REL + r")\b",
         tpl=[", who is {AGE},", " ({AGE})", ", aged {AGE},", " who's {AGE}", ", {AGE} years old,",
              " (she's {AGE})", " (he's {AGE})"]),
    dict(id="elderly", kind="AGE", where="before",
         pat=r"\b(?:elderly|frail)\s+(?P<a>mum|mother|dad|father|lady|man|gentleman|relative|aunt|uncle|nan)\b",
         tpl=["{AGE} year old ", "{AGE}-year-old "]),
    dict(id="thanks", kind="NAME", where="after",
         pat=r"\b(?P<a>thank you|thanks|thankyou|thank u)\b(?!\s+to\b)",
         tpl=[" {FN}", " {FN} and {FN}", " {FULL}", ", {FN},"]),
    dict(id="everyone", kind="NAME", where="after",
         pat=r"\b(?P<a>everyone|everybody|all the staff)\b",
         tpl=[", especially {FN},", " (especially {FN} and {FN})", ", in particular {FULL},", " (esp. {FN})"]),
    dict(id="svc_before", kind="TOWN", where="before",
         pat=r"\bthe\s+(?P<a>hospital|clinic|surgery|practice|health centre|walk-in centre|walk in centre|hospice|"
             r"minor injuries|a&e|a & e|pharmacy|ambulance station|maternity unit|maternity ward|"
             r"urgent care centre|community hospital|infirmary|eye clinic|fracture clinic|memory clinic|day unit)\b",
         tpl=["{UKT} "]),
    dict(id="ae_bare", kind="TOWN", where="before",
         pat=r"(?<!the )(?<!The )(?<!THE )\b(?P<a>a&e|a & e|a and e)(?![\w&])",
         tpl=["{UKT} "]),
    dict(id="svc_after", kind="TOWN", where="after",
         pat=r"\b(?P<a>hospital|clinic|surgery|practice|hospice|health centre|a&e)(?![\w&-])",
         tpl=[" in {UKT}", " at {UKT}", " over in {UKT}", " down in {UKT}", " up in {UKT}", " in {T}"]),
    dict(id="home_town", kind="TOWN", where="after",
         pat=r"\b(?P<a>back home|at home|to home)\b",
         tpl=[" in {T}", " in {UKT}", " out in {UKT}"]),
    dict(id="home_addr", kind="ADDRESS", where="after",
         pat=r"\b(?P<a>at home|my home|our home|my house|our house|my flat|mum's house|dad's house)\b",
         tpl=[" ({ADDR})", ", {ADDRUK},", " at {ADDRUK}"]),
    dict(id="team", kind="TOWN", where="after",
         pat=r"\b(?:the|all the|your)\s+(?P<a>team|staff|crew|nurses|district nurses|paramedics|ambulance crew|"
             r"ambulance staff)\b",
         tpl=[" at {UKT}", " in {UKT}", " from {UKT}", " based in {UKT}", " over at {UKT}"]),
    dict(id="vehicle", kind="TOWN", where="after",
         pat=r"\bthe\s+(?P<a>ambulance|transport|taxi|minibus)\b",
         tpl=[" from {UKT}", " out of {UKT}"]),
    dict(id="appt", kind="DATE", where="after",
         pat=r"\b(?:my|the|our|his|her|an|first|next|last|follow up|follow-up)\s+(?P<a>appointment|appt|operation|"
             r"procedure|scan|x-ray|xray|injection|jab|vaccine|vaccination|booster|visit|review|assessment|"
             r"consultation|smear|blood test|check up|check-up|referral)\b",
         tpl=[" on {D}", " ({D})", " on {DW}", " on the {ORD}", " for {D}", " booked for {D}"]),
    dict(id="today", kind="DATE", where="after",
         pat=r"\b(?P<a>today|yesterday|tonight|last night|this morning|this afternoon)\b",
         tpl=[" ({D})", " - {D} -", " ({DW})"]),
    dict(id="letter", kind="DATE", where="after",
         pat=r"\b(?:a|the|my|your)\s+(?P<a>letter|text message|text)\b",
         tpl=[" dated {D}", " ({D})", " of {D}"]),
    dict(id="event", kind="DATE", where="after",
         pat=r"\b(?:was|were|been|got|being)\s+(?P<a>discharged|admitted|seen|operated on|referred|transferred)\b",
         tpl=[" on {D}", " on {DW}", " on the {ORD}"]),
    dict(id="weekday", kind="DATE", where="after",
         pat=r"\b(?:on|last|next|this)\s+(?P<a>" + _WD + r")\b",
         tpl=[" {ORD}", " the {ORD}", " ({D})"]),
    dict(id="arrive_at", kind="ADDRESS", where="after",
         pat=r"\b(?P<a>arrived|turned up|dropped me off|dropped us off)\b",
         tpl=[" at {ADDR}", " at {ADDRUK}"]),
    dict(id="come_to", kind="ADDRESS", where="after",
         pat=r"\b(?P<a>came out|came round|took me home|took us home|brought me home|got me home)\b",
         tpl=[" to {ADDR}", " to {ADDRUK}"]),
    dict(id="pick_from", kind="ADDRESS", where="after",
         pat=r"\b(?P<a>picked me up|picked us up|picked him up|picked her up|collected me|collected us)\b",
         tpl=[" from {ADDRUK}", " from {ADDR}"]),
    dict(id="travel", kind="TOWN", where="after",
         pat=r"\b(?:i|we|he|she|they|mum|dad)\s+(?P<a>travelled|traveled|drove|moved|relocated|flew)\b",
         tpl=[" from {T}", " all the way from {T}", " up from {T}", " down from {T}", " over from {ABR}"]),
    dict(id="live", kind="TOWN", where="after",
         pat=r"\b(?:i|we|they|she|he|mum|dad)\s+(?P<a>live|lives|living|stay|stays|staying)\b(?!\s+(?:in|at|with|near|on)\b)",
         tpl=[" in {T}", " out in {UKT}", " near {UKT}", " over in {UKT}"]),
    dict(id="live_addr", kind="ADDRESS", where="after",
         pat=r"\b(?:i|we|they|she|he|mum|dad)\s+(?P<a>live|lives|living)\b(?!\s+(?:in|at|with|near|on)\b)",
         tpl=[" at {ADDR}", " at {ADDRUK}"]),
    dict(id="phone", kind="PHONE", where="after",
         pat=r"\b(?P<a>phone number|mobile number|contact number|telephone number|landline)\b",
         tpl=[" ({PH})", " {PH}", " - {PH} -"]),
    dict(id="callme", kind="PHONE", where="after",
         pat=r"\b(?:call|ring|phone|contact|text)\s+(?P<a>me|us)\b",
         tpl=[" on {PH}", " on {PHUK}"]),
    dict(id="email", kind="EMAIL", where="after",
         pat=r"\b(?P<a>e-mail|email|emails)\b",
         tpl=[" ({EM})", " to {EM}"]),
    dict(id="postcode", kind="POSTCODE", where="after",
         pat=r"\b(?:my|our|the|this|local)\s+(?P<a>area|postcode|post code)\b",
         tpl=[" ({PC})"]),
    dict(id="notes", kind="HOSPNO", where="after",
         pat=r"\b(?:my|his|her|the)\s+(?P<a>notes|records|file|results|medical records|paperwork)\b",
         tpl=[" (hospital number {HN})", " (MRN {HN})", " (ref {HN})", " (hosp no. {HN})", " ({HN})"]),
    dict(id="staff_bare", kind="TOWN", where="after",
         pat=r"\b(?P<a>staff|nurses|doctors|paramedics|crew|team|receptionists)(?=\s+(?:were|was|are|is|have|had|all)\b)",
         tpl=[" at {UKT}", " in {UKT}", " from {UKT}", " here in {UKT}"]),
    dict(id="service", kind="TOWN", where="after",
         pat=r"\b(?P<a>service)\b(?!\s+(?:at|in|from|user|users|is|was|and)\b)",
         tpl=[" at {UKT}", " in {UKT}", " from the {UKT} team", " here in {UKT}"]),
    dict(id="here", kind="TOWN", where="after",
         pat=r"\b(?:staff|everyone|people|nurses|team|service|care|doctors)\s+(?P<a>here)\b",
         tpl=[" in {UKT}", " at {UKT}"]),
    dict(id="contact_day", kind="DATE", where="after",
         pat=r"\b(?:i|we|she|he|mum|dad)\s+(?P<a>rang|called|phoned|attended|went in|came in|arrived)\b",
         tpl=[" on {D}", " on {DW}", " on the {ORD}"]),
    dict(id="staffname_bare", kind="NAME", where="after",
         pat=r"\b(?P<a>nurse|doctor|receptionist|paramedic|midwife|physio|therapist|driver)(?=\s+(?:was|were|is|who|that|did|made|explained|listened|took|helped|gave|came)\b)",
         tpl=[" {FN}", " ({FN})", " {FULL}"]),
]
for _a in ANCHORS:
    _a["rx"] = re.compile(_a["pat"], re.IGNORECASE)

TYPO_WORDS = {
    "received": "recieved", "definitely": "definately", "because": "becuase", "appointment": "appointmnet",
    "their": "thier", "really": "realy", "which": "wich", "hospital": "hosptial", "excellent": "excelent",
    "professional": "proffesional", "until": "untill", "tomorrow": "tommorow", "friend": "freind",
    "believe": "beleive", "thanks": "thnaks", "thank": "thnak", "please": "plese", "would": "woud",
    "could": "coudl", "brilliant": "brillant", "amazing": "amazin", "address": "adress", "number": "numbr",
    "waiting": "wating", "staying": "stayng", "ambulance": "ambulence", "daughter": "daugther",
    "husband": "husbend", "explained": "explaned", "everything": "everthing", "lovely": "lovley",
}

SIGNOFF_FRAMES = {"Signed, {FULL}", "Kind regards, {INIT}", "From {FULL}, very happy patient.",
                  "From {FULL}, {T}.", "Thank you from a very grateful family in {T}.",
                  "If anyone wants to write: {ADDRNL}", "Usual address:\n{ADDRNL}", "Address: {ADDRNL}",
                  "Send any forms to my son at {ADDRNL} please.", "Name: {FULL}\nHospital no: {HN}",
                  "Email: {EM}", "Tel: {PH}"}

_SLOT_RX = re.compile(r"\{([A-Z]+)\}")


def frame_kinds(frame):
    return [SLOTS[s][0] for s in _SLOT_RX.findall(frame)]


FRAME_INFO = []
for _f in FRAMES:
    _k = frame_kinds(_f)
    assert _k, _f
    FRAME_INFO.append((_f, _k))
assert len(set(FRAMES)) == len(FRAMES)

# ---------------------------------------------------------------------------
# Source selection
# ---------------------------------------------------------------------------

def norm_text(t):
    return " ".join(t.lower().split())


def load_source(src):
    rows = []
    with open(os.path.join(src, "fft_phase1.csv"), newline="", encoding="utf-8-sig") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            rows.append(("fft1:%d" % i, (r.get("feedback") or "").strip()))
    with open(os.path.join(src, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            rows.append(("fft2:%s" % r["Comment ID"], (r.get("FFT answer") or "").strip()))
    return rows


def excluded_ids():
    ids = set()
    for path in sorted(glob.glob(os.path.join(DATA_DIR, "redaction_*.jsonl"))):
        m = re.fullmatch(r"redaction_devset(\d+)\.jsonl", os.path.basename(path))
        if m and int(m.group(1)) >= SET_NUMBER:
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(str(json.loads(line).get("id")))
    return ids


_TOK = re.compile(r"[A-Za-z][A-Za-z']*")
WHITELIST = set(_w("""I|I'm|I've|I'd|I'll|A|OK|Ok|NHS|GP|GPs|GP's|CPN|CPNs|OT|OTs|CBT|DBT|MH|CAMHS|CAHMS|
COPD|PTSD|HV|HCA|HCAs|SMS|UTI|ADHD|ICU|PPE|IV|MRI|ED|BSL|TV|TVs|ECG|CT|DNA|ASAP|PALS|IAPT|EMDR|OCD|ASD|
ME|MS|IBS|BP|ENT|AE|A&E|COVID|Covid|English|British|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|
Sunday|Mon|Tues|Wed|Thurs|Fri|Sat|Sun|January|February|March|July|September|October|November|December|
Jan|Feb|Sept|Oct|Nov|Dec|NHS's"""))
NAME_MONTHS = {"april", "may", "june", "august"}
TITLE_CAP = re.compile(r"\b(?:[Dd][Rr]|[Mm][Rr][Ss]?|[Mm][Ss]|[Mm]iss|[Mm][Xx]|[Pp]rof|[Ss]ister|[Nn]urse|"
                       r"[Dd]octor|[Mm]atron|[Ss]r|[Ss]taff [Nn]urse)\.?\s+[A-Z]")
TITLE_LOW = re.compile(r"(?i)\b(?:dr|mr|mrs|ms|mx)\.?\s+([a-z']+)")
ORD_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
             "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]\\w+|"
             "thirtieth|thirty[- ]first")
MONTHS_RX = "|".join(m.lower() for m in MONTHS)
WORD_DATE = re.compile(r"(?i)\b(?:%s)\s+(?:of\s+)?(?:%s)\b|\b(?:%s)\s+(?:the\s+)?(?:%s)\b"
                       % (ORD_WORDS, MONTHS_RX, MONTHS_RX, ORD_WORDS))
DROP_RX = [
    ("digits3", re.compile(r"\d{3,}")),
    ("ordinal", re.compile(r"(?i)\b\d+\s*(?:st|nd|rd|th)\b")),
    ("digit_date", re.compile(r"\b\d{1,2}\s*[/.]\s*\d{1,2}\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b")),
    ("at", re.compile(r"@")),
    ("url", re.compile(r"(?i)https?:|www\.|\.(?:com|co\.uk|org|net|gov|uk)\b")),
    ("redaction", re.compile(r"(?i)x{2,}|\*|\[[^\]]*\]|<[^>]*>|#{2,}|_{3,}|\{[^}]*\}|\bredacted\b|\bremoved\b")),
    ("postcode_like", re.compile(r"(?i)\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")),
    ("title_name", TITLE_CAP),
    ("word_date", WORD_DATE),
    ("ward_or_code", re.compile(r"(?i)\bward\s+[a-z]?\d|\b[A-Za-z]{1,2}\d{1,2}[A-Za-z]?\b")),
    ("initials", re.compile(r"\b[A-Z]\.\s?[A-Z]\.")),
    ("lower_place", re.compile(r"(?i)\bhighcroft\b")),  # a unit name written in lower case, found by review
    ("named_service", re.compile(r"\b(?:City|General|Royal|County|Memorial|District|Infirmary|Priory|Queen's|"
                                 r"Queens|King's|Kings|Saint|St)\b")),
]


def build_vocab(rows):
    lowc = collections.Counter()
    capmid = collections.Counter()
    for _, t in rows:
        t = t.replace("\u2019", "'")
        for m in _TOK.finditer(t):
            w = m.group()
            if w[0].islower():
                lowc[w.lower()] += 1
            elif not _at_sentence_start(t, m.start()):
                capmid[w.lower()] += 1
    return lowc, capmid


def _at_sentence_start(t, i):
    pre = t[:i].rstrip(" \t\"'(")
    return pre == "" or pre[-1] in ".!?:;\n-*"


def _strip_poss(w):
    w = w.lower()
    if w.endswith("'s"):
        w = w[:-2]
    return w.strip("'")


NAMEISH = set()
for _lst in (FIRST_F, FIRST_M, SURNAMES, PLACE_FIRST_F, PLACE_FIRST_M, PLACE_SURNAMES, UK_TOWNS, IRISH_TOWNS,
             COUNTIES, [c for c, *_ in US_CITIES], [c for c, _ in ABROAD]):
    for _x in _lst:
        for _p in re.findall(r"[A-Za-z']+", _x):
            if len(_p) > 2:
                NAMEISH.add(_strip_poss(_p))
for _x in ("upon", "under", "the", "on", "in", "le", "de", "la", "by", "sea", "water", "city", "new", "great",
           "little", "long", "much", "old", "west", "east", "north", "south", "port", "bay", "san", "town",
           "spa", "park", "green", "white", "brown", "king", "wood", "island", "holy", "castle", "garden", "house"):
    NAMEISH.discard(_x)


def drop_reason(t, lowc, capmid):
    if not (20 <= len(t) <= 600):
        return "length"
    for name, rx in DROP_RX:
        if rx.search(t):
            return name
    letters = [c for c in t if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.5:
        return "capitals"
    for m in TITLE_LOW.finditer(t):
        if lowc[m.group(1).lower()] < 3:
            return "title_name"
    tt = t.replace("\u2019", "'").replace("A&E", "AE").replace("A & E", "AE")
    for m in _TOK.finditer(tt):
        w = m.group()
        lw = _strip_poss(w)
        if not lw:
            continue
        start = _at_sentence_start(tt, m.start())
        if w[0].isupper():
            if w in WHITELIST or w.rstrip("'s") in WHITELIST:
                continue
            if lowc[lw] < 3:
                return "capitalised_rare"
            if not start and (lw in NAMEISH or lw in NAME_MONTHS):
                return "capitalised_namelike"
            if lw in NAME_MONTHS:
                return "capitalised_namelike"
        else:
            if lowc[lw] < 3 and (lw in NAMEISH or capmid[lw] >= 2):
                return "lower_name"
    for m in re.finditer(r"(?i)\b([a-z']+)\s+(?:ward|unit|lodge|suite|wing)\b", tt):
        if lowc[m.group(1).lower()] < 3:
            return "ward_name"
    return None


def select_comments(src):
    rows = load_source(src)
    ex = excluded_ids()
    ex_texts = {norm_text(t) for i, t in rows if i in ex}
    lowc, capmid = build_vocab(rows)
    seen = set()
    kept, reasons = [], collections.Counter()
    for i, t in rows:
        if not t:
            reasons["empty"] += 1
            continue
        if i in ex:
            reasons["used_by_other_set"] += 1
            continue
        n = norm_text(t)
        if n in ex_texts:
            reasons["same_text_as_used"] += 1
            continue
        if n in seen:
            reasons["duplicate"] += 1
            continue
        seen.add(n)
        r = drop_reason(t, lowc, capmid)
        if r:
            reasons[r] += 1
            continue
        kept.append((i, t))
    return rows, kept, reasons, len(ex)

# ---------------------------------------------------------------------------
# Planting
# ---------------------------------------------------------------------------

STOP_TOKENS = {"on", "upon", "le", "la", "de", "del", "der", "den", "van", "von", "of", "the", "in", "by", "y",
               "st", "an", "am", "na", "du", "les", "al", "el", "ap", "da", "do", "di", "t", "and", "under",
               "mac", "o", "d", "ni", "j", "a"}


def fill(rng, template, place_slots=()):
    """Fill a template; place_slots: indices of NAME slots that take a place-word name."""
    segs = []
    pos = 0
    k = 0
    for m in _SLOT_RX.finditer(template):
        if m.start() > pos:
            segs.append((template[pos:m.start()], None))
        slot = m.group(1)
        segs.extend(SLOTS[slot][1](rng, k in place_slots and slot in NAME_SLOTS))
        if slot in NAME_SLOTS:
            k += 1
        pos = m.end()
    if pos < len(template):
        segs.append((template[pos:], None))
    return segs


def case_segs(segs, mode):
    if mode == "lower":
        return [(t.lower(), y) for t, y in segs]
    if mode == "upper":
        return [(t.upper(), y) for t, y in segs]
    return list(segs)


def add_typo(rng, segs):
    idxs = [i for i, (t, y) in enumerate(segs) if y is None and re.search(r"[A-Za-z]{4,}", t)]
    if not idxs:
        return segs, False
    i = rng.choice(idxs)
    t = segs[i][0]
    m = rng.choice(list(re.finditer(r"[A-Za-z]{4,}", t)))
    w = m.group()
    lw = w.lower()
    if lw in TYPO_WORDS and rng.random() < 0.7:
        nw = TYPO_WORDS[lw]
        if w.isupper():
            nw = nw.upper()
        elif w[0].isupper():
            nw = nw[0].upper() + nw[1:]
    else:
        op = rng.randrange(3)
        j = rng.randint(1, len(w) - 2)
        if op == 0:
            nw = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == 1:
            nw = w[:j] + w[j + 1:]
        else:
            nw = w[:j] + w[j] + w[j:]
    out = list(segs)
    out[i] = (t[:m.start()] + nw + t[m.end():], None)
    return out, True


def seg_text(segs):
    return "".join(t for t, _ in segs)


def ends_punct(s):
    return bool(re.search(r"[.!?:)]\s*$", s))


def boundaries(comment):
    b = set()
    for m in re.finditer(r"[.!?]+[\"')]*\s+(?=\S)", comment):
        b.add(m.end())
    for m in re.finditer(r"\n+\s*(?=\S)", comment):
        b.add(m.end())
    return sorted(x for x in b if 0 < x < len(comment))


def kind_of(tok):
    return "NAME" if tok == "NAMEP" else tok


def take(remaining, kinds):
    """Remove tokens matching kinds from remaining; return the tokens taken or None."""
    rem = list(remaining)
    got = []
    for k in kinds:
        for j, tok in enumerate(rem):
            if kind_of(tok) == k:
                got.append(rem.pop(j))
                break
        else:
            return None, remaining
    return got, rem


def place_indices(rng, taken, frame):
    n_names = sum(1 for s in _SLOT_RX.findall(frame) if s in NAME_SLOTS)
    n_place = sum(1 for t in taken if t == "NAMEP")
    idx = list(range(n_names))
    rng.shuffle(idx)
    return set(idx[:n_place])


def choose_weighted(rng, items, usage):
    weights = [1.0 / (1 + usage[key]) ** 2 for key, _ in items]
    return rng.choices(items, weights)[0]


def gendered(template, gender):
    if gender == "F":
        return template.replace("{FN}", "{FNF}").replace("{FULL}", "{FULLF}")
    if gender == "M":
        return template.replace("{FN}", "{FNM}").replace("{FULL}", "{FULLM}")
    return template


PRONOUN_RX = re.compile(r"\b(she|her|hers|herself|he|him|his|himself)\b", re.IGNORECASE)


def anchor_options(comment, anchor, used_spans):
    opts = []
    for m in anchor["rx"].finditer(comment):
        a0, a1 = m.span("a")
        if any(not (m.end() <= s or m.start() >= e) for s, e in used_spans):
            continue
        pos = a1 if anchor["where"] == "after" else a0
        nxt = comment[pos:pos + 2]
        word = m.group("a").lower()
        gender = "F" if word in FEMALE_REL else ("M" if word in MALE_REL else None)
        if gender is None and anchor["kind"] == "NAME":
            pm = PRONOUN_RX.search(comment, m.end())
            if pm:
                gender = "F" if pm.group(1).lower() in ("she", "her", "hers", "herself") else "M"
        for tpl in anchor["tpl"]:
            if anchor["id"] == "relage" and word not in ELDER_REL:
                continue
            if "she's" in tpl and gender != "F":
                continue
            if "he's" in tpl and "she's" not in tpl and gender != "M":
                continue
            if anchor["where"] == "after" and (tpl.startswith(",") or tpl.startswith(" -")) and \
                    not (len(nxt) == 2 and nxt[0] == " " and nxt[1].isalpha()):
                continue
            if anchor["where"] == "after" and nxt[:1].isalnum():
                continue
            opts.append((m.span(), pos, gendered(tpl, gender)))
    return opts


def entity_words(value):
    out = []
    for p in re.findall(r"[^\W\d_]+", value):
        lp = p.lower()
        if len(lp) >= 2 and lp not in STOP_TOKENS:
            out.append(lp)
    return out


def validate(text, original, ents, n_expected):
    it = iter(text)
    assert all(c in it for c in original), "original is not a subsequence"
    last = 0
    for s, e, typ, v in ents:
        if s < last or text[s:e] != v or not v.strip():
            return "span"
        if v != v.strip():
            return "span_ws"
        if s > 0 and text[s - 1].isalnum():
            return "left_boundary"
        if e < len(text) and text[e].isalnum():
            return "right_boundary"
        last = e
    if n_expected is not None and not (1 <= len(ents) <= 4):
        return "count"
    # text outside entities
    outside = []
    cur = 0
    for s, e, _, _ in ents:
        outside.append(text[cur:s])
        cur = e
    outside.append(text[cur:])
    rest = "\u0000".join(outside).lower()
    for s, e, typ, v in ents:
        if typ in ("TOWN", "NAME"):
            for w in entity_words(v):
                if re.search(r"(?<![^\W_])" + re.escape(w) + r"(?![^\W_])", rest):
                    return "word_elsewhere:" + typ
    return None


def compose(comment, insertions):
    insertions = sorted(insertions, key=lambda x: (x[0], x[1], x[2]))
    out, ents = [], []
    cur = 0
    length = 0
    for pos, _, _, segs in insertions:
        out.append(comment[cur:pos])
        length += pos - cur
        cur = pos
        for t, typ in segs:
            if typ is not None:
                ents.append((length, length + len(t), typ, t))
            out.append(t)
            length += len(t)
    out.append(comment[cur:])
    return "".join(out), ents


def try_plant(rng, comment, tokens, decoy, usage, stats):
    lower_comment = not any(c.isupper() for c in comment)
    if lower_comment and rng.random() < 0.9:
        mode = "lower"
    else:
        r = rng.random()
        mode = "lower" if r < 0.17 else ("upper" if r < 0.22 else "normal")
    remaining = list(tokens)
    units = []  # (placement, frame_key, segs)
    # A: one multi-detail sentence
    if len(remaining) >= 2 and rng.random() < 0.45:
        multi = []
        for f, kinds in FRAME_INFO:
            if len(kinds) >= 2:
                got, rem = take(remaining, kinds)
                if got is not None:
                    multi.append((f, (got, rem)))
        if multi:
            f, (got, rem) = choose_weighted(rng, multi, usage)
            units.append(("sentence", f, fill(rng, f, place_indices(rng, got, f))))
            remaining = rem
    # B: details written into the comment
    used_spans = []
    n_anchor = 0
    for tok in list(remaining):
        if tok not in remaining or n_anchor >= 3:
            continue
        p = 0.85 if kind_of(tok) in ("NAME", "DATE", "AGE", "TOWN") else 0.7
        if rng.random() >= p:
            continue
        opts = []
        for a in ANCHORS:
            if a["kind"] != kind_of(tok):
                continue
            for span, pos, tpl in anchor_options(comment, a, used_spans):
                kinds = frame_kinds(tpl)
                rem0 = list(remaining)
                rem0.remove(tok)
                got, rem = take(rem0, kinds[1:])
                if got is None:
                    continue
                opts.append(("anchor:%s:%s" % (a["id"], tpl), (a, span, pos, tpl, [tok] + got, rem)))
        if not opts:
            continue
        key, (a, span, pos, tpl, got, rem) = choose_weighted(rng, opts, usage)
        segs = fill(rng, tpl, place_indices(rng, got, tpl))
        if lower_comment:
            segs = case_segs(segs, "lower")
        units.append(("anchor", key, (pos, segs)))
        used_spans.append(span)
        remaining = rem
        n_anchor += 1
    # C: one sentence per remaining detail (or pair of same-kind details)
    while remaining:
        tok = remaining[0]
        cands = []
        for f, kinds in FRAME_INFO:
            if kinds[0] != kind_of(tok) and kind_of(tok) not in kinds:
                continue
            if len(kinds) == 1 or (len(set(kinds)) == 1 and rng.random() < 0.5):
                got, rem = take(remaining, kinds)
                if got is not None and tok in got:
                    cands.append((f, (got, rem)))
        f, (got, rem) = choose_weighted(rng, cands, usage)
        units.append(("sentence", f, fill(rng, f, place_indices(rng, got, f))))
        remaining = rem
    if decoy is not None:
        units.append(("sentence", "decoy", [(decoy, None)]))

    bnds = boundaries(comment)
    insertions = []
    blocks = {"before": [], "after": [], "middle": {}}
    used_keys = []
    n_typo = 0
    places = collections.Counter()
    signoffs = []
    for placement, key, payload in units:
        used_keys.append(key)
        if placement == "anchor":
            pos, segs = payload
            insertions.append((pos, 1, len(insertions), segs))
            places["anchor"] += 1
            continue
        segs = case_segs(payload, mode)
        if mode == "lower" and segs and segs[-1][1] is None and segs[-1][0].endswith(".") and rng.random() < 0.5:
            segs[-1] = (segs[-1][0][:-1], None)
        if rng.random() < 0.13:
            segs, did = add_typo(rng, segs)
            n_typo += did
        if key in SIGNOFF_FRAMES:
            where = "after"
        else:
            r = rng.random()
            where = "after" if r < 0.45 else ("before" if r < 0.75 or not bnds else "middle")
        places[where] += 1
        if where == "middle":
            blocks["middle"].setdefault(rng.choice(bnds), []).append(segs)
        elif key in SIGNOFF_FRAMES:
            signoffs.append(segs)
        else:
            blocks[where].append(segs)
    blocks["after"].extend(signoffs)  # sign-offs and "Address:" lines always come last

    def join_block(sents):
        out = []
        for i, s in enumerate(sents):
            if i:
                prev = seg_text(out)
                out.append((" " if ends_punct(prev) else rng.choice([". ", " ", ". "]), None))
            out.extend(s)
        return out

    if blocks["before"]:
        b = join_block(blocks["before"])
        sep = rng.choice([" ", " ", " ", "\n"]) if ends_punct(seg_text(b)) else rng.choice([". ", " - ", " ", ". "])
        insertions.append((0, 0, len(insertions), b + [(sep, None)]))
    for pos in sorted(blocks["middle"]):
        b = join_block(blocks["middle"][pos])
        sep = " " if ends_punct(seg_text(b)) else rng.choice([". ", " ", ", "])
        insertions.append((pos, 0, len(insertions), b + [(sep, None)]))
    if blocks["after"]:
        b = join_block(blocks["after"])
        if re.search(r"[.!?)]\s*$", comment):
            sep = " " if rng.random() < 0.85 else "\n"
        else:
            sep = rng.choice([". ", " ", "\n", ". ", " - ", ". "])
        insertions.append((len(comment), 2, len(insertions), [(sep, None)] + b))
    text, ents = compose(comment, insertions)
    return text, ents, used_keys, mode, n_typo, places


def plant(rng, comment, tokens, decoy, usage, stats):
    for attempt in range(200):
        text, ents, keys, mode, n_typo, places = try_plant(rng, comment, tokens, decoy, usage, stats)
        why = validate(text, comment, ents, len(tokens) if tokens else None)
        if why is None:
            for k in keys:
                usage[k] += 1
            stats["redraws"] += attempt
            stats["typos"] += n_typo
            stats["case_" + mode] += 1
            for k, v in places.items():
                stats["placement_" + k] += v
            return text, ents
        stats["redraw_reason_" + why.split(":")[0]] += 1
    raise RuntimeError("could not plant into %r" % comment[:60])


def allocate_tokens(rng, n_records):
    tokens = []
    for kind, n in TOKEN_BUDGET:
        tokens.extend([kind] * n)
    rng.shuffle(tokens)
    total = sum(TOKEN_WEIGHT.get(t, 1) for t in tokens)
    caps = [rng.choices([1, 2, 3, 4], [30, 36, 22, 12])[0] for _ in range(n_records)]
    while sum(caps) > total:
        i = rng.randrange(n_records)
        if caps[i] > 1:
            caps[i] -= 1
    while sum(caps) < total:
        i = rng.randrange(n_records)
        if caps[i] < 4:
            caps[i] += 1
    assigned = [[] for _ in range(n_records)]
    left = list(caps)
    for t in [t for t in tokens if TOKEN_WEIGHT.get(t, 1) == 2]:
        opts = [i for i in range(n_records) if left[i] >= 2]
        i = rng.choice(opts)
        assigned[i].append(t)
        left[i] -= 2
    slots = [i for i in range(n_records) for _ in range(left[i])]
    rng.shuffle(slots)
    singles = [t for t in tokens if TOKEN_WEIGHT.get(t, 1) == 1]
    assert len(slots) == len(singles), (len(slots), len(singles))
    for i, t in zip(slots, singles):
        assigned[i].append(t)
    for a in assigned:
        rng.shuffle(a)
        assert a
    return assigned


def build(src):
    rng = random.Random(SEED)
    rows, kept, reasons, n_ex = select_comments(src)
    order = {i: k for k, (i, _) in enumerate(rows)}
    n_total = N_DETAIL_RECORDS + N_DECOY_ONLY + N_PLAIN
    pool = list(kept)
    rng.shuffle(pool)
    chosen = pool[:n_total]
    decoy_only = chosen[:N_DECOY_ONLY]
    plain = chosen[N_DECOY_ONLY:N_DECOY_ONLY + N_PLAIN]
    detail = chosen[N_DECOY_ONLY + N_PLAIN:]
    decoys = list(DECOYS)
    rng.shuffle(decoys)
    assert len(decoys) >= N_DECOY_ONLY + N_DECOY_WITH_DETAILS
    assigned = allocate_tokens(rng, len(detail))
    usage = collections.Counter()
    stats = collections.Counter()
    recs = []
    for k, (cid, t) in enumerate(decoy_only):
        text, ents = plant(rng, t, [], decoys[k], usage, stats)
        recs.append((cid, text, t, ents, "decoy"))
    for cid, t in plain:
        recs.append((cid, t, t, [], "plain"))
    for k, ((cid, t), toks) in enumerate(zip(detail, assigned)):
        decoy = decoys[N_DECOY_ONLY + k] if k < N_DECOY_WITH_DETAILS else None
        text, ents = plant(rng, t, toks, decoy, usage, stats)
        recs.append((cid, text, t, ents, "detail+decoy" if decoy else "detail"))
    recs.sort(key=lambda r: order[r[0]])
    info = dict(rows=len(rows), kept=len(kept), reasons=reasons, n_excluded_ids=n_ex, usage=usage,
                stats=stats)
    return recs, info


def to_json(rec):
    cid, text, orig, ents, _ = rec
    return json.dumps({
        "id": cid, "text": text, "original": orig,
        "entities": [{"start": s, "end": e, "type": typ, "value": v, "profiles": PROFILES[typ]}
                     for s, e, typ, v in ents],
    }, ensure_ascii=False)


def check_records(recs):
    ids = set()
    for cid, text, orig, ents, role in recs:
        assert cid not in ids
        ids.add(cid)
        it = iter(text)
        assert all(c in it for c in orig)
        last = 0
        for s, e, typ, v in ents:
            assert text[s:e] == v and s >= last and typ in PROFILES
            last = e
        if typ_check := [x for x in ents if x[2] == "NHS_NUMBER"]:
            for x in typ_check:
                assert nhs_valid(x[3]), x
        if role.startswith("detail"):
            assert 1 <= len(ents) <= 4
        else:
            assert not ents


def print_stats(recs, info, digest):
    c = collections.Counter()
    per = collections.Counter()
    roles = collections.Counter()
    src = collections.Counter()
    lower_vals = 0
    multiline = 0
    for cid, text, orig, ents, role in recs:
        roles[role] += 1
        src[cid.split(":")[0]] += 1
        per[len(ents)] += 1
        for s, e, typ, v in ents:
            c[typ] += 1
            if v == v.lower() and any(ch.isalpha() for ch in v) and typ in ("NAME", "TOWN", "ADDRESS"):
                lower_vals += 1
            if "\n" in v:
                multiline += 1
    place_names = {x.lower() for x in PLACE_FIRST_F + PLACE_FIRST_M + PLACE_SURNAMES}
    regular = {x.lower() for x in FIRST_F + FIRST_M + SURNAMES}
    town_cat = collections.Counter()
    cats = [("UK", UK_TOWNS), ("Ireland", IRISH_TOWNS), ("county", COUNTIES),
            ("US", [x[0] for x in US_CITIES]), ("abroad", [x[0] for x in ABROAD])]
    cat_of = {}
    for cat, lst in reversed(cats):
        for x in lst:
            cat_of[x.lower()] = cat
    place_name_ents, place_name_recs = 0, 0
    for cid, text, orig, ents, role in recs:
        hit = False
        for s, e, typ, v in ents:
            if typ == "NAME" and any(w.lower() in place_names and w.lower() not in regular
                                     for w in re.findall(r"[A-Za-z]+", v)):
                place_name_ents += 1
                hit = True
            if typ == "TOWN":
                town_cat[cat_of.get(v.lower(), "other")] += 1
        place_name_recs += hit
    usage = info["usage"]
    frame_keys = [k for k in usage if k != "decoy"]
    st = info["stats"]
    print("source rows: %d; ids used by other sets: %d; comments passing selection: %d"
          % (info["rows"], info["n_excluded_ids"], info["kept"]))
    print("dropped: " + ", ".join("%s %d" % kv for kv in sorted(info["reasons"].items())))
    print("records: %d (%s)" % (len(recs), ", ".join("%s %d" % kv for kv in sorted(src.items()))))
    print("records by role: " + ", ".join("%s %d" % kv for kv in sorted(roles.items())))
    print("entities: %d" % sum(c.values()))
    for typ in ["TOWN", "NAME", "ADDRESS", "DATE", "AGE_OVER_89", "PHONE", "EMAIL", "POSTCODE", "ZIP",
                "HOSPITAL_NUMBER", "NHS_NUMBER"]:
        print("  %-16s %4d" % (typ, c[typ]))
    print("  structured (PHONE, EMAIL, POSTCODE, ZIP, HOSPITAL_NUMBER, NHS_NUMBER): %d"
          % sum(c[t] for t in ["PHONE", "EMAIL", "POSTCODE", "ZIP", "HOSPITAL_NUMBER", "NHS_NUMBER"]))
    print("TOWN by kind: " + ", ".join("%s %d" % kv for kv in town_cat.most_common()))
    print("NAME entities that are also place words: %d (in %d records)" % (place_name_ents, place_name_recs))
    print("records by number of entities: " + ", ".join("%d: %d" % kv for kv in sorted(per.items())))
    print("distinct sentence frames used: %d of %d written; distinct in-comment anchor patterns used: %d"
          % (len([k for k in frame_keys if not k.startswith("anchor:")]), len(FRAMES),
             len([k for k in frame_keys if k.startswith("anchor:")])))
    print("decoy sentences written: %d" % len(DECOYS))
    print("placements: " + ", ".join("%s %d" % (k[len("placement_"):], v) for k, v in sorted(st.items())
                                      if k.startswith("placement_")))
    print("added-sentence case (per record): " + ", ".join("%s %d" % (k[5:], v) for k, v in sorted(st.items())
                                                          if k.startswith("case_")))
    print("sentences with a typo: %d; all-lower-case NAME/TOWN/ADDRESS values: %d; multi-line addresses: %d"
          % (st["typos"], lower_vals, multiline))
    print("redraws: %d (%s)" % (st["redraws"], ", ".join("%s %d" % (k[len("redraw_reason_"):], v)
                                                         for k, v in sorted(st.items())
                                                         if k.startswith("redraw_reason_"))))
    print("sha256: %s" % digest)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true", help="print counts after writing")
    ap.add_argument("--out", default=OUT_PATH, help="output path (default: %(default)s)")
    ap.add_argument("--source", default=os.environ.get("NHS_FFT_DIR", DEFAULT_SOURCE),
                    help="folder holding fft_phase1.csv and fft_phase2_v6framework.csv")
    args = ap.parse_args(argv)
    recs, info = build(args.source)
    check_records(recs)
    data = "".join(to_json(r) + "\n" for r in recs).encode("utf-8")
    with open(args.out, "wb") as fh:
        fh.write(data)
    digest = hashlib.sha256(data).hexdigest()
    if args.stats:
        print_stats(recs, info, digest)
    else:
        print("wrote %d records to %s (sha256 %s)" % (len(recs), args.out, digest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
