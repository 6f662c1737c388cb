"""The revenue reports: recurring revenue and its movements, churn and retention,
growth, receivables and payments, and the forecast. Each is computed by the
database from the revenue history (`services.revenue`) or the invoices, never by
walking every row in Python; the figures are defined in `docs/reports.md`."""
