"""Stage 4, finish: work on whole PDF files with pikepdf (press boxes and marks, output
intents, imposition, stitching books, reading finished PDFs for the preflight)."""
