#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset20.jsonl: real NHS FFT comments with planted
personal details. Standard library only; deterministic (one random.Random seed).
Usage: python build_redaction_devset20.py [--stats]"""
import csv, glob, json, os, re, random, sys, collections

SEED = 20260020
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SRC = "/work/shared/data/nhs_fft"
OUT = os.path.join(ROOT, "evaluation", "data", "redaction_devset20.jsonl")
HIPAA = ["hipaa_safe_harbor"]
BOTH = ["standard", "hipaa_safe_harbor"]
PROFILES = {"TOWN": HIPAA, "DATE": HIPAA, "AGE_OVER_89": HIPAA}

# ---------------------------------------------------------------- data lists
UK_TOWNS = """Leeds|Bradford|Wakefield|Halifax|Huddersfield|Pontefract|Castleford|Batley|Dewsbury|Keighley|Otley|Ilkley|Harrogate|Ripon|Selby|Goole|Scarborough|Whitby|Pickering|Malton|Thirsk|Northallerton|Richmond|Skipton|Settle|Hebden Bridge|Todmorden|Barnsley|Rotherham|Doncaster|Mexborough|Penistone|Chesterfield|Bolsover|Worksop|Mansfield|Retford|Newark|Grantham|Sleaford|Boston|Spalding|Louth|Skegness|Gainsborough|Scunthorpe|Grimsby|Cleethorpes|Beverley|Driffield|Bridlington|Hornsea|Withernsea|Howden|Middlesbrough|Redcar|Guisborough|Darlington|Hartlepool|Sedgefield|Spennymoor|Bishop Auckland|Consett|Stanley|Peterlee|Seaham|Sunderland|Gateshead|Jarrow|Hexham|Morpeth|Alnwick|Blyth|Ashington|Cramlington|Amble|Berwick-upon-Tweed|Wooler|Haltwhistle|Carlisle|Penrith|Keswick|Workington|Whitehaven|Kendal|Ulverston|Barrow-in-Furness|Lancaster|Morecambe|Preston|Chorley|Blackburn|Burnley|Accrington|Clitheroe|Nelson|Colne|Wigan|Leigh|Bolton|Bury|Rochdale|Oldham|Stockport|Sale|Altrincham|Wilmslow|Macclesfield|Crewe|Nantwich|Northwich|Winsford|Warrington|Widnes|Runcorn|St Helens|Southport|Ormskirk|Birkenhead|Wallasey|Chester|Ellesmere Port|Shrewsbury|Oswestry|Ludlow|Telford|Bridgnorth|Whitchurch|Stafford|Stone|Leek|Uttoxeter|Burton upon Trent|Lichfield|Tamworth|Cannock|Walsall|Dudley|Wolverhampton|Solihull|Sutton Coldfield|Redditch|Bromsgrove|Kidderminster|Worcester|Malvern|Evesham|Hereford|Ross-on-Wye|Leominster|Ledbury|Nuneaton|Rugby|Coventry|Leamington Spa|Warwick|Stratford-upon-Avon|Banbury|Bicester|Witney|Abingdon|Didcot|Wantage|Henley-on-Thames|Reading|Wokingham|Bracknell|Newbury|Slough|Maidenhead|Marlow|High Wycombe|Aylesbury|Amersham|Chesham|Tring|Hemel Hempstead|Watford|Stevenage|Hitchin|Letchworth|Bishop's Stortford|Ware|Hertford|Harlow|Epping|Chelmsford|Braintree|Colchester|Clacton-on-Sea|Southend-on-Sea|Basildon|Billericay|Brentwood|Grays|Ipswich|Felixstowe|Woodbridge|Bury St Edmunds|Sudbury|Haverhill|Newmarket|Lowestoft|Beccles|Bungay|Diss|Eye|Thetford|Norwich|Cromer|Holt|Wells-next-the-Sea|Fakenham|Dereham|King's Lynn|Wisbech|March|Ely|Huntingdon|St Neots|Peterborough|Stamford|Oakham|Corby|Kettering|Wellingborough|Daventry|Towcester|Bedford|Luton|Dunstable|Leighton Buzzard|Milton Keynes|Maidstone|Ashford|Canterbury|Deal|Dover|Folkestone|Hythe|Sandwich|Margate|Ramsgate|Whitstable|Faversham|Sittingbourne|Gillingham|Chatham|Tonbridge|Sevenoaks|Crawley|Horsham|Worthing|Littlehampton|Bognor Regis|Chichester|Hastings|Rye|Battle|Eastbourne|Lewes|Brighton|Hove|Guildford|Woking|Epsom|Farnham|Fleet|Aldershot|Basingstoke|Andover|Winchester|Eastleigh|Southampton|Portsmouth|Havant|Fareham|Gosport|Cowes|Newport|Ryde|Salisbury|Trowbridge|Chippenham|Devizes|Marlborough|Swindon|Cirencester|Stroud|Tewkesbury|Cheltenham|Gloucester|Bath|Frome|Wells|Street|Glastonbury|Yeovil|Taunton|Bridgwater|Minehead|Weston-super-Mare|Clevedon|Exeter|Exmouth|Sidmouth|Honiton|Tiverton|Barnstaple|Bideford|Okehampton|Tavistock|Plymouth|Torquay|Paignton|Newton Abbot|Totnes|Launceston|Bude|Bodmin|Truro|Falmouth|Penzance|St Ives|Redruth|Camborne|Looe|Poole|Bournemouth|Christchurch|Dorchester|Weymouth|Bridport|Wimborne|Shaftesbury|Hull|York|Sheffield|Manchester|Liverpool|Birmingham|Nottingham|Derby|Leicester|Lincoln|Newcastle upon Tyne|Kingston upon Hull|Stockton-on-Tees|Chester-le-Street|Ashby-de-la-Zouch|Bolton-le-Sands|Newcastle-under-Lyme|Melton Mowbray|Market Harborough|Loughborough|Hinckley|Belper|Matlock|Buxton|Glossop|Ilkeston|Heanor|Ripley|Bakewell|Hope|Whaley Bridge|Ugley|Wool|Mold|Barking|Ilford|Romford|Croydon|Bromley|Enfield|Harrow|Ealing|Hounslow|Peckham|Brixton|Lewisham|Hackney|Walthamstow|Tottenham|Camden|Islington|London""".split("|")
WALES = """Cardiff|Swansea|Newport|Wrexham|Bangor|Caernarfon|Pwllheli|Porthmadog|Dolgellau|Machynlleth|Aberystwyth|Cardigan|Carmarthen|Llanelli|Ammanford|Haverfordwest|Tenby|Pembroke Dock|Fishguard|Brecon|Builth Wells|Llandrindod Wells|Newtown|Welshpool|Llangollen|Ruthin|Denbigh|Rhyl|Prestatyn|Llandudno|Conwy|Colwyn Bay|Abergele|Holyhead|Llangefni|Blaenau Ffestiniog|Bala|Merthyr Tydfil|Pontypridd|Aberdare|Caerphilly|Ystrad Mynach|Ebbw Vale|Tredegar|Abergavenny|Monmouth|Chepstow|Bridgend|Maesteg|Porthcawl|Neath|Port Talbot|Ystradgynlais|Llanfairpwllgwyngyll|Treorchy|Tonypandy""".split("|")
SCOT_NI_IE = """Glasgow|Edinburgh|Aberdeen|Dundee|Inverness|Perth|Stirling|Falkirk|Paisley|Kilmarnock|Ayr|Dumfries|Kirkcudbright|Stranraer|Hawick|Galashiels|Kelso|Peebles|Livingston|Dunfermline|Kirkcaldy|St Andrews|Arbroath|Montrose|Forfar|Elgin|Nairn|Fort William|Oban|Portree|Tobermory|Stornoway|Steòrnabhagh|Inbhir Nis|Ballachulish|Thurso|Wick|Kirkwall|Lerwick|Motherwell|Hamilton|Greenock|Dumbarton|Belfast|Derry|Newry|Armagh|Lisburn|Bangor|Ballymena|Coleraine|Omagh|Enniskillen|Larne|Carrickfergus|Craigavon|Portadown|Downpatrick|Strabane|Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Sligo|Tralee|Killarney|Athlone|Mullingar|Drogheda|Dundalk|Navan|Letterkenny|Ennis|Castlebar|Westport|Clonmel|Wexford|Bray|Dún Laoghaire|Baile Átha Cliath|Dingle|An Daingean|Clifden|Ballina|Tullamore|Portlaoise|Carlow|Naas""".split("|")
COUNTIES = """Yorkshire|West Yorkshire|North Yorkshire|East Yorkshire|Lancashire|Cumbria|Northumberland|County Durham|Cheshire|Merseyside|Derbyshire|Nottinghamshire|Lincolnshire|Norfolk|Suffolk|Essex|Kent|Sussex|Surrey|Hampshire|Dorset|Devon|Cornwall|Somerset|Wiltshire|Gloucestershire|Oxfordshire|Berkshire|Buckinghamshire|Hertfordshire|Bedfordshire|Cambridgeshire|Northamptonshire|Leicestershire|Warwickshire|Worcestershire|Herefordshire|Shropshire|Staffordshire|Gwynedd|Powys|Ceredigion|Pembrokeshire|Anglesey|Ynys Môn|Fife|Argyll|Perthshire|Aberdeenshire|Lanarkshire|Ayrshire|County Antrim|County Down|County Tyrone|Co. Fermanagh|Co. Kerry|County Cork|Co. Donegal|County Mayo|Co Clare|County Galway|Co. Wexford""".split("|")
TOWN_COUNTY = [("Skipton", "North Yorkshire"), ("Otley", "West Yorkshire"), ("Clitheroe", "Lancashire"), ("Penrith", "Cumbria"), ("Hexham", "Northumberland"), ("Consett", "County Durham"), ("Nantwich", "Cheshire"), ("Matlock", "Derbyshire"), ("Louth", "Lincolnshire"), ("Cromer", "Norfolk"), ("Beccles", "Suffolk"), ("Braintree", "Essex"), ("Whitstable", "Kent"), ("Lewes", "Sussex"), ("Farnham", "Surrey"), ("Andover", "Hampshire"), ("Bridport", "Dorset"), ("Tiverton", "Devon"), ("Bodmin", "Cornwall"), ("Frome", "Somerset"), ("Devizes", "Wiltshire"), ("Stroud", "Gloucestershire"), ("Ludlow", "Shropshire"), ("Leek", "Staffordshire"), ("Pwllheli", "Gwynedd"), ("Brecon", "Powys"), ("Cardigan", "Ceredigion"), ("Tenby", "Pembrokeshire"), ("Llangefni", "Anglesey"), ("Kirkcaldy", "Fife"), ("Oban", "Argyll"), ("Ballymena", "County Antrim"), ("Downpatrick", "County Down"), ("Omagh", "County Tyrone"), ("Enniskillen", "Co. Fermanagh"), ("Tralee", "Co. Kerry"), ("Dingle", "Co. Kerry"), ("Clonakilty", "County Cork"), ("Letterkenny", "Co. Donegal"), ("Castlebar", "County Mayo"), ("Ennis", "Co Clare"), ("Clifden", "County Galway"), ("Gorey", "Co. Wexford"), ("Kelso", "Roxburghshire"), ("Settle", "North Yorkshire"), ("Wells", "Somerset"), ("Hope", "Derbyshire")]
US_CITIES = [("Houston", "TX", "Texas"), ("Austin", "TX", "Texas"), ("El Paso", "TX", "Texas"), ("Phoenix", "AZ", "Arizona"), ("Tucson", "AZ", "Arizona"), ("Albuquerque", "NM", "New Mexico"), ("Boise", "ID", "Idaho"), ("Des Moines", "IA", "Iowa"), ("Baton Rouge", "LA", "Louisiana"), ("New Orleans", "LA", "Louisiana"), ("Milwaukee", "WI", "Wisconsin"), ("Sacramento", "CA", "California"), ("San Diego", "CA", "California"), ("Fresno", "CA", "California"), ("Savannah", "GA", "Georgia"), ("Atlanta", "GA", "Georgia"), ("Pittsburgh", "PA", "Pennsylvania"), ("Philadelphia", "PA", "Pennsylvania"), ("Cleveland", "OH", "Ohio"), ("Columbus", "OH", "Ohio"), ("Detroit", "MI", "Michigan"), ("Grand Rapids", "MI", "Michigan"), ("Minneapolis", "MN", "Minnesota"), ("Omaha", "NE", "Nebraska"), ("Denver", "CO", "Colorado"), ("Boulder", "CO", "Colorado"), ("Salt Lake City", "UT", "Utah"), ("Portland", "OR", "Oregon"), ("Seattle", "WA", "Washington"), ("Spokane", "WA", "Washington"), ("Anchorage", "AK", "Alaska"), ("Honolulu", "HI", "Hawaii"), ("Nashville", "TN", "Tennessee"), ("Memphis", "TN", "Tennessee"), ("Louisville", "KY", "Kentucky"), ("Charlotte", "NC", "North Carolina"), ("Raleigh", "NC", "North Carolina"), ("Charleston", "SC", "South Carolina"), ("Tampa", "FL", "Florida"), ("Orlando", "FL", "Florida"), ("Jacksonville", "FL", "Florida"), ("Buffalo", "NY", "New York"), ("Rochester", "NY", "New York"), ("Albany", "NY", "New York"), ("Boston", "MA", "Massachusetts"), ("Worcester", "MA", "Massachusetts"), ("Providence", "RI", "Rhode Island"), ("Hartford", "CT", "Connecticut"), ("Baltimore", "MD", "Maryland"), ("Richmond", "VA", "Virginia"), ("Kansas City", "MO", "Missouri"), ("St. Louis", "MO", "Missouri"), ("Tulsa", "OK", "Oklahoma"), ("Little Rock", "AR", "Arkansas"), ("Birmingham", "AL", "Alabama"), ("Jackson", "MS", "Mississippi"), ("Chicago", "IL", "Illinois"), ("Indianapolis", "IN", "Indiana"), ("Las Vegas", "NV", "Nevada"), ("Reno", "NV", "Nevada"), ("Burlington", "VT", "Vermont"), ("Portland", "ME", "Maine"), ("Fargo", "ND", "North Dakota")]
ABROAD = """Lagos|Abuja|Ibadan|Enugu|Port Harcourt|Kano|Accra|Kumasi|Tamale|Freetown|Monrovia|Dakar|Bamako|Abidjan|Nairobi|Mombasa|Kisumu|Kampala|Entebbe|Kigali|Dar es Salaam|Arusha|Addis Ababa|Mogadishu|Hargeisa|Khartoum|Harare|Bulawayo|Lusaka|Lilongwe|Blantyre|Johannesburg|Durban|Cape Town|Gaborone|Windhoek|Cairo|Alexandria|Casablanca|Marrakesh|Tunis|Algiers|Mumbai|Pune|Delhi|Chennai|Kolkata|Bengaluru|Hyderabad|Ahmedabad|Amritsar|Jalandhar|Ludhiana|Kochi|Karachi|Lahore|Islamabad|Rawalpindi|Mirpur|Faisalabad|Peshawar|Dhaka|Sylhet|Chittagong|Colombo|Kandy|Jaffna|Kathmandu|Pokhara|Manila|Cebu|Davao|Jakarta|Surabaya|Kuala Lumpur|Penang|Singapore|Bangkok|Chiang Mai|Hanoi|Ho Chi Minh City|Hong Kong|Shenzhen|Guangzhou|Chengdu|Wuhan|Shanghai|Beijing|Taipei|Seoul|Busan|Osaka|Tokyo|Sapporo|Sydney|Melbourne|Brisbane|Adelaide|Perth|Darwin|Hobart|Auckland|Wellington|Christchurch|Dunedin|Toronto|Vancouver|Montreal|Calgary|Winnipeg|Halifax|St. John's|São Paulo|Rio de Janeiro|Buenos Aires|Córdoba|Lima|Bogotá|Medellín|Santiago|Quito|Caracas|Mexico City|Guadalajara|Havana|Kingston|Montego Bay|Port of Spain|Bridgetown|Castries|Nassau|Georgetown|Kraków|Gdańsk|Wrocław|Poznań|Łódź|Warsaw|Cluj-Napoca|Iași|Timișoara|Bucharest|Sofia|Vilnius|Kaunas|Riga|Tallinn|Lisbon|Porto|Funchal|Seville|Málaga|Valencia|Bilbao|Bologna|Naples|Palermo|Turin|Thessaloniki|Athens|Nicosia|Izmir|Istanbul|Ankara|Tehran|Shiraz|Baghdad|Erbil|Sulaymaniyah|Damascus|Aleppo|Beirut|Amman|Riyadh|Jeddah|Dubai|Doha|Muscat|Kabul|Reykjavík|Tromsø|Bergen|Gothenburg|Malmö|Helsinki|Aarhus|Zürich|Geneva|Lyon|Marseille|Lille|Rotterdam|Utrecht|Antwerp|Ghent|Düsseldorf|Leipzig|Munich|Vienna|Prague|Brno|Budapest|Zagreb|Split|Tirana|Kyiv|Lviv""".split("|")
ALL_TOWNS = sorted(set(UK_TOWNS + WALES + SCOT_NI_IE))

