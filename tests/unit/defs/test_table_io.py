"""Stage tables survive the Parquet IO manager exactly: dtypes, index, dates, missing values and
nested list columns come back as they went in."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipeline.defs.table_io import read_frame, write_frame


def test_a_stage_frame_comes_back_identical(tmp_path) -> None:
    df = pd.DataFrame(
        {
            "sha256": ["a" * 64, "b" * 64, "c" * 64],
            "n": [1, 2, 3],
            "lead_in": pd.array([None, 4, 5], dtype="Int64"),
            "when": [dt.date(2010, 11, 2), None, dt.date(2016, 3, 3)],
            "heading": ["Calais", None, "Ports"],
            "share": [0.5, float("nan"), 1.0],
            "offset_anchors": [[[0, 0], [5, 7]], [], [[1, 2]]],
            "list_items": [[[3, "•", "bullet"]], [], None],
            "flag": [True, False, True],
        },
        index=[2, 0, 1],
    )
    path = tmp_path / "t.parquet"
    write_frame(df, path)
    back = read_frame(path)
    pd.testing.assert_frame_equal(back, df, check_exact=True)
    assert back["list_items"].tolist() == df["list_items"].tolist()
    assert isinstance(back["offset_anchors"].iloc[0], list)


def test_an_empty_frame_keeps_its_columns(tmp_path) -> None:
    df = pd.DataFrame({"doc_id": pd.Series([], dtype="str"), "value": pd.Series([], dtype="float64")})
    write_frame(df, tmp_path / "e.parquet")
    pd.testing.assert_frame_equal(read_frame(tmp_path / "e.parquet"), df)


def test_an_input_may_read_only_some_columns(tmp_path) -> None:
    frame = pd.DataFrame(
        {"sha256": ["a", "b"], "text": ["x", "y"], "offset_anchors": [[[0, 0]], [[1, 2], [3, 4]]]}
    )
    path = tmp_path / "normalised.parquet"
    write_frame(frame, path)
    some = read_frame(path, ["sha256", "text"])
    assert list(some.columns) == ["sha256", "text"]
    pd.testing.assert_frame_equal(some, frame[["sha256", "text"]], check_dtype=False)
    assert read_frame(path)["offset_anchors"].tolist() == [[[0, 0]], [[1, 2], [3, 4]]]


def test_a_frame_read_names_its_file_and_a_lazy_input_is_read_only_when_asked(tmp_path) -> None:
    from dagster import build_input_context, build_output_context

    from pipeline.defs.table_io import COLUMNS_METADATA_KEY, LAZY_METADATA_KEY, ParquetTableIOManager
    from pipeline.quality.suites import STORED_AS, StoredFrame

    manager = ParquetTableIOManager(tmp_path)
    frame = pd.DataFrame({"sha256": ["a", "b"], "text": ["x", "y"]})
    manager.handle_output(build_output_context(asset_key="segments"), frame)

    def load(metadata: dict) -> object:
        upstream = build_output_context(asset_key="segments")
        return manager.load_input(build_input_context(upstream_output=upstream, definition_metadata=metadata))

    eager = load({})
    pd.testing.assert_frame_equal(eager, frame)
    assert str(tmp_path / "segments.parquet") in eager.attrs[STORED_AS]
    lazy = load({LAZY_METADATA_KEY: True})
    assert isinstance(lazy, StoredFrame) and lazy.identity == eager.attrs[STORED_AS]
    assert lazy.read(["text"])["text"].tolist() == ["x", "y"]
    narrow = load({COLUMNS_METADATA_KEY: ["text"]})
    assert list(narrow.columns) == ["text"] and narrow.attrs[STORED_AS] == lazy.only(["text"]).identity
    assert list(lazy.only(["text"]).read().columns) == ["text"]
    manager.handle_output(build_output_context(asset_key="segments"), frame.iloc[:1])
    assert load({}).attrs[STORED_AS] != lazy.identity, "a rewritten file is another identity"


# --- nothing stored is ever unpickled ----------------------------------------------------------


class _Planted:
    """Unpickling this runs ``touch <marker>``: what a crafted pickle in storage would do."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        import os

        return (os.system, (f"touch {self.marker}",))


def _io(tmp_path):
    from pipeline.defs.table_io import ParquetTableIOManager

    return ParquetTableIOManager(tmp_path / "storage")


def _contexts(name: str):
    from dagster import AssetKey, build_input_context, build_output_context

    out = build_output_context(asset_key=AssetKey(name))
    return out, build_input_context(asset_key=AssetKey(name), upstream_output=out)


def test_a_report_is_stored_as_json_data_and_read_back(tmp_path) -> None:
    io = _io(tmp_path)
    out, inp = _contexts("evaluation")
    report = {"sets": {"seeds": {"f1": 0.5}}, "when": dt.date(2024, 1, 2), "rows": [1, 2]}
    io.handle_output(out, report)
    assert (tmp_path / "storage" / "evaluation.json").is_file()
    assert not list((tmp_path / "storage").glob("*.pickle"))
    assert io.load_input(inp) == report


def test_a_crafted_pickle_in_storage_is_never_loaded(tmp_path) -> None:
    import pickle

    import pytest

    io = _io(tmp_path)
    marker = tmp_path / "ran"
    storage = tmp_path / "storage"
    storage.mkdir()
    (storage / "published_release.pickle").write_bytes(pickle.dumps(_Planted(marker)))
    out, inp = _contexts("published_release")
    with pytest.raises(FileNotFoundError, match="never loaded"):
        io.load_input(inp)
    io.handle_output(out, {"version": "1.0.0"})  # the run that follows stores data, drops the pickle
    assert io.load_input(inp) == {"version": "1.0.0"}
    assert not (storage / "published_release.pickle").exists()
    assert not marker.exists(), "a stored pickle ran code"


def test_a_value_that_is_not_data_is_refused_not_pickled(tmp_path) -> None:
    import pytest

    io = _io(tmp_path)
    out, _ = _contexts("suite_results")
    with pytest.raises(TypeError, match="never pickled"):
        io.handle_output(out, {"result": object()})
    assert not list((tmp_path / "storage").glob("*"))
