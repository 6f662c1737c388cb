"""The reminders run: what Cadence writes to customers on a given day, exactly once.

Each run, in one transaction, writes to the outbox:
- the e-mail of every invoice or credit note issued to a customer who asked for
  them by e-mail (its PDF attached);
- the payment reminders whose step has come for unpaid invoices, and the late fees
  a step charges, on an invoice of their own;
- the notices before renewals, commitment ends and fixed-term ends.

Whether something is due is decided by date windows (`domain.dunning`), and each
decision is recorded in `reminder_log` under a unique key, (invoice, level) or
(subscription, renewal day): a step whose day passed while Cadence was closed goes
out at the next run, and nothing goes out twice, even if two runs race.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from cadence.documents import formatting
from cadence.documents.letter_pdf import render_reminder
from cadence.documents.model import OverdueInvoice, ReminderLetter, ReminderLevel, Seller
from cadence.domain.catalogue import PlanTerms
from cadence.domain.dunning import (
    RECOVERY_INDEMNITY,
    DunningStep,
    NoticeTiming,
    dunning_decision,
    late_interest,
    notice_timing,
)
from cadence.domain.invoicing import OPEN_STATUSES, InvoiceKind, LineDraft
from cadence.domain.messages import (
    DUNNING_KINDS,
    MessageKind,
    Template,
    default_template,
    direct_debit_invoice_template,
    dunning_kind,
    fill,
    tidy_body,
)
from cadence.domain.money import round_money
from cadence.domain.parties import CustomerKind, Language
from cadence.domain.tax import VatCategory, VatRegime
from cadence.domain.wording import words
from cadence.services.alerts import last_notice_day, renewals_are_news
from cadence.services.catalogue import plan_terms
from cadence.services.common import chunks
from cadence.services.issuing import DocumentToIssue, Issuer, seller_snapshot
from cadence.services.mail_settings import (
    MailSettingsData,
    get_dunning_steps,
    get_mail_settings,
    get_template,
)
from cadence.services.outbox import (
    AttachmentDraft,
    error_to_store,
    no_longer_needed,
    write_message,
)
from cadence.services.payments import settled_amounts
from cadence.services.pdfs import direct_debit_of, pdf_file_name, seller_from_snapshot
from cadence.services.pricing import vat_of
from cadence.services.renewals import RenewalKind, UpcomingRenewal, upcoming_renewals
from cadence.services.standing import awaiting_collection
from cadence.services.statements import buyer_of_customer
from cadence.services.subscriptions import recurring_net
from cadence.store.models import (
    CompanySettings,
    Customer,
    Invoice,
    LateFee,
    LateFeeKind,
    MessageStatus,
    OutboundMessage,
    Plan,
    ReminderLog,
    ReminderOutcome,
    Subscription,
)

# The new deadline a payment reminder gives: a week and a day from the letter.
PAY_WITHIN_DAYS = 8
INVOICE_LEVEL = 0  # the invoice's own e-mail, in the (invoice, level) log
_LETTER_LEVELS = {1: ReminderLevel.FIRST, 2: ReminderLevel.SECOND, 3: ReminderLevel.FORMAL_NOTICE}
_ZERO = Decimal("0.00")


@dataclass
class ReminderRun:
    """What one run wrote, for the status bar and `cadence remind`."""

    invoice_emails: int = 0
    reminders: int = 0
    notices: int = 0
    superseded: int = 0  # gentler steps skipped for a firmer one at the same run
    too_late: int = 0  # renewals that came before a run could give notice
    withdrawn: int = 0  # reminders not sent: their invoice was paid or credited first
    fee_invoices: list[str] = field(default_factory=list)  # numbers of late-fee invoices

    @property
    def written(self) -> int:
        return self.invoice_emails + self.reminders + self.notices


@dataclass
class _Run:
    session: Session
    company: CompanySettings
    settings: MailSettingsData
    today: date
    now: datetime
    report: ReminderRun
    issuer: Issuer | None = None
    templates: dict[tuple[MessageKind, Language], Template] = field(default_factory=dict)
    seller: Seller | None = None

    def template(self, kind: MessageKind, language: Language) -> Template:
        """The wording of `kind`, read once per run."""
        key = (kind, language)
        if key not in self.templates:
            self.templates[key] = get_template(self.session, kind, language)
        return self.templates[key]

    def invoice_template(self, language: Language, *, direct_debit: bool) -> Template:
        """The wording of an invoice's e-mail. Cadence's own asks for a payment by the due
        date, which an invoice collected by direct debit must not: that one gets the
        wording that says it will be debited. The owner's own wording is used as written."""
        template = self.template(MessageKind.INVOICE, language)
        if direct_debit and template == default_template(MessageKind.INVOICE, language):
            return direct_debit_invoice_template(language)
        return template

    def letter_seller(self) -> Seller:
        if self.seller is None:
            self.seller = seller_from_snapshot(seller_snapshot(self.company), {})
        return self.seller

    def values(self, customer: Customer) -> dict[str, str]:
        company = self.company
        return {
            "customer": customer.contact_name or customer.name,
            "company": company.trade_name or company.legal_name,
            "company_email": company.email or "",
            "company_phone": company.phone or "",
        }

    def write(
        self,
        customer: Customer,
        kind: MessageKind,
        language: Language,
        values: dict[str, str],
        *,
        invoice_id: int | None = None,
        subscription_id: int | None = None,
        attachments: Sequence[AttachmentDraft] = (),
        template: Template | None = None,
    ) -> OutboundMessage:
        """Fill in `template` (by default the wording of `kind`) and write it to the outbox."""
        if template is None:
            template = self.template(kind, language)
        filled = self.values(customer) | values
        subject = " ".join(fill(template.subject, filled).split())[:200]
        return write_message(
            self.session,
            customer=customer,
            kind=kind,
            language=language,
            subject=subject,
            body=tidy_body(fill(template.body, filled)),
            now=self.now,
            settings=self.settings,
            invoice_id=invoice_id,
            subscription_id=subscription_id,
            attachments=attachments,
        )

    def log(
        self,
        kind: MessageKind,
        outcome: ReminderOutcome,
        *,
        written: OutboundMessage | None = None,
        invoice_id: int | None = None,
        level: int | None = None,
        subscription_id: int | None = None,
        renewal_on: date | None = None,
    ) -> None:
        self.session.add(
            ReminderLog(
                kind=kind,
                invoice_id=invoice_id,
                level=level,
                subscription_id=subscription_id,
                renewal_on=renewal_on,
                decided_on=self.today,
                outcome=outcome,
                message_id=written.id if written else None,
            )
        )


