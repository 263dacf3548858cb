"""Operations grouped by the spec's tags: one sync and one async class per group."""

from .imported_numbers import AsyncImportedNumbers, ImportedNumbers
from .hosting_orders import AsyncHostingOrders, HostingOrders
from .imported_numbers_and_hosting_orders_callbacks import (
    AsyncImportedNumbersAndHostingOrdersCallbacks,
    ImportedNumbersAndHostingOrdersCallbacks,
)
from .qualified_numbers import AsyncQualifiedNumbers, QualifiedNumbers

__all__ = [
    "AsyncImportedNumbers",
    "ImportedNumbers",
    "AsyncHostingOrders",
    "HostingOrders",
    "AsyncImportedNumbersAndHostingOrdersCallbacks",
    "ImportedNumbersAndHostingOrdersCallbacks",
    "AsyncQualifiedNumbers",
    "QualifiedNumbers",
]
