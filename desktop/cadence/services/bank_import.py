"""Reading a bank statement or a provider's payout report into Cadence.

An import is all or nothing: the file is read whole first (a malformed line
stops it with the file, the line and the problem, and nothing is kept). The
same file is never read twice (its SHA-256), and a movement already read from
an overlapping statement is not read again (its fingerprint). A bank's CSV
layout, once chosen, is remembered by the file's header row.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cadence.domain.errors import ConflictError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.text import clean_line
from cadence.exchange.bank_csv import sniff_csv
from cadence.exchange.detect import detect_format, read_statement
from cadence.exchange.statement import CsvMapping, Statement, StatementFormat
from cadence.exchange.statement import StatementLine as ReadLine
from cadence.services.common import record_event
from cadence.services.reconciliation import suggest_matches
from cadence.store.models import (
    BankCsvLayout,
    BankStatement,
    LineState,
    StatementLine,
    StatementSource,
)

_ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Messages", "{file} was already imported on {day} (as {earlier}): nothing was added"
)
_TOO_LONG_NAME = 100


@dataclass(frozen=True)
class ImportResult:
    statement_id: int
    file_name: str
    source: StatementSource
    lines: int  # in the file
    new_lines: int  # not already read from another statement
    suggested: int  # of the new lines, those Cadence found a match for
    set_aside: int  # money out matching nothing, and transfers to the bank


def _fingerprint(source: str, account: str, line: ReadLine, occurrence: int) -> str:
    """Who the movement is, whichever file it is read from: the bank's own id when it
    gives one, else its day, amount and label, and its rank among identical ones."""
    if line.bank_reference:
        key = [source, account, line.bank_reference]
    else:
        key = [
            source,
            account,
            line.booked_on.isoformat(),
            str(line.amount),
            line.currency,
            line.text,
            line.end_to_end_id,
            str(occurrence),
        ]
    return hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()


def remembered_mapping(session: Session, data: bytes, file_name: str) -> CsvMapping | None:
    """The layout the owner chose before for a CSV with this header row, if any."""
    preview = sniff_csv(data, file_name)
    layout = session.scalar(
        select(BankCsvLayout).where(BankCsvLayout.header_signature == preview.header_signature)
    )
    return _mapping(layout.mapping) if layout else None


def _mapping(stored: str) -> CsvMapping:
    values = json.loads(stored)
    values["text_columns"] = tuple(values["text_columns"])
    return CsvMapping(**values)


def remember_layout(
    session: Session, *, header_signature: str, name: str, mapping: CsvMapping, today: date
) -> None:
    """Keep a bank's CSV layout for its next statements."""
    stored = json.dumps(asdict(mapping), ensure_ascii=False, sort_keys=True)
    cleaned = clean_line(name, maximum=_TOO_LONG_NAME, required=False) or "CSV"
    layout = session.scalar(
        select(BankCsvLayout).where(BankCsvLayout.header_signature == header_signature)
    )
    if layout is None:
        session.add(
            BankCsvLayout(
                header_signature=header_signature, name=cleaned, mapping=stored, last_used_on=today
            )
        )
    else:
        layout.name, layout.mapping, layout.last_used_on = cleaned, stored, today


