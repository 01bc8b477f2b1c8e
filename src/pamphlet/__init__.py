"""pamphlet: typesets political statements into print-ready leaflets and books.

The public API is what this root package names; the CLI (``pamphlet.cli``) is a thin
layer over it. Nothing heavy is imported here, so ``pamphlet --help`` stays fast.
"""

__version__ = "0.1.0"
