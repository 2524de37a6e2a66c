#!/usr/bin/env python3
"""Build redaction development set 12 (written for round 15).

Real NHS Friends and Family Test comments with invented personal details planted
into them; every detail has its exact character span, its type and the redaction
profiles that must remove it.  Most of the weight is on whole addresses and on
hospital / reference numbers, then names, then small numbers of the other types.

Standard library only.  All randomness comes from one ``random.Random(seed)`` and
nothing depends on set or dict-hash order, so the output is byte-identical for a
given seed and input whatever PYTHONHASHSEED is.

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset12.py [--stats]

See evaluation/data/redaction_devset12.md for the card.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Held-out sets that this set must stay disjoint from.  Listed one by one on
# purpose: a later redaction_*.jsonl must not change this rebuild.
EXCLUDE_ID_FILES = [
    "evaluation/data/redaction_testset.jsonl",
    "evaluation/data/redaction_testset_v2.jsonl",
    "evaluation/data/redaction_devset5.jsonl",
]

STD = ["standard", "hipaa_safe_harbor"]
HIPAA = ["hipaa_safe_harbor"]
HIPAA_ONLY = {"DATE", "TOWN", "AGE_OVER_89"}
ALL_TYPES = ["ADDRESS", "HOSPITAL_NUMBER", "NAME", "DATE_OF_BIRTH", "PHONE", "EMAIL",
             "NHS_NUMBER", "POSTCODE", "ZIP", "URL", "DATE", "TOWN", "AGE_OVER_89"]

TARGETS = {
    "ADDRESS": 362, "HOSPITAL_NUMBER": 210, "NAME": 320, "DATE_OF_BIRTH": 40,
    "PHONE": 30, "EMAIL": 20, "NHS_NUMBER": 20, "POSTCODE": 20, "ZIP": 10,
    "URL": 10, "DATE": 30, "TOWN": 30, "AGE_OVER_89": 12,
}
N_DECOYS = 42
MAX_PER_RECORD = 6


# ---------------------------------------------------------------------------
# Word lists, written new for this set
# ---------------------------------------------------------------------------

def _w(s):
    """Split a block of names on commas / newlines, keep order, drop blanks."""
    return [x.strip() for x in re.split(r"[,\n]", s) if x.strip()]


FEMALE = _w("""
Maureen, Lorraine, Bethan, Siobhan, Kirsty, Shona, Morag, Eilidh, Niamh, Aoife, Gráinne,
Ceri, Angharad, Rhiannon, Ffion, Nia, Carys, Lowri, Tegan, Jodie, Stacey, Leanne, Kerry,
Dionne, Paulette, Marcia, Yvonne, Beverley, Pauline, Brenda, Sandra, Janet, Glenys, Doreen,
Hilda, Edna, Mavis, Enid, Nora, Winifred, Agnes, Priya, Anjali, Harpreet, Simran, Nusrat,
Farzana, Shabana, Ayesha, Zainab, Amina, Chiamaka, Ngozi, Folasade, Abena, Efua, Wanjiru,
Agnieszka, Katarzyna, Małgorzata, Zsófia, Ilona, Daria, Oksana, Mei, Linh, Bronagh, Orla,
Clodagh, Catriona, Heledd, Rosalind, Philippa, Henrietta, Imogen, Harriet, Freya, Isla,
Maisie, Kayleigh, Chantelle, Shannon, Demi, Georgina, Antoinette, Zoë, Mairéad, Éabha,
Gwenllian, Thandiwe, Nkechi, Parveen, Rukhsana, Lesley, Gaynor, Tracey, Jacqueline,
Elspeth, Marjorie, Sinéad, Hyacinth, Lorna, Wendy
""")

MALE = _w("""
Gareth, Dafydd, Iwan, Rhodri, Emyr, Gwilym, Hamish, Callum, Fraser, Euan, Ruaridh, Lachlan,
Declan, Ciarán, Pádraig, Seamus, Eoin, Darragh, Cormac, Barry, Trevor, Clive, Nigel, Keith,
Derek, Terence, Malcolm, Roy, Cyril, Wilfred, Albert, Dennis, Ronald, Gordon, Alistair, Neil,
Craig, Wayne, Darren, Dean, Jason, Ryan, Liam, Kieran, Tyler, Jayden, Kai, Reuben, Ezra,
Tobias, Rupert, Hugo, Giles, Jeremy, Olamide, Chinedu, Kwabena, Kofi, Tunde, Emeka, Obinna,
Arjun, Rajesh, Sanjay, Vikram, Imran, Bilal, Hamza, Yusuf, Zubair, Mehmet, Tomasz, Piotr,
Krzysztof, Grzegorz, Jiří, Andrius, Mihai, Bogdan, Nikolai, Wei, Minh, Raúl, Joaquín, Søren,
Jürgen, François, Loïc, Desmond, Winston, Lionel, Norman, Horace, Aled, Cadfael, Torquil
""")

HYPHEN_F = _w("Anne-Marie, Lily-Mae, Mary-Jane, Rose-Ann, Leigh-Ann, Kerry-Ann, Tia-Mai, Lacey-Jo, "
               "Billie-Jo, Sian-Louise, Marie-Claire")
HYPHEN_M = _w("Jean-Luc, John-Paul, Jean-Pierre, Tyler-James, Alfie-Lee, Mohammed-Ali")
UNISEX = _w("Sam, Alex, Jordan, Robin, Jamie, Morgan, Casey, Frankie, Charlie, Jo, Sasha, "
            "Bailey, Rowan, Ashley, Kim, Lindsay")

# first names that are also ordinary words: used only where they are plainly names
WORDLIKE_F = _w("Dawn, Joy, Faith, Hazel, Holly, Amber, Pearl, Iris, Olive, Violet, Daisy, "
                "Jasmine, Crystal, Mercy, Honor, Precious, Blessing, Carol, Sky, Lily, Rose, "
                "Penny, Sue, Patience, Charity")
WORDLIKE_M = _w("Bill, Ray, Jay, Glen, Dale, Cliff, Rod, Victor, Earl, Sonny, Rusty, Dusty, "
                "Chase, Drew, Reed, Lance, Miles, Bob, Jack, Mark, Hunter, Forrest")

NICK_F = _w("Shaz, Mags, Bev, Tash, Bex, Jules, Kaz, Midge, Pip, Nell, Dot, Lil, Babs, Reenie")
NICK_M = _w("Tez, Baz, Gaz, Del, Jonno, Robbo, Stevo, Macca, Deano, Tommo, Smudge, Fitzy, "
            "Dazza, Chalky, Jacko, Rab, Shug, Tel, Wilf")

SURNAMES = _w("""
Ackroyd, Cartwright, Dobson, Entwistle, Fairclough, Gledhill, Hardcastle, Illingworth, Jowett,
Kershaw, Lumb, Mottram, Nuttall, Ormerod, Pickles, Quarmby, Ramsbottom, Sowerby, Tattersall,
Uttley, Varley, Whitworth, Yeadon, Pilkington, Greenhalgh, Holroyd, Bennett, Doyle, Fletcher,
Gibson, Jarvis, Lawson, Nolan, Osborne, Parry, Rees, Tucker, Vaughan, Walsh, Yates, Prosser,
Pugh, Bevan, Gwynne, Llewellyn, Meredith, McAllister, MacLeod, Urquhart, Menzies, Drummond,
Lamont, Buchanan, Farquharson, McAuley, Devlin, Quigley, Breen, Chaudhry, Bhatti, Sandhu,
Dhillon, Mistry, Raval, Banerjee, Chatterjee, Rahman, Uddin, Hussain, Qureshi, Siddiqui,
Adeyemi, Nwachukwu, Asante, Boateng, Ochieng, Kamau, Mwangi, Abubakar, Kowalczyk, Wiśniewski,
Dąbrowski, Horváth, Popescu, Ionescu, Petrauskas, Kovač, Cheung, Leung, Nguyen, Tran, Zhao,
Öztürk, Çelik, Brayshaw, Naylor, Kirkbride, Pilbeam, Ellerby, Haigh, Spedding, Teasdale,
Coulthard, Wardle, Heslop, Charlton, Robson, Milburn, Surtees, Dodds, Elliott, Armstrong,
Tindall, Errington, Liddle, Bainbridge, Stobbart
""")
SURNAMES_SPECIAL = _w("""
O'Rourke, D'Souza, O'Callaghan, Ó Súilleabháin, de Souza, da Costa, Le Fevre, van der Berg,
Van Rensburg, Lloyd-Bevan, Hughes-Kaur, Ashworth-Lee, Fitzgerald-Hart, McAteer, MacIntyre,
Mc Guinness, ap Dafydd, El-Amin, Al-Sayed, O'Dwyer, Mac Suibhne
""")
SURNAMES_WORDLIKE = _w("Baker, Bishop, Fox, Wood, Hill, Bell, Swift, Moss, Banks, Marsh, Lamb, "
                       "Frost, Winter, Stone, Field, Brook, Young, Sharp, Best, Cook, Hunt, Wise, "
                       "Rice, Mann, Gold, Bird, Dyer, Fisher")


# County forms: the ways people write them; the first is the full name.
COUNTIES = {
    "Herts": ["Hertfordshire", "Herts"], "Essex": ["Essex"], "Suffolk": ["Suffolk"],
    "Norfolk": ["Norfolk"], "Cambs": ["Cambridgeshire", "Cambs"],
    "Northants": ["Northamptonshire", "Northants", "Northamptonshire", "Northants", "Northampton Shire"],
    "Leics": ["Leicestershire", "Leics"], "Rutland": ["Rutland"],
    "Lincs": ["Lincolnshire", "Lincs"], "Notts": ["Nottinghamshire", "Notts"],
    "Derbys": ["Derbyshire", "Derbys"], "Staffs": ["Staffordshire", "Staffs"],
    "Shrops": ["Shropshire", "Shrops", "Salop"], "Herefs": ["Herefordshire"],
    "Glos": ["Gloucestershire", "Glos"], "Worcs": ["Worcestershire", "Worcs"],
    "Warks": ["Warwickshire", "Warks"], "Oxon": ["Oxfordshire", "Oxon"],
    "Bucks": ["Buckinghamshire", "Bucks"], "Berks": ["Berkshire", "Berks"],
    "Wilts": ["Wiltshire", "Wilts"], "Somerset": ["Somerset"], "Dorset": ["Dorset"],
    "Hants": ["Hampshire", "Hants"], "WSussex": ["West Sussex", "W Sussex"],
    "ESussex": ["East Sussex", "E Sussex", "E. Sussex"], "Kent": ["Kent"], "Surrey": ["Surrey"],
    "Devon": ["Devon"], "Cornwall": ["Cornwall"], "Cumbria": ["Cumbria"],
    "Northd": ["Northumberland", "Northumberland", "Northd"],
    "NYorks": ["North Yorkshire", "N Yorks", "N. Yorkshire"],
    "WYorks": ["West Yorkshire", "W Yorks"], "SYorks": ["South Yorkshire", "S Yorks"],
    "EYorks": ["East Yorkshire", "East Riding of Yorkshire", "E Yorks"],
    "Lancs": ["Lancashire", "Lancs"], "GtrMan": ["Greater Manchester", "Gtr Manchester"],
    "Cheshire": ["Cheshire"], "Mersey": ["Merseyside"],
    "Durham": ["County Durham", "Co Durham", "Co. Durham", "Co Durham"],
    "Cleveland": ["Cleveland", "Teesside", "Cleveland"],
    "TyneWear": ["Tyne and Wear", "Tyne & Wear", "Tyne and Wear"],
}

# name;county key;outward codes;other spellings;localities
ENG_TOWNS_RAW = """
Tring;Herts;HP23
Berkhamsted;Herts;HP4
Hitchin;Herts;SG4,SG5
Royston;Herts;SG8
Bishop's Stortford;Herts;CM23;Bishops Stortford
Saffron Walden;Essex;CB10,CB11
Maldon;Essex;CM9
Clacton-on-Sea;Essex;CO15,CO16;Clacton on Sea
Sudbury;Suffolk;CO10
Woodbridge;Suffolk;IP12
Halesworth;Suffolk;IP19
Diss;Norfolk;IP22
Swaffham;Norfolk;PE37
Fakenham;Norfolk;NR21
Cromer;Norfolk;NR27
Wisbech;Cambs;PE13
Ely;Cambs;CB6,CB7
St Neots;Cambs;PE19;St. Neots
Oundle;Northants;PE8
Kettering;Northants;NN15,NN16;Kettring;Barton Seagrave
Corby;Northants;NN17,NN18;;Danesholme,Lodge Park,Kingswood
Wellingborough;Northants;NN8,NN9;Wellingboro
Rushden;Northants;NN10
Higham Ferrers;Northants;NN10
Raunds;Northants;NN9
Desborough;Northants;NN14
Rothwell;Northants;NN14
Burton Latimer;Northants;NN15
Towcester;Northants;NN12
Brackley;Northants;NN13
Daventry;Northants;NN11
Northampton;Northants;NN1,NN2,NN3,NN4,NN5;Northamton;Duston,Kingsthorpe,Abington,Weston Favell,Far Cotton,Hunsbury,Wootton,Spinney Hill
Market Harborough;Leics;LE16
Melton Mowbray;Leics;LE13
Oakham;Rutland;LE15
Stamford;Lincs;PE9
Spalding;Lincs;PE11
Horncastle;Lincs;LN9
Gainsborough;Lincs;DN21;Gainsboro
Skegness;Lincs;PE25
Newark-on-Trent;Notts;NG24;Newark
Southwell;Notts;NG25
Worksop;Notts;S80,S81
Matlock;Derbys;DE4
Bakewell;Derbys;DE45
Glossop;Derbys;SK13
Leek;Staffs;ST13
Uttoxeter;Staffs;ST14
Stone;Staffs;ST15
Lichfield;Staffs;WS13,WS14
Market Drayton;Shrops;TF9
Ludlow;Shrops;SY8
Bridgnorth;Shrops;WV15,WV16
Church Stretton;Shrops;SY6
Leominster;Herefs;HR6
Ledbury;Herefs;HR8
Ross-on-Wye;Herefs;HR9;Ross on Wye
Tewkesbury;Glos;GL20
Cirencester;Glos;GL7
Stroud;Glos;GL5
Evesham;Worcs;WR11
Malvern;Worcs;WR14
Stratford-upon-Avon;Warks;CV37;Stratford upon Avon
Nuneaton;Warks;CV10,CV11
Banbury;Oxon;OX16
Wantage;Oxon;OX12
Thame;Oxon;OX9
Marlow;Bucks;SL7
Chesham;Bucks;HP5
Olney;Bucks;MK46
Hungerford;Berks;RG17
Marlborough;Wilts;SN8
Devizes;Wilts;SN10
Warminster;Wilts;BA12
Frome;Somerset;BA11
Glastonbury;Somerset;BA6
Minehead;Somerset;TA24
Bridport;Dorset;DT6
Sherborne;Dorset;DT9
Swanage;Dorset;BH19
Lymington;Hants;SO41
Petersfield;Hants;GU31,GU32
Alton;Hants;GU34
Midhurst;WSussex;GU29
Horsham;WSussex;RH12,RH13
Lewes;ESussex;BN7
Rye;ESussex;TN31
Tenterden;Kent;TN30
Faversham;Kent;ME13
Deal;Kent;CT14
Sevenoaks;Kent;TN13
Dorking;Surrey;RH4
Farnham;Surrey;GU9
Okehampton;Devon;EX20
Tavistock;Devon;PL19
Ilfracombe;Devon;EX34
Bude;Cornwall;EX23
Launceston;Cornwall;PL15
Helston;Cornwall;TR13
St Austell;Cornwall;PL25
Penrith;Cumbria;CA11
Cockermouth;Cumbria;CA13
Ulverston;Cumbria;LA12
Kendal;Cumbria;LA9
Hexham;Northd;NE46
Alnwick;Northd;NE66
Morpeth;Northd;NE61
Blyth;Northd;NE24
Ashington;Northd;NE63
Cramlington;Northd;NE23
Amble;Northd;NE65
Ponteland;Northd;NE20
Prudhoe;Northd;NE42
Whitby;NYorks;YO21,YO22
Scarborough;NYorks;YO11,YO12;Scarboro
Thirsk;NYorks;YO7
Richmond;NYorks;DL10
Skipton;NYorks;BD23
Settle;NYorks;BD24
Northallerton;NYorks;DL6,DL7
Holmfirth;WYorks;HD9
Hebden Bridge;WYorks;HX7
Ilkley;WYorks;LS29
Otley;WYorks;LS21
Pontefract;WYorks;WF8
Penistone;SYorks;S36
Goole;EYorks;DN14
Driffield;EYorks;YO25
Beverley;EYorks;HU17
Clitheroe;Lancs;BB7
Ormskirk;Lancs;L39
Garstang;Lancs;PR3
Chorley;Lancs;PR6,PR7
Nelson;Lancs;BB9
Ramsbottom;GtrMan;BL0
Stalybridge;GtrMan;SK15
Nantwich;Cheshire;CW5
Knutsford;Cheshire;WA16
Northwich;Cheshire;CW8,CW9
Prescot;Mersey;L34,L35
Durham;Durham;DH1;;Newton Hall,Gilesgate,Framwellgate Moor,Belmont
Consett;Durham;DH8
Stanley;Durham;DH9
Chester-le-Street;Durham;DH2,DH3;Chester le Street
Bishop Auckland;Durham;DL14;Bishop Auckland
Newton Aycliffe;Durham;DL5
Spennymoor;Durham;DL16
Crook;Durham;DL15
Shildon;Durham;DL4
Ferryhill;Durham;DL17
Peterlee;Durham;SR8
Seaham;Durham;SR7
Sedgefield;Durham;TS21
Darlington;Durham;DL1,DL2,DL3;Darlinton;Cockerton,Haughton le Skerne,Harrowgate Hill
Hartlepool;Cleveland;TS24,TS25,TS26;;Seaton Carew,Throston,Owton Manor
Middlesbrough;Cleveland;TS1,TS4,TS5,TS7;Middlesborough;Acklam,Marton,Linthorpe,Nunthorpe,Berwick Hills
Stockton-on-Tees;Cleveland;TS18,TS19,TS20;Stockton on Tees;Norton,Hartburn,Ingleby Barwick,Fairfield
Billingham;Cleveland;TS22,TS23
Redcar;Cleveland;TS10
Saltburn-by-the-Sea;Cleveland;TS12;Saltburn
Yarm;Cleveland;TS15
Loftus;Cleveland;TS13
Sunderland;TyneWear;SR2,SR3,SR4,SR5;;Fulwell,Southwick,Roker,Grindon,Hylton Castle
Washington;TyneWear;NE37,NE38
Houghton-le-Spring;TyneWear;DH4,DH5;Houghton le Spring
Gateshead;TyneWear;NE8,NE9,NE10;;Low Fell,Felling,Wrekenton
South Shields;TyneWear;NE33,NE34
Jarrow;TyneWear;NE32
Whitley Bay;TyneWear;NE25,NE26
Wallsend;TyneWear;NE28
North Shields;TyneWear;NE29,NE30
Newcastle upon Tyne;TyneWear;NE3,NE4,NE5,NE6;Newcastle;Kenton,Heaton,Walker,Fenham,Gosforth
Blaydon-on-Tyne;TyneWear;NE21;Blaydon
"""

# village;post town (may be empty);county key;outward code
ENG_VILLAGES_RAW = """
Lanchester;Durham;Durham;DH7
Esh Winning;Durham;Durham;DH7
Wolsingham;Bishop Auckland;Durham;DL13
Cockfield;Bishop Auckland;Durham;DL13
Castleside;Consett;Durham;DH8
Hurworth;Darlington;Durham;DL2
Middleton-in-Teesdale;Barnard Castle;Durham;DL12
Easington Colliery;Peterlee;Durham;SR8
Great Ayton;Middlesbrough;NYorks;TS9
Stokesley;Middlesbrough;NYorks;TS9
Hutton Rudby;Yarm;NYorks;TS15
Belford;;Northd;NE70
Rothbury;Morpeth;Northd;NE65
Warkworth;Morpeth;Northd;NE65
Wark;Hexham;Northd;NE48
Allendale;Hexham;Northd;NE47
Haltwhistle;;Northd;NE49
Bamburgh;;Northd;NE69
Seaton Sluice;Whitley Bay;TyneWear;NE26
Brixworth;Northampton;Northants;NN6
Long Buckby;Northampton;Northants;NN6
Earls Barton;Northampton;Northants;NN6
Kislingbury;Northampton;Northants;NN7
Roade;Northampton;Northants;NN7
Bugbrooke;Northampton;Northants;NN7
Weldon;Corby;Northants;NN17
Kings Cliffe;Peterborough;Northants;PE8
Finedon;Wellingborough;Northants;NN9
Great Doddington;Wellingborough;Northants;NN29
Woodford Halse;Daventry;Northants;NN11
Ringstead;Kettering;Northants;NN14
Mells;Frome;Somerset;BA11
Chew Magna;Bristol;Somerset;BS40
Much Wenlock;;Shrops;TF13
Hutton-le-Hole;York;NYorks;YO62
Robin Hood's Bay;Whitby;NYorks;YO22
Mousehole;Penzance;Cornwall;TR19
Wells-next-the-Sea;;Norfolk;NR23
Little Snoring;Fakenham;Norfolk;NR21
Bourton-on-the-Water;Cheltenham;Glos;GL54
Chipping Campden;;Glos;GL55
Appleby-in-Westmorland;;Cumbria;CA16
Kirkby Lonsdale;Carnforth;Cumbria;LA6
Slaidburn;Clitheroe;Lancs;BB7
Heptonstall;Hebden Bridge;WYorks;HX7
Haworth;Keighley;WYorks;BD22
Aysgarth;Leyburn;NYorks;DL8
"""

# town;region forms (| separated);outward codes;other spellings
SCOT_TOWNS_RAW = """
Oban;Argyll|Argyll and Bute;PA34
Dingwall;Ross-shire|Highland;IV15
Nairn;Nairnshire|Highland;IV12
Elgin;Moray;IV30
Forres;Moray;IV36
Buckie;Banffshire|Moray;AB56
Peterhead;Aberdeenshire;AB42
Stonehaven;Kincardineshire|Aberdeenshire;AB39
Montrose;Angus;DD10
Arbroath;Angus;DD11
Forfar;Angus;DD8
Crieff;Perthshire;PH7
Pitlochry;Perthshire;PH16
Blairgowrie;Perthshire;PH10
Callander;Perthshire|Stirlingshire;FK17
Dunblane;Perthshire|Stirlingshire;FK15
Kirkcaldy;Fife;KY1,KY2;Kirkaldy
Anstruther;Fife;KY10
Dunfermline;Fife;KY11,KY12
St Andrews;Fife;KY16
Linlithgow;West Lothian;EH49
Musselburgh;East Lothian;EH21
Peebles;Peeblesshire|Scottish Borders;EH45
Galashiels;Selkirkshire|Scottish Borders;TD1
Hawick;Roxburghshire|Scottish Borders;TD9
Kelso;Roxburghshire|Scottish Borders;TD5
Castle Douglas;Kirkcudbrightshire|Dumfries and Galloway;DG7
Stranraer;Wigtownshire|Dumfries and Galloway;DG9
Ayr;Ayrshire|South Ayrshire;KA7,KA8
Largs;Ayrshire|North Ayrshire;KA30
Kilmarnock;Ayrshire|East Ayrshire;KA1,KA3
Lanark;Lanarkshire|South Lanarkshire;ML11
Thurso;Caithness;KW14
Wick;Caithness;KW1
Ullapool;Ross-shire;IV26
Kirkwall;Orkney;KW15
Lerwick;Shetland;ZE1
Stornoway;Isle of Lewis;HS1
"""
SCOT_CITIES = [("Glasgow", ["G11", "G12", "G31", "G41", "G42"]),
               ("Edinburgh", ["EH6", "EH7", "EH9", "EH10", "EH11"]),
               ("Dundee", ["DD1", "DD3", "DD4"]),
               ("Aberdeen", ["AB10", "AB24", "AB25"])]
# village;post town;outward
SCOT_VILLAGES_RAW = """
Kirkmichael;Blairgowrie;PH10
Comrie;Crieff;PH6
Aberlour;;AB38
Tomintoul;Ballindalloch;AB37
Dalmally;;PA33
Lochinver;Lairg;IV27
Carradale;Campbeltown;PA28
Moniaive;Thornhill;DG3
Broadford;Isle of Skye;IV49
Uig;Isle of Skye;IV51
"""
LEWIS_VILLAGES = ["North Tolsta", "Back", "Gress", "Shawbost", "Carloway", "Coll"]

WAL_TOWNS_RAW = """
Aberystwyth;Ceredigion|Dyfed;SY23;Aberystwith
Cardigan;Ceredigion|Dyfed;SA43
Lampeter;Ceredigion|Dyfed;SA48
Machynlleth;Powys;SY20
Llandrindod Wells;Powys;LD1
Builth Wells;Powys;LD2
Brecon;Powys;LD3
Welshpool;Powys;SY21
Newtown;Powys;SY16
Crickhowell;Powys;NP8
Abergavenny;Monmouthshire|Gwent;NP7
Chepstow;Monmouthshire|Gwent;NP16
Pontypridd;Rhondda Cynon Taf|Mid Glamorgan;CF37
Tonypandy;Rhondda Cynon Taf|Mid Glamorgan;CF40
Aberdare;Rhondda Cynon Taf|Mid Glamorgan;CF44
Merthyr Tydfil;Mid Glamorgan;CF47
Bridgend;Mid Glamorgan;CF31
Porthcawl;Mid Glamorgan;CF36
Llanelli;Carmarthenshire|Dyfed;SA14,SA15;Llanelly
Ammanford;Carmarthenshire|Dyfed;SA18
Carmarthen;Carmarthenshire|Dyfed;SA31
Haverfordwest;Pembrokeshire|Dyfed;SA61,SA62
Tenby;Pembrokeshire|Dyfed;SA70
Fishguard;Pembrokeshire|Dyfed;SA65
Llandudno;Conwy|Clwyd;LL30
Colwyn Bay;Conwy|Clwyd;LL29
Bangor;Gwynedd;LL57
Caernarfon;Gwynedd;LL55;Carnarvon
Pwllheli;Gwynedd;LL53
Dolgellau;Gwynedd;LL40
Bala;Gwynedd;LL23
Holyhead;Anglesey|Ynys Môn;LL65
Llangefni;Anglesey|Ynys Môn;LL77
Wrexham;Clwyd;LL11,LL12,LL13
Mold;Flintshire|Clwyd;CH7
Ruthin;Denbighshire|Clwyd;LL15
Prestatyn;Denbighshire|Clwyd;LL19
Abergele;Conwy|Clwyd;LL22
"""
WAL_VILLAGES_RAW = """
Llanrug;Caernarfon;Gwynedd;LL55
Llanberis;Caernarfon;Gwynedd;LL55
Bethesda;Bangor;Gwynedd;LL57
Abersoch;Pwllheli;Gwynedd;LL53
Blaenau Ffestiniog;;Gwynedd;LL41
Tregaron;;Ceredigion;SY25
Borth;;Ceredigion;SY24
Talybont;;Ceredigion;SY24
Rhayader;;Powys;LD6
Llanidloes;;Powys;SY18
Crymych;;Pembrokeshire;SA41
Saundersfoot;;Pembrokeshire;SA69
Laugharne;Carmarthen;Carmarthenshire;SA33
Pontyberem;Llanelli;Carmarthenshire;SA15
Treorchy;;Rhondda Cynon Taf;CF42
Ferndale;;Rhondda Cynon Taf;CF43
Amlwch;;Anglesey;LL68
Beaumaris;;Anglesey;LL58
Menai Bridge;;Anglesey;LL59
Llangollen;;Denbighshire;LL20
Corwen;;Denbighshire;LL21
"""

NI_TOWNS_RAW = """
Omagh;Tyrone;BT78,BT79
Dungannon;Tyrone;BT70,BT71
Cookstown;Tyrone;BT80
Strabane;Tyrone;BT82
Enniskillen;Fermanagh;BT74
Armagh;Armagh;BT60,BT61
Lurgan;Armagh;BT66,BT67
Portadown;Armagh;BT62,BT63
Newry;Down;BT34,BT35
Downpatrick;Down;BT30
Ballynahinch;Down;BT24
Newtownards;Down;BT23
Bangor;Down;BT19,BT20
Ballymena;Antrim;BT42,BT43
Ballycastle;Antrim;BT54
Larne;Antrim;BT40
Carrickfergus;Antrim;BT38
Lisburn;Antrim;BT27,BT28
Banbridge;Down;BT32
Coleraine;Londonderry;BT51,BT52
Limavady;Londonderry;BT49
Magherafelt;Londonderry;BT45
Londonderry;Londonderry;BT47,BT48;Derry
"""
NI_VILLAGES_RAW = """
Ballygawley;Dungannon;Tyrone;BT70
Pomeroy;Dungannon;Tyrone;BT70
Carrickmore;Omagh;Tyrone;BT79
Belleek;Enniskillen;Fermanagh;BT93
Lisnaskea;Enniskillen;Fermanagh;BT92
Crossgar;Downpatrick;Down;BT30
Castlewellan;;Down;BT31
Rostrevor;Newry;Down;BT34
Cushendall;Ballymena;Antrim;BT44
Bushmills;;Antrim;BT57
Garvagh;Coleraine;Londonderry;BT51
Kilrea;Coleraine;Londonderry;BT51
"""
NI_ROAD_PRE = _w("Tully, Drum, Bally, Carrick, Knock, Lis, Killy, Derry, Glen, Ard, Clon, Aughna, Cappa, Dun")
NI_ROAD_SUF = _w("vannon, naskea, more, beg, nagh, keel, garve, loughan, macrory, cairn, mullan, clare, roe, glass, boy, crum")

# town;county;Eircode routing key
IE_TOWNS_RAW = """
Kenmare;Kerry;V93
Killarney;Kerry;V93
Tralee;Kerry;V92
Westport;Mayo;F28
Castlebar;Mayo;F23
Ballina;Mayo;F26
Clifden;Galway;H71
Ennis;Clare;V95
Skibbereen;Cork;P81
Clonakilty;Cork;P85
Kinsale;Cork;P17
Mallow;Cork;P51
Carlow;Carlow;R93
Tullamore;Offaly;R35
Athlone;Westmeath;N37
Mullingar;Westmeath;N91
Navan;Meath;C15
Drogheda;Louth;A92
Dundalk;Louth;A91
Letterkenny;Donegal;F92
Donegal;Donegal;F94
Sligo;Sligo;F91
Cavan;Cavan;H12
Monaghan;Monaghan;H18
Wexford;Wexford;Y35
Gorey;Wexford;Y25
Thurles;Tipperary;E41
Nenagh;Tipperary;E45
Clonmel;Tipperary;E91
"""
IE_TOWNLAND_PRE = _w("Knock, Bally, Kil, Cool, Derry, Drum, Carrig, Glen, Lis, Rath, Ard, Clon, Gort")
IE_TOWNLAND_SUF = _w("more, beg, nagree, keel, anure, acurra, nacree, owen, duff, glass, lea, gorm, aneen")
IE_HOUSE_NAMES = ["Ard na Gréine", "Cnoc Álainn", "Radharc na Mara", "Teach Bán", "Suaimhneas", "Glenview House"]

# city;state abbreviation;state name;ZIP prefixes
US_CITIES_RAW = """
Albany;NY;New York;122
Syracuse;NY;New York;132
Buffalo;NY;New York;142
Scranton;PA;Pennsylvania;185
Harrisburg;PA;Pennsylvania;171
Columbus;OH;Ohio;432
Toledo;OH;Ohio;436
Indianapolis;IN;Indiana;462
Louisville;KY;Kentucky;402
Nashville;TN;Tennessee;372
Memphis;TN;Tennessee;381
Raleigh;NC;North Carolina;276
Charleston;SC;South Carolina;294
Savannah;GA;Georgia;314
Tampa;FL;Florida;336
Orlando;FL;Florida;328
Birmingham;AL;Alabama;352
Little Rock;AR;Arkansas;722
Tulsa;OK;Oklahoma;741
Omaha;NE;Nebraska;681
Des Moines;IA;Iowa;503
Madison;WI;Wisconsin;537
Milwaukee;WI;Wisconsin;532
Minneapolis;MN;Minnesota;554
Kansas City;MO;Missouri;641
St. Louis;MO;Missouri;631
Albuquerque;NM;New Mexico;871
Tucson;AZ;Arizona;857
Salt Lake City;UT;Utah;841
Spokane;WA;Washington;992
Portland;OR;Oregon;972
Sacramento;CA;California;958
San Diego;CA;California;921
Anchorage;AK;Alaska;995
Honolulu;HI;Hawaii;968
Burlington;VT;Vermont;054
Worcester;MA;Massachusetts;016
Manchester;NH;New Hampshire;031
Hartford;CT;Connecticut;061
Providence;RI;Rhode Island;029
"""
US_STREET_NAMES = _w("Maple Ridge, Oak Hollow, Cedar Crest, Willow Creek, Prairie View, Hickory, Magnolia, "
                     "Dogwood, Sycamore, Cherry Hill, Lakeview, Ridgecrest, Meadowbrook, Pine Valley, "
                     "Quail Run, Fox Chase, Deer Park, Sunset, Highland, Birchwood, Cottonwood, Mesa Verde, "
                     "Juniper, Aspen, Bluebonnet, Elm, Walnut, Chestnut, Harbor, Lincoln")
US_STREET_TYPES = _w("St, Ave, Blvd, Dr, Ln, Rd, Ct, Pl, Way, Pkwy, Cir, Ter, Trl, Street, Avenue, Drive, Road, Lane, Court")

ABROAD = ["Malaga", "Alicante", "Benidorm", "Krakow", "Gdansk", "Lagos", "Accra", "Dhaka",
          "Sylhet", "Mirpur", "Lahore", "Bucharest", "Vilnius", "Riga", "Lisbon", "Tenerife",
          "Kraków", "Manila", "Harare", "Kingston"]

# --- streets ---------------------------------------------------------------
STREET_STEMS = _w("""
Tanners, Copper Beech, Rookery, Mill Race, Fulling Mill, Saddlers, Coopers, Wheelwright,
Brewery, Maltings, Tannery, Ropewalk, Chandlers, Quarry, Limekiln, Forge, Smithy, Pinfold,
Sheepfold, Cowgate, Pottergate, Westgate, Bondgate, Priory, Chantry, Glebe, Vicarage,
Parsonage, Almshouse, Beacon, Windmill, Hawthorn, Blackthorn, Rowan, Sycamore, Alder,
Hornbeam, Laburnum, Magnolia, Wisteria, Foxglove, Bluebell, Primrose, Meadowsweet, Thistle,
Bracken, Kingfisher, Heron, Curlew, Lapwing, Skylark, Fieldfare, Plover, Redwing,
Nightingale, Osprey, Badger, Otter, Coronation, Jubilee, Gladstone, Wellington, Trafalgar,
Waterloo, Inkerman, Ladysmith, Colliery, Railway, Gasworks, Staithes, Wagonway, Ropery,
Keelmen's, Ladywell, Lady Bank, Cemetery, Hospital, Engine, Pit, Brickyard, Tollgate,
Turnpike, Hollybush, Elderberry, Cherry Tree, Orchard, Nursery, Bowling Green, Cricket Field
""")
STREET_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Grove",
                "Gardens", "Terrace", "Place", "Way", "Court", "Mews", "Walk", "Rise", "View",
                "Row", "Square", "Green", "Parade", "Bank", "Fold", "Croft", "Garth", "Meadows",
                "Yard", "Chare"]
SCOT_STREET_TYPES = ["Wynd", "Brae", "Loan", "Vennel", "Gardens", "Terrace", "Crescent",
                     "Road", "Street", "Place", "Park", "Drive", "Court", "Avenue"]
WORD_STREETS = _w("""
The Green, The Square, Front Street, Back Street, High Street, Low Road, Top Road, Chapel Row,
School Lane, The Crescent, The Drive, Mill Lane, Main Street, North Road, Long Lane, Sandy Lane,
New Road, Park View, Church View, The Paddock, The Meadows, Orchard Close, The Nook, The Hollow,
Nook Lane, Well Lane, Pump Row, Water Lane, Bridge End, Townhead, Causeway, The Wynd, Bank Top,
Hall Garth, Front Row, Station Road, Church Street, Back Lane, Moor Lane, Town Street
""")
WELSH_STREETS = _w("""
Heol y Felin, Ffordd yr Orsaf, Stryd Fawr, Lôn Isaf, Maes y Coed, Bryn Awel, Pen y Bryn,
Cae Glas, Heol Pant-y-Deri, Llys Derwen, Ffordd Glyndŵr, Tan y Bryn, Rhes Newydd, Heol y Nant,
Maes Hyfryd, Lôn Las, Stryd yr Eglwys
""")
ABBR = {"Road": ["Rd", "Rd.", "RD"], "Street": ["St", "St.", "Str"], "Lane": ["Ln", "La"],
        "Avenue": ["Ave", "Av", "Ave."], "Close": ["Cl", "Cl."], "Drive": ["Dr", "Drv"],
        "Crescent": ["Cres", "Cresc"], "Grove": ["Gr", "Gro"], "Gardens": ["Gdns", "Gdns."],
        "Terrace": ["Terr", "Tce", "Ter"], "Place": ["Pl"], "Court": ["Ct", "Crt"],
        "Square": ["Sq"], "Parade": ["Pde"], "View": ["Vw"]}
MISSPELL = {"Road": ["Raod", "Rode", "Roa"], "Street": ["Streeet", "Stree", "Sreet"],
            "Lane": ["Lain", "Lnae"], "Avenue": ["Avenu", "Aveune", "Avenue"],
            "Close": ["Cloes", "Clsoe"], "Drive": ["Drvie", "Drive"],
            "Crescent": ["Cresent", "Crescant", "Cresant"], "Gardens": ["Gardns", "Gardnes"],
            "Terrace": ["Terrance", "Terace", "Terrace"], "Grove": ["Grvoe"], "Place": ["Plcae"],
            "Court": ["Cort"], "Walk": ["Wlak"], "Mews": ["Mewes"]}

HOUSE_NAMES = _w("""
Rose Cottage, Ivy Cottage, Woodside, Hillcrest, Fernbank, Greystones, The Laurels, The Firs,
The Old Forge, The Old Post Office, The Old School House, The Granary, The Coach House,
Stable Cottage, Keeper's Cottage, Lock Cottage, Sunnyside, Windy Ridge, Dunroamin, Shangri-La,
Holly Lodge, Brookside, Fairview, Meadow View, Orchard House, The Bothy, Pear Tree Cottage,
Honeysuckle Cottage, The Old Chapel, Quarry House
""")
FARMS = _w("""
Low Moor Farm, High Leys Farm, Brackenhill Farm, Nether Hall Farm, Grange Farm, Manor Farm,
Cold Harbour Farm, Windyhill Farm, Moorside Farm, Hagg House Farm, Greenhead Farm,
Stony Flatts Farm, Birks Farm, Whinfell Farm, Ewe Close Farm, Heugh Farm
""")
SCOT_FARMS = _w("East Mains, West Mains, Mains of Auchmill, Braeside Farm, Hillhead of Craigie, "
                "Nether Balgray, Newton of Kinloch, Croft 7")
WELSH_HOUSES = _w("Bryn Teg, Tŷ Newydd, Hafod Wen, Gwêl y Môr, Penrhiw, Awelfryn, Llys Gwyn, "
                  "Bron Haul, Tŷ'n y Coed, Cartref")
WELSH_FARMS = _w("Nant-y-Pandy Farm, Fferm Penlan, Cwm Farm, Tyddyn Isaf, Pen-y-Cae Farm, "
                 "Gelli Fawr, Blaen-nant")
NI_FARMS = _w("Drumcairn Farm, Glenview Farm, Hillhead Farm, Ballyvarley House")
BUILDINGS = _w("""
Wharfside House, Quayside Lofts, Alexandra Court, Tannery Mill, Kingfisher Court, Victoria House,
Cooperage Court, Mill View, St Aidan's Court, Chandlers Wharf, Foundry House, Riverside Mews,
Marlborough House, Hawthorn Court, Printworks, Station House, The Old Brewery, Priory Court
""")
CARE_FIRST = _w("Hollybank, Rosewood, Beechcroft, Oaklands, Meadowbank, Larchwood, Willowbrook, "
                "Ashgrove, Elmhurst, Cedar, Brambles, Kingfisher, Riverside, Bankside, St Aidan's, "
                "St Cuthbert's, St Hilda's, Sandringham, Balmoral, Lindisfarne, Abbeyfield")
CARE_TYPES = ["Nursing Home", "Care Home", "Residential Home", "Care Centre", "Lodge", "House",
              "Court", "Manor", "Nursing Home", "Care Home"]
SHELTERED = _w("Coronation Court, Jubilee House, Alder House, Laburnum Court, Priory Lodge, "
               "Ropery Court, Abbeyfield House, Wesley Court, Gladstone House, Beacon View")
HALLS = _w("Larchfield Hall, Brunswick Court, Grey Heron House, Tannery Court Student Village, "
           "Heathfield Halls, Riverside Halls, Weaver Hall, Ashgrove Court, Kingsgate Village, "
           "Foundry Halls")
UNI_TOWNS = [("Durham", "DH1"), ("Newcastle upon Tyne", "NE1"), ("Newcastle", "NE2"),
             ("Sunderland", "SR1"), ("Middlesbrough", "TS1"), ("Northampton", "NN1"),
             ("Lancaster", "LA1"), ("York", "YO10"), ("Aberystwyth", "SY23"), ("Bangor", "LL57"),
             ("Stirling", "FK9"), ("St Andrews", "KY16"), ("Loughborough", "LE11"),
             ("Leicester", "LE1"), ("Nottingham", "NG7")]
PARKS = _w("Sandybrook Park Homes, Riverside Park, Seaview Holiday Park, Greenacres Caravan Park, "
           "Sunnyside Caravan Site, Willow Tree Park, Meadow Lakes Park, Dunes Holiday Village, "
           "Brookfield Residential Park, Bay View Leisure Park")
PARK_TOWNS = [("Skegness", "PE25", "Lincs"), ("Amble", "NE65", "Northd"), ("Whitley Bay", "NE26", "TyneWear"),
              ("Redcar", "TS10", "Cleveland"), ("Saltburn-by-the-Sea", "TS12", "Cleveland"),
              ("Cromer", "NR27", "Norfolk"), ("Clacton-on-Sea", "CO15", "Essex"),
              ("Swanage", "BH19", "Dorset"), ("Bude", "EX23", "Cornwall"), ("Whitby", "YO21", "NYorks"),
              ("Seaham", "SR7", "Durham"), ("Blyth", "NE24", "Northd")]


# ---------------------------------------------------------------------------
# Parsed place tables
# ---------------------------------------------------------------------------

def _rows(raw):
    return [line.split(";") for line in raw.strip().splitlines() if line.strip()]


def _opt(parts, i):
    return [x for x in parts[i].split(",") if x] if len(parts) > i else []


ENG_TOWNS = [dict(name=p[0], county=p[1], codes=p[2].split(","), alts=_opt(p, 3), locs=_opt(p, 4))
             for p in _rows(ENG_TOWNS_RAW)]
ENG_VILLAGES = [dict(name=p[0], post=p[1], county=p[2], code=p[3]) for p in _rows(ENG_VILLAGES_RAW)]
SCOT_TOWNS = [dict(name=p[0], region=p[1].split("|"), codes=p[2].split(","), alts=_opt(p, 3))
              for p in _rows(SCOT_TOWNS_RAW)]
SCOT_VILLAGES = [dict(name=p[0], post=p[1], code=p[2]) for p in _rows(SCOT_VILLAGES_RAW)]
WAL_TOWNS = [dict(name=p[0], region=p[1].split("|"), codes=p[2].split(","), alts=_opt(p, 3))
             for p in _rows(WAL_TOWNS_RAW)]
WAL_VILLAGES = [dict(name=p[0], post=p[1], region=p[2], code=p[3]) for p in _rows(WAL_VILLAGES_RAW)]
NI_TOWNS = [dict(name=p[0], county=p[1], codes=p[2].split(","), alts=_opt(p, 3)) for p in _rows(NI_TOWNS_RAW)]
NI_VILLAGES = [dict(name=p[0], post=p[1], county=p[2], code=p[3]) for p in _rows(NI_VILLAGES_RAW)]
IE_TOWNS = [dict(name=p[0], county=p[1], key=p[2]) for p in _rows(IE_TOWNS_RAW)]
US_CITIES = [dict(name=p[0], st=p[1], state=p[2], zip3=p[3]) for p in _rows(US_CITIES_RAW)]
# the two client trusts' areas (the North East and Northamptonshire) weigh double
HOME_COUNTIES = {"Durham", "Cleveland", "TyneWear", "Northd", "Northants"}
ENG_TOWN_WEIGHTS = [2.2 if t["county"] in HOME_COUNTIES else 1.0 for t in ENG_TOWNS]

INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UNITS_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TRUST_CODES = ["RNS", "RNQ", "RTR", "RXP", "RTF", "RTD", "R0B", "RVW"]
HOSP_INITIALS = ["kgh", "ngh", "jcuh", "uhnd", "dmh", "rvi", "nth", "sth", "fgh", "wgh"]
LANDLINE_DRAMA = [("0113", "496 0"), ("0114", "496 0"), ("0115", "496 0"), ("0116", "496 0"),
                  ("0117", "496 0"), ("0118", "496 0"), ("0121", "496 0"), ("0131", "496 0"),
                  ("0141", "496 0"), ("0151", "496 0"), ("0161", "496 0"), ("0191", "498 0")]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def age_words(n):
    assert 90 <= n <= 99
    return "ninety" + ("" if n == 90 else "-" + UNITS_WORDS[n - 90])


def nhs_check_ok(digits):
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")


# ---------------------------------------------------------------------------
# Generators of invented details
# ---------------------------------------------------------------------------

class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.last_first = None
        self.last_sur = None
        self.last_us = None
        self.stats = {k: Counter() for k in ("addr_kind", "addr_layout", "name_form", "hosp_fmt",
                                             "dob_fmt", "phone_fmt", "date_fmt", "town_kind",
                                             "pc_fmt", "addr_feat")}

    # -- small helpers --------------------------------------------------
    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def wch(self, items):
        """Weighted choice from [(weight, value), ...]."""
        total = sum(w for w, _ in items)
        r = self.rng.random() * total
        for w, v in items:
            r -= w
            if r < 0:
                return v
        return items[-1][1]

    def digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # -- names ----------------------------------------------------------
    def gender(self, g):
        if g in ("f", "m", "u"):
            return g
        return self.wch([(46, "f"), (46, "m"), (8, "u")])

    def first(self, g):
        g = self.gender(g)
        if g == "u":
            return self.ch(UNISEX)
        if self.p(0.06):
            return self.ch(UNISEX)
        return self.ch(FEMALE if g == "f" else MALE)

    def surname(self):
        r = self.rng.random()
        if r < 0.72:
            return self.ch(SURNAMES)
        if r < 0.86:
            return self.ch(SURNAMES_SPECIAL)
        return self.ch(SURNAMES_WORDLIKE)

    def name(self, opts):
        g = next((o for o in opts if o in ("f", "m", "u")), None)
        form = next((o for o in opts if o in ("first", "full", "sur", "nick", "init", "full2",
                                                 "wordlike", "any")), "any")
        if form == "any":
            form = self.wch([(44, "first"), (30, "full"), (9, "wordlike"), (8, "nick"),
                             (5, "full2"), (4, "init")])
        g = self.gender(g)
        if form == "wordlike" and g == "u":
            g = self.ch("fm")
        if form == "nick" and g == "u":
            g = self.ch("fm")
        sur = self.surname()
        fn = self.first(g)
        if form == "first":
            v = fn
        elif form == "full":
            v = f"{fn} {sur}"
        elif form == "sur":
            v = sur
        elif form == "nick":
            fn = self.ch(NICK_F if g == "f" else NICK_M)
            v = fn
        elif form == "wordlike":
            fn = self.ch(WORDLIKE_F if g == "f" else WORDLIKE_M)
            v = fn if self.p(0.75) else f"{fn} {sur}"
        elif form == "full2":
            second = self.first(g)
            while second == fn:
                second = self.first(g)
            if self.p(0.3):
                fn = self.ch(HYPHEN_F if g == "f" else HYPHEN_M)
                v = f"{fn} {sur}"
            else:
                v = f"{fn} {second} {sur}"
        else:  # init
            i1 = ascii_fold(fn)[0].upper()
            i2 = ascii_fold(self.first(g))[0].upper()
            v = self.ch([f"{i1}. {sur}", f"{i1} {sur}", f"{i1}.{i2}. {sur}", f"{i1}{i2} {sur}",
                         f"{i1}.{sur}"])
        self.last_first, self.last_sur = fn, sur
        if "lower" in opts:
            v = v.lower()
            form += "+lower"
        elif "caps" in opts:
            v = v.upper()
            form += "+caps"
        self.stats["name_form"][form] += 1
        self.last_form = form
        return v

    # -- e-mail / url -----------------------------------------------------
    def email(self, opts=()):
        fn = self.last_first or self.first(None)
        sn = self.last_sur or self.surname()
        f = re.sub(r"[^a-z]", "", ascii_fold(fn).lower()) or "pat"
        s = re.sub(r"[^a-z]", "", ascii_fold(sn).lower()) or "jones"
        local = self.ch([f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}_{s}", f"{s}.{f}",
                         f"{f}{s}{self.rng.randrange(10, 99)}", f"{f}{self.rng.randrange(1940, 2005)}",
                         f"{s}{f[0]}", f"the{s}s", f"{f}.{s}+nhs"])
        host = self.ch(["example.com", "example.org", "example.net"])
        if self.p(0.25):
            host = self.ch(["mail.", "post.", "home.", "my."]) + host
        v = f"{local}@{host}"
        if "caps" in opts or self.p(0.05):
            v = v.upper()
        elif self.p(0.08):
            v = local[0].upper() + local[1:] + "@" + host
        return v

    def url(self):
        fn = re.sub(r"[^a-z]", "", ascii_fold(self.first(None)).lower()) or "pat"
        sn = re.sub(r"[^a-z]", "", ascii_fold(self.surname()).lower()) or "jones"
        slug = self.ch([f"{fn}-{sn}", f"in-memory-of-{fn}-{sn}", f"{fn}s-story", f"team-{sn}",
                        f"{fn}{sn}{self.rng.randrange(10, 99)}"])
        v = self.ch([
            f"https://www.example.org/fundraising/{slug}",
            f"http://example.com/blog/{self.rng.randrange(2019, 2024)}/{slug}",
            f"www.example.net/p/{self.digits(6)}",
            f"example.com/photos?album={slug}",
            f"https://example.org/{slug}#comments",
            f"https://{fn}.example.net/diary/week-{self.rng.randrange(1, 30)}",
            f"www.example.com/{slug}",
            f"https://www.example.com/stories/{slug}?ref=share",
            f"https://example.org/u/{sn}/posts/{self.digits(5)}",
            f"http://www.example.com/{slug}.html",
        ])
        return v

    # -- phones -----------------------------------------------------------
    def phone(self, opts=()):
        kind = next((o for o in opts if o in ("mobile", "landline", "us")), None)
        if kind is None:
            kind = self.wch([(55, "mobile"), (38, "landline"), (7, "us")])
        if kind == "mobile":
            n = f"{self.rng.randrange(1000):03d}"
            v = self.ch([f"07700 900{n}", f"07700900{n}", f"07700 900 {n}", f"+44 7700 900{n}",
                         f"+44 (0)7700 900{n}", f"0770 090 0{n}", f"07700-900-{n}", f"07700 900{n}"])
        elif kind == "landline":
            r = self.rng.random()
            n3 = f"{self.rng.randrange(1000):03d}"
            if r < 0.25:
                v = self.ch([f"01632 960{n3}", f"(01632) 960{n3}", f"01632 960 {n3}", f"01632960{n3}"])
            elif r < 0.4:
                v = self.ch([f"020 7946 0{n3}", f"0207 946 0{n3}", f"(020) 7946 0{n3}"])
            elif r < 0.5:
                v = self.ch([f"028 9649 6{n3}", f"029 2018 0{n3}"])
            else:
                area, mid = self.ch(LANDLINE_DRAMA)
                v = self.ch([f"{area} {mid}{n3}", f"({area}) {mid}{n3}", f"{area}{mid.replace(' ', '')}{n3}",
                             f"{area} {mid[:3]} {mid[-1]}{n3}"])
            if self.p(0.12):
                v += self.ch([" ext 2214", " ext. 31", " x204", " ext 5518", " extn 407"])
        else:
            area = self.ch(["614", "402", "918", "505", "801", "206", "919", "615"])
            n = f"{self.rng.randrange(100, 200):04d}"
            v = self.ch([f"({area}) 555-{n}", f"{area}-555-{n}", f"+1 {area} 555 {n}", f"{area}.555.{n}"])
        self.stats["phone_fmt"][kind] += 1
        return v

    # -- NHS number, postcode, zip -------------------------------------------
    def nhs(self):
        while True:
            pre = "999" if self.p(0.65) else self.ch(["4", "6", "7"]) + self.digits(2)
            body = pre + self.digits(6)
            total = sum(int(d) * (10 - i) for i, d in enumerate(body))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check == 10:
                continue
            d = body + str(check)
            return self.ch([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                            d, f"{d[:3]} {d[3:6]} {d[6:]}"])

    def inward(self):
        return f"{self.rng.randrange(10)}{self.ch(INWARD_LETTERS)}{self.ch(INWARD_LETTERS)}"

    def postcode(self, outward, style=None):
        pc = f"{outward} {self.inward()}"
        if style is None:
            style = self.wch([(86, "std"), (7, "nospace"), (7, "lower")])
        if style == "nospace":
            pc = pc.replace(" ", "")
        elif style == "lower":
            pc = pc.lower()
        self.stats["pc_fmt"][style] += 1
        return pc

    def any_outward(self):
        r = self.rng.random()
        if r < 0.7:
            t = self.rng.choices(ENG_TOWNS, ENG_TOWN_WEIGHTS)[0]
            return self.ch(t["codes"])
        if r < 0.8:
            return self.ch(self.ch(SCOT_TOWNS)["codes"])
        if r < 0.9:
            return self.ch(self.ch(WAL_TOWNS)["codes"])
        return self.ch(self.ch(NI_TOWNS)["codes"])

    def standalone_postcode(self, opts=()):
        style = "lower" if "lower" in opts else None
        return self.postcode(self.any_outward(), style)

    def us_city(self):
        c = self.ch(US_CITIES)
        self.last_us = c
        return c

    def zipcode(self, opts=()):
        c = self.last_us or self.us_city()
        z = c["zip3"] + f"{self.rng.randrange(1, 99):02d}"
        if "plus4" in opts or self.p(0.3):
            z += f"-{self.rng.randrange(1, 9999):04d}"
        return z

    # -- dates ----------------------------------------------------------
    def _ymd(self, y0, y1):
        y = self.rng.randrange(y0, y1 + 1)
        m = self.rng.randrange(1, 13)
        d = self.rng.randrange(1, 29 if m == 2 else (31 if m in (4, 6, 9, 11) else 32))
        return y, m, d

    def dob(self, opts=()):
        if "old" in opts:
            y, m, d = self._ymd(1924, 1950)
        elif "kid" in opts:
            y, m, d = self._ymd(2008, 2022)
        elif "mid" in opts:
            y, m, d = self._ymd(1951, 2003)
        else:
            y, m, d = self._ymd(1930, 2003)
        yy = f"{y % 100:02d}"
        mon, mon3 = MONTHS[m - 1], MONTHS3[m - 1]
        if "us" in opts:
            fmts = [("us_slash", f"{m:02d}/{d:02d}/{y}"), ("us_words", f"{mon} {d}, {y}")]
        else:
            fmts = [("dd/mm/yyyy", f"{d:02d}/{m:02d}/{y}"), ("d/m/yy", f"{d}/{m}/{yy}"),
                    ("dd.mm.yy", f"{d:02d}.{m:02d}.{yy}"), ("dd-mm-yyyy", f"{d:02d}-{m:02d}-{y}"),
                    ("ord month yyyy", f"{ordinal(d)} {mon} {y}"), ("ord of month 'yy", f"{ordinal(d)} of {mon} '{yy}"),
                    ("d mon yyyy", f"{d} {mon3} {y}"), ("iso", f"{y}-{m:02d}-{d:02d}"),
                    ("dd-MON-yy", f"{d:02d}-{mon3.upper()}-{yy}"), ("month d yyyy", f"{mon} {d} {y}"),
                    ("lower", f"{ordinal(d)} {mon.lower()} {y}"), ("d.m.yyyy", f"{d}.{m}.{y}"),
                    ("ddmmyyyy spaced", f"{d:02d} {m:02d} {y}"), ("D MONTH YYYY", f"{d} {mon.upper()} {y}")]
        name, v = self.ch(fmts)
        self.stats["dob_fmt"][name] += 1
        return v

    def date(self, opts=()):
        y, m, d = self._ymd(2021, 2023)
        mon, mon3 = MONTHS[m - 1], MONTHS3[m - 1]
        day = self.ch(DAYS)
        fmts = [("day ord", f"{day} {ordinal(d)}"), ("dy d mon", f"{day[:3]} {d} {mon3}"),
                ("d month", f"{d} {mon}"), ("month ord", f"{mon} {ordinal(d)}"),
                ("ord", ordinal(d)), ("d/m", f"{d}/{m}"), ("d.m.yy", f"{d}.{m}.{y % 100}"),
                ("dd/mm/yyyy", f"{d:02d}/{m:02d}/{y}"), ("month yyyy", f"{mon} {y}"),
                ("ord of month", f"{ordinal(d)} of {mon}"), ("mon d", f"{mon3} {d}"),
                ("day ord month", f"{day} {ordinal(d)} {mon}"), ("ord mon", f"{ordinal(d)} {'Sept' if m == 9 else mon3}"),
                ("lower", f"{day.lower()} {ordinal(d)} {mon.lower()}")]
        if "full" in opts:
            fmts = [("d month yyyy", f"{d} {mon} {y}"), ("ord month yyyy", f"{ordinal(d)} {mon} {y}"),
                    ("dd/mm/yyyy", f"{d:02d}/{m:02d}/{y}"), ("dd.mm.yy", f"{d:02d}.{m:02d}.{y % 100:02d}")]
        name, v = self.ch(fmts)
        self.stats["date_fmt"][name] += 1
        return v

    def age(self, opts=()):
        n = self.rng.randrange(90, 100) if "words" in opts else self.rng.randrange(90, 105)
        if "words" in opts or (n < 100 and self.p(0.25)):
            v = age_words(n)
            if self.p(0.3):
                v = v.replace("-", " ")
            return v
        return str(n)

    def town(self, opts=()):
        if "us" in opts:
            c = self.us_city()
            self.stats["town_kind"]["us"] += 1
            return c["name"]
        if "abroad" in opts:
            self.stats["town_kind"]["abroad"] += 1
            return self.ch(ABROAD)
        r = self.rng.random()
        if "big" in opts and 0.6 <= r < 0.72:
            r = 0.5
        if r < 0.6:
            t = self.rng.choices(ENG_TOWNS, ENG_TOWN_WEIGHTS)[0]
            v = t["name"] if not (t["alts"] and self.p(0.15)) else self.ch(t["alts"])
            kind = "england"
        elif r < 0.72:
            v, kind = self.ch(ENG_VILLAGES)["name"], "village"
        elif r < 0.82:
            v, kind = self.ch(SCOT_TOWNS)["name"], "scotland"
        elif r < 0.9:
            v, kind = self.ch(WAL_TOWNS)["name"], "wales"
        else:
            v, kind = self.ch(NI_TOWNS)["name"], "ni"
        if "lower" in opts:
            v = v.lower()
        self.stats["town_kind"][kind] += 1
        return v

    # -- hospital and reference numbers -------------------------------------
    def hosp(self, opts=()):
        fmt = next((o for o in opts if o in HOSP_FORMATS), None)
        if fmt is None:
            fmt = self.ch(HOSP_GENERAL)
        v = HOSP_FORMATS[fmt](self)
        if "lower" in opts:
            v = v.lower()
        elif "caps" in opts:
            v = v.upper()
        self.stats["hosp_fmt"][fmt] += 1
        return v


def _L(g, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return g.ch(letters)


# Each format is written the way it appears on letters, wristbands, cards and bills.
HOSP_FORMATS = {
    # trust code + 7 digits: "RTR 0418827", "RNQ0418827"
    "trust7": lambda g: g.ch(TRUST_CODES) + g.ch([" ", "", "-"]) + "0" + g.digits(6),
    # K number with year: "K482913/22"
    "k_year": lambda g: "K" + g.digits(6) + "/" + g.ch(["19", "20", "21", "22", "23"]),
    # letter, 8 digits, check letter: "H40018273P"
    "h8check": lambda g: _L(g) + g.digits(8) + _L(g),
    # A&E attendance card: "22-0418833"
    "ed_card": lambda g: g.ch(["21", "22", "23"]) + "-" + g.digits(7),
    # PAS number: "P0183377"
    "pas": lambda g: "P" + g.digits(7),
    # hospital initials in lower case + 4-3: "kgh 4471-882"
    "initials_lc": lambda g: g.ch(HOSP_INITIALS) + g.ch([" ", "", "-"]) + g.digits(4) + "-" + g.digits(3),
    # dotted: "8804.1173"
    "dotted": lambda g: g.digits(4) + "." + g.digits(4),
    # 2-3-3 spaced: "45 218 903"
    "spaced233": lambda g: g.digits(2) + " " + g.digits(3) + " " + g.digits(3),
    # patient transport booking: "PTS-5528-1903"
    "pts": lambda g: g.ch(["PTS-", "PTS/", "pts "]) + g.digits(4) + "-" + g.digits(4),
    # PALS case: "P22-1187"
    "pals": lambda g: "P" + g.ch(["21", "22", "23"]) + "-" + g.digits(4),
    # Datix incident: "W118847"
    "datix": lambda g: g.ch(["W", "DW", "IN"]) + g.digits(6),
    # complaint: "COMP/2022/0417"
    "complaint": lambda g: g.ch(["COMP", "CMP", "C"]) + "/" + g.ch(["2021", "2022", "2023"]) + "/" + g.digits(4),
    # radiology: "XR22/55187"
    "xray": lambda g: g.ch(["XR", "RAD", "CT"]) + g.ch(["21", "22", "23"]) + "/" + g.digits(5),
    # pathology lab: "23L-448120"
    "lab": lambda g: g.ch(["21", "22", "23"]) + _L(g, "LHMB") + "-" + g.digits(6),
    # sexual health clinic: "GU/18832"
    "gum": lambda g: g.ch(["GU/", "GUM-", "SH"]) + g.digits(5),
    # maternity: "M2207718"
    "maternity": lambda g: "M" + g.ch(["21", "22", "23"]) + g.digits(5),
    # letter + 3 + 3 spaced: "J 441 827"
    "letter_spaced": lambda g: _L(g) + " " + g.digits(3) + " " + g.digits(3),
    # e-Referral UBRN, 12 digits in fours: "0004 1182 7736"
    "ubrn": lambda g: "000" + g.digits(1) + " " + g.digits(4) + " " + g.digits(4),
    # number / letter: "4471/B"
    "slash_letter": lambda g: g.digits(g.ch([4, 5])) + "/" + _L(g, "ABCDEFGH"),
    # S number (eye hospital style): "S0044718"
    "s_number": lambda g: "S" + "00" + g.digits(5),
    # year / site / serial: "22/NGH/004718"
    "year_site": lambda g: g.ch(["21", "22", "23"]) + "/" + g.ch(["NGH", "KGH", "JCUH", "UHND", "RVI", "DMH"]) + "/" + g.digits(6),
    # ambulance job: "1140827-A"
    "job": lambda g: g.digits(7) + "-" + _L(g, "ABC"),
    # 6 bare digits, an old-style number: "418827"
    "six": lambda g: g.ch("123456789") + g.digits(5),
    # 6 digits + letter: "418827K"
    "six_letter": lambda g: g.digits(6) + _L(g),
    # lower-case letters + 7 digits run together: "rvj4471023"
    "lc_alnum": lambda g: g.ch(["rvj", "rtr", "rxp", "nn", "sr", "ts"]) + g.digits(7),
    # postcode-looking prefix: "NN-0442-187"
    "area_dash": lambda g: g.ch(["NN", "DH", "TS", "NE", "SR", "DL"]) + "-" + g.digits(4) + "-" + g.digits(3),
    # eye clinic: "OPH/22/41187"
    "clinic": lambda g: g.ch(["OPH", "ENT", "DERM", "ORTH", "CARD"]) + "/" + g.ch(["21", "22", "23"]) + "/" + g.digits(5),
    # 2-4-2: "48-1175-08"
    "two_four_two": lambda g: g.digits(2) + "-" + g.digits(4) + "-" + g.digits(2),
    # US medical record number, 7 digits
    "us_mrn": lambda g: g.ch("123456789") + g.digits(6),
    # US account: "55-2018473"
    "us_acct": lambda g: g.digits(2) + "-" + g.digits(7),
    # US financial number (FIN): 8 digits starting 4
    "us_fin": lambda g: "4" + g.digits(7),
    # US encounter: "E00931877"
    "us_enc": lambda g: "E" + "00" + g.digits(7),
    # US claim: "2023-114-00872"
    "us_claim": lambda g: g.ch(["2022", "2023"]) + "-" + g.digits(3) + "-" + g.digits(5),
    # US claim: "CLM 8841 7026"
    "us_claim_alpha": lambda g: "CLM " + g.digits(4) + " " + g.digits(4),
    # US insurance member id: "XJH884102517"
    "us_member": lambda g: "".join(_L(g) for _ in range(3)) + g.digits(9),
    # US visit: "V00018823342"
    "us_visit": lambda g: "V000" + g.digits(8),
}
# formats a carrier with a generic cue ("hospital number") may get
HOSP_GENERAL = ["trust7", "k_year", "h8check", "pas", "initials_lc", "dotted", "spaced233",
                "letter_spaced", "slash_letter", "six", "six_letter", "lc_alnum", "area_dash",
                "two_four_two", "s_number", "year_site"]


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------

ADDR_KIND_WEIGHTS = [(30, "eng"), (12, "engvil"), (9, "sco"), (8, "wal"), (6, "ni"), (3, "ie"),
                     (4, "us"), (4, "farm"), (3, "care"), (2, "shelt"), (1.5, "halls"),
                     (1.5, "park"), (1, "pobox"), (1, "unit")]


class AddressMixin:
    def house_number(self, big=False):
        r = self.rng.random()
        n = (self.rng.randrange(1, 41) if r < 0.6 else self.rng.randrange(41, 151) if r < 0.9
             else self.rng.randrange(151, 421))
        if big and self.p(0.5):
            n = self.rng.randrange(20, 260)
        r = self.rng.random()
        if r < 0.10:
            self.stats["addr_feat"]["number+letter"] += 1
            return f"{n}{self.ch('abcdAB')}"
        if r < 0.16:
            self.stats["addr_feat"]["number range"] += 1
            return f"{n}-{n + self.ch([1, 2, 4])}"
        if r < 0.22:
            self.stats["addr_feat"]["No."] += 1
            return self.ch(["No. ", "No ", "no. ", "No.", "Number "]) + str(n)
        return str(n)

    def street_name(self, region="eng"):
        r = self.rng.random()
        if region == "wal" and r < 0.45:
            self.stats["addr_feat"]["Welsh street"] += 1
            return self.ch(WELSH_STREETS)
        if r < 0.22:
            base = self.ch(WORD_STREETS)
            self.stats["addr_feat"]["word street"] += 1
        else:
            types = SCOT_STREET_TYPES if region == "sco" and self.p(0.6) else STREET_TYPES
            base = f"{self.ch(STREET_STEMS)} {self.ch(types)}"
        words = base.split(" ")
        last = words[-1]
        r = self.rng.random()
        if last in ABBR and r < 0.17 and not base.startswith("The "):
            words[-1] = self.ch(ABBR[last])
            self.stats["addr_feat"]["abbreviated"] += 1
        elif last in MISSPELL and r > 0.90:
            words[-1] = self.ch(MISSPELL[last])
            if words[-1] != last:
                self.stats["addr_feat"]["misspelt"] += 1
        return " ".join(words)

    def street_line(self, region="eng", number=True, big=False):
        st = self.street_name(region)
        if not number:
            return [st]
        num = self.house_number(big)
        if self.p(0.06):
            self.stats["addr_feat"]["comma after number"] += 1
            return [f"{num}, {st}"]
        return [f"{num} {st}"]

    def flat_prefix(self, region="eng", city=None):
        k = self.rng.randrange(1, 40)
        if region == "sco" and city in ("Glasgow",) and self.p(0.8):
            fl = self.ch([f"Flat {self.rng.randrange(0, 4)}/{self.rng.randrange(1, 4)}",
                          f"{self.rng.randrange(0, 4)}/{self.rng.randrange(1, 4)}"])
            self.stats["addr_feat"]["Glasgow flat"] += 1
            return [fl]
        if region == "sco" and city == "Edinburgh" and self.p(0.8):
            self.stats["addr_feat"]["Edinburgh flat"] += 1
            return [self.ch([f"Flat {self.rng.randrange(1, 5)}F{self.rng.randrange(1, 4)}",
                             f"{self.rng.randrange(1, 5)}F{self.rng.randrange(1, 4)}"])]
        fl = self.wch([(30, f"Flat {k}"), (8, f"Flat {k}{self.ch('abcAB')}"), (6, f"flat {k}"),
                       (6, f"Flat {self.ch('ABCDEF')}"), (6, f"Apartment {k}"), (4, f"Apt {k}"),
                       (5, "Ground Floor Flat"), (5, "First Floor Flat"), (4, "Top Floor Flat"),
                       (3, "Basement Flat"), (3, f"{self.ch(['1st', '2nd', '3rd', 'Second', 'First'])} Floor"),
                       (3, f"Room {k}")])
        self.stats["addr_feat"]["flat/floor"] += 1
        out = [fl]
        if self.p(0.4):
            out.append(self.ch(BUILDINGS))
            self.stats["addr_feat"]["named building"] += 1
        return out

    def county_form(self, key):
        return self.ch(COUNTIES[key])

    # -- kinds ----------------------------------------------------------------
    def a_eng(self, opts):
        t = self.rng.choices(ENG_TOWNS, ENG_TOWN_WEIGHTS)[0]
        parts = []
        if self.p(0.17):
            parts += self.flat_prefix()
        elif self.p(0.12):
            parts.append(self.ch(HOUSE_NAMES))
            self.stats["addr_feat"]["house name"] += 1
        parts += self.street_line("eng", number=not (parts and parts[-1] in HOUSE_NAMES and self.p(0.5)))
        if t["locs"] and self.p(0.45):
            parts.append(self.ch(t["locs"]))
            self.stats["addr_feat"]["locality"] += 1
        town = self.ch(t["alts"]) if t["alts"] and self.p(0.25) else t["name"]
        if town != t["name"]:
            self.stats["addr_feat"]["town spelling variant"] += 1
        parts.append(town)
        if self.p(0.35):
            parts.append(self.county_form(t["county"]))
            self.stats["addr_feat"]["county"] += 1
        return parts, self.ch(t["codes"])

    def a_engvil(self, opts):
        v = self.ch(ENG_VILLAGES)
        parts = []
        if self.p(0.3):
            parts.append(self.ch(HOUSE_NAMES))
            self.stats["addr_feat"]["house name"] += 1
            parts += self.street_line("eng", number=self.p(0.3))
        else:
            parts += self.street_line("eng")
        parts.append(v["name"])
        if v["post"] and self.p(0.8):
            parts.append(v["post"])
        if self.p(0.35 if v["post"] else 0.6):
            parts.append(self.county_form(v["county"]))
            self.stats["addr_feat"]["county"] += 1
        self.stats["addr_feat"]["village"] += 1
        return parts, v["code"]

    def a_sco(self, opts):
        r = self.rng.random()
        if r < 0.28:
            city, codes = self.ch(SCOT_CITIES)
            parts = self.flat_prefix("sco", city) if self.p(0.75) else []
            parts += self.street_line("sco")
            parts.append(city)
            return parts, self.ch(codes)
        if r < 0.38:
            parts = [f"{self.rng.randrange(1, 60)} {self.ch(LEWIS_VILLAGES)}", "Isle of Lewis"]
            self.stats["addr_feat"]["Hebridean village number"] += 1
            return parts, "HS2"
        if r < 0.55:
            v = self.ch(SCOT_VILLAGES)
            parts = ([self.ch(SCOT_FARMS)] if self.p(0.35) else self.street_line("sco"))
            parts.append(v["name"])
            if v["post"]:
                parts.append(v["post"])
            self.stats["addr_feat"]["village"] += 1
            return parts, v["code"]
        t = self.ch(SCOT_TOWNS)
        parts = []
        if self.p(0.12):
            parts += self.flat_prefix("sco")
        parts += self.street_line("sco")
        parts.append(self.ch(t["alts"]) if t["alts"] and self.p(0.2) else t["name"])
        if self.p(0.4):
            parts.append(self.ch(t["region"]))
            self.stats["addr_feat"]["county"] += 1
        return parts, self.ch(t["codes"])

    def a_wal(self, opts):
        parts = []
        if self.p(0.22):
            parts.append(self.ch(WELSH_HOUSES))
            self.stats["addr_feat"]["house name"] += 1
        if self.p(0.4):
            v = self.ch(WAL_VILLAGES)
            parts += self.street_line("wal", number=not parts or self.p(0.3))
            parts.append(v["name"])
            if v["post"] and self.p(0.8):
                parts.append(v["post"])
            if self.p(0.4):
                parts.append(v["region"])
            self.stats["addr_feat"]["village"] += 1
            return parts, v["code"]
        t = self.ch(WAL_TOWNS)
        if not parts and self.p(0.12):
            parts += self.flat_prefix("wal")
        parts += self.street_line("wal", number=not parts or parts[0] not in WELSH_HOUSES or self.p(0.4))
        parts.append(self.ch(t["alts"]) if t["alts"] and self.p(0.2) else t["name"])
        if self.p(0.4):
            parts.append(self.ch(t["region"]))
            self.stats["addr_feat"]["county"] += 1
        return parts, self.ch(t["codes"])

    def ni_road(self):
        return f"{self.ch(NI_ROAD_PRE)}{self.ch(NI_ROAD_SUF)} {self.ch(['Road', 'Road', 'Road', 'Lane', 'Rd'])}"

    def ni_county(self, c):
        if c == "Londonderry" and self.p(0.4):
            return self.ch(["Co. Derry", "Co Derry"])
        return self.ch([f"Co {c}", f"Co. {c}", f"County {c}", c])

    def a_ni(self, opts):
        parts = []
        if self.p(0.45):
            v = self.ch(NI_VILLAGES)
            if self.p(0.25):
                parts.append(self.ch(NI_FARMS) if self.p(0.4) else
                             f"{self.ch(NI_ROAD_PRE)}{self.ch(NI_ROAD_SUF)}")
                self.stats["addr_feat"]["townland/farm, no number"] += 1
            else:
                parts.append(f"{self.house_number(big=True)} {self.ni_road()}")
            parts.append(v["name"])
            if v["post"]:
                parts.append(v["post"])
            if self.p(0.55):
                parts.append(self.ni_county(v["county"]))
            self.stats["addr_feat"]["village"] += 1
            return parts, v["code"]
        t = self.ch(NI_TOWNS)
        if self.p(0.5):
            parts += self.street_line("ni")
        else:
            parts.append(f"{self.house_number(big=True)} {self.ni_road()}")
        parts.append(self.ch(t["alts"]) if t["alts"] and self.p(0.3) else t["name"])
        if self.p(0.55):
            parts.append(self.ni_county(t["county"]))
        return parts, self.ch(t["codes"])

    def eircode(self, key):
        return key + " " + self.ch("ACDEFHKNPRTVWXY") + "".join(self.ch(EIRCODE_CHARS) for _ in range(3))

    def a_ie(self, opts):
        t = self.ch(IE_TOWNS)
        parts = []
        r = self.rng.random()
        if r < 0.3:
            parts.append(self.ch(IE_HOUSE_NAMES))
            parts.append(f"{self.ch(IE_TOWNLAND_PRE)}{self.ch(IE_TOWNLAND_SUF)}")
        elif r < 0.55:
            parts.append(f"{self.ch(IE_TOWNLAND_PRE)}{self.ch(IE_TOWNLAND_SUF)}")
        elif r < 0.75:
            parts.append(f"Apt {self.rng.randrange(1, 30)}")
            parts.append(self.ch(["The Maltings", "The Quays", "Abbey Court", "Castle Mews"]))
            parts.append(self.ch(["Bridge Street", "Main Street", "Mill Street", "Church Road"]))
        else:
            parts.append(f"{self.rng.randrange(1, 80)} {self.ch(['Main Street', 'Pearse Street', 'Church Road', 'Castle Street', 'The Square', 'Ard Mhuire', 'Cluain Ard'])}")
        parts.append(t["name"])
        parts.append(self.ch([f"Co. {t['county']}", f"Co {t['county']}", f"County {t['county']}"]))
        self.stats["addr_feat"]["Ireland"] += 1
        return parts, ("EIR", t["key"])

    def a_us(self, opts, ml=False):
        c = self.us_city()
        z = c["zip3"] + f"{self.rng.randrange(1, 99):02d}"
        if self.p(0.3):
            z += f"-{self.rng.randrange(1, 9999):04d}"
        if "pobox" in opts or self.p(0.08):
            street = self.ch(["PO Box", "P.O. Box", "P O Box"]) + f" {self.rng.randrange(10, 9999)}"
            unit = None
        else:
            num = str(self.rng.randrange(100, 19999))
            d = self.ch(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
            nm = self.ch(US_STREET_NAMES)
            if self.p(0.12):
                nm = ordinal(self.rng.randrange(2, 60))
            street = f"{num} {d}{nm} {self.ch(US_STREET_TYPES)}"
            unit = self.wch([(50, None), (14, f"Apt {self.rng.randrange(1, 40)}{self.ch(['', 'A', 'B', 'C'])}"),
                             (6, f"Apt. {self.rng.randrange(100, 999)}"), (6, f"Unit {self.rng.randrange(1, 30)}"),
                             (6, f"Suite {self.rng.randrange(100, 600)}"), (6, f"#{self.rng.randrange(2, 40)}"),
                             (5, f"Lot {self.rng.randrange(2, 120)}")])
        state = c["state"] if self.p(0.2) else c["st"]
        cityline = self.ch([f"{c['name']}, {state} {z}", f"{c['name']} {state} {z}", f"{c['name']}, {state}, {z}"])
        lay = self.wch([(45, "commas"), (15, "nocommas"), (12, "caps"), (28 if ml else 0, "ml")])
        if lay == "ml":
            v = street + ((" " + unit) if unit else "") + "\n" + cityline
        elif lay == "nocommas":
            v = street + ((" " + unit) if unit else "") + " " + cityline.replace(",", "")
        else:
            v = street + ((", " + unit) if unit else "") + ", " + cityline
            if lay == "caps":
                v = v.upper()
        self.stats["addr_layout"]["US " + lay] += 1
        self.stats["addr_feat"]["US"] += 1
        self.last_us = c
        return v

    def a_farm(self, opts):
        region = self.wch([(55, "eng"), (15, "sco"), (18, "wal"), (12, "ni")])
        if region == "eng":
            v = self.ch(ENG_VILLAGES)
            parts = [self.ch(FARMS)]
            if self.p(0.5):
                parts += self.street_line("eng", number=False)
            parts.append(v["name"])
            if v["post"]:
                parts.append(v["post"])
            if self.p(0.4):
                parts.append(self.county_form(v["county"]))
            code = v["code"]
        elif region == "sco":
            v = self.ch(SCOT_VILLAGES)
            parts = [self.ch(SCOT_FARMS), v["name"]] + ([v["post"]] if v["post"] else [])
            code = v["code"]
        elif region == "wal":
            v = self.ch(WAL_VILLAGES)
            parts = [self.ch(WELSH_FARMS), v["name"]] + ([v["post"]] if v["post"] else [])
            if self.p(0.4):
                parts.append(v["region"])
            code = v["code"]
        else:
            v = self.ch(NI_VILLAGES)
            parts = [self.ch(NI_FARMS), f"{self.ch(NI_ROAD_PRE)}{self.ch(NI_ROAD_SUF)} Road", v["name"]]
            if v["post"]:
                parts.append(v["post"])
            code = v["code"]
        self.stats["addr_feat"]["farm / rural, no number"] += 1
        return parts, code

    def _uk_place(self):
        """(town or village parts, outward code) for care homes and the like."""
        if self.p(0.7):
            t = self.rng.choices(ENG_TOWNS, ENG_TOWN_WEIGHTS)[0]
            return [t["name"]], self.ch(t["codes"])
        if self.p(0.5):
            v = self.ch(ENG_VILLAGES)
            return [v["name"]] + ([v["post"]] if v["post"] and self.p(0.6) else []), v["code"]
        t = self.ch(SCOT_TOWNS + WAL_TOWNS)
        return [t["name"]], self.ch(t["codes"])

    def a_care(self, opts):
        parts = []
        if self.p(0.4):
            parts.append(self.ch([f"Room {self.rng.randrange(1, 60)}", f"Rm {self.rng.randrange(1, 60)}",
                                  f"Room {self.rng.randrange(1, 30)}{self.ch('AB')}"]))
        parts.append(f"{self.ch(CARE_FIRST)} {self.ch(CARE_TYPES)}")
        if self.p(0.5):
            parts += self.street_line("eng")
        place, code = self._uk_place()
        self.stats["addr_feat"]["care home"] += 1
        return parts + place, code

    def a_shelt(self, opts):
        parts = [self.ch([f"Flat {self.rng.randrange(1, 48)}", f"No {self.rng.randrange(1, 48)}",
                          f"{self.rng.randrange(1, 48)}"])]
        b = self.ch(SHELTERED)
        if parts[0].isdigit():
            parts = [f"{parts[0]} {b}"]
        else:
            parts.append(b)
        if self.p(0.6):
            parts += self.street_line("eng", number=False)
        place, code = self._uk_place()
        self.stats["addr_feat"]["sheltered housing"] += 1
        return parts + place, code

    def a_halls(self, opts):
        town, code = self.ch(UNI_TOWNS)
        room = self.ch([f"Room {self.rng.randrange(1, 400)}", f"Flat {self.rng.randrange(1, 30)} Room {self.ch('ABCDEF')}",
                        f"Block {self.ch('ABCDEFG')} Room {self.rng.randrange(1, 40)}",
                        f"Room {self.rng.randrange(1, 40)}, Block {self.ch('ABCDEFG')}",
                        f"Flat {self.rng.randrange(1, 30)}{self.ch('ABCD')}"])
        parts = [room, self.ch(HALLS)]
        if self.p(0.3):
            parts += self.street_line("eng", number=False)
        parts.append(town)
        self.stats["addr_feat"]["student halls"] += 1
        return parts, code

    def a_park(self, opts):
        town, code, county = self.ch(PARK_TOWNS)
        first = self.ch([f"Plot {self.rng.randrange(1, 90)}", f"Pitch {self.rng.randrange(1, 200)}",
                         f"Caravan {self.rng.randrange(1, 80)}", f"Static {self.rng.randrange(1, 80)}",
                         f"Lodge {self.rng.randrange(1, 30)}",
                         f"{self.rng.randrange(1, 90)} {self.ch(['Willow Way', 'Oak Drive', 'Heron Close', 'The Green', 'Lakeside'])}"])
        parts = [first, self.ch(PARKS)]
        if self.p(0.3):
            parts += self.street_line("eng", number=False)
        parts.append(town)
        if self.p(0.3):
            parts.append(self.county_form(county))
        self.stats["addr_feat"]["park home / caravan"] += 1
        return parts, code

    def a_pobox(self, opts):
        t = self.rng.choices(ENG_TOWNS, ENG_TOWN_WEIGHTS)[0]
        parts = [self.ch(["PO Box", "P.O. Box", "P O Box", "PO BOX"]) + f" {self.rng.randrange(10, 9999)}", t["name"]]
        self.stats["addr_feat"]["PO box"] += 1
        return parts, self.ch(t["codes"])

    def a_unit(self, opts):
        t = self.rng.choices(ENG_TOWNS, ENG_TOWN_WEIGHTS)[0]
        parts = [self.ch([f"Unit {self.rng.randrange(1, 40)}", f"Unit {self.rng.randrange(1, 20)}{self.ch('ABC')}",
                          f"Units {self.rng.randrange(1, 9)}-{self.rng.randrange(10, 14)}"]),
                 self.ch(["Tanners Yard", "Riverside Industrial Estate", "Pit Lane Trading Estate",
                          "Colliery Business Park", "Station Works", "Brickyard Enterprise Park"])]
        if self.p(0.4):
            parts += self.street_line("eng", number=False)
        parts.append(t["name"])
        self.stats["addr_feat"]["unit"] += 1
        return parts, self.ch(t["codes"])

    def narrative(self, opts):
        """A street with its town as people say it: 'Pinfold Lane in Brixworth'."""
        r = self.rng.random()
        if r < 0.6:
            t = self.rng.choices(ENG_TOWNS, ENG_TOWN_WEIGHTS)[0]["name"]
        elif r < 0.8:
            t = self.ch(ENG_VILLAGES)["name"]
        else:
            t = self.ch(SCOT_TOWNS + WAL_TOWNS + NI_TOWNS)["name"]
        st = self.street_name("eng")
        if "street" in opts:
            form = self.wch([(45, "st in town"), (35, "st, town"), (20, "st off st2 in town")])
        else:
            form = self.wch([(30, "st in town"), (20, "st, town"), (14, "num st in town"),
                             (10, "number n st, town"), (10, "st off st2 in town"), (8, "house on st in town"),
                             (8, "num st town")])
        if form == "st in town":
            v = f"{st} in {t}"
        elif form == "st, town":
            v = f"{st}, {t}"
        elif form == "num st in town":
            v = f"{self.rng.randrange(1, 120)} {st} in {t}"
        elif form == "number n st, town":
            v = f"number {self.rng.randrange(1, 120)} {st}, {t}"
        elif form == "st off st2 in town":
            st2 = self.street_name("eng")
            while st2 == st:
                st2 = self.street_name("eng")
            v = f"{st} off {st2} in {t}"
        elif form == "house on st in town":
            v = f"{self.ch(HOUSE_NAMES)} on {st} in {t}"
        else:
            v = f"{self.rng.randrange(1, 120)} {st} {t}"
        if "lower" in opts:
            v = v.lower()
        self.stats["addr_layout"]["narrative " + form] += 1
        return v

    def layout(self, parts, pc, opts):
        ml = "ml" in opts
        lower = "lower" in opts
        caps = "caps" in opts
        if ml:
            lay = self.wch([(45, "multiline"), (18, "multiline_commas"), (12, "pc_nextline"),
                            (10, "commas"), (15 if not lower else 0, "caps_multiline")])
        elif lower:
            lay = self.wch([(70, "lower"), (30, "lower_commas")])
        elif caps:
            lay = self.wch([(70, "caps"), (30, "caps_nocommas")])
        else:
            lay = self.wch([(30, "commas"), (12 if pc else 0, "commas_pcspace"), (8, "nocommas"),
                            (11, "lower"), (4, "lower_commas"), (6, "caps"), (4, "slashes"),
                            (3, "semis"), (3, "dashes"), (3, "tight"), (5 if pc else 0, "pc_nextline"),
                            (5, "mixed"), (2, "dots")])
        items = list(parts) + ([pc] if pc else [])
        if lay in ("lower", "lower_commas"):
            items = [x.lower() for x in items]
            if lay == "lower":
                items = [re.sub(r"[.,]", "", x) for x in items]
        if lay == "mixed":
            if pc and self.p(0.5):
                items[-1] = items[-1].lower()
            else:
                j = self.rng.randrange(len(items))
                items[j] = items[j].lower()
        sep = {"commas": ", ", "commas_pcspace": ", ", "nocommas": " ", "lower": " ",
               "lower_commas": ", ", "caps": ", ", "caps_nocommas": " ", "slashes": " / ",
               "semis": "; ", "dashes": " - ", "tight": ",", "pc_nextline": ", ", "mixed": ", ",
               "dots": ". ", "multiline": "\n", "multiline_commas": ",\n", "caps_multiline": "\n"}[lay]
        if lay in ("commas_pcspace", "pc_nextline") and pc:
            v = sep.join(items[:-1]) + (" " if lay == "commas_pcspace" else "\n") + items[-1]
        else:
            v = sep.join(items)
        if lay.startswith("caps"):
            v = v.upper()
        v = v.strip().rstrip(".,;/- ")
        if lay == "pc_nextline" and not pc:
            lay = "commas"  # nothing to put on the next line
        self.stats["addr_layout"][lay] += 1
        return v

    def address(self, opts=()):
        kind = next((o for o in opts if o in ("eng", "engvil", "sco", "wal", "ni", "ie", "us", "farm", "care",
                                                 "shelt", "halls", "park", "pobox", "unit", "narr", "flat", "uk")), "any")
        if kind == "any":
            kind = self.wch(ADDR_KIND_WEIGHTS)
        if kind == "uk":
            kind = self.wch([w for w in ADDR_KIND_WEIGHTS if w[1] not in ("us", "ie")])
        self.stats["addr_kind"][kind] += 1
        if kind == "narr":
            return self.narrative(opts)
        if kind == "us":
            v = self.a_us(opts, ml="ml" in opts)
            if "lower" in opts:
                v = v.lower()
            return v
        if kind == "flat":
            parts = self.flat_prefix()
            t = self.rng.choices(ENG_TOWNS, ENG_TOWN_WEIGHTS)[0]
            parts += self.street_line("eng") + [t["name"]]
            code = self.ch(t["codes"])
        else:
            parts, code = getattr(self, "a_" + kind)(opts)
        if isinstance(code, tuple):  # Irish Eircode, given about half the time
            pc = self.eircode(code[1]) if self.p(0.55) else None
        else:
            want_pc = 0.85 if "pc" in opts else 0.0 if "nopc" in opts else 0.68
            pc = self.postcode(code) if self.p(want_pc) else None
        if pc:
            self.stats["addr_feat"]["with postcode"] += 1
        return self.layout(parts, pc, opts)


for _n, _f in list(vars(AddressMixin).items()):
    if callable(_f) and not _n.startswith("__"):
        setattr(Gen, _n, _f)


# ---------------------------------------------------------------------------
# Carrier sentences, written new for this set.
#   <<TYPE opts>> is a planted detail; {a|b|c} picks one wording.
#   kind: body (start, between sentences or end), open (first), sign (last).
# ---------------------------------------------------------------------------

ADDRESS_CARRIERS = [
    ("body", "The ambulance went to the wrong house again{ -|,} we are at <<ADDR>> and have been for {years|twelve years|as long as I can remember}."),
    ("body", "Please update my address to <<ADDR>>, the letters keep going to my old flat."),
    ("body", "Transport could not find <<ADDR>> even though I gave directions over the phone."),
    ("body", "For anyone reading this, my mum lives at <<ADDR>> and she is on her own most of the day."),
    ("body", "I live at <<ADDR narr>> and the crew got there in under twenty minutes."),
    ("body", "We're at the top of <<ADDR narr street>>, the satnav always sends drivers the wrong way."),
    ("body", "My dad's address on your system is still <<ADDR>> but he moved into <<ADDR care>> in the spring."),
    ("body", "Letters for me should go to <<ADDR>> not to my daughter's."),
    ("body", "Can someone write back to me at <<ADDR>>?"),
    ("body", "(Home address: <<ADDR>>)"),
    ("body", "my address is <<ADDR lower>> if you need it"),
    ("body", "Address:\n<<ADDR ml>>"),
    ("body", "I had to walk from <<ADDR narr>> to the bus stop because the car never came."),
    ("body", "The home visit was booked for <<ADDR>>, which is my sister's, as I was staying there at the time."),
    ("body", "Home is <<ADDR farm>>, it's the track on the left after the cattle grid, and the crew did well to find it."),
    ("body", "Mum is in <<ADDR care>> now and the district nurses come in twice a week."),
    ("body", "I'm in sheltered housing at <<ADDR shelt>> and the warden let the paramedics in."),
    ("body", "Our park home is <<ADDR park>>, tell the driver to come in by the side gate."),
    ("body", "I was in halls at <<ADDR halls>> when I rang 111."),
    ("body", "Any post to <<ADDR pobox>> please, we don't get deliveries at the house."),
    ("body", "Please send the copy of the report c/o my son, <<ADDR>>."),
    ("body", "We're over in Ireland now (<<ADDR ie>>) but Mum still gets her care here."),
    ("body", "My daughter lives in the States (<<ADDR us>>) and she flew over to be with me."),
    ("body", "The bill was sent to my old address in America, <<ADDR us>>, which was wrong."),
    ("body", "THE LETTER WENT TO <<ADDR caps>> AND I NEVER GOT IT"),
    ("body", "we live at <<ADDR narr lower>> and it took {3 hours|nearly four hours|all night} for anyone to come"),
    ("body", "They dropped me back at <<ADDR>> and even helped me up the steps."),
    ("body", "I've moved, new address <<ADDR>>; please take the old one off."),
    ("body", "Mum's address (<<ADDR>>) was on the form but the driver went to the surgery instead."),
    ("body", "Nobody answered at <<ADDR>> so they left a card, which is fine, but I was in the garden."),
    ("body", "Our house is the last one on <<ADDR narr street>>, past the phone box."),
    ("body", "I am a carer for my husband at <<ADDR>> and I'd like the letters copied to me."),
    ("body", "The crew came all the way out to <<ADDR farm>>, which is miles from anywhere."),
    ("body", "My brother's flat is <<ADDR flat>>, the buzzer doesn't work so ring his mobile."),
    ("body", "Going forward please use <<ADDR>> as my correspondence address."),
    ("body", "Dad's care home is <<ADDR care>> and the staff there said the visit went well."),
    ("body", "We're not on the main road, we are at <<ADDR>> down the lane behind the pub."),
    ("body", "I moved to <<ADDR wal>> last year and still had to travel back for appointments."),
    ("body", "Mam is at <<ADDR sco>> and the community team up there are good too."),
    ("body", "The appointment letter said <<ADDR ni>>, which is my old house; I've been at the new place for two years."),
    ("body", "Currently staying with my sister at <<ADDR>> until I'm back on my feet."),
    ("body", "Patient transport picked me up from <<ADDR>> at half six in the morning."),
    ("body", "I'm at <<ADDR>> {-|—} the one with the blue door."),
    ("body", "they sent everything to <<ADDR lower>> instead of my flat"),
    ("body", "Her new address is <<ADDR>>. Please make sure the next appointment goes there."),
    ("body", "Could the team visit me at <<ADDR>> rather than at the clinic?"),
    ("body", "The taxi firm you use had us down as <<ADDR>>, which doesn't exist."),
    ("body", "I'm registered at <<ADDR>> but I spend most of the week at my partner's."),
    ("body", "my mam lives on <<ADDR narr street lower>> its the bungalow with the ramp"),
    ("body", "Our student house is <<ADDR>>, and the paramedic was so kind to my housemates."),
    ("body", "I'm in student accommodation (<<ADDR halls>>) so the ambulance had to come through security."),
    ("body", "Send a reply to <<ADDR>>; I don't use email."),
    ("body", "My parents are at <<ADDR>> and both are housebound."),
    ("body", "I've lived at <<ADDR>> for forty years and this was the first time I needed an ambulance."),
    ("body", "The address on the discharge summary was <<ADDR>> when it should have been <<ADDR>>."),
    ("body", "Please could you change Dad's address from <<ADDR>> to <<ADDR care>>."),
    ("body", "We split the year between here and <<ADDR us>>, so phone appointments suit us."),
    ("body", "The driver knew the way to <<ADDR narr>> without the satnav, which was a first."),
    ("body", "Your records still have me at <<ADDR>> – I moved out of there in the summer."),
    ("body", "i was picked up from my daughters which is <<ADDR lower>> and taken home after"),
    ("body", "The physio came out to <<ADDR>> three times, which saved me a lot of travelling."),
    ("body", "Please can the next letter go to:\n<<ADDR ml>>\nThank you."),
    ("body", "My correspondence address is now\n<<ADDR ml>>"),
    ("body", "He's in respite at <<ADDR care>> until the end of the month."),
    ("body", "We live in a caravan on <<ADDR park>> so the crew had a job finding us in the dark."),
    ("body", "The out of hours GP came to <<ADDR>>, and was there within the hour."),
    ("body", "If it helps, we're at the far end of <<ADDR narr street>>, the farm side, not the estate."),
    ("body", "My old address (<<ADDR>>) keeps appearing on the letters; I moved to <<ADDR>> in the spring."),
    ("body", "Mum stays with us at <<ADDR>> at weekends so please send the carers there."),
    ("body", "Lives alone at <<ADDR>>, no family nearby."),
    ("body", "The community nurse couldn't park outside <<ADDR>> so she walked up from the village, bless her."),
    ("body", "c/o <<NAME full>>, <<ADDR>>"),
    ("body", "Any post for Dad please send c/o <<ADDR>> as he can't manage the stairs to the door."),
    ("body", "Address on file is <<ADDR caps>>, which is correct."),
    ("body", "We moved from <<ADDR>> to <<ADDR narr>> and the referral got lost in between."),
    ("body", "I'm at my partner's now, <<ADDR flat>>, second door on the left."),
    ("body", "Sent to <<ADDR>> instead of my home, twice."),
    ("body", "My grandson is at uni and lives in <<ADDR halls>>, he was seen at the walk-in centre."),
    ("body", "P.S. our address is <<ADDR>> if anyone wants to send a thank you on to the crew."),
    ("body", "We're on the farm up past the church, <<ADDR farm>>, and the new driver still found us."),
    ("body", "Please note I am NOT at <<ADDR>> any more."),
    ("body", "Dad's new place is <<ADDR shelt>> (sheltered housing) and there is a warden on site."),
    ("body", "I live at <<ADDR eng>>, so the hospital in town is the closest."),
    ("body", "I live at <<ADDR engvil>> and there is only one bus a day."),
    ("body", "We were visiting family at <<ADDR sco>> when it happened."),
    ("body", "We are at <<ADDR wal>>, which is a long way to come for a five minute appointment."),
    ("body", "The crew came out to <<ADDR ni>> within half an hour."),
    ("body", "Our house is <<ADDR uk nopc>>; there's no postcode for the new build yet."),
    ("body", "They wrote to <<ADDR uk pc>> when I'd asked for a phone call."),
    ("body", "We're just off <<ADDR narr street>>, behind the Co-op, and the crew still found us quickly."),
    ("body", "My nan lives down <<ADDR narr street>> on her own and the carers are her only visitors."),
    ("body", "The car dropped me at the wrong end of <<ADDR narr street>> and I had to walk back."),
    ("body", "we're the house with the green door on <<ADDR narr street lower>>"),
    ("body", "Mum has moved back home to <<ADDR ie>> and needs her records sent on."),
    ("body", "I work at <<ADDR unit>>, so the crew came to me at work."),
    ("open", "Re: <<NAME full>>, <<ADDR>>"),
    ("open", "Patient: <<NAME full>> - <<ADDR>>"),
    ("open", "<<ADDR ml pc>>\n"),
    ("open", "From {Mrs|Mr|Ms|Miss} <<NAME sur>>, <<ADDR>>:"),
    ("open", "RE: MY MOTHER <<NAME f full caps>> OF <<ADDR caps>>"),
    ("open", "<<NAME full>>\n<<ADDR ml>>\n<<DATE full>>\n"),
    ("sign", "<<NAME full>>\n<<ADDR ml>>"),
    ("sign", "Kind regards,\n<<NAME full>>\n<<ADDR ml>>\nTel {|no. }<<PHONE>>"),
    ("sign", "Thanks again, <<NAME first>> (<<ADDR narr>>)"),
    ("sign", "From a very happy patient at <<ADDR>>"),
    ("sign", "Many thanks\n{Mrs|Mr|Ms} <<NAME sur>>, <<ADDR>>"),
    ("sign", "- <<NAME first>>, <<ADDR lower>>"),
    ("sign", "Written by <<NAME full>> on behalf of my mum, {resident at|who lives at} <<ADDR care>>"),
    ("sign", "<<NAME full caps>>\n<<ADDR caps ml>>"),
    ("sign", "Signed: <<NAME full>>, <<ADDR>>, <<PHONE>>"),
    ("sign", "<<NAME full>> (daughter), <<ADDR>>"),
    ("sign", "Yours faithfully,\n<<NAME full>>\n<<ADDR ml>>\n<<EMAIL>>"),
    ("sign", "Thank you from all of us at <<ADDR>>"),
    ("sign", "<<NAME first>> & family\n<<ADDR ml>>"),
    ("sign", "Regards\n<<NAME init>>\n<<ADDR ml>>"),
    ("sign", "{Best wishes|Many thanks}, <<NAME full>>, <<ADDR us>>"),
    ("sign", "<<NAME full>>\n<<ADDR ie ml>>"),
]

HOSP_CARRIERS = [
    ("body", "My hospital number is <<HOSP trust7>> if you need to look this up."),
    ("body", "Please quote <<HOSP k_year>> if you reply, it's the number on all my letters."),
    ("body", "<<HOSP h8check>> is my unit number, and I had to read it out four times on the phone."),
    ("body", "The number on my wristband was <<HOSP pas>> but the sticker on the notes said <<HOSP pas>>, so no wonder they mixed us up."),
    ("body", "A&E card no. <<HOSP ed_card>>."),
    ("body", "my hosp no is <<HOSP initials_lc>>"),
    ("body", "The reference they gave me when I first rang, which nobody since has been able to find on the system, was <<HOSP dotted>>."),
    ("body", "(hospital no. <<HOSP spaced233>>)"),
    ("body", "PTS booking ref <<HOSP pts>>, the car never arrived."),
    ("body", "I raised this with PALS (ref <<HOSP pals>>) and heard nothing back."),
    ("body", "This was logged as an incident, Datix number <<HOSP datix>>, and I'd like to know the outcome."),
    ("body", "My complaint reference is <<HOSP complaint>>."),
    ("body", "The X-ray ref on my card is <<HOSP xray>> in case it helps."),
    ("body", "Bloods were lost twice (lab no. <<HOSP lab>>)."),
    ("body", "clinic number <<HOSP gum>>, I'd rather not give my name"),
    ("body", "My maternity number was <<HOSP maternity>> and the midwives were wonderful."),
    ("body", "My number on the letter is <<HOSP letter_spaced>>."),
    ("body", "Referral UBRN <<HOSP ubrn>>, still waiting for a date."),
    ("body", "My patient number is <<HOSP slash_letter>> and I'd like my notes corrected."),
    ("body", "S number <<HOSP s_number>> (that's what the eye clinic calls it)."),
    ("body", "ref <<HOSP year_site>> on the bottom of the letter"),
    ("body", "Job no <<HOSP job>> for the transport that never turned up."),
    ("body", "The number on the front of my notes is <<HOSP six>>."),
    ("body", "Unit No. <<HOSP six_letter>>"),
    ("body", "Please can someone call me about case <<HOSP lc_alnum>>."),
    ("body", "My NEAS job number was <<HOSP job>> if that helps."),
    ("body", "<<HOSP area_dash>> - that's his number at the General."),
    ("body", "My eye clinic number is <<HOSP clinic>>."),
    ("body", "The patient ID on my transport letter was <<HOSP two_four_two>>."),
    ("body", "When I was taken ill on holiday in {Florida|Tennessee|the States} my MRN at the hospital there was <<HOSP us_mrn>>."),
    ("body", "The hospital in {Ohio|Florida|Tennessee} billed me under account no. <<HOSP us_acct>>."),
    ("body", "FIN <<HOSP us_fin>> on the bill from the American hospital, which the insurer still hasn't paid."),
    ("body", "The American hospital wants the encounter #<<HOSP us_enc>> on any letter you send them about my care."),
    ("body", "the insurance claim from my stay in the US (claim # <<HOSP us_claim>>) was denied twice"),
    ("body", "My travel insurance member ID is <<HOSP us_member>>, the US hospital has it too."),
    ("body", "Visit # <<HOSP us_visit>> on the discharge paperwork from Florida."),
    ("body", "Claim no. <<HOSP us_claim_alpha>> for the hospital in Arizona is still open with the insurer."),
    ("body", "(hosp no <<HOSP>>)"),
    ("body", "my number at the RVI is <<HOSP trust7>>"),
    ("body", "They kept calling me by the wrong number - mine is <<HOSP h8check>>, not the one on the screen."),
    ("body", "Hospital Number: <<HOSP>>"),
    ("body", "HOSPITAL NO <<HOSP caps>>"),
    ("body", "<<HOSP>> (my hospital number)."),
    ("body", "Ref. no. on appointment card: <<HOSP>>"),
    ("body", "The barcode sticker says <<HOSP>> under my name."),
    ("body", "Dad's hospital number is <<HOSP>>, he can't hear well on the phone so ring me instead."),
    ("body", "I've written my number (<<HOSP>>) on the back of the form as well."),
    ("body", "For the record the number the ward gave us is <<HOSP>>."),
    ("body", "pt no. <<HOSP lower>>"),
    ("body", "Mum's K number <<HOSP k_year>>"),
    ("body", "My reference from the booking team is <<HOSP pts>> - three cancellations in a row."),
    ("body", "Case <<HOSP complaint>> was closed without anyone ringing me."),
    ("body", "I'm on the system as <<HOSP>>, and my wife is <<HOSP>>, which is probably why the letters got swapped."),
    ("body", "Number at the top of the letter: <<HOSP>>"),
    ("body", "The receptionist asked for my number, <<HOSP>>, three times in one visit."),
    ("body", "In case you need to find me, <<HOSP>> is the number they use at the hospital."),
    ("body", "My hospital number, which is on every letter I've had from you, is <<HOSP>>."),
    ("body", "I was given a new number (<<HOSP>>) when I moved trusts and now nothing matches up."),
    ("body", "The wristband had <<HOSP>> on it, which wasn't even mine."),
    ("body", "if u need my number its <<HOSP lower>>"),
    ("body", "Hosp. No. <<HOSP>> - please pass this on to the ward manager."),
    ("body", "PALS said to put my reference on this form: <<HOSP pals>>."),
    ("body", "Our patient transport booking number is <<HOSP pts>> and we were left waiting three hours."),
    ("open", "For the attention of PALS - ref <<HOSP pals>>"),
    ("open", "Patient name: <<NAME full>>  Hosp no: <<HOSP>>"),
    ("open", "Ref: <<HOSP>> (<<NAME full>>)"),
    ("open", "Re complaint <<HOSP complaint>>:"),
    ("open", "Hospital no. <<HOSP>>\n"),
    ("sign", "Yours sincerely\n<<NAME full>>\nHospital no. <<HOSP>>"),
    ("sign", "<<NAME init>> - unit no <<HOSP>>"),
    ("sign", "<<NAME full>>\nMRN <<HOSP us_mrn>>\n<<ADDR us ml>>"),
]

NAME_CARRIERS = [
    ("body", "<<NAME f>> on reception was so patient with me."),
    ("body", "Special thanks to <<NAME>> and <<NAME>> on the night shift."),
    ("body", "Dr <<NAME sur>> explained everything in plain English."),
    ("body", "Sister <<NAME sur>> runs a tight ship and it shows."),
    ("body", "Nurse <<NAME f first>> held my hand the whole time."),
    ("body", "<<NAME m nick>> the driver had us laughing all the way to the hospital."),
    ("body", "The paramedics, <<NAME first>> and <<NAME first>>, were calm and kind."),
    ("body", "thank you to <<NAME first lower>> who did my bloods x"),
    ("body", "My husband <<NAME m full>> was treated with real dignity."),
    ("body", "<<NAME f wordlike>> in the discharge lounge made sure I had a cup of tea."),
    ("body", "Mr <<NAME sur>>'s clinic always runs late but he's worth the wait."),
    ("body", "Please pass my thanks to <<NAME init>> in physio."),
    ("body", "Big shout out to <<NAME nick>>, <<NAME nick>> and the rest of the PTS crew."),
    ("body", "<<NAME full caps>> IS A STAR"),
    ("body", "My daughter <<NAME f first>> came with me and they let her stay."),
    ("body", "Student nurse <<NAME first>> was better than some of the qualified staff."),
    ("body", "<<NAME wordlike>> and <<NAME first>> from the community team visit every Tuesday."),
    ("body", "I asked for <<NAME f first>> by name because she knows my history."),
    ("body", "the consultant (mr <<NAME sur lower>>) was rude and dismissive"),
    ("body", "Health visitor <<NAME f full>> spotted the problem straight away."),
    ("body", "If <<NAME m first>> from the crisis team reads this: thank you, you saved my life."),
    ("body", "My son <<NAME m first>>'s care coordinator changes every few months."),
    ("body", "I'd like to complain about Dr <<NAME sur>>, who didn't look at me once."),
    ("body", "<<NAME f first>> and <<NAME m first>> (the two HCAs) deserve a medal."),
    ("body", "Our CPN <<NAME first>> is the only one who listens."),
    ("body", "Ask for <<NAME f wordlike>>, she's brilliant."),
    ("body", "Prof. <<NAME sur>> and his team were outstanding."),
    ("body", "The receptionist, <<NAME f first>>, was lovely."),
    ("body", "Driver <<NAME m first>> and his colleague <<NAME m first>> got me home safely."),
    ("body", "Please thank <<NAME f full2>> for me."),
    ("body", "My wife <<NAME f full>> had her hip done here last year."),
    ("body", "Mrs <<NAME sur>> (the manager) sorted it out in a day."),
    ("body", "<<NAME m full>>, <<NAME f full>> and <<NAME full>> were on that night."),
    ("body", "Midwife <<NAME f first>> delivered our daughter and we've given her the same middle name."),
    ("body", "Well done <<NAME nick>>!"),
    ("body", "Dr <<NAME init>> was the only one who took me seriously."),
    ("body", "Physio <<NAME m nick>> pushed me hard but I'm walking again."),
    ("body", "<<NAME full>> from Occupational Therapy went above and beyond."),
    ("body", "my keyworker <<NAME first lower>> is amazing"),
    ("body", "Could <<NAME f first>> ring me back please, she said she would."),
    ("body", "Mum keeps asking for <<NAME f first>>, who looked after her on the Tuesday."),
    ("body", "MY DAD <<NAME m first caps>> WAS LEFT ON A TROLLEY"),
    ("body", "The nurse who did my dressing (<<NAME f first>> I think) was so gentle."),
    ("body", "Thanks <<NAME first>>, <<NAME first>>, <<NAME first>> and all at the unit."),
    ("body", "<<NAME m first>>'s sense of humour got me through it."),
    ("body", "Staff nurse <<NAME sur>> took time to explain my medication."),
    ("body", "The lady called <<NAME f wordlike>> on the phone line was a godsend."),
    ("body", "Dr. <<NAME sur>> and Dr. <<NAME sur>> disagreed in front of me which was unsettling."),
    ("body", "I was seen by <<NAME full>>, a trainee, who was excellent."),
    ("body", "My grandson <<NAME m first>> (he's autistic) was treated with such kindness."),
    ("body", "Matron <<NAME sur>> came to see me personally."),
    ("body", "As <<NAME m first>> put it, 'we'll get you sorted', and they did."),
    ("body", "My named nurse is <<NAME f full>> but I've never met her."),
    ("body", "Mr <<NAME m full>> operated on my knee and I can't fault him."),
    ("body", "nurse <<NAME f first lower>> and nurse <<NAME f first lower>> were lovely"),
    ("body", "<<NAME m wordlike>> the porter had me in stitches."),
    ("body", "My partner, <<NAME full>>, was allowed to stay overnight."),
    ("body", "Sorry to <<NAME f first>> for shouting, I was frightened."),
    ("body", "<<NAME full>> (support worker) is a credit to you."),
    ("body", "Ms <<NAME sur>> from the podiatry team was thorough and kind."),
    ("body", "Social worker <<NAME full2>> never returned my calls."),
    ("body", "Ask <<NAME f init>> - she has all the details."),
    ("body", "<<NAME nick>>, <<NAME nick>> and <<NAME nick>> on nights - legends."),
    ("body", "Our neighbour <<NAME m full>> rang 999 for us."),
    ("body", "Dr <<NAME sur>> (the registrar) phoned me at home that evening."),
    ("body", "My mum, <<NAME f full>>, was treated like a number."),
    ("body", "the lad on the desk, <<NAME m first lower>>, helped with the parking"),
    ("body", "Thank you <<NAME first caps>>!!!"),
    ("body", "My carer <<NAME f first>> comes in the mornings and she noticed I wasn't right."),
    ("body", "A special mention for <<NAME f full>> and <<NAME m full>>."),
    ("body", "I was looked after by a nurse called <<NAME wordlike>>, who was fantastic."),
    ("body", "DR <<NAME sur caps>> WAS VERY GOOD WITH MY SON"),
    ("body", "<<NAME m first>> and <<NAME f wordlike>> from the falls team came out the same day."),
    ("body", "I'm writing on behalf of my dad, <<NAME m full>>."),
    ("body", "Hi it's <<NAME f first>> again, I wrote last month about the parking."),
    ("body", "Whoever <<NAME first>> is on the 111 line, thank you."),
    ("body", "Uncle <<NAME m first>> was {transferred|moved} to the ward at 2am and nobody told us."),
    ("body", "The HCA ({<<NAME f first>>|<<NAME f nick>>}) brought me toast at midnight."),
    ("body", "My little boy <<NAME m first>> still talks about the ambulance ride."),
    ("body", "Dr <<NAME f full>> took the time to explain the scan to my mum."),
    ("body", "I want to thank <<NAME full2>> in particular."),
    ("body", "Sgt <<NAME sur>> from the police stayed with us until the crew arrived."),
    ("body", "thanks to <<NAME first lower>> and <<NAME first lower>> on reception they were so kind"),
    ("body", "the physio <<NAME f first lower>> was lovely but the other one wasnt"),
    ("body", "please tell <<NAME m nick lower>> the driver i said thanks"),
    ("body", "my support worker is <<NAME full lower>> and she is great"),
    ("body", "Everyone was kind, especially <<NAME first>>."),
    ("body", "It was <<NAME f first>>, I think, who rang me back the next day."),
    ("body", "Shout out to <<NAME m full>> - absolute gent."),
    ("body", "<<NAME f first>>! You were amazing on Friday night."),
    ("body", "The two nurses, <<NAME f first>> and <<NAME f wordlike>>, made a horrible night bearable."),
    ("open", "To <<NAME first>> and the team,"),
    ("open", "Dear <<NAME f wordlike>>,"),
    ("open", "FAO Dr <<NAME sur>>:"),
    ("sign", "- <<NAME first>>"),
    ("sign", "<<NAME first lower>> x"),
    ("sign", "Regards <<NAME init>>"),
    ("sign", "Cheers, <<NAME nick>>"),
    ("sign", "Thank you, <<NAME full>>"),
    ("sign", "{Mrs|Mr} <<NAME sur>> ({daughter|son|wife|husband})"),
    ("sign", "From <<NAME first>> and <<NAME first>>"),
    ("sign", "Many thanks,\n<<NAME full2>>"),
    ("sign", "<<NAME full caps>>"),
    ("sign", "Love from <<NAME wordlike>> and all the family"),
]

DOB_CARRIERS = [
    ("body", "His date of birth is <<DOB old>>, in case the letters mix him up with his brother."),
    ("body", "DOB <<DOB mid>>"),
    ("body", "Born <<DOB old>>, and I have never been treated so badly."),
    ("body", "(d.o.b. <<DOB>>)"),
    ("body", "My son (dob <<DOB kid>>) was seen in the children's unit."),
    ("body", "D.O.B: <<DOB>>"),
    ("body", "date of birth <<DOB>>"),
    ("body", "Mum, born on <<DOB old>>, is still sharper than most of us."),
    ("body", "<<DOB>> is my date of birth, not the one on the letter."),
    ("body", "My daughter was born <<DOB kid>> and she has been under your team ever since."),
    ("body", "My DoB is down as <<DOB>> but it should be <<DOB>>."),
    ("body", "Patient DOB <<DOB old>>."),
    ("body", "My birth date over there was written <<DOB us>> (American way round), which confused everyone."),
    ("body", "Name: <<NAME full>> DOB: <<DOB>>"),
    ("body", "Dad (b. <<DOB old>>) was kept waiting six hours."),
    ("body", "She was born on <<DOB old>> and has never been in hospital before."),
    ("open", "Re: <<NAME full>>, dob <<DOB>>"),
]

PHONE_CARRIERS = [
    ("body", "Please ring me on <<PHONE>> as I don't check emails."),
    ("body", "My number is <<PHONE>>, any time after 10."),
    ("body", "Call my daughter on <<PHONE mobile>>, she deals with everything now."),
    ("body", "Tel: <<PHONE>>"),
    ("body", "mob <<PHONE mobile>>"),
    ("body", "You can reach me on <<PHONE mobile>> or <<PHONE landline>>."),
    ("body", "The number they had for me (<<PHONE>>) was wrong."),
    ("body", "Home phone <<PHONE landline>> - mobile signal is poor here."),
    ("body", "text me on <<PHONE mobile>>"),
    ("body", "My US cell is <<PHONE us>>."),
    ("body", "Please contact my son <<NAME m first>> on <<PHONE mobile>>."),
    ("sign", "<<NAME full>>  <<PHONE>>"),
]

EMAIL_CARRIERS = [
    ("body", "My email is <<EMAIL>> if that's easier."),
    ("body", "Please reply to <<EMAIL>>."),
    ("body", "email me at <<EMAIL>>"),
    ("body", "Contact my daughter <<NAME f full>> at <<EMAIL>> for anything about Dad's care."),
    ("body", "I sent the photos to the team from <<EMAIL>> but heard nothing back."),
    ("sign", "<<NAME full>> (<<EMAIL>>)"),
    ("sign", "<<NAME first>>\n<<EMAIL>>"),
]

NHS_CARRIERS = [
    ("body", "My NHS number is <<NHS>>."),
    ("body", "NHS no. <<NHS>>"),
    ("body", "(NHS number <<NHS>>)"),
    ("body", "Mum's NHS number: <<NHS>>"),
    ("body", "nhs no <<NHS>>"),
    ("body", "<<NHS>> is his NHS number."),
    ("body", "NHS No <<NHS>>, hospital no <<HOSP>>."),
]

POSTCODE_CARRIERS = [
    ("body", "Our postcode is <<PC>> and the driver still couldn't find us."),
    ("body", "Postcode <<PC>> - it covers half the village so ring when you are close."),
    ("body", "The satnav takes you to the wrong end of <<PC>>."),
    ("body", "(postcode <<PC>>)"),
    ("body", "We're in <<PC>>, which is out of area apparently."),
    ("body", "postcode is <<PC lower>>"),
    ("body", "If you put <<PC>> into the satnav it takes you to a field."),
    ("body", "Moved to <<PC>> last year and had to re-register."),
]

ZIP_CARRIERS = [
    ("body", "My brother is over in <<TOWN us>> (zip <<ZIP>>) and rang every day."),
    ("body", "ZIP code <<ZIP>>, for the insurance form."),
    ("body", "We winter in <<TOWN us>>, zip <<ZIP>>, so we need phone appointments."),
    ("body", "My sister in the States says her zip is <<ZIP>>, if the form needs it."),
    ("body", "mailing zip <<ZIP>>"),
]

URL_CARRIERS = [
    ("body", "We set up a fundraising page for the unit: <<URL>>"),
    ("body", "I wrote about my experience at <<URL>> if anyone wants to read it."),
    ("body", "Photos of the wound are at <<URL>> (I was told to upload them)."),
    ("body", "link to my blog <<URL>>"),
    ("body", "See <<URL>>."),
]

DATE_CARRIERS = [
    ("body", "I came in on <<DATE>> and was seen straight away."),
    ("body", "My appointment on <<DATE>> was cancelled with no warning."),
    ("body", "The crew that came out on <<DATE>> were brilliant."),
    ("body", "I waited from <<DATE>> until the following week for a call back."),
    ("body", "Discharged <<DATE>>."),
    ("body", "Since <<DATE>> I have rung every day."),
    ("body", "Visit on <<DATE>> - nobody came."),
    ("body", "seen <<DATE>> by the out of hours team"),
    ("body", "Admitted <<DATE>>, discharged <<DATE>>."),
    ("body", "On <<DATE>> I was told my operation was off."),
    ("body", "Transport booked for <<DATE>> never turned up."),
]

TOWN_CARRIERS = [
    ("body", "I travel from <<TOWN>> every week for this."),
    ("body", "They sent an ambulance all the way from <<TOWN>>."),
    ("body", "Why do I have to go to <<TOWN>> for a scan when there's a hospital down the road?"),
    ("body", "Moved here from <<TOWN>> and the care is far better."),
    ("body", "The nearest clinic is in <<TOWN>>, two buses away."),
    ("body", "My son flew in from <<TOWN abroad>> to see me."),
    ("body", "we were on holiday in <<TOWN>> when it happened"),
    ("body", "Treated at <<TOWN>> first and then transferred here."),
    ("body", "The bus from <<TOWN>> only runs twice a day."),
    ("body", "My sister came down from <<TOWN>> to sit with me."),
]

AGE_CARRIERS = [
    ("body", "My mum is <<AGE>> and was left in a corridor."),
    ("body", "At <<AGE>> years old he deserved better."),
    ("body", "She's <<AGE words>> next month and they treated her like a child."),
    ("body", "Dad, <<AGE>>, was so well looked after."),
    ("body", "Not bad for a <<AGE>> year old!"),
    ("body", "my nan is <<AGE>>"),
    ("body", "I am <<AGE words>> years of age and live alone."),
]

DECOYS = [
    "Will recommend to friends and family.", "Will definitely use the service again.",
    "Grace and good humour from every member of staff.", "Frank and open conversation with the doctor, which I appreciated.",
    "Frank discussion about the risks, no sugar coating.", "Sterling work from the night team.",
    "Sterling effort all round.", "Summer holidays are always busy but they coped.",
    "Summer or winter, the drivers turn up on time.", "Joy to deal with from start to finish.",
    "Faith restored in the service.", "Hope I don't need you again, but thanks!",
    "Rose to the occasion when it got busy.", "Patience was in short supply on the phones.",
    "Dawn till dusk they were run off their feet.", "Bill for the car park was a shock.",
    "Mark of a good team is how they treat the quiet ones.", "Penny dropped when the consultant explained the scan.",
    "Sunny waiting room and comfortable chairs.", "Holly and tinsel up on the ward cheered everyone up.",
    "Amber light on the machine kept flashing all night.", "Ray of sunshine, that receptionist.",
    "Chase up your own results, nobody will ring you.", "Miles better than my last visit.",
    "Cliff edge after discharge, no follow-up at all.", "Reading the leaflet beforehand helped a lot.",
    "Stone cold tea again.", "Deal with complaints quicker please.", "Settle in period was hard but staff helped.",
    "Crystal clear explanation of the procedure.", "Precious little information about waiting times.",
    "Blessing in disguise that I was admitted when I was.", "Earl Grey tea offered, a nice touch.",
    "Swift service from start to finish.", "Young staff but very capable.", "Best care I've had anywhere.",
    "Hunt for a parking space every single time.", "Wise words from the GP.", "Frost on the windscreen, but the driver was still early.",
    "Winter pressures were obvious but staff coped.", "Hill up to the entrance is steep for wheelchairs.",
    "Bell on the door didn't work.", "Banks of chairs in the corridor and nowhere to lie down.",
    "Marsh by the car park after the rain.", "Grace under pressure from all of them.",
    "Will be telling everyone how good you were.", "Victoria sponge on the tea trolley, lovely.",
]

# In-place insertions: text added right after a phrase in the patient's own sentence.
# (rule name, anchor regex, templates).  A template starting with "@" is used only
# when the anchor is followed by a space (so a comma pair reads naturally).
_REL_F = r"\bmy (mum|mother|mam|nan|nana|gran|grandma|wife|daughter|sister|auntie)\b(?![-\s]?in[-\s]?law)"
_REL_M = r"\bmy (dad|father|husband|son|brother|grandad|grandpa|uncle)\b(?![-\s]?in[-\s]?law)"
_STAFF1 = (r"\bthe (nurse|driver|paramedic|doctor|receptionist|physio|midwife|consultant|surgeon|porter|"
           r"ambulance driver|health visitor|call handler|technician|care coordinator|social worker)\b")
_STAFF2 = r"\bthe (crew|paramedics|nurses|drivers|ambulance crew|ambulance staff)\b"
_VERB_NEXT = (r"(?=\s+(was|were|is|are|who|did|had|has|gave|took|said|told|came|made|explained|listened|"
              r"arrived|kept|could|couldn't|didn't|would|put|helped|spoke|treated|dealt|went|stayed|got)\b|[,.!])")
INPLACE_RULES = [
    ("rel_f", _REL_F + r"(?=\s|'s|[,.!])",
     [" <<NAME f first>>", " <<NAME f first>>", " <<NAME f full>>", " (<<NAME f full>>)", " (<<NAME f first>>)",
      "@, <<NAME f full>>,", " (who lives at <<ADDR>>)", " (<<NAME f full>>, <<ADDR>>)",
      " (hospital no. <<HOSP>>)", " (<<NAME f first>>, <<AGE>>)", " (dob <<DOB old>>)"]),
    ("rel_m", _REL_M + r"(?=\s|'s|[,.!])",
     [" <<NAME m first>>", " <<NAME m first>>", " <<NAME m full>>", " (<<NAME m full>>)", " (<<NAME m first>>)",
      "@, <<NAME m full>>,", " (who lives at <<ADDR>>)", " (<<NAME m full>>, <<ADDR>>)",
      " (hosp no <<HOSP>>)", " (<<NAME m first>>, <<AGE>>)", " (DOB <<DOB old>>)"]),
    ("staff1", _STAFF1 + _VERB_NEXT,
     [" <<NAME G first>>", " (<<NAME G first>>)", "@, <<NAME G full>>,", " <<NAME G nick>>",
      " (<<NAME G wordlike>>)"]),
    ("staff2", _STAFF2 + _VERB_NEXT,
     [" (<<NAME first>> and <<NAME first>>)", " (<<NAME nick>> and <<NAME first>>)",
      "@, <<NAME first>> and <<NAME full>>,"]),
    ("appt", r"\bmy (appointment|referral|operation|scan|letter|follow[- ]up|results|notes|records)\b(?=\s|[,.!])",
     [" (ref <<HOSP>>)", " (hosp no. <<HOSP>>)", " (hospital number <<HOSP>>)", " (<<HOSP>>)",
      " (ref: <<HOSP>>)", " on <<DATE>>"]),
    ("home", r"\b(took|taken|take|drove|driven|brought|bring|got|get|dropped|came|went|sent) (me |us |him |her |mum |dad |my mum |my dad )?(back )?home\b(?=\s|[,.!])",
     [" to <<ADDR>>", " (<<ADDR>>)", " to <<ADDR narr>>", " to <<ADDR lower>>"]),
    ("house", r"\b(my|our|his|her|mum's|dad's) (house|flat|bungalow|doorstep|front door)\b(?=\s|[,.!])",
     [" (<<ADDR>>)", " at <<ADDR>>", " on <<ADDR narr street>>", " in <<ADDR narr street>>"]),
    ("hospital", r"\b(the hospital|to hospital|in hospital|A&E|a&e|the walk in centre|the walk-in centre)"
                 r"(?=[,.!]|\s+(and|but|for|with|because|as|to|where|after|on|by|so|was|were|I|we|they)\b)",
     [" in <<TOWN big>>", " at <<TOWN big>>", " (<<TOWN big>>)"]),
    ("when", r"\b(today|yesterday|this morning|last night)\b(?=[,.!]|\s)",
     [" (<<DATE>>)"]),
]
N_INPLACE = 95
ANCHORED_SHARE = 0.2


# ---------------------------------------------------------------------------
# Filling a template
# ---------------------------------------------------------------------------

PH_TYPES = {"ADDR": "ADDRESS", "NAME": "NAME", "HOSP": "HOSPITAL_NUMBER", "DOB": "DATE_OF_BIRTH",
            "PHONE": "PHONE", "EMAIL": "EMAIL", "NHS": "NHS_NUMBER", "PC": "POSTCODE", "ZIP": "ZIP",
            "URL": "URL", "DATE": "DATE", "TOWN": "TOWN", "AGE": "AGE_OVER_89"}
PH_RE = re.compile(r"<<([A-Z]+)((?: [A-Za-z0-9_]+)*)>>")
ALT_RE = re.compile(r"\{([^{}]*)\}")


def template_types(tpl):
    return Counter(PH_TYPES[m.group(1)] for m in PH_RE.finditer(tpl))


def fill(gen, tpl, gender=None):
    """Return a list of (text, type or None) segments."""
    tpl = ALT_RE.sub(lambda m: gen.ch(m.group(1).split("|")), tpl)
    gen.last_first = gen.last_sur = gen.last_us = None
    segs = []
    pos = 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        key = m.group(1)
        opts = tuple(x for x in m.group(2).split() if x)
        if key == "NAME":
            opts = tuple((gender or "x") if o == "G" else o for o in opts)
            used = {t.lower() for t, ty in segs if ty == "NAME"}
            v = gen.name(opts)
            while v.lower() in used:
                gen.stats["name_form"][gen.last_form] -= 1
                v = gen.name(opts)
        elif key == "ADDR":
            v = gen.address(opts)
        elif key == "HOSP":
            v = gen.hosp(opts)
        elif key == "DOB":
            v = gen.dob(opts)
        elif key == "PHONE":
            v = gen.phone(opts)
        elif key == "EMAIL":
            v = gen.email(opts)
        elif key == "NHS":
            v = gen.nhs()
        elif key == "PC":
            v = gen.standalone_postcode(opts)
        elif key == "ZIP":
            v = gen.zipcode(opts)
        elif key == "URL":
            v = gen.url()
        elif key == "DATE":
            v = gen.date(opts)
        elif key == "TOWN":
            v = gen.town(opts)
        elif key == "AGE":
            v = gen.age(opts)
        else:
            raise KeyError(key)
        segs.append((v, PH_TYPES[key]))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def seg_text(segs):
    return "".join(t for t, _ in segs)


def seg_types(segs):
    return Counter(ty for _, ty in segs if ty)


# ---------------------------------------------------------------------------
# Source comments
# ---------------------------------------------------------------------------

def read_ids(path):
    ids = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.append(json.loads(line)["id"])  # only the id is kept
    return ids


def phase2_allowed(comment_id):
    """Set 11 takes the even digits and the letters a-m as last character; this set the rest."""
    c = comment_id[-1:]
    if c in "02468":
        return False
    if c.lower() in "abcdefghijklm":
        return False
    return c != ""


def load_sources(fft_dir):
    rows = []
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(("fft2:" + r["Comment ID"], (r["FFT answer"] or "").strip(), 2, r["Comment ID"]))
    with open(os.path.join(fft_dir, "fft_phase1.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(("fft1:" + r["row_index"], (r["feedback"] or "").strip(), 1, r["row_index"]))
    return rows


TITLE_CAP = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Nurse|Sister|Matron|Prof|Professor|Sr|Uncle|Aunt|Auntie|"
                       r"Nan|Grandad|Father|Rev|Cllr|Sgt)\.?\s+[A-Z]")
BAD_RE = re.compile(r"[*@#|\[\]{}<>()]|https?:|www\.|\.com|\.org|\.net|\.co\.uk|xxx|redact|\bref\b|"
                    r"\bname removed\b|\bDid not answer\b", re.I)
DIGIT_RES = [re.compile(r"\d{3,}"), re.compile(r"\b9\d\b"), re.compile(r"\d+(st|nd|rd|th)\b", re.I),
             re.compile(r"\d+\s*[/.:-]\s*\d+"), re.compile(r"\b(ninety|hundred)\b", re.I)]
MONTH_RE = re.compile(r"\b(January|February|March|April|June|July|August|September|October|November|December|"
                      r"Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(january|february|april|june|july|august|"
                      r"september|october|november|december)\b")
MAY_MID_RE = re.compile(r"[a-z,;]\s+May\b")
CASE_ARTEFACT = re.compile(r"[a-z]I[a-z]")
TOKEN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž']+")


def own_word_set():
    words = set()
    for lst in (FEMALE, MALE, UNISEX, WORDLIKE_F, WORDLIKE_M, NICK_F, NICK_M, SURNAMES,
                SURNAMES_WORDLIKE, ABROAD):
        words.update(lst)
    for s in SURNAMES_SPECIAL:
        words.update(w for w in re.split(r"[ -]", s) if w[:1].isupper() and len(w) > 2)
    phrases = set()
    for tbl in (ENG_TOWNS, ENG_VILLAGES, SCOT_TOWNS, WAL_TOWNS, WAL_VILLAGES, NI_TOWNS, NI_VILLAGES,
                IE_TOWNS, US_CITIES, SCOT_VILLAGES):
        for t in tbl:
            phrases.add(t["name"])
    return words, phrases


def clean_ok(text, lower_seen, own_words, own_phrases):
    if BAD_RE.search(text) or TITLE_CAP.search(text) or CASE_ARTEFACT.search(text):
        return False
    if any(r.search(text) for r in DIGIT_RES):
        return False
    if MONTH_RE.search(text) or MAY_MID_RE.search(text):
        return False
    for tok in TOKEN_RE.findall(text):
        t = tok.strip("'")
        if not t:
            continue
        if t[0].isupper():
            if t.lower() not in lower_seen:
                return False
            base = t[:-2] if t.endswith("'s") else t
            if base in own_words:
                return False
    for ph in own_phrases:
        if ph in text and re.search(r"(?<![A-Za-z])" + re.escape(ph) + r"(?![A-Za-z])", text):
            return False
    return True


def norm_text(t):
    return re.sub(r"\s+", " ", t.lower()).strip().rstrip(".!?,;: ")


def select_comments(rng, fft_dir, n, n2, exclude):
    rows = load_sources(fft_dir)
    id_count = Counter(r[0] for r in rows)
    lower_seen = set()
    for _, text, _, _ in rows:
        for tok in TOKEN_RE.findall(text):
            t = tok.strip("'")
            if t and t == t.lower():
                lower_seen.add(t)
    own_words, own_phrases = own_word_set()
    seen_norm = set()
    pools = {1: [], 2: []}
    stats = Counter()
    for rid, text, phase, raw in rows:
        if id_count[rid] > 1:
            stats["duplicate id"] += 1
            continue
        if phase == 1 and int(raw) % 2 != 1:
            continue
        if phase == 2 and not phase2_allowed(raw):
            continue
        stats[f"phase {phase} in this set's half"] += 1
        if rid in exclude:
            stats["excluded id"] += 1
            continue
        if not (12 <= len(text) <= 600):
            stats["length"] += 1
            continue
        nt = norm_text(text)
        if nt in seen_norm:
            stats["repeated text"] += 1
            continue
        seen_norm.add(nt)
        if not clean_ok(text, lower_seen, own_words, own_phrases):
            stats["not clean"] += 1
            continue
        pools[phase].append((rid, text, phase))
    stats["clean phase 1"] = len(pools[1])
    stats["clean phase 2"] = len(pools[2])
    chosen = []
    for phase, k in ((2, n2), (1, n - n2)):
        pool = pools[phase]
        # about a fifth are drawn first from comments with a phrase that can take a detail in place
        anchored = [r for r in pool if any(re.search(rx, r[1]) for _, rx, _ in INPLACE_RULES)]
        rng.shuffle(anchored)
        first = anchored[:int(round(k * ANCHORED_SHARE))]
        stats[f"phase {phase} drawn for an in-place phrase"] = len(first)
        chosen += first
        k -= len(first)
        taken = {r[0] for r in first}
        pool = [r for r in pool if r[0] not in taken]
        longp = [r for r in pool if len(r[1]) >= 30]
        shortp = [r for r in pool if len(r[1]) < 30]
        rng.shuffle(longp)
        rng.shuffle(shortp)
        k_short = min(len(shortp), int(round(k * 0.12)))
        k_long = k - k_short
        if k_long > len(longp):
            k_short += k_long - len(longp)
            k_long = len(longp)
        if k_long + k_short > len(pool):
            raise SystemExit(f"not enough clean phase {phase} comments: {len(pool)} < {k}")
        chosen += longp[:k_long] + shortp[:k_short]
    return chosen, stats


# ---------------------------------------------------------------------------
# Building the records
# ---------------------------------------------------------------------------

ABBREV_BEFORE_DOT = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|No|no|etc|vs|e\.g|i\.e|approx|Prof))\.$")


def boundaries(text):
    """Positions where a new sentence may be slipped in between two of the patient's sentences."""
    out = []
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", text):
        if ABBREV_BEFORE_DOT.search(text[:m.start()]):
            continue
        out.append(m.end())
    return out


