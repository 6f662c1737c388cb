"""Pieces several documents share: escaped paragraphs, the sender and recipient
blocks, the seller's legal identity, the logo, payment details, the QR code.

All user text (names, addresses, descriptions, notes) goes through `para`,
which escapes it before ReportLab reads its markup (ARCHITECTURE.md, rule 8).
"""

from __future__ import annotations

import io
from collections.abc import Collection, Iterable, Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

import segno
from babel.numbers import format_currency
from PIL import Image as PillowImage
from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from cadence.documents import formatting, styles
from cadence.documents.fonts import BOLD, REGULAR
from cadence.documents.labels import text
from cadence.documents.model import Buyer, PostalAddress, Seller
from cadence.documents.pages import CONTENT_WIDTH
from cadence.domain.parties import Language

LOGO_BOX = (48 * mm, 18 * mm)
AMOUNTS_WIDTHS = (52 * mm, 30 * mm)
TableCommand = tuple[Any, ...]  # ("FONTNAME", (0, 0), (-1, -1), "NotoSans") …
_LOGO_PIXELS = 600  # enough for print at the logo's size; a bigger file only bloats each PDF
_HOME_COUNTRY = "FR"
_CAPITAL_CURRENCY = "EUR"  # a French company's capital, whatever currency a document bills in


def markup(value: str) -> str:
    """User text made safe for Paragraph markup; its line breaks kept."""
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle = styles.BODY) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Paragraph(markup(value), style)


def labelled(label: str, value: str, style: ParagraphStyle = styles.BODY) -> Paragraph:
    """`label` in bold followed by `value`, both escaped."""
    return Paragraph(f"<b>{markup(label)}</b> {markup(value)}", style)


def address_lines(address: PostalAddress, language: Language) -> list[str]:
    """Street lines, postcode and city, and the country when it is not France."""
    lines = [line for line in address.lines if line.strip()]
    lines.append(f"{address.postal_code} {address.city}".strip())
    if address.country.upper() != _HOME_COUNTRY:
        # Mail abroad ends with the country's name in capitals (UPU addressing).
        lines.append(formatting.country(address.country, language).upper())
    return lines


def logo(data: bytes | None) -> Flowable | None:
    """The seller's logo scaled into its box, aspect kept; None if absent or unreadable.

    Flattened to RGB on white: a transparent or CMYK image would trouble PDF/A
    (its output intent is sRGB), and a broken file must never stop an invoice.
    """
    if not data:
        return None
    try:
        with PillowImage.open(io.BytesIO(data)) as source:
            if source.format not in ("PNG", "JPEG"):
                return None
            source.load()
            rgba = source.convert("RGBA")
    except (OSError, ValueError, SyntaxError, PillowImage.DecompressionBombError):
        return None
    flat = PillowImage.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    flat.thumbnail((_LOGO_PIXELS, _LOGO_PIXELS))
    encoded = io.BytesIO()
    flat.save(encoded, format="PNG")
    encoded.seek(0)
    box_width, box_height = LOGO_BOX
    scale = min(box_width / flat.width, box_height / flat.height)
    image = Image(encoded, width=flat.width * scale, height=flat.height * scale)
    image.hAlign = "LEFT"
    return image


def sender_block(seller: Seller, language: Language) -> list[Flowable]:
    """Logo, the seller's name, address and contact details."""
    flowables: list[Flowable] = []
    image = logo(seller.logo)
    if image is not None:
        flowables += [image, Spacer(1, 3 * mm)]
    flowables.append(para(seller.trade_name or seller.legal_name, styles.NAME))
    if seller.trade_name and seller.trade_name != seller.legal_name:
        flowables.append(para(seller.legal_name, styles.SMALL))
    lines = address_lines(seller.address, language)
    lines += [value for value in (seller.email, seller.phone, seller.website) if value]
    flowables.append(para("\n".join(lines)))
    return flowables


