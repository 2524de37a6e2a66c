"""Filters shared by the analyst commands (``cxnlp report``, ``cxnlp alerts``): one reading of a
date and one rule for comments without one.

Dates are ISO 8601 (``2021-09-01``) only: ``01/09/2021`` is refused rather than guessed. A date
filter covers dated comments: with ``--since`` or ``--until`` a comment that has no date is left
out (it cannot be shown to fall in the range), everywhere, and the commands say how many.
"""
from __future__ import annotations

from datetime import date

import pandas as pd

__all__ = ["FilterError", "date_mask", "iso_date"]


class FilterError(ValueError):
    """A filter value that cannot be used; the message names the option and shows the form."""


def iso_date(value: str | date | None, option: str = "date") -> date | None:
    """``value`` as a date if it is an ISO 8601 date (``YYYY-MM-DD``), else :class:`FilterError`.

    >>> iso_date("2021-09-01", "--since")
    datetime.date(2021, 9, 1)
    """
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) != 10:  # fromisoformat also takes 20210901 and 2021-W35: one form only
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise FilterError(f"{option}: {value!r} is not a date in ISO form YYYY-MM-DD (e.g. 2021-09-01); "
                          "other forms such as 01/09/2021 read differently in different countries") from None


def date_mask(received_at: pd.Series, since: date | None, until: date | None) -> pd.Series:
    """Rows received on or after ``since`` and on or before ``until`` (whole days, UTC).

    With either bound, rows without a date are False: a date filter covers dated comments only.
    Without bounds every row is True.
    """
    keep = pd.Series(True, index=received_at.index)
    if since is None and until is None:
        return keep
    keep &= received_at.notna()
    if since is not None:
        keep &= received_at >= pd.Timestamp(since, tz="UTC")
    if until is not None:
        keep &= received_at < pd.Timestamp(until, tz="UTC") + pd.Timedelta(days=1)
    return keep.fillna(False).astype(bool)
