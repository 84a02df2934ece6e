"""MapStudio: an offline desktop editor for customer journey maps."""

# Load pydantic (through the model) before any module imports PySide6: PySide6's import hook
# inspects modules imported after it and breaks pydantic's lazy imports half-way
# ("cannot import name 'import_string'"), e.g. on a first `import mapstudio.gui.document`.
from mapstudio.core import model as _model  # noqa: F401, E402

__version__ = "0.1.0"
