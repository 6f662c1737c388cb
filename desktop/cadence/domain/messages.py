"""The messages Cadence writes to customers: their kinds, the placeholders each
template may use, the default wording in French and English, and filling them in.

Templates are the owner's text (they may edit them in the settings): filling one
in never evaluates anything. Only the `{name}` fields listed for its kind are
allowed, and `{{` / `}}` stand for literal braces.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from cadence.domain.parties import Language

MAX_SUBJECT = 200
MAX_BODY = 20_000


class MessageKind(StrEnum):
    INVOICE = "invoice"  # an issued invoice, its PDF attached
    CREDIT_NOTE = "credit_note"  # an issued credit note, its PDF attached
    RENEWAL_NOTICE = "renewal_notice"  # before a tacit renewal or a commitment's end
    TERM_END_NOTICE = "term_end_notice"  # before a fixed number of cycles runs out
    REMINDER_FIRST = "reminder_first"  # dunning level 1: friendly
    REMINDER_SECOND = "reminder_second"  # dunning level 2: firmer
    FORMAL_NOTICE = "formal_notice"  # dunning level 3: mise en demeure


DUNNING_KINDS = (MessageKind.REMINDER_FIRST, MessageKind.REMINDER_SECOND, MessageKind.FORMAL_NOTICE)


def dunning_kind(level: int) -> MessageKind:
    return DUNNING_KINDS[level - 1]


_COMMON = ("customer", "company", "company_email", "company_phone")
PLACEHOLDERS: Mapping[MessageKind, tuple[str, ...]] = {
    MessageKind.INVOICE: (*_COMMON, "number", "amount", "issue_date", "due_date"),
    MessageKind.CREDIT_NOTE: (*_COMMON, "number", "amount", "issue_date", "corrected_number"),
    MessageKind.RENEWAL_NOTICE: (
        *_COMMON,
        "plan",
        "renewal_date",
        "amount",
        "how_to_cancel",
        "offer",
    ),
    MessageKind.TERM_END_NOTICE: (*_COMMON, "plan", "end_date", "offer"),
    **dict.fromkeys(
        DUNNING_KINDS,
        (*_COMMON, "number", "issue_date", "due_date", "amount_due", "pay_by", "late_fees"),
    ),
}


@dataclass(frozen=True, slots=True)
class Template:
    subject: str
    body: str


class TemplateError(ValueError):
    """A template the owner wrote cannot be filled in; `field` is what is wrong."""

    def __init__(self, problem: str, field: str) -> None:
        super().__init__(f"{problem}: {field}")
        self.problem = problem  # "unknown" or "syntax"
        self.field = field


def template_fields(text: str) -> list[str]:
    """The `{name}` fields of `text`, in order; `TemplateError` if its braces are wrong."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as error:
        raise TemplateError("syntax", str(error)) from None
    fields = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            raise TemplateError("unknown", "{" + name + "}")
        fields.append(name)
    return fields


