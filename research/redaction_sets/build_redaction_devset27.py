#!/usr/bin/env python3
"""Build redaction development set 27 (``redaction_devset27``).

Real NHS Friends and Family Test comments (The-Strategy-Unit/pxtextmining,
commit ba6c0a2f10ca9bb3b964b72afe6047b463095c75, MIT, copyright NHS England;
Care Opinion data in it CC BY-NC-SA 4.0) with invented personal details
*inserted* into them.  Every planted detail is invented: phone numbers come
only from drama/fiction ranges, e-mail addresses only use example.* domains,
NHS numbers are random numbers that pass the modulus-11 check.

Standard library only and deterministic: one ``random.Random(20260027)``,
nothing depends on set or dict hash order.

    python research/redaction_sets/build_redaction_devset27.py            # write the set
    python research/redaction_sets/build_redaction_devset27.py --stats    # print counts only
"""
import argparse
import collections
import csv
import json
import os
import re
import random
import unicodedata

SEED = 20260027
N_RECORDS = 500
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA_DIR = "/work/shared/data/nhs_fft"
OUT_DEFAULT = os.path.join(ROOT, "evaluation", "data", "redaction_devset27.jsonl")
# Sets whose comments must not be reused; only their ``id`` field is read.
EXCLUDE_SETS = ["redaction_testset.jsonl", "redaction_testset_v2.jsonl", "redaction_devset5.jsonl"]

AIMS = collections.OrderedDict([
    ("NAME", 430), ("TOWN", 220), ("ADDRESS", 80), ("DATE", 60), ("AGE_OVER_89", 40),
    ("PHONE", 30), ("EMAIL", 20), ("POSTCODE", 30), ("HOSPITAL_NUMBER", 60),
    ("NHS_NUMBER", 25), ("ZIP", 15),
])
HIPAA_ONLY = {"TOWN", "DATE", "AGE_OVER_89"}


def profiles(etype):
    return ["hipaa_safe_harbor"] if etype in HIPAA_ONLY else ["standard", "hipaa_safe_harbor"]


# ---------------------------------------------------------------------------
# Invented name material (many origins)
# ---------------------------------------------------------------------------
GIVEN = collections.OrderedDict([
    ("english", "Sarah James Emma Tom Rebecca Lauren Gary Kevin Debbie Trevor Karen Dave Stephanie Gemma "
                "Nathan Chloe Liam Jordan Tracy Bev Pauline Maureen Barry Keith Jodie Danielle Stacey Craig "
                "Lee Hayley Shirley Brenda Colin Graham Amelia Oliver Poppy Harvey Kelly Shauna Nicola Wendy"),
    ("scottish", "Ailsa Iain Hamish Morag Fraser Eilidh Callum Mhairi Euan Kirsty Catriona Lachlan Isla Ruaridh"),
    ("welsh", "Rhys Siân Dafydd Gethin Bethan Cerys Ieuan Angharad Llinos Owain Gwenllian Iolo Nia Eleri"),
    ("irish", "Siobhán Seán Aoife Niamh Pádraig Caoimhe Róisín Eoin Orla Ciarán Sorcha Dónal Máire Tadhg Clodagh"),
    ("south_asian", "Priya Rajesh Anjali Sanjay Harpreet Gurpreet Arjun Deepa Imran Farah Ayesha Sunil Nisha "
                    "Kiran Mohinder Jaswinder Shabana Nasreen Tariq Ravi Lakshmi Vikram Rukhsana Zainab"),
    ("nigerian", "Chidi Ngozi Tunde Folake Emeka Chiamaka Oluwaseun Bisi Segun Funmilayo Adaeze Ifeoma "
                 "Babatunde Yetunde Obinna Temitope"),
    ("ghanaian", "Kwame Abena Kofi Ama Yaw Akosua Kwabena Efua Kwesi Adwoa Nana"),
    ("east_african", "Wanjiru Otieno Amani Baraka Tendai Nyasha Zawadi Achieng Mutua Nakato Tatenda Rudo Jabari"),
    ("somali", "Hodan Abdi Faisal Ayaan Hawa Abdirahman Guled Sahra Idil Ubah Mahad Nimco Liban"),
    ("caribbean", "Marcia Delroy Winston Claudette Errol Hyacinth Leroy Beverley Desmond Icilda Carlton "
                  "Merline Neville Paulette"),
    ("chinese", "Wei Mei Jun Ying Xiaoming Hui Jing Kai Xin Ming"),
    ("vietnamese", "Linh Thao Huy Phuong Minh Lan Tuan Hoa Duc Quynh Trang"),
    ("polish", "Agnieszka Krzysztof Małgorzata Wojciech Łukasz Kasia Tomasz Zofia Bartek Magda Grzegorz Ewa"),
    ("eastern_european", "Ioana Andrei Bogdan Rūta Jonas Jiří Olena Dmytro Mihaela Vasile Katarína Nikola Agnė Milena"),
    ("arabic", "Fatima Omar Yusuf Layla Khalid Mariam Ahmed Nour Hassan Rania Samir Huda Tarek Amira"),
    ("turkish", "Ayşe Mehmet Emre Elif Zeynep Murat Gökhan Özlem Burak Şule Deniz"),
    ("portuguese", "João Conceição Thiago Luana Gonçalo Inês Rafaela Vitória Caio Fernanda Rui"),
    ("filipino", "Maricel Jojo Rowena Bong Marilou Rodel Analyn Jerome Lourdes Cherrylyn Arnel"),
    ("greek", "Eleni Giorgos Dimitris Katerina Yiannis Sofia Nikos Despina Vasiliki Stavros"),
    ("spanish", "José Lucía Alejandro Valentina Diego Carmen Javier Ximena Mateo Guadalupe"),
    ("nepali", "Sushila Bikash Pradeep Sunita Anil Sarita Bishnu Kamala Dipesh Manisha Laxmi"),
])
SURNAME = collections.OrderedDict([
    ("english", "Whitworth Greenhalgh Pickering Ashworth Barraclough Hollis Tranter Cartwright Dunmore "
                "Fenwick Spooner Haworth Brocklehurst Pemberton Milburn Stokoe Charlton Robson Heslop Dodds"),
    ("scottish", "McLeod MacDonald Buchanan MacKenzie Strachan Drummond Urquhart Sinclair MacAulay Lamont"),
    ("welsh", "Pritchard Llewellyn Jenkins Pugh Bowen Prosser Gruffydd Vaughan Rees Powell"),
    ("irish", "O'Sullivan O'Neill McGuinness Fitzgerald Breathnach Kavanagh Ó_Briain Mac_Carthaigh"),
    ("south_asian", "Patel Sharma Singh Khan Chaudhry Begum Gill Sandhu Iqbal Hussain Bhatt Mistry Kaur Rahman "
                    "Choudhury Parmar Nair Menon Krishnan Dhillon"),
    ("nigerian", "Okafor Adeyemi Nkemelu Eze Adebayo Okonkwo Oladipo Balogun Nwosu Ogunleye Chukwu Afolabi"),
    ("ghanaian", "Mensah Boateng Owusu Asante Ofori Appiah Acheampong Darko Agyeman Osei"),
    ("east_african", "Kamau Odhiambo Mwangi Njoroge Mutasa Moyo Ssempala Nabirye Kariuki Chikwanha"),
    ("somali", "Warsame Farah Mohamud Osman Jama Hersi Egal Abdullahi Dahir Yusuf"),
    ("caribbean", "Campbell McFarlane Bailey Chambers Forbes Gayle Morrison Bennett Samuels Reid"),
    ("chinese", "Zhang Wang Chen Liu Huang Wong Cheung Lam Leung Chan Tsang Yip"),
    ("vietnamese", "Nguyen Tran Pham Le Vu Hoang Dang Bui Ngo"),
    ("polish", "Nowak Kowalczyk Wójcik Mazur Krawczyk Zając Król Wieczorek"),
    ("eastern_european", "Popescu Ionescu Kazlauskas Dvořák Shevchenko Kovalenko Horváth Nagy Marinescu Bondarenko"),
    ("arabic", "Al-Rashid Haddad El-Amin Abdullah Nasser Mansour Al-Khatib Saleh Darwish Haidar"),
    ("turkish", "Yıldız Öztürk Çelik Şahin Kaya Demir Aydın Arslan Doğan Kılıç"),
    ("portuguese", "Gonçalves Ferreira Rodrigues da_Silva Santos Oliveira Carvalho Pereira Almeida Sousa"),
    ("filipino", "dela_Cruz Reyes Bautista Manalo Macaraeg Villanueva Dimaculangan Aquino Mendoza"),
    ("greek", "Papadopoulos Georgiou Konstantinou Christodoulou Pappas Nikolaidis Antoniou Economou"),
    ("spanish", "Gutiérrez Hernández Ramírez Pérez Fernández Morales Castillo Ortega Navarro Rojas"),
    ("nepali", "Gurung Thapa Rai Magar Limbu Tamang Shrestha Pun Sherpa Bhattarai"),
])
# Full names whose parts agree in gender or order (written out by hand).
FULL_SPECIAL = [
    "Siobhán Ní Mhurchú", "Pádraig Ó Conaill", "Róisín Ní Dhomhnaill", "Dónal Ó Súilleabháin",
    "Agnieszka Wiśniewska", "Krzysztof Zieliński", "Małgorzata Dąbrowska", "Łukasz Lewandowski",
    "Zofia Kamińska", "Tomasz Jankowski", "Rūta Petrauskienė", "Olena Kovalenko", "Milena Ivanova",
    "Nguyen Thi Lan", "Tran Van Minh", "Pham Thi Thu Trang", "Chen Wei", "Wong Ka Wai", "Lam Siu Ling",
    "José Ramírez Ortega", "María José Castillo", "Conceição da Silva", "Maria das Dores Sousa",
    "Omar Al-Khatib", "Hawa Abdi Warsame", "Mohinder Singh Sandhu", "Jun-Jun Reyes",
    "Oluwaseun Adebayo-Okonkwo", "Giorgos Papadopoulos", "Tatenda Moyo", "Nana Akua Boateng",
]
NICKNAMES = ("Kev Shaz Baz Trev Bex Jonny Lizzie Mags Del Gaz Tez Rach Vicky Dot Bert Jonesy Mo Sal Babs "
             "Nobby Jimbo Kaz Gav Davo Kath Titch Smudge Jojo").split() + ["Big Dave", "Little Sue"]
TYPO_NAMES = ("Sarha Micheal Jonathon Kathrine Stephine Rebbecca Nicolla Jenifer Cristina Phillipa Bethanny "
              "Aimie Shuana Kirstie Geogre Mohamad Lousie Chirs Danielel Hannahh").split()
WORD_NAMES = ("Will Hope Grace Joy Rose Faith Sunny Dawn Frank Bill Mark Robin Holly Ivy Summer April May June "
              "Patience Precious Blessing Comfort Gift Goodluck Sandy Pat Jack Rich Chance Victory").split()
DOUBLE_GIVEN = ["Mary-Jane", "Anne-Marie", "Jean-Paul", "Lily-Mae", "Ellie-Rose", "Kerry-Ann", "Jo-Anne",
                "Mai-Linh", "Ana-Maria", "Abdul-Karim"]
DOUBLE_SURNAME = ["Smith-Okoro", "Hughes-Patel", "Ashton-Jones", "Lloyd-Evans", "Forbes-Mensah",
                  "Carter-Nwosu", "Hamilton-Reid", "Kowalska-Brown", "Fenwick-Tran", "Gill-Campbell"]

def _names(block):
    return {w.replace("_", " ") for w in block.split()}


