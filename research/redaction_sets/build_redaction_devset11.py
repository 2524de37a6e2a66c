#!/usr/bin/env python3
"""Build redaction development set 11 (written for round 14).

Real NHS Friends and Family Test comments with invented personal details planted
into them, each with its exact character span, type and redaction profiles.
Most of the weight is on person names as real feedback writes them; then
addresses, hospital/reference numbers and small numbers of the other types.

Standard library only. All randomness comes from one random.Random(seed); nothing
depends on set or hash order. See evaluation/data/redaction_devset11.md.

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset11.py [--stats]
"""
import argparse
import collections
import csv
import json
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))

# Held-out checks whose comments must stay out of this set. Listed explicitly (no glob),
# so that a later file does not change the rebuild.
EXCLUDE_FILES = [
    'evaluation/data/redaction_testset.jsonl',
    'evaluation/data/redaction_testset_v2.jsonl',
    'evaluation/data/redaction_devset5.jsonl',
]

DEFAULT_SEED = 11140511
DEFAULT_N = 510
DEFAULT_N2 = 130

BOTH = ['standard', 'hipaa_safe_harbor']
HIPAA = ['hipaa_safe_harbor']
HIPAA_ONLY = {'DATE', 'TOWN', 'AGE_OVER_89'}
TYPES = ['NAME', 'ADDRESS', 'HOSPITAL_NUMBER', 'DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'NHS_NUMBER',
         'POSTCODE', 'ZIP', 'URL', 'DATE', 'TOWN', 'AGE_OVER_89']
TARGETS = {'NAME': 590, 'ADDRESS': 215, 'HOSPITAL_NUMBER': 120, 'DATE_OF_BIRTH': 40, 'PHONE': 25,
           'EMAIL': 20, 'NHS_NUMBER': 20, 'POSTCODE': 15, 'ZIP': 5, 'URL': 10, 'DATE': 25,
           'TOWN': 25, 'AGE_OVER_89': 12}
MIN_RECORDS = 500
MIN_ENTITIES = 1100


def W(s):
    """Split a '|'-separated list, trimming each item."""
    return [x.strip() for x in s.split('|') if x.strip()]


# ---------------------------------------------------------------------------------------------
# People. Written for this set: (female first names, male first names, surnames) by community.
# ---------------------------------------------------------------------------------------------
PEOPLE = {
    'english': (
        W('Beryl|Maureen|Lorraine|Tracey|Kerry|Gemma|Leanne|Stacey|Kayleigh|Jodie|Paige|Abbie|Bethany|'
          'Hayley|Natalie|Joanne|Deborah|Pauline|Brenda|Doreen|Hilary|Valerie|Yvonne|Elaine|Gillian|'
          'Lynne|Marion|Shirley|Eileen|Sheila|Irene|Mavis|Edna|Phyllis|Audrey|Norma|Kathleen|Lesley|'
          'Kirsty|Nicola|Jacqueline|Wendy|Tanya|Charlene|Demi|Keeley|Amelia|Harriet|Imogen|Felicity'),
        W('Kieran|Dean|Wayne|Darren|Craig|Neil|Stuart|Trevor|Malcolm|Keith|Derek|Clive|Nigel|Graham|'
          'Geoffrey|Dennis|Bernard|Terence|Kenneth|Colin|Barry|Raymond|Stanley|Reginald|Harold|Callum|'
          'Liam|Connor|Bradley|Jake|Tyler|Harvey|Alfie|Archie|Freddie|Jamie|Shaun|Martyn|Adrian|Nathan|'
          'Philip|Lewis|Kyle|Brandon|Jordan|Rhys|Toby|Jasper|Rupert|Cyril'),
        W('Ashworth|Hargreaves|Thwaites|Ackroyd|Sutcliffe|Pickering|Oldroyd|Cartwright|Higginbottom|'
          'Bellamy|Pennington|Whitworth|Greenhalgh|Heseltine|Blenkinsop|Entwistle|Ormerod|Crabtree|'
          'Fairclough|Marsden|Haworth|Tattersall|Braithwaite|Kershaw|Butterworth|Holroyd|Tomlinson|'
          'Rowbotham|Bradshaw|Chadwick|Pemberton|Stockdale|Sidebottom|Goodall|Pocklington|Wainwright|'
          'Priestley|Radcliffe|Ramsbottom|Stansfield|Birtwistle|Pilkington|Openshaw|Duckworth|Nuttall|'
          'Clegg|Dobson|Featherstone|Littlewood|Halliwell|Catterall|Boothroyd|Gledhill|Mottram'),
    ),
    'south_asian': (
        W('Priya|Anjali|Deepa|Sunita|Harpreet|Manjit|Nisha|Farah|Ayesha|Nusrat|Shabana|Rukhsana|Parveen|'
          'Samina|Bushra|Rekha|Meena|Lakshmi|Divya|Shreya|Aarti|Poonam|Jaspreet|Simran|Fatima|Nazia|'
          'Zainab|Tahmina|Rubina|Sadia|Hina|Kavita|Pushpa|Nasreen|Shazia'),
        W('Imran|Rizwan|Tariq|Asif|Zubair|Faisal|Naveed|Shahid|Arjun|Rohan|Vikram|Sanjay|Rajesh|Anil|'
          'Sunil|Mohinder|Jaswinder|Harjit|Kuldeep|Sukhdev|Manoj|Dinesh|Nikhil|Hamza|Bilal|Usman|Yasir|'
          'Rafiq|Shafiq|Nadeem|Aftab|Jagdish|Balwinder|Prakash|Sachin'),
        W('Patel|Sharma|Gupta|Chaudhry|Qureshi|Siddiqui|Malik|Hussain|Akhtar|Begum|Rahman|Uddin|Miah|'
          'Chowdhury|Islam|Sandhu|Gill|Dhillon|Bains|Sidhu|Virdi|Kaur|Singh|Mistry|Joshi|Desai|Pandya|'
          'Nair|Menon|Pillai|Iyer|Reddy|Rao|Bhatti|Butt|Mahmood|Aslam|Rashid|Anwar|Kapoor'),
    ),
    'west_african': (
        W('Adaeze|Chiamaka|Ngozi|Nkechi|Ifeoma|Chidinma|Funmilayo|Adebola|Yewande|Folake|Titilayo|'
          'Abimbola|Bukola|Omolara|Ama|Akosua|Efua|Abena|Adwoa|Esi|Aminata|Fatou|Mariama|Isatou|Oyinkansola'),
        W('Chinedu|Emeka|Obinna|Chukwuemeka|Ikenna|Tunde|Babatunde|Olumide|Ayodele|Femi|Kayode|Segun|'
          'Kwame|Kwabena|Kofi|Kwaku|Yaw|Kojo|Kwesi|Ebo|Mamadou|Ousmane|Lamin|Ibrahima|Abdoulaye'),
        W('Okafor|Okonkwo|Eze|Nwosu|Obi|Adeyemi|Adebayo|Ogunleye|Oyelaran|Olawale|Balogun|Mensah|Asante|'
          'Boateng|Owusu|Appiah|Osei|Agyeman|Ofori|Darko|Amoah|Diallo|Bah|Jallow|Ceesay|Sesay|Kamara|'
          'Conteh|Koroma|Ndiaye|Diop|Oyebanji|Akinola|Nwachukwu|Okoro|Adeleke'),
    ),
    'east_african': (
        W('Wanjiru|Njeri|Akinyi|Achieng|Nyambura|Wambui|Halima|Amina|Hodan|Fadumo|Ayaan|Hawa|Saida|'
          'Tigist|Selam|Meseret|Hiwot|Mekdes|Rahel|Aster|Nabirye|Nakato'),
        W('Otieno|Odhiambo|Mwangi|Kamau|Njoroge|Juma|Baraka|Abdi|Abdirahman|Tesfaye|Dawit|Yonas|Girma|'
          'Bereket|Mulugeta|Kidane|Mugisha|Ssemakula|Kiprop'),
        W('Ochieng|Wafula|Mutua|Kiprono|Cheruiyot|Ssempala|Tumusiime|Byaruhanga|Warsame|Abdullahi|Jama|'
          'Osman|Haile|Bekele|Gebremariam|Tadesse|Wolde|Njoroge|Kamau|Mwangi|Okello|Nalwoga'),
    ),
    'east_european': (
        W('Agnieszka|Małgorzata|Katarzyna|Aleksandra|Magdalena|Dorota|Bożena|Zofia|Justyna|Ilona|Oksana|'
          'Olena|Iryna|Tetiana|Svetlana|Daiva|Rūta|Ieva|Inga|Ioana|Andreea|Mihaela|Lenka|Zuzana|Dagmara|'
          'Milena|Vesna|Snežana|Kasia|Gosia|Ágnes|Erzsébet'),
        W('Tomasz|Paweł|Krzysztof|Łukasz|Piotr|Grzegorz|Wojciech|Jakub|Mariusz|Dariusz|Andrzej|Vasyl|'
          'Oleksandr|Dmytro|Mykola|Andriy|Mindaugas|Darius|Aivars|Florin|Mihai|Radu|Nikola|Dragan|Zoran|'
          'Goran|Miroslav|Tibor|Zoltán|Gábor|László|Jiří|Ondřej'),
        W('Kowalczyk|Wiśniewska|Nowakowski|Zieliński|Wójcik|Kamińska|Lewandowski|Dąbrowska|Szymański|'
          'Woźniak|Kozłowski|Jankowska|Mazur|Krawczyk|Piątek|Grabowski|Pawlak|Michalska|Zając|Sikora|'
          'Shevchenko|Bondarenko|Kovalenko|Tkachenko|Kravchuk|Melnyk|Oliynyk|Kazlauskas|Petrauskienė|'
          'Jankauskas|Bērziņš|Kalniņš|Popescu|Ionescu|Munteanu|Țurcanu|Svobodová|Dvořák|Procházka|Horváth|'
          'Kovács|Szabó|Tóth|Georgieva|Dimitrov|Jovanović|Kovačević'),
    ),
    'chinese': (
        W('Mei|Ling|Xiaoling|Yan|Hui|Jing|Xin|Shu Fen|Ying|Winnie|Ka Yan|Wai Man|Yuen|Xiaomei'),
        W('Wei|Jun|Hao|Tao|Kelvin|Ka Wai|Siu Ming|Zhiwei|Yong|Chi Keung|Jian|Bo'),
        W('Wong|Chan|Cheung|Leung|Lam|Ng|Lau|Tang|Yeung|Chow|Liu|Zhang|Wang|Chen|Huang|Zhao|Zhou|Xu|'
          'Guo|Lin|Tsang|Kwok|Fung'),
    ),
    'vietnamese': (
        W('Thanh|Linh|Huong|Hương|Lan|Mai|Trang|Thu|Ngoc|Phương|Thảo|Hằng|Nga'),
        W('Tuan|Duc|Đức|Hung|Hùng|Quang|Khoa|Bao|Hieu|Minh|Dũng|Thắng|Long'),
        W('Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Phan|Vu|Vũ|Dang|Đặng|Bui|Ngo|Duong'),
    ),
    'filipino': (
        W('Maricel|Rowena|Marivic|Jocelyn|Lorna|Analyn|Jennylyn|Rosalinda|Maribel|Marilou|Imelda|'
          'Teresita|Kristine|Jhoanna|Rhea|Mylene|Gemalyn'),
        W('Jomar|Rodel|Jericho|Ramil|Arnel|Ronaldo|Dondon|Reynaldo|Efren|Noel|Jun-Jun|Rommel|Alvin'),
        W('dela Cruz|Santos|Reyes|Bautista|Mendoza|Villanueva|Ramos|Aquino|Castillo|Manalo|Magbanua|'
          'Pascual|Dizon|Soriano|Tolentino|de Guzman|delos Santos|Macaraeg|Lacson|Dimaculangan|Pangilinan'),
    ),
    'arabic': (
        W('Noor|Layla|Yasmin|Huda|Rania|Salma|Mariam|Aisha|Hana|Dalia|Rasha|Reem|Lina|Nadia|Samira|Ghada'),
        W('Omar|Khalid|Yousef|Ahmad|Mahmoud|Karim|Hussein|Ali|Mustafa|Tarek|Walid|Sami|Ziad|Nabil|Bassam|'
          'Rami|Fadi|Anas'),
        W('Al-Rashid|Haddad|Khoury|Nasser|Saleh|Mansour|Abdallah|El-Sayed|Al-Hakim|Hamdan|Awad|Darwish|'
          'Bakr|Abu-Zeid|Al-Amin|Suleiman|Khalil|Jaber'),
    ),
    'irish': (
        W('Siobhán|Sinead|Sinéad|Aoife|Niamh|Clodagh|Órla|Caoimhe|Gráinne|Aisling|Saoirse|Mairéad|Bríd|'
          'Deirdre|Nuala|Eimear|Ciara|Áine|Orla|Siobhan'),
        W('Ciarán|Pádraig|Seán|Darragh|Cathal|Eoin|Oisín|Tadhg|Dónal|Colm|Fergal|Ruairí|Cormac|Diarmuid|'
          'Eamon|Ciaran|Padraig|Sean'),
        W("O'Sullivan|O'Brien|Ó Murchú|McGrath|Gallagher|Doherty|Byrne|Ó Floinn|Fitzgerald|Kavanagh|"
          "Brennan|Quinlan|Mulcahy|O'Donoghue|McAleese|Maguire|Devlin|O'Keeffe|O'Shaughnessy|O'Callaghan|"
          "Mac Giolla Phádraig|Ní Bhriain|Ní Dhomhnaill|O'Rourke|Flanagan|Coughlan|Cullinane"),
    ),
    'welsh': (
        W('Rhiannon|Bethan|Carys|Ffion|Gwenllian|Eleri|Nia|Angharad|Lowri|Seren|Cerys|Heledd|Mererid|'
          'Sioned|Mali|Elin|Glenys|Delyth|Menna'),
        W('Rhodri|Dafydd|Gruffydd|Iwan|Emyr|Geraint|Owain|Huw|Aled|Gethin|Dylan|Ieuan|Llŷr|Tudur|Gwilym|'
          'Meirion|Bryn'),
        W('ap Dafydd|ap Iorwerth|Pritchard|Prosser|Bevan|Powell|Price|Parry|Pugh|Gwynne|Llewellyn|Lloyd|'
          'Vaughan|Griffiths|Rowlands|Howells|Meredith|Bowen|Prydderch|Gruffudd|Jenkins|Prothero'),
    ),
    'scots': (
        W('Mhairi|Morag|Catriona|Eilidh|Kirsteen|Seonaid|Ishbel|Iseabail|Peigi|Ciorstaidh|Màiri|Sìne|'
          'Fionnuala|Shona|Isla|Rhona'),
        W('Ruaridh|Calum|Lachlan|Hamish|Fionnlagh|Tormod|Murdo|Angus|Alasdair|Seumas|Dòmhnall|Uisdean|'
          'Coinneach|Iain|Eachann|Ruairidh|Euan'),
        W("MacLeod|MacKinnon|MacAulay|MacNeil|Macintyre|MacRae|McInnes|Morrison|Matheson|Nicolson|MacAskill|"
          "Mac an t-Saoir|MacDhòmhnaill|Urquhart|Sutherland|Munro|McCracken|MacGillivray|Mackenzie|"
          "MacIver|Maciver|McPhail"),
    ),
    'caribbean': (
        W('Marcia|Sonia|Beverley|Claudette|Paulette|Hyacinth|Yvette|Marlene|Cherelle|Shanice'),
        W('Delroy|Winston|Desmond|Errol|Leroy|Everton|Fitzroy|Clinton|Garfield|Lloyd'),
        W('Campbell|Clarke|Francis|Bailey|Gayle|Reid|Samuels|McKenzie|Forbes|Beckford|Ellis|Morgan|'
          'Grant|Thompson|Spence'),
    ),
}
COMMUNITY_WEIGHTS = [('english', 26), ('south_asian', 12), ('west_african', 10), ('east_african', 6),
                     ('east_european', 11), ('chinese', 5), ('vietnamese', 4), ('filipino', 6),
                     ('arabic', 5), ('irish', 6), ('welsh', 5), ('scots', 5), ('caribbean', 4)]

UNISEX = W('Sam|Jo|Alex|Chris|Kiran|Charlie|Frankie|Jordan|Morgan|Robin|Ashley|Gurpreet|Oluwaseun|'
           'Jess|Nicky|Toni|Jamie|Kim|Minh|Anh|Sasha|Ola|Remi|Tiwa|Jaz')
# First names that are also ordinary words: used only where they are plainly names.
WORD_F = W('Hope|Dawn|Joy|Rose|Mercy|Precious|Faith|Grace|Patience|Ruby|Amber|Holly|Ivy|Hazel|Daisy|'
           'Poppy|Crystal|Comfort|Blessing|Lovely|Summer|Autumn|Destiny|Heaven|Penny|Carol|Sky|Honey|'
           'Jewel|Goodness|Charity|Pearl|Ebony')
WORD_M = W('Will|Frank|Sunny|Bill|Rob|Mark|Jack|Drew|Ray|Gene|Chase|Hunter|Rusty|Gift|Justice|Favour|'
           'Goodluck|Miracle|Marvellous|Prince|Sterling|Clement|Earnest|Bishop|Victor|Royal')
NICK_F = W('Bev|Shaz|Kaz|Deb|Jules|Bex|Fi|Mags|Tash|Trish|Babs|Cath|Sal|Nikki|Jen|Vic|Liz|Shell|Loz|'
           'Soph|Chez|Mo|Steph|Jacqui|Bernie|Gill|Val|Rosie|Carly')
NICK_M = W('Mo|Gaz|Baz|Daz|Robbo|Jonno|Smithy|Tommo|Macca|Tez|Sully|Del|Mick|Pete|Benny|Kenny|Stevie|'
           'Ginge|Lofty|Dougie|Wes|Jonesy|Fitzy|Nobby|Tel|Chaz|Reggie')
