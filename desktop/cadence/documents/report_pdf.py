"""The business report as a PDF: key figures, then recurring revenue, its movements,
churn, receivables and the forecast, each a chart followed by its table, the
cancellations by plan and reason, and the definitions of every figure.

This module lays the document out: the page template and its footer, the header,
the key-figure boxes, the tables, the sections and the definitions. The charts are
drawn by `report_charts`, in the colours of `report_colours`; this module gives
them their series, names and axis labels in the report's language.

The file is PDF/A-3B like every file Cadence writes (`pdfa.py`), made by
ReportLab in invariant mode with the report's own date: the same report gives
the same bytes. The first page has no fixed zones (no address to show through an
envelope window), so the report lays its pages out itself rather than through
`pages.render`.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from cadence.documents import formatting, styles
from cadence.documents import report_colours as colours
from cadence.documents.blocks import TableCommand, band_in_columns, grid_style, markup, para
from cadence.documents.fonts import BOLD, REGULAR, register_fonts
from cadence.documents.pages import (
    CONTENT_WIDTH,
    FOOTER_SIZE,
    LANGUAGE_TAGS,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_NUMBER_BASELINE,
    PAGE_WIDTH,
    TOP,
    draw_page_number,
    numbering_canvas,
)
from cadence.documents.pdfa import Archive
from cadence.documents.report_charts import LegendEntry, Series, bar_chart, line_chart, month_names
from cadence.documents.report_labels import DEFINITIONS, counted, text
from cadence.documents.report_model import Compared, Month, ReportDocument
from cadence.domain.parties import Language
from cadence.domain.revenue import GAINS, LOSSES

_BOTTOM = 20 * mm  # no legal identity in the footer: the body may come lower than a letter's
_FOOTER_RULE = 13 * mm

_GOOD: Color = HexColor(colours.GOOD_COLOUR)
_BAD: Color = HexColor(colours.BAD_COLOUR)
_LINE: Color = HexColor(colours.LINE_COLOUR)
_SECOND_LINE: Color = HexColor(colours.SECOND_LINE_COLOUR)
_MOVEMENT_COLOURS = {kind: HexColor(code) for kind, code in colours.MOVEMENT_COLOURS.items()}
_AGEING_COLOURS = {bucket: HexColor(code) for bucket, code in colours.AGEING_COLOURS.items()}
_MOVEMENT_ORDER = (*GAINS, *LOSSES)  # in the legend, the stacks and the table
_ZERO = Decimal("0.00")

_KPI_VALUE = ParagraphStyle("kpi_value", parent=styles.BODY, fontName=BOLD, leading=17)
_KPI_NOTE = ParagraphStyle("kpi_note", parent=styles.SMALL, leading=9)
_KPI_SIZE = 13.5  # points, shrunk for a value too long for its box
_KPI_COLUMNS = 4
_GUTTER = 5  # points of white between the key-figure boxes
_DEFINITION = ParagraphStyle("definition", parent=styles.BODY, spaceAfter=5)
_NOTE = ParagraphStyle("section_note", parent=styles.SMALL, spaceAfter=2)
_SECTION = ParagraphStyle(
    "section",
    parent=styles.SUBTITLE,
    textColor=styles.ACCENT,
    spaceBefore=9,
    spaceAfter=3,
    keepWithNext=1,
)

# Tables
_TABLE_SIZES: tuple[float, ...] = (7.5, 7, 6.5, 6)  # the first size at which columns fit
_CELL_PADDING = 3


@dataclass(frozen=True, slots=True)
class _Words:
    """Numbers, amounts, rates and months as the report's language writes them."""

    language: Language
    currency: str

    @property
    def locale(self) -> str:
        return formatting.LOCALES[self.language]

    def money(self, value: Decimal) -> str:
        return formatting.amount(value, self.currency, self.language)

    def signed_money(self, value: Decimal) -> str:
        return f"+{self.money(value)}" if value > 0 else self.money(value)

    def count(self, value: int) -> str:
        return formatting.quantity(Decimal(value), self.language)

    def signed_count(self, value: int) -> str:
        return f"+{self.count(value)}" if value > 0 else self.count(value)

    def percent(self, rate: Decimal | None) -> str:
        """A rate (0.0523) as `5,23 %` or `5.23%`; "–" for the rate of nothing."""
        if rate is None:
            return text(self.language, "no_rate")
        number = str(format_decimal(rate * 100, "#,##0.00", locale=self.locale))
        return self._with_percent_sign(number)

    def _with_percent_sign(self, number: str) -> str:
        return f"{number}\u00a0%" if self.language is Language.FRENCH else f"{number}%"

    def days(self, value: Decimal | None, *, signed: bool = False) -> str:
        if value is None:
            return text(self.language, "no_rate")
        number = str(format_decimal(value, "#,##0.0", locale=self.locale))
        return text(self.language, "days", days=f"+{number}" if signed and value > 0 else number)

    def day(self, value: date) -> str:
        return formatting.day(value, self.language)

    def month(self, month: Month) -> str:
        """`novembre 2026`, or `novembre 2026 (1–25)` for the part of one."""
        name = str(format_date(month.first, "MMMM yyyy", locale=self.locale))
        if month.whole:
            return name
        return text(
            self.language,
            "partial_month",
            month=name,
            first=str(month.first.day),
            last=str(month.last.day),
        )

    def short_month(self, month: Month) -> str:
        return str(format_date(month.first, "MMM yy", locale=self.locale))

    def axis_money(self, value: float, step: float) -> str:
        """An axis label: whole amounts, unless the steps are smaller than one."""
        digits = "#,##0" if step >= 1 else "#,##0.00"
        pattern = f"{digits}\u00a0¤" if self.language is Language.FRENCH else f"¤{digits}"
        return str(
            format_currency(
                Decimal(str(round(value, 2))),
                self.currency,
                format=pattern,
                locale=self.locale,
                currency_digits=False,
            )
        )

    def axis_percent(self, value: float, step: float) -> str:
        digits = "#,##0" if step >= 1 else ("#,##0.0" if step >= 0.1 else "#,##0.00")
        number = str(format_decimal(Decimal(str(round(value, 4))), digits, locale=self.locale))
        return self._with_percent_sign(number)


