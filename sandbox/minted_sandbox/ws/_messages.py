"""WS: Minted Prices' entries in the one catalog of messages (``_section.catalog``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the reason of a drop's close frame (at most 123 bytes)
    "feed_restart": {
        "en": "The price feed restarts: reconnect (after=the last sequence).",
        "tr": "Fiyat akışı yeniden başlıyor: yeniden bağlanın (after=son sıra).",
    },
}