FEMALE = _names("""
Sarah Emma Rebecca Lauren Debbie Karen Stephanie Gemma Chloe Tracy Bev Pauline Maureen Jodie Danielle Stacey
Hayley Shirley Brenda Amelia Poppy Kelly Shauna Nicola Wendy Ailsa Morag Eilidh Mhairi Kirsty Catriona Isla
Siân Bethan Cerys Angharad Llinos Gwenllian Nia Eleri Siobhán Aoife Niamh Caoimhe Róisín Orla Sorcha Máire
Clodagh Priya Anjali Deepa Farah Ayesha Nisha Shabana Nasreen Lakshmi Rukhsana Zainab Ngozi Folake Chiamaka
Bisi Funmilayo Adaeze Ifeoma Yetunde Abena Ama Akosua Efua Adwoa Wanjiru Zawadi Achieng Nakato Rudo Hodan
Ayaan Hawa Sahra Idil Ubah Nimco Marcia Claudette Hyacinth Beverley Icilda Merline Paulette Mei Ying Jing
Linh Thao Phuong Lan Hoa Quynh Trang Agnieszka Małgorzata Kasia Zofia Magda Ewa Ioana Rūta Olena Mihaela
Katarína Agnė Milena Fatima Layla Mariam Nour Rania Huda Amira Ayşe Elif Zeynep Özlem Şule Conceição Luana
Inês Rafaela Vitória Fernanda Maricel Rowena Marilou Analyn Lourdes Cherrylyn Eleni Katerina Sofia Despina
Vasiliki Lucía Valentina Carmen Ximena Guadalupe Sushila Sunita Sarita Kamala Manisha Laxmi
Shaz Bex Lizzie Mags Rach Vicky Dot Sal Babs Kaz Kath Little_Sue
Sarha Kathrine Stephine Rebbecca Nicolla Jenifer Cristina Phillipa Bethanny Aimie Shuana Kirstie Lousie Hannahh
Hope Grace Joy Rose Faith Dawn Holly Ivy Summer April May June Patience Precious Comfort
Mary-Jane Anne-Marie Lily-Mae Ellie-Rose Kerry-Ann Jo-Anne Mai-Linh Ana-Maria
Siobhán_Ní_Mhurchú Róisín_Ní_Dhomhnaill Agnieszka_Wiśniewska Małgorzata_Dąbrowska Zofia_Kamińska
Rūta_Petrauskienė Olena_Kovalenko Milena_Ivanova Nguyen_Thi_Lan Pham_Thi_Thu_Trang Lam_Siu_Ling
María_José_Castillo Conceição_da_Silva Maria_das_Dores_Sousa Hawa_Abdi_Warsame Nana_Akua_Boateng
""")
MALE = _names("""
James Tom Gary Kevin Trevor Dave Nathan Liam Barry Keith Craig Lee Colin Graham Oliver Harvey Iain Hamish
Fraser Callum Euan Lachlan Ruaridh Rhys Dafydd Gethin Ieuan Owain Iolo Seán Pádraig Eoin Ciarán Dónal Tadhg
Rajesh Sanjay Arjun Imran Sunil Mohinder Tariq Ravi Vikram Chidi Tunde Emeka Segun Babatunde Obinna Kwame
Kofi Yaw Kwabena Kwesi Otieno Baraka Mutua Jabari Abdi Faisal Abdirahman Guled Mahad Liban Delroy Winston
Errol Leroy Desmond Carlton Neville Xiaoming Kai Huy Minh Tuan Duc Krzysztof Wojciech Łukasz Tomasz Bartek
Grzegorz Andrei Bogdan Jonas Jiří Dmytro Vasile Omar Yusuf Khalid Ahmed Hassan Samir Tarek Mehmet Emre Murat
Gökhan Burak João Thiago Gonçalo Caio Rui Jojo Bong Rodel Jerome Arnel Giorgos Dimitris Yiannis Nikos Stavros
José Alejandro Diego Javier Mateo Bikash Pradeep Anil Bishnu Dipesh
Kev Baz Trev Jonny Del Gaz Tez Bert Jonesy Nobby Jimbo Gav Davo Big_Dave
Micheal Jonathon Geogre Mohamad Chirs Danielel
Will Frank Bill Mark Jack Rich Goodluck
Jean-Paul Abdul-Karim
Pádraig_Ó_Conaill Dónal_Ó_Súilleabháin Krzysztof_Zieliński Łukasz_Lewandowski Tomasz_Jankowski Tran_Van_Minh
Chen_Wei José_Ramírez_Ortega Omar_Al-Khatib Mohinder_Singh_Sandhu Jun-Jun_Reyes Giorgos_Papadopoulos
""")
assert not FEMALE & MALE
FEMALE_CUES = set("she her hers herself mum mother mam wife daughter lady ladies nan nanna grandma auntie aunt sister "
                  "mrs girl niece mother-in-law great-grandmother".split())
MALE_CUES = set("he him his himself dad father husband son brother man grandad grandson uncle mr boy lad "
                "stepson father-in-law".split())


def frame_gender(text):
    words = set(re.findall(r"[a-z][a-z'-]*", text.lower()))
    f, m = bool(words & FEMALE_CUES), bool(words & MALE_CUES)
    return "f" if f and not m else "m" if m and not f else None


def fits(name, gender):
    if gender is None:
        return True
    other = MALE if gender == "f" else FEMALE
    return name not in other


# ---------------------------------------------------------------------------
# Invented places (real town names; streets and numbers invented)
# ---------------------------------------------------------------------------
TOWNS_UK = [
    # (town, county, postcode outward code)
    ("Mansfield", "Nottinghamshire", "NG18"), ("Worksop", "Nottinghamshire", "S80"),
    ("Retford", "Nottinghamshire", "DN22"), ("Sutton-in-Ashfield", "Nottinghamshire", "NG17"),
    ("Kirkby-in-Ashfield", "Nottinghamshire", "NG17"), ("Beeston", "Nottinghamshire", "NG9"),
    ("West Bridgford", "Nottinghamshire", "NG2"), ("Hucknall", "Nottinghamshire", "NG15"),
    ("Newark", "Nottinghamshire", "NG24"), ("Southwell", "Nottinghamshire", "NG25"),
    ("Ollerton", "Nottinghamshire", "NG22"), ("Lowdham", "Nottinghamshire", "NG14"),
    ("Long Eaton", "Derbyshire", "NG10"), ("Ilkeston", "Derbyshire", "DE7"), ("Heanor", "Derbyshire", "DE75"),
    ("Chesterfield", "Derbyshire", "S40"), ("Matlock", "Derbyshire", "DE4"), ("Bolsover", "Derbyshire", "S44"),
    ("Hope", "Derbyshire", "S33"), ("Loughborough", "Leicestershire", "LE11"),
    ("Hinckley", "Leicestershire", "LE10"), ("Melton Mowbray", "Leicestershire", "LE13"),
    ("Market Harborough", "Leicestershire", "LE16"), ("Ashby-de-la-Zouch", "Leicestershire", "LE65"),
    ("Grantham", "Lincolnshire", "NG31"), ("Gainsborough", "Lincolnshire", "DN21"),
    ("Skegness", "Lincolnshire", "PE25"), ("Kettering", "Northamptonshire", "NN16"),
    ("Corby", "Northamptonshire", "NN17"), ("Wellingborough", "Northamptonshire", "NN8"),
    ("Daventry", "Northamptonshire", "NN11"), ("Rushden", "Northamptonshire", "NN10"),
    ("Towcester", "Northamptonshire", "NN12"), ("Brackley", "Northamptonshire", "NN13"),
    ("Oundle", "Northamptonshire", "PE8"), ("Northampton", "Northamptonshire", "NN3"),
    ("Hexham", "Northumberland", "NE46"), ("Morpeth", "Northumberland", "NE61"),
    ("Ashington", "Northumberland", "NE63"), ("Blyth", "Northumberland", "NE24"),
    ("Rothbury", "Northumberland", "NE65"), ("Alnmouth", "Northumberland", "NE66"),
    ("Berwick-upon-Tweed", "Northumberland", "TD15"), ("Wark", "Northumberland", "NE48"),
    ("Whitley Bay", "Tyne and Wear", "NE26"), ("North Shields", "Tyne and Wear", "NE29"),
    ("South Shields", "Tyne and Wear", "NE33"), ("Jarrow", "Tyne and Wear", "NE32"),
    ("Gateshead", "Tyne and Wear", "NE8"), ("Sunderland", "Tyne and Wear", "SR2"),
    ("Newcastle upon Tyne", "Tyne and Wear", "NE6"), ("Peterlee", "County Durham", "SR8"),
    ("Seaham", "County Durham", "SR7"), ("Stanley", "County Durham", "DH9"), ("Consett", "County Durham", "DH8"),
    ("Spennymoor", "County Durham", "DL16"), ("Bishop Auckland", "County Durham", "DL14"),
    ("Chester-le-Street", "County Durham", "DH3"), ("Barnard Castle", "County Durham", "DL12"),
    ("Darlington", "County Durham", "DL1"), ("Hartlepool", "County Durham", "TS24"),
    ("Stockton-on-Tees", "County Durham", "TS18"), ("Redcar", "North Yorkshire", "TS10"),
    ("Whitby", "North Yorkshire", "YO21"), ("Great Ayton", "North Yorkshire", "TS9"),
    ("Settle", "North Yorkshire", "BD24"), ("Hebden Bridge", "West Yorkshire", "HX7"),
    ("Reading", "Berkshire", "RG1"), ("Bath", "Somerset", "BA1"), ("Street", "Somerset", "BA16"),
    ("Wells", "Somerset", "BA5"), ("March", "Cambridgeshire", "PE15"), ("Sale", "Greater Manchester", "M33"),
    ("Deal", "Kent", "CT14"), ("Ware", "Hertfordshire", "SG12"), ("Looe", "Cornwall", "PL13"),
    ("Bury St Edmunds", "Suffolk", "IP33"), ("Burton upon Trent", "Staffordshire", "DE14"),
    ("Milton Keynes", "Buckinghamshire", "MK9"), ("Hemel Hempstead", "Hertfordshire", "HP1"),
    ("Church Stretton", "Shropshire", "SY6"), ("Kirkby Lonsdale", "Cumbria", "LA6"),
]
TOWNS_WALES = ["Aberystwyth", "Llandudno", "Merthyr Tydfil", "Ystradgynlais", "Betws-y-Coed", "Caernarfon",
               "Llanelli", "Pontypridd", "Machynlleth"]
TOWNS_SCOT = ["Kirkcaldy", "Fort William", "Auchtermuchty", "Inverness", "Dumfries", "Stornoway", "Galashiels"]
TOWNS_IRL = ["Ballymena", "Enniskillen", "Dún Laoghaire", "Letterkenny", "Clonmel", "Ennis", "Cobh"]
WORD_TOWNS = ["Reading", "Bath", "March", "Sale", "Hope", "Street", "Deal", "Wells", "Ware", "Settle"]
COUNTIES = ["Nottinghamshire", "Northumberland", "County Durham", "Co. Tyrone", "Derbyshire", "Leicestershire",
            "Lincolnshire", "Powys", "Fife", "North Yorkshire", "Northamptonshire", "Co. Kerry", "Cumbria"]
ABROAD = ["Lagos", "Kraków", "Porto", "Manila", "Kathmandu", "Hargeisa", "Accra", "Kampala", "Lisbon",
          "São Paulo", "Thessaloniki", "İzmir", "Hanoi", "Guangzhou", "Valencia", "Bogotá", "Vilnius",
          "Cluj-Napoca", "Karachi", "Amritsar", "Sylhet", "Kingston", "Nairobi", "Harare", "Pokhara",
          "Cebu", "Gdańsk", "Iași", "Enugu", "Kumasi"]
US_PLACES = [("Dayton", "Ohio", "OH"), ("Tucson", "Arizona", "AZ"), ("Fort Worth", "Texas", "TX"),
             ("Portland", "Maine", "ME"), ("Buffalo", "New York", "NY"), ("Boise", "Idaho", "ID"),
             ("Savannah", "Georgia", "GA"), ("Eau Claire", "Wisconsin", "WI"), ("Albuquerque", "New Mexico", "NM"),
             ("Spokane", "Washington", "WA"), ("Chattanooga", "Tennessee", "TN"), ("Lansing", "Michigan", "MI")]
STREET_A = ("Brackenfield Harcourt Ladysmith Kingfisher Station Mill Church Elm Beech Sycamore Heron Cranmer "
            "Willowbrook Foxglove Lime Tree Cherry Tree Primrose Coronation Jubilee Moorland Fieldfare Orchard "
            "Alder Wheatsheaf Larkspur Thornbury Ravenswood Haddon Cedar").split()
STREET_A = ["Lime Tree", "Cherry Tree"] + [s for s in STREET_A if s not in ("Lime", "Tree", "Cherry")]
STREET_B = "Road Street Close Avenue Grove Crescent Way Lane Drive Terrace Gardens View Walk Rise Court".split()
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Brambles", "Fern Lea", "Tŷ Gwyn", "Hillside Farm",
               "The Laurels", "Meadow View", "Low Barn", "Holly Bank", "Orchard House"]
