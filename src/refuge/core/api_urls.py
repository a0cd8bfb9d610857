"""Mounts each app's API router on the one API object (imported here, so it happens once)."""

from importlib import import_module

from django.urls import path

from refuge.core.api import api

for module_name, prefix in [
    ("refuge.desk.api", "/"),
    ("refuge.assistance.api", "/assistance/"),
    ("refuge.shelter.api", "/shelter/"),
]:
    try:
        module = import_module(module_name)
    except ModuleNotFoundError as exc:  # an app without an API yet
        if exc.name != module_name:
            raise
        continue
    api.add_router(prefix, module.router)

urlpatterns = [path("", api.urls)]
