from django.urls import path

from refuge.shelter import views

app_name = "shelter"

urlpatterns = [
    path("", views.accommodation_list, name="accommodation_list"),
    path("accommodations/<int:pk>/", views.accommodation_detail, name="accommodation_detail"),
    path("place/", views.placement_new, name="placement_new"),
    path("placements/<int:pk>/end/", views.placement_end, name="placement_end"),
    path("suggestions/", views.suggestion_list, name="suggestion_list"),
    path("suggestions/<int:pk>/", views.suggestion_detail, name="suggestion_detail"),
    path("suggestions/<int:pk>/decide/", views.suggestion_decide, name="suggestion_decide"),
]