def prepare_reminders(session: Session, *, today: date, now: datetime) -> ReminderRun:
    """Write to the outbox everything due on `today` and not written yet; `now` dates
    the messages. Does nothing before the company is set up."""
    company = session.get(CompanySettings, 1)
    report = ReminderRun()
    if company is None:
        return report
    run = _Run(session, company, get_mail_settings(session), today, now, report)
    _withdraw_paid(run)
    _invoice_emails(run)
    if run.settings.dunning:
        _dunning(run, [step for step in get_dunning_steps(session) if step.enabled])
    if run.settings.renewal_notices:
        _notices(run)
    session.flush()
    return report


# -- reminders no longer needed ------------------------------------------------------


def _withdraw_paid(run: _Run) -> None:
    """Reminders not gone yet about an invoice paid or credited since: cancelled, with
    the reason, as the sender would at the last moment."""
    rows = run.session.execute(
        select(OutboundMessage, Invoice)
        .join(Invoice, Invoice.id == OutboundMessage.invoice_id)
        .where(
            OutboundMessage.kind.in_(DUNNING_KINDS),
            OutboundMessage.status.in_((MessageStatus.PREPARED, MessageStatus.QUEUED)),
            Invoice.status.not_in(OPEN_STATUSES),
        )
    ).all()
    for row, invoice in rows:
        reason = no_longer_needed(row.kind, invoice)
        if reason is not None:
            row.status, row.next_attempt_at = MessageStatus.CANCELLED, None
            row.last_error = error_to_store(reason)
            run.report.withdrawn += 1


