"""The kit core: spec-agnostic runner, checks, reports."""
