#!/usr/bin/env python3
"""Build redaction development set 14 (evaluation/data/redaction_devset14.jsonl).

Real NHS Friends and Family Test comments with invented personal details planted in them,
each with its exact character span, type and redaction profiles. The weight of this set is on
person names written into the comment's own flow: the redaction markers real writers' names
were replaced by (XXXX, *, [name redacted]) are filled with invented names, and generic phrases
("the nurse was", "my mum", "thank you for", "the paramedics were") are rewritten in place to
carry a name. The rest of the weight is on the hipaa_safe_harbor profile: towns named on their
own, dates below the year, ages over 89.

Standard library only. All randomness comes from one random.Random(seed); the output is the
same byte for byte whatever PYTHONHASHSEED is.

    python research/redaction_sets/build_redaction_devset14.py            # build
    python research/redaction_sets/build_redaction_devset14.py --stats    # build + card figures
"""
import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Held-out sets: only the `id` field of each line is kept; these comments are never used.
HELD_OUT_FILES = (
    "evaluation/data/redaction_testset.jsonl",
    "evaluation/data/redaction_testset_v2.jsonl",
    "evaluation/data/redaction_devset5.jsonl",
)
# Other development sets: only the `id` field is kept; their comments are used only when the
# fresh ones run short (listed by name so a later file does not change the rebuild).
OTHER_DEV_FILES = (
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
)

TYPES = ("NAME", "ADDRESS", "HOSPITAL_NUMBER", "DATE_OF_BIRTH", "PHONE", "EMAIL", "NHS_NUMBER",
         "POSTCODE", "ZIP", "URL", "DATE", "TOWN", "AGE_OVER_89")
HIPAA_ONLY = ("DATE", "TOWN", "AGE_OVER_89")
BOTH = ["standard", "hipaa_safe_harbor"]

# Targets per type (minimums checked at the end).
TARGETS = OrderedDict([
    ("NAME", 620), ("TOWN", 130), ("DATE", 100), ("AGE_OVER_89", 55), ("ADDRESS", 60),
    ("HOSPITAL_NUMBER", 40), ("DATE_OF_BIRTH", 25), ("PHONE", 25), ("EMAIL", 20),
    ("NHS_NUMBER", 20), ("POSTCODE", 20), ("ZIP", 10), ("URL", 10),
])
N_DECOYS = 50

R = random.Random(0)  # replaced in main() by random.Random(seed)

# ---------------------------------------------------------------------------------------------
# Names (invented combinations; every list written for this set)
# ---------------------------------------------------------------------------------------------
COMMUNITIES = OrderedDict()


def _community(key, female, male, surnames):
    COMMUNITIES[key] = (female.split("|"), male.split("|"), surnames.split("|"))


_community("English",
           "Margaret|Doreen|Beryl|Sandra|Leanne|Gemma|Kerry|Stacey|Bethany|Chloe|Jade|Hayley|"
           "Pauline|Lorraine|Janet|Hilda|Mavis|Jean|Brenda|Sheila|Denise|Tracey|Kirsty|Amelia|"
           "Lisa|Nicola|Joanne|Wendy|Carol|Gillian",
           "Trevor|Keith|Darren|Wayne|Craig|Lee|Stuart|Graham|Nigel|Barry|Dennis|Ronald|Kyle|"
           "Liam|Callum|Harvey|Alfie|Tom|Dave|Gary|Steve|Neil|Martin|Colin|Shaun|Terry",
           "Atkinson|Hutchinson|Robson|Pickering|Dobson|Elliott|Charlton|Nuttall|Ramsbottom|"
           "Whitfield|Oakley|Featherstone|Armstrong|Bainbridge|Heslop|Clough|Hargreaves|"
           "Thwaite|Dunn|Yeadon|Gledhill|Ackroyd|Pennington|Tinkler|Holroyd")
_community("South Asian",
           "Priya|Harpreet|Nusrat|Ayesha|Sunita|Parveen|Rukhsana|Anjali|Deepa|Shabana|Kiran|"
           "Simran|Meena|Farzana|Lakshmi|Nazia",
           "Ravi|Imran|Sanjay|Arjun|Mohammed|Tariq|Gurpreet|Naveed|Vikram|Zubair|Hardeep|"
           "Rajesh|Asif|Kamran|Suresh|Bilal",
           "Patel|Shah|Begum|Chaudhry|Hussain|Sandhu|Gill|Iqbal|Mistry|Rahman|Choudhury|Nair|"
           "Pillai|Krishnan|Malik|Bhatt|Dhillon|Sidhu")
_community("West African",
           "Ama|Abena|Chioma|Ngozi|Folake|Adaeze|Temitope|Nkechi|Efua|Adwoa|Yetunde|Funmilayo",
           "Kwame|Kofi|Chinedu|Oluwaseun|Segun|Emeka|Tunde|Babajide|Kelechi|Yaw|Femi|Obinna",
           "Okonkwo|Okafor|Mensah|Adeyemi|Babatunde|Osei|Boateng|Asante|Eze|Nwosu|Oyelaran|"
           "Adebayo|Ogunleye|Acheampong")
_community("East African",
           "Wanjiru|Amina|Achieng|Nyambura|Tsion|Hodan|Ruth|Nasra",
           "Otieno|Tendai|Tafadzwa|Mugisha|Abdi|Dawit|Kipchoge|Farai",
           "Mwangi|Otieno|Moyo|Chikwanha|Kamau|Ssempala|Mutasa|Warsame|Tesfaye|Nyathi")
_community("Caribbean",
           "Marcia|Beverley|Claudette|Yvonne|Merline|Paulette|Hyacinth|Sonia|Lorna",
           "Delroy|Winston|Clive|Errol|Leroy|Desmond|Everton|Lloyd|Carlton",
           "Campbell|Grant|Francis|McKenzie|Bailey|Brathwaite|Clarke|Wedderburn|Ricketts")
_community("Eastern European",
           "Małgorzata|Agnieszka|Justyna|Katarzyna|Ioana|Oksana|Daria|Zuzana|Jana|Milena|Ewa|"
           "Irena|Laima",
           "Tomasz|Paweł|Marek|Grzegorz|Vasyl|Andrei|Bogdan|Jiří|Ondřej|László|Dragan|Mihai|"
           "Piotr|Darius",
           "Kowalski|Nowak|Dąbrowski|Jankauskas|Popescu|Horváth|Novák|Kovačević|Petrov|"
           "Szymański|Bondarenko|Wójcik|Procházka|Zielińska|Lewandowski")
_community("East Asian",
           "Mei|Xiaomei|Yuki|Hui Min|Seo-yeon|Li Na|Akiko",
           "Wei|Chi Keung|Hiroshi|Jian|Min-jun|Kenji|Hao",
           "Chen|Wong|Li|Tanaka|Kim|Park|Lim|Tan|Zhang|Leung|Yamamoto")
_community("South-East Asian",
           "Thảo|Linh|Maricel|Marivic|Rowena|Joy-Ann|Siti|Nurul",
           "Minh|Tuan|Reynaldo|Arnel|Jun|Rizal|Somchai",
           "Nguyen|Tran|Lê|Santos|Reyes|Dela Cruz|Bautista|Pham|Mendoza|Abdullah")
_community("Middle Eastern",
           "Fatima|Layla|Noor|Yasmin|Mariam|Rania|Shirin|Leila|Huda",
           "Farouk|Ahmad|Omar|Khalid|Yusuf|Karim|Hamid|Reza|Samir",
           "Haddad|Khoury|Nasser|Abboud|Rahimi|Karimi|Mansour|Saleh|Hashemi")
_community("Turkish",
           "Ayşe|Elif|Zeynep|Emine|Derya",
           "Mehmet|Mustafa|Emre|Hakan|Murat",
           "Öztürk|Yılmaz|Demir|Çelik|Kaya|Aydın|Şahin")
_community("Greek",
           "Eleni|Despina|Katerina|Sofia|Maria",
           "Yiannis|Kostas|Nikos|Dimitris|Stavros",
           "Papadopoulos|Georgiou|Christodoulou|Konstantinidis|Panayiotou|Demetriou")
_community("Italian",
           "Giulia|Francesca|Rosaria|Concetta|Chiara",
           "Giuseppe|Salvatore|Luca|Marco|Enzo",
           "Esposito|Russo|Romano|Bianchi|Ferrari|Colombo")
_community("Portuguese",
           "Inês|Joana|Conceição|Beatriz",
           "João|Tiago|Rui|Gonçalo",
           "Ferreira|Gonçalves|Pereira|Carvalho|Sousa")
_community("Spanish",
           "Lucía|Carmen|Pilar|Begoña|Nuria",
           "Javier|Alejandro|Iñaki|Sergio",
           "García|Fernández|Martínez|López|Sánchez|Jiménez")
_community("Irish",
           "Siobhán|Aoife|Niamh|Gráinne|Caoimhe|Bernadette|Róisín|Orla|Sinéad|Deirdre",
           "Pádraig|Seán|Ciarán|Declan|Diarmuid|Eoin|Cathal|Oisín|Donal",
           "O'Driscoll|O'Sullivan|McGuinness|Byrne|Fitzgerald|Kavanagh|Doherty|O'Dwyer|"
           "Brennan|Ó Súilleabháin|Mac Carthaigh|Geraghty")
_community("Welsh",
           "Ffion|Cerys|Angharad|Heledd|Bethan|Gwenllian|Nia|Sioned",
           "Gareth|Rhodri|Dafydd|Iwan|Llŷr|Emyr|Meirion|Gruffudd|Huw",
           "Pritchard|Prosser|Llewellyn|Vaughan|Parry|Jenkins|Bevan|Gwilym|Meredith")
_community("Scottish",
           "Morag|Eilidh|Kirsteen|Isla|Catriona|Shona|Ishbel|Mhairi",
           "Ruairidh|Hamish|Fraser|Lachlan|Angus|Dòmhnall|Murdo|Calum|Euan",
           "MacLeod|MacDonald|Farquharson|Mackintosh|Urquhart|MacAskill|Sinclair|Gunn|"
           "McAllister|Ross")
_community("Jewish",
           "Miriam|Rivka|Esther|Leah|Shoshana|Tova",
           "Mordechai|Shlomo|Avi|Yosef|Moshe|Ezra|Chaim",
           "Goldberg|Rosenthal|Levy|Cohen|Katz|Finkelstein|Silverman|Abrahams")
COMMUNITY_KEYS = list(COMMUNITIES)
COMMUNITY_WEIGHTS = [14, 9, 7, 4, 5, 7, 4, 4, 5, 3, 3, 3, 3, 3, 6, 5, 5, 4]

DOUBLE_SURNAMES = ("Okonkwo-Bello|Price-Davies|Hughes-Kaur|Fraser-Campbell|Ansah-Lawson|"
                   "Hamilton-Smythe|Mensah-Boateng|Lloyd-Jones|Sandhu-Whitfield|Nowak-Reid|"
                   "Bartley-Okoro|Ashworth-Nkemelu").split("|")
PARTICLE_SURNAMES = ("van der Merwe|de Souza|van Rooyen|du Plessis|de la Cruz|da Silva|"
                     "dos Santos|Di Stefano|De Luca|al-Hashimi|El-Sayed|ap Rhys|Ní Bhriain|"
                     "St John|le Fevre|von Essen|ten Hove|Mac an Bhaird|D'Souza|bin Yusof").split("|")
HYPHEN_FIRST_F = "Ellie-May|Lacey-Jo|Jo-Anne|Mary-Kate|Anne-Marie|Kerry-Ann|Lily-Rose|Sarah-Jane".split("|")
HYPHEN_FIRST_M = "Jean-Paul|Alfie-Lee|Tommy-Lee|Jean-Luc|Kai-Ming".split("|")
NICK_F = "Bex|Shaz|Kaz|Loz|Mags|Babs|Bev|Val|Trish|Sue|Jackie|Kels|Jo|Steph|Nic|Jen".split("|")
NICK_M = ("kev|Baz|Mo|Del|Gaz|Tez|Jonno|Stevo|Macca|Robbo|Dazza|Nobby|Sully|Dougie|Tommo|"
          "Deano|Chaz|Vinny|Raj|Sukh|Ade|Femi|Tolu|Kev|Rob|Si").split("|")
WORD_F = ("Hope|Grace|Joy|Rose|Angel|Star|Miracle|Justice|Mercy|Lucky|Precious|Faith|Patience|"
          "Blessing|Gift|Dawn|Holly|Amber|Ruby|Penny|Summer|Honey|Goodness|Treasure|Destiny|"
          "Charity|Heather|Ivy|Iris|Daisy|Crystal|Pearl|Sky|Sunny").split("|")
WORD_M = ("Will|Frank|Mark|Bob|Bill|Jack|Dean|Cliff|Rusty|Earl|Prince|Duke|Royal|Godswill|"
          "Marvel|Victor|Ernest|Hunter|Chase|Reed|Sonny|Lucky|Sunny|Justice|Miracle|Gift").split("|")
INITIAL_LETTERS = "ABCDEGHJKLMNPRSTVWY"

TITLES = ("dr", "dr.", "doctor", "mr", "mr.", "mrs", "mrs.", "ms", "miss", "prof", "professor",
          "sister", "nurse", "matron", "sir", "dame", "rev", "father")

# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------
# England: town -> (outward codes, county or "")
ENGLISH_TOWNS = OrderedDict()
for _line in """Hull:HU5 HU8 HU9:East Yorkshire|Whitby:YO21 YO22:North Yorkshire|Scarborough:YO11 YO12:North Yorkshire
Bridlington:YO15 YO16:East Yorkshire|Skegness:PE25:Lincs|Barnsley:S70 S75:South Yorkshire|Doncaster:DN2 DN4:South Yorkshire
Rotherham:S60 S65:South Yorkshire|Wakefield:WF1 WF2:West Yorkshire|Halifax:HX1 HX3:West Yorkshire|Huddersfield:HD1 HD2:West Yorkshire
Keighley:BD21:West Yorkshire|Harrogate:HG1 HG2:North Yorkshire|Ripon:HG4:North Yorkshire|Thirsk:YO7:North Yorkshire
Northallerton:DL6 DL7:North Yorkshire|Bishop Auckland:DL14:Co Durham|Consett:DH8:Co Durham|Seaham:SR7:Co Durham
Peterlee:SR8:Co Durham|Hexham:NE46:Northumberland|Alnwick:NE66:Northumberland|Morpeth:NE61:Northumberland
Berwick-upon-Tweed:TD15:Northumberland|Blyth:NE24:Northumberland|Ashington:NE63:Northumberland|Whitley Bay:NE25 NE26:Tyne and Wear
Tynemouth:NE30:Tyne and Wear|Jarrow:NE32:Tyne and Wear|Hebburn:NE31:Tyne and Wear|Houghton-le-Spring:DH4 DH5:Tyne and Wear
Guisborough:TS14:Cleveland|Saltburn-by-the-Sea:TS12:Cleveland|Redcar:TS10:Cleveland|Thornaby:TS17:Teesside
Yarm:TS15:Teesside|Stokesley:TS9:North Yorkshire|Kettering:NN15 NN16:Northants|Corby:NN17 NN18:Northants
Wellingborough:NN8:Northants|Rushden:NN10:Northants|Daventry:NN11:Northants|Towcester:NN12:Northants
Brackley:NN13:Northants|Oundle:PE8:Northants|Market Harborough:LE16:Leicestershire|Lutterworth:LE17:Leicestershire
Hinckley:LE10:Leicestershire|Coalville:LE67:Leicestershire|Grantham:NG31:Lincs|Newark:NG24:Notts|Mansfield:NG18 NG19:Notts
Worksop:S80 S81:Notts|Retford:DN22:Notts|Carlisle:CA1 CA2:Cumbria|Penrith:CA11:Cumbria|Kendal:LA9:Cumbria
Whitehaven:CA28:Cumbria|Barrow-in-Furness:LA14:Cumbria|Blackpool:FY1 FY4:Lancashire|Lancaster:LA1:Lancashire
Preston:PR1 PR2:Lancashire|Wigan:WN1 WN6:Greater Manchester|Bolton:BL1 BL3:Greater Manchester|Rochdale:OL11 OL16:Greater Manchester
Oldham:OL1 OL8:Greater Manchester|Stockport:SK1 SK4:Cheshire|Macclesfield:SK10 SK11:Cheshire|Crewe:CW1 CW2:Cheshire
Chester:CH1 CH2:Cheshire|Shrewsbury:SY1 SY3:Shropshire|Telford:TF1 TF3:Shropshire|Ludlow:SY8:Shropshire
Hereford:HR1 HR4:Herefordshire|Worcester:WR1 WR5:Worcs|Gloucester:GL1 GL4:Glos|Cheltenham:GL50 GL52:Glos
Swindon:SN1 SN3:Wilts|Salisbury:SP1 SP2:Wilts|Taunton:TA1 TA2:Somerset|Yeovil:BA20 BA21:Somerset|Exeter:EX1 EX4:Devon
Barnstaple:EX31 EX32:Devon|Truro:TR1:Cornwall|Penzance:TR18:Cornwall|Plymouth:PL1 PL4:Devon|Bournemouth:BH1 BH8:Dorset
Poole:BH12 BH15:Dorset|Southampton:SO14 SO16:Hampshire|Portsmouth:PO1 PO4:Hampshire|Brighton:BN1 BN2:East Sussex
Hastings:TN34 TN35:East Sussex|Eastbourne:BN21 BN22:East Sussex|Canterbury:CT1 CT2:Kent|Margate:CT9:Kent|Dover:CT16 CT17:Kent
Maidstone:ME14 ME15:Kent|Colchester:CO1 CO4:Essex|Chelmsford:CM1 CM2:Essex|Ipswich:IP1 IP4:Suffolk|Norwich:NR1 NR7:Norfolk
King's Lynn:PE30:Norfolk|Great Yarmouth:NR30 NR31:Norfolk|Lowestoft:NR32 NR33:Suffolk|Cambridge:CB1 CB4:Cambs
Peterborough:PE1 PE4:Cambs|Bedford:MK40 MK41:Beds|Luton:LU1 LU4:Beds|Oxford:OX1 OX4:Oxon|Banbury:OX16:Oxon
Aylesbury:HP19 HP21:Bucks|Watford:WD17 WD24:Herts|Stevenage:SG1 SG2:Herts|Derby:DE1 DE22:Derbyshire|York:YO10 YO24:North Yorkshire
Sunderland:SR2 SR4:Tyne and Wear|Middlesbrough:TS1 TS5:Teesside|Darlington:DL1 DL3:Co Durham|Durham:DH1:Co Durham
Hartlepool:TS24 TS26:Cleveland|Stockton-on-Tees:TS18 TS19:Teesside|Gateshead:NE8 NE9:Tyne and Wear|South Shields:NE33 NE34:Tyne and Wear
Newcastle upon Tyne:NE4 NE6:Tyne and Wear|Northampton:NN1 NN3:Northants|Nottingham:NG5 NG7:Notts|Leeds:LS6 LS8:West Yorkshire
Sheffield:S6 S10:South Yorkshire|Bradford:BD3 BD7:West Yorkshire|Manchester:M14 M20:Greater Manchester|Liverpool:L8 L15:Merseyside
Birmingham:B13 B29:West Midlands|Coventry:CV2 CV5:West Midlands|Bristol:BS3 BS7:Avon|Leicester:LE2 LE5:Leicestershire""".split("\n"):
    for _item in _line.split("|"):
        _t, _codes, _county = _item.split(":")
        ENGLISH_TOWNS[_t] = (_codes.split(), _county)

# Villages: village -> (post town, outward code)
ENGLISH_VILLAGES = OrderedDict()
for _item in ("Castleton:Hope Valley:S33|Slaidburn:Clitheroe:BB7|Kirkby Lonsdale:Carnforth:LA6|"
              "Great Ayton:Middlesbrough:TS9|Lanchester:Durham:DH7|Wolsingham:Bishop Auckland:DL13|"
              "Bamburgh:Bamburgh:NE69|Rothbury:Morpeth:NE65|Wooler:Wooler:NE71|Allendale:Hexham:NE47|"
              "Haltwhistle:Haltwhistle:NE49|Corbridge:Corbridge:NE45|Sedgefield:Stockton-on-Tees:TS21|"
              "Middleton-in-Teesdale:Barnard Castle:DL12|Staithes:Saltburn-by-the-Sea:TS13|"
              "Robin Hood's Bay:Whitby:YO22|Kings Cliffe:Peterborough:PE8|Earls Barton:Northampton:NN6|"
              "Brixworth:Northampton:NN6|Long Buckby:Northampton:NN6|Hutton-le-Hole:York:YO62|"
              "Goathland:Whitby:YO22|Weldon:Corby:NN17|Great Doddington:Wellingborough:NN29|"
              "Mousehole:Penzance:TR19|Polperro:Looe:PL13|Chipping Campden:Chipping Campden:GL55|"
              "Bourton-on-the-Water:Cheltenham:GL54|Grassington:Skipton:BD23|Hawes:Hawes:DL8|"
              "Reeth:Richmond:DL11|Stanhope:Bishop Auckland:DL13").split("|"):
    _v, _pt, _oc = _item.split(":")
    ENGLISH_VILLAGES[_v] = (_pt, _oc)

