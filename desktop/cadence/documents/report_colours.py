"""The same colours in the window's charts and in the PDF report.

Plain hex strings, one mapping per meaning, so that the Reports tab (Qt) and the
PDF (ReportLab) each build their own colour objects from them: this module
imports neither.
"""

from __future__ import annotations

from cadence.domain.revenue import AgeingBucket, MovementKind

GOOD_COLOUR = "#2E7D32"  # a change for the better
BAD_COLOUR = "#B3261E"  # for the worse, and what is overdue

LINE_COLOUR = "#1D4E89"  # MRR, and the first line of a chart: the documents' accent
SECOND_LINE_COLOUR = "#C62828"  # the second line (revenue churn beside logo churn)

# Gains in greens, losses in warm colours, a pause in grey.
MOVEMENT_COLOURS: dict[MovementKind, str] = {
    MovementKind.NEW: "#2E7D32",
    MovementKind.EXPANSION: "#7CB342",
    MovementKind.REACTIVATION: "#00897B",
    MovementKind.RESUMED: "#80CBC4",
    MovementKind.CONTRACTION: "#F9A825",
    MovementKind.CHURNED: "#C62828",
    MovementKind.PAUSED: "#9E9E9E",
}

# Not due yet in the accent colour, then warmer the later it is.
AGEING_COLOURS: dict[AgeingBucket, str] = {
    AgeingBucket.NOT_DUE: "#1D4E89",
    AgeingBucket.DAYS_1_30: "#F9A825",
    AgeingBucket.DAYS_31_60: "#EF6C00",
    AgeingBucket.DAYS_61_90: "#D84315",
    AgeingBucket.OVER_90: "#B71C1C",
}
