"""`refuge placement suggest [--json]` proposes placements of unplaced households into free
capacity; `refuge placement apply SUGGESTION_ID` applies a proposal a person has reviewed
(on the suggestion page or with `show`)."""

from __future__ import annotations

import argparse
import json
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    suggest = sub.add_parser("suggest", help="propose placements (changes nothing)")
    suggest.add_argument("--json", action="store_true")
    suggest.add_argument("--user", help="who asks (a username)")
    show = sub.add_parser("show", help="show a suggestion per accommodation")
    show.add_argument("suggestion_id", type=int)
    show.add_argument("--json", action="store_true")
    apply = sub.add_parser("apply", help="apply a reviewed suggestion")
    apply.add_argument("suggestion_id", type=int)
    apply.add_argument("--json", action="store_true")
    apply.add_argument("--user", help="the data officer applying it (a username)")
    seed = sub.add_parser("seed-demo", help="create demo accommodations if there are none")
    seed.add_argument("--count", type=int)


def run(args: argparse.Namespace) -> int:
    from refuge.cli import acting_user, setup_database

    setup_database()

    from refuge.core.errors import ApplicationError
    from refuge.shelter import selectors, services
    from refuge.shelter.models import PlacementSuggestion

    if args.action == "seed-demo":
        created = services.accommodations_seed_demo(count=args.count)
        print(f"created {len(created)} accommodation(s)")
        return 0
    if args.action == "suggest":
        s = services.placement_suggest(actor=acting_user(args.user))
        report = {
            "suggestion": s.pk,
            "households_considered": s.households_considered,
            "proposed": s.items.count(),
            "persons": sum(s.items.values_list("persons", flat=True)),
            "objective": round(s.objective, 1),
            "lp_bound": round(s.lp_bound, 1),
            "greedy_objective": round(s.greedy_objective, 1),
            "seconds": round(s.seconds, 2),
        }
        if args.json:
            print(json.dumps(report))
        else:
            for key, value in report.items():
                print(f"{key:>22}: {value}")
            print(f"review it, then: refuge placement apply {s.pk}", file=sys.stderr)
        return 0
    suggestion = PlacementSuggestion.objects.filter(pk=args.suggestion_id).first()
    if suggestion is None:
        print(f"no suggestion {args.suggestion_id}", file=sys.stderr)
        return 2
    if args.action == "show":
        rows = selectors.suggestion_summary(suggestion)
        if args.json:
            print(json.dumps(rows, default=str))
        else:
            for r in rows:
                print(
                    f"{r['accommodation__province']:<12} {r['accommodation__name']:<40} "
                    f"+{r['persons']:>4} persons ({r['households']} households), "
                    f"{r['occupied_now']}/{r['accommodation__capacity']} now"
                )
        return 0
    try:
        result = services.placement_suggestion_apply(
            suggestion=suggestion, actor=acting_user(args.user)
        )
    except ApplicationError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"placed": result.placed, "skipped": result.skipped}))
    else:
        print(f"placed {result.placed} household(s), skipped {result.skipped}")
    return 0
