from mapstudio.cli import main

raise SystemExit(main())
