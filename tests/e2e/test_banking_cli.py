"""`cadence mandate`, `cadence sepa` and `cadence bank`: a mandate signed, the month's
direct debits written for the bank as pain.008, the bank's statement read back,
matched and confirmed, a debit returned; and what would go wrong (a bad IBAN, a
closed day, a file that cannot be written, a broken statement) refused in one line
with nothing recorded."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadence.domain.direct_debit import BatchStatus, CollectionStatus, MandateScheme
from cadence.domain.invoicing import InvoiceStatus, PaymentStatus
from cadence.domain.parties import CustomerKind, PaymentMethod
from cadence.services.billing import run_billing
from cadence.services.catalogue import ItemData, PlanData, create_item, create_plan
from cadence.services.company import CompanyData, save_company
from cadence.services.customers import CustomerData, create_customer
from cadence.services.direct_debit import batch_collections, list_batches
from cadence.services.mandates import MandateData, create_mandate, list_mandates
from cadence.services.subscriptions import SubscriptionData, create_subscription
from cadence.store.database import open_database
from cadence.store.models import (
    BankStatement,
    Invoice,
    LineState,
    Payment,
    PaymentAllocation,
    StatementLine,
)

from .conftest import Run  # type: ignore[import-not-found]

START = date(2026, 9, 1)
TODAY = date(2026, 11, 25)  # a Wednesday
COLLECTION = date(2026, 11, 27)  # the Friday after: an open TARGET day
STATEMENT_DAY = date(2026, 12, 1)  # the bank's statement of the week, read then
PAIN = "{urn:iso:std:iso:20022:tech:xsd:pain.008.001.08}"
OBRIEN, ELODIE, BRUNO = "O'Brien & <Fils>", "Élodie Lefèvre", "Bruno Petit"
BAD_IBAN = "FR76 3000 6000 0112 3456 7890 188"  # the last check digit wrong

# The bank's statement of the week, as a French bank writes CAMT.053: the batch
# credited whole, O'Brien's debit sent back for insufficient funds, a transfer nobody
# announced, interest, and the bank's fee.
CAMT = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
 <BkToCstmrStmt>
  <GrpHdr><MsgId>RELEVE-20261201</MsgId><CreDtTm>2026-12-01T06:00:00</CreDtTm></GrpHdr>
  <Stmt>
   <Id>2026-335</Id><CreDtTm>2026-12-01T06:00:00</CreDtTm>
   <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
   <Ntry><Amt Ccy="EUR">208.80</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-27</Dt></BookgDt><ValDt><Dt>2026-11-27</Dt></ValDt>
    <AcctSvcrRef>CA0001</AcctSvcrRef>
    <NtryDtls><TxDtls><RmtInf><Ustrd>REMISE PRLV SEPA {batch}</Ustrd></RmtInf></TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">34.80</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-30</Dt></BookgDt><AcctSvcrRef>CA0002</AcctSvcrRef>
    <NtryDtls><TxDtls>
     <Refs><EndToEndId>{e2e}</EndToEndId></Refs>
     <RltdPties><Dbtr><Nm>O'BRIEN + (FILS)</Nm></Dbtr></RltdPties>
     <RmtInf><Ustrd>RETOUR PRLV SEPA</Ustrd></RmtInf>
     <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">99.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-28</Dt></BookgDt><AcctSvcrRef>CA0003</AcctSvcrRef>
    <NtryDtls><TxDtls>
     <RltdPties><Dbtr><Nm>M DURAND</Nm></Dbtr></RltdPties>
     <RmtInf><Ustrd>VIREMENT</Ustrd></RmtInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-29</Dt></BookgDt><AcctSvcrRef>CA0004</AcctSvcrRef>
    <NtryDtls><TxDtls><RmtInf><Ustrd>INTERETS</Ustrd></RmtInf></TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">12.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><Dt>2026-11-30</Dt></BookgDt><AcctSvcrRef>CA0005</AcctSvcrRef>
    <NtryDtls><TxDtls><RmtInf><Ustrd>FRAIS BANCAIRES</Ustrd></RmtInf></TxDtls></NtryDtls>
   </Ntry>
  </Stmt>
 </BkToCstmrStmt>
</Document>
"""


