"""The Bank tab: statements imported from the bank (and from Stripe or PayPal), and
each line matched to what Cadence expects, confirmed by the owner."""
