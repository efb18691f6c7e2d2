"""`make bench`: measure the real paths and print one JSON line of figures last."""

from __future__ import annotations

import asyncio
import json
import sys

from bench.dates import measure_dates
from bench.e2e import measure_e2e
from bench.probes import measure_probes
from bench.understanding import measure_understanding


def main() -> None:
    results: dict[str, float] = {}
    # First, so its memory figure is the bot's alone (the dates bench loads dateparser).
    results.update(asyncio.run(measure_e2e()))
    results.update(measure_dates())
    results.update(measure_understanding())
    results.update(measure_probes())
    for key, value in results.items():
        print(f"{key:>24}: {value}", file=sys.stderr)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
