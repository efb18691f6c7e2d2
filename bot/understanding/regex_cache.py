"""Big regular expressions compiled once per machine, not once per process.

`re.compile` parses a pattern in pure Python: one language's glossary, hundreds of phrases in one
alternation, takes about a tenth of a second, and all ten nearly a second, as long as `parse --jsonl`
takes to read 300 messages. The program the parser makes of a pattern is kept in a file and handed
straight to the matching engine in later processes, as `re` itself does after parsing
(`re._compiler.compile`), so the pattern is the same (`==`) as `re.compile` gives. A file holds one set
of patterns under a fixed name and is rewritten when the patterns or the Python change, so the cache
does not grow as the glossaries are edited. Without a usable cache directory the patterns are compiled
as usual.
"""

from __future__ import annotations

import _sre
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from re import _compiler as re_compiler
from re import _parser as re_parser
from typing import Any

# A pattern's program: the arguments of `_sre.compile` after the pattern itself.
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# No file, a file of other patterns, or a Python whose `re` works otherwise than 3.11's to 3.13's.
_FAILURES = (OSError, EOFError, ValueError, TypeError, RuntimeError, AttributeError)


def compile_all(name: str, patterns: Sequence[str]) -> list[re.Pattern[str]]:
    """`re.compile` of each pattern, by way of the cache file called `name`."""
    key = _key(patterns)
    path = _directory() / f"{name}.{sys.implementation.cache_tag}.marshal"
    try:
        stored_key, programs = marshal.loads(path.read_bytes())
        if stored_key == key:
            return _engine(patterns, programs)
    except _FAILURES:
        pass
    try:
        programs = [_program(pattern) for pattern in patterns]
        compiled = _engine(patterns, programs)
    except _FAILURES:
        return [re.compile(pattern) for pattern in patterns]
    _write(path, marshal.dumps((key, programs)))
    return compiled


def _key(patterns: Sequence[str]) -> str:
    digest = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}".encode())
    for pattern in patterns:
        digest.update(b"\0" + pattern.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _directory() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "absence-bot"


def _program(pattern: str) -> _Program:
    """What `re._compiler.compile` hands `_sre.compile`, in plain ints so that marshal can store it."""
    parsed = re_parser.parse(pattern, 0)
    code = [int(op) for op in re_compiler._code(parsed, 0)]
    groups: dict[str, int] = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for group_name, index in groups.items():
        names[index] = group_name
    return int(parsed.state.flags), code, parsed.state.groups - 1, groups, tuple(names)


def _engine(patterns: Sequence[str], programs: Sequence[Any]) -> list[re.Pattern[str]]:
    if len(programs) != len(patterns):
        raise ValueError("a cache file for other patterns")
    return [_sre.compile(pattern, *program) for pattern, program in zip(patterns, programs, strict=True)]


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all, so that a process reading it meanwhile never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    except OSError:
        return  # a read-only home: the patterns are compiled again next time
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