def render_report(document: ReportDocument) -> bytes:
    """The PDF/A-3B file of the business report, byte-identical for the same value."""
    register_fonts()
    language = document.language
    words = _Words(language, document.currency)
    title = text(language, "title")
    running = _running_title(document, words)
    created = f"D:{document.generated:%Y%m%d}000000+00'00'"

    def footer(canvas: Canvas, doc: Any) -> None:
        # Creation and modification date: the report's own, midnight UTC.
        canvas.setDateFormatter(lambda *ignored: created)
        canvas.saveState()
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, _FOOTER_RULE, PAGE_WIDTH - MARGIN, _FOOTER_RULE)
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(MARGIN, PAGE_NUMBER_BASELINE, running)  # plain text: nothing to escape
        draw_page_number(canvas, doc.page)
        canvas.restoreState()

    frame = Frame(
        MARGIN,
        _BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - TOP - _BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=footer)],
        title=f"{title} · {document.company_name}",
        author=document.company_name,
        subject=running,
        creator="Cadence",
        invariant=1,
        lang=LANGUAGE_TAGS[language],
        # The canvas starts every page in this font; left at its default
        # (Helvetica) it would put a font PDF/A forbids in each page.
        initialFontName=REGULAR,
    )
    archive = Archive(
        title=f"{title} · {document.company_name}",
        author=document.company_name,
        language=language,
        created=document.generated,
    )
    template.build(_story(document, words), canvasmaker=numbering_canvas(language, archive))
    return buffer.getvalue()


def _running_title(document: ReportDocument, words: _Words) -> str:
    """The footer's title, the company's name shortened if it would reach the page number."""
    room = CONTENT_WIDTH - 25 * mm
    company = document.company_name

    def written(name: str) -> str:
        first, last = words.day(document.first), words.day(document.last)
        return text(document.language, "running_title", company=name, first=first, last=last)

    while company and stringWidth(written(company), REGULAR, FOOTER_SIZE) > room:
        company = company[:-2].rstrip() + "…"
    return written(company)


