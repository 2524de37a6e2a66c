#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset19.jsonl and its card.

A held-out development set for the redaction (de-identification) system,
written after round 22's first part.  Real NHS Friends and Family Test
comments (The-Strategy-Unit/pxtextmining, MIT, copyright NHS England; Care
Opinion data CC BY-NC-SA 4.0) with invented personal details planted in
them, each planted detail labelled with its character span.

Standard library only.  One seeded random.Random(20260019); deterministic
(byte-identical output across runs and PYTHONHASHSEED values).

    python research/redaction_sets/build_redaction_devset19.py [--stats]
"""
import argparse
import csv
import glob
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

SEED = 20260019
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATA_DIR = os.path.join(REPO, "evaluation", "data")
OUT_JSONL = os.path.join(DATA_DIR, "redaction_devset19.jsonl")
OUT_CARD = os.path.join(DATA_DIR, "redaction_devset19.md")
SRC_DIR = os.environ.get("NHS_FFT_DIR", "/work/shared/data/nhs_fft")
SRC1 = os.path.join(SRC_DIR, "fft_phase1.csv")
SRC2 = os.path.join(SRC_DIR, "fft_phase2_v6framework.csv")

PROFILES = {
    "TOWN": ["hipaa_safe_harbor"],
    "DATE": ["hipaa_safe_harbor"],
    "AGE_OVER_89": ["hipaa_safe_harbor"],
}
for _t in ("NAME", "ADDRESS", "PHONE", "EMAIL", "POSTCODE", "ZIP",
           "HOSPITAL_NUMBER", "NHS_NUMBER"):
    PROFILES[_t] = ["standard", "hipaa_safe_harbor"]


def _split(s):
    """Split a '|' separated block into a list of stripped, non-empty items."""
    return [x.strip() for x in s.replace("\n", "|").split("|") if x.strip()]


# ---------------------------------------------------------------------------
# DATA LISTS: places
# ---------------------------------------------------------------------------

UK_CITIES = _split("""
London|Birmingham|Manchester|Leeds|Liverpool|Sheffield|Bristol|Newcastle|
Nottingham|Leicester|Coventry|Bradford|Sunderland|Southampton|Portsmouth|
Plymouth|Hull|Stoke-on-Trent|Wolverhampton|Derby|Swansea|Cardiff|Glasgow|
Edinburgh|Aberdeen|Dundee|Belfast|Norwich|Exeter|York|Cambridge|Oxford|
Brighton|Milton Keynes|Northampton|Luton|Peterborough|Preston|Bolton|
Blackpool|Middlesbrough|Salford|Wakefield|Doncaster|Huddersfield|Ipswich|
Gloucester|Worcester|Lancaster|Carlisle|Chester|Lincoln|Newcastle upon Tyne|
Kingston upon Hull|Inverness|Stirling|Perth|Newport|St Davids|Wrexham|
Chelmsford|Truro|Salisbury|Winchester|Canterbury|Wells|Ely|Hereford|Lichfield
""")

UK_TOWNS = _split("""
Barnsley|Rotherham|Chesterfield|Mansfield|Worksop|Grantham|Boston|Skegness|
Scunthorpe|Grimsby|Goole|Harrogate|Ripon|Scarborough|Whitby|Bridlington|
Pontefract|Castleford|Dewsbury|Batley|Halifax|Keighley|Skipton|Kendal|Penrith|
Workington|Whitehaven|Barrow-in-Furness|Ulverston|Morecambe|Lytham St Annes|
Fleetwood|Chorley|Wigan|Leigh|St Helens|Warrington|Widnes|Runcorn|Crewe|
Nantwich|Macclesfield|Congleton|Northwich|Stockport|Oldham|Rochdale|Burnley|
Accrington|Blackburn|Darwen|Clitheroe|Colne|Ashton-under-Lyne|Stalybridge|
Glossop|Buxton|Matlock|Belper|Ilkeston|Long Eaton|Hinckley|Nuneaton|
Leamington Spa|Warwick|Stratford-upon-Avon|Redditch|Bromsgrove|Kidderminster|
Stourbridge|Walsall|West Bromwich|Solihull|Tamworth|Burton upon Trent|Stafford|
Leek|Uttoxeter|Telford|Shrewsbury|Oswestry|Ludlow|Leominster|Ross-on-Wye|
Cheltenham|Tewkesbury|Stroud|Cirencester|Swindon|Chippenham|Trowbridge|Devizes|
Marlborough|Newbury|Basingstoke|Andover|Eastleigh|Fareham|Gosport|Havant|
Chichester|Bognor Regis|Worthing|Horsham|Haywards Heath|Eastbourne|Hastings|
Bexhill-on-Sea|Tunbridge Wells|Maidstone|Ashford|Folkestone|Dover|Margate|
Ramsgate|Whitstable|Gravesend|Dartford|Chatham|Gillingham|Sevenoaks|Guildford|
Woking|Epsom|Redhill|Reigate|Slough|Maidenhead|Windsor|High Wycombe|Aylesbury|
Bedford|Stevenage|Hitchin|Watford|St Albans|Hemel Hempstead|Harlow|Colchester|
Basildon|Southend-on-Sea|Clacton-on-Sea|Braintree|Bury St Edmunds|Lowestoft|
Great Yarmouth|King's Lynn|Thetford|Wisbech|Huntingdon|St Neots|Kettering|
Corby|Wellingborough|Daventry|Banbury|Bicester|Witney|Abingdon|Didcot|
Henley-on-Thames|Torquay|Paignton|Barnstaple|Bideford|Newton Abbot|Tiverton|
Taunton|Yeovil|Bridgwater|Weston-super-Mare|Frome|Glastonbury|Dorchester|
Weymouth|Poole|Bournemouth|Falmouth|Penzance|St Ives|Newquay|Bodmin|Launceston|
Redruth|Camborne|Morpeth|Alnwick|Berwick-upon-Tweed|Ashington|Blyth|Consett|
Chester-le-Street|Seaham|Peterlee|Bishop Auckland|Spennymoor|Newton Aycliffe|
Hartlepool|Stockton-on-Tees|Redcar|Guisborough|Northallerton|Thirsk|Malton|
Pickering|Gateshead|South Shields|Jarrow|Whitley Bay|Tynemouth|Wallsend|
Houghton-le-Spring|Newcastle-under-Lyme|Sutton Coldfield|Southport|Ormskirk|
Birkenhead|Wallasey|Bootle|Huyton|Prescot|Skelmersdale|Tavistock|Bridport|
Lyme Regis|Sudbury|Louth|Sleaford|Spalding|Stamford|Newark-on-Trent|Retford|
Gainsborough|Market Rasen|Maldon|Faversham|Lewes|Midhurst|Alton|Petersfield|
Ventnor|Ryde|Newport Pagnell|Leighton Buzzard|Melksham|Shepton Mallet|
Minehead|Ilfracombe|Okehampton|Honiton|Sidmouth|Exmouth|Totnes|Dartmouth|
Kingsbridge|Liskeard|Saltash|Wadebridge|Helston|Hayle|Keswick|Ambleside|
Windermere|Cockermouth|Maryport|Wigton|Brampton|Haltwhistle|Prudhoe|Bedlington|
Cramlington|Amble|Wooler|Otley|Ilkley|Wetherby|Tadcaster|Knaresborough|
Hebden Bridge|Todmorden|Holmfirth|Brighouse|Heckmondwike|Mirfield|Ossett|
Hemsworth|Goldthorpe|Mexborough|Thorne|Bawtry|Penistone|Stocksbridge|
Peckham|Hackney|Croydon|Brixton|Walthamstow|Ealing|Lewisham|Tottenham|Ilford|
Romford|Wembley|Southall|Hounslow|Bromley|Enfield|Bexleyheath|Woolwich|
Deptford|Camden|Islington|Stockwell|Tooting|Streatham|Kingston upon Thames|
Handsworth|Sparkbrook|Small Heath|Moseley|Erdington|Longsight|Moss Side|
Rusholme|Didsbury|Chapeltown|Harehills|Headingley|Beeston|Byker|Jesmond|
Toxteth|Anfield|Everton|Easton|St Pauls|Bedminster|Splott|Grangetown
""")

UK_VILLAGES = _split("""
Little Snoring|Great Snoring|Wetwang|Nether Wallop|Much Wenlock|
Chipping Campden|Bourton-on-the-Water|Lower Slaughter|Castle Combe|Lacock|
Grasmere|Hawkshead|Coniston|Robin Hood's Bay|Staithes|Goathland|Haworth|
Heptonstall|Slaithwaite|Marsden|Tideswell|Eyam|Hathersage|Castleton|Edale|
Ashbourne|Tissington|Hartington|Dent|Sedbergh|Hawes|Reeth|Grassington|
Kettlewell|Malham|Ribchester|Slaidburn|Dunsop Bridge|Bamburgh|Craster|
Rothbury|Allendale|Blanchland|Stanhope|Middleton-in-Teesdale|Barnard Castle|
Staindrop|Mousehole|Port Isaac|Polperro|Boscastle|Tintagel|Zennor|
Widecombe-in-the-Moor|Lynmouth|Clovelly|Dunster|Porlock|Wookey Hole|
Corfe Castle|Cerne Abbas|Lulworth|Abbotsbury|Beaulieu|Lyndhurst|Selborne|
Alfriston|Rye|Winchelsea|Tenterden|Chilham|Biddenden|Aldeburgh|Southwold|
Walberswick|Lavenham|Long Melford|Kersey|Dedham|Finchingfield|Thaxted|
Saffron Walden|Blakeney|Cley next the Sea|Burnham Market|Wells-next-the-Sea|
Aylsham|Reepham|Uppingham|Rockingham|Bibury|Painswick|Snowshill|Kingham|
Great Tew|Shere|Chiddingfold|Bosham|Bampton|Ilmington|Clun|Bishop's Castle|
Church Stretton|Ironbridge|Pity Me|Ugley|Great Ayton|Hutton-le-Hole|
Thornton-le-Dale|Bolton-le-Sands|Barton-le-Clay|Chapel-en-le-Frith|
Ashby-de-la-Zouch|Poulton-le-Fylde|Kirkby-in-Ashfield|Sutton-in-Ashfield|
Hetton-le-Hole|Stow-on-the-Wold|Moreton-in-Marsh|Bradford-on-Avon|
Newbiggin-by-the-Sea|Walton-on-the-Naze|Sutton-on-Sea|Burnham-on-Crouch|
Wotton-under-Edge|Chapel St Leonards|Mablethorpe|Ingoldmells|Cleethorpes|
Withernsea|Hornsea|Flamborough|Filey|Sandsend|Runswick Bay|Loftus|Saltburn|
Marske|Seaton Carew|Easington Colliery|Horden|Shotton Colliery|Wingate|
Trimdon|Fishburn|Ferryhill|Tow Law|Crook|Willington|Esh Winning|
Sacriston|Lanchester|Annfield Plain|Dipton|Burnopfield|Rowlands Gill|
Ryton|Crawcrook|Wylam|Ovingham|Corbridge|Bellingham|Otterburn|Elsdon|
Longframlington|Felton|Warkworth|Alnmouth|Embleton|Seahouses|Belford|
Norham|Cornhill-on-Tweed|Lowick|Holy Island|Beadnell|Longhoughton|
Pitsford|Brixworth|Kings Cliffe|Oundle|Thrapston|Raunds|Irthlingborough|
Finedon|Desborough|Rothwell|Broughton|Mawsley|Brigstock|Weldon|Gretton
""")

# places whose names are ordinary English words or given names
UK_WORDLIKE = _split("""
Reading|Bath|Hope|Sale|March|Street|Deal|Eye|Ware|Mold|Settle|Wick|
Battle|Sandwich|Rugby|Bury|Hook|Send|Box|Ash|Stock|Diss|Looe|Barking|Wool|
Brill|Matching|Lost|Stanley|Shirley|Beverley|Barry|Hamilton|Kimberley|Ashley|
Clifton|Douglas|Neston|Morley|Dudley|Crawley|Selby|Florence|Denton|Kirkby|
Bradley|Chelsea|Lewis|Melrose|Ross|Hurst|Holt|Leek|Ham|Ripple|Great|Nelson|
Sandy|Cheddar|Wells|Bacup|Marple
""")

WELSH = _split("""
Aberystwyth|Caernarfon|Llanelli|Pwllheli|Machynlleth|Dolgellau|
Blaenau Ffestiniog|Ystradgynlais|Llandrindod Wells|Betws-y-Coed|Porthmadog|
Abertawe|Caerdydd|Casnewydd|Merthyr Tydfil|Merthyr Tudful|Pontypridd|
Tonypandy|Llangollen|Bangor|Aberaeron|Cwmbran|Ebbw Vale|Tredegar|Rhydaman|
Llanfairpwllgwyngyll|Penarth|Caerffili|Hwlffordd|Y Fenni|Bethesda|Llandeilo|
Crymych|Treorchy|Maesteg|Porthcawl|Wrecsam|Rhyl|Prestatyn|Llandudno|Conwy|
Colwyn Bay|Denbigh|Ruthin|Holyhead|Caergybi|Llangefni|Beaumaris|Tenby|
Dinbych-y-pysgod|Pembroke Dock|Fishguard|Abergwaun|Cardigan|Aberteifi|
Lampeter|Carmarthen|Caerfyrddin|Neath|Port Talbot|Bridgend|Pen-y-bont ar Ogwr|
Y Barri|Abergavenny|Monmouth|Chepstow|Brecon|Aberhonddu|Builth Wells|Newtown|
Y Drenewydd|Welshpool|Y Trallwng|Bala|Harlech|Barmouth|Abermaw|Criccieth|
Nefyn|Abersoch|Tywyn|Aberdaron|Llanberis|Rhosneigr|Amlwch|Mountain Ash|
Aberdare|Aberdâr|Ferndale|Blackwood|Ystrad Mynach|Caerleon|Usk|Rhayader|
Llanidloes|Knighton|Presteigne|Hay-on-Wye|Crickhowell|Talgarth|Ammanford|
Burry Port|Kidwelly|Gorseinon|Pontardawe|Glynneath|Ystalyfera
""")

SCOTTISH = _split("""
Dùn Èideann|Glaschu|Obar Dheathain|Inbhir Nis|Steòrnabhagh|Port Rìgh|
An t-Òban|Peairt|Dùn Dè|Baile a' Mhanaich|Loch nam Madadh|Tobar Mhoire|
Dùn Phris|Cill Rìmhinn|Sruighlea|Inbhir Pheofharain|Dùn Omhain|
Loch Baghasdail|Bàgh a' Chaisteil|An Gearasdan|Ulapul|Inbhir Àir|
Kirkcaldy|Auchtermuchty|Ecclefechan|Lochgilphead|Fort William|Ullapool|
Thurso|Kilmarnock|Cumbernauld|Motherwell|Paisley|Dunfermline|Arbroath|
Forfar|Montrose|Peebles|Galashiels|Hawick|Stranraer|Oban|Campbeltown|Tain|
Dingwall|Lerwick|Kirkwall|Stornoway|Portree|Elgin|Buckie|Peterhead|
Fraserburgh|Ellon|Huntly|Aviemore|Pitlochry|Crieff|Auchterarder|Largs|Troon|
Irvine|Girvan|Dalbeattie|Moffat|Lanark|Biggar|Bathgate|Livingston|
Linlithgow|Musselburgh|Dalkeith|Penicuik|Kelso|Jedburgh|Coldstream|Eyemouth|
Kinross|Kirriemuir|Brechin|Stonehaven|Banchory|Inverurie|Nairn|Forres|
Grantown-on-Spey|Kingussie|Newtonmore|Drumnadrochit|Kyle of Lochalsh|
Mallaig|Tobermory|Inveraray|Rothesay|Dunoon|Helensburgh|Dumbarton|
Clydebank|Greenock|Gourock|Port Glasgow|Johnstone|Renfrew|East Kilbride|
Wishaw|Airdrie|Coatbridge|Falkirk|Grangemouth|Alloa|Dunblane|Callander|
Comrie|Ayr|Dumfries|Cupar|St Andrews|Glenrothes|Methil|Leven|Anstruther|
Pittenweem|Crail|Lochgelly|Cowdenbeath|Bo'ness|Dunbar|North Berwick|
Haddington|Tranent|Prestonpans|Lochmaddy|Balivanich|Castlebay|Brora|Golspie|
Dornoch|Invergordon|Alness|Wick|John o' Groats|Scrabster|Durness|Lairg
""")

NI_PLACES = _split("""
Belfast|Derry|Londonderry|Newry|Armagh|Lisburn|Ballymena|Coleraine|Portrush|
Portstewart|Ballycastle|Enniskillen|Omagh|Strabane|Cookstown|Dungannon|
Craigavon|Lurgan|Portadown|Banbridge|Downpatrick|Newtownards|Carrickfergus|
Larne|Antrim|Magherafelt|Limavady|Ballymoney|Holywood|Comber|Kilkeel|
Crossmaglen|Castlederg|Dromore|Bushmills|Ballynahinch|Warrenpoint|
Newtownabbey|Ballyclare|Randalstown|Maghera|Dungiven|Keady|Rostrevor
""")

IRELAND = _split("""
Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Sligo|Letterkenny|Athlone|
Drogheda|Dundalk|Tralee|Killarney|Ennis|Wexford|Castlebar|Westport|Mullingar|
Navan|Bray|Dún Laoghaire|Swords|Tullamore|Portlaoise|Carlow|Clonmel|Thurles|
Nenagh|Naas|Newbridge|Maynooth|Clifden|Dingle|Kinsale|Skibbereen|Bantry|
Youghal|Cobh|Mallow|Ballina|Carrick-on-Shannon|Longford|Cavan|Monaghan|
Bundoran|Ballyshannon|Dungloe|Gaoth Dobhair|An Daingean|Baile Átha Cliath|
Gaillimh|Corcaigh|Luimneach|Loch Garman|Port Láirge|Cill Airne|Béal an Átha|
Ballinasloe|Tuam|Roscommon|Boyle|Birr|Edenderry|Gorey|Enniscorthy|Arklow|
Wicklow|Greystones|Balbriggan|Skerries|Trim|Kells|Ardee|Carrickmacross|
Clones|Buncrana|Donegal Town|Kilrush|Listowel|Kenmare|Cahersiveen|Dungarvan|
Tramore|Fermoy|Macroom|Clonakilty
""")

COUNTIES = _split("""
Yorkshire|North Yorkshire|West Yorkshire|South Yorkshire|East Yorkshire|
Lancashire|Cumbria|Northumberland|Cheshire|Merseyside|Derbyshire|
Nottinghamshire|Leicestershire|Lincolnshire|Staffordshire|Shropshire|
Herefordshire|Worcestershire|Warwickshire|Northamptonshire|Cambridgeshire|
Norfolk|Suffolk|Essex|Hertfordshire|Bedfordshire|Buckinghamshire|Oxfordshire|
Berkshire|Gloucestershire|Wiltshire|Somerset|Dorset|Devon|Cornwall|Hampshire|
Surrey|Sussex|West Sussex|East Sussex|Kent|Isle of Wight|Rutland|Fife|
Perthshire|Aberdeenshire|Argyll|Ayrshire|Lanarkshire|Midlothian|Moray|
Caithness|Sutherland|Gwynedd|Powys|Ceredigion|Pembrokeshire|Carmarthenshire|
Anglesey|Ynys Môn|Monmouthshire|Denbighshire|Flintshire|Tyrone|Fermanagh|
Mayo|Kerry|Clare|Donegal|Tipperary|Wicklow|Kildare|Meath|Offaly|Leitrim|
Laois|Westmeath|Connemara|Teesside|Tyneside|Wearside|the Wirral
""")

# (town, county) pairs written "Town, County" -> two TOWN entities
TOWN_COUNTY = [
    ("Whitby", "North Yorkshire"), ("Skipton", "North Yorkshire"),
    ("Kendal", "Cumbria"), ("Alnwick", "Northumberland"),
    ("Buxton", "Derbyshire"), ("Louth", "Lincolnshire"),
    ("Thetford", "Norfolk"), ("Sudbury", "Suffolk"), ("Truro", "Cornwall"),
    ("Tavistock", "Devon"), ("Bridport", "Dorset"), ("Frome", "Somerset"),
    ("Devizes", "Wiltshire"), ("Stroud", "Gloucestershire"),
    ("Ledbury", "Herefordshire"), ("Ludlow", "Shropshire"),
    ("Leek", "Staffordshire"), ("Banbury", "Oxfordshire"),
    ("Marlow", "Buckinghamshire"), ("Hitchin", "Hertfordshire"),
    ("Maldon", "Essex"), ("Faversham", "Kent"), ("Lewes", "East Sussex"),
    ("Midhurst", "West Sussex"), ("Alton", "Hampshire"),
    ("Ventnor", "Isle of Wight"), ("Crieff", "Perthshire"),
    ("Ellon", "Aberdeenshire"), ("Largs", "Ayrshire"), ("Oban", "Argyll"),
    ("Cupar", "Fife"), ("Bala", "Gwynedd"), ("Rhayader", "Powys"),
    ("Tenby", "Pembrokeshire"), ("Omagh", "Tyrone"),
    ("Enniskillen", "Fermanagh"), ("Westport", "Mayo"), ("Dingle", "Kerry"),
    ("Ennis", "Clare"), ("Bundoran", "Donegal"), ("Oakley", "Bedfordshire"),
    ("Ripley", "Derbyshire"), ("Holbeach", "Lincolnshire"),
    ("Southwell", "Nottinghamshire"), ("Lutterworth", "Leicestershire"),
    ("Wymondham", "Norfolk"), ("Halesworth", "Suffolk"),
    ("Bude", "Cornwall"), ("Axminster", "Devon"), ("Sherborne", "Dorset"),
    ("Wincanton", "Somerset"), ("Malmesbury", "Wiltshire"),
    ("Tetbury", "Gloucestershire"), ("Bromyard", "Herefordshire"),
    ("Wem", "Shropshire"), ("Cheadle", "Staffordshire"),
    ("Chipping Norton", "Oxfordshire"), ("Olney", "Buckinghamshire"),
    ("Royston", "Hertfordshire"), ("Dunmow", "Essex"), ("Cranbrook", "Kent"),
    ("Uckfield", "East Sussex"), ("Petworth", "West Sussex"),
    ("Romsey", "Hampshire"), ("Aberfeldy", "Perthshire"),
    ("Turriff", "Aberdeenshire"), ("Cumnock", "Ayrshire"),
    ("Carluke", "Lanarkshire"), ("Machynlleth", "Powys"),
    ("Narberth", "Pembrokeshire"), ("Belmullet", "Mayo"),
    ("Kenmare", "Kerry"), ("Lisdoonvarna", "Clare"), ("Glenties", "Donegal"),
    ("Cashel", "Tipperary"), ("Athy", "Kildare"), ("Settle", "North Yorkshire"),
    ("Sedbergh", "Cumbria"), ("Haltwhistle", "Northumberland"),
]

# US cities: (city, state abbreviation, ZIP prefix)
US_CITIES = [
    ("Austin", "TX", "787"), ("Houston", "TX", "770"), ("Dallas", "TX", "752"),
    ("San Antonio", "TX", "782"), ("El Paso", "TX", "799"),
    ("Phoenix", "AZ", "850"), ("Tucson", "AZ", "857"), ("Denver", "CO", "802"),
    ("Boulder", "CO", "803"), ("Seattle", "WA", "981"),
    ("Spokane", "WA", "992"), ("Portland", "OR", "972"),
    ("Eugene", "OR", "974"), ("San Francisco", "CA", "941"),
    ("Los Angeles", "CA", "900"), ("San Diego", "CA", "921"),
    ("Sacramento", "CA", "958"), ("Fresno", "CA", "937"),
    ("Oakland", "CA", "946"), ("Las Vegas", "NV", "891"),
    ("Reno", "NV", "895"), ("Salt Lake City", "UT", "841"),
    ("Albuquerque", "NM", "871"), ("Santa Fe", "NM", "875"),
    ("Chicago", "IL", "606"), ("Springfield", "IL", "627"),
    ("Peoria", "IL", "616"), ("Detroit", "MI", "482"),
    ("Grand Rapids", "MI", "495"), ("Ann Arbor", "MI", "481"),
    ("Cleveland", "OH", "441"), ("Columbus", "OH", "432"),
    ("Cincinnati", "OH", "452"), ("Toledo", "OH", "436"),
    ("Pittsburgh", "PA", "152"), ("Philadelphia", "PA", "191"),
    ("Scranton", "PA", "185"), ("Boston", "MA", "021"),
    ("Worcester", "MA", "016"), ("Providence", "RI", "029"),
    ("Hartford", "CT", "061"), ("New Haven", "CT", "065"),
    ("New York", "NY", "100"), ("Buffalo", "NY", "142"),
    ("Rochester", "NY", "146"), ("Albany", "NY", "122"),
    ("Syracuse", "NY", "132"), ("Newark", "NJ", "071"),
    ("Trenton", "NJ", "086"), ("Baltimore", "MD", "212"),
    ("Richmond", "VA", "232"), ("Norfolk", "VA", "235"),
    ("Charlotte", "NC", "282"), ("Raleigh", "NC", "276"),
    ("Asheville", "NC", "288"), ("Charleston", "SC", "294"),
    ("Savannah", "GA", "314"), ("Atlanta", "GA", "303"),
    ("Miami", "FL", "331"), ("Orlando", "FL", "328"), ("Tampa", "FL", "336"),
    ("Jacksonville", "FL", "322"), ("Nashville", "TN", "372"),
    ("Memphis", "TN", "381"), ("Knoxville", "TN", "379"),
    ("Louisville", "KY", "402"), ("Lexington", "KY", "405"),
    ("Birmingham", "AL", "352"), ("Mobile", "AL", "366"),
    ("Montgomery", "AL", "361"), ("New Orleans", "LA", "701"),
    ("Baton Rouge", "LA", "708"), ("Jackson", "MS", "392"),
    ("Little Rock", "AR", "722"), ("Oklahoma City", "OK", "731"),
    ("Tulsa", "OK", "741"), ("Kansas City", "MO", "641"),
    ("St. Louis", "MO", "631"), ("Omaha", "NE", "681"),
    ("Des Moines", "IA", "503"), ("Minneapolis", "MN", "554"),
    ("Saint Paul", "MN", "551"), ("Milwaukee", "WI", "532"),
    ("Madison", "WI", "537"), ("Indianapolis", "IN", "462"),
    ("Fort Wayne", "IN", "468"), ("Anchorage", "AK", "995"),
    ("Honolulu", "HI", "968"), ("Boise", "ID", "837"),
    ("Billings", "MT", "591"), ("Fargo", "ND", "581"),
    ("Sioux Falls", "SD", "571"), ("Cheyenne", "WY", "820"),
    ("Burlington", "VT", "054"), ("Portland", "ME", "041"),
    ("Manchester", "NH", "031"), ("Wilmington", "DE", "198"),
]

US_STATES = {
    "TX": "Texas", "AZ": "Arizona", "CO": "Colorado", "WA": "Washington",
    "OR": "Oregon", "CA": "California", "NV": "Nevada", "UT": "Utah",
    "NM": "New Mexico", "IL": "Illinois", "MI": "Michigan", "OH": "Ohio",
    "PA": "Pennsylvania", "MA": "Massachusetts", "RI": "Rhode Island",
    "CT": "Connecticut", "NY": "New York", "NJ": "New Jersey",
    "MD": "Maryland", "VA": "Virginia", "NC": "North Carolina",
    "SC": "South Carolina", "GA": "Georgia", "FL": "Florida",
    "TN": "Tennessee", "KY": "Kentucky", "AL": "Alabama", "LA": "Louisiana",
    "MS": "Mississippi", "AR": "Arkansas", "OK": "Oklahoma", "MO": "Missouri",
    "NE": "Nebraska", "IA": "Iowa", "MN": "Minnesota", "WI": "Wisconsin",
    "IN": "Indiana", "AK": "Alaska", "HI": "Hawaii", "ID": "Idaho",
    "MT": "Montana", "ND": "North Dakota", "SD": "South Dakota",
    "WY": "Wyoming", "VT": "Vermont", "ME": "Maine", "NH": "New Hampshire",
    "DE": "Delaware",
}

# cities abroad: (city, country or "")
ABROAD = [
    # Europe
    ("Paris", "France"), ("Lyon", "France"), ("Marseille", "France"),
    ("Bordeaux", "France"), ("Madrid", "Spain"), ("Barcelona", "Spain"),
    ("Valencia", "Spain"), ("Seville", "Spain"), ("Málaga", "Spain"),
    ("Alicante", "Spain"), ("Benidorm", "Spain"), ("Lisbon", "Portugal"),
    ("Porto", "Portugal"), ("Faro", "Portugal"), ("Albufeira", "Portugal"),
    ("Rome", "Italy"), ("Milan", "Italy"), ("Naples", "Italy"),
    ("Turin", "Italy"), ("Bologna", "Italy"), ("Palermo", "Italy"),
    ("Berlin", "Germany"), ("Munich", "Germany"), ("Hamburg", "Germany"),
    ("Cologne", "Germany"), ("Frankfurt", "Germany"),
    ("Düsseldorf", "Germany"), ("Amsterdam", "Holland"),
    ("Rotterdam", "the Netherlands"), ("Utrecht", "the Netherlands"),
    ("Antwerp", "Belgium"), ("Ghent", "Belgium"), ("Vienna", "Austria"),
    ("Zürich", "Switzerland"), ("Geneva", "Switzerland"),
    ("Warsaw", "Poland"), ("Kraków", "Poland"), ("Gdańsk", "Poland"),
    ("Wrocław", "Poland"), ("Poznań", "Poland"), ("Łódź", "Poland"),
    ("Bydgoszcz", "Poland"), ("Rzeszów", "Poland"), ("Prague", "Czechia"),
    ("Brno", "Czech Republic"), ("Budapest", "Hungary"),
    ("Bucharest", "Romania"), ("Cluj-Napoca", "Romania"), ("Iași", "Romania"),
    ("Timișoara", "Romania"), ("Constanța", "Romania"), ("Sofia", "Bulgaria"),
    ("Plovdiv", "Bulgaria"), ("Varna", "Bulgaria"), ("Vilnius", "Lithuania"),
    ("Kaunas", "Lithuania"), ("Klaipėda", "Lithuania"), ("Riga", "Latvia"),
    ("Daugavpils", "Latvia"), ("Tallinn", "Estonia"), ("Athens", "Greece"),
    ("Thessaloniki", "Greece"), ("Nicosia", "Cyprus"), ("Limassol", "Cyprus"),
    ("Paphos", "Cyprus"), ("Valletta", "Malta"), ("Zagreb", "Croatia"),
    ("Belgrade", "Serbia"), ("Tirana", "Albania"), ("Kyiv", "Ukraine"),
    ("Lviv", "Ukraine"), ("Odesa", "Ukraine"), ("Kharkiv", "Ukraine"),
    ("Copenhagen", "Denmark"), ("Aarhus", "Denmark"), ("Stockholm", "Sweden"),
    ("Gothenburg", "Sweden"), ("Oslo", "Norway"), ("Bergen", "Norway"),
    ("Helsinki", "Finland"), ("Reykjavík", "Iceland"), ("Palma", "Spain"),
    ("Magaluf", "Spain"), ("Santa Cruz de Tenerife", "Spain"),
    # South Asia
    ("Mumbai", "India"), ("Delhi", "India"), ("New Delhi", "India"),
    ("Kolkata", "India"), ("Chennai", "India"), ("Bengaluru", "India"),
    ("Bangalore", "India"), ("Hyderabad", "India"), ("Ahmedabad", "India"),
    ("Surat", "India"), ("Jaipur", "India"), ("Lucknow", "India"),
    ("Amritsar", "India"), ("Jalandhar", "India"), ("Ludhiana", "India"),
    ("Chandigarh", "India"), ("Pune", "India"), ("Kochi", "India"),
    ("Vadodara", "India"), ("Kozhikode", "India"), ("Madurai", "India"),
    ("Karachi", "Pakistan"), ("Lahore", "Pakistan"),
    ("Islamabad", "Pakistan"), ("Rawalpindi", "Pakistan"),
    ("Mirpur", "Pakistan"), ("Faisalabad", "Pakistan"),
    ("Peshawar", "Pakistan"), ("Multan", "Pakistan"), ("Jhelum", "Pakistan"),
    ("Sialkot", "Pakistan"), ("Kotli", "Pakistan"),
    ("Dhaka", "Bangladesh"), ("Sylhet", "Bangladesh"),
    ("Chittagong", "Bangladesh"), ("Khulna", "Bangladesh"),
    ("Moulvibazar", "Bangladesh"), ("Sunamganj", "Bangladesh"),
    ("Colombo", "Sri Lanka"), ("Kandy", "Sri Lanka"), ("Jaffna", "Sri Lanka"),
    ("Kathmandu", "Nepal"), ("Pokhara", "Nepal"),
    # Africa
    ("Lagos", "Nigeria"), ("Abuja", "Nigeria"), ("Ibadan", "Nigeria"),
    ("Port Harcourt", "Nigeria"), ("Kano", "Nigeria"), ("Enugu", "Nigeria"),
    ("Benin City", "Nigeria"), ("Accra", "Ghana"), ("Kumasi", "Ghana"),
    ("Tamale", "Ghana"), ("Takoradi", "Ghana"), ("Nairobi", "Kenya"),
    ("Mombasa", "Kenya"), ("Kisumu", "Kenya"), ("Kampala", "Uganda"),
    ("Entebbe", "Uganda"), ("Dar es Salaam", "Tanzania"),
    ("Harare", "Zimbabwe"), ("Bulawayo", "Zimbabwe"), ("Lusaka", "Zambia"),
    ("Johannesburg", "South Africa"), ("Cape Town", "South Africa"),
    ("Durban", "South Africa"), ("Pretoria", "South Africa"),
    ("Gaborone", "Botswana"), ("Lilongwe", "Malawi"), ("Blantyre", "Malawi"),
    ("Addis Ababa", "Ethiopia"), ("Mogadishu", "Somalia"),
    ("Hargeisa", "Somaliland"), ("Khartoum", "Sudan"), ("Cairo", "Egypt"),
    ("Alexandria", "Egypt"), ("Casablanca", "Morocco"),
    ("Marrakesh", "Morocco"), ("Tunis", "Tunisia"), ("Algiers", "Algeria"),
    ("Dakar", "Senegal"), ("Freetown", "Sierra Leone"),
    ("Monrovia", "Liberia"), ("Kigali", "Rwanda"), ("Asmara", "Eritrea"),
    # Caribbean
    ("Kingston", "Jamaica"), ("Montego Bay", "Jamaica"),
    ("Spanish Town", "Jamaica"), ("Mandeville", "Jamaica"),
    ("Ocho Rios", "Jamaica"), ("Bridgetown", "Barbados"),
    ("Port of Spain", "Trinidad"), ("San Fernando", "Trinidad"),
    ("Castries", "St Lucia"), ("Roseau", "Dominica"),
    ("Basseterre", "St Kitts"), ("Nassau", "the Bahamas"),
    ("Georgetown", "Guyana"), ("Paramaribo", "Suriname"),
    ("Havana", "Cuba"), ("Santo Domingo", "the Dominican Republic"),
    ("San Juan", "Puerto Rico"),
    # Middle East
    ("Dubai", ""), ("Abu Dhabi", ""), ("Sharjah", ""), ("Doha", "Qatar"),
    ("Riyadh", "Saudi"), ("Jeddah", "Saudi Arabia"), ("Muscat", "Oman"),
    ("Kuwait City", "Kuwait"), ("Manama", "Bahrain"), ("Amman", "Jordan"),
    ("Beirut", "Lebanon"), ("Damascus", "Syria"), ("Aleppo", "Syria"),
    ("Baghdad", "Iraq"), ("Erbil", "Iraq"), ("Tehran", "Iran"),
    ("Shiraz", "Iran"), ("Istanbul", "Turkey"), ("Ankara", "Turkey"),
    ("Izmir", "Turkey"), ("Antalya", "Turkey"), ("Jerusalem", ""),
    ("Tel Aviv", "Israel"), ("Haifa", "Israel"),
    # Far East
    ("Hong Kong", ""), ("Shanghai", "China"), ("Beijing", "China"),
    ("Guangzhou", "China"), ("Shenzhen", "China"), ("Chengdu", "China"),
    ("Wuhan", "China"), ("Taipei", "Taiwan"), ("Tokyo", "Japan"),
    ("Osaka", "Japan"), ("Kyoto", "Japan"), ("Seoul", "South Korea"),
    ("Busan", "Korea"), ("Manila", "the Philippines"),
    ("Cebu", "the Philippines"), ("Davao", "the Philippines"),
    ("Bangkok", "Thailand"), ("Chiang Mai", "Thailand"),
    ("Phuket", "Thailand"), ("Hanoi", "Vietnam"),
    ("Ho Chi Minh City", "Vietnam"), ("Kuala Lumpur", "Malaysia"),
    ("Penang", "Malaysia"), ("Jakarta", "Indonesia"), ("Denpasar", "Indonesia"),
    # Latin America
    ("São Paulo", "Brazil"), ("Rio de Janeiro", "Brazil"),
    ("Salvador", "Brazil"), ("Recife", "Brazil"), ("Buenos Aires", "Argentina"),
    ("Córdoba", "Argentina"), ("Rosario", "Argentina"), ("Santiago", "Chile"),
    ("Valparaíso", "Chile"), ("Lima", "Peru"), ("Cusco", "Peru"),
    ("Bogotá", "Colombia"), ("Medellín", "Colombia"), ("Cali", "Colombia"),
    ("Quito", "Ecuador"), ("Guayaquil", "Ecuador"), ("Caracas", "Venezuela"),
    ("Mexico City", "Mexico"), ("Guadalajara", "Mexico"),
    ("Monterrey", "Mexico"), ("Cancún", "Mexico"), ("Oaxaca", "Mexico"),
    ("La Paz", "Bolivia"), ("Montevideo", "Uruguay"),
    ("Asunción", "Paraguay"),
    # Oceania and Canada
    ("Sydney", "Australia"), ("Melbourne", "Australia"),
    ("Brisbane", "Australia"), ("Adelaide", "Australia"),
    ("Auckland", "New Zealand"), ("Wellington", "New Zealand"),
    ("Christchurch", "New Zealand"), ("Toronto", "Canada"),
    ("Vancouver", "Canada"), ("Montreal", "Canada"), ("Calgary", "Canada"),
    ("Ottawa", "Canada"), ("Winnipeg", "Canada"), ("Halifax", "Canada"),
]

# ---------------------------------------------------------------------------
# DATA LISTS: people
# ---------------------------------------------------------------------------

GIVEN = _split("""
Sarah|Emma|Claire|Gemma|Kelly|Donna|Tracy|Nicola|Joanne|Rachel|Hannah|Chloe|
Megan|Jessica|Lauren|Sophie|Bethany|Abigail|Paige|Kayleigh|Leanne|Natalie|
Olivia|Amelia|Isla|Poppy|Evie|Maisie|Millie|Daisy|Phoebe|Doreen|Edna|Brenda|
Pauline|Maureen|Beryl|Gladys|Irene|Sheila|Valerie|Janet|Pamela|Lynne|Wendy|
Jean|Joan|Elsie|Ethel|Mavis|Winifred|Hilda|Nora|Peggy|Dorothy|Barbara|
Christine|Deborah|Andrea|Louise|Jacqueline|Marion|Elaine|Gillian|Denise|
David|John|Michael|Steven|Andrew|Gary|Darren|Craig|Wayne|Dean|Jason|Shaun|Carl|
Kevin|Keith|Brian|Colin|Derek|Trevor|Clive|Malcolm|Dennis|Roy|Harold|Albert|
Arthur|Ernest|Cyril|Reg|Norman|Alfie|Harry|Oliver|George|Noah|Leo|Archie|
Freddie|Charlie|Theo|Oscar|Josh|Callum|Liam|Connor|Kyle|Jordan|Ben|Luke|Dan|
Adam|Jamie|Nathan|Gordon|Raymond|Terence|Kenneth|Bernard|Douglas|Gerald|
Morag|Catriona|Eilidh|Mhairi|Ailsa|Fiona|Hamish|Angus|Fraser|Alasdair|Calum|
Euan|Ruaridh|Lachlan|Niamh|Aoife|Siobhán|Saoirse|Caoimhe|Róisín|Gráinne|Orla|
Clodagh|Deirdre|Oisín|Cian|Ciarán|Darragh|Seán|Pádraig|Eoin|Cathal|Rhys|Cerys|
Gethin|Dafydd|Bethan|Sian|Carys|Llinos|Eleri|Gwen|Huw|Iwan|Owain|Aled|Ffion|
Lowri|Angharad|Zofia|Agnieszka|Katarzyna|Małgorzata|Magdalena|Ewa|Kasia|
Krzysztof|Tomasz|Piotr|Paweł|Łukasz|Wojciech|Marek|Grzegorz|Dorota|Beata|
Oksana|Olena|Iryna|Dmytro|Andriy|Mykola|Ionuț|Andreea|Mihaela|Florin|Bogdan|
Ioana|Raluca|Vasile|Jurgita|Rasa|Aušra|Gintarė|Darius|Kristīne|Jānis|Ivana|
Milena|Dragan|Vesna|Georgi|Desislava|Priya|Sunita|Anjali|Deepa|Kavita|Meena|
Pooja|Neha|Shreya|Rajesh|Sanjay|Vikram|Arjun|Rohan|Amit|Anil|Harpreet|Gurpreet|
Manjit|Jaspreet|Kuldip|Baljit|Sukhwinder|Harjinder|Ravinder|Paramjit|Imran|
Ayesha|Bilal|Saima|Nadia|Farhan|Asif|Shabana|Nasreen|Tariq|Zubair|Aisha|Hina|
Usman|Kamran|Rukhsana|Shazia|Rahima|Shafiq|Nazrul|Rumana|Shamima|Jamal|Rafiq|
Taslima|Farzana|Sabina|Chidi|Ngozi|Oluwaseun|Tunde|Folake|Adaeze|Chinedu|Emeka|
Ifeoma|Bukola|Yetunde|Funmilayo|Obinna|Chiamaka|Babajide|Temitope|Kwame|
Akosua|Kofi|Yaw|Abena|Kwabena|Efua|Kojo|Wanjiru|Njeri|Otieno|Achieng|Wambui|
Tendai|Chipo|Tatenda|Farai|Nomvula|Thandiwe|Sipho|Abdirahman|Hodan|Faduma|
Ayaan|Amina|Hamdi|Tesfaye|Selam|Yonas|Mekdes|Delroy|Marcia|Errol|Everton|
Lloyd|Hyacinth|Desmond|Marlene|Gloria|Leroy|Sonia|Claudette|Dwayne|Jermaine|
Wei|Mei Ling|Xiaoling|Jing|Li Na|Hui|Ming|Hao|Thuy|Minh|Tuan|Hoa|Linh|Trang|
Maricel|Jocelyn|Rodel|Marites|Arnel|Rowena|Jonalyn|Haruka|Yuki|Kenji|Hiroshi|
Ji-woo|Min-jun|Seo-yeon|Somchai|Siti|Nurul|Fatima|Yousef|Khalid|Layla|Omar|
Hassan|Mariam|Zainab|Karim|Rania|Samir|Huda|Mehmet|Ayşe|Emine|Murat|Elif|
Zeynep|Dariush|Shirin|Parisa|Reza|Navid|João|Inês|Beatriz|Tiago|Gonçalo|Lucía|
Javier|Alejandro|Pilar|Giulia|Francesca|Giuseppe|Alessandro|Chiara|Matteo|
Klaus|Jürgen|Anke|Heike|Lukas|Amélie|Mathieu|Céline|Thierry|Lars|Ingrid|Sven|
Astrid|Eleni|Giorgos|Dimitris|Katerina|Nikos|Miriam|Rivka|Shmuel|Yaakov|
Esther|Moshe|Talia|Hollie|Kerrie-Anne|Jo-Anne|Mary-Kate|Lee-Ann|Tayla|Kacey|
Brooke|Demi-Leigh|Tyler|Brandon|Kian|Reece|Lewis|Finley|Ellis|Harvey
""")

SURNAMES = _split("""
Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Evans|
Walker|White|Roberts|Green|Hall|Wood|Clarke|Harrison|Hughes|Edwards|Turner|
Moore|Cooper|Morris|King|Watson|Baker|Harris|Bennett|Lloyd|Griffiths|Pritchard|
Bevan|Rees|Llewellyn|Pugh|Price|Jenkins|Powell|Owens|Morgan|MacDonald|MacLeod|
McKenzie|Campbell|Stewart|Murray|Robertson|Sinclair|Munro|Duncan|Docherty|
Gallagher|O'Brien|O'Neill|Murphy|Byrne|Doyle|McCarthy|Fitzgerald|Ní Bhriain|
Ó Súilleabháin|Mac Giolla Bhríde|Nowak|Kowalski|Wiśniewska|Wójcik|Kamińska|
Lewandowski|Zieliński|Szymańska|Dąbrowski|Kozłowska|Popescu|Ionescu|Dumitru|
Petrauskas|Kazlauskienė|Kovalenko|Shevchenko|Bondarenko|Horvat|Petrović|
Ivanova|Dimitrova|Patel|Shah|Mistry|Desai|Joshi|Sharma|Gupta|Kumar|Singh|Kaur|
Sandhu|Gill|Dhillon|Sidhu|Bains|Johal|Khan|Hussain|Ahmed|Akhtar|Iqbal|Malik|
Qureshi|Chaudhry|Raza|Butt|Mirza|Begum|Rahman|Uddin|Miah|Chowdhury|Hossain|
Okafor|Okonkwo|Adeyemi|Oyelaran|Balogun|Adebayo|Nwosu|Eze|Obi|Mensah|Owusu|
Asante|Boateng|Osei|Agyeman|Kamau|Odhiambo|Mwangi|Moyo|Ncube|Dlamini|Warsame|
Farah|Haile|Chen|Wang|Zhang|Liu|Huang|Wong|Chan|Leung|Nguyen|Tran|Pham|Santos|
Reyes|Cruz|Garcia|dela Cruz|Tanaka|Suzuki|Kim|Park|Yilmaz|Demir|Kaya|Hosseini|
Ahmadi|Haddad|Nasser|Mansour|Silva|Pereira|Ferreira|Oliveira|Rossi|Russo|
Bianchi|Esposito|Müller|Schmidt|Fischer|Dubois|Lefebvre|Moreau|Jansen|de Vries|
van den Berg|Andersson|Johansson|Hansen|Papadopoulos|Georgiou|Cohen|Levy|
Goldberg|Abrahams|Campbell-Smith|Hughes-Jones|Fairweather|Featherstonehaugh|
Ramsbottom|Higginbottom|Sidebottom|Shufflebotham|Oyelowo|Achterberg|Crewe|
Hamblin|Pennington|Lockwood|Ackroyd|Sutcliffe|Haworth|Greenwood|Barraclough|
Hepworth|Crowther|Dobson|Hodgson|Armstrong|Charlton|Robson|Milburn|Elliott|
Bell|Scott|Anderson|Ferguson|Reid|Kerr|Dunlop|Boyle|Quinn|Devlin|McAllister|
Trelawney|Penrose|Tregear|Angove|Chynoweth|Nankivell|Blackwood|Underwood|
Ogunleye|Akinola|Onyango|Abdullahi|Yusuf|Mahmoud|Aziz|Karimi|Rezaei|Bakr
""")

NICKNAMES = _split("""
Bex|Jonno|Macca|Gaz|Tez|Shaz|Kaz|Robbo|Mags|Dot|Babs|Nobby|Smudge|Tommo|Davo|
Sid|Lil|Benny|Jimmy|Stevie|Tel|Del|Rosie|Jules|Mo|Raj|Kat|Ollie|Fliss|Titch|
Chaz|Bazza|Dazza|Kev|Trev|Mick|Jonty|Lottie|Nessa|Bev|Fi|Gina|Manny|Vinnie
""")

# given names that are also places (always labelled NAME in this set)
PLACE_NAMES = _split("""
Paris|Sydney|Florence|Chelsea|Devon|Lincoln|Chester|Preston|Carlisle|Austin|
Dallas|Houston|Denver|Brooklyn|Madison|Adelaide|Victoria|Kingston|Clifton|
Stanley|Shirley|Beverley|Kimberley|Ashley|Bradley|Dudley|Hamilton|Barry|
Douglas|Lewis|Ross|Morley|Crawley|Selby|Darwin|Orlando|Phoenix|India|Georgia|
Jersey|Skye|Iona|Kerry|Clare|Shannon|Tyrone|Dakota|Cheyenne|Savannah|
Charlotte|Nelson|Jackson|Warwick|Winston|Raleigh|Troy|Ely
""")

# gender of given names, used only so that pronouns in a frame agree
FEMALE_GIVEN = set(_split("""
Sarah|Emma|Claire|Gemma|Kelly|Donna|Tracy|Nicola|Joanne|Rachel|Hannah|Chloe|
Megan|Jessica|Lauren|Sophie|Bethany|Abigail|Paige|Kayleigh|Leanne|Natalie|
Olivia|Amelia|Isla|Poppy|Evie|Maisie|Millie|Daisy|Phoebe|Doreen|Edna|Brenda|
Pauline|Maureen|Beryl|Gladys|Irene|Sheila|Valerie|Janet|Pamela|Lynne|Wendy|
Jean|Joan|Elsie|Ethel|Mavis|Winifred|Hilda|Nora|Peggy|Dorothy|Barbara|
Christine|Deborah|Andrea|Louise|Jacqueline|Marion|Elaine|Gillian|Denise|
Morag|Catriona|Eilidh|Mhairi|Ailsa|Fiona|Niamh|Aoife|Siobhán|Saoirse|Caoimhe|
Róisín|Gráinne|Orla|Clodagh|Deirdre|Cerys|Bethan|Sian|Carys|Llinos|Eleri|Gwen|
Ffion|Lowri|Angharad|Zofia|Agnieszka|Katarzyna|Małgorzata|Magdalena|Ewa|Kasia|
Dorota|Beata|Oksana|Olena|Iryna|Andreea|Mihaela|Ioana|Raluca|Jurgita|Rasa|
Aušra|Gintarė|Kristīne|Ivana|Milena|Vesna|Desislava|Priya|Sunita|Anjali|Deepa|
Kavita|Meena|Pooja|Neha|Shreya|Ayesha|Saima|Nadia|Shabana|Nasreen|Aisha|Hina|
Rukhsana|Shazia|Rahima|Rumana|Shamima|Taslima|Farzana|Sabina|Ngozi|Folake|
Adaeze|Ifeoma|Bukola|Yetunde|Funmilayo|Chiamaka|Akosua|Abena|Efua|Wanjiru|
Njeri|Achieng|Wambui|Chipo|Nomvula|Thandiwe|Hodan|Faduma|Ayaan|Amina|Hamdi|
Selam|Mekdes|Marcia|Hyacinth|Marlene|Gloria|Sonia|Claudette|Mei Ling|Xiaoling|
Jing|Li Na|Thuy|Hoa|Linh|Trang|Maricel|Jocelyn|Marites|Rowena|Jonalyn|Haruka|
Seo-yeon|Siti|Nurul|Fatima|Layla|Mariam|Zainab|Rania|Huda|Ayşe|Emine|Elif|
Zeynep|Shirin|Parisa|Inês|Beatriz|Lucía|Pilar|Giulia|Francesca|Chiara|Anke|
Heike|Amélie|Céline|Ingrid|Astrid|Eleni|Katerina|Miriam|Rivka|Esther|Talia|
Hollie|Kerrie-Anne|Jo-Anne|Mary-Kate|Lee-Ann|Tayla|Kacey|Brooke|Demi-Leigh|
Bex|Shaz|Kaz|Mags|Dot|Babs|Lil|Rosie|Kat|Fliss|Lottie|Nessa|Bev|Fi|Gina|
Paris|Florence|Chelsea|Brooklyn|Madison|Adelaide|Victoria|Shirley|Beverley|
Kimberley|India|Georgia|Jersey|Skye|Iona|Kerry|Clare|Shannon|Cheyenne|
Savannah|Charlotte
"""))
UNISEX_GIVEN = set(_split("""
Harpreet|Gurpreet|Manjit|Jaspreet|Baljit|Paramjit|Kuldip|Ravinder|Sukhwinder|
Harjinder|Temitope|Tendai|Tatenda|Farai|Yuki|Hui|Ming|Ji-woo|Oluwaseun|Ellis|
Jordan|Charlie|Jamie|Minh|Mo|Titch|Smudge|Jules|Sydney|Devon|Ashley|Phoenix|
Dakota|Sid
"""))


def gender_of(name):
    first = name.split()[0]
    if first in FEMALE_GIVEN:
        return "F"
    if first in UNISEX_GIVEN:
        return "U"
    return "M"


RELATIONS = _split("""
mum|mam|mother|dad|father|husband|wife|partner|son|daughter|nan|nana|gran|
granny|grandma|grandad|grandpa|grandson|granddaughter|brother|sister|auntie|
uncle|niece|nephew|cousin|stepdad|stepmum|mother-in-law|father-in-law|
fiancé|best friend|neighbour|carer|other half|hubby|little boy|little girl|
eldest|youngest
""")

OLD_RELATIONS = _split("""
mum|mam|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|
great-nan|great-grandad|aunt|uncle|husband|wife|mother-in-law|father-in-law|
neighbour|friend
""")

FEMALE_REL = set(_split("""
mum|mam|mother|nan|nana|gran|granny|grandma|granddaughter|sister|auntie|aunt|
niece|stepmum|mother-in-law|wife|little girl|great-nan|lady|woman|daughter
"""))
MALE_REL = set(_split("""
dad|father|husband|son|grandad|grandpa|grandson|brother|uncle|nephew|stepdad|
father-in-law|hubby|little boy|great-grandad|gentleman|chap|man
"""))


def rel_gender(word):
    w = word.lower()
    if w in FEMALE_REL:
        return "F"
    if w in MALE_REL:
        return "M"
    return None


STAFF_ROLES = _split("""
nurse|staff nurse|student nurse|district nurse|paramedic|technician|
call handler|receptionist|midwife|health visitor|physio|OT|HCA|porter|driver|
psychiatrist|CPN|care coordinator|social worker|dentist|pharmacist|
phlebotomist|radiographer|sonographer|support worker|domestic|tea lady|
surgeon|anaesthetist|speech therapist|consultant|registrar|junior doctor|
ambulance technician|crew member|podiatrist|dietitian|counsellor
""")

# titles: written outside the NAME span
TITLES = ["Dr", "Dr.", "Doctor", "Mr", "Mrs", "Ms", "Miss", "Sister",
          "Nurse", "Prof", "Professor", "Matron"]

# ---------------------------------------------------------------------------
# DATA LISTS: address parts
# ---------------------------------------------------------------------------

STREET_STEMS = _split("""
Acacia|Beech|Oak|Ash Tree|Elm|Willow|Rowan|Hawthorn|Chestnut|Sycamore|Maple|
Laburnum|Holly Bank|Station|Church|Mill|Chapel|School|Park|Victoria|Albert|
Queen|King|Princess|Wellington|Nelson|Windsor|Grange|Manor|Orchard|Meadow|
Brook|Riverside|Bridge|Castle|Abbey|Priory|Highfield|Westfield|Eastfield|
Southgate|Northgate|Moorland|Heather|Fern|Bracken|Bluebell|Primrose|Clover|
Kingfisher|Heron|Swallow|Lark|Wren|Falcon|Coronation|Jubilee|Cromwell|Milton|
Shakespeare|Tennyson|Wordsworth|Byron Close|Gladstone|Disraeli|Lime Kiln|
Quarry|Colliery|Foundry|Forge|Tannery|Ropewalk|Cooperage|Pit|Pottery|
Cemetery|Vicarage|Rectory|Glebe|Farm|Paddock|Spinney|Copse|Dale|Fell|Moor|
Hillside|Valley|Sunnyside|Prospect|Mount Pleasant|Belle Vue|Springfield|
Greenbank|Woodland|Forest|Lakeside|Seaview|Harbour|Quay|Marine|Esplanade|
Beaconsfield|Ravensworth|Elmwood|Ashgrove|Oakwood|Birchfield|Larch|Poplar
""")

STREET_SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent",
                 "Drive", "Way", "Gardens", "Terrace", "Grove", "Place",
                 "Walk", "Mews", "Rise", "View", "Court", "Row", "Square",
                 "Parade", "Green", "Hill", "Bank", "Croft", "Chase", "Lea"]

HOUSE_NAMES = _split("""
Rose Cottage|The Old Forge|Hillcrest|Ty Gwyn|Bryn Awel|Fernlea|The Laurels|
Orchard House|The Old School House|Meadow View|Windrush|Brookside|The Bungalow|
Little Acre|Tŷ Coch|Cartref|Glenview|Lochside Cottage|The Old Post Office|
Ivy Cottage|Swallow Barn|Beech House|Holly Lodge|Woodside|Sunnybank|
The Granary|Mill Cottage|Keeper's Cottage|Bramble End|Tigh na Mara
""")

BUILDING_NAMES = _split("""
Kingfisher Court|Lime Tree House|Riverside Mews|Victoria House|Albion Court|
Priory Heights|Saxon Court|Beaumont House|Harbour View|Wharf Mill|
Cotton Exchange|Sovereign Point|Jubilee House|Marlowe Court|Bishops Court|
Waterside Apartments|Regency House|St James Court|Ashdown House|Fairfax Court
""")

CARE_HOME_STEMS = _split("""
Meadowbank|Ashcroft|Willow Brook|Oak Lodge|Sunnyfields|Rosewood|
Beechcroft|Hollybank|Elmhurst|The Cedars|Fairhaven|Lavender Lodge|
Bramley Court|Heathside|Larchwood|Greenacres|St Anne's|Highgrove|
Brambles|The Limes|Moorfield|Hillview|Riverview|Cherry Tree|Woodlands
""")
CARE_HOME_KINDS = ["Care Home", "Nursing Home", "Residential Home",
                   "Care Centre", "House", "Lodge", "Court"]

LOCALITIES = _split("""
Headingley|Didsbury|Jesmond|Moseley|Clifton|Roath|Morningside|Partick|
Hyde Park|Burley|Fulwood|Hillsborough|Heaton|Gosforth|Fenham|Walkley|
Sneinton|Beeston|Lenton|Evington|Knighton|Aylestone|Stoke Newington|
Tooting Bec|Kings Heath|Acocks Green|Chorlton|Levenshulme|Walton|Aigburth|
Kirkstall|Armley|Meanwood|Crookes|Byker|Whickham|Low Fell|Ryhope|Hylton
""")

# districts written in some addresses, by town
TOWN_DISTRICTS = {
    "Leeds": ["Headingley", "Burley", "Kirkstall", "Armley", "Meanwood",
              "Hyde Park"],
    "Manchester": ["Didsbury", "Chorlton", "Levenshulme"],
    "Newcastle upon Tyne": ["Jesmond", "Heaton", "Gosforth", "Fenham",
                            "Byker"],
    "Birmingham": ["Moseley", "Kings Heath", "Acocks Green"],
    "Bristol": ["Clifton", "Bedminster", "Easton"],
    "Cardiff": ["Roath", "Canton", "Splott"],
    "Edinburgh": ["Morningside", "Leith", "Gorgie"],
    "Glasgow": ["Partick", "Shawlands", "Dennistoun"],
    "Sheffield": ["Fulwood", "Hillsborough", "Walkley", "Crookes"],
    "Nottingham": ["Sneinton", "Lenton", "Sherwood"],
    "Leicester": ["Evington", "Knighton", "Aylestone"],
    "London": ["Stoke Newington", "Tooting Bec", "Walthamstow", "Peckham"],
    "Liverpool": ["Walton", "Aigburth", "Wavertree"],
    "Gateshead": ["Whickham", "Low Fell"],
    "Sunderland": ["Ryhope", "Hylton Castle"],
    "Belfast": ["Ormeau", "Stranmillis", "Finaghy", "Ballyhackamore"],
    "Derry": ["Creggan", "Waterside"],
}

# UK towns with the county and postcode outward codes used for addresses
UK_ADDR_TOWNS = [
    ("Leeds", "West Yorkshire", ["LS6", "LS8", "LS11", "LS17", "LS28"]),
    ("Bradford", "West Yorkshire", ["BD3", "BD7", "BD9", "BD18"]),
    ("Sheffield", "South Yorkshire", ["S2", "S6", "S10", "S11"]),
    ("Manchester", "", ["M14", "M20", "M21", "M40"]),
    ("Salford", "Greater Manchester", ["M5", "M6", "M7"]),
    ("Liverpool", "Merseyside", ["L8", "L15", "L17", "L25"]),
    ("Birmingham", "West Midlands", ["B13", "B15", "B29", "B44"]),
    ("Coventry", "West Midlands", ["CV1", "CV3", "CV6"]),
    ("Nottingham", "Nottinghamshire", ["NG3", "NG5", "NG7", "NG9"]),
    ("Leicester", "Leicestershire", ["LE2", "LE3", "LE5"]),
    ("Derby", "Derbyshire", ["DE1", "DE22", "DE23"]),
    ("Newcastle upon Tyne", "Tyne and Wear", ["NE2", "NE4", "NE6", "NE15"]),
    ("Gateshead", "Tyne and Wear", ["NE8", "NE9", "NE10"]),
    ("Sunderland", "Tyne and Wear", ["SR2", "SR4", "SR5"]),
    ("Durham", "County Durham", ["DH1"]),
    ("Stanley", "County Durham", ["DH9"]),
    ("Middlesbrough", "", ["TS1", "TS4", "TS5"]),
    ("Hartlepool", "", ["TS24", "TS25", "TS26"]),
    ("Morpeth", "Northumberland", ["NE61"]),
    ("Hexham", "Northumberland", ["NE46"]),
    ("York", "North Yorkshire", ["YO10", "YO24", "YO31"]),
    ("Hull", "East Yorkshire", ["HU3", "HU5", "HU8"]),
    ("Lincoln", "Lincolnshire", ["LN1", "LN2", "LN6"]),
    ("Norwich", "Norfolk", ["NR2", "NR3", "NR7"]),
    ("Ipswich", "Suffolk", ["IP1", "IP3", "IP4"]),
    ("Cambridge", "Cambridgeshire", ["CB1", "CB4"]),
    ("Northampton", "Northamptonshire", ["NN1", "NN3", "NN5"]),
    ("Kettering", "Northamptonshire", ["NN15", "NN16"]),
    ("Corby", "Northamptonshire", ["NN17", "NN18"]),
    ("Oxford", "Oxfordshire", ["OX1", "OX3", "OX4"]),
    ("Reading", "Berkshire", ["RG1", "RG2", "RG30"]),
    ("Bristol", "", ["BS3", "BS5", "BS7", "BS16"]),
    ("Bath", "Somerset", ["BA1", "BA2"]),
    ("Exeter", "Devon", ["EX1", "EX2", "EX4"]),
    ("Plymouth", "Devon", ["PL1", "PL4", "PL6"]),
    ("Truro", "Cornwall", ["TR1"]),
    ("Penzance", "Cornwall", ["TR18"]),
    ("Brighton", "East Sussex", ["BN1", "BN2"]),
    ("Canterbury", "Kent", ["CT1", "CT2"]),
    ("Maidstone", "Kent", ["ME14", "ME15", "ME16"]),
    ("Southampton", "Hampshire", ["SO14", "SO15", "SO17"]),
    ("London", "", ["E8", "N16", "SE15", "SW17", "NW6", "E17", "W5"]),
    ("Croydon", "Surrey", ["CR0"]),
    ("Luton", "Bedfordshire", ["LU1", "LU2", "LU4"]),
    ("Shrewsbury", "Shropshire", ["SY1", "SY3"]),
    ("Hereford", "Herefordshire", ["HR1", "HR4"]),
    ("Carlisle", "Cumbria", ["CA1", "CA2"]),
    ("Kendal", "Cumbria", ["LA9"]),
    ("Lancaster", "Lancashire", ["LA1"]),
    ("Blackburn", "Lancashire", ["BB1", "BB2"]),
    ("Preston", "Lancashire", ["PR1", "PR2"]),
    ("Wigan", "", ["WN1", "WN3", "WN5"]),
    ("Stockport", "Cheshire", ["SK2", "SK4"]),
    ("Chester", "Cheshire", ["CH1", "CH2", "CH4"]),
    ("Stoke-on-Trent", "Staffordshire", ["ST1", "ST4", "ST6"]),
    ("Wolverhampton", "West Midlands", ["WV1", "WV3", "WV10"]),
    ("Glasgow", "", ["G11", "G12", "G31", "G42"]),
    ("Edinburgh", "", ["EH6", "EH9", "EH11"]),
    ("Aberdeen", "", ["AB10", "AB24"]),
    ("Dundee", "", ["DD1", "DD3", "DD4"]),
    ("Inverness", "", ["IV2", "IV3"]),
    ("Perth", "Perthshire", ["PH1", "PH2"]),
    ("Kirkcaldy", "Fife", ["KY1", "KY2"]),
    ("Stornoway", "Isle of Lewis", ["HS1"]),
    ("Cardiff", "", ["CF5", "CF10", "CF14", "CF24"]),
    ("Swansea", "", ["SA1", "SA2", "SA6"]),
    ("Newport", "Gwent", ["NP19", "NP20"]),
    ("Wrexham", "", ["LL11", "LL13"]),
    ("Aberystwyth", "Ceredigion", ["SY23"]),
    ("Caernarfon", "Gwynedd", ["LL55"]),
    ("Pwllheli", "Gwynedd", ["LL53"]),
    ("Belfast", "", ["BT5", "BT7", "BT9", "BT12"]),
    ("Derry", "", ["BT47", "BT48"]),
    ("Newry", "Co. Down", ["BT34", "BT35"]),
    ("Enniskillen", "Co. Fermanagh", ["BT74"]),
    ("Ballymena", "Co. Antrim", ["BT42", "BT43"]),
]

POSTCODE_OUTWARDS = sorted({o for _, _, os_ in UK_ADDR_TOWNS for o in os_} | set(_split("""
SW1A|EC1V|WC2H|N1|E1|SE1|W2|NW1|B1|M1|L1|LS1|S1|NE1|G2|EH1|CF11|BT1|AB11|
DH7|DL1|DL3|TS18|HG1|WF1|HX1|HD1|OL1|BL1|PR8|FY1|CA3|LA4|SY2|TF1|WR1|GL1|SN1|
BA14|TA1|EX32|TQ1|PL25|TR7|DT1|BH1|SP1|RG14|OX14|MK9|NN8|PE1|CB2|IP14|NR31|
CO1|CM1|SS1|RM1|DA1|ME4|TN1|BN11|PO1|GU1|KT1|SM1|CR4|BR1|UB1|HA0|EN1|AL1|
SG1|LU7|HP1|SL1|WD17|LE11|NG18|DN1|LN4|HU17|YO21|IV1|PH33|KY16|FK8|KA7|
ML1|PA1|DG1|TD1|LL30|SA31|NP4|LD1|BT80|BT60|BT28
""")))

# Ireland: town, county, Eircode routing key(s)
IE_ADDR_TOWNS = [
    ("Dublin 6", "", ["D06"]), ("Dublin 8", "", ["D08"]),
    ("Dublin 15", "", ["D15"]), ("Cork", "Co. Cork", ["T12", "T23"]),
    ("Galway", "Co. Galway", ["H91"]), ("Limerick", "Co. Limerick", ["V94"]),
    ("Waterford", "Co. Waterford", ["X91"]), ("Sligo", "Co. Sligo", ["F91"]),
    ("Letterkenny", "Co. Donegal", ["F92"]),
    ("Kilkenny", "Co. Kilkenny", ["R95"]), ("Athlone", "Co. Westmeath", ["N37"]),
    ("Drogheda", "Co. Louth", ["A92"]), ("Dundalk", "Co. Louth", ["A91"]),
    ("Tralee", "Co. Kerry", ["V92"]), ("Ennis", "Co. Clare", ["V95"]),
    ("Wexford", "Co. Wexford", ["Y35"]), ("Castlebar", "Co. Mayo", ["F23"]),
    ("Mullingar", "Co. Westmeath", ["N91"]), ("Navan", "Co. Meath", ["C15"]),
    ("Bray", "Co. Wicklow", ["A98"]), ("Westport", "Co. Mayo", ["F28"]),
    ("Clonmel", "Co. Tipperary", ["E91"]), ("Naas", "Co. Kildare", ["W91"]),
]
IE_STREETS = _split("""
Seaview Terrace|Main Street|Church Road|Bóthar na Trá|Ard Mhuire|Castle Street|
O'Connell Street|Pearse Road|Cois Abhann|Greenfields|Oakpark Drive|
Ashgrove Lawn|Sruthán Park|Mill Road|New Line|The Crescent|Fairgreen|
Bishop Street|Parnell Square|Davitt Road|Cnoc na Gréine|Hazel Grove
""")
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"

# US street names
US_STREETS = _split("""
Maple Street|Oak Avenue|Elm Street|Main Street|Washington Avenue|Lincoln Road|
Park Avenue|Pine Street|Cedar Lane|Lakeview Drive|Sunset Boulevard|
Magnolia Drive|Peachtree Street|Highland Avenue|Ridge Road|River Road|
Jefferson Street|Madison Avenue|Market Street|Broad Street|Chestnut Street|
Walnut Street|Spruce Street|Hickory Lane|Dogwood Court|Willow Creek Road|
N. 4th Street|W. 10th Avenue|E. Colfax Avenue|S. Lamar Boulevard|
Bayshore Drive|Mission Street|Grand Avenue|Sycamore Lane|Prairie Road
""")

ORDINARY_COUNTRIES = [
    "Poland", "Romania", "India", "Pakistan", "Nigeria", "Ghana", "Jamaica",
    "Spain", "Portugal", "Italy", "Lithuania", "Bangladesh", "Kenya",
]

# ---------------------------------------------------------------------------
# VALUE GENERATORS
# Every generator returns a list of segments (text, label-or-None); a label
# marks a planted detail, None marks unlabelled connecting text.
# ---------------------------------------------------------------------------


class Deck:
    """Draw items without replacement; reshuffle when empty (deterministic)."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        self.pool = []

    def draw(self):
        if not self.pool:
            self.pool = list(self.items)
            self.rng.shuffle(self.pool)
        return self.pool.pop()


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept",
              "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
