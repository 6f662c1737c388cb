"""Sample statement files, one in each format Cadence reads, for the demo company.

A newcomer tries the whole loop with them: export a direct-debit batch, import a
statement, reconcile. Each writer turns `StatementLine`s into the bytes a bank
or a payment provider would send: its encoding, its separators, its escaping,
its limits. Nothing is random and the clock is never read: times and ids the
lines do not carry are derived from the period and the line's position.

The period's `starts_on` and `ends_on` are both included (the first and the last
day the statement covers, as banks print them). Amounts are signed, positive
is money in; a line's `fee` is what a provider kept from it.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, time, timedelta
from decimal import Decimal

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from cadence.exchange.sepa_debit import sepa_text
from cadence.exchange.statement import StatementLine

_CENT = Decimal("0.01")


# --- OFX ---------------------------------------------------------------------------

_OFX_HEADER = (
    "OFXHEADER:100",
    "DATA:OFXSGML",
    "VERSION:102",
    "SECURITY:NONE",
    "ENCODING:USASCII",
    "CHARSET:1252",
    "COMPRESSION:NONE",
    "OLDFILEUID:NONE",
    "NEWFILEUID:NONE",
)
_OFX_NAME_LENGTH = 32  # OFX 1.02: NAME is A-32
_OFX_MEMO_LENGTH = 255


def write_ofx(
    lines: Sequence[StatementLine],
    *,
    account_iban: str,
    currency: str,
    starts_on: date,
    ends_on: date,
    bank_name: str,
    opening_balance: Decimal = Decimal(0),
) -> bytes:
    """An OFX 1.02 statement in SGML, as French banks export it (Crédit Mutuel, CIC,
    Boursorama …): the `CHARSET:1252` header, cp1252 bytes, CRLF, leaf elements
    without end tags, the account as bank, branch and account number."""
    iban = _compact(account_iban)
    _check_lines(lines, currency, starts_on, ends_on)
    bank_id, branch_id, account_id = _iban_parts(iban)
    closing = opening_balance + sum((line.amount for line in lines), Decimal(0))
    out = [*_OFX_HEADER, ""]

    def tag(name: str, value: str) -> None:
        out.append(f"<{name}>{_sgml(value)}")

    out += ["<OFX>", "<SIGNONMSGSRSV1>", "<SONRS>"]
    out += ["<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>"]
    tag("DTSERVER", _ofx_datetime(_issued_on(ends_on), time(6)))
    tag("LANGUAGE", "FRA")
    out.append("<FI>")
    tag("ORG", _one_line(bank_name)[:_OFX_NAME_LENGTH])
    tag("FID", bank_id)
    out.append("</FI>")
    out += ["</SONRS>", "</SIGNONMSGSRSV1>", "<BANKMSGSRSV1>", "<STMTTRNRS>"]
    tag("TRNUID", ends_on.strftime("%Y%m%d"))
    out += ["<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>", "<STMTRS>"]
    tag("CURDEF", currency)
    out.append("<BANKACCTFROM>")
    tag("BANKID", bank_id)
    if branch_id:
        tag("BRANCHID", branch_id)
    tag("ACCTID", account_id)
    tag("ACCTTYPE", "CHECKING")
    out += ["</BANKACCTFROM>", "<BANKTRANLIST>"]
    tag("DTSTART", starts_on.strftime("%Y%m%d"))
    tag("DTEND", ends_on.strftime("%Y%m%d"))
    for index, line in enumerate(lines):
        out.append("<STMTTRN>")
        tag("TRNTYPE", _ofx_type(line))
        tag("DTPOSTED", line.booked_on.strftime("%Y%m%d"))
        tag("DTUSER", line.booked_on.strftime("%Y%m%d"))
        if line.value_on is not None:
            tag("DTAVAIL", line.value_on.strftime("%Y%m%d"))
        tag("TRNAMT", _plain(line.amount))
        tag("FITID", line.bank_reference or f"{line.booked_on:%Y%m%d}{index + 1:06d}")
        text = _one_line(line.text)
        name = _one_line(line.counterparty) or text
        tag("NAME", name[:_OFX_NAME_LENGTH])
        if text:
            tag("MEMO", text[:_OFX_MEMO_LENGTH])
        out.append("</STMTTRN>")
    out.append("</BANKTRANLIST>")
    out.append("<LEDGERBAL>")
    tag("BALAMT", _plain(closing))
    tag("DTASOF", ends_on.strftime("%Y%m%d"))
    out += ["</LEDGERBAL>", "</STMTRS>", "</STMTTRNRS>", "</BANKMSGSRSV1>", "</OFX>", ""]
    return "\r\n".join(out).encode("cp1252", errors="replace")


def _ofx_type(line: StatementLine) -> str:
    if line.is_transfer:
        return "XFER"
    return "CREDIT" if line.amount >= 0 else "DEBIT"


def _ofx_datetime(day: date, at: time) -> str:
    return f"{day:%Y%m%d}{at:%H%M%S}"


def _sgml(text: str) -> str:
    """OFX 1.x is SGML: "&" and "<" would start an entity or a tag (">" is escaped too,
    as banks do)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- camt.053 -----------------------------------------------------------------------

