"""The command line as an office would use it: roster import, link codes, clear setting errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import SAMPLE


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """The sample school, with its database in a fresh folder."""
    path = tmp_path / "school.toml"
    shutil.copy(SAMPLE / "school.toml", path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_roster_import_then_reimport_updates(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "roster", "import", str(SAMPLE / "roster.csv"), "--config", str(config))
    assert code == 0
    assert "30 pupils (30 new, 0 updated) and 34 contacts" in out
    code, out, _ = run(capsys, "roster", "import", str(SAMPLE / "roster.csv"), "--config", str(config))
    assert "30 pupils (0 new, 30 updated)" in out


def test_a_bad_row_names_its_line_and_imports_nothing(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (SAMPLE / "roster.csv").read_text().splitlines()
    lines[6] = lines[6].replace("07400 100003", "not a phone")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines))
    code, _, err = run(capsys, "roster", "import", str(bad), "--config", str(config))
    assert code == 1
    assert "line 7" in err and "phone" in err and "nothing was imported" in err
    code, _, err = run(capsys, "link-code", "A100001", "--config", str(config))
    assert "no pupil with id A100001" in err


def test_roster_flags_must_be_yes_or_no(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("pupil_id,first_name,last_name,cp_plan\nX1,Amy,Lee,maybe\n")
    code, _, err = run(capsys, "roster", "import", str(bad), "--config", str(config))
    assert code == 1 and "line 2: cp_plan should be yes or no" in err


def test_link_code_is_printed_once_with_its_deep_link(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config.write_text(
        config.read_text().replace('mode = "polling"', 'mode = "polling"\nbot_username = "oak_bot"')
    )
    run(capsys, "roster", "import", str(SAMPLE / "roster.csv"), "--config", str(config))
    code, out, _ = run(capsys, "link-code", "A100025", "--config", str(config))
    assert code == 0
    match = re.search(r"Link code: ([A-Z0-9]{10}) \(single use, valid for 72 hours\)", out)
    assert match
    assert f"https://t.me/oak_bot?start={match.group(1)}" in out


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (
            ('timezone = "Europe/London"', 'timezone = "Mars/Olympus"'),
            "[school] timezone 'Mars/Olympus' is not a known time zone",
        ),
        (('am_close = "09:15"', 'am_close = "9.15"'), "[registers] am_close should be a time written HH:MM"),
        (('bank_holidays = "england"', 'bank_holidays = "france"'), "[calendar] bank_holidays"),
        (
            ('name = "Oakfield Primary"', 'nmae = "Oakfield Primary"'),
            "[school] nmae is not a setting this bot knows",
        ),
    ],
)
def test_a_bad_setting_gets_one_sentence_naming_it(
    config: Path, capsys: pytest.CaptureFixture[str], change: tuple[str, str], sentence: str
) -> None:
    config.write_text(config.read_text().replace(*change))
    code, _, err = run(capsys, "run", "--config", str(config))
    assert code == 2
    assert sentence in err
    assert err.count("\n") == 1


def test_run_without_a_token_says_which_variable(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "run", "--config", str(config))
    assert code == 2
    assert err == "absence-bot: TELEGRAM_BOT_TOKEN is not set: put the token BotFather gave you in it.\n"


def test_a_malformed_token_is_named_but_never_printed(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "secret-value-without-the-colon")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxp-user-token-not-bot")
    code, _, err = run(capsys, "run", "--config", str(config))
    assert code == 2 and "TELEGRAM_BOT_TOKEN" in err and "secret-value" not in err
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")
    code, _, err = run(capsys, "run", "--config", str(config))
    assert code == 2 and "SLACK_BOT_TOKEN should start with 'xoxb-'" in err and "xoxp-user" not in err


def test_missing_config_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "run", "--config", str(tmp_path / "nope.toml"))
    assert code == 2 and "does not exist" in err


def test_parse_prints_the_contract_fields(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "parse",
        "--config",
        str(config),
        "--now",
        "2026-11-23T07:42",
        "--child",
        "Sam Patel",
        "--child",
        "Ava Patel",
        "Sam was sick in the night, back Wednesday hopefully",
    )
    assert code == 0
    result = json.loads(out)
    assert list(result) == [
        "is_report",
        "cancel",
        "child",
        "first_day",
        "last_day",
        "return_day",
        "first_sessions",
        "open_ended",
        "category",
        "code",
        "questions",
        "language",
    ]
    assert result["child"] == "Sam Patel"
    assert result["first_day"] == "2026-11-23"
    assert result["return_day"] == "2026-11-25"
    assert result["last_day"] == "2026-11-24"
    assert (result["category"], result["code"]) == ("illness", "I")


def test_parse_jsonl_keeps_ids(config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "messages.jsonl"
    items = [
        {
            "id": "a",
            "text": "Ava has the dentist tomorrow at 9",
            "now": "2026-11-23T07:42",
            "children": ["Ava Patel"],
        },
        {
            "id": "b",
            "text": "what time is the nativity?",
            "now": "2026-11-23T19:00",
            "children": ["Ava Patel"],
        },
    ]
    source.write_text("\n".join(json.dumps(i) for i in items) + "\n")
    code, out, _ = run(capsys, "parse", "--config", str(config), "--jsonl", str(source))
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["id"] == "a" and first["category"] == "medical" and first["first_day"] == "2026-11-24"
    assert second["id"] == "b" and second["is_report"] is False
