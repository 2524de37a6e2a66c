#!/usr/bin/env python3
"""Build evaluation/data/redaction_devset23.jsonl.

A held-out development set for the redactor: 500 real NHS Friends and Family
Test comments (from /work/shared/data/nhs_fft, The-Strategy-Unit/pxtextmining,
MIT, copyright NHS England; Care Opinion material CC BY-NC-SA 4.0) with
invented personal details planted into them.  Written from scratch without
reading the redactor, its tests, reports, or any other set's builder/card.

Deterministic: one random.Random(20260023); no set/dict iteration order is
relied on.  Standard library only.

    python build_redaction_devset23.py            # writes the jsonl
    python build_redaction_devset23.py --stats    # writes and prints counts
"""
import argparse
import collections
import csv
import json
import os
import re
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = '/work/shared/data/nhs_fft'
OUT = os.path.join(ROOT, 'evaluation', 'data', 'redaction_devset23.jsonl')
EXCLUDE_FILES = ['redaction_testset.jsonl', 'redaction_testset_v2.jsonl',
                 'redaction_devset5.jsonl']
SEED = 20260023
N_RECORDS = 500
N_EMPTY = 25          # records with no planted detail (about 5%)
N_DECOY = 60          # records with a decoy sentence (about 12%)
N_DECOY_IN_EMPTY = 10
MAX_ENT = 4           # per record, except a lone five-name list
TARGET = collections.OrderedDict([
    ('NAME', 440), ('TOWN', 235), ('ADDRESS', 80), ('DATE', 70),
    ('AGE_OVER_89', 45), ('PHONE', 25), ('EMAIL', 20), ('POSTCODE', 25),
    ('HOSPITAL_NUMBER', 30), ('NHS_NUMBER', 20), ('ZIP', 15)])
HIPAA_ONLY = {'TOWN', 'DATE', 'AGE_OVER_89'}


def profiles(t):
    return ['hipaa_safe_harbor'] if t in HIPAA_ONLY else ['standard', 'hipaa_safe_harbor']


# ---------------------------------------------------------------------------
# Source and selection
# ---------------------------------------------------------------------------
TOK = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
PII_LIKE = re.compile(
    r"\d{3,}|\d+(?:st|nd|rd|th)\b|\d{1,2}\s*[/.-]\s*\d{1,2}|@|https?:|www\.|"
    r"\.(?:com|co\.uk|org|net|uk|nhs|gov)\b|xxx|\*\*|#|redacted|\[name\]", re.I)
BRACKETS = re.compile(r"[\[\]{}<>()]")
TITLE_CAP = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|nurse|sister)\b\.?)\s+[A-Z]")
I_FORMS = {'I', "I'm", "I've", "I'd", "I'll"}


def load_source():
    p1 = list(csv.DictReader(open(os.path.join(DATA, 'fft_phase1.csv'),
                                  newline='', encoding='utf-8')))
    p2 = list(csv.DictReader(open(os.path.join(DATA, 'fft_phase2_v6framework.csv'),
                                  newline='', encoding='utf-8')))
    rows = []   # (id, stripped text, alternative phase-1 row_index or None)
    for i, r in enumerate(p1):
        rows.append(('fft1:%d' % i, (r['feedback'] or '').strip(), r.get('row_index')))
    for r in p2:
        rows.append(('fft2:' + r['Comment ID'], (r['FFT answer'] or '').strip(), None))
    return rows


def excluded_ids():
    ids = []
    for f in EXCLUDE_FILES:
        with open(os.path.join(ROOT, 'evaluation', 'data', f), encoding='utf-8') as fh:
            for line in fh:
                if line.strip():
                    ids.append(json.loads(line)['id'])
    return ids


def word_stats(rows):
    low = collections.Counter()
    capmid = collections.Counter()
    acro = collections.Counter()
    for _, t, _ in rows:
        if not t:
            continue
        seen = set()
        for m in TOK.finditer(t):
            w = m.group()
            k = w.lower()
            if k.endswith("'s"):
                k = k[:-2]
            pre = t[:m.start()].rstrip(' "\'(')
            start = (not pre) or pre[-1] in '.!?\n'
            if w.islower():
                low[k] += 1
            elif w[0].isupper() and not start:
                capmid[k] += 1
            if w.isupper() and len(w) <= 6 and w not in seen:
                acro[w] += 1
                seen.add(w)
    return low, capmid, acro


def risky(t, low, capmid, acro):
    if PII_LIKE.search(t) or BRACKETS.search(t) or TITLE_CAP.search(t):
        return True
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.4:
        return True
    for m in TOK.finditer(t):
        w = m.group()
        if not w[0].isupper() or w in I_FORMS:
            continue
        if w.isupper() and len(w) <= 6 and acro[w] >= 3:
            continue
        k = w.lower()
        if k.endswith("'s"):
            k = k[:-2]
        if low[k] >= 3 and low[k] >= capmid[k]:
            continue
        return True
    return False


def eligible_pool(rows):
    ex = excluded_ids()
    ex1 = {int(x.split(':', 1)[1]) for x in ex if x.startswith('fft1:')}
    ex2 = {x for x in ex if x.startswith('fft2:')}
    ex_text = set()
    for i, (cid, t, ri) in enumerate(rows):
        if cid.startswith('fft1:'):
            pos = int(cid.split(':', 1)[1])
            alt = int(ri) if ri not in (None, '') and str(ri).isdigit() else None
            if pos in ex1 or (alt is not None and alt in ex1):
                if t:
                    ex_text.add(t)
        elif cid in ex2 and t:
            ex_text.add(t)
    low, capmid, acro = word_stats(rows)
    seen = set()
    pool = []
    for cid, t, ri in rows:
        if not (20 <= len(t) <= 700) or t in seen:
            continue
        seen.add(t)
        if cid.startswith('fft1:'):
            pos = int(cid.split(':', 1)[1])
            alt = int(ri) if ri not in (None, '') and str(ri).isdigit() else None
            if pos in ex1 or (alt is not None and alt in ex1):
                continue
        elif cid in ex2:
            continue
        if t in ex_text:
            continue
        if risky(t, low, capmid, acro):
            continue
        pool.append((cid, t))
    return pool


# ---------------------------------------------------------------------------
# Invented value pools
# ---------------------------------------------------------------------------
def W(s):
    return [x.strip() for x in s.split('|') if x.strip()]


FIRST = W("""
Tom|Jack|Oliver|Harry|George|Emily|Sophie|Charlotte|Lucy|Hannah|Kevin|Gary|Darren|Lee|Wayne|
Karen|Tracey|Julie|Sharon|Margaret|Doreen|Brenda|Stan|Derek|Colin|Graham|Becky|Jess|Chloe|
Megan|Ellie|Ryan|Liam|Josh|Callum|Bethany|Kirsty|Gemma|Stacey|Paul|Steve|Andy|Neil|Carl|
Nigel|Clive|Gillian|Pauline|Maureen|Sheila|Hamish|Fraser|Morag|Ailsa|Eilidh|Iona|Calum|Euan|
Kirsteen|Lachlan|Struan|Isla|Rhys|Gethin|Cerys|Angharad|Dafydd|Sioned|Ffion|Iwan|Llinos|
Bethan|Rhiannon|Owain|Siobhan|Niamh|Aoife|Ciaran|Padraig|Oisín|Saoirse|Gráinne|Declan|Eamon|
Róisín|Cormac|Sinéad|Priya|Anjali|Rajesh|Sunil|Harpreet|Gurpreet|Mohammed|Imran|Ayesha|Farhana|
Nadia|Arjun|Deepak|Sanjay|Kavita|Zainab|Tariq|Shabana|Nusrat|Rohan|Parminder|Jaspreet|Bilal|
Fatima|Dev|Amrit|Kemi|Adaeze|Chidi|Oluwaseun|Tunde|Ngozi|Kwame|Ama|Kofi|Abena|Emeka|Funmilayo|
Yaw|Chiamaka|Babajide|Folake|Wanjiru|Amani|Baraka|Zawadi|Abdi|Hodan|Tesfaye|Meron|Kiprop|
Achieng|Delroy|Marcia|Winston|Lascelles|Junior|Desmond|Claudette|Errol|Yvonne|Leroy|Wei|Mei|
Xiaoling|Jun|Hui|Jing|Yan|Thanh|Linh|Huong|Minh|Tuan|Ngoc|Phuong|Agnieszka|Łukasz|Katarzyna|
Piotr|Małgorzata|Tomasz|Magda|Kasia|Bogdan|Oksana|Dmitri|Irina|Andrei|Ionela|Mihai|Jurgita|
Tomas|Vesna|Milena|Ahmed|Omar|Layla|Yousef|Mariam|Khalid|Hassan|Noor|Samira|Rania|Karim|Hamza|
Emre|Elif|Mehmet|Zeynep|Burak|Ayşe|Deniz|Serkan|João|Gonçalo|Inês|Thiago|Larissa|Rafaela|
Joaquim|Fernanda|Luana|Maricel|Jovelyn|Rhea|Marites|Rodel|Jomar|Rosalinda|Arnel|Eleni|Giorgos|
Dimitra|Nikos|Kostas|Sofia|Vasiliki|Yiannis|Alejandro|Lucía|Mateo|Ximena|Camila|Jorge|Marisol|
Guadalupe|Santiago|Nuria|Zoë|Renée|Chloé|José|Björn|Anne-Marie|Mary-Jane|Jean-Pierre|Lily-Mae|
Jo-Anne|Mei-Ling|Abdul-Rahman|Li Na|Mary Kate""")

