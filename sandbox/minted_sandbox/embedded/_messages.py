"""Embedded Webview's entries in the message catalog (``_core``: one catalog, Turkish and
English): the active basket and the webview stand-in page."""

MESSAGES: dict[str, dict[str, str]] = {
    "no_active_basket": {
        "en": "This customer has no active basket.",
        "tr": "Bu müşterinin açık bir sepeti yok.",
    },
    "customer_token_unknown": {
        "en": "No such customer token was issued.",
        "tr": "Böyle bir müşteri anahtarı oluşturulmadı.",
    },
    "webview_title": {"en": "Your basket", "tr": "Sepetiniz"},
    "webview_complete": {"en": "Complete the payment", "tr": "Ödemeyi tamamla"},
    "webview_total": {"en": "Total", "tr": "Toplam"},
    "webview_fixed": {"en": "prices fixed for (s)", "tr": "fiyatların sabit kalacağı süre (sn)"},
}
