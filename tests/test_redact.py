"""Redaction: adversarial cases for every identifier type, and ordinary words that must stay."""
import pytest

CASES = [
    ("Please call me on 07700 900123 about it", "07700 900123", "[PHONE]"),
    ("ring +44 113 496 0000 anytime", "+44 113 496 0000", "[PHONE]"),
    ("my cell is (212) 555-0199", "(212) 555-0199", "[PHONE]"),
    ("email me: jo.bloggs@nhs.net thanks", "jo.bloggs@nhs.net", "[EMAIL]"),
    ("NHS number 943 476 5919 on the letter", "943 476 5919", "[NHS_NUMBER]"),
    ("my ssn 219-09-9999 was on the form", "219-09-9999", "[SSN]"),
    ("hospital number K1234567 was wrong", "K1234567", "[HOSPITAL_NUMBER]"),
    ("MRN: 00451234 on my band", "00451234", "[HOSPITAL_NUMBER]"),
    ("I live at 14 Acacia Avenue near the park", "14 Acacia Avenue", "[ADDRESS]"),
    ("postcode LS1 4AB is not far", "LS1 4AB", "[POSTCODE]"),
    ("we moved to Austin, TX 78701 last year", "78701", "[ADDRESS]"),
    ("zip code 90210 is on the form", "90210", "[ZIP]"),
    ("my DOB: 12/03/1961 was wrong on file", "12/03/1961", "[DATE_OF_BIRTH]"),
    ("born on 3rd March 1958 and still going", "3rd March 1958", "[DATE_OF_BIRTH]"),
    ("see https://example.org/complaints?id=4 for more", "https://example.org/complaints?id=4", "[URL]"),
    ("Dr Patel was brilliant", "Patel", "[NAME]"),
    ("nurse Sarah held my hand", "Sarah", "[NAME]"),
    ("a nurse called Jo helped me", "Jo", "[NAME]"),
    ("Thanks to Jane Smith on ward 5", "Jane Smith", "[NAME]"),
    # Names that open a sentence or a shouted comment still reach NER (see may_hold_name).
    ("Sarah was lovely. Lamarr on reception too.", "Lamarr", "[NAME]"),
    ("Great care. Sarah Jones explained everything to me", "Sarah Jones", "[NAME]"),
    ("Excellent. Michael was so kind to my mum", "Michael", "[NAME]"),
    # Identifiers by their cue, whatever their format (issue 22).
    ("My hospital number is RX4370036.", "RX4370036", "[HOSPITAL_NUMBER]"),
    ("Ref RX1948291.", "RX1948291", "[ID]"),
    ("Ref: AB-1234-XY thanks", "AB-1234-XY", "[ID]"),
    ("case ref 2023/00456 is still open", "2023/00456", "[HOSPITAL_NUMBER]"),
    ("my booking reference is 7XK9PQ2", "7XK9PQ2", "[ID]"),
    ("account no. 12345678 was charged twice", "12345678", "[ID]"),
    ("claim #A1234/567 was refused", "A1234/567", "[ID]"),
    ("member ID XJ-4432-19 on the card", "XJ-4432-19", "[ID]"),
    ("policy number 0012 3456 789 please", "0012 3456 789", "[ID]"),
    ("Patient ID: 4471-22X on the band", "4471-22X", "[HOSPITAL_NUMBER]"),
    ("patient RX4370036 was me", "RX4370036", "[HOSPITAL_NUMBER]"),
    ("MRN9323431 on the wristband", "9323431", "[HOSPITAL_NUMBER]"),
    ("record number is 88123", "88123", "[HOSPITAL_NUMBER]"),
    ("NHS number 943 476 5918 is wrong on the letter", "943 476 5918", "[NHS_NUMBER]"),  # fails the checksum
    ("Crew no2570 was lovely", "2570", "[ID]"),
    ("Incident no 25153582", "25153582", "[ID]"),
    ("crime reference number: 46/118822/23", "46/118822/23", "[ID]"),
    ("PALS ref 45/2231 never answered", "45/2231", "[ID]"),
    ("Mum's hospital number? K 123 4567", "K 123 4567", "[HOSPITAL_NUMBER]"),
    # ... and by their shape alone: a long letters-and-digits token.
    ("they kept calling me QA77123890 by mistake", "QA77123890", "[ID]"),
    ("H3768580 is on all my letters", "H3768580", "[ID]"),
    ("my NI is AB 12 34 56 C", "AB 12 34 56 C", "[ID]"),
    ("a car AB12 CDE was blocking the bay", "AB12 CDE", "[ID]"),
    ("logged from 192.168.10.24 at home", "192.168.10.24", "[IP_ADDRESS]"),
    # Whole addresses: number, street, town, county and postcode or ZIP in one placeholder.
    ("I live at 14 Acacia Avenue, Mansfield, Nottinghamshire NG18 1AB now", "Mansfield, Nottinghamshire NG18 1AB",
     "[ADDRESS]"),
    ("sent to 27 Larch Grove, Leeds LS6 2AB by mistake", "Leeds LS6 2AB", "[ADDRESS]"),
    ("the ambulance went to 199 Thistle Close, Kirkby-in-Ashfield by mistake", "Kirkby-in-Ashfield", "[ADDRESS]"),
    ("my address is 5 High Street, Worksop", "Worksop", "[ADDRESS]"),
    ("123 Main Street, Springfield, IL 62704 is my address", "Springfield, IL 62704", "[ADDRESS]"),
    ("Flat 2, 14 Acacia Avenue, Mansfield NG18 1AB", "Flat 2", "[ADDRESS]"),
    ("1600 Pennsylvania Ave NW, Washington, DC 20500", "Washington, DC 20500", "[ADDRESS]"),
    ("The letter went to Mansfield, Notts NG18 1AB instead", "Mansfield, Notts", "[ADDRESS]"),
    ("apt 4B, 350 5th Avenue, New York, NY 10118", "New York", "[ADDRESS]"),
    ("i live at 3 the crescent, mansfield", "mansfield", "[ADDRESS]"),
    # Names as people write them: lower case after a relationship or role word, capitals,
    # initials, possessives, particles.
    ("my daughter lucy was brilliant", "lucy", "[NAME]"),
    ("nurse jane held my hand", "jane", "[NAME]"),
    ("dr ahmed explained everything", "ahmed", "[NAME]"),
    ("thank you jane and the team", "jane", "[NAME]"),
    ("thanks to nurse kofi for the tea", "kofi", "[NAME]"),
    ("my son mark came with me", "mark", "[NAME]"),
    ("special thanks to becky and tom", "tom", "[NAME]"),
    ("I would like to thank kay and lee on ward 5", "kay", "[NAME]"),
    ("MY MUM JEAN WAS SEEN BY NURSE KATE", "JEAN", "[NAME]"),
    ("DR SMITH WAS GREAT", "SMITH", "[NAME]"),
    ("THANK YOU SIOBHAN FOR EVERYTHING", "SIOBHAN", "[NAME]"),
    ("Thanks to J. Smith on the ward", "J. Smith", "[NAME]"),
    ("Mr. J. Patel was kind", "J. Patel", "[NAME]"),
    ("Sarah's care was great", "Sarah", "[NAME]"),
    ("my daughter lucy's birthday was on the ward", "lucy", "[NAME]"),
    ("The physio, Jordan, really listened", "Jordan", "[NAME]"),
    ("Pauline and Siân on the ward were fantastic.", "Pauline", "[NAME]"),
    ("Patient: Gareth Van der Merwe, DOB 7 May 1976.", "Van der Merwe", "[NAME]"),
]

# Rules of issue 23 (dev set evaluation/data/redaction_devset.jsonl), one adversarial case each.
CASES += [
    # Addresses: PO boxes, directions, suites, numbered roads, house names, partial postcodes,
    # lower case and capitals, county short forms.
    ("write to PO Box 88, Reno, NV 89501 please", "PO Box 88", "[ADDRESS]"),
    ("it went to P.O. Box 7, Akron OH 44308 instead", "Akron OH", "[ADDRESS]"),
    ("I live at 77 W. Oak St, Suite 12, Akron, OH 44308.", "Suite 12", "[ADDRESS]"),
    ("home is 120 Highway 9 Akron OH 44308 now", "Highway 9", "[ADDRESS]"),
    ("send it to Ivy Lodge, Church Lane, Great Ayton, North Yorkshire thanks", "Ivy Lodge", "[ADDRESS]"),
    ("we are at The Willows, Hexham NE46 1AA now", "The Willows", "[ADDRESS]"),
    ("I live at 5 Park Road, Bingley BD16 and drive", "BD16", "[ADDRESS]"),
    ("my address is 9 kingsway, kirkcaldy ky1 2aa ok", "9 kingsway", "[ADDRESS]"),
    ("I LIVE AT 4 FORGE ROW, SKIPTON, BD23 1AA.", "FORGE ROW", "[ADDRESS]"),
    ("address 3 Bank Top, Enniskillen, Co. Fermanagh BT74 1AA", "Co. Fermanagh", "[ADDRESS]"),
    # ZIP codes after "postal code", "ZIP+4", before "zip code", and ZIP+4 by its shape.
    ("postal code 10027 on the form", "10027", "[ZIP]"),
    ("ZIP+4 10027-1234 there", "10027-1234", "[ZIP]"),
    ("we are in the 10027 zip code", "10027", "[ZIP]"),
    # Dates of birth in more shapes; hospital numbers after more cues.
    ("d.o.b 3rd Apr '51 on the form", "3rd Apr '51", "[DATE_OF_BIRTH]"),
    ("DOB 1jun57 please", "1jun57", "[DATE_OF_BIRTH]"),
    ("DOB.28031998 is mine", "28031998", "[DATE_OF_BIRTH]"),
    ("Patient DOB 9 March 1951 was wrong", "March 1951", "[DATE_OF_BIRTH]"),
    ("b. 12/4/82 and still going", "12/4/82", "[DATE_OF_BIRTH]"),
    ("Med rec no. 155799 was lost", "155799", "[HOSPITAL_NUMBER]"),
    ("Quote 0549911 when you reply", "0549911", "[ID]"),
    # Names after a cue word, in lists, before a verb, with initials and in capitals.
    ("Credit to Oluwadamilare and the team", "Oluwadamilare", "[NAME]"),
    ("Kind regards, Tamsin Featherby", "Featherby", "[NAME]"),
    ("Can you tell Yetunde I said thanks", "Yetunde", "[NAME]"),
    ("The staff (Ruxandra, Oyelaran and Bogumila) were kind", "Bogumila", "[NAME]"),
    ("Ruxandra was wonderful to us", "Ruxandra", "[NAME]"),
    ("Without Bogumila's help I would have given up", "Bogumila", "[NAME]"),
    ("Signed T.Featherby", "Featherby", "[NAME]"),
    ("Thanks, T Featherby", "T Featherby", "[NAME]"),
    ("I was seen by Featherby, T. on Monday", "Featherby, T.", "[NAME]"),
    ("Dr T Featherby was thorough", "T Featherby", "[NAME]"),
    ("THANK YOU RUXANDRA AND BOGUMILA FEATHERBY. Great care", "BOGUMILA", "[NAME]"),
    ("my son tadeusz was seen quickly", "tadeusz", "[NAME]"),
    ("The doctor (Ruxandra Featherby) was excellent", "Ruxandra Featherby", "[NAME]"),
]

# Issue 22, round 3 (own examples of the mechanisms, none from a test set): overlapping cues,
# particles, lists in lower case and capitals, signatures, a name after a modal, towns that are
# also given names after a cue, addresses after an address cue, letters-space-digits numbers.
CASES += [
    ("Thank you. Kind regards, Wojciech Abernethy", "Abernethy", "[NAME]"),
    ("THANK YOU TO DR A. NWANKWO AND SISTER BRENNAN", "BRENNAN", "[NAME]"),
    ("I'm told Sister ab Ifan runs the ward", "ab Ifan", "[NAME]"),
    ("my wife maria dos santos was seen", "dos santos", "[NAME]"),
    ("THANK YOU KEMI AND MARIA DA SILVA.", "DA SILVA", "[NAME]"),
    ("THANK YOU ROSE-ANNE ODUYA AND MARY-KATE O'NEILL.", "MARY-KATE", "[NAME]"),
    ("thanks to jurgita and emma on reception.", "jurgita", "[NAME]"),
    ("thanks to sophie and radka on reception", "radka", "[NAME]"),
    ("my mum's carer, bogumila, was fab", "bogumila", "[NAME]"),
    ("The staff (Dominika, Tomasz and Lincoln) were kind", "Lincoln", "[NAME]"),
    ("You should ask for Preston, he knows the ward.", "Preston", "[NAME]"),
    ("Quick and kind. From Ngozi Okparaeke (patient)", "Okparaeke", "[NAME]"),
    ("All good. From Oksana Whitmore-Doyle", "Whitmore-Doyle", "[NAME]"),
    ("Could Teodora ring me when she is back?", "Teodora", "[NAME]"),
    ("Great care. Wiktoria Kaczmarek's advice helped.", "Kaczmarek", "[NAME]"),
    ("My address is 48 Corsock Brae, Dalbeattie.", "48 Corsock Brae", "[ADDRESS]"),
    ("we live at 7 Old Smithy Yard, Kendal, Cumbria", "Kendal", "[ADDRESS]"),
    ("(22 the crescent, hexham ne46 1aa) was on the letter", "22 the crescent", "[ADDRESS]"),
    ("b. March 9, 1948 as on my records", "March 9, 1948", "[DATE_OF_BIRTH]"),
    ("hospital number: rxh 0045 221 on the letter", "rxh 0045 221", "[HOSPITAL_NUMBER]"),
    # Round 8 (dev set 4): a listed given name with no cue; cue words in capitals or with "of me";
    # days in words; a date set off after a name; a flat with its floor.
    ("The lady on the phone, Amira, rang me back", "Amira", "[NAME]"),
    ("When I rang, Zofia in the booking office had sorted it", "Zofia", "[NAME]"),
    ("MY HOSPITAL NUMBER IS WR 17 90 16 AND NO LETTER", "WR 17 90 16", "[HOSPITAL_NUMBER]"),
    ("Hospital number of me is YAL.932.487, please check", "YAL.932.487", "[HOSPITAL_NUMBER]"),
    ("I born sixteenth of May 2001 in Leeds", "sixteenth of May 2001", "[DATE_OF_BIRTH]"),
    ("she was born the twenty-third of November nineteen forty one", "November nineteen forty", "[DATE_OF_BIRTH]"),
    ("My son Carlton, 20th May 2014, was seen straight away", "20th May 2014", "[DATE_OF_BIRTH]"),
    ("I'm now at Flat 24/6, 172 Bluebell Row, Kettering NN14 4TL.", "24/6", "[ADDRESS]"),
    # a given name that is also a word: joined to a name found, or capitalised mid-sentence
    ("Euan, Arjun, Will, Ivan - you are all stars.", "Will", "[NAME]"),
    ("We came down from Cardiff and Violet made us a cuppa.", "Violet", "[NAME]"),
    ("I am copying this letter to Dr IE Oyelaran, our GP.", "IE", "[NAME]"),
    ("The letter I got (ref AS 99 27 42) was wrong", "AS 99", "[ID]"),
    ("The crew got to The Old Forge, Wesley Avenue, Seahouses, NE68 1DU fast.", "Old Forge", "[ADDRESS]"),
    ("send it to 191 Fell Street, Middleton-in-Teesdale, Barnard Castle, DL12 5DT.", "Teesdale", "[ADDRESS]"),
    # a listed given name in lower case with no cue, where it stands as a person
    ("me n fatima were proper scared", "fatima", "[NAME]"),
    ("niamh u r a star", "niamh", "[NAME]"),
]


@pytest.mark.parametrize("text,secret,placeholder", CASES)
def test_identifier_is_replaced(redactor, text, secret, placeholder):
    out = redactor.redact_one(text)
    assert secret not in out.text
    assert placeholder in out.text
    kind = placeholder.strip("[]")
    assert out.counts[kind] >= 1


@pytest.mark.parametrize("text", [
    "Sister was lovely and the ward was clean.",
    "Will come again, I hope so.",
    "Hope the new clinic opens soon.",
    "Waited 4 hours in A&E, the GP was rude.",
    "The wait was killing me but staff were kind.",
    "Seen at 10.30 and home by 12.",
    # Sentence openers that spaCy's small model took for names before NER was gated.
    "Felt reassured that I am doing the correct thing.",
    "Superb",
    "Driver was very polite and talked to me.",
    # Names that are ordinary words, used as words (issue 22).
    "Will you call me back?",
    "Sister on the ward was lovely.",
    "Frank discussion with the consultant was useful.",
    "May I say the staff were great.",
    "my daughter was brilliant and the dr was lovely",
    "thank you all so much",
    "The TED staff were kind.",
    "The DESMOND team helped me.",
    "I miss the old building.",
    # Numbers that are not identifiers: doses, times, amounts, durations, wards, years, ages.
    "Took 500mg paracetamol at 10:30 and paid £25 for parking.",
    "Waited 4 hours on ward 12 in 2019.",
    "I am 84 and was seen within 3 weeks.",
    "My mum is 94 years old and was treated well.",
    "NHS 111 were helpful.",
    "Covid-19 jab, 2nd dose, 2x500mg twice a day.",
    "ward number 12 was noisy, bed 4",
    "booking opens at 0800 and is full by 0830",
    "the hospital on the A6135 was easy to find",
    "Rated 10/10, would recommend.",
    "I waited 45 minutes, 1hr 30mins in all, at 37.5 degrees.",
    "The room cost £1,250 a week.",
    # Dates and towns stay under the standard profile.
    "I was seen on 12/03/2023 and again on 3rd March.",
    "the hospital in Mansfield was great",
    # Issue 23's name rules must not take acronyms, "I've", sign-off words, places, a typed
    # capital I, roles or ordinary lower-case words after a role.
    "More regular staff from IHTT would be good.",
    "I thank RRLP so much.",
    "I've had no care or support.",
    "The clinic at Harrogate was quiet.",
    "Harrogate Hospital was quiet.",
    "EverythIng was great.",
    "Midwife was amazing.",
    "Some delay due to doctor absence.",
    "My psychiatrist refuses to refer me.",
    "my son recently moved home",
    "Thank you everyone at N.H.S. for the care.",
    "D.O.B. was asked twice.",
    "Tesco's car park was full.",
    "We walked down Station Road to the clinic.",  # a street alone (with its town it is an address: round 18)
    # Round 3's rules must not take these.
    "thanks to the team and everyone on reception",
    "Could you ring me back please?",
    "Good service. From Harrogate.",
    "I live at 5 minutes, from the hospital.",
    "patient number is on the letter",
    "Nurses were great and the doctor too.",
    # a given name that names a hospital, a ward, a saint or a city stays
    "Transferred to the Queen Elizabeth Hospital in the end.",
    "We were on Florence ward for a week.",
    "She flew in from Sydney to help.",
    "We will come back in the Summer.",
    "The nurse was a real Godsend and a Joy to be around.",
    "HE STILL HASNT HAD A LETTER ABOUT IT.",
    "I went to the GP and Dr was kind.",
    "we sang a song and danced on the ward",
    "we flew back from france last week",
    "my dad had a tia was very scary",
    "she was lovely, Joy to deal with",
])
def test_ordinary_words_are_kept(redactor, text):
    out = redactor.redact_one(text)
    assert out.text == text
    assert sum(out.counts.values()) == 0


# Nationalities, languages, faiths and countries are no names, whichever name rule sees them
# (cxnlp/resources/proper_adjectives.txt): before a verb, after a cue word, in a list, after a
# relationship word, in capitals, from NER.
@pytest.mark.parametrize("text", [
    "my English is not perfect",
    "My English is not perfect but the nurse was kind.",
    "English was not understood at first.",
    "Polish was spoken by the nurse who helped.",
    "Punjabi was the language they used.",
    "Her Urdu is better than mine.",
    "Spanish is my first language.",
    "Mandarin was provided by an interpreter.",
    "I speak Welsh and the staff did too.",
    "Europeans were also helped.",
    "Bengali was offered straight away.",
    "thanks to Somali interpreter for the help",
    "We spoke to Tigrinya interpreters twice.",
    "Arabic, Farsi and Kurdish leaflets were there.",
    "My husband, Portuguese is his first language, felt welcome.",
    "Sri Lankan food was served.",
    "The IRISH NURSE WAS SO KIND TO US",
    "Muslim prayer room was lovely.",
    "Spain was where I fell ill.",
    "Without Ukrainian's help I was lost.",
])
def test_nationalities_and_languages_are_no_names(redactor, text):
    out = redactor.redact_one(text)
    assert out.text == text
    assert out.counts["NAME"] == 0


