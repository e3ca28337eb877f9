from __future__ import annotations

import datetime as dt

from app.main import create_app
from app.users.throttle import AddressThrottle

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_address_is_blocked_after_the_limit_then_released_after_the_window() -> None:
    throttle = AddressThrottle(limit=3, window=dt.timedelta(minutes=15))
    for i in range(3):
        assert not throttle.blocked("1.2.3.4", NOW)
        throttle.fail("1.2.3.4", NOW + dt.timedelta(seconds=i))
    assert throttle.blocked("1.2.3.4", NOW + dt.timedelta(minutes=1))
    assert not throttle.blocked("5.6.7.8", NOW)
    assert not throttle.blocked("1.2.3.4", NOW + dt.timedelta(minutes=16))
    assert len(throttle) == 0  # expired addresses are forgotten


def test_memory_is_bounded_by_addresses_and_by_failures_per_address() -> None:
    throttle = AddressThrottle(limit=5, max_addresses=100)
    for i in range(1000):
        throttle.fail(f"10.0.{i // 256}.{i % 256}", NOW)
    assert len(throttle) == 100
    for _ in range(1000):
        throttle.fail("9.9.9.9", NOW)
    assert len(throttle._failures["9.9.9.9"]) == 5


def test_each_app_has_its_own_throttle() -> None:
    first, second = create_app(), create_app()
    assert first.state.login_throttle is not second.state.login_throttle