CAMT053_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"
_MAX140 = 140
_MAX500 = 500


def write_camt053(
    lines: Sequence[StatementLine],
    *,
    account_iban: str,
    currency: str,
    starts_on: date,
    ends_on: date,
    bank_name: str,
    opening_balance: Decimal = Decimal(0),
) -> bytes:
    """An ISO 20022 camt.053.001.02 statement (BankToCustomerStatementV02), UTF-8:
    opening and closing booked balances, a summary, one Ntry per line with its
    end-to-end id, counterparty, remittance text and, for a returned direct
    debit, its bank transaction code (PMNT/IDDT/UPDD) and return reason."""
    iban = _compact(account_iban)
    _check_lines(lines, currency, starts_on, ends_on)
    closing = opening_balance + sum((line.amount for line in lines), Decimal(0))
    statement_id = f"{ends_on:%Y%m%d}-{iban[-22:]}"
    created = f"{_issued_on(ends_on).isoformat()}T06:00:00"

    ns = f"{{{CAMT053_NAMESPACE}}}"

    def add(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
        element = etree.SubElement(parent, ns + name)
        if text is not None:
            element.text = text
        return element

    def amount(parent: etree._Element, name: str, value: Decimal) -> None:
        add(parent, name, _plain(abs(value))).set("Ccy", currency)

    root = etree.Element(ns + "Document", nsmap={None: CAMT053_NAMESPACE})
    message = add(root, "BkToCstmrStmt")
    header = add(message, "GrpHdr")
    add(header, "MsgId", f"CAMT053-{statement_id}"[:35])
    add(header, "CreDtTm", created)

    statement = add(message, "Stmt")
    add(statement, "Id", statement_id[:35])
    add(statement, "ElctrncSeqNb", str(ends_on.month))
    add(statement, "CreDtTm", created)
    period = add(statement, "FrToDt")
    add(period, "FrDtTm", f"{starts_on.isoformat()}T00:00:00")
    add(period, "ToDtTm", f"{ends_on.isoformat()}T23:59:59")
    account = add(statement, "Acct")
    add(add(account, "Id"), "IBAN", iban)
    add(account, "Ccy", currency)
    add(add(add(account, "Svcr"), "FinInstnId"), "Nm", _one_line(bank_name)[:_MAX140])

    for code, value, day in (("OPBD", opening_balance, starts_on), ("CLBD", closing, ends_on)):
        balance = add(statement, "Bal")
        add(add(add(balance, "Tp"), "CdOrPrtry"), "Cd", code)
        amount(balance, "Amt", value)
        add(balance, "CdtDbtInd", _credit_debit(value))
        add(add(balance, "Dt"), "Dt", day.isoformat())

    credits = [line.amount for line in lines if line.amount >= 0]
    debits = [-line.amount for line in lines if line.amount < 0]
    net = sum(credits, Decimal(0)) - sum(debits, Decimal(0))
    summary = add(statement, "TxsSummry")
    totals = add(summary, "TtlNtries")
    add(totals, "NbOfNtries", str(len(lines)))
    add(totals, "Sum", _plain(sum(credits, Decimal(0)) + sum(debits, Decimal(0))))
    add(totals, "TtlNetNtryAmt", _plain(abs(net)))
    add(totals, "CdtDbtInd", _credit_debit(net))
    for name, amounts in (("TtlCdtNtries", credits), ("TtlDbtNtries", debits)):
        side = add(summary, name)
        add(side, "NbOfNtries", str(len(amounts)))
        add(side, "Sum", _plain(sum(amounts, Decimal(0))))

    for index, line in enumerate(lines):
        entry = add(statement, "Ntry")
        amount(entry, "Amt", line.amount)
        add(entry, "CdtDbtInd", _credit_debit(line.amount))
        add(entry, "Sts", "BOOK")
        add(add(entry, "BookgDt"), "Dt", line.booked_on.isoformat())
        add(add(entry, "ValDt"), "Dt", (line.value_on or line.booked_on).isoformat())
        reference = line.bank_reference or f"{line.booked_on:%Y%m%d}{index + 1:06d}"
        add(entry, "AcctSvcrRef", reference[:35])
        _bank_transaction_code(add(entry, "BkTxCd"), add, line)

        details = add(add(entry, "NtryDtls"), "TxDtls")
        refs = add(details, "Refs")
        add(refs, "AcctSvcrRef", reference[:35])
        if line.end_to_end_id:
            add(refs, "EndToEndId", line.end_to_end_id[:35])
        if line.return_reason:
            # The transaction's own code too: banks repeat it where the return is told.
            _bank_transaction_code(add(details, "BkTxCd"), add, line)
        name, counterparty_iban = _one_line(line.counterparty), _compact(line.counterparty_iban)
        if name or counterparty_iban:
            parties = add(details, "RltdPties")
            # The counterparty of money in, and of a returned debit, is the debtor.
            role = "Dbtr" if line.amount > 0 or line.return_reason else "Cdtr"
            if name:
                add(add(parties, role), "Nm", name[:_MAX140])
            if counterparty_iban:
                add(add(add(parties, role + "Acct"), "Id"), "IBAN", counterparty_iban)
        text = _one_line(line.text)
        if text:
            remittance = add(details, "RmtInf")
            for start in range(0, min(len(text), 4 * _MAX140), _MAX140):
                add(remittance, "Ustrd", text[start : start + _MAX140])
        if line.return_reason:
            add(add(add(details, "RtrInf"), "Rsn"), "Cd", line.return_reason[:4])
        if text:
            add(entry, "AddtlNtryInf", text[:_MAX500])

    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


def _bank_transaction_code(
    code: etree._Element,
    add: Callable[..., etree._Element],
    line: StatementLine,
) -> None:
    """ISO 20022 bank transaction codes: domain PMNT (payments); a returned direct
    debit is IDDT/UPDD, a collected one IDDT/ESDD, money in RCDT/ESCT, out ICDT/ESCT."""
    if line.return_reason:
        family, sub_family = "IDDT", "UPDD"
    elif line.amount > 0 and line.end_to_end_id and not line.is_transfer:
        family, sub_family = "IDDT", "ESDD"
    elif line.amount > 0:
        family, sub_family = "RCDT", "ESCT"
    else:
        family, sub_family = "ICDT", "ESCT"
    domain = add(code, "Domn")
    add(domain, "Cd", "PMNT")
    family_element = add(domain, "Fmly")
    add(family_element, "Cd", family)
    add(family_element, "SubFmlyCd", sub_family)


def _credit_debit(amount: Decimal) -> str:
    return "CRDT" if amount >= 0 else "DBIT"


# --- MT940 --------------------------------------------------------------------------

_MT940_LINE = 65  # every line of a field is at most 65 characters
_MT940_DETAIL_LINES = 6  # :86: is 6*65x
_DK_SUBFIELD = 27  # a ?2x (or ?32, ?33) sub-field of a structured :86: holds 27 characters


def write_mt940(
    lines: Sequence[StatementLine],
    *,
    account_iban: str,
    currency: str,
    starts_on: date,
    ends_on: date,
    opening_balance: Decimal = Decimal(0),
) -> bytes:
    """A SWIFT MT940 statement, ASCII, CRLF: :20: :25: :28C: :60F:, then :61: and :86:
    for each line with the running balance, and :62F:, the closing balance.

    :86: is the structured form most MT940 readers know (the German banks' DK
    format, which the mt-940 library parses): a transaction code, ?00 the posting
    text, ?20… the remittance lines with EREF+ (the end-to-end id) and SVWZ+ (the
    text), ?31 the counterparty's IBAN, ?32 and ?33 its name, ?34 the return
    reason. Text keeps to the SWIFT character set ("O'Brien & <Fils>" becomes
    "O'Brien + (Fils)"), never to "?", which separates the sub-fields."""
    iban = _compact(account_iban)
    _check_lines(lines, currency, starts_on, ends_on)
    out = [
        f":20:STMT{ends_on:%Y%m%d}",
        f":25:{iban}",
        f":28C:{ends_on.month:05d}/001",
        f":60F:{_mt940_balance(opening_balance, starts_on, currency)}",
    ]
    balance = opening_balance
    for index, line in enumerate(lines):
        balance += line.amount
        mark = "C" if line.amount >= 0 else "D"
        value_on = line.value_on or line.booked_on
        reference = _swift(line.end_to_end_id)
        if not reference or len(reference) > 16 or "//" in reference:
            reference = "NONREF"
        bank_reference = _swift(line.bank_reference)[:16] or f"{index + 1:08d}"
        out.append(
            f":61:{value_on:%y%m%d}{line.booked_on:%m%d}{mark}{_comma(abs(line.amount))}"
            f"N{_mt940_type(line)}{reference}//{bank_reference}"
        )
        details = _mt940_details(line)
        out.append(f":86:{details[0]}")
        out.extend(details[1:])
    out.append(f":62F:{_mt940_balance(balance, ends_on, currency)}")
    out += ["-", ""]
    return "\r\n".join(out).encode("ascii")


def _mt940_balance(amount: Decimal, day: date, currency: str) -> str:
    mark = "C" if amount >= 0 else "D"
    return f"{mark}{day:%y%m%d}{currency}{_comma(abs(amount))}"


def _mt940_type(line: StatementLine) -> str:
    """SWIFT transaction type codes: a returned item, a direct debit, a transfer."""
    if line.return_reason:
        return "RTI"
    if line.amount > 0 and line.end_to_end_id and not line.is_transfer:
        return "DDT"
    return "TRF"


def _mt940_details(line: StatementLine) -> list[str]:
    """The :86: field's lines (at most 6 of 65 characters)."""
    if line.return_reason:
        code, posting = "109", "IMPAYE PRELEVEMENT SEPA"
    elif line.amount > 0 and line.end_to_end_id and not line.is_transfer:
        code, posting = "171", "PRELEVEMENT SEPA"
    elif line.amount > 0:
        code, posting = "166", "VIREMENT SEPA RECU"
    else:
        code, posting = "116", "VIREMENT SEPA EMIS"
    tail = ""
    counterparty_iban = _swift(_compact(line.counterparty_iban))
    if counterparty_iban:
        tail += f"?31{counterparty_iban[:34]}"
    name = _swift(line.counterparty)
    if name:
        tail += f"?32{name[:_DK_SUBFIELD]}"
        if name[_DK_SUBFIELD:]:
            tail += f"?33{name[_DK_SUBFIELD : 2 * _DK_SUBFIELD]}"
    if line.return_reason:
        tail += f"?34{_swift(line.return_reason)[:4]}"
    head = f"{code}?00{posting}"
    # Each keyword starts its own sub-field; as many ?20… as the field has room for.
    purpose: list[str] = []
    end_to_end_id = _swift(line.end_to_end_id)
    if end_to_end_id:
        purpose += _chunks(f"EREF+{end_to_end_id}", _DK_SUBFIELD)
    text = _swift(line.text)
    if text:
        purpose += _chunks(f"SVWZ+{text}", _DK_SUBFIELD)
    lines = _wrap(head + tail, _MT940_LINE)
    subfields = ""
    for number, chunk in enumerate(purpose[:10]):
        candidate = f"{subfields}?{20 + number}{chunk}"
        wrapped = _wrap(head + candidate + tail, _MT940_LINE)
        if len(wrapped) > _MT940_DETAIL_LINES:
            break
        subfields, lines = candidate, wrapped
    return lines


def _swift(text: str) -> str:
    """SWIFT's character set (the SEPA one), without "?", the sub-field mark."""
    return sepa_text(text, 1000).replace("?", ".")


def _chunks(text: str, size: int) -> list[str]:
    return [text[start : start + size] for start in range(0, len(text), size)]


def _wrap(text: str, width: int) -> list[str]:
    """Cut into lines of `width`; no line may start with ":" (a field tag) or "-"
    (the end of the message)."""
    lines: list[str] = []
    while text:
        cut = width
        while 1 < cut < len(text) and text[cut] in ":-":
            cut -= 1
        lines.append(text[:cut])
        text = text[cut:]
    return lines or [""]


# --- A French bank's CSV ------------------------------------------------------------

BANK_CSV_ENCODING = "iso-8859-15"
BANK_CSV_HEADER = ("Date", "Libellé", "Débit", "Crédit")


def write_bank_csv(
    lines: Sequence[StatementLine],
    *,
    account_iban: str,
    currency: str,
    starts_on: date,
    ends_on: date,
    bank_name: str,
) -> bytes:
    """A French bank's CSV export: ISO-8859-15, ";" between fields, two lines about
    the account before the header "Date;Libellé;Débit;Crédit", dates as dd/mm/yyyy,
    amounts as "1 234,56", positive, in the debit or the credit column."""
    iban = _compact(account_iban)
    _check_lines(lines, currency, starts_on, ends_on)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_one_line(bank_name), f"Compte courant {_grouped(iban)}", currency])
    writer.writerow([f"Opérations du {starts_on:%d/%m/%Y} au {ends_on:%d/%m/%Y}"])
    writer.writerow(BANK_CSV_HEADER)
    for line in lines:
        amount = _french(abs(line.amount), thousands=True)
        writer.writerow(
            [
                f"{line.booked_on:%d/%m/%Y}",
                _one_line(line.text),
                amount if line.amount < 0 else "",
                amount if line.amount >= 0 else "",
            ]
        )
    return out.getvalue().encode(BANK_CSV_ENCODING, errors="replace")


