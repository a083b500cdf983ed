"""One expression package for every expression parameter (placeholder docstring)."""
