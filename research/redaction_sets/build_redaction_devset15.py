#!/usr/bin/env python3
"""Build redaction development set 15: places the way real patients write them.

Real NHS Friends and Family Test comments (both CSVs in the shared data folder) with invented
details planted into the writer's own sentences, most of them places (TOWN, ADDRESS), plus
names, dates, ages over 89, a few structured details and decoys (place words used as ordinary
words or as people's names). Written for round 20 as a DEVELOPMENT set.

Standard library only; all randomness comes from one random.Random(seed).

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset15.py [--stats]
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HELD_OUT_FILES = [
    "evaluation/data/redaction_testset.jsonl",
    "evaluation/data/redaction_testset_v2.jsonl",
    "evaluation/data/redaction_devset5.jsonl",
]
OTHER_DEV_FILES = [
    "evaluation/data/redaction_devset.jsonl",
    "evaluation/data/redaction_devset2.jsonl",
    "evaluation/data/redaction_devset3.jsonl",
    "evaluation/data/redaction_devset4.jsonl",
    "evaluation/data/redaction_devset6.jsonl",
    "evaluation/data/redaction_devset7.jsonl",
    "evaluation/data/redaction_devset8.jsonl",
    "evaluation/data/redaction_devset9.jsonl",
    "evaluation/data/redaction_devset10.jsonl",
    "evaluation/data/redaction_devset11.jsonl",
    "evaluation/data/redaction_devset12.jsonl",
    "evaluation/data/redaction_devset13.jsonl",
    "evaluation/data/redaction_devset14.jsonl",
]

BOTH = ["standard", "hipaa_safe_harbor"]
HIPAA = ["hipaa_safe_harbor"]
PROFILES = {
    "TOWN": HIPAA, "DATE": HIPAA, "AGE_OVER_89": HIPAA,
    "NAME": BOTH, "ADDRESS": BOTH, "PHONE": BOTH, "POSTCODE": BOTH, "ZIP": BOTH,
    "HOSPITAL_NUMBER": BOTH, "EMAIL": BOTH,
}

# ---------------------------------------------------------------------------------------------
# Places. Real towns, cities and villages; outward codes / Eircode routing keys / ZIP prefixes
# are real districts, the rest of every postcode is random.
# ---------------------------------------------------------------------------------------------

# town | county | outward codes
ENGLAND = """
Doncaster|South Yorkshire|DN1 DN2 DN4
Barnsley|South Yorkshire|S70 S71 S75
Rotherham|South Yorkshire|S60 S65
Sheffield|South Yorkshire|S6 S11 S8
Penrith|Cumbria|CA11
Kendal|Cumbria|LA9
Keswick|Cumbria|CA12
Whitehaven|Cumbria|CA28
Workington|Cumbria|CA14
Cockermouth|Cumbria|CA13
Ulverston|Cumbria|LA12
Carlisle|Cumbria|CA1 CA2
Barrow-in-Furness|Cumbria|LA14
Thirsk|North Yorkshire|YO7
Ripon|North Yorkshire|HG4
Harrogate|North Yorkshire|HG1 HG2
Knaresborough|North Yorkshire|HG5
Skipton|North Yorkshire|BD23
Northallerton|North Yorkshire|DL6 DL7
Whitby|North Yorkshire|YO21
Scarborough|North Yorkshire|YO11 YO12
Malton|North Yorkshire|YO17
Pickering|North Yorkshire|YO18
Helmsley|North Yorkshire|YO62
Selby|North Yorkshire|YO8
York|North Yorkshire|YO10 YO24 YO31
Middlesbrough|North Yorkshire|TS1 TS4 TS5
Redcar|North Yorkshire|TS10
Guisborough|North Yorkshire|TS14
Stokesley|North Yorkshire|TS9
Saltburn-by-the-Sea|North Yorkshire|TS12
Leeds|West Yorkshire|LS6 LS8 LS11
Bradford|West Yorkshire|BD3 BD5 BD9
Wakefield|West Yorkshire|WF1 WF2
Halifax|West Yorkshire|HX1 HX3
Huddersfield|West Yorkshire|HD1 HD4
Dewsbury|West Yorkshire|WF12 WF13
Keighley|West Yorkshire|BD21
Ilkley|West Yorkshire|LS29
Otley|West Yorkshire|LS21
Hebden Bridge|West Yorkshire|HX7
Holmfirth|West Yorkshire|HD9
Pontefract|West Yorkshire|WF8
Castleford|West Yorkshire|WF10
Hull|East Yorkshire|HU3 HU5 HU8
Beverley|East Yorkshire|HU17
Bridlington|East Yorkshire|YO15 YO16
Goole|East Yorkshire|DN14
Grimsby|Lincolnshire|DN31 DN32 DN34
Scunthorpe|Lincolnshire|DN15 DN16
Lincoln|Lincolnshire|LN1 LN2 LN6
Skegness|Lincolnshire|PE25
Spalding|Lincolnshire|PE11
Louth|Lincolnshire|LN11
Grantham|Lincolnshire|NG31
Stamford|Lincolnshire|PE9
Gainsborough|Lincolnshire|DN21
Durham|County Durham|DH1
Darlington|County Durham|DL1 DL3
Hartlepool|County Durham|TS24 TS26
Bishop Auckland|County Durham|DL14
Barnard Castle|County Durham|DL12
Consett|County Durham|DH8
Seaham|County Durham|SR7
Peterlee|County Durham|SR8
Chester-le-Street|County Durham|DH2 DH3
Stockton-on-Tees|County Durham|TS18 TS19
Sunderland|Tyne and Wear|SR2 SR4
Gateshead|Tyne and Wear|NE8 NE9
South Shields|Tyne and Wear|NE33 NE34
Whitley Bay|Tyne and Wear|NE25 NE26
Newcastle upon Tyne|Tyne and Wear|NE4 NE6 NE15
Hexham|Northumberland|NE46
Alnwick|Northumberland|NE66
Morpeth|Northumberland|NE61
Blyth|Northumberland|NE24
Ashington|Northumberland|NE63
Berwick-upon-Tweed|Northumberland|TD15
Amble|Northumberland|NE65
Wooler|Northumberland|NE71
Haltwhistle|Northumberland|NE49
Rothbury|Northumberland|NE65
Manchester|Greater Manchester|M13 M14 M20
Salford|Greater Manchester|M5 M6
Stockport|Greater Manchester|SK1 SK4
Wigan|Greater Manchester|WN1 WN5
Bolton|Greater Manchester|BL1 BL3
Oldham|Greater Manchester|OL1 OL8
Rochdale|Greater Manchester|OL11 OL12
Altrincham|Greater Manchester|WA14 WA15
Ashton-under-Lyne|Greater Manchester|OL6 OL7
Preston|Lancashire|PR1 PR2
Blackpool|Lancashire|FY1 FY4
Lancaster|Lancashire|LA1
Morecambe|Lancashire|LA3 LA4
Burnley|Lancashire|BB10 BB11
Blackburn|Lancashire|BB1 BB2
Clitheroe|Lancashire|BB7
Lytham St Annes|Lancashire|FY8
Liverpool|Merseyside|L4 L8 L15
Southport|Merseyside|PR8 PR9
Birkenhead|Merseyside|CH41 CH42
St Helens|Merseyside|WA9 WA10
Warrington|Cheshire|WA1 WA4
Crewe|Cheshire|CW1 CW2
Chester|Cheshire|CH1 CH2 CH3
Macclesfield|Cheshire|SK10 SK11
Nantwich|Cheshire|CW5
Knutsford|Cheshire|WA16
Stoke-on-Trent|Staffordshire|ST1 ST4 ST6
Newcastle-under-Lyme|Staffordshire|ST5
Stafford|Staffordshire|ST16 ST17
Burton upon Trent|Staffordshire|DE13 DE14
Lichfield|Staffordshire|WS13 WS14
Tamworth|Staffordshire|B77 B79
Chesterfield|Derbyshire|S40 S41
Buxton|Derbyshire|SK17
Matlock|Derbyshire|DE4
Bakewell|Derbyshire|DE45
Glossop|Derbyshire|SK13
Ashbourne|Derbyshire|DE6
Birmingham|West Midlands|B10 B12 B29
Coventry|West Midlands|CV1 CV2 CV6
Wolverhampton|West Midlands|WV1 WV3
Walsall|West Midlands|WS1 WS2
Dudley|West Midlands|DY1 DY2
Sutton Coldfield|West Midlands|B72 B73
Solihull|West Midlands|B90 B91
Shrewsbury|Shropshire|SY1 SY2
Telford|Shropshire|TF1 TF3
Ludlow|Shropshire|SY8
Oswestry|Shropshire|SY10 SY11
Bishop's Castle|Shropshire|SY9
Hereford|Herefordshire|HR1 HR4
Ross-on-Wye|Herefordshire|HR9
Leominster|Herefordshire|HR6
Worcester|Worcestershire|WR1 WR5
Kidderminster|Worcestershire|DY10 DY11
Malvern|Worcestershire|WR14
Evesham|Worcestershire|WR11
Stratford-upon-Avon|Warwickshire|CV37
Leamington Spa|Warwickshire|CV31 CV32
Warwick|Warwickshire|CV34
Nuneaton|Warwickshire|CV10 CV11
Leicester|Leicestershire|LE2 LE3 LE5
Hinckley|Leicestershire|LE10
Market Harborough|Leicestershire|LE16
Melton Mowbray|Leicestershire|LE13
Ashby-de-la-Zouch|Leicestershire|LE65
Oakham|Rutland|LE15
Nottingham|Nottinghamshire|NG5 NG7 NG3
Mansfield|Nottinghamshire|NG18 NG19
Newark-on-Trent|Nottinghamshire|NG24
Worksop|Nottinghamshire|S80 S81
Sutton-in-Ashfield|Nottinghamshire|NG17
Northampton|Northamptonshire|NN1 NN3 NN5
Kettering|Northamptonshire|NN15 NN16
Corby|Northamptonshire|NN17 NN18
Wellingborough|Northamptonshire|NN8
Daventry|Northamptonshire|NN11
Towcester|Northamptonshire|NN12
Oundle|Northamptonshire|PE8
Brackley|Northamptonshire|NN13
Peterborough|Cambridgeshire|PE1 PE3 PE4
Cambridge|Cambridgeshire|CB1 CB4
Ely|Cambridgeshire|CB6 CB7
Wisbech|Cambridgeshire|PE13 PE14
Huntingdon|Cambridgeshire|PE29
St Neots|Cambridgeshire|PE19
Bedford|Bedfordshire|MK40 MK41 MK42
Luton|Bedfordshire|LU1 LU2 LU4
Leighton Buzzard|Bedfordshire|LU7
Dunstable|Bedfordshire|LU5 LU6
Milton Keynes|Buckinghamshire|MK3 MK6 MK10
High Wycombe|Buckinghamshire|HP11 HP13
Aylesbury|Buckinghamshire|HP19 HP21
Newport Pagnell|Buckinghamshire|MK16
Oxford|Oxfordshire|OX1 OX3 OX4
Banbury|Oxfordshire|OX16
Bicester|Oxfordshire|OX26
Witney|Oxfordshire|OX28
Henley-on-Thames|Oxfordshire|RG9
Chipping Norton|Oxfordshire|OX7
Abingdon|Oxfordshire|OX14
Swindon|Wiltshire|SN1 SN2 SN25
Salisbury|Wiltshire|SP1 SP2
Chippenham|Wiltshire|SN14 SN15
Trowbridge|Wiltshire|BA14
Bradford-on-Avon|Wiltshire|BA15
Devizes|Wiltshire|SN10
Marlborough|Wiltshire|SN8
Gloucester|Gloucestershire|GL1 GL2 GL4
Cheltenham|Gloucestershire|GL50 GL51 GL52
Stroud|Gloucestershire|GL5
Cirencester|Gloucestershire|GL7
Tewkesbury|Gloucestershire|GL20
Bourton-on-the-Water|Gloucestershire|GL54
Moreton-in-Marsh|Gloucestershire|GL56
Bristol||BS3 BS5 BS16
Glastonbury|Somerset|BA6
Taunton|Somerset|TA1 TA2
Yeovil|Somerset|BA20 BA21
Bridgwater|Somerset|TA6
Frome|Somerset|BA11
Minehead|Somerset|TA24
Weston-super-Mare|Somerset|BS22 BS23
Exeter|Devon|EX1 EX2 EX4
Plymouth|Devon|PL1 PL4 PL6
Barnstaple|Devon|EX31 EX32
Bideford|Devon|EX39
Torquay|Devon|TQ1 TQ2
Paignton|Devon|TQ3 TQ4
Newton Abbot|Devon|TQ12
Totnes|Devon|TQ9
Kingsbridge|Devon|TQ7
Tiverton|Devon|EX16
Okehampton|Devon|EX20
Ottery St Mary|Devon|EX11
Budleigh Salterton|Devon|EX9
Ilfracombe|Devon|EX34
Truro|Cornwall|TR1
Falmouth|Cornwall|TR11
Penzance|Cornwall|TR18
St Ives|Cornwall|TR26
Newquay|Cornwall|TR7
Bodmin|Cornwall|PL31
Liskeard|Cornwall|PL14
Bude|Cornwall|EX23
Camborne|Cornwall|TR14
Redruth|Cornwall|TR15
St Austell|Cornwall|PL25
Helston|Cornwall|TR13
Launceston|Cornwall|PL15
Dorchester|Dorset|DT1
Weymouth|Dorset|DT3 DT4
Poole|Dorset|BH14 BH15
Bournemouth|Dorset|BH1 BH8
Bridport|Dorset|DT6
Lyme Regis|Dorset|DT7
Shaftesbury|Dorset|SP7
Swanage|Dorset|BH19
Southampton|Hampshire|SO15 SO16
Portsmouth|Hampshire|PO1 PO4
Winchester|Hampshire|SO22 SO23
Basingstoke|Hampshire|RG21 RG24
Andover|Hampshire|SP10
Alton|Hampshire|GU34
Lymington|Hampshire|SO41
Ryde|Isle of Wight|PO33
Brighton|East Sussex|BN1 BN2
Eastbourne|East Sussex|BN21 BN22
Hastings|East Sussex|TN34
Lewes|East Sussex|BN7
Bexhill-on-Sea|East Sussex|TN39 TN40
Crawley|West Sussex|RH10 RH11
Chichester|West Sussex|PO19
Worthing|West Sussex|BN11 BN12
Horsham|West Sussex|RH12
Bognor Regis|West Sussex|PO21 PO22
Shoreham-by-Sea|West Sussex|BN43
Canterbury|Kent|CT1 CT2
Maidstone|Kent|ME14 ME15
Ashford|Kent|TN23 TN24
Dover|Kent|CT16 CT17
Folkestone|Kent|CT19 CT20
Margate|Kent|CT9
Ramsgate|Kent|CT11
Whitstable|Kent|CT5
Tunbridge Wells|Kent|TN1 TN2
Sevenoaks|Kent|TN13
Gravesend|Kent|DA11 DA12
Guildford|Surrey|GU1 GU2
Woking|Surrey|GU21 GU22
Epsom|Surrey|KT17 KT18
Farnham|Surrey|GU9
Reigate|Surrey|RH2
Colchester|Essex|CO1 CO2 CO4
Chelmsford|Essex|CM1 CM2
Southend-on-Sea|Essex|SS1 SS2
Clacton-on-Sea|Essex|CO15
Harlow|Essex|CM18 CM20
Basildon|Essex|SS14 SS16
Saffron Walden|Essex|CB10 CB11
Ipswich|Suffolk|IP1 IP3 IP4
Bury St Edmunds|Suffolk|IP32 IP33
Lowestoft|Suffolk|NR32 NR33
Felixstowe|Suffolk|IP11
Sudbury|Suffolk|CO10
Norwich|Norfolk|NR1 NR3 NR5
King's Lynn|Norfolk|PE30
Great Yarmouth|Norfolk|NR30 NR31
Cromer|Norfolk|NR27
Thetford|Norfolk|IP24
Watford|Hertfordshire|WD17 WD24
St Albans|Hertfordshire|AL1 AL3
Stevenage|Hertfordshire|SG1 SG2
Hertford|Hertfordshire|SG13 SG14
Bishop's Stortford|Hertfordshire|CM23
Hemel Hempstead|Hertfordshire|HP1 HP2
Hitchin|Hertfordshire|SG4 SG5
Slough|Berkshire|SL1 SL2
Newbury|Berkshire|RG14
Windsor|Berkshire|SL4
Maidenhead|Berkshire|SL6
Bracknell|Berkshire|RG12
Croydon||CR0
Hackney||E8
Peckham||SE15
Brixton||SW2 SW9
Ealing||W5
Walthamstow||E17
Ilford||IG1
Romford||RM1
Harrow||HA1
Wembley||HA9
Tottenham||N17
Lewisham||SE13
Kingston upon Thames||KT1 KT2
Enfield||EN1
"""

# village | county | post town (empty: the village is its own post town) | outward code
VILLAGES = """
Hutton-le-Hole|North Yorkshire|York|YO62
Goathland|North Yorkshire|Whitby|YO22
Robin Hood's Bay|North Yorkshire|Whitby|YO22
Staithes|North Yorkshire|Saltburn-by-the-Sea|TS13
Kettlewell|North Yorkshire|Skipton|BD23
Muker|North Yorkshire|Richmond|DL11
Malham|North Yorkshire|Skipton|BD23
Burnsall|North Yorkshire|Skipton|BD23
Appletreewick|North Yorkshire|Skipton|BD23
Osmotherley|North Yorkshire|Northallerton|DL6
Coxwold|North Yorkshire|York|YO61
Hovingham|North Yorkshire|York|YO62
Lastingham|North Yorkshire|York|YO62
Thornton-le-Dale|North Yorkshire|Pickering|YO18
Grassington|North Yorkshire|Skipton|BD23
Reeth|North Yorkshire|Richmond|DL11
Askrigg|North Yorkshire|Leyburn|DL8
Great Ayton|North Yorkshire|Middlesbrough|TS9
Heptonstall|West Yorkshire|Hebden Bridge|HX7
Haworth|West Yorkshire|Keighley|BD22
Mousehole|Cornwall|Penzance|TR19
Zennor|Cornwall|St Ives|TR26
Boscastle|Cornwall||PL35
Tintagel|Cornwall||PL34
Port Isaac|Cornwall||PL29
Polperro|Cornwall|Looe|PL13
Cadgwith|Cornwall|Helston|TR12
Coverack|Cornwall|Helston|TR12
Mevagissey|Cornwall|St Austell|PL26
St Just|Cornwall|Penzance|TR19
Porthleven|Cornwall|Helston|TR13
Lamorna|Cornwall|Penzance|TR19
St Mawes|Cornwall|Truro|TR2
Crantock|Cornwall|Newquay|TR8
Gorran Haven|Cornwall|St Austell|PL26
Sennen|Cornwall|Penzance|TR19
Craster|Northumberland|Alnwick|NE66
Bamburgh|Northumberland||NE69
Seahouses|Northumberland||NE68
Elsdon|Northumberland|Newcastle upon Tyne|NE19
Allendale|Northumberland|Hexham|NE47
Blanchland|Northumberland|Consett|DH8
Corbridge|Northumberland||NE45
Cartmel|Cumbria|Grange-over-Sands|LA11
Grasmere|Cumbria|Ambleside|LA22
Hawkshead|Cumbria|Ambleside|LA22
Caldbeck|Cumbria|Wigton|CA7
Dent|Cumbria|Sedbergh|LA10
Castleton|Derbyshire|Hope Valley|S33
Eyam|Derbyshire|Hope Valley|S32
Hartington|Derbyshire|Buxton|SK17
Tissington|Derbyshire|Ashbourne|DE6
Slad|Gloucestershire|Stroud|GL6
Bibury|Gloucestershire|Cirencester|GL7
Lacock|Wiltshire|Chippenham|SN15
Clovelly|Devon|Bideford|EX39
Widecombe-in-the-Moor|Devon|Newton Abbot|TQ13
Blakeney|Norfolk|Holt|NR25
Walberswick|Suffolk|Southwold|IP18
Lavenham|Suffolk|Sudbury|CO10
Finchingfield|Essex|Braintree|CM7
"""

# town | county or area (empty: none) | outward code | small (1: a village or small place)
SCOTLAND = """
Inverness|Inverness-shire|IV2 IV3|0
Fort William|Inverness-shire|PH33|0
Oban|Argyll|PA34|0
Portree|Isle of Skye|IV51|0
Ullapool|Ross-shire|IV26|0
Thurso|Caithness|KW14|0
Kirkwall|Orkney|KW15|0
Lerwick|Shetland|ZE1|0
Stornoway|Isle of Lewis|HS1|0
Dumfries|Dumfriesshire|DG1 DG2|0
Ayr|Ayrshire|KA7 KA8|0
Kilmarnock|Ayrshire|KA1 KA3|0
Paisley|Renfrewshire|PA1 PA2|0
Dunfermline|Fife|KY11 KY12|0
Kirkcaldy|Fife|KY1 KY2|0
St Andrews|Fife|KY16|0
Elgin|Moray|IV30|0
Nairn|Nairnshire|IV12|0
Pitlochry|Perthshire|PH16|0
Aviemore|Inverness-shire|PH22|0
Stirling|Stirlingshire|FK7 FK8|0
Dundee||DD1 DD3|0
Aberdeen||AB10 AB24|0
Glasgow||G11 G12 G31 G42|0
Edinburgh||EH6 EH7 EH11|0
Crieff|Perthshire|PH7|0
Peebles|Scottish Borders|EH45|0
Galashiels|Scottish Borders|TD1|0
Hawick|Scottish Borders|TD9|0
Kelso|Scottish Borders|TD5|0
Stranraer|Wigtownshire|DG9|0
Kirkcudbright|Kirkcudbrightshire|DG6|0
Campbeltown|Argyll|PA28|0
Tobermory|Isle of Mull|PA75|0
Montrose|Angus|DD10|0
Arbroath|Angus|DD11|0
Forfar|Angus|DD8|0
Stonehaven|Kincardineshire|AB39|0
Peterhead|Aberdeenshire|AB42|0
Fraserburgh|Aberdeenshire|AB43|0
Huntly|Aberdeenshire|AB54|0
Motherwell|Lanarkshire|ML1|0
East Kilbride|Lanarkshire|G74 G75|0
Falkirk|Stirlingshire|FK1 FK2|0
Livingston|West Lothian|EH54|0
North Berwick|East Lothian|EH39|0
Dunbar|East Lothian|EH42|0
Plockton|Ross-shire|IV52|1
Applecross|Ross-shire|IV54|1
Lochinver|Sutherland|IV27|1
Durness|Sutherland|IV27|1
Tongue|Sutherland|IV27|1
Gairloch|Ross-shire|IV21|1
Dornoch|Sutherland|IV25|1
Golspie|Sutherland|KW10|1
Helmsdale|Sutherland|KW8|1
Drumnadrochit|Inverness-shire|IV63|1
Tomintoul|Banffshire|AB37|1
Glencoe|Argyll|PH49|1
Arisaig|Inverness-shire|PH39|1
Kinlochewe|Ross-shire|IV22|1
Shieldaig|Ross-shire|IV54|1
Achiltibuie|Ross-shire|IV26|1
Glenelg|Inverness-shire|IV40|1
Torridon|Ross-shire|IV22|1
Lairg|Sutherland|IV27|1
Kyle of Lochalsh|Ross-shire|IV40|1
Mallaig|Inverness-shire|PH41|1
Braemar|Aberdeenshire|AB35|1
Ballater|Aberdeenshire|AB35|1
Kingussie|Inverness-shire|PH21|1
Carrbridge|Inverness-shire|PH23|1
Boat of Garten|Inverness-shire|PH24|1
Grantown-on-Spey|Moray|PH26|1
"""

WALES = """
Cardiff||CF5 CF14 CF24|0
Swansea||SA1 SA2|0
Newport||NP19 NP20|0
Wrexham||LL11 LL13|0
Bangor|Gwynedd|LL57|0
Caernarfon|Gwynedd|LL55|0
Aberystwyth|Ceredigion|SY23|0
Carmarthen|Carmarthenshire|SA31|0
Llanelli|Carmarthenshire|SA14 SA15|0
Haverfordwest|Pembrokeshire|SA61|0
Tenby|Pembrokeshire|SA70|0
Pembroke|Pembrokeshire|SA71|0
Fishguard|Pembrokeshire|SA65|0
St Davids|Pembrokeshire|SA62|1
Brecon|Powys|LD3|0
Builth Wells|Powys|LD2|0
Llandrindod Wells|Powys|LD1|0
Llanwrtyd Wells|Powys|LD5|1
Rhayader|Powys|LD6|1
Llanidloes|Powys|SY18|0
Newtown|Powys|SY16|0
Welshpool|Powys|SY21|0
Machynlleth|Powys|SY20|0
Dolgellau|Gwynedd|LL40|0
Barmouth|Gwynedd|LL42|0
Pwllheli|Gwynedd|LL53|0
Abersoch|Gwynedd|LL53|1
Aberdaron|Gwynedd|LL53|1
Nefyn|Gwynedd|LL53|1
Porthmadog|Gwynedd|LL49|0
Beddgelert|Gwynedd|LL55|1
Betws-y-Coed|Conwy|LL24|1
Llandudno|Conwy|LL30|0
Colwyn Bay|Conwy|LL29|0
Rhyl|Denbighshire|LL18|0
Prestatyn|Denbighshire|LL19|0
Denbigh|Denbighshire|LL16|0
Ruthin|Denbighshire|LL15|0
Holywell|Flintshire|CH8|0
Llangollen|Denbighshire|LL20|0
Merthyr Tydfil||CF47|0
Pontypridd||CF37|0
Bridgend||CF31|0
Neath||SA11|0
Port Talbot||SA13|0
Abergavenny|Monmouthshire|NP7|0
Monmouth|Monmouthshire|NP25|0
Chepstow|Monmouthshire|NP16|0
Cardigan|Ceredigion|SA43|0
Aberaeron|Ceredigion|SA46|1
Llangrannog|Ceredigion|SA44|1
Solva|Pembrokeshire|SA62|1
Porthgain|Pembrokeshire|SA62|1
Holyhead|Anglesey|LL65|0
Llangefni|Anglesey|LL77|0
Beaumaris|Anglesey|LL58|1
Menai Bridge|Anglesey|LL59|0
Blaenau Ffestiniog|Gwynedd|LL41|0
Ebbw Vale||NP23|0
Tredegar||NP22|0
Llanddewi Brefi|Ceredigion|SY25|1
Capel Curig|Conwy|LL24|1
Bala|Gwynedd|LL23|1
Hay-on-Wye|Powys|HR3|1
Llanfairpwllgwyngyll|Anglesey|LL61|1
"""

NORTHERN_IRELAND = """
Belfast|Co. Antrim|BT5 BT7 BT9 BT14|0
Derry|Co. Londonderry|BT47 BT48|0
Newry|Co. Down|BT34 BT35|0
Armagh|Co. Armagh|BT60 BT61|0
Enniskillen|Co. Fermanagh|BT74|0
Omagh|Co. Tyrone|BT78 BT79|0
Ballymena|Co. Antrim|BT42 BT43|0
Coleraine|Co. Londonderry|BT51 BT52|0
Portrush|Co. Antrim|BT56|0
Portstewart|Co. Londonderry|BT55|0
Ballycastle|Co. Antrim|BT54|1
Cushendall|Co. Antrim|BT44|1
Cushendun|Co. Antrim|BT44|1
Carnlough|Co. Antrim|BT44|1
Glenarm|Co. Antrim|BT44|1
Larne|Co. Antrim|BT40|0
Lisburn|Co. Antrim|BT27 BT28|0
Newtownards|Co. Down|BT23|0
Downpatrick|Co. Down|BT30|0
Portaferry|Co. Down|BT22|1
Strangford|Co. Down|BT30|1
Rostrevor|Co. Down|BT34|1
Kilkeel|Co. Down|BT34|0
Castlerock|Co. Londonderry|BT51|1
Dungannon|Co. Tyrone|BT70 BT71|0
Cookstown|Co. Tyrone|BT80|0
Magherafelt|Co. Londonderry|BT45|0
Strabane|Co. Tyrone|BT82|0
Limavady|Co. Londonderry|BT49|0
Holywood|Co. Down|BT18|0
Banbridge|Co. Down|BT32|0
Portadown|Co. Armagh|BT62|0
Lurgan|Co. Armagh|BT66 BT67|0
Carrickfergus|Co. Antrim|BT38|0
Ballymoney|Co. Antrim|BT53|0
"""

# town | county | Eircode routing key ('-' where not used) | small
IRELAND = """
Dublin|Co. Dublin|D02 D04 D08|0
Cork|Co. Cork|T12 T23|0
Galway|Co. Galway|H91|0
Limerick|Co. Limerick|V94|0
Waterford|Co. Waterford|X91|0
Kilkenny|Co. Kilkenny|R95|0
Sligo|Co. Sligo|F91|0
Letterkenny|Co. Donegal|F92|0
Dundalk|Co. Louth|A91|0
Drogheda|Co. Louth|A92|0
Athlone|Co. Westmeath|N37|0
Tralee|Co. Kerry|V92|0
Killarney|Co. Kerry|V93|0
Dingle|Co. Kerry|V92|1
Kinsale|Co. Cork|P17|1
Clifden|Co. Galway|H71|1
Westport|Co. Mayo|F28|0
Doolin|Co. Clare|V95|1
Ennis|Co. Clare|V95|0
Kenmare|Co. Kerry|V93|1
Schull|Co. Cork|P81|1
Skibbereen|Co. Cork|P81|0
Cong|Co. Mayo|-|1
Leenane|Co. Galway|-|1
Roundstone|Co. Galway|-|1
Bray|Co. Wicklow|A98|0
Naas|Co. Kildare|W91|0
Navan|Co. Meath|C15|0
Wexford|Co. Wexford|Y35|0
Castlebar|Co. Mayo|-|0
Carlow|Co. Carlow|-|0
Tullamore|Co. Offaly|-|0
Cobh|Co. Cork|-|0
Youghal|Co. Cork|-|0
Bantry|Co. Cork|-|1
Ballina|Co. Mayo|-|0
"""

# city | state | abbreviation | ZIP prefix
US_CITIES = """
Austin|Texas|TX|787
Phoenix|Arizona|AZ|850
Boston|Massachusetts|MA|021
Denver|Colorado|CO|802
Seattle|Washington|WA|981
Portland|Oregon|OR|972
Chicago|Illinois|IL|606
Houston|Texas|TX|770
San Antonio|Texas|TX|782
Atlanta|Georgia|GA|303
Miami|Florida|FL|331
Orlando|Florida|FL|328
Tampa|Florida|FL|336
Nashville|Tennessee|TN|372
Memphis|Tennessee|TN|381
New Orleans|Louisiana|LA|701
Minneapolis|Minnesota|MN|554
Detroit|Michigan|MI|482
Cleveland|Ohio|OH|441
Pittsburgh|Pennsylvania|PA|152
Philadelphia|Pennsylvania|PA|191
Baltimore|Maryland|MD|212
Raleigh|North Carolina|NC|276
Charlotte|North Carolina|NC|282
Albuquerque|New Mexico|NM|871
Tucson|Arizona|AZ|857
Salt Lake City|Utah|UT|841
Las Vegas|Nevada|NV|891
San Diego|California|CA|921
Sacramento|California|CA|958
Anchorage|Alaska|AK|995
Honolulu|Hawaii|HI|968
Boise|Idaho|ID|837
Omaha|Nebraska|NE|681
Milwaukee|Wisconsin|WI|532
Buffalo|New York|NY|142
Savannah|Georgia|GA|314
Burlington|Vermont|VT|054
Duluth|Minnesota|MN|558
Tulsa|Oklahoma|OK|741
El Paso|Texas|TX|799
Spokane|Washington|WA|992
"""

# city | country
ABROAD = """
Lagos|Nigeria
Abuja|Nigeria
Accra|Ghana
Kumasi|Ghana
Nairobi|Kenya
Kampala|Uganda
Addis Ababa|Ethiopia
Harare|Zimbabwe
Lusaka|Zambia
Johannesburg|South Africa
Cape Town|South Africa
Karachi|Pakistan
Lahore|Pakistan
Islamabad|Pakistan
Mirpur|Pakistan
Sylhet|Bangladesh
Dhaka|Bangladesh
Mumbai|India
Delhi|India
Amritsar|India
Ludhiana|India
Kolkata|India
Chennai|India
Colombo|Sri Lanka
Kathmandu|Nepal
Manila|the Philippines
Cebu|the Philippines
Shanghai|China
Kuala Lumpur|Malaysia
Ho Chi Minh City|Vietnam
Hanoi|Vietnam
Osaka|Japan
Busan|South Korea
Melbourne|Australia
Brisbane|Australia
Auckland|New Zealand
Toronto|Canada
Vancouver|Canada
Kraków|Poland
Warsaw|Poland
Gdańsk|Poland
Wrocław|Poland
Vilnius|Lithuania
Kaunas|Lithuania
Riga|Latvia
Bucharest|Romania
Cluj-Napoca|Romania
Sofia|Bulgaria
Budapest|Hungary
Brno|Czechia
Bratislava|Slovakia
Lviv|Ukraine
Kyiv|Ukraine
Istanbul|Turkey
Izmir|Turkey
Thessaloniki|Greece
Athens|Greece
Nicosia|Cyprus
Lisbon|Portugal
Porto|Portugal
Seville|Spain
Málaga|Spain
Valencia|Spain
Naples|Italy
Palermo|Italy
Lyon|France
Marseille|France
Munich|Germany
Hamburg|Germany
Rotterdam|the Netherlands
Antwerp|Belgium
Gothenburg|Sweden
Bergen|Norway
Tehran|Iran
Erbil|Iraq
Baghdad|Iraq
Aleppo|Syria
Beirut|Lebanon
Amman|Jordan
Cairo|Egypt
Casablanca|Morocco
Kingston|Jamaica
Montego Bay|Jamaica
Port of Spain|Trinidad
Bridgetown|Barbados
Mogadishu|Somalia
Hargeisa|Somaliland
Asmara|Eritrea
Khartoum|Sudan
"""

# Places that are also ordinary English words or names. The place is the entity here.
# place | county/area or country | outward (or ZIP prefix / routing key) | kind
AMBIGUOUS = """
Reading|Berkshire|RG1 RG30|uk
Bath|Somerset|BA1 BA2|uk
Deal|Kent|CT14|uk
Street|Somerset|BA16|uk
March|Cambridgeshire|PE15|uk
Wells|Somerset|BA5|uk
Sale|Greater Manchester|M33|uk
Ware|Hertfordshire|SG12|uk
Hope|Derbyshire|S33|uk
Mold|Flintshire|CH7|uk
Bury|Greater Manchester|BL8 BL9|uk
Battle|East Sussex|TN33|uk
Settle|North Yorkshire|BD24|uk
Rugby|Warwickshire|CV21 CV22|uk
Sandwich|Kent|CT13|uk
Leek|Staffordshire|ST13|uk
Rye|East Sussex|TN31|uk
Barking|Essex|IG11|uk
Eye|Suffolk|IP23|uk
Send|Surrey|GU23|uk
Par|Cornwall|PL24|uk
Wool|Dorset|BH20|uk
Diss|Norfolk|IP22|uk
Holt|Norfolk|NR25|uk
Cheddar|Somerset|BS27|uk
Derby|Derbyshire|DE1 DE22 DE23|uk
Nelson|Lancashire|BB9|uk
Hamilton|Lanarkshire|ML3|uk
Wick|Caithness|KW1|uk
Perth|Perthshire|PH1 PH2|uk
Florence|Italy||abroad
Nice|France||abroad
Split|Croatia||abroad
Trim|Co. Meath|C15|ie
Mobile|Alabama|366|us
"""


def _rows(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines() if line.strip()]


def load_places() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = collections.defaultdict(list)
    for town, county, outs in _rows(ENGLAND):
        out["eng"].append(dict(name=town, county=county or None, outs=outs.split(), cat="eng",
                               small=False, post=None))
    for vil, county, post, outs in _rows(VILLAGES):
        out["vil"].append(dict(name=vil, county=county, outs=outs.split(), cat="vil", small=True,
                               post=post or None))
    for key, block in (("sco", SCOTLAND), ("wal", WALES), ("ni", NORTHERN_IRELAND), ("ie", IRELAND)):
        for town, county, outs, small in _rows(block):
            out[key].append(dict(name=town, county=county or None,
                                 outs=[] if outs == "-" else outs.split(), cat=key,
                                 small=small == "1", post=None))
    for city, state, abbr, zip3 in _rows(US_CITIES):
        out["us"].append(dict(name=city, state=state, abbr=abbr, zip3=zip3, cat="us", small=False,
                              county=None, outs=[], post=None))
    for city, country in _rows(ABROAD):
        out["abroad"].append(dict(name=city, country=country, cat="abroad", small=False,
                                  county=None, outs=[], post=None))
    for place, area, outs, kind in _rows(AMBIGUOUS):
        d = dict(name=place, cat="amb", kind=kind, small=False, post=None, outs=[], county=None)
        if kind == "uk":
            d.update(county=area, outs=outs.split())
        elif kind == "ie":
            d.update(county=area, outs=outs.split())
        elif kind == "us":
            d.update(state=area, abbr="AL", zip3=outs)
        else:
            d.update(country=area)
        out["amb"].append(d)
    return out


# ---------------------------------------------------------------------------------------------
# People. First names from many communities, surnames, and names that are also places.
# ---------------------------------------------------------------------------------------------

FEMALE = """Bethan Ffion Siân Cerys Eilidh Mhairi Isla Niamh Aoife Siobhan Orla Róisín Gemma Leanne
Jodie Stacey Amelia Harriet Philippa Imogen Priya Anjali Harpreet Simran Nusrat Farzana Ayesha
Shabana Rukhsana Fatima Zainab Amina Hodan Fadumo Ngozi Chiamaka Funmi Adaeze Abena Efua Wanjiru
Achieng Tigist Marcia Paulette Claudette Shanice Agnieszka Kasia Magdalena Ioana Alina Daiva Ilze
Oksana Mei Xiaoling Hyun-jung Yuki Linh Maricel Rowena Leila Nasrin Shirin Elif Zeynep Eleni
Despina Giulia Chiara Inês Beatriz Lucía Carmen Miriam Rivka Bronwen Morag Ailsa Nkechi Sade
Thandiwe Parveen Kiran Hannelore Teodora Marisol Yasmin Joanne Lorraine Tracy-Ann Kayleigh""".split()

MALE = """Gareth Rhodri Dafydd Iwan Callum Hamish Euan Ciarán Seamus Declan Pádraig Darren Wayne Craig
Jamie Tom Oliver Rupert Barnaby Rajesh Sunil Gurpreet Jaswinder Imran Tariq Bilal Faisal Yusuf
Abdi Mohamed Chinedu Emeka Tunde Segun Kwame Kofi Yaw Kiprop Tesfaye Dawit Delroy Winston Leroy
Marek Tomasz Piotr Bogdan Mihai Andrius Jānis Dmytro Wei Jun Min-jun Hiroshi Minh Tuan Jomar
Rashid Karim Omid Mehmet Emre Yannis Stavros Luca Matteo João Rui Javier Iñaki Avi Shlomo Eli
Angus Dougie Gethin Baz Kev Stuart Nathaniel Osagie Tiago Ruairí Lachlan Kamran""".split()

UNISEX = """Alex Sam Jo Charlie Robin Kim Frankie Morgan Ashley Chris Sasha Rowan Ellis Riley Toni
Lou Bobbie Nicky""".split()

SURNAMES = """Hughes Pritchard Llewellyn MacLeod Cameron Stewart Murphy O'Sullivan Gallagher Doherty
Thompson Harrison Atkinson Bainbridge Hetherington Armstrong Robson Dodds Charlton Patel Sharma
Gill Sandhu Kaur Ahmed Hussain Rahman Begum Chaudhry Malik Okafor Adeyemi Okonkwo Mensah Boateng
Owusu Kamau Otieno Haile Mohamud Warsame Campbell Francis Grant Nowak Kowalski Popescu Ionescu
Kazlauskas Shevchenko Chen Wang Tanaka Nguyen Tran Santos Reyes Haddad Khalil Karimi Yilmaz Demir
Papadopoulos Georgiou Rossi Esposito Ferreira Silva García Moreno Cohen Levy Goldberg Evans
Jenkins Rees Price-Davies Mensah-Boateng McAllister Ó Briain de Souza al-Hashimi Van der Berg
Fitzgerald Szymański Mbeki Akhtar Iqbal Dlamini Novak Horvat Lindqvist""".split()
# A few surnames are two words; keep them together.
_TWO_WORD = {("Ó", "Briain"): "Ó Briain", ("de", "Souza"): "de Souza"}


def _fix_surnames(words: list[str]) -> list[str]:
    out, i = [], 0
    while i < len(words):
        if i + 1 < len(words) and (words[i], words[i + 1]) in _TWO_WORD:
            out.append(_TWO_WORD[(words[i], words[i + 1])])
            i += 2
        elif words[i] == "Van" and words[i + 1: i + 3] == ["der", "Berg"]:
            out.append("Van der Berg")
            i += 3
        else:
            out.append(words[i])
            i += 1
    return out


SURNAMES = _fix_surnames(SURNAMES)


# ---------------------------------------------------------------------------------------------
# Streets, buildings (invented combinations).
# ---------------------------------------------------------------------------------------------

STREET_STEMS = """Elm Chandler Mill Church Orchard Willow Meadow Larch Beech Hawthorn Rowan Heather
Kestrel Heron Ferry Quarry Tanner Cooper Weaver Fletcher Saddler Malt Brewery Granary Chapel
Vicarage Rectory Station Railway Canal Lock Wharf Tannery Foundry Forge Smithy Sandy Stony Long
Green Park Castle Abbey Priory Tower Bridge Moor Fell Dale Beck Bank Ridge Coronation Jubilee
Albion Alexandra Primrose Bluebell Foxglove Lavender Juniper Sycamore Chestnut Poplar Alder
Hazel Holly Laburnum Magnolia Cedar Maple Acorn Badger Otter Swallow Lapwing Curlew Plover
Linnet Wren Falcon Osprey Bracken Thistle Gorse Clover""".split()

STREET_TYPES = [("Street", "St"), ("Road", "Rd"), ("Lane", "Ln"), ("Avenue", "Ave"),
                ("Close", "Cl"), ("Court", "Ct"), ("Way", "Way"), ("Drive", "Dr"),
                ("Grove", "Gr"), ("Crescent", "Cres"), ("Place", "Pl"), ("Terrace", "Terr"),
                ("Gardens", "Gdns"), ("Rise", "Rise"), ("Row", "Row"), ("View", "View"),
                ("Walk", "Walk"), ("Mews", "Mews"), ("Square", "Sq"), ("Parade", "Pde"),
                ("Chase", "Chase"), ("Fold", "Fold"), ("Garth", "Garth")]
SCOTTISH_TYPES = ["Wynd", "Brae", "Loan", "Vennel", "Gait", "Street", "Road", "Terrace"]

WELSH_STREETS = ["Heol y Llan", "Ffordd yr Orsaf", "Stryd Fawr", "Maes Glas", "Lôn Isaf",
                 "Heol Tŷ Mawr", "Ffordd Penrhos", "Cae Bach", "Bryn Teg", "Maes yr Haf",
                 "Heol y Felin", "Lôn Goch", "Stryd y Capel", "Ffordd y Môr"]
NI_STREETS = ["Shore Road", "Glen Road", "Main Street", "Coast Road", "Mill Brae",
              "Church Hill", "Harbour Road", "Loughside Park", "Drumbeg Avenue", "Ballyreagh Lane"]
IE_STREETS = ["Main Street", "Strand Road", "Church Street", "Bridge Street", "The Mall",
              "Green Street", "Chapel Lane", "Mill Road", "Quay Street", "Abbey Road"]
HOUSE_NAMES = ["Rose Cottage", "Ivy Cottage", "The Old Forge", "The Old School House",
               "Holly Lodge", "Beech House", "Fern Bank", "Orchard House", "The Barn",
               "Low Farm", "Hill Top Farm", "Brook House", "The Laurels", "The Willows",
               "Swallow Barn", "Pear Tree Cottage", "Glebe House", "The Granary",
               "Stable Cottage", "Keeper's Cottage", "Mill House", "Yew Tree Farm",
               "2 Coastguard Cottages", "Fell View", "Moorside", "Curlew Cottage"]
WELSH_HOUSES = ["Bryn Awel", "Tŷ Gwyn", "Pen y Bryn", "Hafod", "Maes y Coed", "Tŷ Newydd",
                "Bron Haul"]
SCOTTISH_HOUSES = ["Braeside", "Glenview", "Lochside", "Burnside Cottage", "The Schoolhouse",
                   "Tigh na Mara", "Croft House"]
IE_HOUSES = ["Rosebank", "The Old Rectory", "Seaview", "Ard na Gréine", "Knockmore House",
             "Cois Farraige"]
BLOCKS = ["Kingfisher House", "Mercer Court", "Harbour Lights", "Weavers Point", "Oak Tower",
          "Millennium House", "Riverside Court", "Canal View", "Foundry Wharf", "Ashdown House"]
CARE_HOMES = ["Brookvale", "Meadowbank", "Fernlea", "Hollybank", "Oakwood Lodge", "Larchfield",
              "Willow Grange", "Heatherlea", "Abbeyfield", "Rowan Court"]
US_STEMS = ["Pecan", "Cedar", "Sycamore", "Magnolia", "Willow Creek", "Prairie", "Mesa",
            "Canyon", "Aspen", "Lakeview", "Ridgecrest", "Bluebonnet", "Cottonwood", "Hickory",
            "Juniper", "Oak Hollow", "Sagebrush", "Timberline", "Harbor", "Birchwood"]
US_TYPES = ["St", "Ave", "Dr", "Blvd", "Ln", "Rd", "Ct", "Pl", "Way", "Trl", "Pkwy",
            "Street", "Avenue", "Drive"]

POSTCODE_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


# ---------------------------------------------------------------------------------------------
# Sentences in the writers' voice. Slots:
#   {T} / {T:cat}   a town (cat: any, home, nocue, small, abroad, us, amb, list)
#   {TC}            a town and its county, two TOWN entities ("Ripon, North Yorkshire")
#   {TL2} {TL3} {TL4}  a list of towns
#   {US} a US city; {USS} a US city and its state (state not labelled); {USZ} city, ST ZIP
#   {F} {M} {U} first names (female / male / either); {FULL} {FULLF} {FULLM} full names;
#   {SUR} a surname after a title
#   {ADDR} / {ADDR:kind} a whole address; {ADDRN} a street with its town in narrative
#   {DATE} {DAYNUM} {AGE} {AGEW} {PHONE} {PC} {ZIP} {HOSP} {EMAIL}
#   <<Word>>        a literal NAME entity (a person whose name is also a place)
# ---------------------------------------------------------------------------------------------

# A leading "~" marks a sentence that only fits a place near home (UK or Ireland).
TOWN_CUE = [
    "~We came from {T} so it was a long day for us.",
    "My mum lives in {T} and couldn't get here in time.",
    "~I'm based in {T} these days but I still get my care here.",
    "~We live near {T}, so getting here is easy enough.",
    "~My husband drove to {T} to pick up my tablets.",
    "~They got me back home to {T} before it got dark.",
    "My sister is over in {T} and rang the ward every day.",
    "~I'd been staying with my daughter in {T} when it happened.",
    "~The crew had come all the way from {T} to get to me.",
    "We were on holiday in {T} when I took ill.",
    "I grew up in {T} and the care there was never this good.",
    "~My son came down from {T} to sit with me.",
    "~I work in {T}, so the evening slots really help.",
    "I've just moved here from {T} and didn't know who to ring.",
    "~My dad is in a home in {T} and they sorted his transport as well.",
    "~Transport picked me up from my daughter's in {T}.",
    "~We'd driven up from {T} that morning.",
    "~I had to go all the way to {T} for the scan.",
    "~We live in {T} now, so it's a fair trek.",
    "~I drove down from {T} to be with my dad.",
    "~My sister in {T} looks after the dog when I'm in.",
    "~We moved to {T} two years ago and this is the first time I've needed them.",
    "~My friend from {T} came with me for support.",
    "My brother lives in {T} and he couldn't believe how quick they were.",
    "I was born in {T} but I've lived round here most of my life.",
    "~The ambulance took me to {T} because the nearer unit was full.",
    "~I was sent to {T} for the operation and brought back here after.",
    "I'm from {T} originally, so I didn't know the area.",
    "~Luckily my cousin in {T} could have the kids.",
    "~We've only been in {T} a few months.",
    "~My carer comes over from {T} three times a week.",
    "~I was stuck in {T} with no way home until they sorted a car.",
    "My partner works away in {T} so I was on my own.",
    "~The physio sent me to the pool in {T}, which has been great.",
    "~My appointments used to be in {T}, which was two buses.",
    "Our eldest came back from {T} to help out.",
    "~Dad lives on his own out in {T} and they check on him.",
    "~I visit my mum in {T} every weekend so flexible times matter.",
    "~I got the train back to {T} the same day.",
    "~I'm in {T} most of the week for work.",
    "~The crisis team found me a bed in {T}, which was a long way from home.",
    "I've had treatment in {T} before and this was far better.",
    "~I look after my aunt in {T} as well, so the early slot helped.",
    "~My granddaughter drove over from {T} to take me home.",
    "~The closest walk-in is in {T}, which is miles away.",
    "They phoned my son in {T} to let him know I'd arrived.",
    "~Mum's just moved up to {T} to be near us.",
    "We were visiting from {T} and didn't know where anything was.",
    "My daughter's over in {T} and she was on the phone to them for me.",
    "~Back home to {T} the same night, which I didn't expect.",
]

# Places that are also ordinary words, each in a sentence where it can only be the place.
TOWN_AMB_LITERAL = [
    "We live in [[Reading]] now, so it's a fair drive.",
    "My husband drove down from [[Bath]] as soon as he heard.",
    "My sister in [[Deal]] rang the ward every day.",
    "We were on holiday in [[Street]] when I took ill.",
    "We moved to [[March]] two years ago and this is the first time I've needed them.",
    "I'm from [[Wells]] originally, so I didn't know the area.",
    "My daughter lives in [[Florence]] and flew back for this.",
    "We came over from [[Sale]] for the appointment.",
    "My son lives in [[Ware]] and drove up to sit with me.",
    "We live in [[Sandwich]] and the drivers always get lost.",
    "My mum's care home is in [[Eye]], which is a long way from us.",
    "We're from [[Battle]] and the transport was there on time both ways.",
]

TOWN_NOCUE = [
    "{T} A&E was heaving but they still saw me quickly.",
    "The {T} ambulance crew were brilliant with my dad.",
    "{T} is too far to travel for a ten minute appointment.",
    "The {T} team went above and beyond.",
    "{T} minor injuries was shut, so they took me straight through.",
    "The {T} clinic is much easier for me to get to.",
    "{T} to here is well over an hour on the bus.",
    "The {T} bus only runs twice a day.",
    "{T} has nothing open after six, so 111 was my only option.",
    "Parking in {T} is a nightmare.",
    "The {T} end of the service is much better organised.",
    "The taxi fare back to {T} cost a fortune.",
    "{T} needs a clinic like this.",
    "The {T} drop-in group has been a lifeline.",
    "The wait at {T} was far longer than here.",
    "The {T} crew were there in ten minutes.",
    "Half the {T} staff seemed to know my mum by name.",
    "Getting to {T} for nine was impossible without the transport.",
]

TOWN_SMALL = [
    "Living out in {T} you can feel forgotten, but not with this team.",
    "We're right out in {T} and they still found us without any trouble.",
    "My nan lives in a little village called {T} and they got her in on time.",
    "The nearest chemist to {T} is miles away, so the delivery was a godsend.",
    "I was out walking near {T} when I fell.",
    "There's one bus a day from {T}, so the transport is a must.",
    "We're in {T}, which isn't on most sat navs.",
    "Phone signal in {T} is patchy, so I missed their first call.",
    "The crew found us up a farm track outside {T}.",
    "Nobody on the phone had heard of {T} but they still got there.",
    "Our cottage in {T} is up a steep lane and the driver managed it fine.",
    "Everyone in {T} knows everyone, and they all asked after me.",
    "We're a tiny place, {T}, and the ambulance still came quicker than I expected.",
    "I've lived in {T} all my life and never needed them before.",
]

TOWN_ABROAD = [
    "My son flew in from {T:abroad} as soon as he heard.",
    "Most of my family are back in {T:abroad}, so it was just me.",
    "I'm originally from {T:abroad} and the interpreter was a big help.",
    "We'd only been back from {T:abroad} two days when I fell ill.",
    "I go back to {T:abroad} every summer and they made sure I had enough medication.",
    "My daughter rang the ward from {T:abroad} every night.",
    "My husband was stuck in {T:abroad}, so the nurses kept me company.",
    "I was on a video call to my sister in {T:abroad} when it happened.",
    "I moved here from {T:abroad} last year and didn't know how things worked.",
    "My parents are in {T:abroad} and the staff spoke to them on the phone for me.",
    "I trained as a nurse in {T:abroad} myself and this was excellent care.",
    "Back to {T:abroad} next month, feeling so much better.",
    "My brother in {T:abroad} couldn't believe it was all free.",
    "Flew home from {T:abroad} early because of this and it was worth it.",
    "My family in {T:abroad} kept ringing and the staff were patient with them.",
    "I'd just got back to {T:abroad} when they rang with my results.",
    "My daughter lives in {T:amb_abroad} now and flew back for this.",
    "We'd only just got home from {T:amb_abroad} when it started.",
    "My sister in {T:amb_abroad} has been ringing every day.",
]

TOWN_US = [
    "My son lives in {USS} and wanted updates by email.",
    "We were visiting from {US} when my husband collapsed.",
    "My daughter is in {USS}, so the video calls were a lifeline.",
    "We were over from {USS} for a wedding when I got ill.",
    "My brother in {US} says care over there costs a fortune.",
    "I lived in {US} for twenty years and never had care like this.",
    "My sister came over from {USS} to help.",
    "The nurse had worked in {US} and knew exactly what my old notes meant.",
    "We're flying back to {US} soon and they sorted my letters in time.",
    "My grandson rang from {US} at three in the morning his time.",
]

TOWN_COUNTY = [
    "We live in {TC}, so it's a trek.",
    "I'm from {TC} and was down visiting family.",
    "Dad's in {TC} now and they arranged everything with his GP there.",
    "My daughter lives in {TC} and drove through the night.",
    "I was on holiday in {TC} when my knee went.",
    "We've just moved to {TC} and I wasn't sure who to ring.",
    "The crew had been called out from {TC}.",
    "My mum's house is in {TC}, which is where they picked me up.",
    "I was working in {TC} that week.",
    "I've been coming down from {TC} for my appointments.",
    "We were visiting friends in {TC}.",
    "Home is {TC} and the staff made sure I could get back.",
]

TOWN_LIST = [
    "I've got family in {TL3} and they all rang the ward.",
    "I split my time between {TL2}.",
    "I've tried the clinics in {TL2} and this is by far the best.",
    "The driver had pickups in {TL3} before he got to me.",
    "My kids are spread out in {TL3}, so it's mostly just me.",
    "I've been seen in {TL2} over the years.",
    "I've lived in {TL4} and this is the best service I've had.",
    "We travel between {TL2} every week for my husband's treatment.",
    "My friends in {TL2} have used the same service.",
    "They looked for a bed in {TL3} before one came up.",
    "Our family is all over the place: {TL3}.",
    "Drivers come from {TL2} depending on who is free.",
]

TOWN_TWO = [
    "We drove from {T} to {T} in the snow.",
    "I moved from {T} to {T} last year.",
    "The transport went from {T} to {T} and back in one afternoon.",
    "I'd been sent from {T} to {T} and back again before I came here.",
    "They diverted us from {T} to {T} because of the queue.",
    "My daughter commutes from {T} to {T}, so she could only come in the evenings.",
]

TOWN_POSS = [
    "{T}'s new unit is much nicer than the old one.",
    "{T}'s minor injuries sent me straight here.",
    "I'd heard {T}'s waiting times were worse, so I came here.",
    "{T}'s bus station is where the transport picked me up.",
    "{T}'s pharmacy didn't have my tablets in stock.",
]

SIGNOFFS = [
    "{FULL}, {T}",
    "{FULL}\n{T}",
    "- {F}, {T}",
    "From a grateful patient in {T}",
    "Thanks again, {FULL} ({T})",
    "{M} from {T}",
    "A very happy mum in {T}",
]

ADDR_SENTENCES = [
    "Please send my letters to {ADDR}, the old address is wrong.",
    "My address is {ADDR}.",
    "We're at {ADDR} if anyone wants to see how bad the access is.",
    "Address for any letters:\n{ADDR:uk_lines}",
    "send it to {ADDR:uk_lower} please",
    "Mum lives at {ADDR:uk_house} and the lane is too narrow for the big ambulance.",
    "I've moved into {ADDR:uk_flat} and the lift is always broken.",
    "Our house is {ADDR:uk_village}, the one by the church.",
    "Mum's at {ADDR:care} now.",
    "Pick-ups should be from {ADDR}, not my old flat.",
    "I live at {ADDR}, in case that helps the drivers.",
    "The driver went to the wrong house, we're at {ADDR}.",
    "Could you update my records to {ADDR}?",
    "My new address is {ADDR} and the letters still go to the old one.",
    "Appointment letters should go to {ADDR}.",
    "The transport couldn't find {ADDR} even with the postcode.",
    "For the record I'm at {ADDR}.",
    "The community nurse comes out to me at {ADDR}.",
    "We live on {ADDRN}.",
    "We're on {ADDRN} and the crew found us quickly.",
    "I'm staying at my son's, {ADDR}, until I'm back on my feet.",
    "My dad lives at {ADDR} and has been waiting weeks for a call back.",
    "Please could someone collect the equipment from {ADDR}.",
    "Post for me goes to {ADDR} now.",
    "If you need to reach me the address is {ADDR}.",
    "The wheelchair was delivered to {ADDR}, which is my old flat.",
    "The taxi was sent to {ADDRN} instead of the hospital.",
    "They dropped me off at {ADDRN} and made sure I got in.",
    "My daughter's address in the States is {ADDR:us}.",
    "My brother's address abroad is {ADDR:intl} if you need a next of kin.",
    "While I'm in Ireland please write to {ADDR:ie}.",
    "Mum has moved into {ADDR:care} and needs her transport changed.",
    "My son's address in America is {ADDR:us}, please send the copy there.",
    "My sister in the States lives at {ADDR:us} and wants the discharge letter.",
    "Next of kin: my daughter, {ADDR:us}.",
    "Our holiday let was {ADDR:intl} and the doctor there referred me back here.",
    "My home address abroad is {ADDR:intl}.",
    "Next of kin is my brother at {ADDR:intl}.",
    "I split my year between here and {ADDR:ie}.",
]

NAME_SENTENCES = [
    "{F} on reception was lovely.",
    "Thanks to {F} and {M} on the crew.",
    "Ask for {F}, she's brilliant.",
    "Dr {SUR} explained everything in plain language.",
    "Nurse {F} made me laugh when I was scared.",
    "{M} the driver carried my bags right to the door.",
    "Special thanks to {FULL}.",
    "{FULLM} from the crisis team rang me back within the hour.",
    "Please pass my thanks to {F}.",
    "{U} in the pharmacy sorted my tablets in minutes.",
    "My key worker {F} has been amazing.",
    "Big thanks to {M}, {F} and {U}.",
    "I was seen by Dr {SUR}, who was very thorough.",
    "{F} the physio got me walking again.",
    "Sister {SUR} runs a tight ship.",
    "My care coordinator, {FULL}, never gave up on me.",
    "{M} on the 111 line kept me calm.",
    "Shout out to {F} in the kitchen for the toast at midnight!",
    "Mr {SUR} the surgeon came back to check on me.",
    "The student nurse, {F}, was a credit to the profession.",
    "Thank you {M}!",
    "{U} the support worker helped me sort my benefits.",
    "Please tell {F} I said thank you.",
    "{FULLF} went above and beyond for my mum.",
    "Mrs {SUR} in outpatients remembered my name.",
    "Our health visitor {F} was so reassuring.",
    "I'd like to thank paramedic {M} for his kindness.",
    "{M} and {M} were the best crew I've had.",
    "The OT, {F}, sorted my rails in a week.",
    "My therapist {U} really listened.",
]

DATE_SENTENCES = [
    "I was seen on {DATE}.",
    "My appointment on {DATE} was cancelled with no warning.",
    "I rang 111 on {DATE} and got an ambulance within the hour.",
    "Transport was booked for {DATE} and never turned up.",
    "I was admitted on {DATE} and home three days later.",
    "The letter came on {DATE}, after the appointment had been.",
    "Since my fall on {DATE} they've been out every day.",
    "My next review is {DATE}.",
    "I've been waiting since {DATE} for a call back.",
    "I was discharged on {DATE} with no medication.",
    "They came out on {DATE} and again the next day.",
    "On {DATE} the crew got to me in twenty minutes.",
    "My operation was on {DATE} and I'm already walking.",
    "I was told to come back on {DATE}.",
    "The first session was on {DATE}.",
    "I rang on the {DAYNUM} and nobody came back to me.",
    "The driver came early on the {DAYNUM}, which threw us.",
]

AGE_SENTENCES = [
    "My mum is {AGE} and they treated her with such dignity.",
    "Dad is {AGE} and still sharp, and they spoke to him, not over him.",
    "At {AGE} my husband doesn't like hospitals, but he was at ease.",
    "I'm {AGE} and I've never been treated better.",
    "My {AGE} year old father was left on a trolley for hours.",
    "Being {AGE}, I can't manage stairs, and they made sure I didn't have to.",
    "My aunt is {AGEW} and completely deaf, and they wrote everything down.",
    "My gran, who is {AGE}, was really impressed.",
    "I'm {AGEW} next birthday and still get about thanks to them.",
    "My {AGE}-year-old dad fell and the crew were wonderful.",
    "Mum ({AGE}) was treated like royalty.",
    "Grandad is {AGE}yo and was very grateful.",
    "My husband is {AGEW} and the driver was so patient with him.",
]

STRUCT_SENTENCES = {
    "PHONE": [
        "Ring me on {PHONE} if there's a cancellation.",
        "My son's number is {PHONE}, please use that one.",
        "The contact number on my notes is wrong, it should be {PHONE}.",
        "Please text {PHONE} rather than calling.",
        "Call my daughter on {PHONE}, she deals with my appointments.",
    ],
    "POSTCODE": [
        "Our postcode is {PC} and the sat nav always sends drivers the wrong way.",
        "I live in {PC}, which is apparently out of area.",
        "The transport had my postcode down as {PC}, which isn't right.",
        "We're in {PC} and it still took them ages to find us.",
        "The booking system wouldn't accept {PC} as a postcode.",
    ],
    "ZIP": [
        "My daughter is in {USZ} and wanted a copy of the letter.",
        "Please send the bill to my son in {USZ}.",
        "We winter in {US} (zip {ZIP}) so the summer appointments suit us.",
    ],
    "HOSPITAL_NUMBER": [
        "My hospital number is {HOSP}.",
        "Complaint ref {HOSP}, still no reply.",
        "The number on my wristband was {HOSP}.",
        "Booking ref {HOSP} was cancelled without telling me.",
        "Please quote {HOSP} if you reply.",
    ],
    "EMAIL": [
        "Please email me at {EMAIL}.",
        "You can reach me on {EMAIL} if you want more detail.",
        "My daughter's email is {EMAIL}, she deals with my appointments.",
        "Send the leaflet to {EMAIL} please.",
    ],
}

# Decoys: a place word used as an ordinary word, or as a person's name (then it is a NAME).
# (decoy word, sentence)
DECOYS = [
    ("Reading", "Reading the leaflet before I came in helped a lot."),
    ("Reading", "Reading up on the op beforehand put my mind at rest."),
    ("Reading", "Reading glasses were left at home and the nurse found me a spare pair."),
    ("reading", "There was nothing for reading in the waiting area."),
    ("deal", "They've made a great deal of difference to my life."),
    ("deal", "The new system is a good deal better than the old one."),
    ("deal", "It was a big deal for me to come in and they knew that."),
    ("deal", "I can deal with the waiting if I know what's happening."),
    ("Bath", "Bath time was a struggle until the OT sorted a seat."),
    ("bath", "Getting in and out of the bath is much easier now."),
    ("bath", "A bath chair would have made all the difference."),
    ("March", "In March last year I couldn't walk, now I'm back at the gym."),
    ("march", "They had to march me to x-ray and back, it felt like miles!"),
    ("Street", "Street lighting in the car park is poor, I nearly tripped."),
    ("Street", "Street parking is the only option and it's always full."),
    ("street", "There's no street sign, so the drivers always get lost."),
    ("Sale", "Sale of the old site should pay for more staff."),
    ("sale", "There was a cake sale in the foyer, which was a nice touch."),
    ("Florence", "<<Florence>> the nurse was kind and patient with me."),
    ("Nice", "Nice to be treated like a person for once."),
    ("Nice", "Nice and clean everywhere."),
    ("Nice", "Nice cup of tea when I arrived."),
    ("Hope", "Hope to never need it again but good to know it's there."),
    ("Hope", "Hope the new manager keeps it up."),
    ("Battle", "Battle to get an appointment every single time."),
    ("battle", "It was a battle to get through on the phone."),
    ("Settle", "Settle in period was handled really well."),
    ("settle", "They helped me settle on the ward."),
    ("rugby", "The rugby was on in the day room, which kept the lads happy."),
    ("sandwich", "A sandwich and a cup of tea after six hours was very welcome."),
    ("Sandwich", "Sandwich choices were limited."),
    ("leek", "The leek and potato soup was lovely."),
    ("Rye", "Rye bread as an option would be nice."),
    ("barking", "The dog was barking its head off when the crew arrived and they were great with him."),
    ("Eye", "Eye drops were explained properly this time."),
    ("Eye", "Eye contact and a smile go a long way."),
    ("Send", "Send the letters out earlier please."),
    ("Send", "Send more staff to nights."),
    ("par", "The food was below par."),
    ("wool", "A wool blanket on the trolley made all the difference."),
    ("Split", "Split into two groups for the session, which worked well."),
    ("Trim", "Trim the waiting time and it would be perfect."),
    ("Mobile", "Mobile phone signal is terrible on the ward."),
    ("mobile", "The mobile x-ray came to me, which saved a trip."),
    ("cheddar", "Cheese sandwiches again, at least it was a decent cheddar."),
    ("Derby", "The Derby was on the radio in the ambulance, made the trip go quicker."),
    ("Jersey", "They had Jersey milk in the fridge, a nice touch."),
    ("Bakewell", "A slice of Bakewell tart on the tea trolley cheered me up."),
    ("Eccles", "Eccles cakes on the trolley, lovely."),
    ("Chelsea", "Someone brought in Chelsea buns for the patients."),
    ("Dundee", "A bit of Dundee cake with my cuppa went down well."),
    ("Yorkshire", "The roast even had Yorkshire puddings."),
    ("Brussels", "Brussels sprouts every day this week, not my favourite."),
    ("phoenix", "I feel like a phoenix rising from the ashes after this treatment."),
    ("Turkey", "Turkey dinner was the best meal I had in there."),
    ("china", "They even used proper china cups."),
    ("bury", "I didn't want to bury my head in the sand any more."),
    ("Preston", "Dr <<Preston>> explained the results clearly."),
    ("Bolton", "Sister <<Bolton>> runs a tight ship."),
    ("Lancaster", "Mr <<Lancaster>> the surgeon came to see me after."),
    ("Whitby", "Mrs <<Whitby>> on reception remembered my name."),
    ("Buxton", "Nurse <<Buxton>> was brilliant."),
    ("Chester", "<<Chester>> the driver kept me chatting all the way."),
    ("India", "<<India>> on reception is always cheerful."),
    ("Savannah", "<<Savannah>> the HCA went above and beyond."),
    ("Kerry", "<<Kerry>> from the crisis team rang me back within the hour."),
    ("Shannon", "<<Shannon>>, the student nurse, was a credit to the profession."),
    ("Devon", "<<Devon>> the porter had us all laughing."),
    ("Paris", "<<Paris>> on the night shift sat with me when I couldn't sleep."),
    ("Sydney", "<<Sydney>> the physio pushed me just enough."),
    ("Austin", "<<Austin>> from the community team was so patient."),
    ("Georgia", "<<Georgia>> the OT sorted my rails in a week."),
    ("Jordan", "<<Jordan>> on the 111 line stayed calm when I couldn't."),
    ("Eden", "<<Eden>> the support worker helped me get my benefits sorted."),
    ("Lincoln", "<<Lincoln>> the paramedic explained every step."),
    ("Clare", "<<Clare>> at the front desk was so helpful."),
    ("Victoria", "<<Victoria>> from the district nurses is a gem."),
    ("Dallas", "<<Dallas>> the driver carried my bags to the door."),
    ("Carlisle", "Dr <<Carlisle>> was thorough and kind."),
    ("Adelaide", "My care coordinator <<Adelaide>> never gave up on me."),
    ("Bradford", "Mrs <<Bradford>> the ward manager sorted it straight away."),
]

# Other literal place words in the sentences above that are NOT places here.
DECOY_WORDS = sorted({w for w, _ in DECOYS}, key=str.lower)

SLOT_RE = re.compile(r"\{([A-Z]+[0-9]?)(?::([a-z_]+))?\}|<<([^>]+)>>|\[\[([^\]]+)\]\]")


# ---------------------------------------------------------------------------------------------
# Generator of the invented details.
# ---------------------------------------------------------------------------------------------

TOWN_MIX = {
    "any": {"eng": 36, "small": 14, "sco": 9, "wal": 9, "ni": 6, "ie": 7, "us": 4, "abroad": 6},
    "home": {"eng": 46, "small": 16, "sco": 10, "wal": 10, "ni": 8, "ie": 5, "amb_uk": 5},
    "nocue": {"eng": 56, "sco": 12, "wal": 12, "ni": 8, "ie": 7, "small": 5},
    "county": {"eng": 44, "vil": 14, "sco": 12, "wal": 12, "ni": 9, "ie": 9},
    "list": {"eng": 60, "sco": 9, "wal": 9, "ni": 5, "ie": 5, "small": 6, "amb_uk": 4},
}


def to_ascii(t: str) -> str:
    t = t.replace("ł", "l").replace("ı", "i")
    return unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()


class Gen:
    def __init__(self, rng: random.Random, places: dict[str, list[dict]]):
        self.rng = rng
        self.places = places
        small = [p for k in ("vil", "sco", "wal", "ni", "ie") for p in places[k] if p["small"]]
        self.places = dict(places)
        self.places["small"] = small
        self.places["amb_uk"] = [p for p in places["amb"] if p["kind"] in ("uk", "ie")]
        self.places["amb_abroad"] = [p for p in places["amb"] if p["kind"] in ("abroad", "us")]
        self.decks: dict[str, list] = {}

    # -- dealing from shuffled decks so that everything comes up before anything repeats --
    def deal(self, key: str, items):
        d = self.decks.get(key)
        if not d:
            d = list(items)
            self.rng.shuffle(d)
            self.decks[key] = d
        return d.pop()

    def weighted(self, mix: dict[str, int]) -> str:
        keys = list(mix)
        return self.rng.choices(keys, weights=[mix[k] for k in keys])[0]

    def place(self, cat: str) -> dict:
        if cat in TOWN_MIX:
            cat = self.weighted(TOWN_MIX[cat])
        return self.deal("place:" + cat, self.places[cat])

    def county_place(self) -> dict:
        while True:
            p = self.place("county")
            if p.get("county"):
                return p

    # -- numbers and codes --
    def postcode(self, p: dict) -> str:
        out = self.rng.choice(p["outs"])
        L = POSTCODE_INWARD_LETTERS
        return f"{out} {self.rng.randint(0, 9)}{self.rng.choice(L)}{self.rng.choice(L)}"

    def eircode(self, p: dict) -> str | None:
        if not p["outs"]:
            return None
        key = self.rng.choice(p["outs"])
        return key + " " + "".join(self.rng.choice(EIRCODE_CHARS) for _ in range(4))

    def zipcode(self, p: dict, plus4: bool | None = None) -> str:
        z = p["zip3"] + f"{self.rng.randint(1, 99):02d}"
        if plus4 is None:
            plus4 = self.rng.random() < 0.15
        if plus4:
            z += f"-{self.rng.randint(1000, 9999)}"
        return z

    def house_number(self) -> str:
        n = self.rng.choice([self.rng.randint(1, 30), self.rng.randint(1, 30), self.rng.randint(1, 199)])
        if self.rng.random() < 0.07:
            return f"{n}{self.rng.choice('ab')}"
        return str(n)

    def street(self, abbreviate: float = 0.1) -> str:
        stem = self.deal("stem", STREET_STEMS)
        full, short = self.rng.choice(STREET_TYPES)
        return f"{stem} {short if self.rng.random() < abbreviate else full}"

    # -- names --
    def first(self, g: str) -> str:
        if g == "F":
            return self.deal("F", FEMALE)
        if g == "M":
            return self.deal("M", MALE)
        return self.deal("U", UNISEX)

    def surname(self) -> str:
        return self.deal("SUR", SURNAMES)

    def full(self, g: str | None = None) -> str:
        g = g or self.rng.choice("FM")
        return f"{self.first(g)} {self.surname()}"

    # -- dates and ages --
    WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    WD_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    MON_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

    @staticmethod
    def ordinal(d: int) -> str:
        if 10 <= d % 100 <= 20:
            return f"{d}th"
        return str(d) + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")

    def date(self) -> tuple[str, str]:
        r = self.rng
        d, m = r.randint(1, 28), r.randint(1, 12)
        forms = [
            ("weekday_day", lambda: f"{r.choice(self.WEEKDAYS)} {self.ordinal(d)}"),
            ("day_month", lambda: f"{self.ordinal(d)} {self.MONTHS[m - 1]}"),
            ("day_month", lambda: f"{d} {self.MONTHS[m - 1]}"),
            ("day_month", lambda: f"{self.ordinal(d)} of {self.MONTHS[m - 1]}"),
            ("month_day", lambda: f"{self.MONTHS[m - 1]} {self.ordinal(d)}"),
            ("weekday_day_month", lambda: f"{r.choice(self.WEEKDAYS)} {self.ordinal(d)} {self.MON_SHORT[m - 1]}"),
            ("weekday_day_month", lambda: f"{r.choice(self.WD_SHORT)} {self.ordinal(d)} {self.MON_SHORT[m - 1]}"),
            ("numeric", lambda: f"{d}/{m}"),
            ("numeric", lambda: f"{d:02d}/{m:02d}/{r.choice([2019, 2020, 2021, 2022])}"),
            ("numeric", lambda: f"{d}.{m}.{r.choice([19, 20, 21, 22])}"),
            ("day_month_year", lambda: f"{d} {self.MON_SHORT[m - 1]} {r.choice([2020, 2021, 2022])}"),
        ]
        name, f = forms[r.randrange(len(forms))]
        return f(), name

    def daynum(self) -> str:
        return self.ordinal(self.rng.randint(1, 28))

    WORDS_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    def age(self, words: bool = False, under_100: bool = False) -> str:
        a = self.rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99] + ([] if under_100 else [100, 101, 102, 104]))
        if not words:
            return str(a)
        if a >= 100:
            rest = a - 100
            return "a hundred" + (f" and {self.WORDS_UNITS[rest]}" if rest else "")
        unit = self.WORDS_UNITS[a - 90]
        if not unit:
            return "ninety"
        return "ninety" + self.rng.choice(["-", " "]) + unit

    # -- structured --
    def phone(self) -> str:
        r = self.rng
        n3 = f"{r.randint(0, 999):03d}"
        forms = [
            lambda: f"07700 900{n3}", lambda: f"07700900{n3}", lambda: f"07700 900 {n3}",
            lambda: f"+44 7700 900{n3}", lambda: f"01632 960{n3}",
            lambda: f"020 7946 0{n3}",
            lambda: f"0{r.choice(['113', '114', '115', '116', '117', '118', '121', '131', '141', '151', '161'])} 496 0{n3}",
            lambda: f"0191 498 0{n3}",
        ]
        return r.choice(forms)()

    def hospital_number(self) -> str:
        r = self.rng

        def D(k):
            return "".join(str(r.randint(0, 9)) for _ in range(k))

        def U(k):
            return "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(k))

        forms = [
            lambda: f"{U(1)}{D(7)}", lambda: f"{U(2)}{D(6)}", lambda: f"{U(3)} {D(6)}",
            lambda: f"{U(1)}/{D(4)}/{D(2)}", lambda: f"{U(2)}{D(1)}-{D(3)}-{D(3)}",
            lambda: f"{D(6)}{U(1)}", lambda: f"{U(1).lower()}{D(7)}",
            lambda: f"{U(3)}-{D(2)}-{D(5)}",
        ]
        return r.choice(forms)()

    def email(self) -> str:
        r = self.rng
        f = self.first(r.choice("FMU")).lower()
        s = self.surname().lower().replace(" ", "").replace("'", "")
        f, s = to_ascii(f), to_ascii(s)
        local = r.choice([f"{f}.{s}", f"{f}{s[0]}{r.randint(50, 99)}", f"{f[0]}{s}",
                          f"{f}_{s}", f"the.{s}s", f"{f}+nhs"])
        host = r.choice(["example.com", "example.org", "example.net", "mail.example.com",
                         "home.example.net"])
        return f"{local}@{host}"

    # -- addresses --
    def address(self, kind: str | None = None) -> tuple[str, str]:
        r = self.rng
        if kind is None:
            mix = {"uk_full": 12, "uk_nocounty": 8, "uk_nopc": 8, "uk_flat": 12, "uk_house": 12,
                   "uk_lower": 12, "uk_lines": 10, "uk_village": 12, "sco": 10, "wal": 10, "ni": 9,
                   "ie": 3, "uk_caps": 3}
            kind = self.deal("addr_kind", [k for k, w in mix.items() for _ in range(w)])
        num, st = self.house_number(), self.street()
        if kind in ("uk_full", "uk_nocounty", "uk_nopc", "uk_flat", "uk_lower", "uk_lines",
                    "uk_caps", "care"):
            p = self.deal("addr_eng", self.places["eng"] + [a for a in self.places["amb"] if a["kind"] == "uk"])
            town, county, pc = p["name"], p["county"], self.postcode(p)
            if kind == "uk_full":
                parts = [f"{num} {st}", town] + ([county] if county else []) + [pc]
                return ", ".join(parts), kind
            if kind == "uk_nocounty":
                sep = r.choice([", ", ", ", ","])
                return sep.join([f"{num} {st}", town, pc]), kind
            if kind == "uk_nopc":
                parts = [f"{num} {st}", town] + ([county] if county and r.random() < 0.5 else [])
                return ", ".join(parts), kind
            if kind == "uk_flat":
                form = r.randrange(3)
                if form == 0:
                    stem = self.deal("stem", STREET_STEMS)
                    first = f"Flat {r.randint(1, 24)}, {num} {stem} Court"
                elif form == 1:
                    first = f"Flat {r.randint(1, 60)}, {self.deal('block', BLOCKS)}, {num} {st}"
                else:
                    first = f"Apartment {r.randint(1, 80)}, {self.deal('block', BLOCKS)}, {st}"
                return ", ".join([first, town, pc]), kind
            if kind == "uk_lower":
                parts = [f"{num} {st}", town] + ([pc] if r.random() < 0.75 else [])
                return " ".join(parts).lower(), kind
            if kind == "uk_caps":
                return ", ".join([f"{num} {st}", town, pc]).upper(), kind
            if kind == "uk_lines":
                parts = [f"{num} {st}", town] + ([county] if county and r.random() < 0.5 else []) + [pc]
                return "\n".join(parts), kind
            if kind == "care":
                home = self.deal("care", CARE_HOMES)
                suffix = r.choice(["Care Home", "Nursing Home", "House"])
                return f"Room {r.randint(1, 40)}, {home} {suffix}, {num} {st}, {town}, {pc}", kind
        if kind == "uk_house":
            p = self.deal("addr_house", self.places["eng"] + self.places["vil"])
            house = self.deal("house", HOUSE_NAMES)
            lane = f"{self.deal('stem', STREET_STEMS)} {r.choice(['Lane', 'Road', 'Row', 'Bank', 'Brow'])}"
            town = p["name"]
            if p["cat"] == "vil" and p["post"]:
                town = f"{p['name']}, {p['post']}"
            form = r.randrange(3)
            if form == 0:
                return f"{house}, {lane}, {town}", kind
            if form == 1:
                return ", ".join([house, lane, town] + ([p["county"]] if p["county"] else []) + [self.postcode(p)]), kind
            return "\n".join([house, lane, town.replace(", ", "\n"), self.postcode(p)]), kind
        if kind == "uk_village":
            p = self.deal("addr_vil", self.places["vil"])
            first = f"{num} {st}" if r.random() < 0.7 else self.deal("house", HOUSE_NAMES)
            parts = [first, p["name"]] + ([p["post"]] if p["post"] else [])
            if r.random() < 0.6:
                parts.append(p["county"])
            parts.append(self.postcode(p))
            if r.random() < 0.2:
                return " ".join(parts).replace(",", "").lower(), kind
            return ", ".join(parts), kind
        if kind == "sco":
            p = self.deal("addr_sco", self.places["sco"])
            form = r.randrange(3)
            if form == 0 and not p["small"]:
                first = f"Flat {r.randint(0, 3)}/{r.randint(1, 2)}, {num} {self.deal('stem', STREET_STEMS)} {r.choice(SCOTTISH_TYPES)}"
            elif form == 1 or not p["small"]:
                first = f"{num} {self.deal('stem', STREET_STEMS)} {r.choice(SCOTTISH_TYPES)}"
            else:
                first = self.deal("house_sco", SCOTTISH_HOUSES)
            parts = [first, p["name"]] + ([p["county"]] if p["county"] and r.random() < 0.6 else []) + [self.postcode(p)]
            return ", ".join(parts), kind
        if kind == "wal":
            p = self.deal("addr_wal", self.places["wal"])
            if r.random() < 0.3:
                first = f"{self.deal('house_wal', WELSH_HOUSES)}, {self.deal('welsh', WELSH_STREETS)}"
            else:
                first = f"{num} {self.deal('welsh', WELSH_STREETS)}"
            parts = [first, p["name"]] + ([p["county"]] if p["county"] and r.random() < 0.6 else []) + [self.postcode(p)]
            return ", ".join(parts), kind
        if kind == "ni":
            p = self.deal("addr_ni", self.places["ni"])
            parts = [f"{num} {self.deal('ni_st', NI_STREETS)}", p["name"]]
            if r.random() < 0.6:
                parts.append(p["county"])
            parts.append(self.postcode(p))
            return ", ".join(parts), kind
        if kind == "ie":
            p = self.deal("addr_ie", self.places["ie"])
            county = p["county"] if r.random() < 0.6 else p["county"].replace("Co. ", "County ")
            if r.random() < 0.35:
                first = self.deal("house_ie", IE_HOUSES)
            elif r.random() < 0.2:
                first = f"Apt {r.randint(1, 30)}, {self.deal('ie_st', IE_STREETS)}"
            else:
                first = f"{num} {self.deal('ie_st', IE_STREETS)}"
            parts = [first, p["name"], county]
            ec = self.eircode(p)
            if ec and r.random() < 0.75:
                parts.append(ec)
            return ", ".join(parts), kind
        if kind == "us":
            p = self.deal("addr_us", self.places["us"])
            n = r.randint(100, 9899)
            stn = f"{n} {r.choice(['', '', 'N ', 'S ', 'E ', 'W '])}{self.deal('us_stem', US_STEMS)} {r.choice(US_TYPES)}"
            if r.random() < 0.25:
                stn += f" Apt {r.randint(1, 40)}{r.choice(['', 'A', 'B'])}"
            state = p["abbr"] if r.random() < 0.75 else p["state"]
            tail = f"{p['name']}, {state} {self.zipcode(p)}"
            return (f"{stn}\n{tail}" if r.random() < 0.25 else f"{stn}, {tail}"), kind
        if kind == "intl":
            return self.intl_address(), kind
        raise ValueError(kind)

    def intl_address(self) -> str:
        r = self.rng
        n = r.randint(1, 60)
        forms = [
            lambda: f"ul. {r.choice(['Lipowa', 'Ogrodowa', 'Polna', 'Słoneczna', 'Kwiatowa'])} {n}/{r.randint(1, 20)}, {r.choice(['30', '31'])}-{r.randint(0, 999):03d} Kraków",
            lambda: f"ul. {r.choice(['Długa', 'Brzozowa', 'Leśna'])} {n}, 80-{r.randint(0, 999):03d} Gdańsk",
            lambda: f"{r.choice(['Linden', 'Garten', 'Berg', 'Wiesen'])}straße {n}, 80{r.randint(331, 999)} München",
            lambda: f"{n} rue des {r.choice(['Lilas', 'Tilleuls', 'Acacias', 'Roses'])}, 6900{r.randint(1, 9)} Lyon",
            lambda: f"Calle del {r.choice(['Olivo', 'Pino', 'Naranjo', 'Sol'])} {n}, {r.randint(1, 5)}º {r.choice('ABCD')}, 290{r.randint(1, 18):02d} Málaga",
            lambda: f"Via {r.choice(['Garibaldi', 'delle Rose', 'dei Mille', 'San Rocco'])} {n}, 801{r.randint(0, 47):02d} Napoli",
            lambda: f"Rua das {r.choice(['Flores', 'Oliveiras', 'Camélias'])} {n}, 4050-{r.randint(100, 599)} Porto",
            lambda: f"{n} {r.choice(['Adebayo', 'Olatunji', 'Alhaji Bello'])} Close, Ikeja, Lagos",
            lambda: f"House {n}, Street {r.randint(1, 40)}, Sector G-{r.randint(6, 11)}/{r.randint(1, 4)}, Islamabad",
            lambda: f"Flat {n}{r.choice('ABC')}, {r.choice(['Shanti', 'Sai Krupa', 'Green Park'])} Apartments, {r.randint(1, 90)} Station Road, Pune {411000 + r.randint(1, 60)}",
            lambda: f"{n} Banksia Cres, Toowoomba QLD 4350",
            lambda: f"{n} Birchwood Dr, Halifax, NS B3M {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}",
            lambda: f"{r.choice(['Tulp', 'Linde', 'Beuk'])}straat {n}, 30{r.randint(11, 89)} {r.choice(['AB', 'CK', 'GT', 'LP'])} Rotterdam",
            lambda: f"Lot {n}, {r.choice(['Hibiscus', 'Poinciana', 'Mango Walk'])} Drive, Mandeville, Jamaica",
        ]
        return self.deal("intl", forms)()

    def address_narrative(self) -> tuple[str, str]:
        r = self.rng
        p = self.place("home")
        town = p["name"]
        form = r.randrange(4)
        if form == 0:
            return f"{self.house_number()} {self.street(0)} in {town}", "narrative"
        if form == 1:
            return f"number {self.house_number()} {self.street(0).lower()} in {town.lower()}", "narrative"
        if form == 2:
            return f"{self.street(0)} off {self.street(0)} in {town}", "narrative"
        return f"{self.house_number()} {self.street(0)}, {town}", "narrative"


# ---------------------------------------------------------------------------------------------
# Rendering a sentence into pieces: (text, entity type or None, meta).
# ---------------------------------------------------------------------------------------------

def apply_case(text: str, case: str | None) -> str:
    if case == "lower":
        return text.lower()
    if case == "upper":
        return text.upper()
    return text


class Renderer:
    def __init__(self, gen: Gen, rng: random.Random):
        self.gen, self.rng = gen, rng

    def render(self, template: str, case: str | None = None, town_cat: str = "any",
               form: str = "", town_lower: float = 0.1) -> list[tuple]:
        g, r = self.gen, self.rng
        pieces: list[tuple] = []
        last_us = None
        pos = 0
        for m in SLOT_RE.finditer(template):
            if m.start() > pos:
                pieces.append((template[pos:m.start()], None, None))
            pos = m.end()
            slot, arg, literal, town_lit = m.group(1), m.group(2), m.group(3), m.group(4)
            if literal is not None:
                pieces.append((literal, "NAME", {"form": "decoy_name"}))
                continue
            if town_lit is not None:
                pieces.append((town_lit, "TOWN", {"cat": "amb", "small": False, "form": "cue"}))
                continue
            if slot == "T":
                p = g.place(arg or town_cat)
                # "March" the town only where it cannot be read as the month
                before = "".join(x[0] for x in pieces).lower()
                for _ in range(20):
                    if p["name"] != "March" or re.search(r"(?:\bto|\bfrom|\bnear|live in|lives in)\s*$", before):
                        break
                    p = g.place(arg or town_cat)
                if p["cat"] == "us":
                    last_us = p
                pieces.append((p["name"], "TOWN", {"cat": p["cat"], "small": p["small"], "form": form}))
            elif slot == "TC":
                p = g.county_place()
                county = p["county"]
                if p["cat"] == "ie" and r.random() < 0.4:
                    county = county.replace("Co. ", "County ")
                pieces += [(p["name"], "TOWN", {"cat": p["cat"], "small": p["small"], "form": "county"}),
                           (", ", None, None),
                           (county, "TOWN", {"cat": p["cat"], "form": "county_name"})]
            elif slot in ("TL2", "TL3", "TL4"):
                n = int(slot[2])
                names, seen = [], set()
                while len(names) < n:
                    p = g.place("list")
                    if p["name"] not in seen:
                        seen.add(p["name"])
                        names.append(p)
                if n == 2:
                    seps = [r.choice([" and ", " and ", " and ", " & "])]
                else:
                    last = r.choice([" and ", " and ", ", ", " & "])
                    seps = [", "] * (n - 2) + [last]
                for i, p in enumerate(names):
                    pieces.append((p["name"], "TOWN", {"cat": p["cat"], "small": p["small"], "form": "list"}))
                    if i < n - 1:
                        pieces.append((seps[i], None, None))
            elif slot in ("US", "USS", "USZ"):
                p = g.place("us")
                last_us = p
                pieces.append((p["name"], "TOWN", {"cat": "us", "small": False, "form": form or "us"}))
                if slot == "USS":
                    pieces.append((r.choice([f", {p['state']}", f", {p['state']}", f", {p['abbr']}", f" {p['abbr']}"]), None, None))
                elif slot == "USZ":
                    pieces.append((f", {p['abbr']} ", None, None))
                    pieces.append((g.zipcode(p), "ZIP", {"form": "after_city"}))
            elif slot == "ZIP":
                p = last_us or g.place("us")
                pieces.append((g.zipcode(p, False), "ZIP", {"form": "in_brackets"}))
            elif slot in ("F", "M", "U"):
                pieces.append((g.first(slot), "NAME", {"form": "first"}))
            elif slot in ("FULL", "FULLF", "FULLM"):
                gender = {"FULL": None, "FULLF": "F", "FULLM": "M"}[slot]
                pieces.append((g.full(gender), "NAME", {"form": "full"}))
            elif slot == "SUR":
                pieces.append((g.surname(), "NAME", {"form": "surname"}))
            elif slot == "ADDR":
                value, kind = g.address(arg)
                pieces.append((value, "ADDRESS", {"kind": kind}))
            elif slot == "ADDRN":
                value, kind = g.address_narrative()
                pieces.append((value, "ADDRESS", {"kind": kind}))
            elif slot == "DATE":
                value, kind = g.date()
                pieces.append((value, "DATE", {"kind": kind}))
            elif slot == "DAYNUM":
                pieces.append((g.daynum(), "DATE", {"kind": "day_only"}))
            elif slot in ("AGE", "AGEW", "AGEN"):
                pieces.append((g.age(slot != "AGE", under_100=slot == "AGEN"), "AGE_OVER_89",
                               {"kind": "digits" if slot == "AGE" else "words"}))
            elif slot == "PHONE":
                pieces.append((g.phone(), "PHONE", {}))
            elif slot == "PC":
                p = g.deal("pc_place", [x for k in ("eng", "sco", "wal", "ni", "vil") for x in g.places[k]])
                pc = g.postcode(p)
                u = r.random()
                if u < 0.15:
                    pc = pc.lower()
                elif u < 0.25:
                    pc = pc.replace(" ", "")
                pieces.append((pc, "POSTCODE", {}))
            elif slot == "HOSP":
                pieces.append((g.hospital_number(), "HOSPITAL_NUMBER", {}))
            elif slot == "EMAIL":
                pieces.append((g.email(), "EMAIL", {}))
            else:
                raise ValueError(slot)
        if pos < len(template):
            pieces.append((template[pos:], None, None))
        out = []
        for text, etype, meta in pieces:
            if case:
                text = apply_case(text, case)
            elif etype == "TOWN" and r.random() < town_lower:
                text = text.lower()
                meta = dict(meta, lowered=True)
            out.append((text, etype, meta))
        return out


# ---------------------------------------------------------------------------------------------
# In-place rules: text inserted right after (or before) the writer's own words. Insertions only:
# the writer's characters are never changed, so the untouched pieces joined give `original`.
# ---------------------------------------------------------------------------------------------

FOLLOW_VERB = r"^\s+(?:was|is|were|has|had|who|that|came|rang|called|phoned|arrived|turned|are|listened|explained|took|made|gave|helped)\b"


def pronoun_gender(after: str) -> str:
    after = after[:140].lower()
    she = re.search(r"\b(she|her|hers|herself)\b", after)
    he = re.search(r"\b(he|his|him|himself)\b", after)
    if she and not he:
        return "F"
    if he and not she:
        return "M"
    if she and he:
        return "F" if she.start() < he.start() else "M"
    return "U"


REL_GENDER = {"husband": "M", "dad": "M", "father": "M", "son": "M", "brother": "M", "grandad": "M",
              "grandson": "M", "uncle": "M", "grandfather": "M",
              "wife": "F", "mum": "F", "mother": "F", "daughter": "F", "sister": "F", "nan": "F",
              "gran": "F", "grandma": "F", "granddaughter": "F", "aunt": "F", "grandmother": "F"}


class Rule:
    def __init__(self, name, kind, pattern, builder, flags=0):
        self.name, self.kind = name, kind
        self.rx = re.compile(pattern, flags)
        self.builder = builder


def _ins_after(template, town_cat="home", form=""):
    def b(m, text, ctx):
        return m.end(), ctx.render(template, town_cat=town_cat, form=form)
    return b


def _reject_follow(pattern):
    rx = re.compile(pattern)

    def wrap(builder):
        def b(m, text, ctx):
            if rx.search(text[m.end():]):
                return None
            return builder(m, text, ctx)
        return b
    return wrap


def _need_follow(pattern):
    rx = re.compile(pattern)

    def wrap(builder):
        def b(m, text, ctx):
            if not rx.search(text[m.end():]):
                return None
            return builder(m, text, ctx)
        return b
    return wrap


def _reject_before(pattern):
    rx = re.compile(pattern, re.I)

    def wrap(builder):
        def b(m, text, ctx):
            if rx.search(text[:m.start()]):
                return None
            return builder(m, text, ctx)
        return b
    return wrap


AT_HOME_IDIOM = r"\b(?:feel|felt|feeling|feels|made|make|makes|making|put|puts|putting|set|sets|kept|keep)\b(?:\s+\S+){0,4}\s*$"


def _choice_after(options, town_cat="home", form=""):
    def b(m, text, ctx):
        t = ctx.rng.choice(options)
        if t.endswith(",") and re.match(r"^\s*[,.;:!?]", text[m.end():]):
            t = t.rstrip(",")
        return m.end(), ctx.render(t, town_cat=town_cat, form=form)
    return b


def _before_group(template, group=1, town_cat="home", form=""):
    def b(m, text, ctx):
        return m.start(group), ctx.render(template, town_cat=town_cat, form=form)
    return b


def _name_role(m, text, ctx):
    role = m.group(1).lower()
    after = text[m.end():]
    g = {"lady": "F", "woman": "F", "gentleman": "M", "man": "M"}.get(role) or pronoun_gender(after)
    slot = {"F": "{F}", "M": "{M}", "U": "{U}"}[g]
    opts = [f" ({slot})"]
    if not re.match(r"^\s*[,.;:!?]", after):
        opts.append(f", {slot},")
    if role not in ("lady", "woman", "gentleman", "man"):
        opts.append(f" {slot}")
    return m.end(), ctx.render(ctx.rng.choice(opts), form="in_place")


def _name_relative(m, text, ctx):
    rel = m.group(1).lower()
    g = REL_GENDER.get(rel) or pronoun_gender(text[m.end():])
    slot = {"F": "{F}", "M": "{M}", "U": "{U}"}[g]
    full = {"F": "{FULLF}", "M": "{FULLM}", "U": "{FULL}"}[g]
    opts = [f" {slot}", f" ({full})"]
    if not re.match(r"^\s*[,.;:!?]", text[m.end():]):
        opts.append(f", {slot},")
    return m.end(), ctx.render(ctx.rng.choice(opts), form="in_place")


def _name_thanks(m, text, ctx):
    opts = [" {F}", " {M}", " {U}", " {F} and {M}", " {M}, {F} and {U}", " {FULL}"]
    if m.group(0).lower().endswith("all"):
        opts = [" {F} and {M}", " {M}, {F} and {U}", " {U} and {F}"]
    return m.end(), ctx.render(ctx.rng.choice(opts), form="in_place")


def _age_relative(m, text, ctx):
    after = text[m.end():]
    elderly = "elderly" in m.group(0).lower()
    opts = [] if elderly else [("before", "{AGE} year old "), ("before", "{AGE}-year-old "),
                               ("before", "{AGE}yo "), ("before", "{AGEN} year old ")]
    if re.match(r"^\s+(?:was|is|has|had|and|who|came|fell|were)\b|^\s*[,.]", after):
        opts += [("after", " ({AGE})"), ("after", " (aged {AGEW})")]
        if not re.match(r"^\s*[,.;:!?]", after):
            opts.append(("after", ", who is {AGE},"))
    if not opts:
        return None
    where, t = ctx.rng.choice(opts)
    return (m.start(1) if where == "before" else m.end()), ctx.render(t, form="in_place")


def make_rules() -> list[Rule]:
    I = re.IGNORECASE
    R = []
    # -- TOWN --
    R.append(Rule("to hospital", "TOWN", r"\b(?:to|at|into|in) (?:the )?hospital\b",
                  _need_follow(r"^\s*[,.!?;)]|^\s*$|^\s+(?:but|so|because|for|with|by|as|after|before|when|where|which|who|that|to|I|we|it|he|she|they|was|is|were|within|quickly|promptly|safely|today|again|straight|immediately|if|until|than|the)\b")(
                      _ins_after(" in {T}", form="in_place"))))
    R.append(Rule("at home", "TOWN", r"\bat home\b",
                  _reject_before(AT_HOME_IDIOM)(_reject_follow(r"^\s+(?:in|at|and|or)\b|^[\w'-]")(_ins_after(" in {T}", form="in_place")))))
    R.append(Rule("the journey", "TOWN", r"\b[Tt]he (?:journey|drive|trip)\b",
                  _need_follow(r"^\s+(?:was|is|took|itself|were)\b|^\s*[,.!]")(
                      _choice_after([" from {T}", " back to {T}", " down from {T}", " over from {T}", " up to {T}"], form="in_place"))))
    R.append(Rule("took me home", "TOWN",
                  r"\b(?:took|take|taking|brought|bring|bringing|got|get|getting|dropped|drove|driving) (?:me|us|him|her|mum|dad|my (?:mum|dad|husband|wife)) (?:back )?home\b",
                  _reject_follow(r"^\s+(?:to|in)\b|^[\w'-]")(_ins_after(" to {T}", form="in_place"))))
    R.append(Rule("my GP", "TOWN", r"\b[Mm]y GP(?: surgery| practice)?\b",
                  _need_follow(r"^\s+(?:was|is|has|had|referred|sent|said|told|rang|called|were|could|couldn't|wouldn't|did|didn't)\b")(
                      _ins_after(" in {T}", form="in_place"))))
    R.append(Rule("A&E", "TOWN", r"\b(?:to|at|in|from|attend|attended) (A ?& ?E|a ?& ?e|A and E|ED)(?![\w&])",
                  _before_group("{T} ", form="in_place")))
    R.append(Rule("the crew", "TOWN", r"\b[Tt]he (?:ambulance )?(?:crew|paramedics|ambulance staff)\b",
                  _need_follow(FOLLOW_VERB + r"|^\s*[,.!]")(_ins_after(" from {T}", form="in_place"))))
    R.append(Rule("on holiday", "TOWN", r"\bon holiday\b",
                  _reject_follow(r"^\s+(?:in|at|to)\b|^[\w'-]")(_ins_after(" in {T}", town_cat="any", form="in_place"))))
    R.append(Rule("my relative lives", "TOWN",
                  r"\b[Mm]y (?:mum|mother|dad|father|daughter|son|sister|brother|nan|gran|grandma|grandad|aunt|uncle)\b",
                  _need_follow(r"^\s+(?:was|is|has|had|came|rang|called|phoned)\b")(
                      _choice_after([" in {T}", " down in {T}", " up in {T}", " over in {T}", ", who lives in {T},"], town_cat="any", form="in_place"))))
    R.append(Rule("travelled", "TOWN", r"\btravell?ed\b",
                  _need_follow(r"^\s+(?:to|for)\b|^\s*[,.!]")(_ins_after(" from {T}", form="in_place"))))
    R.append(Rule("the hospital was", "TOWN", r"\b[Tt]he hospital\b",
                  _need_follow(r"^\s+(?:was|is|were|has|had)\b")(_ins_after(" in {T}", form="in_place"))))
    R.append(Rule("in the area", "TOWN", r"\b(?:in|around|round|across|from) the (?:local )?(area)\b",
                  _before_group("{T:nocue} ", form="in_place")))
    R.append(Rule("moved here", "TOWN", r"\bmoved here\b",
                  _reject_follow(r"^\s+from\b|^[\w'-]")(_ins_after(" from {T}", town_cat="any", form="in_place"))))
    R.append(Rule("the bus", "TOWN", r"\b[Tt]he (bus)\b", _before_group("{T:nocue} ", form="in_place")))
    R.append(Rule("locally", "TOWN", r"\blocally\b",
                  _reject_follow(r"^\s+in\b|^[\w'-]")(_ins_after(" in {T}", form="in_place"))))
    R.append(Rule("my local", "TOWN",
                  r"\bmy local (?:hospital|surgery|pharmacy|chemist|GP|practice|clinic|health centre)\b",
                  _reject_follow(r"^\s+in\b|^[\w'-]")(_ins_after(" in {T}", form="in_place"))))
    R.append(Rule("close to home", "TOWN", r"\bclose to home\b",
                  _reject_follow(r"^\s+in\b|^[\w'-]")(_ins_after(" in {T}", form="in_place"))))
    R.append(Rule("got home", "TOWN",
                  r"\b(?:got|get|getting|go|going|went|come|came|coming|arrived|arrive|be|was|back) (?:back )?home\b",
                  _reject_follow(r"^\s+(?:to|in|at|from)\b|^[\w'-]")(_ins_after(" to {T}", form="in_place"))))
    R.append(Rule("the ambulance", "TOWN", r"\b[Tt]he ambulance\b",
                  _need_follow(r"^\s+(?:arrived|came|was|got|turned|took)\b")(_ins_after(" from {T}", form="in_place"))))
    R.append(Rule("the service", "TOWN", r"\b[Tt]he (service)\b",
                  _need_follow(r"^\s+(?:was|is|has|were|provided|offered|gave)\b")(_before_group("{T:nocue} ", form="in_place"))))
    R.append(Rule("the clinic", "TOWN", r"\b[Tt]he (?:clinic|centre|center|hospice|walk-in centre|health centre|surgery)\b",
                  _need_follow(r"^\s+(?:was|is|were|has|had|staff)\b|^\s*[,.!]")(_ins_after(" in {T}", form="in_place"))))
    R.append(Rule("near me", "TOWN", r"\b(?:near|nearer|closer) (?:to )?(?:me|home|where I live)\b",
                  _reject_follow(r"^\s+in\b|^[\w'-]")(_ins_after(" in {T}", form="in_place"))))
    # -- NAME --
    R.append(Rule("thank you (end)", "NAME",
                  r"\b(?:thank you|thanks)(?: (?:so much|very much|all|again))?(?=\s*[.!]*\s*$)",
                  lambda m, t, c: _name_thanks(m, t, c), I))
    R.append(Rule("the role", "NAME",
                  r"\b[Tt]he (nurse|driver|paramedic|doctor|physio|physiotherapist|receptionist|call handler|therapist|health visitor|support worker|carer|porter|psychologist|psychiatrist|consultant|midwife|social worker|care coordinator|student nurse|technician|operator|call taker|lady|gentleman|woman)\b",
                  _need_follow(FOLLOW_VERB + r"|^\s*,")(_name_role)))
    R.append(Rule("my relative", "NAME",
                  r"\b[Mm]y (husband|wife|son|daughter|mum|dad|partner|brother|sister|grandson|granddaughter|friend)\b",
                  _reject_follow(r"^(?:['’]s|-in-law|\s+in[- ]law|\s+(?:[A-Z][a-z]+)\b)")(_name_relative)))
    # -- AGE_OVER_89 --
    R.append(Rule("my relative (age)", "AGE_OVER_89",
                  r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur) (?:elderly )?(mum|mother|dad|father|nan|gran|grandma|grandad|husband|wife|aunt|uncle|grandmother|grandfather|nanna|granny)\b",
                  _reject_follow(r"^(?:-in-law|\s+in[- ]law)")(_age_relative)))
    R.append(Rule("elderly person", "AGE_OVER_89",
                  r"\b(?:elderly|old) (?:lady|man|gentleman|woman|patient|mother|father|relative)\b",
                  _reject_follow(r"^[\w'-]")(_ins_after(" of {AGE}", form="in_place"))))
    # -- DATE --
    R.append(Rule("today", "DATE", r"\b(?:[Tt]oday|[Yy]esterday|last (?:week|night))\b",
                  _reject_follow(r"^[\w'-]|^\s*\(")(_ins_after(" ({DATE})", form="in_place"))))
    R.append(Rule("my appointment", "DATE", r"\b(?:my|the|an|her|his|our) appointment\b",
                  _need_follow(r"^\s*[,.!?;)]|^\s*$|^\s+(?:was|is|and|but|so|because|I|which|that|to|with|as|went|had|has)\b")(
                      _ins_after(" on {DATE}", form="in_place"))))
    R.append(Rule("I rang", "DATE", r"\bI (?:rang|called|phoned)\b",
                  _need_follow(r"^\s+(?:to|for|about|and|but)\b|^\s*[,.]")(_ins_after(" on {DATE}", form="in_place"))))
    R.append(Rule("admitted", "DATE", r"\b(?:was|were|got|been) (?:admitted|discharged)\b",
                  _reject_follow(r"^\s+on\b|^[\w'-]")(_ins_after(" on {DATE}", form="in_place"))))
    # -- ADDRESS --
    R.append(Rule("took me home (address)", "ADDRESS",
                  r"\b(?:took|take|taking|brought|bring|got|get|getting|dropped|drove) (?:me|us|him|her|mum|dad) (?:back )?home\b",
                  _reject_follow(r"^\s+(?:to|in)\b|^[\w'-]")(_ins_after(" to {ADDRN}", form="in_place"))))
    R.append(Rule("at home (address)", "ADDRESS", r"\bat home\b",
                  _reject_before(AT_HOME_IDIOM)(_reject_follow(r"^\s+(?:in|at)\b|^[\w'-]|^\s*\(")(
                      lambda m, t, c: (m.end(), c.render(c.rng.choice([" ({ADDR:uk_nopc})", " ({ADDR:uk_full})", " ({ADDR:uk_nocounty})", " ({ADDR:uk_village})"]), form="in_place"))))))
    R.append(Rule("my house (address)", "ADDRESS",
                  r"\b(?:to|at|from|outside) my (?:house|home|flat|bungalow)\b",
                  _reject_follow(r"^[\w'-]|^\s*\(")(
                      lambda m, t, c: (m.end(), c.render(c.rng.choice([" on {ADDRN}", " ({ADDR:uk_nopc})", " ({ADDR:uk_lower})"]), form="in_place")))))
    return R


# ---------------------------------------------------------------------------------------------
# Reading the sources and choosing clean comments.
# ---------------------------------------------------------------------------------------------

MONTH_RX = re.compile(
    r"\b(?:january|february|april|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|christmas|xmas|easter|new year|birthday)\b", re.I)
CAP_MONTH_RX = re.compile(r"\b(?:May|March|MAY|MARCH)\b")
BAD_RX = re.compile(
    r"[@#*\[\]{}<>|_~^\\]|https?:|www\.|\.com\b|\.co\.uk|\.org\b|\.net\b|\.nhs\b|xxx|redact|name removed|"
    r"\b[A-Z]\d{1,3}\b|\d{3,}|\d\s*[/.:\-]\s*\d|\b\d+(?:st|nd|rd|th)\b|\b(?:9\d|1\d\d)\b|ninety|hundred|centenarian", re.I)
TITLE_RX = re.compile(r"\b(?:dr|mr|mrs|ms|miss|nurse|sister|prof|doctor|matron)\.?\s+([A-Za-z][\w'-]*)", re.I)
TOKEN_RX = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]+")

# Local places around the trusts in the source files (written here from general knowledge);
# comments naming them are left out so that no real place stays unlabelled.
LOCAL_EXTRA = """northamptonshire northants rushden raunds thrapston irthlingborough desborough rothwell
berrywood danetre isebrook tyneside teesside wearside jarrow hebburn cramlington wansbeck
killingworth wallsend whickham blaydon ryton prudhoe ponteland bedlington spennymoor shildon
sedgefield billingham thornaby ingleby eston ormesby nunthorpe loftus brotton yarm eaglescliffe
northumbria cleveland nottinghamshire notts leicestershire leics rutland bassetlaw rampton wigston
oadby glenfield coalville lutterworth syston birstall ruddington bingham lowdham southwell hucknall
beeston bridgford mapperley bulwell ollerton ashfield kirkby loughborough newark melton
hinckley highcroft rvi""".split()
LOCAL_PHRASES = ["higham ferrers", "burton latimer", "st crispin", "cynthia spencer", "newton aycliffe",
                 "james cook", "beaumont leys", "west bridgford", "north tyneside", "south tyneside",
                 "market harborough", "chester le street"]

AMBIG_COMMON = {"reading", "bath", "deal", "street", "march", "sale", "wells", "ware", "hope",
                "battle", "settle", "rugby", "sandwich", "leek", "rye", "barking", "eye", "send",
                "par", "wool", "split", "trim", "mobile", "nice", "bury", "mold", "wick", "holt",
                "derby", "cheddar", "diss", "nelson", "hamilton", "florence", "perth", "bangor",
                "newport", "richmond", "hull", "boston", "kingston"}
# words the corpus capitalises more often than not, that are still ordinary words
COMMON_OK = {"i'm", "i've", "i'd", "i'll", "im", "ive", "covid", "covid-", "ticked", "interesting",
             "city", "north", "south", "east", "west", "county", "doc", "gps", "gp's", "hcas",
             "hca's", "tvs", "ot's", "cpn's", "csw's", "intensive", "introduction", "good-",
             "dads", "immedietley", "neurology", "xray", "tens", "interpreter", "theparamedics",
             "entinox", "echocardiogram", "inproved", "gettin", "croup", "aider", "velcro",
             "chiropractor", "class-", "dexamethasone", "aciclovir", "pregabalin", "clozapine",
             "dopamine", "alzheimer's", "excellent'", "idea's", "bbq's", "psychiatrist-",
             "disorder'", "methodone", "african", "english"}


def norm_text(t: str) -> str:
    t = re.sub(r"\s+", "", t.lower())
    return re.sub(r"[.!?,;:…'\"\s]+$", "", t)


def read_ids(path: Path) -> list[str]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line)["id"])  # only the id is kept
    return out


def read_sources(fft_dir: Path) -> list[dict]:
    rows = []
    with open(fft_dir / "fft_phase1.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({"id": "fft1:" + r["row_index"], "text": r["feedback"].strip(),
                         "group": "phase1/" + r["organization"], "file": "fft_phase1.csv"})
    with open(fft_dir / "fft_phase2_v6framework.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            svc = r["Service type 1"].replace("\xa0", " ").strip()
            svc = re.sub(r"\s+", " ", svc)
            if r["Trust"] == "NHFT" and svc not in ("Local partnerships- MH", "Community health services", "Forensic"):
                svc = "other"
            rows.append({"id": "fft2:" + r["Comment ID"], "text": r["FFT answer"].strip(),
                         "group": f"phase2/{r['Trust']}/{svc}", "file": "fft_phase2_v6framework.csv"})
    return rows


def place_vocabulary(places: dict[str, list[dict]]) -> tuple[set[str], list[str]]:
    words, phrases = set(), set()
    names = set()
    for _cat, items in places.items():
        for p in items:
            for key in ("name", "county", "post"):
                v = p.get(key)
                if v:
                    names.add(v)
            if p.get("state"):
                names.add(p["state"])
    names |= {"yorkshire", "lancashire", "cornwall", "cumbria", "northumberland", "durham", "kent",
              "devon", "dorset", "somerset", "essex", "surrey", "sussex", "norfolk", "suffolk",
              "london", "wales", "scotland", "ireland", "ulster", "highlands", "grange-over-sands",
              "ambleside", "southwold", "braintree", "leyburn", "sedbergh", "wigton", "richmond",
              "looe", "hope valley", "pwllheli", "ballymena"}
    for n in names:
        n = n.lower().replace("co. ", "")
        if re.search(r"[\s-]", n) or "'" in n:
            phrases.add(n)
            for part in re.split(r"[\s-]+", n):
                if len(part) > 3 and part not in ("upon", "under", "with", "the", "city", "north",
                                                  "south", "east", "west", "great", "market",
                                                  "new", "port", "bridge", "castle", "bay", "lake",
                                                  "salt", "wells", "street", "valley", "green"):
                    words.add(part)
        else:
            words.add(n)
    return words, sorted(phrases)


def person_vocabulary() -> set[str]:
    out = set()
    for n in FEMALE + MALE + UNISEX + SURNAMES:
        for part in re.split(r"[\s-]+", n.lower()):
            if len(part) > 2:
                out.add(part)
    for _, s in DECOYS:
        for lit in re.findall(r"<<([^>]+)>>", s):
            out.add(lit.lower())
    return out


class Corpus:
    def __init__(self, rows: list[dict]):
        self.low = collections.Counter()
        midcap = collections.Counter()
        for r in rows:
            t = r["text"]
            for m in TOKEN_RX.finditer(t):
                w = m.group().strip("'’-")
                if not w:
                    continue
                if w.islower():
                    self.low[w] += 1
                elif w[0].isupper() and not w.isupper():
                    pre = t[:m.start()].rstrip()
                    if pre and pre[-1] not in ".!?\n:;\"(-":
                        midcap[w.lower()] += 1
        self.proper = {w for w, n in midcap.items() if n > self.low[w]}


def sentence_initial(text: str, start: int) -> bool:
    pre = text[:start].rstrip()
    return not pre or pre[-1] in ".!?\n:;\"(-"


def clean_reason(text: str, corpus: Corpus, placewords: set[str], placephrases: list[str],
                 personwords: set[str]) -> str | None:
    if BAD_RX.search(text):
        return "pattern"
    if MONTH_RX.search(text) or CAP_MONTH_RX.search(text):
        return "month"
    low_text = " " + re.sub(r"[^a-zà-ÿ'’\s-]", " ", text.lower()) + " "
    low_text = re.sub(r"\s+", " ", low_text)
    for ph in placephrases + LOCAL_PHRASES:
        if re.search(r"(?<![a-z])" + re.escape(ph) + r"(?![a-z])", low_text.replace("-", " ") if " " in ph else low_text):
            return "place"
    for m in TITLE_RX.finditer(text):
        w2 = m.group(1)
        if w2[0].isupper() or corpus.low[w2.lower()] < 20:
            return "title"
    lower_comment = not any(c.isupper() for c in text)
    for m in TOKEN_RX.finditer(text):
        raw = m.group().strip("'’-")
        if not raw:
            continue
        w = raw
        if re.fullmatch(r"[A-Za-z][a-z]*(?:I[a-z]+)+[a-z]*", w):  # the source's "wIth" artefact
            w = w[0] + w[1:].replace("I", "i")
        lw = re.sub(r"['’]s$", "", w.lower())
        cap = w[0].isupper()
        initial = sentence_initial(text, m.start())
        if lw in placewords or lw in personwords or lw in LOCAL_EXTRA:
            if lw in AMBIG_COMMON:
                if cap and not initial:
                    return "place-word"
                if cap and w.isupper() and len(w) > 1:
                    return "place-word"
            elif cap or corpus.low[lw] < 3:
                return "name-or-place"
        if lw in corpus.proper and lw not in COMMON_OK:
            if cap or corpus.low[lw] < 3:
                return "proper"
        if cap and lw not in corpus.low and not (w.isupper() and len(w) <= 6) and lw not in COMMON_OK:
            if lw != "i" and not re.fullmatch(r"i['’](m|ve|d|ll)", lw):
                return "capitalised"
        if lower_comment and corpus.low[lw] < 2:
            return "rare-lower"
    return None


# ---------------------------------------------------------------------------------------------
# Records.
# ---------------------------------------------------------------------------------------------

def detect_case(text: str) -> str | None:
    letters = [c for c in text if c.isalpha()]
    if not any(c.isupper() for c in letters):
        return "lower"
    if len(letters) >= 15 and sum(c.isupper() for c in letters) / len(letters) > 0.9:
        return "upper"
    return None


class Rec:
    def __init__(self, row: dict):
        self.id, self.original, self.group, self.file = row["id"], row["text"], row["group"], row["file"]
        self.fresh = row["fresh"]
        self.reserve = row.get("reserve")
        self.pieces: list[list] = [["orig", self.original, None, None]]
        self.case = detect_case(self.original)
        self.inplace: list[str] = []
        self.woven: list[str] = []
        self.templates: set[str] = set()
        self.decoy: str | None = None
        self.signoff = False

    def n_units(self) -> int:
        return len(self.inplace) + len(self.woven)

    def text(self) -> str:
        return "".join(p[1] for p in self.pieces)


class Ctx:
    """What an in-place builder needs: rendering in the record's case, and the rng."""

    def __init__(self, renderer: Renderer, rec: Rec):
        self.renderer, self.rec, self.rng = renderer, rec, renderer.rng

    def render(self, template, town_cat="home", form=""):
        return self.renderer.render(template, case=self.rec.case, town_cat=town_cat, form=form)


