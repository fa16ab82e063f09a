"""The Dagster wing: the only package that imports Dagster (docs/architecture.md).

``assets/`` (one thin module per stage, calling the core and declaring metadata), ``automation``
(schedule and sensor), ``resources`` (paths), ``table_io`` (the Parquet IO manager);
``pipeline.definitions`` merges them into the code location.
"""
