from django.urls import path

from refuge.assistance import views

app_name = "assistance"

urlpatterns = [
    path("priority/", views.priority_list, name="priority_list"),
    path("priority/export.csv", views.priority_export, name="priority_export"),
    path("priority/summary/", views.priority_summary, name="priority_summary"),
    path("programmes/", views.programme_list, name="programme_list"),
    path("distribute/", views.distribution_new, name="distribution_new"),
    path("ledger/", views.ledger, name="ledger"),
    path("ledger/<int:pk>/reverse/", views.distribution_reverse, name="distribution_reverse"),
    path("coverage/", views.coverage, name="coverage"),
    path("coverage/unpaid/", views.coverage_unpaid, name="coverage_unpaid"),
    path("coverage/export.<str:fmt>", views.coverage_export, name="coverage_export"),
    path("overpayments/", views.overpayments, name="overpayments"),
    path("overpayments/flag/", views.overpayments_flag, name="overpayments_flag"),
    path("overpayments/<int:pk>/", views.overpayment_update, name="overpayment_update"),
]
