"""The lines Cadence writes on invoices and credit notes for subscriptions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from cadence.domain.billing import (
    ServicePeriod,
    discount_for_period,
    prorated_net,
    prorated_unit_price,
)
from cadence.domain.catalogue import ItemKind
from cadence.domain.discounts import Discount, DiscountKind
from cadence.domain.invoicing import LineDraft
from cadence.domain.parties import Language
from cadence.domain.periods import Period
from cadence.domain.tax import FRANCHISE_MENTION, VatCategory, VatRegime, category_for
from cadence.domain.wording import percent, words
from cadence.store.models import Plan


@dataclass(frozen=True, slots=True)
class PriceTerms:
    """What one subscription costs per cycle, as its invoices state it."""

    plan_name: str
    item_id: int
    item_kind: ItemKind
    unit_price: Decimal  # excl. VAT
    quantity: int
    vat_rate: Decimal
    currency: str
    discount: Discount | None

    @classmethod
    def of(
        cls,
        plan: Plan,
        quantity: int,
        unit_price_override: Decimal | None,
        discount: Discount | None,
    ) -> PriceTerms:
        return cls(
            plan_name=plan.name,
            item_id=plan.item_id,
            item_kind=plan.item.kind,
            unit_price=plan.unit_price if unit_price_override is None else unit_price_override,
            quantity=quantity,
            vat_rate=plan.vat_rate,
            currency=plan.currency,
            discount=discount,
        )


def vat_of(rate: Decimal, regime: VatRegime) -> tuple[Decimal, VatCategory, str | None]:
    """The rate, category and exemption mention a line carries under the seller's regime."""
    category = category_for(rate, regime)
    if regime is VatRegime.FRANCHISE:
        return Decimal("0.00"), category, FRANCHISE_MENTION
    return rate, category, None


def period_line(
    terms: PriceTerms,
    service: ServicePeriod,
    cycles_billed_before: int,
    language: Language,
    regime: VatRegime,
) -> LineDraft:
    """The line billing one service period, its discount included."""
    unit_price = prorated_unit_price(terms.unit_price, service)
    net = prorated_net(terms.quantity, terms.unit_price, service, terms.currency)
    discount = discount_for_period(
        terms.discount, cycles_billed_before, net, service, terms.currency
    )
    label = None
    if discount and terms.discount is not None:
        label = (
            words(language, "discount_percent", value=percent(terms.discount.value))
            if terms.discount.kind is DiscountKind.PERCENT
            else words(language, "discount_amount")
        )
    description = terms.plan_name
    if service.prorated:
        description = words(
            language,
            "prorated",
            plan=terms.plan_name,
            days=service.period.days,
            cycle_days=service.cycle.days,
        )
    rate, category, exemption = vat_of(terms.vat_rate, regime)
    return LineDraft(
        description=description,
        quantity=Decimal(terms.quantity),
        unit_price=unit_price,
        net_amount=net - discount,
        vat_rate=rate,
        vat_category=category,
        item_kind=terms.item_kind,
        item_id=terms.item_id,
        period=service.period,
        discount_amount=discount,
        discount_label=label,
        vat_exemption_reason=exemption,
    )


def partial_cycle_line(
    terms: PriceTerms,
    part: Period,
    cycle: Period,
    wording: str,
    language: Language,
    regime: VatRegime,
    *,
    credit: bool,
) -> LineDraft:
    """A line for part of a cycle at `terms`' price, as a charge or (negative) a credit:
    used by plan changes, cancellations and remaining commitments."""
    service = ServicePeriod(part, cycle, None)
    unit_price = prorated_unit_price(terms.unit_price, service)
    quantity = Decimal(-terms.quantity if credit else terms.quantity)
    net = prorated_net(terms.quantity, terms.unit_price, service, terms.currency)
    rate, category, exemption = vat_of(terms.vat_rate, regime)
    return LineDraft(
        description=words(
            language, wording, plan=terms.plan_name, start=part.start, end=part.last_day
        ),
        quantity=quantity,
        unit_price=unit_price,
        net_amount=-net if credit else net,
        vat_rate=rate,
        vat_category=category,
        item_kind=terms.item_kind,
        item_id=terms.item_id,
        period=part,
        vat_exemption_reason=exemption,
    )