@pytest.mark.parametrize("text,expected", [
    ("Dr English was kind", "Dr [NAME] was kind"),
    ("my daughter lucy speaks Polish", "my daughter [NAME] speaks Polish"),
    ("Finn was lovely and spoke French to me", "[NAME] was lovely and spoke French to me"),
    ("Thanks to Ruxandra, who speaks Romanian", "Thanks to [NAME], who speaks Romanian"),
])
def test_names_next_to_nationalities(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    ("I live at 14 Acacia Avenue, Mansfield, Nottinghamshire NG18 1AB and like it",
     "I live at [ADDRESS] and like it"),
    ("we moved to Austin, TX 78701 last year", "we moved to [ADDRESS] last year"),
    ("Flat 2, 14 Acacia Avenue, Mansfield NG18 1AB", "[ADDRESS]"),
    ("The ambulance went to 199 Thistle Close. Mansfield staff were kind.",
     "The ambulance went to [ADDRESS]. Mansfield staff were kind."),
    ("DR SMITH WAS GREAT", "DR [NAME] WAS GREAT"),
    ("District Nurse Sharon came every day", "District Nurse [NAME] came every day"),
    ("Mrs Clee and her team", "Mrs [NAME] and her team"),
    ("My hospital number is RX4370036.", "My hospital number is [HOSPITAL_NUMBER]."),
])
def test_whole_finds_and_nothing_else(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


HIPAA_CASES = [
    ("My grandad (ninety) was treated well", ["ninety"], "[AGE]"),
    ("She will be 101 next month", ["101"], "[AGE]"),
    ("I'm 97 years young", ["97"], "[AGE]"),
    ("Not bad for 93!", ["93"], "[AGE]"),
    ("I was seen on 12/03/2023 and again on 3rd March", ["12/03/2023", "3rd March"], "[DATE]"),
    ("Admitted on Monday 4th January 2021 at night", ["4th January 2021"], "[DATE]"),
    ("seen March 3rd, 2022 by the team", ["March 3rd, 2022"], "[DATE]"),
    ("discharged on 2021-06-30", ["2021-06-30"], "[DATE]"),
    ("since mid-March things improved and in May it was fine", ["March", "May"], "[DATE]"),
    ("we came in on Christmas Eve", ["Christmas Eve"], "[DATE]"),
    ("my mum is 94 years old", ["94"], "[AGE]"),
    ("aged 92, she was scared", ["92"], "[AGE]"),
    ("he is ninety-two years old", ["ninety-two"], "[AGE]"),
    ("a 101-year-old patient", ["101"], "[AGE]"),
    ("for her 95th birthday", ["95th"], "[AGE]"),
    ("my mother, 93, was seen", ["93"], "[AGE]"),
    ("seen on Tuesday the 14th", ["14th"], "[DATE]"),
    ("I am 91.", ["91"], "[AGE]"),
    ("the hospital in Mansfield was great", ["Mansfield"], "[LOCATION]"),
    ("we moved from Reading last year", ["Reading"], "[LOCATION]"),
    ("Newcastle upon Tyne staff were kind", ["Newcastle upon Tyne"], "[LOCATION]"),
    ("they sent me to Nottinghamshire Healthcare", ["Nottinghamshire"], "[LOCATION]"),
    ("zip 62704 please", ["62704"], "[ZIP]"),
    ("I live at 14 Acacia Avenue, Mansfield NG18 1AB", ["Mansfield", "NG18 1AB"], "[ADDRESS]"),
    ("my daughter lucy was brilliant", ["lucy"], "[NAME]"),
    ("Ms. Wright was kind", ["Wright"], "[NAME]"),
    ("Ref RX1948291.", ["RX1948291"], "[ID]"),
]


@pytest.fixture(scope="module")
def hipaa_redactor():
    from cxnlp.privacy.redact import Redactor

    return Redactor(profile="hipaa_safe_harbor")


@pytest.mark.parametrize("text,secrets,placeholder", HIPAA_CASES)
def test_hipaa_profile_removes(hipaa_redactor, text, secrets, placeholder):
    out = hipaa_redactor.redact_one(text)
    for secret in secrets:
        assert secret not in out.text, out.text
    assert placeholder in out.text
    assert out.counts[placeholder.strip("[]")] >= 1


@pytest.mark.parametrize("text", [
    "Waited since 2019 for this.",
    "I am 84 and was seen within 3 weeks.",
    "My dad is 89 years old.",
    "Reading the leaflet helped.",
    "Rated 10/10, would recommend.",
    "May I say the staff were great.",
    "Seen at 10:30 and home by 12.00.",
    "Took 500mg paracetamol and paid £25.",
    "Will you call me back? Hope so.",
    "Sister on the ward was lovely.",
    "Waited 95 minutes in A&E.",
    "It was the 2nd time I came, with 95 patients waiting.",
    "It was 100% better than last time.",
])
def test_hipaa_profile_keeps(hipaa_redactor, text):
    out = hipaa_redactor.redact_one(text)
    assert out.text == text
    assert sum(out.counts.values()) == 0


def test_hipaa_batch_matches_single(hipaa_redactor):
    texts = [t for t, _, _ in HIPAA_CASES]
    assert [r.text for r in hipaa_redactor.redact_many(texts)] == [hipaa_redactor.redact_one(t).text for t in texts]


def test_profile_and_patterns_are_checked():
    from cxnlp.privacy.redact import Redactor

    with pytest.raises(ValueError, match="profile"):
        Redactor(profile="gdpr")
    with pytest.raises(ValueError, match="id pattern"):
        Redactor(id_patterns=["(unclosed"])


def test_id_patterns_from_the_settings_file(tmp_path):
    """A Trust's own identifier format, added in the settings file without code, is redacted on
    every route (no digit, no capital letter included)."""
    from cxnlp.config import load_settings
    from cxnlp.privacy.redact import Redactor

    (tmp_path / "settings.yaml").write_text(
        "redaction:\n  profile: hipaa_safe_harbor\n  id_patterns:\n"
        "    - '\\bTRX-[a-z]{4}\\b'\n    - 'case code (\\w+)'\n")
    settings = load_settings(tmp_path / "settings.yaml")
    assert settings.redaction.profile == "hipaa_safe_harbor"
    r = Redactor.from_settings(settings)
    assert (r.profile, len(r.id_patterns)) == ("hipaa_safe_harbor", 2)
    out = r.redact_many(["my ref was TRX-abqz all along", "the case code zulu was wrong", "nothing here"])
    assert [o.text for o in out] == ["my ref was [ID] all along", "the case code [ID] was wrong", "nothing here"]
    assert out[0].counts["ID"] == 1


def test_settings_reject_bad_redaction_section():
    from pydantic import ValidationError

    from cxnlp.config import Settings

    with pytest.raises(ValidationError):
        Settings(redaction={"profile": "gdpr"})
    with pytest.raises(ValidationError):
        Settings(redaction={"id_patterns": ["(unclosed"]})
    assert Settings().redaction.profile == "standard"


def test_title_is_kept_and_text_outside_untouched(redactor):
    out = redactor.redact_one("Dr Patel and nurse Sarah were great.")
    assert out.text == "Dr [NAME] and nurse [NAME] were great."
    assert out.counts["NAME"] == 2


def test_nhs_number_checksum_matters(redactor):
    # 943 476 5918 fails the modulus-11 check: not an NHS number (it may still be a phone).
    assert "[NHS_NUMBER]" not in redactor.redact_one("ref 943 476 5918").text


def test_batch_matches_single(redactor):
    texts = [t for t, _, _ in CASES]
    many = redactor.redact_many(texts)
    assert [r.text for r in many] == [redactor.redact_one(t).text for t in texts]


@pytest.mark.parametrize("text,expected", [
    ("Felt safe and well looked after.", False),
    ("Excellent service, thank you", False),
    # No capital anywhere, or a listed given name in lower case: the tuned NER reads lower case too.
    ("excellent service, thank you", True),
    ("Food was good. hala sorted it all out", True),
    ("Food was good. mark sorted it all out", False),
    ("Waited 4 hours. I was seen by the GP.", False),
    ("Sarah was lovely", True),
    ("the nurse, Kofi, was great", True),
    ("EXCELLENT. SIOBHAN WAS GREAT", True),
    ("Thank you to Zoë and the team", True),
])
def test_may_hold_name(text, expected):
    from cxnlp.privacy.redact import may_hold_name

    assert may_hold_name(text) is expected


def test_gated_batch_keeps_order_and_every_text(redactor):
    # Three routes (NER, patterns only, nothing to find) must come back in input order.
    texts = ["all good", "call 07700 900123", "Dr Patel was kind", "", "ok", "LS1 4AB"] * 3
    out = redactor.redact_many(texts)
    assert len(out) == len(texts)
    assert [r.text for r in out] == ["all good", "call [PHONE]", "Dr [NAME] was kind", "", "ok", "[POSTCODE]"] * 3


def test_presidio_loads_without_transformers_and_transformers_still_imports():
    """Presidio and spaCy are imported with torch and transformers left out (5 s of every
    start), redaction still works, and the accurate tier can import both afterwards."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from cxnlp.privacy.redact import Redactor\n"
        "from cxnlp.models.sentences import split_parts\n"
        "r = Redactor()\n"
        "assert r.redact_one('Dr Patel rang 07700 900123').text == 'Dr [NAME] rang [PHONE]'\n"
        "assert split_parts(['Kind staff. Long wait.']) == [['Kind staff.', 'Long wait.']]\n"
        "assert 'presidio_analyzer' in sys.modules\n"
        "assert 'transformers' not in sys.modules and 'torch' not in sys.modules\n"
        "import torch\n"
        "from transformers import AutoTokenizer\n"
        "assert torch.ones(2).sum().item() == 2.0\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("ok")


# --- Issue 22, round 4: mechanisms added after development set 2 (sentences written here) ------

@pytest.mark.parametrize("text,expected", [
    # a cue word the pattern took for an identifier no longer hides the cue after it
    ("Please quote MRN: T-5512098 in any letter.", "Please quote MRN: [HOSPITAL_NUMBER] in any letter."),
    ("Quote Ref:B-440918 please", "Quote Ref:[ID] please"),
    # "no." right before a colon
    ("Case no.: 8812/45 was closed", "Case no.: [HOSPITAL_NUMBER] was closed"),
    # a cue written again in capitals is part of the identifier
    ("Under claim number - REF 77310452 still", "Under claim number - [ID] still"),
    # a correction some words after the cue
    ("They put the wrong hospital number on the form, it should be 4471/09.",
     "They put the wrong hospital number on the form, it should be [HOSPITAL_NUMBER]."),
    ("My booking ref was misprinted, it should read ABX 66120.",
     "My booking ref was misprinted, it should read [ID]."),
    # a ZIP after "zip, it's"
    ("The insurer wants the zip, it's 30318.", "The insurer wants the zip, it's [ZIP]."),
    # a phone number keeps its extension in brackets
    ("Call the ward on 0113 206 5511 (ext 4410) please", "Call the ward on [PHONE] please"),
])
def test_identifier_cues_round4(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "I was on ward 7 and it should be 10/10 for care.",
    "The reference guide was useful, it should be on the website.",
])
def test_corrections_need_an_identifier(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,address", [
    # flat before the number with no space, Scots flat/number, newline-separated lines
    ("Send it to Flat 9,21 Tenter Ln,Kendal,LA9 4PQ thanks", "Flat 9,21 Tenter Ln,Kendal,LA9 4PQ"),
    ("I stay at 3/2 Rowan Court, Paisley, PA1 2BB now", "3/2 Rowan Court, Paisley, PA1 2BB"),
    # a house name after an address cue, and unknown villages before the town and postcode
    ("Address: Brackenbank, Moor Lane, Haverthwaite, Ulverston, LA12 8AA",
     "Brackenbank, Moor Lane, Haverthwaite, Ulverston, LA12 8AA"),
    ("The taxi went to 4 Sycamore Cl Low Hesket Carlisle CA4 0HS on time", "4 Sycamore Cl Low Hesket Carlisle CA4 0HS"),
    ("I live at Holm Garth\nBeck Side\nCartmel\nCumbria\nLA11 6PB.", "Holm Garth\nBeck Side\nCartmel\nCumbria\nLA11 6PB"),
    # lower case, after a cue, ending in a postcode only
    ("please write to me at the willows, beck lane, sedbergh, la10 5aa, ta", "the willows, beck lane, sedbergh, la10 5aa"),
    ("We were collected from Whinfell Cottage Crook Road Staveley LA8 9LR at 9.",
     "Whinfell Cottage Crook Road Staveley LA8 9LR"),
])
def test_whole_address_round4(redactor, text, address):
    out = redactor.redact_one(text)
    start = text.index(address)
    assert [(s.start, s.end, s.kind) for s in out.spans] == [(start, start + len(address), "ADDRESS")]


def test_address_cue_does_not_swallow_a_sentence(redactor):
    text = "We went to the clinic and the staff were kind. Post to LA9 4PQ please."
    out = redactor.redact_one(text)
    assert "the clinic" in out.text and "staff were kind" in out.text


@pytest.mark.parametrize("text,expected", [
    ("The staff (tomasz, bronagh and kwame) were lovely.", "The staff ([NAME], [NAME] and [NAME]) were lovely."),
    ("the crew, ifeanyi and wiktoria, were quick", "the crew, [NAME] and [NAME], were quick"),
    ("Nurses, Oluwaseun and Marguerite, and Doctors were kind", "Nurses, [NAME] and [NAME], and Doctors were kind"),
    ("A cheerful porter (Teodora Vasquez) helped", "A cheerful porter ([NAME]) helped"),
    ("THE TEAM (GRZEGORZ AND ANWEN) WERE GREAT", "THE TEAM ([NAME] AND [NAME]) WERE GREAT"),
    ("Great care all round.\n- Rhiannon x", "Great care all round.\n- [NAME] x"),
    ("Very good service - Anselm (patient's son)", "Very good service - [NAME] (patient's son)"),
    ("Feedback from Kwabena: all fine", "Feedback from [NAME]: all fine"),
    ("Re: Oyinda - the discharge letter", "Re: [NAME] - the discharge letter"),
    ("My GP referred me to Tobias Le Brun last week", "My GP referred me to [NAME] last week"),
    ("I'm Morwenna. The unit was clean", "I'm [NAME]. The unit was clean"),
    ("I was on Ignatius's list for a month", "I was on [NAME]'s list for a month"),
    ("Bronagh couldn't have been kinder", "[NAME] couldn't have been kinder"),
    ("my little boy kacper was scared", "my little boy [NAME] was scared"),
    ("Thanks to phlebotomist Zainab today", "Thanks to phlebotomist [NAME] today"),
])
def test_names_round4(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "The staff (doctors and nurses) were lovely.",
    "the team, kind and caring, were great",
    "The team (CAMHS) were very good",
    "Brilliant service - Thank you",
    "I was referred to Melton Hospital quickly",
    "IM APPALLED BY THE WAIT",
    "I am Diabetic and was seen fast",
    "This is Leeds, what do you expect",
])
def test_no_names_round4(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,town", [
    ("We flew in from Lahore for the operation.", "Lahore"),
    ("My son moved to Toronto in the spring", "Toronto"),
    ("Then they sent me to Little Houghton instead", "Little Houghton"),
])
def test_hipaa_towns_round4(hipaa_redactor, text, town):
    out = hipaa_redactor.redact_one(text)
    assert town not in out.text


def test_world_cities_only_after_a_place_word(hipaa_redactor, redactor):
    # a city abroad is a place only under hipaa_safe_harbor, for the lists only after "in", "from",
    # "to" ...; since session 26 the NER may also take one alone there ("Lahore food was nice")
    assert redactor.redact_one("We came from Karachi last year").text == "We came from Karachi last year"
    assert redactor.redact_one("Lahore food was nice").text == "Lahore food was nice"
    assert hipaa_redactor.redact_one("We came from Karachi last year").text == "We came from [LOCATION] last year"


# --- Round 5: given names that are words after a strong cue, lists, initials, particles ---------

@pytest.mark.parametrize("text, name", [
    ("Please ask for Patience at the front desk.", "Patience"),
    ("Big thanks to Sterling, Faith & Ruby Evans on the day unit.", "Faith"),
    ("Best wishes from Heather and Violet", "Violet"),
    ("cheers to bogdan, tanisha, lakshmi and the night shift", "lakshmi"),
    ("the physio said kwame and lukas were brilliant", "lukas"),
    ("Thank you to Dr T H Horvat for the scan.", "Horvat"),
    ("Please could somebody write to Megan de Vries about it.", "Vries"),
    ("THANK YOU SUE AND FRANK OKORO-BELLO YOU ARE STARS", "OKORO-BELLO"),
])
def test_round5_names_found(redactor, text, name):
    out = redactor.redact_one(text).text
    assert name not in out and "[NAME]" in out


@pytest.mark.parametrize("text", [
    "He fell from grace after that. Will you help? I hope so.",
    "Please ask for help if you need it. Thanks for everything.",
    "Since being diagnosed with ASD the service has been excellent.",
    "Vitamin D levels were checked and the X Ray Department was quick.",
    "I went with hope and left with faith in the NHS.",
])
def test_round5_words_kept(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text, kind, value", [
    ("My dad (8/26/1943) was treated with respect.", "DATE_OF_BIRTH", "8/26/1943"),
    ("My wristband said 9120 664 and my chart said something else.", "HOSPITAL_NUMBER", "9120 664"),
    ("The reference on my letter was 3066022 but nobody found it.", "ID", "3066022"),
    ("The claim number is 128678C.", "ID", "128678C"),
    ("We are back home in Lubbock now (79458) and doing well.", "ZIP", "79458"),
    ("Transport could not find NE46  5TD at all.", "POSTCODE", "NE46  5TD"),
    ("I live at no. 161 Ash Tree Row, Hexham.", "ADDRESS", "161 Ash Tree Row"),
    ("I moved to 6070 S Broadway, Reno, Nevada last year.", "ADDRESS", "6070 S Broadway"),
])
def test_round5_structured(redactor, text, kind, value):
    out = redactor.redact_one(text).text
    assert value not in out and f"[{kind}]" in out


@pytest.mark.parametrize("text", [
    "I had a temperature of 37c and took 500mg of paracetamol.",
    "My dad (aged 80) was seen quickly.",
    "We waited (12345 steps later) for the lift.",
])
def test_round5_structured_left_alone(redactor, text):
    assert redactor.redact_one(text).text == text


# --- Round 6: ages over 89, dates of birth, ZIP codes ---------------------------------------------

@pytest.mark.parametrize("text, age", [
    ("My nan is Ninety. Thanks.", "Ninety"),
    ("MY DAD IS 93 AND WAS SENT HOME AT 3.", "93"),
    ("At 97 I do not expect to be rushed.", "97"),
    ("At 90 my mother deserves better than this.", "90"),
    ("Being ninety-two myself I was worried.", "ninety-two"),
    ("My granddad Anil Stone is 106 and they still treated him well.", "106"),
    ("The patient in the next bed was 102 and had no visitors.", "102"),
    ("Excellent care and attention to my 93 mother.", "93"),
    ("my mum who is nearly 95 was seen", "95"),
    ("dad turned ninety-one last week", "ninety-one"),
    ("a 94 yr old lady", "94"),
    ("she's 96 and sharp", "96"),
    ("age: 92", "92"),
    ("93yo male", "93"),
    ("she is in her nineties and very frail", "nineties"),
    ("a man in his late 90s was waiting", "90s"),
])
def test_round6_ages_over_89(hipaa_redactor, text, age):
    out = hipaa_redactor.redact_one(text)
    assert age not in out.text and "[AGE]" in out.text, out.text


def test_round6_age_is_the_number_only(hipaa_redactor):
    assert hipaa_redactor.redact_one("my 101 year old nan").text == "my [AGE] year old nan"
    assert hipaa_redactor.redact_one("aged 93, she was seen").text == "aged [AGE], she was seen"


@pytest.mark.parametrize("text", [
    "Waited 90 minutes.",
    "I scored 95 on the test.",
    "It cost £95 in the end.",
    "I was born in 1995 and it was fine.",
    "We were in room 91.",
    "94% satisfied with the care.",
    "My mum's sats were 94 and her pulse was 110.",
    "She is 95 percent sure.",
    "my mum is 90 minutes away",
    "At 100% capacity, the ward coped.",
    "At 95 the wait was long.",
    "Music from the 90s was playing.",
    "the 100 bus was late",
])
def test_round6_numbers_that_are_no_age(hipaa_redactor, text):
    assert hipaa_redactor.redact_one(text).text == text


@pytest.mark.parametrize("text, dob", [
    ("date of birth: Thursday 3rd April 1952", "3rd April 1952"),
    ("DOB 03 04 1952 on the form", "03 04 1952"),
    ("born in February 1948", "February 1948"),
    ("my dob being 14 feb 1948", "14 feb 1948"),
    ("my birthday is 14th February", "14th February"),
    ("3/4/1952 is my date of birth", "3/4/1952"),
    ("Mrs Jones (14/02/1948) was seen", "14/02/1948"),
    ("they had my date of birth as 12/05/1961 instead of 21/05/1961", "21/05/1961"),
    ("date of birth: 3rd April, nineteen fifty-two", "nineteen fifty-two"),
])
def test_round6_dates_of_birth(redactor, text, dob):
    out = redactor.redact_one(text)
    assert dob not in out.text and "[DATE_OF_BIRTH]" in out.text, out.text


@pytest.mark.parametrize("text, zip_code", [
    ("zip code was wrong (53705)", "53705"),
    ("post code 53705 in the US", "53705"),
    ("back in Texas (75201) now", "75201"),
    ("I live in Wisconsin 53705", "53705"),
    ("the zip being 53705", "53705"),
    ("53705 is my zip code", "53705"),
    ("zip codes 53705 and 53706", "53706"),
    ("mail went to zip 53705 instead of 53706", "53706"),
    ("ZIP: 53705-1234 please", "53705-1234"),
])
def test_round6_zip_codes(redactor, text, zip_code):
    out = redactor.redact_one(text)
    assert zip_code not in out.text and "[ZIP]" in out.text, out.text


@pytest.mark.parametrize("text", [
    "I waited 12345 seconds.",
    "We paid 10000 pounds.",
    "There were 20000 people.",
    "In 2023 we had 15000 calls.",
    "We were in room 53705.",
    "The count was (12345) at noon.",
])
def test_round6_five_digit_numbers_stay(redactor, text):
    assert redactor.redact_one(text).text == text


# Round 7: names of under-represented communities, sign-off blocks, names above an address, names
# in capitals after a group of staff, lower-case pairs of given names.
@pytest.mark.parametrize("text, names", [
    ("Nurse rhodri held my hand the whole time.", ["rhodri"]),
    ("Cheers to thabo and the rest of the night shift.", ["thabo"]),
    ("nurse osagie and gurpreet n yaw thank u all", ["osagie", "gurpreet", "yaw"]),
    ("my daughter efua was seen quickly", ["efua"]),
    ("thanks to aled on reception", ["aled"]),
])
def test_round7_extra_given_names(redactor, text, names):
    out = redactor.redact_one(text).text
    assert all(n not in out for n in names), out


@pytest.mark.parametrize("text, names", [
    ("Great care.\nYours sincerely,\nPrecious Sharp", ["Precious Sharp"]),
    ("Thank you all.\nKind regards,\nMAREK MENSAH", ["MAREK", "MENSAH"]),
    ("Lovely staff.\nThanks,\nOluwaseun", ["Oluwaseun"]),
    ("Nothing to improve. Signed, FRANK POPE", ["FRANK POPE"]),
    ("Best wishes\nGrace Hill (patient)", ["Grace Hill"]),
])
def test_round7_sign_off_blocks(redactor, text, names):
    out = redactor.redact_one(text).text
    assert all(n not in out for n in names) and "[NAME]" in out, out


def test_round7_name_line_above_address(redactor):
    text = "They were kind.\nElif Costa\nFlat 19\n156 Church Walk\nTowcester\nNN12 9JQ"
    out = redactor.redact_one(text).text
    assert "Elif" not in out and "Costa" not in out and "Flat" not in out, out
    assert out.endswith("[NAME]\n[ADDRESS]"), out


def test_round7_sign_off_name_stops_at_the_line_end(redactor):
    text = "Well looked after.\nYours sincerely,\nMarek Mensah\nFlat 8\n88 The Paddocks\nMorpeth\nNE61 1EN"
    assert redactor.redact_one(text).text == "Well looked after.\nYours sincerely,\n[NAME]\n[ADDRESS]"


@pytest.mark.parametrize("text, names", [
    ("THE NURSES HEATHER AND BUCK D'SOUZA WERE FANTASTIC.", ["HEATHER", "BUCK", "D'SOUZA"]),
    ("THE NURSES GRACE REES-MOGG AND JADE WERE FANTASTIC.", ["GRACE", "REES-MOGG", "JADE"]),
    ("IFEOMA AND DAWN WERE SO KIND.", ["IFEOMA", "DAWN"]),
    ("10/10 would break my arm again, eoin and oksana were jokes.", ["eoin", "oksana"]),
])
def test_round7_caps_lists_and_lower_pairs(redactor, text, names):
    out = redactor.redact_one(text).text
    assert all(n not in out for n in names), out


@pytest.mark.parametrize("text", [
    "WILL YOU CALL ME",
    "HOPE YOU ARE WELL",
    "I WANT TO SAY THANK YOU",
    "Kind regards to all the staff on ward 3.",
    "Thanks,\nThe Team on Ward 5",
    "Kind regards,\nMuch Appreciated",
    "Many thanks\nA very happy patient",
    "Thanks\nGreat service",
    "THE NURSES WERE FANTASTIC AND KIND",
    "THE DOCTORS AND NURSES WERE GREAT",
    "HOPE AND JOY WERE IN THE AIR",
    "me n my mum were scared",
    "salt and pepper were on the table",
])
def test_round7_words_stay(redactor, text):
    assert redactor.redact_one(text).text == text


def test_a_month_joined_to_a_name_stays_a_month(redactor):
    out = redactor.redact_one("I saw Dr Smith, May 2023, and again later")
    assert "Smith" not in out.text and "May 2023" in out.text


# Round 9 (dev set 6): dates of birth some words after their cue, or told by their age; Irish
# Eircodes, places and counties; US states in lower case before a ZIP; Welsh and Irish streets;
# flats by floor; names singled out of a group or spelled by their e-mail; relationship words as
# patients write them; under hipaa_safe_harbor, dates with weekdays and capitals, ages over 89.
# Each case: the text, what must be gone from the output, and the placeholder that must be in it.
_ROUND9_FOUND = [
    # dates of birth in the rest of a birth cue's sentence, or decades old with no cue
    ("They asked for my date of birth three times, it is 3/11/41.", ["3/11/41"], "[DATE_OF_BIRTH]"),
    ("my bday is 8/4/66, how did they get it wrong??", ["8/4/66"], "[DATE_OF_BIRTH]"),
    ("the lady at the desk asked for my dob - it's 29.6.65 - and then", ["29.6.65"], "[DATE_OF_BIRTH]"),
    ("The receptionist wanted my birth date, which is Jun 9 1987, before she would look", ["Jun 9 1987"],
     "[DATE_OF_BIRTH]"),
    ("When asked for my date of birth I said 20th of January 1942, and she typed it as 06/08/1951.",
     ["1942", "06/08/1951"], "[DATE_OF_BIRTH]"),
    ("What's the point of asking my date of birth if you write 08/03/1999 when I said 13/10/1959?",
     ["08/03/1999", "13/10/1959"], "[DATE_OF_BIRTH]"),
    ("MY DATE OF BIRTH IS 3RD NOVEMBER 1996 NOT WHAT IS ON YOUR LETTER.", ["3RD NOVEMBER 1996"], "[DATE_OF_BIRTH]"),
    ("My dad was born during the war, on the fourth of November, nineteen twenty nine to be exact.",
     ["fourth of November, nineteen twenty nine"], "[DATE_OF_BIRTH]"),
    ("They couldn't find me under 13.03.1959 so I had to wait an hour.", ["13.03.1959"], "[DATE_OF_BIRTH]"),
    # addresses
    ("My mother's address is Ballytivnan, Drogheda, A92 HAV9.", ["Ballytivnan", "Drogheda", "A92 HAV9"], "[ADDRESS]"),
    ("The community team know me at Knockmore, Navan, County Meath C15 F27N.", ["Knockmore", "Navan", "C15 F27N"],
     "[ADDRESS]"),
    ("We're staying at 1 Bóthar na Trá, Wexford, Co Wexford Y35 W5FY for the summer.", ["Bóthar na Trá", "Y35"],
     "[ADDRESS]"),
    ("The visiting physio comes to 21 Ffordd Glyndŵr, Llandeilo, Carmarthenshire SA19 0PS every Monday.",
     ["Glyndŵr", "Llandeilo", "SA19"], "[ADDRESS]"),
    ("Parcel of dressings was left at 316 Tan y Bryn, Abergavenny but that is fine", ["Tan y Bryn"], "[ADDRESS]"),
    ("My insurance is registered to 665 magnolia avenue, madison, wi 53796.", ["magnolia", "madison", "53796"],
     "[ADDRESS]"),
    ("The new pick-up address is Ground floor flat, 293a Haymarket Grove, Rushden, NN10 2JD, not the old one.",
     ["Ground floor flat", "Haymarket", "NN10"], "[ADDRESS]"),
    ("She was discharged to Flat 35 (3rd floor), 25 Thistlebank Wynd, Peebles, EH45 6ZJ.", ["Flat 35", "Thistlebank"],
     "[ADDRESS]"),
    ("Nobody checked that 333 Sandpiper Mews, Trefriw, Conwy was the right address.", ["Trefriw", "Conwy"], "[ADDRESS]"),
    ("We are over from Derrylea, Killarney, Co. Kerry visiting my sister.", ["Derrylea", "Killarney", "Kerry"],
     "[ADDRESS]"),
    ("My mum's house is Brookside, Drumcliffe South, Athlone, County Westmeath and she needs letters.",
     ["Drumcliffe", "Athlone", "Westmeath"], "[ADDRESS]"),
    ("amber & harvey\n93 wansbeck street, ashington ne63 7qr", ["93", "wansbeck", "ashington"], "[ADDRESS]"),
    ("SIOBHAN PICKERING\nTHE GRANARY\nHEOL NEWYDD\nCOLCHESTER\nESSEX CO4 4YL", ["COLCHESTER", "ESSEX", "CO4"],
     "[ADDRESS]"),
    # phone and dispatch numbers
    ("The surgery can be reached on 555-0123. Thanks", ["555-0123"], "[PHONE]"),
    ("call me on 555 0199 please", ["555 0199"], "[PHONE]"),
    ("Thanks a million,\nFaisal Drummond\n555-0129\nwinsome@example.org", ["555-0129"], "[PHONE]"),
    ("The call was logged as CAD 5323524. Good.", ["5323524"], "[ID]"),
    # names singled out of a group, spelled by their e-mail, set off as a person, after more cues
    ("Staff (especially Zuzana) have been friendly.", ["Zuzana"], "[NAME]"),
    ("The nurses (shout out nana) were helpful and friendly", ["nana"], "[NAME]"),
    ("Ward staff (esp. Kuldip on nights) are kind.", ["Kuldip"], "[NAME]"),
    ("Staff, remi in particular, are good.", ["remi"], "[NAME]"),
    ("All the staff, zubair in particular, I saw very kind.", ["zubair"], "[NAME]"),
    ("From: Jing Wise <jingwise@home.example.net>", ["Jing", "Wise"], "[NAME]"),
    ("Please send the leaflet to Rukhsana Lamont at rukhsanalamont@example.com", ["Rukhsana", "Lamont"], "[NAME]"),
    ("From: Amber Öztürk <ozturka@post.example.org>", ["Amber", "Öztürk"], "[NAME]"),
    ("Re. appointment on Wednesday for Pearl Dunderdale. Excellent ward.", ["Pearl", "Dunderdale"], "[NAME]"),
    ("Gran (Charity Ng) says thank you for the tea.", ["Charity", "Ng"], "[NAME]"),
    ("Nothing, excellent service. - Crystal Hegarty, Daventry", ["Crystal", "Hegarty"], "[NAME]"),
    ("Hi, it's parisa from Peterhead here.", ["parisa"], "[NAME]"),
    ("bro dafydd on the front desk is a legend", ["dafydd"], "[NAME]"),
    ("Healthcare assistant hilda brought me a cup of tea", ["hilda"], "[NAME]"),
    ("Thank you úna for all your hard work", ["úna"], "[NAME]"),
    ("Well done álvaro and the rest of the lads", ["álvaro"], "[NAME]"),
    ("Pasting my letter so you know who I am:\nImogen Mc Gowan\nLow Farm", ["Imogen", "Gowan"], "[NAME]"),
    ("My late father, Iwan Mc Gowan, was 96 when he died.", ["Iwan", "Gowan"], "[NAME]"),
    ("Me and my hubby femi drove from Sheffield", ["femi"], "[NAME]"),
    ("my mate carlton from Bristol said it was quick", ["carlton"], "[NAME]"),
    ("I look after my brother-in-law Emyr, born in May", ["Emyr"], "[NAME]"),
]
_ROUND9_HIPAA_FOUND = [
    ("Sent: Fri, 15/11/2024\nSubject: feedback", ["Fri", "15/11/2024"], "[DATE]"),
    ("My appointment on Sat 11/6/2022 was cancelled.", ["Sat", "11/6/2022"], "[DATE]"),
    ("I called 111 on Monday, 28/06 and was told someone would ring.", ["Monday", "28/06"], "[DATE]"),
    ("The visit on 07 JUL 2019 was much better.", ["JUL"], "[DATE]"),
    ("The crew took me all the way to Bishop's Stortford.", ["Stortford"], "[LOCATION]"),
    ("My late father, Angus Adeyemi, was 91 when he died on the ward.", ["91"], "[AGE]"),
    ("Mum (Kavita Harrison, 92) was brought from the home.", ["92"], "[AGE]"),
    ("my nan wen is 104 n she loved it", ["104"], "[AGE]"),
    ("MY DAD COLIN IS 91 AND DESERVES BETTER THAN THIS", ["91"], "[AGE]"),
    ("Good team. Mum's ninety-four and still lives on her own.", ["ninety-four"], "[AGE]"),
    ("At my age (ninety-two) you notice who takes the time.", ["ninety-two"], "[AGE]"),
]
# Texts each rule must leave whole.
_ROUND9_KEPT = [
    "Date of discharge 01/03/2020. Most of the staff were kind.",
    "I was discharged on 18/11/19 with no help until the 15/01/2020.",
    "Born and bred here. Seen on 15/10/21 in the waiting room.",  # a cue, but the date is in another sentence
    "We waited on the A14 WEST slip road and then the M62 junction.",
    "Ward C12 and bay D6 were clean.",
    "ok 10000 thanks to everyone",
    "The food, drinks in particular, were lovely.",
    "Everyone, the nurses in particular, was kind.",
    "Well done to you all, especially the night team.",
    "We waited from 10.30 to 12.15 and paid 100-2000",
    "I rang 111 and waited 3 hours",
    "The staff in A&E were kind and the law on parking is daft.",  # "in", "law" of "son-in-law"
]
_ROUND9_HIPAA_KEPT = [
    "Would give them 10/10 every day of the week.",
    "My dad's 95 minutes late bus was a joke.",
    "Mum waited 92 minutes in A&E.",
]


# Rounds 10-13 (dev sets 7-10): what each new rule must find, and what it must leave.
_ROUND10_FOUND = [
    # dates of birth: month first, then the day in words
    ("I was born March the ninth, nineteen fifty two.", ["March the ninth, nineteen fifty two"], "[DATE_OF_BIRTH]"),
    # identifiers: the cue after, "episode", letters before dotted digits, two in a row
    ("QMC 4411 902 is my hospital number, please use it.", ["QMC 4411 902"], "[HOSPITAL_NUMBER]"),
    ("Episode abc.123.456.7 was the one they lost.", ["abc.123.456.7"], "[HOSPITAL_NUMBER]"),
    ("I am under RX-22-10931 and WGH 5521 830 at the same time.", ["RX-22-10931", "WGH 5521 830"], "[ID]"),
    # addresses: US in lower case, Welsh and Irish streets in any case, Scots flats, cottages off a road
    ("my aunts place is 1200 se maple grove ave, salem, or 97301 thanks", ["1200 se maple grove ave", "97301"],
     "[ADDRESS]"),
    ("the cab took me from 77 birch hollow ln, apt 4b, tulsa, ok 74103 to the clinic",
     ["birch hollow", "tulsa", "74103"], "[ADDRESS]"),
    ("staying at my mams 12 heol tŷ coch, bangor, ll57 2aa till im better", ["heol tŷ coch", "ll57 2aa"], "[ADDRESS]"),
    ("They kept writing to 9 HEOL Y FELIN CARDIFF CF14 6NB by mistake.", ["HEOL Y FELIN", "CF14 6NB"], "[ADDRESS]"),
    ("The crew came out to 5 Ardán na Mara Galway H91 X2Y3 in the rain.", ["to 5 ", "Ardán", "H91 X2Y3"], "[ADDRESS]"),
    ("My flat is 3/1, 22 Kelvin Way, Glasgow G3 7TA.", ["3/1,", "22 Kelvin Way", "G3 7TA"], "[ADDRESS]"),
    ("We are at 2 Mill Cottages, off Station Road, Thirsk YO7 4XX if needed.", ["Mill Cottages", "Station Road"],
     "[ADDRESS]"),
    ("Ours is 6 Glebe Cottages, nr Ripon HG4 3AB, down the lane.", ["Glebe Cottages", "HG4 3AB"], "[ADDRESS]"),
    # names: lower-case lists after staff, thanks and "incl.", with any letters
    ("Brilliant care from nurses jaswinder and malgosia.", ["jaswinder", "malgosia"], "[NAME]"),
    ("Night shift nurses ailsa and dazza always very professional", ["ailsa", "dazza"], "[NAME]"),
    ("Everyone incl. tamsin and oyelola was lovely", ["tamsin", "oyelola"], "[NAME]"),
    ("Thanks to the nurses aigerim and gülşen, who stayed late.", ["aigerim", "gülşen"], "[NAME]"),
    # capitalised names in brackets beside one that is no word; a slash between names
    ("The crew (Guy, Sunny and Tendai) were great.", ["Guy", "Sunny", "Tendai"], "[NAME]"),
    ("Ambulance crew: Tomasz / Precious. Lovely pair.", ["Tomasz", "Precious"], "[NAME]"),
    # what only a person gives; a name set off beside a role; before "the" and a role
    ("Autumn's patience made all the difference.", ["Autumn"], "[NAME]"),
    ("The physio, Joy, got me walking again.", ["Joy"], "[NAME]"),
    ("Blessing, senior staff nurse, explained everything.", ["Blessing"], "[NAME]"),
    ("zainab the receptionist found us a chair.", ["zainab"], "[NAME]"),
    ("Paramedic přemysl was calm and kind.", ["přemysl"], "[NAME]"),
    # cues: contact, a name badge; a dash signature with a town; a sender above or before an address
    ("Contact Gaz on the number below.", ["Gaz"], "[NAME]"),
    ("The receptionist (name badge said Sumaya) was rude.", ["Sumaya"], "[NAME]"),
    ("Kind people all round.\n- Benoît Marie Egal, Morpeth", ["Benoît", "Egal"], "[NAME]"),
    ("Thanks for everything.\n- Ștefan x", ["Ștefan"], "[NAME]"),
    ("FROM BEX OKAFOR, 14 ROWAN DRIVE, DURHAM, DH1 3LE", ["BEX OKAFOR"], "[NAME]"),
    ("Regards to all.\n\nSunny Hill\n2/1, 40 Byres Road, Glasgow G12 8AU", ["Sunny Hill", "2/1"], "[ADDRESS]"),
    ("I told Jurgis I was in pain three times.", ["Jurgis"], "[NAME]"),
    ("Cheers Siân/Gaz x lovely team.", ["Siân", "Gaz"], "[NAME]"),
    ("Many thanks, Rukhsana Kershaw (dad of kwabena)", ["kwabena"], "[NAME]"),
    ("the doctor, dr hallam-okoye, explained it all", ["hallam-okoye", "[NAME] [NAME]"], "dr [NAME]"),
    ("We stayed at Bryn y Mor, 4 Marine Road, Tenby SA70 7AA for a week.", ["Bryn y Mor", "Tenby"], "[ADDRESS]"),
]
# Round 11 (dev set 8): identifiers and addresses.
_ROUND11_FOUND = [
    # identifiers joined by "_", "#" or ":", ending in a single letter, with the cue after them
    ("Hosp. no. KGH_20458831, if you need it.", ["KGH_20458831"], "[HOSPITAL_NUMBER]"),
    ("my unit number is wgh#5531207 thanks", ["wgh#5531207"], "[HOSPITAL_NUMBER]"),
    ("The sticker said QT:55012873 on it.", ["QT:55012873"], "[ID]"),
    ("They wanted my K number which is TN 41 22 90 C.", ["TN 41 22 90 C"], "[HOSPITAL_NUMBER]"),
    ("MR 5521-7 - that's the number on his wristband.", ["MR 5521-7"], "[HOSPITAL_NUMBER]"),
    # flats by letter, floor words in any case, care homes, parts joined by "off"
    ("Regards\nAmir Khan\nFlat B, Harbour Buildings, 12 Quay Street, Whitby, YO21 3PR", ["Flat B", "Harbour"],
     "[ADDRESS]"),
    ("The district nurse came out to Basement Flat, 9 Argyle Street, Bath, BA2 4BQ daily.", ["Basement Flat"],
     "[ADDRESS]"),
    ("I'm at Room 4, Laurel Bank Care Home, 2 Mill Road, Ely now.", ["Room 4", "Laurel Bank", "Mill Road"], "[ADDRESS]"),
    ("Transport left me at 12 Forge Terrace, off Kings Road, Perth, PH2 8AB instead.", [", off "], "[ADDRESS]"),
    # a street or house name with no number and a town, after a cue; Eircodes in lower case
    ("My brother came down from Hollybush Avenue, Falkirk to see me.", ["Hollybush Avenue", "Falkirk"], "[ADDRESS]"),
    ("I look after my mum at her home, Brackenridge Farm, Kirkcaldy, most days.", ["Brackenridge Farm"], "[ADDRESS]"),
    ("Please send it c/o Foxes' Den, Station Road, Lisburn as I am away.", ["Foxes' Den", "Lisburn"], "[ADDRESS]"),
    ("It is a long way from 12 cluain ard, clonmel, e91 x2k4 to the hospital.", ["cluain ard", "e91 x2k4"], "[ADDRESS]"),
    # names: a word-name after "called" or before "the" and a role, praised, greeted, beside a role in
    # dashes or brackets, after thanks as patients spell it
    ("A nurse called summer looked after me.", ["summer"], "[NAME]"),
    ("a big thank u to holly the student nurse", ["holly"], "[NAME]"),
    ('Mum keeps asking for "that lovely Poppy" every day.', ["Poppy"], "[NAME]"),
    ("Hiya Kez!! All fine here.", ["Kez"], "[NAME]"),
    ("The registrar — Okonjo I think — never came back.", ["Okonjo"], "[NAME]"),
    ("Please thank the nurse who took my bloods (Tamsin) for me.", ["Tamsin"], "[NAME]"),
    ("thanku jonjo 😊 you were ace", ["jonjo"], "[NAME]"),
]
# Round 12 (dev set 9): the person thanked at a comment's end, lists after "ta to";
# streets "in" a town, named houses after a flat or room, house names before "just off" or a numbered street.
_ROUND12_FOUND = [
    ("Care was brilliant, tendai. Would come again.", ["tendai"], "[NAME]"),
    ("All was excellent - Jojo. Post for me goes elsewhere.", ["Jojo"], "[NAME]"),
    ("ta to jurgita n kez for the cuppa", ["jurgita", "kez"], "[NAME]"),
    ("Nurses on ward 8 lovely, esp sunny, always smiling.", ["sunny"], "[NAME]"),
    ("We live on Tanyard Close in Barnstaple and the crew got lost.", ["Tanyard Close", "Barnstaple"], "[ADDRESS]"),
    ("Dad moved into Room 12, Elm Lea Care Home, Settle last week.", ["Room 12", "Elm Lea", "Settle"], "[ADDRESS]"),
    ("We're out at Hollyhurst, nr Nettleton Green, Aberystwyth so the sat nav fails.", ["Hollyhurst", "Nettleton"],
     "[ADDRESS]"),
    ("My son drove me back to Brackenhow, 4 Fell Road, Keswick, CA12 4HB late at night.", ["Brackenhow", "Fell Road"],
     "[ADDRESS]"),
]
# Round 13 (dev set 10): address parts apart by semicolons or slashes; dotted identifiers; CRN and EPR.
_ROUND13_FOUND = [
    ("I have moved to 24 Fernbank Walk; Cambridge; Cambs; CB1 5LF but letters go elsewhere.", ["Cambridge", "CB1 5LF"],
     "[ADDRESS]"),
    ("The physio came out to 62 King Street/Bishop Auckland/Durham/DL14 1JA every week.", ["Bishop Auckland", "DL14"],
     "[ADDRESS]"),
    ("The sticker on my file said ortho.44972 and not mine.", ["ortho.44972"], "[ID]"),
    ("The label said V3.80082.5 but that is my sister's.", ["V3.80082.5"], "[ID]"),
    ("CRN l5 0124 3319 is on all my letters.", ["l5 0124 3319"], "[HOSPITAL_NUMBER]"),
    ("EPR WJ 9595-14 shows the wrong allergy.", ["WJ 9595-14"], "[HOSPITAL_NUMBER]"),
]
_ROUND14_FOUND = [
    ("Struan & Jonno on the early shift were great.", ["Struan", "Jonno"], "[NAME]"),
    ("Struan on the night shift was great.", ["Struan"], "[NAME]"),
    ("Patient name - esmé merriman, nhs no 999 581 7977", ["esmé", "merriman"], "[NAME]"),
    ("Name: john smith", ["john", "smith"], "[NAME]"),
    ("My name is ottilie", ["ottilie"], "[NAME]"),
    ("special mention to emeka from the discharge team.", ["emeka"], "[NAME]"),
    ("They were really nice.\nCheers faisal", ["faisal"], "[NAME]"),
    ("love u zubair x", ["zubair"], "[NAME]"),
    ("Mehwish in bed 21 next to me kept pressing the buzzer", ["Mehwish"], "[NAME]"),
    ("Very friendly and helpful Iestyn O'Neill-Achebe (my son) came with me", ["Iestyn", "Achebe"], "[NAME]"),
    ("Abdirahman sat with my dad for an hour", ["Abdirahman"], "[NAME]"),
    ("thanks to river on reception x", ["river"], "[NAME]"),
    ("We had Holly on nights and Dagmara on days, both excellent.", ["Holly", "Dagmara"], "[NAME]"),
]
_ROUND15_FOUND = [
    ("taken ill on holiday in the States my MRN at the hospital there was 1854458. Very helpful", ["1854458"],
     "[HOSPITAL_NUMBER]"),
    ("The patient ID on my transport letter was 66-5362-16.", ["66-5362-16"], "[HOSPITAL_NUMBER]"),
    ("My hospital number, which is on every letter I've had from you, is 61 806 599.", ["61 806 599"],
     "[HOSPITAL_NUMBER]"),
    ("Ref. no. on appointment card: 4142/F", ["4142/F"], "[ID]"),
    ("The number on the front of my notes is 179550.", ["179550"], "[ID]"),
    ("The wristband had 2426/C on it, which wasn't even mine.", ["2426/C"], "[ID]"),
    ("Referral UBRN 0005 0332 7485, still waiting for a date.", ["0005 0332 7485"], "[HOSPITAL_NUMBER]"),
    ("not the one on the screen. 944078 (my hospital number). They were", ["944078"], "[HOSPITAL_NUMBER]"),
    ("when it should have been 7 laburnum crescent bourton-on-the-water cheltenham.", ["laburnum", "cheltenham"],
     "[ADDRESS]"),
    ("Transport could not find 35 Cricket Field Sreet, nelson even though", ["Cricket", "nelson"], "[ADDRESS]"),
    ("take us home to basement flat, 23 hospital terace, skegness, lincs with her.", ["terace", "skegness"],
     "[ADDRESS]"),
    ("I've lived at 14 stryd fawr fishguard pembrokeshire for forty years", ["fawr", "fishguard"], "[ADDRESS]"),
    ("I had to walk from number 94 Gladstone Chare, Raunds to the bus stop", ["Gladstone", "Raunds"], "[ADDRESS]"),
    ("lives in Room 3, Block C, Larchfield Hall, Bowling Green Square, Middlesbrough, he was seen",
     ["Room 3", "Block C", "Larchfield"], "[ADDRESS]"),
    ("We were visiting family at 1F3, 191 Fieldfare Crt, Edinburgh, eh7 8ep when it happened.", ["1F3", "Fieldfare"],
     "[ADDRESS]"),
    ("The home visit was booked for 10145 N Pine Valley Road, Lot 97, Raleigh, NC 27671, which is", ["Lot 97"],
     "[ADDRESS]"),
    ("Transport could not find Fernbank,Curlew Green,Yarm,Cleveland,TS15 2GN even though", ["Fernbank", "Yarm"],
     "[ADDRESS]"),
    ("we are at 15a Llys Derwen - Aberystwyth - SY23 1SB down the lane", ["Llys", "Aberystwyth"], "[ADDRESS]"),
    ("From a very happy patient at 200 Forge Square Oundle", ["200", "Oundle"], "[ADDRESS]"),
    ("The hospital still has me down at Top flat, 12 Smith Street, Leeds LS1 2AB.", ["Top flat", "Smith"], "[ADDRESS]"),
    ("We live at Room 15; Primrose Hill Care Home; 221 Smith Street; Leeds; LS1 2AB and the ambulance",
     ["Room 15", "Primrose", "Smith"], "[ADDRESS]"),
    ("My flat is on Weavers Rise in Chelmsford.", ["Weavers", "Chelmsford"], "[ADDRESS]"),
    ("I'm in sheltered housing at Flat 27 / Laburnum Court / Wagonway Terrace / Cardigan / SA43 1AB and the warden",
     ["Flat 27", "Laburnum", "Wagonway", "Cardigan"], "[ADDRESS]"),
    ("Mum stays with us at Rowan Ridge / Bourton-on-the-Water / Cheltenham / GL54 2AB at weekends",
     ["Rowan", "Bourton", "Cheltenham"], "[ADDRESS]"),
    ("I'm on Victoria Road, Motherwell so the bus is no good.", ["Victoria", "Motherwell"], "[ADDRESS]"),
    ("i would like to nominate bethany fairclough for an award.", ["bethany", "fairclough"], "[NAME]"),
    ("was wrong.\n- Shannon, 7 quarry meadows, appleby-in-westmorland", ["Shannon"], "[NAME]"),
    ("Nikki (SN) was ace. Crystal (support worker) was brilliant.", ["Nikki", "Crystal"], "[NAME]"),
    ("Dòmhnall the cleaner made us laugh.", ["Dòmhnall"], "[NAME]"),
    ("mum's nurse was iseabail and she was kind", ["iseabail"], "[NAME]"),
    ("To Ondřej Procházka and all on the unit\nQuick, helpful", ["Ondřej", "Procházka"], "[NAME]"),
    ("I loved Rodel's singing on the ward!", ["Rodel"], "[NAME]"),
    ("Send it c/o my daughter Teresa de Souza, 66 Ferndale Gardens, Peterlee SR8 1AB", ["Teresa de Souza,"], "[NAME]"),
    ("Brilliant care from László. Not forgetting Erzsébet.", ["László", "Erzsébet"], "[NAME]"),
    ("KEEP UP THE GOOD WORK MICK!", ["MICK"], "[NAME]"),
    ("Mo on the front desk made us laugh. Sunny in theatres deserves recognition.", ["Mo ", "Sunny"], "[NAME]"),
    ("The staff - Rusty & Llŷr - do care about the patients.", ["Rusty", "Llŷr"], "[NAME]"),
    ("Because the staff (Piotr + Jaz) are fantastic", ["Piotr", "Jaz"], "[NAME]"),
    ("nurses nyambura/minh/zainab were all lovely.", ["nyambura", "minh", "zainab"], "[NAME]"),
]
_ROUND16_FOUND = [
    ("In my experience I have nothing but praise.  Thanks JP x", ["JP"], "[NAME]"),
    ("Thanks C.J!", ["C.J"], "[NAME]"),
    ("ok.\n\nWITH THANKS FROM DARRAGH\nTy Capel, 191 Oakwood Pl, Solihull", ["DARRAGH"], "[NAME]"),
    ("With thanks from Margaret and family", ["Margaret"], "[NAME]"),
    ("MY MAM (FADUMO) WAS ADMITTED WITH PNEUMONIA.", ["FADUMO"], "[NAME]"),
    ("Very good atmosphere, the lady (halima) who did the sessions is very kind", ["halima"], "[NAME]"),
    ("my mum (Doreen Atkinson, 94) was looked after", ["Doreen", "Atkinson"], "[NAME]"),
    ("All nurses (Guy, Sunny and Gaz) brilliant", ["Guy", "Sunny", "Gaz"], "[NAME]"),  # "guy" is no person word here
    ("very happy with treatment and care. Son: harvey, dob 17th July 2016.", ["harvey"], "[NAME]"),
    ("Service user: layla ap gruffydd / 17 03 1959", ["layla", "gruffydd"], "[NAME]"),
    ("Mailing zip: 33660.\nFROM LEROY GRIFFITHS\n111 CURLEW ROW, MANCHESTER M2 3FF", ["LEROY", "GRIFFITHS"], "[NAME]"),
    # round 16c, from dev set 13: lower-case sign-offs, text-speak lists, unpunctuated staff lists, praise cues, desks
    ("efficient.\n\nkind regards\nguto hywel howells\nguto_howells80@example.com", ["guto", "howells"], "[NAME]"),
    ("cheered everyone up.\ngod bless you shota", ["shota"], "[NAME]"),
    ("cudnt of asked 4 better, ta siu wai", ["siu wai"], "[NAME]"),
    ("ALL THE BEST\nNICKY", ["NICKY"], "[NAME]"),
    ("signed:ionuț brown", ["ionuț"], "[NAME]"),
    ("thnx 2 deano n amanuel\nListen and improve", ["deano", "amanuel"], "[NAME]"),
    ("Nurses Gonçalo + Nestor + Alex were all so kind", ["Gonçalo", "Nestor", "Alex"], "[NAME]"),
    ("STAFF I HAVE COME ACROSS. RECEPTIONISTS HYE-JIN / MAREK WERE FRIENDLY", ["HYE-JIN", "MAREK"], "[NAME]"),
    ("as good as it gets. Much appreciated Imran. On a personal note", ["Imran"], "[NAME]"),
    ("Brilliant care, particularly from Cem. Log number", ["Cem"], "[NAME]"),
    ("i must mention farhana (cpn), who was lovely.", ["farhana"], "[NAME]"),
    ("COMPLETED BY JAE-SUNG ABRAHAMS-MORRISON ON BEHALF OF MY DAD", ["JAE-SUNG", "ABRAHAMS-MORRISON"], "[NAME]"),
    ("Godswill and Crystal on the day unit were great.", ["Godswill", "Crystal"], "[NAME]"),
    ("Begona (ward 7) was brilliant with me", ["Begona"], "[NAME]"),
    ("Bob from the crisis team rang back", ["Bob"], "[NAME]"),
    # round 16e, from dev set 14: initials after, letter headings, e-mails that spell a lower-case name, lists
    ("I saw Clive Y and Tom Armstrong were amazing", ["Clive Y"], "[NAME]"),
    ("From Harpreet Sandhu, Thirsk:\nI felt very judged", ["Harpreet", "Sandhu"], "[NAME]"),
    ("Tobias Featherstone (Mrs), Penzance", ["Tobias", "Featherstone"], "[NAME]"),
    ("best wishes, hakan sousa (hakan.sousa1973@home.example.org)", ["hakan", "sousa"], "[NAME]"),
    ("Excellent treatment from Mustafa- gave me confidence", ["Mustafa"], "[NAME]"),
    ("Thanks to Bill,Carol,leah for keeping me sane.", ["Carol", "leah"], "[NAME]"),
    ("the nurse who saw me (katarzyna i think her name was) could not", ["katarzyna"], "[NAME]"),
    ("the physio (lily-rose?) had me up", ["lily-rose"], "[NAME]"),
    ("give ishbel a raise! the number", ["ishbel"], "[NAME]"),
    ("i was on shabana's ward for a week", ["shabana"], "[NAME]"),
    ("leah on the switchboard put me through", ["leah"], "[NAME]"),
    # round 16f: given names of more communities (Faker's Turkish, Czech, Swahili ... person providers)
    ("me n tuğçe were proper scared", ["tuğçe"], "[NAME]"),
    ("me n daan were proper scared", ["daan"], "[NAME]"),
    ("me n jiří were proper scared", ["jiří"], "[NAME]"),
    ("i was under prof m. o'keeffe. Total lack of communication", ["keeffe"], "[NAME]"),  # round 16g
    ("consultant: c. kaminski", ["kaminski"], "[NAME]"),
    ("me n abdikarim were proper scared", ["abdikarim"], "[NAME]"),  # round 16j: first_names_extra.txt
    ("me n hiwot were proper scared", ["hiwot"], "[NAME]"),
    ("so much more bearable. THANK-YOU Marco", ["Marco"], "[NAME]"),  # round 16i
    ("I felt that Xiaomei the physiotherapist was interested", ["Xiaomei"], "[NAME]"),
    ("WONDERFUL. WE'RE AT 14 KESTREL CLOSE IN BOURTON-ON-THE-WATER NEAR THE SCHOOL.", ["BOURTON"], "[ADDRESS]"),  # 16l
    ("gr8 job KAZUKI !! I had to get two buses", ["KAZUKI"], "[NAME]"),  # round 16k
    ("weight through this programme. Thankyou Justice and Wendy for being amazing.", ["Justice", "Wendy"], "[NAME]"),
]
_ROUND16_KEPT = [
    "Thanks GP! Cheers UK! Thank you OK x",
    "thanks from all of us. With thanks from the family.",
    "Mum: was very happy. Son: not asked. Patient: very good",
    "WE ARE FROM LEEDS\n12 NOVEMBER WAS THE DATE",
    "kind regards\nthe team. many thanks\nmum x. all the best\nfor the future. god bless you all",
    "regards to all the staff. ta very much. ta for everything",
    "The nurses Station and Reception were busy. Staff Nurse and Doctor were great",
    "Much appreciated. Good job everyone! Great job Team. Much appreciated all",
    "care from the nurses was good. I must mention the food. the help from Social Services",
    "give them a medal. give everyone a pay rise. i was in St Mary's ward",
    "the doctor i. e. the consultant. dr a. and e. staff. the nurse e.g. was kind",
    "Thanks Staff and Nurses. thanks PALS for the help. Thank you Doctors and Nurses",
    "the person on the phone (i think) was rude (not sure i think) (maybe?)",
    "my son (aged 4) was seen. the man (at reception) was rude. The lady (bank) was kind.",
]
_ROUND15_KEPT = [
    "The number of people waiting was 12 and the number of staff was 3. The number was 1500 on the day.",
    "The reference to the ward was 2 weeks ago. The label said 500mg. Number of visits: 14",
    "I had 2 falls down the hill in Leeds. Waited 3 hours in the corridor, Leeds.",
    "Keep up the good work everyone! Great care from all. The door on the unit was broken. Everyone in x-ray was nice.",
    "The staff - all of them - were great. Staff (doctors + nurses) were kind.",
    "I'm on the list, Leeds. I'm on nights in Leeds. My house is on fire in Leeds.",
    "my nurse was lovely. the nurse is great. nurse was very kind. To All and the team.",
    "The Ward (HCA) was busy. Everyone the cleaner knew. Staff (HCA) were kind.",
]
_ROUND14_KEPT = [
    "Sunday on the ward was quiet. SUNDAY WAS QUIET ON THE WARD.",
    "Monday on the night shift was quiet.",
    "Dear Sirs, thank you for your help.",
    "Name: not given. Cheers guys, written by hand, love from all of us x",
    "Great-gran had her bath. Step-dad was great.",
    "Everyone on nights was great. Staff on days too. Monday on nights. Nurses on lates.",
    "Nobody sat with him. Everyone sat down. Thanks to all on reception.",
]
_ROUND13_KEPT = [
    "It costs 1.5mg or 12.5 and/or 3.14159, see fig.12 on page 10/12; Room 4/5.",
    "I used Option A/B and 24/7 care; then 50/50 on the ward; I live in Leeds; then went home.",
    "DoB given at the desk. My DOB.",
]
_ROUND12_KEPT = [
    "Very good, thanks. It was great, overall. Great, too. Very kind, everyone.",
    "Thanks to all, 12 people helped. I went to Leeds, 3 times.",
    "Staff on Ward 12 in Leeds were good.",
]
_ROUND11_KEPT = [
    "I booked at 10:30 and left at 11:45, a ratio of 3:1.",
    "My home is where my heart is, and the care home staff were great.",
    "We moved from Scotland, then to Wales in 2019.",
    "I was sent to Ward 5, Leeds General.",
    "Re the nurse who rang: nothing.",
    "Hi there, Dear Sir, Hello Everyone! The lovely Staff were great.",
]
_ROUND10_HIPAA_FOUND = [
    ("Dad went in Wednesday the 23rd and came out later.", ["Wednesday", "23rd"], "[DATE]"),
    ("Visited February 9th - much better than last time.", ["February", "9th"], "[DATE]"),
    ("For someone who is 91 the waiting was too long.", ["91"], "[AGE]"),
    ("We live out in Little Snoring (NR21 3AR) so the bus is no good.", ["Little Snoring"], "[LOCATION]"),
]
_ROUND10_KEPT = [
    "The staff were kind and caring and the nurses friendly and helpful.",
    "Staff will and can help. Doctors and nurses were great.",
    "Thank you so much and all the staff, incl. tea and biscuits.",
    "The summer's heat was bad but the doctor's advice was clear.",
    "The nurse, however, was rude. The man at the desk, Sir, said no.",
    "I hope the nurse is ok. Please contact the ward on the main number.",
    "It was 2 and 3 of them. The ward 14 and 15 were busy.",
    "I had 3 episodes in 2 weeks and 10 is my number of the day.",
    "The team (doctors, nurses and porters) were great.",
    "We waited 20 minutes, in pain, or 30 mins.",
    "We were informed Monday and told Tuesday.",
]
_ROUND15_HIPAA_FOUND = [
    ("My family are from Cebu and they could not believe it.", ["Cebu"], "[LOCATION]"),
    ("We were visiting from Clonmel when my husband fell.", ["Clonmel"], "[LOCATION]"),
    ("i live in boston so its a long way in", ["boston"], "[LOCATION]"),
]
_ROUND16_HIPAA_FOUND = [
    ("Admitted 15/3, home a week later.", ["15/3"], "[DATE]"),
    ("helped me when I was faint yesterday (26/11) and listened", ["26/11"], "[DATE]"),
    ("The ambulance came on 05/10 within twenty minutes.", ["05/10"], "[DATE]"),
    ("Discharged Sunday 25th, home by tea time.", ["Sunday", "25th"], "[DATE]"),
    ("The care my wife (Sioned de la Cruz, ninety three) received", ["ninety three"], "[AGE]"),
    ("dad (jean-luc warsame, 95) was seen within the hour", ["95"], "[AGE]"),
    ("Re my mum Meena da Silva (95)\nSpoke to the ward", ["95"], "[AGE]"),
    ("rang on behalf of an old lady of ninety-nine who had fallen", ["ninety-nine"], "[AGE]"),
    ("Being 95 I can't manage the stairs", ["95"], "[AGE]"),
    ("my husband works in bridgetown so i came on my own", ["bridgetown"], "[LOCATION]"),
    ("the driver got lost between wolsingham and rotherham. nothing", ["wolsingham", "rotherham"], "[LOCATION]"),
    ("came all the way from paisley and was seen", ["paisley"], "[LOCATION]"),
    ("My mum still lives in Clonmel, so the video calls meant a lot", ["Clonmel"], "[LOCATION]"),
    ("got him to hospital at Hawes with no problems", ["Hawes"], "[LOCATION]"),
]
_ROUND16_HIPAA_KEPT = [
    "I'd give it 7/10. Rated 9/10 overall, 4/5. Came on 10/10 form.",
    # (round 19: "i live in bath" goes under this profile: after "live in" a town that is also a word is a town)
    "i live in hope. came out to help. my family in hope. between appointments and visits. way out to the car",
    "The lady of 95 pounds. Being 95 minutes late.",
    # (round 18: "moved from The Grange" goes under this profile now that the tuned NER calls it a place)
    "we moved to Ward 5 then moved from the day unit. She lives in Spain.",
]
_ROUND15_HIPAA_KEPT = [
    "i live in town so its a trek. i live in hope. I work in Accounts. We are from the council.",
]
_ROUND10_HIPAA_KEPT = [
    "Waited 93 minutes for someone who is 30.",
]


def _assert_found(out: str, gone: list[str], placeholder: str) -> None:
    assert all(g not in out for g in gone) and placeholder in out, out


@pytest.mark.parametrize("text, gone, placeholder", _ROUND9_FOUND + _ROUND10_FOUND + _ROUND11_FOUND + _ROUND12_FOUND
                         + _ROUND13_FOUND + _ROUND14_FOUND + _ROUND15_FOUND + _ROUND16_FOUND)
def test_rounds_9_16_find(redactor, text, gone, placeholder):
    _assert_found(redactor.redact_one(text).text, gone, placeholder)


@pytest.mark.parametrize("text, gone, placeholder", _ROUND9_HIPAA_FOUND + _ROUND10_HIPAA_FOUND + _ROUND15_HIPAA_FOUND
                         + _ROUND16_HIPAA_FOUND)
def test_rounds_9_16_hipaa_find(hipaa_redactor, text, gone, placeholder):
    _assert_found(hipaa_redactor.redact_one(text).text, gone, placeholder)


@pytest.mark.parametrize("text", _ROUND9_KEPT + _ROUND10_KEPT + _ROUND11_KEPT + _ROUND12_KEPT
                         + _ROUND13_KEPT + _ROUND14_KEPT + _ROUND15_KEPT + _ROUND16_KEPT)
def test_rounds_9_16_keep(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text", _ROUND9_HIPAA_KEPT + _ROUND10_HIPAA_KEPT + _ROUND15_HIPAA_KEPT + _ROUND16_HIPAA_KEPT)
def test_rounds_9_16_hipaa_keep(hipaa_redactor, text):
    assert hipaa_redactor.redact_one(text).text == text



@pytest.mark.parametrize("text, whole", [
    ("Contact PALS at pals@example.org for help.", "Contact PALS at"),  # the e-mail goes, the office stays
    ("We went to Crystal Palace for the match.", "Crystal Palace"),
    ("The Grace Darling ward was spotless.", "Grace Darling"),
    ("Hope Hospital was busy.", "Hope Hospital"),
    ("Without Precious from the stroke team my mother would not be home.", "Without [NAME] from"),  # round 16c
    ("email me (john@example.com) or contact the team - pals.team@example.org", "email me ([EMAIL]) or contact the team"),
    ("Bills keep arriving at my old place, 1107 Elm St\nFresno, CA 93774, please update it.",
     "Bills keep arriving at my old place, [ADDRESS]"),
])
def test_round9_words_around_a_find_stay(redactor, text, whole):
    assert whole in redactor.redact_one(text).text


@pytest.mark.parametrize("text", [
    "We drove from Athlone, County Westmeath to see her.",  # a town and its county alone stay
    "The ward in Durham, County Durham was clean.",
])
def test_round9_a_town_and_its_county_alone_are_no_address(redactor, text):
    assert "[ADDRESS]" not in redactor.redact_one(text).text


@pytest.mark.parametrize("text, expected", [
    # A house or townland name on the line above an address written on lines goes with it.
    ("Send it to my daughter's:\nBallinacurra\nTralee\nCo. Kerry V92 4PHD", "Send it to my daughter's:\n[ADDRESS]"),
])
def test_round17_house_name_line_above_address(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # A name before a role at a hospital stays a name; the hospital or ward named after someone goes.
    ("Sarah Hospital Volunteer was kind", "[NAME] Hospital Volunteer was kind"),
    ("Very well with daughter Eoin Ward's team in fracture clinic", "Very well with daughter [NAME]'s team in fracture clinic"),
    ("Grace J. was my midwife and she was great.", "[NAME] was my midwife and she was great."),
    ("Florence Ward staff were lovely.", "Florence Ward staff were lovely."),
])
def test_round17_ner_institution_and_initial_filters(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


def test_round17_tuned_ner_keeps_its_rejected_words(redactor):
    # Words the tuned NER tags as PERSON that are ordinary here stay ("Vitamin D" alone or inside).
    for text in ("Vitamin D levels were checked.", "Her Vitamin D was low, they gave Vitamin B12."):
        assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text, expected", [
    # Under hipaa_safe_harbor, towns spaCy's NER finds, listed or not; hyphenated ones whole.
    ("I'm in Reeth, a tiny village, so the drive is long.", "I'm in [LOCATION], a tiny village, so the drive is long."),
    ("My family are in Hargeisa so I was on my own.", "My family are in [LOCATION] so I was on my own."),
    ("My parents came over from Timișoara to help.", "My parents came over from [LOCATION] to help."),
    ("The crew found us in Hutton-le-Hole quickly.", "The crew found us in [LOCATION] quickly."),
    # Countries, US states, nations and regions stay.
    ("I moved here from Scotland and the US, and Texas before that.",
     "I moved here from Scotland and the US, and Texas before that."),
    ("We are in the Midlands and the NHS was great.", "We are in the Midlands and the NHS was great."),
])
def test_round17_hipaa_ner_places(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


def test_round17_ner_places_only_under_hipaa(redactor):
    text = "I'm in Reeth, a tiny village, so the drive is long."
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text, expected", [
    # Round 18: addresses with no number, which the tuned NER finds (its ADDRESS label): the house,
    # the street and the town go together.
    ("Send it to Rosehill, Millbrook Road, Keswick please.", "Send it to [ADDRESS] please."),
    ("My mum lives at Ivy Cottage, Church Lane, Cropton and the crew found her fast.",
     "My mum lives at [ADDRESS] and the crew found her fast."),
    ("We walked down Station Road, Leeds to the clinic.", "We walked down [ADDRESS] to the clinic."),
    # A phone number that the address's find runs into goes with it, no digit left.
    ("Please send to Ivy Cottage, Church Lane, Cropton 07700 900 123", "Please send to [ADDRESS]"),
    ("Rose Cottage, Mill Lane, Lacock\n01249 730 123", "[ADDRESS]"),
    # A listed given name that is also a word, with an initial or opening a sentence praised, is a person.
    ("Hope K., the midwife, was great.", "[NAME], the midwife, was great."),
    ("Mark is lovely.", "[NAME] is lovely."),
    ("Honey was kind to my mum.", "[NAME] was kind to my mum."),
])
def test_round18_ner_addresses_and_initials(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


def test_round18_addresses_come_from_the_tuned_ner(redactor):
    from cxnlp.privacy.redact import Redactor

    text = "My mum lives at Ivy Cottage, Church Lane, Cropton and the crew found her fast."
    assert "[ADDRESS]" not in Redactor(name_ner="base").redact_one(text).text
    assert "[ADDRESS]" in redactor.redact_one(text).text


@pytest.mark.parametrize("text", [
    # The place of care, a ward, a home's name and towns with their county alone are no address.
    "I was treated at the Royal Victoria Infirmary, Newcastle and staff were great.",
    "Eye clinic at Queen Elizabeth Hospital, Gateshead ran late.",
    "I am on Redwood 1 in Highbury Hospital.",
    "We parked on Queen Victoria Road and walked.",  # a street alone
    "Ward B. was clean. June was lovely and warm.",  # a ward's letter, a month
    "I was sent to Ward 5, Leeds General.",
    "we moved to Ward 5 then moved from The Grange. She lives in Spain.",
    "We drove from Athlone, County Westmeath to see her.",
    "Tesco's car park was full and the Costa on the ground floor shut at six.",
])
def test_round18_ner_address_filters_keep(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text", [
    "We are in the Midlands and the NHS was great.",  # a region, with or without "the"
    "I am from the North and we are in the South West now.",
])
def test_round18_hipaa_keeps_regions_and_house_names(hipaa_redactor, text):
    assert hipaa_redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,expected", [
    # Towns in lower case after a cue: abroad too ("cape town", "sofia"); after "live in", a town
    # whose name is also a word ("bath") or a given name ("chester").
    ("we have family in cape town who could not believe it.", "we have family in [LOCATION] who could not believe it."),
    ("my son drove in from sofia when he heard.", "my son drove in from [LOCATION] when he heard."),
    ("i live in bath so its a trek", "i live in [LOCATION] so its a trek"),
    ("my mum lives in chester now", "my mum lives in [LOCATION] now"),
    ("my son lives in north shields", "my son lives in [LOCATION]"),  # a first word that is a word
    ("i live in leeds and reading is my hobby", "i live in [LOCATION] and reading is my hobby"),  # "live in" once
    ("Long wait.\r\nmhairi mackintosh (mrs), thirsk\r\nThanks", "Long wait.\r\n[NAME] (mrs), [LOCATION]\r\nThanks"),
    # The writer's town after a signed name closes the line; a name before "(mrs)" in lower case.
    ("Long wait.\nmhairi mackintosh (mrs), thirsk", "Long wait.\n[NAME] (mrs), [LOCATION]"),
    ("Thanks for everything, Jane Smith, Deal.", "Thanks for everything, [NAME], [LOCATION]."),
])
def test_round19_hipaa_towns_in_lower_case_and_after_names(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "we live in hope that things improve",  # "live in" before a word, not a town
    "i live in town so it was easy",
    "my son in law came with me",
    "family in nice weather is a treat",  # a city abroad that is an ordinary word
    "he came from sofia's house",  # a person's, not the city
    "Many thanks, Nurse Smith, Nurse",  # a name, then a role word that is also a place
    # cities abroad that are also words, where no clause ends after them or after "between"
    "she works in oral surgery", "my daughter works in forest school", "friends in tours sent flowers",
    "came from wedding to hospital", "the switch between oral and iv antibiotics",
    "my son lives in nevada", "family in florida",  # US states stay
])
def test_round19_hipaa_keeps_words_that_are_places(hipaa_redactor, text):
    out = hipaa_redactor.redact_one(text).text
    assert "[LOCATION]" not in out, out


def test_round19_towns_after_names_only_under_hipaa(redactor, hipaa_redactor):
    text = "Long wait.\nmhairi mackintosh (mrs), thirsk"
    assert redactor.redact_one(text).text == "Long wait.\n[NAME] (mrs), thirsk"  # a town alone stays
    assert hipaa_redactor.redact_one(text).text.endswith("[LOCATION]")


@pytest.mark.parametrize("text", [
    "the registrar (dr) explained", "seen by a locum (dr)", "the matron (mrs) sorted it",
    "spoke to the nurse in charge (mrs)",  # roles before a title in brackets, no names
    "my son drove me in", "my husband blew up", "my daughter grew worried",  # past tenses, no names
])
def test_round19_roles_and_past_tenses_are_no_names(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,expected", [
    # Streets with no number written in lower case, with their town, after a cue: these texts
    # hold no digit and no capitalised name, so no recognizer looked at them before round 19.
    ("the driver couldn't find sycamore road, margate, which has a sign.",
     "the driver couldn't find [ADDRESS], which has a sign."),
    ("the ambulance went to the crescent, woking instead of here.", "the ambulance went to [ADDRESS] instead of here."),
    ("Our house is long row, aberdeen, the one with the gate.", "Our house is [ADDRESS], the one with the gate."),
    ("the house with the green door on trafalgar yard, saltburn-by-the-sea", "the house with the green door on [ADDRESS]"),
    ("Any post to p.o. box 2130, peterlee please.", "Any post to [ADDRESS] please."),  # a PO box and its town
])
def test_round19_lower_case_streets_with_their_town(redactor, base_ner_redactor, text, expected):
    assert redactor.redact_one(text).text == expected
    assert base_ner_redactor.redact_one(text).text == expected  # the rules, not the tuned NER


@pytest.fixture(scope="module")
def base_ner_redactor():
    from cxnlp.privacy.redact import Redactor

    return Redactor(name_ner="base")


@pytest.mark.parametrize("text", [
    "we went to the park, it was nice", "on the other side, leeds did well", "the way, they spoke, was great",
    # a street word as an ordinary noun, then a town or a word that is one, after the comma
    "at the end, leeds was better", "we sat on the bank, bath time was later", "went to the park, reading is hard",
    "the nurse put it to one side, reading my notes", "of this place, leeds is good",
])
def test_round19_lower_case_street_words_alone_stay(redactor, text):
    assert "[ADDRESS]" not in redactor.redact_one(text).text


def test_round19_lower_case_po_box_keeps_a_word_after_it(redactor):
    assert redactor.redact_one("p.o. box 12, reading the letter").text == "[ADDRESS], reading the letter"


@pytest.mark.parametrize("text,expected", [
    # Round 20: every town of a list after a cue in lower case, commas and "and" alike, abroad too.
    ("my friends in kabul, herat and kandahar send love", "my friends in [LOCATION], [LOCATION] and [LOCATION] send love"),
    ("family in lagos, abuja, or accra", "family in [LOCATION], [LOCATION], or [LOCATION]"),
])
def test_round20_hipaa_every_town_of_a_lower_case_list(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # a word that is also a town, after the first place of a list, stays a word
    ("i live in leeds, reading is my hobby", "i live in [LOCATION], reading is my hobby"),
    ("she lives in leeds, and nice people helped", "she lives in [LOCATION], and nice people helped"),
])
def test_round20_hipaa_a_list_stops_at_a_word(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # after a place and a comma or "and", words that are also towns stay words (a second read)
    ("family in york and bear with me", "family in [LOCATION] and bear with me"),
    ("i live in leeds, orange juice helps", "i live in [LOCATION], orange juice helps"),
    ("my brother in leeds, lancing the boil", "my brother in [LOCATION], lancing the boil"),
    ("family in york, superior care", "family in [LOCATION], superior care"),
])
def test_round20_hipaa_words_after_a_listed_town_stay(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 20: a listed town in lower case after a bare preposition of place, or before a
    # service's word, and the towns listed after any place found.
    ("we got stranded in kidderminster overnight", "we got stranded in [LOCATION] overnight"),
    ("the bus back to northallerton was late", "the bus back to [LOCATION] was late"),
    ("we live near wellingborough so it is close", "we live near [LOCATION] so it is close"),
    ("my son flew over from karachi for it", "my son flew over from [LOCATION] for it"),
    ("bideford a&e sent us on", "[LOCATION] a&e sent us on"),
    ("the harrogate end of the service is quicker", "the [LOCATION] end of the service is quicker"),
    ("the sutton coldfield crew were kind", "the [LOCATION] crew were kind"),
    ("crews came from Leicester, nuneaton and bude", "crews came from [LOCATION], [LOCATION] and [LOCATION]"),
])
def test_round20_hipaa_lower_case_towns_after_a_preposition_or_before_a_service(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # names of towns that are also words (cxnlp/resources/place_words.txt), after "to" or "in"
    "it was almost too much to bear", "switched to oral tablets", "I spoke to superior staff",
    "no sandwich options at all", "we had to converse in writing", "stayed in orange scrubs",
    "the nurse went to florence straight away",  # a given name that is a city abroad
    "we were in hope of news", "she walked up from the village", "no signal in the village",
])
def test_round20_hipaa_keeps_words_that_name_towns(hipaa_redactor, text):
    assert "[LOCATION]" not in hipaa_redactor.redact_one(text).text


def test_round20_lower_case_towns_stay_under_the_standard_profile(redactor):
    assert redactor.redact_one("we got stranded in kidderminster overnight").text == \
        "we got stranded in kidderminster overnight"


@pytest.mark.parametrize("text", [
    # words after a preposition that name no town there (a second read of round 20 wrote these)
    "she suffered from delirium all week", "my mum lives in hosptial now", "we live in hope",
    "referred back to rheumatology", "moved over to apixaban", "near syncope twice", "dad was moved to itu",
    "allergic to brazil nuts", "switched to yorkshire tea", "due to turner syndrome", "changed to foley catheter",
    "moved to sycamore ward", "the sycamore ward staff", "the shaw practice was great", "came in wellington boots",
    "pain in port area", "got lost in new buildings", "according to bristol stool chart", "carer is from poland",
    "itu staff were amazing", "pain in lancing the abscess", "went from satsuma to apple for pudding",
    "thank you to wright and moore for everything", "huge thanks to turner and the team",  # people
    "thank you so much to turner and wright",
])
def test_round20_hipaa_words_after_a_preposition_that_name_no_town_stay(hipaa_redactor, text):
    assert "[LOCATION]" not in hipaa_redactor.redact_one(text).text


@pytest.mark.parametrize("text,expected", [
    ("I live in Leeds, itu was brilliant", "I live in [LOCATION], itu was brilliant"),
    ("I live in Leeds, amble along to clinic", "I live in [LOCATION], amble along to clinic"),  # a verb there
])
def test_round20_hipaa_a_list_of_towns_stops_at_a_word(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 20: addresses in continental Europe, street and number then postcode and city.
    ("Post goes to ul. Polna 14/3, 61-112 Poznań now.", "Post goes to [ADDRESS] now."),
    ("We rented Schillerstraße 8, 10625 Berlin that week.", "We rented [ADDRESS] that week."),
    ("My aunt lives at Avenida da Liberdade 120, 1250-096 Lisboa with us.", "My aunt lives at [ADDRESS] with us."),
    ("Her flat is Via Roma 5, int. 2, 00184 Roma and she visits.", "Her flat is [ADDRESS] and she visits."),
    ("She is at Kerkstraat 12, 1017 GC Amsterdam now.", "She is at [ADDRESS] now."),
])
def test_round20_european_addresses(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "I was in Bay 12, 2020 was a hard year.", "Ward 37, 12345 steps a day is my aim.",
    "We waited 3 hours, 10000 Thanks to the team.", "Heart Rate 110, 60-100 Bpm", "Covid 19, 10000 Deaths",
    "Raised 1,500, 20000 Pounds Next Year",
])
def test_round20_numbers_that_are_no_european_address(redactor, text):
    assert "[ADDRESS]" not in redactor.redact_one(text).text


@pytest.mark.parametrize("text", ["Kerkstraat 12, 1017 GC Thanks", "Drottninggatan 5, 111 51 Thanks",
                                  "sent to Via Roma 12, 00184 Roma, Thanks"])
def test_thanks_after_a_street_and_code_abroad_stays(redactor, text):
    # Round 20 kept the first two whole: no town follows the code. The NER retrained in session 26
    # may take a street, number and code abroad, which are an address, but took the thanks too.
    assert redactor.redact_one(text).text.endswith("Thanks")


@pytest.mark.parametrize("text,expected", [
    # Round 21: a village no list holds, in lower case after a preposition of place, when its one
    # or two words are in no vocabulary and have a British or Irish place name's shape.
    ("we were on holiday in lastingham when i took ill", "we were on holiday in [LOCATION] when i took ill"),
    ("going home to coxwold, and explain the plan", "going home to [LOCATION], and explain the plan"),
    ("mum's just moved up to glenarm to be near us", "mum's just moved up to [LOCATION] to be near us"),
    ("we drove over from gorran haven that night", "we drove over from [LOCATION] that night"),
    ("a cottage in llangrannog is hard to reach", "a cottage in [LOCATION] is hard to reach"),
])
def test_round21_hipaa_villages_no_list_holds(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # medicine's words, misspellings of known words and unknown words without a place's shape stay
    "came down from cardiology with a heart monitor", "back to haematology for more tests",
    "moved back to warfarin after the bleed", "sent for a gastroscopy at 9am", "referred on to dermatology",
    "reducing the stay in hosptial overnight", "back to normal after the dizzyness went",
    "i was in agony at home", "she lives in doolin now", "foam to deaden the noise",
])
def test_round21_hipaa_words_that_are_no_village_stay(hipaa_redactor, text):
    assert "[LOCATION]" not in hipaa_redactor.redact_one(text).text


def test_round21_villages_stay_under_the_standard_profile(redactor):
    assert redactor.redact_one("we were on holiday in lastingham when i took ill").text == \
        "we were on holiday in lastingham when i took ill"


@pytest.mark.parametrize("text,expected", [
    # Round 21: a Canadian province and postal code end an address, in any case; a city abroad
    # after a comma, with an unlisted district before it, is part of the address.
    ("Send it to 37 birchwood dr, halifax, ns b3m 7s3 please.", "Send it to [ADDRESS] please."),
    ("Write to 45 Maple Ave, Guelph, ON N1H 3T2 now.", "Write to [ADDRESS] now."),
    ("my next of kin is my brother at 50 adebayo close, ikeja, lagos.", "my next of kin is my brother at [ADDRESS]."),
    ("He is at 12 Awolowo Road, Ikoyi, Lagos, Nigeria.", "He is at [ADDRESS]."),
])
def test_round21_addresses_end_in_a_canadian_postal_code_or_a_city_abroad(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 21: a ZIP after a US town, a comma and a state in lower case
    ("send the bill to my son in new orleans, la 70158. thanks", "send the bill to my son in new orleans, la [ZIP]. thanks"),
    ("my son in austin, tx 78701 rang me", "my son in austin, tx [ZIP] rang me"),
    ("we paid 70158 pounds in total", "we paid 70158 pounds in total"),
    ("i live in leeds, in 12345 ways it is better", "i live in leeds, in 12345 ways it is better"),
])
def test_round21_zip_after_a_lower_case_town_and_state(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 21 (read on dev set 16): towns before a place of care with a possessive, anywhere;
    # a town that is also a name before a service's word; after "across" and "than"; before
    # "really" or an A&E; a comment in capitals read as one in lower case.
    ("We compared it with liverpool's service and this was better.",
     "We compared it with [LOCATION]'s service and this was better."),
    ("staff intervened. craigavon's walk in centre sent us here.", "staff intervened. [LOCATION]'s walk in centre sent us here."),
    ("Listen to us. Much Wenlock's maternity unit deserves more.", "Listen to us. [LOCATION]'s maternity unit deserves more."),
    ("The new GP is closer. Kendal A&E was packed.", "The new GP is closer. [LOCATION] A&E was packed."),
    ("our family is spread across ilford, allendale and stockport, so calls help.",
     "our family is spread across [LOCATION], [LOCATION] and [LOCATION], so calls help."),
    ("no bed any closer than lerwick, which was hard", "no bed any closer than [LOCATION], which was hard"),
    ("the paramedics came out to us in stornoway really fast", "the paramedics came out to us in [LOCATION] really fast"),
    ("Sent from derry A&E for a scan.", "Sent from [LOCATION] A&E for a scan."),
    ("WE WERE ON HOLIDAY IN LASTINGHAM WHEN I TOOK ILL.", "WE WERE ON HOLIDAY IN [LOCATION] WHEN I TOOK ILL."),
])
def test_round21_hipaa_towns_before_services_in_lists_and_in_capitals(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # a person's possessive, a surname that is a town, words in capitals after "in"
    "Baker's dozen of forms to fill in.", "Ashley's crew were lovely to us.", "I WAS IN AGONY AND THE STAFF WERE GREAT.",
    "THANK YOU FOR YOUR CARE, IT WAS A GOOD DEAL BETTER THAN LAST TIME.",
])
def test_round21_hipaa_possessives_and_capitals_that_name_no_town(hipaa_redactor, text):
    assert "[LOCATION]" not in hipaa_redactor.redact_one(text).text


def test_round21_a_name_with_a_possessive_stays_a_name_under_standard(redactor):
    assert redactor.redact_one("We went to Hope's clinic every week.").text == "We went to [NAME]'s clinic every week."


@pytest.mark.parametrize("text,expected", [
    # Round 21: dates in capitals with an ordinal, "may" and "march" after a day's ordinal or "on"
    ("Seen on 4th of may and the letter came.", "Seen on [DATE] and the letter came."),
    ("On time for the visit on 30 may.", "On time for the visit on [DATE]."),
    ("FIRST APPOINTMENT 17TH MARCH - STILL WAITING.", "FIRST APPOINTMENT [DATE] - STILL WAITING."),
    ("I RANG ON THURS 8TH AND GOT NO ANSWER.", "I RANG ON [DATE] AND GOT NO ANSWER."),
    ("the 1st may be better than the second", "the 1st may be better than the second"),
    ("you may 30 times ask and get nothing", "you may 30 times ask and get nothing"),
])
def test_round21_hipaa_dates_in_capitals_and_with_may_or_march(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 21: addresses abroad ending in a code, a US street with an ordinal in lower case, a
    # ZIP right after a listed town, a US local number after "ringing", a family's surname
    ("my old home at 251 rue Sherbrooke Ouest, app. 12, Montréal, QC H2X 3J8. Mum is fine.",
     "my old home at [ADDRESS]. Mum is fine."),
    ("my home address is 14-B Gulberg III, Lahore 54660.", "my home address is [ADDRESS]."),
    ("post it to door no. 24-1, anna salai, visakhapatnam 530002.", "post it to [ADDRESS]."),
    ("my home address is unit 2, 103 esplanade, hobart tas 7000. Thanks.", "my home address is [ADDRESS]. Thanks."),
    ("i lived at 8065 n 3rd street, louisville ky 40230 and", "i lived at [ADDRESS] and"),
    ("I was visiting from FRESNO 93751 and it was sorted.", "I was visiting from FRESNO [ZIP] and it was sorted."),
    ("tried ringing 555-0132 for the clinic", "tried ringing [PHONE] for the clinic"),
    ("Thank you all.\nThe Sharma family", "Thank you all.\nThe [NAME] family"),
])
def test_round21_addresses_abroad_zips_local_numbers_and_family_names(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # counts, scores and beds are no address abroad; a count after a town is no ZIP; kinds of family
    "We waited 3 hours, then 2 more, finally seen at ward 12, bed 4, Leeds 123456 times",
    "She was in bay 2, bed 5, nsw 2000 was the count", "in Leeds 12345 people came",
    "The whole family were grateful. The Royal family visited. The Polish family helped.",
])
def test_round21_numbers_and_families_that_are_no_identifier(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,expected", [
    # Round 21: a town no vocabulary holds before a clinic, an office or a surgery; a county after
    # a town or a cue, and verbs like "seems" after it; an adjective between the cue and the town
    ("The enniskillen clinic is always running late", "The [LOCATION] clinic is always running late"),
    ("nobody in co. kerry seems to offer this service", "nobody in [LOCATION] seems to offer this service"),
    ("We live out in rural county tyrone, so visits help", "We live out in rural [LOCATION], so visits help"),
    ("The nearest dentist is in gorey CO. WEXFORD, which is far.", "The nearest dentist is in [LOCATION] [LOCATION], which is far."),
])
def test_round21_hipaa_towns_before_a_clinic_and_with_their_county(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # clinics and surgeries named after trees, plants and people (words spaCy knows) stay
    "the sycamore clinic was calm", "the churchill clinic was great", "the lantana clinic was very clean",
    "the shaw surgery rang me back",
])
def test_round21_hipaa_clinics_named_after_words_stay(hipaa_redactor, text):
    assert "[LOCATION]" not in hipaa_redactor.redact_one(text).text


@pytest.mark.parametrize("text,expected", [
    # Round 21: the town on the line under a signed name; a line that goes on is no town
    ("Staff were great.\nMany thanks, Ngozi Srinivasan\nDingwall", "Staff were great.\nMany thanks, [NAME]\n[LOCATION]"),
    ("Thanks to Sarah\nReading the leaflet helped.", "Thanks to [NAME]\nReading the leaflet helped."),
])
def test_round21_hipaa_town_on_the_line_under_a_signed_name(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 21's second read: a town closing the comment, names with "'s" in them, towns that begin
    # with "little" or "central" after a cue
    ("Well done Doncaster", "Well done [LOCATION]"),
    ("we were stuck in king's lynn overnight", "we were stuck in [LOCATION] overnight"),
    ("my son lives near bishop's castle now", "my son lives near [LOCATION] now"),
    ("we were stuck in little bookham overnight", "we were stuck in [LOCATION] overnight"),
])
def test_round21_second_read_towns_kept_as_before(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # Round 21's second read: symptoms, drugs and anatomy after a cue are no village; "may" and
    # "march" before a verb or as a noun are no date; laws, counts and deaths are no address or ZIP;
    # wards and charities that call themselves a family are no family's name
    "the new tablets led to drowsiness and confusion", "she went from drowsiness to agitation",
    "led to breathlessness and i was scared", "switched me to clonazepam and it helped",
    "moved on to clonidine and the flushes stopped", "sharp pain in glenoid and shoulder",
    "The 2nd may work better than the first tablet.", "the 1st may cause less nausea",
    "Doses taken after 10 may cause drowsiness.", "I did the 3rd march for cancer research",
    "I was sent to 136 suite under the Mental Health Act 1983 and they were kind",
    "flat 2, the equality act 2010 was ignored", "we waited in bay 3, bed 12, side room, wa 1130",
    "we spent 4 nights at the unit, newcastle 100000 thanks", "I felt part of the Oncology family",
    "the Renal family on Ward 4", "Thank you to the Macmillan family",
])
def test_round21_second_read_false_alarms_stay(hipaa_redactor, text):
    out = hipaa_redactor.redact_one(text).text
    assert not any(tag in out for tag in ("[LOCATION]", "[DATE]", "[ADDRESS]", "[ZIP]", "[NAME]")), out


def test_round21_second_read_deaths_after_a_town_are_no_zip_and_a_full_state_is_a_state(redactor):
    assert redactor.redact_one("in London 12000 deaths happened last year").text == \
        "in London 12000 deaths happened last year"
    assert redactor.redact_one("my son in austin, texas 78701 rang").text == "my son in austin, texas [ZIP] rang"


def test_round21_second_read_may_after_of_is_a_month(hipaa_redactor):
    assert hipaa_redactor.redact_one("It was the 1st of may I think").text == "It was [DATE] I think"


def test_round21_second_read_capitals_with_a_letter_that_grows_in_lower_case(hipaa_redactor):
    out = hipaa_redactor.redact_one("İSTANBUL'DA KALDIK, IN LASTINGHAM WE STAYED.").text
    assert out.endswith("IN [LOCATION] WE STAYED.")


@pytest.mark.parametrize("text,expected", [
    # Round 22: a town before a place of care (a word such as "community" or "fracture" between, or
    # a town no vocabulary holds), before a word for its people, before "out of hours" or "old town"
    # after its possessive, before a verb where no vocabulary holds it; "round", "nearer" and
    # "between here and" as cues; "should", "ever", "aren't", "afterwards" after a cued town
    ("I was sent on to wrexham community hospital for the scan", "I was sent on to [LOCATION] community hospital for the scan"),
    ("we ended up at ebbw vale fracture clinic in the end", "we ended up at [LOCATION] fracture clinic in the end"),
    ("the stay at eastbourne infirmary was short", "the stay at [LOCATION] infirmary was short"),
    ("Far better than the galway dialysis unit.", "Far better than the [LOCATION] dialysis unit."),
    ("The southend-on-sea hospital was full.", "The [LOCATION] hospital was full."),
    ("Why is everyone sent to the high wycombe clinic?", "Why is everyone sent to the [LOCATION] clinic?"),
    ("stokesley folk deserve this", "[LOCATION] folk deserve this"), ("Bulawayo folk are lucky", "[LOCATION] folk are lucky"),
    ("Signed, a proud porthmadog resident", "Signed, a proud [LOCATION] resident"),
    ("I'm trimdon born and bred", "I'm [LOCATION] born and bred"),
    ("I used to use watford's out of hours service", "I used to use [LOCATION]'s out of hours service"),
    ("we moved into bedford's old town last year", "we moved into [LOCATION]'s old town last year"),
    ("Honestly dewsbury could learn from you", "Honestly [LOCATION] could learn from you"),
    ("nowhere round gateshead does it better", "nowhere round [LOCATION] does it better"),
    ("please build a unit nearer skipton.", "please build a unit nearer [LOCATION]."),
    ("every lane between here and stokesley.", "every lane between here and [LOCATION]."),
    ("nobody from penrith should wait that long", "nobody from [LOCATION] should wait that long"),
    ("the clinics in navan aren't as good", "the clinics in [LOCATION] aren't as good"),
    ("it took an hour to get back to dunfermline afterwards", "it took an hour to get back to [LOCATION] afterwards"),
    ("WE WAITED AT MIDDLETON-IN-TEESDALE COMMUNITY HOSPITAL ALL DAY", "WE WAITED AT [LOCATION] COMMUNITY HOSPITAL ALL DAY"),
])
def test_round22_hipaa_towns_before_care_places_people_and_verbs(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # hospitals, wards and units named after people, saints and trees; people who are no town's
    "the sycamore hospital was calm", "referred to churchill hospital for tests", "sent to st james hospital",
    "we went to the rowan day unit", "the shaw practice rang", "local people were kind and young people too",
    "most people would agree", "the kent people", "Honestly antalya could", "in hope hospital",
])
def test_round22_hipaa_care_places_and_people_that_name_no_town(hipaa_redactor, text):
    assert "[LOCATION]" not in hipaa_redactor.redact_one(text).text


@pytest.mark.parametrize("text,expected", [
    # Round 22: a day after "appointment is", "discharged", "booked in for", "due on"
    ("my next appointment is 14th and I am hopeful", "my next appointment is [DATE] and I am hopeful"),
    ("Next appointment is 3/8, fingers crossed", "Next appointment is [DATE], fingers crossed"),
    ("Came in on a Monday, discharged 19th, all good", "Came in on a Monday, discharged [DATE], all good"),
    ("I am booked in for the 2nd.", "I am booked in for [DATE]."),
    # no date: a score, a dose, a length of time, a floor
    ("scored 9/10 due to pain", "scored 9/10 due to pain"), ("i am due 2nd dose", "i am due 2nd dose"),
    ("my appointment was 2 hours late", "my appointment was 2 hours late"),
    ("my appointment is 10/10 every time", "my appointment is 10/10 every time"),
])
def test_round22_hipaa_days_after_an_appointment_or_a_discharge(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 22: a postal district and the country close an address; house numbers in groups; a
    # state before an Indian code; a province after a European address's city
    ("she stays at lot 22, hope road, kingston 10, jamaica for now", "she stays at [ADDRESS] for now"),
    ("write to 14 Main Street, Dublin 8, Ireland please", "write to [ADDRESS] please"),
    ("home is 12 Church Lane, Colombo 3, Sri Lanka, for now", "home is [ADDRESS], for now"),
    ("letters go to H.No. 8-2-293, Banjara Hills, Hyderabad, Telangana 500034 still", "letters go to [ADDRESS] still"),
    ("post goes to Calle Mayor 12, 03001 Alicante, Spain, sadly", "post goes to [ADDRESS], sadly"),
    ("post goes to Avenida del Sol 9, 29601 Marbella, Malaga even now", "post goes to [ADDRESS] even now"),
])
def test_round22_addresses_close_with_district_country_state_or_province(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # a count after Dublin is no address; a nationality or a word after an address is no country
    ("the team in Dublin 8 times rang", "the team in Dublin 8 times rang"),
    ("sent to Via Roma 12, 00184 Roma, Thanks again", "sent to [ADDRESS], Thanks again"),
])
def test_round22_what_closes_no_address(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 22, second part (read on dev set 18): a town no vocabulary holds after a cue, whatever
    # follows; hyphenated names; "edge of" as a cue; a county after a town with no comma; "urgent
    # care"; other spellings of cities abroad and the English names of Irish towns GeoNames names in
    # Irish
    ("the ambulance picked me up in rothwell bang on time", "the ambulance picked me up in [LOCATION] bang on time"),
    ("a clinic nearer stoke-on-trent, please", "a clinic nearer [LOCATION], please"),
    ("we live on the edge of brightlingsea so it's handy", "we live on the edge of [LOCATION] so it's handy"),
    ("i'm out at bakewell derbyshire and the transport came", "i'm out at [LOCATION] [LOCATION] and the transport came"),
    ("sent to ashby-de-la-zouch urgent care first", "sent to [LOCATION] urgent care first"),
    ("my brother flew in from Bangalore", "my brother flew in from [LOCATION]"),
    ("we moved here from Chittagong two years ago", "we moved here from [LOCATION] two years ago"),
    ("I was in Mullingar for the day", "I was in [LOCATION] for the day"),
    ("SEEN SAT 21 MARCH EVENING BY THE GP", "SEEN [DATE] EVENING BY THE GP"),
])
def test_round22_hipaa_towns_after_cues_and_other_spellings(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # words after a cue that are in the vocabulary, a word town, a rush
    "we were in a rush", "Rush to A&E was needed", "i was in agony for days", "two buses from wells.",
])
def test_round22_hipaa_words_after_cues_stay(hipaa_redactor, text):
    assert "[LOCATION]" not in hipaa_redactor.redact_one(text).text


@pytest.mark.parametrize("text,expected", [
    # Round 22, second part: addresses with no comma before their town and postcode, with a care
    # home's name, closed by a country, a Nigerian state, "near" a city; European ones in lower
    # case or with the city before its code; an Eircode in lower case
    ("post it to the elms residential home coppice road bishop auckland dl14 3zb.", "post it to [ADDRESS]."),
    ("send forms to flat 0/3 st john's court colliery row middlesbrough ts5 8rj please", "send forms to [ADDRESS] please"),
    ("the crew came to primrose house princess street preston pr3 8ft quickly", "the crew came to [ADDRESS] quickly"),
    ("mum is at oakdene care home, 12 mill lane, leeds now", "mum is at [ADDRESS] now"),
    ("my address is 305 cedar lane, apt 5c, omaha, ne 68112, usa.", "my address is [ADDRESS]."),
    ("The crew came to 577 Jefferson Ave, Suite 331, Richmond, VA 23221, USA and left.", "The crew came to [ADDRESS] and left."),
    ("letters go to no. 20 ogui road, enugu, enugu state still", "letters go to [ADDRESS] still"),
    ("picked me up from 3 Mill Lane, Milngavie, near Glasgow every week", "picked me up from [ADDRESS] every week"),
    ("we are at via dei mille 95, 22707 bologna until spring", "we are at [ADDRESS] until spring"),
    ("write to prinsengracht 12, 1569 va utrecht.", "write to [ADDRESS]."),
    ("I am in Strada Republicii 49, Brașov 469823 for the winter", "I am in [ADDRESS] for the winter"),
    ("My address is e-21 lajpat nagar ii, new delhi 110087, india.", "My address is [ADDRESS]."),
    ("my eircode is d06 p303 now", "my eircode is [POSTCODE] now"),
])
def test_round22_addresses_without_commas_abroad_and_in_lower_case(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # no Eircode, no European address, no street before a town
    "used e45 cream daily", "the a12 2020 roadworks", "the weg 12, 12345 people", "she is in a care home, and happy",
])
def test_round22_what_is_no_address_or_eircode(redactor, text):
    out = redactor.redact_one(text).text
    assert "[ADDRESS]" not in out and "[POSTCODE]" not in out


@pytest.mark.parametrize("text,expected", [
    # Round 22, second part: names signed "from" with a town or a role, an initial and a surname
    # after a sign-off, initials before a name in capitals, a name field above a hospital number,
    # names set off in lower case, an ordinary surname after "mrs"
    ("Good care. from ciaran rostami, asheville.", "Good care. from [NAME], asheville."),
    ("Lovely people. feedback from wayne lancaster (patient)", "Lovely people. feedback from [NAME] (patient)"),
    ("Thanks all. kind regards, g. bolton", "Thanks all. kind regards, [NAME]"),
    ("Speed up please. Kind regards, LL NOVAK", "Speed up please. Kind regards, [NAME]"),
    ("More truth. Name: Graham Malik\nHospital no: 4", "More truth. Name: [NAME]\nHospital no: 4"),
    ("owain (my son) was scared of needles", "[NAME] (my son) was scared of needles"),
    ("the young lad, ruaridh, who took my bloods was gentle", "the young lad, [NAME], who took my bloods was gentle"),
    ("i was in. mrs green on the phones was polite.", "i was in. mrs [NAME] on the phones was polite."),
])
def test_round22_names_signed_set_off_and_after_titles(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # no name: a team, a place, words between commas, a phrase after "mr"
    "Thanks. from all the staff, leeds.", "Thank you from Leeds General, thanks.", "the nurse, however, was rude",
    "the lad, bless him, was kind", "mr nice guy was there", "my sister (my sister) came",
])
def test_round22_what_names_no_one(redactor, text):
    assert "[NAME]" not in redactor.redact_one(text).text


@pytest.mark.parametrize("text,profile", [
    # Round 22's second read: what the first version took and must not. MS and MR scans; kisses and
    # ordinary words after an initial; hospitals signed "from"; pet names; dates that are ranks,
    # counts or fractions; "-ring" words; a city before six digits that is no city abroad; typos and
    # English words that are other spellings of cities; hospitals and practices named after people,
    # saints and trees; a rush; pests
    ("i have ms and was seen quickly", "standard"), ("had my mr scan on tuesday", "standard"),
    ("the ms team is great", "standard"), ("i came with the mrs who was nervous", "standard"),
    ("many thanks x. xxx", "standard"), ("thanks, a. lot", "standard"),
    ("thanks. from kings mill, mansfield.", "standard"), ("thanks again. from ninewells ae, dundee.", "standard"),
    ("bub (my son) was scared", "standard"), ("and hubs (my husband) too", "standard"), ("the lady, smh, was rude", "standard"),
    ("i am due 2nd jab next week", "hipaa_safe_harbor"), ("my op was 2nd on the list", "hipaa_safe_harbor"),
    ("my appointment was 1/2 hour late", "hipaa_safe_harbor"), ("review is 6/12 with the consultant", "hipaa_safe_harbor"),
    ("during 2020, 1500 leeds patients waited", "standard"), ("the Place Royal 4, Bristol 123456 people", "standard"),
    ("the nurses were kind to evry patient on the ward", "hipaa_safe_harbor"),
    ("i complained to manger and nobody rang back", "hipaa_safe_harbor"),
    ("the ward was in pristine and clean condition", "hipaa_safe_harbor"),
    ("sent to st james university hospital", "hipaa_safe_harbor"), ("we went to churchill community hospital", "hipaa_safe_harbor"),
    ("taken to the radcliffe infirmary", "hipaa_safe_harbor"), ("the willows practice was good", "hipaa_safe_harbor"),
    ("radcliffe was great", "hipaa_safe_harbor"), ("WE HAD TO RUSH HIM IN", "hipaa_safe_harbor"),
    ("One of the Pest people I have met", "hipaa_safe_harbor"),
])
def test_round22_second_read_false_alarms_stay(text, profile, redactor, hipaa_redactor):
    assert (redactor if profile == "standard" else hipaa_redactor).redact_one(text).text == text


@pytest.mark.parametrize("text,profile,kept", [
    # ... and words beside a find that stay: an ordinal after a ward's or room's code, adjectives
    # before a care home, "us" after an address, a county court, a given name after a town
    ("i was on ward c14 12th may", "standard", "c14 12th"), ("seen in room e12 10th of march", "standard", "e12 10th"),
    ("Dad is in a really nice nursing home, 4 High Street, Leeds now", "standard", "really nice nursing home, [ADDRESS]"),
    ("send to 12 mill lane, leeds, us both very grateful", "standard", "[ADDRESS], us both"),
    ("i was in leeds county court all day", "hipaa_safe_harbor", "county court"),
    # "angus" is a given name here too: the NER, which reads lower case since session 26, takes it
    ("i saw them in leeds angus came too", "hipaa_safe_harbor", "came too"),
])
def test_round22_second_read_words_beside_a_find_stay(text, profile, kept, redactor, hipaa_redactor):
    assert kept in (redactor if profile == "standard" else hipaa_redactor).redact_one(text).text


@pytest.mark.parametrize("text,expected", [
    # Round 23 (read on dev set 19): a surname in lower case after a given name found in lower case,
    # a listed given name before a surname spaCy does not know, in lower case
    ("please write to maricel lockwood at the old house", "please write to [NAME] at the old house"),
    ("written by sipho nwosu on behalf of my mother.", "written by [NAME] on behalf of my mother."),
    ("if u need it i'm clive kaya and i've been coming for years", "if u need it i'm [NAME] and i've been coming for years"),
    ("signed, george haddad. Noise at night", "signed, [NAME]. Noise at night"),
])
def test_round23_lower_case_surnames(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # given names that are words, before words spaCy knows; with no cue for a full name (medicines,
    # hospitals, wards); a contraction after a name (round 23's second read)
    "You were my rock in a stormy sea!", "everyone in a+e, max fax and theatres.", "I seem to have bitten lip during surgery",
    "my daughter lucy speaks Polish", "sent to st james university hospital", "gave harry calpol and it helped",
    "the john radcliffe was great", "on the lynn jarrett ward", "bella italia did our tea",
])
def test_round23_lower_case_words_that_are_no_surname(redactor, text):
    assert redactor.redact_one(text).text.count("[NAME]") == text.count("lucy")


@pytest.mark.parametrize("text,expected", [
    # Round 23: a day in words, "OF" in capitals (not a decimal after "on": a dose, a result); ages
    # after "she'll be" and before "the way"; kisses after a town
    ("Moved on the seventh of January, please update.", "Moved on [DATE], please update."),
    ("waiting since the sixteenth of december for a call", "waiting since [DATE] for a call"),
    ("MY APPOINTMENT ON 31ST OF AUGUST WAS CANCELLED", "MY APPOINTMENT ON [DATE] WAS CANCELLED"),
    ("She'll be ninety-seven next month and", "She'll be [AGE] next month and"),
    ("You wouldn't think she was 90 the way they chatted", "You wouldn't think she was [AGE] the way they chatted"),
    ("love to the kids in toronto xx", "love to the kids in [LOCATION] xx"),
    # no date, no age
    ("my sugar was on 6.8 this morning", "my sugar was on 6.8 this morning"), ("started on 2.5 of bisoprolol", "started on 2.5 of bisoprolol"),
    ("they'll be 90 in the waiting room", "they'll be 90 in the waiting room"),
    ("it was the first of many visits", "it was the first of many visits"),
])
def test_round23_hipaa_days_in_words_ages_and_kisses(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 24 (read on dev set 20): addresses abroad written out to their country, whatever the
    # house's or street's words, in any case and over lines
    ("Please send letters to Ward No. 7, Pokhara, Nepal thanks.", "Please send letters to [ADDRESS] thanks."),
    ("i have moved to rua das flores 12, 4050-262 porto, portugal, please update.",
     "i have moved to [ADDRESS], please update."),
    ("my son lives at plot 88\nentebbe road\nkampala\nuganda now", "my son lives at [ADDRESS] now"),
    ("post goes to kebele 03, house 12, addis ababa, ethiopia still", "post goes to [ADDRESS] still"),
    ("Collect me from Laisvės al. 53, LT-44309 Kaunas, Lithuania at 10.", "Collect me from [ADDRESS] at 10."),
    ("we are at 14 kauri st, remuera, auckland 1050, nz now", "we are at [ADDRESS] now"),
    ("write to Via Garibaldi 9\n10122 Torino\nItaly please", "write to [ADDRESS] please"),
    ("LETTERS TO HOUSE NO. 45, STREET 7, F-8/3, ISLAMABAD NOT THE OLD ONE", "LETTERS TO [ADDRESS] NOT THE OLD ONE"),
    # a flat in a named building, a house's name before a street with no number, a street on its own line
    ("we moved to flat 9, ash court, 22 park road, leeds last year", "we moved to [ADDRESS] last year"),
    ("can someone visit me at bryn awel, station road, crickhowell, powys?", "can someone visit me at [ADDRESS]?"),
    ("dad's care home is the laurels, oak avenue,\nbuxton. staff are kind", "dad's care home is [ADDRESS]. staff are kind"),
    ("we live at 17 westgate\nhexham\nnorthumberland. fab care", "we live at [ADDRESS]. fab care"),
    # a state in any case before a ZIP where the clause ends
    ("our claim is filed in TEXAS 75201.", "our claim is filed in TEXAS [ZIP]."),
    ("my mail goes to a box in az 85001. thanks", "my mail goes to a box in az [ZIP]. thanks"),
    # names: after a greeting sent on, "shout out 2", "call ... on", an initial after "i am" or thanks,
    # a full name opening a line before an address, a surname then what a person does
    ("Say hi to shaz for us! Great team", "Say hi to [NAME] for us! Great team"),
    ("massive shout out 2 Dragos on the desk", "massive shout out 2 [NAME] on the desk"),
    ("Please call tariq hussain on 07700 900123.", "Please call [NAME] on [PHONE]."),
    ("Thank you r. okonkwo. Lovely care", "Thank you [NAME]. Lovely care"),
    ("cheers for everything i am t. adeyemi, still waiting", "cheers for everything i am [NAME], still waiting"),
    ("imogen whitlock, 9 holly lane, ludlow, shropshire", "[NAME], [ADDRESS]"),
    ("Rang twice.  carys kowalczyk from the memory team rang back", "Rang twice.  [NAME] from the memory team rang back"),
    # a middle initial, then a surname that is also a word where the clause goes on (not "very happy")
    ("My name is svetlana l walker and I have been", "My name is [NAME] and I have been"),
    ("my name is jane m very happy", "my name is [NAME] m very happy"),
])
def test_round24_addresses_abroad_flats_zips_and_names(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # no address, no name: a year before a city and country, a hospital ward with no country, a
    # phone bill, a call tree, a restaurant, "say hi to" a group, a place before "did"
    "In 2019, Lagos, Nigeria was where I trained.", "I was on ward 5, then moved to ward 7, Leeds was good",
    "we flew home to Delhi, India after", "I cannot afford a phone bill like that", "mention at the call tree, frustrating",
    "say hi to everyone on the ward", "shout out 2 everyone", "bella italia did our tea", "thank you a. lot",
    "please call back on the number", "Thanks, the team",
])
def test_round24_what_stays(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,expected", [
    # under hipaa: a town that is also a given name after "in"/"near", towns after "out of", before
    # "visiting", "myself", "deserves"; before a ward or "staff", after a comma before a service; a day
    # after "born", "DOB", "date of birth is"
    ("the midwives in kendal were angels", "the midwives in [LOCATION] were angels"),
    ("I had my knee done in elgin and it went well", "I had my knee done in [LOCATION] and it went well"),
    ("the clinic moved out of inverness last year", "the clinic moved out of [LOCATION] last year"),
    ("over from boston visiting my sister and fell ill", "over from [LOCATION] visiting my sister and fell ill"),
    ("i trained in swansea myself, great team", "i trained in [LOCATION] myself, great team"),
    ("please sort the pontefract ward out", "please sort the [LOCATION] ward out"),
    ("great job. gainsborough staff are lovely", "great job. [LOCATION] staff are lovely"),
    ("be quicker, chipping norton walk-in centre sent me here", "be quicker, [LOCATION] walk-in centre sent me here"),
    ("my son was born the 14th, the midwives", "my son was born [DATE], the midwives"),
    ("DOB the 3rd and they still got it wrong", "DOB [DATE] and they still got it wrong"),
    ("My date of birth is the 9th. Not the 19th", "My date of birth is [DATE]. Not the 19th"),
    # no town, no date
    ("she was born the 2nd of 3 kids", "she was born the 2nd of 3 kids"), ("the ward staff were great", "the ward staff were great"),
    ("on the sycamore ward for a week", "on the sycamore ward for a week"), ("out of hours was fine", "out of hours was fine"),
])
def test_round24_hipaa_towns_and_days(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # Round 24's second read (a helper's own sentences): no address in a count, a dose, an age, a
    # bay or a flight before a city and country; no address in a plural after a cue and a line
    # break; no house's name in a word before a street; no name in a germ or a region after an
    # initial, in a relative, ward or slang after "say hi to", in a phone bill, in a hospital or a
    # charity named after a person, in ward jargon after a given name
    "My husband had 2 strokes, Mumbai, India and here", "Aged 5, Kingston, Jamaica, I came over",
    "Flight BA 123, Lagos, Nigeria was delayed", "Ward 5, Lisbon, Portugal trained nurse was lovely",
    "I have lived at 3 different addresses\nsince then", "please send the results to 2 doctors\nnot one",
    "my new care home is lovely, station road, ripon", "I was living in fear, high street, leeds was not safe",
    "we moved to the ward, victoria road, leeds hospital", "we went to tesco, high street, leeds for food",
    "I suffered from c. diff for weeks", "bacteria from h. pylori", "i am from w. yorkshire", "love from n. wales",
    "say hi to grandma", "say hi to hubby", "say hello to radiology", "say hi to ur mum", "say thanks to resus",
    "my phone bill at the end was huge", "ring april on the day", "john radcliffe was brilliant for my op",
    "marie curie were amazing at the end", "then amy sdec came",
])
def test_round24_second_read_what_stays(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text", [
    # (spaCy's NER may still take a city here for a name: no address either way)
    "I took 2 paracetamol, Accra, Ghana style remedies too", "We waited 6 hours, Lisbon, Portugal would have been quicker",
])
def test_round24_second_read_no_address_in_a_count(redactor, text):
    assert "[ADDRESS]" not in redactor.redact_one(text).text


@pytest.mark.parametrize("text", [
    # ... and under hipaa, birth order after "born" is no date
    "she was born 2nd, ten minutes after her brother", "i was born the 3rd eldest of five", "I'm born 3rd generation Irish",
    "she was born 1st in her class",
])
def test_round24_second_read_hipaa_what_stays(hipaa_redactor, text):
    assert hipaa_redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,expected", [
    # Round 25 (read on dev set 21): a name written surname first after a form's field or "re:", in
    # any case; what a badge said; a listed given name in lower case before what a person does
    # ("sat", "emailed", "brill", "on the night shift", "'s sense of humour")
    ("patient name: okoro, adaeze, please pass this on.", "patient name: [NAME], please pass this on."),
    ("re: petrov, ivan - a thank you to the ward.", "re: [NAME] - a thank you to the ward."),
    ("completed by lindqvist, freya (daughter)", "completed by [NAME] (daughter)"),
    ("patient: achterberg, hyacinth", "patient: [NAME]"),
    ("her badge said thiago. Made the tea", "her badge said [NAME]. Made the tea"),
    ("the name on his badge was tomasz wrobel, please thank him.", "the name on his badge was [NAME], please thank him."),
    ("mhairi sat with me when i was scared", "[NAME] sat with me when i was scared"),
    ("delroy emailed me the letter", "[NAME] emailed me the letter"),
    ("great team. bogdan brill.", "great team. [NAME] brill."),
    ("layla on the night shift was rude", "[NAME] on the night shift was rude"),
    ("mohammad's sense of humour got me through", "[NAME]'s sense of humour got me through"),
    # no name: a field's words, a place, a word before a comma
    ("re: waiting, times are long", "re: waiting, times are long"), ("Patient name: lovely, staff", "Patient name: lovely, staff"),
    ("re london, paris", "re london, paris"), ("her badge said nurse", "her badge said nurse"),
    ("the rota on the night shift was rubbish", "the rota on the night shift was rubbish"),
    ("the receptionist, anna, was kind", "the receptionist, [NAME], was kind"), ("knee rehab, claim 4", "knee rehab, claim 4"),
])
def test_round25_surname_first_badges_and_lower_names(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # Round 25's last read (a helper's own sentences): a badge's role, grade or state; clinical
    # shorthand, benefits and thanks after a field; callings among the given names
    "her badge said hca", "her badge said rgn so i knew she was qualified", "his badge was upside down",
    "her badge was hidden", "her badge said hello my name is", "re: sdec, amu", "re: ultrasound, dexa", "re: Tuesday, Wednesday",
    "patient: bmi, obese", "filled in by proxy, ta", "re: pip, esa", "imam sat with us and prayed",
    "porter on the night shift was lovely", "santa at reception gave the kids presents",
])
def test_round25_last_read_what_stays(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,expected", [
    # Round 26 (read on dev set 21), hipaa only: an age in brackets after a name; a day in words
    # after "on the" where the clause ends (not a floor or an attempt)
    ("My dad, Kelly Ionescu (103), from the village.", "My dad, [NAME] ([AGE]), from the village."),
    ("Operation was on the fourth. The nurse was kind", "Operation was on [DATE]. The nurse was kind"),
    ("told to come back on the seventh but nobody booked it", "told to come back on [DATE] but nobody booked it"),
    ("we were on the fourth floor", "we were on the fourth floor"), ("on the second attempt it worked", "on the second attempt it worked"),
    ("ward 4 (92) was busy", "ward 4 (92) was busy"),
])
def test_round26_hipaa_ages_after_names_and_days_in_words(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 27 (read on dev set 22): a listed given name in lower case with no cue, where no
    # English word (WordNet, spaCy's stop words) is spelt so; a surname in capitals before a
    # listed given name; a name before a date of birth; a name signed with the writer's relation to
    # the patient; two initials; an initial after "patient:"; "bothered"
    ("only anjali bothered to ring me back", "only [NAME] bothered to ring me back"),
    ("looked after by wojciech and the other lads", "looked after by [NAME] and the other lads"),
    ("why did oluwaseun tell me one thing and the doctor another", "why did [NAME] tell me one thing and the doctor another"),
    ("let down by vicky i've shared a lot", "let down by [NAME] i've shared a lot"),
    ("patient: oluwaseun castillo. filled in by her son", "patient: [NAME]. filled in by her son"),
    ("patient: c. pérez. filled in by daughter", "patient: [NAME]. filled in by daughter"),
    ("regards, a.e. dunmore", "regards, [NAME]"),
    ("KONSTANTINOU, Yiannis, DOB 23/06/1942, was my mum.", "[NAME], DOB [DATE_OF_BIRTH], was my mum."),
    ("Many thanks, PINNOCK, Winston", "Many thanks, [NAME]"),
    ("winston morrison, dob 25/08/1990, was my mum.", "[NAME], dob [DATE_OF_BIRTH], was my mum."),
    ("All fine.\nPatience (patient's wife)", "All fine.\n[NAME] (patient's wife)"),
    # what stays: eponyms, saints, typed words that are also names, a place's word, a service's
    # acronym, a nation's own name, ward shorthand, a date of birth's cue after a relative
    ("i have addison's disease", "i have addison's disease"), ("we were at st. bernadette's for years", "we were at st. bernadette's for years"),
    ("clinic kept sayin my op date was coming", "clinic kept sayin my op date was coming"),
    ("please emil me the letter", "please emil me the letter"), ("the maternity unit looked afer me", "the maternity unit looked afer me"),
    ("originally from ho chi minh city, great care", "originally from ho chi minh city, great care"),
    ("PALS, Grace", "PALS, Grace"), ("Referred by CAMHS, Holly.", "Referred by CAMHS, [NAME]."), ("the prem babies are well cared for", "the prem babies are well cared for"),
    ("bella italia did our tea", "bella italia did our tea"), ("my mum, dob 2/3/40, was seen", "my mum, dob [DATE_OF_BIRTH], was seen"),
    ("whIlst remaInIng carIng and delIvered", "whIlst remaInIng carIng and delIvered"),
])
def test_round27_bare_lower_names_and_clinical_name_forms(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 27, hipaa: "year" mistyped before "old"; an age after "she's"/"I'm" unless a unit
    # follows; a bracketed name between the person and "is"; an age between commas after a name
    ("Not bad for a 98 yeer old! Everyone was kind", "Not bad for a [AGE] yeer old! Everyone was kind"),
    ("My grandmother is 101 yeas old and deserves better", "My grandmother is [AGE] yeas old and deserves better"),
    ("She's 94 naxt month and still sharp.", "She's [AGE] naxt month and still sharp."),
    ("Nan (Stacey) is ninety and was so well looked after.", "Nan ([NAME]) is [AGE] and was so well looked after."),
    ("my mum shirley souza, 92, was seen quickly.", "my mum [NAME], [AGE], was seen quickly."),
    ("he's 90 minutes late again", "he's 90 minutes late again"), ("she's 100 percent right", "she's 100 percent right"),
    ("I'm 100% sure", "I'm 100% sure"), ("the score (out of 100) is 95 and", "the score (out of 100) is 95 and"),
    ("Room 5, 92, was dirty", "Room 5, 92, was dirty"), ("Nan was lovely to me", "Nan was lovely to me"),
    ("Porter was rude", "Porter was rude"),
])
def test_round27_hipaa_ages(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    # Round 27's second read (a helper's own sentences): typos one keystroke from a word, prayers,
    # family words and food in other languages, slang, voice assistants and games, places, shops and
    # likenesses after "from", "at", "played", "like"; charities named after people; months in other
    # languages; word names before "dob"; an ordinary word before "(patient's wife)"; germs after
    # "patient:"
    "greta service from start to finish", "manny thanks to all the staff", "the nurses were siper helpful",
    "thank you all may allah reward you ameen", "the doctor spoke to my mami in punjabi", "gonna be honest the food was peng",
    "i asked alexa to call the surgery", "my grandson played mario all day", "i travelled from skye for the appointment",
    "i shop at zara", "the nurse was a bit like hedwig", "sue ryder staff were angels", "anthony nolan found a donor",
    "my appointment was on juli 3rd", "came back in julio for the follow up", "ruby wedding dob",
    "Lovely (patient's wife)", "patient: c. diff positive", "patient: h. pylori treated",
])
def test_round27_second_read_what_stays(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,expected", [
    # Round 27: the case notes a number names; a given name joined to a titled name
    ("case notes (m803 5678) were lost twice.", "case notes ([HOSPITAL_NUMBER]) were lost twice."),
    ("my case notes were lost twice", "my case notes were lost twice"),
    ("the case notes (2 folders) were lost", "the case notes (2 folders) were lost"),
    ("Rose and Ms Lam were all brilliant.", "[NAME] and Ms [NAME] were all brilliant."),
    ("The ward and Dr Patel were great", "The ward and Dr [NAME] were great"),
    ("Aye, Dr Patel knew his stuff", "Aye, Dr [NAME] knew his stuff"),
])
def test_round27_case_notes_and_names_before_titles(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 27, hipaa: "from", "near" and "between" mistyped before a town (none of these spellings
    # is a word; "form" is, and stays no cue)
    ("came fram basingstoke to penzance for this", "came fram [LOCATION] to [LOCATION] for this"),
    ("best hospital betwen crawley and killarney. my", "best hospital betwen [LOCATION] and [LOCATION]. my"),
    ("appointments niarer pontypridd. my", "appointments niarer [LOCATION]. my"),
    ("i was visiting frm tulsa and you looked after me", "i was visiting frm [LOCATION] and you looked after me"),
    ("I filled in the form leeds sent me", "I filled in the form leeds sent me"),
])
def test_round27_hipaa_mistyped_place_cues(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text,expected", [
    # Round 27, read on dev set 21's addresses: the country alone on the line after an address; a
    # state written out in any case before a ZIP; a house's name in lower case before a numbered
    # street. A last read's false alarms: a country's or a people's word opening the next line's
    # sentence, one's own house, a kind of house, a volume or a bed in brackets after "case notes"
    ("letters go to 9743 sunset drive\nspringfield, il 18385\nusa\nthanks", "letters go to [ADDRESS]\nthanks"),
    ("Flat 2\n3 Oak Road\nLuton LU1 1AA\nWelsh speaking staff would help", "[ADDRESS]\nWelsh speaking staff would help"),
    ("update my details: apt 1d, 570 spruce street, pittsburgh, pennsylvania 80251. thanks",
     "update my details: [ADDRESS]. thanks"),
    ("send it to 9 pine road, columbus, ohio 43004 please", "send it to [ADDRESS] please"),
    ("took me home to my nan's bungalow, 4 mill lane, settle", "took me home to my nan's bungalow, [ADDRESS]"),
    ("we live in an ex-council house, 4 mill lane, leeds", "we live in an ex-council house, [ADDRESS]"),
    ("the case notes (vol 3) were lost", "the case notes (vol 3) were lost"),
    ("a card came frim Jordan on ward 4", "a card came frim [NAME] on ward 4"),
    ("the driver couldn't find willow lodge, 100 station gardens, llanelli and rang me twice.",
     "the driver couldn't find [ADDRESS] and rang me twice."),
    ("i moved from my house, 12 oak road, leeds last year", "i moved from my house, [ADDRESS] last year"),
    ("a lovely house, 12 oak road, leeds", "a lovely house, [ADDRESS]"),
])
def test_round27_addresses(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "come to hillcrest, mill lane, reading was hard",
    "the care home is hillcrest, beech terrace, bath time was late",
    "she is at ty gwyn, mill lane, bath and happy",
])
def test_house_name_before_a_word_town_ends(redactor, text):
    # A house's name found before a street in lower case, then a town that is also a word: the
    # search for streets went back to the house's name and looped for ever (dev set 24 hung).
    import signal

    def _hang(signum, frame):
        raise TimeoutError(f"redaction did not end: {text!r}")
    old = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(20)
    try:
        out = redactor.redact_one(text).text
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert "mill lane" in out or "beech terrace" in out


# Round 28, read on dev set 23's misses (dev set 24 scored unread before it).
@pytest.mark.parametrize("text, expected", [
    # a lower-case surname with no cue, where it closes a clause or comes before a verb
    ("serkan pereira - my named nurse - was fantastic.", "[NAME] - my named nurse - was fantastic."),
    ("ffion robinson is a credit to the nhs.", "[NAME] is a credit to the nhs."),
    ("great staff. sophie jenkins, yo22 3jq", "great staff. [NAME], [POSTCODE]"),
    ("great care.\nyours faithfully, maricel powell", "great care.\nyours faithfully, [NAME]"),
    ("i want to mention gillian jenkins who was so kind", "i want to mention [NAME] who was so kind"),
    # a name said to be someone's role, or from a team
    ("Holly was the nurse who looked after me and she was kind.", "[NAME] was the nurse who looked after me and she was kind."),
    ("PATEL WAS THE SURGEON AND HE WAS GREAT.", "[NAME] WAS THE SURGEON AND HE WAS GREAT."),
    ("Konstantinou from the pain team was brilliant.", "[NAME] from the pain team was brilliant."),
    # a name to call on a number, on a badge, in a field in capitals, a nickname, after "staff, including"
    ("Please call Kemi on 0113 496 0364.", "Please call [NAME] on [PHONE]."),
    ("Please call PALS on 0113 496 0364.", "Please call PALS on [PHONE]."),
    ("Please call Reception on 0113 496 0364.", "Please call Reception on [PHONE]."),
    ("THE NAME ON HIS BADGE WAS JEAN-PIERRE.", "THE NAME ON HIS BADGE WAS [NAME]."),
    ("Staff mmber: TANG, Lily. That nurse was there for me.", "Staff mmber: [NAME]. That nurse was there for me."),
    ("The porter - Big Dave I think - was a right laugh.", "The porter - [NAME] I think - was a right laugh."),
    ("Staff, including danno, very friendly.", "Staff, including [NAME], very friendly."),
    # addresses: a region before the country; a street abroad with no code before its country
    ("the ambulance went to flat 17, lotus apartments, mg road, kochi 682004, kerala, india instead",
     "the ambulance went to [ADDRESS] instead"),
    ("I live at Strada Unirii nr. 61, Cluj-Napoca, Romania and had to wait.", "I live at [ADDRESS] and had to wait."),
    ("i live in dayton, oh 76822 and was visiting family.", "i live in dayton, oh [ZIP] and was visiting family."),
])
def test_round28_names_and_addresses(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "the lady from the ward rang",
    "Everyone from the ward was kind.",
    "She was the nurse on duty.",
    "Mum was the carer.",
    "Referred to PICU, she was lovely",
    "all staff including paracetamol were great",
    "we had to drive to Stanley for the scan",
    "I live near Preston and it was quick",
    "my home is leeds, lovely, england.",
    "you may 2022 be right",
    # a second read's false alarms of the first version
    "FY1 was the doctor on call and SHO was the doctor too", "my SHO from the surgical team was kind",
    "oramorph from the ward took ages", "Patience was the doctor's best quality", "PALS from the complaints team rang",
    "the one i saw tbh was the best doctor", "phone Sainsburys on the number", "his badge read Macmillan.",
    "staff including chefs made dad a special meal", "all staff including hcas were lovely",
    "Avenue Ward 3, Leeds, England was clean", "Via Teams 2, London, England is how the consultant saw me",
    "we drove through Stanley to get there", "dad supports Preston",
])
def test_round28_what_stays(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text, expected", [
    ("ambulance took 3 hrs to reach us in kingston upon hull had to go to corby fr the scan.",
     "ambulance took 3 hrs to reach us in [LOCATION] had to go to [LOCATION] fr the scan."),
    ("the ambulance took me to newcastle-under-lyme insstead of the nearest hospital.",
     "the ambulance took me to [LOCATION] insstead of the nearest hospital."),
    ("ambulance took 3 hrs to reach us in morley Very happy", "ambulance took 3 hrs to reach us in [LOCATION] Very happy"),
    ("home is madison, wi 52644 so the insurance", "home is [LOCATION], wi [ZIP] so the insurance"),
    ("the transport booked for 5 may 2022 never turned up.", "the transport booked for [DATE] never turned up."),
    ("my mother in law, 96 yrs, was very confused.", "my mother in law, [AGE] yrs, was very confused."),
    ("For an old boy of 90 I thought I'd be seen sooner.", "For an old boy of [AGE] I thought I'd be seen sooner."),
    ("a sweet old lady of 97 should not wait", "a sweet old lady of [AGE] should not wait"),
])
def test_round28_hipaa(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "you are 95% sure and you are 90 minutes late",
    "you are 95 in the queue", "you're 97 on the waiting list", "you are 98 on your sats",
    "an old boy of 90 kg", "a fella of 100 on the waiting list", "you may 10 2023 be seen quicker", "top 10 may 2024 list",
    "got a letter in march, my 12345 number",
    "he sat on chairs in the waiting room Very long wait",
    "i was under the weather upon arrival",
    "worked in pharmacy Then left",
])
def test_round28_hipaa_what_stays(hipaa_redactor, text):
    assert hipaa_redactor.redact_one(text).text == text


# Round 29, read on dev set 24's misses (dev set 25 scored unread before it).
@pytest.mark.parametrize("text, expected", [
    # a surname, a comma and a given name after a person's role or relation, or thanks
    ("Our neighbour HERRERA, Tyrone found him and called 999.", "Our neighbour [NAME] found him and called 999."),
    ("My physio, Saleh, Nikos, was great.", "My physio, [NAME], was great."),
    ("Thank you to Gutiérrez, Nikos foor everything.", "Thank you to [NAME] foor everything."),
    # a given name in lower case set off after a role
    ("best nurse - daniel.", "best nurse - [NAME]."),
    ("the young man, ana paula, was a perfect gentleman.", "the young man, [NAME], was a perfect gentleman."),
    # what a badge said, mistyped, in lower case; "ask 4"; "re:" before a full name; "(patient)"
    ("his name badge sid mateo and the whole team", "his name badge sid [NAME] and the whole team"),
    ("ask 4 Amber shes the best", "ask 4 [NAME] shes the best"),
    ("re: ngozi hughes-davies. Staff helpful", "re: [NAME]. Staff helpful"),
    ("I was not impressed.  Venkatesh, Karim (patient)", "I was not impressed.  [NAME] (patient)"),
])
def test_round29_names(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "my nurse, lovely, kind and caring",
    "the nurse - lovely lady.",
    "the doctor - amazing.",
    "the badge said nurse",
    "Very good (patient)",
    "Thank you (patient)",
])
def test_round29_what_stays(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text, town", [
    ("as a visitor from valencia i was impressed.", "valencia"),
    ("travelled frm Kendal 4 nothing", "Kendal"),  # (NER may call it a name: either placeholder removes it)
])
def test_round29_hipaa_towns(hipaa_redactor, text, town):
    out = hipaa_redactor.redact_one(text).text
    assert town not in out and out.startswith(text[:text.index(town)])


# A helper's 352 sentences of identifiers in trusts' formats (372 of 380 caught): cue words mistyped.
@pytest.mark.parametrize("text, expected", [
    ("my refrence is EBM 9868282, lovely nurses though.", "my refrence is [ID], lovely nurses though."),
    ("my number is 38032/667 and refrence ZB00 94 94 Z, thanks", "my number is [ID] and refrence [ID], thanks"),
    ("Thank you to ward 9. HOSPITAL NUMER\n64041/042, still waiting", "Thank you to ward 9. HOSPITAL NUMER\n[HOSPITAL_NUMBER], still waiting"),
    # the cue after the number, behind a dash or "the"
    ("they told me to use NZ 24677 0 - that's my booking ref asap", "they told me to use [HOSPITAL_NUMBER] - that's my booking ref asap"),
    ("cardiac ward. 950446 is the refrence on the letter", "cardiac ward. [HOSPITAL_NUMBER] is the refrence on the letter"),
])
def test_mistyped_identifier_cues(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "I was given a refrence to the physio", "the numer of people waiting was 12",
    "Pls can someone ring me back", "Dose went up from 5mg to 10mg after 2 weeks",
    "the 2nd is the ref for the match", "ward 12 is the reference ward for strokes",
])
def test_mistyped_cues_and_openers_stay(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text,expected", [
    # Session 26: the name NER, retrained with lower-case copies, reads texts with no capital or with a
    # listed given name in lower case; a surname or a name no rule has a cue for goes too.
    ("Food was fine. seen by okonkwo adeyemi in the clinic", "Food was fine. seen by [NAME] in the clinic"),
    ("big thanks to guadalupe and lennox on the ward", "big thanks to [NAME] and [NAME] on the ward"),
    # what it finds in lower case must look like a name: no dictionary word, medicine or slip alone
    ("pepper and salt were on the table for jacinta", "pepper and salt were on the table for [NAME]"),
    ("the dose went up and the resus team came", "the dose went up and the resus team came"),
    ("manny thanks to all of you", "manny thanks to all of you"),
])
def test_session26_lower_case_names_the_ner_reads(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", ["the care home called an ambulance", "They called an ambulance straight away."])
def test_called_an_ambulance_names_no_one(redactor, text):
    # "An" is a listed given name; after "called" it was taken for one in every such real comment.
    assert redactor.redact_one(text).text == text


# Round 31, read on dev set 25's misses (dev set 26 beside it, dev set 27 scored unread before and after).
@pytest.mark.parametrize("text, expected", [
    # the cue after the number in brackets with no "my"; records "under" a number; a US local number after "call me back on"
    ("t 167 0238 (hospital number)\nthanks", "[HOSPITAL_NUMBER] (hospital number)\nthanks"),
    ("Please note my records are under PX 231 6043.\nGood.", "Please note my records are under [HOSPITAL_NUMBER].\nGood."),
    ("Please call me back on 555-0174. travelled far", "Please call me back on [PHONE]. travelled far"),
    # a surname, a comma and a given name after "seen by" or what a badge said; after a staff member's field
    ("Seen by Mutua, Zihan who was very thorough.", "Seen by [NAME] who was very thorough."),
    ("I think her name badge said Ribeiro, Nguyet. Staff kind", "I think her name badge said [NAME]. Staff kind"),
    ("name of staff member: h. popescu Phone consultation", "name of staff member: [NAME] Phone consultation"),
    # a full name in lower case after "seen by"; a listed given name before a name found; after "me and"
    ("seen by heather van der berg who was very thorough", "seen by [NAME] who was very thorough"),
    ("she is grateful to everyone thx 2 mohammed ali u r a star x", "she is grateful to everyone thx 2 [NAME] u r a star x"),
    # a name set off before whose relative it is, a word-name too, in capitals too
    ("I came in with Summer, my grandad, who has dementia.", "I came in with [NAME], my grandad, who has dementia."),
    ("Good care.\nI CAME IN WITH IVY, MY FIANCÉ, WHO HAS DEMENTIA.", "Good care.\nI CAME IN WITH [NAME], MY FIANCÉ, WHO HAS DEMENTIA."),
    # a family named by a surname with letters beyond ASCII, or ending "-ić"/"-vic"
    ("From all the Kılıç family, thank you.", "From all the [NAME] family, thank you."),
    ("Thanks from the Jovanovic family", "Thanks from the [NAME] family"),
    # a long cue word or "number" mistyped by one letter before an identifier of four digits or more
    ("Quuote 8198.204 if you need to find my records.", "Quuote [ID] if you need to find my records."),
    ("my hosptial nubmer is 44712231 thanks", "my hosptial nubmer is [HOSPITAL_NUMBER] thanks"),
    # a nickname before a listed given name; short forms staff go by; a month thanked
    ("The physio (Little Steve I think?) was really encouraging.", "The physio ([NAME] I think?) was really encouraging."),
    ("no appts - ask for mags, she is brilliant.", "no appts - ask for [NAME], she is brilliant."),
    ("A servIce that caters. nurse jun deserves a medal", "A servIce that caters. nurse [NAME] deserves a medal"),
    ("Thank you Jun. No grumbles from me.", "Thank you [NAME]. No grumbles from me."),
    ("Fine. comments for selin: thank you so much.", "Fine. comments for [NAME]: thank you so much."),
])
def test_round31_identifiers_and_names(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "my records are under my maiden name",
    "me and mum have been waiting", "me and the kids have been", "Thanks, my wife was happy", "Sunday, my husband came",
    "Fine.\nWILL, MY SON, CAME", "the Renal family were lovely", "Thank you, my mum is happy",
    "it was quite 2000 people", "police 1234 came", "We went to Little Houghton surgery", "a little bit of pain",
    "comments for staff: great", "Comments for the ward: good", "comments for improvement: none", "Jun 2023 was busy",
    # a second read's sentences (round 31's first version took each of these)
    "Step 3 (NHS number)", "got a text from 60060 (booking ref)", "my records are under S136 from years ago",
    "walked round the hospita 10000 steps a day",
    "Name of staff member: p.s. thx for everything", "name: a.m. obs nurse", "i was seen by ed staff",
    "seen by nicu team straight away", "looked after by frank and honest staff", "me and copd have been battling", "So, my husband was admitted", "OK, MY HUSBAND WAITED 9 HOURS",
    "At the Royal, my wife had her baby", "In Jordan, my brother was ill", "Comments for ED: please get more chairs",
    "comments for dermatology: lovely", "Thank you Sept intake of students",
])
def test_round31_what_stays(redactor, text):
    assert redactor.redact_one(text).text == text


@pytest.mark.parametrize("text, expected", [
    # a ward or a role before a name, a month after a service, "Little" after "from" stay out of the name
    ("staff on nicu Sarah and Amy", "staff on nicu [NAME] and [NAME]"),
    ("the pa Ahmed explained", "the pa [NAME] explained"),
    ("Treated by Haematology, August 2023 till now", "Treated by [NAME], August 2023 till now"),
    ("we drove from Little Haywood", "we drove from Little [NAME]"),
])
def test_round31_names_keep_their_neighbours(redactor, text, expected):
    # (Haematology and Haywood were taken for names before round 31; the words around them stay)
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("I am in my ninety-fourth year and have never been treated better.", "I am in my [AGE] year and have never been treated better."),
    ("Fine.  I AM IN MY 101ST YERA AND HAVE NEVER BEEN TREATED BETTER.", "Fine.  I AM IN MY [AGE] YERA AND HAVE NEVER BEEN TREATED BETTER."),
    ("He celebrated his hundred and first birthday on the ward", "He celebrated his [AGE] birthday on the ward"),
    ("dad who is 90yrs was very frightened.", "dad who is [AGE]yrs was very frightened."),
    ("On Weds the 23rd I waited six hours.", "On [DATE] I waited six hours."),
    ("been with this surgery since we moved to kendal.", "been with this surgery since we moved to [LOCATION]."),
    ("got the train from buffalo and still made it on time.", "got the train from [LOCATION] and still made it on time."),
])
def test_round31_hipaa(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "dad was moved to itu", "moved to sycamore ward", "we moved to sycamore ward", "the 95th year of the hospital",
    "The League of Friends, now in their 100th year", "we moved to deal with the problem ourselves",
    "she is 95 years since", "the bus from town was late",
])
def test_round31_hipaa_what_stays(hipaa_redactor, text):
    redacted = hipaa_redactor.redact_one(text).text
    assert "[LOCATION]" not in redacted
    # "she is 95" is an age by an older pattern; every other text stays whole
    assert redacted == text or text == "she is 95 years since"


# Round 32 (hipaa), read on dev sets 24 and 25's misses (dev set 28 scored unread before and after).
@pytest.mark.parametrize("text, expected", [
    # where one comes from: a town that is also a given name, a city abroad before "and" or "way"
    ("we come from houston way", "we come from [LOCATION] way"),
    ("relocated froom houston, tx and this is", "relocated froom [LOCATION], tx and this is"),
    ("i'm originally from łódź and the interpreter was great", "i'm originally from [LOCATION] and the interpreter was great"),
    # two towns in lower case listed together with no cue
    ("lutterworth, melbourne and now here - three hospitals!", "[LOCATION], [LOCATION] and now here - three hospitals!"),
    # "old boy of 97" with no article, at a sentence's start
    ("old boy of 97 here - keep up the good work.", "old boy of [AGE] here - keep up the good work."),
    # round 33, read on dev set 26: a person's ordinal alone, "the grand old age of", a late relative's
    # age after a lower-case name, a city abroad before "I", "we r from"
    ("We had a party for his 91st on the ward.", "We had a party for his [AGE] on the ward."),
    ("We were all there for my nan's hundredth and the nurses joined in.",
     "We were all there for my nan's [AGE] and the nurses joined in."),
    ("At the grand old age of a hundred and five, I have seen", "At the grand old age of [AGE], I have seen"),
    ("My late wife guadalupe ramírez was 95 when she passed", "My late wife [NAME] was [AGE] when she passed"),
    ("Having lived in izmir I can tell you", "Having lived in [LOCATION] I can tell you"),
])
def test_round32_hipaa(hipaa_redactor, text, expected):
    assert hipaa_redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", [
    "came from bath and", "came from work and", "travelled from home and", "came from the ward and",
    "came from will and went", "salt and pepper", "bread, milk and eggs", "nurses, doctors and porters",
    "thank you to wright and moore for everything", "an old boy of 90 kg",
    "his 95th minute", "the hospital's 100th anniversary", "my 92nd time calling", "his 3rd on the list",
])
def test_round32_hipaa_what_stays(hipaa_redactor, text):
    assert hipaa_redactor.redact_one(text).text == text


# Round 34, read on dev set 26's name misses (dev sets 27 and 28 unread).
@pytest.mark.parametrize("text, expected", [
    # a lower-case name before "the" and a role written in capitals, or "the domestic"
    ("Had to get a taxi.\ndeqa the HCA was amazing with my mum.", "Had to get a taxi.\n[NAME] the HCA was amazing with my mum."),
    ("sam the DOCTOR was kind", "[NAME] the DOCTOR was kind"),
    # "Little" before a listed given name after "from" or "to" (not a village's "-wood", "-ford")
    ("Apart from Little Jen, nobody told us anything.", "Apart from [NAME], nobody told us anything."),
    ("babs from shildon was lush", "[NAME] from shildon was lush"),
])
def test_round34_names(redactor, text, expected):
    assert redactor.redact_one(text).text == expected


@pytest.mark.parametrize("text", ["hope the Nurse is ok", "may the doctor see me", "will the nurse come"])
def test_round34_what_stays(redactor, text):
    assert redactor.redact_one(text).text == text