def infer_gender(text):
    lo = text.lower()
    she = bool(re.search(r"\b(she|her|hers|herself)\b", lo))
    he = bool(re.search(r"\b(he|him|his|himself)\b", lo))
    if she and not he:
        return "f"
    if he and not she:
        return "m"
    return None


class Record:
    def __init__(self, rid, original, phase):
        self.id = rid
        self.original = original
        self.phase = phase
        self.opener = None
        self.sign = None
        self.body = []        # (segments, carrier key)
        self.inplace = []     # (position in original, segments, rule)
        self.decoy = None
        self.carriers = set()

    def n_ents(self):
        n = sum(sum(seg_types(s).values()) for s, _ in self.body)
        n += sum(sum(seg_types(s).values()) for _, s, _ in self.inplace)
        for x in (self.opener, self.sign):
            if x:
                n += sum(seg_types(x[0]).values())
        return n

    def types(self):
        c = Counter()
        for s, _ in self.body:
            c += seg_types(s)
        for _, s, _ in self.inplace:
            c += seg_types(s)
        for x in (self.opener, self.sign):
            if x:
                c += seg_types(x[0])
        return c


def plant_inplace(gen, rng, records, counts, stats):
    cands = []
    for rec in records:
        hits = []
        for rule, rx, tpls in INPLACE_RULES:
            for m in re.finditer(rx, rec.original):
                hits.append((rule, m, tpls))
        if hits:
            cands.append((rec, hits))
    rng.shuffle(cands)
    budget = {"rel_f": 22, "rel_m": 22, "staff1": 18, "staff2": 14, "appt": 12, "home": 10, "house": 8,
              "hospital": 14, "when": 6}
    done = 0
    for rec, hits in cands:
        if done >= N_INPLACE:
            break
        rng.shuffle(hits)
        for rule, m, tpls in hits:
            if budget[rule] <= 0:
                continue
            end = m.end()
            nxt = rec.original[end:end + 1]
            options = [t for t in tpls if not t.startswith("@") or (nxt == " " and not rec.original[end:].startswith(" and "))]
            if rec.original[end:end + 2] == "'s":
                options = [t for t in options if t.startswith(" <<NAME")]
            if not options:
                continue
            tpl = rng.choice(options).lstrip("@")
            if "<<AGE>>" in tpl and m.group(0).split()[-1] not in ("nan", "nana", "gran", "grandma", "grandad", "grandpa"):
                continue
            if "<<DOB old>>" in tpl and m.group(0).split()[-1] in ("daughter", "son", "sister", "brother"):
                continue
            if "<<DATE>>" in tpl and rule == "appt" and m.group(1) not in ("appointment", "operation", "scan", "referral"):
                continue
            segs = fill(gen, tpl, gender=infer_gender(rec.original))
            rec.inplace.append((end, segs, rule))
            counts.update(seg_types(segs))
            budget[rule] -= 1
            stats["inplace " + rule] += 1
            done += 1
            break
    return done


