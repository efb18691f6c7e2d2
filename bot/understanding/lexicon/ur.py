"""Urdu, in its script and typed in Latin letters: the words the understanding step reads in this language (see lexicon/__init__.py)."""

from __future__ import annotations

from bot.understanding.lexicon._english import MONTHS

_VERB = (
    r"(?:آئے|آئیں|آۓ|جائے|جائیں|جاۓ|آ سکے|آ سکیں|جا سکے|جا سکیں|آ پائے|آ پائیں|جا پائے|جا پائیں)\s?(?:گا|گی|گے)"
    r"|آ سکتا|آ سکتی|آ سکتے|جا سکتا|جا سکتی|جا سکتے|آ رہا|آ رہی|آ رہے|جا رہا|جا رہی|جا رہے"
)
_ROMAN_VERB = (
    r"(?:aye|aaye|aaiye|ayen|aayen|jaye|jaaye|jayen|aa sak(?:e|ay|ey)|ja sak(?:e|ay|ey)|aa saken|ja saken|aa ska|ja ska)\s?(?:ga|gi|ge)"
    r"|ayenge|aayenge|aaenge|aenge|jayenge|jaenge|aa (?:raha|rahi|rahe)|ja (?:raha|rahi|rahe)"
    r"|ayega|aayega|ayegi|aayegi|aega"
    r"|aaega|aegi|aaegi|jayega|jayegi|jaega|jaegi|aa sakta|aa sakti|ja sakta|ja sakti|aa paye\w*|ja paye\w*"
    r"|aauga|aaugi|auga|augi|jauga|jaugi|aa sakda|aa sakdi|aa sakde|ja sakda|ja sakdi|ja sakde|aunge|aaunge"
    r"|jaange"  # Punjabi typed in Latin letters
)

# Coming (back) in the future: "آ جائے گی", "آئیں گے", "aa jayegi", "ayenge".
_COME = r"(?:آ جائے|آ جائیں|آ جاۓ|آئے|آئیں|آۓ|آ سکے|آ سکیں)\s?(?:گا|گی|گے)"
_ROMAN_COME = (
    r"(?:aa jaye|aa jaaye|aa jayen|aa jaen|aaye|aye|aayen|ayen|aa sake|aa saken)\s?(?:ga|gi|ge)"
    r"|aa jayega|aa jayegi|aa jayenge|aa jaega|aa jaegi|aa jaenge|aayega|ayega|aayegi|ayegi|aayenge|ayenge|aaenge"
    r"|aenge|aega|aegi|aa jauga|aa jaugi|aa jaange|aauga|aaugi|auga|augi|aunge|aaunge"
    r"|aaungiyan|aungiyan|aaungian|aungian|aa jaangiyan|aa jaungiyan"
)
# Places families travel to, as Urdu writes them and as they are typed in Latin letters.
_PLACES = (
    ("پاکستان|pakistan", "pakistan"),
    ("لاہور|lahore|lahor", "lahore"),
    ("کراچی|karachi", "karachi"),
    ("اسلام آباد|islamabad", "islamabad"),
    ("میرپور|mirpur", "mirpur"),
    ("کشمیر|kashmir", "kashmir"),
    ("انڈیا|بھارت|india", "india"),
    ("بنگلہ دیش|bangladesh", "bangladesh"),
    ("دبئی|dubai", "dubai"),
    ("سعودی عرب|سعودیہ|saudi", "saudi arabia"),
    ("مکہ|makkah|makka|mecca", "makkah"),
)
# Months, as Urdu writes the English calendar's.
_MONTHS = (
    (r"جنوری", "january"),
    (r"فروری", "february"),
    (r"مارچ", "march"),
    (r"اپریل", "april"),
    (r"مئی", "may"),
    (r"جون", "june"),
    (r"جولائی", "july"),
    (r"اگست", "august"),
    (r"ستمبر", "september"),
    (r"اکتوبر", "october"),
    (r"نومبر", "november"),
    (r"دسمبر", "december"),
)

_WEEKDAY_AFTER = r"(?:,? (?:پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|جمعے|ہفتہ|ہفتے|اتوار)(?= کو| \d| واپس|[,.]))?"

_ROMAN_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|peer|pir|somwaa?r|mangal|budh|jumeraa?t"
    r"|jumm?[ae]h?|jumm?[ae]y|itwaa?r|somvaa?r|mangalvaa?r|budhvaa?r|veervaa?r|shukarvaa?r|shanivaa?r|aitvaa?r"
)

# "کل" is both tomorrow and yesterday: the first tense marker after it in its clause decides.
_CLAUSE = r"[^.,!?\n\u06d4\u060c\u061f]"
_PAST = (
    r"(?<![\u0621-\u06ff])(?:تھا|تھی|تھے|تھیں|گیا|گئی|گئے|گئیں|آیا|آئی|ہوا|ہوئی|ہوئے)(?![\u0621-\u06ff])(?! ?(?:گا|گی|گے))"
    r"|\b(?:tha|thi|thay|thin|gaya|gayi|gai|gaye|gya|gyi|gye|aya|aaya|ayi|aayi|hua|hui|huwa|huwi)\b"
)
_FUTURE = (
    r"(?:گا|گی|گے)(?![\u0621-\u06ff])|جا رہ[اےی]"
    r"|\b\w+(?:ega|egi|enge|ayga|aygi|ange|unga|ungi|unge|oge|ogi|auga|augi|aunge)\b|\bja (?:raha|rahi|rahe|rhe|rha|rhi)\b"
    # the future written apart from its verb: "rahe gi", "aaye ga"
    r"|\b(?:ga|gi|ge|gay)\b"
)
_KAL = r"(?:کل(?! رات)|kall?(?! raa?t)|kl(?! raa?t))"
_KAL_PAST = _KAL + r"(?=(?:(?!" + _FUTURE + r")" + _CLAUSE + r")*(?:" + _PAST + r"))"
_KAL_FUTURE = _KAL + r"(?=(?:(?!" + _PAST + r")" + _CLAUSE + r")*(?:" + _FUTURE + r"))"
# "کل سے بخار ہے": ill since yesterday, a present tense before any future one.
_PRESENT = r"(?<![\u0621-\u06ff])(?:ہے|ہیں)(?![\u0621-\u06ff])|\b(?:hai|hain|he)\b"
_KAL_SINCE = (
    _KAL
    + r" (?:(?:شام|صبح|دوپہر|sham|shaam|subah|dopahar) )?(?:سے|se)(?=(?:(?!"
    + _FUTURE
    + r")"
    + _CLAUSE
    + r")*(?:"
    + _PRESENT
    + r"))"
)
_KAL_PRESENT = _KAL + r"(?=(?:(?!" + _PAST + r")" + _CLAUSE + r")*(?:" + _PRESENT + r"))"

_PARSON = r"(?:پرسوں|parson|parso|parsoon|parsun)"
_PAST_AHEAD = r"(?=(?:(?!" + _FUTURE + r")" + _CLAUSE + r")*(?:" + _PAST + r"))"
_ILL = r"بیمار|بخار|طبیعت|کھانسی|الٹی|درد|فلو|b[ie]e?maa?r|bukhaa?r|tabi?y?e?at|khaa?nsi|ult[iy]|dard|flu|\bsick\b"
_WEEKDAY_WORDS = (
    ("پیر|سوموار|peer|pir|somwaa?r|somvaa?r|monday", "monday"),
    ("منگل|mangal(?:w?v?aa?r)?|tuesday", "tuesday"),
    ("بدھ|budh(?:w?v?aa?r)?|wednesday", "wednesday"),
    ("جمعرات|jumm?[ae]?raa?t|jumairat|veerw?v?aa?r|thursday", "thursday"),
    ("جمع[ہے]|jumm?ah?|jumm?e|jumm?ay|jumm?ey|shukk?arw?v?aa?r|friday", "friday"),
)

# Hours said in words before "بجے" / "baje": "دس بجے" is 10 o'clock, "ساڑھے دس بجے" half past ten.
_HOURS = (
    ("ایک", "ek"),
    ("دو", "do"),
    ("تین", "teen|tin"),
    ("چار", "char|chaar"),
    ("پانچ", "panch|paanch"),
    ("چھ", "chhe|che|chay"),
    ("سات", "saat|sat"),
    ("آٹھ", "aath|ath"),
    ("نو", "nau|no"),
    ("دس", "das|dus"),
    ("گیارہ", "gyarah|gyara|giarah"),
    ("بارہ", "barah|bara"),
)

# Arriving (at school): "pohnch javange", "پہنچ جائے گا" (Urdu and Punjabi).
_ARRIVE = (
    r"(?:pohnch|pahunch|pohanch|pahuch|puhanch|pohonch|pounch|pahonch) (?:javange|jaavange|jaange|jayenge|jaenge|jaunga|jaungi"
    r"|javangi|javanga|jaega|jaegi|jayega|jayegi|jaavegi|jaavega|javegi|javega|jange)"
    r"|(?:pohnchega|pahunchega|pohnchegi|pahunchegi|pohnchenge|pahunchenge|pohanchega|pohanchegi)"
    r"|(?:پہنچ جائے|پہنچ جائیں|پہنچ جاؤں|پہنچ جاۓ|پہنچے|پہنچیں) ?(?:گا|گی|گے)"
    # "jaye ga" written apart; "10 بجے تک آ جائے گا": will come (be in) by then
    r"|(?:pohnch|pahunch|pohanch|pahuch|aa|a) (?:jaye|jaaye|jae|jayen|jaen|jayein) (?:ga|gi|ge)"
    r"|(?:aa|a) (?:jayega|jayegi|jayenge|jaega|jaegi|jaenge)"
    r"|(?:آ جائے|آ جائیں|آ جاۓ) ?(?:گا|گی|گے)"
)

# Days of the month said in words, as Urdu writes them and as they are typed in Latin letters.
_DAY_NUMBERS = (
    "ایک|ek",
    "دو|do",
    "تین|teen|tin",
    "چار|char|chaar",
    "پانچ|panch|paanch",
    "چھ|chhe|chay",
    "سات|saat",
    "آٹھ|aath",
    "نو|nau",
    "دس|das|dus",
    "گیارہ|gyarah|gyara",
    "بارہ|barah|bara",
    "تیرہ|terah|tera",
    "چودہ|chaudah|chauda|choda",
    "پندرہ|pandrah|pandra",
    "سولہ|solah|sola",
    "سترہ|satrah|satra",
    "اٹھارہ|atharah|athara",
    "انیس|unnees|unees",
    "بیس|bees",
    "اکیس|ikkees|ikees",
    "بائیس|baees|bais",
    "تئیس|teis|teyees",
    "چوبیس|chaubees|chobees",
    "پچیس|pachees|pachis",
    "چھبیس|chhabbees|chabees",
    "ستائیس|sattaees|sataees",
    "اٹھائیس|athaees|athais",
    "انتیس|untees",
    "تیس|tees",
    "اکتیس|iktees|ikattees",
)
_MONTH_NAMES = "|".join([urdu for urdu, _ in _MONTHS] + list(MONTHS) + [m[:3] for m in MONTHS])

# A time said before the verb of taking a child out of school: "11:30 pe le jaungi" is collecting them at 11:30.
_OCLOCK = r"(?:بجے|baje|bajay|bje|vaje|vajje|vje|waje)"

CLOCK: tuple[tuple[str, str], ...] = (
    # "22 ko wapis aa jayen ge", "22 تاریخ کو واپس آئیں گے": back on the 22nd (a day of the month, not a clock time)
    (
        r"(?<![\d:.])(?P<h>\d{1,2}) (?:tareekh |tarikh |تاریخ )?(?:ko|کو) (?:wapis|wapas|vapas|واپس) (?:school |skool |اسکول |سکول )?"
        r"(?:" + _ROMAN_COME + r"|آئے گا|آئیں گے|آئے گی|آئیگا|آئیں|آئے|آ|aa|a)",
        "back on the {h}th",
    ),
    # "24 تاریخ کو", "24 tareekh tak": a day of the month (not a clock time)
    (
        r"(?<![\d:./])(?P<h>\d{1,2}) (?:تاریخ|tareekh|tarikh|tarik|tareek) (?:تک|tak|tk)",
        "until the {h}th inclusive",
    ),
    # "18 tak": a number past any school hour is a day of the month
    (
        r"(?<![\d:./])(?P<h>1[3-9]|2\d|3[01]) (?:tak|tk|takk)(?! (?:baje|bje|vaje|waje))",
        "until the {h}th inclusive",
    ),
    (r"(?<![\d:./])(?P<h>\d{1,2}) (?:تاریخ|tareekh|tarikh|tarik|tareek) (?:سے|se|say)", "from the {h}th"),
    (
        r"(?<![\d:./])(?P<h>\d{1,2}) (?:(?:تاریخ|tareekh|tarikh|tarik|tareek)(?: (?:کو|ko))?|(?:کو|ko))",
        "on the {h}th",
    ),
    # An hour said in words before "بجے" becomes its number, for the rules after: "ساڑھے نو بجے" is "9:30 بجے".
    *(
        (rf"(?:ساڑھے|سا?ڑھے|saa?rhe|sarhe|saa?dhe|saa?de) (?:{urdu}|{roman})(?= {_OCLOCK})", f"{hour}:30")
        for hour, (urdu, roman) in enumerate(_HOURS, 1)
    ),
    # "پونے دس تک", "paune das baje": a quarter to that hour
    *(
        (
            rf"(?:پونے|paune|pone|pauney|ponay) (?:{urdu}|{roman})(?= (?:{_OCLOCK}|تک|tak|tk))",
            f"{hour - 1}:45",
        )
        for hour, (urdu, roman) in enumerate(_HOURS, 1)
        if hour > 1
    ),
    *(
        (rf"(?<!\S)(?:{urdu}|{roman})(?= {_OCLOCK})", f"{hour}:00")
        for hour, (urdu, roman) in enumerate(_HOURS, 1)
    ),
    # "9 vajje ton pehla pohnch javange", "9:30 tak pahunch javange", "10 بجے تک اسکول پہنچ جائے گا": in late, by then
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?: بجے| baje| bajay| bje| vaje| vajje| vje| waje)?"
        r" (?:تک|tak|tk|takk|(?:سے|se|say|ton|to|tu) (?:پہلے|pehle|pehlay|pahle|pehla|pehlan|pehlaan|pahlan))"
        r"(?: (?:school|skool|اسکول|سکول)(?: (?:ch|vich|wich|mein|me|میں))?)? (?:" + _ARRIVE + ")",
        "will be in by {h}:{m}",
    ),
    # "12 vaje tak school chhad dangi", "11 بجے تک اسکول چھوڑ دوں گی": bringing the child in by that time
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?: بجے| baje| bajay| bje| vaje| vje| waje)? (?:تک|tak|tk|takk)"
        r" (?:(?:school|skool|اسکول|سکول) )?(?:(?:chh?add?|chh?od|chh?orr?|drop|pohancha|pahuncha) (?:kar |kr )?"
        r"(?:dungi|dunga|dangi|danga|devangi|devanga|devange|davangi|davanga|davange|deyange|dayange|denge|dange|deinge|jaungi|jaunga|aaungi|aaunga|aungi|aunga)"
        r"|(?:le|lay) (?:ke |kar )?(?:aaungi|aaunga|aungi|aunga|aavangi|aavanga|aayenge|aavange)"
        r"|(?:چھوڑ|پہنچا) (?:دوں|دیں|جاؤں|جائیں|آؤں|آئیں) ?(?:گی|گا|گے)|لے (?:کر )?(?:آؤں|آئیں) ?(?:گی|گا|گے))",
        "will bring her to school by {h}:{m}",
    ),
    # "9 vajje ton pehlan", "9 بجے سے پہلے": before that time (read as "by" it)
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?: بجے| baje| bajay| bje| vaje| vajje| vje| waje)? (?:سے|se|say|ton|to|tu|توں) "
        r"(?:پہلے|pehle|pehlay|pahle|pehla|pehlan|pehlaan|pahlan)",
        "by {h}:{m}",
    ),
    # "school chhod dungi, 11 tak": by that time, said after the verb (a bare hour ending the clause)
    (r"(?<=, )(?P<h>\d{1,2}) (?:تک|tak|tk|takk)(?= *[.!,\n\u06d4]| *$)", "by {h}:{m}"),
    # "10:30 تک", "10 baje tak": by that time
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:(?:[:.](?P<m>\d\d))(?: بجے| baje| bajay| bje| vaje| vje| waje)?|(?: بجے| baje| bajay| bje| vaje| vje| waje)) (?:تک|tak|tk|takk)",
        "by {h}:{m}",
    ),
    # "12 بجے dentist کے لیے لے جاؤں گی", "12 baje dentist ke liye le jaungi": taking the child out at that time for it
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? (?:بجے|baje|bje|vaje)(?= (?:\S+ (?:nu|ko|کو) )?\S+ (?:کے لیے|کے لئے|کیلئے|ke liye|ke liay|k liye|layi|lai)"
        r" (?:لے (?:جاؤں|جائیں|جائے|کر جاؤں|کر جانا)|(?:جائے|جاۓ|جائیں) ?(?:گا|گی|گے)|(?:jaye|jaaye|jae) ?(?:ga|gi)|jayega|jayegi|jaega|jaegi"
        r"|(?:le|lay|lai) (?:ke |kar )?"
        r"(?:jana|jaana|jaungi|jaunga|jayenge|jaenge|jaange|javangi|javanga|javange)))",
        "collect at {h}:{m}",
    ),
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? (?:بجے )?(?:پر |پہ |تک )?(?:(?:اسکول|سکول|آفس|دفتر) سے )?"
        r"لے (?:جاؤں|جائیں|جائے) ?(?:گی|گا|گے)",
        "collect at {h}:{m}",
    ),
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? (?:baje |bje |vaje |vje |waje )?(?:pe |par |py |per |tak |te )?"
        r"(?:(?:school|skool|sakool|office|reception) (?:se|say|sy|ton|to|tu) )?(?:le|lay|lai|lae) "
        r"(?:jaungi|jaunga|jaaungi|jaaunga|jayenge|jaenge|jaayenge|jaangi|jaanga|jaange|javangi|javanga|javange)",
        "collect at {h}:{m}",
    ),
    # "11 بجے اسکول آئے گا", "11 baje school aayega": coming in at that time
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? (?:بجے|baje|bajay|bje|vaje|vajje|vje|waje) (?:(?:اسکول|سکول|school|skool) )?"
        r"(?:" + _COME + "|" + _ROMAN_COME + ")",
        "will be in at {h}:{m}",
    ),
    # "12 baje pick kar lungi", "12 بجے لے لوں گی": collecting the child at that time
    (
        r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))? (?:baje |bje |vaje |بجے )?(?:pe |par |py |per |پر |پہ )?"
        r"(?:(?:school|skool|office|reception|اسکول|سکول|آفس) (?:se|say|sy|ton|سے) )?"
        r"(?:pick (?:kar|kr|up kar|up kr) (?:lungi|lunga|loongi|loonga|lenge|lain ge|langi|langa|lavangi|lavanga)"
        r"|pick karungi|pick karunga|pick karenge|collect (?:kar|kr) (?:lungi|lunga|lenge)|(?:le|lay) (?:lungi|lunga|lenge|loongi)"
        r"|لے (?:لوں|لیں) ?(?:گی|گا|گے)|پک (?:کر|اپ کر) (?:لوں|لیں) ?(?:گی|گا|گے))",
        "pick her up at {h}:{m}",
    ),
)

