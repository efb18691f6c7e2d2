"""Polish: the words the understanding step reads in this language (see lexicon/__init__.py)."""

from __future__ import annotations

_DAYS = r"(?:poniedzia|wtor|[śs]rod|czwart|pi[ąa]t|sobot|niedziel)"
# What "do" (until) goes before: a day, a date, "tomorrow", "the end of".
_UNTIL = (
    r"(?:\d|" + _DAYS[3:-1] + r"|jutra|ko[ńn]ca|po[łl]owy|przysz|nast[ęe]pn|odwo[łl]ania|[śs]wi[ąa]t|ferii)"
)

# "W środę (mam nadzieję że) już wrócą": a day said before the verb of coming back; English says it after.
# the day of the month said as an ordinal, "trzeciego grudnia": compounds before their last word
_ORDINALS = (
    *(
        (20 + unit, r"dwudziest(?:ego|y) " + word)
        for unit, word in (
            (1, r"pierwsz(?:ego|y)"),
            (2, r"drugi(?:ego)?"),
            (3, r"trzeci(?:ego)?"),
            (4, r"czwart(?:ego|y)"),
            (5, r"pi[ąa]t(?:ego|y)"),
            (6, r"sz[óo]st(?:ego|y)"),
            (7, r"si[óo]dm(?:ego|y)"),
            (8, r"[óo]sm(?:ego|y)"),
            (9, r"dziewi[ąa]t(?:ego|y)"),
        )
    ),
    (31, r"trzydziest(?:ego|y) pierwsz(?:ego|y)"),
    (30, r"trzydziest(?:ego|y)"),
    (20, r"dwudziest(?:ego|y)"),
    (19, r"dziewi[ęe]tnast(?:ego|y)"),
    (18, r"osiemnast(?:ego|y)"),
    (17, r"siedemnast(?:ego|y)"),
    (16, r"szesnast(?:ego|y)"),
    (15, r"pi[ęe]tnast(?:ego|y)"),
    (14, r"czternast(?:ego|y)"),
    (13, r"trzynast(?:ego|y)"),
    (12, r"dwunast(?:ego|y)"),
    (11, r"jedenast(?:ego|y)"),
    (10, r"dziesi[ąa]t(?:ego|y)"),
    (9, r"dziewi[ąa]t(?:ego|y)"),
    (8, r"[óo]sm(?:ego|y)"),
    (7, r"si[óo]dm(?:ego|y)"),
    (6, r"sz[óo]st(?:ego|y)"),
    (5, r"pi[ąa]t(?:ego|y)"),
    (4, r"czwart(?:ego|y)"),
    (3, r"trzeci(?:ego)?"),
    (2, r"drugi(?:ego)?"),
    (1, r"pierwsz(?:ego|y)"),
)

_WEEKDAYS = (
    (r"poniedzia[łl]\w*", "monday"),
    (r"wtor\w*", "tuesday"),
    (r"[śs]rod[ęeay]", "wednesday"),
    (r"czwart\w*", "thursday"),
    (r"pi[ąa]t(?:ek|ku)", "friday"),
)
_BACK = (
    r"(?:,? (?:mam|mamy) nadziej[ęe],? [żz]e|,? miejmy nadziej[ęe]|,? chyba|,? pewnie|,? raczej"
    r"| powinien| powinna| powinny| powinni)?(?: ju[żz])?"
    # "w poniedziałek już będzie ok i wróci": well again by then, and back
    r"(?: b[ęe]d(?:zie|[ąa]) (?:ok|okej|zdrow[aey]|zdrowi|dobrze|w porz[ąa]dku|lepiej)(?: i|,))?"
    r" (?:wr[óo]c(?:i|[ąa]|i[ćc])|wraca(?:j[ąa])?(?!\w)|b[ęe]d(?:zie|[ąa]) z powrotem|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa]) do szko[łl]y)"
    # not "w czwartek przyjdzie po wizycie": in later that same day
    r"(?! po (?:wizy|lekarz|dentys|badani|zabieg|szczepi|ortodon|kontroli|terapi|spotkani|mszy|nabo[żz]e))"
)

# a date in numbers with no preposition, "wizyta 3.12", "14.12 ma lekarza": English says "on"; not a clock
# time ("o 12.10", "po 10.30") nor a date that already has one ("od 1.12", "do 4.12")
CLOCK: tuple[tuple[str, str], ...] = (
    (
        r"(?<![\w.:/-])(?<!o )(?<!od )(?<!do )(?<!po )(?<!godz\. )(?<!godz )(?<!dnia )"
        r"(?P<h>0?[1-9]|[12]\d|3[01])[./](?P<m>0?[1-9]|1[0-2])(?:[./](?:20)?2[67])?(?![\d:]|[./]\d)",
        "on {h}/{m}",
    ),
)

