"""Shared fixtures: copies of raw/ kept under tests/fixtures and a Dagster run of the whole graph into a
temp dir. Tests never read the live raw/: adding a document there must not change what they see."""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
RAW = FIXTURES / "seeds"  # the five seed texts and their manifest rows
CORPUS = FIXTURES / "corpus"  # seeds plus the development corpus (English and French), with manifest
# The gold a whole-graph run scores against unless it is about the evaluation or compares its bytes
# with the shared seed run (which scores every set of gold/): the seeds' set only (a link to
# gold/seeds), so such a run's evaluation does not score the other sets again, about a CPU second.
SMALL_GOLD = FIXTURES / "gold"
ON_CI = os.environ.get("CI", "").lower() == "true"
# Reproducible releases, as a rebuild makes them: every run in a test (and the commands the tests
# start) dates its release at this moment unless the test sets or removes it. Unset, a release is
# dated when it is made, and two runs a minute apart differ in their dates.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1780000000")

# Property tests: CI (CI=true) runs the full counts (profile `ci`); the local loop (profile `dev`, the
# default) runs a quarter of them. HYPOTHESIS_PROFILE=ci runs the full counts locally. A test that sets its
# own count writes it as ``examples(n)``: n under `ci`, the profile's share of n otherwise.
settings.register_profile("ci", max_examples=100)
settings.register_profile("dev", max_examples=25)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if ON_CI else "dev"))


