"""Performance benchmark: `make bench` (python -m bench)."""
