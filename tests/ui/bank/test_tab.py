"""The Bank tab: a CAMT.053 statement imported, its lines with their suggestions and
how sure each is, what the owner does with them (confirm, correct, set aside, bring
back), and the files refused: one already imported, one malformed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cadence.domain.invoicing import InvoiceStatus
from cadence.services.reconciliation import LineView
from cadence.store.database import Database
from cadence.store.models import LineState, MatchKind
from cadence.ui.bank.tab import BankTab
from cadence.ui.bank.table import AMOUNT, CONFIDENCE, PILL_ROLE

from .conftest import (  # type: ignore[import-not-found]
    Books,
    Files,
    Navigator,
    import_file,
    invoice_status,
    lines,
)

# A bank's statement of November, as banks write ISO 20022 camt.053: a direct debit of
# Garage Fournier's sent back (insufficient funds), a transfer naming Élodie's
# invoice FA2026-00001, a transfer from someone unknown, and the bank's own fee.
CAMT = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
 <BkToCstmrStmt>
  <GrpHdr><MsgId>STMT-20261124</MsgId><CreDtTm>2026-11-25T06:00:00</CreDtTm></GrpHdr>
  <Stmt>
   <Id>20261124-01</Id>
   <CreDtTm>2026-11-25T06:00:00</CreDtTm>
   <FrToDt><FrDtTm>2026-11-01T00:00:00</FrDtTm><ToDtTm>2026-11-24T23:59:59</ToDtTm></FrToDt>
   <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
   <Ntry>
    <Amt Ccy="EUR">34.80</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-09</Dt></BookgDt><AcctSvcrRef>BQ-1109-01</AcctSvcrRef>
    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
    <NtryDtls><TxDtls>
     <Refs><EndToEndId>FA2026-00002/20261030001001</EndToEndId></Refs>
     <RltdPties><Dbtr><Nm>GARAGE FOURNIER SARL</Nm></Dbtr></RltdPties>
     <RmtInf><Ustrd>RETOUR PRLV SEPA FA2026-00002</Ustrd></RmtInf>
     <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry>
    <Amt Ccy="EUR">34.80</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-20</Dt></BookgDt><AcctSvcrRef>BQ-1120-01</AcctSvcrRef>
    <NtryDtls><TxDtls>
     <RltdPties><Dbtr><Nm>LEFEVRE ELODIE</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></DbtrAcct></RltdPties>
     <RmtInf><Ustrd>VIR SEPA FACTURE FA2026-00001</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry>
    <Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-21</Dt></BookgDt><AcctSvcrRef>BQ-1121-01</AcctSvcrRef>
    <NtryDtls><TxDtls>
     <RltdPties><Dbtr><Nm>JEAN DURAND</Nm></Dbtr></RltdPties>
     <RmtInf><Ustrd>VIREMENT DE M. DURAND</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry>
    <Amt Ccy="EUR">7.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-23</Dt></BookgDt><AcctSvcrRef>BQ-1123-01</AcctSvcrRef>
    <AddtlNtryInf>FRAIS TENUE DE COMPTE</AddtlNtryInf>
   </Ntry>
  </Stmt>
 </BkToCstmrStmt>
</Document>
"""
RETURN_TEXT = "Returned direct debit · AM04 insufficient funds · Garage Fournier SARL"