def try_inplace(rec: Rec, rule: Rule, renderer: Renderer) -> bool:
    ctx = Ctx(renderer, rec)
    for i, piece in enumerate(rec.pieces):
        if piece[0] != "orig":
            continue
        text = piece[1]
        last = i == len(rec.pieces) - 1
        for m in rule.rx.finditer(text):
            if m.end() == len(text) and not last:
                continue
            res = rule.builder(m, text, ctx)
            if res is None:
                continue
            pos, new = res
            before, after = text[:pos], text[pos:]
            repl = []
            if before:
                repl.append(["orig", before, None, None])
            for t, et, meta in new:
                repl.append(["ins", t, et, dict(meta or {}, where="in_place", rule=rule.name) if et else None])
            if after:
                repl.append(["orig", after, None, None])
            rec.pieces[i:i + 1] = repl
            rec.inplace.append(rule.kind)
            return True
    return False


def boundaries(rec: Rec) -> list[tuple[int, int]]:
    nxt = "[a-z]" if rec.case == "lower" else "[A-Z]"
    out = []
    for i, piece in enumerate(rec.pieces):
        if piece[0] != "orig":
            continue
        for m in re.finditer(r"[.!?]+[\"')]*[ \t]+(?=" + nxt + ")", piece[1]):
            if m.end() < len(piece[1]):
                out.append((i, m.end()))
    return out


