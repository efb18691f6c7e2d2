"""Bengali: the words the understanding step reads in this language (see lexicon/__init__.py).

Bengali is written in its own script or, in chat, in Latin letters ("Banglish": "ajke school e ashbe
na"); both are glossed here.
"""

from __future__ import annotations

from bot.understanding.lexicon._english import MONTHS

_BN = "[\u0980-\u09ff]*"  # a Bengali word's case ending: "সোমবারে" is on Monday
_E = "(?:e|er|te)?"  # a Banglish word's case ending: "shombare" is on Monday
# A weekday after a date says nothing more: "৮ ফেব্রুয়ারি সোমবার" is 8 February.
_WD = "(?: (?:সোম|মঙ্গল|বুধ|বৃহস্পতি|বিষ্যুদ|শুক্র|শনি|রবি)বার" + _BN + ")?"

_LATIN_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|shombar|sombar|mongolbar|budhbar|brihoshpotibar|bishudbar|shukrobar|sukrobar|shonibar|sonibar|robibar)(?:e)?"
)

# Coming to school, in the script and in Latin letters.
_COME = (
    r"(?:স্কুলে |স্কুল এ )?(?:আসবে|যাবে|আসতে পারবে|যেতে পারবে|আসবেনা|যাবেনা|পাঠাবো|পাঠাব|পাঠিয়ে দেব)"
    r"|(?:school ?e |iskul ?e |skul ?e )?(?:ashbe|asbe|aashbe|ashbo|jabe|ashte parbe|jete parbe|pathabo)"
)