CARE_HOMES = ["Oakwood Grange Care Home", "Beechcroft Nursing Home", "The Willows Residential Home",
              "Fernlea Court Care Home", "Meadowbank House", "St Hilda's Lodge"]
EIRCODE_KEYS = ["A98", "D6W", "T12", "H91", "V94", "F94", "P31", "R95", "X35", "E41"]
EIRCODE_TOWNS = {"A98": ("Bray", "Co. Wicklow"), "D6W": ("Terenure", "Dublin 6W"), "T12": ("Cork", "Co. Cork"),
                 "H91": ("Galway", "Co. Galway"), "V94": ("Limerick", "Co. Limerick"),
                 "F94": ("Donegal Town", "Co. Donegal"), "P31": ("Ballincollig", "Co. Cork"),
                 "R95": ("Kilkenny", "Co. Kilkenny"), "X35": ("Dungarvan", "Co. Waterford"),
                 "E41": ("Thurles", "Co. Tipperary")}
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
PC_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]


# ---------------------------------------------------------------------------
# Frames.  One per line: polarity (p positive, n negative, x any), position
# (a anywhere, s start, e end), style (. as written, l all lower case,
# u all upper case), then the text.  "\n" in the text is a line break.
# Slots: {g} given name, {s} surname, {f} full name, {k} nickname,
# {t} misspelt name, {i} initials, {d} double-barrelled, {w} name that is also
# a word, {T} UK town, {Tw} town that is also a word, {Tc} county,
# {Tr} Welsh/Scottish/Irish place, {Ta} city abroad, {Tus} US city + state,
# {Tz} US city + state + ZIP, {A} UK address, {Am} UK address over lines,
# {Ac} care home address, {Ar} house-name/rural address, {Ai} Irish address,
# {Aus} US address, {Ax} address abroad, {D} date, {Db} date of birth,
# {age} age in digits, {agew} age in words, {ageo} ordinal birthday,
# {P} phone, {E} e-mail, {PC} postcode, {H} hospital number, {NHS}, {Z} ZIP.
# ---------------------------------------------------------------------------
FRAMES_TEXT = r"""
x a . Thanks to {g} who looked after me.
p a . {g} on reception was so kind to my mum.
p a . I was looked after by {g} and {g} on nights and they were both fantastic.
p a . Special thanks to {g}, {g} and {g} on the day unit.
p a l the hca {g} was lovely nothing was too much trouble
p a . Sister {s} runs a tight ship and you can tell.
p a . A massive thank you to {f} the physio, she had me walking again in two days.
p a l me and {g} both felt listened to for once
p a . {g} sorted it all out in about ten minutes when nobody else could.
p a . The porter, {g}, made me laugh all the way down to x-ray.
p a . The lady on reception ({g} I think) rang me back the same afternoon.
n a . Matron {s} did come and see us and apologised, but it should never have got that far.
p a . The registrar, Dr {s}, was the first person to actually explain what was going on.
p a . {g} the ODP held my hand while I went to sleep and I won't forget that.
p a . Student nurse {g} is going to make a brilliant nurse.
p e . \nRegards, {f}
p e l \n- {g} x x
p e . \nFrom {g} and family
p a l thank u {g} ur a star xx
p a . {g}'s cups of tea at 3am kept me going.
p a . Please pass on my thanks to the ward clerk {g}, who chased my letters up for me.
n a . The ward clerk told me to ring back and when I did {g} said she had never heard of me.
p a . My husband {g} was allowed to stay with me the whole time, which meant the world.
n a . Our neighbour {f} drove me in because the transport never turned up.
n a . My daughter {g} had to ring three times before anyone came.
x a . My name is {f} and I was on the ward for nearly three weeks.
x s . Written by {g} on behalf of my dad, {g}.
p a . Dr {s} and her team were outstanding from start to finish.
p a . If you can, please tell {g} in pharmacy that she was a star.
p a . {g} and {g} the paramedics were calm and reassuring.
p a l the driver {g} always waits til im in the door bless him
p a l shout out to {g} and {g} on the night shift
n a . The letter said "Dear {f}, your appointment has been cancelled" and nothing else, no reason, no new date.
n a . I got a letter addressed to {f} at my address, which is someone else's private information.
p a . I should like to express my sincere gratitude to Staff Nurse {s} and her colleagues.
p e . \nYours faithfully,\n{f}
p e . \nYours sincerely, {f} (Mrs)
x a l went in on the monday with my chest and {g} the paramedic who came out was lovely then at the hospital it was a different story
p a . Thank you {g}, {g}, {g}, {g} and all the night staff.
p a . The healthcare assistant {f} went above and beyond.
p a . I'd like to thank the anaesthetist, Dr {s}, for putting me at ease.
p a . The midwife {g} was amazing with me and my partner {g}.
p a . My care coordinator {g} has been a lifeline this year.
n a . I have asked to change care coordinator as {g} never returns my calls.
p a . {g} from the crisis team talked me down when I was at my lowest.
p a . A big thank you to the OT {g} for sorting my equipment out.
p a . {g} (SALT) was brilliant with my dad.
p a . The dietitian {g} gave me a plan I can actually stick to.
p a . My CPN {g} is the best I've ever had.
p a . The domestic lady, {g}, always stopped for a chat.
p a . The night porter {g} found my glasses when I'd given up on them.
p a . Security guard {g} was so patient with my son.
x a . The volunteer on the front desk, {g}, walked us all the way to the clinic.
p a . Can I say thanks to the SHO {g} who stayed late to see me.
p a . The FY1 doctor, {f}, was brilliant and took her time.
p a . The consultant Mr {s} was kind and straight talking, which I appreciated.
p a . Dr {s} took the time to ring me at home afterwards.
n a . Dr {s} barely looked up from the computer.
n a . The receptionist {g} was rude and made me feel like a nuisance.
n a . I was told by a nurse called {g} that there were no beds, then sent home at 2am.
n a . The call handler {g} kept reading from a script and didn't listen.
p a . The 111 call handler {g} was calm and got an ambulance out quickly.
p a l {g} from 111 rang back within the hour and was so nice
n a . Nobody told my wife {g} that I had been moved wards.
n a . My mum {f} was left in a corridor for six hours.
p a . My son {g} is autistic and the team made sure he felt safe.
p a . Our {g} was well looked after and came home smiling.
p a l my little boy {g} loved the play lady
p a . {g}, the play specialist, was a godsend.
p a . Thank you to {f} and {f} in the discharge lounge.
n a . The discharge coordinator {g} promised a care package which never arrived.
n a . The social worker, {f}, has not been in touch since.
p a . My psychologist {g} helped me more than I can say.
p a . My support worker {g} comes every week without fail.
p a . I would like to thank the chaplain, {g}, who sat with me when my husband died.
p a . The tea lady {g} always remembered how I take my tea.
p a . Sister {g} on nights was wonderful.
p a l sister {s} is a legend
p a . Nurse {g} (the tall one with glasses) was lovely.
p a . The agency nurse, {g}, was just as good as the regular staff.
n a . The bank nurse {g} was on her phone most of the shift.
p a . Please thank {g} the driver for carrying my bags in.
p a . The PTS drivers {g} and {g} are always on time and cheerful.
n a . Driver {g} drove far too fast and I was bounced around in the back.
p a . {g} and the rest of the crew were brilliant with my nan.
p a l {g} and {g} u were amazing thank u so much from all of us
p a . I can't thank {g} enough.
p a . {g} made a scary day bearable.
p a . {g} was brilliant.
n a . {g} in outpatients was very dismissive.
p a . Everyone was great but especially {g}.
p a . A special mention: {g}.
p a . Special mention - {g} on the early shift.
p a . Staff: {g}, {g} and {g}. All 10 out of 10.
p a l {g}/{g}/{g} all brilliant
p a . {g} & {g} were fantastic on the day.
p a . The physio team (especially {g}) were great.
p a . Everyone, including {g} the domestic and {g} the ward clerk, treated me like family.
p a . My wife {g} and I want to thank the whole team.
p a . My partner {g} was allowed in for the scan, thank you.
p a . My friend {f} recommended this service to me and she was right.
n a . My brother {g} had to come and collect me because transport never came.
p a . {f} looked after my father with such dignity.
p a . Dad ({g}) keeps talking about how kind everyone was.
x s . This is {g}'s daughter writing as he can't use the phone.
x s . I'm writing this for my mum, {f}.
p a . The student paramedic {g} was very professional for someone so young.
p a . I was seen by {f}, who was brilliant.
p a . I saw a nurse practitioner called {g} and she sorted everything.
n a . I waited to see {g} for 40 minutes past my appointment time.
p a . Huge thanks to Dr {s} and Dr {s}.
p a . Thanks to Dr {s} and {g} the nurse.
p a l thank you dr {s} for listening to me x
p a l big thanks to {g} at the front desk
n a l {g} on reception needs to learn some manners
n a l asked for {g} and was told shes off sick again no one else knows my history
p a . {g} kept me calm.
p a . I owe {g} a lot.
p a . If {g} reads this - thank you!
p a . Please make sure {g} gets to see this.
p a . {g} deserves a pay rise.
p a . Give {g} a medal!
p a u THANK YOU {g} YOU ARE A STAR
p a u BIG THANKS TO {g} AND {g}
n a u {g} WAS VERY RUDE TO MY MOTHER
p a . My nurse, {g}, treated me like a person and not a number.
p a . I was looked after by a lovely nurse named {g}.
p a . It was {g} who noticed I was going downhill.
p a . Without {g} I dread to think what would have happened.
p a . I'd like {g} to know she made a real difference.
p a . When I was scared, {g} stayed with me.
p a . The doctor ({g}) went out of her way to help.
n a . Dr {s}'s manner was cold and abrupt.
p a . Mr {s}'s team were fab.
p a . We were in {g}'s bay and she was wonderful.
x a . I was in the bed next to {g}, who was also waiting for a scan.
n a . The lady in the next bed, {g}, kept pressing the buzzer and nobody came.
p a . {g} and I would both recommend the unit.
p a . Me, {g} and the kids are very grateful.
p a l me & {g} cant thank u enough
p e . \nThanks from {g} and {g}.
p e l \nthanks {g}
p e . \nMany thanks,\n{g}
p e . \nKind regards\n{f}
p e . \nLove from {g} (daughter) x
p e . \nBest wishes, {g} & {g}
p e l \ncheers {k}
p e . \n{f}
p e . \n-- {f}, patient
x e . \nSigned {f} (husband)
p a . {k} on the ward was a legend.
p a l {k} the porter is a legend lol
p a . Ask for {k}, she's brilliant.
p a . {t} was very kind (sorry if I've spelt the name wrong!).
p a . Thank you to nurse {t} for everything.
p a l thanks {t} and all the team
p a . {i} in pharmacy was very helpful.
p a . The nurse with the badge that said {i} was lovely.
p a . Thank you to {i} for giving me the extra time.
p a . {d} was an absolute credit to the NHS.
p a . Dr {d} explained the options clearly.
p a . My key worker {d} has been brilliant.
p a . {w} on the desk was lovely.
p a . A nurse called {w} made all the difference.
p a l {w} and {w} were the best
p a . Thanks to {w}, who never stopped smiling.
n a . {w} told me to stop making a fuss.
p a . {w} the hca is an angel.
p a l {w} u r a diamond
p a . I want to thank {w} from the day unit, she calmed me right down.
p a . {w}! Thank you!
n a . Dr {s} told me it was all in my head, and it wasn't.
n a . When I complained, a manager called {f} rang me and said it would be looked into. I've heard nothing.
n a . My complaint was answered by {f}, Patient Experience Manager, who quoted policy back at me.
n a . The reply said "{f} has reviewed your concerns" but {g} never spoke to me.
n a . I am still waiting for {g} to call me back as promised.
n a l been trying to get hold of {g} for weeks no answer
n a . My dad {f} was discharged without his medication.
n a . They kept calling my mother {g} when her name is {g}.
n a . My husband's name is {g}, not {g}, which was on every form.
p a . My mum ({f}) was so well looked after in her last days.
p a . {f} (my late wife) was treated with great respect.
x a . On behalf of my grandad {g}, thank you.
p a . Nanna {g} says thank you to the lovely ladies on the ward.
p a l my nan {g} said they were all angels
x a . My uncle {g} came with me as my English is not good.
p a . The interpreter, {g}, made such a difference to my mum.
x a . My neighbour {g} came with me for support.
p a . {g} from next door looked after the kids so I could go.
p a . Auntie {g} stayed with me the whole time.
x a . My carer {g} came too.
n a . My carer {g} was not allowed in and I needed her.
p a . Surgeon Mr {s} and his team were first class.
p a . I must thank the radiographer, {g}, for being so gentle.
p a . The phlebotomist {g} got the blood first time, which never happens.
p a . {g} at the blood clinic is so good with needles.
p a . The receptionists, especially {g}, were welcoming.
p a . Our health visitor {g} has been fab with the baby.
n a . We have not seen our health visitor since {g} left.
p a . {g} and {g} in the ambulance were superb.
p a . The rapid response paramedic, {g} I believe, arrived in minutes.
p a . The paramedic {f} was outstanding.
p a . Great crew - {g} and {g}.
p a l crew were {g} and {g} cant fault them
p a . The 111 nurse {g} rang me back and talked me through everything.
n a . I spoke to a {g} at 111 who didn't seem to understand what I was saying.
x a . I was told by {g} at 111 to go to A&E.
p a . Thank you to {f} and the team at the hub.
p a . {g} (the OT) and {g} (the physio) got me home safely.
p a . Nurses {g}, {g} and {g} were lovely on the ward.
p a . Thanks to {g}, {g}, {g}, {g}, {g} and the rest of the team.
p a l {f} was brill
p a . {f} - you were amazing!
p a . To {g}: thank you for making me laugh.
p a . Dear {g}, thank you.
p s . Dear {g} and team,
p s l hi {g}
p a . I would like to praise {f} for her care.
p a . Could you please pass on my thanks to {f} in clinic?
p a . My thanks go to {f} and {f}.
p a . A huge thanks to Dr {s} (registrar) and Sister {s}.
n a . Matron {g} needs to get a grip of her staff.
p a . Matron {f} is a credit.
p a . The ward sister, {f}, ran a very calm ward.
n a . The ward sister, {g}, refused to let me see my husband.
p a . The HCAs, {g} and {g}, washed me and did my hair.
p a . Lovely HCA called {g}, I hope she reads this.
p a l the hca on nights called {g} was the best
p a . Student nurses {g} and {g} were a credit to their university.
p a . The ODPs {g} and {g} made me feel safe.
p a . Theatre staff ({g}, {g}) were so kind.
p a . The recovery nurse {g} kept checking on me.
p a . The registrar ({s}) took the time to draw me a diagram.
p a . The porter {g} and the nurse {g} chatted to me all the way to theatre.
p a . The lady on reception, {g}, made me a cuppa while I waited.
p a . The man on reception ({g}) was really helpful.
p a . The receptionist {g} managed to get me in the same day.
n a . The receptionist said "{g} is busy" and put the phone down.
p a . Ambulance crew {f} and {f} - superb.
x a . My son's name is {g} and he is 15.
x a . I am {g}'s mum.
x a . I'm {f}'s wife and I stayed with him throughout.
x a . Patient: {f}.
x s . Re: {f}
x s . Regarding my father, {f}.
n a . I phoned on behalf of my mum {f} and nobody rang me back.
p a . {f} and her husband {g} want to say thank you.
p a . We ({g} and {g}) are very grateful.
p a . {g}, {g} & {g} - you're all stars.
p a . Can't speak highly enough of {g}.
p a . Honestly {g} is the best nurse I've ever met.
p a l honestly {g} is the best thing about that ward
p a l {g} is a gem
n a l {g} was ok but the rest were rubbish
p a l ty {g} x
p a l u were fab {g}
p a . Mr {s} explained my operation in plain English.
p a . Professor {s} has looked after me for years.
p a . Dr {t} was fantastic.
p a . Many thanks to Sister {t}.
p a . Thanks {k}!
p a . Dr {i} was brilliant.
p a . Nurse {i} made my day.
p a . {d} (student nurse) was really caring.
p a . Thanks {d}.
p a . MY NURSE {g} WAS BRILLIANT.
p a . I cannot thank {g} and {g} enough for what they did for my son {g}.
x a . My name is {g}.
x a l my name is {f} and i was in for a hip
x a . Hello, it's {g} here again.
p a . {g} the ward clerk always had a smile.
p a . {g} (ward clerk) is lovely.
p a . {g}, the housekeeper, kept the bay spotless.
p a . The cleaner, {g}, was always cheerful.
p a l the cleaner {g} always said morning to me
p a . Chaplain {g} sat with my husband when I couldn't be there.
p a . {g}'s kindness will stay with me.
p a . {g}'s humour cheered the whole bay up.
n a . {g}'s attitude was appalling.
p a . {g} and {g}'s team are amazing.
x a . My mother-in-law {f} is 86 and needed help.
x a . My 85 year old dad {g} was seen quickly.
p a . My twins {g} and {g} were born on the unit and the care was fantastic.
p a . Baby {g} is doing well, thanks to you all.
p a . Little {g} didn't even cry when she had her jab.
x a . My stepson {g} has autism and found the waiting hard.
p a . Mum and me ({g}) thank you.
p a . Staff nurse {f} was kindness itself.
n a . Staff nurse {s} was abrupt with my mother.
p a . Nurse {s} is an angel.
p a . I want to mention {f} from the community team.
p a . {f} from the memory clinic was very patient with dad.
p a . {f} at the stroke unit was amazing.
p a . My diabetes nurse {g} is brilliant.
p a . My district nurse {g} comes every other day and she is wonderful.
p a l the district nurses esp {g} are angels
n a . The district nurse {g} didn't turn up and didn't ring.
p a . The nurses who visit, {g} and {g}, are always on time.
x a . Dr {s} at my GP referred me.
x a . My GP Dr {s} sent me here.
n a . My GP Dr {s} said it was the hospital's job and the hospital said it was the GP's.
p a . The psychiatrist, Dr {s}, listened properly.
n a . Dr {s}, the psychiatrist, changed my tablets without asking.
p a . My counsellor {g} helped me through a very dark time.
p a . {g} my therapist is the reason I'm still here.
p a l {g} my therapist is amazing
p a . Support worker {f} has been invaluable.
p a . Peer support worker {g} understood me like nobody else.
p a . Thank you {g} for the groups, I learnt a lot.
p a . The group was run by {g} and {g} and they were great.
p a . The course with {g} was really useful.
n a . The facilitator, {g}, kept cutting people off.
p a . Thanks to the reablement team, especially {g} and {g}.
p a . The equipment man, {g}, fitted my rails the next day.
p a . {g} from wheelchair services was great.
p a . {g} in podiatry sorted my feet out.
p a . The optometrist {g} was very thorough.
p a . {g} on the switchboard put me straight through.
x a . I rang and spoke to {g} on the switchboard.
"""

