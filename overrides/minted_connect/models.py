"""The API's data models (attrs classes generated from spec/openapi.yaml).

Build request bodies with them and read responses as them::

    from minted_connect.models import NewIndividualCustomer
"""

from minted_connect_generated.models import *  # noqa: F403
from minted_connect_generated.models import __all__ as __all__
from minted_connect_generated.types import UNSET as UNSET
from minted_connect_generated.types import Unset as Unset