@dataclass(frozen=True)
class Books:
    path: Path
    customers: dict[str, int]  # by name

    def on(self, day: date) -> list[str]:
        """The options that name these books and the day the command runs."""
        return ["--db", str(self.path), "--today", day.isoformat()]


@pytest.fixture(scope="module")
def template(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> tuple[Path, dict[str, int]]:
    """Atelier Nuage SAS (IBAN, BIC, creditor identifier FR72ZZZ123456) and three customers
    paying a 29.00 € + 20 % VAT monthly box by direct debit from 1 Oct, billed on 1 Oct
    (due 31 Oct) and 1 Nov (due 1 Dec): O'Brien & <Fils> (1 box, 34.80 €: FA2026-00001
    and 00004) and Élodie Lefèvre (2 boxes, 69.60 €: 00002 and 00005), each with a
    mandate; Bruno Petit (3 boxes, 104.40 €: 00003 and 00006) without one yet. Made
    once for the module, copied for each test."""
    path = tmp_path_factory.mktemp("banking") / "cadence.sqlite3"
    shutil.copyfile(migrated_template, path)
    customers: dict[str, int] = {}
    database = open_database(path)
    with database.batches() as session:
        save_company(
            session,
            CompanyData(
                legal_name="Atelier Nuage SAS",
                address_line1="12 rue de la Charité",
                postal_code="69002",
                city="Lyon",
                siren="732829320",
                vat_number="FR44732829320",
                iban="FR76 3000 6000 0112 3456 7890 189",
                bic="AGRIFRPP",
                sepa_creditor_id="FR72ZZZ123456",
            ),
            today=START,
        )
        item = create_item(session, ItemData(name="Box du mois"), today=START)
        plan = create_plan(
            session,
            PlanData("Box mensuelle", item.id, Decimal("29.00"), available_from=date(2024, 1, 1)),
            today=START,
        )
        for name, kind, iban, bic, boxes, signed_on in (
            (OBRIEN, CustomerKind.COMPANY, "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", 1,
             date(2026, 9, 20)),
            (ELODIE, CustomerKind.INDIVIDUAL, "FR14 2004 1010 0505 0001 3M02 606", "", 2,
             date(2026, 9, 22)),
            (BRUNO, CustomerKind.INDIVIDUAL, "GB29 NWBK 6016 1331 9268 19", "", 3, None),
        ):  # fmt: skip
            customer = create_customer(
                session,
                CustomerData(
                    name,
                    kind=kind,
                    address_line1="3 place Bellecour",
                    postal_code="69002",
                    city="Lyon",
                    payment_method=PaymentMethod.DIRECT_DEBIT,
                    iban=iban,
                    bic=bic,
                ),
                today=START,
            )
            customers[name] = customer.id
            create_subscription(
                session,
                SubscriptionData(customer.id, plan.id, date(2026, 10, 1), quantity=boxes),
                today=START,
            )
            if signed_on is not None:
                create_mandate(
                    session,
                    MandateData(customer_id=customer.id, signed_on=signed_on),
                    today=date(2026, 9, 30),
                )
        session.commit()
        for day in (date(2026, 10, 1), date(2026, 11, 1)):
            run_billing(session, as_of=day)
        session.commit()
    database.close()
    return path, customers


@pytest.fixture
def books(tmp_path: Path, template: tuple[Path, dict[str, int]]) -> Books:
    path = tmp_path / "cadence.sqlite3"
    shutil.copyfile(template[0], path)
    return Books(path, template[1])


@contextmanager
def reading(books: Books) -> Iterator[Session]:
    database = open_database(books.path)
    try:
        with database.reading() as session:
            yield session
    finally:
        database.close()


def table(text: str) -> list[dict[str, str]]:
    """The rows of a table the command printed: each column starts where its header does."""
    header, *rows = text.splitlines()
    columns = [(found.group(), found.start()) for found in re.finditer(r"\S+", header)]
    ends = [start for _, start in columns[1:]] + [None]
    return [
        {name: row[start:end].strip() for (name, start), end in zip(columns, ends, strict=True)}
        for row in rows
    ]


def invoice_statuses(books: Books) -> dict[str, InvoiceStatus]:
    with reading(books) as session:
        return {
            str(number): status
            for number, status in session.execute(select(Invoice.number, Invoice.status))
        }


def batch_count(books: Books) -> int:
    with reading(books) as session:
        return len(list_batches(session))


@pytest.fixture(scope="module")
def pain008_schema() -> etree.XMLSchema:
    path = files("sepaxml") / "schemas" / "pain.008.001.08.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


def test_a_mandate_is_recorded_listed_and_revoked_and_a_bad_iban_refused(
    cadence_in_process: Run, books: Books
) -> None:
    bruno = books.customers[BRUNO]
    refused = cadence_in_process(
        "mandate", "add", *books.on(TODAY), "--customer", str(bruno), "--iban", BAD_IBAN
    )
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr.startswith(f"cadence mandate: --iban: “{BAD_IBAN}” is not a valid IBAN")
    assert refused.stderr.count("\n") == 1
    with reading(books) as session:
        assert list_mandates(session, bruno) == []

    done = cadence_in_process(
        "mandate", "add", *books.on(TODAY), "--customer", str(bruno), "--signed-on", "2026-11-20"
    )
    assert (done.returncode, done.stderr) == (0, "")
    reference = f"ATELIERNUAGE-{bruno:06d}-01"  # made up from the company's name
    assert done.stdout == f"Mandate {reference} (CORE) recorded for Bruno Petit\n"
    with reading(books) as session:
        [mandate] = list_mandates(session, bruno)
    assert (mandate.reference, mandate.scheme, mandate.signed_on, mandate.iban, mandate.bic) == (
        reference,
        MandateScheme.CORE,
        date(2026, 11, 20),
        "GB29NWBK60161331926819",  # the customer's, as none was typed
        None,
    )

    listed = cadence_in_process("mandate", "list", *books.on(TODAY))
    assert (listed.returncode, listed.stderr) == (0, "")
    rows = {row["customer"]: row for row in table(listed.stdout)}
    assert set(rows) == {OBRIEN, ELODIE, BRUNO}
    assert rows[BRUNO] == {
        "id": str(mandate.id),
        "customer": BRUNO,
        "reference": reference,
        "scheme": "CORE",
        "signed": "2026-11-20",
        "iban": "GB29NWBK60161331926819",
        "next": "FRST",
        "revoked": "",
        "lapses": "2029-11-20",  # 36 months without a collection
    }
    only = cadence_in_process("mandate", "list", *books.on(TODAY), "--customer", str(bruno))
    assert [row["reference"] for row in table(only.stdout)] == [reference]

    revoked = cadence_in_process("mandate", "revoke", str(mandate.id), *books.on(TODAY))
    assert (revoked.returncode, revoked.stderr) == (0, "")
    assert revoked.stdout == f"Mandate {reference} revoked on 2026-11-25\n"
    again = cadence_in_process("mandate", "revoke", str(mandate.id), *books.on(TODAY))
    assert (again.returncode, again.stdout) == (2, "")
    assert again.stderr == f"cadence mandate: mandate {reference} was revoked on 2026-11-25\n"
    with reading(books) as session:
        assert list_mandates(session, bruno)[0].revoked_on == TODAY
    listed = cadence_in_process("mandate", "list", *books.on(TODAY), "--customer", str(bruno))
    assert table(listed.stdout)[0]["revoked"] == "2026-11-25"


def test_the_batch_is_written_valid_listed_saved_again_and_not_collected_twice(
    cadence: Run,
    cadence_in_process: Run,
    books: Books,
    tmp_path: Path,
    pain008_schema: etree.XMLSchema,
) -> None:
    target = tmp_path / "prelevements.xml"
    # The one real process of the module: the file a user hands to the bank.
    done = cadence(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(target),
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        f"Wrote batch CAD-20261125-001 to {target}: 2 collection(s), 104.40 EUR, on 2026-11-27\n"
        "  left out: FA2026-00003 (Bruno Petit): the customer has no mandate in force\n"
    )
    content = target.read_bytes()
    root = etree.fromstring(content)
    assert root.tag == f"{PAIN}Document"
    assert pain008_schema.validate(root), pain008_schema.error_log
    header = root.find(f"{PAIN}CstmrDrctDbtInitn/{PAIN}GrpHdr")
    assert header is not None
    assert header.findtext(f"{PAIN}MsgId") == "CAD-20261125-001"
    assert header.findtext(f"{PAIN}NbOfTxs") == "2"
    assert header.findtext(f"{PAIN}CtrlSum") == "104.40"
    amounts = [Decimal(str(node.text)) for node in root.iter(f"{PAIN}InstdAmt")]
    assert amounts == [Decimal("34.80"), Decimal("69.60")]
    assert sum(amounts) == Decimal("104.40")
    assert [node.text for node in root.iter(f"{PAIN}SeqTp")] == ["FRST"]  # first use of both
    assert root.findtext(f".//{PAIN}ReqdColltnDt") == "2026-11-27"
    assert root.findtext(f".//{PAIN}CdtrSchmeId//{PAIN}Othr/{PAIN}Id") == "FR72ZZZ123456"
    debtors = [node.findtext(f"{PAIN}Nm") for node in root.iter(f"{PAIN}Dbtr")]
    assert debtors == ["O'Brien + (Fils)", "Elodie Lefevre"]  # SEPA's character set
    ids = [node.text for node in root.iter(f"{PAIN}EndToEndId")]
    assert ids == ["FA2026-00001/20261125001001", "FA2026-00002/20261125001002"]

    with reading(books) as session:
        [batch] = list_batches(session)
        collections = batch_collections(session, batch.id)
    assert (batch.reference, batch.status, batch.count, batch.total, batch.collection_date) == (
        "CAD-20261125-001",
        BatchStatus.REQUESTED,
        2,
        Decimal("104.40"),
        COLLECTION,
    )
    assert [(c.invoice_number, c.end_to_end_id, c.status) for c in collections] == [
        ("FA2026-00001", ids[0], CollectionStatus.REQUESTED),
        ("FA2026-00002", ids[1], CollectionStatus.REQUESTED),
    ]

    listed = cadence_in_process("sepa", "batches", *books.on(TODAY))
    assert (listed.returncode, listed.stderr) == (0, "")
    assert table(listed.stdout) == [
        {
            "id": str(batch.id),
            "reference": "CAD-20261125-001",
            "scheme": "CORE",
            "collection_date": "2026-11-27",
            "status": "requested",
            "count": "2",
            "total": "104.40",
            "returned": "0",
        }
    ]

    # The batch keeps its file: saved again, the same bytes.
    copy = tmp_path / "copie.xml"
    saved = cadence_in_process("sepa", "file", str(batch.id), *books.on(TODAY), "-o", str(copy))
    assert (saved.returncode, saved.stderr, saved.stdout) == (0, "", f"Wrote {copy}\n")
    assert copy.read_bytes() == content

    # Everything due by that day is in the batch already.
    second = tmp_path / "encore.xml"
    again = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(second),
    )  # fmt: skip
    assert (again.returncode, again.stdout) == (2, "")
    assert again.stderr == (
        "cadence sepa: no open invoice of a direct-debit customer can be collected on 2026-11-27\n"
    )
    assert not second.exists()
    assert batch_count(books) == 1


