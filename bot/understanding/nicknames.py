"""The short and pet forms of given names parents use ("Kuba" for Jakub, "Ollie" for Oliver).

A family writes a child's pet name whatever language the message is in, so the table is one for all.
Keys and forms are lowercase and without diacritics; a form is read only as a whole word, and only
when it points to one child of the parent.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

NICKNAMES: dict[str, tuple[str, ...]] = {
    # English
    "abigail": ("abi", "abby", "abbie", "gail"),
    "alexander": ("alex", "xander", "sandy", "alec"),
    "alexandra": ("alex", "lexi", "lexie", "sasha"),
    "alfred": ("alfie", "alf", "fred"),
    "amelia": ("millie", "mia", "amy", "mimi", "amelka"),
    "anthony": ("tony", "ant"),
    "archibald": ("archie", "arch"),
    "benjamin": ("ben", "benji", "benny"),
    "catherine": ("cath", "cathy", "kate", "katie"),
    "augustus": ("gus", "gussie", "augie"),
    "bethan": ("beth", "bethy"),
    "rhodri": ("rhod", "rhods"),
    "charles": ("charlie", "chas", "chaz"),
    "clementine": ("clemmie", "clem"),
    "charlotte": ("lottie", "charlie", "lotte"),
    "christopher": ("chris", "kit"),
    "daniel": ("dan", "danny", "dani"),
    "edward": ("ed", "eddie", "ted", "teddy", "ned"),
    "eleanor": ("ellie", "nell", "nellie", "nora"),
    "elizabeth": ("lizzie", "lizzy", "beth", "libby", "eliza", "liz", "bet", "betty"),
    "florence": ("flo", "florrie", "floss"),
    "frederick": ("freddie", "freddy", "freddo", "fred"),
    "gabriel": ("gabe", "gabi", "biel"),
    "gabriele": ("gabe", "gabi", "gabija"),
    "guilherme": ("gui", "guigui"),
    "harriet": ("hattie", "hettie"),
    "henry": ("harry", "hal", "hank"),
    "isabella": ("izzy", "izzie", "bella", "issy", "isa"),
    "isabelle": ("izzy", "izzie", "belle", "issy", "isa"),
    "jacob": ("jake", "jakey"),
    "james": ("jamie", "jim", "jimmy"),
    "jessica": ("jess", "jessie"),
    "jonathan": ("jon", "jonny", "johnny"),
    "joseph": ("joe", "joey"),
    "joshua": ("josh",),
    "katherine": ("kate", "katie", "kath", "kathy", "kat"),
    "lillian": ("lily", "lil", "lilly"),
    "margaret": ("maggie", "meg", "peggy"),
    "matilda": ("tilly", "tillie", "tilda", "mattie"),
    "matthew": ("matt", "matty"),
    "maximilian": ("max",),
    "michael": ("mike", "mikey", "mick"),
    "nathaniel": ("nate", "nat"),
    "nicholas": ("nick", "nicky"),
    "oliver": ("ollie", "olly", "ols"),
    "penelope": ("penny", "pen"),
    "rebecca": ("becky", "becca", "bex"),
    "robert": ("rob", "robbie", "bob", "bobby", "bert"),
    "samuel": ("sam", "sammy"),
    "samantha": ("sam", "sammy"),
    "sebastian": ("seb", "sebby", "sebi"),
    "sophia": ("sophie", "soph", "sofia"),
    "theodore": ("theo", "teddy", "ted"),
    "thomas": ("tom", "tommy"),
    "victoria": ("tori", "vicky", "vic"),
    "william": ("will", "billy", "liam", "wills"),
    "zachary": ("zach", "zack"),
    # Arabic, Urdu, Bengali, Somali names as families in England shorten them
    "abdullah": ("abdi", "abdul", "aboody"),
    "ibrahim": ("ibby", "ibbi", "ibi", "ibra", "ibz"),
    "mohammed": ("mo", "moe", "hamoudi"),
    "muhammad": ("mo", "moe", "hamoudi"),
    "mohammad": ("mo", "moe", "hamoudi"),
    "mustafa": ("musti", "moose"),
    "yusuf": ("yus", "yusi", "joe"),
    "zainab": ("zaini", "zainy"),
    "fatima": ("fati", "fatoo"),
    "khadija": ("dija", "khadi"),
    "lina": ("lulu", "linoush"),
    "ismail": ("izzy", "ismi"),
    "ishita": ("ishu",),
    "safa": ("safu",),
    "celine": ("celi", "seli"),
    "avneet": ("avi",),
    "arshdeep": ("arsh",),
    "mariam": ("mimi", "maryoom"),
    "aisha": ("aashi", "ashi", "aishu"),
    "ayesha": ("aashi", "ashi", "ayshu"),
    "manraj": ("mannu", "manu", "raj"),
    "nusaiba": ("nusu", "nusur"),
    "jasmeet": ("jas", "jass", "jassi"),
    "jaspreet": ("jas", "jass", "jassi"),
    "jaskaran": ("jas", "jass", "jassi"),
    "jasveer": ("jas", "jass", "jassi"),
    "jasraj": ("jas", "jass", "jassi"),
    "fatehveer": ("fateh",),
    "fatehjit": ("fateh",),
    # Polish
    "aleksandra": ("ola", "oleńka", "olka"),
    "aleksander": ("olek", "oleś", "sasha", "alex"),
    "agnieszka": ("aga", "agusia"),
    "anna": ("ania", "anka", "anusia"),
    "antoni": ("antek", "antoś"),
    "bartosz": ("bartek",),
    "dominik": ("domek",),
    "franciszek": ("franek", "franio"),
    "hanna": ("hania", "hanka"),
    "antonina": ("antosia", "tosia"),
    "juliusz": ("julek",),
    "tobiasz": ("tobi", "tobek"),
    "adrianna": ("ada",),
    "nikodem": ("niko", "nikoś"),
    "tymoteusz": ("tymek", "tymuś"),
    "jakub": ("kuba", "kubuś"),
    "jan": ("jaś", "jasiek", "janek"),
    "julia": ("julka", "jula", "julcia", "julcie", "ju", "juju"),
    "wiktoria": ("wika", "wikusia", "wiktorka", "wiki"),
    "tymon": ("tymek", "tymuś"),
    "kacper": ("kacperek",),
    "katarzyna": ("kasia", "kaśka"),
    "małgorzata": ("gosia", "małgosia"),
    "maja": ("majka",),
    "mateusz": ("mati", "mateuszek"),
    "michał": ("michałek", "misiek"),
    "natalia": ("natka", "nati", "natalka"),
    "piotr": ("piotruś", "piotrek"),
    "mikołaj": ("mikuś", "mikołajek", "miki"),
    "stanisław": ("staś", "stasiek"),
    "szymon": ("szymek", "szymuś"),
    "wojciech": ("wojtek", "wojtuś"),
    "zofia": ("zosia", "zocha"),
    "maksymilian": ("maks", "maksio", "maksiu"),
    "liliana": ("lilka", "lili"),
    "oliwia": ("oliwka", "oliwke", "oliwki", "olivka", "olivke", "ola"),
    "zuzanna": ("zuzia", "zuza", "zuzka"),
    # Romanian
    "andrei": ("andi", "andreiuț"),
    "alexandru": ("alex", "sandu", "alexuț"),
    "elena": ("lenuța", "ela", "elenuța"),
    "gheorghe": ("ghiță", "gigi"),
    "ioana": ("ioanuța", "oana"),
    "ion": ("ionuț", "ionel"),
    "maria": ("mariuca", "mia", "mărioara"),
    "mihai": ("mihăiță", "mihăiţă", "mihaiță"),
    "ștefan": ("fănel", "ștefănel"),
    "sofia": ("sofica", "sofiuța"),
    "bianca": ("bibi",),
    "teodora": ("teo", "dora"),
    "vlad": ("vlăduț", "vladut", "vlăduc"),
    "ilinca": ("ili",),
    # Lithuanian
    "jonas": ("jonukas", "jonelis"),
    "ugnė": ("ugnytė", "ugnelė"),
    "austėja": ("austė", "austėjytė"),
    "gabija": ("gabė", "gabiukė"),
    "lukas": ("lukiukas",),
    "matas": ("matukas",),
    "emilija": ("emilė", "emiliukė"),
    "kotryna": ("kotrynėlė", "kotė"),
    "dovydas": ("dovydukas", "dovis"),
    "dominykas": ("domas", "dominykėlis"),
    "gabrielius": ("gabrys", "gabis"),
    # Portuguese and Spanish
    "beatriz": ("bia", "bea", "beatrizinha"),
    "mariana": ("mari", "nana"),
    "francisco": ("chico", "kiko", "paco", "pancho", "xico"),
    "josé": ("zé", "pepe", "pepito"),
    "manuel": ("manu", "manolo", "nelo"),
    "manuela": ("manu", "manuelita", "manoli"),
    "bernardo": ("berna", "nardo"),
    "eduardo": ("dudu",),
    "alejandro": ("álex", "alex", "ale"),
    "alejandra": ("ale", "álex"),
    "sofía": ("sofi",),
    "valeria": ("vale", "valeri"),
    "jimena": ("jime",),
    "rafaela": ("rafa", "rafinha"),
    "eduarda": ("duda", "dudinha"),
    "alice": ("lili", "licinha"),
    "valentina": ("vale", "valen", "tina"),
    "martina": ("marti", "tina"),
    "daniela": ("dani",),
    "javier": ("javi",),
    "paula": ("pau", "pauli", "paulita"),
    "santiago": ("santi",),
    "guadalupe": ("lupe", "lupita"),
    "tiago": ("ti",),
    "joão": ("joãozinho", "jão"),
    # French
    "chloé": ("lolo",),
    "hugo": ("hugolin",),
    "camille": ("cam", "mimi"),
    "louis": ("loulou",),
    "mathilde": ("mathou", "tilde"),
    "nicolas": ("nico",),
    "maxime": ("max",),
    # West African French
    "aminata": ("ami", "mimi"),
    "ibrahima": ("ibou", "ibra"),
    "fatoumata": ("fatou", "fanta"),
    # names whose everyday forms parents most often use, by the probe of which child (tests/corpus/probes)
    "john": ("jack", "johnny", "jonny"),
    "jackson": ("jack", "jax", "jaxon"),
    "harrison": ("harry", "haz"),
    "evelyn": ("evie", "evey", "eve"),
    "olivia": ("liv", "livvy", "livvie", "ollie"),
    "annabella": ("bella", "anna", "annie"),
    "annabelle": ("bella", "belle", "anna", "annie"),
    "samira": ("sammy", "sami", "mira"),
    "jasleen": ("jas", "jass", "jassi"),
    "siobhan": ("shiv",),
    "aleksandr": ("sasha", "sasza", "alex"),
    "anastasia": ("nastya", "nastia", "stacey", "ana"),
    "dmitri": ("dima", "dimka"),
    "dmitry": ("dima", "dimka"),
    "ekaterina": ("katya", "katia", "katie"),
    "yekaterina": ("katya", "katia"),
    "simran": ("simi", "sim"),
    "gurpreet": ("preet", "gurp"),
    "harjot": ("jot",),
    "jotveer": ("jot",),
    "jotbir": ("jot",),
    "abdulrahman": ("aboody", "abdul", "abdi"),
    "yousef": ("joe", "yusi", "yousuf"),
}


@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Lowercase without diacritics: "Mihăiță" and "mihaita" are one word."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _by_plain_name() -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for name, forms in NICKNAMES.items():
        key = plain(name)
        merged[key] = tuple(dict.fromkeys(merged.get(key, ()) + tuple(plain(form) for form in forms)))
    return merged


_PET_NAMES = _by_plain_name()


# Punjabi given names join a word to a prefix or suffix; the family often calls the child by the word
# alone: Gurnoor is Noor, Fatehveer is Fateh, Simranjeet is Simran. Spanish adds -ito/-ita (see below).
_PUNJABI_PREFIX = "gur"
_PUNJABI_SUFFIXES = ("veer", "vir", "bir", "jeet", "jit", "preet", "deep", "inder", "leen", "neet", "jot")


@lru_cache(maxsize=4096)
def pet_names(first_name: str) -> tuple[str, ...]:
    """The pet forms of a given name, without diacritics."""
    name = plain(first_name)
    forms = _PET_NAMES.get(name, ())
    if name.startswith(_PUNJABI_PREFIX) and len(name) - len(_PUNJABI_PREFIX) >= 3:
        forms += (name[len(_PUNJABI_PREFIX) :],)
    for suffix in _PUNJABI_SUFFIXES:
        stem = name.removesuffix(suffix)
        if stem == name or len(stem) < 3:
            continue
        # Tegbir is Tegi and Navneet Navi: a stem of three letters is said with -i, not alone
        forms += (stem if len(stem) >= 4 else stem + "i",)
    if "-" in name:
        forms += ("".join(part[:1] for part in name.split("-")),)  # Tyler-James is TJ
        if len(first := name.split("-")[0]) >= 3:
            forms += (first,)  # Lexi-Rae is Lexi
    if name[-1:] in ("a", "o") and len(name) >= 4:
        # the Spanish diminutive: Carla is Carlita, Pablo Pablito, Thiago Thiaguito
        stem = name[:-1] + "u" if name[-2:] in ("go", "ga") else name[:-1]
        forms += (stem + "it" + name[-1],)
    return forms
