"""Walletable E-Commerce's entries in the message catalog (``_core``: one catalog, Turkish
and English): baskets, the vault, receipts, the Excel import."""

MESSAGES: dict[str, dict[str, str]] = {
    "walletable_basket_open": {
        "en": "The customer already has an open {type} basket: add to it with its cart_token.",
        "tr": "Müşterinin açık bir {type} sepeti zaten var: ürünleri onun cart_token'ıyla ekleyin.",
    },
    "walletable_no_basket": {
        "en": "This customer has no open {type} basket.",
        "tr": "Bu müşterinin açık bir {type} sepeti yok.",
    },
    "walletable_wrong_type": {
        "en": "This basket is a {type} basket.",
        "tr": "Bu sepet bir {type} sepeti.",
    },
    "walletable_wrong_kind": {
        "en": "This is a {type} basket: complete it with Complete {type}.",
        "tr": "Bu bir {type} sepeti: Complete {type} ile tamamlayın.",
    },
    "walletable_vault_short": {
        "en": "The vault holds {held} bars of {sku}, not {wanted}.",
        "tr": "Kasada {sku} ürününden {wanted} değil, {held} külçe var.",
    },
    "walletable_price_expired": {
        "en": (
            "The basket's prices are no longer fixed: read the basket (Get Active Basket) for "
            "its new prices and price_token."
        ),
        "tr": (
            "Sepetin fiyatları artık sabit değil: yeni fiyatlar ve price_token için sepeti "
            "yeniden okuyun (Get Active Basket)."
        ),
    },
    "walletable_price_stale": {
        "en": "This is not the basket's price_token: its prices were fixed anew; read the basket.",
        "tr": (
            "Bu, sepetin price_token'ı değil: fiyatlar yeniden sabitlendi; sepeti yeniden okuyun."
        ),
    },
    "walletable_order_not_found": {
        "en": "No Walletable order has this id.",
        "tr": "Bu kimlikle bir Walletable siparişi yok.",
    },
    "walletable_dates_reversed": {
        "en": "startDate is after endDate.",
        "tr": "startDate, endDate'ten sonra.",
    },
    "walletable_dates_too_far": {
        "en": "A rate history covers at most {days} days.",
        "tr": "Kur geçmişi en fazla {days} günü kapsar.",
    },
    "walletable_receipt_title": {"en": "Receipt (Minted Vault)", "tr": "Makbuz (Minted Kasa)"},
    "walletable_receipt_order": {"en": "Order", "tr": "Sipariş"},
    "walletable_receipt_type": {"en": "Kind", "tr": "Tür"},
    "walletable_receipt_date": {"en": "Date", "tr": "Tarih"},
    "walletable_receipt_customer": {"en": "Customer", "tr": "Müşteri"},
    "import_not_found": {
        "en": "No import has this id.",
        "tr": "Bu kimlikle bir içe aktarma yok.",
    },
    "import_unreadable": {
        "en": "The file is not an Excel workbook (.xlsx) that can be read.",
        "tr": "Dosya okunabilir bir Excel çalışma kitabı (.xlsx) değil.",
    },
    "import_no_header": {
        "en": "The first row must name the columns (external_id, firstname, lastname, ...).",
        "tr": "İlk satır sütunları adlandırmalıdır (external_id, firstname, lastname, ...).",
    },
    "import_required": {"en": "{field} is required.", "tr": "{field} zorunludur."},
    "import_invalid": {"en": "{field} is not valid.", "tr": "{field} geçerli değil."},
    "import_duplicate": {
        "en": "This external_id is already in row {row} of the file.",
        "tr": "Bu external_id dosyanın {row}. satırında zaten var.",
    },
    "import_too_many_rows": {
        "en": "The workbook has rows beyond its first {rows} after the header: the import reads"
        " at most {rows} rows.",
        "tr": "Çalışma kitabında başlıktan sonraki ilk {rows} satırın ötesinde satırlar var:"
        " içe aktarma en fazla {rows} satır okur.",
    },
    "import_too_many_columns": {
        "en": "Row {row} of the workbook has more than {columns} cells: the import reads at most"
        " {columns} columns.",
        "tr": "Çalışma kitabının {row}. satırında {columns} hücreden fazlası var: içe aktarma en"
        " fazla {columns} sütun okur.",
    },
}