TOWN_FRAMES = r"""
n a . We had to travel all the way from {T} for a ten minute appointment.
n a l ambulance had to come from {T} as nothing local
p a . I moved here from {T} and the care is far better than I had there.
n a . The crew got lost in {T} because the sat nav sent them the wrong way.
n a . {T} to {T} took over two hours on the transport.
n a . Why can't this be done in {T}? It's ridiculous to expect people to travel.
n a l we live out in {T} and the buses are rubbish
x a . My son lives in {Tus} and he says it's nothing like this over there.
p a . I was visiting from {Ta} and everyone was so kind.
p a . I'm on holiday from {Ta} and couldn't fault the care.
x a . We're originally from {Ta}, so English isn't my mum's first language.
n a . Please put a clinic back in {T}.
p a . The {T} clinic is so much easier for me to get to.
n a . There is no parking at the {T} site at all.
p a . The community team in {T} are wonderful.
x a . I live near {T}, so the new hub is handy.
n a l had to go to {T} then {T} then back to {T} for one blood test
p a . We were transferred to {T} and the crew kept us informed all the way.
n a . The ambulance sat outside {T} hospital for three hours.
p a . Great service, I was back home in {T} within the hour.
n a . Transport picked me up at 7am in {T} and I didn't get to my appointment until 11.
x a . We moved down from {Tc} last year.
p a . The best care I've had anywhere in {Tc}.
n a . Services in {Tc} are stretched to breaking point.
x a . I'm registered with a GP in {T} but live in {T}.
p a l came all the way from {Tw} and it was worth it
x a . We drove up from {Tw} in the morning.
x a . My daughter lives in {Tw} so we stay with her for appointments.
n a . We were sent to {Tw} because there were no beds locally.
n a . My sister in {Ta} gets seen quicker than this.
x a . My grandson is studying in {Tus} so he couldn't be here.
p a . Even my cousin from {Tus} was impressed with the NHS.
x a . My husband was born in {Ta} and the interpreter was very helpful.
n a . The nearest pharmacy open was in {T}, twelve miles away.
x a . I work in {T} so evening appointments would help.
p a . I was taken ill on the way to {Tr} and the crew were marvellous.
x a . We were up in {Tr} visiting family when it happened.
x a . I'm from {Tr} originally, so I'm used to long drives to hospital.
n a . My mum in {Tr} waited eleven hours for an ambulance.
x a l im from {Tr} and no one could understand my accent haha
p a . Lovely to be treated so close to home in {T}.
n a l why do i have to go to {T} when theres a hospital 5 mins away
n a . The transport went to {T} first, then {T}, then finally to me.
p a . Lovely drive through {T} with a very chatty driver.
x a . My appointment was moved from {T} to {T} without asking me.
n a . Parking at {T} is a joke.
x a . We stopped at {T} services and I collapsed in the car park.
p a . The paramedics came from {T} and got here in 8 minutes.
n a . Ambulance came out from {T} because all the local ones were busy.
x a l we were on our way back from {T} when dad took bad
x a . I live in a small village outside {T}.
x a . I'm in {T} now but my notes are still in {T}.
n a . My records never came over from {Tc}.
p a . A big thanks from all of us in {T}.
x a . Dad lives on his own in {T}, {Tc}.
n a . Nobody could tell me if the {T} walk-in was open.
x a . My daughter flew over from {Tus} to be with me.
x a . My son came back from {Ta} when he heard.
x a . We were on holiday in {Ta} when the symptoms started.
x a . I was born in {Ta} but have lived here forty years.
x a . I'm a student from {Ta} and didn't know how the NHS works.
p a u PLEASE BRING THE CLINIC BACK TO {T}
x a . Moving to {T} next month so will need a new referral.
n a l buses from {T} stop at 6 so i couldnt get home
n a . Our local unit in {T} closed and now it's a 40 minute drive.
p a . The {T} team should be very proud.
p a . Staff at the {T} base were brilliant.
n a . It took the crew over an hour to get to us in {T}.
x a . I was passing through {T} at the time.
x a . We live between {T} and {T}.
"""

ADDRESS_FRAMES = r"""
n a . Please write to me at {A} as I never got the last letter.
n a . They sent the ambulance to {A} instead of my house.
n a . My address is {A}, not the old one you keep using.
x a . Transport picked me up from {Ac}.
x a . Please send any letters to my daughter's: {A}.
x e . \nPlease could someone contact me:\n{Am}
n a . The crew went to {Ar}, which is my neighbour's place.
x a . I'm staying with my sister at {Ai}, so please post it there.
x a . My brother is in the States, {Aus}, and wants to be kept updated.
x a . Until I'm back home please contact me at {Ax}.
n a l i told them 3 times my address is {A} and they still sent it to my old flat
x a . Mum is now at {Ac} and the district nurses visit there.
n a . Correspondence keeps going to {A}, where I haven't lived for years.
x e . \n{Am}
x a . The address on the system should be {A}.
n a . The driver couldn't find {Ar} even though I gave directions.
x a . We are at {Ar} - the lane is easy to miss.
x a . Please note my new address: {A}.
n a . My appointment letter went to {A} which is my ex-husband's house.
x a l can u send it to {A} thanks
x a . I'm currently at {Ac} for respite.
n a . The transport was booked to collect from {A} but went to the wrong end of the street.
x a . Home is {Ai} but I'm over here with my son.
x a . My daughter lives at {Aus} and would like a copy of the letter.
x a . Forwarding address while I'm abroad: {Ax}.
x s . From: {Am}
n a . I live at {A} and no crew could find it because of the new estate.
x a . My dad is in {Ac}, room 12.
x a . Please update my details to {A}.
n a . The letter was sent to {A}, which is next door.
x a . My daughter's address is {Ar} if you need to send anything.
x a . My permanent address is {Ai}.
"""

