"""One collection build in a fresh process, for time and peak memory (run by run.py).

    collection_run.py WORKSPACE stitched JOBS    # pamphlet collection, as users run it
    collection_run.py WORKSPACE one-document     # the same book as one WeasyPrint document
"""

import resource
import sys
import time
from pathlib import Path

from pamphlet.config.workspace import find_workspace

root, how = Path(sys.argv[1]), sys.argv[2]
workspace = find_workspace(root)
start = time.perf_counter()
if how == "stitched":
    from pamphlet.collection.manifest import build_collection

    result = build_collection(workspace, out_path=root / "book.pdf", jobs=int(sys.argv[3]))
    pages = result.pages
else:
    from pamphlet.collection.book import _parts_and_index
    from pamphlet.collection.manifest import Manifest, _book_values, arrange
    from pamphlet.config.workspace import Target
    from pamphlet.render.layouts import get_layout
    from pamphlet.render.html import RenderContext, render_book_html
    from pamphlet.resources import package_roots
    from pamphlet.load.sources import load_all
    from pamphlet.typeset.engine import TypesetOptions, typeset

    statements, _ = load_all(workspace.source_paths(), workspace.config)
    layout = get_layout("collection", workspace.layouts_dir)
    context = RenderContext(workspace.config, Target.SCREEN, workspace.layouts_dir, None)
    book = _book_values(workspace, Manifest(), statements, None)
    parts, index = _parts_and_index(arrange(statements, Manifest()), layout, context)
    html = render_book_html(book, parts, index, layout, context)
    pages = typeset(html, root, layout.stylesheets, (root, *package_roots()),
                    TypesetOptions()).page_count
seconds = time.perf_counter() - start
peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{seconds:.2f} {max(peak_mib, children):.0f} {pages}")