TOO_SOON = "the collection date must be after today (2026-11-25): the bank needs a day"
CLOSED = "{} is a day the SEPA system is closed (weekend or TARGET holiday): choose {}"


@pytest.mark.parametrize(
    ("day", "said"),
    [
        ("2026-11-29", CLOSED.format("2026-11-29", "2026-11-30")),  # a Sunday
        # Christmas, then Boxing Day, then the weekend.
        ("2026-12-25", CLOSED.format("2026-12-25", "2026-12-28")),
        ("2026-11-25", TOO_SOON),
    ],
    ids=["sunday", "christmas", "today"],
)
def test_a_day_the_bank_cannot_collect_is_refused_with_nothing_written(
    cadence_in_process: Run, books: Books, tmp_path: Path, day: str, said: str
) -> None:
    target = tmp_path / "prelevements.xml"
    done = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", day, "-o", str(target)
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"cadence sepa: {said}\n"
    assert not target.exists()
    assert batch_count(books) == 0


def test_a_file_that_cannot_be_written_records_no_batch(
    cadence_in_process: Run, books: Books, tmp_path: Path
) -> None:
    (tmp_path / "not-a-folder").write_text("")
    target = tmp_path / "not-a-folder" / "prelevements.xml"
    done = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(target),
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"cadence sepa: cannot write {target}: ")
    assert done.stderr.count("\n") == 1
    listed = cadence_in_process("sepa", "batches", *books.on(TODAY))
    assert (listed.returncode, table(listed.stdout)) == (0, [])
    # Nothing was kept: the invoices are still to collect, the reference still free.
    retried = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(tmp_path / "prelevements.xml"),
    )  # fmt: skip
    assert retried.returncode == 0
    assert retried.stdout.startswith("Wrote batch CAD-20261125-001 to ")
    assert ": 2 collection(s), 104.40 EUR, on 2026-11-27\n" in retried.stdout


