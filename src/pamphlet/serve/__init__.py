"""Stage 10, serve: ``pamphlet serve``, a local web app to write a statement and watch the
leaflet set itself: the workspace page, the editor, the security guard, the warm render
workers (the build's own pipeline in a process of their own), pages and static files."""