# --- Stripe ------------------------------------------------------------------------

STRIPE_HEADER = (
    "id",
    "Type",
    "Source",
    "Amount",
    "Fee",
    "Net",
    "Currency",
    "Created (UTC)",
    "Description",
    "Customer Email",
    "Customer Name",
)


def write_stripe_csv(
    lines: Sequence[StatementLine],
    *,
    currency: str,
    customer_emails: Mapping[str, str] | None = None,
) -> bytes:
    """Stripe's balance report (balance transactions, itemised), UTF-8, "," between
    fields: gross `Amount`, `Fee` (the line's fee) and `Net`, lower-case currency,
    the time in UTC. A line with `is_transfer` is a payout to the bank; money in is
    a charge, money out a refund, or a payment_failure_refund with a return
    reason. `customer_emails` gives the e-mail of a counterparty, by its name."""
    _check_lines(lines, currency)
    emails = customer_emails or {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(STRIPE_HEADER)
    for index, line in enumerate(lines):
        kind, prefix = _stripe_type(line)
        digest = _digest(index, line)
        customer = "" if line.is_transfer else line.counterparty
        writer.writerow(
            [
                line.bank_reference or f"txn_{digest[:24]}",
                kind,
                f"{prefix}_{digest[24:48]}",
                _plain(line.amount),
                _plain(line.fee),
                _plain(line.amount - line.fee),
                currency.lower(),
                f"{line.booked_on.isoformat()} {_time_of(index):%H:%M:%S}",
                _one_line(line.text),
                emails.get(customer, "") if customer else "",
                _one_line(customer),
            ]
        )
    return out.getvalue().encode("utf-8")


def _stripe_type(line: StatementLine) -> tuple[str, str]:
    if line.is_transfer:
        return "payout", "po"
    if line.return_reason:
        return "payment_failure_refund", "pyr"
    return ("charge", "ch") if line.amount > 0 else ("refund", "re")


# --- PayPal ------------------------------------------------------------------------

PAYPAL_HEADER = (
    "Date",
    "Heure",
    "Fuseau horaire",
    "Nom",
    "Type",
    "État",
    "Devise",
    "Avant commission",
    "Commission",
    "Net",
    "De l'adresse email",
    "Numéro de transaction",
    "Numéro de facture",
    "Objet",
)
_PAYPAL_ID_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXY"


def write_paypal_csv(
    lines: Sequence[StatementLine],
    *,
    currency: str,
    customer_emails: Mapping[str, str] | None = None,
) -> bytes:
    """PayPal's activity download in French: UTF-8 with a BOM, every field quoted,
    dates dd/mm/yyyy with the time and its zone apart, decimal commas, the fee
    negative ("Commission" -3,82) and "Net" the gross less it. A line with
    `is_transfer` is a transfer to the bank account; `end_to_end_id` goes in
    "Numéro de facture", the merchant's own reference."""
    _check_lines(lines, currency)
    emails = customer_emails or {}
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(PAYPAL_HEADER)
    for index, line in enumerate(lines):
        customer = "" if line.is_transfer else line.counterparty
        writer.writerow(
            [
                f"{line.booked_on:%d/%m/%Y}",
                f"{_time_of(index):%H:%M:%S}",
                "Europe/Paris",
                _one_line(customer),
                _paypal_type(line),
                "Terminé",
                currency,
                _french(line.amount),
                _french(-line.fee),
                _french(line.amount - line.fee),
                emails.get(customer, "") if customer else "",
                line.bank_reference or _paypal_id(index, line),
                line.end_to_end_id,
                _one_line(line.text),
            ]
        )
    return out.getvalue().encode("utf-8")


def _paypal_type(line: StatementLine) -> str:
    if line.is_transfer:
        return "Virement standard sur un compte bancaire"
    if line.return_reason:
        return "Annulation de paiement"
    return "Paiement Express Checkout" if line.amount > 0 else "Remboursement de paiement"


def _paypal_id(index: int, line: StatementLine) -> str:
    """17 characters, as PayPal's transaction ids ("5TY05013RG002845M")."""
    number = int(_digest(index, line), 16)
    characters = []
    for _ in range(17):
        number, digit = divmod(number, len(_PAYPAL_ID_ALPHABET))
        characters.append(_PAYPAL_ID_ALPHABET[digit])
    return "".join(characters)


# --- Shared ------------------------------------------------------------------------


def _check_lines(
    lines: Iterable[StatementLine],
    currency: str,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> None:
    if starts_on is not None and ends_on is not None and starts_on > ends_on:
        raise ValueError(f"the period starts on {starts_on}, after its end {ends_on}")
    for line in lines:
        if line.currency != currency:
            raise ValueError(f"a line in {line.currency} on a statement in {currency}")
        for amount in (line.amount, line.fee):
            if not amount.is_finite() or amount != amount.quantize(_CENT):
                raise ValueError(f"{amount} is not an amount in cents")
        if starts_on is not None and line.booked_on < starts_on:
            raise ValueError(f"a line booked on {line.booked_on}, before {starts_on}")
        if ends_on is not None and line.booked_on > ends_on:
            raise ValueError(f"a line booked on {line.booked_on}, after {ends_on}")


def _iban_parts(iban: str) -> tuple[str, str, str]:
    """Bank, branch and account number, as OFX's BANKACCTFROM wants them."""
    # schwifty is slow to import and only the demo writes OFX.
    from schwifty import IBAN

    parsed = IBAN(iban)
    return str(parsed.bank_code), str(parsed.branch_code), str(parsed.account_code)


def _issued_on(ends_on: date) -> date:
    """Banks issue a statement the day after the period it covers."""
    return ends_on + timedelta(days=1)


def _time_of(index: int) -> time:
    """A plausible time of day for the line at `index`, the same in every run."""
    seconds = 8 * 3600 + (index * 7919) % (12 * 3600)
    return time(seconds // 3600, seconds // 60 % 60, seconds % 60)


def _digest(index: int, line: StatementLine) -> str:
    key = "|".join(
        (str(index), line.booked_on.isoformat(), str(line.amount), line.text, line.counterparty)
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _compact(iban: str) -> str:
    return "".join(iban.split()).upper()


def _grouped(iban: str) -> str:
    return " ".join(iban[start : start + 4] for start in range(0, len(iban), 4))


def _one_line(text: str) -> str:
    """Statement fields are single lines: line breaks and runs of spaces become one."""
    return " ".join(text.split())


def _plain(amount: Decimal) -> str:
    """Two decimals after a full stop, no grouping: "1234.50", "-3.82", never "-0.00"."""
    cents = amount.quantize(_CENT)
    return f"{cents if cents else abs(cents):f}"


def _comma(amount: Decimal) -> str:
    """SWIFT's amounts, with a decimal comma: "1234,50"."""
    return _plain(amount).replace(".", ",")


def _french(amount: Decimal, *, thousands: bool = False) -> str:
    """French decimals: "1 234,56" (with `thousands`) or "1234,56"."""
    cents = Decimal(_plain(amount))
    text = f"{cents:,f}" if thousands else f"{cents:f}"
    return text.replace(",", " ").replace(".", ",")
