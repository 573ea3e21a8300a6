"""The `hustings` command end to end: real spaCy pipeline, real on-disk Oxigraph store, real HTTP server."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import rdflib

from hustings.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "kentonline-duffield-2022.txt"

PERSON_NAMES = """
SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } ORDER BY ?name
"""


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """One data directory with examples/ ingested, shared by the read-only command tests."""
    data = tmp_path_factory.mktemp("ingested") / "data"
    assert main(["--data", str(data), "ingest", str(EXAMPLES)]) == 0
    return data


@pytest.mark.parametrize("command", ["ingest", "extract", "serve", "query", "export", "stats"])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as exit:
        main([command, "--help"])
    assert exit.value.code == 0
    assert "usage: hustings " + command in capsys.readouterr().out


def test_ingest_examples_then_stats(capsys, ingested):
    code, out, _ = run(capsys, "--data", ingested, "stats", "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["articles"] == len(list(EXAMPLES.glob("*.txt")))
    assert stats["triples"] > 100


def test_reingest_changes_nothing(capsys, tmp_path):
    data = tmp_path / "data"
    article = EXAMPLES / "2022-01-wakeford-defection.txt"
    assert run(capsys, "--data", data, "ingest", article)[0] == 0
    first = json.loads(run(capsys, "--data", data, "stats", "--json")[1])
    assert run(capsys, "--data", data, "ingest", article)[0] == 0
    second = json.loads(run(capsys, "--data", data, "stats", "--json")[1])
    assert first == second
    assert first["articles"] == 1


def test_query_formats(capsys, ingested):
    code, out, _ = run(capsys, "--data", ingested, "query", PERSON_NAMES)
    assert code == 0
    assert out.splitlines()[0].strip() == "name"
    assert "Christian Wakeford" in out

    code, out, _ = run(capsys, "--data", ingested, "query", PERSON_NAMES, "--format", "json")
    names = [b["name"]["value"] for b in json.loads(out)["results"]["bindings"]]
    assert "Caroline Lucas" in names and names == sorted(names)

    code, out, _ = run(capsys, "--data", ingested, "query", PERSON_NAMES, "--format", "csv")
    assert out.splitlines()[0].strip() == "name" and "Keir Starmer" in out


def test_query_from_file(capsys, ingested, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("ASK { ?p <https://schema.org/name> \"Owen Paterson\" }")
    code, out, _ = run(capsys, "--data", ingested, "query", f"@{query}", "--format", "json")
    assert code == 0 and json.loads(out)["boolean"] is True


@pytest.mark.parametrize("argv, message", [
    (["query", "SELECT WHERE {"], "bad query"),
    (["query", "@/no/such/file.rq"], "cannot read query file"),
])
def test_user_errors_are_one_line(capsys, ingested, argv, message):
    code, out, err = run(capsys, "--data", ingested, *argv)
    assert code == 2
    assert err.startswith("hustings: error: ") and message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("fmt, rdflib_format", [
    ("trig", "trig"), ("nquads", "nquads"), ("turtle", "turtle"), ("jsonld", "json-ld"),
])
def test_export_parses_back(capsys, ingested, tmp_path, fmt, rdflib_format):
    target = tmp_path / f"out.{fmt}"
    assert run(capsys, "--data", ingested, "export", "--format", fmt, "-o", target)[0] == 0
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(target, format=rdflib_format)
    names = {str(o) for o in dataset.objects(None, rdflib.URIRef("https://schema.org/name"))}
    assert "Rosie Duffield" in names


def test_extract_keeps_input_ids(capsys, tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [
        {"id": "a-1", "title": "Tory leader speaks", "text": "Conservative leader Michael Howard spoke in Folkestone on Monday.",
         "published": None, "url": None},
        {"id": "a-2", "title": "Labour MP", "text": "Labour MP Diane Abbott criticised the plan.", "published": "2005-02-01",
         "url": None},
    ]
    source.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    code, out, _ = run(capsys, "extract", source, "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a-1", "a-2"]
    assert ["Diane Abbott", "member_of", "Labour Party"] in records[1]["facts"]


def test_broken_input_is_reported_and_the_rest_goes_on(capsys, tmp_path):
    data = tmp_path / "data"
    batch = tmp_path / "batch.jsonl"
    good = {"id": "ok-1", "title": "MP", "text": "Green MP Caroline Lucas spoke.", "published": "2019-12-13", "url": None}
    batch.write_text("{not json\n" + json.dumps(good) + "\n")
    code, out, err = run(capsys, "--data", data, "ingest", batch, tmp_path / "missing.txt")
    assert code == 1
    assert "missing.txt" in err and f"{batch}:1" in err
    assert "ingested 1 article" in out
    code, out, _ = run(capsys, "--data", data, "stats", "--json")
    assert json.loads(out)["articles"] == 1


def test_an_article_the_extractor_trips_over_is_skipped(capsys, tmp_path, monkeypatch):
    import ingest.extract

    real = ingest.extract.read_doc

    def fragile(article, doc, label):
        if "Wakeford" in article.text:
            raise ValueError("rule failure")
        return real(article, doc, label)

    monkeypatch.setattr(ingest.extract, "read_doc", fragile)
    data = tmp_path / "data"
    code, out, err = run(capsys, "--data", data, "ingest", EXAMPLES)
    assert code == 1
    assert "rule failure" in err and "ingested 4 article(s)" in out
    assert json.loads(run(capsys, "--data", data, "stats", "--json")[1])["articles"] == 4


def test_bad_published_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["extract", str(EXAMPLES), "--published", "last tuesday"])
    assert exit.value.code == 2
    assert "not a date" in capsys.readouterr().err


@pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")
def test_seed_article_end_to_end(capsys, tmp_path):
    data = tmp_path / "data"
    assert run(capsys, "--data", data, "ingest", SEED, "--published", "2022-07-15")[0] == 0
    query = """
    PREFIX schema: <https://schema.org/>
    PREFIX org: <http://www.w3.org/ns/org#>
    SELECT ?party ?seat WHERE {
      ?p schema:name "Rosie Duffield" ; org:memberOf ?pt .
      ?pt schema:name ?party .
      OPTIONAL { ?c a <https://w3id.org/hustings/ns#Constituency> ; schema:name ?seat }
    }"""
    code, out, _ = run(capsys, "--data", data, "query", query, "--format", "json")
    rows = json.loads(out)["results"]["bindings"]
    assert {r["party"]["value"] for r in rows} == {"Labour Party"}
    assert "Canterbury and Whitstable" in {r["seat"]["value"] for r in rows if "seat" in r}


# --- a real server and a concurrent ingest -------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """`hustings serve` in its own process on an empty on-disk store."""
    data = tmp_path / "data"
    port = _free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "hustings.cli", "--data", str(data), "serve", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("server exited: " + proc.stdout.read().decode())
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("server did not start")
    yield data, url
    proc.terminate()
    proc.wait(timeout=30)


def test_ingest_while_serving_goes_through_the_server(capsys, server):
    data, url = server
    assert (data / "server.json").exists()
    assert oct((data / "server.json").stat().st_mode & 0o777) == "0o600"
    code, out, err = run(capsys, "--data", data, "ingest", EXAMPLES / "2021-11-paterson-lobbying-row.txt")
    assert code == 0, err
    assert url in out
    page = urllib.request.urlopen(url + "/person/owen-paterson", timeout=10).read().decode()
    assert "Owen Paterson" in page and "North Shropshire" in page


def test_read_commands_say_who_holds_the_store(capsys, server):
    data, url = server
    code, _, err = run(capsys, "--data", data, "stats")
    assert code == 2 and url in err


def test_second_server_on_the_same_store_is_refused(capsys, server):
    data, _ = server
    code, _, err = run(capsys, "--data", data, "serve", "--port", str(_free_port()))
    assert code == 2 and "in use" in err


def test_serving_on_a_busy_port_is_a_user_error(capsys, tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, _, err = run(capsys, "--data", tmp_path / "data", "serve", "--port", port)
    assert code == 2 and f"cannot listen on 127.0.0.1:{port}" in err
    assert not (tmp_path / "data" / "server.json").exists()


def test_server_file_is_removed_on_shutdown(tmp_path):
    data = tmp_path / "data"
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "hustings.cli", "--data", str(data), "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (data / "server.json").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert (data / "server.json").exists()
    proc.terminate()
    proc.wait(timeout=30)
    assert not (data / "server.json").exists()