WEEKDAY_ABBR = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth",
             "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
             "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth",
             "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth",
             "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
             "thirty-first"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine"]


def ordinal_suffix(d):
    if 11 <= d % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


class Gen:
    """All value generators share one Random and a few decks."""

    def __init__(self, rng):
        self.rng = rng
        r = rng
        self.d_city = Deck(r, UK_CITIES)
        self.d_town = Deck(r, UK_TOWNS)
        self.d_village = Deck(r, UK_VILLAGES)
        self.d_wordlike = Deck(r, UK_WORDLIKE)
        self.d_welsh = Deck(r, WELSH)
        self.d_scot = Deck(r, SCOTTISH)
        self.d_ni = Deck(r, NI_PLACES)
        self.d_ie = Deck(r, IRELAND)
        self.d_county = Deck(r, COUNTIES)
        self.d_tc = Deck(r, TOWN_COUNTY)
        self.d_us = Deck(r, US_CITIES)
        self.d_abroad = Deck(r, ABROAD)
        self.d_given = Deck(r, GIVEN)
        self.d_given_g = {
            "F": Deck(r, [g for g in GIVEN if gender_of(g) in "FU"]),
            "M": Deck(r, [g for g in GIVEN if gender_of(g) in "MU"])}
        self.d_surname = Deck(r, SURNAMES)
        self.d_nick = Deck(r, NICKNAMES)
        self.d_nick_g = {
            "F": Deck(r, [g for g in NICKNAMES if gender_of(g) in "FU"]),
            "M": Deck(r, [g for g in NICKNAMES if gender_of(g) in "MU"])}
        self.d_pn = Deck(r, PLACE_NAMES)
        self.d_pn_g = {
            "F": Deck(r, [g for g in PLACE_NAMES if gender_of(g) in "FU"]),
            "M": Deck(r, [g for g in PLACE_NAMES if gender_of(g) in "MU"])}
        self.d_stem = Deck(r, STREET_STEMS)
        self.d_house = Deck(r, HOUSE_NAMES)
        self.d_building = Deck(r, BUILDING_NAMES)
        self.d_care = Deck(r, CARE_HOME_STEMS)
        self.d_uk_addr = Deck(r, UK_ADDR_TOWNS)
        self.d_ie_addr = Deck(r, IE_ADDR_TOWNS)
        self.d_ie_street = Deck(r, IE_STREETS)
        self.d_us_street = Deck(r, US_STREETS)
        self.d_outward = Deck(r, POSTCODE_OUTWARDS)
        self.d_rel = Deck(r, RELATIONS)
        self.d_orel = Deck(r, OLD_RELATIONS)
        self.d_role = Deck(r, STAFF_ROLES)
        self.used_numbers = set()

    # ---- small helpers -------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wpick(self, pairs):
        """pairs: list of (weight, value)."""
        total = sum(w for w, _ in pairs)
        x = self.rng.random() * total
        for w, v in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][1]

    def digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def unique(self, fn):
        for _ in range(200):
            v = fn()
            key = re.sub(r"[^0-9A-Za-z]", "", v).upper()
            if key not in self.used_numbers:
                self.used_numbers.add(key)
                return v
        raise RuntimeError("could not draw a unique value")

    # ---- TOWN ----------------------------------------------------------
    def town(self, kind=None):
        r = self.rng
        if kind is None:
            kind = self.wpick([(14, "city"), (22, "town"), (12, "village"),
                               (5, "wordlike"), (7, "welsh"), (8, "scot"),
                               (4, "ni"), (6, "ie"), (4, "county"),
                               (6, "tc"), (5, "us"), (14, "abroad")])
        if kind == "city":
            return [(self.d_city.draw(), "TOWN")]
        if kind == "town":
            return [(self.d_town.draw(), "TOWN")]
        if kind == "village":
            return [(self.d_village.draw(), "TOWN")]
        if kind == "wordlike":
            return [(self.d_wordlike.draw(), "TOWN")]
        if kind == "welsh":
            return [(self.d_welsh.draw(), "TOWN")]
        if kind == "scot":
            return [(self.d_scot.draw(), "TOWN")]
        if kind == "ni":
            return [(self.d_ni.draw(), "TOWN")]
        if kind == "ie":
            return [(self.d_ie.draw(), "TOWN")]
        if kind == "county":
            return [(self.d_county.draw(), "TOWN")]
        if kind == "tc":
            t, c = self.d_tc.draw()
            sep = self.wpick([(6, ", "), (2, " "), (1, " in "), (1, " ("), ])
            if sep == " (":
                return [(t, "TOWN"), (" (", None), (c, "TOWN"), (")", None)]
            return [(t, "TOWN"), (sep, None), (c, "TOWN")]
        if kind == "us":
            city, st, _ = self.d_us.draw()
            form = self.wpick([(3, "name"), (3, "abbr"), (1, "abbr_nocomma"),
                               (2, "alone")])
            if form == "alone":
                return [(city, "TOWN")]
            if form == "name":
                return [(city, "TOWN"), (", " + US_STATES[st], None)]
            if form == "abbr":
                return [(city, "TOWN"), (", " + st, None)]
            return [(city, "TOWN"), (" " + st, None)]
        if kind == "abroad":
            city, country = self.d_abroad.draw()
            if country and r.random() < 0.45:
                sep = self.wpick([(5, ", "), (2, " in "), (1, " (")])
                if sep == " (":
                    return [(city, "TOWN"), (" (" + country + ")", None)]
                return [(city, "TOWN"), (sep + country, None)]
            return [(city, "TOWN")]
        raise ValueError(kind)

    def town_uk(self):
        return self.town(self.wpick([(3, "city"), (6, "town"), (3, "village"),
                                     (1, "wordlike"), (2, "welsh"),
                                     (2, "scot"), (1, "ni"), (1, "tc"),
                                     (1, "county")]))

    def town_abroad(self):
        return self.town(self.wpick([(8, "abroad"), (2, "ie"), (1, "us")]))

    # ---- NAME ----------------------------------------------------------
    def given(self, g=None):
        if g in ("F", "M"):
            return self.d_given_g[g].draw()
        return self.d_given.draw()

    def first(self, g=None):
        if self.rng.random() < 0.1:
            if g in ("F", "M"):
                return self.d_nick_g[g].draw()
            return self.d_nick.draw()
        return self.given(g)

    def surname(self):
        return self.d_surname.draw()

    def full(self, g=None):
        r = self.rng
        first = self.given(g)
        s = self.d_surname.draw()
        if r.random() < 0.05:
            gf = gender_of(first)
            middle = self.given(gf if gf != "U" else None)
            if middle != first:
                return first + " " + middle + " " + s
        return first + " " + s

    def place_name(self, g=None):
        if g in ("F", "M"):
            return self.d_pn_g[g].draw()
        return self.d_pn.draw()

    def any_name(self, g=None):
        form = self.wpick([(5, "first"), (3, "full"), (1, "init"),
                           (1, "nick")])
        if form == "first":
            return self.given(g)
        if form == "full":
            return self.full(g)
        if form == "nick":
            return self.first(g) if g else self.d_nick.draw()
        g = self.d_given.draw()
        dot = self.pick([". ", " ", "."])
        return g[0] + dot + self.d_surname.draw()

    def init_surname(self):
        g = self.d_given.draw()
        s = self.d_surname.draw()
        form = self.wpick([(4, "A. S"), (2, "A S"), (1, "A.B. S")])
        if form == "A. S":
            return g[0] + ". " + s
        if form == "A S":
            return g[0] + " " + s
        return g[0] + "." + self.d_given.draw()[0] + ". " + s

    # ---- DATE ----------------------------------------------------------
    def _dm(self, year_lo=2021, year_hi=2024):
        r = self.rng
        m = r.randrange(12)
        d = r.randrange(1, DAYS_IN[m] + 1)
        y = r.randrange(year_lo, year_hi + 1)
        return d, m, y

    def date(self):
        r = self.rng
        d, m, y = self._dm()
        sfx = ordinal_suffix(d)
        M, Ma = MONTHS[m], MONTH_ABBR[m]
        mm = m + 1
        form = r.randrange(24)
        if form == 0:
            return [("%d %s" % (d, M), "DATE")]
        if form == 1:
            return [("%d%s %s" % (d, sfx, M), "DATE")]
        if form == 2:
            return [("%s %d" % (M, d), "DATE")]
        if form == 3:
            return [("%s %d%s" % (M, d, sfx), "DATE")]
        if form == 4:
            return [("%d%s of %s" % (d, sfx, M), "DATE")]
        if form == 5:
            return [("%d %s" % (d, Ma), "DATE")]
        if form == 6:
            return [("%d/%d" % (d, mm), "DATE")]
        if form == 7:
            return [("%02d/%02d" % (d, mm), "DATE")]
        if form == 8:
            return [("%d.%d" % (d, mm), "DATE")]
        if form == 9:
            return [("%d/%d/%02d" % (d, mm, y % 100), "DATE")]
        if form == 10:
            return [("%02d/%02d/%d" % (d, mm, y), "DATE")]
        if form == 11:
            return [("%d-%d-%d" % (d, mm, y), "DATE")]
        if form == 12:
            return [("%d %s %d" % (d, M, y), "DATE")]
        if form == 13:
            return [("%d%s %s %d" % (d, sfx, M, y), "DATE")]
        if form == 14:
            return [("%s %d, %d" % (M, d, y), "DATE")]
        if form == 15:
            return [("the ", None), ("%d%s" % (d, sfx), "DATE")]
        if form == 16:
            wd = self.pick(WEEKDAYS)
            return [(wd + " the ", None), ("%d%s" % (d, sfx), "DATE")]
        if form == 17:
            wd = self.pick(WEEKDAYS + WEEKDAY_ABBR)
            return [(wd + " ", None), ("%d%s" % (d, sfx), "DATE")]
        if form == 18:
            wd = self.pick(WEEKDAYS)
            return [(wd + " ", None), ("%d%s %s" % (d, sfx, M), "DATE")]
        if form == 19:
            return [("the ", None), ("%s of %s" % (ORD_WORDS[d - 1], M),
                                     "DATE")]
        if form == 20:
            return [("%s %d%s" % (Ma, d, sfx), "DATE")]
        if form == 21:
            return [("%d%s %s '%02d" % (d, sfx, Ma, y % 100), "DATE")]
        if form == 22:
            return [("the ", None), ("%d%s of %s" % (d, sfx, M), "DATE")]
        wd = self.pick(WEEKDAYS)
        return [(wd + " ", None), ("%d %s %d" % (d, M, y), "DATE")]

    def dob(self):
        r = self.rng
        d, m, y = self._dm(1924, 1992)
        sfx = ordinal_suffix(d)
        form = r.randrange(7)
        if form == 0:
            v = "%02d/%02d/%d" % (d, m + 1, y)
        elif form == 1:
            v = "%d %s %d" % (d, MONTHS[m], y)
        elif form == 2:
            v = "%d%s %s %d" % (d, sfx, MONTH_ABBR[m], y)
        elif form == 3:
            v = "%02d.%02d.%02d" % (d, m + 1, y % 100)
        elif form == 4:
            v = "%02d-%02d-%d" % (d, m + 1, y)
        elif form == 5:
            v = "%d/%d/%d" % (d, m + 1, y)
        else:
            v = "%s %d%s %d" % (MONTHS[m], d, sfx, y)
        return [(v, "DATE")]

    # ---- AGE -----------------------------------------------------------
    def age(self):
        r = self.rng
        n = self.wpick([(10, 90), (10, 91), (10, 92), (10, 93), (9, 94),
                        (9, 95), (8, 96), (7, 97), (6, 98), (5, 99),
                        (4, 100), (3, 101), (2, 102), (1, 103), (1, 104)])
        if r.random() < 0.6:
            return [(str(n), "AGE_OVER_89")]
        if n < 100:
            u = UNITS[n - 90]
            if not u:
                w = "ninety"
            else:
                w = "ninety" + self.pick(["-", " ", "-"]) + u
        elif n == 100:
            w = self.pick(["one hundred", "a hundred"])
        else:
            w = "one hundred and " + UNITS[n - 100]
        return [(w, "AGE_OVER_89")]

    # ---- PHONE ---------------------------------------------------------
    def phone(self, region=None):
        return [(self.unique(lambda: self._phone(region)), "PHONE")]

    def _phone(self, region):
        r = self.rng
        if region is None:
            region = self.wpick([(8, "mob"), (6, "geo"), (3, "us"),
                                 (1, "intl")])
        if region == "mob":
            tail = "%03d" % r.randrange(1000)
            return self.pick(["07700 900%s" % tail, "07700900%s" % tail,
                              "07700 900 %s" % tail, "+44 7700 900%s" % tail,
                              "+44 (0)7700 900%s" % tail,
                              "0044 7700 900%s" % tail,
                              "07700-900-%s" % tail])
        if region == "geo":
            area, exch = self.pick([
                ("0113", "496 0"), ("0114", "496 0"), ("0115", "496 0"),
                ("0116", "496 0"), ("0117", "496 0"), ("0118", "496 0"),
                ("0121", "496 0"), ("0131", "496 0"), ("0141", "496 0"),
                ("0151", "496 0"), ("0161", "496 0"), ("0191", "498 0"),
                ("020", "7946 0"), ("028", "9649 6"), ("029", "2018 0"),
                ("01632", "960 ")])
            tail = "%03d" % r.randrange(1000)
            if area == "01632":
                local = "960" + tail
                return self.pick(["01632 %s" % local, "(01632) %s" % local,
                                  "+44 1632 %s" % local])
            num = exch + tail
            form = r.randrange(5)
            if form == 0:
                return "%s %s" % (area, num)
            if form == 1:
                return "(%s) %s" % (area, num.replace(" ", ""))
            if form == 2:
                return (area + num).replace(" ", "")
            if form == 3:
                return "+44 %s %s" % (area[1:], num)
            return "%s-%s" % (area, num.replace(" ", "-"))
        if region == "us":
            area = self.pick(["212", "312", "415", "617", "713", "305", "206",
                              "404", "503", "614", "512", "702", "615"])
            tail = "01%02d" % r.randrange(100)
            return self.pick(["(%s) 555-%s" % (area, tail),
                              "%s-555-%s" % (area, tail),
                              "%s.555.%s" % (area, tail),
                              "+1 %s 555 %s" % (area, tail),
                              "+1 (%s) 555-%s" % (area, tail)])
        kind = r.randrange(4)
        if kind == 0:
            return "+61 491 570 %03d" % r.randrange(6, 160)
        if kind == 1:
            return "+353 87 %s %s" % (self.digits(3), self.digits(4))
        if kind == 2:
            return "+234 803 %s %s" % (self.digits(3), self.digits(4))
        return "+91 98%s %s" % (self.digits(3), self.digits(5))

    # ---- EMAIL ---------------------------------------------------------
    def email(self):
        return [(self.unique(self._email), "EMAIL")]

    def _email(self):
        r = self.rng

        def ascii_(s):
            table = str.maketrans("áàâäãåçéèêëíìîïñóòôöõúùûüłńśźżąęěřšžăâîșțėūųīāēļņ",
                                  "aaaaaaceeeeiiiinooooouuuulnszzaeerszaaisteuuiaeln")
            return re.sub(r"[^a-z]", "", s.lower().translate(table))

        g = ascii_(self.d_given.draw()) or "sam"
        s = ascii_(self.d_surname.draw()) or "jones"
        form = r.randrange(9)
        if form == 0:
            local = g + "." + s
        elif form == 1:
            local = g + s
        elif form == 2:
            local = g[0] + "." + s
        elif form == 3:
            local = g + "_" + s + str(r.randrange(1, 99))
        elif form == 4:
            local = g + str(r.randrange(1950, 2005))
        elif form == 5:
            local = "the." + s + "s"
        elif form == 6:
            local = self.pick(["mumof", "nanaof", "dadof", "grandadof"]) + \
                str(r.randrange(2, 6))
        elif form == 7:
            local = s + "." + g[0] + str(r.randrange(10, 99))
        else:
            local = g + "-" + s
        dom = self.wpick([(5, "example.com"), (3, "example.org"),
                          (3, "example.net"), (4, "example.co.uk"),
                          (1, "mail.example.com"), (1, "nhs.example.org"),
                          (1, "post.example.co.uk"), (1, "uk.example.net"),
                          (1, "home.example.com")])
        v = local + "@" + dom
        if r.random() < 0.12:
            v = local[0].upper() + local[1:] + "@" + dom
        return v

    # ---- POSTCODE / ZIP ------------------------------------------------
    def _inward(self):
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return str(self.rng.randrange(10)) + self.pick(letters) + \
            self.pick(letters)

    def postcode_text(self, outward=None):
        out = outward or self.d_outward.draw()
        return out + " " + self._inward()

    def postcode(self):
        r = self.rng
        v = self.unique(self.postcode_text)
        form = self.wpick([(6, "std"), (3, "lower"), (2, "nospace"),
                           (1, "lower_nospace"), (1, "double")])
        if form == "lower":
            v = v.lower()
        elif form == "nospace":
            v = v.replace(" ", "")
        elif form == "lower_nospace":
            v = v.replace(" ", "").lower()
        elif form == "double":
            v = v.replace(" ", "  ")
        return [(v, "POSTCODE")]

    def zip_code(self, prefix=None):
        r = self.rng
        if prefix is None:
            prefix = self.pick(US_CITIES)[2]

        def mk():
            z = prefix + "%02d" % r.randrange(100)
            if r.random() < 0.2:
                z += "-" + self.digits(4)
            return z
        return self.unique(mk)

    def us_zip(self):
        """City, ST ZIP  -> TOWN + ZIP (the state is not labelled)."""
        city, st, pre = self.d_us.draw()
        z = self.zip_code(pre)
        form = self.wpick([(5, ", %s " % st), (2, " %s " % st),
                           (2, ", %s " % US_STATES[st]), (1, ", %s, " % st)])
        return [(city, "TOWN"), (form, None), (z, "ZIP")]

    def state_zip(self):
        city, st, pre = self.d_us.draw()
        z = self.zip_code(pre)
        name = self.pick([st, US_STATES[st]])
        return [(name + " ", None), (z, "ZIP")]

    # ---- HOSPITAL / NHS NUMBERS ----------------------------------------
    def hospital_number(self):
        return [(self.unique(self._hosp), "HOSPITAL_NUMBER")]

    def _hosp(self):
        r = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        form = r.randrange(14)
        if form == 0:
            return self.pick(L) + self.digits(7)
        if form == 1:
            return self.pick(["RTH", "RXF", "RWD", "RNS", "RJ1", "RBZ"]) + \
                " " + self.digits(7)
        if form == 2:
            return self.pick(L) + self.digits(6) + self.pick(L)
        if form == 3:
            return "00" + self.digits(6)
        if form == 4:
            return self.pick(L) + "/" + self.digits(6)
        if form == 5:
            return self.pick(L) + " " + self.digits(3) + " " + self.digits(3)
        if form == 6:
            return self.pick(["NHFT", "NEAS", "LTH", "STH", "UHL"]) + "-" + \
                self.digits(6)
        if form == 7:
            return self.digits(2) + "-" + self.digits(4) + "-" + self.digits(2)
        if form == 8:
            return self.pick(L) + self.pick(L) + self.digits(6)
        if form == 9:
            return self.digits(8)
        if form == 10:
            return self.pick(L) + self.digits(2) + " " + self.digits(3) + \
                " " + self.digits(3)
        if form == 11:
            return self.pick(L) + self.digits(2) + "/" + self.digits(5)
        if form == 12:
            return self.digits(3) + self.pick(L) + self.digits(4)
        return self.pick(L) + "-" + self.digits(7)

    def nhs_number(self):
        return [(self.unique(self._nhs), "NHS_NUMBER")]

    def _nhs(self):
        r = self.rng
        while True:
            ds = [self.pick([4, 4, 6, 9, 9, 9, 7])] + \
                [r.randrange(10) for _ in range(8)]
            total = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check == 10:
                continue
            s = "".join(map(str, ds)) + str(check)
            form = self.wpick([(4, "plain"), (4, "space"), (2, "dash")])
            if form == "plain":
                return s
            sep = " " if form == "space" else "-"
            return s[:3] + sep + s[3:6] + sep + s[6:]

    # ---- ADDRESS -------------------------------------------------------
    def address(self, where=None):
        if where is None:
            where = self.wpick([(30, "uk"), (6, "care"), (5, "ni"), (6, "ie"),
                                (5, "us"), (2, "ca"), (2, "au"), (2, "nz"),
                                (3, "in"), (3, "pk"), (2, "bd"), (3, "ng"),
                                (2, "gh"), (6, "eu"), (3, "car"), (2, "other")])
        lines = getattr(self, "_addr_" + where)()
        return [(self.join_lines(lines), "ADDRESS")]

    def address_uk(self):
        return self.address(self.wpick([(6, "uk"), (2, "care"), (1, "ni")]))

    def address_abroad(self):
        return self.address(self.wpick([(3, "ie"), (2, "us"), (1, "ca"),
                                        (1, "au"), (1, "nz"), (2, "in"),
                                        (2, "pk"), (1, "bd"), (2, "ng"),
                                        (1, "gh"), (4, "eu"), (2, "car"),
                                        (1, "other")]))

    def join_lines(self, lines):
        style = self.wpick([(12, ", "), (1, ","), (2, " "), (3, "\n"),
                            (2, ",\n"), (1, "mixed")])
        if style == "mixed":
            out = lines[0]
            for ln in lines[1:]:
                out += self.pick([", ", " ", "\n", ", "]) + ln
            return out
        return style.join(lines)

    def _num(self):
        r = self.rng
        n = str(self.wpick([(6, r.randrange(1, 60)), (3, r.randrange(60, 250)),
                            (1, r.randrange(250, 900))]))
        if r.random() < 0.1:
            n += self.pick(["a", "b", "A", "B", "c"])
        return n

    def _street(self):
        stem = self.d_stem.draw()
        if stem.endswith((" Close", " Street", " Road")):
            return stem
        return stem + " " + self.pick(STREET_SUFFIX)

    def _addr_uk(self):
        r = self.rng
        town, county, outs = self.d_uk_addr.draw()
        lines = []
        kind = self.wpick([(6, "house"), (3, "flat"), (2, "named"),
                           (1, "building")])
        if kind == "flat":
            flat = self.pick(["Flat %d" % r.randrange(1, 30),
                              "Flat %d%s" % (r.randrange(1, 9),
                                             self.pick("ABCD")),
                              "Apartment %d" % r.randrange(1, 80),
                              "Flat %d/%d" % (r.randrange(0, 4),
                                              r.randrange(1, 3)),
                              "Apt %d" % r.randrange(1, 40)])
            if r.random() < 0.5:
                lines.append(flat)
                lines.append("%s %s" % (self._num(), self._street()))
            else:
                lines.append("%s, %s %s" % (flat, self._num(),
                                            self._street()))
        elif kind == "named":
            lines.append(self.d_house.draw())
            lines.append(self._street())
        elif kind == "building":
            lines.append("%s %s" % (self.pick(["Flat", "Apartment", "Unit"]),
                                    r.randrange(1, 60)))
            lines.append(self.d_building.draw())
            lines.append("%s %s" % (self._num(), self._street()))
        else:
            lines.append("%s %s" % (self._num(), self._street()))
        if town in TOWN_DISTRICTS and r.random() < 0.45:
            lines.append(self.pick(TOWN_DISTRICTS[town]))
        pc = self.postcode_text(self.pick(outs)) if r.random() < 0.75 else ""
        if county and r.random() < 0.4:
            lines.append(town)
            lines.append(county + (" " + pc if pc else ""))
        else:
            lines.append(town + (" " + pc if pc else ""))
        return lines

    def _addr_care(self):
        r = self.rng
        town, county, outs = self.d_uk_addr.draw()
        lines = [self.d_care.draw() + " " + self.pick(CARE_HOME_KINDS)]
        if r.random() < 0.7:
            lines.append("%s %s" % (self._num(), self._street()))
        else:
            lines.append(self._street())
        pc = self.postcode_text(self.pick(outs))
        if county and r.random() < 0.4:
            lines += [town, county + " " + pc]
        else:
            lines.append(town + " " + pc)
        return lines

    def _addr_ni(self):
        r = self.rng
        town, county, outs = self.pick([t for t in UK_ADDR_TOWNS
                                        if t[2][0].startswith("BT")])
        lines = ["%s %s" % (self._num(), self._street())]
        if town in TOWN_DISTRICTS and r.random() < 0.4:
            lines.append(self.pick(TOWN_DISTRICTS[town]))
        pc = self.postcode_text(self.pick(outs))
        if county:
            lines += [town, county, pc]
        else:
            lines.append(town + " " + pc)
        return lines

    def _addr_ie(self):
        r = self.rng
        town, county, keys = self.d_ie_addr.draw()
        eir = self.pick(keys) + " " + "".join(
            self.pick(EIRCODE_CHARS) for _ in range(4))
        if r.random() < 0.3:
            lines = [self.d_house.draw(), self.pick(
                ["Ballyvourney", "Knocknacarra", "Rahoon", "Carrigaline",
                 "Annacotty", "Oranmore", "Moycullen", "Blarney",
                 "Castletroy", "Salthill", "Ballinamore", "Rosses Point"])]
        else:
            lines = ["%s %s" % (r.randrange(1, 120), self.d_ie_street.draw())]
        lines.append(town)
        if county:
            lines.append(county)
        if r.random() < 0.8:
            lines.append(eir)
        if r.random() < 0.3:
            lines.append("Ireland")
        return lines

    def _addr_us(self):
        r = self.rng
        city, st, pre = self.d_us.draw()
        z = self.zip_code(pre)
        lines = ["%d %s" % (r.randrange(10, 9999), self.d_us_street.draw())]
        if r.random() < 0.35:
            lines.append(self.pick(["Apt %d%s" % (r.randrange(1, 30),
                                                  self.pick("ABCD")),
                                    "Unit %d" % r.randrange(1, 400),
                                    "Suite %d" % r.randrange(100, 900)]))
        lines.append("%s, %s %s" % (city, st, z))
        if r.random() < 0.3:
            lines.append(self.pick(["USA", "United States"]))
        return lines

    def _addr_ca(self):
        r = self.rng
        city, prov, first = self.pick([
            ("Toronto", "ON", "M"), ("Ottawa", "ON", "K"),
            ("Montreal", "QC", "H"), ("Vancouver", "BC", "V"),
            ("Calgary", "AB", "T"), ("Winnipeg", "MB", "R"),
            ("Halifax", "NS", "B"), ("Hamilton", "ON", "L")])
        L = "ABCEGHJKLMNPRSTVWXYZ"
        pc = "%s%d%s %d%s%d" % (first, r.randrange(10), self.pick(L),
                                 r.randrange(10), self.pick(L),
                                 r.randrange(10))
        lines = ["%d %s" % (r.randrange(1, 3000), self.pick(
            ["Queen Street West", "Rue Saint-Denis", "Maple Grove Crescent",
             "Jasper Avenue", "Spring Garden Road", "Portage Avenue",
             "Bank Street", "Kingsway"]))]
        if r.random() < 0.3:
            lines.insert(0, "Unit %d" % r.randrange(100, 2500))
        lines.append("%s, %s %s" % (city, prov, pc))
        if r.random() < 0.5:
            lines.append("Canada")
        return lines

    def _addr_au(self):
        r = self.rng
        suburb, st, pc = self.pick([
            ("Toowong", "QLD", "4066"), ("Fremantle", "WA", "6160"),
            ("Glenelg", "SA", "5045"), ("Bondi", "NSW", "2026"),
            ("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"),
            ("Geelong", "VIC", "3220"), ("Sandy Bay", "TAS", "7005"),
            ("Palmerston", "NT", "0830"), ("Belconnen", "ACT", "2617")])
        lines = ["%d %s" % (r.randrange(1, 200), self.pick(
            ["Banksia Crescent", "Wattle Street", "Jacaranda Avenue",
             "Eucalyptus Drive", "Kookaburra Close", "Bottlebrush Way",
             "Coolabah Road"]))]
        if r.random() < 0.3:
            lines.insert(0, "Unit %d" % r.randrange(1, 20))
        lines.append("%s %s %s" % (suburb, st, pc))
        if r.random() < 0.4:
            lines.append("Australia")
        return lines

    def _addr_nz(self):
        r = self.rng
        sub, city, pc = self.pick([
            ("Ponsonby", "Auckland", "1011"), ("Karori", "Wellington", "6012"),
            ("Riccarton", "Christchurch", "8011"),
            ("Roslyn", "Dunedin", "9010"), ("Hillcrest", "Hamilton", "3216"),
            ("Mount Maunganui", "Tauranga", "3116")])
        lines = ["%d %s" % (r.randrange(1, 150), self.pick(
            ["Kauri Street", "Pohutukawa Avenue", "Rimu Road", "Totara Drive",
             "Harakeke Street", "Matai Crescent"])), sub,
            "%s %s" % (city, pc)]
        if r.random() < 0.4:
            lines.append("New Zealand")
        return lines

    def _addr_in(self):
        r = self.rng
        form = r.randrange(5)
        if form == 0:
            lines = ["Flat %d" % r.randrange(101, 1205),
                     self.pick(["Shanti Apartments", "Sai Residency",
                                "Lakshmi Towers", "Green Park Enclave"]),
                     "%d MG Road" % r.randrange(1, 90),
                     "Bengaluru %s" % ("5600" + "%02d" % r.randrange(1, 99))]
        elif form == 1:
            lines = ["H.No. %d-%d-%d" % (r.randrange(1, 20), r.randrange(1, 9),
                                        r.randrange(10, 400)),
                     "Banjara Hills", "Hyderabad",
                     "Telangana 5000%02d" % r.randrange(1, 99)]
        elif form == 2:
            lines = ["%s-%d" % (self.pick("ABCDEF"), r.randrange(1, 300)),
                     "Sector %d" % r.randrange(1, 80), "Noida",
                     "Uttar Pradesh 2013%02d" % r.randrange(1, 99)]
        elif form == 3:
            lines = ["House No. %d" % r.randrange(1, 900),
                     self.pick(["Model Town", "Guru Nanak Nagar",
                                "Basti Sheikh", "Adarsh Nagar"]),
                     self.pick(["Jalandhar", "Ludhiana", "Phagwara"]),
                     "Punjab 1440%02d" % r.randrange(1, 99)]
        else:
            lines = ["%d %s" % (r.randrange(1, 120), self.pick(
                ["Park Street", "Linking Road", "Anna Salai",
                 "Ashram Road"])),
                self.pick(["Kolkata 7000%02d", "Mumbai 4000%02d",
                           "Chennai 6000%02d", "Ahmedabad 3800%02d"])
                % r.randrange(1, 99)]
        if r.random() < 0.4:
            lines.append("India")
        return lines

    def _addr_pk(self):
        r = self.rng
        form = r.randrange(4)
        if form == 0:
            lines = ["House %d" % r.randrange(1, 200),
                     "Street %d" % r.randrange(1, 60),
                     "%s-%d/%d" % (self.pick("EFGI"), r.randrange(6, 12),
                                   r.randrange(1, 5)), "Islamabad"]
        elif form == 1:
            lines = ["%d-%s" % (r.randrange(1, 300), self.pick("ABCDEFGH")),
                     self.pick(["Gulberg III", "Model Town", "Johar Town",
                                "DHA Phase 5", "Iqbal Town"]),
                     "Lahore %d" % r.randrange(54000, 54999)]
        elif form == 2:
            lines = ["Mohalla " + self.pick(["Islampura", "Rehmanabad",
                                             "Chaudhry Town", "Bilal Colony"]),
                     self.pick(["Mirpur", "Kotli", "Dadyal", "Bhimber"]),
                     "Azad Kashmir"]
        else:
            lines = ["Plot %d" % r.randrange(1, 400),
                     "Block %d" % r.randrange(1, 20),
                     self.pick(["Clifton", "Gulshan-e-Iqbal",
                                "North Nazimabad"]),
                     "Karachi %d" % r.randrange(74000, 75999)]
        if r.random() < 0.5:
            lines.append("Pakistan")
        return lines

    def _addr_bd(self):
        r = self.rng
        if r.random() < 0.5:
            lines = ["House %d" % r.randrange(1, 120),
                     "Road %d" % r.randrange(1, 30),
                     self.pick(["Dhanmondi", "Gulshan", "Mirpur", "Uttara"]),
                     "Dhaka %d" % r.randrange(1205, 1230)]
        else:
            lines = ["Vill: " + self.pick(["Kamalpur", "Dakshin Bhag",
                                           "Rasulganj", "Nabiganj"]),
                     "PO: " + self.pick(["Balaganj", "Beanibazar",
                                         "Jagannathpur", "Bishwanath"]),
                     "Sylhet %d" % r.randrange(3100, 3199)]
        if r.random() < 0.4:
            lines.append("Bangladesh")
        return lines

    def _addr_ng(self):
        r = self.rng
        form = r.randrange(3)
        if form == 0:
            lines = ["%d %s" % (r.randrange(1, 90), self.pick(
                ["Adeola Odeku Street", "Awolowo Road", "Allen Avenue",
                 "Herbert Macaulay Way", "Bode Thomas Street"])),
                self.pick(["Victoria Island", "Ikoyi", "Ikeja", "Yaba",
                           "Surulere"]), "Lagos"]
        elif form == 1:
            lines = ["Plot %d" % r.randrange(1, 900),
                     self.pick(["Gwarinpa Estate", "Wuse II", "Maitama",
                                "Garki Area 11"]), "Abuja", "FCT"]
        else:
            lines = ["%d %s" % (r.randrange(1, 60), self.pick(
                ["Ogui Road", "Aba Road", "Ring Road", "Ikwerre Road"])),
                self.pick(["Enugu", "Port Harcourt", "Ibadan", "Owerri"])]
        if r.random() < 0.5:
            lines.append("Nigeria")
        return lines

    def _addr_gh(self):
        r = self.rng
        if r.random() < 0.6:
            lines = ["House No. %d" % r.randrange(1, 80),
                     self.pick(["Osu Badu Street", "Oxford Street, Osu",
                                "Kanda Highway", "Spintex Road"]), "Accra"]
        else:
            lines = ["Plot %d" % r.randrange(1, 40),
                     self.pick(["Ahodwo", "Asokwa", "Bantama", "Nhyiaeso"]),
                     "Kumasi"]
        if r.random() < 0.3:
            lines.insert(0, "%s-%d-%d" % (self.pick(["GA", "AK", "GT"]),
                                          r.randrange(100, 999),
                                          r.randrange(1000, 9999)))
        if r.random() < 0.4:
            lines.append("Ghana")
        return lines

    def _addr_eu(self):
        r = self.rng
        form = r.randrange(10)
        if form == 0:
            lines = ["Calle %s %d, %dº %s" % (self.pick(
                ["Mayor", "de Alcalá", "del Carmen", "Real"]),
                r.randrange(1, 90), r.randrange(1, 7), self.pick("ABCD")),
                "280%02d Madrid" % r.randrange(1, 55)]
            country = "Spain"
        elif form == 1:
            lines = ["Rua %s %d" % (self.pick(["das Flores", "Augusta",
                                                "de Santa Catarina"]),
                                     r.randrange(1, 200)),
                     "%d-%03d %s" % (self.pick([1200, 4000, 8000]),
                                     r.randrange(1, 999),
                                     self.pick(["Lisboa", "Porto", "Faro"]))]
            country = "Portugal"
        elif form == 2:
            lines = ["ul. %s %d/%d" % (self.pick(
                ["Długa", "Piotrkowska", "Floriańska", "Mickiewicza"]),
                r.randrange(1, 120), r.randrange(1, 40)),
                "%02d-%03d %s" % (self.pick([80, 90, 31, 60, 50]),
                                  r.randrange(1, 999),
                                  self.pick(["Gdańsk", "Łódź", "Kraków",
                                             "Poznań", "Wrocław"]))]
            country = "Poland"
        elif form == 3:
            lines = ["Via %s %d" % (self.pick(["Roma", "Garibaldi",
                                               "Dante", "Toledo"]),
                                     r.randrange(1, 150)),
                     "%05d %s" % (self.pick([20121, 80134, 10121, 40126]),
                                  self.pick(["Milano", "Napoli", "Torino",
                                             "Bologna"]))]
            country = "Italy"
        elif form == 4:
            lines = ["%s %d" % (self.pick(["Hauptstraße", "Bahnhofstraße",
                                           "Lindenallee", "Schillerstraße"]),
                                 r.randrange(1, 120)),
                     "%05d %s" % (self.pick([10115, 80331, 20095, 50667]),
                                  self.pick(["Berlin", "München", "Hamburg",
                                             "Köln"]))]
            country = "Germany"
        elif form == 5:
            lines = ["%d rue %s" % (r.randrange(1, 90), self.pick(
                ["des Lilas", "de la Paix", "Victor Hugo", "du Moulin"])),
                "%05d %s" % (self.pick([75011, 69003, 13001, 33000]),
                             self.pick(["Paris", "Lyon", "Marseille",
                                        "Bordeaux"]))]
            country = "France"
        elif form == 6:
            lines = ["Kerkstraat %d" % r.randrange(1, 200),
                     "%d %s%s Amsterdam" % (r.randrange(1011, 1099),
                                            self.pick("ABCDEGHJKL"),
                                            self.pick("ABCDEGHJKL"))]
            country = "the Netherlands"
        elif form == 7:
            lines = ["Strada %s nr. %d" % (self.pick(
                ["Victoriei", "Republicii", "Mihai Eminescu"]),
                r.randrange(1, 80)), "Bl. %d, Ap. %d" % (r.randrange(1, 40),
                                                         r.randrange(1, 60)),
                self.pick(["București", "Cluj-Napoca", "Iași", "Constanța"])]
            country = "Romania"
        elif form == 8:
            lines = ["%s g. %d-%d" % (self.pick(["Gedimino", "Laisvės",
                                                 "Savanorių"]),
                                       r.randrange(1, 90), r.randrange(1, 30)),
                     "LT-%05d %s" % (r.randrange(1000, 99999),
                                     self.pick(["Vilnius", "Kaunas",
                                                "Klaipėda"]))]
            country = "Lithuania"
        else:
            lines = ["Odos %s %d" % (self.pick(["Ermou", "Tsimiski",
                                                "Patision"]),
                                      r.randrange(1, 150)),
                     "%03d %02d %s" % (r.randrange(100, 999),
                                       r.randrange(10, 99),
                                       self.pick(["Athens", "Thessaloniki"]))]
            country = "Greece"
        if r.random() < 0.45:
            lines.append(country)
        return lines

    def _addr_car(self):
        r = self.rng
        form = r.randrange(4)
        if form == 0:
            lines = ["Lot %d" % r.randrange(1, 90),
                     self.pick(["Hope Road", "Constant Spring Road",
                                "Red Hills Road", "Barbican Road"]),
                     "Kingston %d" % r.randrange(2, 20), "Jamaica"]
        elif form == 1:
            lines = ["%d %s" % (r.randrange(1, 60), self.pick(
                ["Gloucester Avenue", "Union Street", "Church Street"])),
                self.pick(["Montego Bay", "Mandeville", "May Pen"]),
                self.pick(["St James", "Manchester", "Clarendon"]), "Jamaica"]
        elif form == 2:
            lines = ["No. %d %s" % (r.randrange(1, 40), self.pick(
                ["Sea View Gardens", "Rockley Terrace", "Sunset Crest"])),
                self.pick(["Holetown", "Oistins", "Speightstown"]),
                self.pick(["St James", "Christ Church", "St Peter"]),
                "Barbados BB%05d" % r.randrange(10000, 29999)]
        else:
            lines = ["%d %s" % (r.randrange(1, 90), self.pick(
                ["Frederick Street", "Ariapita Avenue", "Coffee Street"])),
                self.pick(["Port of Spain", "San Fernando", "Arima"]),
                "Trinidad"]
        return lines

    def _addr_other(self):
        r = self.rng
        form = r.randrange(4)
        if form == 0:
            return ["P.O. Box %d" % r.randrange(1000, 99999),
                    "Nairobi %05d" % self.pick([100, 200, 606]), "Kenya"]
        if form == 1:
            return ["%d %s" % (r.randrange(1, 200), self.pick(
                ["Long Street", "Bree Street", "Main Road"])),
                self.pick(["Cape Town", "Observatory", "Sea Point"]),
                "%04d" % self.pick([8001, 7925, 8005])]
        if form == 2:
            return ["Villa %d" % r.randrange(1, 80),
                    "Street %d" % r.randrange(1, 40),
                    self.pick(["Al Barsha 2", "Jumeirah 1", "Mirdif"]),
                    "Dubai"]
        return ["Blk %d %s" % (r.randrange(100, 700), self.pick(
            ["Tampines Street 21", "Ang Mo Kio Avenue 3", "Bedok North Road"])),
            "#%02d-%02d" % (r.randrange(2, 15), r.randrange(1, 80)),
            "Singapore %d" % r.randrange(460000, 569999)]