def _story(document: ReportDocument, words: _Words) -> list[Flowable]:
    return [
        *_header(document, words),
        *_key_figures(document, words),
        *_recurring(document, words),
        *_movements(document, words),
        *_churn(document, words),
        *_receivables(document, words),
        *_forecast(document, words),
        *_cancellations(document, words),
        *_definitions(document),
    ]


# -- header and key figures -----------------------------------------------------------


def _header(document: ReportDocument, words: _Words) -> list[Flowable]:
    language = document.language
    period = text(
        language, "period", first=words.day(document.first), last=words.day(document.last)
    )
    facts: list[tuple[str, str, float | None]] = [
        (text(language, "period_label"), period, 50 * mm),
        (
            text(language, "currency_label"),
            text(language, "currency", code=document.currency),
            48 * mm,
        ),
    ]
    if document.plan_name is not None:
        # The plan's name takes what the others leave; without it, a blank cell does.
        facts.append((text(language, "plan_label"), document.plan_name, None))
    facts.append((text(language, "generated_label"), words.day(document.generated), 28 * mm))
    band = band_in_columns(
        [(label, value) for label, value, _ in facts],
        [width for _, _, width in facts],
        CONTENT_WIDTH,
    )
    return [
        para(document.company_name, styles.NAME),
        para(text(language, "title"), styles.TITLE),
        Spacer(1, 3 * mm),
        band,
    ]


@dataclass(frozen=True, slots=True)
class _Box:
    label: str
    value: str
    notes: tuple[str, ...] = ()  # markup already escaped
    colour: Color = styles.TEXT


def _coloured(
    line: str, now: Decimal | int | None, earlier: Decimal | int | None, *, up_is_good: bool
) -> str:
    """`line` (markup) in green when the figure went the right way over the 30 days, in
    red when it went the wrong way; as it is when it did not move or cannot be compared."""
    if now is None or earlier is None or now == earlier:
        return line
    colour = _GOOD if (now > earlier) == up_is_good else _BAD
    return f'<font color="{colour.hexval()}">{line}</font>'


def _change(
    words: _Words, now: Decimal | int, earlier: Decimal | int, *, up_is_good: bool, written: str
) -> str:
    """`+1 234,56 € en 30 jours`, coloured (as markup)."""
    line = markup(text(words.language, "change", change=written))
    return _coloured(line, now, earlier, up_is_good=up_is_good)


def _earlier_rate(words: _Words, figure: Compared[Decimal | None], *, up_is_good: bool) -> str:
    """`30 jours avant : 2,50 %`, coloured (as markup)."""
    line = markup(text(words.language, "earlier", value=words.percent(figure.earlier)))
    return _coloured(line, figure.now, figure.earlier, up_is_good=up_is_good)