HYPHEN_FIRST_F = W('Mary-Jane|Lily-Mae|Ellie-Rose|Anne-Marie|Kerry-Ann|Jo-Anne|Mary-Kate|Rose-Marie|'
                   'Leigh-Ann|Sophie-Leigh')
HYPHEN_FIRST_M = W('Jean-Pierre|Callum-James|Tyler-Jay|Jean-Luc|Alfie-John|Hong-Wei|Kai-Jie')
SPECIAL_SURNAMES = W("Hamilton-Smythe|Lloyd-Owen|Vaughan-Thomas|Carter-Brown|Wyndham-Jones|Ashby-Clarke|"
                     "Morgan-Ellis|Okafor-Brown|Mensah-Taylor|Khan-Reid|Price-Davies|Bell-Ogunbanjo|"
                     "Wood-Adeyemi|Hughes-Nowak|Stewart-Mackay|Patel-Jones|Rowe-Kaminski|Osei-Bonsu|"
                     "Fenwick-Hall|Ansah-Lawson|de Souza|da Silva|van der Berg|van Dijk|de la Cruz|De Silva|"
                     "van Rooyen|le Roux|du Plessis|St John|de Vries|van Beek|McAllister|MacDougall|McFadden|"
                     "MacPherson|O'Rourke|O'Keeffe|Mc Laughlin|Mac Aoidh|ap Gwilym|ap Rhisiart|D'Arcy|"
                     "Fitzpatrick-Oduya|Heath Stubbs|Lane Fox|Ní Cheallaigh|Ó Dochartaigh|Al-Khouri|"
                     "Kowalska-Reid|Nguyen-Hartley")
ALL_WORD_NAMES = set(WORD_F + WORD_M)
# Surnames whose form marks the bearer as a woman (Polish -ska, Czech -ová, Lithuanian -ienė, Irish Ní,
# Latvian -a, Bulgarian -eva) or as a man; used only with a name of the matching gender.
FEM_SURNAME = re.compile(r'(ska|cka|ová|ienė|eva)\b|^Ní ')
MASC_SURNAME = re.compile(r'(ski|cki|ński|kas|ņš|ov)$|^Ó ')

# Roles written after a name.
ROLE_AFTER_BRACKET = W('HCA|physio|night staff|reception|SN|student|the OT|CSW|ward clerk|phlebotomist|'
                       'radiographer|nights|days|bank nurse|agency|theatre|recovery|porter|SALT|dietitian|'
                       'ambulance crew|PTS|the tech|support worker|care coordinator')
ROLE_AFTER_PHRASE = W('the porter|on reception|in physio|from the falls team|in x-ray|on nights|the driver|'
                      'in pharmacy|from the district nurses|on the early shift|the HCA|in recovery|'
                      'from the memory clinic|the student|on the front desk|in outpatients|the tea lady|'
                      'the ward clerk|in theatres|from the crisis team|on the switchboard|in the plaster room|'
                      'from patient transport|the cleaner|the sonographer')

# ---------------------------------------------------------------------------------------------
# Places. Towns with county and real outward codes; villages with post town; Scotland, Wales,
# Northern Ireland; US cities with ZIP prefix; places abroad.
# ---------------------------------------------------------------------------------------------
ENG_TOWNS = [
    ('Rochdale', 'Lancashire', 'OL11 OL12 OL16'), ('Oldham', 'Lancashire', 'OL1 OL4 OL8'),
    ('Bolton', 'Greater Manchester', 'BL1 BL3'), ('Wigan', 'Lancashire', 'WN1 WN5 WN6'),
    ('Stockport', 'Cheshire', 'SK1 SK4'), ('Macclesfield', 'Cheshire', 'SK10 SK11'),
    ('Crewe', 'Cheshire', 'CW1 CW2'), ('Northwich', 'Cheshire', 'CW8 CW9'),
    ('Widnes', 'Cheshire', 'WA8'), ('St Helens', 'Merseyside', 'WA9 WA10'),
    ('Southport', 'Merseyside', 'PR8 PR9'), ('Birkenhead', 'Wirral', 'CH41 CH42'),
    ('Wallasey', 'Wirral', 'CH44 CH45'), ('Preston', 'Lancashire', 'PR1 PR2'),
    ('Chorley', 'Lancashire', 'PR6 PR7'), ('Blackburn', 'Lancashire', 'BB1 BB2'),
    ('Burnley', 'Lancashire', 'BB10 BB11'), ('Accrington', 'Lancashire', 'BB5'),
    ('Morecambe', 'Lancashire', 'LA3 LA4'), ('Kendal', 'Cumbria', 'LA9'),
    ('Barrow-in-Furness', 'Cumbria', 'LA13 LA14'), ('Workington', 'Cumbria', 'CA14'),
    ('Whitehaven', 'Cumbria', 'CA28'), ('Penrith', 'Cumbria', 'CA11'),
    ('Bishop Auckland', 'Co Durham', 'DL14'), ('Hartlepool', 'Co Durham', 'TS24 TS25 TS26'),
    ('Stockton-on-Tees', 'Cleveland', 'TS18 TS19 TS20'), ('Middlesbrough', 'Cleveland', 'TS1 TS4 TS5'),
    ('Redcar', 'Cleveland', 'TS10'), ('Sunderland', 'Tyne and Wear', 'SR2 SR4 SR5'),
    ('Gateshead', 'Tyne and Wear', 'NE8 NE9'), ('South Shields', 'Tyne and Wear', 'NE33 NE34'),
    ('North Shields', 'Tyne and Wear', 'NE29 NE30'), ('Ashington', 'Northumberland', 'NE63'),
    ('Hexham', 'Northumberland', 'NE46'), ('Morpeth', 'Northumberland', 'NE61'),
    ('Cramlington', 'Northumberland', 'NE23'), ('Chester-le-Street', 'Co Durham', 'DH2 DH3'),
    ('Consett', 'Co Durham', 'DH8'), ('Peterlee', 'Co Durham', 'SR8'),
    ('Harrogate', 'North Yorkshire', 'HG1 HG2'), ('Scarborough', 'North Yorkshire', 'YO11 YO12'),
    ('Whitby', 'North Yorkshire', 'YO21 YO22'), ('Northallerton', 'North Yorkshire', 'DL6 DL7'),
    ('Selby', 'North Yorkshire', 'YO8'), ('Huddersfield', 'West Yorkshire', 'HD1 HD2 HD4'),
    ('Halifax', 'West Yorkshire', 'HX1 HX3'), ('Dewsbury', 'West Yorkshire', 'WF12 WF13'),
    ('Pontefract', 'West Yorkshire', 'WF8'), ('Castleford', 'West Yorkshire', 'WF10'),
    ('Keighley', 'West Yorkshire', 'BD21 BD22'), ('Barnsley', 'South Yorkshire', 'S70 S71 S75'),
    ('Rotherham', 'South Yorkshire', 'S60 S65'), ('Doncaster', 'South Yorkshire', 'DN1 DN4 DN5'),
    ('Scunthorpe', 'North Lincolnshire', 'DN15 DN16'), ('Grimsby', 'North East Lincolnshire', 'DN31 DN32 DN34'),
    ('Skegness', 'Lincolnshire', 'PE25'), ('Spalding', 'Lincolnshire', 'PE11'),
    ('Grantham', 'Lincolnshire', 'NG31'), ('Mansfield', 'Nottinghamshire', 'NG18 NG19'),
    ('Worksop', 'Nottinghamshire', 'S80 S81'), ('Chesterfield', 'Derbyshire', 'S40 S41'),
    ('Matlock', 'Derbyshire', 'DE4'), ('Ilkeston', 'Derbyshire', 'DE7'),
    ('Loughborough', 'Leicestershire', 'LE11'), ('Melton Mowbray', 'Leicestershire', 'LE13'),
    ('Market Harborough', 'Leicestershire', 'LE16'), ('Coalville', 'Leicestershire', 'LE67'),
    ('Corby', 'Northamptonshire', 'NN17 NN18'), ('Kettering', 'Northamptonshire', 'NN15 NN16'),
    ('Wellingborough', 'Northamptonshire', 'NN8'), ('Rushden', 'Northamptonshire', 'NN10'),
    ('Daventry', 'Northamptonshire', 'NN11'), ('Northampton', 'Northamptonshire', 'NN1 NN3 NN5'),
    ('Luton', 'Bedfordshire', 'LU1 LU2 LU4'), ('Dunstable', 'Bedfordshire', 'LU5 LU6'),
    ('Stevenage', 'Hertfordshire', 'SG1 SG2'), ('Hitchin', 'Hertfordshire', 'SG4 SG5'),
    ('Hemel Hempstead', 'Hertfordshire', 'HP1 HP2'), ('Aylesbury', 'Buckinghamshire', 'HP19 HP20 HP21'),
    ('High Wycombe', 'Buckinghamshire', 'HP11 HP13'), ('Banbury', 'Oxfordshire', 'OX16'),
    ('Bicester', 'Oxfordshire', 'OX26'), ('Witney', 'Oxfordshire', 'OX28'),
    ('Swindon', 'Wiltshire', 'SN1 SN2 SN25'), ('Chippenham', 'Wiltshire', 'SN15'),
    ('Trowbridge', 'Wiltshire', 'BA14'), ('Taunton', 'Somerset', 'TA1 TA2'),
    ('Bridgwater', 'Somerset', 'TA6'), ('Yeovil', 'Somerset', 'BA20 BA21'),
    ('Barnstaple', 'Devon', 'EX31 EX32'), ('Exmouth', 'Devon', 'EX8'), ('Paignton', 'Devon', 'TQ3 TQ4'),
    ('Torquay', 'Devon', 'TQ1 TQ2'), ('Truro', 'Cornwall', 'TR1'), ('Falmouth', 'Cornwall', 'TR11'),
    ('Camborne', 'Cornwall', 'TR14'), ('Bodmin', 'Cornwall', 'PL31'),
    ('Weymouth', 'Dorset', 'DT3 DT4'), ('Eastleigh', 'Hampshire', 'SO50'),
    ('Basingstoke', 'Hampshire', 'RG21 RG22 RG24'), ('Andover', 'Hampshire', 'SP10'),
    ('Gosport', 'Hampshire', 'PO12'), ('Havant', 'Hampshire', 'PO9'), ('Worthing', 'West Sussex', 'BN11 BN12 BN14'),
    ('Crawley', 'West Sussex', 'RH10 RH11'), ('Horsham', 'West Sussex', 'RH12 RH13'),
    ('Eastbourne', 'East Sussex', 'BN20 BN21 BN22'), ('Hastings', 'East Sussex', 'TN34 TN35'),
    ('Maidstone', 'Kent', 'ME14 ME15 ME16'), ('Margate', 'Kent', 'CT9'), ('Folkestone', 'Kent', 'CT19 CT20'),
    ('Gillingham', 'Kent', 'ME7 ME8'), ('Chelmsford', 'Essex', 'CM1 CM2'), ('Colchester', 'Essex', 'CO1 CO2 CO4'),
    ('Basildon', 'Essex', 'SS13 SS14 SS15'), ('Southend-on-Sea', 'Essex', 'SS1 SS2'),
    ('Harlow', 'Essex', 'CM18 CM20'), ('Clacton-on-Sea', 'Essex', 'CO15 CO16'),
    ('Ipswich', 'Suffolk', 'IP1 IP3 IP4'), ('Lowestoft', 'Suffolk', 'NR32 NR33'),
    ('Great Yarmouth', 'Norfolk', 'NR30 NR31'), ('Thetford', 'Norfolk', 'IP24'),
    ('Peterborough', 'Cambridgeshire', 'PE1 PE2 PE4'), ('Huntingdon', 'Cambridgeshire', 'PE29'),
    ('Wisbech', 'Cambridgeshire', 'PE13'), ('Telford', 'Shropshire', 'TF1 TF3 TF7'),
    ('Shrewsbury', 'Shropshire', 'SY1 SY2 SY3'), ('Oswestry', 'Shropshire', 'SY10 SY11'),
    ('Kidderminster', 'Worcestershire', 'DY10 DY11'), ('Redditch', 'Worcestershire', 'B97 B98'),
    ('Nuneaton', 'Warwickshire', 'CV10 CV11'), ('Rugby', 'Warwickshire', 'CV21 CV22'),
    ('Leamington Spa', 'Warwickshire', 'CV31 CV32'), ('Stratford-upon-Avon', 'Warwickshire', 'CV37'),
    ('Tamworth', 'Staffordshire', 'B77 B78 B79'), ('Burton upon Trent', 'Staffordshire', 'DE13 DE14 DE15'),
    ('Cannock', 'Staffordshire', 'WS11 WS12'), ('Stoke-on-Trent', 'Staffordshire', 'ST1 ST3 ST4 ST6'),
    ('Newcastle-under-Lyme', 'Staffordshire', 'ST5'), ('Leek', 'Staffordshire', 'ST13'),
    ('Walsall', 'West Midlands', 'WS1 WS2 WS3'), ('Dudley', 'West Midlands', 'DY1 DY2'),
    ('West Bromwich', 'West Midlands', 'B70 B71'), ('Solihull', 'West Midlands', 'B90 B91 B92'),
    ('Sutton Coldfield', 'West Midlands', 'B72 B73 B75'), ('Cheltenham', 'Gloucestershire', 'GL50 GL51 GL52'),
    ('Stroud', 'Gloucestershire', 'GL5'), ('Tewkesbury', 'Gloucestershire', 'GL20'),
    ('Slough', 'Berkshire', 'SL1 SL2'), ('Bracknell', 'Berkshire', 'RG12 RG42'),
    ('Newbury', 'Berkshire', 'RG14'), ('Woking', 'Surrey', 'GU21 GU22'), ('Farnham', 'Surrey', 'GU9'),
    ('Walthamstow', 'London', 'E17'), ('Tottenham', 'London', 'N17'), ('Peckham', 'London', 'SE15'),
    ('Ealing', 'London', 'W5'), ('Croydon', 'Surrey', 'CR0'), ('Romford', 'Essex', 'RM1 RM7'),
    ('Ilford', 'Essex', 'IG1 IG3'), ('Enfield', 'Middlesex', 'EN1 EN3'), ('Hounslow', 'Middlesex', 'TW3 TW4'),
]
# Villages and small places: (place, post town, county, outward code)
VILLAGES = [
    ('Little Eccleston', 'Preston', 'Lancashire', 'PR3'), ('Slaidburn', 'Clitheroe', 'Lancashire', 'BB7'),
    ('Grassington', 'Skipton', 'North Yorkshire', 'BD23'), ('Haworth', 'Keighley', 'West Yorkshire', 'BD22'),
    ('Pateley Bridge', 'Harrogate', 'North Yorkshire', 'HG3'), ("Robin Hood's Bay", 'Whitby', 'North Yorkshire', 'YO22'),
    ('Cartmel', 'Grange-over-Sands', 'Cumbria', 'LA11'), ('Great Ayton', 'Middlesbrough', 'North Yorkshire', 'TS9'),
    ('Wolsingham', 'Bishop Auckland', 'Co Durham', 'DL13'), ('Alnmouth', 'Alnwick', 'Northumberland', 'NE66'),
    ('Heptonstall', 'Hebden Bridge', 'West Yorkshire', 'HX7'), ('Castleton', 'Hope Valley', 'Derbyshire', 'S33'),
    ('Eyam', 'Hope Valley', 'Derbyshire', 'S32'), ('Tideswell', 'Buxton', 'Derbyshire', 'SK17'),
    ('Long Sutton', 'Spalding', 'Lincolnshire', 'PE12'), ('Wainfleet All Saints', 'Skegness', 'Lincolnshire', 'PE24'),
    ('Bourton-on-the-Water', 'Cheltenham', 'Gloucestershire', 'GL54'), ('Much Wenlock', 'Shropshire', 'Shropshire', 'TF13'),
    ('Clun', 'Craven Arms', 'Shropshire', 'SY7'), ('Mevagissey', 'St Austell', 'Cornwall', 'PL26'),
    ('Mousehole', 'Penzance', 'Cornwall', 'TR19'), ('Budleigh Salterton', 'Devon', 'Devon', 'EX9'),
    ('Corfe Castle', 'Wareham', 'Dorset', 'BH20'), ('Burley', 'Ringwood', 'Hampshire', 'BH24'),
    ('Alfriston', 'Polegate', 'East Sussex', 'BN26'), ('Wye', 'Ashford', 'Kent', 'TN25'),
    ('Dedham', 'Colchester', 'Essex', 'CO7'), ('Lavenham', 'Sudbury', 'Suffolk', 'CO10'),
    ('Blakeney', 'Holt', 'Norfolk', 'NR25'), ('Kirkby Lonsdale', 'Carnforth', 'Lancashire', 'LA6'),
    ('Shotley Bridge', 'Consett', 'Co Durham', 'DH8'), ('Hutton-le-Hole', 'York', 'North Yorkshire', 'YO62'),
]
SCOT_TOWNS = [('Dingwall', 'Ross-shire', 'IV15'), ('Stornoway', 'Isle of Lewis', 'HS1'),
              ('Tobermory', 'Isle of Mull', 'PA75'), ('Oban', 'Argyll', 'PA34'), ('Mallaig', 'Inverness-shire', 'PH41'),
              ('Pitlochry', 'Perthshire', 'PH16'), ('Kirkcaldy', 'Fife', 'KY1 KY2'), ('Dunfermline', 'Fife', 'KY11 KY12'),
              ('Paisley', 'Renfrewshire', 'PA1 PA2 PA3'), ('Kilmarnock', 'Ayrshire', 'KA1 KA3'),
              ('Motherwell', 'Lanarkshire', 'ML1'), ('Falkirk', 'Stirlingshire', 'FK1 FK2'),
              ('Dumfries', 'Dumfriesshire', 'DG1 DG2'), ('Elgin', 'Moray', 'IV30'), ('Peterhead', 'Aberdeenshire', 'AB42'),
              ('Arbroath', 'Angus', 'DD11'), ('Galashiels', 'Selkirkshire', 'TD1'), ('Thurso', 'Caithness', 'KW14'),
              ('Kirkwall', 'Orkney', 'KW15'), ('Lerwick', 'Shetland', 'ZE1'), ('Balivanich', 'Isle of Benbecula', 'HS7'),
              ('Glasgow', 'Lanarkshire', 'G11 G12 G31 G42')]