def test_an_invoice_issued_before_its_mandate_is_collected_only_when_asked_for(
    cadence_in_process: Run, books: Books, tmp_path: Path
) -> None:
    bruno = books.customers[BRUNO]
    signed = cadence_in_process(
        "mandate", "add", *books.on(TODAY), "--customer", str(bruno), "--signed-on", "2026-11-20"
    )
    assert signed.returncode == 0
    first = tmp_path / "first.xml"
    exported = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(first),
    )  # fmt: skip
    assert (exported.returncode, exported.stderr) == (0, "")
    assert exported.stdout == (
        f"Wrote batch CAD-20261125-001 to {first}: 2 collection(s), 104.40 EUR, on 2026-11-27\n"
        "  left out: FA2026-00003 (Bruno Petit): the customer was not told it would be debited "
        "(its PDF asks for a transfer, or its debit came back); --also-unannounced collects it\n"
    )
    second = tmp_path / "second.xml"
    refused = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(second),
    )  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr == (
        "cadence sepa: none of the 1 invoice(s) that could be collected was announced to its "
        "customer (its PDF asks for a transfer, or its debit came back): --also-unannounced "
        "collects them, if you warned the customers\n"
    )
    assert not second.exists()
    with reading(books) as session:
        assert len(list_batches(session)) == 1


