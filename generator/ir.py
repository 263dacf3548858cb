"""The intermediate model: finished names, annotations and imports, ready for templates.

Everything here is plain frozen data. Strings that came from the spec (descriptions, wire
names, enum values, paths) stay raw; templates pass them through escaping filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TypeRef:
    """A Python annotation built only from generated names, builtins and module aliases."""

    annotation: str
    names: frozenset[str] = frozenset()  # generated type names it mentions
    optional: bool = False

    def or_none(self) -> TypeRef:
        if self.optional or self.annotation in ("None", "_t.Any"):
            return self
        return TypeRef(f"{self.annotation} | None", self.names, True)


ANY = TypeRef("_t.Any")


@dataclass(frozen=True)
class Field:
    name: str
    wire_name: str
    type: TypeRef
    required: bool
    description: str | None = None
    deprecated: bool = False

    @property
    def aliased(self) -> bool:
        """Whether the attribute name differs from the spec's property name."""
        return self.name != self.wire_name


@dataclass(frozen=True)
class Model:
    name: str
    fields: tuple[Field, ...]
    description: str | None
    source: str  # JSON pointer of the schema
    kind: str = "model"


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str | int
    description: str | None = None


@dataclass(frozen=True)
class Enum:
    name: str
    base: str  # "str" or "int"
    members: tuple[EnumMember, ...]
    description: str | None
    source: str
    kind: str = "enum"


@dataclass(frozen=True)
class Union:
    """A named oneOf/anyOf; `discriminator` is the wire name of the tag property, if any."""

    name: str
    variants: tuple[TypeRef, ...]
    discriminator: str | None
    description: str | None
    source: str
    kind: str = "union"


@dataclass(frozen=True)
class Alias:
    name: str
    type: TypeRef
    description: str | None
    source: str
    kind: str = "alias"


NamedType = Model | Enum | Union | Alias


@dataclass(frozen=True)
class Parameter:
    name: str
    wire_name: str
    location: str  # path | query | header | cookie
    type: TypeRef
    required: bool
    description: str | None = None
    explode: bool = True
    style: str = "form"
    client_default: bool = False  # falls back to the client's value (e.g. project_id)


@dataclass(frozen=True)
class RequestBody:
    name: str
    type: TypeRef
    media_type: str
    encoding: str  # json | form | multipart | bytes | text
    required: bool
    description: str | None = None


@dataclass(frozen=True)
class Response:
    status: str
    type: TypeRef | None
    media_type: str | None
    description: str | None = None


@dataclass(frozen=True)
class Pagination:
    """A `pageToken`/`nextPageToken` list: how to walk it."""

    token_param: str  # python name of the page-token parameter
    items_attr: str  # attribute of the page holding the items
    next_attr: str  # attribute of the page holding the next token
    page_type: TypeRef
    item_type: TypeRef


@dataclass(frozen=True)
class Operation:
    name: str
    operation_id: str
    method: str
    path: str
    summary: str | None
    description: str | None
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]  # documented 2xx responses
    return_type: TypeRef
    deprecated: bool = False
    source: str = ""
    errors: tuple[Response, ...] = ()  # documented non-2xx responses
    pagination: Pagination | None = None
    pager_name: str = ""  # the `<name>_all` method, when paginated

    @property
    def required_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.required)

    @property
    def optional_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if not p.required)


@dataclass(frozen=True)
class Resource:
    attribute: str
    class_name: str
    module: str
    tag: str
    description: str | None
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: str  # basic | bearer | oauth2 | api_key
    token_url: str | None = None
    key_name: str | None = None  # api_key: header or query parameter name
    key_location: str | None = None  # api_key: header | query


@dataclass(frozen=True)
class ClientDefault:
    """A path parameter every operation takes, settable once on the client."""

    name: str
    wire_name: str


@dataclass(frozen=True)
class Webhook:
    name: str
    function: str  # parse_<name>
    payload: TypeRef
    signature_header: str | None = None
    algorithm: str = "sha1"
    encoding: str = "hex"
    description: str | None = None


@dataclass(frozen=True)
class Server:
    url: str
    description: str | None


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str | None
    package_name: str
    distribution_name: str
    servers: tuple[Server, ...]
    types: tuple[NamedType, ...]
    resources: tuple[Resource, ...]
    source_name: str
    security: tuple[SecurityScheme, ...] = ()
    client_defaults: tuple[ClientDefault, ...] = ()
    webhooks: tuple[Webhook, ...] = ()
    env_prefix: str = "API_"
    stats: dict[str, int] = field(default_factory=dict, hash=False, compare=False)
