"""Enumerate the app's routes so security tests cover endpoints added later without being edited."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel

WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
SESSION_ROUTES = {"/login", "/logout"}  # writes that need no role


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # the template, e.g. /admin/users/{user_id}/role
    route: APIRoute

    @property
    def is_api(self) -> bool:
        return self.path.startswith("/api/")

    @property
    def path_params(self) -> list[str]:
        return re.findall(r"{(\w+)(?::\w+)?}", self.path)

    @property
    def query_params(self) -> list[str]:
        return sorted(set(_query_names(self.route.dependant)))

    def url(self, **values: object) -> str:
        """The path with each {param} replaced by values[param] (default 1)."""
        return re.sub(r"{(\w+)(?::\w+)?}", lambda m: str(values.get(m.group(1), 1)), self.path)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def _query_names(dependant: Dependant) -> Iterator[str]:
    """Query parameter names of a route and its dependencies; a Query() model gives its fields."""
    for field in dependant.query_params:
        annotation = field.field_info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from (f.alias or name for name, f in annotation.model_fields.items())
        else:
            yield field.alias
    for sub in dependant.dependencies:
        yield from _query_names(sub)


def endpoints(app: FastAPI, methods: tuple[str, ...]) -> Iterator[Endpoint]:
    """Every (method, path) of the app's API routes, with router prefixes applied.

    FastAPI 0.16x keeps included routers lazily (app.routes holds wrappers), so walk the route contexts.
    """
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and context.path:
            for method in sorted(set(context.methods or ()) & set(methods)):
                yield Endpoint(method, context.path, route)


def page_writes(app: FastAPI) -> list[Endpoint]:
    return [e for e in endpoints(app, WRITE_METHODS) if not e.is_api]


def api_writes(app: FastAPI) -> list[Endpoint]:
    return [e for e in endpoints(app, WRITE_METHODS) if e.is_api]


def role_writes(app: FastAPI) -> list[Endpoint]:
    """Every write that needs a role: everything but signing in and out."""
    return [e for e in endpoints(app, WRITE_METHODS) if e.path not in SESSION_ROUTES]


def reads(app: FastAPI) -> list[Endpoint]:
    return list(endpoints(app, ("GET",)))
