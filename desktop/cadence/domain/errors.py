"""Errors the user can act on, and the messages they carry.

A message is an English template with named parameters. The template is the
translation key (see `i18n.py`); `str()` gives the English text for the
command line and the logs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Message:
    """A translatable template and the values that fill it."""

    template: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __str__(self) -> str:
        return self.template.format(**self.params)


def message(template: str, **params: Any) -> Message:
    return Message(template, MappingProxyType(dict(params)))


class KnownError(Exception):
    """An error caused by the user's input or data, shown to them as is."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


class InvalidValue(KnownError):
    """A single value is wrong; the caller knows which field it came from."""


class NotFoundError(KnownError):
    """The row the user asked for does not exist (any more)."""


class ConflictError(KnownError):
    """The action is valid in itself but not in the current state of the data."""


class ValidationError(KnownError):
    """One or more fields are wrong; `errors` maps each field name to its message."""

    def __init__(self, errors: Mapping[str, Message]) -> None:
        if not errors:
            raise ValueError("a ValidationError needs at least one field error")
        self.errors: Mapping[str, Message] = MappingProxyType(dict(errors))
        summary = "; ".join(f"{name}: {text}" for name, text in self.errors.items())
        # The summary is already filled in: pass it as a parameter so braces in
        # user values are never read as placeholders.
        super().__init__(message("{summary}", summary=summary))

    @classmethod
    def single(cls, field_name: str, msg: Message) -> ValidationError:
        return cls({field_name: msg})


class FieldErrors:
    """Collects every field error of a form, so the user sees them all at once."""

    def __init__(self) -> None:
        self._errors: dict[str, Message] = {}

    def add(self, field_name: str, msg: Message) -> None:
        self._errors.setdefault(field_name, msg)

    def check(self, field_name: str, validate: Callable[[], T]) -> T | None:
        """Run one validator; record its error under `field_name`.

        A missing or unusable row the field refers to (a customer id, a plan id)
        is that field's error too.
        """
        try:
            return validate()
        except (InvalidValue, NotFoundError, ConflictError) as error:
            self.add(field_name, error.message)
            return None

    def has(self, field_name: str) -> bool:
        return field_name in self._errors

    def __bool__(self) -> bool:
        return bool(self._errors)

    def raise_if_any(self) -> None:
        if self._errors:
            raise ValidationError(self._errors)
