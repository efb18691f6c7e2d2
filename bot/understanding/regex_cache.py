"""Big regular expressions compiled once per machine, not once per process.

`re.compile` parses a pattern in pure Python: one language's glossary, hundreds of phrases in one
alternation, takes a tenth of a second or more, and all ten over a second, as long as `parse --jsonl`
takes to read 300 messages. The program the parser makes of a pattern is kept in a file and handed
straight to the matching engine in later processes, as `re` itself does after parsing
(`re._compiler.compile`), so the pattern is the same (`==`) as `re.compile` gives. A file is named by
a hash of its patterns, their recipe and the Python, so that two versions of the bot on one machine do
not overwrite each other's; when a version writes one, the files of other versions written over a week
before are deleted, so the cache does not grow as the glossaries are edited. Without a usable cache
directory the patterns are compiled as usual.
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
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from re import _compiler as re_compiler
from re import _parser as re_parser
from typing import Any

# A pattern's program: the arguments of `_sre.compile` after the pattern itself.
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# What a recipe makes of its source: the patterns, and anything else marshal can store.
Built = tuple[list[str], Any]
# No file, a spoilt file, or a Python whose `re` works otherwise than 3.11's to 3.13's.
_FAILURES = (OSError, EOFError, ValueError, TypeError, RuntimeError, AttributeError)
_STALE_SECONDS = 7 * 24 * 3600


def compile_all(name: str, patterns: Sequence[str]) -> list[re.Pattern[str]]:
    """`re.compile` of each pattern, by way of the cache files of `name`."""
    compiled, _ = compile_built(name, patterns, _as_they_are)
    return compiled


def compile_built(
    name: str, source: Sequence[str], recipe: Callable[[Sequence[str]], Built]
) -> tuple[list[re.Pattern[str]], Any]:
    """The patterns `recipe` makes of `source`, compiled, and the rest of what it makes. The recipe is
    followed only when no cache file of `name` holds what it made of this source in this version of the
    recipe's module."""
    key = _key(source, recipe)
    path = _directory() / f"{name}.{key[:24]}.marshal"
    try:
        stored_key, patterns, extra, programs = marshal.loads(path.read_bytes())
        if stored_key == key:
            return _engine(patterns, programs), extra
    except _FAILURES:
        pass
    patterns, extra = recipe(source)
    try:
        programs = [_program(pattern) for pattern in patterns]
        compiled = _engine(patterns, programs)
    except _FAILURES:
        return [re.compile(pattern) for pattern in patterns], extra
    _write(path, marshal.dumps((key, patterns, extra, programs)))
    _delete_stale(path, name)
    return compiled, extra


def _as_they_are(patterns: Sequence[str]) -> Built:
    return list(patterns), None


def _key(source: Sequence[str], recipe: Callable[[Sequence[str]], Built]) -> str:
    digest = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{recipe.__qualname__}".encode())
    digest.update(_module_digest(recipe.__module__))
    for pattern in source:
        digest.update(b"\0" + pattern.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@cache
def _module_digest(module: str) -> bytes:
    """The module's source, hashed: a recipe's output changes only with the code it is written in."""
    file = sys.modules[module].__file__
    if file is None:
        return os.urandom(32)  # no source to tell versions apart: a key no file holds
    return hashlib.sha256(Path(file).read_bytes()).digest()


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
    return [_sre.compile(pattern, *program) for pattern, program in zip(patterns, programs, strict=True)]


def _delete_stale(kept: Path, name: str) -> None:
    for path in kept.parent.glob(f"{name}.*.marshal"):
        with contextlib.suppress(OSError):
            if path != kept and time.time() - path.stat().st_mtime > _STALE_SECONDS:
                path.unlink()


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
