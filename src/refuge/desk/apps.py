from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DeskConfig(AppConfig):
    name = "refuge.desk"
    label = "desk"

    def ready(self) -> None:
        from refuge.desk.name_rules import after_migrate

        # After every migrate, which every command that opens the database runs first
        # (``core.serve.prepare_database``): stored name keys follow the current rules.
        post_migrate.connect(after_migrate, sender=self, dispatch_uid="desk.name_rules")
