"""A client library for accessing Minted Connect E-Commerce API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
