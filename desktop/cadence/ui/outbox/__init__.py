"""The Messages tab: the outbox of what Cadence wrote to customers, and its sending."""