FIRST = """Jean|Margaret|Pauline|Doreen|Sheila|Brenda|Maureen|Irene|Elsie|Gladys|Kathleen|Bernadette|Siobhan|Aoife|Niamh|Ciara|Saoirse|Orla|Gráinne|Sinéad|Róisín|Eilidh|Morag|Catriona|Iona|Kirsty|Fiona|Ailsa|Seren|Cerys|Ffion|Angharad|Bethan|Rhiannon|Carys|Nia|Gethin|Dafydd|Rhys|Iwan|Emyr|Gwion|Hamish|Alasdair|Callum|Fraser|Ewan|Ruairidh|Seamus|Padraig|Cathal|Eoin|Declan|Oisín|Darragh|Colm|Barry|Gary|Darren|Wayne|Lee|Craig|Kevin|Trevor|Derek|Keith|Norman|Clive|Malcolm|Graham|Stuart|Neil|Andy|Dave|Steve|Ian|Tony|Phil|Kath|Sharon|Tracey|Julie|Karen|Lisa|Michelle|Donna|Joanne|Kelly|Gemma|Stacey|Chelsea|Jade|Leanne|Kayleigh|Sophie|Chloe|Megan|Abbie|Ellie|Hannah|Lucy|Olivia|Amelia|Isla|Freya|Poppy|Harry|Oliver|George|Alfie|Charlie|Jacob|Archie|Noah|Leo|Ollie|Tom|Ben|Sam|Josh|Liam|Ryan|Connor|Priya|Anjali|Sunita|Kavita|Deepa|Meena|Lakshmi|Harpreet|Gurpreet|Manpreet|Jaspreet|Simran|Navdeep|Rajesh|Sanjay|Vikram|Arjun|Ravi|Suresh|Anil|Ramesh|Jagdeep|Kuldip|Amrit|Nasreen|Shabana|Rukhsana|Farzana|Nusrat|Ayesha|Fatima|Zainab|Maryam|Khadija|Amina|Samina|Imran|Tariq|Asif|Zubair|Bilal|Usman|Hamza|Irfan|Shahid|Nadeem|Yasmin|Rahim|Abdul|Mohammed|Mohammad|Ahmed|Omar|Yusuf|Ibrahim|Khalid|Hassan|Hussein|Mustafa|Layla|Noor|Rania|Hoda|Leila|Farah|Hodan|Fadumo|Ayaan|Abdirahman|Abdullahi|Chidi|Chinedu|Ngozi|Chiamaka|Adaeze|Emeka|Obinna|Ifeoma|Oluwaseun|Tunde|Bola|Funmilayo|Yetunde|Kemi|Folake|Adebayo|Femi|Segun|Kwame|Kofi|Ama|Akosua|Abena|Yaw|Kojo|Efua|Esi|Nana|Wanjiru|Njeri|Otieno|Achieng|Mwangi|Tendai|Tatenda|Rutendo|Thabo|Lerato|Sipho|Zanele|Marlon|Delroy|Winston|Clement|Desmond|Beverley|Marcia|Hyacinth|Precious|Blessing|Grace|Joy|Faith|Patience|Comfort|Agnieszka|Katarzyna|Małgorzata|Magda|Zofia|Piotr|Tomasz|Krzysztof|Paweł|Łukasz|Andrzej|Ioana|Andreea|Mihaela|Elena|Bogdan|Florin|Ionuț|Alexandru|Daina|Rasa|Jurgita|Agnė|Tomas|Mantas|Dimitra|Eleni|Giorgos|Yiannis|Stavros|Mehmet|Ayşe|Emre|Elif|Zeynep|Mehmet Ali|Giulia|Francesca|Marco|Luca|Giuseppe|Ana|Inês|João|Tiago|Lucía|Carmen|Javier|Alejandro|Siân|Mei|Ling|Xiaoming|Wei|Jing|Hui|Yan|Minh|Thu|Linh|Trang|Quang|Hiroshi|Yuki|Haruto|Sakura|Ji-woo|Min-jun|Seo-yeon|Maria|Rosario|Jocelyn|Marites|Arnel|Rodel|Joy-Ann|Ngaire|Aroha|Tane|Mikaela|Anders|Sven|Ingrid|Astrid|Kai|Jonas|Lukas|Ewa|Oksana|Olena|Dmytro|Nikolai|Natasha|Svetlana|Babajide|Sade|Adwoa|Sandeep|Pradeep|Dilip|Hema|Parminder|Balwinder|Rohan|Neha|Pooja|Aditi|Shreya|Ishaan|Kiran|Reuben|Miriam|Esther|Shlomo|Chaim|Rivka""".split("|")
SURNAMES = """Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke|Harrison|Lewis|Hughes|Edwards|Turner|Hill|Cooper|Ward|Morris|Moore|Clark|Baker|Harris|King|Hargreaves|Ackroyd|Sutcliffe|Greenwood|Holroyd|Crabtree|Oldroyd|Butterworth|Brierley|Haigh|Firth|Pickles|Illingworth|Priestley|Barraclough|Thackray|Heseltine|Ramsbottom|Entwistle|Fairclough|Ormerod|Pilkington|Tattersall|Ashworth|Postlethwaite|Dobson|Armstrong|Charlton|Elliott|Milburn|Robson|Nicholson|Trevelyan|Penrose|Tregenza|Pascoe|Nancarrow|Jago|Polglase|MacDonald|McLeod|MacKenzie|Campbell|Fraser|Sinclair|Urquhart|Buchanan|Drummond|Gillespie|Ferguson|MacLean|Morrison|O'Sullivan|O'Brien|Murphy|Kelly|Byrne|Ryan|Doyle|McCarthy|Walsh|O'Connor|Fitzgerald|Ní Bhriain|Mac Giolla|Ó Súilleabháin|Gallagher|Quinn|McLaughlin|Donnelly|Maguire|Hegarty|Ap Rhys|Pritchard|Vaughan|Llewellyn|Gruffydd|Prosser|Bevan|Parry|Griffiths|Owen|Patel|Shah|Mistry|Desai|Joshi|Parekh|Chauhan|Solanki|Sharma|Gupta|Verma|Singh|Kaur|Sandhu|Gill|Dhillon|Sidhu|Bains|Johal|Khan|Hussain|Ahmed|Akhtar|Begum|Bibi|Iqbal|Malik|Chaudhry|Raja|Mahmood|Rashid|Qureshi|Siddiqui|Uddin|Miah|Rahman|Chowdhury|Islam|Choudhury|Nair|Menon|Pillai|Iyer|Reddy|Rao|Krishnan|Subramanian|Perera|Fernando|Silva|Jayasuriya|Wickramasinghe|Gurung|Thapa|Rai|Okafor|Okonkwo|Eze|Nwosu|Obi|Adeyemi|Adeleke|Ogunleye|Balogun|Oyelaran|Olawale|Afolabi|Mensah|Asante|Owusu|Boateng|Osei|Appiah|Agyeman|Danquah|Kamara|Sesay|Conteh|Diallo|Ndiaye|Diop|Kariuki|Odhiambo|Wanjiku|Kimani|Mutua|Ochieng|Nakato|Mugisha|Moyo|Ncube|Dube|Chikwanha|Mokoena|Dlamini|Nkosi|Abdi|Farah|Warsame|Hersi|Osman|Mohamud|Haile|Tesfaye|Bekele|Campbell-Brown|Grant|Francis|Henry|Samuels|Morgan|Bailey|Blackwood|Thompson-Reid|Nowak|Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowska|Zielińska|Szymański|Popescu|Ionescu|Dumitru|Stan|Constantin|Petrauskas|Kazlauskas|Bērziņš|Ozols|Tamm|Papadopoulos|Georgiou|Nikolaidis|Yilmaz|Demir|Kaya|Çelik|Öztürk|Rossi|Russo|Esposito|Romano|Ferreira|Santos|Costa|Pereira|García|Martínez|López|Fernández|Müller|Schmidt|Schneider|Fischer|Weber|Dubois|Lefebvre|Moreau|Janssen|De Vries|Van der Berg|Jansen|Andersson|Johansson|Nielsen|Hansen|Virtanen|Korhonen|Wang|Li|Zhang|Liu|Chen|Huang|Zhou|Wu|Lin|Chan|Wong|Leung|Cheung|Ng|Lau|Nguyen|Tran|Le|Pham|Hoang|Kim|Park|Lee|Choi|Tanaka|Suzuki|Takahashi|Watanabe|Santos|Reyes|Cruz|Bautista|Dela Cruz|Mendoza|Garcia|Rahimi|Karimi|Hosseini|Mohammadi|Haddad|Khoury|Saleh|Al-Sayed|Mansour|Cohen|Levy|Goldberg|Friedman|Ngata|Te Rangi|Walker-Ngata|Shevchenko|Kovalenko|Bondarenko|Ivanova|Petrova""".split("|")
NICKNAMES = "Mags|Bev|Gaz|Dazza|Jonno|Sully|Mo|Tash|Shaz|Benny|Jimbo|Robbo|Macca|Fitzy|Big Dave|Little Sue|Nanna Pat|Auntie Bola|Uncle Raj|Nan Jean|Lozza|Kaz|Tez|Sooz|Bex|Jojo|Kels".split("|")
PLACE_NAMES = "Chester|Lincoln|Preston|Kendal|Florence|Sydney|Austin|Dallas|Denver|Orlando|Devon|Shelby|Camden|Clifton|Ashley|Stanley|Carlisle|Hamilton|Adelaide|Georgia|Madison|Brooklyn|Kerry|Clare|Paris|Kingston|Lourdes|Savannah|Halifax|Phoenix|Selby|Beverley|Darlington|Winston|Milton".split("|")

