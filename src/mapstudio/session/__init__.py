"""The live workshop session: a host that shares one map with participants on the room's network.

Qt-free (an import-linter contract keeps it so): the editor drives it from a worker thread, the
``mapstudio session serve`` command runs it headless. Every byte from the network is hostile:
see ``guard`` (join code, rate and size limits) and ``intents`` (messages checked against the
map's rules and turned into core edits).
"""
