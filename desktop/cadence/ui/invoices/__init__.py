"""The Invoices tab: every invoice and credit note, their PDFs, payments and corrections."""