ALL_CARRIERS = []
for _grp, _lst in (("ADDRESS", ADDRESS_CARRIERS), ("HOSPITAL_NUMBER", HOSP_CARRIERS), ("NAME", NAME_CARRIERS),
                   ("DATE_OF_BIRTH", DOB_CARRIERS), ("PHONE", PHONE_CARRIERS), ("EMAIL", EMAIL_CARRIERS),
                   ("NHS_NUMBER", NHS_CARRIERS), ("POSTCODE", POSTCODE_CARRIERS), ("ZIP", ZIP_CARRIERS),
                   ("URL", URL_CARRIERS), ("DATE", DATE_CARRIERS), ("TOWN", TOWN_CARRIERS),
                   ("AGE_OVER_89", AGE_CARRIERS)):
    for _i, (_kind, _tpl) in enumerate(_lst):
        ALL_CARRIERS.append(dict(key=f"{_grp}:{_i}", group=_grp, kind=_kind, tpl=_tpl, types=template_types(_tpl)))


def make_sentences(gen, rng, counts, n_records):
    """Every carrier once, then more for the type furthest below its target."""
    sents = []
    kind_count = Counter()
    caps = {"open": int(n_records * 0.16), "sign": int(n_records * 0.3)}

    def emit(c):
        segs = fill(gen, c["tpl"])
        sents.append(dict(segs=segs, key=c["key"], kind=c["kind"]))
        counts.update(seg_types(segs))
        kind_count[c["kind"]] += 1

    first = list(ALL_CARRIERS)
    rng.shuffle(first)
    for c in first:
        emit(c)
    guard = 0
    while True:
        short = [(counts[t] / TARGETS[t], t) for t in ALL_TYPES if counts[t] < TARGETS[t]]
        if not short:
            break
        guard += 1
        assert guard < 5000
        _, t = min(short)
        cands = [c for c in ALL_CARRIERS if c["types"][t] > 0
                 and (c["kind"] == "body" or kind_count[c["kind"]] < caps[c["kind"]])]
        # prefer carriers holding this type alone; never overshoot the small types much
        alone = [c for c in cands if set(c["types"]) == {t}]
        pool = alone if alone and rng.random() < 0.7 else cands
        pool = [c for c in pool if all(counts[u] + k <= TARGETS[u] + 6 or u == t
                                       for u, k in c["types"].items())] or alone or cands
        emit(rng.choice(pool))
    return sents, kind_count


