"""Render factories the render-child tests start by name (`render_factories:NAME`, with this folder on PYTHONPATH)."""

from __future__ import annotations

import time
from collections.abc import Callable


def slow_on_demand() -> Callable[[str, object], str]:
    """`slow` sleeps 30 s, `boom` raises, `print` prints to stdout first; anything else is echoed in a paragraph."""

    def render(body: str, resolve: object) -> str:
        if body == "slow":
            time.sleep(30)
        if body == "boom":
            raise ValueError("the renderer broke")
        if body == "print":
            print("noise on stdout", flush=True)
        return f"<p>{body}</p>"

    return render