def test_the_statement_confirms_the_batch_and_a_returned_debit_makes_the_invoice_unpaid(
    cadence_in_process: Run, books: Books, tmp_path: Path
) -> None:
    bruno = books.customers[BRUNO]
    signed = cadence_in_process(
        "mandate", "add", *books.on(TODAY), "--customer", str(bruno), "--signed-on", "2026-11-20"
    )
    assert signed.returncode == 0
    # Bruno's invoice was issued before his mandate and asked for a transfer: it is
    # collected only when asked for, as the owner who warned him does here.
    exported = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(tmp_path / "prelevements.xml"), "--also-unannounced",
    )  # fmt: skip
    assert (exported.returncode, exported.stderr) == (0, "")
    assert exported.stdout == (
        f"Wrote batch CAD-20261125-001 to {tmp_path / 'prelevements.xml'}: 3 collection(s), "
        "208.80 EUR, on 2026-11-27\n"
    )
    with reading(books) as session:
        [batch] = list_batches(session)
        e2e = {c.invoice_number: c.end_to_end_id for c in batch_collections(session, batch.id)}
    assert set(e2e) == {"FA2026-00001", "FA2026-00002", "FA2026-00003"}

    statement = tmp_path / "releve.xml"
    statement.write_text(CAMT.format(batch=batch.reference, e2e=e2e["FA2026-00001"]), "utf-8")
    imported = cadence_in_process("bank", "import", str(statement), *books.on(STATEMENT_DAY))
    assert (imported.returncode, imported.stderr) == (0, "")
    assert imported.stdout == "Imported releve.xml: 5 line(s), 5 new, 2 matched, 1 set aside\n"

    shown = cadence_in_process("bank", "lines", *books.on(STATEMENT_DAY))
    assert (shown.returncode, shown.stderr) == (0, "")
    lines = {row["amount"]: row for row in table(shown.stdout)}
    assert set(lines) == {"208.80", "-34.80", "99.00", "5.00"}  # the bank's fee set aside
    assert {
        amount: (row["state"], row["match"], row["confidence"], row["customer"], row["pays"])
        for amount, row in lines.items()
    } == {
        "208.80": ("suggested", "batch", "100", "", "CAD-20261125-001"),
        "-34.80": ("suggested", "return", "100", OBRIEN, e2e["FA2026-00001"]),
        "99.00": ("unmatched", "", "0", "", ""),
        "5.00": ("unmatched", "", "0", "", ""),
    }
    with reading(books) as session:
        assert session.scalar(select(func.count()).select_from(Payment)) == 0  # nothing yet

    confirmed = cadence_in_process("bank", "confirm", "--sure", *books.on(STATEMENT_DAY))
    assert (confirmed.returncode, confirmed.stderr) == (0, "")
    assert confirmed.stdout == "Confirmed 2 line(s)\n"
    with reading(books) as session:
        [after] = list_batches(session)
        collections = {c.invoice_number: c.status for c in batch_collections(session, batch.id)}
        returned = session.scalars(
            select(Payment).where(Payment.status == PaymentStatus.RETURNED)
        ).one()
    assert (after.status, after.returned) == (BatchStatus.CONFIRMED, 1)
    assert collections == {
        "FA2026-00001": CollectionStatus.RETURNED,
        "FA2026-00002": CollectionStatus.PAID,
        "FA2026-00003": CollectionStatus.PAID,
    }
    assert (returned.customer_id, returned.amount, returned.method) == (
        books.customers[OBRIEN],
        Decimal("34.80"),
        PaymentMethod.DIRECT_DEBIT,
    )
    assert (returned.returned_on, returned.return_reason) == (
        date(2026, 11, 30),
        "AM04 insufficient funds",
    )
    statuses = invoice_statuses(books)
    assert statuses["FA2026-00001"] is InvoiceStatus.ISSUED  # unpaid again
    assert statuses["FA2026-00002"] is statuses["FA2026-00003"] is InvoiceStatus.PAID
    invoices = cadence_in_process("invoice", "list", *books.on(STATEMENT_DAY))
    rows = {row["number"]: row for row in table(invoices.stdout)}
    assert (rows["FA2026-00001"]["status"], rows["FA2026-00001"]["left_to_pay"]) == (
        "overdue",
        "34.80",
    )
    assert (rows["FA2026-00002"]["status"], rows["FA2026-00002"]["left_to_pay"]) == (
        "paid",
        "0.00",
    )
    batches = cadence_in_process("sepa", "batches", *books.on(STATEMENT_DAY))
    [listed] = table(batches.stdout)
    assert (listed["status"], listed["count"], listed["returned"]) == ("confirmed", "3", "1")

    # What is left to review: the transfer is Bruno's father paying his November
    # invoice in part; the interest is not customers' money.
    durand, interest = lines["99.00"]["id"], lines["5.00"]["id"]
    assigned = cadence_in_process(
        "bank", "assign", durand, "--customer", str(bruno), "--invoice", "FA2026-00006",
        *books.on(STATEMENT_DAY),
    )  # fmt: skip
    assert (assigned.returncode, assigned.stderr) == (0, "")
    assert assigned.stdout == f"Line {durand} recorded as a payment of customer {bruno}\n"
    ignored = cadence_in_process("bank", "ignore", interest, *books.on(STATEMENT_DAY))
    assert (ignored.returncode, ignored.stderr, ignored.stdout) == (0, "", "Set aside 1 line(s)\n")
    with reading(books) as session:
        paid = session.execute(
            select(Payment.customer_id, Payment.amount, Payment.received_on, Invoice.number)
            .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
            .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
            .where(Payment.amount == Decimal("99.00"))
        ).one()
        states = dict(session.execute(select(StatementLine.id, StatementLine.state)).all())
    assert tuple(paid) == (bruno, Decimal("99.00"), date(2026, 11, 28), "FA2026-00006")
    assert invoice_statuses(books)["FA2026-00006"] is InvoiceStatus.PARTIALLY_PAID
    assert states[int(durand)] is LineState.CONFIRMED
    assert states[int(interest)] is LineState.IGNORED
    review = cadence_in_process("bank", "lines", *books.on(STATEMENT_DAY))
    assert (review.returncode, table(review.stdout)) == (0, [])
    done = cadence_in_process("bank", "lines", "--view", "confirmed", *books.on(STATEMENT_DAY))
    assert sorted(row["amount"] for row in table(done.stdout)) == ["-34.80", "208.80", "99.00"]

    # The same statement again, under its name or another, a day later: nothing added.
    for name, day in (("releve.xml", STATEMENT_DAY), ("copie.xml", date(2026, 12, 2))):
        copy = tmp_path / name
        if not copy.exists():
            shutil.copyfile(statement, copy)
        again = cadence_in_process("bank", "import", str(copy), *books.on(day))
        assert (again.returncode, again.stdout) == (2, "")
        assert again.stderr == (
            f"cadence bank: {name} was already imported on 2026-12-01 (as releve.xml): "
            "nothing was added\n"
        )
    with reading(books) as session:
        assert session.scalar(select(func.count()).select_from(BankStatement)) == 1
        assert session.scalar(select(func.count()).select_from(StatementLine)) == 5
        assert session.scalar(select(func.count()).select_from(Payment)) == 4


