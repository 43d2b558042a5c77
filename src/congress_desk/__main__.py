from congress_desk.cli import main

raise SystemExit(main())