def place_woven(rec: Rec, planted: list[tuple], where: str, unit: str):
    label = where if isinstance(where, str) else "between"
    ins = [["ins", t, et, dict(meta or {}, where=label, unit=unit) if et else None] for t, et, meta in planted]
    if where == "signoff":
        rec.pieces += [["sep", "\n", None, None]] + ins
        return
    ends_open = not re.search(r"[.!?:)]$", planted[-1][0])
    if where == "start":
        rec.pieces[0:0] = ins + [["sep", "\n" if ends_open else " ", None, None]]
    elif where == "end":
        cur = rec.text()
        sep = ". " if cur[-1].isalnum() else ("\n" if ends_open else " ")
        if ends_open and sep == ". ":
            sep = ".\n"
        rec.pieces += [["sep", sep, None, None]] + ins
    else:
        i, pos = where
        piece = rec.pieces[i]
        before, after = piece[1][:pos], piece[1][pos:]
        rec.pieces[i:i + 1] = [["orig", before, None, None]] + ins + [["sep", " ", None, None], ["orig", after, None, None]]


# ---------------------------------------------------------------------------------------------
# Quotas.
# ---------------------------------------------------------------------------------------------

INPLACE_QUOTA = {"ADDRESS": 10, "AGE_OVER_89": 14, "DATE": 20, "NAME": 40, "TOWN": 85}

