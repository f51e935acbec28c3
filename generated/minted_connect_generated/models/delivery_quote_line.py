from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_code import WalletCode
from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="DeliveryQuoteLine")


@_attrs_define(frozen=True, slots=False)
class DeliveryQuoteLine:
    """One bar of a delivery and its fees."""

    sku: str
    """ A product's stock-keeping unit, for example `MNT0001`. """
    name: str
    currency_code: WalletCode | str
    """ `MAU` gold (grams), `MAG` silver (grams), `MPT` platinum (grams), `MPD` palladium (grams), `TRY` Turkish
    lira. """
    weight: Decimal
    qty: int
    grams: Decimal
    """ weight x qty, taken from the wallet. """
    minting_fee: Decimal
    """ Per bar. """
    insurance_fee: Decimal
    """ Per bar. """
    total: Decimal
    """ (minting_fee + insurance_fee) x qty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        name = self.name

        currency_code: str = self.currency_code

        weight = self.weight

        qty = self.qty

        grams = self.grams

        minting_fee = self.minting_fee

        insurance_fee = self.insurance_fee

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "name": name,
                "currency_code": currency_code,
                "weight": weight,
                "qty": qty,
                "grams": grams,
                "minting_fee": minting_fee,
                "insurance_fee": insurance_fee,
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
