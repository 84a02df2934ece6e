"""MapStudio: an offline desktop editor for customer journey maps."""

# Load pydantic (through the model) before any module imports PySide6: PySide6's import hook
# inspects modules imported after it and breaks pydantic's lazy imports half-way
# ("cannot import name 'import_string'"), e.g. on a first `import mapstudio.gui.document`.
# The collector pauses while the model's classes are built: its passes over the tens of thousands
# of objects an import makes find nothing to free (about 3 % of a command's start-up).
import gc as _gc  # noqa: E402

_collecting = _gc.isenabled()
_gc.disable()
try:
    from mapstudio.core import model as _model  # noqa: F401, E402
finally:
    if _collecting:
        _gc.enable()

__version__ = "0.1.0"