WOVEN_GROUPS = {
    # unit: (templates, town category for a bare {T}, quota)
    "town_cue": (TOWN_CUE, "any", 88),
    "town_amb": (TOWN_CUE, "amb", 30),
    "town_amb_lit": (TOWN_AMB_LITERAL, "amb", 12),
    "town_nocue": (TOWN_NOCUE, "nocue", 38),
    "town_small": (TOWN_SMALL, "small", 30),
    "town_abroad": (TOWN_ABROAD, "abroad", 24),
    "town_us": (TOWN_US, "us", 16),
    "town_county": (TOWN_COUNTY, "any", 32),
    "town_list": (TOWN_LIST, "list", 30),
    "town_two": (TOWN_TWO, "home", 12),
    "town_poss": (TOWN_POSS, "nocue", 8),
    "signoff": (SIGNOFFS, "home", 14),
    "address": (ADDR_SENTENCES, "home", 150),
    "name": (NAME_SENTENCES, "any", 88),
    "date": (DATE_SENTENCES, "any", 54),
    "age": (AGE_SENTENCES, "any", 24),
    "phone": (STRUCT_SENTENCES["PHONE"], "any", 14),
    "postcode": (STRUCT_SENTENCES["POSTCODE"], "any", 14),
    "zip": (STRUCT_SENTENCES["ZIP"], "any", 10),
    "hosp": (STRUCT_SENTENCES["HOSPITAL_NUMBER"], "any", 14),
    "email": (STRUCT_SENTENCES["EMAIL"], "any", 10),
}
N_DECOYS = 80
RULE_CAP = 18  # at most this many uses of one in-place rule
N_REUSED_LOWER = 20
GROUP_TARGETS = {  # records per source group
    "phase1/Trust A": 110, "phase1/Trust B": 110, "phase1/Trust C": 110,
    "phase2/NEAS/111": 36, "phase2/NEAS/See and Convey": 36, "phase2/NEAS/PTS - Patient Transport": 36,
    "phase2/NHFT/Local partnerships- MH": 36, "phase2/NHFT/Community health services": 34,
    "phase2/NHFT/Forensic": 32,
}