def check_template(kind: MessageKind, text: str) -> None:
    """Refuse a template with a field its kind does not provide, or unbalanced braces."""
    allowed = set(PLACEHOLDERS[kind])
    for name in template_fields(text):
        if name not in allowed:
            raise TemplateError("unknown", "{" + name + "}")


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with each `{name}` replaced by `values[name]`; values are plain text."""
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        parts.append(literal)
        if name is not None:
            parts.append(values.get(name, ""))
    return "".join(parts)


_SIGNATURE = {
    Language.FRENCH: "\n\nCordialement,\n{company}\n{company_email} {company_phone}",
    Language.ENGLISH: "\n\nKind regards,\n{company}\n{company_email} {company_phone}",
}

_DEFAULTS: Mapping[tuple[MessageKind, Language], tuple[str, str]] = {
    (MessageKind.INVOICE, Language.FRENCH): (
        "Facture {number} — {company}",
        "Bonjour {customer},\n\nVeuillez trouver ci-joint la facture {number} du {issue_date}, "
        "d'un montant de {amount}, à régler au plus tard le {due_date}.\n\n"
        "Merci de votre confiance.",
    ),
    (MessageKind.INVOICE, Language.ENGLISH): (
        "Invoice {number} — {company}",
        "Dear {customer},\n\nPlease find attached invoice {number} of {issue_date}, for "
        "{amount}, to be paid by {due_date}.\n\nThank you for your business.",
    ),
    (MessageKind.CREDIT_NOTE, Language.FRENCH): (
        "Avoir {number} — {company}",
        "Bonjour {customer},\n\nVeuillez trouver ci-joint l'avoir {number} du {issue_date}, "
        "d'un montant de {amount}, sur la facture {corrected_number}.",
    ),
    (MessageKind.CREDIT_NOTE, Language.ENGLISH): (
        "Credit note {number} — {company}",
        "Dear {customer},\n\nPlease find attached credit note {number} of {issue_date}, for "
        "{amount}, on invoice {corrected_number}.",
    ),
    (MessageKind.RENEWAL_NOTICE, Language.FRENCH): (
        "Votre abonnement {plan} sera renouvelé le {renewal_date}",
        "Bonjour {customer},\n\nVotre abonnement {plan} sera reconduit tacitement le "
        "{renewal_date}, pour un montant de {amount}.\n\n{how_to_cancel}\n\n{offer}",
    ),
    (MessageKind.RENEWAL_NOTICE, Language.ENGLISH): (
        "Your {plan} subscription renews on {renewal_date}",
        "Dear {customer},\n\nYour {plan} subscription renews automatically on "
        "{renewal_date}, for {amount}.\n\n{how_to_cancel}\n\n{offer}",
    ),
    (MessageKind.TERM_END_NOTICE, Language.FRENCH): (
        "Votre abonnement {plan} prend fin le {end_date}",
        "Bonjour {customer},\n\nVotre abonnement {plan} arrive à son terme le {end_date}, "
        "après sa dernière échéance. Si vous souhaitez le poursuivre, il suffit de "
        "répondre à ce message.\n\n{offer}",
    ),
    (MessageKind.TERM_END_NOTICE, Language.ENGLISH): (
        "Your {plan} subscription ends on {end_date}",
        "Dear {customer},\n\nYour {plan} subscription comes to its end on {end_date}, "
        "after its last cycle. If you would like to carry on, simply reply to this "
        "message.\n\n{offer}",
    ),
    (MessageKind.REMINDER_FIRST, Language.FRENCH): (
        "Rappel : facture {number} en attente de règlement",
        "Bonjour {customer},\n\nSauf erreur de notre part, la facture {number} du "
        "{issue_date}, échue le {due_date}, reste à régler pour {amount_due}. Il s'agit "
        "sans doute d'un oubli : pourriez-vous procéder au règlement d'ici le {pay_by} ?\n\n"
        "Si vous l'avez déjà réglée, merci de ne pas tenir compte de ce message.",
    ),
    (MessageKind.REMINDER_FIRST, Language.ENGLISH): (
        "Reminder: invoice {number} is awaiting payment",
        "Dear {customer},\n\nUnless we are mistaken, invoice {number} of {issue_date}, due "
        "on {due_date}, still has {amount_due} to pay. It is probably an oversight: could "
        "you settle it by {pay_by}?\n\nIf you have already paid it, please disregard this "
        "message.",
    ),
    (MessageKind.REMINDER_SECOND, Language.FRENCH): (
        "Second rappel : facture {number} impayée",
        "Bonjour {customer},\n\nMalgré notre précédent rappel, la facture {number} du "
        "{issue_date}, échue le {due_date}, n'est toujours pas réglée : {amount_due} "
        "restent dus. Nous vous demandons de la régler au plus tard le {pay_by}.\n\n"
        "{late_fees}",
    ),
    (MessageKind.REMINDER_SECOND, Language.ENGLISH): (
        "Second reminder: invoice {number} is unpaid",
        "Dear {customer},\n\nDespite our earlier reminder, invoice {number} of "
        "{issue_date}, due on {due_date}, is still unpaid: {amount_due} remains due. We ask "
        "you to pay it by {pay_by} at the latest.\n\n{late_fees}",
    ),
    (MessageKind.FORMAL_NOTICE, Language.FRENCH): (
        "Mise en demeure de payer — facture {number}",
        "Bonjour {customer},\n\nNos relances sont restées sans effet : la facture {number} "
        "du {issue_date}, échue le {due_date}, reste impayée pour {amount_due}. Par la "
        "présente, nous vous mettons en demeure de la régler au plus tard le {pay_by}. "
        "Vous trouverez ci-joint notre lettre de mise en demeure.\n\n{late_fees}\n\n"
        "À défaut de paiement à cette date, nous engagerons les démarches de recouvrement.",
    ),
    (MessageKind.FORMAL_NOTICE, Language.ENGLISH): (
        "Formal notice to pay — invoice {number}",
        "Dear {customer},\n\nOur reminders have gone unanswered: invoice {number} of "
        "{issue_date}, due on {due_date}, is still unpaid for {amount_due}. We hereby give "
        "you formal notice to pay it by {pay_by}. Our formal notice letter is attached."
        "\n\n{late_fees}\n\nShould payment not be made by then, we will start recovery "
        "proceedings.",
    ),
}


# An invoice collected by SEPA direct debit asks for no payment: its PDF announces the
# debit, and Cadence's wording of its e-mail says the same, with the invoice's fields.
# There is no template of its own to edit: the owner's own wording of invoices, once
# they write one, is theirs and serves every invoice as written.
_DIRECT_DEBIT_INVOICE: Mapping[Language, str] = {
    Language.FRENCH: (
        "Bonjour {customer},\n\nVeuillez trouver ci-joint la facture {number} du "
        "{issue_date}, d'un montant de {amount}. Ce montant sera prélevé sur votre compte à "
        "partir du {due_date}, au titre du mandat de prélèvement SEPA que vous avez signé. "
        "Vous n'avez aucun règlement à effectuer.\n\nMerci de votre confiance."
    ),
    Language.ENGLISH: (
        "Dear {customer},\n\nPlease find attached invoice {number} of {issue_date}, for "
        "{amount}. This amount will be debited from your account on or after {due_date}, "
        "under the SEPA direct debit mandate you signed. No payment is required from you."
        "\n\nThank you for your business."
    ),
}


def default_template(kind: MessageKind, language: Language) -> Template:
    """The wording Cadence starts with, until the owner edits it."""
    subject, body = _DEFAULTS[kind, language]
    return Template(subject, body + _SIGNATURE[language])


def direct_debit_invoice_template(language: Language) -> Template:
    """Cadence's wording of an invoice collected by SEPA direct debit: the invoice's
    subject, and a body that says when it will be debited instead of asking for payment.
    It has the invoice's fields only (`PLACEHOLDERS[MessageKind.INVOICE]`)."""
    subject, _ = _DEFAULTS[MessageKind.INVOICE, language]
    return Template(subject, _DIRECT_DEBIT_INVOICE[language] + _SIGNATURE[language])


def tidy_body(text: str) -> str:
    """Blank placeholders leave empty paragraphs and trailing spaces: fold them away."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    tidied: list[str] = []
    for line in lines:
        if not line and (not tidied or not tidied[-1]):
            continue
        tidied.append(line)
    while tidied and not tidied[-1]:
        tidied.pop()
    return "\n".join(tidied)
