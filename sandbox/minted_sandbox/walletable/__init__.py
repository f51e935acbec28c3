"""Walletable E-Commerce: the vault (baskets of bars, complete buy, sell and delivery),
its fees, orders, invoices and receipts, summaries and the Excel import.

Importing a module here registers its handlers (``_core.operation``).
"""
