"""Every fixed text printed on documents, in French and in English.

Documents follow the customer's language, not the owner's screen, so these
are plain dictionaries rather than Qt translations. French legal mentions are
the reference; the English ones translate them and keep citing the French law.
Values filled into `{placeholders}` are plain text: renderers escape them.
"""

from __future__ import annotations

from cadence.domain.invoicing import (
    DEFAULT_EARLY_PAYMENT_TEXT,
    DEFAULT_LATE_PENALTY_TEXT,
    OperationCategory,
)
from cadence.domain.parties import Language
from cadence.domain.tax import FRANCHISE_MENTION

# French typography puts a no-break space (\u00a0) before « : » and inside « 40 € ».
_FRENCH: dict[str, str] = {
    # Invoices and credit notes
    "invoice_title": "FACTURE",
    "credit_note_title": "AVOIR",
    "invoice_name": "Facture",
    "credit_note_name": "Avoir",
    "number": "N° {number}",
    "issue_date": "Date d'émission",
    "due_date": "Date d'échéance",
    "customer_reference": "Votre référence",
    "service_period": "Période",
    "period": "du {start} au {end}",
    "corrects": "Avoir sur la facture n° {number} du {date}",
    "reason": "Motif\u00a0: {reason}",
    "notes": "Remarques",
    "delivery_address": "Adresse de livraison\u00a0:",
    "buyer_siren": "SIREN {value}",
    "buyer_vat": "N° TVA\u00a0: {value}",
    "col_description": "Désignation",
    "col_quantity": "Qté",
    "col_unit_price": "P.U. HT",
    "col_vat": "TVA",
    "col_total": "Total HT",
    "col_unit_price_franchise": "Prix unit.",
    "col_total_franchise": "Montant",
    "total_net": "Total HT",
    "total_franchise": "Total",
    "vat_row": "TVA {rate} sur {base}",
    "total_gross": "Total TTC",
    "paid": "Déjà réglé",
    "amount_due": "Net à payer",
    # Payment
    "payment_heading": "Règlement",
    "pay_by": "À régler au plus tard le {date}",
    "by_transfer": "par virement sur le compte ci-dessous",
    "account_holder": "Titulaire\u00a0: {name}",
    "iban": "IBAN\u00a0: {value}",
    "bic": "BIC\u00a0: {value}",
    "payment_reference": "Référence à indiquer\u00a0: {reference}",
    "qr_caption": "Scannez avec votre application bancaire",
    # Payment by SEPA direct debit: the invoice is also the debit's pre-notification
    # (EPC SEPA Core rulebook: the amount and the date, before the collection).
    "debit_on": "Prélèvement SEPA de {amount} à partir du {date}",
    "debit_notice": (
        "Ce montant sera prélevé à partir de cette date sur le compte ci-dessous, au titre du "
        "mandat de prélèvement SEPA que vous avez signé. Vous n'avez aucun autre règlement à "
        "effectuer."
    ),
    "debit_account": "Compte débité\u00a0: {value}",
    "debit_mandate": "Référence unique du mandat (RUM)\u00a0: {value}",
    "debit_creditor": "Identifiant créancier SEPA (ICS)\u00a0: {value}",
    # Mentions
    "operation_category": "Catégorie de l'opération\u00a0: {category}",
    f"category_{OperationCategory.SERVICES}": "Prestations de services",
    f"category_{OperationCategory.GOODS}": "Livraison de biens",
    f"category_{OperationCategory.MIXED}": "Mixte (biens et services)",
    "vat_on_debits": "Option pour le paiement de la taxe d'après les débits",
    "franchise": FRANCHISE_MENTION,
    "recovery_indemnity": (
        "Indemnité forfaitaire pour frais de recouvrement\u00a0: 40\u00a0€ "
        "(art. D441-5 du Code de commerce)"
    ),
    # Seller identity, footer
    "share_capital": "{form} au capital de {amount}",
    "siret": "SIRET {value}",
    "siren": "SIREN {value}",
    "seller_vat": "TVA intracommunautaire {value}",
    "page": "Page {page} / {pages}",
    # Statements
    "statement_title": "RELEVÉ DE COMPTE",
    "statement_name": "Relevé de compte au {date}",
    "statement_date": "Arrêté au {date}",
    "subscriptions": "Vos abonnements",
    "col_plan": "Abonnement",
    "col_status": "Statut",
    "col_started": "Depuis le",
    "col_next_billing": "Prochaine facture",
    "col_recurring": "Montant HT",
    "per_cycle": "{amount} / {cycle}",
    "movements": "Mouvements du compte",
    "col_date": "Date",
    "col_reference": "Pièce",
    "col_label": "Libellé",
    "col_due": "Échéance",
    "col_debit": "Débit",
    "col_credit": "Crédit",
    "col_balance": "Solde",
    "opening_balance": "Solde d'ouverture au {date}",
    "closing_balance": "Solde de clôture au {date}",
    "balance_due": "Solde à régler",
    "overdue": "Dont échu",
    "available_credit": "Crédit disponible en votre faveur",
    "settled": "Votre compte est soldé.",
    "statement_reference": "Merci d'indiquer en référence les numéros des factures réglées.",
    # What a direct-debit customer's open invoices will have debited, said apart from
    # what is asked by transfer, lest they pay it twice.
    "statement_debit_one": "Prélèvement SEPA de {amount} à l'échéance de la facture {numbers}",
    "statement_debit_many": "Prélèvement SEPA de {amount} à l'échéance des factures {numbers}",
    "statement_debit_notice": (
        "Ce montant sera prélevé sur votre compte {iban}, au titre du mandat de prélèvement "
        "SEPA que vous avez signé\u00a0: vous n'avez pas à le régler vous-même."
    ),
    "statement_debit_only": (
        "Ce montant sera prélevé sur votre compte {iban}, au titre du mandat de prélèvement "
        "SEPA que vous avez signé. Vous n'avez aucun autre règlement à effectuer."
    ),
    "statement_rest": "Reste à régler par virement sur le compte ci-dessous\u00a0: {amount}",
    # Letters
    "place_date": "{city}, le {date}",
    "registered_mail": "Lettre recommandée avec accusé de réception",
    "subject": "Objet\u00a0: {subject}",
    "subject_first": "Relance — facture impayée",
    "subject_first_many": "Relance — factures impayées",
    "subject_second": "Deuxième relance — facture impayée",
    "subject_second_many": "Deuxième relance — factures impayées",
    "subject_formal_notice": "Mise en demeure de payer",
    "salutation": "Madame, Monsieur,",
    "body_first": (
        "Sauf erreur ou omission de notre part, le règlement des factures ci-dessous, "
        "arrivées à échéance, ne nous est pas parvenu à ce jour. Il s'agit sans doute "
        "d'un simple oubli\u00a0: nous vous remercions de bien vouloir nous régler la somme "
        "de {total} avant le {pay_by}."
    ),
    "body_first_after": (
        "Si votre paiement nous est parvenu entre-temps, nous vous prions de ne pas tenir "
        "compte de ce courrier."
    ),
    "body_second": (
        "Malgré notre précédente relance, les factures ci-dessous restent impayées à ce jour, "
        "pour un montant total de {total}. Nous vous demandons de régulariser cette situation "
        "sans délai, et au plus tard le {pay_by}."
    ),
    "body_second_business": (
        "Nous vous rappelons que tout retard de paiement rend exigibles les pénalités de "
        "retard prévues à nos conditions de paiement ainsi qu'une indemnité forfaitaire "
        "pour frais de recouvrement de 40\u00a0€ par facture (art. L441-10 et D441-5 du "
        "Code de commerce)."
    ),
    "body_formal_notice": (
        "Malgré nos précédentes relances, les factures ci-dessous restent impayées. Par la "
        "présente, nous vous mettons en demeure de nous régler la somme de {total} au plus "
        "tard le {pay_by}."
    ),
    "body_formal_notice_business": (
        "Conformément à l'article L441-10 du Code de commerce, des pénalités de retard sont "
        "exigibles de plein droit depuis la date d'échéance de chaque facture, ainsi qu'une "
        "indemnité forfaitaire pour frais de recouvrement de 40\u00a0€ par facture "
        "(art. D441-5 du Code de commerce)."
    ),
    "body_formal_notice_person": (
        "À défaut de paiement, cette somme portera intérêts au taux légal à compter de la "
        "présente mise en demeure (art. 1344-1 du Code civil)."
    ),
    "body_formal_notice_after": (
        "Sans règlement à cette date, nous engagerons toute procédure utile au recouvrement "
        "de notre créance, sans autre avis."
    ),
    "col_invoice": "Facture",
    "col_invoice_date": "Date",
    "col_invoice_total": "Montant TTC",
    "col_outstanding": "Reste dû",
    "total_outstanding": "Total restant dû",
    "letter_payment": (
        "Règlement par virement\u00a0: IBAN {iban}{bic}, en indiquant les numéros de "
        "facture en référence."
    ),
    "letter_bic": ", BIC {bic}",
    "closing": (
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
    ),
}