def _boxes(document: ReportDocument, words: _Words) -> list[list[_Box]]:
    """Three rows: how big the business is, how well it keeps its customers, its cash."""
    language, figures = document.language, document.figures
    retention = document.retention

    def label(key: str) -> str:
        return text(language, key)

    def money_change(figure: Compared[Decimal], up_is_good: bool) -> str:
        difference = figure.now - figure.earlier
        return _change(
            words,
            figure.now,
            figure.earlier,
            up_is_good=up_is_good,
            written=words.signed_money(difference),
        )

    def count_change(figure: Compared[int]) -> str:
        written = words.signed_count(figure.now - figure.earlier)
        return _change(words, figure.now, figure.earlier, up_is_good=True, written=written)

    cohort = markup(
        text(language, "cohort", customers=counted(language, "customers", retention.customers))
    )
    overdue_detail = markup(
        text(
            language,
            "overdue_detail",
            invoices=counted(language, "invoices", figures.overdue_invoices),
            customers=counted(language, "customers", figures.overdue_customers),
        )
    )
    # Receivables belong to no plan: with a plan filter, their boxes say they hold all.
    everything = (markup(text(language, "all_plans")),) if document.plan_name is not None else ()
    dso = figures.dso
    if dso.now is not None and dso.earlier is not None:
        dso_note = _change(
            words,
            dso.now,
            dso.earlier,
            up_is_good=False,
            written=words.days(dso.now - dso.earlier, signed=True),
        )
    else:
        dso_note = markup(text(language, "earlier", value=words.days(dso.earlier)))
    return [
        [
            _Box(
                label("kpi_mrr"), words.money(figures.mrr.now), (money_change(figures.mrr, True),)
            ),
            _Box(
                label("kpi_arr"), words.money(figures.arr.now), (money_change(figures.arr, True),)
            ),
            _Box(
                label("kpi_subscriptions"),
                words.count(figures.subscriptions.now),
                (count_change(figures.subscriptions),),
            ),
            _Box(
                label("kpi_customers"),
                words.count(figures.customers.now),
                (count_change(figures.customers),),
            ),
        ],
        [
            _Box(
                label("kpi_logo_churn"),
                words.percent(figures.logo_churn.now),
                (_earlier_rate(words, figures.logo_churn, up_is_good=False),),
            ),
            _Box(
                label("kpi_revenue_churn"),
                words.percent(figures.revenue_churn.now),
                (_earlier_rate(words, figures.revenue_churn, up_is_good=False),),
            ),
            _Box(label("kpi_nrr"), words.percent(retention.net), (cohort,)),
            _Box(label("kpi_grr"), words.percent(retention.gross), (cohort,)),
        ],
        [
            _Box(
                label("kpi_overdue"),
                words.money(figures.overdue.now),
                (overdue_detail, money_change(figures.overdue, False), *everything),
                _BAD if figures.overdue.now > 0 else styles.TEXT,
            ),
            _Box(label("kpi_dso"), words.days(dso.now), (dso_note, *everything)),
        ],
    ]


def _fitting_size(value: str, width: float, largest: float) -> float:
    """The largest size up to `largest` at which `value` fits `width` in bold."""
    wide = stringWidth(value, BOLD, largest)
    return largest if wide <= width else max(7.0, math.floor(largest * width / wide * 2) / 2)


def _key_figures(document: ReportDocument, words: _Words) -> list[Flowable]:
    column = CONTENT_WIDTH / _KPI_COLUMNS
    padding = 7
    rows: list[list[Any]] = []
    spans: list[TableCommand] = []
    for row_number, boxes in enumerate(_boxes(document, words)):
        # A short row's boxes share the width: each spans as many columns as it takes.
        span = _KPI_COLUMNS // len(boxes)
        cells: list[Any] = []
        for position, box in enumerate(boxes):
            inner = column * span - 2 * padding - _GUTTER
            size = _fitting_size(box.value, inner, _KPI_SIZE)
            value_style = ParagraphStyle(
                "kpi_value_fitted",
                parent=_KPI_VALUE,
                fontSize=size,
                textColor=box.colour,
            )
            cells.append(
                [
                    para(box.label, styles.LABEL),
                    Paragraph(markup(box.value), value_style),
                    *(Paragraph(note, _KPI_NOTE) for note in box.notes),
                ]
            )
            cells += [""] * (span - 1)
            if span > 1:
                first = position * span
                spans.append(("SPAN", (first, row_number), (first + span - 1, row_number)))
        rows.append(cells)
    table = Table(rows, colWidths=[column] * _KPI_COLUMNS)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # even an empty cell names a font
                ("BACKGROUND", (0, 0), (-1, -1), styles.FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                # White rules between the boxes make them separate cards.
                ("LINEAFTER", (0, 0), (-2, -1), _GUTTER, white),
                ("LINEBELOW", (0, 0), (-1, -2), _GUTTER, white),
                *spans,
            ]
        )
    )
    heading = text(document.language, "kpi_heading", date=words.day(document.last))
    return [para(heading, _SECTION), table]


# -- tables -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Label:
    """A first-column cell that may wrap (a plan's name, the owner's text: escaped),
    set in the table's font size once the table knows it."""

    text: str
    bold: bool = False
    indent: float = 0