GLOSSES: tuple[tuple[str, str], ...] = (
    # "wróci po weekendzie": back on the Monday
    (
        r"(?:wr[óo]ci|wr[óo]c[ąa]|wraca(?:j[ąa])?|b[ęe]d(?:zie|[ąa]) z powrotem)(?: do szko[łl]y)? (?:dopiero )?po weekendzie",
        "back on monday",
    ),
    (r"(?:a[żz] )?do po weekendu|a[żz] po weekendzie", "until after the weekend"),
    (r"po weekendzie", "after the weekend"),
    # "w najbliższy poniedziałek": the coming one
    (r"(?:w |we )?najbli[żz]sz(?:y|[ąa]|e)(?= " + _DAYS + r")", "this coming"),
    (r"przed ko[ńn]cem (?:semestru|p[óo][łl]rocza|trymestru)", "before the end of term"),
    # "będziemy około 10": arriving then
    (r"b[ęe]dziemy(?: w szkole| na miejscu)?(?= (?:ok\.?|około|okolo|ko[łl]o|o|przed|po) \d)", "arriving"),
    # "będzie tylko po południu": in for the afternoon only, so off in the morning
    (
        r"(?:b[ęe]d(?:zie|[ąa])|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa]))(?: w szkole| do szko[łl]y)? tylko"
        r" (?:po po[łl]udniu|na popo[łl]udnie|po obiedzie)",
        "will only be in for the afternoon",
    ),
    # "przyprowadzę Sama do szkoły": brought in, the child named between
    (
        r"(?:przywioz[ęe]|przyprowadz[ęe]|zaprowadz[ęe]|odprowadz[ęe]|przywieziemy|przyprowadzimy)(?= [^\W\d_]+ do szko[łl]y)",
        "i will bring",
    ),
    (r"(?:a )?(?:potem|p[óo][źz]niej|po wszystkim)(?= *(?:[.!;]|$))", "afterwards"),
    # hours said as words: "o pierwszej", "o wpół do drugiej"
    *(
        (r"o (?:godz(?:inie|\.)? )?" + word + r"(?! (?:lekcj|godzin|zmian|klas))", "at " + hour)
        for word, hour in (
            (r"wp[óo][łl] do drugiej", "1:30"),
            (r"wp[óo][łl] do pierwszej", "12:30"),
            (r"pierwszej", "1:00"),
            (r"drugiej", "2:00"),
            (r"dwunastej", "12:00"),
            (r"jedenastej", "11:00"),
            (r"dziesi[ąa]tej", "10:00"),
            (r"dziewi[ąa]tej", "9:00"),
        )
    ),
    # "będzie tylko do południa": in for the morning only, leaving at midday
    (r"tylko do (?:po[łl]udnia|obiadu|12)", "in only until lunch"),
    # "jutro przyjdzie normalnie": in tomorrow as usual (also after a change of plan)
    (
        r"jutro (?:ju[żz] )?(?:b[ęe]d(?:zie|[ąa])|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|id(?:zie|[ąa]))"
        r"(?: ju[żz])?(?: do szko[łl]y| w szkole)? (?:normalnie|jak zwykle|jak co dzie[ńn])(?: do szko[łl]y| w szkole)?",
        "will be in tomorrow as normal",
    ),
    # "idzie jutro normalnie": the same with the verb first
    (
        r"(?:b[ęe]d(?:zie|[ąa])|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|id(?:zie|[ąa])) (?:ju[żz] )?jutro"
        r"(?: ju[żz])?(?: do szko[łl]y| w szkole)? (?:normalnie|jak zwykle|jak co dzie[ńn])(?: do szko[łl]y| w szkole)?",
        "will be in as normal tomorrow",
    ),
    # a sibling who did go in: "came all week", "came both days"
    (
        r"(?<!nie )(?:by[łl](?:a|o|y|i)?|chodzi[łl](?:a|o|y|i)?)(?: w szkole| do szko[łl]y)? ca[łl]y tydzie[ńn](?: w szkole| do szko[łl]y)?(?! (?:chor|w domu|u |na zwol|nieobec|w szpit))",
        "was in all week",
    ),
    (
        r"(?<!nie )(?:by[łl](?:a|o|y|i)?|chodzi[łl](?:a|o|y|i)?)(?: w szkole| do szko[łl]y)? (?:oba|obydwa) dni(?: w szkole| do szko[łl]y)?(?! (?:chor|w domu|u |na zwol|nieobec|w szpit))",
        "was in as normal",
    ),
    # a sibling who went in as usual: "Oliwka chodziła normalnie", "Ala była normalnie w szkole"
    (
        r"(?<!nie )(?:chodzi[łl](?:a|o|y|i)?|by[łl](?:a|o|y|i)? w szkole)(?: do szko[łl]y| w szkole)?"
        r" (?:normalnie|jak zwykle)(?: w szkole| do szko[łl]y)?(?! (?:chor|w domu|u |na zwol|nieobec|w szpit))",
        "was in as normal",
    ),
    *((r"(?:w |we |od )?" + day + _BACK, "back on " + english) for day, english in _WEEKDAYS),
    # "od środy będzie już w szkole": in again from that day, so back then
    *(
        (
            r"od "
            + day
            + r" (?:ju[żz] )?(?:b[ęe]d(?:zie|[ąa])|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|chodzi[ćc] b[ęe]d(?:zie|[ąa]))"
            r"(?: ju[żz])? (?:w szkole|do szko[łl]y)",
            "back on " + english,
        )
        for day, english in _WEEKDAYS
    ),
    (r"jutro" + _BACK, "back tomorrow"),
    # a corrected day: "nie w środę, tylko w czwartek"
    (r"nie(?= (?:w |we )?" + _DAYS + r")", "not"),
    (r",? (?:tylko|lecz|ale)(?= (?:w |we )?" + _DAYS + r")", " but"),
    (
        r"(?:przyjdzie|przyjd[ąa]|b[ęe]dzie|b[ęe]d[ąa]) po (?:wizycie|lekarzu|dentys[tc]ie|badaniu|zabiegu|szczepieniu)",
        "will be in after the appointment",
    ),
    # ill since a past day: "od poniedziałku leży z grypą", "choruje od wtorku"
    (
        r"od(?= (?:(?:zesz[łl]|ubieg[łl])ego )?"
        + _DAYS
        + r"\w* (?:\w+ )?(?:le[żz]y|choruje|choruj[ąa]|jest chor\w*|s[ąa] chor\w*|ma gor[ąa]czk\w*|ma temperatur\w*|kaszle|wymiotuje"
        # "od piątku ma ospę": has had an illness since then
        + r"|ma (?:osp|gryp|angin|zapaleni|biegunk|wysypk|infekcj|rotawirus|covid|szkarlatyn|jelit[óo]wk|opryszczk)\w*))",
        "since",
    ),
    (
        r"(?:le[żz]y|choruje|choruj[ąa]|jest chor[ya]|s[ąa] chorzy|ma gor[ąa]czk[ęe]) (?:w [łl][óo][żz]ku )?od(?= (?:(?:zesz[łl]|ubieg[łl])ego )?"
        + _DAYS
        + r")",
        "has been ill since",
    ),
    (
        r"pomyli[łl]\w* (?:mi si[ęe] |si[ęe] )?(?:dni|daty|dzie[ńn]|dat[ęe]|terminy?)",
        "correction, i got the day wrong",
    ),
    # "proszę, żeby nie ćwiczył na WF": excused from PE, in school
    (
        r"(?:prosz[ęe],? )?(?:[żz]eby|aby|by) (?:nie [ćc]wiczy[łl](?:a|o|y|i)?|by[łl]a? zwolnion[ya]|zwolni[ćc] (?:go|j[ąa]))"
        r"(?: (?:na|z|w) (?:pe|wf|w-f|wfie|wu-?efie|wychowaniu fizycznym|wychowania fizycznego|basenie|basenu|sporcie))?"
        r"|nie (?:mo[żz]e |powinien |powinna )?[ćc]wiczy[ćcłl]\w* (?:na|w) (?:pe|wf|w-f|wfie|wu-?efie|wychowaniu fizycznym)"
        r"|zwolni(?:[ćc]|enie) (?:go |j[ąa] )?z (?:pe|wf|w-f|wfu|wu-?efu|wychowania fizycznego)",
        "please excuse him from pe",
    ),
    (r"przychodz(?:i|[ąa])(?= do szko[łl]y)", "is coming"),
    (r"po obiedzie|po lunchu", "after lunch"),
    (r"(?:zosta[łl](?:a|o|y|)|jest) odwo[łl]an[aey]", "has been cancelled"),
    (r"od razu", "straight away"),
    # "jedziemy po babcię na lotnisko": fetching a relative, not the child from school
    (r"(?:jad[ęe]|jedziemy|pojedziemy|pojad[ęe]) po (?:babci[ęe]|babk[ęe])", "we are picking up gran"),
    (
        r"(?:jad[ęe]|jedziemy|pojedziemy|pojad[ęe]|jedzie|pojedzie) po"
        r"(?= (?:babci|dziadk|m[ęe][żz]|tat|mam|[żz]on|brat|siostr|cioci|wujk|rodzin|go[śs]ci))",
        "we are picking up",
    ),
    (r"(?:ju[żz] )?(?:jad[ęe]|jedziemy|id[ęe]|idziemy|wychodz[ęe]) po", "i'm on my way to collect"),
    (r"pewnie|prawdopodobnie", "probably"),
    (
        r"(?:zostaje|zostanie|zostan[ąa]|b[ęe]dzie|b[ęe]d[ąa]|jest) w szkole (?:przez )?ca[łl]y dzie[ńn]",
        "will be in school all day",
    ),
    (r"ca[łl]y dzie[ńn]", "all day"),
    (
        r"nie (?:b[ęe]d[ęe]|musz[ęe]|musimy|b[ęe]dziemy|trzeba) (?:go |j[ąa] |jej |ich )?(?:odbiera[ćc]|odebra[ćc])(?: (?:go|j[ąa]|jej|ich))?",
        "no need to collect her",
    ),
    (r"dzie[ńn] dobry|cze[śs][ćc]", "hello"),
    # a birth in the family: "urodziła nam się córeczka", "jestem na porodówce"
    (r"urodzi[łl](?:a|o|y)? (?:nam |mi )?si[ęe]|urodzi[łl]am|por[óo]d\w*", "having our baby"),
    # "od jutra będzie go woziła siostra": someone else takes the child in from then on
    (
        r"(?:od jutra )?b[ęe]d(?:zie|[ąa]) (?:go |j[ąa] |je |ich )?(?:wozi|odwozi|zawozi|przywozi|odprowadza|zaprowadza)\w*",
        "back tomorrow, being taken in by",
    ),
    (
        r"nie ma (?:go |jej |ich )?kto (?:go |j[ąa] |ich )?(?:przywie[źz][ćc]|zawie[źz][ćc]|odwie[źz][ćc]|zaprowadzi[ćc]|przyprowadzi[ćc])",
        "there is no one to take him",
    ),
    (r"odebra[łl]am|odebra[łl]em|odebrali[śs]my", "i collected"),
    # not "w zeszłym tygodniu pisałam": the time of an earlier message, read with it below
    (
        r"(?:w )?(?:zesz[łl]|ubieg[łl])ym tygodniu(?! (?:pisa[łl]|napisa[łl]|m[óo]wi[łl]))|(?:zesz[łl]|ubieg[łl])y tydzie[ńn]",
        "last week",
    ),
    (
        r"(?:w )?(?:zesz[łl]|ubieg[łl])(?:ym(?! tygodniu (?:pisa[łl]|napisa[łl]|m[óo]wi[łl]))|ego|ej|[ąa]|y|a)",
        "last",
    ),
    # the council's transport: "szkolny autobus nie przyjechał", "nie przyjechała taksówka (szkolna)"
    (
        r"nie (?:przyjecha[łl]\w*|dojecha[łl]\w*|pojawi[łl]\w*|podjecha[łl]\w*) (?:nam |dzi[śs] |dzisiaj )?"
        r"(?:(?:taks[óo]wk\w*|busik\w*|transport\w*)(?: szkoln\w*| z rady| z councilu| z gminy)?"
        r"|(?:autobus\w*|bus) (?:szkoln\w*|z rady|z councilu|z gminy))",
        "the taxi didn't come",
    ),
    (
        r"(?:autobus\w*|bus|busik\w*) szkoln\w*|szkoln\w* (?:autobus\w*|bus|busik\w*|taks[óo]wk\w*)",
        "school bus",
    ),
    # reasons: the wider vocabulary of illness, appointments, family events and withdrawals
    (
        r"skr[ęe]ci[łl]\w*(?: sobie)?(?: \w+)?|skr[ęe]ceni\w*|zwichni[ęe]\w*|naderwa\w*|naci[ąa]gn[ąa]\w*",
        "sprained",
    ),
    (r"(?:spuchni[ęe]t|opuchni[ęe]t|opuchl|spuchl)\w*|opuchlizn\w*|spuch\w*", "swollen"),
    (
        r"rozchorowa[łl]\w*|rozchoruje\w*|roz[łl]o[żz]y[łl]\w* (?:j[ąa] |go )?(?:choroba|gryp\w*|przezi[ęe]bienie)",
        "has been taken ill",
    ),
    (r"rozpalon\w*|pali si[ęe]|gor[ąa]c\w* (?:jak piec|czo[łl]o)", "burning up"),
    (r"duszno[śs]\w*|astm\w*|nie mo[żz]e z[łl]apa[ćc] tchu", "asthma"),
    (r"atak\w* paniki|napad\w* paniki|stan\w* l[ęe]kow\w*|l[ęe]kow\w*|lęk\w*|depresj\w*", "anxiety"),
    (r"badani\w* (?:wzroku|oczu)|sprawdzeni\w* wzroku", "eye test"),
    (r"optyk\w*|okular\w*", "optician"),
    (r"logoped\w*|terapi\w*|fizjoterap\w*|rehabilitacj\w*|psycholog\w*|psychiatr\w*", "therapy"),
    (
        r"pediatr\w*|laryngolog\w*|alergolog\w*|dermatolog\w*|kardiolog\w*|neurolog\w*|przychodni\w*|klinik\w*",
        "clinic",
    ),
    (
        r"(?:przyjd(?:zie|[ąa])|przyjedzie|b[ęe]d(?:zie|[ąa])(?: w szkole)?) (?:dopiero )?(?:po po[łl]udniu|na popo[łl]udnie|po obiedzie)",
        "will be in for the afternoon",
    ),
    (
        r"bo[żz]e cia[łl]o|bo[żz]ego cia[łl]a|wielk(?:i|ą|a) (?:pi[ąa]t\w*|czwart\w*|sobot\w*)|wielkanoc\w*|popielec\w*|[śs]rod\w* popielcow\w*|zaduszk\w*",
        "holy day",
    ),
    (r"ro(?:sz|sh) ha-? ?(?:szana|shana|szanah|shanah)", "rosh hashanah"),
    (r"jom kip+ur|yom kip+ur", "yom kippur"),
    (
        r"(?:na )?(?:rozdanie|rozdaniu) dyplom[óo]w|(?:odbiera|odbierze|odbiera[ćc]) dyplom|(?:na )?uroczysto[śs][ćc] (?:ukończenia|zako[ńn]czenia) (?:studi[óo]w|szko[łl]y|uczelni)",
        "graduation",
    ),
    (
        r"(?:w |na )?(?:delegacj[ęiaą]|delegacji)(?: s[łl]u[żz]bow[ąa])?|(?:w |na )?(?:podr[óo][żz]|podr[óo][żz]y|wyjazd|wyje[źz]dzie) s[łl]u[żz]bow\w*",
        "on a business trip",
    ),
    (r"ze mn[ąa]", "with me"),
    (r"w ko[śs]ciele", "at church"),
    (r"udar(?:u|em)? s[łl]oneczn\w*|pora[żz]eni\w* s[łl]oneczn\w*", "heatstroke"),
    (
        r"(?:bardzo |mocno )?(?:si[ęe] )?stresuje si[ęe]|(?:bardzo |mocno )?si[ęe] stresuje|zestresowan\w*|stres(?:em|u)?",
        "anxious",
    ),
    # a family christening is a family occasion (like a wedding), not the child's own religious day
    (r"chrzcin\w*|chrzest\w*|chrztu|chrzcie", "christening"),
    (
        r"bierzmowani\w*|chrzci\w*|procesj\w*|rekolekcj\w*|pielgrzymk\w*|parafi\w*",
        "religious event at church",
    ),
    (
        r"(?:uciek[łl](?:a|o|y)?|odjecha[łl](?:a|o|y)?) (?:(?:mu|jej|im|nam|mi) )?(?:autobus|bus)(?:em)?"
        r"|(?:sp[óo][źz]ni[łl](?:a|o|y|i)? si[ęe]|nie zd[ąa][żz]y[łl](?:a|o|y|i)?|nie zd[ąa][żz]yli[śs]my) na (?:autobus|bus|poci[ąa]g)",
        "missed the bus",
    ),
    (r"na msz[ęe]|na msz[yi] [śs]w\w*", "to mass"),
    (
        r"zwolni\w*(?: \w+)? z (?:lekcji|zaj[ęe][ćc]|szko[łl]y)|zwolnieni\w*(?: \w+)? z (?:lekcji|zaj[ęe][ćc]|szko[łl]y)",
        "absent",
    ),
    (r"po[żz]ar\w*|pali[łl]o si[ęe]", "house fire"),
    (r"zala[łl]\w* (?:nam |nas )?(?:mieszkani\w*|dom\w*)|zalani\w*", "house flooded"),
    (r"powó?d[źz]\w*", "flooding"),
    (r"w[łl]amani\w*|w[łl]ama[łl]\w*|okradzion\w*|okradli", "broken into"),
    (
        r"nie dotrze\w*|nie dojedzie\w*|nie dojad[ąa]|nie dam(?:y)? rady (?:go |j[ąa] |ich )?(?:dowie[źz][ćc]|przywie[źz][ćc]|zawie[źz][ćc])",
        "won't make it in",
    ),
    (r"wczas\w*|urlop\w*|wypoczyn\w*|all inclusive", "holiday"),
    (r"(?:do )?egipt\w*", "egypt"),
    (r"(?:do )?(?:hiszpani|turcji|grecji|chorwacji|w[łl]och|portugali|francji)\w*", "abroad"),
    (r"(?:przy)?pilnowa[ćc]\w*|(?:za)?opiekowa[ćc] si[ęe]|zaj[ąa][ćc] si[ęe]|posiedzie[ćc] z", "look after"),
    (r"(?:m[łl]odsz\w*|ma[łl]\w*) (?:brat\w*|braciszk\w*)|braciszk\w*", "her little brother"),
    (r"(?:m[łl]odsz\w*|ma[łl]\w*) (?:siostr\w*|siostrzyczk\w*)|siostrzyczk\w*", "her little sister"),
    (
        r"(?:przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|idzie) (?:dzisiaj|dzi[śs]) (?:do szko[łl]y|na lekcje)",
        "will be in school today",
    ),
    (r"(?:jednak|mimo wszystko) (?:\w+ )?da(?:dz[ąa])? rad[ęe]", "will be in after all"),
    # "będzie w piątek normalnie w szkole": in as usual on that day
    *(
        (
            r"(?:jednak )?(?:b[ęe]d(?:zie|[ąa])|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|id(?:zie|[ąa])) (?:jednak )?we? "
            + day
            + r" (?:jednak )?(?:normalnie|jak zwykle)(?: w szkole| do szko[łl]y)?",
            "will be in as normal on " + english,
        )
        for day, english in _WEEKDAYS
    ),
    (r"anulowa\w*|anuluj\w*", "cancel"),
    # "jedziemy po babcię": going to fetch someone
    (
        r"(?:jedziemy|jad[ęe]|pojedziemy|pojad[ęe]|jedzie|pojedzie|jedziesz|jecha[łl]am|jecha[łl]em|jechali[śs]my"
        r"|idziemy|id[ęe]|p[óo]jdziemy|p[óo]jd[ęe]) po (?:babci[ęe]|dziadka|dziadk[óo]w|mam[ęe]|tat[ęe]|cioci[ęe]|ciotk[ęe]"
        r"|wujka|brata|siostr[ęe]|m[ęe][żz]a|[żz]on[ęe]|rodzic[óo]w|te[śs]ci[óo]w|kuzyn(?:a|k[ęe]))",
        "fetching family",
    ),
    (r"przylatuj\w*|przyleci\w*|przylecia[łl]\w*|przyje[żz]d[żz]a\w*", "arrives"),
    (
        r"moj[ąa] (?:ostatni[ąa] |wcze[śs]niejsz[ąa] )?wiadomo[śs][ćc]|moj[ąa] (?:ostatni[ąa] )?wiadomosc",
        "my message",
    ),
    (
        r"(?:prze[łl]o[żz]y[łl]\w*|przesun[ęe][łl]\w*|prze[łl]o[żz]yli|przesun[ęe]li)(?: nam| mu| jej)?"
        r" (?:termin\w*|wizyt[ęe]|badanie|zabieg)",
        "moved the appointment",
    ),
    (r"prze[łl]o[żz]yli|prze[łl]o[żz]on\w*|przesun[ęe]li|prze[łl]o[żz]y[łl]\w*", "has been postponed"),
    (r"odwo[łl]ali|odwo[łl]an[aye]|odwo[łl]a[łl]\w*", "has been cancelled"),
    (
        r"proszę zignorowa[ćc]|prosz[ęe] zignorowa[ćc]|zignoruj\w*|prosz[ęe] nie bra[ćc] pod uwag[ęe]",
        "ignore my last message",
    ),
    # "jednak przyjdzie razem z Szymkiem": in after all, and the sibling named with them is in too
    (
        r"(?:jednak )?(?:przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|id(?:zie|[ąa]))(?: jednak)?(?: do szko[łl]y)? razem z",
        "will be in after all, coming in with",
    ),
    (
        r"jednak (?:przyjd(?:zie|[ąa])|b[ęe]d(?:zie|[ąa])|id(?:zie|[ąa])|p[óo]jd(?:zie|[ąa]))(?: do szko[łl]y| w szkole)?",
        "will be in after all",
    ),
    (
        r"(?:przyjd(?:zie|[ąa])|b[ęe]d(?:zie|[ąa])|id(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])) jednak (?:do szko[łl]y|w szkole)",
        "will be in after all",
    ),
    (r"b[ęe]d(?:zie|[ąa]) na czas", "will be on time"),
    (
        r"(?:wizyt\w*|termin\w*)(?: \w+)? (?:zosta[łl]\w* |jest )?(?:odwo[łl]an\w*|przesuni[ęe]t\w*)",
        "appointment has been cancelled",
    ),
    (r"anuluj\w*", "cancel that"),
    (
        r"(?:wczoraj(?: wieczorem| rano| po po[łl]udniu)? |rano |w (?:zesz[łl]|ubieg[łl])ym tygodniu )?"
        r"(?:pisa[łl](?:am|em)|napisa[łl](?:am|em)|m[óo]wi[łl](?:am|em))(?: (?:wam|pani|panu|pa[ńn]stwu))?"
        r"(?: wczoraj(?: wieczorem| rano| po po[łl]udniu)?| wieczorem| rano| w (?:zesz[łl]|ubieg[łl])ym tygodniu)?",
        "i messaged you",
    ),
    (
        r"odwo[łl]a\w* (?:nam |nasz\w* |mu |jej )?(?:lot\w*|samolot\w*|wyjazd\w*|podr[óo][żz]\w*|wycieczk\w*|rezerwacj\w*)",
        "cancelled our trip",
    ),
    (r"nie (?:lecimy|jedziemy|wyje[żz]d[żz]amy|polecimy|pojedziemy)", "not going any more"),
    (r"pomy[łl]k\w*|pomyli[łl]\w* si[ęe]", "ignore my last message"),
    (
        r"(?:dzisiaj|dzi[śs]) (?:ju[żz] )?(?:jest |czuje si[ęe] )?(?:ju[żz] )?(?:ok(?!\. ?\d)|okej|dobrze|lepiej|w porz[ąa]dku|zdrow\w*)",
        "fine and back today",
    ),
    (r"czuje si[ęe] (?:ju[żz] )?lepiej|ju[żz] (?:jest )?(?:zdrow\w*|lepiej)", "is feeling better"),
    (
        r"(?:ju[żz] )?jest (?:ju[żz] )?(?:ok|okej|dobrze|w porz[ąa]dku)|wszystko (?:ju[żz] )?(?:ok|dobrze)",
        "is fine now",
    ),
    (r"do odwo[łl]ania", "until further notice"),
    (r"dam(?:y)? zna[ćc](?: kiedy)?|poinformuj[ęe](?: kiedy)?", "will let you know when"),
    (
        r"nie wiem(?:y)?(?:,)?(?: jeszcze)?(?: na)? (?:kiedy|jak d[łl]ugo|ile)",
        "not sure when",
    ),
    (r"a[żz] wyzdrowieje|do wyzdrowienia", "until she's better"),
    # "zapomniałam napisać (w tym tygodniu)": the week is when the writing was due, not the absence
    (
        r"zapomnia[łl]\w* (?:napisa[ćc]|da[ćc] zna[ćc]|zg[łl]osi[ćc]|poinformowa[ćc]|zadzwoni[ćc])"
        r"(?: (?:w tym tygodniu|wcze[śs]niej|od razu))?",
        "i forgot to let you know",
    ),
    (r"nie (?:napisa[łl]\w*|da[łl]\w* zna[ćc]|zg[łl]osi[łl]\w*)", "didn't let you know"),
    (
        r"(?:przepraszam,? )?[żz]e (?:pisz[ęe] )?dopiero (?:teraz|dzisiaj|dzi[śs])",
        "sorry for the late notice",
    ),
    (
        r"nie (?:posz[łl](?:a|o|y)|poszed[łl]|poszli|chodzi[łl]\w*|przysz[łl](?:a|o|y)|przyszed[łl]|przyszli)"
        r"(?: do szko[łl]y| na lekcje)?",
        "wasn't in",
    ),
    (r"przepraszam|sorki|sorka|wybacz(?:cie|[ae]?)", "sorry"),
    # "dzisiaj już poszła (do szkoły)": back at school today
    (
        r"(?:dzisiaj|dzi[śs]) (?:ju[żz] )?(?:posz[łl](?:a|o|y)|poszed[łl]|poszli|wr[óo]ci[łl]\w*)(?: do szko[łl]y)?(?: normalnie)?",
        "is back at school today",
    ),
    (
        r"ju[żz] (?:posz[łl](?:a|o|y)|poszed[łl]|poszli|wr[óo]ci[łl]\w*)(?: do szko[łl]y)?"
        r"(?: normalnie)?|(?:posz[łl](?:a|o|y)|poszed[łl]|poszli|wr[óo]ci[łl]\w*) (?:ju[żz] )?do szko[łl]y"
        r"(?: normalnie)?",
        "is back at school",
    ),
    (r"trzyma[łl]\w* (?:go |j[ąa] |je )?w domu|zatrzyma[łl]\w* (?:go |j[ąa] |je )?w domu", "kept at home"),
    (
        r"nie (?:by[łl]o|by[łl]a|by[łl]|byli|by[łl]y) (?:go |jej |ich )?(?:w szkole)?|nie by[łl]\w*",
        "wasn't in",
    ),
    (r"(?:ju[żz] )?nie wr[óo]ci[łl]\w*|(?:ju[żz] )?nie wraca[łl]\w*", "didn't come back"),
    (r"(?:ju[żz] )?nie wr[óo]c\w*|(?:ju[żz] )?nie b[ęe]d(?:zie|[ąa]) wraca[ćc]", "won't be back"),
    (r"(?:jutro|pojutrze) (?:ju[żz] )?normalnie", "back on tomorrow as normal"),
    (
        r"(?:lot|samolot|rejs)(?: nam| nasz)? (?:zosta[łl] |jest )?odwo[łl]any|odwo[łl]ali (?:nam )?(?:lot|samolot)",
        "the flight was cancelled",
    ),
    # "jutro już będzie normalnie (w szkole)", "jutro jest już w szkole": in again tomorrow
    (
        r"jutro (?:ju[żz] )?(?:b[ęe]d(?:zie|[ąa])|jest|s[ąa]|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])(?: do szko[łl]y)?)"
        r"(?: ju[żz])?(?: normalnie| jak zwykle)?(?: w szkole| na lekcjach)?(?: normalnie| jak zwykle)?(?= *(?:[.!,;]|$))",
        "back tomorrow",
    ),
    (r"(?:z|w|do) sekretariat\w*", "from reception"),
    # "nie będzie go przez dwa dni", "na tydzień": away for that long
    (
        r"nie b[ęe]d(?:zie|[ąa])(?: (?:go|jej|ich))?(?: w szkole| do szko[łl]y| na lekcjach)? (?:przez|na)"
        r"(?= (?:\d+|jeden|dwa|dwie|trzy|cztery|pi[ęe][ćc]|kilka) (?:dni|dzie[ńn]|tygodni))",
        "will be off for",
    ),
    # "nie będzie w szkole 17 i 18 grudnia": a date with no preposition, English says "on"
    (
        r"nie (?:b[ęe]d(?:zie|[ąa])|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|id(?:zie|[ąa])|pojedzie)"
        r"(?: w szkole| do szko[łl]y| na lekcjach)?"
        r"(?= \d{1,2}(?:[./]\d| i \d| (?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|pa[źz]dz|listop|grud)))",
        "won't be in on",
    ),
    (
        r"nie (?:b[ęe]d(?:zie|[ąa])|przyjd(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|id(?:zie|[ąa])|pojedzie|mo[żz]e przyj[śs][ćc]|da rady przyj[śs][ćc])"
        r"(?: (?:go|jej|ich))?(?: w szkole| do szko[łl]y| na lekcjach)?",
        "won't be in",
    ),
    (r"(?:dzisiaj|dzi[śs]) (?:ju[żz] )?jest (?:ju[żz] )?w szkole", "back in school today"),
    (r"na (?:ca[łl]y )?tydzie[ńn]", "for a week"),
    (r"na(?= (?:\d+|jeden|dwa|dwie|trzy|cztery|pi[ęe][ćc]|kilka) (?:dni|dzie[ńn]|tygodni))", "for"),
    (r"opu[śs]ci(?:[ąa])?(?!\w)", "will miss"),
    (r"nieobecn\w*|opu[śs]ci\w*", "absent"),
    (r"pierwsz(?:e|ych|[ąa]) lekcj\w*", "morning lessons"),
    (r"zosta(?:je|nie)(?: w szkole)? do ko[ńn]ca (?:lekcji|dnia|zaj[ęe][ćc])", "stays until home time"),
    (r"zosta[łl]\w* (?:\w+ )?w domu", "stayed home"),
    # not "pieczone w domu" (baked at home)
    (
        r"zosta(?:je|nie|n[ąa]|j[ąa]) (?:\w+ )?w domu|(?<!pieczone )(?<!pieczony )(?<!robione )w domu",
        "staying at home",
    ),
    (r"sp[óo][źz]ni\w*|spozni\w*", "late"),
    # "od dzisiaj już normalnie chodzą": back at school from today
    (
        r"od (?:dzisiaj|dzi[śs]) (?:ju[żz] )?(?:normalnie |znowu |z powrotem )?"
        r"(?:(?:chodz[ąa]|chodzi)(?: do szko[łl]y)?|(?:s[ąa]|jest) w szkole)",
        "is back at school from today",
    ),
    (
        r"od jutra (?:ju[żz] )?(?:normalnie |znowu |z powrotem )?"
        r"(?:(?:chodz[ąa]|chodzi)(?: do szko[łl]y)?|b[ęe]d(?:zie|[ąa]) w szkole)",
        "is back at school from tomorrow",
    ),
    (
        r"(?:przyjd(?:zie|[ąa])|b[ęe]d(?:zie|[ąa])|id(?:zie|[ąa])|p[óo]jd(?:zie|[ąa])|chodz[ią]) (?:do szko[łl]y |w szkole )?"
        r"(?:normalnie|jak zwykle)(?: do szko[łl]y| w szkole)?",
        "will be in as normal",
    ),
    # "już nie ma gorączki", "koniecznie chce iść": better and wanting to go in
    (
        r"(?:ju[żz] )?nie ma (?:ju[żz] )?(?:gor[ąa]czki|temperatury)|(?:ju[żz] )?nie ma (?:ju[żz] )?stanu podgor[ąa]czkowego",
        "has no temperature any more",
    ),
    (r"(?:koniecznie |bardzo )?chce i[śs][ćc](?: do szko[łl]y)?", "really wants to go"),
    (r"(?:ju[żz] )?(?:jest )?bez (?:gor[ąa]czki|temperatury)", "has no temperature any more"),
    # "upiera się, że idzie": she insists she is going in, so she is
    (
        r"upiera (?:si[ęe] )?,?[żz]e (?:idzie|p[óo]jdzie)|upiera si[ęe],? [żz]e (?:idzie|p[óo]jdzie)",
        "is going in after all",
    ),
    # "będzie normalnie razem z Zosią": the sibling named alongside
    (r"razem z|wraz z", "along with"),
    (
        r"(?:jest|s[ąa]) (?:ju[żz] )?w szkole|(?:jest|s[ąa]) (?:ju[żz] )?(?:w|na) lekcj\w*",
        "is in school",
    ),
    (
        r"b[ęe]d(?:zie|[ąa]) (?:dzisiaj |dzi[śs] )?(?:troch[ęe] )?p[óo][źz]niej|przyjd(?:zie|[ąa]) (?:dzisiaj |dzi[śs] )?"
        r"(?:troch[ęe] )?p[óo][źz]niej",
        "will be in late",
    ),
    (
        r"(?:a |i )?(?:potem|nast[ęe]pnie|p[óo][źz]niej) (?:przyjd(?:zie|[ąa])|b[ęe]d(?:zie|[ąa]))"
        r"(?: w szkole| do szko[łl]y)?",
        "then coming to school",
    ),
    # "Dzisiaj przyjdzie do szkoły": the child is in today.
    (
        r"(?:(?<=dzisiaj )|(?<=dzi[śs] )|(?<=ju[żz] ))(?:przyjd(?:zie|[ąa])(?: do szko[łl]y)?|b[ęe]d(?:zie|[ąa]) w szkole)",
        "will be at school",
    ),
    (r"od(?= (?:jutra|" + _DAYS + r")\w* normalnie)", "back on"),
    (r"normalnie", "as normal"),
    (r"jednak", "after all"),
    (r"zaspa\w*|zaspali\w*", "overslept"),
    (r"dzisiaj rano|dzi[śs] rano", "this morning"),
    (r"dzisiaj po po[łl]udniu|dzi[śs] po po[łl]udniu", "this afternoon"),
    (r"pojutrze", "day after tomorrow"),
    (r"dzisiaj|dzi[śs]", "today"),
    (r"jutro|jutra", "tomorrow"),
    (r"wczoraj wieczorem", "yesterday evening"),
    # "wracamy we wtorek późno wieczorem": that day is still away
    (r"(?:p[óo][źz]n(?:o|ym) )?wieczorem|p[óo][źz]nym wieczorem|w nocy|nocnym lotem", "evening"),
    (r"wczoraj", "yesterday"),
    (
        r"(?:w )?przysz[łl]ym tygodniu|przysz[łl]y tydzie[ńn]|przysz[łl]ego tygodnia|(?:w )?nast[ęe]pnym tygodniu",
        "next week",
    ),
    (
        r"(?:w )?tym i (?:w )?(?:przysz[łl]|nast[ęe]pn)ym tygodniu|(?:ten|w tym) i (?:przysz[łl]|nast[ęe]pn)y tydzie[ńn]",
        "this week and next week",
    ),
    (r"(?:w )?tym tygodniu|ten tydzie[ńn]", "this week"),
    (r"(?:przez )?reszt[ęea] (?:tego )?tygodnia", "for the rest of the week"),
    (
        r"(?:do )?ko[ńn]ca (?:semestru|p[óo][łl]rocza|trymestru)|(?:do )?(?:przerwy|ferii) (?:[śs]wi[ąa]tecznych|[śs]wi[ąa]tecznej|zimowych)",
        "until the end of term",
    ),
    *(
        (
            r"(?:dnia )?"
            + word
            + r"(?= (?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|pa[źz]dz|listop|grud))",
            f"the {day}th",
        )
        for day, word in _ORDINALS
    ),
    (r"(?:przez )?ca[łl]y (?:przysz[łl]y|nast[ęe]pny) tydzie[ńn]", "all next week"),
    (r"(?:przez )?ca[łl]y (?:ten )?tydzie[ńn]|przez ca[łl]y ten tydzie[ńn]", "all week"),
    (r"do ko[ńn]ca tygodnia", "for the rest of the week"),
    (r"po tygodniu|za tydzie[ńn]", "in a week"),
    (r"po dw[óo]ch tygodniach|za dwa tygodnie", "in two weeks"),
    (r"(?:po|za) (?:kilku|paru) dniach|za (?:kilka|par[ęe]) dni", "in a few days"),
    (r"lecimy|polecimy|wylatujemy|odlatujemy", "we are flying"),
    (r"przysz[łl]\w*|nast[ęe]pn\w*", "next"),
    (r"poniedzia[łl]\w*", "monday"),
    (r"wtor\w*", "tuesday"),
    (r"[śs]rod[aęey]", "wednesday"),
    (r"czwart\w*", "thursday"),
    (r"pi[ąa]t(?:ek|ku)", "friday"),
    (r"sobot\w*", "saturday"),
    (r"niedziel\w*", "sunday"),
    (r"w (?:ten|t[ęe]|tym|t[ąa])(?= " + _DAYS + ")", "this"),
    (r"we?(?= (?:(?:przysz[łl]|nast[ęe]pn|zesz[łl]|ubieg[łl])\w* )?" + _DAYS + ")", "on"),
    (r"do szko[łl]y (?:wr[óo]c(?:i|[ąa])|p[óo]jd(?:zie|[ąa])|przyjd(?:zie|[ąa]))", "back to school"),
    (r"do szko[łl]y", "to school"),
    (r"w szkole", "in school"),
    (r"szko[łl]\w*", "school"),
    (r"(?:wr[óo]c(?:i|[ąa])|wraca(?:j[ąa])?) dopiero", "back"),
    (r"(?:b[ęe]d(?:zie|[ąa]) )?z powrotem|wr[óo]c\w*|wraca\w*|powr[óo]t\w*", "back"),
    (r"w[łl][ąa]cznie", "inclusive"),
    (r"tego (?:samego )?dnia|w tym dniu", "that day"),
    (r"(?:ca[łl]y|ca[łl]ego) dzie[ńn]|ca[łl]y dzien", "all day"),
    (r"stycz(?:nia|e[ńn])", "january"),
    (r"lut(?:ego|y)", "february"),
    (r"(?<=\d )marca|marzec", "march"),
    (r"kwie(?:tnia|cie[ńn])", "april"),
    (r"(?<=\d )maja", "may"),
    (r"czerw(?:ca|iec)", "june"),
    (r"lip(?:ca|iec)", "july"),
    (r"sierp(?:nia|ie[ńn])", "august"),
    (r"wrze[śs](?:nia|nie[ńn])", "september"),
    (r"pa[źz]dziernik(?:a)?", "october"),
    (r"listopad(?:a)?", "november"),
    (r"grud(?:nia|zie[ńn])", "december"),
    (r"(?:do|w) polsce|do polski", "to poland"),
    (r"z polski", "from poland"),
    (r"od(?= \d{1,2}:\d\d(?! do))", "at"),
    (r"od", "from"),
    (r"(?<=\d )do(?= \d)", "to"),
    (r"do(?= " + _UNTIL + ")", "until"),
    (r"do", "to"),
    (r"przez", "for"),
    (r"(?:jeden) (?:dni|dzie[ńn])", "1 days"),
    (r"(?:dwa) (?:dni|dzie[ńn])", "2 days"),
    (r"(?:trzy) (?:dni|dzie[ńn])", "3 days"),
    (r"(?:cztery) (?:dni|dzie[ńn])", "4 days"),
    (r"(?:pi[ęe][ćc]) (?:dni|dzie[ńn])", "5 days"),
    (r"(?<=\d )(?:dni|dnia|dzie[ńn])", "days"),
    (r"o(?= \d)|na godzin[ęe](?= \d)", "at"),
    (r"(?:zaraz|od razu|tu[żz]) po(?!\w)", "straight after"),
    (r"po(?= \d)|po wizy\w*", "after"),
    (r"zaraz|od razu|prosto", "straight"),
    (r"ko[łl]o(?= \d)|oko[łl]o(?= \d)|ok\.(?= ?\d)|mniej wi[ęe]cej(?= \d)", "around"),
    (r"(?<=\d )min(?:ut|uty|utę)?\.?", "minutes"),
    (r"(?<=\d )godzin[ęya]?|(?<=\d )godz\.?", "hours"),
    (r"czy(?= \w+ mo[żz]e)", "can"),
    (r"mo[żz]e (?:wcze[śs]niej )?wyj[śs][ćc]|mo[żz]e (?:wcze[śs]niej )?wyjecha[ćc]", "leave"),
    (r"pobiera\w* krew|pobr?ani\w* krwi|pobierani\w* krwi|badani\w* krwi", "blood test"),
    (r"p[óo][źz]niej", "later"),
    (r"potem|nast[ęe]pnie", "then"),
    # "Franek i Ala byli cały czas": siblings who were in school all along
    (
        r"(?:by[łl]|by[łl]a|byli|by[łl]y|chodzi[łl]|chodzi[łl]a|chodzili|chodzi[łl]y)(?: w szkole| do szko[łl]y)? ca[łl]y czas(?: w szkole)?",
        "were in school the whole time",
    ),
    (
        r"(?:przyjd(?:zie|[ąa])|b[ęe]d(?:zie|[ąa]) w szkole) na(?= \d{1,2}(?:[:.]\d\d)?(?![\d.:]| ?(?:dni|dzie|tyg|min|godz)))",
        "will come in at",
    ),
    (r"przyjd(?:zie|[ąa])|przyjad[ąa]|przyjedzie", "will come"),
    (r"przyprowadz[ęe] (?:go|j[ąa])|przywioz[ęe] (?:go|j[ąa])", "coming"),
    (r"(?:przywioz[ęe]|przyprowadz[ęe]|odwioz[ęe])(?= do szko[łl]y)", "i will bring him"),
    # "będą w szkole około 11": in school from a time
    (r"(?:autobus|bus|tramwaj|poci[ąa]g) (?:nam |mi |im )?(?:uciek[łl]|odjecha[łl])", "missed the bus"),
    (r"b[ęe]d(?:zie|[ąa]) w szkole (?:ok\.?|około|okolo)(?= \d)", "will be in school by"),
    (r"b[ęe]d(?:zie|[ąa]) w szkole", "will be in school"),
    (
        r"(?:przywioz[ęe]|przyprowadz[ęe]|odwioz[ęe]|zawioz[ęe]) (?:ich|je)|(?:ich|je) (?:przywioz[ęe]|przyprowadz[ęe])",
        "bringing them",
    ),
    (r"(?:odbior[ęe]|odbierzemy|odebra[ćc])(?: j[ąa]| go| je| ich)?", "pick her up"),
    # "odbieram Kacpra o 13:30": I'm collecting him then
    (r"(?:odbieram|odbieramy)(?= )", "i'm collecting"),
    (r"wcze[śs]niej", "early"),
    (r"po po[łl]udniu|popo[łl]udni\w*", "afternoon"),
    (r"w po[łl]udnie|w porze obiadu", "midday"),
    (r"rano", "morning"),
    # the everyday vocabulary of each reason, as a dictionary lists it (tests/vocabulary/pl.tsv)
    (
        r"lekar(?:z|ka|ze)(?: rodzinn\w*)? (?:kaza[łl]\w*|powiedzia[łl]\w*|stwierdzi[łl]\w*|zaleci[łl]\w*|zdiagnozowa[łl]\w*"
        r"|uzna[łl]\w*|m[óo]wi|wypisa[łl]\w*|da[łl]\w* zwolnienie)",
        "doctor said",
    ),
    (
        r"bol(?:i|a[łl]o?|[ąa]) (?:go |j[ąa] |je |ich )?z[ąa]b\w*|b[óo]l\w* z[ęe]b\w*|z[ęe]b(?:a|y)? (?:go |j[ąa] )?boli",
        "toothache",
    ),
    (
        r"bolesn\w* (?:okres|miesi[ąa]czk)\w*|miesi[ąa]czk\w*|menstruac\w*|b[óo]l\w* (?:podbrzusza|okresow\w*)",
        "period pain",
    ),
    (r"zawrot\w* g[łl]owy|kr[ęe]ci (?:mu |jej )?si[ęe] w g[łl]owie|zemdla[łl]\w*|omdleni\w*", "dizzy"),
    (r"os[łl]abion\w*|os[łl]abieni\w*|przem[ęe]czon\w*|wyczerpan\w*", "washed out"),
    (r"blad(?:y|a|e|zi)|blado", "pale"),
    (r"md[łl]o[śs]ci\w*|niedobrze (?:mu|jej|im)", "nausea"),
    (r"zakatarzon\w*|kicha\w*|zatkan\w* nos\w*|cieknie (?:mu |jej )?z nosa", "runny nose"),
    (r"szkarlatyn\w*|p[łl]onic\w*", "scarlet fever"),
    (r"liszaj\w*", "impetigo"),
    (r"[śs]wink[aęiy]", "mumps"),
    (r"owsik\w*|glist\w*", "worms"),
    (r"odr[aęy]", "measles"),
    (r"(?:d[łl]oni|r[ąa]k), st[óo]p i (?:ust|jamy ustnej)|bostonk\w*", "hand foot and mouth"),
    (r"spad[łl]\w* z (?:roweru|hulajnogi|deskorolki|trampoliny|konia|hu[śs]tawki)", "fell off the bike"),
    (
        r"przewr[óo]ci[łl]\w*(?: si[ęe])?|upad[łl]\w*|upadku|wywr[óo]ci[łl]\w*(?: si[ęe])?",
        "had a fall and is hurt",
    ),
    (
        r"rozbi[łl]\w*|rozbit\w*|skaleczy[łl]\w*|rozci[ęe][łl]\w*|rozci[ęe]t\w*|st[łl]uczon\w*|st[łl]uk[łl]\w*|siniak\w*",
        "hurt",
    ),
    (r"szwy|szw[óo]w|szycie|szyt[aeyo]|za[łl]o[żz]\w* szw\w*", "stitches"),
    (r"(?:w )?gipsie|gips\w*|(?:w )?ortezie|orte[zt]\w*|temblak\w*|usztywni\w*", "in a cast"),
    (r"o kulach|kul(?:ach|e) ortopedyczn\w*", "crutches"),
    (r"wstrz[ąa][śs]nieni\w* m[óo]zgu", "concussion"),
    (r"uderzy[łl]\w* si[ęe] w g[łl]ow[ęe]|uderzy[łl]\w* (?:si[ęe] )?g[łl]ow[ąa]", "bumped her head"),
    (r"poparzy\w*|oparzy\w*|oparzeni\w*", "burn injury"),
    (r"nie radzi\w* sobie|psychiczn\w*|emocjonaln\w*|nerwic\w*|za[łl]ama\w*", "struggling emotionally"),
    (r"badani\w* s[łl]uchu|audiolog\w*|laryngolog\w*", "hearing test"),
    (r"usg|ultrasonograf\w*", "ultrasound"),
    (r"rezonans\w*|tomograf\w*", "scan"),
    (r"rentgen\w*|prze[śs]wietleni\w*", "x-ray"),
    (r"zgon\w*|[śs]mier[ćc]\w*|umar[łl]\w*|odszed[łl]|odesz[łl]a|pochowani\w*", "death"),
    (
        r"nag[łl]\w* (?:sytuacj|spraw)\w* rodzinn\w*|sytuacj\w* rodzinn\w*|spraw\w* rodzinn\w*",
        "family emergency",
    ),
    (r"rozpraw\w*(?: w s[ąa]dzie)?|(?:w|do) s[ąa]d(?:zie|u)", "court hearing"),
    (
        r"egzamin\w* wst[ęe]pn\w*|test\w* wst[ęe]pn\w*|sprawdzian\w* wst[ęe]pn\w*|egzamin\w* do (?:grammar|szko[łl]y)",
        "entrance exam",
    ),
    (r"przes[łl]uchani\w*|casting\w*", "audition"),
    (
        r"(?:je[źz]dzi\w*|pracuj\w*|podr[óo][żz]uj\w*) z weso[łl]\w* miasteczk\w*|z weso[łl]ym miasteczkiem",
        "with the fair",
    ),
    (r"cyrk\w*", "circus"),
    (r"w trasie(?! do)", "travelling for work"),
    (
        r"przeniesieni\w* (?:w wojsku|s[łl]u[żz]bow\w*)|przeniesieni\w* do (?:innej )?jednostki",
        "army posting",
    ),
    (r"taks[óo]wk\w*", "taxi"),
    (r"nie (?:przyjecha[łl]\w*|dojecha[łl]\w*|pojawi[łl]\w*|podjecha[łl]\w*|odebra[łl]\w*)", "didn't come"),
    (
        r"nie (?:ma|mam|mamy) jak (?:dojecha[ćc]|dotrze[ćc])|nie (?:mo[żz]e|mo[żz]emy) dojecha[ćc]",
        "can't get in",
    ),
    (r"[śs]nie[gżz]\w*", "snow"),
    (r"oblodzon\w*|go[łl]oled\w*|[śs]lisko", "icy roads"),
    (
        r"(?:drog\w*|ulic\w*|most\w*|autostrad\w*|tras\w*) (?:jest |s[ąa] |zosta[łl]\w* )?zamkni[ęe]t\w*"
        r"|zamkni[ęe]t\w* (?:drog\w*|ulic\w*|most\w*|autostrad\w*)",
        "road closed",
    ),
    (r"strajk\w*", "strike"),
    (
        r"(?:autobus\w*|poci[ąa]g\w*|tramwaj\w*) nie je[żz]d[żz]\w*|nie je[żz]d[żz]\w* (?:autobus|poci[ąa]g|tramwaj)\w*",
        "buses not running",
    ),
    (r"poci[ąa]g\w*", "train"),
    (r"burz[aeyęą]\w*|wichur\w*|huragan\w*|orkan\w*|wichr\w*", "storm"),
    (r"sanepid\w*|s[łl]u[żz]b\w* zdrowia|ukhsa", "public health"),
    (
        r"(?:kaza[łl]\w*|nakaza[łl]\w*|poleci[łl]\w*|zaleci[łl]\w*)(?: nam| mu| jej| im| nas)?(?: si[ęe])? (?:izolowa[ćc]|odizolowa[ćc])"
        r"|(?:polecenie|nakaz|zalecenie|decyzj\w*) (?:izolacji|kwarantanny)",
        "told to isolate",
    ),
    (r"kwarantann\w*", "quarantine"),
    (r"izolacj\w*|izolowa[ćc]|izoluj\w*", "isolate"),
    (r"(?:jeste[śs]my |jestem )?(?:ju[żz] )?w drodze", "on our way"),
    (
        r"nie mam (?:z kim|kto) (?:go |j[ąa] |ich )?(?:zostawi[ćc]|przypilnowa[ćc])|nie mam (?:opieki|niani|nikogo do opieki)|brak opieki",
        "no childcare",
    ),
    (
        r"(?:musi |musz[ąa] )?(?:zosta[ćc]|zostanie|zostaje|posiedzie[ćc]|siedzie[ćc]) z(?= (?:her little|m[łl]odsz|braciszk|siostrzyczk))",
        "to look after",
    ),
    (r"kin[oau]|do kina", "cinema"),
    (r"licencj\w*(?: na wyst[ęe]py)?|pozwoleni\w* na wyst[ęe]p\w*", "performance licence"),
    (r"modelk\w*|modeling\w*|pozowa\w*", "modelling"),
    (r"sesj\w* zdj[ęe]ciow\w*|zdj[ęe]ci\w* do (?:reklam|film|serial|katalog)\w*", "photoshoot"),
    (
        r"(?:gra|gra[ćc]|zagra|zagra[ćc]|wyst[ęe]puj\w*)(?: dzi[śs]| dzisiaj| jutro)? w (?:spektaklu|przedstawieniu|filmie|serialu|reklamie|musicalu)",
        "acting role",
    ),
    (r"by[łl]\w* chor\w*", "was off ill"),
    (r"chor\w*", "ill"),
    (r"w nocy|noc[ąa]", "overnight"),
    # "miała prawie 39": a temperature said as the degrees alone.
    (
        r"(?:mia[łl]a?|ma) (?:prawie |ponad |oko[łl]o |powy[żz]ej )?(?:3[89]|40)(?:[.,]\d)?(?: stopni)?",
        "had a temperature",
    ),
    (r"gor[ąa]czk\w*|temperatur\w*", "temperature"),
    (r"wymiot\w*", "vomiting"),
    (r"biegunk\w*|rozwolnieni\w*", "diarrhoea"),
    (r"kaszel|kaszl\w*", "cough"),
    (r"przezi[ęe]bi\w*", "a bad cold"),
    (
        r"jelit[óo]wk\w*|gryp\w* (?:[żz]o[łl][ąa]dkow|jelitow)\w*|rotawirus\w*|zatruci\w* pokarmow\w*"
        # "zatruł się czymś": food poisoning
        r"|zatru(?:[łl](?:a|o|y|i)?|ci\w*) si[ęe](?: czym[śs]| czym[śs] w \w+| jedzeniem)?",
        "stomach bug",
    ),
    (r"gryp\w*", "flu"),
    (r"b[óo]l g[łl]owy|bol(?:i|a[łl]a) (?:go |j[ąa] )?g[łl]owa", "headache"),
    (
        r"b[óo]l (?:brzucha|brzuszka)|bol(?:i|a[łl]) (?:go |j[ąa] )?(?:brzuch|brzuszek)|(?:brzuch|brzuszek) (?:go |j[ąa] )?bol(?:i|a[łl])",
        "stomach ache",
    ),
    (r"(?:[źz]le|kiepsko) si[ęe] czu\w*|nie czu\w* si[ęe] dobrze", "unwell"),
    (r"infekcj\w*|zapaleni\w*", "infection"),
    (r"angin\w*", "tonsillitis"),
    (r"osp[aęye](?: wietrzn\w*)?", "chicken pox"),
    (r"wysyp\w*", "rash"),
    (r"po z[łl]amaniu\w*", "for fracture clinic"),
    (r"z[łl]amani\w*", "fracture"),
    (r"z[łl]ama\w*", "fractured"),
    (r"kontrol[aęiy](?!\w)|wizyt\w* kontroln\w*", "check-up appointment"),
    (r"badani(?:e|a|u|em)(?!\w)|bada[ńn](?!\w)", "check-up appointment"),
    (r"ortoped\w*", "orthopaedic"),
    (r"migren\w*", "migraine"),
    (r"b[óo]l gard[łl]a|boli (?:go |j[ąa] )?gard[łl]o", "sore throat"),
    (r"b[óo]l ucha|boli (?:go |j[ąa] )?ucho", "ear ache"),
    (r"wirus\w*", "virus"),
    (r"katar\w*", "a bad cold"),
    (r"nudno[śs]ci\w*", "nausea"),
    (r"kontuzj\w*|uraz\w*", "injury"),
    (r"wizyt\w*", "appointment"),
    (r"dentyst\w*|stomatolog\w*", "dentist"),
    (r"ortodont\w*", "orthodontist"),
    (r"okulist\w*", "optician"),
    (r"lekarz\w*", "doctor"),
    (r"szpital\w*", "hospital"),
    (r"szczepieni\w*", "vaccination"),
    (r"pogrzeb\w*", "funeral"),
    (r"udar\w*|wylew\w*", "stroke"),
    (r"zawa[łl]\w*", "heart attack"),
    (r"le[żz]y w szpitalu|(?:jest|trafi[łl]\w*) (?:do |w )szpital\w*|w szpitalu", "in hospital"),
    (r"(?:babci\w*|babk\w*) (?:moich |naszych )?(?:dzieci|dziecka|wnuk[óo]w)", "their gran"),
    (r"(?:dziad(?:ek|ka|kowi)) (?:moich |naszych )?(?:dzieci|dziecka|wnuk[óo]w)", "their grandad"),
    (r"w (?:bardzo )?(?:ci[ęe][żz]kim|krytycznym|z[łl]ym|kiepskim) stanie", "in a critical condition"),
    (r"m[oó]j\w* mam\w*|m[oó]j\w* matk\w*", "my mum"),
    (r"m[oó]j\w* tat\w*|m[óo]j ojciec|mojego ojca", "my dad"),
    (r"m[oó]j\w* babci\w*|m[oó]j\w* babk\w*", "my gran"),
    (r"m[óo]j dziadek|moj\w* dziadk\w*", "my grandad"),
    (r"moj\w* te[śs]ci\w*", "my grandparents"),
    (r"zmar[łl]\w*", "died"),
    (r"wypad(?:ek|ku|kiem|ki|k[óo]w)|kraks\w*", "an accident"),
    (r"operacj\w*|zabieg\w*", "operation"),
    (r"korek|korki|korku|korkach", "traffic"),
    (r"nag[łl]a sytuacja rodzinna|sprawy rodzinne", "family emergency"),
    # a relative's communion, like a relative's christening or wedding, is a family occasion
    (
        r"komuni\w* (?:(?:mojego|mojej|naszego|naszej) )?(?:bratan\w*|siostrze[nń]\w*|kuzyn\w*|chrze[śs]ni\w*|wnu\w*)",
        "family celebration",
    ),
    (r"komuni\w*", "first communion"),
    (r"[śs]wi[ęe]t\w* trzech kr[óo]li|trzech kr[óo]li", "epiphany feast day"),
    (r"wszystkich [śs]wi[ęe]tych", "all saints holy day"),
    (r"wigili\w*", "christmas eve"),
    (
        r"po (?:przerwie )?(?:[śs]wi[ąa]tecznej|[śs]wi[ęe]tach|bo[żz]onarodzeniowej|bo[żz]ym narodzeniu|nowym roku)",
        "after the christmas holidays",
    ),
    (r"po (?:feriach|przerwie(?: semestralnej| zimowej| wielkanocnej)?|wakacjach)", "after the holiday"),
    (r"na [śs]wi[ęe]ta|[śs]wi[ąa]t\w*", "for the christmas holiday"),
    (r"[śs]wi[ęe]to", "feast day"),
    (r"ko[śs]ci[óo][łl]\w*|ko[śs]cio[łl]\w*", "the church"),
    (r"msz[aęyi]", "mass"),
    (r"wakacj\w*|urlop\w*|ferie|ferii|wycieczk\w*", "holiday"),
    (r"wesel\w*|[śs]lub\w*", "wedding"),
    (r"na lotnisk(?:o|u)", "at the airport"),
    (r"z lotniska", "from the airport"),
    (r"lotnisk\w*", "airport"),
    (r"lot\w*|samolot\w*", "flight"),
    (r"(?:wyje[żz]d[żz]amy|lecimy|jedziemy) do polski", "going to poland"),
    (r"wyjazd\w* rodzinn\w*|rodzinn\w* wyjazd\w*", "family trip"),
    (r"wyje[żz]d[żz]amy|wyjedziemy|wyje[żz]d[żz]aj[ąa]|wyjazd\w*|za granic[ąęe]", "going away"),
    (r"rozmow\w* kwalifikacyjn\w*", "interview"),
    # "rozmowę w college'u / na uczelni": an admissions interview
    (
        r"rozmow[aęeyi](?= (?:w|do|na|z) (?:college|koled[żz]|uczelni|uniwersytet|sixth|szko[łl]|liceum|technikum))",
        "an interview",
    ),
    (r"urodzin\w*", "birthday"),
    (r"zakup\w*", "shopping"),
    (r"bilet\w*", "tickets"),
    (r"nadal|wci[ąa][żz]|ci[ąa]gle|dalej(?= (?:jest|ma|[źz]le|chor|kaszl|wymiot|gor[ąa]czk|boli))", "still"),
    (r"(?:ju[żz] )?wyzdrowia[łl]\w*", "is better now"),
    (r"mam nadziej[ęe],? [żz]e|mamy nadziej[ęe],? [żz]e|miejmy nadziej[ęe]|oby", "hopefully"),
    (
        r"(?:awari\w*|zepsu\w*(?: si[ęe])?|nie odpali\w*) (?:samochodu|samoch[óo]d|auta|auto)|(?:samoch[óo]d|auto) (?:si[ęe] )?zepsu\w*",
        "the car broke down",
    ),
    # a flat tyre: "złapaliśmy gumę / kapcia", "przebita opona", "pękła opona", "przebiliśmy oponę"
    (
        r"z[łl]apa[łl]\w* (?:gum[ęe]|kapcia|flaka)|(?:przebit\w*|p[ęe]k[łl]\w*|przebili\w*|pusta|pust[ąa]) (?:opon\w*|d[ęe]tk\w*)"
        r"|(?:opona|d[ęe]tka) (?:nam |si[ęe] )?(?:p[ęe]k[łl]a|przebi[łl]a|zesz[łl]a)|kapcia",
        "got a flat tyre",
    ),
    (r"pomoc\w* drogow\w*|laweta|lawet\w*|holownik\w*", "roadside recovery"),
    (r"czekamy na|czekam na", "waiting for"),
    # "najwcześniej koło 10:15": the hour of arrival, said as the earliest it can be
    (r"najwcze[śs]niej(?= (?:ko[łl]o |oko[łl]o |o |na )?\d)", ""),
    (r"najwcze[śs]niej", "at the earliest"),
    (r"najp[óo][źz]niej", "at the latest"),
    (r"u(?= (?:dentyst|lekarz|ortodont|okulist|stomatolog|pediatr|laryngolog))", "at the"),
    (r"mia[łl]\w*", "had"),
    (r"dziad(?:ek|ka|kiem|kowi|ku)", "the family's grandad"),
    (r"babci\w*|babk\w*", "the family's gran"),
    (r"te[żz]", "too"),
    (r"wi[ęe]c", "so"),
    (r"bo|poniewa[żz]|dlatego [żz]e", "because"),
    (r"by[łl]\w*", "was"),
    (r"jest", "is"),
    (r"s[ąa]", "are"),
    (r"ma", "has"),
    (r"mają", "have"),  # not "maja": Maja is a given name
    (r"i", "and"),
    (r"ani", "or"),
    (r"ale", "but"),
    (r"sorki|sorka|sory|sorry", "sorry"),
    (r"za (?:zamieszanie|pomy[łl]k[ęe])", "for the mix-up"),
    (r"b[ęe]dzie", "will be"),
)

