"""The child process that reads one PDF or web page: ``python -m pipeline.formats.sandbox FORMAT
[MEMORY_LIMIT_BYTES]``, the file's bytes on standard input, one JSON object on standard output
(the extracted text and metadata, or ``{"refused": [reason, detail]}``).

Its address space and CPU time are capped before anything is read, so a decompression bomb or a
pathological page ends here, as a refusal or a killed child, never in the pipeline's process.
Libraries' warnings about a malformed file go nowhere: the refusal says what matters.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from dataclasses import asdict
from typing import Any

from pipeline.formats import EXTRACT_TIMEOUT_SECONDS, Refused, extract


def _limit_resources(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # not on POSIX: the parent's time-out still holds
        return
    for limit, value in (
        (resource.RLIMIT_AS, memory_bytes),
        (resource.RLIMIT_CPU, int(EXTRACT_TIMEOUT_SECONDS) + 5),
    ):
        _, hard = resource.getrlimit(limit)
        if hard == resource.RLIM_INFINITY or value < hard:
            resource.setrlimit(limit, (value, value if hard == resource.RLIM_INFINITY else hard))


def run(fmt: str, data: bytes) -> dict[str, Any]:
    """The result of reading ``data`` as ``fmt``, as plain data; no exception escapes."""
    try:
        return asdict(extract(fmt, data))
    except Refused as exc:
        return {"refused": [exc.reason, exc.detail]}
    except MemoryError:
        return {"refused": ["extraction_failed", "reading it needed more memory than allowed"]}
    except ImportError as exc:  # the limits left no room to load the reader: not the file's fault
        return {"refused": ["extraction_failed", f"the reader could not start ({str(exc)[:120]})"]}
    except RecursionError:
        return {"refused": ["extraction_failed", "its structure nests too deeply to read"]}
    except Exception as exc:  # a library's own error on a malformed file: named, not raised
        reason = "malformed_pdf" if fmt == "pdf" else "malformed_html"
        return {"refused": [reason, f"cannot be read ({type(exc).__name__}: {str(exc)[:200]})"]}


def main(argv: list[str]) -> int:
    fmt = argv[1] if len(argv) > 1 else ""
    if len(argv) > 2:
        _limit_resources(int(argv[2]))
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    data = sys.stdin.buffer.read()
    result = run(fmt, data)
    sys.stdout.write(json.dumps(result, ensure_ascii=True, allow_nan=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
