"""The columns of the registration interchange format (see ../shared/interchange-format.md).

Plain data, no Django: the importer, ``refuge link`` and the web upload all read these.
"""

from __future__ import annotations

from typing import Final
from zoneinfo import ZoneInfo

#: Every known column, in the order of the specification.
COLUMNS: Final = (
    "record_id",
    "given_name",
    "family_name",
    "patronymic",
    "sex",
    "birth_date",
    "origin",
    "phone",
    "household_ref",
    "registered_at",
    "site",
)
REQUIRED: Final = ("record_id", "given_name", "family_name", "registered_at", "site")
OPTIONAL: Final = tuple(c for c in COLUMNS if c not in REQUIRED)

#: Longest value each column may hold; the same as the ``Registration`` fields that store them
#: (a test holds the two together), so PostgreSQL never refuses a whole chunk for one cell.
MAX_LENGTHS: Final = {
    "record_id": 100,
    "given_name": 200,
    "family_name": 200,
    "patronymic": 200,
    "sex": 10,
    "birth_date": 20,
    "origin": 200,
    "phone": 50,
    "household_ref": 100,
    "registered_at": 30,
    "site": 100,
}

#: Columns a rejects file adds in front of the original ones. They are ignored when a clerk
#: re-imports a corrected rejects file, so they never end up as "unknown columns".
REJECT_COLUMNS: Final = ("reject_line", "reject_column", "reject_reason")

#: ``registered_at`` is local time at the desk; every site is in Armenia.
LOCAL_ZONE: Final = ZoneInfo("Asia/Yerevan")


def expected_columns_sentence() -> str:
    """What a header must hold, as one sentence for refusal messages."""
    return (
        f"expected a header row with the columns {', '.join(REQUIRED)} (required) "
        f"and optionally {', '.join(OPTIONAL)}"
    )