# -- invoices by e-mail --------------------------------------------------------------


def _invoice_emails(run: _Run) -> None:
    """Each document issued to a customer who wants e-mail invoices, mailed once."""
    session = run.session
    logged = exists(
        select(ReminderLog.id).where(
            ReminderLog.invoice_id == Invoice.id, ReminderLog.level == INVOICE_LEVEL
        )
    )
    ids = list(
        session.scalars(
            select(Invoice.id)
            .where(Invoice.buyer_wants_email, Invoice.number.is_not(None), ~logged)
            .order_by(Invoice.id)
        )
    )
    for chunk in chunks(ids):
        invoices = session.scalars(select(Invoice).where(Invoice.id.in_(chunk))).all()
        customers = _customers(session, (invoice.customer_id for invoice in invoices))
        corrected = _numbers(
            session, (i.corrects_invoice_id for i in invoices if i.corrects_invoice_id)
        )
        for invoice in sorted(invoices, key=lambda found: found.id):
            assert invoice.number is not None
            assert invoice.issue_date is not None
            customer = customers[invoice.customer_id]
            language = invoice.buyer_language or customer.language
            credit = invoice.kind is InvoiceKind.CREDIT_NOTE
            values = {
                "number": invoice.number,
                "amount": formatting.amount(invoice.total_gross, invoice.currency, language),
                "issue_date": _long_day(invoice.issue_date, language),
                "due_date": _long_day(invoice.due_date, language) if invoice.due_date else "",
                "corrected_number": corrected.get(invoice.corrects_invoice_id or 0, ""),
            }
            kind = MessageKind.CREDIT_NOTE if credit else MessageKind.INVOICE
            # An invoice's e-mail says what its PDF says: debited under the mandate, or
            # to be paid by the due date.
            debited = direct_debit_of(invoice) is not None  # never a credit note
            template = None if credit else run.invoice_template(language, direct_debit=debited)
            written = run.write(
                customer,
                kind,
                language,
                values,
                invoice_id=invoice.id,
                attachments=[AttachmentDraft(pdf_file_name(invoice.number), invoice_id=invoice.id)],
                template=template,
            )
            run.log(kind, ReminderOutcome.WRITTEN, written=written, invoice_id=invoice.id, level=0)
            run.report.invoice_emails += 1


def _long_day(day: date, language: Language) -> str:
    """A date in a sentence: « 1er octobre 2026 » in French, as letters write the first."""
    written = formatting.long_day(day, language)
    if language is Language.FRENCH and day.day == 1:
        return "1er" + written[1:]
    return written


def _customers(session: Session, ids: Iterable[int]) -> dict[int, Customer]:
    wanted = set(ids)
    return {
        customer.id: customer
        for customer in session.scalars(select(Customer).where(Customer.id.in_(wanted)))
    }


def _numbers(session: Session, ids: Iterable[int]) -> dict[int, str]:
    rows = session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(set(ids))))
    return {invoice_id: number or "" for invoice_id, number in rows}


# -- payment reminders ---------------------------------------------------------------


