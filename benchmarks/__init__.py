"""Benchmarks: MapStudio against bare-library floors (``make bench``). See docs/performance.md."""
