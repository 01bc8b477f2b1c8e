"""The one validation policy for pamphlet's TOML files: pamphlet.toml, layout.toml and
collection.toml are each read into typed dataclasses, key by key.

- Every problem is collected and reported with its file and key
  (``layout.toml: 'type.body_pt': expected a number, got 'big'``), never one at a time.
- Nothing is coerced: a string is never a boolean or a number; numbers are finite and
  within the range the field declares.
- Unknown keys are warned about, never silently ignored.

A field declares its checks with :func:`setting`; the reader takes the field's type
(str, bool, int, float, an Enum, a Literal, a tuple, a nested dataclass, a dict or a list
of them) from the annotation.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import logging
import math
import re
import tomllib
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING
from pathlib import Path

from pamphlet.errors import ConfigError
from pamphlet.files import RefusedFile, read_limited

log = logging.getLogger("pamphlet")

#: A TOML file larger than this is refused before it is parsed.
MAX_TOML_BYTES = 256_000


def setting(default=MISSING, *, default_factory=MISSING, expected: str | None = None,
            low: float | None = None, high: float | None = None, items: int | None = None,
            pattern: str | None = None, nonempty: bool = False,
            check: Callable[[object], bool] | None = None, internal: bool = False):
    """A dataclass field with the checks the reader applies to its TOML value.

    ``expected`` words the problem ("a colour such as \"#e30613\""); ``low``/``high``
    bound numbers (and each number of a tuple); ``items`` fixes a tuple's length;
    ``pattern`` is a regular expression a text must match in full; ``nonempty`` refuses
    empty text or lists; ``check`` is any further test of the converted value;
    ``internal`` fields are set by pamphlet, never read from the file.
    """
    metadata = {"expected": expected, "low": low, "high": high, "items": items,
                "pattern": re.compile(pattern) if pattern else None, "nonempty": nonempty,
                "check": check, "internal": internal}
    return dataclasses.field(default=default, default_factory=default_factory,
                             metadata=metadata)


class Problems:
    """The problems found in one file, each one line naming the file and the key."""

    def __init__(self, path: Path | str):
        self.path = path
        self.messages: list[str] = []
        #: The keys whose values were refused.
        self.keys: set[str] = set()

    def fail(self, key: str, expected: str, got: object) -> None:
        self.keys.add(key)
        self.messages.append(f"{self.path}: '{key}': expected {expected}, got {_shown(got)}")

    def add(self, message: str, line: int | None = None) -> None:
        where = f"{self.path}:{line}" if line else f"{self.path}"
        self.messages.append(f"{where}: {message}")

    def warn_unknown(self, key: str) -> None:
        log.warning("%s: unrecognised key '%s'", self.path, key)

    def raise_if_any(self, error: type[Exception] = ConfigError) -> None:
        if self.messages:
            raise error("\n".join(self.messages))


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def read_toml(path: Path, error: type[Exception] = ConfigError) -> dict:
    """A TOML file's tables, or ``error`` naming the file (and the place, for bad TOML)."""
    try:
        return tomllib.loads(read_limited(path, MAX_TOML_BYTES).decode("utf-8"))
    except RefusedFile as problem:
        raise error(f"{path}: {problem}") from None
    except OSError as problem:
        raise error(f"{path}: cannot be read ({problem.strerror})") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8 text") from None
    except (tomllib.TOMLDecodeError, RecursionError) as problem:
        raise error(f"{path}: {str(problem) or 'not valid TOML'}") from None


T = typing.TypeVar("T")


def read_dataclass(cls: type[T], table: object, problems: Problems, prefix: str = "") -> T:
    """``cls`` built from a TOML table: good values taken, bad ones reported and replaced
    by the field's default, unknown keys warned about."""
    if not isinstance(table, dict):
        problems.fail(prefix.rstrip(".") or "file", "a table", table)
        table = {}
    hints = _type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)
              if f.init and not f.metadata.get("internal")}
    for key in table:
        if key not in fields:
            problems.warn_unknown(f"{prefix}{key}")
    values = {}
    for name, field in fields.items():
        if name not in table:
            continue
        ok, value = _convert(hints[name], table[name], field.metadata, problems,
                             f"{prefix}{name}")
        if ok:
            values[name] = value
    instance = cls(**values)
    validate = getattr(instance, "validate", None)
    if validate is not None:
        validate(problems, prefix)
    return instance


@functools.cache
def _type_hints(cls: type) -> dict:
    """The fields' types, evaluated once per class (the annotations are strings)."""
    return typing.get_type_hints(cls)


_NOT_GIVEN = object()