SCOTTISH_TOWNS = OrderedDict()
for _item in ("Inverness:IV2 IV3|Huntly:AB54|Aberdeen:AB10 AB24|Dundee:DD2 DD4|Perth:PH1 PH2|"
              "Stirling:FK7 FK8|Oban:PA34|Fort William:PH33|Thurso:KW14|Wick:KW1|Elgin:IV30|"
              "Forfar:DD8|Arbroath:DD11|Peterhead:AB42|Fraserburgh:AB43|Lerwick:ZE1|Kirkwall:KW15|"
              "Stornoway:HS1|Portree:IV51|Dumfries:DG1 DG2|Galashiels:TD1|Kilmarnock:KA1 KA3|"
              "Paisley:PA1 PA3|Motherwell:ML1|Glasgow:G12 G41|Edinburgh:EH6 EH11|Dunfermline:KY11 KY12|"
              "Kirkcaldy:KY1 KY2|Ullapool:IV26|Tain:IV19|Dingwall:IV15|Banchory:AB31|Ballater:AB35|"
              "Pitlochry:PH16|Callander:FK17").split("|"):
    _t, _codes = _item.split(":")
    SCOTTISH_TOWNS[_t] = _codes.split()
SCOTTISH_COUNTIES = "Aberdeenshire|Perthshire|Argyll|Sutherland|Caithness|Angus|Moray".split("|")
ENGLISH_COUNTIES = "Northumberland|Cumbria|Lincolnshire|Norfolk|Cornwall|North Yorkshire|Teesdale|Weardale".split("|")
RURAL_PAIRS = [("Aberdeenshire", "Huntly"), ("Aberdeenshire", "Banchory"), ("Perthshire", "Pitlochry"),
               ("Argyll", "Oban"), ("Sutherland", "Lairg"), ("Caithness", "Thurso"), ("Moray", "Elgin"),
               ("Northumberland", "Rothbury"), ("Northumberland", "Wooler"), ("Cumbria", "Penrith"),
               ("Lincolnshire", "Louth"), ("Norfolk", "Swaffham"), ("Cornwall", "Bodmin"),
               ("North Yorkshire", "Thirsk"), ("Weardale", "Stanhope"), ("Teesdale", "Barnard Castle"),
               ("Powys", "Builth Wells"), ("Ceredigion", "Tregaron"), ("County Fermanagh", "Lisnaskea"),
               ("County Mayo", "Belmullet")]

WELSH_TOWNS = OrderedDict()
for _item in ("Aberystwyth:SY23|Bangor:LL57|Caernarfon:LL55|Pwllheli:LL53|Dolgellau:LL40|Machynlleth:SY20|"
              "Llandrindod Wells:LD1|Brecon:LD3|Carmarthen:SA31|Llanelli:SA14 SA15|Swansea:SA1 SA2|"
              "Cardiff:CF11 CF24|Newport:NP19 NP20|Wrexham:LL11 LL13|Rhyl:LL18|Llandudno:LL30|Porthmadog:LL49|"
              "Tenby:SA70|Haverfordwest:SA61|Merthyr Tydfil:CF47|Ebbw Vale:NP23|Abergavenny:NP7|Aberdare:CF44|"
              "Pontypridd:CF37|Blaenau Ffestiniog:LL41|Llangefni:LL77|Holyhead:LL65|Cardigan:SA43|"
              "Lampeter:SA48|Newtown:SY16|Welshpool:SY21").split("|"):
    _t, _codes = _item.split(":")
    WELSH_TOWNS[_t] = _codes.split()
WELSH_COUNTIES = {"Aberystwyth": "Ceredigion", "Cardigan": "Ceredigion", "Lampeter": "Ceredigion",
                  "Newtown": "Powys", "Welshpool": "Powys", "Brecon": "Powys", "Llandrindod Wells": "Powys",
                  "Caernarfon": "Gwynedd", "Pwllheli": "Gwynedd", "Dolgellau": "Gwynedd", "Bangor": "Gwynedd",
                  "Tenby": "Pembrokeshire", "Haverfordwest": "Pembrokeshire", "Carmarthen": "Carmarthenshire",
                  "Llanelli": "Carmarthenshire", "Llangefni": "Anglesey", "Holyhead": "Anglesey",
                  "Ebbw Vale": "Gwent", "Abergavenny": "Gwent", "Aberdare": "Mid Glamorgan",
                  "Pontypridd": "Mid Glamorgan", "Merthyr Tydfil": "Mid Glamorgan"}
NI_TOWNS = OrderedDict()
for _item in ("Omagh:BT78 BT79:Tyrone|Enniskillen:BT74:Fermanagh|Strabane:BT82:Tyrone|Coleraine:BT51 BT52:Londonderry|"
              "Ballymena:BT42 BT43:Antrim|Ballymoney:BT53:Antrim|Larne:BT40:Antrim|Newry:BT34 BT35:Down|"
              "Armagh:BT60 BT61:Armagh|Lurgan:BT66 BT67:Armagh|Portadown:BT62 BT63:Armagh|Banbridge:BT32:Down|"
              "Dungannon:BT70 BT71:Tyrone|Cookstown:BT80:Tyrone|Magherafelt:BT45:Londonderry|"
              "Limavady:BT49:Londonderry|Lisburn:BT27 BT28:Antrim|Newtownards:BT23:Down|"
              "Downpatrick:BT30:Down|Ballycastle:BT54:Antrim").split("|"):
    _t, _codes, _c = _item.split(":")
    NI_TOWNS[_t] = (_codes.split(), _c)
IRISH_TOWNS = OrderedDict()
for _item in ("Ennis:V95:Clare|Ballina:F26:Mayo|Westport:F28:Mayo|Castlebar:F23:Mayo|Mullingar:N91:Westmeath|"
              "Athlone:N37:Westmeath|Tralee:V92:Kerry|Killarney:V93:Kerry|Clonakilty:P85:Cork|Skibbereen:P81:Cork|"
              "Kilkenny:R95:Kilkenny|Wexford:Y35:Wexford|Waterford:X91:Waterford|Sligo:F91:Sligo|"
              "Letterkenny:F92:Donegal|Dundalk:A91:Louth|Drogheda:A92:Louth|Navan:C15:Meath|Tullamore:R35:Offaly|"
              "Portlaoise:R32:Laois|Nenagh:E45:Tipperary|Thurles:E41:Tipperary|Clonmel:E91:Tipperary|"
              "Galway:H91:Galway|Limerick:V94:Limerick").split("|"):
    _t, _rk, _c = _item.split(":")
    IRISH_TOWNS[_t] = (_rk, _c)
US_CITIES = []
for _item in ("Akron:OH:Ohio:443|Albuquerque:NM:New Mexico:871|Boise:ID:Idaho:837|Chattanooga:TN:Tennessee:374|"
              "Des Moines:IA:Iowa:503|Duluth:MN:Minnesota:558|El Paso:TX:Texas:799|Eugene:OR:Oregon:974|"
              "Fresno:CA:California:937|Knoxville:TN:Tennessee:379|Lubbock:TX:Texas:794|Madison:WI:Wisconsin:537|"
              "Omaha:NE:Nebraska:681|Orlando:FL:Florida:328|Pittsburgh:PA:Pennsylvania:152|"
              "Raleigh:NC:North Carolina:276|Sacramento:CA:California:958|Savannah:GA:Georgia:314|"
              "Spokane:WA:Washington:992|Syracuse:NY:New York:132|Tucson:AZ:Arizona:857|Tulsa:OK:Oklahoma:741|"
              "Boston:MA:Massachusetts:021|Chicago:IL:Illinois:606|Denver:CO:Colorado:802|Phoenix:AZ:Arizona:850|"
              "Seattle:WA:Washington:981|Buffalo:NY:New York:142|Cleveland:OH:Ohio:441|Baltimore:MD:Maryland:212|"
              "Louisville:KY:Kentucky:402|Charleston:SC:South Carolina:294|Burlington:VT:Vermont:054|"
              "Anchorage:AK:Alaska:995|Honolulu:HI:Hawaii:968|Kansas City:MO:Missouri:641").split("|"):
    _c, _ab, _st, _z = _item.split(":")
    US_CITIES.append((_c, _ab, _st, _z))
ABROAD = []
for _item in ("Lagos:Nigeria|Accra:Ghana|Kumasi:Ghana|Nairobi:Kenya|Kampala:Uganda|Harare:Zimbabwe|"
              "Lahore:Pakistan|Mirpur:|Karachi:Pakistan|Dhaka:Bangladesh|Sylhet:Bangladesh|Amritsar:India|"
              "Ludhiana:India|Chennai:India|Kraków:Poland|Gdańsk:Poland|Wrocław:Poland|Vilnius:Lithuania|"
              "Kaunas:Lithuania|Riga:Latvia|Cluj-Napoca:Romania|Iași:Romania|Bucharest:Romania|Sofia:Bulgaria|"
              "Istanbul:Turkey|Izmir:Turkey|Thessaloniki:Greece|Athens:Greece|Naples:Italy|Palermo:Sicily|"
              "Bari:Italy|Porto:Portugal|Braga:Portugal|Funchal:Madeira|Seville:Spain|Málaga:Spain|"
              "Valencia:Spain|Manila:the Philippines|Cebu:the Philippines|Hanoi:Vietnam|Ho Chi Minh City:Vietnam|"
              "Kowloon:Hong Kong|Kingston:Jamaica|Montego Bay:Jamaica|Port of Spain:Trinidad|Bridgetown:Barbados|"
              "Beirut:Lebanon|Amman:Jordan|Baghdad:Iraq|Tehran:Iran|Cairo:Egypt|Alexandria:Egypt|Haifa:Israel|"
              "Tel Aviv:Israel|Toronto:Canada|Sydney:Australia|Auckland:New Zealand|Cape Town:South Africa|"
              "Durban:South Africa|Bulawayo:Zimbabwe|Gothenburg:Sweden|Rotterdam:the Netherlands").split("|"):
    _c, _co = _item.split(":")
    ABROAD.append((_c, _co))

# Place names the originals are checked against (a comment naming one is not used).
CHECK_PLACES = set()
for _d in (ENGLISH_TOWNS, ENGLISH_VILLAGES, SCOTTISH_TOWNS, WELSH_TOWNS, NI_TOWNS, IRISH_TOWNS):
    CHECK_PLACES.update(k.lower() for k in _d)
CHECK_PLACES.update(c[0].lower() for c in US_CITIES)
CHECK_PLACES.update(c[0].lower() for c in ABROAD)
CHECK_PLACES.update(p.lower() for p, _ in RURAL_PAIRS)
CHECK_PLACES.update(p.lower() for _, p in RURAL_PAIRS)
CHECK_PLACES.update(("melton", "loughborough", "glenfield", "mansfield", "sutton", "ashfield", "kings mill",
                     "queens", "highbury", "millbrook", "bassetlaw", "hucknall", "beeston", "arnold",
                     "carlton", "west bridgford", "stapleford", "ilkeston", "rutland", "oakham",
                     "corby", "kettering", "rushden", "wellingborough", "daventry", "brackley", "northampton",
                     "north tyneside", "south tyneside", "wansbeck", "cramlington", "bedlington", "killingworth",
                     "wallsend", "gosforth", "heaton", "byker", "jesmond", "cramlington", "rvi", "freeman",
                     "teesside", "tees", "wear", "tyne", "durham", "newcastle", "sunderland", "middlesbrough",
                     "hartlepool", "stockton", "darlington", "gateshead", "northumberland", "cleveland",
                     "leicester", "nottingham", "derby", "lincoln", "sheffield", "leeds", "york", "london",
                     "blaydon", "ryton", "whickham", "prudhoe", "chester-le-street", "spennymoor", "newton aycliffe",
                     "ferryhill", "shildon", "barnard castle", "billingham", "eston", "marske", "loftus", "boldon",
                     "cleadon", "whitburn", "ponteland", "felling", "dunston", "lemington", "wideopen", "seghill",
                     "amble", "belford", "raunds", "irthlingborough", "higham ferrers", "thrapston", "desborough",
                     "rothwell", "burton latimer", "finedon", "moulton", "duston", "weston favell", "melton mowbray",
                     "syston", "wigston", "oadby", "birstall", "anstey", "braunstone", "beaumont leys", "bulwell",
                     "clifton", "mapperley", "sutton-in-ashfield", "kirkby-in-ashfield", "bingham", "grantham",
                     "lutterworth", "market harborough", "gedling", "west bridgford", "ruddington", "keyworth",
                     "cotgrave", "radcliffe", "stamford", "sleaford", "boston", "skegness", "scunthorpe", "grimsby"))
# Reclaim ordinary words that happen to be places in the lists above.
CHECK_PLACES.difference_update(("newport", "kingston", "bangor", "perth", "sale", "wick", "tain", "hope valley",
                                "reading", "bath", "deal", "march", "street", "wells", "ware", "looe",
                                "arnold", "carlton", "sutton", "ashfield", "queens", "heaton", "freeman",
                                "wear", "tees", "tyne"))

# ---------------------------------------------------------------------------------------------
# Streets and buildings
# ---------------------------------------------------------------------------------------------
STREET_STEMS = ("Larch|Beech|Mill|Church|Station|Victoria|Albert|Coronation|Jubilee|Meadow|Orchard|Chapel|"
                "Kiln|Tannery|Ropery|Collingwood|Gladstone|Wellington|Blackthorn|Bracken|Lapwing|Curlew|"
                "Kestrel|Fieldfare|Willow|Rowan|Hawthorn|Sycamore|Laburnum|Magnolia|Primrose|Foxglove|"
                "Bluebell|Cowslip|Clover|Moorland|Fellside|Riverside|Burnside|Brookside|Hillcrest|Highfield|"
                "Westfield|Lowther|Percy|Salisbury|Marlborough|Cavendish|Ravensworth|Lambton|Vicarage|"
                "Rectory|Parsonage|Pinfold|Tenter|Weavers|Cooper|Ferry|Harbour|Quarry|Colliery|Pit|Railway|"
                "School|Forge|Smithy|Granary|Malting|Dovecote|Glebe|Beacon|Moor|Heather|Cedar|Elm|Oak").split("|")
STREET_TYPES = [("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Close", "Cl"),
                ("Drive", "Dr"), ("Grove", "Gr"), ("Gardens", "Gdns"), ("Terrace", "Terr"),
                ("Crescent", "Cres"), ("Place", "Pl"), ("Court", "Ct"), ("Way", "Way"), ("View", "View"),
                ("Rise", "Rise"), ("Walk", "Wlk"), ("Mews", "Mews"), ("Row", "Row"), ("Square", "Sq"),
                ("Green", "Grn"), ("Bank", "Bank"), ("Garth", "Garth")]
SCOTTISH_STREET_TYPES = ["Street", "Road", "Wynd", "Brae", "Loan", "Crescent", "Gardens", "Place", "Terrace", "Drive"]
WELSH_STREETS = ("Heol y Parc|Ffordd yr Eglwys|Stryd Fawr|Maes y Coed|Lôn Las|Bryn Glas|Ffordd Glyndŵr|"
                 "Heol Hir|Llys Derwen|Cae Bach|Heol y Nant|Stryd y Bont|Maes yr Haf|Ffordd Penrhos").split("|")
NI_STREETS = ("Knockbracken Road|Drumcairn Park|Carrickmore Road|Tullyvar Road|Ardnaskea Road|"
              "Mullaghmore Avenue|Killyman Road|Derrylin Park|Glenshane Gardens|Ballygawley Road").split("|")
IRISH_TOWNLANDS = "Ballynacree|Kilanure|Gortanure|Knockaderry|Cloonfad|Rathmore|Derrynane|Ballyglass|Cappagh|Drumkeen".split("|")
HOUSE_NAMES = ("The Old School House|Rose Cottage|Dunroamin|Ivy Cottage|The Coach House|Glenview|"
               "Mill House|The Laurels|Hillside|Orchard End|Pen-y-Bryn|Tŷ Gwyn|Fernlea|The Bothy").split("|")
FARM_NAMES = "Cold Harbour Farm|Moss Side Farm|High Ridge Farm|Windyhill Farm|Low Moor Farm|Hagg House Farm|Ewe Close Farm".split("|")
CARE_HOMES = ("Meadowbank Nursing Home|Brookvale Care Centre|St Cuthbert's Residential Home|"
              "Hollyfield Care Home|The Beeches Care Home|Elm Lodge|Riverside Court Care Home|"
              "Larkfield House").split("|")
BLOCKS = "Jubilee House|Riverside Mews|Abbey Court|Tower View|The Maltings|Foundry Halls|Ashgrove Court|Keelmen's Chare".split("|")
US_STREETS = ("Oak|Maple|Bluebonnet|Prairie Rose|Old Mill|Cedar Ridge|Fox Chase|Willow Creek|Lakeview|"
              "Sycamore|Pine Hollow|Magnolia|Hickory|Aspen").split("|")
US_TYPES = "St|Ave|Blvd|Dr|Rd|Ln|Ct|Trl|Pkwy|Way".split("|")
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_ABBR = {"Monday": ["Mon"], "Tuesday": ["Tues", "Tue"], "Wednesday": ["Weds", "Wed"],
                "Thursday": ["Thurs", "Thu"], "Friday": ["Fri"], "Saturday": ["Sat"], "Sunday": ["Sun"]}
NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
def wchoice(items, weights):
    return R.choices(items, weights=weights, k=1)[0]


