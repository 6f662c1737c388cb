"""OFX statements: 1.x (SGML, as Crédit Mutuel, CIC or Boursorama export them, in
Windows-1252 with unclosed tags) and 2.x (XML).

ofxtools splits the header from the body and builds the element tree of either
version. The values are then read from that tree here rather than through
`OFXTree.convert()`, whose validation refuses what French banks commonly write
(a NAME longer than 32 characters, a TRNAMT with a decimal comma) and which moves
dates with a time zone to UTC, so that a payment booked on the 3rd could read as
the 2nd.
"""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
from datetime import date

from ofxtools.header import OFXHeaderError
from ofxtools.Parser import OFXTree, ParseError

from cadence.domain.errors import InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.exchange.fields import (
    NO_STATEMENT,
    NOT_A_DATE,
    NOT_IN_ENCODING,
    SEVERAL_ACCOUNTS,
    TRUNCATED,
    at_line,
    clean,
    currency,
    is_utf8,
    join_text,
    line_at,
    parse_amount,
    refuse,
)
from cadence.exchange.statement import Statement, StatementFormat, StatementLine

_NOT_OFX = QT_TRANSLATE_NOOP("Messages", "this is not an OFX file")
_BAD_HEADER = QT_TRANSLATE_NOOP("Messages", "the OFX header is not valid ({detail})")
_BAD_MARKUP = QT_TRANSLATE_NOOP("Messages", "the OFX markup is malformed ({detail})")
_NO_DATE = QT_TRANSLATE_NOOP("Messages", "a transaction has no date (DTPOSTED)")
_NO_AMOUNT = QT_TRANSLATE_NOOP("Messages", "a transaction has no amount (TRNAMT)")
_NO_CURRENCY = QT_TRANSLATE_NOOP("Messages", "the statement has no currency (CURDEF)")

_BOM = b"\xef\xbb\xbf"
_BODY_START = re.compile(rb"<OFX>", re.IGNORECASE)
_TRANSACTION = re.compile(rb"<STMTTRN>", re.IGNORECASE)
_CHARSET = re.compile(rb"(CHARSET:[ \t]*)([\w-]+)", re.IGNORECASE)
_TAG = re.compile(rb"<(/?)([A-Za-z0-9./_]+)>")
# A "<" that starts no tag: ofxtools' tokenizer would skip the text after it silently.
_STRAY_LT = re.compile(rb"<(?!/?[A-Za-z0-9./_]+>|!\[CDATA\[)")
# The header of a body-only file: ofxtools reads nothing without one.
_DEFAULT_HEADER = (
    b"OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\n"
    b"CHARSET:%s\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n"
)
_OFX_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def read_ofx(data: bytes, file_name: str) -> Statement:
    """The bank statement in an OFX file (one account); refused whole if anything is wrong."""
    header, body = _split(data, file_name)
    if not data.rstrip(b" \t\r\n\x00\x1a").upper().endswith(b"</OFX>"):
        raise refuse(file_name, TRUNCATED, line=line_at(data, len(data.rstrip())))
    tree = OFXTree()
    try:
        tree.parse(io.BytesIO(_repaired(header, body, file_name)))
    except OFXHeaderError as error:
        raise refuse(file_name, _BAD_HEADER, detail=_first_line(error)) from None
    except (ParseError, ET.ParseError) as error:  # ofxtools' tokenizer, ElementTree's builder
        raise refuse(file_name, _BAD_MARKUP, detail=_first_line(error)) from None
    except UnicodeDecodeError as error:
        raise refuse(file_name, NOT_IN_ENCODING, encoding=error.encoding) from None
    except (ValueError, IndexError, AssertionError) as error:  # the tree builder's own checks
        raise refuse(file_name, _BAD_MARKUP, detail=_first_line(error)) from None
    root = tree.getroot()
    if root is None or root.tag != "OFX":
        raise refuse(file_name, _NOT_OFX)
    return _statement(root, data, file_name)


def _first_line(error: Exception) -> str:
    return clean(str(error).splitlines()[0] if str(error) else type(error).__name__)[:200]


def _split(data: bytes, file_name: str) -> tuple[bytes, bytes]:
    """The header (possibly empty) and the body, from `<OFX>` on."""
    data = data.removeprefix(_BOM)  # a BOM hides "OFXHEADER" from ofxtools' header regex
    found = _BODY_START.search(data)
    header = data[: found.start()] if found else data
    stripped = header.strip()
    if not found or (
        stripped
        and not stripped.upper().startswith(b"OFXHEADER")
        and not stripped.startswith(b"<?xml")
    ):
        raise refuse(file_name, _NOT_OFX)
    return header, data[found.start() :]


