"""The Jinja environment layouts render in: one per layout search path.

A workspace's layouts come from whoever shared the workspace, so templates are data, not
code: they render in Jinja's immutable sandbox (no attribute starting with ``_``, no
method that changes a value, no access to Python's internals), with only the filters,
tests and globals the layouts use. The loader reads only regular files that stay inside
their layouts folder: a symlink out of it, a FIFO or a huge file is refused.

Nor may a template spend the machine: an operation whose result would be absurdly large
(a text or list repeated, padded or formatted to millions, a power of thousands of digits)
is refused before it is computed, a render has a CPU-time budget, and the process setting
it a memory budget (load/budget.py). Every failure is one line naming the template file
and line.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from functools import cache, update_wrapper, wraps
from pathlib import Path, PurePath

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import EscapeFormatter, Markup

from pamphlet.errors import LayoutError
from pamphlet.files import RefusedFile, inside, read_limited
from pamphlet.load import budget
from pamphlet.load.budget import OverBudget, cpu_budget, memory_message

#: A template larger than this is no layout.
MAX_TEMPLATE_BYTES = 1_000_000

#: The filters layouts may use: Jinja's filters on text, numbers and lists (each one
#: pure, and run inside the sandbox's attribute rules); none that reaches further.
FILTERS = ("abs", "batch", "capitalize", "center", "count", "d", "default", "dictsort", "e",
           "escape", "first", "float", "format", "groupby", "indent", "int", "items", "join",
           "last", "length", "list", "lower", "map", "max", "min", "reject", "rejectattr",
           "replace", "reverse", "round", "safe", "select", "selectattr", "slice", "sort",
           "string", "striptags", "sum", "title", "tojson", "trim", "truncate", "unique",
           "upper", "wordcount", "wordwrap")
#: Globals: ``range`` for repeated elements (notes lines), ``loop`` is Jinja's own.
GLOBALS = ("range",)
#: What a template may ask of a path.
PATH_ATTRIBUTES = ("name", "stem", "suffix")
#: The longest ``range`` a template may ask for (Jinja's own sandbox allows 100,000).
MAX_RANGE = 10_000
#: The most characters or items one operation in a template may make: a text or list
#: repeated, a value padded or formatted to a width (a placard's page holds a few hundred
#: characters, a book's contents page a few thousand).
MAX_SIZE = 1_000_000
#: The most digits a number a template computes may have (Python prints at most 4,300).
MAX_DIGITS = 10_000
#: The most decimal places ``round`` may be asked for, and the widest ``tojson`` indent.
MAX_PLACES = 100
_BITS_PER_DIGIT = math.log2(10)


class RootedLoader(jinja2.FileSystemLoader):
    """Templates from the layout search path: regular files under their root only."""

    def get_source(self, environment, template):
        for root in self.searchpath:
            pieces = jinja2.loaders.split_template_path(template)
            path = os.path.join(root, *pieces)
            if not os.path.lexists(path):
                continue
            if not inside(Path(path), (Path(root),)):
                raise jinja2.TemplateNotFound(
                    template, f"template '{template}' leads out of {root} (to "
                              f"{os.path.realpath(path)}); copy it in instead of linking it")
            try:
                source = read_limited(Path(path), MAX_TEMPLATE_BYTES).decode("utf-8")
            except (RefusedFile, OSError, UnicodeDecodeError) as error:
                raise jinja2.TemplateNotFound(
                    template, f"template '{template}' in {root} cannot be read: "
                              f"{error}") from None
            mtime = os.path.getmtime(path)

            def uptodate(path=path, mtime=mtime) -> bool:
                try:
                    return os.path.getmtime(path) == mtime
                except OSError:
                    return False

            return source, os.path.normpath(path), uptodate
        raise jinja2.TemplateNotFound(template)


def _range(*args):
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise jinja2.sandbox.SecurityError(f"range of {len(numbers):,} items; a template may "
                                           f"ask for at most {MAX_RANGE:,}")
    return numbers


def _refuse(what: str, size: int, limit: int = MAX_SIZE, unit: str = "characters"):
    """SecurityError when ``what`` would make more than ``limit`` ``unit``."""
    if size > limit:
        raise SecurityError(f"{what} would make {size:,} {unit}, more than the {limit:,} a "
                            "template may make at once")


def _digits(bits: float) -> int:
    return int(bits / _BITS_PER_DIGIT) + 1


def _check_binop(operator_: str, left, right) -> None:
    """Refuse ``left <operator_> right`` when its result would be absurdly large."""
    sequences = (str, bytes, list, tuple)
    if operator_ == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, sequences) and isinstance(times, int):
                kind, unit = (("text", "characters") if isinstance(seq, str)
                              else ("list", "items"))
                _refuse(f"repeating a {kind} {times:,} times",
                        len(seq) * max(times, 0), unit=unit)
        if isinstance(left, int) and isinstance(right, int):
            bits = left.bit_length() + right.bit_length()
            _refuse("this product", _digits(bits), MAX_DIGITS, "digits")
    elif operator_ == "**":
        if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
            bits = right * math.log2(abs(left))
            _refuse(f"{left if left.bit_length() < 64 else 'this number'} ** {right:,}",
                    _digits(bits), MAX_DIGITS, "digits")
    elif operator_ == "%" and isinstance(left, str):
        _check_percent(left, right)


#: A ``%`` conversion: its width and precision (digits, or ``*``: taken from the values).
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([a-zA-Z%])")


def _check_percent(text: str, values) -> None:
    """Refuse a ``%`` format whose width or precision is absurd (``"%2000000000d" % 1``)."""
    if "%" not in text:
        return
    for match in _PERCENT.finditer(text):
        for number in match.group(1, 2):
            if number == "*":
                raise SecurityError("a '*' width or precision in a % format: write the "
                                    "number into the format")
            if number:
                _refuse(f"the % format {match.group(0)[:20]!r}", int(number))


def _check_spec(spec: str) -> None:
    """Refuse a ``str.format`` spec whose width or precision is absurd (``{:2000000000}``)."""
    for number in re.findall(r"\d+", spec):
        _refuse(f"the format spec {spec[:20]!r}", int(number))


class _CheckedFormatter(jinja2.sandbox.SandboxedFormatter):
    def format_field(self, value, format_spec: str):
        _check_spec(format_spec)
        return super().format_field(value, format_spec)


class _CheckedEscapeFormatter(_CheckedFormatter, EscapeFormatter):
    pass


def _checked_str_method(method, args: tuple) -> None:
    """Refuse a call of a text or number method whose result would be absurdly large."""
    owner, name = getattr(method, "__self__", None), getattr(method, "__name__", "")
    if isinstance(owner, str):
        if name in ("center", "ljust", "rjust", "zfill") and args \
                and isinstance(args[0], int):
            _refuse(f"{name}({args[0]:,})", args[0])
        elif name == "expandtabs" and args and isinstance(args[0], int):
            _refuse(f"expandtabs({args[0]:,})", len(owner) + owner.count("\t") * args[0])
        elif name == "replace" and len(args) >= 2:
            _check_replace(owner, *args[:3])
    elif isinstance(owner, int) and name == "to_bytes" and args and isinstance(args[0], int):
        _refuse(f"to_bytes({args[0]:,})", args[0], unit="bytes")


def _check_replace(text: str, old, new, count=None) -> None:
    if isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
        found = len(text) + 1 if not old else text.count(old)
        if isinstance(count, int) and count >= 0:
            found = min(found, count)
        _refuse("this replace", len(text) + found * (len(new) - len(old)))


def _filter_guards() -> dict[str, Callable]:
    """Checks run on a filter's arguments (the value first) before the filter runs."""

    def center(value, width=80, *_):
        if isinstance(width, int):
            _refuse(f"center({width:,})", width)

    def indent(value, width=4, *_, **__):
        if isinstance(width, int):
            lines = str(value).count("\n") + 1
            _refuse(f"indent({width:,})", len(str(value)) + width * lines)

    def format_(value, *args, **kwargs):
        _check_percent(str(value), kwargs or args)

    def batch(value, linecount=1, *_, **__):
        if isinstance(linecount, int):
            _refuse(f"batch({linecount:,})", linecount, unit="items")

    def slice_(value, slices=1, *_, **__):
        if isinstance(slices, int):
            _refuse(f"slice({slices:,})", slices, unit="lists")

    def tojson(value, indent=None):
        if isinstance(indent, int):
            _refuse(f"tojson(indent={indent:,})", indent, MAX_PLACES, "spaces of indent")

    def replace(value, old="", new="", count=None):
        _check_replace(str(value), old, new, count)

    def round_(value, precision=0, *_, **__):
        if isinstance(precision, int):
            _refuse(f"round({precision:,})", abs(precision), MAX_PLACES, "decimal places")

    return {"center": center, "indent": indent, "format": format_, "batch": batch,
            "slice": slice_, "tojson": tojson, "replace": replace, "round": round_}