STREETS = "Victoria Road|Station Road|Church Lane|Mill Lane|Park Avenue|Manor Way|Hollins Close|Ash Grove|Westfield Crescent|Oak Drive|Orchard Way|Moorside Road|Back Lane|Beech Terrace|Cliff Street|Market Street|Albert Terrace|Hawthorn Rise|Kirkgate|Briggate|Lister Street|Ffordd y Parc|Heol Gam|Stryd Fawr|Glebe Street|Craigmore Road|Lough Road|Main Street|Bóthar na Trá|Sandy Lane|Primrose Hill|Fern Bank|Gladstone Street|Tanners Yard|Cemetery Road|Rectory Gardens|Chapel Fold|Wellington Road|Cromwell Street|Long Row".split("|")
HOUSE_NAMES = "Rose Cottage|The Old Forge|Ty Gwyn|Bryn Awel|Highfield House|Fernlea|The Laurels|Hillcrest|Glen View|Swallows Rest|Cae Mawr|Ardnamurchan House|The Granary|Meadowside".split("|")
CARE_HOMES = "Sunnyside Care Home|Beechwood Court Nursing Home|Abbeyfield House|Hollybank Residential Home|Meadowcroft Care Centre|St Anne's Nursing Home|The Elms Care Home|Larchwood Lodge|Fairhaven Rest Home|Willow Bank Care Home".split("|")
US_STREETS = "Maple Avenue|Oak Street|Elm Street|Main Street|2nd Avenue|Cedar Lane|Lakeview Drive|Sunset Boulevard|Pine Ridge Road|Washington Street|Magnolia Court|Hickory Lane".split("|")
PC_AREAS = "LS|BD|HX|HD|WF|S|DN|HU|YO|HG|TS|DL|DH|NE|SR|CA|LA|PR|BB|BL|M|OL|SK|WA|CH|L|CW|ST|B|WS|WV|DY|CV|NN|LE|NG|DE|LN|PE|NR|IP|CB|CO|CM|SS|AL|LU|MK|OX|RG|SL|HP|GU|PO|SO|BN|TN|ME|CT|BA|BS|GL|SN|SP|TA|EX|TQ|PL|TR|DT|BH|CF|SA|LL|SY|LD|NP|EH|G|AB|DD|KY|FK|IV|PH|PA|KA|DG|TD|KW|ZE|HS|BT|E|N|W|SE|SW|NW|EC|WC".split("|")
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
DECOYS = [  # (sentence, the ordinary word that is also a place or a name)
    ("Reading the leaflet beforehand really helped.", "Reading"), ("It was a great deal better than my last visit.", "deal"),
    ("Will recommend to anyone who asks.", "Will"), ("Frank and honest advice from everyone.", "Frank"),
    ("There was no hope of finding a parking space.", "hope"), ("The bath on the ward could do with a clean.", "bath"),
    ("The sandwich they brought me was a bit stale.", "sandwich"), ("It was a battle to get through on the phone.", "battle"),
    ("Kept an eye on me all night.", "eye"), ("There was mold round the window frame.", "mold"),
    ("Stone cold tea again, but never mind.", "Stone"), ("The dog barking outside kept me awake.", "barking"),
    ("It took me a while to settle in but the staff were great.", "settle"), ("Street lighting near the car park is poor.", "Street"),
    ("Nice and clean, which is what matters.", "Nice"), ("A real joy to be looked after by this team.", "joy"),
    ("Grace under pressure from every single nurse.", "Grace"), ("They gave me a pat on the back and sent me home happy.", "pat"),
    ("Had to march up and down the corridor looking for someone.", "march"), ("The bill for parking was a joke.", "bill"),
    ("Rose from my chair and was called straight in.", "Rose"), ("Dawn came and still nobody had seen me.", "Dawn"),
    ("Mark my words, this is the best surgery around.", "Mark"), ("Patience is needed, the waits are long.", "Patience"),
    ("Brill staff, brill service.", "brill"), ("Ended up with hay fever from the flowers in reception.", "hay"),
    ("The new ambulance fleet looks smart.", "fleet"), ("The toast was burnt but the nurses were lovely.", "toast"),
    ("I would not sue anyone over it, just a bit disappointed.", "sue"), ("Faith restored in the NHS.", "Faith"),
    ("Sunny disposition on the front desk, made my day.", "Sunny"), ("The carol singers on the ward were a nice touch.", "carol"),
    ("Sale of decent food in the canteen would help.", "Sale"), ("Be ware of the wet floor by the lifts.", "ware"),
    ("The holly on the reception desk was a nice touch.", "holly"), ("Ivy growing over the entrance sign, you can barely read it.", "Ivy"),
    ("Penny for your thoughts, as my gran would say: brilliant.", "Penny"), ("Felt like a penny dropped once it was explained.", "penny"),
    ("The chap next to me was watching the rugby all afternoon.", "rugby"), ("Kidney stone pain sorted quickly.", "stone"),
    ("A long wait but worth it in the end, bless them.", "bless"), ("Jack of all trades, that receptionist.", "Jack"),
    ("Wells of kindness everywhere you look on that ward.", "Wells"), ("Rye bread at lunch, surprisingly nice.", "Rye"),
    ("The cheddar in the sandwich was the highlight, honestly.", "cheddar"),     ("Good to be home, march on.", "march"), ("Derby day and the place was still calm.", "Derby"),
    ("Summer heat on the ward was unbearable, no fans.", "Summer"), ("Amber warning on the weather and they still came out.", "Amber"),
    ("Ruby red face from the heat in the waiting room.", "Ruby"), ("Sandy floors near the entrance, needs a mop.", "Sandy"),
    ("Victoria sponge in the cafe was lovely.", "Victoria"),     ("Clare and simple instructions would help, sorry clear.", "Clare"), ("Orange juice was warm, not a big deal.", "deal"),
    ("Hope to never need them again but glad they were there.", "Hope"), ("Kind words go a long way, thank you.", "Kind"),
    ("Bury the old appointment system please, it does not work.", "Bury"), ("Lincoln green curtains round the bed were grim.", "Lincoln"),
    ("Ended up in a real jam at the main entrance.", "jam"), ]

# ---------------------------------------------------------------- sentence frames
# slots: {T} UK/Irish town, {TC} town + county, {CO} county, {US} US city, {AB} city abroad,
# {X} any town, {F} first name, {S} surname, {FN} full name, {N} any name form, {PN} place-word
# used as a person's name, {A} address, {D} date, {DB} date of birth, {WD} weekday + ordinal, {G} age 90+,
# {P} phone, {E} email, {PC} postcode, {Z} city, state + ZIP, {ZS} state + ZIP, {H} hospital number,
# {NHS} NHS number
FRAMES = {
"TOWN": """We travelled all the way from {T} and it was worth it.|Best hospital in {T} by a mile.|Came in by ambulance from {T}, crew were amazing.|I live in {T} so the drive is a pain but the care is excellent.|Had to go to {T} for the scan which is miles away.|Why do I have to go to {T} for a blood test?|{T} A&E was rammed but they were still kind.|Transferred to {T} at night with no warning.|Much better than the service in {T}.|Moved here from {T} last year and this surgery is the best I've had.|The ambulance took 3 hours to get to us in {T}.|Parking at the {T} site is a nightmare.|Staff at {T} were fab.|thanks to all at {T} minor injuries|Please open a clinic in {T}, lots of us can't travel.|Physio at {T} health centre sorted my knee out.|We were sent from {T} to here and back again, shambles.|My daughter drove up from {T} to be with me.|The bus from {T} only runs twice a day so I was late.|{T} walk-in centre told me to come here.|Cant fault the team at {T}.|Would rather be seen in {T}, closer to home.|Staff in {T} could learn a lot from this lot.|Visited my dad while on holiday from {T}.|Been coming here since we moved from {T}.|They even rang the {T} surgery for me.|The transport picked me up from {T} bang on time.|Lovely to have the clinic back in {T} again.|Nothing like the chaos at {T}.|Had my op in {T} and recovery here, both brilliant.|So glad I didn't have to go over to {T}.|i'm from {T} and had no idea where to go, reception helped|Crew got to {T} in ten minutes flat!|Shame the mental health team moved out of {T}.|Home visits to {T} have been so reliable.|Midwives in {T} are angels.|My mum is in a home near {T} and the district nurses visit.|Waited 5 hours in {T} before being moved.|Get the {T} ward sorted out, it's filthy.|Couldn't get an appointment in {T} for weeks.|Drove from {TC} for this.|We live out in {TC} so the home visits mean a lot.|Came down from {TC} on the train.|Originally from {TC}, the staff made me feel at home.|Ambulance had to come out to {TC} in the snow.|Nurse came all the way out to us in {CO}.|Best care in the whole of {CO}.|Over from {US} visiting family and got excellent care.|I've been treated in {US} and this was better.|My son flew in from {US} to see me.|In {US} this would have cost a fortune, thank you NHS.|Visiting from {AB} and the staff were so kind.|My family back in {AB} can't believe how good this was.|Used to be a nurse in {AB} myself, this team is excellent.|Just back from {AB} and had to be seen urgently.|The interpreter was from {AB} like me, that helped a lot.|Had treatment in {AB} before, nothing compares.|Wife is from {AB} and found it hard to understand the forms.|Flew home from {AB} early because of this and glad I did.|Lived in {X} most of my life and never been treated so well.|Going back to {X} next week, will miss you all!""".split("|"),
"NAME": """{F} on reception was lovely.|Special thanks to {FN}.|Dr {S} explained everything.|Nurse {F} was an angel.|Please pass my thanks to {F} and {F2}.|{F} the physio got me walking again.|Sister {S} runs a tight ship, well done.|The paramedic, {F}, kept me calm.|My husband {F} was treated with real dignity.|My mum {F} felt listened to.|{FN} deserves a medal.|Mr {S} and his team were fantastic.|Ask for {F}, she's brilliant.|{F}'s bedside manner is second to none.|Dr {S}'s receptionist was rude though.|thank u {F} xx|Big shout out to {N}!|{N} was not helpful at all.|The consultant ({FN}) took time to listen.|Mrs {S} the health visitor is fab.|Our nurse {F} went above and beyond.|Thank you {N}.|I was seen by {FN}, excellent.|{F} and {F2} on the night shift were great.|Prof {S} did my surgery, top man.|I want to complain about Dr {S}.|My daughter {F} came with me and they let her stay.|Carer called {F} is always late.|{N} from the crisis team rang back within the hour.|Dr. {S} was a bit abrupt.|Say hi to {F} for us!|Cheers {N}, legend.|Dr {FN} was very thorough.|The driver {F} helped me to the door.|My son {F} has autism and they were so patient with him.|Many thanks to {F}, {F2} and {S}.|{N} listened which nobody else has.|Nurse {N} was very rough with my dad.|The midwife {FN} delivered both my babies.|Grandad {F} was so well looked after.|Student nurse {F} will go far.|Receptionist {F} was really snotty.|Our GP Dr {S} is retiring, gutted.|{S} the pharmacist sorted my meds.|Dr {PN} was brilliant.|A nurse called {PN} looked after me.|My granddaughter {PN} came with me.|{PN} on reception was so helpful.|Thank you to {PN} the paramedic.|Dr {PNS} was fab.|My wife {PN} can't praise them enough.|{PN}'s care was outstanding.""".split("|"),
"ADDRESS": """Please send letters to {A} not my old address.|My address is {A}.|We live at {A}.|Ambulance went to the wrong house, we are at {A}.|Post goes to {A} now.|Mum's care home is {A}.|Letters keep going to {A} which is years out of date.|Transport was booked to {A} but never came.|Can the district nurse come to {A}?|I have moved to {A}, please update.|Home address: {A}|Send the results to {A} please.|They had me down as living at {A}, I moved ages ago.|Crew found us fine at {A} despite the satnav.|Contact my son at {A}.|My daughter lives at {A}, please write to her.|My old address {A} is still on the system.|Pick up from {A} at 9 was spot on.""".split("|"),
"DATE": """I was seen on {D}.|My appointment was on {D} and nobody turned up.|Admitted {D}, discharged two days later.|Came in on {D} with chest pain.|Still waiting since {D} for a call back.|Operation was {D}, recovery has been great.|Baby born {D}, the midwives were wonderful.|DOB {DB}|My date of birth is {DB}, they kept getting it wrong.|Cancelled on {D} with no reason given.|Seen {WD} by the out of hours team.|The crew came out {WD} and were brilliant.|Rang {WD} and got through straight away.|Had my jabs on {D}.|On {D} I waited four hours.|booked for {D} then changed again|Discharged on {D} without my meds.|The visit on {D} was the best so far.|Mum passed away on {D}, the care at the end was beautiful.|Since {D} I've had no follow up.|Appointment {D} – nobody told me it was moved.|Born {DB} and never been treated so well.|Came in {WD}, sent home same day.""".split("|"),
"AGE_OVER_89": """My nan is {G} and they treated her like royalty.|Dad is {G} and was left on a trolley for hours.|At {G} my mum deserves better than this.|I'm {G} years old and still they rushed me.|My grandad ({G}) was treated with real respect.|For a {G} year old lady she was looked after beautifully.|Aged {G}, I found the stairs impossible.|She's {G} and was left without water.|Being {G}, I appreciated them taking their time.|Our mother, aged {G}, was sent home at 2am.|i am {G} and the young nurse was lovely to me|He turns {G} next month and they made him feel young.|My {G} yr old nan was left in the corridor.|Not bad for someone who is {G}!""".split("|"),
"PHONE": """Please ring me on {P}.|My number is {P} if anyone wants to discuss.|Call back on {P} please, nobody has.|Tel: {P}|They had my number wrong, it's {P}.|Ring {P} and ask for me.|Happy to talk more, {P}.|Can someone phone my daughter on {P}?|mobile {P} txt is best|Contact me on {P} about the complaint.|My landline is {P}.|I rang {P} eight times and no answer.""".split("|"),
"EMAIL": """Email me at {E}.|Please reply to {E}.|My email is {E} if you want to follow up.|Contact: {E}|Send the letter to {E}, I never get post.|my email {E} thanks|Happy to be contacted on {E}.|Results were meant to go to {E} but never arrived.|Reply to my daughter at {E}.""".split("|"),
"POSTCODE": """My postcode is {PC} and the ambulance still got lost.|Postcode {PC} for the records.|We're at {PC}, please send the district nurse.|Satnav took the crew to {PC} instead of our house.|Clinic should be nearer {PC}, it's miles.|postcode is {PC}|The transport couldn't find {PC}.|They had my postcode as {PC}, which is wrong.|Lives at {PC}, no bus route.""".split("|"),
"ZIP": """I'm visiting from {Z} and the care was excellent.|Bills should go to my home in {Z}.|Family back in {Z} send their thanks.|We live in {Z} and were here on holiday.|Our insurance is registered in {ZS}.|Mailing address is in {ZS}.|My son lives in {Z}, he flew over.|Forward records to my doctor in {Z} please.""".split("|"),
"HOSPITAL_NUMBER": """My hospital number is {H}.|Hospital no {H} in case you need to check.|MRN: {H}|Patient number {H}, please look into it.|They kept mixing me up, my number is {H}.|Ref {H}|Unit number {H} on my letter was wrong.|Hosp no. {H}|Please check my notes, number {H}.|Reference {H} from my discharge letter.|my hosp number is {H} can someone call|Case ref: {H}""".split("|"),
"NHS_NUMBER": """My NHS number is {NHS}.|NHS no {NHS}|nhs number {NHS} please check my records|They had the wrong NHS number, mine is {NHS}.|NHS No: {NHS}|Please look up NHS number {NHS}.|For reference my NHS number is {NHS}.|Quote {NHS} (NHS no) if you call.|NHS# {NHS}""".split("|"),
"COMBO": """Dr {S} at {T} was brilliant.|Nurse {F} from {T} deserves a raise.|My nan {F} is {G} and lives in {T}.|Name: {FN}, NHS number {NHS}.|Please call {FN} on {P}.|{FN}, {A}|Ring me on {P} or email {E}.|DOB {DB}, hospital number {H}.|Mum ({G}) was taken from {T} to {X}.|My dad {F} was seen on {D} by Dr {S}.|I am {FN}, postcode {PC}, still waiting.|{F} from {T} rang me on {D}, very kind.|Paramedics {F} and {F2} came out to {T}, stars.|Contact {F} on {E} or {P}.|Moved from {T} to {A} in the spring.|Thanks to {FN} in {CO}.|Visiting from {Z}, Dr {S} was amazing.""".split("|"),
}
TEXTSPEAK = {"TOWN": ["thx 2 every1 at {T} xx", "{T} staff r the best!!", "omg {T} a&e was heaving lol"],
             "NAME": ["{F} u r a star xx", "shout out 2 {N} 👍", "ty {F} 4 everything"],
             "PHONE": ["ring me {P} pls"], "DATE": ["cum in {D} n waited 4 ages"]}
