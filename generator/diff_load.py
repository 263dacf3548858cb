"""Load the two versions for `diff` in parallel, one per core.

The old version loads in a forked worker, which sends back only its data (marshalled: plain
data, several times faster than pickle): the position tree stays there, and the worker answers
one batch of line lookups for the pointers that `diff` reports (a handful, against hundreds of
thousands of positions that would cost more to send than to look up).
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import pickle
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .loader import Document, check_openapi_version, load_document


def load_for_diff(path: Path, overlay: Path | None) -> Document:
    """A document with its overlay applied."""
    doc = load_document(path)
    check_openapi_version(doc)
    if overlay is not None:
        from .overlay import apply_overlay  # JSONPath and its regex engine: only when needed

        apply_overlay(doc, load_document(overlay))
    return doc


class RemoteDocument(Document):
    """The data of a document loaded in the worker; lines are asked of the worker."""

    connection: Connection | None = None

    def lines_of(self, pointers: list[str]) -> list[int]:
        if self.connection is None:
            return [0] * len(pointers)
        self.connection.send(pointers)
        lines: list[int] = self.connection.recv()
        self.connection.close()
        self.connection = None
        return lines


def load_pair(old: Path, new: Path, overlay: Path | None) -> tuple[Document, Document]:
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    worker = context.Process(target=_serve, args=(theirs, old, overlay), daemon=True)
    worker.start()
    theirs.close()
    collecting = gc.isenabled()
    gc.disable()  # allocation-heavy: the cycle collector would only re-scan the new objects
    try:
        new_doc = load_for_diff(new, overlay)
        message = ours.recv_bytes()
        kind, payload = message[:1], message[1:]
        received = marshal.loads(payload) if kind == b"M" else pickle.loads(payload)
    finally:
        if collecting:
            gc.enable()
    if kind == b"E":
        worker.join()
        raise received
    display, data = received
    old_doc = RemoteDocument(old, display, data, "")
    old_doc.connection = ours
    return old_doc, new_doc


def _serve(connection: Connection, path: Path, overlay: Path | None) -> None:
    gc.disable()
    try:
        doc = load_for_diff(path, overlay)
    except Exception as exc:  # the parent raises it as if it had loaded the document itself
        connection.send_bytes(b"E" + pickle.dumps(exc))
        return
    try:  # plain data: marshal is several times faster than pickle both ways
        message = b"M" + marshal.dumps((doc.display, doc.data))
    except ValueError:  # a type marshal does not know (a composed document's oddity)
        message = b"P" + pickle.dumps((doc.display, doc.data))
    connection.send_bytes(message)
    try:
        pointers: Any = connection.recv()
    except EOFError:
        return
    connection.send(doc.lines_of(pointers))
