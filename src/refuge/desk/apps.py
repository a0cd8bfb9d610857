from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "refuge.desk"
    label = "desk"
