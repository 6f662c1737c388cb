"""Reading rendered PDFs back: poppler's pdftotext and pdffonts, and pypdf.

poppler-utils is a test requirement: when a tool is missing the test fails
and names the Debian package, rather than skipping what it should check.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader


def _poppler(tool: str, pdf: bytes, *options: str) -> str:
    executable = shutil.which(tool)
    if executable is None:
        pytest.fail(
            f"{tool} is missing: install the Debian package poppler-utils "
            "(apt-get install poppler-utils), which the document tests need"
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        command = [executable, *options, str(path)]
        if tool == "pdftotext":
            command.append("-")
        result = subprocess.run(command, capture_output=True, check=True, timeout=30)
    return result.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text with every run of spaces (no-break ones included) and line breaks as one space."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def layout_text(pdf: bytes, page: int | None = None) -> str:
    """`pdftotext -layout`: the text as printed, columns kept on their lines."""
    options = ["-layout"] if page is None else ["-layout", "-f", str(page), "-l", str(page)]
    return _poppler("pdftotext", pdf, *options)


def layout_lines(pdf: bytes) -> list[str]:
    """The lines of `pdftotext -layout`, each flattened."""
    return [flat(line) for line in layout_text(pdf).splitlines() if line.strip()]


def printed(pdf: bytes) -> str:
    """Everything pdftotext reads, as one flat string."""
    return flat(layout_text(pdf))


def extracted(pdf: bytes) -> str:
    """What pypdf reads, in drawing order (a wrapped cell stays in one piece), flat."""
    reader = PdfReader(io.BytesIO(pdf))
    return flat(" ".join(page.extract_text() for page in reader.pages))


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def fonts(pdf: bytes) -> list[tuple[str, str]]:
    """(name, embedded "yes"/"no") for every font `pdffonts` lists."""
    rows = _poppler("pdffonts", pdf).splitlines()[2:]
    found = []
    for row in rows:
        match = re.match(r"(\S+)\s+.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row)
        assert match, f"unexpected pdffonts line: {row!r}"
        found.append((match.group(1), match.group(2)))
    return found


def word_box(pdf: bytes, word: str) -> tuple[float, float]:
    """Where `word` is on page 1, in millimetres from the top left corner (pdftotext -bbox)."""
    html = _poppler("pdftotext", pdf, "-bbox", "-f", "1", "-l", "1")
    match = re.search(rf'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>{re.escape(word)}</word>', html)
    assert match, f"{word!r} is not on page 1"
    points_per_mm = 72 / 25.4
    return float(match.group(1)) / points_per_mm, float(match.group(2)) / points_per_mm


def scanned_qr_code(pdf: bytes) -> str | None:
    """The QR code on page 1 as a phone would read it (None: there is none): the
    page rasterised at 150 dpi by pdftoppm, then decoded by zbarimg (Debian's
    zbar-tools)."""
    for tool, package in (("pdftoppm", "poppler-utils"), ("zbarimg", "zbar-tools")):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: install the Debian package {package}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "150",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(path),
                str(Path(folder) / "page"),
            ],
            check=True,
            timeout=30,
        )
        result = subprocess.run(
            ["zbarimg", "--quiet", "--raw", "-Sbinary", str(Path(folder) / "page.png")],
            capture_output=True,
            check=False,
            timeout=30,
        )
    # zbarimg exits 4 when it finds no code at all.
    assert result.returncode in (0, 4), result.stderr.decode(errors="replace")
    # --raw prints the payload and a newline; the payload itself has empty lines.
    return result.stdout.decode("utf-8").removesuffix("\n") if result.stdout else None
