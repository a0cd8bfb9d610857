import pytest
from django.core.exceptions import ImproperlyConfigured

from refuge import settings


def test_env_bool_refuses_a_value_that_is_neither_true_nor_false(monkeypatch):
    monkeypatch.setenv("REFUGE_X", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="REFUGE_X must be true or false"):
        settings.env_bool("REFUGE_X", False)


def test_secret_can_come_from_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("s3cret\n", encoding="utf-8")
    monkeypatch.setenv("REFUGE_SECRET_KEY_FILE", str(secret))
    assert settings.env_str("REFUGE_SECRET_KEY") == "s3cret"


def test_embedded_sqlite_database_runs_in_wal_mode(tmp_path, django_db_blocker):
    """A file database opened with refuge's settings is in WAL, so the desk reads during imports."""
    from django.conf import settings as django_settings
    from django.db.backends.sqlite3.base import DatabaseWrapper

    if django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("SQLite only")
    db_settings = {**django_settings.DATABASES["default"], "NAME": str(tmp_path / "x.sqlite3")}
    wrapper = DatabaseWrapper(db_settings, alias="wal_probe")
    with django_db_blocker.unblock():
        try:
            with wrapper.cursor() as cursor:
                cursor.execute("PRAGMA journal_mode")
                assert cursor.fetchone()[0] == "wal"
        finally:
            wrapper.close()