def examples(n: int) -> int:
    """``n`` examples under the `ci` profile; under another, the same share of ``n`` as its default."""
    return max(1, n * settings.default.max_examples // 100)


ARTIFACTS = Path(__file__).parent / "artifacts"  # screenshots saved by the tests (git-ignored)
# Debian's Chromium, headless, with nothing reaching for the network (the machine has none).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_command(profile: Path, *args: str) -> list[str]:
    """A headless Chromium command line; skips (or fails on CI) when Chromium is not installed."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    require_service(binary is not None, "headless Chromium is not installed (apt-get install chromium)")
    return [str(binary), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]


@contextmanager
def dagster_process(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    """A Dagster command (daemon, webserver) in its own session, output in ``log``; always stopped."""
    with log.open("w") as fh:
        proc = subprocess.Popen(
            args, cwd=REPO, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        yield proc
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def require_service(available: bool, reason: str) -> None:
    """Skip when a system service is missing on a user's machine; fail on CI, which installs it."""
    if available:
        return
    if ON_CI:
        pytest.fail(f"{reason} (CI=true: .ci/run must install it)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))}


@pytest.fixture
def project_dirs(tmp_path: Path) -> dict[str, Path]:
    """A private copy of raw/ plus empty outputs/ and cache/ roots."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return {
        "raw": raw,
        "outputs": tmp_path / "outputs",
        "cache": tmp_path / "cache",
        "expectations": REPO / "expectations",
    }


def materialize_project(
    raw: Path, outputs: Path, cache: Path, expectations: Path | None = None, gold: Path = SMALL_GOLD
):
    """Materialise every asset and check of the code location against the given roots; its
    evaluation scores against ``gold`` (the seeds' set unless a test names another)."""
    from dagster import DagsterInstance, load_asset_checks_from_modules, load_assets_from_modules, materialize

    from pipeline.definitions import STAGE_MODULES
    from pipeline.defs.resources import PathsResource
    from pipeline.defs.table_io import TableMetadataIOManager

    paths = PathsResource(
        raw_dir=str(raw),
        outputs_dir=str(outputs),
        cache_dir=str(cache),
        expectations_dir=str(expectations or REPO / "expectations"),
        gold_dir=str(gold),
    )
    assets = [*load_assets_from_modules(STAGE_MODULES), *load_asset_checks_from_modules(STAGE_MODULES)]
    with DagsterInstance.ephemeral() as instance:
        # the code location's IO manager (data, never pickles), storing beside the cache
        io_manager = TableMetadataIOManager(base_dir=str(Path(cache).parent / f"{Path(cache).name}-storage"))
        return materialize(
            assets,
            resources={"paths": paths, "io_manager": io_manager},
            instance=instance,
            raise_on_error=False,
        )


# The document date of the error-class tests (tests/unit/extract/test_heldout*_classes.py).
CLASS_DAY = dt.date(2027, 6, 1)


def stats(text: str, language: str) -> list[tuple[float, str, str]]:
    """(value, unit, direction) of each statistic of one sentence dated ``CLASS_DAY``."""
    from pipeline.extract.statistics import find_statistics

    return [(s.value, s.unit, s.direction) for s, _, _ in find_statistics(text, CLASS_DAY, language)]


def segment_rows(*texts: str, kinds: tuple[str, ...] = (), lead_in: int | None = None) -> list[dict]:
    """document_segments rows for ``texts`` laid end to end (one space apart), for extractor tests:
    each a sentence unless ``kinds`` says otherwise; list items complete segment ``lead_in``."""
    rows, pos = [], 0
    for i, text in enumerate(texts):
        kind = kinds[i] if i < len(kinds) else "sentence"
        rows.append(
            {
                "seg": i,
                "kind": kind,
                "start": pos,
                "end": pos + len(text),
                "text": text,
                "paragraph": 0,
                "heading": None,
                "list_marker": None,
                "lead_in": lead_in if kind == "list_item" else None,
            }
        )
        pos += len(text) + 1
    return rows


SEED_FILES = sorted(p.name for p in RAW.glob("*.txt"))


def _link_or_copy(src: str, dest: str) -> None:
    try:
        os.link(src, dest)
    except OSError:  # another file system, or one without hard links
        shutil.copy2(src, dest)


def link_cache(src: Path, dest: Path, ignore: Any = None) -> Path:
    """A copy of the per-document cache ``src`` (or of one of its stages) at ``dest`` whose files are
    hard links to ``src``'s: the cache never writes into an entry, it replaces it (a temporary file,
    then ``os.replace``) and removes old code versions whole, so a run on the copy leaves ``src`` as
    it was, as a run on a copy of its bytes does (the shared run's check that nobody wrote into it
    would fail otherwise). Copying the bytes of its 3,000-odd files cost about half a CPU second each
    time, 20 times a session. A test that forges an entry (tests/e2e/test_hostile_input.py) removes
    the link first and writes a file of its own."""
    shutil.copytree(src, dest, symlinks=True, ignore=ignore, copy_function=_link_or_copy)
    return dest


def tree_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every file under ``root`` by relative path: what "nothing published changed" compares."""
    import hashlib

    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@dataclass(frozen=True)
class SeedRun:
    """One materialisation of the seeds: ``root`` holds raw/, outputs/, cache/ and cache-storage/ (the
    IO manager's), ``result`` the Dagster result."""

    root: Path
    result: Any
    epoch: str  # the SOURCE_DATE_EPOCH it was made with
    # where the entries of the modules' own texts are kept between sessions (``keep_entries``), if anywhere
    kept: Path | None = None

    @property
    def outputs(self) -> Path:
        return self.root / "outputs"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def latest(self) -> Path:
        return self.outputs / "latest"

    def copy_to(self, dest: Path, parts: tuple[str, ...] = ("raw", "outputs", "cache")) -> Path:
        """A private copy of ``parts`` of the run under ``dest``, for a test that changes them."""
        for part in parts:
            if part == "cache":  # its entries are replaced, never written into: linked, not copied
                link_cache(self.cache, dest / part)
            else:
                shutil.copytree(self.root / part, dest / part, symlinks=True)
        return dest

    def cache_with_kept(self, dest: Path) -> Path:
        """A copy of the run's cache at ``dest`` (``link_cache``) with the entries the modules kept
        from the last session (``keep_entries``): for a module's run on texts of its own."""
        link_cache(self.cache, dest)
        if self.kept is not None:
            _link_missing(self.kept, dest)
        return dest

    def keep_entries(self, cache: Path) -> None:
        """The entries of ``cache`` (from ``cache_with_kept``, after a module's run on texts of its
        own: the French corpus, a PDF and a page, the crafted and oversized texts, the development
        corpus) that the shared run's cache lacks, kept for the next session: that module's run then
        reads its texts' work back as the shared run reads the seeds', instead of doing it again
        each session. They are kept apart from the shared run's own cache, which holds only what
        the shared run itself made or read (tests/e2e/test_hostile_input.py forges all of it)."""
        if self.kept is not None:
            _link_missing(cache, self.kept, skip=self.cache)


def _link_missing(src: Path, dest: Path, skip: Path | None = None) -> None:
    """Every cache entry under ``src`` (``<stage>/<code version>/../<key>.json``) that ``dest`` (or
    ``skip``) lacks, hard-linked (or copied) into ``dest``."""
    for stage in (p for p in src.iterdir() if p.is_dir()):
        for entry in stage.rglob("*.json"):
            relative = entry.relative_to(src)
            if entry.name.startswith(".tmp-") or (dest / relative).exists():
                continue
            if skip is not None and (skip / relative).exists():
                continue
            (dest / relative).parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(str(entry), str(dest / relative))


def _cache_store(config: pytest.Config) -> Path | None:
    """Where the shared run's per-document cache of the last session is kept (pytest's cache,
    ``.pytest_cache/``); None when pytest's cache is off (``-p no:cacheprovider``)."""
    if getattr(config, "cache", None) is None:
        return None
    return config.cache.mkdir("seed-run-cache")


def _keep_cache(config: pytest.Config, cache: Path) -> Path | None:
    """The run's ``cache`` kept for the next session, as the run left it: every stage but the
    baseline prunes what older code made when it runs; the baseline's older code versions are
    removed here. The modules' kept entries (``SeedRun.keep_entries``) of a code version the run
    no longer has go too. Returns where the modules' entries are kept."""
    from pipeline.baseline import STAGE, code_version

    store = _cache_store(config)
    if store is None:
        return None
    shutil.rmtree(store)
    link_cache(cache, store)
    baseline = store / STAGE
    for old in (p for p in baseline.iterdir() if p.name != code_version()) if baseline.is_dir() else ():
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    kept = config.cache.mkdir("module-runs-cache")
    for version in (v for stage in kept.iterdir() if stage.is_dir() for v in stage.iterdir()):
        if not (store / version.relative_to(kept)).is_dir():
            shutil.rmtree(version) if version.is_dir() else version.unlink()
    return kept


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Iterator[SeedRun]:
    """THE run of the seeds with the shipped expectations, no cluster and no worker processes: every
    test that checks that run reads this one (a whole-graph run costs seconds); a test that changes
    raw/, outputs/ or the cache works on ``seed_run.copy_to(tmp_path)``. Nobody may write into it:
    a changed file fails the session at teardown.

    It starts from the per-document cache the last session's run left (the content-keyed cache
    `make data` keeps, ``pipeline.cache``): its evaluation runs the core stages over every gold set's
    invented texts (about 12 CPU s) and the naive baseline over every gold text (quantulum3, about
    15 CPU s). An entry is named by its inputs' content and its stage's code version (the code, the
    vocabularies, the expectations and the libraries' versions that make it), so what a code change
    touches is computed again and the rest is read back, as `make data` does. The modules that run
    the graph on texts of their own keep those texts' entries beside it (``keep_entries``). The
    Dask, worker and reproducibility runs compute the seeds from an empty cache and compare their
    bytes with this run's: a stale entry would fail them."""
    from pipeline import cluster
    from pipeline.settings import GOLD_ROOT

    root = tmp_path_factory.mktemp("seed-run")
    shutil.copytree(RAW, root / "raw")
    store = _cache_store(pytestconfig)
    if store is not None:
        link_cache(store, root / "cache")
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or "1780000000"
    with pytest.MonkeyPatch.context() as env:
        for variable in (cluster.SCHEDULER_VARIABLE, cluster.WORKERS_VARIABLE):
            env.delenv(variable, raising=False)
        env.setenv("SOURCE_DATE_EPOCH", epoch)
        result = materialize_project(root / "raw", root / "outputs", root / "cache", gold=GOLD_ROOT)
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    kept = _keep_cache(pytestconfig, root / "cache")
    before = tree_hashes(root)
    yield SeedRun(root, result, epoch, kept)
    changed = sorted(k for k, v in tree_hashes(root).items() ^ before.items())
    assert not changed, f"a test wrote into the shared seed run: {changed[:10]}"


@pytest.fixture(scope="session")
def seeds_reference(seed_run: SeedRun, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds published as the shared run publishes them, but scored against the seeds' gold only
    (SMALL_GOLD), from a copy of its cache in this process: the root (``outputs/``) whose bytes the
    Dask, worker and reproducibility runs, which compute the seeds from an empty cache, must publish.
    Scored against every gold set, as the shared run is, each of those runs read back every invented
    set's tables and baseline rows and scored them, about 3 CPU s; what they check is where and how
    the seeds' work is done."""
    from pipeline import cluster

    root = seed_run.copy_to(tmp_path_factory.mktemp("seeds-reference"), ("cache",))
    with pytest.MonkeyPatch.context() as env:
        for variable in (cluster.SCHEDULER_VARIABLE, cluster.WORKERS_VARIABLE):
            env.delenv(variable, raising=False)
        env.setenv("SOURCE_DATE_EPOCH", seed_run.epoch)
        result = materialize_project(RAW, root / "outputs", root / "cache")
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    return root


def core_ingest(raw: Path) -> tuple[Any, Any]:
    """What the graph's ingest and documents steps make of ``raw``, through the core functions they
    call (no Dagster, no previous release): the rejections and the documents frames."""
    from pipeline.documents import build_documents
    from pipeline.stages.ingest import ingest_frames
    from pipeline.stages.normalise import normalise_frame

    frames, manifest, rejections, _ = ingest_frames(raw)
    documents = build_documents(normalise_frame(frames, None, manifest), manifest, None, None, frames)
    return rejections, documents


def assert_grows_linearly(work, make_input, n: int, factor: int = 4, slack: float = 2.5) -> None:
    """``work(make_input(factor * n))`` takes at most ``slack`` times ``factor`` times as long as
    ``work(make_input(n))`` (best of five each, in this process's CPU time, which other processes
    on a busy machine do not add to): linear growth passes with room to spare, quadratic growth
    (``factor`` squared) fails. The large input's five tries stop at the first one within the
    bound: the best of five is within it exactly when one of them is."""
    import time

    def times(size: int, enough: float = 0.0) -> list[float]:
        data = make_input(size)
        taken: list[float] = []
        for _ in range(5):
            start = time.process_time()
            work(data)
            taken.append(time.process_time() - start)
            if taken[-1] <= enough:
                break
        return taken

    work(make_input(n))  # warm up: first-call loading is not growth
    small = min(times(n))
    bound = slack * factor * max(small, 1e-3)
    large = min(times(factor * n, enough=bound))
    assert large <= bound, (
        f"{factor}x the input took {large / max(small, 1e-9):.1f}x the time ({small:.4f}s -> {large:.4f}s)"
    )


# Whole-graph runs live in tests/e2e/ and tests/test_accuracy.py: marked `graph` by where they are,
# so `make test-fast` (-m "not graph") keeps the unit and property tests and never runs the graph.
GRAPH_TESTS = (Path(__file__).parent / "e2e", Path(__file__).parent / "test_accuracy.py")


def _graph_deselected(config: pytest.Config) -> bool:
    """Whether ``-m`` deselects every test marked `graph`, whatever its other markers: the
    expression is false with `graph` true and the other names it uses true or false in any way."""
    import itertools
    import re

    from _pytest.mark.expression import Expression

    text = config.getoption("markexpr", "") or ""
    if not text.strip():
        return False
    names = sorted(set(re.findall(r"[A-Za-z_][\w.]*", text)) - {"and", "or", "not", "graph"})
    expression = Expression.compile(text)
    for values in itertools.product((False, True), repeat=len(names)):
        true = frozenset({"graph", *(n for n, v in zip(names, values, strict=True) if v)})
        if expression.evaluate(true.__contains__):
            return False
    return True


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The whole-graph modules are not even imported when ``-m`` deselects them (`make test-fast`):
    their imports (Dagster's definitions, DuckDB, fpdf, ...) cost collection about a CPU second."""
    if collection_path in GRAPH_TESTS and _graph_deselected(config):
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.path))
        if any(path == root or root in path.parents for root in GRAPH_TESTS):
            item.add_marker(pytest.mark.graph)


# Python's full garbage collections walk every object alive: Dagster's, GX's, spaCy's, pandas' and the
# tests' own, millions of them once imported, about 0.3 CPU s each, 16 of them in `make test-fast`
# (5 CPU s in all). At the end of each test module its garbage is collected and what survives is
# frozen (gc.freeze: never walked again), so a full collection walks only what the tests made since;
# unfrozen at the end. The youngest generation is
# collected every 10,000 allocations, not 700: most objects die young by their count of references, and
# 5,000 collections a session cost more than 250 of them (GC in `make test-fast` 2.1 -> 1.4 CPU s).
gc.set_threshold(10_000, 10, 10)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    yield
    if nextitem is not None and nextitem.path != item.path:
        gc.collect()
        gc.freeze()


# Once pytest is done (its summary written, its caches saved, every other exit handler run), the
# interpreter's own teardown frees, one by one, the millions of objects Dagster, GX, spaCy, pandas and
# the tests left: about 1.5 CPU s for nothing, each session. The last exit handler (registered first,
# here) leaves at once with pytest's exit status instead, its output flushed. A session that did not
# end normally (pytest crashed after it: an exception nobody caught) exits as usual.
_ENDED: dict[str, Any] = {}


def pytest_sessionstart(session: pytest.Session) -> None:
    _ENDED["session"] = session


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    gc.unfreeze()
    if "session" in _ENDED:  # the session's status is final once pytest unconfigures
        _ENDED["status"] = int(_ENDED.pop("session").exitstatus)


def _leave_without_teardown() -> None:
    if "status" not in _ENDED or hasattr(sys, "last_value"):  # an uncaught exception ended the program
        return
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        if stream is not None:
            stream.flush()
    os._exit(_ENDED["status"])


atexit.register(_leave_without_teardown)
