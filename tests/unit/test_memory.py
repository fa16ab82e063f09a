"""The run gives freed memory back: Arrow on the system allocator unless the user chose a pool."""

import os
import subprocess
import sys

CHILD = """
import pyarrow as pa
from pipeline.memory import return_freed_memory
return_freed_memory()
print(pa.default_memory_pool().backend_name)
"""


def _pool_after(chosen: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if chosen:
        env["ARROW_DEFAULT_MEMORY_POOL"] = chosen
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_arrow_uses_the_system_allocator_unless_a_pool_was_chosen():
    assert _pool_after(None) == "system"
    assert _pool_after("jemalloc") == "jemalloc"