def recase(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def ent(etype, value, **meta):
    return (etype, value, meta)


def is_ent(p):
    return isinstance(p, tuple)


def fold_ascii(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------
# Name generation
# ---------------------------------------------------------------------------------------------
def pick_community():
    return wchoice(COMMUNITY_KEYS, COMMUNITY_WEIGHTS)


def pick_surname(comm, g):
    r = R.random()
    if r < 0.12:
        return R.choice(DOUBLE_SURNAMES), "double"
    if r < 0.25:
        s = R.choice(PARTICLE_SURNAMES)
        if s == "Ní Bhriain" and g != "f":
            s = "Ó Briain"
        return s, "particle"
    return R.choice(COMMUNITIES[comm][2]), "plain"


def gen_name(kind="first", g=None, case="normal", comm=None):
    """Return an entity part for an invented name of the given kind."""
    g = g or R.choice("fm")
    comm = comm or pick_community()
    sform = ""
    if kind == "first":
        v = R.choice(COMMUNITIES[comm][0 if g == "f" else 1])
    elif kind == "full":
        sur, sform = pick_surname(comm if R.random() < 0.8 else pick_community(), g)
        first = R.choice(COMMUNITIES[comm][0 if g == "f" else 1])
        if R.random() < 0.08:
            first = R.choice(HYPHEN_FIRST_F if g == "f" else HYPHEN_FIRST_M)
        v = first + " " + sur
    elif kind == "sur":
        v, sform = pick_surname(comm, g)
    elif kind == "nick":
        v = R.choice(NICK_F if g == "f" else NICK_M)
        comm = "nickname"
    elif kind == "word":
        v = R.choice(WORD_F if g == "f" else WORD_M)
        comm = "word-like"
    elif kind == "wordfull":
        sur, sform = pick_surname(comm, g)
        v = R.choice(WORD_F if g == "f" else WORD_M) + " " + sur
    elif kind == "hyfirst":
        v = R.choice(HYPHEN_FIRST_F if g == "f" else HYPHEN_FIRST_M)
    elif kind == "init":
        sur, sform = pick_surname(comm, g)
        a, b = R.choice(INITIAL_LETTERS), R.choice(INITIAL_LETTERS)
        v = wchoice([a + ". " + sur, a + "." + b + ". " + sur, a + b + " " + sur, a + " " + sur,
                     a + "." + sur], [4, 3, 2, 2, 1])
    elif kind == "firstinit":
        v = R.choice(COMMUNITIES[comm][0 if g == "f" else 1]) + " " + R.choice(INITIAL_LETTERS)
    else:
        raise ValueError(kind)
    v = recase(v, case)
    return ent("NAME", v, kind=kind, g=g, comm=comm, sform=sform, case=case)


def name_case(style, p_lower=0.06, p_upper=0.025):
    if style in ("lower", "upper"):
        return style
    r = R.random()
    if r < p_lower:
        return "lower"
    if r < p_lower + p_upper:
        return "upper"
    return "normal"


def any_first_kind():
    return wchoice(["first", "full", "nick", "word", "hyfirst", "firstinit", "init"], [58, 14, 9, 11, 4, 2, 2])


def gen_surname_ent(case="normal", g=None):
    """A surname after a title: plain, double-barrelled, particle, or with initials."""
    g = g or R.choice("fm")
    comm = pick_community()
    r = R.random()
    if r < 0.12:
        return gen_name("init", g, case, comm)
    if r < 0.22:
        return gen_name("full", g, case, comm)
    return gen_name("sur", g, case, comm)


# ---------------------------------------------------------------------------------------------
# Places, addresses and the other details
# ---------------------------------------------------------------------------------------------
def inward():
    return str(R.randint(1, 9)) + R.choice(INWARD_LETTERS) + R.choice(INWARD_LETTERS)


def postcode_from(outward, form=None):
    form = form or wchoice(["space", "nospace", "lower", "lowernospace"], [70, 12, 12, 6])
    inw = inward()
    if form == "space":
        return outward + " " + inw
    if form == "nospace":
        return outward + inw
    if form == "lower":
        return (outward + " " + inw).lower()
    return (outward + inw).lower()


def eircode(rk):
    return rk + " " + "".join(R.choice(EIRCODE_CHARS) for _ in range(4))


def pick_uk_town(region=None):
    region = region or wchoice(["england", "scotland", "wales", "ni"], [62, 16, 12, 10])
    if region == "england":
        t = R.choice(list(ENGLISH_TOWNS))
        codes, county = ENGLISH_TOWNS[t]
        return t, R.choice(codes), county, region
    if region == "scotland":
        t = R.choice(list(SCOTTISH_TOWNS))
        return t, R.choice(SCOTTISH_TOWNS[t]), "", region
    if region == "wales":
        t = R.choice(list(WELSH_TOWNS))
        return t, R.choice(WELSH_TOWNS[t]), WELSH_COUNTIES.get(t, ""), region
    t = R.choice(list(NI_TOWNS))
    codes, county = NI_TOWNS[t]
    return t, R.choice(codes), "Co " + county, region


def street_name(abbrev=0.15):
    stem = R.choice(STREET_STEMS)
    full, ab = R.choice(STREET_TYPES)
    return stem + " " + (ab if R.random() < abbrev else full)


def house_number():
    n = str(wchoice([R.randint(1, 40), R.randint(41, 250)], [7, 3]))
    r = R.random()
    if r < 0.08:
        n += R.choice("abAB")
    elif r < 0.11:
        n = n + "-" + str(int(n) + R.choice((1, 2)))
    return n


def gen_address(kind=None):
    """Return (value, form label) for a whole written address (one ADDRESS entity)."""
    kind = kind or wchoice(["eng", "eng_ml", "eng_lower", "eng_caps", "village", "flat", "house",
                            "scot", "wales", "ni", "ireland", "us", "care", "nopc"],
                           [16, 6, 6, 3, 7, 6, 5, 7, 6, 5, 5, 7, 4, 6])
    if kind in ("eng", "eng_ml", "eng_lower", "eng_caps", "nopc", "flat", "care"):
        t, oc, county, _ = pick_uk_town("england")
        pc = postcode_from(oc, "space")
        num, st = house_number(), street_name()
        if kind == "eng":
            v = wchoice([f"{num} {st}, {t}, {pc}", f"{num} {st}, {t}, {county}, {pc}",
                         f"{num} {st}, {t} {pc}", f"{num} {st} {t} {pc}", f"No. {num} {st}, {t}, {pc}",
                         f"{num}, {st}, {t}, {pc}", f"{num} {st} / {t} / {pc}"], [5, 3, 3, 2, 1, 1, 1])
            return v, "England"
        if kind == "eng_ml":
            return wchoice([f"{num} {st}\n{t}\n{pc}", f"{num} {st}\n{t}\n{county}\n{pc}",
                            f"{num} {st}, {t}\n{pc}"], [3, 2, 2]), "England, over several lines"
        if kind == "eng_lower":
            return wchoice([f"{num} {st} {t} {pc}", f"{num} {st}, {t}, {pc}",
                            f"number {num} {st} {t}"], [3, 2, 1]).lower(), "England, lower case"
        if kind == "eng_caps":
            return f"{num} {st}, {t}, {pc}".upper(), "England, capitals"
        if kind == "nopc":
            return wchoice([f"{num} {st}, {t}", f"{num} {st}, {t}, {county}",
                            f"{num} {st} in {t}"], [3, 2, 1]), "England, no postcode"
        if kind == "flat":
            b = R.choice(BLOCKS)
            return wchoice([f"Flat {R.randint(1, 40)}, {b}, {st}, {t}, {pc}",
                            f"Flat {R.randint(1, 9)}{R.choice('ABC')}, {num} {st}, {t} {pc}",
                            f"Apartment {R.randint(1, 60)}, {b}, {t}, {pc}",
                            f"flat {R.randint(1, 30)} {b.lower()} {t.lower()} {pc.lower()}"],
                           [3, 2, 2, 1]), "flat"
        if kind == "care":
            return wchoice([f"Room {R.randint(1, 40)}, {R.choice(CARE_HOMES)}, {num} {st}, {t}",
                            f"{R.choice(CARE_HOMES)}, {st}, {t}, {pc}"], [1, 1]), "care home"
    if kind == "village":
        v_, (pt, oc) = R.choice(list(ENGLISH_VILLAGES.items()))
        pc = postcode_from(oc, "space")
        num, st = house_number(), street_name()
        vpt = v_ if v_ == pt else f"{v_}, {pt}"  # a village that is its own post town is written once
        v = wchoice([f"{num} {st}, {vpt}, {pc}", f"{num} {st}, {v_}, {pc}",
                     f"{R.choice(FARM_NAMES)}, {vpt}, {pc}", f"{num} {st} {vpt.replace(',', '')} {pc}".lower()],
                    [4, 2, 2, 1])
        return v, "English village"
    if kind == "house":
        t, oc, county, _ = pick_uk_town("england")
        pc = postcode_from(oc, "space")
        return wchoice([f"{R.choice(HOUSE_NAMES)}, {house_number()} {street_name()}, {t}, {pc}",
                        f"{R.choice(HOUSE_NAMES)}\n{street_name()}\n{t}\n{pc}",
                        f"{R.choice(FARM_NAMES)}, {street_name()}, {t}, {county}, {pc}"],
                       [2, 1, 2]), "house or farm name"
    if kind == "scot":
        t = R.choice(list(SCOTTISH_TOWNS))
        pc = postcode_from(R.choice(SCOTTISH_TOWNS[t]), "space")
        st = R.choice(STREET_STEMS) + " " + R.choice(SCOTTISH_STREET_TYPES)
        n = house_number()
        return wchoice([f"Flat {R.randint(0, 3)}/{R.randint(1, 2)}, {n} {st}, {t}, {pc}",
                        f"{R.randint(1, 3)}F{R.randint(1, 4)}, {n} {st}, {t} {pc}",
                        f"{n} {st}, {t}, {pc}", f"{n} {st}\n{t}\n{pc}"], [2, 1, 3, 1]), "Scotland"
    if kind == "wales":
        t = R.choice(list(WELSH_TOWNS))
        pc = postcode_from(R.choice(WELSH_TOWNS[t]), "space")
        st = R.choice(WELSH_STREETS)
        n = house_number()
        county = WELSH_COUNTIES.get(t, "")
        forms = [f"{n} {st}, {t}, {pc}", f"{n} {st}, {t} {pc}", f"{R.choice(HOUSE_NAMES)}, {st}, {t}, {pc}"]
        if county:
            forms.append(f"{n} {st}, {t}, {county}, {pc}")
        return R.choice(forms), "Wales"
    if kind == "ni":
        t = R.choice(list(NI_TOWNS))
        codes, county = NI_TOWNS[t]
        pc = postcode_from(R.choice(codes), "space")
        st = R.choice(NI_STREETS)
        n = house_number()
        return wchoice([f"{n} {st}, {t}, Co. {county}, {pc}", f"{n} {st}, {t}, {pc}",
                        f"{n} {st.upper()}, {t.upper()}, CO {county.upper()}, {pc.upper()}"],
                       [3, 3, 1]), "Northern Ireland"
    if kind == "ireland":
        t = R.choice(list(IRISH_TOWNS))
        rk, county = IRISH_TOWNS[t]
        tl = R.choice(IRISH_TOWNLANDS)
        return wchoice([f"{tl}, {t}, Co. {county}, {eircode(rk)}", f"{tl}, {t}, County {county}",
                        f"{R.randint(1, 60)} Main Street, {t}, Co {county}"], [3, 2, 2]), "Ireland"
    if kind == "us":
        c, ab, stn, z = R.choice(US_CITIES)
        zipc = z + "%02d" % R.randint(1, 99)
        if R.random() < 0.3:
            zipc += "-%04d" % R.randint(1, 9999)
        n = str(R.randint(100, 19999))
        street = f"{R.choice(['', 'N ', 'S ', 'E ', 'W '])}{R.choice(US_STREETS)} {R.choice(US_TYPES)}"
        return wchoice([f"{n} {street}, {c}, {ab} {zipc}", f"{n} {street}\n{c}, {ab} {zipc}",
                        f"{n} {street} Apt {R.randint(1, 40)}, {c}, {stn} {zipc}"], [3, 1, 1]), "US"
    raise ValueError(kind)


def gen_address_narrative():
    """A street with its town written in narrative ('we live on X Road in Y')."""
    t, oc, county, region = pick_uk_town(wchoice(["england", "scotland", "wales"], [7, 2, 1]))
    st = street_name(0.05) if region != "wales" else R.choice(WELSH_STREETS)
    n = house_number()
    return wchoice([f"{st} in {t}", f"{n} {st} in {t}", f"{st}, {t}", f"number {n} {st}, {t}",
                    f"{st} off {street_name(0)} in {t}", f"{n} {st}, {t}"], [4, 3, 3, 2, 1, 2])


def gen_hospital_number():
    """Return (value, format id). Never ten bare digits, never SSN-shaped."""
    d = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    L = lambda: R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    fmts = [
        ("trust+7", lambda: R.choice(["RTD", "RXP", "RLN", "RR7", "RVW"]) + R.choice([" ", "", "-"]) + d(7)),
        ("K/yy", lambda: "K" + d(6) + "/" + str(R.randint(18, 23))),
        ("L8L", lambda: L() + d(8) + L()),
        ("P7", lambda: "P" + d(7)),
        ("xx-4-3", lambda: R.choice(["NE", "NN", "TS", "DH"]) + "-" + d(4) + "-" + d(3)),
        ("M7", lambda: "M" + d(7)),
        ("UBRN", lambda: "000" + d(1) + " " + d(4) + " " + d(4)),
        ("H3-3-2", lambda: "H" + d(3) + " " + d(3) + " " + d(2)),
        ("2-3-3", lambda: d(2) + "-" + d(3) + "-" + d(3)),
        ("ACC", lambda: "ACC-" + d(2) + "-" + d(6)),
        ("PTS", lambda: R.choice(["PTS/", "PTS-"]) + d(4) + "-" + d(4)),
        ("C/yyyy", lambda: R.choice(["C", "CMP"]) + "/20" + str(R.randint(19, 23)) + "/" + d(4)),
        ("XR", lambda: "XR" + str(R.randint(19, 23)) + "/" + d(5)),
        ("lab", lambda: str(R.randint(19, 23)) + "L-" + d(6)),
        ("GU", lambda: R.choice(["GU/", "SH"]) + d(5)),
        ("S7", lambda: "S" + d(7)),
        ("yy/site/6", lambda: str(R.randint(19, 23)) + "/" + R.choice(["NGH", "RVI", "JCUH", "UHND"]) + "/" + d(6)),
        ("lower", lambda: R.choice(["sr", "dmh", "ngh", "kgh"]) + d(7)),
        ("OPH", lambda: R.choice(["OPH", "ENT", "ORT"]) + "/" + str(R.randint(19, 23)) + "/" + d(5)),
        ("E9", lambda: "E" + d(9)),
        ("V11", lambda: "V" + d(11)),
        ("DW6", lambda: "DW" + d(6)),
        ("BKG", lambda: "BKG/" + d(2) + "/" + d(4)),
        ("AE/yy", lambda: "AE/" + str(R.randint(19, 23)) + "/" + d(6)),
        ("6+L", lambda: d(6) + R.choice("ABCDHKLMX")),
        ("3.4", lambda: d(4) + "." + d(4)),
        ("MRN7", lambda: d(7)),
        ("Z 3 3", lambda: L() + " " + d(3) + " " + d(3)),
    ]
    fid, f = R.choice(fmts)
    return f(), fid


def gen_dob(child=False, older=False):
    if child:
        y = R.randint(2008, 2022)
    elif older:
        y = R.randint(1926, 1958)
    else:
        y = wchoice([R.randint(1926, 1950), R.randint(1951, 2003)], [4, 5])
    m = R.randint(1, 12)
    dd = R.randint(1, MONTH_DAYS[m - 1])
    yy = "%02d" % (y % 100)
    forms = [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{yy}", f"{dd}.{m}.{yy}", f"{dd:02d}.{m:02d}.{y}",
             f"{dd} {MONTHS[m - 1]} {y}", f"{ordinal(dd)} {MONTHS[m - 1]} {y}", f"{dd}-{MONTH_ABBR[m - 1]}-{y}",
             f"{y}-{m:02d}-{dd:02d}", f"{dd:02d} {m:02d} {y}", f"{ordinal(dd)} of {MONTHS[m - 1]} {y}",
             f"{MONTHS[m - 1]} {dd}, {y}", f"{dd} {MONTH_ABBR[m - 1]} {yy}", f"{dd}-{m}-{yy}"]
    return R.choice(forms)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return str(n) + suf


def gen_date(kind=None):
    """A date below the year (day+month, weekday+day, numeric). Returns (value, kind)."""
    kind = kind or wchoice(["dm", "wd", "num"], [4, 4, 3])
    m = R.randint(1, 12)
    dd = R.randint(1, MONTH_DAYS[m - 1])
    wd = R.choice(WEEKDAYS)
    wda = R.choice([wd] + WEEKDAY_ABBR[wd])
    if kind == "dm":
        return wchoice([f"{ordinal(dd)} {MONTHS[m - 1]}", f"{dd} {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {ordinal(dd)}",
                        f"{ordinal(dd)} of {MONTHS[m - 1]}", f"{MONTH_ABBR[m - 1]} {dd}",
                        f"{dd} {MONTH_ABBR[m - 1]}", f"{ordinal(dd)} {MONTH_ABBR[m - 1]}"],
                       [4, 2, 2, 2, 1, 1, 2]), kind
    if kind == "wd":
        return wchoice([f"{wd} {ordinal(dd)}", f"{wda} {dd}/{m}", f"{wda} {ordinal(dd)} {MONTH_ABBR[m - 1]}",
                        f"{wd} the {ordinal(dd)}", f"{wd} {ordinal(dd)} {MONTHS[m - 1]}",
                        f"{wda} {dd:02d}/{m:02d}", f"{wda} {ordinal(dd)}"], [3, 2, 2, 2, 2, 1, 2]), kind
    if kind == "num":
        yy = R.randint(19, 23)
        return wchoice([f"{dd}/{m}", f"{dd:02d}/{m:02d}", f"{dd}.{m}.{yy}", f"{dd:02d}/{m:02d}/20{yy}",
                        f"{dd}-{m}-{yy}", f"{dd}/{m}/{yy}"], [3, 2, 2, 2, 1, 2]), kind
    if kind == "day":
        return ordinal(dd), kind
    raise ValueError(kind)


def gen_age(words=None):
    a = wchoice([R.randint(90, 99), R.randint(100, 104)], [9, 1])
    if words is None:
        words = R.random() < 0.25
    if words and a in NUM_WORDS:
        w = NUM_WORDS[a]
        return R.choice([w, w.replace("-", " ")]), "words"
    return str(a), "digits"


def gen_phone():
    r = R.random()
    x3 = "%03d" % R.randint(0, 999)
    if r < 0.5:
        return wchoice([f"07700 900{x3}", f"07700900{x3}", f"07700 900 {x3}", f"+44 7700 900{x3}",
                        f"+44 (0)7700 900{x3}", f"07700-900-{x3}", f"0770 090 0{x3}"], [5, 3, 2, 2, 1, 1, 1]), "mobile"
    if r < 0.65:
        return wchoice([f"01632 960{x3}", f"(01632) 960{x3}", f"01632960{x3}", f"01632 960 {x3}"], [4, 2, 1, 1]), "01632"
    if r < 0.8:
        return wchoice([f"020 7946 0{x3}", f"0207 946 0{x3}", f"(020) 7946 0{x3}", f"02079460{x3}"], [4, 2, 2, 1]), "020"
    area = R.choice(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151", "0161"])
    v = wchoice([f"{area} 496 0{x3}", f"({area}) 496 0{x3}", f"{area}-496-0{x3}", f"{area}4960{x3}"], [4, 2, 1, 1])
    if R.random() < 0.2:
        v += R.choice([" ext ", " ext. ", " extension "]) + str(R.randint(100, 9999))
    return v, "01xx 496"


def gen_nhs():
    while True:
        if R.random() < 0.65:
            digits = [9, 9, 9] + [R.randint(0, 9) for _ in range(6)]
        else:
            digits = [R.randint(4, 7)] + [R.randint(0, 9) for _ in range(8)]
        total = sum(dg * (10 - i) for i, dg in enumerate(digits))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, digits + [check]))
        return wchoice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"], [5, 3, 2])


def nhs_valid(s):
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) != 10:
        return False
    total = sum(d * (10 - i) for i, d in enumerate(ds[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == ds[9]


def email_from(name_value=None):
    if name_value:
        parts = [re.sub(r"[^a-z]", "", fold_ascii(p).lower()) for p in name_value.split()]
        parts = [p for p in parts if p]
    else:
        parts = []
    if not parts:
        parts = [re.sub(r"[^a-z]", "", fold_ascii(gen_name("first")[1]).lower()),
                 re.sub(r"[^a-z]", "", fold_ascii(gen_name("sur")[1]).lower())]
    first, last = parts[0], parts[-1]
    local = wchoice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}_{last}",
                     f"{first}{R.randint(1, 99)}", f"{last}.{first}", f"{first}.{last}{R.randint(1950, 2005)}",
                     f"{first}+nhs"], [4, 2, 2, 1, 2, 1, 2, 1])
    dom = R.choice(["example.com", "example.org", "example.net"])
    sub = wchoice(["", "mail.", "home.", "post."], [7, 1, 1, 1])
    v = f"{local}@{sub}{dom}"
    if R.random() < 0.08:
        v = v.upper()
    return v


def gen_url(slug_name=None):
    slug = re.sub(r"[^a-z]+", "-", fold_ascii(slug_name or gen_name("full")[1]).lower()).strip("-")
    code = "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(6))
    return wchoice([f"https://www.example.org/fundraiser/{slug}", f"www.example.com/{slug}",
                    f"example.net/stories/{slug}?ref=share", f"http://example.com/p/{code}",
                    f"https://blog.example.net/{slug}#photos", f"www.example.org/thanks/{slug}?id={R.randint(100, 99999)}"],
                   [2, 2, 2, 1, 1, 1])


def gen_zip(z3=None):
    z3 = z3 or R.choice(US_CITIES)[3]
    v = z3 + "%02d" % R.randint(1, 99)
    if R.random() < 0.35:
        v += "-%04d" % R.randint(1, 9999)
    return v


# ---------------------------------------------------------------------------------------------
# Carrier sentences: the patient's own voice, with slots for the planted details
# ---------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Z0-9_]+)(?::([a-z]+))?\}")
SLOT_TYPE = {}
for _k in ("F M N FF MF NF SUR SURF SURM NICKF NICKM WORDF WORDM INIT HYF HYM ANYF ANYM L2 L3 L3R "
           "SURLC").split():
    SLOT_TYPE[_k] = "NAME"
for _k in "TOWN TUK TSC TWA TNI TIE TUS TAB VILL RURAL".split():
    SLOT_TYPE[_k] = "TOWN"
for _k in "DATE DWD DDM DNUM DDAY".split():
    SLOT_TYPE[_k] = "DATE"
for _k in "AGE AGEW".split():
    SLOT_TYPE[_k] = "AGE_OVER_89"
for _k in "ADDR ADDRN ADDRUS ADDRCARE ADDRML".split():
    SLOT_TYPE[_k] = "ADDRESS"
SLOT_TYPE.update({"HOSP": "HOSPITAL_NUMBER", "DOB": "DATE_OF_BIRTH", "DOBC": "DATE_OF_BIRTH", "DOBO": "DATE_OF_BIRTH", "PHONE": "PHONE", "EMAIL": "EMAIL",
                  "NHS": "NHS_NUMBER", "PC": "POSTCODE", "ZIP": "ZIP", "ZIPCITY": "ZIP", "URL": "URL",
                  "BED": None})

