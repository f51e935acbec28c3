from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_type import CardType
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.installment_item import InstallmentItem


T = TypeVar("T", bound="CardBinInfo")


@_attrs_define(frozen=True, slots=False)
class CardBinInfo:
    """What a BIN says about a card, and its installments for the amount."""

    bin: str = _attrs_field(alias="bin_")
    """ The first six to eight digits of a card number (its BIN); never the whole number. """
    card_association: str
    card_type: CardType | str
    """ Card Types (inferred values). """
    amount: Decimal
    installments: list[InstallmentItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def bin_(self) -> str:
        """``bin``, by the name the generator gives it."""
        return self.bin

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        card_association = self.card_association

        card_type: str = self.card_type

        amount = self.amount

        installments = []
        for installments_item_data in self.installments:
            installments_item = installments_item_data.to_dict()
            installments.append(installments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "card_association": card_association,
                "card_type": card_type,
                "amount": amount,
                "installments": installments,
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

_bind(globals(), ("InstallmentItem",))