# ---------------------------------------------------------------------------
# SENTENCE FRAMES
# Slots: {T} any place, {TU} UK place, {TA} place abroad, {TC} town + county,
# {USZ} US city, state ZIP, {STZ} state ZIP, {FN} first name, {LN} surname,
# {FULL} full name, {ANY} any form of name, {INIT} initial + surname,
# {NICK} nickname, {PN} given name that is also a place, {D} date,
# {DOB} date of birth, {AGE} age over 89, {ADDR}/{ADDRUK}/{ADDRAB} address,
# {PH}/{PHUK}/{PHUS} phone, {EM} email, {PC} postcode, {HN} hospital number,
# {NHS} NHS number; unlabelled fillers: {REL} relative, {OREL} older
# relative, {ROLE} staff role.
# ---------------------------------------------------------------------------

FRAMES_TOWN = _split("""
We live out in {TU} and the ambulance still got to us quickly.
I travelled all the way from {T} for this appointment.
Drove up from {TU} and it was worth every mile.
Being from {T} originally I was nervous about coming somewhere new.
Moved down from {T} last year and this was my first time with you.
Would be nice to have this service nearer {TU}.
Why do I have to go all the way to {TU} for a scan??
Parking in {TU} is a nightmare so that didn't help.
Staff at the {TU} clinic were just as good.
I was transferred to {TU} in the middle of the night with no explanation.
My daughter came over from {T} to be with me.
Lived in {T} all my life and never had care like it.
The bus from {TU} only runs every two hours so getting here on time is hard.
Much better than when I was seen in {T}.
Had to get a taxi home to {TU} which cost a fortune.
Please open something like this in {TU}, we have nothing.
Brilliant service, even out here in {TU}.
They sent me to {TU} then back again, total waste of a day.
My son works away in {T} so I had no one with me.
We were on holiday in {T} when it happened.
Compared to {T} hospital this was a palace.
The {TU} team were amazing too.
Crew came from {TU} as ours were all busy apparently.
Been coming here ever since we moved from {T}.
My family are all back in {T} so the kindness meant a lot.
Had to phone my sister in {TU} to come and get me.
Got sent home to {TU} at two in the morning with no way of getting there.
Thank you from a very grateful family in {TU}.
The drive from {TU} is long but I would not go anywhere else.
Why close the unit in {TU}? Now everyone has to travel.
Ended up at {TU} instead of our local, which was confusing.
The paramedics got to our house in {TU} in ten minutes flat.
I was visiting my brother in {TU} when I took ill.
Still waiting for my notes to come over from {T}.
Got the train from {TU} and someone met me at the entrance.
Same quality of care I got back in {T}.
Lovely to meet a nurse who also grew up in {T}!
Why is the only clinic in {TU} shut on Fridays?
We've just moved to {TU} and registering was easy.
The home visits in {TU} were always on time.
Only complaint is the trek to {TU} every week.
Grew up near {T}, never thought I'd need this service.
From {TU} to the ward in under an hour, impressive.
Honestly the {TU} lot could learn a thing or two from you.
The nurse who came out to {TU} was so patient with my dad.
Please tell whoever runs the {TU} service that they are doing a grand job.
I commute from {TU} so an early slot really helped.
Can't fault them. Even the hospital in {T} was never this good.
Appointments in {TU} would save me two buses.
It's a shame the {TU} branch closed, this one is always packed.
My carer drove me over from {TU}, she says thanks too.
Had a fall while staying at my son's in {TU} and they were brilliant.
Nothing like the chaos I saw in {T} last winter.
They even rang ahead to the team in {TU} for me.
As someone who works in {T} I know how hard this job is.
We came down from {T} for the weekend and ended up in A&E.
Long way from {T} but you made me feel at home.
Been bounced between here and {TU} for months now.
I'd rather be seen in {TU} to be honest, it's closer.
Went to the walk-in in {TU} first and they sent me here.
Flew back from {TA} early because of this and it was the right call.
Every time I come back from {T} the place looks better.
Not bad for a lad from {T}!
A bit of a trek from {TU} but worth it.
They don't do this in {T}, so thank you.
Shout out to the crew from the {TU} station.
Mum was born in {T} and the nurse even knew the street.
I was born and bred in {T}, and I've never been spoken to so kindly.
It took three hours to get an ambulance out to {TU}.
When I lived in {T} I had to wait months, here it was weeks.
Nurses from {TU} covering the shift were just as lovely.
Please, please put a clinic in {TU}!
The phone line kept putting me through to {TU} by mistake.
Transport picked me up in {TU} bang on time.
Couldn't get a slot in {TU} so came here instead.
The girls at {TU} were fab as well.
We had to drive to {TU} at midnight with a poorly baby.
Haven't had care this good since I left {T}.
I'm only in {TU} for work but they treated me like a local.
Took my first steps again in the gym here, my family in {T} cried when they saw the video.
Just wanted to say the {TU} physio team changed my life.
Awful that patients from {TU} get sent so far.
Spent four hours waiting in {TU} before being moved here.
Been a patient since my {T} days and never once complained till now.
Left {TU} at six in the morning to be here on time.
My old GP in {TU} never listened like this.
Our village is near {TU} and the ambulance found us no problem.
My boy is at uni in {T} and he rang every day, the staff kept him updated.
Please pass on thanks from all of us up in {TU}.
In {T} they just hand you a leaflet, here they actually talked to me.
The roads from {TU} were terrible but the driver was great.
Ringing from {T} I thought I'd never get through, but I did.
""")