BODY_TEMPLATES = [
    # ---- names woven in the writer's voice
    "Special mention to {F} on reception who calmed me down.",
    "{F} in bay {BED} kept me going with her chat.",
    "Ask for {NICKM:lc} if you need anything, he knows the system inside out.",
    "The physio ({HYF}?) had me up and walking on day two.",
    "Student nurse {F} was a credit to her profession.",
    "Ward manager - {M} - sorted out the mix-up with my tablets.",
    "Saw {SUR} today, much better than the last doctor.",
    "Thanks to {L3R} for keeping me sane.",
    "I want to say thank you to {N:lc}, {N:lc}, and the lady on reception whose name was {WORDF}.",
    "Dr {SURLC} explained everything twice without making me feel daft.",
    "When Mr {MF} came round he took the time to listen.",
    "Sister {SUR} runs a tight ship but a kind one.",
    "The nurses made a fuss of bed {BED} {F} on her birthday.",
    "{F} in bay {BED} and {F} on nights deserve a medal.",
    "A lovely HCA called '{WORDF}' brought me tea in the middle of the night.",
    "Nurse \"{WORDF}\" was exactly that.",
    "{WORDM} the porter made me laugh all the way to x-ray.",
    "Mr {SUR}'s clinic was running late but he apologised to everyone.",
    "{F}'s bedside manner is second to none.",
    "Please pass on my thanks to {INIT} and the team on nights.",
    "My husband {MF} was kept informed at every step.",
    "Our daughter {F} was so brave and the staff made it fun for her.",
    "The paramedics ({N} and {N}) were calm and kind.",
    "{NICKM} and {NICKM} on the transport are always cheerful.",
    "Big thank u to {F:lc} on the front desk x",
    "couldnt of done it with out {F:lc} and {M:lc} on the ward, thanku",
    "The recepsion lady {F} was realy helpfull.",
    "Dr. {INIT} was very thorough.",
    "Had a lovely chat with {NF} from the chaplaincy.",
    "{F}, the healthcare assistant, noticed I hadn't eaten and sorted it.",
    "Thank you {WORDF}, you were a real angel to me.",
    "Consultant {MF} was honest with us, which we appreciated.",
    "Shout out to {NICKF}, {NICKM} & {N} in radiology.",
    "My son {M}'s appointment was moved three times.",
    "{M} on bay {BED} helped me with my phone when I couldn't see the buttons.",
    "Could someone tell {F:lc} thank you from the lady in bed {BED}.",
    "Our midwife {F} was there for the birth and the follow-up.",
    "Hats off to {M} the driver, who waited while I got my coat.",
    "{F} on the switchboard put me through to the right person first time.",
    "Nurse {SUR} and Nurse {SUR} were on that night and both were kind.",
    "I asked for {F} because she knows my history.",
    "The lady who did my bloods ({F} I think) was very gentle.",
    "{M} (agency) was as good as any of the regulars.",
    "My carer {F} came in with me and they let her stay.",
    "Our GP, Dr {SUR}, referred me quickly.",
    "Special thanks to {F} and {M} in the discharge lounge.",
    "I'd like to name {F}, {F} and {M} in particular.",
    "Sorry I didn't catch the other nurse's name, but {F} was wonderful.",
    "{M}, the chap who brought the wheelchair, was very patient.",
    "{WORDF} and {WORDF} on the early shift were both so caring.",
    "Driver {WORDM} got us there with time to spare.",
    "{WORDM} on reception sorted out my parking ticket.",
    "Special thanks to {WORDF} the student midwife.",
    "the reg, dr {SURLC}, was v good",
    "{F} (band 5 on nights) deserves a pay rise.",
    "Give {F} a raise!",
    "Room {BED} {F} says thank you to everyone on nights.",
    "{M} from bay {BED} says hello to the lads on the ward.",
    "The lady in bed {BED} ({F}) was lovely company.",
    "Thank you to the nurse who looked after bay {BED}, {F}, she was wonderful.",
    "Big thanks to {F:uc} AND {F:uc} ON NIGHTS!",
    "Nurse \"{F}\" (that's what her badge said) was brilliant.",
    "My neighbour {NF} drove me in and was made welcome.",
    "The nurse who saw me ({F} I think her name was) could not have been kinder.",
    "If {M} reads this - thank you for the chat at four in the morning.",
    "Matron {SUR} came to see us herself.",
    "Prof {SUR}'s team explained all the options.",
    "Our health visitor {F} has been fantastic.",
    "My grandson {M} came with me and they let him stay.",
    "{M} and {F} in pharmacy sorted my meds quickly.",
    "{F} on the phone line went above and beyond.",
    "My wife {FF}'s care was excellent from start to finish.",
    "Thanks {ANYF}!!",
    "{ANYM} was brill with my dad.",
    "The doctor ({SUR}?) didn't introduce himself but was thorough.",
    "Big thanks to the crew - {L2}.",
    "My key worker {ANYF} has been a lifeline.",
    "{F} from the community team rang me every week.",
    "Nothing was too much for {F} and {F}.",
    "{M} in the plaster room was so gentle with my little one.",
    "Please thank {ANYF} for me.",
    "Dr {SUR} and Dr {SUR} both came to see me the same day.",
    "My sister {FF} stayed over and they found her a chair.",
    "Mum's favourite was {F}, who always had time for her.",
    "I was on {F}'s ward for a week and she was brilliant.",
    "Physio {ANYM} pushed me hard, which is what I needed.",
    "{NF} (OT) set everything up at home for me.",
    "My support worker {F:lc} is the best.",
    "Say hello to {F} in bay {BED} for me!",
    "Tell {M} he owes me a cup of tea!",
    "Even Dr {SUR} found time for a chat.",
    "Nurse {F} and healthcare assistant {F} were fantastic.",
    "Can I say {F} in the eye clinic was lovely.",
    "Had Dr {SUR} for my op, couldn't fault her.",
    "The two girls on the desk, {F} and {F}, were very helpful.",
    "Thanks {NICKM}, you're a legend.",
    "Mr {SUR} (the surgeon) came back in the evening to check on me.",
    "My granddaughter {F} rang the ward every day and they always had time for her.",
    "I think the doctor's name was {SUR} - very kind.",
    "They let my husband, {M}, stay till late.",
    "{F:uc} IS A STAR!",
    "THANK YOU {M:uc} AND {F:uc}!!!",
    "Thank you to {ANYF} and {ANYM}.",
    # ---- towns named on their own
    "We came from {TUK} for this appointment.",
    "My daughter drove down from {TSC} to be with me.",
    "Living in rural {RURAL}, the video appointments are a godsend.",
    "It's a long trip from {VILL} on two buses.",
    "My son flew in from {TAB} when he heard.",
    "I'm originally from {TAB} so the interpreter was a big help.",
    "We were on holiday from {TUS} when it happened.",
    "The ambulance had to come out from {TUK} as nothing closer was free.",
    "I moved here from {TWA} last year and this is the best care I've had.",
    "My sister came over from {TIE} to help out.",
    "Being out in {VILL} we rely on the transport service.",
    "My husband works in {TAB} so I came on my own.",
    "They sent me to {TUK} for the scan, which was a long way.",
    "We live just outside {TNI} and the roads were bad.",
    "I was transferred from {TUK} and the handover was seamless.",
    "Travelled up from {TUK} specially.",
    "My family are all in {TAB} so the staff were my family that week.",
    "I was visiting my brother in {TUK} when I took ill.",
    "Came all the way from {TSC} and was seen on time.",
    "The driver got lost between {VILL} and {TUK}.",
    "The hospital in {TUK} never explained things like this.",
    "My mum still lives in {TIE}, so the video calls meant a lot.",
    "We're a good hour from {TUK} so the early appointment was hard.",
    "I'm in {VILL}, a tiny village, so getting here is a mission.",
    "Had to go to {TUK} last time - this was far better.",
    "My GP in {TUK} referred me.",
    "I grew up in {TAB}, and the nurse spoke my language.",
    "We had driven over from {TUS} to visit family.",
    "My granddaughter lives in {TWA} and rang the ward every day.",
    "I used to live in {TSC} and the service there was no better.",
    "The taxi from {TUK} cost a fortune.",
    "We were passing through {TUK} on the way to {TSC}.",
    "My partner is from {TAB} and found the staff very welcoming.",
    "Even out in {VILL} the crew arrived within the hour.",
    "Back home in {TIE} I'd still be waiting.",
    "My son is at uni in {TUK}, so it was just me.",
    "We have family in {TAB} who couldn't believe how quick it was.",
    "Dad is from {TAB} and the chaplain found someone who spoke his language.",
    "We moved to {TUK} for my husband's job.",
    "I live out past {VILL}, miles from anywhere.",
    "My sister flew over from {TUS} to help.",
    "came from {TUK:lc} and was seen quick",
    "Got the train in from {TWA}.",
    "Staying with my daughter in {TUK} while I recover.",
    "Our nearest A&E is {TUK} and that's forty minutes away.",
    "I've been coming here from {TNI} for years.",
    "Mum came over from {TAB} for the birth.",
    "My nephew in {TUS} set up the video call for us.",
    "The bus from {VILL} only runs twice a day.",
    "We were up visiting from {TUK} when the baby came early.",
    "Holidaying in {TSC} when I fell, so I'm grateful to the team there and here.",
    "Had my first treatment in {TAB} and this was just as good.",
    "My brother drove from {TWA} and was allowed in to see me.",
    # ---- dates below the year
    "I was seen on {DDM} and again a week later.",
    "My appointment on {DWD} was cancelled the night before.",
    "Came in on {DNUM} with chest pains.",
    "Discharged {DWD}, home by tea time.",
    "Transport was booked for {DWD} but never turned up.",
    "Since my op on {DDM} I have had no follow up at all.",
    "I rang on the {DDAY} and nobody got back to me.",
    "Admitted {DNUM}, home a week later.",
    "My first visit was {DDM} and they've been brilliant ever since.",
    "The letter dated {DNUM} arrived after the appointment.",
    "Waited from {DWD} to {DWD} for a bed.",
    "Our baby arrived on {DDM}, two weeks early.",
    "My scan was {DWD} and I had the results the same week.",
    "On {DDM} I waited four hours in A&E.",
    "Last seen {DNUM}.",
    "The crew came out on {DWD} around teatime.",
    "I've been coming since {DDM} and never had a problem.",
    "We were told to come back on the {DDAY} but the clinic was shut.",
    "Appt {DWD} - on time, in and out.",
    "The visit on {DNUM} felt rushed.",
    "My husband's op was {DDM}, he was home the next day.",
    "I phoned on {DWD} and got a call back the same afternoon.",
    "The follow-up letter says {DNUM} but nobody told me.",
    "Booked in for {DDM}, seen early.",
    "My results came back {DWD}, which was quicker than I expected.",
    "Last week ({DWD}) the transport was late again.",
    "Started the course on {DDM} and finished last week.",
    "Went into labour {DWD} night and the midwives were amazing.",
    "I was sent home on {DDM} with no medication.",
    "The ambulance came on {DNUM} within twenty minutes.",
    # ---- ages over 89
    "Not bad for a {AGE} year old!",
    "My nan is {AGE} and they treated her like a queen.",
    "At {AGEW} my dad doesn't like a fuss, but they put him at ease.",
    "I am {AGE} and live alone, so the phone call afterwards meant a lot.",
    "Mum turned {AGE} while she was on the ward and the nurses made her a card.",
    "My {AGE}-year-old grandad was seen quickly.",
    "Aged {AGE} and still independent, I was treated with respect.",
    "My aunt, who is {AGEW}, was treated with such patience.",
    "Being {AGE} I can't manage the stairs at the station.",
    "Dad is {AGE}yo and hard of hearing, and they spoke up for him.",
    "{AGE} years young and they still listened to me!",
    "My husband is {AGEW} and was treated with dignity.",
    "For someone who is {AGE}, mum was given a lot of time.",
    "Grandma is {AGE} and she said it was the best care she's had.",
    "I'm {AGE} next birthday and I've never been looked after so well.",
    "At {AGE} I don't bounce back as quick, but the physio was patient.",
    "My mother-in-law ({AGE}) was in for a week.",
    "I'm a {AGE} year old widow and the staff made me feel safe.",
    "my grandad is {AGE} and they spoke to him like an adult not a child",
    "Mum is {AGEW} and deaf, and they wrote everything down for her.",
    # ---- addresses
    "Please send letters to {ADDR} not my old address.",
    "We live on {ADDRN} and the ambulance found us no bother.",
    "The transport went to {ADDR} instead of my house.",
    "My address is {ADDR} if you want to reply.",
    "My mum is at {ADDRCARE} now.",
    "Our house ({ADDR}) is hard to find, but the crew managed.",
    "They kept sending letters to {ADDR}, where I lived years ago.",
    "Dad lives at {ADDR} and needs the visits there.",
    "I'm staying at my daughter's, {ADDR}, for now.",
    "We're at {ADDRUS} for the winter, so phone rather than write.",
    "Write to me at {ADDR}.",
    "The driver couldn't find {ADDRN}, which happens a lot.",
    "I live at {ADDR} and the district nurses come daily.",
    "Please update my address to {ADDR}.",
    "Picked up from {ADDRN} bang on time.",
    "My mother is now in {ADDRCARE}.",
    # ---- hospital and reference numbers
    "My hospital number is {HOSP}.",
    "Hosp no {HOSP} - the letter had the wrong clinic on it.",
    "Please quote {HOSP} if you reply.",
    "{HOSP} is my unit number in case you need to look me up.",
    "MRN {HOSP}.",
    "My reference on the letter is {HOSP}.",
    "Booking ref {HOSP} was cancelled without telling me.",
    "The number on my wristband was {HOSP}.",
    "Complaint ref {HOSP}, still no reply.",
    "My K number is {HOSP}.",
    "Case number {HOSP}.",
    "PAS no. {HOSP}",
    "The ref they gave me when I first rang was {HOSP}.",
    "My dad's hospital number is {HOSP}, if that helps.",
    "Job no {HOSP} - the crew never came.",
    "Ref: {HOSP}",
    "The number on the top of the letter is {HOSP}.",
    # ---- dates of birth
    "My date of birth is {DOB} and they still had it wrong.",
    "DOB {DOB}.",
    "Mum's DOB is {DOBO}, in case you need to find her.",
    "My son's date of birth is {DOBC} and the letter had it wrong.",
    "They put my birthday as something else, it's {DOB}.",
    "D.O.B: {DOB}",
    "I was born {DOB}, so I'm not as young as I was.",
    # ---- phones
    "Ring me on {PHONE} if you want to know more.",
    "My mobile is {PHONE}.",
    "Best number is {PHONE}, after six.",
    "You can reach my daughter on {PHONE}.",
    "Tel {PHONE}",
    "Text {PHONE} please, I struggle on the phone.",
    "Home phone is {PHONE} if you want to discuss this.",
    # ---- e-mails
    "Happy to be contacted at {EMAIL}.",
    "My email is {EMAIL}.",
    "Please email {EMAIL} with the outcome.",
    "Send the forms to {EMAIL} as my post goes astray.",
    # ---- NHS numbers
    "NHS no. {NHS}",
    "My NHS number is {NHS} for reference.",
    "Mum's NHS number: {NHS}.",
    "{NHS} is my NHS number.",
    # ---- postcodes
    "We're in {PC}, which is out of area apparently.",
    "Our postcode is {PC} and the sat nav still sends people round the houses.",
    "postcode is {PC} for the record",
    "The app wouldn't take my postcode, {PC}.",
    "I live in {PC} and there is no bus.",
    "The transport had my postcode down as {PC} - it isn't.",
    # ---- ZIP codes
    "We winter in {ZIPCITY}, so post may take a while.",
    "Forward any letters to my son in {ZIPCITY}.",
    "Visiting from the States (zip {ZIP}), and the care was better than at home.",
    "Our insurance needs the ZIP, which is {ZIP}.",
    # ---- URLs
    "We raised money for the ward: {URL}",
    "I wrote about my stay here: {URL}",
    "Photos from our fundraiser are at {URL} if the staff want to see.",
    "Our page is {URL} - thank you all.",
    # ---- two details
    "My daughter {F} is on {PHONE} if I don't answer.",
    "You can email me, {NF}, at {EMAIL}.",
    "Re: {NF}, DOB {DOB}.",
    "My mum ({FF}, {AGE}) was treated with such dignity.",
    "Dad ({MF}, {AGE}) was seen within the hour.",
    "Came up from {TUK} on {DDM} and was seen straight away.",
    "My husband {MF} (hospital no. {HOSP}) was moved without us being told.",
    "My nan {F} is {AGE} and was so well looked after.",
    "I'm staying with my son {M} in {TUK} for now.",
    "Patient: {NF}, NHS number {NHS}.",
    "Contact my son {M} on {PHONE}.",
    "My mum {F} came over from {TAB} to help with the baby.",
    "Seen by Dr {SUR} on {DWD}.",
    "{F} rang me on {DWD} to check in, which was lovely.",
    "My wife {FF}, who is {AGEW}, was seen at home.",
    "Our address is {ADDR}, tel {PHONE}.",
    "We raised money in memory of my dad {MF}: {URL}",
    "Send any letters for {NF} to {ADDR}.",
    "Nurse {F} came out to {VILL} in the snow.",
]

OPENERS = [
    "Re: {NF}, hospital no {HOSP}",
    "Patient: {NF}, DOB {DOB}",
    "To {F} and the team,",
    "Dear {F},",
    "For the attention of Sister {SUR}:",
    "Re my mum {FF} ({AGE})",
    "From {NF}, {TUK}:",
    "RE: {NF:uc}",
    "Ref {HOSP}",
]

SIGNOFFS = [
    "Kind regards,\n{NF}",
    "From {NF} and family.",
    "Thanks again, {F} x",
    "Many thanks\n{NF}\nDOB {DOB}",
    "{NF}\n{ADDRML}",
    "Yours sincerely\n{NF}\nTel {PHONE}",
    "Love from {F} and {M} xx",
    "{FF} (Mrs), {TUK}",
    "Best wishes, {NF} ({EMAIL})",
    "Regards {NF}\nNHS no {NHS}",
    "Many thanks,\n{NF}\n{ADDR}\n{PHONE}",
]

DECOYS = [
    "Will definitely recommend to friends.", "Grace under pressure from every single one of them.",
    "Frank conversation with the consultant, which I needed.", "Hope to not be back too soon!",
    "Joy of joys, a parking space.", "Mark my words, this is the best ward in the hospital.",
    "Rose-tinted glasses aside, it really was good.", "Sky-high parking charges though.",
    "Sunny waiting room with plenty of chairs.", "Angel of a nurse on nights.",
    "Star service from start to finish.", "Miracle workers, all of them.",
    "Justice would be a pay rise for the porters.", "Mercy me, what a wait for the pharmacy.",
    "Lucky to have this service on our doorstep.", "Precious little information about what happens next.",
    "Faith in the NHS restored.", "Patience was wearing thin by the fourth hour.",
    "Bob's your uncle, in and out in twenty minutes.", "Penny dropped when the doctor drew me a diagram.",
    "Dawn start for the transport but worth it.", "Holly and tinsel on the ward made it feel festive.",
    "Amber warning on the roads and still they came.", "Ruby red jelly for pudding, a nice touch.",
    "Pat on the back to the whole team.", "Bill for the parking was the only downside.",
    "Jack of all trades, the HCA did everything.", "Cliff edge when the support stopped after six weeks.",
    "Rusty wheelchair at the entrance needs replacing.", "Earl Grey tea offered, a lovely touch.",
    "Summer or winter, the drivers are on time.", "Honey on my toast, the first thing I'd eaten in days.",
    "Prince of a service.", "Royal treatment all round.", "Goodness knows how they cope with the numbers.",
    "Treasure these staff.", "Charity shop in the foyer is a nice idea.",
    "Ivy growing over the entrance sign, you can't read it.", "Daisy chain of corridors to get to the clinic.",
    "Crystal clear explanations.", "Pearl of a nurse.", "Misty windows in the waiting area.",
    "Chase up of my results took weeks.", "Sterling effort all round.", "Gift of the gab, the porter had.",
    "Blessing in disguise that I came in when I did.", "Marvel of modern medicine.",
    "Grace period on the car park would help.", "Will power needed for the hospital food!",
    "Frank and honest advice.", "Hope springs eternal for the new car park.", "Angel cake with the tea!",
    "Lucky me, seen first.", "Star of the show was the tea trolley.",
]


def template_types(tpl):
    out = []
    for m in SLOT_RE.finditer(tpl):
        t = SLOT_TYPE[m.group(1)]
        if t:
            out.append(t)
    return out


def name_list(ctx, n, run_together=False, gender=None):
    """n invented first names (separate entities) joined the way people list them."""
    g = [gender or R.choice("fm") for _ in range(n)]
    names = [gen_name(wchoice(["first", "nick", "word", "full"], [70, 12, 10, 8]), g[i], name_case(ctx["style"]))
             for i in range(n)]
    if n == 2:
        seps = [wchoice([" and ", " & ", " + ", "/", ", "], [5, 3, 1, 2, 1])]
    elif run_together:
        seps = wchoice([[",", " and "], [",", ","], [",", " & "], [", ", ","]], [4, 2, 1, 1])
    else:
        seps = wchoice([[", ", " and "], [", ", " & "], ["/", "/"], [", ", ", "], [" and ", " and "]], [5, 2, 1, 1, 1])
    out = [names[0]]
    for i in range(1, n):
        out.append(seps[i - 1])
        out.append(names[i])
    ctx["last_name"] = names[-1][1]
    return out


_name_list = name_list


def render_slot(key, mod, ctx):
    ctx.setdefault("used", set())
    for _ in range(8):
        parts = _render_slot(key, mod, ctx)
        vals = [p[1].lower() for p in parts if is_ent(p)]
        if not any(v in ctx["used"] for v in vals):
            break
    ctx["used"].update(p[1].lower() for p in parts if is_ent(p))
    return parts


