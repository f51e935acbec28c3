"""The Partner API: wallets (price fix, buy, sell, balances, cash), orders and statistics,
wallet KYC, saved cards and card payments, delivery.

Importing a module here registers its handlers (``_core.operation``).
"""
