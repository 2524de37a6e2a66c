"""Reading the tagged output: SQL views over the Parquet with DuckDB (``query``), the
analysts' HTML report (``report``), the urgent-comment reading list and its alert queue
(``alerts``, ``alert_queue``), and the date and provider filters they share (``filters``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from cxnlp._lazy import attach

if TYPE_CHECKING:
    from cxnlp.analytics.query import VIEWS as VIEWS, connect as connect, describe as describe, run_query as run_query
    from cxnlp.analytics.report import ReportFilters as ReportFilters, build_report as build_report, filter_choices as filter_choices, key_drivers as key_drivers
    from cxnlp.analytics.alerts import AlertList as AlertList, list_alerts as list_alerts
    from cxnlp.analytics.alert_queue import AlertActionError as AlertActionError, alert_states as alert_states, open_by_level_and_age as open_by_level_and_age, read_events as read_events, record_action as record_action, sort_for_reading as sort_for_reading
    from cxnlp.analytics.filters import FilterError as FilterError, date_mask as date_mask, iso_date as iso_date

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
