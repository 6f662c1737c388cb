"""The business report read back: its figures in each language, user text printed
literally, charts that survive one month, ten years and nothing at all."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from reportlab.pdfbase.ttfonts import TTFont

from cadence.documents.fonts import FONT_FILES, REGULAR
from cadence.documents.report_labels import DEFINITIONS, LABELS, counted
from cadence.documents.report_model import (
    AgeingLine,
    CancelledForReason,
    CancelledPlan,
    ChurnMonth,
    Compared,
    ForecastMonth,
    KeyFigures,
    Month,
    MovementMonth,
    PaymentMonth,
    RecurringMonth,
    ReportDocument,
    Retention,
)
from cadence.documents.report_pdf import render_report
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.parties import Language
from cadence.domain.revenue import AgeingBucket, MovementKind, last_of_month
from cadence.resource_files import resource_path

from .conftest import extracted, fonts, layout_text, page_count, printed  # type: ignore[import-not-found]

PLAN = 'Box <Thé> & "Co"'
COMPANY = "O'Brien & <Fils> SARL"
LAST = date(2026, 11, 25)
ZERO = Decimal("0.00")
A4_WIDTH = 595.28  # points
MARGIN = 20 * 72 / 25.4  # left and right, in points


def months_to(last: date, count: int) -> list[Month]:
    """`count` months ending with the part of `last`'s month up to `last`."""
    found = []
    start = last.replace(day=1)
    end = last
    for _ in range(count):
        found.append(Month(start, end))
        end = start - timedelta(days=1)
        start = end.replace(day=1)
    return found[::-1]


def report(
    *, months: int = 12, language: Language = Language.FRENCH, scale: int = 1
) -> ReportDocument:
    """A report with made-up figures: growth with losses every month, `scale` times
    bigger (to try wide amounts), over `months` months."""
    periods = months_to(LAST, months)
    mrr = [
        Decimal("40000.00") * scale + Decimal("1234.56") * scale * index for index in range(months)
    ]
    movements = []
    for index, month in enumerate(periods):
        amounts = {
            MovementKind.NEW: Decimal("2085.47") * scale,
            MovementKind.EXPANSION: Decimal("786.47") * scale,
            MovementKind.REACTIVATION: Decimal("99.60") * scale,
            MovementKind.RESUMED: Decimal("12.00") * scale if index % 3 == 0 else ZERO,
            MovementKind.CONTRACTION: Decimal("-582.73") * scale,
            MovementKind.CHURNED: Decimal("-1067.63") * scale,
            MovementKind.PAUSED: Decimal("-88.62") * scale if index % 3 == 0 else ZERO,
        }
        start = mrr[index] - sum(amounts.values(), ZERO)
        movements.append(
            MovementMonth(
                month, start, mrr[index], tuple((kind, amounts[kind]) for kind in MovementKind)
            )
        )
    return ReportDocument(
        language=language,
        company_name=COMPANY,
        currency="EUR",
        first=periods[0].first,
        last=LAST,
        generated=LAST,
        plan_name=PLAN,
        figures=KeyFigures(
            mrr=Compared(Decimal("60866.06"), Decimal("59788.50")),
            arr=Compared(Decimal("730392.72"), Decimal("717462.00")),
            subscriptions=Compared(929, 911),
            customers=Compared(1780, 1774),
            logo_churn=Compared(Decimal("0.0247"), Decimal("0.0250")),
            revenue_churn=Compared(Decimal("0.0322"), None),
            overdue=Compared(Decimal("1945.53"), Decimal("2100.00")),
            overdue_invoices=48,
            overdue_customers=1,
            dso=Compared(Decimal("35.4"), Decimal("56.1")),
        ),
        retention=Retention(
            customers=587,
            customers_kept=509,
            mrr_at_start=Decimal("42502.41"),
            mrr_at_end=Decimal("41439.76"),
            gross=Decimal("0.8701"),
            net=Decimal("0.9750"),
        ),
        recurring=tuple(
            RecurringMonth(month, mrr[index], 600 + index, 500 + index, 40, 12)
            for index, month in enumerate(periods)
        ),
        movements=tuple(movements),
        churn=tuple(
            ChurnMonth(
                month,
                customers_at_start=770,
                new_customers=33,
                customers_lost=17,
                logo_churn_rate=Decimal("0.0212"),
                mrr_at_start=mrr[index],
                churned_mrr=Decimal("1067.63") * scale,
                contraction_mrr=Decimal("582.73") * scale,
                revenue_churn_rate=None if index == 0 else Decimal("0.0276"),
            )
            for index, month in enumerate(periods)
        ),
        ageing=(
            AgeingLine(AgeingBucket.NOT_DUE, Decimal("41462.85") * scale, 745),
            AgeingLine(AgeingBucket.DAYS_1_30, Decimal("1945.53") * scale, 48),
            AgeingLine(AgeingBucket.DAYS_31_60, ZERO, 0),
            AgeingLine(AgeingBucket.DAYS_61_90, Decimal("120.00") * scale, 1),
            AgeingLine(AgeingBucket.OVER_90, Decimal("99.90") * scale, 1),
        ),
        payments=tuple(
            PaymentMonth(
                month,
                798,
                Decimal("45498.84") * scale,
                4,
                Decimal("290.89"),
                Decimal("6.0"),
                1,
                Decimal("29.90"),
            )
            for month in periods
        ),
        forecast=tuple(
            ForecastMonth(month, 1062, Decimal("60235.30") * scale, Decimal("70725.71") * scale)
            for month in (
                Month(date(2026, 11, 26), date(2026, 11, 30)),
                *(
                    Month(first, last_of_month(first))
                    for first in (date(2026, 12, 1) + relativedelta(months=k) for k in range(12))
                ),
            )
        ),
        cancellations=(
            CancelledPlan(
                plan_name=PLAN,
                cancelled=63,
                subscriptions=509,
                rate=Decimal("0.1238"),
                mrr=Decimal("1563.70"),
                reasons=(
                    CancelledForReason(CancellationReason.TOO_EXPENSIVE, 50, Decimal("1240.00")),
                    CancelledForReason(CancellationReason.OTHER, 13, Decimal("323.70")),
                ),
            ),
        ),
    )


