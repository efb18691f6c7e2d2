"""Spanish: the words the understanding step reads in this language (see lexicon/__init__.py)."""

from __future__ import annotations

_DAYS = r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
_MONTHS = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)"
_SCHOOL = r"(?: (?:al colegio|al cole|a la escuela|a clase|a clases|al instituto|al insti))"
# A day said before the verb of coming back ("mañana vuelve"): English says it after.
_BACK_ON = (
    r" (?:(?:él|ella|ellos|ellas|ya|ya ha|ya han) )?(?:vuelve|vuelven|volvi[óo]|volvieron|vuelto|regresa|regresan"
    r"|(?:va|van|viene|vienen)" + _SCHOOL + r"?(?: normal| normalmente| con normalidad| como siempre)"
    # "el lunes ya estaría en clase": the day they are in class again
    r"|(?:estar[áa]n?|estar[íi]an?|est[áa]n?) (?:en clase|en clases|en el cole(?:gio)?|en la escuela)"
    # "mañana ya está aquí": here again
    r"|(?:estar[áa]n?|est[áa]n?) aqu[íi](?: normal| como siempre)?"
    # "el viernes ya están": in again, the place left unsaid
    r"|(?<=ya )(?:estar[áa]n?|est[áa]n?)(?= *(?:[.!,]|$)))"
)

_WEEKDAYS = (
    ("lunes", "monday"),
    ("martes", "tuesday"),
    ("mi[ée]rcoles", "wednesday"),
    ("jueves", "thursday"),
    ("viernes", "friday"),
)

# "a las 9 y media": the clock time English writes 9:30.
CLOCK: tuple[tuple[str, str], ...] = (
    (r"(?<!\d)(?P<h>\d{1,2}) y media", "{h}:30"),
    (r"(?<!\d)(?P<h>\d{1,2}) y cuarto", "{h}:15"),
    # "las 9 y cinco", "las 9 y diez": minutes said as a word after the hour
    (r"(?<!\d)(?P<h>\d{1,2}) y cinco", "{h}:05"),
    (r"(?<!\d)(?P<h>\d{1,2}) y diez", "{h}:10"),
    (r"(?<!\d)(?P<h>\d{1,2}) y veinte", "{h}:20"),
    # "el 3", "el día 3": a bare day of the month, which English writes with its ordinal ("the 3rd")
    (
        r"(?<![\w/])(?<!, )(?<!entre )(?<!desde )el (?P<h>[1-9]|[12]\d|3[01])"
        r"(?![\d:./,]\d|\d| ?(?:h|hs|horas|am|pm|y media|y cuarto|de la)\b)",
        "el {h}th",
    ),
    (
        r"(?<![\w/])(?<!, )d[íi]a (?P<h>[1-9]|[12]\d|3[01])(?![\d:./,]\d|\d| ?(?:h|hs|horas|am|pm|de la)\b)",
        "día {h}th",
    ),
)