def build(args) -> tuple[list[dict], dict]:
    rng = random.Random(args.seed)
    fft_dir = (ROOT / args.fft_dir).resolve()
    rows = read_sources(fft_dir)
    text_by_id = {r["id"]: r["text"] for r in rows}
    held = set()
    for f in HELD_OUT_FILES:
        held |= set(read_ids(ROOT / f))
    other = set()
    for f in OTHER_DEV_FILES:
        other |= set(read_ids(ROOT / f))
    held_norm = {norm_text(text_by_id[i]) for i in sorted(held) if i in text_by_id}

    places = load_places()
    placewords, placephrases = place_vocabulary(places)
    personwords = person_vocabulary()
    corpus = Corpus(rows)

    stats = collections.Counter()
    id_count = collections.Counter(r["id"] for r in rows)
    seen_norm = set()
    pool = collections.defaultdict(list)
    for r in rows:
        t = r["text"]
        if id_count[r["id"]] > 1:
            stats["drop: id twice"] += 1
            continue
        if not 30 <= len(t) <= 600:
            stats["drop: length"] += 1
            continue
        if r["id"] in held:
            stats["drop: held-out id"] += 1
            continue
        n = norm_text(t)
        if n in held_norm:
            stats["drop: held-out text"] += 1
            continue
        if n in seen_norm:
            stats["drop: repeat"] += 1
            continue
        seen_norm.add(n)
        why = clean_reason(t, corpus, placewords, placephrases, personwords)
        if why:
            stats["drop: " + why] += 1
            continue
        r = dict(r, fresh=r["id"] not in other)
        pool[r["group"]].append(r)
        stats["clean fresh" if r["fresh"] else "clean reused"] += 1

    rules = make_rules()

    # Which in-place rules could take each comment (a dry run on its own random stream).
    class _Dry:
        rng = random.Random(0)

        @staticmethod
        def render(template, town_cat="home", form=""):
            return [("x", None, None)]

    def can_apply(text: str, kind: str) -> bool:
        for rule in rules:
            if rule.kind != kind:
                continue
            for m in rule.rx.finditer(text):
                if rule.builder(m, text, _Dry) is not None:
                    return True
        return False

    kinds = ["AGE_OVER_89", "ADDRESS", "DATE", "NAME", "TOWN"]
    candidates = []
    for group in sorted(pool):
        for r in sorted(pool[group], key=lambda r: r["id"]):
            if r["fresh"] and group in GROUP_TARGETS:
                candidates.append(dict(r, fits=[k for k in kinds if can_apply(r["text"], k)]))
    rng.shuffle(candidates)
    taken: dict[str, list[dict]] = collections.defaultdict(list)
    used = set()

    def take(r, reserve=None):
        taken[r["group"]].append(dict(r, reserve=reserve))
        used.add(r["id"])

    # Comments written wholly in lower case (or capitals): no clean fresh one is left, so up to
    # N_REUSED_LOWER of them come from other development sets (fresh ones ran short).
    lower_pool = []
    for group in sorted(pool):
        for r in sorted(pool[group], key=lambda r: r["id"]):
            if group in GROUP_TARGETS and detect_case(r["text"]):
                lower_pool.append(dict(r, fits=[k for k in kinds if can_apply(r["text"], k)]))
    lower_pool.sort(key=lambda r: not r["fresh"])
    n_reused = 0
    for r in lower_pool:
        if len(taken[r["group"]]) >= GROUP_TARGETS[r["group"]]:
            continue
        if not r["fresh"]:
            if n_reused >= N_REUSED_LOWER:
                continue
            n_reused += 1
        take(r)
    stats["lower-case comments reused"] = n_reused
    # comments that can take a detail in place, per kind (a third more than the quota)
    for kind in kinds:
        want = int(INPLACE_QUOTA[kind] * 1.6)
        got = 0
        for r in candidates:
            if got >= want:
                break
            if r["id"] in used or kind not in r["fits"]:
                continue
            if len(taken[r["group"]]) >= GROUP_TARGETS[r["group"]]:
                continue
            take(r, kind)
            got += 1
    # the rest at random, group by group
    for group in sorted(GROUP_TARGETS):
        for r in candidates:
            if len(taken[group]) >= GROUP_TARGETS[group]:
                break
            if r["group"] == group and r["id"] not in used:
                take(r)
        if len(taken[group]) < GROUP_TARGETS[group]:
            raise SystemExit(f"not enough fresh comments in {group}")
    chosen = [r for g in sorted(taken) for r in taken[g]]
    chosen.sort(key=lambda r: (r["file"], int(r["id"].split(":")[1]) if r["id"].split(":")[1].isdigit() else r["id"]))
    recs = [Rec(r) for r in chosen]

    gen = Gen(rng, places)
    renderer = Renderer(gen, rng)

    # 1. In place, scarcer kinds first; records chosen for a kind first; at most two per
    #    record and one per kind.
    for kind in ["ADDRESS", "AGE_OVER_89", "DATE", "NAME", "TOWN"]:
        quota = INPLACE_QUOTA[kind]
        krules = [r for r in rules if r.kind == kind]
        order = list(range(len(recs)))
        rng.shuffle(order)
        order.sort(key=lambda i: recs[i].reserve != kind)
        done = 0
        per_rule = collections.Counter()
        for idx in order:
            if done >= quota:
                break
            rec = recs[idx]
            if len(rec.inplace) >= 2 or kind in rec.inplace:
                continue
            if rec.reserve and rec.reserve != kind and rec.reserve not in rec.inplace and INPLACE_QUOTA.get(rec.reserve):
                continue  # keep it for its own kind
            if kind == "ADDRESS" and "TOWN" in rec.inplace:
                continue
            if kind == "TOWN" and "ADDRESS" in rec.inplace:
                continue
            rr = [r for r in krules if per_rule[r.name] < RULE_CAP]
            rng.shuffle(rr)
            for rule in rr:
                if try_inplace(rec, rule, renderer):
                    done += 1
                    per_rule[rule.name] += 1
                    break
        stats[f"in place {kind}"] = done

    # 2. Woven sentences, dealt to the records with the fewest details so far.
    units = []
    for unit, (_, _, quota) in WOVEN_GROUPS.items():
        units += [unit] * quota
    rng.shuffle(units)
    # sign-offs and address blocks last in a record are fine; at most one sign-off a record
    for unit in units:
        cands = [r for r in recs if len(r.woven) < 3 and unit not in r.woven
                 and not (unit == "address" and "ADDRESS" in r.inplace)]
        low = min(r.n_units() for r in cands)
        best = [r for r in cands if r.n_units() == low]
        rec = rng.choice(best)
        templates, cat, _ = WOVEN_GROUPS[unit]
        key = "tpl:" + unit
        for _ in range(40):
            tpl = gen.deal(key, templates)
            if tpl not in rec.templates:
                break
        rec.templates.add(tpl)
        if rec.case:
            case = rec.case
        else:
            u = rng.random()
            town_unit = unit.startswith("town") or unit == "signoff"
            case = "lower" if u < (0.09 if town_unit else 0.05) else ("upper" if u > (0.95 if town_unit else 0.985) else None)
        form = {"town_cue": "cue", "town_amb": "cue", "town_amb_lit": "cue", "town_nocue": "no_cue", "town_small": "cue",
                "town_abroad": "cue", "town_two": "two", "town_poss": "possessive",
                "signoff": "signoff"}.get(unit, "")
        if tpl.startswith("~"):
            cat = {"any": "home", "amb": "amb_uk"}.get(cat, cat)
        planted = renderer.render(tpl.lstrip("~"), case=case, town_cat=cat, form=form)
        if unit == "signoff":
            rec.signoff = planted  # placed last, after everything else
            rec.woven.append(unit)
            continue
        else:
            b = boundaries(rec)
            opts = ["start", "end"] + (["between"] if b else [])
            w = rng.choices(opts, weights=[30, 45, 25][:len(opts)])[0]
            where = rng.choice(b) if w == "between" else w
        place_woven(rec, planted, where, unit)
        rec.woven.append(unit)

    # 3. Decoys: one each in mixed-case records, never where the same word is planted.
    decoys = list(DECOYS)
    rng.shuffle(decoys)
    decoys = decoys[:N_DECOYS] if len(decoys) >= N_DECOYS else decoys
    for word, sent in decoys:
        cands = [r for r in recs if r.case is None and r.decoy is None and len(r.woven) < 4
                 and word.lower() not in r.text().lower()]
        low = min(len(r.woven) for r in cands)
        rec = rng.choice([r for r in cands if len(r.woven) == low])
        planted = renderer.render(sent, form="decoy_name")
        b = boundaries(rec)
        opts = ["start", "end"] + (["between"] if b else [])
        w = rng.choices(opts, weights=[35, 40, 25][:len(opts)])[0]
        where = rng.choice(b) if w == "between" else w
        place_woven(rec, planted, where, "decoy")
        rec.decoy = word
        rec.woven.append("decoy")

    for rec in recs:
        if rec.signoff:
            place_woven(rec, rec.signoff, "signoff", "signoff")

    out, metas = [], []
    for rec in recs:
        text = rec.text()
        ents, pos = [], 0
        for _kind, t, et, meta in rec.pieces:
            if et:
                ents.append({"start": pos, "end": pos + len(t), "type": et, "value": t,
                             "profiles": PROFILES[et]})
                metas.append((rec.id, et, t, meta or {}))
            pos += len(t)
        out.append({"id": rec.id, "text": text, "original": rec.original, "entities": ents,
                    "_rec": rec})
    return out, {"stats": stats, "metas": metas, "pool": {g: len(v) for g, v in pool.items()},
                 "fft_dir": fft_dir, "held": held, "held_norm": held_norm, "other": other,
                 "text_by_id": text_by_id}


