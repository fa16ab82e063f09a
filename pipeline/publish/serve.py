"""`make serve`: the download page and the releases over HTTP, every text file sent as UTF-8.

    python -m pipeline.publish.serve [--directory outputs] [--host 127.0.0.1] [--port 8000]

Python's `http.server` sends `.md`, `.csv` and `.cff` without a charset (and `SHA256SUMS` as a
download), so a browser shows `UK–France` as `UKâ€“France`; this handler names UTF-8 for every
text format a release holds (``pipeline/vocab/publish.yaml`` `formats`).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from os import PathLike
from pathlib import Path
from typing import ClassVar, cast

from pipeline.publish.layout import CHECKSUMS
from pipeline.publish.package import meta

TEXT_TYPES = ("text/", "application/json", "application/x-yaml")


def content_types() -> dict[str, str]:
    """{".md": "text/markdown; charset=utf-8", ...}: the release formats, text ones in UTF-8."""
    types = {}
    for suffix, fmt in meta()["formats"].items():
        if not suffix:
            continue
        mediatype = fmt["mediatype"]
        types[f".{suffix}"] = f"{mediatype}; charset=utf-8" if mediatype.startswith(TEXT_TYPES) else mediatype
    types[".bib"] = "text/plain; charset=utf-8"
    return types


class Utf8Handler(SimpleHTTPRequestHandler):
    """Serves a folder; text files say they are UTF-8."""

    # typeshed declares extensions_map an instance variable; http.server makes it a class attribute
    extensions_map: ClassVar[dict[str, str]] = {  # type: ignore[misc]
        **SimpleHTTPRequestHandler.extensions_map,
        **content_types(),
    }

    def guess_type(self, path: str | PathLike[str]) -> str:
        if Path(path).name == CHECKSUMS:
            return "text/plain; charset=utf-8"
        return super().guess_type(path)


def make_server(directory: Path, host: str, port: int) -> ThreadingHTTPServer:
    handler = functools.partial(Utf8Handler, directory=str(directory))
    return ThreadingHTTPServer((host, port), handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", type=Path, default=Path("outputs"))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if not (args.directory / "index.html").is_file():
        print(f"{args.directory / 'index.html'} does not exist: run `make data` first", file=sys.stderr)
        return 1
    with make_server(args.directory, args.host, args.port) as server:
        host, port = cast(tuple[str, int], server.server_address)[:2]  # an AF_INET server's (host, port)
        print(f"download page on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