GLOSSES: tuple[tuple[str, str], ...] = (
    # the airport, where a relative is met: "vamos a recogerlos a Heathrow", "en el aeropuerto"
    (r"(?:en el|al) aeropuerto(?: de)?", "at the airport"),
    (r"(?:del|desde el) aeropuerto(?: de)?", "from the airport"),
    (r"(?<=\w )(?:a|en)(?= (?:heathrow|gatwick|stansted|luton)\b)", "at"),
    (r"(?<=\w )desde(?= (?:heathrow|gatwick|stansted|luton)\b)", "from"),
    # days and sessions, as a dictionary lists them
    # "vuelve después del fin de semana": back on the Monday
    (
        r"(?:volver[áa]n?|vuelven?|regresar[áa]n?|regresan?|estar[áa]n? de vuelta) (?:despu[ée]s del|tras el|pasado el) (?:fin de semana|finde)",
        "back on monday",
    ),
    (r"hasta (?:despu[ée]s del|pasado el) (?:fin de semana|finde)", "until after the weekend"),
    (r"(?:despu[ée]s del|tras el|pasado el) (?:fin de semana|finde)", "after the weekend"),
    # "desde el jueves está en cama": since a past day, where "desde el miércoles hasta el viernes" is a span
    (r"desde(?= (?:el )?" + _DAYS + r"(?! (?:al?|hasta) ))", "since"),
    # "solo estará por la mañana": in for the morning only, so off in the afternoon
    (
        r"s[óo]lo (?:estar[áa]n?|va a estar|van a estar|est[áa]n?|se queda|se quedar[áa]n?|vendr[áa]n?|viene|va|ir[áa])"
        r"(?: en (?:el )?(?:colegio|cole|clase))? (?:por la ma[ñn]ana|la ma[ñn]ana|durante la ma[ñn]ana)",
        "will only be in for the morning",
    ),
    # "solo irá por la tarde": in for the afternoon only, so off in the morning
    (
        r"s[óo]lo (?:estar[áa]n?|va a estar|van a estar|est[áa]n?|vendr[áa]n?|viene|va|ir[áa])"
        r"(?: (?:a|al) (?:el )?(?:colegio|cole|clase)| en (?:el )?(?:colegio|cole|clase))? (?:por la tarde|la tarde|durante la tarde)",
        "will only be in for the afternoon",
    ),
    # "faltará por la mañana": off in the morning
    (
        r"(?:faltar[áa]n?|(?:va|van) a faltar|falta|se perder[áa]n?|(?:va|van) a perderse"
        r"|no (?:ir[áa]n?|va|van|vendr[áa]n?|viene|vienen)"
        + _SCHOOL
        + r"?) (?:por la ma[ñn]ana|la ma[ñn]ana|durante la ma[ñn]ana)",
        "will miss the morning",
    ),
    # "viene hoy a las 11": English reads the day before the verb of arriving
    (
        r"(?:viene|vienen|llega|llegan|llegar[áa]n?|vendr[áa]n?|entra|entrar[áa]) hoy(?= (?:a|sobre|hacia) las \d)",
        "today arriving",
    ),
    (
        r"(?:estar[áa]n?|(?:va|van) a estar) en (?:el )?(?:colegio|cole|clase)(?= (?:a|sobre|hacia|a partir de) las \d)",
        "will be in school",
    ),
    (r"a partir de las(?= \d)", "at"),
    # "a la una": one o'clock, the hour said in words
    (r"a la una y media", "at 1:30"),
    (r"a la una y cuarto", "at 1:15"),
    (r"a la una(?: en punto)?", "at 1:00"),
    (r"(?:estar[áa]n?|(?:va|van) a estar) (?:ingresad[oa]s? )?en el hospital", "will be in hospital"),
    (r"(?:durante |por )?una semana(?: de (?:reposo|baja))?", "for a week"),
    (
        r"no (?:volver[áa]n?|vuelven?|regresar[áa]n?|regresan?)(?= antes de)",
        "won't be back",
    ),
    (
        r"antes de (?:las )?(?:vacaciones de navidad|navidades|vacaciones|fiestas)",
        "before the christmas holidays",
    ),
    (r"toda la semana pasada|la semana pasada (?:entera|completa)", "all last week"),
    (r"de la (?:semana que viene|pr[óo]xima semana|semana siguiente)", "next week"),
    # dates in words: "el tres de diciembre"
    *(
        (word + r"(?= de " + _MONTHS + r")", str(number))
        for number, word in enumerate(
            (r"(?:primero|uno)", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
            1,
        )
    ),
    (r"aeropuerto", "airport"),
    # "Pablo fue al cole": a sibling who went in
    (r"(?<!no )(?:fue|fueron) al (?:cole|colegio)(?! (?:enferm|malit|con fiebre|con tos))", "was in school"),
    # a sibling who did go in: "came all week", "came both days"
    (
        r"(?<!no )(?:s[íi] )?(?:vino|vinieron|fue|fueron|estuvo|estuvieron)(?: al cole(?:gio)?| en (?:el )?cole(?:gio)?)? toda la semana(?! (?:enferm|malit|mal|en casa|en cama|en el hospital|sin |fuera))",
        "was in all week",
    ),
    (
        r"(?<!no )(?:s[íi] )?(?:vino|vinieron|fue|fueron|estuvo|estuvieron)(?: al cole(?:gio)?| en (?:el )?cole(?:gio)?)? (?:los dos|ambos) d[íi]as(?! (?:enferm|malit|mal|en casa|en cama|en el hospital|sin |fuera))",
        "was in as normal",
    ),
    # "Sara sí fue (el jueves)": a sibling who did go in
    (
        r"(?<!no )s[íi] (?:vino|vinieron|fue|fueron|asisti[óo]|asistieron|ha ido|han ido|ha venido|han venido)"
        r"(?: al cole(?:gio)?| a clase| a la escuela| al instituto)?(?! (?:enferm|malit|mal\b|con fiebre|con tos|toda|los dos|ambos))",
        "was in school",
    ),
    # "Carmen sí": a sibling who does go in ("creo que sí" is no attendance)
    (r"(?<=[a-zñáéíóú] )(?<!que )(?<!creo )s[íi](?= *(?:[.!;]|$))(?<!\bsi)", "will be in"),
    # a corrected day: "no es el jueves sino el viernes"
    (r"no (?:es|ser[áa]|va a ser)(?: (?:el|para el))?(?= " + _DAYS + r")", "not"),
    (r",? sino(?: que es)?(?: el)?(?= " + _DAYS + r")", " but"),
    # hedged ends: "y seguramente el jueves tampoco"
    (
        r"(?:seguramente|probablemente|seguro que|igual|quiz[áa]s?|a lo mejor|posiblemente)(?= (?:el |los )?"
        + _DAYS
        + r" tampoco| ma[ñn]ana tampoco)",
        "probably not",
    ),
    (r"seguramente|probablemente|posiblemente", "probably"),
    (r"tampoco", "either"),
    # "está malo desde el lunes": ill since then, not from a coming Monday
    (
        r"(?:est[áa]|estaba|lleva|sigue|anda) (?:malit[oa]|mal[oa]|enferm[oa]|pachuch[oa]|en (?:la )?cama)(?: con \w+)? desde(?: el| la)?",
        "has been ill since",
    ),
    (
        r"(?:ya )?(?:voy|vamos) a por(?: a)?|(?:ya (?:voy|vamos|salgo)|voy ahora|salgo ahora|salgo ya|voy ya|voy para all[áa]|voy de camino) a (?:por|buscar|recoger)(?:l[oa]s?| a)?",
        "i'm on my way to collect",
    ),
    (
        r"(?:me|nos) (?:han|ha) llamado(?: del (?:cole|colegio))?(?: (?:que|porque|diciendo que))?",
        "they called me",
    ),
    # "estará todo el día fuera": away the whole day
    (
        r"(?:estar[áa]n?|va a estar|van a estar) (?:todo el d[íi]a|el d[íi]a entero) fuera",
        "will be away all day",
    ),
    (r"todo el d[íi]a", "all day"),
    # work as a performer: filming, a shoot, an advert
    (r"rodaje|rodando|grabaci[óo]n|grabando|filmaci[óo]n|filmando", "filming"),
    (r"sesi[óo]n de fotos", "photo shoot"),
    (r"(?:un )?anuncio(?: de (?:tele|televisi[óo]n|tv))?", "tv advert"),
    # "así que sí va": a report withdrawn, the child going in after all
    (
        r"(?:as[íi] que|entonces|por eso|pues) s[íi] (?:va|van|viene|vienen|ir[áa]n?|vendr[áa]n?)"
        + _SCHOOL
        + "?",
        "so will be in after all",
    ),
    # "así que hoy va al cole normal": after an earlier message, in today after all
    (
        r"(?:as[íi] que|entonces|por eso|pues) hoy (?:ya )?(?:va|van|viene|vienen)"
        + _SCHOOL
        + r"? (?:normal|normalmente|con normalidad|como siempre)",
        "so will be in today as normal",
    ),
    # "le ha subido la fiebre esta tarde": ill since earlier today, not off this afternoon
    (
        r"(?:le |les )?(?:ha|han) (?:subido|dado|empezado) (?:la |el )?(?:fiebre|calentura|temperatura)"
        r"(?= (?:esta tarde|esta noche|esta ma[ñn]ana|hoy)\b)",
        "has had a temperature since",
    ),
    (r"(?:le|me) duele (?:mucho |muchísimo )?la cabeza", "headache"),
    (r"(?:a )?mi (?:esposo|marido)", "my husband"),
    (r"(?:a )?mi (?:esposa|mujer)", "my wife"),
    (r"(?:lo|la) (?:llevaron|han llevado) anoche al hospital", "was taken to hospital last night"),
    (r"(?:lo|la) (?:llevaron|han llevado) ayer al hospital", "was taken to hospital yesterday"),
    (r"(?:lo|la|le) (?:ingresaron|han ingresado)(?: de urgencias?)?", "was rushed to hospital"),
    (r"(?:lo|la) (?:llevaron|han llevado)", "was taken"),
    (r"al hospital", "to hospital"),
    (r"no (?:los|las|lo|la) (?:puede|podemos|puedo) llevar", "can't take them"),
    (r"con (?:la vecina|el vecino|los vecinos)", "with the neighbour"),
    (r"estoy aqu[íi] con [ée]l", "i'm here with him"),
    # "aprovechamos el puente": a long weekend away
    (
        r"(?:aprovech\w+|nos vamos|vamos|nos iremos|salimos)(?: de viaje)? (?:el|este|por el) puente",
        "going away for the long weekend",
    ),
    # "mañana ya veremos": tomorrow is not decided yet
    (r"(?:y )?ma[ñn]ana (?:ya )?veremos", "not sure about tomorrow yet"),
    (r"ya veremos|(?:ya )?veremos (?:c[óo]mo|qu[ée]) (?:sigue|est[áa]|va|tal)", "will see"),
    (
        r"me equivoqu[ée] de (?:d[íi]a|fecha)|me he equivocado de (?:d[íi]a|fecha)",
        "correction, i got the day wrong",
    ),
    (r"ignor(?:e|en|ad|a)(?: (?:el|mi) (?:[úu]ltimo )?mensaje)?", "ignore my last message"),
    # everyday vocabulary of the categories, as a dictionary lists it
    (
        r"(?:el |la )?(?:(?:taxi|autob[úu]s|bus|minib[úu]s|furgoneta|transporte|ruta)(?: escolar| del (?:council|colegio|cole|ayuntamiento)| de la escuela)|taxi)"
        r" no (?:ha venido|vino|viene|ha pasado|pas[óo]|ha aparecido|apareci[óo]|ha llegado|lleg[óo])",
        "the taxi hasn't come",
    ),
    (r"granitos|granos|ronchas|sarpullido|erupci[óo]n(?: cut[áa]nea)?|manchas rojas", "a rash"),
    (
        r"dolor(?:es)? (?:de (?:la )?regla|menstruales?)|c[óo]licos menstruales|reglas? dolorosas?",
        "period pains",
    ),
    (r"(?:tiene |con )la regla", "on her period"),
    (r"no (?:est[áa]|se encuentra|se siente) (?:muy |nada |del todo )?bien", "isn't well"),
    (r"gripazo|griposo|griposa|engripad[oa]s?", "flu"),
    (r"acatarrad[oa]s?|(?:un )?catarro", "a bad cold"),
    (r"pachuch[oa]s?|(?:un poco )?flojit[oa]s?|(?:un poco )?decaíd[oa]s?|decaid[oa]s?", "under the weather"),
    (r"(?:el )?est[óo]mago revuelto", "an upset stomach"),
    (
        r"(?:con|tiene|tener) (?:algo de |un poco de |mucha )?temperatura|febr[ií]cula|calentura",
        "a temperature",
    ),
    (r"migra[ñn]as?|jaquecas?", "migraine"),
    (r"imp[ée]tigo", "impetigo"),
    (r"bronquitis|bronquiolitis", "bronchitis"),
    (r"neumon[íi]a|pulmon[íi]a", "pneumonia"),
    (r"laringitis|faringitis|traque[íi]tis", "a throat infection"),
    (r"(?:se ha quedado|se qued[óo]|est[áa]) sin voz|(?:ha )?perdido la voz", "lost her voice"),
    (r"urticaria", "hives"),
    (
        r"(?:se (?:hizo|ha hecho) )?una brecha(?: en la (?:cabeza|frente|ceja|barbilla|rodilla|pierna))?",
        "a cut on her head",
    ),
    (
        r"(?:le )?(?:dieron|pusieron|han dado|han puesto|dar|poner) (?:unos |\d+ )?puntos|puntos de sutura",
        "stitches",
    ),
    (r"escayolad[oa]s?|enyesad[oa]s?", "in a cast"),
    (
        r"(?:lleva |con |tiene )?(?:una |la |un |el )?(?:f[ée]rula|escayola|yeso|bota ortop[ée]dica|cabestrillo)",
        "in a cast",
    ),
    (r"le duele(?:n)?(?: mucho| bastante)?", "it hurts"),
    (r"(?:una )?conmoci[óo]n(?: cerebral)?|(?:un )?traumatismo craneal", "concussion"),
    (
        r"se (?:dio|ha dado) un golpe en la cabeza|se golpe[óo] la cabeza|se ha golpeado la cabeza",
        "banged her head",
    ),
    (
        r"se (?:quem[óo]|ha quemado)(?: (?:la|el) (?:mano|brazo|pierna|pie|cara|dedo))?|(?:una )?quemadura",
        "got hurt with a burn",
    ),
    (
        r"baj[oa] de [áa]nimo|(?:el )?[áa]nimo por los suelos|(?:est[áa]|anda) (?:muy |un poco )?triste|de baj[óo]n|con la bajona",
        "low mood",
    ),
    (r"deprimid[oa]s?", "depressed"),
    (r"estresad[oa]s?|(?:el )?estr[ée]s", "anxious"),
    (r"agotad[oa]s?|exhaust[oa]s?|agotamiento", "washed out"),
    (r"emocionalmente|psicol[óo]gicamente|mentalmente", "mentally"),
    (r"vacun\w*", "vaccination"),
    (r"(?:una )?(?:consulta|cita|revisi[óo]n) de (?:seguimiento|control)", "a follow-up appointment"),
    (r"(?:el |la )?especialista", "the consultant"),
    (r"(?:una )?(?:ecograf[íi]a|eco\b|ultrasonido)", "an ultrasound"),
    (r"ambulatorio|centro de salud", "the clinic"),
    (r"(?:se puso|se ha puesto|est[áa]) de parto|(?:ha )?dado a luz|dio a luz", "giving birth"),
    (
        r"(?:se nos ha |se ha |nos ha )?inundado (?:la casa|el piso|la cocina)"
        r"|(?:la casa|el piso|la cocina) (?:se ha |se nos ha |est[áa] |se )?inund(?:ad[oa]|[óo])",
        "the house is flooded",
    ),
    (r"inundad[oa]s?|inundaci[óo]n(?:es)?", "flooded"),
    (r"(?:al |el |en el )?juzgado|(?:un|el|al) juicio", "a court hearing"),
    (r"(?:una )?muerte", "a death"),
    (
        r"(?:naci[óo]|nacieron|ha nacido) (?:esta noche|anoche|esta madrugada|de madrugada)",
        "was born overnight",
    ),
    (r"naci[óo]|nacieron|ha nacido", "was born"),
    (r"(?:un |el )?(?:examen|prueba) de (?:admisi[óo]n|acceso|ingreso|entrada)", "an entrance exam"),
    (r"(?:una )?prueba (?:de|del) (?:o[íi]do|audici[óo]n)|audiometr[íi]a", "a hearing test"),
    (r"(?:una|la) audici[óo]n (?:en|para|de (?:danza|m[úu]sica|teatro|baile|canto))", "an audition"),
    (r"feriantes?|con la feria", "travellers on the fairs"),
    (r"circo", "circus"),
    (r"de gira|(?:una|la) gira", "touring season"),
    (r"(?:lo |la |le )?(?:han destinado|destinaron)|destinad[oa]s?|destino militar", "military posting"),
    (r"nieve|nevada|nevando", "snow"),
    (
        r"(?:las |la )?carreteras? (?:est[áa]n? )?helad[ao]s?|placas de hielo|hielo en (?:la|las) carreteras?|escarcha",
        "icy roads",
    ),
    (r"no (?:podemos|puedo) (?:ir|llevar(?:la|le|lo|las|los)?|llegar)", "can't get"),
    (r"(?:la |las )?carreteras? (?:est[áa]n? )?(?:cortad|cerrad|bloquead)[ao]s?", "road closed"),
    (r"(?:los )?autobuses", "the buses"),
    (r"tormentas?|temporal|vendaval", "storm"),
    (
        r"(?:el |nuestro |los |nuestros )?(?:tren|trenes|autob[úu]s|autobuses)"
        r" (?:ha sido|han sido|fue|fueron|est[áa]n?|se ha|se han) (?:cancelad|suspendid|anulad)[oa]s?",
        "the trains are cancelled",
    ),
    (r"(?:nuestro |el )?tren", "the train"),
    (r"trenes", "trains"),
    (
        r"(?:nos |les |le )?(?:ha|han) (?:pedido|dicho|mandado|ordenado|indicado) que (?:nos |se )?"
        r"(?:aisl\w+|hag\w+ (?:aislamiento|cuarentena)|(?:estemos|est[ée]n?|quedemos|se queden?) en (?:aislamiento|cuarentena))",
        "told to isolate",
    ),
    (
        r"tiene(?:n)? que (?:hacer|estar en|quedarse en) (?:aislamiento|cuarentena)",
        "has to isolate in quarantine",
    ),
    (r"cuarentena|aislamiento", "quarantine"),
    (r"(?:las )?autoridades sanitarias|(?:la )?salud p[úu]blica", "public health"),
    (r"(?:estamos|vamos|voy|estoy) (?:de|en) camino|de camino|en camino", "on the way"),
    (r"(?:en|dentro de) (?:un )?cuarto de hora", "in 15 minutes"),
    (r"(?:en|dentro de) media hora", "in 30 minutes"),
    (r"(?<=\d )minutos", "minutes"),
    (
        r"no (?:tengo|tenemos|hay) (?:a )?nadie (?:que (?:cuide|se quede con|pueda cuidar)|para cuidar|con quien dejar)",
        "no one to look after",
    ),
    (
        r"(?:una |de )?excursi[óo]n (?:en familia|familiar)|(?:nos vamos|vamos) de excursi[óo]n|(?:un )?d[íi]a en familia|(?:un )?paseo en familia",
        "a family day out",
    ),
    (
        r"(?:la |una )?licencia (?:de actuaci[óo]n|para actuar|de trabajo infantil|del council|del ayuntamiento"
        r"|(?:est[áa]|fue|ha sido) (?:aprobada|concedida))",
        "performance licence",
    ),
    # reasons: the wider vocabulary of illness, appointments, family events and lateness
    (r"devolviendo|ha devuelto|devolvi[óo]|devuelve todo|arrojando|basqueando", "vomiting"),
    (
        r"descompuest[oa]s?(?: del est[óo]mago)?|mal del est[óo]mago|dolor de (?:est[óo]mago|barriga|panza|tripa)",
        "stomach bug",
    ),
    (r"intoxicaci[óo]n(?: alimentaria)?|gastroenteritis|gastro(?= )|virus estomacal", "stomach bug"),
    (
        r"no (?:lo|la|los|las) (?:mando|mandar[ée]|voy a mandar|llevo|llevar[ée]|voy a llevar|env[íi]o|voy a enviar)(?: (?:hoy|ma[ñn]ana))?(?: a (?:la escuela|el colegio|clase|la escuela|el cole))?",
        "won't be in",
    ),
    (
        r"placas(?: de pus)?(?: en la garganta)?|anginas|am[íi]gdalitis|faringitis|amigdalas inflamadas",
        "tonsillitis",
    ),
    (r"jaquec\w*", "migraine"),
    (
        r"(?:nos |me |les )?(?:cancelaron|han cancelado|cancelamos|hemos cancelado|anulamos|anularon|hemos anulado)"
        r" (?:los vuelos|el vuelo|el viaje|la reserva|los billetes|los boletos|los pasajes)",
        "cancelled our trip",
    ),
    (
        r"(?:hemos|he|ya) cambiado (?:el vuelo|los vuelos|el viaje|la fecha del viaje)|cambiamos (?:el vuelo|los vuelos|el viaje)",
        "our trip has been moved",
    ),
    (r"al final no (?:viajamos|vamos|nos vamos|volamos)", "not travelling after all"),
    (r"(?:anular|cancelar) el permiso(?: que (?:ped[íi]|pedimos))?", "cancel the absence"),
    (
        r"(?:una |la )?crisis de asma|ataque de asma|asma|asm[áa]tic\w*|inhalador\w*|le cuesta respirar|falta de aire",
        "asthma",
    ),
    (
        r"(?:muy )?nervios[oa]s? (?:por|con|ante|antes de) (?:los |el |sus |su )?ex[áa]men(?:es)?"
        r"|(?:los )?nervios (?:de|por|ante) (?:los |el )?ex[áa]men(?:es)?|estr[ée]s (?:por|de) (?:los )?ex[áa]men(?:es)?",
        "anxious about exams",
    ),
    (
        r"(?:la )?alergia (?:primaveral|al polen|estacional)|(?:la )?fiebre del heno|rinitis al[ée]rgica",
        "hay fever",
    ),
    (r"estornud\w*", "sneezing"),
    (r"golpe de calor|insolaci[óo]n", "heatstroke"),
    (
        r"(?:crisis|ataques?) de (?:ansiedad|p[áa]nico|angustia)|ansiedad|ansios[oa]s?|angustia\w*|depresi[óo]n|deprimid[oa]",
        "anxiety",
    ),
    (
        r"no (?:ha sido|fue|es|est[áa]) capaz de \w+|no (?:ha podido|pudo|puede) (?:salir de casa|levantarse|levantarse de la cama)",
        "couldn't come in",
    ),
    (r"paperas", "mumps"),
    (r"varicela", "chicken pox"),
    (r"sarampi[óo]n", "measles"),
    (r"escarlatina", "scarlet fever"),
    (r"hinchad\w*|inflamad\w*", "swollen"),
    (r"calentura|fiebre alta", "a temperature"),
    (
        r"dolor(?:es)? de cuerpo|dolor(?:es)? (?:en|por) todo el cuerpo|todo adolorido|adolorid\w*|dolorid\w*|malestar general",
        "aching",
    ),
    (r"fisioterap\w*|fisio(?= )|terapia\w*|terapeut\w*|logopeda\w*|psic[óo]log\w*|psiquiatr\w*", "therapy"),
    (r"cl[íi]nica\w*", "clinic"),
    (
        r"viernes santo|jueves santo|semana santa|domingo de ramos|mi[ée]rcoles de ceniza|d[íi]a de (?:reyes|todos los santos|la virgen)",
        "holy day",
    ),
    (r"bautizo|bautismo|bautizar", "christening"),
    (r"procesi[óo]n\w*|los oficios|confirmaci[óo]n", "religious church event"),
    (r"a misa", "to mass"),
    (r"(?:est[áa]|se encuentra) (?:muy |bastante |super )?grave|muy grave", "is seriously ill"),
    (r"su padre|su pap[áa]", "his dad"),
    (r"su madre|su mam[áa]", "his mum"),
    # "está ingresado": an inpatient, staying in hospital
    (
        r"(?:est[áa]|sigue|contin[úu]a) ingresad[oa](?! de urgencia)|(?:est[áa]n|siguen) ingresad[oa]s(?! de urgencia)",
        "is in hospital",
    ),
    (r"(?:lo|la|le) han ingresado|ingresad[oa]s?(?: de urgencia)?|ingresaron", "rushed to hospital"),
    (r"(?:minutos|min|minutitos|un rato|un ratito|media hora) (?:m[áa]s )?tarde", "minutes late"),
    (
        r"se (?:nos |me |le )?(?:han |ha )?peg(?:ado|aron|[óo]) las s[áa]banas|(?:nos|me|se) (?:quedamos|qued[ée]|qued[óo]|hemos quedado|he quedado|ha quedado) dormid\w*|(?:nos|me|se) (?:hemos|he|ha|han) dormido|no son[óo] (?:el|la) (?:despertador|alarma)",
        "overslept, running late",
    ),
    (
        r"(?:cuidar|cuidando|cuide|vigilar|quedarse con|quedar con)(?: a| al| de)?(?= (?:su |sus )?herman)",
        "look after",
    ),
    (r"(?:su |sus )?herman(?:ito|o (?:peque[ñn]o|menor|chico|beb[ée]))", "her little brother"),
    (r"(?:su |sus )?herman(?:ita|a (?:peque[ñn]a|menor|chica|beb[ée]))", "her little sister"),
    # an appointment moved out of school hours: the absence is off
    (
        r"(?:me |nos |le |les )?(?:han )?(?:cambiado|cambiaron|cambi[óo]|movido|movieron|movi[óo]|pasado|pasaron|pas[óo])"
        r" (?:la|su|nuestra|mi) cita (?:para|a) (?:despu[ée]s (?:del? (?:cole|colegio|clase|escuela)|de clases?)"
        r"|la salida|el s[áa]bado|el domingo|el fin de semana)",
        "the appointment was moved to after school",
    ),
    (
        r"(?:me |nos |le |les )?(?:han )?(?:cambiado|cambiaron|cambi[óo]|movido|movieron|movi[óo]|pasado|pasaron|pas[óo])"
        r" (?:la|su|nuestra|mi) cita (?:para|a) (?:las |la )?(?=\d)",
        "the appointment was moved to ",
    ),
    (r"(?<=\d )de la (?:tarde|noche)", "pm"),
    (
        r"(?:va|van|ir[áa]n?|viene|vienen)"
        + _SCHOOL
        + r"? (?:todo el d[íi]a|el d[íi]a entero|el d[íi]a completo)"
        r"(?: normal(?:mente)?| como siempre| con normalidad)?",
        "will be in school all day as normal",
    ),
    (
        r"(?:han|hemos|he|ha|nos han|me han) (?:cancelado|anulado|aplazado|cambiado|movido|pospuesto) (?:la|su|nuestra|mi) cita",
        "cancelled appointment",
    ),
    (
        r"sí (?:estar[áa]n?|va(?:n)? a estar) (?:en clase|en el colegio|en la escuela|en el cole)",
        "will be in school",
    ),
    (r"incendio\w*", "house fire"),
    (
        r"emergencia(?: \w+)? familiar|problema\w* (?:grave\w* )?familiar\w*|problema\w* (?:grave\w* )?en la familia",
        "family emergency",
    ),
    (r"hoy" + _BACK_ON, "back today"),
    # "a partir del miércoles ya irá al colegio": in again from that day, so back then
    *(
        (
            rf"a partir del? {day},? (?:ya )?(?:ir[áa]n?|vendr[áa]n?|estar[áa]n?|va|van|viene|vienen)"
            r" (?:al (?:cole|colegio)|a (?:la escuela|clase)|en (?:el )?(?:cole|colegio|clase))",
            f"back on {english}",
        )
        for day, english in _WEEKDAYS
    ),
    (r"ma[ñn]ana" + _BACK_ON, "back tomorrow"),
    # "mañana, si hay trenes, va normal": back tomorrow, as things stand
    (
        r"ma[ñn]ana,? si (?:hay|no hay|puede|est[áa] bien|sigue bien|se encuentra bien)(?: \w+)?,?"
        + _BACK_ON,
        "back tomorrow",
    ),
    *((rf"(?:el )?{day}" + _BACK_ON, f"back on {english}") for day, english in _WEEKDAYS),
    # "el martes 23 ya vuelven al cole": the day keeps its date; the verb after it then reads "back".
    *(
        (
            rf"(?:el )?{day}(?= \d{{1,2}}(?: de \w+)?,? (?:ya )?(?:vuelve|vuelven|regresa|regresan|volver[áa]n?|regresar[áa]n?|estar[íi]an? en|estar[áa]n? en)\b)",
            f"back on {english}",
        )
        for day, english in _WEEKDAYS
    ),
    # "nos vamos a Legoland": a day out, not a trip away
    (
        r"(?:nos vamos|vamos|nos iremos|iremos|lo llevamos|la llevamos|los llevamos) (?:a|al) (?:legoland"
        r"|parque (?:de atracciones|tem[áa]tico|acu[áa]tico)|zoo(?:l[óo]gico)?|acuario)",
        "going to a theme park",
    ),
    # "cumple 8 años": it is the child's birthday
    (
        r"(?:hoy |ma[ñn]ana )?cumple(?:n)? (?:\d+ |los \d+ )?a[ñn]os|es su cumple(?:a[ñn]os)?",
        "it's his birthday",
    ),
    (r"(?:nos vamos|vamos|viajamos|volamos|se van|van) a espa[ñn]a", "going to spain"),
    (r"(?:nos vamos|vamos|viajamos|volamos|se van|van) a (?:las )?canarias", "going to tenerife"),
    (r"visitar a (?:la )?familia|ver a (?:la )?familia", "visiting family"),
    (
        r"al final (?:[^\W\d_]+ )?(?:s[íi] )?(?:va|van|ir[áa]|ir[áa]n|viene|vienen|vendr[áa]n?)"
        + _SCHOOL
        + "?",
        "will be in after all",
    ),
    # "lo hemos cancelado": a plan called off, so the absence it caused is withdrawn.
    (
        r"(?:lo|la|los|las) (?:hemos|he|han) (?:cancelado|anulado|suspendido)|(?:lo|la|los|las) (?:cancelamos|anulamos)"
        r"|se (?:ha )?(?:cancelado|anulado|suspendido)|se (?:cancel|anul|suspendi)[óo]|(?:ha sido|fue) (?:cancelad|anulad)[oa]"
        r"|(?:nos |me |le )?(?:lo|la|los|las) (?:cancelaron|anularon|suspendieron|desconvocaron)",
        "it has been cancelled",
    ),
    # "ayer les avisé que...": an earlier message, whose days are not this one's
    (
        r"(?:(?<=ayer )|(?<=lunes )|(?<=martes )|(?<=rcoles )|(?<=jueves )|(?<=viernes )|(?<=bado )|(?<=domingo )"
        r"|(?<=semana ))(?:les|os|le|te) (?:avis[ée]|dije|coment[ée]|escrib[íi]|mand[ée] (?:un )?(?:mensaje|correo))"
        r"(?: que)?",
        "i told you that",
    ),
    # "desde el sábado está perfecto": well again since then
    (
        r"desde(?= (?:el )?" + _DAYS + r" (?:ya )?est[áa] (?:perfect|bien|genial|estupend|mejor))",
        "since",
    ),
    (
        r"(?:ya )?est[áa] (?:perfect[oa]|genial|estupend[oa]|bien del todo|(?:ya )?bien)(?= *[,.!;])",
        "he's fine",
    ),
    (
        r"por (?:la|el|los|las)(?= (?:fiebre|tos|gripe|v[óo]mitos|diarrea|dolor|virus|infecci[óo]n|varicela|catarro|resfriado))",
        "because of the",
    ),
    # "les escribí que no vendría": what an earlier message said
    (r"no vendr[íi]an?|no iba a (?:ir|venir)|no iban a (?:ir|venir)", "wouldn't be in"),
    # "mañana miércoles por la noche": the weekday only repeats "tomorrow"
    (
        r"ma[ñn]ana,? (?:el )?" + _DAYS + r"(?= (?:por la|en la|a la|de) (?:noche|tarde|ma[ñn]ana))",
        "tomorrow",
    ),
    # "se incorpora el jueves": rejoins the class
    (r"se (?:re)?incorpora(?:n|r[áa]n?)?", "will be back at school"),
    (r"(?:iba|iban) a(?= llegar (?:un poco |algo )?(?:tarde|m[áa]s tarde))", "would be"),
    # "hoy llega a su hora normal": in at the usual time, so no late arrival
    (
        r"(?:llega|llegan|llegar[áa]n?|va a llegar|van a llegar|entra|entran|entrar[áa]n?|va|van|ir[áa]n?)"
        r" (?:a su hora(?: normal| de siempre)?|a la hora (?:normal|de siempre)|puntual(?:es)?)",
        "will be in as normal",
    ),
    # "ya la veis el lunes": the teachers see the child again on that day
    (
        r"(?:ya )?(?:la|lo|los|las) (?:veis|ver[ée]is|ven|ver[áa]n|volv[ée]is a ver|volver[ée]is a ver)",
        "back",
    ),
    (r"al final|finalmente|despu[ée]s de todo", "after all"),
    # "mañana os digo": the parent will say tomorrow, so tomorrow is not yet a day of the absence.
    (
        r"ma[ñn]ana (?:ya )?(?:os|les|te|le) (?:digo|cuento|comento|escribo|aviso|informo|confirmo)",
        "will let you know tomorrow",
    ),
    # "les llamo esta semana para explicarles": a call promised, its day no day of the absence
    (
        r"(?:os|les|te|le) (?:llamo|llamar[ée]|llamamos|llamaremos|voy a llamar|vamos a llamar"
        r"|escribir[ée]|contar[ée])"
        r"(?: (?:esta semana|en estos d[íi]as|estos d[íi]as|en unos d[íi]as|la semana que viene|la pr[óo]xima semana"
        r"|m[áa]s adelante|luego|despu[ée]s|pronto))?(?= (?:para|y|con)\b)",
        "will call you",
    ),
    (r"(?:os|les|te|le) (?:escribo|cuento)(?= porque| por| para)", "i am writing"),
    # "faltó el último día antes de las vacaciones": off on that one day, not until it
    (
        r"(?:falt[óo]|no (?:fue|vino|asisti[óo]))(?: a clase| al (?:cole|colegio|insti|instituto))? (?:el )?[úu]ltimo d[íi]a"
        r"(?: de (?:clase|cole|colegio|trimestre)| antes de (?:las )?vacaciones(?: de navidad)?)?",
        "was off on the last day of term",
    ),
    (r"(?:el )?[úu]ltimo d[íi]a antes de (?:las )?vacaciones(?: de navidad)?", "the last day of term"),
    (r"(?:hasta )?el [úu]ltimo d[íi]a(?: de (?:clase|cole|colegio|trimestre))?", "until the end of term"),
    # "el taxi no ha venido a por él", "no ha pasado el autobús": the transport did not come
    (
        r"no (?:ha venido|vino|ha llegado|lleg[óo]|ha pasado|pas[óo]|ha aparecido|apareci[óo])"
        r"(?= (?:a por|a recoger|a buscar(?:le|la|los)?|por) )",
        "hasn't come",
    ),
    (
        r"no (?:ha venido|vino|ha llegado|lleg[óo]|ha pasado|pas[óo]|ha aparecido|apareci[óo]) (?:el|la) "
        r"(?:taxi|autob[úu]s|bus|minib[úu]s|furgoneta|transporte)",
        "the taxi hasn't come",
    ),
    # "les aviso que Carla tiene...": telling the school now, not promising to say later.
    (
        r"(?:os|les|te|le) (?:aviso|informo|comunico|escribo para (?:avisar|informar|decir)(?:les|os|te|le)?)"
        r"(?: de)? que",
        "just so you know",
    ),
    # "mañana os digo cómo sigue": the parent will say later, so the end is not known yet.
    (
        r"(?:ya )?(?:(?:os|les|te) (?:digo|cuento|comento|escribo)|(?:os|les|te|le) (?:aviso|informo|confirmo|mantengo informad[oa]s?))"
        r"(?: (?:c[óo]mo|qu[ée] tal) (?:sigue|est[áa]|va|evoluciona|se encuentra))?",
        "will let you know",
    ),
    (
        r"no (?:s[ée]|sabemos) si (?:ma[ñn]ana |el lunes )?(?:vendr[áa]n?|ir[áa]n?|va a (?:ir|venir)|van a (?:ir|venir)"
        r"|podr[áa]n? (?:ir|venir))",
        "not sure if she'll be in",
    ),
    (r"no s[ée] si|no sabemos si", "not sure if"),
    (r"incluido|incluida|inclusive", "inclusive"),
    (
        r"(?:se encuentra|se siente|est[áa]|amaneci[óo]|se ha levantado|se levant[óo]) (?:mucho |ya |bastante )?mejor",
        "is feeling better",
    ),
    (
        r"la cita(?: de \w+)? (?:se ha |fue |ha sido )?(?:cancelad|anulad|aplazad)a",
        "appointment has been cancelled",
    ),
    (r"cancel(?:ar|a|e|en)", "cancel that"),
    (r"me equivoqu[ée]|fue un error|por error|por equivocaci[óo]n", "ignore my last message"),
    (r"no s[ée] (?:hasta )?cu[áa]ndo|no sabemos (?:hasta )?cu[áa]ndo", "not sure when"),
    (
        r"no (?:s[ée]|sabemos) (?:cu[áa]ntos d[íi]as|cu[áa]nto tiempo)(?: (?:estaremos|vamos a estar|nos quedaremos|estar[ée]|va a ser|ser[áa]))?",
        "not sure when",
    ),
    (r"(?:os|les|te) (?:voy|vamos|iremos|ir[ée]) (?:informando|avisando|contando)", "will let you know"),
    # "me voy mañana con Nerea": the parent going away and taking the child
    (r"me voy|nos vamos", "we are going away"),
    (
        r"no (?:puedo|podemos|tengo con qui[ée]n|tenemos con qui[ée]n) (?:dejarl[oa]s?|dejar a \w+)(?: con nadie)?",
        "there is no one to leave her with",
    ),
    # strikes and the transport they stop
    (r"huelga(?: general)? de (?:trenes|tren|metro|autobuses|transporte\w*|renfe)", "train strike"),
    (r"huelgas?", "strike"),
    (r"hasta que se (?:mejore|recupere|ponga bien)", "until she's better"),
    (r"hasta nuevo aviso", "until further notice"),
    (
        r"no (?:fue|fueron|vino|vinieron|ha ido|han ido|pudo ir|pudieron ir)"
        + _SCHOOL
        + "?|falt[óo]|faltaron|ha faltado|han faltado",
        "was off",
    ),
    (
        r"no (?:va a ir|van a ir|va a venir|van a venir|ir[áa]n?|vendr[áa]n?|puede ir|pueden ir|puede venir"
        r"|pueden venir|podr[áa]n? ir|podr[áa]n? venir|va a estar|van a estar|estar[áa]n?|va|van|viene|vienen)"
        + _SCHOOL
        + "?",
        "won't be in",
    ),
    (
        r"(?:que |por )?no (?:les |le |os |te )?(?:avis[ée]|avisamos|escrib[íi]|escribimos|llam[ée]|haber avisado"
        r"|haber escrito|he avisado|hemos avisado|avisara)|(?:se me olvid[óo]|olvid[ée]) avisar(?:les|le|os|te)?",
        "that i didn't let you know",
    ),
    (r"(?:va|van) a faltar|faltar[áa]n?", "will be off"),
    (r"(?:se )?(?:va|van) a quedar en casa|se quedar[áa]n? en casa", "will stay at home"),
    (r"faltar|falta", "off"),
    (r"ausente", "absent"),
    # what happened: "se quedó en casa", "la dejé en casa", "hoy ya está en el colegio"
    (r"se qued(?:[óo]|aron) en casa|(?:estuvo|estuvieron) en casa", "stayed at home"),
    (
        r"(?:lo|la|los|las) (?:dej[ée]|dejamos|tuve|tuvimos|mantuve|guard[ée]) en casa"
        r"|me (?:lo|la|los|las) qued[ée] en casa|(?:me|nos) qued[ée]? con (?:[ée]l|ella|ellos) en casa",
        "kept him at home",
    ),
    (
        r"hoy (?:ya )?(?:est[áa]n?|(?:ha|han) vuelto|volvi[óo]|volvieron|(?:ha|han) ido|fue|fueron|vino|vinieron)"
        r" (?:al colegio|al cole|a clase|a la escuela|en el colegio|en el cole|en clase|en la escuela)",
        "is back at school today",
    ),
    # "se ha dejado las gafas en casa": something left at home, not a child kept there
    (r"(?:dejado|olvidado) (?:las |los |el |la )?\w+ en casa", "left something at home"),
    (r"est[áa]n? ah[íi](?= *(?:[.!;]|$))", "will be in"),
    (r"se queda(?:n|r[áa]|r[áa]n)? en casa|(?:lo|la|los|las) dejamos en casa|en casa", "staying at home"),
    (
        r"(?:va|van) a llegar (?:un poco |un poquito |algo )?(?:tarde|tardecito|tardecita|tardito|tardesito)",
        "will be late",
    ),
    (
        r"(?:va a |van a )?(?:llegar[áa]?n?|llega|llegan|llegamos|llegaremos|(?:ha |han )?llegad[oa]s?|lleg[oó]) (?:un poco |un poquito |algo |un pel[íi]n |un pelito )?(?:tarde|m[áa]s tarde|tardecito|tardecita|tardito|tardesito)"
        r"|con retraso|retrasad\w*",
        "late",
    ),
    (r"se nos (?:hizo|ha hecho|hace) tarde|se me (?:hizo|ha hecho|hace) tarde", "we ran late"),
    (
        r"(?:llega|llegan|llegamos|llegar[áa]n?|estar[áa]n?|estamos) (?:ah[íi] )?en (?:unos |unas )?",
        "will be there in about",
    ),
    (r"(?:vamos|voy|vamos a ir|van|va|estamos) (?:con retraso|tarde|retrasad[oa]s?)", "we are running late"),
    (r"un poco|un poquito|algo", "a bit"),
    (
        r"(?:se nos |nos |se le )?(?:ha )?pinch(?:ó|o|ado) (?:una |la )?(?:rueda|llanta)|rueda pinchada",
        "flat tyre",
    ),
    (r"(?:hemos |he )?perdido el (?:autob[úu]s|bus)|perdimos el (?:autob[úu]s|bus)", "missed the bus"),
    (
        r"(?:el )?coche (?:se (?:ha )?averi(?:ó|o|ado)|no arranca|est[áa] averiado)"
        r"|se (?:nos |me |le )?(?:ha )?averi(?:ó|o|ado) el coche",
        "car broke down",
    ),
    (r"al (?:salir|terminar) de(?:l| la)? (?:colegio|cole|escuela|clases?)", "after school"),
    (
        r"al (?:salir|terminar)(?: de(?:l| la)? (?:cita|consulta|dentista|m[ée]dico|doctor|hospital))?",
        "afterwards",
    ),
    (
        r"como a las(?= \d)|sobre las|hacia las|alrededor de las|a eso de las|(?:m[áa]s o menos|aproximadamente) a las",
        "around",
    ),
    (r"(?:va|van) a llegar|llegar[áa]n?", "will be in"),
    (
        r"estamos (?:ah[íi]|all[íi]|all[áa])|estaremos (?:ah[íi]|all[íi]|all[áa])|llegamos|llegaremos",
        "arriving",
    ),
    (r"esta ma[ñn]ana", "this morning"),
    (r"esta tarde", "this afternoon"),
    (r"por la ma[ñn]ana|de la ma[ñn]ana", "morning"),
    (r"por la tarde|de la tarde", "afternoon"),
    (r"pasado ma[ñn]ana", "day after tomorrow"),
    (r"antes de ayer|antier|anteayer", "day before yesterday"),
    (r"desde anoche|desde ayer por la noche", "since last night"),
    (r"anoche|ayer por la noche", "last night"),
    (r"hoy", "today"),
    (r"ma[ñn]ana", "tomorrow"),
    (r"ayer", "yesterday"),
    # "la semana que viene, del miércoles al viernes": those days of next week
    (r"(?:la )?(?:semana que viene|pr[óo]xima semana),? del?(?= " + _DAYS + r" al? )", "from next"),
    (
        r"toda la (?:semana que viene|pr[óo]xima semana)|(?:la )?semana (?:entera|completa) que viene"
        r"|(?:la )?(?:semana que viene|pr[óo]xima semana) (?:entera|completa)",
        "all next week",
    ),
    (r"(?:la )?semana que viene|(?:la )?pr[óo]xima semana", "next week"),
    (r"(?:en )?lo que (?:queda|resta) de (?:la )?semana", "the rest of the week"),
    (r"(?:el )?resto de la semana", "the rest of the week"),
    (r"hasta que (?:acabe|termine|se acabe|se termine) el (?:trimestre|semestre)", "until the end of term"),
    (r"(?:hasta )?(?:el )?(?:final|fin) del? (?:trimestre|semestre)", "until the end of term"),
    (r"(?:puedo|podemos|podr[íi]a|podr[íi]amos) (?:ir a )?recoger", "can i collect"),
    (r"sigue (?:mal[oa]?|enferm[oa]|con fiebre|malit[oa]|vomitando)", "still unwell"),
    (r"espero que", "hopefully"),
    (r"vuelva|vuelvan|regrese|regresen", "back"),
    (r"ortodoncista|ortodoncia", "orthodontist"),
    (r"mi padre|mi pap[áa]", "my dad"),
    (r"mi madre|mi mam[áa]", "my mum"),
    (r"mi abuelo", "my grandad"),
    (r"mi abuela", "my gran"),
    (r"mi suegr[oa]", "my grandparent"),
    (r"(?:un )?infarto|(?:un )?ataque al coraz[óo]n|(?:un )?paro card[íi]aco", "a heart attack"),
    (r"(?:un )?ictus|(?:un )?derrame cerebral", "a stroke"),
    (r"(?:un )?accidente", "an accident"),
    (r"(?:en la )?uci|(?:en )?cuidados intensivos", "intensive care"),
    # a stay with the grandparents is a family visit: "nos quedamos con los abuelos hasta Reyes"
    (
        r"(?:nos quedamos|nos quedaremos|nos vamos a quedar|vamos a quedarnos|estamos|seguimos|nos quedaremos)"
        r"(?: todav[íi]a| a[úu]n)? (?:con|en casa de|donde) (?:los|mis|sus|nuestros) abuel[oa]s",
        "still at our grandparents",
    ),
    (
        r"(?:nos vamos|vamos|viajamos|nos iremos|iremos|van|se van) (?:a casa de|con) (?:los|mis|sus|nuestros) abuel[oa]s",
        "going to our grandparents",
    ),
    # "el viernes 8 ya están": in again on that date
    (
        r"(?<=\d )ya (?:est[áa]n|est[áa] (?:aqu[íi]|en clase|en el cole(?:gio)?))(?= *(?:[.!,]|$))",
        "they are back",
    ),
    (r"abuel[oa]s?", "the family's grandparent"),
    (r"(?:est[áa]|sigue|est[áa]n|siguen) (?:ingresad[oa]s? )?en el hospital|ingresad[oa]s?", "in hospital"),
    (
        r"con el(?= (?:dentista|m[ée]dico|pediatra|ortodoncista|oculista|especialista))|con la(?= (?:dentista|m[ée]dica|pediatra|doctora))",
        "at the",
    ),
    (r"tambi[ée]n", "too"),
    (
        r"(?:estaremos|vamos a estar|nos vamos|viajamos|volamos) (?:a|en|para)(?= (?!casa|ver|la |el |los |las )[a-z])",
        "going abroad to",
    ),
    (r"vuelos?|billetes? de avi[óo]n|volamos|nos vamos en avi[óo]n", "flight"),
    (
        r"(?:para )?pasar (?:la )?navidad(?:es)?|(?:para|por) (?:las )?navidades|(?:para|por) navidad"
        r"|(?:para )?pasar (?:el d[íi]a de |los )?reyes|(?:para|por) (?:los )?reyes|(?:para )?pasar (?:las )?fiestas",
        "for the christmas holiday",
    ),
    (
        r"fiesta(?: de| de la)? navidad|fiesta navide[ñn]a|festival de navidad|funci[óo]n de navidad",
        "christmas party",
    ),
    (r"navidad(?:es)?", "the christmas holiday"),
    (
        r"cuando (?:empiece|empiecen|comience|comiencen|empiezan) (?:el|las|los) (?:cole|colegio|clases|escuela)",
        "when school starts",
    ),
    (
        r"en(?= (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))",
        "in",
    ),
    (r"hasta (?:las )?vacaciones", "until the holidays"),
    # "por ahora no va a ir": off from today, the end not yet known
    (
        r"(?:por ahora|por el momento|de momento|por lo pronto),? no (?:va a ir|van a ir|va|van|ir[áa]n?)"
        r"(?: al (?:cole|colegio))?",
        "for now won't be in today",
    ),
    (r"por ahora|por el momento|de momento|por lo pronto", "for now"),
    (r"amaneci[óo]|se despert[óo]", "woke up"),
    (r"(?:el|la|mi|nuestr[oa]) beb[ée]", "the baby"),
    (r"(?:en|de|desde) (?:la )?(?:secretar[íi]a|recepci[óo]n|conserjer[íi]a)", "from reception"),
    # "el primer día después de Navidad": the first school day after the holiday
    (
        r"(?:el )?primer d[íi]a(?: de (?:clase|cole|colegio))? (?:despu[ée]s|tras|pasad[ao])(?: de)? (?:las )?(?:vacaciones|fiestas|navidad(?:es)?)"
        r"(?: de (?:navidad|semana santa|pascua|invierno))?",
        "on the first day after the christmas holiday",
    ),
    # "el jueves 7 ya van al cole": the day they are back
    (
        r"ya (?:van|vuelven|regresan|va|vuelve|regresa) (?:al (?:cole|colegio)|a (?:la escuela|clase))",
        "they are back to school",
    ),
    # "volvemos después de las vacaciones de Navidad": back once the school holiday is over
    (
        r"(?:ya )?(?:despu[ée]s|pasadas|tras)(?: de)? (?:las )?(?:vacaciones|fiestas|navidad(?:es)?)(?: de (?:navidad|semana santa"
        r"|pascua|invierno|verano|fin de a[ñn]o))?",
        "after the holidays",
    ),
    # "ni esta semana ni la siguiente": both weeks
    (
        r"ni (?:esta|la) semana ni la (?:siguiente|pr[óo]xima|que viene)|(?:esta|la) semana y la (?:siguiente|pr[óo]xima|que viene)",
        "this week and next week",
    ),
    (
        r"(?:hasta )?(?:el )?final de (?:la|esta) semana|(?:hasta )?(?:el )?fin de semana",
        "until the end of the week",
    ),
    (r"esta semana", "this week"),
    (r"toda la semana|la semana entera", "all week"),
    (r"(?:de )?enero", "january"),
    (r"(?:de )?febrero", "february"),
    (r"(?:de )?marzo", "march"),
    # "Abril" is a given name too: the month only beside a date, "de" or "en".
    (r"(?<=\d )(?:de )?abril|de abril|(?<=en )abril|abril(?= (?:de )?\d)", "april"),
    (r"(?:de )?mayo", "may"),
    (r"(?:de )?junio", "june"),
    (r"(?:de )?julio", "july"),
    (r"(?:de )?agosto", "august"),
    (r"(?:de )?septiembre|(?:de )?setiembre", "september"),
    (r"(?:de )?octubre", "october"),
    (r"(?:de )?noviembre", "november"),
    (r"(?:de )?diciembre", "december"),
    # "el jueves 4 y el viernes 5": English says "thursday 4 and friday 5".
    (r"y el(?= " + _DAYS + ")", "and"),
    # "el jueves 4 y el viernes 5 de febrero": the month closes the pair, as in "thursday 4 and friday 5 february".
    (r"el(?= " + _DAYS + r" \d{1,2} y el " + _DAYS + r" \d)", ""),
    # "Pablo ya ha entrado": a sibling already inside
    (r"ya (?:ha|han) (?:entrado|llegado)|ya est[áa]n? dentro", "was in"),
    (
        r"ya est[áa]n? (?:all[íi]|ah[íi]|en (?:el cole|el colegio|la escuela|clase))",
        "is already at school",
    ),
    # "del 8 al 19", "entre el 8 y el 19": a span of dates
    (r"(?:del|desde el|entre el)(?= \d{1,2}(?:/\d{1,2})? (?:al|y el|hasta el) \d)", "from"),
    (r"(?<=\d )(?:al|y el|hasta el)(?= \d)", "to"),
    (r"(?<=\d )y(?= \d)", "and"),
    (r"(?:ese|este|aquel) d[íi]a", "that day"),
    (r"el d[íi]a(?= \d)", "on the"),
    (r"que viene", "next week"),
    (r"(?:el |la )?pr[óo]xim[oa]", "next"),
    (r"lunes", "monday"),
    (r"martes", "tuesday"),
    (r"mi[ée]rcoles", "wednesday"),
    (r"jueves", "thursday"),
    (r"viernes", "friday"),
    (r"s[áa]bado", "saturday"),
    (r"domingo", "sunday"),
    (r"el(?= " + _DAYS + ")", "on"),
    (r"el(?= \d)", "the"),
    (
        r"(?:sale|salen|saldr[áa]n?) (?:a su hora|a la hora normal|a la hora de siempre|como siempre|normal)",
        "will be in as normal",
    ),
    (
        r"(?:s[íi] )?(?:va|viene|ir[áa]|vendr[áa])"
        + _SCHOOL
        + r"? (?:normal|normalmente|como siempre|con normalidad)",
        "will be in as normal",
    ),
    (
        r"(?:s[íi] )?(?:van|vienen|ir[áa]n|vendr[áa]n)"
        + _SCHOOL
        + r"? (?:normal|normalmente|como siempre|con normalidad)",
        "will be in as normal",
    ),
    # "Lucas sí va", "Sergio sí va a la fiesta": the sibling who goes in
    (r"s[íi] (?:va|viene|van|vienen)(?:" + _SCHOOL + r"|(?= *(?:[.!,;]|$)))", "is in as normal"),
    (r"s[íi] (?:va|viene|van|vienen)(?= a (?:la|las|los|el|al))", "is in as normal, going"),
    (
        r"(?:y )?(?:luego|despu[ée]s|entonces) (?:(?:él|ella|ellos|ellas) )?"
        r"(?:va|van|viene|vienen|ir[áa]n?|vendr[áa]n?)" + _SCHOOL,
        "then coming to school",
    ),
    # "Bruno sí va.": said of a sibling, that one goes in as usual.
    (r"s[íi] (?:va|viene|ir[áa]|vendr[áa]|van|vienen|ir[áa]n|vendr[áa]n)(?= *(?:[.!;]|$))", "will be in"),
    (r"(?:s[íi] )?(?:va|viene)" + _SCHOOL, "is going to school"),
    (r"(?:s[íi] )?(?:van|vienen)" + _SCHOOL, "are going to school"),
    (r"ya no (?:vuelve|vuelven|regresa|regresan)(?: (?:ese|este) d[íi]a)?", "won't be back that day"),
    (r"normalmente|como siempre|con normalidad", "as normal"),
    (
        r"(?:ya )?(?:est[áa]|se encuentra|est[áa]n) (?:ya )?en (?:el )?(?:colegio|cole|la escuela|clase|el insti\w*)",
        "is in school already",
    ),
    (r"al (?:colegio|cole|instituto|insti)|a la escuela|a clases?", "to school"),
    (r"colegio|escuela|cole|instituto", "school"),
    # the family travelling home, not the child back in school
    (
        r"(?:nosotros )?(?:volvemos|regresamos|volveremos|regresaremos|(?:vamos a|tenemos que) (?:volver|regresar))",
        "we come back",
    ),
    (r"por la noche|en la noche", "at night"),
    (
        r"vuelve|vuelven|volver[áa]n?|volver|regresa\w*|vuelta|ha vuelto|han vuelto|se reincorpora\w*",
        "back",
    ),
    (r"a partir del?|desde|del?(?= " + _DAYS + ")", "from"),
    (r"hasta(?: el)?", "until"),
    (r"al?(?= " + _DAYS + ")", "to"),
    (r"(?:un) d[íi]as?", "1 days"),
    (r"(?:dos) d[íi]as?", "2 days"),
    (r"(?:tres) d[íi]as?", "3 days"),
    (r"(?:cuatro) d[íi]as?", "4 days"),
    (r"(?:cinco) d[íi]as?", "5 days"),
    (r"durante", "for"),
    (r"(?:unos|algunos) d[íi]as", "some days"),
    (r"(?<=\d )d[íi]as", "days"),
    (r"a las(?= \d+ horas)|(?:despu[ée]s de|pasadas|tras) (?:las )?(?=\d+ horas)", "once"),
    (r"(?<=\d )horas (?:de|despu[ée]s de)", "hours after"),
    (r"(?<=\d )horas", "hours"),
    (r"a las|a la(?= \d)", "at"),
    (r"m[áa]s tarde", "later"),
    (r"y (?:luego|despu[ée]s)|luego", "then"),
    (r"despu[ée]s(?= (?:la|lo|los|las|le|les|va|van|viene|vienen|ir[áa]n?|vendr[áa]n?|se)\b)", "then"),
    (r"(?:despu[ée]s|tras) (?:de (?:comer|almorzar|la comida|el almuerzo)|del almuerzo)", "after lunch"),
    (r"despu[ée]s del?(?! \d)", "after the"),
    (r"despu[ée]s", "after"),
    (
        r"justo despu[ée]s|nada m[áa]s (?:salir|terminar|acabar)|(?:en cuanto|apenas|ni bien) (?:salga|salgamos|termine"
        r"|terminemos|acabe|acabemos)",
        "straight after",
    ),
    (
        r"(?:lo|la|los|las) (?:recoger[ée]|recojo)|(?:voy a |vamos a )?recoger(?:lo|la|los|las)?|recoger[ée]|recogeremos|recojo",
        "pick her up",
    ),
    (r"antes de(?:l)?", "before"),
    (r"antes|temprano", "early"),
    (r"(?:a )?qu[ée] hora", "what time"),
    (r"cu[áa]ndo", "when"),
    (r"(?:lo|la|los|las) (?:llevo|llevar[ée])|(?:voy a )?llevar(?:lo|la|los|las)", "bringing her"),
    # "llevo a Lucía al cole": the personal "a" before the child
    (r"(?<!no )(?:llevo|llevar[ée]|traigo|traer[ée]) a(?= [a-zà-ÿ])", "i'll bring"),
    (r"vendr[áa]n?|ir[áa]n?", "coming"),
    (r"mediod[íi]a", "midday"),
    (r"conjuntivitis", "conjunctivitis"),
    (r"infecci[óo]n", "infection"),
    (r"llegar[áa]? m[áa]s tarde", "coming later"),
    (r"llegar[áa]", "coming"),
    (r"enferm\w*|malit[oa]s?|(?:estaba|est[áa]|estar[áa]|se puso|se ha puesto) mal[oa]", "ill"),
    (r"virus|viriasis|viral", "virus"),
    (r"otitis|dolor de o[íi]do", "ear ache"),
    (r"dolor de garganta|(?:le )?duele (?:mucho )?la garganta", "sore throat"),
    (
        r"(?<![\d:.])(?:con )?(?:3[89]|40)(?:[.,]\d)?(?: y medio)?(?: (?:grados|de fiebre))?(?= *[,.;!]| y | de )",
        "a temperature",
    ),
    (r"dolor de (?:muelas?|dientes?)", "tooth ache"),
    (r"gastro\w*|(?:virus|bicho) estomacal", "stomach bug"),
    (r"n[áa]useas|mareado|mareada|mareos?", "nauseous"),
    (
        r"(?:el |la )?(?:m[ée]dico|m[ée]dica|pediatra|doctor|doctora|cirujan[oa]|especialista|enfermer[oa])"
        r" (?:dice|dijo|ha dicho|recomienda|recomend[óo])",
        "the doctor said",
    ),
    (r"fiebre", "temperature"),
    (r"v[óo]mit\w*|vomit\w*", "vomiting"),
    (r"tos", "cough"),
    (r"resfriad\w*|constipad\w*|catarro", "a bad cold"),
    (r"gripe", "flu"),
    (r"dolor de cabeza", "headache"),
    (r"dolor de (?:barriga|est[óo]mago|tripa)", "stomach"),
    (r"no se (?:encuentra|siente) bien", "unwell"),
    (r"diarrea", "diarrhoea"),
    (r"varicela", "chicken pox"),
    (r"escarlatina", "scarlet fever"),
    (r"antibi[óo]tic\w*", "antibiotics"),
    (r"anginas|amigdalitis", "tonsillitis"),
    (r"(?:se ha )?roto (?:el|la) (?:brazo|pierna|mu[ñn]eca|pie|tobillo)|fractur\w*", "fractured"),
    (
        r"esguince|torcedura|(?:se ha |se )?torci(?:[óo]|do|da) (?:el|la) (?:tobillo|pie|mu[ñn]eca|rodilla)",
        "sprained",
    ),
    (r"se (?:ha )?ca[íi]do|se cay[óo]|se cayeron|se han ca[íi]do", "fell"),
    (
        r"(?:le |les )?duele (?:mucho )?(?:el|la) (?:brazo|pierna|mu[ñn]eca|pie|tobillo|rodilla|mano|espalda)",
        "hurt",
    ),
    (r"radiograf[íi]a\w*", "x-ray"),
    (r"escayola|yeso|f[ée]rula", "plaster cast"),
    (r"lesi[óo]n|lesionad\w*|se (?:ha hecho|hizo|hace) da[ñn]o", "injured"),
    (r"yom kip+ur", "yom kippur"),
    (r"(?:la )?fiesta del (?:cordero|borrego|sacrificio)", "eid"),
    (
        r"(?:el acto de |la ceremonia de |la fiesta de )?graduaci[óo]n|se grad[úu]a\w*|(?:se )?va a graduar",
        "graduation",
    ),
    (
        r"(?:un |el )?viaje (?:de trabajo|por trabajo|de negocios)|(?:se va|me voy|nos vamos|va|voy) de viaje (?:por|de) (?:trabajo|negocios)",
        "business trip",
    ),
    # "la graduación de su hermana en Colombia": a family occasion abroad
    (
        r"en (?:colombia|m[ée]xico|ecuador|per[úu]|bolivia|venezuela|argentina|chile|espa[ñn]a|cuba|paraguay|uruguay"
        r"|guatemala|honduras|el salvador|nicaragua|costa rica|panam[áa]|rep[úu]blica dominicana|estados unidos|marruecos)",
        "abroad",
    ),
    (r"cita|revisi[óo]n(?: m[ée]dica)?|chequeo|consulta m[ée]dica|control m[ée]dico", "appointment"),
    (r"cardi[óo]log\w*|cardio", "cardiologist"),
    (r"dentista", "dentist"),
    (r"m[ée]dic[oa]|pediatra", "doctor"),
    (r"an[áa]lisis", "blood test"),
    (r"funeral|entierro|velorio|tanatorio", "funeral"),
    (r"religios[oa]s?", "religious"),
    (r"misa|iglesia", "the church"),
    # a relative's communion, like a relative's christening or wedding, is a family occasion
    (
        r"(?:primera )?comuni[óo]n de (?:su|mi|tu|nuestr[oa]|la|el) (?:prim[oa]|sobrin[oa]|ahijad[oa]|niet[oa])s?",
        "family celebration",
    ),
    (r"primera comuni[óo]n", "first communion"),
    (r"d[íi]a santo|fiesta religiosa", "holy day"),
    (
        r"inmaculada concepci[óo]n|d[íi]a de reyes|mi[ée]rcoles de ceniza|viernes santo|semana santa",
        "feast day",
    ),
    (r"boda|casamiento", "wedding"),
    (r"falleci\w*|muri[óo]", "died"),
    (
        r"operaci[óo]n|cirug[íi]a|operar(?:le|se)?|(?:le |la |lo )?(?:operan|operar[áa]n|van a operar)",
        "operation",
    ),
    (r"tr[áa]fico|atasco\w*", "traffic"),
    (r"estamos de vacaciones|nos vamos de vacaciones", "on holiday"),
    (r"vacaciones", "holiday"),
    (r"(?:estar[áa]n?|va a estar|van a estar) fuera", "will be away"),
    (r"(?:nos vamos|vamos|viajamos) a espa[ñn]a", "going to spain"),
    (r"viaje", "going away"),
    (r"entrevista", "interview"),
    (r"cumplea[ñn]os", "birthday"),
    (r"compras", "shopping"),
    (r"todav[íi]a|sigue", "still"),
    (r"estuvo|estaba|fue", "was"),
    (r"porque|xq|pq|por culpa de", "because"),
    (r"pero", "but"),
    (r"tuvo|ten[íi]a", "had"),
    (r"tiene", "has"),
    (r"tienen", "have"),
    (r"él", "he"),
    (r"ella", "she"),
    (r"ellos|ellas", "they"),
    (r"y|ni", "and"),
)

# Common words of the language that are not English words too (Latin-script detection).
STOPWORDS = frozenset(
    [
        "ingresado",
        "ya",
        "vuelve",
        "cuándo",
        "avisaré",
        "avisare",
        "malo",
        "navidades",
        "volverá",
        "avisar",
        "una",
        "llegar",
        "carretera",
        "carreteras",
        "atasco",
        "boda",
        "pueblo",
        "viaje",
        "nuestro",
        "nuestra",
        "puede",
        "camino",
        "queda",
        "ayer",
        "buenas",
        "buenos",
        "casa",
        "cita",
        "cole",
        "colegio",
        "con",
        "días",
        "el",
        "ella",
        "enferma",
        "enfermo",
        "escuela",
        "estaba",
        "estará",
        "fuera",
        "vacaciones",
        "estarán",
        "está",
        "faltará",
        "faltó",
        "fiebre",
        "gracias",
        "hasta",
        "hija",
        "hijo",
        "hola",
        "hoy",
        "jueves",
        "las",
        "llega",
        "llegará",
        "llegara",
        "unos",
        "rueda",
        "pinchado",
        "los",
        "lunes",
        "martes",
        "mañana",
        "miércoles",
        "muy",
        "niña",
        "niño",
        "niños",
        "peque",
        "pero",
        "profe",
        "también",
        "tiene",
        "tienen",
        "va",
        "viernes",
        "vomitos",
        "vómitos",
        "y",
        "él",
    ]
)

DISTINCT_LETTERS = frozenset("¡¿ñ")

# Phrases meaning every child of the parent.
ALL_CHILDREN = (
    r"los dos|las dos|ambos|ambas|(?:los|mis) (?:niños|hijos)|los tres|las tres|(?:los|las) cuatro|(?:los|mis) (?:chicos|peques|nenes|cr[íi]os)",
)

# Diminutives of given names, added to the name without its final vowel ("Thiaguito", "Anita", "Miguelito").
CASE_ENDINGS = r"ito|ita|uito|uita|cito|cita|illo|illa"
