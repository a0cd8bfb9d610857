"""The rejects file: every rejected row with its line, column(s) and reason, then its original
cells, so a clerk can correct the rows in Excel and import the file again.

``arrivals.csv`` gives ``arrivals.csv.rejects.csv``. It is UTF-8 with a byte-order mark (so
Excel shows Armenian and Cyrillic correctly) and uses the input's separator. The three
``reject_*`` columns come first; the importer ignores them when the corrected file comes back.
The file is written beside the input as ``….part`` and renamed when the run ends, so a killed
run never leaves a half-written rejects file under the final name; a run with no rejects
removes a stale rejects file of an earlier run of the same file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from refuge.interchange.columns import REJECT_COLUMNS
from refuge.interchange.validation import Rejection


def rejects_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".rejects.csv")


class RejectsWriter:
    def __init__(
        self, path: str | Path, original_header: tuple[str, ...], *, delimiter: str = ","
    ) -> None:
        self.path = rejects_path(path)
        self._part = self.path.with_name(self.path.name + ".part")
        # A corrected rejects file comes back with reject_* columns: drop the old ones.
        self._keep = [
            i for i, c in enumerate(original_header) if c.strip().lower() not in REJECT_COLUMNS
        ]
        self._header = [*REJECT_COLUMNS, *(original_header[i] for i in self._keep)]
        self._width = len(original_header)
        self._delimiter = delimiter
        self._file: TextIO | None = None
        self._writer: csv._writer | None = None  # type: ignore[name-defined]
        self.count = 0

    def write(self, rejections: Iterable[Rejection]) -> None:
        """Append rejections, in line order within this call."""
        for rejection in sorted(rejections, key=lambda r: r.line):
            if self._writer is None:
                self._file = self._part.open("w", encoding="utf-8-sig", newline="")
                self._writer = csv.writer(self._file, delimiter=self._delimiter)
                self._writer.writerow(self._header)
            cells = rejection.cells
            kept = [cells[i] if i < len(cells) else "" for i in self._keep]
            kept += cells[self._width :]  # cells beyond the header, as they came
            self._writer.writerow([rejection.line, rejection.column, rejection.reason, *kept])
            self.count += 1

    def close(self) -> Path | None:
        """Publish the rejects file (or remove a stale one); its path, or None if no rejects."""
        if self._file is None:
            self.path.unlink(missing_ok=True)
            return None
        self._file.close()
        self._part.replace(self.path)
        return self.path

    def abort(self) -> None:
        """Drop the partial file (the run failed; the next run writes it again)."""
        if self._file is not None:
            self._file.close()
            self._part.unlink(missing_ok=True)
            self._file = None
            self._writer = None
