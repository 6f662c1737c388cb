"""Billing from the window: the background run and the review of what fell due."""
