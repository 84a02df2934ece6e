"""Measurement programs, each run by the harness in a fresh process.

A probe prints one line ``BENCH-RESULT {json}`` on stdout; everything else it prints is ignored.
Probes import only what their side needs, so a floor never pays for MapStudio's imports.
"""
