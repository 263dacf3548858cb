"""Operations grouped by the spec's tags: one sync and one async class per group."""

from .imported_numbers import AsyncImportedNumbers, ImportedNumbers
from .hosting_orders import AsyncHostingOrders, HostingOrders
from .callbacks import AsyncCallbacks, Callbacks
from .qualified_numbers import AsyncQualifiedNumbers, QualifiedNumbers

__all__ = [
    "AsyncImportedNumbers",
    "ImportedNumbers",
    "AsyncHostingOrders",
    "HostingOrders",
    "AsyncCallbacks",
    "Callbacks",
    "AsyncQualifiedNumbers",
    "QualifiedNumbers",
]