FRAMES_TOWN_ABROAD = _split("""
I am originally from {TA} and English is not my first language but they were very patient.
We were visiting from {TA} and didn't know how anything worked here.
My husband is from {TA} and the interpreter made all the difference.
I trained as a nurse in {TA} myself so I know good care when I see it.
Flew in from {TA} to see my mother and the staff made time for me.
Came over from {TA} twenty years ago, this was my first time in hospital.
My family in {TA} were so worried but the ward kept me in touch.
In {TA} you pay for everything, so thank you NHS.
We were meant to fly home to {TA} that night!
Back home in {TA} we would have waited days for this.
I'm over from {TA} for a few months to help my daughter.
The doctor had worked in {TA} and spoke my language, it was a relief.
My son lives in {TA} and video called during the appointment, they didn't mind at all.
Just back from {TA} and poorly, they sorted me out fast.
""")

FRAMES_TOWN_TXT = _split("""
came all the way frm {T} n it was worth it x
thx 4 sortin me out, back home in {T} now
ambulance 2 {TU} took ages tho
gr8 staff, better than {T} by miles lol
had 2 get 2 buses from {TU}, pls do appointments later in the day
staff in {TU} r lovely too
omg the drive from {T} tho
ty from me n the kids in {T} xx
wud b gd 2 have 1 in {TU}
moved 2 {T} recently, transfer was v easy
""")

