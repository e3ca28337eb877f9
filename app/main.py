"""create_app(): middleware, routers, handlers. Nothing runs at import time but the factory call."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from app.core import errors
from app.core.auth import CurrentUser
from app.core.health import router as health_router
from app.core.logging import configure as configure_logging
from app.core.middleware import RequestContextMiddleware
from app.core.settings import get_settings
from app.engagements.views import router as engagement_router
from app.users.views import router as user_router

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"


def create_app() -> FastAPI:
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    app = FastAPI(
        title="Entente",
        summary="Bilateral defence engagements: timeline, filters and article extraction.",
        version="0.1.0",
        dependencies=[Depends(_remember_user)],
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key.get_secret_value(),
        session_cookie="entente_session",
        max_age=settings.session_max_age,
        same_site="lax",
        https_only=settings.cookie_secure,
    )
    app.add_middleware(RequestContextMiddleware)
    errors.install(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(health_router)
    app.include_router(engagement_router)
    app.include_router(user_router)
    return app


def _remember_user(request: Request, user: CurrentUser) -> None:
    """Make the signed-in user available to templates as request.state.user."""
    request.state.user = user
