"""WS: Minted Prices, the live price feed (a WebSocket).

Importing a module here registers its handlers (``_core.operation``).
"""
