"""A message and its attachments as files: written for the owner's mail program or PDF
reader to open, or saved where the owner chooses. Files are written whole or not at
all (a temporary name, then renamed), on a worker thread, never the window's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from sqlalchemy.orm import Session

from cadence.services.outbox import attachment_file, build_email
from cadence.services.pdfs import write_atomically
from cadence.ui.operations import DbOp, Operations

FOLDER_KEY = "messages/folder"
MAX_NAME = 80  # characters of a subject kept in a file's name

# Opens a file with the system's program for it (QDesktopServices.openUrl); tests give theirs.
OpenUrl = Callable[[QUrl], bool]


def scratch_folder() -> Path:
    """Where files handed to another program are written: the system's temporary
    folder, left there because that program may read them long after."""
    temporary = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    return Path(temporary) / "cadence-messages"


def safe_name(text: str, suffix: str) -> str:
    """A file name from user text (a subject, an attachment's name): nothing a disk
    refuses, no folder, never empty."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    name = re.sub(r"\s+", " ", name)[:MAX_NAME].strip(" .") or "message"
    return name if name.lower().endswith(suffix) else name + suffix


def email_bytes(session: Session, message_id: int) -> bytes:
    """The message as an .eml file, marked as not sent yet so that a mail program
    (Outlook, Thunderbird) opens it as a draft to send rather than as mail received."""
    email: EmailMessage = build_email(session, message_id)
    email["X-Unsent"] = "1"
    return email.as_bytes(policy=SMTP)


@dataclass(frozen=True)
class Written:
    """A file written, or why it could not be (the disk's own words)."""

    path: Path
    problem: str | None = None


def _write(content: bytes, path: Path) -> Written:
    try:
        write_atomically(content, path)
    except OSError as error:
        return Written(path, error.strerror or str(error))
    return Written(path)


def write_email(
    operations: Operations, message_id: int, subject: str, path: Path | None
) -> DbOp[Written]:
    """An operation writing the message as an .eml file at `path` (None: in the
    scratch folder, named after its subject)."""
    target = path or scratch_folder() / f"m{message_id}" / safe_name(subject, ".eml")
    return DbOp(operations, lambda session: _write(email_bytes(session, message_id), target))


def write_attachment(
    operations: Operations, attachment_id: int, file_name: str, path: Path | None
) -> DbOp[Written]:
    """An operation writing an attachment at `path` (None: in the scratch folder)."""
    target = path or scratch_folder() / f"a{attachment_id}" / safe_name(file_name, "")

    def work(session: Session) -> Written:
        return _write(attachment_file(session, attachment_id).content, target)

    return DbOp(operations, work)


def open_attachment(
    operations: Operations,
    attachment_id: int,
    file_name: str,
    open_url: OpenUrl,
    on_problem: Callable[[str], None],
    initiator: QObject,
) -> None:
    """Write the attachment to the scratch folder, then open it with the system's
    program for it (a PDF reader); `on_problem` says why when the disk refused it."""

    def written(result: Written) -> None:
        if result.problem is not None:
            on_problem(result.problem)
        else:
            open_url(QUrl.fromLocalFile(str(result.path)))

    write_attachment(operations, attachment_id, file_name, None).success(written).run(initiator)