WORDNAMES = W("""Hope|Faith|Will|Grace|Rose|Summer|Mark|Bill|Frank|Sunny|Jordan|Chelsea|Florence|
Joy|Dawn|Holly|Ivy|Penny|Pat|Jack|Robin|Heather|Sky|Amber|Hunter|Sandy|Victor|Ruby|Daisy|Hazel|
Patience|Precious|Blessing|Destiny|Miracle|Lovely|Princess|Drew|Chase|Brook|Sterling|Wade|
Hunter|Autumn|Crystal|Jasmine|Lily|Poppy""")

NICK = W("""Jonny|Bex|Big Dave|Mags|Jas|Kaz|Baz|Gaz|Shaz|Tez|Deano|Robbo|Smudge|Jojo|Titch|Mo|
Nat|Jimmy|Lil|Bobby|Frankie|Alfie|Abi|Lou|Jen|Fi|Ali|Rach|Kath|Steph|Liz|Vicky|Debs|Bev|Mandy|
Tash|Big Mick|Wee Jimmy|Little Sam|Macca|Danno|Kel|Chaz|Sammi|Bobbi|Ronnie|Nessa|Jules|Dom""")

SURN = W("""
Smith|Jones|Taylor|Brown|Wilson|Thompson|Robinson|Wright|Walker|Hughes|Green|Hall|Clarke|
Jackson|Harrison|Atkinson|Dobson|Armstrong|Pickering|Featherstone|Bainbridge|Charlton|Robson|
Elliott|MacLeod|McGregor|Campbell|Fraser|MacKenzie|Stewart|Buchanan|Drummond|McAllister|
Llewellyn|Pritchard|Prosser|Bevan|Jenkins|Vaughan|Powell|O'Sullivan|O'Neill|McCarthy|
Ó Ceallaigh|Gallagher|Doherty|Byrne|Kavanagh|O'Connor|McGuinness|Mac Giolla|Patel|Sharma|Khan|
Hussain|Begum|Chaudhry|Gill|Sandhu|Iyer|Reddy|Banerjee|Chowdhury|Rahman|Akhtar|Mistry|Bhatt|Nair|
Okafor|Adeyemi|Mensah|Osei|Boateng|Nwosu|Adebayo|Oyelaran|Asante|Okonkwo|Eze|Ogunleye|Mwangi|
Odhiambo|Kiprono|Hailu|Abdullahi|Njoroge|Reid|Grant|Francis|Baptiste|Henry|Chen|Wong|Li|Zhang|
Liu|Huang|Lam|Cheung|Ng|Tang|Nguyen|Tran|Pham|Hoang|Vu|Dang|Kowalski|Nowak|Wiśniewska|Zieliński|
Wójcik|Kamińska|Lewandowski|Popescu|Ionescu|Petrov|Kovalenko|Horváth|Novák|Jankauskas|
Kaczmarek|Dąbrowski|Al-Rashid|Haddad|Mansour|El-Sayed|Abdullah|Nasser|Farouk|Khalil|Yılmaz|
Demir|Kaya|Şahin|Çelik|Öztürk|Aydın|Silva|Santos|Oliveira|Ferreira|Costa|Pereira|Carvalho|
Rodrigues|Reyes|Dela Cruz|Bautista|Mendoza|Villanueva|Aquino|Papadopoulos|Georgiou|Nikolaidis|
Konstantinou|Christodoulou|García|Fernández|López|Martínez|Hernández|Ramírez|Torres|Vargas|
Hope|Brook|Rose|Hill|Wood|Moore|Marsh|Hunter|Bishop|Parsons|Baker|Cook|D'Souza|N'Diaye|
van der Berg|De Souza|St John|Ní Bhriain""")

DOUBLE_SURN = W("""Fortescue-Smythe|Hughes-Ochieng|Baker-Mensah|Lloyd-Pritchard|Ashworth-Khan|
Carter-Nwosu|Taylor-Wong|Ramsay-Reid|Price-Oyelaran|Holt-Whitaker|Ellis-Baptiste|Watson-Patel|
Okoro-Smith|Dunn-Kaczmarek|Ferreira-Clarke|Murray-Tesfaye""")

TITLES = W("Dr|Dr.|Mr|Mrs|Ms|Miss|Prof|Professor|Sister|Nurse|Matron")

TOWNS = W("""
Northampton|Kettering|Corby|Wellingborough|Daventry|Rushden|Towcester|Oundle|Brackley|Darlington|
Hartlepool|Sunderland|Gateshead|Middlesbrough|Stockton-on-Tees|Redcar|Guisborough|Bishop Auckland|
Consett|Stanley|Chester-le-Street|Houghton-le-Spring|Seaham|Peterlee|Hexham|Morpeth|Alnwick|
Blyth|Ashington|Cramlington|Berwick-upon-Tweed|Whitley Bay|Tynemouth|Jarrow|Hebburn|Washington|
Mansfield|Newark|Worksop|Retford|Hucknall|Beeston|Ilkeston|Sutton-in-Ashfield|Kirkby-in-Ashfield|
Southwell|Grantham|Melton Mowbray|Ashby-de-la-Zouch|Loughborough|Market Harborough|Oakham|
Stratford-upon-Avon|Newcastle upon Tyne|Kingston upon Hull|Burton upon Trent|Newcastle-under-Lyme|
Southend-on-Sea|Henley-on-Thames|Ross-on-Wye|Clacton-on-Sea|Barrow-in-Furness|Bishop's Stortford|
Reading|Bath|Wells|Street|Hope|Sale|Rugby|Deal|March|Ware|Diss|Battle|Mold|Bury|Shirley|
Beverley|Morley|Clifton|Ripley|Kendal|Whitby|Scarborough|Skipton|Harrogate|Pontefract|Goole|
Grimsby|Skegness|Louth|Spalding|Wisbech|King's Lynn|Cromer|Thetford|Penzance|Bodmin|Looe|Truro|
Tiverton|Barnstaple|Frome|Yeovil|Ludlow|Oswestry|Leominster|Llanelli|Machynlleth|Aberystwyth|
Pontypridd|Ystradgynlais|Caernarfon|Betws-y-Coed|Llandudno|Blaenau Ffestiniog|Merthyr Tydfil|
Inverness|Kirkcaldy|Portree|Stornoway|Ballachulish|Kirkintilloch|Auchtermuchty|Dingwall|
Fort William|Dunfermline|Oban|Dún Laoghaire|Ennis|Letterkenny|Ballina|Athlone|Carrick-on-Shannon|
Dungarvan|Tralee|Enniskillen|Ballymena|Coleraine|Portadown|Newry|Derry|Milton Keynes|Luton|
Bedford|Peterborough|Leicester|Nottingham|Derby|Chesterfield|Sheffield|Leeds|Bradford|Wakefield|
Doncaster|Rotherham|Barnsley|York|Durham|Carlisle|Penrith|Workington|Whitehaven|Wigan|Bolton""")

IE_TOWNS = W("Dún Laoghaire|Ennis|Letterkenny|Ballina|Athlone|Carrick-on-Shannon|Dungarvan|Tralee")
UK_TOWNS = [t for t in TOWNS if t not in IE_TOWNS]

COUNTIES = W("""County Durham|Northumberland|North Yorkshire|Northamptonshire|Nottinghamshire|
Lincolnshire|Cumbria|Shropshire|Norfolk|Cornwall|Devon|Somerset|Gwynedd|Powys|Ceredigion|Fife|
Aberdeenshire|Argyll|Co. Mayo|County Kerry|Co. Donegal|Co. Antrim|Rutland|Leicestershire|
Derbyshire|Kent|Essex|Teesside|Wearside|Cleveland""")

US = [("Dayton", "Ohio", "OH"), ("Tulsa", "Oklahoma", "OK"), ("Savannah", "Georgia", "GA"),
      ("Albuquerque", "New Mexico", "NM"), ("Spokane", "Washington", "WA"),
      ("Boise", "Idaho", "ID"), ("Buffalo", "New York", "NY"),
      ("Tallahassee", "Florida", "FL"), ("Madison", "Wisconsin", "WI"),
      ("Fresno", "California", "CA"), ("Lancaster", "Pennsylvania", "PA"),
      ("Portland", "Maine", "ME"), ("Springfield", "Illinois", "IL"),
      ("Charleston", "South Carolina", "SC"), ("Duluth", "Minnesota", "MN"),
      ("Tucson", "Arizona", "AZ"), ("Knoxville", "Tennessee", "TN"),
      ("Omaha", "Nebraska", "NE")]