def test_a_batch_confirmed_by_hand_then_a_debit_returned_by_hand(
    cadence_in_process: Run, books: Books, tmp_path: Path
) -> None:
    exported = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(tmp_path / "prelevements.xml"),
    )  # fmt: skip
    assert exported.returncode == 0
    with reading(books) as session:
        [batch] = list_batches(session)
    confirmed = cadence_in_process(
        "sepa", "confirm", str(batch.id), "--received-on", "2026-11-27", *books.on(STATEMENT_DAY)
    )
    assert (confirmed.returncode, confirmed.stderr) == (0, "")
    assert confirmed.stdout == "Batch CAD-20261125-001 confirmed: 2 payment(s) recorded\n"
    with reading(books) as session:
        payments = session.execute(
            select(Payment.reference, Payment.amount, Payment.received_on, Payment.method)
            .order_by(Payment.id)
        ).all()  # fmt: skip
    assert [tuple(payment) for payment in payments] == [
        ("FA2026-00001/20261125001001", Decimal("34.80"), COLLECTION, PaymentMethod.DIRECT_DEBIT),
        ("FA2026-00002/20261125001002", Decimal("69.60"), COLLECTION, PaymentMethod.DIRECT_DEBIT),
    ]
    statuses = invoice_statuses(books)
    assert statuses["FA2026-00001"] is statuses["FA2026-00002"] is InvoiceStatus.PAID
    twice = cadence_in_process("sepa", "confirm", str(batch.id), *books.on(STATEMENT_DAY))
    assert (twice.returncode, twice.stdout) == (2, "")
    assert twice.stderr.startswith("cadence sepa: batch CAD-20261125-001 was confirmed")
    assert twice.stderr.endswith(": it cannot change any more\n")

    returned = cadence_in_process(
        "sepa", "return", "FA2026-00002/20261125001002", "--reason", "AM04", "--on", "2026-11-30",
        *books.on(STATEMENT_DAY),
    )  # fmt: skip
    assert (returned.returncode, returned.stderr) == (0, "")
    assert returned.stdout == "Collection FA2026-00002/20261125001002 recorded as returned (AM04)\n"
    statuses = invoice_statuses(books)
    assert statuses["FA2026-00002"] is InvoiceStatus.ISSUED  # unpaid again
    assert statuses["FA2026-00001"] is InvoiceStatus.PAID
    with reading(books) as session:
        back = session.scalars(select(Payment).where(Payment.status == PaymentStatus.RETURNED))
        assert [(p.reference, p.returned_on, p.return_reason) for p in back] == [
            ("FA2026-00002/20261125001002", date(2026, 11, 30), "AM04 insufficient funds")
        ]
    [listed] = table(cadence_in_process("sepa", "batches", *books.on(STATEMENT_DAY)).stdout)
    assert (listed["status"], listed["returned"]) == ("confirmed", "1")

    for end_to_end_id, said in (
        ("FA2026-00002/20261125001002", "the collection FA2026-00002/20261125001002 was returned "
                                        "already"),
        ("FA2026-00099/X", "no collection has the end-to-end id FA2026-00099/X"),
    ):  # fmt: skip
        refused = cadence_in_process(
            "sepa", "return", end_to_end_id, "--reason", "AM04", *books.on(STATEMENT_DAY)
        )
        assert (refused.returncode, refused.stdout) == (2, "")
        assert refused.stderr == f"cadence sepa: {said}\n"
    with reading(books) as session:
        assert session.scalar(select(func.count()).select_from(Payment)) == 2


