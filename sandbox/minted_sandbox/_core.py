"""What every operation handler shares: the call, errors, renderers and lookups.

A handler receives the validated request (:class:`Call`) and returns the
response's ``data``, or raises :class:`Problem` for an error envelope. The
request has already passed the spec's schemas; handlers check what a schema
cannot (existence, ownership, stock, the basket's state).

Statuses for refusals of schema-valid requests: 404 when something named does
not exist (for this customer), 409 when the state forbids it (stock, an empty
or locked basket, a duplicate). 422 stays for requests that break the spec.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from ._store import CUSTOMER_FIELDS, MONEY_COLUMNS, Store, loads

# Order statuses: ids 1 (Created) and 2 (Pending) are shown by the docs' examples;
# the others follow the documented enum's order (see spec/CURATION.md).
STATUS_NAMES = {
    1: "Created",
    2: "Pending",
    3: "Processing",
    4: "Payment Confirmed",
    5: "Preparing",
    6: "Packed",
    7: "Shipped",
    8: "Completed",
    9: "Cancelled",
    10: "Transferring",
    11: "Refunding",
    12: "Refunded",
}
STATUS_IDS = {name: number for number, name in STATUS_NAMES.items()}
WALLET_KINDS = {
    "MAU": {"name": "Gold Wallet", "currency_id": 1000004, "currency_symbol": "", "is_cash": False},
    "MAG": {
        "name": "Silver Wallet",
        "currency_id": 1000005,
        "currency_symbol": "",
        "is_cash": False,
    },
    "TRY": {
        "name": "Turkish Lira Wallet",
        "currency_id": 1000003,
        "currency_symbol": "₺",
        "is_cash": True,
    },
    "MPT": {
        "name": "Platinum Wallet",
        "currency_id": 1000017,
        "currency_symbol": "",
        "is_cash": False,
    },
    "MPD": {
        "name": "Palladium Wallet",
        "currency_id": 1000018,
        "currency_symbol": "",
        "is_cash": False,
    },
}
MESSAGES: dict[str, dict[str, str]] = {
    "unauthorized": {"en": "Unauthorized.", "tr": "Yetkisiz erişim."},
    "invalid": {"en": "The given data was invalid.", "tr": "Verilen veriler geçersiz."},
    "no_route": {"en": "No such endpoint.", "tr": "Böyle bir uç nokta yok."},
    "method": {"en": "Method not allowed.", "tr": "Bu yöntem desteklenmiyor."},
    "too_large": {
        "en": "The request body is too large (at most 64 KiB).",
        "tr": "İstek gövdesi çok büyük (en fazla 64 KiB).",
    },
    "bad_request": {
        "en": "The request is not valid HTTP (a malformed request line or header, or a"
        " request line and headers over 16 KiB).",
        "tr": "İstek geçerli HTTP değil (bozuk istek satırı veya başlık, ya da 16 KiB'ı aşan"
        " istek satırı ve başlıklar).",
    },
    "internal": {"en": "Internal sandbox error.", "tr": "Sandbox iç hatası."},
    "rate_limited": {
        "en": "Too many requests: retry after the given seconds.",
        "tr": "Çok fazla istek: belirtilen saniye sonra tekrar deneyin.",
    },
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
    # Partner API: wallets, cards, delivery, orders, KYC
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
    # Embedded Webview (customer tokens) and the WS price feed
    "token_invalid": {
        "en": "The customer token is invalid, expired or revoked: the partner must create a"
        " new one.",
        "tr": "Müşteri anahtarı geçersiz, süresi dolmuş ya da iptal edilmiş: iş ortağının yeni"
        " bir anahtar oluşturması gerekiyor.",
    },
    "token_required": {
        "en": "This endpoint needs a customer token (Authorization: Bearer).",
        "tr": "Bu uç nokta bir müşteri anahtarı istiyor (Authorization: Bearer).",
    },
    "no_active_basket": {
        "en": "This customer has no active basket.",
        "tr": "Bu müşterinin açık bir sepeti yok.",
    },
    "webview_title": {"en": "Your basket", "tr": "Sepetiniz"},
    "webview_complete": {"en": "Complete the payment", "tr": "Ödemeyi tamamla"},
    "webview_total": {"en": "Total", "tr": "Toplam"},
    "webview_fixed": {"en": "prices fixed for (s)", "tr": "fiyatların sabit kalacağı süre (sn)"},
    # Walletable E-Commerce: baskets, the vault, receipts, the Excel import
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
    # request validation (_spec): every field the spec refuses
    "param_once": {
        "en": "The {name} must be given once.",
        "tr": "{name} yalnızca bir kez verilmelidir.",
    },
    "field_required": {
        "en": "The {name} field is required.",
        "tr": "{name} alanı zorunludur.",
    },
    "body_required": {
        "en": "The request body is required.",
        "tr": "İstek gövdesi zorunludur.",
    },
    "body_not_json_media": {
        "en": "The request body must be JSON (Content-Type: application/json).",
        "tr": "İstek gövdesi JSON olmalıdır (Content-Type: application/json).",
    },
    "body_not_json": {
        "en": "The request body is not valid JSON.",
        "tr": "İstek gövdesi geçerli bir JSON değil.",
    },
    "body_too_deep": {
        "en": "The request body is nested too deeply (at most {depth} levels).",
        "tr": "İstek gövdesi çok derin iç içe geçmiş (en fazla {depth} düzey).",
    },
    "number_out_of_range": {
        "en": (
            "The {field} is out of range: a number here has at most {chars} characters and "
            "lies between 1e-{exp} and 1e{exp} in size (the spec gives each field's range)."
        ),
        "tr": (
            "{field} aralık dışında: buradaki bir sayı en fazla {chars} karakter olabilir "
            "ve büyüklüğü 1e-{exp} ile 1e{exp} arasındadır (her alanın aralığı spec'te "
            "yazılıdır)."
        ),
    },
    "text_surrogate": {
        "en": "The {field} is not valid Unicode text (a lone surrogate).",
        "tr": "{field} geçerli bir Unicode metni değil (eşi olmayan bir vekil karakter).",
    },
    "name_surrogate": {
        "en": "The {field} has a field name that is not valid Unicode.",
        "tr": "{field} geçerli Unicode olmayan bir alan adı içeriyor.",
    },
    "value_integer": {
        "en": "The {label} must be an integer.",
        "tr": "{label} bir tam sayı olmalıdır.",
    },
    "value_number": {
        "en": "The {label} must be a number of at most {chars} characters.",
        "tr": "{label} en fazla {chars} karakterlik bir sayı olmalıdır.",
    },
    "value_boolean": {
        "en": "The {label} must be true or false.",
        "tr": "{label} true ya da false olmalıdır.",
    },
    "value_ambiguous": {
        "en": "The value matches more than one allowed shape.",
        "tr": "Değer izin verilen birden fazla biçime uyuyor.",
    },
    "value_type": {
        "en": "The {label} must be of type {value}.",
        "tr": "{label} {value} türünde olmalıdır.",
    },
    "value_min_length": {
        "en": "The {label} must be at least {value} characters.",
        "tr": "{label} en az {value} karakter olmalıdır.",
    },
    "value_max_length": {
        "en": "The {label} must not be longer than {value} characters.",
        "tr": "{label} en fazla {value} karakter olabilir.",
    },
    "value_pattern": {
        "en": "The {label} has an invalid format.",
        "tr": "{label} geçersiz biçimde.",
    },
    "value_format": {
        "en": "The {label} must be a valid {value}.",
        "tr": "{label} geçerli bir {value} olmalıdır.",
    },
    "value_enum": {
        "en": "The {label} must be one of: {value}.",
        "tr": "{label} şunlardan biri olmalıdır: {value}.",
    },
    "value_const": {
        "en": "The {label} must be {value}.",
        "tr": "{label} {value} olmalıdır.",
    },
    "value_minimum": {
        "en": "The {label} must be at least {value}.",
        "tr": "{label} en az {value} olmalıdır.",
    },
    "value_maximum": {
        "en": "The {label} must be at most {value}.",
        "tr": "{label} en fazla {value} olabilir.",
    },
    "value_exclusive_minimum": {
        "en": "The {label} must be greater than {value}.",
        "tr": "{label} {value} değerinden büyük olmalıdır.",
    },
    "value_exclusive_maximum": {
        "en": "The {label} must be less than {value}.",
        "tr": "{label} {value} değerinden küçük olmalıdır.",
    },
    "value_multiple_of": {
        "en": "The {label} must be a multiple of {value}.",
        "tr": "{label} {value} değerinin katı olmalıdır.",
    },
    "value_min_items": {
        "en": "The {label} must have at least {value} items.",
        "tr": "{label} en az {value} öğe içermelidir.",
    },
    "value_max_items": {
        "en": "The {label} must have at most {value} items.",
        "tr": "{label} en fazla {value} öğe içerebilir.",
    },
    "value_additional": {
        "en": "The {label} has fields that are not allowed.",
        "tr": "{label} izin verilmeyen alanlar içeriyor.",
    },
    "value_invalid": {
        "en": "The {label} is invalid ({value}).",
        "tr": "{label} geçersiz ({value}).",
    },
}


class Problem(Exception):
    """An error answer: HTTP status, envelope message and optional field errors."""

    def __init__(
        self, status: int, message: str, errors: dict[str, list[str]] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors


def message(key: str, language: str, **values: object) -> str:
    """A message in the request's language (English when there is no translation)."""
    return MESSAGES[key].get(language, MESSAGES[key]["en"]).format(**values)


