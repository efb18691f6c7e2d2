"""Romanian: the words the understanding step reads in this language (see lexicon/__init__.py)."""

from __future__ import annotations

_DAYS = r"(?:lun[ie]|mar[țt]|miercur|joi|viner|s[âa]mb[ăa]t|duminic)"

_WEEKDAYS = (
    (r"lun(?:i|ea)", "monday"),
    (r"mar[țt](?:i|ea)", "tuesday"),
    (r"miercur(?:i|ea)", "wednesday"),
    (r"jo(?:i|ia)", "thursday"),
    (r"viner(?:i|ea)", "friday"),
    (r"s[âa]mb[ăa]t[ăa]", "saturday"),
    (r"duminic[ăa]", "sunday"),
)
# "Marți vin normal": the day they come in as usual is the day they are back.
_BACK_AS_NORMAL = (
    r"(?= (?:vin|vine|vor veni|va veni|merg|merge)(?: la [șs]coal[ăa])? (?:normal|ca de obicei))"
)

# "Vineri se întoarce la școală": a day said before the verb of coming back; English says it after.
_BACK_ON = (
    r" (?:sper (?:s[ăa]|c[ăa] (?:va |vor |o s[ăa] )?) )?(?:(?:el|ea|ei|ele) )?(?:se (?:va |vor )?)?"
    r"(?:[îi]ntoarce|[îi]ntoarc[ăa]|[îi]ntorc|revine|revin[ăa]|revin|vine [îi]napoi|vin [îi]napoi|vin[ăa] [îi]napoi"
    # "Luni îi aduc la școală": the day the parent brings them in again, unless it is later that day.
    r"|(?:[îi]l|o|[îi]i) (?:aduc|aducem|trimit|trimitem)(?: [îi]napoi)? la [șs]coal[ăa](?! (?:dup|mai t|la \d|la ora|pe la|[îi]n jur|cam)))"
)

# a day of the month in words, "pe trei decembrie": compounds before their first word
_DAY_NUMBERS = (
    *(
        (20 + unit, r"dou[ăa]zeci [șs]i " + word)
        for unit, word in (
            (1, "unu"),
            (2, r"(?:doi|dou[ăa])"),
            (3, "trei"),
            (4, "patru"),
            (5, "cinci"),
            (6, r"[șs]ase"),
            (7, r"[șs]apte"),
            (8, "opt"),
            (9, r"nou[ăa]"),
        )
    ),
    (31, r"treizeci [șs]i unu"),
    (30, "treizeci"),
    (20, r"dou[ăa]zeci"),
    (19, r"nou[ăa]sprezece"),
    (18, "optsprezece"),
    (17, r"[șs]aptesprezece"),
    (16, r"[șs]aisprezece"),
    (15, "cincisprezece"),
    (14, "paisprezece"),
    (13, "treisprezece"),
    (12, r"(?:doi|dou[ăa])sprezece"),
    (11, "unsprezece"),
    (10, "zece"),
    (9, r"nou[ăa]"),
    (8, "opt"),
    (7, r"[șs]apte"),
    (6, r"[șs]ase"),
    (5, "cinci"),
    (4, "patru"),
    (3, "trei"),
    (2, r"(?:doi|dou[ăa])"),
    (1, r"(?:unu|[îi]nt[âa]i)"),
)

_DAY_WORDS = ("luni", "lunea", "marți", "marti", "marțea", "martea", "miercuri", "miercurea", "joi", "joia")
_DAY_WORDS += ("vineri", "vinerea", "sâmbătă", "sambata", "duminică", "duminica")
# Fixed-width lookbehinds for "after a weekday", one per spelling.
_AFTER_DAY = "(?:" + "|".join(f"(?<={day} )" for day in _DAY_WORDS) + ")"

# "la 9 și jumătate": the clock time English writes 9:30.
CLOCK: tuple[tuple[str, str], ...] = (
    # "pe 3.12", "14.12 are doctor": a date in numbers, which English writes 3/12; not a clock time ("la 12.10")
    (
        r"(?<![\w.:/-])(?<!la )(?<!ora )(?P<h>0?[1-9]|[12]\d|3[01])[./](?P<m>0?[1-9]|1[0-2])(?:[./](?:20)?2[67])?(?![\d:]|[./]\d)",
        "{h}/{m}",
    ),
    (r"(?<!\d)(?P<h>\d{1,2}) (?:(?:[șs]i )?jum[ăa]tate|[șs]i jumate)", "{h}:30"),
    (r"(?<!\d)(?P<h>\d{1,2}) [șs]i un sfert", "{h}:15"),
    (r"(?<!\d)(?P<h>\d{1,2}) f[ăa]r[ăa] un sfert", "{before}:45"),
    # "la 9 și 35" (a time after "la"/"ora"; "9 și 10 decembrie" are two dates).
    (
        r"(?:(?<=la )|(?<=ora ))(?P<h>\d{1,2}) [șs]i (?P<m>[0-5]\d)(?! ?(?:\w*ian|\w*feb|mar|apr|mai|iun|iul|aug|sep|oct|noi|dec|zile))",
        "{h}:{m}",
    ),
    # "pe 3", "pe data de 3": a bare day of the month, which English writes with its ordinal ("the 3rd")
    (
        r"(?<![\w/])(?<!p[âa]n[ăa] )(?:pe|[îi]n) (?:data de )?(?P<h>[1-9]|[12]\d|3[01])(?![\d:./,]\d|\d| ?(?:[șs]i|ore|zile|dimineata|diminea[țt]a)\b| (?:de )?(?:min|minute|ore|zile|s[ăa]pt[ăa]m[âa]ni)\b)",
        "on the {h}th",
    ),
)

