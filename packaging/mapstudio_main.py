"""Entry point of the PyInstaller bundle: the same ``mapstudio`` command as the installed one."""

import multiprocessing

from mapstudio.cli import main

if __name__ == "__main__":
    # The welcome page's pictures are drawn in a spawned process: in the bundle, that process
    # starts this program again, and this call makes it the worker instead of the editor.
    multiprocessing.freeze_support()
    raise SystemExit(main())
