"""How `hustings ingest` and a running `hustings serve` share one on-disk store.

Oxigraph's on-disk store admits one read-write process (a second open fails on
RocksDB's LOCK file), and opening it read-only while another process writes is
undefined behaviour. So the process that holds the store is the only writer:
`serve` announces itself in a small file beside the store (its URL, its pid and
a random write token, readable only by the owner), and `ingest`, finding the
store locked, extracts locally and hands each article's named graph to the
server through the Graph Store Protocol (`PUT /store?graph=IRI`), which
replaces it atomically in the server's process.
"""
from __future__ import annotations

import json
import os
import secrets
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from graph.store import Store, StoreLocked


class StoreBusy(Exception):
    """The store is locked and no live server announced itself to take our writes."""


@dataclass(frozen=True)
class ServerLink:
    url: str
    token: str
    pid: int

    @staticmethod
    @contextmanager
    def announce(conf: dict, host: str, port: int):
        """Write the server file for the life of the server; yield the write token."""
        token = secrets.token_urlsafe(32)
        reach = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        path = Path(conf["SERVER_FILE"])
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump({"url": f"http://{reach}:{port}", "token": token, "pid": os.getpid()}, fh)
        try:
            yield token
        finally:
            path.unlink(missing_ok=True)

    @classmethod
    def find(cls, conf: dict) -> "ServerLink | None":
        """The announced server, if its process is still alive."""
        try:
            data = json.loads(Path(conf["SERVER_FILE"]).read_text())
            link = cls(url=data["url"], token=data["token"], pid=int(data["pid"]))
            os.kill(link.pid, 0)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return link

    def put_graph(self, graph_iri: str, triples) -> None:
        graph = Graph()
        for triple in triples:
            graph.add(triple)
        body = graph.serialize(format="nt", encoding="utf-8")
        self._send("PUT", graph_iri, body)

    def _send(self, method: str, graph_iri: str, body: bytes) -> None:
        url = f"{self.url}/store?" + urllib.parse.urlencode({"graph": graph_iri})
        request = urllib.request.Request(url, data=body, method=method, headers={
            "Content-Type": "application/n-triples",
            "Authorization": f"Bearer {self.token}",
        })
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300]
            raise RuntimeError(f"server at {self.url} refused the graph ({exc.code}): {detail}") from None
        except urllib.error.URLError as exc:
            raise RuntimeError(f"server at {self.url} unreachable: {exc.reason}") from None


@contextmanager
def open_store_or_link(conf: dict):
    """Yield (writer, description): the store itself, or the live server that holds it."""
    try:
        store = Store.open(conf["STORE_PATH"])
    except StoreLocked:
        link = ServerLink.find(conf)
        if link is None:
            raise StoreBusy(f"the store {conf['STORE_PATH']} is in use by another hustings process; "
                            "wait for it to finish and try again")
        yield link, f"the running server at {link.url}"
        return
    with store:
        yield store, conf["STORE_PATH"]
