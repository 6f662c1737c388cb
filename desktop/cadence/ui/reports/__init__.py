"""The Reports tab: the business's key figures at a glance."""
