"""The canvas and window fixtures of the canvas and application tests."""

import pytest

from tests.app.conftest import map_file, window  # noqa: F401
from tests.canvas.conftest import canvas, doc  # noqa: F401


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    """Leave the clipboard empty: when these tests left data on it (an image, or cards copied
    from a map with pictures), the offscreen platform crashed at interpreter exit, after every
    test had passed (seen in a run of this folder alone; the cause in Qt was not found)."""
    yield
    qapp.clipboard().clear()
