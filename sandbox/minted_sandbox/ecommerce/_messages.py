"""E-Commerce's entries in the message catalog (``_core``: one catalog, Turkish and English)."""

MESSAGES: dict[str, dict[str, str]] = {
    "customer_not_found": {"en": "Customer not found.", "tr": "Müşteri bulunamadı."},
    "customer_removed": {"en": "The customer was removed.", "tr": "Müşteri silinmiş."},
    "customer_exists": {
        "en": "A customer with this external_id already exists.",
        "tr": "Bu external_id ile kayıtlı bir müşteri zaten var.",
    },
    "order_not_found": {"en": "Order not found.", "tr": "Sipariş bulunamadı."},
    "basket_not_found": {
        "en": "No basket of this customer has this cart token.",
        "tr": "Bu müşterinin bu sepet anahtarıyla bir sepeti yok.",
    },
    "product_not_found": {"en": "Product not found.", "tr": "Ürün bulunamadı."},
    "product_needs_key": {
        "en": "Give sku or id to find a product.",
        "tr": "Ürünü bulmak için sku veya id verin.",
    },
    "not_in_basket": {"en": "This SKU is not in the basket.", "tr": "Bu ürün sepette yok."},
    "out_of_stock": {
        "en": "Only {stock} of this product in stock.",
        "tr": "Bu üründen stokta yalnızca {stock} adet var.",
    },
    "basket_locked": {
        "en": "The basket is awaiting payment or is already an order.",
        "tr": "Sepet ödeme bekliyor ya da siparişe dönüştü.",
    },
    "basket_empty": {"en": "The basket is empty.", "tr": "Sepet boş."},
    "no_address": {
        "en": "Set the basket's shipping and billing addresses first.",
        "tr": "Önce sepetin teslimat ve fatura adreslerini belirleyin.",
    },
    "address_not_found": {"en": "Address not found.", "tr": "Adres bulunamadı."},
    "address_wrong_type": {
        "en": "This address is a {actual} address.",
        "tr": "Bu adres bir {actual} adresi.",
    },
    "payment_not_found": {"en": "Payment not found.", "tr": "Ödeme bulunamadı."},
    "payment_settled": {
        "en": "This payment is already settled.",
        "tr": "Bu ödeme zaten sonuçlandı.",
    },
    "status_final": {
        "en": "The order cannot move past {current}.",
        "tr": "Sipariş {current} durumundan ileri gidemez.",
    },
}
