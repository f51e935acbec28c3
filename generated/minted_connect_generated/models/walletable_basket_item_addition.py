from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.walletable_basket_type import WalletableBasketType
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="WalletableBasketItemAddition")


@_attrs_define(frozen=True, slots=False)
class WalletableBasketItemAddition:
    """Body of Create Basket / Add Basket Item. Without `cart_token` a new basket of `type` is opened."""

    external_customer_id: str
    sku: str
    """ A product's stock-keeping unit, for example `MNT0001`. """
    qty: int
    """ How many bars. """
    cart_token: str | Unset = UNSET
    """ A basket's token, exactly 32 letters and digits. """
    type: WalletableBasketType | Unset = _attrs_field(alias="type_", default=UNSET)
    """ What a basket does with the vault: `buy` bars into it, `sell` bars out of it for cash, `delivery` bars out
    of it to an address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> WalletableBasketType | Unset:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        external_customer_id = self.external_customer_id

        sku = self.sku

        qty = self.qty

        cart_token = self.cart_token

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_customer_id": external_customer_id,
                "sku": sku,
                "qty": qty,
            }
        )
        if cart_token is not UNSET:
            field_dict["cart_token"] = cart_token
        if type_ is not UNSET:
            field_dict["type"] = type_

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