ONE_PER_RECORD = ("DATE_OF_BIRTH", "NHS_NUMBER", "ZIP")


def assign(rng, records, sents):
    order = list(range(len(sents)))
    rng.shuffle(order)

    def eligible(rec, s):
        if s["key"] in rec.carriers:
            return False
        if s["kind"] == "open" and rec.opener:
            return False
        if s["kind"] == "sign" and rec.sign:
            return False
        st = seg_types(s["segs"])
        have = rec.types()
        if any(st[t] and have[t] for t in ONE_PER_RECORD):
            return False
        if st["HOSPITAL_NUMBER"] and have["HOSPITAL_NUMBER"] >= 2:
            return False
        if st["ADDRESS"] and have["ADDRESS"] >= 3:
            return False
        if rec.n_ents() + sum(st.values()) > MAX_PER_RECORD:
            return False
        return True

    def put(rec, s):
        rec.carriers.add(s["key"])
        if s["kind"] == "open":
            rec.opener = (s["segs"], s["key"])
        elif s["kind"] == "sign":
            rec.sign = (s["segs"], s["key"])
        else:
            rec.body.append((s["segs"], s["key"]))

    # records that have nothing yet get one sentence each first
    empty = [r for r in records if r.n_ents() == 0]
    rng.shuffle(empty)
    pending = [sents[i] for i in order]
    rest = []
    for s in pending:
        if empty and eligible(empty[-1], s):
            put(empty.pop(), s)
        else:
            rest.append(s)
    assert not empty, "more records than sentences"
    for s in rest:
        el = [r for r in records if eligible(r, s)]
        assert el, "no record can take a sentence"
        w = [1.0 / (1 + r.n_ents()) ** 2.5 for r in el]
        put(rng.choices(el, w)[0], s)


