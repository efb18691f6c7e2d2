"""The school's settings, read from school.toml (DESIGN.md §5), with one clear sentence per mistake."""

from __future__ import annotations

import tomllib
from datetime import date, time
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from bot.calendar import SchoolCalendar


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one sentence naming it."""


def _hh_mm(value: object) -> object:
    if isinstance(value, str):
        hours, _, minutes = value.partition(":")
        if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
            raise ValueError("should be a time written HH:MM")
        return time(int(hours), int(minutes))
    return value


ClockTime = Annotated[time, BeforeValidator(_hh_mm)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class School(_Section):
    name: str = Field(min_length=1)
    timezone: str = "Europe/London"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a known time zone, such as Europe/London") from None
        return value


class Registers(_Section):
    am_open: ClockTime = time(8, 45)
    am_close: ClockTime = time(9, 15)
    pm_open: ClockTime = time(13, 0)
    pm_close: ClockTime = time(13, 15)


class Calendar(_Section):
    terms: list[tuple[date, date]] = Field(min_length=1)
    closures: list[date] = []
    bank_holidays: Literal["england", "scotland", "wales", "northern_ireland", "none"] = "england"

    @field_validator("terms")
    @classmethod
    def _ordered(cls, terms: list[tuple[date, date]]) -> list[tuple[date, date]]:
        for start, end in terms:
            if end < start:
                raise ValueError(f"the term {start} to {end} ends before it starts")
        return terms


class Policy(_Section):
    note_after_school_days: int = Field(default=3, ge=1)
    link_code_hours: int = Field(default=72, ge=1, le=24 * 30)


class Storage(_Section):
    database: Path = Path("data/absence.sqlite3")


class Slack(_Section):
    channel: str = "#attendance"
    mode: Literal["socket", "http"] = "socket"
    http_port: int = Field(default=3000, ge=1, le=65535)


class Telegram(_Section):
    mode: Literal["polling", "webhook"] = "polling"
    bot_username: str | None = None
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=0, le=65535)


class Settings(_Section):
    school: School
    registers: Registers = Registers()
    calendar: Calendar
    policy: Policy = Policy()
    storage: Storage = Storage()
    slack: Slack = Slack()
    telegram: Telegram = Telegram()

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.school.timezone)

    @cached_property
    def school_calendar(self) -> SchoolCalendar:
        return SchoolCalendar(self.calendar.terms, self.calendar.closures, self.calendar.bank_holidays)


def load_settings(path: str | Path) -> Settings:
    """Read and check school.toml. Relative paths inside it are taken from the file's folder."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"The settings file {path} does not exist.") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"The settings file {path} is not valid TOML: {error}.") from None
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as error:
        raise SettingsError(_one_sentence(path, error)) from None
    if settings.telegram.mode == "webhook" and not settings.telegram.webhook_url:
        raise SettingsError(f'{path}: [telegram] webhook_url is needed when mode is "webhook".')
    database = settings.storage.database
    if not database.is_absolute():
        storage = settings.storage.model_copy(update={"database": path.parent / database})
        settings = settings.model_copy(update={"storage": storage})
    return settings


def _one_sentence(path: Path, error: ValidationError) -> str:
    # A misspelt key shows as both "unknown" and "missing": naming the misspelling helps more.
    first = min(error.errors(), key=lambda e: e["type"] != "extra_forbidden")
    where = _setting_name(first["loc"])
    if first["type"] == "missing":
        return f"{path}: the setting {where} is missing."
    if first["type"] == "extra_forbidden":
        return f"{path}: {where} is not a setting this bot knows."
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{path}: {where} {message[0].lower()}{message[1:]}."


def _setting_name(location: tuple[int | str, ...]) -> str:
    names = [str(part) for part in location if isinstance(part, str)]
    if len(names) == 1:
        return f"[{names[0]}]"
    return f"[{names[0]}] {'.'.join(names[1:])}"
