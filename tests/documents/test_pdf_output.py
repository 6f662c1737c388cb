"""What every document's PDF file promises: embedded fonts only, and the same bytes
for the same value, in this process or another."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from cadence.documents.invoice_pdf import render_invoice
from cadence.documents.letter_pdf import render_reminder
from cadence.documents.statement_pdf import render_statement

from .conftest import fonts  # type: ignore[import-not-found]
from .samples import ALL_INVOICES, reminder, statement  # type: ignore[import-not-found]

SAMPLES = Path(__file__).parent

RENDERERS: dict[str, Callable[[], bytes]] = {
    **{
        f"invoice:{name}": (lambda make=make: render_invoice(make()))
        for name, make in ALL_INVOICES.items()
    },
    "statement": lambda: render_statement(statement()),
    "reminder": lambda: render_reminder(reminder()),
}

# Run in another process, with another hash seed and time zone: the same bytes must come out.
_CHILD = """
import hashlib, json, sys
sys.path.insert(0, sys.argv[1])
from samples import ALL_INVOICES, reminder, statement
from cadence.documents.invoice_pdf import render_invoice
from cadence.documents.letter_pdf import render_reminder
from cadence.documents.statement_pdf import render_statement
pdfs = {f"invoice:{name}": render_invoice(make()) for name, make in ALL_INVOICES.items()}
pdfs["statement"] = render_statement(statement())
pdfs["reminder"] = render_reminder(reminder())
print(json.dumps({name: hashlib.sha256(pdf).hexdigest() for name, pdf in pdfs.items()}))
"""


@cache
def rendered(name: str) -> bytes:
    return RENDERERS[name]()


def _document_id(pdf: bytes) -> str:
    match = re.search(rb"/ID\s*\[<([0-9a-f]+)>", pdf)
    assert match, "no document ID"
    return match.group(1).decode()


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_every_font_is_embedded_and_none_is_a_standard_14_font(name: str) -> None:
    found = fonts(rendered(name))
    assert found, "pdffonts lists no font"
    assert [font for font, embedded in found if embedded != "yes"] == []
    assert all("NotoSans" in font for font, _ in found), found


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_rendering_twice_gives_the_same_bytes(name: str) -> None:
    first = RENDERERS[name]()
    rendered("invoice:sixty_lines")  # another document in between changes nothing
    assert RENDERERS[name]() == first


def test_another_process_gives_the_same_bytes() -> None:
    environment = {**os.environ, "PYTHONHASHSEED": "12345", "TZ": "Pacific/Auckland"}
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(SAMPLES)],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        timeout=120,
    )
    theirs = json.loads(child.stdout)
    ours = {name: hashlib.sha256(rendered(name)).hexdigest() for name in RENDERERS}
    assert theirs == ours


def test_the_document_id_follows_the_document_not_the_clock() -> None:
    ids = {name: _document_id(rendered(name)) for name in RENDERERS}
    assert ids["invoice:standard"] != ids["invoice:credit_note"]
    assert ids["invoice:credit_note"] != ids["statement"] != ids["reminder"]
    assert _document_id(RENDERERS["invoice:standard"]()) == ids["invoice:standard"]


@pytest.mark.parametrize("name", ["statement", "reminder"])
def test_the_creation_date_is_the_documents_date(name: str) -> None:
    metadata = PdfReader(io.BytesIO(rendered(name))).metadata
    assert metadata is not None
    assert metadata["/CreationDate"] == "D:20261125000000+00'00'"
    assert metadata.author == "Atelier Nuage SAS"