def recipient_block(buyer: Buyer, language: Language, *, identifiers: bool) -> list[Flowable]:
    """The buyer's name and postal address; with `identifiers`, a business's SIREN and VAT
    number below."""
    flowables: list[Flowable] = [
        para(buyer.name, styles.NAME),
        para("\n".join(address_lines(buyer.address, language))),
    ]
    if identifiers:
        ids = []
        if buyer.siren:
            ids.append(text(language, "buyer_siren", value=formatting.siren(buyer.siren)))
        if buyer.vat_number:
            ids.append(text(language, "buyer_vat", value=buyer.vat_number))
        if ids:
            flowables += [Spacer(1, 1.5 * mm), para("\n".join(ids), styles.SMALL)]
    return flowables


def _share_capital(value: Decimal, language: Language) -> str:
    """`10 000 €`: a whole capital reads better without cents."""
    currency = _CAPITAL_CURRENCY
    if value == value.to_integral_value():
        pattern = "#,##0\u00a0¤" if language is Language.FRENCH else "¤#,##0"
        return str(
            format_currency(
                value,
                currency,
                format=pattern,
                locale=formatting.LOCALES[language],
                currency_digits=False,
            )
        )
    return formatting.amount(value, currency, language)


def legal_identity(seller: Seller, language: Language) -> tuple[str, ...]:
    """The seller's legal identity for the footer: name, form and capital, address,
    SIRET, registration, VAT number (Code de commerce R123-237, CGI art. 242 nonies A)."""
    first = [seller.legal_name]
    if seller.legal_form and seller.share_capital is not None:
        capital = _share_capital(seller.share_capital, language)
        first.append(text(language, "share_capital", form=seller.legal_form, amount=capital))
    elif seller.legal_form:
        first.append(seller.legal_form)
    address = seller.address
    first.append(", ".join([*address.lines, f"{address.postal_code} {address.city}"]))
    second = []
    if seller.siret:
        second.append(text(language, "siret", value=formatting.siret(seller.siret)))
    elif seller.siren:
        second.append(text(language, "siren", value=formatting.siren(seller.siren)))
    if seller.registration:
        siren = formatting.siren(seller.siren) if seller.siren else ""
        second.append(f"{seller.registration} {siren}".strip())
    if seller.vat_number:
        second.append(text(language, "seller_vat", value=seller.vat_number))
    return tuple(" · ".join(part) for part in (first, second) if part)


def bank_lines(seller: Seller, language: Language) -> list[str]:
    """Account holder, IBAN in groups of four, BIC; empty without an IBAN."""
    if not seller.iban:
        return []
    lines = [
        text(language, "account_holder", name=seller.legal_name),
        text(language, "iban", value=formatting.grouped(seller.iban)),
    ]
    if seller.bic:
        lines.append(text(language, "bic", value=seller.bic.strip().upper()))
    return lines


