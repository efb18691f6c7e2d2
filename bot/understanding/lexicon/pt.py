"""Portuguese: the words the understanding step reads in this language (see lexicon/__init__.py)."""

from __future__ import annotations

_DAYS = r"(?:segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado|domingo)"
_WEEKDAYS = (
    ("segunda", "monday"),
    ("ter[çc]a", "tuesday"),
    ("quarta", "wednesday"),
    ("quinta", "thursday"),
    ("sexta", "friday"),
    ("s[áa]bado", "saturday"),
    ("domingo", "sunday"),
)
# "vai", "vão", "vem", "vêm" and their spellings without accents: the verbs of going in.
_MONTHS = r"(?:janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
_GO = r"(?:vai|v[ãa]o|vem|v[êe]m|ir[áa]|ir[ãa]o|vir[áa]|vir[ãa]o)"
_SCHOOL = r"(?: (?:à|a|para a|pra|na|às) (?:escola|aulas))"
# A day said before the verb of coming back ("amanhã ele volta"): English says it after.
_BACK_ON = (
    r" (?:(?:o|a) [^\W\d_]+ |ele |ela |eles |elas |j[áa] )?(?:volta|voltam|regressa|regressam"
    r"|(?:vai|vem|v[ãa]o|v[êe]m)(?:" + _SCHOOL + r")? normal(?:mente)?"
    # "amanhã já está cá normalmente": here again
    r"|(?:j[áa] )?(?:est[áa]|t[áa]|estar[áa]|vai estar|est[ãa]o|estar[ãa]o|v[ãa]o estar) (?:c[áa]|a[íi]|na escola)"
    r"(?: normal(?:mente)?| como sempre)?"
    # "amanhã já deve ir (à escola)": should go in, not "deve ir ao médico"
    r"|(?:deve|devem|dever[áa]|dever[ãa]o) (?:ir|vir|voltar|regressar)(?:"
    + _SCHOOL
    + r"|(?! (?:ao|aos|[àa]|[àa]s|a|para|pra|pro|no|na|fazer|ver|buscar)\b))"
    # "amanhã já vai.": the clause ends on the verb of going in
    r"|(?:vai|vem|v[ãa]o|v[êe]m)(?:" + _SCHOOL + r")?(?= *(?:[.!,;]|$)))"
)

# "às 9 e meia", "9h30", "9h45", "9h": the clock times English writes 9:30, 9:45, 9:00.
CLOCK: tuple[tuple[str, str], ...] = (
    (r"(?<!\d)(?P<h>\d{1,2})(?:h| horas?)? e meia", "{h}:30"),
    (r"(?<!\d)(?P<h>\d{1,2})(?:h| horas?)? e um quarto", "{h}:15"),
    (r"(?<!\d)(?P<h>\d{1,2})(?:h ?|:)(?P<m>[0-5]\d)h?", "{h}:{m}"),
    (r"(?<!\d)(?P<h>\d{1,2})h(?! ?\d)", "{h}:00"),
    # "dia 3": a bare day of the month, which English writes with its ordinal ("the 3rd")
    (
        r"(?<![\w/])(?<!, )dia (?P<h>[1-9]|[12]\d|3[01])(?![\d:./,h]\d|\d|h\b| ?(?:horas?|e meia|da manh[ãa]|da tarde)\b)",
        "dia {h}th",
    ),
)