def _convert(kind, value, meta, problems: Problems, key: str) -> tuple[bool, object]:
    """(True, the typed value) or (False, None) with the problem recorded."""
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):  # X | None: TOML has no null, None = absent
        kind = next(arg for arg in args if arg is not type(None))
        origin, args = typing.get_origin(kind), typing.get_args(kind)
    expected = meta.get("expected")
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            problems.fail(key, expected or "a table", value)
            return False, None
        return True, read_dataclass(kind, value, problems, f"{key}.")
    if origin is dict:
        return _convert_dict(args[1], value, meta, problems, key)
    if origin in (tuple, list):
        return _convert_sequence(kind, origin, args, value, meta, problems, key)
    converted = _scalar(kind, value, meta)
    if converted is _NOT_GIVEN:
        problems.fail(key, expected or _describe(kind, meta), value)
        return False, None
    return True, converted


def _convert_dict(item_kind, value, meta, problems: Problems, key: str):
    if not isinstance(value, dict):
        problems.fail(key, meta.get("expected") or "a table of tables", value)
        return False, None
    out = {}
    for name, item in value.items():
        ok, converted = _convert(item_kind, item, {}, problems, f"{key}.{name}")
        if ok:
            out[name] = converted
    return True, out


def _convert_sequence(kind, origin, args, value, meta, problems: Problems, key: str):
    expected = meta.get("expected")
    item_kind = args[0] if args else str
    if not isinstance(value, list):
        problems.fail(key, expected or _describe(kind, meta), value)
        return False, None
    if dataclasses.is_dataclass(item_kind):
        items = []
        for number, item in enumerate(value, 1):
            ok, converted = _convert(item_kind, item, {}, problems, f"{key}[{number}]")
            if ok:
                items.append(converted)
        return True, (tuple(items) if origin is tuple else items)
    wanted = meta.get("items")
    converted = [_scalar(item_kind, item, meta, item=True) for item in value]
    if (_NOT_GIVEN in converted or (wanted is not None and len(value) != wanted)
            or (meta.get("nonempty") and not value)):
        problems.fail(key, expected or _describe(kind, meta), value)
        return False, None
    result = tuple(converted) if origin is tuple else converted
    check = meta.get("check")
    if check is not None and not check(result):
        problems.fail(key, expected or _describe(kind, meta), value)
        return False, None
    return True, result


def _scalar(kind, value, meta, item: bool = False):
    """The value as ``kind`` if it is one and passes the field's checks, else _NOT_GIVEN
    (for an ``item`` of a list, the list's own checks come after)."""
    if isinstance(value, bool) and kind is not bool:
        return _NOT_GIVEN
    if kind is bool:
        result = value if isinstance(value, bool) else _NOT_GIVEN
    elif kind is int:
        result = value if isinstance(value, int) else _NOT_GIVEN
    elif kind is float:
        result = float(value) if isinstance(value, int | float) and math.isfinite(value) \
            else _NOT_GIVEN
    elif kind in (str, Path):
        if not isinstance(value, str):
            return _NOT_GIVEN
        result = value.strip()
        pattern = meta.get("pattern")
        if (pattern and not pattern.fullmatch(value)) or \
                ((item or meta.get("nonempty")) and not result):
            return _NOT_GIVEN
        result = Path(result) if kind is Path else result
    elif isinstance(kind, type) and issubclass(kind, enum.Enum):
        result = next((member for member in kind if member.value == value), _NOT_GIVEN)
    elif typing.get_origin(kind) is typing.Literal:
        result = value if value in typing.get_args(kind) else _NOT_GIVEN
    else:
        raise TypeError(f"schema: unsupported field type {kind!r}")
    if result is _NOT_GIVEN:
        return result
    if kind in (int, float):
        low, high = meta.get("low"), meta.get("high")
        if (low is not None and result < low) or (high is not None and result > high):
            return _NOT_GIVEN
    check = meta.get("check")
    if check is not None and not item and not check(result):
        return _NOT_GIVEN
    return result


def _describe(kind, meta) -> str:
    """What a value of ``kind`` should look like, in words."""
    origin = typing.get_origin(kind)
    if origin in (tuple, list):
        args = typing.get_args(kind)
        item = _describe(args[0] if args else str, meta)
        count = meta.get("items")
        return f"a list of {count} {item}s" if count else f"a list of {item}s"
    if kind is bool:
        return "true or false"
    if kind in (int, float):
        noun = "a whole number" if kind is int else "a number"
        low, high = meta.get("low"), meta.get("high")
        if low is not None and high is not None:
            return f"{noun} from {low:g} to {high:g}"
        if low is not None:
            return f"{noun} of at least {low:g}"
        return noun
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return " or ".join(f'"{member.value}"' for member in kind)
    if typing.get_origin(kind) is typing.Literal:
        return " or ".join(f'"{value}"' for value in typing.get_args(kind))
    return "text"
