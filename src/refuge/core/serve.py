"""`refuge serve`: a production-grade WSGI server (waitress) for the embedded database.

Waitress is pure Python, so a reception laptop needs no compiler or reverse proxy; static files
come from whitenoise, so every asset is served by refuge itself.
"""

from __future__ import annotations

import argparse
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    parser.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")


def prepare_database() -> None:
    """Apply migrations (quietly) so a server never starts on an outdated schema."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def serve(host: str, port: int, threads: int = 8) -> None:
    import waitress

    from refuge.wsgi import application

    print(f"refuge is serving on http://{host}:{port}/  (Ctrl+C to stop)", file=sys.stderr)
    waitress.serve(application, host=host, port=port, threads=threads, ident="refuge")


def run(args: argparse.Namespace) -> int:
    from refuge.cli import setup_database

    setup_database()
    serve(args.host, args.port, args.threads)
    return 0
