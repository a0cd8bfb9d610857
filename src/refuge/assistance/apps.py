from django.apps import AppConfig


class AssistanceConfig(AppConfig):
    name = "refuge.assistance"
    label = "assistance"
