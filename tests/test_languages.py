"""Parents writing in their own language: the contract of DESIGN.md §4 on a slice of messages per
language, and replies in the parent's language through the real Telegram stack.

The slices were written alongside the glosses in bot/understanding/text.py, so they show what is
understood, not an unseen accuracy; see tests/test_understanding.py for English.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.calendar import SchoolCalendar
from bot.codes import Category
from bot.understanding import understand
from bot.understanding.children import name_spans
from bot.understanding.language import detect_language
from bot.understanding.text import WORD_END, WORD_START, first_letter_alternation, fold, normalise
from standins.telegram_parent import SimulatedParent
from tests.conftest import CLAIRE_PHONE, ParentFactory
from tests.expected import report, withdrawal

SAMPLE = Path(__file__).resolve().parent.parent / "sample" / "school.toml"
LONDON = ZoneInfo("Europe/London")

PATELS = ("Sam Patel", "Ava Patel")
LEO = ("Leo Jones",)

# Late November 2026: Friday 27 is an INSET day.
MON_0742 = "2026-11-23T07:42"
TUE_0830 = "2026-11-24T08:30"
THU_1800 = "2026-11-26T18:00"
SUN_2100 = "2026-11-22T21:00"


def not_a_report(language: str) -> dict[str, Any]:
    return {"is_report": False, "language": language}


# fmt: off
CASES: list[tuple[str, tuple[str, ...], str, dict[str, Any]]] = [
    # pl
    (MON_0742, ("Franek Nowak", "Zosia Nowak"), 'Franka boli brzuch, dzisiaj zostaje w domu. Zosia idzie normalnie.', report('Franek Nowak', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (MON_0742, LEO, 'Leo jutro będzie później, ma badanie w szpitalu o 9:00.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="pl")),
    (MON_0742, PATELS, 'Dzień dobry, Ava ma zapalenie spojówek i zostanie dzisiaj w domu.', report('Ava Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (MON_0742, PATELS, 'Sam i Ava nie będą w szkole w czwartek, mają wizytę u dentysty.', report('ALL', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="pl")),
    (MON_0742, LEO, 'Leo od jutra przez 3 dni będzie w domu, ma ospę.', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="pl")),
    (MON_0742, LEO, 'Leo w środę będzie miał pobieraną krew, przyjdzie do szkoły po 11.', report('Leo Jones', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="am", language="pl")),
    (MON_0742, PATELS, 'Sam ma zapalenie płuc, lekarz kazał mu zostać w domu przez tydzień.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (MON_0742, PATELS, 'Wizyta Avy została odwołana, więc jutro będzie w szkole.', withdrawal('Ava Patel', '2026-11-24', '2026-11-24', '2026-11-25', language="pl")),
    (MON_0742, LEO, 'Przepraszam, Leo dzisiaj się spóźni, mieliśmy korek.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="pl")),
    (MON_0742, LEO, 'Leo ma zapalenie ucha, zostaje w domu do odwołania.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (MON_0742, PATELS, 'Ava nie przyjdzie w przyszły poniedziałek, ma operację w szpitalu.', report('Ava Patel', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="pl")),
    (MON_0742, LEO, 'Jaki jest numer do sekretariatu?', not_a_report("pl")),
    (TUE_0830, LEO, 'Leo wczoraj był chory, dzisiaj już jest w szkole.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="pl")),
    (MON_0742, PATELS, 'Ava i Sam będą nieobecni cały tydzień, jedziemy na pogrzeb dziadka.', report('ALL', '2026-11-23', '2026-11-26', '2026-11-30', Category.EXCEPTIONAL, language="pl")),
    (MON_0742, LEO, 'Leo jutro nie przyjdzie, ma szczepienie.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, language="pl")),
    (MON_0742, LEO, 'Leo dzisiaj zostaje w domu, boli go brzuch.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (MON_0742, PATELS, 'Sam będzie nieobecny w przyszłym tygodniu, wyjeżdżamy do Polski na wesele.', report('Sam Patel', '2026-11-30', '2026-12-04', '2026-12-07', Category.HOLIDAY, language="pl")),
    (MON_0742, PATELS, 'Ava ma wizytę u ortodonty 25/11 o 14:00, odbiorę ją o 13:30.', report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="pl")),
    (MON_0742, PATELS, 'Dzień dobry, Sam jest dzisiaj chory i nie będzie w szkole.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (MON_0742, PATELS, 'Ava ma jutro wizytę u dentysty o 10:00, potem przyjdzie do szkoły.', report('Ava Patel', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="pl")),
    (MON_0742, PATELS, 'Sam jest chory, wróci w czwartek.', report('Sam Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="pl")),
    (MON_0742, PATELS, 'Oboje mają gorączkę, zostają dzisiaj w domu.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (MON_0742, PATELS, 'Ava nie będzie w szkole od poniedziałku do środy, pogrzeb babci w Polsce.', report('Ava Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="pl")),
    (MON_0742, PATELS, 'Proszę zignorować poprzednią wiadomość, Sam jednak przyjdzie do szkoły.', withdrawal('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', language="pl")),
    (TUE_0830, PATELS, 'Sam wczoraj nie był w szkole, miał biegunkę.', report('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="pl")),
    (MON_0742, PATELS, 'Ava spóźni się dzisiaj, wizyta u lekarza o 9:30.', report('Ava Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="pl")),
    (MON_0742, PATELS, 'Sam ma grypę, nie wiem kiedy wróci.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (MON_0742, PATELS, 'Kiedy jest wywiadówka?', not_a_report("pl")),
    (SUN_2100, LEO, 'Leo wymiotował w nocy, jutro zostanie w domu.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pl")),
    (THU_1800, LEO, 'Leo ma jutro wizytę w szpitalu', report('Leo Jones', None, None, None, Category.MEDICAL, questions=('dates',), language="pl")),
    # ro
    (MON_0742, LEO, 'Leo va veni mai târziu mâine, are analize la spital la ora 9.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="ro")),
    (MON_0742, PATELS, 'Bună dimineața, Ava are dureri de burtă și rămâne acasă azi.', report('Ava Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    (MON_0742, PATELS, 'Sam și Ava nu vin la școală joi, au programare la dentist.', report('ALL', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="ro")),
    (MON_0742, LEO, 'Leo stă acasă de mâine 3 zile, are varicelă.', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="ro")),
    (MON_0742, LEO, 'Plecăm în vacanță în România de vineri până luni.', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.HOLIDAY, language="ro")),
    (MON_0742, PATELS, 'Ava merge la dentist joi la ora 14, o iau de la școală la prânz.', report('Ava Patel', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, sessions="pm", language="ro")),
    (MON_0742, LEO, 'Leo are o răceală urâtă, nu vine la școală mâine.', report('Leo Jones', '2026-11-24', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    (MON_0742, LEO, 'Îmi pare rău, am greșit, Leo vine azi la școală.', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="ro")),
    (MON_0742, LEO, 'Leo întârzie azi, am prins aglomerație.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="ro")),
    (MON_0742, PATELS, 'Copiii sunt bolnavi, nu vin la școală până nu se fac bine.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    (MON_0742, LEO, 'Leo nu va veni lunea viitoare, are operație.', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="ro")),
    (TUE_0830, LEO, 'Leo a lipsit ieri pentru că a fost bolnav.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="ro")),
    (MON_0742, LEO, 'Mulțumesc pentru informații!', not_a_report("ro")),
    (MON_0742, PATELS, 'Sam nu vine azi, îl doare capul.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    (MON_0742, LEO, 'Leo va lipsi joi, are programare la spital.', report('Leo Jones', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="ro")),
    (MON_0742, LEO, 'Leo are temperatură, rămâne acasă azi și mâine.', report('Leo Jones', '2026-11-23', '2026-11-24', '2026-11-25', Category.ILLNESS, language="ro")),
    (MON_0742, PATELS, 'Ava are programare la spital pe 25/11 la ora 14, o iau de la școală la 13:30.', report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="ro")),
    (MON_0742, PATELS, 'Bună ziua, Sam este bolnav azi și nu va veni la școală.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    (MON_0742, PATELS, 'Ava are programare la dentist mâine la ora 11, apoi vine la școală.', report('Ava Patel', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="ro")),
    (MON_0742, PATELS, 'Sam are febră, se întoarce joi.', report('Sam Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="ro")),
    (MON_0742, PATELS, 'Amândoi sunt răciți, rămân acasă azi.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    (MON_0742, PATELS, 'Ava nu va veni de luni până miercuri, avem o înmormântare în România.', report('Ava Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="ro")),
    (MON_0742, PATELS, 'Vă rog ignorați mesajul anterior, Sam vine totuși la școală.', withdrawal('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', language="ro")),
    (TUE_0830, PATELS, 'Sam nu a fost la școală ieri, a avut diaree.', report('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="ro")),
    (MON_0742, PATELS, 'Ava va întârzia azi, are programare la doctor la 9:30.', report('Ava Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="ro")),
    (MON_0742, PATELS, 'Sam are gripă, nu știu când se întoarce.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    (MON_0742, PATELS, 'Când este ședința cu părinții?', not_a_report("ro")),
    (SUN_2100, LEO, 'Leo a vomitat azi noapte, mâine rămâne acasă.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    (MON_0742, LEO, 'Leo e bolnav si nu vine la scoala azi', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ro")),
    # pt
    (MON_0742, LEO, 'O Leo amanhã chega mais tarde, tem análises no hospital às 9h.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="pt")),
    (MON_0742, PATELS, 'Bom dia, a Ava tem conjuntivite e fica em casa hoje.', report('Ava Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pt")),
    (MON_0742, PATELS, 'O Sam e a Ava não vão à escola na quinta, têm consulta no dentista.', report('ALL', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="pt")),
    (MON_0742, LEO, 'O Leo fica em casa a partir de amanhã durante 3 dias, tem varicela.', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="pt")),
    (MON_0742, LEO, 'Qual é o horário da escola amanhã?', not_a_report("pt")),
    (MON_0742, PATELS, 'A Ava tem consulta no oftalmologista amanhã de manhã.', report('Ava Patel', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="pt")),
    (MON_0742, LEO, 'O Leo partiu o braço, vai ficar em casa até quinta.', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="pt")),
    (MON_0742, LEO, 'Desculpe, enganei-me, o Leo afinal vai à escola hoje.', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="pt")),
    (MON_0742, LEO, 'O Leo chega atrasado hoje, há muito trânsito.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="pt")),
    (MON_0742, PATELS, 'As crianças estão doentes, ficam em casa até nova ordem.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pt")),
    (MON_0742, LEO, 'O Leo não vai na próxima segunda, tem uma cirurgia.', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="pt")),
    (MON_0742, LEO, 'O Leo vai chegar atrasado, o carro avariou.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="pt")),
    (MON_0742, LEO, 'Obrigada, bom fim de semana.', not_a_report("pt")),
    (MON_0742, PATELS, 'A Ava vai faltar amanhã e quarta, está com varicela.', report('Ava Patel', '2026-11-24', '2026-11-25', '2026-11-26', Category.ILLNESS, language="pt")),
    (MON_0742, LEO, 'O Leo tem consulta no dentista na quarta às 9h e depois vai para a escola.', report('Leo Jones', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="am", language="pt")),
    (MON_0742, LEO, 'O Leo hoje não vai à escola porque tem febre e tosse.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pt")),
    (MON_0742, PATELS, 'A Ava tem consulta no hospital no dia 25/11 às 14h, vou buscá-la às 13h30.', report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="pt")),
    (MON_0742, PATELS, 'Bom dia, o Sam está doente hoje e não vai à escola.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pt")),
    (MON_0742, PATELS, 'A Ava tem consulta no dentista amanhã às 10h, depois vai para a escola.', report('Ava Patel', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="pt")),
    (MON_0742, PATELS, 'O Sam está com febre, volta na quinta-feira.', report('Sam Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="pt")),
    (MON_0742, PATELS, 'Os dois estão constipados, ficam em casa hoje.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pt")),
    (MON_0742, PATELS, 'A Ava vai faltar de segunda a quarta, temos um funeral em Portugal.', report('Ava Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="pt")),
    (MON_0742, PATELS, 'Por favor ignore a mensagem anterior, afinal o Sam vai à escola.', withdrawal('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', language="pt")),
    (TUE_0830, PATELS, 'O Sam ontem não foi à escola, teve diarreia.', report('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="pt")),
    (MON_0742, PATELS, 'A Ava vai chegar atrasada hoje, tem consulta no médico às 9:30.', report('Ava Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="pt")),
    (MON_0742, PATELS, 'O Sam está com gripe, não sei quando volta.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pt")),
    (MON_0742, PATELS, 'Quando é a reunião de pais?', not_a_report("pt")),
    (SUN_2100, LEO, 'O Leo vomitou durante a noite, amanhã fica em casa.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pt")),
    (MON_0742, LEO, 'Leo não vai hoje, está com dor de barriga', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pt")),
    # es
    (MON_0742, LEO, 'Leo mañana llegará más tarde, tiene análisis en el hospital a las 9.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="es")),
    (MON_0742, PATELS, 'Buenos días, Ava tiene conjuntivitis y se queda hoy en casa.', report('Ava Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="es")),
    (MON_0742, PATELS, 'Sam y Ava no irán al colegio el jueves, tienen cita con el dentista.', report('ALL', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="es")),
    (MON_0742, LEO, 'Leo se queda en casa a partir de mañana durante 3 días, tiene varicela.', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="es")),
    (MON_0742, LEO, 'Gracias por avisar.', not_a_report("es")),
    (MON_0742, PATELS, 'Ava tiene una cita en el hospital el miércoles por la tarde.', report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="es")),
    (MON_0742, LEO, 'Leo se ha roto el brazo, se queda en casa hasta el jueves.', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="es")),
    (MON_0742, LEO, 'Perdón, me equivoqué, Leo al final sí va hoy al colegio.', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="es")),
    (MON_0742, LEO, 'Leo llegará tarde hoy, hay mucho tráfico.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="es")),
    (MON_0742, PATELS, 'Los niños están enfermos, se quedan en casa hasta nuevo aviso.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="es")),
    (MON_0742, LEO, 'Leo no irá el próximo lunes porque tiene una operación.', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="es")),
    (TUE_0830, LEO, 'Ayer Leo no fue al colegio porque estaba malo.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="es")),
    (MON_0742, LEO, '¿A qué hora termina la excursión?', not_a_report("es")),
    (MON_0742, PATELS, 'Sam y Ava estarán en casa hasta el miércoles, tienen gripe.', report('ALL', '2026-11-23', '2026-11-24', '2026-11-25', Category.ILLNESS, language="es")),
    (MON_0742, LEO, 'Leo tiene cita con el médico el jueves por la mañana, irá al colegio después.', report('Leo Jones', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, sessions="am", language="es")),
    (MON_0742, LEO, 'Leo hoy no va al colegio, tiene vómitos.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="es")),
    (MON_0742, PATELS, 'Ava tiene cita en el hospital el 25/11 a las 14:00, la recogeré a las 13:30.', report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="es")),
    (MON_0742, PATELS, 'Buenos días, Sam está enfermo hoy y no va a ir al colegio.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="es")),
    (MON_0742, PATELS, 'Ava tiene cita con el dentista mañana a las 10, luego irá al colegio.', report('Ava Patel', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="es")),
    (MON_0742, PATELS, 'Sam tiene fiebre, vuelve el jueves.', report('Sam Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="es")),
    (MON_0742, PATELS, 'Los dos están resfriados, se quedan en casa hoy.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="es")),
    (MON_0742, PATELS, 'Ava no irá de lunes a miércoles, tenemos un funeral en España.', report('Ava Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="es")),
    (MON_0742, PATELS, 'Por favor ignore mi último mensaje, al final Sam sí va al colegio.', withdrawal('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', language="es")),
    (TUE_0830, PATELS, 'Sam no fue al colegio ayer, tuvo diarrea.', report('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="es")),
    (MON_0742, PATELS, 'Ava llegará tarde hoy, tiene cita con el médico a las 9:30.', report('Ava Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="es")),
    (MON_0742, PATELS, 'Sam tiene gripe, no sé cuándo volverá.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="es")),
    (MON_0742, PATELS, '¿Cuándo es la reunión de padres?', not_a_report("es")),
    (SUN_2100, LEO, 'Leo ha vomitado por la noche, mañana se queda en casa.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="es")),
    (MON_0742, LEO, 'Leo no va hoy al cole, tiene dolor de barriga', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="es")),
    # fr
    (MON_0742, LEO, "Leo arrivera plus tard demain, il a une prise de sang à l'hôpital à 9h.", report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="fr")),
    (MON_0742, PATELS, "Bonjour, Ava a une conjonctivite et reste à la maison aujourd'hui.", report('Ava Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="fr")),
    (MON_0742, PATELS, "Sam et Ava ne viendront pas à l'école jeudi, ils ont rendez-vous chez le dentiste.", report('ALL', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="fr")),
    (MON_0742, LEO, 'Leo restera à la maison à partir de demain pendant 3 jours, il a la varicelle.', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="fr")),
    (MON_0742, LEO, "Merci pour l'information.", not_a_report("fr")),
    (MON_0742, PATELS, "Ava a un rendez-vous à l'hôpital mercredi après-midi.", report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="fr")),
    (MON_0742, LEO, "Leo s'est cassé le bras, il restera à la maison jusqu'à jeudi.", report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="fr")),
    (MON_0742, LEO, "Désolée, je me suis trompée, Leo viendra finalement à l'école aujourd'hui.", withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="fr")),
    (MON_0742, LEO, 'Leo aura du retard ce matin, il y a des bouchons.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="fr")),
    (MON_0742, PATELS, "Les enfants sont malades, ils restent à la maison jusqu'à nouvel ordre.", report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="fr")),
    (MON_0742, LEO, 'Leo ne sera pas là lundi prochain, il se fait opérer.', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="fr")),
    (TUE_0830, LEO, "Leo était malade hier, il n'a pas pu venir.", report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="fr")),
    (MON_0742, LEO, 'Est-ce que la cantine est ouverte demain ?', not_a_report("fr")),
    (MON_0742, PATELS, "Sam sera absent jusqu'à jeudi, il a la varicelle.", report('Sam Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="fr")),
    (MON_0742, LEO, "Leo a un rendez-vous chez l'orthodontiste mercredi à 14h.", report('Leo Jones', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="fr")),
    (MON_0742, LEO, "Leo a une gastro, il reste à la maison aujourd'hui.", report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="fr")),
    (MON_0742, PATELS, "Ava a rendez-vous à l'hôpital le 25/11 à 14h, je viendrai la chercher à 13h30.", report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="fr")),
    (MON_0742, PATELS, "Bonjour, Sam est malade aujourd'hui et ne viendra pas à l'école.", report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="fr")),
    (MON_0742, PATELS, "Ava a rendez-vous chez le dentiste demain à 10h, puis elle ira à l'école.", report('Ava Patel', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="fr")),
    (MON_0742, PATELS, 'Sam a de la fièvre, il revient jeudi.', report('Sam Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="fr")),
    (MON_0742, PATELS, "Les deux sont enrhumés, ils restent à la maison aujourd'hui.", report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="fr")),
    (MON_0742, PATELS, 'Ava sera absente du lundi au mercredi, nous avons un enterrement en France.', report('Ava Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="fr")),
    (MON_0742, PATELS, "Merci d'ignorer mon dernier message, finalement Sam viendra à l'école.", withdrawal('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', language="fr")),
    (TUE_0830, PATELS, "Sam n'est pas venu à l'école hier, il avait la diarrhée.", report('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="fr")),
    (MON_0742, PATELS, "Ava sera en retard aujourd'hui, rendez-vous chez le médecin à 9h30.", report('Ava Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="fr")),
    (MON_0742, PATELS, 'Sam a la grippe, je ne sais pas quand il reviendra.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="fr")),
    (MON_0742, PATELS, 'Quand a lieu la réunion parents-professeurs ?', not_a_report("fr")),
    (SUN_2100, LEO, 'Leo a vomi cette nuit, il reste à la maison demain.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="fr")),
    (MON_0742, LEO, "Leo est malade, il ne viendra pas aujourd'hui", report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="fr")),
    # lt
    (MON_0742, ("Gabija Paulauskaitė", "Nojus Paulauskas"), 'Labas rytas, Gabijai skauda gerklę, šiandien jos nebus. Nojų atveš tėtis', report('Gabija Paulauskaitė', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    (MON_0742, LEO, 'Leo rytoj ateis vėliau, 9 val. kraujo tyrimas ligoninėje.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="lt")),
    (MON_0742, PATELS, 'Laba diena, Ava serga konjunktyvitu ir šiandien liks namie.', report('Ava Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    (MON_0742, PATELS, 'Sam ir Ava ketvirtadienį nebus mokykloje, turi vizitą pas odontologą.', report('ALL', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="lt")),
    (MON_0742, LEO, 'Leo nuo rytojaus 3 dienas bus namie, serga vėjaraupiais.', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="lt")),
    (MON_0742, LEO, 'Ar rytoj bus pamokos?', not_a_report("lt")),
    (MON_0742, PATELS, 'Ava trečiadienį po pietų turi vizitą ligoninėje.', report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="lt")),
    (MON_0742, LEO, 'Leo susilaužė ranką, liks namie iki ketvirtadienio.', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="lt")),
    (MON_0742, LEO, 'Atsiprašau, suklydau, Leo šiandien ateis į mokyklą.', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="lt")),
    (MON_0742, LEO, 'Leo šiandien pavėluos, dideli kamščiai.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="lt")),
    (MON_0742, PATELS, 'Vaikai serga, liks namuose kol pasveiks.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    (MON_0742, LEO, 'Leo kitą pirmadienį nebus, jam operacija.', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="lt")),
    (TUE_0830, LEO, 'Leo vakar sirgo, todėl nebuvo mokykloje.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="lt")),
    (MON_0742, LEO, 'Ačiū už informaciją.', not_a_report("lt")),
    (MON_0742, PATELS, 'Sam ir Ava serga, nebus iki trečiadienio.', report('ALL', '2026-11-23', '2026-11-24', '2026-11-25', Category.ILLNESS, language="lt")),
    (MON_0742, LEO, 'Leo rytoj turi vizitą pas gydytoją, į mokyklą neis.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, language="lt")),
    (MON_0742, LEO, 'Leo šiandien liks namie, jam skauda galvą.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    (MON_0742, PATELS, 'Ava 25/11 14 val. turi vizitą ligoninėje, pasiimsiu ją 13:30.', report('Ava Patel', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="lt")),
    (MON_0742, PATELS, 'Laba diena, Sam šiandien serga ir nebus mokykloje.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    (MON_0742, PATELS, 'Ava rytoj 10 val. turi vizitą pas odontologą, paskui ateis į mokyklą.', report('Ava Patel', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="lt")),
    (MON_0742, PATELS, 'Sam karščiuoja, grįš ketvirtadienį.', report('Sam Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="lt")),
    (MON_0742, PATELS, 'Abu vaikai peršalę, šiandien liks namuose.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    (MON_0742, PATELS, 'Ava nebus nuo pirmadienio iki trečiadienio, vykstame į laidotuves Lietuvoje.', report('Ava Patel', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="lt")),
    (MON_0742, PATELS, 'Ignoruokite ankstesnę žinutę, Sam vis dėlto ateis į mokyklą.', withdrawal('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', language="lt")),
    (TUE_0830, PATELS, 'Sam vakar nebuvo mokykloje, viduriavo.', report('Sam Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="lt")),
    (MON_0742, PATELS, 'Ava šiandien vėluos, 9:30 vizitas pas gydytoją.', report('Ava Patel', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="lt")),
    (MON_0742, PATELS, 'Sam serga gripu, nežinau kada grįš.', report('Sam Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    (MON_0742, PATELS, 'Kada vyks tėvų susirinkimas?', not_a_report("lt")),
    (SUN_2100, LEO, 'Leo naktį vėmė, rytoj liks namie.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    (MON_0742, LEO, 'Leo serga, šiandien neis į mokyklą', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="lt")),
    # ur
    (MON_0742, LEO, 'Leo kal der se aayega, subah 9 baje hospital mein blood test hai.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="ur")),
    (MON_0742, PATELS, 'السلام علیکم، Ava کی آنکھ میں انفیکشن ہے، آج گھر پر رہے گی۔', report('Ava Patel', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ur")),  # noqa: RUF001
    (MON_0742, PATELS, 'Sam aur Ava jumeraat ko school nahi ayenge, dentist ki appointment hai.', report('ALL', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="ur")),
    (MON_0742, LEO, 'لیو کل سے تین دن گھر پر رہے گا، اسے چکن پاکس ہے۔', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'Kal school kitne baje khulega?', not_a_report("ur")),
    (MON_0742, LEO, 'Leo ki budh ko hospital mein appointment hai, dopahar ko chutti chahiye.', report('Leo Jones', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, sessions="pm", language="ur")),
    (MON_0742, LEO, 'لیو کا بازو ٹوٹ گیا ہے، جمعرات تک گھر پر رہے گا۔', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'Maaf kijiye, ghalti ho gayi, Leo aaj school aa raha hai.', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="ur")),
    (MON_0742, LEO, 'Leo aaj late aayega, traffic bohat hai.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="ur")),
    (MON_0742, LEO, 'Leo ki tabiyat theek nahi, jab tak theek nahi hota ghar par rahega.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ur")),
    (MON_0742, LEO, 'لیو اگلے پیر کو اسکول نہیں آئے گا، اس کا آپریشن ہے۔', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'Shukriya', not_a_report("ur")),
    (MON_0742, LEO, 'Leo ko dentist ke paas jana hai kal subah, phir school aayega.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="ur")),
    (MON_0742, LEO, 'Leo ki tabiyat kharab hai, aaj school nahi ja sakega.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ur")),
    (MON_0742, LEO, 'لیو جمعرات کو ہسپتال کی اپائنٹمنٹ کی وجہ سے نہیں آئے گا۔', report('Leo Jones', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'لیو کی طبیعت خراب ہے، آج گھر پر رہے گا۔', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'السلام علیکم، لیو آج بیمار ہے، اسکول نہیں آئے گا۔', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'لیو کو بخار ہے، جمعرات کو واپس آئے گا۔', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="ur")),  # noqa: RUF001
    (SUN_2100, LEO, 'لیو کل اسکول نہیں آئے گا، اس کی ڈاکٹر کے ساتھ اپائنٹمنٹ ہے۔', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, language="ur")),  # noqa: RUF001
    (TUE_0830, LEO, 'لیو کل اسکول نہیں آیا تھا، اس کو الٹیاں ہو رہی تھیں۔', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'لیو پیر سے بدھ تک چھٹی پر ہے، خاندان میں جنازہ ہے۔', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'لیو کو پیٹ میں درد ہے، پتہ نہیں کب ٹھیک ہوگا۔', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ur")),  # noqa: RUF001
    (MON_0742, LEO, 'اسکول کی چھٹیاں کب ہیں؟', not_a_report("ur")),
    (MON_0742, LEO, 'Assalam o alaikum, Leo aaj bimar hai, school nahi aayega.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ur")),
    (MON_0742, LEO, 'Leo ko bukhar hai, jumeraat ko wapas aayega.', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="ur")),
    (SUN_2100, LEO, 'Leo kal school nahi aayega, doctor ke sath appointment hai.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, language="ur")),
    (TUE_0830, LEO, 'Leo kal school nahi aaya tha, ulti ho rahi thi.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="ur")),
    (MON_0742, PATELS, 'Sam aur Ava dono aaj ghar par hain, dono ko bukhar hai.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ur")),
    # pa
    (MON_0742, LEO, 'ਲੀਓ ਭਲਕੇ ਦੇਰ ਨਾਲ ਆਵੇਗਾ, ਸਵੇਰੇ 9 ਵਜੇ ਹਸਪਤਾਲ ਵਿੱਚ ਖ਼ੂਨ ਦੀ ਜਾਂਚ ਹੈ।', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਦੀਆਂ ਅੱਖਾਂ ਵਿੱਚ ਇਨਫੈਕਸ਼ਨ ਹੈ, ਅੱਜ ਘਰ ਰਹੇਗਾ।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਵੀਰਵਾਰ ਨੂੰ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ, ਦੰਦਾਂ ਦੇ ਡਾਕਟਰ ਕੋਲ ਜਾਣਾ ਹੈ।', report('Leo Jones', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਭਲਕੇ ਤੋਂ ਤਿੰਨ ਦਿਨ ਘਰ ਰਹੇਗਾ, ਉਸ ਨੂੰ ਚਿਕਨ ਪਾਕਸ ਹੈ।', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="pa")),
    (MON_0742, LEO, 'ਕੀ ਭਲਕੇ ਸਕੂਲ ਖੁੱਲ੍ਹਾ ਹੈ?', not_a_report("pa")),
    (MON_0742, LEO, 'ਲੀਓ ਨੂੰ ਭਲਕੇ ਦੁਪਹਿਰ ਨੂੰ ਡਾਕਟਰ ਕੋਲ ਜਾਣਾ ਹੈ।', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="pm", language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਦੀ ਬਾਂਹ ਟੁੱਟ ਗਈ ਹੈ, ਵੀਰਵਾਰ ਤੱਕ ਘਰ ਰਹੇਗਾ।', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="pa")),
    (MON_0742, LEO, 'ਮਾਫ਼ ਕਰਨਾ, ਗਲਤੀ ਹੋ ਗਈ, ਲੀਓ ਅੱਜ ਸਕੂਲ ਆ ਰਿਹਾ ਹੈ।', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਅੱਜ ਲੇਟ ਆਵੇਗਾ, ਟ੍ਰੈਫਿਕ ਬਹੁਤ ਹੈ।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਬਿਮਾਰ ਹੈ, ਠੀਕ ਹੋਣ ਤੱਕ ਘਰ ਰਹੇਗਾ।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਅਗਲੇ ਸੋਮਵਾਰ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ, ਉਸ ਦਾ ਅਪਰੇਸ਼ਨ ਹੈ।', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਅਗਲੇ ਹਫ਼ਤੇ ਭਾਰਤ ਜਾ ਰਿਹਾ ਹੈ, ਵਿਆਹ ਹੈ।', report('Leo Jones', '2026-11-30', '2026-12-04', '2026-12-07', Category.HOLIDAY, language="pa")),
    (TUE_0830, LEO, 'ਲੀਓ ਕੱਲ੍ਹ ਬਿਮਾਰ ਸੀ, ਇਸ ਕਰਕੇ ਸਕੂਲ ਨਹੀਂ ਆਇਆ।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="pa")),
    (MON_0742, LEO, 'ਧੰਨਵਾਦ ਜੀ', not_a_report("pa")),
    (MON_0742, LEO, 'ਲੀਓ ਦੀ ਬੁੱਧਵਾਰ ਨੂੰ ਹਸਪਤਾਲ ਵਿੱਚ ਅਪੌਇੰਟਮੈਂਟ ਹੈ।', report('Leo Jones', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਨੂੰ ਬੁਖ਼ਾਰ ਹੈ, ਅੱਜ ਅਤੇ ਭਲਕੇ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।', report('Leo Jones', '2026-11-23', '2026-11-24', '2026-11-25', Category.ILLNESS, language="pa")),
    (MON_0742, LEO, 'ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਲੀਓ ਅੱਜ ਬਿਮਾਰ ਹੈ, ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਨੂੰ ਬੁਖ਼ਾਰ ਹੈ, ਵੀਰਵਾਰ ਨੂੰ ਵਾਪਸ ਆਵੇਗਾ।', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="pa")),
    (SUN_2100, LEO, 'ਲੀਓ ਕੱਲ੍ਹ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ, ਉਸ ਦੀ ਡਾਕਟਰ ਨਾਲ ਅਪੌਇੰਟਮੈਂਟ ਹੈ।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, language="pa")),
    (TUE_0830, LEO, 'ਲੀਓ ਕੱਲ੍ਹ ਸਕੂਲ ਨਹੀਂ ਆਇਆ ਸੀ, ਉਸ ਨੂੰ ਉਲਟੀਆਂ ਲੱਗੀਆਂ ਸਨ।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਸੋਮਵਾਰ ਤੋਂ ਬੁੱਧਵਾਰ ਤੱਕ ਛੁੱਟੀ ਤੇ ਹੈ, ਪਰਿਵਾਰ ਵਿੱਚ ਸਸਕਾਰ ਹੈ।', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਦੇ ਢਿੱਡ ਵਿੱਚ ਦਰਦ ਹੈ, ਪਤਾ ਨਹੀਂ ਕਦੋਂ ਠੀਕ ਹੋਵੇਗਾ।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pa")),
    (MON_0742, LEO, 'ਸਕੂਲ ਦੀਆਂ ਛੁੱਟੀਆਂ ਕਦੋਂ ਹਨ?', not_a_report("pa")),
    (MON_0742, LEO, 'ਲੀਓ ਅੱਜ ਦੇਰ ਨਾਲ ਆਵੇਗਾ, ਸਵੇਰੇ ਦੰਦਾਂ ਦੇ ਡਾਕਟਰ ਕੋਲ ਜਾਣਾ ਹੈ।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਨੂੰ ਜ਼ੁਕਾਮ ਅਤੇ ਖੰਘ ਹੈ, ਅੱਜ ਘਰ ਰਹੇਗਾ।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pa")),
    (MON_0742, LEO, 'ਲੀਓ ਦੀ ਤਬੀਅਤ ਠੀਕ ਨਹੀਂ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆ ਸਕੇਗਾ।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="pa")),
    (TUE_0830, LEO, 'ਲੀਓ ਵੀਰਵਾਰ ਨੂੰ ਗੁਰਪੁਰਬ ਕਰਕੇ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ।', report('Leo Jones', '2026-11-26', '2026-11-26', '2026-11-30', Category.RELIGIOUS, language="pa")),
    # bn
    (MON_0742, LEO, 'লিও আগামীকাল দেরিতে আসবে, সকাল ৯টায় হাসপাতালে রক্ত পরীক্ষা আছে।', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="bn")),
    (MON_0742, LEO, 'লিওর চোখ উঠেছে, আজ বাসায় থাকবে।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="bn")),
    (MON_0742, LEO, 'লিও বৃহস্পতিবার স্কুলে আসবে না, দাঁতের ডাক্তারের কাছে যাবে।', report('Leo Jones', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="bn")),
    (MON_0742, LEO, 'লিও আগামীকাল থেকে তিন দিন বাসায় থাকবে, ওর জলবসন্ত হয়েছে।', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="bn")),
    (MON_0742, LEO, 'আগামীকাল কি স্কুল খোলা?', not_a_report("bn")),
    (MON_0742, LEO, 'লিওর আগামীকাল বিকেলে ডাক্তারের অ্যাপয়েন্টমেন্ট আছে।', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="pm", language="bn")),
    (MON_0742, LEO, 'লিওর হাত ভেঙে গেছে, বৃহস্পতিবার পর্যন্ত বাসায় থাকবে।', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="bn")),
    (MON_0742, LEO, 'দুঃখিত, ভুল হয়েছে, লিও আজ স্কুলে আসছে।', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="bn")),
    (MON_0742, LEO, 'লিও আজ দেরিতে আসবে, রাস্তায় অনেক জ্যাম।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="bn")),
    (MON_0742, LEO, 'লিও অসুস্থ, সুস্থ হওয়া পর্যন্ত বাসায় থাকবে।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="bn")),
    (MON_0742, LEO, 'লিও আগামী সোমবার স্কুলে আসবে না, ওর অপারেশন আছে।', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="bn")),
    (MON_0742, LEO, 'লিও আগামী সপ্তাহে বাংলাদেশে যাচ্ছে, বিয়ের অনুষ্ঠান।', report('Leo Jones', '2026-11-30', '2026-12-04', '2026-12-07', Category.HOLIDAY, language="bn")),
    (TUE_0830, LEO, 'লিও গতকাল অসুস্থ ছিল, তাই স্কুলে যায়নি।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="bn")),
    (MON_0742, LEO, 'ধন্যবাদ', not_a_report("bn")),
    (MON_0742, LEO, 'বুধবার লিওর হাসপাতালে অ্যাপয়েন্টমেন্ট আছে।', report('Leo Jones', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, language="bn")),
    (MON_0742, LEO, 'লিও আজ অসুস্থ, বাসায় থাকবে।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="bn")),
    (MON_0742, LEO, 'আসসালামু আলাইকুম, লিও আজ অসুস্থ, স্কুলে আসবে না।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="bn")),
    (MON_0742, LEO, 'লিওর জ্বর হয়েছে, বৃহস্পতিবার ফিরবে।', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="bn")),
    (MON_0742, LEO, 'লিওর আগামীকাল ডাক্তারের অ্যাপয়েন্টমেন্ট আছে, স্কুলে আসবে না।', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, language="bn")),
    (TUE_0830, LEO, 'লিও গতকাল স্কুলে আসেনি, ওর বমি হচ্ছিল।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="bn")),
    (MON_0742, LEO, 'লিও সোমবার থেকে বুধবার পর্যন্ত স্কুলে আসবে না, পরিবারে জানাজা আছে।', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="bn")),
    (MON_0742, LEO, 'লিওর পেট ব্যথা, জানি না কবে ফিরবে।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="bn")),
    (MON_0742, LEO, 'স্কুলের ছুটি কবে?', not_a_report("bn")),
    (MON_0742, LEO, 'লিও আজ দেরিতে আসবে, সকালে দাঁতের ডাক্তারের কাছে যাবে।', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="bn")),
    (MON_0742, LEO, 'লিওর সর্দি কাশি, আজ বাসায় থাকবে।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="bn")),
    (MON_0742, LEO, 'লিওর শরীর ভালো নেই, আজ স্কুলে যেতে পারবে না।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="bn")),
    (SUN_2100, LEO, 'কাল লিও স্কুলে যাবে না, ওর জ্বর।', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="bn")),
    # ar
    (MON_0742, LEO, 'ليو سيتأخر غدا، عنده فحص دم في المستشفى الساعة 9.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="ar")),
    (MON_0742, LEO, 'ليو عنده التهاب في العين وسيبقى في البيت اليوم.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ar")),
    (MON_0742, LEO, 'ليو لن يحضر يوم الخميس، عنده موعد عند طبيب الأسنان.', report('Leo Jones', '2026-11-26', '2026-11-26', '2026-11-30', Category.MEDICAL, language="ar")),
    (MON_0742, LEO, 'ليو سيبقى في البيت من الغد لمدة ثلاثة أيام، عنده جدري الماء.', report('Leo Jones', '2026-11-24', '2026-11-26', '2026-11-30', Category.ILLNESS, language="ar")),
    (MON_0742, LEO, 'هل المدرسة مفتوحة غدا؟', not_a_report("ar")),
    (MON_0742, LEO, 'ليو عنده موعد في المستشفى غدا بعد الظهر.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="pm", language="ar")),
    (MON_0742, LEO, 'ليو كسر يده، سيبقى في البيت حتى الخميس.', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="ar")),
    (MON_0742, LEO, 'آسفة، كان خطأ، ليو سيذهب إلى المدرسة اليوم.', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="ar")),
    (MON_0742, LEO, 'ليو سيتأخر اليوم بسبب الزحام.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.LATE, sessions="am", language="ar")),
    (MON_0742, LEO, 'ليو مريض وسيبقى في البيت حتى يتعافى.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ar")),
    (MON_0742, LEO, 'ليو لن يحضر يوم الاثنين القادم، لديه عملية جراحية.', report('Leo Jones', '2026-11-30', '2026-11-30', '2026-12-01', Category.MEDICAL, language="ar")),
    (MON_0742, LEO, 'ليو سيتغيب الأسبوع القادم لأننا مسافرون إلى مصر.', report('Leo Jones', '2026-11-30', '2026-12-04', '2026-12-07', Category.HOLIDAY, language="ar")),
    (TUE_0830, LEO, 'ليو كان مريضا أمس ولم يحضر إلى المدرسة.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="ar")),
    (MON_0742, LEO, 'شكرا جزيلا', not_a_report("ar")),
    (MON_0742, LEO, 'ليو عنده موعد في المستشفى يوم الأربعاء.', report('Leo Jones', '2026-11-25', '2026-11-25', '2026-11-26', Category.MEDICAL, language="ar")),
    (MON_0742, LEO, 'ليو عنده زكام ولن يحضر اليوم.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ar")),
    (MON_0742, LEO, 'السلام عليكم، ليو مريض اليوم ولن يذهب إلى المدرسة.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ar")),
    (MON_0742, LEO, 'ليو عنده حرارة، سيعود يوم الخميس.', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.ILLNESS, language="ar")),
    (MON_0742, LEO, 'ليو عنده موعد عند طبيب الأسنان غدا الساعة 10، ثم سيذهب إلى المدرسة.', report('Leo Jones', '2026-11-24', '2026-11-24', '2026-11-25', Category.MEDICAL, sessions="am", language="ar")),
    (TUE_0830, LEO, 'ليو لم يذهب إلى المدرسة أمس، كان عنده إسهال.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.ILLNESS, language="ar")),
    (MON_0742, LEO, 'ليو سيتغيب من الاثنين إلى الأربعاء بسبب جنازة في العائلة.', report('Leo Jones', '2026-11-23', '2026-11-25', '2026-11-26', Category.EXCEPTIONAL, language="ar")),
    (MON_0742, LEO, 'يرجى تجاهل الرسالة السابقة، ليو سيذهب إلى المدرسة.', withdrawal('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', language="ar")),
    (MON_0742, LEO, 'ليو مصاب بالإنفلونزا، لا أعرف متى سيعود.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ar")),
    (MON_0742, LEO, 'متى اجتماع أولياء الأمور؟', not_a_report("ar")),
    (MON_0742, LEO, 'ليو سيتأخر اليوم، عنده موعد عند الطبيب الساعة 9:30.', report('Leo Jones', '2026-11-23', '2026-11-23', '2026-11-24', Category.MEDICAL, sessions="am", language="ar")),
    (SUN_2100, LEO, 'ليو تقيأ في الليل، سيبقى في البيت غدا.', report('Leo Jones', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ar")),
    (MON_0742, PATELS, 'الأولاد مرضى اليوم ولن يذهبوا إلى المدرسة.', report('ALL', '2026-11-23', None, None, Category.ILLNESS, open_ended=True, questions=('return_day',), language="ar")),
    # A weekday named before a past verb is the one just gone ("felt unwell on Monday and stayed home").
    (
        TUE_0830,
        LEO,
        "Leo źle się czuł w poniedziałek i został w domu.",
        report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.ILLNESS, language="pl"),
    ),
    # Pet names, clock times said in words, days "just gone", "I'll let you know", plans called off.
    (MON_0742, PATELS, "Samek ma gorączkę i kaszel, dziś zostaje w domu.", report("Sam Patel", "2026-11-23", None, None, Category.ILLNESS, open_ended=True, questions=("return_day",), language="pl")),
    (MON_0742, LEO, "Leo întârzie azi, am pierdut autobuzul, ajungem pe la 10 și jumătate.", report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.LATE_AFTER_CLOSE, sessions="am", language="ro")),
    (MON_0742, PATELS, "Sam si Ava nu vin azi la scoala, au gripa.", report("ALL", "2026-11-23", None, None, Category.ILLNESS, open_ended=True, questions=("return_day",), language="ro")),
    (MON_0742, LEO, "Os comenté que Leo faltaría el jueves por un viaje, pero lo hemos cancelado y vendrá normal.", withdrawal("Leo Jones", "2026-11-26", "2026-11-26", "2026-11-30", language="es")),
    (MON_0742, LEO, "Leo tiene fiebre y hoy se queda en casa, mañana os digo cómo está.", report("Leo Jones", "2026-11-23", None, None, Category.ILLNESS, open_ended=True, questions=("return_day",), language="es")),
    (MON_0742, LEO, "O Leo faltou quinta e sexta passada com virose, hoje já está bem.", report("Leo Jones", "2026-11-19", "2026-11-20", "2026-11-23", Category.ILLNESS, language="pt")),
    (MON_0742, PATELS, "A Ava tem consulta no hospital amanhã às 9 e meia, vai para a escola depois.", report("Ava Patel", "2026-11-24", "2026-11-24", "2026-11-25", Category.MEDICAL, sessions="am", language="pt")),
    (MON_0742, LEO, "Je viendrai chercher Leo à 13h30 pour un rendez-vous chez le dentiste.", report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.MEDICAL, sessions="pm", language="fr")),
    (MON_0742, LEO, "Leo est malade, il reste a la maison aujourd'hui.", report("Leo Jones", "2026-11-23", None, None, Category.ILLNESS, open_ended=True, questions=("return_day",), language="fr")),
    (MON_0742, LEO, "Leo šiandien ir rytoj liks namie, serga. Trečiadienį turėtų grįžti.", report("Leo Jones", "2026-11-23", "2026-11-24", "2026-11-25", Category.ILLNESS, language="lt")),
    (MON_0742, LEO, "Leo šiandien 9 val. turi vizitą pas gydytoją, atvešiu po vizito.", report("Leo Jones", "2026-11-23", "2026-11-23", "2026-11-24", Category.MEDICAL, sessions="am", language="lt")),
]
# fmt: on


def _id(case: tuple[str, tuple[str, ...], str, dict[str, Any]]) -> str:
    return f"{case[3]['language']}:{case[2][:40]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(case) for case in CASES])
def test_a_parent_writing_in_their_language_is_understood(
    case: tuple[str, tuple[str, ...], str, dict[str, Any]], calendar: SchoolCalendar
) -> None:
    moment, children, text, expected = case
    now = datetime.fromisoformat(moment).replace(tzinfo=LONDON)
    contract = understand(text, now, children, calendar).to_contract(children)
    if not expected["is_report"]:
        contract = {key: contract[key] for key in expected}
    assert contract == expected, normalise(fold(text), detect_language(fold(text)))


def test_every_language_has_a_slice_of_ten() -> None:
    counts: dict[str, int] = {}
    for _, _, _, expected in CASES:
        counts[expected["language"]] = counts.get(expected["language"], 0) + 1
    assert {language for language, count in counts.items() if count >= 10} >= {
        "pl",
        "ro",
        "ur",
        "pa",
        "bn",
        "ar",
        "pt",
        "es",
        "lt",
        "fr",
    }


@pytest.mark.parametrize(
    ("text", "hint", "language"),
    [
        ("ok", "pl", "pl"),
        ("Sam jest chory", None, "pl"),
        ("Leo ko bukhar hai", None, "ur"),
        ("لیو بیمار ہے", None, "ur"),
        ("ليو مريض", None, "ar"),
        ("O Leo está doente", None, "pt"),
        ("Leo está enfermo", None, "es"),
        ("Leo est malade", None, "fr"),
        ("Leo serga", None, "lt"),
        ("Leo este bolnav", None, "ro"),
    ],
)
def test_the_language_comes_from_the_message_and_else_telegram(
    text: str, hint: str | None, language: str
) -> None:
    assert detect_language(fold(text), hint) == language


def test_a_word_of_another_script_is_not_read_inside_a_longer_one(calendar: SchoolCalendar) -> None:
    # "کل" (tomorrow) is inside "مشکل" (difficulty): no day may be read from it.
    now = datetime.fromisoformat(MON_0742).replace(tzinfo=LONDON)
    understood = understand("لیو کو سانس لینے میں مشکل ہے", now, LEO, calendar)
    assert understood.first_day is None


# Through the real Telegram stack


async def test_a_polish_message_gets_a_polish_reply(priya: SimulatedParent) -> None:
    (summary,) = await priya.say("Sam jest chory od dzisiaj, wróci w środę.")
    assert "Dziękuję. Proszę sprawdzić" in summary.text
    assert "Kto: Sam" in summary.text
    assert "poniedziałek 23 listopada" in summary.text
    assert "Powód: choroba" in summary.text
    assert summary.labels == ["Potwierdź", "Zmień daty", "Anuluj"]
    (recorded,) = await priya.press("Potwierdź")
    assert "Otrzymano" in recorded.text


async def test_an_urdu_message_gets_an_urdu_reply(priya: SimulatedParent) -> None:
    (summary,) = await priya.say("Sam کو بخار ہے، آج اسکول نہیں آئے گا۔ جمعرات کو واپس آئے گا۔")  # noqa: RUF001
    assert "شکریہ" in summary.text
    assert "Sam" in summary.text


async def test_telegrams_language_names_the_reply_when_the_message_has_none(parent: ParentFactory) -> None:
    marta = parent(9011, "Marta", language_code="pl")
    (welcome,) = await marta.start()
    assert welcome.contact_button == "Udostępnij mój numer telefonu"
    assert "Dzień dobry" in welcome.text


async def test_the_parent_language_is_remembered_from_their_messages(parent: ParentFactory) -> None:
    claire = parent(7003, "Claire", "en")
    await claire.share_contact(CLAIRE_PHONE)
    await claire.say("Leo jest chory, zostaje dziś w domu")
    (reply,) = await claire.send(claire.telegram.updates.sticker(claire.user))  # no words to go by
    assert reply.text.startswith("Przepraszam, czytam tylko wiadomości tekstowe")


@pytest.mark.parametrize(
    ("text", "roster"),
    [
        (
            "ਸਾਹਿਬ ਨੂੰ ਬੁਖਾਰ ਹੈ, ਅੱਜ ਸਕੂਲ ਨਹੀਂ ਆਵੇਗਾ। ਜੱਸ ਦੀ class ਦਾ trip ਹੈ, ਉਹ ਆਵੇਗੀ।",
            ("Sahib Randhawa", "Jasmeet Randhawa"),
        ),
        # a name of two consonants is a word of two letters once its vowel signs are gone
        ("তানভীর কাল স্কুলে আসবে না। মাহি স্কুলে যাবে।", ("Tanvir Hossain", "Mahi Hossain")),
        # the sibling's clause after an Arabic comma is hers, not her brother's
        ("يوسف مريض اليوم، هالة بتداوم", ("Yusuf Haddad", "Hala Haddad")),
    ],
)
def test_a_sibling_named_in_another_script_is_attending(
    text: str, roster: tuple[str, str], calendar: SchoolCalendar
) -> None:
    now = datetime.fromisoformat(MON_0742).replace(tzinfo=LONDON)
    result = understand(text, now, list(roster), calendar)
    assert result.children == roster[:1] and not result.cancel


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", "0"),  # the first pattern in the table wins, though a later one matches too
        ("ab", "1"),
        ("cx bx", "2 2"),  # a class of first letters
        ("e de", "3 3"),  # a pattern whose first part may be empty is tried anywhere
        ("zz", "zz"),
        ("gh f [|]", "4 4 4"),  # each branch of an alternation, and a bar in a class is no branch
        ("ga", "1"),  # the table's order holds between a pattern and another's branch
    ],
)
def test_a_glossary_tries_each_gloss_where_it_can_start(text: str, expected: str) -> None:
    patterns = ["abc", "ab|ga", "[bc]x", "(?:d|)e", r"f|gh|\[[|]\]|ga"]
    alternatives, owners = first_letter_alternation(patterns)
    words = re.compile(f"{WORD_START}(?:{alternatives}){WORD_END}")
    assert words.sub(lambda m: str(owners[(m.lastindex or 1) - 1]), text) == expected


def test_an_everyday_word_is_no_short_form_of_a_name() -> None:
    words = "bianca had vomiting and diarrhoea and kept him at home. today she has come in with andrei."
    assert name_spans(words, "andrei", ["andrei", "bianca"], "ro") == [
        (words.index("andrei"), len(words) - 1)
    ]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a short name whose short vowel is unwritten, joined by "and" to another name
        ("عمر وهدى لن يحضرا", "Huda", True),
        ("هدى وعمر لن يحضرا", "Huda", True),
        ("زین اور حرا آج اسکول نہیں آئیں گے", "Hira", True),
        # alone, or an everyday word beside "and", it is no name
        ("هدى", "Huda", False),
        ("حرا", "Hira", False),
        ("عمر وهذا", "Huda", False),
        ("عمر ولنا", "Lina", False),
        ("عمر وبدنا نسافر", "Dina", False),
        ("عمر وليلى", "Amir", False),  # "عمر" is Omar
        # a letter written twice, with the first carrying its own vowel
        ("অনন্যা আর ঋষি", "Ananya", True),
        ("আন্না", "Anna", True),
    ],
)
def test_a_short_name_in_another_script_is_read_beside_another_name(
    text: str, name: str, expected: bool
) -> None:
    from bot.understanding.transliterate import written_in_script

    assert written_in_script(fold(text), name) is expected


def test_a_punjabi_name_is_called_by_its_first_part() -> None:
    from bot.understanding.nicknames import pet_names

    assert "jass" in pet_names("Jaskaran")
    assert "jot" in pet_names("Jotveer")


@pytest.mark.parametrize(
    ("language", "text", "gloss"),
    [
        ("pl", "Oliwka chodziła normalnie", "was in as normal"),
        ("ur", "پرسوں ان شاء اللہ آ جائیں گے", "back on the day after tomorrow"),
        ("ur", "kal da vekhange", "we'll see about tomorrow"),
        ("pa", "ਸਕੂਲ ਬੰਦ ਹੈ?", "is the school closed"),
        ("pa", "ਕੰਮ ਤੋਂ ਛੁੱਟੀ ਲੈਣੀ", "leave from work"),
        ("bn", "Friday theke abar normal ashbe", "back on friday"),
        ("ar", "وما بعرف لإيمتى", "not sure how long"),
        ("ar", "أبوي انصاب بجلطة", "my dad had a stroke"),
        ("pt", "não vai à escola por enquanto", "for now"),
        ("es", "Sara sí fue el jueves", "sara was in school"),
        ("lt", "negalės atvykti", "can't get to school"),
        ("fr", "il est revenu ce matin", "came back this morning"),
        ("pl", "zatruła się czymś w sobotę", "stomach bug"),
        ("pl", "proszę, żeby nie ćwiczyła na WF", "please excuse him from pe"),
        ("ro", "ultima zi la școală pentru ea este vineri", "their last day at school will be"),
        ("ur", "Ali van se ghar aa jaye ga", "will come home"),
        ("bn", "appointment ta 3 tay shift kore dise", "has been moved"),
        ("bn", "10:30 er moddhe school e ashchi", "will be in by 10:30"),
        ("ar", "الطريق من الضيعة مسكّر", "the road is closed"),
        ("ar", "أخوها عمره سنتين", "aged"),
        ("pt", "tá com muita cólica", "cramps"),
        ("es", "se ha torcido el tobillo", "sprained"),
        ("es", "el autobús no ha venido a por ella", "hasn't come"),
        ("lt", "nuo penktadienio kosėja", "since friday"),
    ],
)
def test_everyday_phrases_are_glossed(language: str, text: str, gloss: str) -> None:
    assert gloss in normalise(fold(text), language)
