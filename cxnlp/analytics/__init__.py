"""Reading the tagged output: SQL views over the Parquet with DuckDB (``query``), the
analysts' HTML report (``report``), the urgent-comment reading list and its alert queue
(``alerts``, ``alert_queue``), and the date and provider filters they share (``filters``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cxnlp._lazy import attach

if TYPE_CHECKING:
    from cxnlp.analytics.query import VIEWS as VIEWS
    from cxnlp.analytics.query import connect as connect
    from cxnlp.analytics.query import describe as describe
    from cxnlp.analytics.query import run_query as run_query
    from cxnlp.analytics.report import ReportFilters as ReportFilters
    from cxnlp.analytics.report import build_report as build_report
    from cxnlp.analytics.report import filter_choices as filter_choices
    from cxnlp.analytics.report import key_drivers as key_drivers
    from cxnlp.analytics.alerts import AlertList as AlertList
    from cxnlp.analytics.alerts import list_alerts as list_alerts
    from cxnlp.analytics.alert_queue import AlertActionError as AlertActionError
    from cxnlp.analytics.alert_queue import alert_states as alert_states
    from cxnlp.analytics.alert_queue import open_by_level_and_age as open_by_level_and_age
    from cxnlp.analytics.alert_queue import read_events as read_events
    from cxnlp.analytics.alert_queue import record_action as record_action
    from cxnlp.analytics.alert_queue import sort_for_reading as sort_for_reading
    from cxnlp.analytics.filters import FilterError as FilterError
    from cxnlp.analytics.filters import date_mask as date_mask
    from cxnlp.analytics.filters import iso_date as iso_date

__all__, __getattr__, __dir__ = attach(__name__, {
    "VIEWS": "query",
    "connect": "query",
    "describe": "query",
    "run_query": "query",
    "ReportFilters": "report",
    "build_report": "report",
    "filter_choices": "report",
    "key_drivers": "report",
    "AlertList": "alerts",
    "list_alerts": "alerts",
    "AlertActionError": "alert_queue",
    "alert_states": "alert_queue",
    "open_by_level_and_age": "alert_queue",
    "read_events": "alert_queue",
    "record_action": "alert_queue",
    "sort_for_reading": "alert_queue",
    "FilterError": "filters",
    "date_mask": "filters",
    "iso_date": "filters",
})
