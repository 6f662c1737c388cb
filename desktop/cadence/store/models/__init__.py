"""The typed ORM models; importing this package registers every table on `Base.metadata`."""

from cadence.store.models.alerts import AlertState
from cadence.store.models.audit import AuditEvent
from cadence.store.models.banking import (
    BankCsvLayout,
    BankStatement,
    Collection,
    CollectionBatch,
    LineState,
    Mandate,
    MatchKind,
    PaymentFee,
    StatementLine,
    StatementLineInvoice,
    StatementSource,
)
from cadence.store.models.base import Base
from cadence.store.models.billing import (
    BillingDecision,
    ChangeMode,
    OccurrenceDecision,
    PendingCharge,
    SubscriptionChange,
)
from cadence.store.models.catalogue import CatalogueItem, Plan
from cadence.store.models.company import CompanySettings
from cadence.store.models.customers import Customer
from cadence.store.models.invoices import Invoice, InvoiceLine
from cadence.store.models.messages import (
    DunningStepSetting,
    LateFee,
    LateFeeKind,
    MailSettings,
    MessageAttachment,
    MessageStatus,
    MessageTemplate,
    OutboundMessage,
    ReminderLog,
    ReminderOutcome,
    SmtpSecurity,
)
from cadence.store.models.numbering import NumberSeries
from cadence.store.models.payments import Payment, PaymentAllocation
from cadence.store.models.revenue import PlanPrice, RevenueSegment
from cadence.store.models.subscriptions import Subscription, SubscriptionPause

__all__ = [
    "AlertState",
    "AuditEvent",
    "BankCsvLayout",
    "BankStatement",
    "Base",
    "BillingDecision",
    "CatalogueItem",
    "ChangeMode",
    "Collection",
    "CollectionBatch",
    "CompanySettings",
    "Customer",
    "DunningStepSetting",
    "Invoice",
    "InvoiceLine",
    "LateFee",
    "LateFeeKind",
    "LineState",
    "MailSettings",
    "Mandate",
    "MatchKind",
    "MessageAttachment",
    "MessageStatus",
    "MessageTemplate",
    "NumberSeries",
    "OccurrenceDecision",
    "OutboundMessage",
    "Payment",
    "PaymentAllocation",
    "PaymentFee",
    "PendingCharge",
    "Plan",
    "PlanPrice",
    "ReminderLog",
    "ReminderOutcome",
    "RevenueSegment",
    "SmtpSecurity",
    "StatementLine",
    "StatementLineInvoice",
    "StatementSource",
    "Subscription",
    "SubscriptionChange",
    "SubscriptionPause",
]
