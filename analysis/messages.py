r"""Messages to people on standard error, never on the data stream, never able to drive the
terminal: control characters from file names, ids or text (an escape sequence that clears
the screen or writes the clipboard) are shown escaped.

>>> shown("a\x1b]52;c;aGk=\x07b.txt")
'a\\x1b]52;c;aGk=\\x07b.txt'
"""
from __future__ import annotations

import re
import sys

__all__ = ["CONTROL", "say", "shown"]

#: C0 controls but the tab, DEL, C1 controls, the bidirectional overrides and isolates (which
#: can make a name read backwards), and lone surrogates (which no stream can encode).
CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown(text: str) -> str:
    """``text`` with each control character written as its escape (``\\x1b``, ``\\u202e``)."""
    return CONTROL.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def say(message: object) -> None:
    """Write a message to standard error, each of its lines escaped (nothing when standard
    error is closed or broken)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write("\n".join(map(shown, str(message).split("\n"))) + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass
