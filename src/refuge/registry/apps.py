from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "refuge.registry"
    label = "registry"
    verbose_name = "Registry"
