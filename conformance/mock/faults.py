"""Known defects the mock can switch on, one at a time, so a test suite can be tested against real bugs.

Each is deterministic and realistic: the kind of bug a real service ships. `python -m conformance mock
--list-faults` prints this table.
"""

from __future__ import annotations

FAULTS: dict[str, str] = {
    "server-error-on-input": "get imported number answers 500 instead of 404 for a number that is not imported",
    "response-schema-violation": "get imported number returns phoneNumber as an integer instead of a string",
    "undocumented-enum-value": "get hosting order returns state PROCESSING, which the state enum does not list",
    "undocumented-status": "delete imported number answers 204, which the spec does not document",
    "wrong-content-type": "get hosting order answers its JSON as text/plain",
    "error-shape-wrong": "every error body carries code as an integer (ErrorResponse says string)",
    "delete-does-not-delete": "delete imported number answers 200 but the number stays",
    "duplicates-accepted": "importing a number that exists answers 200 (overwriting it) instead of 409",
    "patch-ignores-update-mask": "update imported number replaces the resource with the body, ignoring updateMask",
    "pagination-repeats-items": "every list's next page starts with the last item of the previous page",
    "pagination-never-ends": "every list's last page has a nextPageToken that points at that same page",
    "total-size-wrong": "every list's totalSize is one more than the number of matching items",
    "filter-ignored": "list imported numbers ignores the regionCode filter",
    "auth-ignored": "requests without credentials are served as if authenticated",
    "validation-gap": "import number accepts a phoneNumber that is not E.164",
    "report-counts-wrong": "hosting-order report total is one less than the order's numbers",
    "get-differs-from-create": "get imported number drops the displayName it was created with",
    "callback-bad-signature": "callbacks are signed with an empty secret instead of the project's hmacSecret",
    "orders-never-progress": "hosting orders stay SUBMITTED forever, over time and on demand",
}


def check_fault(name: str | None) -> str | None:
    """`name` if it is a known fault (or None); ValueError naming the choices otherwise."""
    if name is not None and name not in FAULTS:
        raise ValueError(f"unknown fault {name!r} (see --list-faults)")
    return name