def all_zero(document: ReportDocument) -> ReportDocument:
    """The same months, with nothing in them: a business that has not started."""
    return dataclasses.replace(
        document,
        figures=KeyFigures(
            mrr=Compared(ZERO, ZERO),
            arr=Compared(ZERO, ZERO),
            subscriptions=Compared(0, 0),
            customers=Compared(0, 0),
            logo_churn=Compared(None, None),
            revenue_churn=Compared(None, None),
            overdue=Compared(ZERO, ZERO),
            overdue_invoices=0,
            overdue_customers=0,
            dso=Compared(None, None),
        ),
        retention=Retention(0, 0, ZERO, ZERO, None, None),
        recurring=tuple(RecurringMonth(row.month, ZERO, 0, 0, 0, 0) for row in document.recurring),
        movements=tuple(
            MovementMonth(row.month, ZERO, ZERO, tuple((kind, ZERO) for kind in MovementKind))
            for row in document.movements
        ),
        churn=tuple(
            ChurnMonth(row.month, 0, 0, 0, None, ZERO, ZERO, ZERO, None) for row in document.churn
        ),
        ageing=tuple(AgeingLine(line.bucket, ZERO, 0) for line in document.ageing),
        payments=tuple(
            PaymentMonth(row.month, 0, ZERO, 0, ZERO, None, 0, ZERO) for row in document.payments
        ),
        forecast=tuple(ForecastMonth(row.month, 0, ZERO, ZERO) for row in document.forecast),
        cancellations=(),
        plan_name=None,
    )


@cache
def french() -> bytes:
    return render_report(report())


@cache
def english() -> bytes:
    return render_report(report(language=Language.ENGLISH))


def word_boxes(pdf: bytes) -> list[tuple[int, float, float, str]]:
    """(page, xMin, xMax, word) of every word, from `pdftotext -bbox`."""
    executable = shutil.which("pdftotext")
    assert executable, "pdftotext is missing: install the Debian package poppler-utils"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(
            [executable, "-bbox", str(path), "-"], capture_output=True, check=True, timeout=60
        ).stdout.decode()
    boxes = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            page,
        ):
            boxes.append((number, float(x_min), float(x_max), word))
    return boxes