ABROAD = [("Lagos", "Nigeria"), ("Ibadan", "Nigeria"), ("Accra", "Ghana"), ("Kumasi", "Ghana"),
          ("Karachi", "Pakistan"), ("Mirpur", "Pakistan"), ("Sylhet", "Bangladesh"),
          ("Amritsar", "India"), ("Kochi", "India"), ("Kraków", "Poland"), ("Gdańsk", "Poland"),
          ("Iași", "Romania"), ("Cluj-Napoca", "Romania"), ("Kaunas", "Lithuania"),
          ("Manila", "the Philippines"), ("Cebu", "the Philippines"), ("Kingston", "Jamaica"),
          ("Montego Bay", "Jamaica"), ("Hanoi", "Vietnam"), ("Huế", "Vietnam"),
          ("Lisbon", "Portugal"), ("Porto", "Portugal"), ("São Paulo", "Brazil"),
          ("Recife", "Brazil"), ("Istanbul", "Turkey"), ("İzmir", "Turkey"),
          ("Thessaloniki", "Greece"), ("Valencia", "Spain"), ("Medellín", "Colombia"),
          ("Guadalajara", "Mexico"), ("Nairobi", "Kenya"), ("Mombasa", "Kenya"),
          ("Harare", "Zimbabwe"), ("Addis Ababa", "Ethiopia"), ("Guangzhou", "China"),
          ("Toronto", "Canada"), ("Melbourne", "Australia"), ("Auckland", "New Zealand"),
          ("Cape Town", "South Africa"), ("Dubai", "the UAE")]

STREETS = W("""Cranmer Road|Mill Lane|Station Road|Church Street|Victoria Terrace|Elm Grove|
Beechwood Avenue|Park View|The Crescent|Wansbeck Close|Sandringham Drive|Nightingale Way|
Heather Court|Abbey Walk|Hollybush Gardens|Low Fold|Front Street|Chapel Row|Bede Crescent|
Kestrel Rise|Orchard Close|Pit Row|Ashgrove Terrace|Salisbury Street|Coppice Lane|Glebe Road""")
HOUSES = W("""Rose Cottage|The Old Forge|Ty Gwyn|Hillcrest|Meadow View|Glenside|Ivy House|
Bryn Awel|The Laurels|Fern Lea""")
CAREHOMES = W("""Beechwood Care Home|Oaklands Nursing Home|St Aidan's Residential Home|
Willow Lodge Care Centre|Hazelmere Court Care Home|The Elms Nursing Home""")
LOCALITIES = W("Low Fell|West Rainton|Little Billing|Kirk Merrington|High Shincliffe|Upper Boddington|Netherfield|Easington Lane")