_ENGLISH: dict[str, str] = {
    "invoice_title": "INVOICE",
    "credit_note_title": "CREDIT NOTE",
    "invoice_name": "Invoice",
    "credit_note_name": "Credit note",
    "number": "No. {number}",
    "issue_date": "Issue date",
    "due_date": "Due date",
    "customer_reference": "Your reference",
    "service_period": "Service period",
    "period": "{start} – {end}",
    "corrects": "Credit note on invoice no. {number} of {date}",
    "reason": "Reason: {reason}",
    "notes": "Notes",
    "delivery_address": "Delivery address:",
    "buyer_siren": "SIREN {value}",
    "buyer_vat": "VAT no.: {value}",
    "col_description": "Description",
    "col_quantity": "Qty",
    "col_unit_price": "Unit price\nexcl. VAT",
    "col_vat": "VAT",
    "col_total": "Amount\nexcl. VAT",
    "col_unit_price_franchise": "Unit price",
    "col_total_franchise": "Amount",
    "total_net": "Total excl. VAT",
    "total_franchise": "Total",
    "vat_row": "VAT {rate} on {base}",
    "total_gross": "Total incl. VAT",
    "paid": "Already paid",
    "amount_due": "Amount due",
    "payment_heading": "Payment",
    "pay_by": "Please pay by {date}",
    "by_transfer": "by bank transfer to the account below",
    "account_holder": "Account holder: {name}",
    "iban": "IBAN: {value}",
    "bic": "BIC: {value}",
    "payment_reference": "Reference to quote: {reference}",
    "qr_caption": "Scan with your banking app",
    "debit_on": "SEPA direct debit of {amount} on or after {date}",
    "debit_notice": (
        "This amount will be debited from the account below on or after that date, under the "
        "SEPA direct debit mandate you signed. No other payment is required."
    ),
    "debit_account": "Account debited: {value}",
    "debit_mandate": "Unique mandate reference (UMR): {value}",
    "debit_creditor": "SEPA creditor identifier: {value}",
    "operation_category": "Type of operation: {category}",
    f"category_{OperationCategory.SERVICES}": "Supply of services",
    f"category_{OperationCategory.GOODS}": "Supply of goods",
    f"category_{OperationCategory.MIXED}": "Mixed (goods and services)",
    "vat_on_debits": (
        "VAT payable on debits (option pour le paiement de la taxe d'après les débits)"
    ),
    "franchise": "VAT not applicable, art. 293 B of the French General Tax Code (CGI)",
    "recovery_indemnity": (
        "Fixed compensation for recovery costs: €40 (art. D441-5 of the French Commercial Code)"
    ),
    "share_capital": "{form} with a share capital of {amount}",
    "siret": "SIRET {value}",
    "siren": "SIREN {value}",
    "seller_vat": "VAT no. {value}",
    "page": "Page {page} / {pages}",
    "statement_title": "STATEMENT OF ACCOUNT",
    "statement_name": "Statement of account as of {date}",
    "statement_date": "As of {date}",
    "subscriptions": "Your subscriptions",
    "col_plan": "Subscription",
    "col_status": "Status",
    "col_started": "Since",
    "col_next_billing": "Next invoice",
    "col_recurring": "Amount excl. VAT",
    "per_cycle": "{amount} / {cycle}",
    "movements": "Account activity",
    "col_date": "Date",
    "col_reference": "Reference",
    "col_label": "Description",
    "col_due": "Due",
    "col_debit": "Debit",
    "col_credit": "Credit",
    "col_balance": "Balance",
    "opening_balance": "Opening balance on {date}",
    "closing_balance": "Closing balance on {date}",
    "balance_due": "Balance due",
    "overdue": "Of which overdue",
    "available_credit": "Credit available to you",
    "settled": "Your account is settled.",
    "statement_reference": "Please quote the numbers of the invoices you pay as reference.",
    "statement_debit_one": "SEPA direct debit of {amount} when invoice {numbers} falls due",
    "statement_debit_many": "SEPA direct debit of {amount} as invoices {numbers} fall due",
    "statement_debit_notice": (
        "This amount will be debited from your account {iban} under the SEPA direct debit "
        "mandate you signed: you need not pay it yourself."
    ),
    "statement_debit_only": (
        "This amount will be debited from your account {iban} under the SEPA direct debit "
        "mandate you signed. No other payment is required."
    ),
    "statement_rest": "Left to pay by bank transfer to the account below: {amount}",
    "place_date": "{city}, {date}",
    "registered_mail": "By registered letter with acknowledgement of receipt",
    "subject": "Subject: {subject}",
    "subject_first": "Payment reminder — unpaid invoice",
    "subject_first_many": "Payment reminder — unpaid invoices",
    "subject_second": "Second payment reminder — unpaid invoice",
    "subject_second_many": "Second payment reminder — unpaid invoices",
    "subject_formal_notice": "Final demand before legal action",
    "salutation": "Dear Sir or Madam,",
    "body_first": (
        "Unless we are mistaken, we have not yet received payment of the invoices below, "
        "which are now due. This is probably an oversight: we would be grateful if you "
        "could pay the sum of {total} by {pay_by}."
    ),
    "body_first_after": (
        "If your payment has reached us in the meantime, please disregard this letter."
    ),
    "body_second": (
        "Despite our previous reminder, the invoices below remain unpaid, for a total of "
        "{total}. We ask you to settle this amount without delay, and by {pay_by} at the "
        "latest."
    ),
    "body_second_business": (
        "Please note that any late payment makes the late-payment penalties of our payment "
        "terms due, together with a fixed compensation for recovery costs of €40 per invoice "
        "(art. L441-10 and D441-5 of the French Commercial Code)."
    ),
    "body_formal_notice": (
        "Despite our previous reminders, the invoices below remain unpaid. We hereby give "
        "you formal notice to pay the sum of {total} by {pay_by} at the latest."
    ),
    "body_formal_notice_business": (
        "Under article L441-10 of the French Commercial Code, late-payment penalties are due "
        "as of right from each invoice's due date, together with a fixed compensation for "
        "recovery costs of €40 per invoice (art. D441-5 of the French Commercial Code)."
    ),
    "body_formal_notice_person": (
        "Failing payment, this sum will bear interest at the statutory rate from the date of "
        "this formal notice (art. 1344-1 of the French Civil Code)."
    ),
    "body_formal_notice_after": (
        "If payment is not received by that date, we will take any action necessary to "
        "recover the debt without further notice."
    ),
    "col_invoice": "Invoice",
    "col_invoice_date": "Date",
    "col_invoice_total": "Amount incl. VAT",
    "col_outstanding": "Outstanding",
    "total_outstanding": "Total outstanding",
    "letter_payment": (
        "Payment by bank transfer: IBAN {iban}{bic}, quoting the invoice numbers as reference."
    ),
    "letter_bic": ", BIC {bic}",
    "closing": "Yours faithfully,",
}

LABELS: dict[Language, dict[str, str]] = {Language.FRENCH: _FRENCH, Language.ENGLISH: _ENGLISH}

# The owner's mentions are printed as written, except Cadence's own French
# defaults, which an English document prints translated.
_TRANSLATED_DEFAULTS = {
    DEFAULT_LATE_PENALTY_TEXT: (
        "In case of late payment, penalties at the European Central Bank's main refinancing "
        "rate plus 10 percentage points are due without any reminder (art. L441-10 of the "
        "French Commercial Code)."
    ),
    DEFAULT_EARLY_PAYMENT_TEXT: "No discount for early payment.",
}


def text(language: Language, key: str, **values: str) -> str:
    """The fixed text `key` in `language`, its placeholders filled with `values`."""
    return LABELS[language][key].format(**values)


def owner_mention(written: str, language: Language) -> str:
    """A mention the owner set (late penalties, early payment) for a document in `language`."""
    if language is Language.ENGLISH:
        return _TRANSLATED_DEFAULTS.get(written.strip(), written)
    return written
