"""What the sandbox keeps of a card number: its masked form (first six and last four
digits: the full number and the CVV are never stored, logged or returned) and its
association (Visa, MasterCard, ...) by its first digit. E-Commerce's checkout and the
Partner API's card payments and Card Storage use the same rules."""

from __future__ import annotations

ASSOCIATIONS = {
    "4": "Visa",
    "5": "MasterCard",
    "2": "MasterCard",
    "9": "Troy",
    "3": "American Express",
}


def masked(number: str) -> str:
    """A card number as it may be kept and shown: first six and last four digits."""
    return f"{number[:6]}******{number[-4:]}"


def association(bin_: str) -> str:
    return ASSOCIATIONS.get(bin_[0], "Unknown")
