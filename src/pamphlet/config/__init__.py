"""Stage 0, config: the workspace, its ``pamphlet.toml``, and the one validation policy
every TOML file of pamphlet's is read with (``schema.py``)."""
