"""What a caller passes in, checked in one place for every entry point: the library's
``extract``, ``explain``, ``clean``, ``figure_rows`` and ``Briefing``, the command line's
``--date`` and each ``--batch`` line.

>>> check_text("破获案件12起")
'破获案件12起'
>>> check_text(b"x")
Traceback (most recent call last):
...
TypeError: text must be a str, not bytes: decode it first (data.decode("utf-8"), or analysis.engine.inputs.decode(data))
"""
from __future__ import annotations

import datetime as _dt
import re

__all__ = ["DocumentError", "check_date", "check_text"]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class DocumentError(ValueError):
    """A document that is not ``{"text": str, "id": str | number (optional), "date": YYYY-MM-DD
    (optional)}``, or a date that is not one; the message says what is wrong."""


def check_text(value: object, what: str = "text") -> str:
    """``value`` if it is a ``str``; else a :class:`TypeError` naming the type expected."""
    if isinstance(value, str):
        return value
    hint = (': decode it first (data.decode("utf-8"), or analysis.engine.inputs.decode(data))'
            if isinstance(value, (bytes, bytearray, memoryview)) else "")
    raise TypeError(f"{what} must be a str, not {type(value).__name__}{hint}")


def check_date(value: object) -> str | None:
    """``value`` if it is a real calendar date written ``YYYY-MM-DD`` (or None); else
    :class:`DocumentError` naming it.

    >>> check_date("2023-11-16")
    '2023-11-16'
    >>> check_date("2023-13-45")
    Traceback (most recent call last):
    ...
    analysis.engine.arguments.DocumentError: date '2023-13-45' is not a calendar date (month 13?); write YYYY-MM-DD, e.g. 2023-11-16
    >>> check_date(5)
    Traceback (most recent call last):
    ...
    analysis.engine.arguments.DocumentError: date 5 is not a date; write YYYY-MM-DD, e.g. 2023-11-16
    """
    if value is None:
        return None
    hint = "write YYYY-MM-DD, e.g. 2023-11-16"
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise DocumentError(f"date {value!r} is not a date; {hint}")
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        month = int(value[5:7])
        why = f" (month {month}?)" if not 1 <= month <= 12 else " (no such day)"
        raise DocumentError(f"date {value!r} is not a calendar date{why}; {hint}") from None
    return value
