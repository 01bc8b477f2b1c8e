"""The Jinja environment layouts render in: one per layout search path.

A workspace's layouts come from whoever shared the workspace, so templates are data, not
code: they render in Jinja's immutable sandbox (no attribute starting with ``_``, no
method that changes a value, no access to Python's internals), with only the filters,
tests and globals the layouts use. The loader reads only regular files that stay inside
their layouts folder: a symlink out of it, a FIFO or a huge file is refused.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path, PurePath

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pamphlet.files import RefusedFile, inside, read_limited

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
#: The longest ``range`` a template may ask for.
MAX_RANGE = 10_000


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


class LayoutEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with Jinja's filters, tests and globals cut down to what layouts use."""

    def __init__(self, **options):
        super().__init__(**options)
        self.filters = {name: self.filters[name] for name in FILTERS if name in self.filters}
        self.globals = {"range": _range}

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
