"""Stage 2, normalise: conversion artefacts repaired, offsets kept back to the raw text."""

import pandas as pd
from dagster import AssetExecutionContext, MetadataValue, Output, asset

import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint, content_key, is_int
from pipeline.contract import NORMALISED_DOCUMENTS, records_frame
from pipeline.resources import PathsResource
from pipeline.text.language import detect_language
from pipeline.text.normalise import normalise

CODE_VERSION = "1"
STAGE = "normalise"


def cache_version() -> str:
    """The asset's code_version plus a fingerprint of the text rules and vocabularies it runs."""
    return f"{CODE_VERSION}-{code_fingerprint(pipeline.text, pipeline.vocab)}"


def normalise_one(payload: tuple[str, str]) -> dict:
    """Everything in a normalised row that depends only on the raw text and its language (so it
    is cacheable)."""
    raw_text, language = payload
    n = normalise(raw_text, language)
    return {
        "text": n.text,
        "n_chars": len(n.text),
        "raw_chars": len(raw_text),
        "offset_anchors": [[pos, raw] for pos, raw in n.anchors()],
        "list_items": [[m.pos, m.marker, m.kind] for m in n.list_items],
    }


def valid_normalised(value: object) -> bool:
    """A cached normalised row read back has exactly this shape, or it is recomputed."""
    if not isinstance(value, dict) or set(value) != {
        "text",
        "n_chars",
        "raw_chars",
        "offset_anchors",
        "list_items",
    }:
        return False
    text = value["text"]
    return (
        isinstance(text, str)
        and is_int(value["n_chars"])
        and value["n_chars"] == len(text)
        and is_int(value["raw_chars"])
        and isinstance(value["offset_anchors"], list)
        and all(
            isinstance(a, list) and len(a) == 2 and is_int(a[0]) and is_int(a[1]) and 0 <= a[0] <= len(text)
            for a in value["offset_anchors"]
        )
        and isinstance(value["list_items"], list)
        and all(
            isinstance(m, list)
            and len(m) == 3
            and is_int(m[0])
            and 0 <= m[0] <= len(text)
            and isinstance(m[1], str)
            and isinstance(m[2], str)
            for m in value["list_items"]
        )
    )


LANGUAGE_STAGE = "language"


def _detect(text: str) -> str:
    return detect_language(text)


def _valid_language(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 16


def document_languages(
    raw: pd.DataFrame, manifest: pd.DataFrame | None = None, cache: DocumentCache | None = None
) -> list[str]:
    """Each raw document's language: the manifest's `language` cell, else detected from the text
    (with a cache, detected once per raw SHA-256 and code version)."""
    given: dict[str, str] = {}
    if manifest is not None and len(manifest) and "language" in manifest.columns:
        given = {
            f: lang
            for f, lang in zip(manifest["file"], manifest["language"], strict=True)
            if isinstance(lang, str)
        }
    if not len(raw):
        return []
    names, texts = raw["source_file"].tolist(), raw["text"].tolist()
    todo = [i for i, name in enumerate(names) if not given.get(name)]
    if cache is None:
        detected = [detect_language(texts[i]) for i in todo]
    else:
        shas = raw["sha256"].tolist()
        items = [(content_key(LANGUAGE_STAGE, shas[i]), texts[i]) for i in todo]
        detected = cache.map(LANGUAGE_STAGE, cache_version(), items, _detect, _valid_language)
    found = dict(zip(todo, detected, strict=True))
    return [given.get(name) or found[i] for i, name in enumerate(names)]


def normalise_frame(
    raw: pd.DataFrame, cache: DocumentCache | None = None, manifest: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One normalised row per raw document, with its language (the manifest's, else detected);
    with a cache, unchanged documents (same raw SHA-256 and language, same code) are read back
    instead of recomputed."""
    languages = document_languages(raw, manifest, cache)
    payloads = list(zip(raw["text"], languages, strict=True)) if len(raw) else []
    if cache is None:
        parts = [normalise_one(p) for p in payloads]
    else:
        keys = [content_key(sha, lang) for sha, lang in zip(raw["sha256"], languages, strict=True)]
        parts = cache.map(
            STAGE, cache_version(), list(zip(keys, payloads, strict=True)), normalise_one, valid_normalised
        )
    rows = [
        {"sha256": sha, "source_file": name, **part, "language": lang}
        for sha, name, part, lang in zip(raw["sha256"], raw["source_file"], parts, languages, strict=True)
    ]
    return records_frame(rows, NORMALISED_DOCUMENTS)


@asset(group_name="normalise", kinds={"pandas"}, code_version=CODE_VERSION)
def normalised_documents(
    context: AssetExecutionContext,
    paths: PathsResource,
    raw_documents: pd.DataFrame,
    raw_manifest: pd.DataFrame,
) -> Output[pd.DataFrame]:
    """Each document's text with conversion artefacts repaired by general rules — LaTeX currency
    signs (`$\\notin$` → €), HTML footnote marks, PDF line breaks inside sentences and ordinals,
    page-break whitespace, bullet glyphs and enumeration marks (lifted into `list_items`), stray
    `./.` endings, web-page chrome — one paragraph per line. `offset_anchors` maps every
    normalised character back to its raw offset. Per-document results are cached by the raw
    file's SHA-256 and the code's version, so only new or changed documents are normalised.
    `language` (ISO 639-1) is detected from the text (py3langid) unless the manifest gives it;
    the rules of that language apply here and in every later stage."""
    cache = DocumentCache(paths.paths.cache_dir)
    out = normalise_frame(raw_documents, cache, raw_manifest)
    cache.prune(STAGE, cache_version())
    cache.prune(LANGUAGE_STAGE, cache_version())
    kept = float((out["n_chars"] / out["raw_chars"]).min()) if len(out) else 1.0
    return Output(
        out,
        metadata={
            "dagster/row_count": len(out),
            "min_share_of_raw_chars_kept": kept,
            "chars": MetadataValue.int(int(out["n_chars"].sum()) if len(out) else 0),
            **cache.metadata(STAGE),
            "languages": ", ".join(f"{k}: {v}" for k, v in sorted(out["language"].value_counts().items()))
            or "none",
        },
    )
