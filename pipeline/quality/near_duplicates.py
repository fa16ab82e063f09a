"""Near-duplicate texts, flagged for a person to review (never rejected: a second capture of a
declaration with a changed paragraph may be a different document).

Exact copies (same text once normalised, NFC-folded, quotes unified) are rejected at ingest
(``pipeline.stages.ingest``). Two texts that share most of their word 5-grams are listed here:
MinHash signatures (datasketch) estimate the Jaccard similarity of their shingle sets, and an LSH
index finds candidate pairs without comparing every pair, so the work grows with the corpus, not
its square. A text's shingles are capped (``MAX_SHINGLES``, taken evenly over the text) so that
one huge text cannot make the run crawl.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch is imported where it is used: it imports SciPy's integrate (about 0.3 CPU s), which every
# process that loads the code location (a code server, the daemon, `dg check defs`) paid for
# nothing; a run that checks the corpus imports it then.

THRESHOLD = 0.8  # estimated Jaccard similarity of word 5-gram sets at or above which a pair is flagged
SHINGLE_WORDS = 5
PERMUTATIONS = 128
MAX_SHINGLES = 50_000  # per text; a declaration has a few thousand
SEED = 1  # fixed: the same corpus flags the same pairs on every run

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class NearDuplicate:
    first: str  # source_file, in name order
    second: str
    similarity: float  # estimated Jaccard similarity of their word 5-gram sets, 0–1


def shingles(text: str) -> list[bytes]:
    """The text's word 5-grams, case-folded, at most ``MAX_SHINGLES`` of them spread evenly."""
    words = _WORD.findall(text.casefold())
    count = max(len(words) - SHINGLE_WORDS + 1, 1 if words else 0)
    step = max(1, -(-count // MAX_SHINGLES))
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(0, count, step)]


def signature(text: str) -> MinHash:
    from datasketch import MinHash

    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    minhash.update_batch(shingles(text))
    return minhash


def near_duplicates(texts: Iterable[tuple[str, str]], threshold: float = THRESHOLD) -> list[NearDuplicate]:
    """Pairs of ``(source_file, text)`` whose texts are near-duplicates, each pair once, in name order."""
    from datasketch import MinHashLSH

    index = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    signatures: dict[str, MinHash] = {}
    for name, text in sorted(texts):
        if not text.strip() or name in signatures:
            continue
        signatures[name] = signature(text)
        index.insert(name, signatures[name])
    pairs: set[tuple[str, str]] = set()
    for name, minhash in signatures.items():
        for other in index.query(minhash):
            if other != name:
                pairs.add((min(name, other), max(name, other)))
    found = [NearDuplicate(a, b, round(signatures[a].jaccard(signatures[b]), 3)) for a, b in sorted(pairs)]
    return [pair for pair in found if pair.similarity >= threshold]