def statement(tmp_path: Path, text: str = CAMT, name: str = "releve-novembre.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def imported(tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path) -> QMessageBox:
    notice = import_file(tab, files, qtbot, statement(tmp_path))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    return notice


def texts(tab: BankTab, row: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def select(tab: BankTab, qtbot: QtBot, text: str) -> None:
    """Select the line whose label is `text`; its detail shows."""
    row = next(i for i, line in enumerate(tab.model.rows()) if line.text == text)
    tab.table.view.selectRow(row)
    qtbot.waitUntil(lambda: tab.detail.row is not None and tab.detail.row.text == text)


def show(tab: BankTab, qtbot: QtBot, view: LineView) -> None:
    with qtbot.waitSignal(tab.model.loaded):
        tab.view_choice.setCurrentIndex(tab.view_choice.findData(view))


def test_an_empty_tab_says_what_to_import(tab: BankTab, files: Files) -> None:
    assert tab.model.rowCount() == 0
    assert "No bank statement yet" in tab.empty.text()
    assert "OFX, CAMT.053, MT940 or CSV" in tab.empty.text()
    assert "Stripe or PayPal" in tab.empty.text()
    assert not tab.confirm_sure_button.isEnabled()
    assert tab.detail.isHidden()  # nothing to select yet: the sentence alone
    tab.import_button.click()  # the dialog answered "Cancel": nothing happens
    assert files.asked == [
        "Bank statements (*.ofx *.qfx *.xml *.sta *.mt940 *.txt *.csv);;All files (*)"
    ]
    assert tab.importer.notice is None


def test_an_imported_statement_lists_its_lines_with_suggestions_and_confidences(
    tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path
) -> None:
    notice = imported(tab, files, qtbot, tmp_path)
    assert notice.text() == (
        "Statement imported: 4 line(s), 4 new, 2 match(es) suggested, 1 expense(s) set aside."
    )
    qtbot.waitUntil(lambda: tab.view_choice.itemText(0) == "To review (3)")
    assert [tab.view_choice.itemText(i) for i in range(4)] == [
        "To review (3)",
        "Confirmed (0)",
        "Set aside (1)",
        "All (4)",
    ]
    # The latest first; the bank's fee is set aside on its own.
    assert texts(tab, 0) == [
        "21 Nov 2026",
        "VIREMENT DE M. DURAND",
        "JEAN DURAND",
        "€50.00",
        "",
        "No match",
        "",
    ]
    assert texts(tab, 1) == [
        "20 Nov 2026",
        "VIR SEPA FACTURE FA2026-00001",
        "LEFEVRE ELODIE",
        "€34.80",
        "",
        "Invoice FA2026-00001 · Élodie Lefèvre",
        "Sure",
    ]
    assert texts(tab, 2)[3:] == ["-€34.80", "", RETURN_TEXT, "Sure"]

    def colour(row: int, column: int) -> str:
        brush = tab.model.data(tab.model.index(row, column), Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush)
        return brush.color().name()

    assert colour(1, AMOUNT) != colour(2, AMOUNT)  # money in green, money out red
    assert colour(0, AMOUNT) == colour(1, AMOUNT)
    pill = tab.model.data(tab.model.index(1, CONFIDENCE), PILL_ROLE)
    assert pill is not None  # the sure word drawn as a badge
    assert tab.model.data(tab.model.index(0, CONFIDENCE), PILL_ROLE) is None
    assert tab.confirm_sure_button.isEnabled()

    show(tab, qtbot, LineView.IGNORED)
    assert texts(tab, 0)[1:4] == ["FRAIS TENUE DE COMPTE", "", "-€7.50"]
    assert texts(tab, 0)[6] == "Set aside"


def test_the_detail_shows_what_the_file_said_and_the_suggestion(
    tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path
) -> None:
    imported(tab, files, qtbot, tmp_path)
    detail = tab.detail
    assert detail.isVisibleTo(tab)
    assert detail.pages.currentWidget() is detail.hint
    select(tab, qtbot, "RETOUR PRLV SEPA FA2026-00002")
    assert detail.heading.text() == "Money out: -€34.80 on 9 Nov 2026"
    assert detail.payer.text() == "GARAGE FOURNIER SARL"
    assert detail.reason.text() == "AM04 insufficient funds"
    assert detail.end_to_end.text() == "FA2026-00002/20261030001001"
    assert detail.collection.isHidden()  # the same id: said once
    assert detail.reference.text() == "BQ-1109-01"
    assert detail.origin.text().startswith("releve-novembre.xml, line ")
    assert detail.origin.text().endswith(" (CAMT.053)")
    assert detail.suggestion_title.text() == "Cadence suggests:"
    assert detail.suggestion.text() == RETURN_TEXT
    assert detail.badge.text() == "Sure"
    assert detail.why.text() == "Why: a direct debit the customer's bank sent back"
    assert detail.confirm_button.isEnabled()
    assert detail.restore_button.isHidden()

    select(tab, qtbot, "VIR SEPA FACTURE FA2026-00001")
    assert detail.iban.text() == "FR7630004000031234567890143"
    assert detail.end_to_end.isHidden()

    select(tab, qtbot, "VIREMENT DE M. DURAND")
    assert detail.heading.text() == "Money in: €50.00 on 21 Nov 2026"
    assert detail.iban.isHidden()
    assert detail.reason.isHidden()
    assert detail.suggestion.text() == "Nothing matches: choose the customer with Correct…"
    assert detail.badge.isHidden()
    assert not detail.confirm_button.isEnabled()  # nothing to confirm: correct it first
    assert detail.customer_button.isHidden()


def test_confirm_records_the_payment_and_says_what_it_recorded(
    tab: BankTab,
    files: Files,
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    books: Books,
) -> None:
    imported(tab, files, qtbot, tmp_path)
    invoice_id = books.numbers["FA2026-00001"]
    assert invoice_status(database, invoice_id) is InvoiceStatus.ISSUED
    select(tab, qtbot, "VIR SEPA FACTURE FA2026-00001")
    tab.detail.confirm_button.click()
    status = tab.context.window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Recorded"))
    assert status.currentMessage() == ("Recorded: Invoice FA2026-00001 · Élodie Lefèvre, €34.80.")
    assert invoice_status(database, invoice_id) is InvoiceStatus.PAID
    confirmed = [line for line in lines(database) if line.state is LineState.CONFIRMED]
    assert [line.text for line in confirmed] == ["VIR SEPA FACTURE FA2026-00001"]
    assert confirmed[0].payment_id is not None
    # Gone from what is left to review; counted among the confirmed.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and operations_idle(tab))
    assert tab.view_choice.itemText(1) == "Confirmed (1)"
    show(tab, qtbot, LineView.CONFIRMED)
    select(tab, qtbot, "VIR SEPA FACTURE FA2026-00001")
    assert tab.detail.suggestion_title.text() == "Recorded:"
    assert tab.detail.confirm_button.isHidden()
    assert tab.detail.correct_button.isHidden()


def operations_idle(tab: BankTab) -> bool:
    return tab.context.operations.pending == 0


def test_confirm_all_sure_matches_asks_how_many_and_how_much(
    tab: BankTab,
    files: Files,
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    books: Books,
) -> None:
    imported(tab, files, qtbot, tmp_path)
    tab.confirm_sure_button.click()
    box = tab.confirmation
    assert isinstance(box, QMessageBox)
    assert box.text() == (
        "Record the 2 sure match(es) shown?\n\nIn all: €34.80 received, €34.80 returned."
    )
    record = next(button for button in box.buttons() if button.text() == "Record them")
    record.click()
    status = tab.context.window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage() == "2 line(s) confirmed and recorded.")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and operations_idle(tab))
    assert invoice_status(database, books.numbers["FA2026-00001"]) is InvoiceStatus.PAID
    # The collection came back: Garage Fournier's invoice waits for payment again.
    assert invoice_status(database, books.numbers["FA2026-00002"]) is InvoiceStatus.ISSUED
    assert not tab.confirm_sure_button.isEnabled()