def add_decoys(rng, records, n):
    idx = list(range(len(records)))
    rng.shuffle(idx)
    decoys = list(DECOYS)
    rng.shuffle(decoys)
    for k, i in enumerate(idx[:n]):
        records[i].decoy = decoys[k % len(decoys)]


TERMINAL = (".", "!", "?", ")")


def assemble(rng, rec, stats):
    """Lay the planted pieces around the original; returns the list of (text, type, planted)."""
    orig = rec.original
    bnds = boundaries(orig)
    starts, ends, mids = [], [], []
    pieces = [(s, "body") for s, _ in rec.body]
    if rec.decoy:
        pieces.append(([(rec.decoy, None)], "decoy"))
    rng.shuffle(pieces)
    for segs, what in pieces:
        txt = seg_text(segs)
        ends_ok = txt.rstrip().endswith(TERMINAL)
        r = rng.random()
        if bnds and ends_ok and "\n" not in txt and r < 0.28:
            mids.append((rng.choice(bnds), segs))
            stats["placed between sentences"] += 1
        elif r < 0.52:
            starts.append(segs)
            stats["placed at the start"] += 1
        else:
            ends.append(segs)
            stats["placed at the end"] += 1
    out = []  # (text, type, planted)

    def plant(segs):
        for t, ty in segs:
            out.append((t, ty, True))

    if rec.opener:
        osegs = rec.opener[0]
        plant(osegs)
        otxt = seg_text(osegs)
        out.append(("\n" if not otxt.endswith(":") or rng.random() < 0.7 else " ", None, True))
        stats["opener"] += 1
    for segs in starts:
        plant(segs)
        txt = seg_text(segs)
        out.append((" " if txt.endswith(TERMINAL) and "\n" not in txt else "\n", None, True))
    inserts = [(p, 0, segs) for p, segs, _ in rec.inplace] + [(p, 1, segs + [(" ", None)]) for p, segs in mids]
    inserts.sort(key=lambda x: (x[0], x[1]))
    pos = 0
    for p, _, segs in inserts:
        if p > pos:
            out.append((orig[pos:p], None, False))
            pos = p
        plant(segs)
    out.append((orig[pos:], None, False))
    if ends or rec.sign:
        last = orig[-1]
        if last.isalnum() and (ends or rng.random() < 0.5):
            out.append((".", None, True))
        ends.sort(key=lambda segs: not seg_text(segs).rstrip().endswith(TERMINAL))
        prev_open = False
        for segs in ends:
            txt = seg_text(segs)
            glue = "\n" if prev_open or ("\n" in txt and rng.random() < 0.5) else " "
            out.append((glue, None, True))
            plant(segs)
            prev_open = not txt.endswith(TERMINAL)
        if rec.sign:
            out.append((rng.choice(["\n", "\n", "\n\n"]), None, True))
            plant(rec.sign[0])
            stats["sign-off"] += 1
    return out