def _guarded(function: Callable, guard: Callable) -> Callable:
    """``function`` (a Jinja filter) with ``guard`` checking its arguments first."""
    skip = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0

    @wraps(function)
    def checked(*args, **kwargs):
        guard(*args[skip:], **kwargs)
        return function(*args, **kwargs)

    return checked


class LayoutEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with Jinja's filters, tests and globals cut down to what layouts use,
    and operations that would make absurdly large values refused before they run (no unary
    operator is intercepted: ``-x`` costs what ``x`` cost)."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options):
        super().__init__(**options)
        guards = _filter_guards()
        self.filters = {name: _guarded(self.filters[name], guards[name]) if name in guards
                        else self.filters[name] for name in FILTERS if name in self.filters}
        self.globals = {"range": _range}

    def call_binop(self, context, operator_: str, left, right):
        _check_binop(operator_, left, right)
        return self.binop_table[operator_](left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's signature)
        _checked_str_method(__obj, args)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value):
        """``str.format`` in the sandbox (attribute rules on its fields), every width and
        precision checked as the fields are formatted."""
        if super().wrap_str_format(value) is None:
            return None
        text, is_map = value.__self__, value.__name__ == "format_map"
        formatter = (_CheckedEscapeFormatter(self, escape=text.escape)
                     if isinstance(text, Markup) else _CheckedFormatter(self))

        def wrapper(*args, **kwargs):
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                args, kwargs = (), args[0]
            return type(text)(formatter.vformat(text, args, kwargs))

        return update_wrapper(wrapper, value)

    def is_safe_attribute(self, obj, attr, value) -> bool:
        """The sandbox's rules, and a path is only a name: a template given a statement's
        ``src_path`` must not read or list files through it."""
        if isinstance(obj, PurePath):
            return attr in PATH_ATTRIBUTES
        return super().is_safe_attribute(obj, attr, value)


