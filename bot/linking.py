"""Linking a Telegram chat to a parent's children: phone numbers and one-time link codes."""

from __future__ import annotations

import hashlib
import secrets

import phonenumbers

# Unambiguous characters: no 0/O or 1/I/L, since codes are read aloud and copied by hand.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 10


def normalise_phone(raw: str, region: str = "GB") -> str | None:
    """E.164 form of a phone number, or None when it is not a valid number.

    Telegram sends a contact's number without the leading "+", so a bare international number
    is tried as such before the school's own region.
    """
    text = raw.strip()
    candidates = [text]
    if text.isdigit() and not text.startswith("0"):
        candidates.insert(0, f"+{text}")
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def new_link_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))


def hash_link_code(code: str) -> str:
    """Codes are stored hashed; they are random and short-lived, so a plain SHA-256 suffices."""
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def deep_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={code}"