def test_the_french_report_names_its_company_period_and_key_figures() -> None:
    header = printed(french()).split("Chiffres clés")[0]
    # The header's labels, then their values.
    assert "Période Devise Formule Établi le" in header
    assert f"du 01/12/2025 au 25/11/2026 EUR, montants HT {PLAN} 25/11/2026" in header
    boxes = extracted(french())  # in drawing order: box by box
    for expected in (
        "Chiffres clés au 25/11/2026",
        "MRR 60 866,06 € +1 077,56 € en 30 jours",
        "ARR 730 392,72 € +12 930,72 € en 30 jours",
        "Abonnements actifs 929 +18 en 30 jours",
        "Clients actifs 1 780 +6 en 30 jours",  # French groups thousands
        "Churn clients, 30 jours 2,47 % 30 jours avant : 2,50 %",
        "Churn du revenu, 30 jours 3,22 % 30 jours avant : –",  # a rate of nothing: no 0 %
        "NRR de la période 97,50 % Cohorte : 587 clients",
        "GRR de la période 87,01 % Cohorte : 587 clients",
        # Receivables belong to no plan: with a plan filter, they are said to hold all.
        "Retards de paiement 1 945,53 € 48 factures · 1 client -154,47 € en 30 jours "
        "Toutes formules confondues",
        "DSO 35,4 jours -20,7 jours en 30 jours Toutes formules confondues",
        "Créances, paiements et DSO portent sur toutes les formules vendues en EUR",
        "Page 1 / ",
    ):
        assert expected in boxes, expected


def test_the_english_report_writes_amounts_dates_and_rates_the_english_way() -> None:
    header = printed(english()).split("Key figures")[0]
    assert "Period Currency Plan Generated on" in header
    assert f"1 Dec 2025 – 25 Nov 2026 EUR, amounts excl. VAT {PLAN} 25 Nov 2026" in header
    boxes = extracted(english())
    for expected in (
        "Business report",
        "Key figures on 25 Nov 2026",
        "MRR €60,866.06 +€1,077.56 in 30 days",
        "Active customers 1,780 +6 in 30 days",
        "Logo churn, 30 days 2.47% 30 days before: 2.50%",
        "NRR over the period 97.50% Cohort: 587 customers",
        "Overdue €1,945.53 48 invoices · 1 customer -€154.47 in 30 days",
        "DSO 35.4 days -20.7 days in 30 days",
        "Definitions",
    ):
        assert expected in boxes, expected
    assert "montants HT" not in boxes


def test_tables_list_every_month_with_amounts_in_the_documents_language() -> None:
    french_text, english_text = printed(french()), printed(english())
    # The last month is partial: its days are named.
    assert "novembre 2026 (1–25) 2 085,47 € 786,47 € 99,60 €" in french_text
    assert "November 2026 (1–25) €2,085.47 €786.47 €99.60" in english_text
    assert "décembre 2025 40 000,00 € 480 000,00 € 600 500" in french_text  # MRR, ARR, base
    assert "-1 067,63 €" in french_text  # losses are negative
    assert "Non échu 745 41 462,85 € 95,04 %" in french_text  # of 43 628,28 €
    assert "Total 795 43 628,28 € 100,00 %" in french_text
    assert "novembre 2026 (26–30) 1 062 60 235,30 € 70 725,71 €" in french_text


def test_user_text_is_printed_literally() -> None:
    for pdf in (french(), english()):
        text = printed(pdf)
        assert text.count(PLAN) >= 2, "in the header and the cancellations table"
        assert COMPANY in text
        assert "&amp;" not in text
        assert "&lt;" not in text


def test_cancellations_are_listed_by_plan_then_reason() -> None:
    text = printed(french())
    assert f"{PLAN} 63 509 12,38 % 1 563,70 €" in text
    assert "Trop cher 50 1 240,00 €" in text
    assert "Autre motif 13 323,70 €" in text


