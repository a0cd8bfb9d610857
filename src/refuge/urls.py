"""URL map: each app mounts its own pages; the API lives under /api/."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("refuge.accounts.urls")),
    path("", include("refuge.desk.urls")),
    path("assistance/", include("refuge.assistance.urls")),
    path("shelter/", include("refuge.shelter.urls")),
    path("api/", include("refuge.core.api_urls")),
]
