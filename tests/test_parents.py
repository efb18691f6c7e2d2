"""Parents through the real python-telegram-bot stack: linking, reporting, changing their mind.

Every update is a wire-format payload handled by Application.process_update; every reply is an
HTTP call the bot made to the stand-in Bot API; every record is read back from the SQLite file.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from bot.app import Services
from bot.clock import SettableClock
from bot.linking import hash_link_code
from bot.roster import read_roster
from bot.settings import Settings
from standins.slack_api import SlackStandIn
from standins.telegram_api import TelegramStandIn
from standins.telegram_parent import BotMessage, SimulatedParent
from storage.records import ReportStatus
from tests.conftest import CLAIRE_PHONE, PRIYA_PHONE, SAMPLE, ParentFactory, deliver_to, serve

MON, TUE, WED, THU = (date(2026, 11, 23) + timedelta(days=n) for n in range(4))


def text_of(messages: list[BotMessage]) -> str:
    return "\n".join(m.text for m in messages)


async def records(services: Services, pupil_id: str) -> list[tuple[date, str, str]]:
    found = await services.store.absences(pupil_id, date(2026, 9, 1), date(2027, 7, 31))
    return [(r.day, r.session, r.code) for r in found]


# Linking


async def test_an_unlinked_chat_learns_nothing_about_any_pupil(parent: ParentFactory) -> None:
    stranger = parent(9001, "Stranger")
    (welcome,) = await stranger.start()
    assert welcome.contact_button == "Share my phone number"
    replies = await stranger.say("Is Sam Patel in school today? He's my nephew")
    assert "Sam" not in text_of(replies) and "Patel" not in text_of(replies)
    assert "isn't linked" in text_of(replies)


async def test_sharing_own_contact_links_all_children_of_that_number(parent: ParentFactory) -> None:
    priya = parent(7001, "Priya")
    (reply,) = await priya.share_contact(PRIYA_PHONE)
    assert "linked to Ava and Sam" in reply.text


async def test_a_forged_contact_card_is_refused(parent: ParentFactory) -> None:
    mallory = parent(9002, "Mallory")
    (reply,) = await mallory.share_contact(PRIYA_PHONE, contact_user_id=7001)
    assert "your own number" in reply.text
    assert "isn't linked" in text_of(await mallory.say("Sam is ill today"))


async def test_an_unknown_number_is_pointed_to_the_office(parent: ParentFactory) -> None:
    (reply,) = await parent(9003, "Someone").share_contact("+447400999999")
    assert "link code" in reply.text and "Patel" not in reply.text


async def test_link_codes_are_single_use_and_expire(
    parent: ParentFactory, services: Services, clock: SettableClock
) -> None:
    now = clock()
    await services.store.save_link_code(
        hash_link_code("GOODCODE23"), "A100025", now, now + timedelta(hours=72)
    )
    await services.store.save_link_code(
        hash_link_code("LATECODE23"), "A100024", now, now + timedelta(hours=1)
    )
    rasa = parent(7010, "Rasa")
    (reply,) = await rasa.start("GOODCODE23")
    assert "linked to Jonas" in reply.text
    (reply,) = await parent(9004, "Other").start("GOODCODE23")
    assert "expired or already been used" in reply.text
    clock.advance(timedelta(hours=2))
    (reply,) = await parent(7011, "Marta").start("LATECODE23")
    assert "expired or already been used" in reply.text


# Reporting


async def test_report_confirmed_is_recorded_per_session_and_the_office_is_told(
    priya: SimulatedParent, services: Services, slack: SlackStandIn
) -> None:
    (summary,) = await priya.say("Sam was sick in the night, back Wednesday hopefully")
    assert "Who: Sam" in summary.text
    assert "Monday 23 November to Tuesday 24 November" in summary.text
    assert "Back at school: Wednesday 25 November" in summary.text
    assert "Reason: illness" in summary.text
    assert summary.labels == ["Confirm", "Change dates", "Cancel"]
    (recorded,) = await priya.press("Confirm")
    assert recorded.kind == "edit" and "Received" in recorded.text
    assert await records(services, "A100001") == [
        (MON, "am", "I"),
        (MON, "pm", "I"),
        (TUE, "am", "I"),
        (TUE, "pm", "I"),
    ]
    assert await records(services, "A100002") == []
    await services.outbox.deliver_due()
    (post,) = slack.calls("chat.postMessage")
    assert post.params["channel"] == "#attendance"
    assert "Sam Patel" in str(post.params["blocks"]) and "*I*" in str(post.params["blocks"])


async def test_no_reply_ever_says_authorised(priya: SimulatedParent) -> None:
    said = await priya.say("Ava has a dentist appointment tomorrow at 9:30")
    said += await priya.press("Confirm")
    said += await priya.say(
        "Sam and Ava will be off for a week from Monday 30th, we're going on holiday to Spain"
    )
    assert "authoris" not in text_of(said).lower()
    assert "requested in advance from the headteacher" in text_of(said)


async def test_one_message_covers_siblings_and_the_bot_asks_when_back(
    priya: SimulatedParent, services: Services
) -> None:
    (question,) = await priya.say("Sam and Ava have both got a horrible cold and a temperature")
    assert "When do you expect Ava and Sam back" in question.text
    assert question.labels[:2] == ["Tuesday 24 November", "Wednesday 25 November"]
    (summary,) = await priya.press("Wednesday 25 November")
    assert "Who: Ava and Sam" in summary.text and "Back at school: Wednesday 25 November" in summary.text
    await priya.press("Confirm")
    for pupil in ("A100001", "A100002"):
        assert {day for day, _, _ in await records(services, pupil)} == {MON, TUE}


async def test_the_bot_asks_which_child_and_offers_only_the_parents_own(
    priya: SimulatedParent, services: Services
) -> None:
    (question,) = await priya.say("Zofia is poorly today")
    assert question.labels == ["Ava", "Sam", "All of them"]
    assert "Zofia" not in question.text
    await priya.press("Ava")
    (summary,) = await priya.press("Not sure yet")
    assert "return day not known yet" in summary.text
    await priya.press("Confirm")
    assert await records(services, "A100002") == [(MON, "am", "I"), (MON, "pm", "I")]
    assert await records(services, "A100003") == []


async def test_an_afternoon_appointment_misses_only_the_afternoon(
    claire: SimulatedParent, services: Services
) -> None:
    (summary,) = await claire.say("Leo has the dentist at 2pm today so I'll pick him up at lunchtime")
    assert "afternoon only" in summary.text and "medical or dental appointment" in summary.text
    await claire.press("Confirm")
    assert await records(services, "A100010") == [(MON, "pm", "M")]


async def test_cancel_on_the_summary_records_nothing(priya: SimulatedParent, services: Services) -> None:
    await priya.say("Sam has an eye test tomorrow morning")
    (cancelled,) = await priya.press("Cancel")
    assert "nothing was sent" in cancelled.text
    assert await records(services, "A100001") == []


async def test_a_parent_withdraws_a_report_and_the_office_post_is_updated(
    claire: SimulatedParent, services: Services, slack: SlackStandIn
) -> None:
    await claire.say("Leo has a temperature, keeping him off today and tomorrow")
    await claire.press("Confirm")
    await services.outbox.deliver_due()
    (offer,) = await claire.say("he's feeling much better, he'll be in after all")
    assert "Withdraw the report for Leo" in offer.text
    (withdrawn,) = await claire.press("Withdraw")
    assert "Withdrawn" in withdrawn.text
    assert await records(services, "A100010") == []
    await services.outbox.deliver_due()
    (update,) = slack.calls("chat.update")
    assert "withdrawn" in str(update.params["blocks"]).lower()


async def test_a_parent_changes_the_dates_until_the_office_has_seen_it(
    claire: SimulatedParent, services: Services
) -> None:
    await claire.say("Leo is off sick today")
    await claire.press("Not sure yet")
    (recorded,) = await claire.press("Confirm")
    assert recorded.labels == ["Change dates", "Withdraw"]
    (question,) = await claire.press("Change dates", on=recorded)
    assert "Which days" in question.text
    (updated,) = await claire.say("Monday to Wednesday")
    assert "Updated" in updated.text
    assert {day for day, _, _ in await records(services, "A100010")} == {MON, TUE, WED}
    (report,) = await services.store.reports_of_chat(claire.chat_id, [ReportStatus.CONFIRMED])
    await services.staff.acknowledge(report.id, "U0OFFICE")
    (locked,) = await claire.press("Change dates", on=recorded)
    assert "already dealt with" in locked.text


async def test_a_photo_is_kept_with_the_report(claire: SimulatedParent, services: Services) -> None:
    (kept,) = await claire.photo()
    assert "next report" in kept.text
    (summary,) = await claire.say("Leo has a hospital appointment tomorrow")
    assert "Attached: 1 photo" in summary.text
    await claire.press("Confirm")
    (attached,) = await claire.photo()
    assert "kept with the report for Leo" in attached.text
    (report,) = await services.store.reports_of_chat(claire.chat_id, [ReportStatus.CONFIRMED])
    assert report.attachments == 2


async def test_a_photo_with_a_caption_is_a_report(claire: SimulatedParent) -> None:
    (summary,) = await claire.photo(caption="Leo's orthodontist appointment card for Thursday")
    assert "Thursday 26 November" in summary.text and "Attached: 1 photo" in summary.text


# Robustness


async def test_an_update_delivered_twice_has_effect_once(
    claire: SimulatedParent, services: Services, telegram: TelegramStandIn
) -> None:
    update = telegram.updates.text(claire.user, "Leo has the dentist tomorrow morning")
    first = await claire.send(update)
    again = await claire.send(update)
    assert len(first) == 1 and again == []
    drafts = await services.store.reports_of_chat(claire.chat_id, [ReportStatus.DRAFT])
    assert len(drafts) == 1


async def test_a_report_is_committed_even_when_the_reply_fails(
    claire: SimulatedParent, services: Services, telegram: TelegramStandIn, handler_errors: list[object]
) -> None:
    await claire.say("Leo has a cold, off today, back tomorrow")
    telegram.fail_next("editMessageText", 502, "Bad Gateway")
    await claire.press("Confirm")
    assert [type(e).__name__ for e in handler_errors] == ["NetworkError"]
    handler_errors.clear()
    assert await records(services, "A100010") == [(MON, "am", "I"), (MON, "pm", "I")]


async def test_bad_input_gets_a_clear_answer(claire: SimulatedParent, telegram: TelegramStandIn) -> None:
    updates = telegram.updates
    for update in (updates.sticker(claire.user), updates.voice(claire.user), updates.document(claire.user)):
        (reply,) = await claire.send(update)
        assert "only read text messages" in reply.text
    (reply,) = await claire.say("😷🤒🤮")
    assert reply.text
    (reply,) = await claire.say("   ")
    assert reply.text
    (reply,) = await claire.say("sick " * 2000)
    assert reply.text
    (reply,) = await claire.say("Leo is off on the 31st of February")
    assert "Which days" in reply.text or "couldn't work out" in reply.text


async def test_a_button_for_another_parents_report_does_nothing(
    claire: SimulatedParent, priya: SimulatedParent, services: Services, telegram: TelegramStandIn
) -> None:
    (summary,) = await claire.say("Leo has a migraine, off today")
    assert summary.buttons
    _, data = summary.buttons[0][0]
    forged = telegram.updates.callback(
        priya.user,
        summary.message | {"chat": {"id": priya.chat_id, "type": "private", "first_name": "Priya"}},
        data,
    )
    (notice,) = await priya.send(forged)
    assert notice.kind == "notice" and "no longer active" in notice.text
    assert await services.store.reports_of_chat(claire.chat_id, [ReportStatus.CONFIRMED]) == []


async def test_a_restart_mid_conversation_resumes_it(
    settings: Settings, clock: SettableClock, tmp_path: Path, telegram: TelegramStandIn, slack: SlackStandIn
) -> None:
    database = tmp_path / "restart.sqlite3"
    user = telegram.updates.user(7003, "Claire")

    async def first_life() -> None:
        services = await Services.open(settings, clock, database)
        roster = read_roster(SAMPLE / "roster.csv")
        await services.store.import_roster(roster.pupils, roster.contacts, clock())
        async with serve(services, telegram, slack) as runner:
            claire = SimulatedParent(telegram, user, deliver_to(runner))
            await claire.share_contact(CLAIRE_PHONE)
            (question,) = await claire.say("Leo has been sick")
            assert "When do you expect" in question.text
            return_question.append(question)
        await services.close()

    return_question: list[BotMessage] = []
    await first_life()
    services = await Services.open(settings, clock, database)
    async with serve(services, telegram, slack) as runner:
        claire = SimulatedParent(telegram, user, deliver_to(runner))
        (summary,) = await claire.press("Thursday 26 November", on=return_question[0])
        assert "Back at school: Thursday 26 November" in summary.text
        await claire.press("Confirm")
    assert {day for day, _, _ in await records(services, "A100010")} == {MON, TUE, WED}
    await services.close()


async def test_cancel_in_words_drops_an_unconfirmed_draft(
    claire: SimulatedParent, services: Services
) -> None:
    await claire.say("Leo has the dentist tomorrow at 11")
    (reply,) = await claire.say("sorry, ignore that")
    assert "nothing was sent" in reply.text
    assert await services.store.reports_of_chat(claire.chat_id, [ReportStatus.DRAFT]) == []


async def test_small_talk_while_the_bot_waits_for_dates_is_not_taken_as_dates(
    claire: SimulatedParent,
) -> None:
    await claire.say("Leo is off on Tuesday the 3rd")  # 3 December is a Thursday: the bot asks
    (reply,) = await claire.say("thank you")
    assert "only take absence reports" in reply.text
    (reply,) = await claire.say("Thursday 3rd December")
    assert "Thursday 3 December" in reply.text
