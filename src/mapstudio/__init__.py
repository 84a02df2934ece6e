"""MapStudio: an offline desktop editor for customer journey maps."""

# Load pydantic (through the model) before any module imports PySide6: PySide6's import hook
# inspects modules imported after it and breaks pydantic's lazy imports half-way
# ("cannot import name 'import_string'"), e.g. on a first `import mapstudio.gui.document`.
# The collector pauses while the model's classes are built: its passes over the tens of thousands
# of objects an import makes find nothing to free (about 3 % of a command's start-up). Those objects
# are then frozen (kept out of every later pass, as modules and classes live as long as the
# program): resumed as they were, the first allocation's pass walked all of them, 11 ms of the
# editor's start-up, for the few hundred objects of the cycles an import leaves.
import gc as _gc  # noqa: E402

_collecting = _gc.isenabled()
_gc.disable()
try:
    from mapstudio.core import model as _model  # noqa: F401, E402
finally:
    if _collecting:
        _gc.freeze()
        _gc.enable()

__version__ = "0.1.0"
