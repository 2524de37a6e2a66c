"""cxnlp: turn free-text patient feedback into structured customer-experience data."""

__version__ = "0.1.0"