def _cell(value: Any, size: float) -> Any:
    if not isinstance(value, _Label):
        return value
    style = ParagraphStyle(
        "report_label",
        parent=styles.CELL,
        fontName=BOLD if value.bold else REGULAR,
        fontSize=size,
        leading=size + 2,
        leftIndent=value.indent,
    )
    return para(value.text, style)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    total: Sequence[Any] | None = None,
    commands: Sequence[TableCommand] = (),
    first_width: float | None = None,
) -> LongTable:
    """A data table across the page: labels in the first column, numbers right-aligned
    in the others, the header repeated on each page, a bold total row if given.

    The number columns are as wide as their widest cell and share what is left; the
    font gets smaller until every column fits, so wide amounts never run off the page.
    """
    body = [list(row) for row in rows] + ([list(total)] if total is not None else [])
    size, widths = _TABLE_SIZES[-1], [CONTENT_WIDTH / len(header)] * len(header)
    for candidate in _TABLE_SIZES:
        needed = _needed_widths(header, body, candidate, first_width)
        if sum(needed) <= CONTENT_WIDTH:
            size = candidate
            spare = (CONTENT_WIDTH - sum(needed)) / max(1, len(header) - 1)
            widths = [needed[0]] + [width + spare for width in needed[1:]]
            break
    header_left = ParagraphStyle("report_header", parent=styles.CELL_HEADER, fontSize=size)
    header_right = ParagraphStyle(
        "report_header_right", parent=styles.CELL_HEADER_RIGHT, fontSize=size
    )
    head = [
        para(name, header_left if index == 0 else header_right) for index, name in enumerate(header)
    ]
    cells = [[_cell(value, size) for value in row] for row in body]
    table = LongTable([head, *cells], colWidths=widths, repeatRows=1)
    style = grid_style()
    style += [
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size + 2),  # else 12 points, whatever the size
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total is not None:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), BOLD),
            ("BACKGROUND", (0, -1), (-1, -1), styles.FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.5, styles.MUTED),
        ]
    style += list(commands)
    table.setStyle(TableStyle(style))
    return table


def _needed_widths(
    header: Sequence[str], body: Sequence[Sequence[Any]], size: float, first_width: float | None
) -> list[float]:
    """Each column's width at `size`: its widest text cell, and the longest word of its
    header (headers wrap between words); the first column `first_width` if given. Cells
    are measured in bold, as totals are set: its figures are hardly wider than regular."""
    widths = []
    for index, name in enumerate(header):
        words = max(stringWidth(word, BOLD, size) for word in name.split())
        cells = [stringWidth(row[index], BOLD, size) for row in body if isinstance(row[index], str)]
        widths.append(max([words, *cells]) + 2 * _CELL_PADDING + 1)
    if first_width is not None:
        widths[0] = first_width
    return widths


def _section(title: str, *parts: Flowable, notes: Sequence[str] = ()) -> list[Flowable]:
    """A section's title, its notes and its chart kept on one page."""
    return [KeepTogether([para(title, _SECTION), *(para(note, _NOTE) for note in notes), *parts])]


# -- the sections -------------------------------------------------------------------------


def _recurring(document: ReportDocument, words: _Words) -> list[Flowable]:
    language = document.language
    months = [row.month for row in document.recurring]
    chart = line_chart(
        [
            Series(
                text(language, "legend_mrr"),
                tuple(float(row.mrr) for row in document.recurring),
                _LINE,
            )
        ],
        month_names(months, words.short_month),
        least_span=100,
        label=words.axis_money,
    )
    keys = (
        "col_month",
        "col_mrr",
        "col_arr",
        "col_subscriptions",
        "col_customers",
        "col_new_subscriptions",
        "col_ended_subscriptions",
    )
    rows = [
        [
            words.month(row.month),
            words.money(row.mrr),
            words.money(row.arr),
            words.count(row.subscriptions),
            words.count(row.customers),
            words.count(row.new_subscriptions),
            words.count(row.ended_subscriptions),
        ]
        for row in document.recurring
    ]
    table = _table([text(language, key) for key in keys], rows)
    return [*_section(text(language, "section_mrr"), chart), Spacer(1, 2 * mm), table]


