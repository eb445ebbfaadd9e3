"""`python -m sr_editor` does what the `sr-editor` command does; with `--render-child` (the frozen program's
first argument too) it is the preview's render process instead, which imports nothing of the window, and with
`--check-child` a process that checks articles for the list (core/checks/check_processes.py), with
`--british-words PATH` one that lists British spellings for the spell checker (core/spelling/british_child.py)."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--render-child"]:
        from sr_editor.services.preview.render_child import main as render_child

        sys.exit(render_child(sys.argv[2:]))
    if sys.argv[1:2] == ["--check-child"]:
        from sr_editor.core.checks.check_processes import main as check_child

        sys.exit(check_child())
    if sys.argv[1:2] == ["--british-words"]:
        from sr_editor.core.spelling.british_child import main as british_child

        sys.exit(british_child(sys.argv[2:]))
    from sr_editor.cli.main import main

    sys.exit(main())
