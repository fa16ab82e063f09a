"""Run logs name the first problems one by one and say where the rest are listed."""

from pipeline.defs.assets.checks import LOGGED_LINES, warn_each


class _Log:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def warning(self, message: str) -> None:
        self.lines.append(message)


def test_a_few_problems_are_each_logged():
    log = _Log()
    warn_each(log, ["a", "b"], "quarantine.csv")
    assert log.lines == ["a", "b"]


def test_many_problems_log_the_first_ones_and_where_all_are():
    log = _Log()
    warn_each(log, [f"held back doc{i}" for i in range(10_000)], "quarantine.csv")
    assert log.lines[:LOGGED_LINES] == [f"held back doc{i}" for i in range(LOGGED_LINES)]
    assert log.lines[LOGGED_LINES:] == [f"… and {10_000 - LOGGED_LINES:,} more, all listed in quarantine.csv"]
