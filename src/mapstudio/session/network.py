"""The machine's network interfaces, as the facilitator chooses among them.

Only the interface the facilitator picks is listened on. A room's network (private ranges:
192.168.x, 10.x, 172.16-31.x, and link-local) is offered first; a public address is listed
but marked, and never chosen by default; this computer alone (127.0.0.1) is always there.
"""

from __future__ import annotations

import ipaddress

from mapstudio.records import record

LOOPBACK = "127.0.0.1"


@record
class Interface:
    name: str  # the system's name for it (eth0, wlan0, en0...)
    address: str  # an IPv4 address
    kind: str  # "local" (a room's network), "loopback" (this computer), "public"


def classify(address: str) -> str:
    ip = ipaddress.ip_address(address)
    if ip.is_loopback:
        return "loopback"
    if ip.is_private or ip.is_link_local:
        return "local"
    return "public"


def interfaces() -> list[Interface]:
    """IPv4 interfaces: the room's networks first, then this computer alone, then public ones."""
    import ifaddr  # zeroconf's own dependency: addresses without running a command

    found: dict[str, Interface] = {}
    try:
        adapters = ifaddr.get_adapters()
    except OSError:
        adapters = []
    for adapter in adapters:
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and ip.ip not in found:
                found[ip.ip] = Interface(adapter.nice_name, ip.ip, classify(ip.ip))
    found.setdefault(LOOPBACK, Interface("lo", LOOPBACK, "loopback"))
    rank = {"local": 0, "loopback": 1, "public": 2}
    return sorted(found.values(), key=lambda i: (rank[i.kind], i.name, i.address))


def default_interface(choices: list[Interface]) -> Interface:
    """The room's network if there is one, else this computer alone; never a public address."""
    for interface in choices:
        if interface.kind == "local":
            return interface
    return next(i for i in choices if i.kind == "loopback")
