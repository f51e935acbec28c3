from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.ecom_order import EcomOrder
    from ..models.page_link import PageLink


T = TypeVar("T", bound="EcomOrderPage")


@_attrs_define(frozen=True, slots=False)
class EcomOrderPage:
    """A Laravel paginator of Ecom Orders."""

    current_page: int
    data: list[EcomOrder]
    first_page_url: str
    from_: int | None
    last_page: int
    last_page_url: str
    links: list[PageLink]
    next_page_url: None | str
    path: str
    per_page: int
    prev_page_url: None | str
    to: int | None
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        first_page_url = self.first_page_url

        from_: int | None
        from_ = self.from_

        last_page = self.last_page

        last_page_url = self.last_page_url

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        next_page_url: None | str
        next_page_url = self.next_page_url

        path = self.path

        per_page = self.per_page

        prev_page_url: None | str
        prev_page_url = self.prev_page_url

        to: int | None
        to = self.to

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "data": data,
                "first_page_url": first_page_url,
                "from": from_,
                "last_page": last_page,
                "last_page_url": last_page_url,
                "links": links,
                "next_page_url": next_page_url,
                "path": path,
                "per_page": per_page,
                "prev_page_url": prev_page_url,
                "to": to,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return convert(src_dict, cls)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        own_properties(self)[key] = value

    def __delitem__(self, key: str) -> None:
        del own_properties(self)[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from . import bind as _bind

_bind(globals(), ("EcomOrder", "PageLink"))