class _QrCode(Flowable):
    """A QR code drawn as vector rectangles, one per run of dark modules in a row.

    segno builds the matrix about ten times faster than ReportLab's own encoder,
    which spent more time choosing a mask than the rest of an invoice took.
    """

    _QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        # EPC069-12 declares the payload UTF-8 (character set 1): encode it so.
        code = segno.make(payload, error="m", boost_error=False, micro=False, encoding="utf-8")
        self._rows = [tuple(bool(module) for module in row) for row in code.matrix]
        self.width = self.height = size

    def draw(self) -> None:
        module = self.width / (len(self._rows) + 2 * self._QUIET_ZONE)
        top = self.height - self._QUIET_ZONE * module
        path = self.canv.beginPath()
        for y, row in enumerate(self._rows):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                run = x
                while run < len(row) and row[run]:
                    run += 1
                path.rect(
                    (self._QUIET_ZONE + x) * module,
                    top - (y + 1) * module,
                    (run - x) * module,
                    module,
                )
                x = run
        self.canv.setFillColor(black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_code(payload: str, size: float) -> Flowable:
    """A QR code of `payload` at error correction level M (as EPC069-12 requires),
    `size` points wide including its quiet zone of four modules."""
    return _QrCode(payload, size)


def band(cells: Sequence[tuple[str, str]], width: float) -> Table:
    """A row of small labels over their values between two rules (dates, references),
    `width` wide: a fifth of it a cell, two fifths for a long value."""
    unit = width / 5
    return band_in_columns(
        cells, [2 * unit if len(value) > 16 else unit for _, value in cells], width
    )


def band_in_columns(
    cells: Sequence[tuple[str, str]], widths: Sequence[float | None], width: float
) -> Table:
    """`band` with each cell's width given: a cell of width None takes what the others
    leave of `width`; without one, a blank cell does."""
    rest = width - sum(column for column in widths if column is not None)
    columns = [rest if column is None else column for column in widths]
    row: list[object] = [
        [para(label, styles.LABEL), para(value, styles.STRONG)] for label, value in cells
    ]
    if None not in widths and rest > 0:
        row.append("")
        columns.append(rest)
    table = Table([row], colWidths=columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # even a blank cell names a font
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, styles.RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, styles.RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def header_row(language: Language, keys: Sequence[str], numbers_from: int) -> list[Any]:
    """A data table's header: the labels `keys`, right-aligned from column `numbers_from`
    on, over the amounts."""
    return [
        para(
            text(language, key),
            styles.CELL_HEADER_RIGHT if index >= numbers_from else styles.CELL_HEADER,
        )
        for index, key in enumerate(keys)
    ]


def column_widths(columns: Sequence[float | None]) -> list[float]:
    """Fixed column widths, the one None column taking the rest of the line."""
    rest = CONTENT_WIDTH - sum(width for width in columns if width is not None)
    return [rest if width is None else width for width in columns]


def grid_style(rules_below: Iterable[int] | None = None) -> list[TableCommand]:
    """The commands of a data table: a bold header row on a light fill, thin rules
    below each row (or only below `rules_below`, when entries span several rows)."""
    commands: list[TableCommand] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), styles.TEXT),
        ("BACKGROUND", (0, 0), (-1, 0), styles.FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),  # one-line headers sit by two-line ones
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, styles.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if rules_below is None:
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, styles.RULE))
    else:
        commands += [("LINEBELOW", (0, row), (-1, row), 0.25, styles.RULE) for row in rules_below]
    return commands


def amounts_table(
    rows: Sequence[tuple[str, str]], *, strong: Collection[int] = (), accent: int = -1
) -> Table:
    """Labels and right-aligned amounts (totals, balances), set right. Rows in `strong`
    are bold with a rule above; the `accent` row (the sum to pay) stands out in colour."""
    table = Table([list(row) for row in rows], colWidths=list(AMOUNTS_WIDTHS), hAlign="RIGHT")
    commands: list[TableCommand] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), styles.TEXT),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        # The data tables' padding: amounts line up with their last column.
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in strong:
        commands.append(("FONTNAME", (0, row), (-1, row), BOLD))
        if row > 0:
            commands.append(("LINEABOVE", (0, row), (-1, row), 0.5, styles.RULE))
    commands += [
        ("FONTNAME", (0, accent), (-1, accent), BOLD),
        ("TEXTCOLOR", (0, accent), (-1, accent), styles.ACCENT),
        ("FONTSIZE", (0, accent), (-1, accent), 10.5),
        ("LINEABOVE", (0, accent), (-1, accent), 1, styles.ACCENT),
        ("TOPPADDING", (0, accent), (-1, accent), 5),
    ]
    table.setStyle(TableStyle(commands))
    return table


def boxed(
    left: Sequence[Flowable], right: Sequence[Flowable] = (), right_width: float = 0
) -> Table:
    """Content in a thin frame (payment details), with an optional right column (QR code)."""
    row: list[Any] = [list(left)]
    widths = [CONTENT_WIDTH - right_width]
    if right:
        row.append(list(right))
        widths.append(right_width)
    table = Table([row], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, styles.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def paragraphs(values: Iterable[str], style: ParagraphStyle = styles.MENTION) -> list[Flowable]:
    """One escaped paragraph per non-empty text."""
    return [para(value, style) for value in values if value.strip()]
