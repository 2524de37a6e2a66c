#!/usr/bin/env python3
"""Build redaction development set 13 (round 16).

Real NHS Friends and Family Test comments with invented personal details planted in them,
each with its exact character span, type and redaction profiles.  Most of the weight is on
person names written the way real patient feedback writes them.

Standard library only.  All randomness comes from one ``random.Random(seed)``; no set is
iterated where order matters, so the output does not depend on PYTHONHASHSEED.

    cd /work/main && .venv/bin/python research/redaction_sets/build_redaction_devset13.py [--stats]
"""
import argparse
import csv
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The three held-out sets: their ids are never used here (only the "id" field is read).
HELD_OUT = [
    "evaluation/data/redaction_testset.jsonl",
    "evaluation/data/redaction_testset_v2.jsonl",
    "evaluation/data/redaction_devset5.jsonl",
]
# Other development sets: their comments are avoided while fresh ones last (only "id" is read).
OTHER_SETS = [
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
]

TYPES = ["NAME", "ADDRESS", "HOSPITAL_NUMBER", "DATE_OF_BIRTH", "PHONE", "EMAIL", "NHS_NUMBER",
         "POSTCODE", "ZIP", "URL", "DATE", "TOWN", "AGE_OVER_89"]
HIPAA_ONLY = ("DATE", "TOWN", "AGE_OVER_89")
TARGETS = {"NAME": 700, "ADDRESS": 105, "HOSPITAL_NUMBER": 66, "DATE_OF_BIRTH": 36, "PHONE": 36,
           "EMAIL": 28, "NHS_NUMBER": 28, "POSTCODE": 22, "ZIP": 8, "URL": 15, "DATE": 30,
           "TOWN": 32, "AGE_OVER_89": 16}
MAX_ENTS = 7


def L(s):
    """Split a comma-separated list literal."""
    return [x.strip() for x in s.split(",") if x.strip()]


# --------------------------------------------------------------------------------------------
# Names (written for this set)
# --------------------------------------------------------------------------------------------
COMMUNITIES = [
    # (key, weight, female first names, male first names, surnames)
    ("english", 3,
     L("Susan, Carol, Beverley, Tracey, Lorraine, Julie, Sharon, Gemma, Chloe, Megan, Jessica, "
       "Kayleigh, Charlotte, Hannah, Abigail, Maureen, Brenda, Pauline, Wendy, Sheila, Janet, "
       "Lesley, Deborah, Nicola, Joanne, Leanne, Stacey, Bethany, Harriet, Imogen, Margaret, Doreen"),
     L("Gary, Darren, Craig, Wayne, Stuart, Graham, Kevin, Neil, Keith, Trevor, Colin, Derek, "
       "Nigel, Barry, Geoffrey, Oliver, Harry, George, Alfie, Jake, Ryan, Connor, Liam, Brian, "
       "Malcolm, Raymond, Terence, Dennis, Josh, Kieran"),
     L("Thompson, Robinson, Atkinson, Hutchinson, Pemberton, Fairbairn, Whitfield, Cartwright, "
       "Blenkinsop, Armstrong, Charlton, Milburn, Dodds, Robson, Heslop, Teasdale, Featherstone, "
       "Ridley, Hetherington, Wilkinson, Bainbridge, Tindall, Lowther, Gowland, Ashworth, Pickering, "
       "Rowntree, Scargill, Thwaite, Winterbottom, Postlethwaite, Higginbottom")),
    ("scottish", 1,
     L("Morag, Kirsty, Eilidh, Isla, Mhairi, Ailsa, Catriona, Shona, Iona, Morven, Seonaid, Rhona"),
     L("Hamish, Ruaridh, Fraser, Callum, Angus, Euan, Murdo, Lachlan, Alasdair, Struan, Ewan, Gregor"),
     L("MacLeod, McIntyre, Mackenzie, MacAulay, McGregor, Buchanan, Sutherland, Drummond, Gillies, "
       "Urquhart, Crawford, Baird, Mathieson, Cruickshank, Ogilvie, Menzies")),
    ("welsh", 1,
     L("Ffion, Cerys, Angharad, Eleri, Sioned, Gwenllian, Catrin, Rhiannon, Lowri, Mererid, Bethan, Heledd, Gwawr, Siân"),
     L("Dafydd, Rhodri, Iwan, Gruffydd, Emyr, Steffan, Aled, Gethin, Owain, Hywel, Carwyn, Berwyn, Guto, Ieuan"),
     L("Pritchard, Griffiths, Llewellyn, Vaughan, Prosser, Bevan, Powell, Parry, Pugh, Prydderch, "
       "Hopkins, Rowlands, Gwilliam, Meredith, Watkins, Howells")),
    ("irish", 1,
     L("Siobhán, Aoife, Niamh, Caoimhe, Róisín, Gráinne, Clodagh, Orla, Sorcha, Éabha, Saoirse, Bríd"),
     L("Ciarán, Pádraig, Oisín, Cathal, Donal, Eoin, Tadhg, Fionn, Colm, Darragh, Seamus, Cormac"),
     L("Brennan, Gallagher, Quinn, Kavanagh, Nolan, Fitzgerald, McNamara, Keane, Moriarty, Dunne, "
       "Flanagan, Hegarty, Mulligan, Devaney")),
    ("south_asian", 3,
     L("Priya, Anjali, Sunita, Harpreet, Gurpreet, Simran, Nasreen, Farhana, Shabana, Rukhsana, "
       "Nusrat, Tahmina, Lakshmi, Kavitha, Meenakshi, Deepa, Pooja, Shreya, Bushra, Ayesha, Parveen, "
       "Jaspreet, Manpreet, Rupinder, Shamima, Tharshini"),
     L("Rajesh, Sanjay, Vikram, Amit, Arjun, Imran, Tariq, Faisal, Asif, Kamran, Shahid, Rizwan, "
       "Kuldeep, Harjit, Balvinder, Sukhwinder, Ravi, Prakash, Anand, Rahul, Nirmal, Shafiq, "
       "Mizanur, Rashed, Tharindu, Kajan"),
     L("Patel, Shah, Sharma, Gupta, Sandhu, Gill, Dhillon, Bains, Chaudhry, Hussain, Akhtar, Qureshi, "
       "Malik, Iqbal, Rahman, Begum, Uddin, Miah, Chowdhury, Islam, Khatun, Ramachandran, Krishnan, "
       "Nair, Menon, Pillai, Perera, Jayasuriya, Bandara, Desai, Mehta, Joshi, Kapoor, Mistry, "
       "Parmar, Solanki, Chauhan, Mirza, Nawaz, Sivakumar")),
    ("west_african", 2,
     L("Adaeze, Chiamaka, Ngozi, Funmilayo, Folake, Yetunde, Oluwakemi, Abimbola, Nneka, Ifeoma, "
       "Akosua, Ama, Efua, Abena, Adwoa, Afua, Fatmata, Mariama, Chidinma, Temitope, Zainab, Hauwa"),
     L("Chukwuemeka, Obinna, Ikechukwu, Adebayo, Olumide, Kunle, Emeka, Chidi, Nnamdi, Uche, Kofi, "
       "Kwabena, Yaw, Kojo, Kwesi, Fiifi, Musa, Abubakar, Foday, Oluwafemi, Ayodele, Tobenna"),
     L("Okafor, Okonkwo, Adeyemi, Oyelaran, Olawale, Eze, Nwosu, Chukwu, Igwe, Okeke, Afolabi, "
       "Ogunleye, Balogun, Mensah, Boateng, Owusu, Asante, Appiah, Agyeman, Ofori, Darko, Quaye, "
       "Amponsah, Oduro, Danjuma, Bello, Abiodun, Kamara, Sesay, Jalloh, Conteh, Bangura, Ceesay, "
       "Nwachukwu, Onyeka, Adjei")),
    ("east_african", 1,
     L("Wanjiru, Njeri, Akinyi, Achieng, Nakato, Namubiru, Neema, Rehema, Tigist, Selamawit, Hiwot, Meron, Saba, Liya"),
     L("Mwangi, Ochieng, Wekesa, Baraka, Juma, Tesfaye, Dawit, Yonas, Bereket, Mesfin, Amanuel, Kiprop, Ssali, Haileab"),
     L("Njoroge, Mutua, Wanjala, Kiprono, Odhiambo, Onyango, Ssebunya, Nakamya, Mukasa, Tesfay, "
       "Gebremedhin, Mengistu, Tadesse, Bekele, Alemu, Woldemariam, Kariuki, Wambui")),
    ("somali", 1,
     L("Hodan, Fadumo, Sahra, Ifrah, Ayan, Hibo, Nimco, Khadra, Ubah, Deeqa, Ladan, Sagal"),
     L("Abdirahman, Abdullahi, Mohamud, Abdiwali, Guled, Mahad, Liban, Abdikarim, Bashir, Hamse, Ilyas, Yasin"),
     L("Warsame, Farah, Jama, Hirsi, Abdi, Osman, Egal, Nur, Aden, Dualeh, Ismail, Gedi, Elmi, Duale")),
    ("polish", 2,
     L("Małgorzata, Agnieszka, Zofia, Bożena, Katarzyna, Joanna, Ewelina, Grażyna, Dorota, Aleksandra, Wiktoria, Urszula"),
     L("Wojciech, Łukasz, Paweł, Grzegorz, Krzysztof, Jędrzej, Tomasz, Marek, Przemysław, Kacper, Zbigniew, Michał"),
     L("Wiśniewski, Kowalczyk, Wójcik, Dąbrowska, Zieliński, Lewandowska, Szymańska, Woźniak, "
       "Kamiński, Kozłowski, Jabłońska, Mazur, Krawczyk, Piątek, Górecki, Nowicka, Pawlak, Sikora")),
    ("romanian", 1,
     L("Mihaela, Ioana, Andreea, Cătălina, Mădălina, Roxana, Simona, Alina, Corina, Ramona"),
     L("Ștefan, Răzvan, Bogdan, Florin, Ionuț, Cosmin, Sorin, Mihai, Adrian, Vlad"),
     L("Popescu, Ionescu, Dumitrescu, Stănescu, Munteanu, Constantin, Țurcanu, Vasilescu, Moldovan, Lupu, Ciobanu, Rusu")),
    ("central_european", 1,
     L("Kateřina, Lucie, Zsófia, Réka, Rūta, Gintarė, Aušra, Līga, Ilze, Desislava, Yordanka, Oksana, Olena, Iryna"),
     L("Tomáš, Vojtěch, Zdeněk, Gergő, Bence, Dániel, Jonas, Mindaugas, Jānis, Mārtiņš, Georgi, Tsvetan, Taras, Bohdan, Mykola"),
     L("Dvořák, Novotná, Černý, Kučera, Kovács, Szabó, Tóth, Fehér, Kazlauskas, Petrauskienė, "
       "Vaitkus, Bērziņš, Kalniņš, Dimitrov, Stoyanova, Shevchuk, Kovalenko, Bondarenko, Tkachenko, Melnyk")),
    ("chinese", 1,
     L("Mei Ling, Li Na, Hui Min, Siu Wai, Ka Yan, Wing Yee, Xiaoyan, Jing, Yan, Lai Ying, Shuang"),
     L("Zhiwei, Jun, Hao, Jianguo, Kwok Leung, Chun Kit, Man Kit, Wei, Xiaoming, Ka Ho, Tsz Hin"),
     L("Wong, Chan, Cheung, Leung, Lau, Ng, Tsang, Zhang, Wang, Liu, Chen, Huang, Zhou, Yeung, Kwok, Tang, Lam, Chow")),
    ("korean", 1,
     L("Ji-woo, Seo-yeon, Ha-eun, Soo-jin, Eun-ji, Yuna, Min-seo, Hye-jin"),
     L("Min-jun, Ji-hoon, Hyun-woo, Jae-sung, Dong-hyun, Seung-ho, Tae-yang, Joon-young"),
     L("Kim, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Seo, Kwon, Hwang")),
    ("japanese", 1,
     L("Yuki, Haruka, Aiko, Sakura, Emi, Naoko, Keiko, Yui, Mio, Ayumi"),
     L("Hiroshi, Takeshi, Kenji, Daisuke, Haruto, Ren, Sota, Kazuki, Shota, Ryo"),
     L("Tanaka, Watanabe, Suzuki, Takahashi, Yamamoto, Nakamura, Kobayashi, Sato, Yoshida, Yamada, "
       "Sasaki, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Ogawa")),
    ("vietnamese", 1,
     L("Lan, Hương, Thủy, Linh, Mai, Ngọc, Hoa, Trang, Phương, Huyen, Thu"),
     L("Minh, Tuấn, Dung, Hung, Quang, Đức, Khanh, Long, Bao, Thanh, Vinh"),
     L("Nguyễn, Trần, Phạm, Lê, Hoàng, Phan, Vu, Đặng, Bùi, Đỗ, Ngo, Duong, Ly")),
    ("filipino", 1,
     L("Jocelyn, Lorna, Rosalinda, Analyn, Jennylyn, Arlene, Cristina, Maribel, Leonora, Divina, Rhea, Rosario"),
     L("Rodel, Jomar, Arnel, Ferdinand, Jericho, Rommel, Dindo, Efren, Nestor, Bong, Jun-Jun, Romeo"),
     L("Santos, Reyes, Villanueva, Mendoza, Ramos, Aquino, Manalo, Dimaculangan, Macaraeg, Soriano, "
       "Pascual, Tolentino, Magbanua, Dela Cruz, delos Reyes, Buenaventura")),
    ("arabic", 1,
     L("Fatima, Mariam, Noor, Layla, Huda, Rania, Yasmin, Amal, Salma, Hanan, Lubna, Reem"),
     L("Omar, Khalid, Youssef, Hamza, Karim, Samir, Bilal, Walid, Nabil, Mustafa, Ziad, Faris"),
     L("Haddad, Nasser, Khoury, Mansour, Saleh, Hamdan, Barakat, Darwish, Aziz, al-Rashid, Al-Amin, "
       "el-Sayed, bin Saleh, ben Youssef, Abu Khalil, Abdel-Rahman, El Masri, Al Hashimi")),
    ("turkish", 1,
     L("Ayşe, Elif, Zeynep, Emine, Gülsen, Merve, Büşra, Özlem, Şule, Hatice"),
     L("Mehmet, Emre, Burak, Hakan, Oğuz, Serkan, Kemal, Cem, Erdem, Barış"),
     L("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Arslan, Doğan, Kılıç, Aksoy, Güneş, Koç, Polat")),
    ("kurdish", 1,
     L("Rojda, Berfin, Zilan, Hêvî, Nazdar, Shilan, Awaz, Ronahî, Dilan, Jiyan"),
     L("Rebwar, Dilshad, Shvan, Karwan, Hawre, Azad, Baran, Rizgar, Sherwan, Goran"),
     L("Hawrami, Zebari, Qadir, Salih, Hama Amin, Kareem, Mirkhan, Bapir, Rasul, Sindi")),
    ("persian", 1,
     L("Shirin, Maryam, Parisa, Niloufar, Roya, Soheila, Mahsa, Azadeh, Fereshteh, Shadi"),
     L("Reza, Dariush, Kourosh, Babak, Farhad, Mehdi, Arash, Kaveh, Siavash, Behrouz"),
     L("Hosseini, Rahimi, Karimi, Moradi, Tehrani, Jafari, Rezaei, Farahani, Sadeghi, Ghorbani, Shirazi, Esfahani, Naderi")),
    ("iberian", 1,
     L("Begoña, Lucía, Nuria, Pilar, Sofía, Conceição, Gabriela, Luíza, Inês, Fernanda, Thaís, Rocío"),
     L("Íñigo, Álvaro, Javier, Joaquín, João, Thiago, Rafael, Gonçalo, Leandro, Sérgio, Rodrigo, Tiago"),
     L("García, Fernández, Ruiz, Jiménez, Muñoz, Ortega, Herrera, Núñez, Castillo, Oliveira, "
       "Gonçalves, Araújo, Magalhães, Brandão, Assunção, Carvalho, Pereira, Figueiredo")),
    ("italian", 1,
     L("Francesca, Chiara, Giulia, Carmela, Graziella, Antonella, Rosaria, Federica, Lucia, Serena"),
     L("Giuseppe, Luca, Alessandro, Salvatore, Niccolò, Matteo, Vincenzo, Gianluca, Pasquale, Enzo"),
     L("Esposito, Romano, Ricci, Ferrara, Bianchi, Marchetti, Lombardi, Caruso, Colombo, Greco, Rinaldi, Santoro")),
    ("greek", 1,
     L("Eleni, Katerina, Vasiliki, Despina, Athena, Georgia, Sofia, Chrysanthi, Eftychia, Maria"),
     L("Dimitris, Giorgos, Nikos, Panagiotis, Stavros, Kostas, Andreas, Christos, Vasilis, Spyros"),
     L("Papadopoulos, Georgiou, Christodoulou, Nikolaidis, Konstantinou, Pappas, Antoniou, "
       "Karagiannis, Economou, Theodorou, Charalambous, Demetriou")),
    ("caribbean", 1,
     L("Marcia, Claudette, Yvonne, Hyacinth, Sonia, Paulette, Shanice, Tiana, Jacqueline, Merline, Sharmaine, Novlette"),
     L("Delroy, Winston, Errol, Leroy, Desmond, Clive, Everton, Lloyd, Ezekiel, Jermaine, Kemar, Courtney"),
     L("Campbell, Barrett, Lindo, McKenzie, Gayle, Beckford, Hinds, Morrison, Bygrave, Lawrence, Clarke, Wellington, Samuels")),
    ("jewish", 1,
     L("Chaya, Rivka, Miriam, Shoshana, Devorah, Tova, Leah, Esther, Naomi, Yael"),
     L("Moshe, Yitzchak, Shmuel, Avraham, Menachem, Dov, Eli, Yossi, Mordechai, Binyamin"),
     L("Cohen, Levy, Goldberg, Rosenberg, Friedman, Katz, Shapiro, Weiss, Abrahams, Feldman, Lipman, Grossman, Ehrlich, Hirsch")),
]

UNISEX = L("Sam, Alex, Jo, Chris, Charlie, Jordan, Jamie, Ashley, Morgan, Taylor, Casey, Nicky, Kit, "
           "Ali, Sasha, Jules, Remi, Billie, Toni, Lou")

# First names that are also ordinary English words.
WORDLIKE_F = L("Hope, Faith, Joy, Grace, Rose, Dawn, Summer, Honey, Victory, Blessing, Patience, Precious, "
               "Marvellous, Goodness, Mercy, Charity, Comfort, Gift, Favour, Peace, Treasure, Promise, "
               "Destiny, Ruby, Pearl, Holly, Ivy, Amber, Hazel, Heather, Daisy, Poppy, Violet, Olive, "
               "Iris, Jade, Sky, Autumn, Crystal, Sunny, Sandy, Penny, Star, Angel, Liberty, Harmony, "
               "Melody, Felicity, Prudence, Constance, Lovely, Princess, Honour, Unity")
WORDLIKE_M = L("Will, Mark, Bill, Frank, Ray, Rich, Drew, Pat, Jack, Rusty, Cliff, Dean, Earl, Duke, King, "
               "Prince, Noble, Hunter, Chase, Bob, Art, Gene, Guy, Norm, Lance, Miles, Rocky, Stone, "
               "Glen, Dale, Forrest, Justice, Godswill, Wisdom, Innocent, Lucky, Sonny, Victor, Reed, Sterling")
