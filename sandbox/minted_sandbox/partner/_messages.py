"""The Partner API's entries in the message catalog (``_core``: one catalog, Turkish and
English): wallets, cards, delivery, orders, KYC."""

MESSAGES: dict[str, dict[str, str]] = {
    "price_token_unknown": {
        "en": "No price fix of this customer has this token.",
        "tr": "Bu müşterinin bu anahtarla yapılmış bir fiyat sabitlemesi yok.",
    },
    "price_token_not_partner": {
        "en": (
            "No price fix of the partner's own (B2B) has this token; a customer's needs the "
            "customer."
        ),
        "tr": (
            "İş ortağının kendi (B2B) fiyat sabitlemeleri arasında bu anahtar yok; bir müşterinin "
            "sabitlemesi o müşteriyle kullanılır."
        ),
    },
    "price_token_expired": {
        "en": "This price fix expired; fix the price again.",
        "tr": "Bu fiyat sabitlemesinin süresi doldu; fiyatı yeniden sabitleyin.",
    },
    "price_token_used": {
        "en": "This price fix was already used by an order.",
        "tr": "Bu fiyat sabitlemesi bir siparişte zaten kullanıldı.",
    },
    "price_token_currency": {
        "en": "Wallet orders are paid in TRY; fix the price in TRY.",
        "tr": "Cüzdan siparişleri TRY ile ödenir; fiyatı TRY cinsinden sabitleyin.",
    },
    "currency_mismatch": {
        "en": "The price fix is in {currency}.",
        "tr": "Fiyat sabitlemesi {currency} cinsinden yapıldı.",
    },
    "unknown_sku": {
        "en": (
            "Unknown SKU {sku}: the wallets hold GAU (gold), GAG (silver), GPT (platinum), GPD "
            "(palladium)."
        ),
        "tr": (
            "Bilinmeyen SKU {sku}: cüzdanlarda GAU (altın), GAG (gümüş), GPT (platin) ve GPD "
            "(paladyum) tutulur."
        ),
    },
    "product_mismatch": {
        "en": "The product of {sku} is {product}.",
        "tr": "{sku} için ürün numarası {product} olmalıdır.",
    },
    "bar_not_digital": {
        "en": (
            "{sku} is metal in bars held in the vault: Walletable baskets trade it, a digital Buy "
            "or Sell does not."
        ),
        "tr": (
            "{sku} kasada saklanan külçe metaldir: Walletable sepetleriyle alınıp satılır, "
            "dijital alım ya da satımla değil."
        ),
    },
    "amount_needed": {
        "en": "Give each item's amount in grams (or fix the price for a total).",
        "tr": (
            "Her kalemin miktarını gram olarak verin (ya da fiyatı bir toplam tutar için "
            "sabitleyin)."
        ),
    },
    "one_item_for_total": {
        "en": "A price fixed for a total buys one item.",
        "tr": "Toplam tutar için sabitlenen fiyatla tek bir kalem alınabilir.",
    },
    "total_too_small": {
        "en": "The price was fixed for a total that buys less than a milligram of {sku}.",
        "tr": "Fiyat, {sku} cinsinden bir miligramdan azını alan bir toplam tutar için sabitlendi.",
    },
    "buy_not_enough_cash": {
        "en": "The cash wallet holds {balance} TRY; the order costs {total} TRY.",
        "tr": "Nakit cüzdanında {balance} TRY var; sipariş tutarı {total} TRY.",
    },
    "not_enough_metal": {
        "en": "The {wallet} wallet holds {balance} g; {amount} g cannot be sold.",
        "tr": "{wallet} cüzdanında {balance} g var; {amount} g satılamaz.",
    },
    "metal_blocked": {
        "en": (
            "The {wallet} wallet holds {balance} g, of which {blocked} g are blocked for "
            "delivery; {amount} g cannot be sold."
        ),
        "tr": (
            "{wallet} cüzdanında {balance} g var ve bunun {blocked} gramı teslimat için bloke; "
            "{amount} g satılamaz."
        ),
    },
    "cash_below_zero": {
        "en": "The cash wallet has {available} TRY available; it cannot go below zero.",
        "tr": "Nakit cüzdanında kullanılabilir {available} TRY var; bakiye sıfırın altına düşemez.",
    },
    "cash_change_done": {
        "en": "The change {external_id} ({amount} TRY) was already applied at {at}.",
        "tr": "{external_id} değişikliği ({amount} TRY) {at} tarihinde zaten uygulandı.",
    },
    "card_not_found": {
        "en": "No saved card of this customer has this card_token.",
        "tr": "Bu müşterinin bu card_token ile kayıtlı bir kartı yok.",
    },
    "card_of_another": {
        "en": "This saved card belongs to another customer.",
        "tr": "Bu kayıtlı kart başka bir müşteriye ait.",
    },
    "payment_needed": {
        "en": "payment_type creditcard needs the card in payment.",
        "tr": "payment_type creditcard için kart bilgileri payment alanında verilmelidir.",
    },
    "payment_type_needed": {
        "en": "A card in payment needs payment_type creditcard.",
        "tr": "payment alanındaki kart için payment_type creditcard verilmelidir.",
    },
    "installment_without_card": {
        "en": (
            "Installments are for card payments: give payment_type creditcard and the card in "
            "payment."
        ),
        "tr": (
            "Taksit yalnızca kartlı ödemede geçerlidir: payment_type creditcard ile kartı payment "
            "alanında verin."
        ),
    },
    "installment_not_offered": {
        "en": "This card offers {counts} installment(s), not {count}.",
        "tr": "Bu kart {counts} taksit seçeneği sunuyor; {count} taksit sunmuyor.",
    },
    "unknown_metal": {
        "en": "Unknown metal {sku}: deliveries are of GAU (gold) or GAG (silver).",
        "tr": "Bilinmeyen metal {sku}: teslimat GAU (altın) ya da GAG (gümüş) için yapılır.",
    },
    "no_bars": {
        "en": "{sku} is not delivered as bars: deliveries are of GAU (gold) or GAG (silver).",
        "tr": (
            "{sku} külçe olarak teslim edilmez: teslimat GAU (altın) ya da GAG (gümüş) için "
            "yapılır."
        ),
    },
    "not_enough_free": {
        "en": (
            "The {wallet} wallet has {free} g free ({blocked} g blocked); the bars take {grams} g."
        ),
        "tr": (
            "{wallet} cüzdanında {free} g serbest ({blocked} g bloke); teslimat {grams} g "
            "gerektiriyor."
        ),
    },
    "delivery_not_enough_cash": {
        "en": (
            "The cash wallet holds {balance} TRY; the delivery costs {total} TRY: pay by card "
            "(payment_type creditcard and payment)."
        ),
        "tr": (
            "Nakit cüzdanında {balance} TRY var; teslimat tutarı {total} TRY: kartla ödeyin "
            "(payment_type creditcard ve payment)."
        ),
    },
    "delivery_not_found": {
        "en": "No delivery order has this guid.",
        "tr": "Bu guid ile bir teslimat siparişi yok.",
    },
    "delivery_shipped": {
        "en": "This delivery was already shipped.",
        "tr": "Bu teslimat zaten gönderildi.",
    },
    "lookup_needed": {
        "en": "Give the order's guid, its order_code or its external_id.",
        "tr": "Siparişin guid, order_code ya da external_id değerini verin.",
    },
    "no_such_order": {
        "en": "No wallet order has this {name}.",
        "tr": "Bu {name} ile bir cüzdan siparişi yok.",
    },
    "kyc_not_found": {
        "en": "This customer has no wallet KYC record.",
        "tr": "Bu müşterinin cüzdan KYC kaydı yok.",
    },
}
