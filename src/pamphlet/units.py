"""Units: pamphlet measures in points inside, millimetres at the edges (TOML, messages)."""

#: Points per millimetre.
MM = 72 / 25.4
#: Points per CSS pixel (WeasyPrint reports boxes in CSS px).
PX = 0.75