STRUCT_FRAMES = r"""
x a . Please ring me on {P} if anyone wants to discuss this.
x a . My number is {P}.
x a . {P} (mobile)
n a . Could someone call me back on {P}? I waited in all day.
x a l ring me on {P} ta
x a . You can reach my daughter on {P}.
n a . I rang {P} twenty times and nobody picked up.
x a . Best number for me is {P} after 5pm.
x a . Tel: {P}
x a . My son's number is {P}, he deals with everything for me.
n a . The number on the letter, {P}, just rings out.
x a l my mob is {P} text me
x e . \nPhone {P}
x a . Please contact me on {P} or by email.
x a . My husband's mobile is {P}.
x a . Please email me at {E}.
n a . I emailed {E} twice and never got a reply.
x a . My email is {E} if you want to follow this up.
x a l email me {E}
x e . \nEmail: {E}
x a . Please copy my daughter in: {E}.
x a . Contact me at {E} rather than by letter.
n a . The appointment went to my old email {E}, which I no longer use.
x a . My son ({E}) manages my appointments.
x a . I'm happy to be contacted at {E}.
x a . Email {E} or ring {P}.
x a . My postcode is {PC}.
n a . The ambulance went to {PC} instead of ours.
n a . The sat nav had the wrong postcode, it should be {PC}.
x a l postcode is {PC} if that helps
x a . We're in {T}, {PC}.
n a . Transport keep putting in {PC} which is the old one.
x a . Postcode {PC}.
x a . My mother's postcode is {PC}, please update it.
n a l the driver said {PC} doesnt come up on his system
x a . For the crew: {PC}, the red door.
x a . I'm in the {PC} area.
x a . Our new postcode is {PC} (new build so not on all maps).
x a . I live at {PC} and the nearest clinic is miles away.
x a . My hospital number is {H}.
x a . Hospital number: {H}
x a . Hosp no {H}
x a . Unit no. {H}
x a . MRN {H}
x a . Patient number {H}
x a . Case no: {H}
x a . Record number {H}.
x a . Ref {H}
x a . Reference: {H}
x a . Booking ref {H}
x a . Account number {H}
x a . Claim no. {H}
x a . ID {H}
x a . #{H}
x a . My number is {H} if you need to look me up.
x a . {H} (hospital number)
x a . Quoting {H} as that's my reference.
x e . \nHospital number\n{H}
x e . \nRef:\n{H}
x a . Hosptial number {H}
x a . pateint no {H}
x a . refrence {H}
x a . Recrod number: {H}
x a l hosp numbr {H}
x a . MNR {H}
x a . Unit numer {H}
n a . My complaint reference is {H} and I have heard nothing.
n a . My booking ref was {H} but they said they couldn't find me.
x a l my hospital no is {H} if that helps
x a . (Hospital no. {H})
x a . {H} - that's my patient number.
x a . Please look up {H} on your system.
n a . I was given the wrong patient number ({H}) on my wristband.
x a . Your ref: {H}
x a . Patient ID: {H}
x a . Dad's hospital number is {H}.
x a . My NHS number is {NHS}.
x a . NHS no {NHS}
x a . NHS number: {NHS}
x a l my nhs num is {NHS}
x a . Quote NHS number {NHS}.
n a . They had my NHS number down as {NHS} but it's not mine.
x a . Mum's NHS number is {NHS}.
x e . \nNHS No: {NHS}
x a . {NHS} (NHS number)
x a . nhs no. {NHS} if you need it
x a . NHS number {NHS}, hospital number {H}.
x a . Please see notes under {NHS}.
x a . Zip {Z}
x a . ZIP code {Z}.
x a . My daughter came over from {Tz} to help me.
x a . Send it to my son in {Tz}.
x a . My US zip code is {Z} if the insurance form needs it.
x a . I'm back home in {Tz} now.
x a . The travel insurance people are based in {Tz}.
x a l my zip is {Z}
"""

DATE_FRAMES = r"""
x a . I was admitted on {D}.
n a . My appointment on {D} was cancelled with no notice.
x a . DOB {Db}
x a . She was born {Db}.
x a . I was on the ward from {D} to {D}.
n a . I have been waiting since {D} for a call back.
n a l my op was meant to be {D} and still nothing
x a . Date of birth: {Db}.
x a . I was seen on {D} in the evening.
x a . The crew came out to me on {D}.
n a . The transport was booked for {D} and never came.
x a . Dad was discharged on {D}.
n a . I rang 111 on {D} and waited 6 hours.
x a . Mum died on {D} and the staff were wonderful to us.
x a . My son was born on {D}.
x a . My appointment is on {D}.
n a . The letter dated {D} arrived after the appointment.
x a . My date of birth is {Db}.
x a l dob {Db}
x a . D.O.B. {Db}
n a . Since my fall on {D} I have had no physio.
x a . Seen {D}.
x a . Admitted {D}, discharged {D}.
n a . I was promised a scan by {D}.
p a . On {D} the team went above and beyond.
x a . I'm due back on {D}.
n a . Referred on {D} and still waiting.
x a . Born {Db}, so I'm no spring chicken.
x a . Visit on {D}.
x e . \nDate: {D}
"""

AGE_FRAMES = r"""
p a . My mum is {age} and they treated her with such respect.
x a . At {age} years of age I don't like to complain, but this was too much.
p a . My {agew} year old nan was treated like a queen.
p a . She turned {age} last week and the ward had a cake for her.
p a . The staff made her {ageo} birthday so special.
x a . Aged {age}, he was frightened, and they were so patient.
x a . Nan ({age}) was brought in by ambulance.
x a . I am {agew} and live alone.
n a . My dad is {age} and was left on a trolley all night.
x a l my nan is {age} and shes still sharp as a tack
p a . At the age of {agew} my father was treated with dignity.
x a . I'm {age} years young!
x a . Dad, {age}, fell at home.
n a . A {age} year old should not have to wait five hours for an ambulance.
p a . My great-grandmother celebrated her {ageo} birthday on the ward.
x a . My husband is {age} and deaf, please speak up.
p a . Looking after a {agew}-year-old is not easy but they made it look easy.
x a . I'm {age} and the stairs are hard for me.
n a . My aunt is {age} and was sent home at 3am in a taxi.
x a . {age} years old and still going!
p a . Mum, who is {agew}, says thank you.
x a . As a {age} year old I found the online form hard.
p a . Grandad ({agew} next month) loved the banter with the crew.
x a l me mam is {age} she was frightened
n a . How can you send a lady of {age} home alone?
x a . My father-in-law, aged {age}, was in for three weeks.
"""

MIXED_FRAMES = r"""
x a . My mum {f} lives in {T} and needs transport every week.
x a . Please ring my daughter {g} on {P}.
x a . {f}, {A}
x a . I'm {f}, hospital number {H}.
n a . My father {f}, DOB {Db}, was sent home without his tablets.
x a . My husband {g} is {age} and can't manage the stairs.
x a . {g} from {T} rang me back and sorted it.
p a . Thanks to {g} and {g} from the {T} ambulance station.
x a . Please contact {f} at {E}.
x a . I'm {g}, I live in {T} and I was admitted on {D}.
x a . My mum, {f}, {age}, of {T}.
n a . My daughter {g} drove me from {T} because the ambulance didn't come.
x a . My son {g} is in {Ta} and he rang 111 for me.
x a . Mum ({f}, NHS number {NHS}) was in bay 3.
x a . My nan {g} ({agew}) lives in {Ac}.
x a . Please post it to {f}, {A}.
x e . \n{f}\n{Am}\n{P}
x e . \n{f}\nTel {P}\n{E}
x a l im {g} from {T} nhs no {NHS}
x a . {f} (hospital no {H}), seen {D}.
x a . My sister {g} lives at {PC} and can collect me.
n a . My partner {g} rang {P} and got nowhere.
p a . {g} the driver from {T} was brilliant.
x a . My cousin {g} in {Tus} sent me the money for a taxi.
x a . Email {g} at {E}.
p a . Dr {s} and the team at {T} saved my life.
x a . My son {g} flew in from {Tz}.
x a . I was born in {Ta} on {Db}.
x a . My dad {g}, who is {age}, lives in {T}.
n a . I gave my postcode {PC} three times and they still went to {T}.
p a . Lovely {g} from the {T} team.
"""

DECOYS_TEXT = r"""
Will definitely recommend to friends and family.
I hope I never have to come back, but if I do I know I'm in good hands.
The nurses showed real grace under pressure.
The tea trolley was the saving grace of the whole stay.
Some reading material in the day room would be nice.
A bed bath was offered every morning, which I appreciated.
Please don't make patients march up and down the corridor looking for the loo.
The charity book sale in the foyer was a lovely touch.
May I say how impressed I was with everyone.
The day room is lovely and sunny.
i will be forever grateful
The garden outside was a joy to sit in.
To be frank, it was the best care I've had.
I had faith in them from the start.
At dawn the nurse came round with a cup of tea.
Patience was needed but it was worth it.
Street parking near the clinic is impossible.
It was a good deal better than last time.
Against my will I was kept in another night, but they were right.
I was reading the leaflet while I waited.
I was able to have a bath for the first time in weeks.
The forms may be simplified.
It's a long march from the car park to outpatients.
Will they ever fix the lift?
Hope this helps.
The bill for parking was a shock.
A sunny smile at reception makes all the difference.
hope ur all ok after the busy weekend
The grace period on the car park is far too short.
Joy of joys, the tea came round on time.
I'll be reading up on my condition now I understand it.
Staff were on the mark every time.
My spirits rose as soon as I got on the ward.
We hope to see the new unit open soon.
They may want to look at the phone system.
It was a sunny day and they let me sit outside.
i hope they get more staff soon
There will always be waits but this was fine.
The bath chair was broken.
I'm grateful, frankly, for all they did.
Nothing went to plan but they did their best, bless them.
You could tell the staff had the best will in the world.
A bit of sunshine would have helped, but that's not your fault!
The ward was a hive of activity but they still had time for us.
May be worth having more chairs in the waiting room.
Reading glasses were left on my locker every morning without me asking.
Bath time was handled with real dignity.
The mark on my arm from the cannula has gone now.
I'd have been lost without the will and patience of the staff.
Sale of fresh fruit in the shop would be good.
the food was frank ly awful but the nurses were lovely
They rose to the occasion on a very busy night.
Grace and good humour from everyone I met.
I do hope the managers read these comments.
The ward was bright and sunny with a lovely view.
Please march the smokers away from the entrance!
It was a real joy to be treated by people who care.
Frank conversations about my options were what I needed.
We were told we may have to wait, and that was fine.
There is a sunny spot in the garden that is perfect for visitors.
"""

INLINE_FORMS = [" {g}", ", {g},", " ({g})", " called {g}", " named {g}", " - {g} -", " {f}", " {s}"]
ROLE_RE = re.compile(
    r"\b(nurse|doctor|paramedic|driver|receptionist|physio|physiotherapist|consultant|midwife|therapist|"
    r"call handler|care coordinator|support worker|psychiatrist|psychologist|counsellor|surgeon|"
    r"health visitor|lady|gentleman|crew member|practitioner|carer|worker|dentist|pharmacist|lad|girl|"
    r"chap|guy|man|woman|gp|registrar|operator|handler|call taker|technician|porter|cleaner|person|"
    r"staff member|member of staff|ambulance driver|health care assistant|healthcare assistant|hca)(?=[ ,.!?;:\n]|$)",
    re.I)
# For general nouns only forms that read naturally in English text.
GENERAL_ROLES = {"lady", "gentleman", "lad", "girl", "chap", "guy", "man", "woman", "worker", "person",
                 "staff member", "member of staff"}


def parse_frames(text, kind):
    out = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        pol, pos, style, body = line.split(" ", 3)
        assert pol in "pnx" and pos in "ase" and style in ".lu", line
        out.append({"kind": kind, "pol": pol, "pos": pos, "style": style, "text": body.replace("\\n", "\n")})
    return out


FRAMES = (parse_frames(FRAMES_TEXT, "name") + parse_frames(TOWN_FRAMES, "town")
          + parse_frames(ADDRESS_FRAMES, "address") + parse_frames(STRUCT_FRAMES, "structured")
          + parse_frames(DATE_FRAMES, "date") + parse_frames(AGE_FRAMES, "age")
          + parse_frames(MIXED_FRAMES, "mixed"))
