from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.walletable_import_status import WalletableImportStatus
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.walletable_import_error import WalletableImportError


T = TypeVar("T", bound="WalletableImport")


@_attrs_define(frozen=True, slots=False)
class WalletableImport:
    """An Excel import of customers and where it is."""

    id: str
    file_name: str
    status: WalletableImportStatus | str
    created_at: datetime.datetime
    rows_total: int
    rows_imported: int
    rows_failed: int
    errors: list[WalletableImportError]
    imported: list[str]
    """ The external ids of the customers created, in row order. """
    finished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_name = self.file_name

        status: str = self.status

        created_at = self.created_at.isoformat()

        rows_total = self.rows_total

        rows_imported = self.rows_imported

        rows_failed = self.rows_failed

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        imported = self.imported

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "file_name": file_name,
                "status": status,
                "created_at": created_at,
                "rows_total": rows_total,
                "rows_imported": rows_imported,
                "rows_failed": rows_failed,
                "errors": errors,
                "imported": imported,
            }
        )
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

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

_bind(globals(), ("WalletableImportError",))
