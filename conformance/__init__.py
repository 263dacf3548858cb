"""Conformance kit: property-based tests of any endpoint of an OpenAPI 3.0 API, and a stateful mock."""