GLOSSES: tuple[tuple[str, str], ...] = (
    # the airport, where a relative is met: "buscar a vó no aeroporto", "em Heathrow"
    (r"(?:no|ao) aeroporto(?: de)?", "at the airport"),
    (r"do aeroporto(?: de)?", "from the airport"),
    (r"(?<=\w )(?:em|a)(?= (?:heathrow|gatwick|stansted|luton)\b)", "at"),
    (r"(?<=\w )de(?= (?:heathrow|gatwick|stansted|luton)\b)", "from"),
    # days and sessions, as a dictionary lists them
    (r"(?:nesta|neste|nessa|esta|este)(?= " + _DAYS + r")", "this"),
    # "desde quinta o Sam está de cama": since a past day, where "desde quarta até sexta" is a span
    (
        r"desde(?= (?:[ao] )?" + _DAYS + r"(?:[- ]feira)?(?! (?:a|à) (?:" + _DAYS + r"|\d)| at[ée]\b))",
        "since",
    ),
    # "entre 9 e 11 de dezembro": a span of dates
    (r"(?:(?<=entre \d )|(?<=entre \d\d ))e(?= \d)", "to"),
    # "volta depois do fim de semana": back on the Monday
    (
        r"(?:volta|voltam|voltar[áa]|voltar[ãa]o|regressa|regressam|regressar[áa]|estar[áa] de volta)"
        r"(?: (?:à|a|pra|para a) escola)? (?:depois|a seguir|ap[óo]s) (?:d?o )?(?:fim de semana|fds)",
        "back on monday",
    ),
    (r"at[ée] (?:depois|a seguir|ap[óo]s) (?:d?o )?(?:fim de semana|fds)", "until after the weekend"),
    (r"(?:depois|a seguir|ap[óo]s) (?:d?o )?(?:fim de semana|fds)", "after the weekend"),
    # "estaremos aí por volta das 10": arriving then
    (
        r"(?:estaremos|estamos|chegamos|chegaremos) (?:a[íi]|l[áa]|na escola)(?= (?:por volta|pelas|[àa]s|umas|l[áa] para))",
        "arriving",
    ),
    # "à uma (e meia)": one o'clock, the hour said in words
    (r"[àa] uma e meia", "at 1:30"),
    (r"[àa] uma(?: hora)?(?= *(?:[.!,;]|$| da tarde))", "at 1:00"),
    # "só vai à tarde": in for the afternoon only, so off in the morning
    (
        r"s[óo] (?:fica|ficar[áa]|vai ficar|est[áa]|estar[áa]|vai estar|vem|vir[áa]|vai|ir[áa])(?: (?:para |[àa] )?(?:na )?escola| nas aulas)?"
        r" (?:[àa] tarde|da parte da tarde|durante a tarde|de tarde)",
        "will only be in for the afternoon",
    ),
    # "só fica de manhã": in for the morning only, so off in the afternoon
    (
        r"s[óo] (?:fica|ficar[áa]|vai ficar|est[áa]|estar[áa]|vai estar|vem|vir[áa]|vai)(?: na escola| nas aulas)?"
        r" (?:de manh[ãa]|da parte da manh[ãa]|durante a manh[ãa]|a manh[ãa])",
        "will only be in for the morning",
    ),
    # "vai faltar de manhã": off in the morning
    (
        r"(?:vai|v[ãa]o) faltar (?:de manh[ãa]|da parte da manh[ãa]|durante a manh[ãa]|[àa] manh[ãa])"
        r"|faltar[áa]o? (?:de manh[ãa]|da parte da manh[ãa]|[àa] manh[ãa])|(?:vai|v[ãa]o) perder a manh[ãa]",
        "will miss the morning",
    ),
    # "chega hoje às 11": English reads the day before the verb of arriving
    (
        r"(?:chega|chegam|vem|v[êe]m|chegar[áa]|vai chegar|entra|entrar[áa]) (?:hoje|hj)(?= (?:[àa]s|pelas|por volta das) \d)",
        "today arriving",
    ),
    (
        r"(?:vai|v[ãa]o|deve|devem) estar (?:na escola|nas aulas|no col[ée]gio)(?= (?:[àa]s|a partir d[ao]s|pelas|por volta das) \d)",
        "will be in school",
    ),
    (r"a partir d[ao]s(?= \d)", "at"),
    (
        r"(?:vai|v[ãa]o) estar (?:internad[oa]s? )?no hospital|(?:fica|ficar[áa]|vai ficar) internad[oa]",
        "will be in hospital",
    ),
    (r"(?:por |durante )?uma semana(?: de (?:baixa|repouso|atestado))?", "for a week"),
    (r"antes d[ao]s (?:f[ée]rias d[eo] natal|f[ée]rias|festas)", "before the christmas holidays"),
    (r"exames", "tests"),
    (r"exame(?! d[eao] (?:admiss|acesso|entrada|sele|vista|vis|olhos|audi|ouvid))", "test"),
    (r"cardiologista", "cardiologist"),
    # "a 3 de dezembro": on that date
    (r"(?<!\d )a(?= \d{1,2} de " + _MONTHS + r")", "on"),
    (r"de(?= \d{1,2} de " + _MONTHS + r" (?:a|at[ée]|à) )", "from"),
    # dates in words: "dia três de dezembro"
    *(
        (word + r"(?= de " + _MONTHS + r")", str(number))
        for number, word in enumerate(
            (
                r"(?:primeiro|um)",
                "dois",
                r"tr[êe]s",
                "quatro",
                "cinco",
                "seis",
                "sete",
                "oito",
                "nove",
                "dez",
            ),
            1,
        )
    ),
    (r"aeroporto", "airport"),
    # "o Pedro já entrou": a sibling already in school
    (r"j[áa] (?:entrou|entraram|est[áa] l[áa] dentro|est[ãa]o l[áa] dentro)", "was in"),
    # a sibling who did go in: "came all week", "came both days"
    (
        r"(?<!n[ãa]o )(?:veio|vieram|foi|foram|esteve|estiveram)(?: [àa] escola| na escola)? (?:a semana (?:toda|inteira)|toda a semana)(?! (?:doente|em casa|de cama|mal|no hospital|sem |fora))",
        "was in all week",
    ),
    (
        r"(?<!n[ãa]o )(?:veio|vieram|foi|foram|esteve|estiveram)(?: [àa] escola| na escola)? (?:os dois dias|ambos os dias|nos dois dias)(?! (?:doente|em casa|de cama|mal|no hospital|sem |fora))",
        "was in as normal",
    ),
    # a corrected day: "não é quinta, é sexta", "não é na quinta mas sim na sexta"
    (r"n[ãa]o (?:é|ser[áa]|vai ser|fica)(?: (?:na|no|para))?(?= " + _DAYS + r")", "not"),
    (r",? (?:mas sim|mas|é|e sim)(?: (?:na|no))?(?= " + _DAYS + r")", " but"),
    # hedged ends and "since"
    (r"(?:provavelmente|talvez|acho que|se calhar) (?:tamb[ée]m )?n[ãa]o", "probably not"),
    (r"provavelmente|se calhar", "probably"),
    (r"sobre(?= (?:o|a|os|as|ir|buscar|levar|hoje|hj|amanh[ãa]|ontem)\b)", "about"),
    # "hoje e amanhã de certeza que não vai": those days for certain, perhaps more
    (r"(?:(?<=amanh[ãa] )|(?<=hoje )|(?<=hj ))de certeza(?: que)?(?= n[ãa]o)", "at least"),
    (r"de certeza(?: que)?|com certeza", "for sure"),
    (
        r"(?:est[áa]|t[áa]|anda|ficou|continua) (?:doente|mal|malzinh[oa]|de cama|com febre|adoentad[oa])(?: com \w+)? desde(?: o| a)?"
        # "está com 39 de febre desde domingo"
        r"|(?:est[áa]|t[áa]|anda|continua) com (?:\d+(?:[.,]\d)? (?:graus )?de )?febre desde(?: o| a)?"
        # "com gripe, febre alta desde sábado"
        r"|febre(?: alta)? desde(?: o| a)?",
        "has been ill since",
    ),
    # "ontem eu falei que...": an earlier message of the parent's
    (
        r"ontem(?: [àa] noite| [àa] tarde)? (?:eu )?(?:falei|disse|avisei|escrevi|mandei (?:mensagem|msg))"
        r"(?: (?:pra|para) (?:voc[êe]s?|vcs?|a senhora|o senhor))?",
        "i messaged you yesterday",
    ),
    # "na semana passada mandei mensagem a dizer que...", "eu tinha avisado que...": an earlier message
    (
        r"(?:(?:na |n[ao] )?semana passada |anteontem )?(?:eu )?(?:tinha |j[áa] )?"
        r"(?:avisado|falado|dito|escrito|mandado (?:uma )?(?:mensagem|msg)|mandei (?:uma )?(?:mensagem|msg)|escrevi|avisei)"
        r"(?: (?:pra|para) (?:voc[êe]s?|vcs?|a senhora|o senhor|a professora))?(?: a dizer)? que",
        "i messaged you earlier that",
    ),
    # "não tenho como a levar": no one to take the child in
    (
        r"n[ãa]o (?:tenho|temos|tem) como (?:a |o |os |as )?(?:levar|trazer)(?:-(?:l[ao]s?))?|n[ãa]o (?:tenho|temos) quem (?:a |o |os |as )?leve",
        "there is no one to take her",
    ),
    # "(o médico) disse pra ele ficar em casa", "mandou que fique em casa": the doctor's advice
    (
        r"(?:e )?(?:disse|mandou|pediu|recomendou|aconselhou)(?: que)? (?:para |pra )?(?:ele|ela|eles|elas) "
        r"(?:ficar|ficarem|fique|fiquem) em casa",
        "said he should stay at home",
    ),
    # "(o médico) disse para ficar em casa": advice given, not an earlier message of the parent's
    (r"(?:e )?(?:disse|mandou|pediu|recomendou|aconselhou) (?:para|pra)(?= ficar| ficarem)", ","),
    (r"at[ée] (?:segunda|nova) ordem|at[ée] novo aviso|por tempo indeterminado", "until further notice"),
    (r"(?:da|na) (?:pr[óo]xima semana|semana que vem|semana seguinte)", "next week"),
    (r"(?:nem|e|ou) no dia seguinte|no dia seguinte", "and the day after"),
    (
        r"(?:vai|v[ãa]o|vai ter que|vai ter de) (?:fazer|ter) (?:uma )?(?:pequena )?(?:cirurgia|opera[çc][ãa]o)",
        "is having an operation",
    ),
    (
        r"(?:o |nosso |o nosso )?voo (?:foi|ficou) cancelado|(?:os |nossos |os nossos )?voos (?:foram|ficaram) cancelados",
        "the flight was cancelled",
    ),
    (
        r"(?:me enganei|enganei-me|eu me enganei) (?:no|de|com o) (?:dia|data)|(?:me enganei|enganei-me)(?= ?:)",
        "correction, i got the day wrong",
    ),
    (
        r"(?:j[áa] )?(?:t[ôo]|estou|to) (?:indo|a ir) buscar(?: o| a| os| as)?|j[áa] vou buscar(?: o| a| os| as)?|estou a caminho (?:para|pra) buscar(?: o| a| os| as)?",
        "i'm on my way to collect",
    ),
    (r"(?:ela |ele |eles |elas )?(?:deve|devem|dever[áa]|dever[ãa]o)(?= ficar)", "probably"),
    (r"a gente", "we"),
    # everyday vocabulary of the categories, as a dictionary lists it
    (
        r"(?:o |a )?(?:t[áa]xi|autocarro|[ôo]nibus|carrinha|van|transporte)(?: escolar| d[oa] (?:council|escola|conselho|c[âa]mara))"
        r" (?:n[ãa]o (?:veio|apareceu|chegou|passou|vem|vai vir)|faltou)",
        "council taxi didn't come",
    ),
    (
        r"(?:manchas|pintas|bolinhas|borbulhas|borbulhinhas) vermelhas|(?:uma )?erup[çc][ãa]o(?: cut[âa]nea)?|brotoejas?|(?:umas |muitas )?borbulhas",
        "a rash",
    ),
    (
        r"tonturas?|vertigens?|zonz[oa]s?|(?:est[áa]|anda|sente-se|fica|ficou) (?:muito |meio )?tont[oa]s?",
        "dizziness",
    ),
    (
        r"(?:a |com |tem |teve )?temperatura (?:alta|elevada)|febr[ei]nha|com (?:a |uma )?temperatura",
        "a temperature",
    ),
    (r"dor(?:es)? (?:de|na|no|nas) (?:barriga|est[ôo]mago|ventre|tripas)", "stomach ache"),
    (r"(?:uma |com )?alergi\w*|al[ée]rgic[oa]s?", "an allergy"),
    (
        r"(?:a )?(?:doen[çc]a|s[íi]ndrome) (?:de )?m[ãa]o[- ]p[ée][- ]boca|m[ãa]o[- ]p[ée][- ]boca",
        "hand foot and mouth",
    ),
    (r"laringite|faringite|traqueite", "a throat infection"),
    (r"perdeu a voz|ficou sem voz|est[áa] sem voz", "lost her voice"),
    (r"(?:uma )?infec?[çc][ãa]o (?:no|nos|de|nas?) (?:ouvidos?|orelhas?)", "an ear infection"),
    (r"(?:uma )?infec?[çc][ãa]o urin[áa]ria|cistite", "a uti"),
    (r"(?:uma )?infec?[çc][ãa]o", "an infection"),
    (r"urtic[áa]ria", "hives"),
    (r"am[íi]g?dalite|am[íi]gdalas", "tonsillitis"),
    (
        r"(?:caiu|ca[íi]ram|tombou|levou um tombo) d[ao] (?:bicicleta|bicla|bike|trotinete|patinete|skate|cavalo|baloi[çc]o|trampolim|escorrega)",
        "fell off the bike",
    ),
    (r"dorid[oa]s?", "aching"),
    (r"(?:levou|levar|tem|com|teve|levaram) (?:uns |alguns |\d+ )?pontos", "stitches"),
    (
        r"cortou (?:a|o) (?:cabe[çc]a|testa|queixo|m[ãa]o|p[ée]|joelho|perna|bra[çc]o|l[áa]bio|cara)|cortou-se",
        "a cut on her head",
    ),
    (
        r"(?:com |tem |uma |de |est[áa] de |com uma |tem uma |com o )?(?:tala|gesso|bota ortop[ée]dica)|engessad[oa]",
        "in a cast",
    ),
    (r"(?:tem|tinha|com) (?:muitas? |tantas |bastantes? )?dores", "in pain"),
    (r"queimou-se|se queimou|queimou (?:a|o) \w+|(?:uma )?queimadura", "got hurt with a burn"),
    (r"bateu (?:com )?a cabe[çc]a", "banged her head"),
    (r"(?:uma )?concuss[ãa]o|(?:um )?traumatismo craniano", "concussion"),
    (
        r"(?:anda|est[áa]|t[áa]) (?:muito |bem |um pouco |meio )?(?:em baixo|pra baixo|para baixo|abatid[oa]|tristonh[oa])",
        "low mood",
    ),
    (r"deprimid[oa]s?", "depressed"),
    (r"e?stressad[oa]s?|(?:o )?e?stress(?:e)?", "anxious"),
    (r"exaust[oa]s?|esgotad[oa]s?|exaust[ãa]o|burn-?out", "washed out"),
    (r"psicologicamente|emocionalmente|mentalmente", "mentally"),
    (r"n[ãa]o (?:anda|est[áa]|t[áa]) (?:nada |muito |l[áa] muito )?bem", "isn't well"),
    (
        r"(?:um )?(?:exame|teste|rastreio) (?:[àa]|da|de|aos|dos) (?:vista|vis[ãa]o|olhos)|exame oftalmol[óo]gico",
        "an eye test",
    ),
    (r"oculista|optometrista|[óo]ptica", "optician"),
    (
        r"(?:um )?(?:exame|teste|rastreio) (?:[àa]|da|de|aos|dos) (?:audi[çc][ãa]o|ouvidos)|audiograma",
        "a hearing test",
    ),
    (r"(?:uma|a) audi[çc][ãa]o (?:no|na|para|de (?:dan[çc]a|m[úu]sica|teatro|canto))", "an audition"),
    (r"vacin\w*", "vaccination"),
    (r"centro de sa[úu]de|posto de sa[úu]de|ubs", "the gp surgery"),
    (r"(?:uma )?ressonância(?: magn[ée]tica)?|(?:uma )?resson[âa]ncia(?: magn[ée]tica)?", "an mri"),
    (r"(?:uma )?(?:tac|tomografia)", "a scan"),
    (r"(?:uma )?(?:ecografia|ecografia|ultrassom|ultrassonografia|ecografia)", "an ultrasound"),
    (r"(?:um )?raio[- ]?x|(?:uma )?radiografia", "an x-ray"),
    (r"pediatra", "paediatrician"),
    (r"dermatologista", "dermatologist"),
    (r"otorrino(?:laringologista)?", "ent"),
    (r"crisma|crismad[oa]", "religious confirmation"),
    (r"(?:o )?culto", "the church"),
    (
        r"(?:entrou em |est[áa] em |em )?trabalho de parto|deu [àa] luz|(?:vai|est[áa] a) dar [àa] luz",
        "giving birth",
    ),
    (
        r"(?:a |nossa |a nossa |minha |a minha )?casa (?:ficou |est[áa] |foi |t[áa] )?(?:toda |completamente )?(?:inundada|alagada)",
        "the house is flooded",
    ),
    (r"(?:uma )?morte", "a death"),
    (r"nasceu|nasceram", "was born"),
    (r"(?:vamos|vai|v[ãa]o|ir|vou) (?:[àa]|para a|pra) terra(?: natal)?", "going abroad"),
    (
        r"(?:um |uma )?(?:exame|prova|teste) de (?:admiss[ãa]o|acesso|entrada|sele[çc][ãa]o)",
        "an entrance exam",
    ),
    (r"feirantes?|(?:com|na) a feira(?! de)", "travellers on the fairs"),
    (r"circo", "circus"),
    (r"digress[ãa]o|turn[êe]", "touring season"),
    (r"(?:foi |est[áa] |vai ser )?destacad[oa]s?|destacamento", "military posting"),
    (r"neve|nevou|a nevar", "snow"),
    (
        r"estradas? (?:est[ãa]o |est[áa] )?(?:cheias de |com |cobertas de )gelo|gelo nas? estradas?|geada|estradas? gelad\w*",
        "icy roads",
    ),
    (
        r"n[ãa]o (?:conseguimos|consigo|podemos|posso) (?:ir|lev[áa]-l[oa]s?|levar|chegar)"
        r"|n[ãa]o (?:consegue|conseguem|pode|podem) (?:lev[áa]-l[oa]s?|levar)",
        "can't get",
    ),
    (r"greves?", "strike"),
    (r"(?:os )?comboios|(?:os )?trens", "the trains"),
    (r"(?:o |nosso |o nosso )?(?:comboio|trem)", "the train"),
    (r"(?:os )?autocarros|(?:os )?[ôo]nibus(?= (?:foram|est[ãa]o|n[ãa]o))", "the buses"),
    (r"tempestades?|temporal", "storm"),
    (
        r"(?:a |as )?estradas? (?:est[áa] |est[ãa]o |foi |foram )?(?:fechad|cortad|bloquead|interditad)[ao]s?",
        "road closed",
    ),
    (
        r"(?:pediu|pediram|mandou|mandaram|disse|disseram|ordenou|ordenaram)(?:-nos|-lhes|-lhe| nos| lhes| lhe)? (?:para|pra) (?:nos |se )?"
        r"(?:fic\w+ (?:em|de) (?:isolamento|quarentena)|isol\w+|fazer(?:mos)? quarentena)",
        "told to isolate",
    ),
    (
        r"(?:tem|t[êe]m|temos) (?:de|que) (?:ficar|estar|fazer) (?:em |de )?(?:isolamento|quarentena)",
        "has to isolate in quarantine",
    ),
    (r"quarentena|isolamento", "quarantine"),
    (
        r"(?:as |a )?autoridades? de sa[úu]de|(?:a )?sa[úu]de p[úu]blica|(?:a )?dire[çc][ãa]o-geral da sa[úu]de",
        "public health",
    ),
    (r"(?:daqui a|em) (?:um )?quarto de hora", "in 15 minutes"),
    (r"(?:daqui a|em) meia hora", "in 30 minutes"),
    (
        r"n[ãa]o (?:tenho|temos|h[áa]) ningu[ée]m (?:para|pra|que possa) (?:ficar com|tomar conta d[eoa]s?|cuidar d[eoa]s?|levar)",
        "no one to look after",
    ),
    (
        r"(?:vamos |ir )?passear(?: em fam[íi]lia)?|(?:um )?passeio (?:em fam[íi]lia|familiar)|(?:um )?dia em fam[íi]lia",
        "a family day out",
    ),
    (
        r"(?:uma )?filmage(?:m|ns)|(?:umas )?grava[çc][õo]es|(?:uma )?grava[çc][ãa]o (?:de|para) (?:um|uma)",
        "filming",
    ),
    (
        r"(?:uma )?sess[ãa]o (?:fotogr[áa]fica|de fotos)|(?:um )?ensaio fotogr[áa]fico|(?:de |como )modelo",
        "photo shoot modelling",
    ),
    (
        r"(?:a |uma )?licen[çc]a (?:de espet[áa]culo|de atua[çc][ãa]o|para atuar|de trabalho infantil|do council|da c[âa]mara"
        r"|(?:foi|est[áa]) (?:aprovada|concedida))",
        "performance licence",
    ),
    # reasons: the wider vocabulary of illness, appointments, family events and lateness
    (r"gripad\w*|engripad\w*|constipad\w*|resfriad\w*", "has a bad cold and flu"),
    (r"dolorid\w*|dor(?:es)? no corpo|dor(?:es)? pelo corpo|moid\w*", "aching"),
    (r"(?:crise|ataque)s? de asma|asm[áa]tic\w*|asma|bombinha|falta de ar|chiado no peito", "asthma"),
    (r"enxaquec\w*", "migraine"),
    (r"(?:sai|sair[áa]|vai sair|v[ãa]o sair|saem) (?:[àa]s|por volta d[ae]s)(?= \d)", "leaving at"),
    (r"(?:est[áa]|t[áa]) (?:muito|mt|bem|super) mal|(?:est[áa]|t[áa]) mal(?= *[.,!])", "is very poorly"),
    (
        r"(?:muito )?nervos[oa]s? (?:por causa d[oa]s|com [oa]s|antes d[oa]s|d[oa]s) (?:exames?|testes?|provas?)",
        "anxious about exams",
    ),
    (r"yom kip+ur", "yom kippur"),
    (r"(?:a )?festa do (?:sacrif[íi]cio|cordeiro|carneiro)", "eid"),
    (
        r"(?:a )?(?:cerim[óo]nia de |festa de )?(?:formatura|gradua[çc][ãa]o)|receber o diploma|recebe o diploma",
        "graduation",
    ),
    (
        r"(?:uma |a )?viagem (?:de trabalho|de neg[óo]cios|em trabalho|a trabalho)"
        r"|(?:vai|vou|v[ãa]o) viajar (?:em|a|por|de) (?:trabalho|neg[óo]cios)",
        "business trip",
    ),
    (r"em portugal", "in portugal abroad"),
    (r"(?:crise|ataque)s? de (?:ansiedade|p[âa]nico)|ansiedade|ansios[ao]s?|p[âa]nico|depress\w*", "anxiety"),
    # "de manhã não consegue sair de casa": she can't leave the house (these days), said in the present
    (r"n[ãa]o (?:consegue|conseguem) (?:sair de casa|sair da cama)", "can't leave the house"),
    (
        r"n[ãa]o (?:conseguiu|consegue|conseguiram|vai conseguir) (?:sair de casa|sair da cama|ir [àa] escola|ir pra escola|ir para a escola|vir)",
        "couldn't come in",
    ),
    (
        r"intoxica[çc][ãa]o alimentar|intoxica[çc][ãa]o|virose|gastroenterite|gastrite|dor de barriga|dor de est[ôo]mago",
        "stomach bug",
    ),
    (
        r"passou mal|passando mal|est[áa] mal disposto|t[áa] mal disposto|mal[- ]disposto|mal[- ]disposta|indisposto|indisposta|enjoad\w*|enjoo\w*",
        "was poorly",
    ),
    (r"terapia da fala|fonoaudi[óo]log\w*|fono(?= )|terapeuta da fala|logoped\w*", "speech therapy"),
    (r"fisioterap\w*|terapia\w*|terapeut\w*|psic[óo]log\w*|psiquiatr\w*", "therapy"),
    (r"cl[íi]nica\w*", "clinic"),
    (r"\buti\b|cuidados intensivos|terapia intensiva", "intensive care"),
    (
        r"emerg[êe]ncia(?: \w+)? (?:familiar|de fam[íi]lia|na fam[íi]lia)|problema\w* (?:grave\w* )?(?:familiar|de fam[íi]lia|na fam[íi]lia)\w*",
        "family emergency",
    ),
    (r"inc[êe]ndio\w*", "house fire"),
    (r"inunda[çc][ãa]o|inundad\w*|alagad\w*", "flooded"),
    (
        r"(?:tomar|tomando|toma) conta d[oae]s?|cuidar d[oae]s?|olhar (?:pel?[oa]s?|[oa]s?)(?= irm)|ficar com (?:[oa] )?(?=irm)",
        "look after",
    ),
    (
        r"(?:o )?irm[ãa]o(?:zinho)? (?:mais novo|pequeno|mais pequeno|bebê|beb[ée])|(?:o )?irm[ãa]ozinho",
        "her little brother",
    ),
    (
        r"(?:a )?irm[ãa](?:zinha)? (?:mais nova|pequena|mais pequena|bebê|beb[ée])|(?:a )?irm[ãa]zinha",
        "her little sister",
    ),
    (r"(?:o|a|[oa] nosso|[oa] nossa|[oa] meu|[oa] minha) (?:beb[êée]|nen[êe]m?|nen[êe])", "the baby"),
    (
        r"(?<=hoje )sim(?= *(?:[.!,]|$))|(?<=hj )sim(?= *(?:[.!,]|$))|(?<=escola )sim(?= *(?:[.!,]|$))|(?<=aula )sim(?= *(?:[.!,]|$))",
        "after all",
    ),
    (
        r"(?:chega|chegam|vai chegar|v[ãa]o chegar|chegamos|chegaremos|chegar[áa]|chegar[ãa]o|(?:deve|devem|dever[áa]|dever[ãa]o) chegar)(?: a[íi]| l[áa])?(?: (?:por volta d[ae]s|l[áa] pel[ao]s|pel[ao]s|[àa]s|umas|uns))? (?=(?:8|9|10)(?:h|:|\.)\d)",
        "will be late, be there at ",
    ),
    (
        r"(?:pode(?:m)? |por favor )?ignor(?:e|em|ar) a (?:minha )?(?:[úu]ltima |outra )?(?:mensagem|msg|mensagen)"
        r"(?: anterior| de (?:ontem|hoje|hj)(?: [àa] noite| de manh[ãa]| [àa] tarde)?)?",
        "ignore my last message",
    ),
    # "acabei de buscar a Laura": collected from school just now
    (r"acab(?:ei|amos) de (?:buscar|pegar|apanhar)(?: o| a| os| as)?", "i have just collected"),
    (r"(?:ela|ele) vai sim|(?:ela|ele) vem sim|v[ãa]o sim|vêm sim", "will be in after all"),
    (
        r"(?:pode(?:m)? |por favor )?desconsider(?:ar|e|em|a)(?: a (?:minha )?(?:[úu]ltima |outra )?(?:mensagem|msg)"
        r"(?: anterior| de (?:ontem|hoje|hj)(?: [àa] noite| de manh[ãa]| [àa] tarde)?)?)?",
        "ignore my last message",
    ),
    (r"(?:acordou|est[áa]|t[áa]) sem febre", "no temperature now"),
    # "a viagem foi cancelada": the trip the absence was for is off.
    (
        r"(?:a )?(?:viagem|passeio|casamento|batizado|festa) (?:foi|foram|ficou) (?:cancelad[oa]s?|desmarcad[oa]s?)",
        "the trip has been cancelled",
    ),
    (r"(?:foi|foram|ficou) cancelad[oa]s?", "has been cancelled"),
    (r"(?:vai|v[ãa]o) ser operad[oa]s?|(?:vai|v[ãa]o) (?:se )?operar", "is having an operation"),
    # "já não volta à escola amanhã": not back that day
    (
        r"(?:j[áa] )?n[ãa]o (?:volta|voltam|vai voltar|v[ãa]o voltar|regressa|regressam|vai regressar)",
        "won't be back",
    ),
    (r"ecografias?|ultrassons?|ultra-?sons?|raio-?x|resson[âa]ncias?(?: magn[ée]tica)?|tac\b", "scan"),
    (r"(?:tem|t[êe]m|teve) (?:de|que)", "has to"),
    (r"fica(?:m|r)? mais (?:hoje|hj)", "off today too"),
    (r"fica(?:m|r)? mais (?:um|1) dia", "off 1 more day"),
    # "voltou da viagem com gripe": home from a trip, the trip is not the reason.
    (r"(?:j[áa] )?volt(?:ou|aram|amos) d[ae] (?:viagem|f[ée]rias|passeio)", "came home"),
    (
        r"(?:(?:volta|voltam|regressa|regressam)(?: (?:à|a|pra|para a|na) escola)? )?depois d[ao]s? (?:natal|f[ée]rias(?: d[eo] (?:natal|p[áa]scoa|ver[ãa]o))?|p[áa]scoa|ano novo)",
        "back after the holidays",
    ),
    # "vou buscar o Gui à escola às 13h": collected at that time.
    (
        r"(?:(?:vou|vamos|tenho (?:de|que)|temos (?:de|que)) )?(?:ir )?buscar(?: o| a| os| as)?(?= [^\W\d_]+ (?:(?:à|a|na|da) escola )?(?:(?:hoje|hj|amanh[ãa]) )?(?:às|as|pelas|ao|mais cedo|[àa] uma) )",
        "collect",
    ),
    (r"(?<=[^\W\d_] )(?:à|na|da) escola(?= (?:às|as|pelas) \d)", ""),
    (
        r"(?:vai|vem|v[ãa]o|v[êe]m)(?:" + _SCHOOL + r")? (?:hoje|hj)(?: normal(?:mente)?)?(?= *(?:[.!,]|$))",
        "will be in today",
    ),
    (r"(?:hoje|hj)" + _BACK_ON, "back today"),
    # "amanhã vai normal", "vai amanhã normalmente": in tomorrow as usual (also after a change of plan)
    (
        r"amanh[ãa] (?:(?:o|a) [^\W\d_]+ |ele |ela |eles |elas |j[áa] )?(?:vai|v[ãa]o|vem|v[êe]m)"
        + _SCHOOL
        + r"?"
        r" (?:normal(?:mente)?|como sempre|como de costume)"
        r"|(?:vai|v[ãa]o|vem|v[êe]m)"
        + _SCHOOL
        + r"? amanh[ãa]"
        + _SCHOOL
        + r"? (?:normal(?:mente)?|como sempre|como de costume)",
        "will be in tomorrow as normal",
    ),
    (r"amanh[ãa]" + _BACK_ON, "back tomorrow"),
    *(
        (r"(?:na |no )?" + day + r"(?:[- ]feira)?" + _BACK_ON, "back on " + english)
        for day, english in _WEEKDAYS[:5]
    ),
    (
        r"(?:vamos|viajamos|viaja|viajam|vai|v[ãa]o|vou|a gente vai|a gente viaja) (?:a|para|pro|pra) portugal|(?:vamos estar|estaremos) em portugal",
        "going to portugal",
    ),
    (
        r"(?:vamos|viajamos|viaja|viajam|vai|v[ãa]o|vou|a gente vai|a gente viaja) (?:ao|para o|pro|pra o|pra) brasil|(?:vamos estar|estaremos) no brasil",
        "going to brazil",
    ),
    (r"(?:posso|podemos|pode) (?:ir )?buscar", "can i collect"),
    (
        r"continua (?:mal|doente|com febre|a vomitar)|ainda est[áa] (?:mal|doente)|ainda t[áa] (?:mal|doente)",
        "still unwell",
    ),
    (r"espero que", "hopefully"),
    (r"volte|voltem", "back"),
    (r"(?:ao |o )?meio-dia|(?:ao |o )?meio dia|hora do almo[çc]o", "midday"),
    (r"ortodontista", "orthodontist"),
    (r"(?:do|de) brasil", "from brazil"),
    (r"(?:no|em) brasil", "in brazil"),
    (r"de portugal", "from portugal"),
    (r"(?:o )?meu pai", "my dad"),
    (r"(?:a )?minha m[ãa]e", "my mum"),
    (r"(?:o )?meu av[ôo]", "my grandad"),
    (r"(?:a )?minha av[óo]", "my gran"),
    (r"(?:o )?meu sogro|(?:a )?minha sogra", "my grandparent"),
    (r"(?:o )?meu irm[ãa]o", "my brother"),
    (r"(?:a )?minha irm[ãa]", "my sister"),
    (
        r"(?:um )?infarto|(?:um )?enfarte|(?:um )?ataque card[íi]aco|(?:uma )?paragem card[íi]aca",
        "a heart attack",
    ),
    (r"(?:um )?avc|(?:um )?derrame", "a stroke"),
    (r"(?:um )?acidente", "an accident"),
    (r"(?:na |em )?uti|(?:nos |em )?cuidados intensivos", "intensive care"),
    (r"av[ôóo]s?(?= |$|[.,!])", "the family's grandparent"),
    (r"(?:est[áa]|t[áa]|continua|ficou) (?:internad[oa] )?no hospital|internad[oa]s?", "in hospital"),
    (
        r"(?:no|ao|na)(?= (?:dentista|m[ée]dic[oa]|ortodontista|oftalmologista|pediatra|posto|centro de sa[úu]de|gp|cl[íi]nica))",
        "at the",
    ),
    (r"tamb[ée]m", "too"),
    (r"visitar a fam[íi]lia|ver a fam[íi]lia", "visiting family"),
    (
        r"afinal (?:(?:o|a|os|as) [^\W\d_]+ |ele |ela |eles |elas )?(?:j[áa] |sempre )?"
        r"(?:vai|vem|v[ãa]o|v[êe]m|est[áa])(?: à escola| para a escola| na escola| pra escola)?",
        "will be in after all",
    ),
    # "já não vai faltar": the absence said before is off.
    (
        r"j[áa] n[ãa]o (?:vai|v[ãa]o|ir[áa]|ir[ãa]o) (?:faltar|perder (?:a )?(?:escola|aula))|j[áa] n[ãa]o faltar?[áa]?o?",
        "is no longer off",
    ),
    (r"(?:foi|foram|vai ser|ficou) adiad[ao]s?", "has been postponed"),
    (r"afinal", "after all"),
    # "amanhã eu aviso": the parent will say tomorrow, so tomorrow is not yet a day of the absence.
    (
        r"amanh[ãa] (?:eu )?(?:te |lhe |lhes |vos )?(?:aviso|avisamos|informo|digo|falo|confirmo)"
        r"(?: (?:vcs|voc[êe]s|voc[êe]|a escola))?",
        "will let you know tomorrow",
    ),
    # "vou ver como ele fica e aviso": the parent will see how the child is, so the end is not known yet.
    (
        r"(?:vou|vamos) ver como (?:ele|ela|eles|elas|(?:o|a) [^\W\d_]+) (?:fica|ficam|est[áa]|est[ãa]o|vai|passa|acorda)"
        r"(?: (?:e|depois)(?: depois)? (?:eu )?(?:te |lhe |lhes |vos )?(?:aviso|avisamos|informo|informamos|falo|digo|confirmo)"
        r"(?: (?:vcs|voc[êe]s|voc[êe]|a escola|a senhora|o senhor|a professora))?)?",
        "will let you know when he is better",
    ),
    (
        r"(?:ele |ela )?(?:n[ãa]o sei|n[ãa]o sabemos) (?:ainda )?quando (?:ele |ela )?(?:volta|vai voltar|pode voltar)",
        "not sure when",
    ),
    # "aviso vcs quando ele puder voltar": the parent will say later, so the end is not known yet.
    (
        r"(?:eu )?(?:te |lhe |lhes )?(?:aviso|avisamos|informo|informamos|falo|digo|confirmo)"
        r"(?: (?:vcs|voc[êe]s|voc[êe]|a escola|a senhora|o senhor|a professora))?(?= (?:quando|assim que|depois|amanh[ãa]))",
        "will let you know",
    ),
    (
        r"(?:e )?depois (?:eu )?(?:te |lhe |lhes |vos )?(?:aviso|avisamos|informo|informamos|falo|digo|confirmo)"
        r"(?: (?:vcs|voc[êe]s|voc[êe]|a escola|a senhora|o senhor|a professora))?",
        "will let you know",
    ),
    # "vou tentar uma consulta no GP": seeing a doctor about the illness, not an appointment the absence is for.
    (
        r"(?:vou |vamos )?tentar (?:marcar |conseguir |arranjar )?(?:uma )?consulta(?: (?:no|com o|com a|na)"
        r" (?:gp|m[ée]dic[oa]|pediatra|cl[íi]nica|centro de sa[úu]de|posto))?",
        "will see the gp",
    ),
    (r"(?:eu )?(?:te |lhe |lhes )?(?:mantenho|manteremos) (?:informad[oa]s?|a par)", "will let you know"),
    (r"n[ãa]o sei se|n[ãa]o sabemos se", "not sure if"),
    (r"quando", "when"),
    (r"assim que|logo que", "as soon as"),
    (
        r"(?:hoje|hj) (?:j[áa] )?(?:est[áa]|est[ãa]o|t[áa]|t[ãa]o) (?:bem|bons|boas|[óo]tim[oa]s?|ok|bom|boa)",
        "fine and back today",
    ),
    # "quinta e sexta passada": "last" goes before the days in English.
    *(
        (
            r"(?:na |no )?" + day + r"(?:[- ]feira)?(?=(?: e " + _DAYS + r"(?:[- ]feira)?)? passad[ao]\b)",
            "last " + english,
        )
        for day, english in _WEEKDAYS
    ),
    (r"(?:(?<=a )|(?<=o ))passad[ao]", ""),
    (r"(?:na |n[ao] )?semana passada", "last week"),
    (r"(?:no )?m[êe]s passado", "last month"),
    (r"inclusive|inclu[íi]d[oa]", "inclusive"),
    (r"adormec(?:emos|i|eu|eram|ido|ida)|perde(?:mos|u|ram) a hora", "overslept"),
    (
        r"torc(?:eu|i|eram)(?: o| a)? (?:tornozelo|p[ée]|pulso|joelho|m[ãa]o)|entorse|tor[çc][ãa]o|torcid[oa]",
        "sprained",
    ),
    (r"ca(?:iu|[íi]|[íi]ram)|levou um tomb\w*", "fell"),
    (
        r"(?:partiu|quebrou|fraturou|fracturou|partiram|quebraram)(?: (?:o|a))? (?:bra[çc]o|perna|p[ée]|pulso|tornozelo|dedo"
        r"|m[ãa]o|nariz|clav[íi]cula|cotovelo|joelho)",
        "fractured",
    ),
    (r"(?:est[áa] |t[áa] |ficou )?engessad[oa]", "in a cast"),
    (r"gesso|bota ortop[ée]dica|tala", "plaster cast"),
    (r"(?:acordou|est[áa]|ficou|sente-se|se sente) (?:muito |bem |j[áa] )?melhor", "is feeling better"),
    (
        r"(?:a )?consulta(?: d[oa] \w+)? foi (?:cancelada|desmarcada|adiada)",
        "appointment has been cancelled",
    ),
    (
        r"(?:a cl[íi]nica|o consult[óo]rio|o dentista|a dentista|o m[ée]dico|a m[ée]dica|o hospital|eles)"
        r" (?:desmarcou|desmarcaram|cancelou|cancelaram|adiou|adiaram)",
        "appointment has been cancelled",
    ),
    # "remarcaram pra março", "adiaram": moved to another day, said with no subject
    (
        r"(?:a consulta |ela |ele )?(?:foi )?(?:remarcad[oa]|reagendad[oa]|adiad[oa])|remarcaram|remarcou|reagendaram"
        r"|reagendou|adiaram|adiou|mudaram a (?:data|consulta)",
        "it has been postponed",
    ),
    (r"desmarcaram|desmarcou|cancelaram|cancelou", "it has been cancelled"),
    (r"desmarc\w*", "cancelled"),
    (
        r"(?:hoje|hj) (?:j[áa] )?(?:est[áa]|t[áa]|est[ãa]o|t[ãa]o|foi|foram|voltou|voltaram) (?:na|[àa]|pra|para a) escola",
        "is back at school today",
    ),
    (
        r"(?:deixei|deixamos|fiquei com|ficamos com)(?:-[oa]s?| (?:ele|ela|eles|elas|[oa]s?))? em casa",
        "kept him at home",
    ),
    # "a Alice já tá aí": a sibling already in school is not absent.
    (
        r"j[áa] (?:est[áa]|t[áa]|est[ãa]o|t[ãa]o) (?:a[íi]|na escola|l[áa])|j[áa] (?:foi|foram) (?:pra|para a|à) escola",
        "is already in school",
    ),
    (
        r"(?:fica|ficar[áa]?|vai ficar|est[áa]) na escola(?: (?:o dia todo|o dia inteiro|normal))?",
        "will be in school",
    ),
    # "desculpa não ter avisado ontem": the parent did not write; the day named is a day of the absence.
    (
        r"(?:por )?n[ãa]o (?:te |lhe |lhes |vos )?(?:ter avisado|avisei|avisamos|ter mandado mensagem|mandei mensagem)"
        r"|esqueci (?:de )?(?:te |lhe |lhes |vos )?avisar",
        "that i didn't let you know",
    ),
    # "a última semana toda": the last week before the holidays
    (
        r"(?:toda )?a [úu]ltima semana(?: (?:toda|inteira|de aulas|antes das f[ée]rias))?",
        "the last week of term",
    ),
    (r"o dia (?:todo|inteiro)|todo o dia", "all day"),
    (
        r"at[ée] (?:as|os|a|o) \w+ (?:secarem|secar|sararem|sarar|passarem|passar|sumirem|sumir|desaparecerem)",
        "until she's better",
    ),
    (r"cancel(?:ar|e|em)", "cancel that"),
    (r"engan(?:ei|ou)-(?:me|se)|enganei|foi engano|por engano", "ignore my last message"),
    (r"n[ãa]o sei (?:at[ée] )?quando|n[ãa]o sabemos (?:at[ée] )?quando", "not sure when"),
    (r"at[ée] (?:melhorar|ficar bo[ma])", "until she's better"),
    (r"at[ée] (?:nova ordem|novo aviso)", "until further notice"),
    # "mandei mensagem que ela não ia amanhã": reported, the absence first announced
    (r"n[ãa]o (?:ia|iam|vinha|vinham|iria|iriam|viria|viriam)(?: poder ir)?" + _SCHOOL + "?", "won't be in"),
    # "o taxi do council não veio": the transport the council provides did not come
    (
        r"(?:t[áa]xi|transporte|carrinha|van)(?: escolar| d[oa] (?:council|escola|conselho|c[âa]mara))?"
        r" (?:n[ãa]o (?:veio|apareceu|chegou|passou|vem|vai vir)|faltou)",
        "council taxi didn't come",
    ),
    (
        r"n[ãa]o (?:foi|foram|esteve|estiveram|veio|vieram)" + _SCHOOL + "?|faltou|faltaram|faltava",
        "was off",
    ),
    (
        r"n[ãa]o (?:" + _GO[3:-1] + r"|pode ir|pode vir|podem ir|podem vir|v[ãa]o poder (?:ir|vir)"
        r"|vai poder (?:ir|vir)|vai estar|v[ãa]o estar|consegue ir|vai conseguir ir)" + _SCHOOL + "?",
        "won't be in",
    ),
    (r"(?:vai|v[ãa]o|ir[áa]|ir[ãa]o) faltar|faltar[áa]|faltar[ãa]o", "will be off"),
    (
        r"(?:vai|v[ãa]o|ir[áa]|ir[ãa]o) ficar em casa|ficar[áa] em casa|ficar[ãa]o em casa",
        "will stay at home",
    ),
    (r"falta\w*|faltar", "off"),
    (r"ausente", "absent"),
    (r"(?:ficou|ficaram|esteve|estiveram) em casa", "stayed home"),
    (r"(?:fica|ficar) em casa|em casa", "staying at home"),
    (
        r"(?:vai |v[ãa]o |ir[áa] )?chegar (?:um (?:bocadinho |pouco |pouquinho |bocado )?)?"
        r"(?:atrasad\w*|atrazad\w*|mais tarde|tarde)|(?:vai |v[ãa]o )?(?:chegar )?atrasad\w*|atrazad\w*|atraso",
        "late",
    ),
    (r"um (?:bocadinho|pouco|pouquinho|bocado)", "a bit"),
    (r"perd(?:emos|eu|eram|i) o (?:autocarro|[ôo]nibus|comboio|trem)", "missed the bus"),
    (r"furou (?:o|um) pneu|pneu furado", "flat tyre"),
    (
        r"(?:o )?(?:[ôo]nibus|autocarro|bus[ãa]o|transporte escolar|van escolar) (?:avariou|quebrou|pifou|n[ãa]o (?:veio|passou|apareceu))",
        "the bus broke down",
    ),
    (r"(?:vai|v[ãa]o|vou|vamos|devem|deve) chegar", "arriving"),
    (r"(?:no meio d[oa]|n[oa]|a) caminho(?: d[ae] escola)?|pelo caminho", "on the way"),
    # "começou hoje à tarde com febre": the illness began then, not an afternoon missed.
    (r"come[çc]ou(?: hoje| hj)? (?:à|a|esta|de|durante a) tarde(?= com )", "fell ill since this afternoon"),
    (r"come[çc]ou(?: hoje| hj)? (?:de|esta|durante a) manh[ãa](?= com )", "fell ill since this morning"),
    (r"come[çc]ou (?:ontem )?(?:à|a|de|esta|durante a) noite(?= com )", "fell ill since last night"),
    (
        r"come[çc]ou(?= (?:(?:hoje|hj|ontem) )?(?:(?:à|a|de|esta|na|durante a) (?:tarde|noite|manh[ãa]|madrugada) )?com )",
        "fell ill",
    ),
    (r"(?:o )?carro (?:avariou|est[áa] avariado|n[ãa]o pega|quebrou|pifou|n[ãa]o arranca)", "car broke down"),
    (r"por volta d(?:a|as|o|e)|l[áa] pel[ao]s?|cerca d[ae]s?", "around"),
    (r"cheg(?:amos|amos|o|a|am|ar[áa]|ar[ãa]o|aremos)", "arriving"),
    (r"hoje de manh[ãa]|esta manh[ãa]|hj de manh[ãa]", "this morning"),
    (r"hoje à tarde|esta tarde", "this afternoon"),
    (r"depois de amanh[ãa]", "day after tomorrow"),
    (r"anteontem|antes de ontem", "day before yesterday"),
    (r"desde ontem à noite|desde ontem de noite", "since last night"),
    (r"ontem à noite|ontem de noite|esta noite", "last night"),
    # "segunda à noite": the evening of a day, which English calls "monday night"
    *(
        (r"(?:na |no )?" + day + r"(?:[- ]feira)? (?:[àa]|de) noite", "on " + english + " night")
        for day, english in _WEEKDAYS
    ),
    # "mais ou menos 10h": about a time
    (r"mais ou menos(?= (?:[àa]s |pelas )?\d)", "around"),
    (r"hoje|hj", "today"),
    (r"amanh[ãa]|amanha", "tomorrow"),
    (r"ontem", "yesterday"),
    (
        r"(?:toda a|a) (?:pr[óo]xima semana|semana que vem)(?: toda| inteira)?"
        r"|(?:a )?(?:pr[óo]xima semana|semana que vem) (?:toda|inteira)"
        r"|(?:toda a |a )?semana (?:toda|inteira) que vem|(?:toda a |a )?semana toda (?:que vem|pr[óo]xima)"
        r"|toda a semana (?:que vem|pr[óo]xima)",
        "all next week",
    ),
    # "semana que vem, de quarta a sexta": those days of next week
    (
        r"(?:na )?(?:pr[óo]xima semana|semana que vem),? (?:de|da)(?= " + _DAYS + r" (?:a|at[ée]|à) )",
        "from next",
    ),
    (r"(?:na )?pr[óo]xima semana|(?:na )?semana que vem", "next week"),
    (r"(?:o )?(?:resto|que resta|que falta) da semana", "the rest of the week"),
    (
        r"(?:at[ée] (?:ao |o |a )?)?(?:fim|final) do (?:per[íi]odo|trimestre|semestre)",
        "until the end of term",
    ),
    (r"at[ée] (?:às|as|ao in[íi]cio das) f[ée]rias", "until the holidays"),
    (r"(?:at[ée] (?:a|ao) )?fim da semana|(?:at[ée] (?:a|ao) )?final da semana", "until the end of the week"),
    (r"esta semana|essa semana", "this week"),
    (r"(?:a )?semana toda|toda a semana|a semana inteira", "all week"),
    (r"(?:d[eo] )?janeiro", "january"),
    (r"(?:d[eo] )?fevereiro", "february"),
    (r"(?:d[eo] )?mar[çc]o", "march"),
    # "Abril" is a given name too: the month only beside a date, "de" or "em".
    (r"(?<=\d )(?:d[eo] )?abril|d[eo] abril|(?<=em )abril|abril(?= (?:de )?\d)", "april"),
    (r"(?:d[eo] )?maio", "may"),
    (r"(?:d[eo] )?junho", "june"),
    (r"(?:d[eo] )?julho", "july"),
    (r"(?:d[eo] )?agosto", "august"),
    (r"(?:d[eo] )?setembro", "september"),
    (r"(?:d[eo] )?outubro", "october"),
    (r"(?:d[eo] )?novembro", "november"),
    (r"(?:d[eo] )?dezembro", "december"),
    # "de 8 a 19", "entre 8 e 19": a span of dates
    (r"(?:de|entre)(?= \d{1,2}(?:/\d{1,2})? (?:a|e|at[ée]) \d)", "from"),
    (r"(?<=\d )(?:a|at[ée])(?= \d)", "to"),
    (r"(?<=\d )e(?= \d)", "and"),
    (r"(?:no|em|para o) dia(?= \d)", "on the"),
    (r"dia(?= \d)", "the"),
    (r"nesse dia|neste dia|naquele dia", "that day"),
    (r"que vem", "next week"),
    (r"(?:na |no )?pr[óo]xim[ao]", "next"),
    (r"segunda(?:[- ]feira)?", "monday"),
    (r"ter[çc]a(?:[- ]feira)?", "tuesday"),
    (r"quarta(?:[- ]feira)?", "wednesday"),
    (r"quinta(?:[- ]feira)?", "thursday"),
    (r"sexta(?:[- ]feira)?", "friday"),
    (r"s[áa]bado", "saturday"),
    (r"domingo", "sunday"),
    (r"(?:na|no)(?= " + _DAYS + ")", "on"),
    # "o Davi continua indo normal": a sibling keeps coming in
    (
        r"continua(?:m)? (?:a ir|a vir|indo|vindo)(?:" + _SCHOOL + r")?(?: normal(?:mente)?| como sempre)",
        "will be in as normal",
    ),
    (
        r"(?:vai|vem|est[áa] a ir|est[áa] indo)"
        + _SCHOOL
        + r" normal(?:mente)?|(?:vai|vem) normal(?:mente)?",
        "will be in as normal",
    ),
    (
        r"(?:v[ãa]o|v[êe]m)" + _SCHOOL + r" normal(?:mente)?|(?:v[ãa]o|v[êe]m) normal(?:mente)?",
        "will be in as normal",
    ),
    (
        r"(?:e )?(?:depois|a seguir|logo|em seguida) (?:(?:ele|ela|eles|elas) )?"
        r"(?:vai|vem|v[ãa]o|v[êe]m|ir[áa]|ir[ãa]o|vir[áa]|vir[ãa]o)" + _SCHOOL,
        "then coming to school",
    ),
    # "vai para a escola depois", "levo-o à escola depois da consulta": coming in after the appointment.
    (
        r"(?:(?:vai|vem|ir[áa]|vir[áa]|v[ãa]o|v[êe]m)|(?:eu )?(?:levo|deixo)(?:-[oa]s?)?|(?:eu )?(?:[oa]s? )?(?:levo|deixo))"
        + _SCHOOL
        + r" (?:depois|a seguir|logo ap[óo]s|ap[óo]s)(?: d[ao] (?:consulta|exame|dentista|m[ée]dic[oa]))?",
        "coming to school afterwards",
    ),
    (r"(?:vai|vem)" + _SCHOOL, "is going to school"),
    (r"(?:v[ãa]o|v[êe]m)" + _SCHOOL, "are going to school"),
    (r"normal(?:mente)?|como sempre|como de costume", "as normal"),
    (r"(?:à|para a|na|pra|pra a) escola", "to school"),
    (r"escola", "school"),
    (
        r"(?:vai |v[ãa]o )?(?:volta|voltam|voltar|regressa|regressam|regressar|retorna|retornam|retornar)"
        r" (?:(?:pra|para a|para|[àa]|na) escola|(?:pras|para as|[àa]s|nas) aulas)",
        "will be back at school",
    ),
    (r"volta\w*|regressa\w*|retorna\w*", "back"),
    # "desde o Natal", "desde as férias": since (a past time); "desde segunda até quarta" is from
    (
        r"desde(?: o| a| os| as)?(?= (?:natal|p[áa]scoa|f[ée]rias|ano novo|in[íi]cio|come[çc]o|semana passada|m[êe]s passado|ver[ãa]o))",
        "since",
    ),
    (r"a partir d[eao]|desde|de(?= " + _DAYS + ")", "from"),
    # "por enquanto", "para já": for now (no end known)
    (r"por enquanto|por agora|para j[áa]|pra j[áa]", "for now"),
    (r"at[ée](?: (?:a|à|ao))?", "until"),
    (r"a(?= " + _DAYS + ")", "to"),
    (r"(?:um) dias?", "1 days"),
    (r"(?:dois) dias?", "2 days"),
    (r"(?:tr[êe]s) dias?", "3 days"),
    (r"(?:quatro) dias?", "4 days"),
    (r"(?:cinco) dias?", "5 days"),
    (r"durante", "for"),
    (r"(?:uns|alguns) dias", "some days"),
    (r"(?<=\d )dias", "days"),
    (r"às|as(?= \d)|pelas(?= \d)|pelas|a partir das", "at"),
    (r"mais tarde", "later"),
    (
        r"(?:logo )?(?:depois|ap[óo]s) d[ao] (?:consulta|exame|dentista|m[ée]dic[oa]|hospital)",
        "after the appointment",
    ),
    (r"logo a seguir|logo depois|em seguida|logo ap[óo]s", "straight after"),
    (r"depois d[oa] almo[çc]o|ap[óo]s o almo[çc]o|depois do meio-dia", "after lunch"),
    (r"depois d[oa]s?|depois de|ap[óo]s(?: [oa]s?)?", "after"),
    (r"depois|a seguir", "then"),
    (
        r"(?:vou|tenho (?:de|que)|vou ter (?:de|que)) (?:(?:a|o|os|as) )?ir busc[áa]-l[oa]s?|(?:a |o )?ir buscar"
        r"|vou busc[áa]-l[oa]s?|vou buscar|busco-[oa]s?|vou apanh[áa]-l[oa]s?",
        "pick her up",
    ),
    (r"(?:vai|v[ãa]o) (?:ter (?:de|que) )?sair (?:mais )?cedo|sair (?:mais )?cedo", "leaving early"),
    (r"mais cedo", "early"),
    (r"levei-[oa]s?|levei|levamos-[oa]s?", "took her"),
    (r"levo-[oa]s?|vou lev[áa]-l[oa]s?|levamos|vou lev[áa]|levo", "bringing her"),
    (r"vem|vai|v[ãa]o", "coming"),
    (r"(?:à|de) tarde", "afternoon"),
    (r"(?:à )?hora de almo[çc]o|almo[çc]o", "lunchtime"),
    (r"de manh[ãa]|manh[ãa]", "morning"),
    (r"conjuntivite", "conjunctivitis"),
    (r"escarlatina", "scarlet fever"),
    (r"sarampo", "measles"),
    (r"caxumba|papeira", "mumps"),
    (r"bronquite|bronquiolite", "bronchitis"),
    (r"pneumonia", "pneumonia"),
    (r"infe[çc][ãa]o", "infection"),
    (r"cheg(?:a|ar[áa]) (?:mais )?tarde", "coming later"),
    (r"doentes?|adoeceu|adoentad[oa]s?", "ill"),
    (r"viros[ea]|v[íi]rus", "virus"),
    (r"dor de ouvidos?|dor no ouvido|otite", "ear ache"),
    (r"dor de garganta|garganta inflamada", "sore throat"),
    (r"dor de dentes?", "tooth ache"),
    (r"enjoad[oa]s?|n[áa]useas?|enjoo", "nauseous"),
    (r"gastroenterite|gastro", "stomach bug"),
    # "o médico diz que é escarlatina": a diagnosis, not an appointment the child goes to.
    (
        r"(?:o |a )?m[ée]dic[oa](?: de fam[íi]lia)? (?:disse|diz|falou|acha|confirmou) (?:que|q) (?:é|e|era)(?= )",
        "diagnosed as",
    ),
    (r"(?:o )?m[ée]dic[oa] (?:disse|diz|mandou|acha|recomendou)", "the doctor said"),
    (r"febre|com temperatura", "temperature"),
    (r"v[óo]mit\w*|vomit\w*", "vomiting"),
    (r"tosse", "cough"),
    (r"constipad\w*|resfriad\w*|constipa[çc][ãa]o", "a bad cold"),
    (r"gripe", "flu"),
    (r"dor de cabe[çc]a", "headache"),
    # "muita cólica": period or stomach cramps; "chorando de dor": in pain
    (r"c[óo]licas?(?: menstrua(?:l|is))?", "cramps"),
    (
        r"(?:chorando|chora|chorou|gritando) de dor|com (?:muitas? |tanta |bastante )?dor(?:es)?(?! de)",
        "in pain",
    ),
    (r"dor de barriga|dor de est[ôo]mago", "stomach"),
    (r"n[ãa]o se sente bem|n[ãa]o est[áa] bem|indispost[ao]", "unwell"),
    (r"diarreia", "diarrhoea"),
    (r"varicela|catapora", "chicken pox"),
    (r"amigdalite", "tonsillitis"),
    (r"partiu (?:o|a) (?:bra[çc]o|perna|p[ée]|pulso)|fratur\w*", "fractured"),
    (r"lesionad\w*|magoou-se|magoad\w*", "injured"),
    (r"consulta", "appointment"),
    (r"dentista", "dentist"),
    (r"m[ée]dic[oa]", "doctor"),
    (r"an[áa]lises?(?: de sangue)?|exames?(?: de sangue)|exames|coleta de sangue|tirar sangue", "blood test"),
    (r"funeral|enterro|vel[óo]rio", "funeral"),
    (r"religios[oa]s?", "religious"),
    (r"faleceu|morreu|falecimento", "died"),
    (r"missa|igreja", "the church"),
    # a relative's communion, like a relative's christening or wedding, is a family occasion
    (
        r"(?:primeira )?comunh[ãa]o d[oa] (?:(?:meu|minha|seu|sua|nosso|nossa) )?(?:prim[oa]|sobrinh[oa]|afilhad[oa]|net[oa])s?",
        "family celebration",
    ),
    (r"primeira comunh[ãa]o", "first communion"),
    (r"dia santo|feriado religioso|festa religiosa", "holy day"),
    (r"imaculada concei[çc][ãa]o|dia de reis|quarta-feira de cinzas|sexta-feira santa", "feast day"),
    (r"casamento", "wedding"),
    (r"batizado|batismo|baptizado|baptismo", "christening"),
    (r"cirurgia|opera[çc][ãa]o|operad[oa]", "operation"),
    (r"tr[âa]nsito", "traffic"),
    (r"(?:estamos|vamos|estaremos) de f[ée]rias", "on holiday"),
    (r"f[ée]rias", "holiday"),
    (r"(?:festa|festinha|almo[çc]o|jantar|concerto|teatrinho) de natal", "christmas party"),
    (
        r"(?:para )?passar (?:o )?natal|(?:para|no|pelo) natal|(?:para|no) ano novo",
        "for the christmas holiday",
    ),
    (r"natal", "christmas"),
    (r"(?:para|na) p[áa]scoa", "for the easter holiday"),
    (r"voos?|passage(?:m|ns) de avi[ãa]o|bilhetes? de avi[ãa]o", "flight"),
    (r"(?:estar[áa]|estar[ãa]o|vai estar|v[ãa]o estar) fora", "will be away"),
    (r"viagem|viajar|viajamos|viajar[ea]mos", "going away"),
    (r"entrevista", "interview"),
    (r"anivers[áa]rio", "birthday"),
    (r"compras", "shopping"),
    (r"ainda", "still"),
    (r"s[óo]", "only"),
    (r"estava com|esteve com", "had"),
    (r"estava|esteve|foi", "was"),
    (r"ent[ãa]o|por isso|portanto", "so"),
    (r"porque|pq|por causa d[aeo]s?", "because"),
    (r"teve|tinha", "had"),
    (r"est[áa] com|tem", "has"),
    (r"est[ãa]o com|t[êe]m", "have"),
    (r"ele", "he"),
    (r"ela", "she"),
    (r"eles|elas", "they"),
    # "o Enzo e a Valentina": the article before a given name is not said in English
    (r"e (?:o|a)(?! gente)(?= [a-zà-ú])", "and"),
    (r"e|nem", "and"),
    (r"mas|por[ée]m|s[óo] que(?= (?:o|a|os|as) (?:voo|viagem|consulta|exame))", "but"),
)

