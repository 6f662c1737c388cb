"""The Subscriptions tab: who subscribes to what, and the owner's actions on it."""