for _k, _v in TEXTSPEAK.items():
    FRAMES[_k] += _v
# anchors in the comment where a detail can be written in (after the anchor word)
ANCHORS = [
    ("TOWN", r"\b(hospital|A&E|a&e|clinic|surgery|ambulance service|walk in centre|health centre|hospice|ward)(?=[.,!;)]|$| (was|were|is|are|and|but|has|have|for|because|today|yesterday)\b)", [" in {T}", " at {T}", " in {T}", " ({T})", " over in {T}"]),
    ("NAME", r"\b(nurse|doctor|paramedic|midwife|receptionist|consultant|physio|carer|driver|surgeon|GP)(?= (was|were|is|who|and|did|gave|made|took|explained|listened|came|had|has|really|very|so|always|never|just|on|from|in|at)\b)", [" {F}", " {FN}", ", {F},", " ({F})", " {N}"]),
    ("NAME", r"\b(my|our) (mum|mother|dad|father|husband|wife|son|daughter|nan|grandad|partner|baby|sister|brother)(?= )", [" {F}", " {F}", ", {F},", " ({F})"]),
    ("DATE", r"\b(appointment|visit|operation|admission|discharge|scan|op)(?=[.,!;)]|$| (was|went|and|but|I|we|they|it)\b)", [" on {D}", " on {D}", " ({D})", " on {WD}"]),
]