@cache
def jinja_environment(roots: tuple[Path, ...]) -> jinja2.Environment:
    """One autoescaping, strict, sandboxed Jinja environment per layout search path."""
    return LayoutEnvironment(
        loader=RootedLoader([str(root) for root in roots]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_template(environment: jinja2.Environment, names: list[str], where: Path, /,
                    **values) -> str:
    """The first of ``names`` that exists, rendered with ``values`` within the template
    budget; any failure is a LayoutError naming the template file and line (``where``, the
    layout's folder, when Jinja gives none)."""
    try:
        with cpu_budget(budget.TEMPLATE_SECONDS, "rendering the template", "template"):
            return environment.select_template(names).render(**values)
    except jinja2.TemplateSyntaxError as error:
        raise LayoutError(f"{error.filename}:{error.lineno}: {error.message}") from None
    except OverBudget as error:
        raise LayoutError(f"{_position(error, where)}: {error}") from None
    except MemoryError as error:
        raise LayoutError(f"{_position(error, where)}: "
                          f"{memory_message('rendering the template')}") from None
    except jinja2.TemplateError as error:
        raise LayoutError(f"{_position(error, where)}: template error: {error}") from None
    except Exception as error:  # e.g. {{ 1 + "a" }} in a workspace template
        raise LayoutError(f"{_position(error, where)}: template failed: "
                          f"{type(error).__name__}: {error}") from None


def _position(error: BaseException, where: Path) -> str:
    """``file:line`` of the innermost template frame in ``error``'s traceback: frames of
    compiled template code, or the ones Jinja put in their place; else ``where``."""
    found = str(where)
    trace = error.__traceback__
    while trace is not None:
        frame_globals = trace.tb_frame.f_globals
        template = frame_globals.get("__jinja_template__")
        if template is not None and template.filename:
            found = f"{template.filename}:{template.get_corresponding_lineno(trace.tb_lineno)}"
        elif "__jinja_exception__" in frame_globals:
            found = f"{trace.tb_frame.f_code.co_filename}:{trace.tb_lineno}"
        trace = trace.tb_next
    return found