def _movements(document: ReportDocument, words: _Words) -> list[Flowable]:
    language = document.language
    months = [row.month for row in document.movements]
    names = month_names(months, words.short_month)
    series = [
        Series(
            text(language, f"movement_{kind}"),
            tuple(float(row.amount(kind)) for row in document.movements),
            _MOVEMENT_COLOURS[kind],
        )
        for kind in _MOVEMENT_ORDER
    ]
    legend: list[LegendEntry] = [(item.name, item.colour, "box") for item in series]
    legend.append((text(language, "legend_net_new"), styles.TEXT, "diamond"))
    chart = bar_chart(
        series,
        names,
        least_span=100,
        label=words.axis_money,
        stacked=True,
        legend=legend,
        net=[float(row.net_new) for row in document.movements],
    )
    header = [
        text(language, "col_month"),
        *(text(language, f"movement_{kind}") for kind in _MOVEMENT_ORDER),
        text(language, "col_net_new"),
    ]
    rows = [
        [
            words.month(row.month),
            *(words.money(row.amount(kind)) for kind in _MOVEMENT_ORDER),
            words.money(row.net_new),
        ]
        for row in document.movements
    ]
    total = [
        text(language, "total"),
        *(
            words.money(sum((row.amount(kind) for row in document.movements), _ZERO))
            for kind in _MOVEMENT_ORDER
        ),
        words.money(sum((row.net_new for row in document.movements), _ZERO)),
    ]
    table = _table(header, rows, total=total)
    title = text(language, "section_movements")
    notes = [text(language, "movement_note")]
    return [*_section(title, chart, notes=notes), Spacer(1, 2 * mm), table]


def _churn(document: ReportDocument, words: _Words) -> list[Flowable]:
    language = document.language
    months = [row.month for row in document.churn]

    def percents(rates: Iterable[Decimal | None]) -> tuple[float | None, ...]:
        return tuple(None if rate is None else float(rate * 100) for rate in rates)

    chart = line_chart(
        [
            Series(
                text(language, "legend_logo_churn"),
                percents(row.logo_churn_rate for row in document.churn),
                _LINE,
            ),
            Series(
                text(language, "legend_revenue_churn"),
                percents(row.revenue_churn_rate for row in document.churn),
                _SECOND_LINE,
            ),
        ],
        month_names(months, words.short_month),
        least_span=1,
        label=words.axis_percent,
    )
    keys = (
        "col_month",
        "col_customers_at_start",
        "col_new_customers",
        "col_customers_lost",
        "col_logo_churn",
        "col_mrr_at_start",
        "col_mrr_lost",
        "col_revenue_churn",
    )
    rows = [
        [
            words.month(row.month),
            words.count(row.customers_at_start),
            words.count(row.new_customers),
            words.count(row.customers_lost),
            words.percent(row.logo_churn_rate),
            words.money(row.mrr_at_start),
            words.money(row.churned_mrr + row.contraction_mrr),
            words.percent(row.revenue_churn_rate),
        ]
        for row in document.churn
    ]
    table = _table([text(language, key) for key in keys], rows)
    return [*_section(text(language, "section_churn"), chart), Spacer(1, 2 * mm), table]


def _receivables(document: ReportDocument, words: _Words) -> list[Flowable]:
    language = document.language
    lines = document.ageing
    names = [text(language, f"bucket_{line.bucket}") for line in lines]
    chart = bar_chart(
        [Series("", tuple(float(line.amount) for line in lines), styles.ACCENT)],
        names,
        least_span=100,
        label=words.axis_money,
        bar_colours=[_AGEING_COLOURS[line.bucket] for line in lines],
        bar_labels=[words.money(line.amount) for line in lines],
    )
    owed = sum((line.amount for line in lines), _ZERO)

    def share(amount: Decimal) -> str:
        return words.percent(amount / owed if owed else None)

    ageing = _table(
        [text(language, key) for key in ("col_bucket", "col_invoices", "col_owed", "col_share")],
        [
            [name, words.count(line.invoices), words.money(line.amount), share(line.amount)]
            for name, line in zip(names, lines, strict=True)
        ],
        total=[
            text(language, "total"),
            words.count(sum(line.invoices for line in lines)),
            words.money(owed),
            share(owed),
        ],
    )
    title = text(language, "section_receivables", date=words.day(document.last))
    notes = (
        [text(language, "receivables_scope", currency=document.currency)]
        if document.plan_name is not None
        else []
    )
    return [
        *_section(title, chart, notes=notes),
        Spacer(1, 2 * mm),
        ageing,
        *_payments(document, words),
    ]