DECOYS = [l for l in DECOYS_TEXT.strip("\n").split("\n") if l.strip()]

SLOT_TYPES = {
    "g": ["NAME"], "s": ["NAME"], "f": ["NAME"], "k": ["NAME"], "t": ["NAME"], "i": ["NAME"], "d": ["NAME"],
    "w": ["NAME"], "T": ["TOWN"], "Tw": ["TOWN"], "Tc": ["TOWN"], "Tr": ["TOWN"], "Ta": ["TOWN"],
    "Tus": ["TOWN"], "Tz": ["TOWN", "ZIP"], "A": ["ADDRESS"], "Am": ["ADDRESS"], "Ac": ["ADDRESS"],
    "Ar": ["ADDRESS"], "Ai": ["ADDRESS"], "Aus": ["ADDRESS"], "Ax": ["ADDRESS"], "D": ["DATE"],
    "Db": ["DATE"], "age": ["AGE_OVER_89"], "agew": ["AGE_OVER_89"], "ageo": ["AGE_OVER_89"],
    "P": ["PHONE"], "E": ["EMAIL"], "PC": ["POSTCODE"], "H": ["HOSPITAL_NUMBER"], "NHS": ["NHS_NUMBER"],
    "Z": ["ZIP"],
}
SLOT_RE = re.compile(r"\{([A-Za-z]+)\}")
for _fr in FRAMES:
    _fr["types"] = [t for s in SLOT_RE.findall(_fr["text"]) for t in SLOT_TYPES[s]]
    _fr["gender"] = frame_gender(SLOT_RE.sub(" ", _fr["text"]))
    assert _fr["types"], _fr["text"]


# ---------------------------------------------------------------------------
# Generators: each returns (text, [(start, end, type), ...]) relative to text
# ---------------------------------------------------------------------------
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.hosp_formats = collections.Counter()
        self.name_kinds = collections.Counter()
        self.origins = collections.Counter()
        self.used_nhs = []

    # -- helpers
    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def letters(self, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choice(pool) for _ in range(n))

    def case(self, s, style):
        if style == "l":
            return s.lower()
        if style == "u":
            return s.upper()
        x = self.r.random()
        if x < 0.22:
            return s.lower()
        if x < 0.26:
            return s.upper()
        return s

    def origin(self):
        o = self.r.choice(list(GIVEN.keys()))
        self.origins[o] += 1
        return o

    # -- names
    def given(self, style, gender=None):
        o = self.origin()
        self.name_kinds["given"] += 1
        return self.case(self.r.choice([n for n in GIVEN[o].split() if fits(n, gender)]), style)

    def surname(self, style, gender=None):
        o = self.origin()
        self.name_kinds["surname"] += 1
        return self.case(self.r.choice(SURNAME[o].split()).replace("_", " "), style)

    def full(self, style, gender=None):
        x = self.r.random()
        self.name_kinds["full"] += 1
        if x < 0.22:
            self.origins["special"] += 1
            s = self.r.choice([n for n in FULL_SPECIAL if fits(n, gender)])
        else:
            o = self.origin()
            o2 = o if self.r.random() < 0.88 else self.r.choice(list(SURNAME.keys()))
            g = self.r.choice([n for n in GIVEN[o].split() if fits(n, gender)])
            s = g + " " + self.r.choice(SURNAME[o2].split()).replace("_", " ")
            if self.r.random() < 0.08:
                s = g + " " + self.r.choice("ABCDEGJKLMPRST") + ". " + s.split(" ", 1)[1]
        return self.case(s, style)

    def nickname(self, style, gender=None):
        self.name_kinds["nickname"] += 1
        return self.case(self.r.choice([n for n in NICKNAMES if fits(n, gender)]), style)

    def typo(self, style, gender=None):
        self.name_kinds["typo"] += 1
        return self.case(self.r.choice([n for n in TYPO_NAMES if fits(n, gender)]), style)

    def initials(self, style, gender=None):
        self.name_kinds["initials"] += 1
        a, b = self.letters(1), self.letters(1)
        x = self.r.random()
        if x < 0.3:
            s = a + "." + b + "."
        elif x < 0.55:
            s = (a + b).lower() if style != "u" else a + b
        elif x < 0.8:
            s = a + ". " + self.r.choice(SURNAME[self.origin()].split()).replace("_", " ")
        else:
            s = a + b
        return s.upper() if style == "u" else s

    def double(self, style, gender=None):
        self.name_kinds["double"] += 1
        x = self.r.random()
        dg = [n for n in DOUBLE_GIVEN if fits(n, gender)]
        if x < 0.4:
            s = self.r.choice(dg)
        elif x < 0.7:
            s = self.r.choice(DOUBLE_SURNAME)
        else:
            s = self.r.choice(dg) + " " + self.r.choice(DOUBLE_SURNAME)
        return self.case(s, style)

    def wordname(self, style, gender=None):
        self.name_kinds["word_name"] += 1
        return self.case(self.r.choice([n for n in WORD_NAMES if fits(n, gender)]), style)

    # -- places
    def town(self, style):
        x = self.r.random()
        if x < 0.7:
            t = self.r.choice(TOWNS_UK)[0]
        else:
            t = self.r.choice(TOWNS_WALES + TOWNS_SCOT + TOWNS_IRL)
        return self.tcase(t, style)

    def tcase(self, t, style):
        if style == "l":
            return t.lower()
        if style == "u":
            return t.upper()
        return t.lower() if self.r.random() < 0.15 else t

    def postcode(self, outward=None, style="."):
        if outward is None:
            outward = self.r.choice(TOWNS_UK)[2]
        inward = self.r.choice("0123456789") + self.letters(2, PC_IN_LETTERS)
        x = self.r.random()
        if style == "l" or x < 0.2:
            return (outward + " " + inward).lower()
        if x < 0.35:
            return outward + inward
        if x < 0.42:
            return outward + "  " + inward
        if x < 0.48:
            return (outward + inward).lower()
        return outward + " " + inward

    def street(self):
        return "%d %s %s" % (self.r.randint(1, 140), self.r.choice(STREET_A), self.r.choice(STREET_B))

    def address_uk(self, style, multiline=False):
        town, county, outward = self.r.choice(TOWNS_UK)
        pc = self.postcode(outward, ".")
        x = self.r.random()
        if x < 0.25:
            lines = ["Flat %d, %s House" % (self.r.randint(1, 24), self.r.choice(STREET_A)), self.street(), town, pc]
        elif x < 0.45:
            lines = [self.street(), town, county, pc]
        elif x < 0.6 and not multiline:
            lines = [self.street(), town]
        else:
            lines = [self.street(), town, pc]
        if multiline:
            s = "\n".join(lines)
        else:
            s = lines[0]
            for ln in lines[1:]:
                glue = " " if ln == pc and self.r.random() < 0.6 else ", "
                s += glue + ln
            if self.r.random() < 0.2:
                s = s.replace(",", "")
        if style == "l" or (style == "." and self.r.random() < 0.18):
            s = s.lower()
        elif style == "u":
            s = s.upper()
        return s

    def address_care(self, style):
        town, county, outward = self.r.choice(TOWNS_UK)
        s = "%s, %s, %s %s" % (self.r.choice(CARE_HOMES), self.street(), town, self.postcode(outward))
        return s.lower() if style == "l" else s

    def address_rural(self, style):
        town, county, outward = self.r.choice(TOWNS_UK)
        lane = self.r.choice(["Long Lane", "Back Lane", "Moor Road", "Carr Lane", "Low Road", "Green Lane"])
        x = self.r.random()
        if x < 0.5:
            s = "%s, %s, nr %s, %s %s" % (self.r.choice(HOUSE_NAMES), lane, town, county, self.postcode(outward))
        else:
            s = "%s, %s, %s" % (self.r.choice(HOUSE_NAMES), lane, town)
        return s.lower() if style == "l" else s

    def address_irish(self, style):
        key = self.r.choice(EIRCODE_KEYS)
        place, county = EIRCODE_TOWNS[key]
        eir = key + " " + "".join(self.r.choice(EIR_CHARS) for _ in range(4))
        street = "%d %s %s" % (self.r.randint(1, 90), self.r.choice(["Seaview", "Ashgrove", "Cnoc na Gréine",
                                                                       "Castle", "Chapel", "Oakfield"]),
                               self.r.choice(["Park", "Road", "Drive", "Lawn", "Heights"]))
        s = "%s, %s, %s, %s" % (street, place, county, eir)
        return s.lower() if style == "l" else s

    def address_us(self, style):
        city, state, st = self.r.choice(US_PLACES)
        zipc = self.digits(5) if self.r.random() < 0.6 else self.digits(5) + "-" + self.digits(4)
        s = "%d %s %s, %s, %s %s" % (self.r.randint(100, 9899), self.r.choice(["Maple", "Oak", "Juniper", "Pine",
                                                                               "Walnut", "Lakeview"]),
                                     self.r.choice(["Street", "Avenue", "Drive", "Blvd", "Court"]), city, st, zipc)
        return s.lower() if style == "l" else s

    def address_abroad(self, style):
        choices = [
            lambda: "ul. %s %d/%d, %s-%s Gdańsk" % (self.r.choice(["Długa", "Ogarna", "Piwna"]),
                                                   self.r.randint(2, 60), self.r.randint(1, 12),
                                                   self.digits(2), self.digits(3)),
            lambda: "Rua das %s %d, %s-%s Porto" % (self.r.choice(["Flores", "Oliveiras", "Gaivotas"]),
                                                    self.r.randint(2, 140), self.digits(4), self.digits(3)),
            lambda: "Calle del %s %d, %dº B, %s Valencia" % (self.r.choice(["Olivo", "Pez", "Mar"]),
                                                             self.r.randint(2, 90), self.r.randint(1, 6),
                                                             "46" + self.digits(3)),
            lambda: "Odos %s %d, %s %s Thessaloniki" % (self.r.choice(["Agias Sofias", "Egnatia", "Olympou"]),
                                                        self.r.randint(2, 120), "54" + self.digits(1),
                                                        self.digits(2)),
            lambda: "Strada %s nr. %d, Cluj-Napoca %s" % (self.r.choice(["Horea", "Memorandumului"]),
                                                          self.r.randint(2, 60), "400" + self.digits(3)),
            lambda: "House %d, Road %d, Block %s, Sylhet" % (self.r.randint(2, 60), self.r.randint(1, 20),
                                                             self.letters(1)),
        ]
        s = self.r.choice(choices)()
        return s.lower() if style == "l" else s

    # -- dates and ages
    def date(self, style, dob=False):
        if dob:
            y, m, d = self.r.randint(1922, 1998), self.r.randint(1, 12), self.r.randint(1, 28)
        else:
            y, m, d = self.r.randint(2020, 2022), self.r.randint(1, 12), self.r.randint(1, 28)
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        mon = MONTHS[m - 1]
        fmts = [
            "%d%s %s" % (d, suf, mon), "%d%s of %s" % (d, suf, mon), "%s %d%s" % (mon, d, suf),
            "%d %s %d" % (d, mon, y), "%02d/%02d/%d" % (d, m, y), "%d/%d/%s" % (d, m, str(y)[2:]),
            "%02d.%02d.%s" % (d, m, str(y)[2:]), "%02d-%02d-%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
            "%d%s %s %d" % (d, suf, mon[:3], y), "%s %d" % (mon, d), "%d %s" % (d, mon[:3]),
            "%s %d, %d" % (mon, d, y), "%d%s %s" % (d, suf, mon[:3].lower()),
        ]
        if dob:
            fmts = [f for f in fmts if str(y) in f or str(y)[2:] in f]
        s = self.r.choice(fmts)
        if style == "l" or (style == "." and self.r.random() < 0.2):
            s = s.lower()
        elif style == "u":
            s = s.upper()
        return s

    def age_num(self):
        return self.r.choice(list(range(90, 100)) * 3 + list(range(100, 106)))

    def age_words(self, n):
        if n >= 100:
            rest = n - 100
            if rest == 0:
                return self.r.choice(["one hundred", "a hundred"])
            return self.r.choice(["one hundred and ", "a hundred and "]) + UNITS[rest]
        u = n - 90
        if u == 0:
            return "ninety"
        return "ninety" + self.r.choice(["-", " "]) + UNITS[u]

    def age(self, style, kind):
        n = self.age_num()
        if kind == "age":
            s = str(n)
        elif kind == "agew":
            s = self.age_words(n)
            if style == "." and self.r.random() < 0.25:
                s = s[0].upper() + s[1:]
        else:
            if self.r.random() < 0.5:
                suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
                s = "%d%s" % (n, suf)
            else:
                if n == 100:
                    s = "hundredth"
                elif n > 100:
                    s = "one hundred and " + ORD_UNITS[n - 100]
                elif n == 90:
                    s = "ninetieth"
                else:
                    s = "ninety-" + ORD_UNITS[n - 90]
        return s.upper() if style == "u" else s

    # -- structured
    def phone(self, style):
        r = self.r
        k = r.random()
        if k < 0.45:
            tail = self.digits(3)
            s = r.choice(["07700 900%s", "07700900%s", "07700 900 %s", "+44 7700 900%s", "+44 (0)7700 900%s",
                          "+447700900%s", "0044 7700 900%s", "07700-900-%s"]) % tail
        elif k < 0.8:
            area, mid = r.choice([("0113", "496"), ("0161", "496"), ("0117", "496"), ("020", "7946")])
            tail = "0" + self.digits(3)
            if area == "020":
                s = r.choice(["020 7946 %s", "0207 946 %s", "(020) 7946 %s", "+44 20 7946 %s",
                              "0207946%s"]) % tail
            else:
                s = r.choice(["{a} {m} {t}", "({a}) {m}{t}", "{a} {m}{t}", "+44 {b} {m} {t}", "{a}{m}{t}",
                              "{a}-{m}-{t}"]).format(a=area, b=area[1:], m=mid, t=tail)
        elif k < 0.92:
            tail = "01" + self.digits(2)
            s = r.choice(["(312) 555-%s", "212-555-%s", "+1 617 555 %s", "555-%s", "1-503-555-%s"]) % tail
        else:
            d = r.choice("0123456789")
            tail = self.digits(3)
            s = r.choice(["0491 57%s %s", "+61 491 57%s %s", "0491 57%s%s"]) % (d, tail)
        return s

    def email(self, style):
        r = self.r
        o = r.choice(list(GIVEN.keys()))
        g = r.choice(GIVEN[o].split())
        s = r.choice(SURNAME[o].split())
        g2 = ascii_fold(g).lower()
        s2 = ascii_fold(s).lower().replace("_", "").replace("-", "")
        local = r.choice([
            "%s.%s" % (g2, s2), "%s%s%s" % (g2, s2, self.digits(2)), "%s.%s+nhs" % (g2[0], s2),
            "%s_%s" % (g2, s2[:1]), "%s.%s.%s" % (g2, r.choice("abcdejkm"), s2), "%s%s" % (g2[0], s2),
            "%s.and.%s" % (g2, r.choice(["grandad", "nan", "family", "kids"])), "%s+appointments" % g2,
            "the.%ss" % s2,
        ])
        dom = r.choice(["example.com", "example.org", "example.net", "example.co.uk", "mail.example.com",
                        "family.example.org", "post.example.net", "example.com", "example.co.uk"])
        e = local + "@" + dom
        if style == "u" or r.random() < 0.1:
            e = e.upper()
        return e

    def hospital(self, style):
        r = self.r
        fmts = [
            ("L7", lambda: r.choice("KMRSTH") + self.digits(7)),
            ("PFX-6", lambda: r.choice(["RHM", "NTH", "QMU", "KGH", "CMH"]) + "-" + self.digits(6)),
            ("LL6L", lambda: self.letters(2) + self.digits(6) + self.letters(1)),
            ("4-4", lambda: self.digits(4) + "-" + self.digits(4)),
            ("8", lambda: self.digits(8)),
            ("l7", lambda: r.choice("hmk") + self.digits(7)),
            ("3/5", lambda: self.digits(3) + "/" + self.digits(5)),
            ("2.3.2", lambda: self.digits(2) + "." + self.digits(3) + "." + self.digits(2)),
            ("LLL/YYYY/5", lambda: self.letters(3) + "/" + str(r.randint(2015, 2022)) + "/" + self.digits(5)),
            ("L5/d", lambda: self.letters(1) + self.digits(5) + "/" + self.digits(1)),
            ("L 3 3", lambda: self.letters(1) + " " + self.digits(3) + " " + self.digits(3)),
            ("12", lambda: self.digits(12)),
            ("L6L", lambda: self.letters(1) + self.digits(6) + self.letters(1)),
            ("lll-7", lambda: self.letters(3).lower() + "-" + self.digits(7)),
            ("L/7", lambda: self.letters(1) + "/" + self.digits(7)),
            ("LL 2 2 2 L", lambda: "%s %s %s %s %s" % (self.letters(2), self.digits(2), self.digits(2),
                                                       self.digits(2), self.letters(1))),
            ("L7.d", lambda: self.letters(1) + self.digits(7) + "." + self.digits(1)),
            ("LL-2-3-2", lambda: "%s-%s-%s-%s" % (self.letters(2), self.digits(2), self.digits(3), self.digits(2))),
            ("6-L", lambda: self.digits(6) + "-" + self.letters(1)),
            ("LL5", lambda: self.letters(2) + self.digits(5)),
            ("E 3 3 3", lambda: "E " + self.digits(3) + " " + self.digits(3) + " " + self.digits(3)),
            ("ll9", lambda: self.letters(2).lower() + self.digits(9)),
        ]
        least = min(self.hosp_formats[n] for n, _ in fmts)
        name, fn = r.choice([f for f in fmts if self.hosp_formats[f[0]] == least])
        self.hosp_formats[name] += 1
        s = fn()
        if style == "l":
            s = s.lower()
        return s

    def nhs(self, style):
        r = self.r
        while True:
            first = r.choice("4467789") if r.random() < 0.85 else "9"
            base = first + self.digits(8)
            total = sum(int(c) * w for c, w in zip(base, range(10, 1, -1)))
            chk = 11 - total % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            num = base + str(chk)
            break
        assert nhs_valid(num)
        fmt = r.choice(["plain", "space", "space", "dash"])
        if fmt == "plain":
            return num
        sep = " " if fmt == "space" else "-"
        return num[:3] + sep + num[3:6] + sep + num[6:]

    def zipc(self):
        return self.digits(5) if self.r.random() < 0.6 else self.digits(5) + "-" + self.digits(4)

    # -- dispatch
    def slot(self, name, style, gender=None):
        """Return (text, [(start, end, type)])."""
        r = self.r
        if name in "gskfdtiw" and len(name) == 1:
            fn = {"g": self.given, "s": self.surname, "f": self.full, "k": self.nickname, "t": self.typo,
                  "i": self.initials, "d": self.double, "w": self.wordname}[name]
            # plain {g} slots now and then get a nickname, initials or word-name form for variety
            if name == "g":
                x = r.random()
                if x < 0.05:
                    fn = self.nickname
                elif x < 0.08:
                    fn = self.wordname
                elif x < 0.1:
                    fn = self.typo
            v = fn(style, gender)
            return v, [(0, len(v), "NAME")]
        if name == "T":
            v = self.town(style)
            return v, [(0, len(v), "TOWN")]
        if name == "Tw":
            v = self.tcase(r.choice(WORD_TOWNS), style)
            return v, [(0, len(v), "TOWN")]
        if name == "Tc":
            v = self.tcase(r.choice(COUNTIES), style)
            return v, [(0, len(v), "TOWN")]
        if name == "Tr":
            v = self.tcase(r.choice(TOWNS_WALES + TOWNS_SCOT + TOWNS_IRL), style)
            return v, [(0, len(v), "TOWN")]
        if name == "Ta":
            v = self.tcase(r.choice(ABROAD), style)
            return v, [(0, len(v), "TOWN")]
        if name == "Tus":
            city, state, st = r.choice(US_PLACES)
            c = self.tcase(city, style)
            tail = r.choice([", " + state, ", " + st, " " + st, ""])
            tail = tail.lower() if style == "l" else tail.upper() if style == "u" else tail
            return c + tail, [(0, len(c), "TOWN")]
        if name == "Tz":
            city, state, st = r.choice(US_PLACES)
            c = self.tcase(city, style)
            z = self.zipc()
            mid = r.choice([", %s " % st, " %s " % st, ", %s, " % st])
            v = c + mid + z
            return v, [(0, len(c), "TOWN"), (len(v) - len(z), len(v), "ZIP")]
        if name in ("A", "Am"):
            v = self.address_uk(style, multiline=(name == "Am"))
            return v, [(0, len(v), "ADDRESS")]
        if name == "Ac":
            v = self.address_care(style)
            return v, [(0, len(v), "ADDRESS")]
        if name == "Ar":
            v = self.address_rural(style)
            return v, [(0, len(v), "ADDRESS")]
        if name == "Ai":
            v = self.address_irish(style)
            return v, [(0, len(v), "ADDRESS")]
        if name == "Aus":
            v = self.address_us(style)
            return v, [(0, len(v), "ADDRESS")]
        if name == "Ax":
            v = self.address_abroad(style)
            return v, [(0, len(v), "ADDRESS")]
        if name in ("D", "Db"):
            v = self.date(style, dob=(name == "Db"))
            return v, [(0, len(v), "DATE")]
        if name in ("age", "agew", "ageo"):
            v = self.age(style, name)
            return v, [(0, len(v), "AGE_OVER_89")]
        if name == "P":
            v = self.phone(style)
            return v, [(0, len(v), "PHONE")]
        if name == "E":
            v = self.email(style)
            return v, [(0, len(v), "EMAIL")]
        if name == "PC":
            v = self.postcode(style=style)
            return v, [(0, len(v), "POSTCODE")]
        if name == "H":
            v = self.hospital(style)
            return v, [(0, len(v), "HOSPITAL_NUMBER")]
        if name == "NHS":
            v = self.nhs(style)
            return v, [(0, len(v), "NHS_NUMBER")]
        if name == "Z":
            v = self.zipc()
            return v, [(0, len(v), "ZIP")]
        raise KeyError(name)

    def render(self, template, style, gender=None):
        out, ents, pos = [], [], 0
        for m in SLOT_RE.finditer(template):
            out.append(template[pos:m.start()])
            off = sum(len(p) for p in out)
            v, es = self.slot(m.group(1), style, gender)
            out.append(v)
            ents.extend((off + a, off + b, t) for a, b, t in es)
            pos = m.end()
        out.append(template[pos:])
        return "".join(out), ents


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def nhs_valid(num):
    d = re.sub(r"\D", "", num)
    if len(d) != 10:
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


