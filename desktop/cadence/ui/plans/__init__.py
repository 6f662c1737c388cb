"""The Plans tab: the catalogue of plans, the plan form with its billing dates, and
the catalogue items plans sell."""
