from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from app.core.settings import Settings


def test_sqlite_under_var_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    settings = Settings(var_dir=tmp_path)
    assert settings.database_url == f"sqlite:///{tmp_path / 'entente.db'}"
    assert settings.is_sqlite


def test_secret_key_is_generated_once_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = Settings(var_dir=tmp_path).secret_key.get_secret_value()
    second = Settings(var_dir=tmp_path).secret_key.get_secret_value()
    assert len(first) >= 40 and first == second
    assert (tmp_path / "secret_key").read_text() == first


def test_placeholder_secret_refused_in_production(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", "changeme")
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(var_dir=tmp_path, environment="production")
    monkeypatch.delenv("SECRET_KEY")
    with pytest.raises(ValidationError, match="must be set"):
        Settings(var_dir=tmp_path, environment="production")


def test_every_setting_is_documented_in_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        env = getattr(alias, "choices", [None])[0] if alias else None
        assert (env or f"ENTENTE_{name.upper()}") in readme, f"{name} is not documented in README.md"