def test_correct_assigns_the_unknown_payer_then_confirm_records_it(
    tab: BankTab,
    files: Files,
    qtbot: QtBot,
    tmp_path: Path,
    database: Database,
    books: Books,
) -> None:
    imported(tab, files, qtbot, tmp_path)
    select(tab, qtbot, "VIREMENT DE M. DURAND")
    tab.detail.correct_button.click()
    dialog = tab.dialog
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()  # no customer yet
    with qtbot.waitSignal(dialog.customer.suggestions_loaded):
        qtbot.keyClicks(dialog.customer, "Bruno")
    dialog.customer.choose(0)
    qtbot.waitUntil(lambda: dialog.choices.count() == 2)
    # The oldest first, as far as the 50.00 € go: October's, then part of November's.
    assert [dialog.choices.item(i).text() for i in range(2)] == [
        "FA2026-00003 — due 31 Oct 2026 — €34.80 left to pay",
        "FA2026-00006 — due 1 Dec 2026 — €34.80 left to pay",
    ]
    assert dialog.ticked_invoices() == [
        books.numbers["FA2026-00003"],
        books.numbers["FA2026-00006"],
    ]
    assert dialog.summary.text() == "€50.00 pays the invoices ticked."
    dialog.choices.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.summary.text() == (
        "€34.80 pays the invoices ticked; €15.20 is kept as their credit."
    )
    dialog.choices.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.finished):
        dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: tab.detail.row is not None and tab.detail.row.match_kind is MatchKind.BY_HAND
    )
    assert tab.detail.suggestion.text() == "Invoices FA2026-00003, FA2026-00006 · Bruno Petit"
    assert tab.detail.why.text() == "Why: chosen by you"
    assert tab.detail.confirm_button.isEnabled()
    tab.detail.confirm_button.click()
    status = tab.context.window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Recorded:"))
    assert invoice_status(database, books.numbers["FA2026-00003"]) is InvoiceStatus.PAID
    assert invoice_status(database, books.numbers["FA2026-00006"]) is InvoiceStatus.PARTIALLY_PAID


