"""Failed sign-ins per client address: a bounded, thread-safe, in-memory sliding window."""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict, deque


class AddressThrottle:
    """Blocks an address after `limit` failures within `window`; remembers at most `max_addresses`.

    One instance lives on app.state, so each app (and each test's app) starts clean. Memory is bounded:
    each address keeps at most `limit` timestamps and the least recently failing addresses are dropped.
    """

    def __init__(
        self, *, limit: int = 20, window: dt.timedelta = dt.timedelta(minutes=15), max_addresses: int = 10_000
    ) -> None:
        self.limit = limit
        self.window = window
        self.max_addresses = max_addresses
        self._failures: OrderedDict[str, deque[dt.datetime]] = OrderedDict()
        self._lock = threading.Lock()

    def blocked(self, address: str, now: dt.datetime) -> bool:
        with self._lock:
            recent = self._failures.get(address)
            if recent is None:
                return False
            while recent and now - recent[0] >= self.window:
                recent.popleft()
            if not recent:
                del self._failures[address]
                return False
            return len(recent) >= self.limit

    def fail(self, address: str, now: dt.datetime) -> None:
        with self._lock:
            recent = self._failures.pop(address, None) or deque(maxlen=self.limit)
            recent.append(now)
            self._failures[address] = recent  # most recent last
            while len(self._failures) > self.max_addresses:
                self._failures.popitem(last=False)

    def __len__(self) -> int:
        return len(self._failures)