def _render_slot(key, mod, ctx):
    style = ctx["style"]
    case = {"lc": "lower", "uc": "upper"}.get(mod) or name_case(style)
    if key in ("F", "M", "N"):
        g = {"F": "f", "M": "m"}.get(key) or R.choice("fm")
        e = gen_name("first", g, case)
    elif key in ("FF", "MF", "NF"):
        g = {"FF": "f", "MF": "m"}.get(key) or R.choice("fm")
        e = gen_name(wchoice(["full", "wordfull"], [92, 8]), g, case)
    elif key in ("SUR", "SURF", "SURM"):
        e = gen_surname_ent(case, {"SURF": "f", "SURM": "m"}.get(key))
    elif key == "SURLC":
        e = gen_surname_ent("lower")
    elif key in ("NICKF", "NICKM"):
        e = gen_name("nick", key[-1].lower(), case)
    elif key in ("WORDF", "WORDM"):
        e = gen_name("word", key[-1].lower(), case)
    elif key == "INIT":
        e = gen_name("init", None, case)
    elif key in ("HYF", "HYM"):
        e = gen_name("hyfirst", key[-1].lower(), case)
    elif key in ("ANYF", "ANYM"):
        e = gen_name(any_first_kind(), key[-1].lower(), case)
    elif key == "L2":
        return name_list(ctx, 2)
    elif key == "L3":
        return name_list(ctx, 3)
    elif key == "L3R":
        return name_list(ctx, 3, run_together=True)
    elif key == "BED":
        return [str(R.randint(1, 14))]
    elif key == "TOWN":
        return render_slot(wchoice(["TUK", "TSC", "TWA", "TNI", "TIE", "TAB", "VILL"], [8, 2, 2, 1, 1, 2, 2]), None, ctx)
    elif key == "TUK":
        return [ent("TOWN", R.choice(list(ENGLISH_TOWNS)), where="England")]
    elif key == "TSC":
        return [ent("TOWN", R.choice(list(SCOTTISH_TOWNS)), where="Scotland")]
    elif key == "TWA":
        return [ent("TOWN", R.choice(list(WELSH_TOWNS)), where="Wales")]
    elif key == "TNI":
        return [ent("TOWN", R.choice(list(NI_TOWNS)), where="Northern Ireland")]
    elif key == "TIE":
        return [ent("TOWN", R.choice(list(IRISH_TOWNS)), where="Ireland")]
    elif key == "VILL":
        return [ent("TOWN", R.choice(list(ENGLISH_VILLAGES)), where="English village")]
    elif key == "TUS":
        c, ab, st, _ = R.choice(US_CITIES)
        tail = wchoice(["", ", " + st, ", " + ab], [4, 4, 2])
        return [ent("TOWN", c, where="US")] + ([tail] if tail else [])
    elif key == "TAB":
        c, co = R.choice(ABROAD)
        out = [ent("TOWN", c, where="abroad")]
        if co and R.random() < 0.4:
            out.append(" in " + co if R.random() < 0.3 else ", " + co)
        return out
    elif key == "RURAL":
        county, town = R.choice(RURAL_PAIRS)
        return [ent("TOWN", county, where="county"), " near ", ent("TOWN", town, where="rural town")]
    elif key in ("DATE", "DWD", "DDM", "DNUM", "DDAY"):
        kind = {"DWD": "wd", "DDM": "dm", "DNUM": "num", "DDAY": "day"}.get(key)
        v, k = gen_date(kind)
        return [ent("DATE", v, form=k)]
    elif key in ("AGE", "AGEW"):
        v, k = gen_age(True if key == "AGEW" else None)
        return [ent("AGE_OVER_89", v, form=k)]
    elif key == "ADDR":
        v, form = gen_address(wchoice([None, "us"], [12, 1]))
        return [ent("ADDRESS", v, form=form)]
    elif key == "ADDRN":
        return [ent("ADDRESS", gen_address_narrative(), form="narrative")]
    elif key == "ADDRUS":
        v, form = gen_address("us")
        return [ent("ADDRESS", v, form=form)]
    elif key == "ADDRCARE":
        v, form = gen_address("care")
        return [ent("ADDRESS", v, form=form)]
    elif key == "ADDRML":
        v, form = gen_address(R.choice(["eng_ml", "house", "scot"]))
        if "\n" not in v:
            v = v.replace(", ", "\n")
            form += ", over several lines"
        return [ent("ADDRESS", v, form=form)]
    elif key == "HOSP":
        v, fid = gen_hospital_number()
        return [ent("HOSPITAL_NUMBER", v, form=fid)]
    elif key in ("DOB", "DOBC", "DOBO"):
        return [ent("DATE_OF_BIRTH", gen_dob(key == "DOBC", key == "DOBO"))]
    elif key == "PHONE":
        v, form = gen_phone()
        return [ent("PHONE", v, form=form)]
    elif key == "EMAIL":
        return [ent("EMAIL", email_from(ctx.get("last_name")))]
    elif key == "NHS":
        return [ent("NHS_NUMBER", gen_nhs())]
    elif key == "PC":
        t, oc, _, _ = pick_uk_town()
        return [ent("POSTCODE", postcode_from(oc))]
    elif key == "ZIP":
        return [ent("ZIP", gen_zip())]
    elif key == "ZIPCITY":
        c, ab, st, z = R.choice(US_CITIES)
        if R.random() < 0.5:
            return [ent("TOWN", c, where="US"), ", " + ab + " ", ent("ZIP", gen_zip(z))]
        return [ent("TOWN", c, where="US"), " (zip ", ent("ZIP", gen_zip(z)), ")"]
    elif key == "URL":
        return [ent("URL", gen_url(ctx.get("last_name")))]
    else:
        raise KeyError(key)
    ctx["last_name"] = e[1]
    return [e]


def apply_style(parts, style):
    out = []
    for p in parts:
        if is_ent(p):
            if style == "lower" or (style == "upper" and p[0] not in ("EMAIL", "URL")):
                p = (p[0], recase(p[1], style), dict(p[2], case=style) if p[0] == "NAME" else p[2])
            out.append(p)
        else:
            out.append(recase(p, style))
    return out


def render_template(tpl, style):
    ctx = {"style": style}
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            parts.append(tpl[pos:m.start()])
        parts.extend(render_slot(m.group(1), m.group(2), ctx))
        pos = m.end()
    if pos < len(tpl):
        parts.append(tpl[pos:])
    return apply_style(parts, style)


# ---------------------------------------------------------------------------------------------
# Records: a list of chunks [text, etype or None, is_original_text, meta]
# ---------------------------------------------------------------------------------------------
class Record:
    def __init__(self, rid, original, source):
        self.id = rid
        self.original = original
        self.source = source          # "marker" or "clean"
        self.chunks = [[original, None, True, {}]]
        self.head = []   # opener chunks, always first
        self.tail = []   # sign-off chunks, always last
        letters = [c for c in original if c.isalpha()]
        ups = sum(c.isupper() for c in letters)
        if letters and ups == 0:
            self.style = "lower"
        elif letters and ups / len(letters) > 0.8:
            self.style = "upper"
        else:
            self.style = "normal"
        low = " " + original.lower() + " "
        she = len(re.findall(r"\b(she|her|herself)\b", low))
        he = len(re.findall(r"\b(he|him|his|himself)\b", low))
        self.gender = "f" if she > he else "m" if he > she else None
        self.used_templates = set()
        self.rules_used = []
        self.n_carriers = 0
        self.has_opener = False
        self.has_signoff = False
        self.decoy = None

    def all_chunks(self):
        return self.head + self.chunks + self.tail

    def n_entities(self, etype=None):
        return sum(1 for c in self.all_chunks() if c[1] and (etype is None or c[1] == etype))

    def body_text(self):
        return "".join(c[0] for c in self.chunks)

    def text(self):
        return "".join(c[0] for c in self.all_chunks())

    def context(self, ci, a, b):
        before = "".join(c[0] for c in self.chunks[:ci]) + self.chunks[ci][0][:a]
        after = self.chunks[ci][0][b:] + "".join(c[0] for c in self.chunks[ci + 1:])
        return before, after

    def replace(self, ci, a, b, parts, how):
        text = self.chunks[ci][0]
        new = []
        if a > 0:
            new.append([text[:a], None, True, {}])
        for p in parts:
            if is_ent(p):
                new.append([p[1], p[0], False, dict(p[2], how=how)])
            elif p:
                new.append([p, None, False, {}])
        if b < len(text):
            new.append([text[b:], None, True, {}])
        self.chunks[ci:ci + 1] = new

    def entities(self):
        out, pos = [], 0
        for c in self.all_chunks():
            if c[1]:
                out.append({"start": pos, "end": pos + len(c[0]), "type": c[1], "value": c[0],
                            "profiles": ["hipaa_safe_harbor"] if c[1] in HIPAA_ONLY else list(BOTH)})
            pos += len(c[0])
        return out

    def metas(self):
        return [(c[1], c[0], c[3]) for c in self.all_chunks() if c[1]]

    def fix_adjacent(self):
        """Two details of one type with only whitespace between: put a full stop in the inserted gap."""
        chunks = self.all_chunks()
        last = None
        gap = []
        for c in chunks:
            if c[1]:
                if last is not None and last[1] == c[1] and all(g[0].strip() == "" for g in gap):
                    fixable = [g for g in gap if not g[2]]
                    if not fixable:
                        raise ValueError("same-type details separated by original whitespace: " + self.id)
                    fixable[0][0] = "." + fixable[0][0]
                last, gap = c, []
            else:
                gap.append(c)


# ---------------------------------------------------------------------------------------------
# Reading the comments, exclusions and the clean-comment check
# ---------------------------------------------------------------------------------------------
def read_ids(paths):
    ids = set()
    for rel in paths:
        path = os.path.join(ROOT, rel)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])  # only the id is kept
    return ids


def read_comments(fft_dir):
    out = []
    with open(os.path.join(fft_dir, "fft_phase1.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.append(("fft1:" + row["row_index"], row["feedback"].strip(), "phase1"))
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.append(("fft2:" + row["Comment ID"], row["FFT answer"].strip(), "phase2"))
    return out


TOKEN_RE = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*")
ALL_FIRST_NAMES = set()
for _f, _m, _s in COMMUNITIES.values():
    ALL_FIRST_NAMES.update(x.lower() for x in _f + _m)
ALL_FIRST_NAMES.update(x.lower() for x in NICK_F + NICK_M + HYPHEN_FIRST_F + HYPHEN_FIRST_M)
ALL_SURNAMES = set()
for _f, _m, _s in COMMUNITIES.values():
    ALL_SURNAMES.update(x.lower() for x in _s)
WORD_NAMES = set(x.lower() for x in WORD_F + WORD_M)
# Real first names people write in these comments that the lists above lack.
COMMON_REAL_NAMES = set(("sharon michael james paul amanda claire travis john david susan karen julie helen sarah emma "
                         "peter andrew chris christine linda mary elizabeth anne ann tina sam jo kate jane lynn "
                         "george elliot marie richard robert ian alan kevin sue pat ben dan jack jackie "
                         "nicky becky katie lucy sophie hannah jess rachel rebecca laura jenny michelle").split())
ALLOWED_CAPS = set(("i i'm i've i'd i'll im ive id nhs covid dr mr mrs ms gp ae a&e afterall couldnt").split())
MONTH_RE = re.compile(r"\b(january|february|april|june|july|august|september|october|november|december)\b", re.I)
MONTH_CAP_RE = re.compile(r"\b(May|March|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
HOLIDAY_RE = re.compile(r"\b(christmas|xmas|easter|new year|boxing day|bank holiday|birthday)\b", re.I)
TITLE_CAP_RE = re.compile(r"\b(Dr|DR|Mr|MR|Mrs|MRS|Ms|Miss|Sister|Nurse|Prof|Doctor|Matron|Sr)\.?\s+[A-Z]")
TITLE_LOW_RE = re.compile(r"\b(dr|mr|mrs|miss|ms|sister|nurse|prof|doctor|matron)\.?\s+([a-z]+)")
BAD_BITS = ("@", "http", "www", ".com", ".co.uk", ".org", ".net", "#", "|", "[", "]", "{", "}", "<", ">",
            "redact", "name removed", "xxx", "*")


class Vocab:
    def __init__(self, comments):
        self.low = Counter()
        for _, t, _ in comments:
            for w in TOKEN_RE.findall(t):
                w = w.replace("’", "'")
                if w == w.lower():
                    self.low[w.strip("'")] += 1
                    if w.endswith("'s"):
                        self.low[w[:-2]] += 1

    def common(self, w, k=2):
        w = w.replace("’", "'").lower().strip("'")
        if self.low[w] >= k:
            return True
        if w.endswith("'s") and self.low[w[:-2]] >= k:
            return True
        return False


def places_in(text_lower):
    for p in PLACE_CHECK_RE.findall(text_lower):
        return p
    return None


PLACE_CHECK_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(p) for p in CHECK_PLACES), key=len, reverse=True)) + r")\b")


