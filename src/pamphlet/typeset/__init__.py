"""Stage 3, typeset: HTML → PDF pages with WeasyPrint (the only stage that imports it,
and only on first use), and the copyfitting loop that renders until a statement fits."""