GLOSSES: tuple[tuple[str, str], ...] = (
    # "Hana aaj gayi hai.": a sibling went (to school) today, the clause ending there
    (
        r"(?:aaj|aj|آج) (?:gaya|gayi|gai|gya|gyi|gaye|gye|chala gaya|chali gayi|chale gaye|گیا|گئی|گئے|چلا گیا|چلی گئی|چلے گئے)"
        r" (?:hai|he|hain|ha|ہے|ہیں)(?= *[.,!?\u06d4\n]| *$)",
        "is in school today",
    ),
    # "is jummay ko", "iss mangal": this (coming) weekday
    (r"(?:is|iss|es)(?= (?:" + _ROMAN_WEEKDAYS + r")(?![a-z]))", "this"),
    # "تین دسمبر", "teen december": a day of the month said in words
    *((rf"(?:{words})(?= (?:{_MONTH_NAMES}))", str(day)) for day, words in enumerate(_DAY_NUMBERS, 1)),
    # "ڈیڑھ بجے", "dhai baje": half past one, half past two
    (r"(?:ڈیڑھ|dedh|derh|dairh)(?= " + _OCLOCK + ")", "1:30"),
    (r"(?:ڈھائی|dhai|dhaai|dhayi|dhaee)(?= " + _OCLOCK + ")", "2:30"),
    (r"سہ پہر|سہپہر|seh ?pa?hr|seh ?pehar|sehpahar", "afternoon"),
    # "اگلے بدھ کو واپس آئے گا", "agle budh ko wapis aayega": back on next week's day
    *(
        (
            rf"(?:اگلے|اگلی|آنے والے|agle|agli|aglay|aane wale) (?:{days}) (?:کو |ko |nu )?(?:(?:اسکول|سکول|school|skool) )?"
            rf"(?:واپس|wapas|wapis|vapas|vapis) (?:(?:اسکول|سکول|school|skool) )?(?:{_COME}|{_ROMAN_COME})",
            f"back next {day}",
        )
        for days, day in _WEEKDAY_WORDS
    ),
    # "دوپہر کو اسکول آئے گا", "lunch ke baad school aayega": in for the afternoon only
    (
        r"(?:دوپہر|لنچ کے بعد|کھانے کے بعد|dopahar|dopehar|dupahar|lunch (?:ke|k) (?:baad|bad))(?: (?:کو|میں|ko|mein|me))?"
        r" (?:(?:اسکول|سکول|school|skool) )?(?:" + _COME + "|" + _ROMAN_COME + ")",
        "will be in school after lunch",
    ),
    # "لنچ کے بعد اسکول جائے گا", "lunch ke baad school jayega": going in after lunch
    (
        r"(?:لنچ کے بعد|کھانے کے بعد|lunch (?:ke|k) (?:baad|bad)) (?:(?:اسکول|سکول|school|skool) )?"
        r"(?:جائے گا|جائے گی|جائیں گے|jayega|jaye ga|jayegi|jaye gi|jaega|jaegi|jayenge)",
        "he will be in after lunch",
    ),
    # "ویک اینڈ کے بعد اسکول آئے گا", "weekend ke baad aayega": back after the weekend
    (
        r"(?:ویک اینڈ|ویکینڈ|ہفتے اتوار|weekend|week end|hafte itwar) (?:کے|ke|k) (?:بعد|baad|bad)"
        r" (?:(?:اسکول|سکول|school|skool) )?(?:(?:واپس|wapas|wapis|vapas|vapis) )?(?:"
        + _COME
        + "|"
        + _ROMAN_COME
        + ")",
        "back after the weekend",
    ),
    # "پچھلا پورا ہفتہ", "pichla poora hafta": all of last week
    (
        r"(?:پچھلا|پچھلے|pichla|pichhla|pichle|pichhle) (?:پورا|سارا|poora|pura|sara|saara) (?:ہفتہ|ہفتے|hafta|hafte)"
        r"|(?:پورا|سارا|poora|pura|sara|saara) (?:پچھلا|pichla|pichhla) (?:ہفتہ|hafta)",
        "all last week",
    ),
    # "ghare rahuga", "ghar pe rahega": staying at home (Urdu and Punjabi typed in Latin letters)
    (
        r"(?:ghar|ghare)(?: (?:pe|par|te|hi|ee|vich|ch|mein))? (?:rahuga|rahugi|rahega|rahegi|rahe ga|rahe gi|rehnga|rehngi"
        r"|rahunga|rahungi|rahenge|rahange|rehega|rehegi)",
        "will stay at home",
    ),
    # "2 دن", "2 din ke liye": a number of days
    # (not "2 din se bukhar hai": ill for two days now)
    (
        r"(?<=\d )(?:دن|دنوں)(?: (?:کے لیے|کے لئے|کیلئے))?(?! (?:سے|تک))"
        r"|(?<=\d )(?:din|dino|dinon|dinoon)(?: (?:ke liye|ke liay|k liye|layi|lai))?(?! (?:se|say|sy|ton|toon|tak|tk)\b)",
        "days",
    ),
    # "ibrahim ko normal 3 baje pick karun gi": a sibling collected at home time as usual
    (
        r"(?:ko )?(?:normal|normally|roz ki tarah) (?:\d{1,2}(?::\d\d)? (?:o'clock|baje|bajay) )?"
        r"(?:pick|collect) (?:karun|karoon|kar lun|kar loon|karein|karen|karongi|karungi)(?: ?gi| ?ga)?",
        "picked up as normal",
    ),
    # "Miss, ..." at the start: addressing the teacher, not missing school
    (
        r"(?:(?<=^)|(?<=^aoa )|(?<=^salam )|(?<=^salaam )|(?<=^slam )|(?<=^hi )|(?<=^hello )|(?<=^dear )"
        r"|(?<=^السلام علیکم )|(?<=^السلام عليكم )|(?<=^اسلام علیکم )|(?<=^سلام )|(?<=^assalamualaikum )"
        r"|(?<=^assalam o alaikum )|(?<=^asalam o alaikum )|(?<=^assalamu alaikum )|(?<=^salam alaikum )"
        r"|(?<=^salaam alaikum )|(?<=^assalamo alaikum ))(?:miss|sir|madam|mam|maam|teacher|ٹیچر|میڈم)(?=[ ,])",
        "teacher",
    ),
    # "آج بھی گھر پر ہے", "aaj bhi ghar pe hai": still off today, the end not known
    (
        r"آج بھی (?:گھر (?:پر |میں )?)?(?:ہے|ہیں|ہی ہے|رہے گا|رہے گی|رہیں گے)"
        r"|aaj? bhi (?:ghar (?:pe |par |pr |mein |me )?)?(?:hai|hain|he|rahega|rahegi|rahenge|rahe ga|rahe gi|rahe ge)",
        "still off today",
    ),
    # "دیر ہو گئی", "late ho gaye": running late
    (
        r"(?:دیر|لیٹ) ہو (?:گئی|گیا|گئے|رہی|رہا|رہے)"
        r"|(?:der|dair|late) ho (?:gayi|gai|gaya|gaye|gyi|gya|gye|gi|rahi|raha|rahe|rhi|rha|rhe|gaiyaan|gaye haan)",
        "running late",
    ),
    # Punjabi typed in Latin letters: "aam wang aa jaange", as usual
    (
        r"(?:aam|aamm|normal|rozana|roz) (?:wang|vang|vaang|waang|wangu|vangu|tarah|tarhan|taran)(?: school)?"
        r" (?:aa |a )?(?:jaange|jaanga|jaangi|jauga|jaugi|jaanage|aaunge|aunge|auga|augi|aauga|aaugi|aavega|aavegi"
        r"|aavange|avega|avegi|" + _ROMAN_VERB + r")",
        "will be in as usual",
    ),
    (r"(?:aam|normal) (?:wang|vang|vaang|waang|wangu|vangu)", "as usual"),
    # "sehat bahut kharab", "صحت بہت خراب": in very poor health
    (
        r"(?:sehat|sehet|sehath|health)(?: achanak| bahut| bohat| bohot| zyada| kafi| ek dam| boht)+ (?:kharab|kharaab|kharaab|buri)"
        r"|صحت(?: اچانک| بہت| زیادہ| کافی| ایک دم)+ (?:خراب|بری)",
        "very ill",
    ),
    # respectful grandparents: "dada ji", "دادا جان"
    (
        r"(?:(?:us ke|uske|unke|un ke|ohde|ohde|ohna de|ehde|inke|in ke) )?(?:dada|daada|nana|naana|baba|bapu) (?:ji|jee|jaan|jan|abu|abbu)(?: (?:nu|ko))?"
        r"|(?:دادا|نانا) (?:جی|جان|ابو)",
        "my grandad",
    ),
    (
        r"(?:(?:us ke|uske|unke|un ke|us ki|uski|unki|un ki|ohde|ohdi|ohna di|ohna de|ehdi|ehde|inki|in ki) )?"
        r"(?:dadi|daadi|nani|naani|bebe|biji|beeji) (?:ji|jee|jaan|jan|ammi|amma)(?: (?:nu|ko))?"
        r"|(?:دادی|نانی) (?:جی|جان|امی|اماں)",
        "my nan",
    ),
    # Punjabi typed in Latin letters: "hospital ch ne", in hospital
    (
        r"(?:hospital|haspataa?l)(?: (?:ch|vich|wich|vch|wch|vichh))(?: (?:ne|hai|hain|han|aa|e|hunn|hun))?",
        "in hospital",
    ),
    (r"(?:us|uss|ous|oss|ose|usi|usse) din", "that day"),
    (r"(?:اس|اسی|اُس) دن", "that day"),
    (r"(?:سارا|پورا) دن|(?:sara|saara|poora|pura) din", "all day"),
    (
        r"(?:(?:اسکول|سکول) سے )?(?:فون|کال) (?:آیا|آئی)(?: (?:تھا|تھی))?"
        r"|(?:(?:school|skool) (?:se|say|sy|ton) )?(?:phone|fone|call) (?:aaya|aya|ayi|aayi|aai)(?: (?:tha|thi|si))?",
        "the school called",
    ),
    # "nani ke ghar ja rahe hain", "دادا دادی کے پاس لاہور جا رہے ہیں": going to (stay with) the grandparents
    (
        r"(?:دادا دادی|نانا نانی|دادی|نانی|دادا|نانا|dada dadi|nana nani|daada daadi|naana naani|dadi|nani|daadi|naani|dada|nana"
        r"|bebe|biji|grandparents)(?: (?:جان|جی|ji|jaan|jee))? (?:کے پاس|کے گھر|کے ہاں|ke paas|ke pas|ke ghar|ke haan|ke han"
        r"|de ghar|de kol|kol)(?!(?: \S+){0,2} (?:hospital|haspatal|ہسپتال|اسپتال|janaza|جنازہ|funeral))(?: \S+){0,2}"
        r" (?:جا رہے ہیں|جا رہے|جائیں گے|ja rahe hain|ja rahe|jayenge|jaenge|ja rahe haan|ja rahe aa|jaange|chale jayenge)",
        "we are going to my grandparents",
    ),
    (
        r"(?:دادا دادی|نانا نانی|دادی|نانی|دادا|نانا|dada dadi|nana nani|dadi|nani|daadi|naani|dada|nana|grandparents)"
        r"(?: (?:جان|جی|ji|jaan|jee))? (?:کے پاس|کے گھر|کے ہاں|ke paas|ke pas|ke ghar|ke haan|ke han|de ghar|de kol|kol)"
        r"(?: \S+){0,2} (?:رہ رہے ہیں|رکے ہوئے ہیں|ٹھہرے ہوئے ہیں|رہیں گے|reh rahe hain|rah rahe hain|ruke hue hain|ruke huay hain"
        r"|thehre hue hain|rahenge|rahen ge|reh rahe haan|rehnge)",
        "we are away at my grandparents",
    ),
    # Punjabi typed in Latin letters: "nanke ja rahe haan", going to the grandparents'
    (
        r"(?:nanke|naanke|dadke|daadke|nankeyan|dadkeyan)(?: (?:ghar|pind))?(?: \S+){0,2}"
        r" (?:ja rahe|ja rahi|jaange|javange|jaavange|jana|chale|reh rahe|rahange)(?: (?:haan|han|aa|aan|hai|hain))?",
        "we are going to my grandparents",
    ),
    (r"(?<=\S )(?:ke|de|کے) (?:ghar|گھر)", "house"),
    # Umrah: a trip abroad (to Makkah)
    (
        r"(?:umrah|umra|umrah|عمرہ|عمرے|عمره)(?: (?:ke liye|ke liay|kay liye|کے لیے|کے لئے|karne|کرنے|pe|par|پر))?",
        "umrah trip abroad",
    ),
    # "appointment school ke baad shift ho gaya": moved to after school
    (r"(?:school|skool|chutti|chhutti|اسکول|سکول|چھٹی) (?:ke|k|کے|to|ton) (?:baa?d|بعد)", "after school"),
    # "appointment اگلے ہفتے کر دی ہے", "appointment agle hafte kar di": moved to next week
    (
        r"(?:appointment|اپائنٹمنٹ|اپوائنٹمنٹ) (?:کو |ko )?(?:اگلے ہفتے|agle hafte|aglay haftay|agle haftay)(?: (?:پر|par|pe|تک|tak))?"
        r" (?:کر دی|کر دیا|کردی|کردیا|ہو گئی|ہو گیا|kar di|kar diya|kr di|kr diya|ho gayi|ho gaya|ho gai)(?: (?:ہے|hai|he))?",
        "the appointment has been moved to next week",
    ),
    # "اسکول میں ہی رہے گی", "school mein hi rahegi": staying in school (not taken out)
    (
        r"(?:اسکول|سکول) میں (?:ہی )?(?:رہے|رہیں) ?(?:گا|گی|گے)"
        r"|(?:school|skool) (?:mein|me|main) (?:hi )?(?:rahega|rahegi|rahenge|rahe ga|rahe gi|rahen ge)",
        "will be in school",
    ),
    # "میں نے message کیا تھا", "maine message kiya tha": I sent a message (earlier)
    (
        r"(?:میں نے )?(?:message|میسج|میسیج) (?:کیا|بھیجا) (?:تھا|تھی)"
        r"|(?:maine |mainay |mene )?(?:message|msg|massage) (?:kiya|kia|bheja|bhja) (?:tha|thi)",
        "i sent a message",
    ),
    (
        r"(?:shift|move|change|reschedule|tabdeel|badal) (?:ho|hu|kar|kr) (?:gaya|gayi|gya|gyi|gai|diya|dia|di)(?: (?:hai|he|ha|aa|e))?"
        r"|(?:شفٹ|تبدیل|منتقل) (?:ہو|کر) (?:گیا|گئی|دیا|دی)(?: ہے)?",
        "has been moved",
    ),
    (
        r"(?:poora|pura|pure|poore|sara|saara) din (?:school|skool) (?:mein|me|main|ch|vich) (?:hi )?(?:rahega|rahegi|rahenge|rahe ga|rahe gi|rave ga|ravegi|rahu)"
        r"|(?:پورا|سارا) دن (?:اسکول|سکول) میں (?:ہی )?(?:رہے|رہیں) ?(?:گا|گی|گے)",
        "will be in school all day",
    ),
    # "half term ke baad hi aaye gi", "ہاف ٹرم کے بعد واپس آئے گی": back after half term
    (
        r"(?:half ?term|ہاف ٹرم) (?:ke|k|کے) (?:baad|bad|بعد)(?: (?:hi|ہی))?(?: (?:wapas|wapis|واپس))? (?:"
        + _ROMAN_COME
        + "|"
        + _COME
        + ")",
        "back after half term",
    ),
    (r"(?:half ?term|ہاف ٹرم) (?:ke|k|کے) (?:baad|bad|بعد)(?: (?:hi|ہی))?", "after half term"),
    # "کرسمس کی چھٹیوں تک", "christmas ki chuttiyon tak": until the Christmas holidays
    (
        r"(?:کرسمس|christmas|krismas) (?:کی|ki) (?:چھٹیوں|چھٹیاں|chuttiyon|chhuttiyon|chutiyon|chuttiyan|holidays)"
        r" (?:تک|tak)",
        "until the christmas holidays",
    ),
    # "کرسمس کی چھٹیوں کے بعد ہی اسکول آئے گی": back in school (only) after the Christmas holidays
    (
        r"(?:کرسمس|christmas|krismas) (?:کی|ki) (?:چھٹیوں|چھٹیاں|chuttiyon|chhuttiyon|chutiyon|chuttiyan|holidays)"
        r" (?:کے|ke) (?:بعد|baad|bad)(?: (?:ہی|hi))? (?:(?:اسکول|سکول|school|skool) )?(?:(?:واپس|wapas|wapis) )?(?:"
        + _COME
        + "|"
        + _ROMAN_COME
        + ")",
        "will be back in school after the christmas holidays",
    ),
    (
        r"(?:کرسمس|christmas|krismas) (?:کی|ki) (?:چھٹیوں|چھٹیاں|chuttiyon|chhuttiyon|chutiyon|chuttiyan|holidays)"
        r" (?:کے|ke) (?:بعد|baad|bad)",
        "after the christmas holidays",
    ),
    (r"کرسمس", "christmas"),
    # "نئے term کے پہلے دن واپس": back on the first day of the new term
    (
        r"(?:نئے|نیا|اگلے|naye|naya|nae|agle) (?:term|ٹرم) (?:کے|کا|ke|ka) (?:پہلے|pehle|pehlay) (?:دن|din)"
        r"(?: (?:واپس|wapas|wapis))?",
        "back on the first day of the new term",
    ),
    # Punjabi typed in Latin letters: "Wednesday nu bhejange", sending the child back in on that day
    (
        r"(?:(?<=day )|(?<=waar )|(?<=vaar )|(?<=war )|(?<=var ))(?:ko|nu) "
        r"(?:bhejange|bhejenge|bhejangi|bhejungi|bhejunga|bhejange ji|bhej (?:deyange|dayange|devange))",
        "back in school",
    ),
    # "8 ton 12 February tak": from one day of the month to another
    (r"(?<=\d )(?:ton|toon|tun)(?= \d{1,2} )", "to"),
    (r"ton|toon|tun", "from"),
    (r"nu|noo", ""),
    # "ٹھیک ہونے پر بتا دوں گی", "theek hone pe bata dungi" / "theek hon te dass dangi": no end known yet
    (
        r"(?:ٹھیک|بہتر|صحت یاب) (?:ہونے|ہو جانے) (?:پر|کے بعد) (?:بتا دوں|بتاؤں|بتا دیں|بتائیں|اطلاع دے دوں|اطلاع دوں) ?(?:گی|گا|گے)"
        r"|(?:theek|thik|theik|behtar) (?:hone|hon|hoan|ho jane|ho jaan) (?:pe|par|pr|te|tay|ke baad|ke bad|to baad|ton baad)"
        r" (?:bata dungi|bata dunga|bataungi|bataunga|bata denge|batayenge|bta dungi|inform kar dungi|inform kr dungi"
        r"|dass dangi|dass danga|dassangi|dassanga|dasangi|dasanga|dass davangi|dass devangi)",
        "i will let you know when she's better",
    ),
    (
        r"(?:بتا دوں|بتاؤں|بتا دیں|بتائیں) ?(?:گی|گا|گے)"
        r"|bata dungi|bata dunga|bataungi|bataunga|bata denge|batayenge|bta dungi|dass dangi|dass danga|dassangi|dassanga"
        r"|dass davangi|dass devangi",
        "i will let you know",
    ),
    # after the fact: "bata nahi saki" / "بتا نہیں سکی", I didn't let you know
    (
        r"(?:آپ کو )?(?:بتا نہیں (?:سکی|سکا|سکے)|نہیں بتایا|بتایا نہیں|اطلاع نہیں (?:دے سکی|دے سکا|دی))"
        r"|(?:aap ko |ap ko )?(?:bata nahi (?:saki|saka|sake)|bta nahi (?:saki|saka)|nahi bataya|bataya nahi|inform nahi (?:kiya|kar saki|kr saki))",
        "i didn't let you know",
    ),
    (
        r"(?:dassna|dasna|dassana|batana|btana|inform karna) (?:bhul|bhool) (?:gayi|gaya|gai|gya|gyi|gaye)(?: si| thi| tha)?"
        r"|(?:بتانا|اطلاع دینا) (?:بھول) (?:گئی|گیا|گئے)(?: تھی| تھا)?",
        "i forgot to let you know",
    ),
    (r"maa?f (?:kijiye|kijiyega|karna|kr do|kar dein)|معاف (?:کیجیے|کیجئے|کرنا|کر دیں)", "sorry"),
    (
        r"(?:(?:اسے|اس کو|انہیں|ان کو) )?گھر (?:پر |پہ |میں )?(?:رکھا|رکھی|رکھے)(?: تھا| تھی| تھے)?"
        r"|(?:(?:usay|usse|use|unhe|unhein|usko|ohnu) )?(?:ghar|ghare) (?:par |pe |mein |me )?(?:rakha|rakhi|rakhe|rakheya|rakhya)(?: tha| thi| the| si)?",
        "kept her at home",
    ),
    (
        r"(?:واپس )?(?:اسکول|سکول) (?:واپس )?(?:آ|چلا|چلی|چلے) (?:گیا|گئی|گئے)(?: ہے| ہیں)?"
        r"|(?:(?:wapas|wapis|vapas|vaapis) )?(?:school|skool) (?:wapas |wapis |vapas |vaapis )?(?:aa|a|chala|chali|chale) (?:gaya|gayi|gaye|gya|gai|gyi|gaya si|gayi si)(?: hai| he| ha| aa| ae)?",
        "is back in school",
    ),
    # "lunch se pehle", "لنچ سے پہلے": before lunch (the morning); "lunch ke baad": after lunch
    (
        r"(?:lunch|lanch|khane|khaane|dopahar|dopehar) (?:se|say|sy) (?:pehle|pehlay|pahle|pehly)"
        r"|(?:لنچ|کھانے|دوپہر) سے پہلے",
        "before lunch",
    ),
    (
        r"(?:lunch|lanch|khane|khaane) (?:ke|k) (?:baad|bad|bd)|(?:لنچ|کھانے) کے بعد",
        "after lunch",
    ),
    # "kal wo normal aa jayegi", "کل معمول کے مطابق آئے گی": back tomorrow as usual (not off tomorrow)
    (
        _KAL
        + r"(?: (?:wo|woh|vo|voh|ye|yeh|oh|o|se|say|sy|ton|inshallah|inshaallah|insha allah|in sha allah|phir|fir|dobara|dubara)){0,2}"
        r" (?:(?:normal|normally|mamool ke mutabiq|mamul ke mutabiq"
        r"|maamool ke mutabiq|roz ki tarah|rozana ki tarah|hamesha ki tarah|regular) (?:school |skool )?(?:wapas |wapis )?"
        r"|(?:school |skool )?(?:wapas|wapis|vapas|vapis) (?:school |skool )?)(?:" + _ROMAN_COME + r")",
        "back tomorrow",
    ),
    (
        _KAL + r"(?: (?:وہ|یہ|سے|پھر|دوبارہ|ان شاء اللہ|ان شاءاللہ|انشاءاللہ|انشاء اللہ)){0,2}"
        r" (?:(?:معمول کے مطابق|روز کی طرح|ہمیشہ کی طرح|نارمل|normal|normally) (?:اسکول |سکول )?(?:واپس )?"
        r"|(?:اسکول |سکول )?واپس (?:اسکول |سکول )?)(?:" + _COME + r")",
        "back tomorrow",
    ),
    # "پرسوں" is both the day after tomorrow and the day before yesterday: the tense decides, as for "کل"
    # "kal da vekhange", "kal ka dekhenge": tomorrow is not decided yet
    (
        r"(?:kall?|kl|کل|tomorrow) +(?:da|ka|di|ki) (?:vekhange|vekhde haan|vekhde aan|dekhenge|dekhte hain|dekhain ge|dekhen ge|dekhte hai)"
        r"|(?:کل کا|کل کی) (?:دیکھیں گے|دیکھتے ہیں)",
        "we'll see about tomorrow",
    ),
    # "پرسوں ان شاء اللہ آ جائیں گے", "parson aa jayenge": back the day after tomorrow
    (
        _PARSON
        + r"(?: (?:وہ|یہ|پھر|دوبارہ|ان شاء اللہ|ان شاءاللہ|انشاءاللہ|انشاء اللہ|اسکول|سکول|واپس)){0,3}"
        r" (?:" + _COME + r")",
        "back on the day after tomorrow",
    ),
    (
        _PARSON + r"(?: (?:wo|woh|vo|voh|phir|fir|dobara|dubara|inshallah|inshaallah|insha allah|in sha allah"
        r"|school|skool|wapas|wapis|vapas|vapis)){0,3} (?:" + _ROMAN_COME + r")",
        "back on the day after tomorrow",
    ),
    (_PARSON + _PAST_AHEAD, "the day before yesterday"),
    (_PARSON, "the day after tomorrow"),
    # "پیر سے بیمار ہے", "peer se bimar hai": ill since (last) Monday, said in the present
    *(
        (
            rf"(?:{days}) (?:سے|se|ton|toon)(?=(?:(?!{_FUTURE}){_CLAUSE})*(?:{_ILL}))(?=(?:(?!{_FUTURE}){_CLAUSE})*(?:{_PRESENT}))",
            f"off since {day}",
        )
        for days, day in _WEEKDAY_WORDS
    ),
    # "پیر سے بدھ تک بیمار تھی", "somvar ton budhvar tak bimar si": was off ill (told afterwards)
    *(
        (
            rf"(?:{days}) (?:سے|se|ton) (?:{days2}) (?:تک|tak|tk) (?:بیمار|b[ie]e?maa?r|گھر پر|گھر|ghar|چھٹی پر)"
            r"(?: (?:رہی|رہا|رہے|rahi|raha|rahe|rehi|reha|rahay))? (?:تھی|تھا|تھے|thi|tha|thay|the|si|san|sige)",
            f"was off ill {day} to {day2}",
        )
        for days, day in _WEEKDAY_WORDS
        for days2, day2 in _WEEKDAY_WORDS
    ),
    # "Wednesday se school bhej dein ge", "budh se school bhejenge": sending the child back in from that day
    *(
        (
            rf"(?:{days}) (?:سے|se|say|sy|ton|toon) (?:(?:اسکول|سکول|school|skool) )?(?:bhej (?:dein ge|denge|dengay|dein gay|dange"
            r"|daange|dawange|davange|devange|dungi|dunga|dangi|devangi)|bhejenge|bhejengay|bhejange|bhejungi|bhejunga"
            r"|بھیج (?:دیں|دوں) ?(?:گے|گی|گا)|بھیجیں ?گے|بھیجوں ?(?:گی|گا))",
            f"back on {day}",
        )
        for days, day in _WEEKDAY_WORDS
    ),
    # "Wednesday nu aam vaang aa jaange": back on that day as usual
    *(
        (
            rf"(?:{days}) (?:nu|noo|ko) (?:aam|aamm|normal|rozana|roz) (?:wang|vang|vaang|waang|wangu|vangu|tarah|tarhan|taran)"
            r"(?: school)? (?:aa |a )?(?:jaange|jaanga|jaangi|jauga|jaugi|jaanage|aaunge|aunge|auga|augi|aauga|aaugi"
            r"|aavega|aavegi|aavange|avega|avegi)",
            f"back on {day} as usual",
        )
        for days, day in _WEEKDAY_WORDS
    ),
    # "جمعہ سمیت", "jumma samet": up to and including Friday
    *(
        (rf"(?:{days}) (?:سمیت|samet|samait|sameet)", f"until {day} inclusive")
        for days, day in _WEEKDAY_WORDS
    ),
    # "baaki dono kal normal aayenge", "باقی دونوں کل آئیں گے": the siblings are in as usual
    (
        r"(?:باقی|بقیہ|baqi|baaqi|baki|baaki) (?:دونوں|تینوں|سب|بچے|dono|donon|teeno|teenon|sab|bache|bachay|bachche)"
        r"(?: (?:بچے|bache|bachay|bachche))?(?: (?:کل|آج|kal|kl|aaj|aj))?(?: (?:نارمل|معمول کے مطابق|normal|normally|mamool ke mutabiq))?"
        r"(?: (?:اسکول|سکول|school|skool))? (?:"
        + _COME
        + "|"
        + _ROMAN_COME
        + r"|آ رہے ہیں|جا رہے ہیں|aa rahe|ja rahe|jayenge|jaenge)",
        "the other two will be in as normal",
    ),
    # "باقی ہفتہ", "baqi hafta": the rest of the week
    (
        r"(?:باقی|بقیہ|baqi|baaqi|baki|baaki)(?: (?:سارا|پورا|sara|saara|pura|poora))? (?:ہفتہ|ہفتے|hafta|hafte|haftay)",
        "the rest of the week",
    ),
    (_KAL_PAST, "yesterday"),
    (_KAL_SINCE, "since yesterday"),
    (_KAL_FUTURE, "tomorrow"),
    # "کل 9 بجے اپائنٹمنٹ ہے", "kal appointment hai": something planned, a present tense and no past one
    (_KAL_PRESENT, "tomorrow"),
    # --- everyday words of each category, as a dictionary lists them (script and Latin letters) ---
    # symptoms and conditions
    (
        r"(?:سر|sar|sir) (?:(?:میں|mein|me|mai|ch|vich|wich) )?(?:(?:بہت|شدید|سخت|زیادہ|bohat|bahut|shadeed|sakht|zyada) )?(?:درد|dard)"
        r"|سر ?درد|آدھے سر کا درد",
        "headache",
    ),
    (
        r"(?:ماہواری|حیض|پیریڈز|پیریڈ|mahwari|maahwari|periods?)(?: (?:کا|کی|کے|ka|ki|ke))? (?:درد|dard|تکلیف|takleef|pain)"
        r"|ماہواری|حیض|mahwari|maahwari",
        "period pain",
    ),
    (r"جی (?:متلا|مچل|متلی)\S*|متلی|ji (?:matla|machal)\w*|matli|ulti jaisa", "nausea"),
    (
        r"(?:ٹھیک|اچھا|اچھی|theek|thik|acha|achha|achi) (?:محسوس|mehsoos|mahsoos) (?:نہیں|nahi|nahin|nhi) (?:کر|kar|kr)"
        r" (?:رہا|رہی|رہے|raha|rahi|rahe|rha|rhi)",
        "not feeling well",
    ),
    (r"نڈھال|بے حال|nidhaal|nidhal", "lethargic"),
    (
        r"(?:دھوپ|dhoop|dhup) (?:سے|se) (?:\S+ )?(?:جل|jal) (?:\S+)|(?:دھوپ|dhoop|dhup) (?:لگ|lag) (?:گئی|gayi|gai)",
        "sunburn",
    ),
    (r"(?:ٹخنہ|ٹخنے|takhna|takhne) (?:\S+ )?(?:مڑ|موچ|moch|mur|mud)\S*", "sprained ankle"),
    (r"(?:کلائی|kalai) (?:\S+ )?(?:مڑ|موچ|moch|mur|mud)\S*", "sprained wrist"),
    (r"(?:لو|loo) (?:لگ|lag) (?:گئی|gayi|gai)", "heatstroke"),
    (r"ٹینشن میں|tension (?:mein|me|main)", "anxious"),
    (r"گھبراہٹ|ghabrahat|ghabrahut", "anxious"),
    (r"گریجویشن|graduation", "graduation"),
    (r"(?:کینیڈا|canada|kaneda) (?:میں|mein|me|vich|ch)", "in canada"),
    (r"کینیڈا|kaneda", "canada"),
    (r"(?:امریکہ|امریکا|america|amreeka|amrika) (?:میں|mein|me|vich|ch)", "in america"),
    (r"امریکہ|امریکا|amreeka|amrika", "america"),
    (
        r"کاروباری (?:دورہ|دورے|ٹرپ)|کام کا (?:دورہ|ٹرپ)|kaam ka (?:trip|daura)|karobari (?:daura|trip)",
        "business trip",
    ),
    # not "ٹانسلز کا آپریشن", read below as an operation
    (r"(?:ٹانسلز|ٹانسل|ٹانسلائٹس)(?! (?:کا|کی|کے) (?:آپریشن|اپریشن|operation))", "tonsillitis"),
    (r"(?:فوڈ پوائزننگ|فوڈ پوائزن|food poison(?:ing)?|khane (?:mein|me|ka) zeher)", "food poisoning bug"),
    (r"مائیگرین|مائگرین|میگرین|مائگرین|migrain\w*", "migraine"),
    (r"ہینڈ[ ،,]? ?فٹ (?:اینڈ|اور|and) ماؤتھ|ہاتھ پاؤں اور منہ", "hand foot and mouth"),
    (r"امپیٹیگو|امپیٹائیگو", "impetigo"),
    (r"کووڈ|کوویڈ|کورونا", "covid"),
    (r"نمونیا|نمونیہ|nimonia|namonia", "pneumonia"),
    (r"برونکائٹس|برونکائیٹس", "bronchitis"),
    (r"اسکارلٹ فیور|سکارلٹ فیور", "scarlet fever"),
    (r"(?:پیٹ|معدے|pait|pet) (?:کا|کی|ka|ki) (?:وائرس|بگ|انفیکشن|virus|bug|infection)", "stomach bug"),
    (r"وائرس", "virus"),
    (r"الرجی|الرجیی|alerji", "allergy"),
    (r"یرقان|پیلیا|yarqan|yarqaan|peeliya|piliya", "ill with jaundice"),
    (r"خسرہ(?: نکل\S*)?|khasra", "measles"),
    (r"ناک (?:بہہ|بہ|بند)\S*|naak (?:beh|bah|band)\w*", "runny nose"),
    (r"(?:گلے|گلا) (?:میں )?خراش|(?:gale|gala) (?:mein |me )?kharash", "sore throat"),
    (
        r"(?:سائیکل|سکوٹر|اسکوٹر|ٹرامپولین|گھوڑے|cycle|bike|scooter|trampoline) (?:سے|se) (?:گر|gir) (?:گیا|گئی|gaya|gayi|gai|gya|gyi)",
        "fell off the bike",
    ),
    (r"(?:پینک|panic) (?:اٹیک|attack)s?", "panic attack"),
    (r"گھبراہٹ|بے چینی|ghabrahat|ghabraahat", "anxiety"),
    (r"اداس|افسردہ|udaas|udas|afsurda", "low mood"),
    (r"کنکشن|کنکشن|کنکشن", "concussion"),
    # appointments
    (
        r"(?:آنکھوں|آنکھ|نظر|aankhon|ankhon|aankh|nazar) (?:کا|کی|ka|ki) (?:ٹیسٹ|معائنہ|چیک اپ|test|checkup|check up)",
        "eye test",
    ),
    (
        r"(?:سماعت|سننے|کانوں|sunne|sunnay|kaanon) (?:کا|کی|ka|ki) (?:ٹیسٹ|معائنہ|چیک اپ|test|checkup)|ہیئرنگ ٹیسٹ",
        "hearing test",
    ),
    (r"(?:خون|khoon|khun) (?:کا|ka) (?:ٹیسٹ|test)|بلڈ ٹیسٹ", "blood test"),
    (r"آرتھوڈونٹسٹ|آرتھوڈانٹسٹ|آرتھو", "orthodontist"),
    (r"(?:دانتوں|daanton|danton) (?:پر|کے|pe|par|ke) (?:تار|taar)|بریسز|بریسس", "orthodontist braces"),
    (r"حفاظتی ٹیکے|ٹیکے|ویکسین\S*|ویکسینیشن|teeke|teekay|tikay", "vaccinations"),
    (r"فزیو ?تھراپی|فزیو|فیزیو", "physiotherapy"),
    (r"(?:اسپیچ|سپیچ) تھراپی", "speech therapy"),
    (r"تھراپی", "therapy"),
    (r"کنسلٹنٹ", "consultant"),
    (r"فالو ?اپ", "follow-up"),
    (r"چیک ?اپ", "check-up"),
    (r"کلینک", "clinic"),
    (r"ایکس ?رے", "x-ray"),
    (r"اسکین|سکین", "scan"),
    # family events
    (
        r"(?:ایمرجنسی|emergency)(?= (?:dentist|ڈینٹسٹ|doctor|ڈاکٹر|gp|appointment|اپائنٹمنٹ|a&e))",
        "emergency",
    ),
    (r"(?:گھر|ghar) (?:میں|پر|mein|me|pe|par) (?:ایمرجنسی|emergency)", "emergency at home"),
    (r"(?:فیملی|خاندانی|گھریلو|family) (?:ایمرجنسی|emergency)|ایمرجنسی", "family emergency"),
    (
        r"(?:(?:چھوٹی|choti|chhoti) )?(?:بہن|بیٹی|بچی|behen|bahan|behn|beti|bachi) (?:پیدا|paida|peda) (?:ہوئی|hui|hoi|hoyi)",
        "baby sister was born",
    ),
    (
        r"(?:(?:چھوٹا|chota|chhota) )?(?:بھائی|بیٹا|بچہ|bhai|beta|bacha) (?:پیدا|paida|peda) (?:ہوا|hua|hoya)",
        "baby brother was born",
    ),
    (
        r"(?:گھر|کچن|ghar|kitchen) (?:(?:میں|mein|me) )?(?:پانی|pani|paani) (?:بھر|آ|bhar|aa) (?:گیا|gaya|gya)",
        "house flooded",
    ),
    (
        r"(?:عدالت|کورٹ|court) (?:میں |کی |mein |ki )?(?:پیشی|تاریخ|ہیئرنگ|peshi|tareekh|hearing)|پیشی",
        "court hearing",
    ),
    (
        r"(?:کا|کی|ka|ki) (?:accident|ایکسیڈنٹ|حادثہ) (?:ہو|ho) (?:گیا|گئی|gaya|gayi|gya)",
        "was in an accident",
    ),
    # trips, interviews, work
    # "لاہور جا رہے ہیں", "karachi ja rahe hain": going to a place abroad; "لاہور میں": in it
    *(
        (
            rf"(?:{place})(?= (?:جا|جانا|جائیں|جائے|جاؤں|ja|jana|jaa|jaenge|jayenge|jayegi|jayega|jaegi|jaega)(?![\w\u0600-\u06ff]))",
            f"to {english}",
        )
        for place, english in _PLACES
    ),
    *(
        (rf"(?:{place})(?= (?:میں|mein|me|mai)(?![\w\u0600-\u06ff]))", f"in {english}")
        for place, english in _PLACES
    ),
    (r"فلائٹ|فلائیٹ", "flight"),
    (r"انٹرویو", "interview"),
    (r"(?:داخلہ|داخلے کا|انٹری|انٹرنس|dakhla|dakhle ka) (?:ٹیسٹ|امتحان|test|exam)", "entrance test"),
    (r"آڈیشن", "audition"),
    (r"فوجی پوسٹنگ|فوج (?:کی|میں) پوسٹنگ|fauji posting|fauj (?:ki|mein) posting", "army posting"),
    (
        r"(?:کام|نوکری|kaam|kam|naukri) (?:کے سلسلے میں|ke silsile (?:mein|me)|ki wajah se|کی وجہ سے) (?:سفر|باہر|safar|bahar)",
        "travelling for work",
    ),
    # the way in
    (r"(?:برف|barf|baraf) (?:جمی|جم|jami|jam)\S*", "ice"),
    (r"برف ?باری|(?:برف|barf|baraf) (?:پڑی|پڑ|گری|giri|pari|padi)\S*|barf ?bari|برف", "snow"),
    (
        r"(?:سڑک|سڑکیں|سڑکوں|sadak|sarak|sadken|sadkein|road) (?:بند|band)|(?:سڑک|سڑکیں|sadak|sarak) (?:blocked)",
        "road closed",
    ),
    (r"سیلاب|selab|sailab|sailaab", "flooding"),
    (r"(?:ٹرینیں|ٹرین|trains?|ریل) (?:کینسل|منسوخ|بند|cancel|band)", "trains cancelled"),
    (r"ہڑتال|hartal|hartaal|hartal", "strike"),
    (r"طوفان|آندھی|toofan|tufan|toofaan|aandhi", "storm"),
    (
        r"(?:نہیں|nahi|nahin|nhi) (?:پہنچ|pohanch|pohnch|pahunch) (?:سکے|سکیں|پائے|پائیں|sake|saken) ?(?:گا|گی|گے|ga|gi|ge)"
        r"|(?:nahi|nahin|nhi) (?:pohanch|pohnch|pahunch) (?:sakega|sakegi|sakenge|payega|payegi)",
        "won't be in",
    ),
    # told to stay away
    (
        r"(?:آئسولیٹ|isolate|علیحدہ|الگ) (?:کرنے|ہونے|رہنے|karne|hone|rehne|rahne) (?:کو|کا|کے لیے|ko|ka|ke liye) (?:کہا|بولا|kaha|bola)",
        "told to isolate",
    ),
    (r"آئسولیٹ|آئیسولیٹ", "isolate"),
    (r"قرنطینہ|کوارنٹین|quarantine|qarantina", "quarantine"),
    # work
    (r"(?:ڈرامے|فلم|اشتہار|ٹی وی) کی شوٹنگ|شوٹنگ", "filming"),
    (r"فوٹو ?شوٹ", "photoshoot"),
    (r"ماڈلنگ", "modelling"),
    # --- reasons vocabulary (script and Latin letters) ---
    (
        r"(?:شادی|shaa?di|viah|vyah) (?:کی|کے لیے|ki|ke liye|di|lai) (?:shopping|شاپنگ|خریداری|khareedari|kharidari)",
        "shopping",
    ),
    (
        r"(?:abhi|ابھی) (?:confirm|کنفرم|pakk[ai]|پکا|پکی|طے|tay|tai) (?:nahi?n?|nhi|nai|نہیں)(?: (?:hui|hua|hoi|ہوئی|ہوا|hai|ہے))?",
        "is not confirmed yet",
    ),
    # "ya Tuesday ya Wednesday": either one or the other
    (r"(?:یا|ya|yaa)(?= \S+(?: \S+)? (?:یا|ya|yaa) )", "either"),
    (r"(?:hogi|hoga|hoge|hogay|ہوگی|ہوگا|ہوں گے)(?= (?:یا|ya|yaa) )", ""),
    (r"یا|ya|yaa", "or"),
    # "Monday ko bhej dungi": sending the child back in on that day
    (
        r"(?<=day )(?:ko|nu) bhej (?:dungi|dunga|doongi|doonga|denge|dange|dangi|danga|devangi|devanga)",
        "back in school",
    ),
    # "je kal tak theek ho gaye", "agar kal tak": if (better) by tomorrow
    (r"(?:je|jey|jekar|agar|agr|اگر) (?:kall?|kl|کل) (?:tak|takk|تک)", "if by tomorrow"),
    (
        r"(?:hun|hunn|hun ta|hunn ta|hun tan) (?:(?:oh|o|ohdi|ohda) )?(?:(?:tabiyat|tabiat|sehat) )?(?:theek|thik|changa|changi|vadhiya)"
        r" (?:lag rahi|lag reha|lag riha|lag rahe|ho gayi|ho gaya|ho gai|ho gya|ho gyi|aa|ae|hai|he)(?: (?:aa|ae|hai|he))?",
        "she is better now",
    ),
    (r"(?:bukhaa?r|bukhar|taap|tap) (?:utar|uttar|utter) (?:gaya|gya|gayi|gai|gyi)", "fever has gone down"),
    (
        r"(?:school|skool) (?:aa|a) (?:reha|riha|rahi|rehi|raha|rha|rhi)(?! (?:hai|hain|he|h|ae|aa)\b)",
        "is coming to school",
    ),
    (r"dhaff?add?|dhapp?ad|daane|dane|khaa?rish|khujli", "rash"),
    (r"satt?(?: (?:lag|vajj?|wajj?)\w*)|chot (?:lag|lagi|lagg)\w*", "injury"),
    (r"chakk?ar", "dizzy"),
    (
        r"(?:poore|pure|poora|pura) ho (?:gaye|gye|gaya|gya|gayi|gai)|(?:akaal )?chalana kar (?:gaye|gye|gaya|gya|gayi)"
        r"|guzar (?:gaye|gye|gaya|gya|gayi|gai)|(?:faut|fout|wafat|inteqal|intiqal|intekal) ho (?:gaye|gye|gaya|gya|gayi|gai)",
        "died",
    ),
    (r"sanskaa?r|antim ardaa?s|(?:antim |antam )bhog|kiriya", "funeral"),
    # "akhand path", "sehaj paath da bhog": a reading of the Guru Granth Sahib and its close, a religious ceremony
    (
        r"(?:akhand|akhandh|sehaj|sahaj|sukhmani) paa?th(?: sahib| saab| sahab)?(?: (?:da|de|di))?(?: bhog)?|bhog",
        "religious ceremony at the gurdwara",
    ),
    (r"bhua|bhuaa|massi|maasi|chachi|taai|mami", "aunt"),
    (
        r"(?:ab|اب) (?:(?:wo|woh|وہ|uski|us ki|اس کی) )?(?:(?:tabi?y?e?at|طبیعت) )?(?:theek|thik|behtar|ٹھیک|بہتر) (?:hai|he|ہے|ho gay[ai]|ہو گئی|ہو گیا)",
        "she is better now",
    ),
    # "naye le kar aa rahi hoon": buying new ones (shoes, uniform) on the way in
    (
        r"(?:naye|naya|nayi|nae|nai|نئے|نیا|نئی) (?:لے کر|لے کے|le kar|le ke|lekar) (?:آ رہی|آ رہا|آ رہے|aa rahi|aa raha|aa rahe) (?:ہوں|ہیں|hun|hoon|hu|hain)",
        "getting new ones on the way",
    ),
    (
        r"(?:لے کر|لے کے|le kar|le ke|lekar) (?:آ رہی|آ رہا|آ رہے|aa rahi|aa raha|aa rahe) (?:ہوں|ہیں|hun|hoon|hu|hain)",
        "we are bringing her in now",
    ),
    (
        r"(?:میں نے )?(?:بتایا|میسج کیا|میسیج کیا) تھا|(?:maine |mene )?(?:bataya|message kiya|msg kiya) tha"
        r"|(?:main |mai )?(?:(?:pichhle|pichle|pichhli|pichli) (?:hafte|haftay|week) )?(?:dassya|dasya|daseya|dasseya|dassiya|message kita|msg kita|message keeta|msg keeta) (?:si|see|sigi|c)",
        "i said",
    ),
    # "main Friday nu msg kita si": I messaged (on an earlier day); that day is not the absence
    (
        r"(?:(?:main|mai|mein|maine|mene) )?(?:" + _ROMAN_WEEKDAYS + r"|parson) (?:nu|ko|noo) "
        r"(?:(?:msg|message|mesej|text) (?:kita|keeta|kiya|kia|bheja|bhejya|bhejeya|paya)|bataya|btaya|dasseya|dasya|daseya) (?:si|see|tha|thi|c)"
        r"|(?:میں نے )?(?:پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|جمعے|ہفتہ|ہفتے|اتوار) کو (?:میں نے )?(?:میسج|میسیج|پیغام) (?:کیا|بھیجا) تھا",
        "i said earlier",
    ),
    # "flight cancel ho gayi": the trip is off
    (
        r"(?:flight|flights|ticket|tickets|trip|safar|plan|programme|program) cancel (?:ho|hogayi|hogaya)"
        r"(?: (?:gayi|gaya|gai|gya|gyi|gaye|gye|gia|gayi hai|gaya hai))?",
        "trip has been cancelled",
    ),
    # "3 se 12 Feb tak", "3 سے 12 فروری تک": from the 3rd to the 12th
    (r"(?<=\d )(?:se|سے|ton|توں)(?= \d{1,2} )", "to"),
    # "Hassan dono din aaya tha", "حسن دونوں دن آیا تھا", "Mehar aa rahi aa": a sibling who was / is in
    (
        r"(?:دونوں دن|پورا ہفتہ|سارا ہفتہ|dono din|donon din|dovein din|poora hafta|pura hafta|sara hafta|saara hafta)"
        r" (?:(?:اسکول|سکول|school|skool) )?(?:آیا تھا|آئی تھی|آئے تھے|آیا ہے|آئی ہے|aaya tha|aya tha|aayi thi|ayi thi|aaye the|aaya si|aayi si)",
        "was in every day",
    ),
    (
        r"(?<!chhadan )(?<!chadan )(?<!chhadne )(?<!chhodne )(?<!chodne )(?<!lain )(?<!lene )(?<!ke )(?<!kar )(?:school |skool )?(?:aa rahi|aa rahe|aa reha|aa riha|aa raha) (?:aa|ae|ne|hai|he)"
        r"(?= *[.,!\n]| *$| (?:\S+ ){0,2}(?:naal|nal|ke saath|ke sath|saath|sath)\b)",
        "is coming in",
    ),
    (
        r"(?:full day|poora din|pura din|saara din|sara din) (?:school|skool) (?:rehna|rahegi|rahega|rahe gi|rahe ga|rehegi|rehega)",
        "will be in school all day",
    ),
    (
        r"(?:appointment|اپائنٹمنٹ|اپوائنٹمنٹ)(?: \S+)? (?:cancel|کینسل|منسوخ|ملتوی) (?:ہو|ho)\S*"
        r"|(?:appointment|اپائنٹمنٹ|اپوائنٹمنٹ)(?: \S+)? (?:cancel|کینسل|منسوخ) (?:کر|kar|kr) (?:دی|دیا|دی گئی|di|diya|dia|dee|ditti|diti|ditta|dita)(?: (?:ہے|hai|he))?",
        "appointment has been cancelled",
    ),
    (
        r"(?:appointment|اپائنٹمنٹ|اپوائنٹمنٹ)(?: \S+)? (?:ملتوی|postpone) (?:ہو|ho)\S*",
        "appointment has been postponed",
    ),
    # "term de end tak", "term khatam hone tak": until the end of term
    (
        r"(?:term|ٹرم) (?:de|da|di|ke|ka|ki|کے|کی) (?:end|akhir|aakhir|آخر) (?:tak|tk|takk|تک)"
        r"|(?:term|ٹرم) (?:khatam|khtm|khatm|ختم) (?:hone|hon|honay|ہونے) (?:tak|tk|takk|تک)",
        "until the end of term",
    ),
    # "leave cancel kar deo": the leave asked for is no longer needed
    (
        r"(?:leave|chhutti|chutti|chhuttiyan|چھٹی) (?:cancel|کینسل|ਕੈਂਸਲ) (?:kar|kr|کر) (?:deyo ji|deo ji|deo|deyo|dena|do|dein|den|dijiye|dijie|diyo|dyo|دیں|دیجیے)",
        "please cancel the leave",
    ),
    # "shaadi March tak postpone ho gayi hai": the event is moved, so the day off is no longer needed
    (
        r"(?:ملتوی|postpone|postponed) (?:ہو|ho) (?:گئی|گیا|گئے|gayi|gaya|gai|gya|gyi|gaye|gye)(?: (?:ہے|ہیں|hai|he|hain))?",
        "has been postponed",
    ),
    (
        r"(?:trip|ٹرپ|پروگرام|program|plan|پلان)(?: \S+)? (?:cancel|کینسل|منسوخ|ملتوی) (?:ہو|ho)\S*",
        "trip has been cancelled",
    ),
    (
        r"(?:گھر|ghar) (?:(?:پر|پہ|میں|pe|par|mein|me) )?(?:رہ|reh|rah) (?:گئی|گیا|gayi|gai|gaya|gya|gyi)",
        "was left behind",
    ),
    (r"(?:de|دے) (?:jaungi|jaunga|jaaungi|jaaunga|جاؤں گی|جاؤں گا)", "hand it in"),
    (r"(?:madad|مدد)", "help"),
    (r"(?:موچ|moch|mouch)(?: (?:آ گئی|آگئی|آئی|aa gayi|aa gai|aayi|ayi))?", "sprained"),
    (r"ٹخنے|ٹخنہ|takhn[ae]|ٹخنوں", "ankle"),
    (r"کلائی|kalai", "wrist"),
    (r"(?:گر|gir) (?:گیا|گئی|گئے|gaya|gayi|gai|gaye|gya|gyi|pada|padi|پڑا|پڑی)", "fell"),
    (r"سوجن|سوج (?:گیا|گئی|گئے)|sooj(?:an)?|sujan|suj (?:gaya|gayi|gai)", "swollen"),
    (
        r"(?:خارش|کھجلی|kharish|khaarish|khujli)(?: (?:والے|wale))? (?:دانے|daane|dane)|دانے|daane|ریش|rash|پھنسیاں|phunsiyan|khujli|kharish|خارش|کھجلی",
        "rash",
    ),
    (
        r"(?:آنکھ|آنکھیں|aankh|ankh|aankhen)(?: \S+){0,2} (?:لال|سرخ|laal|lal|surkh)|(?:آنکھ|aankh|ankh) (?:آئی|آئی ہے|aayi|ayi|aai)",
        "conjunctivitis",
    ),
    (r"دمے|دمہ|dama|damay|dame|asthma", "asthma"),
    (r"اٹیک|attack", "attack"),
    (r"(?:dast|daast|loose motion)\w*", "diarrhoea"),
    (r"فلو|flu", "flu"),
    (r"(?:جسم|بدن|jism|badan) (?:(?:میں|mein|me) )?(?:درد|dard)", "aches"),
    (r"کمزوری|کمزور|kamzori|kamzor", "poorly"),
    (r"ناساز|nasaz", "unwell"),
    (r"زخمی|zakhmi", "injured"),
    (r"ٹانکے|taanke|tanke", "stitches"),
    (r"پلستر|پلاسٹر|plaster|plastar", "in a cast"),
    (r"معدہ|meda|maida", "stomach"),
    (r"چیچک|chechak", "chicken pox"),
    (r"کن پیڑے", "mumps"),
    (
        r"(?:ذہنی|zehni) (?:دباؤ|صحت|پریشانی|dabao|sehat|pareshani)|ڈپریشن|depression|انزائٹی|anxiety|گھبراہٹ|ghabrahat",
        "mental health",
    ),
    (r"نکسیر|naksir|nakseer", "nosebleed"),
    (r"مرگی|(?:دورہ|daura) (?:پڑا|parha|pada)|mirgi", "seizure"),
    (r"بے ?ہوش|be ?hosh", "fainted"),
    (r"(?:سخت|شدید|بہت|sakht|shadeed|bohat|bahut) (?:بیمار|b[ie]e?maa?r)", "very ill"),
    (r"آئی سی یو|انتہائی نگہداشت|icu", "icu"),
    (r"(?:ایکسیڈنٹ|حادثہ|حادثے|accident|hadsa)", "accident"),
    (r"ہارٹ اٹیک|دل کا دورہ|heart attack|dil ka daura", "heart attack"),
    (
        r"(?:کی|کے|ki|ke)(?= (?:دادا|نانا|دادی|نانی|ابو|ابا|امی|dada|nana|dadi|nani|abbu|ammi|chacha|چچا|ماموں|mamu|mamoo|خالہ|khala|پھوپھی|phuphi))",
        "her",
    ),
    (r"چچا|ماموں|خالو|پھوپھا|chacha|mamu|mamoo|khalu|phupha", "uncle"),
    (r"چچی|ممانی|خالہ|پھوپھی|chachi|mumani|khala|phuphi|phupho", "aunt"),
    (
        r"(?:فوت|انتقال|وفات|faut|fout|inteqal|intiqal) (?:ہو|ho) (?:گئے|گیا|گئی|gaye|gaya|gayi|gai)",
        "died",
    ),
    (r"(?:گھومنے|گھومنے پھرنے|سیر|سیر کرنے|ghoomne|ghumne|ghoomne phirne|sair karne|sair)", "holiday"),
    (r"(?:تعطیلات|vacation|chhuttiyan manane|چھٹیاں منانے)", "holiday"),
    (r"(?:شاپنگ|خریداری|shopping|khareedari|kharidari)", "shopping"),
    (r"(?:سالگرہ|birthday|saalgirah|salgira)", "birthday"),
    (
        r"(?:چھوٹے|چھوٹی|chhote|chote|choti|chhoti) (?:بھائی|بہن|bhai|behen|bahan)(?: \S+){0,2} (?:کو سنبھال|کا خیال|ko sambhal|ka khayal|ki dekh ?bhal|کی دیکھ بھال)\S*",
        "looking after her little brother",
    ),
    # "choti ki 8:40 pe appointment hai": the little one's (a younger sister's) appointment, not the child's own
    (
        r"(?:چھوٹی|choti|chhoti|chotti) (?:کی|ki|ka|ke)(?=(?: \S+){0,3} (?:appointment|اپائنٹمنٹ|doctor|ڈاکٹر|dentist|hospital|ہسپتال|gp))",
        "his little sister's",
    ),
    # "چھوٹی بہن کی", "chote bhai ka": a sibling's (appointment), not the child's own
    (r"(?:چھوٹی|choti|chhoti) (?:بہن|behen|bahan|behn)(?: (?:کی|کا|کے|ki|ka|ke))?", "his little sister's"),
    (r"(?:بڑی|badi|bari) (?:بہن|behen|bahan|behn)(?: (?:کی|کا|کے|ki|ka|ke))?", "his big sister's"),
    (
        r"(?:چھوٹے|چھوٹا|chote|chhote|chota|chhota) (?:بھائی|bhai|bhaai)(?: (?:کی|کا|کے|ki|ka|ke))?",
        "his little brother's",
    ),
    (r"(?:بڑے|بڑا|bade|bare|bada|bara) (?:بھائی|bhai|bhaai)(?: (?:کی|کا|کے|ki|ka|ke))?", "his big brother's"),
    # "پچھلے دو دن سے", "pichle hafte": the last (days, week)
    (r"(?:پچھلے|گزشتہ|گذشتہ|pichle|pichhle|pichley|guzishta) (?:ہفتے|ہفتہ|hafte|hafta|haftay)", "last week"),
    (r"پچھلے|گزشتہ|گذشتہ|pichle|pichhle|pichley|guzishta", "last"),
    (
        r"(?:آنکھ|سو|so|aankh) (?:نہیں کھلی|نہیں اٹھ سکے|der se khuli|nahi khuli|late khuli)|(?:دیر|der|dair) (?:سے|se) (?:اٹھے|اٹھی|uthe|uthi|utha)",
        "overslept",
    ),
    # Urdu script
    (r"(?:کل رات|گزشتہ رات|پچھلی رات) سے", "since last night"),
    (r"کل رات|گزشتہ رات|پچھلی رات", "last night"),
    # "bus se ghar aa jaye gi", "گھر آ جائے گی": a sibling who comes home as usual after school
    (
        r"(?:ghar|ghare) (?:aa|a|aaye|aye|aa ?jaye|aa ?jae|aa ?jaaye|aa ?jaa?ye?) ?(?:gi|ga|ge|gy)(?!\w)"
        r"|(?:ghar|ghare) (?:aa|a) (?:jayegi|jaegi|jayega|jaega|jayenge|jaenge|jaye|jae)(?!\w)"
        r"|گھر آ (?:جائے|جاۓ) (?:گی|گا)|گھر آ جائیں گے|گھر آئے (?:گی|گا)",
        "will come home",
    ),
    # "گھر لے آئی ہوں", "ghar le aayi hoon": brought the child home from school (collected)
    (
        r"(?:اسکول سے |سکول سے )?گھر (?:لے|لے کر) (?:آئی|آیا|آئے|آ گئی|آ گیا|آ گئے)(?: (?:ہوں|ہیں|ہے))?"
        r"|(?:school se |skool se )?ghar (?:le|lay|le kar|le ke) (?:aayi|ayi|aaya|aya|aaye|aye|aa gayi|aa gaya|aa gaye)(?: (?:hoon|hun|hu|hain|hai|he))?",
        "i have brought her home from school",
    ),
    # "main ohnu 12:30 te le aayi haan": fetched the child back (from school) after a call
    (
        r"(?<!school )(?<!skool )(?<!kol )(?<!paas )(?<!pas )(?:le|lai|lay) (?:aayi|aai|ayi|aaya|aya|aa gayi|aa gai|aa gaya)"
        r"(?: (?:haan|han|aan|hoon|hun|hu|hai|he|si|c))?",
        "i have brought her home from school",
    ),
    (
        r"(?:je|jey|jekar|agar|agr) (?:theek|thik|theek thak|thik thak|changa|changi|behtar|better) (?:hoya|hoyi|hoi|ho gaya|ho gayi|hua|hui|ho gya|ho gyi)"
        r"(?: (?:taan|tan|ta|to|toh))?",
        "if he is better",
    ),
    (
        r"(?:school |skool )?bhej (?:dawange|davange|daange|dange|devange|denge|dein ge|dengay|dawangi|davangi|dangi|dungi|dunga)",
        "we'll send him in",
    ),
    # dropping a child off at school later in the day; "لے جاؤں گی" alone is taking the child out
    (r"لے (?:جاؤں|جائیں|جائے) ?(?:گی|گا|گے)", "collect"),
    (
        r"(?:اسکول |سکول )?(?:چھوڑ|لے|پہنچا) (?:جاؤں|دوں|آؤں|دیں|جائیں|آئیں|دے|جائے|آئے) ?(?:گی|گا|گے)(?:[,،] ?)?",
        "will bring her to school",
    ),
    (
        r"(?:le|lay|lai|lae) (?:jaungi|jaunga|jaaungi|jaaunga|jayenge|jaenge|jaayenge|jaangi|jaanga|jaange|javangi|javanga)",
        "collect",
    ),
    (
        r"(?:school |skool )?(?:chh?orr?|chh?od|le|pohancha|pahuncha) "
        r"(?:jaungi|jaunga|dungi|dunga|aaungi|aaunga|aungi|aunga|denge|jayenge|ayenge|aayenge|deinge)(?:, ?)?",
        "will bring her to school",
    ),
    (
        r"(?:school |skool )?(?:drop|chh?orr?|chh?od) (?:kar|kr) (?:dungi|dunga|doongi|doonga|denge|deinge|dein ge|dengay)(?:, ?)?",
        "will bring her to school",
    ),
    (
        r"(?:school |skool )?(?:chh?add?) (?:dungi|dunga|dangi|danga|devangi|devanga|devange|davangi|davanga|davange|deyangi|dyangi|deyange"
        r"|jaungi|jaunga|javangi|javanga|jaavangi|jaavanga|aavangi|aavanga|aaungi|aunga|jaangi|jaanga|jaange)(?:, ?)?",
        "will bring her to school",
    ),
    # "appointment ke baad school le aaungi": after the appointment
    (
        r"(?:appointment|appt|اپائنٹمنٹ|test|ٹیسٹ|checkup|check up) (?:ke|k|کے|to|ton|tu) (?:baa?d|بعد)",
        "appointment, then",
    ),
    (
        r"اس کے بعد|is ke baa?d|uske baa?d|us ke baa?d|(?:is|us|uss|ehde|ohde|odhe) (?:to|ton|tu) baa?d|baa?d (?:ch|vich|wich)",
        "then",
    ),
    (r"تقریبا|تقریباً|لگ بھگ|taqreeban|takriban|lag bhag", "around"),
    (
        r"آج (?:اسکول |سکول )?(?:" + _COME + r"|آ رہا ہے|آ رہی ہے|آ رہے ہیں|جا رہا ہے|جا رہی ہے|جا رہے ہیں)",
        "will be in as normal today",
    ),
    (r"(?:اسکول|سکول) (?:آ رہا ہے|آ رہی ہے|آ رہے ہیں|جا رہا ہے|جا رہی ہے|جا رہے ہیں)", "will be in school"),
    # not a fever or sickness coming on: "بخار آ رہا ہے"
    (
        r"(?<!واپس )(?<!بخار )(?<!الٹی )(?<!الٹیاں )(?<!قے )(?<!چکر )(?<!کھانسی )(?<!خون )(?<!نیند )"
        r"(?:آ رہا ہے|آ رہی ہے|آ رہے ہیں|آ رہی ہیں)",
        "will be in school",
    ),
    (r"طبیعت(?: اچانک| بہت| زیادہ| کافی| ایک دم)+ (?:خراب|بری|بگڑ)", "very ill"),
    (
        r"(?:(?:ہمارے|میرے) )?(?:گھر|کچن|باورچی خانے)(?: کے (?:کچن|باورچی خانے))? میں آگ لگ (?:گئی|گیا)(?: تھی| تھا| ہے)?"
        r"|آگ لگ (?:گئی|گیا)(?: تھی| تھا| ہے)?",
        "there was a fire in our house",
    ),
    (r"(?:ہسپتال|اسپتال) میں (?:داخل|ایڈمٹ)", "in hospital"),
    (r"(?:ہسپتال|اسپتال) میں (?:ہے|ہیں)", "is in hospital"),
    (r"سسر", "father in law"),
    (r"ساس", "mother in law"),
    (r"دادا|نانا", "her grandad"),
    (r"دادی|نانی", "her nan"),
    (r"ابو|ابا|والد صاحب|والد", "dad"),
    (r"امی|اماں|والدہ", "mum"),
    (r"بھائی", "brother"),
    (r"بہن", "sister"),
    (r"شوہر", "husband"),
    (r"میرے|میری|میرا|ہمارے|ہماری|ہمارا", "my"),
    (
        r"(?:وقت پر|وقت پہ|ٹائم پر|ٹائم پہ|وقت سے) (?:اسکول |سکول )?(?:"
        + _COME
        + r"|جائیں گے|جائے گا|جائے گی)",
        "will be in as normal",
    ),
    (r"(?:دیر سے|لیٹ) (?:" + _COME + r"|ہو (?:جائے|جائیں) ?(?:گا|گی|گے))", "will be late"),
    (r"(?:سے |واپس )*(?:اسکول |سکول )(?:واپس )?(?:" + _COME + ")", "back in school"),
    # "سارہ آئے گی": a sibling coming in as usual, said at the end of its clause with no day before it
    (
        r"(?<!سے )(?<!کو )(?<!تک )(?<!بعد )(?<!دن )(?<!واپس )(?<!اللہ )(?<!الله )(?<!پہلے )(?<!پھر )(?<![\d\u06f0-\u06f9] )(?:"
        + _COME
        + r")(?= *(?:[.,!?\u06d4\u060c]|$))",
        "will be in",
    ),
    (r"(?:اسکول|سکول) (?:جائے|جائیں|جاۓ) ?(?:گا|گی|گے)", "will be in school"),
    (r"(?:سے |واپس )*(?:" + _COME + ")", "back"),
    (
        r"(?:پچھلا|پہلا|پچھلے|پہلے|اوپر والا) (?:میسج|پیغام) (?:کو )?(?:نظر انداز|اگنور|کینسل) کر\S*(?: دیں| دو| دیجیے| دیجئے)?"
        r"|(?:نظر انداز|اگنور) کر(?:یں|دیں| دیں| دو| دیجیے| دیجئے)",
        "ignore my last message",
    ),
    (r"(?:اپائنٹمنٹ|اپوائنٹمنٹ) (?:کینسل|منسوخ) ہو\S*", "appointment has been cancelled"),
    # an appointment with the teacher is not a medical one
    (
        r"(?:parents? evening|parents? meeting|پیرنٹس ایوننگ|پیرنٹس میٹنگ|والدین کی میٹنگ) (?:کی|کے|ki|ke|ka) "
        r"(?:appointment|اپائنٹمنٹ|اپوائنٹمنٹ)",
        "parents evening slot",
    ),
    (r"(?:کینسل|منسوخ) کر\S*", "cancel that"),
    (r"غلطی (?:ہو گئی|سے)", "ignore my last message"),
    (r"(?:پتہ|پتا|معلوم) نہیں کب", "not sure when"),
    (
        r"واپسی(?: کی| کا)?(?: ٹکٹ| تاریخ| فلائٹ| سیٹ)?(?: ابھی)?(?: تک)? (?:کنفرم|طے|پکی|پکا|فکس|معلوم) نہیں",
        "not sure when back",
    ),
    (r"واپسی(?: کا| کی)?(?: ابھی)?(?: کچھ| تک)? (?:پتا|پتہ|معلوم) نہیں", "not sure when back"),
    (
        r"(?:wapsi|waapsi|vapsi)(?: ki| ka)?(?: abhi)?(?: kuch| tak)? (?:pata|pta|maloom|malum) (?:nahi?n?|nhi|nai)",
        "not sure when back",
    ),
    (
        r"(?:wapsi|waapsi|vapsi)(?: ki| ka)?(?: ticket| tareekh| date| flight)?(?: abhi)?(?: tak)? "
        r"(?:confirm|tay|tai|pakki|pakka|fix|maloom|malum) (?:nahi?n?|nhi|nai)",
        "not sure when back",
    ),
    (r"جب تک (?:ٹھیک|صحیح|بہتر) نہیں (?:ہو جاتا|ہو جاتی|ہو جاتے|ہوتا|ہوتی|ہوتے)", "until she's better"),
    (r"جب تک", "until"),
    (r"(?:اگلے پورے|پورا اگلا|پورے اگلے|اگلا پورا) ہفت[ہے]", "all next week"),
    (r"ٹھیک ہونے تک", "until she's better"),
    (r"(?:ٹیکسی|گاڑی|وین|بس|ٹرانسپورٹ)(?: \S+){0,3} نہیں (?:آئی|آیا|پہنچی|پہنچا)", "taxi didn't come"),
    # "گاڑی سٹارٹ ہی نہیں ہو رہی تھی", "gaari start nahi ho rahi thi": the car wouldn't start
    (
        r"(?:گاڑی|کار|gaa?ri|gaddi|gadi|car) (?:سٹارٹ|اسٹارٹ|start)(?: (?:ہی|hi|he))? (?:نہیں|nahi|nahin|nhi|nai) "
        r"(?:ہو|ہوئی|ہوا|ho|hoi|hui|hoyi|hua)(?: (?:رہی|رہا|rahi|raha|rhi|rha|rayi))?(?: (?:تھی|تھا|thi|tha|si))?",
        "car wouldn't start",
    ),
    # "بدھ کو معمول کے مطابق آئیں گے", "budh ko normal aayenge": back on that day as usual
    (
        r"(?:کو|ko) (?:(?:روز|ہمیشہ|معمول) (?:کی طرح|کے مطابق)|نارمل|normal|normally|roz ki tarah|hamesha ki tarah"
        r"|mamool ke mutabiq|mamul ke mutabiq)(?: (?:اسکول|سکول|school|skool))? (?:"
        + _COME
        + "|"
        + _ROMAN_COME
        + ")",
        "back as usual",
    ),
    (
        r"(?:روز|ہمیشہ|معمول) (?:کی طرح|کے مطابق)(?: اسکول| سکول)? (?:آئے گا|آئے گی|آئیں گے|جائے گا|جائے گی|جائیں گے)",
        "will be in as usual",
    ),
    (r"روز کی طرح|ہمیشہ کی طرح|معمول کے مطابق", "as usual"),
    (r"(?:ایک) ہفت[ہے]", "1 weeks"),
    (r"(?:دو) ہفت[ہے]", "2 weeks"),
    (r"(?:تین) ہفت[ہے]", "3 weeks"),
    (r"(?<=\d )ہفت[ہے]", "weeks"),
    (
        r"(?:(?:اسکول|سکول) )?نہیں (?:آیا|آئی|گیا|گئی|(?:آئے|گئے)(?= (?:تھا|تھی|تھے|تھیں)))(?: (?:تھا|تھی|تھے|تھیں))?",
        "wasn't in",
    ),
    (
        r"واپس (?:اسکول |سکول )?نہیں (?:" + _VERB + ")|(?:اسکول|سکول) واپس نہیں (?:" + _VERB + ")",
        "won't be back",
    ),
    (r"(?:اسکول|سکول) نہیں (?:" + _VERB + ")|نہیں (?:" + _VERB + ")", "won't be in"),
    (
        r"(?:اسکول |سکول )?نہیں بھیج (?:رہی|رہا|رہے|سکتی|سکتا|سکتے|سکوں گی|سکوں گا|سکیں گے)|نہیں بھیجوں گی|نہیں بھیجوں گا"
        r"|نہیں بھیجیں گے",
        "won't be in",
    ),
    (r"چھٹیوں|چھٹیاں", "holiday"),
    (r"چھٹی", "off"),
    (r"غیر حاضر", "absent"),
    (r"دیر سے (?:میسج|میسیج|پیغام|بتا|جواب)\S*", "sorry for the late message"),
    (r"معذرت|معافی", "sorry"),
    (r"کیسے|کیسی|کیسا", "how"),
    (r"کہاں", "where"),
    (r"کیوں", "why"),
    (r"گھر (?:پر|پہ|میں) (?:تھی|تھا|تھے)", "stayed at home"),  # the past, told by its verb
    (r"گھر (?:پر|پہ|میں)|گھر", "staying at home"),
    (r"دیر سے|لیٹ", "late"),
    (r"بجے تک|بجے", "o'clock"),
    (r"آج صبح", "this morning"),
    (r"آج", "today"),
    (r"مذہبی|مذهبي|دینی", "religious"),
    (r"اگلے ہفتے|اگلا ہفتہ", "next week"),
    (r"اس ہفتے", "this week"),
    (r"(?:پورا|سارا|پورے) ہفت[ہے]", "all week"),
    (r"اگلے|اگلی|آنے والے", "next"),
    (r"پیر|سوموار", "monday"),
    (r"منگل", "tuesday"),
    (r"بدھ", "wednesday"),
    (r"جمعرات", "thursday"),
    (r"جمع[ہے]", "friday"),
    (r"ہفتہ|ہفتے", "saturday"),
    (r"اتوار", "sunday"),
    (r"(?:ڈاکٹر|ڈاکٹروں) نے", "doctor said"),
    (r"آرام", "rest"),
    (r"(?:ایک) دن", "1 days"),
    (r"(?:دو) دن", "2 days"),
    (r"(?:تین) دن", "3 days"),
    (r"(?:چار) دن", "4 days"),
    (r"(?:پانچ) دن", "5 days"),
    # a weekday after a date says nothing more: "14 دسمبر پیر کو" is 14 December
    *((f"(?:{month}){_WEEKDAY_AFTER}", english) for month, english in _MONTHS),
    (r"تاریخ", ""),
    *((rf"(?<=\d ){month},? \(?(?:{_ROMAN_WEEKDAYS})\)?(?: (?:ko|nu))?(?![a-z])", month) for month in MONTHS),
    (r"چکن پاکس|لاکڑا کاکڑا|خسرہ", "chicken pox"),
    (r"دانت (?:میں )?(?:بہت )?درد|دانت کا درد|داڑھ (?:میں )?درد", "toothache"),
    (r"کان (?:میں )?(?:بہت )?درد|کان کا درد", "earache"),
    (r"گلے (?:میں )?(?:بہت )?درد|گلا خراب|گلا درد", "sore throat"),
    (r"آنکھوں کے ڈاکٹر|آنکھوں کا ڈاکٹر|عینک", "optician"),
    (r"شادی", "wedding"),
    (r"مسجد", "to the mosque"),
    (r"بھول (?:گیا|گئی|گئے)", "forgot"),
    (r"شکریہ|مہربانی", "thanks"),
    (r"واپس", "back"),
    (r"سے", "from"),
    (r"اور", "and"),
    # "پیر کو بھی نہیں آئے گا", "monday ko bhi nahi aayega", "Monday nu vi nahi": not (on that day) either
    (r"(?<!اب )بھی(?= نہیں)|(?<!abhi )(?<!ab )(?:bhi|vi|v)(?= (?:nahi|nahin|nhi|nai|ni|nahi?n)\b)", "either"),
    (r"بھی", "also"),
    (r"لیکن|مگر|lekin|lekn|laikin|lakin|magar|par ab|pr ab", "but"),
    (r"تک", "until"),
    (r"صبح", "morning"),
    (r"پھر", "then"),
    (r"دوپہر", "afternoon"),
    (r"(?:آنکھ|آنکھوں) (?:میں )?انفیکشن", "conjunctivitis"),
    (r"درد", "pain"),
    (r"چکر", "dizzy"),
    (r"انفیکشن", "infection"),
    (r"بیمار", "ill"),
    (r"(?:تیز|شدید|سخت) بخار", "high temperature"),
    (r"بخار", "temperature"),
    (r"الٹی\S*|قے", "vomiting"),
    (r"کھانسی", "cough"),
    (r"کھانس(?:تا|تی|تے|تیں)|کھانس رہ[اےی]", "coughing"),
    (r"نزلہ|زکام", "a bad cold"),
    (r"سر (?:میں )?درد", "headache"),
    (r"پیٹ (?:میں )?(?:(?:بہت|سخت|شدید) )?درد|پیٹ خراب", "stomach"),
    (r"طبیعت (?:ٹھیک نہیں|خراب)", "unwell"),
    (r"دست", "diarrhoea"),
    # "عائشہ کی ٹانگ کی ہڈی ٹوٹ گئی ہے", "bazu toot gaya": broke a leg, an arm
    *(
        (
            rf"(?:کی |کا |کے |ki |ka |ke )?(?:{limb})(?: (?:کی|کا|ki|ka) (?:ہڈی|haddi|hadi))? (?:ٹوٹ|toot|tut) (?:گیا|گئی|گئے|gaya|gayi|gai|gaye)",
            f"broke her {english}",
        )
        for limb, english in (
            ("ٹانگ|taang|tang|lat", "leg"),
            ("بازو|ہاتھ|bazu|baazu|bazoo|haath|hath|baah|banh", "arm"),
            ("کلائی|kalai|kalaai|gutt", "wrist"),
            ("ٹخنہ|ٹخنے|takhna|takhne|gitta|gitte", "ankle"),
            ("پاؤں|پیر کی|paon|pair|pair ki", "foot"),
            ("انگلی|ungli|ungal", "finger"),
        )
    ),
    (r"ٹوٹ (?:گیا|گئی)|فریکچر", "fractured"),
    (r"چوٹ", "injury"),
    (r"اپائنٹمنٹ|اپوائنٹمنٹ", "appointment"),
    (r"دانتوں کے ڈاکٹر|ڈینٹسٹ", "dentist"),
    (r"ڈاکٹر", "doctor"),
    (r"ہسپتال|اسپتال", "hospital"),
    (r"جنازہ|جنازے|فوتگی", "funeral"),
    (r"انتقال|وفات", "died"),
    (r"آپریشن", "operation"),
    (r"ٹریفک", "traffic"),
    (r"عید", "eid"),
    (r"یوم عاشور\S*|عاشور\S*|محرم|مجلس|مجالس", "ashura religious"),
    (r"ان ?شاء ?اللہ|انشاءاللہ|ان شاءاللہ", ""),
    (r"پاکستان جا\S*(?: (?:رہے|رہا|رہی))?(?: (?:ہیں|ہے|ہوں))?", "going to pakistan"),
    (r"جا رہے ہیں|جا رہا ہے|جا رہی ہے", "are going"),
    (r"(?:اسکول|سکول) (?:آیا|آئی|آئے|گیا|گئی|گئے) (?:تھا|تھی|تھے|تھیں)", "was in school"),
    (r"(?:اسکول|سکول) (?:گیا|گئی|گئے|چلا گیا|چلی گئی|چلے گئے) (?:ہے|ہیں)", "is in school"),
    (r"اسکول|سکول", "school"),
    (r"کو", ""),
    (r"تھا|تھی|تھے", "was"),
    # Roman Urdu
    (r"(?:kall?|kl) raa?t|pichhli raa?t|pichli raa?t", "last night"),
    (
        r"(?:aaj|aj|ajj) (?:school |skool )?(?:"
        + _ROMAN_COME
        + r"|aa (?:raha|rahi|rahe|rha|rhi) (?:hai|hain|he|h))",
        "will be in school today",
    ),
    (r"(?:school|skool) (?:aa|ja) (?:raha|rahi|rahe|rha|rhi) (?:hai|hain|he|h)", "will be in school"),
    (
        r"(?<!wapas )(?<!wapis )(?<!bukhar )(?<!bukhaar )(?<!ulti )(?<!ultiyan )(?<!ultian )(?<!chakkar )(?<!chakar )"
        r"(?<!khansi )(?<!khoon )(?<!neend )(?:aa|a) (?:raha|rahi|rahe|rha|rhi) (?:hai|hain|he|h)",
        "will be in school",
    ),
    (
        r"(?:tabi?y?e?at|tbiyat)(?: achanak| bohat| bahut| bohot| zyada| kafi| ek dam)+ (?:kharab|kharaab|buri|bigar|bigr)",
        "very ill",
    ),
    (r"(?:hospital|haspataa?l) (?:mein|me|mai) (?:dakhil|daakhil|admit)", "in hospital"),
    (r"(?:hospital|haspataa?l|aspataa?l) (?:mein|me|mai|main) (?:hai|hain|he|hen|hn)", "is in hospital"),
    (r"sasur|susar", "father in law"),
    (r"saas", "mother in law"),
    (r"dada|nana|daada|naana", "her grandad"),
    (r"dadi|nani|daadi|naani", "her nan"),
    (r"abbu|abu|abba|walid", "dad"),
    (r"ammi|ami|amma|walida", "mum"),
    (r"mere|meri|mera|hamare|hamari|hamara", "my"),
    (
        r"(?:waqt|time|tym) (?:pe|par|per|py|se) (?:school |skool )?(?:"
        + _ROMAN_COME
        + r"|jayenge|jayega|jayegi)",
        "will be in as normal",
    ),
    (
        r"(?:dair|der|dear|late) (?:se )?(?:"
        + _ROMAN_COME
        + r"|ho (?:jaye|jayen|jaaye|jaye) ?(?:ga|gi|ge)|ho jayega|ho jayegi"
        r"|ho jaega|ho jaegi|ho jauga|ho jaugi)",
        "will be late",
    ),
    (
        r"(?:se |wapas |wapis |vapas |vapis )*(?:school |skool )(?:wapas |wapis |vapas |vapis )?(?:"
        + _ROMAN_COME
        + ")",
        "back in school",
    ),
    # "Sara aayegi.": a sibling coming in as usual, said at the end of its clause with no day before it
    (
        r"(?<!se )(?<!ko )(?<!nu )(?<!tak )(?<!baad )(?<!bad )(?<!din )(?<!wapas )(?<!wapis )(?<!vapas )(?<!\d )"
        r"(?<!allah )(?<!inshallah )(?<!inshaallah )(?<!pehle )(?<!pehlay )(?<!pahle )(?<!phir )(?<!fir )"
        r"(?<!day )(?<!peer )(?<!pir )(?<!mangal )(?<!budh )(?<!jumma )(?<!juma )(?<!jummah )(?<!jumeraat )(?<!jumerat )"
        r"(?:" + _ROMAN_COME + r")(?= *(?:[.,!?]|$))",
        "will be in",
    ),
    (
        r"(?:school|skool) (?:jayegi|jayega|jayenge|jaegi|jaega|jaenge|jaye gi|jaye ga|jayen ge|jaaegi|jaaega|jaayegi|jaayega"
        r"|ja rahi hai|ja raha hai|ja rahe hain|ja rhi hai|ja rha hai|ja rhe hain|jaugi|jauga|jaange)",
        "will be in school",
    ),
    (r"(?:se |wapas |wapis )*(?:" + _ROMAN_COME + ")", "back"),
    (
        r"(?:normal|usual|roz ke|rozana ke|regular) (?:time|waqt|timing) (?:pe|par|per|py) "
        r"(?:pick|collect|le|lay) (?:kar\w*|l\w*)",
        "will be in as normal",
    ),
    # already dropped at school by someone else (Urdu and Punjabi typed in Latin letters)
    (
        r"(?:pehle|pehla|pehlan|pehlay) (?:hi|he) (?:school |skool )?(?:chh?orr?|chh?odd?|chh?add?) "
        r"(?:gaye|gye|gaya|gya|gayi|gyi|aaye|aye|aaya|aya|aayi|ditta|dita|diya|dia|de aaye)(?: (?:si|san|sn|hain|hai|ne))?",
        "are in school already",
    ),
    (r"(?:le|lay) (?:lungi|lunga|loongi|loonga|lenge|lengay|lain ?ge)", "pick her up"),
    # "Wednesday nu school bhej dange" / "somvar ko school bhejenge": sending the child back in
    (
        r"(?:nu |ko )?(?:school |skool )bhej (?:dange|daange|denge|dengay|dungi|dunga|devange|devangi)"
        r"|(?:nu |ko )?(?:school |skool )(?:bhejenge|bhejengay|bhejungi|bhejunga|bhejange)",
        "back in school",
    ),
    # "adenoids da operation", "ٹانسلز کا آپریشن": an operation to recover from (the illness)
    (
        r"(?:adenoids?|tonsils?|tonsil|appendix|hernia|grommets?|ٹانسلز|ٹانسل|اپینڈکس|اپنڈکس|غدود)"
        r" (?:da|di|de|ka|ki|ke|کا|کی|کے) (?:operation|opreshan|aapreshan|apreshan|surgery|آپریشن|اپریشن)",
        "an operation",
    ),
    (r"plz|pls|plzz", "please"),
    # "kal da haje pata nahi", "کل کا ابھی پتہ نہیں": not sure about tomorrow yet
    (
        r"(?:kal|kall|کل) (?:da|di|de|ka|ki|ke|کا|کی|کے) (?:(?:haje|hale|aje|ajje|abhi|abi|hun|ابھی|ابهی) )?"
        r"(?:pata|pta|maloom|malum|پتہ|پتا|معلوم) (?:nahi|nai|nhi|nahin|nahee|نہیں)",
        "not sure about tomorrow yet",
    ),
    # "bus miss ho gayi", "bus nikal gayi": missed the bus
    (
        r"(?:bus|train|van) (?:miss|nikal|chhut|chhoot|chut|lang) (?:ho )?(?:gayi|gai|gaya|gyi|gya|gayee|gaye)",
        "missed the bus",
    ),
    # "9 vajje ton pehla pohnch javange": we will be in (by then)
    (
        r"(?:pohnch|pahunch|pohanch|pahuch|puhanch|pohonch|pounch|pahonch) (?:javange|jaavange|jaange|jayenge|jaenge|jaunga|jaungi"
        r"|javangi|javanga|jaega|jaegi|jayega|jayegi|jaavegi|jaavega|javegi|javega|jange)",
        "will be in",
    ),
    # "Simran time te aa gayi si", "وقت پر آ گئی تھی": a sibling who got in on time
    (
        r"(?:(?:time|taim|waqt|ٹائم|وقت) (?:te|tey|pe|par|per|py|تے|پر)|on time) (?:aa|a|pohanch|pahunch|pohnch|آ|پہنچ) "
        r"(?:gayi|gaya|gaye|gai|gya|gyi|gae|گئی|گیا|گئے)(?: (?:si|see|c|sigi|thi|tha|the|thay|hai|he|aa|تھی|تھا|تھے|ہے))?",
        "was in school on time",
    ),
    # "Zaid kal bhi aaya tha": a sibling who was in school (that day) all the same
    (
        r"(?:(?:کل|kall?|kl) )?(?:بھی|bhi|bhe|vi) (?:اسکول |سکول |school |skool )?"
        r"(?:آیا|آئی|آئے|گیا|گئی|گئے|aaya|aya|aayi|ayi|aai|aaye|aye|gaya|gya|gayi|gyi|gaye) (?:تھا|تھی|تھے|tha|thi|the|thay|si|see|c)\b",
        "was in school",
    ),
    # "Rehmat already school ch aa": a sibling already in school
    (
        r"(?:already|pehlan hi|pehle hi|pehla hi) (?:school|skool|class|klass) (?:ch|vich|wich|mein|me|main|mai) (?:aa|ae|hai|he|hain|ne|a)\b",
        "is in school already",
    ),
    (r"(?:msg|message|mesej)s?", "message"),
    (r"jan(?:wari)?", "january"),
    (r"feb|farwari", "february"),
    (
        r"(?:pichla|pehla|upar wala) (?:msg|message) ignore kar\w*|(?:ignore|cancel) kar(?:ein|en|o|dein|den|dain|do| dein| den| dain| do| dijiye| dena)",
        "ignore my last message",
    ),
    (r"appointment cancel ho\w*", "appointment has been cancelled"),
    (r"cancel kar(?:ein|en|do|dein|den|dain| dein| den| dain| do| dijiye| dena)", "cancel that"),
    (r"g?h?alti (?:ho gayi|ho gai|se)", "ignore my last message"),
    (r"jab (?:tak )?(?:theek|thik) (?:nahi|na) (?:hota|hoti|ho jata|ho jati)", "until she's better"),
    (r"jab tak", "until"),
    (r"jab", "when"),
    (r"(?:pata|pta|maloom|malum) nahi?n? kab", "not sure when"),
    (
        r"(?:agle|agla) (?:poore|pure|pura|poora|sare|saare) haft[ae]|(?:poora|pura) agla haft[ae]",
        "all next week",
    ),
    (r"(?:theek|thik|teek) hone tak", "until she's better"),
    (
        r"(?:taxi|gaari|gari|gaadi|gadi|van|bus|transport)(?: \w+){0,3} (?:nahi?n?|nai|nhi|nahee) "
        r"(?:aayi|ayi|aai|aaya|aya|pohanchi|pohnchi|pahunchi)",
        "taxi didn't come",
    ),
    (
        r"(?:roz|hamesha|hamesha) (?:ki tarah|ki tarhan|jaise)(?: school)? (?:" + _ROMAN_VERB + r")",
        "will be in as usual",
    ),
    (r"(?:ek) haft[ae]", "1 weeks"),
    (r"(?:do) haft[ae]", "2 weeks"),
    (r"(?:teen|tin) haft[ae]", "3 weeks"),
    (r"(?<=\d )haft[ae]", "weeks"),
    (
        r"(?:school |skool )?(?:nahi?n?|nai|nhi|nahee) (?:aya|aaya|ayi|aayi|gaya|gayi|gya|gyi"
        r"|(?:aaye|aye|gaye|gye)(?= (?:si|san|sn|tha|the|thay)(?!\S)))(?: (?:si|san|sn|see|tha|thi|the|thay))?",
        "wasn't in",
    ),
    # Punjabi typed in Latin letters: "navleen kal aayi si", she came in (yesterday); not a fever or sickness coming on
    (
        r"(?<!bukhar )(?<!bukhaar )(?<!ulti )(?<!ultiyan )(?<!ultian )(?<!chakkar )(?<!chakar )(?<!khansi )(?<!ghar )"
        r"(?<!ghare )(?<!wapas )(?<!vapas )(?<!khoon )(?<!neend )(?<!message )(?<!msg )(?<!phone )(?<!call )(?<!letter )"
        r"(?:school |skool )?(?:aaya|aayi|aya|ayi|aaye|aye) (?:si|san|sn|see)"
        r"|(?:school|skool) (?:aaya|aayi|aya|ayi|aaye|aye|gaya|gayi|gai|gya|gyi|gaye|gye) (?:tha|thi|the|thay|thin)",
        "was in school",
    ),
    # "lunch time tak school chhad dawangi": in after lunch (the morning missed)
    (
        r"(?:lunch|lanch)(?: time)? (?:tak|takk|tk) (?:(?:school|skool) )?(?:chhad|chhadd|chad|chadd|chhod|chod) "
        r"(?:dawangi|dawanga|dawange|devangi|devanga|devange|dangi|danga|dange|jaangi|jaanga|dungi|dunga|denge|jaungi|jaunga)",
        "will be in after lunch",
    ),
    # "Inaya time pe pohanch gayi thi", "وقت پر اسکول پہنچ گئی تھی": that sibling was in
    (
        r"(?:(?:time|waqt|wakt|وقت) (?:pe|par|pr|te|sir|پر|پہ) |(?:school|skool|اسکول|سکول) )(?:(?:school|skool|اسکول|سکول) )?"
        r"(?:(?:pohanch|pohnch|pahunch|pahuch|puhanch|pounch|pahonch|پہنچ) "
        r"(?:gaya|gayi|gai|gaye|gya|gyi|gye|chuka|chuki|chuke|گیا|گئی|گئے|گئیں|چکا|چکی|چکے)"
        r"|(?:chhod|chod|chhad|chhadd|chad|chadd|chhor|chor|chhorr|chorr|چھوڑ) (?:diya|dia|diye|di|dita|ditta|dite|ditte|دیا|دی|دیے))"
        r"(?: (?:tha|thi|the|thay|thin|hai|he|hain|si|san|sn|تھا|تھی|تھے|تھیں|ہے|ہیں))?",
        "was in",
    ),
    (
        r"(?<!nahi )(?<!nahin )(?<!nhi )(?:school|skool) (?:gaya|gayi|gai|gya|gyi|gaye|gye|chala gaya|chali gayi|chale gaye)"
        r" (?:hai|he|hain|ha|aa|ae|ne)",
        "is in school",
    ),
    # "aaj aa gaya hai": he is back in today
    (
        r"(?:aaj|aj|ajj) (?:(?:oh|o|wo|woh|vo) )?(?:school |skool )?(?:aa|a) (?:gaya|gayi|gya|gyi|gaye|gye|gai) (?:hai|he|ha|aa|ae|hain|han)",
        "is back in school today",
    ),
    (
        r"(?:wapas|wapis|vapas|vapis) (?:school |skool )?(?:nahi?n?|nai|nhi|nahee) (?:" + _ROMAN_VERB + ")"
        r"|(?:school|skool) (?:wapas|wapis|vapas|vapis) (?:nahi?n?|nai|nhi|nahee) (?:" + _ROMAN_VERB + ")",
        "won't be back",
    ),
    (r"(?:school |skool )?(?:nahi?n?|nai|nhi|nahee) (?:" + _ROMAN_VERB + ")", "won't be in"),
    (
        r"(?:school |skool )?(?:nahi?n?|nai|nhi) bhej (?:rahi|raha|rahe|rhi|rha|sakti|sakta|sakte|sakun gi|sakungi|sakenge)"
        r"|(?:nahi?n?|nai|nhi) (?:bhejungi|bhejunga|bhejenge|bhejnge|bhejange)",
        "won't be in",
    ),
    (
        r"(?:tabi?y?e?at|tbiyat) (?:theek|thik|thek|sahi) (?:nahi?n?|nai|nhi)|(?:theek|thik) (?:nahi?n?|nai|nhi) hai",
        "unwell",
    ),
    (r"chutt?iyon|chh?utt?iyan", "holiday"),
    (r"chh?utt?i|chuti", "off"),
    (r"ghar (?:par|pe|mein|me) (?:thi|tha|the)\b", "stayed at home"),
    (r"ghar (?:par|pe|mein|me)|ghar", "staying at home"),
    (r"(?:dair|der|dear|late) (?:se )?(?:msg|message|bata|reply|jawab)\w*", "sorry for the late message"),
    (r"(?:dair|der|dear) se|late", "late"),
    (r"maa?zrat|maa?fi|sorry", "sorry"),
    (r"kaise|kaisay|kese|kaisi|kaisa", "how"),
    (r"kahaa?n", "where"),
    (r"kyun|kyon|kiun|kyu", "why"),
    (
        r"(?:baje|bajay|bajey|bje|vaje|vje|wajay) (?:tak|tk|takk)|baje|bajay|bajey|bje|vaje|vje|wajay",
        "o'clock",
    ),
    (r"aaj subah|aj subah", "this morning"),
    (r"aaj|ajj|aj", "today"),
    (r"agl[ae] haft[ae]", "next week"),
    (r"is haft[ae]", "this week"),
    # "poora hafta aaram karna", "پورا ہفتہ آرام": a week's rest (a length of time, not this week)
    (
        r"(?:poora|pura|sara|saara|poore) haft[ae](?: (?:ghar|ghare))?(?: (?:pe|par|te))? (?:aaram|araam|rest)",
        "a week of rest",
    ),
    (r"(?:poora|pura|sara|saara|poore) haft[ae]", "all week"),
    (r"agl[aei]|aane wal[ae]", "next"),
    (r"peer|pir|somw?v?aa?r", "monday"),
    (r"mangal(?:w?v?aa?r)?", "tuesday"),
    (r"budh(?:w?v?aa?r)?", "wednesday"),
    (r"jumm?[ae]?raa?t|jumairat|jumeraat|veerw?v?aa?r|virw?v?aa?r", "thursday"),
    (r"jumm?ah?|jumm?e|jumm?ay|jumm?ey|shukk?arw?v?aa?r|shukrw?v?aa?r", "friday"),
    (r"hafta|hafte|shanee?w?v?aa?r|saniw?v?aa?r", "saturday"),
    (r"itwaa?r|aitw?v?aa?r|etw?v?aa?r", "sunday"),
    (r"(?:ek) din", "1 days"),
    (r"(?:do) din", "2 days"),
    (r"(?:teen|tin) din", "3 days"),
    (r"(?:char|chaar) din", "4 days"),
    (r"(?:panch|paanch) din", "5 days"),
    (r"chicken ?pox|khasra", "chicken pox"),
    (
        r"(?:daa?nt|dandd?|daand|daa?rh) (?:(?:mein|me|mai|ch|vich|wich) )?(?:bohat |bahut |bht |bohot )?(?:dard|peerh|peed|pirh)"
        r"|daa?nt ka dard|dand da dard",
        "toothache",
    ),
    (
        r"(?:kaa?n|kann|kaann) (?:(?:mein|me|mai|ch|vich|wich) )?(?:bohat |bahut |bht |bohot )?(?:dard|peerh|peed|pirh)"
        r"|kaa?n ka dard|kann da dard",
        "earache",
    ),
    (r"gale? (?:(?:mein|me|mai) )?(?:bohat |bahut )?dard|gala (?:kharab|kharaab|kharb)", "sore throat"),
    (r"shaa?di|shadee", "wedding"),
    # Punjabi "vyah" (Urdu "biyah"): a wedding; "vyah te", "vyah ch": to, at the wedding
    (r"(?:vyah|vyaah|viah|viaah|viyah|biyah|biyaah|byah)(?: (?:te|utte|'te|tay|ch|vich|wich))?", "wedding"),
    (r"eid|eed", "eid"),
    (r"ashura|aashura|ashoora|muharram|majlis", "ashura religious"),
    (r"masjid", "to the mosque"),
    (r"bh?ool (?:gaya|gayi|gai|gya|gyi|gye|gaye)|bh?ul (?:gaya|gayi|gai|gya|gyi|gaye)", "forgot"),
    (r"shukri?y?a|shukria|meherbani|dhanw?v?aa?d", "thanks"),
    (r"wapas|wapis|waapas|vapas|vaapas|vapis", "back"),
    (r"se", "from"),
    (r"(?<=\d )te(?! \d)", "at"),  # Punjabi typed in Latin letters: "9:20 te" at 9:20
    (r"te", "and"),  # Punjabi typed in Latin letters
    (r"tak", "until"),
    (r"subh?ah?", "morning"),
    (r"phir|fir", "then"),
    (r"dopahar|dopehar", "afternoon"),
    (r"(?:aankh|ankh)(?:on)? (?:mein |me )?infection", "conjunctivitis"),
    (r"infection|infekshan", "infection"),
    (r"b[ie]e?maa?r", "ill"),
    (r"bukhaa?r", "temperature"),
    (r"ult[iy]\w*", "vomiting"),
    (r"khaa?nsi", "cough"),
    (
        r"khaa?ns(?:ta|ti|te|tay) (?:raha|rahi|rahe|rha|rhi|rhe|hai|he|hain)|khaa?ns (?:raha|rahi|rahe|rha|rhi|rhe)",
        "coughing",
    ),
    (r"nazla|zukaa?m", "a bad cold"),
    (r"s[ai]r (?:mein |me |ch |vich |wich )?(?:dard|dukh(?:da|di|de|n)?|peed)", "headache"),
    (
        r"(?:pait|paet|payt|pa?e?t|dhidd|dhid|dhiddh) (?:(?:mein|me|main|mai|ch|vich|wich) )?(?:(?:bohat|bahut|bohot|boht|sakht|bht|bda|bada|kaafi|kafi) )?"
        r"(?:dard|dukh(?:da|di|de|n)?|peed|peerh|peer|pirh)|(?:pait|pa?e?t|dhidd|dhid) kharab",
        "stomach",
    ),
    (r"tabi?y?e?at (?:theek nahi|thik nahi|kharab)", "unwell"),
    (r"(?:toot|tut|toota|tuta) (?:gaya|gayi|gai)|fracture", "fractured"),
    (r"chot", "injury"),
    (r"daktar|dr", "doctor"),
    (r"daa?nt(?:on)? (?:ka|ke) doctor", "dentist"),
    (r"haspataa?l", "hospital"),
    (r"janaa?zah?|fotgi|funeral", "funeral"),
    (r"inteqaa?l|intiqaa?l|wafaa?t", "died"),
    (r"operation|opration|aparation", "operation"),
    (r"traffic|trafic", "traffic"),
    (r"pakistan ja\w*", "going to pakistan"),
    (r"skool|school", "school"),
    (r"ko", ""),
    (r"tha|thi|thay", "was"),
)

