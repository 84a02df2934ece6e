"""Entry point of the PyInstaller bundle: the same ``mapstudio`` command as the installed one."""

from mapstudio.cli import main

raise SystemExit(main())