# ---------------------------------------------------------------------------------------------
# Checks.
# ---------------------------------------------------------------------------------------------

PHONE_RX = re.compile(
    r"^(?:07700 ?900 ?\d{3}|\+44 7700 900\d{3}|01632 960\d{3}|020 7946 0\d{3}|"
    r"01(?:13|14|15|16|17|18|21|31|41|51|61) 496 0\d{3}|0191 498 0\d{3})$")
UK_PC_RX = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I)
TITLE_START = re.compile(r"^(?:dr|mr|mrs|ms|miss|nurse|sister|prof|doctor|matron)\b\.?", re.I)
MIN_COUNTS = {"TOWN": 400, "ADDRESS": 140, "NAME": 130, "DATE": 55, "AGE_OVER_89": 28}


def check(out: list[dict], info: dict):
    fft_dir = info["fft_dir"]
    fresh_rows = {r["id"]: r["text"] for r in read_sources(fft_dir)}
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids)), "ids not unique"
    counts = collections.Counter()
    for r in out:
        rec = r["_rec"]
        text = r["text"]
        assert r["original"] == fresh_rows[r["id"]], r["id"]
        assert "".join(p[1] for p in rec.pieces if p[0] == "orig") == r["original"], r["id"]
        assert len(r["original"]) >= 30
        assert r["id"] not in info["held"], r["id"]
        assert norm_text(r["original"]) not in info["held_norm"], r["id"]
        assert r["entities"], f"no entity in {r['id']}"
        prev = None
        for e in r["entities"]:
            v = e["value"]
            assert text[e["start"]:e["end"]] == v, (r["id"], e)
            assert v == v.strip() and v, (r["id"], v)
            assert v[-1].isalnum(), (r["id"], v)
            assert e["profiles"] == PROFILES[e["type"]]
            if prev:
                assert prev["end"] <= e["start"], (r["id"], prev, e)
                if prev["type"] == e["type"]:
                    assert text[prev["end"]:e["start"]].strip() != "", ("same type, whitespace only", r["id"], prev, e)
            prev = e
            counts[e["type"]] += 1
            t = e["type"]
            if t == "NAME":
                assert not TITLE_START.match(v) and not re.search(r"['’]s$", v), v
            elif t == "PHONE":
                assert PHONE_RX.match(v), v
            elif t == "EMAIL":
                assert re.search(r"@(?:(?:mail|home)\.)?example\.(?:com|org|net)$", v, re.I), v
            elif t == "POSTCODE":
                assert UK_PC_RX.match(v), v
            elif t == "ZIP":
                assert re.fullmatch(r"\d{5}(?:-\d{4})?", v), v
            elif t == "AGE_OVER_89":
                assert (v.isdigit() and int(v) >= 90) or re.search(r"ninety|hundred", v, re.I), v
            elif t == "DATE":
                assert not re.match(r"(?:on|the|born|dob)\b", v, re.I), v
            elif t == "HOSPITAL_NUMBER":
                assert re.search(r"\d", v) and not re.fullmatch(r"\d{10}", v) and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v), v
            elif t == "ADDRESS":
                assert re.search(r"\d|cottage|farm|house|bank|lodge|barn|view|side|willows|laurels|forge|granary|moor|bryn|tŷ|hafod|maes|haul|pen y|rosebank|seaview|ard|cois|tigh|brae|rectory|schoolhouse| off ", v, re.I), v
        if rec.decoy:
            w = rec.decoy
            hits = [m for m in re.finditer(r"\b" + re.escape(w) + r"\b", text)]
            assert hits, (r["id"], w)
            for e in r["entities"]:
                if w.lower() in e["value"].lower():
                    assert e["type"] == "NAME" and e["value"] == w, ("decoy word inside an entity", r["id"], e)
    return counts