def _payments(document: ReportDocument, words: _Words) -> list[Flowable]:
    language = document.language
    keys = (
        "col_month",
        "col_payments",
        "col_received",
        "col_late",
        "col_late_amount",
        "col_days_late",
        "col_failed",
        "col_failed_amount",
    )
    payments = document.payments
    rows = [
        [
            words.month(row.month),
            words.count(row.payments),
            words.money(row.received),
            words.count(row.late),
            words.money(row.late_amount),
            words.days(row.average_days_late),
            words.count(row.failed),
            words.money(row.failed_amount),
        ]
        for row in payments
    ]
    total = [
        text(language, "total"),
        words.count(sum(row.payments for row in payments)),
        words.money(sum((row.received for row in payments), _ZERO)),
        words.count(sum(row.late for row in payments)),
        words.money(sum((row.late_amount for row in payments), _ZERO)),
        "",
        words.count(sum(row.failed for row in payments)),
        words.money(sum((row.failed_amount for row in payments), _ZERO)),
    ]
    table = _table([text(language, key) for key in keys], rows, total=total)
    return [para(text(language, "section_payments"), _SECTION), table]


def _forecast(document: ReportDocument, words: _Words) -> list[Flowable]:
    language = document.language
    forecast = document.forecast
    chart = bar_chart(
        [Series("", tuple(float(row.net) for row in forecast), styles.ACCENT)],
        month_names([row.month for row in forecast], words.short_month),
        least_span=100,
        label=words.axis_money,
    )
    table = _table(
        [text(language, key) for key in ("col_month", "col_invoices", "col_net", "col_gross")],
        [
            [
                words.month(row.month),
                words.count(row.invoices),
                words.money(row.net),
                words.money(row.gross),
            ]
            for row in forecast
        ],
        total=[
            text(language, "total"),
            words.count(sum(row.invoices for row in forecast)),
            words.money(sum((row.net for row in forecast), _ZERO)),
            words.money(sum((row.gross for row in forecast), _ZERO)),
        ],
    )
    notes = [text(language, "forecast_note", date=words.day(document.generated))]
    title = text(language, "section_forecast")
    return [*_section(title, chart, notes=notes), Spacer(1, 2 * mm), table]


def _cancellations(document: ReportDocument, words: _Words) -> list[Flowable]:
    language = document.language
    title = para(text(language, "section_cancellations"), _SECTION)
    if not document.cancellations:
        return [title, para(text(language, "no_cancellations"))]
    keys = (
        "col_plan_reason",
        "col_cancelled",
        "col_on_plan",
        "col_cancellation_rate",
        "col_mrr_cancelled",
    )
    rows: list[list[Any]] = []
    commands: list[TableCommand] = []
    for plan in document.cancellations:
        commands += [
            ("FONTNAME", (0, len(rows) + 1), (-1, len(rows) + 1), BOLD),
            ("LINEABOVE", (0, len(rows) + 1), (-1, len(rows) + 1), 0.5, styles.MUTED),
        ]
        rows.append(
            [
                _Label(plan.plan_name, bold=True),
                words.count(plan.cancelled),
                words.count(plan.subscriptions),
                words.percent(plan.rate),
                words.money(plan.mrr),
            ]
        )
        for reason in plan.reasons:
            rows.append(
                [
                    _Label(text(language, f"reason_{reason.reason}"), indent=10),
                    words.count(reason.subscriptions),
                    "",
                    "",
                    words.money(reason.mrr),
                ]
            )
    table = _table(
        [text(language, key) for key in keys],
        rows,
        commands=commands,
        first_width=CONTENT_WIDTH * 0.42,
    )
    return [title, table]


def _definitions(document: ReportDocument) -> list[Flowable]:
    language = document.language
    flowables: list[Flowable] = [PageBreak(), para(text(language, "section_definitions"), _SECTION)]
    for key in DEFINITIONS:
        term = markup(text(language, f"{key}_term"))
        flowables.append(Paragraph(f"<b>{term}.</b> {markup(text(language, key))}", _DEFINITION))
    return flowables
