from django.urls import path

from refuge.desk import views

urlpatterns = [
    path("desk/", views.desk, name="desk"),
    path("desk/register", views.registration_new, name="registration_new"),
    path("desk/household/new", views.household_new, name="household_new"),
    path("persons/<int:pk>/", views.person_detail, name="person_detail"),
    path("persons/<int:pk>/split", views.person_split, name="person_split"),
    path("persons/<int:pk>/merge", views.person_merge, name="person_merge"),
    path("events/<int:pk>/undo", views.event_undo, name="event_undo"),
    path("review/", views.review_list, name="review_list"),
    path("review/<int:pk>/", views.review_detail, name="review_detail"),
    path("review/<int:pk>/decide", views.review_decide, name="review_decide"),
]
