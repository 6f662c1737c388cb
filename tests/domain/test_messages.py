"""Message templates: the fields each kind allows, filling in, and the defaults."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadence.domain.messages import (
    PLACEHOLDERS,
    MessageKind,
    TemplateError,
    check_template,
    default_template,
    direct_debit_invoice_template,
    fill,
    template_fields,
    tidy_body,
)
from cadence.domain.parties import Language


@pytest.mark.parametrize("kind", list(MessageKind))
@pytest.mark.parametrize("language", list(Language))
def test_every_default_uses_only_its_kinds_fields(kind: MessageKind, language: Language) -> None:
    template = default_template(kind, language)
    check_template(kind, template.subject)
    check_template(kind, template.body)


def test_a_field_the_kind_lacks_is_refused_by_name() -> None:
    with pytest.raises(TemplateError) as refused:
        check_template(MessageKind.INVOICE, "Bonjour {customer}, votre {plan}")
    assert (refused.value.problem, refused.value.field) == ("unknown", "{plan}")


@pytest.mark.parametrize(
    "text", ["{customer.__class__}", "{customer[0]}", "{customer!r}", "{customer:>10}"]
)
def test_attribute_index_conversion_and_format_are_refused(text: str) -> None:
    with pytest.raises(TemplateError):
        check_template(MessageKind.INVOICE, text)


def test_an_unclosed_brace_is_a_syntax_error() -> None:
    with pytest.raises(TemplateError) as refused:
        template_fields("Bonjour {customer")
    assert refused.value.problem == "syntax"


def test_doubled_braces_are_literal_and_values_are_never_read_as_fields() -> None:
    values = {"customer": "O'Brien & <Fils> {number}", "number": "FA1"}
    assert fill("{{x}} {customer} {number}", values) == "{x} O'Brien & <Fils> {number} FA1"


@given(st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=200))
def test_text_without_fields_is_filled_as_is(text: str) -> None:
    assert fill(text, {}) == text


def test_empty_fields_leave_no_empty_paragraphs() -> None:
    assert tidy_body("Bonjour\n\n\n\n \nFin\n\n") == "Bonjour\n\nFin"


def test_each_kind_lists_the_common_fields() -> None:
    for fields in PLACEHOLDERS.values():
        assert {"customer", "company"} <= set(fields)


@pytest.mark.parametrize("language", list(Language))
def test_the_direct_debit_invoice_wording_has_the_invoices_fields_and_its_subject(
    language: Language,
) -> None:
    template = direct_debit_invoice_template(language)
    check_template(MessageKind.INVOICE, template.subject)
    check_template(MessageKind.INVOICE, template.body)
    invoice = default_template(MessageKind.INVOICE, language)
    assert template.subject == invoice.subject
    assert "{due_date}" in template.body


def test_the_direct_debit_invoice_wording_announces_the_debit_instead_of_asking_payment() -> None:
    values = {"customer": "Élodie", "number": "FA1", "amount": "34,80 €", "due_date": "9 mars"}
    french = fill(direct_debit_invoice_template(Language.FRENCH).body, values)
    assert "Ce montant sera prélevé sur votre compte à partir du 9 mars" in french
    assert "mandat de prélèvement SEPA" in french
    assert "à régler" not in french
    english_values = {**values, "due_date": "9 March"}
    english = fill(direct_debit_invoice_template(Language.ENGLISH).body, english_values)
    assert "debited from your account on or after 9 March" in english
    assert "to be paid by" not in english