WORDLIKE_SUR = L("Bird, Fox, Wood, Hill, Moss, Lamb, Rice, Bell, Price, Young, Best, Love, Sweet, Gold, "
                 "Short, Long, Brown, Green, White, Little, Wise, Mann, Cook, Baker, Mason, Archer, Hunter, "
                 "Fisher, Page, Ward, Bishop, King, Castle, Marsh, Field, Frost, Snow, Winter, Summers, Hope")

NICKNAMES = L("Shaz, Bex, Kaz, Gaz, Baz, Del, Tel, Jonno, Macca, Tommo, Robbo, Deano, Mo, Jas, Sal, Nat, "
              "Jen, Tash, Steph, Mags, Babs, Lizzie, Bev, Shell, Trace, Chrissie, Frankie, Stevie, Fi, Ro, "
              "Bibi, Raj, Jaz, Dev, Sanj, Nav, Manny, Gosia, Kasia, Basia, Ola, Tomek, Misha, Dai, Wullie, "
              "Paddy, Mick, Kel, Di, Viv, Val, Pam, Mel, Becks, Abs, Em, Soph, Liv, Izzy, Georgie, Nobby, "
              "Smudge, Ade, Tunde, Femi, Chi-Chi, Naz, Zee, Kemi, Bisi, Lolly, Titch, Moll")

PARTICLE_SUR = L("O'Sullivan, O'Hare, O'Donoghue, O'Rourke, O'Keeffe, McAllister, MacKinnon, McAuley, "
                 "MacLennan, Mc Cormack, McGuigan, Ní Mhurchú, Ó Murchú, Mac Suibhne, Nic Aoidh, de Souza, "
                 "de Vries, de Jesus, De Silva, de los Santos, del Río, van Dijk, van den Berg, van der Linde, "
                 "Van Wyk, von Stein, von Richter, al-Khatib, Al-Tamimi, al Sayegh, el-Amin, bin Hamid, "
                 "bin Ismail, ben Ammar, Ben-David, abu Zaid, Abu-Hamdan, da Silva, da Costa, dos Santos, "
                 "dos Reis, das Neves, di Marco, Di Luca, Della Torre, Lo Bianco, La Rosa, ter Horst, le Roux, "
                 "du Toit, St Clair, ap Dafydd, ab Owen, D'Souza, D'Angelo, Mac an Bhaird, FitzHerbert")

# Roles and relations (plain text, never inside a span)
ROLE_BEFORE = L("nurse, HCA, sister, matron, consultant, physio, OT, porter, cleaner, receptionist, midwife, "
                "paramedic, student nurse, staff nurse, charge nurse, ward manager, healthcare assistant, "
                "care assistant, support worker, CPN, social worker, health visitor, district nurse, driver, "
                "call handler, ward clerk, housekeeper, chaplain, anaesthetist, surgeon, podiatrist, "
                "radiographer, sonographer, phlebotomist, pharmacist, dietitian, SALT, psychologist, "
                "key worker, ANP, ECP, technician, bank nurse, agency nurse, volunteer, registrar, "
                "student midwife, student paramedic, maternity support worker, tea lady, domestic")
ROLE_AFTER = L("on reception, from the discharge team, (ward 7), from the falls team, from pharmacy, on nights, "
               "(HCA), in the plaster room, in x-ray, from physio, from the stroke team, at the front desk, "
               "in resus, on the 111 line, (student nurse), the porter, the cleaner, our midwife, "
               "from the crisis team, (bank staff), on ward 22, from the community team, the ward clerk, "
               "from occupational therapy, (night sister), the domestic, in the day unit, on the early shift, "
               "from the hospice team, (bay 4)")
# "the driver", "the nurse" etc. follow a name after a comma; the brackets/dashes vary.

# --------------------------------------------------------------------------------------------
# Places (written for this set)
# --------------------------------------------------------------------------------------------
ENGLISH_TOWNS = [  # (town, county or "", outward codes)
    ("Kettering", "Northamptonshire", "NN15 NN16"), ("Wellingborough", "Northamptonshire", "NN8"),
    ("Northampton", "Northamptonshire", "NN1 NN2 NN3 NN4 NN5"), ("Corby", "Northamptonshire", "NN17 NN18"),
    ("Daventry", "Northamptonshire", "NN11"), ("Rushden", "Northamptonshire", "NN10"),
    ("Durham", "County Durham", "DH1"), ("Darlington", "County Durham", "DL1 DL3"),
    ("Hartlepool", "", "TS24 TS26"), ("Middlesbrough", "", "TS1 TS4 TS5"), ("Sunderland", "Tyne and Wear", "SR2 SR4 SR6"),
    ("Gateshead", "Tyne and Wear", "NE8 NE9"), ("Newcastle upon Tyne", "", "NE4 NE5 NE6"),
    ("Morpeth", "Northumberland", "NE61"), ("Hexham", "Northumberland", "NE46"), ("Alnwick", "Northumberland", "NE66"),
    ("Blyth", "Northumberland", "NE24"), ("Ashington", "Northumberland", "NE63"), ("Cramlington", "Northumberland", "NE23"),
    ("Stockton-on-Tees", "", "TS18 TS19"), ("Redcar", "", "TS10"), ("Whitby", "North Yorkshire", "YO21"),
    ("Scarborough", "North Yorkshire", "YO11 YO12"), ("Harrogate", "North Yorkshire", "HG1 HG2"),
    ("Ripon", "North Yorkshire", "HG4"), ("York", "", "YO10 YO24 YO31"), ("Leeds", "West Yorkshire", "LS6 LS8 LS11"),
    ("Bradford", "West Yorkshire", "BD3 BD5 BD9"), ("Halifax", "West Yorkshire", "HX1 HX3"),
    ("Huddersfield", "West Yorkshire", "HD1 HD4"), ("Wakefield", "West Yorkshire", "WF1 WF2"),
    ("Barnsley", "South Yorkshire", "S70 S71"), ("Doncaster", "South Yorkshire", "DN1 DN4"),
    ("Rotherham", "South Yorkshire", "S60 S65"), ("Sheffield", "", "S6 S10 S11"), ("Chesterfield", "Derbyshire", "S40 S41"),
    ("Derby", "", "DE1 DE22 DE23"), ("Nottingham", "", "NG3 NG5 NG7"), ("Mansfield", "Nottinghamshire", "NG18 NG19"),
    ("Newark", "Nottinghamshire", "NG24"), ("Lincoln", "Lincolnshire", "LN1 LN2 LN6"), ("Grantham", "Lincolnshire", "NG31"),
    ("Boston", "Lincolnshire", "PE21"), ("Spalding", "Lincolnshire", "PE11"), ("Peterborough", "", "PE1 PE3 PE4"),
    ("Stamford", "Lincolnshire", "PE9"), ("Leicester", "", "LE2 LE3 LE4"), ("Loughborough", "Leicestershire", "LE11"),
    ("Hinckley", "Leicestershire", "LE10"), ("Coventry", "West Midlands", "CV2 CV3 CV6"), ("Rugby", "Warwickshire", "CV21 CV22"),
    ("Leamington Spa", "Warwickshire", "CV31 CV32"), ("Nuneaton", "Warwickshire", "CV10 CV11"),
    ("Birmingham", "", "B13 B23 B29"), ("Solihull", "West Midlands", "B91 B92"), ("Redditch", "Worcestershire", "B97 B98"),
    ("Bromsgrove", "Worcestershire", "B60 B61"), ("Worcester", "", "WR2 WR4"), ("Kidderminster", "Worcestershire", "DY10 DY11"),
    ("Hereford", "Herefordshire", "HR1 HR2"), ("Shrewsbury", "Shropshire", "SY1 SY3"), ("Telford", "Shropshire", "TF1 TF3"),
    ("Stafford", "Staffordshire", "ST16 ST17"), ("Stoke-on-Trent", "Staffordshire", "ST3 ST4 ST6"),
    ("Crewe", "Cheshire", "CW1 CW2"), ("Chester", "Cheshire", "CH2 CH4"), ("Stockport", "", "SK2 SK4"),
    ("Bolton", "Lancashire", "BL1 BL3"), ("Wigan", "", "WN1 WN5"), ("Warrington", "Cheshire", "WA1 WA4"),
    ("Liverpool", "Merseyside", "L4 L8 L15"), ("Southport", "Merseyside", "PR8 PR9"), ("Preston", "Lancashire", "PR1 PR2"),
    ("Blackpool", "Lancashire", "FY1 FY3"), ("Lancaster", "Lancashire", "LA1"), ("Kendal", "Cumbria", "LA9"),
    ("Carlisle", "Cumbria", "CA1 CA2"), ("Workington", "Cumbria", "CA14"), ("Barrow-in-Furness", "Cumbria", "LA13 LA14"),
    ("Penrith", "Cumbria", "CA11"), ("Oxford", "Oxfordshire", "OX3 OX4"), ("Banbury", "Oxfordshire", "OX16"),
    ("Reading", "Berkshire", "RG1 RG2"), ("Swindon", "Wiltshire", "SN2 SN3"), ("Bath", "Somerset", "BA1 BA2"),
    ("Bristol", "", "BS3 BS5 BS16"), ("Gloucester", "Gloucestershire", "GL1 GL4"), ("Cheltenham", "Gloucestershire", "GL51 GL52"),
    ("Exeter", "Devon", "EX1 EX4"), ("Plymouth", "Devon", "PL4 PL6"), ("Truro", "Cornwall", "TR1"),
    ("Penzance", "Cornwall", "TR18"), ("Taunton", "Somerset", "TA1 TA2"), ("Yeovil", "Somerset", "BA20 BA21"),
    ("Salisbury", "Wiltshire", "SP1 SP2"), ("Bournemouth", "Dorset", "BH8 BH9"), ("Poole", "Dorset", "BH14 BH15"),
    ("Dorchester", "Dorset", "DT1"), ("Weymouth", "Dorset", "DT3 DT4"), ("Southampton", "Hampshire", "SO15 SO16"),
    ("Portsmouth", "Hampshire", "PO2 PO4"), ("Basingstoke", "Hampshire", "RG21 RG22"), ("Guildford", "Surrey", "GU1 GU2"),
    ("Woking", "Surrey", "GU21 GU22"), ("Crawley", "West Sussex", "RH10 RH11"), ("Brighton", "East Sussex", "BN1 BN2"),
    ("Eastbourne", "East Sussex", "BN21 BN22"), ("Hastings", "East Sussex", "TN34 TN35"), ("Maidstone", "Kent", "ME14 ME15"),
    ("Canterbury", "Kent", "CT1 CT2"), ("Dover", "Kent", "CT16 CT17"), ("Ashford", "Kent", "TN23 TN24"),
    ("Colchester", "Essex", "CO2 CO4"), ("Chelmsford", "Essex", "CM1 CM2"), ("Ipswich", "Suffolk", "IP1 IP4"),
    ("Norwich", "Norfolk", "NR2 NR5"), ("King's Lynn", "Norfolk", "PE30"), ("Great Yarmouth", "Norfolk", "NR30 NR31"),
    ("Cambridge", "Cambridgeshire", "CB1 CB4"), ("Bedford", "Bedfordshire", "MK40 MK41"), ("Luton", "Bedfordshire", "LU2 LU4"),
    ("Milton Keynes", "Buckinghamshire", "MK6 MK10"), ("Aylesbury", "Buckinghamshire", "HP19 HP21"),
    ("High Wycombe", "Buckinghamshire", "HP11 HP13"), ("Watford", "Hertfordshire", "WD17 WD24"),
    ("St Albans", "Hertfordshire", "AL1 AL4"), ("Stevenage", "Hertfordshire", "SG1 SG2"), ("Hull", "East Yorkshire", "HU3 HU5 HU8"),
    ("Grimsby", "Lincolnshire", "DN32 DN34"), ("Scunthorpe", "Lincolnshire", "DN15 DN16"), ("Lowestoft", "Suffolk", "NR32 NR33"),
    ("Bury St Edmunds", "Suffolk", "IP32 IP33"), ("Bishop Auckland", "County Durham", "DL14"), ("Consett", "County Durham", "DH8"),
    ("Peterlee", "County Durham", "SR8"), ("South Shields", "Tyne and Wear", "NE33 NE34"), ("Whitley Bay", "Tyne and Wear", "NE25 NE26"),
]
VILLAGES = [  # (village, post town, county or "", outward)
    ("Brixworth", "Northampton", "Northamptonshire", "NN6"), ("Great Ayton", "Middlesbrough", "North Yorkshire", "TS9"),
    ("Corbridge", "", "Northumberland", "NE45"), ("Rothbury", "Morpeth", "Northumberland", "NE65"),
    ("Wolsingham", "Bishop Auckland", "Co Durham", "DL13"), ("Middleton-in-Teesdale", "Barnard Castle", "Co Durham", "DL12"),
    ("Bamburgh", "", "Northumberland", "NE69"), ("Wooler", "", "Northumberland", "NE71"),
    ("Allendale", "Hexham", "Northumberland", "NE47"), ("Sedgefield", "Stockton-on-Tees", "", "TS21"),
    ("Staithes", "Saltburn-by-the-Sea", "North Yorkshire", "TS13"), ("Pickering", "", "North Yorkshire", "YO18"),
    ("Helmsley", "York", "", "YO62"), ("Hawes", "", "North Yorkshire", "DL8"), ("Grassington", "Skipton", "North Yorkshire", "BD23"),
    ("Haworth", "Keighley", "West Yorkshire", "BD22"), ("Hebden Bridge", "", "West Yorkshire", "HX7"),
    ("Holmfirth", "", "West Yorkshire", "HD9"), ("Bakewell", "", "Derbyshire", "DE45"), ("Ashbourne", "", "Derbyshire", "DE6"),
    ("Southwell", "", "Nottinghamshire", "NG25"), ("Woodhall Spa", "", "Lincolnshire", "LN10"),
    ("Oundle", "Peterborough", "", "PE8"), ("Thrapston", "Kettering", "Northants", "NN14"),
    ("Rothwell", "Kettering", "Northamptonshire", "NN14"), ("Desborough", "Kettering", "", "NN14"),
    ("Brackley", "", "Northamptonshire", "NN13"), ("Towcester", "", "Northants", "NN12"),
    ("Higham Ferrers", "Rushden", "Northamptonshire", "NN10"), ("Raunds", "Wellingborough", "", "NN9"),
    ("Long Buckby", "Northampton", "", "NN6"), ("Moulton", "Northampton", "Northamptonshire", "NN3"),
    ("Bourton-on-the-Water", "Cheltenham", "Gloucestershire", "GL54"), ("Tetbury", "", "Gloucestershire", "GL8"),
    ("Lyme Regis", "", "Dorset", "DT7"), ("Mousehole", "Penzance", "Cornwall", "TR19"), ("Padstow", "", "Cornwall", "PL28"),
    ("Dulverton", "", "Somerset", "TA22"), ("Lavenham", "Sudbury", "Suffolk", "CO10"), ("Southwold", "", "Suffolk", "IP18"),
    ("Holt", "", "Norfolk", "NR25"), ("Ambleside", "", "Cumbria", "LA22"), ("Keswick", "", "Cumbria", "CA12"),
    ("Alston", "", "Cumbria", "CA9"), ("Ledbury", "", "Herefordshire", "HR8"), ("Much Wenlock", "", "Shropshire", "TF13"),
    ("Seahouses", "", "Northumberland", "NE68"), ("Shotley Bridge", "Consett", "Co. Durham", "DH8"),
]
SCOT_TOWNS = [("Glasgow", "", "G11 G12 G31 G42"), ("Edinburgh", "", "EH6 EH7 EH11"), ("Aberdeen", "", "AB10 AB24"),
              ("Dundee", "", "DD2 DD4"), ("Inverness", "", "IV2 IV3"), ("Perth", "Perthshire", "PH1 PH2"),
              ("Stirling", "", "FK7 FK8"), ("Falkirk", "", "FK1 FK2"), ("Paisley", "Renfrewshire", "PA1 PA3"),
              ("Kilmarnock", "Ayrshire", "KA1 KA3"), ("Ayr", "Ayrshire", "KA7 KA8"), ("Dumfries", "", "DG1 DG2"),
              ("Kirkcaldy", "Fife", "KY1 KY2"), ("Dunfermline", "Fife", "KY11 KY12"), ("Fort William", "Inverness-shire", "PH33"),
              ("Oban", "Argyll", "PA34"), ("Stornoway", "Isle of Lewis", "HS1"), ("Kirkwall", "Orkney", "KW15"),
              ("Elgin", "Moray", "IV30"), ("Motherwell", "", "ML1"), ("Hamilton", "South Lanarkshire", "ML3"),
              ("Livingston", "West Lothian", "EH54"), ("Galashiels", "", "TD1"), ("Peebles", "", "EH45"),
              ("Ullapool", "Ross-shire", "IV26")]
WELSH_TOWNS = [("Cardiff", "", "CF5 CF14 CF24"), ("Swansea", "", "SA1 SA2 SA5"), ("Newport", "Gwent", "NP19 NP20"),
               ("Wrexham", "", "LL11 LL13"), ("Bangor", "Gwynedd", "LL57"), ("Caernarfon", "Gwynedd", "LL55"),
               ("Aberystwyth", "Ceredigion", "SY23"), ("Carmarthen", "Carmarthenshire", "SA31"),
               ("Llanelli", "Carmarthenshire", "SA14 SA15"), ("Merthyr Tydfil", "", "CF47"), ("Pontypridd", "", "CF37"),
               ("Bridgend", "", "CF31"), ("Rhyl", "Denbighshire", "LL18"), ("Brecon", "Powys", "LD3"),
               ("Haverfordwest", "Pembrokeshire", "SA61 SA62"), ("Llandudno", "Conwy", "LL30"), ("Newtown", "Powys", "SY16"),
               ("Dolgellau", "Gwynedd", "LL40"), ("Pwllheli", "Gwynedd", "LL53"), ("Abergavenny", "Monmouthshire", "NP7"),
               ("Barry", "Vale of Glamorgan", "CF62"), ("Neath", "", "SA10 SA11"), ("Machynlleth", "Powys", "SY20")]
NI_TOWNS = [("Belfast", "", "BT5 BT9 BT14"), ("Derry", "Co Londonderry", "BT47 BT48"), ("Newry", "Co Down", "BT34 BT35"),
            ("Armagh", "Co Armagh", "BT60 BT61"), ("Enniskillen", "Co Fermanagh", "BT74"), ("Omagh", "Co Tyrone", "BT78 BT79"),
            ("Lisburn", "Co Antrim", "BT27 BT28"), ("Bangor", "Co Down", "BT19 BT20"), ("Ballymena", "Co Antrim", "BT42 BT43"),
            ("Coleraine", "Co Londonderry", "BT51 BT52"), ("Portadown", "Co Armagh", "BT62 BT63"),
            ("Dungannon", "Co Tyrone", "BT70 BT71"), ("Strabane", "Co Tyrone", "BT82"), ("Larne", "Co Antrim", "BT40"),
            ("Newtownards", "Co Down", "BT23"), ("Downpatrick", "Co Down", "BT30"), ("Cookstown", "Co Tyrone", "BT80")]
