"""Files exchanged with banks and payment providers: the pain.008 direct-debit
batch Cadence writes, and the statements and payout reports it reads.

Pure functions over bytes and frozen values: no database, no Qt, no clock.
"""
