"""Benchmark: every revenue report on 100,000 customers, 125,000 subscriptions and
1,000,000 invoices (tests/perf/big_database.py). Targets: each report in under 500 ms;
the 36-month MRR series in under 300 ms.

Each report is timed as the Reports tab and `cadence report` call it, on a warm
database (the first call of each is shown too, the file just read from disk), over
the default period of 12 months to three days after the big database was last
billed. Next to them, raw baselines measured in the same run: bare `sqlite3`
reading every row the reports add up (the revenue history, the open invoices),
which no report can be much faster than.

    .venv/bin/python tests/perf/bench_reports.py [--database /tmp/cadence-big.sqlite3]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import big_database

AS_OF = date(2027, 7, 28)  # three days after the big database was last billed
RUNS = 5
TARGET_MS = 500.0
SERIES_TARGET_MS = 300.0


def _timed(work: Callable[[], object]) -> tuple[float, list[float]]:
    """The first call's milliseconds, and those of `RUNS` more."""
    started = time.perf_counter()
    work()
    first = (time.perf_counter() - started) * 1000
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        runs.append((time.perf_counter() - started) * 1000)
    return first, runs


def _baselines(path: Path) -> list[tuple[str, float]]:
    """Bare sqlite3 reading every row a report family adds up."""
    queries = {
        "bare sqlite3: sum the whole revenue history": (
            "SELECT count(*), sum(mrr) FROM revenue_segment"
        ),
        "bare sqlite3: sum the open invoices": (
            "SELECT count(*), sum(total_gross) FROM invoice "
            "WHERE status IN ('issued', 'partially_paid')"
        ),
        "bare sqlite3: group the live subscriptions": (
            "SELECT count(*) FROM (SELECT plan_id, billing_anchor, next_billing_date "
            "FROM subscription WHERE status NOT IN ('cancelled', 'ended') "
            "GROUP BY plan_id, billing_anchor, next_billing_date)"
        ),
    }
    found = []
    with sqlite3.connect(path) as connection:
        for name, query in queries.items():
            connection.execute(query).fetchall()
            runs = []
            for _ in range(RUNS):
                started = time.perf_counter()
                connection.execute(query).fetchall()
                runs.append((time.perf_counter() - started) * 1000)
            found.append((name, statistics.median(runs)))
    connection.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=Path("/tmp/cadence-big.sqlite3"))
    args = parser.parse_args()
    path = big_database.build(args.database)
    print(big_database.describe(path))

    from cadence.domain.revenue import AgeingBucket, first_of_month
    from cadence.services.reports.forecast import revenue_forecast
    from cadence.services.reports.growth import cancellations, growth
    from cadence.services.reports.receivables import (
        ageing,
        ageing_customers,
        payment_behaviour,
        sales_outstanding,
    )
    from cadence.services.reports.recurring import (
        churn,
        churn_over,
        movement_details,
        mrr_movements,
        mrr_on,
        mrr_series,
        retention,
    )
    from cadence.services.reports.windows import Scope, last_months
    from cadence.store.database import open_database

    database = open_database(path)
    scope = Scope("EUR")
    first, _ = last_months(AS_OF, 12)
    series_first, _ = last_months(AS_OF, 36)
    month = first_of_month(AS_OF) - timedelta(days=1)
    period = {"first": first, "last": AS_OF}
    reports: list[tuple[str, Callable[..., object], float]] = [
        ("MRR today", lambda s: mrr_on(s, scope, day=AS_OF), TARGET_MS),
        ("MRR series, 12 months", lambda s: mrr_series(s, scope, **period), TARGET_MS),
        (
            "MRR series, 36 months",
            lambda s: mrr_series(s, scope, first=series_first, last=AS_OF),
            SERIES_TARGET_MS,
        ),
        ("MRR movements, 12 months", lambda s: mrr_movements(s, scope, **period), TARGET_MS),
        (
            "Customers behind a month's movements",
            lambda s: movement_details(s, scope, first=first_of_month(month), last=month),
            TARGET_MS,
        ),
        ("Churn, 12 months", lambda s: churn(s, scope, **period), TARGET_MS),
        (
            "Churn, last 30 days",
            lambda s: churn_over(s, scope, first=AS_OF - timedelta(days=29), last=AS_OF),
            TARGET_MS,
        ),
        ("Retention, 12 months", lambda s: retention(s, scope, **period), TARGET_MS),
        ("Growth, 12 months", lambda s: growth(s, scope, **period), TARGET_MS),
        ("Cancellations, 12 months", lambda s: cancellations(s, scope, **period), TARGET_MS),
        ("Receivables ageing", lambda s: ageing(s, currency="EUR", as_of=AS_OF), TARGET_MS),
        (
            "Customers behind the 1-30 days bucket",
            lambda s: ageing_customers(
                s, currency="EUR", as_of=AS_OF, buckets=[AgeingBucket.DAYS_1_30]
            ),
            TARGET_MS,
        ),
        (
            "Payments, 12 months",
            lambda s: payment_behaviour(s, currency="EUR", **period),
            TARGET_MS,
        ),
        (
            "Days sales outstanding",
            lambda s: sales_outstanding(s, ageing(s, currency="EUR", as_of=AS_OF)),
            TARGET_MS,
        ),
        (
            "Forecast, next 12 months",
            lambda s: revenue_forecast(s, scope, today=AS_OF),
            TARGET_MS,
        ),
    ]
    print(f"\n{'report':<40} {'median':>9} {'first':>9} {'target':>8}")
    missed = 0
    with database.reading() as session:
        for name, report, target in reports:
            first_ms, runs = _timed(lambda report=report: report(session))  # type: ignore[misc]
            median = statistics.median(runs)
            verdict = "met" if median < target else "MISSED"
            missed += verdict == "MISSED"
            print(f"{name:<40} {median:>6.0f} ms {first_ms:>6.0f} ms {target:>5.0f} ms  {verdict}")
    database.close()
    print()
    for name, median in _baselines(path):
        print(f"{name:<48} {median:>6.0f} ms")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
