"""Embedded Webview: customer tokens (Bearer), the active basket, its completion, the
webview stand-in page.

Importing a module here registers its handlers (``_core.operation``).
"""