# ---------------------------------------------------------------------------
# Selection of real comments
# ---------------------------------------------------------------------------
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ']*")
TITLE_RE = re.compile(r"\b(?:dr|mr|mrs|ms|miss|mx|sister|nurse|doctor|prof|professor|matron|sr|rev|father|"
                      r"auntie|aunty|uncle|nan|nanny|grandma|grandad)\b\.?\s+([A-Za-z][A-Za-z'-]*)", re.I)
MONTH_WORDS = "|".join(m.lower() for m in MONTHS) + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
MONTH_DATE_RE = re.compile(r"\b\d+\s+(?:%s)\b|\b(?:%s)\s+\d" % (MONTH_WORDS, MONTH_WORDS), re.I)
PRONOUNS_I = {"I", "I'm", "I've", "I'd", "I'll", "I'M", "I'VE"}


def norm_i(t):
    """Phase-1 text writes many lower-case i's as capitals inside words (wIth); undo for checks only."""
    return re.sub(r"(?<=[a-z])I", "i", t)


def lexicon_lower():
    toks = set()
    for lst in list(GIVEN.values()) + list(SURNAME.values()):
        toks.update(w.lower() for w in re.split(r"[\s_]+", lst))
    for lst in (NICKNAMES, TYPO_NAMES, WORD_NAMES, ABROAD, TOWNS_WALES, TOWNS_SCOT, TOWNS_IRL, COUNTIES):
        for x in lst:
            toks.update(w.lower() for w in re.split(r"[\s-]+", x))
    for t, _county, _ in TOWNS_UK:
        toks.update(w.lower() for w in re.split(r"[\s-]+", t))
    return toks