def test_a_line_set_aside_can_be_brought_back(
    tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path, database: Database
) -> None:
    imported(tab, files, qtbot, tmp_path)
    select(tab, qtbot, "VIREMENT DE M. DURAND")
    tab.detail.ignore_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and operations_idle(tab))
    assert tab.view_choice.itemText(2) == "Set aside (2)"
    show(tab, qtbot, LineView.IGNORED)
    select(tab, qtbot, "VIREMENT DE M. DURAND")
    assert tab.detail.suggestion_title.text() == "Set aside: nothing recorded."
    assert tab.detail.ignore_button.isHidden()
    tab.detail.restore_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and operations_idle(tab))
    durand = next(line for line in lines(database) if line.text == "VIREMENT DE M. DURAND")
    assert durand.state is LineState.UNMATCHED


def test_the_same_file_again_is_refused_and_adds_nothing(
    tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path, database: Database
) -> None:
    imported(tab, files, qtbot, tmp_path)
    again = import_file(tab, files, qtbot, statement(tmp_path, name="releve-copie.xml"))
    assert again.icon() is QMessageBox.Icon.Warning
    assert again.text() == (
        "releve-copie.xml was already imported on 25 Nov 2026 (as releve-novembre.xml): "
        "nothing was added"
    )
    assert len(lines(database)) == 4
    assert tab.import_button.isEnabled()


def test_a_malformed_file_names_the_line_and_records_nothing(
    tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path, database: Database
) -> None:
    broken = CAMT.replace('<Amt Ccy="EUR">50.00</Amt>', '<Amt Ccy="EUR">50,x0</Amt>')
    notice = import_file(tab, files, qtbot, statement(tmp_path, broken, "releve-abime.xml"))
    assert notice.icon() is QMessageBox.Icon.Warning
    assert notice.text() == "releve-abime.xml, line 31: “50,x0” is not an amount"
    assert lines(database) == []
    assert tab.model.rowCount() == 0


def test_a_file_that_cannot_be_read_says_why(
    tab: BankTab, files: Files, qtbot: QtBot, tmp_path: Path
) -> None:
    notice = import_file(tab, files, qtbot, tmp_path / "absent.xml")
    assert notice.text() == "“absent.xml” could not be read: No such file or directory"


def test_show_the_customer_opens_their_record(
    tab: BankTab,
    files: Files,
    qtbot: QtBot,
    tmp_path: Path,
    books: Books,
    navigator: Navigator,
) -> None:
    imported(tab, files, qtbot, tmp_path)
    select(tab, qtbot, "VIR SEPA FACTURE FA2026-00001")
    tab.detail.customer_button.click()
    assert navigator.opened == [("customers", books.customers["Élodie Lefèvre"])]
