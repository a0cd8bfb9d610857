"""refuge.linkage: de-duplicate registrations into persons, without Django.

One visible pipeline, each step a small pure module:
``normalise`` → ``blocking`` → ``compare`` → ``score`` (Fellegi–Sunter, EM) → ``cluster``.
It runs in a batch job, a worker or a notebook alike; ``docs/linkage.md`` explains the model.
"""

from __future__ import annotations

from refuge.linkage.config import LinkageConfig
from refuge.linkage.evaluate import evaluate
from refuge.linkage.normalise import (
    family_name_key,
    name_key,
    name_similarity,
    normalise_phone,
    to_latin,
)
from refuge.linkage.pipeline import LinkageResult, explain, link, link_incremental
from refuge.linkage.records import Record
from refuge.linkage.score import ScoredPair

__all__ = [
    "LinkageConfig",
    "LinkageResult",
    "Record",
    "ScoredPair",
    "evaluate",
    "explain",
    "family_name_key",
    "link",
    "link_incremental",
    "name_key",
    "name_similarity",
    "normalise_phone",
    "to_latin",
]