def reject_reason(t, low, cap, lex):
    if not (20 <= len(t) <= 700):
        return "length"
    if re.search(r"\d{3,}", t):
        return "digit_run"
    if re.search(r"\d{1,2}\s*[/.\-]\s*\d{1,2}", t):
        return "digit_date"
    if re.search(r"\d+\s*(?:st|nd|rd|th)\b", t, re.I) or MONTH_DATE_RE.search(t):
        return "digit_date"
    if re.search(r"@|https?:|www\.|\.com\b|\.co\.uk\b|\.org\b|\.net\b", t, re.I):
        return "email_url"
    if re.search(r"xx|\*|#|_{2,}|[\[\]\(\)\{\}<>]", t, re.I):
        return "redaction_mark_or_bracket"
    for m in re.finditer(r"\b(\d{2,3})\b", t):
        if int(m.group(1)) >= 90:
            return "age_like_number"
    if re.search(r"\b(?:ninety|nineties|hundred)\b", t, re.I):
        return "age_like_number"
    n = norm_i(t)
    letters = [c for c in n if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.5:
        return "mostly_capitals"
    for m in TITLE_RE.finditer(n):
        w = m.group(1)
        if w[0].isupper() or low[w.lower()] < 20:
            return "title_name"
    for w in WORD_RE.findall(n):
        lw = w.lower()
        base = lw[:-2] if lw.endswith("'s") else lw
        if w[0].isupper():
            if w in PRONOUNS_I:
                continue
            if low[lw] < 3 and low[base] < 3:
                return "uncommon_capitalised"
        else:
            # lower-case words that the corpus mostly capitalises (place or person names)
            if low[lw] <= 2 and cap[lw] > low[lw]:
                return "lowercase_proper_noun"
            if lw in lex and low[lw] < 3:
                return "lowercase_name_or_place"
    return None


def load_rows():
    rows = []
    with open(os.path.join(DATA_DIR, "fft_phase1.csv"), encoding="utf-8", newline="") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            try:
                crit = float(r.get("criticality") or "")
                pol = "p" if crit > 0 else "n" if crit < 0 else "x"
            except ValueError:
                pol = "x"
            rows.append({"id": "fft1:%d" % i, "row_index": (r.get("row_index") or "").strip(),
                         "text": (r.get("feedback") or "").strip(), "pol": pol})
    with open(os.path.join(DATA_DIR, "fft_phase2_v6framework.csv"), encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            s = (r.get("Comment sentiment") or "").strip()
            pol = {"1": "p", "2": "p", "4": "n", "5": "n"}.get(s[:1], "x")
            rows.append({"id": "fft2:" + r["Comment ID"], "row_index": None,
                         "text": (r.get("FFT answer") or "").strip(), "pol": pol})
    return rows


def excluded_ids():
    ids = []
    for name in EXCLUDE_SETS:
        with open(os.path.join(ROOT, "evaluation", "data", name), encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.append(json.loads(line)["id"])  # only the id field is used
    return ids


def select(rows, rng):
    low, cap = collections.Counter(), collections.Counter()
    for r in rows:
        for w in WORD_RE.findall(norm_i(r["text"])):
            if w.islower():
                low[w] += 1
            elif w[0].isupper():
                cap[w.lower()] += 1
    lex = lexicon_lower()
    ex = excluded_ids()
    ex_set = set(ex)
    ex_p1 = {int(i.split(":")[1]) for i in ex if i.startswith("fft1:")}
    ex_texts = set()
    for r in rows:
        hit = r["id"] in ex_set
        if r["id"].startswith("fft1:"):
            pos = int(r["id"].split(":")[1])
            ri = int(r["row_index"]) if r["row_index"] and r["row_index"].isdigit() else None
            hit = hit or pos in ex_p1 or (ri is not None and ri in ex_p1)
        r["excluded"] = hit
        if hit and r["text"]:
            ex_texts.add(r["text"])
    reasons = collections.Counter()
    pool, seen = [], set()
    for r in rows:
        t = r["text"]
        if not t:
            reasons["empty"] += 1
            continue
        if r["excluded"]:
            reasons["excluded_id"] += 1
            continue
        if t in ex_texts:
            reasons["excluded_text"] += 1
            continue
        why = reject_reason(t, low, cap, lex)
        if why:
            reasons[why] += 1
            continue
        if t in seen:
            reasons["duplicate"] += 1
            continue
        seen.add(t)
        pool.append(r)
    picked = rng.sample(pool, N_RECORDS)
    return picked, pool, reasons


# ---------------------------------------------------------------------------
# Planting
# ---------------------------------------------------------------------------
def boundaries(text):
    """Insertion points: start, end, and just after each sentence end."""
    pts = [0, len(text)]
    for m in re.finditer(r"[.!?]+[\"')]*(\s+)(?=\S)", text):
        pts.append(m.end())
    for m in re.finditer(r"\n+", text):
        if 0 < m.end() < len(text):
            pts.append(m.end())
    return sorted(set(pts))


def plant(rec, rng, gen, counts, frame_use, decoy_plan, empty):
    text = rec["text"]
    inserts = []  # (position, order, string, [(s, e, type)], tag)
    order = 0
    budget = 0
    if not empty:
        budget = rng.choices([1, 2, 3, 4, 5], weights=[30, 36, 21, 11, 2])[0]
    # inline name after a role word already in the comment
    if budget and rng.random() < 0.45:
        roles = [m for m in ROLE_RE.finditer(text) if not text[m.end():m.end() + 1] == "'"]
        if roles:
            m = rng.choice(roles)
            role = m.group(1).lower()
            forms = INLINE_FORMS if role not in GENERAL_ROLES else [" called {g}", " ({g})", " named {g}",
                                                                     ", {g},"]
            if role in ("nurse", "doctor", "sister", "gp", "consultant", "surgeon", "registrar"):
                forms = forms + [" {s}"]
            form = rng.choice(forms)
            s, es = gen.render(form, ".")
            inserts.append((m.end(), order, s, es, "inline:" + form))
            order += 1
            budget -= 1
            frame_use["inline:" + form] += 1
    bpts = boundaries(text)
    while budget > 0:
        ok = [i for i, fr in enumerate(FRAMES) if len(fr["types"]) <= budget
              and (rec["pol"] == "x" or fr["pol"] in (rec["pol"], "x"))]
        remaining = {t: max(AIMS[t] - counts[t], 0) for t in AIMS}
        if not any(remaining.values()):
            remaining = dict(AIMS)
        avail = [t for t in AIMS if remaining[t] > 0 and any(t in FRAMES[i]["types"] for i in ok)]
        want = rng.choices(avail, weights=[remaining[t] for t in avail])[0]
        cands, weights = [], []
        for i in ok:
            fr = FRAMES[i]
            if want not in fr["types"]:
                continue
            w = 4.0 if frame_use[i] == 0 else 1.0 / (1 + frame_use[i])
            for t in fr["types"]:
                if t != want and remaining[t] <= 0:
                    w *= 0.3
            cands.append(i)
            weights.append(w)
        idx = rng.choices(cands, weights=weights)[0]
        fr = FRAMES[idx]
        frame_use[idx] += 1
        s, es = gen.render(fr["text"], fr["style"], fr["gender"])
        for t in fr["types"]:
            counts[t] += 1
        budget -= len(fr["types"])
        if fr["pos"] == "e":
            pos = len(text)
        elif fr["pos"] == "s":
            pos = 0
        else:
            x = rng.random()
            mids = [p for p in bpts if 0 < p < len(text)]
            if x < 0.2:
                pos = 0
            elif x < 0.45 and mids:
                pos = rng.choice(mids)
            else:
                pos = len(text)
        inserts.append((pos, order + (1000 if fr["pos"] == "e" else 0), s, es, "frame"))
        order += 1
    for d in decoy_plan:
        pos = rng.choice([0, len(text)] + [p for p in bpts if 0 < p < len(text)])
        inserts.append((pos, order, d, [], "decoy"))
        order += 1
    return assemble(text, inserts, rng)


def assemble(text, inserts, rng):
    inserts.sort(key=lambda x: (x[0], x[1]))
    out, ents = [], []
    cur = 0
    length = 0

    def emit(s):
        nonlocal length
        out.append(s)
        length += len(s)

    for pos, _, s, es, tag in inserts:
        chunk = text[cur:pos]
        emit(chunk)
        cur = pos
        if tag.startswith("inline:"):
            base = length
            emit(s)
        else:
            # frame/decoy sentence: glue with whitespace
            before = "".join(out)
            if pos == len(text) and not s.startswith("\n"):
                tail = before.rstrip()
                if before and not before[-1].isspace():
                    if tail and tail[-1] not in ".!?" and s[:1].isupper() and rng.random() < 0.5:
                        emit(".")
                    emit(rng.choice([" ", " ", " ", "\n", "  "]))
            elif pos == len(text) and s.startswith("\n"):
                pass
            elif before and not before[-1].isspace():
                emit(" ")
            base = length
            emit(s)
            if pos < len(text) and not s.endswith("\n"):
                emit(" " if pos > 0 else rng.choice([" ", " ", "\n"]))
        ents.extend((base + a, base + b, t) for a, b, t in es)
    emit(text[cur:])
    return "".join(out), sorted(ents)


def is_subsequence(small, big):
    it = iter(big)
    return all(c in it for c in small)


def build():
    rng = random.Random(SEED)
    rows = load_rows()
    picked, pool, reasons = select(rows, rng)
    gen = Gen(rng)
    counts = collections.Counter()
    frame_use = collections.Counter()
    n = len(picked)
    order = list(range(n))
    empty_idx = set(rng.sample(order, 25))
    # 60 decoy sentences: 10 in records with no detail, 50 elsewhere
    decoy_plan = collections.defaultdict(list)
    decoy_pool = list(DECOYS)
    rng.shuffle(decoy_pool)
    empties = sorted(empty_idx)
    others = [i for i in order if i not in empty_idx]
    targets = rng.sample(empties, 10) + rng.sample(others, 50)
    for k, i in enumerate(targets):
        decoy_plan[i].append(decoy_pool[k % len(decoy_pool)])
    records = []
    for i, rec in enumerate(picked):
        text, ents = plant(rec, rng, gen, counts, frame_use, decoy_plan.get(i, []), i in empty_idx)
        entities = []
        last_end = -1
        for s, e, t in ents:
            v = text[s:e]
            assert v and v == v.strip(), (rec["id"], v)
            assert s >= last_end, (rec["id"], "overlap")
            last_end = e
            entities.append({"start": s, "end": e, "type": t, "value": v, "profiles": profiles(t)})
        for e in entities:
            assert text[e["start"]:e["end"]] == e["value"]
        assert is_subsequence(rec["text"], text), rec["id"]
        records.append({"id": rec["id"], "text": text, "original": rec["text"], "entities": entities})
    stats = {
        "records": len(records), "pool": len(pool), "reasons": reasons,
        "records_without_entity": sum(1 for r in records if not r["entities"]),
        "decoys": sum(len(v) for v in decoy_plan.values()), "decoy_sentences_written": len(DECOYS),
        "frame_use": frame_use, "gen": gen, "frames_written": len(FRAMES),
    }
    return records, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print counts instead of writing the file")
    ap.add_argument("--out", default=OUT_DEFAULT)
    args = ap.parse_args()
    records, st = build()
    if args.stats:
        tc = collections.Counter(e["type"] for r in records for e in r["entities"])
        print("records", st["records"], "pool", st["pool"])
        print("rejections", dict(sorted(st["reasons"].items())))
        print("entities", sum(tc.values()))
        for t, aim in AIMS.items():
            print("  %-16s aim %4d  actual %4d" % (t, aim, tc[t]))
        per = collections.Counter(len(r["entities"]) for r in records)
        print("entities per record", dict(sorted(per.items())))
        print("records without entity", st["records_without_entity"], "decoy sentences used", st["decoys"],
              "decoy sentences written", st["decoy_sentences_written"])
        kinds = collections.Counter(f["kind"] for f in FRAMES)
        used = collections.Counter(FRAMES[k]["kind"] for k in st["frame_use"] if isinstance(k, int))
        print("frames written", st["frames_written"], dict(sorted(kinds.items())))
        print("frames used", sum(1 for k in st["frame_use"] if isinstance(k, int)), dict(sorted(used.items())))
        print("inline role insertions", sum(v for k, v in st["frame_use"].items() if isinstance(k, str)),
              "forms", len(INLINE_FORMS))
        print("hospital number formats used", len(st["gen"].hosp_formats), dict(sorted(st["gen"].hosp_formats.items())))
        print("name kinds", dict(sorted(st["gen"].name_kinds.items())))
        print("name origins", dict(sorted(st["gen"].origins.items())))
        return
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), args.out))


if __name__ == "__main__":
    main()
