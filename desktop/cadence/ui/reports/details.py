"""What lies behind a bar: the customers whose MRR moved, with the subscription events
that moved it; the customers who owe in an ageing bucket. Each list is read when its
dialog opens; a double click opens the customer in the Customers tab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError
from cadence.domain.revenue import AgeingBucket, MovementKind
from cadence.services.reports.receivables import OwingCustomer, ageing_customers
from cadence.services.reports.recurring import CustomerMovement, movement_details
from cadence.services.reports.windows import Scope, Window
from cadence.ui.formatting import day, money, number
from cadence.ui.messages import error_text
from cadence.ui.operations import DbOp, Operations
from cadence.ui.reports.figure_table import Cell, FigureTable, number_cell, text_cell
from cadence.ui.reports.wording import (
    bucket_text,
    event_text,
    month_text,
    movement_text,
    signed_money,
)


class _ListDialog(QDialog):
    """A heading, a table of customers read off the GUI thread, Export and Close."""

    def __init__(
        self,
        operations: Operations,
        open_customer: Callable[[int], None],
        export: Callable[[FigureTable, str], None],
        title: str,
        heading: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self._open_customer = open_customer
        self._customer_ids: list[int] = []
        self.setWindowTitle(title)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.status = QLabel(self.tr("Reading…"))
        self.status.setStyleSheet("color: #555555;")
        self.table = FigureTable()
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(self._open)
        self.table.setToolTip(self.tr("Double-click a customer to open it"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: export(self.table, title))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)

    def _shown(
        self, ids: Sequence[int], headers: Sequence[str], rows: Sequence[Sequence[Cell]]
    ) -> None:
        self._customer_ids = list(ids)
        self.table.show_rows(headers, rows)
        # The last column (what happened, or the invoices) takes the room left, its
        # lines wrapped: no sideways scrolling to read a customer's story.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.export_button.setEnabled(bool(rows))
        self.status.setText(
            self.tr("{count} customer(s)").format(count=number(len(rows)))
            if rows
            else self.tr("Nobody")
        )

    def _refused(self, error: KnownError) -> None:
        self.status.setText(error_text(error))

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._customer_ids):
            self._open_customer(self._customer_ids[row])
            self.accept()


class MovementDetailsDialog(_ListDialog):
    """The customers behind a month's movements (one kind, or all)."""

    def __init__(
        self,
        operations: Operations,
        scope: Scope,
        window: Window,
        kind: MovementKind | None,
        open_customer: Callable[[int], None],
        export: Callable[[FigureTable, str], None],
        parent: QWidget | None = None,
    ) -> None:
        what = movement_text(kind) if kind is not None else self.tr("MRR movements")
        super().__init__(
            operations,
            open_customer,
            export,
            self.tr("{what}, {month}").format(what=what, month=month_text(window)),
            self.tr(
                "Each customer's MRR at the start and at the end of {month}, and the "
                "subscription events behind the change."
            ).format(month=month_text(window)),
            parent,
        )
        self.scope = scope

        def read(session: Session) -> tuple[CustomerMovement, ...]:
            return movement_details(session, scope, first=window.first, last=window.last, kind=kind)

        DbOp(operations, read, slow=True).success(self._movements).failure(self._refused).run(self)

    def _movements(self, movements: tuple[CustomerMovement, ...]) -> None:
        currency = self.scope.currency
        self._shown(
            [movement.customer_id for movement in movements],
            [
                self.tr("Customer"),
                self.tr("Movement"),
                self.tr("Change"),
                self.tr("MRR at the start"),
                self.tr("MRR at the end"),
                self.tr("What happened"),
            ],
            [
                [
                    text_cell(movement.customer_name),
                    text_cell(movement_text(movement.kind)),
                    number_cell(signed_money(movement.amount, currency), movement.amount),
                    number_cell(money(movement.mrr_at_start, currency), movement.mrr_at_start),
                    number_cell(money(movement.mrr_at_end, currency), movement.mrr_at_end),
                    text_cell("\n".join(event_text(event, currency) for event in movement.events)),
                ]
                for movement in movements
            ],
        )


class AgeingCustomersDialog(_ListDialog):
    """The customers who owe in an ageing bucket, who owe most first."""

    def __init__(
        self,
        operations: Operations,
        currency: str,
        as_of: date,
        bucket: AgeingBucket,
        open_customer: Callable[[int], None],
        export: Callable[[FigureTable, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            operations,
            open_customer,
            export,
            self.tr("Owed: {bucket}").format(bucket=bucket_text(bucket)),
            self.tr("What each customer owed at the end of {day}, VAT included: {bucket}.").format(
                day=day(as_of), bucket=bucket_text(bucket).lower()
            ),
            parent,
        )
        self.currency = currency

        def read(session: Session) -> tuple[OwingCustomer, ...]:
            return ageing_customers(session, currency=currency, as_of=as_of, buckets=[bucket])

        DbOp(operations, read, slow=True).success(self._owing).failure(self._refused).run(self)

    def _owing(self, customers: tuple[OwingCustomer, ...]) -> None:
        self._shown(
            [customer.customer_id for customer in customers],
            [self.tr("Customer"), self.tr("Owed"), self.tr("Invoices")],
            [
                [
                    text_cell(customer.name),
                    number_cell(money(customer.amount, self.currency), customer.amount),
                    number_cell(number(customer.invoices), customer.invoices),
                ]
                for customer in customers
            ],
        )