def adjacency_ok(out):
    """Two details of the same type must never be separated by whitespace alone."""
    prev_type = None
    gap = ""
    for t, ty, _ in out:
        if ty:
            if prev_type == ty and gap.strip() == "":
                return False
            prev_type, gap = ty, ""
        else:
            gap += t
    return True


def to_json(rec, out):
    text = ""
    ents = []
    for t, ty, planted in out:
        if ty:
            ents.append(dict(start=len(text), end=len(text) + len(t), type=ty, value=t,
                             profiles=list(HIPAA if ty in HIPAA_ONLY else STD)))
        text += t
    return dict(id=rec.id, text=text, original=rec.original, entities=ents)


# ---------------------------------------------------------------------------
# Checks (asserted before anything is written)
# ---------------------------------------------------------------------------

TITLE_START = re.compile(r"^(mr|mrs|ms|miss|mx|dr|doctor|nurse|sister|matron|prof|professor|sgt|staff nurse|"
                         r"driver|physio|midwife)\b\.?\s", re.I)
PC_RE = re.compile(r"^[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}$")
ZIP_RE = re.compile(r"^\d{5}(-\d{4})?$")


def phone_ok(v):
    v = re.sub(r"\s*(ext\.?|extn|x)\s*\d+$", "", v)
    d = re.sub(r"\D", "", v)
    if v.startswith("+1") or re.search(r"555[-. ]01\d\d$", v):
        return bool(re.search(r"55501\d\d$", d))
    if v.startswith("+44"):
        d = "0" + d[2:]
        if d.startswith("00"):  # +44 (0)...
            d = d[1:]
    return bool(re.fullmatch(r"07700900\d{3}|01632960\d{3}|0207946\d{4}|02896496\d{3}|02920180\d{3}|"
                             r"01(1[345678]|21|31|41|51|61)4960\d{3}|01914980\d{3}", d))


