"""`cadence demo`: a realistic French subscription business to explore and to benchmark.

Everything is drawn from one seeded random generator, so a seed and a date
always give the same data. Customers, plans and subscriptions go through the
same services as the owner's own input, so the demo passes the same checks.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cadence.domain.catalogue import BillingTiming, EarlyTermination, ItemKind, RenewalRule
from cadence.domain.discounts import DiscountKind
from cadence.domain.errors import ConflictError, ValidationError, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.identifiers import french_vat_number, luhn_check_digit
from cadence.domain.invoicing import InvoiceKind
from cadence.domain.lifecycle import CancellationReason, SubscriptionStatus
from cadence.domain.messages import MessageKind
from cadence.domain.parties import CustomerKind, Language, PaymentMethod
from cadence.domain.periods import BillingSchedule, DayRule, IntervalUnit
from cadence.domain.tax import VatRegime
from cadence.services.billing import run_billing
from cadence.services.catalogue import (
    ItemData,
    PlanData,
    PlanRecord,
    create_item,
    create_plan,
    update_plan,
)
from cadence.services.catalogue import archive_plan as archive_plan_service
from cadence.services.common import record_event
from cadence.services.company import CompanyData, save_company
from cadence.services.credit_notes import issue_credit_note
from cadence.services.customers import CustomerData, create_customers
from cadence.services.demo_banking import (
    add_banking,
    last_collection_date,
    request_last_collection,
    sign_mandates,
)
from cadence.services.payments import Allocation, PaymentData, record_payments
from cadence.services.reminders import prepare_reminders
from cadence.services.revenue import refresh_revenue_history
from cadence.services.standing import sweep_past_due
from cadence.services.subscriptions import SubscriptionData, create_subscriptions
from cadence.services.timeline import refresh_next_billing_dates
from cadence.store.models import (
    ChangeMode,
    CompanySettings,
    Customer,
    Invoice,
    InvoiceLine,
    MessageStatus,
    OutboundMessage,
    Subscription,
    SubscriptionChange,
    SubscriptionPause,
)

_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Messages",
    "this database already holds a company or customers; the demo needs a new database",
)
_CUSTOMER_COUNT = QT_TRANSLATE_NOOP(
    "Messages", "the demo has between 1 and {maximum} customers, not {count}"
)

MAX_DEMO_CUSTOMERS = 200_000
ACTOR = "demo"
HISTORY_YEARS = 3
# The demo business moved to Cadence on the first day of the month this many months
# back: earlier periods were billed elsewhere, later ones by Cadence, as the app
# would have, every fortnight.
MONTHS_ON_CADENCE = 1
BILLING_EVERY = timedelta(days=14)  # how often the demo owner opened Cadence meanwhile
PROGRESS_EVERY = 500  # customers between two progress reports
PRICE_RISE = relativedelta(months=18)  # after the start of the history
# Running subscriptions that changed plan or quantity once since they started: the
# licences of the till software grow or shrink, and customers of the old offer move
# to the current one.
CHANGED_SHARE = 0.12

_FIRST_NAMES_FR = (
    "Élodie",
    "François",
    "Hélène",
    "Jérôme",
    "Zoé",
    "Loïc",
    "Maëlle",
    "Gaëlle",
    "Noël",
    "Anaïs",
    "Clément",
    "Béatrice",
    "Cécile",
    "Théo",
    "Léa",
    "Aurélien",
    "Inès",
    "Grégoire",
    "Solène",
    "Raphaël",
    "Chloé",
    "Mathéo",
    "Agnès",
    "Benoît",
    "Joëlle",
    "Pénélope",
    "Yannick",
    "Margaux",
    "Hervé",
    "Océane",
    "Stéphane",
    "Amélie",
    "Jean-Baptiste",
    "Marie-Hélène",
)
_LAST_NAMES_FR = (
    "Lefèvre",
    "Dupré",
    "Fournier",
    "Lemaître",
    "Béranger",
    "Mercier",
    "N'Diaye",
    "D'Almeida",
    "Le Gall",
    "Château",
    "Gauthier",
    "Müller",
    "Perrin",
    "Bélanger",
    "Rousseau",
    "Lacroix",
    "Giraud",
    "Ménard",
    "Lévêque",
    "Besnard",
    "Kervella",
    "Dubœuf",
    "Garçon",
    "Lagarde",
    "Bouchard",
    "Benali",
    "Nguyễn",
    "Da Silva",
    "Kowalczyk",
    "Öztürk",
    "Papadopoulos",
)
_FIRST_NAMES_EN = (
    "Seán",
    "Siobhán",
    "Zoë",
    "Chloë",
    "Aoife",
    "James",
    "Emily",
    "Oliver",
    "Niamh",
    "Ciarán",
    "Olivia",
    "Harry",
    "Charlotte",
    "Rory",
)
_LAST_NAMES_EN = (
    "O'Brien",
    "O'Connor",
    "McAllister",
    "Smith",
    "Taylor",
    "Murphy",
    "D'Arcy",
    "Fitzgerald",
    "O'Sullivan",
    "Hughes",
    "Walsh",
    "Kennedy",
)
_BUSINESSES = (
    "Boulangerie {last}",
    "Café {last}",
    "Garage {last} & Fils",
    "Pharmacie {last}",
    "{last} Conseil",
    "L'Épicerie de {city}",
    "Librairie L'Arbre à Mots de {city}",
    "Fromagerie {last}",
    "Atelier {last} & Associés",
    "Cave {last}",
    "Salon Coiff'{last}",
    "Brasserie du Marché de {city}",
    "{last} Menuiserie",
    "Opticien {last}",
    # Markup-like characters are legal in a name; documents must print them as typed.
    "{last} & <Fils>",
)
_LEGAL_FORMS = ("SARL", "SAS", "EURL", "SASU", "SCOP")
_STREETS_FR = (
    "rue de la République",
    "avenue Jean-Jaurès",
    "place Bellecour",
    "boulevard Saint-Germain",
    "chemin des Vignes",
    "allée des Tilleuls",
    "rue d'Alsace",
    "rue du Général-de-Gaulle",
    "impasse des Lilas",
    "quai de Saône",
    "rue Émile-Zola",
    "cours Lafayette",
    "rue de l'Église",
    "avenue des Champs-Élysées",
    "rue Sainte-Catherine",
)
_CITIES_FR = (
    ("Lyon", "69002"),
    ("Lyon", "69007"),
    ("Paris", "75011"),
    ("Paris", "75018"),
    ("Marseille", "13001"),
    ("Lille", "59000"),
    ("Nantes", "44000"),
    ("Bordeaux", "33000"),
    ("Toulouse", "31000"),
    ("Strasbourg", "67000"),
    ("Rennes", "35000"),
    ("Montpellier", "34000"),
    ("Grenoble", "38000"),
    ("Saint-Étienne", "42000"),
    ("Annecy", "74000"),
    ("Quimper", "29000"),
    ("Besançon", "25000"),
    ("Nîmes", "30000"),
    ("Fort-de-France", "97200"),
    ("L'Haÿ-les-Roses", "94240"),
)
_ADDRESSES_ABROAD = (
    ("GB", "London", "SW1A 1AA", "Baker Street"),
    ("GB", "Manchester", "M1 1AE", "Deansgate"),
    ("IE", "Dublin", "D02 X285", "Grafton Street"),
    ("BE", "Bruxelles", "1000", "rue Neuve"),
)
_MAIL_DOMAINS = ("orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr", "sfr.fr")
_REASON_NOTES = {
    CancellationReason.TOO_EXPENSIVE: ("Budget réduit cette année", "Trouve l'offre trop chère"),
    CancellationReason.SWITCHED_TO_COMPETITOR: ("Passe chez un concurrent", ""),
    CancellationReason.BUSINESS_CLOSED: ("Fermeture du magasin", "Départ à la retraite"),
    CancellationReason.TEMPORARY_NEED: ("Besoin ponctuel terminé", ""),
    CancellationReason.LOW_USAGE: ("N'utilise presque plus le service", ""),
    CancellationReason.MISSING_FEATURES: ("Voulait la gestion des stocks", ""),
    CancellationReason.SERVICE_QUALITY: ("Délais d'intervention trop longs", ""),
    CancellationReason.OTHER: ("", "Déménagement à l'étranger"),
}


@dataclass(frozen=True)
class DemoSummary:
    company: str
    customers: int
    plans: int
    subscriptions: int
    by_status: dict[str, int]
    invoices: int = 0
    payments: int = 0
    credit_notes: int = 0
    # Sample bank statements and payout reports, by file name, to try reconciliation.
    sample_files: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class _PlanSpec:
    data: PlanData
    for_companies: bool
    weight: int
    reasons: tuple[CancellationReason, ...]
    # Sold at this price first, at `data.unit_price` since `PRICE_RISE` into the history.
    earlier_price: Decimal | None = None


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        char for char in decomposed if char.isascii() and (char.isalnum() or char in "-")
    )


def _siren(rng: random.Random) -> str:
    body = f"{rng.randrange(10_000_000, 99_999_999):08d}"
    return body + luhn_check_digit(body)


def _french_iban(rng: random.Random) -> str:
    """A syntactically valid French IBAN (RIB key and IBAN check digits), fictitious."""
    bank, branch = f"{rng.randrange(10000, 99999)}", f"{rng.randrange(10000, 99999)}"
    account = f"{rng.randrange(10**10, 10**11):011d}"
    rib_key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{rib_key:02d}"
    check = 98 - int(bban + "152700") % 97  # "FR00" with F=15, R=27
    return f"FR{check:02d}{bban}"


def _company(rng: random.Random, pdf_folder: str) -> CompanyData:
    siren = "123456782"  # fictitious, and valid under the Luhn check
    return CompanyData(
        legal_name="Atelier Nuage SAS",
        trade_name="Atelier Nuage",
        legal_form="SAS",
        share_capital=Decimal("20000"),
        address_line1="12 rue de la Charité",
        postal_code="69002",
        city="Lyon",
        siren=siren,
        siret=siren + "0001" + luhn_check_digit(siren + "0001"),
        registration="RCS Lyon",
        vat_number=french_vat_number(siren),
        vat_regime=VatRegime.NORMAL,
        email="facturation@atelier-nuage.fr",
        phone="04 78 12 34 56",
        website="https://www.atelier-nuage.fr",
        iban=_french_iban(rng),
        bic="PSSTFRPPLYO",
        sepa_creditor_id="FR72ZZZ123456",
        pdf_folder=pdf_folder,
    )


def _plan_specs(item_ids: dict[str, int], available_from: date) -> list[_PlanSpec]:
    def plan(name: str, item: str, price: str, **terms: object) -> PlanData:
        return PlanData(
            name=name,
            item_id=item_ids[item],
            unit_price=Decimal(price),
            available_from=available_from,
            **terms,  # type: ignore[arg-type]
        )

    reasons_software = (
        CancellationReason.SWITCHED_TO_COMPETITOR,
        CancellationReason.MISSING_FEATURES,
        CancellationReason.BUSINESS_CLOSED,
        CancellationReason.TOO_EXPENSIVE,
    )
    reasons_box = (
        CancellationReason.TOO_EXPENSIVE,
        CancellationReason.TEMPORARY_NEED,
        CancellationReason.LOW_USAGE,
        CancellationReason.OTHER,
    )
    reasons_service = (
        CancellationReason.SERVICE_QUALITY,
        CancellationReason.LOW_USAGE,
        CancellationReason.BUSINESS_CLOSED,
        CancellationReason.NON_PAYMENT,
    )
    return [
        _PlanSpec(
            plan(
                "Caisse Essentiel — mensuel",
                "caisse",
                "29.00",
                trial_count=14,
                trial_unit=IntervalUnit.DAY,
                grace_days=7,
                description="Logiciel de caisse en ligne, une licence par poste.",
                terms="Abonnement sans engagement, résiliable à tout moment avant le "
                "renouvellement mensuel.",
            ),
            for_companies=True,
            weight=30,
            reasons=reasons_software,
        ),
        _PlanSpec(
            plan(
                "Caisse Pro — annuel",
                "caisse",
                "290.00",
                interval_unit=IntervalUnit.YEAR,
                commitment_count=12,
                commitment_unit=IntervalUnit.MONTH,
                notice_count=1,
                notice_unit=IntervalUnit.MONTH,
                grace_days=15,
                description="Logiciel de caisse, statistiques et assistance prioritaire.",
                terms="Engagement de 12 mois, renouvelé par tacite reconduction sauf "
                "dénonciation un mois avant l'échéance.",
            ),
            for_companies=True,
            weight=15,
            reasons=reasons_software,
        ),
        _PlanSpec(
            plan(
                "Maintenance trimestrielle",
                "maintenance",
                "180.00",
                interval_count=3,
                day_rule=DayRule.FIXED_DAY,
                fixed_day=1,
                commitment_count=12,
                commitment_unit=IntervalUnit.MONTH,
                notice_count=2,
                notice_unit=IntervalUnit.MONTH,
                grace_days=15,
                description="Visite préventive et dépannage sous 48 h ouvrées.",
            ),
            for_companies=True,
            weight=12,
            reasons=reasons_service,
        ),
        _PlanSpec(
            plan(
                "Infogérance serveur — terme échu",
                "infogerance",
                "400.00",
                day_rule=DayRule.LAST_DAY_OF_MONTH,
                timing=BillingTiming.ARREARS,
                commitment_count=24,
                commitment_unit=IntervalUnit.MONTH,
                early_termination=EarlyTermination.BILL_REMAINING_COMMITMENT,
                notice_count=3,
                notice_unit=IntervalUnit.MONTH,
                grace_days=10,
                description="Supervision et sauvegardes, facturées en fin de mois.",
            ),
            for_companies=True,
            weight=4,
            reasons=reasons_service,
        ),
        _PlanSpec(
            plan(
                "Box Thé Découverte",
                "box",
                "24.90",
                vat_rate=Decimal("5.5"),
                day_rule=DayRule.FIXED_DAY,
                fixed_day=5,
                description="Trois thés bio de saison, livrés chaque mois.",
            ),
            for_companies=False,
            weight=40,
            reasons=reasons_box,
            earlier_price=Decimal("22.90"),
        ),
        _PlanSpec(
            plan(
                "Box Thé Prestige — 6 mois",
                "box",
                "39.90",
                vat_rate=Decimal("5.5"),
                renewal_rule=RenewalRule.FIXED_CYCLES,
                fixed_cycles=6,
                description="Six livraisons de grands crus, puis l'abonnement s'arrête.",
            ),
            for_companies=False,
            weight=12,
            reasons=reasons_box,
        ),
        _PlanSpec(
            plan(
                "Coaching hebdomadaire",
                "coaching",
                "45.00",
                interval_unit=IntervalUnit.WEEK,
                timing=BillingTiming.ARREARS,
                description="Une séance en visio par semaine, facturée après coup.",
            ),
            for_companies=False,
            weight=8,
            reasons=reasons_box,
        ),
        _PlanSpec(
            plan(
                "Caisse Essentiel — ancien tarif",
                "caisse",
                "25.00",
                description="Offre de lancement, retirée de la vente.",
            ),
            for_companies=True,
            weight=5,
            reasons=reasons_software,
        ),
    ]


def _customer(rng: random.Random) -> CustomerData:
    english = rng.random() < 0.15
    company = rng.random() < 0.35
    first = rng.choice(_FIRST_NAMES_EN if english else _FIRST_NAMES_FR)
    last = rng.choice(_LAST_NAMES_EN if english else _LAST_NAMES_FR)
    abroad = english and rng.random() < 0.6
    if abroad:
        country, city, postal_code, street = rng.choice(_ADDRESSES_ABROAD)
        address = f"{rng.randint(1, 220)} {street}"
    else:
        country = "FR"
        city, postal_code = rng.choice(_CITIES_FR)
        address = f"{rng.randint(1, 120)} {rng.choice(_STREETS_FR)}"
    person = f"{first} {last}"
    if company:
        pattern = rng.choice(_BUSINESSES)
        name = f"{pattern.format(last=last, city=city)} {rng.choice(_LEGAL_FORMS)}"
    else:
        name = person
    siren = _siren(rng) if company and country == "FR" else ""
    mail_name = _ascii(f"{first}.{last}".lower().replace(" ", "-")).strip("-.") or "contact"
    email = f"{mail_name}@{rng.choice(_MAIL_DOMAINS)}" if rng.random() < 0.9 else ""
    method = rng.choices(
        (
            PaymentMethod.DIRECT_DEBIT,
            PaymentMethod.BANK_TRANSFER,
            PaymentMethod.CARD,
            PaymentMethod.CHEQUE,
        ),
        weights=(45, 30, 20, 5),
    )[0]
    if method is PaymentMethod.DIRECT_DEBIT and country != "FR":
        method = PaymentMethod.BANK_TRANSFER
    return CustomerData(
        name=name,
        kind=CustomerKind.COMPANY if company else CustomerKind.INDIVIDUAL,
        contact_name=person if company else "",
        email=email,
        phone=f"0{rng.randint(1, 7)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        if country == "FR"
        else "",
        address_line1=address,
        address_line2=rng.choice(("", "", "", "Bâtiment B", "2e étage", "Chez M. Dupont")),
        postal_code=postal_code,
        city=city,
        country=country,
        siren=siren,
        vat_number=french_vat_number(siren) if siren else "",
        language=Language.ENGLISH if english else Language.FRENCH,
        payment_method=method,
        iban=_french_iban(rng) if method is PaymentMethod.DIRECT_DEBIT else "",
        invoice_by_email=bool(email) and rng.random() < 0.7,
    )


@dataclass
class _Plan:
    record: PlanRecord
    spec: _PlanSpec


def _random_day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max((last - first).days, 0)))


def _discount(rng: random.Random, price: Decimal) -> dict[str, object]:
    roll = rng.random()
    if roll < 0.08:
        return {
            "discount_kind": DiscountKind.PERCENT,
            "discount_value": Decimal(20),
            "discount_cycles": 3,
        }
    if roll < 0.10 and price > 10:
        return {
            "discount_kind": DiscountKind.AMOUNT,
            "discount_value": Decimal(5),
            "discount_cycles": None,
        }
    return {}


def _schedule(subscription: Subscription, plan: _Plan) -> BillingSchedule:
    terms = plan.record.terms_of_billing
    return BillingSchedule(
        subscription.billing_anchor, terms.interval, terms.day_rule, terms.fixed_day
    )


def _live_history(
    session: Session, rng: random.Random, subscription: Subscription, plan: _Plan, today: date
) -> None:
    """Bring a subscription from its start to `today`: trial over, ended, cancelled or paused."""
    if subscription.status is SubscriptionStatus.TRIAL and (
        subscription.trial_end is not None and subscription.trial_end <= today
    ):
        subscription.status = SubscriptionStatus.ACTIVE
    if subscription.start_date > today:
        return
    schedule = _schedule(subscription, plan)
    terms = plan.record.terms_of_billing
    if terms.fixed_cycles is not None:
        end = schedule.boundary(terms.fixed_cycles)
        if end <= today:
            _finish(session, subscription, SubscriptionStatus.ENDED, end, today)
            return
    roll = rng.random()
    lived = (today - subscription.start_date).days
    if roll < 0.17 and lived > 45:
        requested = _random_day(rng, subscription.start_date + timedelta(days=30), today)
        effective = schedule.boundary(
            schedule.first_index_on_or_after(requested + timedelta(days=1))
        )
        if subscription.commitment_end is not None:
            effective = max(effective, subscription.commitment_end)
        reason = rng.choice(plan.spec.reasons)
        subscription.cancellation_requested_on = requested
        subscription.cancellation_reason = reason
        subscription.cancellation_note = rng.choice(_REASON_NOTES.get(reason, ("",)))
        # As cancel_subscription records it: the day the service ends.
        subscription.cancellation_effective_on = effective
        if effective <= today:
            _finish(session, subscription, SubscriptionStatus.CANCELLED, effective, today)
        else:
            subscription.status = SubscriptionStatus.CANCELLATION_SCHEDULED
            subscription.cancel_at_period_end = True
            _event(session, subscription, "cancellation_scheduled", requested)
    elif roll < 0.20 and lived > 60 and subscription.status is SubscriptionStatus.ACTIVE:
        paused_on = _random_day(rng, today - timedelta(days=60), today)
        session.add(
            SubscriptionPause(
                subscription_id=subscription.id,
                start_date=paused_on,
                end_date=None,
                reason=rng.choice(("Congés", "Fermeture saisonnière", "Travaux", "")),
            )
        )
        subscription.status = SubscriptionStatus.PAUSED
        _event(session, subscription, "paused", paused_on)


def _catalogue_plan(
    session: Session, spec: _PlanSpec, opened: date, history_start: date
) -> PlanRecord:
    """The plan, created when the business opened; at its earlier price first, if any."""
    if spec.earlier_price is None:
        return create_plan(session, spec.data, today=opened, actor=ACTOR)
    first = create_plan(
        session, replace(spec.data, unit_price=spec.earlier_price), today=opened, actor=ACTOR
    )
    return update_plan(session, first.id, spec.data, today=history_start + PRICE_RISE, actor=ACTOR)


def _changed_once(
    session: Session,
    rng: random.Random,
    subscription: Subscription,
    plan: _Plan,
    successor: _Plan | None,
    today: date,
) -> None:
    """Some running subscriptions changed quantity (licences of the till software), or
    moved from the retired offer to `successor`, at the start of a past period."""
    if subscription.status not in (SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE):
        return
    if rng.random() >= CHANGED_SHARE:
        return
    licences = plan.record.item_name.startswith("Logiciel")
    earliest = subscription.cycle_start + timedelta(days=60)
    latest = today - timedelta(days=20)
    if not licences or earliest >= latest:
        return
    schedule = _schedule(subscription, plan)
    effective = schedule.boundary(
        schedule.first_index_on_or_after(_random_day(rng, earliest, latest))
    )
    if effective > today:
        return
    new_plan, quantity, price = plan, subscription.quantity, subscription.unit_price_override
    if successor is not None:
        new_plan, price = successor, None
    elif subscription.quantity > 1 and rng.random() < 0.4:
        quantity = rng.randint(1, subscription.quantity - 1)
    else:
        quantity += rng.choice((1, 1, 2, 5))
    session.add(
        SubscriptionChange(
            subscription_id=subscription.id,
            requested_on=effective - timedelta(days=rng.randint(1, 20)),
            effective_on=effective,
            mode=ChangeMode.NEXT_PERIOD,
            old_plan_id=subscription.plan_id,
            new_plan_id=new_plan.record.id,
            old_quantity=subscription.quantity,
            new_quantity=quantity,
            old_unit_price_override=subscription.unit_price_override,
            new_unit_price_override=price,
            applied_on=effective,
        )
    )
    subscription.plan_id = new_plan.record.id
    subscription.quantity = quantity
    subscription.unit_price_override = price
    record_event(
        session,
        effective,
        ACTOR,
        "subscription",
        subscription.id,
        "plan_changed",
        summary=new_plan.record.name,
        details={"quantity": quantity},
    )


def _finish(
    session: Session,
    subscription: Subscription,
    status: SubscriptionStatus,
    ended_on: date,
    today: date,
) -> None:
    subscription.status = status
    subscription.ended_on = ended_on
    _event(session, subscription, status.value, min(ended_on, today))


def _event(session: Session, subscription: Subscription, action: str, on_date: date) -> None:
    record_event(
        session,
        on_date,
        ACTOR,
        "subscription",
        subscription.id,
        action,
        details={"reason": subscription.cancellation_reason}
        if subscription.cancellation_reason
        else None,
    )


def create_demo(
    session: Session,
    *,
    customers: int,
    seed: int,
    today: date,
    pdf_folder: str = "",
    progress: Callable[[str], None] = lambda _: None,
) -> DemoSummary:
    """Fill an empty database with a demo company, its catalogue, customers and
    subscriptions; its invoice PDFs go to `pdf_folder` (default: the user's)."""
    if not 1 <= customers <= MAX_DEMO_CUSTOMERS:
        raise ValidationError.single(
            "customers", message(_CUSTOMER_COUNT, maximum=MAX_DEMO_CUSTOMERS, count=customers)
        )
    has_data = session.get(CompanySettings, 1) is not None or session.scalar(
        select(func.count()).select_from(Customer)
    )
    if has_data:
        raise ConflictError(message(_NOT_EMPTY))
    return _fill(
        session,
        customers=customers,
        seed=seed,
        today=today,
        pdf_folder=pdf_folder,
        progress=progress,
    )


def _fill(
    session: Session,
    *,
    customers: int,
    seed: int,
    today: date,
    pdf_folder: str,
    progress: Callable[[str], None],
) -> DemoSummary:
    rng = random.Random(seed)
    history_start = today - relativedelta(years=HISTORY_YEARS)
    opened = history_start - timedelta(days=90)
    progress("creating the company and its catalogue")
    company = save_company(session, _company(rng, pdf_folder), today=opened, actor=ACTOR)
    items = {
        "caisse": ItemData(
            "Logiciel de caisse Nuage", ItemKind.SERVICE, Decimal(20), unit_label="licence"
        ),
        "maintenance": ItemData("Maintenance informatique", ItemKind.SERVICE, Decimal(20)),
        "infogerance": ItemData("Infogérance", ItemKind.SERVICE, Decimal(20)),
        "box": ItemData("Box de thés bio", ItemKind.GOODS, Decimal("5.5"), unit_label="box"),
        "coaching": ItemData(
            "Coaching en ligne", ItemKind.SERVICE, Decimal(20), unit_label="séance"
        ),
    }
    item_ids = {
        key: create_item(session, data, today=opened, actor=ACTOR).id for key, data in items.items()
    }
    plans = [
        _Plan(_catalogue_plan(session, spec, opened, history_start), spec)
        for spec in _plan_specs(item_ids, opened)
    ]
    retired = plans[-1]
    # The seed draws the customers and their subscriptions as it always has; the
    # changes of plan come from a second generator, so they add to that history.
    changes_rng = random.Random(seed + 1)
    company_plans = [plan for plan in plans if plan.spec.for_companies]
    personal_plans = [plan for plan in plans if not plan.spec.for_companies]

    progress(f"creating {customers} customers and their subscriptions")
    arrivals = sorted(
        (_random_day(rng, history_start, today - timedelta(days=1)), index)
        for index in range(customers)
    )
    subscription_count = 0
    for first in range(0, customers, PROGRESS_EVERY):
        chunk = [arrival for arrival, _ in arrivals[first : first + PROGRESS_EVERY]]
        people = [_customer(rng) for _ in chunk]
        created = create_customers(session, people, today=today, created_on=chunk, actor=ACTOR)
        wanted: list[SubscriptionData] = []
        started: list[date] = []
        chosen: list[_Plan] = []
        for arrival, data, customer in zip(chunk, people, created, strict=True):
            pool = company_plans if data.kind is CustomerKind.COMPANY else personal_plans
            count = rng.choices((1, 2, 3), weights=(80, 17, 3))[0]
            for number in range(count):
                plan = rng.choices(pool, weights=[plan.spec.weight for plan in pool])[0]
                if number == 0:
                    start = arrival
                elif rng.random() < 0.05:
                    start = _random_day(rng, today + timedelta(days=1), today + timedelta(days=60))
                else:
                    start = _random_day(rng, arrival, today)
                if plan is retired and start > history_start + timedelta(days=365):
                    plan = pool[0]
                quantity = (
                    rng.choice((1, 1, 1, 2, 3, 5))
                    if plan.record.item_name.startswith("Logiciel")
                    else 1
                )
                wanted.append(
                    SubscriptionData(
                        customer_id=customer.id,
                        plan_id=plan.record.id,
                        start_date=start,
                        quantity=quantity,
                        unit_price_override=(
                            plan.record.unit_price * Decimal("0.9")
                            if data.kind is CustomerKind.COMPANY and rng.random() < 0.03
                            else None
                        ),
                        **_discount(rng, plan.record.unit_price),  # type: ignore[arg-type]
                    )
                )
                started.append(min(start, today))
                chosen.append(plan)
        records = create_subscriptions(
            session, wanted, today=today, created_on=started, actor=ACTOR
        )
        rows = {
            row.id: row
            for row in session.scalars(
                select(Subscription).where(Subscription.id.in_([r.id for r in records]))
            )
        }
        for record, plan in zip(records, chosen, strict=True):
            _live_history(session, rng, rows[record.id], plan, today)
            _changed_once(
                session,
                changes_rng,
                rows[record.id],
                plan,
                company_plans[0] if plan is retired else None,
                today,
            )
        refresh_revenue_history(session, list(rows))
        subscription_count += len(records)
        progress(f"{min(first + PROGRESS_EVERY, customers)} of {customers} customers")
    archive_plan_service(
        session, retired.record.id, today=history_start + timedelta(days=365), actor=ACTOR
    )
    session.flush()
    go_live = (today - relativedelta(months=MONTHS_ON_CADENCE)).replace(day=1)
    progress(f"billing since {go_live.isoformat()}, when the business moved to Cadence")
    # The bank's part has its own generator: the history stays what the seed always gave.
    banking_rng = random.Random(seed + 2)
    invoices, payments, credit_notes, batch_id = _bill_history(
        session, rng, banking_rng, today, go_live
    )
    sample_files = add_banking(session, banking_rng, today, batch_id, progress)
    _correspondence(session, today)
    by_status = {
        str(status): int(count)
        for status, count in session.execute(
            select(Subscription.status, func.count()).group_by(Subscription.status)
        )
    }
    return DemoSummary(
        company=company.legal_name,
        customers=customers,
        plans=len(plans),
        subscriptions=subscription_count,
        by_status=by_status,
        invoices=invoices,
        payments=payments,
        credit_notes=credit_notes,
        sample_files=sample_files,
    )


def _correspondence(session: Session, today: date) -> None:
    """Today's reminders and notices, as the first run would write them; the history's
    invoice e-mails went out on the day each invoice was issued."""
    prepare_reminders(session, today=today, now=datetime.combine(today, time(8)))
    mailed = session.execute(
        select(OutboundMessage.id, Invoice.issue_date)
        .join(Invoice, Invoice.id == OutboundMessage.invoice_id)
        .where(
            OutboundMessage.kind.in_((MessageKind.INVOICE, MessageKind.CREDIT_NOTE)),
            OutboundMessage.recipient.is_not(None),
            Invoice.issue_date < today,
        )
    ).all()
    if mailed:
        session.execute(
            update(OutboundMessage),
            [
                {
                    "id": message_id,
                    "status": MessageStatus.SENT,
                    "created_on": issued,
                    "created_at": datetime.combine(issued, time(8)),
                    "sent_at": datetime.combine(issued, time(8, 1)),
                    "next_attempt_at": None,
                    "attempts": 1,
                }
                for message_id, issued in mailed
                if issued is not None
            ],
        )


# Direct debits due in the month before the demo's last collection are paid by it.
DIRECT_DEBIT_UNCOLLECTED = timedelta(days=30)


def _bill_history(
    session: Session,
    rng: random.Random,
    banking_rng: random.Random,
    today: date,
    go_live: date,
) -> tuple[int, int, int, int | None]:
    """Bill the months since the business moved to Cadence, every fortnight, then record
    how customers paid: most on time, some late, a few not yet; a few credit notes."""
    session.execute(
        update(Subscription).where(Subscription.billing_from < go_live).values(billing_from=go_live)
    )
    refresh_next_billing_dates(session, list(session.scalars(select(Subscription.id))))
    # Signed when each customer arrived, so before any invoice: those of direct-debit
    # customers announce the debit rather than ask for a transfer.
    sign_mandates(session, banking_rng)
    issued = 0
    day = go_live
    while True:
        report = run_billing(session, as_of=day, actor=ACTOR, commit_batches=False)
        issued += len(report.issued)
        if day == today:
            break
        day = min(day + BILLING_EVERY, today)
    invoices = session.execute(
        select(
            Invoice.id,
            Invoice.customer_id,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.total_gross,
            Invoice.number,
            Customer.payment_method,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(Invoice.kind == InvoiceKind.INVOICE)
        .order_by(Invoice.id)
    ).all()
    collected_last = last_collection_date(today)
    collected: list[int] = []
    payments: list[PaymentData] = []
    for invoice in invoices:
        roll = rng.random()
        if roll < 0.93:
            received = invoice.issue_date + timedelta(
                days=rng.randint(0, (invoice.due_date - invoice.issue_date).days)
            )
        elif roll < 0.98:
            received = invoice.due_date + timedelta(days=rng.randint(3, 45))
        else:
            continue  # not paid yet
        if received > today:
            continue
        if (
            invoice.payment_method is PaymentMethod.DIRECT_DEBIT
            and collected_last - DIRECT_DEBIT_UNCOLLECTED < invoice.due_date <= collected_last
        ):
            collected.append(invoice.id)
            continue  # the demo's last batch collects these
        amount = invoice.total_gross
        if rng.random() < 0.02 and amount > 1:
            amount = (amount / 2).quantize(Decimal("0.01"))  # a first instalment
        payments.append(
            PaymentData(
                customer_id=invoice.customer_id,
                received_on=received,
                amount=amount,
                method=invoice.payment_method,
                reference=invoice.number,
                allocations=[Allocation(invoice.id, amount)],
            )
        )
    payments.sort(key=lambda payment: payment.received_on)
    # Before the payments: recording them checks which subscriptions are past due, and
    # invoices the bank is collecting are not late.
    batch_id = request_last_collection(session, today, collected)
    if payments:
        record_payments(session, payments, today=today, actor=ACTOR)
    corrected = 0
    for invoice in invoices:
        if rng.random() >= 0.004:
            continue
        line = session.scalar(
            select(InvoiceLine).where(
                InvoiceLine.invoice_id == invoice.id, InvoiceLine.position == 1
            )
        )
        if line is None or line.net_amount < 1:
            continue
        issue_credit_note(
            session,
            invoice_id=invoice.id,
            today=today,
            line_amounts={1: (line.net_amount / 10).quantize(Decimal("0.01"))},
            reason=rng.choice(
                ("Geste commercial", "Livraison incomplète", "Retard d'intervention")
            ),
            actor=ACTOR,
        )
        corrected += 1
    sweep_past_due(session, as_of=today, actor=ACTOR)
    return issued, len(payments), corrected, batch_id