def problem(
    status: int, key: str, language: str, field: str | None = None, **values: object
) -> Problem:
    """An error answer whose message also names ``field`` in ``data.errors``."""
    text = message(key, language, **values)
    return Problem(status, text, {field: [text]} if field else None)


@dataclass(frozen=True)
class Call:
    params: dict[str, Any]
    body: Any
    language: str
    origin: str  # scheme://host:port of the request
    path: str  # the request's path, without the query
    client_ip: str
    store: Store
    # The customer whose token authenticated the call (Embedded Webview); None: the partner.
    token_customer: str | None = None

    def text(self, key: str, **values: object) -> str:
        return message(key, self.language, **values)

    def problem(self, status: int, key: str, field: str | None = None, **values: object) -> Problem:
        return problem(status, key, self.language, field, **values)


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


# ---------------------------------------------------------------- rendering
def money(value: str | Decimal) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)


def fullname(row: sqlite3.Row | dict[str, Any]) -> str:
    parts = [row["firstname"], row["middlename"], row["lastname"]]
    return " ".join(p for p in parts if p)


def customer_json(row: sqlite3.Row, *, with_account: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {"external_id": row["external_id"]}
    for field in CUSTOMER_FIELDS:
        if field == "tax_office" and not with_account:
            continue
        if row[field] is not None:
            data[field] = row[field]
    data["fullname"] = fullname(row)
    if with_account:
        data["account_type"] = row["account_type"]
    return data


def wallet_json(row: sqlite3.Row) -> dict[str, Any]:
    balance, blocked = money(row["balance"]), money(row["blocked"])
    return {
        "id": row["id"],
        "customer_external_id": row["customer_external_id"],
        **WALLET_KINDS[row["currency_code"]],
        "currency_code": row["currency_code"],
        "balance": balance,
        "blocked": blocked,
        "real_balance": balance - blocked,
    }


def order_json(row: sqlite3.Row, customer: sqlite3.Row) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": row["id"],
        "guid": row["guid"],
        "order_creation_status": row["order_creation_status"],
        "external_id": row["external_id"],
        "increment_id": row["increment_id"],
        "token": row["token"],
    }
    for column in MONEY_COLUMNS:
        data[column] = money(row[column])
    data.update(
        {
            "currency_code": row["currency_code"],
            "status_id": row["status_id"],
            "status_name": STATUS_NAMES[row["status_id"]],
            "customer": customer_json(customer, with_account=False),
            "shippingaddress": loads(row["shipping_address"]),
            "billingaddress": loads(row["billing_address"]),
            "payment": loads(row["payment"]),
            "delivery": loads(row["delivery"]),
            "order_at": row["order_at"],
            "items": loads(row["items"]),
        }
    )
    return data