WAL_TOWNS = [('Aberystwyth', 'Ceredigion', 'SY23'), ('Caernarfon', 'Gwynedd', 'LL55'), ('Pwllheli', 'Gwynedd', 'LL53'),
             ('Llandudno', 'Conwy', 'LL30'), ('Rhyl', 'Denbighshire', 'LL18'), ('Wrexham', 'Wrexham', 'LL11 LL13'),
             ('Merthyr Tydfil', 'Mid Glamorgan', 'CF47 CF48'), ('Pontypridd', 'Rhondda Cynon Taf', 'CF37'),
             ('Aberdare', 'Rhondda Cynon Taf', 'CF44'), ('Bridgend', 'Mid Glamorgan', 'CF31'),
             ('Llanelli', 'Carmarthenshire', 'SA14 SA15'), ('Carmarthen', 'Carmarthenshire', 'SA31'),
             ('Haverfordwest', 'Pembrokeshire', 'SA61 SA62'), ('Newtown', 'Powys', 'SY16'), ('Brecon', 'Powys', 'LD3'),
             ('Llandrindod Wells', 'Powys', 'LD1'), ('Ebbw Vale', 'Blaenau Gwent', 'NP23'),
             ('Abergavenny', 'Monmouthshire', 'NP7'), ('Llangefni', 'Ynys Môn', 'LL77'),
             ('Blaenau Ffestiniog', 'Gwynedd', 'LL41'), ('Ammanford', 'Carmarthenshire', 'SA18'),
             ('Porthmadog', 'Gwynedd', 'LL49')]
NI_TOWNS = [('Enniskillen', 'Co Fermanagh', 'BT74'), ('Omagh', 'Co Tyrone', 'BT78 BT79'),
            ('Coleraine', 'Co Londonderry', 'BT51 BT52'), ('Ballymena', 'Co Antrim', 'BT42 BT43'),
            ('Newry', 'Co Down', 'BT34 BT35'), ('Lisburn', 'Co Antrim', 'BT27 BT28'), ('Craigavon', 'Co Armagh', 'BT64 BT65'),
            ('Banbridge', 'Co Down', 'BT32'), ('Larne', 'Co Antrim', 'BT40'), ('Strabane', 'Co Tyrone', 'BT82'),
            ('Cookstown', 'Co Tyrone', 'BT80'), ('Downpatrick', 'Co Down', 'BT30')]
US_CITIES = [('Tulsa', 'OK', '741'), ('Akron', 'OH', '443'), ('Spokane', 'WA', '992'), ('Madison', 'WI', '537'),
             ('Savannah', 'GA', '314'), ('Albuquerque', 'NM', '871'), ('Lexington', 'KY', '405'),
             ('Omaha', 'NE', '681'), ('Des Moines', 'IA', '503'), ('Chattanooga', 'TN', '374'),
             ('Tacoma', 'WA', '984'), ('Scranton', 'PA', '185')]
ABROAD = W('Lagos|Kraków|Manila|Cork|Gdańsk|Mombasa|Hanoi|Kumasi|Cluj-Napoca|Lahore|Mirpur|Sylhet|Galway|'
           'Vilnius|Kampala|Addis Ababa|Benghazi|Dhaka|Kerala|Cebu|Hong Kong|Tralee|Amritsar|Accra')

STREET_STEMS = W('Hawthorn|Elder|Willow|Cherry|Laurel|Bracken|Clover|Foxglove|Bluebell|Cowslip|Kingfisher|'
                 'Heron|Skylark|Lapwing|Curlew|Plover|Linnet|Fieldfare|Oakwood|Elmfield|Ashgrove|Hillcrest|'
                 'Brookfield|Greenbank|Westbourne|Eastfield|Moorside|Fellside|Lowther|Gladstone|Palmerston|'
                 'Alexandra|Osborne|Balmoral|Sandringham|Clarendon|Beaumont|Belgrave|Cavendish|Grosvenor|'
                 'Raglan|Inkerman|Alma|Ladysmith|Pendle|Ribble|Calder|Wharfe|Derwent|Irwell|Goyt|Colne|'
                 'Tanyard|Ropewalk|Weavers|Spinners|Colliery|Foundry|Lime Kiln|Sheepfold|Tenter|Cinderhill|'
                 'Pinfold|Bankfield|Marlborough|Rowan|Heather|Holly|Sunnybank|Primrose|Lilac|Juniper')
STREET_TYPES = [('Street', 'St'), ('Road', 'Rd'), ('Lane', 'Ln'), ('Avenue', 'Ave'), ('Close', 'Cl'),
                ('Drive', 'Dr'), ('Crescent', 'Cres'), ('Grove', 'Gr'), ('Terrace', 'Terr'), ('Gardens', 'Gdns'),
                ('Place', 'Pl'), ('Court', 'Ct'), ('Way', 'Way'), ('Rise', 'Rise'), ('Mews', 'Mews'),
                ('View', 'Vw'), ('Walk', 'Wlk'), ('Row', 'Row'), ('Fold', 'Fold'), ('Croft', 'Croft'),
                ('Brow', 'Brow'), ('Bank', 'Bank'), ('Square', 'Sq'), ('Park', 'Pk'), ('Green', 'Grn')]
SLIPS = {'Street': ['Steet', 'Streer', 'st.'], 'Road': ['Raod', 'Rd.', 'rd'], 'Avenue': ['Avenu', 'Av', 'Ave.'],
         'Crescent': ['Crecent', 'Cresent', 'Cres.'], 'Terrace': ['Terace', 'Tce', 'Terr.'], 'Close': ['Clsoe', 'Cl.'],
         'Gardens': ['Gardns', 'Gdns.'], 'Drive': ['Drv', 'Drive.'], 'Lane': ['Lne', 'Ln.'], 'Grove': ['Grv']}
WORD_STREETS = W('Church Lane|Mill Street|Chapel Row|Back Street|Hope Street|Grace Road|Victoria Road|'
                 'Albert Terrace|Station Approach|The Crescent|Orchard Close|Jubilee Way|Kings Road|'
                 'Queens Drive|Manor Farm Road|Meadow View|Riverside Walk|Canal Side|Quarry Hill|Bank Top|'
                 'Fold Lane|Town Street|Market Place|High Street|Front Street|School Lane|Well Lane|'
                 'North Road|The Paddock|The Glebe|Vicarage Lane|Pit Lane|Moor Lane|Green Lane|'
                 'Long Lane|Cemetery Road|Bridge End|Water Lane|Sandy Lane|Summer Lane|Joy Lane|Dawn Close')
SCOT_STREETS = W('Kirk Wynd|Mill Brae|Castle Vennel|Bridge Loan|Shore Road|Harbour Street|Manse Brae|'
                 'Kirkgate|Burnside Place|Dumbarton Road|Victoria Road|Craigpark Drive|Seaview Terrace|'
                 'Quarry Brae|Cowgate|Springbank Gardens|Ashgrove Crescent|Marine Place')
WELSH_STREETS = W('Heol y Parc|Ffordd Penrhos|Stryd Fawr|Lôn Las|Maes y Coed|Cae Bryn|Bryn Awel|Heol Hir|'
                  'Ffordd yr Orsaf|Tan y Bryn|Maes Glas|Heol Dinas|Stryd y Capel|Lôn Goed|Pen y Graig|'
                  'Ffordd Caergybi|Bro Deg|Heol Tŷ Gwyn')
NI_STREETS = W('Killyhevlin Park|Mullaghmore Road|Lisnafin Drive|Ballycastle Road|Drumbeg Close|'
               'Carnmoney Way|Knockbracken Park|Glenview Avenue|Moneymore Road|Tullyglass Gardens|'
               'Castlewellan Road|Gortin Road')
US_STREETS = W('Larkspur Ln|Prairie Rose Dr|W Maple Ave|N Cedar St|Cottonwood Ct|Old Mill Rd|SE Hawthorne Blvd|'
               'Sycamore Hollow Dr|E 31st St|Juniper Ridge Rd|Lakeview Ter|S Peoria Ave|Pine Knot Trl|Briar Patch Ln')
HOUSE_NAMES = W('The Old Forge|The Granary|The Coach House|The Old School House|The Old Post Office|'
                'Rose Cottage|Ivy Cottage|Keeper\'s Cottage|Hill Top Farm|Lower Hollins Farm|Moss Side Farm|'
                'Intake Farm|Grange Farm|Bramble Cottage|Sunnyside|Hawthorn Lodge|The Bothy|Mill House|'
                'Ty Newydd|Tŷ Capel|Bryn Teg|Awelfryn|Glan yr Afon|Ferndale|The Laurels|The Poplars|Highcroft|'
                'Top o\' th\' Hill Farm|Wren Cottage|Orchard End')
CARE_HOMES = W('Ashcroft Court|Oak Lodge Residential Home|The Beeches Nursing Home|Meadowbank House|'
               'Sunnyside Care Home|Holly Bank Care Home|Greenacres Nursing Home|Fernlea Residential Home|'
               'Cedar House|Brookvale Care Centre|Larchwood Court|Primrose Hill Care Home|Willowbrook Lodge')
BLOCKS = W('Ribblesdale House|Kestrel Court|Hanover Court|Albion Mill|Jubilee Court|Prospect House|'
           'Mercer Court|St Mary\'s Court|Beacon View|Foundry Wharf|Dock Street Apartments|The Maltings')

DECOYS = W("Will definitely use this service again.|Will recommend to friends and family.|"
           "Hope this helps you improve things.|Hope you all get a rest at some point.|"
           "Frank and honest answers, which I appreciated.|Grace and good humour from every one of them.|"
           "Sterling work all round.|Sterling effort by the crew in awful weather.|"
           "Summer holidays probably made it busier than usual.|Joy of joys, the car park had spaces for once.|"
           "Dawn had barely broken when transport arrived.|Patience is clearly part of the job description.|"
           "Faith in the NHS restored.|Precious little information about what happens next though.|"
           "Sunny side room with a view, which helped my mood.|Rose tinted glasses off, the food was poor.|"
           "Bill for parking was a shock.|Mark my words, I will be back to say thank you in person.|"
           "Chase up your own letters, that's my advice.|Holly and tinsel on the ward cheered everyone up.|"
           "Amber warning for snow and they still got me home.|Crystal clear explanation of the procedure.|"
           "Ray of sunshine, every one of them.|Pat on the back for the whole team.|"
           "Penny dropped when the doctor drew a diagram.|Gift of time is what they gave us.|"
           "Blessing in disguise that I was kept in overnight.|Comfort was the priority throughout.|"
           "Honour to be looked after by them.|Miracle workers, the lot of them.|"
           "Robin singing outside the window every morning.|Grace period on the parking would help.|"
           "May I say the food has improved a lot.|Joy to watch them work as a team.|"
           "Sunny disposition from the receptionist even at the end of the day.|"
           "Dawn raid by the phlebotomist at 6am, but with a smile.|Rusty hinges on the bathroom door squeak all night.|"
           "Will power needed to eat that porridge!|Hope to never need you again, but glad you were there.|"
           "Frank conversation about my options, no sugar coating.|Mercy me, the heat in that waiting room!|"
           "Victor Meldrew would have found nothing to moan about.|Justice would be more staff on the ward.|"
           "Royal treatment from start to finish.|Earnest young doctor who clearly cared.")
# one decoy above ("Victor Meldrew") names a TV character; it is removed below: only ordinary words.
DECOYS = [d for d in DECOYS if not d.startswith('Victor ')]


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
def E(etype, value, tag=''):
    return (etype, value, tag)


def fill(tpl, *ents):
    bits = tpl.split('{}')
    assert len(bits) == len(ents) + 1, (tpl, ents)
    parts = []
    for i, b in enumerate(bits):
        if b:
            parts.append(b)
        if i < len(ents):
            e = ents[i]
            if isinstance(e, list):
                parts.extend(e)
            else:
                parts.append(e)
    return parts


def recase(parts, how):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p.lower() if how == 'lower' else p.upper())
        else:
            v = p[1].lower() if how == 'lower' else p[1].upper()
            out.append((p[0], v, p[2] + ',' + how))
    return out


def plain(parts):
    return ''.join(p if isinstance(p, str) else p[1] for p in parts)


def ents_of(parts):
    return [p for p in parts if not isinstance(p, str)]


def ascii_fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def nhs_check_ok(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(digits[i]) * (10 - i) for i in range(9))
    c = 11 - total % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(digits[9])


PHONE_PREFIXES = ['07700900', '01632960', '02079460', '01134960', '01144960', '01154960', '01164960',
                  '01174960', '01184960', '01214960', '01314960', '01414960', '01514960', '01614960',
                  '01914980', '02896496', '02920180']


def phone_ok(value):
    core = re.split(r'\s*(?:ext\.?|x|extension)\s*\d+$', value, flags=re.I)[0]
    d = re.sub(r'\D', '', core)
    if d.startswith('440'):
        d = d[2:]
    elif d.startswith('44'):
        d = '0' + d[2:]
    return len(d) == 11 and any(d.startswith(p) for p in PHONE_PREFIXES)


POSTCODE_RE = re.compile(r'^[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}$')
ZIP_RE = re.compile(r'^\d{5}(-\d{4})?$')
TITLE_RE = re.compile(r'^(dr|dr\.|doctor|mr|mrs|ms|miss|mx|prof|professor|sister|nurse|matron|sr)\b', re.I)


