"""Exporting a segment of subscribers as CSV for an e-mail marketing tool: which plans,
statuses and renewals, how many that makes (counted as the owner chooses), and the
file, written off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QSignalBlocker, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cadence.domain.errors import KnownError, ValidationError
from cadence.domain.lifecycle import LIVE_STATUSES, SubscriptionStatus
from cadence.domain.parties import Language
from cadence.services.catalogue import PlanRecord, list_plans
from cadence.services.segments import (
    SegmentFilter,
    segment_size,
    subscriber_segment,
    write_segment_csv,
)
from cadence.ui.clock import Clock
from cadence.ui.formatting import locale_name
from cadence.ui.forms import FieldErrors
from cadence.ui.operations import DbOp, Operations
from cadence.ui.subscriptions.widgets import date_edit, date_of, hint, local_error, row_of
from cadence.ui.subscriptions.wording import status_text

_FOLDER_KEY = "exports/folder"
DEFAULT_WINDOW_DAYS = 30
# Changes closer together than this make one count: ticking five boxes asks once.
COUNT_DELAY_MS = 200


@dataclass(frozen=True)
class Exported:
    path: Path
    count: int  # subscriptions written
    problem: str | None = None  # why the file could not be written (a full disk …)


def interface_language() -> Language:
    """The CSV speaks the interface's language: the owner reads it when importing."""
    return Language.FRENCH if locale_name().startswith("fr") else Language.ENGLISH


def default_file_name(today: date, language: Language) -> str:
    """abonnes-2026-12-04.csv in French, subscribers-2026-12-04.csv in English."""
    stem = "abonnes" if language is Language.FRENCH else "subscribers"
    return f"{stem}-{today.isoformat()}.csv"


def export_segment(
    session: Session, segment: SegmentFilter, path: Path, *, today: date, language: Language
) -> Exported:
    """Read the segment and write it to `path`; a file that cannot be written is a
    problem said in the dialog, not a crash."""
    rows = subscriber_segment(session, segment, today=today)
    try:
        write_segment_csv(rows, path, language=language)
    except OSError as error:
        return Exported(path, 0, error.strerror or str(error))
    return Exported(path, len(rows))


