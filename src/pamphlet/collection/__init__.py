"""Stage 6, collection: many statements bound into one book (manifest, order, chapters set
in chunks, front and back matter, stitching, the print cover)."""
