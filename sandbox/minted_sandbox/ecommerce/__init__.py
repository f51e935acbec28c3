"""The E-Commerce API: catalog, customers, customer addresses, checkout, legal texts.

Importing a module here registers its handlers (``_core.operation``).
"""
