"""Login throttling and the password policy: hand-checked delays on a fake clock."""

from __future__ import annotations

import threading

import pytest

from rus_data.access import throttle as throttle_module
from rus_data.access.passwords import matches, password_setting
from rus_data.access.throttle import LoginThrottle, ThrottlePolicy, attempt, process_throttle
from tests.support.clock import FakeClock


def _fail(throttles: list[LoginThrottle]):
    return attempt(throttles, lambda: False)


def test_three_free_failures_then_a_doubling_delay() -> None:
    clock = FakeClock()
    session = LoginThrottle(clock=clock)
    waits = []
    for _ in range(9):
        outcome = _fail([session])
        assert not outcome.ok and not outcome.refused
        waits.append(outcome.wait_seconds)
        clock.advance(outcome.wait_seconds)
    assert waits == [0, 0, 1, 2, 4, 8, 16, 30, 30]  # the ninth wait is capped at 30 s


def test_an_attempt_during_the_delay_is_refused_unchecked() -> None:
    clock = FakeClock()
    session = LoginThrottle(clock=clock)
    for _ in range(3):
        _fail([session])
    checked = []
    outcome = attempt([session], lambda: checked.append(True) or True)
    assert outcome.refused and not outcome.ok and checked == []
    assert outcome.whole_seconds == 1
    clock.advance(1.0)
    assert attempt([session], lambda: True).ok
    assert session.failures() == 0  # a success clears the count


def test_ten_failures_in_ten_minutes_lock_for_a_minute() -> None:
    clock = FakeClock()
    session = LoginThrottle(clock=clock)
    for _ in range(10):
        outcome = _fail([session])
        clock.advance(outcome.wait_seconds)
    assert outcome.locked and outcome.wait_seconds == 60
    clock.advance(-60)  # back to the moment of the tenth failure
    clock.advance(59)
    refused = attempt([session], lambda: True)
    assert refused.refused and refused.locked and refused.whole_seconds == 1
    clock.advance(1)
    assert attempt([session], lambda: True).ok


def test_failures_older_than_the_window_are_forgotten() -> None:
    clock = FakeClock()
    session = LoginThrottle(clock=clock)
    for _ in range(3):
        _fail([session])
    clock.advance(601)
    assert session.wait() == (0.0, False)
    assert _fail([session]).wait_seconds == 0  # the count starts again


def test_a_new_session_does_not_reset_the_process_count() -> None:
    clock = FakeClock()
    process = LoginThrottle(clock=clock)
    for visitor in range(10):  # ten visitors, each in a fresh session, each failing once
        outcome = _fail([LoginThrottle(clock=clock), process])
        assert not outcome.refused, visitor
        if visitor < 9:
            clock.advance(outcome.wait_seconds)
    clock.advance(30)
    outcome = attempt([LoginThrottle(clock=clock), process], lambda: True)
    assert outcome.refused and outcome.locked and outcome.whole_seconds == 30


def test_the_clock_of_a_throttle_without_one_can_be_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = FakeClock()
    monkeypatch.setattr(throttle_module, "monotonic", clock)
    throttle_module.reset_process_throttles()
    shared = process_throttle("test")
    assert process_throttle("test") is shared
    for _ in range(3):
        _fail([shared])
    assert shared.wait() == (1.0, False)
    clock.advance(0.5)
    assert shared.wait() == (0.5, False)
    throttle_module.reset_process_throttles()
    assert process_throttle("test") is not shared


def test_sessions_trying_at_once_are_all_counted() -> None:
    clock = FakeClock()
    process = LoginThrottle(ThrottlePolicy(lock_failures=1000), clock=clock)
    barrier = threading.Barrier(8)

    def guess() -> None:
        barrier.wait()
        for _ in range(50):
            _fail([process])

    threads = [threading.Thread(target=guess) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # The clock stands still: after three failures every further guess is refused unchecked.
    assert process.failures() == 3


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (None, "missing"),
        ("", "missing"),
        (" ", "too_short"),
        ("\t \n", "too_short"),
        ("kort", "too_short"),
        ("  sju7ten  ", "too_short"),  # blanks around it do not count
        (12345678, "not_text"),
        ("åtta tkn", None),
        ("ett längre lösenord", None),
    ],
)
def test_password_policy(value: object, problem: str | None) -> None:
    setting = password_setting(value)
    assert setting.problem == problem
    assert setting.usable == (problem is None)


def test_matches_compares_exactly() -> None:
    assert matches("hemligt lösen", "hemligt lösen")
    assert not matches("hemligt lösen ", "hemligt lösen")
    assert not matches("", "hemligt lösen")