GLOSSES: tuple[tuple[str, str], ...] = (
    # "vine doar după-amiază": in for the afternoon only, so off in the morning
    (
        r"(?:vine|vin|va veni|vor veni|st[ăa]|stau|merge|merg|e|este|va fi)(?: la [șs]coal[ăa])? doar"
        r" (?:dup[ăa][- ]amiaz[ăa]|dup[ăa][- ]amiaza|dup[ăa] pr[âa]nz|dup[ăa] mas[ăa])",
        "will only be in for the afternoon",
    ),
    # "revine după weekend": back on the Monday
    (
        r"(?:revine|revin|se (?:va |vor )?[îi]ntoarce|se [îi]ntorc|vine [îi]napoi|vin [îi]napoi)(?: la [șs]coal[ăa])?"
        r" (?:abia )?dup[ăa] (?:weekend|week-end|sf[âa]r[șs]itul de s[ăa]pt[ăa]m[âa]n[ăa])",
        "back on monday",
    ),
    (
        r"p[âa]n[ăa] dup[ăa] (?:weekend|week-end|sf[âa]r[șs]itul de s[ăa]pt[ăa]m[âa]n[ăa])",
        "until after the weekend",
    ),
    (r"dup[ăa] (?:weekend|week-end|sf[âa]r[șs]itul de s[ăa]pt[ăa]m[âa]n[ăa])", "after the weekend"),
    (
        r"(?:abia )?dup[ăa] vacan[țt][ăa](?! de (?:cr[ăa]ciun|iarn[ăa]))|(?:abia )?dup[ăa] s[ăa]rb[ăa]tori",
        "after the holidays",
    ),
    (r"(?:vine|vin|va veni|vor veni|merge|merg) din nou", "back"),
    # "de miercuri vine la școală": in again from that day, so back then
    *(
        (
            r"(?:de|din|de la) "
            + day
            + r",? (?:(?:el|ea) )?(?:vine|vin|va veni|vor veni|merge|merg|va merge|o s[ăa] vin[ăa])"
            r"(?: (?:din nou|iar))? la [șs]coal[ăa]",
            "back on " + english,
        )
        for day, english in _WEEKDAYS
    ),
    # "stă doar până la prânz": in for the morning only, leaving at midday
    (r"doar p[âa]n[ăa] la (?:pr[âa]nz|amiaz[ăa]|ora 12|12)", "in only until lunch"),
    # the everyday vocabulary of each reason, read before the phrases its words share (tests/vocabulary/ro.tsv)
    (r"nu (?:e|este|mai e) [îi]n apele (?:ei|lui)", "not herself"),
    (r"nu (?:mai )?(?:face|f[ăa]cea|poate face) fa[țt][ăa]", "struggling emotionally"),
    (
        r"(?:(?:taxiul|microbuzul|transportul|[îi]nso[țt]itor(?:ul|ul de pe (?:microbuz|autobuz)))"
        r"(?: de la (?:consiliu|[șs]coal[ăa]|prim[ăa]rie)| [șs]colii| [șs]colar| nostru)?"
        r"|autobuzul (?:de la (?:consiliu|[șs]coal[ăa]|prim[ăa]rie)|[șs]colii|[șs]colar))(?: azi| ast[ăa]zi| azi diminea[țt][ăa])?"
        r" (?:nu (?:a |au )?(?:mai )?venit|n-a (?:mai )?venit|nu a ajuns|n-a ajuns|nu s-a prezentat)",
        "the taxi didn't come",
    ),
    (
        r"(?:nu (?:a |au )?(?:mai )?venit|n-a (?:mai )?venit) (?:(?:taxiul|microbuzul|transportul|[îi]nso[țt]itorul)"
        r"(?: [șs]colii| [șs]colar| de la consiliu)?|autobuzul (?:[șs]colii|[șs]colar|de la consiliu))",
        "the taxi didn't come",
    ),
    (
        r"(?:ne-a |ni s-a |s-a )?inundat (?:apartamentul|casa|locuin[țt]a|baia|buc[ăa]t[ăa]ria)"
        r"|(?:apartamentul|casa) (?:e |este |a fost )?inundat[ăa]?",
        "house flooded",
    ),
    (
        r"(?:a fost |e |este |va fi )?mutat\w* (?:la (?:alt[ăa]|o nou[ăa]) baz[ăa]|cu armata|[îi]n armat[ăa])",
        "posted to a new base",
    ),
    (r"(?:[șs]i-a |s-a )?(?:sucit|scr[âa]ntit|luxat|r[ăa]sucit)\w*", "sprained"),
    (r"(?:[șs]i-a |s-a )?(?:julit|zg[âa]riat|t[ăa]iat)\w*", "hurt"),
    (r"s-a (?:lovit|izbit) (?:la cap|[îi]n cap|cu capul)", "bumped her head"),
    (r"s-a (?:ars|op[ăa]rit)|arsur\w*|op[ăa]rit\w*", "burn injury"),
    (
        r"nu (?:poate|putem|pot|pute[țt]i) (?:s[ăa] )?ajung\w*|nu (?:ajunge|ajungem|ajung)(?! la (?:timp|ora))"
        r"|n-(?:are|avem|am) cum s[ăa] ajung\w*|nu (?:are|avem|am) cum s[ăa] ajung\w*",
        "can't get in",
    ),
    (
        r"nu (?:mai )?circul[ăa] (?:autobuzele|trenurile|autobuzul|trenul|transportul)"
        r"|(?:autobuzele|trenurile|autobuzul|trenul) nu (?:mai )?circul[ăa]",
        "buses are not running",
    ),
    (
        r"(?:ne|le|i|mi)-a (?:spus|zis|cerut|recomandat|transmis) s[ăa] (?:st[ăa]m|stea|stau|r[ăa]m[âa]nem|r[ăa]m[âa]n[ăa]) [îi]n izolare"
        r"|(?:indica[țt]i\w*|ordin\w*|recomand[ăa]ri\w*|decizi\w*) de (?:izolare|carantin[ăa])",
        "told to isolate",
    ),
    (
        r"(?:autoritatea |direc[țt]ia |agen[țt]ia )?(?:de )?s[ăa]n[ăa]t(?:ate|[ăa][țt]ii) public[ăa]",
        "public health",
    ),
    (
        r"(?:vine|va veni|ajunge|va ajunge)(?: azi| ast[ăa]zi)? (?:pu[țt]in |un pic |ceva )?mai t[âa]rziu",
        "will be in late",
    ),
    (r"am dormit peste or[ăa]|ne-am trezit t[âa]rziu|s-a trezit t[âa]rziu|(?:am|a|au) adormit", "overslept"),
    (r"drum(?:ul|urile)? (?:e |este |sunt |a fost )?[îi]nchis\w*|[îi]nchis\w* drum\w*", "road closed"),
    (r"(?:suntem |sunt )?(?:deja )?pe drum", "on our way"),
    (
        r"(?:n-am|nu am|n-avem|nu avem) (?:pe cine|cu cine|unde) (?:s[ăa]-(?:l|o|i) |s-(?:o|l) |s[ăa] (?:[îi]l |o |[îi]i )?)(?:las|l[ăa]s[ăa]m)"
        r"|(?:n-am|nu am|n-avem|nu avem) bon[ăa]",
        "no childcare",
    ),
    (
        r"(?:trebuie )?s[ăa] (?:stea|r[ăa]m[âa]n[ăa])(?: azi| ast[ăa]zi)? cu(?= (?:fr[ăa][țt]ior|fratele|sor[ia]oar|sora|surioar|cel mic|cea mic|bebe))",
        "has to stay at home to look after",
    ),
    (r"(?:a fost |au fost |e |este )?internat\w* de urgen[țt][ăa]", "rushed in and admitted"),
    (r"s-a n[ăa]scut|a n[ăa]scut|la maternitate", "having our baby"),
    (r"(?:lucr[ăa]m |umbl[ăa]m |mergem )?cu b[âa]lciul", "with the fair"),
    (r"[șs]edin[țt]\w* (?:foto|de fotografii)", "photoshoot"),
    (r"joac[ăa](?: azi| ast[ăa]zi)? [îi]ntr-un (?:spectacol|film|serial|musical|reclam[ăa])", "acting role"),
    # the airport, where a relative is met: "îi luăm de la aeroport"
    (r"(?:de la|din) aeroport(?:ul)?(?: din)?", "from the airport"),
    (r"(?:la|pe) aeroport(?:ul)?(?: din)?", "at the airport"),
    (r"aeroport\w*", "airport"),
    # "Andrei a intrat deja": a sibling already in school
    (r"(?:a|au) intrat deja|deja (?:a|au) intrat", "was in"),
    # "de la petrecerea de sâmbătă": Saturday's party, past and no day of absence
    (
        r"(?:de )?la (?:petrecerea|ziua de na[șs]tere|aniversarea) de (?:s[âa]mb[ăa]t[ăa]|duminic[ăa]|weekend)",
        "at the weekend party",
    ),
    # a sibling who did go in: "came all week", "came both days"
    (
        r"(?<!nu )(?<!n-)(?:a venit|au venit|a fost|au fost|a mers|au mers)(?: la [șşs]coal[ăa])? toat[ăa] s[ăa]pt[ăa]m[âa]na(?: asta)?(?! (?:bolnav|acas|r[ăa]cit|internat|la spital|plecat))",
        "was in all week",
    ),
    (
        r"(?<!nu )(?<!n-)(?:a venit|au venit|a fost|au fost|a mers|au mers)(?: la [șşs]coal[ăa])? (?:am[âa]ndou[ăa] zilele|ambele zile)(?! (?:bolnav|acas|r[ăa]cit|internat|la spital|plecat))",
        "was in as normal",
    ),
    # a corrected day: "nu lipsește joi, ci vineri"
    (
        r"nu (?:lipse[șs]te|lipsesc|va lipsi|vor lipsi|e|este|va fi)(?: (?:pe|[îi]n))?(?= " + _DAYS + r")",
        "not",
    ),
    (r",? ci(?: (?:pe|[îi]n))?(?= " + _DAYS + r")", " but"),
    # the school holidays by their Romanian names
    (
        r"(?:p[âa]n[ăa] )?dup[ăa] vacan[țt]a (?:de cr[ăa]ciun|de iarn[ăa]|de s[ăa]rb[ăa]tori)",
        "until after the christmas holidays",
    ),
    (r"vacan[țt]a (?:de cr[ăa]ciun|de iarn[ăa]|de s[ăa]rb[ăa]tori)", "the christmas holidays"),
    (
        r"(?:p[âa]n[ăa] )?dup[ăa] (?:vacan[țt]a intersemestrial[ăa]|minivacan[țt][ăa]|vacan[țt]a de februarie)",
        "until after half term",
    ),
    (r"vacan[țt]a intersemestrial[ăa]|minivacan[țt][ăa]|vacan[țt]a de februarie", "half term"),
    (
        r"(?:p[âa]n[ăa] )?dup[ăa] vacan[țt]a (?:de pa[șs]te|de prim[ăa]var[ăa])",
        "until after the easter holidays",
    ),
    (r"vacan[țt]a (?:de pa[șs]te|de prim[ăa]var[ăa])", "the easter holidays"),
    # ill since a day or since last night: "e bolnav de luni", "îi e rău de aseară"
    (
        r"(?:e|este|a fost|st[ăa]) (?:bolnav[ăa]?|r[ăa]cit[ăa]?|[îi]n pat|cu febr[ăa])(?: cu \w+)? (?:de|din)(?= "
        + _DAYS
        + r"| asear[ăa]| ieri| s[ăa]pt[ăa]m[âa]na)",
        "has been ill since",
    ),
    (
        r"(?:[îi]i|[îi]mi|ne) (?:e|este) (?:foarte )?r[ăa]u|(?:[îi]i|i) s-a f[ăa]cut (?:foarte )?r[ăa]u|i s-a f[ăa]cut r[ăa]u",
        "was unwell",
    ),
    (r"de asear[ăa]|de ieri sear[ăa]|din cursul nop[țt]ii", "since last night"),
    (r"de la birou(?:l [șs]colii)?", "from the office"),
    (r"(?:o )?opera[țt]i[ae]? (?:la|de) (?:amigdale|polipi|apendicit[ăa]|apendice)", "a tonsil operation"),
    # "l-am luat pe Luca de la birou", "am venit după David": collected from school, sent home
    (
        r"am venit (?:s[ăa] (?:[îi]l|o|[îi]i) (?:iau|iau acas[ăa]) )?dup[ăa](?: el| ea)?"
        r"|"
        r"(?:l-am|i-am) luat(?: pe)?(?= \w+ (?:acas[ăa] )?de la (?:birou|secretariat|[șs]coal[ăa]|recep[țt]ie))"
        r"|am luat-o(?: pe)?(?= \w+ (?:acas[ăa] )?de la (?:birou|secretariat|[șs]coal[ăa]|recep[țt]ie))",
        "just collected",
    ),
    (
        r"l-am luat|am luat-o|i-am luat",
        "i picked up",
    ),
    (r"(?:mai )?vedem (?:m[âa]ine|cum (?:se simte|e|evolueaz[ăa]))|o s[ăa] vedem", "will see about tomorrow"),
    (r"dup[ăa] (?:pr[âa]nz|masa de pr[âa]nz)", "after lunch"),
    (r"(?:probabil|poate|pesemne|cel mai probabil) nici", "probably not"),
    (r"probabil|pesemne|cel mai probabil", "probably"),
    (r"(?:vin|plec|merg) (?:acum )?(?:dup[ăa]|s[ăa] (?:[îi]l|o|[îi]i) iau pe)", "i'm on my way to collect"),
    (
        r"p[âa]n[ăa] la noi (?:ordine|instruc[țt]iuni|ve[șs]ti|dispozi[țt]ii)|p[âa]n[ăa] la o nou[ăa] (?:comunicare|anun[țt]are)"
        r"|pe (?:o )?perioad[ăa] nedeterminat[ăa]|pe termen nedeterminat|p[âa]n[ăa] c[âa]nd (?:v[ăa] )?(?:anun[țt]|anun[țt][ăa]m|revin)",
        "until further notice",
    ),
    (r"bun[ăa] diminea[țt]a|bun[ăa] ziua|bun[ăa] seara", "hello"),
    # reasons: the wider vocabulary of illness, appointments, family events and lateness
    (
        r"(?:[șs]i-a |s-a |a )?(?:scr[âa]ntit|luxat|[îi]ntins|r[ăa]sucit)\w*|entors\w*|scr[âa]ntitur\w*",
        "sprained",
    ),
    (r"umfla[tț]\w*|umfl[ăa]tur\w*", "swollen"),
    (
        r"s-a [îi]mboln[ăa]vit|s-au [îi]mboln[ăa]vit|(?:s-a )?r[ăa]cit\w*|r[ăa]ceal[ăa]|guturai\w*",
        "has caught a bad cold",
    ),
    (r"mole[șs]i[tț]\w*|f[ăa]r[ăa] vlag[ăa]|ab[ăa]tut\w*|letargic\w*", "lethargic"),
    (r"fierbin[tț]\w*|arde tot|arde de febr[ăa]", "burning up"),
    (r"(?:o )?criz[ăa] de astm|astm\w*|respir[ăa] greu|nu poate respira", "asthma"),
    (
        r"(?:o )?criz[ăa] de (?:panic[ăa]|anxietate)|atac\w* de panic[ăa]|anxiet\w*|anxios|anxioas[ăa]|depresi\w*|depresiv\w*",
        "anxiety",
    ),
    (
        r"durer(?:e|i|ea|ii|ile)? (?:mari |puternic[ăa] |groaznic[ăa] )?de cap|(?:[îi]l|o) doare capul|migren\w*",
        "headache",
    ),
    (
        r"durer(?:e|i|ea|ii|ile)? (?:mari |puternic[ăa] )?de (?:burt[ăa]|stomac)|(?:[îi]l|o) doare burta",
        "stomach ache",
    ),
    (
        r"durer(?:e|i|ea|ii|ile)? (?:mari )?de (?:gât|gat)|(?:[îi]l|o) doare g[âa]tul|g[âa]tul umflat",
        "sore throat",
    ),
    (r"durer(?:e|i|ea|ii|ile)? (?:mari )?de (?:urechi|ureche)|(?:[îi]l|o) doare urechea|otit\w*", "ear ache"),
    (r"am[ee][țt]e\w*|ame[țt]it\w*", "dizzy"),
    (r"(?:are |a f[ăa]cut )?(?:scarlatin\w*)", "scarlet fever"),
    (r"varicel\w*|v[ăa]rsat de v[âa]nt", "chicken pox"),
    (r"oreion\w*", "mumps"),
    (r"rujeol\w*|pojar\w*", "measles"),
    (
        r"(?:a )?confirmat medicul|medicul (?:a )?(?:confirmat|zis|spus)|doctori?(?:ul|i)? (?:a |au )?(?:confirmat|zis|spus)",
        "doctor confirmed",
    ),
    (
        r"toxiinfec[țt]i\w*(?: alimentar[ăa])?|intoxica[țt]i\w*(?: alimentar[ăa])?|viroz[ăa]\w*|gastro\w*|enterocolit\w*",
        "stomach bug",
    ),
    (r"boln[ăa]v\w*", "ill"),
    (
        r"dac[ăa] (?:g[ăa]sesc|g[ăa]sim|prind|prindem|ob[țt]in|fac rost de) (?:o )?programare",
        "if i can try to get a gp appointment",
    ),
    (r"apendicit\w*", "appendicitis"),
    (
        r"a fost operat[ăa]?|au operat-o|l-au operat|(?:a fost |e |este )?operat[ăa]? (?:de urgen[țt][ăa]|asear[ăa]|azi noapte|noaptea|ieri)",
        "had an operation",
    ),
    (r"(?:a fost |e |este )?internat[ăa]?|interna[țt]i", "admitted"),
    (r"zace (?:[îi]n pat|la pat)|st[ăa] (?:[îi]n pat|la pat)", "ill in bed"),
    (r"(?:se )?odihne[șs]te(?: acas[ăa])?", "is resting at home"),
    (r"(?:st[ăa]|r[ăa]m[âa]ne) (?:azi |ast[ăa]zi )?cu mine(?: acas[ăa])?", "staying at home with me"),
    (r"logoped\w*", "speech therapy"),
    (r"kinetoterap\w*|fizioterap\w*|terapi\w*|psiholog\w*|psihiatr\w*", "therapy"),
    (r"clinic\w*|policlinic\w*|cabinet\w*", "clinic"),
    (
        r"(?:vin |venim )?(?:s[ăa]-l|s[ăa]-o|s[ăa]-i) (?:iau|iau de la [șs]coal[ăa]|lu[ăa]m)|(?:[îi]l|o) iau (?:eu )?de la [șs]coal[ăa]",
        "pick him up",
    ),
    (
        r"e pe moarte|este pe moarte|muribund\w*|[îi]n com[ăa]|la terapie intensiv[ăa]|la reanimare",
        "is dying",
    ),
    (
        r"urgen[țt][ăa](?: \w+)? [îi]n familie|urgen[țt][ăa] familial[ăa]|problem\w* (?:grav\w* )?[îi]n familie|problem\w* familial\w*",
        "family emergency",
    ),
    (r"so[țt]ul(?: meu)?", "my husband"),
    (r"so[țt]ia(?: mea)?", "my wife"),
    (r"tat[ăa]l (?:meu|nostru)|tata (?:meu|nostru)|tat[ăa]l lui so[țt]\w*", "my dad"),
    (r"mama (?:mea|noastr[ăa])|mama lui so[țt]\w*", "my mum"),
    (r"fratele (?:meu|nostru)", "my brother"),
    (r"sora (?:mea|noastr[ăa])", "my sister"),
    # a stroke, a heart attack: "a făcut un AVC", "a avut un infarct"
    (
        r"(?:a (?:f[ăa]cut|avut|suferit) )?(?:un )?(?:avc|accident vascular(?: cerebral)?|atac cerebral)",
        "had a stroke",
    ),
    (r"(?:a (?:f[ăa]cut|avut|suferit) )?(?:un )?(?:infarct|atac de cord)", "had a heart attack"),
    (
        r"un accident (?:de ma[șs]in[ăa]|rutier|de circula[țt]ie)|accident (?:de ma[șs]in[ăa]|rutier|de circula[țt]ie)",
        "a car accident",
    ),
    (r"un accident", "an accident"),
    (r"la urgen[țt]e", "in a&e"),
    (r"incendiu\w*|(?:a )?luat foc", "house fire"),
    (r"inunda[țt]\w*|inunda[țt]i\w*", "flooded"),
    (r"(?:am|a|au) (?:pierdut|sc[ăa]pat|ratat) (?:autobuzul|busul|trenul)", "missed the bus, running late"),
    (
        r"bloca[țt]i [îi]n trafic|bloca[țt]i? [îi]n trafic|[îi]n trafic|trafic\w*|ambuteiaj\w*",
        "stuck in traffic",
    ),
    # "trebuie să rămână acasă cu frățiorul lui": kept home to mind a sibling
    (
        r"(?:trebuie )?s[ăa] (?:r[ăa]m[âa]n[ăa]|stea) acas[ăa] cu(?= (?:fr[ăa][țt]ior|fratele|fratelui|sor[ia]oar|sora|surioar|cel mic|cea mic|bebe))",
        "has to stay at home to look after",
    ),
    # "vin în 20 de min după Bianca": the parent is coming to fetch the child
    (r"(?:vin|venim|trec|trecem)(?= (?:[îi]n|peste) \d+ (?:de )?min)", "i'm coming"),
    (r"peste(?= \d+ (?:de )?min)", "in"),
    (r"(?<=\d) (?:de )?min(?:ute|ut)?\b", " min"),
    (
        r"(?:(?<=min )|(?<=minute )|(?<=vin )|(?<=venim )|(?<=acum )|(?<=imediat ))dup[ăa](?= \w)",
        "to collect",
    ),
    # "trebuia s-o las acasă": it was an illness the parent should have kept her at home for
    (
        r"trebuia (?:s[ăa] (?:o |[îi]l |[îi]i )?|s-o |s-l |s-i )(?:las|l[ăa]sam|[țt]in|[țt]ineam|r[ăa]m[âa]n[ăa]) acas[ăa]",
        "should have kept her at home",
    ),
    (
        r"v[ăa] (?:anun[țt]|anun[țt][ăa]m|spun|zic|scriu) (?:[șs]i )?(?:pt\.?|pentru|de|despre) m[âa]ine",
        "i'll let you know about tomorrow",
    ),
    (r"din cauza|din pricina", "because of"),
    (
        r"(?:pentru|pt\.?) c[ăa](?= )|deoarece|fiindc[ăa]|(?<=, )c[ăa](?= (?:are|a |au |e |este|s-a|o doare|[îi]l doare|nu se simte))",
        "because",
    ),
    # "știu că nu e aprobat": the parent knows the absence is not authorised
    (
        r"nu (?:e|este|va fi|se|o s[ăa] fie) (?:aprobat[ăa]?|aprob[ăa]|autorizat[ăa]?|autoriz[ăa]|motivat[ăa]?|motiveaz[ăa])",
        "it's not authorised",
    ),
    (r"cu ma[șs]ina", "by car"),
    # "până la vacanță", "din prima zi după vacanță": the school holiday as a bound
    (r"p[âa]n[ăa] la vacan[țt][ăa]", "until the holiday"),
    (
        r"(?:din|[îi]n|de) prima zi (?:de [șs]coal[ăa] )?(?:dup[ăa]|de dup[ăa]) vacan[țt][ăa]",
        "on the first day after the holiday",
    ),
    (
        r"(?:vrem s[ăa] |vreau s[ăa] )?v[ăa] (?:anun[țt]|anun[țt][ăa]m|anun[țt]a[mț]) c[ăa]",
        "just so you know",
    ),
    (r"ca de obicei|ca [îi]ntotdeauna", "as usual"),
    # "nu o mai aduc înapoi după": out for the rest of the day
    (
        r"(?:nu|n-) ?(?:o|[îi]l|[îi]i|-l|-o|-i) mai (?:aduc|aducem|duc|ducem)(?: [îi]napoi)?(?: la [șs]coal[ăa])?(?: dup[ăa](?: aceea| asta)?)?",
        "won't bring her back afterwards",
    ),
    # "Matei rămâne până la final": a sibling staying in school all day
    (
        r"r[ăa]m[âa]n(?:e|em)? (?:la [șs]coal[ăa] )?p[âa]n[ăa] la (?:final|sf[âa]r[șs]it|(?:ora )?(?:3|15)(?:[:.]\d\d)?)"
        r"(?: (?:zilei|programului|orelor))?",
        "is staying for the whole day",
    ),
    # the parent's own appointment, not the child's
    (
        r"(?:eu|noi) (?:am|avem) (?:o )?programare(?: la (?:spital|doctor|medic|dentist|clinic[ăa]|policlinic[ăa]))?",
        "i am busy",
    ),
    (r"(?:s[ăa] )?(?:stea cu|aib[ăa] grij[ăa] de|p[ăa]zeasc[ăa]|supravegheze)", "look after"),
    (r"fr[ăa][țt]ior\w*|fratele (?:lui |ei )?(?:mai )?mic", "her little brother"),
    (r"surioar\w*|sora (?:lui |ei )?(?:mai )?mic[ăa]", "her little sister"),
    (r"(?:la )?cump[ăa]r[ăa]turi|(?:la )?shopping", "shopping"),
    *((day + _BACK_AS_NORMAL, "back " + english) for day, english in _WEEKDAYS),
    *((day + _BACK_ON, "back on " + english) for day, english in _WEEKDAYS),
    (r"(?:azi|ast[ăa]zi)" + _BACK_ON, "back today"),
    (r"m[âa]ine" + _BACK_ON, "back tomorrow"),
    # "mâine vine normal", "mâine e din nou la școală": in again tomorrow
    (
        r"m[âa]ine (?:(?:el|ea|ei|ele) )?(?:vine|vin|va veni|vor veni|merge|merg|va fi|vor fi|e|este|sunt)(?: din nou| [îi]napoi)?"
        r"(?: la [șs]coal[ăa])?(?: normal| ca de obicei)(?: la [șs]coal[ăa])?"
        r"|(?:vine|vin|va veni|vor veni|merge|merg|va merge|vor merge) m[âa]ine(?: la [șs]coal[ăa])? (?:normal|ca de obicei)",
        "will be in tomorrow as normal",
    ),
    (
        r"m[âa]ine (?:(?:el|ea|ei|ele) )?(?:e|este|sunt|va fi|vor fi) (?:din nou|[îi]napoi) la [șs]coal[ăa]",
        "back tomorrow",
    ),
    # "vin la școală de luni 11 ianuarie": coming in from a day is being back then.
    (
        r"(?:vin|vine|vor veni|va veni|merg|merge|vor merge|va merge|revin|revine|se [îi]ntorc|se [îi]ntoarce)"
        r"(?: [îi]napoi)? la [șs]coal[ăa](?= (?:de |din |de la |[îi]ncep[âa]nd )?(?:de )?(?:pe )?"
        r"(?:" + _DAYS + r"|m[âa]ine|poim[âa]ine|\d))",
        "are back at school",
    ),
    # "până după Bobotează": a feast day that only marks the end of a stay is no religious reason.
    (
        r"p[âa]n[ăa] (?:dup[ăa] (?:cr[ăa]ciun|anul nou|revelion|pa[șs]te|boboteaz[ăa]|sf[âa]ntul ion|sf\. ?ion)"
        r"|(?:la |de )?(?:boboteaz[ăa]|sf[âa]ntul ion|sf\. ?ion))"
        r"(?:(?:,| [șs]i) (?:de |la )?(?:boboteaz[ăa]|sf[âa]ntul ion|sf\. ?ion|anul nou))?",
        "until after the holidays",
    ),
    # "ultima zi la școală pentru ei e marți 15": the day before the absence
    (
        r"ultima (?:lor |sa |s[ăa] |lui )?zi (?:la|de) [șşs]coal[ăa](?: (?:pt\.?|pentru) (?:ei|ea|el|ele))?"
        r" (?:e|este|va fi|o s[ăa] fie|ar fi)",
        "their last day at school will be",
    ),
    (r"ignora[țt]i(?: (?:mesajul|ultimul mesaj)(?: anterior)?)?", "ignore my last message"),
    # "nu mai luați în seamă mesajul de aseară", "nu țineți cont de mesajul meu"
    (
        r"nu (?:mai )?(?:lua[țt]i [îi]n (?:seam[ăa]|considerare)|[țt]ine[țt]i cont de)(?: (?:mesajul|ultimul mesaj)(?: meu)?)?",
        "please ignore my message",
    ),
    # stuck in traffic / arriving by a time: "ajunge pe la 9:40 cel mai devreme"
    (
        r"(?:suntem|sunt|am r[ăa]mas|au r[ăa]mas|st[ăa]m) bloca[țt]i?(?: [îi]n trafic| [îi]n ambuteiaj)?",
        "we are stuck in traffic",
    ),
    (
        r"(?:o s[ăa] |va |vom |vor )?(?:ajung(?:em|e|em)?|ajung[ăa]) (?:(?:cam )?pe la|[îi]n jur de|p[âa]n[ăa] la|la|pe la ora|la ora)(?= \d)",
        "will be in by",
    ),
    (r"cel (?:mai )?devreme", "at the earliest"),
    (r"cel (?:mai )?t[âa]rziu", "at the latest"),
    (r"inclusiv", "inclusive"),
    (
        r"(?:e|este|sunt) deja (?:la|[îi]n) [șs]coal[ăa](?: cu (?:tat[ăa]l|mama|bunic\w*|fratele|sora) (?:ei|lui|lor))?",
        "is in school already",
    ),
    (
        r"(?:vine|va veni|merge|va merge) totu[șs]i(?: la [șs]coal[ăa])?|totu[șs]i (?:vine|va veni|merge|va merge)"
        r"(?: la [șs]coal[ăa])?",
        "will be in after all",
    ),
    (
        r"programarea(?=(?: [\w-]+){0,7} (?:a fost (?:anulat|am[âa]nat|mutat)[ăa]|s-a (?:anulat|am[âa]nat|mutat)))",
        "cancelled appointment",
    ),
    # "au anulat programarea (de azi)": the clinic called it off
    (
        r"(?:au|a|am|s-a|ne-au|ne-a) (?:anulat|contramandat|am[âa]nat) programarea",
        "the appointment has been cancelled",
    ),
    (r"(?:a fost (?:anulat|am[âa]nat|mutat)[ăa]?|s-a (?:anulat|am[âa]nat|mutat))", "has been cancelled"),
    # "nu mai e nevoie să o pregătiți": a pick-up asked for earlier is no longer needed
    (r"nu mai (?:e|este) nevoie|nu mai trebuie", "no need any more"),
    # asked of the school: have the child ready for collection
    (r"s[ăa] (?:o|[îi]l|[îi]i) preg[ăa]ti[țt]i(?: pe)?", "to get ready to collect"),
    # "i-au ieșit bubițe vineri": when the rash appeared, not a day of the absence
    (
        r"(?:i|le)-a(?:u)? (?:ie[șs]it|ap[ăa]rut) (?:ni[șs]te )?(?:bub\w*|pete\w*|puncte\w*|co[șs]uri\w*|eru[pț]\w*|b[ăa][șs]ic\w*)",
        "came out in spots",
    ),
    (r"anula[țt]i|anulez", "cancel that"),
    (r"am gre[șs]it (?:ziua|data|zilele)", "correction, i got the day wrong"),
    (r"am gre[șs]it|o gre[șs]eal[ăa]|din gre[șs]eal[ăa]", "ignore my last message"),
    (
        r"dac[ăa] m[âa]ine (?:e|este|se simte|va fi|[îi]i e) (?:ok|bine|mai bine|[îi]n regul[ăa])"
        r"|dac[ăa] (?:e|este|se simte|va fi|[îi]i e) (?:ok|bine|mai bine|[îi]n regul[ăa]) m[âa]ine",
        "will see how she is tomorrow, if fine",
    ),
    # "Luni revine la școală dacă e ok": a return day said with a proviso is still the return day
    (
        r"dac[ăa] (?:e|este|se simte|va fi|[îi]i e|totul e|totul este|totul merge) (?:ok|bine|mai bine|[îi]n regul[ăa])",
        "if she is ok",
    ),
    (
        r"v[ăa] (?:[țt]in|[țt]inem) (?:la curent|informa[țt]\w*)|v[ăa] (?:anun[țt]|anun[țt][ăa]m|voi anun[țt]a|spun) c[âa]nd"
        r"|revin cu (?:detalii|nout[ăa][țt]i|ve[șs]ti)",
        "will let you know when",
    ),
    (r"nu [șs]ti(?:u|m) c[âa]nd|nu [șs]ti(?:u|m) c[âa]t", "not sure when"),
    (r"p[âa]n[ăa] (?:se face bine|[îi]i trece|se vindec[ăa])", "until she's better"),
    (
        r"(?:p[âa]n[ăa] la urm[ăa]|[îi]n final|de fapt) (?:vine|va veni|merge|va merge|vin|vor veni)(?: la [șs]coal[ăa])?",
        "will be in after all",
    ),
    (r"p[âa]n[ăa] la urm[ăa]", "after all"),
    (
        r"(?:p[âa]n[ăa] )?(?:la )?sf[âa]r[șs]itul s[ăa]pt[ăa]m[âa]nii(?: (?:[ăa]steia|acesteia))?",
        "until the end of the week",
    ),
    (
        r"(?:ni |mi )?s-a stricat ma[șs]ina|ma[șs]ina (?:s-a stricat|nu (?:a )?(?:vrut s[ăa] )?(?:porne[șs]te|porneasc[ăa]|pornit))",
        "the car broke down",
    ),
    (r"(?:poate|putea|pot) (?:s[ăa] )?pleca", "can leave"),
    (r"mai devreme", "early"),
    (r"tot(?= (?:nu se simte|bolnav|are|r[ăa]m[âa]ne|tu[șs]e[șs]te|vomit))", "still"),
    (r"(?:a|au) (?:r[ăa]mas|stat) (?:\w+ )?acas[ăa]", "stayed home"),
    (r"(?:azi|ast[ăa]zi) r[ăa]m[âa]n(?:e|em) (?:tot |[îi]nc[ăa] )?acas[ăa]", "is staying at home today"),
    (r"r[ăa]m[âa]ne (?:tot |[îi]nc[ăa] )?acas[ăa]", "staying at home"),
    (r"[îi]ntre(?= \d)", "between"),
    (r"sper (?:c[ăa]|s[ăa])", "hopefully"),
    (r"ortodont\w*", "orthodontist"),
    (r"am[âa]ndoi|am[âa]ndou[ăa]", "both"),
    (r"control(?:ul)?(?: medical| de rutin[ăa])?", "check-up"),
    (r"la ora (?:normal[ăa]|obi[șs]nuit[ăa])", "at the usual time"),
    (r"(?:cea|cel) (?:mai )?mic(?:[ăa]|ul)?|(?:cea|cel) (?:mai )?mic[ăa]?|mezin\w*", "the youngest"),
    (r"(?:cea|cel) (?:mai )?mare", "the eldest"),
    (r"ceilal[țt]i|celelalte", "the others"),
    (r"cel[ăa]lalt|cealalt[ăa]", "the other one"),
    (
        r"(?:l-|i-)?am [țt]inut(?:-o|-i|-l)? acas[ăa]|l-am l[ăa]sat acas[ăa]|am l[ăa]sat-o acas[ăa]|i-am l[ăa]sat acas[ăa]",
        "kept him at home",
    ),
    (
        r"(?:[îi]l|o|[îi]i) (?:[țt]in|[țt]inem|p[ăa]strez|p[ăa]str[ăa]m) acas[ăa]",
        "keeping her at home",
    ),
    (
        r"(?:(?:[îi]l|o|[îi]i) (?:aduc|aducem|duc|ducem|va aduce)|(?:vine|vin|va veni|vor veni|merge|merg|va merge)) totu[șs]i"
        r"(?: la [șs]coal[ăa])?|totu[șs]i (?:(?:[îi]l|o|[îi]i) (?:aduc|aducem|duc|ducem)|vine|vin|va veni|merge|merg)(?: la [șs]coal[ăa])?",
        "will be in after all",
    ),
    (r"toat[ăa] noaptea", "all night"),
    (r"(?:s-a|s-au) trezit f[ăa]r[ăa] (?:febr[ăa]|temperatur[ăa])", "no temperature now"),
    # "scuze că nu v-am scris ieri": not having written is no earlier message; the day stays.
    (
        r"(?:c[ăa] )?nu (?:v-)?am (?:scris|anun[țt]at|spus|zis|trimis (?:un )?mesaj)|(?:c[ăa] )?n-am (?:scris|anun[țt]at|apucat s[ăa] (?:v[ăa] )?(?:scriu|anun[țt]))",
        "that i didn't let you know",
    ),
    # "v-am scris ieri că nu vine azi": the day of the earlier message is not a day of the absence.
    (
        r"(?:ieri )?(?:v-)?am (?:scris|trimis (?:un )?mesaj|spus|zis|anun[țt]at)(?: ieri| aseara| asear[ăa])?",
        "i messaged you earlier",
    ),
    (r"(?:s-a|s-au) trezit (?:bine|ok|mai bine|s[ăa]n[ăa]to[șs]i?)", "is feeling better"),
    (
        r"(?:a[șs]a c[ăa]|deci|p[âa]n[ăa] la urm[ăa]|totu[șs]i) (?:[îi]l|o|[îi]i) (?:aduc|aducem|duc|ducem|trimit|trimitem)(?: totu[șs]i| normal)?(?: la [șs]coal[ăa])?(?: normal| ca de obicei)?(?: la ora (?:normal[ăa]|obi[șs]nuit[ăa]))?"
        r"(?= *(?:[.!,;]|$))|(?:[îi]l|o|[îi]i) (?:aduc|aducem|duc|ducem) la [șs]coal[ăa] la ora (?:normal[ăa]|obi[șs]nuit[ăa])",
        "so will be in after all",
    ),
    (r"v-am (?:scris|trimis (?:un )?mesaj|spus|zis)", "i messaged you"),
    (r"vr(?:ea|eau) (?:s[ăa] (?:mearg[ăa]|vin[ăa]) )?la [șs]coal[ăa]", "wants to go to school"),
    (r"bunic(?:ul|ului|ii|a)?|bunicu", "the family's grandparent"),
    (
        r"(?:nu a|n-a|nu au|n-au) (?:fost|venit|mers) la [șs]coal[ăa]|(?:a|au) lipsit de la [șs]coal[ăa]",
        "was off school",
    ),
    (r"nu a fost|n-a fost|a lipsit|au lipsit|nu a venit|n-a venit|nu au venit", "was off"),
    (
        r"(?:azi|ast[ăa]zi) (?:e|este|sunt|a venit|au venit|s-a [îi]ntors|s-au [îi]ntors|a mers|au mers)(?: din nou)? la [șs]coal[ăa]",
        "is back at school today",
    ),
    (r"(?:s-a|s-au) [îi]ntors la [șs]coal[ăa]|(?:a|au) revenit la [șs]coal[ăa]", "went back to school"),
    (r"(?:a|au) stat acas[ăa]|(?:a|au) r[ăa]mas acas[ăa]", "stayed home"),
    # "Daria a venit azi la școală": a sibling who is in school
    (
        r"(?:a|au) venit (?:azi|ast[ăa]zi) la [șs]coal[ăa]|(?:a|au) venit la [șs]coal[ăa] (?:azi|ast[ăa]zi)",
        "was in school today",
    ),
    (r"(?:a|au) venit la [șs]coal[ăa]", "was in school"),
    (r"(?:a|au) venit(?: la [șs]coal[ăa])?", "has come in"),
    (r"nu (?:se )?mai (?:[îi]ntoarce|[îi]ntorc|revine|revin|vine|vin)(?: la [șs]coal[ăa])?", "won't be back"),
    (r"(?:[îi]mi|ne) cer(?:em)? scuze|scuze", "sorry"),
    (r"nu (?:v-)?am anun[țt]at|n-am anun[țt]at", "didn't let you know"),
    (r"(?:a|au) avut", "had"),
    (
        r"(?:am|a|au) f[ăa]cut (?:o )?pan[ăa](?: de cauciuc)?|pan[ăa] de cauciuc|(?:un )?cauciuc (?:spart|dezumflat)",
        "flat tyre",
    ),
    (r"(?:am|a|au) (?:r[ăa]mas|avut) (?:o )?pan[ăa](?: cu ma[șs]ina)?", "car broke down"),
    (r"(?:pe|[îi]n) drum(?: spre [șs]coal[ăa])?|pe drum", "on the way"),
    (
        r"(?:de )?(?:azi|ast[ăa]zi) (?:e|este|se simte) (?:mai )?bine|(?:azi|ast[ăa]zi) (?:e|este) (?:ok|[îi]n regul[ăa])",
        "fine and back today",
    ),
    (r"(?:e|este|se simte) (?:mai )?bine", "is feeling better"),
    # "Mâine vine normal": tomorrow is the day back, as "marți vin normal" is
    (
        r"(?:de )?m[âa]ine (?:(?:el|ea|ei|ele) )?(?:vin|vine|vor veni|va veni|merg|merge|va merge|vor merge|e|este|va fi)"
        r"(?: la [șs]coal[ăa])? (?:normal|ca de obicei)",
        "back on tomorrow as normal",
    ),
    (
        _AFTER_DAY + r"(?:vin|vine|vor veni|va veni|merg|merge)(?: la [șs]coal[ăa])? (?:normal|ca de obicei)",
        "as normal",
    ),
    (
        r"(?:vin|vine|vor veni|va veni|merg|merge)(?: la [șs]coal[ăa])? (?:normal|ca de obicei)",
        "will be in as normal",
    ),
    (
        r"nu (?:va |vor |vom |o s[ăa] |or s[ăa] )?(?:veni|vin[ăa]|vine|vin|merge|mearg[ăa]|merg|poate veni|poate merge"
        r"|pot veni|pot merge|va fi|vor fi|e|este|sunt)"
        r"(?: la [șs]coal[ăa])?",
        "won't be in",
    ),
    (r"[șs]i nici", "and"),
    (
        r"absent\w*|lipse[șs]te|lipsesc|(?:va|vor|o s[ăa]) lipsi|o s[ăa] lipseasc[ăa]|s[ăa] lipseasc[ăa]|lipsi",
        "absent",
    ),
    (r"(?:r[ăa]m[âa]n\w*|st[ăa]|stea|stau|va sta|vor sta|e|este|sunt) acas[ăa]", "staying at home"),
    (r"acas[ăa]", "home"),
    (r"[îi]nt[âa]rzi\w*", "late"),
    (r"azi diminea[țt][ăa]|ast[ăa]zi diminea[țt][ăa]", "this morning"),
    (r"azi noapte|noaptea trecut[ăa]|[îi]n timpul nop[țt]ii|asear[ăa]|ieri sear[ăa]", "last night"),
    (r"poim[âa]ine", "day after tomorrow"),
    (r"ast[ăa]zi|azi", "today"),
    (r"m[âa]ine", "tomorrow"),
    (r"ieri", "yesterday"),
    (r"toat[ăa] s[ăa]pt[ăa]m[âa]na (?:viitoare|urm[ăa]toare)", "all next week"),
    (r"toat[ăa] ziua|o zi [îi]ntreag[ăa]", "all day"),
    (r"s[ăa]pt[ăa]m[âa]na (?:viitoare|urm[ăa]toare)", "next week"),
    (
        r"s[ăa]pt[ăa]m[âa]na (?:aceasta|asta) [șs]i (?:s[ăa]pt[ăa]m[âa]na )?(?:viitoare|urm[ăa]toare)",
        "this week and next week",
    ),
    (r"s[ăa]pt[ăa]m[âa]na (?:aceasta|asta)", "this week"),
    (r"toat[ăa] s[ăa]pt[ăa]m[âa]na trecut[ăa]|s[ăa]pt[ăa]m[âa]na trecut[ăa] toat[ăa]", "all last week"),
    (r"(?:[îi]n )?restul s[ăa]pt[ăa]m[âa]nii", "for the rest of the week"),
    (r"(?:c[âa]t|ce) (?:a )?(?:mai )?r[ăa]mas din s[ăa]pt[ăa]m[âa]n[ăa]", "for the rest of the week"),
    (r"o s[ăa]pt[ăa]m[âa]n[ăa]", "a week"),
    (r"scutir\w*", "sick note"),
    (
        r"(?:p[âa]n[ăa] )?(?:la )?(?:sf[âa]r[șs]itul|finalul) (?:semestrului|trimestrului|modulului|anului calendaristic)",
        "until the end of term",
    ),
    (r"(?:de la )?(?:primele|prima) (?:ore|or[ăa]|lec[țt]ii|lec[țt]ie)", "morning lessons"),
    (
        r"(?:picior|bra[țt]|m[âa]n)\w* rupt\w*|(?:[șs]i-a |a )?rupt (?:piciorul|bra[țt]ul|m[âa]na)",
        "a broken leg",
    ),
    (r"(?:[șs]i-a |s-a |a )?rupt\w*", "broken"),
    (r"abia(?= (?:" + _DAYS[3:-1] + r"|pe |m[âa]ine|poim[âa]ine|s[ăa]pt[ăa]m[âa]n))", ""),
    *(
        (
            r"(?:pe )?(?:data de )?"
            + word
            + r"(?= (?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie))",
            f"on the {day}th",
        )
        for day, word in _DAY_NUMBERS
    ),
    (r"toat[ăa] s[ăa]pt[ăa]m[âa]na", "all week"),
    (r"viitoare|urm[ăa]toare", "next week"),
    *_WEEKDAYS,
    (r"la [șs]coal[ăa]", "to school"),
    (r"[șs]coal[ăa]", "school"),
    (r"(?:se (?:va |vor )?)?[îi]ntoarce|(?:se (?:vor )?)?[îi]ntorc\w*|revin\w*|[îi]napoi", "back"),
    (r"ianuarie", "january"),
    (r"februarie", "february"),
    (r"martie", "march"),
    (r"aprilie", "april"),
    (r"(?<=\d )mai", "may"),
    (r"iunie", "june"),
    (r"iulie", "july"),
    (r"(?<=\d )august", "august"),
    (r"septembrie", "september"),
    (r"octombrie", "october"),
    (r"noiembrie", "november"),
    (r"decembrie", "december"),
    # "de joi stă în pat": ill since a past day
    (
        r"de(?= "
        + _DAYS
        + r"\w* (?:\w+ )?(?:st[ăa] [îi]n pat|zace|e bolnav|este bolnav|are febr|tu[șs]e[șs]te|vom[ăa]))",
        "since",
    ),
    (r"(?:de|din)(?= (?:m[âa]ine|azi|ast[ăa]zi) p[âa]n[ăa])|din(?= \d)", "from"),
    (
        r"(?:(?<=m[âa]ine )|(?<=azi )|(?<=ast[ăa]zi ))p[âa]n[ăa](?: (?:[îi]n|pe))?(?= " + _DAYS + ")",
        "to",
    ),
    (r"de pe(?= \d)|de la|[îi]ncep[âa]nd (?:de )?(?:cu|de)|de(?= " + _DAYS + ")", "from"),
    (r"(?<=\d )p[âa]n[ăa](?: (?:[îi]n|la|pe))?(?= \d)", "to"),
    (r"p[âa]n[ăa](?: (?:[îi]n|la))?", "until"),
    (r"(?:o) zi(?:le)?", "1 days"),
    (r"(?:dou[ăa]) zi(?:le)?", "2 days"),
    (r"(?:trei) zi(?:le)?", "3 days"),
    (r"(?:patru) zi(?:le)?", "4 days"),
    (r"(?:cinci) zi(?:le)?", "5 days"),
    (r"(?<=\d )zile", "days"),
    (r"la ora|la(?= \d)", "at"),
    # "miercuri pe 20": the weekday's date
    (r"(?:(?<=luni )|(?<=mar[țţt]i )|(?<=miercuri )|(?<=joi )|(?<=vineri ))pe(?= \d)", "the"),
    (r"(?:sunt|vor fi|va fi) (?:din nou |[îi]napoi )la [șşs]coal[ăa]", "they are back at school"),
    (
        r"pe(?= \d)|[îi]n(?= \d+ (?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie"
        r"|noiembrie|decembrie))",
        "on",
    ),
    (r"pe la(?= \d)|[îi]n jur de(?= \d)|cam pe la(?= \d)", "around"),
    (
        r"(?:[îi]l|o|[îi]i) (?:aduc|aducem|duc|ducem|va aduce|aduce)(?: eu| noi| tata| tat[ăa]l \w+)? mai t[âa]rziu",
        "will be in later",
    ),
    (r"mai t[âa]rziu", "later"),
    (
        r"(?:[îi]l|o|[îi]i) (?:aduc|aducem|duc|ducem|va aduce|vom aduce)(?: eu| noi)? la [șs]coal[ăa]",
        "bringing them to school",
    ),
    (r"ajung(?:em|e|)", "arriving"),
    (
        r"(?:apoi|dup[ăa] aceea|pe urm[ăa]) (?:vine|va veni|merge|va merge)(?: la [șs]coal[ăa])?",
        "then coming to school",
    ),
    (r"imediat dup[ăa]|(?:direct|imediat) de la|de cum (?:termin[ăa]m|iese|ie[șs]im)", "straight after"),
    # "vin la școală după, pe la 11:30": in later that day
    (
        r"(?:vine|vin|va veni|vor veni|merge|merg) la [șs]coal[ăa] dup[ăa](?= *[,.!;])",
        "coming to school later",
    ),
    (
        r"dup[ăa] aceea|dup[ăa] (?:asta|aceasta|aia)|dup[ăa] (?:programare|consulta[țt]ie|vizit[ăa])"
        r"|dup[ăa](?= *(?:[,.!;]|$))",
        "afterwards",
    ),
    (r"apoi|pe urm[ăa]", "then"),
    (r"(?:[îi]l|o) (?:iau|voi lua) (?:\w+ )?mai devreme", "pick her up early"),
    # "o să iau copiii de la școală la 12", "trebuie să-l iau pe Matei"
    (
        r"(?:(?:o|am|trebuie|vin|vrem|vreau) s[ăa] (?:[îi]l |o |[îi]i )?(?:iau|lu[ăa]m)|voi lua|vom lua)(?= )",
        "will pick up",
    ),
    # "îi aduc pe Ianis și pe Daria la școală după slujbă": brought in later that day
    (r"(?:[îi]l|o|[îi]i) (?:aduc|aducem|ducem|duc) pe(?= )", "will bring"),
    # "pe Ioana și pe Mihai": the object marker before a second name
    (r"(?<=\w )[șs]i pe(?= [a-zăâîșț]+ (?:la|de|din|acas[ăa]|[îi]n)\b)(?! (?:la|de|din|[îi]n)\b)", "and"),
    (
        r"(?:vine|va veni|merge|va merge|vin|vor veni) (?:azi|ast[ăa]zi)(?: la [șs]coal[ăa])?",
        "will be in today",
    ),
    (r"[șs]i probabil [șs]i", "and probably also"),
    (r"(?:[îi]l|o|[îi]i) (?:iau|vom lua|voi lua|lu[ăa]m)", "pick up"),
    # "Azi vine la școală": the child is in today.
    (
        r"(?:(?<=azi )|(?<=ast[ăa]zi )|(?<=[șs]i ))(?:vine|va veni|merge|va merge) la [șs]coal[ăa]",
        "will be at school",
    ),
    (r"(?:vin|vine|va veni|vor veni) la [șs]coal[ăa]", "coming to school"),
    (r"(?:[îi]l|o) aduc|vine|va veni", "coming"),
    # "după masa de prânz / de Crăciun": after a meal, not the afternoon
    (r"dup[ăa] mas[ae] de (?:pr[âa]nz|cr[ăa]ciun|la (?:[șs]coal[ăa]|cantin[ăa]))", "after lunch"),
    # "îi aduc la școală după-amiază": in for the afternoon, so away in the morning
    (r"(?<=[șs]coal[ăa] )(?:dup[ăa][- ]?amiaz[ăa]|dup[ăa] masa)", "for the afternoon"),
    (r"dup[ăa][- ]?amiaz[ăa]|dup[ăa] masa", "afternoon"),
    (r"dup[ăa]", "after"),
    (r"la pr[âa]nz", "lunchtime"),
    (r"diminea[țt][ăa]", "morning"),
    # the everyday vocabulary of each reason, as a dictionary lists it (tests/vocabulary/ro.tsv)
    (r"eczem\w*", "eczema"),
    (r"erup[țt]i\w*|irita[țt]i\w*|bubi[țt]\w*|pete ro[șs]ii", "rash"),
    (
        r"(?:[îi]l|o) doare (?:o |un )?(?:m[ăa]sea|m[ăa]seaua|dinte|dintele|din[țt]ii)|dureri? de (?:m[ăa]sea|din[țt]i|dinte)",
        "toothache",
    ),
    (r"dureri menstruale|menstrua\w*|(?:are|e la) ciclu", "period pain"),
    (r"se simte (?:foarte |cam |tare )?r[ăa]u|indispus\w*|boln[ăa]vior\w*", "unwell"),
    (r"ame[țt]e\w*|i se [îi]nv[âa]rte capul|le[șs]in\w*", "dizzy"),
    (r"sl[ăa]bit\w*|epuizat\w*|sl[ăa]bi[ct]iune", "washed out"),
    (r"palid\w*", "pale"),
    (r"grea[țt][aă](?!\w)|gre[țt]uri", "nausea"),  # not "great ormond street"
    (r"str[ăa]nut\w*|(?:[îi]i )?curge nasul|nas(?:ul)? [îi]nfundat", "runny nose"),
    (r"angin\w*", "tonsillitis"),
    (r"(?:boala )?m[âa]n[ăa][- ]picior[- ]gur[ăa]", "hand foot and mouth"),
    (r"sinuzit\w*", "sinusitis"),
    (r"viermi\w*|oxiuri", "worms"),
    (r"pojar\w*|rujeol\w*", "measles"),
    (r"oreion\w*", "mumps"),
    (r"scarlatin\w*", "scarlet fever"),
    (r"copc\w*|sutur\w*", "stitches"),
    (r"ghips\w*|atel[ăa]|atela", "in a cast"),
    (r"como[țt]i\w*(?: cerebral\w*)?", "concussion"),
    (
        r"(?:a )?c[ăa]zut de pe (?:biciclet[ăa]|trotinet[ăa]|skateboard|trambulin[ăa]|cal|leag[ăa]n)",
        "fell off the bike",
    ),
    (r"c[ăa]z[ăa]tur\w*", "had a fall and is hurt"),
    (r"accident[ăa]r\w*", "injury"),
    (r"deprimat\w*|depresi\w*", "depressed"),
    (r"stresat\w*|anxio\w*|panic\w*", "anxious"),
    (r"emo[țt]ional\w*|psihic\w*", "struggling emotionally"),
    (r"oftalmolog\w*", "optician"),
    (r"test\w* (?:de|la) auz|audiometri\w*|audiolog\w*", "hearing test"),
    (r"ecografi\w*", "ultrasound"),
    (r"rmn|rezonan[țt][ăa] magnetic[ăa]", "mri"),
    (r"radiografi\w*", "x-ray"),
    (
        r"dermatolog\w*|cardiolog\w*|alergolog\w*|neurolog\w*|endocrinolog\w*|pediatr\w*|ortoped\w*|specialist\w*",
        "consultant",
    ),
    (r"vaccin\w*", "vaccination"),
    (r"(?:prima )?[îi]mp[ăa]rt[ăa][șs]\w*|cumineca\w*", "first communion"),
    (r"boboteaz\w*", "epiphany"),
    (r"s[ăa]rb[ăa]toare\w* religioas\w*|religioas\w*|religios\w*", "religious holy day"),
    (r"ortodox\w*", "orthodox"),
    (r"deces\w*", "death"),
    (r"proces(?:ul)? (?:la tribunal|[îi]n instan[țt][ăa])|tribunal\w*|instan[țt][ăa]", "court hearing"),
    (r"examen\w* de admitere|test\w* de admitere|admitere\w*", "entrance exam"),
    (r"audi[țt]i\w*|preselec[țt]i\w*", "audition"),
    (r"b[âa]lci\w*", "fairground"),
    (r"circ(?:ul|ului)?(?!\w)", "circus"),
    (r"[îi]n turneu|turne\w*", "travelling for work"),
    (r"militar\w*|armat[ăa]", "forces"),
    (r"taxi\w*", "taxi"),
    (r"microbuz\w*", "minibus"),
    (r"autobuz\w*", "bus"),
    (r"[îi]nso[țt]itor\w*", "escort"),
    (r"z[ăa]pad\w*|z[ăa]pez\w*|ninsoare\w*|ninge|viscol\w*", "snow"),
    (r"[îi]nghe[țt]at\w*|polei\w*|ghea[țt][ăa]", "icy roads"),
    (r"grev\w*", "strike"),
    (r"tren(?:ul|urile|ului|uri)?(?!\w)", "train"),
    (r"anulat\w*", "cancelled"),
    (r"furtun\w*|vijeli\w*|uragan\w*", "storm"),
    (r"carantin\w*", "quarantine"),
    (r"izol[ăa]r\w*|izola\w*", "isolation"),
    (r"gr[ăa]dina zoologic[ăa]|zoo\w*", "zoo"),
    (r"cinema\w*|la film", "cinema"),
    (r"filmeaz[ăa]|filmare\w*|filmări|filmari", "filming"),
    (r"licen[țt]\w*", "performance licence"),
    (r"(?:ca |de )model(?!\w)|modeling|pozeaz\w*", "modelling"),
    (r"conjunctivit\w*", "conjunctivitis"),
    (r"infec[țt]i\w*", "infection"),
    (r"dureri? de (?:burt[ăa]|stomac)", "stomach"),
    (r"dureri? de cap", "headache"),
    (r"bolnav\w*", "ill"),
    (r"r[ăa]ci[țt]\w*|r[ăa]ceal[ăa]", "a bad cold"),
    # "are 38 de grade", "38,5": a fever told by its degrees
    (r"(?:3[89]|40)(?:[.,]\d)? (?:de )?grade", "a temperature"),
    (r"(?:febr[ăa]|temperatur[ăa]) (?:mare|ridicat[ăa]|foarte mare)", "a high temperature"),
    (r"febr[ăa]|temperatur[ăa]", "temperature"),
    (r"vom[ăa]\w*|vomit\w*|v[ăa]rs\w*", "vomiting"),
    (r"tu[șs]e\w*|tu[șs]it|tu[șs]ind", "cough"),
    (r"grip\w*", "flu"),
    (r"bron[șs]it\w*", "bronchitis"),
    (r"pneumoni\w*", "pneumonia"),
    (r"otit\w*", "ear infection"),
    (r"g[âa]t(?:ul)? ro[șs]u|(?:[îi]l|o) doare g[âa]tul", "sore throat"),
    (r"viroz\w*|virus\w*", "virus"),
    (r"dureri? de (?:g[âa]t|urechi)", "sore throat"),
    (r"migren\w*", "migraine"),
    (r"durere de cap|(?:[îi]l|o) doare capul", "headache"),
    (r"durere de burt[ăa]|(?:[îi]l|o) doare burta", "stomach"),
    (r"nu se simte (?:prea )?bine", "unwell"),
    (r"gastroenterit\w*|viroz[ăa] respiratorie", "stomach bug"),
    (r"diaree", "diarrhoea"),
    (r"varicel[ăa]", "chicken pox"),
    (r"(?:[șs]i-a )?rupt (?:m[âa]na|piciorul|bra[țt]ul|glezna)|fractur\w*", "fractured"),
    (r"accidentat\w*|lovit\w*", "injured"),
    (r"amigdalit\w*", "tonsillitis"),
    (r"programare\w*", "appointment"),
    (r"dentist\w*|stomatolog\w*", "dentist"),
    (
        r"(?:am fost|am mers|ne-am dus) cu (?:el|ea|ei|ele|copilul|copiii) la|(?:l-|i-|le-)am dus la|am dus-o la",
        "took him to the",
    ),
    (r"medic(?:ul)? de familie|medicul de familie", "the gp"),
    (r"doctor\w*|medic\w*", "doctor"),
    (r"spital\w*", "hospital"),
    (r"analize(?: de s[âa]nge)?|recolt\w* de s[âa]nge|analiz[ăa] de s[âa]nge", "blood test"),
    (r"antibiotic\w*", "antibiotics"),
    (r"[îi]nmorm[âa]ntare\w*", "funeral"),
    (r"a murit|decedat\w*", "died"),
    (r"opera[țt]i\w*", "operation"),
    (r"aglomera[țt]i\w*|trafic\w*", "traffic"),
    (r"urgen[țt][ăa] [îi]n familie", "family emergency"),
    (r"vacan[țt][ăa]|concediu", "holiday"),
    (
        r"(?:plec[ăa]m|mergem|pleac[ăa]|zbur[ăa]m) (?:din [țt]ar[ăa]|[îi]n str[ăa]in[ăa]tate|afar[ăa])|[îi]n str[ăa]in[ăa]tate",
        "going abroad",
    ),
    (r"excursie|excursia|o c[ăa]l[ăa]torie|c[ăa]l[ăa]toria", "family trip"),
    (r"zbor\w*", "flight"),
    (r"nunt[ăa]|nun[țt]ii", "wedding"),
    (r"botez\w*", "christening"),
    (
        r"(?:plec[ăa]m|mergem|zbur[ăa]m|ne ducem|pleac[ăa]|merge) acas[ăa] (?:[îi]n|la)(?= \w)",
        "going home to",
    ),
    (r"cr[ăa]ciun\w*", "christmas"),
    (r"sf[âa]ntul \w+|sf[âa]nta \w+|sf\. \w+|hram\w*", "saint's day"),
    (r"slujb\w*|liturghi\w*", "church service"),
    (r"biseric\w*", "the church"),
    (r"pa[șs]te\w*", "easter holy days"),
    (r"[îi]nvierea?|[îi]nvierii", "easter holy days"),
    (r"insola[țt]i\w*", "heatstroke"),
    (
        r"(?:festivitatea|festivitate|ceremonia|ceremonie|banchetul|festivitatea de festivitatea) de absolvire|absolvirea"
        r"|[îi][șs]i ia diploma|[îi]și prime[șs]te diploma",
        "graduation",
    ),
    (
        r"(?:am|avem|sunt|suntem) (?:o |[îi]n )?(?:deplasare (?:la|de|cu) (?:munc[ăa]|serviciu\w*)|delega[țt]ie)",
        "i am on a business trip",
    ),
    (
        r"(?:o |[îi]n )?(?:deplasare (?:la|de|cu) (?:munc[ăa]|serviciu\w*)|delega[țt]ie)",
        "on a business trip",
    ),
    (r"cu serviciul|pentru serviciu", "for work"),
    (
        r"[îi]n (?:italia|spania|fran[țt]a|germania|irlanda|belgia|austria|grecia|portugalia|moldova|republica moldova|america|canada)",
        "abroad",
    ),
    (
        r"(?:am|a|am cam) uitat s[ăa] (?:v[ăa] )?(?:anun[țt]|scriu|spun|zic)|(?:mi-a|ne-a) sc[ăa]pat s[ăa] (?:v[ăa] )?(?:anun[țt]|scriu|spun)",
        "i forgot to let you know",
    ),
    (r"(?:am |a )?uitat", "forgot"),
    (r"avea|aveau", "had"),
    (r"echipament\w*", "kit"),
    (r"recep[țt]i\w*|secretariat\w*", "reception"),
    (r"pot s[ăa]", "can i"),
    (
        r"(?:plec[ăa]m|mergem|zbur[ăa]m|pleac[ăa]|merge|zboar[ăa]|vom fi|va fi|suntem|este|e) (?:[îi]n|la|spre) rom[âa]nia",
        "going to romania",
    ),
    (r"[îi]n rom[âa]nia|la rom[âa]nia", "in romania"),
    (r"interviu", "interview"),
    (r"ziua (?:lui|ei) de na[șs]tere|aniversare", "birthday"),
    (r"cump[ăa]r[ăa]turi", "shopping"),
    (r"[îi]nc[ăa]", "still"),
    (r"a fost|au fost|era", "was"),
    # "și i-a zis să stea acasă": a new clause, what was said of the days ahead.
    (r"(?:[șs]i )?(?:i|ne|le|mi)-a (?:zis|spus|recomandat) s[ăa]", ", said to"),
    (r"am fost|am mers", "we went"),
    (r"[șs]i", "and"),
    (r"are", "has"),
    (r"au", "have"),
    (r"a[șs]a c[ăa]|deci|prin urmare", "so"),
    (r"dar|[îi]ns[ăa]", "but"),
    (r"c[ăa]", "that"),
    # "a venit la școală cu Andrei": the sibling who went in too (not "la spital cu Mihai")
    (r"(?<=[șs]coal[ăa] )cu", "with"),
    (r"pt\.?|pentru", "for"),
)

