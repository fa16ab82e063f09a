"""`make explore`: the latest release's SQLite database served by Datasette, described from the contract.

    python -m pipeline.publish.explore [--release outputs/latest] [--host 127.0.0.1] [--port 8001]

The Datasette metadata (titles, descriptions, column meanings, licences, sources, facets and the
full-text index of each table) is generated here on every start, from the contract, the
dataset's own description and the release's datapackage.json: nothing is hand-written, so it
cannot drift from the tables. It lives in a temporary folder for as long as Datasette runs, and
goes with it. Datasette loads ``datasette_plugins/``: its CSV export is spreadsheet-safe.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline import vocab
from pipeline.contract import TABLES, Table
from pipeline.publish import database
from pipeline.publish.dictionary import browse

DEFAULT_RELEASE = Path("outputs") / "latest"
PLUGINS_DIR = Path(__file__).with_name("datasette_plugins")


def _column_descriptions(table: Table) -> dict[str, str]:
    described = {}
    for column in table.columns:
        text = column.description
        if column.enum:
            text += f" One of: {', '.join(column.enum)}."
        described[column.name] = text
    return described


def _release_facts(release_dir: Path) -> dict[str, Any]:
    """Version, creation time and source licences from the release's datapackage.json, if readable."""
    try:
        descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(descriptor, dict):
        return {}
    found = descriptor.get("sources")
    sources: list[Any] = found if isinstance(found, list) else []
    licences = sorted({str(s["license"]) for s in sources if isinstance(s, dict) and s.get("license")})
    return {
        "version": str(descriptor.get("version", "")),
        "created": str(descriptor.get("created", "")),
        "n_sources": len(sources),
        "source_licences": licences,
    }


def _view_entry(table: Table, config: dict[str, Any]) -> dict[str, Any]:
    """Metadata of a table's view joined to its document's title and date."""
    added = {
        alias: TABLES["documents"].column(src).description
        for alias, src in config["document_columns"].items()
    }
    return {
        "title": f"{table.title} with their document's title and date",
        "description": f"The {table.name} table joined to documents on doc_id.",
        "columns": {**_column_descriptions(table), **{k: f"Document: {v}" for k, v in added.items()}},
        "facets": list(config["facets"].get(table.name, [])),
    }


def datasette_metadata(release_dir: Path) -> dict[str, Any]:
    """Datasette (0.65) metadata for the release's database, generated from the contract."""
    publish = vocab.load("publish")
    dataset, licences = publish["dataset"], publish["licenses"]
    config = browse()
    facts = _release_facts(release_dir)
    own = dataset["license"]
    release = f" Release {facts['version']}, created {facts['created']}." if facts.get("version") else ""
    source_licences = ", ".join(facts.get("source_licences", [])) or "recorded per document"
    source = (
        f"{facts.get('n_sources', 'The')} source texts, each listed in the documents table with where it "
        f"was published and its licence ({source_licences})"
    )
    tables: dict[str, Any] = {}
    for table in TABLES.values():
        entry: dict[str, Any] = {
            "title": table.title,
            "description": f"{table.description} Primary key: {table.primary_key}.",
            "columns": _column_descriptions(table),
            "facets": list(config["facets"].get(table.name, [])),
        }
        if database.fts_sql(table, config):
            entry["fts_table"] = database.fts_name(table)
        if table.name in config["label_columns"]:
            entry["label_column"] = config["label_columns"][table.name]
        if table.name == "documents":
            entry["source"] = source
        tables[table.name] = entry
        if database.view_sql(table, config):
            tables[database.view_name(table)] = _view_entry(table, config)
    tables[database.DICTIONARY_TABLE] = {
        "title": "Data dictionary",
        "description": "What every column of every table means, its type and its allowed values.",
        "facets": ["table"],
    }
    return {
        "title": dataset["title"],
        "description": dataset["description"] + release,
        "license": own,
        "license_url": licences[own]["path"],
        "source": source,
        "databases": {
            Path(database.database_name()).stem: {
                "title": dataset["title"],
                "description": dataset["description"] + release,
                "license": own,
                "license_url": licences[own]["path"],
                "source": source,
                "tables": tables,
            }
        },
    }


def datasette_command(
    db_path: Path, metadata_path: Path, host: str, port: int, settings: Mapping[str, object]
) -> list[str]:
    command = [sys.executable, "-m", "datasette", "serve", "-i", str(db_path)]
    command += ["--metadata", str(metadata_path), "--host", host, "--port", str(port)]
    command += ["--plugins-dir", str(PLUGINS_DIR)]
    for name, value in settings.items():
        command += ["--setting", str(name), str(value)]
    return command


def prepare(release_dir: Path, host: str, port: int, workdir: Path) -> list[str]:
    """Write the metadata file into `workdir` and return the Datasette command line that serves it."""
    db_path = release_dir / database.database_name()
    if not db_path.is_file():
        raise FileNotFoundError(f"{db_path} does not exist: run `make data` first")
    metadata_path = workdir / "datasette-metadata.json"
    metadata_path.write_text(
        json.dumps(datasette_metadata(release_dir), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return datasette_command(db_path, metadata_path, host, port, browse()["explore"]["settings"])


def serve(command: list[str]) -> int:
    """Run Datasette until it stops or this process is told to (Ctrl-C, SIGTERM), then return."""
    child = subprocess.Popen(command)

    def stop(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:  # Ctrl-C reached Datasette too: wait for it to stop
                continue
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", type=Path, default=DEFAULT_RELEASE, help="release folder to serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explore-") as workdir:
        try:
            command = prepare(args.release, args.host, args.port, Path(workdir))
        except FileNotFoundError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"Datasette on http://{args.host}:{args.port}/ (Ctrl-C to stop)", flush=True)
        return serve(command)


if __name__ == "__main__":
    raise SystemExit(main())
