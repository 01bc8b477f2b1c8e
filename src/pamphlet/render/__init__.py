"""Stage 2, render: ``Statement`` + ``Layout`` + workspace config → one HTML document
(Jinja2 layouts, Markdown through our extensions, type measured with the bundled fonts)."""
