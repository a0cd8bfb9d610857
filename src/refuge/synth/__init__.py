"""refuge.synth: realistic synthetic registries of the 2023 Karabakh exodus, with their truth.

Plain Python (no Django). ``generate(people, seed)`` returns a :class:`SynthRegistry` — rows in
the interchange format plus ``relationship`` and ``needs``, and the truth (record → person);
``write_registry(registry, out_dir)`` writes ``records.csv`` and ``truth.csv``. The noise model
and its reasoning are in :mod:`refuge.synth.generator`.
"""

from refuge.synth.generator import (
    RECORD_COLUMNS,
    TRUTH_COLUMNS,
    SynthRegistry,
    generate,
    write_registry,
)
from refuge.synth.population import NEEDS, RELATIONSHIPS, Household, Person

__all__ = [
    "NEEDS",
    "RECORD_COLUMNS",
    "RELATIONSHIPS",
    "TRUTH_COLUMNS",
    "Household",
    "Person",
    "SynthRegistry",
    "generate",
    "write_registry",
]