_NUMBERS = ("এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "এগারো", "বারো")
_LATIN_NUMBERS = (
    "ek",
    "dui|du",
    "tin",
    "char",
    "pach|panch",
    "choy|chhoy|chhe|soy",
    "shat|sat|saat",
    "at|aat",
    "noy|no",
    "dosh|dos|dash",
    "egaro|egar|egharo|egaro",
    "baro|bar",
)

# Taking a child out of school, a few words after the time it happens at.
_TAKE_OUT = r"(?: [^\s,.।!?]+){0,6} (?:নিয়ে|নিয়ে|niye|nie) (?:যাব|যাবো|যাবে|যাচ্ছি|jabo|jab|jacchi)(?![\u0980-\u09ffa-z])(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))"

# "সোমবার থেকে অসুস্থ", "shombar theke jor": ill since (last) Monday, no verb of the future in the clause
_FUTURE = r"(?:বে|বো|বেন|be|bo|ben)(?![\u0980-\u09ffa-z])"
_ILL = (
    r"জ্বর|ব্যথা|ব্যাথা|বমি|কাশি|সর্দি|অসুস্থ|অসুখ|ডায়রিয়া|পেট খারাপ|শরীর খারাপ|ফ্লু|infection|জলবসন্ত|চিকেন ?পক্স|হাম|chicken ?pox"
    r"|\bjor\b|\bjhor\b|betha|batha|bomi|kashi|osustho|oshustho|osukh|oshukh|pet kharap|shorir kharap|\bflu\b"
)
_WEEKDAY_WORDS = (
    ("সোমবার|shombar|sombar|monday", "monday"),
    ("মঙ্গলবার|mongolbar|tuesday", "tuesday"),
    ("বুধবার|budhbar|wednesday", "wednesday"),
    ("বৃহস্পতিবার|বিষ্যুদবার|brihoshpotibar|brihospotibar|brihaspatibar|bishudbar|thursday", "thursday"),
    ("শুক্রবার|shukrobar|sukrobar|friday", "friday"),
)

# "৯টা ১০ এর মধ্যে", "সাড়ে ৯টায়", "৯টায়": clock times in digits, read before the glosses.
# A day of the month not said after its month ("ডিসেম্বরের ২৪ তারিখে" is read with the month) nor after a
# weekday, nor the month of a date in figures ("3/12 তারিখে").
_NOT_AFTER_MONTH = (
    r"(?<![\d:/.])(?<!বরের )(?<!রির )(?<!রীর )(?<!র্চের )(?<!িলের )(?<!জুনের )(?<!স্টের )"
    r"(?<!ber er )(?<!ary er )(?<!bar )(?<!বার )"
)
_MONTHS_SAID = (
    r"(?:জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর)[\u0980-\u09ff]*"
    r"|(?:january|february|march|april|june|july|august|september|october|november|december)(?: ?er)?"
)
# "১১টায়", "10:30", "11 tay": a clock time with its case ending
_AT_TIME = (
    r"(?<![\d:])(?<!সাড়ে )(?<!sare )(?P<h>\d{1,2})(?:টা"
    + _BN
    + r"|[:.](?P<m>[0-5]\d)(?:টা"
    + _BN
    + r"|তে| ?(?:tay|tae|e)(?![a-z]))?"
    r"| ?(?:tay|tae|tar)(?![a-z]))"
)
_IN = (
    r" (?:স্কুলে |স্কুল এ |school ?e |iskul ?e )?(?:আসবে|আসবেন|ashbe|asbe|দিয়ে যাব|দিয়ে যাবো|দিয়ে যাব|দিয়ে যাবো|diye jabo|die jabo"
    r"|পৌঁছাবে|পৌছাবে|পৌঁছে যাবে|pouchabe|pouche jabe|পাঠাব|পাঠাবো|pathabo)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))"
)

CLOCK: tuple[tuple[str, str], ...] = (
    # "৭ই ডিসেম্বর স্কুলে ফিরবে", "3 december theke abar school e ashbe": back on that date
    (
        r"(?<![\d:/.])(?P<h>\d{1,2})(?:লা|রা|ঠা|ই|শে|th|rd|nd|st)? (?:" + _MONTHS_SAID + r")(?: (?:থেকে|theke))?"
        r"(?: আবার| abar)?(?: স্কুলে| স্কুল এ| school ?e)? (?:ফিরবে|ফিরে আসবে|ফিরবেন|firbe|fire ashbe|fire asbe)"
        r"(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back on the {h}th",
    ),
    # "৩রা ডিসেম্বর", "৪ঠা", "৭ই", "২১শে": a day of the month with its ordinal ending
    (r"(?<![\d:/.])(?P<h>\d{1,2})(?:লা|রা|ঠা|ই|শে)(?![\u0980-\u09ff])", "the {h}th"),
    # "১১টার পরে স্কুলে আসবে": in after 11; "১১টায় স্কুলে দিয়ে যাব", "11 tay ashbe": in at 11;
    # "১০:৩০ থেকে স্কুলে থাকবে": in school from 10:30
    (_AT_TIME + r" (?:এর |er )?(?:পরে|pore|por)" + _IN, "will be in after {h}:{m}"),
    (_AT_TIME + _IN, "will be in at {h}:{m}"),
    (
        _AT_TIME
        + r" (?:থেকে|theke) (?:স্কুলে |school ?e )?(?:থাকবে|thakbe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "will be in at {h}:{m}",
    ),
    # "৯টার আগে", "9 tar age": before 9 o'clock
    (
        r"(?<![\d:])(?P<h>\d{1,2}) ?(?:টার|টা|tar|tay|ta)(?: এর| er)? (?:আগে|age)(?![a-z\u0980-\u09ff])",
        "before {h}:00",
    ),
    # An hour said in words becomes its number, for the rules after: "সাড়ে দশটায়" is "সাড়ে 10টা",
    # "sare egarotay" is "sare 11টা" (not "দুইটাই", both of them).
    *(
        (
            rf"(?:{word})টা(?!র?ই|রেই|কেই|ও|কেও)[\u0980-\u09ff]*|(?:{latin})o?(?:tay|tae|tar)",
            f"{hour}টা",
        )
        for hour, (word, latin) in enumerate(zip(_NUMBERS, _LATIN_NUMBERS, strict=True), 1)
    ),
    # "sare 11tay school theke niye jabo", "sare 10tar moddhe": half past
    (
        r"(?:sare|share|sharhe|sarhe|sade|shade|saare) (?P<h>\d{1,2}) ?(?:tay|tae|tar|ta|টা)(?="
        + _TAKE_OUT
        + ")",
        "collect at {h}:30",
    ),
    (
        r"(?:sare|share|sharhe|sarhe|sade|shade|saare) (?P<h>\d{1,2}) ?(?:tay|tae|tar|ta|টা) (?:moddhe|moidde|moddhey|modhe)",
        "by {h}:30",
    ),
    (r"(?:sare|share|sharhe|sarhe|sade|shade|saare) (?P<h>\d{1,2}) ?(?:tay|tae|tar|ta|টা)(?![a-z])", "{h}:30"),
    # "২২ তারিখ সোমবার থেকে আবার আসবে": back on the 22nd (a day of the month, not a clock time)
    (
        r"(?<![\d:])(?P<h>\d{1,2}) (?:তারিখ"
        + _BN
        + r"|tarikh|tarik)"
        + _WD
        + r" (?:থেকে|theke) (?:আবার |abar )?"
        r"(?:আসবে|যাবে|ashbe|asbe|jabe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back on the {h}th",
    ),
    # "৯ তারিখ পর্যন্ত স্কুলে আসবে": in school up to the 9th (away after it)
    (
        r"(?<![\d:])(?P<h>\d{1,2}) (?:তারিখ"
        + _BN
        + r"|tarikh|tarik) (?:পর্যন্ত|porjonto|porjnto) (?:স্কুলে |স্কুল এ |school ?e )?"
        r"(?:আসবে|যাবে|ashbe|asbe|jabe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "will be in until the {h}th",
    ),
    # "জানুয়ারির ১১ তারিখ সোমবার থেকে আবার স্কুলে আসবে": back on 11 January
    *(
        (
            r"(?:"
            + _month
            + r")(?:র|এর|ের)? (?P<h>\d{1,2}) (?:তারিখ"
            + _BN
            + r"|tarikh|tarik)?"
            + _WD
            + r" (?:থেকে|theke) "
            r"(?:আবার |abar )?(?:স্কুলে |স্কুল এ |school ?e )?(?:আসবে|যাবে|ashbe|asbe|jabe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
            "back on {h} " + _english,
        )
        for _english, _month in (
            ("january", "জানুয়ারি|জানুয়ারী|january"),
            ("february", "ফেব্রুয়ারি|ফেব্রুয়ারী|february"),
            ("march", "মার্চ|march"),
            ("april", "এপ্রিল|april"),
            ("may", "মে|may"),
            ("june", "জুন|june"),
            ("july", "জুলাই|july"),
            ("august", "আগস্ট|আগষ্ট|august"),
            ("september", "সেপ্টেম্বর|september"),
            ("october", "অক্টোবর|october"),
            ("november", "নভেম্বর|november"),
            ("december", "ডিসেম্বর|december"),
        )
    ),
    # "সোমবার ১৮ জানুয়ারি স্কুলে যাবে": (back) in school on that weekday and date
    (
        r"(?<=বার )(?P<h>\d{1,2}) [\u0980-\u09ff]+ (?:স্কুলে |স্কুল এ )?(?:আসবে|যাবে)(?! ?না(?![\u0980-\u09ff]))",
        "back on the {h}th",
    ),
    # "১০টার মধ্যে": by 10 o'clock
    # "১২টার মধ্যে স্কুলে চলে আসবে": will be in school by then
    (
        r"(?<![\d:])(?<!সাড়ে )(?<!sare )(?P<h>\d{1,2})(?:টা"
        + _BN
        + r"|[:.](?P<m>[0-5]\d)| ?(?:tar|tay|ta)) (?:এর |er )?(?:মধ্যে|moddhe|modhe|দিকে|dike|নাগাদ|nagad) (?:স্কুলে |স্কুল এ |school ?e )?"
        r"(?:(?:চলে |chole |chole )?(?:আসবে|আসবেন|ashbe|asbe|আসছি|আসব|আসবো|ashchi|aschi|asci|ashbo|asbo|ashtesi|ashtechi)"
        r"|(?:পৌঁছে|পৌছে|pouche|poure) (?:যাবে|যাব|যাবো|jabe|jabo)|পৌঁছাবে|পৌছাবে"
        r"|পৌঁছাব|পৌঁছাবো|পৌছাব|পৌছাবো|pouchabo|pouchab|pochabo|pouchaye dibo|pouche dibo)"
        r"(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "will be in by {h}:{m}",
    ),
    # "স্কুলে দিতে দিতে প্রায় ১১টা বাজবে": by the time we bring her to school it will be (about) 11
    (
        r"(?:স্কুলে |স্কুল এ |school ?e )?(?:দিতে দিতে|দিয়ে আসতে আসতে|পৌঁছাতে পৌঁছাতে|পৌঁছতে পৌঁছতে"
        r"|dite dite|diye ashte ashte|pouchate pouchate|pouchhate pouchhate|pochate pochate) "
        r"(?:প্রায় |প্রায় |prai |pray |praay |praye )?(?P<h>\d{1,2})(?:টা|টার|[:.](?P<m>[0-5]\d)| ?(?:ta|tar|tay))? "
        r"(?:বাজবে|বেজে যাবে|বাজতে পারে|bajbe|beje jabe)",
        "will bring her to school by around {h}:{m}",
    ),
    # "১২টার দিকে স্কুলে দিয়ে যাব": we'll bring her in at about 12
    (
        r"(?<![\d:])(?<!সাড়ে )(?<!sare )(?P<h>\d{1,2})(?:টা"
        + _BN
        + r"|[:.](?P<m>[0-5]\d)| ?(?:tar|tay|ta|tai|tae)) (?:মধ্যে|দিকে|নাগাদ|moddhe|moidde|modhe|dike|nagad) "
        r"(?:স্কুলে |স্কুল এ |school ?e )?(?:দিয়ে|দিয়ে|diye|die|dia) (?:যাব|যাবো|আসব|আসবো|jabo|ashbo|asbo)",
        "will bring her to school by around {h}:{m}",
    ),
    (
        r"(?<![\d:])(?<!সাড়ে )(?<!sare )(?P<h>\d{1,2})(?:টা"
        + _BN
        + r"|[:.](?P<m>[0-5]\d)| ?(?:tar|tay|ta|tai|tae)) (?:মধ্যে|moddhe|moidde|moddhey|modhe)",
        "by {h}:{m}",
    ),
    (r"সাড়ে (?P<h>\d{1,2})টা" + _BN + r"(?=" + _TAKE_OUT + ")", "collect at {h}:30"),
    (
        r"(?<![\d:])(?<!at )(?P<h>\d{1,2})(?:টা"
        + _BN
        + r"|[:.](?P<m>[0-5]\d)(?:টা"
        + _BN
        + r"|তে| ?(?:tay|tae|te|e)(?![a-z]))?| ?(?:tay|tar|ta|tae|tai)(?![a-z]))(?="
        + _TAKE_OUT
        + ")",
        "collect at {h}:{m}",
    ),
    (r"(?<!\d)(?P<h>\d{1,2})টা" + _BN + r" (?P<m>[0-5]\d)(?= ?(?:এর|মিনিট|er\b|min))", "{h}:{m}"),
    # "সাড়ে দশটার মধ্যে চলে আসবো": we will be in by half past
    (
        r"সাড়ে (?P<h>\d{1,2})টা" + _BN + r" (?:মধ্যে|দিকে|নাগাদ) (?:স্কুলে )?(?:চলে )?"
        r"(?:আসবে|আসবো|আসব|পৌঁছে যাবো|পৌঁছে যাব|পৌঁছে যাবে)(?! ?না(?![\u0980-\u09ff]))",
        "will be in by {h}:30",
    ),
    (r"সাড়ে (?P<h>\d{1,2})টা" + _BN + r" (?:মধ্যে|moddhe)", "by {h}:30"),
    (r"সাড়ে (?P<h>\d{1,2})টা" + _BN, "{h}:30"),
    # "১:৩০টায়", "৩:১৫তে": a clock time with its case ending
    (r"(?<![\d:])(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)(?:টা" + _BN + r"|তে)", "{h}:{m}"),
    (r"(?<![\d:])(?P<h>\d{1,2})টা" + _BN, "{h}:00"),
    # "22 tarikh theke abar school e ashbe": back on the 22nd (no weekday or month said before it)
    (
        r"(?<![\d:])(?<!bar )(?<!বার )(?P<h>\d{1,2}) (?:তারিখ"
        + _BN
        + r"|tarikh|tarik)"
        + _WD
        + r" (?:থেকে|theke) (?:আবার |abar )?(?:স্কুলে |স্কুল এ |school ?e |iskul ?e )"
        r"(?:আসবে|যাবে|ashbe|asbe|jabe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back on the {h}th",
    ),
    # "১৬, ১৭ আর ১৮ তারিখ": days of the month listed before the one word "তারিখ"
    (
        r"(?<![\d:])(?P<h>\d{1,2}), (?P<m>\d{1,2}),? (?:আর|ও|এবং|ar|o|ebong)(?= \d{1,2} (?:তারিখ|tarikh|tarik))",
        "the {h}th, the {m}th and",
    ),
    (r"(?<![\d:])(?P<h>\d{1,2}) (?:আর|ও|এবং|ar|o|ebong)(?= \d{1,2} (?:তারিখ|tarikh|tarik))", "the {h}th and"),
    # "২৪ তারিখে", "9 tarikh porjonto": a day of the month (not after a month, "ডিসেম্বরের ২৪ তারিখে")
    (
        _NOT_AFTER_MONTH
        + r"(?P<h>\d{1,2}) (?:তারিখ"
        + _BN
        + r"|tarikh|tarik)(?: e)? (?:পর্যন্ত|porjonto|porjnto)",
        "until the {h}th inclusive",
    ),
    (
        _NOT_AFTER_MONTH + r"(?P<h>\d{1,2}) (?:তারিখ" + _BN + r"|tarikh|tarik)(?: e)? (?:থেকে|theke)",
        "from the {h}th",
    ),
    (
        _NOT_AFTER_MONTH + r"(?P<h>\d{1,2}) (?:তারিখ" + _BN + r"|tarikh|tarik)(?: e(?![a-z]))?",
        "on the {h}th",
    ),
)

GLOSSES: tuple[tuple[str, str], ...] = (
    # "ক্রিসমাসের ছুটির পরে স্কুলে আসবে": back after the (Christmas) holidays
    (
        r"(?:(?:ক্রিসমাসের|বড়দিনের|christmas er|christmaser) )?(?:ছুটির|chutir|chhutir) (?:পরে|পর|pore|por) "
        r"(?:স্কুলে |school ?e )?(?:আবার |ফিরে |abar |fire )?(?:আসবে|ফিরবে|ashbe|asbe|firbe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back after the christmas holidays",
    ),
    # "উইকেন্ডের পরে স্কুলে আসবে": back after the weekend
    (
        r"(?:উইকেন্ডের|উইকএন্ডের|উইকেন্ড এর|weekend er|weekender) (?:পরে|পর|pore|por) "
        r"(?:স্কুলে |school ?e )?(?:আবার |ফিরে |abar |fire )?(?:আসবে|ফিরবে|ashbe|asbe|firbe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back after the weekend",
    ),
    # "ওর বাবা কাজের জন্য বিদেশ যাচ্ছেন": her dad is travelling (abroad) for work
    (
        r"(?:বাবা|আব্বা|আব্বু|baba|abba|abbu) (?:কাজের জন্য|অফিসের কাজে|kajer jonno|office er kaje) "
        r"(?:বিদেশ |বিদেশে |দেশের বাইরে |bidesh |bideshe )?(?:যাচ্ছেন|যাচ্ছে|যাবেন|যাবে|jacchen|jacche|jaben)",
        "her dad is travelling for work",
    ),
    # "দুই সপ্তাহ", "তিন সপ্তাহের জন্য": for a number of weeks (not "দুই সপ্তাহ আগে", two weeks ago)
    (r"(?:দুই|দু|2) সপ্তাহ(?:ের জন্য|ের জন্যে)?(?! ?(?:আগে|ধরে|থেকে))", "for 2 weeks"),
    (r"(?:তিন|3) সপ্তাহ(?:ের জন্য|ের জন্যে)?(?! ?(?:আগে|ধরে|থেকে))", "for 3 weeks"),
    # "সপ্তাহের বাকিটা": the rest of the week
    (r"(?:সপ্তাহের|shoptaher|saptaher|soptaher) (?:বাকিটা|বাকিটুকু|bakita|bakituku)", "the rest of the week"),
    # "তিন দিনের জন্য", "tin diner jonno": for a number of days
    *(
        (rf"(?:{word}|{digit}) (?:দিনের|diner) (?:জন্য|জন্যে|jonno|jonne)", f"for {digit} days")
        for word, digit in (
            ("এক", 1),
            ("দুই|দু", 2),
            ("তিন", 3),
            ("চার", 4),
            ("পাঁচ", 5),
            ("ek", 1),
            ("dui|du", 2),
            ("tin", 3),
            ("char", 4),
            ("pach|panch", 5),
        )
    ),
    # "মঙ্গলবার না বুধবার", "tuesday na wednesday", "shombar naki mongolbar": one day or the other
    *(
        (
            r"(?:" + _forms + r")" + _E + r" (?:না|নাকি|অথবা|বা|na|naki|othoba|ba)"
            r"(?= (?:" + "|".join(form for forms, _ in _WEEKDAY_WORDS for form in forms.split("|")) + "))",
            _english + " or",
        )
        for _forms, _english in _WEEKDAY_WORDS
    ),
    # The days and sessions, as a dictionary lists them.
    # "সামনের সপ্তাহের বুধবার স্কুলে ফিরবে": back next week on Wednesday ("back" said once, before the day)
    (
        r"(?:আগামী|পরের|সামনের) সপ্তাহের(?= (?:সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বার (?:স্কুলে |স্কুল এ )?"
        r"(?:ফিরবে|ফিরে আসবে)(?! ?না(?![\u0980-\u09ff])))",
        "back next week on",
    ),
    (
        r"(?:(?<=সপ্তাহের সোমবার )|(?<=সপ্তাহের মঙ্গলবার )|(?<=সপ্তাহের বুধবার )|(?<=সপ্তাহের বৃহস্পতিবার )"
        r"|(?<=সপ্তাহের শুক্রবার ))(?:স্কুলে |স্কুল এ )?(?:ফিরবে|ফিরে আসবে)(?! ?না(?![\u0980-\u09ff]))",
        "",
    ),
    # "বৃহস্পতিবার স্কুলে ফিরবে": back (on Thursday); the day before it is put after "back"
    (
        r"(?:(?:আবার|abar) )?(?:স্কুলে|স্কুল এ|school ?e|iskul ?e) (?:ফিরবে|ফিরে আসবে|ফিরবেন|ফিরে যাবে|firbe|fire ashbe|fire asbe|fire jabe)"
        r"(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back",
    ),
    # "(সকালে ডাক্তার,) পরে স্কুলে আসবে": in later (not "খাবারের পরে", after lunch)
    (
        r"(?<!র )(?<!er )(?:পরে|pore) (?:স্কুলে |স্কুল এ |school ?e )?(?:আসবে|আসবেন|ashbe|asbe|যাবে|jabe)"
        r"(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "will be in later",
    ),
    # "শুধু সকালে স্কুলে থাকবে", "shudhu shokale": in the morning only (away in the afternoon)
    (
        r"(?:শুধু|শুধুমাত্র|কেবল|shudhu|sudhu|shudu|sudu) (?:সকালে|সকালটা|সকাল|shokale|sokale|shokal|sokal)"
        r"(?: (?:স্কুলে|school ?e) (?:থাকবে|thakbe))?",
        "will be in school only in the morning",
    ),
    (r"(?:হাফ ডে|half day|অর্ধেক দিন|অর্ধ দিবস|ordhek din)", "half day"),
    # "সপ্তাহের বাকি দিনগুলো", "বাকি সপ্তাহ": the rest of the week
    (
        r"(?:সপ্তাহের|shoptaher|saptaher|soptaher) (?:বাকি|বাকী|baki) ?(?:দিনগুলো|দিনগুলোতে|দিনগুলিতে|দিনগুলি|কয়দিন|কয়দিন|কদিন|দিন"
        r"|din ?gulo(?:te)?|koy ?din|kodin|din)?|(?:বাকি|বাকী|baki) (?:সপ্তাহ|shoptah|saptah|soptah)[\u0980-\u09ffa-z]*",
        "the rest of the week",
    ),
    # "টার্ম শেষ হওয়া পর্যন্ত", "টার্মের শেষ পর্যন্ত": until the end of term
    (
        r"(?:টার্ম|টার্মের|সেমিস্টার|সেমিস্টারের|term|termer|semester|semesterer) (?:শেষ|shesh|sesh)"
        r"(?: (?:না|na))?(?: (?:হওয়া|হওয়া|howa|hoya))? (?:পর্যন্ত|অবধি|porjonto|porjanto|projonto)",
        "until the end of term",
    ),
    # "গত সপ্তাহে পুরোটা", "পুরো গত সপ্তাহ": all last week
    (
        r"(?:পুরো|সারা|puro|sara|shara) (?:গত|goto|gato) (?:সপ্তাহ|shoptah|saptah|soptah)[\u0980-\u09ffa-z]*"
        r"|(?:গত|goto|gato) (?:সপ্তাহ|shoptah|saptah|soptah)[\u0980-\u09ffa-z]* (?:পুরোটা|পুরোটাই|পুরো|সারা|puro ?ta|puro|pura)",
        "all last week",
    ),
    (r"(?:গত|goto|gato) (?:সপ্তাহ|shoptah|saptah|soptah)[\u0980-\u09ffa-z]*", "last week"),
    # "সাড়ে দশটা", "৯টায়": the clock times English writes 10:30, 9:00.
    # "বাচ্চা দুইটারই জ্বর", "দুটোই", "দুজনকেই": both of them (not two o'clock)
    (
        r"(?:বাচ্চা |বাচ্চারা |বাচ্চা দুইটা |ছেলেমেয়ে )?(?:দুইটা|দুটো|দুইটো|দুটা|দুইজন|দুজন|দু'জন)(?:রই|রেই|ই|কেই|েরই|কেও|ও)(?![\u0980-\u09ff])"
        r"|(?:bacca |baccha |bachcha )?(?:duita|duto|dujon|duijon)(?:ri|rei|i|kei|eri)\b",
        "both",
    ),
    (r"(?:\S+(?:র|ার) )?মধ্যে|(?:\w+(?:r|er) )?moddhe", "by"),
    (
        r"(?:ওকে |ওদের |তাকে )?(?:স্কুলে|স্কুল এ) (?:দিয়ে|পৌঁছে|নামিয়ে) (?:যাব|যাবো|আসব|আসবো|দেব|দেবো|দিব)"
        r"|(?:oke |oder )?(?:school ?e|iskul ?e) (?:diye|pouche|namiye) (?:jabo|jab|ashbo|asbo|debo|dibo)",
        "will bring her to school",
    ),
    (r"তারপর|তার পর|tarpor|tar por", "then"),
    (r"কিন্তু|তবে|kintu|tobe", "but"),
    (
        r"(?:আপনাদের |আপনাকে )?(?:জানাতে পারিনি|জানাতে পারি নাই|জানাইনি|জানাই নি|জানানো হয়নি|জানানো হয় নি)"
        r"|(?:apnader |apnake )?(?:janate pari ?ni|janate pari ?nai|janai ?ni|janano hoy ?ni)",
        "i didn't let you know",
    ),
    # "আজকে বাসায় রাখছি", "bashay rakhchi": keeping her at home (now, no end said)
    (
        r"(?:ওকে |ওদের |তাকে )?(?:বাসায়|বাড়িতে|বাসাতে) (?:রাখছি|রাখতেছি|রাখতেসি)(?![\u0980-\u09ff])"
        r"|(?:oke |oder )?(?:bashay|basay|barite) (?:rakhchi|rakhsi|rakhtesi|rakhtechi)\b",
        "keeping her at home",
    ),
    (
        r"(?:ওকে |ওদের |তাকে )?(?:বাসায়|বাড়িতে|বাসাতে) (?:রেখেছিলাম|রেখেছি|রাখছিলাম|রাখছি|রেখে দিয়েছিলাম)"
        r"|(?:oke |oder )?(?:bashay|basay|barite) (?:rekhechilam|rekhechhilam|rekhechi|rakhsilam|rakhchilam)",
        "kept her at home",
    ),
    # "গতকাল জানিয়েছিলাম", "kal bolechilam": I told you yesterday (the day of telling, not of the absence)
    (
        r"(?:yesterday|গতকাল"
        + _BN
        + r"|gotokal)(?:\s+(?:রাতে|raate|rate|rat e|রাত্রে|ratre))?\s+(?:আপনাদের |আপনাকে |apnader |apnake )?"
        r"(?:জানিয়েছিলাম|জানাইছিলাম|বলেছিলাম|বলছিলাম|লিখেছিলাম|মেসেজ করেছিলাম"
        r"|janiyechilam|janiyechhilam|bolechilam|bolechhilam|bolsilam|likhechilam)(?: যে| je)?",
        "i said that",
    ),
    # "কালকে আবার আসবে": back tomorrow (the day comes first in Bengali)
    (
        r"(?:tomorrow|আগামীকাল" + _BN + r"|agamikal)\s+(?:থেকে |theke )?(?:আবার |abar )?"
        r"(?:(?:স্বাভাবিক ?ভাবে|স্বাভাবিক ?ভাবেই|নরমালি|নরমাল ভাবে|সময়মত|সময়মতো|ঠিক সময়ে|আগের মত|আগের মতো|রোজকার মত|রোজকার মতো"
        r"|normal ?(?:bhabe|vabe)|normally|shabhabik ?(?:bhabe|vabe)|shomoy ?moto|somoy ?moto|thik shomoye|ager moto) )?"
        r"(?:স্কুলে |স্কুল এ |school ?e )?"
        r"(?:আসবে|যাবে|আসতে পারবে|যেতে পারবে|ashbe|asbe|jabe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back tomorrow",
    ),
    # "দুপুরে আসবে", "lunch er pore ashbe": in for the afternoon (after something in the morning)
    (
        r"(?:দুপুরের খাবারের পরে|দুপুরের পরে|দুপুরের পর|দুপুরে|বিকেলে|লাঞ্চের পরে|লাঞ্চের পর"
        r"|lunch ?er pore|lunch ?er por|dupur ?e|dupurer pore|dupurer por) (?:স্কুলে |school ?e )?(?:আসবে|যাবে|ashbe|asbe|jabe)"
        r"(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "will be in for the afternoon",
    ),
    # "দেখাশোনার কেউ নেই": no one to look after her (the parent has no childcare)
    (
        r"(?:দেখার|দেখাশোনার|দেখাশুনার|রাখার) (?:কেউ|মানুষ) (?:নেই|নাই)|(?:dekhar|dekhashonar|rakhar) keu (?:nei|nai)",
        "no one to look after",
    ),
    # "দুপুরের খাবারের পরে ... স্কুলে দিয়ে যাব": in for the afternoon, after lunch
    (
        r"(?:দুপুরের খাবারের|দুপুরের খাবার খাওয়ার|লাঞ্চের|দুপুরের|lunch ?er|dupurer khabarer|dupurer) (?:পরে|পর|pore|por)"
        r"(?=(?: \S+){0,3} (?:স্কুলে|স্কুল এ|school ?e) (?:দিয়ে|পৌঁছে|নামিয়ে|নিয়ে|diye|pouche|niye) (?:যাব|যাবো|আসব|আসবো|jabo|ashbo))",
        "in for the afternoon",
    ),
    (
        r"(?:দুপুরের খাবারের|দুপুরের খাবার খাওয়ার|লাঞ্চের|lunch ?er|dupurer khabarer) (?:পরে|পর|pore|por)",
        "after lunch",
    ),
    # Going to a place of worship, not coming to school: "মন্দিরে যাবে", "mosjide jabo"
    (
        r"(?:মন্দির|mondir)(?:ে|e)? (?:যাবে|যাব|যাবো|যাচ্ছি|jabe|jabo|jacchi)(?![\u0980-\u09ffa-z])",
        "going to the temple",
    ),
    (
        r"(?:মসজিদ|mosjid|masjid)(?:ে|e)? (?:যাবে|যাব|যাবো|যাচ্ছি|jabe|jabo|jacchi)(?![\u0980-\u09ffa-z])",
        "going to the mosque",
    ),
    # the home flooded or on fire: "বাসায় পানি ঢুকে গেছে", "ঘরে আগুন লেগেছে"
    (
        r"(?:বাসায়|বাড়িতে|ঘরে|ফ্ল্যাটে|bashay|basay|barite|ghore) (?:পানি|জল|pani|jol) (?:ঢুকে গেছে|ঢুকেছে|উঠেছে|উঠে গেছে"
        r"|dhuke geche|dhuke gese|utheche|uthse)",
        "house flooded",
    ),
    (r"(?:বাসায়|বাড়িতে|ঘরে|ফ্ল্যাটে|bashay|basay|barite|ghore) (?:আগুন|agun)" + _BN, "house fire"),
    (r"মন্দির" + _BN + r"|mondir" + _E, "temple"),
    (r"(?:ঠিক টাইমে|thik time ?e|thik time|thik somoy ?e|thik shomoy ?e)(?:ই|i)?", "on time"),
    # "কালকেও মনে হয় পাঠাবো না": probably not in tomorrow either
    (
        r"(?:কালকেও|কালও|আগামীকালও) (?:মনে হয়|হয়তো|হয়ত|সম্ভবত) (?:স্কুলে |স্কুল এ )?"
        r"(?:পাঠাবো না|পাঠাব না|পাঠাবোনা|পাঠাবনা|আসবে না|যাবে না|আসবেনা|যাবেনা|আসতে পারবে না|যেতে পারবে না|থাকবে|বাসায় থাকবে|বাড়িতে থাকবে)"
        r"|(?:kalkeo|kaleo|kalo) (?:mone hoy|hoyto) (?:school ?e )?(?:pathabo ?na|ashbe ?na|asbe ?na|jabe ?na|bashay thakbe|basay thakbe)",
        "probably tomorrow too",
    ),
    (
        r"(?:কালকেও|কালও|আগামীকালও) (?:স্কুলে |স্কুল এ )?"
        r"(?:পাঠাবো না|পাঠাব না|পাঠাবোনা|পাঠাবনা|আসবে না|যাবে না|আসবেনা|যাবেনা|আসতে পারবে না|যেতে পারবে না|থাকবে|বাসায় থাকবে|বাড়িতে থাকবে)"
        r"|(?:kalkeo|kaleo|kalo) (?:school ?e )?(?:pathabo ?na|ashbe ?na|asbe ?na|jabe ?na|bashay thakbe|basay thakbe)",
        "won't be in tomorrow either",
    ),
    (
        r"(?:কালকেও|কালও)(?: \S+)? (?:স্কুলে )?(?:আসেনি|যায়নি|আসে নি|যায় নি|আসেনাই|যায়নাই)",
        "wasn't in yesterday either",
    ),
    (r"কালকেও|কালও|kalkeo|kaleo", "tomorrow too"),
    (r"মনে হয়|হয়তো|হয়ত|সম্ভবত|mone hoy|hoyto", "probably"),
    # "কবে ছাড়বে এখনো বলেনি": not yet known when she will be discharged
    (
        r"কবে (?:ছাড়বে|ছুটি দেবে|ছুটি দিবে|বাসায় আনতে পারব) (?:এখনো |এখনও )?(?:বলেনি|বলে নাই|বলেনাই|জানায়নি|জানি না|জানিনা)"
        r"|kobe (?:charbe|chharbe|chhuti dibe|chuti dibe) (?:ekhono |akhono )?(?:boleni|bole nai|janai nai|jani na)",
        "don't know yet when she will be discharged",
    ),
    # "কবে ফিরব এখনো জানি না": not sure yet when we will be back
    (
        r"কবে (?:ফেরত |ফিরে )?(?:ফিরব|ফিরবো|ফিরবে|ফিরবেন|ফিরতে পারব|আসবে|আসব|আসবো)(?: \S+)? (?:এখনো |এখনও |এখন )?(?:জানি না|জানিনা|বলতে পারছি না)"
        r"|kobe (?:ferot |ferat |firot |fire )?(?:firbo|firbe|ashbe|asbe|ashbo|asbo)(?: \w+)? (?:ekhono |ekhon )?(?:jani ?na|bolte parchi na)",
        "not sure when back",
    ),
    (r"(?:এখনো |এখনও )?(?:জানি না|জানিনা)(?: কবে)?|(?:ekhono )?jani ?na(?: kobe)?", "not sure when"),
    (r"(?:ফেরার )?(?:তারিখ|দিন) (?:ঠিক|নিশ্চিত) হলে|(?:ferar )?(?:tarikh|din) thik hole", "when we know more"),
    # "ওকে ওর বাবা নিবে": his dad will collect him (from school)
    (
        r"(?:ওকে |ওদের |তাকে )?(?:ওর |ওদের |তার )?(?:বাবা|আব্বু|আব্বা) (?:নিবে|নেবে|নিয়ে যাবে|নিয়ে যাবে|আনবে|নিয়ে আসবে|নিতে আসবে)"
        r"|(?:oke |oder )?(?:or |oder )?(?:baba|abbu|abba) (?:nibe|nebe|niye jabe|anbe|nite ashbe)",
        "his dad will collect him",
    ),
    (
        r"(?:ওকে |ওদের |তাকে )?(?:ওর |ওদের |তার )?(?:মা|আম্মু|আম্মা) (?:নিবে|নেবে|নিয়ে যাবে|নিয়ে যাবে|আনবে|নিয়ে আসবে|নিতে আসবে)"
        r"|(?:oke |oder )?(?:or |oder )?(?:ma|ammu|amma) (?:nibe|nebe|niye jabe|anbe|nite ashbe)",
        "his mum will collect him",
    ),
    # "জায়ান থাকবে": (a sibling) stays in school as usual; not "বাসায় থাকবে" (a place before it)
    (r"(?<!ে )(?<!এ )(?<!য় )(?<!য় )(?<!তে )(?<!তেই )(?<!না )থাকবে(?= ?[,.।!]| ?$)", "will be in as normal"),
    (r"(?:আমার )?(?:আম্মার|আম্মুর|মায়ের)(?= )|(?:amar )?(?:ammar|ammur|mayer)", "my mum's"),
    (r"(?:আমার )?(?:আম্মা|আম্মু|মা|আব্বা|আব্বু|বাবা)(?= )|(?:amar )?(?:amma|ammu|abba|abbu)", "my mum"),
    (r"হঠাৎ|হঠাত|hothat|hotat", "suddenly"),
    (r"খুব|khub", "very"),
    (r"(?:আমার )?(?:আব্বার|আব্বুর|বাবার)(?= )|(?:amar )?(?:abbar|abbur|babar)", "my dad's"),
    (
        r"(?:ওনার |ওর |তার |ওনাকে )?(?:দেখাশোনা|দেখাশুনা|দেখাশোনার|দেখাশুনার|সেবা|যত্ন নেওয়ার)(?: জন্য| করতে| করার জন্য)?"
        r"|(?:onar |or )?(?:dekhashona|dekhasona|dekhashonar)(?: jonno| korte)?",
        "to look after her",
    ),
    # "জিপিতে", "GP তে": at the GP; "ব্লাড টেস্ট", "রক্ত পরীক্ষা": a blood test
    (r"(?:gp|জিপি) ?(?:তে|এ|te|e)|(?:gp|জিপি)-(?:তে|এ|te|e)", "at the gp"),
    (r"blood test|রক্ত ?পরীক্ষা|রক্তের পরীক্ষা|ব্লাড টেস্ট|rokto porikkha", "blood test appointment"),
    # "গুটিগুলো না শুকানো পর্যন্ত", "জ্বর না কমা পর্যন্ত", "ভালো না হওয়া পর্যন্ত": until she is better
    (
        r"(?:\S+ )?না (?:শুকানো|শুকাবে|সারা|সারবে|কমা|কমবে|ভালো হওয়া|ভাল হওয়া|সুস্থ হওয়া) (?:পর্যন্ত|অবধি)"
        r"|(?:\w+ )?na (?:shukano|sukano|sara|koma|valo howa|bhalo howa|sustho howa) (?:porjonto|projonto)",
        "until she's better",
    ),
    # "Miss, ..." at the start: addressing the teacher, not missing school
    (
        r"(?:(?<=^)|(?<=^aoa )|(?<=^salam )|(?<=^hi )|(?<=^hello )|(?<=^dear ))(?:miss|sir|madam|mam)(?=[ ,])",
        "teacher",
    ),
    # "সোমবার থেকে বুধবার পর্যন্ত অসুস্থ ছিল": was off ill (told afterwards)
    *(
        (
            rf"(?:{days}){_BN} (?:থেকে|theke) (?:{days2}){_BN} (?:পর্যন্ত|porjonto|porjanto|projonto)"
            r" (?:অসুস্থ|বাসায়|বাসায়|বাড়িতে|osustho|oshustho|basay|bashay)(?: (?:ছিল|ছিলো|ছিলেন|chilo|chhilo|silo))",
            f"was off ill {day} to {day2}",
        )
        for days, day in _WEEKDAY_WORDS
        for days2, day2 in _WEEKDAY_WORDS
    ),
    *(
        (
            rf"(?:{days}){_BN} (?:থেকে|theke)(?=(?:(?!{_FUTURE})[^,.!?।\n])*?(?:{_ILL}))(?![^,.!?।\n]*?{_FUTURE})",
            f"off since {day}",
        )
        for days, day in _WEEKDAY_WORDS
    ),
    # "বৃহস্পতিবার থেকে পরের মঙ্গলবার পর্যন্ত": from Thursday to (and including) next Tuesday
    *(
        (
            rf"(?:{days}){_BN} (?:থেকে|theke) (?:পরের|আগামী|সামনের|porer|agami|shamner|samner) (?:{days2}){_BN}"
            r" (?:পর্যন্ত|অবধি|porjonto|porjanto|projonto)",
            f"from {day} to next {day2}",
        )
        for days, day in _WEEKDAY_WORDS
        for days2, day2 in _WEEKDAY_WORDS
    ),
    # "পরের মঙ্গলবার পর্যন্ত": until next Tuesday (read as "until" is: the bot confirms)
    *(
        (
            rf"(?:পরের|আগামী|সামনের|porer|agami|shamner|samner) (?:{days}){_BN} (?:পর্যন্ত|অবধি|porjonto|porjanto|projonto)",
            f"until next {day}",
        )
        for days, day in _WEEKDAY_WORDS
    ),
    # "এখনই ওকে নিতে আসছি": I am coming to collect her (from school) now
    (
        r"(?:এখনই |এখন |ekhoni |ekhon )?(?:ওকে |ওদের |তাকে |oke |oder )?(?:নিতে|nite|nitey) (?:আসছি|যাচ্ছি|আসতেছি|ashchi|aschi|jacchi|jachhi)",
        "i'm on my way to collect her now",
    ),
    (
        r"(?:স্কুল|অফিস|school|office|অফিস থেকে|স্কুল থেকে) ?(?:থেকে |theke )?(?:ফোন|কল|phone|call) (?:করেছিল|করেছে|দিয়েছিল|এসেছিল|korechilo|koreche|disilo|dise)",
        "the school called",
    ),
    (r"অবস্থা (?:ভালো না|ভাল না|খারাপ|আশঙ্কাজনক|সংকটাপন্ন)|obostha (?:bhalo na|valo na|kharap)", "critical"),
    (r"ফ্লু", "flu"),
    # "কাল থেকে জ্বর" (read as yesterday), "গতকাল থেকে": since yesterday
    (r"(?:yesterday|গতকাল\S*|gotokal|gotkal)\s+(?:থেকে|theke)", "since yesterday"),
    # "ভালো হলে জানাবো": when she is better (I will let you know)
    (
        r"(?:ভালো|ভাল|সুস্থ) (?:হলে|হয়ে গেলে|হওয়ার পরে|হওয়ার পর)|(?:valo|bhalo|sustho|shustho) (?:hole|hoye gele|hoile)",
        "when she is better",
    ),
    # "কবে ফিরবে পরে জানাব": I will let you know later when she is back
    # "কবে পাঠাতে পারব পরে জানাব": I'll let you know when they can come back
    (
        r"কবে (?:স্কুলে )?(?:পাঠাতে|পাঠাইতে|দিতে|আসতে|যেতে|ফিরতে) (?:পারব|পারবো|পারবে|পারবেন|পারবা)"
        r" (?:পরে |আবার )?(?:জানাব|জানাবো|জানিয়ে দেব|জানিয়ে দেবো|জানিয়ে দিব|জানাইবো|জানাইব)"
        r"|kobe (?:school ?e )?(?:pathate|pathaite|dite|ashte|aste|jete|firte) (?:parbo|parbe|parba)"
        r" (?:pore |abar )?(?:janabo|janiye debo|janiye dibo|janaibo)",
        "i will let you know when they can come back",
    ),
    (
        r"কবে (?:স্কুলে )?(?:পাঠাতে|পাঠাইতে|দিতে|আসতে|যেতে|ফিরতে) (?:পারব|পারবো|পারবে|পারবেন|পারবা)"
        r"|kobe (?:school ?e )?(?:pathate|pathaite|dite|ashte|aste|jete|firte) (?:parbo|parbe|parba)",
        "when they can come back",
    ),
    (r"কবে|kobe|kobey", "when"),
    (
        r"(?:পরে |আবার )?(?:জানাব|জানাবো|জানিয়ে দেব|জানিয়ে দেবো|জানিয়ে দিব|জানাইবো|জানাইব)"
        r"|(?:pore |abar )?(?:janabo|janiye debo|janiye dibo|janaibo)",
        "i will let you know",
    ),
    # "ঘুম থেকে উঠতে পারিনি", "sokale uthte pari nai": overslept
    (
        r"(?:ঘুম থেকে )?(?:উঠতে পারিনি|উঠতে পারি নাই|উঠতে পারিনাই|উঠতে (?:অনেক |একটু )?দেরি (?:হয়েছে|হয়ে গেছে))"
        r"|(?:ghum theke )?(?:uthte pari ?ni|uthte pari ?nai|uthte (?:onek |onk |ektu )?deri hoye(?:che|se|gese|geche| gese| geche))",
        "overslept",
    ),
    (
        r"আমার (?:শরীর (?:খারাপ|ভালো না|ভালো ছিল না)|অসুস্থ)(?: ছিল| লাগছিল)?"
        r"|amar (?:shorir|sorir) (?:kharap|valo na|bhalo na|valo chilo na)(?: chilo| chhilo)?",
        "i wasn't feeling well",
    ),
    # "কাল স্বাভাবিকভাবে আসবে", "kal normal ashbe": back tomorrow as usual
    (
        r"(?:আগামীকাল|কালকে|কাল|tomorrow ?) (?:থেকে )?(?:সময়মত|সময়মতো|স্বাভাবিক ?ভাবে|স্বাভাবিক ?ভাবেই|নরমালি|নরমাল|আগের মত|আগের মতো) "
        r"(?:স্কুলে )?(?:আসবে|যাবে)"
        r"|(?:agamikal|kalke|kaal|kal|tomorrow ?) (?:theke )?(?:normal(?: ?(?:vabe|bhabe))?|normally|shomoy ?moto|somoy ?moto"
        r"|shabhabik ?(?:vabe|bhabe)|ager moto) (?:school ?e )?(?:ashbe|asbe|jabe)",
        "back tomorrow as normal",
    ),
    (
        r"(?:সময়মত|সময়মতো|ঠিক সময়ে|সময় মত|সময় মতো|আগের মত|আগের মতো|স্বাভাবিক ?ভাবে|স্বাভাবিক ?ভাবেই|নরমালি|প্রতিদিনের মত|প্রতিদিনের মতো|রোজকার মত|রোজকার মতো) (?:স্কুলে )?"
        r"(?:আসবে|যাবে|আসছে|যাচ্ছে|আসতেছে|যাইতেছে)"
        r"|(?:shomoy ?moto|somoy ?moto|thik shomoye|thik somoye|shabhabik ?(?:vabe|bhabe)|normal(?: ?(?:vabe|bhabe))?|normally) (?:school ?e )?"
        r"(?:ashbe|asbe|jabe|ashche|asche|jacche|jasse)",
        "will be in as normal",
    ),
    (
        r"(?:সরস্বতী|লক্ষ্মী|কালী|দুর্গা|বিশ্বকর্মা) ?(?:পুজো|পূজো|পুজা|পূজা)"
        + _BN
        + r"|(?:saraswati|sarasvati|swaraswati|lokkhi|laxmi|kali|durga) ?(?:puja|pujo)",
        "puja religious",
    ),
    (r"(?:পুজো|পূজো|পুজা)" + _BN + r"|অঞ্জলি" + _BN + r"|pujo", "puja religious"),
    # --- reasons vocabulary (script and Latin letters, Sylheti too) ---
    (
        r"(?:school ?e|skool ?e|iskul ?e|স্কুলে) (?:niye|nie|diye|dia|নিয়ে|দিয়ে) (?:ashbo|asbo|aschi|jabo|jaibo|aimu|আসব|যাব)",
        "will bring her to school",
    ),
    (r"(?:shesh|sesh|শেষ) (?:hole|hoile|হলে|হওয়ার পর|hower por)", "after that"),
    (
        r"(?:এখন|ekhon|ekhn|okhon) (?:ও |o |she )?(?:ভালো|ভাল|ঠিক|valo|bhalo|bala|balo|thik) (?:আছে|ase|ache|achhe|oigese|hoise|hoye gese|hoye geche|হয়ে গেছে)",
        "she is better now",
    ),
    (
        r"(?:আমি |ami )?(?:এখনই |এখন |ekhoni |ekhon )?(?:নিয়ে|নিয়ে|niye|nie|loiya|loia) (?:আসছি|আসতেছি|আসছে|আসতেছে|আসছেন|ashchi|aschi|asci|ashtesi|aitesi|aiteshi|asche|ashche|ashchen)",
        "we are on our way with her now",
    ),
    # "বমি বন্ধ হয়ে গেছে": the vomiting has stopped, she is better
    (
        r"(?:বমি|পাতলা পায়খানা|ডায়রিয়া|bomi) (?:বন্ধ|থেমে|bondho|theme) "
        r"(?:হয়ে গেছে|হয়েছে|গেছে|hoye geche|hoye gese|hoyeche|geche|gese)",
        "she is better now",
    ),
    (
        r"(?:স্কুলে|school ?e|skool ?e|school ?o|skool ?o|iskul ?e) (?:আসছে|আসতেছে|ashtese|ashteche|ashche|asche|aschhe|aitese|aiter)",
        "is coming to school",
    ),
    (
        r"(?:appointment|অ্যাপয়েন্টমেন্ট|এপয়েন্টমেন্ট)(?: ?টা| ?ta)? (?:cancel|ক্যান্সেল|বাতিল) (?:oigese|oise|hoise|hoyeche|hoye gese|hoye geche|হয়ে গেছে|হয়েছে|koreche|করেছে|korse)",
        "appointment has been cancelled",
    ),
    # "January te school khulle fire ashbe", "ছুটির পরে স্কুল খুললে আসবে": back when school reopens after the holidays
    (
        r"(?:(?:january|জানুয়ারি|জানুয়ারী|jan)(?: ?(?:তে|te|e|এ))? )?(?:স্কুল|school|iskul|skul) (?:খুললে|খোলার পর|খোলার পরে|khulle|khular por|khular pore)"
        r"(?: (?:ফিরে |আবার |fire |abar )?(?:" + _COME + r")(?! ?(?:না|na)(?![\u0980-\u09ffa-z])))?",
        "back after the holidays",
    ),
    # "প্ল্যানটা বাতিল হয়ে গেছে": the plan (the trip) is off
    (
        r"(?:plan|প্ল্যান|পরিকল্পনা)(?: ?টা| ?ta)? (?:বাতিল|cancel|ক্যান্সেল) (?:হয়ে গেছে|হয়েছে|হয়ে গিয়েছে|hoye gese|hoye geche|hoise|oise|oigese|hoyeche)",
        "the trip has been cancelled",
    ),
    (
        r"(?:plan|প্ল্যান|পরিকল্পনা)(?: ?টা| ?ta)? (?:বদলেছে|বদলে গেছে|বদলাইছে|change (?:hoise|hoyeche|hoye gese|oise|oigese)|বাতিল|cancel)\S*",
        "plans have changed",
    ),
    (
        r"(?:furo|puro|pura|sara|পুরো|সারা) ?(?:din|দিন) (?:স্কুলে|school ?e|skool ?o|school ?o|skool ?e) (?:থাকবে|thakbo|thakbe|থাকব)",
        "will be in school",
    ),
    (
        r"(?:basay|bashay|basa ?y|bari ?te|ghore|gore|বাসায়|বাড়িতে|ঘরে) (?:roye|royya|rhoye|রয়ে|রেখে|fele|ফেলে) (?:gese|geche|গেছে|aisi|esechi|এসেছি|gelo|গেল)",
        "was left behind",
    ),
    (
        r"(?:office|অফিস|reception)(?: ?e| ?এ|ে)? (?:diye|দিয়ে|dia|diya) (?:jabo|যাব|jaibo|ashbo|আসব|aimu)",
        "hand it in at the office",
    ),
    (
        r"(?:ঘুম|gumo?|ghum|ghumo) (?:থেকে|tike|theke|taki) (?:উঠতে|uthte|utte|uthe) (?:দেরি|deri|late)\S*",
        "overslept",
    ),
    (
        r"(?:দেরি|deri|late) (?:kori|kore|করে|koira|hoye) (?:aibo|aibe|ashbe|asbe|আসবে|পৌঁছাবে|pouchabe)|(?:দেরি|deri|late) (?:হবে|hobe|oibo|oibe)",
        "will be late",
    ),
    (
        r"(?:gor|ghor|ghore|gore|bari|bashay|basay|বাসায়|বাড়িতে|ঘরে)(?: ?[eo])? (?:thakbo|thakbe|thakbi|থাকবে|থাকব)",
        "will stay at home",
    ),
    (
        r"(?:skool|school|iskul|স্কুলে)(?: ?[eo])? (?:jaito|jaitai|jaitoi|aito|aitai|aitoi|aibo|jaibo) (?:nai|na)|(?:jaito|jaitai|jaitoi|aito|aitai|aitoi) (?:nai)|(?:aibo|jaibo|aibe) (?:na)",
        "won't be in",
    ),
    (r"(?:মচকে|মচকা|মচকানো|mochke|mochka)\S*", "sprained"),
    (r"(?:হাত|hat|haat) (?:ভেঙে|ভেঙ্গে|bhenge|venge|bangse|bhangse)\S*", "broke her arm"),
    (r"(?:পা|pa|fa) (?:ভেঙে|ভেঙ্গে|bhenge|venge|bangse|bhangse)\S*", "broke her leg"),
    (r"ভেঙে গেছে|ভেঙেছে|ভেঙ্গে গেছে|bhenge geche|venge gese", "fractured"),
    (r"প্লাস্টার|plaster", "in a cast"),
    (r"(?:কানে|কান|kane|kan) (?:খুব |অনেক |বেশ |khub |onek )?(?:ব্যথা|ব্যাথা|বেদনা|betha|batha|bisa|bish)", "earache"),
    (r"(?:মাথা|matha|mata) (?:ব্যথা|betha|bethha|bisa|bish|dukhe|dukhse)\S*", "headache"),
    (r"(?:পেট|পেটে|pet|fet|pete|fete) (?:ব্যথা|betha|bethha|bisa|bish|kamrai|কামড়া)\S*", "stomach ache"),
    (r"(?:পেট|pet|fet) (?:খারাপ|kharap|kharaf)", "upset stomach"),
    (r"(?:মাথা|matha|mata) (?:ঘুর|ghur|gur)\S*", "dizzy"),
    (r"হাঁপানি\S*|শ্বাসকষ্ট|hapani|haapani|শ্বাস কষ্ট|shash kosto", "asthma"),
    (r"রোদে (?:পুড়ে|পুড়ে|পোড়া|পোড়া|পুড়েছে|পুড়েছে)|সানবার্ন|rode pure|rode pora", "sunburn"),
    (r"(?:কানাডায়|কানাডাতে|কানাডা তে|canada te|canada y)", "in canada"),
    (r"(?:আমেরিকায়|আমেরিকাতে|আমেরিকা তে|america te|amerikay)", "in america"),
    (r"গ্র্যাজুয়েশন|গ্রাজুয়েশন|গ্রেজুয়েশন|সমাবর্তন", "graduation"),
    (
        r"(?:অফিসের কাজে|কাজের জন্য|অফিসের|office er kaje|kajer jonno) (?:বিদেশ |বিদেশে |দেশের বাইরে |bidesh |bideshe )?"
        r"(?:সফর|সফরে|ট্রিপ|ট্রিপে|ট্যুর|ট্যুরে|trip|tour|sofor|sofore)",
        "business trip",
    ),
    (r"র‍্যাশ|র্যাশ|রেশ|ফুসকুড়ি|চুলকা\S*|chulka\S*|fuskuri", "rash"),
    (r"টনসিল\S*|tonsil\S*", "tonsillitis"),
    (r"(?:ফুলে|ফোলা|fule|fula|phule)\S*", "swollen"),
    (r"(?:পাতলা|patla) (?:পায়খানা|paikhana|paykhana)|ডায়রিয়া|ডায়রিয়া|diarrhea|loose motion", "diarrhoea"),
    (r"বমি\S*|bomi|vomi", "vomiting"),
    (r"(?:জ্বর|zor|jor|jwor|zwor) (?:উঠ|uth|ase|আসছে)\S*", "temperature"),
    (r"zor|zwor", "temperature"),
    (r"অসুখ|অসুস্থ|oshukh|osukh|oshustho|osustho|oshuk", "ill"),
    (r"(?:bala|bhalo|valo|balo|ভালো|ভাল) (?:nai|নেই|নাই|na)", "unwell"),
    (r"সর্দি|sordi|ঠান্ডা লেগেছে|thanda lagse|thanda legeche", "a bad cold"),
    (r"কাশি|kashi|kash", "cough"),
    # "দুই সপ্তাহ বাসায় রেস্ট নিতে বলেছে": the doctor told her to rest (advice, not the days she is away)
    (
        r"(?:রেস্ট|বিশ্রাম) (?:নিতে|করতে) (?:বলেছে|বলেছেন|বলছে|বলল)"
        r"|(?:rest|bisram|bishram) (?:nite|korte) (?:boleche|bolse|bolche|bollo)",
        "told her to rest",
    ),
    (r"বিশ্রাম|bisram|bishram", "rest"),
    (r"আঘাত|চোট|ব্যথা পেয়েছে|betha paise|chot", "injury"),
    (r"(?:পড়ে|pore|fore|pre) (?:গেছে|গিয়ে|gese|geche|giye|gia)", "fell"),
    (r"(?:hospital|হাসপাতাল)(?: ?e| ?o|ে| এ)? (?:ভর্তি|bhorti|vorti|borti|admit)", "in hospital"),
    # "ওয়ার্ডে ভর্তি রেখেছে": kept in (a ward of) the hospital
    (
        r"(?:ওয়ার্ডে |ward ?e )?(?:ভর্তি|bhorti|vorti) (?:রেখেছে|করেছে|করিয়েছে|করা হয়েছে|আছে|rekheche|rakhse|koreche|korse|ache)",
        "admitted to hospital",
    ),
    # "হাঁপানির টান খুব বেড়ে গেছিল": the illness had grown worse
    (
        r"(?:খুব |অনেক |বেশি )?বেড়ে (?:গেছে|গেছিল|গেছিলো|গিয়েছিল|গিয়েছে)|(?:khub |onek |beshi )?bere (?:geche|gese|gechilo|gesilo)",
        "got worse",
    ),
    (
        r"নানু|নানী|নানি|দাদী|দাদি|দিদিমা|দিদা|ঠাকুমা|ঠাকুরমা|ঠাম্মা|nanu|nani|dadi|nanir|dadir|didima|dida|thakuma|thamma",
        "her nan",
    ),
    (r"দাদু|নানা|দাদা ভাই|dadu|nana", "her grandad"),
    (r"চাচা|মামা|খালু|ফুপা|কাকা|chacha|mama|khalu|fupa|kaka", "her uncle"),
    (r"চাচী|মামী|খালা|ফুপু|কাকী|chachi|mami|khala|fupu|kaki", "her aunt"),
    (r"(?:আমার |amar )?(?:স্বামী|shami|swami|জামাই|jamai)\S*", "my husband"),
    (r"হার্ট অ্যাটাক|হার্ট এটাক|heart attack|স্ট্রোক|stroke", "heart attack"),
    (
        r"মারা (?:গেছেন|গেছে|গেলেন|গেছে|যান)|mara (?:gesen|gese|geche|gechen|gelen|jan)|ইন্তেকাল\S*|intekal\S*|ইন্তেকাল",
        "died",
    ),
    (r"জানাজা|janaza|janaja|দাফন|dafon|কবর|জানাযা", "funeral"),
    # "নানার বাড়ি যাচ্ছি", "nanur bari jacchi": going to (stay with) the grandparents
    (
        r"(?:নানা|নানি|নানী|নানু|দাদা|দাদি|দাদী|দাদু|দিদা|দিদিমা|ঠাকুমা|ঠাকুরদা|nana|nani|nanu|dada|dadi|dadu|dida|thakuma)"
        r"(?:র|ের|এর|r|er|ar)? ?(?:বাড়ি|বাড়িতে|বাড়ী|বাসা|বাসায়|কাছে|bari|barite|basa|basay|kache)"
        r"(?!(?: \S+){0,2} (?:হাসপাতাল|hospital))(?: \S+){0,2} (?:যাচ্ছি|যাব|যাবো|যাচ্ছে|যাবে|যাচ্ছেন|থাকব|থাকবো|থাকবে"
        r"|jacchi|jachhi|jassi|jabo|jacche|jabe|thakbo|thakbe)",
        "we are going to my grandparents",
    ),
    # Umrah: a trip abroad (to Makkah)
    (r"(?:ওমরাহ|উমরাহ|ওমরা|উমরা|umrah|umra|omrah|omra)(?: (?:করতে|korte|er jonno|এর জন্য))?", "umrah trip abroad"),
    (
        r"(?:ছুটি|chhuti|chuti|ছুটিতে) (?:কাটাতে|kataite|katate|kataite)|বেড়াতে|ঘুরতে|beraite|beraite|berate|ghurte|gurte",
        "holiday",
    ),
    (r"জন্মদিন|jonmodin|jonmo din|birthday", "birthday"),
    (r"শপিং|shopping|কেনাকাটা|kenakata", "shopping"),
    # "আজ স্কুলে ফিরেছে": she is back at school (today)
    (
        r"(?:আবার )?(?:স্কুলে )?(?:ফিরেছে|ফিরে এসেছে|ফিরে গেছে|ফিরছে)|(?:abar )?(?:school ?e )?(?:firse|fireche|fire esheche|fire geche)",
        "is back at school",
    ),
    (
        r"পেটের (?:অসুখ|সমস্যা|পীড়া|গন্ডগোল|বাগ)|পেট (?:খারাপ|নষ্ট)|(?:peter|feter) (?:oshukh|osukh|shomossa|somossa|bug)",
        "stomach bug",
    ),
    # "oi din theke school e ashbe na": won't be in from that day on
    (
        r"(?:oi|sei|shei|ওই|সেই|সেদিন|oidin|seidin) ?(?:din|দিন)? (?:theke|থেকে) (?:(?:school|iskul|skul) ?e |স্কুলে )?"
        r"(?:ashbe|asbe|jabe|আসবে|যাবে) ?(?:na|না)(?![\u0980-\u09ffa-z])",
        "won't be in from that day",
    ),
    # "o bhai ke dekhbe", "ছোট বোনকে দেখে রাখবে": she will look after her (little) brother or sister
    (
        r"(?:(?:choto|chhoto|soto) )?(?:bhai|vai|bon|bhaiya|bhaibon)(?: ?ke| ?re| ?take) (?:dekhbe|dekhe rakhbe|dekhashona korbe|shamlabe|samlabe)"
        r"|(?:ছোট )?(?:ভাই|বোন|ভাইবোন)(?:কে|টাকে|দের) (?:দেখবে|দেখে রাখবে|দেখাশোনা করবে|সামলাবে)",
        "has to stay at home to look after her little brother",
    ),
    # "bus ashe nai", "বাস আসেনি": no bus has come (this morning)
    (
        r"(?:the )?(?:bus|taxi|van|বাস|ট্যাক্সি) (?:ekhono |akhono |এখনো |এখনও )?"
        r"(?:ashe ?nai|ase ?nai|ashe ?ni|ase ?ni|আসে নাই|আসেনাই|আসেনি|আসে নি)",
        "no bus came",
    ),
    (r"(?:school ?e |iskul ?e )?(?:jay ?nai|jai ?nai|ashe ?nai|ase ?nai|jay ?nay)", "wasn't in"),
    (r"(?:স্কুলে )?(?:যায় নাই|যায়নাই|আসে নাই|আসেনাই)", "wasn't in"),
    (
        r"(?:thik|valo|bhalo|bhalo) (?:ase|ache|achhe|aache|hoye geche|hoye gese|hoise)"
        r"|(?:ঠিক|ভালো|ভাল) (?:আছে|হয়ে গেছে)",
        "is fine now",
    ),
    (r"(?:school ?e|iskul ?e) (?:gese|geche|giyeche|gelo)|স্কুলে (?:গেছে|গিয়েছে|গেল)", "is in school today"),
    (
        r"(?:already|age[iy]?|আগেই|ইতিমধ্যে) (?:school ?e|iskul ?e|স্কুলে)(?= *(?:[,.!;]|$))",
        "is in school already",
    ),
    (
        r"(?:জানাতে|জানাইতে|janate) (?:দেরি|deri) (?:হয়ে গেল|হয়ে গেছে|হলো|হল|hoye gelo|hoye geche|hoye gese|holo)"
        r"|(?:জানাতে|জানাইতে|janate) (?:দেরি|deri) (?:হওয়ার|হওয়ার|হবার|howar|hobar) (?:জন্য|jonno)"
        r"|(?:জানাতে|janate) (?:ভুলে গেছি|ভুলে গিয়েছিলাম|bhule gechi|vule gechi)",
        "sorry for the late notice",
    ),
    (
        r"(?:holiday|ছুটির|chhutir|chutir) (?:এর |er )?(?:শুভেচ্ছা|shubhechha|shubheccha|subhechha)",
        "season's greetings",
    ),
    (
        r"(?:সেদিন|সেই দিন|ওইদিন|ওই দিন|ঐদিন|ঐ দিন|shedin|sedin|shei din|sei din|oidin|oi din) (?:থেকে|theke|thike)",
        "from that day",
    ),
    (r"সেদিন|সেই দিন|ওইদিন|ওই দিন|ঐদিন|ঐ দিন|shedin|sedin|shei din|sei din|oidin|oi din", "that day"),
    (
        r"(?:আত্মীয়|মেহমান|অতিথি|আত্নীয়)\S* (?:বাসায় |বাড়িতে )?(?:আসবে|আসবেন|আসছে|আসছেন)"
        r"|(?:attiyo|attio|atmiyo|mehman|guest)\w* (?:ashbe|asbe|ashben|asben|ashche|asche)",
        "relatives are visiting",
    ),
    (
        r"আজ" + _BN + r" (?:ও |ওরা |তারা )?সবাই (?:আবার )?(?:স্কুলে )?(?:আসছে|আসবে|যাচ্ছে|যাবে)"
        r"|(?:ajke|aj|aajke) (?:ora )?(?:shobai|sobai) (?:abar )?(?:school ?e )?(?:ashche|asche|ashbe|asbe|jacche|jabe)",
        "all will be in school today",
    ),
    (
        r"আজ" + _BN + r" (?:ও |ওরা |তারা )?(?:আবার )?(?:স্কুলে )?(?:আসছে|আসবে|যাচ্ছে|যাবে)(?! ?না)"
        r"|(?:ajke|aj|aajke) (?:o |ora )?(?:abar )?(?:school ?e )?(?:ashche|asche|ashbe|asbe|jacche|jabe)(?! ?na)",
        "will be in school today",
    ),
    (
        r"দেরি(?:তে| করে) (?:জানানোর|জানাচ্ছি|জানালাম|জানানো)\S*(?: জন্য)?(?: দুঃখিত)?"
        r"|deri(?:te| kore) (?:janano|janacchi|janalam)\w*(?: jonno)?(?: dukkhito| sorry)?",
        "sorry for the late notice",
    ),
    (r"(?<!কাল )(?<!গত )রাত" + _BN + " থেকে|(?<!kal )raa?t theke", "since last night"),
    (r"দুঃখিত|sorry|dukkhito", "sorry"),
    (r"ভুলে (?:গেছি|গিয়েছি|গেছিলাম|গিয়েছিলাম)|bhule (?:gechi|gesi|giyechi)|vule (?:gechi|gesi)", "forgot"),
    # one child of several, named by age: which one the school must ask
    (r"ছোটটা" + _BN + "|ছোটোটা" + _BN + "|ছোট জন" + _BN + "|chhotota\\w*|chotota\\w*", "the little one"),
    (r"বড়টা" + _BN + "|বড়োটা" + _BN + "|বড় জন" + _BN + "|borota\\w*", "the big one"),
    (
        r"বাকি (?:দুজন|দু'জন|দুইজন|তিনজন|সবাই)|বাকিরা|অন্য দুজন|baki (?:dujon|duijon|tinjon|shobai|sobai)|bakira",
        "the other two",
    ),
    (
        r"(?:স্কুলে )?(?:পাঠাচ্ছি না|পাঠাবো না|পাঠাব না|পাঠাচ্ছিনা|পাঠাবোনা|পাঠাবনা|পাঠাচ্ছি না)"
        r"|(?:school ?e )?(?:pathacchi ?na|pathachchi ?na|pathabo ?na|pathacchina)",
        "won't be in",
    ),
    (r"আগের (?:মেসেজ|বার্তা)\S* (?:বাদ দিন|উপেক্ষা করুন)", "ignore my last message"),
    (
        r"ager (?:message|msg|sms)(?: ?ta| ?ti)? (?:ignore|bad) (?:korben|koren|koro|korun|diben|den|diyen)",
        "ignore my last message",
    ),
    (
        r"(?:appointment|অ্যাপয়েন্টমেন্ট|এপয়েন্টমেন্ট)\S*(?: টা| টি| ta)? (?:বাতিল|cancel) "
        r"(?:হয়েছে|হয়ে গেছে|করে দিয়েছে|করে দিছে|করেছে|কইরা দিছে|kore diyeche|kore dise|kore dice|hoye geche)",
        "appointment has been cancelled",
    ),
    (
        r"(?:(?:পুরো|সারা) ?দিন(?:ই)? )?স্কুলে(?:ই)? থাকবে|(?:(?:puro|shara|sara) ?din(?:i)? )?school ?e(?:i)? thakbe",
        "will be in school all day",
    ),
    (
        r"আজ" + _BN + r" (?:স্কুলে )?(?:যায়নি|আসেনি|যায় নি|আসে নি|যায়নাই|যায় নাই|আসেনাই|আসে নাই)"
        r"|(?:ajke|aj|aajke) (?:school ?e )?(?:jay ?ni|jai ?ni|jay ?nai|jai ?nai|ashe ?ni|ase ?ni|ashe ?nai)",
        "isn't in today",
    ),
    (r"(?:অ্যাপয়েন্টমেন্ট|এপয়েন্টমেন্ট)\S* বাতিল হয়েছে", "appointment has been cancelled"),
    (
        r"(?:appointment|অ্যাপয়েন্টমেন্ট|এপয়েন্টমেন্ট)\S* (?:বাতিল হয়ে গেছে|cancel hoise|cancel hoyeche)",
        "appointment has been cancelled",
    ),
    (
        r"(?:appointment|অ্যাপয়েন্টমেন্ট|এপয়েন্টমেন্ট)\S*(?: টা| টি| ta)?(?: \S+)? (?:সরিয়ে|পিছিয়ে|বদলে|shoriye|soriye|pichiye) "
        r"(?:দিয়েছে|দিছে|দেওয়া হয়েছে|দিয়েছেন|diyeche|dise|dice)",
        "appointment has been moved",
    ),
    (r"(?:সরিয়ে|পিছিয়ে) (?:দিয়েছে|দিছে|দেওয়া হয়েছে|দিয়েছেন)", "moved"),
    # "জানিয়েছিলাম যে", "বলেছিলাম": I told you (earlier) that
    (
        r"(?:আপনাদের |আপনাকে )?(?:জানিয়েছিলাম|জানিয়েছিলাম|জানাইছিলাম|বলেছিলাম|বলছিলাম|লিখেছিলাম)(?: যে)?"
        r"|(?:janiyechilam|janiyechhilam|bolechilam|bolechhilam|bolsilam)(?: je)?",
        "i said that",
    ),
    # "(জ্বর নাই,) তাই আজ আসবে": so she is coming in today after all
    (
        r"(?:তাই|tai) (?:আজ|আজকে|aj|ajke|aaj|aajke) (?:স্কুলে |স্কুল এ |school ?e )?(?:আসবে|যাবে|ashbe|asbe|jabe)"
        r"(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "so will be in school today after all",
    ),
    # "তাই ঠিক সময়ে পাঠিয়ে দিচ্ছি": so I'm sending her in (on time) after all
    (
        r"পাঠিয়ে দিচ্ছি|পাঠাচ্ছি|পাঠিয়ে দিলাম|pathiye (?:dicchi|dichhi|dilam)|path(?:acchi|achhi)",
        "i'm sending her in after all",
    ),
    # "জ্বর একদম নেই": no temperature now at all
    (
        r"(?:জ্বর|jor|jwor|jbor) (?:একদম |আর |ekdom |ar )?(?:নেই|নাই|nei|nai|chole geche|chole gese|চলে গেছে|কমে গেছে|kome geche)",
        "the temperature has gone",
    ),
    # "ছোট বাবুর", "choto babur": the baby's (a younger sibling, not the pupil)
    (r"(?:ছোট|choto|chhoto|chotto) (?:বাবুর|babur|babu ?r)", "the baby's"),
    (r"(?:ছোট|choto|chhoto|chotto) (?:বাবু|babu)", "the baby"),
    (r"(?<= )(?:তাই|সেজন্য|সেজন্যে|এজন্য)(?= )", "so"),
    (r"বাতিল কর\S*", "cancel that"),
    (r"ভুল (?:হয়েছে|হয়ে গেছে|করে)", "ignore my last message"),
    (r"কবে (?:ফিরবে|আসবে) জানি না|জানি না কবে|kobe (?:ashbe|asbe|firbe) jani na", "not sure when"),
    (r"সুস্থ হওয়া পর্যন্ত|সুস্থ না হওয়া পর্যন্ত|shustho howa porjonto", "until she's better"),
    (r"সপ্তাহের শেষ পর্যন্ত|এই সপ্তাহ শেষ হওয়া পর্যন্ত|shoptaher shesh porjonto", "until the end of the week"),
    (r"দেরি(?: করে| কইরা)? (?:আসবে|আসবো|পৌঁছাবে|পৌঁছাবো|আসব)|deri kore (?:ashbe|asbe|ashbo)", "will be late"),
    # "১০টার মধ্যে স্কুলে পৌঁছে যাবে": will get to school (by then), not coming in as usual
    (
        r"(?:স্কুলে |স্কুল এ |school ?e )?(?:পৌঁছে যাবে|পৌঁছে যাবেন|পৌঁছাবে|পৌঁছে যাবো|পৌঁছে যাব|পৌঁছাব|পৌঁছাবো"
        r"|pouche jabe|pouchhe jabe|pouchabe|pouchhabe|pouche jabo|pouchabo)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "will arrive at school",
    ),
    (
        r"গাড়ি" + _BN + r" (?:নষ্ট|খারাপ) হয়ে (?:গেছে|গিয়েছে)|গাড়ি" + _BN + r" স্টার্ট (?:নিচ্ছে|হচ্ছে) না",
        "the car broke down",
    ),
    (r"আগে নিয়ে যেতে পারি|আগে নিয়ে যেতে পারব", "can i collect early"),
    (r"এখনো|এখনও|ekhono", "still"),
    (r"কাল রাত" + _BN + " থেকে|gotokal rat theke|kal rat theke", "since last night"),
    (r"গত ?রাত" + _BN + "|গতকাল রাত" + _BN + "|gotokal rate|gotokal rat|goto rate", "last night"),
    # "আয়ান পুরো সপ্তাহ এসেছিল": a sibling came in all week (not a week off)
    (
        r"(?:পুরো|সারা) ?সপ্তাহ(?:ই|টা|টাই)? (?:স্কুলে |স্কুল এ )?(?:এসেছে|এসেছিল|এসেছিলো|গিয়েছে|গিয়েছিল|গিয়েছিলো|গেছে|গেছিল)"
        r"|(?:puro|pura|shara|sara) (?:shoptah|saptah|soptah)(?:i|ta)? (?:school ?e )?(?:esheche|eshechilo|esechilo|geche|gese|gechilo|gesilo)",
        "was in every day",
    ),
    # "দুপুর ১২টার মধ্যে": by 12 noon (midday, still the morning session)
    (r"দুপুর" + _BN + r"(?= +(?:by )?1[12](?!\d))|dupur" + _E + r"(?= +(?:by )?1[12](?!\d))", ""),
    (r"(?:স্কুলে |স্কুল এ )?চলে আসবে|(?:school ?e )?chole ashbe", "will come to school"),
    (r"(?:স্কুলে )?(?:আসেনি|যায়নি|আসে নি|যায় নি|আসতে পারেনি|যেতে পারেনি)", "wasn't in"),
    # "রাইসা গতকাল গিয়েছিল।": a sibling went in (that day), said at the end of the clause
    (
        r"(?<!হাসপাতালে )(?<!বাসায় )(?<!বাড়িতে )(?<!দেশে )(?<!কাছে )(?<!ডাক্তারের )(?<!hospital e )(?<!basay )(?<!bari )"
        # not "বেড়ে গেছিল", "হয়ে গেছিল", "চলে গেছিল": a compound verb (had grown, had become, had left)
        r"(?<!বেড়ে )(?<!হয়ে )(?<!চলে )(?<!bere )(?<!hoye )(?<!chole )"
        r"(?:(?:স্কুলে |স্কুল এ |school ?e )?(?:গিয়েছিল|গিয়েছিলো|গেছিল|গেছিলো|এসেছিল|এসেছিলো"
        r"|giyechilo|giyechhilo|gechilo|gesilo|eshechilo|esechilo)"
        r"|(?:স্কুলে |স্কুল এ |school ?e )(?:গিয়েছে|গেছে|gese|geche))(?= *[।.!,\n]| *$)",
        "was in school",
    ),
    # "আজকে স্কুলে এসেছে": has come in (back, today)
    (r"(?:স্কুলে |স্কুল এ |school ?e )(?:এসেছে|esheche|eseche|ashche)(?= *[।.!,\n]| *$)", "came to school"),
    (r"(?:school ?e )?(?:ashe ?ni|ase ?ni|jay ?ni|jai ?ni)", "wasn't in"),
    (r"(?:" + _COME + ") ?(?:না|na)", "won't be in"),
    (
        r"(?:থেকে|theke) (?:আবার |abar )?(?:স্কুলে |school ?e )?(?:যাচ্ছে|আসছে|jacche|jachhe|ashche|asche)"
        r"(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back",
    ),
    (
        r"(?<!কাছে )(?<!হাসপাতালে )(?<!বাড়ি )(?<!বাসায় )(?<!দেশে )(?<!kache )(?<!bari )(?<!basay )"
        r"(?:আবার |abar )?(?:স্কুলে |school ?e )?(?:যাচ্ছে|jacche|jachhe)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "is going to school",
    ),
    # "দুপুরে স্কুল থেকে নিয়ে গেলাম", "school theke niye gelam": I took her out of school (today)
    (
        r"(?:(?:দুপুরে|বিকেলে|dupure|bikele) )?(?:স্কুল|school|iskul) (?:থেকে|theke) (?:নিয়ে|নিয়ে|niye|nie) "
        r"(?:গেলাম|এসেছি|আসলাম|এলাম|চলে এসেছি|নিয়ে এসেছি|gelam|eshechi|esechi|ashlam|elam)",
        "i collected her from school this afternoon",
    ),
    # "শাশুড়ি মা", "শ্বশুর মশাই": mother-in-law, father-in-law
    (r"(?:আমার |amar )?(?:শাশুড়ি|শাশুড়ী|shashuri|sasuri)(?: মা| ma| amma| আম্মা)?", "my mother in law"),
    (r"(?:আমার |amar )?(?:শ্বশুর|shoshur|sosur)(?: মশাই| বাবা| moshai| baba| abba| আব্বা)?", "my father in law"),
    # "শ্রাদ্ধ": the rites after a death
    (r"শ্রাদ্ধ" + _BN + "|শ্রাদ্ধের কাজ|shraddho|sraddho|shradh", "funeral"),
    # "শুক্রবার থেকে (আবার / যথারীতি) আসবে": back (as usual) from Friday
    (
        r"(?:থেকে|theke) (?:(?:আবার|abar|যথারীতি|যথারীতিই|আগের মতো|আগের মত|স্বাভাবিকভাবে|নিয়মিত|নরমালি|নরমাল|jotharithi|ager moto|ager mto|normally|normal"
        r"|niyomito|shabhabik ?(?:bhabe|vabe)|sabhabik ?(?:bhabe|vabe)) ){0,2}"
        r"(?:" + _COME + r")(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back",
    ),
    # "অ্যাপয়েন্টমেন্টের পর স্কুলে দিয়ে যাবো", "test er por": after the appointment, then (in)
    (
        r"(?:অ্যাপয়েন্টমেন্ট|এপয়েন্টমেন্ট|অ্যাপয়েন্টমেন্ট|appointment|appt|টেস্ট|test|চেকআপ|checkup|check up)"
        r"(?:ের|এর|ে| এর| er|er)? (?:শেষ হওয়ার |শেষ হলে |shesh hole |shesh howar )?(?:পরে|পর|por|pore)(?![\u0980-\u09ffa-z])",
        "appointment, then",
    ),
    # "half term এর পরে ফিরবে": back after half term
    (
        r"(?:half ?term|হাফ ?টার্ম)(?: ছুটি\S*| chuti\S*)?(?: ?এর| ?er)? (?:পরে|পর|por|pore) (?:(?:স্কুলে|school ?e) )?(?:আবার |abar )?"
        r"(?:ফিরবে|ফিরে আসবে|আসবে|যাবে|পাঠাবো|পাঠাব|firbe|fire ashbe|ashbe|asbe|jabe|pathabo)(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "back after half term",
    ),
    (
        r"(?:স্কুল|school|iskul)(?: ছুটির| chutir| chhutir|ের|er| er)? (?:পরে|পর|শেষে|por|pore|sheshe)(?![\u0980-\u09ffa-z])",
        "after school",
    ),
    (r"(?:এর |er )?(?:পরে|পর|por|pore)(?![\u0980-\u09ff])", "after"),
    # "Rafi ke normal 3:15 e pick korbo": a sibling collected at the usual time (not taken out)
    (
        r"(?:normal|normally|regular|shomoymoto|somoymoto|roj er moto|নরমাল|নরমালি|স্বাভাবিক ?ভাবে|সময়মতো|সময়মত|রোজের মতো|রোজের মত)"
        r"(?: \d{1,2}(?:[:.]\d\d)?(?: ?(?:e|এ|টায়|টায়|tay|ta))?)? (?:pick|collect|পিক|নিতে|niye|নিয়ে|নিয়ে)(?: up)?"
        r" (?:korbo|korbe|kore nibo|nibo|jabo|করব|করবো|করে নেব|নেব|নিব|যাব|যাবো|আসব|আসবো|ashbo)",
        "will be collected as normal",
    ),
    # "সোমবার স্কুলে পাঠাবো": I'll send her to school (then), she is back
    (
        r"(?:স্কুলে|স্কুল এ|school ?e|skool ?e|iskul ?e) (?:পাঠাবো|পাঠাব|পাঠিয়ে দেব|পাঠিয়ে দিব|পাঠিয়ে দেবো|pathabo|pathiye dibo)"
        r"(?! ?(?:না|na)(?![\u0980-\u09ffa-z]))",
        "will be in school",
    ),
    # "অঞ্জলি দিতে যাবে", "বেড়াতে যাবে": will go to do something (an infinitive in -তে), not come to school
    (r"(?<=[\u0980-\u09ff]তে )(?:যাবে|যাব|যাবো)(?![\u0980-\u09ff])", "will go"),
    (_COME, "will be in"),
    (r"আসছে|ashche|asche", "coming"),
    (r"ছুটিতে (?:থাকবে|আছে)|ছুটি নিচ্ছে", "off"),
    (r"অনুপস্থিত", "absent"),
    (r"বাসায় থাকবে|বাড়িতে থাকবে|basay thakbe|bashay thakbe|barite thakbe", "staying at home"),
    (r"বাসায় রাখ" + _BN + "|বাড়িতে রাখ" + _BN + "|(?:basay|bashay|barite) rakh\\w*", "keep at home"),
    (r"বাসায়|বাড়িতে|basay|bashay|barite", "at home"),
    (r"দেরি" + _BN + "|লেট|deri", "late"),
    (r"(?:জ্বর|jor|jwor) (?:কমে গেছে|কমেছে|kome geche|kome gese|komse)", "temperature has gone down"),
    (r"(?:ভালো|ভাল|সুস্থ) হয়ে গেছে|(?:valo|bhalo|shustho) hoye (?:geche|gese)", "is better"),
    (r"আজ সকালে|ajke shokale|aj shokale", "this morning"),
    (r"আজ" + _BN + r"|ajke|aajke|ajk|aj|aaj", "today"),
    (r"আগামীকাল" + _BN + "|agamikal|agamikal", "tomorrow"),
    (r"গতকাল" + _BN + "|gotokal|gotkal|gatokal", "yesterday"),
    (r"পরশু|porshu|porsu", "day after tomorrow"),
    (r"গত|goto|gato", "last"),
    # "জ্বরের জন্য", because of a temperature: the reason word alone says it
    (r"(?:এর |er )?জন্য|(?:er )?jonno", ""),
    (
        r"(?:আগামী|পরের|সামনের) সপ্তাহ" + _BN + "|(?:agami|porer|shamner|samner) (?:shoptah|saptah|soptah)" + _E,
        "next week",
    ),
    (r"এই সপ্তাহ" + _BN + "|ei (?:shoptah|saptah|soptah)" + _E, "this week"),
    (
        r"(?:পুরো|সারা) (?:আগামী|পরের|সামনের) সপ্তাহ"
        + _BN
        + "|(?:puro|shara|sara) (?:agami|porer|shamner|samner) (?:shoptah|saptah|soptah)"
        + _E,
        "all next week",
    ),
    (r"(?:পুরো|সারা) সপ্তাহ" + _BN + "|(?:puro|shara|sara) (?:shoptah|saptah|soptah)o?", "all week"),
    (r"সারাদিন|সারা দিন|sh?ara ?din", "all day"),
    # "appointment ta 4:30 e shift kore dise": the appointment has been moved
    (
        r"(?:shift|change|সরিয়ে|শিফট|চেঞ্জ) (?:kore |করে )?(?:dise|disey|diyeche|dieche|dilo|diyese|দিয়েছে|দিয়েছে|দিসে|দিল)"
        r"|(?:shift|change) (?:hoye|hoyeche|hoise)|(?:শিফট|চেঞ্জ) (?:হয়েছে|হয়েছে)",
        "has been moved",
    ),
    (
        r"(?:phone|call|ফোন|কল) (?:korse|korche|koreche|korechilo|dise|disilo|করেছে|করেছিল|করেছিলো|দিয়েছিল)",
        "called",
    ),
    # "আগামী সোমবার স্কুলে পাঠাবো": back next Monday
    (
        r"(?:আগামী|পরের|সামনের)(?= (?:সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বার\S* (?:থেকে )?(?:ইনশাআল্লাহ |ইনশাল্লাহ |ইন শা আল্লাহ )?(?:আবার )?স্কুলে "
        r"(?:পাঠাবো|পাঠাব|পাঠিয়ে দেব|পাঠিয়ে দিব|আসবে|যাবে|ফিরবে)(?! ?না))",
        "back next",
    ),
    (r"আগামী|পরের|সামনের|agami|porer|shamner|samner", "next"),
    (r"সোমবার" + _BN + "|(?:shombar|sombar|shomobar)" + _E, "monday"),
    (r"মঙ্গলবার" + _BN + "|(?:mongolbar|mongalbar|mongolvar)" + _E, "tuesday"),
    (r"বুধবার" + _BN + "|(?:budhbar|budbar|budhvar)" + _E, "wednesday"),
    (
        r"বৃহস্পতিবার"
        + _BN
        + "|বিষ্যুদবার"
        + _BN
        + "|(?:brihospotibar|brihospatibar|brihoshpotibar|brihoshpatibar|brihaspatibar|brihashpatibar|bishudbar|bisudbar|bishyudbar)"
        + _E,
        "thursday",
    ),
    (r"শুক্রবার" + _BN + "|(?:shukrobar|sukrobar|shukkurbar)" + _E, "friday"),
    (r"শনিবার" + _BN + "|(?:shonibar|sonibar)" + _E, "saturday"),
    (r"রবিবার" + _BN + "|(?:robibar|robbar)" + _E, "sunday"),
    # Banglish: "8 February Monday theke" is 8 February
    *((rf"(?<=\d ){month} (?:{_LATIN_WEEKDAYS})(?![a-z])", month) for month in MONTHS),
    (r"(?:" + r"জানুয়ারি" + _BN + "|জানুয়ারী" + _BN + ")" + _WD, "january"),
    (r"(?:" + r"ফেব্রুয়ারি" + _BN + "|ফেব্রুয়ারী" + _BN + ")" + _WD, "february"),
    (r"(?:" + r"মার্চ" + _BN + ")" + _WD, "march"),
    (r"(?:" + r"এপ্রিল" + _BN + ")" + _WD, "april"),
    (r"(?:" + r"মে মাস" + _BN + ")" + _WD, "may"),
    (r"(?:" + r"জুন" + _BN + ")" + _WD, "june"),
    (r"(?:" + r"জুলাই" + _BN + ")" + _WD, "july"),
    (r"(?:" + r"আগস্ট" + _BN + ")" + _WD, "august"),
    (r"(?:" + r"সেপ্টেম্বর" + _BN + ")" + _WD, "september"),
    (r"(?:" + r"অক্টোবর" + _BN + ")" + _WD, "october"),
    (r"(?:" + r"নভেম্বর" + _BN + ")" + _WD, "november"),
    (r"(?:" + r"ডিসেম্বর" + _BN + ")" + _WD, "december"),
    (r"তারিখ" + _BN + "|tarikh|tarik", ""),
    (r"সময়মতো|সময়মত|সময় মতো|সময় মত|ঠিক সময়ে|somoymoto|shomoymoto|somoy moto", "on time"),
    # "২-৩ দিন", "2-3 din": a few days, no last day known
    (r"(?<![\d:./])[1-4] ?- ?[2-5] (?:দিন|din)", "a few days"),
    (r"(?:এক|1) দিন|(?:ek|1) din", "1 days"),
    (r"(?:দুই|দু|2) দিন|(?:dui|du|2) din", "2 days"),
    (r"(?:তিন|3) দিন|(?:tin|3) din", "3 days"),
    (r"(?:চার|4) দিন|(?:char|4) din", "4 days"),
    (r"(?:পাঁচ|5) দিন|(?:pach|panch|5) din", "5 days"),
    (r"(?:এক|1) সপ্তাহ" + _BN + "|(?:ek|1) (?:shoptah|saptah|soptah)o?", "1 week"),
    (r"(?:দুই|দু|2) সপ্তাহ" + _BN + "|(?:dui|du|2) (?:shoptah|saptah|soptah)o?", "2 weeks"),
    (r"জলবসন্ত|চিকেন ?পক্স|jolbosonto|jol boshonto", "chicken pox"),
    # "তারপর আর স্কুলে ফিরবে না": won't come back to school (that day) after it
    (
        r"(?:আর )?(?:স্কুলে |স্কুল এ )?(?:ফিরবে|ফিরে আসবে|ফিরবেন) ?না(?![\u0980-\u09ff])"
        r"|(?:ar )?(?:school ?e )?(?:firbe|fire ashbe|fire asbe) ?na(?![a-z])",
        "he won't be back at school",
    ),
    (r"ফিরবে|ফিরে আসবে|ফিরবেন|firbe|fire ashbe", "back"),
    (r"(?<=\d )(?:থেকে|theke)(?= \d)", "to"),
    (r"থেকে|theke", "from"),
    (r"(?:half term|হাফ টার্ম)(?: ছুটি)? (?:পর্যন্ত|porjonto|porjanto|projonto)", "until half term"),
    (r"(?:ক্রিসমাস|christmas|বড়দিনের)(?: ছুটি| chuti)? (?:পর্যন্ত|porjonto|porjanto|projonto)", "until christmas"),
    (r"পর্যন্ত|porjonto|porjanto|projonto", "until"),
    (r"সকাল" + _BN + "|shokal|sokal|shokale|sokale", "morning"),
    (r"দুপুর" + _BN + "|বিকেল" + _BN + "|বিকাল" + _BN + "|dupur" + _E + "|bik[ae]l" + _E, "afternoon"),
    (r"রাত" + _BN, "night"),
    # Everyday words of illness, injury, appointments and the other reasons, in the script and in Banglish.
    (r"(?:লাল লাল |লাল )?(?:দানা|ফুসকুড়ি|র‍্যাশ|র্যাশ|র‍্যাস)" + _BN + r"|(?:lal lal |lal )?(?:dana|fuskuri|rash)", "rash"),
    (r"চুলকানি" + _BN + r"|chulkani", "itchy rash"),
    (
        r"দাঁতে? ?ব্যথা"
        + _BN
        + r"|দাঁতের ব্যথা"
        + _BN
        + r"|(?:dat|daat|dant|dater|daater)(?: ?e)? ?(?:byatha|batha|betha|bytha)",
        "toothache",
    ),
    (
        r"কানে? ?ব্যথা"
        + _BN
        + r"|কানের ব্যথা"
        + _BN
        + r"|(?:kan|kaan|kaner)(?: ?e)? ?(?:byatha|batha|betha|bytha)",
        "earache",
    ),
    (
        r"(?:পিরিয়ড|মাসিক)" + _BN + r"(?: ব্যথা" + _BN + r")?|(?:piriod|masik)\w*(?: (?:byatha|batha|betha))?",
        "period pain",
    ),
    (
        r"(?:ভালো|ভাল) (?:বোধ|ফিল|লাগছে) (?:করছে না|করছেনা|করছে না|না)|(?:ভালো|ভাল) লাগছে ?না"
        r"|(?:valo|bhalo) (?:feel korche ?na|lagche ?na|lagtese ?na)",
        "not feeling well",
    ),
    (r"(?:গা|শরীর) গরম(?: গরম)?|(?:ga|gaa|shorir) gorom(?: gorom)?", "temperature"),
    (r"জ্বর জ্বর|(?:jor|jwor) (?:jor|jwor)", "temperature"),
    (
        r"(?:অ্যাজমা|এজমা|হাঁপানি|হাপানি)" + _BN + r" (?:টান|অ্যাটাক|এটাক)" + _BN + r"|(?:হাঁপানি|হাপানি)র? টান|টান উঠেছে"
        r"|(?:asthma|azma|ajma|hapani)(?:r|er)? (?:tan|attack)",
        "asthma attack",
    ),
    (r"(?:অ্যাজমা|এজমা|হাঁপানি|হাপানি)" + _BN, "asthma"),
    (r"শ্বাসকষ্ট" + _BN + r"|শ্বাস নিতে কষ্ট|shashkoshto|sashkosto", "wheezing"),
    (r"মাইগ্রেন" + _BN, "migraine"),
    (r"স্কারলেট ফিভার" + _BN, "scarlet fever"),
    (r"হ্যান্ড,? ফুট,? (?:অ্যান্ড |এন্ড |ও )?মাউথ", "hand foot and mouth"),
    (r"ইমপেটিগো|ইম্পেটিগো", "impetigo"),
    (r"(?:কোভিড|কভিড|করোনা)" + _BN + r"|korona", "covid"),
    (r"ব্রংকাইটিস|ব্রঙ্কাইটিস|ব্রংকাইটিজ", "bronchitis"),
    (r"নিউমোনিয়া" + _BN + r"|niumonia", "pneumonia"),
    (r"হাম(?= (?:হয়েছে|উঠেছে|হইছে))", "measles"),
    (r"(?:টনসিল|টনসিলাইটিস)" + _BN, "tonsillitis"),
    (
        r"(?:কানে|কানের) (?:ইনফেকশন|সংক্রমণ)" + _BN + r"|(?:kan|kaan|kane|kaner)(?: ?e)? infection",
        "ear infection",
    ),
    (r"(?:চোখে|চোখের) (?:ইনফেকশন|সংক্রমণ)" + _BN + r"|কনজাংটিভাইটিস", "conjunctivitis"),
    (r"(?:বুকে|বুকের) (?:ইনফেকশন|সংক্রমণ|কফ)" + _BN, "chest infection"),
    (r"ফুড ?পয়জনিং|খাদ্যে বিষক্রিয়া|food poisoning", "food poisoning, a stomach bug"),
    (r"পেটের (?:অসুখ|ভাইরাস|সমস্যা)|pet er (?:oshukh|osukh|virus)|stomach bug", "stomach bug"),
    (r"ভাইরাস" + _BN, "virus"),
    (r"অ্যালার্জি|এলার্জি|এলার্জী|allergy|elarji", "allergy"),
    (r"মাথা ঘুরছে|মাথা ঘোরা" + _BN + r"|matha ghurche|matha ghurse|matha ghura", "dizzy"),
    (r"(?:ফুলে|fule) (?:গেছে|গিয়েছে|geche|gese)", "swollen"),
    (r"সেলাই" + _BN + r"|shelai|selai", "stitches"),
    (r"প্লাস্টার" + _BN + r"|plaster", "in a cast"),
    (r"কনকাশন|concussion", "concussion"),
    (
        r"(?:সাইকেল|বাইক|স্কুটার|cycle|saikel|bike|scooter) (?:থেকে|theke) (?:পড়ে|pore|pode|porey) (?:গেছে|গিয়ে|গিয়েছে|geche|gese|giye)",
        "fell off her bike",
    ),
    (r"(?:পায়ে|হাতে|pa ?e|paye|haat ?e|hate) (?:ব্যথা|চোট|byatha|batha|betha|chot)" + _BN, "hurt"),
    (r"(?:মচকে|মচকিয়ে|mochke|mochkiye) (?:গেছে|গিয়েছে|geche|gese)", "sprained"),
    (r"ব্যথা" + _BN + r"|বেদনা|byatha|batha|betha|bytha", "in pain"),
    (r"(?:দুশ্চিন্তা|উদ্বেগ|অ্যাংজাইটি|এংজাইটি|অ্যাংজাইটি)" + _BN + r"|anxiety|anxious", "anxiety"),
    (r"(?:প্যানিক|panic) (?:অ্যাটাক|এটাক|attack)" + _BN, "panic attack"),
    (r"(?:ডিপ্রেশন|ডিপ্রেসন|বিষণ্ণতা)" + _BN + r"|depression", "depression"),
    (r"মন (?:খুব |অনেক )?খারাপ|মানসিক ?ভাবে (?:ভালো|ভাল) (?:নেই|না)|mon (?:khub )?kharap", "low mood"),
    # appointments
    # "ডাক্তারের কাছে যাবে": going to see someone, not coming to school
    (
        r"(?:এর |er )?(?:কাছে|kache) (?:যাবে|যাব|যাবো|যেতে হবে|jabe|jabo|jete hobe)(?![\u0980-\u09ffa-z])",
        "going to see them",
    ),
    (r"(?:অর্থোডন্টিস্ট|অর্থোডেন্টিস্ট)" + _BN + r"|orthodontist", "orthodontist"),
    (r"(?:দাঁতের )?ব্রেস" + _BN + r"|braces?", "braces check"),
    (
        r"(?:চোখ|চোখের) (?:পরীক্ষা|টেস্ট|চেক)" + _BN + r"|(?:chokh|chokher) (?:porikkha|test)|eye test",
        "eye test",
    ),
    (r"(?:অপটিশিয়ান|অপটিসিয়ান|চশমার দোকান)" + _BN, "optician"),
    (r"(?:কান|কানের) (?:পরীক্ষা|টেস্ট)" + _BN + r"|হিয়ারিং টেস্ট" + _BN + r"|শ্রবণ পরীক্ষা", "hearing test"),
    (r"ফিজিও" + _BN, "physio"),
    (r"স্পিচ থেরাপি" + _BN, "speech therapy"),
    (r"(?:টিকা|ভ্যাকসিন|ভ্যাক্সিন)" + _BN + r"|tika|vaccine", "vaccination"),
    (r"(?:রক্ত|ব্লাড) (?:পরীক্ষা|টেস্ট)" + _BN + r"|blood test", "blood test"),
    (r"এক্স-?রে|এক্সরে|x-?ray", "x-ray"),
    (r"স্ক্যান" + _BN, "scan"),
    (r"চেক ?-?আপ" + _BN + r"|check ?-?up", "check-up"),
    (r"ফলো ?-?আপ" + _BN + r"|follow ?-?up", "follow-up"),
    (r"কনসালট্যান্ট" + _BN + r"|কনসালটেন্ট" + _BN, "consultant"),
    (r"জিপি" + _BN, "gp"),
    # festivals
    (r"দিওয়ালি" + _BN + r"|দীপাবলি" + _BN + r"|diwali|dipaboli", "diwali"),
    (r"কালী ?পূজা" + _BN + r"|সরস্বতী ?পূজা" + _BN + r"|লক্ষ্মী ?পূজা" + _BN, "puja"),
    (
        r"ঈদুল (?:আযহা|আজহা|ফিতর)|কুরবানি"
        + _BN
        + r"|কোরবানি"
        + _BN
        + r"|eid ?ul ?(?:adha|azha|fitr)|korbani|kurbani",
        "eid",
    ),
    # family events
    (r"(?:দাদি|দাদী|নানি|নানী|দাদু)" + _BN + r"|(?:dadi|nani|dadu)(?:ke|r|er)?", "her nan"),
    (r"(?:জরুরি|জরুরী) (?:সমস্যা|অবস্থা|কাজ)|পারিবারিক (?:জরুরি|জরুরী|সমস্যা)|family emergency", "family emergency"),
    (
        r"(?:বোনের|ভাইয়ের|বাবুর|বাচ্চার) জন্ম (?:হয়েছে|হলো|হইছে)|(?:boner|bhaiyer|babur) jonmo (?:hoyeche|hoise|holo)",
        "new sister was born",
    ),
    (r"আগুন (?:লেগেছিল|লেগেছে|লাগছে|লাগে)|agun (?:legechilo|legeche|lagse)", "house fire"),
    (r"(?:কোর্ট|আদালত)" + _BN + r"(?: শুনানি| হাজিরা)?|court", "court hearing"),
    # interviews
    (r"(?:ইন্টারভিউ|ইন্টারভিউ|সাক্ষাৎকার)" + _BN, "interview"),
    (
        r"ভর্তি (?:পরীক্ষা|টেস্ট)" + _BN + r"|এন্ট্রান্স (?:টেস্ট|পরীক্ষা)" + _BN + r"|entrance (?:test|exam)",
        "entrance test",
    ),
    (r"অডিশন" + _BN + r"|audition", "audition"),
    # a parent's work
    (r"(?:আর্মি|সেনাবাহিনী)" + _BN + r"|army", "army"),
    (r"(?:নতুন )?পোস্টিং" + _BN + r"|posting", "army posting"),
    (r"মেলার কাজে|ফেয়ার ?গ্রাউন্ড" + _BN + r"|ফান ?ফেয়ার" + _BN + r"|fair ?ground", "fairground"),
    (r"কাজের (?:জন্য|কারণে) (?:\S+ ){0,3}(?:ট্রাভেল|ভ্রমণ|বিদেশে|বাইরে)" + _BN, "travelling for work"),
    # transport
    (
        r"(?:ট্যাক্সি|taxi)(?:টা|ta)? (?:আজ |আজকে |aj |ajke )?(?:আসেনি|আসে নি|আসে নাই|আসেনাই|আসলো না|আসেনা|আসে না"
        r"|ashe ?ni|ashe ?nai|ase ?ni|ase ?nai|ashlo na|ashe na)",
        "the taxi didn't come",
    ),
    (
        r"(?:বাস|bus)(?:টা|ta)? (?:আজ |আজকে |aj |ajke )?(?:আসেনি|আসে নি|আসে নাই|আসেনাই|আসলো না|আসেনা|আসে না"
        r"|ashe ?ni|ashe ?nai|ase ?ni|ase ?nai|ashlo na|ashe na)",
        "the school bus didn't come",
    ),
    (
        r"(?:এসকর্ট|escort)(?:টা|ta)? (?:আজ |আজকে |aj |ajke )?(?:আসেনি|আসে নি|আসে নাই|আসেনাই|আসলো না|আসেনা|আসে না"
        r"|ashe ?ni|ashe ?nai|ase ?ni|ase ?nai|ashlo na|ashe na)",
        "the escort didn't come",
    ),
    # weather and travel
    (r"(?:বরফ|তুষার|স্নো)" + _BN + r"|borof|snow", "snow"),
    (r"(?:রাস্তা|রাস্তাঘাট|rasta)" + _BN + r" (?:বন্ধ|bondho|bondo)(?: (?:হয়ে গেছে|hoye geche))?", "road closed"),
    (r"বন্যা" + _BN + r"|bonna", "flooding"),
    (r"ঝড়" + _BN + r"|jhor", "storm"),
    (r"(?:ধর্মঘট|স্ট্রাইক)" + _BN + r"|strike", "strike"),
    (
        r"(?:ট্রেন|train)" + _BN + r" (?:বাতিল|ক্যানসেল|cancel)(?: (?:হয়ে গেছে|hoye geche|hoise))?",
        "trains cancelled",
    ),
    (r"(?:বাস|bus)" + r"(?: \S+)? (?:চলছে না|চলছেনা|বন্ধ|cholche na|bondho)", "buses not running"),
    # told to isolate
    (
        r"(?:আইসোলেট|আইসোলেশন|isolate|isolation)"
        + _BN
        + r" (?:করতে|থাকতে|korte|thakte) (?:বলেছে|বলেছেন|বলছে|boleche|bolse|bolche)",
        "told to isolate",
    ),
    (r"পাবলিক হেলথ|public health", "public health"),
    (r"ইউকেএইচএসএ|ukhsa", "ukhsa"),
    # not a reason the school accepts
    (r"ডে আউট|day out", "a day out"),
    (r"চিড়িয়াখানা" + _BN + r"|(?:chiriyakhana|chiriakhana)" + _E, "the zoo"),
    (r"থিম পার্ক" + _BN, "a theme park"),
    (r"জন্মদিন" + _BN + r"|jonmodin", "birthday"),
    (r"(?:শপিং|কেনাকাটা|কেনাকাটি)" + _BN + r"|shopping|kenakata", "shopping"),
    # licensed work
    (r"শুটিং" + _BN + r"|shooting", "filming"),
    (r"(?:টিভি )?বিজ্ঞাপন" + _BN, "tv advert"),
    (r"লাইসেন্স" + _BN + r"|licen[cs]e", "licensed"),
    (r"মডেলিং" + _BN + r"|modeling|modelling", "modelling"),
    (r"অভিনয়" + _BN, "acting job"),
    (r"চোখ উঠেছে|chokh uthse|chokh utheche", "conjunctivitis"),
    (r"ইনফেকশন|সংক্রমণ", "infection"),
    (r"অসুস্থ|osustho|oshustho|osusto|oshusto", "ill"),
    (r"জ্বর" + _BN + "|jor|jwor|jvor|jorr", "temperature"),
    (r"বমি|bomi", "vomiting"),
    (r"কাশি|kashi|kashi", "cough"),
    (r"সর্দি|ঠান্ডা লেগেছে|sordi|thanda legeche|thanda lagse", "a bad cold"),
    (r"মাথা ?ব্যথা" + _BN + r"|matha ?(?:byatha|batha|betha)", "headache"),
    (r"গলা ?ব্যথা" + _BN + r"|gola ?(?:byatha|batha|betha)", "sore throat"),
    (r"কান ?ব্যথা" + _BN + r"|kan ?(?:byatha|batha|betha)", "earache"),
    (r"দাঁত ?ব্যথা" + _BN + r"|dat ?(?:byatha|batha|betha)", "toothache"),
    (
        r"পেটে? ?(?:খুব |অনেক )?ব্যথা"
        + _BN
        + r"|পেট খারাপ|pet ?e? ?(?:khub |onek |onk )?(?:byatha|batha|betha|bytha|kharap)",
        "stomach",
    ),
    (r"শরীর (?:ভালো নেই|ভালো না|খারাপ)|(?:shorir|sorir) (?:kharap|valo na|bhalo na|valo nai|bhalo nei)", "unwell"),
    (r"ডায়রিয়া|পাতলা পায়খানা|dayria|patla paikhana", "diarrhoea"),
    (r"ভেঙে গেছে|ভেঙ্গে গেছে|ভেঙে গিয়েছে", "fractured"),
    (r"চোট|ব্যথা পেয়েছে|আঘাত" + _BN, "injury"),
    (r"(?:অ্যাপয়েন্টমেন্ট|এপয়েন্টমেন্ট)" + _BN, "appointment"),
    (r"দাঁতের ডাক্তার" + _BN + "|ডেন্টিস্ট" + _BN + "|dater daktar", "dentist"),
    (r"ডাক্তার" + _BN + "|daktar|dactar|daktarer", "doctor"),
    (r"হাসপাতাল" + _BN + "|haspatal" + _E + "|hashpatal" + _E, "hospital"),
    (r"জানাজা" + _BN + "|দাফন|শেষকৃত্য|janaja|janaza", "funeral"),
    (
        r"মারা গেছেন|মারা গেছে|মারা গেলেন|মারা গেল|মৃত্যু|ইন্তেকাল|mara (?:geche|gechen|gese|gesen|gelen|gelo)|intekal",
        "died",
    ),
    (
        r"আগেই (?:\S+ সাথে )?(?:স্কুলে )?চলে গেছে|আগেই স্কুলে (?:গেছে|পৌঁছে গেছে)|(?:age[iy]?) (?:\w+ sathe )?(?:school ?e )?chole geche",
        "are in school already",
    ),
    (r"অ্যাজমা|এজমা|হাঁপানি|হাপানি|asthma|azma|ajma|hapani", "asthma"),
    (r"(?:রেস্ট|বিশ্রাম) (?:নেবে|নিবে|নিচ্ছে|করবে)|(?:rest|bishram) (?:nebe|nibe|nicche|korbe)", "resting"),
    # "অপারেশন হয়েছে": had an operation (recovering from it, not an appointment to come)
    (
        r"অপারেশন"
        + _BN
        + r" (?:হয়েছে|হয়ে গেছে|হইছে)|(?:operation|opareshon) (?:hoyeche|hoise|oise|hoye geche|hoye gese)",
        "had an operation",
    ),
    (r"অপারেশন" + _BN, "operation"),
    (r"জ্যাম" + _BN + "|যানজট" + _BN + "|jam e|jame", "traffic"),
    (r"ঈদ" + _BN + "|eid" + _E, "eid"),
    (r"দুর্গা ?পূজা" + _BN + "|পূজা" + _BN + "|durga ?puja|puja", "durga puja"),
    (
        r"(?:বাংলাদেশ|দেশ)" + _BN + r" (?:flight|ফ্লাইট|প্লেন)|(?:bangladesh|desh)(?:er|e)? (?:flight|plane)",
        "flight to bangladesh",
    ),
    (
        r"(?:বাংলাদেশ|দেশ)" + _BN + r" (?:যাচ্ছি|যাচ্ছে|যাব|যাবো|যাচ্ছেন|থাকব|থাকবো|থাকবে|বেড়াতে যাব)",
        "going to bangladesh",
    ),
    (
        r"(?:বাংলাদেশ|দেশ)" + _BN + r" (?:যেতে হচ্ছে|যেতে হবে|যাইতে হবে|যাওয়া লাগবে)"
        r"|(?:bangladesh|desh)(?: ?e)? (?:jete hocche|jete hobe|jaite hobe|jawa lagbe)",
        "going to bangladesh",
    ),
    (r"বিয়ে" + _BN + "|biye", "wedding"),
    (r"(?:bangladesh|desh)(?: ?e)? (?:jacchi|jachhi|jacche|jabo|jabe)", "going to bangladesh"),
    (r"স্কুল" + _BN, "school"),
    (r"ছিল", "was"),
    # "জ্বরের কারণে", because of a temperature: the reason word alone says it
    (r"(?:এর )?কারণে|(?:er )?karone", ""),
    (r"কারণ|karon", "because"),
    (r"আবার|abar", "again"),
    # "Ayaan r Inaya school e thakbe": "r" (short for "ar") joining two names before what they do
    (r"r(?= [a-z]+ (?:school|skul|iskul|class|dujon|duijon|o|shomoy|time)\b)", "and"),
    (r"আর|ar", "and"),
    (r"একটু|ektu", "a bit"),
    (r"নিয়ে যাব|niye jabo", "collect"),
    (r"তিনজন" + _BN + "|tinjon" + _E + r"(?:i)?", "all three"),
)

# Banglish words that are not English ones: they tell Bengali typed in Latin letters from English.
STOPWORDS = frozenset(
    [
        # everyday romanised Bengali
        "bollo",
        "bollen",
        "nijer",
        "sotti",
        "naki",
        "kono",
        "pathate",
        "ashte",
        "aste",
        "er",
        "tar",
        "khub",
        "kore",
        "jabo",
        "dibo",
        "sathe",
        "shathe",
        "tarpor",
        "tarpore",
        "hocche",
        "hochhe",
        "ache",
        "achhe",
        "ase",
        "apa",
        "apu",
        "bhaiya",
        "tay",
        "oke",
        "ora",
        "amar",
        "amake",
        "tader",
        "kobe",
        "kokhon",
        "hoyni",
        "ashenai",
        "ashe",
        "ashbeni",
        "jayni",
        "jaini",
        "thakbe",
        "thakche",
        "chhilam",
        "chilam",
        "karone",
        "jonne",
        "bari",
        "bashai",
        "dukkhito",
        "shomvob",
        "jwor",
        "byatha",
        "betha",
        "aajke",
        "sokal",
        "shesh",
        "ashbo",
        "aij",
        "thakbo",
        "korer",
        "parer",
        "oise",
        "oir",
        "aibo",
        "zaiyar",
        "amrar",
        "ekto",
        "oigese",
        "jaito",
        "aitai",
        "kail",
        "tike",
        "furi",
        "zaibo",
        "pathacchi",
        "ghurche",
        "matha",
        "ashtese",
        "gesen",
        "oshukh",
        "bhorti",
        "khaite",
        "soptaher",
        "kataite",
        "jacchi",
        "koren",
        "abar",
        "agami",
        "agamikal",
        "ajke",
        "amader",
        "apnader",
        "apnar",
        "ashbe",
        "ashbena",
        "asbe",
        "asbena",
        "bacchara",
        "basay",
        "bashay",
        "barite",
        "bolse",
        "boleche",
        "budhbar",
        "chilo",
        "dhonnobad",
        "dhonyobad",
        "ekhon",
        "ektu",
        "geche",
        "gese",
        "gotokal",
        "hobe",
        "hoise",
        "hoyeche",
        "hoyse",
        "jabe",
        "jabena",
        "jonno",
        "jor",
        "kharap",
        "kalke",
        "korse",
        "koreche",
        "korche",
        "moddhe",
        "mongolbar",
        "osustho",
        "oshustho",
        "parbe",
        "parbena",
        "porjonto",
        "pouche",
        "robibar",
        "shombar",
        "shonibar",
        "shorir",
        "shukrobar",
        "tarikh",
        "theke",
        "gesi",
        "gechi",
        "tai",
        "janate",
        "janabo",
        "janalam",
        "chhilo",
        "gelo",
        "kintu",
        "amra",
        "shokale",
        "sokale",
        "bikele",
        "ekta",
        "korbe",
        "niye",
        "jacche",
        "ashche",
        "asche",
        "parbo",
        "dorkar",
        "onek",
        "duijon",
        "duijoner",
        "dujon",
        "dujoner",
        "oidin",
        "pathabo",
        "pathabona",
        "pathacchi",
        "kashi",
        "aj",
        "jete",
    ]
)

# Endings of a given name typed in Latin letters: "Aminar" Amina's, "Tanvirer", "Aminake" to Amina.
CASE_ENDINGS = "ar|er|ake|ke|re|ere|der"

# Phrases meaning every child of the parent.
ALL_CHILDREN = (
    # not "বাকি দুজন", the other two
    r"(?<!বাকি )(?<!অন্য )(?:দুজন"
    + _BN
    + r"|দু'জন"
    + _BN
    + r"|তিনজন"
    + _BN
    + r"|সবাই)|(?:দুই )?(?:বাচ্চারা|বাচ্চাদের|ছেলেমেয়েরা)"
    r"|all three|(?<!baki )(?:dujon(?:ei|er|eri|kei)?|tinjon(?:ei|er|eri|kei)?|shobai|sobai)|bacchara|baccara|bachara|bachchara|bachhara|bachcha ?der|bacchader|bachader"
    # "amar tin jon bachcha", "duijon bacchar": the (two, three) children
    r"|(?<!baki )(?:dui|du|tin|char) ?jon(?:ei)? (?:bachcha|bacchar?|bachar?|bachchar|bachhar?|pola ?pain|chele ?meye)\w*",
)

# Words meaning both "tomorrow" and "yesterday", and the past-tense words that make them yesterday: a
# past verb in the same clause ("কাল স্কুলে যায়নি"), not anywhere in the message.
_KAL = r"(?<![\u0980-\u09ffa-z])(?:কাল|kal|kaal)"
EITHER_DAY = (
    # not "কালকেও", "tomorrow too" (glossed with what follows it)
    r"কাল(?!ী)(?![\u0980-\u09ff]*ও(?![\u0980-\u09ff]))"
    + _BN
    + r"(?! রাত"
    + _BN
    + r" থেকে)|kalke|kal(?! rat theke)|kaal",
    _KAL + r"[^,.!?\n]*?(?:ছিল|গিয়েছিল|আসেনি|যায়নি|আসে নি|যায় নি|হয়েছে|হয়েছিল|লেগেছে|করেছে|গেছে"
    r"|chilo|chhilo|gechilo|hoise|hoyeche|hoyse|koreche|korse|geche|gese|ashe ?ni|ase ?ni|jay ?ni|jai ?ni"
    r"|jay ?nai|jai ?nai|ashe ?nai|ase ?nai|যায় নাই|যায়নাই|আসে নাই|আসেনাই|ছিলো|রেখেছিলাম|rekhechilam"
    r"|ছিলাম|ছিলেন|\w*chilam|\w*chhilam|\w*silam)"
    # "কাল থেকে জ্বর", "kal theke jor": ill since yesterday, no verb of the future in the clause
    r"|" + _KAL + r"(?:কে|ke)? (?:থেকে|theke)(?:(?!(?:বে|বো|বেন|be|bo|ben)(?![\u0980-\u09ffa-z]))[^,.!?\n])*?"
    r"(?:জ্বর|ব্যথা|ব্যাথা|বমি|কাশি|সর্দি|অসুস্থ|ডায়রিয়া|পেট খারাপ|শরীর খারাপ|jor|jhor|betha|batha|bomi|kashi|osustho|pet kharap|shorir kharap)",
)
