"""GX Data Docs (static HTML) for one run's validation results, written into a release folder.

GX renders Data Docs from its validation-results store. Here an ephemeral context gets a
filesystem site pointed at ``target_dir`` and the run's results (``SuiteResult.as_dict()``, which
carries the GX result) put in its store, so GX's own renderer writes the pages. The pages are then
made reproducible — GX stamps ids and clocks into them — so the same results give the same bytes,
and GX's bundled fonts and images (4 MB, cosmetic) are left out. ``validation_results.json`` next to
them holds the same results as data.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from pipeline.quality.suites import SuiteResult

DEFAULT_RUN_TIME = "2000-01-01T00:00:00+00:00"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CACHE_BUSTER = re.compile(r"\?d=\d{8}T\d{6}\.\d+Z")
_BULKY_STATIC = ("static/fonts", "static/images")


def build_data_docs(
    results: list[dict], target_dir: Path, run_name: str = "release", run_time: str | None = None
) -> Path:
    """Write Data Docs for ``results`` into ``target_dir``; returns the path of its ``index.html``.

    ``run_time`` (ISO 8601) is shown as the validation time; pass the release's date for
    meaningful pages. The same results and arguments give byte-identical files.
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.core.expectation_validation_result import ExpectationSuiteValidationResult
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="data-docs-") as tmp:
        site_dir = Path(tmp) / "site"
        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        context.add_data_docs_site(
            "release",
            {
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(site_dir),
                },
            },
        )
        run_id = RunIdentifier(run_name=run_name, run_time=run_time or DEFAULT_RUN_TIME)
        seen: dict[str, int] = {}
        for data in results:
            result = SuiteResult.from_dict(data)
            if not result.gx_result:
                continue
            seen[result.suite] = seen.get(result.suite, 0) + 1
            batch = result.suite if seen[result.suite] == 1 else f"{result.suite}-{seen[result.suite]}"
            identifier = ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=result.suite),
                run_id=run_id,
                batch_identifier=batch,
            )
            context.validation_results_store.set(
                identifier, ExpectationSuiteValidationResult(**result.gx_result)
            )
        context.build_data_docs(site_names=["release"])
        for bulky in _BULKY_STATIC:
            shutil.rmtree(site_dir / bulky, ignore_errors=True)
        for page in site_dir.rglob("*.html"):
            page.write_text(_reproducible(page.read_text(encoding="utf-8")), encoding="utf-8")
        for item in site_dir.iterdir():
            dest = target_dir / item.name
            if dest.is_dir():
                shutil.rmtree(dest)
            shutil.move(str(item), dest)
    (target_dir / "validation_results.json").write_text(
        json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return target_dir / "index.html"


def _reproducible(html: str) -> str:
    """Replace GX's random element ids by ordinal ones and drop its time-stamped cache busters."""
    html = _CACHE_BUSTER.sub("", html)
    seen: dict[str, str] = {}
    return _UUID.sub(lambda m: seen.setdefault(m.group(0), f"id-{len(seen) + 1:04d}"), html)
