"""The registration interchange format: open a CSV or XLSX file, check it, validate its rows.

Plain Python with no Django import, so ``refuge import`` (through the registry), ``refuge link``
and a notebook share one reading of the format (../shared/interchange-format.md)::

    file = open_interchange("arrivals.csv")        # InterchangeFormatError if not the format
    validator = RowValidator(file.header)
    for row in file.rows():
        result = validator.validate(row.line, row.cells)   # ValidRow or Rejection
"""

from __future__ import annotations

from refuge.interchange.columns import (
    COLUMNS,
    LOCAL_ZONE,
    MAX_LENGTHS,
    OPTIONAL,
    REJECT_COLUMNS,
    REQUIRED,
)
from refuge.interchange.reading import (
    InterchangeFile,
    InterchangeFormatError,
    RawRow,
    open_interchange,
)
from refuge.interchange.rejects import RejectsWriter
from refuge.interchange.validation import Problem, Rejection, RowValidator, ValidRow

__all__ = [
    "COLUMNS",
    "LOCAL_ZONE",
    "MAX_LENGTHS",
    "OPTIONAL",
    "REJECT_COLUMNS",
    "REQUIRED",
    "InterchangeFile",
    "InterchangeFormatError",
    "Problem",
    "RawRow",
    "Rejection",
    "RejectsWriter",
    "RowValidator",
    "ValidRow",
    "open_interchange",
]
