"""Stage 1, load: a Markdown source becomes a ``Statement`` (front matter validated, demands
cut out); plain text becomes a Markdown source (``pamphlet import``)."""
