"""Datasette plugin (`make explore` passes this folder as --plugins-dir): every CSV export is
spreadsheet-safe, like the release's own CSV files (`=HYPERLINK(…)` titles were served as they are).

An ASGI wrapper rewrites the body of each CSV response as it streams (``pipeline.publish.csv_escape``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from datasette import hookimpl

from pipeline.publish.csv_escape import CsvFormulaEscaper

Message = dict[str, Any]  # an ASGI scope or event
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Message, Receive, Send], Awaitable[None]]
CSV_TYPES = (b"text/csv", b"text/plain")  # Datasette sends CSV as text/plain unless _dl=1


def _asks_for_csv(scope: dict[str, Any]) -> bool:
    return str(scope.get("path", "")).endswith(".csv")  # Datasette's CSV: <table>.csv, <db>.csv?sql=


def escaping(app: ASGIApp) -> ASGIApp:
    async def app_with_safe_csv(scope: Message, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http" or not _asks_for_csv(scope):
            await app(scope, receive, send)
            return
        escaper = CsvFormulaEscaper(header=b"_header=off" not in scope.get("query_string", b""))
        rewriting = False

        async def send_safe(message: dict[str, Any]) -> None:
            nonlocal rewriting
            if message["type"] == "http.response.start":
                headers = message.get("headers") or []
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                rewriting = message.get("status") == 200 and content_type.startswith(CSV_TYPES)
                if rewriting:  # the body's length changes
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                    message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and rewriting:
                body = escaper.feed(message.get("body", b""))
                if not message.get("more_body", False):
                    body += escaper.finish()
                message = {**message, "body": body}
            await send(message)

        await app(scope, receive, send_safe)

    return app_with_safe_csv


@hookimpl  # type: ignore[untyped-decorator]  # datasette's hookimpl (a pluggy marker) has no type hints
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    return escaping