def _dunning(run: _Run, steps: Sequence[DunningStep]) -> None:
    """For each unpaid invoice, the firmest step whose day has come and was not taken."""
    if not steps:
        return
    session, today = run.session, run.today
    first, last = steps[0], steps[-1]
    finished = exists(
        select(ReminderLog.id).where(
            ReminderLog.invoice_id == Invoice.id, ReminderLog.level >= last.level
        )
    )
    ids = list(
        session.scalars(
            select(Invoice.id)
            .where(
                Invoice.kind == InvoiceKind.INVOICE,
                Invoice.status.in_(OPEN_STATUSES),
                Invoice.due_date <= today - timedelta(days=first.days_after_due),
                ~finished,
                ~awaiting_collection(),
            )
            .order_by(Invoice.due_date, Invoice.id)
        )
    )
    for chunk in chunks(ids):
        taken: dict[int, set[int]] = {invoice_id: set() for invoice_id in chunk}
        for invoice_id, level in session.execute(
            select(ReminderLog.invoice_id, ReminderLog.level).where(
                ReminderLog.invoice_id.in_(chunk), ReminderLog.level > INVOICE_LEVEL
            )
        ):
            if invoice_id is not None and level is not None:
                taken[invoice_id].add(level)
        invoices = session.scalars(select(Invoice).where(Invoice.id.in_(chunk))).all()
        customers = _customers(session, (invoice.customer_id for invoice in invoices))
        settled = settled_amounts(session, chunk)
        for invoice in sorted(invoices, key=lambda found: (found.due_date, found.id)):
            assert invoice.due_date is not None
            decision = dunning_decision(
                steps, due_date=invoice.due_date, today=today, taken=taken[invoice.id]
            )
            for skipped in decision.superseded:
                run.log(
                    dunning_kind(skipped.level),
                    ReminderOutcome.SUPERSEDED,
                    invoice_id=invoice.id,
                    level=skipped.level,
                )
                run.report.superseded += 1
            if decision.send is not None:
                paid, credited = settled[invoice.id]
                owed = invoice.total_gross - paid - credited
                _remind(run, decision.send, invoice, customers[invoice.customer_id], owed)


def _remind(
    run: _Run, step: DunningStep, invoice: Invoice, customer: Customer, owed: Decimal
) -> None:
    assert invoice.number is not None
    assert invoice.issue_date is not None
    assert invoice.due_date is not None
    language = customer.language
    kind = dunning_kind(step.level)
    pay_by = run.today + timedelta(days=PAY_WITHIN_DAYS)
    attachments: list[AttachmentDraft] = []
    fees_sentence = ""
    fee_invoice = _late_fees(run, step, invoice, customer, owed)
    if fee_invoice is not None:
        fees_sentence = _fees_sentence(run.session, fee_invoice, language)
    if step.attach_letter:
        attachments.append(_letter(run, step, invoice, customer, owed, pay_by))
    if fee_invoice is not None and fee_invoice.number is not None:
        attachments.append(
            AttachmentDraft(pdf_file_name(fee_invoice.number), invoice_id=fee_invoice.id)
        )
    values = {
        "number": invoice.number,
        "issue_date": _long_day(invoice.issue_date, language),
        "due_date": _long_day(invoice.due_date, language),
        "amount_due": formatting.amount(owed, invoice.currency, language),
        "pay_by": _long_day(pay_by, language),
        "late_fees": fees_sentence,
    }
    written = run.write(
        customer, kind, language, values, invoice_id=invoice.id, attachments=attachments
    )
    run.log(kind, ReminderOutcome.WRITTEN, written=written, invoice_id=invoice.id, level=step.level)
    run.report.reminders += 1


def _letter(
    run: _Run,
    step: DunningStep,
    invoice: Invoice,
    customer: Customer,
    owed: Decimal,
    pay_by: date,
) -> AttachmentDraft:
    """The reminder letter of the step, as a PDF kept with the message."""
    assert invoice.number is not None
    assert invoice.issue_date is not None
    assert invoice.due_date is not None
    letter = ReminderLetter(
        issue_date=run.today,
        level=_LETTER_LEVELS[step.level],
        language=customer.language,
        currency=invoice.currency,
        seller=run.letter_seller(),
        buyer=buyer_of_customer(customer),
        invoices=(
            OverdueInvoice(
                number=invoice.number,
                issue_date=invoice.issue_date,
                due_date=invoice.due_date,
                total_gross=invoice.total_gross,
                outstanding=owed,
            ),
        ),
        pay_by=pay_by,
    )
    prefix = {Language.FRENCH: "Relance", Language.ENGLISH: "Reminder"}[customer.language]
    if step.level == 3:
        prefix = {Language.FRENCH: "Mise-en-demeure", Language.ENGLISH: "Formal-notice"}[
            customer.language
        ]
    name = f"{prefix}-{pdf_file_name(invoice.number)}"
    return AttachmentDraft(name, content=render_reminder(letter))


# -- late fees -------------------------------------------------------------------------