# Common words of the language that are not English words too (Latin-script detection).
STOPWORDS = frozenset(
    [
        "wali",
        "wala",
        "thik",
        "theek",
        "rahe",
        "nhi",
        "nai",
        "mubarak",
        "liye",
        "karega",
        "karegi",
        "inshallah",
        "hogi",
        "hoga",
        "gayi",
        "gaya",
        "dein",
        "bhi",
        "aoa",
        "alhamdulillah",
        "assalamualaikum",
        "alaikum",
        "ayenge",
        "aayenge",
        "aaj",
        "aayega",
        "aayegi",
        "assalam",
        "aur",
        "ayega",
        "ayegi",
        "bahut",
        "baje",
        "beemar",
        "beta",
        "beti",
        "bimar",
        "bohat",
        "bukhar",
        "chutti",
        "hai",
        "hain",
        "jayega",
        "jayegi",
        "jazakallah",
        "ka",
        "kab",
        "kal",
        "ki",
        "kitne",
        "ko",
        "kya",
        "mein",
        "mera",
        "mere",
        "meri",
        "nahi",
        "nahin",
        "raha",
        "rahi",
        "salam",
        "shukria",
        "shukriya",
        "tabiyat",
        "tha",
        "thi",
        "wapas",
    ]
)

# Phrases meaning every child of the parent.
ALL_CHILDREN = (
    # not "باقی دونوں", "baqi dono": the other two
    r"(?<!باقی )(?<!بقیہ )(?<!baqi )(?<!baaqi )(?<!baki )(?<!baaki )"
    # not "bachay ki tabiyat", "بچے کی": the child's (a singular before a postposition)
    r"(?:دونوں|تینوں|(?:سب |سارے |تمام |دونوں |تینوں )?بچے(?! (?:کی|کا|کو|کے)(?![\u0621-\u06ff]))|dono|donon|teeno|teenon)"
    r"|(?:dono |donon |sab |saare |sare |teeno |teenon )?(?:bachon|(?:bache|bachay|bachche)(?! (?:ki|ka|ko|ke)(?![a-z])))",
)

# Words meaning both "tomorrow" and "yesterday", and the past-tense words that make them yesterday.
EITHER_DAY = (
    _KAL
    + r"(?! (?:da|di|de|ka|ki|ke|کا|کی|کے) (?:\S+ )?(?:pata|pta|maloom|malum|پتہ|پتا|معلوم))"
    + r"(?!"
    + _CLAUSE
    + r"*(?:"
    + _PAST
    + "|"
    + _FUTURE
    + "|"
    + _PRESENT
    + r"))(?! (?:(?:شام|صبح|دوپہر|sham|shaam|subah|dopahar) )?(?:سے|se)"
    + _CLAUSE
    + r"*(?:"
    + _PRESENT
    + r"))",
    r"(?:تھا|تھی|تھے|گیا|گئی|آیا|آئی)(?![\u0621-\u06ff])"
    r"|\btha\b|\bthi\b|\bthay\b|\bgaya\b|\bgayi\b|\baya\b|\baaya\b|\bayi\b|\baayi\b",
)