def test_a_broken_statement_is_named_and_records_nothing(
    cadence_in_process: Run, books: Books, tmp_path: Path
) -> None:
    whole = CAMT.format(batch="CAD-20261125-001", e2e="FA2026-00001/20261125001001")
    broken = tmp_path / "releve.xml"
    broken.write_text("\n".join(whole.splitlines()[:11]), "utf-8")  # cut in O'Brien's return
    done = cadence_in_process("bank", "import", str(broken), *books.on(STATEMENT_DAY))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "cadence bank: releve.xml, line 11: the file ends before the statement does (truncated?)\n"
    )
    missing = cadence_in_process(
        "bank", "import", str(tmp_path / "absent.xml"), *books.on(STATEMENT_DAY)
    )
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == (
        f"cadence bank: cannot read {tmp_path / 'absent.xml'}: No such file or directory\n"
    )
    with reading(books) as session:
        assert session.scalar(select(func.count()).select_from(BankStatement)) == 0
        assert session.scalar(select(func.count()).select_from(StatementLine)) == 0
    shown = cadence_in_process("bank", "lines", "--view", "all", *books.on(STATEMENT_DAY))
    assert (shown.returncode, table(shown.stdout)) == (0, [])


def test_a_cancelled_batch_frees_its_invoices_for_the_next(
    cadence_in_process: Run, books: Books, tmp_path: Path
) -> None:
    first = tmp_path / "prelevements.xml"
    exported = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(first),
    )  # fmt: skip
    assert exported.returncode == 0
    with reading(books) as session:
        [batch] = list_batches(session)
    cancelled = cadence_in_process("sepa", "cancel", str(batch.id), *books.on(TODAY))
    assert (cancelled.returncode, cancelled.stderr) == (0, "")
    assert cancelled.stdout == (
        "Batch CAD-20261125-001 cancelled: its invoices can be collected again\n"
    )
    with reading(books) as session:
        [after] = list_batches(session)
        assert {c.status for c in batch_collections(session, batch.id)} == {
            CollectionStatus.CANCELLED
        }
    assert (after.status, after.cancelled_on) == (BatchStatus.CANCELLED, TODAY)

    second = tmp_path / "prelevements-2.xml"
    again = cadence_in_process(
        "sepa", "export", *books.on(TODAY), "--collection-date", COLLECTION.isoformat(),
        "-o", str(second),
    )  # fmt: skip
    assert (again.returncode, again.stderr) == (0, "")
    assert again.stdout.startswith(
        f"Wrote batch CAD-20261125-002 to {second}: 2 collection(s), 104.40 EUR, on 2026-11-27\n"
    )
    root = etree.fromstring(second.read_bytes())
    remittances = [node.findtext(f"{PAIN}Ustrd") for node in root.iter(f"{PAIN}RmtInf")]
    assert remittances == ["FA2026-00001", "FA2026-00002"]
    # Nothing was collected under the cancelled batch: the mandates are still at FRST.
    assert [node.text for node in root.iter(f"{PAIN}SeqTp")] == ["FRST"]

    refused = cadence_in_process("sepa", "cancel", str(batch.id), *books.on(TODAY))
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == (
        "cadence sepa: batch CAD-20261125-001 was cancelled on 2026-11-25: "
        "it cannot change any more\n"
    )
    listed = cadence_in_process("sepa", "batches", *books.on(TODAY))
    assert [(row["reference"], row["status"]) for row in table(listed.stdout)] == [
        ("CAD-20261125-002", "requested"),
        ("CAD-20261125-001", "cancelled"),
    ]