MONTHS = W("January|February|March|April|May|June|July|August|September|October|November|December")
MON3 = W("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec")
WEEKDAYS = W("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
US_STREETS = W("Maple Avenue|Oak Street|Cedar Lane|Lakeshore Drive|Pine Ridge Road|Elm Street")
EMAIL_DOMAINS = W("example.com|example.org|example.co.uk|mail.example.com|nhs.example.org|"
                  "care.example.co.uk|post.example.org")
PC_AREAS = W("NE|SR|DH|DL|TS|NN|NG|DE|LE|S|LS|M|B|CF|G|EH|BT|YO|HU|CA|LN|PE|MK|SA|LL|IV")
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
    return '%d%s' % (d, suf)


def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('ş', 's')


class Gen:
    """Value generators; every method returns a list of (text, type-or-None)."""

    def __init__(self, rng):
        self.r = rng

    # -- names --
    def first(self):
        r = self.r
        x = r.random()
        if x < 0.16:
            v = r.choice(WORDNAMES)
        else:
            v = r.choice(FIRST)
        if r.random() < 0.05:
            v = self.misspell(v)
        return v

    def misspell(self, v):
        r = self.r
        if len(v) < 5 or not v.isalpha():
            return v
        i = r.randrange(1, len(v) - 1)
        k = r.randrange(3)
        if k == 0:
            return v[:i] + v[i + 1:]
        if k == 1:
            return v[:i] + v[i] + v[i:]
        return v[:i] + v[i + 1] + v[i] + v[i + 2:]

    def surname(self):
        r = self.r
        if r.random() < 0.08:
            return r.choice(DOUBLE_SURN)
        return r.choice(SURN)

    def F(self):
        return [(self.first(), 'NAME')]

    def WN(self):
        return [(self.r.choice(WORDNAMES), 'NAME')]

    def S(self):
        return [(self.surname(), 'NAME')]

    def DS(self):
        return [(self.r.choice(DOUBLE_SURN), 'NAME')]

    def FS(self):
        return [(self.first() + ' ' + self.surname(), 'NAME')]

    def NICK(self):
        return [(self.r.choice(NICK), 'NAME')]

    def INIT(self):
        r = self.r
        f = ascii_fold(r.choice(FIRST))[0].upper()
        form = r.randrange(4)
        if form == 0:
            v = '%s. %s' % (f, self.surname())
        elif form == 1:
            v = '%s %s' % (f, self.surname())
        elif form == 2:
            g = ascii_fold(r.choice(FIRST))[0].upper()
            v = '%s.%s. %s' % (f, g, self.surname())
        else:
            v = '%s. %s %s' % (f, r.choice(FIRST), self.surname())
        return [(v, 'NAME')]

    def SF(self):
        s = self.surname()
        return [(s.upper() + ', ' + self.first(), 'NAME')]

    def DB(self):
        return [(self.first() + ' ' + self.r.choice(DOUBLE_SURN), 'NAME')]

    def TS(self):
        return [(self.r.choice(TITLES) + ' ', None), (self.surname(), 'NAME')]

    # -- places --
    def TOWN(self):
        return [(self.r.choice(TOWNS), 'TOWN')]

    def CTY(self):
        return [(self.r.choice(COUNTIES), 'TOWN')]

    def USC(self):
        c, s, a = self.r.choice(US)
        k = self.r.randrange(3)
        if k == 0:
            return [(c, 'TOWN')]
        return [(c, 'TOWN'), (', ' + (s if k == 1 else a), None)]

    def ABR(self):
        c, n = self.r.choice(ABROAD)
        if self.r.random() < 0.5:
            return [(c, 'TOWN')]
        return [(c, 'TOWN'), (', ' + n, None)]

    def USZ(self):
        c, s, a = self.r.choice(US)
        st = a if self.r.random() < 0.7 else s
        return [(c, 'TOWN'), (', ' + st + ' ', None), (self.zip_code(), 'ZIP')]

    def ZIP(self):
        return [(self.zip_code(), 'ZIP')]

    def zip_code(self):
        r = self.r
        z = '%d%04d' % (r.randint(1, 9), r.randrange(10000))
        if r.random() < 0.25:
            z += '-%04d' % r.randrange(10000)
        return z

    def PC(self):
        return [(self.postcode(), 'POSTCODE')]

    def postcode(self, plain=False):
        r = self.r
        area = r.choice(PC_AREAS)
        out = area + str(r.randint(1, 29 if len(area) == 2 else 9))
        inw = str(r.randint(0, 9)) + r.choice(PC_LETTERS) + r.choice(PC_LETTERS)
        if plain:
            return out + ' ' + inw
        k = r.random()
        sep = ' ' if k < 0.7 else ('' if k < 0.88 else '  ')
        v = out + sep + inw
        c = r.random()
        if c < 0.2:
            v = v.lower()
        elif c < 0.27:
            v = v[0] + v[1:].lower()
        return v

    def eircode(self):
        r = self.r
        keys = ['V95', 'H91', 'F23', 'T12', 'A67', 'P31', 'Y35', 'D02', 'E41', 'R95']
        al = 'ACDEFHKNPRTVWXY0123456789'
        return r.choice(keys) + ' ' + ''.join(r.choice(al) for _ in range(4))

    def ADDR(self):
        r = self.r
        k = r.random()
        if k < 0.55:
            parts = []
            x = r.random()
            if x < 0.2:
                parts.append('Flat %s' % r.choice(['3', '2B', '14', '7a', '1']))
                parts.append('%d %s' % (r.randint(1, 99), r.choice(STREETS)))
            elif x < 0.35:
                parts.append(r.choice(HOUSES))
                parts.append(r.choice(STREETS))
            elif x < 0.5:
                parts.append(r.choice(CAREHOMES))
                parts.append('%d %s' % (r.randint(1, 99), r.choice(STREETS)))
            else:
                parts.append('%d %s' % (r.randint(1, 199), r.choice(STREETS)))
            if r.random() < 0.3:
                parts.append(r.choice(LOCALITIES))
            parts.append(r.choice(UK_TOWNS))
            if r.random() < 0.35:
                parts.append(r.choice([c for c in COUNTIES if not c.startswith('Co')]))
            if r.random() < 0.65:
                parts.append(self.postcode(plain=r.random() < 0.7))
            sep = '\n' if r.random() < 0.2 else ', '
            if sep == ', ' and r.random() < 0.4 and parts[-1][-1].isalnum() and len(parts) > 2 \
                    and re.match(r'[A-Za-z]{1,2}\d', parts[-1]):
                v = ', '.join(parts[:-1]) + ' ' + parts[-1]
            else:
                v = sep.join(parts)
            return [(v, 'ADDRESS')]
        if k < 0.63:
            town = r.choice(['Ennis', 'Tralee', 'Ballina', 'Athlone', 'Dungarvan', 'Letterkenny'])
            county = r.choice(['Clare', 'Kerry', 'Mayo', 'Westmeath', 'Waterford', 'Donegal'])
            v = '%d %s, %s, Co. %s, %s' % (r.randint(1, 60), r.choice(['Main Street', 'Church Road', 'Abbey Street', 'Bóthar na Trá']),
                                          town, county, self.eircode())
            return [(v, 'ADDRESS')]
        if k < 0.72:
            c, s, a = r.choice(US)
            v = '%d %s, %s, %s %s' % (r.randint(100, 9999), r.choice(US_STREETS), c, a, self.zip_code())
            return [(v, 'ADDRESS')]
        if k < 0.76:
            st, city, prov, fsa = r.choice([('Queen Street West', 'Toronto', 'ON', 'M'),
                                            ('Rue Sainte-Catherine', 'Montreal', 'QC', 'H'),
                                            ('Jasper Avenue', 'Edmonton', 'AB', 'T')])
            v = '%d %s, %s, %s %s' % (r.randint(10, 999), st, city, prov,
                                     '%s%d%s %d%s%d' % (fsa, r.randint(1, 9), r.choice('ABCEGHJ'),
                                                       r.randint(1, 9), r.choice('ABCEGHJ'), r.randint(1, 9)))
            return [(v, 'ADDRESS')]
        if k < 0.81:
            v = '%d %s, %s %s %d' % (r.randint(1, 120), r.choice(['Banksia Crescent', 'Wattle Street', 'Kooringa Road']),
                                    r.choice(['Parramatta', 'Fremantle', 'Footscray']), r.choice(['NSW', 'WA', 'VIC']),
                                    r.randint(2000, 6999))
            return [(v, 'ADDRESS')]
        if k < 0.9:
            j = r.randrange(5)
            if j == 0:
                v = 'ul. %s %d/%d, %02d-%03d %s, Poland' % (r.choice(['Długa', 'Ogrodowa', 'Lipowa']), r.randint(1, 80),
                                                           r.randint(1, 40), r.randint(10, 99), r.randint(100, 999),
                                                           r.choice(['Gdańsk', 'Kraków', 'Łódź']))
            elif j == 1:
                v = 'Rua %s %d, %04d-%03d %s, Portugal' % (r.choice(['das Flores', 'do Almada', 'de Santa Catarina']),
                                                         r.randint(1, 300), r.randint(1000, 4999), r.randint(100, 999),
                                                         r.choice(['Porto', 'Lisboa', 'Braga']))
            elif j == 2:
                v = 'Calle %s %d, %05d %s, Spain' % (r.choice(['Mayor', 'del Sol', 'de Alcalá']), r.randint(1, 120),
                                                     r.randint(10000, 52999), r.choice(['Madrid', 'Valencia', 'Sevilla']))
            elif j == 3:
                v = '%sstraße %d, %05d %s, Germany' % (r.choice(['Linden', 'Schiller', 'Garten']), r.randint(1, 90),
                                                      r.randint(10000, 99999), r.choice(['Bremen', 'Leipzig', 'Köln']))
            else:
                v = 'Strada %s nr. %d, %s, Romania' % (r.choice(['Florilor', 'Unirii', 'Libertății']), r.randint(1, 90),
                                                      r.choice(['Iași', 'Cluj-Napoca', 'Suceava']))
            return [(v, 'ADDRESS')]
        if k < 0.95:
            j = r.randrange(3)
            if j == 0:
                v = 'House %d, Road %d, Dhanmondi, Dhaka %d, Bangladesh' % (r.randint(1, 90), r.randint(1, 30), r.randint(1200, 1230))
            elif j == 1:
                v = '%d-%s Model Town, Lahore %d, Pakistan' % (r.randint(1, 99), r.choice('ABCD'), r.randint(54000, 54799))
            else:
                v = 'Flat %d, Lotus Apartments, MG Road, Kochi %d, Kerala, India' % (r.randint(1, 40), r.randint(682001, 682040))
            return [(v, 'ADDRESS')]
        j = r.randrange(4)
        if j == 0:
            v = 'Plot %d, %s Street, Victoria Island, Lagos, Nigeria' % (r.randint(1, 40), r.choice(['Adeola', 'Akin Olugbade', 'Ajose']))
        elif j == 1:
            v = 'PO Box %d, Nairobi %05d, Kenya' % (r.randint(1000, 99999), r.randint(100, 999))
        elif j == 2:
            v = 'House No. %d, Palm Close, East Legon, Accra, Ghana' % r.randint(1, 60)
        else:
            v = '%d Klipfontein Road, Rondebosch, Cape Town, %d, South Africa' % (r.randint(1, 200), r.randint(7700, 7799))
        return [(v, 'ADDRESS')]

    # -- dates and ages --
    def DATE(self):
        r = self.r
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        y = r.choice([2021, 2022, 2022, 2023])
        k = r.randrange(10)
        if k == 0:
            v = '%d %s' % (d, MONTHS[m - 1])
        elif k == 1:
            v = '%d %s %d' % (d, MONTHS[m - 1], y)
        elif k == 2:
            v = '%s %d' % (MONTHS[m - 1], d)
        elif k == 3:
            v = '%s %s' % (ordinal(d), MONTHS[m - 1])
        elif k == 4:
            v = '%s of %s' % (ordinal(d), MONTHS[m - 1])
        elif k == 5:
            v = '%d/%d/%d' % (d, m, y % 100)
        elif k == 6:
            v = '%02d/%02d/%d' % (d, m, y)
        elif k == 7:
            v = '%d.%d.%d' % (d, m, y % 100)
        elif k == 8:
            v = '%d %s' % (d, MON3[m - 1])
        else:
            v = '%s %s' % (MON3[m - 1], ordinal(d))
        return [(v, 'DATE')]

    def DATEOF(self):
        r = self.r
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        v = ('%s of %s' if r.random() < 0.6 else '%s %s') % (ordinal(d), MONTHS[m - 1])
        return [(v, 'DATE')]

    def ORD(self):
        return [(ordinal(self.r.randint(1, 28)), 'DATE')]

    def DOB(self):
        r = self.r
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        y = r.randint(1926, 2004)
        k = r.randrange(4)
        if k == 0:
            v = '%02d/%02d/%d' % (d, m, y)
        elif k == 1:
            v = '%d %s %d' % (d, MONTHS[m - 1], y)
        elif k == 2:
            v = '%s %s %d' % (ordinal(d), MON3[m - 1], y)
        else:
            v = '%d.%d.%d' % (d, m, y % 100)
        return [(v, 'DATE')]

    def WKD(self):
        return [(self.r.choice(WEEKDAYS), None)]

    def AGE(self):
        return [(str(self.r.choice([90, 91, 92, 92, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 104])), 'AGE_OVER_89')]

    def AGEW(self):
        r = self.r
        n = r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103])
        if n < 100:
            u = n - 90
            v = 'ninety' if u == 0 else 'ninety' + r.choice(['-', ' ']) + UNITS[u]
        elif n == 100:
            v = r.choice(['a hundred', 'one hundred', 'a hundred'])
        else:
            v = r.choice(['a hundred and ', 'one hundred and ', 'hundred and ']) + UNITS[n - 100]
        return [(v, 'AGE_OVER_89')]

    # -- structured --
    def PH(self):
        r = self.r
        k = r.randrange(12)
        x = r.randrange(1000)
        if k == 0:
            v = '07700 900%03d' % x
        elif k == 1:
            v = '07700900%03d' % x
        elif k == 2:
            v = '+44 7700 900%03d' % x
        elif k == 3:
            v = '+44 (0)7700 900 %03d' % x
        elif k == 4:
            v = '0113 496 0%03d' % x
        elif k == 5:
            v = '0113 4960%03d' % x
        elif k == 6:
            v = '020 7946 0%03d' % x
        elif k == 7:
            v = '(020) 7946 0%03d' % x
        elif k == 8:
            v = '555-01%02d' % r.randrange(100)
        elif k == 9:
            v = '(%d) 555-01%02d' % (r.choice([212, 312, 415, 614, 918]), r.randrange(100))
        elif k == 10:
            v = r.choice(['+61 491 570 156', '0491 570 157', '(02) 5550 %04d' % r.randrange(10000)])
        else:
            v = '07700-900-%03d' % x
        return [(v, 'PHONE')]

    def EM(self):
        r = self.r
        f = ascii_fold(r.choice(FIRST)).replace(' ', '').replace("'", '').replace('-', '')
        s = ascii_fold(r.choice(SURN)).replace(' ', '').replace("'", '').replace('-', '')
        k = r.randrange(6)
        if k == 0:
            loc = '%s.%s' % (f, s)
        elif k == 1:
            loc = '%s%s%02d' % (f, s, r.randrange(100))
        elif k == 2:
            loc = '%s.%s' % (f[0], s)
        elif k == 3:
            loc = '%s_%s%d' % (f, r.choice(['nana', 'mum', 'bigd', 'rose', 'ncl']), r.randrange(10))
        elif k == 4:
            loc = '%s-%s' % (s, f)
        else:
            loc = '%s%s' % (f[0], s)
        loc = loc if r.random() < 0.2 else loc.lower()
        return [(loc + '@' + r.choice(EMAIL_DOMAINS), 'EMAIL')]

    def HN(self):
        r = self.r
        k = r.randrange(6)
        L = 'ABCDEFGHJKLMNPRSTUWXYZ'
        if k == 0:
            v = '%s%07d' % (r.choice(L), r.randrange(10 ** 7))
        elif k == 1:
            v = '%s%s%s-%03d-%04d' % (r.choice(L), r.choice(L), r.choice(L), r.randrange(1000), r.randrange(10000))
        elif k == 2:
            v = '%02d-%06d' % (r.randrange(100), r.randrange(10 ** 6))
        elif k == 3:
            v = '%07d' % r.randrange(10 ** 7)
        elif k == 4:
            v = '%s%s %06d' % (r.choice(L), r.choice(L), r.randrange(10 ** 6))
        else:
            v = '%s/%05d/%s' % (r.choice(L), r.randrange(10 ** 5), r.choice(L))
        return [(v, 'HOSPITAL_NUMBER')]

    def NHS(self):
        r = self.r
        while True:
            d = [r.randint(4, 7)] + [r.randrange(10) for _ in range(8)]
            s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c == 10:
                continue
            d.append(c)
            break
        s = ''.join(map(str, d))
        k = r.randrange(3)
        if k == 0:
            v = s
        elif k == 1:
            v = '%s %s %s' % (s[:3], s[3:6], s[6:])
        else:
            v = '%s-%s-%s' % (s[:3], s[3:6], s[6:])
        return [(v, 'NHS_NUMBER')]