def _late_fees(
    run: _Run, step: DunningStep, invoice: Invoice, customer: Customer, owed: Decimal
) -> Invoice | None:
    """Issue the late fees this step charges and the invoice has not been charged yet;
    each kind is claimed once per invoice, ever (a unique key says so)."""
    assert invoice.number is not None
    assert invoice.due_date is not None
    session, language = run.session, customer.language
    if session.scalar(select(exists().where(LateFee.fee_invoice_id == invoice.id))):
        return None  # no penalties on penalties: a late-fee invoice is reminded, not charged
    already = set(session.scalars(select(LateFee.kind).where(LateFee.invoice_id == invoice.id)))
    fees: list[tuple[LateFeeKind, Decimal, str]] = []
    rate = run.company.late_interest_rate
    if step.charge_interest and rate is not None and LateFeeKind.INTEREST not in already:
        interest = late_interest(owed, annual_rate=rate, due_date=invoice.due_date, on=run.today)
        if interest > _ZERO:
            days = (run.today - invoice.due_date).days
            description = words(
                language,
                "late_interest",
                number=invoice.number,
                days=days,
                rate=formatting.rate(rate, language),
            )
            fees.append((LateFeeKind.INTEREST, interest, description))
    # The indemnity is owed by businesses only (Code de commerce L441-10), in euros.
    business = (invoice.buyer_kind or customer.kind) is CustomerKind.COMPANY
    if (
        step.charge_indemnity
        and business
        and invoice.currency == "EUR"
        and LateFeeKind.INDEMNITY not in already
    ):
        description = words(language, "recovery_indemnity", number=invoice.number)
        fees.append((LateFeeKind.INDEMNITY, RECOVERY_INDEMNITY, description))
    if not fees:
        return None
    reason = words(language, "late_fees_out_of_scope")
    lines = [
        LineDraft(
            description=description,
            quantity=Decimal(1),
            unit_price=amount,
            net_amount=amount,
            vat_rate=_ZERO,
            vat_category=VatCategory.NOT_SUBJECT,
            vat_exemption_reason=reason,
        )
        for _kind, amount, description in fees
    ]
    if run.issuer is None:
        run.issuer = Issuer(session, run.company, run.today)
    issued = run.issuer.issue(
        [
            DocumentToIssue(
                kind=InvoiceKind.INVOICE,
                customer=customer,
                series=run.company.invoice_series,
                currency=invoice.currency,
                lines=lines,
            )
        ]
    )[0]
    for kind, amount, _description in fees:
        session.add(
            LateFee(
                invoice_id=invoice.id,
                kind=kind,
                level=step.level,
                amount=amount,
                currency=invoice.currency,
                claimed_on=run.today,
                fee_invoice_id=issued.id,
            )
        )
    session.flush()
    run.report.fee_invoices.append(issued.number)
    return session.get_one(Invoice, issued.id)


def _fees_sentence(session: Session, fee_invoice: Invoice, language: Language) -> str:
    fees = session.scalars(
        select(LateFee).where(LateFee.fee_invoice_id == fee_invoice.id).order_by(LateFee.id)
    ).all()
    names = {
        Language.FRENCH: {
            LateFeeKind.INTEREST: "des pénalités de retard de {amount}",
            LateFeeKind.INDEMNITY: "l'indemnité forfaitaire de {amount}",
        },
        Language.ENGLISH: {
            LateFeeKind.INTEREST: "late-payment penalties of {amount}",
            LateFeeKind.INDEMNITY: "the fixed indemnity of {amount}",
        },
    }[language]
    parts = [
        names[fee.kind].format(amount=formatting.amount(fee.amount, fee.currency, language))
        for fee in fees
    ]
    joined = words(language, "late_fees_and").join(parts)
    return words(language, "late_fees_sentence", number=fee_invoice.number, fees=joined)


# -- notices before renewals ---------------------------------------------------------


@dataclass(frozen=True)
class _DueNotice:
    renewal: UpcomingRenewal
    plan: Plan
    timing: NoticeTiming
    deadline: date | None  # the last day to refuse the renewal, when the plan asks notice