# ---------------------------------------------------------------- value generators
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December".split("|")
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday".split("|")
UNITS = "zero|one|two|three|four|five|six|seven|eight|nine".split("|")


def ordinal(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


class Gen:
    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def dig(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def case(self, v, low=0.1, up=0.04):
        x = self.r.random()
        return v.lower() if x < low else v.upper() if x < low + up else v

    # each slot returns a list of (text, type-or-None) pieces
    def T(self):
        return [(self.case(self.c(ALL_TOWNS), 0.12, 0.03), "TOWN")]

    def X(self):
        return [(self.c(ALL_TOWNS + ABROAD + [u[0] for u in US_CITIES]), "TOWN")]

    def TC(self):
        t, co = self.c(TOWN_COUNTY)
        return [(t, "TOWN"), (self.c([", ", ", ", " ", " in "]), None), (co, "TOWN")]

    def CO(self):
        return [(self.c(COUNTIES), "TOWN")]

    def US(self):
        city, st, state = self.c(US_CITIES)
        x = self.r.random()
        if x < 0.4:
            return [(city, "TOWN"), (", " + self.c([st, state]), None)]
        return [(city, "TOWN")]

    def AB(self):
        return [(self.case(self.c(ABROAD), 0.08, 0.02), "TOWN")]

    def first(self):
        return self.c(NICKNAMES) if self.r.random() < 0.08 else self.c(FIRST)

    def F(self):
        return [(self.case(self.first(), 0.1, 0.04), "NAME")]

    def F2(self):
        return self.F()

    def S(self):
        return [(self.case(self.c(SURNAMES), 0.06, 0.04), "NAME")]

    def fullname(self):
        f, s = self.c(FIRST), self.c(SURNAMES)
        x = self.r.random()
        if x < 0.12:
            return f[0] + ". " + s
        if x < 0.18:
            return f[0] + self.c("ABCDEGHJKLMPRST") + " " + s
        if x < 0.25:
            return f + " " + self.c("ABCDEFGHJKLMNPRSTW") + ". " + s
        if x < 0.3:
            return s.upper() + ", " + f
        return f + " " + s

    def FN(self):
        return [(self.case(self.fullname(), 0.1, 0.05), "NAME")]

    def N(self):
        x = self.r.random()
        v = self.first() if x < 0.35 else self.fullname() if x < 0.7 else self.c(SURNAMES) if x < 0.8 else \
            self.c(FIRST)[0] + self.c("ABCDEFGHJKLMNPRSTW") if x < 0.88 else self.c(NICKNAMES)
        return [(self.case(v, 0.15, 0.06), "NAME")]

    def PN(self):
        return [(self.case(self.c(PLACE_NAMES), 0.08, 0.03), "NAME")]

    def PNS(self):
        return [(self.c(PLACE_NAMES) + " " + self.c(SURNAMES), "NAME")]

    def G(self):
        a = self.r.randint(90, 104)
        if self.r.random() < 0.35 and a < 100:
            w = "ninety" + ("" if a == 90 else self.c(["-", " "]) + UNITS[a - 90])
            return [(w, "AGE_OVER_89")]
        return [(str(a), "AGE_OVER_89")]

    def DB(self):
        return self.D(1925, 1975)

    def D(self, y0=2012, y1=2024):
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(y0, y1)
        mon = MONTHS[m - 1]
        mon = mon[:3] if r.random() < 0.25 else mon
        mon = mon.lower() if r.random() < 0.15 else mon
        f = r.randrange(12)
        if f == 0:
            return [("the ", None), (ordinal(d), "DATE")]
        v = [ordinal(d) + " " + mon, ordinal(d) + " of " + mon, mon + " " + ordinal(d), "%d %s %d" % (d, mon, y),
             "%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100), "%d/%d" % (d, m), "%02d.%02d.%02d" % (d, m, y % 100),
             "%d-%s-%02d" % (d, mon[:3], y % 100), "%s %d, %d" % (mon, d, y), ordinal(d) + " " + mon + " " + str(y)][f - 1]
        return [(v, "DATE")]

    def WD(self):
        d = self.r.randint(1, 30)
        day = self.c(DAYS)
        if self.r.random() < 0.3:
            day = day[:3] if self.r.random() < 0.5 else day.lower()
        if self.r.random() < 0.4:
            return [("on " + day + " the ", None), (ordinal(d), "DATE")]
        if self.r.random() < 0.5:
            return [("on " + day + " ", None), (ordinal(d) + " " + self.c(MONTHS), "DATE")]
        return [(day + " ", None), (ordinal(d), "DATE")]

    def P(self):
        r = self.r
        x = r.randrange(14)
        t3 = "%03d" % r.randrange(1000)
        if x < 3:
            v = self.c(["07700 900", "07700900", "07700 900 ", "+44 7700 900", "+44 (0)7700 900", "+447700900"]) + t3
        elif x < 7:
            code = self.c(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151", "0161", "0191"])
            v = code + self.c([" 496 0", " 4960", "-496-0", " 496 0"]) + t3
        elif x < 9:
            v = self.c(["020 7946 0", "020 79460", "(020) 7946 0", "+44 20 7946 0"]) + t3
        elif x == 9:
            v = self.c(["028 9649 6", "029 2018 0", "01632 960", "0306 999 0"]) + t3
        elif x < 12:
            t = "%02d" % r.randrange(100)
            v = self.c(["555-01", "(212) 555-01", "+1 312 555 01", "713-555-01", "(503) 555-01"]) + t
        else:
            v = self.c(["+353 20 91", "+61 491 570 1", "+234 803 000 0", "+91 98765 0", "+48 500 000 ", "+1 416 555 01"]) + "%02d" % r.randrange(100) + (self.dig(1) if r.random() < 0.5 else "")
        return [(v, "PHONE")]

    def E(self):
        f, s = self.c(FIRST).lower(), self.c(SURNAMES).lower()
        f = re.sub(r"[^a-z]", "", f) or "jo"
        s = re.sub(r"[^a-z]", "", s) or "smith"
        local = self.c([f + "." + s, f[0] + s, f + s + self.dig(2), f + "_" + s[0], s + "." + f, f + "." + s + "." + self.dig(1),
                        "the" + s + "s", f + "x" + s, s + self.dig(4)])
        dom = self.c(["example.com", "example.org", "example.net", "example.co.uk", "mail.example.com", "example.com"])
        v = local + "@" + dom
        return [(v.upper() if self.r.random() < 0.04 else v, "EMAIL")]

    def pc(self):
        r = self.r
        a = self.c(PC_AREAS)
        if a in ("EC", "WC", "SW", "W") and r.random() < 0.4:
            dist = str(r.randint(1, 2)) + self.c("ABHNPVWX")
        else:
            dist = str(r.randint(1, 28 if len(a) == 1 else 20))
        return a + dist + " " + str(r.randrange(10)) + self.c(PC_LETTERS) + self.c(PC_LETTERS)

    def PC(self):
        v = self.pc()
        x = self.r.random()
        v = v.lower() if x < 0.2 else v.replace(" ", "") if x < 0.3 else v.replace(" ", "  ") if x < 0.33 else v.capitalize() if x < 0.38 else v
        return [(v, "POSTCODE")]

    def zipc(self):
        z = "%05d" % self.r.randint(1001, 99950)
        return z + ("-" + self.dig(4) if self.r.random() < 0.2 else "")

    def Z(self):
        city, st, state = self.c(US_CITIES)
        return [(city, "TOWN"), (", " + self.c([st, st, state]) + " ", None), (self.zipc(), "ZIP")]

    def ZS(self):
        city, st, state = self.c(US_CITIES)
        return [(self.c([state, st]) + " ", None), (self.zipc(), "ZIP")]

    def H(self):
        r = self.r
        v = self.c([lambda: self.c("KJHRMXT") + self.dig(7), lambda: "RX" + self.dig(6), lambda: self.dig(8),
                    lambda: self.c("ABCDEF") + self.dig(2) + "-" + self.dig(3) + "-" + self.dig(3), lambda: "H/" + self.dig(6),
                    lambda: self.c(["LTH", "RTH", "STH", "BHT", "NUH"]) + self.dig(7), lambda: "W" + self.dig(6) + self.c("ABCDXYZ"),
                    lambda: "HN " + self.dig(6), lambda: self.dig(4) + " " + self.dig(4), lambda: self.c("ABCDEFGH").lower() + self.dig(6),
                    lambda: "MRN" + self.dig(8), lambda: self.dig(2) + self.c("ABCDE") + self.dig(5)])()
        return [(v, "HOSPITAL_NUMBER")]

    def NHS(self):
        while True:
            d = [self.r.randrange(10) for _ in range(9)]
            if d[0] == 0:
                continue
            chk = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            chk = 0 if chk == 11 else chk
            if chk != 10:
                break
        s = "".join(map(str, d)) + str(chk)
        if self.r.random() < 0.5:
            s = s[:3] + self.c([" ", " ", "-"]) + s[3:6] + self.c([" ", " ", "-"]) + s[6:] if self.r.random() < 0.85 else s[:3] + " " + s[3:6] + " " + s[6:]
        return [(s, "NHS_NUMBER")]

    def A(self):
        r, n = self.r, str(self.r.randint(1, 240))
        t = self.c(ALL_TOWNS)
        st = self.c(STREETS)
        k = r.randrange(24)
        if k < 9:
            parts = [self.c([n + " " + st, "Flat " + str(r.randint(1, 40)) + ", " + self.c(["Mill House", "Regent Court", "Tŷ Newydd", "Kings Court"]) + ", " + n + " " + st,
                            self.c(HOUSE_NAMES) + ", " + st, self.c(CARE_HOMES) + ", " + st, n + self.c(["a", "b", ""]) + " " + st])]
            parts.append(t)
            if r.random() < 0.4:
                parts.append(self.c(COUNTIES))
            if r.random() < 0.6:
                parts.append(self.pc())
            sep = self.c([", ", ", ", " ", ",\n", "\n"])
            v = sep.join(parts)
            if sep == " " and r.random() < 0.5:
                v = v.lower()
        elif k == 9:
            v = n + " " + self.c(["Lisburn Road", "Glen Road", "Main Street", "Shore Road"]) + ", " + self.c(["Belfast", "Newry", "Omagh", "Larne"]) + " BT" + str(r.randint(1, 94)) + " " + str(r.randrange(10)) + self.c(PC_LETTERS) + self.c(PC_LETTERS)
        elif k in (10, 11):
            v = self.c([n + " Main Street", self.c(["Ard na Gréine", "Cois Farraige", "Knockmore"]) + ", Ballyduff", "Apartment " + str(r.randint(1, 60)) + ", The Maltings, " + self.c(STREETS)]) + ", " + \
                self.c(["Dingle, Co. Kerry", "Clonakilty, Co. Cork", "Ennis, Co Clare", "Navan, Co. Meath", "Dublin 8", "Galway"]) + ", " + self.c(["V92", "P85", "V95", "C15", "D08", "H91", "A65", "T12"]) + " " + self.c("ACDEFHKNPRTVWXY") + self.dig(1) + self.c("ACDEFHKNPRTVWXY") + self.dig(1)
        elif k in (12, 13, 14):
            city, s2, state = self.c(US_CITIES)
            v = n + " " + self.c(US_STREETS) + self.c(["", ", Apt " + str(r.randint(1, 30)) + self.c("ABCD"), " #" + str(r.randint(2, 9))]) + ", " + city + ", " + s2 + " " + self.zipc() + self.c(["", ", USA", ""])
        elif k == 15:
            v = n + " " + self.c(["Queen St W", "Rue Saint-Denis", "Jasper Ave", "Barrington St"]) + ", " + self.c(["Toronto, ON M5V 2A1", "Montréal, QC H2X 1K4", "Edmonton, AB T5J 0N3", "Halifax, NS B3J 1V2"]) + ", Canada"
        elif k == 16:
            v = n + " " + self.c(["Wattle St", "Beach Road", "Smith Street", "Kowhai Road"]) + ", " + self.c(["Fitzroy VIC 3065, Australia", "Bondi NSW 2026, Australia", "Fremantle WA 6160", "Grey Lynn, Auckland 1021, New Zealand", "Riccarton, Christchurch 8011, NZ"])
        elif k in (17, 18):
            v = self.c(["House " + n + ", Road " + str(r.randint(1, 30)) + ", Dhanmondi, Dhaka 1205, Bangladesh", "Flat " + str(r.randint(1, 9)) + "B, Sai Apartments, MG Road, Pune 411001, India",
                        "Village Kotli, Tehsil Dadyal, Mirpur, Azad Kashmir, Pakistan", "House No. " + n + ", Street 14, G-9/2, Islamabad", n + " Galle Road, Colombo 3, Sri Lanka",
                        "Ward No. 5, Pokhara, Nepal", "Plot " + n + ", Sector 22, Chandigarh 160022, India"])
        elif k in (19, 20):
            v = self.c([n + " Adeola Odeku Street, Victoria Island, Lagos, Nigeria", "House No. " + n + ", Osu Badu Street, Accra, Ghana", "Plot " + n + ", Kampala Road, Kampala, Uganda",
                        "P.O. Box " + self.dig(4) + "-00100, Nairobi, Kenya", n + " Independence Avenue, Harare, Zimbabwe", "Kebele 07, House " + n + ", Addis Ababa, Ethiopia",
                        "Rue " + n + ", Medina, Dakar, Senegal", n + " Wilkinson Road, Freetown, Sierra Leone"])
        elif k in (21, 22):
            v = self.c(["ul. Długa " + n + "/3, 31-147 Kraków, Poland", "Str. Memorandumului " + n + ", Cluj-Napoca 400114, Romania", "Rua Augusta " + n + ", 1100-053 Lisboa, Portugal",
                        "Calle Mayor " + n + ", 3º B, 28013 Madrid, Spain", "Hauptstraße " + n + ", 04109 Leipzig, Germany", "Via Roma " + n + ", 80132 Napoli, Italy",
                        "Gedimino pr. " + n + ", LT-01103 Vilnius, Lithuania", n + " rue de la République, 69002 Lyon, France"])
        else:
            v = self.c(["Lot " + n + ", Hope Road, Kingston 6, Jamaica", n + " Frederick Street, Port of Spain, Trinidad", n + " Bay Street, Bridgetown, Barbados", n + " Church Street, Basseterre, St Kitts"])
        if "\n" not in v and r.random() < 0.06:
            v = v.replace(", ", "\n")
        return [(v, "ADDRESS")]

# ---------------------------------------------------------------- selection
def load_sources():
    rows = []
    with open(os.path.join(SRC, "fft_phase1.csv"), newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            rows.append(("fft1:%d" % i, (row.get("row_index") or "").strip(), (row.get("feedback") or "").strip()))
    with open(os.path.join(SRC, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.append(("fft2:" + row["Comment ID"], None, (row.get("FFT answer") or "").strip()))
    return rows


def used_ids():
    ids = set()
    for f in sorted(glob.glob(os.path.join(ROOT, "evaluation", "data", "redaction_*.jsonl"))):
        m = re.match(r"redaction_devset(\d+)\.jsonl$", os.path.basename(f))
        if m and int(m.group(1)) >= 20:
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.add(str(json.loads(line).get("id")))
    return ids


TITLE = re.compile(r"\b(Dr|Mr|Mrs|Ms|Miss|Mx|Nurse|Sister|Prof|Professor|Doctor|Matron|Dr\.)\.?\s+[A-Z]")
BAD = re.compile(r"\d{3,}|\b\d+\s*(st|nd|rd|th)\b|\d{1,2}\s*[/.\-]\s*\d{1,2}|@|https?:|www\.|\.(com|org|net|co\.uk)\b|xxx|\*\*|\[|\]|<|>|#|\bredacted\b|\bremoved\b", re.I)
WORD = re.compile(r"[^\W\d_][\w'’&-]*")


def select(rng):
    rows = load_sources()
    used = used_ids()
    excl_text, keep = set(), []
    for cid, ri, text in rows:
        if cid in used or (ri is not None and ri != "" and "fft1:" + ri in used):
            excl_text.add(text)
    lower_n, capmid_n, caps_docs = collections.Counter(), collections.Counter(), collections.Counter()
    for _, _, text in rows:
        seen = set()
        for m in WORD.finditer(text):
            w = m.group()
            if w.islower():
                lower_n[w] += 1
            elif w[0].isupper() and m.start() > 0 and not re.search(r"[.!?]\s*$", text[:m.start()]):
                capmid_n[w.lower()] += 1
            if w.isupper() and len(w) > 1:
                seen.add(w)
        caps_docs.update(seen)
    seen_text = set()
    for cid, ri, text in rows:
        if not (20 <= len(text) <= 600) or cid in used or (ri and "fft1:" + ri in used) or text in excl_text or text in seen_text:
            continue
        seen_text.add(text)
        letters = [ch for ch in text if ch.isalpha()]
        if BAD.search(text) or TITLE.search(text) or sum(ch.isupper() for ch in letters) > 0.4 * len(letters):
            continue
        ok = True
        for m in WORD.finditer(text):
            w = m.group()
            if w.islower() or w in ("I", "I'm", "I've", "I'd", "I'll", "I’m", "A"):
                continue
            if w.isupper() and len(w) <= 6 and caps_docs[w] >= 3:
                continue
            lw = w.lower()
            if lower_n[lw] >= 3 and lower_n[lw] >= capmid_n[lw]:
                continue
            ok = False
            break
        if ok:
            keep.append((cid, text))
    rng.shuffle(keep)
    return keep, len(used)


# ---------------------------------------------------------------- planting
SLOT = re.compile(r"\{(\w+)\}")
STOP = {"upon", "the", "on", "le", "in", "de", "la", "of", "and", "next", "sea", "super", "under", "st", "du", "van", "der", "dela", "te", "al", "mac", "bin"}


def typo(w, rng):
    i = rng.randrange(1, len(w) - 2)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:] if rng.random() < 0.6 else w[:i] + w[i + 1:]


def render(frame, gen, rng, mode):
    """frame -> list of (text, type) pieces; mode: None, 'lower', 'upper'."""
    pieces, pos = [], 0
    for m in SLOT.finditer(frame):
        pieces.append((frame[pos:m.start()], None))
        pieces.extend(getattr(gen, m.group(1))())
        pos = m.end()
    pieces.append((frame[pos:], None))
    if rng.random() < 0.12:  # a typo in a word next to the values
        idx = [i for i, (t, ty) in enumerate(pieces) if ty is None and re.search(r"[a-z]{5,}", t)]
        if idx:
            i = rng.choice(idx)
            words = list(re.finditer(r"[a-z]{5,}", pieces[i][0]))
            w = rng.choice(words)
            pieces[i] = (pieces[i][0][:w.start()] + typo(w.group(), rng) + pieces[i][0][w.end():], None)
    if mode == "lower":
        pieces = [(t.lower(), ty) for t, ty in pieces]
    elif mode == "upper":
        pieces = [(t.upper(), ty) for t, ty in pieces]
    return [(t, ty) for t, ty in pieces if t]


def assemble(original, inserts):
    """inserts: list of (pos, order, pieces) -> text, entities"""
    text, ents, last = "", [], 0
    for pos, _, pieces in sorted(inserts, key=lambda x: (x[0], x[1])):
        text += original[last:pos]
        last = pos
        for t, ty in pieces:
            if ty:
                ents.append({"start": len(text), "end": len(text) + len(t), "type": ty, "value": t,
                             "profiles": PROFILES.get(ty, BOTH)})
            text += t
    text += original[last:]
    return text, ents


def collides(text, ents):
    spans = [(e["start"], e["end"]) for e in ents]
    for e in ents:
        if e["type"] not in ("TOWN", "NAME"):
            continue
        for tok in re.findall(r"[^\W\d_]+", e["value"]):
            if len(tok) < 2 or tok.lower() in STOP:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text, re.I):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    return True
    return False


QUOTA = {"TOWN": 370, "NAME": 215, "ADDRESS": 150, "DATE": 80, "AGE_OVER_89": 31, "PHONE": 28, "EMAIL": 24,
         "POSTCODE": 26, "ZIP": 22, "HOSPITAL_NUMBER": 26, "NHS_NUMBER": 25}


def plant(cid, original, gen, rng, quota, kind, st):
    low = original == original.lower()
    bounds = [m.end() for m in re.finditer(r"(?<=[.!?])\s+(?=\S)", original)]
    for _attempt in range(50):
        inserts, used_frames, anchor_used, nunits = [], [], False, 0
        if kind == "decoy":
            sent, word = rng.choice(DECOYS)
            inserts.append(unit_insert(original, [(sent.lower() if low else sent, None)], rng, bounds, len(inserts)))
            nunits = rng.choice([0, 1, 1, 2, 2, 3])
        elif kind == "detail":
            nunits = rng.choices([1, 2, 3, 4], [27, 35, 24, 14])[0]
        for _ in range(nunits):
            left = {k: v for k, v in quota.items() if v > 0} or {"TOWN": 1, "NAME": 1}
            ty = rng.choices(sorted(left), [left[k] for k in sorted(left)])[0]
            if rng.random() < 0.07:
                ty = "COMBO"
            mode = "lower" if low else rng.choices([None, "lower", "upper"], [70, 25, 5])[0]
            anchors = [a for a in ANCHORS if a[0] == ty]
            done = False
            if anchors and not anchor_used and rng.random() < 0.4:
                a = rng.choice(anchors)
                ms = list(re.finditer(a[1], original, re.I))
                if ms:
                    m = rng.choice(ms)
                    fr = rng.choice(a[2])
                    inserts.append((m.end(), len(inserts), render(fr, gen, rng, "lower" if low else None)))
                    used_frames.append("anchor:" + fr)
                    anchor_used = done = True
            if not done:
                fr = rng.choice(FRAMES[ty])
                used_frames.append(fr)
                inserts.append(unit_insert(original, render(fr, gen, rng, mode), rng, bounds, len(inserts)))
        text, ents = assemble(original, inserts)
        if kind == "detail" and not 1 <= len(ents) <= 4 or kind == "decoy" and len(ents) > 4:
            continue
        if collides(text, ents):
            continue
        if kind == "decoy" and re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.I) is None:
            continue
        for e in ents:
            assert text[e["start"]:e["end"]] == e["value"]
            if e["type"] in quota:
                quota[e["type"]] -= 1
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"]
        st["frames"].update(used_frames)
        st["anchor"] += sum(f.startswith("anchor:") for f in used_frames)
        return {"id": cid, "text": text, "original": original, "entities": ents}
    return None


def unit_insert(original, pieces, rng, bounds, order):
    where = rng.choices(["before", "after", "middle"], [30, 45, 25])[0]
    if where == "middle" and bounds:
        return (rng.choice(bounds), order, pieces + [(" ", None)])
    if where == "before":
        return (0, order, pieces + [(rng.choice([" ", " ", " ", "\n", "  "]), None)])
    end_punct = original[-1:] in ".!?"
    sep = rng.choice([" ", " ", "\n", " - ", ". " if not end_punct else " ", ", " if not end_punct else " "])
    return (len(original), order, [(sep, None)] + pieces)


def is_subseq(a, b):
    it = iter(b)
    return all(ch in it for ch in a)


def build():
    rng = random.Random(SEED)
    pool, n_used = select(rng)
    gen = Gen(rng)
    quota = dict(QUOTA)
    st = {"frames": collections.Counter(), "anchor": 0, "pool": len(pool), "excluded_ids": n_used,
          "decoy": 0, "none": 0}
    out, k = [], 0
    kinds = ["decoy"] * 62 + ["none"] * 8
    while k < len(pool) and (len(out) < 500 or any(v > 0 for v in quota.values())):
        kind = kinds.pop(rng.randrange(len(kinds))) if kinds and rng.random() < 0.17 else "detail"
        cid, original = pool[k]
        k += 1
        if kind == "none":
            rec = {"id": cid, "text": original, "original": original, "entities": []}
        else:
            rec = plant(cid, original, gen, rng, quota, kind, st)
            if rec is None:
                continue
        assert is_subseq(original, rec["text"])
        st[kind] = st.get(kind, 0) + 1
        out.append(rec)
    st["k"] = k
    return out, st


def stats(out, st):
    c = collections.Counter(e["type"] for r in out for e in r["entities"])
    per = collections.Counter(len(r["entities"]) for r in out)
    print("records", len(out))
    print("entities", sum(c.values()))
    for t in sorted(c):
        print("  %-16s %d" % (t, c[t]))
    print("records by entity count", dict(sorted(per.items())))
    print("decoy records", st.get("decoy", 0), "| no-detail records", sum(1 for r in out if not r["entities"]))
    print("place-word person names", sum(1 for r in out for e in r["entities"] if e["type"] == "NAME" and e["value"].title() in PLACE_NAMES or e["type"] == "NAME" and e["value"].split(" ")[0] in PLACE_NAMES))
    print("all lower-case originals", sum(1 for r in out if r["original"] == r["original"].lower()))
    print("anchor insertions", st["anchor"], "| distinct frames used", len(st["frames"]))
    print("phase1 records", sum(r["id"].startswith("fft1:") for r in out), "| phase2 records", sum(r["id"].startswith("fft2:") for r in out))
    print("comments used", st["k"], "of eligible pool", st["pool"], "| ids excluded from other sets", st["excluded_ids"])


def main():
    out, st = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        stats(out, st)


if __name__ == "__main__":
    main()