def nhs_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 10:
        return False
    s = sum(x * w for x, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


PH_TYPES = {'F': 'NAME', 'WN': 'NAME', 'S': 'NAME', 'DS': 'NAME', 'FS': 'NAME', 'NICK': 'NAME',
            'INIT': 'NAME', 'SF': 'NAME', 'DB': 'NAME', 'TS': 'NAME', 'TOWN': 'TOWN',
            'CTY': 'TOWN', 'USC': 'TOWN', 'ABR': 'TOWN', 'USZ': 'TOWN+ZIP', 'ZIP': 'ZIP',
            'PC': 'POSTCODE', 'ADDR': 'ADDRESS', 'DATE': 'DATE', 'DATEOF': 'DATE', 'ORD': 'DATE',
            'DOB': 'DATE', 'WKD': '', 'AGE': 'AGE_OVER_89', 'AGEW': 'AGE_OVER_89', 'PH': 'PHONE',
            'EM': 'EMAIL', 'HN': 'HOSPITAL_NUMBER', 'NHS': 'NHS_NUMBER'}
PH_RE = re.compile(r'\{(\w+)\}')


def signature(tmpl):
    c = collections.Counter()
    for m in PH_RE.finditer(tmpl):
        for t in PH_TYPES[m.group(1)].split('+'):
            if t:
                c[t] += 1
    return c


# ---------------------------------------------------------------------------
# Frames.  Prefix "E|" = only at the end, "B|" = only at the start.
# ---------------------------------------------------------------------------
NAME_FRAMES = """
{F} was lovely.
{F} was an absolute star from start to finish.
Thanks to {F} and {F} for looking after me.
Special thanks to {F}, {F} and {F} on the night shift.
Big thank you to {F}, {F}, {F}, {F} and {F} - you are all amazing.
Thank you to all the staff, especially {F}, {F}, {F} and {F}.
{F} on reception went above and beyond.
Please pass my thanks on to {F} who saw me first.
I want to mention {FS} who was so kind to my dad.
Dr {S} explained everything clearly.
Mr {S} and his team were brilliant.
The care from Mr {S}'s team was second to none.
Sister {S} runs a tight ship and it shows.
Nurse {F} held my hand the whole time.
Matron {S} sorted it out within the hour.
Prof {S} took the time to answer all my questions.
Professor {S}'s registrar, {F}, was very thorough.
{F}'s smile made my day.
Can you tell {F} I said thanks, she will know why.
{F} and {F} in the ambulance were so reassuring.
The crew, {F} and {F}, were fantastic.
{NICK} made us all laugh when we needed it.
{NICK} and {NICK} on the crew were top lads.
Shout out to {NICK} on reception!!
{WN} was the nurse who looked after me and she was wonderful.
Thank you {WN}.
{WN} in the plaster room was great with my little boy.
My son {F} was seen quickly.
My daughter {F} has autism and the staff were very patient with her.
My husband {FS} was treated with dignity.
Mum, {FS}, was so well looked after.
On behalf of my mother, {FS}, thank you.
I am writing this for my dad {F} who cannot write himself.
My wife {F} and I are very grateful.
Her name on the badge was {F}, I think.
Didn't catch her name but I think it was {F}.
Her badge said {FS}.
The name on his badge was {F}.
Going by his lanyard his name was {F}.
The consultant, {FS}, was excellent.
Mr {S}'s secretary {F} always rings back.
Dr {S} and Dr {S} both took time to listen.
{INIT} was the doctor on duty and he was great.
Seen by {INIT}, the physio, who was fab.
Staff member: {SF}.
Named nurse - {SF}.
{DB} was my midwife and she was brilliant.
Thanks again to Dr {DS} and the whole team.
{F} on the front desk was rude and dismissive.
Dr {S} did not even look at me.
I asked for {F} three times and nobody came back to me.
The receptionist, I think her name was {F}, was very abrupt.
{F} told me to stop wasting their time, which was out of order.
I will be complaining about Mr {S}.
Nobody listened except {F}, she was the only one who cared.
My complaint is about {FS} who spoke to my mother like a child.
The doctor - {FS} - did not read my notes.
Why did {F} send me home when I was clearly ill?
Anyway I was seen by a lovely lady called {F} and then a young lad, {F} I think, who took my bloods.
My neighbour {F} drove me in because {F}, my son, was at work.
We had {F} first and then {F} took over at eight and both were good.
I had to ring back and speak to {F}, then {F}, then someone called {F} before it got sorted.
{F} - brilliant.
Ask for {F}.
{F} top marks.
Well done {F}.
{F}. Legend.
Thanks {F}!
{F} was gr8 tbh
shout out 2 {F} n {F} x
ty {F} ur a star x
{F} nd {F} were proper nice
luv u {F} xx
omg {F} was amazing lol
I would like to commend Staff Nurse {S} for her courtesy.
Dr {S} was a true gentleman of the old school.
E|Yours faithfully, {FS}
Mrs {S} at the surgery has always been most helpful.
I must mention young {F} who was most attentive.
E|- {F}
E|Thanks, {F}
E|Regards, {INIT}
E|Kind regards, {FS}
E|Many thanks, {F} and {F}
E|From {F}, patient
E|Cheers, {NICK}
E|{F} x
E|Love from {F} and family
E|Signed {FS}
E|Best wishes, {INIT} and family
E|Written by {F} on behalf of my nan.
E|{SF}
Under Mr {S}'s team, and Dr {S} in particular, I felt safe.
Dr {S}'s team - {F}, {F} and {F} - were brilliant.
The team under Prof {S} were brilliant.
My grandson {F} came with me.
My sister {F} stayed the night and nobody minded.
Auntie {F} was in the next bay and she said the same.
My late husband {FS} was cared for here at the end.
{FS} is a credit to the NHS.
{S} was the surgeon and he was great.
Ask for {S} in outpatients, he knows his stuff.
{F} and {NICK} made a horrible day bearable.
{WN} and {F} on the ward were angels.
Huge thanks to {WN} for staying late.
{F} from the crisis team rang me every day.
{F} the physio got me walking again.
I was looked after by {F}, {F} and a student called {F}.
{TS} was very understanding.
Ended up seeing {TS} who sorted it in five minutes.
The GP, {TS}, referred me straight away.
Please thank {F} on the phones, she was so patient.
Our health visitor {F} is brilliant with the kids.
{F} the call handler kept me calm until the crew arrived.
{FS}, the paramedic, was outstanding.
Credit to {F} and the whole team on the stroke unit.
{FS} and {FS} deserve a medal.
Dr {S} was fine but {F} on the desk was rude.
{F}, {F}, {F} - thank you all.
B|To {F} and the team,
B|Dear {TS},
B|FAO {FS}:
My name is {FS} and I have been coming here for years.
I'm {F}, {F}'s mum, and I was with her throughout.
My carer {F} came with me and was made welcome.
Tell {NICK} the tea was the best I've had!
{F} knew my name before I even said it.
The student nurse {F} was a credit, she will go far.
The porter - {NICK} I think - was a right laugh.
{F} even found my husband a chair.
{FS} took my bloods and I didn't feel a thing.
thanks to {F} n the team
{F} and {F} sorted everything for us
big thanks {NICK} x
ask for {F} shes the best
{S} from the pain team was brilliant.
Dr {S} (the tall one) was excellent.
Dr {S}'s manner was a bit off.
{F} was the only one who explained what was happening.
{FS} - my named nurse - was fantastic.
The man on the phone, {F}, was so calm.
My mum {FS} would like to say thank you.
Dad, {F}, says thank you.
My partner {F} had to wait outside for hours.
{F} and {F} came out in the middle of the night.
Please can {FS} get a thank you letter from management.
I have asked to see {TS} again next time.
{F} rang me back within the hour as promised.
"""

TOWN_FRAMES = """
I live in {TOWN}.
We had to travel all the way from {TOWN}.
The ambulance took me to {TOWN} instead of the nearest hospital.
I was moved from {TOWN} to {TOWN} which was a long way for my family.
Parking at the {TOWN} site is a nightmare.
Better than the hospital in {TOWN}.
We were on holiday from {TOWN}.
Visiting from {ABR} and you made me feel at home.
I am from {ABR} originally.
My daughter lives in {USC} and was kept informed by phone.
We were down from {TOWN}, {CTY} for the weekend.
The clinic in {TOWN} is much closer for me.
Had to go to {TOWN} for the scan.
Please open a clinic nearer {TOWN}.
The crew came out all the way from {TOWN} in the snow.
Born and bred in {TOWN}, never had care this good.
I moved here from {TOWN} last year.
The bus from {TOWN} only runs twice a day.
My son drove up from {TOWN} to be with me.
It took two hours to get home to {TOWN}.
Why can't they do this in {TOWN}?
Would be good to have this service in {TOWN} and {TOWN}.
We live out near {TOWN} in {CTY}.
The satnav sent the ambulance to {TOWN} by mistake.
Transferred to {TOWN} overnight.
i live in {TOWN} so its a trek
from {TOWN} originally but live here now
Visiting family in {TOWN} when I was taken ill.
The team in {CTY} were much more organised.
I was sent to {TOWN} then back again.
Moved up from {USC} last year.
My son flew in from {ABR} to see me.
Had treatment in {ABR} before and this was just as good.
The walk-in at {TOWN} is always quicker.
ambulance took 3 hrs to reach us in {TOWN}
live in {TOWN} and no buses after 6
Out here in rural {CTY} it is hard to get appointments.
The physio at the {TOWN} health centre was great.
Brilliant service in {TOWN} as always.
Why send me to {TOWN} when there's a hospital down the road?
I'm in {TOWN} but registered at a practice in {TOWN}.
Came home to {CTY} after the op.
My brother came over from {ABR} for the operation.
Drove from {TOWN} to {TOWN} and back twice in one week.
The old hospital in {TOWN} should never have shut.
we r from {TOWN} and it was a long wait
{TOWN} to here is forty minutes on a good day.
Got the train from {TOWN}, no help at the station.
Compared to {TOWN} this place is spotless.
Grew up in {TOWN}, {CTY}, and the care was always like this.
My sister in {USC} couldn't believe it was all free.
"""

ADDR_FRAMES = """
My address is {ADDR}.
Please write to me at {ADDR}.
Letters keep going to {ADDR} which is my old address.
The ambulance went to {ADDR} instead of our house.
Mum lives at {ADDR} on her own.
E|Send any reply to: {ADDR}
I live at {ADDR} and had to wait five hours.
E|Address: {ADDR}
We are at {ADDR} if anyone wants to follow up.
Dad is in {ADDR} now and the team visit weekly.
They had my address as {ADDR} which is wrong.
pick up was from {ADDR}
i am at {ADDR}
Home address {ADDR}, please update your records.
The crew collected me from {ADDR} on time.
My son's address is {ADDR} if you need to post anything.
"""

DATE_FRAMES = """
I was seen on {DATE}.
My appointment on {DATE} was cancelled with no notice.
Came in on {WKD} {DATE}.
On {WKD} the {ORD} the crew were late.
Admitted {DATE}, discharged {DATE}.
My DOB is {DOB} but the letter had it wrong.
Date of birth {DOB}.
Mum, born {DOB}, was treated with respect.
The transport booked for {DATE} never turned up.
Since {DATE} I have been waiting for a call back.
Operation was on the {DATEOF} and I'm back on my feet.
see you on the {DATEOF} for my next one
my op on {DATE} went well
Follow-up is booked for {DATE}.
ever since {DATE} no one has called
B|{DATE} - waited all day for transport.
It was my birthday on {DATE} and they sang to me.
{WKD} {ORD}: ambulance was early for once.
I rang on the {ORD} and again on the {ORD}.
Scan on {DATE}, results still not back.
"""

AGE_FRAMES = """
My {AGE} year old mum was left on a trolley.
My mum, {AGE}, was looked after well.
My dad, aged {AGE}, was treated so kindly.
At {AGE} years of age I did not expect to be sent home at 2am.
I am {AGE} and still get about.
Not bad for someone aged {AGE}.
My nan is {AGEW} and they talked to her like a person.
She's {AGE} and was terrified.
For a man of {AGE} that was a long wait.
Grandad turned {AGE} last week.
B|{AGE}-year-old patient left in a corridor.
Being {AGE}yrs old I find the stairs hard.
My husband, who is {AGEW}, was treated like royalty.
a {AGE} y/o lady should not be waiting on a chair all night
my {AGE}yo dad was fuming
At the grand old age of {AGE} I have seen a lot of hospitals.
Patient age: {AGE}.
My great-aunt is {AGE} next month and sharp as a tack.
He will be {AGEW} in May.
Aged {AGE}.
{AGE} yrs old and never been treated so well.
I'm {AGE} in June and I was made to feel like I mattered.
My {AGE}-yr-old gran was left without water.
My mother in law, {AGE} yrs, was very confused.
{AGEW} years young and they still listened to me.
I was {AGE} last birthday.
For an old boy of {AGE} I thought I'd be seen sooner.
Even at {AGE} my gran was treated with dignity.
When you are {AGE} you should not wait six hours.
My {AGE} yr old neighbour came with me.
Mum, {AGEW} this year, was so well cared for.
A {AGEW}-year-old shouldn't have to beg for a commode.
{AGE}yr old with dementia left alone for hours.
Patient aged {AGE} yrs.
My aunty who's {AGE} had nothing but praise.
Me, aged {AGE}, and still they made time for me.
As a {AGE} year old widow I was nervous but I needn't have been.
Dad's {AGE}, mum's {AGE}, both seen the same day.
"""

PHONE_FRAMES = """
Please call me on {PH}.
My number is {PH} if you want to discuss.
Ring {PH} anytime.
I rang {PH} four times and nobody answered.
mobile {PH}
E|Contact: {PH}
text me on {PH} pls
My daughter's number is {PH}.
Tel. {PH} - please ring before two.
They had my number as {PH} which is wrong.
"""

EMAIL_FRAMES = """
Email me at {EM}.
my email is {EM}
You can reach me on {EM}.
E|Contact: {EM}
I emailed {EM} and got no reply.
reply to {EM} please
My son's email: {EM}
Any updates to {EM} would be appreciated.
"""

POSTCODE_FRAMES = """
My postcode is {PC}.
The satnav had us at {PC} which was wrong.
We are in {PC}.
the crew couldnt find {PC}
Postcode {PC}, if that helps.
post code {PC} - they went to the wrong end of the village
Pick up from {PC} was late again.
"""

ZIP_FRAMES = """
I live in {USZ} and was visiting family.
Home is {USZ} so the insurance was a worry.
my zip is {ZIP}
zip code {ZIP}, if you need it for the insurance.
Mail to my home in {USZ} please.
"""

HOSP_FRAMES = """
My hospital number is {HN}.
E|Ref: {HN}
Patient no. {HN}
On my wristband it said {HN} but that's not my number.
Hosp no {HN} if you want to check my notes.
MRN {HN}
My unit number was {HN}.
Case ref {HN} - still no reply.
Hospital no: {HN}.
quote {HN} when you call back
"""

NHS_FRAMES = """
My NHS number is {NHS}.
NHS no: {NHS}
nhs number {NHS}
They asked for my NHS number, {NHS}, three times.
NHS No. {NHS}.
NHS number {NHS} if you need to find me.
Mum's NHS number is {NHS}.
"""

MIXED_FRAMES = """
{F} from {TOWN} was our paramedic.
{FS}, {ADDR}.
Thank you from {F} in {TOWN}.
E|{FS}, {TOWN}
My nan {F} is {AGE} and they were so patient with her.
{FS}, DOB {DOB}, NHS number {NHS}.
Please call {F} on {PH}.
E|{F} - {EM}
I'm {FS}, hospital number {HN}.
My dad {F}, who is {AGE}, lives in {TOWN}.
Seen by Dr {S} on {DATE}.
{F} and {F} came all the way from {TOWN}.
E|{FS}, {PC}
"""

# inline fragments: (anchor regex, fragments)
INLINE = [
    (r"nurse|doctor|receptionist|paramedic|midwife|physio|physiotherapist|the lady|the man|"
     r"the gentleman|the young lady|the young man|health visitor|therapist|technician|porter|"
     r"call handler|student nurse|carer|radiographer",
     [" {F}", ", {F},", " called {F}", " named {F}", " {FS}", ", {F} I think,", " - {F} -",
      " {NICK}", ", {WN},", ", {INIT},"]),
    (r"doctor|consultant|surgeon|registrar|gp",
     [", Dr {S},", " Mr {S}", ", {TS},", " - {TS} -", " Dr {DS}"]),
    (r"staff|team|crew|nurses|paramedics|receptionists|ambulance crew",
     [", especially {F} and {F},", ", {F} and {F},", " - {F}, {F} and {F} -",
      " on the day, {NICK} and {F},", ", especially {F},", ", {F} in particular,",
      " (and {WN} on nights)", ", including {NICK},"]),
    (r"ambulance|a&e|ward|unit",
     [" from {TOWN}", " at {TOWN}"]),
    (r"my mum|my dad|my son|my daughter|my husband|my wife|my partner|my sister|my brother",
     [" {F}", ", {F},", " {FS}"]),
    (r"my mum|my dad|my mother|my father|my nan|my gran|my grandad|my grandma|my husband|"
     r"my wife|my aunt|my uncle|my mother-in-law|my father-in-law",
     [", {AGE},", " aged {AGE}", ", who is {AGE},", " who is {AGEW}", ", {AGE} yrs,"]),
    (r"hospital|surgery|clinic|health centre|walk-in centre|a&e|practice|ambulance station",
     [" in {TOWN}", " at {TOWN}", " over in {TOWN}", " up in {TOWN}"]),
    (r"appointment|admitted|discharged|operation|procedure|scan",
     [" on {DATE}", " on the {DATEOF}"]),
]
INLINE_NEXT = (r"(?=\s*(?:[,.!?;]|$)|\s+(?:was|were|is|are|who|and|on|at|in|did|made|took|gave|"
               r"had|has|have|came|explained|listened|helped|kept|looked|treated|told|said|could|"
               r"would|also|all|there|here|today|yesterday|but|so|because|very|really|went|got)\b)")

DECOYS = """
I hope this feedback helps.
I will definitely recommend it to others.
They gave me a bath and clean sheets.
The reading on the machine was wrong at first.
There's still a mark on my arm from the drip.
The car park gives you a grace period, which helps.
The bill for parking was steep.
It was a sunny day so the waiting room was roasting.
My blood pressure rose while I waited.
We waited all summer for the letter.
They restored my faith in the system.
The doctor was very frank with me, which I liked.
I brought a book for reading but never opened it.
The nurse will ring me next week.
It was a joy to be looked after so well.
I was up since dawn waiting for transport.
Not a penny was wasted there.
A pat on the back for the whole team.
I saw a robin on the window sill which cheered me up.
There was a real sense of hope on the ward.
The jumble sale in the foyer was a nice touch.
The man in the next bed was watching rugby all day.
It was no big deal in the end.
They had to march me down to x-ray in a gown.
You may want to bring a snack.
We were told to chase up the letter ourselves.
They took a reading every hour through the night.
We had to stand in the street outside in the rain.
Mark my words, I'll be back for the other knee.
My bill came to nothing thanks to the NHS.
The grace and patience of the staff was lovely.
I was left in a wheelchair by the bath for ages.
Summer holidays meant fewer staff I think.
The ward was crystal clean.
There was an amber warning for snow that day.
It was a real deal compared to going private.
They will sort it, I have no doubt.
Had a bit of a dawn chorus from the other patients snoring!
I have every faith in them.
The holly on the reception desk was a festive touch.
""".strip().split('\n')


def parse_frames(block, kind):
    out = []
    for line in block.strip().split('\n'):
        line = line.rstrip()
        if not line:
            continue
        place = 'A'
        if line[:2] in ('E|', 'B|'):
            place, line = line[0], line[2:]
        out.append({'tmpl': line, 'place': place, 'sig': signature(line), 'kind': kind})
    return out


ALL_FRAMES = []
for _blk, _k in [(NAME_FRAMES, 'name'), (TOWN_FRAMES, 'town'), (ADDR_FRAMES, 'address'),
                 (DATE_FRAMES, 'date'), (AGE_FRAMES, 'age'), (PHONE_FRAMES, 'phone'),
                 (EMAIL_FRAMES, 'email'), (POSTCODE_FRAMES, 'postcode'), (ZIP_FRAMES, 'zip'),
                 (HOSP_FRAMES, 'hospno'), (NHS_FRAMES, 'nhs'), (MIXED_FRAMES, 'mixed')]:
    ALL_FRAMES.extend(parse_frames(_blk, _k))

INLINE_FRAGS = []
for _anch, _frs in INLINE:
    _are = re.compile(r"\b(?:%s)\b%s" % (_anch, INLINE_NEXT), re.I)
    for _f in _frs:
        INLINE_FRAGS.append({'anchor': _are, 'tmpl': _f, 'sig': signature(_f)})


def sig_key(sig):
    return tuple(sorted(sig.items()))


# ---------------------------------------------------------------------------
# Realisation
# ---------------------------------------------------------------------------
def realise(tmpl, gen):
    segs = []
    pos = 0
    for m in PH_RE.finditer(tmpl):
        if m.start() > pos:
            segs.append((tmpl[pos:m.start()], None))
        segs.extend(getattr(gen, m.group(1))())
        pos = m.end()
    if pos < len(tmpl):
        segs.append((tmpl[pos:], None))
    return segs


def apply_case(segs, mode):
    if mode == 'lower':
        return [(t.lower(), ty) for t, ty in segs]
    if mode == 'upper':
        return [(t.upper(), ty) for t, ty in segs]
    return segs


def typo_word(w, rng):
    i = rng.randrange(1, len(w) - 1)
    k = rng.randrange(3)
    if k == 0:
        return w[:i] + w[i + 1:]
    if k == 1:
        return w[:i] + w[i] + w[i:]
    return w[:i - 1] + w[i] + w[i - 1] + w[i + 1:] if w[i] != w[i - 1] else w[:i] + w[i + 1:]


def add_typo(segs, rng):
    """Misspell a word of the frame that touches an entity value."""
    cands = []
    for j, (t, ty) in enumerate(segs):
        if ty is not None:
            continue
        if j > 0 and segs[j - 1][1] is not None:
            m = re.match(r"(\s*)([A-Za-z]{3,})(?![A-Za-z'])", t)
            if m:
                cands.append((j, m.start(2), m.end(2)))
        if j + 1 < len(segs) and segs[j + 1][1] is not None:
            m = re.search(r"(?<![A-Za-z'])([A-Za-z]{3,})(\W*)$", t)
            if m:
                cands.append((j, m.start(1), m.end(1)))
    if not cands:
        return segs, False
    j, a, b = rng.choice(cands)
    t = segs[j][0]
    segs = list(segs)
    segs[j] = (t[:a] + typo_word(t[a:b], rng) + t[b:], None)
    return segs, True


def sentence_bounds(orig):
    return [m.end() for m in re.finditer(r"[.!?]+(?=\s+[A-Za-z])", orig)]


def words_of(v):
    return [w for w in re.findall(r"[^\W\d_]+", v) if len(w) >= 2]


def conflicts(text, ents):
    """A planted NAME/TOWN word also present unlabelled elsewhere in the text."""
    mask = [False] * len(text)
    for e in ents:
        for i in range(e['start'], e['end']):
            mask[i] = True
    outside = ''.join(' ' if mask[i] else c for i, c in enumerate(text))
    for e in ents:
        if e['type'] not in ('NAME', 'TOWN'):
            continue
        for w in words_of(e['value']):
            if re.search(r"(?<![^\W_])%s(?![^\W_])" % re.escape(w), outside, re.I):
                return True
    return False


def build_record(cid, orig, frames, decoy, mode, rng, gen, stats):
    """frames: list of frame dicts; decoy: sentence or None."""
    bounds = sentence_bounds(orig)
    used_anchor_pos = set()
    ins = []    # (pos, order, kind, segs)
    items = [('frame', f) for f in frames]
    if decoy:
        items.append(('decoy', decoy))
    rng.shuffle(items)
    local = collections.Counter()
    for order, (kind, f) in enumerate(items):
        if kind == 'decoy':
            segs = [(f, None)]
            place = 'A'
            inline = None
        else:
            place = f['place']
            inline = None
            if place == 'A' and rng.random() < 0.7:
                opts = []
                for fr in INLINE_FRAGS:
                    if sig_key(fr['sig']) != sig_key(f['sig']):
                        continue
                    for m in fr['anchor'].finditer(orig):
                        if m.end() not in used_anchor_pos:
                            opts.append((m.end(), fr))
                if opts:
                    inline = rng.choice(opts)
            tmpl = inline[1]['tmpl'] if inline else f['tmpl']
            segs = realise(tmpl, gen)
        if mode == 'upper' or mode == 'lower':
            segs = apply_case(segs, mode)
        if kind == 'frame' and rng.random() < 0.2:
            segs, ok = add_typo(segs, rng)
            if ok:
                local['typo_frames'] += 1
        if inline:
            p = inline[0]
            used_anchor_pos.add(p)
            nxt = orig[p:p + 1]
            if segs[-1][1] is None and segs[-1][0].endswith(',') and (nxt == '' or nxt in ',.!?;'):
                segs[-1] = (segs[-1][0][:-1], None)
                if segs[-1][0] == '':
                    segs.pop()
            ins.append((p, order, 'inline', segs))
            local['inline'] += 1
            local['frames_used:' + inline[1]['tmpl']] += 1
            continue
        if kind == 'frame':
            local['frames_used:' + f['tmpl']] += 1
        if place == 'E':
            where = 'end'
        elif place == 'B':
            where = 'start'
        else:
            opts = ['start', 'end'] + (['mid'] if bounds else [])
            where = rng.choices(opts, weights=[1.0, 1.3, 2.0][:len(opts)])[0]
        if where == 'start':
            ins.append((0, order, 'start', segs))
        elif where == 'end':
            ins.append((len(orig), order, 'end' if place != 'E' else 'sign', segs))
        else:
            ins.append((rng.choice(bounds), order, 'mid', segs))
        local['place_' + where] += 1
    ins.sort(key=lambda x: (x[0], x[1]))
    out = []
    ents = []
    cur = 0
    length = 0

    def emit(s, ty=None):
        nonlocal length
        if ty is not None:
            ents.append({'start': length, 'end': length + len(s), 'type': ty, 'value': s})
        out.append(s)
        length += len(s)

    for pos, order, how, segs in ins:
        if pos > cur:
            emit(orig[cur:pos])
            cur = pos
        built = ''.join(out)
        if how == 'start':
            for t, ty in segs:
                emit(t, ty)
            emit(' ' if rng.random() < 0.85 else '\n')
        elif how == 'inline':
            for t, ty in segs:
                emit(t, ty)
        elif how == 'mid':
            emit(' ')
            for t, ty in segs:
                emit(t, ty)
        else:   # end / sign
            last = built.rstrip()[-1:] if built.strip() else ''
            if how == 'sign':
                emit(rng.choice(['\n', ' ', '\n\n', ' ']) if built else '')
            elif last and last not in '.!?':
                emit(rng.choice(['. ', '. ', ' - ', '\n']) if mode != 'lower' or rng.random() < 0.5 else ' ')
            elif built:
                emit(' ')
            for t, ty in segs:
                emit(t, ty)
    if cur < len(orig):
        emit(orig[cur:])
    text = ''.join(out)
    for e in ents:
        e['profiles'] = profiles(e['type'])
    return text, ents, local


def is_subsequence(a, b):
    it = iter(b)
    return all(c in it for c in a)


def validate(rec):
    t = rec['text']
    assert is_subsequence(rec['original'], t), rec['id']
    prev = 0
    for e in rec['entities']:
        assert t[e['start']:e['end']] == e['value'], (rec['id'], e)
        assert e['start'] >= prev and e['end'] > e['start'], (rec['id'], e)
        assert e['value'] == e['value'].strip(), (rec['id'], e)
        assert e['type'] in TARGET, e
        assert e['profiles'] == profiles(e['type'])
        if e['type'] == 'NHS_NUMBER':
            assert nhs_ok(e['value']), e
        prev = e['end']


# ---------------------------------------------------------------------------
# Plan
# ---------------------------------------------------------------------------
def plan_frames(rng):
    deficit = collections.OrderedDict((k, v) for k, v in TARGET.items())
    by_type = collections.OrderedDict((k, [f for f in ALL_FRAMES if f['sig'][k] > 0]) for k in TARGET)
    chosen = []
    while any(v > 0 for v in deficit.values()):
        types = [t for t in deficit if deficit[t] > 0]
        t = rng.choices(types, weights=[deficit[x] for x in types])[0]
        cands = [f for f in by_type[t] if all(f['sig'][x] <= deficit[x] for x in f['sig'])]
        f = rng.choice(cands)
        chosen.append(f)
        for x, n in f['sig'].items():
            deficit[x] -= n
    return chosen


def deal(frames, n_slots, rng):
    """Give every one of n_slots records at least one frame; at most MAX_ENT entities
    each, except a lone frame of five names."""
    frames = list(frames)
    rng.shuffle(frames)
    big = [f for f in frames if sum(f['sig'].values()) > MAX_ENT]
    rest = [f for f in frames if sum(f['sig'].values()) <= MAX_ENT]
    # largest first (stable sort keeps the shuffled order within a size)
    rest.sort(key=lambda f: -sum(f['sig'].values()))
    rest.reverse()   # pop() takes from the end, i.e. the largest frames first
    slots = [[] for _ in range(n_slots)]
    load = [0] * n_slots
    idx = list(range(n_slots))
    rng.shuffle(idx)
    full = set()
    k = 0
    for f in big:
        s = idx[k]
        k += 1
        slots[s].append(f)
        load[s] = sum(f['sig'].values())
        full.add(s)
    for s in idx[k:]:
        if not rest:
            raise SystemExit('not enough frames to give every record one')
        f = rest.pop()
        slots[s].append(f)
        load[s] = sum(f['sig'].values())
    for f in reversed(rest):
        n = sum(f['sig'].values())
        room = [s for s in range(n_slots) if s not in full and load[s] + n <= MAX_ENT and len(slots[s]) < 4]
        if not room:
            raise SystemExit('no room for frame')
        s = rng.choice(room)
        slots[s].append(f)
        load[s] += n
    return slots


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--stats', action='store_true')
    ap.add_argument('--out', default=OUT)
    args = ap.parse_args()
    rng = random.Random(SEED)
    gen = Gen(rng)
    rows = load_source()
    pool = eligible_pool(rows)
    pool_size = len(pool)
    rng.shuffle(pool)

    frames = plan_frames(rng)
    order = list(range(N_RECORDS))
    rng.shuffle(order)
    empty = set(order[:N_EMPTY])
    nonempty = [i for i in range(N_RECORDS) if i not in empty]
    decoy_recs = set(order[:N_DECOY_IN_EMPTY]) | set(
        rng.sample(nonempty, N_DECOY - N_DECOY_IN_EMPTY))
    slots = deal(frames, len(nonempty), rng)
    rec_frames = {}
    for i, s in zip(nonempty, slots):
        rec_frames[i] = s

    records = []
    stats = collections.Counter()
    ent_per_rec = collections.Counter()
    frame_usage = collections.Counter()
    decoy_bag = list(DECOYS)
    rng.shuffle(decoy_bag)
    pool_pos = 0
    for i in range(N_RECORDS):
        cid, orig = pool[pool_pos]
        pool_pos += 1
        fr = rec_frames.get(i, [])
        decoy = decoy_bag[(len([x for x in decoy_recs if x < i])) % len(decoy_bag)] if i in decoy_recs else None
        if not re.search(r'[A-Z]', orig):
            mode = 'lower'
        else:
            x = rng.random()
            mode = 'lower' if x < 0.25 else ('upper' if x < 0.295 else 'normal')
        for attempt in range(200):
            text, ents, local = build_record(cid, orig, fr, decoy, mode, rng, gen, stats)
            if not conflicts(text, ents):
                break
            stats['redraws'] += 1
        else:
            raise SystemExit('could not plant %s without conflicts' % cid)
        rec = {'id': cid, 'text': text, 'original': orig, 'entities': ents}
        validate(rec)
        records.append(rec)
        for k, v in local.items():
            if k.startswith('frames_used:'):
                frame_usage[k[12:]] += v
            else:
                stats[k] += v
        stats['mode_' + mode] += 1
        if decoy:
            stats['decoy_records'] += 1
        ent_per_rec[len(ents)] += 1

    ids = [r['id'] for r in records]
    assert len(set(ids)) == len(ids)
    with open(args.out, 'w', encoding='utf-8', newline='\n') as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')

    if args.stats:
        tc = collections.Counter(e['type'] for r in records for e in r['entities'])
        print('records: %d (fft1 %d, fft2 %d)' % (len(records), sum(i.startswith('fft1:') for i in ids),
                                                   sum(i.startswith('fft2:') for i in ids)))
        print('eligible pool after filters and exclusions: %d' % pool_size)
        print('entities: %d' % sum(tc.values()))
        for t in TARGET:
            print('  %-16s %4d' % (t, tc[t]))
        print('entities per record: ' + ', '.join('%d:%d' % (k, ent_per_rec[k]) for k in sorted(ent_per_rec)))
        print('records without a planted detail: %d' % ent_per_rec[0])
        print('records with a decoy sentence: %d' % stats['decoy_records'])
        print('case of added text: lower %d, upper %d, as written %d (records)' % (
            stats['mode_lower'], stats['mode_upper'], stats['mode_normal']))
        nf = sum(frame_usage.values())
        print('frames planted: %d; inline %d; start %d, mid %d, end %d; with a typo next to a value %d (%.1f%%)' % (
            nf, stats['inline'], stats['place_start'], stats['place_mid'], stats['place_end'],
            stats['typo_frames'], 100.0 * stats['typo_frames'] / max(nf, 1)))
        print('distinct frames written: %d (+%d inline fragments); distinct used: %d; decoy sentences written: %d' % (
            len({f['tmpl'] for f in ALL_FRAMES}), len({f['tmpl'] for f in INLINE_FRAGS}), len(frame_usage), len(DECOYS)))
        print('re-draws for name/town clashes: %d' % stats['redraws'])
        names = [e for r in records for e in r['entities'] if e['type'] == 'NAME']
        print('NAME entities: lower-case %d, all-caps %d' % (
            sum(e['value'] == e['value'].lower() for e in names),
            sum(e['value'] == e['value'].upper() and e['value'] != e['value'].lower() for e in names)))


if __name__ == '__main__':
    main()
