"""Pure business rules: no Qt, no SQLAlchemy, no ReportLab, no clock."""
