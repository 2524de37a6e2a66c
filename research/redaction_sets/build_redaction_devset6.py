#!/usr/bin/env python3
"""Build redaction development set 6 (evaluation/data/redaction_devset6.jsonl).

Real NHS Friends and Family Test comments with invented personal details planted
into them.  Every planted detail carries its exact character span, its type and the
redaction profiles that must remove it.  The set leans on the forms that are hard in
real writing: addresses (written out in full and in part, over several lines, in
lower case, without commas, UK / Irish / Welsh / Scottish / Northern Irish / US),
dates of birth written every way people write them, and names of many kinds.

This script was written without opening the redactor, its tests or the other
redaction-set builders, and it never runs the redactor.  From the other redaction
sets and from data/labeled/corpus.jsonl it reads only the `id` field, to leave those
comments out.

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset6.py

All randomness comes from one random.Random(seed); nothing depends on set or hash
order, so the output is the same byte for byte on every run.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
import random

SEED = 6090361
N_RECORDS = 540
STD = ["standard", "hipaa_safe_harbor"]
HIP = ["hipaa_safe_harbor"]
HIPAA_ONLY = ("DATE", "AGE_OVER_89", "TOWN")
TYPES = ("NAME", "ADDRESS", "DATE_OF_BIRTH", "HOSPITAL_NUMBER", "PHONE", "EMAIL",
         "NHS_NUMBER", "POSTCODE", "ZIP", "URL", "DATE", "AGE_OVER_89", "TOWN")

# Targets the planting loop works towards, and the minimums check() enforces.
TARGETS = {"NAME": 440, "ADDRESS": 228, "DATE_OF_BIRTH": 136, "HOSPITAL_NUMBER": 96,
           "PHONE": 72, "EMAIL": 50, "NHS_NUMBER": 46, "POSTCODE": 42, "ZIP": 36,
           "URL": 26, "DATE": 56, "AGE_OVER_89": 42, "TOWN": 66}
MINIMUMS = {"NAME": 350, "ADDRESS": 200, "DATE_OF_BIRTH": 120, "HOSPITAL_NUMBER": 80,
            "PHONE": 50, "EMAIL": 35, "NHS_NUMBER": 35, "POSTCODE": 30, "ZIP": 25,
            "URL": 18, "DATE": 40, "AGE_OVER_89": 30, "TOWN": 45}
MIN_ENTITIES = 1100
MIN_RECORDS = 500
MIN_CARRIERS = 300


def split_list(block: str) -> list[str]:
    """Comma- or newline-separated words; keeps order, drops blanks."""
    out = []
    for line in block.strip().splitlines():
        for w in line.split(","):
            w = w.strip()
            if w:
                out.append(w)
    return out


# ---------------------------------------------------------------------------
# Word lists written for this set.
# ---------------------------------------------------------------------------

FEMALE = split_list("""
Bethan, Carys, Ffion, Seren, Angharad, Rhiannon, Lowri, Eirlys, Gwenllian, Mared,
Siobhan, Niamh, Aoife, Saoirse, Orla, Gráinne, Caoimhe, Róisín, Clodagh, Úna,
Eilidh, Morag, Kirsty, Isla, Catriona, Mhairi, Ishbel, Shona,
Maureen, Brenda, Sheila, Glenda, Pauline, Lorraine, Tracey, Stacey, Gemma, Chloe,
Leanne, Danielle, Hayley, Louise, Janet, Marjorie, Edna, Doreen, Beryl, Hilda,
Winifred, Gladys, Phyllis, Mabel, Ethel, Agnes, Freya, Evie, Harriet, Philippa,
Annabel, Rosalind, Penelope, Vanessa, Yvonne, Bernadette, Jacqueline, Wendy,
Simran, Gurpreet, Manjit, Jaswinder, Parminder, Deepa, Kavita, Sunita, Nisha, Meera,
Lakshmi, Shreya, Divya, Pooja, Rukhsana, Shazia, Nazia, Farzana, Tahmina, Rehana,
Ayesha, Zainab, Mariam, Sana, Hira, Iqra, Rabia, Shabnam, Bushra, Nusrat,
Chiamaka, Ngozi, Adaeze, Folake, Funmilayo, Yetunde, Abimbola, Efua, Akosua, Adjoa,
Thandiwe, Nomvula, Zanele, Wanjiru, Njeri, Amina, Hodan, Faduma, Hibaq, Sagal,
Chipo, Rutendo, Fikile, Marcia, Beverley, Sonia, Claudette, Paulette, Hyacinth,
Agnieszka, Małgorzata, Katarzyna, Zofia, Magdalena, Ewelina, Dorota, Urszula,
Ioana, Andreea, Mihaela, Oana, Oksana, Olena, Iryna, Svitlana, Ieva, Rasa, Ilze,
Zuzana, Lenka, Xiaoling, Jing, Hui Min, Yuki, Haruka, Emiko, Ji-woo, Soo-ah,
Min-ji, Hye-jin, Thuy, Ngoc Anh, Linh, Giulia, Chiara, Francesca, Lucia, Pilar,
Rocío, Inês, Beatriz, Leonor, Eleni, Despina, Ingrid, Sigrid, Solveig, Annika,
Maartje, Femke, Saskia, Anke, Hanne, Yasmin, Leila, Rania, Huda, Layla, Samira,
Elif, Zeynep, Ayşe, Merve, Shirin, Parisa, Miriam, Rivka, Tova, Chana,
Lily-Rose, Anne-Marie, Mary-Jo, Kerry-Louise, Zoë, Chloé
""")

MALE = split_list("""
Geoffrey, Clive, Malcolm, Trevor, Nigel, Derek, Keith, Graham, Roy, Ernest, Cyril,
Wilfred, Harold, Dennis, Terence, Barry, Gary, Wayne, Darren, Craig, Dean, Kyle,
Liam, Callum, Connor, Rhys, Dafydd, Gethin, Iwan, Emyr, Huw, Owain, Aled, Cian,
Oisín, Pádraig, Seán, Cathal, Donal, Eoghan, Fergus, Hamish, Angus, Euan, Lachlan,
Murdo, Alasdair, Fraser, Archie, Alfie, Theo, Toby, Jasper, Rupert, Hugo, Barnaby,
Gurdeep, Jaspal, Kuldip, Sukhwinder, Ranjit, Rajesh, Sanjay, Vikram, Arjun, Rohan,
Nikhil, Aditya, Pranav, Imran, Bilal, Usman, Faisal, Zubair, Asif, Kamran, Shahid,
Naveed, Abdul, Mohammed, Yusuf, Ibrahim, Rafiq, Shafiq, Mizanur, Anwar, Habib,
Chukwuemeka, Obinna, Emeka, Chidi, Olumide, Femi, Segun, Kwabena, Kofi, Yaw, Kwesi,
Kojo, Thabo, Sipho, Mandla, Otieno, Abdi, Mahad, Abdirahman, Tafadzwa, Themba,
Delroy, Winston, Errol, Clinton, Leroy, Piotr, Tomasz, Krzysztof, Marcin, Paweł,
Grzegorz, Łukasz, Andrzej, Bogdan, Mihai, Ionuț, Florin, Cătălin, Vasyl, Taras,
Dmytro, Oleksandr, Mindaugas, Jānis, Aivars, Ondřej, Jakub, Wei, Jian, Hao, Zhiwei,
Kenji, Hiroshi, Takumi, Daisuke, Min-jun, Seo-jun, Jae-hyun, Quang, Tuan, Duc,
Giuseppe, Matteo, Lorenzo, Alessandro, Álvaro, Íñigo, Joaquín, João, Tiago, Duarte,
Nikos, Yiannis, Dimitris, Bjørn, Henrik, Magnus, Sven, Joost, Bram, Sjoerd,
Jürgen, Florian, Matthias, Karim, Omar, Khalid, Samir, Walid, Mustafa, Emre,
Mehmet, Burak, Kerem, Dariush, Reza, Arash, Shlomo, Moshe, Yossi, Avi,
Jean-Paul, Abdul-Karim, Jean-Luc, Tomás
""")

UNISEX = split_list("""
Alex, Sam, Jordan, Casey, Morgan, Jamie, Charlie, Frankie, Ashley, Nana, Tendai,
Rowan, Kai, Sasha, Eden, Jude, Remi, Ali, Noor, Hong, Jin, Tenzin, Sandeep
""")

# First names that are also ordinary words.
WORD_F = split_list("""
Hope, Grace, Joy, Patience, Mercy, Charity, Honor, Ivy, Rose, Holly, Hazel, Daisy,
Poppy, Amber, Crystal, Pearl, Violet, Iris, Olive, Summer, Autumn, April, May, June,
Dawn, Sunny, Sky, Penny, Candy, Ginger, Melody, Harmony, Destiny, Heather, Fern,
Willow, Meadow, Blossom, Liberty, Bliss
""")
WORD_M = split_list("""
Will, Bill, Bob, Rob, Pat, Mark, Jack, Frank, Rich, Nick, Drew, Ray, Art, Sonny,
Cliff, Dale, Glen, Heath, Lance, Miles, Reed, Wade, Chase, Grant, Chip, Duke,
Earl, Rocky, Jimmy, Buck
""")

SURNAMES = split_list("""
Ackroyd, Bainbridge, Blenkinsop, Cattermole, Dobson, Entwistle, Featherstone,
Gledhill, Haworth, Illingworth, Kershaw, Lumb, Metcalfe, Nuttall, Ormerod,
Pickersgill, Rawcliffe, Sowerby, Thwaite, Uttley, Wainwright, Whitehead, Calverley,
Armitage, Colclough, Dunderdale, Fothergill, Greenhalgh, Hepworth, Mottram,
Postlethwaite, Rushworth, Satterthwaite, Walmsley, Widdowson, Fairbairn, Stubbs,
Pennington, Hetherington, Rowbotham, Clegg, Marwood, Pritchard, Prosser, Bevan,
Gwilliam, Powell, Griffiths, Llewellyn, Parry, Pugh, Howells, Meredith, Rees,
Probert, O'Donoghue, McGuinness, Fitzpatrick, Geraghty, Moriarty, Dolan, Kinsella,
Brennan, Tierney, Hegarty, Mulcahy, Keogh, Ó Súilleabháin, Mac Giolla Phádraig,
MacLeod, MacAulay, Sutherland, Urquhart, Menzies, Buchanan, Gillespie, Drummond,
Crichton, MacKinnon, Lamont, Strachan, Chaudhry, Sandhu, Dhillon, Bains, Grewal,
Kaur, Singh, Mistry, Pandya, Joshi, Iyer, Nair, Menon, Reddy, Banerjee, Chatterjee,
Mukherjee, Ghosh, Hussain, Qureshi, Malik, Siddiqui, Mirza, Akhtar, Choudhury,
Uddin, Miah, Hossain, Adeyemi, Oyelaran, Nwosu, Chukwu, Adebayo, Balogun, Ogunleye,
Asante, Boateng, Owusu, Darko, Appiah, Agyeman, Ndlovu, Dube, Moyo, Mutasa, Kamau,
Wanjiku, Kariuki, Warsame, Abdullahi, Hirsi, Jama, Haile, Tesfaye, Gebremedhin,
Campbell, McKenzie, Brathwaite, Beckford, Kowalczyk, Wiśniewski, Zieliński,
Lewandowska, Kamiński, Szymańska, Dąbrowski, Grabowski, Pawlak, Jankowski, Nowicki,
Kaczmarek, Popescu, Ionescu, Dumitrescu, Stoica, Bondarenko, Kovalenko, Tkachenko,
Petrauskas, Kazlauskas, Bērziņš, Zhang, Liu, Huang, Zhou, Cheung, Ng, Lam, Tanaka,
Watanabe, Yamamoto, Nakamura, Kobayashi, Park, Choi, Jung, Kang, Yoon, Nguyen, Tran,
Pham, Vu, Dang, Rossi, Esposito, Bianchi, Ricci, García, Fernández, López, Sánchez,
Pereira, Ferreira, Carvalho, Papadopoulos, Georgiou, Christodoulou, de Vries,
van Dijk, Visser, Jansen, Lindqvist, Johansson, Nieminen, Virtanen, Halvorsen,
Schneider, Hoffmann, Vogel, Demir, Çelik, Aydın, Öztürk, Kaya, Haddad, Khoury,
Mansour, Al-Rashid, El-Amin, Hosseini, Karimi, Rostami, Ahmadi, Levy, Goldberg,
Rosenthal, Friedman, Katz, van den Broek, de la Cruz, dos Reis, ter Horst, ap Gwilym,
Ashworth-Kaur, Fenwick-Boateng, Lloyd-Pritchard, Carter-Nwosu, Moreno-Hughes,
Sutton-Adeyemi, Hart-Delaney, Bell-Chowdhury, Okoro, Ibekwe, Olatunji
""")

# Surnames that are also ordinary words.
WORD_SUR = split_list("""
Baker, Cook, Young, Little, Brown, Green, White, Black, Hill, Wood, Bell, King, Moss,
Frost, Hall, Lamb, Church, Gold, Sharp, Swift, Wise, Hardy, Bright, Savage, Winter,
Summers, Brook, Lake, Field, Fisher, Carpenter, Mason, Sweet, Knight, Rich, Booth
""")

MIDDLE = split_list("""
Anne, Louise, Marie, Jane, Elizabeth, Rose, James, John, Edward, Thomas, Ahmed,
Kumar, Chinedu, Wyn, Seamus, Mei-Ling, Olu
""")

# ---------------------------------------------------------------------------
# Places: (town, county, [outward codes]).  Counties may be None.
# ---------------------------------------------------------------------------

ENG_TOWNS = [
    ("Hexham", "Northumberland", ["NE46"]), ("Stockton-on-Tees", "Co. Durham", ["TS18", "TS19", "TS20"]),
    ("Bishop's Stortford", "Hertfordshire", ["CM23"]), ("Newcastle upon Tyne", "Tyne and Wear", ["NE4", "NE5", "NE6", "NE15"]),
    ("Berwick-upon-Tweed", "Northumberland", ["TD15"]), ("Barrow-in-Furness", "Cumbria", ["LA13", "LA14"]),
    ("Market Harborough", "Leicestershire", ["LE16"]), ("Burton upon Trent", "Staffordshire", ["DE13", "DE14", "DE15"]),
    ("Stratford-upon-Avon", "Warwickshire", ["CV37"]), ("Henley-on-Thames", "Oxfordshire", ["RG9"]),
    ("Weston-super-Mare", "Somerset", ["BS22", "BS23", "BS24"]), ("Ashby-de-la-Zouch", "Leicestershire", ["LE65"]),
    ("Chester-le-Street", "County Durham", ["DH2", "DH3"]), ("Hemel Hempstead", "Hertfordshire", ["HP1", "HP2", "HP3"]),
    ("Bury St Edmunds", "Suffolk", ["IP32", "IP33"]), ("King's Lynn", "Norfolk", ["PE30", "PE31"]),
    ("Saffron Walden", "Essex", ["CB10", "CB11"]), ("Newton Abbot", "Devon", ["TQ12"]),
    ("Great Yarmouth", "Norfolk", ["NR30", "NR31"]), ("Melton Mowbray", "Leicestershire", ["LE13", "LE14"]),
    ("Sutton-in-Ashfield", "Nottinghamshire", ["NG17"]), ("Wellingborough", "Northamptonshire", ["NN8", "NN9"]),
    ("Kettering", "Northamptonshire", ["NN15", "NN16"]), ("Corby", "Northamptonshire", ["NN17", "NN18"]),
    ("Northampton", "Northamptonshire", ["NN1", "NN2", "NN3", "NN5"]), ("Daventry", "Northamptonshire", ["NN11"]),
    ("Rushden", "Northamptonshire", ["NN10"]), ("Towcester", "Northamptonshire", ["NN12"]),
    ("Darlington", "Co Durham", ["DL1", "DL3"]), ("Spennymoor", "County Durham", ["DL16"]),
    ("Peterlee", "County Durham", ["SR8"]), ("Consett", "Co. Durham", ["DH8"]),
    ("Guisborough", "North Yorkshire", ["TS14"]), ("Redcar", None, ["TS10"]),
    ("Whitby", "North Yorkshire", ["YO21", "YO22"]), ("Pickering", "North Yorkshire", ["YO18"]),
    ("Morpeth", "Northumberland", ["NE61"]), ("Alnwick", "Northumberland", ["NE66"]),
    ("Blyth", "Northumberland", ["NE24"]), ("Cramlington", "Northumberland", ["NE23"]),
    ("Ashington", "Northumberland", ["NE63"]), ("Gateshead", "Tyne & Wear", ["NE8", "NE9", "NE10"]),
    ("Sunderland", "Tyne and Wear", ["SR2", "SR4", "SR5"]), ("South Shields", "Tyne and Wear", ["NE33", "NE34"]),
    ("Whitley Bay", "Tyne and Wear", ["NE25", "NE26"]), ("Wallsend", None, ["NE28"]),
    ("Jarrow", None, ["NE32"]), ("Durham", None, ["DH1"]), ("Bishop Auckland", "County Durham", ["DL14"]),
    ("Barnard Castle", "Co. Durham", ["DL12"]), ("Hartlepool", None, ["TS24", "TS25", "TS26"]),
    ("Middlesbrough", None, ["TS1", "TS4", "TS5"]), ("Thirsk", "North Yorkshire", ["YO7"]),
    ("Northallerton", "N Yorks", ["DL6", "DL7"]), ("Ripon", "North Yorkshire", ["HG4"]),
    ("Skipton", "North Yorkshire", ["BD23"]), ("Halifax", "West Yorkshire", ["HX1", "HX2", "HX3"]),
    ("Huddersfield", "West Yorkshire", ["HD1", "HD3", "HD5"]), ("Wakefield", "W Yorks", ["WF1", "WF2"]),
    ("Keighley", "West Yorkshire", ["BD20", "BD21"]), ("Leeds", None, ["LS7", "LS8", "LS11", "LS12"]),
    ("Bradford", None, ["BD3", "BD5", "BD8", "BD9"]), ("Ilkley", "West Yorkshire", ["LS29"]),
    ("Rotherham", "South Yorkshire", ["S60", "S61", "S65"]), ("Chesterfield", "Derbyshire", ["S40", "S41", "S43"]),
    ("Buxton", "Derbyshire", ["SK17"]), ("Matlock", "Derbyshire", ["DE4"]), ("Lincoln", None, ["LN1", "LN2", "LN6"]),
    ("Louth", "Lincolnshire", ["LN11"]), ("Boston", "Lincs", ["PE21"]), ("Spalding", "Lincolnshire", ["PE11"]),
    ("Grantham", "Lincolnshire", ["NG31"]), ("Newark", "Notts", ["NG24"]), ("Mansfield", "Nottinghamshire", ["NG18", "NG19"]),
    ("Worksop", "Nottinghamshire", ["S80", "S81"]), ("Loughborough", "Leicestershire", ["LE11"]),
    ("Hinckley", "Leicestershire", ["LE10"]), ("Rugby", "Warwickshire", ["CV21", "CV22"]),
    ("Leamington Spa", "Warwickshire", ["CV31", "CV32"]), ("Nuneaton", "Warwickshire", ["CV10", "CV11"]),
    ("Redditch", "Worcestershire", ["B97", "B98"]), ("Kidderminster", "Worcestershire", ["DY10", "DY11"]),
    ("Ludlow", "Shropshire", ["SY8"]), ("Shrewsbury", "Shropshire", ["SY1", "SY2", "SY3"]),
    ("Oswestry", "Shropshire", ["SY10", "SY11"]), ("Telford", "Shropshire", ["TF1", "TF3", "TF7"]),
    ("Stafford", "Staffs", ["ST16", "ST17"]), ("Leek", "Staffordshire", ["ST13"]),
    ("Stoke-on-Trent", "Staffordshire", ["ST1", "ST3", "ST4", "ST6"]), ("Crewe", "Cheshire", ["CW1", "CW2"]),
    ("Nantwich", "Cheshire", ["CW5"]), ("Macclesfield", "Cheshire", ["SK10", "SK11"]),
    ("Southport", "Merseyside", ["PR8", "PR9"]), ("Wigan", "Lancashire", ["WN1", "WN3", "WN6"]),
    ("Bolton", "Lancashire", ["BL1", "BL2", "BL3"]), ("Rochdale", "Lancashire", ["OL11", "OL12"]),
    ("Oldham", None, ["OL1", "OL4", "OL8"]), ("Blackburn", "Lancashire", ["BB1", "BB2"]),
    ("Accrington", "Lancashire", ["BB5"]), ("Burnley", "Lancashire", ["BB10", "BB11", "BB12"]),
    ("Lancaster", "Lancashire", ["LA1"]), ("Morecambe", "Lancashire", ["LA3", "LA4"]),
    ("Kendal", "Cumbria", ["LA9"]), ("Penrith", "Cumbria", ["CA11"]), ("Carlisle", "Cumbria", ["CA1", "CA2", "CA3"]),
    ("Whitehaven", "Cumbria", ["CA28"]), ("Workington", "Cumbria", ["CA14"]), ("Cockermouth", "Cumbria", ["CA13"]),
    ("Ulverston", "Cumbria", ["LA12"]), ("Taunton", "Somerset", ["TA1", "TA2"]), ("Bridgwater", "Somerset", ["TA6"]),
    ("Yeovil", "Somerset", ["BA20", "BA21"]), ("Frome", "Somerset", ["BA11"]), ("Trowbridge", "Wiltshire", ["BA14"]),
    ("Chippenham", "Wiltshire", ["SN14", "SN15"]), ("Swindon", "Wilts", ["SN1", "SN2", "SN3", "SN5"]),
    ("Cirencester", "Gloucestershire", ["GL7"]), ("Stroud", "Gloucestershire", ["GL5"]),
    ("Cheltenham", "Gloucestershire", ["GL50", "GL51", "GL52"]), ("Tewkesbury", "Gloucestershire", ["GL20"]),
    ("Hereford", "Herefordshire", ["HR1", "HR2", "HR4"]), ("Ross-on-Wye", "Herefordshire", ["HR9"]),
    ("Leominster", "Herefordshire", ["HR6"]), ("Truro", "Cornwall", ["TR1"]), ("Falmouth", "Cornwall", ["TR11"]),
    ("Bodmin", "Cornwall", ["PL31"]), ("Launceston", "Cornwall", ["PL15"]), ("Barnstaple", "Devon", ["EX31", "EX32"]),
    ("Bideford", "Devon", ["EX39"]), ("Tiverton", "Devon", ["EX16"]), ("Exmouth", "Devon", ["EX8"]),
    ("Dorchester", "Dorset", ["DT1"]), ("Bridport", "Dorset", ["DT6"]), ("Weymouth", "Dorset", ["DT3", "DT4"]),
    ("Salisbury", "Wiltshire", ["SP1", "SP2"]), ("Andover", "Hampshire", ["SP10", "SP11"]),
    ("Basingstoke", "Hants", ["RG21", "RG22", "RG24"]), ("Aldershot", "Hampshire", ["GU11", "GU12"]),
    ("Guildford", "Surrey", ["GU1", "GU2", "GU4"]), ("Horsham", "West Sussex", ["RH12", "RH13"]),
    ("Crawley", "West Sussex", ["RH10", "RH11"]), ("Tunbridge Wells", "Kent", ["TN1", "TN2", "TN4"]),
    ("Sevenoaks", "Kent", ["TN13", "TN14"]), ("Ashford", "Kent", ["TN23", "TN24", "TN25"]),
    ("Folkestone", "Kent", ["CT19", "CT20"]), ("Margate", "Kent", ["CT9"]), ("Chelmsford", "Essex", ["CM1", "CM2"]),
    ("Colchester", "Essex", ["CO1", "CO2", "CO3"]), ("Clacton-on-Sea", "Essex", ["CO15", "CO16"]),
    ("Southend-on-Sea", "Essex", ["SS1", "SS2", "SS3"]), ("Ipswich", "Suffolk", ["IP1", "IP2", "IP4"]),
    ("Lowestoft", "Suffolk", ["NR32", "NR33"]), ("Thetford", "Norfolk", ["IP24"]), ("Diss", "Norfolk", ["IP22"]),
    ("Ely", "Cambridgeshire", ["CB6", "CB7"]), ("Huntingdon", "Cambs", ["PE29"]), ("St Neots", "Cambridgeshire", ["PE19"]),
    ("Bedford", "Bedfordshire", ["MK40", "MK41", "MK42"]), ("Milton Keynes", "Bucks", ["MK3", "MK8", "MK13"]),
    ("Aylesbury", "Buckinghamshire", ["HP19", "HP20", "HP21"]), ("High Wycombe", "Buckinghamshire", ["HP11", "HP13"]),
    ("Banbury", "Oxfordshire", ["OX16"]), ("Bicester", "Oxon", ["OX26"]), ("Witney", "Oxfordshire", ["OX28"]),
    ("Newbury", "Berkshire", ["RG14"]), ("Stevenage", "Herts", ["SG1", "SG2"]), ("Hitchin", "Hertfordshire", ["SG4", "SG5"]),
    ("Letchworth Garden City", "Hertfordshire", ["SG6"]), ("Welwyn Garden City", "Hertfordshire", ["AL7", "AL8"]),
    ("St Albans", "Hertfordshire", ["AL1", "AL3", "AL4"]), ("Harlow", "Essex", ["CM18", "CM19", "CM20"]),
    ("Hastings", "East Sussex", ["TN34", "TN35"]), ("Bexhill-on-Sea", "East Sussex", ["TN39", "TN40"]),
    ("Eastbourne", "East Sussex", ["BN21", "BN22", "BN23"]), ("Lewes", "East Sussex", ["BN7"]),
    ("Worthing", "West Sussex", ["BN11", "BN12", "BN14"]), ("Bognor Regis", "West Sussex", ["PO21", "PO22"]),
    ("Chichester", "West Sussex", ["PO19"]), ("Ryde", "Isle of Wight", ["PO33"]),
    ("Sutton Coldfield", "West Midlands", ["B72", "B73", "B75"]), ("Walsall", "West Midlands", ["WS1", "WS2", "WS5"]),
    ("Wolverhampton", None, ["WV1", "WV3", "WV6"]), ("Dudley", "West Midlands", ["DY1", "DY2"]),
    ("West Bromwich", None, ["B70", "B71"]), ("Lytham St Annes", "Lancashire", ["FY8"]),
    ("Newcastle-under-Lyme", "Staffordshire", ["ST5"]), ("Sutton-on-Sea", "Lincolnshire", ["LN12"]),
    ("Wotton-under-Edge", "Gloucestershire", ["GL12"]), ("Bradford-on-Avon", "Wiltshire", ["BA15"]),
]

WAL_TOWNS = [
    ("Llandeilo", "Carmarthenshire", ["SA19"]), ("Aberystwyth", "Ceredigion", ["SY23"]),
    ("Machynlleth", "Powys", ["SY20"]), ("Caernarfon", "Gwynedd", ["LL55"]), ("Bala", "Gwynedd", ["LL23"]),
    ("Llanidloes", "Powys", ["SY18"]), ("Pwllheli", "Gwynedd", ["LL53"]), ("Dolgellau", "Gwynedd", ["LL40"]),
    ("Merthyr Tydfil", None, ["CF47", "CF48"]), ("Haverfordwest", "Pembrokeshire", ["SA61", "SA62"]),
    ("Porthmadog", "Gwynedd", ["LL49"]), ("Llanelli", "Carmarthenshire", ["SA14", "SA15"]),
    ("Pontypridd", "Rhondda Cynon Taf", ["CF37"]), ("Abergavenny", "Monmouthshire", ["NP7"]),
    ("Wrexham", None, ["LL11", "LL12", "LL13"]), ("Rhyl", "Denbighshire", ["LL18"]), ("Bangor", "Gwynedd", ["LL57"]),
    ("Holyhead", "Anglesey", ["LL65"]), ("Ystradgynlais", "Powys", ["SA9"]), ("Ammanford", "Carmarthenshire", ["SA18"]),
    ("Cardigan", "Ceredigion", ["SA43"]), ("Newtown", "Powys", ["SY16"]), ("Welshpool", "Powys", ["SY21"]),
    ("Ebbw Vale", "Blaenau Gwent", ["NP23"]), ("Tredegar", "Blaenau Gwent", ["NP22"]),
    ("Port Talbot", None, ["SA12", "SA13"]), ("Neath", None, ["SA10", "SA11"]), ("Aberdare", None, ["CF44"]),
    ("Blaenau Ffestiniog", "Gwynedd", ["LL41"]), ("Llandrindod Wells", "Powys", ["LD1"]),
]

SCO_TOWNS = [
    ("Kirriemuir", "Angus", ["DD8"]), ("Oban", "Argyll", ["PA34"]), ("Peebles", "Peeblesshire", ["EH45"]),
    ("Stonehaven", "Kincardineshire", ["AB39"]), ("Dunblane", "Perthshire", ["FK15"]), ("Kirkcaldy", "Fife", ["KY1", "KY2"]),
    ("Fort William", "Inverness-shire", ["PH33"]), ("Galashiels", "Selkirkshire", ["TD1"]), ("Elgin", "Moray", ["IV30"]),
    ("Thurso", "Caithness", ["KW14"]), ("Paisley", "Renfrewshire", ["PA1", "PA2", "PA3"]),
    ("Glasgow", None, ["G11", "G12", "G31", "G41", "G42"]), ("Edinburgh", None, ["EH6", "EH7", "EH9", "EH10", "EH11"]),
    ("Dundee", None, ["DD2", "DD3", "DD4"]), ("Aberdeen", None, ["AB10", "AB11", "AB15"]),
    ("Inverness", None, ["IV2", "IV3"]), ("Perth", None, ["PH1", "PH2"]), ("Stirling", None, ["FK7", "FK8"]),
    ("Dumfries", "Dumfriesshire", ["DG1", "DG2"]), ("Ayr", "Ayrshire", ["KA7", "KA8"]), ("Kilmarnock", "Ayrshire", ["KA1", "KA3"]),
    ("Arbroath", "Angus", ["DD11"]), ("Montrose", "Angus", ["DD10"]), ("Fraserburgh", "Aberdeenshire", ["AB43"]),
    ("Peterhead", "Aberdeenshire", ["AB42"]), ("Portree", "Isle of Skye", ["IV51"]), ("Stornoway", "Isle of Lewis", ["HS1"]),
    ("Lerwick", "Shetland", ["ZE1"]), ("Kirkwall", "Orkney", ["KW15"]), ("Dunfermline", "Fife", ["KY11", "KY12"]),
    ("Falkirk", None, ["FK1", "FK2"]), ("Motherwell", "Lanarkshire", ["ML1"]), ("East Kilbride", None, ["G74", "G75"]),
    ("Cumbernauld", None, ["G67", "G68"]), ("Livingston", "West Lothian", ["EH54"]), ("Musselburgh", "East Lothian", ["EH21"]),
    ("North Berwick", "East Lothian", ["EH39"]),
]

NI_TOWNS = [
    ("Enniskillen", "Co. Fermanagh", ["BT74"]), ("Coleraine", "Co. Londonderry", ["BT51", "BT52"]),
    ("Newry", "Co. Down", ["BT34", "BT35"]), ("Omagh", "Co Tyrone", ["BT78", "BT79"]),
    ("Ballymena", "Co. Antrim", ["BT42", "BT43"]), ("Lisburn", "Co. Antrim", ["BT27", "BT28"]),
    ("Armagh", "Co. Armagh", ["BT60", "BT61"]), ("Dungannon", "County Tyrone", ["BT70", "BT71"]),
    ("Strabane", "Co. Tyrone", ["BT82"]), ("Belfast", None, ["BT5", "BT6", "BT9", "BT14", "BT15"]),
    ("Portrush", "County Antrim", ["BT56"]), ("Cookstown", "Co. Tyrone", ["BT80"]), ("Larne", "Co. Antrim", ["BT40"]),
    ("Downpatrick", "Co. Down", ["BT30"]),
]

# Republic of Ireland: (town, county, Eircode routing key).
IE_TOWNS = [
    ("Ballincollig", "Co. Cork", "P31"), ("Tralee", "Co. Kerry", "V92"), ("Castlebar", "Co. Mayo", "F23"),
    ("Athlone", "Co. Westmeath", "N37"), ("Letterkenny", "Co. Donegal", "F92"), ("Navan", "Co. Meath", "C15"),
    ("Ennis", "Co. Clare", "V95"), ("Kilkenny", "Co. Kilkenny", "R95"), ("Dundalk", "Co. Louth", "A91"),
    ("Galway", "Co. Galway", "H91"), ("Sligo", "Co. Sligo", "F91"), ("Wexford", "Co. Wexford", "Y35"),
    ("Mullingar", "Co. Westmeath", "N91"), ("Clonmel", "Co. Tipperary", "E91"), ("Drogheda", "Co. Louth", "A92"),
    ("Killarney", "Co. Kerry", "V93"), ("Naas", "Co. Kildare", "W91"), ("Carlow", "Co. Carlow", "R93"),
    ("Bray", "Co. Wicklow", "A98"), ("Ballyhaunis", "Co. Mayo", "F35"), ("Skibbereen", "Co. Cork", "P81"),
    ("Dungarvan", "Co. Waterford", "X35"),
]
IE_TOWNLANDS = split_list("""
Cloonfad, Knockmore, Ballytivnan, Derrylea, Carrowkeel, Gortnahoe, Lisnagry,
Rathcoole, Kilbrittain, Ardnagashel, Tullyvin, Drumcliffe South
""")
IE_STREETS = split_list("""
Ard na Gréine, Bóthar na Trá, Páirc an Chaisleáin, Cluain Árd, Oakfield Park,
The Paddocks, Church View, Friary Road, Abbey Court, Sráid an Mhuilinn, Ashbrook Heights,
Cnoc na Gréine, Fairgreen, The Crescent, Bridge Street Lower
""")

WAL_STREETS = split_list("""
Heol y Felin, Ffordd Glyndŵr, Stryd Fawr, Lôn Goed, Maes y Dderwen, Bryn Teg,
Heol Caradog, Cae Bach, Ffordd Penrhos, Lôn Las, Heol yr Ysgol, Maes yr Haf,
Rhodfa'r Môr, Stryd y Capel, Tan y Bryn, Heol Dinefwr
""")
WAL_HOUSES = split_list("""
Bryn Awel, Ty Gwyn, Hafod Wen, Cartref, Glan yr Afon, Penrhiw, Ty'n y Coed,
Gwêl y Môr, Awelfryn, Llys Helyg
""")
SCO_STREETS = split_list("""
Kelvinhaugh Street, Thistlebank Wynd, Braeside Loan, Marchfield Brae, Kirkgate Vennel,
Burnside Terrace, Whinhill Crescent, Laverock Drive, Tollcross Gardens, Hawthornbank Lane,
Strathearn Road, Ferryden Place, Netherby Wynd, Corsehill Street, Glenlyon Avenue
""")
SCO_HOUSES = split_list("""
Tigh na Mara, Westerton Farm, Ardbeg Cottage, Balnacoil, The Old Schoolhouse,
Croft Cottage, Achnacarry House, Mains of Dalvey
""")

# Villages with the post town they are written with.
VILLAGES = [
    ("Great Ayton", "Middlesbrough", "TS9"), ("Wolsingham", "Bishop Auckland", "DL13"),
    ("Corbridge", "Hexham", "NE45"), ("Haydon Bridge", "Hexham", "NE47"), ("Felton", "Morpeth", "NE65"),
    ("Sedgefield", "Stockton-on-Tees", "TS21"), ("Staindrop", "Darlington", "DL2"), ("Ingleton", "Carnforth", "LA6"),
    ("Grassington", "Skipton", "BD23"), ("Hutton-le-Hole", "York", "YO62"), ("Sleights", "Whitby", "YO22"),
    ("Appleby-in-Westmorland", "Penrith", "CA16"), ("Kirkby Stephen", "Penrith", "CA17"),
    ("Long Sutton", "Spalding", "PE12"), ("Wragby", "Market Rasen", "LN8"), ("Ollerton", "Newark", "NG22"),
    ("Much Wenlock", "Telford", "TF13"), ("Cleobury Mortimer", "Kidderminster", "DY14"),
    ("Chipping Campden", "Gloucestershire", "GL55"), ("Moreton-in-Marsh", "Gloucestershire", "GL56"),
    ("Castle Cary", "Somerset", "BA7"), ("Wiveliscombe", "Taunton", "TA4"), ("Chagford", "Newton Abbot", "TQ13"),
    ("St Just", "Penzance", "TR19"), ("Beaminster", "Dorset", "DT8"), ("Stockbridge", "Hampshire", "SO20"),
    ("Great Dunmow", "Essex", "CM6"), ("Much Hadham", "Hertfordshire", "SG10"), ("Long Melford", "Sudbury", "CO10"),
    ("Wells-next-the-Sea", "Norfolk", "NR23"), ("Potton", "Sandy", "SG19"), ("Winslow", "Buckingham", "MK18"),
    ("Hay-on-Wye", "Hereford", "HR3"), ("Llanybydder", "Carmarthenshire", "SA40"), ("Trefriw", "Conwy", "LL27"),
    ("Cwmllynfell", "Swansea", "SA9"), ("Aberfeldy", "Perthshire", "PH15"), ("Pitlochry", "Perthshire", "PH16"),
    ("Tarbert", "Argyll", "PA29"), ("Carrbridge", "Inverness-shire", "PH23"), ("Comber", "Newtownards", "BT23"),
    ("Bushmills", "Co. Antrim", "BT57"), ("Barton-upon-Humber", "North Lincolnshire", "DN18"),
    ("Bolton-le-Sands", "Carnforth", "LA5"), ("Newbiggin-by-the-Sea", "Northumberland", "NE64"),
]

STREET_STEMS = split_list("""
Mill, Tannery, Quarry, Sycamore, Jubilee, Coronation, Orchard, Beacon, Foundry,
Chapel, Ropewalk, Kiln, Weavers, Cobblers, Heron, Larchwood, Bramble, Thistle,
Lapwing, Kingfisher, Curlew, Otterburn, Whinfield, Gorse, Maltings, Brewery,
Hollybush, Elmtree, Ashgrove, Mulberry, Damson, Medlar, Quince, Saxon, Gladstone,
Balaclava, Ladysmith, Albany, Cavendish, Harcourt, Montague, Ravensworth, Fenwick,
Dacre, Brackenbury, Fairfield, Greenacre, Highfield, Westfield, Nether, Upper,
Low, Back, Plover, Sandpiper, Swallow, Partridge, Pinfold, Tenter, Coldharbour,
Cheapside, Shambles, Pump, Well, Bridle, Drovers, Packhorse, Tithe Barn, Vicarage,
Glebe, Parsonage, Almshouse, Hospital, Sunnybank, Rookery, Wheatsheaf, Haymarket,
St Oswald's, St Hilda's, Lady's, Cross, Stonegate, Millbank, Tower, Foxhill, Lark Rise
""")
STREET_TYPES = [("Lane", "Ln"), ("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"),
                ("Close", "Cl"), ("Crescent", "Cres"), ("Drive", "Dr"), ("Grove", "Gr"),
                ("Terrace", "Terr"), ("Gardens", "Gdns"), ("Way", None), ("Walk", None),
                ("Place", "Pl"), ("Court", "Ct"), ("Row", None), ("Rise", None), ("View", None),
                ("Mews", None), ("Green", None), ("Square", "Sq"), ("Bank", None), ("Yard", None)]
HOUSE_NAMES = split_list("""
Rose Cottage, The Old Rectory, Hawthorn House, Windyridge, Meadowcroft, The Granary,
Orchard End, Fern Lodge, Glenview, Lilac Cottage, The Coach House, High Barn,
Kestrel Lodge, The Old Post Office, Wisteria Cottage, Brookside, Two Chimneys,
Hillcrest, The Bothy, Low Farm, Ivy House Farm, The Nook, Cherry Tree Cottage,
Stable Cottage, Lark Hill House, Beechwood, The Laurels, Number Nine
""")
BLOCK_NAMES = split_list("""
Ashdown House, Kestrel Court, Jubilee Mansions, Fairhaven Court, Riverside Lofts,
Tannery Wharf, Belmont Tower, Orchard House, Grosvenor Mansions, Sandpiper Court,
Heron Quay, Coppergate House
""")

# US: (city, state abbreviation, state name, ZIP prefixes)
US_CITIES = [
    ("Columbus", "OH", "Ohio", ["432"]), ("Tacoma", "WA", "Washington", ["984"]),
    ("Albuquerque", "NM", "New Mexico", ["871"]), ("Savannah", "GA", "Georgia", ["314"]),
    ("Duluth", "MN", "Minnesota", ["558"]), ("Boise", "ID", "Idaho", ["837"]),
    ("Providence", "RI", "Rhode Island", ["029"]), ("Tulsa", "OK", "Oklahoma", ["741"]),
    ("Fresno", "CA", "California", ["937"]), ("Lexington", "KY", "Kentucky", ["405"]),
    ("Madison", "WI", "Wisconsin", ["537"]), ("Spokane", "WA", "Washington", ["992"]),
    ("Omaha", "NE", "Nebraska", ["681"]), ("Richmond", "VA", "Virginia", ["232"]),
    ("Burlington", "VT", "Vermont", ["054"]), ("Des Moines", "IA", "Iowa", ["503"]),
    ("Baton Rouge", "LA", "Louisiana", ["708"]), ("El Paso", "TX", "Texas", ["799"]),
    ("Harrisburg", "PA", "Pennsylvania", ["171"]), ("Grand Rapids", "MI", "Michigan", ["495"]),
    ("Wichita", "KS", "Kansas", ["672"]), ("Little Rock", "AR", "Arkansas", ["722"]),
    ("Reno", "NV", "Nevada", ["895"]), ("Anchorage", "AK", "Alaska", ["995"]),
    ("Portland", "ME", "Maine", ["041"]), ("Charleston", "SC", "South Carolina", ["294"]),
    ("Asheville", "NC", "North Carolina", ["288"]), ("Sioux Falls", "SD", "South Dakota", ["571"]),
    ("Fort Collins", "CO", "Colorado", ["805"]), ("St. Petersburg", "FL", "Florida", ["337"]),
    ("Chattanooga", "TN", "Tennessee", ["374"]), ("Springfield", "MO", "Missouri", ["658"]),
    ("Eugene", "OR", "Oregon", ["974"]), ("Santa Fe", "NM", "New Mexico", ["875"]),
]
US_STEMS = split_list("""
Birchwood, Larkspur, Cottonwood, Mesquite, Magnolia, Sassafras, Juniper, Tamarack,
Buckeye, Sagebrush, Prairie View, Lakeshore, Riverbend, Old Mill, Hickory Hollow,
Dogwood, Chestnut Ridge, Blue Heron, Wagon Wheel, Persimmon, Bluebonnet, Sandhill
""")
US_TYPES = ["Ave", "Avenue", "St", "Street", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct",
            "Way", "Pkwy", "Rd", "Road", "Terrace", "Circle", "Trail"]

ABROAD = split_list("""
Mirpur, Gujranwala, Kraków, Cluj-Napoca, Lviv, Bydgoszcz, Iași, Ibadan, Enugu,
Kisumu, Harare, Bulawayo, Montego Bay, Chittagong, Amritsar, Jalandhar, Ludhiana,
Kochi, Mangalore, Kandy, Kumasi, Tamale, Hargeisa, Addis Ababa, Asmara, Aleppo,
Erbil, Sulaymaniyah, Shiraz, Izmir, Gaziantep, Kaunas, Daugavpils, Tartu, Brno,
Košice, Debrecen, Plovdiv, Varna, Tirana, Palermo, Valencia, Braga, Coimbra, Lille,
Utrecht, Gdańsk, Poznań, Guangzhou, Fuzhou, Hanoi, Cebu, Tbilisi, Kathmandu
""")

HOSP_PREFIXES = split_list("NTH, RVW, SCF, KGH, BWD, TWH, QEG, PRH, WGH, NDH, FGH, CRH")

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_ALT = {8: "Sept"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WK3 = ["Mon", "Tue", "Wed", "Thur", "Fri", "Sat", "Sun"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
             "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
             "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_words(n: int, hyphen: bool = True) -> str:
    if n < 10:
        return UNITS[n] if n else "zero"
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    if not u:
        return TENS[t]
    return TENS[t] + ("-" if hyphen else " ") + UNITS[u]


def year_words(y: int, rng: random.Random) -> str:
    hy = rng.random() < 0.6
    if y >= 2000:
        if y < 2010 or rng.random() < 0.5:
            rest = y - 2000
            return "two thousand" + ((" and " + num_words(rest, hy)) if rest else "")
        return "twenty " + num_words(y - 2000, hy)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " oh " + UNITS[lo]
    return num_words(hi) + " " + num_words(lo, hy)


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def nhs_check_digit(nine: str) -> int | None:
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - total % 11
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def nhs_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 10:
        return False
    c = nhs_check_digit(d[:9])
    return c is not None and c == int(d[9])


PC_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"


# ---------------------------------------------------------------------------
# Value generator.  Every method returns (value, tags) where tags is a list of
# strings used only for the statistics on the card.
# ---------------------------------------------------------------------------

class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_nhs: set[str] = set()

    # ----- names ---------------------------------------------------------
    def first(self, g: str) -> str:
        r = self.rng
        if g == "a":
            x = r.random()
            g = "f" if x < 0.44 else "m" if x < 0.88 else "u"
        if g == "u":
            return r.choice(UNISEX)
        if r.random() < 0.13:
            return r.choice(WORD_F if g == "f" else WORD_M)
        return r.choice(FEMALE if g == "f" else MALE)

    def surname(self) -> str:
        x = self.rng.random()
        if x < 0.1:
            return self.rng.choice(WORD_SUR)
        return self.rng.choice(SURNAMES)

    def initials(self, sur: str) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPRSTW"
        a, b = r.choice(letters), r.choice(letters)
        return r.choice([f"{a}. {sur}", f"{a} {sur}", f"{a}{b} {sur}", f"{a}.{b}. {sur}",
                         f"{a}.{sur}", f"{a}. {b}. {sur}", f"{a} {b} {sur}"])

    def name(self, style: str):
        """style: f m a (first) | ff fm fa (full) | s (surname) | i (initials +
        surname) | mid (first + middle + surname) | wf wm (word-like first)."""
        r = self.rng
        tags = []
        first = sur = None
        if style in ("f", "m", "a"):
            first = self.first(style)
            val = first
            tags.append("first")
        elif style in ("wf", "wm"):
            first = r.choice(WORD_F if style == "wf" else WORD_M)
            val = first
            tags += ["first", "wordlike"]
        elif style in ("ff", "fm", "fa"):
            first = self.first(style[1])
            sur = self.surname()
            val = f"{first} {sur}"
            tags.append("full")
        elif style == "s":
            sur = self.surname()
            val = sur
            tags.append("surname")
        elif style == "i":
            sur = self.surname()
            val = self.initials(sur)
            tags.append("initials")
        elif style == "mid":
            first = self.first(r.choice("fm"))
            sur = self.surname()
            if r.random() < 0.5:
                val = f"{first} {r.choice(MIDDLE)} {sur}"
            else:
                val = f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {sur}"
            tags += ["full", "middle"]
        else:
            raise ValueError(style)
        if first and (first in WORD_F or first in WORD_M):
            if "wordlike" not in tags:
                tags.append("wordlike")
        if sur and sur in WORD_SUR:
            tags.append("wordlike_surname")
        if "-" in val or "'" in val:
            tags.append("hyphen_apostrophe")
        if any(ord(c) > 127 for c in val):
            tags.append("nonascii")
        return val, tags, (first, sur)

    # ----- places ---------------------------------------------------------
    def uk_town(self, region=None):
        r = self.rng
        if region is None:
            region = r.choices(["eng", "wal", "sco", "ni"], [70, 10, 12, 8])[0]
        pool = {"eng": ENG_TOWNS, "wal": WAL_TOWNS, "sco": SCO_TOWNS, "ni": NI_TOWNS}[region]
        t, county, outs = r.choice(pool)
        return {"town": t, "county": county, "out": r.choice(outs), "region": region}

    def inward(self) -> str:
        r = self.rng
        return str(r.randint(0, 9)) + r.choice(PC_INWARD_LETTERS) + r.choice(PC_INWARD_LETTERS)

    def postcode(self, out: str, form: str = "std") -> str:
        inw = self.inward()
        if form == "nospace":
            return out + inw
        if form == "lower":
            return (out + " " + inw).lower()
        if form == "lower_nospace":
            return (out + inw).lower()
        return out + " " + inw

    def eircode(self, key: str) -> str:
        r = self.rng
        return key + " " + r.choice("ACDEFHKNPRTVWXY") + "".join(r.choice(EIR_CHARS) for _ in range(3))

    def street(self, abbrev=False):
        r = self.rng
        stem = r.choice(STREET_STEMS)
        full, ab = r.choice(STREET_TYPES)
        if abbrev and ab:
            return f"{stem} {ab}", True
        return f"{stem} {full}", False

    def house_no(self) -> str:
        r = self.rng
        n = r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(1, 160), r.randint(1, 400)])
        if r.random() < 0.07:
            return f"{n}{r.choice('abAB')}"
        return str(n)

    # ----- addresses -------------------------------------------------------
    def address(self, style: str):
        r = self.rng
        if style == "any":
            style = r.choices(
                ["full", "ntown", "flat", "house", "village", "ml", "lower", "nc", "abbr",
                 "caps", "hyph", "nospace", "us", "us_apt", "ie", "wal", "sco", "ni", "street"],
                [11, 8, 8, 6, 6, 5, 6, 5, 5, 3, 5, 3, 5, 4, 6, 5, 4, 3, 4])[0]
        if style.startswith("us"):
            return self.us_address(style)
        if style == "ie":
            return self.ie_address()
        tags = [style]
        region = {"wal": "wal", "sco": "sco", "ni": "ni"}.get(style, "eng")
        if style in ("full", "ml", "nc", "caps", "lower", "ntown", "flat", "abbr", "street", "house"):
            region = r.choices(["eng", "wal", "sco", "ni"], [78, 8, 9, 5])[0]
        if style == "hyph":
            multi = [t for t in ENG_TOWNS if ("-" in t[0] or " " in t[0] or "'" in t[0])]
            t, county, outs = r.choice(multi)
            town = {"town": t, "county": county, "out": r.choice(outs), "region": "eng"}
        else:
            town = self.uk_town(region)
        tags.append("uk_" + town["region"])
        parts = []          # list of lines/segments
        abbrev = style == "abbr" or (style in ("lower", "nc", "ntown") and r.random() < 0.35)
        # street
        if town["region"] == "wal" and r.random() < 0.6:
            street = r.choice(WAL_STREETS)
            ab = False
        elif town["region"] == "sco" and r.random() < 0.6:
            street = r.choice(SCO_STREETS)
            ab = False
            if abbrev:
                for full, short in (("Street", "St"), ("Road", "Rd"), ("Avenue", "Ave"), ("Drive", "Dr")):
                    if street.endswith(" " + full):
                        street = street[: -len(full)] + short
                        ab = True
        else:
            street, ab = self.street(abbrev)
        if ab:
            tags.append("abbrev")
            if r.random() < 0.3 and style not in ("street",):
                street += "."
        num = self.house_no()
        flat = None
        if style == "flat" or (style in ("ml", "full", "caps", "nc") and r.random() < 0.18):
            tags.append("flat")
            if town["region"] == "sco" and r.random() < 0.6:
                flat = r.choice([f"Flat {r.randint(0, 3)}/{r.randint(1, 3)}",
                                 f"{r.randint(1, 4)}F{r.randint(1, 3)}",
                                 f"Flat {r.choice(['G', '1', '2', '3'])}/{r.choice(['L', 'R', '1', '2'])}"])
            else:
                fn = r.randint(1, 48)
                fl = r.randint(1, 6)
                flat = r.choice([
                    f"Flat {fn}", f"Flat {fn}, {ordinal(fl)} floor", f"Flat {fn}{r.choice('ABCD')}",
                    f"Apartment {fn}", f"Flat {fn}, {r.choice(BLOCK_NAMES)}",
                    f"{ordinal(fl)} floor flat", f"Ground floor flat", f"Basement flat",
                    f"Flat {fn} ({ordinal(fl)} floor)", f"Top floor flat", f"Unit {fn}",
                    f"Apt {fn}"])
        house = None
        if style == "house" or (style in ("village", "ml") and r.random() < 0.3):
            tags.append("house_name")
            if town["region"] == "wal":
                house = r.choice(WAL_HOUSES)
            elif town["region"] == "sco":
                house = r.choice(SCO_HOUSES)
            else:
                house = r.choice(HOUSE_NAMES)
        village = None
        if style == "village" or (style in ("house", "ml") and r.random() < 0.4):
            v, posttown, out = r.choice(VILLAGES)
            village = v
            town = {"town": posttown, "county": None, "out": out, "region": town["region"]}
            tags.append("village")
        # assemble segments
        first_line = f"{num} {street}"
        if house and r.random() < 0.45:
            first_line = None       # house name replaces number + street
        segs = []
        if flat:
            segs.append(flat)
        if house:
            segs.append(house)
        if first_line:
            segs.append(first_line)
        if style == "street":
            tags.append("street_only")
            val = (flat + ", " if flat and r.random() < 0.5 else "") + f"{num} {street}"
            return val, tags
        if village:
            segs.append(village)
        segs.append(town["town"])
        if "-" in town["town"] or " " in town["town"] or "'" in town["town"]:
            tags.append("multiword_town")
        county = town["county"]
        with_county = county and r.random() < (0.35 if style != "village" else 0.55)
        if with_county:
            segs.append(county)
            tags.append("county")
        pc_form = "std"
        if style == "nospace":
            pc_form = "nospace"
        want_pc = style not in ("ntown",) and (style in ("full", "ml", "nospace", "flat") or r.random() < 0.7)
        if want_pc:
            pc = self.postcode(town["out"], pc_form)
            tags.append("postcode")
            if pc_form == "nospace":
                tags.append("postcode_nospace")
        else:
            pc = None
        # joiners
        if style == "ml":
            lines = segs + ([pc] if pc else [])
            tags.append("multiline")
            if r.random() < 0.4 and len(lines) > 2:
                val = ",\n".join(lines)
            else:
                val = "\n".join(lines)
        elif style in ("nc", "lower") or (style == "ntown" and r.random() < 0.4):
            tags.append("no_commas")
            val = " ".join(segs + ([pc] if pc else []))
        else:
            sep_pc = r.choice([" ", ", ", " ", ", "])
            val = ", ".join(segs) + ((sep_pc + pc) if pc else "")
        if style == "lower":
            val = val.lower()
            tags.append("lower")
        elif style == "caps":
            val = val.upper()
            tags.append("caps")
        elif style not in ("ml",) and r.random() < 0.06:
            val = val.lower()
            tags.append("lower")
        return val, tags

    def us_address(self, style):
        r = self.rng
        tags = ["us", style]
        city, st, state, pres = r.choice(US_CITIES)
        num = str(r.choice([r.randint(10, 999), r.randint(100, 9999), r.randint(1000, 24999)]))
        dirn = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        street = f"{num} {dirn}{r.choice(US_STEMS)} {r.choice(US_TYPES)}"
        unit = None
        if style in ("us_apt", "us_ml") or r.random() < 0.3:
            unit = r.choice([f"Apt {r.randint(1, 30)}{r.choice('ABCD')}", f"Apt. {r.randint(100, 912)}",
                             f"Suite {r.randint(1, 9)}00", f"Suite {r.randint(100, 450)}",
                             f"Unit {r.randint(1, 40)}", f"#{r.randint(2, 80)}"])
            tags.append("unit")
        zipc = r.choice(pres) + f"{r.randint(0, 99):02d}"
        if r.random() < 0.25:
            zipc += f"-{r.randint(0, 9999):04d}"
            tags.append("zip4")
        statew = st if r.random() < 0.8 else state
        if r.random() < 0.08 and style != "us_ml":
            street = f"PO Box {r.randint(10, 9999)}"
            unit = None
            tags.append("po_box")
        if style == "us_ml":
            l1 = street + ((" " + unit) if unit and r.random() < 0.6 else "")
            if unit and unit not in l1:
                lines = [street, unit]
            else:
                lines = [l1]
            val = "\n".join(lines + [f"{city}, {statew} {zipc}"])
            tags.append("multiline")
        else:
            comma = r.random() < 0.8
            bits = [street] + ([unit] if unit else []) + [city]
            if comma:
                val = ", ".join(bits) + f", {statew} {zipc}"
            else:
                val = " ".join(bits) + f" {statew} {zipc}"
                tags.append("no_commas")
        if style == "us_lower":
            val = val.lower()
            tags.append("lower")
        return val, tags

    def ie_address(self):
        r = self.rng
        tags = ["ie"]
        town, county, key = r.choice(IE_TOWNS)
        x = r.random()
        if x < 0.35:
            segs = [f"{r.randint(1, 120)} {r.choice(IE_STREETS)}", town]
        elif x < 0.6:
            segs = [r.choice(IE_TOWNLANDS), town]
            tags.append("townland")
        elif x < 0.8:
            segs = [r.choice(HOUSE_NAMES), r.choice(IE_TOWNLANDS), town]
            tags += ["house_name", "townland"]
        else:
            segs = [f"Apartment {r.randint(1, 60)}", f"{r.choice(BLOCK_NAMES)}", f"{r.choice(IE_STREETS)}", town]
            tags.append("flat")
        if r.random() < 0.8:
            segs.append(county.replace("Co. ", r.choice(["Co. ", "Co ", "County "])))
            tags.append("county")
        val = ", ".join(segs)
        if r.random() < 0.65:
            val += r.choice([", ", " "]) + self.eircode(key)
            tags.append("eircode")
        return val, tags

    def village(self):
        v, posttown, out = self.rng.choice(VILLAGES)
        return v

    # ----- numbers ------------------------------------------------------------
    def phone(self, style: str):
        r = self.rng
        if style == "any":
            style = r.choices(["mob", "land", "lon", "intl", "ext", "us"], [40, 30, 8, 9, 7, 6])[0]
        tags = [style]
        d3 = f"{r.randint(0, 999):03d}"
        if style == "mob":
            v = r.choice([f"07700 900{d3}", f"07700900{d3}", f"07700-900-{d3}", f"(07700) 900{d3}",
                          f"077009 00{d3}", f"07700 900 {d3}", f"0770 0900 {d3}", f"07700 900{d3}"])
        elif style in ("land", "ext"):
            area = r.choice(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131",
                             "0141", "0151", "0161", "0191", "01632", "029", "028"])
            if area == "01632":
                v = r.choice([f"01632 960{d3}", f"01632-960{d3}", f"(01632) 960 {d3}", f"01632960{d3}"])
            elif area == "029":
                v = r.choice([f"029 2018 0{d3}", f"(029) 20180{d3}", f"02920 180{d3}"])
            elif area == "028":
                v = r.choice([f"028 9649 6{d3}", f"028 96496{d3}"])
            else:
                mid = "498" if area == "0191" else "496"
                v = r.choice([f"{area} {mid} 0{d3}", f"{area}-{mid}-0{d3}", f"({area}) {mid}0{d3}",
                              f"{area}{mid}0{d3}", f"{area} {mid}0{d3}", f"{area} {mid} 0{d3}"])
            if style == "ext":
                v += r.choice([f" ext {r.randint(2, 9999)}", f" ext. {r.randint(200, 7999)}",
                               f" x{r.randint(100, 999)}", f" extension {r.randint(20, 899)}",
                               f" Ext: {r.randint(1000, 5999)}"])
        elif style == "lon":
            v = r.choice([f"020 7946 0{d3}", f"0207 946 0{d3}", f"(020) 7946 0{d3}", f"020-7946-0{d3}",
                          f"02079460{d3}"])
        elif style == "intl":
            v = r.choice([f"+44 7700 900{d3}", f"+44 (0)7700 900{d3}", f"+447700900{d3}",
                          f"+44 113 496 0{d3}", f"0044 7700 900{d3}", f"+44 20 7946 0{d3}",
                          f"+44 (0) 161 496 0{d3}"])
        elif style == "us":
            area = r.choice(["614", "253", "505", "912", "218", "208", "401", "918", "559", "859"])
            dd = f"{r.randint(0, 99):02d}"
            v = r.choice([f"({area}) 555-01{dd}", f"{area}-555-01{dd}", f"555-01{dd}",
                          f"+1 {area} 555 01{dd}", f"{area}.555.01{dd}", f"1-{area}-555-01{dd}"])
        else:
            raise ValueError(style)
        return v, tags

    def email(self, style: str, ctx_name):
        r = self.rng
        tags = [style]
        domain = r.choice(["example.com", "example.org", "example.net", "mail.example.com",
                           "post.example.org", "home.example.net", "patients.example.org",
                           "nhs.example.net", "inbox.example.com", "example.co.example.com"])
        if style == "from" and ctx_name and ctx_name[0]:
            first, sur = ctx_name
            f = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
            s = re.sub(r"[^a-z]", "", ascii_fold(sur).lower()) if sur else ""
            tags.append("from_name")
        else:
            f = re.sub(r"[^a-z]", "", ascii_fold(self.first("a")).lower())
            s = re.sub(r"[^a-z]", "", ascii_fold(self.surname()).lower())
        yy = str(r.randint(40, 99)) if r.random() < 0.5 else str(r.randint(1, 999))
        opts = [f"{f}.{s}", f"{f}{s}", f"{f[:1]}.{s}", f"{f}_{s}", f"{s}.{f}", f"{f}.{s}{yy}",
                f"{f}{yy}", f"{f}+nhs", f"{f[:1]}{s}{yy}", f"{f}-{s}", f"{s}{f[:1]}"]
        if not s:
            opts = [f"{f}{yy}", f"{f}+nhs", f"{f}.{r.choice(['home', 'mum', 'carer', 'family'])}", f"the.{f}"]
        local = r.choice(opts).strip(".-_") or f"user{yy}"
        v = f"{local}@{domain}"
        if r.random() < 0.07:
            v = v.upper()
            tags.append("caps")
        return v, tags

    def nhs(self, style: str):
        r = self.rng
        while True:
            if r.random() < 0.45:
                nine = "999" + "".join(str(r.randint(0, 9)) for _ in range(6))
            else:
                nine = r.choice("4467") + "".join(str(r.randint(0, 9)) for _ in range(8))
            c = nhs_check_digit(nine)
            if c is None:
                continue
            d = nine + str(c)
            if d in self.used_nhs:
                continue
            self.used_nhs.add(d)
            break
        if style == "any":
            style = r.choice(["sp", "sp", "dash", "run", "run", "sp2"])
        tags = [style] + (["999"] if d.startswith("999") else [])
        if style == "sp":
            return f"{d[:3]} {d[3:6]} {d[6:]}", tags
        if style == "dash":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}", tags
        if style == "sp2":
            return f"{d[:3]} {d[3:6]}{d[6:]}" if r.random() < 0.5 else f"{d[:3]}{d[3:6]} {d[6:]}", tags
        return d, tags

    def zipcode(self, style: str, city=None):
        r = self.rng
        if city is None:
            city = r.choice(US_CITIES)
        z = r.choice(city[3]) + f"{r.randint(0, 99):02d}"
        tags = [style]
        if style == "p4" or (style in ("any", "city") and r.random() < 0.3):
            z += f"-{r.randint(0, 9999):04d}"
            tags.append("zip4")
        return z, tags

    def url(self, style: str):
        r = self.rng
        host = r.choice(["www.example.org", "example.com", "www.example.nhs.example.com",
                         "patients.example.org", "booking.example.net", "www.example.net",
                         "forms.example.com", "trust.example.org", "www.example.com"])
        path = r.choice(["/contact", "/feedback/form", "/services/physio", "/complaints?ref=online",
                         "/docs/leaflet_post-op.pdf", "/appointments#change", "/wards/ward-7",
                         "/patient-transport/eligibility", "/a/b?id=8812&lang=en",
                         "/mental-health/crisis", "", "/visiting", "/pals/", "/news/2023/parking"])
        if style == "any":
            style = r.choice(["https", "https", "http", "bare"])
        if style == "https":
            v = f"https://{host}{path}"
        elif style == "http":
            v = f"http://{host}{path}"
        else:
            if not host.startswith("www.") and r.random() < 0.5:
                host = "www." + host
            v = f"{host}{path}"
        v = v.rstrip("/") if not v.endswith("/pals/") else v
        return v, [style]

    HOSP_FORMATS = ["H6L", "PFX6", "RM", "2-4-2", "L3 4", "8D", "7D", "D5LL", "LL.3.4", "S/7",
                    "AE", "ZLL5", "3 3 3", "00", "RX-", "lower"]

    def hosp(self, style: str):
        r = self.rng

        def dg(n):
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        def L():
            return r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        fmt = style if style in self.HOSP_FORMATS else r.choice(self.HOSP_FORMATS)
        if fmt == "H6L":
            v = f"H{dg(6)}{L()}"
        elif fmt == "PFX6":
            v = f"{r.choice(HOSP_PREFIXES)}-{dg(6)}"
        elif fmt == "RM":
            v = f"RM{r.randint(10, 24)}/{dg(5)}"
        elif fmt == "2-4-2":
            v = f"{dg(2)}-{dg(4)}-{dg(2)}"
        elif fmt == "L3 4":
            v = f"{L()}{dg(3)} {dg(4)}"
        elif fmt == "8D":
            v = f"{r.randint(1, 9)}{dg(7)}"
        elif fmt == "7D":
            v = f"{r.randint(1, 9)}{dg(6)}"
        elif fmt == "D5LL":
            v = f"D{dg(5)}{L()}{L()}"
        elif fmt == "LL.3.4":
            v = f"{L()}{L()}.{dg(3)}.{dg(4)}"
        elif fmt == "S/7":
            v = f"S/{dg(7)}"
        elif fmt == "AE":
            v = f"AE{r.randint(19, 24)}-{dg(6)}"
        elif fmt == "ZLL5":
            v = f"Z{L()}{L()}{dg(5)}"
        elif fmt == "3 3 3":
            v = f"{dg(3)} {dg(3)} {dg(3)}"
        elif fmt == "00":
            v = f"00{dg(6)}"
        elif fmt == "RX-":
            v = f"{L()}{L()}{L()}{dg(7)}"
        else:  # lower
            v = f"h{dg(6)}{L().lower()}"
        return v, [fmt]

    # ----- dates -----------------------------------------------------------------
    def rand_date(self, y0: int, y1: int) -> dt.date:
        r = self.rng
        start = dt.date(y0, 1, 1).toordinal()
        end = dt.date(y1, 12, 31).toordinal()
        return dt.date.fromordinal(r.randint(start, end))

    def fmt_date(self, d: dt.date, style: str, weekday=False):
        """Formats shared by DATE_OF_BIRTH and DATE."""
        r = self.rng
        y2 = f"{d.year % 100:02d}"
        dd, mm = d.day, d.month
        z = r.random() < 0.55      # zero-pad
        D = f"{dd:02d}" if z else str(dd)
        M = f"{mm:02d}" if z else str(mm)
        mon = MONTHS[mm - 1]
        m3 = MON_ALT.get(mm, MON3[mm - 1]) if r.random() < 0.3 else MON3[mm - 1]
        if style == "slash4":
            v = f"{D}/{M}/{d.year}"
        elif style == "slash2":
            v = f"{D}/{M}/{y2}"
        elif style == "short":
            v = r.choice([f"{dd}/{mm}/{y2}", f"{dd}.{mm}.{y2}", f"{dd}-{mm}-{y2}", f"{dd}/{mm}/{d.year}"])
        elif style == "dot4":
            v = f"{D}.{M}.{d.year}"
        elif style == "dot2":
            v = f"{D}.{M}.{y2}"
        elif style == "dash4":
            v = f"{D}-{M}-{d.year}"
        elif style == "dash2":
            v = f"{D}-{M}-{y2}"
        elif style == "iso":
            v = f"{d.year}-{mm:02d}-{dd:02d}"
        elif style == "us":
            v = r.choice([f"{M}/{D}/{d.year}", f"{mm}/{dd}/{y2}", f"{mm:02d}-{dd:02d}-{d.year}"])
        elif style == "us_words":
            v = r.choice([f"{mon} {dd}, {d.year}", f"{mon} {ordinal(dd)} {d.year}",
                          f"{mon} {ordinal(dd)}, {d.year}", f"{m3} {dd} {d.year}", f"{mon} {dd} {d.year}"])
        elif style == "ord":
            v = r.choice([f"{ordinal(dd)} {mon} {d.year}", f"{dd} {mon} {d.year}",
                          f"{ordinal(dd)} {mon}, {d.year}", f"{dd} {m3} {d.year}",
                          f"{ordinal(dd)} {m3} {y2}", f"{dd} {mon} '{y2}"])
        elif style == "ordof":
            v = r.choice([f"{ordinal(dd)} of {mon} {d.year}", f"{ordinal(dd)} of {mon}, {d.year}",
                          f"{ordinal(dd)} of {m3} {d.year}"])
        elif style == "abbr":
            v = r.choice([f"{dd:02d}-{MON3[mm - 1]}-{d.year}", f"{dd:02d} {MON3[mm - 1].upper()} {d.year}",
                          f"{dd}-{MON3[mm - 1]}-{y2}", f"{dd:02d}{MON3[mm - 1].upper()}{d.year}",
                          f"{dd} {m3} {y2}"])
        elif style == "words":
            yw = year_words(d.year, r)
            v = r.choice([f"{ORD_WORDS[dd - 1]} of {mon} {yw}", f"{ORD_WORDS[dd - 1]} of {mon}, {yw}",
                          f"{mon} the {ORD_WORDS[dd - 1]}, {yw}", f"{ORD_WORDS[dd - 1]} {mon} {yw}"])
        elif style == "words_the":
            yw = year_words(d.year, r)
            v = r.choice([f"{ORD_WORDS[dd - 1]} of {mon} {yw}", f"{ORD_WORDS[dd - 1]} of {mon}, {yw}",
                          f"{ORD_WORDS[dd - 1]} {mon} {yw}"])
        elif style == "spaces":
            v = f"{dd:02d} {mm:02d} {d.year}"
        elif style == "compact":
            v = f"{dd:02d}{mm:02d}{d.year}" if r.random() < 0.6 else f"{dd:02d}{mm:02d}{y2}"
        elif style == "caps":
            v = f"{ordinal(dd).upper()} {mon.upper()} {d.year}"
        # DATE-only styles
        elif style == "daymon":
            v = r.choice([f"{ordinal(dd)} {mon}", f"{dd} {mon}", f"{mon} {ordinal(dd)}", f"{dd} {m3}",
                          f"{ordinal(dd)} of {mon}"])
        elif style == "monyear":
            v = r.choice([f"{mon} {d.year}", f"{m3} {d.year}", f"{mon}, {d.year}", f"{m3} '{y2}"])
        elif style == "num_nyr":
            v = r.choice([f"{dd}/{mm}", f"{D}/{M}", f"{dd}.{mm}"])
        else:
            raise ValueError(style)
        if weekday:
            wd = WEEKDAYS[d.weekday()]
            if r.random() < 0.3:
                wd = WK3[d.weekday()]
            v = r.choice([f"{wd} {v}", f"{wd}, {v}",
                          f"{wd} the {v}" if re.match(r"\d+(?:st|nd|rd|th)\b", v) else f"{wd} {v}"])
        return v

    DOB_STYLES = ["slash4", "slash4", "slash2", "short", "dot4", "dot2", "dash4", "dash2",
                  "iso", "us", "us_words", "ord", "ord", "ordof", "abbr", "words", "spaces",
                  "compact", "caps"]

    def dob(self, style: str, group: str):
        r = self.rng
        if style == "any":
            style = r.choice(self.DOB_STYLES)
        years = {"adult": (1938, 1999), "old": (1924, 1950), "vold": (1926, 1936),
                 "child": (2006, 2021), "baby": (2022, 2024)}[group]
        d = self.rand_date(*years)
        if group == "baby" and d > dt.date(2024, 6, 30):
            d = d.replace(year=2023)
        v = self.fmt_date(d, style)
        return v, [style, group]

    DATE_STYLES = ["slash4", "slash2", "short", "dot2", "iso", "us_words", "ord", "ordof",
                   "daymon", "daymon", "monyear", "num_nyr", "abbr", "dash2"]

    def date(self, style: str):
        r = self.rng
        wk = False
        if style == "any":
            style = r.choice(self.DATE_STYLES)
            wk = style in ("daymon", "ord", "num_nyr", "slash2") and r.random() < 0.35
        elif style == "wk":
            style = r.choice(["daymon", "ord", "num_nyr", "slash4", "daymon"])
            wk = True
        elif style == "num":
            style = r.choice(["slash4", "slash2", "short", "dot2", "iso", "dash2"])
        elif style == "words":
            style = r.choice(["ord", "ordof", "us_words", "daymon"])
        d = self.rand_date(2019, 2024)
        v = self.fmt_date(d, style, weekday=wk)
        return v, [style] + (["weekday"] if wk else [])

    def age(self, style: str):
        r = self.rng
        n = r.choices(range(90, 107), [10, 10, 10, 9, 9, 8, 7, 6, 5, 4, 3, 3, 2, 2, 1, 1, 1])[0]
        if style == "any":
            style = "w" if r.random() < 0.25 else "d"
        if style == "w":
            if n == 100:
                v = r.choice(["a hundred", "one hundred"])
            elif n > 100:
                v = r.choice(["a hundred and ", "one hundred and "]) + UNITS[n - 100]
            else:
                v = num_words(n, hyphen=r.random() < 0.6)
            return v, ["words"]
        return str(n), ["digits"]


# ---------------------------------------------------------------------------
# Carrier sentences.  One a line: "<kind>|<text>", kind o = opener (goes first),
# s = sign-off (goes last), m = anywhere.  "\n" stands for a line break.
# Slots: {TYPE.style|mods}; [[a|b]] picks one literal at random.
#   NAME: f m a (first name) ff fm fa (full) s (surname) i (initials+surname)
#         mid (with middle name/initial) wf wm (word-like first names)
#   ADDRESS: full ntown flat house village ml lower nc abbr caps hyph nospace
#            street us us_apt us_ml us_lower ie wal sco ni any
#   DOB: slash4 slash2 short dot4 dot2 dash4 dash2 iso us us_words ord ordof abbr
#        words spaces compact caps any; mods child old vold baby
#   HOSP: any or a format; PHONE: mob land lon intl ext us any
#   EMAIL: from (built from the name before it) any; NHS: sp dash run sp2 any
#   POSTCODE: any town nospace lower; ZIP: any p4 city; URL: any https http bare
#   DATE: any wk num words; AGE: d w any
#   TOWN: uk village us abroad ie wal sco ni hyph
#   mods: lower upper
# ---------------------------------------------------------------------------

CARRIERS = r"""
m|Nurse {NAME.f} on the day unit was so gentle with me.
m|A big thank you to {NAME.fa}, who sat with my dad all night.
m|Special mention to {NAME.f}, {NAME.f} and {NAME.m} on reception.
m|thank u {NAME.a|lower} ur a star x
m|My husband {NAME.m|lower} said exactly the same.
m|Dr {NAME.s} explained everything in plain English.
m|Please pass my thanks on to Sister {NAME.s} and her team.
m|The physio, {NAME.f}, had me walking again within two days.
m|{NAME.fm} from the crisis team rang back exactly when he said he would.
m|HUGE THANKS TO {NAME.f|upper} AND {NAME.m|upper} ON THE NIGHT SHIFT!!
m|Mr {NAME.s}, the consultant, took time to answer all our questions.
m|I was seen by Dr {NAME.i}, who could not have been nicer.
m|{NAME.f}'s care of my mum was outstanding from start to finish.
m|My daughter {NAME.f} was terrified but the team had her giggling in minutes.
m|Our health visitor {NAME.f|lower} is brilliant with the twins.
m|The two carers ({NAME.f} and {NAME.f}) never once rushed her.
m|Thanks to {NAME.wf} in outpatients for calming a very nervous patient.
m|Can someone thank {NAME.wm} the porter, he had me laughing all the way to x-ray.
m|dr {NAME.s|lower} was rude and didn't look up from the screen once.
m|The midwife who delivered our son, {NAME.ff}, deserves a medal.
m|ask for {NAME.f|lower} she is the only one who actually listens
m|My key worker {NAME.fa} has been a lifeline this year.
m|I would like to complain about {NAME.fa}, the receptionist, who shouted at my wife.
m|{NAME.m} and {NAME.m} (the ambulance crew) were calm and kind.
m|Our driver, {NAME.m}, carried my bags right up to the door.
m|Staff nurse {NAME.ff} is a credit to the profession.
m|Prof {NAME.s} and his registrar Dr {NAME.s} saw me together.
m|Mrs {NAME.s} on the booking line sorted my transport in five minutes.
m|Can {NAME.f}'s manager please be told how good she is.
m|My son {NAME.m|lower}'s autism was taken seriously for once.
m|I saw Dr {NAME.i} and then a student called {NAME.a}.
m|{NAME.f|upper} ON WARD SIX IS AN ANGEL.
m|Miss {NAME.s} did my operation and I have no pain at all now.
m|Our community nurses {NAME.f}, {NAME.a}, {NAME.f} and {NAME.m} have been wonderful.
m|As the carer for my wife {NAME.ff} I felt completely ignored.
m|bro {NAME.m|lower} on the front desk is a legend
m|My grandson {NAME.wm} was treated like a little prince.
m|The occupational therapist (I think her name was {NAME.f}) was excellent.
m|I'm not sure of his surname but {NAME.m} in the plaster room was superb.
m|{NAME.ff} and {NAME.fm} from the falls team came out the same afternoon.
m|The psychologist, Dr {NAME.ff}, helped me more than any medication.
m|Please could {NAME.fa} ring me back, nobody has.
m|My mother, {NAME.ff}, was left on a trolley for nine hours.
m|Nurse {NAME.wf} held my hand when I was frightened.
m|The lady who did my bloods (badge said {NAME.f|upper}) was so quick.
m|Paramedics {NAME.a} and {NAME.a} were unbelievably calm.
m|I can't praise {NAME.i} enough.
m|Our son's named nurse {NAME.f|lower} went above and beyond.
m|ty {NAME.a|lower} & {NAME.a|lower} 💙
m|It was {NAME.fm}'s kindness I will remember.
m|DR {NAME.s|upper} NEEDS TO LEARN SOME MANNERS.
m|The dietitian {NAME.ff} gave me a plan I can actually follow.
m|Mr and Mrs {NAME.s} from the volunteer drivers are a lovely couple.
m|Shout out to {NAME.m} in the canteen for the bacon sandwich at 3am.
m|My partner {NAME.fa} was allowed to stay, which meant everything.
m|{NAME.f} (student midwife) was a natural.
m|I have no complaints except about Dr {NAME.i}, who was dismissive.
m|My carer {NAME.f|lower} told me about this survey.
m|My twins, {NAME.f} and {NAME.m}, were both seen within the hour.
m|Nurse practitioner {NAME.ff} spotted what three others had missed.
m|They kept calling me {NAME.f} when my name is {NAME.f}!
m|My wife and I ({NAME.ff} and {NAME.fm}) want to say thank you.
m|The sonographer, {NAME.f}, was gentle and explained what she could see.
m|{NAME.i} from the continence service was very professional.
m|Everyone on the stroke unit, especially {NAME.a}, {NAME.a} and {NAME.a}, has been amazing.
m|Sister {NAME.s}'s ward runs like clockwork.
m|Thank you Dr {NAME.mid} for not giving up on me.
m|The porter {NAME.wm} kept my spirits up.
m|Our GP, Dr {NAME.ff}, had to chase the referral twice.
m|My little girl {NAME.f|lower} loved the stickers.
m|the nurse called {NAME.f|lower} was horrible to my daughter
m|{NAME.f}, {NAME.a}, {NAME.m}: thank you all.
m|I asked for Nurse {NAME.s} by name because she has always been so good with my son.
m|My neighbour {NAME.fm} drove me in and they let him stay.
m|Dr {NAME.s} and Dr {NAME.s} disagreed in front of me, which was unsettling.
m|The team leader, {NAME.f}, rang me at home to apologise.
m|We were looked after by {NAME.ff}, {NAME.ff} and {NAME.ff}.
m|All the staff were lovely, {NAME.f} in particular.
m|{NAME.wm|lower} the hca is the best 👍
m|I've been under Mr {NAME.s} for years and he is the only one I trust.
m|Please, please keep {NAME.f} on the team.
m|Healthcare assistant {NAME.f|lower} brought me a cup of tea without being asked.
m|DR {NAME.i|upper} WAS FANTASTIC.
m|Many thanks to the driver {NAME.m} and his colleague {NAME.a}.
m|My brother {NAME.m} has learning disabilities and they were so patient with him.
m|My mum {NAME.f|lower}'s hearing aids were lost on the ward.
m|The counsellor {NAME.fa} helped me through the worst year of my life.
m|{NAME.a} on the phone was very understanding.
m|my social worker {NAME.fa|lower} never returns calls
m|A young doctor called {NAME.ff} sat and explained my scan.
m|Well done {NAME.m|lower} and the rest of the lads at the station.
m|The speech therapist, Mrs {NAME.i}, was fantastic with my dad.
m|Thanks {NAME.a} for the lift home.
m|{NAME.fa|upper} SHOULD NOT BE WORKING WITH PATIENTS.
m|My fiancée {NAME.f} gave birth to our son {NAME.m} here.
m|Ms {NAME.s} in the eye clinic was thorough.
m|The reablement team ({NAME.fa}, {NAME.fa}) were great.
m|I'd like to nominate {NAME.ff} for an award.
m|Big up {NAME.m|lower} n {NAME.m|lower} on the late shift lol
m|I only want to be seen by {NAME.ff} from now on.
m|Sister {NAME.s|lower} on the childrens ward made all the difference
m|My son's name is {NAME.m}, please stop calling him by his middle name.
m|My stepdad {NAME.fm} was made comfortable in his last days.
m|Nurse {NAME.i} took my bloods without a bruise for once.
m|my little brother {NAME.wm|lower} was so scared but the nurse {NAME.wf|lower} made him laugh
m|The chaplain, {NAME.fm}, sat with us after mum passed.
m|{NAME.f} and {NAME.f} at the front desk are always smiling.
m|Mum kept asking for "the nice one", which was {NAME.f}.
m|I want to say a special thank you to Dr {NAME.s} and Nurse {NAME.s}.
m|Please tell {NAME.wf} she was right about the antibiotics.
m|I wasn't happy with how {NAME.fm} spoke to my elderly father.
m|The mental health nurse, {NAME.ff}, is the reason I am still here.
m|Thanks to my care coordinator {NAME.a} for sticking with me.
m|I'd also thank {NAME.mid}, who runs the group on a Thursday.
m|Both {NAME.ff} and Dr {NAME.i} listened properly.
m|Our new baby, {NAME.f}, was delivered safely by {NAME.f} and {NAME.f}.
m|The nurses (especially {NAME.f|lower}) were amazing.
m|Mr {NAME.s|upper} DID MY KNEE AND I'M WALKING WITHOUT A STICK.
m|MY DAD {NAME.ff|upper} WAS SENT HOME AT 2AM WITH NO WAY TO GET BACK.
m|Dr {NAME.s}'s bedside manner could do with some work.
m|Gran ({NAME.ff}) says thank you for the tea and biscuits.
m|Translator {NAME.fa} made it possible for my mother to understand.
m|In my opinion {NAME.f}, {NAME.f} and {NAME.m} should be promoted.
m|My son has been under the care of {NAME.i} and the team since he was small.
m|cheers {NAME.m|lower} 👌
m|Everyone was kind but {NAME.fa} went the extra mile.
m|Student paramedic {NAME.ff} asked before doing anything, which I appreciated.
m|Please remind {NAME.wm} that patients can hear what is said at the desk.
m|My late husband {NAME.fm} was treated with such dignity.
m|Thank you to {NAME.wf} and {NAME.wm} on the rapid response team.
m|Her name is {NAME.ff}, not the name on the wristband.
m|I am writing on behalf of my aunt, {NAME.ff}, who cannot write herself.
m|Support worker {NAME.a} has really helped my confidence.
m|Thanks to Dr {NAME.s} I finally have a diagnosis.
m|(with special thanks to {NAME.a} and {NAME.a})
m|Please give {NAME.f} on the stroke ward a hug from us.
o|Re: {NAME.ff}, DOB {DOB.slash4}
o|RE: COMPLAINT REGARDING MY FATHER {NAME.ff|upper} (HOSP NO {HOSP.any})
o|Patient: {NAME.ff}\nD.O.B: {DOB.ord}\nAddress: {ADDRESS.full}
o|FAO Dr {NAME.s}:
o|Attn {NAME.fa}, patient experience team.
o|To Sister {NAME.s} and everyone on the ward:
o|Ref: {HOSP.any}
o|Re my mum {NAME.ff} (NHS no. {NHS.sp})
o|From: {NAME.ff} <{EMAIL.from}>\nSent: {DATE.wk}\nSubject: feedback
o|Dear {NAME.f},
o|Patient name: {NAME.ff|upper}  DOB: {DOB.slash4|old}  MRN: {HOSP.any}
o|Hi, it's {NAME.f|lower} from {TOWN.uk} here.
o|Our ref: {HOSP.any}  Your ref: {HOSP.any}
o|Name: {NAME.ff}\nDate of birth: {DOB.any}\nHospital number: {HOSP.any}
o|RE: {NAME.ff|upper}, {ADDRESS.caps}
o|Feedback about my son {NAME.fm} (born {DOB.ord|child})
o|Re. appointment on {DATE.any} for {NAME.ff}
o|To whom it may concern (ref {HOSP.any}),
o|Patient: {NAME.s|upper}, {NAME.f|upper}  D.O.B. {DOB.dot4|old}
o|Subject: my grandmother {NAME.ff}, aged {AGE.d}
o|Re: {NAME.i}\n{ADDRESS.ml}
o|Hello from {NAME.f|lower} and {NAME.m|lower} in {TOWN.village}!
o|Regarding: {NAME.ff}, NHS {NHS.run}
s|Kind regards,\n{NAME.fa}
s|Thanks, {NAME.f}
s|Regards\n{NAME.ff}\n{PHONE.mob}
s|Yours faithfully,\n{NAME.mid}
s|Many thanks, {NAME.fm} ({PHONE.land})
s|- {NAME.fa}, {TOWN.uk}
s|Love from {NAME.f|lower} and {NAME.a|lower} xx
s|Best wishes\nMrs {NAME.i}\n{ADDRESS.ml}
s|{NAME.ff} | {PHONE.any} | {EMAIL.from}
s|Sent on behalf of {NAME.ff} by her daughter {NAME.f}.
s|Signed: {NAME.i|upper}
s|Cheers, {NAME.m|lower}
s|Yours sincerely\n\n{NAME.ff}\n{ADDRESS.ml}\nTel: {PHONE.land}
s|Thank you. {NAME.fa} (patient) and {NAME.fa} (carer)
s|{NAME.f} x
s|Regards, {NAME.ff}\n{EMAIL.from}
s|Feel free to contact me on {PHONE.mob} or {EMAIL.any}. {NAME.ff}
s|Written by {NAME.ff} for my dad, who is {AGE.d}.
s|P.S. my postcode is {POSTCODE.any} if you need to find the records.
s|Happy to talk: {PHONE.mob} (ask for {NAME.f}).
s|Many thanks\n{NAME.ff}\nDOB {DOB.slash4|old}\nHospital no. {HOSP.any}
s|Mr {NAME.s} (son of the patient), {PHONE.any}
s|Regards,\n{NAME.fa}\n{ADDRESS.us_ml}
s|Yours truly, {NAME.mid}, {ADDRESS.full}
s|From a grateful patient, {NAME.ff} of {ADDRESS.lower}
s|{NAME.ff}\nTel {PHONE.land}\nPostcode: {POSTCODE.any}
s|Thanks again - {NAME.f} ({DOB.short}), {ADDRESS.ntown}
s|Warmest regards, {NAME.wf} and family
s|Kind regards\n\n{NAME.fa}\nCarer for {NAME.fa}\n{ADDRESS.ml}
s|{NAME.fa|lower} n {NAME.a|lower} xxx
s|Sincerely,\n{NAME.ff}\n{ADDRESS.ie}
s|Diolch, {NAME.f}, {ADDRESS.wal}
s|Ta, {NAME.m} - {PHONE.mob}
s|Yours faithfully\n{NAME.fa}\nDate of birth {DOB.ord|old}
s|Best, {NAME.ff}\n{ADDRESS.sco}
s|- posted by {NAME.a|lower} ({EMAIL.from})
m|They sent the letter to {ADDRESS.lower} instead of my house.
m|Transport went to {ADDRESS.ntown} even though I had told them twice that I'd moved.
m|My new address is {ADDRESS.full}, please update it.
m|Please update my records: {ADDRESS.flat}.
m|I live at {ADDRESS.house} and the ambulance still couldn't find us.
m|The crew went to {ADDRESS.street} instead of {ADDRESS.street}.
m|My appointment letters keep going to {ADDRESS.any}, which is my old flat.
m|Correspondence to: {ADDRESS.full}
m|The address on file is wrong, it should be {ADDRESS.nc}.
m|I'm at {ADDRESS.village} and the satnav always takes drivers the wrong way.
m|Please send the discharge letter to my daughter at {ADDRESS.any}.
m|The driver picked me up from {ADDRESS.abbr} on time every week.
m|I HAVE TOLD YOU THREE TIMES MY ADDRESS IS {ADDRESS.caps}!!!
m|Can the pharmacy deliver to {ADDRESS.street} instead please.
m|I was visiting from {ADDRESS.us} so the system didn't know what to do with me.
m|My home address in the States is {ADDRESS.us_apt}.
m|We're staying with family at {ADDRESS.ie} for the summer.
m|Home is {ADDRESS.wal}, about an hour from the hospital.
m|Our flat is {ADDRESS.sco}.
m|Letters went to {ADDRESS.ni} even though we moved to England last year.
m|Post it to:\n{ADDRESS.ml}
m|My address:\n{ADDRESS.ml}
m|The ambulance went to {ADDRESS.hyph} by mistake.
m|It took the district nurse two hours to find {ADDRESS.house}.
m|i live at {ADDRESS.lower} if anyone wants to come and see how bad it is
m|Why was my sister's prescription posted to {ADDRESS.nospace}?
m|I was discharged to my son's house ({ADDRESS.any}), which was the right call.
m|The new pick-up address for transport is {ADDRESS.flat}, not the old bungalow.
m|My dad lives alone at {ADDRESS.house} and the key safe code needs sharing.
m|Please note change of address: {ADDRESS.full}.
m|I'm the main carer and I live at {ADDRESS.any}, five minutes away.
m|we moved from {ADDRESS.street} to {ADDRESS.ntown} and the referral got lost
m|Send my records to {ADDRESS.us_apt}, I'm back home next week.
m|Billing address: {ADDRESS.us}
m|My insurance is registered to {ADDRESS.us_lower}.
m|My brother lives at\n{ADDRESS.us_ml}\nand he wants copies of everything.
m|The GP letter came to {ADDRESS.abbr}, which is next door.
m|Tell the drivers it's the house at the end, {ADDRESS.house}.
m|address is {ADDRESS.nc} if u want to send someone
m|Parcel of dressings was left at {ADDRESS.ntown} but that is my mum's old house.
m|They have me down as living at {ADDRESS.any}; I've not lived there in years.
m|I'm registered at {ADDRESS.village} but staying with my daughter.
m|We live at {ADDRESS.flat} (no lift) so the crew had to carry me down.
m|Home address: {ADDRESS.any}
m|The hospital had {ADDRESS.nospace} on the system, which was my grandmother's address.
m|Please write to {ADDRESS.hyph} from now on.
m|The patient transport driver could not find {ADDRESS.village} at all.
m|We travelled down from {ADDRESS.sco} for the appointment.
m|My mum's house is {ADDRESS.ie} and she needs the letters there.
m|The visiting physio comes to {ADDRESS.wal} every Monday.
m|My correct address is:\n{ADDRESS.ml}\nnot the one on your system.
m|It says {ADDRESS.caps} on my notes but that was two addresses ago.
m|i'm in {ADDRESS.lower} and nobody would come out
m|Send the new wheelchair to {ADDRESS.any} please, my son's address.
m|The bloods kit was posted to {ADDRESS.street} but I never got it.
m|We're at {ADDRESS.ni}, about forty minutes away.
m|Our holiday cottage is {ADDRESS.house} and the team came out to us there.
m|My daughter lives at {ADDRESS.full} and she is my next of kin.
m|From {ADDRESS.abbr} it's two buses to the hospital.
m|They sent the ambulance to {ADDRESS.any} instead of {ADDRESS.street}.
m|Please correct my address to {ADDRESS.flat}.
m|I'm the resident at {ADDRESS.any} that complained last time.
m|The care home is {ADDRESS.house}, please send the letters there.
m|We are based at {ADDRESS.us}, so the time difference made calls hard.
m|My US address is {ADDRESS.us_ml|lower}.
m|Letters for my dad should go to {ADDRESS.caps}.
m|Moved to {ADDRESS.hyph} last year and it took months to change GP.
m|Please stop sending things to {ADDRESS.ntown}, she has passed away.
m|Transport drop off: {ADDRESS.abbr}.
m|I don't understand how they got {ADDRESS.nospace} when I gave {ADDRESS.full}.
m|They dropped me home to {ADDRESS.lower} at midnight with no key.
m|The community team know me at {ADDRESS.ie}.
m|My son is at university and lives at {ADDRESS.flat}.
m|I stay with my partner at {ADDRESS.sco} most weekends.
m|Nobody checked that {ADDRESS.village} was the right address.
m|The discharge summary went to {ADDRESS.wal} instead of to my GP.
m|the taxi took me to {ADDRESS.lower} then had to turn round
m|Addresses: me at {ADDRESS.street}, my mum at {ADDRESS.ntown}.
m|Flat number is missing on your system, it is {ADDRESS.flat}.
m|I gave my address as {ADDRESS.any} twice and they still wrote it down wrong.
m|Could the district nurse come to {ADDRESS.house} instead, as I'm at my sister's.
m|Please forward to my home: {ADDRESS.any}.
m|My date of birth is {DOB.any}.
m|They asked for my date of birth three times, it is {DOB.short}.
m|DOB {DOB.slash4}
m|D.O.B. {DOB.dot4}
m|My son was born on {DOB.ord|child} and has been under you since.
m|She was born on the {DOB.words_the|old} and she's never been treated like this.
m|Wrong date of birth on my wristband ({DOB.any}), please fix it.
m|My d.o.b is {DOB.slash2} not {DOB.slash2}.
m|I gave my name and date of birth ({DOB.iso}) at least four times.
m|As an American I wrote my date of birth as {DOB.us} and they booked me in as someone else.
m|My daughter (dob {DOB.slash4|child}) was seen quickly.
m|Mum's date of birth is the {DOB.words_the|old}.
m|Born {DOB.ord|old} and still going strong.
m|Our baby was born {DOB.any|baby} in your unit and we couldn't have asked for more.
m|my bday is {DOB.any}, how did they get it wrong??
m|I was born on the {DOB.ordof} and the letter said something else entirely.
m|D.O.B: {DOB.abbr}
m|DoB - {DOB.dash4}
m|She gave her DOB as {DOB.short|old} but the system had a different one.
m|Our little one, born {DOB.us_words|baby}, spent two weeks in special care.
m|The receptionist wanted my birth date, which is {DOB.any}, before she would even look at me.
m|date of birth {DOB.us_words}
m|I'm a pensioner (born {DOB.ord|old}) and I don't do computers.
m|My grandson's date of birth, {DOB.slash4|child}, was wrong on the letter.
m|My dad was born during the war, on the {DOB.words_the|vold} to be exact.
m|They had my birthday down as {DOB.any} which made me twenty years younger!
m|dob {DOB.dot2}
m|Date of Birth: {DOB.spaces}
m|D.O.B {DOB.compact}
m|My dob is {DOB.dash2}, please correct your records.
m|Birthday is {DOB.ord} for the record.
m|Patient date of birth {DOB.iso|old}.
m|MY DATE OF BIRTH IS {DOB.caps} NOT WHAT IS ON YOUR LETTER.
m|The name was right but the date of birth ({DOB.slash4}) was someone else's.
m|My mother was born in {TOWN.abroad} on {DOB.ord|vold} and speaks little English.
m|I'm {NAME.f}, born {DOB.slash2}.
m|For my son, DOB {DOB.short|child}, the service was excellent.
m|Baby {NAME.f} (born {DOB.ord|baby}) was looked after beautifully.
m|The doctor asked my date of birth, which I told her was {DOB.any}, and then wrote {DOB.any}.
m|My twins were born {DOB.ord|child} and both have asthma.
m|Her dob: {DOB.slash4|old}.
m|They couldn't find me under {DOB.dot4} so I had to wait an hour.
m|I was born {DOB.words} and I have never waited this long.
m|It's my date of birth, {DOB.ordof|old}, that keeps being typed wrong.
m|d.o.b. {DOB.slash4|child} (my daughter)
m|Date of birth is {DOB.us} (I write it the American way, sorry).
m|Born: {DOB.abbr|old}
m|They asked for mum's D.O.B. and I said {DOB.short|old}.
m|My little boy was born on {DOB.us_words|child} and has a heart condition.
m|D.O.B. {DOB.dot2|old}, in case you need to check.
m|He was born {DOB.ord|vold} and fought in the war, and this is how he is treated.
m|The wristband said born {DOB.slash4} but that's my brother's birthday.
m|My birth date is {DOB.iso}.
m|My date of birth, for the third time, is {DOB.short}.
m|When asked for my date of birth I said {DOB.ordof}, and she typed it as {DOB.slash4}.
m|date of birth - {DOB.dash2}
m|My granddaughter (born {DOB.slash4|baby}) was treated with such care.
m|Birthday {DOB.spaces|child}.
m|My hospital number is {HOSP.any}.
m|Hosp no: {HOSP.any}
m|MRN {HOSP.any}
m|The number on my wristband is {HOSP.any}.
m|Ref {HOSP.any}
m|My unit number ({HOSP.any}) is on all the letters.
m|Case number {HOSP.any} still hasn't been answered.
m|PTS booking reference {HOSP.any}.
m|Incident number {HOSP.any}, if you want to check the call.
m|The appointment letter (ref. {HOSP.any}) said the wrong clinic.
m|My K number is {HOSP.any}.
m|Patient ID: {HOSP.any}
m|Your reference: {HOSP.any}
m|the number at the top of the letter is {HOSP.lower}
m|A&E attendance no. {HOSP.AE}
m|Episode number {HOSP.any} refers.
m|My records are under {HOSP.any}.
m|Please quote {HOSP.any} when you reply.
m|Complaint ref #{HOSP.any}.
m|medical record no {HOSP.any}
m|The call was logged as CAD {HOSP.7D}.
m|The x-ray request form had {HOSP.any} on it, which isn't even my number.
m|Hospital no. {HOSP.H6L}, in case you need to look me up.
m|RM number {HOSP.RM}.
m|My PAS number is {HOSP.any}, I think.
m|The label on my notes said {HOSP.any}.
m|Booking ref: {HOSP.any}
m|I've been given two hospital numbers ({HOSP.any} and {HOSP.any}) and it causes chaos.
m|Clinic number {HOSP.any}.
m|The job number for the transport was {HOSP.any}.
m|They told me to quote my record number, {HOSP.any}.
m|My case reference is {HOSP.any} and I am still waiting.
m|Hospital ID {HOSP.any}.
m|hosp number {HOSP.any|lower}
m|Patient number {HOSP.any} (on the blue card).
m|The pharmacy label had patient no. {HOSP.any} and someone else's name.
m|My referral number ({HOSP.any}) was lost twice.
m|Appointment ref {HOSP.any} - please look into it.
m|Please call me on {PHONE.mob}.
m|Ring my wife on {PHONE.land} if I don't pick up.
m|The number on the letter ({PHONE.any}) just rings out.
m|Mobile: {PHONE.mob}
m|You can reach me on {PHONE.intl} as I'm abroad most weeks.
m|Call {PHONE.ext} and ask for the ward clerk.
m|The booking line {PHONE.lon} was engaged all day.
m|My daughter's number is {PHONE.mob}, she handles my appointments.
m|text me on {PHONE.mob} pls
m|My US cell is {PHONE.us}.
m|Tel {PHONE.land}
m|They had an old number for me, it's {PHONE.mob} now.
m|Please ring {NAME.ff} on {PHONE.any}, she is my next of kin.
m|I rang {PHONE.ext} about ten times and nobody answered.
m|Home phone {PHONE.land}, mobile {PHONE.mob}.
m|My son {NAME.fm} ({PHONE.mob}) should have been called, not me.
m|The clinic's number on the website, {PHONE.land}, is wrong.
m|Contact number: {PHONE.any}
m|you can whatsapp me on {PHONE.intl}
m|The crew gave me {PHONE.lon} to call if I got worse.
m|Please call me back on {PHONE.any}, I have been waiting a week.
m|My carer's number is {PHONE.mob} (ask for {NAME.f}).
m|I was told to ring {PHONE.ext} but it goes to voicemail.
m|The surgery in {TOWN.us} can be reached on {PHONE.us}.
m|Email me at {EMAIL.any}.
m|You can contact my son {NAME.fm} on {EMAIL.from}.
m|The results were emailed to {EMAIL.any}, which isn't even mine.
m|My email is {EMAIL.any} if you want to discuss this.
m|Please send the leaflet to {NAME.ff} at {EMAIL.from}.
m|I emailed {EMAIL.any} three times and heard nothing.
m|email: {EMAIL.any}
m|For any questions contact my daughter {NAME.ff}: {EMAIL.from}
m|please reply to {EMAIL.any} not my old address
m|I sent photos of the wound to {EMAIL.any} as asked.
m|My email address on the system, {EMAIL.any}, is wrong.
m|Write to me at {EMAIL.any}.
m|The invite went to {EMAIL.any} but I use {EMAIL.any} now.
m|My NHS number is {NHS.sp}.
m|NHS no. {NHS.run}
m|NHS number: {NHS.dash}
m|They couldn't find me until I gave my NHS number ({NHS.any}).
m|My husband's NHS number is {NHS.any} and they had it wrong.
m|NHS No {NHS.sp2}
m|Please use my NHS number {NHS.any} rather than my name.
m|The letter had the wrong NHS number, mine is {NHS.sp}.
m|nhs number {NHS.run} (my mum)
m|For reference my NHS number is {NHS.any}.
m|I gave my NHS number, {NHS.any}, and they still couldn't find my records.
m|My son's NHS no. is {NHS.dash}.
m|NHS# {NHS.run}
m|My postcode is {POSTCODE.any}.
m|Postcode {POSTCODE.nospace} in case it helps.
m|The driver's satnav took him to {POSTCODE.any}, which is miles away.
m|anyone else in {POSTCODE.lower} having this problem?
m|They put my postcode in as {POSTCODE.any} instead of {POSTCODE.any}.
m|post code {POSTCODE.lower} for the transport booking
m|We live in {TOWN.uk} ({POSTCODE.town}) and there is no clinic near us.
m|Postcode: {POSTCODE.any}
m|Even with the postcode ({POSTCODE.nospace}) they couldn't find the house.
m|My postcode {POSTCODE.any} isn't recognised by the booking system.
m|It's {TOWN.uk}, postcode {POSTCODE.town}, if someone needs it.
m|Our postcode is new so try {POSTCODE.any} instead.
m|My zip code is {ZIP.any}.
m|I'm visiting from {TOWN.us} (zip {ZIP.city}).
m|Home zip {ZIP.p4}.
m|The insurance form asked for my zip code, {ZIP.any}, and the system would not accept it.
m|Zip: {ZIP.any}
m|My US zip is {ZIP.any} if that helps with billing.
m|We're from {TOWN.us}, zip code {ZIP.city}.
m|zip {ZIP.p4}
m|The form wanted a postcode so I put my zip ({ZIP.any}).
m|Please mail to zip code {ZIP.any}.
m|I found the form at {URL.any}.
m|Your website ({URL.any}) says something different.
m|The leaflet pointed me to {URL.bare} but the page didn't exist.
m|Link: {URL.https}
m|The information at {URL.any} is out of date.
m|I booked via {URL.bare} and it worked well.
m|The QR code on the poster goes to {URL.http}, which doesn't work.
m|See {URL.any} for the photos I mentioned.
m|Please update {URL.any}, it still lists the old visiting times.
m|I filled in the form on {URL.https} as well.
m|I was admitted on {DATE.any}.
m|My appointment on {DATE.wk} was cancelled the night before.
m|We waited from {DATE.num} to {DATE.num} for a call back.
m|Last seen {DATE.num} and nothing since.
m|My operation was on {DATE.words} and I'm still waiting for the follow-up.
m|I called 111 on {DATE.wk} and was told someone would ring back.
m|On {DATE.any} the transport didn't turn up at all.
m|Discharged {DATE.num}, readmitted two days later.
m|The visit on {DATE.any} was much better.
m|My dad fell on {DATE.wk} and waited five hours for the ambulance.
m|I was booked in for {DATE.words} but it was moved twice.
m|Since {DATE.any} I have had no contact at all.
m|I attended A&E on {DATE.num} with chest pain.
m|The letter dated {DATE.any} arrived after the appointment.
m|We had the best care on {DATE.wk}, thank you.
m|Seen {DATE.any} at {TOWN.uk} General.
m|I have been waiting since {DATE.words} for my results.
m|Our baby was due on {DATE.any} and arrived early.
m|My nan is {AGE.d} and sharp as a tack.
m|At {AGE.d} years old she deserves better than a corridor.
m|My grandfather, who is {AGE.w}, was treated with real respect.
m|He's {AGE.d} and they expected him to get the bus home.
m|My {AGE.d}-year-old mother waited seven hours.
m|She turned {AGE.d} on the ward and the staff got her a cake.
m|Dad is {AGE.w} and hard of hearing, please speak up.
m|A {AGE.d} year old should not be left alone in a corridor.
m|MY MOTHER IS {AGE.d} AND SHE WAS SENT HOME IN THE DARK.
m|My great aunt (aged {AGE.d}) came in for a fall.
m|Mum's {AGE.w} and still lives on her own.
m|I'm {AGE.d} and I found the staff patient and kind.
m|My grandad is {AGE.d} and the paramedics treated him like family.
m|My neighbour, {AGE.d} next month, had a lovely experience.
m|At the age of {AGE.w} I did not expect to be treated so well.
m|The hospital in {TOWN.uk} was much better.
m|I've been coming over from {TOWN.abroad} for years.
m|We were sent to {TOWN.uk} because there were no beds here.
m|My family are in {TOWN.abroad} so I was on my own.
m|The crew took me all the way to {TOWN.hyph}.
m|I live in {TOWN.village} and the nearest clinic is an hour away.
m|We'd driven down from {TOWN.sco} so we were exhausted.
m|I'm originally from {TOWN.abroad} and the interpreter was a great help.
m|They moved me to {TOWN.uk} for the operation.
m|Travelling from {TOWN.wal} every week is a struggle.
m|The community team in {TOWN.uk} are excellent.
m|I was born in {TOWN.abroad}, so English is my second language.
m|My daughter lives in {TOWN.us} and flew over to help.
m|Everything was better than at {TOWN.uk} Royal.
m|We live out at {TOWN.village} and the bus only runs twice a day.
m|Transferred from {TOWN.ni} late at night.
m|It's a long way from {TOWN.ie} but worth it.
m|My sister came from {TOWN.abroad} to stay with me.
m|The crew from {TOWN.uk} station were brilliant.
m|I used to be treated in {TOWN.uk} and this was far better.
m|My son (born {DOB.ord|child}) has an NHS number of {NHS.sp}.
m|Please contact {NAME.ff} on {PHONE.mob} or at {EMAIL.from}.
m|Patient {NAME.ff}, DOB {DOB.slash4|old}, hospital number {HOSP.any}.
m|My mum {NAME.ff} ({DOB.short|old}) lives at {ADDRESS.full}.
m|I'm {NAME.ff}, {ADDRESS.ntown}, phone {PHONE.mob}.
m|My dad, {NAME.fm}, is {AGE.d} and lives at {ADDRESS.house}.
m|Details: {NAME.ff}, born {DOB.ord}, NHS {NHS.run}.
m|We came from {TOWN.abroad} on {DATE.any} and my mother is {AGE.w}.
m|My name is {NAME.ff} and my hospital number is {HOSP.any}.
m|Son: {NAME.fm}, DOB: {DOB.slash4|child}, address {ADDRESS.any}.
m|I'm staying at {ADDRESS.us} until {DATE.words}, phone {PHONE.us}.
m|Contact my husband {NAME.fm} on {PHONE.any} (home: {ADDRESS.ntown}).
m|Please write to {NAME.i} at {ADDRESS.any}, quoting {HOSP.any}.
m|{NAME.ff} (date of birth {DOB.ordof}) was seen by Dr {NAME.s}.
m|Grandma is {AGE.d}, lives at {ADDRESS.village} and her NHS number is {NHS.any}.
m|My child's details: {NAME.f}, {DOB.slash4|child}, {ADDRESS.flat}.
m|Re my wife {NAME.ff|upper}, d.o.b. {DOB.slash2|old}, ref {HOSP.any}.
m|Her name is {NAME.ff}, date of birth {DOB.any}, address {ADDRESS.ml|lower}.
m|I moved from {TOWN.us} (zip {ZIP.city}) to {ADDRESS.full}.
m|My postcode changed from {POSTCODE.any} to {POSTCODE.any} when we moved.
m|You have me at {ADDRESS.street} but I now live at {ADDRESS.full}.
m|Email {EMAIL.any} or call {PHONE.land} during the day.
m|Born in {TOWN.abroad} on the {DOB.words_the|old}, my father has lived here fifty years.
m|My father {NAME.fm} is {AGE.w} and was born on {DOB.ord|vold}.
m|Patient: {NAME.ff}, {ADDRESS.us_apt}, DOB {DOB.us}.
m|The ambulance went to {ADDRESS.any} and I had to phone {PHONE.any} to redirect it.
m|They told me the letter went to {ADDRESS.any} on {DATE.any}.
m|Please quote {HOSP.any} and my NHS number {NHS.any} when you call.
m|I'm {NAME.fa|lower}, {AGE.d}, from {TOWN.village}.
m|Mum ({NAME.ff}, DOB {DOB.dot4|old}) was discharged to {ADDRESS.any}.
m|The booking for {NAME.ff} on {DATE.any} was made under the wrong hospital number ({HOSP.any}).
m|{NAME.wm}'s jokes got me through the night.
m|I'm so grateful for Dr {NAME.i}'s patience.
m|My wife {NAME.f|lower}'s tablets were never given on time.
m|Nurse {NAME.f}'s explanation of the drain was clearer than the leaflet.
m|We read {NAME.fa}'s card at the funeral.
m|Without {NAME.ff}'s help I wouldn't have got the wheelchair.
m|{NAME.m|upper}'S ATTITUDE WAS DISGRACEFUL.
m|My nan {NAME.f}'s glasses went missing on the ward.
m|Mr {NAME.i}'s secretary was the only one who ever rang back.
m|Dr {NAME.s}'s letter was full of mistakes.
m|I appreciated {NAME.a}'s honesty about the waiting list.
m|Our baby {NAME.m}'s heel prick was done so gently.
m|Many thanks to Dr {NAME.i} and to Nurse {NAME.i}.
m|Consultant: Mr {NAME.i}.
m|I was under {NAME.i} (ortho) who was excellent.
m|My letter was signed by a Dr {NAME.i|upper} whom I have never met.
m|Dr {NAME.mid} and Dr {NAME.i} looked after me in recovery.
m|Sister {NAME.i} runs a tight ship.
m|We are over from {ADDRESS.ie} visiting my sister.
m|My home in Ireland is {ADDRESS.ie}, please don't send post to the English address.
m|Records from the hospital at home ({ADDRESS.ie}) were never requested.
m|My mother's address is {ADDRESS.ie}.
m|They rang me in Ireland on {PHONE.intl} which I was grateful for.
m|Please call {PHONE.intl}, I'm working abroad.
m|They asked for my date of birth and when I said {DOB.any} the receptionist said I didn't look it.
m|I had to spell my surname and give my d.o.b. twice, it's {DOB.dot2} by the way.
m|What's the point of asking my date of birth if you write {DOB.slash4} when I said {DOB.slash4}?
m|The only thing I'd change is the form: it wanted date of birth in the format {DOB.iso}.
m|the lady at the desk asked for my dob - it's {DOB.short} - and then couldn't find me anyway
"""

# ---------------------------------------------------------------------------
# In-place rules: a phrase in the comment is rewritten to carry a detail.
# (name, regex with group x = the replaced phrase, templates, gender source)
# {ORIG} is the phrase as written; {REL} is the relation word; NAME.G / NAME.GG
# take the gender of the rule (from the relation word or the comment's pronouns).
# ---------------------------------------------------------------------------

_PERSON_NEXT = (r"(?= (?:was|were|who|on|that|I|we|is|has|had|took|made|came|did|said|told|"
                r"listened|explained|helped|gave|called|rang|spoke|kept|went|looked|put|saw|"
                r"showed|dealt|seemed|really|also|there|in charge|at)\b)")

INPLACE = [
    ("nurse", r"\b(?P<x>[Tt]he nurse)" + _PERSON_NEXT,
     ["nurse {NAME.G}", "Nurse {NAME.G}", "the nurse ({NAME.G})", "staff nurse {NAME.G|lower}",
      "Nurse {NAME.s}", "the nurse, {NAME.GG},"], "pronoun"),
    ("doctor", r"\b(?P<x>[Tt]he (?:doctor|consultant|surgeon|registrar|anaesthetist))" + _PERSON_NEXT,
     ["Dr {NAME.s}", "dr {NAME.s|lower}", "Dr {NAME.i}", "the doctor ({NAME.GG})", "Dr. {NAME.s}",
      "DR {NAME.s|upper}", "{ORIG} (Dr {NAME.s})"], "pronoun"),
    ("relation", r"\b(?P<x>[Mm]y (?P<rel>husband|wife|son|daughter|partner|sister|brother|boyfriend|"
                 r"girlfriend|little boy|little girl|grandson|granddaughter|mum|mom|mother|dad|"
                 r"father|nan|nana|gran|grandma|grandad|granddad|grandpa|auntie|aunt|uncle|niece|"
                 r"nephew|carer|friend|neighbour|baby))(?!-| in[- ]law| and I\b)(?=[ ',.!])",
     ["{ORIG} {NAME.G}", "{ORIG} {NAME.G|lower}", "{ORIG} {NAME.GG}", "{ORIG} ({NAME.G})"], "rel"),
    ("age", r"\b(?P<x>[Mm]y (?:elderly )?(?P<rel>mum|mother|dad|father|nan|nana|gran|granny|grandma|"
            r"grandmother|grandad|granddad|grandpa|grandfather|aunt|auntie|uncle))(?!-| in[- ]law)(?=[ ,.!])",
     ["my {AGE.d}-year-old {REL}", "my {AGE.d} year old {REL}", "{ORIG} (who is {AGE.d})",
      "{ORIG}, aged {AGE.d},", "{ORIG} (who is {AGE.w})"], "rel"),
    ("role", r"\b(?P<x>[Tt]he (?P<rel>receptionist|lady on reception|man on reception|lady on the phone|"
             r"gentleman on the phone|call handler|lady|gentleman|young man|young lady|porter|"
             r"cleaner|volunteer|pharmacist|physio|physiotherapist|midwife|health visitor|therapist|"
             r"psychologist|counsellor|social worker|care coordinator|support worker|student nurse|"
             r"paramedic|driver|technician|radiographer|phlebotomist|dentist|optician|hygienist|"
             r"psychiatrist|care worker|carer|man|woman))" + _PERSON_NEXT,
     ["{ORIG} ({NAME.G})", "{ORIG}, {NAME.G},", "{NAME.G} the {REL}", "{ORIG} called {NAME.G}"], "rel"),
    ("group", r"\b(?P<x>[Tt]he (?P<rel>staff|team|crew|paramedics|nurses|carers|drivers|ambulance crew|"
              r"girls|ladies|midwives|doctors))(?= (?:were|are|have|all)\b)",
     ["{ORIG} ({NAME.a} and {NAME.a})", "{ORIG}, especially {NAME.a},", "{ORIG} ({NAME.a}, {NAME.a} and {NAME.a})",
      "{ORIG} (shout out {NAME.a|lower})"], "none"),
    ("staff", r"(?<![Tt]he )\b(?P<x>(?:[Aa]ll (?:the )?)?[Ss]taff|[Ee]veryone|[Ee]verybody|[Aa]ll the team)(?= (?:were|are|was|is|have|has|made|did|at|on|in|who|I)\b)",
     ["{ORIG} (especially {NAME.a})", "{ORIG}, especially {NAME.a} and {NAME.a},", "{ORIG} ({NAME.a}, {NAME.a} and co)",
      "{ORIG}, {NAME.a|lower} in particular,", "{ORIG} (esp. {NAME.a} on nights)"], "none"),
    ("thanks", r"\b(?P<x>[Tt]hank you|[Tt]hanks|[Ww]ell done)(?=[.!,]|$| for\b)",
     ["{ORIG} {NAME.a}", "{ORIG} {NAME.a|lower}", "{ORIG} {NAME.a} and {NAME.a}", "{ORIG} Dr {NAME.s}",
      "{ORIG} {NAME.ff}"], "none"),
    ("to_hospital", r"\b(?P<x>to (?:the )?hospital)(?=[.,!]|$| (?:in|by|and|for|with|on|at|because|as|after|I|we|but|so|where|which|when)\b)",
     ["to {TOWN.uk} General", "to the hospital in {TOWN.uk}", "to {TOWN.uk} hospital",
      "to hospital in {TOWN.uk}"], "none"),
    ("home", r"\b(?:picked (?:me|us|him|her|mum|dad) up|collected (?:me|us|him|her)|dropped (?:me|us|him|her)(?: off)?|"
             r"took (?:me|us|him|her)|brought (?:me|us|him|her)|got (?:me|us|him|her)|sent (?:me|him|her)|"
             r"back|taken) (?:from |at |back |to )?(?P<x>home)(?=[.,!]|$| (?:and|in|at|on|after|safely|again|by|with|I|we|but|so|which|where|because|the|late|early|quickly|within)\b)",
     ["home ({ADDRESS.ntown})", "home to {ADDRESS.lower}", "home ({ADDRESS.street})",
      "home, {ADDRESS.full},", "home ({ADDRESS.any})"], "none"),
    ("day", r"(?<!since )(?<!until )(?<!from )(?<!till )(?<!of )\b(?P<x>[Yy]esterday|[Tt]his morning|[Ll]ast night|[Ll]ast week)\b(?!')",
     ["on {DATE.any}", "on {DATE.wk}", "on {DATE.num}"], "none"),
    ("appt", r"\b(?P<x>(?:[Mm]y|[Tt]he|[Hh]is|[Hh]er|[Oo]ur) (?:appointment|operation|procedure|scan|"
             r"admission|visit|discharge|surgery|assessment|first visit|home visit))(?=[.,!]|$| (?:was|went|I|we|and|today)\b)",
     ["{ORIG} on {DATE.any}", "{ORIG} ({DATE.num})", "{ORIG} on {DATE.wk}"], "none"),
    ("gp", r"\b(?P<x>[Mm]y GP)(?= (?:was|is|has|had|referred|sent|said|told|rang|called|and)\b)",
     ["{ORIG}, Dr {NAME.s},", "{ORIG} (Dr {NAME.i})", "{ORIG} Dr {NAME.s}"], "none"),
    ("ae", r"\b(?P<x>A&E|A and E|a&e)\b",
     ["{TOWN.uk} {ORIG}", "!{ORIG} in {TOWN.uk}", "!{ORIG} at {TOWN.uk}"], "none"),
    ("surgery", r"\b(?P<x>[Tt]he (?:surgery|practice|health centre|hospice|clinic))(?=[.,!]|$| (?:was|is|were|are|staff|and)\b)",
     ["the {TOWN.village} {REL0}", "!{ORIG} in {TOWN.uk}", "!{ORIG} at {TOWN.village}"], "none"),
]

REL_GENDER = {
    "husband": "m", "wife": "f", "son": "m", "daughter": "f", "sister": "f", "brother": "m",
    "boyfriend": "m", "girlfriend": "f", "little boy": "m", "little girl": "f", "grandson": "m",
    "granddaughter": "f", "mum": "f", "mom": "f", "mother": "f", "dad": "m", "father": "m",
    "nan": "f", "nana": "f", "gran": "f", "granny": "f", "grandma": "f", "grandmother": "f",
    "grandad": "m", "granddad": "m", "grandpa": "m", "grandfather": "m", "auntie": "f", "aunt": "f",
    "uncle": "m", "niece": "f", "nephew": "m", "lady": "f", "lady on reception": "f",
    "man on reception": "m", "lady on the phone": "f", "gentleman on the phone": "m",
    "gentleman": "m", "young man": "m", "young lady": "f", "midwife": "f", "man": "m", "woman": "f",
}


# ---------------------------------------------------------------------------
# Rendering a template into text + entities
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Z0-9]+)(?:\.([A-Za-z0-9_]+))?(?:\|([a-z,]+))?\}|\[\[(.*?)\]\]")
SLOT_TYPE = {"NAME": "NAME", "ADDRESS": "ADDRESS", "DOB": "DATE_OF_BIRTH",
             "HOSP": "HOSPITAL_NUMBER", "PHONE": "PHONE", "EMAIL": "EMAIL",
             "NHS": "NHS_NUMBER", "POSTCODE": "POSTCODE", "ZIP": "ZIP", "URL": "URL",
             "DATE": "DATE", "AGE": "AGE_OVER_89", "TOWN": "TOWN"}
DOB_GROUPS = ("child", "old", "vold", "baby")


def slot_types(tpl: str) -> Counter:
    c = Counter()
    for m in SLOT_RE.finditer(tpl):
        if m.group(1) in SLOT_TYPE:
            c[SLOT_TYPE[m.group(1)]] += 1
    return c


def apply_mods(v: str, mods: list[str]) -> str:
    if "lower" in mods:
        return v.lower()
    if "upper" in mods:
        return v.upper()
    return v


def make_value(gen: Gen, kind: str, style: str | None, mods: list[str], ctx: dict, gender: str):
    r = gen.rng
    style = style or "any"
    if kind == "NAME":
        if style in ("G", "GG"):
            g = gender if gender in ("f", "m") else r.choice("fmu")
            if style == "G":
                first = gen.first(g)
                v, tags, parts = first, ["first"], (first, None)
                if first in WORD_F or first in WORD_M:
                    tags.append("wordlike")
            else:
                first = gen.first(g)
                sur = gen.surname()
                v, tags, parts = f"{first} {sur}", ["full"], (first, sur)
            if "-" in v or "'" in v:
                tags.append("hyphen_apostrophe")
            if any(ord(c) > 127 for c in v):
                tags.append("nonascii")
        else:
            v, tags, parts = gen.name(style)
        ctx["name"] = parts
    elif kind == "ADDRESS":
        v, tags = gen.address(style)
    elif kind == "DOB":
        grp = next((m for m in mods if m in DOB_GROUPS), "adult")
        v, tags = gen.dob(style, grp)
    elif kind == "HOSP":
        v, tags = gen.hosp(style)
    elif kind == "PHONE":
        v, tags = gen.phone(style)
    elif kind == "EMAIL":
        v, tags = gen.email(style, ctx.get("name"))
    elif kind == "NHS":
        v, tags = gen.nhs(style)
    elif kind == "POSTCODE":
        if style == "town" and ctx.get("town"):
            out = ctx["town"]["out"]
        else:
            out = gen.uk_town()["out"]
        form = {"nospace": "nospace", "lower": r.choice(["lower", "lower_nospace"])}.get(style, "std")
        if style == "any" and r.random() < 0.12:
            form = r.choice(["nospace", "lower"])
        v = gen.postcode(out, form)
        tags = [form]
    elif kind == "ZIP":
        v, tags = gen.zipcode(style, ctx.get("us") if style == "city" else None)
    elif kind == "URL":
        v, tags = gen.url(style)
    elif kind == "DATE":
        v, tags = gen.date(style)
    elif kind == "AGE":
        v, tags = gen.age(style)
    elif kind == "TOWN":
        tags = [style]
        if style == "uk":
            t = gen.uk_town()
            ctx["town"] = t
            v = t["town"]
        elif style in ("wal", "sco", "ni"):
            t = gen.uk_town(style)
            ctx["town"] = t
            v = t["town"]
        elif style == "hyph":
            multi = [t for t in ENG_TOWNS if ("-" in t[0] or " " in t[0] or "'" in t[0])]
            t = r.choice(multi)
            v = t[0]
        elif style == "village":
            v = gen.village()
        elif style == "us":
            c = r.choice(US_CITIES)
            ctx["us"] = c
            v = c[0]
        elif style == "ie":
            v = r.choice(IE_TOWNS)[0]
        elif style == "abroad":
            v = r.choice(ABROAD)
        else:
            raise ValueError(style)
    else:
        raise ValueError(kind)
    v = apply_mods(v, mods)
    if "lower" in mods and kind in ("NAME", "ADDRESS", "HOSP"):
        tags = tags + ["lower"]
    if "upper" in mods and kind in ("NAME", "ADDRESS"):
        tags = tags + ["caps"]
    return v, sorted(set(tags), key=tags.index)


def render(tpl: str, gen: Gen, gender: str = "a", orig: str = "", rel: str = "", rel0: str = ""):
    """Return (text, [(start, end, TYPE, value, tags)])."""
    out, ents, ctx = [], [], {}
    pos = last = 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        if m.group(4) is not None:
            v = gen.rng.choice(m.group(4).split("|"))
            out.append(v)
            pos += len(v)
            continue
        kind, style, mods = m.group(1), m.group(2), (m.group(3) or "").split(",")
        if kind in ("ORIG", "REL", "REL0"):
            v = {"ORIG": orig, "REL": rel, "REL0": rel0}[kind]
            out.append(v)
            pos += len(v)
            continue
        v, tags = make_value(gen, kind, style, mods, ctx, gender)
        ents.append((pos, pos + len(v), SLOT_TYPE[kind], v, tags))
        out.append(v)
        pos += len(v)
    out.append(tpl[last:])
    text = "".join(out)
    for s, e, t, v, _ in ents:
        assert text[s:e] == v
    return text, ents


# ---------------------------------------------------------------------------
# Source comments
# ---------------------------------------------------------------------------

MONTH_RE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                      r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
TITLE_RE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Nurse|Sister|Doctor|Prof|Dr\.|Mr\.|Mrs\.)\s+[A-Z]")
ALLOW_CAPS = {"I", "NHS", "GP", "GPs", "A&E", "OK", "TV", "ICU", "ENT", "MRI", "CT", "ECG", "OT",
              "PPE", "COVID", "Covid", "I'm", "I've", "I'd", "I'll", "PTS", "AE"}
STOP_WORDS = {"bell", "city", "east", "falls", "garden", "grand", "great", "high", "just",
              "little", "long", "much", "next", "north", "park", "rock", "street", "super",
              "under", "upon", "west", "south", "port", "vale", "wells", "spa", "sea",
              "green", "cross", "bridge", "castle", "mill", "lane", "court", "rose"}
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def list_words() -> set[str]:
    words = set()
    for lst in (FEMALE, MALE, UNISEX, SURNAMES, MIDDLE, ABROAD, IE_TOWNLANDS):
        for x in lst:
            for w in re.split(r"[\s\-']+", x):
                words.add(w.lower())
    for lst in (ENG_TOWNS, WAL_TOWNS, SCO_TOWNS, NI_TOWNS, IE_TOWNS, VILLAGES, US_CITIES):
        for x in lst:
            for w in re.split(r"[\s\-']+", x[0]):
                words.add(w.lower())
    wordlike = {w.lower() for w in WORD_F + WORD_M + WORD_SUR}
    return {w for w in words if len(w) > 3 and w not in STOP_WORDS and w not in wordlike}


def clean_reason(t: str, lower_vocab: set[str], lwords: set[str]) -> str | None:
    if re.search(r"[*@\[\]{}<>#|]|www|http|\.com|\.uk|xxx|redact|\bref\b", t, re.I):
        return "symbol"
    if re.search(r"\d{3,}", t):
        return "digit_run"
    if re.search(r"\d+\s*[/.\-]\s*\d+", t):
        return "numeric_date"
    if MONTH_RE.search(t):
        return "month"
    if re.search(r"\b9\d\b|ninety|hundred|\b1\d\d\b", t, re.I):
        return "possible_age"
    if re.search(r"[a-z]I[a-z]", t):
        return "case_artefact"
    if TITLE_RE.search(t):
        return "title_name"
    for m in WORD_RE.finditer(t):
        w = m.group()
        if w.lower() in lwords:
            return "list_word"
        if w in ALLOW_CAPS or not w[0].isupper():
            continue
        if w.lower() not in lower_vocab:
            return "never_lower"
        pre = t[:m.start()].rstrip()
        if pre and pre[-1] not in ".!?\n\"(-:;" and not w.isupper():
            return "mid_capital"
    for w in WORD_F + WORD_M:
        if re.search(r"\b" + re.escape(w) + r"\b (?:was|is|and|has|did|were|had|who)\b", t):
            return "wordlike_name"
    return None


def load_excluded(root: str, own_out: str) -> tuple[set[str], dict[str, int]]:
    excl, per_file = set(), {}
    files = sorted(glob.glob(os.path.join(root, "evaluation", "data", "redaction_*.jsonl")))
    files = [f for f in files if os.path.abspath(f) != os.path.abspath(own_out)
             and os.path.basename(f) != "redaction_devset6.jsonl"]
    files.append(os.path.join(root, "data", "labeled", "corpus.jsonl"))
    for f in files:
        ids = []
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.append(json.loads(line)["id"])   # only the id field is used
        per_file[os.path.relpath(f, root)] = len(ids)
        excl.update(ids)
    return excl, per_file


def load_comments(fft_dir: str):
    """[(id, text, phase)] in file order, from both CSVs."""
    rows = []
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            t = row.get("FFT answer")
            if t and t.strip():
                rows.append((f"fft2:{row['Comment ID']}", t, 2))
    with open(os.path.join(fft_dir, "fft_phase1.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            t = row.get("feedback")
            if t and t.strip():
                rows.append((f"fft1:{row['row_index']}", t, 1))
    return rows


def lower_vocabulary(rows) -> set[str]:
    v = set()
    for _, t, _ in rows:
        for w in WORD_RE.findall(t):
            if w.islower():
                v.add(w)
    return v


# ---------------------------------------------------------------------------
# Placement
# ---------------------------------------------------------------------------

ABBREV_END = re.compile(r"(?:\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|no|approx|vs|p\.s|a\.m|p\.m|N\.B)\.)$", re.I)


def boundaries(t: str) -> list[tuple[int, bool]]:
    """Offsets where a new sentence could go in the original, with whether the
    break there is a newline."""
    res = {}
    for m in re.finditer(r"[.!?]+[\"'’”)]*(\s+)(?=\S)", t):
        head = t[:m.start(1)]
        if ABBREV_END.search(head):
            continue
        if head.count("(") > head.count(")"):
            continue
        res[m.end()] = "\n" in m.group(1)
    for m in re.finditer(r"\n\s*", t):
        if m.end() < len(t) and m.end() not in res:
            head = t[:m.start()]
            if head.count("(") <= head.count(")") and head.strip():
                res[m.end()] = True
    return sorted(res.items())


TERMINAL = tuple(".!?)") + ("👍", "💙", "👌", "😊")


class Piece:
    __slots__ = ("kind", "text", "olen", "orig", "ents")

    def __init__(self, kind, text, olen=0, orig="", ents=()):
        self.kind = kind      # 'o' original, 'p' planted, 'r' in-place replacement, 'a' added
        self.text = text
        self.olen = olen
        self.orig = orig
        self.ents = list(ents)


def index_at(pieces: list[Piece], off: int) -> int:
    """Index in pieces where original offset `off` starts (splitting an 'o' piece)."""
    acc = 0
    for i, p in enumerate(pieces):
        if acc == off and p.kind in ("o", "r"):
            return i
        if acc < off < acc + p.olen:
            assert p.kind == "o", "boundary inside an in-place rewrite"
            k = off - acc
            pieces[i:i + 1] = [Piece("o", p.text[:k], k), Piece("o", p.text[k:], p.olen - k)]
            return i + 1
        acc += p.olen
    return len(pieces)


def pronoun_gender(t: str) -> str:
    f = len(re.findall(r"\b(?:she|her|hers|herself)\b", t, re.I))
    m = len(re.findall(r"\b(?:he|him|his|himself)\b", t, re.I))
    if f and not m:
        return "f"
    if m and not f:
        return "m"
    return "a"


class Carrier:
    def __init__(self, idx: int, kind: str, text: str):
        self.idx = idx
        self.kind = kind
        self.text = text
        self.types = slot_types(text)
        self.unpunct = not text.rstrip().endswith(TERMINAL + (":", ","))


def parse_carriers() -> list[Carrier]:
    out = []
    for line in CARRIERS.strip().splitlines():
        kind, text = line.split("|", 1)
        out.append(Carrier(len(out), kind, text.replace("\\n", "\n")))
    assert len({c.text for c in out}) == len(out), "duplicate carrier sentence"
    return out


def inplace_options(orig: str, rng: random.Random):
    """All (rule, match, usable templates) for a comment."""
    opts = []
    for ri, (name, rx, tpls, gsrc) in enumerate(INPLACE):
        for m in re.finditer(rx, orig):
            nxt = orig[m.end("x"):m.end("x") + 1]
            usable = []
            for t in tpls:
                only_punct = t.startswith("!")
                t = t.lstrip("!")
                if only_punct and nxt not in ("", ".", ",", "!"):
                    continue
                if nxt in ("'", "’") and t.rstrip()[-1] in "),":
                    continue
                if nxt in (".", ",", "!", "?", ";", ":", "") and t.endswith(","):
                    continue
                rel = m.groupdict().get("rel") or ""
                if name == "role" and rel in REL_GENDER and rel not in ("midwife",) and (
                        t.startswith("{NAME") and " the {REL}" in t):
                    continue
                usable.append(t)
            if usable:
                opts.append((ri, m, usable))
    return opts


class Record:
    def __init__(self, rid: str, orig: str, phase: int):
        self.id = rid
        self.orig = orig
        self.phase = phase
        self.inplace = None      # (rule index, match start, match end, template, gender, rel, rel0)
        self.carriers: list[Carrier] = []

    def planned(self) -> Counter:
        c = Counter()
        if self.inplace:
            c.update(slot_types(self.inplace[3]))
        for car in self.carriers:
            c.update(car.types)
        return c

    def can_take(self, car: Carrier, cap: int) -> bool:
        if len(self.carriers) >= cap or car in self.carriers:
            return False
        if car.kind in ("o", "s") and any(c.kind == car.kind for c in self.carriers):
            return False
        for t in ("DATE_OF_BIRTH", "NHS_NUMBER", "ZIP"):
            if car.types[t] and any(c.types[t] for c in self.carriers):
                return False
        return True


def choose_inplace(rec: Record, rng: random.Random, p: float):
    opts = inplace_options(rec.orig, rng)
    if not opts or rng.random() >= p:
        return
    ri, m, usable = rng.choice(opts)
    name, rx, tpls, gsrc = INPLACE[ri]
    tpl = rng.choice(usable)
    rel = m.groupdict().get("rel") or ""
    if gsrc == "rel":
        g = REL_GENDER.get(rel) or pronoun_gender(rec.orig)
    elif gsrc == "pronoun":
        g = pronoun_gender(rec.orig)
    else:
        g = "a"
    x = m.group("x")
    rel0 = re.sub(r"^[Tt]he ", "", x)
    rec.inplace = (ri, m.start("x"), m.end("x"), tpl, g, rel, rel0)


def allocate(records: list[Record], carriers: list[Carrier], rng: random.Random):
    counts = Counter()
    for r in records:
        counts.update(r.planned())

    def pick_record(car: Carrier, cap: int):
        cands = [r for r in records if r.can_take(car, cap)]
        if not cands:
            return None
        low = min(len(r.carriers) + (1 if r.inplace else 0) for r in cands)
        best = [r for r in cands if len(r.carriers) + (1 if r.inplace else 0) <= low + 1]
        return rng.choice(best)

    # A: every carrier sentence once.
    order = carriers[:]
    rng.shuffle(order)
    for car in order:
        rec = pick_record(car, 2) or pick_record(car, 3)
        assert rec is not None
        rec.carriers.append(car)
        counts.update(car.types)

    def deficit_carrier():
        defs = {t: max(0, TARGETS[t] - counts[t]) for t in TYPES}
        if not any(defs.values()):
            return None
        ts = [t for t in TYPES if defs[t] > 0]
        t = rng.choices(ts, [defs[x] / TARGETS[x] for x in ts])[0]
        cands = [c for c in carriers if c.types[t]]
        weights = []
        for c in cands:
            over = sum(n for tt, n in c.types.items() if counts[tt] >= TARGETS[tt])
            weights.append(1.0 / (1 + 2 * over))
        return rng.choices(cands, weights)[0]

    # B: every record gets at least one detail.
    for rec in records:
        if not rec.carriers and not rec.inplace:
            car = deficit_carrier() or rng.choice([c for c in carriers if c.kind == "m"])
            rec.carriers.append(car)
            counts.update(car.types)

    # C: top up until every target is met.
    guard = 0
    while True:
        car = deficit_carrier()
        if car is None:
            break
        rec = pick_record(car, 3) or pick_record(car, 4)
        guard += 1
        assert guard < 5000
        if rec is None:
            continue
        rec.carriers.append(car)
        counts.update(car.types)
    return counts


def assemble(rec: Record, gen: Gen, rng: random.Random) -> dict:
    orig = rec.orig
    pieces = [Piece("o", orig, len(orig))]
    meta = []   # tags per entity, same order as entities at the end
    if rec.inplace:
        ri, s, e, tpl, g, rel, rel0 = rec.inplace
        x = orig[s:e]
        text, ents = render(tpl, gen, g, orig=x, rel=rel, rel0=rel0)
        if x[0].isupper() and text[0].islower():
            text = text[0].upper() + text[1:]
        i = index_at(pieces, s)
        j = index_at(pieces, e)
        assert j == i + 1 and pieces[i].text == x
        pieces[i] = Piece("r", text, e - s, x, ents)
    bnds = boundaries(orig)
    if rec.inplace:
        s, e = rec.inplace[1], rec.inplace[2]
        bnds = [b for b in bnds if not (s < b[0] < e)]
    opener = [c for c in rec.carriers if c.kind == "o"]
    signoff = [c for c in rec.carriers if c.kind == "s"]
    mids = [c for c in rec.carriers if c.kind == "m"]
    rng.shuffle(mids)
    start_list, end_list, mid_list = list(opener), [], []
    free = list(bnds)
    for c in mids:
        w = [25, 35 if free else 0, 40]
        where = rng.choices(["start", "mid", "end"], w)[0]
        if where == "start":
            start_list.append(c)
        elif where == "mid":
            b = free.pop(rng.randrange(len(free)))
            mid_list.append((c, b))
        else:
            end_list.append(c)
    end_list += signoff

    def planted(c: Carrier):
        text, ents = render(c.text, gen)
        return Piece("p", text, 0, "", ents)

    # middle insertions (descending offset so earlier offsets stay valid)
    for c, (off, nl) in sorted(mid_list, key=lambda x: -x[1][0]):
        i = index_at(pieces, off)
        p = planted(c)
        new = [p]
        if c.unpunct:
            new.append(Piece("a", "."))
        new.append(Piece("a", "\n" if nl else " "))
        pieces[i:i] = new
    # start
    head = []
    for c in start_list:
        p = planted(c)
        head.append(p)
        if c.kind == "o":
            if "\n" in p.text or p.text.endswith((":", ",")) or c.unpunct:
                sep = rng.choice(["\n", "\n", "\n\n"])
            else:
                sep = rng.choice([" ", "\n"])
        else:
            if c.unpunct:
                head.append(Piece("a", "."))
            sep = " "
        head.append(Piece("a", sep))
    pieces[0:0] = head
    # end
    tail_text = "".join(p.text for p in pieces)
    for c in end_list:
        p = planted(c)
        last = tail_text.rstrip()[-1:] if tail_text.strip() else ""
        if c.kind == "s":
            if "\n" in p.text:
                sep = rng.choice(["\n", "\n\n"])
            else:
                sep = rng.choice([" ", "\n", "\n"])
        else:
            sep = " " if rng.random() < 0.9 else "\n"
        add = []
        if sep == " " and last and not last.endswith(TERMINAL) and last not in ",;:-":
            add.append(Piece("a", "."))
        add.append(Piece("a", sep))
        pieces.extend(add + [p])
        tail_text = "".join(q.text for q in pieces)
    # offsets
    text, ents, pos = [], [], 0
    for p in pieces:
        for s, e, t, v, tags in p.ents:
            ents.append({"start": pos + s, "end": pos + e, "type": t, "value": v,
                         "profiles": HIP if t in HIPAA_ONLY else STD})
            meta.append(tags)
        text.append(p.text)
        pos += len(p.text)
    text = "".join(text)
    # the original must come back when the planted text is taken out
    back = "".join(p.text if p.kind == "o" else p.orig if p.kind == "r" else "" for p in pieces)
    assert back == orig, (rec.id, back, orig)
    assert all(p.text in (".", " ", "\n", "\n\n") for p in pieces if p.kind == "a")
    spans = [(p.kind, p.text) for p in pieces]
    return {"id": rec.id, "text": text, "original": orig, "entities": ents}, meta, spans


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

TITLE_START = re.compile(r"^(?:Dr|Dr\.|Mr|Mrs|Ms|Miss|Mx|Prof|Nurse|Sister|Doctor|Matron)\s", re.I)
EXAMPLE_HOST = re.compile(r"(?:^|[.@/])example(?:-trust)?\.(?:com|org|net|nhs\.uk)(?:$|[/?#])")
UK_DRAMA = [r"07700900\d{3}", r"01\d{2}4960\d{3}", r"01914980\d{3}", r"01632960\d{3}",
            r"02079460\d{3}", r"02920180\d{3}", r"02896496\d{3}"]


def phone_ok(v: str) -> bool:
    core = re.sub(r"\s*(?:ext\.?|extension|Ext:|x)\s*\d+$", "", v, flags=re.I)
    d = re.sub(r"\D", "", core)
    if re.search(r"55501\d\d$", d):
        return len(d) in (7, 10, 11)
    if d.startswith("0044"):
        d = d[4:]
    elif core.lstrip().startswith("+44"):
        d = d[2:]
    if d.startswith("00"):
        d = d[1:]
    if not d.startswith("0"):
        d = "0" + d
    return any(re.fullmatch(p, d) for p in UK_DRAMA)


def host_ok(v: str) -> bool:
    v = v.lower()
    if "@" in v:
        host = v.split("@", 1)[1]
        return bool(re.fullmatch(r"(?:[a-z0-9-]+\.)*example\.(?:com|org|net)", host))
    host = re.sub(r"^https?://", "", v).split("/")[0].split("?")[0].split("#")[0]
    return bool(re.fullmatch(r"(?:[a-z0-9-]+\.)*example\.(?:com|org|net)", host))


def check(out: list[dict], sources: dict[str, str], excluded: set[str], carriers, used_carriers) -> Counter:
    counts = Counter()
    ids = set()
    for rec in out:
        rid, text, ents = rec["id"], rec["text"], rec["entities"]
        assert rid not in ids, f"duplicate id {rid}"
        ids.add(rid)
        assert rid not in excluded, f"excluded id {rid}"
        assert rec["original"] == sources[rid].strip(), rid
        assert ents, f"{rid}: no entity"
        prev_end = -1
        for e in ents:
            s, en, t, v = e["start"], e["end"], e["type"], e["value"]
            assert text[s:en] == v, (rid, e)
            assert s >= prev_end, f"{rid}: overlap or order {e}"
            prev_end = en
            assert t in TYPES, t
            assert e["profiles"] == (HIP if t in HIPAA_ONLY else STD), (rid, e)
            assert v == v.strip() and v, (rid, e)
            assert v[-1] not in ".,;:!?'\"(", (rid, e)
            if t != "PHONE":
                assert v[0] not in ".,;:!?()#", (rid, e)
            counts[t] += 1
            if t == "NAME":
                assert not TITLE_START.match(v), (rid, v)
                assert not v.endswith(("'s", "’s")), (rid, v)
            elif t == "NHS_NUMBER":
                assert nhs_valid(v), (rid, v)
            elif t == "AGE_OVER_89":
                if v.isdigit():
                    assert int(v) >= 90, v
                else:
                    assert "ninety" in v or "hundred" in v, v
            elif t in ("EMAIL", "URL"):
                assert host_ok(v), (rid, v)
            elif t == "PHONE":
                assert phone_ok(v), (rid, v)
            elif t == "POSTCODE":
                assert re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}", v), v
            elif t == "ZIP":
                assert re.fullmatch(r"\d{5}(?:-\d{4})?", v), v
            elif t == "HOSPITAL_NUMBER":
                assert not re.fullmatch(r"\d{10}", v), v
                assert not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v), v
            elif t in ("DATE", "DATE_OF_BIRTH"):
                assert not re.match(r"(?:on|the|born|dob|d\.o\.b)\b", v, re.I), v
        json.loads(json.dumps(rec, ensure_ascii=False))
    total = sum(counts.values())
    for t, n in MINIMUMS.items():
        assert counts[t] >= n, f"{t}: {counts[t]} < {n}"
    assert total >= MIN_ENTITIES, total
    assert len(out) >= MIN_RECORDS, len(out)
    assert len(carriers) >= MIN_CARRIERS
    assert used_carriers >= {c.idx for c in carriers}, "a carrier sentence was never used"
    return counts


# ---------------------------------------------------------------------------
# Statistics for the card
# ---------------------------------------------------------------------------

def stats(out, metas, records, carriers, reasons, pools, per_file):
    ent_tags = defaultdict(Counter)
    for rec, meta in zip(out, metas):
        for e, tags in zip(rec["entities"], meta):
            t = e["type"]
            for tg in tags:
                ent_tags[t][tg] += 1
            after = rec["text"][e["end"]:e["end"] + 2]
            if t == "NAME":
                if after in ("'s", "’s"):
                    ent_tags[t]["possessive"] += 1
                if e["value"] == e["value"].lower():
                    ent_tags[t]["all_lower"] += 1
                if e["value"] == e["value"].upper() and any(c.isalpha() for c in e["value"]):
                    ent_tags[t]["all_caps"] += 1
                if " " in e["value"]:
                    ent_tags[t]["multiword"] += 1
                before = rec["text"][max(0, e["start"] - 8):e["start"]]
                if re.search(r"(?:Dr\.?|DR|dr|Mr|Mrs|Ms|Miss|Prof|Sister|Nurse|Sister) $", before):
                    ent_tags[t]["after_title"] += 1
            if t == "ADDRESS":
                if "\n" in e["value"]:
                    ent_tags[t]["ML(any)"] += 1
                if "," not in e["value"]:
                    ent_tags[t]["no_comma(any)"] += 1
            if t in ("DATE_OF_BIRTH", "ADDRESS") and e["start"] > 0:
                # is the detail mid-sentence (text continues after it on the same line)?
                rest = rec["text"][e["end"]:e["end"] + 3]
                if rest[:1] == " " and rest[1:2].isalpha():
                    ent_tags[t]["mid_sentence"] += 1
    counts = Counter(e["type"] for r in out for e in r["entities"])
    per_rec = Counter(len(r["entities"]) for r in out)
    print("records", len(out), "phase", Counter(r["id"][:4] for r in out))
    print("entities", sum(counts.values()), "standard", sum(v for k, v in counts.items() if k not in HIPAA_ONLY))
    for t in TYPES:
        print(f"  {t:16s} {counts[t]:4d}  {dict(ent_tags[t].most_common())}")
    print("entities per record", sorted(per_rec.items()))
    lens = [len(r["original"]) for r in out]
    print("original length", min(lens), max(lens))
    print("carriers", len(carriers), Counter(c.kind for c in carriers))
    print("carrier uses", sum(len(r.carriers) for r in records))
    print("in-place", Counter(INPLACE[r.inplace[0]][0] for r in records if r.inplace))
    print("filter", dict(reasons.most_common()))
    print("pools", {k: len(v) for k, v in pools.items()})
    print("excluded files", per_file)


# ---------------------------------------------------------------------------

def main(argv=None):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fft-dir", default=os.path.join(root, "..", "shared", "data", "nhs_fft"))
    ap.add_argument("--out", default=os.path.join(root, "evaluation", "data", "redaction_devset6.jsonl"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--n", type=int, default=N_RECORDS)
    ap.add_argument("--stats", action="store_true", help="print the figures on the card")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    excluded, per_file = load_excluded(root, args.out)
    rows = load_comments(args.fft_dir)
    sources = {}
    for rid, t, _ in rows:
        assert rid not in sources, f"duplicate source id {rid}"
        sources[rid] = t
    vocab = lower_vocabulary(rows)
    lwords = list_words()
    reasons = Counter()
    pools = {1: [], 2: []}
    seen = set()
    for rid, t, ph in rows:
        t = t.strip()
        if rid in excluded:
            reasons["excluded_id"] += 1
            continue
        if not 25 <= len(t) <= 450:
            reasons["length"] += 1
            continue
        if t.lower() in seen:
            reasons["duplicate_text"] += 1
            continue
        seen.add(t.lower())
        why = clean_reason(t, vocab, lwords)
        if why:
            reasons[why] += 1
            continue
        pools[ph].append((rid, t))

    # Sampling: every clean phase 2 comment (there are few left), phase 1 fills the rest;
    # about a third of the phase 1 draw comes from comments with a phrase that can be
    # rewritten in place.
    p2 = pools[2][:]
    rng.shuffle(p2)
    p2 = p2[: args.n // 3]
    need = args.n - len(p2)
    p1 = pools[1][:]
    rng.shuffle(p1)
    with_opts = [x for x in p1 if inplace_options(x[1], rng)]
    k = min(len(with_opts), need * 35 // 100)
    chosen_ids = {x[0] for x in with_opts[:k]}
    rest = [x for x in p1 if x[0] not in chosen_ids]
    p1_pick = with_opts[:k] + rest[: need - k]
    assert len(p1_pick) == need, "not enough clean phase 1 comments"
    picked = p2 + p1_pick
    rng.shuffle(picked)
    records = [Record(rid, t, 2 if rid.startswith("fft2:") else 1) for rid, t in picked]

    for rec in records:
        choose_inplace(rec, rng, 0.75)
    carriers = parse_carriers()
    allocate(records, carriers, rng)

    gen = Gen(rng)
    out, metas = [], []
    for rec in records:
        d, meta, _ = assemble(rec, gen, rng)
        out.append(d)
        metas.append(meta)
    used = {c.idx for r in records for c in r.carriers}
    counts = check(out, sources, excluded, carriers, used)

    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    sha = hashlib.sha256(data.encode("utf-8")).hexdigest()
    print(f"wrote {args.out}: {len(out)} records, {sum(counts.values())} entities, sha256 {sha}")
    print("  " + ", ".join(f"{t} {counts[t]}" for t in TYPES))
    if args.stats:
        stats(out, metas, records, carriers, reasons, pools, per_file)


if __name__ == "__main__":
    main()