def check(records_json, exclude, sources):
    assert len(records_json) >= 500, len(records_json)
    ids = [r["id"] for r in records_json]
    assert len(ids) == len(set(ids))
    counts = Counter()
    for r in records_json:
        rid, text, orig, ents = r["id"], r["text"], r["original"], r["entities"]
        assert rid not in exclude
        assert rid in sources and sources[rid] == orig, rid
        if rid.startswith("fft1:"):
            assert int(rid[5:]) % 2 == 1
        else:
            assert phase2_allowed(rid[5:])
        assert ents, rid
        prev_end = -1
        prev = None
        for e in ents:
            s, t, v, ty = e["start"], e["end"], e["value"], e["type"]
            assert text[s:t] == v, (rid, e)
            assert v == v.strip() and v, (rid, v)
            assert v[-1].isalnum(), (rid, v)
            assert s >= prev_end, (rid, "overlap/order")
            if prev is not None and prev["type"] == ty:
                assert text[prev["end"]:s].strip() != "", (rid, "same type separated by whitespace only")
            assert e["profiles"] == (HIPAA if ty in HIPAA_ONLY else STD)
            assert ty in ALL_TYPES
            if ty == "NAME":
                assert not TITLE_START.match(v), v
                assert not v.endswith("'s") and not v.endswith("’s"), v
            if ty == "NHS_NUMBER":
                assert nhs_check_ok(re.sub(r"\D", "", v)), v
            if ty == "EMAIL":
                assert re.fullmatch(r"[A-Za-z0-9._+-]+@([a-z]+\.)?example\.(com|org|net)", v, re.I), v
            if ty == "URL":
                host = re.sub(r"^https?://", "", v).split("/")[0].split("?")[0].split("#")[0].lower()
                assert re.fullmatch(r"([a-z0-9-]+\.)*example\.(com|org|net)", host), v
            if ty == "PHONE":
                assert phone_ok(v), v
            if ty == "POSTCODE":
                assert PC_RE.match(v), v
            if ty == "ZIP":
                assert ZIP_RE.match(v), v
            if ty == "HOSPITAL_NUMBER":
                assert not re.fullmatch(r"\d{10}", v), v
                assert not re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v), v
                assert re.search(r"\d", v), v
            if ty in ("DATE", "DATE_OF_BIRTH"):
                assert not re.match(r"(on|the|born|dob|d\.o\.b)\b", v, re.I), v
            if ty == "AGE_OVER_89":
                if v.isdigit():
                    assert int(v) >= 90, v
                else:
                    assert v.startswith("ninety"), v
            if ty == "ADDRESS":
                assert not v.startswith(("c/o", "C/O")), v
            counts[ty] += 1
            prev_end = t
            prev = e
    for t, target in TARGETS.items():
        assert counts[t] >= target, (t, counts[t], target)
    assert sum(counts.values()) >= 1100, sum(counts.values())
    return counts