# Common words of the language that are not English words too (Latin-script detection).
STOPWORDS = frozenset(
    [
        "acasa",
        "programare",
        "programarea",
        "joi",
        "iau",
        "marți",
        "marti",
        "miercuri",
        "vineri",
        "lipsește",
        "lipseste",
        "spital",
        "după",
        "viitoare",
        "trecută",
        "trecuta",
        "săptămâna",
        "saptamana",
        "lunea",
        "marțea",
        "martea",
        "miercurea",
        "joia",
        "vinerea",
        "aceea",
        "internat",
        "revine",
        "întoarce",
        "intoarce",
        "dupa",
        "până",
        "pana",
        "mergem",
        "nici",
        "probabil",
        "febră",
        "febra",
        "răcit",
        "racit",
        "acum",
        "acasă",
        "ajungem",
        "aseara",
        "aseară",
        "cand",
        "când",
        "dimineata",
        "dimineața",
        "foarte",
        "intarzie",
        "întârzie",
        "maine",
        "pentru",
        "putin",
        "puțin",
        "stiu",
        "știu",
        "suntem",
        "astazi",
        "buna",
        "multumesc",
        "multumim",
        "scoala",
        "sunt",
        "ziua",
        "astăzi",
        "azi",
        "bolnav",
        "bolnavă",
        "bună",
        "este",
        "fi",
        "fiica",
        "fiul",
        "mea",
        "meu",
        "mulțumesc",
        "mâine",
        "nu",
        "va",
        "școala",
        "școală",
        "și",
    ]
)

DISTINCT_LETTERS = frozenset("ăşţșț")

# Endings of declined given names, added to the name without its final vowel ("Ioanei", "Elenei").
CASE_ENDINGS = r"ei|el|u[țt]a|u[țt]u|ica|i[țt]a|i[șs]or|i[șs]oara|ucu"

# Phrases meaning every child of the parent.
ALL_CHILDREN = (
    r"am[âa]ndoi|am[âa]ndou[ăa]|ambii|(?:to[țt]i )?copiii|to[țt]i trei|cei (?:doi|trei)|cele (?:dou[ăa]|trei)",
)