FRAMES_TOWN_ANGRY = _split("""
Absolutely disgusting that I was sent to {TU} when there's a hospital five minutes away.
Third time I've been bounced to {TU}. Sort it out.
Nobody told me the appointment had moved to {TU}!!
Why should people in {TU} have to wait longer than everyone else?
The ambulance went to {TU} first, we were nowhere near it!!
Stop sending patients to {TU}, it's not fair on the elderly.
Disgraceful. Left on a trolley in {TU} for nine hours then moved here.
No one in {TU} seems to know what the other hand is doing.
""")

FRAMES_TOWN_TERSE = _split("""
From {T}. Good.
{T} resident. Would recommend.
Travel to {TU}: too far.
Lives in {T}.
Seen in {TU}.
Came from {T}.
{T} area.
""")

FRAMES_TOWN_RAMBLE = _split("""
Anyway as I said to the lady on the phone we had only just got back from {T} and I was already feeling rough, so when it came to it I didn't know what to do, but they were great.
It's hard to explain but ever since we moved to {T} it's been one thing after another with my health and I'd given up a bit, then this team came along and actually listened.
My sister who lives in {T} said I should write something, so here it is, I can't thank them enough, they went above and beyond and I know they're short staffed.
We've been backwards and forwards to {TU} so many times I've lost count, and the car park, don't get me started, but the actual care was second to none.
""")

FRAMES_TOWN2 = _split("""
Moved from {T} to {T} last spring and this is the best service I've used.
Was staying in {T} with family, normally live in {T}.
They wanted me to go to {TU} or {TU}, both miles away.
Born in {T}, live in {TU} now, and never had better care.
The ambulance had to come from {TU} because the {TU} crews were all out.
I drove between {TU} and {TU} twice in one day for this.
Better than {T} and {T} put together.
mum moved from {T} to {TU} to be near us and her care never dropped
""")

FRAMES_TC = _split("""
I live near {TC} so it's a fair drive.
We're from {TC} and came in on holiday.
My parents are in {TC} and the staff rang them for me.
Staying with friends in {TC} when I was taken ill.
Moved to {TC} last year, and this was my first visit.
""")

FRAMES_ADDRESS = _split("""
Please send any letters to {ADDR} as I've moved.
My new address is {ADDR}, the old one keeps getting used.
Letters keep going to my old house, I now live at {ADDR}.
If anyone wants to send a card to my mum she is at {ADDR}.
Mum lives at {ADDRUK} and they came out within the hour.
You still have my address down wrong, it should be {ADDR}.
Address for the appointment letters: {ADDR}
Can someone please write to me at {ADDR}.
Staying with my daughter at {ADDRUK} until I'm back on my feet.
I was picked up from {ADDRUK} and taken straight in.
For the record my correct address is {ADDR}
Please forward my notes to {ADDR}.
The transport driver couldn't find {ADDRUK} even with the sat nav.
Once again, I do NOT live at {ADDR}, I moved out two years ago!!
Correspondence to {ADDR} please, not to my GP.
The crew went to the wrong street first, we are at {ADDRUK}.
Send the results to {ADDR} and not by text please.
I'm now at {ADDRUK} if anyone needs to visit.
My husband is being cared for at {ADDRUK} and the visits have been faultless.
The district nurses come to {ADDRUK} twice a day and are never late.
We're at {ADDRUK}, the house with the blue door, and the crew found us fine.
Bill for parking went to {ADDR} which isn't even my house.
My discharge letter was posted to {ADDR} and never arrived.
They even dropped my prescription off at {ADDRUK} for me.
Please update your records: {ADDR}.
Still getting letters for someone else at {ADDR}.
The wheelchair was delivered to {ADDRUK} the next day, amazing.
Home address: {ADDR}
Dad is at {ADDRUK} now and the care home staff say the community team are excellent.
""")

