"""Walking through every page of a paginated operation.

    for order in paginate(client.checkout.list_orders, customer_external_id="C-1001", total=30):
        ...

Works with any operation that answers a Laravel paginator (``list_products``,
``list_orders``, ``list_incomplete_baskets``, the Partner API's
``client.partner_orders.list``): it asks for page 1, 2, ... until
the page's ``last_page``, passing the other arguments through unchanged. The
loop is bounded by what the server reports and stops if a page does not move
forward, so a misbehaving server cannot keep it going.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class Page(Protocol[T_co]):
    """What every Laravel paginator model has (ProductPage, EcomOrderPage, ...)."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def current_page(self) -> int: ...

    @property
    def last_page(self) -> int: ...


def _next(page: Page[Any], asked: int) -> int | None:
    if not page.data or page.current_page >= page.last_page or page.current_page < asked:
        return None
    return page.current_page + 1


def paginate(list_method: Callable[..., Page[T]], /, **params: Any) -> Iterator[T]:
    """Every item of every page, from ``page`` (default 1) to the last."""
    number: int | None = int(params.pop("page", 1))
    while number is not None:
        page = list_method(page=number, **params)
        yield from page.data
        number = _next(page, number)


async def apaginate(
    list_method: Callable[..., Awaitable[Page[T]]], /, **params: Any
) -> AsyncIterator[T]:
    """The asyncio twin of :func:`paginate`."""
    number: int | None = int(params.pop("page", 1))
    while number is not None:
        page = await list_method(page=number, **params)
        for item in page.data:
            yield item
        number = _next(page, number)
