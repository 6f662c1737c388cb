"""The operations run database work off the GUI thread and report back on it."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.domain.errors import ValidationError
from cadence.services.customers import CustomerData, create_customer
from cadence.store.models import Customer
from cadence.ui.operations import Change, DbOp, Operations

DAY = date(2026, 11, 25)


def test_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(
    operations: Operations, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def work(session: Session) -> int:
        seen["worker"] = threading.current_thread().name
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)

    def done(count: int) -> None:
        seen["result"] = count
        seen["handler"] = threading.current_thread()

    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        DbOp(operations, work).success(done).run()
    assert seen["worker"] == "cadence-reader"
    assert seen["result"] == 0
    assert seen["handler"] is threading.main_thread()


def test_a_write_commits_and_tells_the_views_what_changed(
    operations: Operations, qtbot: QtBot
) -> None:
    data = CustomerData(
        name="Élodie Lefèvre", address_line1="3 place Bellecour", postal_code="69002", city="Lyon"
    )
    initiator = object()
    with qtbot.waitSignal(operations.changed) as changed:
        DbOp(
            operations,
            lambda session: create_customer(session, data, today=DAY),
            writes=True,
            changes={Change.CUSTOMERS},
        ).run(initiator)
    assert changed.args == [frozenset({Change.CUSTOMERS}), initiator]
    with operations.database.reading() as session:
        assert session.scalar(select(Customer.name)) == "Élodie Lefèvre"


def test_a_refusal_goes_to_its_handler_and_nothing_is_written(
    operations: Operations, qtbot: QtBot
) -> None:
    refused: list[ValidationError] = []
    data = CustomerData(name="", address_line1="", postal_code="", city="")
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        DbOp(
            operations,
            lambda session: create_customer(session, data, today=DAY),
            writes=True,
            changes={Change.CUSTOMERS},
        ).failure(refused.append).run()  # type: ignore[arg-type]
    assert "name" in refused[0].errors
    with operations.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_a_bug_is_reported_with_its_traceback_not_swallowed(
    operations: Operations, qtbot: QtBot
) -> None:
    def broken(session: Session) -> None:
        raise RuntimeError("this is a bug")

    with qtbot.waitSignal(operations.crashed) as crashed:
        DbOp(operations, broken, writes=True).run()
    summary, details = crashed.args
    assert summary == "RuntimeError: this is a bug"
    assert "Traceback" in details


def test_reads_do_not_wait_for_a_long_write(operations: Operations, qtbot: QtBot) -> None:
    release = threading.Event()
    order: list[str] = []

    def long_write(session: Session) -> None:
        release.wait(10)
        order.append("write")

    DbOp(operations, long_write, batches=True).run()
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 1):
        DbOp(operations, lambda session: order.append("read")).run()
    assert order == ["read"]  # the read was served while the write was still running
    release.set()
    qtbot.waitUntil(lambda: operations.pending == 0)
    assert order == ["read", "write"]


def test_progress_reaches_the_gui_thread(operations: Operations, qtbot: QtBot) -> None:
    steps: list[object] = []

    def work(session: Session, progress: object) -> None:
        for step in range(3):
            progress(step)  # type: ignore[operator]

    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        DbOp(operations, work_with_progress=work, batches=True).progress(steps.append).run()
    assert steps == [0, 1, 2]


@pytest.mark.parametrize("bad", [{}, {"work": lambda s: 1, "work_with_progress": lambda s, p: 1}])
def test_an_operation_has_one_kind_of_work(operations: Operations, bad: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        DbOp(operations, **bad)  # type: ignore[arg-type]


def test_a_bug_in_a_handler_is_reported_too(operations: Operations, qtbot: QtBot) -> None:
    def broken(result: object) -> None:
        raise ValueError("handler bug")

    with qtbot.waitSignal(operations.crashed) as crashed:
        DbOp(operations, lambda session: 1).success(broken).run()
    assert crashed.args[0] == "ValueError: handler bug"
    assert operations.pending == 0


def test_a_finished_job_is_freed_on_the_gui_thread(operations: Operations, qtbot: QtBot) -> None:
    freed_on: list[threading.Thread] = []

    class Tracked:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread())

    def handlers() -> DbOp[int]:
        tracked = Tracked()  # held only by the success handler's closure
        return DbOp(operations, lambda session: 1).success(lambda result: tracked and None)

    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 0):
        handlers().run()
    qtbot.waitUntil(lambda: bool(freed_on))
    assert freed_on == [threading.main_thread()]


def test_a_slow_read_does_not_hold_up_the_tables(operations: Operations, qtbot: QtBot) -> None:
    release = threading.Event()
    order: list[str] = []

    def forecast(session: Session) -> None:
        release.wait(10)
        order.append("forecast")

    DbOp(operations, forecast, slow=True).run()
    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda n: n == 1):
        DbOp(operations, lambda session: order.append("page")).run()
    assert order == ["page"]
    release.set()
    qtbot.waitUntil(lambda: operations.pending == 0)
    assert order == ["page", "forecast"]