def clean_reason(text, vocab, allow=()):
    """Why a comment (markers already blanked out) cannot be used, or None."""
    low = text.lower()
    for b in BAD_BITS:
        if b in low:
            return "marker or link: " + b
    if re.search(r"\d{3,}|\d\s*[/.:-]\s*\d|\b\d+\s*(st|nd|rd|th)\b|\b9\d\b", low):
        return "number"
    if re.search(r"\b(ninety|centenarian|hundred years|telegram from the queen)\b", low):
        return "age"
    if MONTH_RE.search(text) or MONTH_CAP_RE.search(text) or HOLIDAY_RE.search(text):
        return "month or holiday"
    if TITLE_CAP_RE.search(text):
        return "title + capital"
    for m in TITLE_LOW_RE.finditer(text):
        if not vocab.common(m.group(2), 5):
            return "title + rare word"
    p = places_in(low)
    if p:
        return "place: " + p
    letters = [c for c in text if c.isalpha()]
    all_lower = letters and not any(c.isupper() for c in letters)
    sentence_start = True
    for m in re.finditer(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*|[.!?\n]", text):
        w = m.group(0)
        if w in ".!?\n":
            sentence_start = True
            continue
        wl = w.lower().replace("’", "'")
        base = wl[:-2] if wl.endswith("'s") else wl
        if base in COMMON_REAL_NAMES or (base in ALL_FIRST_NAMES and not vocab.common(base, 20)):
            if w[0].isupper() or all_lower:
                return "name: " + w
        if base in ALL_SURNAMES and w[0].isupper() and not vocab.common(base, 20):
            return "surname: " + w
        if w[0].isupper():
            if base in WORD_NAMES and not (sentence_start and base == "will"):
                return "word-like name with capital: " + w
            if wl in ALLOWED_CAPS or base in ALLOWED_CAPS or w in allow:
                pass
            elif w.isupper() and len(w) <= 5 and not all(c in "IVX" for c in w) and wl not in ALL_FIRST_NAMES:
                pass  # acronym
            elif not vocab.common(base, 2):
                return "capitalised word never written in lower case: " + w
        elif all_lower and not vocab.common(base, 3):
            return "rare lower-case word: " + w
        sentence_start = False
    return None


# ---------------------------------------------------------------------------------------------
# Redaction markers in the real comments (XXXX, *, [name redacted], DATE REDACTED, ...)
# ---------------------------------------------------------------------------------------------
MARKER_RE = re.compile(
    r"(?P<x>(?<![\w])[Xx]{3,5}(?![\w]))"
    r"|(?P<star>(?<![\w*])\*{1,7}(?![\w*]))"
    r"|(?P<name>\[(?:[Nn]ame [Rr]edacted|NAME REDACTED|Redacted)\]|NAME REDACTED)"
    r"|(?P<date>\[Date [Rr]edacted\]|DATE REDACTED)"
    r"|(?P<addr>\(ADDRESS REDACTED\))")
PERSON_PREV = set(("thank thanks thankyou you to from with by saw see met especially esp particularly nurse "
                   "dr doctor mrs mr miss ms sister physio ot like and visit worker podiatrist counsellor "
                   "midwife called named dear tell for after of about housekeeper consultant surgeon mentor "
                   "sn hca staff radiographer physiotherapist is was name are care cared but as "
                   "team: , ( - lovely our my had have").split())
PERSON_NEXT = set(("was is has had and were are did came gave made took explained listened helped answered "
                   "phoned rang covered put spent attended visited usually especially very brilliant so who "
                   ", 's ’s ( - as at from for reported stated seemed always needs hands hand on in one hca ot "
                   "radiographer the to said decided listens listened gained brilliant excellent perfect "
                   "clinical has been kept need . ! ) x : ; i would could really looked the play everything "
                   "deserves dealt a").split())
TITLE_PREV = set("dr doctor mr mrs miss ms prof professor sister matron".split())
PERSON_STRICT = set(("thank thanks thankyou you to from with by saw see met especially esp particularly nurse dr "
                     "doctor mrs mr miss ms sister physio ot and , dear").split())
STRONG_NEXT = set(("was is has had were are did came gave made took explained listened helped answered phoned rang "
                   "covered put spent attended visited usually reported stated seemed always needs hands hand said "
                   "decided listens gained kept deserves dealt looked really could would is been who especially "
                   "brilliant excellent perfect hca ot radiographer").split())
ROLE_PREV = set(("nurse physio ot podiatrist counsellor midwife worker hca sn radiographer physiotherapist "
                 "consultant surgeon housekeeper mentor therapist visitor staff").split())


def _word_before(before):
    m = re.search(r"(?:([\w'’&]+)\.?|([,(\-:]))\s*$", before)
    if not m:
        return ""
    return (m.group(1) or m.group(2)).lower()


def _word_after(after):
    m = re.match(r"\s*([\w'’]+|[^\w\s])", after)
    return m.group(1).lower() if m else ""


def marker_slots(text):
    """Classify the markers of a comment; return a list of slots or None if one is unusable."""
    ms = list(MARKER_RE.finditer(text))
    if not ms:
        return None
    slots = []
    i = 0
    while i < len(ms):
        m = ms[i]
        a, b = m.start(), m.end()
        kind = m.lastgroup
        full = False
        # two markers with one space between them: one full name ("* *", "XXX XXX")
        if kind in ("x", "star") and i + 1 < len(ms) and ms[i + 1].lastgroup == kind and ms[i + 1].start() == b + 1 \
                and text[b] == " ":
            b = ms[i + 1].end()
            full = True
            i += 1
        i += 1
        if i < len(ms) and text[b:ms[i].start()].strip() == "" and ms[i].lastgroup in ("x", "star", "name"):
            return None  # two markers with only whitespace between them
        before, after = text[:a], text[b:]
        pw, nw = _word_before(before), _word_after(after)
        if kind == "date":
            slots.append((a, b, "DATE", None))
            continue
        if kind == "addr":
            slots.append((a, b, "ADDRESS", None))
            continue
        raw = text[a:b]
        if kind == "x" and raw.islower() and not full:
            # lower-case x's at the end of a comment or a line are kisses, left as they are
            if (after.strip() == "" or after.startswith(("\n", "\r")) or nw in ("!", ".") and after.strip() in (".", "!", "!!")) \
                    and pw not in ("and", ",", "&", "by", "with", "from", "dr", "nurse", "to", "saw", "see"):
                continue
        if kind == "star" and (re.match(r"\s*star", after, re.I) or re.search(r"\d\s*$", before)):
            return None
        if nw == "ward" or pw in ("on", "the", "at", "in", "into", "onto"):
            return None  # a ward or a place, not a person
        if re.search(r"(?i)\b(staff|team|nurses|everyone|people|ward|unit)\s+(from|on|at|in)\s*$", before):
            return None  # "all the staff from *": a ward or a place
        if pw in ("his", "her", "my", "their", "our", "your", "a", "an"):
            return None  # "His XXXX is ...": a noun was taken out, not a name
        if kind == "star" and re.search(r"(^|\n)\s*$", before) and re.match(r"\s+[A-Z]", after) \
                and not re.match(r"\s+(Is|Has|Was)\b", after):
            return None  # a bullet point
        if kind == "x" and raw.islower() and not (pw in PERSON_STRICT or nw in STRONG_NEXT):
            return None  # lower-case x's mid-sentence that may be a swear word
        if not (pw in PERSON_PREV or nw in STRONG_NEXT or before.strip() == "" or kind == "name"
                or (re.search(r"[.!?]\s*$", before) and nw in PERSON_NEXT)):
            return None
        sub = "first"
        if full or re.search(r"my name is\s*$|sincerely\s*$", before, re.I):
            sub = "full"
        elif pw in TITLE_PREV:
            sub = "title:" + pw
        elif pw in ROLE_PREV:
            sub = "role"
        slots.append((a, b, "NAME", sub))
    return slots


def marker_gender(after, default):
    m = re.search(r"\b(she|her|herself|lady|woman|girl|he|him|his|himself|man|gentleman|chap|lad|guy|bloke)\b",
                  after[:140], re.I)
    if m:
        return "f" if m.group(1).lower() in ("she", "her", "herself", "lady", "woman", "girl") else "m"
    return default or R.choice("fm")


def fill_markers(rec, slots):
    text = rec.original
    parts = []
    pos = 0
    previous = []
    for a, b, kind, sub in slots:
        if a > pos:
            parts.append(("ORIG", text[pos:a]))
        raw = text[a:b]
        if kind == "DATE":
            v, k = gen_date()
            parts.append(ent("DATE", recase(v, rec.style) if rec.style != "normal" else v, form=k, how="marker"))
        elif kind == "ADDRESS":
            v, form = gen_address(R.choice(["eng", "nopc", "village"]))
            parts.append(ent("ADDRESS", recase(v, rec.style) if rec.style != "normal" else v, form=form, how="marker"))
        else:
            g = marker_gender(text[b:], rec.gender)
            if rec.style in ("lower", "upper"):
                case = rec.style
            elif raw.islower() and raw.startswith("x"):
                case = "lower" if R.random() < 0.3 else "normal"
            else:
                case = name_case("normal", 0.05)
            if sub == "full":
                e = gen_name("full", g, case)
            elif sub.startswith("title:"):
                t = sub[6:]
                g = "m" if t == "mr" else ("f" if t in ("mrs", "miss", "ms", "sister") else g)
                e = gen_surname_ent(case, g)
            elif sub == "role":
                e = gen_name(wchoice(["first", "full", "word", "nick"], [66, 18, 10, 6]), g, case)
            else:
                pw = _word_before(text[:a])
                nw = _word_after(text[b:])
                # "XXXX was great ... Thank you XXXX": the thanks at the end are often for the same person
                if previous and pw in ("you", "thankyou", "thanks", "thank-you") and nw in PUNCT_NEXT \
                        and a - previous[0][1] > 40 and R.random() < 0.5:
                    e = previous[0][0]
                elif previous and re.fullmatch(r"[.!]+\s+", text[previous[-1][1]:a]) and R.random() < 0.7:
                    e = previous[-1][0]  # "thanks to XXXX. XXXX is a truly fantastic ...": the same person
                else:
                    e = gen_name(any_first_kind(), g, case)
            if not sub.startswith("title"):
                previous.append((e, b))
            parts.append(("NAME", e[1], dict(e[2], how="marker")))
        pos = b
    if pos < len(text):
        parts.append(("ORIG", text[pos:]))
    rec.chunks = []
    for p in parts:
        if p[0] == "ORIG":
            rec.chunks.append([p[1], None, True, {}])
        else:
            rec.chunks.append([p[1], p[0], False, p[2]])


def blank_markers(text, slots):
    out, pos = [], 0
    for a, b, _, _ in slots:
        out.append(text[pos:a])
        out.append(" ")
        pos = b
    out.append(text[pos:])
    s = "".join(out)
    # lower-case kisses left in place are not a problem for the check
    return re.sub(r"\bx{2,}\b", " ", s)


# ---------------------------------------------------------------------------------------------
# In-place rules: a detail slipped into the patient's own sentence
# ---------------------------------------------------------------------------------------------
PUNCT_NEXT = set(list(".,!?;:)") + [""])
VERB_NEXT = set(("was were is has had did came took made gave explained listened helped treated saw kept put "
                 "called rang phoned spoke talked looked dealt showed arrived went told asked understood could "
                 "would seemed who that couldn't didn't wasn't got sorted reassured introduced knew noticed "
                 "answered checked stayed really very always never also just made went came gave did "
                 "on in at and").split())
PREV_PERSON_RULE = set("by from with to thank thanks saw see met for".split())
DOC_ROLES = set("doctor dr gp consultant surgeon registrar anaesthetist psychiatrist".split())
NURSE_ROLES = {"nurse", "staff nurse", "district nurse", "community nurse", "specialist nurse", "student nurse",
               "sister", "matron", "nurse practitioner"}
PEOPLE_ROLES = set("lady gentleman man woman girl lad chap guy gent".split())
FEMALE_WORDS = set("lady woman girl sister matron mum mother nan nana nanna gran granny grandma grandmother wife "
                   "daughter aunt auntie niece granddaughter stepdaughter fiancee mother-in-law".split())
MALE_WORDS = set("gentleman man lad chap guy gent dad father husband son grandad grandfather brother uncle nephew "
                 "grandson stepson fiance father-in-law boy".split())
ELDER_RELS = set(("mum mother dad father nan nana nanna gran granny grandad grandma grandmother grandfather aunt "
                  "auntie uncle mother-in-law father-in-law husband wife").split())


def sentence_cap(before):
    return before.strip() == "" or bool(re.search(r"[.!?\n]\s*$", before))


def match_case(word, like):
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _nm(rec, kind=None, g=None, p_lower=0.06):
    kind = kind or wchoice(["first", "full", "nick", "word", "hyfirst"], [68, 14, 7, 8, 3])
    return gen_name(kind, g or rec.gender or R.choice("fm"), name_case(rec.style, p_lower))


nm = _nm


def sur(rec, g=None, p_lower=0.08):
    return gen_surname_ent(name_case(rec.style, p_lower), g)


def styled(rec, parts):
    """Plain strings follow the comment's case; entities were generated in it already."""
    out = []
    for p in parts:
        if is_ent(p):
            if p[0] != "NAME" and rec.style in ("lower", "upper") and p[0] not in ("EMAIL", "URL"):
                p = (p[0], recase(p[1], rec.style), p[2])
            out.append(p)
        else:
            out.append(recase(p, rec.style) if rec.style != "normal" else p)
    return out


def slot(rec, key):
    """A carrier slot rendered for an in-place rule (case follows the comment)."""
    return apply_style(render_slot(key, None, {"style": rec.style}), rec.style)


class Rule:
    def __init__(self, name, types, pattern, pre, make, flags=re.I):
        self.name, self.types = name, types
        self.rx = re.compile(pattern, flags)
        self.pre, self.make = pre, make


def _pre_role(rec, m, before, after, want):
    nw, pw = _word_after(after), _word_before(before)
    if re.search(r"(?i)\b(am|i'm|i’m|im|as|being|i was|we are|myself)\s*$", before):
        return False  # "I am a nurse": the writer, not someone to name
    if m.group("poss"):
        return True
    if after[:1] not in ("", " ", ",", ".", "!", "?", "\n", "\r", ")"):
        return False
    return nw in VERB_NEXT or nw in (",",) or (pw in PREV_PERSON_RULE and (nw in PUNCT_NEXT or nw in
                                                                           ("and", "who", "for", "today", "in", "on", "at")))


def _make_role(rec, m, before, after, want):
    det, mid, role, poss = m.group("det"), m.group("mid") or "", m.group("role"), m.group("poss") or ""
    rl = role.lower()
    nw, pw = _word_after(after), _word_before(before)
    g = "f" if rl in FEMALE_WORDS else "m" if rl in MALE_WORDS else (rec.gender or R.choice("fm"))
    if re.search(r"(?i)\bfemale\b", mid):
        g = "f"
    elif re.search(r"(?i)\bmale\b", mid):
        g = "m"
    pro = "her" if g == "f" else "his"
    cap = det[:1].isupper()
    head = det + " " + mid + role
    forms = ["think", "commas", "title", "the", "q", "called", "dash", "paren", "bay"]
    weights = [8, 12, 22, 8, 6, 10, 5, 9, 6]
    if rl in PEOPLE_ROLES:
        weights[2] = weights[3] = 0
    if rl not in NURSE_ROLES | PEOPLE_ROLES | {"hca", "carer", "healthcare assistant", "health care assistant"}:
        weights[8] = 0
    if nw in PUNCT_NEXT or nw in ("who", "that"):
        weights[1] = weights[6] = 0
    if det.lower() not in ("the", "our", "my", "a"):
        weights[3] = 0
    if poss:
        forms, weights = ["title"], [1]
        if rl in PEOPLE_ROLES:
            return None
    form = wchoice(forms, weights)
    if form == "title":
        if rl in DOC_ROLES:
            if pw in ("saw", "see", "met", "by", "with") and R.random() < 0.35:
                parts = [sur(rec, g)]
            elif rl in ("consultant", "surgeon") and R.random() < 0.5:
                t = "Mr " if g == "m" else R.choice(["Miss ", "Ms ", "Mrs "])
                parts = [t, wchoice([sur(rec, g), nm(rec, "full", g)], [1, 1])]
            else:
                t = wchoice(["Dr ", "Dr. ", "Doctor ", "dr "], [7, 2, 1, 1])
                parts = [t, sur(rec, g)]
        elif rl in ("nurse", "sister", "matron") and g == "f" and R.random() < 0.4:
            parts = [R.choice(["Sister ", "Staff Nurse ", "Matron "]) if rl != "sister" else "Sister ", sur(rec, g)]
        else:
            word = (mid + role).strip()
            if rl in ("sister", "matron"):
                parts = [word + " ", sur(rec, g)]
            else:
                parts = [word + " ", nm(rec, None, g)]
        if cap and isinstance(parts[0], str):
            parts[0] = parts[0][:1].upper() + parts[0][1:]
        parts = list(parts) + ([poss] if poss else [])
    elif form == "think":
        parts = [head + " (", nm(rec, "first", g), " I think " + pro + " name was)"]
    elif form == "commas":
        parts = [head + ", ", nm(rec, None, g), ","]
    elif form == "the":
        parts = [nm(rec, None, g), " the " + mid + role]
    elif form == "q":
        parts = [head + " (", nm(rec, "first", g), "?)"]
    elif form == "called":
        q = wchoice(["called ", "named ", "called '", 'called "', "whose name was ", "by the name of "], [5, 2, 1, 1, 2, 1])
        close = "'" if q.endswith("'") else '"' if q.endswith('"') else ""
        parts = [head + " " + q, nm(rec, None, g), close]
    elif form == "dash":
        parts = [head + " - ", nm(rec, None, g), " -"]
    elif form == "paren":
        parts = [head + " (", nm(rec, None, g), ")"]
    else:
        parts = [head + " on bay " + str(R.randint(1, 12)) + " (", nm(rec, "first", g), ")"]
    return styled(rec, parts)


def _pre_ladyon(rec, m, before, after, want):
    return _word_after(after) not in ("'s",)


def _make_ladyon(rec, m, before, after, want):
    who = m.group("who").lower()
    g = "f" if any(w in who for w in ("lady", "woman", "girl")) else "m" if any(
        w in who for w in ("man", "lad", "guy", "chap", "bloke", "fella", "gent")) else (rec.gender or R.choice("fm"))
    nw = _word_after(after)
    forms = [(", ", ","), (" (", ")"), (" whose name was ", ""), (" - ", " -"), (" called ", ""), (" (", "?)"),
             (" (", " I think)")]
    w = [4, 3, 3, 1, 2, 2, 2]
    if nw in PUNCT_NEXT:
        w[0] = w[3] = 0
    a, b = wchoice(forms, w)
    return styled(rec, [m.group(0) + a, nm(rec, None, g), b])


def _pre_plural(rec, m, before, after, want):
    nw = _word_after(after)
    if after[:1] not in ("", " ", ",", ".", "!", "?", "\n", "\r"):
        return False
    return nw in PUNCT_NEXT or nw in (set("was were are have had who that and made took did all really very so "
                                          "absolutely could couldn't kept explained put listened treated went looked "
                                          "dealt helped gave is there been always never truly".split()))


def _make_plural(rec, m, before, after, want):
    nw = _word_after(after)
    base = m.group(0)
    tail = "" if nw in PUNCT_NEXT else ","
    ctx = {"style": rec.style}
    role = m.group("role").lower()
    gender = "f" if role in ("ladies", "girls", "midwives") else "m" if role in ("lads",) else None

    def name_list(ctx, n, run_together=False):
        return _name_list(ctx, n, run_together, gender)

    def nm(rec, kind=None, g=None, p_lower=0.06):
        return _nm(rec, kind, g or gender, p_lower)
    form = wchoice(["paren2", "especially", "dash", "run", "slash", "particular", "shifts", "bay", "commas3"],
                   [6, 6, 3, 5, 2, 3, 2, 3, 3])
    if form == "paren2":
        parts = [base + " ("] + name_list(ctx, 2) + [")"]
    elif form == "especially":
        parts = [base + ", " + R.choice(["especially ", "esp ", "especially ", "in particular "])] + name_list(ctx, 2) + [tail]
    elif form == "dash":
        parts = [base + " - "] + name_list(ctx, 2) + [" -" if tail else ""]
    elif form == "run":
        parts = [base + " ("] + name_list(ctx, 3, run_together=True) + [")"]
    elif form == "slash":
        a, b, c = nm(rec), nm(rec), nm(rec)
        parts = [base + " (", a, "/", b, "/", c, ")"]
    elif form == "particular":
        parts = [base + ", in particular ", nm(rec), tail]
    elif form == "shifts":
        parts = [base + " (", nm(rec, "first"), " on nights and ", nm(rec, "first"), " on days)"]
    elif form == "bay":
        parts = [base + ", especially ", nm(rec, "first"), " in bay " + str(R.randint(1, 12)) + tail]
    else:
        parts = [base + ", "] + name_list(ctx, 3) + [tail]
    return styled(rec, parts)


def _pre_thanks(rec, m, before, after, want):
    nw, pw = _word_after(after), _word_before(before)
    if pw in ("no", "say", "to") or nw in ("to", "god", "goodness", "heavens", "all", "everyone", "both", "guys",
                                            "everybody", "team", "you", "staff", "nhs", "the", "a", "again"):
        return False
    return after[:1] in ("", " ", ",", ".", "!", "\n", "\r") and (nw in PUNCT_NEXT or nw in ("for", "so", "very", "x", "xx", "and"))


def _make_thanks(rec, m, before, after, want):
    nw = _word_after(after)
    ctx = {"style": rec.style}
    base = m.group(0)
    form = wchoice(["one", "two", "lady", "run", "dr", "comma"], [6, 5, 3, 3, 2, 2])
    if form == "lady" and nw not in PUNCT_NEXT and nw != "for":
        form = "two"
    if form == "comma" and nw in PUNCT_NEXT:
        form = "one"
    if form == "one":
        parts = [base + " ", nm(rec)]
    elif form == "two":
        parts = [base + " "] + name_list(ctx, 2)
    elif form == "lady":
        parts = [base + " to ", nm(rec, "first", None, 0.5), ", ", nm(rec, "first", None, 0.5),
                 ", and the lady on reception whose name was ", nm(rec, "word", "f", 0.0)]
    elif form == "run":
        parts = [base + " "] + name_list(ctx, 3, run_together=True)
    elif form == "dr":
        parts = [base + " Dr ", sur(rec)]
    else:
        parts = [base + ", ", nm(rec), ","]
    return styled(rec, parts)


AGE_STATED_RE = re.compile(r"(?i)\b(years? old|yrs? old|year-old|aged|age of)\b")


def _pre_rel(rec, m, before, after, want):
    rel = m.group("rel").lower()
    if re.match(r"[\s-]*in[\s-]law", after, re.I):
        return False
    if want == "AGE_OVER_89":
        return rel in ELDER_RELS and not m.group("poss") and not AGE_STATED_RE.search(rec.original)
    return after[:1] in ("", " ", ",", ".", "!", "?", "\n", "\r", "'", "’")


def _make_rel(rec, m, before, after, want):
    rel = m.group("rel")
    rl = rel.lower()
    poss = m.group("poss") or ""
    my = m.group(0)[:2]
    nw = _word_after(after)
    g = "f" if rl in FEMALE_WORDS else "m" if rl in MALE_WORDS else R.choice("fm")
    kind = wchoice(["first", "full", "nick", "word"], [62, 28, 5, 5])
    if poss:
        return styled(rec, [my + " " + rel + " ", nm(rec, kind, g), poss])
    tail = "" if nw in PUNCT_NEXT else ","
    if want == "AGE_OVER_89":
        age = slot(rec, "AGE")
        form = wchoice(["yo", "yo2", "who", "aged", "paren", "full"], [3, 2, 3, 2, 2, 4])
        if form == "yo":
            return styled(rec, [my + " "] + age + ["-year-old " + rel])
        if form == "yo2":
            return styled(rec, [my + " "] + age + [R.choice([" year old ", " yr old ", " yo "]) + rel])
        if form == "who" and tail:
            return styled(rec, [my + " " + rel + ", who is "] + age + [","])
        if form == "aged":
            return styled(rec, [my + " " + rel + " (aged "] + age + [")"])
        if form == "paren":
            return styled(rec, [my + " " + rel + " ("] + age + [")"])
        return styled(rec, [my + " " + rel + " (", nm(rec, "full", g), ", "] + age + [")"])
    form = wchoice(["plain", "commas", "paren"], [6, 3, 2])
    if form == "commas" and tail:
        return styled(rec, [my + " " + rel + ", ", nm(rec, kind, g), ","])
    if form == "paren":
        return styled(rec, [my + " " + rel + " (", nm(rec, kind, g), ")"])
    return styled(rec, [my + " " + rel + " ", nm(rec, kind, g)])


def _pre_seen(rec, m, before, after, want):
    nw = _word_after(after)
    return nw in PUNCT_NEXT or nw in set("quickly promptly straight immediately within on in at very and today again "
                                         "fairly really soon early".split())


def _make_seen(rec, m, before, after, want):
    form = wchoice(["dr", "bare", "nurse", "first", "mr"], [5, 3, 2, 2, 1])
    b = m.group(0) + " by "
    if form == "dr":
        parts = [b + R.choice(["Dr ", "Dr ", "Dr. ", "Doctor "]), sur(rec)]
    elif form == "bare":
        parts = [b, sur(rec)]
    elif form == "nurse":
        parts = [b + "nurse ", nm(rec, "first")]
    elif form == "first":
        parts = [b, nm(rec)]
    else:
        parts = [b + "Mr ", sur(rec, "m")]
    return styled(rec, parts)


def _pre_nextnot(words):
    def pre(rec, m, before, after, want):
        nw = _word_after(after)
        return nw not in words and after[:1] in ("", " ", ",", ".", "!", "?", "\n", "\r", ")")
    return pre


def _pre_noage(words):
    inner = _pre_nextnot(words)

    def pre(rec, m, before, after, want):
        return not AGE_STATED_RE.search(rec.original) and inner(rec, m, before, after, want)
    return pre


def _town_key():
    return wchoice(["TUK", "TSC", "TWA", "TNI", "TIE", "VILL"], [12, 3, 2, 1, 1, 3])


def _make_hosp_town(rec, m, before, after, want):
    form = wchoice([" in ", " at ", " over in ", " up in ", " down in ", " ("], [8, 2, 1, 1, 1, 3])
    return styled(rec, [m.group(0) + form] + slot(rec, _town_key()) + ([")"] if form == " (" else []))


def _make_home(rec, m, before, after, want):
    if want == "ADDRESS":
        form = wchoice(["to_n", "to", "paren"], [4, 2, 2])
        if form == "to_n":
            return styled(rec, [m.group(0) + " to "] + slot(rec, "ADDRN"))
        if form == "to":
            return styled(rec, [m.group(0) + " to "] + slot(rec, "ADDR"))
        return styled(rec, [m.group(0) + " ("] + slot(rec, "ADDR") + [")"])
    return styled(rec, [m.group(0) + " to "] + slot(rec, wchoice(["TUK", "VILL", "TSC", "TWA"], [6, 3, 1, 1])))


def _make_journey(rec, m, before, after, want):
    w = wchoice([" from ", " up from ", " down from ", " over from ", " in from "], [6, 2, 2, 1, 1])
    key = "TSC" if "down" in w and R.random() < 0.6 else _town_key()
    return styled(rec, [m.group(0) + w] + slot(rec, key))


def _make_live(rec, m, before, after, want):
    form = wchoice(["in", "out", "rural", "outside"], [5, 2, 2, 1])
    if form == "in":
        return styled(rec, [m.group(0) + " in "] + slot(rec, _town_key()))
    if form == "out":
        return styled(rec, [m.group(0) + " out in "] + slot(rec, "VILL"))
    if form == "rural":
        return styled(rec, [m.group(0) + " in rural "] + slot(rec, "RURAL"))
    return styled(rec, [m.group(0) + " just outside "] + slot(rec, "TUK"))


def _make_local(rec, m, before, after, want):
    form = wchoice([" in ", " (", " at "], [4, 3, 1])
    return styled(rec, [m.group(0) + form] + slot(rec, _town_key()) + ([")"] if form == " (" else []))


def _make_from_town(rec, m, before, after, want):
    return styled(rec, [m.group(0) + " from "] + slot(rec, wchoice(["TUK", "TSC", "TWA", "TIE", "TAB", "TUS", "VILL"],
                                                                   [6, 2, 1, 1, 2, 1, 2])))


def _make_away(rec, m, before, after, want):
    return styled(rec, [m.group(0) + " in "] + slot(rec, wchoice(["TUK", "TSC", "TWA", "TIE", "TUS", "TAB"], [5, 3, 2, 2, 2, 2])))


def _make_today(rec, m, before, after, want):
    nw = _word_after(after)
    form = wchoice(["paren", "commas", "dash"], [5, 2, 1])
    d = slot(rec, "DATE")
    if form == "commas" and nw not in PUNCT_NEXT:
        return styled(rec, [m.group(0) + ", "] + d + [","])
    if form == "dash" and nw not in PUNCT_NEXT:
        return styled(rec, [m.group(0) + " - "] + d + [" -"])
    return styled(rec, [m.group(0) + " ("] + d + [")"])


def _pre_weekday(rec, m, before, after, want):
    nw = _word_after(after)
    return nw not in ("night", "nights", "morning", "mornings", "afternoon", "evening", "evenings", "'s", "s", "and", "or", "to")


def _make_weekday(rec, m, before, after, want):
    wd_text = m.group("wd")
    wd = wd_text.capitalize()
    mo = R.randint(1, 12)
    dd = R.randint(1, MONTH_DAYS[mo - 1])
    form = wchoice(["ord", "the", "num", "full", "abbr"], [4, 2, 2, 2, 1])
    if form == "ord":
        v = f"{wd_text} {ordinal(dd)}"
    elif form == "the":
        v = f"{wd_text} the {ordinal(dd)}"
    elif form == "num":
        v = f"{wd_text} {dd}/{mo}"
    elif form == "full":
        v = f"{wd_text} {ordinal(dd)} {MONTHS[mo - 1]}"
    else:
        v = f"{wd_text} {dd} {MONTH_ABBR[mo - 1]}"
    v = recase(v, rec.style) if rec.style != "normal" else v
    return [m.group("p") + " ", ent("DATE", v, form="wd")]


def _make_event(rec, m, before, after, want):
    nw = _word_after(after)
    form = wchoice(["on", "paren", "day", "booked"], [6, 4, 1, 2])
    if form == "on":
        return styled(rec, [m.group(0) + " on "] + slot(rec, "DATE"))
    if form == "paren":
        return styled(rec, [m.group(0) + " ("] + slot(rec, "DATE") + [")"])
    if form == "day":
        return styled(rec, [m.group(0) + " on the "] + slot(rec, "DDAY"))
    return styled(rec, [m.group(0) + ", booked for "] + slot(rec, "DATE") + (["" if nw in PUNCT_NEXT else ","]))


def _make_last(rec, m, before, after, want):
    nw = _word_after(after)
    form = wchoice(["wd", "day", "dm"], [4, 1, 2])
    if form == "wd":
        return styled(rec, [m.group(0) + " ("] + slot(rec, "DWD") + [")"])
    if form == "day":
        return styled(rec, [m.group(0) + " (on the "] + slot(rec, "DDAY") + [")"])
    return styled(rec, [m.group(0) + ", on "] + slot(rec, "DDM") + (["" if nw in PUNCT_NEXT else ","]))


def _pre_came_in(rec, m, before, after, want):
    nw = _word_after(after)
    return after[:1] in ("", " ", ",", ".", "!", "\n", "\r") and (nw in PUNCT_NEXT or nw in set(
        "and with for to at but because after as in feeling expecting about by".split()))


def _make_came_in(rec, m, before, after, want):
    form = wchoice(["on", "on the", "paren"], [6, 1, 2])
    if form == "on":
        return styled(rec, [m.group(0) + " on "] + slot(rec, "DATE"))
    if form == "on the":
        return styled(rec, [m.group(0) + " on the "] + slot(rec, "DDAY"))
    return styled(rec, [m.group(0) + " ("] + slot(rec, "DATE") + [")"])


def _make_at_home(rec, m, before, after, want):
    form = wchoice([" in ", " out in ", " in rural "], [6, 2, 1])
    key = {" in ": _town_key(), " out in ": "VILL", " in rural ": "RURAL"}[form]
    return styled(rec, [m.group(0) + form] + slot(rec, key))


def _make_atage(rec, m, before, after, want):
    form = wchoice(["paren", "of", "dash"], [4, 2, 1])
    age = slot(rec, "AGE")
    if form == "paren":
        return styled(rec, [m.group(0) + " ("] + age + [")"])
    if form == "of":
        return styled(rec, [m.group(0) + " of "] + age)
    return styled(rec, [m.group(0) + " - "] + age + [" -"])


def _pre_elderly(rec, m, before, after, want):
    if AGE_STATED_RE.search(rec.original):
        return False
    return not re.search(r"(year|years|yr|month|months|week|weeks|\d)[\s-]*$", before, re.I)


def _make_elderly(rec, m, before, after, want):
    a, n = m.group("a"), m.group("n")
    art = m.group("art") or ""
    nw = _word_after(after)
    age = slot(rec, "AGE")
    form = wchoice(["yo", "paren", "aged", "of"], [3, 3, 2, 1])
    if form == "yo":
        # "an old lady" -> "a 94-year-old lady", not "an old 94-year-old lady"
        if a.lower() == "old":
            lead = re.sub(r"(?i)^an\b", lambda x: x.group(0)[0], art)
        else:
            lead = art + a + " "
        return styled(rec, [lead] + age + [R.choice([" year old ", "-year-old ", " yr old "]) + n])
    if form == "aged" and nw not in PUNCT_NEXT:
        return styled(rec, [art + a + " " + n + ", aged "] + age + [","])
    if form == "of":
        return styled(rec, [art + a + " " + n + " of "] + age)
    return styled(rec, [art + a + " " + n + " ("] + age + [")"])


def _make_iam(rec, m, before, after, want):
    form = wchoice(["and", "comma"], [3, 1])
    age = slot(rec, "AGEW" if R.random() < 0.3 else "AGE")
    if form == "and":
        return styled(rec, [m.group("i") + " "] + age + [" and " + m.group("a")])
    return styled(rec, [m.group("i") + " "] + age + [", " + m.group("a")])


def _make_myhouse(rec, m, before, after, want):
    nw = _word_after(after)
    form = wchoice(["paren", "on", "at", "comma"], [4, 3, 2, 1])
    if form == "on" and m.group("h").lower() in ("house", "home", "flat", "bungalow", "place"):
        return styled(rec, [m.group(0) + " on "] + slot(rec, "ADDRN"))
    if form == "at":
        return styled(rec, [m.group(0) + " at "] + slot(rec, "ADDR"))
    if form == "comma" and nw not in PUNCT_NEXT:
        return styled(rec, [m.group(0) + ", "] + slot(rec, "ADDR") + [","])
    return styled(rec, [m.group(0) + " ("] + slot(rec, "ADDR") + [")"])


HOSP_CUES_IN = ["(ref ", "(hospital no. ", "(number ", "(", "(quoting ", "(reference: ", "(my number on it is ",
                "(hosp no ", "(unit no. ", "(ref no. ", "(MRN ", "(K number ", "(PAS no. ", "(booking ref "]


def _make_hosp(rec, m, before, after, want):
    nw = _word_after(after)
    h = slot(rec, "HOSP")
    if nw not in PUNCT_NEXT and R.random() < 0.25:
        return styled(rec, [m.group(0) + " - ref "] + h + [" -"])
    return styled(rec, [m.group(0) + " " + R.choice(HOSP_CUES_IN)] + h + [")"])


def _make_phone(rec, m, before, after, want):
    form = wchoice(["on", "paren"], [4, 1])
    p = slot(rec, "PHONE")
    if form == "on":
        return styled(rec, [m.group(0) + " on "] + p)
    return styled(rec, [m.group(0) + " ("] + p + [")"])


def _make_pc(rec, m, before, after, want):
    return styled(rec, [m.group(0) + " ("] + slot(rec, "PC") + [")"])


def _make_dob(rec, m, before, after, want):
    h = m.group("h").lower()
    if h == "details":
        return styled(rec, [m.group(0) + " (" + R.choice(["DOB ", "dob ", "D.O.B. ", "date of birth "])] + slot(rec, "DOB") + [")"])
    return styled(rec, [m.group(0) + " ("] + slot(rec, "DOB") + [")"])


def _make_nhs(rec, m, before, after, want):
    h = m.group("h").lower()
    if h == "nhs number":
        return styled(rec, [m.group(0) + " ("] + slot(rec, "NHS") + [")"])
    return styled(rec, [m.group(0) + " (" + R.choice(["NHS no. ", "NHS number ", "nhs no ", "NHS No: "])] + slot(rec, "NHS") + [")"])


def _make_email(rec, m, before, after, want):
    form = wchoice(["paren", "to"], [3, 1])
    e = slot(rec, "EMAIL")
    if form == "to":
        return styled(rec, [m.group(0) + " to "] + e)
    return styled(rec, [m.group(0) + " ("] + e + [")"])


def _make_url(rec, m, before, after, want):
    return styled(rec, [m.group(0) + " ("] + slot(rec, "URL") + [")"])


_ROLE = (r"(?P<role>staff nurse|district nurse|community nurse|specialist nurse|student nurse|nurse practitioner|"
         r"healthcare assistant|health care assistant|ambulance driver|call handler|health visitor|social worker|"
         r"support worker|care coordinator|ward manager|key worker|care worker|crew member|nurse|doctor|dr|gp|"
         r"consultant|surgeon|registrar|physiotherapist|physio|receptionist|driver|paramedic|midwife|hca|carer|"
         r"therapist|counsellor|ot|porter|cleaner|radiographer|sonographer|lady|gentleman|man|woman|girl|lad|chap|"
         r"guy|gent|volunteer|technician|pharmacist|dentist|psychiatrist|psychologist|matron|sister|phlebotomist|"
         r"podiatrist|dietitian|clinician|anaesthetist)")
_MID = (r"(?P<mid>(?:(?:lovely|nice|young|kind|male|female|other|first|second|senior|agency|bank|night|day|older|new|"
        r"friendly|wonderful|brilliant|amazing|fantastic|triage|reception|ward|theatre|ambulance|specialist|duty|"
        r"junior|last|main)\s+){0,2})")
RULES = [
    Rule("role", ("NAME",), r"\b(?P<det>the|a|one|our|my|this|that|your)\s+" + _MID + _ROLE + r"(?P<poss>'s|’s)?\b",
         _pre_role, _make_role),
    Rule("lady on", ("NAME",),
         r"\b(?P<det>the|a|one)\s+(?P<who>(?:young\s+)?(?:lady|man|gentleman|girl|guy|woman|chap|lad|bloke|fella|gent|"
         r"receptionist|nurse|person))\s+(?:on|at|in|from|behind)\s+(?:the\s+)?(?:reception|front desk|desk|phones?|"
         r"switchboard|triage|door|check-in|main desk|information desk|pharmacy)\b", _pre_ladyon, _make_ladyon),
    Rule("plural", ("NAME",),
         r"\b(?P<det>the|all the|all of the|our|your|both|both of the)\s+(?P<mid>(?:(?:two|lovely|amazing|ambulance|"
         r"nursing|night|day|theatre|ward|district|community|reception|admin|other|paramedic|transport|crew|triage|"
         r"surgical|support|physio|care)\s+){0,2})(?P<role>nurses|doctors|paramedics|crew|drivers|midwives|physios|"
         r"receptionists|carers|staff|team|girls|ladies|lads|guys|health visitors|therapists|porters|surgeons|"
         r"consultants|hcas|volunteers|technicians|crews|medics)\b", _pre_plural, _make_plural),
    Rule("thanks", ("NAME",),
         r"\b(?:thank you|thank-you|thankyou|thanks|thank u|thanku|many thanks|big thanks|special thanks)"
         r"(?: so much| very much)?\b", _pre_thanks, _make_thanks),
    Rule("relative", ("NAME", "AGE_OVER_89"),
         r"\bmy (?P<rel>mother-in-law|father-in-law|little boy|little girl|mum|mother|dad|father|husband|wife|son|"
         r"daughter|nan|nana|nanna|gran|granny|grandad|grandma|grandmother|grandfather|partner|brother|sister|aunt|"
         r"auntie|uncle|friend|neighbour|grandson|granddaughter|niece|nephew|fiance|fiancee|stepson|stepdaughter|"
         r"baby)(?P<poss>'s|’s)?\b", _pre_rel, _make_rel),
    Rule("seen by", ("NAME",), r"\b(?:was|were|been|being|got|get|am|is)\s+(?:seen|treated|examined|assessed)\b",
         _pre_seen, _make_seen),
    Rule("to hospital", ("TOWN",),
         r"\b(?:to|at|in|into|from)\s+(?:the\s+)?(?:hospital|a&e|a & e|a and e|hospice|walk[- ]in centre|"
         r"minor injuries(?: unit)?|general hospital|infirmary|eye hospital|maternity unit)\b",
         _pre_nextnot({"in", "at", "on", "'s", "’s", "staff", "and", "for", "car", "transport", "appointment",
                       "appointments", "system", "food", "bed", "beds"}), _make_hosp_town),
    Rule("home", ("TOWN", "ADDRESS"),
         r"\b(?:take (?:me|us|him|her)|took (?:me|us|him|her|mum|dad)|taken|dropped (?:me|us|him|her) off|"
         r"drop (?:me|us) off|brought (?:me|us|him|her)|bring (?:me|us|him|her)|get (?:me|us)|got|go|went|sent|"
         r"send (?:me|us)|way|journey|return(?:ed)?|travel(?:led)?|discharged|came)\s+home\b",
         _pre_nextnot({"to", "in", "at", "from", "with", "address", "visit", "visits", "'s", "’s"}), _make_home),
    Rule("journey", ("TOWN",), r"\b(?:the|a|my|our|long|whole)\s+(?:journey|drive|trip|taxi ride|bus ride)\b",
         _pre_nextnot({"from", "to", "home", "back", "here", "there", "in", "up", "down", "'s", "out", "into"}),
         _make_journey),
    Rule("live alone", ("TOWN",),
         r"\b(?:live|lives|living|lived)\s+(?:alone|on my own|on his own|on her own|by myself|by herself|"
         r"by himself|independently|on our own)\b", _pre_nextnot({"in", "at", "near", "out"}), _make_live),
    Rule("local", ("TOWN",),
         r"\b(?:local|nearest|nearby)\s+(?:hospital|gp|surgery|pharmacy|a&e|clinic|practice|health centre|chemist)\b",
         _pre_nextnot({"in", "at", "'s", "’s", "and", "or"}), _make_local),
    Rule("came from", ("TOWN",),
         r"\b(?:came|come|travelled|traveled|drove|driven|flew)\s+(?:all the way|a long way|down|up|over)\b",
         _pre_nextnot({"from", "to", "the", "here", "there", "and"}), _make_from_town),
    Rule("away", ("TOWN",),
         r"\b(?:on holiday|visiting family|visiting relatives|staying with family|staying with friends)\b",
         _pre_nextnot({"in", "at", "and"}), _make_away),
    Rule("today", ("DATE",), r"\b(?:today|yesterday|this morning|last night|this afternoon|this evening|tonight)\b",
         _pre_nextnot({"'s", "’s", "s"}), _make_today),
    Rule("weekday", ("DATE",),
         r"\b(?P<p>on|last|this|next|that|from|until|till|by)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday)\b", _pre_weekday, _make_weekday),
    Rule("event", ("DATE",),
         r"\b(?:my|his|her|our|first|last|next)\s+(?:appointment|appt|operation|op|surgery|scan|procedure|admission|"
         r"discharge|assessment|x-ray|xray|mri|ct scan|check-up|checkup|consultation|jab|vaccination|injection|"
         r"smear|blood test|follow up|follow-up)\b",
         _pre_nextnot({"on", "date", "dates", "letter", "letters", "time", "times", "system", "process", "line", "team",
                       "booking", "card", "slot", "slots", "'s", "’s", "was", "were", "with", "at", "for", "and",
                       "which", "is", "had", "has", "that", "to", "in", "of", "times", "centre", "unit", "department"}),
         _make_event),
    Rule("came in", ("DATE",),
         r"\b(?:I|we|he|she|mum|dad)\s+(?:came in|went in|was admitted|were admitted|attended|was discharged|"
         r"came|went|arrived|rang|phoned|called|had to wait)\b", _pre_came_in, _make_came_in),
    Rule("at home", ("TOWN",), r"(?<!home )\b(?:at|from) home\b",
         _pre_nextnot({"in", "and", "or", "with", "address", "visit", "visits", "'s", "’s", "to", "by", "for", "at",
                       "on", "near", "is", "was"}), _make_at_home),
    Rule("recently", ("DATE",),
         r"\b(?:last week|last month|the other day|recently|a few weeks ago|a couple of weeks ago|earlier this week)\b",
         _pre_nextnot({"'s", "’s"}), _make_last),
    Rule("at my age", ("AGE_OVER_89",), r"\bat (?:my|our) age\b", _pre_noage({"of"}), _make_atage),
    Rule("elderly", ("AGE_OVER_89",),
         r"\b(?P<art>(?:an?|the|my|our)\s+)?(?P<a>elderly|old|frail)\s+(?P<n>mother|father|mum|dad|lady|gentleman|man|woman|patient|relative|aunt|"
         r"uncle|grandmother|grandfather|nan|husband|wife|neighbour|gent)\b", _pre_elderly, _make_elderly),
    Rule("i am", ("AGE_OVER_89",),
         r"\b(?P<i>I am|I'm|Im|I’m)\s+(?P<a>elderly|old|disabled|housebound|a pensioner|deaf|blind|partially sighted|"
         r"frail|registered blind|hard of hearing|not young)\b", _pre_noage(set()), _make_iam),
    Rule("my house", ("ADDRESS",),
         r"\b(?:my|our|his|her|mum's|dad's)\s+(?P<h>house|home|flat|bungalow|front door|door|address|place|property)\b",
         _pre_nextnot({"'s", "’s", "visit", "visits", "address", "and", "or", "for", "to", "was", "is", "care", "life",
                       "situation", "environment", "phone", "number", "setting", "visiting", "step", "steps", "stop",
                       "bell", "key", "keys", "mat", "frame", "knocker"}), _make_myhouse),
    Rule("letter", ("HOSPITAL_NUMBER",),
         r"\b(?:my|the|his|her|our|mum's|dad's)\s+(?:appointment letter|letter|referral|booking|complaint|wristband|"
         r"appointment card|records|notes|paperwork|prescription|results)\b",
         _pre_nextnot({"'s", "’s", "and", "or", "to", "of", "from", "for", "that", "which", "process", "system"}), _make_hosp),
    Rule("rang me", ("PHONE",),
         r"\b(?:phoned|rang|called|ring|phone|text|texted|contacted|telephoned)\s+(?:me|us|my daughter|my son|"
         r"my husband|my wife)\b",
         _pre_nextnot({"back", "up", "on", "at", "to", "a", "again", "out", "in", "and", "about", "when", "if", "an"}),
         _make_phone),
    Rule("our area", ("POSTCODE",), r"\b(?:my|our|this)\s+(?:area|postcode|village|estate)\b",
         _pre_nextnot({"'s", "’s", "of", "and", "or", "is", "are"}), _make_pc),
    Rule("my details", ("DATE_OF_BIRTH",), r"\b(?:my|his|her|mum's|dad's)\s+(?P<h>details|date of birth|dob)\b",
         _pre_nextnot({"'s", "’s", "and", "or"}), _make_dob),
    Rule("my records", ("NHS_NUMBER",), r"\b(?:my|his|her|mum's|dad's)\s+(?P<h>records|notes|nhs number|file)\b",
         _pre_nextnot({"'s", "’s", "and", "or", "to", "of"}), _make_nhs),
    Rule("by email", ("EMAIL",), r"\b(?:by|via|an|my|over)\s+e-?mails?\b", _pre_nextnot({"address", "'s"}), _make_email),
    Rule("website", ("URL",), r"\b(?:the|your|their|our)\s+(?:website|web site|web page|webpage|facebook page|online form)\b",
         _pre_nextnot({"'s", "’s", "and", "or"}), _make_url),
]
RULES_BY_TYPE = {t: [r for r in RULES if t in r.types] for t in TYPES}


def rule_candidates(rec, want, exclude_used=True):
    out = []
    for rule in RULES_BY_TYPE.get(want, []):
        if exclude_used and rule.name in rec.rules_used:
            continue
        for ci, ch in enumerate(rec.chunks):
            if ch[1] is not None or not ch[2]:
                continue
            for m in rule.rx.finditer(ch[0]):
                before, after = rec.context(ci, m.start(), m.end())
                if rule.pre(rec, m, before, after, want):
                    out.append((rule, ci, m))
    return out


RULE_WEIGHTS = {"role": 6, "lady on": 6, "relative": 4, "thanks": 3, "plural": 2, "seen by": 5}


def apply_rule(rec, want):
    cands = rule_candidates(rec, want)
    if not cands:
        return False
    names = []
    for r, _, _ in cands:
        if r.name not in names:
            names.append(r.name)
    rn = wchoice(names, [RULE_WEIGHTS.get(n, 1) for n in names])
    rule, ci, m = R.choice([c for c in cands if c[0].name == rn])
    before, after = rec.context(ci, m.start(), m.end())
    parts = rule.make(rec, m, before, after, want)
    if not parts or not any(is_ent(p) for p in parts):
        return False
    rec.replace(ci, m.start(), m.end(), parts, how="in place")
    for c in rec.chunks:
        if c[1] and "rule" not in c[3] and c[3].get("how") == "in place":
            c[3]["rule"] = rule.name
    rec.rules_used.append(rule.name)
    return True


# ---------------------------------------------------------------------------------------------
# Placing carrier sentences and decoys
# ---------------------------------------------------------------------------------------------
TEMPLATE_USES = Counter()
TEMPLATE_TYPES = {}
for _tpl in BODY_TEMPLATES + OPENERS + SIGNOFFS:
    TEMPLATE_TYPES[_tpl] = template_types(_tpl)


def sentence_starts(rec):
    out = []
    for ci, ch in enumerate(rec.chunks):
        if ch[1] is not None or not ch[2]:
            continue
        for m in re.finditer(r"[.!?]+[\"')]?[ \t]+(?=[^\s])|\n\s*(?=[^\s])", ch[0]):
            if not m.group(0).startswith("\n"):
                prev = re.search(r"([\w.]+)[.!?]*[\"')]?[ \t]*$", ch[0][:m.end()])
                if prev and prev.group(1).lower().rstrip(".") in ("i.e", "e.g", "etc", "dr", "mr", "mrs", "ms", "st",
                                                                  "no", "ie", "eg", "approx", "vs"):
                    continue
                nxt = ch[0][m.end():m.end() + 1]
                if rec.style == "normal" and not (nxt.isupper() or nxt.isdigit()):
                    continue
            out.append((ci, m.end()))
    return out


def ends_open(text):
    return bool(text) and text[-1].isalnum()


def insert_parts(rec, parts, where, how):
    chunks = []
    for p in parts:
        if is_ent(p):
            chunks.append([p[1], p[0], False, dict(p[2], how=how)])
        elif p:
            chunks.append([p, None, False, {}])
    last = chunks[-1][0] if chunks else ""
    if where == "opener":
        rec.head = chunks + [["\n", None, False, {}]]
    elif where == "start":
        if ends_open(last):
            chunks.append([".", None, False, {}])
        rec.chunks[0:0] = chunks + [[" ", None, False, {}]]
    elif where == "signoff":
        rec.tail = [[R.choice(["\n", "\n\n"]), None, False, {}]] + chunks
    elif where == "end":
        cur = rec.body_text()
        if ends_open(cur) or (cur and cur[-1] in "\"'" and len(cur) > 1 and cur[-2].isalnum()):
            sep = R.choice([". ", "\n", ". "]) if rec.style != "upper" else R.choice([". ", "\n"])
        elif cur and cur[-1] in ".!?)":
            sep = " "
        else:
            sep = R.choice([" ", "\n"])
        rec.chunks.extend([[sep, None, False, {}]] + chunks)
    else:  # mid: (chunk index, offset)
        ci, off = where
        if ends_open(last):
            chunks.append([".", None, False, {}])
        text = rec.chunks[ci][0]
        rec.chunks[ci:ci + 1] = ([[text[:off], None, True, {}]] + chunks + [[" ", None, False, {}]] +
                                 [[text[off:], None, True, {}]])


def choose_position(rec, kind="body"):
    if kind == "opener":
        return "opener"
    if kind == "signoff":
        return "signoff"
    mids = sentence_starts(rec)
    opts, w = ["start", "end"], [30, 45]
    if mids:
        opts.append("mid")
        w.append(30)
    pos = wchoice(opts, w)
    if pos == "mid":
        return R.choice(mids)
    return pos


def choose_template(want, rec, counts, targets):
    pool = []
    for kind, tpls, p in (("opener", OPENERS, 0.06), ("signoff", SIGNOFFS, 0.12)):
        if (kind == "opener" and rec.has_opener) or (kind == "signoff" and rec.has_signoff):
            continue
        if R.random() < p:
            pool = [(kind, t) for t in tpls if want in TEMPLATE_TYPES[t]]
            if pool:
                break
    if not pool:
        pool = [("body", t) for t in BODY_TEMPLATES if want in TEMPLATE_TYPES[t]]
    ok = []
    for kind, t in pool:
        if t in rec.used_templates:
            continue
        if any(x != want and counts[x] >= targets[x] for x in TEMPLATE_TYPES[t]):
            continue
        if rec.style == "upper" and ("URL" in TEMPLATE_TYPES[t]):
            continue
        ok.append((kind, t))
    if not ok:
        ok = [(k, t) for k, t in pool if t not in rec.used_templates]
    if not ok:
        return None
    low = min(TEMPLATE_USES[t] for _, t in ok)
    return R.choice([(k, t) for k, t in ok if TEMPLATE_USES[t] == low])


def add_carrier(rec, want, counts, targets):
    choice = choose_template(want, rec, counts, targets)
    if not choice:
        return False
    kind, tpl = choice
    parts = render_template(tpl, rec.style)
    where = choose_position(rec, kind)
    how = "carrier:" + (kind if kind != "body" else (where if isinstance(where, str) else "mid"))
    insert_parts(rec, parts, where, how)
    TEMPLATE_USES[tpl] += 1
    rec.used_templates.add(tpl)
    rec.n_carriers += 1
    if kind == "opener":
        rec.has_opener = True
    if kind == "signoff":
        rec.has_signoff = True
    for p in parts:
        if is_ent(p):
            counts[p[0]] += 1
    return True


def add_decoy(rec, sentence):
    where = choose_position(rec)
    if where == "start":
        insert_parts(rec, [sentence], "start", "decoy")
    elif where == "end":
        insert_parts(rec, [sentence], "end", "decoy")
    else:
        insert_parts(rec, [sentence], where, "decoy")
    rec.decoy = sentence


# ---------------------------------------------------------------------------------------------
# Building the set
# ---------------------------------------------------------------------------------------------
# Ordinary words written with a capital in the marker comments, checked by hand (none is a name or
# a place).
ALLOW_MARKER_WORDS = set(("Sack Dear Tendinitis Visual Statements Apps Clumsy Humiliated Dopamine Throbbing "
                          "NNothIng ImmedIetley ThankIng Neurology").split())
P_INPLACE = {"TOWN": 0.5, "DATE": 0.5, "AGE_OVER_89": 0.5, "ADDRESS": 0.3, "HOSPITAL_NUMBER": 0.35,
             "DATE_OF_BIRTH": 0.25, "PHONE": 0.3, "EMAIL": 0.25, "NHS_NUMBER": 0.3, "POSTCODE": 0.3, "ZIP": 0.0,
             "URL": 0.3}
MAX_ENTITIES = 6


def norm_text(t):
    return re.sub(r"[\s.!?]+$", "", re.sub(r"\s+", " ", t.lower())).strip()


def select(args, info):
    comments = read_comments(args.fft_dir)
    held = read_ids(HELD_OUT_FILES)
    other = read_ids(OTHER_DEV_FILES)
    info["held_ids"] = held
    info["n_held"] = len(held)
    info["n_other"] = len(other)
    vocab = Vocab(comments)
    idc = Counter(c[0] for c in comments)
    held_texts = set(norm_text(t) for rid, t, _ in comments if rid in held)
    info["held_texts"] = held_texts
    seen = set()
    marker_pool, clean_pool = [], []
    why = Counter()
    for rid, text, phase in comments:
        if idc[rid] > 1:
            why["id occurs twice"] += 1
            continue
        if rid in held:
            why["held-out id"] += 1
            continue
        if not 30 <= len(text) <= 900:
            why["length"] += 1
            continue
        key = norm_text(text)
        if key in held_texts:
            why["same text as a held-out comment"] += 1
            continue
        if key in seen:
            why["repeated text"] += 1
            continue
        seen.add(key)
        fresh = rid not in other
        if MARKER_RE.search(text):
            slots = marker_slots(text)
            if slots is None:
                why["unusable marker"] += 1
                continue
            check = blank_markers(text, slots)
            reason = clean_reason(check, vocab, ALLOW_MARKER_WORDS if slots else ())
            if reason:
                why["not clean: " + reason.split(":")[0]] += 1
                continue
            if slots:
                marker_pool.append((rid, text, phase, slots, fresh))
                continue
        else:
            reason = clean_reason(text, vocab)
            if reason:
                why["not clean: " + reason.split(":")[0]] += 1
                continue
        clean_pool.append((rid, text, phase, fresh))
    info["why"] = why
    info["pool_marker"] = len(marker_pool)
    info["pool_clean"] = len(clean_pool)

    R.shuffle(marker_pool)
    marker_pool.sort(key=lambda x: not x[4])  # fresh first (stable)
    take_m = marker_pool[:args.n_marker]
    need = args.n - len(take_m)
    R.shuffle(clean_pool)
    scored = []
    for rid, text, phase, fresh in clean_pool:
        rec = Record(rid, text, "clean")
        opp = [t for t in ("NAME", "TOWN", "DATE", "AGE_OVER_89") if rule_candidates(rec, t)]
        single = set(r.name for r, _, _ in rule_candidates(rec, "NAME")) - {"plural"}
        score = (3 if fresh else 0) + (1 if "NAME" in opp else 0) + (2 if single else 0) + 1.0 * len(opp) + \
            (20 if rec.style != "normal" else 0) + R.random() * 1.5
        scored.append((score, rid, text, phase, fresh))
    scored.sort(key=lambda x: -x[0])
    take_c = scored[:need]
    records = []
    for rid, text, phase, slots, fresh in take_m:
        rec = Record(rid, text, "marker")
        rec.phase, rec.fresh, rec.slots = phase, fresh, slots
        records.append(rec)
    for _, rid, text, phase, fresh in take_c:
        rec = Record(rid, text, "clean")
        rec.phase, rec.fresh, rec.slots = phase, fresh, None
        records.append(rec)
    R.shuffle(records)
    return records, comments


def count_all(records):
    c = Counter()
    for rec in records:
        for ch in rec.all_chunks():
            if ch[1]:
                c[ch[1]] += 1
    return c


def build(args):
    global R
    R = random.Random(args.seed)
    TEMPLATE_USES.clear()
    info = {}
    records, comments = select(args, info)
    targets = OrderedDict((t, v) for t, v in TARGETS.items())
    targets["NAME"] = args.names

    # 1. every record gets its names: markers filled, or a phrase rewritten in place, or a woven sentence
    counts = Counter()
    for rec in records:
        if rec.source == "marker":
            fill_markers(rec, rec.slots)
        else:
            names = set(r.name for r, _, _ in rule_candidates(rec, "NAME"))
            if R.random() < 0.2 or not names or (names == {"plural"} and R.random() < 0.4) \
                    or not apply_rule(rec, "NAME"):
                add_carrier(rec, "NAME", counts, targets)
    counts = count_all(records)

    # 2. the other details, the type furthest below its target first
    def eligible():
        return [r for r in records if r.n_entities() < MAX_ENTITIES]

    guard = 0
    while True:
        deficits = [(t, targets[t] - counts[t]) for t in targets if t != "NAME" and counts[t] < targets[t]]
        if not deficits:
            break
        guard += 1
        if guard > 5000:
            raise RuntimeError("cannot place details")
        t = wchoice([d[0] for d in deficits], [d[1] / targets[d[0]] for d in deficits])
        pool = eligible()
        placed = False
        if R.random() < P_INPLACE.get(t, 0):
            order = pool[:]
            R.shuffle(order)
            for rec in order[:200]:
                if rule_candidates(rec, t) and apply_rule(rec, t):
                    placed = True
                    break
        if not placed:
            pool = [r for r in pool if r.n_carriers < 3]
            w = [1.0 / (1 + r.n_entities()) ** 2 for r in pool]
            rec = R.choices(pool, weights=w, k=1)[0]
            placed = add_carrier(rec, t, counts, targets)
        counts = count_all(records)

    # 3. more names up to the target: a second phrase in place, or a woven sentence
    while counts["NAME"] < targets["NAME"]:
        pool = eligible()
        placed = False
        if R.random() < 0.5:
            order = pool[:]
            R.shuffle(order)
            order.sort(key=lambda r: r.n_entities("NAME"))
            for rec in order[:150]:
                if rule_candidates(rec, "NAME") and apply_rule(rec, "NAME"):
                    placed = True
                    break
        if not placed:
            pool = [r for r in pool if r.n_carriers < 3]
            w = [1.0 / (1 + r.n_entities()) ** 2 for r in pool]
            rec = R.choices(pool, weights=w, k=1)[0]
            add_carrier(rec, "NAME", counts, targets)
        counts = count_all(records)

    # 4. decoys: word-like names used as plain words
    cands = [r for r in records if r.style == "normal"]
    R.shuffle(cands)
    decoys = DECOYS[:]
    R.shuffle(decoys)
    for rec, sentence in zip(cands[:N_DECOYS], decoys):
        add_decoy(rec, sentence)

    out = []
    for rec in records:
        rec.fix_adjacent()
        out.append(OrderedDict([("id", rec.id), ("text", rec.text()), ("original", rec.original),
                                ("entities", rec.entities())]))
    check(out, records, comments, info, targets, args.fft_dir)
    return out, records, info


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------
PHONE_OK = re.compile(r"^(?:07700 ?900 ?\d{3}|07700-900-\d{3}|0770 090 0\d{3}|\+44 7700 900\d{3}|\+44 \(0\)7700 900\d{3}|"
                      r"\(?01632\)? ?960 ?\d{3}|\(?020\)? ?7946 ?0\d{3}|0207 946 0\d{3}|"
                      r"\(?01\d\d\)?[ -]?496[ -]?0\d{3}(?: ext\.? \d+| extension \d+)?)$")
POSTCODE_OK = re.compile(r"^[A-Za-z]{1,2}\d{1,2} ?\d[A-Za-z]{2}$")
ZIP_OK = re.compile(r"^\d{5}(?:-\d{4})?$")


def check(out, records, comments, info, targets, fft_dir):
    src = {}
    with open(os.path.join(fft_dir, "fft_phase1.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            src["fft1:" + row["row_index"]] = row["feedback"]
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            src["fft2:" + row["Comment ID"]] = row["FFT answer"]
    ids = set()
    for obj, rec in zip(out, records):
        text, ents = obj["text"], obj["entities"]
        assert obj["id"] not in ids, obj["id"]
        ids.add(obj["id"])
        assert obj["id"] not in info["held_ids"], obj["id"]
        assert norm_text(obj["original"]) not in info["held_texts"], obj["id"]
        assert obj["original"] == src[obj["id"]].strip(), obj["id"]
        assert len(obj["original"]) >= 30
        assert ents, obj["id"]
        prev = None
        for e in ents:
            v = e["value"]
            assert text[e["start"]:e["end"]] == v, (obj["id"], e)
            assert v and v == v.strip(), (obj["id"], e)
            assert v[-1].isalnum(), (obj["id"], e)
            assert e["type"] in TYPES
            assert e["profiles"] == (["hipaa_safe_harbor"] if e["type"] in HIPAA_ONLY else BOTH)
            if prev:
                assert prev["end"] <= e["start"], (obj["id"], prev, e)
                if prev["type"] == e["type"]:
                    assert text[prev["end"]:e["start"]].strip() != "", ("same type, whitespace only", obj["id"], prev, e)
            prev = e
            t = e["type"]
            if t == "NAME":
                first = v.split()[0].lower()
                assert first not in TITLES, (obj["id"], v)
                assert not v.endswith(("'s", "’s")), (obj["id"], v)
            elif t == "NHS_NUMBER":
                assert nhs_valid(v), v
            elif t == "EMAIL":
                assert re.search(r"@(?:[a-z]+\.)?example\.(?:com|org|net)$", v.lower()), v
            elif t == "URL":
                assert re.match(r"^(?:https?://)?(?:www\.|blog\.)?example\.(?:com|org|net)(?:[/?#].*)?$", v.lower()), v
            elif t == "PHONE":
                assert PHONE_OK.match(v), v
            elif t == "POSTCODE":
                assert POSTCODE_OK.match(v), v
            elif t == "ZIP":
                assert ZIP_OK.match(v), v
            elif t == "HOSPITAL_NUMBER":
                assert re.search(r"\d", v) and not re.fullmatch(r"\d{10}", v.replace(" ", "")), v
                assert not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v), v
            elif t in ("DATE", "DATE_OF_BIRTH"):
                assert not re.match(r"(?i)(on|the|born|dob|d\.o\.b)\b", v), v
            elif t == "AGE_OVER_89":
                assert (v.isdigit() and int(v) >= 90) or v.lower().startswith("ninety"), v
            elif t == "ADDRESS":
                assert not v.lower().startswith("c/o"), v
    counts = Counter(e["type"] for o in out for e in o["entities"])
    for t in TYPES:
        assert counts[t] >= targets[t], (t, counts[t], targets[t])
    assert counts["NAME"] >= 550
    assert sum(v for k, v in counts.items() if k != "NAME") >= 400
    assert len(out) >= 500 and sum(counts.values()) >= 1000
    assert sum(1 for r in records if r.decoy) >= 45


# ---------------------------------------------------------------------------------------------
# Figures for the card
# ---------------------------------------------------------------------------------------------
def print_stats(out, records, info, path):
    P = print
    counts = Counter(e["type"] for o in out for e in o["entities"])
    total = sum(counts.values())
    P("records", len(out), "phase1", sum(r.phase == "phase1" for r in records),
      "phase2", sum(r.phase == "phase2" for r in records))
    P("by source", Counter(r.source for r in records))
    P("fresh (not in dev sets 1-4, 6-12)", sum(r.fresh for r in records))
    P("style", Counter(r.style for r in records))
    P("with the 'wIth' capital-I artefact", sum(1 for r in records if re.search(r"[a-z]I[a-z]", r.original)))
    P("records with a marker filled", sum(1 for r in records if r.source == "marker"),
      "markers filled", sum(len(r.slots) for r in records if r.source == "marker"),
      Counter(k for r in records if r.source == "marker" for _, _, k, _ in r.slots))
    P("pools: marker", info["pool_marker"], "clean", info["pool_clean"], "held ids", info["n_held"],
      "other dev ids", info["n_other"])
    for k, v in sorted(info["why"].items(), key=lambda x: -x[1]):
        P("  dropped", k, v)
    P("entities", total, "standard", sum(v for k, v in counts.items() if k not in HIPAA_ONLY), "hipaa", total)
    for t in TYPES:
        P("  ", t, counts[t])
    P("per record", sorted(Counter(len(o["entities"]) for o in out).items()))
    lens = sorted(len(o["original"]) for o in out)
    P("original length min/median/max", lens[0], lens[len(lens) // 2], lens[-1])
    metas = [(t, v, m, rec) for rec in records for (t, v, m) in rec.metas()]

    def how(m):
        h = m.get("how", "?")
        return h
    P("\nhow, by type")
    for t in TYPES:
        c = Counter(how(m) if how(m) != "in place" else "in place:" + m.get("rule", "?") for tt, v, m, _ in metas if tt == t)
        P("  ", t, dict(sorted(c.items(), key=lambda x: -x[1])))
    names = [(v, m, rec) for t, v, m, rec in metas if t == "NAME"]
    P("\nNAME kinds", Counter(m.get("kind") for v, m, _ in names))
    P("NAME communities", Counter(m.get("comm") for v, m, _ in names))
    P("NAME surname forms", Counter(m.get("sform") for v, m, _ in names if m.get("sform")))
    P("NAME lower", sum(1 for v, m, _ in names if v == v.lower()), "upper",
      sum(1 for v, m, _ in names if v == v.upper() and v != v.lower()))
    P("NAME non-ascii", sum(1 for v, m, _ in names if any(ord(c) > 127 for c in v)),
      "multiword", sum(1 for v, m, _ in names if " " in v),
      "hyphen", sum(1 for v, m, _ in names if "-" in v),
      "apostrophe", sum(1 for v, m, _ in names if "'" in v),
      "initials", sum(1 for v, m, _ in names if m.get("kind") == "init"))
    forms = Counter()
    examples = {}
    for o, rec in zip(out, records):
        t = o["text"]
        ents = o["entities"]
        for i, e in enumerate(ents):
            if e["type"] != "NAME":
                continue
            v, a, b = e["value"], e["start"], e["end"]
            pre, post = t[max(0, a - 16):a], t[b:b + 12]
            tags = []
            if post.startswith(("'s", "’s")):
                tags.append("possessive")
            if re.search(r"(?i)\b(dr|doctor|mr|mrs|miss|ms|sister|matron|prof|staff nurse)\.?\s+$", pre):
                tags.append("after a title")
            elif re.search(r"(?i)\b(nurse|physio|driver|midwife|paramedic|student nurse|ward manager|hca|porter|"
                           r"consultant|ot|podiatrist|physiotherapist|receptionist|health visitor|carer)\s+$", pre):
                tags.append("after a role word")
            if pre.endswith(("'", '"', "‘", "“")):
                tags.append("in quotes")
            if re.search(r"\d[ \t]*$", pre) or re.match(r"\s+(in|on) (bay|bed) \d|[ \t]*,[ \t]*\d", post) or \
                    re.search(r"(bed|bay) \d+\s*$", pre):
                tags.append("next to a number")
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            prv = ents[i - 1] if i else None
            for other, gap in ((nxt, t[b:nxt["start"]] if nxt else ""), (prv, t[prv["end"]:a] if prv else "")):
                if other and other["type"] == "NAME" and re.fullmatch(r"\s*(,|&|\+|/|and|,\s*and)\s*", gap):
                    tags.append("in a list")
                    if re.fullmatch(r",", gap):
                        tags.append("run together (no space)")
                    break
            if v == v.lower():
                tags.append("lower case")
            elif v == v.upper():
                tags.append("capitals")
            if any(ord(c) > 127 for c in v):
                tags.append("non-ASCII letters")
            if "-" in v:
                tags.append("hyphen")
            if "'" in v or "’" in v:
                tags.append("apostrophe")
            if re.search(r"(?i)\b(van|de|du|da|dos|di|al|el|ap|ní|ó|st|le|von|ten|mac an|bin|la)\b[ -]", v):
                tags.append("particle")
            if re.search(r"\b[A-Z]\.|^[A-Z]{1,2} |\b[A-Z]$", v):
                tags.append("initials")
            for tg in tags:
                forms[tg] += 1
                examples.setdefault(tg, []).append(t[max(0, a - 25):b + 15].replace("\n", "⏎"))
    for tg, n in forms.most_common():
        P("NAME", tg, n, "|", " || ".join(examples[tg][:4]))
    P("NAME in records of style", Counter(rec.style for v, m, rec in names))
    P("\nrule uses", Counter(m.get("rule") for t, v, m, _ in metas if m.get("how") == "in place"))
    for t in ("TOWN", "DATE", "AGE_OVER_89", "ADDRESS", "HOSPITAL_NUMBER", "PHONE"):
        key = "where" if t == "TOWN" else "form"
        P(t, "forms", Counter(m.get(key) for tt, v, m, _ in metas if tt == t))
    P("templates used", len([t for t in TEMPLATE_USES if TEMPLATE_USES[t]]), "of",
      len(BODY_TEMPLATES) + len(OPENERS) + len(SIGNOFFS))
    P("decoys", sum(1 for r in records if r.decoy))
    with open(path, "rb") as fh:
        P("sha256", hashlib.sha256(fh.read()).hexdigest())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fft-dir", default=os.path.join(ROOT, "..", "shared", "data", "nhs_fft"))
    ap.add_argument("--out", default=os.path.join(ROOT, "evaluation", "data", "redaction_devset14.jsonl"))
    ap.add_argument("--seed", type=int, default=14141214)
    ap.add_argument("--n", type=int, default=520, help="records")
    ap.add_argument("--n-marker", type=int, default=230, help="records drawn from comments with redaction markers")
    ap.add_argument("--names", type=int, default=620, help="NAME target")
    ap.add_argument("--stats", action="store_true", help="print the figures on the card")
    args = ap.parse_args(argv)
    out, records, info = build(args)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    n_ent = sum(len(o["entities"]) for o in out)
    print(f"wrote {len(out)} records, {n_ent} entities to {os.path.relpath(args.out, ROOT)}")
    if args.stats:
        print_stats(out, records, info, args.out)


if __name__ == "__main__":
    main()