def _repaired(header: bytes, body: bytes, file_name: str) -> bytes:
    """The file with what French banks commonly write and ofxtools refuses mended.

    ofxtools knows CHARSET 1252, ISO-8859-1 and NONE (UTF-8) only. Banks also write
    ISO-8859-15 or WINDOWS-1252, and some declare 1252 for a body they wrote in UTF-8,
    which would read as "Ã©" for "é". Valid UTF-8 with accents is never Windows-1252
    text in practice, so such a body is read as UTF-8.
    """
    if not header.strip():
        header = _DEFAULT_HEADER % (b"NONE" if is_utf8(body) else b"1252")
    declared = _CHARSET.search(header)
    if declared is not None and not header.strip().startswith(b"<?xml"):  # OFX 2 is UTF-8
        name = declared[2].upper().replace(b"_", b"-")
        if name in (b"UTF-8", b"UTF8") or (not body.isascii() and is_utf8(body)):
            name = b"NONE"
        elif name in (b"ISO-8859-15", b"8859-15", b"LATIN9"):
            # Its letters are all in Windows-1252 too, only € moves (0xA4 → 0x80).
            name = b"1252"
            body = body.replace(b"\xa4", b"\x80")
        elif name in (b"WINDOWS-1252", b"CP1252"):
            name = b"1252"
        if name == b"NONE":
            try:
                body.decode("utf-8")
            except UnicodeDecodeError as error:
                line = line_at(header + body, len(header) + error.start)
                raise refuse(file_name, NOT_IN_ENCODING, line=line, encoding="UTF-8") from None
        header = header[: declared.start(2)] + name + header[declared.end(2) :]
    # Tags in upper case and stray "<" escaped: ofxtools' tokenizer matches upper-case
    # tags only and silently skips whatever it cannot match.
    body = _TAG.sub(lambda found: b"<" + found[1] + found[2].upper() + b">", body)
    return header + _STRAY_LT.sub(b"&lt;", body)


def _text(element: ET.Element, path: str) -> str:
    found = element.find(path)
    if found is None or found.text is None:
        return ""
    return clean(html.unescape(found.text))


def _label(name: str, memo: str) -> str:
    """NAME and MEMO as one label: French banks cut the label into NAME (32 characters
    in the standard) and MEMO, or repeat all of it in MEMO."""
    if name and name.casefold() in memo.casefold():
        return memo
    if memo and memo.casefold() in name.casefold():
        return name
    return join_text([name, memo])


def _ofx_date(value: str) -> date:
    """The calendar date an OFX date-time starts with: "20261103", "20261103120000[+1:CET]"."""
    found = _OFX_DATE.match(value)
    try:
        if not found:
            raise ValueError(value)
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        raise InvalidValue(message(NOT_A_DATE, text=value, format="yyyymmdd")) from None


def _statement(root: ET.Element, data: bytes, file_name: str) -> Statement:
    statements = [element for element in root.iter() if element.tag in ("STMTRS", "CCSTMTRS")]
    if not statements:
        raise refuse(file_name, NO_STATEMENT)
    accounts = list(
        dict.fromkeys(
            _text(element, "BANKACCTFROM/ACCTID") or _text(element, "CCACCTFROM/ACCTID")
            for element in statements
        )
    )
    if len(accounts) > 1:
        raise refuse(file_name, SEVERAL_ACCOUNTS, first=accounts[0], second=accounts[1])
    # Where each transaction starts in the file, for messages about it.
    elements = list(root.iter("STMTTRN"))
    starts_in_file = [found.start() for found in _TRANSACTION.finditer(data)]
    offsets = (
        {id(element): start for element, start in zip(elements, starts_in_file, strict=True)}
        if len(elements) == len(starts_in_file)
        else {}
    )
    lines: list[StatementLine] = []
    first_days: list[date] = []
    last_days: list[date] = []
    declared = ""
    for element in statements:
        default_currency = _text(element, "CURDEF")
        if not default_currency:
            raise refuse(file_name, _NO_CURRENCY)
        with at_line(file_name, None):
            declared = currency(default_currency)
            if start := _text(element, "BANKTRANLIST/DTSTART"):
                first_days.append(_ofx_date(start))
            if end := _text(element, "BANKTRANLIST/DTEND"):
                last_days.append(_ofx_date(end))
        for transaction in element.iterfind("BANKTRANLIST/STMTTRN"):
            offset = offsets.get(id(transaction))
            lines.append(_line(transaction, declared, data, offset, file_name))
    return Statement(
        format=StatementFormat.OFX,
        lines=tuple(lines),
        account=accounts[0],
        currency=declared,
        starts_on=min(first_days, default=None),
        ends_on=max(last_days, default=None),
    )


def _line(
    transaction: ET.Element, default_currency: str, data: bytes, offset: int | None, file_name: str
) -> StatementLine:
    def line_of(tag: str) -> int | None:
        if offset is None:
            return None
        found = re.compile(rb"<" + tag.encode() + rb">", re.IGNORECASE).search(data, offset)
        return line_at(data, found.start() if found else offset)

    posted = _text(transaction, "DTPOSTED")
    if not posted:
        raise refuse(file_name, _NO_DATE, line=line_of("STMTTRN"))
    amount = _text(transaction, "TRNAMT")
    if not amount:
        raise refuse(file_name, _NO_AMOUNT, line=line_of("STMTTRN"))
    with at_line(file_name, line_of("DTPOSTED")):
        booked_on = _ofx_date(posted)
    with at_line(file_name, line_of("DTAVAIL")):
        available = _text(transaction, "DTAVAIL")
        value_on = _ofx_date(available) if available else None
    with at_line(file_name, line_of("TRNAMT")):
        # OFX has no thousands separators; some French banks write a decimal comma.
        signed = parse_amount(amount, decimal_comma="," in amount and "." not in amount)
    with at_line(file_name, line_of("CURSYM")):
        line_currency = currency(_text(transaction, "CURRENCY/CURSYM") or default_currency)
    name = _text(transaction, "NAME") or _text(transaction, "PAYEE/NAME")
    memo = _text(transaction, "MEMO")
    return StatementLine(
        booked_on=booked_on,
        amount=signed,
        currency=line_currency,
        text=_label(name, memo),
        counterparty=name,
        bank_reference=_text(transaction, "FITID"),
        value_on=value_on,
        source_line=line_of("STMTTRN") or 0,
    )