def check_planted(rec_json, out):
    """Removing the planted text gives back the original, and no entity lies on original text."""
    assert "".join(t for t, _, planted in out if not planted) == rec_json["original"]
    for t, ty, planted in out:
        if ty:
            assert planted


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def build(seed, n, n2, fft_dir):
    rng = random.Random(seed)
    gen = Gen(rng)
    exclude = set()
    excl_counts = {}
    for rel in EXCLUDE_ID_FILES:
        got = read_ids(os.path.join(REPO, rel))
        excl_counts[rel] = len(set(got))
        exclude.update(got)
    chosen, sel_stats = select_comments(rng, fft_dir, n, n2, exclude)
    sources = {rid: text for rid, text, _, _ in load_sources(fft_dir)}
    records = [Record(rid, text, phase) for rid, text, phase in chosen]
    counts = Counter()
    place_stats = Counter()
    plant_inplace(gen, rng, records, counts, place_stats)
    sents, kind_count = make_sentences(gen, rng, counts, len(records))
    assign(rng, records, sents)
    add_decoys(rng, records, N_DECOYS)
    records.sort(key=lambda r: (-r.phase, r.id.split(":", 1)[1]) if r.phase == 2 else (0, int(r.id[5:])))
    out_json = []
    for rec in records:
        for _attempt in range(60):
            st = Counter()
            out = assemble(rng, rec, st)
            if adjacency_ok(out):
                break
        else:
            raise AssertionError("cannot lay out " + rec.id)
        place_stats.update(st)
        rj = to_json(rec, out)
        check_planted(rj, out)
        out_json.append(rj)
    counts = check(out_json, exclude, sources)
    assert sum(1 for v in gen.stats["hosp_fmt"].values() if v > 0) >= 25
    assert sum(1 for r in records if r.decoy) == N_DECOYS
    info = dict(gen=gen, sel_stats=sel_stats, excl_counts=excl_counts, place_stats=place_stats,
                kind_count=kind_count, n_sentences=len(sents), records=records)
    return out_json, counts, info


def print_stats(out_json, counts, info):
    p = print
    p(f"records: {len(out_json)}  (phase 2: {sum(r['id'].startswith('fft2:') for r in out_json)}, "
      f"phase 1: {sum(r['id'].startswith('fft1:') for r in out_json)})")
    p(f"entities: {sum(counts.values())}  standard: {sum(v for k, v in counts.items() if k not in HIPAA_ONLY)}")
    for t in ALL_TYPES:
        p(f"  {t:16s} {counts[t]}")
    per = Counter(len(r["entities"]) for r in out_json)
    p("entities per record:", dict(sorted(per.items())))
    lens = sorted(len(r["original"]) for r in out_json)
    p(f"original length: min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}; "
      f">=30 chars: {sum(x >= 30 for x in lens)}")
    p("decoy records:", sum(1 for r in info["records"] if r.decoy))
    p("carrier sentences:", info["n_sentences"], dict(info["kind_count"]))
    p("selection:", dict(info["sel_stats"]))
    p("excluded id files:", info["excl_counts"])
    p("placement:", dict(info["place_stats"]))
    g = info["gen"]
    for k in ("addr_kind", "addr_layout", "addr_feat", "hosp_fmt", "name_form", "dob_fmt", "date_fmt",
              "phone_fmt", "town_kind", "pc_fmt"):
        p(f"{k} ({len(g.stats[k])}):", dict(sorted(g.stats[k].items(), key=lambda x: -x[1])))
    addr = [e["value"] for r in out_json for e in r["entities"] if e["type"] == "ADDRESS"]
    p("addresses over several lines:", sum("\n" in a for a in addr))
    p("addresses all lower case:", sum(a == a.lower() and any(c.isalpha() for c in a) for a in addr))
    p("addresses all capitals:", sum(a == a.upper() and any(c.isalpha() for c in a) for a in addr))
    p("addresses with a UK postcode:", sum(bool(re.search(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b", a)) for a in addr))
    hosp = [e["value"] for r in out_json for e in r["entities"] if e["type"] == "HOSPITAL_NUMBER"]
    p("hospital numbers starting with a letter:", sum(h[0].isalpha() for h in hosp),
      " with a separator:", sum(bool(re.search(r"[ ./-]", h)) for h in hosp),
      " lower case:", sum(h == h.lower() and any(c.isalpha() for c in h) for h in hosp))
    names = [e["value"] for r in out_json for e in r["entities"] if e["type"] == "NAME"]
    p("names lower case:", sum(n == n.lower() for n in names), " capitals:", sum(n == n.upper() for n in names),
      " more than one word:", sum(" " in n for n in names), " non-ASCII:", sum(any(ord(c) > 127 for c in n) for n in names))
    poss = sum(1 for r in out_json for e in r["entities"] if e["type"] == "NAME" and r["text"][e["end"]:e["end"] + 2] == "'s")
    p("names followed by possessive 's:", poss)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=12150615)
    ap.add_argument("--n", type=int, default=520)
    ap.add_argument("--n2", type=int, default=130, help="how many of the records come from phase 2")
    ap.add_argument("--fft-dir", default=os.path.join(REPO, "..", "shared", "data", "nhs_fft"))
    ap.add_argument("--out", default=os.path.join(REPO, "evaluation", "data", "redaction_devset12.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    fft_dir = a.fft_dir if os.path.isabs(a.fft_dir) else os.path.join(REPO, a.fft_dir)
    out_json, counts, info = build(a.seed, a.n, a.n2, os.path.normpath(fft_dir))
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in out_json:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        print_stats(out_json, counts, info)
    else:
        print(f"wrote {len(out_json)} records, {sum(counts.values())} entities to {a.out}")


if __name__ == "__main__":
    main()
