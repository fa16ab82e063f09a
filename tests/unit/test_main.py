"""`python -m pipeline run` says why nothing was published: the publish lock is known by its type."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.__main__ import _print_unpublished, _step_errors


def failure(step: str, chain: list[tuple[str, str]]) -> SimpleNamespace:
    """A STEP_FAILURE event whose error is `chain[0]`, caused by `chain[1]`, and so on."""
    error = None
    for cls_name, message in reversed(chain):
        error = SimpleNamespace(cls_name=cls_name, message=message, cause=error)
    return SimpleNamespace(
        event_type_value="STEP_FAILURE",
        step_key=step,
        step_failure_data=SimpleNamespace(error=error),
        message="step failed",
    )


def run_result(*events: SimpleNamespace) -> SimpleNamespace:
    return SimpleNamespace(all_events=list(events), run_id="r1")


def test_the_publish_lock_is_recognised_by_its_exception_type_whatever_its_message(capsys):
    result = run_result(
        failure(
            "published_release",
            [("DagsterExecutionStepExecutionError", "op failed"), ("PublishLockedError", "busy, try later")],
        )
    )
    assert _step_errors(result)["published_release"].message == "busy, try later"
    _print_unpublished(result, [])
    err = capsys.readouterr().err
    assert "another run holds the outputs/ lock; this run published nothing" in err
    assert "publishing failed" not in err


def test_a_message_that_only_reads_like_the_lock_is_not_taken_for_it(capsys):
    result = run_result(
        failure("published_release", [("OSError", "another run is publishing into /x (it holds /x/.lock)")])
    )
    _print_unpublished(result, [])
    err = capsys.readouterr().err
    assert "publishing failed" in err and "holds the outputs/ lock" not in err
