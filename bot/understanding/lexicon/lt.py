"""Lithuanian: the words the understanding step reads in this language (see lexicon/__init__.py)."""

from __future__ import annotations

_WEEKDAYS = (
    (r"pirmadien\w*", "monday"),
    (r"antradien\w*", "tuesday"),
    (r"tre(?:č|c|cz)iadien\w*", "wednesday"),
    (r"ketvirtadien\w*", "thursday"),
    (r"penktadien\w*", "friday"),
    (r"(?:še|se|sze)(?:š|s|sz)tadien\w*", "saturday"),
    (r"sekmadien\w*", "sunday"),
)
# "Pirmadienį bus mokykloje kaip įprasta": the day they are in school as usual is the day they are back.
_IN_AS_USUAL = (
    r"(?: jau)?(?: visi| abu| abi| vaikai| jie| jos)? (?:bus|ateis|eis|b[ūu]s|b[ūu]sime|b[ūu]sim"
    r"|(?:tur[ėe]t[ųu]|gal[ėe]s|gal[ėe]t[ųu]) (?:eiti|ateiti|b[ūu]ti|vykti))(?: jau)?(?: mokykloje| [įi] mokykl[ąa])"
    r"(?: kaip [įi]prasta| kaip visada| kaip paprastai| normaliai)?"
)

# "12 val.": a clock time; said alone (not after "iki", "po", "apie") it is when something happens.
CLOCK: tuple[tuple[str, str], ...] = (
    # "10.30 val.": a clock time with its minutes
    (r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d) val\.?", "{h}:{m}"),
    (
        r"(?<!iki )(?<!po )(?<!apie )(?<!prieš )(?<!ap )(?<![\d.:])(?P<h>\d{1,2}) (?:val\.?|valand[ąa](?!\w))",
        "at {h}:00",
    ),
    # "8 d., penktadienį": a day of the month and its weekday, which English says weekday first
    *(
        (
            # after a month too ("gruodžio 8 d. (antradienį)"): "december tuesday the 8th"
            r"(?<![\d/.:-])(?P<h>[1-9]|[12]\d|3[01])(?: d\.|-?(?:ą|a) dien[ąa]),? \(?" + _weekday + r"\)?",
            _english + " the {h}th",
        )
        for _weekday, _english in _WEEKDAYS
    ),
    # "8 d.", "8-ą dieną": a day of the month, which English writes with its ordinal ("the 8th")
    (r"(?<![\d/.:])(?P<h>[1-9]|[12]\d|3[01])(?: d\.(?!\w)|-?(?:ą|a) dien[ąa])", "the {h}th"),
    # "12-03", "2026-12-03": month first, as Lithuanian writes a date (not "12-15 val.", "9-11 d.")
    (
        r"(?<![\w.:/-])(?:20\d\d[-.])?(?P<h>1[0-2]|0[1-9])-(?P<m>0[1-9]|[12]\d|3[01])(?![\d.:-]| ?(?:val|d\.|dien))",
        "on {m}/{h}",
    ),
    # "nuo 12.16 iki 12.18": month first, as Lithuanian writes a date (not "nuo 10.30 iki 11.30 val.")
    (
        r"(?<=nuo )(?P<h>1[0-2]|0[1-9])\.(?P<m>0[1-9]|[12]\d|3[01])"
        r"(?= iki (?:1[0-2]|0[1-9])\.(?:0[1-9]|[12]\d|3[01])(?![\d.:]| ?val))",
        "{m}/{h}",
    ),
    (
        r"(?:(?<=\d\.\d\d iki )|(?<=\d/\d\d iki )|(?<=\d/\d iki ))(?P<h>1[0-2]|0[1-9])\.(?P<m>0[1-9]|[12]\d|3[01])(?![\d.:]| ?val)",
        "{m}/{h}",
    ),
)

# a day of the month said as an ordinal, "gruodžio trečią dieną", "trečiąją": compounds before their last word
_ORDINALS = (
    *(
        (20 + unit, r"dvide[šs]imt " + word)
        for unit, word in (
            (1, "pirm"),
            (2, "antr"),
            (3, r"tre[čc]i"),
            (4, "ketvirt"),
            (5, "penkt"),
            (6, r"[šs]e[šs]t"),
            (7, "septint"),
            (8, r"a[šs]tunt"),
            (9, "devint"),
        )
    ),
    (31, r"trisde[šs]imt pirm"),
    (30, r"trisde[šs]imt"),
    (20, r"dvide[šs]imt"),
    (19, "devyniolikt"),
    (18, r"a[šs]tuoniolikt"),
    (17, "septyniolikt"),
    (16, r"[šs]e[šs]iolikt"),
    (15, "penkiolikt"),
    (14, "keturiolikt"),
    (13, "trylikt"),
    (12, "dvylikt"),
    (11, "vienuolikt"),
    (10, r"de[šs]imt"),
    (9, "devint"),
    (8, r"a[šs]tunt"),
    (7, "septint"),
    (6, r"[šs]e[šs]t"),
    (5, "penkt"),
    (4, "ketvirt"),
    (3, r"tre[čc]i"),
    (2, "antr"),
    (1, "pirm"),
)

# "Pirmadienį grįš": a day said before the verb of coming back; English says it after.
_BACK = (
    r" (?:jau )?(?:sugr[įiy][šs]|gr[įiy][šs]|gr[įiy][žz]ta|sugr[įiy][žz]ta"
    r"|(?:tur[ėe]t[ųu]|gal[ėe]s|gal[ėe]t[ųu]) (?:jau )?(?:sugr[įi][žz]ti|gr[įi][žz]ti))"
)
# The relatives whose illness keeps the family away: "sunkiai susirgo senelis", "mama sunkiai serga".
_RELATIVES = (
    (r"senel\w*|moči?ut\w*", "my grandparent"),
    (r"mam\w*|motin\w*", "my mum"),
    (r"t[ėe]t\w*|t[ėe]v(?:as|o|ui)", "my dad"),
)
_GRAVELY = r"(?:labai )?(?:sunkiai|labai|staiga|netik[ėe]tai) (?:susirgo|serga|sirgo)"

