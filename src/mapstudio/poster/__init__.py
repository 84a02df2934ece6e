"""Posters (PDF) and images (PNG, SVG)."""