FRAMES_ADDRESS_ABROAD = _split("""
We were visiting from abroad, home address {ADDRAB}.
I live at {ADDRAB} and was only over for a wedding.
Please post the invoice to {ADDRAB} as I've gone home now.
My permanent address is {ADDRAB} so please don't send letters here.
Writing this from {ADDRAB}, still so grateful for what you did.
""")

FRAMES_ADDRESS_UK = _split("""
The ambulance found {ADDRUK} no bother even though the satnav sends people the wrong way.
My mum's care home is {ADDRUK} and the team there say you were very good.
Please can the hearing clinic write to {ADDRUK} and not my old flat.
pls send stuff to {ADDRUK} not my old place
my address is {ADDRUK} if u need it
Appointment letter went to {ADDRUK} which is my ex's house, not happy.
""")

FRAMES_NAME = _split("""
Nurse {FN} was a star.
Special thanks to Dr {LN} who took the time to explain everything.
{FN} on reception went above and beyond.
The paramedic, {FN}, kept my husband calm the whole way.
My wife {FULLF} can't praise you enough.
Please pass my thanks on to {FULL}.
{FN}'s sense of humour got me through it.
Mr {LN} the consultant was very abrupt with me.
Wasn't happy with how Sister {FN} spoke to my dad.
Ask for {FNF}, she's the best.
{FULL} in the gym was brilliant with me.
Dr {INIT} was very thorough.
Cannot fault {FN} the physio.
The call handler {FN} stayed on the line until they arrived.
The driver (I think his name was {FNM}) was a proper gent.
{FULLF}, my mother, was treated with real dignity.
Staff nurse {FN} should be promoted!
Our {ROLE} {FN} sorted everything out in one visit.
My {RELF} {FN} came with me and they let her stay.
Huge thanks to {FN} and the night team.
{FN} was the only one who actually listened.
I want to thank {FULLF} personally for what she did for my family.
Mrs {LN} on the desk was rude and unhelpful.
Dr {LN} is a credit to the NHS.
Can {FN} please get a pay rise!
The {ROLE}, {FN}, explained it all in plain English.
Sadly my dad {FULLM} passed away but the care in his last days was beautiful.
Shame about the doctor, but {FN} the nurse made up for it.
Please tell {FN} that I'm walking again!
{FN} and {FN} on the early shift were a joy.
My {REL}, {FULL}, is the one who filled this in for me.
I saw Dr {LN} and then Dr {LN}, and got two different answers.
Whoever {FNF} is, she deserves a medal.
The student nurse {FN} was a natural.
The {ROLE} ({FN}) was patient with my questions.
Mr {LN}'s team were efficient and kind.
Could you let {FULL} know we're all doing well now?
Matron {LN} sorted my complaint within a day.
My {REL} {FN} says thank you too.
{FULL} from the community team rang me back within the hour.
Our {REL} {FN} couldn't stop talking about how kind everyone was.
I'd like to say a special thank you to Professor {LN}.
{NICK} on the night shift always had time for a chat.
Ms {LN} explained the operation twice without rushing me.
The ambulance lads, {FN} and {FN}, were fantastic.
Big thank you to {INIT} and everyone on the ward.
I was looked after by {FN}, who was so gentle.
{FN}'s the reason I came back.
Signed, {FULL}.
From {FN} and family.
Doctor {LN} didn't even look at me.
Written by {FULL} on behalf of my mother.
Miss {LN} was outstanding, please thank her.
Please pass on my thanks to Dr {LN} and Sister {FN}.
I'm {FULL} and I've been coming here for years.
Lovely lady called {FNF} made me a cuppa in the middle of the night.
My {REL} {FN} was treated like family.
""")

FRAMES_NAME_TXT = _split("""
nurse {FN} was amazin x
ty {FN} ur a star
big shout out 2 {FN} on reception lol
{FN} the physio is the best!!! xx
my {REL} {FN} says thx 2
dr {LN} was sound
pls thank {FN} from me n {FN}
""")

FRAMES_NAME_ANGRY = _split("""
Dr {LN} was dismissive and frankly rude.
I have already complained about {FULL} and heard nothing back.
The receptionist {FNF} rolled her eyes at me. Unacceptable.
Mr {LN} cancelled my operation three times. Three!
{FN} on the phone hung up on me.
The way {FN} spoke to my elderly {OREL} was a disgrace.
""")

FRAMES_NAME_PLACE = _split("""
My granddaughter {PNF} made me fill this in.
Nurse {PN} was fab.
Our son {PNM} drove me in and they let him stay.
The paramedic called {PN} was so reassuring.
Dr {PNM} explained everything really clearly.
My {REL} {PN} came with me.
Please thank {PN} on the morning shift.
{PN} on reception is a credit to you.
Special mention to {PN}, who never stopped smiling.
my daughter {PNF} is my carer and they included her in everything
Mr {PNM} the surgeon was very professional.
The HCA {PN} helped me shower without making me feel embarrassed.
{PN}'s kindness will stay with me.
A student called {PN} sat with me when I was scared.
Tell {PNF} the tea lady she's a legend.
""")

FRAMES_DATE = _split("""
I was seen on {D} and the results came back within a week.
Came in on {D} with chest pains.
My appointment on {D} was cancelled with no notice.
Mum was admitted on {D} and discharged two days later.
Called for an ambulance on {D} and waited hours.
Thank you for everything on {D}, a day I won't forget.
Follow up booked for {D} so fingers crossed.
Been waiting since {D} for a call back.
My operation was on {D} and I'm already back at work.
On {D} I rang five times and nobody picked up.
The home visit on {D} was the best one yet.
We had our baby on {D} and the midwives were incredible.
My husband was brought in on {D} after a fall.
Discharged {D}, still no letter to my GP.
The nurse who saw me on {D} deserves a medal.
I was meant to be seen on {D} but the clinic was shut.
Since {D} I've had three different care coordinators.
My scan is on {D}, please don't cancel it again.
Please look at what happened on {D}, it was not acceptable.
Went in on {D}, came out the same day.
The physio sessions started on {D} and I've improved loads.
Rang the out of hours line on {D} and they sent an ambulance straight away.
Last appointment was {D} and I still haven't heard anything.
Dad's birthday is {D} so he was glad to be home for it.
Waited in A&E from {D} into the next morning.
appointment {D} was sooo quick thank you
""")

FRAMES_DOB = _split("""
Her date of birth is {DOB}, please correct your records.
DOB {DOB}, in case you need to look me up.
My husband (born {DOB}) was treated so kindly.
Your letter had my date of birth as something else, it's {DOB}.
Patient: my father, date of birth {DOB}.
Mum, DOB {DOB}, has been under this team for years.
My d.o.b. is {DOB} and the system still has it wrong.
I was born {DOB} and I've never once had to complain until now.
""")

FRAMES_AGE = _split("""
My nan is {AGE} and they treated her like royalty.
At {AGE} years of age I didn't expect to be treated so well.
Not bad for a {AGE}-year-old!
Dad is {AGE} and was left on a trolley for nine hours.
I'm {AGE} and managed the video call fine with a bit of help.
She'll be {AGE} next month and this was her first time in hospital.
My {AGE} year old grandad came home a new man.
Aged {AGE} and still going strong thanks to this team.
My {OREL}, who is {AGE}, was spoken to with such respect.
He's {AGE} and deaf, and they took the time to write things down for him.
You wouldn't think she was {AGE} the way they chatted to her.
I am {AGE} years old and have never had such good care.
My mother turned {AGE} on the ward and they got her a cake!
At {AGE} you worry about being a nuisance but they made me feel welcome.
my {OREL} is {AGE} and they were so patient with them
Leaving a {AGE}-year-old man in a corridor is not OK.
""")

FRAMES_PHONE = _split("""
Please ring me on {PH} as nobody has called back.
My number is {PH} if you want to discuss this.
You have my old number on file, it's {PH} now.
I tried calling {PH} for two days and nobody answered.
Happy to talk about my experience, call {PH}.
My daughter's number is {PH}, she is next of kin.
Mobile: {PH}
If the clinic needs me they can reach me on {PH} any time.
Rang {PH} like the letter said and it just rang out.
I left my number ({PH}) three times and no one got back to me.
Contact number {PH}, evenings are best.
The number on the letter was wrong, the right one is {PH}.
call me {PH}
ring me on {PH} pls
Please stop calling {PH}, that's my work phone.
Text me on {PH} rather than writing.
""")

FRAMES_PHONE_US = _split("""
I'm back in the States now, my cell is {PHUS}.
Please call my US number, {PHUS}, as I don't have a UK phone.
""")

FRAMES_EMAIL = _split("""
Happy to be contacted at {EM}.
Please email me at {EM} rather than post.
I emailed {EM} twice and got no response.
My email is {EM} if you want more feedback.
Send the leaflet to {EM} please, I lost mine.
Email: {EM}
I'd like a reply, I'm on {EM}.
Can someone email {EM} with the results.
my email {EM}
Please use {EM}, not my old work address.
You can get hold of my son at {EM}, he handles my appointments.
""")

FRAMES_POSTCODE = _split("""
The crew couldn't find us even with the postcode {PC}.
Our postcode is {PC} and the sat nav takes everyone to the wrong road.
Is there any chance of a clinic closer to {PC}?
Postcode {PC}, in case you need it.
Live in {PC}, nothing local at all.
The patient transport booking had my postcode as something else, it's {PC}.
Your system wouldn't accept my postcode ({PC}) so I had to phone.
postcode {PC} btw
I put {PC} into the online form and it said no service, which is nonsense.
""")

FRAMES_ZIP = _split("""
I was visiting from {USZ} and your team helped me sort my medication.
Our home is in {USZ} so following up from there is tricky.
Please mail the paperwork to me in {USZ}.
We flew over from {USZ} for my sister's wedding and ended up here.
My insurance company is in {USZ} and needs a letter from you.
Visiting from {STZ} and honestly the NHS blew me away.
""")

FRAMES_HOSP = _split("""
My hospital number is {HN} if you want to look into this.
MRN {HN}.
Hosp no {HN} - check the notes, it's all there.
Ref: {HN}
Patient ID {HN}, still no letter.
Unit no. {HN}
My number on the wristband was {HN} if that helps.
Quote {HN} if you need to find my records.
My reference number is {HN}.
hospital no {HN}
Hospital number: {HN}.
Case number {HN}, please someone reply.
Please find my notes under {HN}.
The label on my file said {HN} but someone else's name was on it.
""")

FRAMES_NHS = _split("""
My NHS number is {NHS} for reference.
NHS no. {NHS}
Please check NHS number {NHS}, the details were wrong.
nhs num {NHS} if u need it
Mum's NHS number: {NHS}.
Please look up my file, NHS number {NHS}.
NHS Number {NHS} - still waiting for an outcome letter.
For your records my NHS number is {NHS}.
My NHS no is {NHS} and the GP says the referral went weeks ago.
""")

# frames holding more than one detail
FRAMES_MULTI = _split("""
My mum {FNF}, who is {AGE}, lives on her own in {T}.
{FN} from the {TU} team rang me on {D}.
Please call my son {FNM} on {PH}.
I'm {FULL}, {ADDR}, happy to talk.
Dad (DOB {DOB}, NHS {NHS}) was seen and sorted in a morning.
Contact: {FULL}, {PH}, {EM}
We drove from {TU} to {TU} on {D}.
Dr {LN} at {TU} referred me on {D}.
Nan is {AGE} and lives in {TU}, so the home visits were a lifeline.
Email {EM} or ring {PH}.
{FN} ({AGE}) was treated in {TU} before coming here.
Hospital number {HN}, NHS number {NHS}.
Visiting from {USZ}, you can reach me at {EM}.
Our address is {ADDR} and my number is {PH}.
My wife {FNF} and I came up from {T} on {D}.
Sister {FNF} in {TU} sent us here.
{FULLF}, aged {AGE}, passed away peacefully on {D} with the nurses beside her.
I live at {ADDRUK}, tel {PHUK}.
My {OREL} {FN} is {AGE} and the team in {TU} have been wonderful.
Please write to {FULL} at {ADDR}.
NHS number {NHS}, DOB {DOB}.
Saw Dr {LN} on {D} and they were brilliant.
My name is {FULL} and my number is {PH}.
Paramedics {FN} and {FN} came out to {TU} in record time.
Thank you {FN}! From all of us in {TU}.
Postcode {PC}, phone {PH}, please call before you come.
Admitted {D}, hospital number {HN}.
{FULL} ({EM}) would be happy to help with any patient panel.
dad is {AGE}, lives in {TU}, and the crew were lovely with him
My {REL} {FN} travelled from {TA} to be with me.
Born {DOB} in {TA}, and this country has been good to me.
Moved to {ADDR} on {D}, please update my details.
{FN} rang me at home in {TU} to check I was OK, above and beyond.
Mrs {LN} from {T} was my midwife and she was incredible.
ring {FNF} on {PH} she's my daughter
The nurse {FN} from {TA} was the kindest person I met.
""")

# sentences that use a word that is also a place or a name as an ordinary
# word -- never labelled
FRAMES_DECOY = _split("""
I did a lot of reading while I waited.
Couldn't wait to get home for a proper bath.
I hope you keep up the good work.
The nurse showed real grace under pressure.
It was a joy to be looked after by them.
You have restored my faith in the NHS.
The doctors will always have my thanks.
They made their mark on me, in a good way.
Got a clean bill of health in the end.
Staff rose to the occasion every time.
The physio told me to march on the spot every morning.
Patience was running thin in the waiting room.
It was a good deal quicker than last time.
The summer heat in the bay was unbearable.
Amber lights on the machine kept beeping all night.
Sunny disposition, every single one of them.
They were frank with me about the risks.
A pat on the back for the night staff.
The x-ray department was quick.
Took a while to settle in but the staff helped.
The noise from the corridor got on my wick a bit.
Had to split my tablets in half myself.
Everything is back to normal now.
My mobile ran out of charge in the waiting room.
Only had orange squash to drink.
It was a battle to get an appointment.
Brought a sandwich from home as the canteen was closed.
The coat hook in the cubicle was broken.
They gave me matching gowns which made me laugh.
Dogs barking outside kept me awake.
The wool blanket was lovely and warm.
The cheddar sandwiches were the best bit!
A holly wreath on the desk at Christmas was a nice touch.
Rich tea biscuits with every cuppa.
Someone had to nick a chair from the next bay for my husband.
Would grant them five stars if I could.
Had to wade through so many forms.
We arrived at dawn and the place was already busy.
Ginger biscuits helped with the sickness.
Honey and lemon drinks on request, lovely.
A robin on the window ledge was my only visitor some days.
Instructions were crystal clear.
Carol singers came round at Christmas and it lifted everyone.
It's a long street to walk down from the bus stop.
Lost my glasses but the porter found them.
The penny finally dropped when the doctor drew a diagram.
An absolute angel of a nurse.
Felt like a demolition derby in the waiting area.
Played rugby for years so I know pain, and they managed mine well.
I feel like a phoenix from the ashes now.
Would have killed for an Eccles cake.
Bakewell tart for pudding, can't complain.
Yorkshire pudding on a Sunday, proper job.
Brussels sprouts with every dinner in December!
Victoria sponge at the coffee morning was gorgeous.
They had Chelsea buns on the tea trolley.
Eton mess for dessert was a nice surprise.
They put my arm in plaster of Paris like the old days.
Sat there grinning like a Cheshire cat when they said I could go home.
After the row with reception I felt like I'd been sent to Coventry.
Bob's your uncle, all done in ten minutes.
The healthcare assistant was a jack of all trades.
Don't mean to be a nosy parker but the bays are very open.
I was a bit of a doubting Thomas but they proved me wrong.
Kendal mint cake from the shop kept me going.
Dundee cake in the family room, very civilised.
Bombay mix from the vending machine was my dinner.
Jaffa cakes for the kids were a nice touch.
The ward felt like a Turkish bath in the heatwave.
The heather in the garden area was pretty.
Had to chase them up three times.
They had to lance the abscess twice.
The shop downstairs had a sale on, handy for slippers.
The ward sister has the patience of a saint.
""")


# ---------------------------------------------------------------------------
# SOURCE: load, exclude, filter
# ---------------------------------------------------------------------------

def load_source():
    """Return [(id, stripped text, alias ids)] in file order, both files.

    The id of a phase-1 comment is its 0-based csv.DictReader row index.
    Older sets seem to have keyed phase-1 comments by the file's own
    `row_index` column instead (their ids run past the row count), so that
    value is kept as an alias and used for exclusion only."""
    rows = []
    with open(SRC1, encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            alias = []
            ri = (r.get("row_index") or "").strip()
            if ri.isdigit():
                alias.append("fft1:%d" % int(ri))
            rows.append(("fft1:%d" % i, (r.get("feedback") or "").strip(),
                         alias))
    with open(SRC2, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            rows.append(("fft2:%s" % (r.get("Comment ID") or "").strip(),
                         (r.get("FFT answer") or "").strip(), []))
    return rows


def excluded_ids():
    """Ids used by every other redaction_*.jsonl set (only the id field is
    read).  redaction_devset<N>.jsonl with N >= 19 is ignored so that the
    build stays reproducible."""
    ids = set()
    files = []
    for path in sorted(glob.glob(os.path.join(DATA_DIR, "redaction_*.jsonl"))):
        m = re.match(r"redaction_devset(\d+)\.jsonl$", os.path.basename(path))
        if m and int(m.group(1)) >= 19:
            continue
        files.append(os.path.basename(path))
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])
    return ids, files


WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")

ACRONYMS = set(_split("""
GP|GPS|GPs|NHS|COVID|A&E|CPN|CPNs|OT|OTs|OK|CBT|CAMHS|CAHMS|MH|PTSD|HV|HCA|
HCAs|COPD|ADHD|MDT|ICU|BSL|PPE|IV|MRI|ASAP|BP|ECG|CT|HDU|UTI|CPAP|BMI|EMDR|
NMC|CQC|DVLA|MSK|SLT|CNS|MND|TB|ID|SMS|TXT|OAP|BBQ|NB|PE|ED|PT|TV|DNA|ENT|
OCD|IBS|MS|TIA|DVT|ECT|ITU|CCU|AMU|OPD|PALS|CPR|AED|BPD|EUPD|LD|ASD|UK|TLC|
IT|ME|AM|PM|OBS|CV|PIP|DLA|ICT|CDT|SW|RMN|RGN|HCW|GPS|PA|UTIs|ECGs
"""))

CAP_ALLOW = set(MONTHS) | set(WEEKDAYS) | set(_split("""
I|I'm|I've|I'd|I'll|I\u2019m|I\u2019ve|I\u2019d|I\u2019ll|English|British|
Christmas|Xmas|Easter|Covid|Corona|Coronavirus|God|Facebook|Zoom|Google|
Internet|Teams|WhatsApp|Skype|Brexit|Asian|Polish|Muslim|Christian|Jewish|
Ramadan|Eid|Diwali|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Mon|Tues|Wed|Thurs|Fri|
Sat|Sun|Nurse|Nurses|Doctor|Doctors|Dr|Staff|Ward|Team|Hospital|Trust
"""))

# words that are both ordinary words and names/places
AMBIGUOUS = set(w.lower() for w in _split("""
mark|grace|dawn|hope|joy|faith|rose|will|bill|pat|jack|frank|angel|ray|rob|
sunny|sandy|rich|ivy|holly|ruby|amber|summer|jade|penny|robin|heather|iris|
carol|chase|lance|grant|wade|drew|nick|gene|earl|don|dean|guy|max|sue|bob|
patience|hunter|baker|cook|king|bell|hall|wood|green|brown|white|hill|ward|
price|cooper|turner|parker|walker|sky|crystal|honey|ginger|violet|daisy|
poppy|lily|willow|hazel|jasmine|pearl|mercy|unity|precious|blessing|gift
""")) | set(w.lower() for w in UK_WORDLIKE)

GENERIC_UNIT_MODS = set(_split("""
the|a|an|this|that|these|those|my|our|your|his|her|their|its|on|off|in|into|
to|from|at|of|and|or|no|by|be|as|got|between|every|another|other|same|which|
one|lovely|nice|good|great|brilliant|excellent|best|busy|big|quiet|pleasant|
regular|particular|favourite|local|dental|eye|day|assessment|respiratory|
burns|renal|ambulatory|walkin|care|health|call|memory|catheter|wound|leg|
foot|knee|hip|gp|en|maternity|stroke|mental|surgical|medical|main|whole|
any|each|new|old|right|wrong|correct|different|separate|open|clean|small|
large|general's|children's|childrens|kids|womens|women's|mens|men's|cardiac|
cancer|chemo|dialysis|fracture|eye|ear|skin|pain|diabetes|diabetic|elderly|
acute|emergency|urgent|treatment|outpatient|outpatients|inpatient|day-case|
rehab|rehabilitation|recovery|discharge|admissions|admission|short|stay|
long|was|were|is|are|for|with|without|after|before|about|around|near|
nearest|closest|same-day|then|when|what|just|also|even|still|so|very|too|
mixed|single|male|female|whole|entire|own|first|last|next|previous|another|
tidy|calm|caring|friendly|amazing|fantastic|wonderful|fab|super|clean|
spotless|dirty|noisy|hot|cold|cramped|modern|nhs|private|psychiatric|
psychiatry|therapy|physio|x-ray|xray|scan|blood|test|testing|vaccination|
vaccine|covid|antenatal|postnatal|labour|birth|birthing|delivery|neonatal|
baby|special|intensive|high|dependency|minor|injuries|injury|orthopaedic|
community|sexual|heart|lung|chest|breast|bowel|endoscopy|eating|disorder|
drug|alcohol|crisis|home|nursing|residential|respite|rest|halfway|safe|
support|team|staff|ward|unit|hospital|clinic|centre|practice|surgery|did|had
""")) - set(_split("general|royal|city|county|university|district|memorial|"
                   "cottage|victoria|queen|queens|kings|princess|infirmary"))

PLACE_SUFFIX_RE = re.compile(
    r"(?:brook|croft|field|ford|ton|ham|by|wick|worth|ley|den|dale|mouth|"
    r"bury|borough|brough|minster|caster|chester|pool|stead|thorpe|haven|"
    r"mere|lands|combe|hurst|shaw|ington|well|burn|side)$")


