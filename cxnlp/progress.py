"""Progress of long jobs (training, evaluation) as plain events: the library reports, the caller
(the command line's progress bars, a log, a test) decides what to show. Nothing here prints."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["ProgressCallback", "Step", "report"]


@dataclass(frozen=True)
class Step:
    """``done`` of ``total`` units of the task named ``task`` ("fold 2/5", "epoch 1/4", ...).

    A task's steps arrive in order and end with ``done == total``; ``parent`` names the task it is
    part of (an epoch of "fine-tuning"), ``info`` is a short note such as the running loss.
    """

    task: str
    done: int
    total: int
    info: str = ""
    parent: str | None = None

    def __str__(self) -> str:
        return f"{self.task}: {self.done}/{self.total}" + (f" {self.info}" if self.info else "")


ProgressCallback = Callable[[Step], None]


def report(progress: ProgressCallback | None, task: str, done: int, total: int, info: str = "",
           parent: str | None = None) -> None:
    """Send one :class:`Step` to ``progress`` (nothing when it is None)."""
    if progress is not None:
        progress(Step(task, done, total, info, parent))