# Common words of the language that are not English words too (Latin-script detection).
STOPWORDS = frozenset(
    [
        "amanhã",
        "chega",
        "chegar",
        "desculpe",
        "fica",
        "connosco",
        "conosco",
        "nao",
        "disse",
        "caminho",
        "daqui",
        "amanha",
        "consegue",
        "ficou",
        "meu",
        "minha",
        "ao",
        "avisar",
        "boa",
        "bom",
        "com",
        "dela",
        "dele",
        "dia",
        "doente",
        "ela",
        "ele",
        "então",
        "escola",
        "está",
        "estão",
        "faltar",
        "faltou",
        "febre",
        "feira",
        "ficar",
        "filha",
        "filho",
        "hj",
        "hoje",
        "já",
        "menina",
        "menino",
        "meninos",
        "muito",
        "noite",
        "não",
        "obrigada",
        "obrigado",
        "ontem",
        "pq",
        "pra",
        "professora",
        "quarta",
        "quinta",
        "sexta",
        "sábado",
        "também",
        "tem",
        "terça",
        "uma",
        "vai",
        "vou",
        "vão",
        "às",
    ]
)

DISTINCT_LETTERS = frozenset("ãõ")

# Phrases meaning every child of the parent.
ALL_CHILDREN = (
    # "os dois mais novos" (the two youngest) is not every child.
    r"(?:os dois|as duas|ambos|ambas|os tr[êe]s|as tr[êe]s|os quatro|as quatro)"
    r"(?! (?:mais|menores|maiores|pequenos|pequenas|primeiros|[úu]ltimos))"
    r"|os (?:meus )?(?:filhos|miúdos|meninos)|as (?:minhas )?crianças|todos eles|todas elas",
)
