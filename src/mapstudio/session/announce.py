"""Announcing a session on the room's network with mDNS (python-zeroconf), and finding the
sessions other MapStudio apps announce (Session > Join).

The announcement carries the map's title, the host's name and the port, never the join code:
that is read off the facilitator's screen. Announced only on the interface the session listens on.
"""

from __future__ import annotations

import socket
import threading

from mapstudio.records import record

SERVICE_TYPE = "_mapstudio._tcp.local."


@record
class Announced:
    name: str  # shown in the Join list
    address: str
    port: int


class Announcer:
    """Registers the session while it runs (blocking calls: use it off the GUI thread)."""

    def __init__(self, address: str, port: int, label: str) -> None:
        from zeroconf import ServiceInfo, Zeroconf

        self._zeroconf = Zeroconf(interfaces=[address])
        short = "".join(ch for ch in label if ch.isprintable())[:40] or "MapStudio"
        self.info = ServiceInfo(
            SERVICE_TYPE,
            f"{short} ({socket.gethostname()[:20]}:{port}).{SERVICE_TYPE}",
            addresses=[socket.inet_aton(address)],
            port=port,
            properties={"path": "/y", "version": "1"},
            server=f"{socket.gethostname()[:40] or 'mapstudio'}.local.",
        )
        self._zeroconf.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        try:
            self._zeroconf.unregister_service(self.info)
        finally:
            self._zeroconf.close()


class SessionFinder:
    """Listens for announced sessions; ``sessions()`` is what was heard so far."""

    def __init__(self) -> None:
        from zeroconf import ServiceBrowser, Zeroconf

        self._found: dict[str, Announced] = {}
        self._lock = threading.Lock()
        self._zeroconf = Zeroconf()
        self._browser = ServiceBrowser(self._zeroconf, SERVICE_TYPE, handlers=[self._changed])

    def _changed(self, zeroconf, service_type: str, name: str, state_change) -> None:
        from zeroconf import ServiceStateChange

        if state_change is ServiceStateChange.Removed:
            with self._lock:
                self._found.pop(name, None)
            return
        info = zeroconf.get_service_info(service_type, name, timeout=2000)
        if info is None or not info.parsed_addresses():
            return
        label = name.removesuffix("." + SERVICE_TYPE)
        with self._lock:
            self._found[name] = Announced(label, info.parsed_addresses()[0], info.port or 0)

    def sessions(self) -> list[Announced]:
        with self._lock:
            return sorted(self._found.values(), key=lambda a: a.name)

    def close(self) -> None:
        self._browser.cancel()
        self._zeroconf.close()