GLOSSES: tuple[tuple[str, str], ...] = (
    # "grįš po savaitgalio": back on the Monday
    (
        r"(?:sugr[įiy][šs]|gr[įiy][šs]|gr[įiy][žz]ta|bus|ateis|eis)(?: [įi] mokykl[ąa]| mokykloje)? (?:tik )?po savaitgalio",
        "back on monday",
    ),
    (r"iki po savaitgalio", "until after the weekend"),
    (r"po savaitgalio", "after the weekend"),
    (r"iki savaitgalio", "until the weekend"),
    # "neis tris dienas": off for that many days
    *(
        (
            r"(?:neis|nebus|neateis|praleis)(?: [įi] mokykl[ąa]| mokykloje)? " + word,
            f"won't be in for {n} days",
        )
        for word, n in (
            (r"dvi dienas", 2),
            (r"tris dienas", 3),
            (r"keturias dienas", 4),
            (r"penkias dienas", 5),
        )
    ),
    # "nuo trečiadienio vėl eis į mokyklą", "vėl bus mokykloje trečiadienį": in again, so back then
    *(
        (
            r"nuo "
            + day
            + r" (?:jau )?(?:v[ėe]l )?(?:eis|ateis|bus|lankys)(?: [įi] mokykl[ąa]| mokykloje| [įi] pamokas)?",
            "back on " + english,
        )
        for day, english in _WEEKDAYS
    ),
    (r"v[ėe]l (?:bus mokykloje|eis [įi] mokykl[ąa]|ateis [įi] mokykl[ąa]|bus pamokose)", "back on"),
    # hours said as words: "pirmą valandą"
    *(
        (word + r" (?:valand[ąa]|val\.?)", "at " + hour)
        for word, hour in (
            (r"pirm[ąa]", "1:00"),
            (r"antr[ąa]", "2:00"),
            (r"dvylikt[ąa]", "12:00"),
            (r"vienuolikt[ąa]", "11:00"),
            (r"de[šs]imt[ąa]", "10:00"),
        )
    ),
    (r"(?:i[šs]eis|i[šs]eina|i[šs]eisime)(?= (?:\w+ )?vidurdien)", "leaving"),
    (r"vidurdien[įi]", "at midday"),
    (r"(?:buvo )?operuot(?:as|a|i)|buvo operacija", "had an operation"),
    (r"(?:iki )?(?:pusme[čc]io|trimestro|semestro) galo", "until the end of term"),
    # "bus tik iki pietų": in for the morning only, leaving at midday
    (r"tik iki (?:piet[ųu]|vidurdienio|12)", "in only until lunch"),
    # the council's transport: "savivaldybės taksi neatvažiavo", "neatvažiavo mokyklinis autobusas"
    (
        r"(?:neatva[žz]iavo|neatvyko|nepasirod[ėe]|neatva[žz]iuos)(?: mums| [šs]iandien| ryte)?"
        r"(?: savivaldyb[ėe]s| mokyklin\w*)? (?:taksi|mikroautobus\w*|palydov\w*|transport\w*)"
        r"|(?:neatva[žz]iavo|neatvyko|nepasirod[ėe]|neatva[žz]iuos)(?: mums| [šs]iandien| ryte)?"
        r" (?:savivaldyb[ėe]s|mokyklin\w*) autobus\w*",
        "the taxi didn't come",
    ),
    (r"mokyklin\w* (?:autobus\w*|mikroautobus\w*|taksi|transport\w*)", "school bus"),
    (r"neatva[žz]iavo|neatvyko|nepasirod[ėe]", "didn't come"),
    (
        r"(?:kelias|keliai|gatv[ėe]|tiltas) (?:yra |buvo )?u[žz]daryt\w*|u[žz]daryt\w* (?:kelias|keliai|gatv[ėe]|tiltas)",
        "road closed",
    ),
    (r"at[šs]aukt\w* (?:traukin\w*|autobus\w*)", "cancelled trains"),
    (
        r"(?:liep[ėe]|nurod[ėe]|patar[ėe]|pasak[ėe])(?: mums| jam| jai| mus| jiems)? (?:izoliuotis|saviizoliuotis|b[ūu]ti izoliacijoje)"
        r"|nurodym\w* (?:izoliuotis|saviizoliuotis)|saviizoliacij\w*",
        "told to isolate",
    ),
    (
        r"(?:bus|ateis|atvyks)(?: [šs]iandien| siandien)? (?:truput[įi] |[šs]iek tiek |kiek )?v[ėe]liau",
        "will be in late",
    ),
    (r"(?:jau )?(?:esame |esam )?pakeliui", "on our way"),
    (r"nedalyvaus(?: pamokose| mokykloje)?", "won't be in"),
    (r"negal(?:i|[ėe]s) (?:eiti|ateiti)(?: [įi] mokykl[ąa])?", "can't come in"),
    (r"(?:[įi]|per) mi[šs]ias", "to mass"),
    # the airport, where a relative is met: "pasitikti močiutę oro uoste"
    (r"(?:i[šs]|nuo) oro uosto", "from the airport"),
    (r"oro uost(?:e|ą|a)|[įi] oro uost\w*", "at the airport"),
    (r"oro uost\w*", "airport"),
    (r"pasitikti|pasitiksim\w*|pasitinkam\w*", "meet"),
    # "į mokyklą ateis 8 d.": the day back in school
    (r"[įi] mokykl[ąa] (?:ateis|eis|gr[įiy][šs])(?= (?:[a-z]+day )?the \d)", "will be back to school on"),
    # "Lukas eina kaip įprastai": a sibling who comes in as usual
    (r"(?:eina|eis|ateis|ateina|bus mokykloje) kaip [įi]prast(?:ai|a)", "will be in as normal"),
    # a sibling who did go in: "came all week", "came both days"
    (
        r"(?:[ėe]jo|lank[ėe]|buvo)(?: [įi] mokykl[ąa]| mokykloje)? vis[ąa] savait[ęe](?! (?:serg|nam|ligonin|ligot))",
        "was in all week",
    ),
    (
        r"(?:[ėe]jo|lank[ėe]|buvo)(?: [įi] mokykl[ąa]| mokykloje)? abi dienas(?! (?:serg|nam|ligonin|ligot))",
        "was in as normal",
    ),
    # hedged ends: "gal ir poryt", "turbūt ir rytoj"
    (r"(?:gal|galb[ūu]t|turb[ūu]t|tikriausiai|veikiausiai) ir(?= poryt| rytoj)", "maybe too"),
    (r"tikriausiai|turb[ūu]t|veikiausiai", "probably"),
    (
        r"(?:kit[ąoa]|kit[ąa]m|ateinan[čc]i(?:o|[ąa]|am)|sekan[čc]i(?:o|[ąa]|am))(?= (?:pirmadien|antradien|tre[čc]iadien|ketvirtadien|penktadien))",
        "next",
    ),
    (r"bus apie(?= \d)", "will be in around"),
    (
        r"(?:jau )?(?:va[žz]iuoju|einu|va[žz]iuojam|va[žz]iuojame|lekiu) (?:pasiimti|pasiimt|paimti|pasiimsiu)",
        "i'm on my way to collect",
    ),
    # "Nojų atveš tėtis": the sibling is brought in by someone else, so attends
    (
        r"(?:atve[šs]|nuve[šs]|atveža|nuveža|atvesdins|nuvesdins) (?:t[ėe]tis|t[ėe]t[ėe]|tėvelis|mama|mamyt[ėe]|senel[ėe]|senelis|mo[čc]iut[ėe]|brolis|sesuo|aukl[ėe])(?: kaip [įi]prastai| kaip visada| normaliai)?",
        "will be in as normal",
    ),
    # ill since a past day: "serga nuo pirmadienio"
    (
        r"(?:serga|sirgo|karš[čc]iuoja|kars[čc]iuoja|guli lovoje|vemia|kosti) (?:jau )?nuo(?= (?:pirmadienio|antradienio|tre[čc]iadienio|ketvirtadienio|penktadienio|[šs]e[šs]tadienio|sekmadienio|vakar|užvakar|uzvakar|praeit|pra[ėe]jusio))",
        "has been ill since",
    ),
    # "nuo šeštadienio kosėja": ill since that day, the symptom said after it
    (
        r"nuo(?= (?:pra[ėe]jusio )?(?:pirmadienio|antradienio|tre[čc]iadienio|ketvirtadienio|penktadienio|[šs]e[šs]tadienio|sekmadienio"
        r"|vakar|u[žz]vakar) (?:\w+ )?(?:jau )?(?:serga|sirgo|kar[šs][čc]iuoja|kos[ėe]ja|kosti|vemia|viduriuoja|guli|skundžiasi))",
        "since",
    ),
    # "abu vaikai", "nei vienas": both children, neither of them
    (r"(?:abu|abudu|abi|abidvi) (?:vaikai|vaikus|vaik[ųu])", "both kids"),
    (r"n[eė]i? (?:vienas|viena)(?: i[šs] j[ųu])?", "neither of them"),
    (r"(?:prad[ėe]jo |pradejo )?v[ėe]m(?:ti|ia|[ėe]|e|ė|s)", "vomiting"),
    (
        r"iki (?:tolesnio|atskiro|kito) prane[šs]imo|neribotam laikui|neapibr[ėe][žz]tam laikui|kol (?:jums )?(?:prane[šs]iu|prane[šs]ime)",
        "until further notice",
    ),
    *((day + _IN_AS_USUAL, "back on " + english) for day, english in _WEEKDAYS),
    # "pirmadienį Urtė ir Dominykas bus mokykloje": the same with the children named, who stay named
    *(
        (
            day
            + r"(?= (?!tik |ne)\w+(?: ir \w+)?(?: jau)? (?:bus|ateis|eis|b[ūu]s)(?: jau)?(?: mokykloje| [įi] mokykl[ąa]))",
            "back on " + english,
        )
        for day, english in _WEEKDAYS
    ),
    *((day + _BACK, "back on " + english) for day, english in _WEEKDAYS),
    # "Pirmadienį jau bus.": the day they will be there again, said alone, is the day they are back.
    *(
        (day + r"(?: jau)? (?:bus|ateis|eis)(?: jau)?(?= *(?:[.!,;]|$))", "back on " + english)
        for day, english in _WEEKDAYS
    ),
    # "rytoj ateis normaliai": in tomorrow as usual (also after a change of plan)
    (
        r"rytoj(?: jau)? (?:bus|ateis|eis)(?: jau)?(?: [įi] mokykl[ąa]| mokykloje)?"
        r" (?:kaip [įi]prasta|kaip [įi]prastai|kaip visada|kaip paprastai|normaliai)",
        "will be in tomorrow as normal",
    ),
    # "rytoj ateis": the day they come in again, said before the verb
    (r"rytoj" + _IN_AS_USUAL, "back tomorrow"),
    (r"rytoj" + _BACK, "back tomorrow"),
    (
        r"rytoj(?: jau)? (?:bus|ateis|eis)(?: jau)?(?: kaip [įi]prasta| kaip visada| normaliai)?(?= *(?:[.!,;]|$))",
        "back tomorrow",
    ),
    *((r"kitos savait[ėe]s " + day, english + " next week") for day, english in _WEEKDAYS),
    # "į mokyklą eis ketvirtadienį": the day they go to school again, said after the verb.
    (
        r"(?:[įi] mokykl[ąa] )?(?:jau )?(?:eis|ateis|gr[įiy][šs]|sugr[įiy][šs])(?: [įi] mokykl[ąa])?"
        r"(?= (?:pirmadien|antradien|tre[čc]iadien|ketvirtadien|penktadien))",
        "back to school on",
    ),
    *(
        (_GRAVELY + r" (?:mano )?(?:" + who + ")", english + " is seriously ill")
        for who, english in _RELATIVES
    ),
    *(
        (r"(?:mano )?(?:" + who + r")(?: [\w]+)? " + _GRAVELY, english + " is seriously ill")
        for who, english in _RELATIVES
    ),
    # reasons: the wider vocabulary of illness, appointments, family events and withdrawals
    (r"aus(?:ies|[ųu]) u[žz]degim\w*", "ear infection"),
    (r"gerkl[ėe]s u[žz]degim\w*|angin\w*", "tonsillitis"),
    (r"plau[čc]i[ųu] u[žz]degim\w*", "pneumonia"),
    (r"u[žz]degim\w*", "infection"),
    # "skauda galvą": an ache named by its body part, before the bare "skauda"
    (r"skaud(?:a|[ėe]jo) galv[ąa]|galvos skausm\w*", "headache"),
    (r"skaud(?:a|[ėe]jo) pilv[ąa]|pilvo skausm\w*|pilv\w*", "stomach"),
    (r"skaud(?:a|[ėe]jo) gerkl\w*|gerkl[ėe]s skausm\w*", "sore throat"),
    (r"skaud(?:a|[ėe]jo) aus\w*|aus[ųu] skausm\w*", "ear ache"),
    # "ką tik": just now
    (r"(?<!\w)k[ąa] tik(?!\w)", "just"),
    (r"skausm\w*|skauda\w*", "in pain"),
    (r"patemp\w*|pasitemp\w*|i[šs]sinarin\w*|i[šs]nirin\w*|pasisuk\w* koj\w*", "sprained"),
    (r"sutin\w*|patin\w*|tinsta", "swollen"),
    (r"apsinuodij\w*|apsinuodijim\w*|[žz]arnyno (?:infekcij|virus)\w*", "stomach bug"),
    (
        r"(?:jau[čc]iasi|buvo|jaut[ėe]si) blogai|blogai (?:jau[čc]iasi|buvo|jaut[ėe]si)|pykin\w*",
        "felt unwell",
    ),
    (
        r"nerim\w*|panikos priepuol\w*|panik\w*|depresij\w*|sunk[ųu] laikotarp\w*|emocini\w* sunkum\w*",
        "anxiety",
    ),
    (r"nepaj[ėe]g\w*(?: ateiti| eiti| atvykti)?|negal[ėe]s ateiti|negal[ėe]s eiti", "unable to come"),
    (r"skarlatin\w*", "scarlet fever"),
    (r"v[ėe]jaraup\w*", "chicken pox"),
    (r"kiaulyt\w*", "mumps"),
    (r"tym(?:ai|us|ų|u)", "measles"),
    (r"astm\w*|dusul\w*|dusina", "asthma"),
    (r"sunegalav\w*|negaluo\w*", "unwell"),
    (r"kar[šs]ti(?:s|n\w*)|kar[šs]ta|kar[šs]tas|dega|visas kar[šs]tas", "burning up"),
    (
        r"tikrin\w* (?:akis|akyt\w*|regėjim\w*)|aki[ųu] (?:patikrin\w*|tikrinim\w*)|reg[ėe]jimo (?:patikrin\w*|tikrinim\w*)",
        "eye test",
    ),
    (r"optik\w*|okulist\w*|oftalmolog\w*", "optician"),
    (r"kineziterap\w*|fizioterap\w*|logoped\w*|psicholog\w*|psichiatr\w*|terap\w*", "therapy"),
    (r"klinik\w*|poliklinik\w*", "clinic"),
    (
        r"(?:ateis|atvyks|bus|atve[šs]iu)(?: j[įi]| j[ąa])?(?: [įi] mokykl[ąa])? (?:tik )?po piet[ųu]",
        "will be in for the afternoon",
    ),
    (r"(?:pasiim|paim)\w*(?: j[įi]| j[ąa]| juos| jas)?(?= \d)", "pick her up at"),
    (r"(?:pasiim|paim)\w*(?: j[įi]| j[ąa]| juos| jas)?(?= at \d)", "pick her up"),
    (
        r"(?:[šs]eimoje|[šs]eimos)(?: \w+)? (?:nelaim\w*|b[ėe]d\w*|problem\w*)|(?:nelaim\w*|b[ėe]d\w*) [šs]eimoje|skubus atvejis",
        "family emergency",
    ),
    (r"gaisr\w*|sudeg\w*", "house fire"),
    (r"pri[žz]i[ūu]r[ėe]\w*|pasir[ūu]pin\w*|pab[ūu]ti su", "look after"),
    (r"ma[žz]\w* brol\w*|broliuk\w*|jaunesn\w* brol\w*", "her little brother"),
    (r"ma[žz]\w* ses\w*|sesut\w*|sesyt\w*|jaunesn\w* ses\w*", "her little sister"),
    (
        r"(?:visgi|vis d[ėe]lto|vis tiek|vis delto) (?:šiandien|siandien) (?:ateis|eis|bus|atvyks)(?: [įi] mokykl[ąa]| mokykloje)?",
        "will be in today after all",
    ),
    (
        r"(?:visgi|vis d[ėe]lto|vis tiek|vis delto) rytoj (?:ateis|eis|bus|atvyks)(?: [įi] mokykl[ąa]| mokykloje)?",
        "will be in tomorrow after all",
    ),
    (r"(?:visgi|vis d[ėe]lto|vis tiek|ta[čc]iau) (?:ateis|eis|bus|atvyks)", "will be in after all"),
    (r"apsipirk\w*|pirkini\w*|parduotuv\w*", "shopping"),
    # "nuo šiandien vėl eina į mokyklą": back at school from today
    (
        r"nuo (?:šiandien|siandien|šiandienos|siandienos) (?:jau )?(?:vėl |vel )?(?:normaliai )?"
        r"(?:eina|ateina|lanko|yra)(?: [įi] mokykl[ąa]| mokykloje| mokykl[ąa])?",
        "is back at school from today",
    ),
    (
        r"nuo (?:rytojaus|rytoj) (?:jau )?(?:vėl |vel )?(?:normaliai )?(?:eis|ateis|bus)(?: [įi] mokykl[ąa]| mokykloje)?",
        "is back at school from tomorrow",
    ),
    (
        r"(?:eina|eis|ateina|ateis|bus)(?: [įi] mokykl[ąa]| mokykloje)? (?:kaip [įi]prasta|kaip visada|kaip paprastai|normaliai)",
        "will be in as usual",
    ),
    # "temperatūros nebėra ... tai atvešiu kaip įprasta": better, so in after all
    (
        r"temperat[ūu]ros neb[ėe]ra|neb[ėe]ra temperat[ūu]ros|nebekar[šs][čc]iuoja|nebe kar[šs][čc]iuoja",
        "no temperature any more, she is better now",
    ),
    (r"(?:labai )?nori eiti", "wants to go"),
    (
        r"(?:tai )?(?:atve[šs]iu|nuve[šs]iu|atvesiu|nuvesiu|atvešim|nuvešim)(?: j[ąa]| j[įi]| juos)? kaip [įi]prast(?:a|ai)",
        "so she will be in after all",
    ),
    (r"kaip [įi]prasta|kaip visada|kaip paprastai|normaliai", "as usual"),
    (r"kartu su|drauge su", "along with"),
    # "Kotryna eina.": said of a sibling with nothing after it, that one goes to school as usual.
    (
        r"(?<!paskui )(?<!po to )(?<!tada )(?<!v[ėe]liau )(?:eina|eis|ateina)(?: [įi] mokykl[ąa]| mokyklon)?(?= *(?:[.!;]|$))",
        "will be in",
    ),
    (
        r"(?:pra[šs]au |pra[šs]ome )?(?:ignoruokite|ignoruoti|nekreipkite d[ėe]mesio [įi])(?: (?:ankstesn[ęe]|paskutin[ęe]|ankstesn[įi]|mano))?"
        r"(?: žinut[ęe]| pranešim[ąa]| žinut[ęe]s| pranešimo)?",
        "ignore my last message",
    ),
    (
        r"iki savait[ėe]s pabaigos|iki šios savait[ėe]s pabaigos",
        "until the end of the week",
    ),
    (
        r"(?:pradurt\w*|nuleist\w*|sprogusi\w*) (?:ratas|rat[ąa]|padang\w*)|(?:ratas|padanga) (?:nuleido|nusileido|sprogo|pradurta)"
        r"|(?:sugedo|nepasikūr[ėe]|neužsived[ėe]) (?:mūsų )?(?:mašina|automobilis)|(?:mašina|automobilis) (?:sugedo|neužsived[ėe]|nepasikūr[ėe])",
        "the car broke down",
    ),
    (r"ar gal[ėe]?(?:iu|tume|čiau|ima)", "can i"),
    (r"pateko [įi] ligonin\w*|i[šs]ve[žz][ėe] [įi] ligonin\w*", "was taken to hospital"),
    (r"(?:yra|guli|atsidūr[ėe]|lieka) ligonin[ėe]je|paguld[ėe]\w* [įi] ligonin\w*", "in hospital"),
    (r"vis d[ėe]lto (?:ateis|eis|bus)(?: [įi] mokykl[ąa]| mokykloje)?", "will be in after all"),
    (
        r"(?:vakar |[šs]iandien )?(?:ra[šs]iau|para[šs]iau|ra[šs][ėe]me|para[šs][ėe]me)(?: vakar)?",
        "i messaged you earlier",
    ),
    (
        r"(?:nukrito|nugriuvo|iškrito|iskrito) (?:nuo|iš|is)(?= (?:dvira|laipt|kop[ėe]|arklio|supyni|batut|lov))",
        "fell off",
    ),
    (r"(?:praneš|pranes|paraš|paras|informuo)(?:iu|im|ime)(?: v[ėe]liau| jums)?", "i'll let you know"),
    (
        r"(?:gal|galb[ūu]t)(?= (?:pirmadien|antradien|tre[čc]iadien|ketvirtadien|penktadien|rytoj|poryt|nuo|jau))",
        "maybe",
    ),
    (r"nukrito|sumaž[ėe]jo|praėjo|pra[ėe]jo", "went down"),
    (
        r"(?:tai|tad|tod[ėe]l) (?:ji |jis |jie |jos )?(?:ateis|eis|bus)(?: [įi] mokykl[ąa]| mokykloje)?(?= *(?:[.!,;]|$))",
        "so will be in after all",
    ),
    # weather and roads: "užtvindė kelią", "autobusai nevažiuoja", "į mokyklą nepateks"
    (r"u[žz]tvind[ėe]|u[žz]tvindyt\w*|u[žz]lieto?s?|u[žz]liet[ai]|potvyn\w*|potvy[nt]is", "flooded"),
    # "užpustė kelią": the road is snowed in
    (
        r"u[žz]pust[ėe] (?:keli[ąa]|kelius|gatv[ęe])|u[žz]pustyt(?:as|a|i|os) (?:kelias|keliai|gatv[ėe])|u[žz]pust[ėe]",
        "snowed in the road",
    ),
    (r"(?:u[žz]dar[ėe]|u[žz]daryt(?:as|a|i|os))(?= (?:til|kel|gatv))", "closed"),
    (
        r"(?:autobusai|autobusas|traukiniai|traukinys|troleibusai) (?:neva[žz]iuoja|nekursuoja|neva[žz]iuos)",
        "buses are not running",
    ),
    (
        r"(?:[įi] mokykl[ąa] )?(?:nepateks|nepateksim(?:e)?|nepatenka"
        r"|negal[ėe]s (?:nuvykti|atvykti|atva[žz]iuoti|nuva[žz]iuoti)|negal[ėe]sim(?:e)? (?:nuvykti|atvykti|atva[žz]iuoti|nuva[žz]iuoti)"
        r"|negalim(?:e)? (?:nuvykti|atvykti|atva[žz]iuoti|nuva[žz]iuoti))(?: [įi] mokykl[ąa])?",
        "can't get to school",
    ),
    (
        r"(?:skrydis|reisas|l[ėe]ktuvas) (?:buvo )?at[šs]auktas|(?:skryd[įi]|reis[ąa]) at[šs]auk[ėe]",
        "the flight was cancelled",
    ),
    (r"vizitas (?:buvo )?atšauktas|vizit[ąa] atšauk[ėe]", "appointment has been cancelled"),
    (r"atšaukit\w*|atšaukti", "cancel that"),
    (r"(?:buvo )?atšaukt(?:as|a|i|os)|atšauk[ėe](?:me)?|at[šs]auk[ėe]", "has been cancelled"),
    (r"perskambin\w*|paskambin\w*", "rang"),
    (r"suklydau|per klaid[ąa]", "ignore my last message"),
    (r"nežin(?:au|ome),? (?:kada|kiek)", "not sure when"),
    (r"kol pasveiks", "until she's better"),
    (r"nebuvo(?: mokykloje)?|praleido", "wasn't in"),
    (
        r"(?:šiandien|siandien) (?:jau )?(?:viskas |jau )?(?:gerai|sveik\w*|geriau)",
        "fine and back today",
    ),
    # "jam jau daug geriau": he is (much) better now
    (
        r"(?:jam|jai|jiems|joms|vaikams) (?:jau )?(?:daug |kur kas |[žz]ymiai |gerokai )?geriau",
        "he is better",
    ),
    (r"(?:jau )?(?:jau[čc]iasi )?geriau", "is feeling better"),
    (r"(?:dar )?(?:ne |ne)sveik\w*|(?:dar )?nepasveik\w*", "unwell"),
    # "jis jau sveikas": he is well again ("Sveiki," alone is the greeting).
    (
        r"(?:jau|yra|vėl|vel) (?:yra )?(?:sveikas|sveika|sveiki)|pasveiko|pasveik[ęe]s|pasveikusi|sveikas|sveika",
        "is feeling better",
    ),
    (r"bet|ta[čc]iau", "but"),
    (r"viskas (?:jau )?gerai", "is fine now"),
    (r"bus (?:mokykloje|[įi] mokykl[ąa])(?= (?:(?:apie|po|iki|tik) |nuo \d))", "will be in school"),
    (r"(?:bus|gul[ėe]s) ligonin[ėe]je", "will be in hospital"),
    (r"(?:jau (?:yra )?|yra (?:jau )?)(?:mokykloj\w*|klas[ėe]je|pamokose)", "is in school"),
    (
        r"nebus(?: mokykloje)?(?= (?:\d+|dvi|tris|keturias|penkias|kelias) dien)",
        "will be off for",
    ),
    (
        r"nebe(?:bus|eis|is|ateis)(?: mokykloje| [įi] mokykl[ąa])?|nebus(?: mokykloje)?|neis(?: [įi] mokykl[ąa])?|neateis|negal[ėe]s ateiti",
        "won't be in",
    ),
    (
        r"(?:lieka|liks|bus|b[ūu]na) (?:mokykloje |pamokose )?iki (?:pamok[ųu] pabaigos|pabaigos|galo|dienos pabaigos)",
        "will be in as usual",
    ),
    (r"(?:jau )?nebegr[įi][šs]\w*|(?:jau )?negr[įi][šs]\w*", "won't be back"),
    (r"i[šs] mokyklos", "from school"),
    (r"praleis", "miss"),
    (r"b[ūu]sim(?:e)? iki(?= \d)|b[ūu]s iki(?= \d)|atvyksim(?:e)? iki(?= \d)", "will be there by"),
    (r"b[ūu]sim(?:e)?(?= (?:apie|po|iki|tik|ap) )", "will be there"),
    # "būsim 9:05": arriving at that time
    (r"b[ūu]sim(?:e)?(?= \d)", "will be there at"),
    # "pamiršo kuprinę, grįžom namo": sent back home for something forgotten
    (r"gr[įiy][žz](?:om|ome|au) (?:atgal )?namo", "went back home"),
    # "pamiršo sportinę aprangą namie": a thing left at home, not the child
    (r"pamir[šs](?:o|au|ome|om)(?: \w+){0,3} (?:namie|namuose)", "forgot her things at home"),
    (r"pamir[šs](?:o|au|ome|om)", "forgot"),
    (r"atne[šs]ti|atne[šs]iu|atve[žz]ti|atve[žz]iu", "bring in"),
    (r"kuprin\w*", "bag"),
    (r"(?:kad )?(?:nepraneš|nepranes|neparaš|neparas|nepara[šs]ia)\w*", "that i didn't let you know"),
    (r"(?:palikau|palikome|palikom) (?:j[įi] |j[ąa] |juos |jas )?(?:namie|namuose)", "kept him at home"),
    (
        r"(?:laikiau|laik[ėe]me|laik[ėe]m|laikome) (?:j[įi] |j[ąa] |juos |jas )?(?:namie|namuose)",
        "kept him at home",
    ),
    (
        r"pamir[šs](?:au|ome|om) (?:jums |jus )?(?:prane[šs]ti|para[šs]yti|infor?muoti|pasakyti)",
        "i forgot to let you know",
    ),
    # "liko namie" is also said of today ("šiandien liko namie"), so only "buvo namie" is the past
    (r"(?:buvo|pabuvo|išbuvo|isbuvo) (?:namie|namuose)", "stayed home"),
    (
        r"(?:šiandien|siandien) (?:jau )?(?:yra |vėl |vel )?(?:mokykloje|(?:nu[ėe]jo|gr[įiy][žz]o|at[ėe]jo) [įi] mokykl[ąa])",
        "is back at school today",
    ),
    (r"(?:nu[ėe]jo|gr[įiy][žz]o|sugr[įiy][žz]o) [įi] mokykl[ąa]", "went back to school"),
    (r"(?:ne[ėe]jo|n[ėe]jo|neatėjo|neatejo)(?: [įi] mokykl[ąa])?", "was off"),
    (r"kar[šs][čc]iavo", "temperature"),
    (
        r"(?:liks|lieka|paliksiu|palieku|bus) namie|(?:liks|lieka|paliksiu|palieku|bus) namuose|namie|namuose",
        "staying at home",
    ),
    (r"pramieg\w*|permieg\w*", "overslept"),
    (r"apie(?= \d)|ap(?= \d)", "around"),
    (r"v[ėe]luojam(?:e)?|v[ėe]luosim(?:e)?|pav[ėe]luosim(?:e)?|pav[ėe]lavom(?:e)?", "we are running late"),
    (r"v[ėe]luos|v[ėe]luoja|pav[ėe]luos|pav[ėe]lavo", "late"),
    (r"šį ryt[ąa]", "this morning"),
    (r"šiandien po piet[ųu]", "this afternoon"),
    (r"poryt", "day after tomorrow"),
    (r"šiandien|siandien", "today"),
    (r"rytoj(?:aus)?", "tomorrow"),
    (r"vakare|vakarop", "evening"),
    (r"vakar", "yesterday"),
    (r"nakt[įi]|nakti|naktį", "at night"),
    (r"saus(?:io|is)", "january"),
    (r"vasar(?:io|is)", "february"),
    (r"kov(?:o|as)", "march"),
    (r"baland[žz]io|balandis", "april"),
    (r"gegu[žz][ėe]s|gegu[žz][ėe]", "may"),
    (r"bir[žz]elio|bir[žz]elis", "june"),
    (r"liepos", "july"),
    (r"rugpj[ūu][čc]io|rugpj[ūu]tis", "august"),
    (r"rugs[ėe]jo|rugs[ėe]jis", "september"),
    (r"spalio|spalis", "october"),
    (r"lapkri[čc]io|lapkritis", "november"),
    (r"gruod[žz]io|gruodis", "december"),
    (r"(?<=\d )(?:d\.|d(?= )|dien(?:omis|om|os|ą|a))", ""),
    # "kitą savaitę nuo trečiadienio iki penktadienio": those days of next week
    (
        r"kit[ąa] savait[ęe],? nuo(?= (?:pirmadien|antradien|tre[čc]iadien|ketvirtadien|penktadien)\w*)",
        "from next",
    ),
    (r"vis[ąa] pra[ėe]jusi[ąa] savait[ęe]|vis[ąa] savait[ęe] pra[ėe]jusi[ąa]", "all last week"),
    (r"[šs]i[ąa] ir kit[ąa] savait[ęe]|[šs]i[ąa] savait[ęe] ir kit[ąa]", "this week and next week"),
    (
        r"likusi[ąa] (?:savait[ėe]s dal[įi]|savait[ęe])|vis[ąa] likusi[ąa] savait[ęe]",
        "for the rest of the week",
    ),
    (
        r"(?:iki )?(?:pusme[čc]io|trimestro|semestro) pabaigos|(?:iki )?(?:[žz]iemos|kal[ėe]d[ųu]) atostog[ųu]",
        "until the end of term",
    ),
    (r"nedarbingum\w*|pa[žz]ym\w* (?:nuo|i[šs]) gydytoj\w*", "sick note"),
    (r"(?:(?<=gr[įi][šs] )|(?<=grys )|(?<=gr[įi][žz]ta ))tik(?= )", ""),
    (r"pirm(?:as|[ąa]sias|asias|[ąa]j[ąa]|[ąa]) pamok\w*", "morning lessons"),
    *((r"(?:" + word + r")(?:[ąa]j[ąa]|-?[ąa](?: dien[ąa]))", f"the {day}th") for day, word in _ORDINALS),
    (r"vis[ąa] kit[ąa] savait[ęe]", "all next week"),
    (r"vis[ąa] (?:[šs]i[ąa] )?savait[ęe]", "all week"),
    (r"kit[ąa] savait[ęe]|kitos savait[ėe]s", "next week"),
    (r"[šs]i[ąa] savait[ęe]", "this week"),
    (r"vis[ąa] savait[ęe]", "all week"),
    (r"savait[ęe]", "for a week"),
    (r"kit[ąa]|ateinant[įi]", "next"),
    (r"pra[ėe]jus(?:io|i[ąa]|ios|iame|ioje|[įi])|praeit(?:o|[ąa]|os|ame)", "last"),
    *_WEEKDAYS,
    (r"[įi] mokykl[ąa]", "to school"),
    (r"mokykl\w*", "school"),
    (r"tur[ėe]t[ųu] gr[įi][žz]ti|tur[ėe]t[ųu] sugr[įi][žz]ti", "should be back"),
    # "grįšim iš Lietuvos 7 sausio": the family travelling home, not the child back in school
    (r"(?:su)?gr[įiy](?:[šs]|[žz])(?:im|ime|tame|tam)(?= i[šs] )", "we come back"),
    (r"(?:su)?gr[įiy](?:[šs]|[žz])(?:im|ime|ite|iu|tame|tam)", "we are back"),
    (r"gr[įiy][šs]|gr[įiy][žz]ta|sugr[įiy][šs]|gr[įiy][žz]ti|sugr[įiy][žz]ti", "back"),
    (r"nuo(?= \d{1,2}:\d\d(?! iki))", "at"),
    (r"po(?= \d{1,2}(?:[:.]\d\d)?(?: val| valand|[,.;!]|$))", "after"),
    (r"nuo", "from"),
    (r"(?<=\d )iki(?= (?:the )?\d)", "to"),
    (r"iki", "until"),
    (r"imtinai|[įi]skaitant", "inclusive"),
    (r"ir", "and"),
    (r"(?:vien\w*) dien\w*", "1 days"),
    (r"(?:dvi) dien\w*", "2 days"),
    (r"(?:tris) dien\w*", "3 days"),
    (r"(?:keturias) dien\w*", "4 days"),
    (r"(?:penkias) dien\w*", "5 days"),
    (r"(?<=\d )dien\w*", "days"),
    (r"(?<=\d) val\.?", ""),
    (r"v[ėe]liau", "later"),
    (r"paskui|po to|tada", "then"),
    # "atvešiu po vizito": after the appointment the child is brought in.
    (
        r"po (?:vizito|apsilankymo|pri[ėe]mimo|konsultacijos|patikrinimo|procedūros|proced[ūu]ros|tyrim[ųu]|tyrimo)",
        "after the appointment",
    ),
    (r"pasiimsiu|pasiims", "pick her up"),
    # "pasiėmiau Jorį iš mokyklos": collected during the school day
    (r"pasi[ėe]miau|pasi[ėe]m[ėe]me|pasi[ėe]m[ėe]|pa[ėe]miau", "collected early"),
    (r"anks[čc]iau", "early"),
    # "atvešiu atgal po pietų": brought back to school after an appointment
    (
        r"(?:atve[šs]iu|atvesiu|atve[šs]ime|atvesime|parve[šs]iu|parvesiu)(?: j[įi]| j[ąa]| juos| jas)? atgal"
        r"(?: [įi] mokykl[ąa])? po piet[ųu]",
        "bring him back after lunch",
    ),
    (
        r"(?:atve[šs]iu|atvesiu|atve[šs]ime|atvesime|parve[šs]iu|parvesiu)(?: j[įi]| j[ąa]| juos| jas)? atgal"
        r"(?: [įi] mokykl[ąa])?",
        "bring him back",
    ),
    (
        r"(?:atve[šs]iu|atvesiu|atve[šs]ime|atvesime|nuve[šs]iu|nuvesiu|nuve[šs]ime|nuvesime|atvešim|nuvešim)"
        r"(?: j[įi]| j[ąa]| juos| jas| vaikus)?(?: [įi] mokykl[ąa])?",
        "bringing him to school",
    ),
    (r"atvyksime|atvyksim|atva[žz]iuosime|atva[žz]iuosim|b[ūu]sime|b[ūu]sim", "we will be in"),
    (r"ateis|atvyks", "coming"),
    (r"po piet[ųu]|popiet", "afternoon"),
    (r"per pietus", "lunchtime"),
    (r"ryte", "morning"),
    # the everyday vocabulary of each reason, as a dictionary lists it (tests/vocabulary/lt.tsv)
    (r"i[šs]b[ėe]r\w*|i[šs]bert\w*|b[ėe]rim\w*", "rash"),
    (r"svaigsta galva|galvos svaigim\w*|svaigul\w*|apalpo|nualpo|alpsta", "dizzy"),
    (r"silpn\w*|nusilp\w*|pervarg\w*|i[šs]sekus\w*", "washed out"),
    (r"i[šs]bly[šs]k\w*|bly[šs]k\w*", "pale"),
    (r"[čc]iaud\w*|u[žz]gult\w* nos\w*|u[žz]kim[šs]t\w* nos\w*|b[ėe]ga nosis", "runny nose"),
    (r"tonzilit\w*|tonzil\w*", "tonsillitis"),
    (r"alergij\w*|alergin\w*", "allergy"),
    (r"i[šs]tin[ęe]\w*|i[šs]tinus\w*|patin[ęe]\w*|patinus\w*|sutin[ęe]\w*|tinim\w*", "swollen"),
    (r"rank[ųu],? koj[ųu] ir burnos lig\w*", "hand foot and mouth"),
    (r"impetig\w*", "impetigo"),
    (r"kirm[ėe]l\w*|spalin\w*", "worms"),
    (r"susiuv\w*|si[ūu]l[ėe]s|si[ūu]li[ųu]", "stitches"),
    (r"gips\w*|[įi]tvar\w*|ortez\w*", "in a cast"),
    (r"smegen[ųu] sukr[ėe]tim\w*", "concussion"),
    (r"i[šs]sisuk\w*|pasitemp\w*|patemp\w*", "sprained"),
    (r"nusidegin\w*|nudegim\w*|nudegin\w*|nusiplik\w*", "burn injury"),
    (r"emoci\w*|nesusitvark\w*|psichologi[šs]kai|psichik\w*", "struggling emotionally"),
    (r"ne savo kailyje", "not herself"),
    (r"nervin\w*|panik\w*|prisl[ėe]gt\w*", "anxiety"),
    (r"klausos (?:patikrin\w*|tikrinim\w*|tyrim\w*)|audiolog\w*", "hearing test"),
    (r"skiep\w*|vakcin\w*", "vaccination"),
    (r"kraujo (?:tyrim\w*|ėmim\w*|emim\w*)", "blood test"),
    (r"tyrim\w*", "check-up appointment"),
    (
        r"kardiolog\w*|dermatolog\w*|alergolog\w*|neurolog\w*|endokrinolog\w*|pediatr\w*|gastroenterolog\w*|specialist\w*",
        "consultant",
    ),
    (r"pasitikrin\w*|patikrinim\w*|patikra|patikrai|patikr[ąa]", "check-up"),
    (r"echoskopij\w*|ultragars\w*", "ultrasound"),
    (r"rentgen\w*", "x-ray"),
    (r"mrt", "mri"),
    (r"(?:pirm\w* )?komunij\w*", "first communion"),
    (r"ba[žz]nytin\w* [šs]vent\w*|religin\w* [šs]vent\w*", "religious holy day"),
    (r"sutvirtinim\w*|sakrament\w*", "religious confirmation"),
    (r"netekt\w*|netekom\w*", "bereavement"),
    (r"paguldyt\w* [įi] ligonin\w*", "in hospital"),
    (
        r"skub\w* [šs]eimos (?:situacij|reikal|atvej)\w*|[šs]eimos (?:situacij|reikal)\w*|ekstremal\w* situacij\w*",
        "family emergency",
    ),
    (r"gim[ėe](?= )|gimdo\w*|gimdym\w*", "having our baby"),
    (r"u[žz]liejo (?:mums |mus )?(?:but[ąa]|nam[ąu]s)|u[žz]liet\w* (?:butas|namai)", "house flooded"),
    (r"teism\w*(?: pos[ėe]d\w*)?", "court hearing"),
    (
        r"pokalb\w*(?= (?:koled|mokykl|universit|gimnazij|lic[ėe]j|sixth))|pri[ėe]mimo pokalb\w*|stojam\w* pokalb\w*",
        "an interview",
    ),
    (r"stojam\w* egzamin\w*|stojam\w*", "entrance exam"),
    (r"perklaus\w*|atrank\w*", "audition"),
    (r"(?:keliaujan\w* )?atrakcion\w*|keliaujan\w* mug\w*", "fairground"),
    (r"cirk\w*", "circus"),
    (
        r"(?:vykstu|i[šs]vykstu|esu|i[šs]vykstame|vykstame) (?:[įi] |per )?komandiruot\w*",
        "i am on a business trip",
    ),
    (r"komandiruot\w*|darbo kelion\w*|tarnybin\w* kelion\w*|verslo kelion\w*", "business trip"),
    (r"su manimi", "with me"),
    (r"ro[šs] ha[šs]an\w*", "rosh hashanah"),
    (r"jom kip+ur\w*|yom kip+ur\w*", "yom kippur"),
    (r"saul[ėe]s sm[ūu]g\w*", "heatstroke"),
    (r"kariuomen\w* (?:yra )?perkel\w*|perkel\w* [įi] kit\w* baz\w*", "army posting"),
    (
        r"(?:dirbam\w*|dirbu) (?:ir )?keliaujam\w*|keliaujam\w* (?:d[ėe]l|del) darbo|darbo reikalais",
        "travelling for work",
    ),
    (r"taksi", "taxi"),
    (r"palydov\w*", "escort"),
    (r"nenuvyks\w*|nenuva[žz]iuos\w*|neatvyks\w*", "can't get to school"),
    (r"snieg\w*|sning\w*|pusn\w*", "snow"),
    (r"apled[ėe]j\w*|plikled\w*|slidu", "icy roads"),
    (r"streik\w*", "strike"),
    (r"traukin\w*", "train"),
    (r"audr\w*|v[ėe]tr\w*|uragan\w*", "storm"),
    (
        r"visuomen[ėe]s sveikatos (?:tarnyb\w*|centr\w*|specialist\w*)|sveikatos apsaug\w*|ukhsa",
        "public health",
    ),
    (r"karantin\w*", "quarantine"),
    (r"(?<=\d )min(?:u[čc]i[ųu]|ut[ėe]s|utes|\.)?", "minutes"),
    (r"zoologijos sod\w*|zoosod\w*", "zoo"),
    (r"kin[ąae]|kino teatr\w*", "cinema"),
    (
        r"neturiu (?:su kuo|kam|kur) (?:j[ąa] |j[įi] |jos |jo |juos )?palikti|neturiu aukl\w*|n[ėe]ra aukl\w*|aukl[ėe]s n[ėe]ra",
        "no childcare",
    ),
    (r"filmuoj\w*|filmavim\w*|filmuos\w*", "filming"),
    (r"licencij\w*", "performance licence"),
    (r"fotosesij\w*", "photoshoot"),
    (r"modeli[su]\b|modeliuk\w*|model[iy]avim\w*", "modelling"),
    (r"vaidin\w* (?:spektakl|film|serial|reklam|teatr|mjuzikl)\w*|vaidmen\w*", "acting role"),
    (r"konjunktyvit\w*", "conjunctivitis"),
    (r"infekcij\w*", "infection"),
    (r"sirgo|pasirgo|prasirgo|išsirgo|issirgo", "was off ill"),
    (r"serga|susirgo|sergant\w*|ligon(?!in)\w*", "ill"),
    (r"temperat[ūu]r\w*|kar[šs][čc]iuoja|kar[šs]tis", "temperature"),
    (r"vemia|v[ėe]m[ėe]|v[ėe]mim\w*", "vomiting"),
    (r"kosul\w*|kos[ėe]ja|kosti", "cough"),
    (r"ortodont\w*", "orthodontist"),
    (r"senel\w*", "the family's grandparent"),
    (r"mano (?:mam\w*|motin\w*)", "my mum"),
    (r"mano (?:t[ėe]t\w*|t[ėe]v\w*)", "my dad"),
    (r"liep[ėe]|patar[ėe]|pasak[ėe]|sak[ėe]|sako", "said"),
    (r"moči?ut\w*", "the family's gran"),
    (r"nes kad|nes|kadangi", "because"),
    (r"kad", "that"),
    (
        r"tai(?= (?:"
        + "|".join(day for day, _ in _WEEKDAYS)
        + r"|rytoj|šiandien|jau|gr[įi]|ji|jis|jie|jos))|tod[ėe]l|taigi",
        "so",
    ),
    (r"irgi|taip pat", "too"),
    (r"tikiuosi|tikim[ėe]s", "hopefully"),
    (r"turi|tur[ėe]jo", "has"),
    (r"peršal\w*|sloga", "a bad cold"),
    (r"grip\w*", "flu"),
    (r"migren\w*", "migraine"),
    (r"virus\w*", "virus"),
    (r"blogai jau[čc]iasi|nesijau[čc]ia gerai", "unwell"),
    (r"viduriuoja|viduriav\w*", "diarrhoea"),
    (r"v[ėe]jarau\w*", "chicken pox"),
    (r"susilau[žz]\w*|l[ūu][žz]\w*", "fractured"),
    (r"susi[žz]eid\w*|traum\w*", "injured"),
    (r"angin\w*", "tonsillitis"),
    (r"vizit\w*", "appointment"),
    (r"pas(?= (?:gydytoj|odontolog|dantist|daktar|ortodont|okulist|stomatolog|šeimos gydytoj))", "at the"),
    (r"odontolog\w*|dantist\w*|stomatolog\w*", "dentist"),
    # "gydytoja neleido skristi": what the doctor ruled, the illness itself
    (
        r"(?:gydytoj|daktar)\w* (?:neleido|neleid[žz]ia|nerekomendavo|liep[ėe]|pasak[ėe]|sak[ėe]|sako|patar[ėe])",
        "the doctor said",
    ),
    (r"gydytoj\w*|daktar\w*", "doctor"),
    (r"po (?:infarkt\w*|[šs]irdies priepuol\w*)", "after a heart attack"),
    (r"infarkt\w*|[šs]irdies priepuol\w*", "a heart attack"),
    (r"insult\w*", "a stroke"),
    (r"ligonin\w*", "hospital"),
    (r"laidotuv\w*", "funeral"),
    (r"mir[ėe]", "died"),
    (r"operacij\w*", "operation"),
    (r"kam[šs][čc]iai|kam[šs]t\w*", "traffic"),
    # "gerai, kad jau atostogos": luckily school is over for the holidays, not the reason
    (
        r"gerai,? kad (?:jau )?(?:prasid[ėe]jo |prasideda )?atostog\w*|laimei,? (?:jau )?atostog\w*",
        "good thing it's the holidays already",
    ),
    (r"(?:i[šs]|po|gr[įi][žz]us i[šs]) atostog\w*", "after the holiday"),
    (
        r"(?:ir taip|vis tiek|vistiek|šiaip ar taip) n[ėe]ra pamok[ųu]|pamok[ųu] n[ėe]ra",
        "is not a school day anyway",
    ),
    (r"(?:nu|par|su)?griuvo|(?:nu|par)krito|pargriuv\w*", "had a fall"),
    (r"atostog\w*|slidin[ėe]\w*|kelion\w*", "holiday"),
    (
        r"i[šs]vykst\w*|i[šs]vyks(?:ime|im|ta)|i[šs]va[žz]iuoj\w*|i[šs]va[žz]iuos\w*|u[žz]sien\w*",
        "going away",
    ),
    (r"vestu\w*", "wedding"),
    (r"skryd\w*", "flight"),
    (r"skrend\w*|skrisi\w*", "flight"),
    # greetings: "linksmų Kalėdų", "gražių švenčių"
    (r"linksm[ųu] (?:kal[ėe]d[ųu]|[šs]ven[čc]i[ųu])|gra[žz]i[ųu] [šs]ven[čc]i[ųu]", "merry christmas"),
    (r"kal[ėe]d\w*", "christmas"),
    (r"bažny[čc]\w*|baznyc\w*", "the church"),
    (r"mi[šs]ios\w*|mi[šs]iose|mi[šs]ias", "mass"),
    (
        r"(?:i[šs]vykstame|i[šs]vykstam|skrendame|skrendam|važiuojame|važiuojam|vykstame|vykstam) [įi] lietuv[ąa]",
        "going to lithuania",
    ),
    (r"(?:bus|b[ūu]sime|b[ūu]sim) lietuvoje", "away in lithuania"),
    (r"lietuvoje|[įi] lietuv[ąa]", "in lithuania"),
    (r"i[šs] lietuvos(?: tik)?", "from lithuania only on"),
    (r"gimtadien\w*", "birthday"),
    (r"apsipirk\w*", "shopping"),
    (r"vis dar", "still"),
    (r"buvo", "was"),
)

