"""Every fixed text of the business report, in French and in English.

Kept apart from `labels.py`: the report is the owner's, not a customer's, and
its vocabulary (MRR, churn, ageing) shares nothing with invoices and letters.
The definitions quote `docs/reports.md`, shortened. Values filled into
`{placeholders}` are plain text: the renderer escapes them.
"""

from __future__ import annotations

from decimal import Decimal

from cadence.documents.formatting import quantity
from cadence.domain.lifecycle import CancellationReason
from cadence.domain.parties import Language
from cadence.domain.revenue import AgeingBucket, MovementKind

# The definitions page, in this order: each key has a "_term" twin, its heading.
DEFINITIONS = (
    "def_amounts",
    "def_mrr",
    "def_active",
    "def_movements",
    "def_logo_churn",
    "def_revenue_churn",
    "def_retention",
    "def_ageing",
    "def_payments",
    "def_dso",
    "def_forecast",
    "def_cancellations",
    "def_plan_filter",
)

# French typography puts a no-break space (\u00a0) before « : » and « % ». The font has
# no minus sign (U+2212): formulas subtract with a hyphen, as negative amounts do.
_FRENCH: dict[str, str] = {
    "title": "Rapport d'activité",
    "period_label": "Période",
    "period": "du {first} au {last}",
    "currency_label": "Devise",
    "currency": "{code}, montants HT",
    "plan_label": "Formule",
    "generated_label": "Établi le",
    "running_title": "{company} · Rapport d'activité du {first} au {last}",
    "no_rate": "–",
    "partial_month": "{month} ({first}–{last})",
    "total": "Total",
    "invoices_one": "{count} facture",
    "invoices_many": "{count} factures",
    "customers_one": "{count} client",
    "customers_many": "{count} clients",
    "days": "{days}\u00a0jours",
    "days_short": "{days}\u00a0j",
    # Key figures
    "kpi_heading": "Chiffres clés au {date}",
    "kpi_mrr": "MRR",
    "kpi_arr": "ARR",
    "kpi_subscriptions": "Abonnements actifs",
    "kpi_customers": "Clients actifs",
    "kpi_logo_churn": "Churn clients, 30 jours",
    "kpi_revenue_churn": "Churn du revenu, 30 jours",
    "kpi_overdue": "Retards de paiement",
    "kpi_nrr": "NRR de la période",
    "kpi_grr": "GRR de la période",
    "kpi_dso": "DSO",
    "change": "{change} en 30 jours",
    "earlier": "30 jours avant\u00a0: {value}",
    "cohort": "Cohorte\u00a0: {customers}",
    "overdue_detail": "{invoices} · {customers}",
    "all_plans": "Toutes formules confondues",
    # Recurring revenue
    "section_mrr": "Revenu mensuel récurrent (MRR)",
    "legend_mrr": "MRR en fin de mois",
    "col_month": "Mois",
    "col_mrr": "MRR",
    "col_arr": "ARR",
    "col_subscriptions": "Abonnements actifs",
    "col_customers": "Clients actifs",
    "col_new_subscriptions": "Nouveaux abonnements",
    "col_ended_subscriptions": "Abonnements terminés",
    # Movements
    "section_movements": "Mouvements du MRR",
    "movement_note": (
        "Gains au-dessus de zéro, pertes en dessous\u00a0; le losange marque le MRR net nouveau."
    ),
    f"movement_{MovementKind.NEW}": "Nouveaux",
    f"movement_{MovementKind.EXPANSION}": "Expansion",
    f"movement_{MovementKind.REACTIVATION}": "Réactivation",
    f"movement_{MovementKind.RESUMED}": "Reprises",
    f"movement_{MovementKind.CONTRACTION}": "Contraction",
    f"movement_{MovementKind.CHURNED}": "Churn",
    f"movement_{MovementKind.PAUSED}": "Pauses",
    "col_net_new": "Net nouveau",
    "legend_net_new": "MRR net nouveau",
    # Churn
    "section_churn": "Churn par mois",
    "legend_logo_churn": "Churn clients",
    "legend_revenue_churn": "Churn du revenu",
    "col_customers_at_start": "Clients au début",
    "col_new_customers": "Nouveaux clients",
    "col_customers_lost": "Clients perdus",
    "col_logo_churn": "Churn clients",
    "col_mrr_at_start": "MRR au début",
    "col_mrr_lost": "MRR perdu",
    "col_revenue_churn": "Churn du revenu",
    # Receivables
    "section_receivables": "Créances clients au {date}",
    "receivables_scope": (
        "Créances, paiements et DSO portent sur toutes les formules vendues en {currency}\u00a0: "
        "une facture ne se rattache pas à une seule formule."
    ),
    "col_bucket": "Jours de retard",
    "col_invoices": "Factures",
    "col_owed": "Reste dû TTC",
    "col_share": "Part",
    f"bucket_{AgeingBucket.NOT_DUE}": "Non échu",
    f"bucket_{AgeingBucket.DAYS_1_30}": "1 à 30 jours",
    f"bucket_{AgeingBucket.DAYS_31_60}": "31 à 60 jours",
    f"bucket_{AgeingBucket.DAYS_61_90}": "61 à 90 jours",
    f"bucket_{AgeingBucket.OVER_90}": "Plus de 90 jours",
    "section_payments": "Paiements reçus par mois",
    "col_payments": "Paiements",
    "col_received": "Reçu TTC",
    "col_late": "En retard",
    "col_late_amount": "Reçu en retard",
    "col_days_late": "Retard moyen",
    "col_failed": "Rejetés",
    "col_failed_amount": "Montant rejeté",
    # Forecast
    "section_forecast": "Facturation prévue sur 12 mois",
    "forecast_note": (
        "Ce que la facturation émettra après le {date}, aux prix d'aujourd'hui\u00a0; "
        "les barres montrent les montants HT."
    ),
    "col_net": "Montant HT",
    "col_gross": "Montant TTC",
    # Cancellations
    "section_cancellations": "Résiliations par formule et par motif",
    "no_cancellations": "Aucune résiliation n'a pris effet dans la période.",
    "col_plan_reason": "Formule, puis motif",
    "col_cancelled": "Résiliés",
    "col_on_plan": "Abonnements sur la période",
    "col_cancellation_rate": "Taux",
    "col_mrr_cancelled": "MRR résilié",
    f"reason_{CancellationReason.TOO_EXPENSIVE}": "Trop cher",
    f"reason_{CancellationReason.LOW_USAGE}": "Ne l'utilise pas assez",
    f"reason_{CancellationReason.MISSING_FEATURES}": "Il manque quelque chose",
    f"reason_{CancellationReason.SWITCHED_TO_COMPETITOR}": "Parti chez un concurrent",
    f"reason_{CancellationReason.SERVICE_QUALITY}": "Mécontent du service",
    f"reason_{CancellationReason.TEMPORARY_NEED}": "Le besoin était temporaire",
    f"reason_{CancellationReason.BUSINESS_CLOSED}": "Cessation d'activité",
    f"reason_{CancellationReason.NON_PAYMENT}": "Défaut de paiement",
    f"reason_{CancellationReason.OTHER}": "Autre motif",
    # Definitions
    "section_definitions": "Définitions",
    "def_amounts_term": "Montants et mois",
    "def_amounts": (
        "Dans une seule devise, hors TVA, sauf ce que doivent les clients (créances, retards, "
        "paiements), TVA comprise. Le premier et le dernier mois peuvent être partiels. Un "
        "chiffre «\u00a0au début\u00a0» d'un mois est celui de la fin de la veille de son premier "
        "jour\u00a0; «\u00a0à la fin\u00a0», celui de la fin de son dernier jour."
    ),
    "def_mrr_term": "MRR et ARR",
    "def_mrr": (
        "Le MRR d'un jour est la somme, sur les abonnements payants ce jour-là (actifs ou en "
        "retard de paiement\u00a0: ni en essai, ni en pause, ni terminés), de leur prix récurrent "
        "ramené au mois\u00a0: prix du cycle × quantité, moins une remise permanente (une remise "
        "pour quelques cycles est une promotion), ÷\u00a03 pour un trimestre, ÷\u00a012 pour "
        "un an, × 52/12 pour une semaine. ARR = MRR × 12."
    ),
    "def_active_term": "Abonnements et clients actifs",
    "def_active": (
        "Les abonnements payants\u00a0; les clients ayant au moins un abonnement payant."
    ),
    "def_movements_term": "Mouvements du MRR",
    "def_movements": (
        "Pour chaque mois et chaque client, l'écart entre son MRR au début et à la fin du "
        "mois\u00a0: nouveau (premier abonnement), réactivation (un ancien client revient), "
        "expansion (hausse pour un client présent), contraction (baisse, le client reste), "
        "churn (plus aucun abonnement payant ni en pause), pause et reprise (le MRR d'un "
        "abonnement qui entre en pause, puis en revient). Une pause n'est ni une contraction "
        "ni un churn. MRR net nouveau = MRR à la fin - MRR au début."
    ),
    "def_logo_churn_term": "Churn clients",
    "def_logo_churn": (
        "Clients perdus ÷ (clients au début + nouveaux clients), les clients au début étant "
        "ceux dont le MRR dépasse zéro. Un taux qui ne mesure rien s'affiche "
        "«\u00a0–\u00a0», et non 0\u00a0%."
    ),
    "def_revenue_churn_term": "Churn du revenu",
    "def_revenue_churn": "(MRR perdu par churn + MRR de contraction) ÷ MRR au début.",
    "def_retention_term": "NRR et GRR",
    "def_retention": (
        "Sur la cohorte des clients dont le MRR dépasse zéro au début de la période, et leur "
        "MRR à sa fin (un abonnement en pause compte pour le MRR qu'il rapportera)\u00a0: "
        "GRR = somme, client par client, du plus petit des deux MRR ÷ MRR de départ (jamais "
        "plus de 100\u00a0%)\u00a0; NRR = MRR de la cohorte à la fin ÷ MRR de départ."
    ),
    "def_ageing_term": "Retards et ancienneté des créances",
    "def_ageing": (
        "Ce qui reste dû sur chaque facture (TTC, moins les paiements reçus et les avoirs "
        "imputés), classé selon les jours écoulés depuis l'échéance\u00a0: non échu, 1 à 30, "
        "31 à 60, 61 à 90, plus de 90 jours. Une facture qui échoit aujourd'hui n'est pas "
        "encore en retard."
    ),
    "def_payments_term": "Paiements",
    "def_payments": (
        "Par jour de réception\u00a0: les paiements réglant des factures (un paiement qui en "
        "règle deux compte deux fois), ceux reçus après l'échéance et leur retard moyen, "
        "et les paiements rejetés par la banque."
    ),
    "def_dso_term": "DSO (délai moyen de paiement)",
    "def_dso": (
        "Ce que doivent les clients ÷ ce qui a été facturé sur les 90 derniers jours "
        "(factures moins avoirs, TTC) × 90."
    ),
    "def_forecast_term": "Prévision",
    "def_forecast": (
        "Les factures que la facturation émettra après ce jour, mois par mois, calculées par "
        "le moteur de facturation lui-même, à blanc\u00a0: fins d'essai, termes, résiliations "
        "programmées, pauses, remises, changements de formule, aux prix d'aujourd'hui."
    ),
    "def_cancellations_term": "Résiliations",
    "def_cancellations": (
        "Les abonnements dont la résiliation a pris effet dans la période (le jour où le "
        "service s'est arrêté), avec le motif saisi et le MRR qu'ils payaient. Taux = "
        "résiliés ÷ abonnements de la formule à un moment de la période."
    ),
    "def_plan_filter_term": "Filtre de formule",
    "def_plan_filter": (
        "Seul compte le temps passé sur la formule\u00a0: un client qui la rejoint y est "
        "nouveau, un client qui la quitte en est perdu. Les créances, les paiements et le "
        "DSO portent sur toutes les formules de la devise\u00a0: une facture peut en "
        "regrouper plusieurs."
    ),
}

