"""The API's data models (attrs classes generated from spec/openapi.yaml).

Build request bodies with them and read responses as them::

    from minted_connect.models import NewIndividualCustomer

Each model's module is imported when the model is first asked for.
"""

from typing import TYPE_CHECKING, Any

from minted_connect_generated import models as _generated
from minted_connect_generated.models import __all__ as __all__
from minted_connect_generated.types import UNSET as UNSET
from minted_connect_generated.types import Unset as Unset

if TYPE_CHECKING:
    from minted_connect_generated.models import *  # noqa: F403
else:

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_generated, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
