"""Cadence: recurring billing for small businesses, offline on one desktop."""

__version__ = "0.1.0"