# Common words of the language that are not English words too (Latin-script detection).
STOPWORDS = frozenset(
    [
        "bardzo",
        "bedzie",
        "będzie",
        "chora",
        "chory",
        "córka",
        "dobry",
        "dziekuje",
        "dzien",
        "dzień",
        "dzisiaj",
        "dziękuję",
        "jego",
        "jednak",
        "juz",
        "już",
        "moja",
        "pozdrawiam",
        "prosze",
        "proszę",
        "witam",
        "wczoraj",
        "dzis",
        "dziś",
        "domu",
        "jej",
        "jest",
        "jutro",
        "ma",
        "nie",
        "przepraszam",
        "przyjdzie",
        "jedzie",
        "nami",
        "pracujemy",
        "się",
        "syn",
        "szkole",
        "szkoly",
        "szkoły",
        "że",
        # weekdays and the words of a trip or a visit, none of them a word in the other languages
        "poniedziałek",
        "poniedzialek",
        "wtorek",
        "środę",
        "srode",
        "czwartek",
        "piątek",
        "piatek",
        "sobotę",
        "sobote",
        "niedzielę",
        "niedziele",
        "lecimy",
        "jedziemy",
        "wyjeżdżamy",
        "wyjezdzamy",
        "wróci",
        "wroci",
        "tygodniu",
        "tydzień",
        "tydzien",
        "wakacje",
        "wczasy",
        "urlop",
        "lekarza",
        "wizytę",
        "wizyte",
    ]
)

DISTINCT_LETTERS = frozenset("ćłńśźż")

# Phrases meaning every child of the parent.
ALL_CHILDREN = (
    r"oboje|obaj|obie|obydwoje|(?:moje |wszystkie )?dzieci|ca[łl]a (?:dw[óo]jka|tr[óo]jka|czw[óo]rka)|obydwaj|obydwie|wszyscy trzej|wszystkie trzy",
)

# Endings of declined given names, added to the name without its final vowel.
# The diminutive "-ek"/"-ka" ("Wiktorek", "Natalka") and its own cases are read as the name too.
CASE_ENDINGS = r"a|y|i|ie|e|ę|ą|o|u|owi|em|iem|ek|ka|ki|ke|ku|kiem|kowi|kę|uś|usia|usiu"
# A name in "-ek" loses its "e" when declined: Franek, Franka; Tymek, Tymkowi.
NOMINATIVE_ENDINGS = r"ek"
