"""Documents: PDF invoices, credit notes, statements and letters, and Factur-X XML.

Builders take the frozen values of `cadence.documents.model` and return bytes;
they never touch the database or read the clock.
"""
