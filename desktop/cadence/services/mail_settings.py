"""The owner's choices about messages: the SMTP server, which reminders Cadence
writes, the dunning steps, the late-payment rate, and the wording of each message.

The SMTP password is not here: `services.smtp_password` keeps it in the operating
system's keyring.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadence.domain.dunning import DEFAULT_STEPS, DunningStep, StepsError, check_steps
from cadence.domain.errors import FieldErrors, InvalidValue, message
from cadence.domain.i18n import QT_TRANSLATE_NOOP
from cadence.domain.identifiers import validate_email
from cadence.domain.messages import (
    MAX_BODY,
    MAX_SUBJECT,
    PLACEHOLDERS,
    MessageKind,
    Template,
    TemplateError,
    check_template,
    default_template,
)
from cadence.domain.parties import Language
from cadence.domain.text import clean_line
from cadence.services.common import apply_changes, optional, record_event
from cadence.store.models import (
    CompanySettings,
    DunningStepSetting,
    MailSettings,
    MessageTemplate,
    SmtpSecurity,
)

_HOST = QT_TRANSLATE_NOOP("Messages", "enter the server's name, such as smtp.example.com")
_HOST_FORM = QT_TRANSLATE_NOOP("Messages", "{value} is not a server name")
_PORT = QT_TRANSLATE_NOOP("Messages", "the port is a number from 1 to 65535")
_SENDER_NEEDED = QT_TRANSLATE_NOOP("Messages", "enter the address your messages are sent from")
_STEPS_LEVELS = QT_TRANSLATE_NOOP("Messages", "the reminders have three levels, 1 to 3")
_STEPS_RANGE = QT_TRANSLATE_NOOP(
    "Messages", "a reminder goes out between 1 and 365 days after the due date"
)
_STEPS_ORDER = QT_TRANSLATE_NOOP(
    "Messages", "each reminder level must come later than the one before it"
)
_RATE = QT_TRANSLATE_NOOP(
    "Messages", "the late-payment rate is a percentage per year from 0.01 to 100, such as 12.15"
)
_RATE_NEEDED = QT_TRANSLATE_NOOP(
    "Messages",
    "late-payment interest is charged at a level: enter the yearly rate (such as 12.15)",
)
_SUBJECT_EMPTY = QT_TRANSLATE_NOOP("Messages", "the subject cannot be empty")
_SUBJECT_LONG = QT_TRANSLATE_NOOP("Messages", "the subject is longer than {maximum} characters")
_BODY_EMPTY = QT_TRANSLATE_NOOP("Messages", "the message cannot be empty")
_BODY_LONG = QT_TRANSLATE_NOOP("Messages", "the message is longer than {maximum} characters")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Messages", "{field} is not one of this message's fields; use only: {fields}"
)
_BRACES = QT_TRANSLATE_NOOP(
    "Messages", "a brace is not closed; write {{{{ and }}}} for a brace of your own"
)

DEFAULT_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.SSL: 465, SmtpSecurity.NONE: 25}


@dataclass(frozen=True)
class MailSettingsData:
    """What the e-mail settings page shows and saves."""

    host: str = ""
    port: int = 587
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    username: str = ""
    sender_address: str = ""
    sender_name: str = ""
    bcc_owner: bool = False
    renewal_notices: bool = True
    dunning: bool = True

    @property
    def configured(self) -> bool:
        """A server and a sender address: Cadence can send on its own."""
        return bool(self.host and self.sender_address)


def get_mail_settings(session: Session) -> MailSettingsData:
    """The saved settings, or the defaults before they were ever saved."""
    row = session.get(MailSettings, 1)
    if row is None:
        return MailSettingsData()
    return MailSettingsData(
        host=row.host or "",
        port=row.port,
        security=row.security,
        username=row.username or "",
        sender_address=row.sender_address or "",
        sender_name=row.sender_name or "",
        bcc_owner=row.bcc_owner,
        renewal_notices=row.renewal_notices,
        dunning=row.dunning,
    )


def _host(value: str) -> str:
    host = value.strip().lower()
    labels = host.split(".")
    if (
        len(host) > 253
        or not all(labels)
        or any(len(label) > 63 or not label.replace("-", "").isalnum() for label in labels)
        or not all(label.isascii() for label in labels)
    ):
        raise InvalidValue(message(_HOST_FORM, value=value))
    return host


def save_mail_settings(
    session: Session, data: MailSettingsData, *, today: date, actor: str = "user"
) -> MailSettingsData:
    """Check and save the settings; a server without a sender address is refused.

    Leaving the host empty turns sending off: Cadence then prepares every message
    for the owner to print or send from their own mail program.
    """
    errors = FieldErrors()
    host = optional(errors, "host", data.host, _host)
    if isinstance(data.port, bool) or not 1 <= data.port <= 65535:
        errors.add("port", message(_PORT))
    sender = optional(errors, "sender_address", data.sender_address, validate_email)
    if host and not data.sender_address.strip():
        errors.add("sender_address", message(_SENDER_NEEDED))
    sender_name = optional(
        errors, "sender_name", data.sender_name, lambda text: clean_line(text, maximum=200)
    )
    username = optional(
        errors, "username", data.username, lambda text: clean_line(text, maximum=254)
    )
    errors.raise_if_any()
    row = session.get(MailSettings, 1)
    if row is None:
        row = MailSettings(id=1)
        session.add(row)
    changed = apply_changes(
        row,
        {
            "host": host,
            "port": data.port,
            "security": data.security,
            "username": username,
            "sender_address": sender,
            "sender_name": sender_name,
            "bcc_owner": data.bcc_owner,
            "renewal_notices": data.renewal_notices,
            "dunning": data.dunning,
        },
    )
    if changed:
        record_event(session, today, actor, "mail_settings", 1, "updated", details=changed)
    session.flush()
    return get_mail_settings(session)


# -- reminders: dunning steps and the late-payment rate ---------------------------------


@dataclass(frozen=True)
class ReminderSettings:
    steps: tuple[DunningStep, ...]
    late_interest_rate: Decimal | None  # per cent a year; None: no interest is charged


def get_dunning_steps(session: Session) -> tuple[DunningStep, ...]:
    """The three levels as the owner set them, or the defaults (7, 15, 30 days)."""
    rows = session.scalars(select(DunningStepSetting).order_by(DunningStepSetting.level)).all()
    if not rows:
        return DEFAULT_STEPS
    return tuple(
        DunningStep(
            level=row.level,
            days_after_due=row.days_after_due,
            enabled=row.enabled,
            charge_interest=row.charge_interest,
            charge_indemnity=row.charge_indemnity,
            attach_letter=row.attach_letter,
        )
        for row in rows
    )


def get_reminder_settings(session: Session) -> ReminderSettings:
    company = session.get(CompanySettings, 1)
    rate = None if company is None else company.late_interest_rate
    return ReminderSettings(get_dunning_steps(session), rate)


def parse_rate(value: str) -> Decimal | None:
    """'12,15' or '12.15' → Decimal('12.15'); empty → None."""
    text = value.strip().replace(",", ".").removesuffix("%").strip()
    if not text:
        return None
    try:
        rate = Decimal(text)
    except InvalidOperation:
        raise InvalidValue(message(_RATE)) from None
    if not rate.is_finite() or not Decimal("0.01") <= rate <= 100 or rate != round(rate, 2):
        raise InvalidValue(message(_RATE))
    return rate


def save_reminder_settings(
    session: Session, settings: ReminderSettings, *, today: date, actor: str = "user"
) -> ReminderSettings:
    """Check and save the dunning steps and the rate; all or nothing."""
    errors = FieldErrors()
    try:
        check_steps(settings.steps)
    except StepsError as error:
        template = {"levels": _STEPS_LEVELS, "range": _STEPS_RANGE}.get(str(error), _STEPS_ORDER)
        errors.add("steps", message(template))
    rate = settings.late_interest_rate
    if rate is not None and not Decimal("0.01") <= rate <= 100:
        errors.add("late_interest_rate", message(_RATE))
    if rate is None and any(step.enabled and step.charge_interest for step in settings.steps):
        errors.add("late_interest_rate", message(_RATE_NEEDED))
    errors.raise_if_any()
    existing = {row.level: row for row in session.scalars(select(DunningStepSetting))}
    for step in settings.steps:
        row = existing.get(step.level) or DunningStepSetting(level=step.level)
        if row.level not in existing:
            session.add(row)
        apply_changes(
            row,
            {
                "days_after_due": step.days_after_due,
                "enabled": step.enabled,
                "charge_interest": step.charge_interest,
                "charge_indemnity": step.charge_indemnity,
                "attach_letter": step.attach_letter,
            },
        )
    company = session.get(CompanySettings, 1)
    if company is not None:
        company.late_interest_rate = rate
    record_event(session, today, actor, "reminder_settings", 1, "updated", details={"rate": rate})
    session.flush()
    return get_reminder_settings(session)


# -- templates ------------------------------------------------------------------------


def get_template(session: Session, kind: MessageKind, language: Language) -> Template:
    """The owner's wording of `kind` in `language`, or Cadence's default."""
    row = session.scalar(
        select(MessageTemplate).where(
            MessageTemplate.kind == kind, MessageTemplate.language == language
        )
    )
    return default_template(kind, language) if row is None else Template(row.subject, row.body)


def _checked(kind: MessageKind, field: str, text: str, maximum: int, errors: FieldErrors) -> str:
    text = text.replace("\r\n", "\n").strip()
    empty, long = (
        (_SUBJECT_EMPTY, _SUBJECT_LONG) if field == "subject" else (_BODY_EMPTY, _BODY_LONG)
    )
    if not text:
        errors.add(field, message(empty))
    elif len(text) > maximum:
        errors.add(field, message(long, maximum=maximum))
    elif field == "subject" and "\n" in text:
        errors.add(field, message(_SUBJECT_LONG, maximum=maximum))
    else:
        try:
            check_template(kind, text)
        except TemplateError as error:
            if error.problem == "syntax":
                errors.add(field, message(_BRACES))
            else:
                fields = ", ".join("{" + name + "}" for name in PLACEHOLDERS[kind])
                errors.add(field, message(_UNKNOWN_FIELD, field=error.field, fields=fields))
    return text


def save_template(
    session: Session,
    kind: MessageKind,
    language: Language,
    template: Template,
    *,
    today: date,
    actor: str = "user",
) -> Template:
    """Check and save the owner's wording; a field the kind lacks is refused by name."""
    errors = FieldErrors()
    subject = _checked(kind, "subject", template.subject, MAX_SUBJECT, errors)
    body = _checked(kind, "body", template.body, MAX_BODY, errors)
    errors.raise_if_any()
    row = session.scalar(
        select(MessageTemplate).where(
            MessageTemplate.kind == kind, MessageTemplate.language == language
        )
    )
    if row is None:
        row = MessageTemplate(kind=kind, language=language, subject=subject, body=body)
        session.add(row)
    else:
        row.subject, row.body = subject, body
    session.flush()
    record_event(
        session,
        today,
        actor,
        "message_template",
        row.id,
        "updated",
        details={"kind": kind, "language": language},
    )
    session.flush()
    return Template(subject, body)


def reset_template(session: Session, kind: MessageKind, language: Language) -> Template:
    """Forget the owner's wording: Cadence's default applies again."""
    row = session.scalar(
        select(MessageTemplate).where(
            MessageTemplate.kind == kind, MessageTemplate.language == language
        )
    )
    if row is not None:
        session.delete(row)
        session.flush()
    return default_template(kind, language)