def import_statement(
    session: Session,
    data: bytes,
    file_name: str,
    *,
    today: date,
    mapping: CsvMapping | None = None,
    bank_name: str = "",
    actor: str = "user",
) -> ImportResult:
    """Read a statement file and keep its new lines, each with a suggested match.

    A bank CSV is read with `mapping` (then remembered under `bank_name`), or with the
    layout remembered for its header row; without either, `CsvMappingNeeded` says
    what the file looks like so that the owner can choose the columns.
    """
    digest = hashlib.sha256(data).hexdigest()
    earlier = session.execute(
        select(BankStatement.imported_on, BankStatement.file_name).where(
            BankStatement.file_sha256 == digest
        )
    ).first()
    if earlier is not None:
        raise ConflictError(
            message(
                _ALREADY_IMPORTED,
                file=file_name,
                day=earlier.imported_on,
                earlier=earlier.file_name,
            )
        )
    if mapping is None and detect_format(data, file_name) is StatementFormat.CSV:
        mapping_used = remembered_mapping(session, data, file_name)
    else:
        mapping_used = mapping
    statement = read_statement(data, file_name, mapping_used)
    if statement.format is StatementFormat.CSV and mapping is not None:
        remember_layout(
            session,
            header_signature=sniff_csv(data, file_name).header_signature,
            name=bank_name,
            mapping=mapping,
            today=today,
        )
    return _store(session, statement, file_name, digest, today=today, actor=actor)


def _store(
    session: Session, statement: Statement, file_name: str, digest: str, *, today: date, actor: str
) -> ImportResult:
    source = StatementSource(statement.format.value)
    account = statement.account or source.value
    row = BankStatement(
        file_name=file_name[-500:],
        file_sha256=digest,
        source=source,
        account=account[:70],
        starts_on=statement.starts_on,
        ends_on=statement.ends_on,
        line_count=len(statement.lines),
        new_line_count=0,
        imported_on=today,
    )
    session.add(row)
    session.flush()
    seen: dict[tuple[object, ...], int] = {}
    candidates: dict[str, ReadLine] = {}
    for line in statement.lines:
        if line.amount == 0:
            continue  # an information line (a zero-amount notice): nothing to reconcile
        key = (line.booked_on, line.amount, line.currency, line.text, line.end_to_end_id)
        seen[key] = seen.get(key, 0) + 1
        candidates.setdefault(_fingerprint(source.value, account, line, seen[key]), line)
    known: set[str] = set()
    fingerprints = list(candidates)
    for start in range(0, len(fingerprints), 500):
        known.update(
            session.scalars(
                select(StatementLine.fingerprint).where(
                    StatementLine.fingerprint.in_(fingerprints[start : start + 500])
                )
            )
        )
    new = [
        (fingerprint, line) for fingerprint, line in candidates.items() if fingerprint not in known
    ]
    ids: list[int] = []
    if new:
        ids = list(
            session.scalars(
                insert(StatementLine).returning(StatementLine.id, sort_by_parameter_order=True),
                [
                    {
                        "statement_id": row.id,
                        "fingerprint": fingerprint,
                        "booked_on": line.booked_on,
                        "value_on": line.value_on,
                        "amount": line.amount,
                        "fee": line.fee,
                        "currency": line.currency,
                        "text": line.text,
                        "counterparty": line.counterparty[:200],
                        "counterparty_iban": line.counterparty_iban[:34],
                        "bank_reference": line.bank_reference[:100],
                        "end_to_end_id": line.end_to_end_id[:35],
                        "return_reason": line.return_reason[:4],
                        "is_transfer": line.is_transfer,
                        "source_line": line.source_line,
                        "state": LineState.UNMATCHED,
                        "confidence": 0,
                    }
                    for fingerprint, line in new
                ],
            )
        )
    row.new_line_count = len(ids)
    suggested = suggest_matches(session, ids) if ids else 0
    set_aside = 0
    for start in range(0, len(ids), 500):
        set_aside += len(
            session.scalars(
                select(StatementLine.id).where(
                    StatementLine.id.in_(ids[start : start + 500]),
                    StatementLine.state == LineState.IGNORED,
                )
            ).all()
        )
    record_event(
        session,
        today,
        actor,
        "bank_statement",
        row.id,
        "imported",
        summary=file_name,
        details={"lines": len(statement.lines), "new": len(ids), "suggested": suggested},
    )
    return ImportResult(
        statement_id=row.id,
        file_name=file_name,
        source=source,
        lines=len(statement.lines),
        new_lines=len(ids),
        suggested=suggested,
        set_aside=set_aside,
    )
