"""What every handler shares: the call, its refusals, the message catalog, the paginator.

A handler receives the validated request (:class:`Call`) and returns the response's
``data``, or raises :class:`Problem` for an error envelope. The request has already
passed the spec's schemas; handlers check what a schema cannot (existence, ownership,
stock, the basket's state).

Statuses for refusals of schema-valid requests: 404 when something named does not
exist (for this customer), 409 when the state forbids it (stock, an empty or locked
basket, a duplicate). 422 stays for requests that break the spec.

Every refusal's text comes from ONE catalog of messages, Turkish and English: the
core's entries (``MESSAGES``: routing, authentication, request validation) and each
section's (its ``_messages.py``), put together when the sandbox starts
(``_section.catalog``); a key defined twice stops the start.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlencode

if TYPE_CHECKING:
    from ._spec import Spec
    from ._store import Store

Catalog = Mapping[str, Mapping[str, str]]
CENT = Decimal("0.01")
# The core's entries of the catalog: what the core itself answers (routing, Digest and
# customer-token authentication, the body's limits) and request validation (_spec).
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
    # the WebSocket layer's close reasons (_ws): each fits a close frame (123 bytes)
    "ws_too_big": {
        "en": "A message may hold at most {size} bytes.",
        "tr": "Bir mesaj en fazla {size} bayt olabilir.",
    },
    "ws_protocol": {
        "en": "Not a valid WebSocket frame (this server takes no compression).",
        "tr": "Geçerli bir WebSocket çerçevesi değil (bu sunucu sıkıştırma almaz).",
    },
    "ws_not_utf8": {
        "en": "A text message must be valid UTF-8.",
        "tr": "Bir metin mesajı geçerli UTF-8 olmalıdır.",
    },
    "ws_slow_reader": {
        "en": "Nothing was read for {seconds} s: reconnect (after=the last sequence).",
        "tr": "{seconds} sn hiçbir şey okunmadı: yeniden bağlanın (after=son sıra).",
    },
    "rate_limited": {
        "en": "Too many requests: retry after the given seconds.",
        "tr": "Çok fazla istek: belirtilen saniye sonra tekrar deneyin.",
    },
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
    # the core's controls (_controls, _faults): faults, the request journal
    "control_body": {
        "en": "The body must be a JSON object with: {fields}.",
        "tr": "Gövde şu alanları içeren bir JSON nesnesi olmalıdır: {fields}.",
    },
    "fault_target": {
        "en": "The target must be an operationId or a path of the spec; {target} is neither.",
        "tr": "Hedef, spec'teki bir operationId ya da yol olmalıdır; {target} ikisi de değil.",
    },
    "fault_kind": {
        "en": "The kind must be one of: {kinds}.",
        "tr": "Tür şunlardan biri olmalıdır: {kinds}.",
    },
    "fault_times": {
        "en": "The times must be an integer from 1 to {most}.",
        "tr": "Tekrar sayısı 1 ile {most} arasında bir tam sayı olmalıdır.",
    },
    "fault_seconds": {
        "en": "The seconds must be a number from 0 to {most}.",
        "tr": "Saniye 0 ile {most} arasında bir sayı olmalıdır.",
    },
    "fault_retry_after": {
        "en": "The retry_after must be one of: {forms}.",
        "tr": "retry_after şunlardan biri olmalıdır: {forms}.",
    },
    "fault_retry_after_kind": {
        "en": "The retry_after is only for the kinds that ask to wait: {kinds}.",
        "tr": "retry_after yalnızca bekleme isteyen türler içindir: {kinds}.",
    },
    "fault_syntax": {
        "en": "The fault {text} is not TARGET:KIND[:TIMES[:SECONDS[:RETRY_AFTER]]].",
        "tr": "{text} arızası TARGET:KIND[:TIMES[:SECONDS[:RETRY_AFTER]]] biçiminde değil.",
    },
    "journal_operation": {
        "en": "The operation_id must be an operationId of the spec; {operation_id} is not.",
        "tr": "operation_id spec'teki bir operationId olmalıdır; {operation_id} değil.",
    },
    "journal_method": {
        "en": "The method must be one of: {methods}.",
        "tr": "Yöntem şunlardan biri olmalıdır: {methods}.",
    },
    "journal_status": {
        "en": "The status must be an HTTP status, an integer from 100 to 599.",
        "tr": "Durum bir HTTP durumu, 100 ile 599 arasında bir tam sayı olmalıdır.",
    },
    "journal_limit": {
        "en": "The limit must be an integer from 1 to {most}.",
        "tr": "Sınır 1 ile {most} arasında bir tam sayı olmalıdır.",
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


def text(catalog: Catalog, key: str, language: str, **values: object) -> str:
    """The catalog's message ``key`` in ``language`` (English when there is no translation)."""
    return catalog[key].get(language, catalog[key]["en"]).format(**values)


LANGUAGES = ("tr", "en")  # what Accept-Language may ask for; tr when it asks for neither


def language_of(accept_language: str | None) -> str:
    """The language of the catalog an ``Accept-Language`` value asks for (``tr`` unless
    it says ``en``)."""
    return accept_language if accept_language in LANGUAGES else "tr"


def message(key: str, language: str, **values: object) -> str:
    """One of the core's own messages (``MESSAGES``) in ``language``."""
    return text(MESSAGES, key, language, **values)


@dataclass(frozen=True)
class Context:
    """What every call to one running sandbox shares: its database, the whole message
    catalog, the settings (by name, ``_section.Setting``), what each section keeps in
    memory (by section name) and the spec it serves."""

    store: Store
    catalog: Catalog
    settings: Mapping[str, object]
    runtime: Mapping[str, object]
    spec: Spec


@dataclass(frozen=True)
class Call:
    """One request, validated: for an operation's handler, a route's or a WebSocket's."""

    context: Context
    params: dict[str, Any]
    body: Any
    language: str
    origin: str  # scheme://host:port of the request
    path: str  # the request's path, without the query
    client_ip: str
    # The customer whose token authenticated the call (Embedded Webview); None: the partner.
    token_customer: str | None = None

    @property
    def store(self) -> Store:
        return self.context.store

    def text(self, key: str, **values: object) -> str:
        return text(self.context.catalog, key, self.language, **values)

    def problem(self, status: int, key: str, field: str | None = None, **values: object) -> Problem:
        """An error answer whose message also names ``field`` in ``data.errors``."""
        message = self.text(key, **values)
        return Problem(status, message, {field: [message]} if field else None)

    def invalid(self, errors: dict[str, list[str]]) -> Problem:
        """A 422 as request validation answers it: the catalog's ``invalid``, and ``errors``
        naming each field."""
        return Problem(422, self.text("invalid"), errors)


Handler = Callable[[Call], Any]
H = TypeVar("H", bound=Handler)


class Handlers(dict[str, Handler]):
    """A module's operation handlers by operationId, as the module declares them::

        handlers = Handlers()

        @handlers.operation("fix_price")
        def fix_price(call: Call) -> dict[str, Any]: ...

    Its section hands them to the core (``Section.handlers``).
    """

    def operation(self, operation_id: str) -> Callable[[H], H]:
        def register(handler: H) -> H:
            if operation_id in self:
                raise ValueError(f"operation {operation_id!r} has two handlers")
            self[operation_id] = handler
            return handler

        return register


def cents(value: Decimal | int) -> Decimal:
    """An amount of money, half-up to the kuruş (the API's rounding; the fils in AED)."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


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