_ENGLISH: dict[str, str] = {
    "title": "Business report",
    "period_label": "Period",
    "period": "{first} – {last}",
    "currency_label": "Currency",
    "currency": "{code}, amounts excl. VAT",
    "plan_label": "Plan",
    "generated_label": "Generated on",
    "running_title": "{company} · Business report, {first} – {last}",
    "no_rate": "–",
    "partial_month": "{month} ({first}–{last})",
    "total": "Total",
    "invoices_one": "{count} invoice",
    "invoices_many": "{count} invoices",
    "customers_one": "{count} customer",
    "customers_many": "{count} customers",
    "days": "{days} days",
    "days_short": "{days} d",
    "kpi_heading": "Key figures on {date}",
    "kpi_mrr": "MRR",
    "kpi_arr": "ARR",
    "kpi_subscriptions": "Active subscriptions",
    "kpi_customers": "Active customers",
    "kpi_logo_churn": "Logo churn, 30 days",
    "kpi_revenue_churn": "Revenue churn, 30 days",
    "kpi_overdue": "Overdue",
    "kpi_nrr": "NRR over the period",
    "kpi_grr": "GRR over the period",
    "kpi_dso": "DSO",
    "change": "{change} in 30 days",
    "earlier": "30 days before: {value}",
    "cohort": "Cohort: {customers}",
    "overdue_detail": "{invoices} · {customers}",
    "all_plans": "All plans together",
    "section_mrr": "Monthly recurring revenue (MRR)",
    "legend_mrr": "MRR at the end of the month",
    "col_month": "Month",
    "col_mrr": "MRR",
    "col_arr": "ARR",
    "col_subscriptions": "Active subscriptions",
    "col_customers": "Active customers",
    "col_new_subscriptions": "New subscriptions",
    "col_ended_subscriptions": "Ended subscriptions",
    "section_movements": "MRR movements",
    "movement_note": "Gains above zero, losses below; the diamond marks the net new MRR.",
    f"movement_{MovementKind.NEW}": "New",
    f"movement_{MovementKind.EXPANSION}": "Expansion",
    f"movement_{MovementKind.REACTIVATION}": "Reactivation",
    f"movement_{MovementKind.RESUMED}": "Resumed",
    f"movement_{MovementKind.CONTRACTION}": "Contraction",
    f"movement_{MovementKind.CHURNED}": "Churned",
    f"movement_{MovementKind.PAUSED}": "Paused",
    "col_net_new": "Net new",
    "legend_net_new": "Net new MRR",
    "section_churn": "Churn by month",
    "legend_logo_churn": "Logo churn",
    "legend_revenue_churn": "Revenue churn",
    "col_customers_at_start": "Customers at start",
    "col_new_customers": "New customers",
    "col_customers_lost": "Customers lost",
    "col_logo_churn": "Logo churn",
    "col_mrr_at_start": "MRR at start",
    "col_mrr_lost": "MRR lost",
    "col_revenue_churn": "Revenue churn",
    "section_receivables": "Receivables on {date}",
    "receivables_scope": (
        "Receivables, payments and DSO cover every plan sold in {currency}: an invoice does "
        "not belong to a single plan."
    ),
    "col_bucket": "Days past due",
    "col_invoices": "Invoices",
    "col_owed": "Owed incl. VAT",
    "col_share": "Share",
    f"bucket_{AgeingBucket.NOT_DUE}": "Not due yet",
    f"bucket_{AgeingBucket.DAYS_1_30}": "1–30 days",
    f"bucket_{AgeingBucket.DAYS_31_60}": "31–60 days",
    f"bucket_{AgeingBucket.DAYS_61_90}": "61–90 days",
    f"bucket_{AgeingBucket.OVER_90}": "Over 90 days",
    "section_payments": "Payments received by month",
    "col_payments": "Payments",
    "col_received": "Received incl. VAT",
    "col_late": "Late",
    "col_late_amount": "Received late",
    "col_days_late": "Average delay",
    "col_failed": "Failed",
    "col_failed_amount": "Amount failed",
    "section_forecast": "Billing forecast, next 12 months",
    "forecast_note": (
        "What billing will issue after {date}, at today's prices; the bars show the amounts "
        "excluding VAT."
    ),
    "col_net": "Excl. VAT",
    "col_gross": "Incl. VAT",
    "section_cancellations": "Cancellations by plan and reason",
    "no_cancellations": "No cancellation took effect in the period.",
    "col_plan_reason": "Plan, then reason",
    "col_cancelled": "Cancelled",
    "col_on_plan": "Subscriptions in the period",
    "col_cancellation_rate": "Rate",
    "col_mrr_cancelled": "MRR cancelled",
    f"reason_{CancellationReason.TOO_EXPENSIVE}": "Too expensive",
    f"reason_{CancellationReason.LOW_USAGE}": "Does not use it enough",
    f"reason_{CancellationReason.MISSING_FEATURES}": "Something is missing",
    f"reason_{CancellationReason.SWITCHED_TO_COMPETITOR}": "Went to a competitor",
    f"reason_{CancellationReason.SERVICE_QUALITY}": "Unhappy with the service",
    f"reason_{CancellationReason.TEMPORARY_NEED}": "The need was temporary",
    f"reason_{CancellationReason.BUSINESS_CLOSED}": "Business closed",
    f"reason_{CancellationReason.NON_PAYMENT}": "Did not pay",
    f"reason_{CancellationReason.OTHER}": "Other reason",
    "section_definitions": "Definitions",
    "def_amounts_term": "Amounts and months",
    "def_amounts": (
        "In one currency, excluding VAT, except what customers owe (receivables, overdue, "
        "payments), which is VAT included. The first and last months may be partial. A figure "
        "“at the start” of a month is the one at the end of the day before its first day; "
        "“at the end”, the one at the end of its last day."
    ),
    "def_mrr_term": "MRR and ARR",
    "def_mrr": (
        "MRR on a day is the sum, over the subscriptions paying that day (active or past due: "
        "not in trial, not paused, not ended), of their recurring price brought to a month: "
        "the cycle's price × quantity, less a permanent discount (a discount for a few cycles "
        "is a promotion), ÷ 3 for a quarter, ÷ 12 for a year, × 52/12 for a week. "
        "ARR = MRR × 12."
    ),
    "def_active_term": "Active subscriptions and customers",
    "def_active": (
        "The paying subscriptions; the customers with at least one paying subscription."
    ),
    "def_movements_term": "MRR movements",
    "def_movements": (
        "For each month and customer, the difference between their MRR at the start and at "
        "the end of the month: new (a first subscription), reactivation (a former customer "
        "back), expansion (up, for a customer already there), contraction (down, the customer "
        "stays), churned (no paying or paused subscription left), paused and resumed (the MRR "
        "of a subscription going into a pause, then back). A pause is neither contraction nor "
        "churn. Net new MRR = MRR at the end - MRR at the start."
    ),
    "def_logo_churn_term": "Logo churn",
    "def_logo_churn": (
        "Customers lost ÷ (customers at the start + new customers), the customers at the "
        "start being those with an MRR above zero. A rate of nothing is shown as “–”, not 0%."
    ),
    "def_revenue_churn_term": "Revenue churn",
    "def_revenue_churn": "(Churned MRR + contraction MRR) ÷ MRR at the start.",
    "def_retention_term": "NRR and GRR",
    "def_retention": (
        "Over the cohort of customers with an MRR above zero when the period begins, and "
        "their MRR at its end (a paused subscription counts at the MRR it will bring back): "
        "GRR = the sum, customer by customer, of the lower of the two MRRs ÷ the MRR at the "
        "start (never above 100%); NRR = the cohort's MRR at the end ÷ its MRR at the start."
    ),
    "def_ageing_term": "Overdue and ageing",
    "def_ageing": (
        "What is left to pay on each invoice (VAT included, less the payments received and "
        "the credit notes allocated), by the days since its due date: not due yet, 1–30, "
        "31–60, 61–90, over 90 days. An invoice due today is not overdue yet."
    ),
    "def_payments_term": "Payments",
    "def_payments": (
        "By the day the money came: the payments settling invoices (a payment settling two "
        "invoices counts twice), those received after the due date and how late on average, "
        "and the payments returned by the bank."
    ),
    "def_dso_term": "DSO (days sales outstanding)",
    "def_dso": (
        "What customers owe ÷ what was invoiced over the last 90 days (invoices less credit "
        "notes, VAT included) × 90."
    ),
    "def_forecast_term": "Forecast",
    "def_forecast": (
        "The invoices billing will issue after that day, month by month, worked out by the "
        "billing engine itself in a dry run: trials ending, fixed terms, scheduled "
        "cancellations, pauses, discounts, plan changes, at today's prices."
    ),
    "def_cancellations_term": "Cancellations",
    "def_cancellations": (
        "The subscriptions whose cancellation took effect in the period (on the day their "
        "service stopped), with the reason recorded and the MRR they were paying. Rate = "
        "cancelled ÷ subscriptions on the plan at some time in the period."
    ),
    "def_plan_filter_term": "Plan filter",
    "def_plan_filter": (
        "Only the time subscriptions spend on that plan counts: a customer moving to it is "
        "new to it, one leaving it is churned from it. Receivables, payments and DSO cover "
        "every plan in the currency: one invoice may bill several."
    ),
}

LABELS: dict[Language, dict[str, str]] = {Language.FRENCH: _FRENCH, Language.ENGLISH: _ENGLISH}


def text(language: Language, key: str, **values: str) -> str:
    """The fixed text `key` in `language`, its placeholders filled with `values`."""
    return LABELS[language][key].format(**values)


def counted(language: Language, key: str, count: int) -> str:
    """`1 facture`, `1 234 factures`: French counts 0 and 1 in the singular, English 1 alone."""
    singular = count <= 1 if language is Language.FRENCH else count == 1
    written = quantity(Decimal(count), language)
    return text(language, f"{key}_{'one' if singular else 'many'}", count=written)