def _notices(run: _Run) -> None:
    """A notice before each renewal worth telling, inside its plan's notice window."""
    session, today = run.session, run.today
    notable = {
        plan.id: (plan, terms)
        for plan in session.scalars(select(Plan).where(Plan.renewal_notice_days > 0))
        if renewals_are_news(terms := plan_terms(plan))
    }
    if not notable:
        return

    def reach(plan: Plan, terms: PlanTerms) -> int:
        """How far ahead a renewal may be for its window to be open today."""
        extra = 0 if terms.notice is None else (terms.notice.after(today) - today).days
        return plan.renewal_notice_days + extra

    horizon = max(reach(plan, terms) for plan, terms in notable.values())
    due: list[_DueNotice] = []
    for renewal in upcoming_renewals(
        session, today=today, within_days=horizon, plan_ids=list(notable)
    ):
        plan, terms = notable[renewal.plan_id]
        deadline = _deadline(renewal, terms)
        timing = notice_timing(
            renewal_on=renewal.on,
            notice_days=plan.renewal_notice_days,
            today=today,
            notice_deadline=deadline,
        )
        if timing is not NoticeTiming.NOT_YET:
            due.append(_DueNotice(renewal, plan, timing, deadline))
    if not due:
        return
    logged = set(
        session.execute(
            select(ReminderLog.subscription_id, ReminderLog.renewal_on).where(
                ReminderLog.subscription_id.in_({each.renewal.subscription_id for each in due})
            )
        )
    )
    for each in due:
        renewal = each.renewal
        if (renewal.subscription_id, renewal.on) in logged:
            continue
        kind = (
            MessageKind.TERM_END_NOTICE
            if renewal.kind is RenewalKind.TERM_END
            else MessageKind.RENEWAL_NOTICE
        )
        if each.timing is NoticeTiming.TOO_LATE:
            run.log(
                kind,
                ReminderOutcome.TOO_LATE,
                subscription_id=renewal.subscription_id,
                renewal_on=renewal.on,
            )
            run.report.too_late += 1
            continue
        _notice(run, kind, each)


def _deadline(renewal: UpcomingRenewal, terms: PlanTerms) -> date | None:
    """The last day notice can be given to refuse the renewal; None without a notice
    period (or at a fixed term's end, which needs no refusal)."""
    if terms.notice is None or renewal.kind is RenewalKind.TERM_END:
        return None
    return last_notice_day(renewal.on, terms.notice)


def _notice(run: _Run, kind: MessageKind, due: _DueNotice) -> None:
    session, renewal, plan = run.session, due.renewal, due.plan
    subscription = session.get_one(Subscription, renewal.subscription_id)
    customer = session.get_one(Customer, renewal.customer_id)
    language = customer.language
    values = {
        "plan": plan.name,
        "renewal_date": _long_day(renewal.on, language),
        "end_date": _long_day(renewal.on, language),
        "amount": formatting.amount(
            _with_vat(recurring_net(subscription), plan, run.company.vat_regime),
            plan.currency,
            language,
        ),
        "how_to_cancel": _how_to_cancel(run.today, renewal.on, due.deadline, language),
        "offer": plan.renewal_offer,
    }
    written = run.write(customer, kind, language, values, subscription_id=renewal.subscription_id)
    run.log(
        kind,
        ReminderOutcome.WRITTEN,
        written=written,
        subscription_id=renewal.subscription_id,
        renewal_on=renewal.on,
    )
    run.report.notices += 1


def _how_to_cancel(today: date, renewal_on: date, deadline: date | None, language: Language) -> str:
    """How to refuse the renewal: by the last day notice can be given, if still ahead
    (without a notice period, the day before the renewal)."""
    last_day = deadline or renewal_on - timedelta(days=1)
    if last_day < today:
        return words(language, "notice_passed")
    return words(language, "how_to_cancel", deadline=_long_day(last_day, language))


def _with_vat(net: Decimal, plan: Plan, regime: VatRegime) -> Decimal:
    """`net` with the plan's VAT as the seller's regime charges it."""
    rate, _category, _mention = vat_of(plan.vat_rate, regime)
    return net + round_money(net * rate / 100, plan.currency)