class ExportSubscribersDialog(QDialog):
    """Choose the subscribers (none ticked: every plan, every running status), see how
    many they are, and save them as CSV; the dialog stays open until the file is written."""

    counted = Signal(int)  # the count for what is chosen now
    exported = Signal(object)  # the Exported file

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._today = clock.today()
        self._language = interface_language()
        self._count_request = 0  # only the answer to the latest question is shown
        self._closed = False
        self.setWindowTitle(self.tr("Export subscribers"))
        self.setMinimumWidth(560)

        self.plans = QListWidget()
        self.plans.setMaximumHeight(130)
        self.plans.itemChanged.connect(lambda _item: self._criteria_changed())
        self.statuses: dict[SubscriptionStatus, QCheckBox] = {}
        status_grid = QWidget()
        grid = QGridLayout(status_grid)
        grid.setContentsMargins(0, 0, 0, 0)
        for position, status in enumerate(SubscriptionStatus):
            box = QCheckBox(status_text(status))
            box.setChecked(status in LIVE_STATUSES)
            box.toggled.connect(self._criteria_changed)
            self.statuses[status] = box
            grid.addWidget(box, position // 3, position % 3)

        self.renews_between = QCheckBox(self.tr("Renews between"))
        self.renews_from = date_edit(self._today)
        self.renews_to = date_edit(self._today + timedelta(days=DEFAULT_WINDOW_DAYS))
        self.window_row = row_of(
            self.renews_between, self.renews_from, QLabel(self.tr("and")), self.renews_to
        )
        for edit in (self.renews_from, self.renews_to):
            edit.setEnabled(False)
            self.renews_between.toggled.connect(edit.setEnabled)
            edit.dateChanged.connect(self._criteria_changed)
        self.renews_between.toggled.connect(self._criteria_changed)
        self.only_with_email = QCheckBox(self.tr("Only customers with an e-mail address"))
        self.only_with_email.setChecked(True)
        self.include_archived = QCheckBox(self.tr("Include archived customers"))
        for box in (self.only_with_email, self.include_archived):
            box.toggled.connect(self._criteria_changed)
        self.count = QLabel(self.tr("Counting…"))

        folder = QSettings().value(_FOLDER_KEY)
        if not isinstance(folder, str) or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        self.path = QLineEdit(str(Path(folder) / default_file_name(self._today, self._language)))
        self.path.setMinimumWidth(380)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        file_row = row_of(self.path, choose, stretch=False)

        form = QFormLayout()
        form.addRow(self.tr("Plans"), self.plans)
        form.addRow("", hint(self.tr("None ticked: every plan.")))
        form.addRow(self.tr("Status"), status_grid)
        form.addRow("", hint(self.tr("None ticked: every running subscription.")))
        form.addRow(self.tr("Renewal"), self.window_row)
        form.addRow(
            "",
            hint(
                self.tr(
                    "The next renewal, or the end of a fixed term; both days included. "
                    "A subscription that ends before it renews is left out."
                )
            ),
        )
        form.addRow(self.tr("Customers"), self.only_with_email)
        form.addRow("", self.include_archived)
        form.addRow(self.tr("Selected"), self.count)
        form.addRow(self.tr("Save as"), file_row)
        self.general_error = QLabel()
        self.errors = FieldErrors(
            form,
            {"plan_ids": self.plans, "renews_to": self.window_row, "path": file_row},
            self.general_error,
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "One line per subscription, with the customer's name, e-mail address, "
                    "language and city, the plan, the status, the next renewal and the MRR: "
                    "a CSV file that e-mail marketing tools and spreadsheets import."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(COUNT_DELAY_MS)
        self._recount.timeout.connect(self._count)
        DbOp(operations, lambda session: list_plans(session, include_archived=True)).success(
            self._show_plans
        ).run(self)

    # -- what is chosen ----------------------------------------------------------------

    def _show_plans(self, plans: list[PlanRecord]) -> None:
        if self._closed:
            return
        # Filling the list is no change of criteria.
        with QSignalBlocker(self.plans):
            for plan in plans:
                text = (
                    self.tr("{name} (no longer sold)").format(name=plan.name)
                    if plan.archived
                    else plan.name
                )
                item = QListWidgetItem(text, self.plans)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, plan.id)
        self._count()

    def chosen_plans(self) -> frozenset[int]:
        items = (self.plans.item(row) for row in range(self.plans.count()))
        return frozenset(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def segment(self) -> SegmentFilter:
        """The filter the dialog shows."""
        window = self.renews_between.isChecked()
        return SegmentFilter(
            plan_ids=self.chosen_plans(),
            statuses=frozenset(status for status, box in self.statuses.items() if box.isChecked()),
            renews_from=date_of(self.renews_from) if window else None,
            renews_to=date_of(self.renews_to) if window else None,
            only_with_email=self.only_with_email.isChecked(),
            include_archived_customers=self.include_archived.isChecked(),
        )

    def _criteria_changed(self) -> None:
        self.count.setText(self.tr("Counting…"))
        self._recount.start()

    def _count(self) -> None:
        self._count_request += 1
        request, segment, today = self._count_request, self.segment(), self._today
        DbOp(
            self._operations,
            lambda session: segment_size(session, segment, today=today),
            slow=True,  # with a renewal window, each subscription's dates are worked out
        ).success(lambda size: self._counted(request, size)).failure(
            lambda error: self._not_counted(request, error)
        ).run(self)

    def _counted(self, request: int, size: int) -> None:
        if request != self._count_request:
            return  # the owner changed the criteria since: another count is coming
        self.errors.clear()
        self.count.setText(self.tr("%n subscription(s)", "", size))
        self.counted.emit(size)

    def _not_counted(self, request: int, error: KnownError) -> None:
        if request == self._count_request:
            self.count.setText("—")
            self.errors.show(error)

    # -- the file ----------------------------------------------------------------------

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the subscribers as"),
            self.path.text(),
            self.tr("CSV files (*.csv)"),
        )
        if chosen:
            self.path.setText(chosen)

    def _target(self) -> Path | None:
        """The file to write, `.csv` added when missing; None (and the reason shown)
        when there is none."""
        text = self.path.text().strip()
        if not text:
            problem = self.tr("Choose where to save the file.")
        else:
            path = Path(text).expanduser()
            if path.suffix.lower() != ".csv":
                path = path.with_name(path.name + ".csv")
            if not path.is_dir():
                return path
            problem = self.tr("{path} is a folder: give a file name.").format(path=path)
        self.errors.show(ValidationError.single("path", local_error(problem)))
        return None

    def submit(self) -> None:
        self.errors.clear()
        path = self._target()
        if path is None:
            return
        segment, today, language = self.segment(), self._today, self._language
        self.confirm.setEnabled(False)
        DbOp(
            self._operations,
            lambda session: export_segment(session, segment, path, today=today, language=language),
            slow=True,
        ).success(self._written).failure(self._refused).run(self)

    def _written(self, exported: Exported) -> None:
        if self._closed:
            return  # closed while writing: the file is written, and nobody is waiting
        self.confirm.setEnabled(True)
        if exported.problem is not None:
            problem = self.tr("The file could not be written to {path}: {problem}").format(
                path=exported.path, problem=exported.problem
            )
            self.errors.show(ValidationError.single("path", local_error(problem)))
            return
        QSettings().setValue(_FOLDER_KEY, str(exported.path.parent))
        self.exported.emit(exported)
        self.accept()

    def _refused(self, error: KnownError) -> None:
        if not self._closed:
            self.confirm.setEnabled(True)
            self.errors.show(error)

    def done(self, result: int) -> None:
        # An answer arriving after this finds the widgets gone: it is dropped.
        self._closed = True
        self._count_request += 1
        self._recount.stop()
        super().done(result)