# Common words of the language that are not English words too (Latin-script detection).
STOPWORDS = frozenset(
    [
        "negali",
        "psichologą",
        "odontologą",
        "dantistą",
        "ortodontą",
        "okulistą",
        "eina",
        "ryte",
        "gipse",
        "aciu",
        "ačiū",
        "atsiprasau",
        "atsiprašau",
        "ir",
        "jau",
        "kad",
        "labai",
        "mokykla",
        "mokyklą",
        "neis",
        "siandien",
        "sveiki",
        "galiu",
        "pasiimti",
        "reikia",
        "vietoj",
        "anksčiau",
        "anksciau",
        "pranešti",
        "pranesti",
        "vakar",
        "bus",
        "dukra",
        "labas",
        "mokykloje",
        "mokyklos",
        "nebus",
        "rytoj",
        "serga",
        "sūnus",
        "yra",
        "šiandien",
        "turi",
        "liks",
        "namie",
        "namuose",
        "nes",
        "dėl",
        "mano",
        "gydytoją",
        "gydytojo",
        "vizito",
        "vizitą",
        "ateis",
        "ateina",
        "apie",
        "grįš",
        "nebuvo",
        "buvo",
        "vaikai",
        "iki",
        "sirgo",
        "vizita",
        "gydytoja",
        "odontologa",
        "pirmadieni",
        "antradieni",
        "treciadieni",
        "ketvirtadieni",
        "penktadieni",
        "gruodzio",
        "gruodžio",
        "ligonineje",
        "ligoninėje",
    ]
)

# "č", "š", "ž" are written by none of the other Latin-script languages read here.
DISTINCT_LETTERS = frozenset("ėįūųčšž")

# Phrases meaning every child of the parent.
ALL_CHILDREN = (r"abu|abi|abudu|(?:abu |visi )?vaikai|visi trys|visos trys",)

# Endings of declined given names, added to the name without its final vowel.
CASE_ENDINGS = r"as|o|ui|ą|u|ų|e|ai|os|ei|ę|a|is|io|iui|į|ui|iu|ys|aus|ų"
NOMINATIVE_ENDINGS = r"as|is|ys|us"
