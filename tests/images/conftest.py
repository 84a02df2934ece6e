"""The canvas and window fixtures of the canvas and application tests."""

from tests.app.conftest import map_file, window  # noqa: F401
from tests.canvas.conftest import canvas, doc  # noqa: F401