def test_the_last_page_defines_every_figure_in_the_reports_language() -> None:
    for pdf, language in ((french(), Language.FRENCH), (english(), Language.ENGLISH)):
        last_page = " ".join(layout_text(pdf, page=page_count(pdf)).split())
        labels = LABELS[language]
        assert labels["section_definitions"] in last_page
        for key in DEFINITIONS:
            assert labels[f"{key}_term"] in last_page, key
    assert "Clients perdus ÷ (clients au début + nouveaux clients)" in printed(french())
    assert "Customers lost ÷ (customers at the start + new customers)" in printed(english())


def test_every_font_is_embedded() -> None:
    found = fonts(french())
    assert found
    assert all(embedded == "yes" for _, embedded in found), found
    assert all("NotoSans" in name for name, _ in found), found


def test_the_same_report_gives_the_same_bytes() -> None:
    assert render_report(report()) == render_report(report())
    later = dataclasses.replace(report(), generated=date(2026, 11, 26))
    assert render_report(later) != render_report(report())


def test_a_report_of_one_month_renders() -> None:
    pdf = render_report(report(months=1))
    text = printed(pdf)
    assert pdf.startswith(b"%PDF-")
    assert "novembre 2026 (1–25)" in text
    assert "nov. 26" in text  # the only month, named under its bar


def test_a_report_of_ten_years_names_one_month_in_twelve_on_its_axes() -> None:
    pdf = render_report(report(months=120))
    text = printed(pdf)
    assert "décembre 2016 40 000,00 €" in text  # every month in the tables
    assert "janv. 17" in text  # on the charts' axes: Januaries only
    assert "févr. 17" not in text


def test_wide_amounts_stay_on_the_page() -> None:
    pdf = render_report(report(months=120, scale=300))
    assert "12 000 000,00 €" in printed(pdf)  # the first month's MRR
    right_edge = A4_WIDTH - MARGIN + 1
    outside = [box for box in word_boxes(pdf) if box[2] > right_edge or box[1] < MARGIN - 1]
    assert not outside, outside[:5]


def test_a_report_with_nothing_in_it_renders() -> None:
    pdf = render_report(all_zero(report(language=Language.ENGLISH)))
    text = extracted(pdf)
    assert "MRR €0.00 €0.00 in 30 days" in text
    assert "Logo churn, 30 days – 30 days before: –" in text
    assert "DSO – 30 days before: –" in text
    assert "No cancellation took effect in the period." in text
    assert "Plan" not in text.split("Key figures")[0]  # no plan filter in the header
    assert "All plans together" not in text


def test_the_french_and_english_labels_have_the_same_keys() -> None:
    assert LABELS[Language.FRENCH].keys() == LABELS[Language.ENGLISH].keys()
    assert set(LABELS) == set(Language)


def test_every_movement_bucket_and_reason_has_a_label() -> None:
    keys = LABELS[Language.FRENCH].keys()
    expected = (
        [f"movement_{kind}" for kind in MovementKind]
        + [f"bucket_{bucket}" for bucket in AgeingBucket]
        + [f"reason_{reason}" for reason in CancellationReason]
        + [f"{key}_term" for key in DEFINITIONS]
    )
    assert set(expected) <= keys


def test_the_font_has_every_character_of_the_labels() -> None:
    """A character the font lacks prints as nothing (Noto Sans has no minus sign)."""
    face = TTFont("report-check", str(resource_path("fonts", FONT_FILES[REGULAR]))).face
    for language, labels in LABELS.items():
        missing = {
            (key, char)
            for key, value in labels.items()
            for char in value
            if ord(char) not in face.charToGlyph
        }
        assert not missing, (language, missing)


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        (Language.FRENCH, 0, "0 facture"),
        (Language.FRENCH, 1, "1 facture"),
        (Language.FRENCH, 1234, "1\u202f234 factures"),
        (Language.ENGLISH, 0, "0 invoices"),
        (Language.ENGLISH, 1, "1 invoice"),
        (Language.ENGLISH, 1234, "1,234 invoices"),
    ],
)
def test_counts_agree_with_their_noun(language: Language, count: int, expected: str) -> None:
    assert counted(language, "invoices", count) == expected