# ---------------------------------------------------------------------------------------------
# Generator of planted pieces
# ---------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.comms = [c for c, _ in COMMUNITY_WEIGHTS]
        self.cw = [w for _, w in COMMUNITY_WEIGHTS]
        self.hosp_deck = []

    # --- choice helpers
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def comm(self):
        return self.r.choices(self.comms, self.cw)[0]

    def gender(self):
        return self.c('FM')

    # --- names
    def first(self, g=None, comm=None, allow_word=True, allow_hyphen=True):
        g = g or self.gender()
        x = self.r.random()
        if allow_word and x < 0.07:
            return self.c(WORD_F if g == 'F' else WORD_M)
        if x < 0.11:
            return self.c(UNISEX)
        if allow_hyphen and x < 0.13:
            return self.c(HYPHEN_FIRST_F if g == 'F' else HYPHEN_FIRST_M)
        comm = comm or self.comm()
        f, m, _ = PEOPLE[comm]
        return self.c(f if g == 'F' else m)

    def surname(self, comm=None, g=None):
        while True:
            if self.p(0.2):
                sn = self.c(SPECIAL_SURNAMES)
            else:
                sn = self.c(PEOPLE[comm or self.comm()][2])
            fem, masc = FEM_SURNAME.search(sn), MASC_SURNAME.search(sn)
            if g == 'M' and fem or g == 'F' and masc or g == 'N' and (fem or masc):
                continue
            if g is None and (fem or masc) and self.p(0.5):
                continue
            return sn

    def full(self, g=None):
        g = g or self.gender()
        comm = self.comm()
        if self.p(0.07):  # two first names from one community
            f, m, _ = PEOPLE[comm]
            pool = f if g == 'F' else m
            a = self.c(pool)
            b = self.c([x for x in pool if x != a])
            fn = a + ' ' + b
        else:
            fn = self.first(g, comm if self.p(0.85) else None, allow_word=self.p(0.5))
        sn = self.surname(comm if self.p(0.85) else None, g)
        return fn + ' ' + sn

    def nick(self, g=None):
        g = g or self.gender()
        return self.c(NICK_F if g == 'F' else NICK_M)

    def wordname(self, g=None):
        g = g or self.gender()
        return self.c(WORD_F if g == 'F' else WORD_M)

    def initial_form(self):
        """An initial form that keeps to the span rules (never ends in a full stop)."""
        sn = self.surname()
        a = self.c('ABCDEFGHJKLMNPRSTWY')
        b = self.c('ABCDEFGHJKLMNPRSTWY')
        return self.c([a + ' ' + sn, a + '. ' + sn, a + '.' + b + '. ' + sn, a + b + ' ' + sn,
                       a + '.' + sn, a + ' ' + b + ' ' + sn])

    def staff_name(self, g=None):
        """A staff member as patients name them: mostly first name alone."""
        x = self.r.random()
        if x < 0.70:
            return self.first(g)
        if x < 0.80:
            return self.nick(g)
        return self.full(g)

    def name_tpl(self, tpls):
        t = self.c(tpls)
        if t[:2] in ('F:', 'M:'):
            return t[0], t[2:]
        return None, t

    # --- numbers and codes
    def digits(self, n):
        return ''.join(self.c('0123456789') for _ in range(n))

    def letters(self, n, pool='ABCDEFGHJKLMNPRSTUVWXYZ'):
        return ''.join(self.c(pool) for _ in range(n))

    def inward(self):
        return self.c('123456789') + self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')

    def postcode(self, outward_list):
        out = self.c(outward_list.split())
        return out + ' ' + self.inward()

    def zipcode(self, prefix, plus4=None):
        z = prefix + self.digits(2)
        if z.endswith('00'):
            z = z[:-1] + '7'
        if plus4 is None:
            plus4 = self.p(0.3)
        return z + ('-' + self.digits(4) if plus4 else '')

    def phone(self, landline=False):
        k = self.r.random()
        if landline:
            k = 0.40 + k * 0.60
        tail3 = self.digits(3)
        if k < 0.40:
            return self.c(['07700 900' + tail3, '07700900' + tail3, '07700 900 ' + tail3, '+44 7700 900' + tail3,
                           '+44 (0)7700 900' + tail3, '07700-900-' + tail3, '(07700) 900' + tail3, '+447700900' + tail3])
        if k < 0.55:
            return self.c(['01632 960' + tail3, '(01632) 960' + tail3, '01632-960-' + tail3, '01632 960 ' + tail3])
        if k < 0.68:
            return self.c(['020 7946 0' + tail3, '0207 946 0' + tail3, '(020) 7946 0' + tail3, '02079460' + tail3])
        if k < 0.88:
            area = self.c(['0113', '0114', '0115', '0116', '0117', '0118', '0121', '0131', '0141', '0151', '0161'])
            base = self.c([area + ' 496 0' + tail3, '(' + area + ') 4960' + tail3, area + '-496-0' + tail3,
                           area + ' 4960' + tail3])
            if self.p(0.3):
                base += self.c([' ext ', ' ext. ', ' x', ' extension ']) + self.digits(self.c([3, 4]))
            return base
        return self.c(['0191 498 0' + tail3, '028 9649 6' + tail3, '029 2018 0' + tail3, '(028) 9649 6' + tail3])

    def nhs_number(self):
        while True:
            if self.p(0.65):
                d = '999' + self.digits(6)
            else:
                d = self.c('467') + self.digits(8)
            total = sum(int(d[i]) * (10 - i) for i in range(9))
            c = 11 - total % 11
            c = 0 if c == 11 else c
            if c == 10:
                continue
            d += str(c)
            return self.c([d[:3] + ' ' + d[3:6] + ' ' + d[6:], d, d[:3] + '-' + d[3:6] + '-' + d[6:],
                           d[:3] + ' ' + d[3:6] + ' ' + d[6:], d[:3] + '  ' + d[3:6] + '  ' + d[6:]])

    def date_parts(self, y0, y1):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d

    MONTHS = W('January|February|March|April|May|June|July|August|September|October|November|December')
    MON3 = W('Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec')

    @staticmethod
    def ordinal(d):
        return str(d) + ('th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))

    def dob_string(self, y, m, d):
        M, M3 = self.MONTHS[m - 1], self.MON3[m - 1]
        forms = ['%02d/%02d/%d' % (d, m, y), '%d/%d/%d' % (d, m, y), '%d/%d/%02d' % (d, m, y % 100),
                 '%02d.%02d.%d' % (d, m, y), '%d.%d.%02d' % (d, m, y % 100), '%02d-%02d-%d' % (d, m, y),
                 '%s %s %d' % (self.ordinal(d), M, y), '%s of %s %d' % (self.ordinal(d), M, y),
                 '%d %s %d' % (d, M3, y), '%s %s, %d' % (M, self.ordinal(d), y), '%s %d %d' % (M3, d, y),
                 '%02d-%s-%d' % (d, M3.upper(), y), '%d-%02d-%02d' % (y, m, d), "%s %s '%02d" % (self.ordinal(d), M3, y % 100),
                 '%d %s %d' % (d, M, y), '%02d %02d %d' % (d, m, y)]
        return self.c(forms)

    def care_date(self):
        y, m, d = self.date_parts(2019, 2023)
        M, M3 = self.MONTHS[m - 1], self.MON3[m - 1]
        wd = self.c(W('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'))
        return self.c(['%s %s' % (self.ordinal(d), M), '%d %s' % (d, M), '%s %s' % (wd, self.ordinal(d)),
                       '%s %d %s' % (wd[:3], d, M3), '%s %s' % (M, self.ordinal(d)), '%d/%d' % (d, m),
                       '%d/%d/%02d' % (d, m, y % 100), '%d.%d.%d' % (d, m, y), '%s %d' % (M, y),
                       '%s the %s of %s' % (wd, self.ordinal(d), M), '%s %s %d' % (self.ordinal(d), M3, y),
                       '%d-%d-%02d' % (d, m, y % 100), '%s %d' % (M3, d)])

    def email_from(self, name=None):
        host = self.c(['example.com', 'example.org', 'example.net', 'mail.example.com', 'home.example.net',
                       'post.example.org'])
        if name:
            bits = [re.sub(r"[^a-z]", '', ascii_fold(b).lower()) for b in name.split()]
            bits = [b for b in bits if b] or ['family']
        else:
            bits = [re.sub(r"[^a-z]", '', ascii_fold(self.first()).lower()) or 'anna',
                    re.sub(r"[^a-z]", '', ascii_fold(self.surname()).lower()) or 'bell']
        f, s = bits[0], bits[-1]
        yy = str(self.r.randint(40, 99))
        local = self.c([f + '.' + s, f + s + yy, f[0] + s, f + '_' + s, s + '.' + f[0], f + '.' + s + str(self.r.randint(1, 9)),
                        'the.' + s + 's', f + '-' + s, s + yy, f + 'x' + s[:3]])
        return local + '@' + host

    # --- hospital / reference numbers: formats written for this set
    def hosp_number(self):
        L, D = self.letters, self.digits
        fmts = [
            lambda: L(1) + D(3) + ' ' + D(3) + ' ' + D(2),                 # K448 213 09
            lambda: D(2) + '-' + D(3) + '-' + D(3),                        # 40-211-876
            lambda: L(1) + '/' + D(4) + '/' + D(2) + L(1),                 # H/2231/77Q
            lambda: 'ACC-' + D(2) + '-' + D(6),                            # ACC-21-331458
            lambda: L(1) + '0' + D(6),                                     # W0098813
            lambda: D(4) + '-' + D(4) + '-' + L(1),                        # 2114-5539-A
            lambda: L(3) + '.' + D(7),                                     # RWQ.4403128
            lambda: 'ep-' + D(4) + '-' + D(2),                             # ep-3302-91
            lambda: 'BKG/' + D(2) + '/' + D(4),                            # BKG/44/1192
            lambda: 'PTS-' + D(2) + '-' + D(4),                            # PTS-77-4012
            lambda: L(2) + ' ' + D(4) + ' ' + D(4),                        # CN 2207 4419
            lambda: L(1) + D(2) + ' ' + D(4) + ' ' + L(1),                 # X88 1043 Y
            lambda: D(2) + '-' + D(7),                                     # 23-0044178
            lambda: D(3) + ' ' + D(3) + ' ' + D(3),                        # 311 402 887
            lambda: L(2) + '-' + D(4) + '-' + L(2),                        # HN-0412-BT
            lambda: L(3) + '/' + self.c(['OP', 'IP', 'DC', 'ED']) + '/' + D(5),  # RFF/OP/77310
            lambda: D(7) + L(2),                                           # 4471092MK
            lambda: L(1) + '.' + D(2) + '.' + D(5),                        # M.04.58213
            lambda: D(2) + '/' + L(1) + '/' + D(5),                        # 19/W/40321
            lambda: L(3).lower() + D(7),                                   # rvj7730198
            lambda: D(6),                                                  # 558201 (after '#')
            lambda: 'MH' + D(2) + '/' + D(5),                              # MH21/04417
            lambda: L(1) + D(1) + L(1) + '-' + D(6),                       # R1H-550419
        ]
        if not self.hosp_deck:  # every format in turn, in a shuffled order
            self.hosp_deck = list(range(len(fmts)))
            self.r.shuffle(self.hosp_deck)
        i = self.hosp_deck.pop()
        return i, fmts[i]()


# Templates. {} marks a planted detail; 'F:' / 'M:' marks a template whose pronouns fix the gender.
THANK_START = [
    '{} was brilliant from start to finish.', '{} on the front desk was so kind when I was panicking.',
    '{} made my dad laugh, which nobody has managed for weeks.', '{} - you are a credit to the NHS.',
    '{}, you went above and beyond, thank you.', '{} explained everything twice without making me feel stupid.',
    'F:{} sat with me when I was scared and held my hand.', '{} deserves a pay rise!!',
    '{} if you read this, thank you for everything.', '{}!!! Best nurse ever.', '{} kept me calm during the scan.',
    'F:{} is an absolute star, she even rang me at home the day after.', '{} really listened to me.',
    'M:{} was so patient with my mum, he never rushed her.', '{} sorted my transport when nobody else could.',
    '{} and the rest of the team were fab.', '{} made the whole thing bearable', '{}: thank you, thank you, thank you.',
    '{} was lovely x', 'M:{} went out of his way to find me a wheelchair.', '{} is a diamond.',
    '{} was very rude to my wife and did not introduce themselves.', '{} should be training the others.',
]
THANK_MID = [
    'The lady who did my bloods, {}, was very gentle.', 'I was seen quickly and {} talked me through it all.',
    'Please pass on my thanks to {} who looked after me overnight.', 'When I came round {} was there with a cup of tea.',
    'F:Special mention for {} who stayed past the end of her shift.', 'M:I would like to thank {} in particular for his patience.',
    'My daughter and I both thought {} was lovely.', "F:I don't know her surname but {} on the early shift was fab.",
    'Felt listened to for once and that is down to {} really.', "Thank you to {} for sorting my transport when it hadn't turned up.",
    'Everyone was kind but {} was outstanding.', 'Can you make sure {} gets to see this?',
    'My only complaint is that {} was moved to another ward before I could say goodbye.',
    'The appointment ran late but {} kept us updated the whole time.', 'I was terrified of needles and {} was amazing with me.',
    'We were told by {} that someone would ring back, nobody did.', 'M:Thankyou to {}, he made a horrible day a bit better.',
    "The night staff were stretched but {} still found time to sit with Dad.", 'I want to say how good {} was with my little boy.',
    'F:The food was cold again, although {} did her best to warm it up.', 'All the staff but especially {} treated me like a person.',
    'Honestly {} is the reason I kept going to my appointments.', 'I asked {} loads of questions and got straight answers.',
    'M:The driver today was {} and he was a true gent.', 'F:The receptionist was {} and she was very helpful on the phone.',
    'I realy appreciated {} taking the time to explain my meds.',
]
THANK_END = [
    'Thank you {}.', 'Especially {}.', 'Big thanks to {}', "Couldn't have done it without {}.", 'Keep up the good work {}!',
    'The best of them was {}.', 'Shout out to {}', 'Thanks {} x', '10/10 for {}.', 'Thank you so much {}',
    'Well done {}!!', 'All down to {}.', 'Give {} a medal.', 'Thank you {} xx', 'Brilliant care from {}.',
    'Not forgetting {}.', 'Thanks again {}', 'Thankyou {} for everything', 'Love to {} x', 'Cheers {}!',
]
LIST_TPLS = [
    ('Thank you to {}, {} and {}.', 3), ('{}, {}, {} and {} - you were all fantastic.', 4),
    ('Shout out to {} & {} on nights', 2), ('Please thank {}, {}, {}, {} and the rest of the team.', 4),
    ('The crew ({} and {}) were brilliant.', 2), ('{} and {} in recovery, {} on the ward and {} the porter. Thank you all.', 4),
    ('Big thank you to the following: {}, {}, {}, {}', 4), ('{} + {} were stars', 2),
    ('Thanks to {} and {}, {} and {} on the day unit.', 4), ('Nurses {}/{}/{} were all lovely.', 3),
    ('Thank you:\n- {}\n- {}\n- {}', 3), ('{}, {} & {}, you are all amazing.', 3),
    ('Huge thanks to {} and {} for getting me home.', 2), ('I must mention {}, {}, {} and {}.', 4),
    ('{} / {} / {} - thank you for making the week bearable.', 3), ('Special thanks to {}, {}, {} and of course {}!', 4),
    ('{} and {} are a credit to the unit.', 2), ('Staff on duty: {}, {}, {}. All lovely.', 3),
    ('Thank you {} and {}', 2), ('My thanks to the team, particularly {}, {} and {}.', 3),
    ('{} & {} from the district nurses were wonderful with Mum.', 2), ('Drivers {} and {} were on time both ways.', 2),
    ('Thanks to {}, {}, {}, {} and {} - too many to name really!', 5), ('{},{} and {} on reception were so helpful.', 3),
    ('The physios ({} and {}) got me walking again.', 2), ('Thank you {}, {} and {} from all of us.', 3),
    ('{} and {} (HCAs) were run off their feet but never grumpy.', 2), ('Lovely team - {}, {}, {}, {}, {}.', 5),
]
ROLE_TPLS = [
    '{R} {N} was fantastic.', 'Thanks to {R} {N} for being so patient.', '{N} ({B}) was lovely.',
    'The physio, {N}, got me walking again.', '{N} {A} made us laugh.', '{N} {A} was very helpful.',
    'Our {r} {N} was amazing throughout.', '{N}, the OT, sorted all the equipment.', 'My {r} {N} has been a lifeline.',
    'The receptionist, {N}, was very rude and dismissive.', '{N} - ward clerk - went out of the way to help.',
    '{R} {N} explained the results properly.', 'I saw {R} {N} who was thorough.', 'Thanks to {N} ({B}) for the chat.',
    '{N} {A} deserves recognition.', 'Please thank {R} {N}.', 'Can I mention {N} {A}, what a lovely person.',
    'The {r} ({N}) did not listen at all.', '{R} {N} is a credit to the ward', "{N} {A} couldn't do enough for us.",
]
ROLE_R = W('Staff nurse|Sister|Student nurse|Charge nurse|HCA|Healthcare assistant|Paramedic|Driver|Porter|'
           'Receptionist|Midwife|Student midwife|Health visitor|District nurse|CPN|Care coordinator|Support worker|'
           'Sonographer|Radiographer|Phlebotomist|Pharmacist|Dietitian|Podiatrist|Speech therapist|Nurse|Tech|SN|'
           'Matron|Senior HCA|Physio|Chaplain')
ROLE_r = W('physio|health visitor|CPN|care coordinator|midwife|support worker|social worker|district nurse|'
           'OT|community nurse|key worker|therapist|counsellor|dietitian|paramedic|driver')
WORDNAME_TPLS = [
    'Nurse {} was lovely.', '{} on reception was so welcoming.', '{} the porter kept us entertained.', '{} ({}) was brilliant.',
    '{} on nights was a godsend.', 'Thank you {}!', '{} the driver was on time and very careful.', '{} in physio pushed me just enough.',
    '{} and {} on ward 7 were great.', '{}, the midwife, was calm and kind.', '{} from the district nurses was a star.',
    '{} in x-ray was gentle with my wrist.', 'Ask for {}, she is the best.', '{} was a joy to deal with.',
    '{} was frank with us about the prognosis, which we needed.', '{}, you were amazing.', 'Special mention to {}.',
    'HCA {} made sure I ate something.', '{} is a ray of sunshine on that ward.', 'Thanks {} x',
]
TITLE_SURNAME = W('Dr|Dr.|Doctor|Mr|Mrs|Ms|Miss|Prof|Professor|Sister|Nurse|Matron|Sr|Dr|Dr|Mr|Miss')
DOCTOR_TITLES = W('Dr|Dr.|Mr|Miss|Ms|Prof|Professor|Dr|Mr')
TITLE_TPLS = [
    ('{T} {S} was excellent.', None), ('I was seen by {T} {S} who was very thorough.', None),
    ('{T} {S} explained it in plain English.', None), ('Thank you to {T} {S} and the team.', None),
    ("{T} {S} didn't listen to a word I said.", None), ('My consultant {T} {S} is brilliant.', DOCTOR_TITLES),
    ('Please pass this on to {T} {S}.', None), ('I have been under {T} {S} for years and trust them completely.', DOCTOR_TITLES),
    ('Saw {T} {S} today.', None), ('{T} {S} (consultant) was lovely.', DOCTOR_TITLES),
    ('The surgeon, {T} {S}, came to see me after.', DOCTOR_TITLES), ('Under the care of {T} {S}.', DOCTOR_TITLES),
    ('FAO {T} {S}', None), ('{T} {S} rang me personally with the results, much appreciated.', None),
    ('{T} {S} on ward 5 runs a tight ship.', W('Sister|Sr|Matron|Charge Nurse')),
    ('Nobody told {T} {S} I was allergic, it was on my notes.', None),
]
POSSESSIVE_TPLS = [
    "{}'s patience was unbelievable.", "Nothing was too much trouble, {}'s kindness will stay with us.",
    "Thanks for {}’s help with the forms.", "Make sure {}'s manager sees this.", "My son {}'s appointment was cancelled twice.",
    "{}'s team on the stroke unit were superb.", "It was Dr {}'s idea to refer me and I'm glad.", "{}' sense of humour got me through.",
    "I loved {}'s singing on the ward!", "we were in {}'s bay and she was fab", "Mum's nurse was {} and {}'s care was top class.",
    "The physio ({}) - {}'s exercises have really helped.", "{}’s explanation was the clearest I have had.",
    "My daughter {}'s baby was delivered safely thanks to you all.", "Sister {}'s ward is run like clockwork.",
]
VERB_TPLS = [
    'I asked for {} and she came straight away.', 'If anyone needs help, ring {}.', 'Ask for {}, he will sort you out.',
    'I spoke to {} on the phone and it was sorted in five minutes.', 'Tell {} I said thanks!', 'Give {} a raise.',
    'I rang the unit and got {} who was very kind.', 'Phone {} on the unit, she knows my case.', 'Promote {}!',
    'Please keep {}, she is worth her weight in gold.', 'Send {} my love.', 'Hug {} for me.',
    'I was passed from pillar to post until I asked for {}.', 'Could somebody call {} back about my dressings?',
    'We were told to speak to {} about the equipment.', 'Book me in with {} again please.',
    'I would ask for {} every time.', 'Ring {} if there are any problems, she knows the history.',
]
RELATIVE_M = W('son|husband|grandson|dad|brother|partner|stepson|father-in-law|hubby|nephew|uncle|grandad')
RELATIVE_F = W('daughter|wife|granddaughter|mum|mam|sister|partner|mother-in-law|nan|niece|auntie|mother')
# (template, gender or None, relations allowed or None for any)
RELATIVE_TPLS = [
    ('My {rel} {N} came with me and was made to feel welcome.', None, None), ('Our {N} was treated brilliantly.', None, None),
    ('My {rel}, {N}, is autistic and they were so patient with him.', 'M', W('son|grandson|little boy|nephew|brother|stepson')),
    ('My {rel} ({N}) was admitted with pneumonia.', None, None), ('The nurses were lovely with my {rel} {N}.', None, None),
    ('{N} (my {rel}) drove me there.', None, W('son|husband|daughter|wife|partner|brother|sister|niece|nephew|hubby')),
    ('Me and our {N} waited four hours.', None, None), ('My {rel} {N} is the one who filled this in for me.', None, None),
    ('Please update my {rel} {N}, not me.', None, W('son|daughter|husband|wife|partner|sister|brother')),
    ('they let my {rel} {N} stay overnight which meant the world', None, None),
    ('My late {rel} {N} was cared for on this ward.', None, W('husband|wife|mum|dad|mother|father|brother|sister|nan|grandad')),
    ('Our {N} has been going there since she was small.', 'F', []), ('My {rel} {N} says thank you too.', None, None),
    ('I came in with my {rel}, {N}, who has dementia.', None, W('mum|dad|mam|nan|grandad|husband|wife|mother|father|auntie|uncle')),
    ('My {rel} {N} had her baby here and it was wonderful.', 'F', W('daughter|wife|partner|sister|niece|granddaughter')),
    ('My little {rel} {N} was so brave.', None, W('boy|girl')),
    ('Our {N} (my {rel}) had her appointment moved three times.', 'F', W('daughter|granddaughter|niece|sister|mam|mum')),
]
SIGN_TPLS = [
    'Many thanks,\n{} (Mrs)', 'Regards\n{}', 'Kind regards,\n{}', 'Yours sincerely,\n{}', 'From {} and family',
    '{} (patient)', 'Thanks, {}', '- {}', 'Sent on behalf of my dad, {}', 'Best wishes\n{}', 'Yours faithfully\n{}',
    'Many thanks {}', 'Cheers\n{}', 'With thanks from {}', 'Kind regards {}', '{}\n(patient, bay 4)', 'Signed {}',
    'Thank you from {} x', 'Regards,\nMr {}', 'Many thanks,\n{} (Mr)', 'Love {}', 'Written by my daughter for me, {}',
]
ADDRESS_TPLS = [
    'Please send the letter to {}, not my old address.', 'We live at {} and the ambulance went to the wrong road.',
    'My mum is at {} - could someone visit her please?', 'Transport picked me up from {} over an hour late.',
    "I'm at {} if anyone wants to discuss this.", 'Dad lives alone at {} and was sent home with no care package.',
    'Please update your records, my new address is {}.', 'The hospital still has me down at {}.',
    "The driver couldn't find {} even with the sat nav.", 'Correspondence to {} please.', 'Our address is {} if you need it.',
    'All my appointment letters go to {} which is my old flat.', 'Pick up was from {}.', 'Can the community nurse come to {} instead?',
    'I now live at {} so the letters have been going astray.', 'My nan lives at {} and needs a home visit.',
    "The taxi went to {} and I wasn't there.", 'Home: {}.', 'Address for reply - {}', 'Write to me at {} please.',
    'Letters go to {} but nobody reads them there.', 'Discharged home to {} with no follow up.',
    'We are at {}, the crew could not find the entrance.', 'Please visit Mum at {}.', 'Equipment needs collecting from {}.',
]
ADDRESS_END_BLOCK = [
    'My address:\n{}', 'Address -\n{}', 'Please reply to\n{}', 'Home address\n{}', 'Write to:\n{}', 'Reply to: {}',
]
NARRATIVE_ADDR = [
    'We live on {} and the ambulance still could not find us.', "I'm on {} so the bus is no good.", 'My flat is on {}.',
    'Dad is in the bungalows at {}.', 'Mum has lived on {} for forty years and wants to stay there.',
    "We're at {} near the school.", 'The crew took ages to find {}.', 'Transport came to {} instead of my door.',
    'My brother lives at {} and takes me to appointments.', 'The district nurse comes out to {} twice a week.',
]
HOSP_TPLS = [
    'My hospital number is {}.', 'Hospital No: {}', 'hosp no. {}', 'Unit number {} in case you need to look me up.',
    'MRN {}', 'Patient no. {} - the appointment letter had the wrong clinic on it.', 'My episode number was {}.',
    'Clinic ref {}', 'Your ref: {}', 'ref no {}', 'My A&E card number is {}.', 'Attendance no. {}', 'PAS number {}',
    'The number on my wristband is {}.', 'Booking ref {} was cancelled without telling me.', 'Transport booking number {}.',
    'Job no {} - the crew never came.', 'PALS ref {}', 'Complaint reference {}.', 'Referral ref {}, still waiting.',
    'My case number is {}.', 'Quoting {} as asked on the letter.', 'Reference: {}', 'Pt no {}', 'ID {}',
    'Record number {}', 'Letter ref {}', '({} is my hospital number)', '{} - that\'s the number on my letter.',
    'The number on my appointment card is {}.', 'Appointment ref {} for the record.', 'S number {}.',
    'Please quote {} if you reply.', 'My reference on the portal is {}.', 'Incident ref {}',
    'My hospital number ({}) is on all my letters so there is no excuse.', 'RM number {}', 'Re: {}',
]
DOB_TPLS = [
    'DOB {}', 'D.O.B. {}', 'dob: {}', 'Date of birth {}', 'Date of Birth: {}', 'born {}', 'b. {}', 'DoB {}',
    'My date of birth is {} and they still had it wrong.', 'He was born on {}.', '(dob {})', 'Birth date {}',
]
PHONE_TPLS = [
    'Ring me on {} if you need more detail.', 'My mobile is {}.', 'Tel: {}', 'Call {} anytime.', 'Contact: {}',
    'Mob {}', 'Home phone {}', '(landline {})', 'You can reach my daughter on {}.', 'Text {} please, I struggle on the phone.',
    'Best number is {}.', 'Phone {} after 6pm.',
]
EMAIL_TPLS = ['Email me at {}.', 'E: {}', 'My email is {} if you want to reply.', 'Contact via {}', 'email - {}',
              'Please reply to {} rather than by post.', '{} is the best way to get hold of me.']
NHS_TPLS = ['NHS no. {}', 'NHS number {}', 'nhs {}', 'My NHS no is {}.', 'NHS No: {}', 'NHS# {}', 'nhs number: {}',
            'My NHS number is {} for reference.']
POSTCODE_TPLS = ['Our postcode is {} and the sat nav sends people round the back.', 'Postcode {} for the record.',
                 'pc: {}', "We're {} way so it's a long trip.", 'The app wouldnt accept my postcode {}.',
                 'I live in {} and there is no bus.', 'The transport had the wrong postcode, it is {}.']
URL_TPLS = ["I've written about it here: {}", 'We raised money for the unit: {}', 'Photos from the ward party: {}',
            'Our fundraising page is {} if anyone wants to help.', 'More on my story at {}', 'The leaflet said to look at {} but the page was down.']
DATE_TPLS = ['I came in on {}.', 'Seen on {} in the evening.', 'Admitted {} and home two days later.',
             'My appointment on {} was cancelled at the last minute.', 'Transport was booked for {} but never came.',
             'On {} I waited six hours.', 'I was discharged on {}.', 'The operation was on {}.']
TOWN_TPLS = ['I travel from {} every week for this.', 'We came over from {} for the appointment.',
             'The bus from {} is hopeless.', "I'm originally from {} so the language was hard.",
             'My daughter drove down from {}.', 'We had just moved from {}.', 'My husband works in {} so I came on my own.']
AGE_TPLS = ['My mum is {} and was left on a trolley.', 'Dad ({}) was treated with great dignity.',
            "At {} he's not going to manage the stairs.", 'My nan is {} and sharp as a tack.',
            'Aged {} and still independent, thanks to you.', 'She is {} years young.',
            'My {}-year-old grandad was discharged at 11pm.', 'My {} year old mother was treated with such respect.',
            'Not bad for {}!', 'My aunt, who is {}, waited all day.']
AGE_WORDS = {90: 'ninety', 91: 'ninety-one', 92: 'ninety two', 93: 'ninety-three', 94: 'ninety four', 95: 'ninety-five',
             96: 'ninety six', 97: 'ninety-seven', 98: 'ninety eight', 99: 'ninety-nine', 100: 'a hundred',
             101: 'a hundred and one', 102: 'one hundred and two'}
OPEN_NAME = ['Dear {} and team,', 'To {},', 'FAO Sister {}', 'For the attention of {}:', 'Re: my dad {}',
             'Patient: {}', 'Dear {}', 'To {} and all on the unit', 'Re: {} (my mum)', 'Hi {}!!']


class Builder:
    def __init__(self, rng):
        self.r = rng
        self.g = Gen(rng)

    def c(self, s):
        return self.r.choice(s)

    def p(self, x):
        return self.r.random() < x

    def piece(self, kind, parts, tag, flags=()):
        return {'kind': kind, 'parts': parts, 'tag': tag, 'flags': set(flags)}

    def case_variant(self, parts, lower=0.12, upper=0.05):
        x = self.r.random()
        if x < lower:
            return recase(parts, 'lower')
        if x < lower + upper:
            return recase(parts, 'upper')
        return parts

    def N(self, value, tag):
        return E('NAME', value, tag)

    # ---- NAME forms
    def thank(self, where):
        tpls = {'start': THANK_START, 'mid': THANK_MID, 'end': THANK_END}[where]
        g, t = self.g.name_tpl(tpls)
        n = self.N(self.g.staff_name(g), 'first_' + where)
        parts = self.case_variant(fill(t, n))
        kind = 'start' if where == 'start' else ('end' if where == 'end' else 'body')
        return self.piece(kind, parts, 'thank_' + where)

    def thank_start(self):
        return self.thank('start')

    def thank_mid(self):
        return self.thank('mid')

    def thank_end(self):
        return self.thank('end')

    def name_list(self):
        t, k = self.c(LIST_TPLS)
        names, seen = [], set()
        while len(names) < k:
            x = self.r.random()
            if x < 0.60:
                v = self.g.first()
            elif x < 0.72:
                v = self.g.nick()
            elif x < 0.82:
                v = self.g.wordname()
            elif x < 0.90:
                v = self.g.full()
            else:
                v = self.g.c(UNISEX)
            if v in seen:
                continue
            seen.add(v)
            names.append(self.N(v, 'list'))
        parts = self.case_variant(fill(t, *names), 0.12, 0.06)
        return self.piece('body', parts, 'list')

    def role(self):
        t = self.c(ROLE_TPLS)
        role = self.c(ROLE_R)
        g = 'F' if '{R}' in t and role in ('Sister', 'Matron', 'Midwife', 'Student midwife') else self.g.gender()
        nm = self.g.staff_name(g) if '{R}' not in t or self.p(0.7) else self.g.surname(g=g)
        n = self.N(nm, 'role')
        t = t.replace('{R}', role).replace('{r}', self.c(ROLE_r))
        t = t.replace('{B}', self.c(ROLE_AFTER_BRACKET)).replace('{A}', self.c(ROLE_AFTER_PHRASE)).replace('{N}', '{}')
        parts = self.case_variant(fill(t, n), 0.15, 0.05)
        return self.piece('body', parts, 'role')

    def wordname(self):
        t = self.c(WORDNAME_TPLS)
        g = 'F' if 'she' in t or 'midwife' in t else ('M' if ' he ' in t else None)
        if t.count('{}') == 2 and '({})' in t:
            n = self.N(self.g.wordname(g), 'wordname')
            parts = fill(t, n, self.c(ROLE_AFTER_BRACKET))
        else:
            ns = []
            while len(ns) < t.count('{}'):
                v = self.g.wordname(g)
                if v not in [x[1] for x in ns]:
                    ns.append(self.N(v, 'wordname'))
            parts = fill(t, *ns)
        if t.startswith('{} was frank'):
            parts = fill(t, self.N(self.c(['Frank', 'Joy', 'Hope', 'Will', 'Dawn', 'Mercy']), 'wordname'))
        if t.startswith('{} was a joy'):
            parts = fill(t, self.N(self.c(['Joy', 'Precious', 'Sunny', 'Patience', 'Blessing']), 'wordname'))
        if not t.startswith(('{} was frank', '{} was a joy')):
            parts = self.case_variant(parts, 0.10, 0.04)
        return self.piece('body', parts, 'wordname')

    def title_surname(self):
        t, allowed = self.c(TITLE_TPLS)
        title = self.c(allowed or TITLE_SURNAME)
        if self.p(0.25):
            nm = self.g.initial_form()
        elif self.p(0.15):
            nm = self.g.full('F' if title in ('Mrs', 'Ms', 'Miss', 'Sister', 'Sr', 'Matron') else ('M' if title == 'Mr' else None))
        elif self.p(0.35):
            nm = self.c([x for x in SPECIAL_SURNAMES + PEOPLE['irish'][2] + PEOPLE['scots'][2]
                         if re.match(r"(Mc|Mac|O'|Ó |Ní |ap |de |van |da |du |le |St |D')", x)])
            if title in ('Mr', 'Dr', 'Prof', 'Professor') and nm.startswith('Ní '):
                nm = 'Ó ' + nm[3:]
        else:
            nm = self.g.surname()
        parts = fill(t.replace('{T}', title).replace('{S}', '{}'), self.N(nm, 'title'))
        parts = self.case_variant(parts, 0.10, 0.08)
        kind = 'open' if t.startswith('FAO') else 'body'
        return self.piece(kind, parts, 'title')

    def initials(self):
        x = self.r.random()
        if x < 0.25:
            # "J.P." standalone: the final full stop stays outside the span.
            ini = self.c(['J.P', 'A.J', 'T.J', 'D.J', 'K.T', 'P.J', 'C.J'])
            t = self.c(['{}. on nights was great', 'Thank you to {}. the porter.', '{}. (HCA) was so funny.',
                        'Ask for {}. in pharmacy.'])
            parts = fill(t, self.N(ini, 'initials'))
        elif x < 0.45:
            ini = self.c(['JP', 'AJ', 'TJ', 'DJ', 'KT', 'PJ', 'CJ', 'MJ'])
            t = self.c(['{} the driver was brilliant.', 'Thanks {} x', '{} on reception sorted it.', 'The porter {} made me laugh.'])
            parts = fill(t, self.N(ini, 'initials'))
        else:
            nm = self.g.initial_form()
            t = self.c(['Dr {} was very kind.', 'Seen by Mr {} who explained everything.', 'Consultant: Dr {}',
                        'Thank you Dr {}.', 'Miss {} did my operation and it went perfectly.', 'Dr {} (registrar) was great',
                        'Signed, {}'])
            parts = fill(t, self.N(nm, 'initials'))
        parts = self.case_variant(parts, 0.05, 0.05)
        return self.piece('body', parts, 'initials')

    def nickname(self):
        g = self.g.gender()
        n = self.N(self.g.nick(g), 'nick')
        t = self.c(['{} the driver had us in stitches.', 'Big {} on the door was a gent.', '{} on reception is a legend.',
                    'Ask for {}.', 'Cheers {}', '{} ({}) was ace.', 'Shout out to {} on the ambulance.', 'Thanks {} x',
                    'Nice one {}!', '{} was a top bloke.' if g == 'M' else '{} was a star.',
                    "{} in pharmacy knows her stuff." if g == 'F' else "{} in pharmacy knows his stuff."])
        if t.count('{}') == 2:
            parts = fill(t, n, self.c(ROLE_AFTER_BRACKET))
        else:
            parts = fill(t, n)
        parts = self.case_variant(parts, 0.18, 0.05)
        return self.piece('body', parts, 'nick')

    def possessive(self):
        t = self.c(POSSESSIVE_TPLS)
        k = t.count('{}')
        if "{}'" in t and "{}'s" not in t:  # s' form: a name ending in s
            v = self.c(['Chris', 'Jess', 'Dafydd Rees', 'Agnes', 'Thomas', 'Lucas', 'Ines', 'Kerry-Ann Jennings', 'Jules',
                        'Tomas', 'Darius', 'Frances', 'Mags', 'Abdirahman Idris'])
            v = {'Dafydd Rees': 'Rees', 'Kerry-Ann Jennings': 'Jennings', 'Abdirahman Idris': 'Idris'}.get(v, v)
            parts = fill(t, self.N(v, 'possessive'))
        elif k == 2:
            v = self.g.first('F')
            parts = fill(t, self.N(v, 'mention'), self.N(v, 'possessive'))
        else:
            g = 'F' if 'she' in t or 'daughter' in t or 'Sister' in t else ('M' if 'son' in t else None)
            v = self.g.surname() if ('Dr {}' in t or 'Sister {}' in t) and self.p(0.7) else self.g.first(g)
            parts = fill(t, self.N(v, 'possessive'))
        if self.p(0.12):
            parts = recase(parts, 'lower')
        return self.piece('body', parts, 'possessive')

    def verb(self):
        g, t = None, self.c(VERB_TPLS)
        if ' she ' in t or 'she ' in t:
            g = 'F'
        elif ' he ' in t or 'he will' in t:
            g = 'M'
        n = self.N(self.g.staff_name(g) if self.p(0.8) else self.g.wordname(g), 'verb')
        parts = self.case_variant(fill(t, n), 0.15, 0.05)
        return self.piece('body', parts, 'verb')

    def relative(self):
        t, g, rels = self.c(RELATIVE_TPLS)
        if rels == W('boy|girl'):
            rel = self.c(rels)
            g = 'M' if rel == 'boy' else 'F'
        else:
            g = g or self.g.gender()
            pool = RELATIVE_M if g == 'M' else RELATIVE_F
            if rels:
                pool = [x for x in pool if x in rels] or rels
            rel = self.c(pool)
            if rel in ('boy', 'little boy', 'son', 'grandson', 'nephew', 'brother', 'stepson'):
                g = 'M'
        nm = self.g.first(g) if self.p(0.8) else self.g.full(g)
        t = t.replace('{rel}', rel).replace('{N}', '{}')
        parts = self.case_variant(fill(t, self.N(nm, 'relative')), 0.15, 0.03)
        return self.piece('body', parts, 'relative')

    def fullname_staff(self):
        g = self.g.gender()
        nm = self.g.full(g)
        t = self.c(['{} the ward sister was excellent.', 'Thank you {} (Staff Nurse).', 'Dr {} was fantastic.',
                    '{}, Senior Physiotherapist, was brilliant.', 'I would like to nominate {} for an award.',
                    'The crew were {} and {}.', 'Thanks to {} in the discharge lounge.', 'Please pass on to {}.',
                    '{} from the memory clinic rang me back within the hour.', 'Care coordinator: {}'])
        if t.count('{}') == 2:
            nm2 = self.g.full()
            parts = fill(t, self.N(nm, 'full'), self.N(nm2, 'full'))
        else:
            parts = fill(t, self.N(nm, 'full'))
        parts = self.case_variant(parts, 0.08, 0.08)
        kind = 'end' if t.startswith('Care coordinator') else 'body'
        return self.piece(kind, parts, 'full')

    def patient_sign(self):
        t = self.c(SIGN_TPLS)
        x = self.r.random()
        if 'Sent on behalf of my dad' in t:
            x = min(x, 0.55)
        g = 'F' if '(Mrs)' in t else ('M' if 'Mr' in t or 'my dad' in t else None)
        if 'Mr {}' in t:
            nm = self.c([self.g.surname(), self.g.initial_form(), self.g.full('M')])
        elif x < 0.6 or '(M' in t:
            nm = self.g.full(g) if x < 0.8 else self.g.initial_form()
        elif x < 0.8:
            nm = self.g.first(g)
        else:
            nm = self.g.initial_form()
        parts = [E('NAME', nm, 'patient_sign')]
        parts = fill(t, parts)
        flags = []
        # sometimes a couple, or extra lines with address / phone / email
        y = self.r.random()
        if y < 0.12 and '\n' in t and '(M' not in t and 'Mr' not in t:
            sn = self.g.surname(g='N')
            a, b = self.g.first('F'), self.g.first('M')
            parts = fill(t.replace('{}', '{} & {}'), self.N(a, 'patient_sign'), self.N(b + ' ' + sn, 'patient_sign'))
        elif y < 0.30:
            addr = self.address(style=self.c(['lines', 'commas', 'pc_next']))
            parts = parts + ['\n', addr]
        elif y < 0.40:
            parts = parts + ['\n' + self.c(['Tel ', 'Mob: ', '', 'Phone - ']), E('PHONE', self.g.phone(), 'sign')]
        elif y < 0.48:
            parts = parts + ['\n', E('EMAIL', self.g.email_from(nm), 'sign')]
        parts = self.case_variant(parts, 0.06, 0.08)
        return self.piece('sign', parts, 'patient_sign', flags)

    def opener_name(self):
        t = self.c(OPEN_NAME)
        if 'Sister' in t:
            nm = self.g.surname() if self.p(0.6) else self.g.first('F')
        elif 'my dad' in t:
            nm = self.g.full('M')
        elif 'my mum' in t or 'Patient' in t:
            nm = self.g.full('F' if 'mum' in t else None)
        else:
            nm = self.g.staff_name()
        parts = fill(t, self.N(nm, 'opener'))
        parts = self.case_variant(parts, 0.08, 0.06)
        return self.piece('open', parts, 'opener')

    # ---- ADDRESS forms
    def street(self, region='eng'):
        if region == 'sco':
            return self.c(SCOT_STREETS)
        if region == 'wal' and self.p(0.6):
            return self.c(WELSH_STREETS)
        if region == 'ni' and self.p(0.7):
            return self.c(NI_STREETS)
        if self.p(0.3):
            return self.c(WORD_STREETS)
        full, abbr = self.c(STREET_TYPES)
        x = self.r.random()
        if x < 0.15:
            st = abbr
        elif x < 0.25 and full in SLIPS:
            st = self.c(SLIPS[full])
        else:
            st = full
        return self.c(STREET_STEMS) + ' ' + st

    def housenum(self):
        n = self.r.randint(1, 240)
        x = self.r.random()
        if x < 0.10:
            return str(n) + self.c('abcAB')
        if x < 0.16:
            return '%d-%d' % (n, n + self.c([2, 4]))
        if x < 0.22:
            return self.c(['No. ', 'No ', 'no.', 'Number ']) + str(n)
        return str(n)

    def place(self, region=None):
        region = region or self.r.choices(['eng', 'vil', 'sco', 'wal', 'ni', 'us'], [58, 13, 10, 9, 6, 4])[0]
        if region == 'eng':
            t, county, outs = self.c(ENG_TOWNS)
            return region, [t], county, outs
        if region == 'vil':
            v, pt, county, outs = self.c(VILLAGES)
            return region, [v, pt] if v != pt and pt != county else [v], county, outs
        if region == 'sco':
            t, county, outs = self.c(SCOT_TOWNS)
            return region, [t], county, outs
        if region == 'wal':
            t, county, outs = self.c(WAL_TOWNS)
            return region, [t], county, outs
        if region == 'ni':
            t, county, outs = self.c(NI_TOWNS)
            return region, [t], county, outs
        city, state, z = self.c(US_CITIES)
        return region, [city], state, z

    def address(self, style=None, region=None):
        """Return an ADDRESS entity tuple, written in one of many layouts."""
        region, towns, county, outs = self.place(region)
        style = style or self.r.choices(['commas', 'lower', 'caps', 'nocomma', 'slash', 'semi', 'pc_next', 'lines',
                                         'pc_space', 'mixed'], [30, 12, 6, 6, 5, 4, 10, 10, 8, 9])[0]
        if region == 'us':
            num = str(self.r.randint(100, 19999))
            st = self.c(US_STREETS)
            unit = self.c(['', '', ' Apt ' + str(self.r.randint(1, 30)) + self.c(['', 'B', 'C']), ' Unit ' + str(self.r.randint(1, 12)),
                           ' #' + str(self.r.randint(100, 450))])
            z = self.g.zipcode(outs)
            lay = 'line' if style in ('lines', 'pc_next') else self.c(['comma', 'comma', 'plain'])
            if lay == 'comma':
                v = '%s %s%s, %s, %s %s' % (num, st, unit, towns[0], county, z)
            elif lay == 'line':
                v = '%s %s%s\n%s, %s %s' % (num, st, unit, towns[0], county, z)
            else:
                v = '%s %s%s %s %s %s' % (num, st, unit, towns[0], county, z)
            return E('ADDRESS', v, 'us')
        street = self.street(region)
        num = self.housenum()
        pc = self.g.postcode(outs) if self.p(0.7) else ''
        head = []
        x = self.r.random()
        if x < 0.10:
            head = ['Flat ' + str(self.r.randint(1, 40)) + self.c(['', '', 'a', 'B'])]
        elif x < 0.15:
            head = ['Flat ' + self.c(['1/1', '2/1', '0/2', '3/2', '1/2']) if region == 'sco' else 'Flat ' + self.c('ABCD'),
                    ]
        elif x < 0.19:
            head = [self.c(['Apartment ', 'Apt ']) + str(self.r.randint(1, 60)), self.c(BLOCKS)]
            if self.p(0.5):
                num = ''
        elif x < 0.29:
            head = [self.c(HOUSE_NAMES)]
            if self.p(0.5):
                num = ''
        elif x < 0.34:
            head = ['Room ' + str(self.r.randint(1, 40)), self.c(CARE_HOMES)]
            if self.p(0.6):
                num = ''
        elif x < 0.37:
            head = [self.c(['Ground floor flat', 'First floor flat', 'Basement flat', 'Top flat'])]
        elif x < 0.40:
            head = ['Unit ' + str(self.r.randint(1, 20)) + self.c(['', 'A', 'c'])]
        line1 = (num + ' ' + street) if num else street
        if num.startswith(('No', 'no', 'Number')) and self.p(0.5):
            line1 = num + ' ' + street
        bits = head + [line1] + list(towns)
        if self.p(0.45) and county not in towns:
            bits.append(county)
        if style in ('pc_next', 'lines') and not pc:
            pc = self.g.postcode(outs)
        if style == 'commas':
            v = ', '.join(bits) + ((self.c([', ', ' ', ',  ']) + pc) if pc else '')
        elif style == 'lower':
            v = ' '.join(b.replace(',', '') for b in bits).lower() + (' ' + pc.lower() if pc else '')
        elif style == 'caps':
            v = ', '.join(bits).upper() + (', ' + pc if pc else '')
        elif style == 'nocomma':
            v = ' '.join(bits) + (' ' + pc if pc else '')
        elif style == 'slash':
            v = ' / '.join(bits + ([pc] if pc else []))
        elif style == 'semi':
            v = '; '.join(bits + ([pc] if pc else []))
        elif style == 'pc_next':
            v = ', '.join(bits) + '\n' + pc
        elif style == 'lines':
            v = '\n'.join(bits + [pc])
        elif style == 'pc_space':
            v = ', '.join(bits) + ' ' + (pc or self.g.postcode(outs))
        else:  # mixed: lower street, no space in postcode
            v = ', '.join(bits[:-1]).lower() + ', ' + bits[-1] + (' ' + pc.replace(' ', '') if pc else '')
        return E('ADDRESS', v, region + ':' + style)

    def narrative_address(self):
        region, towns, county, outs = self.place(self.c(['eng', 'eng', 'eng', 'vil', 'sco', 'wal', 'ni']))
        street = self.street(region)
        town = towns[-1] if region == 'vil' and self.p(0.3) else towns[0]
        form = self.r.random()
        if form < 0.35:
            v = street + ' in ' + town
        elif form < 0.6:
            v = street + ', ' + town
        elif form < 0.8:
            v = self.c(['number ', 'no ', '']) + str(self.r.randint(1, 180)) + ' ' + street + ' in ' + town
        else:
            v = street + ', off ' + self.street(region) + ', ' + town
        t = self.c(NARRATIVE_ADDR)
        parts = fill(t, E('ADDRESS', v, 'narrative'))
        parts = self.case_variant(parts, 0.12, 0.0)
        return self.piece('body', parts, 'address_narrative')

    def address_piece(self):
        if self.p(0.2):
            t = self.c(ADDRESS_END_BLOCK)
            a = self.address(style=self.c(['lines', 'lines', 'pc_next', 'commas', 'caps', 'lines']) if '\n' in t else None)
            return self.piece('end', fill(t, a), 'address_block')
        t = self.c(ADDRESS_TPLS)
        at_end = t.endswith(('{}.', '{}'))
        styles = ['commas', 'lower', 'caps', 'nocomma', 'slash', 'semi', 'pc_space', 'mixed'] + (['pc_next'] if at_end else [])
        weights = [30, 12, 6, 6, 5, 4, 8, 9] + ([12] if at_end else [])
        a = self.address(style=self.r.choices(styles, weights)[0])
        if '\n' in a[1] and t.endswith('{}.'):
            t = t[:-1]
        parts = fill(t, a)
        if a[2].endswith(':lower') and self.p(0.5):
            parts = recase(parts, 'lower')
        if self.p(0.15) and '\n' not in a[1]:
            # in brackets, mid-sentence
            who = self.c(['Dad', 'Mum', 'My aunt', 'Grandad', 'My neighbour', 'The patient'])
            parts = [who + ' ('] + [a] + [') ' + self.c(['waited three hours for transport.', 'was sent home at 2am.',
                                                          'still has not had the follow-up letter.',
                                                          'was told someone would visit and nobody did.'])]
        return self.piece('body', parts, 'address')

    # ---- numbers
    def hosp_piece(self):
        t = self.c(HOSP_TPLS)
        i, v = self.g.hosp_number()
        if i == 20:
            t = self.c(['Ref #{}', 'Hosp# {}', 'case #{}', 'Patient #{}'])
        if self.p(0.12):
            v = v.lower()
        parts = fill(t, E('HOSPITAL_NUMBER', v, 'fmt%02d' % i))
        kind = 'start' if t.startswith('Re:') else 'body'
        if self.p(0.2) and not t.startswith(('Re:', '(')):
            # a name with it
            lead = self.c(['Re: {}, ', 'Patient {} - ', 'Patient name {}. ', 'On behalf of my dad {}: ', 'Mum is {}, '])
            nm = self.g.full('M' if 'dad' in lead else ('F' if 'Mum' in lead else None))
            if isinstance(parts[0], str) and re.match(r'[A-Z][a-z]', parts[0]) and not lead.endswith('. '):
                parts = [parts[0][0].lower() + parts[0][1:]] + parts[1:]
            parts = fill(lead, self.N(nm, 'with_number')) + parts
            kind = 'start' if lead.startswith('Re') else 'body'
        if self.p(0.1):
            parts = recase(parts, 'upper')
        return self.piece(kind, parts, 'hosp')

    def two_hosp(self):
        i1, v1 = self.g.hosp_number()
        i2, v2 = self.g.hosp_number()
        t = self.c(['The sticker on my file said {} but my number is {}.', 'I was given {} at the desk and {} on the letter, which is it?',
                    'Two different refs ({} and {}) for the same appointment!'])
        return self.piece('body', fill(t, E('HOSPITAL_NUMBER', v1, 'fmt%02d' % i1), E('HOSPITAL_NUMBER', v2, 'fmt%02d' % i2)), 'hosp2')

    def dob_piece(self):
        y, m, d = self.g.date_parts(*self.c([(1926, 1948), (1950, 1999), (2010, 2022)]))
        v = self.g.dob_string(y, m, d)
        t = self.c(DOB_TPLS)
        parts = fill(t, E('DATE_OF_BIRTH', v, 'dob'))
        if self.p(0.4) and not t.startswith(('He ', '(')):
            nm = self.g.full()
            if isinstance(parts[0], str) and re.match(r'[A-Z][a-z]', parts[0]) and not parts[0].startswith(('Date', 'DoB')):
                parts = [parts[0][0].lower() + parts[0][1:]] + parts[1:]
            parts = fill(self.c(['{}, ', 'Patient: {} ', 'Name {} ', 'Re {} - ']), self.N(nm, 'with_dob')) + parts
        return self.piece('body', parts, 'dob', ['dob'])

    def phone_piece(self):
        t = self.c(PHONE_TPLS)
        if 'daughter' in t and self.p(0.6):
            rel = self.c(['daughter', 'son', 'wife', 'husband', 'neighbour'])
            g = 'M' if rel in ('son', 'husband') else ('F' if rel != 'neighbour' else None)
            parts = fill(self.c(['You can reach my %s {} on {}.', 'Please ring my %s, {}, on {}', 'My %s {} is on {} if I miss the call.']) % rel,
                         self.N(self.g.first(g), 'with_phone'), E('PHONE', self.g.phone(), 'phone'))
        else:
            parts = fill(t, E('PHONE', self.g.phone(landline='landline' in t or 'Home phone' in t), 'phone'))
        return self.piece('body', parts, 'phone')

    def email_piece(self):
        if self.p(0.5):
            nm = self.g.full()
            parts = fill(self.c(['{} - {}', 'From {} ({})', '{}\n{}']), self.N(nm, 'with_email'), E('EMAIL', self.g.email_from(nm), 'email'))
            return self.piece('sign', parts, 'email_sign')
        parts = fill(self.c(EMAIL_TPLS), E('EMAIL', self.g.email_from(), 'email'))
        return self.piece('body', parts, 'email')

    def nhs_piece(self):
        parts = fill(self.c(NHS_TPLS), E('NHS_NUMBER', self.g.nhs_number(), 'nhs'))
        if self.p(0.4):
            y, m, d = self.g.date_parts(1930, 1995)
            parts = fill(self.c(['{} (DOB {}), ', 'Name: {}, d.o.b {}, ']), self.N(self.g.full(), 'with_nhs'),
                         E('DATE_OF_BIRTH', self.g.dob_string(y, m, d), 'dob')) + parts
            return self.piece('body', parts, 'nhs', ['nhs', 'dob'])
        return self.piece('body', parts, 'nhs', ['nhs'])

    def postcode_piece(self):
        region, towns, county, outs = self.place(self.c(['eng', 'eng', 'vil', 'sco', 'wal', 'ni']))
        pc = self.g.postcode(outs)
        if self.p(0.25):
            pc = self.c([pc.lower(), pc.replace(' ', '')])
        return self.piece('body', fill(self.c(POSTCODE_TPLS), E('POSTCODE', pc, 'postcode')), 'postcode')

    def zip_piece(self):
        city, state, z = self.c(US_CITIES)
        t = self.c(['My sister is over in {} (zip {}) and wants updates.', 'Send the forms to my son in {}, {}.',
                    'We were visiting from {} (ZIP {}).'])
        if '{}, {}' in t:
            parts = fill('Send the forms to my son in {}, ' + state + ' {}.', E('TOWN', city, 'us'), E('ZIP', self.g.zipcode(z), 'zip'))
        else:
            parts = fill(t, E('TOWN', city, 'us'), E('ZIP', self.g.zipcode(z), 'zip'))
        return self.piece('body', parts, 'zip', ['zip'])

    def url_piece(self):
        who = re.sub(r'[^a-z]+', '-', ascii_fold(self.g.first()).lower()).strip('-')
        slug = self.c(['our-story', 'mums-journey', 'in-memory-of-' + who, 'ward-%d-party' % self.r.randint(1, 30), 'fundraiser/' + who,
                       'thank-you-nhs', 'blog/%d/%02d/recovery' % (self.r.randint(2019, 2023), self.r.randint(1, 12)),
                       'fundraising/' + who + '-walk', 'p/' + self.g.letters(6).lower(), 'stories/' + who])
        host = self.c(['https://www.example.org/', 'http://example.com/', 'www.example.net/', 'example.org/', 'https://example.com/pages/',
                       'https://blog.example.net/', 'https://fundraise.example.com/'])
        tail = self.c(['', '', '?ref=fft', '#photos', '?id=' + self.g.digits(5), '/', '?utm_source=share'])
        v = host + slug + tail
        if v.endswith('/'):
            v = v[:-1]
        return self.piece('end', fill(self.c(URL_TPLS), E('URL', v, 'url')), 'url')

    def date_piece(self):
        return self.piece('body', fill(self.c(DATE_TPLS), E('DATE', self.g.care_date(), 'date')), 'date')

    def town_piece(self):
        x = self.r.random()
        if x < 0.5:
            v = self.c(ENG_TOWNS + SCOT_TOWNS + WAL_TOWNS + NI_TOWNS)[0]
        elif x < 0.6:
            v = self.c(US_CITIES)[0]
        else:
            v = self.c(ABROAD)
        return self.piece('body', fill(self.c(TOWN_TPLS), E('TOWN', v, 'town')), 'town')

    def age_piece(self):
        a = self.r.randint(90, 102)
        t = self.c(AGE_TPLS)
        v = AGE_WORDS[a] if (self.p(0.35) and '-year-old' not in t and 'year old' not in t and '({})' not in t) else str(a)
        if t.startswith('She is') and not v.isdigit():
            t = 'She is {} and they treated her like a queen.'
        return self.piece('body', fill(t, E('AGE_OVER_89', v, 'age')), 'age')

    def combo_piece(self):
        """Date + town + age in one sentence; or a date with a hospital number."""
        if self.p(0.5):
            a = self.r.randint(90, 101)
            v = self.c(ENG_TOWNS + WAL_TOWNS)[0]
            parts = fill('My {}-year-old dad travelled from {} on {} and was seen within the hour.',
                         E('AGE_OVER_89', str(a), 'age'), E('TOWN', v, 'town'), E('DATE', self.g.care_date(), 'date'))
        else:
            i, hn = self.g.hosp_number()
            parts = fill('Attended {} (hosp no {}) and was sent home without the results.',
                         E('DATE', self.g.care_date(), 'date'), E('HOSPITAL_NUMBER', hn, 'fmt%02d' % i))
        return self.piece('body', parts, 'combo')

    def decoy_piece(self):
        return self.piece('decoy', [self.c(DECOYS)], 'decoy')


# ---------------------------------------------------------------------------------------------
# In-place insertions into the original comment (names after a person phrase, an age before
# "mum/nan/dad", a town after "the hospital"). Nothing of the original is changed or removed.
# ---------------------------------------------------------------------------------------------
NEXT_OK = set(W('were|was|are|is|have|has|had|who|that|on|in|at|did|made|came|took|got|and|for|to|from|kept|helped|'
                'explained|could|would|should|do|does|all|i|we|they|said|told|gave|always|really|very|so|throughout|'
                'today|there|here|with|as|when|but|went|put|listened|seemed|treated|looked|will|can|arrived|'
                'dealt|knew|showed|took|tried|understood|also|again|too|both|again'))
ANCHORS = [
    # (regex, gender, kind)
    (r'\bthe staff\b', None, 'group'), (r'\bthe nurses\b', None, 'group'), (r'\bthe team\b', None, 'group'),
    (r'\bthe crew\b', None, 'group'), (r'\bthe paramedics\b', None, 'group'), (r'\bthe drivers\b', None, 'group'),
    (r'\bthe doctors\b', None, 'group'), (r'\bthe driver\b', '?', 'one'), (r'\bthe nurse\b', '?', 'one'),
    (r'\bthe paramedic\b', '?', 'one'), (r'\bthe therapist\b', '?', 'one'), (r'\bthe health visitor\b', '?', 'one'),
    (r'\bthe physio\b', '?', 'one'), (r'\bthe receptionist\b', '?', 'one'), (r'\bthe doctor\b', '?', 'one'),
    (r'\bthe consultant\b', '?', 'title'), (r'\bthe lady\b', 'F', 'one'), (r'\bthe young lady\b', 'F', 'one'),
    (r'\bthe gentleman\b', 'M', 'one'),
    (r'\bmy husband\b', 'M', 'rel'), (r'\bmy wife\b', 'F', 'rel'), (r'\bmy son\b', 'M', 'rel'),
    (r'\bmy daughter\b', 'F', 'rel'), (r'\bmy mum\b', 'F', 'rel'), (r'\bmy mother\b', 'F', 'rel'),
    (r'\bmy dad\b', 'M', 'rel'), (r'\bmy father\b', 'M', 'rel'), (r'\bmy partner\b', None, 'rel'),
]


def pronoun_gender(text):
    t = ' ' + re.sub(r"[^a-z']", ' ', text.lower()) + ' '
    f = sum(t.count(' %s ' % w) for w in ('she', 'her', 'hers', 'herself'))
    m = sum(t.count(' %s ' % w) for w in ('he', 'him', 'his', 'himself'))
    if f and not m:
        return 'F'
    if m and not f:
        return 'M'
    if m and f:
        return 'X'
    return None


def find_anchors(text):
    out = []
    for rx, g, kind in ANCHORS:
        for m in re.finditer(rx, text, flags=re.I):
            end = m.end()
            rest = text[end:]
            nxt = re.match(r"\s*([A-Za-z']+|[.,!;:]|$)", rest)
            tok = nxt.group(1).lower() if nxt else ''
            if rest.startswith("'s") or rest.startswith('’s'):
                tok = "'s"
            elif tok not in NEXT_OK and tok not in ('.', ',', '!', ';', ':', ''):
                continue
            # "the team" after "the staff" etc. and not inside longer phrases ("the staff nurse")
            out.append((m.start(), end, m.group(0), g, kind, tok))
    out.sort()
    return out


def inplace_name(b, text, anchor):
    """Insertion (index, parts) for a name after an anchor phrase."""
    start, end, phrase, g, kind, tok = anchor
    r = b.r
    pg = pronoun_gender(text)
    if g == '?':
        g = pg if pg in ('F', 'M') else None
        if pg == 'X':
            g = 'U'
    if kind == 'group':
        if tok == "'s":
            return None
        singular_ok = phrase.lower() in ('the staff', 'the team')
        k = r.choice([1, 1, 2, 2, 3] if singular_ok else [2, 2, 2, 3])
        names, seen = [], set()
        while len(names) < k:
            v = b.g.staff_name() if r.random() < 0.85 else b.g.wordname()
            if v not in seen:
                seen.add(v)
                names.append(E('NAME', v, 'inplace_group'))
        if k == 1:
            inner = fill('{}', *names)
        if tok in ('.', '!', ''):
            form = r.choice([', especially ', ' (', ', in particular '])
        else:
            form = r.choice([' (', ', especially ', ' - ', ' ('])
        if k == 2:
            inner = fill(r.choice(['{} and {}', '{} & {}'] + (['{}/{}', '{} + {}'] if form == ' (' else [])), *names)
        elif k == 3:
            inner = fill(r.choice(['{}, {} and {}', '{}, {} & {}'] + (['{}, {}, {}', '{}/{}/{}'] if form == ' (' else [])), *names)
        if form == ' (':
            parts = [' ('] + inner + [')']
        elif form == ' - ':
            parts = [' - '] + inner + [' -']
        else:
            parts = [form] + inner + ([','] if tok not in ('.', '!', '', ',', ';', ':') else [])
        if r.random() < 0.12:
            parts = recase(parts, 'lower')
        return end, parts
    if kind == 'title':
        nm = b.g.surname()
        parts = [', ' + r.choice(['Dr', 'Mr', 'Miss', 'Dr']) + ' ', E('NAME', nm, 'inplace_title')] + ([','] if tok not in ('.', '!', '', ',', ';', ':') else [])
        return end, parts
    if g == 'U':
        nm = r.choice(UNISEX)
    elif kind == 'rel' and phrase.lower().endswith('partner'):
        nm = b.g.first(pg if pg in ('F', 'M') else None)
    else:
        nm = b.g.first(g) if r.random() < 0.85 else (b.g.nick(g) if g else b.g.first(g))
    if tok == "'s":
        return end, [' ', E('NAME', nm, 'inplace_possessive')]
    if kind == 'rel' and r.random() < 0.2:
        nm = b.g.full(g if g in ('F', 'M') else None)
    style = r.random()
    n = E('NAME', nm, 'inplace_' + kind)
    if tok in (',', '.', '!', ';', ':', ''):
        parts = [r.choice([' ', ', ', ' ('])]
        if parts[0] == ' (':
            parts += [n, ')']
        else:
            parts += [n]
    elif style < 0.4:
        parts = [' ', n]
    elif style < 0.75:
        parts = [', ', n, ',']
    else:
        parts = [' (', n, ')']
    if r.random() < 0.12:
        parts = recase(parts, 'lower')
    return end, parts


def inplace_age(b, text):
    m = re.search(r'\bmy (mum|mother|dad|father|nan|grandad|gran|grandma|grandmother|grandfather|aunt|uncle)\b', text, flags=re.I)
    if not m:
        return None
    a = b.r.randint(90, 101)
    idx = m.start(1)
    form = b.r.choice(['{} year old ', '{}-year-old ', '{} yr old ', '{}yo '])
    return idx, fill(form, E('AGE_OVER_89', str(a), 'inplace_age'))


def inplace_town(b, text):
    m = re.search(r'\b(the hospital|hospital)\b', text, flags=re.I)
    if not m:
        return None
    rest = text[m.end():]
    nxt = re.match(r"\s*([A-Za-z']+|[.,!;:]|$)", rest)
    tok = nxt.group(1).lower() if nxt else ''
    if tok not in NEXT_OK and tok not in ('.', ',', '!', ''):
        return None
    v = b.c([t[0] for t in ENG_TOWNS + SCOT_TOWNS + WAL_TOWNS + NI_TOWNS])
    return m.end(), [' in ', E('TOWN', v, 'inplace_town')]


# ---------------------------------------------------------------------------------------------
# Reading and filtering the comments
# ---------------------------------------------------------------------------------------------
MONTH_RE = re.compile(r'\b(january|february|march|april|may|june|july|august|september|october|november|december|'
                      r'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|'
                      r'saturday|sunday|christmas|easter)\b', re.I)
TITLE_CAP_RE = re.compile(r'\b(dr|mr|mrs|ms|miss|nurse|sister|doctor|prof|matron|sr)\.?\s+[A-Z]', re.I)


def norm_text(t):
    t = re.sub(r'\s+', ' ', t.lower()).strip()
    return re.sub(r'[\s.!?,;:]+$', '', t)


def load_comments(fft_dir):
    p1 = os.path.join(fft_dir, 'fft_phase1.csv')
    p2 = os.path.join(fft_dir, 'fft_phase2_v6framework.csv')
    rows = []
    with open(p1, newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            rows.append(('fft1:' + r['row_index'], 1, r['row_index'], (r['feedback'] or '').strip()))
    with open(p2, newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            rows.append(('fft2:' + r['Comment ID'], 2, r['Comment ID'], (r['FFT answer'] or '').strip()))
    return rows


def id_ok_for_set11(phase, key):
    """Keeps this set apart from development set 12 (built at the same time)."""
    if phase == 1:
        return int(key) % 2 == 0
    last = key[-1:].lower()
    return last in '02468' or ('a' <= last <= 'm')


def clean_filter(rows, excluded, own_words):
    lower_vocab = set()
    for _, _, _, t in rows:
        for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", t):
            if w[0].islower():
                lower_vocab.add(w.lower())
    idcount = collections.Counter(r[0] for r in rows)
    seen_text = set()
    kept = []
    reasons = collections.Counter()
    for rid, phase, key, t in rows:
        if idcount[rid] > 1:
            reasons['duplicate id'] += 1
            continue
        if not id_ok_for_set11(phase, key):
            reasons['kept for set 12'] += 1
            continue
        if rid in excluded:
            reasons['excluded id'] += 1
            continue
        if not (4 <= len(t) <= 600):
            reasons['length'] += 1
            continue
        nt = norm_text(t)
        if nt in seen_text:
            reasons['repeated text'] += 1
            continue
        seen_text.add(nt)
        why = None
        if re.search(r'[*@#|\[\]()<>{}_~^\\]', t):
            why = 'symbols/brackets'
        elif re.search(r'https?:|www\.|\.com|\.org|\.co\.uk|\.net|\.nhs', t, re.I):
            why = 'link'
        elif re.search(r'xxx|redact|\bref\b|\bno\.', t, re.I):
            why = 'marker/ref'
        elif re.search(r'\d{3,}|\d+[/.:-]\d+', t):
            why = 'digits'
        elif re.search(r'\b(9\d|1\d\d)\b|ninety|hundred', t, re.I):
            why = 'age-like number'
        elif MONTH_RE.search(t):
            why = 'date word'
        elif TITLE_CAP_RE.search(t):
            why = 'title + capital'
        elif re.search(r'\b[A-Za-z][a-z]*[A-Z][a-z]', t) or 'wIth' in t:
            why = 'case artefact'
        else:
            sent_start = True
            for m in re.finditer(r"[A-Za-z][A-Za-z'’\-]*|[.!?\n]", t):
                w = m.group(0)
                if w in '.!?\n':
                    sent_start = True
                    continue
                if w[0].isupper() and len(w) > 1:
                    base = w.lower().rstrip("'’")
                    if base.endswith("'s") or base.endswith('’s'):
                        base = base[:-2]
                    if w not in ('I', "I'm", "I've", "I'd", "I'll") and base not in lower_vocab and w.lower() not in lower_vocab:
                        why = 'capitalised word never in lower case'
                        break
                    if w in ALL_WORD_NAMES or base.capitalize() in ALL_WORD_NAMES:
                        why = 'word-like name capitalised'
                        break
                    if not sent_start and (w in own_words or base.capitalize() in own_words):
                        why = 'own list word mid-sentence'
                        break
                sent_start = False
        if why:
            reasons[why] += 1
            continue
        kept.append((rid, phase, key, t))
    return kept, reasons


def own_word_set():
    ws = set()
    for f, m, s in PEOPLE.values():
        for n in f + m + s:
            ws.update(n.split())
    for lst in (UNISEX, NICK_F, NICK_M, SPECIAL_SURNAMES, HYPHEN_FIRST_F, HYPHEN_FIRST_M):
        for n in lst:
            ws.update(n.split())
    for t in ENG_TOWNS + SCOT_TOWNS + WAL_TOWNS + NI_TOWNS:
        ws.update(t[0].split())
    for v in VILLAGES:
        ws.update(v[0].split())
        ws.update(v[1].split())
    for c in US_CITIES:
        ws.update(c[0].split())
    for a in ABROAD:
        ws.update(a.split())
    ws.update(STREET_STEMS)
    return {w for w in ws if len(w) > 3}


# ---------------------------------------------------------------------------------------------
# Assembly and checks
# ---------------------------------------------------------------------------------------------
def ends_sentence(s):
    s = s.rstrip()
    return bool(s) and s[-1] in '.!?)'


def assemble(rec):
    """Build the text from the original and the planted pieces; return text, entities, restored original, mask."""
    r = rec['rng']
    segs = []  # (text or entity tuple, planted?)

    def last_seg():
        for p, _ in reversed(segs):
            if isinstance(p, str):
                if p.strip():
                    return p
            else:
                return p
        return None

    def add_sep(sep, nxt_parts, is_open=False):
        """Add a separator; never leave two details of one type with whitespace alone between them."""
        last = last_seg()
        first = nxt_parts[0] if nxt_parts else None
        if sep.strip() == '' and not isinstance(last, str) and last is not None and first is not None \
                and not isinstance(first, str) and first[0] == last[0]:
            sep = (',' if last[0] == 'NAME' and is_open else '.') + sep
        segs.append((sep, True))

    def add_parts(parts):
        for p in parts:
            segs.append((p, True))

    heads = rec['open'] + rec['start']
    for i, pc in enumerate(heads):
        if i:
            prev = plain(heads[i - 1]['parts'])
            if heads[i - 1]['kind'] == 'open':
                sep = '\n' if r.random() < 0.85 or not prev.endswith((',', ':')) else ' '
            elif not ends_sentence(prev):
                sep = '\n'
            else:
                sep = r.choice([' ', ' ', ' ', '\n'])
            add_sep(sep, pc['parts'], heads[i - 1]['kind'] == 'open')
        add_parts(pc['parts'])
    if heads:
        prev = plain(heads[-1]['parts'])
        if heads[-1]['kind'] == 'open':
            sep = '\n' if r.random() < 0.85 or not prev.endswith((',', ':')) else ' '
        elif not ends_sentence(prev):
            sep = '\n'
        else:
            sep = r.choice([' ', ' ', ' ', '\n'])
        segs.append((sep, True))
    # the original, with in-place insertions
    orig = rec['original']
    pos = 0
    for idx, parts in sorted(rec['insert'], key=lambda x: x[0]):
        if idx > pos:
            segs.append((orig[pos:idx], False))
        add_parts(parts)
        pos = idx
    if pos < len(orig):
        segs.append((orig[pos:], False))
    after_original = True
    for pc in rec['end']:
        last = last_seg()
        lc = (last if isinstance(last, str) else last[1])[-1:] if last is not None else ''
        multiline = '\n' in plain(pc['parts'])
        if lc.isalnum():
            if after_original and r.random() < 0.7 and not multiline:
                segs.append(('.', True))
                sep = r.choice([' ', ' ', ' ', '\n', '  '])
            else:
                sep = '\n'
        else:
            sep = '\n' if multiline else r.choice([' ', ' ', ' ', '\n', '  '])
        add_sep(sep, pc['parts'])
        add_parts(pc['parts'])
        after_original = False
    for pc in rec['sign']:
        last = last_seg()
        lc = (last if isinstance(last, str) else last[1])[-1:] if last is not None else ''
        same_line = lc in '.!?' and isinstance(pc['parts'][0], str) and \
            pc['parts'][0].startswith(('Thanks', 'Many thanks', '- ', 'Cheers', 'Kind regards', 'Love', 'Thank you'))
        add_sep(r.choice(['\n', '\n', '\n\n', '\n', '\n', ' ']) if same_line else r.choice(['\n', '\n', '\n\n']), pc['parts'])
        add_parts(pc['parts'])
    text, ents, mask, pos = [], [], [], 0
    for p, planted in segs:
        if isinstance(p, str):
            text.append(p)
            mask.extend([planted] * len(p))
            pos += len(p)
        else:
            ents.append({'start': pos, 'end': pos + len(p[1]), 'type': p[0], 'value': p[1],
                         'profiles': HIPAA if p[0] in HIPAA_ONLY else BOTH, '_tag': p[2]})
            text.append(p[1])
            mask.extend([True] * len(p[1]))
            pos += len(p[1])
    text = ''.join(text)
    restored = ''.join(ch for ch, m in zip(text, mask) if not m)
    return text, ents, restored, mask


def check(records, excluded, source_text):
    ids = set()
    counts = collections.Counter()
    for rec in records:
        t, ents = rec['text'], rec['entities']
        assert rec['id'] not in ids, rec['id']
        ids.add(rec['id'])
        assert rec['id'] not in excluded, rec['id']
        assert rec['original'] == source_text[rec['id']], rec['id']
        assert ents, rec['id']
        prev_end = -1
        prev = None
        for e in ents:
            s, en, v, ty = e['start'], e['end'], e['value'], e['type']
            assert t[s:en] == v, (rec['id'], e)
            assert all(rec['_mask'][s:en]), ('entity touches original text', rec['id'], e)
            if ty != 'AGE_OVER_89':
                assert not (s > 0 and t[s - 1].isalnum()) and not (en < len(t) and t[en].isalnum()), \
                    ('entity inside a longer word', rec['id'], e)
            assert v == v.strip() and v, (rec['id'], e)
            assert v[-1].isalnum(), (rec['id'], e)
            assert s >= prev_end, (rec['id'], e)
            assert ty in TYPES, ty
            assert e['profiles'] == (HIPAA if ty in HIPAA_ONLY else BOTH), e
            if prev is not None and prev['type'] == ty:
                gap = t[prev['end']:s]
                assert gap.strip() != '', ('same-type details separated by whitespace alone', rec['id'], prev, e)
            if ty == 'NAME':
                assert not TITLE_RE.match(v), (rec['id'], v)
                assert not re.search(r"['’]s$", v), (rec['id'], v)
            elif ty == 'NHS_NUMBER':
                assert nhs_check_ok(re.sub(r'\D', '', v)), v
            elif ty == 'EMAIL':
                assert re.search(r'@([a-z]+\.)?example\.(com|org|net)$', v, re.I), v
            elif ty == 'URL':
                assert re.match(r'^(https?://)?([a-z]+\.)?example\.(com|org|net)(/|$)', v, re.I), v
            elif ty == 'PHONE':
                assert phone_ok(v), v
            elif ty == 'POSTCODE':
                assert POSTCODE_RE.match(v), v
            elif ty == 'ZIP':
                assert ZIP_RE.match(v), v
            elif ty == 'HOSPITAL_NUMBER':
                assert not re.fullmatch(r'\d{10}', re.sub(r'[\s-]', '', v)), v
                assert not re.fullmatch(r'\d{3}-\d{2}-\d{4}', v), v
            elif ty in ('DATE', 'DATE_OF_BIRTH'):
                assert not re.match(r'(on|the|born|dob)\b', v, re.I), v
            elif ty == 'AGE_OVER_89':
                if v.isdigit():
                    assert int(v) >= 90, v
                else:
                    assert v.lower() in AGE_WORDS.values(), v
            prev_end = en
            prev = e
            counts[ty] += 1
        assert rec['_restored'] == rec['original'], rec['id']
    for ty, tgt in TARGETS.items():
        assert counts[ty] >= tgt, (ty, counts[ty], tgt)
    assert len(records) >= MIN_RECORDS, len(records)
    assert sum(counts.values()) >= MIN_ENTITIES, sum(counts.values())
    return counts


# ---------------------------------------------------------------------------------------------
# Main build
# ---------------------------------------------------------------------------------------------
# Pieces to make, by form: (method, number of pieces)
NAME_PLAN = [('thank_start', 26), ('thank_mid', 34), ('thank_end', 24), ('name_list', 28), ('role', 42),
             ('wordname', 30), ('title_surname', 32), ('initials', 14), ('nickname', 18), ('possessive', 20),
             ('patient_sign', 42), ('relative', 30), ('verb', 20), ('fullname_staff', 16), ('opener_name', 22)]
OTHER_PLAN = [('address_piece', 180), ('narrative_address', 32), ('hosp_piece', 100), ('two_hosp', 5),
              ('dob_piece', 32), ('phone_piece', 20), ('email_piece', 18), ('nhs_piece', 20), ('postcode_piece', 15),
              ('zip_piece', 5), ('url_piece', 10), ('date_piece', 18), ('town_piece', 14), ('age_piece', 8),
              ('combo_piece', 6), ('decoy_piece', 42)]
INPLACE_NAMES = 56
INPLACE_AGE = 4
INPLACE_TOWN = 5


def build(args):
    rng = random.Random(args.seed)
    b = Builder(rng)
    excluded = set()
    for rel in EXCLUDE_FILES:
        with open(os.path.join(ROOT, rel), encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    excluded.add(json.loads(line)['id'])  # only the id is used
    rows = load_comments(args.fft_dir)
    source_text = {r[0]: r[3] for r in rows}
    kept, reasons = clean_filter(rows, excluded, own_word_set())
    p1 = [r for r in kept if r[1] == 1]
    p2 = [r for r in kept if r[1] == 2]
    long1 = [r for r in p1 if len(r[3]) >= 30]
    long2 = [r for r in p2 if len(r[3]) >= 30]
    n2 = args.n2
    n1 = args.n - n2
    assert len(long1) >= n1 and len(long2) >= n2, (len(long1), len(long2))

    def sample(pool, k):
        """A quarter from comments with a person phrase a name can follow; the rest at random."""
        anch = [r for r in pool if find_anchors(r[3])]
        rng.shuffle(anch)
        k_a = min(len(anch), k // 4)
        first = anch[:k_a]
        taken = {r[0] for r in first}
        rest = [r for r in pool if r[0] not in taken]
        rng.shuffle(rest)
        return first + rest[:k - k_a]

    chosen = sample(long1, n1) + sample(long2, n2)
    recs = []
    for rid, phase, key, t in chosen:
        cap = rng.choices([1, 2, 3, 4, 5], [16, 38, 26, 13, 7])[0]
        recs.append({'id': rid, 'phase': phase, 'key': key, 'original': t, 'open': [], 'start': [], 'end': [],
                     'sign': [], 'insert': [], 'n': 0, 'cap': cap, 'flags': set(), 'decoy': False, 'inplace_n': 0,
                     'rng': None})
    # in-place insertions
    order = list(range(len(recs)))
    rng.shuffle(order)
    done_names = 0
    for i in order:
        if done_names >= INPLACE_NAMES:
            break
        rec = recs[i]
        anchors = find_anchors(rec['original'])
        if not anchors:
            continue
        res = inplace_name(b, rec['original'], rng.choice(anchors))
        if res is None:
            continue
        idx, parts = res
        rec['insert'].append((idx, parts))
        rec['n'] += len(ents_of(parts))
        rec['inplace_n'] += 1
        done_names += 1
    done_age = done_town = 0
    for i in order:
        rec = recs[i]
        if done_age < INPLACE_AGE and not rec['insert']:
            res = inplace_age(b, rec['original'])
            if res:
                rec['insert'].append(res)
                rec['n'] += 1
                done_age += 1
                continue
        if done_town < INPLACE_TOWN and not rec['insert']:
            res = inplace_town(b, rec['original'])
            if res:
                rec['insert'].append(res)
                rec['n'] += 1
                done_town += 1
    # pieces
    pieces = []
    for meth, k in NAME_PLAN + OTHER_PLAN:
        for _ in range(k):
            pieces.append(getattr(b, meth)())
    rng.shuffle(pieces)
    # top up any type below its target
    counts = collections.Counter()
    for pc in pieces:
        for e in ents_of(pc['parts']):
            counts[e[0]] += 1
    for rec in recs:
        for _, parts in rec['insert']:
            for e in ents_of(parts):
                counts[e[0]] += 1
    topup = {'NAME': ['thank_mid', 'role', 'name_list', 'relative', 'verb', 'thank_end'], 'ADDRESS': ['address_piece'],
             'HOSPITAL_NUMBER': ['hosp_piece'], 'DATE_OF_BIRTH': ['dob_piece'], 'PHONE': ['phone_piece'],
             'EMAIL': ['email_piece'], 'NHS_NUMBER': ['nhs_piece'], 'POSTCODE': ['postcode_piece'], 'ZIP': ['zip_piece'],
             'URL': ['url_piece'], 'DATE': ['date_piece'], 'TOWN': ['town_piece'], 'AGE_OVER_89': ['age_piece']}
    for ty in TYPES:
        while counts[ty] < TARGETS[ty]:
            pc = getattr(b, rng.choice(topup[ty]))()
            for e in ents_of(pc['parts']):
                counts[e[0]] += 1
            pieces.append(pc)
    # placement
    decoys = [pc for pc in pieces if pc['kind'] == 'decoy']
    pieces = [pc for pc in pieces if pc['kind'] != 'decoy']

    def fits(rec, pc):
        k = pc['kind']
        if k == 'open' and rec['open']:
            return False
        if k == 'sign' and rec['sign']:
            return False
        if pc['flags'] & rec['flags']:
            return False
        if rec['n'] + len(ents_of(pc['parts'])) > 7:
            return False
        # no two pieces of one form in a record, for variety
        if any(x['tag'] == pc['tag'] for x in rec['open'] + rec['start'] + rec['end'] + rec['sign']):
            return False
        return True

    for pc in pieces:
        elig = [rec for rec in recs if fits(rec, pc)]
        if not elig:
            elig = [rec for rec in recs if pc['kind'] not in ('open', 'sign') and not (pc['flags'] & rec['flags'])]
        room = max(rec['cap'] - rec['n'] for rec in elig)
        best = [rec for rec in elig if rec['cap'] - rec['n'] == room] if room > 0 else \
            [rec for rec in elig if rec['n'] == min(x['n'] for x in elig)]
        rec = rng.choice(best)
        k = pc['kind']
        if k == 'open':
            rec['open'].append(pc)
        elif k == 'sign':
            rec['sign'].append(pc)
        elif k == 'start':
            rec['start'].append(pc)
        elif k == 'end':
            rec['end'].append(pc)
        else:
            (rec['start'] if rng.random() < 0.3 else rec['end']).append(pc)
        rec['n'] += len(ents_of(pc['parts']))
        rec['flags'] |= pc['flags']
    # any record still without an entity gets a name sentence
    for rec in recs:
        if rec['n'] == 0:
            pc = b.thank('end')
            rec['end'].append(pc)
            rec['n'] += 1
    # decoys: one per record, in records that are not too crowded
    cands = [rec for rec in recs if rec['n'] <= 4]
    rng.shuffle(cands)
    for pc, rec in zip(decoys, cands):
        if rng.random() < 0.4:
            rec['start'].insert(0, pc)
        else:
            rec['end'].insert(rng.randrange(len(rec['end']) + 1), pc)
        rec['decoy'] = pc['parts'][0]
    # shuffle the end pieces; keep blocks that span lines last among them
    out = []
    for rec in recs:
        rng.shuffle(rec['end'])
        rec['end'].sort(key=lambda pc: 1 if (pc['kind'] == 'end' and '\n' in plain(pc['parts'])) else 0)
        rec['rng'] = random.Random(rng.random())
        text, ents, restored, mask = assemble(rec)
        out.append({'id': rec['id'], 'text': text, 'original': rec['original'],
                    'entities': ents, '_restored': restored, '_mask': mask, '_decoy': rec['decoy'],
                    '_start': len(rec['open']) + len([p for p in rec['start'] if p['kind'] != 'decoy']),
                    '_end': len([p for p in rec['end'] if p['kind'] != 'decoy']) + len(rec['sign']),
                    '_inplace': len(rec['insert'])})

    def sort_key(o):
        f, k = o['id'].split(':', 1)
        return (f, int(k) if f == 'fft1' else 0, k)
    out.sort(key=sort_key)
    counts = check(out, excluded, source_text)
    return out, counts, reasons, kept


def stats(out, counts, reasons, kept):
    print('records:', len(out), ' phase1:', sum(1 for o in out if o['id'].startswith('fft1')),
          ' phase2:', sum(1 for o in out if o['id'].startswith('fft2')))
    print('clean comments available: phase1 %d, phase2 %d' % (sum(1 for k in kept if k[1] == 1), sum(1 for k in kept if k[1] == 2)))
    print('dropped:', dict(sorted(reasons.items())))
    total = sum(counts.values())
    std = sum(v for k, v in counts.items() if k not in HIPAA_ONLY)
    print('entities: %d (standard %d, hipaa %d)' % (total, std, total))
    for ty in TYPES:
        print('  %-16s %4d' % (ty, counts[ty]))
    per = collections.Counter(len(o['entities']) for o in out)
    print('entities per record:', dict(sorted(per.items())))
    L = sorted(len(o['original']) for o in out)
    print('original length: min %d median %d max %d' % (L[0], L[len(L) // 2], L[-1]))
    print('decoys:', sum(1 for o in out if o['_decoy']))
    print('records with planted text at start: %d, in-place insertions: %d' % (
        sum(1 for o in out if o['_start']), sum(o['_inplace'] for o in out)))
    tags = collections.Counter()
    names = [e for o in out for e in o['entities'] if e['type'] == 'NAME']
    for e in names:
        tags[e['_tag'].split(',')[0]] += 1
    for o in out:
        for e in o['entities']:
            e['_tag'] = e['_tag'].split(',')[0]
    print('NAME by form:', dict(sorted(tags.items())))
    low = sum(1 for e in names if e['value'] == e['value'].lower())
    up = sum(1 for e in names if e['value'] == e['value'].upper() and e['value'] != e['value'].lower())
    nonascii = sum(1 for e in names if any(ord(ch) > 127 for ch in e['value']))
    multi = sum(1 for e in names if ' ' in e['value'])
    hyph = sum(1 for e in names if '-' in e['value'])
    particle = sum(1 for e in names if re.search(r"\b(Mc|Mac|O'|Ó |Ní |ap |de |van |da |du |le |St |D')", e['value'], re.I))
    apos = sum(1 for e in names if "'" in e['value'])
    word = sum(1 for e in names if e['value'].capitalize() in ALL_WORD_NAMES or e['value'] in ALL_WORD_NAMES)
    dots = sum(1 for e in names if re.search(r'\b[A-Za-z]\b\.?', e['value']) and len(e['value'].split()[0].rstrip('.')) <= 3
               and re.match(r'^[A-Z](\.|\s|[A-Z]\b|\.[A-Z])', e['value']))
    text_after = collections.Counter()
    for o in out:
        for e in o['entities']:
            if e['type'] == 'NAME':
                nxt = o['text'][e['end']:e['end'] + 2]
                if nxt in ("'s", '’s') or nxt[:1] in ("'", '’'):
                    text_after['possessive'] += 1
    print('NAME: lower %d, capitals %d, non-ASCII %d, multi-word %d, hyphen %d, apostrophe %d, word-like %d, '
          'initial forms %d, possessive %d, Mc/Mac/O\'/particle %d' % (low, up, nonascii, multi, hyph, apos, word, dots,
                                                                        text_after['possessive'], particle))
    where = collections.Counter()
    for o in out:
        m = o['_mask']
        orig_idx = [i for i, x in enumerate(m) if not x]
        lo, hi = orig_idx[0], orig_idx[-1]
        for e in o['entities']:
            if e['type'] != 'NAME':
                continue
            if e['_tag'] in ('patient_sign', 'with_email') and e['start'] > hi:
                where['sign-off'] += 1
            elif e['end'] <= lo:
                where['before the comment'] += 1
            elif e['start'] > hi:
                where['after the comment'] += 1
            else:
                where['inside the comment'] += 1
            before = o['text'][:e['start']]
            line_start = before.rfind('\n') + 1
            if before[line_start:].strip() == '' or re.search(r'[.!?]\s*$', before):
                where['first word of a sentence or line'] += 1
            else:
                where['mid-sentence'] += 1
    print('NAME position:', dict(sorted(where.items())))
    cases = collections.Counter()
    for o in out:
        for e in o['entities']:
            v = e['value']
            case = 'lower' if v == v.lower() and v != v.upper() else ('upper' if v == v.upper() and v != v.lower() else 'mixed')
            cases[(e['type'], case)] += 1
    print('case:', {k[0] + ':' + k[1]: v for k, v in sorted(cases.items()) if k[1] != 'mixed'})
    atags = collections.Counter(e['_tag'] for o in out for e in o['entities'] if e['type'] == 'ADDRESS')
    print('ADDRESS by region:style:', dict(sorted(atags.items())))
    multiline = sum(1 for o in out for e in o['entities'] if e['type'] == 'ADDRESS' and '\n' in e['value'])
    print('ADDRESS over several lines:', multiline)
    htags = collections.Counter(e['_tag'] for o in out for e in o['entities'] if e['type'] == 'HOSPITAL_NUMBER')
    print('HOSPITAL_NUMBER formats:', len(htags), dict(sorted(htags.items())))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--n', type=int, default=DEFAULT_N)
    ap.add_argument('--n2', type=int, default=DEFAULT_N2, help='records from phase 2')
    ap.add_argument('--fft-dir', default=os.path.join(ROOT, '..', 'shared', 'data', 'nhs_fft'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'evaluation', 'data', 'redaction_devset11.jsonl'))
    ap.add_argument('--stats', action='store_true')
    args = ap.parse_args(argv)
    out, counts, reasons, kept = build(args)
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        for o in out:
            ents = [{k: e[k] for k in ('start', 'end', 'type', 'value', 'profiles')} for e in o['entities']]
            f.write(json.dumps({'id': o['id'], 'text': o['text'], 'original': o['original'], 'entities': ents},
                               ensure_ascii=False) + '\n')
    print('wrote %d records, %d entities to %s' % (len(out), sum(counts.values()), args.out))
    if args.stats:
        stats(out, counts, reasons, kept)


if __name__ == '__main__':
    main()
