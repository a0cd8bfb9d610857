"""On PostgreSQL, compare search keys byte by byte (collation "C").

The search reads prefix ranges (``key >= 'akopian ' AND key < 'akopian!'``). Under a
linguistic collation (en_US.UTF-8, hy_AM.UTF-8, the default of many servers) spaces and
punctuation are ignored at the first level, so such a range is not the set of keys that start
with the prefix. SQLite compares bytes already (BINARY). Only the PostgreSQL column changes,
so the model does not declare it (``db_collation`` names differ between the two backends).
"""

from typing import Any

from django.db import migrations


def to_c(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            'ALTER TABLE desk_searchentry ALTER COLUMN "key" TYPE varchar(160) COLLATE "C"'
        )


def to_default(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            'ALTER TABLE desk_searchentry ALTER COLUMN "key" TYPE varchar(160) COLLATE "default"'
        )


class Migration(migrations.Migration):
    dependencies = [("desk", "0001_searchentry")]

    operations = [migrations.RunPython(to_c, to_default, elidable=False)]
