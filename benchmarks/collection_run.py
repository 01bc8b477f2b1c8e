"""One collection build in a fresh process, for time and peak memory (run by run.py)."""

import resource
import sys
import time
from pathlib import Path

from pamphlet.collection import build_collection
from pamphlet.config import find_workspace

root = Path(sys.argv[1])
start = time.perf_counter()
result = build_collection(find_workspace(root), out_path=root / "book.pdf")
seconds = time.perf_counter() - start
peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{seconds:.2f} {peak_mib:.0f} {result.pages}")
