"""The stages' frames, built from the core's rules and the content-keyed cache; no Dagster here.

Each module builds one stage's tables; ``pipeline.defs.assets`` wraps each in an asset and describes it.
"""
