"""The journey-map canvas: scene, items, view and gestures."""