def check_totals(out: list[dict], counts: collections.Counter):
    for t, n in MIN_COUNTS.items():
        assert counts[t] >= n, (t, counts[t], n)
    assert len(out) >= 500
    assert sum(counts.values()) >= 1000, sum(counts.values())
    assert sum(1 for r in out if r["_rec"].decoy) >= 75


# ---------------------------------------------------------------------------------------------
# Figures for the card.
# ---------------------------------------------------------------------------------------------

def print_stats(out, info, counts, sha):
    metas = info["metas"]
    P = print
    P("records", len(out), collections.Counter(r["id"].split(":")[0] for r in out))
    P("groups", sorted(collections.Counter(r["_rec"].group for r in out).items()))
    P("fresh", sum(r["_rec"].fresh for r in out))
    P("entities", sum(counts.values()), dict(sorted(counts.items(), key=lambda x: -x[1])))
    std = sum(n for t, n in counts.items() if "standard" in PROFILES[t])
    P("standard", std, "hipaa", sum(counts.values()))
    P("per record", sorted(collections.Counter(len(r["entities"]) for r in out).items()))
    P("case", collections.Counter(r["_rec"].case for r in out))
    lens = sorted(len(r["original"]) for r in out)
    P("orig length", lens[0], lens[-1], "median", lens[len(lens) // 2])
    P("pool", info["pool"])
    P("stats", dict(info["stats"]))
    towns = [m for m in metas if m[1] == "TOWN"]
    P("TOWN cat", collections.Counter(m[3].get("cat") for m in towns))
    P("TOWN form", collections.Counter(m[3].get("form") or m[3].get("unit") for m in towns))
    P("TOWN unit", collections.Counter(m[3].get("unit") or "in_place" for m in towns))
    P("TOWN where", collections.Counter(m[3].get("where") for m in towns))
    P("TOWN small", sum(1 for m in towns if m[3].get("small")))
    P("TOWN lower", sum(1 for m in towns if m[2].islower()), "upper", sum(1 for m in towns if m[2].isupper()))
    P("TOWN multiword/hyphen/apostrophe", sum(1 for m in towns if re.search(r"[\s'-]", m[2])))
    P("TOWN distinct", len({m[2].lower() for m in towns}))
    P("TOWN in-place rules", collections.Counter(m[3].get("rule") for m in towns if m[3].get("where") == "in_place"))
    amb = [m[2] for m in towns if m[3].get("cat") == "amb"]
    P("TOWN ambiguous", len(amb), collections.Counter(a.lower() for a in amb))
    for t in ("ADDRESS", "DATE", "AGE_OVER_89", "NAME"):
        ms = [m for m in metas if m[1] == t]
        P(t, "kind", collections.Counter(m[3].get("kind") or m[3].get("form") for m in ms))
        P(t, "where", collections.Counter(m[3].get("where") for m in ms))
        P(t, "rules", collections.Counter(m[3].get("rule") for m in ms if m[3].get("rule")))
    P("ADDRESS multiline", sum(1 for m in metas if m[1] == "ADDRESS" and "\n" in m[2]),
      "lower", sum(1 for m in metas if m[1] == "ADDRESS" and m[2].islower()),
      "no comma", sum(1 for m in metas if m[1] == "ADDRESS" and "," not in m[2]))
    P("decoys", sum(1 for r in out if r["_rec"].decoy),
      sorted(collections.Counter(r["_rec"].decoy for r in out if r["_rec"].decoy).items(), key=lambda x: x[0].lower()))
    P("decoy NAME", sum(1 for m in metas if m[3].get("form") == "decoy_name"))
    P("sha256", sha)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=15151520)
    ap.add_argument("--fft-dir", default="../shared/data/nhs_fft")
    ap.add_argument("--out", default="evaluation/data/redaction_devset15.jsonl")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    out, info = build(args)
    counts = check(out, info)
    if args.stats:
        print_stats(out, info, counts, "(not written yet)")
    check_totals(out, counts)
    lines = []
    for r in out:
        rec = {k: r[k] for k in ("id", "text", "original", "entities")}
        lines.append(json.dumps(rec, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = ROOT / args.out
    path.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    print(f"wrote {path} ({len(out)} records, {sum(counts.values())} entities)", file=sys.stderr)
    if args.stats:
        print("sha256", sha)


if __name__ == "__main__":
    main()
