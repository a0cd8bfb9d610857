from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The start page: links to what this user's role may use (see the ``can`` context)."""
    return render(request, "accounts/home.html")
