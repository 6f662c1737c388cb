"""The Customers tab: the list, the selected customer's account, the customer form and
the statement of account."""
