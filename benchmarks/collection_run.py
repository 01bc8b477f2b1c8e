"""One collection build in a fresh process, for time and peak memory (run by run.py).

    collection_run.py WORKSPACE stitched JOBS    # pamphlet collection, as users run it
"""

import resource
import sys
import time
from pathlib import Path

from pamphlet.collection.run import build_collection
from pamphlet.config.workspace import find_workspace

root, how = Path(sys.argv[1]), sys.argv[2]
workspace = find_workspace(root)
start = time.perf_counter()
result = build_collection(workspace, out_path=root / "book.pdf", jobs=int(sys.argv[3]))
pages = result.pages
seconds = time.perf_counter() - start
peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{seconds:.2f} {max(peak_mib, children):.0f} {pages}")
