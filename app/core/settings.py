"""Application settings: DATABASE_URL as is, everything else prefixed ENTENTE_."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

VAR_DIR = Path("var")
PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", ""}


def _persistent_secret(var_dir: Path) -> str:
    """Generate a secret key once and keep it under var/, so sessions survive restarts."""
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    return key


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ENTENTE_", env_file=".env", extra="ignore")

    environment: str = "development"
    var_dir: Path = VAR_DIR
    database_url: str = Field(
        default="", validation_alias=AliasChoices("DATABASE_URL", "ENTENTE_DATABASE_URL")
    )
    secret_key: SecretStr = Field(
        default=SecretStr(""), validation_alias=AliasChoices("SECRET_KEY", "ENTENTE_SECRET_KEY")
    )
    log_level: str = Field(default="INFO", validation_alias=AliasChoices("LOG_LEVEL", "ENTENTE_LOG_LEVEL"))
    log_json: bool = False
    public_read: bool = True
    max_article_bytes: int = 200_000
    page_size: int = 50
    session_max_age: int = 14 * 24 * 3600
    cookie_secure: bool = False
    max_body_bytes: int = 1_000_000

    @model_validator(mode="after")
    def _fill_defaults(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{self.var_dir / 'entente.db'}"
        if not self.secret_key.get_secret_value():
            if self.environment != "development":
                raise ValueError("SECRET_KEY must be set outside development")
            self.secret_key = SecretStr(_persistent_secret(self.var_dir))
        elif self.environment != "development" and self.secret_key.get_secret_value() in PLACEHOLDER_SECRETS:
            raise ValueError("SECRET_KEY is a placeholder; set a real secret outside development")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
