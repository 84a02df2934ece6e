"""Reading, writing and migrating map files."""

from mapstudio.files.atomic import write_atomic
from mapstudio.files.mapfile import (
    MAX_FILE_BYTES,
    MapFileError,
    NewerVersionError,
    dump_map,
    load_map_bytes,
    read_map,
    write_map,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MapFileError",
    "NewerVersionError",
    "dump_map",
    "load_map_bytes",
    "read_map",
    "write_atomic",
    "write_map",
]