class Filter:
    """Decide whether a comment already holds a personal detail or something
    that looks like one.  Built from the corpus itself (common lower-case
    words) plus this builder's own name and place lists."""

    def __init__(self, all_texts):
        self.common = Counter()
        for t in all_texts:
            for w in WORD_RE.findall(t):
                if w.islower():
                    self.common[w] += 1
        names, places = set(), set()
        for lst in (GIVEN, SURNAMES, NICKNAMES, PLACE_NAMES):
            for x in lst:
                for w in re.findall(r"[^\W\d_]+", x):
                    names.add(w.lower())
        place_lists = [UK_CITIES, UK_TOWNS, UK_VILLAGES, UK_WORDLIKE, WELSH,
                       SCOTTISH, NI_PLACES, IRELAND, COUNTIES,
                       [c for c, _ in ABROAD], [c for c, _, _ in US_CITIES],
                       [t for t, _ in TOWN_COUNTY] + [c for _, c in TOWN_COUNTY],
                       LOCALITIES, [t for t, _, _ in UK_ADDR_TOWNS]]
        for lst in place_lists:
            for x in lst:
                for w in re.findall(r"[^\W\d_]+", x):
                    places.add(w.lower())
        self.namelike = names | places

    def is_common(self, w, n=3):
        return self.common[w.lower()] >= n

    def reason(self, text):
        if not (20 <= len(text) <= 600):
            return "length"
        if re.search(r"\d{3,}", text):
            return "digits"
        if re.search(r"\d\s*(?:st|nd|rd|th)\b", text, re.I):
            return "ordinal"
        if re.search(r"(?<!\d)(?:9\d|1[01]\d)(?!\d)", text) or \
                re.search(r"\b(?:ninety|hundred)", text, re.I):
            return "age_90_plus"
        if re.search(r"\b\d{1,4}\s*[/.\-]\s*\d{1,4}\b", text):
            return "digit_date"
        if re.search(r"\b\d{1,2}\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|"
                     r"sep|oct|nov|dec)[a-z]*\b", text, re.I) or \
                re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                          r"[a-z]*\.?\s+\d{1,2}\b", text, re.I):
            return "date"
        if "@" in text or re.search(r"https?:|www\.|\.(?:com|co\.uk|org|net|"
                                    r"uk|gov)\b", text, re.I):
            return "email_url"
        if re.search(r"[xX]{3,}|\*|#|\[|\]|<|>|\{|\}|_{2,}|REDACTED|"
                     r"\bNAME\b|TRUNCATED|\bX\b", text):
            return "redaction_mark"
        if re.search(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Sister|"
                     r"Nurse|Matron|Sr|Rev|Sir|Dame|Lady|Lord|Capt|Father|"
                     r"Auntie|Aunty|Uncle|Nan|Nana|Grandma|Grandad|Cllr)\.?\s+"
                     r"[A-Z]", text):
            return "title_name"
        if re.search(r"\b(?:mr|mrs|ms|miss|mx)\b\.?\s+[^\W\d_]", text, re.I):
            return "title_name"
        for m in re.finditer(r"\b(?:dr|doctor|nurse|sister|matron)\.?\s+"
                             r"([^\W\d_]+)", text, re.I):
            if not self.is_common(m.group(1), 10):
                return "title_name"
        letters = [c for c in text if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.5 * len(letters):
            return "capitals"
        if re.search(r"\bward\s+(?:\d+|[a-z])\b", text, re.I):
            return "ward_name"
        for m in re.finditer(r"\b([^\W\d_]+(?:['\u2019]s)?)\s+(ward|unit|lodge|"
                             r"house|centre|center|clinic|hospital|infirmary|"
                             r"suite)\b", text, re.I):
            mod = m.group(1).lower()
            kind = m.group(2).lower()
            if kind == "house" and mod in ("the", "our", "my", "his", "her",
                                           "their", "your", "a", "of", "at",
                                           "whole", "s", "own", "family",
                                           "big", "empty", "in", "to",
                                           "from", "mum's", "dad's"):
                continue
            if mod not in GENERIC_UNIT_MODS:
                return "unit_name"
        for m in WORD_RE.finditer(text):
            tok = m.group(0)
            base = re.sub(r"['\u2019]s$", "", tok)
            low = base.lower()
            start = m.start()
            prev = text[:start].rstrip()
            sent_initial = (not prev) or prev[-1] in ".!?:;\"'\n(-)" or \
                prev.endswith("\u2019")
            if base[0].isupper():
                if len(base) == 1:
                    if base in ("I",):
                        continue
                    if base == "A" and (sent_initial or
                                        text[m.end():m.end() + 2] == "&E"):
                        continue
                    if base == "E" and text[max(0, start - 2):start] == "A&":
                        continue
                    return "initial"
                if base.isupper():
                    if base in ACRONYMS:
                        continue
                    if len(base) >= 3 and self.is_common(low) and \
                            low not in self.namelike:
                        continue
                    if len(base) >= 3 and self.is_common(low, 30):
                        continue
                    return "caps_token"
                if base in CAP_ALLOW:
                    continue
                if low in AMBIGUOUS:
                    if sent_initial and self.is_common(low, 30):
                        continue
                    return "ambiguous_name"
                if low in self.namelike and not self.is_common(low, 30):
                    return "known_name"
                if not self.is_common(low):
                    return "rare_capital"
                continue
            # lower-case token
            if low in self.namelike and not self.is_common(low):
                return "lower_name"
            if low in AMBIGUOUS and not self.is_common(low):
                return "lower_name"
            if not self.is_common(low) and len(low) >= 5 and \
                    PLACE_SUFFIX_RE.search(low):
                return "lower_placelike"
            if len(low) == 1 and low not in ("a", "i", "x", "s", "t", "o"):
                return "initial"
        return None


def select_pool(rng_unused=None):
    rows = load_source()
    ex_ids, ex_files = excluded_ids()
    norm = lambda t: re.sub(r"\s+", " ", t).strip().lower()
    ex_texts = set()
    for rid, t, alias in rows:
        if rid in ex_ids or any(a in ex_ids for a in alias):
            ex_texts.add(t)
            ex_texts.add(norm(t))
    flt = Filter([t for _, t, _ in rows])
    seen = set()
    pool = []
    reasons = Counter()
    for rid, t, alias in rows:
        if not t:
            reasons["empty"] += 1
            continue
        if rid in ex_ids:
            reasons["excluded_id"] += 1
            continue
        if any(a in ex_ids for a in alias):
            reasons["excluded_row_index_alias"] += 1
            continue
        if t in ex_texts or norm(t) in ex_texts:
            reasons["excluded_text"] += 1
            continue
        if norm(t) in seen:
            reasons["duplicate"] += 1
            continue
        seen.add(norm(t))
        why = flt.reason(t)
        if why:
            reasons[why] += 1
            continue
        pool.append((rid, t))
    return pool, reasons, ex_ids, ex_files, len(rows)


# ---------------------------------------------------------------------------
# FRAME REGISTRY AND RENDERING
# ---------------------------------------------------------------------------

SLOT_PLAN_TYPE = {
    "T": "TOWN", "TU": "TOWN", "TA": "TOWN", "TC": "TOWN",
    "USZ": "ZIP", "STZ": "ZIP",
    "FN": "NAME", "LN": "NAME", "FULL": "NAME", "ANY": "NAME",
    "INIT": "NAME", "NICK": "NAME", "PN": "PN",
    "FNF": "NAME", "FNM": "NAME", "FULLF": "NAME", "FULLM": "NAME",
    "ANYF": "NAME", "ANYM": "NAME", "PNF": "PN", "PNM": "PN",
    "D": "DATE", "DOB": "DATE", "AGE": "AGE_OVER_89",
    "ADDR": "ADDRESS", "ADDRUK": "ADDRESS", "ADDRAB": "ADDRESS",
    "PH": "PHONE", "PHUK": "PHONE", "PHUS": "PHONE", "EM": "EMAIL",
    "PC": "POSTCODE", "HN": "HOSPITAL_NUMBER", "NHS": "NHS_NUMBER",
}
FILLER_SLOTS = ("REL", "OREL", "RELF", "RELM", "ROLE")
SLOT_RE = re.compile(r"\{([A-Z]+)\}")

# (category name, frames, weight when a single detail of a type is wanted)
CATEGORIES = [
    ("town", FRAMES_TOWN, 10.0), ("town_abroad", FRAMES_TOWN_ABROAD, 2.5),
    ("town_txt", FRAMES_TOWN_TXT, 1.5), ("town_angry", FRAMES_TOWN_ANGRY, 1.5),
    ("town_terse", FRAMES_TOWN_TERSE, 1.0),
    ("town_ramble", FRAMES_TOWN_RAMBLE, 0.8), ("town_county", FRAMES_TC, 1.0),
    ("town2", FRAMES_TOWN2, 1.0),
    ("address", FRAMES_ADDRESS, 8.0),
    ("address_abroad", FRAMES_ADDRESS_ABROAD, 2.0),
    ("address_uk", FRAMES_ADDRESS_UK, 2.0),
    ("name", FRAMES_NAME, 10.0), ("name_txt", FRAMES_NAME_TXT, 1.5),
    ("name_angry", FRAMES_NAME_ANGRY, 1.5),
    ("name_place", FRAMES_NAME_PLACE, 1.0),
    ("date", FRAMES_DATE, 8.0), ("dob", FRAMES_DOB, 2.5),
    ("age", FRAMES_AGE, 1.0), ("phone", FRAMES_PHONE, 6.0),
    ("phone_us", FRAMES_PHONE_US, 0.6), ("email", FRAMES_EMAIL, 1.0),
    ("postcode", FRAMES_POSTCODE, 1.0), ("zip", FRAMES_ZIP, 1.0),
    ("hosp", FRAMES_HOSP, 1.0), ("nhs", FRAMES_NHS, 1.0),
    ("multi", FRAMES_MULTI, 1.0),
]


def frame_key(template):
    c = Counter()
    for s in SLOT_RE.findall(template):
        if s in FILLER_SLOTS:
            continue
        c[SLOT_PLAN_TYPE[s]] += 1
    return tuple(sorted(c.items()))


class Frames:
    def __init__(self, rng):
        self.rng = rng
        self.by_key = OrderedDict()   # key -> list of (cat, weight, deck)
        for cat, frames, w in CATEGORIES:
            groups = OrderedDict()
            for fr in frames:
                groups.setdefault(frame_key(fr), []).append(fr)
            for key, frs in groups.items():
                self.by_key.setdefault(key, []).append(
                    (cat, w, Deck(rng, frs)))
        self.decoys = Deck(rng, FRAMES_DECOY)
        self.n_templates = sum(len(f) for _, f, _ in CATEGORIES) + \
            len(FRAMES_DECOY)

    def single(self, typ):
        key = ((typ, 1),)
        opts = self.by_key[key]
        total = sum(w for _, w, _ in opts)
        x = self.rng.random() * total
        for cat, w, deck in opts:
            x -= w
            if x < 0:
                return cat, deck.draw()
        cat, _, deck = opts[-1]
        return cat, deck.draw()

    def multi(self, remaining):
        """A frame using >= 2 of the remaining planned types, or None."""
        have = Counter(remaining)
        cands = []
        for key, opts in self.by_key.items():
            if sum(n for _, n in key) < 2:
                continue
            if all(have[t] >= n for t, n in key):
                for cat, w, deck in opts:
                    cands.append((key, cat, deck))
        if not cands:
            return None
        key, cat, deck = cands[self.rng.randrange(len(cands))]
        return key, cat, deck.draw()


def render(gen, template):
    """-> list of [text, label, kind]; kind: lit (frame words), val (a
    planted detail), conn (unlabelled text produced with a detail)."""
    segs = []
    pos = 0
    pending = None        # gender of the relative word just written
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            segs.append([template[pos:m.start()], None, "lit"])
        slot = m.group(1)
        pos = m.end()
        if slot in ("REL", "OREL", "RELF", "RELM"):
            if slot == "RELF":
                word = gen.pick(sorted(FEMALE_REL - {"lady", "woman",
                                                     "little girl"}))
            elif slot == "RELM":
                word = gen.pick(sorted(MALE_REL - {"gentleman", "chap", "man",
                                                   "little boy"}))
            else:
                word = (gen.d_rel if slot == "REL" else gen.d_orel).draw()
            pending = rel_gender(word)
            segs.append([word, None, "lit"])
            continue
        if slot == "ROLE":
            segs.append([gen.d_role.draw(), None, "lit"])
            continue
        for text, label in slot_value(gen, slot, pending):
            segs.append([text, label, "val" if label else "conn"])
        if SLOT_PLAN_TYPE.get(slot) in ("NAME", "PN"):
            pending = None
    if pos < len(template):
        segs.append([template[pos:], None, "lit"])
    return segs


def slot_value(gen, slot, pending=None):
    if slot.endswith(("F", "M")) and slot[:-1] in ("FN", "FULL", "PN", "ANY"):
        pending = slot[-1]
        slot = slot[:-1]
    if slot == "T":
        return gen.town()
    if slot == "TU":
        return gen.town_uk()
    if slot == "TA":
        return gen.town_abroad()
    if slot == "TC":
        return gen.town("tc")
    if slot == "USZ":
        return gen.us_zip()
    if slot == "STZ":
        return gen.state_zip()
    if slot == "FN":
        return [(gen.first(pending), "NAME")]
    if slot == "LN":
        return [(gen.surname(), "NAME")]
    if slot == "FULL":
        return [(gen.full(pending), "NAME")]
    if slot == "ANY":
        return [(gen.any_name(pending), "NAME")]
    if slot == "INIT":
        return [(gen.init_surname(), "NAME")]
    if slot == "NICK":
        return [(gen.d_nick.draw(), "NAME")]
    if slot == "PN":
        return [(gen.place_name(pending), "NAME")]
    if slot == "D":
        return gen.date()
    if slot == "DOB":
        return gen.dob()
    if slot == "AGE":
        return gen.age()
    if slot == "ADDR":
        return gen.address()
    if slot == "ADDRUK":
        return gen.address_uk()
    if slot == "ADDRAB":
        return gen.address_abroad()
    if slot == "PH":
        return gen.phone()
    if slot == "PHUK":
        return gen.phone(gen.pick(["mob", "geo"]))
    if slot == "PHUS":
        return gen.phone("us")
    if slot == "EM":
        return gen.email()
    if slot == "PC":
        return gen.postcode()
    if slot == "HN":
        return gen.hospital_number()
    if slot == "NHS":
        return gen.nhs_number()
    raise KeyError(slot)


MISSPELL = {
    "because": "becuase", "received": "recieved", "definitely": "definately",
    "really": "realy", "brilliant": "brillant", "appointment": "appointmnet",
    "hospital": "hosptial", "thank": "thnak", "their": "thier",
    "which": "wich", "excellent": "excellant", "professional": "proffesional",
    "absolutely": "absolutly", "amazing": "amazin", "wonderful": "wonderfull",
    "friendly": "freindly", "especially": "expecially", "nurses": "nurces",
    "people": "poeple", "the": "teh", "should": "shoud", "waiting": "wating",
    "would": "woud", "believe": "beleive", "until": "untill",
    "tomorrow": "tommorow", "separate": "seperate", "address": "adress",
    "number": "numebr", "please": "pleae", "staff": "staf",
    "ambulance": "ambulence", "family": "famliy", "with": "wiht",
    "from": "form", "about": "abuot", "always": "allways",
}


def typo(rng, word):
    low = word.lower()
    if low in MISSPELL and rng.random() < 0.6:
        out = MISSPELL[low]
        return out.capitalize() if word[:1].isupper() else out
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def apply_style(rng, segs, style, typos=0):
    for s in segs:
        text, label, kind = s
        if style == "lower":
            if label in ("POSTCODE", "HOSPITAL_NUMBER") and rng.random() < 0.5:
                continue
            s[0] = text.lower()
        elif style == "caps":
            if label == "EMAIL":
                continue
            s[0] = text.upper()
        else:
            if label == "NAME" and rng.random() < 0.1:
                s[0] = text.lower()
            elif label == "TOWN" and rng.random() < 0.07:
                s[0] = text.lower()
    done = 0
    touched = set()
    for _ in range(typos * 4):
        if done >= typos:
            break
        lits = [s for s in segs if s[2] == "lit"]
        cands = []
        for s in lits:
            for m in re.finditer(r"[A-Za-z]{4,}", s[0]):
                cands.append((s, m))
        if not cands:
            break
        s, m = cands[rng.randrange(len(cands))]
        if (id(s), m.start()) in touched:
            continue
        new = typo(rng, m.group(0))
        if new != m.group(0):
            s[0] = s[0][:m.start()] + new + s[0][m.end():]
            touched.add((id(s), m.start()))
            done += 1
    return done


# ---------------------------------------------------------------------------
# ANCHORS: write a detail into a natural spot inside the comment
# ---------------------------------------------------------------------------

REL_WORDS = (r"mum|mam|mother|dad|father|husband|wife|partner|son|daughter|"
             r"nan|nana|gran|granny|grandma|grandad|grandpa|grandson|"
             r"granddaughter|brother|sister|auntie|aunt|uncle|baby|niece|"
             r"nephew|friend|neighbour")
OLD_WORDS = (r"mum|mam|mother|dad|father|husband|wife|nan|nana|gran|granny|"
             r"grandma|grandad|grandpa|auntie|aunt|uncle|neighbour")
STAFF_WORDS = (r"nurse|doctor|paramedic|receptionist|midwife|physio|"
               r"physiotherapist|consultant|surgeon|therapist|driver|"
               r"call handler|psychiatrist|psychologist|health visitor|"
               r"technician|porter|pharmacist|dentist|care coordinator|"
               r"social worker|gentleman|lady|chap|operator|call taker|"
               r"ambulance driver|counsellor|practitioner|clinician|man|woman")
# an anchor is not used when the next word makes it part of a compound
# ("appointment time", "the ambulance service", "health visitor advice line")
NO_COMPOUND = (r"(?!\s+(?:time|times|letter|letters|slot|slots|system|systems|"
               r"card|cards|booking|bookings|line|lines|date|dates|reminder|"
               r"reminders|process|team|teams|service|services|department|"
               r"clinic|centre|staff|crew|driver|drivers|call|calls|handler|"
               r"handlers|station|room|number|desk|advice|there|here|arrived|"
               r"arrive|arriving|waiting|wait|times|was\s+late|itself|"
               r"itself|care|access|transport|support|visits?|checks?)\b)")
END_WORD = r"\b(?![-'\u2019])"


def _anchor_rx(body):
    return re.compile(body + END_WORD + NO_COMPOUND, re.I)


ANCHORS = {
    "NAME": [
        ("rel_name", _anchor_rx(r"\b(?:my|our|his|her)\s+(?:%s)" % REL_WORDS)),
        ("staff_name", _anchor_rx(r"\b(?:the|our|my)\s+(?:%s)"
                                  % STAFF_WORDS)),
    ],
    "AGE_OVER_89": [
        ("rel_age", _anchor_rx(r"\b(?:my|our|his|her)\s+(?:%s)" % OLD_WORDS)),
    ],
    "TOWN": [
        ("service_town", _anchor_rx(r"\b(?:the|to|at|in|into|from|our|local)"
                                    r"\s+(hospital|A&E|walk-in centre|"
                                    r"walk in centre|health centre|"
                                    r"ambulance station)")),
        ("home_town", _anchor_rx(r"\b(?:got|get|getting|go|going|went|take|"
                                 r"taking|took|taken|sent|send|back|came|come|"
                                 r"coming|drive|drove|driven|travel|lift|"
                                 r"brought|bring|return|returned|returning|"
                                 r"at)\s+(?:me\s+|us\s+|him\s+|her\s+|"
                                 r"them\s+)?home")),
        ("crew_town", _anchor_rx(r"\bthe\s+(?:ambulance|crew|paramedics)")),
    ],
    "DATE": [
        ("event_date", _anchor_rx(r"\b(?:my|the|an|this|her|his|our|first|"
                                  r"last|next)\s+(?:appointment|operation|"
                                  r"procedure|scan|visit|admission|"
                                  r"assessment|consultation|phone call|"
                                  r"home visit|review)")),
        ("event_date", _anchor_rx(r"\b(?:was admitted|was discharged|came in|"
                                  r"went in|was seen|were seen)")),
    ],
}


def try_anchor(gen, orig, typ, used_pos, lower):
    """Return (pos, segs, anchor name) or None."""
    rng = gen.rng
    opts = []
    for name, rx in ANCHORS.get(typ, []):
        for m in rx.finditer(orig):
            opts.append((name, m))
    if not opts:
        return None
    name, m = opts[rng.randrange(len(opts))]
    e = m.end()
    if any(abs(e - p) < 2 for p in used_pos):
        return None
    nxt = orig[e:e + 2]
    words_follow = len(nxt) == 2 and nxt[0] == " " and nxt[1].isalpha()
    if name in ("rel_name", "staff_name"):
        if name == "staff_name" and re.search(r"(?:doctor|consultant|surgeon)$",
                                              m.group(0), re.I) \
                and rng.random() < 0.4:
            val = [("Dr ", None), (gen.surname(), "NAME")]
        else:
            word = re.sub(r"^\S+\s+", "", m.group(0))
            g = rel_gender(word)
            val = [(gen.full(g) if rng.random() < 0.25 else gen.first(g),
                    "NAME")]
        forms = ["paren", "bare"] + (["commas", "commas"] if words_follow
                                     else [])
        if name == "staff_name":
            forms.append("called")
        form = gen.pick(forms)
        if form == "paren":
            segs = [(" (", None)] + val + [(")", None)]
        elif form == "commas":
            segs = [(", ", None)] + val + [(",", None)]
        elif form == "called":
            segs = [(" called ", None)] + val
        else:
            segs = [(" ", None)] + val
        pos = e
    elif name == "rel_age":
        val = gen.age()
        forms = ["paren"] + (["commas", "aged"] if words_follow else
                             ["aged_end"])
        form = gen.pick(forms)
        if form == "paren":
            segs = [(" (", None)] + val + [(")", None)]
        elif form == "commas":
            segs = [(", ", None)] + val + [(",", None)]
        elif form == "aged":
            segs = [(", aged ", None)] + val + [(",", None)]
        else:
            segs = [(", aged ", None)] + val
        pos = e
    elif name == "service_town":
        val = gen.town(gen.wpick([(3, "city"), (5, "town"), (1, "welsh"),
                                  (1, "scot"), (1, "ni"), (1, "village")]))
        if rng.random() < 0.6:
            pos = m.start(1)
            segs = val + [(" ", None)]
        else:
            pos = e
            segs = [(gen.pick([" in ", " at "]), None)] + val
    elif name == "home_town":
        val = gen.town_uk()
        pos = e
        at = m.group(0).lower().startswith("at")
        segs = [(" in " if at else " to ", None)] + val
    elif name == "crew_town":
        val = gen.town_uk()
        pos = e
        segs = [(" from ", None)] + val
    elif name == "event_date":
        val = gen.date()
        pos = e
        segs = [(" on ", None)] + val
    else:
        return None
    if any(p == pos for p in used_pos):
        return None
    out = [[t, l, "val" if l else "conn"] for t, l in segs]
    if lower:
        for s in out:
            s[0] = s[0].lower()
    else:
        for s in out:
            if s[1] == "NAME" and rng.random() < 0.1:
                s[0] = s[0].lower()
    return pos, out, name


# ---------------------------------------------------------------------------
# RECORDS
# ---------------------------------------------------------------------------

CHECK_STOP = set(_split("""
on|upon|of|the|le|la|de|in|by|under|st|and|y|na|an|a|van|den|der|dela|mac|
ní|ó|en|du|des|o|t|s|di|da|al|el|ar|es|e|do|dos
"""))

PLAN = OrderedDict([
    ("TOWN", 380), ("NAME", 178), ("PN", 25), ("ADDRESS", 150),
    ("DATE", 82), ("AGE_OVER_89", 32), ("PHONE", 36), ("EMAIL", 26),
    ("POSTCODE", 26), ("ZIP", 16), ("HOSPITAL_NUMBER", 28),
    ("NHS_NUMBER", 24),
])
DECOY_RECORDS = 60
DECOY_DETAIL_BAG = [("TOWN", 10), ("NAME", 9), ("DATE", 4), ("ADDRESS", 4),
                    ("PHONE", 2), ("AGE_OVER_89", 1)]
EMPTY_RECORDS = 8
K_WEIGHTS = [(30, 1), (36, 2), (24, 3), (10, 4)]


def validate_record(rec):
    text, orig, ents = rec["text"], rec["original"], rec["entities"]
    last = 0
    for e in ents:
        assert text[e["start"]:e["end"]] == e["value"], e
        assert e["start"] >= last, "overlap or order"
        assert e["value"] == e["value"].strip() and e["value"], e
        last = e["end"]
    # original must be a subsequence of text
    it = iter(text)
    assert all(ch in it for ch in orig), "original not a subsequence"
    spans = [(e["start"], e["end"]) for e in ents]
    for e in ents:
        if e["type"] not in ("TOWN", "NAME"):
            continue
        for w in re.findall(r"[^\W\d_]+", e["value"]):
            if len(w) < 2 or w.lower() in CHECK_STOP:
                continue
            rx = re.compile(r"(?<![^\W\d_])%s(?![^\W\d_])" % re.escape(w),
                            re.I)
            for m in rx.finditer(text):
                if not any(s <= m.start() and m.end() <= t for s, t in spans):
                    return False
    return True


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.gen = Gen(rng)
        self.frames = Frames(rng)
        self.meta = []

    def pick_style(self, orig):
        if not any(c.isupper() for c in orig):
            return "lower"
        x = self.rng.random()
        if x < 0.22:
            return "lower"
        if x < 0.27:
            return "caps"
        return "normal"

    def sentence_segs(self, remaining, style, typo_budget, lower_orig):
        """Choose one frame for some of the remaining planned types."""
        rng = self.rng
        if "PN" in remaining:
            remaining.remove("PN")
            cat, fr = "name_place", self.frames.by_key[(("PN", 1),)][0][2].draw()
            return cat, fr, render(self.gen, fr)
        if len(remaining) >= 2 and rng.random() < 0.45:
            got = self.frames.multi(remaining)
            if got:
                key, cat, fr = got
                for t, n in key:
                    for _ in range(n):
                        remaining.remove(t)
                return cat, fr, render(self.gen, fr)
        t = remaining.pop(0)
        cat, fr = self.frames.single(t)
        return cat, fr, render(self.gen, fr)

    def build(self, rid, orig, plan, decoy=False):
        rng = self.rng
        for attempt in range(120):
            rec, meta = self._attempt(rid, orig, list(plan), decoy)
            if rec is not None and validate_record(rec):
                n = len(rec["entities"])
                if plan and not decoy and not (1 <= n <= 4):
                    continue
                if decoy and n > 2:
                    continue
                meta["attempts"] = attempt + 1
                return rec, meta
        raise RuntimeError("could not build record %s" % rid)

    def _attempt(self, rid, orig, remaining, decoy):
        rng = self.rng
        style = self.pick_style(orig)
        lower_orig = not any(c.isupper() for c in orig)
        inserts = []          # (pos, seq, segs)
        used_pos = []
        meta = {"id": rid, "style": style, "frames": [], "anchors": [],
                "placements": [], "typos": 0, "decoy": decoy}
        # 1. details written into the comment itself
        for t in list(remaining):
            if t in ("NAME", "TOWN", "DATE", "AGE_OVER_89") and \
                    rng.random() < 0.85:
                got = try_anchor(self.gen, orig, t, used_pos,
                                 lower_orig or style == "lower")
                if got:
                    pos, segs, name = got
                    inserts.append((pos, 0, segs))
                    used_pos.append(pos)
                    remaining.remove(t)
                    meta["anchors"].append(name)
        # 2. added sentences
        sentences = []
        typo_n = 0
        if style != "caps" and rng.random() < 0.14:
            typo_n = rng.choice([1, 1, 1, 2])
        while remaining:
            cat, fr, segs = self.sentence_segs(remaining, style, typo_n,
                                               lower_orig)
            sentences.append(segs)
            meta["frames"].append((cat, fr))
        if decoy:
            fr = self.frames.decoys.draw()
            sentences.insert(rng.randrange(len(sentences) + 1),
                             [[fr, None, "lit"]])
            meta["frames"].append(("decoy", fr))
        for segs in sentences:
            meta["typos"] += apply_style(rng, segs, style,
                                         typo_n if meta["typos"] == 0 else 0)
        # 3. place sentences: before, after, or between the comment's sentences
        bounds = [m.end() for m in re.finditer(r"[.!?]+(?=\s+\S)", orig)]
        bounds = [b for b in bounds if all(abs(b - p) > 1 for p in used_pos)]
        groups = OrderedDict()
        for segs in sentences:
            where = self.wpick_place(bool(bounds))
            if where == "middle":
                where = ("middle", bounds[rng.randrange(len(bounds))])
            groups.setdefault(where, []).append(segs)
        for where, sents in groups.items():
            joined = []
            for i, s in enumerate(sents):
                if i:
                    joined.append([rng.choice([" ", " ", " ", "\n"]), None,
                                   "lit"])
                joined.extend(s)
            last_char = "".join(s[0] for s in joined).rstrip()[-1:]
            ends = last_char in ".!?)"
            if where == "before":
                if ends:
                    sep = rng.choice([" ", " ", " ", "\n", "\n\n", "  "])
                else:
                    sep = rng.choice(["\n", " - ", ". ", "\n"])
                inserts.append((0, 1, joined + [[sep, None, "lit"]]))
                meta["placements"].append("before")
            elif where == "after":
                oc = orig.rstrip()[-1:]
                if oc in ".!?)":
                    sep = rng.choice([" ", " ", " ", "\n", "\n\n", "  "])
                else:
                    sep = rng.choice([". ", ". ", " - ", "\n", " ", "! "])
                tail = [] if ends or rng.random() < 0.5 else \
                    [[rng.choice([".", "!", ""]), None, "lit"]]
                inserts.append((len(orig), 2, [[sep, None, "lit"]] + joined +
                                tail))
                meta["placements"].append("after")
            else:
                pos = where[1]
                tail = [] if ends else [[".", None, "lit"]]
                inserts.append((pos, 1, [[" ", None, "lit"]] + joined + tail))
                meta["placements"].append("middle")
        # 4. assemble
        inserts.sort(key=lambda x: (x[0], x[1]))
        out, ents = [], []
        cur = 0
        length = 0
        for pos, _, segs in inserts:
            piece = orig[cur:pos]
            out.append(piece)
            length += len(piece)
            cur = pos
            for text, label, kind in segs:
                if not text:
                    continue
                if label:
                    ents.append(OrderedDict([
                        ("start", length), ("end", length + len(text)),
                        ("type", label), ("value", text),
                        ("profiles", list(PROFILES[label]))]))
                out.append(text)
                length += len(text)
        out.append(orig[cur:])
        text = "".join(out)
        rec = OrderedDict([("id", rid), ("text", text), ("original", orig),
                           ("entities", ents)])
        return rec, meta

    def wpick_place(self, has_bounds):
        x = self.rng.random()
        if has_bounds and x < 0.2:
            return "middle"
        if x < 0.5:
            return "before"
        return "after"


def make_plans(rng):
    bag = []
    for t, n in PLAN.items():
        bag += [t] * n
    rng.shuffle(bag)
    plans = []
    while bag:
        total = sum(w for w, _ in K_WEIGHTS)
        x = rng.random() * total
        k = K_WEIGHTS[-1][1]
        for w, kk in K_WEIGHTS:
            x -= w
            if x < 0:
                k = kk
                break
        chunk, bag = bag[:k], bag[k:]
        # at most one PN and one ADDRESS per record reads more naturally
        plans.append(chunk)
    # one ADDRESS and one PN per record at most: swap extras elsewhere
    for t in ("ADDRESS", "PN"):
        for i, p in enumerate(plans):
            while p.count(t) > 1:
                for j, q in enumerate(plans):
                    if j == i or t in q:
                        continue
                    k = next((k for k, x in enumerate(q)
                              if x not in ("ADDRESS", "PN")), None)
                    if k is None:
                        continue
                    a = p.index(t)
                    p[a], q[k] = q[k], p[a]
                    break
                else:
                    raise RuntimeError("cannot spread " + t)
    return plans


def build_all():
    rng = random.Random(SEED)
    pool, reasons, ex_ids, ex_files, n_rows = select_pool()
    builder = Builder(rng)
    plans = make_plans(rng)
    decoy_bag = []
    for t, n in DECOY_DETAIL_BAG:
        decoy_bag += [t] * n
    decoy_plans = [[t] for t in decoy_bag] + \
        [[] for _ in range(DECOY_RECORDS - len(decoy_bag))]
    rng.shuffle(decoy_plans)
    n_needed = len(plans) + len(decoy_plans) + EMPTY_RECORDS
    order = list(pool)
    rng.shuffle(order)
    # comments with a natural anchor for a detail go first, so that details
    # can be written into them where such a spot exists
    has_anchor = [any(rx.search(t) for lst in ANCHORS.values()
                      for _, rx in lst) for _, t in order]
    order = [x for x, a in zip(order, has_anchor) if a] + \
        [x for x, a in zip(order, has_anchor) if not a]
    if len(order) < n_needed:
        raise RuntimeError("pool too small: %d < %d" % (len(order), n_needed))
    chosen = order[:n_needed]
    jobs = [("detail", p) for p in plans] + \
        [("decoy", p) for p in decoy_plans] + \
        [("empty", []) for _ in range(EMPTY_RECORDS)]
    rng.shuffle(jobs)
    records, metas = [], []
    for (rid, orig), (kind, plan) in zip(chosen, jobs):
        if kind == "empty":
            rec = OrderedDict([("id", rid), ("text", orig), ("original", orig),
                               ("entities", [])])
            meta = {"id": rid, "style": "none", "frames": [], "anchors": [],
                    "placements": [], "typos": 0, "decoy": False,
                    "attempts": 1}
        else:
            rec, meta = builder.build(rid, orig, plan, decoy=(kind == "decoy"))
        assert validate_record(rec)
        meta["kind"] = kind
        records.append(rec)
        metas.append(meta)
    info = {"pool": len(pool), "reasons": reasons, "n_rows": n_rows,
            "n_excluded_ids": len(ex_ids), "excluded_files": ex_files,
            "n_templates": builder.frames.n_templates}
    return records, metas, info


# ---------------------------------------------------------------------------
# OUTPUT, STATS, CARD
# ---------------------------------------------------------------------------

TYPE_ORDER = ["TOWN", "ADDRESS", "NAME", "DATE", "AGE_OVER_89", "PHONE",
              "EMAIL", "POSTCODE", "ZIP", "HOSPITAL_NUMBER", "NHS_NUMBER"]


def town_group(value):
    v = value.lower()
    groups = [("UK city", UK_CITIES), ("UK town or district", UK_TOWNS),
              ("UK village", UK_VILLAGES),
              ("UK place named like a word or given name", UK_WORDLIKE),
              ("Wales (incl. Welsh names)", WELSH),
              ("Scotland (incl. Gaelic names)", SCOTTISH),
              ("Northern Ireland", NI_PLACES), ("Ireland", IRELAND),
              ("county", COUNTIES + [c for _, c in TOWN_COUNTY]),
              ("UK town (town, county pairs)", [t for t, _ in TOWN_COUNTY]),
              ("US city", [c for c, _, _ in US_CITIES]),
              ("city abroad", [c for c, _ in ABROAD])]
    for name, lst in groups:
        if v in (x.lower() for x in lst):
            return name
    return "other"


def compute_stats(records, metas, info):
    st = OrderedDict()
    st["records"] = len(records)
    kinds = Counter(m["kind"] for m in metas)
    st["records by kind"] = OrderedDict(
        [("with planted details", kinds["detail"]),
         ("decoy (word that is also a place/name used as an ordinary word)",
          kinds["decoy"]),
         ("decoy records that also hold a detail",
          sum(1 for r, m in zip(records, metas)
              if m["kind"] == "decoy" and r["entities"])),
         ("no detail at all (untouched comment)", kinds["empty"])])
    st["records by source"] = OrderedDict(
        sorted(Counter(r["id"].split(":")[0] for r in records).items()))
    ents = [e for r in records for e in r["entities"]]
    st["labelled details"] = len(ents)
    c = Counter(e["type"] for e in ents)
    st["details by type"] = OrderedDict((t, c[t]) for t in TYPE_ORDER)
    st["structured (PHONE+EMAIL+POSTCODE+ZIP+HOSPITAL_NUMBER+NHS_NUMBER)"] = \
        sum(c[t] for t in ("PHONE", "EMAIL", "POSTCODE", "ZIP",
                           "HOSPITAL_NUMBER", "NHS_NUMBER"))
    st["profiles"] = OrderedDict(
        [("standard", sum(1 for e in ents if "standard" in e["profiles"])),
         ("hipaa_safe_harbor",
          sum(1 for e in ents if "hipaa_safe_harbor" in e["profiles"]))])
    st["records by number of details"] = OrderedDict(
        sorted(Counter(len(r["entities"]) for r in records).items()))
    st["NAME that is also a place name (labelled NAME)"] = sum(
        1 for m in metas for cat, _ in m["frames"] if cat == "name_place")
    tg = Counter(town_group(e["value"]) for e in ents if e["type"] == "TOWN")
    st["TOWN by kind of place"] = OrderedDict(tg.most_common())
    st["TOWN/NAME written in lower case"] = sum(
        1 for e in ents if e["type"] in ("TOWN", "NAME")
        and e["value"] == e["value"].lower())
    st["details written in capitals (TOWN/NAME/ADDRESS)"] = sum(
        1 for e in ents if e["type"] in ("TOWN", "NAME", "ADDRESS")
        and e["value"] == e["value"].upper()
        and e["value"] != e["value"].lower())
    st["ADDRESS on several lines"] = sum(
        1 for e in ents if e["type"] == "ADDRESS" and "\n" in e["value"])
    st["distinct values"] = OrderedDict(
        (t, len({e["value"].lower() for e in ents if e["type"] == t}))
        for t in TYPE_ORDER)
    st["added-sentence style (records)"] = OrderedDict(
        sorted(Counter(m["style"] for m in metas).items()))
    st["records with typos in added words"] = sum(
        1 for m in metas if m["typos"])
    st["added-sentence placements"] = OrderedDict(
        sorted(Counter(p for m in metas for p in m["placements"]).items()))
    st["details written into the comment at an anchor"] = OrderedDict(
        sorted(Counter(a for m in metas for a in m["anchors"]).items()))
    used = [fr for m in metas for _, fr in m["frames"]]
    st["sentence frames written"] = info["n_templates"]
    st["distinct sentence frames used"] = len(set(used))
    st["frame uses by category"] = OrderedDict(
        sorted(Counter(cat for m in metas for cat, _ in m["frames"]).items()))
    st["source rows"] = info["n_rows"]
    st["ids excluded (other sets)"] = info["n_excluded_ids"]
    st["other set files read (id field only)"] = len(info["excluded_files"])
    st["eligible pool after filtering"] = info["pool"]
    st["pool filter counts"] = OrderedDict(
        sorted(info["reasons"].items(), key=lambda x: (-x[1], x[0])))
    return st


def format_stats(st, indent=""):
    lines = []
    for k, v in st.items():
        if isinstance(v, dict):
            lines.append("%s%s:" % (indent, k))
            for kk, vv in v.items():
                lines.append("%s  %s: %s" % (indent, kk, vv))
        else:
            lines.append("%s%s: %s" % (indent, k, v))
    return "\n".join(lines)


def write_jsonl(records, path):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    raw = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(raw)
    return hashlib.sha256(raw).hexdigest()


CARD = """# redaction_devset19

A held-out development set written after round 22's first part; scored unread. Never report it as held-out performance once it has been read.

It was written by an agent that never read the redactor, its tests, reports,
other sets, builders or cards. The only thing read from other sets was the
`id` field of the other `evaluation/data/redaction_*.jsonl` files, by a
script that printed counts only, to keep their comments out of this set.

## What it is

{records} real NHS Friends and Family Test comments with {details} invented
personal details planted in them and labelled by character span, for
measuring the redactor on details it has never seen. Besides the records with
details there are {decoys} decoy records (a word that is also a place or a
name used as an ordinary word, never labelled) and {empty} untouched comments
with no detail at all.

- `evaluation/data/redaction_devset19.jsonl`
  sha256 `{sha}`
- builder: `research/redaction_sets/build_redaction_devset19.py`
  (standard library only; one `random.Random(20260019)`; byte-identical
  output on every run and under any `PYTHONHASHSEED`; `--stats` prints the
  counts below).

Record format, one JSON object a line, keys in this order: `id`, `text` (the
comment with details planted), `original` (the untouched, stripped comment),
`entities` (list of `start`, `end`, `type`, `value`, `profiles`; in order,
never overlapping, `text[start:end] == value`). `original` is always a
subsequence of `text`: the comment's own words are never changed; details are
only added, as sentences or written into a natural spot.

Profiles: TOWN, DATE, AGE_OVER_89 -> `["hipaa_safe_harbor"]`; NAME, ADDRESS,
PHONE, EMAIL, POSTCODE, ZIP, HOSPITAL_NUMBER, NHS_NUMBER ->
`["standard", "hipaa_safe_harbor"]`.

## Source and licence

`/work/shared/data/nhs_fft/`: `fft_phase1.csv` (column `feedback`; id
`fft1:<0-based csv.DictReader row index>`) and `fft_phase2_v6framework.csv`
(column `FFT answer`; id `fft2:<Comment ID>`). From The-Strategy-Unit/
pxtextmining (MIT licence, copyright NHS England); Care Opinion data in it is
shared under CC BY-NC-SA 4.0. Keep this attribution with the data or any
sample of it.

## Selection

- Non-empty comments of 20-600 characters after strip.
- Excluded: every id used by any other `evaluation/data/redaction_*.jsonl`
  ({n_files} files, {n_ex} ids; files `redaction_devset<N>.jsonl` with
  N >= 19 are ignored so the build stays reproducible); any comment whose
  text equals an excluded comment's text (also after lower-casing and
  collapsing white space); duplicates. Older sets' phase-1 ids run past the
  file's row count and look like the file's own `row_index` column, so a
  phase-1 comment is also excluded when its `row_index` value is a used id
  (a conservative superset; this set's own ids are the 0-based row index).
- Dropped comments that already hold personal details or things that look
  like them: runs of 3+ digits, ordinals, digit dates and day+month dates,
  `@`, URLs, redaction marks (XXX, ***, brackets, `#`, "NAME", "REDACTED"), a
  title + capitalised word (and Mr/Mrs/Ms/Miss + any word), capitalised words
  that are not common lower-case words in the corpus itself (names, places,
  ward names), capitalised words that are also names or places (Mark, Grace,
  Hope, Reading...) outside a sentence start, acronyms not on a short
  clinical list (hospital initials), single capital letters (initials),
  mostly-capitals text, lower-case words that are on the builder's name and
  place lists and rare in the corpus, rare lower-case place-like words, and
  "<word> ward/unit/lodge/house/centre/clinic/hospital" where the word is
  not generic, plus "ward 7"-style unit names.
- {pool} comments remained; a seeded shuffle picked {records}.

## Planting

- Every record with details holds 1 to 4 of them. Details are written in
  the voice of a patient or relative, in {frames_used} distinct sentence
  frames used (of {frames} written) across registers: grateful, angry,
  rambling, terse, text-speak. Added sentences go before, after or between
  the comment's own sentences; where the comment offers a natural spot, a
  detail is written into it ("my mum" -> "my mum, <name>,", "the nurse
  (<name>)", "to <town> hospital", "got me home to <town>", "my appointment
  on <date>", "my dad (<age>)"); few of these short comments offer one, so
  this is a small share (see the counts).
- Case varies the way real people write: when the comment is all lower case
  the added words are lower case too; otherwise about a fifth of records are
  written in lower case, a few in capitals, and some names and places are
  lower-cased inside normal sentences. Some records have typos in the added
  (never the original, never the labelled) words.
- Values are invented with wide variety: places of every size across the UK
  and Ireland (villages, places named like words or given names, Welsh and
  Scottish Gaelic names, "upon"/"on"/"-le-" names, counties, "town, county"
  pairs), US cities (with or without a state) and cities abroad (Europe,
  South Asia, Africa, Caribbean, Middle East, Far East, Latin America,
  Oceania, Canada); names of many origins as first names, surnames after a
  title, full names, initials + surname, nicknames, possessives, and given
  names that are also places (always labelled NAME); whole addresses in the
  UK (flats, house names, care homes, counties, with or without postcode),
  Northern Ireland, Ireland (with Eircode), US, Canada, Australia, New
  Zealand, India, Pakistan, Bangladesh, Nigeria, Ghana, continental Europe,
  the Caribbean, Kenya, South Africa, UAE, Singapore, with commas or not and
  sometimes on several lines; dates in words and digits, "the 3rd", weekday +
  ordinal, dates of birth; ages 90+ in digits and words; UK drama-range phone
  numbers (07700 900xxx, 0113 496 0xxx, 020 7946 0xxx, 01632 960xxx, +44
  forms), US 555-01xx numbers and a few international ones;
  example.com/.org/.net/.co.uk e-mail addresses (some with subdomains); UK
  postcodes alone in any case and spacing; US ZIP (some ZIP+4) after a city
  and state or a state; hospital numbers in many invented formats, mostly
  after a cue (hospital number, MRN, hosp no, ref, patient ID, unit no, case
  number) and some without; NHS numbers with a valid modulus-11 check digit,
  plain or 3-3-4 with spaces or dashes.
- Validation: each record is re-drawn if any planted TOWN or NAME word
  (ignoring small connecting words such as "upon", "on", "le", "de", "the")
  also occurs unlabelled anywhere in its text; spans are asserted against the
  text; `original` is asserted to be a subsequence of `text`.

## Labelling conventions

- NAME: titles outside the span ("Dr [Crewe]", "Mrs [Hamilton]",
  "Sister [Mary]"); role and relationship words outside ("nurse [sunita]",
  "my wife [Zofia Zhang]"); possessive 's outside ("[Sarah]'s"); a full name
  or initial + surname is one entity.
- TOWN: the place name only; possessive 's outside; service words outside
  ("[Leeds] A&E", "the [Corby] clinic"); "town, county" gives two TOWN
  entities; a US state is not labelled but the city before it is; country
  names are not labelled.
- ADDRESS: one entity for the whole written address, including house
  number or name, flat, street, locality, town, county, postcode/ZIP/Eircode,
  country if written, and line breaks; its parts are not labelled again.
- DATE: day and month (and year when written with them) in one span; a
  weekday before it is outside; a leading "the" is outside ("the [3rd]",
  "Tuesday the [9th]", "the [twenty-third of June]"); "of" between day and
  month is inside. A month or a year alone is never labelled.
- AGE_OVER_89: only the number ("[93]", "[ninety-two]", "[93]-year-old").
- PHONE, EMAIL, POSTCODE, ZIP, HOSPITAL_NUMBER, NHS_NUMBER: the value only,
  without its cue ("MRN [..]", "NHS no. [..]"); for "City, ST 12345" the
  city is TOWN, the state unlabelled, the ZIP is ZIP.

## Counts (`--stats`)

```
{stats}
```

## Caveats

- The comments are real but the details are invented and planted by one
  author's frames; their mix and phrasing are not what real personal
  details in FFT comments look like, and some added sentences sit a little
  oddly with their comment (e.g. a pronoun or relative that does not match).
- Comment selection is heuristic: a comment could still hold a real detail
  (or something a redactor would take for one) that the filters missed; it
  would be unlabelled. Filtering also biases the set toward comments without
  capitalised proper nouns or numbers.
- Decoy words (ordinary words, idioms and foods that contain a place or a
  given name), US state names, country names, months alone, weekdays alone,
  staff role words, titles and cues ("MRN", "NHS no.") are unlabelled on
  purpose: redacting them counts against precision.
- Some places are also common given names or words (Stanley, Reading,
  Hope...) and some given names are also places (Paris, Chelsea, Lincoln...);
  the label follows the use in the sentence.
- Phone numbers are from reserved drama/fictional ranges; NHS numbers have a
  valid check digit but are random; hospital-number formats are invented.
- Span conventions are this set's own, as written above (for example a
  leading "the" is outside a DATE, a whole address is one ADDRESS); a scorer
  that expects other boundaries will see boundary mismatches, not misses.
- `original` keeps the source's own typos and odd capitals (for example a
  capital I inside words in some phase-1 comments); nothing in it is fixed.
- Ages are 90 to 104 only, so AGE_OVER_89 values repeat; the other types
  have (almost) no repeated values.
"""


def write_card(st, sha, info):
    txt = CARD.format(
        records=st["records"], details=st["labelled details"],
        decoys=st["records by kind"][
            "decoy (word that is also a place/name used as an ordinary word)"],
        empty=st["records by kind"]["no detail at all (untouched comment)"],
        sha=sha, n_files=len(info["excluded_files"]),
        n_ex=info["n_excluded_ids"], pool=info["pool"],
        frames_used=st["distinct sentence frames used"],
        frames=st["sentence frames written"], stats=format_stats(st))
    with open(OUT_CARD, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true",
                    help="print the counts after building")
    ap.add_argument("--out", default=None,
                    help="write the jsonl here instead (card not written)")
    args = ap.parse_args(argv)
    records, metas, info = build_all()
    st = compute_stats(records, metas, info)
    if args.out:
        sha = write_jsonl(records, args.out)
    else:
        sha = write_jsonl(records, OUT_JSONL)
        write_card(st, sha, info)
    if args.stats:
        print(format_stats(st))
        print("sha256: %s" % sha)
    return 0


if __name__ == "__main__":
    sys.exit(main())