def paginator(
    call: Call, rows: list[Any], render: Callable[[Any], Any], *, keep: tuple[str, ...]
) -> dict[str, Any]:
    """A Laravel ``LengthAwarePaginator`` of ``rows`` (already filtered and sorted).

    Its URLs keep the request's other query parameters named in ``keep``.
    """
    page = int(call.params.get("page", 1))
    per_page = int(call.params.get("total", 10))
    total = len(rows)
    last_page = max(1, math.ceil(total / per_page))
    chunk = rows[(page - 1) * per_page : page * per_page]
    kept = {k: v for k, v in call.params.items() if k in keep and k != "page"}
    base = call.origin + call.path

    def url(number: int) -> str:
        return f"{base}?{urlencode({**kept, 'page': number})}"

    def link(number: int | None, label: str, active: bool = False) -> dict[str, Any]:
        return {"url": url(number) if number else None, "label": label, "active": active}

    window = sorted({1, last_page, *range(max(1, page - 3), min(last_page, page + 3) + 1)})
    links = [link(page - 1 if page > 1 else None, "pagination.previous")]
    previous = 0
    for number in window:
        if number - previous > 1:
            links.append(link(None, "..."))
        links.append(link(number, str(number), number == page))
        previous = number
    links.append(link(page + 1 if page < last_page else None, "pagination.next"))
    first = (page - 1) * per_page + 1
    return {
        "current_page": page,
        "data": [render(r) for r in chunk],
        "first_page_url": url(1),
        "from": first if chunk else None,
        "last_page": last_page,
        "last_page_url": url(last_page),
        "links": links,
        "next_page_url": url(page + 1) if page < last_page else None,
        "path": base,
        "per_page": per_page,
        "prev_page_url": url(page - 1) if page > 1 else None,
        "to": first + len(chunk) - 1 if chunk else None,
        "total": total,
    }


# ---------------------------------------------------------------- lookups
def customer_or_404(call: Call, external_id: str, field: str | None = None) -> sqlite3.Row:
    """An active customer, or 404 (unknown or removed)."""
    row = call.store.customer(external_id)
    if row is None:
        raise call.problem(404, "customer_not_found", field)
    if row["removed_at"] is not None:
        raise call.problem(404, "customer_removed", field)
    return row


def basket_or_404(call: Call, customer: sqlite3.Row, token: str) -> sqlite3.Row:
    """The customer's basket or order with ``token``, or 404 naming cart_token."""
    row = call.store.order_by_token(customer["external_id"], token)
    if row is None:
        raise call.problem(404, "basket_not_found", "cart_token")
    return row


def editable_basket(call: Call, customer: sqlite3.Row, token: str) -> sqlite3.Row:
    """A basket that can still change: not an order, not awaiting payment."""
    row = basket_or_404(call, customer, token)
    payment = loads(row["payment"])
    awaiting = payment is not None and payment.get("state") == "new"
    if row["order_creation_status"] != "basket" or awaiting:
        raise call.problem(409, "basket_locked", "cart_token")
    return row