US_CITIES = [("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Columbus", "OH", "432"), ("Phoenix", "AZ", "850"),
             ("Portland", "OR", "972"), ("Boston", "MA", "021"), ("Orlando", "FL", "328"), ("Nashville", "TN", "372"),
             ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Albany", "NY", "122"),
             ("Sacramento", "CA", "958"), ("Omaha", "NE", "681"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"),
             ("Pittsburgh", "PA", "152"), ("Tampa", "FL", "336"), ("Spokane", "WA", "992"), ("Richmond", "VA", "232")]
ABROAD = L("Lagos, Accra, Kumasi, Karachi, Lahore, Dhaka, Sylhet, Kraków, Gdańsk, Cluj-Napoca, Iași, Vilnius, "
           "Riga, Sofia, Manila, Davao, Hanoi, Ho Chi Minh City, Seoul, Busan, Osaka, Kyoto, Shenzhen, "
           "Kowloon, Erbil, Sulaymaniyah, Tehran, Shiraz, Izmir, Ankara, Mogadishu, Hargeisa, Nairobi, "
           "Kampala, Addis Ababa, Asmara, Kingston, Montego Bay, Port of Spain, Bridgetown, Lisbon, Porto, "
           "São Paulo, Recife, Valencia, Seville, Naples, Palermo, Thessaloniki, Limassol, Galway, Haifa, "
           "Freetown, Kandy, Amritsar, Ludhiana, Mirpur Khas, Chittagong")

STREET_STEMS = L("Albert, Victoria, Station, Church, Mill, Chapel, Meadow, Orchard, Beech, Elm, Willow, Rowan, "
                 "Hawthorn, Laburnum, Lilac, Juniper, Bramble, Foxglove, Primrose, Bluebell, Kingfisher, Heron, "
                 "Curlew, Skylark, Swallow, Mallard, Osprey, Peregrine, Badger, Otter, Fern, Moor, Fell, Beck, "
                 "Tyne, Wear, Tees, Nene, Welland, Derwent, Coquet, Cheviot, Pennine, Wansbeck, Hadrian, Roman, "
                 "Abbey, Priory, Minster, Castle, Manor, Grange, Vicarage, Rectory, School, Forge, Smithy, "
                 "Tannery, Quarry, Colliery, Railway, Canal, Wharf, Harbour, Lifeboat, Windmill, Granary, "
                 "Cooper, Weaver, Potter, Drover, Shepherd, Wheatsheaf, Barley, Clover, Cowslip, Saxon, Tudor, "
                 "Regent, Jubilee, Coronation, Alexandra, Balmoral, Sandringham, Osborne, Gladstone, Nelson, "
                 "Trafalgar, Inkerman, Beaconsfield, Bolingbroke, Marlowe, Tennyson, Brunel, Stephenson")
STREET_TYPES = [("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Drive", "Dr"),
                ("Close", "Cl"), ("Crescent", "Cres"), ("Grove", "Gr"), ("Place", "Pl"), ("Terrace", "Terr"),
                ("Way", "Way"), ("Court", "Ct"), ("Gardens", "Gdns"), ("View", "View"), ("Rise", "Rise"),
                ("Walk", "Walk"), ("Mews", "Mews"), ("Row", "Row"), ("Square", "Sq"), ("Green", "Grn"),
                ("Park", "Pk"), ("Chase", "Chase"), ("Croft", "Croft"), ("Fold", "Fold"), ("Garth", "Garth"),
                ("Vale", "Vale"), ("Parade", "Pde"), ("Bank", "Bank"), ("Lea", "Lea"), ("Mount", "Mt")]
STREET_MISSPELT = L("Raod, Steet, Crecsent, Avenu, Gardns, Terace, Clsoe, Lnae, Drve, Grvoe")
PLAIN_STREETS = L("The Green, The Crescent, High Street, Front Street, Back Lane, Long Row, The Paddock, "
                  "The Meadows, Chapel Row, The Avenue, Market Place, North Terrace, West End, The Close, "
                  "Sandy Lane, Pit Row, The Square, Low Road, Top Road, Castle Hill")
SCOT_STREETS = L("Dumbarton Road, Cathcart Road, Byres Road, Gorgie Road, Dalry Road, Leith Walk, Easter Road, "
                 "Menzies Wynd, Kirk Brae, Mill Vennel, Tollcross Loan, Burnside Gardens, Cowgate, Marischal Street, "
                 "Hilltown Terrace, Station Brae, Links Crescent, Canongate Neuk, Seagate, Kirkgate")
WELSH_STREETS = L("Heol y Parc, Heol Undeb, Ffordd Penrhos, Stryd y Bont, Lôn Goed, Maes Glas, Bryn Hafod, "
                  "Cae Bach, Rhes Fictoria, Tan y Graig, Pant y Celyn, Ffordd Pentre, Heol Tŷ Gwyn, Llys Helyg, "
                  "Clos y Wern, Stryd Fawr, Heol Bronwydd, Dôl Afon, Ffordd y Môr, Lôn Ceirios")
NI_STREETS = L("Drumhirk Road, Ballynahinch Road, Tullyroan Lane, Carrowreagh Park, Lisnamallard Avenue, "
               "Knockmore Road, Annaghmore Lane, Creevagh Heights, Gortin Road, Ballymacash Park, Derryhale Road, "
               "Mullaghmore Drive, Killycomain Gardens, Cloughmills Road, Tamnaherin Road")
US_STREETS = L("Maple Ridge Dr, Oak Hollow Ln, Pecan St, Cedar Crest Blvd, W Elm Ave, Sycamore Ct, N Main St, "
               "Lakeshore Dr, Prairie View Rd, Magnolia Way, Hickory Bend, Juniper Trl, E 14th St, Dogwood Cir")
HOUSE_NAMES = L("Rose Cottage, The Old Bakehouse, Hillcrest, Sunnyside, Woodlands, The Laurels, Dunroamin, "
                "Fernlea, Meadowbank, Ivy House, Orchard End, The Stables, Low Farm, Highfield Farm, "
                "Cross Keys Cottage, Bryn Awel, Tŷ Gwyn, Craigmore, Glenview, Braeside, Lochview Cottage, "
                "Hollybush Farm, West Mains, Burnside Croft, Keeper's Cottage, The Old Chapel, Whinfell")
CARE_HOMES = L("Oakleigh Care Home, Riverside Lodge Nursing Home, St Aidan's Residential Home, "
               "Meadowcroft Care Centre, The Willows Care Home, Abbeyfield House, Brambles Nursing Home, "
               "Heatherbank Care Home, Lindisfarne Court, Hollins Park Care Home, Cedar Grange, Seaview Manor")
FLAT_BLOCKS = L("Tyne View Court, Kingfisher House, Mercer Point, Carlton Towers, Beacon Heights, "
                "Millennium Court, Harbour Lights, Shaftesbury House, Ropewalk Court, Foundry Place")

INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EMOJI = ["😊", "👍", "❤️", "🙏", "💐", "🌟", "😘", "🥰", "👏"]

TITLES = L("Dr, Dr., Doctor, Mr, Mrs, Ms, Miss, Prof, Professor, Sister, Nurse, Matron")
ROLE_NOUN = L("porter, cleaner, driver, healthcare assistant, receptionist, physio, midwife, paramedic, "
              "ward clerk, housekeeper, student nurse, OT, phlebotomist, tea lady, night sister, care assistant")

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
FOLD = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "ı": "i", "ŧ": "t"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ordinal(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def nhs_check(d9):
    total = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    return None if chk == 10 else str(chk)


def nhs_valid(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 10 and nhs_check(d[:9]) == d[9]


class Ent(object):
    __slots__ = ("type", "value", "form", "where", "style")

    def __init__(self, type_, value, form=None):
        self.type = type_
        self.value = value
        self.form = form or ("", "")
        self.where = ""
        self.style = "normal"


class Orig(object):
    """A piece of the comment's own text (never changed)."""
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text


def seg_text(segs):
    out = []
    for s in segs:
        out.append(s if isinstance(s, str) else (s.value if isinstance(s, Ent) else s.text))
    return "".join(out)


def first_ent(segs):
    for s in segs:
        if isinstance(s, Ent):
            return s
        if (isinstance(s, str) and s.strip()) or (isinstance(s, Orig) and s.text.strip()):
            return None
    return None


def last_ent(segs):
    for s in reversed(segs):
        if isinstance(s, Ent):
            return s
        if (isinstance(s, str) and s.strip()) or (isinstance(s, Orig) and s.text.strip()):
            return None
    return None


# --------------------------------------------------------------------------------------------
# Generators of invented details
# --------------------------------------------------------------------------------------------
class Gen(object):
    def __init__(self, rng):
        self.rng = rng
        self.cycles = {}
        self.hosp_formats = self._hosp_formats()
        self.used_hosp_formats = Counter()
        self.used_layouts = Counter()
        self.used_regions = Counter()
        self.nhs_seen = []

    # cycling picks: every item of a list comes up before any repeats
    def pick(self, key, seq):
        lst = self.cycles.get(key)
        if not lst:
            lst = list(seq)
            self.rng.shuffle(lst)
            self.cycles[key] = lst
        return lst.pop()

    def chance(self, p):
        return self.rng.random() < p

    # ---------------- names ----------------
    def community(self):
        keys = [c[0] for c in COMMUNITIES]
        weights = [c[1] for c in COMMUNITIES]
        return self.rng.choices(keys, weights)[0]

    def _comm(self, key):
        for c in COMMUNITIES:
            if c[0] == key:
                return c
        raise KeyError(key)

    def _maybe_fold(self, s):
        if fold(s) != s and self.chance(0.3):
            return fold(s)
        return s

    def first(self, g, comm=None):
        """Return (value, kind)."""
        if g == "a":
            g = self.rng.choices("fmu", [45, 45, 10])[0]
        if g == "u":
            return self.pick("unisex", UNISEX), "first"
        if self.chance(0.05):
            return self.wordlike(g), "wordlike"
        comm = comm or self.community()
        c = self._comm(comm)
        lst = c[2] if g == "f" else c[3]
        return self._maybe_fold(self.pick("first:%s:%s" % (comm, g), lst)), "first"

    def wordlike(self, g):
        if g == "a":
            g = self.rng.choice("fm")
        if g == "f":
            return self.pick("wlf", WORDLIKE_F)
        return self.pick("wlm", WORDLIKE_M)

    def surname(self, comm=None):
        comm = comm or self.community()
        return self._maybe_fold(self.pick("sur:" + comm, self._comm(comm)[4]))

    def particle(self):
        return self._maybe_fold(self.pick("particle", PARTICLE_SUR))

    def double(self):
        a = self.surname()
        b = self.surname()
        while b == a or " " in a or " " in b or "-" in a or "-" in b:
            a, b = self.surname(), self.surname()
        return a + "-" + b

    def full(self, g):
        """Return (value, kind) for a full name."""
        if g == "a":
            g = self.rng.choices("fmu", [46, 46, 8])[0]
        comm = self.community()
        if g == "u":
            return self.pick("unisex", UNISEX) + " " + self.surname(), "full"
        first = self._maybe_fold(self.pick("first:%s:%s" % (comm, g), self._comm(comm)[2 if g == "f" else 3]))
        r = self.rng.random()
        if r < 0.12:
            return first + " " + self.particle(), "particle"
        if r < 0.19:
            return first + " " + self.double(), "double"
        if r < 0.23:
            return first + " " + self.pick("wlsur", WORDLIKE_SUR), "full"
        sur_comm = comm if self.chance(0.78) else self.community()
        sur = self.surname(sur_comm)
        if comm == "chinese" and sur_comm == comm and self.chance(0.4):
            return sur + " " + first, "full"
        if comm == "korean" and sur_comm == comm and self.chance(0.35):
            return sur + " " + first, "full"
        if comm == "vietnamese" and sur_comm == comm and self.chance(0.5):
            mid = self._maybe_fold("Thị" if g == "f" else "Văn")
            return sur + " " + mid + " " + first, "full"
        if comm == "somali" and self.chance(0.35):
            return first + " " + self.pick("first:somali:m", self._comm("somali")[3]) + " " + sur, "full"
        if comm == "iberian" and self.chance(0.3):
            return first + " " + sur + " " + self.surname("iberian"), "full"
        if comm in ("english", "welsh", "scottish", "caribbean", "irish") and self.chance(0.1):
            mid = self.first(self.rng.choice("fm") if g == "u" else g, comm)[0]
            return first + " " + mid + " " + sur, "full"
        return first + " " + sur, "full"

    def nickname(self):
        return self.pick("nick", NICKNAMES)

    def initialled(self):
        r = self.rng
        g = r.choice("fm")
        sur = self.particle() if self.chance(0.15) else self.surname()
        first = self.first(g)[0]
        a = fold(first)[0].upper()
        b = r.choice("ABCDEFGHJKLMNPRSTW")
        shape = r.randrange(8)
        if shape == 0:
            return "%s. %s" % (a, sur)
        if shape == 1:
            return "%s %s" % (a, sur)
        if shape == 2:
            return "%s.%s" % (a, sur)
        if shape == 3:
            return "%s.%s. %s" % (a, b, sur)
        if shape == 4:
            return "%s%s %s" % (a, b, sur)
        if shape == 5:
            return "%s. %s. %s" % (a, b, sur)
        if shape == 6:
            return "%s %s. %s" % (first, b, sur)
        return "%s.%s.%s" % (a, b, sur)

    def initials_only(self):
        r = self.rng
        a, b = r.choice("ABCDGJKLMPRST"), r.choice("ABCDEGJKLMPRST")
        shape = r.randrange(4)
        if shape == 0:
            return a + b
        if shape == 1:
            return "%s.%s" % (a, b)
        if shape == 2:
            return "%s.%s." % (a, b)
        return a + "J"

    # ---------------- numbers ----------------
    def D(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def U(self, n):
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def _hosp_formats(self):
        D, U, r = self.D, self.U, self.rng

        def booking():
            while True:
                s = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
                if re.search(r"\d", s) and re.search(r"[A-Z]", s):
                    return s[:4] + "-" + s[4:]
        return [
            ("M1234567", lambda: "M" + D(7)),
            ("NGH483920", lambda: U(3) + D(6)),
            ("H21/48392", lambda: "H" + D(2) + "/" + D(5)),
            ("483 920 117", lambda: D(3) + " " + D(3) + " " + D(3)),
            ("RNS-483920", lambda: "R" + U(2) + "-" + D(6)),
            ("PTS/2022/4839", lambda: "PTS/20" + r.choice(["21", "22", "23"]) + "/" + D(4)),
            ("JAM 48392 C", lambda: U(3) + " " + D(5) + " " + U(1)),
            ("ngh/483920", lambda: U(3).lower() + "/" + D(6)),
            ("483920-7", lambda: D(6) + "-" + D(1)),
            ("AE/22/018473", lambda: "AE/" + D(2) + "/" + D(6)),
            ("SR-04-88321", lambda: U(2) + "-" + D(2) + "-" + D(5)),
            ("KGH 00 483 920", lambda: U(3) + " 00 " + D(3) + " " + D(3)),
            ("1D 3847 221", lambda: D(1) + U(1) + " " + D(4) + " " + D(3)),
            ("CMP-2022-00871", lambda: "CMP-20" + r.choice(["21", "22", "23"]) + "-" + D(5)),
            ("2210-337", lambda: D(4) + "-" + D(3)),
            ("Q3/18827", lambda: U(1) + D(1) + "/" + D(5)),
            ("XR5583902", lambda: "XR" + D(7)),
            ("D/4830/Z", lambda: U(1) + "/" + D(4) + "/" + U(1)),
            ("483920", lambda: D(6)),
            ("RBT.4839201", lambda: U(3) + "." + D(7)),
            ("U48 392 01", lambda: U(1) + D(2) + " " + D(3) + " " + D(2)),
            ("C00483920", lambda: U(1) + "00" + D(6)),
            ("INC-448392", lambda: "INC-" + D(6)),
            ("2211-0483-92", lambda: D(4) + "-" + D(4) + "-" + D(2)),
            ("T4839-02", lambda: U(1) + D(4) + "-" + D(2)),
            ("00483920", lambda: "00" + D(6)),
            ("SH/B/44821", lambda: U(2) + "/" + U(1) + "/" + D(5)),
            ("7GH9-2KQ4", booking),
            ("W2-118-492", lambda: U(1) + D(1) + "-" + D(3) + "-" + D(3)),
            ("ED22-339014", lambda: "ED" + D(2) + "-" + D(6)),
            ("k4839201", lambda: "k" + D(7)),
            ("22L48392", lambda: D(2) + U(1) + D(5)),
            ("4839201", lambda: D(7)),
            ("rx 483920", lambda: U(2).lower() + " " + D(6)),
        ]

    def hosp(self):
        name, fn = self.pick("hospfmt", self.hosp_formats)
        self.used_hosp_formats[name] += 1
        v = fn()
        assert re.search(r"\d", v)
        assert not re.fullmatch(r"\d{10}", v) and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)
        return v

    def nhs(self):
        while True:
            d9 = ("999" + self.D(6)) if self.chance(0.65) else (self.rng.choice("4567") + self.D(8))
            c = nhs_check(d9)
            if c is None:
                continue
            d = d9 + c
            shape = self.rng.choices(range(4), [55, 20, 15, 10])[0]
            if shape == 0:
                v = "%s %s %s" % (d[:3], d[3:6], d[6:])
            elif shape == 1:
                v = d
            elif shape == 2:
                v = "%s-%s-%s" % (d[:3], d[3:6], d[6:])
            else:
                v = "%s  %s  %s" % (d[:3], d[3:6], d[6:])
            assert nhs_valid(v)
            return v

    def mobile(self):
        x = self.D(3)
        shape = self.rng.randrange(8)
        return ["07700 900%s" % x, "07700900%s" % x, "07700-900-%s" % x, "+44 7700 900%s" % x,
                "+44 (0)7700 900 %s" % x, "0770 0900 %s" % x, "+447700900%s" % x, "07700 900 %s" % x][shape]

    def landline(self):
        r = self.rng
        kind = r.randrange(3)
        if kind == 0:
            x = self.D(3)
            return r.choice(["01632 960%s", "01632 960 %s", "(01632) 960%s", "01632-960-%s", "01632960%s"]) % x
        if kind == 1:
            x = self.D(3)
            return r.choice(["020 7946 0%s", "0207 946 0%s", "(020) 7946 0%s", "+44 20 7946 0%s", "02079460%s"]) % x
        code = r.choice(["0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131", "0141", "0151", "0161", "0191"])
        x = self.D(3)
        return r.choice(["%s 496 0%s", "%s-496-0%s", "(%s) 496 0%s", "%s 4960%s", "%s4960%s"]) % (code, x)

    def phone(self, kind="any"):
        if kind == "mob" or (kind == "any" and self.chance(0.55)):
            v = self.mobile()
        else:
            v = self.landline()
            if self.chance(0.12):
                v += self.rng.choice([" ext ", " ext. ", " extension ", " x"]) + self.D(self.rng.choice([3, 4]))
        return v

    def email(self, name=None):
        r = self.rng
        if not name:
            name = self.full("a")[0]
        parts = [p for p in re.split(r"[ \-']+", fold(name).lower()) if p and p.isalpha()]
        if not parts:
            parts = ["patient"]
        first, last = parts[0], parts[-1]
        shape = r.randrange(9)
        if shape == 0:
            local = "%s.%s" % (first, last)
        elif shape == 1:
            local = "%s%s" % (first[0], last)
        elif shape == 2:
            local = "%s_%s%s" % (first, last, self.D(2))
        elif shape == 3:
            local = "%s%s" % (first, self.D(4))
        elif shape == 4:
            local = "%s.%s" % (last, first[0])
        elif shape == 5:
            local = "the.%ss" % last
        elif shape == 6:
            local = "%s-%s" % (first, last)
        elif shape == 7:
            local = "%s.%s+nhs" % (first, last)
        else:
            local = "%s%s%s" % (first[:3], last[:4], self.D(2))
        v = local + "@example." + r.choice(["com", "org", "net"])
        if self.chance(0.08):
            v = v.upper()
        return v

    def url(self, name=None):
        r = self.rng
        slug = fold(name or self.first("a")[0]).lower().replace(" ", "-").replace("'", "")
        host = r.choice(["example.com", "example.org", "example.net", "www.example.com", "www.example.org",
                         "blog.example.net", "shop.example.org"])
        path = r.choice(["/fundraiser/%s" % slug, "/stories/%s-thank-you" % slug, "/p/%s%s" % (slug, self.D(3)),
                         "/photos?album=%s%s" % (slug, self.D(2)), "/walk-for-ward-%d" % r.randint(2, 40),
                         "/blog/my-stay#comments", "/donate/%s" % slug, "/g/%s?ref=share" % slug])
        scheme = r.choice(["https://", "http://", "", ""])
        if scheme == "" and not host.startswith("www") and self.chance(0.5):
            scheme = "https://"
        return scheme + host + path

    # ---------------- dates ----------------
    def _date(self, y0, y1):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.rng.randint(start, end))

    def dob(self, age="any"):
        r = self.rng
        if age == "any":
            age = r.choice(["old", "adult", "adult", "kid"])
        y0, y1 = {"old": (1926, 1950), "adult": (1951, 2004), "kid": (2008, 2022)}[age]
        d = self._date(y0, y1)
        M, Mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
        yy = "%02d" % (d.year % 100)
        shapes = [
            "%02d/%02d/%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year),
            "%02d.%02d.%s" % (d.day, d.month, yy), "%d.%d.%d" % (d.day, d.month, d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, Mon, d.year),
            "%d %s %d" % (d.day, M, d.year), "%s %s %d" % (ordinal(d.day), M, d.year),
            "%s %d, %d" % (M, d.day, d.year), "%d-%02d-%02d" % (d.year, d.month, d.day),
            "%02d %02d %d" % (d.day, d.month, d.year), "%d/%d/%s" % (d.day, d.month, yy),
            "%02d%02d%s" % (d.day, d.month, yy), "%02d-%s-%s" % (d.day, Mon.upper(), yy),
            "%s of %s '%s" % (ordinal(d.day), M.lower(), yy), "%s %s %d" % (ordinal(d.day), Mon, d.year),
        ]
        return shapes[self.pick("dobshape", range(len(shapes)))]

    def date(self):
        r = self.rng
        d = self._date(2019, 2023)
        M, Mon, W = MONTHS[d.month - 1], MONTHS[d.month - 1][:3], WEEKDAYS[d.weekday()]
        shapes = [
            "%d/%d/%02d" % (d.day, d.month, d.year % 100), "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%s %s" % (ordinal(d.day), M), "%s %s" % (M, ordinal(d.day)), "%s %d %s" % (W[:3], d.day, Mon),
            "%s %s" % (W, ordinal(d.day)), "%d %s" % (d.day, Mon),
            "%d.%d.%02d" % (d.day, d.month, d.year % 100), "%s of %s" % (ordinal(d.day), M),
            "%d-%d-%d" % (d.day, d.month, d.year), "%s %s %d" % (ordinal(d.day), M, d.year),
            "%s %s %s" % (W.lower(), ordinal(d.day), M.lower()), "%s %d" % (Mon, d.day),
        ]
        return shapes[self.pick("dateshape", range(len(shapes)))]

    def month_year(self):
        d = self._date(2019, 2023)
        M = MONTHS[d.month - 1]
        return self.rng.choice(["%s %d" % (M, d.year), "%s %d" % (M[:3], d.year), "%s '%02d" % (M, d.year % 100)])

    def age(self, words=False):
        n = self.rng.choice([90, 91, 91, 92, 93, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 103])
        if not words:
            return str(n)
        units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        if n < 100:
            return "ninety" + (self.rng.choice(["-", " "]) + units[n - 90] if n > 90 else "")
        return "a hundred" if n == 100 else "one hundred and " + units[n - 100]

    # ---------------- places ----------------
    def inward(self):
        return self.rng.choice("0123456789") + self.rng.choice(INWARD_LETTERS) + self.rng.choice(INWARD_LETTERS)

    def postcode(self, outward=None):
        if outward is None:
            town = self.pick("pctown", ENGLISH_TOWNS + [(t[0], t[1], t[2]) for t in SCOT_TOWNS + WELSH_TOWNS + NI_TOWNS])
            outward = self.rng.choice(town[2].split())
        pc = outward + " " + self.inward()
        shape = self.rng.randrange(10)
        if shape == 0:
            return pc.replace(" ", "")
        if shape == 1:
            return pc.lower()
        return pc

    def zipcode(self, prefix):
        z = prefix + self.D(2)
        if self.chance(0.3):
            z += "-" + self.D(4)
        return z

    def town(self, kind="uk"):
        if kind == "abroad":
            return self.pick("abroad", ABROAD)
        t = self.pick("towntok", ENGLISH_TOWNS + SCOT_TOWNS + WELSH_TOWNS + NI_TOWNS)
        return t[0]

    def street(self, region="england"):
        r = self.rng
        if region == "scotland" and self.chance(0.5):
            return self.pick("scotst", SCOT_STREETS)
        if region == "wales" and self.chance(0.6):
            return self.pick("welshst", WELSH_STREETS)
        if region == "ni" and self.chance(0.6):
            return self.pick("nist", NI_STREETS)
        if self.chance(0.12):
            return self.pick("plainst", PLAIN_STREETS)
        stem = self.pick("stem", STREET_STEMS)
        full_t, abbr = self.pick("stype", STREET_TYPES)
        x = r.random()
        if x < 0.16:
            t = abbr + r.choice(["", "", "."]) if abbr != full_t else full_t
        elif x < 0.22:
            t = r.choice(STREET_MISSPELT)
        else:
            t = full_t
        return stem + " " + t

    def number(self):
        r = self.rng
        n = r.randint(1, 240)
        x = r.random()
        if x < 0.1:
            return "%d%s" % (n, r.choice("abcABC"))
        if x < 0.14:
            return "%d-%d" % (n, n + r.choice([2, 4]))
        if x < 0.2:
            return r.choice(["No. %d", "No %d", "Number %d", "no.%d"]) % n
        return str(n)

    def address(self, region=None, layout=None, extras=True):
        r = self.rng
        if region is None:
            region = self.pick("region", ["england"] * 7 + ["village"] * 3 + ["scotland"] * 2 + ["wales"] * 2 +
                               ["ni"] * 2 + ["us"])
        self.used_regions[region] += 1
        if region == "us":
            return self.us_address()
        county, post_town, village = "", "", ""
        if region == "england":
            town, county, outs = self.pick("eng", ENGLISH_TOWNS)
        elif region == "village":
            village, post_town, county, outs = self.pick("vil", VILLAGES)
            town = post_town
        elif region == "scotland":
            town, county, outs = self.pick("scot", SCOT_TOWNS)
        elif region == "wales":
            town, county, outs = self.pick("wales", WELSH_TOWNS)
        else:
            town, county, outs = self.pick("ni", NI_TOWNS)
        pc = self.rng.choice(outs.split()) + " " + self.inward()
        parts = []
        x = r.random()
        if extras and x < 0.07:
            parts.append("Room %d" % r.randint(1, 40))
            parts.append(self.pick("care", CARE_HOMES))
            parts.append("%d %s" % (r.randint(1, 90), self.street(region)))
        elif extras and x < 0.2:
            if region == "scotland":
                parts.append(r.choice(["Flat %d/%d" % (r.randint(0, 3), r.randint(1, 2)),
                                       "%dF%d" % (r.randint(1, 4), r.randint(1, 3))]))
            else:
                parts.append(r.choice(["Flat %d" % r.randint(1, 30), "Flat %d%s" % (r.randint(1, 9), r.choice("ABC")),
                                       "Apartment %d" % r.randint(1, 60), "Top flat", "Ground floor flat",
                                       "Basement flat", "Unit %d" % r.randint(1, 20)]))
            if self.chance(0.4):
                parts.append(self.pick("block", FLAT_BLOCKS))
                parts.append(self.street(region))
            else:
                parts.append("%s %s" % (self.number(), self.street(region)))
        elif extras and x < 0.3:
            parts.append(self.pick("house", HOUSE_NAMES))
            if self.chance(0.6):
                parts.append(self.street(region))
        else:
            parts.append("%s %s" % (self.number(), self.street(region)))
        if village:
            parts.append(village)
        if town:
            parts.append(town)
        if county and self.chance(0.45):
            parts.append(county)
        with_pc = self.chance(0.88)
        if layout is None:
            layout = self.pick("layout", ["comma"] * 5 + ["nocomma", "lines", "pcline", "pcline", "semi", "slash",
                                                          "dash", "caps", "caps", "lower", "lower", "nospace",
                                                          "pcspace", "pcspace", "squeezed"])
        self.used_layouts[layout] += 1
        if layout == "squeezed":
            pc = pc.replace(" ", "")
            layout = "comma"
        if layout == "lines":
            s = "\n".join(parts + ([pc] if with_pc else []))
        elif layout == "pcline":
            s = ", ".join(parts) + ("\n" + pc if with_pc else "")
        elif layout == "pcspace":
            s = ", ".join(parts) + (" " + pc if with_pc else "")
        elif layout == "semi":
            s = "; ".join(parts + ([pc] if with_pc else []))
        elif layout == "slash":
            s = " / ".join(parts + ([pc] if with_pc else []))
        elif layout == "dash":
            s = " - ".join(parts + ([pc] if with_pc else []))
        elif layout == "nocomma":
            s = " ".join(parts + ([pc] if with_pc else []))
        elif layout == "nospace":
            s = ",".join(parts + ([pc] if with_pc else []))
        elif layout == "caps":
            s = ", ".join(parts + ([pc] if with_pc else [])).upper()
        elif layout == "lower":
            s = " ".join(parts + ([pc] if with_pc else [])).lower().replace(",", "").replace(".", "")
        else:
            s = ", ".join(parts + ([pc] if with_pc else []))
        s = s.rstrip(". ")
        return s

    def us_address(self):
        r = self.rng
        city, st, pre = self.pick("us", US_CITIES)
        street = "%d %s" % (r.randint(100, 19999), self.pick("usst", US_STREETS))
        if self.chance(0.3):
            street += r.choice([" Apt %d%s" % (r.randint(1, 40), r.choice("ABCD")), " Suite %d" % r.randint(100, 400),
                                ", Unit %d" % r.randint(2, 30)])
        z = self.zipcode(pre)
        shape = r.randrange(3)
        if shape == 0:
            return "%s, %s, %s %s" % (street, city, st, z)
        if shape == 1:
            return "%s\n%s, %s %s" % (street, city, st, z)
        return "%s %s %s %s" % (street, city, st, z)

    def narrative_address(self):
        """Street and town as said in a sentence ('14 Elm Grove in Hexham')."""
        r = self.rng
        region = r.choices(["england", "village", "scotland", "wales", "ni"], [50, 20, 10, 10, 10])[0]
        self.used_regions["narrative"] += 1
        if region == "england":
            town = self.pick("eng", ENGLISH_TOWNS)[0]
        elif region == "village":
            town = self.pick("vil", VILLAGES)[0]
        elif region == "scotland":
            town = self.pick("scot", SCOT_TOWNS)[0]
        elif region == "wales":
            town = self.pick("wales", WELSH_TOWNS)[0]
        else:
            town = self.pick("ni", NI_TOWNS)[0]
        st = self.street(region)
        shape = r.randrange(7)
        if shape == 0:
            s = "%s in %s" % (st, town)
        elif shape == 1:
            s = "%d %s in %s" % (r.randint(1, 200), st, town)
        elif shape == 2:
            s = "%s, %s" % (st, town)
        elif shape == 3:
            s = "no %d %s, %s" % (r.randint(1, 200), st, town)
        elif shape == 4:
            s = "%s off %s in %s" % (self.street(region), st, town)
        elif shape == 5:
            s = "%d %s %s" % (r.randint(1, 200), st, town)
        else:
            s = "number %d %s in %s" % (r.randint(1, 200), st, town)
        if self.chance(0.25):
            s = s.lower()
        return s.rstrip(".")


# --------------------------------------------------------------------------------------------
# Carrier sentences (written for this set).  Tokens:
#   names: {f} {m} {u} {a} first name (female/male/unisex/any); {F} {M} {A} full name; {D} particle or
#   double-barrelled full name; {s} surname; {P} particle/double surname; {w} word-like surname;
#   {wf} {wm} {wa} word-like first name; {n} nickname; {I} name with initials; {ii} initials only;
#   {L} {L2} {L3} a list of names.  Modifiers: =k stores the value (for e-mails), |l lower, |u upper,
#   |poss adds a possessive after the span.
#   details: {HOSP} {NHS} {DOB} {DOBO} {DOBK} {PHONE} {MOB} {LAND} {EMAIL} {URL} {ADDR} {ADDRL} {ADDRC}
#   {ADDRN} {ADDRUS} {PC} {DATE} {TOWN} {TOWNA} {USZ} {USZB} {AGE} {AGEW}
#   plain: {T} title, {RB} {RBc} role before, {RA} role after, {RN} role noun, {EMO} emoji
# kinds: body (before, inside or after the comment), open (first line), tail (last; sign-offs and
# sentences that end the text with no punctuation), decoy.
# --------------------------------------------------------------------------------------------
T = {}
T["thanks"] = ("body", [
    "{a} was amazing from start to finish.", "Everyone was lovely, but {a} went above and beyond.",
    "Huge thanks to {a} for making me feel at ease.", "I can't thank {a} enough.",
    "Special mention for {f}, who stayed late to finish my dressings.",
    "{f} held my hand the whole way through and I won't forget her.",
    "{m} talked me through every step and kept me laughing.", "If {a} reads this, thank you so much.",
    "A big thank you to {a} and the rest of the team.", "Thanks {a}.", "Thank you {a}, you're a star.",
    "Shout out to {a} who made the long wait bearable.", "{a} deserves a medal.",
    "Without {f} I would have given up, she was so patient with me.",
    "It was {a} who finally sorted out my tablets.", "{m} made sure I had a cup of tea and a sandwich.",
    "The night staff were great, {a} especially.", "Credit to {a} for keeping calm when it got hectic.",
    "{a} - you are a credit to the NHS.", "Much appreciated {a}.",
    "{f} noticed I was struggling and came straight over.", "{m} explained the results in plain English.",
    "Was seen quickly and {a} was brilliant with me.", "All good, thank you again {a}.",
    "{a} was the best thing about my stay.", "Nothing was too much trouble for {a}.",
    "Ten out of ten for {a}.", "Really grateful to {a} for listening.",
    "Kind words and a warm smile from {a} on my first night.", "Thank you {A} for everything you did for my mum.",
    "Another mention for {a}, who had me up and walking in a day.",
    "Thanks again to {a}, you made a scary day much easier.", "I especially want to thank {a}.",
    "{a} is a real asset to your service.", "Everything was explained by {a} before it happened.",
    "Brilliant care, particularly from {a}.", "My thanks to the lovely {f}.",
    "Thank you to {a}, who never once made me feel like a nuisance.",
    "We couldn't have got through the night without {a}.", "Hats off to {a}.",
    "I felt safe the minute {a} walked in.", "Lovely to see {a} again on my second visit.",
])
T["full"] = ("body", [
    "{A} was the most caring nurse I have met.", "I was looked after by {A} on the day unit.",
    "My physio, {A}, was patient and encouraging.", "Please thank {A} from the community team.",
    "{A} (staff nurse) was wonderful with my dad.", "The consultant {A} took the time to explain everything.",
    "Dr {A} was excellent.", "Seen by {A}, advanced nurse practitioner, who was thorough.",
    "Many thanks to {F} and her colleagues.", "{M} and his crew got me to hospital safely.",
    "Credit where it's due: {A} went the extra mile.", "Midwife {F} delivered our daughter and stayed calm throughout.",
    "I'd like {F} to know how much she helped.", "{A} rang me back within the hour as promised.",
    "Our health visitor, {F}, has been a rock.", "A nurse called {A} stayed with me until my husband arrived.",
    "{D} was very thorough.", "We saw {D} in clinic and could not fault the care.",
    "The anaesthetist, {A}, put me at ease before the op.", "Mr {D} did my operation and I'm so grateful.",
    "The call handler {A} kept me on the line until the crew came.", "Thank you to {A}, our community matron.",
    "{A} from the wheelchair service sorted everything in one visit.", "Cardiac nurse {A} rang every week to check on me.",
    "Physiotherapist {D} got me walking again.", "Social worker {A} was the only one who listened.",
])
T["list"] = ("body", [
    "{L} were run off their feet but still made time for me.", "Shout out to {L} on nights.",
    "Huge thanks to {L}.", "The crew ({L}) were brilliant.", "{L} looked after me so well.",
    "The staff, especially {L}, were fab.", "Nurses {L} were all so kind.", "Big thank you to {L3} in recovery.",
    "The paramedics - {L2} - were calm and professional.", "Thanks to {L} for putting up with me!",
    "Please pass my thanks to {L}.", "I was well cared for by {L}.", "Special thanks to {L2} from the night shift.",
    "Credit to {L} in the plaster room.", "Drivers {L2} were on time both ways.",
    "Everyone was great ({L}).", "{L2} made a horrible day bearable.", "On ward 5, {L} stood out.",
    "Well done {L}!", "Thank you {L} and everyone else on the ward.",
    "Physios {L2} pushed me just enough.", "The team (esp. {L}) were lovely to my son.",
    "HCAs {L} kept the ward spotless and us fed.", "Can {L2} get a mention please.",
    "Thank you to the midwives, {L}.", "Receptionists {L2} were friendly and efficient.",
])
T["role"] = ("body", [
    "{RBc} {a} was fantastic.", "Thank you to {RB} {a} for the care.", "{a} {RA} was so helpful.",
    "{a}, the {RN}, made me laugh all the way.", "A massive thank you to {a} {RA}.",
    "{RBc} {f} went out of her way for us.", "Our {RB} {a} was calm and kind.",
    "I must mention {a} ({RB}), who was lovely.", "{a} - {RB} - kept everyone going.",
    "We were met by {a} {RA} who couldn't do enough.", "Well done to {a} {RA}.",
    "The {RB}, {a}, was gentle and kind.", "{a} the {RN} was a gem.", "{RBc} {a} on nights was a lifesaver.",
    "{f}, our {RB}, always rings when she says she will.", "{a} (ward 7) was brilliant with my dad.",
    "The {RN} ({a}) was so cheerful at six in the morning.", "Many thanks to {RB} {a}.",
    "{a} {RA} deserves a pay rise.", "Even {a} the {RN} stopped for a chat.",
    "My {RB} was {f} and she was wonderful.", "{RBc} {m} explained it all twice without complaint.",
])
T["title"] = ("body", [
    "{T} {s} was thorough and kind.", "I was seen by {T} {s}, who explained the operation.",
    "{T} {P} is excellent at what they do.", "Thanks to {T} {s} and the team.", "Under the care of {T} {s}.",
    "{T} {w} was very patient with my questions.", "My GP, Dr {s}, referred me promptly.",
    "Please pass my thanks to Mr {P}.", "Sister {s} runs a tight ship and it shows.",
    "Matron {s} came to see us personally.", "Saw Prof. {s} today and finally got answers.",
    "The registrar, Dr {s}, was honest with us.", "Mrs {s} in the eye clinic was lovely.",
    "Dr. {s} took my concerns seriously at last.", "Miss {P} did my caesarean and the scar is tiny.",
    "Doctor {s} sat down and talked to us properly.", "Nurse {s} knew exactly what she was doing.",
    "Ms {s} (consultant) was reassuring.", "We were under Professor {s} and the care was exemplary.",
    "Mr {w} fixed my hip.",
])
T["relative"] = ("body", [
    "My husband {m|l} was treated with real dignity.", "Our daughter {f} was born here and the midwives were lovely.",
    "My son, {m}, has autism and the staff were so patient with him.",
    "My wife ({f}) was allowed to stay with me, which helped.", "My mum {F} was treated with kindness.",
    "My grandson {m} loved the stickers.", "My nan {f|poss} hip operation went well.",
    "My partner {u} stayed all night.", "My little girl {wf} was so brave.",
    "Our baby boy {wm} was looked after brilliantly in SCBU.",
    "My twins {a} and {a} had their jabs on the same day.", "My brother-in-law {m} drove me in.",
    "My mother-in-law, Mrs {s}, was very anxious and they calmed her down.",
    "Dad ({M}) was in bay 3 and was well cared for.", "My sister {f} came with me and they let her stay.",
    "My husband {M} was in intensive care for a week and could not have been better looked after.",
    "Our son {m} (aged 4) was nervous but the nurse was great.", "My carer {a} comes with me to appointments.",
    "My stepdaughter, {f}, translated for me.", "My grandad {M|poss} care was excellent.",
    "I came in with my friend {a}.", "My auntie {f} was on ward 3 for a fortnight.",
    "Could someone please ring my daughter {f} with updates.", "our daughter {f|l} had her tonsils out",
    "My boyfriend {m} was not allowed in, which upset me.", "My mam {F} says thank you.",
    "My brother {M} has learning difficulties and they made adjustments for him.",
    "My foster son {m} felt listened to.", "Our eldest, {f}, had a broken arm set.",
    "My uncle {m|poss} discharge was well organised.",
])
T["sign"] = ("tail", [
    "Kind regards,\n{A}", "Many thanks\n{A}", "From {A} (patient)", "{F} (Mrs)", "Thanks, {a}", "- {A}",
    "Signed: {A}", "Completed by {A} on behalf of my dad", "Best wishes from {A} and family",
    "Written by {f}, daughter", "WITH THANKS, {A|u}", "Love from {a} xx", "Patient name: {A}", "Name - {A}",
    "Submitted by {A}", "{a}, bed 12", "Regards {A}", "Cheers, {n}", "Yours faithfully\n\n{A}",
    "{A}\n(patient on ward 9)", "Sent on behalf of my mum, {F}", "Thank you from {A|l}",
    "From a very grateful {A}", "name: {A|l}", "{M}, Mr", "all the best\n{a|l}", "YOURS, {A|u}",
])
T["open"] = ("open", [
    "Dear {a},", "Dear Sister {s} and team,", "Hi {n},", "To {a} and everyone on ward 4,",
    "Hello from {a} and family!", "Good morning Dr {s}", "Dear all (esp. {a}),", "FAO Mr {P}", "Attn: Dr {s}",
    "Re: my mum, {F}", "Message for {wa} on reception:", "Hiya {n}", "Dear Team, especially {a},",
    "To {T} {s},", "Hi there {a}!", "For {a} in the plaster room:", "Dear {A},", "Feedback from {A}:",
    "Comments from {A} (son of patient)", "Patient name: {A}", "Name: {A}", "PATIENT NAME {A|u}",
    "Re: {A}", "Dear Nurse {wf},", "Morning {a}!", "To whoever looked after my dad, {M},",
])
T["verb"] = ("body", [
    "Ask for {a} if you want things done properly.", "Speak to {f} on the front desk, she knows everything.",
    "Please thank {a} from me.", "Ring {f} if the transport is late, she sorts it.", "Tell {a} I said hello.",
    "Please pass this on to {a}.", "Give {a} a pay rise!", "Say hi to {a} for me.", "Send {a} our love.",
    "I asked for {f} and she came straight away.", "We were told to see {a} about the equipment.",
    "Call {m} first, he will know.", "Get {a} to phone me about the results please.",
    "I'd like to nominate {a} for an award.", "Buy {m} a drink, he earned it.", "Please promote {a}!",
    "Could you let {a} know the baby is doing well.", "Somebody please tell {a} the flowers were from us.",
    "Make sure {a} gets this message.", "I phoned {f} in a panic and she calmed me down.",
    "Always ask for {a} on ward 6.", "Pass my thanks to {wa}.", "Thank {a} for me.",
    "You should clone {a}.", "Keep {a}, whatever you do.",
])
T["kiss"] = ("body", [
    "Thanks {a} x", "Love you {a} xxx", "{a}!! you're a star", "Big hugs to {a} xx", "Thank you {a} {EMO}",
    "{EMO} to {a} and the girls", "Cheers {n}!!!", "You're the best {a}!!", "Miss you already {a} x",
    "{a} {EMO}{EMO}", "{a} you legend!!", "Thanks for everything {a} xox", "Shout out {a} {EMO}",
    "Forever grateful {a} 🙏", "{n} xx", "love ya {a|l} xxx", "THANK YOU {a|u}!!!", "{a}!!",
])
T["final"] = ("tail", [
    "Thank you to everyone especially {a}", "Keep up the good work {a}", "Best wishes to all the staff and {a}",
    "Well done {a}", "All the best {a}", "God bless you {a}", "Special thanks to {A}",
    "Cant praise enough the care from {a}", "Thanks to {a} and {a}", "much love to {n|l}", "please thank {a}",
    "Once again thank you {a}", "big thanks to nurse {a|l}", "Great team, great {RN} {a}",
])
T["wordlike"] = ("body", [
    "Nurse {wf} was lovely.", "{wa} on reception sorted my parking.",
    "{wm} the porter kept me chatting all the way to x-ray.", "Thank you {wa}!",
    "Ask for {wm}, he's the best physio there.", "My daughter {wf} was delivered by the most wonderful midwife.",
    "{wf} ({RB}) was brilliant.", "HCA {wf} made sure I ate something.", "{wf} was kind to my mum.",
    "I want to thank {wf}, who was with me all night.", "The student nurse, {wf}, will make a great nurse.",
    "{wm} was honest with us about the prognosis.", "Our paramedic {wm} was calm and reassuring.",
    "Please tell {wf} that baby is doing well.", "{wf|poss} kindness meant the world to us.",
    "It was {wf} who spotted I was getting worse.", "Little {wf} was so brave having her bloods done.",
    "Dr {w} was very patient.", "Sister {w} is a legend.", "{wm} and {wf} on the day unit were great.",
    "We were looked after by {wf} and {wf}.", "My husband {wm} was treated quickly.",
    "{wf}, {wm} & {wf} - thank you!", "Midwife {wf} was amazing.", "{wm} from the crisis team rang back.",
    "The cleaner {wf} always had a smile for everyone.", "Paramedics {wm} and {wm} were top notch.",
    "Our grandson {wm} was very well looked after.",
])
T["initials"] = ("body", [
    "Seen by Dr {I} who was very thorough.", "{I} in pharmacy was very helpful.", "Ask for {ii} in pharmacy.",
    "The porter {ii} made me laugh.", "Thank you Dr {I}.", "Mr {I} did my knee and I'm walking again.",
    "{ii} and the night team were great.", "Nurse {I} explained my tablets.", "Consultant: {I}",
    "I was under Prof {I}.", "Letter signed by {I}, registrar, was clear.", "{ii} on reception was lovely.",
    "Physio {I} worked wonders.", "Mrs {I} runs the best clinic in the hospital.",
])
T["poss"] = ("body", [
    "I was in {f|poss} bay and she was brilliant.", "{a|poss} jokes kept us going.",
    "{a|poss} patience with my dad was amazing.", "My son {m|poss} appointment was cancelled twice.",
    "Dr {s|poss} clinic always runs late.", "{A|poss} team on ward 9 were superb.",
    "It was {f|poss} first week and you'd never know.", "Thanks for {a|poss} help with the forms.",
    "{n|poss} singing cheered everyone up.", "We loved {a|poss} sense of humour.",
    "Sister {s|poss} ward is the best run in the building.", "My wife {f|poss} labour was long but well managed.",
])
T["nick"] = ("body", [
    "{n} was a legend.", "Cheers to {n} and the lads on the crew.", "{n} on the desk sorted my parking ticket.",
    "Big shout out to {n}!", "Tell {n} I said thanks.", "{n} (HCA) made the best brews.",
    "Our driver {n} was a proper character.", "Nobody beats {n}.", "{n} and {n} were a great double act.",
    "The lovely {n} did my bloods without a bruise.",
])
T["textspeak"] = ("body", [
    "thnx 2 {n|l} n {a|l}", "gr8 care from {a|l} n {n|l}", "ty ty ty 2 nurse {a|l} x", "wd recommend, ask 4 {n|l}",
    "luv 2 all on ward 3 esp {a|l}", "omg {a|l} was amazin", "u r all stars esp {n|l} n {a|l}",
    "massive thx 2 the crew ({a|l} n {a|l})", "{a|l} was well sound, cheers", "big up {n|l} on reception lol",
    "cudnt of asked 4 better, ta {a|l}", "soz 4 moaning but {a|l} was the only 1 who listened",
    "thx {a|l} 4 sortin my meds", "{n|l} n {n|l} r the best", "gr8 job {a|u} !!",
])
T["combo"] = ("body", [
    "My name is {A} and my date of birth is {DOB}.", "Please contact {A=1} on {PHONE} or {EMAIL=1}.",
    "My daughter {f} is on {MOB} if you need to speak to someone.", "Any problems call my son {m} on {PHONE}.",
    "{A} (dob {DOB}) was seen in the eye clinic.", "Write to {A} at {ADDR}.",
    "My husband {M} (hospital no {HOSP}) was discharged without his tablets.",
    "Please email my carer {a=1} at {EMAIL=1}.", "Patient {A}, NHS number {NHS}, was left waiting.",
    "Dad is {M}, {AGE} years old, and very deaf.", "Mum ({F}, DOB {DOBO}) had a fall at home.",
    "The letter was for {A} but had my address on it.",
])
T["combo_open"] = ("open", [
    "Name: {A}, DOB {DOB}", "Patient: {A}  Hosp no. {HOSP}", "Re: {A}, hosp no {HOSP}",
    "Patient name: {A}\nDate of birth: {DOB}", "Re: {A}, NHS no {NHS}", "Patient: {A} / Hosp no {HOSP}",
    "From: {A} <{EMAIL}>", "Name {A|u}\nD.O.B {DOB}",
])
T["combo_sign"] = ("tail", [
    "{A=1}\n{ADDR}\n{PHONE}", "Kind regards\n{A=1}\n{EMAIL=1}", "Yours sincerely,\n{A}\n{ADDRL}",
    "Regards, {A} - {MOB}", "Many thanks,\n{A}\nTel {PHONE}", "From {A}, {ADDR}", "{A}\nHospital no. {HOSP}",
    "Signed {A=1} ({EMAIL=1})", "Thanks\n{A}\nDOB {DOB}",
])
T["addr"] = ("body", [
    "My address is {ADDR}.", "Please send letters to {ADDR} not my old one.", "Home address: {ADDR}",
    "We have moved, new address {ADDR}.", "The crew couldn't find {ADDR} even with the sat nav.",
    "Mum lives at {ADDR} on her own.", "Transport picked me up from {ADDR}.",
    "Letters keep going to {ADDR}, which is my old address.", "Dad is now at {ADDRC}.",
    "We live on {ADDRN} so it's a long way in.", "I'm at {ADDRN} if anyone wants to visit.",
    "My flat is on {ADDRN}.", "The ambulance went to {ADDRN} instead of our house.",
    "Dad has been in the bungalow on {ADDRN} for years.", "we're at {ADDRN} near the school",
    "My son's address in the States is {ADDRUS}.", "Please forward the bill to {ADDRUS}.",
    "Grandma ({ADDR}) still hasn't had her follow-up letter.", "Address for the records:\n{ADDRL}",
    "Pick up was from {ADDR} and drop off at the clinic.", "My new address is {ADDR} - please update it.",
    "Nan is in {ADDRC} now.", "Correspondence to {ADDR} please.", "I'm staying with my sister at {ADDR} for now.",
    "The driver dropped me at {ADDRN} and helped me in.", "Our house is {ADDRN}, the one with the ramp.",
    "Please can the district nurse come to {ADDR} instead.", "ADDRESS: {ADDR}",
    "Still living at {ADDR} if anyone needs me.", "The carers come to {ADDRN} twice a day.",
])
T["addr_tail"] = ("tail", [
    "Home address:\n{ADDRL}", "Please write to me at:\n{ADDRL}", "Address: {ADDR}", "Our address - {ADDR}",
])
T["hosp"] = ("body", [
    "My hospital number is {HOSP}.", "Hosp no: {HOSP}", "MRN {HOSP}", "Patient ID {HOSP}",
    "The number on my wristband was {HOSP}.", "Booking ref {HOSP} - the transport never turned up.",
    "Reference number {HOSP}.", "Ref: {HOSP}", "Incident number {HOSP}, still waiting to hear.",
    "Job number {HOSP}.", "My complaint ref is {HOSP} and nobody has replied.", "PALS ref {HOSP}",
    "Case number {HOSP}.", "My K number is {HOSP}.", "Unit no. {HOSP}", "The number on my letter is {HOSP}.",
    "Clinic number {HOSP}", "Record no. {HOSP}", "My patient no is {HOSP}.", "Chart number {HOSP}",
    "My number at the Royal is {HOSP}.", "Episode no. {HOSP}", "X-ray number {HOSP}.", "Appointment ref {HOSP}.",
    "Referral number {HOSP} - still no date.", "Ticket no. {HOSP} at the desk.", "{HOSP} is my hospital number.",
    "({HOSP} - my hospital number)", "Please quote {HOSP} when you reply.", "Quoting {HOSP} as it says on the letter.",
    "Mum's hospital number is {HOSP}.", "ref #{HOSP}", "I was given {HOSP} at the desk and {HOSP} on my letter, which is right?",
    "Hospital no. {HOSP} (my husband's)", "Our ref {HOSP}", "Your ref: {HOSP}",
    "Transport booking {HOSP} was cancelled without telling me.", "lab no {HOSP}",
    "The receptionist couldn't find me under {HOSP}.", "Hospital number - {HOSP}", "HOSP NO {HOSP}",
    "my hosp number {HOSP}", "Log number {HOSP} from when I rang 111.", "pt no. {HOSP}",
])
T["dob"] = ("body", [
    "DOB {DOB}", "My date of birth is {DOB}.", "D.O.B: {DOB}", "dob {DOB}", "Date of Birth - {DOB}",
    "I was born on {DOB}.", "He was born {DOBK} so still very young.", "Mum (born {DOBO}) was treated with dignity.",
    "They had my DOB down wrong, it is {DOB}.", "b. {DOB}", "DoB: {DOB}",
    "my birthday is {DOB} and the wristband was wrong", "Our baby was born {DOBK}.",
    "Date of birth {DOBO} - they kept asking.", "(dob {DOB})",
])
T["phone"] = ("body", [
    "My mobile is {MOB}.", "Ring me on {PHONE}.", "Tel: {PHONE}", "Contact number {PHONE}",
    "Please text {MOB} rather than calling.", "Landline {LAND}, I'm not good with mobiles.", "Mob {MOB}",
    "You can reach me on {PHONE} after 5.", "My daughter's number is {MOB}.",
    "The number I was given, {LAND}, just rang out.", "Phone: {PHONE}", "call me {MOB}",
    "Home phone {LAND} (please leave a message)", "Best number to get me is {PHONE}.",
])
T["email"] = ("body", [
    "My email is {EMAIL}.", "Email me at {EMAIL} please.", "Contact: {EMAIL}", "You can write to {EMAIL}.",
    "Please reply to {EMAIL}, not by post.", "E-mail {EMAIL}", "send the photos to {EMAIL}",
    "My son's email is {EMAIL} as I don't use it.", "({EMAIL})",
])
T["nhs"] = ("body", [
    "NHS number {NHS}", "NHS no. {NHS}", "My NHS number is {NHS}.", "nhs no: {NHS}", "(NHS {NHS})",
    "NHS# {NHS}", "Mum's NHS number: {NHS}", "{NHS} is my NHS number.", "NHS No {NHS} for reference.",
])
T["pc"] = ("body", [
    "My postcode is {PC}.", "Postcode {PC} for the transport.", "We're in {PC} and the sat nav still got lost.",
    "pc {PC}", "The app wouldn't take {PC} as a postcode.", "Post code: {PC}",
    "I live in {PC}, which is out of area apparently.", "Our postcode ({PC}) confuses the drivers.",
])
T["url"] = ("body", [
    "I wrote about my stay here: {URL}", "The fundraiser is at {URL} if anyone wants to donate.",
    "Photos from the ward are on {URL}.", "See {URL} for the full story.", "The leaflet link {URL} doesn't work.",
    "Our page: {URL}", "My blog ({URL}) has the whole story.",
])
T["zip"] = ("body", [
    "My daughter lives in {USZ} and flew over.", "We were visiting from {USZB}.",
    "Please send the bill to my son in {USZ}.", "I'm back home in {USZ} now.",
])
T["date"] = ("body", [
    "I came in on {DATE}.", "My appointment on {DATE} was cancelled with no notice.",
    "Transport was booked for {DATE} but never came.", "I was discharged on {DATE}.",
    "The letter dated {DATE} arrived after the appointment.", "Seen in A&E on {DATE} with chest pain.",
    "My operation was on {DATE}.", "I rang 111 on {DATE}.", "We waited in on {DATE} for a call that never came.",
    "Admitted {DATE}, home two days later.", "Back in {DATEM} I was told I'd be seen within weeks.",
    "I have been waiting since {DATEM} for this.", "My first appointment was in {DATEM} and nothing since.",
])
T["town"] = ("body", [
    "I travel from {TOWN} every week for this.", "We were on holiday from {TOWN} when it happened.",
    "My son drove up from {TOWN} to be with me.", "I had to get two buses from {TOWN}.",
    "The ambulance took me all the way to {TOWN}.", "I moved here from {TOWNA} last year and the NHS has been great.",
    "My family are in {TOWNA} so I was on my own.", "Why do I have to go to {TOWN} for a scan?",
    "Should have been seen in {TOWN}, much closer to home.", "I'm originally from {TOWNA}, so English is my second language.",
    "Visiting from {TOWN} for the weekend.", "We'd just driven down from {TOWN}.",
])
T["age"] = ("body", [
    "My {AGE} year old mum was treated with dignity.", "My nan is {AGE} and she was so well looked after.",
    "At {AGEW} my dad isn't going to manage the stairs.", "Aged {AGE} and still going!", "Not bad for {AGE}!",
    "Grandad ({AGE}) was kept waiting on a trolley for hours.", "She is {AGE} and deaf, please speak up.",
    "My {AGE}yo grandma was treated like royalty.", "He's {AGEW} and they treated him like a person, not a number.",
])

DECOYS = [
    "Hope I never need to come back, but if I do I won't worry.", "I have every faith in the team on this ward.",
    "Will recommend to anyone who asks.", "Mark my words, this place is a credit to the NHS.",
    "The bill for parking was eye-watering though.", "Sunny room with a view of the garden, which helped my mood.",
    "Rose to the occasion, every one of them.", "Dawn was breaking by the time the ambulance arrived.",
    "Summer heat made the waiting room unbearable.", "Honey and lemon from the night staff was a nice touch.",
    "Victory at last when they moved my appointment to a morning.", "Blessing in disguise that I came in when I did.",
    "Patience is needed in A&E but the staff had plenty of it.", "Precious time was wasted waiting for transport.",
    "Marvellous service, could not ask for more.", "Goodness knows how they cope with the numbers.",
    "It was a joy to be looked after so well.", "Grace and good humour from everyone, even in the small hours.",
    "Frank, honest answers from the consultant at last.", "Rich tea biscuits with every cuppa, lovely.",
    "Pat on the back for the whole team.", "Ray of sunshine, every single one of them.",
    "Holly and tinsel on the ward cheered everyone up.", "Amber warning for snow and the crew still got to us.",
    "Ruby red jelly for pudding every day, the kids loved it.", "Jack of all trades, the porter even fixed the telly.",
    "Sky high parking charges put people off visiting.", "Poppy appeal tin at reception, nice to see.",
    "Lily pond in the grounds is a calm place to sit.", "Olive oil spread instead of butter would be nice.",
    "Ginger biscuits helped with the sickness.", "Penny dropped when the doctor drew it out for me.",
    "King size portions at lunch, no complaints.",
    "Chase up letters quicker please.", "Miles from home but felt looked after.",
    "Willow tree outside the day room is beautiful.",
    "Ivy growing over the sign so we couldn't find the entrance.", "Pearl of a service.",
    "Chance would be a fine thing to get a parking space.", "Peace and quiet at night was hard to come by.",
    "It was a mercy to be seen so quickly.", "Comfort was clearly top of the list for the nurses.",
    "Miracle workers, all of them.", "Treasure this service, it's a lifeline.",
    "Promise kept: the physio came back the next day as she said.", "Charity shop in the foyer is handy.",
    "Rusty wheelchairs in the corridor need replacing.", "Drew a diagram to explain the op, very helpful.",
    "Will they ever fix the lift?", "Faith restored in the health service.",
    "Crystal clear instructions on the discharge letter.", "Star treatment from start to finish.",
    "Earnest young doctors, all very keen.",
    "Daisy chains drawn on the children's ward wall, so cheerful.",
]

CAT_MAIN_TYPE = {"addr": "ADDRESS", "addr_tail": "ADDRESS", "hosp": "HOSPITAL_NUMBER", "dob": "DATE_OF_BIRTH",
                 "phone": "PHONE", "email": "EMAIL", "nhs": "NHS_NUMBER", "pc": "POSTCODE", "url": "URL",
                 "zip": "ZIP", "date": "DATE", "town": "TOWN", "age": "AGE_OVER_89"}
NAME_CATS = ["thanks", "full", "list", "role", "title", "relative", "sign", "open", "verb", "kiss", "final",
             "wordlike", "initials", "poss", "nick", "textspeak", "combo", "combo_open", "combo_sign"]
# number of carrier sentences drawn per category before topping up
QUOTA = {"thanks": 52, "full": 32, "list": 32, "role": 44, "title": 30, "relative": 36, "sign": 36, "open": 30,
         "verb": 30, "kiss": 28, "final": 20, "wordlike": 38, "initials": 22, "poss": 18, "nick": 14,
         "textspeak": 18, "combo": 16, "combo_open": 10, "combo_sign": 12, "addr": 72, "addr_tail": 6,
         "hosp": 50, "dob": 18, "phone": 22, "email": 14, "nhs": 16, "pc": 17, "url": 13, "zip": 8,
         "date": 20, "town": 16, "age": 9}
TOKEN = re.compile(r"\{([A-Za-z0-9]+)(?:=(\d))?(?:\|([a-z]+))?\}")


class Piece(object):
    def __init__(self, cat, kind, template, segs, style):
        self.cat, self.kind, self.template, self.segs, self.style = cat, kind, template, segs, style
        self.counts = Counter(s.type for s in segs if isinstance(s, Ent))

    def n(self):
        return sum(self.counts.values())


class Filler(object):
    def __init__(self, gen):
        self.g = gen
        self.rng = gen.rng

    def poss(self, v):
        if v.lower().endswith("s") and self.g.chance(0.5):
            return "'"
        return "’s" if self.g.chance(0.12) else "'s"

    def name_token(self, tok):
        g = self.g
        if tok in ("f", "m", "u", "a"):
            return g.first(tok)
        if tok in ("F", "M", "A"):
            return g.full(tok.lower())
        if tok == "D":
            first = g.first(self.rng.choice("fm"))[0]
            if g.chance(0.6):
                return first + " " + g.particle(), "particle"
            return first + " " + g.double(), "double"
        if tok == "s":
            x = self.rng.random()
            if x < 0.12:
                return g.particle(), "surname_particle"
            if x < 0.18:
                return g.double(), "surname_double"
            return g.surname(), "surname"
        if tok == "P":
            if g.chance(0.75):
                return g.particle(), "surname_particle"
            return g.double(), "surname_double"
        if tok == "w":
            return g.pick("wlsur", WORDLIKE_SUR), "surname_wordlike"
        if tok in ("wf", "wm", "wa"):
            return g.wordlike(tok[1]), "wordlike"
        if tok == "n":
            return g.nickname(), "nick"
        if tok == "I":
            return g.initialled(), "initials"
        if tok == "ii":
            return g.initials_only(), "initials_only"
        return None

    def list_names(self, n, cat, g="a"):
        rng = self.rng
        vals = []
        for _ in range(n):
            x = rng.random()
            if x < 0.12 and g == "a":
                vals.append((self.g.nickname(), "nick"))
            elif x < 0.22:
                vals.append((self.g.wordlike(g), "wordlike"))
            elif x < 0.33:
                vals.append(self.g.full(g))
            else:
                vals.append(self.g.first(g))
        if n == 2:
            seps = [rng.choice([" and ", " & ", " + ", "/", " / ", " - ", " and ", " & "])]
        else:
            style = rng.choice(["and", "oxford", "amp", "amp2", "plus", "slash", "dash", "comma", "and"])
            last = {"and": " and ", "oxford": ", and ", "amp": " & ", "amp2": " & ", "plus": " + ", "slash": "/",
                    "dash": " - ", "comma": ", "}[style]
            mid = {"and": ", ", "oxford": ", ", "amp": ", ", "amp2": " & ", "plus": " + ", "slash": "/",
                   "dash": " - ", "comma": ", "}[style]
            seps = [mid] * (n - 2) + [last]
        segs = []
        for i, (v, k) in enumerate(vals):
            if i:
                segs.append(seps[i - 1])
            segs.append(Ent("NAME", v, (cat, k)))
        return segs

    def fill(self, template, cat):
        segs, labels, pos = [], {}, 0
        for m in TOKEN.finditer(template):
            if m.start() > pos:
                segs.append(template[pos:m.start()])
            segs.extend(self.token(m.group(1), m.group(2), m.group(3) or "", labels, cat))
            pos = m.end()
        segs.append(template[pos:])
        return [x for x in segs if not (isinstance(x, str) and x == "")]

    def token(self, tok, lab, mod, labels, cat):
        g, rng = self.g, self.rng
        nt = self.name_token(tok)
        if nt is not None:
            v, kind = nt
            if g.chance(0.05) and mod == "" and cat not in ("textspeak",) and kind != "initials_only":
                v = v.lower()  # the name alone typed in lower case
            if "l" in mod:
                v = v.lower()
            if "u" in mod:
                v = v.upper()
            if lab:
                labels[lab] = v
            out = [Ent("NAME", v, (cat, kind))]
            if "poss" in mod:
                out.append(self.poss(v))
            return out
        if tok in ("L", "L2", "L3"):
            n = {"L2": 2, "L3": 3}.get(tok) or rng.choices([2, 3, 4], [45, 40, 15])[0]
            return self.list_names(n, cat)
        if tok == "HOSP":
            return [Ent("HOSPITAL_NUMBER", g.hosp())]
        if tok == "NHS":
            return [Ent("NHS_NUMBER", g.nhs())]
        if tok in ("DOB", "DOBO", "DOBK"):
            return [Ent("DATE_OF_BIRTH", g.dob({"DOB": "any", "DOBO": "old", "DOBK": "kid"}[tok]))]
        if tok in ("PHONE", "MOB", "LAND"):
            return [Ent("PHONE", g.phone({"PHONE": "any", "MOB": "mob", "LAND": "land"}[tok]))]
        if tok == "EMAIL":
            return [Ent("EMAIL", g.email(labels.get(lab) if lab else None))]
        if tok == "URL":
            return [Ent("URL", g.url())]
        if tok == "ADDR":
            return [Ent("ADDRESS", g.address())]
        if tok == "ADDRL":
            return [Ent("ADDRESS", g.address(layout=rng.choice(["lines", "lines", "pcline"])))]
        if tok == "ADDRC":
            r = rng
            town, county, outs = g.pick("eng", ENGLISH_TOWNS)
            v = "%s, %d %s, %s" % (g.pick("care", CARE_HOMES), r.randint(1, 120), g.street(), town)
            if g.chance(0.7):
                v += ", " + r.choice(outs.split()) + " " + g.inward()
            if g.chance(0.3):
                v = "Room %d, %s" % (r.randint(1, 40), v)
            g.used_regions["care home"] += 1
            return [Ent("ADDRESS", v)]
        if tok == "ADDRN":
            return [Ent("ADDRESS", g.narrative_address())]
        if tok == "ADDRUS":
            g.used_regions["us"] += 1
            return [Ent("ADDRESS", g.us_address())]
        if tok == "PC":
            return [Ent("POSTCODE", g.postcode())]
        if tok == "DATE":
            return [Ent("DATE", g.date())]
        if tok == "DATEM":
            return [Ent("DATE", g.month_year())]
        if tok == "TOWN":
            return [Ent("TOWN", g.town())]
        if tok == "TOWNA":
            return [Ent("TOWN", g.town("abroad"))]
        if tok in ("USZ", "USZB"):
            city, st, pre = g.pick("uscity", US_CITIES)
            if tok == "USZ":
                return [Ent("TOWN", city), ", %s " % st, Ent("ZIP", g.zipcode(pre))]
            return [Ent("TOWN", city), rng.choice([" (ZIP ", " (zip code ", " ("]), Ent("ZIP", g.zipcode(pre)), ")"]
        if tok == "AGE":
            return [Ent("AGE_OVER_89", g.age())]
        if tok == "AGEW":
            return [Ent("AGE_OVER_89", g.age(words=True))]
        if tok == "T":
            return [g.pick("title", TITLES)]
        if tok == "RB":
            return [g.pick("rb", ROLE_BEFORE)]
        if tok == "RBc":
            r = g.pick("rb", ROLE_BEFORE)
            return [r[0].upper() + r[1:]]
        if tok == "RA":
            return [g.pick("ra", ROLE_AFTER)]
        if tok == "RN":
            return [g.pick("rn", ROLE_NOUN)]
        if tok == "EMO":
            return [rng.choice(EMOJI)]
        raise ValueError("unknown token " + tok)


def apply_style(segs, style):
    if style in ("normal", "textspeak"):
        return segs
    out = []
    for s in segs:
        if isinstance(s, Ent):
            keep = s.form[1] == "initials_only" and style != "caps"
            e = Ent(s.type, s.value if keep else (s.value.upper() if style == "caps" else s.value.lower()), s.form)
            out.append(e)
        else:
            out.append(s.upper() if style == "caps" else s.lower())
    if style == "ocr":
        for i, s in enumerate(out):
            if isinstance(s, str):
                s = re.sub(r"([,.;:!?]) +(?=\S)", r"\1", s)
                if i + 1 < len(out):
                    s = re.sub(r"([,.;:!?]) +$", r"\1", s)
                out[i] = s
    for s in out:
        if isinstance(s, Ent):
            s.style = style
    return out


def fix_trailing(segs):
    """Move punctuation at the end of a span into the following text."""
    out = []
    i = 0
    segs = list(segs)
    while i < len(segs):
        s = segs[i]
        if isinstance(s, Ent):
            m = re.search(r"[^\w]+$", s.value, re.UNICODE)
            if m:
                tail = m.group(0)
                s.value = s.value[:m.start()]
                if i + 1 < len(segs) and isinstance(segs[i + 1], str):
                    segs[i + 1] = tail + segs[i + 1]
                else:
                    segs.insert(i + 1, tail)
        out.append(s)
        i += 1
    return out


def pick_style(gen, cat):
    if cat == "textspeak":
        return "textspeak"
    if cat in NAME_CATS:
        return gen.rng.choices(["normal", "lower", "caps", "ocr"], [77, 11, 6, 6])[0]
    if cat in ("addr", "hosp", "dob", "pc", "nhs", "phone", "date", "town", "age"):
        return gen.rng.choices(["normal", "lower", "caps"], [90, 6, 4])[0]
    return "normal"


def make_piece(gen, filler, cat, template):
    kind = T[cat][0]
    style = pick_style(gen, cat)
    segs = filler.fill(template, cat)
    segs = apply_style(segs, style)
    segs = fix_trailing(segs)
    for s in segs:
        if isinstance(s, Ent):
            s.style = style
    return Piece(cat, kind, template, segs, style)


# --------------------------------------------------------------------------------------------
# Real comments
# --------------------------------------------------------------------------------------------
def read_ids(path):
    """Parse each line and keep only its "id" field."""
    ids = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                ids.append(json.loads(line)["id"])
    return ids


def load_comments(fft_dir):
    rows = []
    with open(os.path.join(fft_dir, "fft_phase1.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.append(("fft1:" + row["row_index"], (row["feedback"] or "").strip(), 1))
    with open(os.path.join(fft_dir, "fft_phase2_v6framework.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.append(("fft2:" + row["Comment ID"], (row["FFT answer"] or "").strip(), 2))
    return rows


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MONTH_RE = re.compile(r"\b(january|february|march|april|june|july|august|september|october|november|december|"
                      r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday|christmas|xmas|easter|boxing day|new year)\b", re.I)
TITLE_RE = re.compile(r"\b(Dr|Mr|Mrs|Ms|Miss|Prof|Nurse|Sister|Matron|Doctor|Dr\.|Mr\.|Mrs\.|Ms\.)\s+[A-Z]")
COMMON_WORDS = set(L("will, mark, long, young, hill, bell, best, love, sweet, gold, short, brown, green, white, "
                     "little, wise, hope, rose, page, ward, king, field, frost, snow, winter, grace, joy, faith, "
                     "lee, ray, pat, jack, bill, frank, may, june, don, ali, sam, jo, chris, kit, lou, mo, di, val, "
                     "mel, em, abs, fi, ro, dev, nat, sal, pam, long, han, lam, kim, lim, oh, do, le, ly, ng, ho, "
                     "park, jung, cook, baker, mason, archer, hunter, fisher, bishop, castle, marsh, summers, fox, "
                     "wood, moss, lamb, rice, price, mann, bird, nur, abdi, ali, hama, ama, yan, jun, wei, bong, "
                     "yaw, cem, ren, emi, mai, hoa, lan, thu, long, bao, mio, yui, ryo, sota, liya, saba, gill, "
                     "shah, miah, islam, nair, bello, eze, obi, juma, aden, ismail, farah, noor, amal, reem, omar, "
                     "azad, dara, roya, leah, eli, dov, moshe, cohen, levy, katz, weiss, blum, roman, tudor, "
                     "regent, nelson, victoria, albert, station, church, mill, chapel, meadow, orchard, beech, elm, "
                     "willow, rowan, hawthorn, fern, moor, fell, beck, abbey, priory, manor, grange, school, forge, "
                     "quarry, railway, canal, wharf, harbour, windmill, cooper, weaver, potter, shepherd, barley, "
                     "clover, saxon, jubilee, coronation, victor, sunny, sandy, penny, star, angel, unity, peace, "
                     "comfort, gift, favour, mercy, charity, promise, destiny, treasure, ruby, pearl, holly, ivy, "
                     "amber, hazel, heather, daisy, poppy, violet, olive, iris, jade, sky, autumn, crystal, honey, "
                     "summer, dawn, victory, blessing, patience, precious, marvellous, goodness, liberty, harmony, "
                     "melody, felicity, prudence, constance, lovely, princess, honour, rich, drew, rusty, cliff, "
                     "dean, earl, duke, prince, noble, chase, bob, art, gene, guy, norm, lance, miles, rocky, "
                     "stone, glen, dale, forrest, justice, wisdom, innocent, lucky, sonny, reed, sterling, titch, "
                     "smudge, moll, lolly, trace, shell, bev, nobby, paddy, mick, dai, raj, manny, tel, nav, "
                     "boston, bath, reading, barry, newport, hull, wells, bangor, holt, corby, derby, york, lincoln, "
                     "durham, chester, preston, wigan, crewe, luton, poole, rugby, dover, ayr, oban, perth, "
                     "richmond, madison, phoenix, portland, savannah, columbus, denver, hamilton, stirling, "
                     "lancaster, kendal, truro, salisbury, neath, brecon, newry, omagh, larne, alston, moulton, "
                     "raunds, hawes, helmsley, pickering, sofia, porto, kingston, valencia, naples, "
                     "the, upon, much, great, high, man, bay, water, city, wing, min, hung, bin, van, ben, spa, "
                     "south, north, east, west, sea, wear, new, port, old, kings, isle, vale, wells, hope, "
                     "mills, bridge, town, green, market, ash, chi, long, les, von, der, den, los, das, dos, del, "
                     "abu, ter, and, san, bob"))


STOP = set(L("the, on, in, of, and, do, upon, much, great, high, city, long, new, old, north, south, east, west, "
             "by, at, to, le, la, de, da, di, del, von, van, der, den, al, el, ben, bin, st, sea, spa"))


def name_words():
    """Lower-cased name words from this script's lists (for screening the source comments)."""
    words = []
    for c in COMMUNITIES:
        for lst in (c[2], c[3], c[4]):
            for v in lst:
                words.extend(WORD.findall(v))
    for lst in (UNISEX, NICKNAMES, PARTICLE_SUR, WORDLIKE_F, WORDLIKE_M, WORDLIKE_SUR, ABROAD):
        for v in lst:
            words.extend(WORD.findall(v))
    for lst in (ENGLISH_TOWNS, VILLAGES, SCOT_TOWNS, WELSH_TOWNS, NI_TOWNS, US_CITIES):
        for t in lst:
            words.extend(WORD.findall(t[0]))
            if len(t) == 4 and t[1]:
                words.extend(WORD.findall(t[1]))
    for v in STREET_STEMS:
        words.extend(WORD.findall(v))
    out = []
    for w in words:
        for x in (w.lower(), fold(w).lower()):
            if len(x) >= 2 and x not in out:
                out.append(x)
    return out


def build_vocab(rows):
    lower_count, cap_mid, cap_any = Counter(), Counter(), Counter()
    for _id, text, _p in rows:
        for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
            toks = WORD.findall(sent)
            for i, t in enumerate(toks):
                if t.islower():
                    lower_count[t] += 1
                elif t[0].isupper() and not t.isupper():
                    cap_any[t.lower()] += 1
                    if i > 0:
                        cap_mid[t.lower()] += 1
    return lower_count, cap_mid, cap_any


def clean_reason(text, vocab, names):
    lower_count, cap_mid, _cap_any = vocab
    if not 30 <= len(text) <= 600:
        return "length"
    low = text.lower()
    if re.search(r"[@#*|_~^\\\[\]{}<>]", text):
        return "symbols"
    if re.search(r"https?:|www\.|\.(com|org|net|co\.uk|nhs|uk)\b", low):
        return "links"
    if "xxx" in low or "redact" in low or "name removed" in low or "did not answer" in low:
        return "markers"
    if re.search(r"\d{3,}|\d\s*[/.:\-]\s*\d|\b(9\d|1\d\d)\b|ninety|hundred", low):
        return "numbers"
    if MONTH_RE.search(text) or re.search(r"\bMay\b", text):
        return "dates"
    if TITLE_RE.search(text):
        return "title+capital"
    if re.search(r"[a-z][A-Z][a-z]", text):
        return "case artefact"
    if re.search(r"\b[A-Z][a-z]+ [B-HJ-Z](?=[\s,.!?]|$)", text) or re.search(r"marie curie|macmillan", low):
        return "name-like"
    wl = "|".join(WORDLIKE_F + WORDLIKE_M)
    if re.search(r"\b(%s)\b(?= +(has|had|was|is|and|were|did|gave|helped|from|on|who|said|came|made|"
                 r"explained|took|kept|rang|called)\b)" % wl, text):
        return "name-like"
    for wm in WORD.finditer(text):
        t = wm.group(0)
        tl = t.lower().strip("'")
        if tl.endswith(("'s", "’s")):
            tl = tl[:-2]
        if not tl:
            continue
        initial = re.search(r"(^|[.!?]\s*|\n\s*)$", text[:wm.start()]) is not None
        if t[0].isupper() and lower_count[t.lower()] == 0 and lower_count[tl] == 0:
            return "capitalised word never in lower case"
        if tl in names and tl not in COMMON_WORDS and len(tl) >= 3:
            return "name or place from the lists"
        if t[0].isupper() and tl in names and tl not in STOP and len(tl) >= 3 and not initial:
            return "name or place from the lists"
        if t.islower() and cap_mid[tl] >= 2 and cap_mid[tl] > lower_count[tl]:
            return "lower-case proper noun"
    return ""


# --------------------------------------------------------------------------------------------
# In-place insertions (only text is inserted; the comment's own words are never changed)
# --------------------------------------------------------------------------------------------
REL_F = ("wife", "daughter", "mum", "mam", "mother", "nan", "nana", "nanna", "gran", "granny", "grandma",
         "grandmother", "sister", "girl", "granddaughter", "aunt", "auntie", "niece", "fiancee")
REL_M = ("husband", "son", "dad", "father", "grandad", "grandpa", "grandfather", "brother", "boy", "grandson",
         "uncle", "nephew", "fiance")
ELDER = ("mum", "mam", "mother", "dad", "father", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad",
         "grandpa", "grandfather", "grandmother")
RE_REL = re.compile(r"\b(?:[Mm]y|[Oo]ur|MY|OUR) (?:(?:late|little|eldest|youngest|elderly|poor|disabled|baby) )?"
                    r"(husband|wife|partner|son|daughter|mum|mam|mother|dad|father|nan|nana|nanna|gran|granny|"
                    r"grandma|grandad|grandpa|grandfather|grandmother|sister|brother|baby|boy|girl|grandson|"
                    r"granddaughter|aunt|auntie|uncle|friend|neighbour|niece|nephew)\b"
                    r"(?=\s+(?:was|is|has|had|who|and|were|did|needed|got|went|received|came|being|gets|felt|said|"
                    r"to|from|in|at|with|couldn't|could|would|needs)\b|[,.])", re.I)
RE_STAFF = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Mm]y) (nurse|doctor|driver|paramedic|receptionist|physio|physiotherapist|"
                      r"midwife|consultant|surgeon|lady|gentleman|man|woman|young man|young lady|girl|lad|porter|"
                      r"call handler|health visitor|therapist|carer|care worker|support worker|pharmacist|"
                      r"crew member|ambulance driver|technician|radiographer|sonographer|registrar|"
                      r"operator|practitioner|cleaner|GP|gp)\b"
                      r"(?=\s+(?:was|is|who|that|did|had|gave|explained|made|took|I|we|on|at|kept|listened|has|came|"
                      r"arrived|dealt|called|helped|spoke|treated|seemed|could|really|very|also|always|never)\b)")
RE_PLURAL = re.compile(r"\b(?:[Tt]he|[Aa]ll the|[Bb]oth) (nurses|paramedics|drivers|crew|ambulance crew|doctors|"
                       r"midwives|staff|carers|porters|receptionists|physios|team|ladies|girls|lads|crew members|"
                       r"call handlers|two paramedics|two ladies|two drivers|ambulance staff|nursing staff|"
                       r"ambulance men|health care assistants|HCAs)\b"
                       r"(?=\s+(?:were|are|who|was|have|had|did|on|at|that|made|took|kept|all|really|very|could|"
                       r"explained|dealt|listened|always)\b)")
RE_THANKS = re.compile(r"\b(?:[Tt]hank you|[Tt]hanks|[Tt]hankyou|THANK YOU|THANKS)(?= *[.!]*\s*$)")
RE_TOWN = re.compile(r"\bto (?:the )?(?:hospital|A&E|a&e)\b(?=\s+(?:and|but|for|where|because|as|with|by|quickly)\b|[.,!]|$)")
RE_DATE = re.compile(r"\b(?:[Mm]y|[Oo]ur) (?:appointment|operation|scan|procedure|op|surgery|admission|discharge|"
                     r"x-ray|injection|jab|vaccine|vaccination|consultation)\b(?=\s+(?:was|is|had|has|went|got|were)\b|[.,])")
RE_HOME = re.compile(r"\b(?:took|take|taking|get|got|getting|brought|bring|taken|drove|dropped) (?:me|us|him|her|mum|dad) "
                     r"(?:back )?home\b(?=\s+(?:and|but|safely|on time|quickly|after)\b|[.,!]|$)")


def pronoun_gender(text):
    he = len(re.findall(r"\b(he|him|his|himself)\b", text, re.I))
    she = len(re.findall(r"\b(she|her|hers|herself)\b", text, re.I))
    if he and not she:
        return "m"
    if she and not he:
        return "f"
    return "a"


def inplace_candidates(text):
    c = []
    for rx, kind in ((RE_REL, "relative"), (RE_STAFF, "staff"), (RE_PLURAL, "plural"), (RE_THANKS, "thanks"),
                     (RE_TOWN, "town"), (RE_DATE, "date"), (RE_HOME, "home")):
        for m in rx.finditer(text):
            c.append((kind, m))
            break
    return c


def inplace_insert(gen, filler, text, kind, m, need):
    """Return (position, segs) to insert after the match (or inside it for ages)."""
    rng = gen.rng
    cat = "inplace"
    case = "lower" if not re.search(r"[A-Z]", text) else ("caps" if not re.search(r"[a-z]", text) else "normal")
    segs, pos = None, m.end()
    if kind == "relative":
        rel = m.group(1).lower()
        if rel in ELDER and need.get("AGE_OVER_89", 0) > 0 and gen.chance(0.5):
            shape = rng.randrange(4)
            age = Ent("AGE_OVER_89", gen.age(words=gen.chance(0.15)))
            if shape == 0:
                return m.start(1), [age, rng.choice([" year old ", "-year-old ", " yr old ", "yo "])]
            if shape == 1:
                return pos, [" (", age, ")"]
            if shape == 2:
                return pos, [", aged ", age, ","] if text[pos:pos + 1] not in ",." else [", aged ", age]
            return pos, [" who is ", age, ","] if text[pos:pos + 1] not in ",." else [" who is ", age]
        g = "f" if rel in REL_F else ("m" if rel in REL_M else "a")
        v, k = gen.full(g) if gen.chance(0.3) else gen.first(g)
        e = Ent("NAME", v, (cat, "relative:" + k))
        shape = rng.randrange(10)
        if shape < 5:
            segs = [" ", e]
        elif shape < 8:
            segs = [", ", e, ","] if text[pos:pos + 1] not in ",." else [", ", e]
        else:
            segs = [" (", e, ")"]
    elif kind == "staff":
        role = m.group(1).lower()
        if role in ("gp", "doctor", "consultant", "surgeon", "registrar"):
            sv, sk = (gen.surname(), "surname") if gen.chance(0.85) else (gen.particle(), "surname_particle")
            e = Ent("NAME", sv, (cat, "staff:" + sk))
            t = rng.choice(["Dr", "Dr", "Dr.", "Mr", "Miss", "Prof"]) if role != "gp" else rng.choice(["Dr", "Dr."])
            shape = rng.randrange(3)
            if shape == 0:
                segs = [" " + t + " ", e]
            elif shape == 1:
                segs = [", " + t + " ", e, ","] if text[pos:pos + 1] not in ",." else [", " + t + " ", e]
            else:
                segs = [" (" + t + " ", e, ")"]
        else:
            if role in ("lady", "woman", "girl", "young lady"):
                g = "f"
            elif role in ("man", "gentleman", "lad", "young man"):
                g = "m"
            else:
                g = pronoun_gender(text)
            v, k = gen.first(g) if gen.chance(0.8) else gen.full(g)
            e = Ent("NAME", v, (cat, "staff:" + k))
            shape = rng.randrange(10)
            if role in ("lady", "woman", "girl", "young lady", "man", "gentleman", "lad", "young man"):
                shape = rng.choice([5, 6, 7, 8, 9, 10])
            if shape < 5:
                segs = [" ", e]
            elif shape < 8:
                segs = [", ", e, ","]
            elif shape < 10:
                segs = [" (", e, ")"]
            else:
                segs = [" called ", e]
    elif kind == "plural":
        grp = m.group(1).lower()
        if grp in ("staff", "team", "nursing staff") and gen.chance(0.5):
            v, k = gen.first("a")
            e = Ent("NAME", v, (cat, "staff_one:" + k))
            segs = rng.choice([[" (especially ", e, ")"], [", in particular ", e, ","], [" (esp. ", e, ")"]])
        else:
            n = 2 if grp.startswith("two") or gen.chance(0.6) else 3
            g = "f" if grp in ("ladies", "girls", "two ladies") else ("m" if grp in ("lads", "ambulance men") else "a")
            lst = filler.list_names(n, cat, g)
            for s in lst:
                if isinstance(s, Ent):
                    s.form = (cat, "list:" + s.form[1])
            shape = rng.randrange(3)
            if shape == 0:
                segs = [" ("] + lst + [")"]
            elif shape == 1:
                segs = [", "] + lst + [","]
            else:
                segs = [" - "] + lst + [" -"]
    elif kind == "thanks":
        if gen.chance(0.7):
            v, k = gen.first("a")
            segs = [" ", Ent("NAME", v, (cat, "thanks:" + k))]
        else:
            lst = filler.list_names(2, cat)
            for s in lst:
                if isinstance(s, Ent):
                    s.form = (cat, "thanks_list:" + s.form[1])
            segs = [" "] + lst
    elif kind == "town":
        segs = [rng.choice([" in ", " in ", " at "]), Ent("TOWN", gen.town())]
    elif kind == "date":
        d = Ent("DATE", gen.date())
        segs = rng.choice([[" on ", d], [" (", d, ")"], [" on ", d]])
    elif kind == "home":
        segs = [" to ", Ent("ADDRESS", gen.narrative_address())]
    if case != "normal":
        out = []
        for s in segs:
            if isinstance(s, Ent):
                s.value = s.value.lower() if case == "lower" else s.value.upper()
                s.style = case
                out.append(s)
            else:
                out.append(s.lower() if case == "lower" else s.upper())
        segs = out
    return pos, fix_trailing(segs)


# --------------------------------------------------------------------------------------------
# Laying a record out
# --------------------------------------------------------------------------------------------
END_PUNCT = re.compile(r"[.!?)]$")


def ends_sentence(segs):
    t = seg_text(segs).rstrip()
    return bool(END_PUNCT.search(t))


def boundaries(orig):
    """Offsets in the comment where a new sentence or line starts."""
    out = []
    for m in re.finditer(r"(?:(?<=[.!?])[ \t]+|[ \t]*\n\s*)(?=\S)", orig):
        if 0 < m.end() < len(orig):
            out.append(m.end())
    return out


def split_comment(segs, cuts):
    """Split the comment (Orig pieces with insertions) at original offsets."""
    parts, cur, off = [], [], 0
    cuts = sorted(cuts)
    for s in segs:
        if isinstance(s, Orig):
            t = s.text
            while cuts and off < cuts[0] <= off + len(t):
                k = cuts[0] - off
                if t[:k]:
                    cur.append(Orig(t[:k]))
                parts.append(cur)
                cur = []
                t = t[k:]
                off += k
                cuts.pop(0)
            if t:
                cur.append(Orig(t))
            off += len(t)
        else:
            cur.append(s)
    parts.append(cur)
    return parts


def join(a, b, sep, opener=False):
    """Join two segment lists; never leave two same-type details with only whitespace between."""
    ea, eb = last_ent(a), first_ent(b)
    if ea is not None and eb is not None and ea.type == eb.type and sep.strip() == "":
        sep = (",\n" if opener else ". ") if "\n" not in sep else ("," if opener else ".") + sep
    return a + [sep] + b


def layout(rec, rng):
    orig_segs = rec["comment"]
    cuts = boundaries(rec["original"])
    parts = split_comment(orig_segs, cuts)  # parts[i] ends with the whitespace before sentence i+1
    start, mid, end = [], {}, []
    for p in rec["body"]:
        x = rng.random()
        if x < 0.36:
            start.append(p)
        elif x < 0.52 and len(parts) > 1:
            mid.setdefault(rng.randrange(1, len(parts)), []).append(p)
        else:
            end.append(p)
    for p in start:
        p.where = "before"
    for ps in mid.values():
        for p in ps:
            p.where = "inside"
    for p in end:
        p.where = "after"

    def sep_after(segs):
        return " " if ends_sentence(segs) else "\n"

    out = []
    if rec["open"] is not None:
        rec["open"].where = "open"
        out = list(rec["open"].segs)
        op_sep = "\n" if (last_ent(out) is not None or rng.random() < 0.7) else " "
        pending_sep, pending_opener = op_sep, True
    else:
        pending_sep, pending_opener = None, False
    for p in start:
        if pending_sep is None:
            out = list(p.segs)
        else:
            out = join(out, list(p.segs), pending_sep, pending_opener)
        pending_sep, pending_opener = sep_after(p.segs), False
    # the comment, with planted sentences between its own sentences
    body = []
    for i, part in enumerate(parts):
        for p in mid.get(i, []):
            body = join(body, list(p.segs), "") if body else list(p.segs)
            body.append(" " if ends_sentence(p.segs) else "\n")
        body = body + part if not body else join(body, part, "")
    if pending_sep is None:
        out = body
    else:
        out = join(out, body, pending_sep, pending_opener)
    # after the comment
    for p in end:
        t = seg_text(out)
        if re.search(r"[.!?]$", t):
            sep = " "
        elif re.search(r"\w$", t):
            out = out + ["."]
            sep = " "
        else:
            sep = "\n"
        out = join(out, list(p.segs), sep)
    if rec["tail"] is not None:
        p = rec["tail"]
        p.where = "tail"
        if p.cat in ("final",):
            t = seg_text(out).rstrip()
            sep = " " if re.search(r"[.!?]$", t) and rng.random() < 0.6 else "\n"
        else:
            sep = rng.choice(["\n", "\n\n", "\n", " "]) if "\n" not in seg_text(p.segs) else rng.choice(["\n", "\n\n"])
            if sep == " " and not re.search(r"[.!?]$", seg_text(out).rstrip()):
                sep = "\n"
        out = join(out, list(p.segs), sep)
    for p in ([rec["open"]] if rec["open"] else []) + rec["body"] + ([rec["tail"]] if rec["tail"] else []):
        for s in p.segs:
            if isinstance(s, Ent):
                s.where = p.where
    for s in orig_segs:
        if isinstance(s, Ent):
            s.where = "inside"
    return out


def render(segs):
    text, ents, planted = [], [], []
    pos = 0
    for s in segs:
        if isinstance(s, Ent):
            ents.append((pos, pos + len(s.value), s))
            text.append(s.value)
            pos += len(s.value)
        elif isinstance(s, Orig):
            text.append(s.text)
            pos += len(s.text)
        else:
            text.append(s)
            pos += len(s)
    return "".join(text), ents


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------
def choose_comments(rows, held, other, vocab, rng, n, n2, stats):
    names = set(name_words())
    seen_ids, dup_ids = Counter(r[0] for r in rows), set()
    for k, v in seen_ids.items():
        if v > 1:
            dup_ids.add(k)
    by_key, keep = {}, []
    reasons = Counter()
    for rid, text, phase in rows:
        if rid in held:
            reasons["held-out id"] += 1
            continue
        if rid in dup_ids:
            reasons["id occurs twice"] += 1
            continue
        why = clean_reason(text, vocab, names)
        if why:
            reasons[why] += 1
            continue
        key = re.sub(r"[\s.!?]+", " ", text.lower()).strip()
        if key in by_key:
            reasons["repeated text"] += 1
            continue
        by_key[key] = rid
        keep.append((rid, text, phase))
    stats["reasons"] = reasons
    stats["clean"] = Counter(p for _r, _t, p in keep)
    stats["clean_fresh"] = Counter(p for r, _t, p in keep if r not in other)
    chosen = []
    for phase, want in ((1, n - n2), (2, n2)):
        fresh = [x for x in keep if x[2] == phase and x[0] not in other]
        reuse = [x for x in keep if x[2] == phase and x[0] in other]
        rng.shuffle(fresh)
        rng.shuffle(reuse)
        with_phrase = [x for x in fresh if inplace_candidates(x[1])]
        without = [x for x in fresh if not inplace_candidates(x[1])]
        k = min(len(with_phrase), want // 4)
        pick = with_phrase[:k]
        rest = with_phrase[k:] + without
        rng.shuffle(rest)
        pick += rest[:want - k]
        if len(pick) < want:
            pick += reuse[:want - len(pick)]
        assert len(pick) == want, (phase, len(pick), want)
        chosen += pick
    rng.shuffle(chosen)
    return chosen


def build(args, stats):
    rng = random.Random(args.seed)
    gen = Gen(rng)
    filler = Filler(gen)
    held = set()
    stats["held"] = {}
    for p in HELD_OUT:
        ids = read_ids(os.path.join(ROOT, p))
        stats["held"][p] = len(ids)
        held.update(ids)
    other = set()
    for p in OTHER_SETS:
        fp = os.path.join(ROOT, p)
        if os.path.exists(fp):
            other.update(read_ids(fp))
    other -= held
    rows = load_comments(args.fft_dir)
    vocab = build_vocab(rows)
    chosen = choose_comments(rows, held, other, vocab, rng, args.n, args.n2, stats)
    stats["reused"] = sum(1 for r in chosen if r[0] in other)

    totals = Counter()
    records = []
    # in-place insertions
    n_inplace = 0
    for rid, text, phase in chosen:
        rec = {"id": rid, "original": text, "phase": phase, "comment": [Orig(text)], "open": None, "tail": None,
               "body": [], "decoy": None, "inplace": ""}
        cands = inplace_candidates(text)
        if cands and rng.random() < 0.85:
            need = {t: TARGETS[t] - totals[t] for t in TARGETS}
            weights = []
            for kind, _m in cands:
                w = {"relative": 3, "staff": 3, "plural": 3, "thanks": 2, "town": 2, "date": 2, "home": 2}[kind]
                if kind == "town" and need["TOWN"] <= 0 or kind == "date" and need["DATE"] <= 0:
                    w = 0.2
                weights.append(w)
            kind, m = rng.choices(cands, weights)[0]
            pos, segs = inplace_insert(gen, filler, text, kind, m, need)
            rec["comment"] = [Orig(text[:pos])] + segs + [Orig(text[pos:])]
            rec["inplace"] = kind
            n_inplace += 1
            for s in segs:
                if isinstance(s, Ent):
                    totals[s.type] += 1
        records.append(rec)

    # carrier sentences
    pieces = []
    for cat in sorted(QUOTA):
        kind, temps = T[cat]
        order = list(temps)
        rng.shuffle(order)
        for i in range(QUOTA[cat]):
            p = make_piece(gen, filler, cat, order[i % len(order)])
            pieces.append(p)
            totals.update(p.counts)
    type_cats = {}
    for cat, t in sorted(CAT_MAIN_TYPE.items()):
        type_cats.setdefault(t, []).append(cat)
    type_cats["NAME"] = ["thanks", "role", "list", "verb", "wordlike", "relative", "full"]
    guard = 0
    while True:
        short = [t for t in TYPES if totals[t] < TARGETS[t]]
        if not short:
            break
        guard += 1
        assert guard < 2000
        t = short[0]
        cat = rng.choice(type_cats[t])
        p = make_piece(gen, filler, cat, rng.choice(T[cat][1]))
        pieces.append(p)
        totals.update(p.counts)
    rng.shuffle(pieces)
    # opens and tails first so that they find room, then the rest
    pieces.sort(key=lambda p: {"open": 0, "tail": 1, "body": 2}[p.kind])

    def ents(rec):
        n = sum(1 for s in rec["comment"] if isinstance(s, Ent))
        for p in [rec["open"], rec["tail"]] + rec["body"]:
            if p is not None:
                n += p.n()
        return n

    for p in pieces:
        def ok(rec):
            if ents(rec) + p.n() > MAX_ENTS:
                return False
            used = [q for q in rec["body"] + [rec["open"], rec["tail"]] if q is not None]
            if p.template in [q.template for q in used] or p.cat in [q.cat for q in used]:
                return False
            have = Counter()
            for q in used:
                have.update(q.counts)
            for s in rec["comment"]:
                if isinstance(s, Ent):
                    have[s.type] += 1
            for t in ("DATE_OF_BIRTH", "NHS_NUMBER", "ZIP", "AGE_OVER_89"):
                if p.counts[t] and have[t]:
                    return False
            if p.kind == "open":
                return rec["open"] is None
            if p.kind == "tail":
                return rec["tail"] is None
            return len(rec["body"]) < 3
        elig = [r for r in records if ok(r)]
        assert elig, "no room for a piece"
        empty = [r for r in elig if ents(r) == 0]
        if empty:
            rec = rng.choice(empty)
        else:
            rec = rng.choices(elig, [1.0 / (1 + ents(r)) ** 2 for r in elig])[0]
        if p.kind == "open":
            rec["open"] = p
        elif p.kind == "tail":
            rec["tail"] = p
        else:
            rec["body"].append(p)
    # decoys: ordinary words that are also names, used as words (not entities)
    dec_recs = rng.sample([r for r in records if len(r["body"]) < 3], len(DECOYS))
    for d, rec in zip(DECOYS, dec_recs):
        p = Piece("decoy", "body", d, [d], "normal")
        rec["body"].append(p)
        rec["decoy"] = d
        rng.shuffle(rec["body"])

    out = []
    for rec in records:
        segs = layout(rec, rng)
        rec["segs"] = segs
        text, ents_ = render(segs)
        rec["text"] = text
        rec["ents"] = ents_
        out.append(rec)
    stats["n_inplace"] = n_inplace
    stats["gen"] = gen
    return out


def to_json(rec):
    ents = []
    for s, e, ent in rec["ents"]:
        prof = ["hipaa_safe_harbor"] if ent.type in HIPAA_ONLY else ["standard", "hipaa_safe_harbor"]
        ents.append({"start": s, "end": e, "type": ent.type, "value": ent.value, "profiles": prof})
    return {"id": rec["id"], "text": rec["text"], "original": rec["original"], "entities": ents}


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I)
PHONE_OK = re.compile(r"^(07700900\d{3}|01632960\d{3}|02079460\d{3}|01(13|14|15|16|17|18|21|31|41|51|61|91)4960\d{3})$")
ROLE_START = re.compile(r"^(dr|mr|mrs|ms|miss|prof|professor|doctor|sister|nurse|matron|hca|physio|porter|"
                        r"midwife|paramedic|driver|consultant|the)\b\.?\s", re.I)


def check(records, args):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    held = set()
    for p in HELD_OUT:
        held.update(read_ids(os.path.join(ROOT, p)))
    src = {rid: text for rid, text, _p in load_comments(args.fft_dir)}
    totals = Counter()
    bad = []
    for rec in records:
        text, ents = rec["text"], rec["ents"]
        assert rec["id"] not in held, rec["id"]
        assert rec["original"] == src[rec["id"]] and len(rec["original"]) >= 30
        assert ents, rec["id"]
        assert "".join(s.text for s in rec["segs"] if isinstance(s, Orig)) == rec["original"], rec["id"]
        prev = None
        for s, e, ent in ents:
            v = ent.value
            assert text[s:e] == v
            assert v and v == v.strip(), repr(v)
            assert v[-1].isalnum(), (rec["id"], v)
            assert "\n" not in v or ent.type == "ADDRESS", v
            if prev is not None:
                assert s >= prev[1], "overlap"
                if prev[2].type == ent.type:
                    assert text[prev[1]:s].strip() != "", (rec["id"], text[prev[0]:e])
            prev = (s, e, ent)
            totals[ent.type] += 1
            t = ent.type
            if t == "NAME":
                assert not ROLE_START.match(v + " "), v
                assert not re.search(r"['’]s$", v), v
            elif t == "NHS_NUMBER":
                assert nhs_valid(v), v
            elif t == "EMAIL":
                assert re.fullmatch(r"[\w.+\-]+@example\.(com|org|net)", v, re.I), v
            elif t == "URL":
                assert re.match(r"^(https?://)?([a-z]+\.)?example\.(com|org|net)/", v), v
            elif t == "PHONE":
                d = re.sub(r"\s*(ext\.?|extension|x)\s*\d+$", "", v)
                d = re.sub(r"\D", "", d.replace("(0)", ""))
                if d.startswith("44"):
                    d = "0" + d[2:]
                assert PHONE_OK.match(d), v
            elif t == "POSTCODE":
                assert UK_PC.match(v), v
            elif t == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
            elif t == "AGE_OVER_89":
                words = {"ninety": 90, "a hundred": 100, "one hundred": 100}
                if v.isdigit():
                    assert int(v) >= 90
                else:
                    assert any(v.lower().startswith(w) for w in words), v
            elif t in ("DATE", "DATE_OF_BIRTH"):
                assert not re.match(r"(on|the|born|dob|d\.o\.b)\b", v, re.I), v
            elif t == "HOSPITAL_NUMBER":
                assert re.search(r"\d", v) and not re.fullmatch(r"\d{10}", v), v
                assert not re.fullmatch(r"\d{3}-\d{2}-\d{4}", v), v
            elif t == "ADDRESS":
                assert not v.lower().startswith(("c/o", "the bungalow")), v
        # planted text carries no unlabelled name from the lists
        for s in rec["segs"]:
            if isinstance(s, str) and s not in DECOYS:
                for w in WORD.findall(s):
                    if (len(w) > 1 and w[0].isupper() and w.lower() in FIRST_NAME_SET
                            and w.lower() not in COMMON_WORDS):
                        bad.append((w, rec["text"]))
    assert not bad, "unlabelled names in planted text: %s" % sorted(set(w for w, _t in bad))
    for t in TYPES:
        assert totals[t] >= TARGETS[t], (t, totals[t])
    assert totals["NAME"] >= 650
    assert sum(totals[t] for t in TYPES if t != "NAME") >= 350
    assert len(records) >= 500
    assert sum(1 for r in records if r["decoy"]) == len(DECOYS) >= 50
    return totals


FIRST_NAME_SET = set()
for _c in COMMUNITIES:
    for _lst in (_c[2], _c[3]):
        for _v in _lst:
            for _w in WORD.findall(_v):
                FIRST_NAME_SET.add(_w.lower())
for _v in UNISEX + NICKNAMES:
    FIRST_NAME_SET.add(_v.lower())


# --------------------------------------------------------------------------------------------
# Figures for the card
# --------------------------------------------------------------------------------------------
PARTICLE_RE = re.compile(r"(^|[\s.])((mc|mac|o'|d'|fitz)\s?\w|(ó|ní|nic|de|del|van|von|al|el|bin|ben|abu|da|dos|das|"
                         r"di|della|lo|la|ter|le|du|st|ap|ab)[\s\-]+\w)", re.I)


def print_stats(records, stats, out_path):
    P = print
    gen = stats["gen"]
    totals = Counter(e.type for r in records for _s, _e, e in r["ents"])
    P("records: %d (phase 1: %d, phase 2: %d)" % (len(records), sum(r["phase"] == 1 for r in records),
                                                   sum(r["phase"] == 2 for r in records)))
    P("reused from other development sets: %d" % stats["reused"])
    P("held-out ids excluded: %s" % stats["held"])
    P("clean comments: %s (not in other sets: %s)" % (dict(stats["clean"]), dict(stats["clean_fresh"])))
    P("drop reasons: %s" % dict(stats["reasons"].most_common()))
    P("\nentities by type:")
    for t in TYPES:
        P("  %-16s %d" % (t, totals[t]))
    n_all = sum(totals.values())
    n_std = sum(v for t, v in totals.items() if t not in HIPAA_ONLY)
    P("  total %d; standard %d; hipaa %d" % (n_all, n_std, n_all))
    P("entities per record: %s" % sorted(Counter(len(r["ents"]) for r in records).items()))
    lens = sorted(len(r["original"]) for r in records)
    P("original length: %d-%d, median %d" % (lens[0], lens[-1], lens[len(lens) // 2]))
    P("records with in-place insertions: %d %s" % (stats["n_inplace"], dict(Counter(r["inplace"] for r in records if r["inplace"]))))
    P("decoys: %d" % sum(1 for r in records if r["decoy"]))
    P("openers: %d, tails: %d" % (sum(1 for r in records if r["open"]), sum(1 for r in records if r["tail"])))

    names = [(r, s, e, ent) for r in records for s, e, ent in r["ents"] if ent.type == "NAME"]
    P("\nNAME: %d" % len(names))
    P("  by category: %s" % dict(Counter(ent.form[0] for _r, _s, _e, ent in names).most_common()))
    kinds = Counter(ent.form[1].split(":")[-1] for _r, _s, _e, ent in names)
    P("  by kind: %s" % dict(kinds.most_common()))
    P("  in-place kinds: %s" % dict(Counter(ent.form[1].split(":")[0] for _r, _s, _e, ent in names
                                             if ent.form[0] == "inplace").most_common()))
    P("  position: %s" % dict(Counter(ent.where for _r, _s, _e, ent in names).most_common()))
    P("  style: %s" % dict(Counter(ent.style for _r, _s, _e, ent in names).most_common()))
    feats = Counter()
    ex = {}
    for r, s, e, ent in names:
        v, t = ent.value, r["text"]
        f = []
        if v.lower() == v and re.search(r"[a-z]", v):
            f.append("lower case")
        if v.upper() == v and len(re.sub(r"[^A-Za-z]", "", fold(v))) > 2:
            f.append("capitals")
        if fold(v) != v:
            f.append("non-ASCII")
        if " " in v:
            f.append("more than one word")
        if "-" in v:
            f.append("hyphenated")
        k = ent.form[1].split(":")[-1]
        if PARTICLE_RE.search(v + " ") and k != "nick":
            f.append("particle")
        if k in ("wordlike", "surname_wordlike"):
            f.append("word-like")
        if k in ("initials", "initials_only"):
            f.append("initials")
        if k == "nick":
            f.append("nickname")
        if re.match(r"['’](s\b)?", t[e:]):
            f.append("possessive")
        if re.match(r"\s*(x+o?x*\b|!{2,}|[\U0001F300-\U0001FAFF\u2764])", t[e:], re.I):
            f.append("followed by x / !! / emoji")
        if e == len(t):
            f.append("very end of text")
        st = t[:s].rstrip(" ")
        if s == 0 or st.endswith(("\n", ".", "!", "?")) or st == "":
            f.append("starts a sentence or line")
        if ent.style in ("ocr",):
            f.append("OCR-style")
        if ent.style == "textspeak":
            f.append("text-speak")
        for x in f:
            feats[x] += 1
            ex.setdefault(x, [])
            if len(ex[x]) < 14 and v not in ex[x]:
                ex[x].append(v)
    for k, v in feats.most_common():
        P("  %-28s %4d  e.g. %s" % (k, v, ", ".join(ex[k])))
    P("  distinct NAME values: %d" % len(set(ent.value for _r, _s, _e, ent in names)))
    comm_of = {}
    for c in COMMUNITIES:
        for lst in (c[2], c[3], c[4]):
            for v in lst:
                comm_of.setdefault(fold(v).lower(), c[0])
    for v in WORDLIKE_F + WORDLIKE_M:
        comm_of.setdefault(v.lower(), "word-like")
    for v in NICKNAMES:
        comm_of.setdefault(v.lower(), "nickname")
    for v in UNISEX:
        comm_of.setdefault(v.lower(), "unisex")
    cc = Counter()
    for _r, _s, _e, ent in names:
        words = [w for w in re.split(r"[\s.]+", fold(ent.value).lower()) if len(w) > 1]
        hit = [comm_of[w] for w in words if w in comm_of]
        cc[hit[0] if hit else "other"] += 1
    P("  community of the first recognised word: %s" % dict(cc.most_common()))

    P("\nname contexts by category:")
    shown = Counter()
    for r, s, e, ent in names:
        c = ent.form[0] + ("/" + ent.form[1].split(":")[0] if ent.form[0] == "inplace" else "")
        if shown[c] < 4:
            shown[c] += 1
            t = r["text"]
            a = max(t.rfind("\n", 0, s) + 1, s - 50)
            b = t.find("\n", e)
            b = min(b if b >= 0 else len(t), e + 40)
            P("  %-22s %s" % (c, (t[a:s] + "**" + t[s:e] + "**" + t[e:b]).replace("\n", "⏎")))
    P("\nexamples per type:")
    for t in TYPES:
        vals = []
        for r in records:
            for s, e, ent in r["ents"]:
                if ent.type == t and ent.value not in vals:
                    vals.append(ent.value)
        P("  %s: %s" % (t, " | ".join(v.replace("\n", "⏎") for v in vals[:16])))
    P("\nhospital-number formats used: %d %s" % (len(gen.used_hosp_formats), sorted(gen.used_hosp_formats)))
    P("address regions: %s" % dict(gen.used_regions.most_common()))
    P("address layouts: %s" % dict(gen.used_layouts.most_common()))
    adds = [ent.value for r in records for s, e, ent in r["ents"] if ent.type == "ADDRESS"]
    P("addresses over several lines: %d; lower case: %d; capitals: %d" % (
        sum("\n" in a for a in adds), sum(a == a.lower() for a in adds), sum(a == a.upper() for a in adds)))
    P("carrier templates: %d; decoys: %d" % (sum(len(v[1]) for v in T.values()), len(DECOYS)))
    P("name lists: %d communities, %d female, %d male first names, %d surnames; %d unisex, %d+%d word-like, "
      "%d nicknames, %d particle surnames, %d word-like surnames" % (
          len(COMMUNITIES), sum(len(c[2]) for c in COMMUNITIES), sum(len(c[3]) for c in COMMUNITIES),
          sum(len(c[4]) for c in COMMUNITIES), len(UNISEX), len(WORDLIKE_F), len(WORDLIKE_M), len(NICKNAMES),
          len(PARTICLE_SUR), len(WORDLIKE_SUR)))
    P("places: %d English towns, %d villages, %d Scottish, %d Welsh, %d NI, %d US, %d abroad" % (
        len(ENGLISH_TOWNS), len(VILLAGES), len(SCOT_TOWNS), len(WELSH_TOWNS), len(NI_TOWNS), len(US_CITIES),
        len(ABROAD)))
    if os.path.exists(out_path):
        with open(out_path, "rb") as fh:
            P("\nSHA-256 %s" % hashlib.sha256(fh.read()).hexdigest())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=13131213)
    ap.add_argument("--n", type=int, default=530, help="records")
    ap.add_argument("--n2", type=int, default=170, help="records from phase 2")
    ap.add_argument("--fft-dir", default=os.path.join(ROOT, "..", "shared", "data", "nhs_fft"))
    ap.add_argument("--out", default=os.path.join(ROOT, "evaluation", "data", "redaction_devset13.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print the figures on the card")
    args = ap.parse_args(argv)
    stats = {}
    records = build(args, stats)
    check(records, args)
    data = "".join(json.dumps(to_json(r), ensure_ascii=False) + "\n" for r in records)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    if args.stats:
        print_stats(records, stats, args.out)
    else:
        print("wrote %d records to %s (sha256 %s)" % (len(records), args.out,
                                                      hashlib.sha256(data.encode("utf-8")).hexdigest()))


if __name__ == "__main__":
    main()
