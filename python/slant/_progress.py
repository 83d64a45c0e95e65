"""Progress bars for batch calls: a tqdm bar fed by a counter the Rust workers advance.

A bar shows when the session is interactive (a terminal or a Jupyter kernel), not in
CI, tqdm is installed and the batch is large; ``progress=True`` or ``False`` decides
instead.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any, Callable, TypeVar

from slant._optional import need
from slant._slant import Progress

T = TypeVar("T")

# Below this many documents a batch is over before a bar would help.
MIN_DOCUMENTS = 200


def wanted(progress: bool | None, total: int) -> bool:
    """Whether to draw a bar for a batch of ``total`` documents."""
    if progress is not None:
        return bool(progress)
    if total < MIN_DOCUMENTS or os.environ.get("CI"):
        return False
    interactive = _in_kernel() or (hasattr(sys.stderr, "isatty") and sys.stderr.isatty())
    if not interactive:
        return False
    try:
        import tqdm  # noqa: F401
    except ImportError:
        return False
    return True


def _in_kernel() -> bool:
    """Whether this code runs in a Jupyter kernel (not merely with ipykernel loaded)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return getattr(shell, "kernel", None) is not None


def run(call: Callable[[Progress | None], T], total: int, progress: bool | None, desc: str) -> T:
    """Run ``call(counter)`` (a batch call that advances the counter), with a bar if wanted.

    The batch runs in a helper thread with the GIL released, while this thread
    redraws the bar; results and errors come back unchanged.
    """
    if not wanted(progress, total):
        return call(None)
    tqdm = need("tqdm.auto", "progress=True", "notebook").tqdm
    counter = Progress()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = call(counter)
        except BaseException as exc:  # handed to the calling thread below
            box["error"] = exc

    helper = threading.Thread(target=work, name="slant-batch", daemon=True)
    with tqdm(total=total, desc=desc, unit="doc") as bar:
        helper.start()
        while helper.is_alive():
            helper.join(0.1)
            bar.update(counter.done - bar.n)
        bar.update(total - bar.n)
    if "error" in box:
        raise box["error"]
    return box["result"]
