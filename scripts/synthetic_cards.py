"""Persona cards for synthetic writing (issue 17): one card per text to write.

A card fixes what a writer cannot be trusted to vary on its own (platform, country, specialty,
stars, length, voice, what the text should be about), so that the distributions in the data card
are set here, by seed, and can be checked afterwards. Writers record what they meant to write
(`intended`); the training labels come later from annotators who see only the text.

    python scripts/synthetic_cards.py            # writes data/synthetic/cards/*.jsonl

The cards are committed; rerunning with the same seed rewrites identical files.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

PILLARS = ["integrity", "resolution", "expectations", "time_and_effort", "personalization", "empathy"]
PITFALLS = ["tone", "ignored_feedback", "unadmitted_mistake", "no_patient_perspective",
            "one_person_reliance", "staff_wellbeing"]
URGENT_REASONS = ["self_harm", "abuse_or_neglect", "violence_or_threat", "clinical_harm", "staff_misconduct"]

PLATFORMS = {  # platform -> country
    "google_uk": "UK", "nhs_website": "UK", "google_us": "US", "yelp": "US", "healthgrades": "US",
    "ratemds": "US",
}
SPECIALTIES = ["gp_surgery", "hospital_ward", "a_and_e_er", "urgent_care", "dentist", "mental_health",
               "maternity", "pharmacy", "ambulance", "outpatient_clinic", "physiotherapy"]
STARS = [1, 2, 3, 4, 5]
STAR_WEIGHTS = [0.40, 0.09, 0.07, 0.10, 0.34]  # real review sites: most 1 or 5
LENGTHS = [("very_short", 5, 20, 0.15), ("short", 20, 60, 0.30), ("medium", 60, 150, 0.33),
           ("long", 150, 400, 0.22)]
VOICES = ["plain and tidy", "frequent typos and missing punctuation", "ALL-CAPS bursts of anger",
          "dry sarcasm", "terse, fragments", "rambling, one long paragraph", "English as a second language",
          "formal, like a letter of complaint", "chatty, with exclamation marks", "older writer, careful spelling",
          "uses text-speak and abbreviations (u, bc, tbh)", "lists points numbered or with dashes"]
WRITERS = ["patient", "parent of a child patient", "adult child of an elderly patient", "partner or spouse",
           "carer of a disabled relative", "patient with a long-term condition", "first-time patient"]
EXTRAS = ["names a doctor, nurse or receptionist (invented name)", "gives a date or day of the visit",
          "includes a phone number or reference number they were given", "replies to the practice's response",
          "mentions cost, insurance or billing", "compares with an earlier visit or another provider",
          "mentions an update: edited the review later"]
URGENT_KINDS = [("urgent", 0.55), ("review", 0.45)]


def _pick_weighted(rng: random.Random, items: list, weights: list[float]):
    return rng.choices(items, weights=weights, k=1)[0]


def review_card(rng: random.Random, i: int, *, urgent: str | None) -> dict:
    platform = rng.choice(list(PLATFORMS))
    stars = _pick_weighted(rng, STARS, STAR_WEIGHTS)
    if urgent:
        stars = _pick_weighted(rng, STARS, [0.75, 0.12, 0.08, 0.03, 0.02])
    name, lo, hi, _ = _pick_weighted(rng, LENGTHS, [w for *_, w in LENGTHS])
    n_pillars = rng.choice([1, 1, 2, 2, 2, 3])
    pillars = rng.sample(PILLARS, n_pillars)
    # pitfalls live mostly in 1-3 star reviews; a few 4-5 star reviews carry one (one person cared, staff overworked)
    if stars <= 3:
        n_pitfalls = rng.choice([1, 1, 2, 2, 3])
        pitfalls = rng.sample(PITFALLS, n_pitfalls)
    elif rng.random() < 0.22:
        pitfalls = [rng.choice(["one_person_reliance", "staff_wellbeing", "one_person_reliance", "tone"])]
    else:
        pitfalls = []
    card = {
        "card_id": f"rv{i:05d}", "kind": "review", "platform": platform, "country": PLATFORMS[platform],
        "specialty": rng.choice(SPECIALTIES), "stars": stars, "length": name, "words": [lo, hi],
        "voice": rng.choice(VOICES), "writer": rng.choice(WRITERS), "focus_pillars": pillars,
        "focus_pitfalls": pitfalls,
        "mixed_praise_and_blame": stars in (2, 3, 4) or rng.random() < 0.15,
        "extras": rng.sample(EXTRAS, rng.choice([0, 0, 1, 1, 2])),
        "urgent_level": urgent,
        "urgent_reason": rng.choice(URGENT_REASONS) if urgent else None,
    }
    if not urgent and stars <= 2 and rng.random() < 0.15:
        card["near_miss"] = "sounds alarming but is not a safety concern (figurative, or only waiting/rudeness/cost)"
    return card


SURVEY_QUESTIONS = ["What was good about your experience?", "Is there anything we could have done better?",
                    "Please tell us why you gave that answer", "What would have made your experience better?"]
SURVEY_SERVICES = ["111 call", "ambulance", "community nursing", "mental health inpatient", "outpatients",
                   "maternity", "GP practice", "A&E", "learning disability service", "podiatry", "district nurse"]


def survey_card(rng: random.Random, i: int, target: str) -> dict:
    name, lo, hi = _pick_weighted(rng, [("one_line", 4, 20), ("short", 15, 45), ("paragraph", 40, 110)],
                                  [0.45, 0.40, 0.15])
    return {
        "card_id": f"sv{i:05d}", "kind": "survey", "target_label": target,
        "question": rng.choice(SURVEY_QUESTIONS), "service": rng.choice(SURVEY_SERVICES),
        "length": name, "words": [lo, hi],
        "voice": rng.choice(["plain", "no punctuation", "typos", "terse", "polite", "cross", "older writer"]),
        "also_positive": rng.random() < 0.25,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--reviews", type=int, default=2400)
    ap.add_argument("--urgent-reviews", type=int, default=260)
    ap.add_argument("--survey-per-label", type=int, default=230)
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--out", type=Path, default=Path("data/synthetic/cards"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    urgent_ids = set(rng.sample(range(args.reviews), args.urgent_reviews))
    reviews = [review_card(rng, i, urgent=(_pick_weighted(rng, [k for k, _ in URGENT_KINDS],
                                                         [w for _, w in URGENT_KINDS]) if i in urgent_ids else None))
               for i in range(args.reviews)]
    targets = ["unadmitted_mistake", "integrity", "tone", "one_person_reliance", "staff_wellbeing"]
    survey = [survey_card(rng, i, t) for i, t in enumerate(t for t in targets for _ in range(args.survey_per_label))]
    rng.shuffle(survey)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.jsonl"):
        old.unlink()
    for prefix, cards in (("reviews", reviews), ("survey", survey)):
        for b in range(0, len(cards), args.batch_size):
            path = args.out / f"{prefix}_{b // args.batch_size + 1:02d}.jsonl"
            path.write_text("".join(json.dumps(c) + "\n" for c in cards[b:b + args.batch_size]))
    print(f"{len(reviews)} review cards, {len(survey)} survey cards -> {args.out}")


if __name__ == "__main__":
    main()
